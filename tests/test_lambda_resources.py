"""A Lambda task gives AWS's result locally however its resource is written.

AWS gives a Task that calls a function directly (by ARN, version, alias, or a template value
standing for one) the function's return value: the ``Payload`` of a Step Functions Local mock
response. ``arn:aws:states:::lambda:invoke`` gives the whole Invoke response.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sfdsl import Placeholder, StateMachine, Task, run
from sfdsl._resources import task_resource
from sfdsl._runner import InvokeResponse, LambdaHandler, load_mock_config
from sfdsl.cfn import Function, ProvisionedConcurrency
from sfdsl.cli import app

RESPONSE = {"StatusCode": 200, "ExecutedVersion": "3", "Payload": {"rating": "Approved"}}
# Through the AWS SDK integration, Lambda's Invoke gives the Payload as base64 text.
SDK_RESPONSE = {"StatusCode": 200, "ExecutedVersion": "3", "Payload": "eyJyYXRpbmciOjF9"}


def _mocks(response: dict[str, Any]) -> dict[str, Any]:
    return {
        "StateMachines": {"m": {"TestCases": {"Happy": {"Hello": "Approved"}}}},
        "MockedResponses": {"Approved": {"0": {"Return": response}}},
    }


MOCKS = _mocks(RESPONSE)
CODE = "def handler(event, context):\n    return event\n"

# Every way a direct Lambda call is written: the task result is the function's return value.
DIRECT = {
    "function ARN": "arn:aws:lambda:us-east-1:123456789012:function:hello",
    "version ARN": "arn:aws:lambda:us-east-1:123456789012:function:hello:2",
    "alias ARN": "arn:aws:lambda:us-east-1:123456789012:function:hello:live",
    "China partition": "arn:aws-cn:lambda:cn-north-1:123456789012:function:hello",
    "pseudo parameters": "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:hello",
    "partition too": "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:hi",
    "placeholder": "${HelloFunctionArn}",
    "name:alias": "hello:live",
    "Fn::GetAtt": {"Fn::GetAtt": ["hello", "Arn"]},
    "Fn::GetAtt dotted": {"Fn::GetAtt": "hello.Arn"},
    "Ref alias": {"Ref": "HelloProvConcLambdaAlias"},
    "Fn::Sub": {"Fn::Sub": "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:hello"},
    "Fn::Sub with variables": {
        "Fn::Sub": ["arn:aws:lambda:${R}:123456789012:function:${F}", {"F": "hello", "R": "x"}]
    },
    "Fn::ImportValue": {"Fn::ImportValue": "hello-arn"},
}
# Service integrations: the task result is the service's response as it is.
INTEGRATIONS = {
    "lambda:invoke": ("arn:aws:states:::lambda:invoke", "lambda", "invoke"),
    "lambda:invoke, partition placeholder": (
        "arn:${AWS::Partition}:states:::lambda:invoke",
        "lambda",
        "invoke",
    ),
    "lambda:invoke.waitForTaskToken": (
        "arn:aws:states:::lambda:invoke.waitForTaskToken",
        "lambda",
        "invoke.waitForTaskToken",
    ),
    "Fn::Sub lambda:invoke": (
        {"Fn::Sub": "arn:${AWS::Partition}:states:::lambda:invoke"},
        "lambda",
        "invoke",
    ),
    "sdk": ("arn:aws:states:::aws-sdk:lambda:invoke", "aws-sdk:lambda", "invoke"),
    "nested execution": (
        "arn:aws:states:::states:startExecution.sync:2",
        "states",
        "startExecution.sync:2",
    ),
}


def _machine(resource: object) -> dict[str, Any]:
    return {
        "StartAt": "Hello",
        "States": {"Hello": {"Type": "Task", "Resource": resource, "End": True}},
    }


def _scheduled(history: list[dict[str, Any]]) -> dict[str, Any]:
    (event,) = [e for e in history if e["type"].endswith("Scheduled")]
    return event


def _cli_run(
    folder: Path, definition: dict[str, Any], response: dict[str, Any] = RESPONSE
) -> dict[str, Any]:
    (folder / "m.asl.json").write_text(json.dumps(definition), encoding="utf-8")
    (folder / "mocks.json").write_text(json.dumps(_mocks(response)), encoding="utf-8")
    args = ["run", str(folder / "m.asl.json"), "--mocks", str(folder / "mocks.json")]
    result = CliRunner().invoke(app, [*args, "--test-case", "Happy", "--history"])
    assert result.exit_code == 0, result.output
    output: dict[str, Any] = json.loads(result.stdout)
    return output


@pytest.mark.parametrize("resource", DIRECT.values(), ids=DIRECT.keys())
def test_a_direct_lambda_task_gives_the_payload(tmp_path: Path, resource: object) -> None:
    result = _cli_run(tmp_path, _machine(resource))
    assert (result["status"], result["output"]) == ("SUCCEEDED", {"rating": "Approved"})
    event = _scheduled(result["history"])
    assert event["type"] == "LambdaFunctionScheduled"
    shown = resource if isinstance(resource, str) else task_resource(resource).text
    assert event["lambdaFunctionScheduledEventDetails"]["resource"] == shown
    assert [e["type"] for e in result["history"]] == [
        "ExecutionStarted",
        "TaskStateEntered",
        "LambdaFunctionScheduled",
        "LambdaFunctionStarted",
        "LambdaFunctionSucceeded",
        "TaskStateExited",
        "ExecutionSucceeded",
    ]


@pytest.mark.parametrize(
    ("resource", "resource_type", "action"), INTEGRATIONS.values(), ids=INTEGRATIONS.keys()
)
def test_an_integration_gives_the_whole_response(
    tmp_path: Path, resource: object, resource_type: str, action: str
) -> None:
    definition = _machine(resource)
    if "waitForTaskToken" in action:
        definition["States"]["Hello"]["Parameters"] = {
            "FunctionName": "f",
            "Payload.$": "$$.Task.Token",
        }
    response = SDK_RESPONSE if resource_type.startswith("aws-sdk:") else RESPONSE
    result = _cli_run(tmp_path, definition, response)
    assert (result["status"], result["output"]) == ("SUCCEEDED", response)
    event = _scheduled(result["history"])
    assert event["type"] == "TaskScheduled"
    details = event["taskScheduledEventDetails"]
    assert (details["resourceType"], details["resource"]) == (resource_type, action)


def _with_function(fn: Function, handle: str) -> StateMachine:
    return StateMachine(Task("Hello", resource=getattr(fn, handle)), name="m")


FUNCTIONS = {
    "fn.arn": (Function("HelloFunction", code=CODE), "arn"),
    "fn.latest": (Function("HelloFunction", code=CODE), "latest"),
    "fn.arn, exact version": (Function("HelloFunction", code=CODE, exact_version=True), "arn"),
    "fn.version": (Function("HelloFunction", code=CODE, exact_version=True), "version"),
    "fn.alias": (
        Function("HelloFunction", code=CODE, provisioned=ProvisionedConcurrency(2)),
        "alias",
    ),
    "Function.ref": (Function.ref("HelloFunction"), "arn"),
    "Function.from_arn": (
        Function.from_arn("arn:aws:lambda:us-east-1:123456789012:function:hello:7"),
        "arn",
    ),
}


@pytest.mark.parametrize(("fn", "handle"), FUNCTIONS.values(), ids=FUNCTIONS.keys())
def test_a_function_handle_gives_the_payload(fn: Function, handle: str) -> None:
    mocks = load_mock_config(MOCKS).mocks_for("Happy")
    result = run(_with_function(fn, handle), {}, mocks=mocks)
    assert (result.status, result.output) == ("SUCCEEDED", {"rating": "Approved"})
    event = _scheduled(result.to_json_dict(history=True)["history"])
    assert event["type"] == "LambdaFunctionScheduled"


def test_a_placeholder_is_what_its_value_is() -> None:
    """A ``${Name}`` whose value is an integration is not a function, whatever it is named."""
    invoke = Placeholder("HelloFunctionArn", "arn:aws:states:::lambda:invoke")
    machine = StateMachine(
        Task("Hello", resource=invoke, parameters={"FunctionName": "hello"}), name="m"
    )
    result = run(machine, {}, mocks={"Hello": InvokeResponse(RESPONSE)})
    assert result.output == RESPONSE
    event = _scheduled(result.to_json_dict(history=True)["history"])
    assert (event["type"], event["taskScheduledEventDetails"]["resourceType"]) == (
        "TaskScheduled",
        "lambda",
    )
    qualified = Placeholder("Fn", "arn:aws:lambda:us-east-1:123456789012:function:hello:2")
    result = run(
        StateMachine(Task("Hello", resource=qualified)),
        {},
        mocks={"Hello": InvokeResponse(RESPONSE)},
    )
    assert result.output == {"rating": "Approved"}
    event = _scheduled(result.to_json_dict(history=True)["history"])
    assert event["lambdaFunctionScheduledEventDetails"]["resource"] == qualified.value


@pytest.mark.parametrize(
    ("resource", "kind", "service", "action"),
    [
        ("arn:aws:lambda:us-east-1:1:function:f", "lambda", "lambda", "invoke"),
        ("${F}", "lambda", "lambda", "invoke"),
        ({"Ref": "F"}, "lambda", "lambda", "invoke"),
        ("f:prod", "lambda", "lambda", "invoke"),
        ("123456789012:function:hello", "lambda", "lambda", "invoke"),
        ("arn:aws:states:::sns:publish", "integration", "sns", "publish"),
        ("arn:aws:states:::aws-sdk:s3:listBuckets", "sdk", "s3", "listBuckets"),
        ("arn:aws:states:us-east-1:1:activity:work", "activity", "states", "work"),
        ("arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:w", "activity", "states", "w"),
        (
            {"Fn::Sub": "arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:w"},
            "activity",
            "states",
            "w",
        ),
        (
            {"Fn::Sub": ["${A}", {"A": "arn:aws:states:::sqs:sendMessage"}]},
            "integration",
            "sqs",
            "sendMessage",
        ),
        (Placeholder("W", {"Ref": "WorkActivity"}), "lambda", "lambda", "invoke"),
        (Placeholder("S", "arn:aws:states:::sns:publish"), "integration", "sns", "publish"),
    ],
)
def test_task_resource_is_decided_by_what_the_resource_is(
    resource: object, kind: str, service: str, action: str
) -> None:
    found = task_resource(resource)
    assert (found.kind, found.service, found.action) == (kind, service, action)


def test_placeholder_values_decide_a_placeholder_resource() -> None:
    values = {
        "Work": "arn:aws:states:us-east-1:1:activity:work",
        "Fn": {"Fn::GetAtt": ["F", "Arn"]},
    }
    assert task_resource("${Work}", values).kind == "activity"
    found = task_resource("${Fn}", values)
    assert (found.kind, found.text) == ("lambda", "${Fn}")
    # A value that names its own placeholder does not loop.
    assert task_resource("${Self}", {"Self": "${Self}"}).kind == "lambda"


@pytest.mark.parametrize(
    ("resource", "expected"),
    [
        ("${HelloFunctionArn}", {"n": 1}),
        ({"Fn::GetAtt": ["hello", "Arn"]}, {"n": 1}),
        (
            "arn:aws:states:::lambda:invoke",
            {"ExecutedVersion": "$LATEST", "Payload": {"n": 1}, "StatusCode": 200},
        ),
    ],
)
def test_a_lambda_handler_runs_as_the_service_calls_it(resource: object, expected: object) -> None:
    def handler(event: Any, context: Any) -> Any:
        return event

    invoke = resource == "arn:aws:states:::lambda:invoke"
    parameters = {"FunctionName": "f", "Payload.$": "$"} if invoke else None
    machine = StateMachine(Task("Hello", resource=resource, parameters=parameters))
    result = run(machine, {"n": 1}, mocks={"Hello": LambdaHandler(handler)})
    assert result.output == expected


def test_an_activity_gives_its_output_with_activity_events() -> None:
    """An activity's ``Ref`` looks like a Lambda alias's; the handle says what it is."""
    from sfdsl.cfn import Activity

    work = Activity("work")
    machine = StateMachine(Task("Work", resource=work.arn, heartbeat_seconds=60), name="m")
    mocks = load_mock_config(
        {
            "StateMachines": {"m": {"TestCases": {"Done": {"Work": "WorkerOutput"}}}},
            "MockedResponses": {"WorkerOutput": {"0": {"Return": {"done": True}}}},
        }
    ).mocks_for("Done")
    result = run(machine, {"job": 1}, mocks=mocks)
    assert result.output == {"done": True}
    history = result.to_json_dict(history=True)["history"]
    assert [e["type"] for e in history][2:5] == [
        "ActivityScheduled",
        "ActivityStarted",
        "ActivitySucceeded",
    ]
    assert history[2]["activityScheduledEventDetails"] == {
        "input": '{"job":1}',
        "resource": "${WorkActivityArn}",
        "heartbeatInSeconds": 60,
    }
