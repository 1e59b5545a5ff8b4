"""Typed builders of the AWS SDK integration of codeguruprofiler (``aws-sdk:codeguruprofiler:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class Channel(TypedDict, total=False):
    EventPublishers: L[Si]
    Id: S
    Uri: S

AddNotificationChannelsParameters = TypedDict(
    "AddNotificationChannelsParameters",
    {
        "Channels": L[Xi[Channel]],
        "Channels.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
    },
    total=False,
)

class FrameMetric(TypedDict, total=False):
    FrameName: S
    ThreadStates: L[Si]
    Type: S

BatchGetFrameMetricDataParameters = TypedDict(
    "BatchGetFrameMetricDataParameters",
    {
        "EndTime": T,
        "EndTime.$": str,
        "FrameMetrics": L[Xi[FrameMetric]],
        "FrameMetrics.$": str,
        "Period": S,
        "Period.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "TargetResolution": S,
        "TargetResolution.$": str,
    },
    total=False,
)
ConfigureAgentParameters = TypedDict(
    "ConfigureAgentParameters",
    {
        "FleetInstanceId": S,
        "FleetInstanceId.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
    },
    total=False,
)

class AgentOrchestrationConfig(TypedDict, total=False):
    ProfilingEnabled: B

CreateProfilingGroupParameters = TypedDict(
    "CreateProfilingGroupParameters",
    {
        "AgentOrchestrationConfig": X[AgentOrchestrationConfig],
        "AgentOrchestrationConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ComputePlatform": S,
        "ComputePlatform.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteProfilingGroupParameters = TypedDict(
    "DeleteProfilingGroupParameters",
    {"ProfilingGroupName": S, "ProfilingGroupName.$": str},
    total=False,
)
DescribeProfilingGroupParameters = TypedDict(
    "DescribeProfilingGroupParameters",
    {"ProfilingGroupName": S, "ProfilingGroupName.$": str},
    total=False,
)
GetFindingsReportAccountSummaryParameters = TypedDict(
    "GetFindingsReportAccountSummaryParameters",
    {
        "DailyReportsOnly": B,
        "DailyReportsOnly.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetNotificationConfigurationParameters = TypedDict(
    "GetNotificationConfigurationParameters",
    {"ProfilingGroupName": S, "ProfilingGroupName.$": str},
    total=False,
)
GetPolicyParameters = TypedDict(
    "GetPolicyParameters", {"ProfilingGroupName": S, "ProfilingGroupName.$": str}, total=False
)
GetProfileParameters = TypedDict(
    "GetProfileParameters",
    {
        "Accept": S,
        "Accept.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxDepth": I,
        "MaxDepth.$": str,
        "Period": S,
        "Period.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
        "StartTime": T,
        "StartTime.$": str,
    },
    total=False,
)
GetRecommendationsParameters = TypedDict(
    "GetRecommendationsParameters",
    {
        "EndTime": T,
        "EndTime.$": str,
        "Locale": S,
        "Locale.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
        "StartTime": T,
        "StartTime.$": str,
    },
    total=False,
)
ListFindingsReportsParameters = TypedDict(
    "ListFindingsReportsParameters",
    {
        "DailyReportsOnly": B,
        "DailyReportsOnly.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
        "StartTime": T,
        "StartTime.$": str,
    },
    total=False,
)
ListProfileTimesParameters = TypedDict(
    "ListProfileTimesParameters",
    {
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "OrderBy": S,
        "OrderBy.$": str,
        "Period": S,
        "Period.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
        "StartTime": T,
        "StartTime.$": str,
    },
    total=False,
)
ListProfilingGroupsParameters = TypedDict(
    "ListProfilingGroupsParameters",
    {
        "IncludeDescription": B,
        "IncludeDescription.$": str,
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
PostAgentProfileParameters = TypedDict(
    "PostAgentProfileParameters",
    {
        "AgentProfile": S,
        "AgentProfile.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "ProfileToken": S,
        "ProfileToken.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
    },
    total=False,
)
PutPermissionParameters = TypedDict(
    "PutPermissionParameters",
    {
        "ActionGroup": S,
        "ActionGroup.$": str,
        "Principals": L[Si],
        "Principals.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
RemoveNotificationChannelParameters = TypedDict(
    "RemoveNotificationChannelParameters",
    {"ChannelId": S, "ChannelId.$": str, "ProfilingGroupName": S, "ProfilingGroupName.$": str},
    total=False,
)
RemovePermissionParameters = TypedDict(
    "RemovePermissionParameters",
    {
        "ActionGroup": S,
        "ActionGroup.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
SubmitFeedbackParameters = TypedDict(
    "SubmitFeedbackParameters",
    {
        "AnomalyInstanceId": S,
        "AnomalyInstanceId.$": str,
        "Comment": S,
        "Comment.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
        "Type": S,
        "Type.$": str,
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
UpdateProfilingGroupParameters = TypedDict(
    "UpdateProfilingGroupParameters",
    {
        "AgentOrchestrationConfig": X[AgentOrchestrationConfig],
        "AgentOrchestrationConfig.$": str,
        "ProfilingGroupName": S,
        "ProfilingGroupName.$": str,
    },
    total=False,
)
add_notification_channels: Builder[AddNotificationChannelsParameters]
batch_get_frame_metric_data: Builder[BatchGetFrameMetricDataParameters]
configure_agent: Builder[ConfigureAgentParameters]
create_profiling_group: Builder[CreateProfilingGroupParameters]
delete_profiling_group: Builder[DeleteProfilingGroupParameters]
describe_profiling_group: Builder[DescribeProfilingGroupParameters]
get_findings_report_account_summary: Builder[GetFindingsReportAccountSummaryParameters]
get_notification_configuration: Builder[GetNotificationConfigurationParameters]
get_policy: Builder[GetPolicyParameters]
get_profile: Builder[GetProfileParameters]
get_recommendations: Builder[GetRecommendationsParameters]
list_findings_reports: Builder[ListFindingsReportsParameters]
list_profile_times: Builder[ListProfileTimesParameters]
list_profiling_groups: Builder[ListProfilingGroupsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
post_agent_profile: Builder[PostAgentProfileParameters]
put_permission: Builder[PutPermissionParameters]
remove_notification_channel: Builder[RemoveNotificationChannelParameters]
remove_permission: Builder[RemovePermissionParameters]
submit_feedback: Builder[SubmitFeedbackParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_profiling_group: Builder[UpdateProfilingGroupParameters]

__all__ = [
    "add_notification_channels",
    "batch_get_frame_metric_data",
    "configure_agent",
    "create_profiling_group",
    "delete_profiling_group",
    "describe_profiling_group",
    "get_findings_report_account_summary",
    "get_notification_configuration",
    "get_policy",
    "get_profile",
    "get_recommendations",
    "list_findings_reports",
    "list_profile_times",
    "list_profiling_groups",
    "list_tags_for_resource",
    "post_agent_profile",
    "put_permission",
    "remove_notification_channel",
    "remove_permission",
    "submit_feedback",
    "tag_resource",
    "untag_resource",
    "update_profiling_group",
]
