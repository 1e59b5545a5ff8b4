"""Fuzzing the local runner: hostile intrinsics, JSONata, inputs and mock files.

Whatever the input, the library raises nothing but SfdslError, the result is valid JSON (no
NaN or Infinity) and the same input gives the same result. Bounded to a few seconds each.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sfdsl._runner import Execution, MockError, load_mock_config, run
from sfdsl._runner._jsonata import compile_expression
from sfdsl.errors import SfdslError

# jsonata-python raises the recursion limit when first imported; import it before hypothesis
# notes the limit, or hypothesis warns that it changed during a test.
compile_expression("1")

FUZZ = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
START = datetime(2024, 1, 1, tzinfo=timezone.utc)

# Values a JSON payload may hold, with the awkward ones: huge and negative integers, floats
# at the edges, lone surrogates, deep nesting.
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, -1, 2**31 - 1, 2**31, -(2**31) - 1, 2**63, 10**40]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(["NaN", "Infinity", "\ud800", "[[[[", "{}", "1e999", "9" * 5000, "'"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=5), inner, max_size=4)
    ),
    max_leaves=20,
)


def deep(levels: int) -> Any:
    value: Any = 0
    for _ in range(levels):
        value = [value]
    return value


def outcome(machine: dict[str, Any], data: Any, **kwargs: Any) -> dict[str, Any]:
    """The run's result as JSON text (checked to be strict JSON), or the SfdslError it raised."""
    try:
        execution = run(machine, data, start_time=START, **kwargs)
    except SfdslError as exc:
        return {"raised": type(exc).__name__, "message": str(exc)}
    assert isinstance(execution, Execution)
    out = execution.to_json_dict(history=True)
    json.dumps(out, allow_nan=False)
    return out


# --------------------------------------------------------------------------- intrinsics

DETERMINISTIC = [
    "States.Format",
    "States.StringToJson",
    "States.JsonToString",
    "States.Array",
    "States.ArrayPartition",
    "States.ArrayContains",
    "States.ArrayRange",
    "States.ArrayGetItem",
    "States.ArrayLength",
    "States.ArrayUnique",
    "States.Base64Encode",
    "States.Base64Decode",
    "States.Hash",
    "States.JsonMerge",
    "States.MathAdd",
    "States.StringSplit",
]
literal_args = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12).map(str),
    st.sampled_from(["0", "-1", "3000000000", "2147483647", "1.5", "true", "null", "'x'"]),
    st.sampled_from(["'NaN'", "'[1, 2]'", "'{\"a\": 1}'", "'SHA-256'", "'MD5'", "'{}'", "''"]),
    st.sampled_from(["$.a", "$.b", "$.c", "$", "$$.Execution.Name"]),
)


@st.composite
def intrinsic_calls(draw: st.DrawFn) -> str:
    name = draw(st.sampled_from(DETERMINISTIC))
    args = draw(st.lists(literal_args, max_size=3))
    return f"{name}({', '.join(args)})"


@FUZZ
@given(call=intrinsic_calls(), a=json_values, b=json_values, c=st.sampled_from(["", deep(300)]))
def test_intrinsics_never_crash_and_are_deterministic(call: str, a: Any, b: Any, c: Any) -> None:
    machine = {
        "StartAt": "P",
        "States": {"P": {"Type": "Pass", "Parameters": {"r.$": call}, "End": True}},
    }
    data = {"a": a, "b": b, "c": c}
    first = outcome(machine, data)
    assert outcome(machine, data) == first


@FUZZ
@given(
    start=st.integers(min_value=-(2**31), max_value=2**31 - 2),
    span=st.integers(min_value=1, max_value=2**32),
    seed=st.integers(min_value=-(2**31), max_value=2**31 - 1),
)
def test_seeded_math_random_returns_in_range(start: int, span: int, seed: int) -> None:
    machine = {
        "StartAt": "P",
        "States": {
            "P": {
                "Type": "Pass",
                "Parameters": {"r.$": "States.MathRandom($.start, $.end, $.seed)"},
                "End": True,
            }
        },
    }
    end = start + span
    result = outcome(machine, {"start": start, "end": end, "seed": seed})
    if end > 2**31 - 1:
        assert result["error"] == "States.IntrinsicFailure"
    else:
        assert start <= result["output"]["r"] < end


# --------------------------------------------------------------------------- JSONata

fragments = st.sampled_from(
    [
        "$states.input",
        "$states.input.a",
        "$number('NaN')",
        "$number($states.input.a)",
        "$string($states.input)",
        "$parse($string($states.input))",
        "$range(0, 10, 3)",
        "$range(0, 1e9, 1)",
        "$hash('x', 'SHA-256')",
        "1/0",
        "1e308 * 10",
        "[1..5]",
        "$sum([1..100])",
        "($f := function($n){ $n <= 0 ? 0 : $f($n - 1) }; $f(50))",
        "$partition([1,2,3], 2)",
        "'\\ud800'",
        "{'a': 1}",
        "$exists($states.input.b)",
    ]
)


