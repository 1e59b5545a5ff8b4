"""Every state type and every field: the ASL it writes, and the same state read back."""

from __future__ import annotations

import asyncio
import contextvars
import copy
import json
import pickle
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

import attrs
import pytest

from sfdsl import (
    DISCARD,
    Catch,
    Choice,
    ChoiceRule,
    Credentials,
    Fail,
    Graph,
    ItemBatcher,
    ItemReader,
    Jsonata,
    Map,
    Parallel,
    Pass,
    ProcessorConfig,
    ReaderConfig,
    ResultWriter,
    Retry,
    State,
    StateMachine,
    States,
    Succeed,
    Task,
    Var,
    Wait,
    WriterConfig,
    checked_as_asl,
)
from sfdsl import _checks as chk
from sfdsl._fields import (
    JSONPATH,
    asl,
    field_problems,
    jsonata_value_fields,
    language_fields,
    markdown_table,
    markdown_tables,
)
from sfdsl._intrinsics import parse_intrinsic
from sfdsl._jsonpath import parse_path
from sfdsl._write import fields_to_asl
from sfdsl.errors import ValidationError

LAMBDA = "arn:aws:states:::lambda:invoke"
FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:charge"
ROLE = "arn:aws:iam::123456789012:role/Target"

# (id, state, the state's ASL written by hand, machine QueryLanguage)
CASES: list[tuple[str, Callable[[], State], dict[str, Any], str | None]] = [
    # ------------------------------------------------------------------ Pass
    ("pass-minimal", lambda: Pass("S", end=True), {"Type": "Pass", "End": True}, None),
    (
        "pass-jsonpath-fields",
        lambda: Pass(
            "S",
            comment="shape the order",
            input_path="$.order",
            parameters={"id.$": "$.id", "fixed": [1, {"k": None}]},
            result_path="$.shaped",
            output_path="$.shaped",
            assign={"orderId.$": "$.id", "seen": True},
            end=True,
        ),
        {
            "Type": "Pass",
            "Comment": "shape the order",
            "InputPath": "$.order",
            "OutputPath": "$.shaped",
            "Parameters": {"id.$": "$.id", "fixed": [1, {"k": None}]},
            "ResultPath": "$.shaped",
            "Assign": {"orderId.$": "$.id", "seen": True},
            "End": True,
        },
        None,
    ),
    (
        "pass-result-discarded-paths",
        lambda: Pass(
            "S", result={"x": 1.5, "y": "z"}, result_path=DISCARD, input_path=DISCARD, end=True
        ),
        {
            "Type": "Pass",
            "InputPath": None,
            "Result": {"x": 1.5, "y": "z"},
            "ResultPath": None,
            "End": True,
        },
        None,
    ),
    (
        "pass-context-object-and-intrinsic",
        lambda: Pass(
            "S",
            parameters={
                "execution.$": "$$.Execution.Id",
                "greeting.$": "States.Format('Hi {}', $.name)",
                "uuid.$": "States.UUID()",
            },
            end=True,
        ),
        {
            "Type": "Pass",
            "Parameters": {
                "execution.$": "$$.Execution.Id",
                "greeting.$": "States.Format('Hi {}', $.name)",
                "uuid.$": "States.UUID()",
            },
            "End": True,
        },
        None,
    ),
    (
        "pass-jsonata-machine",
        lambda: Pass(
            "S", output={"total": "{% $states.input.a + 1 %}"}, assign={"n": "{% 1 %}"}, end=True
        ),
        {
            "Type": "Pass",
            "Assign": {"n": "{% 1 %}"},
            "Output": {"total": "{% $states.input.a + 1 %}"},
            "End": True,
        },
        "JSONata",
    ),
    (
        "pass-jsonata-state-in-jsonpath-machine",
        lambda: Pass("S", query_language="JSONata", output="{% $states.input %}", end=True),
        {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% $states.input %}", "End": True},
        None,
    ),
    (
        "pass-explicit-jsonpath-state",
        lambda: Pass("S", query_language="JSONPath", end=True),
        {"Type": "Pass", "QueryLanguage": "JSONPath", "End": True},
        "JSONPath",
    ),
    # ------------------------------------------------------------------ Task
    (
        "task-jsonpath-fields",
        lambda: Task(
            "S",
            resource=LAMBDA,
            comment="charge the card",
            input_path="$.payment",
            parameters={"FunctionName": FUNCTION, "Payload.$": "$"},
            result_selector={"receipt.$": "$.Payload.receipt"},
            result_path="$.charge",
            output_path="$.charge",
            assign={"receipt.$": "$.Payload.receipt"},
            timeout_seconds=30,
            heartbeat_seconds=10,
            credentials=Credentials(ROLE),
            end=True,
        ),
        {
            "Type": "Task",
            "Comment": "charge the card",
            "Resource": LAMBDA,
            "InputPath": "$.payment",
            "OutputPath": "$.charge",
            "Parameters": {"FunctionName": FUNCTION, "Payload.$": "$"},
            "ResultSelector": {"receipt.$": "$.Payload.receipt"},
            "ResultPath": "$.charge",
            "Assign": {"receipt.$": "$.Payload.receipt"},
            "TimeoutSeconds": 30,
            "HeartbeatSeconds": 10,
            "Credentials": {"RoleArn": ROLE},
            "End": True,
        },
        None,
    ),
    (
        "task-path-forms",
        lambda: Task(
            "S",
            resource="arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            parameters={"QueueUrl": "https://q", "MessageBody": {"token.$": "$$.Task.Token"}},
            timeout_seconds_path="$.timeout",
            heartbeat_seconds_path="$.heartbeat",
            credentials=Credentials(Var("$.role")),
            end=True,
        ),
        {
            "Type": "Task",
            "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "Parameters": {"QueueUrl": "https://q", "MessageBody": {"token.$": "$$.Task.Token"}},
            "TimeoutSecondsPath": "$.timeout",
            "HeartbeatSecondsPath": "$.heartbeat",
            "Credentials": {"RoleArn.$": "$.role"},
            "End": True,
        },
        None,
    ),
    (
        "task-retry-and-catch",
        lambda: (
            Task("S", resource=FUNCTION, end=True)
            .retry(
                Retry(
                    ["States.Timeout", "States.TaskFailed"],
                    interval_seconds=2,
                    max_attempts=5,
                    backoff_rate=1.5,
                    max_delay_seconds=60,
                    jitter_strategy="FULL",
                    comment="transient",
                ),
                Retry(["States.ALL"], max_attempts=0),
            )
            .catch(
                Catch(
                    ["Card.Declined"],
                    next=Fail("Declined"),
                    result_path="$.error",
                    assign={"why.$": "$.Cause"},
                    comment="declined",
                ),
                Catch(["States.ALL"], next="Declined", result_path=DISCARD),
            )
        ),
        {
            "Type": "Task",
            "Resource": FUNCTION,
            "Retry": [
                {
                    "ErrorEquals": ["States.Timeout", "States.TaskFailed"],
                    "IntervalSeconds": 2,
                    "MaxAttempts": 5,
                    "BackoffRate": 1.5,
                    "MaxDelaySeconds": 60,
                    "JitterStrategy": "FULL",
                    "Comment": "transient",
                },
                {"ErrorEquals": ["States.ALL"], "MaxAttempts": 0},
            ],
            "Catch": [
                {
                    "ErrorEquals": ["Card.Declined"],
                    "Next": "Declined",
                    "ResultPath": "$.error",
                    "Assign": {"why.$": "$.Cause"},
                    "Comment": "declined",
                },
                {"ErrorEquals": ["States.ALL"], "Next": "Declined", "ResultPath": None},
            ],
            "End": True,
        },
        None,
    ),
    (
        "task-jsonata",
        lambda: Task(
            "S",
            resource=LAMBDA,
            arguments={"FunctionName": FUNCTION, "Payload": "{% $states.input %}"},
            output="{% $states.result.Payload %}",
            assign={"last": "{% $states.result %}"},
            timeout_seconds="{% $states.input.timeout %}",
            heartbeat_seconds=Jsonata("$states.input.beat"),
            credentials=Credentials("{% $states.input.role %}"),
            end=True,
        ).catch(
            Catch(["States.ALL"], next=Fail("Failed"), output={"e": "{% $states.errorOutput %}"})
        ),
        {
            "Type": "Task",
            "Resource": LAMBDA,
            "Arguments": {"FunctionName": FUNCTION, "Payload": "{% $states.input %}"},
            "Output": "{% $states.result.Payload %}",
            "Assign": {"last": "{% $states.result %}"},
            "TimeoutSeconds": "{% $states.input.timeout %}",
            "HeartbeatSeconds": "{% $states.input.beat %}",
            "Credentials": {"RoleArn": "{% $states.input.role %}"},
            "Catch": [
                {
                    "ErrorEquals": ["States.ALL"],
                    "Next": "Failed",
                    "Output": {"e": "{% $states.errorOutput %}"},
                }
            ],
            "End": True,
        },
        "JSONata",
    ),
    # ------------------------------------------------------------------ Wait
    (
        "wait-seconds",
        lambda: Wait("S", seconds=0, end=True),
        {"Type": "Wait", "Seconds": 0, "End": True},
        None,
    ),
    (
        "wait-seconds-path",
        lambda: Wait("S", seconds_path="$.delay", input_path="$.in", output_path="$.out", end=True),
        {
            "Type": "Wait",
            "SecondsPath": "$.delay",
            "InputPath": "$.in",
            "OutputPath": "$.out",
            "End": True,
        },
        None,
    ),
    (
        "wait-timestamp",
        lambda: Wait("S", timestamp="2026-01-31T12:00:00.5+01:00", assign={"w": 1}, end=True),
        {
            "Type": "Wait",
            "Timestamp": "2026-01-31T12:00:00.5+01:00",
            "Assign": {"w": 1},
            "End": True,
        },
        None,
    ),
    (
        "wait-timestamp-path",
        lambda: Wait("S", timestamp_path="$.until", end=True),
        {"Type": "Wait", "TimestampPath": "$.until", "End": True},
        None,
    ),
    (
        "wait-jsonata",
        lambda: Wait(
            "S", seconds="{% $states.input.delay %}", output="{% $states.input %}", end=True
        ),
        {
            "Type": "Wait",
            "Seconds": "{% $states.input.delay %}",
            "Output": "{% $states.input %}",
            "End": True,
        },
        "JSONata",
    ),
    (
        "wait-jsonata-timestamp",
        lambda: Wait("S", timestamp=Jsonata("$states.input.until"), end=True),
        {"Type": "Wait", "Timestamp": "{% $states.input.until %}", "End": True},
        "JSONata",
    ),
    # ------------------------------------------------------------------ Choice
    (
        "choice-jsonpath",
        lambda: (
            Choice(
                "S",
                comment="route",
                input_path="$.order",
                output_path="$.order",
                assign={"routed": True},
            )
            .when(Var("$.total") > 100, Succeed("Big"), assign={"big": True}, comment="big ones")
            .when(Var("$.kind").is_present() & (Var("$.kind") == "gift"), "Big")
            .otherwise(Fail("Small"))
        ),
        {
            "Type": "Choice",
            "Comment": "route",
            "Choices": [
                {
                    "Variable": "$.total",
                    "NumericGreaterThan": 100,
                    "Next": "Big",
                    "Assign": {"big": True},
                    "Comment": "big ones",
                },
                {
                    "And": [
                        {"Variable": "$.kind", "IsPresent": True},
                        {"Variable": "$.kind", "StringEquals": "gift"},
                    ],
                    "Next": "Big",
                },
            ],
            "Default": "Small",
            "InputPath": "$.order",
            "OutputPath": "$.order",
            "Assign": {"routed": True},
        },
        None,
    ),
    (
        "choice-jsonata",
        lambda: (
            Choice("S", output="{% $states.input %}")
            .when(
                "{% $states.input.n > 3 %}", Succeed("Big"), output={"n": "{% $states.input.n %}"}
            )
            .otherwise(Succeed("Small"))
        ),
        {
            "Type": "Choice",
            "Choices": [
                {
                    "Condition": "{% $states.input.n > 3 %}",
                    "Next": "Big",
                    "Output": {"n": "{% $states.input.n %}"},
                }
            ],
            "Default": "Small",
            "Output": "{% $states.input %}",
        },
        "JSONata",
    ),
    # ------------------------------------------------------------------ Parallel
    (
        "parallel-jsonpath",
        lambda: (
            Parallel(
                "S",
                branches=[Pass("A1").next(Pass("A2")), Succeed("B1")],
                input_path="$.in",
                parameters={"x.$": "$.x"},
                result_selector={"first.$": "$[0]"},
                result_path="$.both",
                output_path="$.both",
                assign={"done": True},
                end=True,
            )
            .retry(Retry(["States.ALL"], interval_seconds=1))
            .catch(Catch(["States.ALL"], next=Fail("Broken")))
        ),
        {
            "Type": "Parallel",
            "Branches": [
                {
                    "StartAt": "A1",
                    "States": {
                        "A1": {"Type": "Pass", "Next": "A2"},
                        "A2": {"Type": "Pass", "End": True},
                    },
                },
                {"StartAt": "B1", "States": {"B1": {"Type": "Succeed"}}},
            ],
            "InputPath": "$.in",
            "OutputPath": "$.both",
            "Parameters": {"x.$": "$.x"},
            "ResultSelector": {"first.$": "$[0]"},
            "ResultPath": "$.both",
            "Assign": {"done": True},
            "Retry": [{"ErrorEquals": ["States.ALL"], "IntervalSeconds": 1}],
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Broken"}],
            "End": True,
        },
        None,
    ),
    (
        "parallel-jsonata",
        lambda: Parallel(
            "S",
            branches=[Pass("A")],
            arguments={"x": "{% $states.input.x %}"},
            output="{% $states.result[0] %}",
            end=True,
        ),
        {
            "Type": "Parallel",
            "Branches": [{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}}],
            "Arguments": {"x": "{% $states.input.x %}"},
            "Output": "{% $states.result[0] %}",
            "End": True,
        },
        "JSONata",
    ),
    # ------------------------------------------------------------------ Map
    (
        "map-inline",
        lambda: Map(
            "S",
            item_processor=Pass("Each"),
            processor_config=ProcessorConfig("INLINE"),
            items_path="$.orders",
            item_selector={"order.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"},
            max_concurrency=5,
            result_selector={"n.$": "States.ArrayLength($)"},
            result_path="$.results",
            end=True,
        ),
        {
            "Type": "Map",
            "ItemProcessor": {
                "ProcessorConfig": {"Mode": "INLINE"},
                "StartAt": "Each",
                "States": {"Each": {"Type": "Pass", "End": True}},
            },
            "ItemsPath": "$.orders",
            "ItemSelector": {"order.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"},
            "MaxConcurrency": 5,
            "ResultSelector": {"n.$": "States.ArrayLength($)"},
            "ResultPath": "$.results",
            "End": True,
        },
        None,
    ),
    (
        "map-legacy-iterator",
        lambda: Map(
            "S",
            item_processor=Pass("Each"),
            legacy_iterator=True,
            parameters={"item.$": "$$.Map.Item.Value"},
            max_concurrency_path="$.limit",
            end=True,
        ),
        {
            "Type": "Map",
            "Iterator": {"StartAt": "Each", "States": {"Each": {"Type": "Pass", "End": True}}},
            "Parameters": {"item.$": "$$.Map.Item.Value"},
            "MaxConcurrencyPath": "$.limit",
            "End": True,
        },
        None,
    ),
    (
        "map-distributed",
        lambda: Map(
            "S",
            item_processor=Pass("Each"),
            processor_config=ProcessorConfig("DISTRIBUTED", "EXPRESS"),
            item_reader=ItemReader(
                "arn:aws:states:::s3:getObject",
                parameters={"Bucket": "in", "Key": "rows.csv"},
                reader_config=ReaderConfig(
                    input_type="CSV",
                    csv_header_location="GIVEN",
                    csv_headers=["id", "total"],
                    csv_delimiter="SEMICOLON",
                    max_items=1000,
                ),
            ),
            item_batcher=ItemBatcher(
                max_items_per_batch=50, max_input_bytes_per_batch=4096, batch_input={"run": 1}
            ),
            result_writer=ResultWriter(
                "arn:aws:states:::s3:putObject",
                parameters={"Bucket": "out", "Prefix": "runs"},
                writer_config=WriterConfig(output_type="JSONL", transformation="FLATTEN"),
            ),
            tolerated_failure_count=10,
            tolerated_failure_percentage=2.5,
            label="rows",
            max_concurrency=1000,
            end=True,
        ),
        {
            "Type": "Map",
            "ItemProcessor": {
                "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS"},
                "StartAt": "Each",
                "States": {"Each": {"Type": "Pass", "End": True}},
            },
            "ItemReader": {
                "Resource": "arn:aws:states:::s3:getObject",
                "Parameters": {"Bucket": "in", "Key": "rows.csv"},
                "ReaderConfig": {
                    "InputType": "CSV",
                    "CSVHeaderLocation": "GIVEN",
                    "CSVHeaders": ["id", "total"],
                    "CSVDelimiter": "SEMICOLON",
                    "MaxItems": 1000,
                },
            },
            "ItemBatcher": {
                "BatchInput": {"run": 1},
                "MaxItemsPerBatch": 50,
                "MaxInputBytesPerBatch": 4096,
            },
            "ResultWriter": {
                "Resource": "arn:aws:states:::s3:putObject",
                "Parameters": {"Bucket": "out", "Prefix": "runs"},
                "WriterConfig": {"OutputType": "JSONL", "Transformation": "FLATTEN"},
            },
            "ToleratedFailureCount": 10,
            "ToleratedFailurePercentage": 2.5,
            "Label": "rows",
            "MaxConcurrency": 1000,
            "End": True,
        },
        None,
    ),
    (
        "map-distributed-path-forms",
        lambda: Map(
            "S",
            item_processor=Pass("Each"),
            processor_config=ProcessorConfig("DISTRIBUTED", "STANDARD"),
            item_reader=ItemReader(
                "arn:aws:states:::s3:listObjectsV2",
                parameters={"Bucket.$": "$.bucket"},
                reader_config=ReaderConfig(max_items_path="$.max"),
            ),
            item_batcher=ItemBatcher(
                max_items_per_batch_path="$.batch", max_input_bytes_per_batch_path="$.bytes"
            ),
            tolerated_failure_count_path="$.count",
            tolerated_failure_percentage_path="$.percent",
            max_concurrency_path="$.limit",
            end=True,
        ),
        {
            "Type": "Map",
            "ItemProcessor": {
                "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                "StartAt": "Each",
                "States": {"Each": {"Type": "Pass", "End": True}},
            },
            "ItemReader": {
                "Resource": "arn:aws:states:::s3:listObjectsV2",
                "Parameters": {"Bucket.$": "$.bucket"},
                "ReaderConfig": {"MaxItemsPath": "$.max"},
            },
            "ItemBatcher": {
                "MaxItemsPerBatchPath": "$.batch",
                "MaxInputBytesPerBatchPath": "$.bytes",
            },
            "ToleratedFailureCountPath": "$.count",
            "ToleratedFailurePercentagePath": "$.percent",
            "MaxConcurrencyPath": "$.limit",
            "End": True,
        },
        None,
    ),
    (
        "map-jsonata",
        lambda: Map(
            "S",
            item_processor=Pass("Each"),
            items="{% $states.input.orders %}",
            item_selector={"v": "{% $states.context.Map.Item.Value %}"},
            max_concurrency="{% $states.input.limit %}",
            output="{% $states.result %}",
            assign={"count": "{% $count($states.result) %}"},
            end=True,
        ),
        {
            "Type": "Map",
            "ItemProcessor": {"StartAt": "Each", "States": {"Each": {"Type": "Pass", "End": True}}},
            "Items": "{% $states.input.orders %}",
            "ItemSelector": {"v": "{% $states.context.Map.Item.Value %}"},
            "MaxConcurrency": "{% $states.input.limit %}",
            "Output": "{% $states.result %}",
            "Assign": {"count": "{% $count($states.result) %}"},
            "End": True,
        },
        "JSONata",
    ),
    (
        "map-jsonata-items-array",
        lambda: Map("S", item_processor=Pass("Each"), items=[1, "{% 2 %}"], end=True),
        {
            "Type": "Map",
            "ItemProcessor": {"StartAt": "Each", "States": {"Each": {"Type": "Pass", "End": True}}},
            "Items": [1, "{% 2 %}"],
            "End": True,
        },
        "JSONata",
    ),
    # ------------------------------------------------------------------ Succeed / Fail
    ("succeed", lambda: Succeed("S"), {"Type": "Succeed"}, None),
    (
        "succeed-paths",
        lambda: Succeed("S", comment="ok", input_path="$.a", output_path="$.b"),
        {"Type": "Succeed", "Comment": "ok", "InputPath": "$.a", "OutputPath": "$.b"},
        None,
    ),
    (
        "succeed-jsonata",
        lambda: Succeed("S", output={"ok": "{% true %}"}),
        {"Type": "Succeed", "Output": {"ok": "{% true %}"}},
        "JSONata",
    ),
    ("fail-minimal", lambda: Fail("S"), {"Type": "Fail"}, None),
    (
        "fail-fixed",
        lambda: Fail("S", error="Order.Rejected", cause="credit check failed"),
        {"Type": "Fail", "Error": "Order.Rejected", "Cause": "credit check failed"},
        None,
    ),
    (
        "fail-paths",
        lambda: Fail("S", error_path="$.error", cause_path="States.Format('bad {}', $.id)"),
        {"Type": "Fail", "ErrorPath": "$.error", "CausePath": "States.Format('bad {}', $.id)"},
        None,
    ),
    (
        "fail-jsonata",
        lambda: Fail("S", error="{% $states.input.code %}", cause=Jsonata("$states.input.why")),
        {"Type": "Fail", "Error": "{% $states.input.code %}", "Cause": "{% $states.input.why %}"},
        "JSONata",
    ),
]


