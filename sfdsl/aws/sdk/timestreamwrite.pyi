"""Typed builders of the AWS SDK integration of timestreamwrite (``aws-sdk:timestreamwrite:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

class DimensionMapping(TypedDict, total=False):
    SourceColumn: S
    DestinationColumn: S

class MultiMeasureAttributeMapping(TypedDict, total=False):
    SourceColumn: S
    TargetMultiMeasureAttributeName: S
    MeasureValueType: S

class MultiMeasureMappings(TypedDict, total=False):
    TargetMultiMeasureName: S
    MultiMeasureAttributeMappings: L[Xi[MultiMeasureAttributeMapping]]

class MixedMeasureMapping(TypedDict, total=False):
    MeasureName: S
    SourceColumn: S
    TargetMeasureName: S
    MeasureValueType: S
    MultiMeasureAttributeMappings: L[Xi[MultiMeasureAttributeMapping]]

class DataModel(TypedDict, total=False):
    TimeColumn: S
    TimeUnit: S
    DimensionMappings: L[Xi[DimensionMapping]]
    MultiMeasureMappings: X[MultiMeasureMappings]
    MixedMeasureMappings: L[Xi[MixedMeasureMapping]]
    MeasureNameColumn: S

class DataModelS3Configuration(TypedDict, total=False):
    BucketName: S
    ObjectKey: S

class DataModelConfiguration(TypedDict, total=False):
    DataModel: X[DataModel]
    DataModelS3Configuration: X[DataModelS3Configuration]

class DataSourceS3Configuration(TypedDict, total=False):
    BucketName: S
    ObjectKeyPrefix: S

class CsvConfiguration(TypedDict, total=False):
    ColumnSeparator: S
    EscapeChar: S
    QuoteChar: S
    NullValue: S
    TrimWhiteSpace: B

class DataSourceConfiguration(TypedDict, total=False):
    DataSourceS3Configuration: X[DataSourceS3Configuration]
    CsvConfiguration: X[CsvConfiguration]
    DataFormat: S

class ReportS3Configuration(TypedDict, total=False):
    BucketName: S
    ObjectKeyPrefix: S
    EncryptionOption: S
    KmsKeyId: S

class ReportConfiguration(TypedDict, total=False):
    ReportS3Configuration: X[ReportS3Configuration]

CreateBatchLoadTaskParameters = TypedDict(
    "CreateBatchLoadTaskParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DataModelConfiguration": X[DataModelConfiguration],
        "DataModelConfiguration.$": str,
        "DataSourceConfiguration": X[DataSourceConfiguration],
        "DataSourceConfiguration.$": str,
        "ReportConfiguration": X[ReportConfiguration],
        "ReportConfiguration.$": str,
        "TargetDatabaseName": S,
        "TargetDatabaseName.$": str,
        "TargetTableName": S,
        "TargetTableName.$": str,
        "RecordVersion": I,
        "RecordVersion.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateDatabaseParameters = TypedDict(
    "CreateDatabaseParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class RetentionProperties(TypedDict, total=False):
    MemoryStoreRetentionPeriodInHours: I
    MagneticStoreRetentionPeriodInDays: I

class S3Configuration(TypedDict, total=False):
    BucketName: S
    ObjectKeyPrefix: S
    EncryptionOption: S
    KmsKeyId: S

class MagneticStoreRejectedDataLocation(TypedDict, total=False):
    S3Configuration: X[S3Configuration]

class MagneticStoreWriteProperties(TypedDict, total=False):
    EnableMagneticStoreWrites: B
    MagneticStoreRejectedDataLocation: X[MagneticStoreRejectedDataLocation]

class PartitionKey(TypedDict, total=False):
    Type: S
    Name: S
    EnforcementInRecord: S

class Schema(TypedDict, total=False):
    CompositePartitionKey: L[Xi[PartitionKey]]

CreateTableParameters = TypedDict(
    "CreateTableParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "RetentionProperties": X[RetentionProperties],
        "RetentionProperties.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "MagneticStoreWriteProperties": X[MagneticStoreWriteProperties],
        "MagneticStoreWriteProperties.$": str,
        "Schema": X[Schema],
        "Schema.$": str,
    },
    total=False,
)
DeleteDatabaseParameters = TypedDict(
    "DeleteDatabaseParameters", {"DatabaseName": S, "DatabaseName.$": str}, total=False
)
DeleteTableParameters = TypedDict(
    "DeleteTableParameters",
    {"DatabaseName": S, "DatabaseName.$": str, "TableName": S, "TableName.$": str},
    total=False,
)
DescribeBatchLoadTaskParameters = TypedDict(
    "DescribeBatchLoadTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
DescribeDatabaseParameters = TypedDict(
    "DescribeDatabaseParameters", {"DatabaseName": S, "DatabaseName.$": str}, total=False
)

class DescribeEndpointsParameters(TypedDict, total=False): ...

DescribeTableParameters = TypedDict(
    "DescribeTableParameters",
    {"DatabaseName": S, "DatabaseName.$": str, "TableName": S, "TableName.$": str},
    total=False,
)
ListBatchLoadTasksParameters = TypedDict(
    "ListBatchLoadTasksParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "TaskStatus": S,
        "TaskStatus.$": str,
    },
    total=False,
)
ListDatabasesParameters = TypedDict(
    "ListDatabasesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTablesParameters = TypedDict(
    "ListTablesParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
ResumeBatchLoadTaskParameters = TypedDict(
    "ResumeBatchLoadTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
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
UpdateDatabaseParameters = TypedDict(
    "UpdateDatabaseParameters",
    {"DatabaseName": S, "DatabaseName.$": str, "KmsKeyId": S, "KmsKeyId.$": str},
    total=False,
)
UpdateTableParameters = TypedDict(
    "UpdateTableParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "RetentionProperties": X[RetentionProperties],
        "RetentionProperties.$": str,
        "MagneticStoreWriteProperties": X[MagneticStoreWriteProperties],
        "MagneticStoreWriteProperties.$": str,
        "Schema": X[Schema],
        "Schema.$": str,
    },
    total=False,
)

class Dimension(TypedDict, total=False):
    Name: S
    Value: S
    DimensionValueType: S

class MeasureValue(TypedDict, total=False):
    Name: S
    Value: S
    Type: S

class Record(TypedDict, total=False):
    Dimensions: L[Xi[Dimension]]
    MeasureName: S
    MeasureValue: S
    MeasureValueType: S
    Time: S
    TimeUnit: S
    Version: I
    MeasureValues: L[Xi[MeasureValue]]

WriteRecordsParameters = TypedDict(
    "WriteRecordsParameters",
    {
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "CommonAttributes": X[Record],
        "CommonAttributes.$": str,
        "Records": L[Xi[Record]],
        "Records.$": str,
    },
    total=False,
)
create_batch_load_task: Builder[CreateBatchLoadTaskParameters]
create_database: Builder[CreateDatabaseParameters]
create_table: Builder[CreateTableParameters]
delete_database: Builder[DeleteDatabaseParameters]
delete_table: Builder[DeleteTableParameters]
describe_batch_load_task: Builder[DescribeBatchLoadTaskParameters]
describe_database: Builder[DescribeDatabaseParameters]
describe_endpoints: Builder[DescribeEndpointsParameters]
describe_table: Builder[DescribeTableParameters]
list_batch_load_tasks: Builder[ListBatchLoadTasksParameters]
list_databases: Builder[ListDatabasesParameters]
list_tables: Builder[ListTablesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
resume_batch_load_task: Builder[ResumeBatchLoadTaskParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_database: Builder[UpdateDatabaseParameters]
update_table: Builder[UpdateTableParameters]
write_records: Builder[WriteRecordsParameters]

__all__ = [
    "create_batch_load_task",
    "create_database",
    "create_table",
    "delete_database",
    "delete_table",
    "describe_batch_load_task",
    "describe_database",
    "describe_endpoints",
    "describe_table",
    "list_batch_load_tasks",
    "list_databases",
    "list_tables",
    "list_tags_for_resource",
    "resume_batch_load_task",
    "tag_resource",
    "untag_resource",
    "update_database",
    "update_table",
    "write_records",
]
