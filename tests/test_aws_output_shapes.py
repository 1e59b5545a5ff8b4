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
