"""Problem codes are a Literal type: mypy rejects a code that is not in the table of codes.

``test_mypy_accepts_this_file_and_rejects_unknown_codes`` runs ``mypy --strict`` on this file
(no errors expected) and on ``problem_codes_errors.py`` (an ``arg-type`` error on each line marked
there, starting with the text written above it).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest
from typing_extensions import assert_type

from sfdsl._codes import CODES
from sfdsl.errors import Problem, ProblemCode

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def test_known_codes_type_check() -> None:
    problem = Problem("Next target 'Ship' does not exist", "States.A.Next", "missing-target")
    assert_type(problem.code, ProblemCode)
    assert problem.code == "missing-target"


def test_the_literal_and_the_table_list_the_same_codes() -> None:
    written = get_args(ProblemCode)
    assert len(written) == len(set(written)), "a code is written twice in ProblemCode"
    assert sorted(set(written) ^ set(CODES)) == []


_EXPECTED = re.compile(r"#\s*E:\s*(?P<message>.+)$")


def _expected_errors(path: Path) -> list[str]:
    """The start of the error mypy gives on each marked line of *path*."""
    rel = path.relative_to(ROOT).as_posix()
    lines = path.read_text().splitlines()
    return [
        f"{rel}:{number + 1}: error: {m['message']}"
        for number, line in enumerate(lines, start=1)
        if (m := _EXPECTED.match(line.strip()))
    ]


@pytest.mark.slow
def test_mypy_accepts_this_file_and_rejects_unknown_codes(monkeypatch: pytest.MonkeyPatch) -> None:
    from mypy import api

    monkeypatch.chdir(ROOT)
    errors_file = HERE / "problem_codes_errors.py"
    stdout, stderr, _ = api.run(
        [
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--follow-imports=silent",
            "--no-error-summary",
            "--hide-error-context",
            "--no-pretty",
            str(Path(__file__).relative_to(ROOT)),
            str(errors_file.relative_to(ROOT)),
        ]
    )
    assert stderr == ""
    got = [line for line in stdout.splitlines() if ": error:" in line]
    expected = _expected_errors(errors_file)
    assert len(got) == len(expected) == 2, got
    for line, start in zip(got, expected, strict=True):
        assert line.startswith(start), line
        assert line.endswith(']"  [arg-type]'), line