def _machine(state: State, language: str | None) -> StateMachine:
    return StateMachine(state, query_language=language)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("build", "expected", "language"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_state_writes_its_asl(
    build: Callable[[], State], expected: dict[str, Any], language: str | None
) -> None:
    state = build()
    assert state.to_asl() == expected
    assert _machine(state, language).to_asl()["States"]["S"] == expected


@pytest.mark.parametrize(
    ("build", "expected", "language"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_state_is_read_back_equal(
    build: Callable[[], State], expected: dict[str, Any], language: str | None
) -> None:
    machine = _machine(build(), language)
    document = machine.to_asl()
    again = StateMachine.from_asl(document)
    assert again == machine
    assert again.to_asl() == document
    assert again.state("S").to_asl() == expected
    assert again.to_json() == machine.to_json()


def test_machine_level_fields() -> None:
    machine = StateMachine(
        Pass("A"),
        name="Orders",
        comment="all orders",
        timeout_seconds=3600,
        version="1.0",
        query_language="JSONPath",
    )
    document = {
        "Comment": "all orders",
        "QueryLanguage": "JSONPath",
        "StartAt": "A",
        "States": {"A": {"Type": "Pass", "End": True}},
        "TimeoutSeconds": 3600,
        "Version": "1.0",
    }
    assert machine.to_asl() == document
    assert list(machine.to_asl()) == list(document), "machine keys come in a fixed order"
    again = StateMachine.from_asl(document, name="Orders")
    assert again.to_asl() == document
    assert (again.name, again.comment, again.timeout_seconds, again.version) == (
        "Orders",
        "all orders",
        3600,
        "1.0",
    )


def test_machine_without_comment_is_read_back_equal() -> None:
    machine = StateMachine(Pass("A"), timeout_seconds=60, version="1.0", query_language="JSONata")
    assert StateMachine.from_asl(machine.to_asl()) == machine


def test_machine_with_comment_is_read_back_equal() -> None:
    machine = StateMachine(Pass("A"), comment="all orders")
    assert StateMachine.from_asl(machine.to_asl()) == machine


def test_states_with_path_credentials_compare_equal() -> None:
    def build() -> Task:
        return Task("T", resource=LAMBDA, credentials=Credentials(Var("$.role")), end=True)

    assert build() == build()


def test_unset_fields_are_omitted() -> None:
    # Empty tuples and None never reach the output.
    task = Task("T", resource=LAMBDA, retry_rules=(), catch_rules=[], end=True)
    assert task.to_asl() == {"Type": "Task", "Resource": LAMBDA, "End": True}


def test_typed_payload_values_render_as_dollar_keys() -> None:
    state = Pass(
        "S",
        parameters={
            "id": Var("$.order.id"),
            "text": States.Format("order {}", Var("$.order.id")),
            "nested": [{"n": States.MathAdd(Var("$.a"), 1)}],
        },
        end=True,
    )
    assert state.to_asl()["Parameters"] == {
        "id.$": "$.order.id",
        "text.$": "States.Format('order {}', $.order.id)",
        "nested": [{"n.$": "States.MathAdd($.a, 1)"}],
    }


def test_typed_payload_values_round_trip_equal() -> None:
    machine = StateMachine(
        Pass("S", parameters={"id": Var("$.id"), "n": States.ArrayLength(Var("$.xs"))}, end=True)
    )
    assert StateMachine.from_asl(machine.to_asl()) == machine


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (lambda: Retry("States.Timeout"), {"ErrorEquals": ["States.Timeout"]}),
        (
            lambda: Catch(["A", "B"], next=Pass("H"), result_path="$.e"),
            {"ErrorEquals": ["A", "B"], "Next": "H", "ResultPath": "$.e"},
        ),
        (
            lambda: ChoiceRule(Var("$.n") >= 3, next="Big", comment="c"),
            {"Variable": "$.n", "NumericGreaterThanEquals": 3, "Next": "Big", "Comment": "c"},
        ),
        (lambda: Credentials(ROLE), {"RoleArn": ROLE}),
        (lambda: ProcessorConfig(), {}),
        (
            lambda: ReaderConfig(manifest_type="ATHENA_DATA", input_type="MANIFEST"),
            {"InputType": "MANIFEST", "ManifestType": "ATHENA_DATA"},
        ),
        (lambda: WriterConfig(output_type="JSON"), {"OutputType": "JSON"}),
        (
            lambda: ResultWriter(writer_config=WriterConfig(transformation="COMPACT")),
            {"WriterConfig": {"Transformation": "COMPACT"}},
        ),
        (
            lambda: ItemReader("arn:aws:states:::s3:getObject", arguments={"Bucket": "b"}),
            {"Resource": "arn:aws:states:::s3:getObject", "Arguments": {"Bucket": "b"}},
        ),
    ],
)
def test_rules_and_sub_objects_write_their_asl(
    build: Callable[[], Any], expected: dict[str, Any]
) -> None:
    assert build().to_asl() == expected


# --------------------------------------------------------------------------- query languages

JSONATA_STATE = "not allowed in a JSONata state; JSONata states use Arguments, Output and Assign with {% %} expressions"
JSONPATH_STATE = "not allowed in a JSONPath state; set query_language='JSONata' on the state or machine to use it"

# (state factory taking query_language, offending ASL field)
JSONPATH_ONLY: list[tuple[Callable[..., State], str]] = [
    (lambda ql: Pass("X", input_path="$.a", end=True, query_language=ql), "InputPath"),
    (lambda ql: Pass("X", output_path="$.a", end=True, query_language=ql), "OutputPath"),
    (lambda ql: Pass("X", parameters={"a": 1}, end=True, query_language=ql), "Parameters"),
    (lambda ql: Pass("X", result={"a": 1}, end=True, query_language=ql), "Result"),
    (lambda ql: Pass("X", result_path="$.a", end=True, query_language=ql), "ResultPath"),
    (
        lambda ql: Task(
            "X", resource=LAMBDA, result_selector={"a": 1}, end=True, query_language=ql
        ),
        "ResultSelector",
    ),
    (
        lambda ql: Task(
            "X", resource=LAMBDA, timeout_seconds_path="$.t", end=True, query_language=ql
        ),
        "TimeoutSecondsPath",
    ),
    (
        lambda ql: Task(
            "X", resource=LAMBDA, heartbeat_seconds_path="$.h", end=True, query_language=ql
        ),
        "HeartbeatSecondsPath",
    ),
    (lambda ql: Wait("X", seconds_path="$.s", end=True, query_language=ql), "SecondsPath"),
    (lambda ql: Wait("X", timestamp_path="$.t", end=True, query_language=ql), "TimestampPath"),
    (
        lambda ql: Map(
            "X", item_processor=Pass("I"), items_path="$.a", end=True, query_language=ql
        ),
        "ItemsPath",
    ),
    (
        lambda ql: Map(
            "X", item_processor=Pass("I"), max_concurrency_path="$.a", end=True, query_language=ql
        ),
        "MaxConcurrencyPath",
    ),
    (
        lambda ql: Map(
            "X",
            item_processor=Pass("I"),
            processor_config=ProcessorConfig("DISTRIBUTED", "STANDARD"),
            tolerated_failure_count_path="$.a",
            end=True,
            query_language=ql,
        ),
        "ToleratedFailureCountPath",
    ),
    (
        lambda ql: Parallel(
            "X", branches=[Pass("I")], parameters={"a": 1}, end=True, query_language=ql
        ),
        "Parameters",
    ),
    (lambda ql: Succeed("X", input_path="$.a", query_language=ql), "InputPath"),
    (lambda ql: Fail("X", error_path="$.e", query_language=ql), "ErrorPath"),
    (lambda ql: Fail("X", cause_path="$.c", query_language=ql), "CausePath"),
]

JSONATA_ONLY: list[tuple[Callable[..., State], str]] = [
    (lambda ql: Pass("X", output={"a": 1}, end=True, query_language=ql), "Output"),
    (
        lambda ql: Task(
            "X",
            resource=LAMBDA,
            arguments={"FunctionName": "charge", "Payload": 1},
            end=True,
            query_language=ql,
        ),
        "Arguments",
    ),
    (lambda ql: Task("X", resource=LAMBDA, output=1, end=True, query_language=ql), "Output"),
    (lambda ql: Wait("X", seconds=1, output=1, end=True, query_language=ql), "Output"),
    (
        lambda ql: Map("X", item_processor=Pass("I"), items=[1, 2], end=True, query_language=ql),
        "Items",
    ),
    (
        lambda ql: Parallel(
            "X", branches=[Pass("I")], arguments={"a": 1}, end=True, query_language=ql
        ),
        "Arguments",
    ),
    (lambda ql: Succeed("X", output=1, query_language=ql), "Output"),
]


def _ids(table: list[tuple[Callable[..., State], str]]) -> list[str]:
    return [f"{i}-{field}" for i, (_, field) in enumerate(table)]


def _one_problem(exc: ValidationError) -> tuple[str, str]:
    assert len(exc.problems) == 1, exc
    return exc.problems[0].message, exc.problems[0].path


@pytest.mark.parametrize(("build", "field"), JSONPATH_ONLY, ids=_ids(JSONPATH_ONLY))
def test_jsonpath_fields_are_rejected_on_a_jsonata_state(
    build: Callable[..., State], field: str
) -> None:
    expected = (f"{field} is a JSONPath field, {JSONATA_STATE}", f"States.X.{field}")
    with pytest.raises(ValidationError) as at_state:
        build("JSONata")
    assert at_state.value.subject == "state 'X'"
    assert _one_problem(at_state.value) == expected
    with pytest.raises(ValidationError) as at_machine:
        StateMachine(build(None), query_language="JSONata")
    assert _one_problem(at_machine.value) == expected
    # The same field read from ASL is rejected the same way, whichever level sets the language.
    document: dict[str, Any] = {"StartAt": "X", "States": {"X": build(None).to_asl()}}
    with pytest.raises(ValidationError) as read:
        StateMachine.from_asl({"QueryLanguage": "JSONata", **document})
    assert _one_problem(read.value) == expected
    document["States"]["X"]["QueryLanguage"] = "JSONata"
    with pytest.raises(ValidationError) as read_state:
        StateMachine.from_asl(document)
    assert _one_problem(read_state.value) == expected


@pytest.mark.parametrize(("build", "field"), JSONATA_ONLY, ids=_ids(JSONATA_ONLY))
def test_jsonata_fields_are_rejected_on_a_jsonpath_state(
    build: Callable[..., State], field: str
) -> None:
    expected = (f"{field} is a JSONata field, {JSONPATH_STATE}", f"States.X.{field}")
    with pytest.raises(ValidationError) as at_state:
        build("JSONPath")
    assert _one_problem(at_state.value) == expected
    languages: tuple[Literal["JSONPath"] | None, ...] = (None, "JSONPath")
    for language in languages:
        with pytest.raises(ValidationError) as at_machine:
            StateMachine(build(None), query_language=language)
        assert _one_problem(at_machine.value) == expected
    # Built JSONata, written out, then read back as JSONPath.
    asl = build("JSONata").to_asl()
    del asl["QueryLanguage"]
    with pytest.raises(ValidationError) as read:
        StateMachine.from_asl({"StartAt": "X", "States": {"X": asl}})
    assert _one_problem(read.value) == expected


def test_jsonata_state_inherits_from_its_parallel() -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine(
            Parallel(
                "P", query_language="JSONata", branches=[Pass("A", input_path="$.x")], end=True
            )
        )
    assert _one_problem(info.value) == (
        f"InputPath is a JSONPath field, {JSONATA_STATE}",
        "States.P.Branches[0].States.A.InputPath",
    )


def test_jsonpath_state_inside_a_jsonata_machine_is_rejected() -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine(Pass("A", query_language="JSONPath"), query_language="JSONata")
    assert _one_problem(info.value) == (
        "QueryLanguage cannot be JSONPath inside a JSONata machine or branch; "
        "remove the state's query_language or make the machine JSONPath",
        "States.A.QueryLanguage",
    )


@pytest.mark.parametrize(
    ("build", "field", "value"),
    [
        (lambda: Wait("X", seconds="{% 5 %}", end=True), "Seconds", "{% 5 %}"),
        (lambda: Wait("X", timestamp=Jsonata("$t"), end=True), "Timestamp", "{% $t %}"),
        (
            lambda: Task("X", resource=LAMBDA, timeout_seconds="{% 5 %}", end=True),
            "TimeoutSeconds",
            "{% 5 %}",
        ),
        (lambda: Fail("X", error="{% 'E' %}"), "Error", "{% 'E' %}"),
        (lambda: Fail("X", cause="{% 'C' %}"), "Cause", "{% 'C' %}"),
    ],
)
def test_jsonata_values_need_a_jsonata_state(
    build: Callable[[], State], field: str, value: str
) -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine(build())
    assert _one_problem(info.value) == (
        f"{field} is a JSONata expression ({value!r}), but JSONata is only evaluated in JSONata "
        "states; set query_language='JSONata' or give a fixed value",
        f"States.X.{field}",
    )


def test_jsonata_choice_rules_need_a_condition() -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine(Choice("X").when(Var("$.a") == 1, Succeed("Y")), query_language="JSONata")
    assert _one_problem(info.value) == (
        "a JSONata Choice rule needs a Condition ({% ... %}), not a JSONPath comparison; "
        "write .when('{% ... %}', target) or set query_language='JSONPath'",
        "States.X.Choices[0]",
    )
    with pytest.raises(ValidationError) as info:
        StateMachine(Choice("X").when("{% true %}", Succeed("Y")))
    assert _one_problem(info.value) == (
        "Condition is a JSONata field, not allowed in a JSONPath Choice; "
        "use a comparison such as Var('$.x') == 1 or set query_language='JSONata'",
        "States.X.Choices[0].Condition",
    )


# --------------------------------------------------------------------------- equality and freezing

# (id, the state written with typed values, the same state written as ASL text, language)
TYPED: list[tuple[str, Callable[[], State], Callable[[], State], str | None]] = [
    (
        "pass-parameters",
        lambda: Pass(
            "S",
            parameters={
                "id": Var("$.order.id"),
                "n": States.ArrayLength(Var("$.xs")),
                "nested": [{"sum": States.MathAdd(Var("$.a"), 1)}, "x"],
                "run": Var("$$.Execution.Id"),
            },
            assign={"seen": Var("$"), "text": States.Format("n={}", Var("$.n"))},
            end=True,
        ),
        lambda: Pass(
            "S",
            parameters={
                "id.$": "$.order.id",
                "n.$": "States.ArrayLength($.xs)",
                "nested": [{"sum.$": "States.MathAdd($.a, 1)"}, "x"],
                "run.$": "$$.Execution.Id",
            },
            assign={"seen.$": "$", "text.$": "States.Format('n={}', $.n)"},
            end=True,
        ),
        None,
    ),
    (
        "pass-dollar-key-holding-a-var",
        lambda: Pass("S", parameters={"id.$": Var("$.id")}, end=True),
        lambda: Pass("S", parameters={"id.$": "$.id"}, end=True),
        None,
    ),
    (
        "task-paths-selector-credentials",
        lambda: Task(
            "S",
            resource=LAMBDA,
            input_path=Var("$.in"),
            parameters={"FunctionName": FUNCTION, "Payload": Var("$")},
            result_selector={"body": Var("$.Payload")},
            result_path=Var("$.out"),
            timeout_seconds_path=Var("$.timeout"),
            credentials=Credentials(Var("$.role")),
            end=True,
        ).catch(Catch(["States.ALL"], next=Fail("F"), assign={"why": Var("$.Cause")})),
        lambda: Task(
            "S",
            resource=LAMBDA,
            input_path="$.in",
            parameters={"FunctionName": FUNCTION, "Payload.$": "$"},
            result_selector={"body.$": "$.Payload"},
            result_path="$.out",
            timeout_seconds_path="$.timeout",
            credentials=Credentials(parse_path("$.role")),
            end=True,
        ).catch(Catch(["States.ALL"], next=Fail("F"), assign={"why.$": "$.Cause"})),
        None,
    ),
    (
        "task-intrinsic-credentials",
        lambda: Task(
            "S",
            resource=LAMBDA,
            credentials=Credentials(States.Format("arn:aws:iam::{}:role/R", Var("$.account"))),
            end=True,
        ),
        lambda: Task(
            "S",
            resource=LAMBDA,
            credentials=Credentials(
                parse_intrinsic("States.Format('arn:aws:iam::{}:role/R', $.account)")
            ),
            end=True,
        ),
        None,
    ),
    (
        "task-jsonata",
        lambda: Task(
            "S",
            resource=LAMBDA,
            arguments={"FunctionName": FUNCTION, "Payload": Jsonata("$states.input")},
            output=Jsonata("$states.result.Payload"),
            assign={"last": Jsonata("$states.result")},
            timeout_seconds=Jsonata("$states.input.timeout"),
            heartbeat_seconds=Jsonata("$states.input.beat"),
            credentials=Credentials(Jsonata("$states.input.role")),
            end=True,
        ).catch(
            Catch(["States.ALL"], next=Fail("F"), output={"e": Jsonata("$states.errorOutput")})
        ),
        lambda: Task(
            "S",
            resource=LAMBDA,
            arguments={"FunctionName": FUNCTION, "Payload": "{% $states.input %}"},
            output="{% $states.result.Payload %}",
            assign={"last": "{% $states.result %}"},
            timeout_seconds="{% $states.input.timeout %}",
            heartbeat_seconds="{% $states.input.beat %}",
            credentials=Credentials("{% $states.input.role %}"),
            end=True,
        ).catch(Catch(["States.ALL"], next=Fail("F"), output={"e": "{% $states.errorOutput %}"})),
        "JSONata",
    ),
    (
        "wait-seconds-path",
        lambda: Wait("S", seconds_path=Var("$.delay"), end=True),
        lambda: Wait("S", seconds_path="$.delay", end=True),
        None,
    ),
    (
        "wait-timestamp-path",
        lambda: Wait("S", timestamp_path=Var("$.until"), output_path=Var("$.x"), end=True),
        lambda: Wait("S", timestamp_path="$.until", output_path="$.x", end=True),
        None,
    ),
    (
        "wait-jsonata",
        lambda: Wait("S", seconds=Jsonata("$states.input.delay"), end=True),
        lambda: Wait("S", seconds="{% $states.input.delay %}", end=True),
        "JSONata",
    ),
    (
        "fail-paths",
        lambda: Fail(
            "S",
            error_path=Var("$.error"),
            cause_path=States.Format("bad {}", Var("$.id")),
        ),
        lambda: Fail("S", error_path="$.error", cause_path="States.Format('bad {}', $.id)"),
        None,
    ),
    (
        "fail-intrinsic-error-path",
        lambda: Fail("S", error_path=States.JsonToString(Var("$.code"))),
        lambda: Fail("S", error_path="States.JsonToString($.code)"),
        None,
    ),
    (
        "fail-jsonata",
        lambda: Fail("S", error=Jsonata("$states.input.code"), cause=Jsonata("'why'")),
        lambda: Fail("S", error="{% $states.input.code %}", cause="{% 'why' %}"),
        "JSONata",
    ),
    (
        "choice-rule-assign",
        lambda: (
            Choice("S")
            .when(Var("$.n") > 1, Succeed("Big"), assign={"n": Var("$.n")})
            .otherwise(Succeed("Small"))
        ),
        lambda: (
            Choice("S")
            .when(Var("$.n") > 1, Succeed("Big"), assign={"n.$": "$.n"})
            .otherwise(Succeed("Small"))
        ),
        None,
    ),
    (
        "map-distributed",
        lambda: Map(
            "S",
            item_processor=Pass("Each"),
            processor_config=ProcessorConfig("DISTRIBUTED", "STANDARD"),
            item_reader=ItemReader(
                "arn:aws:states:::s3:getObject",
                parameters={"Bucket": Var("$.bucket"), "Key": "k.json"},
                reader_config=ReaderConfig(input_type="JSON", max_items_path=Var("$.max")),
            ),
            item_batcher=ItemBatcher(
                max_items_per_batch_path=Var("$.batch"), batch_input={"run": Var("$$.Execution.Id")}
            ),
            item_selector={"item": Var("$$.Map.Item.Value")},
            result_writer=ResultWriter(
                "arn:aws:states:::s3:putObject", parameters={"Bucket": Var("$.out")}
            ),
            items_path=Var("$.items"),
            max_concurrency_path=Var("$.concurrency"),
            end=True,
        ),
        lambda: Map(
            "S",
            item_processor=Pass("Each"),
            processor_config=ProcessorConfig("DISTRIBUTED", "STANDARD"),
            item_reader=ItemReader(
                "arn:aws:states:::s3:getObject",
                parameters={"Bucket.$": "$.bucket", "Key": "k.json"},
                reader_config=ReaderConfig(input_type="JSON", max_items_path="$.max"),
            ),
            item_batcher=ItemBatcher(
                max_items_per_batch_path="$.batch", batch_input={"run.$": "$$.Execution.Id"}
            ),
            item_selector={"item.$": "$$.Map.Item.Value"},
            result_writer=ResultWriter(
                "arn:aws:states:::s3:putObject", parameters={"Bucket.$": "$.out"}
            ),
            items_path="$.items",
            max_concurrency_path="$.concurrency",
            end=True,
        ),
        None,
    ),
    (
        "map-jsonata",
        lambda: Map(
            "S",
            item_processor=Pass("Each"),
            items=Jsonata("$states.input.xs"),
            max_concurrency=Jsonata("$states.input.n"),
            item_selector={"v": Jsonata("$states.context.Map.Item.Value")},
            end=True,
        ),
        lambda: Map(
            "S",
            item_processor=Pass("Each"),
            items="{% $states.input.xs %}",
            max_concurrency="{% $states.input.n %}",
            item_selector={"v": "{% $states.context.Map.Item.Value %}"},
            end=True,
        ),
        "JSONata",
    ),
]


@pytest.mark.parametrize(
    ("typed", "text", "language"), [t[1:] for t in TYPED], ids=[t[0] for t in TYPED]
)
def test_typed_values_are_kept_in_their_asl_form(
    typed: Callable[[], State], text: Callable[[], State], language: str | None
) -> None:
    state = typed()
    assert state == text()
    assert hash(state) == hash(text())
    assert state.to_asl() == text().to_asl()
    machine = _machine(state, language)
    again = StateMachine.from_asl(machine.to_asl())
    assert again == machine
    assert hash(again) == hash(machine)
    assert again.to_json() == machine.to_json()


def test_a_dollar_key_holding_a_var_is_written_once() -> None:
    state = Pass("S", parameters={"id.$": Var("$.id")}, end=True)
    assert state.to_asl()["Parameters"] == {"id.$": "$.id"}


@pytest.mark.parametrize(
    "plain",
    [Var("$.a"), States.Format("{}", Var("$.a")), "literal"],
    ids=["var", "intrinsic", "literal"],
)
def test_colliding_keys_are_reported_once(plain: Any) -> None:
    with pytest.raises(ValidationError) as info:
        Pass("S", parameters={"id": plain, "id.$": "$.b"}, end=True)
    assert [(p.message, p.path, p.code) for p in info.value.problems] == [
        (
            "fields 'id' and 'id.$' collide (both set 'id'); keep one",
            "States.S.Parameters.id.$",
            "duplicate-field",
        )
    ]


def test_states_with_credentials_compare_and_hash_by_value() -> None:
    def build(role: Any) -> Task:
        return Task("T", resource=LAMBDA, credentials=Credentials(role), end=True)

    assert build(Var("$.role")) == build(Var("$.role"))
    assert build(Var("$.role")) != build(Var("$.other"))
    assert build(Var("$.role")) != build("$.role"), "a path differs from a fixed ARN"
    assert {build(Var("$.role")), build(Var("$.role")), build(ROLE)} == {
        build(Var("$.role")),
        build(ROLE),
    }
    assert Credentials(Var("$.role")).role_arn == parse_path("$.role")


def test_error_and_cause_paths_take_intrinsic_calls() -> None:
    fail = Fail("F", cause_path=States.Format("order {} failed", Var("$.id")))
    assert fail.cause_path == "States.Format('order {} failed', $.id)"
    assert fail.to_asl() == {"Type": "Fail", "CausePath": "States.Format('order {} failed', $.id)"}


def test_a_call_in_a_path_field_that_takes_none_is_named() -> None:
    with pytest.raises(ValidationError) as info:
        Pass("P", input_path=States.Format("{}", Var("$.a")), end=True)  # type: ignore[arg-type]
    assert [(p.message, p.path) for p in info.value.problems] == [
        (
            "InputPath must be a path, not an intrinsic function (\"States.Format('{}', $.a)\"); "
            "compute the value with Parameters first",
            "States.P.InputPath",
        )
    ]


def _mutate(container: Any) -> None:
    if isinstance(container, dict):
        container["added"] = 1
    else:
        container.append(1)


# (id, build a state from a fresh payload, read the stored payload back)
PAYLOAD_FIELDS: list[tuple[str, Callable[[Any], Any], Callable[[Any], Any], Any]] = [
    ("pass-result", lambda p: Pass("S", result=p, end=True), lambda s: s.result, {"a": [1]}),
    ("pass-result-list", lambda p: Pass("S", result=p, end=True), lambda s: s.result, [{"a": 1}]),
    (
        "task-parameters",
        lambda p: Task("S", resource=LAMBDA, parameters=p, end=True),
        lambda s: s.parameters,
        {"FunctionName": "charge", "Payload": {"a": [1, 2]}},
    ),
    (
        "task-arguments",
        lambda p: Task("S", resource=LAMBDA, arguments=p, end=True),
        lambda s: s.arguments,
        {"FunctionName": "charge", "Payload": {"a": [1, 2]}},
    ),
    (
        "task-result-selector",
        lambda p: Task("S", resource=LAMBDA, result_selector=p, end=True),
        lambda s: s.result_selector,
        {"a": {"b.$": "$.c"}},
    ),
    (
        "task-resource",
        lambda p: Task("S", resource=p, end=True),
        lambda s: s.resource,
        {"Fn::GetAtt": ["Fn", "Arn"]},
    ),
    ("pass-assign", lambda p: Pass("S", assign=p, end=True), lambda s: s.assign, {"v": [1]}),
    ("pass-output", lambda p: Pass("S", output=p, end=True), lambda s: s.output, {"v": [1]}),
    (
        "map-item-selector",
        lambda p: Map("S", item_processor=Pass("E"), item_selector=p, end=True),
        lambda s: s.item_selector,
        {"v": {"w": 1}},
    ),
    (
        "map-items",
        lambda p: Map("S", item_processor=Pass("E"), items=p, end=True),
        lambda s: s.items,
        [1, [2]],
    ),
    (
        "item-reader-parameters",
        lambda p: ItemReader("arn:aws:states:::s3:getObject", parameters=p),
        lambda r: r.parameters,
        {"Bucket": "b", "Key": "k"},
    ),
    (
        "item-reader-arguments",
        lambda p: ItemReader("arn:aws:states:::s3:getObject", arguments=p),
        lambda r: r.arguments,
        {"Bucket": "b", "Key": "k"},
    ),
    (
        "item-batcher-input",
        lambda p: ItemBatcher(max_items_per_batch=2, batch_input=p),
        lambda b: b.batch_input,
        {"run": [1]},
    ),
    (
        "result-writer-parameters",
        lambda p: ResultWriter("arn:aws:states:::s3:putObject", parameters=p),
        lambda w: w.parameters,
        {"Bucket": "b", "Prefix": "p"},
    ),
    (
        "catch-assign",
        lambda p: Catch(["States.ALL"], next="H", assign=p),
        lambda c: c.assign,
        {"e": {"x": 1}},
    ),
    (
        "catch-output",
        lambda p: Catch(["States.ALL"], next="H", output=p),
        lambda c: c.output,
        {"e": [1]},
    ),
    (
        "choice-rule-assign",
        lambda p: ChoiceRule(Var("$.a") == 1, next="H", assign=p),
        lambda r: r.assign,
        {"e": {"x": 1}},
    ),
    (
        "credentials",
        lambda p: Credentials(p),
        lambda c: c.role_arn,
        {"Fn::Sub": "arn:aws:iam::${AWS::AccountId}:role/R"},
    ),
]


@pytest.mark.parametrize(
    ("build", "read", "payload"),
    [f[1:] for f in PAYLOAD_FIELDS],
    ids=[f[0] for f in PAYLOAD_FIELDS],
)
def test_payloads_are_copied_and_read_only(
    build: Callable[[Any], Any], read: Callable[[Any], Any], payload: Any
) -> None:
    given = copy.deepcopy(payload)
    obj = build(given)
    _mutate(given)
    inner = given[next(iter(given))] if isinstance(given, dict) else given[0]
    if isinstance(inner, (dict, list)):
        _mutate(inner)
    stored = read(obj)
    assert stored == payload, "changing the dict or list passed in does not change the state"
    assert obj == build(copy.deepcopy(payload))
    assert hash(obj) == hash(build(copy.deepcopy(payload)))
    assert json.loads(json.dumps(stored)) == payload
    with pytest.raises(TypeError, match="belongs to a state and is read-only"):
        _mutate(stored)
    nested = stored[next(iter(stored))] if isinstance(stored, dict) else stored[0]
    if isinstance(nested, (dict, list)):
        with pytest.raises(TypeError, match="belongs to a state and is read-only"):
            _mutate(nested)
    assert read(obj) == payload


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d.__setitem__("k", 1),
        lambda d: d.__delitem__("a"),
        lambda d: d.update(k=1),
        lambda d: d.setdefault("k", 1),
        lambda d: d.pop("a"),
        lambda d: d.popitem(),
        lambda d: d.clear(),
        lambda d: d.__ior__({"k": 1}),
    ],
)
def test_a_frozen_dict_refuses_every_change(change: Callable[[Any], Any]) -> None:
    stored = Pass("S", result={"a": 1}, end=True).result
    with pytest.raises(TypeError):
        change(stored)
    assert stored == {"a": 1}


