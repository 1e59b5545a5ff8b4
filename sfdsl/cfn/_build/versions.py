"""A published version of a state machine and the alias that routes executions to it."""

from __future__ import annotations

from typing import Any

from troposphere import stepfunctions

from sfdsl.cfn._alarms import alarm_ids
from sfdsl.cfn._build.context import Context, MachineBuild
from sfdsl.cfn._values import CfnValue, getatt, ref
from sfdsl.cfn._versions import Publish, alias_id, version_id


def build_publish(ctx: Context, mb: MachineBuild, publish: Publish) -> None:
    """Add the version (retained, re-published when the revision changes) and the alias."""
    path = f"{mb.logical_id}.publish"
    vid, aid = version_id(mb.logical_id), alias_id(mb.logical_id)
    if not (
        ctx.logical_id(vid, "state machine version", path) and ctx.logical_id(aid, "alias", path)
    ):
        return
    version_props: dict[str, Any] = {
        "StateMachineArn": ref(mb.logical_id),
        "StateMachineRevisionId": getatt(mb.logical_id, "StateMachineRevisionId"),
    }
    if publish.description:
        version_props["Description"] = publish.description
    # Retained on replacement: executions that started on an old version keep running on it.
    ctx.add(stepfunctions.StateMachineVersion, vid, version_props, retain=True)
    alias_props: dict[str, Any] = {"Name": publish.alias}
    if publish.deployment is None:
        alias_props["RoutingConfiguration"] = [{"StateMachineVersionArn": ref(vid), "Weight": 100}]
    else:
        preference: dict[str, Any] = {
            "StateMachineVersionArn": ref(vid),
            "Type": publish.deployment,
        }
        if publish.percentage is not None:
            preference["Percentage"] = publish.percentage
        if publish.interval_minutes is not None:
            preference["Interval"] = publish.interval_minutes
        alarms: list[CfnValue] = []
        if publish.rollback_alarms == "generated":
            if mb.deployment.alarms is None:
                ctx.fail(
                    "rollback_alarms='generated' but this state machine has no alarms; pass "
                    "alarms=Alarms(...) to App.add or list alarm names",
                    path,
                    "rollback-alarms",
                )
                return
            alarms = [ref(a) for a in alarm_ids(mb.logical_id, mb.deployment.alarms)]
        else:
            alarms = [ctx.params(a, path) for a in publish.rollback_alarms]
        if alarms:
            preference["Alarms"] = alarms
        alias_props["DeploymentPreference"] = preference
    ctx.add(stepfunctions.StateMachineAlias, aid, alias_props)
    if mb.deployment.outputs:
        ctx.output(
            f"{aid}Arn", ref(aid), f"ARN of alias {publish.alias} of {mb.name or mb.logical_id}"
        )


__all__ = ["build_publish"]
