"""A Choice after a service call knows what the call's result always holds (its API output shape)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sfdsl import Choice, Pass, StateMachine, Succeed, Task, Var

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


# ------------------------------------------------- a Choice reading into a call's result


def _after_get_item(
    condition: Any, *, result_path: str = "$.r", between: list[Any] | None = None
) -> list[tuple[str, str, str]]:
    """The warnings of getItem (result at *result_path*), *between* states, then a Choice."""
    from sfdsl import chain

    call = Task("Get", resource=OPTIMIZED_GET, parameters=GET_ITEM, result_path=result_path)
    check = Choice("Check").when(condition, Succeed("Yes")).otherwise(Succeed("No"))
    machine = StateMachine(chain(call, *(between or []), check))
    return [(p.code, p.path, p.message) for p in machine.warnings]


OPTIMIZED_GET = "arn:aws:states:::dynamodb:getItem"
AT = "States.Check.Choices[0]"
MAY_LEAVE_OUT_ITEM = (
    "unguarded-choice-variable",
    AT,
    "rule 0 compares {var}, but the result of dynamodb:getItem (put at $.r) may leave out "
    "'Item', an optional member of the API's output; if it is absent the execution fails with "
    "States.Runtime: test it first, Var('$.r.Item').is_present() & ...",
)
NO_ITEMZ = (
    "unknown-result-field",
    AT,
    "rule 0 compares $.r.Itemz, but the result of dynamodb:getItem (put at $.r) never has "
    "'Itemz' (did you mean 'Item'?), so {outcome}; its members there are: ConsumedCapacity, Item",
)


@pytest.mark.parametrize("var", ["$.r.Item", "$.r.Item.id.S"])
def test_a_choice_on_an_optional_member_of_the_result_warns_with_the_guard_to_add(
    var: str,
) -> None:
    code, path, message = MAY_LEAVE_OUT_ITEM
    assert _after_get_item(Var(var) == "x") == [(code, path, message.format(var=var))]


def test_a_member_the_result_never_has_warns_with_did_you_mean() -> None:
    code, path, message = NO_ITEMZ
    outcome = "the execution fails with States.Runtime"
    assert _after_get_item(Var("$.r.Itemz") == "x") == [
        (code, path, message.format(outcome=outcome))
    ]
    # Guarded, or only tested for presence, the rule never finds it: still a misspelling.
    outcome = "it is never present (is_present() is always false)"
    guarded = Var("$.r.Itemz").is_present() & (Var("$.r.Itemz") == "x")
    assert _after_get_item(guarded) == [(code, path, message.format(outcome=outcome))]
    assert _after_get_item(Var("$.r.Itemz").is_present()) == [
        (code, path, message.format(outcome=outcome))
    ]
    assert _after_get_item(~Var("$.r.Itemz").is_present()) == [
        (code, path, message.format(outcome=outcome))
    ]


@pytest.mark.parametrize(
    ("condition", "between"),
    [
        # Guarded by IsPresent, in the rule itself: the path, or the optional member on its way.
        (Var("$.r.Item.id.S").is_present() & (Var("$.r.Item.id.S") == "x"), []),
        (Var("$.r.Item").is_present() & (Var("$.r.Item.id.S") == "x"), []),
        # A state after the call writes the member inside the result.
        (Var("$.r.Item.id.S") == "x", [Pass("Fill", result={"S": "1"}, result_path="$.r.Item.id")]),
        # Step Functions adds the response metadata to an optimized call's result.
        (Var("$.r.SdkHttpMetadata.HttpStatusCode") == 200, []),
    ],
    ids=["guarded", "member-guarded", "written-after", "response-metadata"],
)
def test_no_warning_when_the_member_is_guarded_or_written(
    condition: Any, between: list[Any]
) -> None:
    assert _after_get_item(condition, between=between) == []


@pytest.mark.parametrize(
    ("resource", "parameters", "var"),
    [
        # Required members of the output, at the top and nested in a required structure.
        ("arn:aws:states:::aws-sdk:sfn:startExecution", {"StateMachineArn": ARN}, "$.r.StartDate"),
        ("arn:aws:states:::states:startExecution", {"StateMachineArn": ARN}, "$.r.ExecutionArn"),
        # lambda:invoke always returns its Payload; what the function returns is not the model's.
        ("arn:aws:states:::lambda:invoke", {"FunctionName": "f"}, "$.r.Payload.done"),
    ],
)
def test_no_warning_for_a_member_every_result_has(
    resource: str, parameters: dict[str, Any], var: str
) -> None:
    call = Task("Call", resource=resource, parameters=parameters, result_path="$.r")
    check = Choice("Check").when(Var(var) == "x", Succeed("Yes")).otherwise(Succeed("No"))
    assert StateMachine(call.next(check)).warnings == ()


def test_the_result_of_lambda_invoke_is_not_the_functions_output() -> None:
    call = Task("Call", resource="arn:aws:states:::lambda:invoke", parameters={"FunctionName": "f"})
    check = Choice("Check").when(Var("$.status") == "DONE", Succeed("Yes")).otherwise(Succeed("No"))
    [warning] = StateMachine(call.next(check)).warnings
    assert (warning.code, warning.message) == (
        "unknown-result-field",
        "rule 0 compares $.status, but the result of lambda:invoke (put at $) never has 'status', "
        "so the execution fails with States.Runtime; its members there are: "
        "DurableExecutionArn, ExecutedVersion, "
        "FunctionError, LogResult, Payload, StatusCode",
    )


def test_a_choice_with_an_input_path_is_told_the_guard_in_its_own_terms() -> None:
    call = Task("Get", resource=OPTIMIZED_GET, parameters=GET_ITEM, result_path="$.r")
    check = (
        Choice("Check", input_path="$.r")
        .when(Var("$.Item.id.S") == "x", Succeed("Yes"))
        .otherwise(Succeed("No"))
    )
    [warning] = StateMachine(call.next(check)).warnings
    assert warning.message.endswith("test it first, Var('$.Item').is_present() & ...")


def test_the_result_counts_only_when_every_way_in_holds_it() -> None:
    from sfdsl import Catch, States

    # The Catch leads to the Choice with the error at $.r: on that way in $.r is not the result.
    check = Choice("Check").when(Var("$.r.Itemz") == "x", Succeed("Yes")).otherwise(Succeed("No"))
    call = Task("Get", resource=OPTIMIZED_GET, parameters=GET_ITEM, result_path="$.r").catch(
        Catch([States.ALL], next=check, result_path="$.r")
    )
    assert StateMachine(call.next(check)).warnings == ()
    # Replacing the result after the call ends it too: $.r is then the Pass's.
    replaced = [Pass("Replace", result={"Item": {"id": {"S": "1"}}}, result_path="$.r")]
    assert _after_get_item(Var("$.r.Itemz") == "x", between=replaced) == []
    # Writing beside it does not.
    beside = [Pass("Note", result=1, result_path="$.note")]
    assert [c for c, _, _ in _after_get_item(Var("$.r.Itemz") == "x", between=beside)] == [
        "unknown-result-field"
    ]


def test_a_result_read_from_asl_is_judged_the_same() -> None:
    from sfdsl.asl import from_asl

    asl = StateMachine(
        Task("Get", resource=OPTIMIZED_GET, parameters=GET_ITEM, result_path="$.r").next(
            Choice("Check").when(Var("$.r.Itemz") == "x", Succeed("Yes")).otherwise(Succeed("No"))
        )
    ).to_asl()
    [warning] = from_asl(asl).warnings
    assert (warning.code, warning.path, warning.severity) == (
        "unknown-result-field",
        AT,
        "warning",
    )


def test_the_corpus_reads_one_member_a_result_never_has(corpus: Path) -> None:
    """Every unknown-result-field warning of the real-world and recorded-execution corpus, each right.

    ``sfwc__tts-converter`` compares ``$.TaskStatus`` after ``polly:getSpeechSynthesisTask``,
    whose result has it under ``SynthesisTask`` (as the CDK version of the same workflow reads
    it), so the Choice fails with ``States.Runtime`` on the first poll.
    """
    from sfdsl.asl import from_asl
    from sfdsl.errors import DefinitionError, ValidationError

    found = []
    for path in sorted(corpus.rglob("*.json")):
        if path.name.startswith("_manifest") or "expected" in path.parts:
            continue
        try:
            problems = from_asl(path).warnings
        except (ValidationError, DefinitionError) as exc:
            problems = exc.problems
        found += [(path.name, p.path) for p in problems if p.code == "unknown-result-field"]
    assert found == [
        (
            "sfwc__tts-converter__statemachine.json",
            "States.SpeechSynthesisTaskStatus.Choices[0]",
        )
    ]
