"""CloudWatch alarms on a state machine's metrics, and execution status notifications."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias, get_args

import attrs

from sfdsl.cfn._context import ACCOUNT, CfnValue, Context, getatt, is_intrinsic, option_error, ref

if TYPE_CHECKING:
    from sfdsl.cfn._app import App
    from sfdsl.cfn._template import MachineBuild

MetricName: TypeAlias = Literal[
    "ExecutionsTimedOut",
    "ExecutionsFailed",
    "ExecutionsAborted",
    "ExecutionThrottled",
    "ExecutionsSucceeded",
]
"""A CloudWatch metric of a state machine (namespace ``AWS/States``) that an alarm can watch."""
TreatMissingData: TypeAlias = Literal["missing", "ignore", "breaching", "notBreaching"]
"""How a CloudWatch alarm treats periods without data points."""
Status: TypeAlias = Literal["ABORTED", "FAILED", "RUNNING", "SUCCEEDED", "TIMED_OUT"]
"""An execution status whose change events a notification sends to its targets."""

METRICS: Final[dict[str, MetricName]] = {
    "executionsTimedOut": "ExecutionsTimedOut",
    "executionsFailed": "ExecutionsFailed",
    "executionsAborted": "ExecutionsAborted",
    "executionThrottled": "ExecutionThrottled",
    "executionsSucceeded": "ExecutionsSucceeded",
}
"""The plugin's metric keys and the CloudWatch metric (namespace ``AWS/States``) each watches."""

_DESCRIPTIONS: Final[dict[str, str]] = {
    "ExecutionsTimedOut": "executions timed out",
    "ExecutionsFailed": "executions failed",
    "ExecutionsAborted": "executions were aborted",
    "ExecutionThrottled": "execution attempts were throttled",
    "ExecutionsSucceeded": "executions succeeded",
}
_TREAT: Final = get_args(TreatMissingData)


def _metric_name(value: str) -> MetricName:
    if value in METRICS.values():
        return value  # type: ignore[return-value]
    if value in METRICS:
        return METRICS[value]
    msg = (
        f"metric must be one of {', '.join(METRICS.values())} (or the plugin keys "
        f"{', '.join(METRICS)}), got {value!r}"
    )
    if value.lower().startswith("executionstimeout"):
        msg += "; the metric is ExecutionsTimedOut"
    raise option_error(msg)


