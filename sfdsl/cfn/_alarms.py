"""CloudWatch alarms on a state machine's metrics, and execution status notifications."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final, Literal, TypeAlias, get_args

import attrs

from sfdsl.cfn._eventbridge import InputTransformer
from sfdsl.cfn._values import CfnValue, frozen, option_error

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

DESCRIPTIONS: Final[dict[str, str]] = {
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

    ok: CfnValue | None = attrs.field(default=None, kw_only=True, converter=frozen)
    alarm: CfnValue | None = attrs.field(default=None, kw_only=True, converter=frozen)
    insufficient_data: CfnValue | None = attrs.field(default=None, kw_only=True, converter=frozen)
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


# --- notifications -------------------------------------------------------------------------

TargetKind: TypeAlias = Literal["sns", "sqs", "lambda", "kinesis", "firehose", "stepFunctions"]
_STATUSES: Final = get_args(Status)


@attrs.frozen
class Target:
    """Where a status notification goes. Use the class methods (``Target.sns(arn)``, ...).

    Example:
        >>> Target.sqs("arn:aws:sqs:us-east-1:123456789012:q.fifo", message_group_id="g").kind
        'sqs'
    """

    kind: TargetKind
    arn: CfnValue = attrs.field(converter=frozen)
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


def plugin_key(metric: str) -> str:
    """The serverless-step-functions key of a CloudWatch metric.

    Example:
        >>> plugin_key("ExecutionsFailed")
        'executionsFailed'
    """
    return next(k for k, v in METRICS.items() if v == metric)


__all__ = [
    "DESCRIPTIONS",
    "METRICS",
    "Alarms",
    "Metric",
    "MetricName",
    "Notifications",
    "Status",
    "Target",
    "TargetKind",
    "TreatMissingData",
    "alarm_ids",
    "plugin_key",
]
