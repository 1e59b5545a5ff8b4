"""The runner's payload limit, timeout error matching, ItemBatcher limits and mocks of unknown states."""

from __future__ import annotations

from typing import Any

import pytest

from sfdsl._runner import Delayed, MockError, load_mock_config, run
from sfdsl.errors import ExecutionSetupError

INVOKE = "arn:aws:states:::lambda:invoke"
FN = "arn:aws:lambda:us-east-1:111111111111:function:f"
# 140,000 two-byte characters: 280,002 bytes of UTF-8, over the 262,144-byte limit.
BIG = "é" * 140_000
# 100,000 two-byte characters: under the limit.
LARGE_BUT_FINE = "é" * 100_000


def task_with_catch(resource: str, error_equals: list[str] | None) -> dict[str, Any]:
    task: dict[str, Any] = {"Type": "Task", "Resource": resource, "End": True}
    states: dict[str, Any] = {"Invoke": task}
    if error_equals is not None:
        task["Catch"] = [{"ErrorEquals": error_equals, "Next": "Handle"}]
        states["Handle"] = {"Type": "Pass", "End": True}
    return {"StartAt": "Invoke", "States": states}


@pytest.mark.parametrize(
    ("resource", "error_equals", "named"),
    [
        (INVOKE, ["States.ALL"], "lambda"),
        (INVOKE, ["States.DataLimitExceeded"], "lambda"),
        (FN, ["States.DataLimitExceeded"], FN),
    ],
)
def test_a_task_result_over_the_limit_is_a_task_failure_that_catch_handles(
    resource: str, error_equals: list[str], named: str
) -> None:
    # As recorded against the service: the task fails with States.DataLimitExceeded, and a
    # Catch on it (or on States.ALL) handles it.
    result = run(task_with_catch(resource, error_equals), {}, mocks={"Invoke": {"Payload": BIG}})
    cause = (
        f"The state/task '{named}' returned a result with a size exceeding the maximum "
        "number of bytes service limit."
    )
    assert result.output == {"Error": "States.DataLimitExceeded", "Cause": cause}
    failed = next(e for e in result.history if e.type.endswith("Failed"))
    assert (failed.details["error"], failed.details["cause"]) == ("States.DataLimitExceeded", cause)


def test_a_task_result_under_the_limit_passes() -> None:
    response = {"StatusCode": 200, "Payload": LARGE_BUT_FINE}
    result = run(task_with_catch(INVOKE, None), {}, mocks={"Invoke": response})
    assert result.output == response


def test_a_state_output_over_the_limit_fails_the_execution() -> None:
    machine = {
        "StartAt": "Build",
        "States": {"Build": {"Type": "Pass", "Result": BIG, "End": True}},
    }
    result = run(machine, {})
    assert (result.status, result.error, result.cause) == (
        "FAILED",
        "States.DataLimitExceeded",
        "The state/task 'Build' returned a result with a size exceeding the maximum number of "
        "bytes service limit.",
    )


def test_a_task_input_over_the_limit_after_parameters_is_not_caught() -> None:
    machine = task_with_catch(INVOKE, ["States.ALL"])
    machine["States"]["Invoke"]["Parameters"] = {"a.$": "$.s", "b.$": "$.s"}
    result = run(machine, {"s": "a" * 140_000}, mocks={"Invoke": {"StatusCode": 200, "Payload": 1}})
    assert (result.status, result.error, result.cause) == (
        "FAILED",
        "States.DataLimitExceeded",
        "The input of the state 'Invoke' after InputPath and Parameters is larger than the "
        "262144-byte payload limit.",
    )
    assert "TaskScheduled" not in [e.type for e in result.history]


def test_a_branch_output_over_the_limit_is_not_tolerated_by_a_map() -> None:
    machine = {
        "StartAt": "Each",
        "States": {
            "Each": {
                "Type": "Map",
                "ToleratedFailurePercentage": 100,
                "ItemProcessor": {
                    "StartAt": "Grow",
                    "States": {"Grow": {"Type": "Pass", "Result": BIG, "End": True}},
                },
                "End": True,
            }
        },
    }
    assert run(machine, [1]).error == "States.DataLimitExceeded"


@pytest.mark.parametrize(
    ("error_equals", "retried"),
    [
        (["States.Timeout"], True),  # the ASL spec: a missed heartbeat is a States.Timeout
        (["States.HeartbeatTimeout"], True),
        (["States.TaskFailed"], False),  # TaskFailed matches no timeout
        (["States.ALL"], True),
    ],
)
def test_a_missed_heartbeat_matches_states_timeout(error_equals: list[str], retried: bool) -> None:
    task = {
        "Type": "Task",
        "Resource": INVOKE,
        "HeartbeatSeconds": 5,
        "TimeoutSeconds": 100,
        "Retry": [{"ErrorEquals": error_equals, "MaxAttempts": 1, "IntervalSeconds": 1}],
        "End": True,
    }
    result = run(
        {"StartAt": "T", "States": {"T": task}},
        {},
        mocks={"T": (Delayed({}, seconds=10), {"StatusCode": 200, "Payload": 1})},
    )
    assert (result.output if retried else result.error) == (
        {"StatusCode": 200, "Payload": 1} if retried else "States.HeartbeatTimeout"
    )


