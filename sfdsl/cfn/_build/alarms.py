"""CloudWatch alarms on a state machine's metrics, and rules that notify of execution statuses."""

from __future__ import annotations

from typing import Any

from troposphere import awslambda, cloudwatch, events, iam, sns, sqs

from sfdsl.cfn._alarms import (
    DESCRIPTIONS,
    Alarms,
    Notifications,
    Target,
    alarm_ids,
    plugin_key,
)
from sfdsl.cfn._app import App, published_types
from sfdsl.cfn._build.common import (
    events_queue_policy,
    events_trust,
    input_transformer,
    short_hash,
)
from sfdsl.cfn._build.context import Context, MachineBuild, tropo
from sfdsl.cfn._values import CfnValue, getatt, key, ref


def build_alarms(ctx: Context, mb: MachineBuild, alarms: Alarms) -> None:
    """Add one CloudWatch alarm per metric."""
    label = mb.name or mb.logical_id
    where = f"{ctx.app_name}: " if ctx.app_name else ""
    for metric, lid in zip(alarms.metrics, alarm_ids(mb.logical_id, alarms), strict=True):
        path = f"{mb.logical_id}.alarms.{metric.name}"
        if not ctx.logical_id(lid, "alarm", path):
            continue
        props: dict[str, Any] = {
            "AlarmDescription": f"{where}{label}: {DESCRIPTIONS[metric.name]}",
            "Namespace": "AWS/States",
            "MetricName": metric.name,
            "Dimensions": [
                cloudwatch.MetricDimension(Name="StateMachineArn", Value=tropo(ref(mb.logical_id)))
            ],
            "Statistic": "Sum",
            "Period": metric.period or alarms.period,
            "EvaluationPeriods": alarms.evaluation_periods,
            "Threshold": alarms.threshold,
            "ComparisonOperator": "GreaterThanOrEqualToThreshold",
            "TreatMissingData": metric.treat_missing_data or alarms.treat_missing_data,
        }
        name = metric.alarm_name
        if name is None and alarms.name_template is not None:
            name = (
                alarms.name_template.replace("$[stateMachineName]", label)
                .replace("$[cloudWatchMetricName]", metric.name)
                .replace("$[metricName]", plugin_key(metric.name))
            )
        if name is not None:
            props["AlarmName"] = ctx.params(name, path)
        for field, topic in (
            ("OKActions", alarms.ok),
            ("AlarmActions", alarms.alarm),
            ("InsufficientDataActions", alarms.insufficient_data),
        ):
            if topic is not None:
                props[field] = [ctx.params(topic, path)]
        ctx.add(cloudwatch.Alarm, lid, props)