def _treat(_obj: object, _attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and value not in _TREAT:
        msg = f"treat_missing_data must be one of {', '.join(_TREAT)}, got {value!r}"
        raise option_error(msg)


def _period(_obj: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < 10
        or (value >= 60 and value % 60)
        or (value < 60 and value not in (10, 30))
    ):
        msg = f"{attribute.name} must be 10, 30 or a multiple of 60 seconds, got {value!r}"
        raise option_error(msg)


@attrs.frozen
class Metric:
    """One alarm of the preset, with its own overrides.

    Example:
        >>> Metric("executionThrottled", treat_missing_data="breaching").name
        'ExecutionThrottled'
    """

    name: MetricName = attrs.field(converter=_metric_name)
    logical_id: str | None = attrs.field(default=None, kw_only=True)
    alarm_name: str | None = attrs.field(default=None, kw_only=True)
    treat_missing_data: TreatMissingData | None = attrs.field(
        default=None, kw_only=True, validator=_treat
    )
    period: int | None = attrs.field(default=None, kw_only=True, validator=_period)


def _metrics(values: Iterable[Metric | str]) -> tuple[Metric, ...]:
    return tuple(v if isinstance(v, Metric) else Metric(v) for v in values)


@attrs.frozen
class Alarms:
    """The serverless-step-functions alarm preset: one ``AWS::CloudWatch::Alarm`` per metric.

    Each alarm watches ``AWS/States`` ``<metric>`` with dimension ``StateMachineArn``, ``Sum``
    over ``period`` seconds, ``>= threshold`` for ``evaluation_periods`` periods.

    Args:
        ok, alarm, insufficient_data: SNS topic ARNs (or intrinsics) notified on each state;
            at least one is required.
        metrics: names (``"ExecutionsFailed"`` or ``"executionsFailed"``) or :class:`Metric`.
        name_template: alarm names, with ``$[stateMachineName]``, ``$[cloudWatchMetricName]``
            and ``$[metricName]``.

    Example:
        >>> a = Alarms(alarm="arn:aws:sns:us-east-1:123456789012:NotifyMe")
        >>> [m.name for m in a.metrics]
        ['ExecutionsTimedOut', 'ExecutionsFailed', 'ExecutionsAborted', 'ExecutionThrottled']
    """

    ok: CfnValue | None = attrs.field(default=None, kw_only=True)
    alarm: CfnValue | None = attrs.field(default=None, kw_only=True)
    insufficient_data: CfnValue | None = attrs.field(default=None, kw_only=True)
    metrics: tuple[Metric, ...] = attrs.field(
        default=(
            "ExecutionsTimedOut",
            "ExecutionsFailed",
            "ExecutionsAborted",
            "ExecutionThrottled",
        ),
        kw_only=True,
        converter=_metrics,
    )
    treat_missing_data: TreatMissingData = attrs.field(
        default="missing", kw_only=True, validator=_treat
    )
    period: int = attrs.field(default=60, kw_only=True, validator=_period)
    threshold: float = attrs.field(default=1, kw_only=True)
    evaluation_periods: int = attrs.field(default=1, kw_only=True)

    @threshold.validator
    def _check_threshold(self, _attr: attrs.Attribute[float], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            msg = f"threshold must be a number (executions per period), got {value!r}"
            raise option_error(msg)

    @evaluation_periods.validator
    def _check_evaluation_periods(self, _attr: attrs.Attribute[int], value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            msg = f"evaluation_periods must be an int >= 1, got {value!r}"
            raise option_error(msg)

    name_template: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.ok is None and self.alarm is None and self.insufficient_data is None:
            msg = "Alarms needs at least one topic: pass ok=, alarm= or insufficient_data= (SNS topic ARNs)"
            raise option_error(msg)
        if not self.metrics:
            msg = "Alarms needs at least one metric, e.g. metrics=['ExecutionsFailed']"
            raise option_error(msg)
        names = [m.name for m in self.metrics]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            msg = f"metric(s) listed twice: {', '.join(dupes)}"
            raise option_error(msg)


def alarm_ids(machine_id: str, alarms: Alarms) -> list[str]:
    """The logical ids of the alarms made for a state machine.

    Example:
        >>> alarm_ids("Orders", Alarms(alarm="arn:aws:sns:us-east-1:1:t", metrics=["ExecutionsFailed"]))
        ['OrdersExecutionsFailedAlarm']
    """
    return [m.logical_id or f"{machine_id}{m.name}Alarm" for m in alarms.metrics]


def build_alarms(ctx: Context, app: App, mb: MachineBuild, alarms: Alarms) -> None:
    """Add one CloudWatch alarm per metric."""
    from troposphere import cloudwatch

    label = mb.name or mb.logical_id
    where = f"{ctx.app_name}: " if ctx.app_name else ""
    for metric, lid in zip(alarms.metrics, alarm_ids(mb.logical_id, alarms), strict=True):
        path = f"{mb.logical_id}.alarms.{metric.name}"
        if not ctx.logical_id(lid, "alarm", path):
            continue
        props: dict[str, Any] = {
            "AlarmDescription": f"{where}{label}: {_DESCRIPTIONS[metric.name]}",
            "Namespace": "AWS/States",
            "MetricName": metric.name,
            "Dimensions": [{"Name": "StateMachineArn", "Value": ref(mb.logical_id)}],
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
                .replace("$[metricName]", _plugin_key(metric.name))
            )
        if name is not None:
            props["AlarmName"] = ctx.params(name, path)
        for key, topic in (
            ("OKActions", alarms.ok),
            ("AlarmActions", alarms.alarm),
            ("InsufficientDataActions", alarms.insufficient_data),
        ):
            if topic is not None:
                props[key] = [ctx.params(topic, path)]
        ctx.add(cloudwatch.Alarm, lid, props)


def _plugin_key(metric: str) -> str:
    return next(k for k, v in METRICS.items() if v == metric)


# --- notifications -------------------------------------------------------------------------

TargetKind: TypeAlias = Literal["sns", "sqs", "lambda", "kinesis", "firehose", "stepFunctions"]
_STATUSES: Final = get_args(Status)


@attrs.frozen
class InputTransformer:
    """An EventBridge input transformer: paths taken from the event and a template.

    Example:
        >>> InputTransformer({"status": "$.detail.status"}, '"status is <status>"').template
        '"status is <status>"'
    """

    paths: Mapping[str, str]
    template: str


@attrs.frozen
class Target:
    """Where a status notification goes. Use the class methods (``Target.sns(arn)``, ...).

    Example:
        >>> Target.sqs("arn:aws:sqs:us-east-1:123456789012:q.fifo", message_group_id="g").kind
        'sqs'
    """

    kind: TargetKind
    arn: CfnValue
    message_group_id: str | None = attrs.field(default=None, kw_only=True)
    partition_key_path: str | None = attrs.field(default=None, kw_only=True)
    input_path: str | None = attrs.field(default=None, kw_only=True)
    input_transformer: InputTransformer | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.input_path is not None and self.input_transformer is not None:
            msg = "a notification target takes input_path or input_transformer, not both"
            raise option_error(msg)

    @classmethod
    def sns(cls, topic: CfnValue, **options: Any) -> Target:
        """An SNS topic (a topic policy lets EventBridge publish).

        Example:
            >>> Target.sns({"Ref": "Alerts"}, input_path="$.detail").input_path
            '$.detail'
        """
        return cls("sns", topic, **options)

    @classmethod
    def sqs(cls, queue: CfnValue, *, message_group_id: str | None = None, **options: Any) -> Target:
        """An SQS queue, by ARN (a queue policy lets EventBridge send).

        Example:
            >>> queue = {"Fn::GetAtt": ["Failures", "Arn"]}
            >>> Target.sqs(queue, message_group_id="executions").message_group_id
            'executions'
        """
        return cls("sqs", queue, message_group_id=message_group_id, **options)

    @classmethod
    def function(cls, function: CfnValue, **options: Any) -> Target:
        """A Lambda function (a permission lets EventBridge invoke it).

        Example:
            >>> from sfdsl.cfn import Function
            >>> Target.function(Function.ref("OnFailure").latest).kind
            'lambda'
        """
        return cls("lambda", function, **options)

    @classmethod
    def kinesis(
        cls, stream: CfnValue, *, partition_key_path: str | None = None, **options: Any
    ) -> Target:
        """A Kinesis data stream (through the notifications role).

        Example:
            >>> stream = "arn:aws:kinesis:us-east-1:123456789012:stream/runs"
            >>> Target.kinesis(stream, partition_key_path="$.detail.executionArn").kind
            'kinesis'
        """
        return cls("kinesis", stream, partition_key_path=partition_key_path, **options)

    @classmethod
    def firehose(cls, delivery_stream: CfnValue, **options: Any) -> Target:
        """A Firehose delivery stream (through the notifications role).

        Example:
            >>> Target.firehose("arn:aws:firehose:us-east-1:123456789012:deliverystream/runs").kind
            'firehose'
        """
        return cls("firehose", delivery_stream, **options)

    @classmethod
    def state_machine(cls, state_machine: CfnValue, **options: Any) -> Target:
        """Another state machine, started with the event (through the notifications role).

        Example:
            >>> from sfdsl import Pass, StateMachine
            >>> from sfdsl.cfn import App
            >>> cleanup = App("shop").add(StateMachine(Pass("Undo"), name="cleanup")).deployments[0]
            >>> Target.state_machine(cleanup.arn).kind
            'stepFunctions'
        """
        return cls("stepFunctions", state_machine, **options)


def _targets(value: Iterable[Target] | Target) -> tuple[Target, ...]:
    return (value,) if isinstance(value, Target) else tuple(value)


@attrs.frozen
class Notifications:
    """EventBridge rules on execution status changes, one per status, to the given targets.

    Status change events exist only for STANDARD state machines.

    Example:
        >>> n = Notifications(failed=[Target.sns("arn:aws:sns:us-east-1:123456789012:alerts")])
        >>> sorted(n.by_status())
        ['FAILED']
    """

    aborted: tuple[Target, ...] = attrs.field(default=(), kw_only=True, converter=_targets)
    failed: tuple[Target, ...] = attrs.field(default=(), kw_only=True, converter=_targets)
    running: tuple[Target, ...] = attrs.field(default=(), kw_only=True, converter=_targets)
    succeeded: tuple[Target, ...] = attrs.field(default=(), kw_only=True, converter=_targets)
    timed_out: tuple[Target, ...] = attrs.field(default=(), kw_only=True, converter=_targets)

    def __attrs_post_init__(self) -> None:
        if not self.by_status():
            msg = (
                "Notifications needs a target for at least one status (aborted, failed, "
                "running, succeeded, timed_out), e.g. Notifications(failed=[Target.sns(topic)])"
            )
            raise option_error(msg)

    def by_status(self) -> dict[Status, tuple[Target, ...]]:
        """The targets of each status that has any.

        Example:
            >>> alerts = Target.sns("arn:aws:sns:us-east-1:123456789012:alerts")
            >>> Notifications(failed=alerts, timed_out=[alerts]).by_status() == {
            ...     "FAILED": (alerts,), "TIMED_OUT": (alerts,)}
            True
        """
        pairs: list[tuple[Status, tuple[Target, ...]]] = [
            ("ABORTED", self.aborted),
            ("FAILED", self.failed),
            ("RUNNING", self.running),
            ("SUCCEEDED", self.succeeded),
            ("TIMED_OUT", self.timed_out),
        ]
        return {status: targets for status, targets in pairs if targets}


def _short_hash(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode()).hexdigest()[:5]


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


def build_notifications(ctx: Context, app: App, mb: MachineBuild, notes: Notifications) -> None:
    """Add the rules, the target policies and the notifications role."""
    from troposphere import awslambda, events, iam, sns, sqs

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
        items: list[dict[str, Any]] = []
        for i, target in enumerate(targets):
            target_arn = ctx.params(target.arn, path)
            item: dict[str, Any] = {
                "Arn": target_arn,
                "Id": f"{target.kind}{status.title().replace('_', '')}{i}"[:64],
            }
            if target.kind in ("kinesis", "firehose", "stepFunctions"):
                item["RoleArn"] = getatt(role_id, "Arn")
                action = {
                    "kinesis": ["kinesis:PutRecord"],
                    "firehose": ["firehose:PutRecord", "firehose:PutRecordBatch"],
                    "stepFunctions": ["states:StartExecution"],
                }[target.kind]
                role_statements.append(_target_statement(ctx, app, action, target_arn))
            elif target.kind == "sns":
                key = json.dumps(target_arn, sort_keys=True)
                topics.setdefault(key, (target_arn, []))[1].append(rule_arn)
            elif target.kind == "sqs":
                key = json.dumps(target_arn, sort_keys=True)
                queues.setdefault(key, (target_arn, []))[1].append(rule_arn)
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
            if target.message_group_id is not None:
                item["SqsParameters"] = {"MessageGroupId": target.message_group_id}
            if target.partition_key_path is not None:
                item["KinesisParameters"] = {"PartitionKeyPath": target.partition_key_path}
            if target.input_path is not None:
                item["InputPath"] = target.input_path
            if target.input_transformer is not None:
                item["InputTransformer"] = {
                    "InputPathsMap": dict(target.input_transformer.paths),
                    "InputTemplate": target.input_transformer.template,
                }
            items.append(item)
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
        lid = f"{mb.logical_id}NotificationsTopicPolicy{_short_hash(topic_arn)}"
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
        lid = f"{mb.logical_id}NotificationsQueuePolicy{_short_hash(queue_arn)}"
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


def _target_statement(
    ctx: Context, app: App, action: list[str], target_arn: CfnValue
) -> dict[str, Any]:
    """Allow *action* on a target; a state machine alias or version by its qualifier.

    Step Functions authorizes a start on a version or alias with the state machine's own ARN
    (https://docs.aws.amazon.com/step-functions/latest/dg/auth-version-alias.html).
    """
    from sfdsl._iam._cfn import ref_target, unqualified_machine
    from sfdsl.cfn._versions import resource_types

    statement: dict[str, Any] = {"Effect": "Allow", "Action": action, "Resource": target_arn}
    target = ref_target(target_arn)
    found = ctx.template.resources.get(target) if target else None
    kind = getattr(found, "resource_type", None) or resource_types(app).get(target or "")
    qualified = unqualified_machine(target_arn, kind) if "states:StartExecution" in action else None
    if qualified is not None:
        statement["Resource"] = qualified[0]
        statement["Condition"] = {"StringEquals": {"states:StateMachineQualifier": qualified[1]}}
    return statement


__all__ = [
    "METRICS",
    "Alarms",
    "InputTransformer",
    "Metric",
    "MetricName",
    "Notifications",
    "Status",
    "Target",
    "TreatMissingData",
    "alarm_ids",
    "build_alarms",
    "build_notifications",
    "events_queue_policy",
    "events_trust",
    "queue_url",
]
