"""EventBridge options: a rule's event pattern, its target's input, retries and dead letters."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import attrs

from sfdsl.cfn._values import CfnValue, frozen, frozen_mapping, option_error


@attrs.frozen
class InputTransformer:
    """An EventBridge input transformer: paths taken from the event and a template.

    Example:
        >>> InputTransformer({"status": "$.detail.status"}, '"status is <status>"').template
        '"status is <status>"'
    """

    paths: Mapping[str, str] = attrs.field(converter=frozen_mapping)
    template: str


@attrs.frozen
class RetryPolicy:
    """How EventBridge retries delivering to the state machine.

    Example:
        >>> RetryPolicy(max_retry_attempts=3).max_event_age_seconds
        86400
    """

    max_event_age_seconds: int = attrs.field(default=86400, kw_only=True)
    max_retry_attempts: int = attrs.field(default=185, kw_only=True)

    def to_cfn(self) -> dict[str, int]:
        """The ``RetryPolicy`` property of an EventBridge target.

        Example:
            >>> RetryPolicy(max_retry_attempts=3).to_cfn()
            {'MaximumEventAgeInSeconds': 86400, 'MaximumRetryAttempts': 3}
        """
        return {
            "MaximumEventAgeInSeconds": self.max_event_age_seconds,
            "MaximumRetryAttempts": self.max_retry_attempts,
        }


def one_input(obj: Any) -> None:
    """At most one of ``input``, ``input_path`` and ``input_transformer`` is given."""
    given = [n for n in ("input", "input_path", "input_transformer") if getattr(obj, n) is not None]
    if len(given) > 1:
        msg = f"give at most one of input, input_path, input_transformer; got {', '.join(given)}"
        raise option_error(msg)


def input_text(value: Any) -> str:
    """An execution input as the text a target sends: JSON, or the text itself.

    Example:
        >>> input_text({"key": [1, 2]}), input_text("plain")
        ('{"key":[1,2]}', 'plain')
    """
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


@attrs.frozen
class EventRule:
    """Start the state machine when an EventBridge event matches *pattern*.

    Example:
        >>> EventRule({"source": ["aws.ec2"]}, bus="orders").bus
        'orders'
    """

    pattern: Mapping[str, Any] = attrs.field(converter=frozen)
    bus: CfnValue | None = attrs.field(default=None, kw_only=True, converter=frozen)
    enabled: bool = attrs.field(default=True, kw_only=True)
    input: Any = attrs.field(default=None, kw_only=True, converter=frozen)
    input_path: str | None = attrs.field(default=None, kw_only=True)
    input_transformer: InputTransformer | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    role: CfnValue | None = attrs.field(default=None, kw_only=True, converter=frozen)
    retry_policy: RetryPolicy | None = attrs.field(default=None, kw_only=True)
    dead_letter_arn: CfnValue | None = attrs.field(default=None, kw_only=True, converter=frozen)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.pattern, Mapping) or not self.pattern:
            msg = f"pattern must be a non-empty event pattern dict, got {self.pattern!r}"
            raise option_error(msg)
        one_input(self)


def dlq_policy_warning(queue: CfnValue) -> str:
    """The build warning for an EventBridge rule's dead-letter queue outside the template.

    Example:
        >>> print(dlq_policy_warning("arn:aws:sqs:us-east-1:123456789012:dlq"))
        ... # doctest: +NORMALIZE_WHITESPACE
        dead_letter_arn "arn:aws:sqs:us-east-1:123456789012:dlq" is not a queue of this template,
        so sfdsl cannot let EventBridge send undeliverable events to it; add to the queue's policy
        a statement that allows the service events.amazonaws.com sqs:SendMessage on the queue,
        with the condition ArnEquals aws:SourceArn = the ARN of this event's rule
    """
    return (
        f"dead_letter_arn {json.dumps(queue)} is not a queue of this template, so sfdsl cannot "
        "let EventBridge send undeliverable events to it; add to the queue's policy a statement "
        "that allows the service events.amazonaws.com sqs:SendMessage on the queue, with the "
        "condition ArnEquals aws:SourceArn = the ARN of this event's rule"
    )


__all__ = [
    "EventRule",
    "InputTransformer",
    "RetryPolicy",
    "dlq_policy_warning",
    "input_text",
    "one_input",
]