def build_notifications(ctx: Context, app: App, mb: MachineBuild, notes: Notifications) -> None:
    """Add the rules, the target policies and the notifications role."""
    path = f"{mb.logical_id}.notifications"
    if mb.deployment.machine.type == "EXPRESS":
        ctx.fail(
            "notifications need a STANDARD state machine: Step Functions sends execution "
            "status change events only for STANDARD workflows; use type='STANDARD' or drop "
            "notifications",
            path,
            "notifications-express",
        )
        return
    role_id = f"{mb.logical_id}NotificationsIamRole"
    role_statements: list[dict[str, Any]] = []
    topics: dict[str, tuple[CfnValue, list[CfnValue]]] = {}
    queues: dict[str, tuple[CfnValue, list[CfnValue]]] = {}
    for status, targets in notes.by_status().items():
        rule_id = f"{mb.logical_id}Notifications{status.replace('_', '')}EventRule"
        if not ctx.logical_id(rule_id, "notification rule", path):
            continue
        rule_arn = getatt(rule_id, "Arn")
        items: list[events.Target] = []
        for i, target in enumerate(targets):
            target_arn = ctx.params(target.arn, path)
            role_arn: CfnValue | None = None
            if target.kind in _ROLE_ACTIONS:
                role_arn = getatt(role_id, "Arn")
                action = _ROLE_ACTIONS[target.kind]
                role_statements.append(_target_statement(ctx, app, action, target_arn))
            elif target.kind == "sns":
                topics.setdefault(key(target_arn), (target_arn, []))[1].append(rule_arn)
            elif target.kind == "sqs":
                queues.setdefault(key(target_arn), (target_arn, []))[1].append(rule_arn)
            elif target.kind == "lambda":
                perm_id = f"{rule_id}LambdaPermission{i}"
                if ctx.logical_id(perm_id, "Lambda permission", path):
                    ctx.add(
                        awslambda.Permission,
                        perm_id,
                        {
                            "Action": "lambda:InvokeFunction",
                            "FunctionName": target_arn,
                            "Principal": "events.amazonaws.com",
                            "SourceArn": rule_arn,
                        },
                    )
            items.append(_target(target, target_arn, role_arn, status, i))
        ctx.add(
            events.Rule,
            rule_id,
            {
                "Description": f"{mb.name or mb.logical_id}: executions {status}",
                "EventPattern": {
                    "source": ["aws.states"],
                    "detail-type": ["Step Functions Execution Status Change"],
                    "detail": {"status": [status], "stateMachineArn": [ref(mb.logical_id)]},
                },
                "State": "ENABLED",
                "Targets": items,
            },
        )
    for topic_arn, rules in topics.values():
        lid = f"{mb.logical_id}NotificationsTopicPolicy{short_hash(topic_arn)}"
        if ctx.logical_id(lid, "topic policy", path):
            ctx.add(
                sns.TopicPolicy,
                lid,
                {
                    "Topics": [topic_arn],
                    "PolicyDocument": {
                        "Version": "2012-10-17",
                        "Statement": [
                            {
                                "Effect": "Allow",
                                "Principal": {"Service": "events.amazonaws.com"},
                                "Action": "sns:Publish",
                                "Resource": topic_arn,
                                "Condition": {"ArnEquals": {"aws:SourceArn": rules}},
                            }
                        ],
                    },
                },
            )
    for queue_arn, rules in queues.values():
        lid = f"{mb.logical_id}NotificationsQueuePolicy{short_hash(queue_arn)}"
        if ctx.logical_id(lid, "queue policy", path):
            ctx.add(sqs.QueuePolicy, lid, events_queue_policy(queue_arn, rules))
    if role_statements and ctx.logical_id(role_id, "notifications role", path):
        ctx.add(
            iam.Role,
            role_id,
            {
                "AssumeRolePolicyDocument": events_trust("events.amazonaws.com"),
                "Policies": [
                    {
                        "PolicyName": "notifications",
                        "PolicyDocument": {"Version": "2012-10-17", "Statement": role_statements},
                    }
                ],
            },
        )


_ROLE_ACTIONS: dict[str, list[str]] = {
    "kinesis": ["kinesis:PutRecord"],
    "firehose": ["firehose:PutRecord", "firehose:PutRecordBatch"],
    "stepFunctions": ["states:StartExecution"],
}
"""Targets EventBridge reaches through the notifications role, and what the role may do."""


def _target(
    target: Target, arn: CfnValue, role_arn: CfnValue | None, status: str, i: int
) -> events.Target:
    """The rule's target for one notification target."""
    props: dict[str, Any] = {
        "Arn": tropo(arn),
        "Id": f"{target.kind}{status.title().replace('_', '')}{i}"[:64],
    }
    if role_arn is not None:
        props["RoleArn"] = tropo(role_arn)
    if target.message_group_id is not None:
        props["SqsParameters"] = events.SqsParameters(MessageGroupId=target.message_group_id)
    if target.partition_key_path is not None:
        props["KinesisParameters"] = events.KinesisParameters(
            PartitionKeyPath=target.partition_key_path
        )
    if target.input_path is not None:
        props["InputPath"] = target.input_path
    if target.input_transformer is not None:
        props["InputTransformer"] = input_transformer(target.input_transformer)
    return events.Target(**props)


def _target_statement(
    ctx: Context, app: App, action: list[str], target_arn: CfnValue
) -> dict[str, Any]:
    """Allow *action* on a target; a state machine alias or version by its qualifier.

    Step Functions authorizes a start on a version or alias with the state machine's own ARN
    (https://docs.aws.amazon.com/step-functions/latest/dg/auth-version-alias.html).
    """
    # Imported when called: sfdsl._iam (a lower layer) loads the IAM rules, which
    # `import sfdsl.cfn` does not need.
    from sfdsl._iam._cfn import ref_target, unqualified_machine

    statement: dict[str, Any] = {"Effect": "Allow", "Action": action, "Resource": target_arn}
    target = ref_target(target_arn)
    found = ctx.template.resources.get(target) if target else None
    kind = getattr(found, "resource_type", None) or published_types(app).get(target or "")
    qualified = unqualified_machine(target_arn, kind) if "states:StartExecution" in action else None
    if qualified is not None:
        statement["Resource"] = qualified[0]
        statement["Condition"] = {"StringEquals": {"states:StateMachineQualifier": qualified[1]}}
    return statement


__all__ = ["build_alarms", "build_notifications"]
