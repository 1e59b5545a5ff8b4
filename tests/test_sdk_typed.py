"""Typed builders of AWS SDK integrations (sfdsl.aws.sdk), generated from the API models."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

from sfdsl import StateMachine, Var, run
from sfdsl._sdk._models import botocore_version
from sfdsl._sdk._typed import FOLDER, SERVICES, formatted, python_name
from sfdsl.asl import from_asl
from sfdsl.aws.sdk import dynamodb, s3, sfn, sqs
from sfdsl.errors import ValidationError


def test_a_builder_gives_the_task_the_asl_reads() -> None:
    built = dynamodb.query(
        "Find",
        {
            "TableName": "orders",
            "KeyConditionExpression": "pk = :v",
            "ExpressionAttributeValues": {":v": {"S": Var("$.id")}},
        },
        result_path="$.found",
        end=True,
    )
    state = {
        "Type": "Task",
        "Resource": "arn:aws:states:::aws-sdk:dynamodb:query",
        "Parameters": {
            "TableName": "orders",
            "KeyConditionExpression": "pk = :v",
            "ExpressionAttributeValues": {":v": {"S.$": "$.id"}},
        },
        "ResultPath": "$.found",
        "End": True,
    }
    assert built == from_asl({"StartAt": "Find", "States": {"Find": state}}).states[0]


def test_the_model_checks_still_run_on_what_the_types_let_through() -> None:
    with pytest.raises(ValidationError) as caught:
        sqs.send_message("Send", {"QueueUrl": "https://q"}, end=True)
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("sdk-missing-parameter", "States.Send.Parameters.MessageBody")
    ]


def test_wait_for_task_token_and_jsonata() -> None:
    task = sfn.send_task_success(
        "Done",
        {"TaskToken": "{% $states.input.token %}", "Output": "{}"},
        pattern="wait_for_task_token",
        query_language="JSONata",
        end=True,
    )
    asl = task.to_asl()
    assert asl["Resource"] == "arn:aws:states:::aws-sdk:sfn:sendTaskSuccess.waitForTaskToken"
    assert asl["Arguments"] == {"TaskToken": "{% $states.input.token %}", "Output": "{}"}


def test_a_jsonata_value_puts_the_payload_in_arguments_as_in_the_optimized_builders() -> None:
    from sfdsl import Jsonata, aws

    sdk_task = s3.get_object(
        "Get", {"Bucket": Jsonata("$states.input.bucket"), "Key": "k"}, end=True
    )
    optimized = aws.sqs_send_message(
        "Send", queue_url="https://q", message_body=Jsonata("$states.input.order"), end=True
    )
    assert sdk_task.to_asl() == {
        "Type": "Task",
        "Resource": "arn:aws:states:::aws-sdk:s3:getObject",
        "Arguments": {"Bucket": "{% $states.input.bucket %}", "Key": "k"},
        "End": True,
    }
    assert optimized.to_asl()["Arguments"] == {
        "QueueUrl": "https://q",
        "MessageBody": "{% $states.input.order %}",
    }


def test_a_builder_runs_locally() -> None:
    machine = StateMachine(s3.get_object("Read", {"Bucket": "b", "Key.$": "$.key"}, end=True))
    execution = run(machine, {"key": "k"}, mocks={"Read": lambda p: p}, mock_validation="none")
    assert (execution.status, execution.output) == ("SUCCEEDED", {"Bucket": "b", "Key": "k"})


@pytest.mark.parametrize(
    ("operation", "name"),
    [
        ("GetItem", "get_item"),
        ("DescribeDBInstances", "describe_db_instances"),
        ("ListObjectsV2", "list_objects_v2"),
    ],
)
def test_builder_names_are_snake_case(operation: str, name: str) -> None:
    assert python_name(operation) == name


def test_every_action_of_a_service_has_a_builder() -> None:
    from sfdsl._sdk._models import load

    model = load("sqs")
    assert model is not None
    assert {python_name(a[:1].upper() + a[1:]) for a in model.operations} <= set(dir(sqs))


@pytest.mark.parametrize("service", SERVICES)
def test_shipped_modules_are_the_generated_ones(service: str) -> None:
    shipped = (FOLDER / f"{service}.py").read_text(encoding="utf-8")
    if f"botocore {botocore_version()} " not in shipped:
        pytest.skip(
            f"generated from another botocore than {botocore_version()}: run python -m sfdsl._sdk._typed"
        )
    assert shipped == formatted(service)


def test_importing_sfdsl_and_a_builder_module_reads_no_model() -> None:
    code = (
        "import sys; import sfdsl; from sfdsl.aws.sdk import s3; from sfdsl._sdk import _models; "
        "print('botocore' in sys.modules, _models.load.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["False", "0"]


def test_the_package_examples_run() -> None:
    import doctest

    module = importlib.import_module("sfdsl.aws.sdk")
    assert doctest.testmod(module)[0] == 0