@FUZZ
@given(
    left=fragments,
    op=st.sampled_from(["", " & ", " + ", " = ", " ? 1 : "]),
    right=fragments,
    a=json_values,
)
def test_jsonata_never_crashes_and_is_deterministic(left: str, op: str, right: str, a: Any) -> None:
    expression = left if not op else f"{left}{op}{right}"
    if op == " ? 1 : ":
        expression = f"{left} ? 1 : {right}"
    machine = {
        "QueryLanguage": "JSONata",
        "StartAt": "A",
        "States": {"A": {"Type": "Pass", "Output": "{% " + expression + " %}", "End": True}},
    }
    first = outcome(machine, {"a": a})
    assert outcome(machine, {"a": a}) == first


# --------------------------------------------------------------------------- inputs


@FUZZ
@given(data=json_values, seconds=st.one_of(json_values, st.integers(min_value=0, max_value=10**30)))
def test_any_input_runs_or_is_refused_with_an_sfdsl_error(data: Any, seconds: Any) -> None:
    machine = {
        "StartAt": "Shape",
        "States": {
            "Shape": {
                "Type": "Pass",
                "Parameters": {"d.$": "$.d", "s.$": "$.s", "j.$": "States.JsonToString($.d)"},
                "Next": "Wait",
            },
            "Wait": {"Type": "Wait", "SecondsPath": "$.s", "Next": "Split"},
            "Split": {
                "Type": "Parallel",
                "Branches": [
                    {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "End": True}}},
                    {
                        "StartAt": "B2",
                        "States": {
                            "B2": {
                                "Type": "Pass",
                                "Parameters": {"back.$": "States.StringToJson($.j)"},
                                "End": True,
                            }
                        },
                    },
                ],
                "End": True,
            },
        },
    }
    first = outcome(machine, {"d": data, "s": seconds})
    assert outcome(machine, {"d": data, "s": seconds}) == first


# --------------------------------------------------------------------------- mock files

attempt_keys = st.one_of(
    st.integers(min_value=0, max_value=10**12).map(str),
    st.tuples(
        st.integers(min_value=0, max_value=10**10), st.integers(min_value=0, max_value=10**10)
    ).map(lambda t: f"{t[0]}-{t[1]}"),
    st.sampled_from(["0", "1", "0-999999999", "3-1", "50000000", "-1", "a", "", "1-", "9" * 40]),
)
responses = st.one_of(
    st.builds(lambda v: {"Return": v}, json_values),
    st.builds(lambda e: {"Throw": {"Error": e, "Cause": "c"}}, st.sampled_from(["Busy", "X"])),
    json_values,
)


@FUZZ
@given(keys=st.dictionaries(attempt_keys, responses, max_size=4), text_mode=st.booleans())
def test_mock_files_load_or_are_refused_with_an_sfdsl_error(
    keys: dict[str, Any], text_mode: bool, tmp_path_factory: Any
) -> None:
    config = {
        "StateMachines": {"M": {"TestCases": {"T": {"Charge": "R"}}}},
        "MockedResponses": {"R": keys},
    }
    machine = {
        "StartAt": "Charge",
        "States": {
            "Charge": {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "f"},
                "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 3, "IntervalSeconds": 1}],
                "End": True,
            }
        },
    }
    source: Any = config
    if text_mode:
        path = Path(tmp_path_factory.mktemp("mocks")) / "mocks.json"
        path.write_text(json.dumps(config), encoding="utf-8")
        source = path
    try:
        mocks = load_mock_config(source).mocks_for("T")
    except SfdslError:
        return
    first = outcome(machine, {}, mocks=mocks)
    assert outcome(machine, {}, mocks=mocks) == first


@FUZZ
@given(
    attempts=st.integers(min_value=0, max_value=10**8),
    interval=st.integers(min_value=1, max_value=10**6),
    backoff=st.floats(min_value=1, max_value=1000),
)
def test_retries_stay_bounded(attempts: int, interval: int, backoff: float) -> None:
    machine = {
        "StartAt": "T",
        "States": {
            "T": {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {"FunctionName": "f"},
                "Retry": [
                    {
                        "ErrorEquals": ["States.ALL"],
                        "MaxAttempts": attempts,
                        "IntervalSeconds": interval,
                        "BackoffRate": backoff,
                    }
                ],
                "End": True,
            }
        },
    }
    result = outcome(machine, {}, mocks={"T": MockError("Busy")})
    assert result.get("status") in ("FAILED", "TIMED_OUT", "ABORTED") or "raised" in result
    assert len(result.get("history", ())) <= 25_000
