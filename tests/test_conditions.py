"""Choice conditions: operators, validation, ASL round trips, descriptions and analysis."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sfdsl._conditions import (
    COMPARISON_OPERATORS,
    And,
    Bool,
    Comparison,
    Condition,
    JsonataCondition,
    JsonPathCondition,
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
    timestamp_problem,
)
from sfdsl.errors import InvalidConditionError, InvalidPathError, Problem, ValidationError

UTC = dt.timezone.utc
NO_TRUTH = "a Condition has no truth value: use `a & b` not `a and b`, `~a` not `not a`"


def asl(variable: str, operator: str, value: Any) -> dict[str, Any]:
    return {"Variable": variable, operator: value}


# --------------------------------------------------------------------------- operators


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (lambda: Var("$.s") == "DONE", asl("$.s", "StringEquals", "DONE")),
        (lambda: Var("$.s") < "m", asl("$.s", "StringLessThan", "m")),
        (lambda: Var("$.s") <= "m", asl("$.s", "StringLessThanEquals", "m")),
        (lambda: Var("$.s") > "m", asl("$.s", "StringGreaterThan", "m")),
        (lambda: Var("$.s") >= "m", asl("$.s", "StringGreaterThanEquals", "m")),
        (lambda: Var("$.n") == 3, asl("$.n", "NumericEquals", 3)),
        (lambda: Var("$.n") == 2.5, asl("$.n", "NumericEquals", 2.5)),
        (lambda: Var("$.n") < 3, asl("$.n", "NumericLessThan", 3)),
        (lambda: Var("$.n") <= 3, asl("$.n", "NumericLessThanEquals", 3)),
        (lambda: Var("$.n") > 3, asl("$.n", "NumericGreaterThan", 3)),
        (lambda: Var("$.n") >= -1, asl("$.n", "NumericGreaterThanEquals", -1)),
        # bool is checked before int: True is not NumericEquals 1
        (lambda: Var("$.b") == True, asl("$.b", "BooleanEquals", True)),  # noqa: E712
        (lambda: Var("$.b") == False, asl("$.b", "BooleanEquals", False)),  # noqa: E712
        (
            lambda: Var("$.t") == dt.datetime(2024, 1, 31, 9, 30, tzinfo=UTC),
            asl("$.t", "TimestampEquals", "2024-01-31T09:30:00Z"),
        ),
        (
            lambda: (
                Var("$.t") < dt.datetime(2024, 1, 31, tzinfo=dt.timezone(dt.timedelta(hours=2)))
            ),
            asl("$.t", "TimestampLessThan", "2024-01-31T00:00:00+02:00"),
        ),
        (
            lambda: Var("$.t") >= dt.datetime(2024, 1, 31, 0, 0, 0, 500000, tzinfo=UTC),
            asl("$.t", "TimestampGreaterThanEquals", "2024-01-31T00:00:00.500000Z"),
        ),
        (lambda: Var("$.s") != "x", {"Not": asl("$.s", "StringEquals", "x")}),
        (lambda: Var("$.n") != 0, {"Not": asl("$.n", "NumericEquals", 0)}),
        # reflected operators keep the meaning: 3 < x is x > 3
        (lambda: 3 < Var("$.n"), asl("$.n", "NumericGreaterThan", 3)),  # noqa: SIM300
        (lambda: "a" == Var("$.s"), asl("$.s", "StringEquals", "a")),  # noqa: SIM300
        # context object and variables
        (
            lambda: Var("$$.Execution.Input.n") > 1,
            asl("$$.Execution.Input.n", "NumericGreaterThan", 1),
        ),
        (lambda: Var("$count") == 0, asl("$count", "NumericEquals", 0)),
        (lambda: Var("$") == "x", asl("$", "StringEquals", "x")),
    ],
)
def test_var_operator_picks_the_asl_operator_from_the_value_type(
    build: Callable[[], Condition], expected: dict[str, Any]
) -> None:
    assert condition_to_asl(build()) == expected


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (lambda: Var("$.s").eq("a"), asl("$.s", "StringEquals", "a")),
        (lambda: Var("$.s").ne("a"), {"Not": asl("$.s", "StringEquals", "a")}),
        (lambda: Var("$.n").lt(1), asl("$.n", "NumericLessThan", 1)),
        (lambda: Var("$.n").le(1), asl("$.n", "NumericLessThanEquals", 1)),
        (lambda: Var("$.n").gt(1), asl("$.n", "NumericGreaterThan", 1)),
        (lambda: Var("$.n").ge(1), asl("$.n", "NumericGreaterThanEquals", 1)),
        (lambda: Var("$.f").matches("*.csv"), asl("$.f", "StringMatches", "*.csv")),
        (lambda: Var("$.f").matches(r"a\*b\\"), asl("$.f", "StringMatches", "a\\*b\\\\")),
        (lambda: Var("$.x").is_present(), asl("$.x", "IsPresent", True)),
        (lambda: Var("$.x").is_present(False), asl("$.x", "IsPresent", False)),
        (lambda: Var("$.x").is_null(), asl("$.x", "IsNull", True)),
        (lambda: Var("$.x").is_numeric(), asl("$.x", "IsNumeric", True)),
        (lambda: Var("$.x").is_string(False), asl("$.x", "IsString", False)),
        (lambda: Var("$.x").is_boolean(), asl("$.x", "IsBoolean", True)),
        (lambda: Var("$.x").is_timestamp(), asl("$.x", "IsTimestamp", True)),
        (
            lambda: Var("$.a").compare("NumericEqualsPath", "$.b"),
            asl("$.a", "NumericEqualsPath", "$.b"),
        ),
    ],
)
def test_method_twins(build: Callable[[], Condition], expected: dict[str, Any]) -> None:
    assert condition_to_asl(build()) == expected


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (lambda: Str("$.a") == "x", asl("$.a", "StringEquals", "x")),
        (lambda: Str("$.a") == Str("$.b"), asl("$.a", "StringEqualsPath", "$.b")),
        (lambda: Str("$.a") < Str("$.b"), asl("$.a", "StringLessThanPath", "$.b")),
        (lambda: Str("$.a") <= Str("$.b"), asl("$.a", "StringLessThanEqualsPath", "$.b")),
        (lambda: Str("$.a") > Str("$.b"), asl("$.a", "StringGreaterThanPath", "$.b")),
        (lambda: Str("$.a") >= Str("$.b"), asl("$.a", "StringGreaterThanEqualsPath", "$.b")),
        (lambda: Str("$.a").matches("x*"), asl("$.a", "StringMatches", "x*")),
        (lambda: Num("$.a") == 1, asl("$.a", "NumericEquals", 1)),
        (lambda: Num("$.a") == Num("$.b"), asl("$.a", "NumericEqualsPath", "$.b")),
        (lambda: Num("$.a") < Num("$.b"), asl("$.a", "NumericLessThanPath", "$.b")),
        (lambda: Num("$.a").le(Num("$.b")), asl("$.a", "NumericLessThanEqualsPath", "$.b")),
        (lambda: Num("$.a") > Num("$b"), asl("$.a", "NumericGreaterThanPath", "$b")),
        (
            lambda: Num("$.a") >= Num("$$.Execution.Input.q"),
            asl("$.a", "NumericGreaterThanEqualsPath", "$$.Execution.Input.q"),
        ),
        (lambda: Num("$.a") != Num("$.b"), {"Not": asl("$.a", "NumericEqualsPath", "$.b")}),
        (lambda: Bool("$.a") == True, asl("$.a", "BooleanEquals", True)),  # noqa: E712
        (lambda: Bool("$.a") == Bool("$.b"), asl("$.a", "BooleanEqualsPath", "$.b")),
        (lambda: Bool("$.a").ne(False), {"Not": asl("$.a", "BooleanEquals", False)}),
        (
            lambda: Timestamp("$.a") == "2024-01-31T00:00:00Z",
            asl("$.a", "TimestampEquals", "2024-01-31T00:00:00Z"),
        ),
        (
            lambda: Timestamp("$.a") > dt.datetime(2024, 1, 31, tzinfo=UTC),
            asl("$.a", "TimestampGreaterThan", "2024-01-31T00:00:00Z"),
        ),
        (lambda: Timestamp("$.a") == Timestamp("$.b"), asl("$.a", "TimestampEqualsPath", "$.b")),
        (lambda: Timestamp("$.a") < Timestamp("$.b"), asl("$.a", "TimestampLessThanPath", "$.b")),
        (
            lambda: Timestamp("$.a").le(Timestamp("$.b")),
            asl("$.a", "TimestampLessThanEqualsPath", "$.b"),
        ),
        (
            lambda: Timestamp("$.a") > Timestamp("$.b"),
            asl("$.a", "TimestampGreaterThanPath", "$.b"),
        ),
        (
            lambda: Timestamp("$.a") >= Timestamp("$.b"),
            asl("$.a", "TimestampGreaterThanEqualsPath", "$.b"),
        ),
        # an untyped Var takes the kind from a typed path on the other side
        (lambda: Var("$.a") < Num("$.b"), asl("$.a", "NumericLessThanPath", "$.b")),
        (lambda: Var("$.a") == Str("$.b"), asl("$.a", "StringEqualsPath", "$.b")),
        (lambda: Var("$.a") == Bool("$.b"), asl("$.a", "BooleanEqualsPath", "$.b")),
        (
            lambda: Var("$.a") >= Timestamp("$.b"),
            asl("$.a", "TimestampGreaterThanEqualsPath", "$.b"),
        ),
        (lambda: Num("$.a").is_present(), asl("$.a", "IsPresent", True)),
    ],
)
def test_typed_paths_compare_with_their_kind_and_pick_path_operators(
    build: Callable[[], Condition], expected: dict[str, Any]
) -> None:
    assert condition_to_asl(build()) == expected


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: Var("$.a") == Var("$.b"),  # type: ignore[operator]
            "cannot compare two untyped paths ($.a == $.b): ASL needs to know whether to compare "
            "strings, numbers, booleans or timestamps; write e.g. Num('$.a') == Num('$.b') "
            "(or Str, Bool, Timestamp)",
        ),
        (
            lambda: Var("$.a") < Var("$.b"),  # type: ignore[operator]
            "cannot compare two untyped paths ($.a < $.b): ASL needs to know whether to compare "
            "strings, numbers, booleans or timestamps; write e.g. Num('$.a') < Num('$.b') "
            "(or Str, Bool, Timestamp)",
        ),
        (
            lambda: Var("$.a") == None,  # noqa: E711
            "Var('$.a') == None: expected a str, int, float, bool, datetime or typed path, "
            "got None; use Var('$.a').is_null() to test for null",
        ),
        (
            lambda: Var("$.a") == [1],
            "Var('$.a') == [1]: expected a str, int, float, bool, datetime or typed path, got [1]",
        ),
        (
            lambda: Var("$.a") == dt.date(2024, 1, 1),
            "Var('$.a') == datetime.date(2024, 1, 1): expected a str, int, float, bool, datetime "
            "or typed path, got datetime.date(2024, 1, 1); use a timezone-aware datetime.datetime",
        ),
        (
            lambda: Var("$.a") < True,
            "Var('$.a') < True: booleans have no order; only == and != (BooleanEquals) compare booleans",
        ),
        (
            lambda: Bool("$.a") < True,  # type: ignore[operator]
            "Bool('$.a') < True: booleans have no order; only == and != (BooleanEquals) compare booleans",
        ),
        (
            lambda: Bool("$.a") >= Bool("$.b"),  # type: ignore[operator]
            "Bool('$.a') >= Bool('$.b'): booleans have no order; only == and != (BooleanEquals) "
            "compare booleans",
        ),
        (
            lambda: Var("$.a") == dt.datetime(2024, 1, 1),
            "a timestamp comparison needs a timezone-aware datetime, got the naive "
            "datetime.datetime(2024, 1, 1, 0, 0); attach a timezone, e.g. "
            "value.replace(tzinfo=datetime.timezone.utc)",
        ),
        (
            lambda: Num("$.x") == "a",
            "Num('$.x') == 'a': expected an int, a float or a Num path, got 'a'; "
            "if $.x holds strings, use Str('$.x')",
        ),
        (
            lambda: Num("$.x") == True,  # noqa: E712
            "Num('$.x') == True: expected an int, a float or a Num path, got True; "
            "if $.x holds booleans, use Bool('$.x')",
        ),
        (
            lambda: Str("$.x") < 3,  # type: ignore[operator]
            "Str('$.x') < 3: expected a str or a Str path, got 3; if $.x holds numbers, use Num('$.x')",
        ),
        (
            lambda: Str("$.a") == Num("$.b"),  # type: ignore[operator]
            "Str('$.a') == Num('$.b'): expected a str or a Str path, got Num('$.b'); "
            "compare Str paths with each other, or with a literal",
        ),
        (
            lambda: Bool("$.a") == 1,
            "Bool('$.a') == 1: expected a bool or a Bool path, got 1; if $.a holds numbers, use Num('$.a')",
        ),
        (
            lambda: Timestamp("$.a") == 3,
            "Timestamp('$.a') == 3: expected an aware datetime, an RFC3339 str or a Timestamp path, "
            "got 3; if $.a holds numbers, use Num('$.a')",
        ),
        (
            lambda: Timestamp("$.a") == "2024-01-31",
            "TimestampEquals must be an RFC3339 timestamp such as '2024-01-31T09:30:00Z' "
            "(uppercase T, and Z or an offset like +01:00), got '2024-01-31'",
        ),
        (
            lambda: Var("$.f").matches("a\\b"),
            "StringMatches pattern 'a\\\\b' has a backslash at position 1 that escapes neither "
            "'*' nor '\\'; only '*' is special: write '\\*' for a literal star and '\\\\' for a "
            "literal backslash",
        ),
        (
            lambda: Var("$.f").matches("abc\\"),
            "StringMatches pattern 'abc\\\\' has a backslash at position 3 that escapes neither "
            "'*' nor '\\'; only '*' is special: write '\\*' for a literal star and '\\\\' for a "
            "literal backslash",
        ),
        (lambda: Var("$.x").is_present(1), "IsPresent must be true or false, got 1 (a number)"),  # type: ignore[arg-type]
    ],
)
def test_wrong_types_fail_when_written(build: Callable[[], object], message: str) -> None:
    with pytest.raises(InvalidConditionError) as info:
        build()
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "a.b",
            "invalid path 'a.b': expected '$', '$$' or '$variable' at the start of the path at "
            "position 0, found 'a'",
        ),
        (
            "$.a[*]",
            "invalid reference path '$.a[*]': found a wildcard '*' at position 3; a reference "
            "path may only contain .field, ['field'] and [index]",
        ),
        (3, "a condition path must be a string such as '$.status', got 3 (a number)"),
    ],
)
def test_paths_are_checked_when_built(path: Any, message: str) -> None:
    for cls in (Var, Str, Num, Bool, Timestamp):
        with pytest.raises(InvalidPathError) as info:
            cls(path)
        assert str(info.value) == message


def test_paths_hash_by_identity_so_containers_never_call_their_eq() -> None:
    a, b = Var("$.a"), Var("$.a")
    assert len({a, b, a}) == 2
    n = Num("$.n")
    assert {n: 1}[n] == 1
    assert a.path == "$.a"
    assert repr(Num("$.n")) == "Num(path='$.n')"


# --------------------------------------------------------------------------- conditions


def test_conditions_refuse_truthiness() -> None:
    cond = Var("$.a") == 1
    attempts: list[Callable[[], object]] = [
        lambda: bool(cond),
        lambda: cond and cond,
        lambda: not cond,
        lambda: [c for c in [cond] if c],
        lambda: bool(JsonataCondition("$x")),
    ]
    for attempt in attempts:
        with pytest.raises(TypeError) as info:
            attempt()
        assert str(info.value) == NO_TRUTH


def test_conditions_keep_normal_equality_and_hash() -> None:
    assert (Var("$.a") == 1) == Comparison("$.a", "NumericEquals", 1)
    assert (Var("$.a") == 1) != Comparison("$.a", "NumericEquals", 2)
    assert hash(Var("$.a") == "x") == hash(Comparison("$.a", "StringEquals", "x"))
    assert len({Var("$.a") == "x", Str("$.a") == "x"}) == 1


a1 = Comparison("$.a", "NumericEquals", 1)
b2 = Comparison("$.b", "NumericEquals", 2)
c3 = Comparison("$.c", "NumericEquals", 3)


@pytest.mark.parametrize(
    ("built", "expected"),
    [
        (lambda: a1 & b2, And(a1, b2)),
        (lambda: a1 & b2 & c3, And(a1, b2, c3)),
        (lambda: a1 & (b2 & c3), And(a1, b2, c3)),
        (lambda: a1 | b2 | c3, Or(a1, b2, c3)),
        (lambda: (a1 | b2) & c3, And(Or(a1, b2), c3)),
        (lambda: (a1 & b2) | c3, Or(And(a1, b2), c3)),
        (lambda: ~a1, Not(a1)),
        (lambda: ~~a1, Not(Not(a1))),
        (lambda: ~(a1 & b2), Not(And(a1, b2))),
        # an And with a comment is a node of its own and is not flattened
        (lambda: And(a1, b2, comment="both") & c3, And(And(a1, b2, comment="both"), c3)),
    ],
)
def test_and_or_not_operators(built: Callable[[], Condition], expected: Condition) -> None:
    assert built() == expected


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (And, "And needs at least one condition (ASL requires a non-empty array)"),
        (Or, "Or needs at least one condition (ASL requires a non-empty array)"),
        (
            lambda: And(a1, JsonataCondition("$x")),  # type: ignore[arg-type]
            "And operands must be JSONPath conditions, got JsonataCondition(expression='{% $x %}', "
            "comment=None); a JSONata condition cannot be nested in a JSONPath rule; combine "
            "JSONata conditions with & | ~ into one expression",
        ),
        (
            lambda: Not(3),  # type: ignore[arg-type]
            "Not operands must be JSONPath conditions, got 3; expected a condition such as "
            "Var('$.x') == 1",
        ),
        (
            lambda: Comparison("$.a", "StringEqual", "x"),  # type: ignore[arg-type]
            "'StringEqual' is not an ASL comparison operator; did you mean 'StringEquals'?",
        ),
        (
            lambda: Comparison("x", "NumericEquals", float("nan")),
            "invalid condition (2 problems):\n"
            "  - Variable must be a reference path: invalid path 'x': expected '$', '$$' or "
            "'$variable' at the start of the path at position 0, found 'x'\n"
            "  - NumericEquals must be a finite number, got nan",
        ),
        (
            lambda: Comparison("$.a", "NumericEquals", 1, comment=3),  # type: ignore[arg-type]
            "Comment must be a string, got 3 (a number)",
        ),
    ],
)
def test_condition_construction_errors(build: Callable[[], object], message: str) -> None:
    with pytest.raises(InvalidConditionError) as info:
        build()
    assert str(info.value) == message


def test_combining_jsonpath_and_jsonata_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="unsupported operand type"):
        a1 & JsonataCondition("$x")  # type: ignore[operator]
    with pytest.raises(TypeError, match="unsupported operand type"):
        JsonataCondition("$x") | a1  # type: ignore[operator]


# Comparison(variable, operator, value) -> the one problem, or None when valid. Each value
# rule of the ASL specification, checked by hand.
COMPARISON_TABLE: list[tuple[str, Any, str | None]] = [
    ("StringEquals", "x", None),
    ("StringEquals", "", None),
    ("StringEquals", "${Env}", None),
    (
        "StringEquals",
        3,
        "StringEquals must be a string, got 3 (a number); use NumericEquals to compare numbers",
    ),
    ("StringLessThan", True, "StringLessThan must be a string, got true (a boolean)"),
    (
        "StringEquals",
        True,
        "StringEquals must be a string, got true (a boolean); use BooleanEquals to compare booleans",
    ),
    ("StringEquals", None, "StringEquals must be a string, got null; use IsNull to test for null"),
    ("StringMatches", "*.txt", None),
    ("StringMatches", "${prefix}*", None),
    ("StringMatches", 1, "StringMatches must be a string, got 1 (a number)"),
    ("NumericEquals", 1, None),
    ("NumericEquals", -2.5, None),
    (
        "NumericEquals",
        True,
        "NumericEquals must be a number, got true (a boolean); use BooleanEquals to compare booleans",
    ),
    (
        "NumericGreaterThan",
        "3",
        'NumericGreaterThan must be a number, got "3" (a string); use StringGreaterThan to compare strings',
    ),
    ("NumericEquals", float("inf"), "NumericEquals must be a finite number, got inf"),
    ("BooleanEquals", False, None),
    (
        "BooleanEquals",
        "true",
        'BooleanEquals must be true or false, got "true" (a string); use StringEquals to compare strings',
    ),
    (
        "BooleanEquals",
        0,
        "BooleanEquals must be true or false, got 0 (a number); use NumericEquals to compare numbers",
    ),
    ("TimestampEquals", "2016-03-14T01:59:00Z", None),
    ("TimestampLessThan", "2016-03-14T01:59:00.123+05:30", None),
    ("TimestampEquals", "${Deadline}", None),
    (
        "TimestampEquals",
        "2016-03-14T01:59:00",
        "TimestampEquals must be an RFC3339 timestamp such as '2024-01-31T09:30:00Z' (uppercase T, and Z or an offset like +01:00), got '2016-03-14T01:59:00'",
    ),
    (
        "TimestampEquals",
        "2016-03-14t01:59:00z",
        "TimestampEquals must be an RFC3339 timestamp such as '2024-01-31T09:30:00Z' (uppercase T, and Z or an offset like +01:00), got '2016-03-14t01:59:00z'",
    ),
    (
        "TimestampEquals",
        "2016-02-30T01:59:00Z",
        "TimestampEquals must be an RFC3339 timestamp such as '2024-01-31T09:30:00Z' (uppercase T, and Z or an offset like +01:00), got '2016-02-30T01:59:00Z'",
    ),
    (
        "TimestampEquals",
        "2016-03-14T25:59:00Z",
        "TimestampEquals must be an RFC3339 timestamp such as '2024-01-31T09:30:00Z' (uppercase T, and Z or an offset like +01:00), got '2016-03-14T25:59:00Z'",
    ),
    (
        "TimestampEquals",
        1457920740,
        "TimestampEquals must be an RFC3339 timestamp string, got 1457920740 (a number); use NumericEquals to compare numbers",
    ),
    ("IsPresent", True, None),
    ("IsNull", "true", 'IsNull must be true or false, got "true" (a string)'),
    ("IsTimestamp", 1, "IsTimestamp must be true or false, got 1 (a number)"),
    ("StringEqualsPath", "$.b", None),
    ("NumericLessThanPath", "$$.Execution.Input.limit", None),
    ("BooleanEqualsPath", "$flag", None),
    ("TimestampEqualsPath", "$.t[0]", None),
    (
        "NumericEqualsPath",
        3,
        "NumericEqualsPath must be a reference path to compare with, such as '$.limit', got 3 (a number); use NumericEquals to compare with a literal value",
    ),
    (
        "StringEqualsPath",
        "b",
        "StringEqualsPath must be a reference path: invalid path 'b': expected '$', '$$' or '$variable' at the start of the path at position 0, found 'b'",
    ),
    (
        "StringEqualsPath",
        "$.a[*]",
        "StringEqualsPath must be a reference path: invalid reference path '$.a[*]': found a wildcard '*' at position 3; a reference path may only contain .field, ['field'] and [index]",
    ),
]


@pytest.mark.parametrize(("operator", "value", "problem"), COMPARISON_TABLE)
def test_comparison_value_matches_operator(operator: str, value: Any, problem: str | None) -> None:
    if problem is None:
        assert Comparison("$.x", operator, value).value == value  # type: ignore[arg-type]
        return
    with pytest.raises(InvalidConditionError) as info:
        Comparison("$.x", operator, value)  # type: ignore[arg-type]
    assert str(info.value) == problem


def test_operator_list_matches_the_specification() -> None:
    assert len(COMPARISON_OPERATORS) == 39
    assert sum(op.endswith("Path") for op in COMPARISON_OPERATORS) == 16
    assert [op for op in COMPARISON_OPERATORS if op.startswith("Is")] == [
        "IsNull",
        "IsPresent",
        "IsNumeric",
        "IsString",
        "IsBoolean",
        "IsTimestamp",
    ]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2024-01-31T09:30:00Z", True),
        ("2024-01-31T09:30:00.5Z", True),
        ("2024-01-31T09:30:00-07:00", True),
        ("2024-02-29T00:00:00Z", True),
        ("2023-02-29T00:00:00Z", False),
        ("2024-01-31T09:30Z", False),
        ("2024-01-31 09:30:00Z", False),
        ("2024-01-31T09:30:00+24:00", False),
        ("date", False),
    ],
)
def test_timestamp_problem(text: str, ok: bool) -> None:
    assert (timestamp_problem(text) is None) == ok


# --------------------------------------------------------------------------- JSONata


@pytest.mark.parametrize(
    ("given", "expression"),
    [
        ("$x", "{% $x %}"),
        ("  $states.input.n > 3 ", "{% $states.input.n > 3 %}"),
        ("{% $x %}", "{% $x %}"),
        ("{%$x%}", "{%$x%}"),
    ],
)
def test_jsonata_condition_wraps_bare_expressions(given: str, expression: str) -> None:
    assert JsonataCondition(given).expression == expression


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (
            "{% $x",
            "Condition must be enclosed in '{% ... %}', got '{% $x'; write e.g. '{% $states.input.n > 3 %}'",
        ),
        (
            "{% %}",
            "Condition '{% %}' is empty; write an expression such as '{% $states.input.ok %}'",
        ),
        (
            "$x = ",
            "Condition '{% $x = %}' is not a valid JSONata expression: Unexpected end of expression",
        ),
    ],
)
def test_jsonata_condition_errors(given: str, message: str) -> None:
    with pytest.raises(InvalidConditionError) as info:
        JsonataCondition(given)
    assert str(info.value) == message


def test_jsonata_conditions_combine_into_one_expression() -> None:
    a, b = JsonataCondition("$a > 1"), JsonataCondition("{% $b %}")
    assert (a & b).expression == "{% ($a > 1) and ($b) %}"
    assert (a | b).expression == "{% ($a > 1) or ($b) %}"
    assert (~a).expression == "{% $not($a > 1) %}"


# --------------------------------------------------------------------------- describe


@pytest.mark.parametrize(
    ("cond", "text"),
    [
        (Var("$.status") == "DONE", '$.status == "DONE"'),
        ((Var("$.n") >= 3) & ~Var("$.x").is_present(), "$.n >= 3 and not $.x present"),
        (Var("$.x").is_present(False), "$.x absent"),
        (Var("$.x").is_null(), "$.x is null"),
        (Var("$.x").is_null(False), "$.x is not null"),
        (Var("$.x").is_numeric(), "$.x is numeric"),
        (Var("$.x").is_string(), "$.x is a string"),
        (Var("$.x").is_boolean(False), "$.x is not a boolean"),
        (Var("$.x").is_timestamp(), "$.x is a timestamp"),
        (Var("$.ok") == True, "$.ok == true"),  # noqa: E712
        (Var("$.s") != "x", '$.s != "x"'),
        (Var("$.s") < "é", '$.s < "é"'),
        (Var("$.f").matches("*.csv"), '$.f matches "*.csv"'),
        (Num("$.a") <= Num("$.b"), "$.a <= $.b"),
        (Var("$.t") > dt.datetime(2024, 1, 1, tzinfo=UTC), "$.t > 2024-01-01T00:00:00Z"),
        (
            ((Var("$.a") == 1) | (Var("$.b") == 2)) & (Var("$.c") == 3),
            "($.a == 1 or $.b == 2) and $.c == 3",
        ),
        (
            ((Var("$.a") == 1) & (Var("$.b") == 2)) | (Var("$.c") == 3),
            "($.a == 1 and $.b == 2) or $.c == 3",
        ),
        (~((Var("$.a") == 1) & (Var("$.b") == 2)), "not ($.a == 1 and $.b == 2)"),
        (~~Var("$.a").is_null(), "not not $.a is null"),
        (And(Var("$.a") == 1), "$.a == 1"),
        (JsonataCondition("$states.input.n > 3"), "$states.input.n > 3"),
    ],
)
def test_describe(cond: Condition, text: str) -> None:
    assert cond.describe() == text
    assert str(cond) == text


# --------------------------------------------------------------------------- ASL in and out


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"Variable": "$.a", "StringEquals": "x", "Next": "N"},
            Comparison("$.a", "StringEquals", "x"),
        ),
        (
            {"Variable": "$.a", "IsPresent": True, "Next": "N", "Assign": {"x": 1}, "Output": {}},
            Comparison("$.a", "IsPresent", True),
        ),
        (
            {
                "And": [
                    {"Variable": "$.a", "IsPresent": True, "Comment": "guard"},
                    {"Not": {"Variable": "$.a", "IsNull": True}},
                ]
            },
            And(
                Comparison("$.a", "IsPresent", True, comment="guard"),
                Not(Comparison("$.a", "IsNull", True)),
            ),
        ),
        (
            {"Or": [{"Variable": "$.a", "NumericEqualsPath": "$.b"}], "Comment": "c"},
            Or(Comparison("$.a", "NumericEqualsPath", "$.b"), comment="c"),
        ),
        ({"Condition": "{% $x %}", "Next": "N"}, JsonataCondition("{% $x %}")),
        ({"Condition": "{% $x %}", "Comment": "why"}, JsonataCondition("{% $x %}", comment="why")),
    ],
)
def test_condition_from_asl(data: dict[str, Any], expected: Condition) -> None:
    cond = condition_from_asl(data, "States.C.Choices[0]")
    assert cond == expected
    assert condition_to_asl(cond) == {
        k: v for k, v in data.items() if k not in ("Next", "Assign", "Output")
    }


W = "States.Check.Choices[0]"
CODE = "invalid-condition"


@pytest.mark.parametrize(
    ("data", "problems"),
    [
        (
            {"Variable": "$.a", "NumericEquals": "1", "Next": "N"},
            [
                Problem(
                    'NumericEquals must be a number, got "1" (a string); use StringEquals to compare strings',
                    f"{W}.NumericEquals",
                    CODE,
                )
            ],
        ),
        (
            # every problem is reported, each at its own path
            {
                "And": [
                    {"Variable": "$.a", "StringEquals": "x"},
                    {"Variable": "b", "StringEquals": 3},
                    {"Not": {"Variable": "$.c", "IsNull": "yes", "Next": "X"}},
                    {"Or": []},
                ],
                "Next": "N",
            },
            [
                Problem(
                    "Variable must be a reference path: invalid path 'b': expected '$', '$$' or '$variable' at the start of the path at position 0, found 'b'",
                    f"{W}.And[1].Variable",
                    CODE,
                ),
                Problem(
                    "StringEquals must be a string, got 3 (a number); use NumericEquals to compare numbers",
                    f"{W}.And[1].StringEquals",
                    CODE,
                ),
                Problem(
                    "Next is only allowed on a top-level Choice rule, not inside And, Or or Not",
                    f"{W}.And[2].Not.Next",
                    CODE,
                ),
                Problem(
                    'IsNull must be true or false, got "yes" (a string)',
                    f"{W}.And[2].Not.IsNull",
                    CODE,
                ),
                Problem(
                    "Or must be a non-empty array of conditions, got [] (an array)",
                    f"{W}.And[3].Or",
                    CODE,
                ),
            ],
        ),
        (
            {"Variable": "$.foo", "NumericEquals": 1, "End": True},
            [
                Problem(
                    "a Choice rule cannot end the execution; use Next to go to a Succeed state",
                    f"{W}.End",
                    CODE,
                )
            ],
        ),
        (
            {"Variable": "$.a", "StringEqual": "x", "Next": "N"},
            [
                Problem(
                    "unknown field 'StringEqual' in a Choice rule; did you mean 'StringEquals'?",
                    f"{W}.StringEqual",
                    CODE,
                )
            ],
        ),
        (
            {"Variable": "$.a", "Next": "N"},
            [
                Problem(
                    "Variable has no comparison operator; add one such as StringEquals or IsPresent",
                    f"{W}.Variable",
                    CODE,
                )
            ],
        ),
        (
            {"Next": "N"},
            [
                Problem(
                    "a Choice rule needs a comparison (Variable with an operator such as StringEquals), And, Or, Not, or a JSONata Condition",
                    W,
                    CODE,
                )
            ],
        ),
        (
            {"Variable": "$.a", "StringEquals": "x", "IsPresent": True},
            [
                Problem(
                    "a Choice rule takes exactly one of a comparison operator, And, Or, Not or Condition, found 2 (StringEquals, IsPresent); combine conditions with And",
                    W,
                    CODE,
                )
            ],
        ),
        (
            {"StringEquals": "x"},
            [
                Problem(
                    "Variable is required with StringEquals: the path whose value is compared",
                    f"{W}.Variable",
                    CODE,
                )
            ],
        ),
        (
            {"Variable": "$.a", "Not": {"Variable": "$.a", "IsNull": True}},
            [
                Problem(
                    "Variable cannot be used with Not; put it in the conditions of Not",
                    f"{W}.Variable",
                    CODE,
                )
            ],
        ),
        (
            {"Condition": "$x > 1", "Next": "N"},
            [
                Problem(
                    "Condition must be enclosed in '{% ... %}', got '$x > 1'; write e.g. '{% $states.input.n > 3 %}'",
                    f"{W}.Condition",
                    CODE,
                )
            ],
        ),
        (
            {"And": [{"Condition": "{% $x %}"}]},
            [Problem("And cannot hold a JSONata Condition", f"{W}.And[0]", CODE)],
        ),
        (
            {"Not": "x"},
            [Problem('a Choice rule must be an object, got "x" (a string)', f"{W}.Not", CODE)],
        ),
        (
            {"Variable": "$.a", "IsPresent": True, "Comment": 5},
            [Problem("Comment must be a string, got 5 (a number)", f"{W}.Comment", CODE)],
        ),
        (
            {
                "Variable": "States.ArrayContains($.clients.unique, 'null')",
                "NumericEquals": 1,
                "Next": "N",
            },
            [
                Problem(
                    "Variable must be a reference path: invalid path \"States.ArrayContains($.clients.unique, 'null')\": expected '$', '$$' or '$variable' at the start of the path at position 0, found 'S'",
                    f"{W}.Variable",
                    CODE,
                )
            ],
        ),
    ],
)
def test_condition_from_asl_reports_every_problem(data: Any, problems: list[Problem]) -> None:
    with pytest.raises(ValidationError) as info:
        condition_from_asl(data, W)
    assert isinstance(info.value, InvalidConditionError)
    assert list(info.value.problems) == problems


def test_condition_from_asl_message() -> None:
    with pytest.raises(ValidationError) as info:
        condition_from_asl({"Variable": "$.a", "BooleanEquals": "true", "Next": "N"}, W)
    assert str(info.value) == (
        "invalid Choice rule (1 problem):\n"
        '  - BooleanEquals must be true or false, got "true" (a string); use StringEquals to '
        "compare strings  @ States.Check.Choices[0].BooleanEquals"
    )


# --------------------------------------------------------------------------- the corpus


def _choice_rules(doc: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(doc, dict):
        if doc.get("Type") == "Choice" and isinstance(doc.get("Choices"), list):
            for i, rule in enumerate(doc["Choices"]):
                yield f"{path}.Choices[{i}]", rule
        for key, value in doc.items():
            yield from _choice_rules(value, f"{path}.{key}" if path else key)
    elif isinstance(doc, list):
        for i, value in enumerate(doc):
            yield from _choice_rules(value, f"{path}[{i}]")


def _corpus_files(corpus: Path) -> list[Path]:
    return sorted(
        [
            *(corpus / "asl" / "valid").glob("*.json"),
            *(corpus / "asl" / "realworld").glob("*.json"),
            *(corpus / "executions").glob("choice_operators__*/definition.json"),
        ]
    )


# The LocalStack snapshot tool replaced the timestamps of its Timestamp* cases by the word
# "date" (cases test_timestamp_equals__014 and __015 have the same recorded input and opposite
# results), so the recorded definitions are not the ones AWS ran. A real timestamp stands in.
RECORDED_AS_DATE = "2016-03-14T01:59:00Z"


def _unmask(rule: Any) -> Any:
    if isinstance(rule, dict):
        return {
            k: RECORDED_AS_DATE if k.startswith("Timestamp") and v == "date" else _unmask(v)
            for k, v in rule.items()
        }
    if isinstance(rule, list):
        return [_unmask(v) for v in rule]
    return rule


def test_every_choice_rule_of_the_corpus_round_trips(corpus: Path) -> None:
    files = _corpus_files(corpus)
    assert len(files) == 724
    rules = 0
    masked = 0
    failures: list[str] = []
    for file in files:
        for where, raw in _choice_rules(json.loads(file.read_text())):
            rule = _unmask(raw)
            masked += rule != raw
            rules += 1
            expected = {k: v for k, v in rule.items() if k not in ("Next", "Assign", "Output")}
            try:
                got = condition_to_asl(condition_from_asl(rule, where))
            except ValidationError as err:
                failures.append(f"{file.name} {where}: {err}")
                continue
            if got != expected:
                failures.append(f"{file.name} {where}: {got} != {expected}")
    assert failures == []
    assert (rules, masked) == (640, 24)


def test_masked_corpus_timestamps_are_rejected(corpus: Path) -> None:
    rule = json.loads(
        (
            corpus / "executions/choice_operators__test_timestamp_equals__000/definition.json"
        ).read_text()
    )
    with pytest.raises(ValidationError) as info:
        condition_from_asl(
            rule["States"]["CheckValues"]["Choices"][0], "States.CheckValues.Choices[0]"
        )
    assert [p.path for p in info.value.problems] == [
        "States.CheckValues.Choices[0].TimestampEquals"
    ]


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        (
            "asl-validator__choice-state-variable.json",
            Problem(
                "Variable must be a reference path: invalid path \"States.ArrayContains($.clients.unique, 'null')\": expected '$', '$$' or '$variable' at the start of the path at position 0, found 'S'",
                "States.ChoiceState.Choices[0].Variable",
                CODE,
            ),
        ),
        (
            "asl-validator__choice-state.json",
            Problem(
                "a Choice rule cannot end the execution; use Next to go to a Succeed state",
                "States.ChoiceState.Choices[0].End",
                CODE,
            ),
        ),
    ],
)
def test_invalid_corpus_choice_rules_are_rejected(
    corpus: Path, name: str, problem: Problem
) -> None:
    doc = json.loads((corpus / "asl" / "invalid" / name).read_text())
    [(where, rule)] = list(_choice_rules(doc))
    with pytest.raises(ValidationError) as info:
        condition_from_asl(rule, where)
    assert list(info.value.problems) == [problem]


# --------------------------------------------------------------------------- hypothesis

paths = st.sampled_from(
    ["$", "$.a", "$.a.b", "$.list[0]", "$$.Execution.Input.x", "$v", "$['odd key']"]
)
literals: dict[str, st.SearchStrategy[Any]] = {
    "String": st.text(max_size=8),
    "Numeric": st.one_of(
        st.integers(-(10**6), 10**6), st.floats(allow_nan=False, allow_infinity=False)
    ),
    "Boolean": st.booleans(),
    "Timestamp": st.datetimes(min_value=dt.datetime(1000, 1, 1)).map(
        lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")
    ),
}


@st.composite
def comparisons(draw: st.DrawFn) -> Comparison:
    op = draw(st.sampled_from(COMPARISON_OPERATORS))
    value: Any
    if op.endswith("Path"):
        value = draw(paths)
    elif op.startswith("Is"):
        value = draw(st.booleans())
    elif op == "StringMatches":
        value = draw(st.text(alphabet="ab*", max_size=6))
    else:
        value = draw(literals[next(k for k in literals if op.startswith(k))])
    comment = draw(st.none() | st.text(max_size=4))
    return Comparison(draw(paths), op, value, comment=comment)


conditions: st.SearchStrategy[JsonPathCondition] = st.recursive(
    comparisons(),
    lambda inner: st.one_of(
        st.lists(inner, min_size=1, max_size=3).map(lambda cs: And(*cs)),
        st.lists(inner, min_size=1, max_size=3).map(lambda cs: Or(*cs)),
        inner.map(Not),
    ),
    max_leaves=8,
)


@given(conditions)
def test_random_conditions_round_trip_through_asl(cond: JsonPathCondition) -> None:
    data = json.loads(json.dumps(condition_to_asl(cond)))
    assert condition_from_asl(data, "Choices[0]") == cond
    assert cond.describe()


@given(conditions)
def test_guarded_paths_are_tested_paths(cond: JsonPathCondition) -> None:
    assert guarded_paths(cond) <= tested_paths(cond)


# --------------------------------------------------------------------------- analysis

x, y = Var("$.x"), Var("$.y")


@pytest.mark.parametrize(
    ("cond", "tested", "guarded"),
    [
        (x == "a", {"$.x"}, set()),
        (x.is_present(), set(), set()),
        (x.is_null(), {"$.x"}, set()),
        (Num("$.x") > Num("$.y"), {"$.x", "$.y"}, set()),
        # the AWS guard pattern: And evaluates in order and stops at the first false
        (x.is_present() & (x == "a"), {"$.x"}, {"$.x"}),
        # a guard after the read comes too late
        ((x == "a") & x.is_present(), {"$.x"}, set()),
        # Or goes on only when the first operand is false: absent -> true, stop; else present
        (~x.is_present() | (x == "a"), {"$.x"}, {"$.x"}),
        (x.is_present(False) | (x == "a"), {"$.x"}, {"$.x"}),
        (x.is_present() | (x == "a"), {"$.x"}, set()),
        # a guard on another path does not help
        (y.is_present() & (x == "a"), {"$.x"}, set()),
        # a guard on a deeper path implies its parents
        (Var("$.x.z").is_present() & (x.is_string()), {"$.x"}, {"$.x"}),
        # the whole input is always there
        (Var("$").is_string(), {"$"}, {"$"}),
        # guarded in one operand, read unguarded in another
        ((x.is_present() & (x == "a")) | (x == "b"), {"$.x"}, set()),
        (x.is_present() & ((x == "a") | (x == "b")), {"$.x"}, {"$.x"}),
        (x.is_present() & ~(x == "a"), {"$.x"}, {"$.x"}),
        (JsonataCondition("$states.input.x = 1"), set(), set()),
    ],
)
def test_tested_and_guarded_paths(cond: Condition, tested: set[str], guarded: set[str]) -> None:
    assert tested_paths(cond) == tested
    assert guarded_paths(cond) == guarded


@pytest.mark.parametrize(
    ("cond", "when_true", "when_false"),
    [
        (x.is_present(), {"$.x"}, set()),
        (x.is_present(False), set(), {"$.x"}),
        (x == "a", {"$.x"}, {"$.x"}),
        (x.is_present() & (y == 1), {"$.x", "$.y"}, set()),
        (x.is_present() | y.is_present(), set(), set()),
        ((x == 1) | y.is_present(), {"$.x"}, {"$.x"}),
        (~(x.is_present() & y.is_present()), set(), {"$.x", "$.y"}),
    ],
)
def test_present_when(cond: Condition, when_true: set[str], when_false: set[str]) -> None:
    assert present_when(cond, True) == when_true
    assert present_when(cond, False) == when_false
