"""Typed builders of the AWS SDK integration of codegurusecurity (``aws-sdk:codegurusecurity:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X, Xi

class FindingIdentifier(TypedDict, total=False):
    ScanName: S
    FindingId: S

BatchGetFindingsParameters = TypedDict(
    "BatchGetFindingsParameters",
    {"FindingIdentifiers": L[Xi[FindingIdentifier]], "FindingIdentifiers.$": str},
    total=False,
)

class ResourceId(TypedDict, total=False):
    CodeArtifactId: S

CreateScanParameters = TypedDict(
    "CreateScanParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ResourceId": X[ResourceId],
        "ResourceId.$": str,
        "ScanName": S,
        "ScanName.$": str,
        "ScanType": S,
        "ScanType.$": str,
        "AnalysisType": S,
        "AnalysisType.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateUploadUrlParameters = TypedDict(
    "CreateUploadUrlParameters", {"ScanName": S, "ScanName.$": str}, total=False
)

class GetAccountConfigurationParameters(TypedDict, total=False): ...

GetFindingsParameters = TypedDict(
    "GetFindingsParameters",
    {
        "ScanName": S,
        "ScanName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
GetMetricsSummaryParameters = TypedDict(
    "GetMetricsSummaryParameters", {"Date": T, "Date.$": str}, total=False
)
GetScanParameters = TypedDict(
    "GetScanParameters", {"ScanName": S, "ScanName.$": str, "RunId": S, "RunId.$": str}, total=False
)
ListFindingsMetricsParameters = TypedDict(
    "ListFindingsMetricsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
    },
    total=False,
)
ListScansParameters = TypedDict(
    "ListScansParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
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

class EncryptionConfig(TypedDict, total=False):
    KmsKeyArn: S

UpdateAccountConfigurationParameters = TypedDict(
    "UpdateAccountConfigurationParameters",
    {"EncryptionConfig": X[EncryptionConfig], "EncryptionConfig.$": str},
    total=False,
)
batch_get_findings: Builder[BatchGetFindingsParameters]
create_scan: Builder[CreateScanParameters]
create_upload_url: Builder[CreateUploadUrlParameters]
get_account_configuration: Builder[GetAccountConfigurationParameters]
get_findings: Builder[GetFindingsParameters]
get_metrics_summary: Builder[GetMetricsSummaryParameters]
get_scan: Builder[GetScanParameters]
list_findings_metrics: Builder[ListFindingsMetricsParameters]
list_scans: Builder[ListScansParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_account_configuration: Builder[UpdateAccountConfigurationParameters]

__all__ = [
    "batch_get_findings",
    "create_scan",
    "create_upload_url",
    "get_account_configuration",
    "get_findings",
    "get_metrics_summary",
    "get_scan",
    "list_findings_metrics",
    "list_scans",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_account_configuration",
]