@pytest.mark.parametrize(
    "change",
    [
        lambda xs: xs.__setitem__(0, 9),
        lambda xs: xs.__delitem__(0),
        lambda xs: xs.__iadd__([9]),
        lambda xs: xs.__imul__(2),
        lambda xs: xs.append(9),
        lambda xs: xs.extend([9]),
        lambda xs: xs.insert(0, 9),
        lambda xs: xs.pop(),
        lambda xs: xs.remove(1),
        lambda xs: xs.clear(),
        lambda xs: xs.sort(),
        lambda xs: xs.reverse(),
    ],
)
def test_a_frozen_list_refuses_every_change(change: Callable[[Any], Any]) -> None:
    stored = Pass("S", result=[1, 2], end=True).result
    with pytest.raises(TypeError):
        change(stored)
    assert stored == [1, 2]


def test_frozen_payloads_copy_and_pickle_as_themselves() -> None:
    state = Pass("S", result={"a": [1, {"b": None}]}, end=True)
    for again in (copy.copy(state), copy.deepcopy(state), pickle.loads(pickle.dumps(state))):
        assert again == state
        assert type(again.result) is type(state.result)
        assert type(again.result["a"]) is type(state.result["a"])
    # A plain copy is a dict you can change.
    mutable = dict(state.result)
    mutable["c"] = 1
    assert state.result == {"a": [1, {"b": None}]}


