"""The state constructors' keyword-only fields, checked by mypy and run by pytest.

``test_mypy_rejects_positional_fields`` runs ``mypy --strict`` on ``states_errors.py`` and
compares its errors with the ``# E:`` comments there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typing_extensions import assert_type

from sfdsl import Catch, Pass, Retry, Succeed

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def test_keywords_are_accepted() -> None:
    assert_type(Retry(["States.ALL"], max_attempts=2), Retry)
    assert_type(Pass("P", comment="a comment"), Pass)
    assert_type(Catch(["States.ALL"], next=Succeed("Done")), Catch)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: Retry(["States.ALL"], 2),  # type: ignore[call-arg]
            "takes 2 positional arguments but 3 were given",
        ),
        (
            lambda: Pass("P", "a comment"),  # type: ignore[call-arg]
            "takes 2 positional arguments but 3 were given",
        ),
    ],
    ids=["Retry", "Pass"],
)
def test_positional_fields_fail_at_run_time_too(build: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        build()  # type: ignore[operator]


_EXPECTED = re.compile(r"#\s*E:\s*(?P<message>.+)$")


def _expected_errors(path: Path) -> list[str]:
    """The errors written above the lines of *path*, as mypy prints them."""
    rel = path.relative_to(ROOT).as_posix()
    lines = path.read_text().splitlines()
    return [
        f"{rel}:{number + 1}: error: {m['message']}"
        for number, line in enumerate(lines, start=1)
        if (m := _EXPECTED.match(line.strip()))
    ]


@pytest.mark.slow
def test_mypy_rejects_positional_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    from mypy import api

    monkeypatch.chdir(ROOT)
    errors_file = HERE / "states_errors.py"
    stdout, stderr, _ = api.run(
        [
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--follow-imports=silent",
            "--no-error-summary",
            "--hide-error-context",
            "--no-pretty",
            str(errors_file.relative_to(ROOT)),
        ]
    )
    assert stderr == ""
    got = [line for line in stdout.splitlines() if ": error:" in line]
    assert got == _expected_errors(errors_file)
