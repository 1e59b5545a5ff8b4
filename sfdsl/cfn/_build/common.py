"""What the builders of events and notifications share: trust and resource policies, the role
that starts a machine, the input transformer of an EventBridge target."""

from __future__ import annotations

import copy
import hashlib
import re
from typing import Any

from troposphere import events, iam

from sfdsl.cfn._build.context import Context, MachineBuild, Statement, tropo
from sfdsl.cfn._eventbridge import InputTransformer
from sfdsl.cfn._values import ACCOUNT, CfnValue, getatt, is_intrinsic, key, ref


def short_hash(value: object) -> str:
    """Five hex digits of the hash of *value*'s JSON: a stable suffix for a logical id.

    Example:
        >>> short_hash({"Ref": "Alerts"}) == short_hash({"Ref": "Alerts"})
        True
    """
    return hashlib.sha256(key(value).encode()).hexdigest()[:5]


def events_trust(service: str) -> dict[str, Any]:
    """A trust policy for an AWS service principal, limited to this account.

    Example:
        >>> events_trust("events.amazonaws.com")["Statement"][0]["Principal"]
        {'Service': 'events.amazonaws.com'}
    """
    return {
        "Version": "2012-10-17",
        "Statement": [
            {
                "Effect": "Allow",
                "Principal": {"Service": service},
                "Action": "sts:AssumeRole",
                "Condition": {"StringEquals": {"aws:SourceAccount": ACCOUNT}},
            }
        ],
    }


def queue_url(queue_arn: CfnValue) -> CfnValue:
    """The URL of a queue given by ARN (literal, ``GetAtt Q.Arn`` or any other intrinsic).

    Example:
        >>> queue_url("arn:aws:sqs:eu-west-1:123456789012:jobs")
        'https://sqs.eu-west-1.amazonaws.com/123456789012/jobs'
        >>> queue_url({"Fn::GetAtt": ["Jobs", "Arn"]})
        {'Ref': 'Jobs'}
    """
    if isinstance(queue_arn, str):
        m = re.match(r"^arn:[^:]+:sqs:([^:]+):([^:]+):(.+)$", queue_arn)
        if m:
            return f"https://sqs.{m[1]}.amazonaws.com/{m[2]}/{m[3]}"
    if is_intrinsic(queue_arn) and isinstance(queue_arn, dict) and "Fn::GetAtt" in queue_arn:
        target, attr = queue_arn["Fn::GetAtt"]
        if attr == "Arn":
            return ref(target)

    def part(i: int) -> dict[str, Any]:
        return {"Fn::Select": [i, {"Fn::Split": [":", queue_arn]}]}

    return {
        "Fn::Sub": [
            "https://sqs.${Region}.${AWS::URLSuffix}/${Account}/${Name}",
            {"Region": part(3), "Account": part(4), "Name": part(5)},
        ]
    }


def events_queue_policy(queue_arn: CfnValue, rules: list[CfnValue]) -> dict[str, Any]:
    """The properties of a ``QueuePolicy`` that lets the EventBridge *rules* send to the queue.

    Example:
        >>> policy = events_queue_policy({"Fn::GetAtt": ["Jobs", "Arn"]}, [{"Ref": "Rule"}])
        >>> policy["Queues"], policy["PolicyDocument"]["Statement"][0]["Action"]
        ([{'Ref': 'Jobs'}], 'sqs:SendMessage')
    """
    return {
        "Queues": [queue_url(queue_arn)],
        "PolicyDocument": {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "events.amazonaws.com"},
                    "Action": "sqs:SendMessage",
                    "Resource": queue_arn,
                    "Condition": {"ArnEquals": {"aws:SourceArn": rules}},
                }
            ],
        },
    }


def send_to_dlq(queue: CfnValue) -> Statement:
    """The statement that lets a role send undeliverable events to a dead-letter queue.

    Example:
        >>> send_to_dlq({"Fn::GetAtt": ["Dlq", "Arn"]})["Action"]
        'sqs:SendMessage'
    """
    return {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": queue}


def input_transformer(transformer: InputTransformer) -> events.InputTransformer:
    """The ``InputTransformer`` of an EventBridge target.

    Example:
        >>> from sfdsl.cfn import InputTransformer
        >>> input_transformer(InputTransformer({"s": "$.detail.status"}, '"<s>"')).to_dict()
        {'InputPathsMap': {'s': '$.detail.status'}, 'InputTemplate': '"<s>"'}
    """
    return events.InputTransformer(
        InputPathsMap=dict(transformer.paths), InputTemplate=transformer.template
    )


def with_policy(role: Any, document: dict[str, Any]) -> Any:
    """A copy of a generated role whose first policy is *document* (the original is untouched)."""
    role = copy.deepcopy(role)
    role.Policies[0].PolicyDocument = tropo(document)
    return role


def start_role(
    ctx: Context,
    mb: MachineBuild,
    lid: str,
    service: str,
    path: str,
    extra: Statement | None = None,
) -> CfnValue:
    """The role *service* assumes to start the machine, shared by the machine's events.

    *extra* (e.g. ``sqs:SendMessage`` on a dead-letter queue) is added to its policy.
    """
    statements = ctx.start_roles.setdefault(lid, [])
    if not statements:
        statements.append(mb.start_statement("states:StartExecution"))
    if extra is not None and extra not in statements:
        statements.append(extra)
    document = {"Version": "2012-10-17", "Statement": list(statements)}
    if ctx.clashes(lid, iam.Role, "role that starts the state machine", path):
        pass
    elif lid not in ctx.template.resources:
        if ctx.logical_id(lid, "role", path):
            ctx.add(
                iam.Role,
                lid,
                {
                    "AssumeRolePolicyDocument": events_trust(service),
                    "Policies": [{"PolicyName": "start-execution", "PolicyDocument": document}],
                },
            )
    elif extra is not None:
        ctx.template.resources[lid] = with_policy(ctx.template.resources[lid], document)
    return getatt(lid, "Arn")


__all__ = [
    "events_queue_policy",
    "events_trust",
    "input_transformer",
    "queue_url",
    "send_to_dlq",
    "short_hash",
    "start_role",
    "with_policy",
]