def test_equal_states_are_one_in_a_set() -> None:
    def build() -> Task:
        return Task(
            "T",
            resource=LAMBDA,
            parameters={"FunctionName": "charge", "Payload": {"id": Var("$.id"), "xs": [1, 2]}},
            result_selector={"v.$": "$.Payload"},
            end=True,
        ).retry(Retry(["States.Timeout"], max_attempts=2))

    assert len({build(), build(), build().with_(comment=None)}) == 1
    assert len({build(), build().with_(comment="other")}) == 2


def test_the_machine_comment_is_never_also_on_its_graph() -> None:
    commented = Graph.of(Pass("A"), comment="orders")
    machine = StateMachine(commented)
    assert (machine.comment, machine.graph.comment) == ("orders", None)
    assert machine == StateMachine(Pass("A"), comment="orders")
    assert machine.to_asl()["Comment"] == "orders"
    assert StateMachine(commented, comment="orders") == machine
    read = StateMachine.from_asl(
        {"Comment": "orders", "StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}}
    )
    assert (read.comment, read.graph.comment) == ("orders", None)


def test_two_different_machine_comments_are_reported() -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine(Graph.of(Pass("A"), comment="from the graph"), comment="given")
    assert [(p.message, p.path, p.code) for p in info.value.problems] == [
        (
            "the Graph's comment 'from the graph' and comment='given' are both the machine's "
            "Comment; pass only one of them",
            "Comment",
            "conflicting-comment",
        )
    ]


def test_a_machine_read_from_asl_does_not_share_the_document() -> None:
    document: dict[str, Any] = {
        "StartAt": "A",
        "States": {"A": {"Type": "Pass", "Parameters": {"n": 1, "id.$": "$.id"}, "End": True}},
    }
    machine = StateMachine.from_asl(document)
    document["States"]["A"]["Parameters"]["id.$"] = "not a path"
    assert machine.state("A").to_asl()["Parameters"] == {"n": 1, "id.$": "$.id"}


# --------------------------------------------------------------------------- fields declared once

FIELD_CLASSES: list[type] = [
    Task,
    Pass,
    Wait,
    Choice,
    Parallel,
    Map,
    Succeed,
    Fail,
    Retry,
    Catch,
    ChoiceRule,
    ProcessorConfig,
    ItemReader,
    ReaderConfig,
    ItemBatcher,
    ResultWriter,
    WriterConfig,
]
# Fields checked by their class's rules, not by a check of their own.
CHECKED_BY_RULES = {
    "end",
    "retry_rules",
    "catch_rules",
    "item_processor",
    "processor_config",
    "legacy_iterator",
    "csv_headers",
}


@pytest.mark.parametrize("cls", FIELD_CLASSES, ids=lambda c: c.__name__)
def test_every_asl_field_declares_its_name_languages_and_check(cls: type) -> None:
    for field in attrs.fields(cls):
        meta = field.metadata
        if meta.get("asl") is None:
            assert field.name in ("name", "condition", "errors") or meta.get("write"), field.name
            continue
        assert meta["languages"] <= {"JSONPath", "JSONata"}
        assert meta["check"] is not None or field.name in CHECKED_BY_RULES, field.name
        # Keyword-only after the first argument: mypy sees it (tests/typing/states_errors.py).
        assert field.kw_only or field is attrs.fields(cls)[0] or cls is ProcessorConfig


def test_the_reference_lists_every_field_as_declared() -> None:
    page = (Path(__file__).resolve().parents[1] / "docs" / "reference" / "asl.md").read_text()
    section = page.split("\n## Fields\n", 1)[1]
    tables = section[section.index("### ") :]
    assert tables == markdown_tables(FIELD_CLASSES)


@attrs.frozen
class _Gauge:
    """A made-up rule with two fields declared once (a value and its Path form)."""

    limit: int | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl("Limit", chk.integer, minimum=1, maximum=10, jsonata_value=True),
    )
    limit_path: str | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl(
            "LimitPath", chk.plain_path, languages=JSONPATH, reference=True, exclusive="limit"
        ),
    )