def batched_map(batcher: dict[str, Any], query_language: str = "JSONPath") -> dict[str, Any]:
    each: dict[str, Any] = {
        "Type": "Map",
        "ItemBatcher": batcher,
        "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": True}}},
        "End": True,
    }
    if query_language == "JSONata":
        each["Items"] = "{% $states.input.items %}"
    else:
        each["ItemsPath"] = "$.items"
    return {"QueryLanguage": query_language, "StartAt": "Each", "States": {"Each": each}}


@pytest.mark.parametrize(
    ("value", "shown"),
    [(0, "0"), (-1, "-1"), ("x", "x"), (1.5, "1.5")],
)
def test_max_items_per_batch_path_must_be_a_positive_integer(value: Any, shown: str) -> None:
    result = run(batched_map({"MaxItemsPerBatchPath": "$.n"}), {"items": [1, 2, 3], "n": value})
    assert (result.error, result.cause) == (
        "States.Runtime",
        "An error occurred while executing the state 'Each' (entered at the event id #2). "
        f'The ItemBatcher MaxItemsPerBatchPath field refers to value "{shown}" which is not a '
        "positive integer: $.n",
    )


def test_max_items_per_batch_path_reads_a_number_in_text() -> None:
    result = run(batched_map({"MaxItemsPerBatchPath": "$.n"}), {"items": [1, 2, 3], "n": "2"})
    assert result.output == [{"Items": [1, 2]}, {"Items": [3]}]


def test_jsonata_item_batcher_evaluates_its_expressions() -> None:
    batcher = {
        "MaxItemsPerBatch": "{% $states.input.n %}",
        "BatchInput": {"source": "{% $states.input.source %}"},
    }
    data = {"items": [1, 2, 3], "n": 2, "source": "s3"}
    result = run(batched_map(batcher, "JSONata"), data)
    assert result.output == [
        {"Items": [1, 2], "BatchInput": {"source": "s3"}},
        {"Items": [3], "BatchInput": {"source": "s3"}},
    ]
    failed = run(batched_map(batcher, "JSONata"), {**data, "n": 0})
    assert (failed.error, failed.cause) == (
        "States.QueryEvaluationError",
        "An error occurred while executing the state 'Each' (entered at the event id #2). "
        "The ItemBatcher MaxItemsPerBatch field must be a positive integer, got 0",
    )


def test_max_concurrency_path_cannot_be_negative() -> None:
    machine = {
        "StartAt": "Each",
        "States": {
            "Each": {
                "Type": "Map",
                "MaxConcurrencyPath": "$.limit",
                "ItemsPath": "$.items",
                "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": True}}},
                "End": True,
            }
        },
    }
    assert run(machine, {"items": [1], "limit": 0}).output == [1]
    result = run(machine, {"items": [1], "limit": -1})
    assert (result.error, result.cause) == (
        "States.Runtime",
        "An error occurred while executing the state 'Each' (entered at the event id #2). "
        "MaxConcurrency cannot be negative; use 0 for no limit.",
    )


NESTED = {
    "StartAt": "Fan",
    "States": {
        "Fan": {
            "Type": "Parallel",
            "Branches": [
                {
                    "StartAt": "Charge",
                    "States": {"Charge": {"Type": "Task", "Resource": INVOKE, "End": True}},
                }
            ],
            "End": True,
        }
    },
}


def test_a_mock_for_a_state_the_machine_does_not_have_is_an_error() -> None:
    with pytest.raises(ExecutionSetupError) as info:
        run(NESTED, {}, mocks={"Charge": 1, "Chrage": 2})
    assert str(info.value) == (
        "the mocks name a state that the state machine does not have: 'Chrage' (did you mean "
        "'Charge'?); its states are 'Fan', 'Charge' (mock a task by its state name, or by its "
        "resource with a key starting with 'arn:')"
    )


def test_a_mock_file_test_case_with_a_misspelt_state_is_reported() -> None:
    config = load_mock_config(
        {
            "StateMachines": {"M": {"TestCases": {"Typo": {"Chrage": "Ok"}}}},
            "MockedResponses": {"Ok": {"0": {"Return": {"Payload": 1}}}},
        }
    )
    with pytest.raises(ExecutionSetupError, match=r"'Chrage' \(did you mean 'Charge'\?\)"):
        run(NESTED, {}, mocks=config.mocks_for("Typo"))


def test_mock_file_attempt_ranges_and_a_throw_without_cause() -> None:
    config = load_mock_config(
        {
            "StateMachines": {"M": {"TestCases": {"Flaky": {"Charge": "Flaky"}}}},
            "MockedResponses": {
                "Flaky": {
                    "0-1": {"Throw": {"Error": "Lambda.ServiceException"}},
                    "2": {"Return": {"StatusCode": 200, "Payload": {"paid": True}}},
                }
            },
        }
    )
    task = {
        "Type": "Task",
        "Resource": FN,
        "Retry": [{"ErrorEquals": ["Lambda.ServiceException"], "MaxAttempts": 2}],
        "End": True,
    }
    result = run(
        {"StartAt": "Charge", "States": {"Charge": task}}, {}, mocks=config.mocks_for("Flaky")
    )
    assert result.output == {"paid": True}
    failures = [e.details for e in result.history if e.type == "LambdaFunctionFailed"]
    assert failures == [{"error": "Lambda.ServiceException"}] * 2


def test_a_catch_of_a_mock_error_without_cause_has_no_cause_key() -> None:
    result = run(task_with_catch(INVOKE, ["States.ALL"]), {}, mocks={"Invoke": MockError("E")})
    assert result.output == {"Error": "E"}
