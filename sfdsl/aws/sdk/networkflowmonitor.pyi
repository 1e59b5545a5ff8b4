"""Typed builders of the AWS SDK integration of networkflowmonitor (``aws-sdk:networkflowmonitor:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X, Xi

class MonitorLocalResource(TypedDict, total=False):
    Type: S
    Identifier: S

class MonitorRemoteResource(TypedDict, total=False):
    Type: S
    Identifier: S

CreateMonitorParameters = TypedDict(
    "CreateMonitorParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "LocalResources": L[Xi[MonitorLocalResource]],
        "LocalResources.$": str,
        "RemoteResources": L[Xi[MonitorRemoteResource]],
        "RemoteResources.$": str,
        "ScopeArn": S,
        "ScopeArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class PerformanceMonitorTarget(TypedDict, total=False):
    Type: S
    Identifier: S

CreatePerformanceMonitorParameters = TypedDict(
    "CreatePerformanceMonitorParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "ScopeArn": S,
        "ScopeArn.$": str,
        "Targets": L[Xi[PerformanceMonitorTarget]],
        "Targets.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class TargetId(TypedDict, total=False):
    AccountId: S

class TargetIdentifier(TypedDict, total=False):
    TargetId: X[TargetId]
    TargetType: S

class TargetResource(TypedDict, total=False):
    TargetIdentifier: X[TargetIdentifier]
    Region: S

CreateScopeParameters = TypedDict(
    "CreateScopeParameters",
    {
        "Targets": L[Xi[TargetResource]],
        "Targets.$": str,
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
DeletePerformanceMonitorParameters = TypedDict(
    "DeletePerformanceMonitorParameters", {"MonitorName": S, "MonitorName.$": str}, total=False
)
DeleteScopeParameters = TypedDict(
    "DeleteScopeParameters", {"ScopeId": S, "ScopeId.$": str}, total=False
)
GetMonitorParameters = TypedDict(
    "GetMonitorParameters", {"MonitorName": S, "MonitorName.$": str}, total=False
)
GetMonitorScopeSuggestionsParameters = TypedDict(
    "GetMonitorScopeSuggestionsParameters",
    {
        "MonitorArn": S,
        "MonitorArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetPerformanceMonitorParameters = TypedDict(
    "GetPerformanceMonitorParameters", {"MonitorName": S, "MonitorName.$": str}, total=False
)
GetQueryResultsMonitorTopContributorsParameters = TypedDict(
    "GetQueryResultsMonitorTopContributorsParameters",
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
GetQueryResultsPerformanceMonitorParameters = TypedDict(
    "GetQueryResultsPerformanceMonitorParameters",
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
GetQueryResultsWorkloadInsightsTopContributorsParameters = TypedDict(
    "GetQueryResultsWorkloadInsightsTopContributorsParameters",
    {
        "ScopeId": S,
        "ScopeId.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetQueryResultsWorkloadInsightsTopContributorsDataParameters = TypedDict(
    "GetQueryResultsWorkloadInsightsTopContributorsDataParameters",
    {
        "ScopeId": S,
        "ScopeId.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetQueryStatusMonitorTopContributorsParameters = TypedDict(
    "GetQueryStatusMonitorTopContributorsParameters",
    {"MonitorName": S, "MonitorName.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
)
GetQueryStatusPerformanceMonitorParameters = TypedDict(
    "GetQueryStatusPerformanceMonitorParameters",
    {"MonitorName": S, "MonitorName.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
)
GetQueryStatusWorkloadInsightsTopContributorsParameters = TypedDict(
    "GetQueryStatusWorkloadInsightsTopContributorsParameters",
    {"ScopeId": S, "ScopeId.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
)
GetQueryStatusWorkloadInsightsTopContributorsDataParameters = TypedDict(
    "GetQueryStatusWorkloadInsightsTopContributorsDataParameters",
    {"ScopeId": S, "ScopeId.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
)
GetScopeParameters = TypedDict("GetScopeParameters", {"ScopeId": S, "ScopeId.$": str}, total=False)
ListMonitorsParameters = TypedDict(
    "ListMonitorsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MonitorStatus": S,
        "MonitorStatus.$": str,
    },
    total=False,
)
ListPerformanceMonitorsParameters = TypedDict(
    "ListPerformanceMonitorsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MonitorStatus": S,
        "MonitorStatus.$": str,
        "MonitorType": S,
        "MonitorType.$": str,
    },
    total=False,
)
ListScopesParameters = TypedDict(
    "ListScopesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
StartQueryMonitorTopContributorsParameters = TypedDict(
    "StartQueryMonitorTopContributorsParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "DestinationCategory": S,
        "DestinationCategory.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)

class FilterParameter(TypedDict, total=False):
    Field: S
    Operator: S
    Values: L[Si]

StartQueryPerformanceMonitorParameters = TypedDict(
    "StartQueryPerformanceMonitorParameters",
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
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
StartQueryWorkloadInsightsTopContributorsParameters = TypedDict(
    "StartQueryWorkloadInsightsTopContributorsParameters",
    {
        "ScopeId": S,
        "ScopeId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "DestinationCategory": S,
        "DestinationCategory.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
StartQueryWorkloadInsightsTopContributorsDataParameters = TypedDict(
    "StartQueryWorkloadInsightsTopContributorsDataParameters",
    {
        "ScopeId": S,
        "ScopeId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "DestinationCategory": S,
        "DestinationCategory.$": str,
    },
    total=False,
)
StopQueryMonitorTopContributorsParameters = TypedDict(
    "StopQueryMonitorTopContributorsParameters",
    {"MonitorName": S, "MonitorName.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
)
StopQueryPerformanceMonitorParameters = TypedDict(
    "StopQueryPerformanceMonitorParameters",
    {"MonitorName": S, "MonitorName.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
)
StopQueryWorkloadInsightsTopContributorsParameters = TypedDict(
    "StopQueryWorkloadInsightsTopContributorsParameters",
    {"ScopeId": S, "ScopeId.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
)
StopQueryWorkloadInsightsTopContributorsDataParameters = TypedDict(
    "StopQueryWorkloadInsightsTopContributorsDataParameters",
    {"ScopeId": S, "ScopeId.$": str, "QueryId": S, "QueryId.$": str},
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
        "LocalResourcesToAdd": L[Xi[MonitorLocalResource]],
        "LocalResourcesToAdd.$": str,
        "LocalResourcesToRemove": L[Xi[MonitorLocalResource]],
        "LocalResourcesToRemove.$": str,
        "RemoteResourcesToAdd": L[Xi[MonitorRemoteResource]],
        "RemoteResourcesToAdd.$": str,
        "RemoteResourcesToRemove": L[Xi[MonitorRemoteResource]],
        "RemoteResourcesToRemove.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdatePerformanceMonitorParameters = TypedDict(
    "UpdatePerformanceMonitorParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "TargetsToAdd": L[Xi[PerformanceMonitorTarget]],
        "TargetsToAdd.$": str,
        "TargetsToRemove": L[Xi[PerformanceMonitorTarget]],
        "TargetsToRemove.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateScopeParameters = TypedDict(
    "UpdateScopeParameters",
    {
        "ScopeId": S,
        "ScopeId.$": str,
        "ResourcesToAdd": L[Xi[TargetResource]],
        "ResourcesToAdd.$": str,
        "ResourcesToDelete": L[Xi[TargetResource]],
        "ResourcesToDelete.$": str,
    },
    total=False,
)
create_monitor: Builder[CreateMonitorParameters]
create_performance_monitor: Builder[CreatePerformanceMonitorParameters]
create_scope: Builder[CreateScopeParameters]
delete_monitor: Builder[DeleteMonitorParameters]
delete_performance_monitor: Builder[DeletePerformanceMonitorParameters]
delete_scope: Builder[DeleteScopeParameters]
get_monitor: Builder[GetMonitorParameters]
get_monitor_scope_suggestions: Builder[GetMonitorScopeSuggestionsParameters]
get_performance_monitor: Builder[GetPerformanceMonitorParameters]
get_query_results_monitor_top_contributors: Builder[GetQueryResultsMonitorTopContributorsParameters]
get_query_results_performance_monitor: Builder[GetQueryResultsPerformanceMonitorParameters]
get_query_results_workload_insights_top_contributors: Builder[
    GetQueryResultsWorkloadInsightsTopContributorsParameters
]
get_query_results_workload_insights_top_contributors_data: Builder[
    GetQueryResultsWorkloadInsightsTopContributorsDataParameters
]
get_query_status_monitor_top_contributors: Builder[GetQueryStatusMonitorTopContributorsParameters]
get_query_status_performance_monitor: Builder[GetQueryStatusPerformanceMonitorParameters]
get_query_status_workload_insights_top_contributors: Builder[
    GetQueryStatusWorkloadInsightsTopContributorsParameters
]
get_query_status_workload_insights_top_contributors_data: Builder[
    GetQueryStatusWorkloadInsightsTopContributorsDataParameters
]
get_scope: Builder[GetScopeParameters]
list_monitors: Builder[ListMonitorsParameters]
list_performance_monitors: Builder[ListPerformanceMonitorsParameters]
list_scopes: Builder[ListScopesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_query_monitor_top_contributors: Builder[StartQueryMonitorTopContributorsParameters]
start_query_performance_monitor: Builder[StartQueryPerformanceMonitorParameters]
start_query_workload_insights_top_contributors: Builder[
    StartQueryWorkloadInsightsTopContributorsParameters
]
start_query_workload_insights_top_contributors_data: Builder[
    StartQueryWorkloadInsightsTopContributorsDataParameters
]
stop_query_monitor_top_contributors: Builder[StopQueryMonitorTopContributorsParameters]
stop_query_performance_monitor: Builder[StopQueryPerformanceMonitorParameters]
stop_query_workload_insights_top_contributors: Builder[
    StopQueryWorkloadInsightsTopContributorsParameters
]
stop_query_workload_insights_top_contributors_data: Builder[
    StopQueryWorkloadInsightsTopContributorsDataParameters
]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_monitor: Builder[UpdateMonitorParameters]
update_performance_monitor: Builder[UpdatePerformanceMonitorParameters]
update_scope: Builder[UpdateScopeParameters]

__all__ = [
    "create_monitor",
    "create_performance_monitor",
    "create_scope",
    "delete_monitor",
    "delete_performance_monitor",
    "delete_scope",
    "get_monitor",
    "get_monitor_scope_suggestions",
    "get_performance_monitor",
    "get_query_results_monitor_top_contributors",
    "get_query_results_performance_monitor",
    "get_query_results_workload_insights_top_contributors",
    "get_query_results_workload_insights_top_contributors_data",
    "get_query_status_monitor_top_contributors",
    "get_query_status_performance_monitor",
    "get_query_status_workload_insights_top_contributors",
    "get_query_status_workload_insights_top_contributors_data",
    "get_scope",
    "list_monitors",
    "list_performance_monitors",
    "list_scopes",
    "list_tags_for_resource",
    "start_query_monitor_top_contributors",
    "start_query_performance_monitor",
    "start_query_workload_insights_top_contributors",
    "start_query_workload_insights_top_contributors_data",
    "stop_query_monitor_top_contributors",
    "stop_query_performance_monitor",
    "stop_query_workload_insights_top_contributors",
    "stop_query_workload_insights_top_contributors_data",
    "tag_resource",
    "untag_resource",
    "update_monitor",
    "update_performance_monitor",
    "update_scope",
]
