"""Typed builders of the AWS SDK integration of resourcegroupstaggingapi (``aws-sdk:resourcegroupstaggingapi:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, Xi

class DescribeReportCreationParameters(TypedDict, total=False): ...

GetComplianceSummaryParameters = TypedDict(
    "GetComplianceSummaryParameters",
    {
        "TargetIdFilters": L[Si],
        "TargetIdFilters.$": str,
        "RegionFilters": L[Si],
        "RegionFilters.$": str,
        "ResourceTypeFilters": L[Si],
        "ResourceTypeFilters.$": str,
        "TagKeyFilters": L[Si],
        "TagKeyFilters.$": str,
        "GroupBy": L[Si],
        "GroupBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PaginationToken": S,
        "PaginationToken.$": str,
    },
    total=False,
)

class TagFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

GetResourcesParameters = TypedDict(
    "GetResourcesParameters",
    {
        "PaginationToken": S,
        "PaginationToken.$": str,
        "TagFilters": L[Xi[TagFilter]],
        "TagFilters.$": str,
        "ResourcesPerPage": I,
        "ResourcesPerPage.$": str,
        "TagsPerPage": I,
        "TagsPerPage.$": str,
        "ResourceTypeFilters": L[Si],
        "ResourceTypeFilters.$": str,
        "IncludeComplianceDetails": B,
        "IncludeComplianceDetails.$": str,
        "ExcludeCompliantResources": B,
        "ExcludeCompliantResources.$": str,
        "ResourceARNList": L[Si],
        "ResourceARNList.$": str,
    },
    total=False,
)
GetTagKeysParameters = TypedDict(
    "GetTagKeysParameters", {"PaginationToken": S, "PaginationToken.$": str}, total=False
)
GetTagValuesParameters = TypedDict(
    "GetTagValuesParameters",
    {"PaginationToken": S, "PaginationToken.$": str, "Key": S, "Key.$": str},
    total=False,
)
ListRequiredTagsParameters = TypedDict(
    "ListRequiredTagsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
StartReportCreationParameters = TypedDict(
    "StartReportCreationParameters", {"S3Bucket": S, "S3Bucket.$": str}, total=False
)
TagResourcesParameters = TypedDict(
    "TagResourcesParameters",
    {"ResourceARNList": L[Si], "ResourceARNList.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourcesParameters = TypedDict(
    "UntagResourcesParameters",
    {"ResourceARNList": L[Si], "ResourceARNList.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
describe_report_creation: Builder[DescribeReportCreationParameters]
get_compliance_summary: Builder[GetComplianceSummaryParameters]
get_resources: Builder[GetResourcesParameters]
get_tag_keys: Builder[GetTagKeysParameters]
get_tag_values: Builder[GetTagValuesParameters]
list_required_tags: Builder[ListRequiredTagsParameters]
start_report_creation: Builder[StartReportCreationParameters]
tag_resources: Builder[TagResourcesParameters]
untag_resources: Builder[UntagResourcesParameters]

__all__ = [
    "describe_report_creation",
    "get_compliance_summary",
    "get_resources",
    "get_tag_keys",
    "get_tag_values",
    "list_required_tags",
    "start_report_creation",
    "tag_resources",
    "untag_resources",
]
