"""Typed builders of the AWS SDK integration of firehose (``aws-sdk:firehose:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

class DirectPutSourceConfiguration(TypedDict, total=False):
    ThroughputHintInMBs: I

class KinesisStreamSourceConfiguration(TypedDict, total=False):
    KinesisStreamARN: S
    RoleARN: S

class DeliveryStreamEncryptionConfigurationInput(TypedDict, total=False):
    KeyARN: S
    KeyType: S

class BufferingHints(TypedDict, total=False):
    SizeInMBs: I
    IntervalInSeconds: I

class KMSEncryptionConfig(TypedDict, total=False):
    AwskmsKeyARN: S

class EncryptionConfiguration(TypedDict, total=False):
    NoEncryptionConfig: S
    KmsEncryptionConfig: X[KMSEncryptionConfig]

class CloudWatchLoggingOptions(TypedDict, total=False):
    Enabled: B
    LogGroupName: S
    LogStreamName: S

class S3DestinationConfiguration(TypedDict, total=False):
    RoleARN: S
    BucketARN: S
    Prefix: S
    ErrorOutputPrefix: S
    BufferingHints: X[BufferingHints]
    CompressionFormat: S
    EncryptionConfiguration: X[EncryptionConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]

class ProcessorParameter(TypedDict, total=False):
    ParameterName: S
    ParameterValue: S

class Processor(TypedDict, total=False):
    Type: S
    Parameters: L[Xi[ProcessorParameter]]

class ProcessingConfiguration(TypedDict, total=False):
    Enabled: B
    Processors: L[Xi[Processor]]

class SchemaConfiguration(TypedDict, total=False):
    RoleARN: S
    CatalogId: S
    DatabaseName: S
    TableName: S
    Region: S
    VersionId: S

class OpenXJsonSerDe(TypedDict, total=False):
    ConvertDotsInJsonKeysToUnderscores: B
    CaseInsensitive: B
    ColumnToJsonKeyMappings: M[S]

class HiveJsonSerDe(TypedDict, total=False):
    TimestampFormats: L[Si]

class Deserializer(TypedDict, total=False):
    OpenXJsonSerDe: X[OpenXJsonSerDe]
    HiveJsonSerDe: X[HiveJsonSerDe]

class InputFormatConfiguration(TypedDict, total=False):
    Deserializer: X[Deserializer]

class ParquetSerDe(TypedDict, total=False):
    BlockSizeBytes: I
    PageSizeBytes: I
    Compression: S
    EnableDictionaryCompression: B
    MaxPaddingBytes: I
    WriterVersion: S

class OrcSerDe(TypedDict, total=False):
    StripeSizeBytes: I
    BlockSizeBytes: I
    RowIndexStride: I
    EnablePadding: B
    PaddingTolerance: F
    Compression: S
    BloomFilterColumns: L[Si]
    BloomFilterFalsePositiveProbability: F
    DictionaryKeyThreshold: F
    FormatVersion: S

class Serializer(TypedDict, total=False):
    ParquetSerDe: X[ParquetSerDe]
    OrcSerDe: X[OrcSerDe]

class OutputFormatConfiguration(TypedDict, total=False):
    Serializer: X[Serializer]

class DataFormatConversionConfiguration(TypedDict, total=False):
    SchemaConfiguration: X[SchemaConfiguration]
    InputFormatConfiguration: X[InputFormatConfiguration]
    OutputFormatConfiguration: X[OutputFormatConfiguration]
    Enabled: B

class RetryOptions(TypedDict, total=False):
    DurationInSeconds: I

class DynamicPartitioningConfiguration(TypedDict, total=False):
    RetryOptions: X[RetryOptions]
    Enabled: B

class ExtendedS3DestinationConfiguration(TypedDict, total=False):
    RoleARN: S
    BucketARN: S
    Prefix: S
    ErrorOutputPrefix: S
    BufferingHints: X[BufferingHints]
    CompressionFormat: S
    EncryptionConfiguration: X[EncryptionConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    ProcessingConfiguration: X[ProcessingConfiguration]
    S3BackupMode: S
    S3BackupConfiguration: X[S3DestinationConfiguration]
    DataFormatConversionConfiguration: X[DataFormatConversionConfiguration]
    DynamicPartitioningConfiguration: X[DynamicPartitioningConfiguration]
    FileExtension: S
    CustomTimeZone: S

class CopyCommand(TypedDict, total=False):
    DataTableName: S
    DataTableColumns: S
    CopyOptions: S

class RedshiftRetryOptions(TypedDict, total=False):
    DurationInSeconds: I

class SecretsManagerConfiguration(TypedDict, total=False):
    SecretARN: S
    RoleARN: S
    Enabled: B

class RedshiftDestinationConfiguration(TypedDict, total=False):
    RoleARN: S
    ClusterJDBCURL: S
    CopyCommand: X[CopyCommand]
    Username: S
    Password: S
    RetryOptions: X[RedshiftRetryOptions]
    S3Configuration: X[S3DestinationConfiguration]
    ProcessingConfiguration: X[ProcessingConfiguration]
    S3BackupMode: S
    S3BackupConfiguration: X[S3DestinationConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    SecretsManagerConfiguration: X[SecretsManagerConfiguration]

class ElasticsearchBufferingHints(TypedDict, total=False):
    IntervalInSeconds: I
    SizeInMBs: I

class ElasticsearchRetryOptions(TypedDict, total=False):
    DurationInSeconds: I

class VpcConfiguration(TypedDict, total=False):
    SubnetIds: L[Si]
    RoleARN: S
    SecurityGroupIds: L[Si]

class DocumentIdOptions(TypedDict, total=False):
    DefaultDocumentIdFormat: S

class ElasticsearchDestinationConfiguration(TypedDict, total=False):
    RoleARN: S
    DomainARN: S
    ClusterEndpoint: S
    IndexName: S
    TypeName: S
    IndexRotationPeriod: S
    BufferingHints: X[ElasticsearchBufferingHints]
    RetryOptions: X[ElasticsearchRetryOptions]
    S3BackupMode: S
    S3Configuration: X[S3DestinationConfiguration]
    ProcessingConfiguration: X[ProcessingConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    VpcConfiguration: X[VpcConfiguration]
    DocumentIdOptions: X[DocumentIdOptions]

class AmazonopensearchserviceBufferingHints(TypedDict, total=False):
    IntervalInSeconds: I
    SizeInMBs: I

class AmazonopensearchserviceRetryOptions(TypedDict, total=False):
    DurationInSeconds: I

class AmazonopensearchserviceDestinationConfiguration(TypedDict, total=False):
    RoleARN: S
    DomainARN: S
    ClusterEndpoint: S
    IndexName: S
    TypeName: S
    IndexRotationPeriod: S
    BufferingHints: X[AmazonopensearchserviceBufferingHints]
    RetryOptions: X[AmazonopensearchserviceRetryOptions]
    S3BackupMode: S
    S3Configuration: X[S3DestinationConfiguration]
    ProcessingConfiguration: X[ProcessingConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    VpcConfiguration: X[VpcConfiguration]
    DocumentIdOptions: X[DocumentIdOptions]

class SplunkRetryOptions(TypedDict, total=False):
    DurationInSeconds: I

class SplunkBufferingHints(TypedDict, total=False):
    IntervalInSeconds: I
    SizeInMBs: I

class SplunkDestinationConfiguration(TypedDict, total=False):
    HecEndpoint: S
    HecEndpointType: S
    HecToken: S
    HecAcknowledgmentTimeoutInSeconds: I
    RetryOptions: X[SplunkRetryOptions]
    S3BackupMode: S
    S3Configuration: X[S3DestinationConfiguration]
    ProcessingConfiguration: X[ProcessingConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    BufferingHints: X[SplunkBufferingHints]
    SecretsManagerConfiguration: X[SecretsManagerConfiguration]

class HttpEndpointConfiguration(TypedDict, total=False):
    Url: S
    Name: S
    AccessKey: S

class HttpEndpointBufferingHints(TypedDict, total=False):
    SizeInMBs: I
    IntervalInSeconds: I

class HttpEndpointCommonAttribute(TypedDict, total=False):
    AttributeName: S
    AttributeValue: S

class HttpEndpointRequestConfiguration(TypedDict, total=False):
    ContentEncoding: S
    CommonAttributes: L[Xi[HttpEndpointCommonAttribute]]

class HttpEndpointRetryOptions(TypedDict, total=False):
    DurationInSeconds: I

class HttpEndpointDestinationConfiguration(TypedDict, total=False):
    EndpointConfiguration: X[HttpEndpointConfiguration]
    BufferingHints: X[HttpEndpointBufferingHints]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    RequestConfiguration: X[HttpEndpointRequestConfiguration]
    ProcessingConfiguration: X[ProcessingConfiguration]
    RoleARN: S
    RetryOptions: X[HttpEndpointRetryOptions]
    S3BackupMode: S
    S3Configuration: X[S3DestinationConfiguration]
    SecretsManagerConfiguration: X[SecretsManagerConfiguration]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class AmazonOpenSearchServerlessBufferingHints(TypedDict, total=False):
    IntervalInSeconds: I
    SizeInMBs: I

class AmazonOpenSearchServerlessRetryOptions(TypedDict, total=False):
    DurationInSeconds: I

class AmazonOpenSearchServerlessDestinationConfiguration(TypedDict, total=False):
    RoleARN: S
    CollectionEndpoint: S
    IndexName: S
    BufferingHints: X[AmazonOpenSearchServerlessBufferingHints]
    RetryOptions: X[AmazonOpenSearchServerlessRetryOptions]
    S3BackupMode: S
    S3Configuration: X[S3DestinationConfiguration]
    ProcessingConfiguration: X[ProcessingConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    VpcConfiguration: X[VpcConfiguration]

class AuthenticationConfiguration(TypedDict, total=False):
    RoleARN: S
    Connectivity: S

class MSKSourceConfiguration(TypedDict, total=False):
    MskClusterARN: S
    TopicName: S
    AuthenticationConfiguration: X[AuthenticationConfiguration]
    ReadFromTimestamp: T

class SnowflakeRoleConfiguration(TypedDict, total=False):
    Enabled: B
    SnowflakeRole: S

class SnowflakeVpcConfiguration(TypedDict, total=False):
    PrivateLinkVpceId: S

class SnowflakeRetryOptions(TypedDict, total=False):
    DurationInSeconds: I

class SnowflakeBufferingHints(TypedDict, total=False):
    SizeInMBs: I
    IntervalInSeconds: I

class SnowflakeDestinationConfiguration(TypedDict, total=False):
    AccountUrl: S
    PrivateKey: S
    KeyPassphrase: S
    User: S
    Database: S
    Schema: S
    Table: S
    SnowflakeRoleConfiguration: X[SnowflakeRoleConfiguration]
    DataLoadingOption: S
    MetaDataColumnName: S
    ContentColumnName: S
    SnowflakeVpcConfiguration: X[SnowflakeVpcConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    ProcessingConfiguration: X[ProcessingConfiguration]
    RoleARN: S
    RetryOptions: X[SnowflakeRetryOptions]
    S3BackupMode: S
    S3Configuration: X[S3DestinationConfiguration]
    SecretsManagerConfiguration: X[SecretsManagerConfiguration]
    BufferingHints: X[SnowflakeBufferingHints]

class PartitionField(TypedDict, total=False):
    SourceName: S

class PartitionSpec(TypedDict, total=False):
    Identity: L[Xi[PartitionField]]

class DestinationTableConfiguration(TypedDict, total=False):
    DestinationTableName: S
    DestinationDatabaseName: S
    UniqueKeys: L[Si]
    PartitionSpec: X[PartitionSpec]
    S3ErrorOutputPrefix: S

class SchemaEvolutionConfiguration(TypedDict, total=False):
    Enabled: B

class TableCreationConfiguration(TypedDict, total=False):
    Enabled: B

class CatalogConfiguration(TypedDict, total=False):
    CatalogARN: S
    WarehouseLocation: S

class IcebergDestinationConfiguration(TypedDict, total=False):
    DestinationTableConfigurationList: L[Xi[DestinationTableConfiguration]]
    SchemaEvolutionConfiguration: X[SchemaEvolutionConfiguration]
    TableCreationConfiguration: X[TableCreationConfiguration]
    BufferingHints: X[BufferingHints]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    ProcessingConfiguration: X[ProcessingConfiguration]
    S3BackupMode: S
    RetryOptions: X[RetryOptions]
    RoleARN: S
    AppendOnly: B
    CatalogConfiguration: X[CatalogConfiguration]
    S3Configuration: X[S3DestinationConfiguration]

class DatabaseList(TypedDict, total=False):
    Include: L[Si]
    Exclude: L[Si]

class DatabaseTableList(TypedDict, total=False):
    Include: L[Si]
    Exclude: L[Si]

class DatabaseColumnList(TypedDict, total=False):
    Include: L[Si]
    Exclude: L[Si]

class DatabaseSourceAuthenticationConfiguration(TypedDict, total=False):
    SecretsManagerConfiguration: X[SecretsManagerConfiguration]

class DatabaseSourceVPCConfiguration(TypedDict, total=False):
    VpcEndpointServiceName: S

class DatabaseSourceConfiguration(TypedDict, total=False):
    Type: S
    Endpoint: S
    Port: I
    SslMode: S
    Databases: X[DatabaseList]
    Tables: X[DatabaseTableList]
    Columns: X[DatabaseColumnList]
    SurrogateKeys: L[Si]
    SnapshotWatermarkTable: S
    DatabaseSourceAuthenticationConfiguration: X[DatabaseSourceAuthenticationConfiguration]
    DatabaseSourceVPCConfiguration: X[DatabaseSourceVPCConfiguration]

CreateDeliveryStreamParameters = TypedDict(
    "CreateDeliveryStreamParameters",
    {
        "DeliveryStreamName": S,
        "DeliveryStreamName.$": str,
        "DeliveryStreamType": S,
        "DeliveryStreamType.$": str,
        "DirectPutSourceConfiguration": X[DirectPutSourceConfiguration],
        "DirectPutSourceConfiguration.$": str,
        "KinesisStreamSourceConfiguration": X[KinesisStreamSourceConfiguration],
        "KinesisStreamSourceConfiguration.$": str,
        "DeliveryStreamEncryptionConfigurationInput": X[DeliveryStreamEncryptionConfigurationInput],
        "DeliveryStreamEncryptionConfigurationInput.$": str,
        "S3DestinationConfiguration": X[S3DestinationConfiguration],
        "S3DestinationConfiguration.$": str,
        "ExtendedS3DestinationConfiguration": X[ExtendedS3DestinationConfiguration],
        "ExtendedS3DestinationConfiguration.$": str,
        "RedshiftDestinationConfiguration": X[RedshiftDestinationConfiguration],
        "RedshiftDestinationConfiguration.$": str,
        "ElasticsearchDestinationConfiguration": X[ElasticsearchDestinationConfiguration],
        "ElasticsearchDestinationConfiguration.$": str,
        "AmazonopensearchserviceDestinationConfiguration": X[
            AmazonopensearchserviceDestinationConfiguration
        ],
        "AmazonopensearchserviceDestinationConfiguration.$": str,
        "SplunkDestinationConfiguration": X[SplunkDestinationConfiguration],
        "SplunkDestinationConfiguration.$": str,
        "HttpEndpointDestinationConfiguration": X[HttpEndpointDestinationConfiguration],
        "HttpEndpointDestinationConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AmazonOpenSearchServerlessDestinationConfiguration": X[
            AmazonOpenSearchServerlessDestinationConfiguration
        ],
        "AmazonOpenSearchServerlessDestinationConfiguration.$": str,
        "MskSourceConfiguration": X[MSKSourceConfiguration],
        "MskSourceConfiguration.$": str,
        "SnowflakeDestinationConfiguration": X[SnowflakeDestinationConfiguration],
        "SnowflakeDestinationConfiguration.$": str,
        "IcebergDestinationConfiguration": X[IcebergDestinationConfiguration],
        "IcebergDestinationConfiguration.$": str,
        "DatabaseSourceConfiguration": X[DatabaseSourceConfiguration],
        "DatabaseSourceConfiguration.$": str,
    },
    total=False,
)
DeleteDeliveryStreamParameters = TypedDict(
    "DeleteDeliveryStreamParameters",
    {
        "DeliveryStreamName": S,
        "DeliveryStreamName.$": str,
        "AllowForceDelete": B,
        "AllowForceDelete.$": str,
    },
    total=False,
)
DescribeDeliveryStreamParameters = TypedDict(
    "DescribeDeliveryStreamParameters",
    {
        "DeliveryStreamName": S,
        "DeliveryStreamName.$": str,
        "Limit": I,
        "Limit.$": str,
        "ExclusiveStartDestinationId": S,
        "ExclusiveStartDestinationId.$": str,
    },
    total=False,
)
ListDeliveryStreamsParameters = TypedDict(
    "ListDeliveryStreamsParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "DeliveryStreamType": S,
        "DeliveryStreamType.$": str,
        "ExclusiveStartDeliveryStreamName": S,
        "ExclusiveStartDeliveryStreamName.$": str,
    },
    total=False,
)
ListTagsForDeliveryStreamParameters = TypedDict(
    "ListTagsForDeliveryStreamParameters",
    {
        "DeliveryStreamName": S,
        "DeliveryStreamName.$": str,
        "ExclusiveStartTagKey": S,
        "ExclusiveStartTagKey.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)

class Record(TypedDict, total=False):
    Data: S

PutRecordParameters = TypedDict(
    "PutRecordParameters",
    {"DeliveryStreamName": S, "DeliveryStreamName.$": str, "Record": X[Record], "Record.$": str},
    total=False,
)
PutRecordBatchParameters = TypedDict(
    "PutRecordBatchParameters",
    {
        "DeliveryStreamName": S,
        "DeliveryStreamName.$": str,
        "Records": L[Xi[Record]],
        "Records.$": str,
    },
    total=False,
)
StartDeliveryStreamEncryptionParameters = TypedDict(
    "StartDeliveryStreamEncryptionParameters",
    {
        "DeliveryStreamName": S,
        "DeliveryStreamName.$": str,
        "DeliveryStreamEncryptionConfigurationInput": X[DeliveryStreamEncryptionConfigurationInput],
        "DeliveryStreamEncryptionConfigurationInput.$": str,
    },
    total=False,
)
StopDeliveryStreamEncryptionParameters = TypedDict(
    "StopDeliveryStreamEncryptionParameters",
    {"DeliveryStreamName": S, "DeliveryStreamName.$": str},
    total=False,
)
TagDeliveryStreamParameters = TypedDict(
    "TagDeliveryStreamParameters",
    {"DeliveryStreamName": S, "DeliveryStreamName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagDeliveryStreamParameters = TypedDict(
    "UntagDeliveryStreamParameters",
    {"DeliveryStreamName": S, "DeliveryStreamName.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class S3DestinationUpdate(TypedDict, total=False):
    RoleARN: S
    BucketARN: S
    Prefix: S
    ErrorOutputPrefix: S
    BufferingHints: X[BufferingHints]
    CompressionFormat: S
    EncryptionConfiguration: X[EncryptionConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]

class ExtendedS3DestinationUpdate(TypedDict, total=False):
    RoleARN: S
    BucketARN: S
    Prefix: S
    ErrorOutputPrefix: S
    BufferingHints: X[BufferingHints]
    CompressionFormat: S
    EncryptionConfiguration: X[EncryptionConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    ProcessingConfiguration: X[ProcessingConfiguration]
    S3BackupMode: S
    S3BackupUpdate: X[S3DestinationUpdate]
    DataFormatConversionConfiguration: X[DataFormatConversionConfiguration]
    DynamicPartitioningConfiguration: X[DynamicPartitioningConfiguration]
    FileExtension: S
    CustomTimeZone: S

class RedshiftDestinationUpdate(TypedDict, total=False):
    RoleARN: S
    ClusterJDBCURL: S
    CopyCommand: X[CopyCommand]
    Username: S
    Password: S
    RetryOptions: X[RedshiftRetryOptions]
    S3Update: X[S3DestinationUpdate]
    ProcessingConfiguration: X[ProcessingConfiguration]
    S3BackupMode: S
    S3BackupUpdate: X[S3DestinationUpdate]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    SecretsManagerConfiguration: X[SecretsManagerConfiguration]

class ElasticsearchDestinationUpdate(TypedDict, total=False):
    RoleARN: S
    DomainARN: S
    ClusterEndpoint: S
    IndexName: S
    TypeName: S
    IndexRotationPeriod: S
    BufferingHints: X[ElasticsearchBufferingHints]
    RetryOptions: X[ElasticsearchRetryOptions]
    S3Update: X[S3DestinationUpdate]
    ProcessingConfiguration: X[ProcessingConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    DocumentIdOptions: X[DocumentIdOptions]

class AmazonopensearchserviceDestinationUpdate(TypedDict, total=False):
    RoleARN: S
    DomainARN: S
    ClusterEndpoint: S
    IndexName: S
    TypeName: S
    IndexRotationPeriod: S
    BufferingHints: X[AmazonopensearchserviceBufferingHints]
    RetryOptions: X[AmazonopensearchserviceRetryOptions]
    S3Update: X[S3DestinationUpdate]
    ProcessingConfiguration: X[ProcessingConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    DocumentIdOptions: X[DocumentIdOptions]

class SplunkDestinationUpdate(TypedDict, total=False):
    HecEndpoint: S
    HecEndpointType: S
    HecToken: S
    HecAcknowledgmentTimeoutInSeconds: I
    RetryOptions: X[SplunkRetryOptions]
    S3BackupMode: S
    S3Update: X[S3DestinationUpdate]
    ProcessingConfiguration: X[ProcessingConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    BufferingHints: X[SplunkBufferingHints]
    SecretsManagerConfiguration: X[SecretsManagerConfiguration]

class HttpEndpointDestinationUpdate(TypedDict, total=False):
    EndpointConfiguration: X[HttpEndpointConfiguration]
    BufferingHints: X[HttpEndpointBufferingHints]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    RequestConfiguration: X[HttpEndpointRequestConfiguration]
    ProcessingConfiguration: X[ProcessingConfiguration]
    RoleARN: S
    RetryOptions: X[HttpEndpointRetryOptions]
    S3BackupMode: S
    S3Update: X[S3DestinationUpdate]
    SecretsManagerConfiguration: X[SecretsManagerConfiguration]

class AmazonOpenSearchServerlessDestinationUpdate(TypedDict, total=False):
    RoleARN: S
    CollectionEndpoint: S
    IndexName: S
    BufferingHints: X[AmazonOpenSearchServerlessBufferingHints]
    RetryOptions: X[AmazonOpenSearchServerlessRetryOptions]
    S3Update: X[S3DestinationUpdate]
    ProcessingConfiguration: X[ProcessingConfiguration]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]

class SnowflakeDestinationUpdate(TypedDict, total=False):
    AccountUrl: S
    PrivateKey: S
    KeyPassphrase: S
    User: S
    Database: S
    Schema: S
    Table: S
    SnowflakeRoleConfiguration: X[SnowflakeRoleConfiguration]
    DataLoadingOption: S
    MetaDataColumnName: S
    ContentColumnName: S
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    ProcessingConfiguration: X[ProcessingConfiguration]
    RoleARN: S
    RetryOptions: X[SnowflakeRetryOptions]
    S3BackupMode: S
    S3Update: X[S3DestinationUpdate]
    SecretsManagerConfiguration: X[SecretsManagerConfiguration]
    BufferingHints: X[SnowflakeBufferingHints]

class IcebergDestinationUpdate(TypedDict, total=False):
    DestinationTableConfigurationList: L[Xi[DestinationTableConfiguration]]
    SchemaEvolutionConfiguration: X[SchemaEvolutionConfiguration]
    TableCreationConfiguration: X[TableCreationConfiguration]
    BufferingHints: X[BufferingHints]
    CloudWatchLoggingOptions: X[CloudWatchLoggingOptions]
    ProcessingConfiguration: X[ProcessingConfiguration]
    S3BackupMode: S
    RetryOptions: X[RetryOptions]
    RoleARN: S
    AppendOnly: B
    CatalogConfiguration: X[CatalogConfiguration]
    S3Configuration: X[S3DestinationConfiguration]

UpdateDestinationParameters = TypedDict(
    "UpdateDestinationParameters",
    {
        "DeliveryStreamName": S,
        "DeliveryStreamName.$": str,
        "CurrentDeliveryStreamVersionId": S,
        "CurrentDeliveryStreamVersionId.$": str,
        "DestinationId": S,
        "DestinationId.$": str,
        "S3DestinationUpdate": X[S3DestinationUpdate],
        "S3DestinationUpdate.$": str,
        "ExtendedS3DestinationUpdate": X[ExtendedS3DestinationUpdate],
        "ExtendedS3DestinationUpdate.$": str,
        "RedshiftDestinationUpdate": X[RedshiftDestinationUpdate],
        "RedshiftDestinationUpdate.$": str,
        "ElasticsearchDestinationUpdate": X[ElasticsearchDestinationUpdate],
        "ElasticsearchDestinationUpdate.$": str,
        "AmazonopensearchserviceDestinationUpdate": X[AmazonopensearchserviceDestinationUpdate],
        "AmazonopensearchserviceDestinationUpdate.$": str,
        "SplunkDestinationUpdate": X[SplunkDestinationUpdate],
        "SplunkDestinationUpdate.$": str,
        "HttpEndpointDestinationUpdate": X[HttpEndpointDestinationUpdate],
        "HttpEndpointDestinationUpdate.$": str,
        "AmazonOpenSearchServerlessDestinationUpdate": X[
            AmazonOpenSearchServerlessDestinationUpdate
        ],
        "AmazonOpenSearchServerlessDestinationUpdate.$": str,
        "SnowflakeDestinationUpdate": X[SnowflakeDestinationUpdate],
        "SnowflakeDestinationUpdate.$": str,
        "IcebergDestinationUpdate": X[IcebergDestinationUpdate],
        "IcebergDestinationUpdate.$": str,
    },
    total=False,
)
create_delivery_stream: Builder[CreateDeliveryStreamParameters]
delete_delivery_stream: Builder[DeleteDeliveryStreamParameters]
describe_delivery_stream: Builder[DescribeDeliveryStreamParameters]
list_delivery_streams: Builder[ListDeliveryStreamsParameters]
list_tags_for_delivery_stream: Builder[ListTagsForDeliveryStreamParameters]
put_record: Builder[PutRecordParameters]
put_record_batch: Builder[PutRecordBatchParameters]
start_delivery_stream_encryption: Builder[StartDeliveryStreamEncryptionParameters]
stop_delivery_stream_encryption: Builder[StopDeliveryStreamEncryptionParameters]
tag_delivery_stream: Builder[TagDeliveryStreamParameters]
untag_delivery_stream: Builder[UntagDeliveryStreamParameters]
update_destination: Builder[UpdateDestinationParameters]

__all__ = [
    "create_delivery_stream",
    "delete_delivery_stream",
    "describe_delivery_stream",
    "list_delivery_streams",
    "list_tags_for_delivery_stream",
    "put_record",
    "put_record_batch",
    "start_delivery_stream_encryption",
    "stop_delivery_stream_encryption",
    "tag_delivery_stream",
    "untag_delivery_stream",
    "update_destination",
]
