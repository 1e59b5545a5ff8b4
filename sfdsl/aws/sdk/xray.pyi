"""Typed builders of the AWS SDK integration of xray (``aws-sdk:xray:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

BatchGetTracesParameters = TypedDict(
    "BatchGetTracesParameters",
    {"TraceIds": L[Si], "TraceIds.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
CancelTraceRetrievalParameters = TypedDict(
    "CancelTraceRetrievalParameters", {"RetrievalToken": S, "RetrievalToken.$": str}, total=False
)

class InsightsConfiguration(TypedDict, total=False):
    InsightsEnabled: B
    NotificationsEnabled: B

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateGroupParameters = TypedDict(
    "CreateGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "FilterExpression": S,
        "FilterExpression.$": str,
        "InsightsConfiguration": X[InsightsConfiguration],
        "InsightsConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class SamplingRateBoost(TypedDict, total=False):
    MaxRate: F
    CooldownWindowMinutes: I

class SamplingRule(TypedDict, total=False):
    RuleName: S
    RuleARN: S
    ResourceARN: S
    Priority: I
    FixedRate: F
    ReservoirSize: I
    ServiceName: S
    ServiceType: S
    Host: S
    HttpMethod: S
    UrlPath: S
    Version: I
    Attributes: M[S]
    SamplingRateBoost: X[SamplingRateBoost]

CreateSamplingRuleParameters = TypedDict(
    "CreateSamplingRuleParameters",
    {"SamplingRule": X[SamplingRule], "SamplingRule.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
DeleteGroupParameters = TypedDict(
    "DeleteGroupParameters",
    {"GroupName": S, "GroupName.$": str, "GroupARN": S, "GroupARN.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {"PolicyName": S, "PolicyName.$": str, "PolicyRevisionId": S, "PolicyRevisionId.$": str},
    total=False,
)
DeleteSamplingRuleParameters = TypedDict(
    "DeleteSamplingRuleParameters",
    {"RuleName": S, "RuleName.$": str, "RuleARN": S, "RuleARN.$": str},
    total=False,
)

class GetEncryptionConfigParameters(TypedDict, total=False): ...

GetGroupParameters = TypedDict(
    "GetGroupParameters",
    {"GroupName": S, "GroupName.$": str, "GroupARN": S, "GroupARN.$": str},
    total=False,
)
GetGroupsParameters = TypedDict(
    "GetGroupsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
GetIndexingRulesParameters = TypedDict(
    "GetIndexingRulesParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
GetInsightParameters = TypedDict(
    "GetInsightParameters", {"InsightId": S, "InsightId.$": str}, total=False
)
GetInsightEventsParameters = TypedDict(
    "GetInsightEventsParameters",
    {
        "InsightId": S,
        "InsightId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetInsightImpactGraphParameters = TypedDict(
    "GetInsightImpactGraphParameters",
    {
        "InsightId": S,
        "InsightId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetInsightSummariesParameters = TypedDict(
    "GetInsightSummariesParameters",
    {
        "States": L[Si],
        "States.$": str,
        "GroupARN": S,
        "GroupARN.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetRetrievedTracesGraphParameters = TypedDict(
    "GetRetrievedTracesGraphParameters",
    {"RetrievalToken": S, "RetrievalToken.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
GetSamplingRulesParameters = TypedDict(
    "GetSamplingRulesParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
GetSamplingStatisticSummariesParameters = TypedDict(
    "GetSamplingStatisticSummariesParameters", {"NextToken": S, "NextToken.$": str}, total=False
)

class SamplingStatisticsDocument(TypedDict, total=False):
    RuleName: S
    ClientID: S
    Timestamp: T
    RequestCount: I
    SampledCount: I
    BorrowCount: I

class SamplingBoostStatisticsDocument(TypedDict, total=False):
    RuleName: S
    ServiceName: S
    Timestamp: T
    AnomalyCount: I
    TotalCount: I
    SampledAnomalyCount: I

GetSamplingTargetsParameters = TypedDict(
    "GetSamplingTargetsParameters",
    {
        "SamplingStatisticsDocuments": L[Xi[SamplingStatisticsDocument]],
        "SamplingStatisticsDocuments.$": str,
        "SamplingBoostStatisticsDocuments": L[Xi[SamplingBoostStatisticsDocument]],
        "SamplingBoostStatisticsDocuments.$": str,
    },
    total=False,
)
GetServiceGraphParameters = TypedDict(
    "GetServiceGraphParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "GroupARN": S,
        "GroupARN.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetTimeSeriesServiceStatisticsParameters = TypedDict(
    "GetTimeSeriesServiceStatisticsParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "GroupARN": S,
        "GroupARN.$": str,
        "EntitySelectorExpression": S,
        "EntitySelectorExpression.$": str,
        "Period": I,
        "Period.$": str,
        "ForecastStatistics": B,
        "ForecastStatistics.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetTraceGraphParameters = TypedDict(
    "GetTraceGraphParameters",
    {"TraceIds": L[Si], "TraceIds.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class GetTraceSegmentDestinationParameters(TypedDict, total=False): ...

class SamplingStrategy(TypedDict, total=False):
    Name: S
    Value: F

GetTraceSummariesParameters = TypedDict(
    "GetTraceSummariesParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "TimeRangeType": S,
        "TimeRangeType.$": str,
        "Sampling": B,
        "Sampling.$": str,
        "SamplingStrategy": X[SamplingStrategy],
        "SamplingStrategy.$": str,
        "FilterExpression": S,
        "FilterExpression.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourcePoliciesParameters = TypedDict(
    "ListResourcePoliciesParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListRetrievedTracesParameters = TypedDict(
    "ListRetrievedTracesParameters",
    {
        "RetrievalToken": S,
        "RetrievalToken.$": str,
        "TraceFormat": S,
        "TraceFormat.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
PutEncryptionConfigParameters = TypedDict(
    "PutEncryptionConfigParameters",
    {"KeyId": S, "KeyId.$": str, "Type": S, "Type.$": str},
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "PolicyRevisionId": S,
        "PolicyRevisionId.$": str,
        "BypassPolicyLockoutCheck": B,
        "BypassPolicyLockoutCheck.$": str,
    },
    total=False,
)

class BackendConnectionErrors(TypedDict, total=False):
    TimeoutCount: I
    ConnectionRefusedCount: I
    HttpCode4XXCount: I
    HttpCode5XXCount: I
    UnknownHostCount: I
    OtherCount: I

class TelemetryRecord(TypedDict, total=False):
    Timestamp: T
    SegmentsReceivedCount: I
    SegmentsSentCount: I
    SegmentsSpilloverCount: I
    SegmentsRejectedCount: I
    BackendConnectionErrors: X[BackendConnectionErrors]

PutTelemetryRecordsParameters = TypedDict(
    "PutTelemetryRecordsParameters",
    {
        "TelemetryRecords": L[Xi[TelemetryRecord]],
        "TelemetryRecords.$": str,
        "Ec2InstanceId": S,
        "Ec2InstanceId.$": str,
        "Hostname": S,
        "Hostname.$": str,
        "ResourceARN": S,
        "ResourceARN.$": str,
    },
    total=False,
)
PutTraceSegmentsParameters = TypedDict(
    "PutTraceSegmentsParameters",
    {"TraceSegmentDocuments": L[Si], "TraceSegmentDocuments.$": str},
    total=False,
)
StartTraceRetrievalParameters = TypedDict(
    "StartTraceRetrievalParameters",
    {
        "TraceIds": L[Si],
        "TraceIds.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateGroupParameters = TypedDict(
    "UpdateGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "GroupARN": S,
        "GroupARN.$": str,
        "FilterExpression": S,
        "FilterExpression.$": str,
        "InsightsConfiguration": X[InsightsConfiguration],
        "InsightsConfiguration.$": str,
    },
    total=False,
)

class ProbabilisticRuleValueUpdate(TypedDict, total=False):
    DesiredSamplingPercentage: F

class IndexingRuleValueUpdate(TypedDict, total=False):
    Probabilistic: X[ProbabilisticRuleValueUpdate]

UpdateIndexingRuleParameters = TypedDict(
    "UpdateIndexingRuleParameters",
    {"Name": S, "Name.$": str, "Rule": X[IndexingRuleValueUpdate], "Rule.$": str},
    total=False,
)

class SamplingRuleUpdate(TypedDict, total=False):
    RuleName: S
    RuleARN: S
    ResourceARN: S
    Priority: I
    FixedRate: F
    ReservoirSize: I
    Host: S
    ServiceName: S
    ServiceType: S
    HttpMethod: S
    UrlPath: S
    Attributes: M[S]
    SamplingRateBoost: X[SamplingRateBoost]

UpdateSamplingRuleParameters = TypedDict(
    "UpdateSamplingRuleParameters",
    {"SamplingRuleUpdate": X[SamplingRuleUpdate], "SamplingRuleUpdate.$": str},
    total=False,
)

class CloudWatchLogsConfiguration(TypedDict, total=False):
    SpansLogGroupKmsKeyId: S

UpdateTraceSegmentDestinationParameters = TypedDict(
    "UpdateTraceSegmentDestinationParameters",
    {
        "Destination": S,
        "Destination.$": str,
        "CloudWatchLogsConfiguration": X[CloudWatchLogsConfiguration],
        "CloudWatchLogsConfiguration.$": str,
    },
    total=False,
)
batch_get_traces: Builder[BatchGetTracesParameters]
cancel_trace_retrieval: Builder[CancelTraceRetrievalParameters]
create_group: Builder[CreateGroupParameters]
create_sampling_rule: Builder[CreateSamplingRuleParameters]
delete_group: Builder[DeleteGroupParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_sampling_rule: Builder[DeleteSamplingRuleParameters]
get_encryption_config: Builder[GetEncryptionConfigParameters]
get_group: Builder[GetGroupParameters]
get_groups: Builder[GetGroupsParameters]
get_indexing_rules: Builder[GetIndexingRulesParameters]
get_insight: Builder[GetInsightParameters]
get_insight_events: Builder[GetInsightEventsParameters]
get_insight_impact_graph: Builder[GetInsightImpactGraphParameters]
get_insight_summaries: Builder[GetInsightSummariesParameters]
get_retrieved_traces_graph: Builder[GetRetrievedTracesGraphParameters]
get_sampling_rules: Builder[GetSamplingRulesParameters]
get_sampling_statistic_summaries: Builder[GetSamplingStatisticSummariesParameters]
get_sampling_targets: Builder[GetSamplingTargetsParameters]
get_service_graph: Builder[GetServiceGraphParameters]
get_time_series_service_statistics: Builder[GetTimeSeriesServiceStatisticsParameters]
get_trace_graph: Builder[GetTraceGraphParameters]
get_trace_segment_destination: Builder[GetTraceSegmentDestinationParameters]
get_trace_summaries: Builder[GetTraceSummariesParameters]
list_resource_policies: Builder[ListResourcePoliciesParameters]
list_retrieved_traces: Builder[ListRetrievedTracesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_encryption_config: Builder[PutEncryptionConfigParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
put_telemetry_records: Builder[PutTelemetryRecordsParameters]
put_trace_segments: Builder[PutTraceSegmentsParameters]
start_trace_retrieval: Builder[StartTraceRetrievalParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_group: Builder[UpdateGroupParameters]
update_indexing_rule: Builder[UpdateIndexingRuleParameters]
update_sampling_rule: Builder[UpdateSamplingRuleParameters]
update_trace_segment_destination: Builder[UpdateTraceSegmentDestinationParameters]

__all__ = [
    "batch_get_traces",
    "cancel_trace_retrieval",
    "create_group",
    "create_sampling_rule",
    "delete_group",
    "delete_resource_policy",
    "delete_sampling_rule",
    "get_encryption_config",
    "get_group",
    "get_groups",
    "get_indexing_rules",
    "get_insight",
    "get_insight_events",
    "get_insight_impact_graph",
    "get_insight_summaries",
    "get_retrieved_traces_graph",
    "get_sampling_rules",
    "get_sampling_statistic_summaries",
    "get_sampling_targets",
    "get_service_graph",
    "get_time_series_service_statistics",
    "get_trace_graph",
    "get_trace_segment_destination",
    "get_trace_summaries",
    "list_resource_policies",
    "list_retrieved_traces",
    "list_tags_for_resource",
    "put_encryption_config",
    "put_resource_policy",
    "put_telemetry_records",
    "put_trace_segments",
    "start_trace_retrieval",
    "tag_resource",
    "untag_resource",
    "update_group",
    "update_indexing_rule",
    "update_sampling_rule",
    "update_trace_segment_destination",
]