def test_a_field_declared_once_is_checked_written_and_language_ruled() -> None:
    assert [(p.message, p.path, p.code) for p in field_problems(_Gauge(limit=0), "X")] == [
        ("Limit must be >= 1 (got 0)", "X.Limit", "out-of-range")
    ]
    both = _Gauge(limit=3, limit_path="$.n")
    assert [(p.path, p.code) for p in field_problems(both, "X")] == [
        ("X.LimitPath", "mutually-exclusive")
    ]
    assert fields_to_asl(both) == {"Limit": 3, "LimitPath": "$.n"}
    assert fields_to_asl(_Gauge()) == {}
    assert language_fields(_Gauge, "JSONata") == (("limit_path", "LimitPath"),)
    assert language_fields(_Gauge, "JSONPath") == ()
    assert jsonata_value_fields(_Gauge) == (("limit", "Limit"),)
    assert markdown_table(_Gauge).splitlines()[2:] == [
        "| `Limit` | `limit` | JSONPath, JSONata | An optional whole number within bounds "
        "(at least 1; at most 10) |",
        "| `LimitPath` | `limit_path` | JSONPath | InputPath/OutputPath/ItemsPath/...Path: a "
        "JSONPath (or null where allowed) (a reference path) |",
    ]


@pytest.mark.parametrize(
    ("cls", "language", "expected"),
    [
        (Pass, "JSONata", ("InputPath", "OutputPath", "Parameters", "Result", "ResultPath")),
        (Pass, "JSONPath", ("Output",)),
        (
            Task,
            "JSONata",
            (
                "InputPath",
                "OutputPath",
                "Parameters",
                "ResultSelector",
                "ResultPath",
                "TimeoutSecondsPath",
                "HeartbeatSecondsPath",
            ),
        ),
        (Task, "JSONPath", ("Arguments", "Output")),
        (Map, "JSONPath", ("Items", "Output")),
        (Fail, "JSONata", ("ErrorPath", "CausePath")),
        (Fail, "JSONPath", ()),
    ],
)
def test_the_fields_a_query_language_refuses_come_from_their_declarations(
    cls: type, language: Literal["JSONPath", "JSONata"], expected: tuple[str, ...]
) -> None:
    assert tuple(name for _, name in language_fields(cls, language)) == expected


