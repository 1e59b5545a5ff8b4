"""Typed builders of the AWS SDK integration of costandusagereport (``aws-sdk:costandusagereport:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

DeleteReportDefinitionParameters = TypedDict(
    "DeleteReportDefinitionParameters", {"ReportName": S, "ReportName.$": str}, total=False
)
DescribeReportDefinitionsParameters = TypedDict(
    "DescribeReportDefinitionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ReportName": S, "ReportName.$": str}, total=False
)

class ReportStatus(TypedDict, total=False):
    LastDelivery: S
    LastStatus: S

class ReportDefinition(TypedDict, total=False):
    ReportName: S
    TimeUnit: S
    Format: S
    Compression: S
    AdditionalSchemaElements: L[Si]
    S3Bucket: S
    S3Prefix: S
    S3Region: S
    AdditionalArtifacts: L[Si]
    RefreshClosedReports: B
    ReportVersioning: S
    BillingViewArn: S
    ReportStatus: X[ReportStatus]

ModifyReportDefinitionParameters = TypedDict(
    "ModifyReportDefinitionParameters",
    {
        "ReportName": S,
        "ReportName.$": str,
        "ReportDefinition": X[ReportDefinition],
        "ReportDefinition.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

PutReportDefinitionParameters = TypedDict(
    "PutReportDefinitionParameters",
    {
        "ReportDefinition": X[ReportDefinition],
        "ReportDefinition.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ReportName": S, "ReportName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ReportName": S, "ReportName.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
delete_report_definition: Builder[DeleteReportDefinitionParameters]
describe_report_definitions: Builder[DescribeReportDefinitionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
modify_report_definition: Builder[ModifyReportDefinitionParameters]
put_report_definition: Builder[PutReportDefinitionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "delete_report_definition",
    "describe_report_definitions",
    "list_tags_for_resource",
    "modify_report_definition",
    "put_report_definition",
    "tag_resource",
    "untag_resource",
]
