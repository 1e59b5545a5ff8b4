"""Published versions of a state machine and an alias that shifts traffic to each new one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal, TypeAlias

import attrs

from sfdsl.cfn._values import CfnValue, frozen_values, option_error

DeploymentType: TypeAlias = Literal["ALL_AT_ONCE", "CANARY", "LINEAR"]

_ALIAS = re.compile(r"^(?=.*[a-zA-Z_\-.])[a-zA-Z0-9_\-.]{1,80}$")


def _alarms(value: str | Iterable[CfnValue]) -> str | tuple[CfnValue, ...]:
    if value == "generated":
        return "generated"
    if isinstance(value, str):
        msg = f"rollback_alarms must be 'generated' or a list of alarm names/Refs, got {value!r}"
        raise option_error(msg)
    alarms = frozen_values(value)
    for alarm in alarms:
        if isinstance(alarm, str) and alarm.startswith("arn:"):
            name = alarm.rsplit(":", 1)[-1]
            msg = (
                f"rollback_alarms takes alarm names, not ARNs, got {alarm!r}: CloudWatch "
                "treats an unknown alarm as OK, so the deployment would never roll back; "
                f"pass {name!r}"
            )
            raise option_error(msg)
        att = alarm.get("Fn::GetAtt") if isinstance(alarm, dict) else None
        if isinstance(att, list) and len(att) == 2 and att[1] == "Arn":
            msg = (
                f"rollback_alarms takes alarm names, not ARNs, got {alarm!r}: CloudWatch "
                "treats an unknown alarm as OK, so the deployment would never roll back; "
                f"pass {{'Ref': {att[0]!r}}} (an alarm's Ref is its name)"
            )
            raise option_error(msg)
    return alarms


@attrs.frozen
class Publish:
    """Publish a version on every definition change and route an alias to it.

    Running executions keep the version they started on. With a ``deployment`` type, the alias
    shifts traffic gradually and rolls back by itself when a rollback alarm fires.

    Args:
        alias: the alias name; events and API endpoints of the machine start executions on it.
        deployment: ``ALL_AT_ONCE``, ``CANARY`` or ``LINEAR``; ``None`` routes 100% at once
            without a deployment preference.
        percentage: canary traffic, or the linear step, in percent.
        interval_minutes: how long each canary/linear step lasts.
        rollback_alarms: ``"generated"`` (the machine's :class:`~sfdsl.cfn.Alarms`), or alarm
            names/Refs (not ARNs: CloudWatch would treat an ARN as an unknown alarm, always OK).

    Example:
        >>> Publish("live", deployment="CANARY", percentage=10, interval_minutes=5).deployment
        'CANARY'
    """

    alias: str = attrs.field(default="live")
    deployment: DeploymentType | None = attrs.field(default=None, kw_only=True)
    percentage: int | None = attrs.field(default=None, kw_only=True)
    interval_minutes: int | None = attrs.field(default=None, kw_only=True)
    rollback_alarms: str | tuple[CfnValue, ...] = attrs.field(
        default=(), kw_only=True, converter=_alarms
    )
    description: str | None = attrs.field(default=None, kw_only=True)

    @alias.validator
    def _check_alias(self, _attr: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _ALIAS.match(value):
            msg = (
                "alias must be 1-80 letters, digits, '_', '-' or '.', not only digits, "
                f"got {value!r}"
            )
            raise option_error(msg)

    def __attrs_post_init__(self) -> None:
        if self.deployment not in (None, "ALL_AT_ONCE", "CANARY", "LINEAR"):
            msg = f"deployment must be ALL_AT_ONCE, CANARY or LINEAR, got {self.deployment!r}"
            raise option_error(msg)
        gradual = self.deployment in ("CANARY", "LINEAR")
        if gradual and (self.percentage is None or self.interval_minutes is None):
            msg = (
                f"a {self.deployment} deployment needs percentage= and interval_minutes=, "
                "e.g. percentage=10, interval_minutes=5"
            )
            raise option_error(msg)
        if not gradual and (self.percentage is not None or self.interval_minutes is not None):
            msg = "percentage and interval_minutes apply only to CANARY and LINEAR deployments"
            raise option_error(msg)
        if self.percentage is not None and not 0 < self.percentage < 100:
            msg = f"percentage must be from 1 to 99, got {self.percentage!r}"
            raise option_error(msg)
        if self.interval_minutes is not None and not 1 <= self.interval_minutes <= 2100:
            msg = f"interval_minutes must be from 1 to 2100, got {self.interval_minutes!r}"
            raise option_error(msg)
        if self.rollback_alarms and self.deployment is None:
            msg = "rollback_alarms need a deployment type: pass deployment='CANARY' (or LINEAR, ALL_AT_ONCE)"
            raise option_error(msg)


def version_id(machine_id: str) -> str:
    """Logical id of the published version."""
    return f"{machine_id}Version"


def alias_id(machine_id: str) -> str:
    """Logical id of the alias."""
    return f"{machine_id}Alias"


__all__ = ["DeploymentType", "Publish", "alias_id", "version_id"]
