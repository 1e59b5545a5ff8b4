"""Problem codes are a Literal type: mypy rejects a code that is not in the table of codes.

``test_mypy_accepts_this_file_and_rejects_unknown_codes`` runs ``mypy --strict`` on this file
(no errors expected) and on ``problem_codes_errors.py`` (an ``arg-type`` error on each line marked
there, starting with the text written above it).
"""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest
from mypy_expect import error_lines, expected_errors, run_mypy
from typing_extensions import assert_type

from sfdsl._codes import CODES
from sfdsl.errors import Problem, ProblemCode

HERE = Path(__file__).resolve().parent


def test_known_codes_type_check() -> None:
    problem = Problem("Next target 'Ship' does not exist", "States.A.Next", "missing-target")
    assert_type(problem.code, ProblemCode)
    assert problem.code == "missing-target"


def test_the_literal_and_the_table_list_the_same_codes() -> None:
    written = get_args(ProblemCode)
    assert len(written) == len(set(written)), "a code is written twice in ProblemCode"
    assert sorted(set(written) ^ set(CODES)) == []


@pytest.mark.slow
def test_mypy_accepts_this_file_and_rejects_unknown_codes() -> None:
    errors_file = HERE / "problem_codes_errors.py"
    stdout, stderr, _ = run_mypy(Path(__file__), errors_file)
    assert stderr == ""
    got = error_lines(stdout)
    expected = expected_errors(errors_file)
    assert len(got) == len(expected) == 2, got
    for line, start in zip(got, expected, strict=True):
        assert line.startswith(start), line
        assert line.endswith(']"  [arg-type]'), line
