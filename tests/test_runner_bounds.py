"""The runner's bounds: the service's limits (history, duration, payload), retries counted as
transitions, bounded JSONata and intrinsics, concurrent branches in virtual time, validation
of ASL documents, and data JSON cannot hold (NaN, huge integers, deep nesting)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sfdsl._runner import MockError, load_mock_config, run
from sfdsl._runner._jsonata import MAX_DEPTH, MAX_STEPS
from sfdsl.errors import ExecutionSetupError, ValidationError

INVOKE = "arn:aws:states:::lambda:invoke"
YEAR = 365 * 24 * 3600


def task(retry: dict[str, Any]) -> dict[str, Any]:
    return {
        "StartAt": "T",
        "States": {
            "T": {
                "Type": "Task",
                "Resource": INVOKE,
                "Parameters": {"FunctionName": "f"},
                "Retry": [{"ErrorEquals": ["States.ALL"], **retry}],
                "End": True,
            }
        },
    }


def jsonata_pass(expression: str) -> dict[str, Any]:
    return {
        "QueryLanguage": "JSONata",
        "StartAt": "A",
        "States": {"A": {"Type": "Pass", "Output": "{% " + expression + " %}", "End": True}},
    }


def wait_path() -> dict[str, Any]:
    return {"StartAt": "W", "States": {"W": {"Type": "Wait", "SecondsPath": "$.s", "End": True}}}


# --------------------------------------------------------------------------- service limits


def test_a_run_stops_at_the_services_25000_history_events() -> None:
    # As the service does: event 25,000 is ExecutionFailed with States.Runtime.
    machine = task({"MaxAttempts": 1_000_000, "IntervalSeconds": 1, "BackoffRate": 1})
    result = run(machine, {}, mocks={"T": MockError("Boom")}, max_transitions=10**9)
    assert (result.status, result.error, result.cause) == (
        "FAILED",
        "States.Runtime",
        "The execution reached the maximum number of history events (25000).",
    )
    last = result.history[-1]
    assert (len(result.history), last.id, last.type) == (25_000, 25_000, "ExecutionFailed")
    assert last.details == {
        "error": "States.Runtime",
        "cause": "The execution reached the maximum number of history events (25000).",
    }


def test_an_express_run_has_no_history_limit_and_lasts_five_minutes() -> None:
    # Express quotas: unlimited history, five minutes at most (then States.Timeout).
    each = {
        "StartAt": "M",
        "States": {
            "M": {
                "Type": "Map",
                "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": True}}},
                "End": True,
            }
        },
    }
    items = list(range(7_000))  # four events an iteration: 28,000 events
    standard = run(each, items)
    assert (standard.status, standard.error) == ("FAILED", "States.Runtime")
    express = run(each, items, type="EXPRESS")
    assert (express.status, express.output) == ("SUCCEEDED", items)
    assert len(express.history) > 25_000
    wait = run(wait_path(), {"s": 301}, type="EXPRESS")
    assert (wait.status, wait.error, wait.duration.total_seconds()) == (
        "TIMED_OUT",
        "States.Timeout",
        300,
    )


def test_every_retry_counts_as_a_transition() -> None:
    machine = task({"MaxAttempts": 1_000_000, "IntervalSeconds": 1, "BackoffRate": 1})
    result = run(machine, {}, mocks={"T": MockError("Boom")}, max_transitions=50)
    # One transition into T, then 49 retries; the 50th retry is the 51st transition.
    assert (result.status, result.error) == ("ABORTED", "sfdsl.TransitionLimitExceeded")
    attempts = [e for e in result.history if e.type == "TaskFailed"]
    assert len(attempts) == 50


def test_retries_past_one_year_time_the_execution_out() -> None:
    machine = task({"MaxAttempts": 1_000_000, "IntervalSeconds": 1, "BackoffRate": 2.0})
    result = run(machine, {}, mocks={"T": MockError("Boom")}, max_transitions=10**9)
    assert (result.status, result.error, result.duration.total_seconds()) == (
        "TIMED_OUT",
        "States.Timeout",
        YEAR,
    )
    assert result.history[-1].type == "ExecutionTimedOut"


@pytest.mark.parametrize("seconds", [10**12, 10**14, 2**63 - 1])
def test_a_wait_past_one_year_times_the_execution_out(seconds: int) -> None:
    result = run(wait_path(), {"s": seconds})
    assert (result.status, result.error, result.duration.total_seconds()) == (
        "TIMED_OUT",
        "States.Timeout",
        YEAR,
    )
    history = result.to_json_dict(history=True)["history"]
    assert [e["type"] for e in history] == [
        "ExecutionStarted",
        "WaitStateEntered",
        "ExecutionTimedOut",
    ]


@pytest.mark.parametrize("seconds", [2**63, 10**30])
def test_seconds_path_over_a_long_is_a_runtime_error(seconds: int) -> None:
    result = run(wait_path(), {"s": seconds})
    assert (result.status, result.error, result.cause) == (
        "FAILED",
        "States.Runtime",
        "An error occurred while executing the state 'W' (entered at the event id #2). The "
        f"SecondsPath parameter cannot be parsed as a long value: $.s == {seconds}",
    )


def test_a_machine_timeout_stops_the_wait_at_the_timeout() -> None:
    machine = {**wait_path(), "TimeoutSeconds": 10}
    result = run(machine, {"s": 20})
    assert (result.status, result.duration.total_seconds()) == ("TIMED_OUT", 10)
    # The execution times out during the wait: the Wait state never exits.
    assert [e.type for e in result.history] == [
        "ExecutionStarted",
        "WaitStateEntered",
        "ExecutionTimedOut",
    ]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ({"n": 10**5000}, "it holds an integer of more than 4300 digits"),
        ({"n": float("nan")}, "it holds nan, which is not a JSON number"),
        ([float("inf")], "it holds inf, which is not a JSON number"),
    ],
)
def test_input_json_cannot_hold_is_a_setup_error(value: Any, problem: str) -> None:
    with pytest.raises(ExecutionSetupError) as info:
        run(wait_path(), value)
    assert str(info.value) == f"input is not JSON data a run can handle: {problem}"


def test_deeply_nested_input_is_a_setup_error() -> None:
    deep: Any = 1
    for _ in range(10_000):
        deep = [deep]
    with pytest.raises(ExecutionSetupError) as info:
        run(wait_path(), {"d": deep})
    assert str(info.value) == (
        "input is not JSON data a run can handle: it is nested more than 256 levels deep"
    )


def test_input_over_the_payload_quota_is_a_setup_error() -> None:
    with pytest.raises(ExecutionSetupError) as info:
        run(wait_path(), {"s": "é" * 140_000})
    assert str(info.value) == (
        "input is 280008 bytes of JSON; the service accepts at most 262144 bytes (its 256 KiB "
        "payload quota)"
    )


def test_a_mock_returning_nan_is_a_setup_error() -> None:
    machine = {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": INVOKE, "End": True}}}
    with pytest.raises(ExecutionSetupError) as info:
        run(machine, {}, mocks={"T": {"Payload": {"x": float("nan")}}})
    assert str(info.value) == (
        "the mock of state 'T' returned a value that is not usable JSON data: it holds nan, "
        "which is not a JSON number"
    )


# --------------------------------------------------------------------------- JSONata


@pytest.mark.parametrize(
    ("expression", "cause_end"),
    [
        (
            "($f := function($n){ $f($n + 1) }; $f(0))",
            f"was stopped: the evaluation took more than {MAX_STEPS} steps (sfdsl's bound on "
            "local runs).",
        ),
        (
            "($f := function($n){ $n <= 1 ? 1 : 1 + $f($n - 1) }; $f(100000))",
            f"was stopped: the evaluation nested more than {MAX_DEPTH} levels deep (sfdsl's "
            "bound on local runs).",
        ),
        ("$number('NaN')", "returned nan, which is not a JSON number."),
        (
            "$range(0, 1e12, 1)",
            ": $range would create 1000000000001 items; at most 1000 are allowed",
        ),
    ],
)
def test_runaway_jsonata_fails_with_query_evaluation_error(expression: str, cause_end: str) -> None:
    result = run(jsonata_pass(expression), {})
    assert (result.status, result.error) == ("FAILED", "States.QueryEvaluationError")
    assert result.cause is not None
    assert result.cause.endswith(cause_end)


def test_recursion_within_the_bounds_returns() -> None:
    result = run(jsonata_pass("($f := function($n){ $n <= 1 ? 1 : 1 + $f($n - 1) }; $f(300))"), {})
    assert (result.status, result.output) == ("SUCCEEDED", 300)


# --------------------------------------------------------------------------- Choice


@pytest.mark.parametrize(
    ("pattern", "text", "matched"),
    [
        ("*a" * 12 + "b", "a" * 2000, False),
        ("*a" * 12 + "b", "a" * 2000 + "b", True),
        ("log-*.txt", "log-.txt", True),
        ("a\\*b", "a*b", True),
        ("a\\*b", "axb", False),
        ("*ab*ab", "abab", True),
        ("ab*ab", "ab", False),
    ],
)
def test_string_matches_never_backtracks(pattern: str, text: str, matched: bool) -> None:
    machine = {
        "StartAt": "C",
        "States": {
            "C": {
                "Type": "Choice",
                "Choices": [{"Variable": "$.t", "StringMatches": pattern, "Next": "Yes"}],
                "Default": "No",
            },
            "Yes": {"Type": "Succeed"},
            "No": {"Type": "Succeed"},
        },
    }
    assert run(machine, {"t": text}).path[-1] == ("Yes" if matched else "No")


# --------------------------------------------------------------------------- intrinsics


@pytest.mark.parametrize(
    ("intrinsic", "value", "cause"),
    [
        (
            "States.MathRandom(0, $.v)",
            3_000_000_000,
            "States.MathRandom: argument 2 must be between -2147483648 and 2147483647, got "
            "3000000000",
        ),
        (
            "States.StringToJson($.v)",
            "NaN",
            "States.StringToJson: argument 1 is not valid JSON (NaN is not a JSON value): NaN",
        ),
        (
            "States.StringToJson($.v)",
            "[" * 5000 + "]" * 5000,
            "States.StringToJson: argument 1 cannot be read: it is nested more than 256 levels "
            "deep (sfdsl's bound on local runs)",
        ),
        (
            "States.StringToJson($.v)",
            "1" * 5000,
            "States.StringToJson: argument 1 cannot be read: it holds an integer of more than "
            "4300 digits (sfdsl's bound on local runs)",
        ),
        (
            "States.Hash($.v, 'MD5')",
            "x" * 10_001,
            "States.Hash: the input has 10001 characters; at most 10000 are allowed",
        ),
    ],
)
def test_intrinsics_over_their_bounds_fail_with_intrinsic_failure(
    intrinsic: str, value: Any, cause: str
) -> None:
    machine = {
        "StartAt": "P",
        "States": {"P": {"Type": "Pass", "Parameters": {"r.$": intrinsic}, "End": True}},
    }
    result = run(machine, {"v": value})
    assert (result.status, result.error, result.cause) == (
        "FAILED",
        "States.IntrinsicFailure",
        "An error occurred while executing the state 'P' (entered at the event id #2). " + cause,
    )


def test_a_lone_surrogate_encodes_as_the_jvm_does() -> None:
    machine = {
        "StartAt": "P",
        "States": {
            "P": {
                "Type": "Pass",
                "Parameters": {
                    "b64.$": "States.Base64Encode($.v)",
                    "md5.$": "States.Hash($.v, 'MD5')",
                },
                "End": True,
            }
        },
    }
    result = run(machine, {"v": "a\ud800"})
    # Java's String.getBytes(UTF_8) writes '?' for a lone surrogate: the bytes of "a?".
    assert result.output == {"b64": "YT8=", "md5": "771d1f0f5e79495265522d3392ffbadb"}


def test_math_random_over_a_java_int_is_refused_by_validation() -> None:
    machine = {
        "StartAt": "P",
        "States": {
            "P": {
                "Type": "Pass",
                "Parameters": {"r.$": "States.MathRandom(0, 3000000000)"},
                "End": True,
            }
        },
    }
    with pytest.raises(ValidationError) as info:
        run(machine, {})
    assert [p.message for p in info.value.problems] == [
        "invalid intrinsic function 'States.MathRandom(0, 3000000000)': States.MathRandom "
        "argument 2 (at position 21) must be between -2147483648 and 2147483647, got 3000000000"
    ]


def test_math_random_over_the_widest_span_returns_in_range() -> None:
    machine = {
        "StartAt": "P",
        "States": {
            "P": {
                "Type": "Pass",
                "Parameters": {"r.$": "States.MathRandom(-2147483648, 2147483647, $.seed)"},
                "End": True,
            }
        },
    }
    values = {run(machine, {"seed": seed}).output["r"] for seed in range(20)}
    assert len(values) == 20
    assert all(-(2**31) <= v < 2**31 - 1 for v in values)


# --------------------------------------------------------------------------- concurrency


def waits(*seconds: int) -> list[dict[str, Any]]:
    return [
        {"StartAt": f"W{i}", "States": {f"W{i}": {"Type": "Wait", "Seconds": s, "End": True}}}
        for i, s in enumerate(seconds)
    ]


def test_parallel_branches_run_at_the_same_time() -> None:
    machine = {
        "TimeoutSeconds": 90,
        "StartAt": "P",
        "States": {
            "P": {"Type": "Parallel", "Branches": waits(60, 60), "Next": "After"},
            "After": {"Type": "Pass", "End": True},
        },
    }
    result = run(machine, {})
    assert (result.status, result.duration.total_seconds()) == ("SUCCEEDED", 60)
    entered = [e for e in result.history if e.type == "WaitStateEntered"]
    assert [e.timestamp for e in entered] == [result.start_time] * 2


@pytest.mark.parametrize(
    ("max_concurrency", "duration"),
    [(0, 40), (1, 100), (2, 60), (3, 50), (4, 40)],
)
def test_map_iterations_wait_for_a_free_slot(max_concurrency: int, duration: int) -> None:
    # Items 10, 20, 30, 40 s; with 2 slots: 10 and 20 start at 0, 30 at 10 (ends 40), 40 at 20
    # (ends 60).
    machine = {
        "StartAt": "M",
        "States": {
            "M": {
                "Type": "Map",
                "MaxConcurrency": max_concurrency,
                "ItemProcessor": {
                    "StartAt": "W",
                    "States": {"W": {"Type": "Wait", "SecondsPath": "$", "End": True}},
                },
                "End": True,
            }
        },
    }
    result = run(machine, [10, 20, 30, 40])
    assert (result.status, result.output, result.duration.total_seconds()) == (
        "SUCCEEDED",
        [10, 20, 30, 40],
        duration,
    )


def test_an_inline_map_runs_at_most_40_iterations_at_once() -> None:
    machine = {
        "StartAt": "M",
        "States": {
            "M": {
                "Type": "Map",
                "ItemProcessor": {
                    "StartAt": "W",
                    "States": {"W": {"Type": "Wait", "Seconds": 10, "End": True}},
                },
                "End": True,
            }
        },
    }
    assert run(machine, list(range(40))).duration.total_seconds() == 10
    assert run(machine, list(range(41))).duration.total_seconds() == 20


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    ("state", "problems"),
    [
        (
            {"Type": "Wait", "End": True},
            [
                (
                    "a Wait state needs exactly one of Seconds, SecondsPath, Timestamp, "
                    "TimestampPath, got none",
                    "States.S",
                )
            ],
        ),
        (
            {"Type": "Parallel", "Branches": [], "End": True},
            [
                (
                    "a Parallel state needs at least one branch; pass branches=[...]",
                    "States.S.Branches",
                )
            ],
        ),
        (
            {"Type": "Pass"},
            [
                ("Pass state has neither Next nor End; set next_state=... or end=True", "States.S"),
                (
                    "no terminal state is reachable: add a Succeed or Fail state, or end=True on "
                    "the last state",
                    "States",
                ),
            ],
        ),
    ],
)
def test_an_asl_document_is_validated_before_it_runs(
    state: dict[str, Any], problems: list[tuple[str, str]]
) -> None:
    with pytest.raises(ValidationError) as info:
        run({"StartAt": "S", "States": {"S": state}}, {})
    assert [(p.message, p.path) for p in info.value.problems] == problems


def test_a_missing_next_state_is_an_sfdsl_error() -> None:
    machine = {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nowhere"}}}
    with pytest.raises(ValidationError):
        run(machine, {})
    with pytest.raises(ExecutionSetupError) as info:
        run(machine, {}, validate=False)
    assert str(info.value) == (
        "the run went to state 'Nowhere', which is not a state of its graph; states are 'A' "
        "(validation reports this: run with validate=True)"
    )


def test_validate_false_runs_the_document_as_given() -> None:
    machine = {"StartAt": "S", "States": {"S": {"Type": "Wait", "End": True}}}
    assert run(machine, {"a": 1}, validate=False).status == "SUCCEEDED"


# --------------------------------------------------------------------------- mock files


def mock_config(keys: dict[str, Any]) -> dict[str, Any]:
    return {
        "StateMachines": {"M": {"TestCases": {"Happy": {"Charge": "ChargeOk"}}}},
        "MockedResponses": {"ChargeOk": keys},
    }


WHERE = "MockedResponses.ChargeOk (the mock of state 'Charge' in test case 'Happy')"


@pytest.mark.parametrize(
    ("keys", "message"),
    [
        (
            {"50000000": {"Return": 1}},
            f"{WHERE} has no response for attempt(s) 0-49999999; attempts count from 0",
        ),
        (
            {"3-1": {"Return": 1}},
            f"{WHERE} has key '3-1': the range ends before it starts; write '1-3'",
        ),
        (
            {"0-2": {"Return": 1}, "2": {"Return": 2}},
            f"{WHERE} gives attempt 2 more than one response; keys must not overlap",
        ),
        (
            {"0": {"Return": 1}, "1" * 30: {"Return": 2}},
            f"{WHERE} has key '{'1' * 30}': attempt numbers have at most 18 digits",
        ),
    ],
)
def test_mock_attempt_keys_are_checked(keys: dict[str, Any], message: str) -> None:
    with pytest.raises(ExecutionSetupError) as info:
        load_mock_config(mock_config(keys))
    assert str(info.value) == message


def test_a_huge_attempt_range_takes_no_memory() -> None:
    config = load_mock_config(
        mock_config({"0": {"Throw": {"Error": "Busy"}}, "1-999999999": {"Return": {"ok": 1}}})
    )
    responses = config.responses["ChargeOk"]
    assert len(responses) == 1_000_000_000
    assert [type(r).__name__ for r in responses] == ["MockError", "InvokeResponse"]
    assert responses[999_999_999] is responses[1]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"MockedResponses": {"R": {"0": {"Return": NaN}}}}',
            "is not valid JSON: NaN is not a JSON value (JSON has no NaN or Infinity)",
        ),
        (
            '{"MockedResponses": {"R": {"0": {"Return": ' + "9" * 5000 + "}}}}",
            "holds an integer of more than 4300 digits, more than sfdsl reads (MAX_INT_DIGITS in "
            "docs/limits.md)",
        ),
    ],
)
def test_a_mock_file_json_cannot_hold_is_a_setup_error(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "mocks.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ExecutionSetupError) as info:
        load_mock_config(path)
    assert str(info.value) == f"the mock configuration {str(path)!r} {message}"


# --------------------------------------------------------------------------- NaN and the CLI


@pytest.mark.parametrize(
    ("state", "error"),
    [
        (
            {"Type": "Pass", "Parameters": {"v.$": "States.StringToJson('NaN')"}, "End": True},
            "States.IntrinsicFailure",
        ),
        (
            {"Type": "Pass", "Output": "{% $number('NaN') %}", "End": True},
            "States.QueryEvaluationError",
        ),
    ],
)
def test_sfdsl_run_prints_valid_json_where_a_value_would_be_nan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, state: dict[str, Any], error: str
) -> None:
    from typer.testing import CliRunner

    from sfdsl.cli import app

    machine: dict[str, Any] = {"StartAt": "S", "States": {"S": state}}
    if "Output" in state:
        machine["QueryLanguage"] = "JSONata"
    (tmp_path / "m.asl.json").write_text(json.dumps(machine), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["run", "m.asl.json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout, parse_constant=pytest.fail)
    assert (printed["status"], printed["error"]) == ("FAILED", error)


def test_sfdsl_run_refuses_a_mock_file_with_nan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from sfdsl.cli import app

    machine = {
        "StartAt": "T",
        "States": {"T": {"Type": "Task", "Resource": INVOKE, "End": True}},
    }
    (tmp_path / "m.asl.json").write_text(json.dumps(machine), encoding="utf-8")
    (tmp_path / "mocks.json").write_text(
        '{"StateMachines": {"m": {"TestCases": {"T1": {"T": "R"}}}},'
        ' "MockedResponses": {"R": {"0": {"Return": {"Payload": NaN}}}}}',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        app, ["run", "m.asl.json", "--mocks", "mocks.json", "--test-case", "T1"]
    )
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("error: the mock configuration 'mocks.json': NaN is not")
