"""Mocked task results are checked against what the integration they stand for can return."""

from __future__ import annotations

from typing import Any

import pytest

from sfdsl._resources import ResourceArn
from sfdsl._runner import MockError, Mocks, load_mock_config, run
from sfdsl._runner._mocks import response_problems
from sfdsl.errors import ExecutionSetupError, MockValidationError

SQS = "arn:aws:states:::aws-sdk:sqs:sendMessage"
RDS = "arn:aws:states:::aws-sdk:rds:describeDBInstances"
GET_ITEM = "arn:aws:states:::dynamodb:getItem"
INVOKE = "arn:aws:states:::lambda:invoke"
FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:f"
DESCRIBE = "arn:aws:states:::aws-sdk:sfn:describeExecution"


def one_task(resource: str) -> dict[str, Any]:
    return {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": resource, "End": True}}}


@pytest.mark.parametrize(
    ("resource", "value", "mode", "expected"),
    [
        # AWS SDK integrations: the action's output, Java v2 member names, timestamps as strings.
        (SQS, {"MessageId": "m", "Md5OfMessageBody": "x"}, "strict", []),
        (SQS, {"MessageID": "m"}, "present", [("mock-unknown-field", "m.MessageID")]),
        (SQS, {"SequenceNumber": 5}, "present", [("mock-wrong-type", "m.SequenceNumber")]),
        (SQS, "sent", "present", [("mock-wrong-type", "m")]),
        (RDS, {"DBInstances": []}, "present", [("mock-unknown-field", "m.DBInstances")]),
        (
            RDS,
            {
                "DbInstances": [
                    {
                        "DbInstanceIdentifier": "db",
                        "InstanceCreateTime": "2024-01-01T00:00:00Z",
                        "AllocatedStorage": 20,
                        "MultiAZ": False,
                    }
                ]
            },
            "strict",
            [],
        ),
        (
            RDS,
            {"DbInstances": [{"InstanceCreateTime": 1704067200, "AllocatedStorage": 2.5}]},
            "present",
            [
                ("mock-wrong-type", "m.DbInstances[0].InstanceCreateTime"),
                ("mock-wrong-type", "m.DbInstances[0].AllocatedStorage"),
            ],
        ),
        (RDS, {"DbInstances": {"a": 1}}, "present", [("mock-wrong-type", "m.DbInstances")]),
        # Optimized integrations: the API's output as the API reference spells it, and the
        # metadata Step Functions adds.
        (
            GET_ITEM,
            {"Item": {"id": {"S": "1"}}, "SdkHttpMetadata": {"HttpStatusCode": 200}},
            "strict",
            [],
        ),
        (GET_ITEM, {"item": {}}, "present", [("mock-unknown-field", "m.item")]),
        (GET_ITEM, {"Item": {"id": {"S": 1}}}, "present", [("mock-wrong-type", "m.Item.id.S")]),
        (GET_ITEM, {"item": {}}, "none", []),
        # lambda:invoke: the Invoke response, its Payload any JSON.
        (INVOKE, {"StatusCode": 200, "Payload": [1, {"a": None}]}, "strict", []),
        (INVOKE, {"Payload": {}}, "present", []),
        (INVOKE, {"Payload": {}}, "strict", [("mock-missing-field", "m.StatusCode")]),
        (
            INVOKE,
            {"StatusCode": "200", "Payload": 1},
            "present",
            [("mock-wrong-type", "m.StatusCode")],
        ),
        (INVOKE, {"ok": True}, "present", [("mock-unknown-field", "m.ok")]),
        # Enumerations: a value (or a map key) the API model does not list, in both modes.
        (DESCRIBE, {"Status": "SUCCEEDED"}, "present", []),
        (DESCRIBE, {"Status": "running"}, "present", [("not-allowed-value", "m.Status")]),
        (
            DESCRIBE,
            {"Status": "Done"},
            "strict",
            [
                ("not-allowed-value", "m.Status"),
                ("mock-missing-field", "m.ExecutionArn"),
                ("mock-missing-field", "m.StateMachineArn"),
                ("mock-missing-field", "m.StartDate"),
            ],
        ),
        (DESCRIBE, {"Status": "Done"}, "none", []),
        (
            "arn:aws:states:::ecs:runTask",
            {"Tasks": [{"LaunchType": "FARGATE"}, {"LaunchType": "fargate"}]},
            "present",
            [("not-allowed-value", "m.Tasks[1].LaunchType")],
        ),
        (
            "arn:aws:states:::aws-sdk:sqs:getQueueAttributes",
            {"Attributes": {"QueueArn": "arn:aws:sqs:us-east-1:1:q", "Arn": "x"}},
            "present",
            [("not-allowed-value", "m.Attributes.Arn")],
        ),
        # What the models do not describe is not checked.
        (FUNCTION, {"anything": [1]}, "strict", []),
        (INVOKE + ".waitForTaskToken", {"anything": 1}, "strict", []),
        ("arn:aws:states:::ecs:runTask.sync", {"anything": 1}, "strict", []),
        ("arn:aws:states:us-east-1:1:activity:a", {"anything": 1}, "strict", []),
    ],
)
def test_mocked_results_are_checked_against_the_output_shape(
    resource: str, value: Any, mode: Any, expected: list[tuple[str, str]]
) -> None:
    found = response_problems(value, ResourceArn.parse(resource), mode, where="m", who="w")
    assert [(p.code, p.path) for p in found] == expected


def test_a_member_spelt_as_botocore_does_is_told_the_java_spelling() -> None:
    (problem,) = response_problems(
        {"DBInstances": []},
        ResourceArn.parse(RDS),
        "present",
        where="mocks['Db']",
        who="the mock of state 'Db'",
    )
    assert problem.message == (
        "the mock of state 'Db': field 'DBInstances' is not in a rds:describeDBInstances result: "
        "Step Functions spells it 'DbInstances' (the AWS SDK for Java v2 name); rename it"
    )


def test_a_value_outside_the_apis_enumeration_is_named_with_the_allowed_values() -> None:
    (problem,) = response_problems(
        {"Reservations": [{"Instances": [{"State": {"Name": "Running"}}]}]},
        ResourceArn.parse("arn:aws:states:::aws-sdk:ec2:describeInstances"),
        "present",
        where="mocks['Check']",
        who="the mock of state 'Check'",
    )
    assert (problem.code, problem.path) == (
        "not-allowed-value",
        "mocks['Check'].Reservations[0].Instances[0].State.Name",
    )
    assert problem.message == (
        "the mock of state 'Check': field 'Reservations[0].Instances[0].State.Name' must be one "
        "of 'pending', 'running', 'shutting-down', 'terminated', 'stopping', 'stopped' in a "
        "ec2:describeInstances result (the API's enumeration), got 'Running'; did you mean "
        "'running'? give it one of them"
    )


def test_a_run_refuses_a_mocked_enumeration_value_in_present_and_strict_modes() -> None:
    machine = one_task(DESCRIBE)
    done = {
        "ExecutionArn": "arn:aws:states:us-east-1:123456789012:execution:m:e",
        "StateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:m",
        "StartDate": "2024-01-01T00:00:00Z",
    }
    for mode in ("present", "strict"):
        with pytest.raises(MockValidationError) as info:
            run(machine, {}, mocks={"T": {**done, "Status": "DONE"}}, mock_validation=mode)
        assert [(p.code, p.path) for p in info.value.problems] == [
            ("not-allowed-value", "mocks['T'].Status")
        ]
        assert info.value.problems[0].message.startswith(
            "the mock of state 'T': field 'Status' must be one of 'RUNNING', 'SUCCEEDED', "
        )
        result = run(
            machine, {}, mocks={"T": {**done, "Status": "SUCCEEDED"}}, mock_validation=mode
        )
        assert result.output["Status"] == "SUCCEEDED"
    # A callable mock's result is checked when it returns.
    with pytest.raises(MockValidationError) as info:
        run(machine, {}, mocks={"T": lambda payload: {"Status": "ok"}})
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("not-allowed-value", "mocks['T'].Status")
    ]


