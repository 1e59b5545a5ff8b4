"""The typed AWS SDK builders (sfdsl.aws.sdk) as the type checker sees them.

``mypy --strict`` runs on this file (no errors expected: values known at run time are accepted
wherever the model takes a value) and on ``sdk_builders_errors.py`` (exactly the errors written
there: misspelt names, at the top and nested, Step Functions' spellings, wrong value types).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from mypy_expect import error_lines, expected_errors, run_mypy
from typing_extensions import assert_type

from sfdsl import Jsonata, States, Task, Var
from sfdsl.aws.sdk import dynamodb, ecs, lambda_, rds, sqs

if TYPE_CHECKING:
    from sfdsl.aws.sdk.dynamodb import AttributeValue, GetItemParameters

HERE = Path(__file__).resolve().parent


def test_builders_take_values_known_at_run_time() -> None:
    # A path, an intrinsic and JSONata where the model has a string, a number or a structure.
    key: dict[str, AttributeValue] = {"id": {"S": Var("$.id")}}
    get: GetItemParameters = {"TableName": "orders", "Key": key, "ConsistentRead": True}
    assert_type(dynamodb.get_item("Get", get, end=True), Task)
    assert_type(
        dynamodb.query(
            "Find",
            {
                "TableName.$": "$.table",
                "KeyConditionExpression": "pk = :v",
                "ExpressionAttributeValues": {":v": {"N": States.Format("{}", Var("$.n"))}},
                "Limit": Var("$.limit"),
            },
            end=True,
        ),
        Task,
    )
    assert_type(
        ecs.run_task(
            "Run",
            {
                "Cluster": "c",
                "TaskDefinition": "t",
                "Overrides": {
                    "ContainerOverrides": [
                        {"Command": [Jsonata("$states.input.command"), "--verbose"]}
                    ]
                },
                "NetworkConfiguration": Jsonata("$states.input.network"),
                "Count": Jsonata("$states.input.count"),
            },
            query_language="JSONata",
            end=True,
        ),
        Task,
    )


def test_a_list_is_built_with_an_intrinsic() -> None:
    assert_type(
        ecs.run_task(
            "Run",
            {
                "TaskDefinition": "t",
                "Overrides": {"ContainerOverrides": [{"Command": States.Array(Var("$.cmd"))}]},
            },
            end=True,
        ),
        Task,
    )


def test_builders_take_step_functions_names() -> None:
    assert_type(rds.stop_db_instance("Stop", {"DbInstanceIdentifier": "db-1"}, end=True), Task)
    assert_type(
        sqs.send_message(
            "Send",
            {
                "QueueUrl": "https://q",
                "MessageBody": "hi",
                "MessageAttributes": {"kind": {"DataType": "String", "StringValue": "order"}},
            },
            pattern="wait_for_task_token",
            end=True,
        ),
        Task,
    )
    # lambda is a Python keyword: its module is lambda_.
    assert_type(lambda_.invoke("Call", {"FunctionName": "f", "Payload": "{}"}, end=True), Task)


@pytest.mark.slow
def test_mypy_accepts_this_file_and_rejects_the_misuses() -> None:
    errors_file = HERE / "sdk_builders_errors.py"
    stdout, stderr, _ = run_mypy(Path(__file__), errors_file)
    assert stderr == ""
    assert error_lines(stdout) == expected_errors(errors_file)
