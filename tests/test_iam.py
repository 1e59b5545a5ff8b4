"""IAM derivation: walking the definition, merging, errors, the SDK table and the role's other parts."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import awacs.aws
import pytest
from hypothesis import given
from hypothesis import strategies as st
from troposphere import GetAtt, ImportValue, Ref

from sfdsl._iam import (
    IamContext,
    IamDerivation,
    derive_statements,
    kms_statements,
    logging_statements,
    policy_document,
    trust_policy,
    xray_statements,
)
from sfdsl._iam._sdk import ACTION_EXCEPTIONS, SERVICE_PREFIXES, has_action, has_prefix
from sfdsl.errors import IamDerivationError


def a(service: str, resource: str) -> dict[str, Any]:
    return {
        "Fn::Sub": f"arn:${{AWS::Partition}}:{service}:${{AWS::Region}}:${{AWS::AccountId}}:{resource}"
    }


def s(actions: list[str], resources: list[Any], condition: Any = None) -> dict[str, Any]:
    out: dict[str, Any] = {"Action": sorted(actions), "Effect": "Allow", "Resource": resources}
    if condition:
        out["Condition"] = condition
    return out


def rendered(result: IamDerivation) -> list[dict[str, Any]]:
    return [json.loads(statement.to_json()) for statement in result.statements]


def machine(states: dict[str, Any]) -> dict[str, Any]:
    return {"StartAt": next(iter(states)), "States": states}


def task(resource: str, params: Any = None, **extra: Any) -> dict[str, Any]:
    state: dict[str, Any] = {"Type": "Task", "Resource": resource, **extra}
    if "Next" not in extra:
        state["End"] = True
    if params is not None:
        state["Parameters"] = params
    return state


def topic(name: str) -> dict[str, Any]:
    return task(
        "arn:aws:states:::sns:publish", {"TopicArn": f"arn:aws:sns:us-east-1:123456789012:{name}"}
    )


def topic_arn(name: str) -> str:
    return f"arn:aws:sns:us-east-1:123456789012:{name}"


# --- Walking the definition ------------------------------------------------------------------


def test_parallel_branches_and_inline_map_are_walked() -> None:
    definition = machine(
        {
            "P": {
                "Type": "Parallel",
                "Branches": [
                    {"StartAt": "X", "States": {"X": topic("x")}},
                    {"StartAt": "Y", "States": {"Y": {"Type": "Pass", "End": True}}},
                ],
                "Next": "M",
            },
            "M": {
                "Type": "Map",
                "Iterator": {"StartAt": "Z", "States": {"Z": topic("z")}},
                "Next": "W",
            },
            "W": {"Type": "Wait", "Seconds": 1, "End": True},
        }
    )
    result = derive_statements(definition)
    assert rendered(result) == [s(["sns:Publish"], [topic_arn("x"), topic_arn("z")])]
    assert result.warnings == ()


def test_distributed_map_reader_writer_and_keys() -> None:
    definition = machine(
        {
            "M": {
                "Type": "Map",
                "ItemProcessor": {
                    "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "Y",
                    "States": {"Y": topic("y")},
                },
                "ItemReader": {
                    "Resource": "arn:aws:states:::s3:listObjectsV2",
                    "Parameters": {"Bucket": "${In}", "Prefix": "in/"},
                },
                "ResultWriter": {
                    "Resource": "arn:aws:states:::s3:putObject",
                    "Parameters": {"Bucket": "out", "Prefix": "res"},
                },
                "End": True,
            }
        }
    )
    key = "arn:aws:kms:us-east-1:123456789012:key/in"
    out_key = "arn:aws:kms:us-east-1:123456789012:key/out"
    ctx = IamContext(
        substitutions={"In": {"Ref": "Data"}},
        state_machine_name="main",
        bucket_keys={"In": (key,), "out": (out_key,)},
    )
    # The Map's own statements come first, then those of the states it runs.
    assert rendered(derive_statements(definition, context=ctx)) == [
        s(["states:StartExecution"], [a("states", "stateMachine:main")]),
        # Map Run children are execution:<machine>/<label>:<id>; Standard ones can be redriven.
        s(
            ["states:DescribeExecution", "states:StopExecution", "states:RedriveExecution"],
            [a("states", "execution:main/*")],
        ),
        s(
            ["s3:ListBucket"],
            [{"Fn::Sub": "arn:${AWS::Partition}:s3:::${Data}"}],
            {"StringLike": {"s3:prefix": "in/*"}},
        ),
        s(
            ["s3:GetObject"],
            [
                {"Fn::Sub": "arn:${AWS::Partition}:s3:::${Data}/in/*"},
                {"Fn::Sub": "arn:${AWS::Partition}:s3:::out/res/*"},
            ],
        ),
        s(["kms:Decrypt"], [key, out_key]),
        s(
            ["s3:PutObject", "s3:ListMultipartUploadParts", "s3:AbortMultipartUpload"],
            [{"Fn::Sub": "arn:${AWS::Partition}:s3:::out/res/*"}],
        ),
        s(["kms:Encrypt", "kms:GenerateDataKey"], [out_key]),
        s(["sns:Publish"], [topic_arn("y")]),
    ]


def test_distributed_map_uses_the_custom_name() -> None:
    definition = machine(
        {
            "M": {
                "Type": "Map",
                "ItemProcessor": {
                    "ProcessorConfig": {"Mode": "DISTRIBUTED"},
                    "StartAt": "Z",
                    "States": {"Z": {"Type": "Pass", "End": True}},
                },
                "End": True,
            }
        }
    )
    result = derive_statements(definition, context=IamContext(state_machine_name="myCustomName"))
    assert rendered(result)[0] == s(
        ["states:StartExecution"], [a("states", "stateMachine:myCustomName")]
    )


def test_distributed_map_without_identity_warns() -> None:
    definition = machine(
        {
            "M": {
                "Type": "Map",
                "ItemProcessor": {
                    "ProcessorConfig": {"Mode": "DISTRIBUTED"},
                    "StartAt": "Z",
                    "States": {"Z": {"Type": "Pass", "End": True}},
                },
                "End": True,
            }
        }
    )
    result = derive_statements(definition)
    assert rendered(result) == [
        s(["states:StartExecution"], [a("states", "stateMachine:*")]),
        s(
            ["states:DescribeExecution", "states:StopExecution", "states:RedriveExecution"],
            [a("states", "execution:*")],
        ),
    ]
    assert [(w.message, w.path, w.severity) for w in result.warnings] == [
        (
            "the state machine's own ARN is not known, so it is granted on every state machine "
            "in the account and region; set IamContext.state_machine_name (or state_machine_arn)",
            "States.M.ItemProcessor.ProcessorConfig",
            "warning",
        )
    ]


def test_states_without_permissions_give_no_statement_never_deny_all() -> None:
    result = derive_statements(machine({"P": {"Type": "Pass", "End": True}}))
    assert result == IamDerivation((), ())
    with pytest.raises(IamDerivationError) as info:
        policy_document(result)
    assert str(info.value) == (
        "the state machine needs no IAM permission (no Task needs one and no extra statements "
        "were given): attach no inline policy, IAM rejects an empty one"
    )


# --- Merging ---------------------------------------------------------------------------------


def test_same_resources_merge_actions_and_duplicates_vanish() -> None:
    definition = machine(
        {
            "A": task("arn:aws:states:::dynamodb:getItem", {"TableName": "t"}, Next="B"),
            "B": task("arn:aws:states:::dynamodb:putItem", {"TableName": "t"}, Next="C"),
            "C": task("arn:aws:states:::dynamodb:getItem", {"TableName": "t"}),
        }
    )
    assert rendered(derive_statements(definition)) == [
        s(["dynamodb:GetItem", "dynamodb:PutItem"], [a("dynamodb", "table/t")])
    ]


def test_star_absorbs_narrower_grants_of_the_same_action() -> None:
    definition = machine(
        {
            "A": task(
                "arn:aws:states:::aws-sdk:efs:describeFileSystems",
                {"FileSystemId": "fs-1"},
                Next="B",
            ),
            # Without FileSystemId the call describes every file system: "*" is its resource.
            "B": task("arn:aws:states:::aws-sdk:efs:describeFileSystems", {}),
        }
    )
    result = derive_statements(definition)
    assert rendered(result) == [s(["elasticfilesystem:DescribeFileSystems"], ["*"])]
    assert result.warnings == ()


NAMES = ["a", "b", "c", "d"]


@given(st.lists(st.sampled_from(NAMES), min_size=1, max_size=8))
def test_merged_statements_grant_exactly_the_union(order: list[str]) -> None:
    states: dict[str, Any] = {}
    for i, name in enumerate(order):
        resource = (
            "arn:aws:states:::sns:publish" if name in "ab" else "arn:aws:states:::sqs:sendMessage"
        )
        params = (
            {"TopicArn": topic_arn(name)}
            if name in "ab"
            else {"QueueUrl": f"https://sqs.us-east-1.amazonaws.com/123456789012/{name}"}
        )
        states[f"S{i}"] = task(resource, params)
    pairs = {
        (action, json.dumps(resource, sort_keys=True))
        for statement in rendered(derive_statements(machine(states)))
        for action in statement["Action"]
        for resource in statement["Resource"]
    }
    expected = set()
    for name in set(order):
        if name in "ab":
            expected.add(("sns:Publish", json.dumps(topic_arn(name))))
        else:
            arn = {"Fn::Sub": f"arn:${{AWS::Partition}}:sqs:us-east-1:123456789012:{name}"}
            expected.add(("sqs:SendMessage", json.dumps(arn, sort_keys=True)))
    assert pairs == expected
    again = rendered(derive_statements(machine(states)))
    assert again == rendered(derive_statements(machine(states)))


# --- Errors and the escape hatch ---------------------------------------------------------------

BROKEN = machine(
    {
        "A": task("arn:aws:states:::sqs:deleteMessage"),
        "B": task("arn:aws:states:::aws-sdk:nosuchsvc:doIt"),
        "C": task("arn:aws:states:::aws-sdk:dynamodb:putItems"),
        "D": task("arn:aws:states:::sns:publish", {"TopicArn": "${Missing}"}),
        "E": task("arn:aws:states:::lambda:invoke", {}),
        "F": task("arn:aws:iam::123456789012:role/not-a-task"),
    }
)


def test_every_task_without_a_rule_is_reported_at_once() -> None:
    with pytest.raises(IamDerivationError) as info:
        derive_statements(BROKEN)
    hatch = "grant what it needs with extra_statements=[awacs.aws.Statement(...)] and add"
    assert str(info.value) == "\n".join(
        [
            "invalid IAM policy for the state machine role (6 problems):",
            f"  - no IAM rule for Resource 'arn:aws:states:::sqs:deleteMessage'; {hatch} 'A' to "
            "covered_states (an option of App.add and IamContext)  @ States.A.Resource",
            "  - no IAM rule for Resource 'arn:aws:states:::aws-sdk:nosuchsvc:doIt' (no IAM service "
            f"prefix is known for 'nosuchsvc'); {hatch} 'B' to covered_states (an option of App.add and IamContext)  "
            "@ States.B.Resource",
            "  - no IAM rule for Resource 'arn:aws:states:::aws-sdk:dynamodb:putItems' "
            "(dynamodb:PutItems is not a known IAM action: check the spelling of "
            "'putItems', or the SDK action is authorized by IAM actions of other names); "
            f"{hatch} 'C' to "
            "covered_states (an option of App.add and IamContext)  @ States.C.Resource",
            "  - placeholder ${Missing} has no DefinitionSubstitutions value (known: none); add it "
            "to IamContext.substitutions  @ States.D.Parameters.TopicArn",
            "  - lambda:invoke needs FunctionName to know which resource it uses; set it in "
            "Parameters/Arguments  @ States.E.Parameters.FunctionName",
            "  - no IAM rule for Resource 'arn:aws:iam::123456789012:role/not-a-task'; "
            f"{hatch} 'F' to covered_states (an option of App.add and IamContext)  @ States.F.Resource",
        ]
    )
    assert info.value.code == "iam-derivation"


def test_covered_states_are_left_to_extra_statements() -> None:
    ctx = IamContext(covered_states={"A", "B", "C", "D", "E", "F"})
    result = derive_statements(BROKEN, context=ctx)
    assert result == IamDerivation((), ())
    extra = awacs.aws.Statement(
        Effect=awacs.aws.Allow, Action=[awacs.aws.Action("eks", "DescribeCluster")], Resource=["*"]
    )
    doc = json.loads(policy_document(result, [extra]).to_json())
    assert doc == {
        "Version": "2012-10-17",
        "Statement": [{"Action": ["eks:DescribeCluster"], "Effect": "Allow", "Resource": ["*"]}],
    }


# --- aws-sdk: IAM prefixes and action names ----------------------------------------------------


@pytest.mark.parametrize(
    ("resource", "actions"),
    [
        ("aws-sdk:sfn:listMapRuns", ["states:ListMapRuns"]),
        (
            "aws-sdk:cloudwatchlogs:describeSubscriptionFilters",
            ["logs:DescribeSubscriptionFilters"],
        ),
        (
            "aws-sdk:elasticloadbalancingv2:describeTargetHealth",
            ["elasticloadbalancing:DescribeTargetHealth"],
        ),
        ("aws-sdk:efs:describeFileSystems", ["elasticfilesystem:DescribeFileSystems"]),
        ("aws-sdk:mediastoredata:getObject", ["mediastore:GetObject"]),
        ("aws-sdk:eventbridge:listRules", ["events:ListRules"]),
        ("aws-sdk:ec2:describeInstances", ["ec2:DescribeInstances"]),
        ("aws-sdk:acmpca:describeCertificateAuthority", ["acm-pca:DescribeCertificateAuthority"]),
        ("aws-sdk:costexplorer:getCostAndUsage", ["ce:GetCostAndUsage"]),
        ("aws-sdk:apigatewaymanagementapi:postToConnection", ["execute-api:ManageConnections"]),
        ("aws-sdk:bedrockruntime:converse.waitForTaskToken", ["bedrock:InvokeModel"]),
        ("aws-sdk:s3:listBuckets", ["s3:ListAllMyBuckets"]),
        ("aws-sdk:dynamodb:listTables", ["dynamodb:ListTables"]),
        ("aws-sdk:directoryservice:describeDirectories", ["ds:DescribeDirectories"]),
        ("aws-sdk:iotdata:getRetainedMessage", ["iot:GetRetainedMessage"]),
        ("aws-sdk:kms:reEncrypt", ["kms:ReEncryptFrom", "kms:ReEncryptTo"]),
        ("aws-sdk:sagemakerruntime:invokeEndpointWithResponseStream", ["sagemaker:InvokeEndpoint"]),
        # IAM action names are case-insensitive; the reference's spelling is written.
        (
            "aws-sdk:kinesisvideoarchivedmedia:getHlsStreamingSessionUrl",
            ["kinesisvideo:GetHLSStreamingSessionURL"],
        ),
        ("aws-sdk:lexmodelsv2:listBots", ["lex:ListBots"]),
        ("aws-sdk:emrserverless:listApplications", ["emr-serverless:ListApplications"]),
        ("aws-sdk:marketplacecatalog:listEntities", ["aws-marketplace:ListEntities"]),
        ("aws-sdk:pinpoint:sendMessages", ["mobiletargeting:SendMessages"]),
        ("aws-sdk:opensearch:listDomainNames", ["es:ListDomainNames"]),
        ("aws-sdk:dynamodbstreams:getRecords", ["dynamodb:GetRecords"]),
        ("aws-sdk:bedrockagentruntime:invokeAgent", ["bedrock:InvokeAgent"]),
    ],
)
def test_sdk_service_and_action_names(resource: str, actions: list[str]) -> None:
    result = derive_statements(machine({"T": task(f"arn:aws:states:::{resource}", {})}))
    assert rendered(result) == [s(actions, ["*"])]
    # "*" is the exact resource of an action that names none; the others are warned about.
    warned = [] if resource in NAME_NO_RESOURCE else ["States.T.Resource"]
    assert [w.path for w in result.warnings] == warned


#: Calls whose IAM actions the Service Authorization Reference lists with no resource type.
NAME_NO_RESOURCE = {
    "aws-sdk:elasticloadbalancingv2:describeTargetHealth",
    "aws-sdk:efs:describeFileSystems",
    "aws-sdk:eventbridge:listRules",
    "aws-sdk:ec2:describeInstances",
    "aws-sdk:costexplorer:getCostAndUsage",
    "aws-sdk:s3:listBuckets",
    "aws-sdk:dynamodb:listTables",
    "aws-sdk:directoryservice:describeDirectories",
    "aws-sdk:lexmodelsv2:listBots",
    "aws-sdk:emrserverless:listApplications",
    "aws-sdk:marketplacecatalog:listEntities",
    "aws-sdk:opensearch:listDomainNames",
}


def test_sdk_table_entries_are_real_iam_names() -> None:
    assert [p for p in sorted(set(SERVICE_PREFIXES.values())) if not has_prefix(p)] == []
    missing = [
        f"{prefix}:{name}"
        for (prefix, _), names in ACTION_EXCEPTIONS.items()
        for name in names
        if not has_action(prefix, name)
    ]
    assert missing == []


def test_sdk_head_object_needs_get_object_on_the_object() -> None:
    result = derive_statements(
        machine({"T": task("arn:aws:states:::aws-sdk:s3:headObject", {"Bucket": "b", "Key": "k"})})
    )
    assert rendered(result) == [
        s(["s3:GetObject"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::b/k"}])
    ]


# --- Credentials, placeholders, intrinsic Resources ----------------------------------------------


def test_task_with_credentials_only_assumes_that_role() -> None:
    role = "arn:aws:iam::210987654321:role/other"
    state = task(
        "arn:aws:states:::lambda:invoke",
        {"FunctionName": "arn:aws:lambda:us-east-1:210987654321:function:f"},
        Credentials={"RoleArn": role},
    )
    assert rendered(derive_statements(machine({"T": state}))) == [s(["sts:AssumeRole"], [role])]
    state["Credentials"] = {"RoleArn.$": "$.role"}
    result = derive_statements(machine({"T": state}))
    assert rendered(result) == [
        s(["sts:AssumeRole"], [{"Fn::Sub": "arn:${AWS::Partition}:iam::*:role/*"}])
    ]
    assert [w.path for w in result.warnings] == ["States.T.Credentials.RoleArn.$"]


def test_troposphere_helpers_are_accepted_as_substitutions() -> None:
    definition = machine(
        {
            "A": task("${Fn}", Next="B"),
            "B": task("arn:aws:states:::dynamodb:getItem", {"TableName": "${T}"}, Next="C"),
            "C": task("arn:aws:states:::sns:publish", {"TopicArn": "${Topic}"}),
        }
    )
    ctx = IamContext(
        substitutions={
            "Fn": GetAtt("Hello", "Arn"),
            "T": Ref("Orders"),
            "Topic": ImportValue("alerts"),
        }
    )
    assert rendered(derive_statements(definition, context=ctx)) == [
        s(
            ["lambda:InvokeFunction"],
            [{"Fn::GetAtt": ["Hello", "Arn"]}, {"Fn::Sub": "${Hello.Arn}:*"}],
        ),
        s(["dynamodb:GetItem"], [{"Fn::GetAtt": ["Orders", "Arn"]}]),
        s(["sns:Publish"], [{"Fn::ImportValue": "alerts"}]),
    ]


def test_placeholder_inside_a_string_becomes_fn_sub() -> None:
    ctx = IamContext(substitutions={"Stage": "prod", "Acct": {"Ref": "Other"}})
    state = task(
        "arn:aws:states:::sns:publish",
        {"TopicArn": "arn:aws:sns:us-east-1:${Acct}:alerts-${Stage}"},
    )
    assert rendered(derive_statements(machine({"T": state}), context=ctx)) == [
        s(["sns:Publish"], [{"Fn::Sub": "arn:aws:sns:us-east-1:${Other}:alerts-prod"}])
    ]


@pytest.mark.parametrize(
    ("types", "expected", "warnings"),
    [
        ({"Approve": "AWS::StepFunctions::Activity"}, [], []),
        (
            {},
            [
                s(
                    ["lambda:InvokeFunction"],
                    [
                        {
                            "Fn::Sub": [
                                "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${V0}",
                                {
                                    "V0": {
                                        "Fn::Select": [6, {"Fn::Split": [":", {"Ref": "Approve"}]}]
                                    }
                                },
                            ]
                        },
                        {
                            "Fn::Sub": [
                                "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:${V0}:*",
                                {
                                    "V0": {
                                        "Fn::Select": [6, {"Fn::Split": [":", {"Ref": "Approve"}]}]
                                    }
                                },
                            ]
                        },
                    ],
                )
            ],
            ["States.T.Resource"],
        ),
    ],
)
def test_ref_resource_uses_the_resource_type(
    types: dict[str, str], expected: list[Any], warnings: list[str]
) -> None:
    ctx = IamContext(substitutions={"R": {"Ref": "Approve"}}, resource_types=types)
    result = derive_statements(machine({"T": task("${R}")}), context=ctx)
    assert rendered(result) == expected
    assert [w.path for w in result.warnings] == warnings


@pytest.mark.parametrize(
    "state",
    [
        task("${Fn}"),
        task("arn:aws:states:::lambda:invoke", {"FunctionName": "${Fn}"}),
        task("arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:hello:live"),
    ],
    ids=["resource", "lambda-invoke", "literal-qualified"],
)
def test_function_arn_with_pseudo_parameters_is_granted_as_fn_sub(state: dict[str, Any]) -> None:
    arn = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:hello"
    ctx = IamContext(
        substitutions={
            "Fn": {"Fn::Sub": arn},
            "AWS::Partition": {"Ref": "AWS::Partition"},
            "AWS::Region": {"Ref": "AWS::Region"},
            "AWS::AccountId": {"Ref": "AWS::AccountId"},
        }
    )
    assert rendered(derive_statements(machine({"T": state}), context=ctx)) == [
        s(["lambda:InvokeFunction"], [{"Fn::Sub": arn}, {"Fn::Sub": f"{arn}:*"}])
    ]


# --- The rest of the role ------------------------------------------------------------------------


def test_trust_policy_is_restricted_to_the_account_and_machine() -> None:
    arn = {
        "Fn::Sub": "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:main"
    }
    assert json.loads(trust_policy(source_arn=arn).to_json()) == {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Action": ["sts:AssumeRole"],
                "Condition": {
                    "ArnLike": {"aws:SourceArn": arn},
                    "StringEquals": {"aws:SourceAccount": {"Ref": "AWS::AccountId"}},
                },
                "Effect": "Allow",
                "Principal": {"Service": ["states.amazonaws.com"]},
            }
        ],
    }


def test_logging_xray_and_kms_statements() -> None:
    assert [json.loads(x.to_json()) for x in logging_statements()] == [
        s(
            [
                "logs:CreateLogDelivery",
                "logs:GetLogDelivery",
                "logs:UpdateLogDelivery",
                "logs:DeleteLogDelivery",
                "logs:ListLogDeliveries",
                "logs:PutResourcePolicy",
                "logs:DescribeResourcePolicies",
                "logs:DescribeLogGroups",
            ],
            ["*"],
        )
    ]
    assert [json.loads(x.to_json()) for x in xray_statements()] == [
        s(
            [
                "xray:PutTraceSegments",
                "xray:PutTelemetryRecords",
                "xray:GetSamplingRules",
                "xray:GetSamplingTargets",
            ],
            ["*"],
        )
    ]
    key = {"Fn::GetAtt": ["Key", "Arn"]}
    arn = "arn:aws:states:us-east-1:123456789012:stateMachine:main"
    assert [json.loads(x.to_json()) for x in kms_statements(key, state_machine_arn=arn)] == [
        s(
            ["kms:Decrypt", "kms:GenerateDataKey"],
            [key],
            {"StringEquals": {"kms:EncryptionContext:aws:states:stateMachineArn": arn}},
        )
    ]


# --- The documentation's table ------------------------------------------------------------------


def test_docs_list_every_optimized_integration() -> None:
    from sfdsl._iam._rules import OPTIMIZED, integration_table

    text = (Path(__file__).parents[1] / "docs" / "iam.md").read_text(encoding="utf-8")
    block = text.split("<!-- integrations:start -->\n", 1)[1].split("<!-- integrations:end -->")[0]
    assert block == integration_table()
    assert {f"| `{service}:{api}` |" for service, api in OPTIMIZED} <= {
        line.split(" | ")[0] + " |" for line in block.splitlines()
    }


def test_docs_list_the_resources_of_every_sdk_call_with_a_target_row() -> None:
    from sfdsl._iam._sdk_targets import TARGETS, sdk_table

    text = (Path(__file__).parents[1] / "docs" / "iam.md").read_text(encoding="utf-8")
    block = text.split("<!-- sdk-resources:start -->\n", 1)[1].split("<!-- sdk-resources:end -->")[
        0
    ]
    assert block == sdk_table()
    listed = {
        call.strip("`, ")
        for line in block.splitlines()[2:]
        for call in line.split(" | ")[0].split(": ")[1].split(", ")
    }
    assert listed == {api for _, api in TARGETS}


def test_every_optimized_integration_the_dsl_accepts_has_a_rule() -> None:
    from sfdsl._iam._rules import OPTIMIZED
    from sfdsl._resources import OPTIMIZED_INTEGRATIONS

    accepted = {(s, a) for s, actions in OPTIMIZED_INTEGRATIONS.items() for a in actions}
    # http:invoke is dispatched before the table: it needs the machine's own ARN.
    assert accepted - set(OPTIMIZED) == {("http", "invoke")}


# --- Warnings reach library users and `sfdsl build` -----------------------------------------------

QUEUE_FLOW = """
from sfdsl import StateMachine, Task

