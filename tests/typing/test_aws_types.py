"""The typed integration constructors as the type checker sees them.

``mypy --strict`` runs on this file (no errors expected) and on ``aws_errors.py`` (exactly the
errors written there).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy_expect import error_lines, expected_errors, run_mypy
from typing_extensions import assert_type

from sfdsl import Task, Var, aws
from sfdsl.aws.sdk import dynamodb, sqs

HERE = Path(__file__).resolve().parent


def test_constructors_return_plain_tasks() -> None:
    assert_type(aws.lambda_invoke("L", function_name="f", payload=Var("$"), end=True), Task)
    assert_type(aws.sqs_send_message("S", queue_url="q", message_body="b", end=True), Task)
    assert_type(
        aws.sfn_start_execution("C", state_machine_arn="arn:x", pattern="sync:2", end=True), Task
    )


def test_sdk_builders_return_plain_tasks() -> None:
    assert_type(dynamodb.get_item("G", {"TableName": "t", "Key": {}}, end=True), Task)
    assert_type(
        sqs.send_message("S", {"QueueUrl.$": "$.q", "MessageBody": Var("$.b")}, end=True), Task
    )


@pytest.mark.slow
def test_mypy_accepts_this_file_and_rejects_the_misuses() -> None:
    errors_file = HERE / "aws_errors.py"
    stdout, stderr, _ = run_mypy(Path(__file__), errors_file)
    assert stderr == ""
    assert error_lines(stdout) == expected_errors(errors_file)
