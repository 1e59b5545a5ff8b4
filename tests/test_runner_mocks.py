"""Mocks for local runs: Python mocks, Lambda handlers and the Step Functions Local mock format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sfdsl._runner import LambdaHandler, MockError, Mocks, load_mock_config, run
from sfdsl.errors import ExecutionSetupError

FN = "arn:aws:lambda:us-east-1:111111111111:function:f"
INVOKE = "arn:aws:states:::lambda:invoke"


def task_machine(resource: str, **extra: Any) -> dict[str, Any]:
    return {
        "StartAt": "T",
        "States": {"T": {"Type": "Task", "Resource": resource, "End": True, **extra}},
    }


@pytest.mark.parametrize(
    ("mock", "expected"),
    [
        ({"fixed": 1}, {"status": "SUCCEEDED", "output": {"fixed": 1}}),
        ([1, 2], {"status": "SUCCEEDED", "output": [1, 2]}),
        (lambda event: {"echo": event}, {"status": "SUCCEEDED", "output": {"echo": {"a": 1}}}),
        (MockError("Boom", "bad"), {"status": "FAILED", "error": "Boom", "cause": "bad"}),
        ((MockError("Boom"),), {"status": "FAILED", "error": "Boom", "cause": None}),
    ],
)
def test_mock_kinds(mock: Any, expected: dict[str, Any]) -> None:
    assert run(task_machine(FN), {"a": 1}, mocks={"T": mock}).to_json_dict() == expected


def test_a_raising_callable_fails_the_task() -> None:
    def declined(_event: Any) -> Any:
        raise MockError("Card.Declined", "expired")

    result = run(task_machine(FN), {}, mocks={"T": declined})
    assert (result.error, result.cause) == ("Card.Declined", "expired")


def test_sequences_serve_successive_attempts_and_repeat_the_last() -> None:
    retry = [
        {"ErrorEquals": ["States.ALL"], "MaxAttempts": 5, "IntervalSeconds": 1, "BackoffRate": 1}
    ]
    m = task_machine(FN, Retry=retry)
    result = run(m, {}, mocks={"T": (MockError("A"), MockError("B"), "third")})
    assert result.output == "third"
    failing = run(m, {}, mocks={"T": (MockError("A"), MockError("B"))})
    assert [e.details.get("error") for e in failing.events("LambdaFunctionFailed")] == [
        "A",
        "B",
        "B",
        "B",
        "B",
        "B",
    ]


def test_state_name_wins_over_resource() -> None:
    mocks = Mocks({"T": "by-name"}, resources={FN: "by-resource"})
    assert run(task_machine(FN), {}, mocks=mocks).output == "by-name"
    assert (
        run(task_machine(FN), {}, mocks=Mocks(resources={FN: "by-resource"})).output
        == "by-resource"
    )
    assert run(task_machine(FN), {}, mocks={FN: "by-resource"}).output == "by-resource"


@pytest.mark.parametrize(
    ("mocks", "message"),
    [
        ({"T": ()}, "mock for state 'T' is an empty tuple; give at least one response per attempt"),
        (
            {"T": ((1,),)},
            "mock for state 'T' nests a tuple in a tuple; a tuple lists one response per attempt",
        ),
    ],
)
def test_malformed_mocks(mocks: dict[str, Any], message: str) -> None:
    with pytest.raises(ExecutionSetupError) as info:
        Mocks(mocks)
    assert str(info.value) == message


def _handler(event: Any, context: Any) -> Any:
    if event.get("fail"):
        msg = "no can do"
        raise ValueError(msg)
    return {"n": event["n"] * 2, "fn": context.function_name}


@pytest.mark.parametrize(
    ("resource", "params", "expected"),
    [
        (FN, None, {"n": 4, "fn": "local-function"}),
        (
            INVOKE,
            {"FunctionName": "f", "Payload.$": "$"},
            {
                "ExecutedVersion": "$LATEST",
                "Payload": {"n": 4, "fn": "local-function"},
                "StatusCode": 200,
            },
        ),
    ],
)
def test_lambda_handlers_run_in_process(resource: str, params: Any, expected: Any) -> None:
    extra = {"Parameters": params} if params else {}
    result = run(task_machine(resource, **extra), {"n": 2}, mocks={"T": LambdaHandler(_handler)})
    assert result.output == expected


def test_a_lambda_handler_exception_becomes_the_task_error() -> None:
    result = run(task_machine(FN), {"fail": True}, mocks={"T": LambdaHandler(_handler)})
    assert result.error == "ValueError"
    assert result.cause is not None
    cause = json.loads(result.cause)
    assert (cause["errorMessage"], cause["errorType"]) == ("no can do", "ValueError")


CONFIG = {
    "StateMachines": {
        "Orders": {"TestCases": {"Happy": {"T": "Ok"}, "Flaky": {"T": "FailTwice"}}},
        "Other": {"TestCases": {"Happy": {"T": "Ok"}}},
    },
    "MockedResponses": {
        "Ok": {"0": {"Return": {"StatusCode": 200, "Payload": {"ok": True}}}},
        "FailTwice": {
            "0-1": {"Throw": {"Error": "Lambda.TooManyRequestsException", "Cause": "slow down"}},
            "2": {"Return": {"StatusCode": 200, "Payload": "finally"}},
        },
    },
}


def test_mock_config_lambda_payload_and_attempt_ranges() -> None:
    config = load_mock_config(CONFIG)
    assert run(task_machine(FN), {}, mocks=config.mocks_for("Happy", "Orders")).output == {
        "ok": True
    }
    assert run(task_machine(INVOKE), {}, mocks=config.mocks_for("Happy", "Orders")).output == {
        "StatusCode": 200,
        "Payload": {"ok": True},
    }
    retry = [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}]
    flaky = run(task_machine(FN, Retry=retry), {}, mocks=config.mocks_for("Flaky", "Orders"))
    assert flaky.output == "finally"


def test_mock_config_from_a_file(tmp_path: Path) -> None:
    path = tmp_path / "MockConfigFile.json"
    path.write_text(
        json.dumps({**CONFIG, "StateMachines": {"Orders": CONFIG["StateMachines"]["Orders"]}})
    )
    mocks = load_mock_config(path).mocks_for("Happy")
    assert run(task_machine(FN), {}, mocks=mocks).output == {"ok": True}


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda c: c.mocks_for("Happy"),
            "the mock configuration defines 2 state machines ('Orders', 'Other'); choose one with state_machine=NAME",
        ),
        (
            lambda c: c.mocks_for("Happy", "Nope"),
            "state machine 'Nope' is not in the mock configuration; it defines 'Orders', 'Other'",
        ),
        (
            lambda c: c.mocks_for("Sad", "Orders"),
            "test case 'Sad' is not defined for state machine 'Orders'; it defines 'Flaky', 'Happy'",
        ),
    ],
)
def test_mock_config_selection_errors(call: Any, message: str) -> None:
    with pytest.raises(ExecutionSetupError) as info:
        call(load_mock_config(CONFIG))
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("responses", "message"),
    [
        (
            {"R": {"1": {"Return": 1}}},
            "MockedResponses.R has no response for attempt(s) 0; attempts count from 0",
        ),
        (
            {"R": {"x": {"Return": 1}}},
            "MockedResponses.R has key 'x'; expected an attempt number such as '0' or a range such as '1-3'",
        ),
        (
            {"R": {"0": {"Oops": 1}}},
            "MockedResponses.R.0 must be an object with exactly one of 'Return' or 'Throw', got {'Oops': 1}",
        ),
        (
            {"R": {"0": {"Throw": {"Cause": "c"}}}},
            "MockedResponses.R.0.Throw must be an object with a string 'Error' (and a 'Cause'), got {'Cause': 'c'}",
        ),
    ],
)
def test_malformed_mock_configs(responses: dict[str, Any], message: str) -> None:
    with pytest.raises(ExecutionSetupError) as info:
        load_mock_config({"StateMachines": {}, "MockedResponses": responses})
    assert str(info.value) == message


def test_unreadable_mock_config(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    with pytest.raises(ExecutionSetupError) as info:
        load_mock_config(bad)
    assert str(info.value).startswith(f"the mock configuration {str(bad)!r} is not valid JSON: ")