# --------------------------------------------------------------------------- checked_as_asl

_MISSPELT_GET = {"TableNmae": "orders", "Key": {"id": {"S": "1"}}}
_NEW_SDK_PARAMETER = {"TableName": "orders", "ReadMode2031": "fast"}


def _misspelt_get() -> Task:
    return Task("Get", resource="arn:aws:states:::dynamodb:getItem", parameters=_MISSPELT_GET)


def _new_sdk_parameter() -> Task:
    return Task(
        "Query", resource="arn:aws:states:::aws-sdk:dynamodb:query", parameters=_NEW_SDK_PARAMETER
    )


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (
            _misspelt_get,
            [
                ("sdk-unknown-parameter", "States.Get.Parameters.TableNmae"),
                ("sdk-missing-parameter", "States.Get.Parameters.TableName"),
            ],
        ),
        (_new_sdk_parameter, [("sdk-unknown-parameter", "States.Query.Parameters.ReadMode2031")]),
        (
            lambda: Pass("P", parameters={"x": "{% 1 %}"}),
            [("jsonata-text-in-jsonpath", "States.P.Parameters.x")],
        ),
        (
            lambda: Pass("P", query_language="JSONPath", assign={"x": "{% 1 %}"}),
            [("jsonata-text-in-jsonpath", "States.P.Assign.x")],
        ),
    ],
)
def test_checked_as_asl_builds_what_python_refuses_and_the_machine_warns(
    build: Callable[[], State], expected: list[tuple[str, str]]
) -> None:
    with pytest.raises(ValidationError) as strict:
        build()
    assert [(p.code, p.path) for p in strict.value.problems] == expected
    with checked_as_asl():
        machine = StateMachine(build())
    assert [(w.code, w.path, w.severity) for w in machine.warnings] == [
        (code, path, "warning") for code, path in expected
    ]
    with pytest.raises(ValidationError):  # leaving the block restores the strict checks
        build()


