"""A Choice after a service call knows what the call's result always holds (its API output shape)."""

from __future__ import annotations

from typing import Any

import pytest

from sfdsl import Choice, StateMachine, Succeed, Task, Var

ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:child"


def _codes(resource: str, parameters: dict[str, Any], var: str) -> list[tuple[str, str]]:
    call = Task("Call", resource=resource, parameters=parameters)
    check = Choice("Check").when(Var(var) == "x", Succeed("Yes")).otherwise(Succeed("No"))
    return [(p.code, p.path) for p in StateMachine(call.next(check)).warnings]


UNGUARDED = [("unguarded-choice-variable", "States.Check.Choices[0]")]


@pytest.mark.parametrize(
    ("resource", "parameters", "var", "expected"),
    [
        # Members the output shape marks required are in every result (Java v2 spelling).
        (
            "arn:aws:states:::aws-sdk:sfn:startExecution",
            {"StateMachineArn": ARN},
            "$.ExecutionArn",
            [],
        ),
        # Optional members may be left out: getItem has no Item when the key matches nothing.
        (
            "arn:aws:states:::aws-sdk:dynamodb:getItem",
            {"TableName": "t", "Key": {"id": {"S": "1"}}},
            "$.Item",
            UNGUARDED,
        ),
        (
            "arn:aws:states:::dynamodb:getItem",
            {"TableName": "t", "Key": {"id": {"S": "1"}}},
            "$.Item",
            UNGUARDED,
        ),
        # lambda:invoke always returns its Payload and StatusCode, apigateway:invoke its StatusCode.
        ("arn:aws:states:::lambda:invoke", {"FunctionName": "f"}, "$.Payload", []),
        ("arn:aws:states:::lambda:invoke", {"FunctionName": "f"}, "$.FunctionError", UNGUARDED),
        (
            "arn:aws:states:::apigateway:invoke",
            {"ApiEndpoint": "a.execute-api.us-east-1.amazonaws.com", "Method": "GET"},
            "$.StatusCode",
            [],
        ),
        # A .sync result is the job's description, not the start call's output.
        (
            "arn:aws:states:::states:startExecution.sync:2",
            {"StateMachineArn": ARN},
            "$.ExecutionArn",
            UNGUARDED,
        ),
    ],
    ids=[
        "sdk-required",
        "sdk-optional",
        "optimized-optional",
        "lambda",
        "lambda-optional",
        "apigateway",
        "sync",
    ],
)
def test_choice_after_a_call_trusts_only_what_the_output_always_holds(
    resource: str, parameters: dict[str, Any], var: str, expected: list[tuple[str, str]]
) -> None:
    assert _codes(resource, parameters, var) == expected


GET_ITEM = {"TableName": "t", "Key": {"id": {"S": "1"}}}


@pytest.mark.parametrize(
    ("resource", "selector", "expected"),
    [
        # A misspelt member, at the top and inside a structure, a map and a list.
        (
            "arn:aws:states:::aws-sdk:dynamodb:getItem",
            {"item.$": "$.Itme"},
            [
                (
                    "States.Call.ResultSelector.item.$",
                    "ResultSelector reads '$.Itme', but the result of dynamodb:getItem has no "
                    "'Itme' (did you mean 'Item'?), so the execution fails with States.Runtime; "
                    "its members are: ConsumedCapacity, Item",
                )
            ],
        ),
        (
            "arn:aws:states:::aws-sdk:dynamodb:getItem",
            {"n": {"units.$": "$.ConsumedCapacity.CapacityUnitz"}, "id.$": "$.Item.id.S"},
            [
                (
                    "States.Call.ResultSelector.n.units.$",
                    "ResultSelector reads '$.ConsumedCapacity.CapacityUnitz', but the result of "
                    "dynamodb:getItem has no 'CapacityUnitz' (did you mean 'CapacityUnits'?), so "
                    "the execution fails with States.Runtime; its members are: CapacityUnits, "
                    "GlobalSecondaryIndexes, LocalSecondaryIndexes, ReadCapacityUnits, Table, "
                    "TableName, VectorIndexes, WriteCapacityUnits",
                )
            ],
        ),
        # Members that exist, the Java v2 spelling and the model's, through lists and maps.
        (
            "arn:aws:states:::aws-sdk:dynamodb:getItem",
            {"id.$": "$.Item.id.S", "units.$": "$.ConsumedCapacity.CapacityUnits"},
            [],
        ),
        (
            "arn:aws:states:::aws-sdk:rds:describeDBInstances",
            {"ids.$": "$.DbInstances[*].DbInstanceIdentifier", "raw.$": "$.DBInstances[0]"},
            [],
        ),
        # Not the result's paths: the context object, intrinsic functions, plain values.
        (
            "arn:aws:states:::aws-sdk:dynamodb:getItem",
            {"start.$": "$$.Execution.StartTime", "s.$": "States.JsonToString($.Itme)", "k": 1},
            [],
        ),
        # A .waitForTaskToken result is what the token's sender sends.
        (
            "arn:aws:states:::aws-sdk:dynamodb:getItem.waitForTaskToken",
            {"item.$": "$.Itme"},
            [],
        ),
    ],
    ids=["top", "nested", "present", "java-and-model-spelling", "not-result-paths", "token"],
)
def test_result_selector_paths_the_result_never_has_are_warnings(
    resource: str, selector: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    parameters = {} if ":rds:" in resource else GET_ITEM
    call = Task(
        "Call", resource=resource, parameters=parameters, result_selector=selector, end=True
    )
    found = [
        (p.path, p.message, p.severity)
        for p in StateMachine(call).warnings
        if p.code == "sdk-unknown-result-field"
    ]
    assert found == [(path, message, "warning") for path, message in expected]


def test_a_result_selector_read_from_asl_is_checked_the_same() -> None:
    from sfdsl.asl import from_asl

    state = {
        "Type": "Task",
        "Resource": "arn:aws:states:::aws-sdk:sfn:startExecution",
        "Parameters": {"StateMachineArn": ARN},
        "ResultSelector": {"arn.$": "$.ExecutionARN"},
        "End": True,
    }
    machine = from_asl({"StartAt": "Start", "States": {"Start": state}})
    [problem] = [p for p in machine.warnings if p.code == "sdk-unknown-result-field"]
    assert (problem.path, problem.severity) == ("States.Start.ResultSelector.arn.$", "warning")
    assert problem.message == (
        "ResultSelector reads '$.ExecutionARN', but the result of sfn:startExecution has no "
        "'ExecutionARN' (did you mean 'ExecutionArn'?), so the execution fails with "
        "States.Runtime; its members are: ExecutionArn, StartDate"
    )