def test_the_shape_module_does_not_import_the_mocks() -> None:
    """_mockshape is below _mocks: the checks that know mock values live in _mocks."""
    import ast
    from pathlib import Path

    import sfdsl._runner._mockshape as shape_module

    tree = ast.parse(Path(shape_module.__file__).read_text("utf-8"))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "sfdsl._runner._mocks" not in imported
    assert "sfdsl._runner" not in imported


def test_a_run_reports_every_lying_mock_together_and_does_not_start() -> None:
    machine = {
        "StartAt": "Send",
        "States": {
            "Send": {"Type": "Task", "Resource": SQS, "Next": "Get"},
            "Get": {"Type": "Task", "Resource": GET_ITEM, "End": True},
        },
    }
    mocks = {"Send": (MockError("Busy"), {"MessageID": "m"}), "Get": {"Item": 1}}
    with pytest.raises(MockValidationError) as info:
        run(machine, {}, mocks=mocks)
    assert str(info.value) == (
        "2 mocked results cannot come from their integrations (mock validation 'present'; run "
        "with mock_validation='none' to skip the check):\n"
        "  - the mock of state 'Send': field 'MessageID' is not in a sqs:sendMessage result: did "
        "you mean 'MessageId'? its fields are: Md5OfMessageAttributes, Md5OfMessageBody, "
        "Md5OfMessageSystemAttributes, MessageId, SequenceNumber; rename or remove it  "
        "@ mocks['Send'][1].MessageID\n"
        "  - the mock of state 'Get': field 'Item' must be an object in a dynamodb:getItem "
        "result, got a number 1; give it an object  @ mocks['Get'].Item"
    )
    assert isinstance(info.value, ExecutionSetupError)
    # Without the check the run starts (and fails on the first attempt's error).
    assert run(machine, {}, mocks=mocks, mock_validation="none").error == "Busy"


