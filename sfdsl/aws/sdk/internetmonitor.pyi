"""Typed builders of the AWS SDK integration of internetmonitor (``aws-sdk:internetmonitor:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

class S3Config(TypedDict, total=False):
    BucketName: S
    BucketPrefix: S
    LogDeliveryStatus: S

class InternetMeasurementsLogDelivery(TypedDict, total=False):
    S3Config: X[S3Config]

class LocalHealthEventsConfig(TypedDict, total=False):
    Status: S
    HealthScoreThreshold: F
    MinTrafficImpact: F

class HealthEventsConfig(TypedDict, total=False):
    AvailabilityScoreThreshold: F
    PerformanceScoreThreshold: F
    AvailabilityLocalHealthEventsConfig: X[LocalHealthEventsConfig]
    PerformanceLocalHealthEventsConfig: X[LocalHealthEventsConfig]

CreateMonitorParameters = TypedDict(
    "CreateMonitorParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "Resources": L[Si],
        "Resources.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "MaxCityNetworksToMonitor": I,
        "MaxCityNetworksToMonitor.$": str,
        "InternetMeasurementsLogDelivery": X[InternetMeasurementsLogDelivery],
        "InternetMeasurementsLogDelivery.$": str,
        "TrafficPercentageToMonitor": I,
        "TrafficPercentageToMonitor.$": str,
        "HealthEventsConfig": X[HealthEventsConfig],
        "HealthEventsConfig.$": str,
    },
    total=False,
)
DeleteMonitorParameters = TypedDict(
    "DeleteMonitorParameters", {"MonitorName": S, "MonitorName.$": str}, total=False
)
GetHealthEventParameters = TypedDict(
    "GetHealthEventParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "EventId": S,
        "EventId.$": str,
        "LinkedAccountId": S,
        "LinkedAccountId.$": str,
    },
    total=False,
)
GetInternetEventParameters = TypedDict(
    "GetInternetEventParameters", {"EventId": S, "EventId.$": str}, total=False
)
GetMonitorParameters = TypedDict(
    "GetMonitorParameters",
    {"MonitorName": S, "MonitorName.$": str, "LinkedAccountId": S, "LinkedAccountId.$": str},
    total=False,
)
GetQueryResultsParameters = TypedDict(
    "GetQueryResultsParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetQueryStatusParameters = TypedDict(
    "GetQueryStatusParameters",
    {"MonitorName": S, "MonitorName.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
)
ListHealthEventsParameters = TypedDict(
    "ListHealthEventsParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "EventStatus": S,
        "EventStatus.$": str,
        "LinkedAccountId": S,
        "LinkedAccountId.$": str,
    },
    total=False,
)
ListInternetEventsParameters = TypedDict(
    "ListInternetEventsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "EventStatus": S,
        "EventStatus.$": str,
        "EventType": S,
        "EventType.$": str,
    },
    total=False,
)
ListMonitorsParameters = TypedDict(
    "ListMonitorsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MonitorStatus": S,
        "MonitorStatus.$": str,
        "IncludeLinkedAccounts": B,
        "IncludeLinkedAccounts.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class FilterParameter(TypedDict, total=False):
    Field: S
    Operator: S
    Values: L[Si]

StartQueryParameters = TypedDict(
    "StartQueryParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "QueryType": S,
        "QueryType.$": str,
        "FilterParameters": L[Xi[FilterParameter]],
        "FilterParameters.$": str,
        "LinkedAccountId": S,
        "LinkedAccountId.$": str,
    },
    total=False,
)
StopQueryParameters = TypedDict(
    "StopQueryParameters",
    {"MonitorName": S, "MonitorName.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
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
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "ResourcesToAdd": L[Si],
        "ResourcesToAdd.$": str,
        "ResourcesToRemove": L[Si],
        "ResourcesToRemove.$": str,
        "Status": S,
        "Status.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "MaxCityNetworksToMonitor": I,
        "MaxCityNetworksToMonitor.$": str,
        "InternetMeasurementsLogDelivery": X[InternetMeasurementsLogDelivery],
        "InternetMeasurementsLogDelivery.$": str,
        "TrafficPercentageToMonitor": I,
        "TrafficPercentageToMonitor.$": str,
        "HealthEventsConfig": X[HealthEventsConfig],
        "HealthEventsConfig.$": str,
    },
    total=False,
)
create_monitor: Builder[CreateMonitorParameters]
delete_monitor: Builder[DeleteMonitorParameters]
get_health_event: Builder[GetHealthEventParameters]
get_internet_event: Builder[GetInternetEventParameters]
get_monitor: Builder[GetMonitorParameters]
get_query_results: Builder[GetQueryResultsParameters]
get_query_status: Builder[GetQueryStatusParameters]
list_health_events: Builder[ListHealthEventsParameters]
list_internet_events: Builder[ListInternetEventsParameters]
list_monitors: Builder[ListMonitorsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_query: Builder[StartQueryParameters]
stop_query: Builder[StopQueryParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_monitor: Builder[UpdateMonitorParameters]

__all__ = [
    "create_monitor",
    "delete_monitor",
    "get_health_event",
    "get_internet_event",
    "get_monitor",
    "get_query_results",
    "get_query_status",
    "list_health_events",
    "list_internet_events",
    "list_monitors",
    "list_tags_for_resource",
    "start_query",
    "stop_query",
    "tag_resource",
    "untag_resource",
    "update_monitor",
]
