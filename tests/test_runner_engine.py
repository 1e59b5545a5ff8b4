"""The local interpreter's semantics: data flow, Choice, Wait, Retry/Catch, timeouts, Map, Parallel."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sfdsl._runner import (
    TRANSITION_LIMIT_ERROR,
    Delayed,
    MockError,
    run,
    test_state,
)
from sfdsl.errors import ExecutionSetupError

SNS = "arn:aws:states:::sns:publish"
FN = "arn:aws:lambda:us-east-1:111111111111:function:f"


def machine(*states: tuple[str, dict[str, Any]], **top: Any) -> dict[str, Any]:
    """A machine whose states run in the order given (the last one ends)."""
    out: dict[str, Any] = {"StartAt": states[0][0], "States": {}, **top}
    for i, (name, state) in enumerate(states):
        state = dict(state)
        if state["Type"] not in ("Choice", "Succeed", "Fail") and "Next" not in state:
            if i + 1 < len(states):
                state["Next"] = states[i + 1][0]
            else:
                state["End"] = True
        out["States"][name] = state
    return out


@pytest.mark.parametrize(
    ("state", "data", "expected"),
    [
        ({"Type": "Pass"}, {"a": 1}, {"a": 1}),
        ({"Type": "Pass", "Result": {"r": 1}}, {"a": 1}, {"r": 1}),
        ({"Type": "Pass", "Result": 5, "ResultPath": "$.r"}, {"a": 1}, {"a": 1, "r": 5}),
        ({"Type": "Pass", "Result": 5, "ResultPath": "$.x.y"}, {"a": 1}, {"a": 1, "x": {"y": 5}}),
        ({"Type": "Pass", "Result": 5, "ResultPath": None}, {"a": 1}, {"a": 1}),
        ({"Type": "Pass", "InputPath": "$.a"}, {"a": {"b": 2}}, {"b": 2}),
        ({"Type": "Pass", "InputPath": None}, {"a": 1}, {}),
        ({"Type": "Pass", "OutputPath": None}, {"a": 1}, {}),
        ({"Type": "Pass", "OutputPath": "$.a"}, {"a": 1}, 1),
        ({"Type": "Pass", "Parameters": {"x.$": "$.a", "k": "v"}}, {"a": 1}, {"x": 1, "k": "v"}),
        (
            {"Type": "Pass", "Parameters": {"all.$": "$.l[*].n"}},
            {"l": [{"n": 1}, {"n": 2}]},
            {"all": [1, 2]},
        ),
        (
            {"Type": "Pass", "Parameters": {"s.$": "States.Format('hi {}', $.a)"}},
            {"a": "bo"},
            {"s": "hi bo"},
        ),
        ({"Type": "Pass", "Parameters": {"n.$": "$$.State.Name"}}, {}, {"n": "S"}),
        (
            {
                "Type": "Pass",
                "QueryLanguage": "JSONata",
                "Output": {"n": "{% $states.input.a + 1 %}"},
            },
            {"a": 1},
            {"n": 2},
        ),
    ],
)
def test_input_output_processing(state: dict[str, Any], data: Any, expected: Any) -> None:
    result = run(machine(("S", state)), data)
    assert result.to_json_dict() == {"status": "SUCCEEDED", "output": expected}


def test_task_result_selector_result_path_output_path_in_order() -> None:
    task = {
        "Type": "Task",
        "Resource": FN,
        "InputPath": "$.order",
        "Parameters": {"id.$": "$.id"},
        "ResultSelector": {"total.$": "$.sum"},
        "ResultPath": "$.price",
        "OutputPath": "$.price",
    }
    seen: list[Any] = []

    def charge(event: Any) -> Any:
        seen.append(event)
        return {"sum": 42, "noise": True}

    result = run(machine(("Price", task)), {"order": {"id": 7}}, mocks={"Price": charge})
    assert seen == [{"id": 7}]
    assert result.output == {"total": 42}


def test_variables_are_assigned_after_the_output_is_computed() -> None:
    m = machine(
        ("A", {"Type": "Pass", "Assign": {"x": 1}}),
        ("B", {"Type": "Pass", "Assign": {"x": 2}, "Parameters": {"old.$": "$x"}}),
        ("C", {"Type": "Pass", "Parameters": {"new.$": "$x", "prev.$": "$.old"}}),
    )
    assert run(m).output == {"new": 2, "prev": 1}


def test_inner_scopes_read_outer_variables_and_do_not_leak() -> None:
    inner = {"Type": "Pass", "Assign": {"inner": 1}, "Parameters": {"x.$": "$x"}, "End": True}
    m = machine(
        ("Init", {"Type": "Pass", "Assign": {"x": 10}}),
        ("Each", {"Type": "Map", "ItemProcessor": {"StartAt": "In", "States": {"In": inner}}}),
        ("After", {"Type": "Pass", "Parameters": {"inner.$": "$inner"}}),
    )
    result = run(m, [1, 2])
    assert result.path == ["Init", "Each", "In", "In", "After"]
    assert result.events("MapStateExited")[0].details["output"] == [{"x": 10}, {"x": 10}]
    assert (result.error, result.cause) == (
        "States.Runtime",
        "An error occurred while executing the state 'After' (entered at the event id #16). "
        "The JSONPath '$inner' specified for the field 'inner.$' could not be found in the input "
        '\'[{"x":10},{"x":10}]\'',
    )


@pytest.mark.parametrize(
    ("rule", "data", "matched"),
    [
        ({"Variable": "$.v", "StringEquals": "a"}, {"v": "a"}, True),
        ({"Variable": "$.v", "StringEquals": "a"}, {"v": 1}, False),
        ({"Variable": "$.v", "StringLessThan": "b"}, {"v": "a"}, True),
        ({"Variable": "$.v", "StringMatches": "log-*.txt"}, {"v": "log-1.txt"}, True),
        ({"Variable": "$.v", "StringMatches": "a\\*"}, {"v": "ab"}, False),
        ({"Variable": "$.v", "NumericEquals": 1}, {"v": 1.0}, True),
        ({"Variable": "$.v", "NumericEquals": 1}, {"v": True}, False),
        ({"Variable": "$.v", "NumericGreaterThanEqualsPath": "$.w"}, {"v": 2, "w": 2}, True),
        ({"Variable": "$.v", "BooleanEquals": True}, {"v": True}, True),
        (
            {"Variable": "$.v", "TimestampLessThan": "2024-01-02T00:00:00Z"},
            {"v": "2024-01-01T23:00:00-02:00"},
            False,
        ),
        (
            {"Variable": "$.v", "TimestampEquals": "2024-01-01T00:00:00Z"},
            {"v": "2024-01-01T01:00:00+01:00"},
            True,
        ),
        ({"Variable": "$.v", "IsNull": True}, {"v": None}, True),
        ({"Variable": "$.v", "IsPresent": False}, {}, True),
        ({"Variable": "$.v", "IsNumeric": True}, {"v": "1"}, False),
        ({"Variable": "$.v", "IsTimestamp": True}, {"v": "2024-01-01T00:00:00Z"}, True),
        (
            {
                "And": [
                    {"Variable": "$.v", "IsString": True},
                    {"Not": {"Variable": "$.v", "StringEquals": "x"}},
                ]
            },
            {"v": "y"},
            True,
        ),
        (
            {
                "Or": [
                    {"Variable": "$.v", "IsBoolean": True},
                    {"Variable": "$.v", "NumericLessThan": 0},
                ]
            },
            {"v": 3},
            False,
        ),
    ],
)
def test_choice_operators(rule: dict[str, Any], data: Any, matched: bool) -> None:
    choice = {"Type": "Choice", "Choices": [{**rule, "Next": "Yes"}], "Default": "No"}
    m = {
        "StartAt": "C",
        "States": {"C": choice, "Yes": {"Type": "Succeed"}, "No": {"Type": "Succeed"}},
    }
    assert run(m, data).path == ["C", "Yes" if matched else "No"]


def test_choice_on_a_missing_path_fails_with_states_runtime() -> None:
    m = {
        "StartAt": "C",
        "States": {
            "C": {
                "Type": "Choice",
                "Choices": [{"Variable": "$.x", "StringEquals": "a", "Next": "D"}],
                "Default": "D",
            },
            "D": {"Type": "Succeed"},
        },
    }
    assert run(m, {}).to_json_dict() == {
        "status": "FAILED",
        "error": "States.Runtime",
        "cause": "An error occurred while executing the state 'C' (entered at the event id #2). "
        "Invalid path '$.x': The choice state's condition path references an invalid value.",
    }


def test_choice_without_match_or_default_fails() -> None:
    m = {
        "StartAt": "C",
        "States": {
            "C": {
                "Type": "Choice",
                "Choices": [{"Variable": "$.x", "IsPresent": True, "Next": "D"}],
            },
            "D": {"Type": "Succeed"},
        },
    }
    result = run(m, {})
    assert (result.status, result.error) == ("FAILED", "States.NoChoiceMatched")


@pytest.mark.parametrize(
    ("wait", "data", "seconds"),
    [
        ({"Seconds": 300}, {}, 300),
        ({"SecondsPath": "$.s"}, {"s": 42}, 42),
        ({"Timestamp": "2024-01-01T01:00:00Z"}, {}, 3600),
        ({"TimestampPath": "$.t"}, {"t": "2024-01-01T00:00:30+00:00"}, 30),
        ({"Timestamp": "2023-01-01T00:00:00Z"}, {}, 0),
    ],
)
def test_wait_advances_the_virtual_clock(wait: dict[str, Any], data: Any, seconds: int) -> None:
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    result = run(machine(("W", {"Type": "Wait", **wait})), data, start_time=start)
    assert result.succeeded
    assert result.duration == timedelta(seconds=seconds)
    exited = result.events("WaitStateExited")[0]
    assert exited.timestamp == start + timedelta(seconds=seconds)


def test_wait_seconds_path_negative_fails_with_the_service_cause() -> None:
    result = run(machine(("W", {"Type": "Wait", "SecondsPath": "$.s"})), {"s": -1})
    assert result.cause == (
        "An error occurred while executing the state 'W' (entered at the event id #2). "
        "The SecondsPath parameter references a negative value: $.s == -1"
    )


def test_retry_backoff_is_virtual_and_capped() -> None:
    retry = {
        "ErrorEquals": ["Busy"],
        "IntervalSeconds": 2,
        "BackoffRate": 3,
        "MaxAttempts": 3,
        "MaxDelaySeconds": 10,
    }
    m = machine(("T", {"Type": "Task", "Resource": SNS, "Retry": [retry]}))
    busy = MockError("Busy")
    result = run(m, {}, mocks={"T": (busy, busy, busy, {"MessageId": "m-1"})})
    assert result.output == {"MessageId": "m-1"}
    # 2 + 6 + min(18, 10)
    assert result.duration == timedelta(seconds=18)
    assert [e.type for e in result.history].count("TaskFailed") == 3


@pytest.mark.parametrize(
    ("error_equals", "error", "retried"),
    [
        (["States.ALL"], "Any.Error", True),
        (["States.TaskFailed"], "Any.Error", True),
        (["States.TaskFailed"], "States.Timeout", False),
        (["States.ALL"], "States.Timeout", True),
        (["Other"], "Any.Error", False),
    ],
)
def test_retry_error_matching(error_equals: list[str], error: str, retried: bool) -> None:
    m = machine(
        (
            "T",
            {
                "Type": "Task",
                "Resource": SNS,
                "Retry": [{"ErrorEquals": error_equals, "MaxAttempts": 1}],
            },
        )
    )
    result = run(m, {}, mocks={"T": (MockError(error), {"MessageId": "m-1"})})
    assert result.succeeded is retried


def test_states_runtime_is_never_caught() -> None:
    task = {
        "Type": "Task",
        "Resource": SNS,
        "OutputPath": "$.missing",
        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "C"}],
    }
    m = {"StartAt": "T", "States": {"T": {**task, "End": True}, "C": {"Type": "Succeed"}}}
    result = run(m, {}, mocks={"T": {}})
    assert (result.error, result.cause) == (
        "States.Runtime",
        "An error occurred while executing the state 'T' (entered at the event id #2). "
        "Invalid path '$.missing' : No results for path: $['missing']",
    )


def test_catch_result_path_and_assign() -> None:
    catch = {
        "ErrorEquals": ["States.ALL"],
        "ResultPath": "$.err",
        "Assign": {"why.$": "$.Cause"},
        "Next": "C",
    }
    m = {
        "StartAt": "T",
        "States": {
            "T": {"Type": "Task", "Resource": SNS, "Catch": [catch], "End": True},
            "C": {"Type": "Pass", "Parameters": {"why.$": "$why", "in.$": "$"}, "End": True},
        },
    }
    result = run(m, {"a": 1}, mocks={"T": MockError("E", "because")})
    assert result.output == {
        "why": "because",
        "in": {"a": 1, "err": {"Error": "E", "Cause": "because"}},
    }


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [(3, "SUCCEEDED"), (7, "States.HeartbeatTimeout"), (12, "States.HeartbeatTimeout")],
)
def test_task_timeouts_with_delayed_mocks(seconds: int, expected: str) -> None:
    m = machine(
        ("T", {"Type": "Task", "Resource": SNS, "TimeoutSeconds": 10, "HeartbeatSeconds": 5})
    )
    result = run(m, {}, mocks={"T": Delayed({}, seconds=seconds)})
    assert (result.status if result.succeeded else result.error) == expected


def test_task_timeout_path() -> None:
    m = machine(("T", {"Type": "Task", "Resource": SNS, "TimeoutSecondsPath": "$.t"}))
    result = run(m, {"t": 5}, mocks={"T": Delayed({}, seconds=6)})
    assert (result.error, result.duration) == ("States.Timeout", timedelta(seconds=5))


def test_machine_timeout_stops_the_run() -> None:
    result = run(machine(("W", {"Type": "Wait", "Seconds": 300}), TimeoutSeconds=60))
    assert (result.status, result.error, result.duration) == (
        "TIMED_OUT",
        "States.Timeout",
        timedelta(seconds=60),
    )


def test_transition_limit_aborts_runaway_loops() -> None:
    loop = {
        "Type": "Choice",
        "Choices": [{"Variable": "$.stop", "IsPresent": True, "Next": "Done"}],
        "Default": "A",
    }
    machine_asl = {"StartAt": "A", "States": {"A": loop, "Done": {"Type": "Succeed"}}}
    result = run(machine_asl, max_transitions=5)
    assert (result.status, result.error, len(result.path)) == ("ABORTED", TRANSITION_LIMIT_ERROR, 5)


def test_parallel_outputs_in_branch_order_and_fails_with_the_branch_error() -> None:
    def branch(name: str, state: dict[str, Any]) -> dict[str, Any]:
        return {
            "StartAt": name,
            "States": {name: {**state, "End": True} if state["Type"] == "Pass" else state},
        }

    ok = machine(
        (
            "P",
            {
                "Type": "Parallel",
                "Branches": [
                    branch("A", {"Type": "Pass", "Result": 1}),
                    branch("B", {"Type": "Pass", "Result": 2}),
                ],
            },
        )
    )
    assert run(ok).output == [1, 2]
    bad = machine(
        (
            "P",
            {
                "Type": "Parallel",
                "Branches": [
                    branch("A", {"Type": "Pass"}),
                    branch("F", {"Type": "Fail", "Error": "X", "Cause": "y"}),
                ],
            },
        )
    )
    assert run(bad).to_json_dict() == {"status": "FAILED", "error": "X", "cause": "y"}


def test_map_item_selector_with_context() -> None:
    m = machine(
        (
            "M",
            {
                "Type": "Map",
                "ItemsPath": "$.items",
                "ItemSelector": {
                    "i.$": "$$.Map.Item.Index",
                    "v.$": "$$.Map.Item.Value",
                    "k.$": "$.k",
                },
                "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": True}}},
            },
        )
    )
    assert run(m, {"items": ["a", "b"], "k": 0}).output == [
        {"i": 0, "v": "a", "k": 0},
        {"i": 1, "v": "b", "k": 0},
    ]


def test_map_tolerated_failures_and_batches() -> None:
    processor = {
        "StartAt": "C",
        "States": {
            "C": {
                "Type": "Choice",
                "Choices": [{"Variable": "$", "NumericEquals": 2, "Next": "F"}],
                "Default": "P",
            },
            "P": {"Type": "Pass", "End": True},
            "F": {"Type": "Fail", "Error": "Two"},
        },
    }
    tolerant = machine(
        ("M", {"Type": "Map", "ToleratedFailureCount": 1, "ItemProcessor": processor})
    )
    assert run(tolerant, [1, 2, 3]).output == [1, {"Error": "Two"}, 3]
    strict = machine(("M", {"Type": "Map", "ItemProcessor": processor}))
    assert run(strict, [1, 2, 3]).error == "Two"
    exceeded = machine(
        ("M", {"Type": "Map", "ToleratedFailurePercentage": 10, "ItemProcessor": processor})
    )
    assert run(exceeded, [1, 2, 3]).error == "States.ExceedToleratedFailureThreshold"
    batched = machine(
        (
            "M",
            {
                "Type": "Map",
                "ItemBatcher": {"MaxItemsPerBatch": 2, "BatchInput": {"b": 1}},
                "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": True}}},
            },
        )
    )
    assert run(batched, [1, 2, 3]).output == [
        {"Items": [1, 2], "BatchInput": {"b": 1}},
        {"Items": [3], "BatchInput": {"b": 1}},
    ]


def test_distributed_map_reads_items_from_the_item_reader_mock() -> None:
    m = machine(
        (
            "M",
            {
                "Type": "Map",
                "ItemReader": {
                    "Resource": "arn:aws:states:::s3:getObject",
                    "ReaderConfig": {"InputType": "JSON", "MaxItems": 2},
                },
                "ItemProcessor": {
                    "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "P",
                    "States": {"P": {"Type": "Pass", "End": True}},
                },
            },
        )
    )
    result = run(m, {}, mocks={"M": [{"id": 1}, {"id": 2}, {"id": 3}]})
    assert result.output == [{"id": 1}, {"id": 2}]
    assert [e.type for e in result.history][2:5] == [
        "MapStateStarted",
        "MapRunStarted",
        "MapRunSucceeded",
    ]


def test_history_names_events_like_the_service() -> None:
    m = machine(("T", {"Type": "Task", "Resource": FN}), ("W", {"Type": "Wait", "Seconds": 5}))
    result = run(m, {}, mocks={"T": 1})
    assert [(e.id, e.previous_event_id, e.type) for e in result.history] == [
        (1, 0, "ExecutionStarted"),
        (2, 0, "TaskStateEntered"),
        (3, 2, "LambdaFunctionScheduled"),
        (4, 3, "LambdaFunctionStarted"),
        (5, 4, "LambdaFunctionSucceeded"),
        (6, 5, "TaskStateExited"),
        (7, 6, "WaitStateEntered"),
        (8, 7, "WaitStateExited"),
        (9, 8, "ExecutionSucceeded"),
    ]
    event = result.history[5].to_json_dict()
    assert event["stateExitedEventDetails"] == {"name": "T", "output": "1"}


def test_fail_state_paths_and_jsonata() -> None:
    by_path = machine(
        ("F", {"Type": "Fail", "ErrorPath": "$.e", "CausePath": "States.Format('c={}', $.c)"})
    )
    assert run(by_path, {"e": "E", "c": 1}).to_json_dict() == {
        "status": "FAILED",
        "error": "E",
        "cause": "c=1",
    }
    jsonata = machine(
        ("F", {"Type": "Fail", "QueryLanguage": "JSONata", "Error": "{% $states.input.e %}"})
    )
    assert run(jsonata, {"e": "E"}).to_json_dict() == {
        "status": "FAILED",
        "error": "E",
        "cause": None,
    }


def test_jsonata_undefined_result_fails_with_the_service_cause() -> None:
    m = machine(("S", {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $nothing %}"}))
    assert run(m).to_json_dict() == {
        "status": "FAILED",
        "error": "States.QueryEvaluationError",
        "cause": "An error occurred while executing the state 'S' (entered at the event id #2). "
        "The JSONata expression '$nothing' specified for the field 'Output' returned nothing (undefined).",
    }


@pytest.mark.parametrize(
    ("kwargs", "status", "next_state", "output"),
    [
        ({"mocks": {"T": {"MessageId": "m-1"}}}, "SUCCEEDED", "Next", {"MessageId": "m-1"}),
        ({"mocks": {"T": MockError("Busy")}}, "RETRIABLE", None, None),
        (
            {"mocks": {"T": MockError("Fatal", "x")}},
            "CAUGHT_ERROR",
            "Handle",
            {"Error": "Fatal", "Cause": "x"},
        ),
    ],
)
def test_test_state_like_the_test_state_api(
    kwargs: dict[str, Any], status: str, next_state: str | None, output: Any
) -> None:
    task = {
        "Type": "Task",
        "Resource": SNS,
        "Next": "Next",
        "Retry": [{"ErrorEquals": ["Busy"]}],
        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Handle"}],
    }
    result = test_state(task, "T", {}, **kwargs)
    assert (result.status, result.next_state, result.output) == (status, next_state, output)


def test_test_state_finds_nested_states_and_uses_variables() -> None:
    m = machine(
        (
            "M",
            {
                "Type": "Map",
                "ItemProcessor": {
                    "StartAt": "Inner",
                    "States": {"Inner": {"Type": "Pass", "Parameters": {"v.$": "$v"}, "End": True}},
                },
            },
        )
    )
    result = test_state(m, "Inner", {}, variables={"v": 3})
    assert (result.status, result.output) == ("SUCCEEDED", {"v": 3})


@pytest.mark.parametrize(
    ("machine_arg", "message"),
    [
        ("not json", "the state machine is not valid JSON"),
        (
            42,
            "machine must be a StateMachine, an ASL dict, JSON text or a path to an ASL file, got int",
        ),
        (
            {"StartAt": "X", "States": {}},
            "StartAt names 'X', which is not a state; states are ",
        ),
        (
            {"StartAt": "A", "States": {"A": {"Type": "Nope"}}},
            "state 'A' has Type 'Nope'; expected one of Pass, Choice",
        ),
    ],
)
def test_unusable_machines_raise_execution_setup_error(machine_arg: Any, message: str) -> None:
    with pytest.raises(ExecutionSetupError) as info:
        run(machine_arg, validate=False)
    assert str(info.value).startswith(message)


def test_a_task_without_a_mock_is_a_setup_error() -> None:
    with pytest.raises(ExecutionSetupError) as info:
        run(machine(("T", {"Type": "Task", "Resource": SNS})))
    assert str(info.value) == (
        "no mock for task state 'T' (resource 'arn:aws:states:::sns:publish'); "
        "add one by state name, e.g. mocks={'T': {...}}, or by resource"
    )


def test_machine_from_a_file_and_from_to_asl(tmp_path: Any) -> None:
    asl = machine(("A", {"Type": "Pass", "Result": 1}))
    path = tmp_path / "m.yaml"
    path.write_text("StartAt: A\nStates:\n  A: {Type: Pass, Result: 1, End: true}\n")

    class Model:
        def to_asl(self) -> dict[str, Any]:
            return asl

    assert run(path).output == 1
    assert run(Model()).output == 1


@given(st.lists(st.integers(), max_size=20))
def test_map_over_pass_is_the_identity(items: list[int]) -> None:
    m = machine(
        (
            "M",
            {
                "Type": "Map",
                "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": True}}},
            },
        )
    )
    result = run(m, items)
    assert result.output == items
    assert result.path == ["M"] + ["P"] * len(items)


CORPUS_CAUSE_PREFIX = (
    "An error occurred while executing the state 'W' (entered at the event id #2). "
)


@pytest.mark.parametrize(
    "value",
    [
        "2016-13-05T21:29:29Z",
        "05-12-2016T21:29:29Z",
        "2016-12-05T25:29:29Z",
        "2016-12-05 21:29:29Z",
        "2016-12-05T21:29:29",
    ],
)
@pytest.mark.parametrize(
    ("wait", "error", "message"),
    [
        (
            {"TimestampPath": "$.TimestampValue"},
            "States.Runtime",
            "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: $.TimestampValue == {}",
        ),
        (
            {"QueryLanguage": "JSONata", "Timestamp": "{% $states.input.TimestampValue %}"},
            "States.QueryEvaluationError",
            "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: {}",
        ),
    ],
)
def test_invalid_wait_timestamps_fail_like_the_recorded_cases(
    value: str, wait: dict[str, Any], error: str, message: str
) -> None:
    # The corpus cases scenarios__test_wait_timestamp_* lost these values to a placeholder;
    # the expected causes are AWS's, from those cases' expected.json.
    result = run(machine(("W", {"Type": "Wait", **wait})), {"TimestampValue": value})
    assert (result.error, result.cause) == (error, CORPUS_CAUSE_PREFIX + message.format(value))


@pytest.mark.parametrize(
    ("resource", "loads_cfn"),
    [
        ('"arn:aws:states:::lambda:invoke"', False),
        ('Placeholder("Fn", "arn:aws:states:::lambda:invoke")', False),
    ],
)
def test_a_python_machine_runs_without_cloudformation_even_with_placeholders(
    resource: str, loads_cfn: bool
) -> None:
    """Placeholder values are collected without sfdsl.cfn or troposphere."""
    code = (
        "import sys\n"
        "from sfdsl import Placeholder, StateMachine, Task, run\n"
        f"machine = StateMachine(Task('T', resource={resource}, parameters={{'FunctionName': 'f'}}))\n"
        "result = run(machine, {}, mocks={'T': {'Payload': 1}})\n"
        "print(result.status, 'sfdsl.cfn' in sys.modules, 'troposphere' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout == f"SUCCEEDED {loads_cfn} {loads_cfn}\n"
