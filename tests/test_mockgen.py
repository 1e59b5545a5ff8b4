"""``sfdsl mock``: a mock configuration skeleton that passes strict mock validation and runs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sfdsl._runner import load_mock_config, run
from sfdsl._runner._mockgen import mock_config
from sfdsl.cli import app

INVOKE = "arn:aws:states:::lambda:invoke"

ORDERS: dict[str, Any] = {
    "StartAt": "Charge",
    "States": {
        "Charge": {
            "Type": "Task",
            "Resource": INVOKE,
            "Parameters": {"FunctionName": "charge", "Payload.$": "$"},
            "Retry": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "MaxAttempts": 2}],
            "Catch": [
                {"ErrorEquals": ["Payment.Declined"], "Next": "Declined"},
                {"ErrorEquals": ["States.ALL"], "Next": "Failed"},
            ],
            "Next": "Save",
        },
        "Save": {
            "Type": "Task",
            "Resource": "arn:aws:states:::dynamodb:putItem",
            "Parameters": {"TableName": "orders", "Item": {"id": {"S": "1"}}},
            "Next": "Notify",
        },
        "Notify": {
            "Type": "Task",
            "Resource": "arn:aws:states:::aws-sdk:sqs:sendMessage",
            "Parameters": {"QueueUrl": "q", "MessageBody": "hi"},
            "End": True,
        },
        "Declined": {"Type": "Fail", "Error": "Declined"},
        "Failed": {"Type": "Fail", "Error": "Failed"},
    },
}


def test_the_skeleton_has_a_case_per_path_and_a_response_per_task() -> None:
    config = mock_config(ORDERS, "Orders")
    happy = {"Charge": "Charge.Return", "Save": "Save.Return", "Notify": "Notify.Return"}
    assert config["StateMachines"] == {
        "Orders": {
            "TestCases": {
                "HappyPath": happy,
                "Charge.Retry[0]": {**happy, "Charge": "Charge.Retry[0].ThrowThenReturn"},
                "Charge.Catch[0]": {**happy, "Charge": "Charge.Catch[0].Throw"},
                "Charge.Catch[1]": {**happy, "Charge": "Charge.Catch[1].Throw"},
            }
        }
    }
    invoke = {"ExecutedVersion": "$LATEST", "Payload": {}, "StatusCode": 200}
    throw_declined = {"Throw": {"Error": "Payment.Declined", "Cause": "mocked Payment.Declined"}}
    # States.ALL: an error that the Catch before it does not handle.
    throw_other = {"Throw": {"Error": "sfdsl.MockedError", "Cause": "mocked sfdsl.MockedError"}}
    throttled = {
        "Throw": {
            "Error": "Lambda.TooManyRequestsException",
            "Cause": "mocked Lambda.TooManyRequestsException",
        }
    }
    assert config["MockedResponses"] == {
        "Charge.Return": {"0": {"Return": invoke}},
        # dynamodb:putItem's PutItemOutput: every member, none required.
        "Save.Return": {
            "0": {"Return": {"Attributes": {}, "ConsumedCapacity": {}, "ItemCollectionMetrics": {}}}
        },
        # The SDK integration's member names as the AWS SDK for Java v2 spells them.
        "Notify.Return": {
            "0": {
                "Return": {
                    "Md5OfMessageBody": "string",
                    "Md5OfMessageAttributes": "string",
                    "Md5OfMessageSystemAttributes": "string",
                    "MessageId": "string",
                    "SequenceNumber": "string",
                }
            }
        },
        "Charge.Retry[0].ThrowThenReturn": {"0": throttled, "1": {"Return": invoke}},
        "Charge.Catch[0].Throw": {"0": throw_declined},
        "Charge.Catch[1].Throw": {"0": throw_other},
    }


@pytest.mark.parametrize(
    ("case", "status", "path"),
    [
        ("HappyPath", "SUCCEEDED", ["Charge", "Save", "Notify"]),
        ("Charge.Retry[0]", "SUCCEEDED", ["Charge", "Save", "Notify"]),
        ("Charge.Catch[0]", "FAILED", ["Charge", "Declined"]),
        ("Charge.Catch[1]", "FAILED", ["Charge", "Failed"]),
    ],
)
def test_each_case_passes_strict_validation_and_takes_its_path(
    case: str, status: str, path: list[str]
) -> None:
    config = load_mock_config(mock_config(ORDERS, "Orders"))
    result = run(ORDERS, {}, mocks=config.mocks_for(case), mock_validation="strict")
    assert (result.status, result.path) == (status, path)


def test_required_members_of_nested_structures_are_filled_in() -> None:
    machine = {
        "StartAt": "Db",
        "States": {
            "Db": {
                "Type": "Task",
                "Resource": "arn:aws:states:::aws-sdk:ec2:describeInstances",
                "End": True,
            }
        },
    }
    config = mock_config(machine, "M")
    assert config["MockedResponses"]["Db.Return"] == {
        "0": {"Return": {"Reservations": [], "NextToken": "string"}}
    }
    run(
        machine, {}, mocks=load_mock_config(config).mocks_for("HappyPath"), mock_validation="strict"
    )


def test_tasks_inside_map_and_parallel_and_item_readers_are_mocked() -> None:
    inner = {
        "StartAt": "Work",
        "States": {"Work": {"Type": "Task", "Resource": INVOKE, "End": True}},
    }
    side = {
        "StartAt": "Side",
        "States": {"Side": {"Type": "Task", "Resource": INVOKE, "End": True}},
    }
    machine = {
        "StartAt": "Each",
        "States": {
            "Each": {
                "Type": "Map",
                "ItemReader": {
                    "Resource": "arn:aws:states:::s3:getObject",
                    "ReaderConfig": {"InputType": "JSON"},
                    "Parameters": {"Bucket": "b", "Key": "k"},
                },
                "ItemProcessor": {
                    "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    **inner,
                },
                "Next": "Both",
            },
            "Both": {"Type": "Parallel", "Branches": [side], "End": True},
        },
    }
    config = mock_config(machine, "M")
    assert config["StateMachines"]["M"]["TestCases"]["HappyPath"] == {
        "Each": "Each.Return",
        "Work": "Work.Return",
        "Side": "Side.Return",
    }
    assert config["MockedResponses"]["Each.Return"] == {"0": {"Return": []}}


def test_the_command_writes_the_file_that_sfdsl_run_uses(tmp_path: Path) -> None:
    source = tmp_path / "orders.asl.json"
    source.write_text(json.dumps(ORDERS))
    target = tmp_path / "MockConfigFile.json"
    runner = CliRunner()
    made = runner.invoke(app, ["mock", str(source), "-o", str(target)])
    assert made.exit_code == 0, made.output
    assert json.loads(target.read_text()) == mock_config(ORDERS, "orders")
    ran = runner.invoke(
        app,
        [
            *("run", str(source), "--mocks", str(target)),
            *("--test-case", "Charge.Catch[0]", "--mock-validation", "strict"),
        ],
    )
    assert ran.exit_code == 0, ran.output
    assert json.loads(ran.stdout)["error"] == "Declined"


def test_the_command_prints_to_stdout_without_o(tmp_path: Path) -> None:
    source = tmp_path / "orders.asl.json"
    source.write_text(json.dumps(ORDERS))
    result = CliRunner().invoke(app, ["mock", str(source)])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == mock_config(ORDERS, "orders")


def test_the_command_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    source = tmp_path / "orders.asl.json"
    source.write_text(json.dumps(ORDERS))
    result = CliRunner().invoke(app, ["mock", str(source), "-o", str(source)])
    assert result.exit_code == 2
    assert json.loads(source.read_text()) == ORDERS
