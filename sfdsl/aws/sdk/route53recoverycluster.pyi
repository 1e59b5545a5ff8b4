"""Typed builders of the AWS SDK integration of route53recoverycluster (``aws-sdk:route53recoverycluster:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, Xi

GetRoutingControlStateParameters = TypedDict(
    "GetRoutingControlStateParameters",
    {"RoutingControlArn": S, "RoutingControlArn.$": str},
    total=False,
)
ListRoutingControlsParameters = TypedDict(
    "ListRoutingControlsParameters",
    {
        "ControlPanelArn": S,
        "ControlPanelArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
UpdateRoutingControlStateParameters = TypedDict(
    "UpdateRoutingControlStateParameters",
    {
        "RoutingControlArn": S,
        "RoutingControlArn.$": str,
        "RoutingControlState": S,
        "RoutingControlState.$": str,
        "SafetyRulesToOverride": L[Si],
        "SafetyRulesToOverride.$": str,
    },
    total=False,
)

class UpdateRoutingControlStateEntry(TypedDict, total=False):
    RoutingControlArn: S
    RoutingControlState: S

UpdateRoutingControlStatesParameters = TypedDict(
    "UpdateRoutingControlStatesParameters",
    {
        "UpdateRoutingControlStateEntries": L[Xi[UpdateRoutingControlStateEntry]],
        "UpdateRoutingControlStateEntries.$": str,
        "SafetyRulesToOverride": L[Si],
        "SafetyRulesToOverride.$": str,
    },
    total=False,
)
get_routing_control_state: Builder[GetRoutingControlStateParameters]
list_routing_controls: Builder[ListRoutingControlsParameters]
update_routing_control_state: Builder[UpdateRoutingControlStateParameters]
update_routing_control_states: Builder[UpdateRoutingControlStatesParameters]

__all__ = [
    "get_routing_control_state",
    "list_routing_controls",
    "update_routing_control_state",
    "update_routing_control_states",
]
