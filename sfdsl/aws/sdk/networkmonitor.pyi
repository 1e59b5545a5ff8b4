"""Typed builders of the AWS SDK integration of networkmonitor (``aws-sdk:networkmonitor:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X, Xi

class CreateMonitorProbeInput(TypedDict, total=False):
    SourceArn: S
    Destination: S
    DestinationPort: I
    Protocol: S
    PacketSize: I
    ProbeTags: M[S]

CreateMonitorParameters = TypedDict(
    "CreateMonitorParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "Probes": L[Xi[CreateMonitorProbeInput]],
        "Probes.$": str,
        "AggregationPeriod": I,
        "AggregationPeriod.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ProbeInput(TypedDict, total=False):
    SourceArn: S
    Destination: S
    DestinationPort: I
    Protocol: S
    PacketSize: I
    Tags: M[S]

CreateProbeParameters = TypedDict(
    "CreateProbeParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "Probe": X[ProbeInput],
        "Probe.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteMonitorParameters = TypedDict(
    "DeleteMonitorParameters", {"MonitorName": S, "MonitorName.$": str}, total=False
)
DeleteProbeParameters = TypedDict(
    "DeleteProbeParameters",
    {"MonitorName": S, "MonitorName.$": str, "ProbeId": S, "ProbeId.$": str},
    total=False,
)
GetMonitorParameters = TypedDict(
    "GetMonitorParameters", {"MonitorName": S, "MonitorName.$": str}, total=False
)
GetProbeParameters = TypedDict(
    "GetProbeParameters",
    {"MonitorName": S, "MonitorName.$": str, "ProbeId": S, "ProbeId.$": str},
    total=False,
)
ListMonitorsParameters = TypedDict(
    "ListMonitorsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateMonitorParameters = TypedDict(
    "UpdateMonitorParameters",
    {"MonitorName": S, "MonitorName.$": str, "AggregationPeriod": I, "AggregationPeriod.$": str},
    total=False,
)
UpdateProbeParameters = TypedDict(
    "UpdateProbeParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "ProbeId": S,
        "ProbeId.$": str,
        "State": S,
        "State.$": str,
        "Destination": S,
        "Destination.$": str,
        "DestinationPort": I,
        "DestinationPort.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "PacketSize": I,
        "PacketSize.$": str,
    },
    total=False,
)
create_monitor: Builder[CreateMonitorParameters]
create_probe: Builder[CreateProbeParameters]
delete_monitor: Builder[DeleteMonitorParameters]
delete_probe: Builder[DeleteProbeParameters]
get_monitor: Builder[GetMonitorParameters]
get_probe: Builder[GetProbeParameters]
list_monitors: Builder[ListMonitorsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_monitor: Builder[UpdateMonitorParameters]
update_probe: Builder[UpdateProbeParameters]

__all__ = [
    "create_monitor",
    "create_probe",
    "delete_monitor",
    "delete_probe",
    "get_monitor",
    "get_probe",
    "list_monitors",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_monitor",
    "update_probe",
]