def test_checked_as_asl_warns_of_a_branch_state_at_its_path_in_the_machine() -> None:
    with checked_as_asl():
        fan = Parallel("Fan", branches=[Graph.of(Pass("P", parameters={"x": "{% 1 %}"}))])
        machine = StateMachine(fan)
    assert [(w.code, w.path) for w in machine.warnings] == [
        ("jsonata-text-in-jsonpath", "States.Fan.Branches[0].States.P.Parameters.x")
    ]


def test_checked_as_asl_judges_the_machine_as_read_too() -> None:
    route = Choice("Route").when(Var("$.x").is_present(), "Done").otherwise("Spin")
    loop = Graph("Route", [route, Succeed("Done"), Pass("Spin", next_state="Spin")])
    with pytest.raises(ValidationError) as strict:
        StateMachine(loop)
    assert [(p.code, p.path) for p in strict.value.problems] == [("no-path-to-end", "States.Spin")]
    with checked_as_asl():
        machine = StateMachine(loop)
    assert [(w.code, w.path, w.severity) for w in machine.warnings] == [
        ("no-path-to-end", "States.Spin", "warning")
    ]
    read = StateMachine.from_asl(machine.to_asl())
    assert (read, read.warnings) == (machine, machine.warnings)


@pytest.mark.parametrize(
    ("build", "code"),
    [
        (lambda: Wait("W", seconds=-1), "out-of-range"),
        (
            lambda: Task("L", resource="arn:aws:states:::aws-sdk:s3:listBuckets.sync"),
            "sdk-pattern-unsupported",
        ),
        (lambda: StateMachine(Pass("A", next_state="Nowhere")), "missing-target"),
    ],
)
def test_checked_as_asl_still_raises_for_what_the_service_refuses(
    build: Callable[[], object], code: str
) -> None:
    with checked_as_asl(), pytest.raises(ValidationError) as raised:
        build()
    assert [p.code for p in raised.value.problems] == [code]


