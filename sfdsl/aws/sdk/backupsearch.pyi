"""Typed builders of the AWS SDK integration of backupsearch (``aws-sdk:backupsearch:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X, Xi

GetSearchJobParameters = TypedDict(
    "GetSearchJobParameters", {"SearchJobIdentifier": S, "SearchJobIdentifier.$": str}, total=False
)
GetSearchResultExportJobParameters = TypedDict(
    "GetSearchResultExportJobParameters",
    {"ExportJobIdentifier": S, "ExportJobIdentifier.$": str},
    total=False,
)
ListSearchJobBackupsParameters = TypedDict(
    "ListSearchJobBackupsParameters",
    {
        "SearchJobIdentifier": S,
        "SearchJobIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSearchJobResultsParameters = TypedDict(
    "ListSearchJobResultsParameters",
    {
        "SearchJobIdentifier": S,
        "SearchJobIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSearchJobsParameters = TypedDict(
    "ListSearchJobsParameters",
    {
        "ByStatus": S,
        "ByStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSearchResultExportJobsParameters = TypedDict(
    "ListSearchResultExportJobsParameters",
    {
        "Status": S,
        "Status.$": str,
        "SearchJobIdentifier": S,
        "SearchJobIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class BackupCreationTimeFilter(TypedDict, total=False):
    CreatedAfter: T
    CreatedBefore: T

class SearchScope(TypedDict, total=False):
    BackupResourceTypes: L[Si]
    BackupResourceCreationTime: X[BackupCreationTimeFilter]
    SourceResourceArns: L[Si]
    BackupResourceArns: L[Si]
    BackupResourceTags: M[S]

class StringCondition(TypedDict, total=False):
    Value: S
    Operator: S

class LongCondition(TypedDict, total=False):
    Value: I
    Operator: S

class TimeCondition(TypedDict, total=False):
    Value: T
    Operator: S

class S3ItemFilter(TypedDict, total=False):
    ObjectKeys: L[Xi[StringCondition]]
    Sizes: L[Xi[LongCondition]]
    CreationTimes: L[Xi[TimeCondition]]
    VersionIds: L[Xi[StringCondition]]
    ETags: L[Xi[StringCondition]]

class EBSItemFilter(TypedDict, total=False):
    FilePaths: L[Xi[StringCondition]]
    Sizes: L[Xi[LongCondition]]
    CreationTimes: L[Xi[TimeCondition]]
    LastModificationTimes: L[Xi[TimeCondition]]

class ItemFilters(TypedDict, total=False):
    S3ItemFilters: L[Xi[S3ItemFilter]]
    EbsItemFilters: L[Xi[EBSItemFilter]]

StartSearchJobParameters = TypedDict(
    "StartSearchJobParameters",
    {
        "Tags": M[S],
        "Tags.$": str,
        "Name": S,
        "Name.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SearchScope": X[SearchScope],
        "SearchScope.$": str,
        "ItemFilters": X[ItemFilters],
        "ItemFilters.$": str,
    },
    total=False,
)

class S3ExportSpecification(TypedDict, total=False):
    DestinationBucket: S
    DestinationPrefix: S

class ExportSpecification(TypedDict, total=False):
    S3ExportSpecification: X[S3ExportSpecification]

StartSearchResultExportJobParameters = TypedDict(
    "StartSearchResultExportJobParameters",
    {
        "SearchJobIdentifier": S,
        "SearchJobIdentifier.$": str,
        "ExportSpecification": X[ExportSpecification],
        "ExportSpecification.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
StopSearchJobParameters = TypedDict(
    "StopSearchJobParameters", {"SearchJobIdentifier": S, "SearchJobIdentifier.$": str}, total=False
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
get_search_job: Builder[GetSearchJobParameters]
get_search_result_export_job: Builder[GetSearchResultExportJobParameters]
list_search_job_backups: Builder[ListSearchJobBackupsParameters]
list_search_job_results: Builder[ListSearchJobResultsParameters]
list_search_jobs: Builder[ListSearchJobsParameters]
list_search_result_export_jobs: Builder[ListSearchResultExportJobsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_search_job: Builder[StartSearchJobParameters]
start_search_result_export_job: Builder[StartSearchResultExportJobParameters]
stop_search_job: Builder[StopSearchJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "get_search_job",
    "get_search_result_export_job",
    "list_search_job_backups",
    "list_search_job_results",
    "list_search_jobs",
    "list_search_result_export_jobs",
    "list_tags_for_resource",
    "start_search_job",
    "start_search_result_export_job",
    "stop_search_job",
    "tag_resource",
    "untag_resource",
]
