"""Typed builders of the AWS SDK integration of pi (``aws-sdk:pi:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreatePerformanceAnalysisReportParameters = TypedDict(
    "CreatePerformanceAnalysisReportParameters",
    {
        "ServiceType": S,
        "ServiceType.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeletePerformanceAnalysisReportParameters = TypedDict(
    "DeletePerformanceAnalysisReportParameters",
    {
        "ServiceType": S,
        "ServiceType.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "AnalysisReportId": S,
        "AnalysisReportId.$": str,
    },
    total=False,
)

class DimensionGroup(TypedDict, total=False):
    Group: S
    Dimensions: L[Si]
    Limit: I

DescribeDimensionKeysParameters = TypedDict(
    "DescribeDimensionKeysParameters",
    {
        "ServiceType": S,
        "ServiceType.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Metric": S,
        "Metric.$": str,
        "PeriodInSeconds": I,
        "PeriodInSeconds.$": str,
        "GroupBy": X[DimensionGroup],
        "GroupBy.$": str,
        "AdditionalMetrics": L[Si],
        "AdditionalMetrics.$": str,
        "PartitionBy": X[DimensionGroup],
        "PartitionBy.$": str,
        "Filter": M[S],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetDimensionKeyDetailsParameters = TypedDict(
    "GetDimensionKeyDetailsParameters",
    {
        "ServiceType": S,
        "ServiceType.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Group": S,
        "Group.$": str,
        "GroupIdentifier": S,
        "GroupIdentifier.$": str,
        "RequestedDimensions": L[Si],
        "RequestedDimensions.$": str,
    },
    total=False,
)
GetPerformanceAnalysisReportParameters = TypedDict(
    "GetPerformanceAnalysisReportParameters",
    {
        "ServiceType": S,
        "ServiceType.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "AnalysisReportId": S,
        "AnalysisReportId.$": str,
        "TextFormat": S,
        "TextFormat.$": str,
        "AcceptLanguage": S,
        "AcceptLanguage.$": str,
    },
    total=False,
)
GetResourceMetadataParameters = TypedDict(
    "GetResourceMetadataParameters",
    {"ServiceType": S, "ServiceType.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)

class MetricQuery(TypedDict, total=False):
    Metric: S
    GroupBy: X[DimensionGroup]
    Filter: M[S]

GetResourceMetricsParameters = TypedDict(
    "GetResourceMetricsParameters",
    {
        "ServiceType": S,
        "ServiceType.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "MetricQueries": L[Xi[MetricQuery]],
        "MetricQueries.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "PeriodInSeconds": I,
        "PeriodInSeconds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PeriodAlignment": S,
        "PeriodAlignment.$": str,
    },
    total=False,
)
ListAvailableResourceDimensionsParameters = TypedDict(
    "ListAvailableResourceDimensionsParameters",
    {
        "ServiceType": S,
        "ServiceType.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Metrics": L[Si],
        "Metrics.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AuthorizedActions": L[Si],
        "AuthorizedActions.$": str,
    },
    total=False,
)
ListAvailableResourceMetricsParameters = TypedDict(
    "ListAvailableResourceMetricsParameters",
    {
        "ServiceType": S,
        "ServiceType.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "MetricTypes": L[Si],
        "MetricTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPerformanceAnalysisReportRecommendationsParameters = TypedDict(
    "ListPerformanceAnalysisReportRecommendationsParameters",
    {
        "ServiceType": S,
        "ServiceType.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "AnalysisReportId": S,
        "AnalysisReportId.$": str,
        "RecommendationIds": L[Si],
        "RecommendationIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPerformanceAnalysisReportsParameters = TypedDict(
    "ListPerformanceAnalysisReportsParameters",
    {
        "ServiceType": S,
        "ServiceType.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ListTags": B,
        "ListTags.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"ServiceType": S, "ServiceType.$": str, "ResourceARN": S, "ResourceARN.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {
        "ServiceType": S,
        "ServiceType.$": str,
        "ResourceARN": S,
        "ResourceARN.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {
        "ServiceType": S,
        "ServiceType.$": str,
        "ResourceARN": S,
        "ResourceARN.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
    },
    total=False,
)
create_performance_analysis_report: Builder[CreatePerformanceAnalysisReportParameters]
delete_performance_analysis_report: Builder[DeletePerformanceAnalysisReportParameters]
describe_dimension_keys: Builder[DescribeDimensionKeysParameters]
get_dimension_key_details: Builder[GetDimensionKeyDetailsParameters]
get_performance_analysis_report: Builder[GetPerformanceAnalysisReportParameters]
get_resource_metadata: Builder[GetResourceMetadataParameters]
get_resource_metrics: Builder[GetResourceMetricsParameters]
list_available_resource_dimensions: Builder[ListAvailableResourceDimensionsParameters]
list_available_resource_metrics: Builder[ListAvailableResourceMetricsParameters]
list_performance_analysis_report_recommendations: Builder[
    ListPerformanceAnalysisReportRecommendationsParameters
]
list_performance_analysis_reports: Builder[ListPerformanceAnalysisReportsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "create_performance_analysis_report",
    "delete_performance_analysis_report",
    "describe_dimension_keys",
    "get_dimension_key_details",
    "get_performance_analysis_report",
    "get_resource_metadata",
    "get_resource_metrics",
    "list_available_resource_dimensions",
    "list_available_resource_metrics",
    "list_performance_analysis_report_recommendations",
    "list_performance_analysis_reports",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
]