def test_checked_as_asl_is_left_when_the_block_raises() -> None:
    with pytest.raises(KeyError), checked_as_asl():
        raise KeyError("x")
    with pytest.raises(ValidationError):
        _misspelt_get()


def test_checked_as_asl_covers_its_own_thread_as_a_context_variable_does() -> None:
    outcomes: dict[str, str] = {}

    def attempt(label: str) -> None:
        try:
            _misspelt_get()
            outcomes[label] = "built"
        except ValidationError:
            outcomes[label] = "refused"

    with checked_as_asl():
        plain = threading.Thread(target=attempt, args=("new thread",))
        plain.start()
        plain.join()
        context = contextvars.copy_context()
        copied = threading.Thread(target=context.run, args=(attempt, "copied context"))
        copied.start()
        copied.join()
    assert outcomes == {"new thread": "refused", "copied context": "built"}


def test_checked_as_asl_covers_its_own_asyncio_task() -> None:
    async def lenient() -> str:
        with checked_as_asl():
            await asyncio.sleep(0.01)  # the strict task runs while this one is in the block
            return _misspelt_get().name

    async def strict() -> str:
        await asyncio.sleep(0)
        try:
            _misspelt_get()
        except ValidationError:
            return "refused"
        return "built"

    async def both() -> list[str]:
        return list(await asyncio.gather(lenient(), strict()))

    assert asyncio.run(both()) == ["Get", "refused"]
