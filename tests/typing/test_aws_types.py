"""The typed integration constructors as the type checker sees them.

``mypy --strict`` runs on this file (no errors expected) and on ``aws_errors.py`` (exactly the
errors written there).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typing_extensions import assert_type

from sfdsl import Task, Var, aws
from sfdsl.aws.sdk import dynamodb, sqs

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
_EXPECTED = re.compile(r"^# E: (?P<message>.+)$")


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


def _expected_errors(path: Path) -> list[str]:
    rel = path.relative_to(ROOT).as_posix()
    lines = path.read_text().splitlines()
    return [
        f"{rel}:{number + 1}: error: {m['message']}"
        for number, line in enumerate(lines, start=1)
        if (m := _EXPECTED.match(line.strip()))
    ]


@pytest.mark.slow
def test_mypy_accepts_this_file_and_rejects_the_misuses(monkeypatch: pytest.MonkeyPatch) -> None:
    from mypy import api

    monkeypatch.chdir(ROOT)
    errors_file = HERE / "aws_errors.py"
    stdout, stderr, _ = api.run(
        [
            "--strict",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--follow-imports=silent",
            "--no-error-summary",
            "--hide-error-context",
            "--no-pretty",
            str(Path(__file__).relative_to(ROOT)),
            str(errors_file.relative_to(ROOT)),
        ]
    )
    assert stderr == ""
    got = [line for line in stdout.splitlines() if ": error:" in line]
    assert got == _expected_errors(errors_file)
