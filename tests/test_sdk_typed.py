"""Typed builders of AWS SDK integrations (sfdsl.aws.sdk), generated from the API models."""

from __future__ import annotations

import ast
import importlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sfdsl import Jsonata, StateMachine, States, Task, Var, run
from sfdsl._sdk import _typed
from sfdsl._sdk._check import DEPRECATED_SERVICES
from sfdsl._sdk._models import botocore_version, load, services
from sfdsl._sdk._typed import (
    FOLDER,
    actions,
    module_name,
    python_name,
    runtime,
    service_names,
    stale,
    stub,
)
from sfdsl.asl import from_asl
from sfdsl.aws.sdk import dynamodb, ecs, lambda_, rds, s3, sfn, sqs
from sfdsl.errors import ValidationError

PINNED = "botocore 1.44.18 "


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
    model = load("sqs")
    assert model is not None
    assert {python_name(a[:1].upper() + a[1:]) for a in model.operations} == set(dir(sqs))


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


# --------------------------------------------------------------------------- the builders


def _state(resource: str, parameters: dict[str, Any]) -> dict[str, Any]:
    return {"Type": "Task", "Resource": resource, "Parameters": parameters, "End": True}


@pytest.mark.parametrize(
    ("built", "state"),
    [
        pytest.param(
            rds.stop_db_instance("T", {"DbInstanceIdentifier": "db-1"}, end=True),
            _state("arn:aws:states:::aws-sdk:rds:stopDBInstance", {"DbInstanceIdentifier": "db-1"}),
            id="rds-java-v2-name",
        ),
        pytest.param(
            ecs.run_task(
                "T",
                {
                    "Cluster": "c",
                    "TaskDefinition": "t",
                    "Overrides": {
                        "ContainerOverrides": [
                            {"Name": "app", "Environment": [{"Name": "ID", "Value": Var("$.id")}]}
                        ]
                    },
                },
                end=True,
            ),
            _state(
                "arn:aws:states:::aws-sdk:ecs:runTask",
                {
                    "Cluster": "c",
                    "TaskDefinition": "t",
                    "Overrides": {
                        "ContainerOverrides": [
                            {"Name": "app", "Environment": [{"Name": "ID", "Value.$": "$.id"}]}
                        ]
                    },
                },
            ),
            id="ecs-nested-overrides",
        ),
        pytest.param(
            sqs.send_message(
                "T",
                {
                    "QueueUrl.$": "$.queue",
                    "MessageBody": States.JsonToString(Var("$.order")),
                    "MessageAttributes": {"kind": {"DataType": "String", "StringValue": "o"}},
                },
                end=True,
            ),
            _state(
                "arn:aws:states:::aws-sdk:sqs:sendMessage",
                {
                    "QueueUrl.$": "$.queue",
                    "MessageBody.$": "States.JsonToString($.order)",
                    "MessageAttributes": {"kind": {"DataType": "String", "StringValue": "o"}},
                },
            ),
            id="sqs-intrinsic-and-message-attributes",
        ),
        pytest.param(
            lambda_.invoke("T", {"FunctionName": "f", "Payload": "{}"}, end=True),
            _state(
                "arn:aws:states:::aws-sdk:lambda:invoke", {"FunctionName": "f", "Payload": "{}"}
            ),
            id="lambda-keyword-module",
        ),
    ],
)
def test_a_builder_gives_the_task_written_by_hand(built: Task, state: dict[str, Any]) -> None:
    by_hand = from_asl({"StartAt": "T", "States": {"T": state}}).states[0]
    assert built == by_hand
    assert built.to_asl() == by_hand.to_asl() == state


def test_a_builder_knows_its_name_and_module() -> None:
    builder: Any = rds.describe_db_instances
    assert (builder.__name__, builder.__module__) == (
        "describe_db_instances",
        "sfdsl.aws.sdk.rds",
    )
    assert builder.__doc__ == (
        "Call rds:describeDBInstances (``arn:aws:states:::aws-sdk:rds:describeDBInstances``); "
        "the parameters are checked against its API model."
    )
    assert rds.describe_db_instances is builder