send = StateMachine(
    Task(
        "Send",
        resource="arn:aws:states:::sqs:sendMessage",
        parameters={"QueueUrl.$": "$.queue", "MessageBody.$": "$"},
    ),
    name="send",
)
"""
QUEUE_WARNING = (
    "QueueUrl is chosen at run time, so sqs:SendMessage is granted on every queue in the account "
    "and region; write it in the definition (a literal or a ${Placeholder}) to pin it  "
    "@ Send.States.Send.Parameters.QueueUrl.$"
)


def test_template_for_issues_iam_warnings_as_sfdsl_warnings() -> None:
    from sfdsl import StateMachine, Task
    from sfdsl.cfn import template_for
    from sfdsl.errors import SfdslWarning

    send = StateMachine(
        Task(
            "Send",
            resource="arn:aws:states:::sqs:sendMessage",
            parameters={"QueueUrl.$": "$.queue", "MessageBody.$": "$"},
        ),
        name="send",
    )
    with pytest.warns(SfdslWarning) as caught:
        template_for(send)
    assert [str(w.message) for w in caught] == [QUEUE_WARNING]
    assert caught[0].filename == __file__  # reported where template_for was called


def test_sfdsl_build_prints_the_warning_and_exits_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from sfdsl.cli import app

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    (tmp_path / "queue_flow.py").write_text(QUEUE_FLOW, encoding="utf-8")
    result = CliRunner().invoke(app, ["build", "queue_flow.py:send", "-o", "t.json"])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == f"warning: {QUEUE_WARNING}"
    role = json.loads((tmp_path / "t.json").read_text())["Resources"]["SendRole"]
    statement = role["Properties"]["Policies"][0]["PolicyDocument"]["Statement"][0]
    assert statement["Action"] == ["sqs:SendMessage"]
    sys.modules.pop("queue_flow", None)
