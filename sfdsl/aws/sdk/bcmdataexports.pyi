"""Typed builders of the AWS SDK integration of bcmdataexports (``aws-sdk:bcmdataexports:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X, Xi

class DataQuery(TypedDict, total=False):
    QueryStatement: S
    TableConfigurations: M[M[S]]

class S3OutputConfigurations(TypedDict, total=False):
    OutputType: S
    Format: S
    Compression: S
    Overwrite: S

class S3Destination(TypedDict, total=False):
    S3Bucket: S
    S3BucketOwner: S
    S3Prefix: S
    S3Region: S
    S3OutputConfigurations: X[S3OutputConfigurations]

class DestinationConfigurations(TypedDict, total=False):
    S3Destination: X[S3Destination]

class RefreshCadence(TypedDict, total=False):
    Frequency: S

class Export(TypedDict, total=False):
    ExportArn: S
    Name: S
    Description: S
    DataQuery: X[DataQuery]
    DestinationConfigurations: X[DestinationConfigurations]
    RefreshCadence: X[RefreshCadence]

class ResourceTag(TypedDict, total=False):
    Key: S
    Value: S

CreateExportParameters = TypedDict(
    "CreateExportParameters",
    {
        "Export": X[Export],
        "Export.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
    },
    total=False,
)
DeleteExportParameters = TypedDict(
    "DeleteExportParameters", {"ExportArn": S, "ExportArn.$": str}, total=False
)
GetExecutionParameters = TypedDict(
    "GetExecutionParameters",
    {"ExportArn": S, "ExportArn.$": str, "ExecutionId": S, "ExecutionId.$": str},
    total=False,
)
GetExportParameters = TypedDict(
    "GetExportParameters", {"ExportArn": S, "ExportArn.$": str}, total=False
)
GetTableParameters = TypedDict(
    "GetTableParameters",
    {"TableName": S, "TableName.$": str, "TableProperties": M[S], "TableProperties.$": str},
    total=False,
)
ListExecutionsParameters = TypedDict(
    "ListExecutionsParameters",
    {
        "ExportArn": S,
        "ExportArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExportsParameters = TypedDict(
    "ListExportsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTablesParameters = TypedDict(
    "ListTablesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "ResourceTagKeys": L[Si], "ResourceTagKeys.$": str},
    total=False,
)
UpdateExportParameters = TypedDict(
    "UpdateExportParameters",
    {"ExportArn": S, "ExportArn.$": str, "Export": X[Export], "Export.$": str},
    total=False,
)
create_export: Builder[CreateExportParameters]
delete_export: Builder[DeleteExportParameters]
get_execution: Builder[GetExecutionParameters]
get_export: Builder[GetExportParameters]
get_table: Builder[GetTableParameters]
list_executions: Builder[ListExecutionsParameters]
list_exports: Builder[ListExportsParameters]
list_tables: Builder[ListTablesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_export: Builder[UpdateExportParameters]

__all__ = [
    "create_export",
    "delete_export",
    "get_execution",
    "get_export",
    "get_table",
    "list_executions",
    "list_exports",
    "list_tables",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_export",
]