def test_an_unknown_or_unsupported_action_is_no_attribute() -> None:
    with pytest.raises(AttributeError) as caught:
        # Step Functions documents lambda:invokeAsync as unsupported.
        _ = lambda_.invoke_async  # type: ignore[attr-defined]
    assert str(caught.value) == "module 'sfdsl.aws.sdk.lambda_' has no attribute 'invoke_async'"
    assert "invoke" in lambda_.__all__
    assert "invoke_async" not in lambda_.__all__


@pytest.mark.parametrize(
    ("pattern", "code", "message"),
    [
        (
            "sync",
            "sdk-pattern-unsupported",
            "AWS SDK integrations do not support the '.sync' integration pattern; call the "
            "service without waiting (then poll with a describe/get action and a Wait state), "
            "use '.waitForTaskToken', or use the service's optimized integration",
        ),
        (
            "async",
            "pattern-unsupported",
            "unknown integration pattern 'async'; AWS SDK integrations take "
            "'request_response', 'wait_for_task_token'",
        ),
    ],
)
def test_a_pattern_sdk_integrations_lack_is_refused(pattern: str, code: str, message: str) -> None:
    builder: Any = sqs.send_message
    with pytest.raises(ValidationError) as caught:
        builder("S", {"QueueUrl": "q", "MessageBody": "b"}, pattern=pattern, end=True)
    assert [(p.code, p.path, p.message) for p in caught.value.problems] == [
        (code, "States.S.Resource", message)
    ]


def test_jsonata_for_a_nested_structure() -> None:
    task = ecs.run_task(
        "Run",
        {"TaskDefinition": "t", "Overrides": Jsonata("$states.input.overrides")},
        end=True,
    )
    assert task.to_asl()["Arguments"] == {
        "TaskDefinition": "t",
        "Overrides": "{% $states.input.overrides %}",
    }


def test_every_service_has_a_module_and_nothing_else_is_generated() -> None:
    assert set(service_names()) == set(services()) - DEPRECATED_SERVICES
    assert len(service_names()) > 400
    modules = {module_name(s) for s in service_names()}
    assert {p.stem for p in FOLDER.glob("*.pyi")} == modules
    assert {p.stem for p in FOLDER.glob("*.py")} == modules | {"__init__", "_types"}
    assert stale() == []


def test_the_generated_files_keep_within_their_size_budget() -> None:
    # 10.9 MB of stubs and 0.12 MB of runtime modules for botocore 1.44.18 (454 services).
    stubs = sum(p.stat().st_size for p in FOLDER.glob("*.pyi"))
    modules = sum(p.stat().st_size for p in FOLDER.glob("[a-z]*.py"))
    assert stubs <= 12_000_000
    assert modules <= 200_000


def _pinned(text: str) -> None:
    if PINNED not in text or botocore_version() != PINNED.split()[1]:
        pytest.skip(
            f"the modules come from {PINNED.strip()} (the test extra pins it); botocore "
            f"{botocore_version()} is installed: run python -m sfdsl._sdk._typed after upgrading"
        )


@pytest.mark.parametrize("service", service_names())
def test_shipped_modules_are_the_generated_ones(service: str) -> None:
    shipped = (FOLDER / f"{module_name(service)}.pyi").read_text(encoding="utf-8")
    _pinned(shipped)
    assert shipped == stub(service)
    assert (FOLDER / f"{module_name(service)}.py").read_text(encoding="utf-8") == runtime(service)


