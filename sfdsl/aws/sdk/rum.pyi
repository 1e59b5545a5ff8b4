"""Typed builders of the AWS SDK integration of rum (``aws-sdk:rum:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

class MetricDefinitionRequest(TypedDict, total=False):
    Name: S
    ValueKey: S
    UnitLabel: S
    DimensionKeys: M[S]
    EventPattern: S
    Namespace: S

BatchCreateRumMetricDefinitionsParameters = TypedDict(
    "BatchCreateRumMetricDefinitionsParameters",
    {
        "AppMonitorName": S,
        "AppMonitorName.$": str,
        "Destination": S,
        "Destination.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
        "MetricDefinitions": L[Xi[MetricDefinitionRequest]],
        "MetricDefinitions.$": str,
    },
    total=False,
)
BatchDeleteRumMetricDefinitionsParameters = TypedDict(
    "BatchDeleteRumMetricDefinitionsParameters",
    {
        "AppMonitorName": S,
        "AppMonitorName.$": str,
        "Destination": S,
        "Destination.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
        "MetricDefinitionIds": L[Si],
        "MetricDefinitionIds.$": str,
    },
    total=False,
)
BatchGetRumMetricDefinitionsParameters = TypedDict(
    "BatchGetRumMetricDefinitionsParameters",
    {
        "AppMonitorName": S,
        "AppMonitorName.$": str,
        "Destination": S,
        "Destination.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AppMonitorConfiguration(TypedDict, total=False):
    IdentityPoolId: S
    ExcludedPages: L[Si]
    IncludedPages: L[Si]
    FavoritePages: L[Si]
    SessionSampleRate: F
    GuestRoleArn: S
    AllowCookies: B
    Telemetries: L[Si]
    EnableXRay: B

class CustomEvents(TypedDict, total=False):
    Status: S

class JavaScriptSourceMaps(TypedDict, total=False):
    Status: S
    S3Uri: S

class DeobfuscationConfiguration(TypedDict, total=False):
    JavaScriptSourceMaps: X[JavaScriptSourceMaps]

CreateAppMonitorParameters = TypedDict(
    "CreateAppMonitorParameters",
    {
        "Name": S,
        "Name.$": str,
        "Domain": S,
        "Domain.$": str,
        "DomainList": L[Si],
        "DomainList.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AppMonitorConfiguration": X[AppMonitorConfiguration],
        "AppMonitorConfiguration.$": str,
        "CwLogEnabled": B,
        "CwLogEnabled.$": str,
        "CustomEvents": X[CustomEvents],
        "CustomEvents.$": str,
        "DeobfuscationConfiguration": X[DeobfuscationConfiguration],
        "DeobfuscationConfiguration.$": str,
        "Platform": S,
        "Platform.$": str,
    },
    total=False,
)
DeleteAppMonitorParameters = TypedDict(
    "DeleteAppMonitorParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {"Name": S, "Name.$": str, "PolicyRevisionId": S, "PolicyRevisionId.$": str},
    total=False,
)
DeleteRumMetricsDestinationParameters = TypedDict(
    "DeleteRumMetricsDestinationParameters",
    {
        "AppMonitorName": S,
        "AppMonitorName.$": str,
        "Destination": S,
        "Destination.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
    },
    total=False,
)
GetAppMonitorParameters = TypedDict(
    "GetAppMonitorParameters", {"Name": S, "Name.$": str}, total=False
)

class TimeRange(TypedDict, total=False):
    After: I
    Before: I

class QueryFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

GetAppMonitorDataParameters = TypedDict(
    "GetAppMonitorDataParameters",
    {
        "Name": S,
        "Name.$": str,
        "TimeRange": X[TimeRange],
        "TimeRange.$": str,
        "Filters": L[Xi[QueryFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"Name": S, "Name.$": str}, total=False
)
ListAppMonitorsParameters = TypedDict(
    "ListAppMonitorsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRumMetricsDestinationsParameters = TypedDict(
    "ListRumMetricsDestinationsParameters",
    {
        "AppMonitorName": S,
        "AppMonitorName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "Name": S,
        "Name.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "PolicyRevisionId": S,
        "PolicyRevisionId.$": str,
    },
    total=False,
)

class AppMonitorDetails(TypedDict, total=False):
    Name: S
    Id: S
    Version: S

class UserDetails(TypedDict, total=False):
    UserId: S
    SessionId: S

class RumEvent(TypedDict, total=False):
    Id: S
    Timestamp: T
    Type: S
    Metadata: S
    Details: S

PutRumEventsParameters = TypedDict(
    "PutRumEventsParameters",
    {
        "Id": S,
        "Id.$": str,
        "BatchId": S,
        "BatchId.$": str,
        "AppMonitorDetails": X[AppMonitorDetails],
        "AppMonitorDetails.$": str,
        "UserDetails": X[UserDetails],
        "UserDetails.$": str,
        "RumEvents": L[Xi[RumEvent]],
        "RumEvents.$": str,
        "Alias": S,
        "Alias.$": str,
        "SessionMetadata": S,
        "SessionMetadata.$": str,
    },
    total=False,
)
PutRumMetricsDestinationParameters = TypedDict(
    "PutRumMetricsDestinationParameters",
    {
        "AppMonitorName": S,
        "AppMonitorName.$": str,
        "Destination": S,
        "Destination.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
    },
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
UpdateAppMonitorParameters = TypedDict(
    "UpdateAppMonitorParameters",
    {
        "Name": S,
        "Name.$": str,
        "Domain": S,
        "Domain.$": str,
        "DomainList": L[Si],
        "DomainList.$": str,
        "AppMonitorConfiguration": X[AppMonitorConfiguration],
        "AppMonitorConfiguration.$": str,
        "CwLogEnabled": B,
        "CwLogEnabled.$": str,
        "CustomEvents": X[CustomEvents],
        "CustomEvents.$": str,
        "DeobfuscationConfiguration": X[DeobfuscationConfiguration],
        "DeobfuscationConfiguration.$": str,
    },
    total=False,
)
UpdateRumMetricDefinitionParameters = TypedDict(
    "UpdateRumMetricDefinitionParameters",
    {
        "AppMonitorName": S,
        "AppMonitorName.$": str,
        "Destination": S,
        "Destination.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
        "MetricDefinition": X[MetricDefinitionRequest],
        "MetricDefinition.$": str,
        "MetricDefinitionId": S,
        "MetricDefinitionId.$": str,
    },
    total=False,
)
batch_create_rum_metric_definitions: Builder[BatchCreateRumMetricDefinitionsParameters]
batch_delete_rum_metric_definitions: Builder[BatchDeleteRumMetricDefinitionsParameters]
batch_get_rum_metric_definitions: Builder[BatchGetRumMetricDefinitionsParameters]
create_app_monitor: Builder[CreateAppMonitorParameters]
delete_app_monitor: Builder[DeleteAppMonitorParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_rum_metrics_destination: Builder[DeleteRumMetricsDestinationParameters]
get_app_monitor: Builder[GetAppMonitorParameters]
get_app_monitor_data: Builder[GetAppMonitorDataParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
list_app_monitors: Builder[ListAppMonitorsParameters]
list_rum_metrics_destinations: Builder[ListRumMetricsDestinationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
put_rum_events: Builder[PutRumEventsParameters]
put_rum_metrics_destination: Builder[PutRumMetricsDestinationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_app_monitor: Builder[UpdateAppMonitorParameters]
update_rum_metric_definition: Builder[UpdateRumMetricDefinitionParameters]

__all__ = [
    "batch_create_rum_metric_definitions",
    "batch_delete_rum_metric_definitions",
    "batch_get_rum_metric_definitions",
    "create_app_monitor",
    "delete_app_monitor",
    "delete_resource_policy",
    "delete_rum_metrics_destination",
    "get_app_monitor",
    "get_app_monitor_data",
    "get_resource_policy",
    "list_app_monitors",
    "list_rum_metrics_destinations",
    "list_tags_for_resource",
    "put_resource_policy",
    "put_rum_events",
    "put_rum_metrics_destination",
    "tag_resource",
    "untag_resource",
    "update_app_monitor",
    "update_rum_metric_definition",
]
