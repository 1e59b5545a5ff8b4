"""EventBridge Scheduler schedules that start a state machine (``Schedule(..., scheduler=True)``)."""

from __future__ import annotations

import json
from typing import Any

from troposphere import scheduler

from sfdsl.cfn._build.common import send_to_dlq, start_role
from sfdsl.cfn._build.context import Context, MachineBuild, tropo
from sfdsl.cfn._eventbridge import input_text
from sfdsl.cfn._schedules import Schedule


def build_scheduler_schedule(
    ctx: Context, mb: MachineBuild, event: Schedule, lid: str, path: str
) -> None:
    """Add the schedule *lid*, and the role it starts the machine with unless one is given."""
    if not ctx.logical_id(lid, "schedule", path):
        return
    dlq = ctx.params(event.dead_letter_arn, path) if event.dead_letter_arn is not None else None
    if event.role is not None:
        role = ctx.params(event.role, path)
        if dlq is not None:
            ctx.warn(
                "EventBridge Scheduler sends undeliverable events to the dead-letter queue with "
                "the schedule's role, so the given role must allow sqs:SendMessage on "
                f"{json.dumps(dlq)}",
                path,
                "dlq-role",
            )
    else:
        role = start_role(
            ctx,
            mb,
            f"{mb.logical_id}SchedulerRole",
            "scheduler.amazonaws.com",
            path,
            send_to_dlq(dlq) if dlq is not None else None,
        )
    target: dict[str, Any] = {"Arn": tropo(mb.start_arn), "RoleArn": tropo(role)}
    if event.input is not None:
        target["Input"] = ctx.params(input_text(event.input), path)
    if event.retry_policy is not None:
        target["RetryPolicy"] = scheduler.RetryPolicy(**event.retry_policy.to_cfn())
    if dlq is not None:
        target["DeadLetterConfig"] = scheduler.DeadLetterConfig(Arn=tropo(dlq))
    props: dict[str, Any] = {
        "FlexibleTimeWindow": scheduler.FlexibleTimeWindow(Mode="OFF"),
        "ScheduleExpression": event.expression,
        "State": "ENABLED" if event.enabled else "DISABLED",
        "Target": scheduler.Target(**target),
    }
    if event.timezone:
        props["ScheduleExpressionTimezone"] = event.timezone
    if event.name:
        props["Name"] = ctx.params(event.name, path)
    if event.description:
        props["Description"] = event.description
    ctx.add(scheduler.Schedule, lid, props)


__all__ = ["build_scheduler_schedule"]