def test_generating_needs_no_formatter(tmp_path: Path) -> None:
    # Run with no PATH: ruff (or any other program) cannot be what lays the files out.
    code = "from sfdsl._sdk._typed import stub; print(stub('sqs'), end='')"
    env = {**os.environ, "PATH": ""}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout
    shipped = (FOLDER / "sqs.pyi").read_text(encoding="utf-8")
    _pinned(shipped)
    assert out == shipped


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff (a test dependency) is not on PATH")
def test_the_generated_files_are_as_ruff_formats_and_checks_them() -> None:
    files = [str(p) for p in sorted(FOLDER.glob("*.py*"))]
    for command in (["ruff", "format", "--check"], ["ruff", "check"]):
        done = subprocess.run([*command, *files], capture_output=True, text=True, check=False)
        assert (done.returncode, done.stderr) == (0, ""), done.stdout


def _annotations(service: str, name: str) -> dict[str, str]:
    """The members of a TypedDict of a stub: {key: type}, from either syntax."""
    tree = ast.parse((FOLDER / f"{module_name(service)}.pyi").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            return {
                ast.unparse(n.target): ast.unparse(n.annotation)
                for n in node.body
                if isinstance(n, ast.AnnAssign)
            }
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == name:
            assert isinstance(node.value, ast.Call)
            members = node.value.args[1]
            assert isinstance(members, ast.Dict)
            return {
                ast.literal_eval(k): ast.unparse(v)
                for k, v in zip(members.keys, members.values, strict=True)
                if k is not None
            }
    raise AssertionError(name)


@pytest.mark.parametrize(
    ("service", "name", "members"),
    [
        # The DynamoDB attribute value is recursive (maps and lists of attribute values).
        (
            "dynamodb",
            "AttributeValue",
            {
                "S": "S",
                "N": "S",
                "B": "S",
                "Ss": "L[Si]",
                "Ns": "L[Si]",
                "Bs": "L[Si]",
                "M": "M[X[AttributeValue]]",
                # A list item takes no path or intrinsic (ASL does not evaluate them there).
                "L": "L[Xi[AttributeValue]]",
                "NullValue": "B",
                "Bool": "B",
            },
        ),
        (
            "sqs",
            "MessageAttributeValue",
            {
                "StringValue": "S",
                "BinaryValue": "S",
                "StringListValues": "L[Si]",
                "BinaryListValues": "L[Si]",
                "DataType": "S",
            },
        ),
        (
            "ecs",
            "TaskOverride",
            {
                "ContainerOverrides": "L[Xi[ContainerOverride]]",
                "Cpu": "S",
                "InferenceAcceleratorOverrides": "L[Xi[InferenceAcceleratorOverride]]",
                "ExecutionRoleArn": "S",
                "Memory": "S",
                "TaskRoleArn": "S",
                "EphemeralStorage": "X[EphemeralStorage]",
            },
        ),
        # The parameters: Java v2 names (RDS Db..., not DB...), each also as a path key.
        (
            "rds",
            "StopDBInstanceParameters",
            {
                "DbInstanceIdentifier": "S",
                "DbInstanceIdentifier.$": "str",
                "DbSnapshotIdentifier": "S",
                "DbSnapshotIdentifier.$": "str",
                # Only leading capitals are lowercased in the Java name: the D of DB stays.
                "DetachFromDBCapacityReservation": "B",
                "DetachFromDBCapacityReservation.$": "str",
            },
        ),
        ("sts", "GetCallerIdentityParameters", {}),
        # camelCase model names (logGroupName) capitalised; longs and integers.
        (
            "cloudwatchlogs",
            "GetLogEventsParameters",
            {
                "LogGroupName": "S",
                "LogGroupName.$": "str",
                "LogGroupIdentifier": "S",
                "LogGroupIdentifier.$": "str",
                "LogStreamName": "S",
                "LogStreamName.$": "str",
                "StartTime": "I",
                "StartTime.$": "str",
                "EndTime": "I",
                "EndTime.$": "str",
                "NextToken": "S",
                "NextToken.$": "str",
                "Limit": "I",
                "Limit.$": "str",
                "StartFromHead": "B",
                "StartFromHead.$": "str",
                "Unmask": "B",
                "Unmask.$": "str",
            },
        ),
    ],
)
def test_stub_members(service: str, name: str, members: dict[str, str]) -> None:
    assert _annotations(service, name) == members


def test_each_builder_is_typed_with_its_parameters() -> None:
    tree = ast.parse((FOLDER / "dynamodb.pyi").read_text(encoding="utf-8"))
    typed = {
        ast.unparse(n.target): ast.unparse(n.annotation)
        for n in tree.body
        if isinstance(n, ast.AnnAssign)
    }
    assert typed["get_item"] == "Builder[GetItemParameters]"
    assert set(typed) == set(actions("dynamodb"))


# --------------------------------------------------------------------------- the layout


_NAME = "LongName" * 3


def _members(count: int) -> tuple[_typed._Item, ...]:
    return tuple(_typed._Item(f'"Member{i}": ', _typed._Type("S")) for i in range(count))


# Each expected layout is what ruff format 0.17.5 (line length 100) gives the same statement.
@pytest.mark.parametrize(
    ("members", "expected"),
    [
        pytest.param(
            _members(1),
            [f'{_NAME} = TypedDict("{_NAME}", {{"Member0": S}}, total=False)'],
            id="fits-on-one-line",
        ),
        pytest.param(
            _members(3),
            [
                f"{_NAME} = TypedDict(",
                f'    "{_NAME}", {{"Member0": S, "Member1": S, "Member2": S}}, total=False',
                ")",
            ],
            id="call-arguments-on-their-own-line",
        ),
        pytest.param(
            _members(6),
            [
                f"{_NAME} = TypedDict(",
                f'    "{_NAME}",',
                '    {"Member0": S, "Member1": S, "Member2": S, "Member3": S, "Member4": S, '
                '"Member5": S},',
                "    total=False,",
                ")",
            ],
            id="members-on-their-own-line",
        ),
        pytest.param(
            _members(7),
            [
                f"{_NAME} = TypedDict(",
                f'    "{_NAME}",',
                "    {",
                *(f'        "Member{i}": S,' for i in range(7)),
                "    },",
                "    total=False,",
                ")",
            ],
            id="one-member-a-line",
        ),
        pytest.param(
            (_typed._Item('"Member": ', _typed._Type("X", _typed._Type("S" * 95))),),
            [
                f"{_NAME} = TypedDict(",
                f'    "{_NAME}",',
                "    {",
                '        "Member": X[',
                "            " + "S" * 95,
                "        ],",
                "    },",
                "    total=False,",
                ")",
            ],
            id="a-long-subscript-opens",
        ),
    ],
)
def test_the_layout_is_ruffs(members: tuple[_typed._Item, ...], expected: list[str]) -> None:
    statement = _typed._typed_dict(_NAME, _typed._Bracket("", "{", "}", members))
    assert list(statement.lay(0)) == expected


def test_a_long_class_header_breaks_as_ruff_does() -> None:
    name = "N" * 80
    assert list(_typed._Class(name, (_typed._Item("A: ", _typed._Type("S")),)).lay(0)) == [
        f"class {name}(",
        "    TypedDict, total=False",
        "):",
        "    A: S",
    ]
    assert list(_typed._Class("Empty", ()).lay(0)) == ["class Empty(TypedDict, total=False): ..."]


def test_a_long_target_brackets_the_call_as_ruff_does() -> None:
    name = "N" * 88
    members = _typed._Bracket("", "{", "}", (_typed._Item('"A": ', _typed._Type("S")),))
    assert list(_typed._typed_dict(name, members).lay(0)) == [
        f"{name} = (",
        "    TypedDict(",
        f'        "{name}",',
        '        {"A": S},',
        "        total=False,",
        "    )",
        ")",
    ]
