"""The typed condition API, checked by mypy (``assert_type``) and run by pytest.

``test_mypy_accepts_this_file_and_rejects_the_misuses`` runs ``mypy --strict`` on this file
(no errors expected) and on ``conditions_errors.py`` (exactly the errors written there).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from mypy_expect import error_lines, expected_errors, run_mypy
from typing_extensions import assert_type

from sfdsl._conditions import (
    And,
    Bool,
    Comparison,
    Condition,
    JsonataCondition,
    Not,
    Num,
    Or,
    Str,
    Timestamp,
    Var,
    condition_from_asl,
    condition_to_asl,
    guarded_paths,
    present_when,
    tested_paths,
)

HERE = Path(__file__).resolve().parent
UTC = dt.timezone.utc


def test_typed_api() -> None:
    # Var picks the operator from the value's type; every operator returns a condition.
    assert_type(Var("$.s") == "x", Comparison)
    assert_type(Var("$.n") == 1, Comparison)
    assert_type(Var("$.b") == True, Comparison)  # noqa: E712
    assert_type(Var("$.t") == dt.datetime(2024, 1, 1, tzinfo=UTC), Comparison)
    assert_type(Var("$.n") != 1, Not)
    assert_type(Var("$.n") < 1.5, Comparison)
    assert_type(Var("$.n") <= Num("$.m"), Comparison)
    assert_type(Var("$.n") > 1, Comparison)
    assert_type(Var("$.n") >= 1, Comparison)
    assert_type(Var("$.n").eq(1), Comparison)
    assert_type(Var("$.n").ne(1), Not)
    assert_type(Var("$.s").matches("a*"), Comparison)
    assert_type(Var("$.x").is_present(), Comparison)
    assert_type(Var("$.x").is_null(False), Comparison)

    # Typed paths compare with their own kind, and with each other.
    assert_type(Str("$.a") == Str("$.b"), Comparison)
    assert_type(Str("$.a") < "m", Comparison)
    assert_type(Num("$.a") >= Num("$.b"), Comparison)
    assert_type(Num("$.a").lt(3), Comparison)
    assert_type(Bool("$.a") == Bool("$.b"), Comparison)
    assert_type(Bool("$.a") != True, Not)  # noqa: E712
    assert_type(Timestamp("$.a") > dt.datetime(2024, 1, 1, tzinfo=UTC), Comparison)
    assert_type(Timestamp("$.a") <= Timestamp("$.b"), Comparison)
    assert_type(Timestamp("$.a").ge("2024-01-01T00:00:00Z"), Comparison)

    # Combinators keep precise types.
    a, b = Var("$.a") == 1, Var("$.b") == 2
    assert_type(a & b, And)
    assert_type(a | b, Or)
    assert_type(~a, Not)
    assert_type((a & b) | ~a, Or)
    j = JsonataCondition("$x")
    assert_type(j & j, JsonataCondition)
    assert_type(~j, JsonataCondition)

    # ASL in and out, and the analysis helpers.
    cond = condition_from_asl({"Variable": "$.a", "IsPresent": True}, "Choices[0]")
    assert_type(cond, Condition)
    assert_type(condition_to_asl(cond), dict[str, Any])
    assert_type(tested_paths(cond), frozenset[str])
    assert_type(guarded_paths(cond), frozenset[str])
    assert_type(present_when(cond, True), frozenset[str])

    # The runtime agrees with the static types.
    assert isinstance(a & b, And)
    assert cond == Comparison("$.a", "IsPresent", True)


@pytest.mark.slow
def test_mypy_accepts_this_file_and_rejects_the_misuses() -> None:
    errors_file = HERE / "conditions_errors.py"
    stdout, stderr, _ = run_mypy(Path(__file__), errors_file)
    assert stderr == ""
    assert error_lines(stdout) == expected_errors(errors_file)