def test_strict_mode_wants_the_fields_every_result_has() -> None:
    machine = one_task(INVOKE)
    assert run(machine, {}, mocks={"T": {"Payload": 1}}).output == {"Payload": 1}
    with pytest.raises(MockValidationError) as info:
        run(machine, {}, mocks={"T": {"Payload": 1}}, mock_validation="strict")
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("mock-missing-field", "mocks['T'].StatusCode")
    ]


def test_a_resource_mock_is_named_with_its_state() -> None:
    with pytest.raises(MockValidationError) as info:
        run(one_task(SQS), {}, mocks={SQS: {"Id": "m"}})
    assert info.value.problems[0].message.startswith(
        f"the mock of resource {SQS!r} (state 'T'): field 'Id' is not in a sqs:sendMessage result"
    )


def test_a_callable_mocks_result_is_checked_when_it_returns() -> None:
    with pytest.raises(MockValidationError) as info:
        run(one_task(SQS), {}, mocks={"T": lambda payload: {"MessageId": 7}})
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("mock-wrong-type", "mocks['T'].MessageId")
    ]
    assert run(one_task(SQS), {}, mocks={"T": lambda payload: {"MessageId": "7"}}).succeeded


def test_a_mock_files_response_is_named_by_its_key() -> None:
    config = load_mock_config(
        {
            "StateMachines": {"M": {"TestCases": {"Happy": {"T": "Ok"}}}},
            # A function called by its ARN: the file gives the Invoke response.
            "MockedResponses": {
                "Ok": {"0": {"Return": {"StatusCode": 200, "Payload": 1, "Body": 2}}}
            },
        }
    )
    with pytest.raises(MockValidationError) as info:
        run(one_task(FUNCTION), {}, mocks=config.mocks_for("Happy"))
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("mock-unknown-field", "MockedResponses.Ok.0.Return.Body")
    ]


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ExecutionSetupError) as info:
        Mocks({}, validation="loose")  # type: ignore[arg-type]
    assert str(info.value) == (
        "mock validation must be one of 'strict', 'present', 'none', got 'loose'"
    )


@pytest.mark.parametrize(
    ("mode", "exit_code"),
    [("present", 0), ("strict", 2), ("none", 0)],
)
def test_sfdsl_run_checks_the_mock_file_in_the_mode_asked(
    tmp_path: Any, mode: str, exit_code: int
) -> None:
    import json

    from typer.testing import CliRunner

    from sfdsl.cli import app

    source = tmp_path / "flow.asl.json"
    source.write_text(json.dumps(one_task(INVOKE)))
    mocks = tmp_path / "MockConfigFile.json"
    mocks.write_text(
        json.dumps(
            {
                "StateMachines": {"M": {"TestCases": {"Happy": {"T": "Ok"}}}},
                "MockedResponses": {"Ok": {"0": {"Return": {"Payload": {"id": 1}}}}},
            }
        )
    )
    args = ["run", str(source), "--mocks", str(mocks), "--test-case", "Happy"]
    result = CliRunner().invoke(app, [*args, "--mock-validation", mode])
    assert result.exit_code == exit_code
    if exit_code:
        assert result.stderr.splitlines()[-1].strip() == (
            "- the mock of state 'T': field 'StatusCode' is missing; every lambda:invoke result "
            "has it (mock validation 'strict'); add it  @ MockedResponses.Ok.0.Return.StatusCode"
        )
    else:
        assert json.loads(result.stdout)["output"] == {"Payload": {"id": 1}}


def test_test_state_checks_its_mock_as_run_does() -> None:
    from sfdsl._runner import test_state

    task = {"Type": "Task", "Resource": SQS, "End": True}
    with pytest.raises(MockValidationError) as info:
        test_state(task, "Send", {}, mocks={"Send": {"MessageID": "m"}})
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("mock-unknown-field", "mocks['Send'].MessageID")
    ]
    result = test_state(
        task, "Send", {}, mocks={"Send": {"MessageID": "m"}}, mock_validation="none"
    )
    assert result.output == {"MessageID": "m"}
