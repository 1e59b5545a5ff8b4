"""EventBridge rules that start a state machine: on an event pattern or on a schedule."""

from __future__ import annotations

from typing import Any

from troposphere import events, sqs

from sfdsl.cfn._build.common import events_queue_policy, input_transformer, start_role
from sfdsl.cfn._build.context import Context, MachineBuild, tropo
from sfdsl.cfn._eventbridge import EventRule, dlq_policy_warning, input_text
from sfdsl.cfn._schedules import Schedule
from sfdsl.cfn._values import CfnValue, getatt, key

DeadLetters = dict[str, tuple[CfnValue, list[tuple[str, str]]]]
"""Dead-letter queue (by its JSON) -> the queue and the ``(rule id, path)`` of each rule using it."""


def build_rule(
    ctx: Context,
    mb: MachineBuild,
    event: Schedule | EventRule,
    lid: str,
    path: str,
    dead_letters: DeadLetters,
) -> None:
    """Add the rule *lid* that starts the machine; note its dead-letter queue in *dead_letters*."""
    if not ctx.logical_id(lid, "event rule", path):
        return
    props: dict[str, Any]
    if isinstance(event, Schedule):
        props = {"ScheduleExpression": event.expression}
    else:
        props = {"EventPattern": ctx.params(event.pattern, path)}
        if event.bus is not None:
            props["EventBusName"] = ctx.params(event.bus, path)
    role = (
        ctx.params(event.role, path)
        if event.role is not None
        else start_role(ctx, mb, f"{mb.logical_id}EventsRole", "events.amazonaws.com", path)
    )
    target: dict[str, Any] = {
        "Arn": tropo(mb.start_arn),
        "Id": f"{mb.logical_id}Target"[:64],
        "RoleArn": tropo(role),
    }
    if event.input is not None:
        target["Input"] = ctx.params(input_text(event.input), path)
    if event.input_path is not None:
        target["InputPath"] = event.input_path
    if event.input_transformer is not None:
        target["InputTransformer"] = input_transformer(event.input_transformer)
    if event.retry_policy is not None:
        target["RetryPolicy"] = events.RetryPolicy(**event.retry_policy.to_cfn())
    queue = ctx.params(event.dead_letter_arn, path) if event.dead_letter_arn is not None else None
    if queue is not None:
        target["DeadLetterConfig"] = events.DeadLetterConfig(Arn=tropo(queue))
    props["State"] = "ENABLED" if event.enabled else "DISABLED"
    if event.name:
        props["Name"] = ctx.params(event.name, path)
    if event.description:
        props["Description"] = event.description
    props["Targets"] = [events.Target(**target)]
    ctx.add(events.Rule, lid, props)
    if queue is not None:
        dead_letters.setdefault(key(queue), (queue, []))[1].append((lid, path))


def dlq_policies(ctx: Context, dead_letters: DeadLetters) -> None:
    """Queue policies that let EventBridge send a rule's undeliverable events to its DLQ.

    A queue defined in the template gets one ``AWS::SQS::QueuePolicy`` (``<queue>DlqPolicy``)
    naming every rule that uses it; for any other queue the build warns: its owner has to add
    the statement.
    """
    for queue, uses in dead_letters.values():
        target = queue["Fn::GetAtt"][0] if isinstance(queue, dict) and "Fn::GetAtt" in queue else ""
        kind = getattr(ctx.template.resources.get(target), "resource_type", None)
        if kind != "AWS::SQS::Queue":
            for _rule_id, path in uses:
                ctx.warn(dlq_policy_warning(queue), path, "dlq-policy")
            continue
        lid = f"{target}DlqPolicy"
        rules = ctx.dlq_rules.setdefault(lid, [])
        if not rules and not ctx.logical_id(lid, "dead-letter queue policy", uses[0][1]):
            continue
        rules.extend(rule_id for rule_id, _path in uses)
        ctx.template.resources.pop(lid, None)  # a later machine's rules join the same policy
        ctx.add(sqs.QueuePolicy, lid, events_queue_policy(queue, [getatt(r, "Arn") for r in rules]))


__all__ = ["DeadLetters", "build_rule", "dlq_policies"]
