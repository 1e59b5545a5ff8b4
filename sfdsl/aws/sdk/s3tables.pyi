"""Typed builders of the AWS SDK integration of s3tables (``aws-sdk:s3tables:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, Ii, L, M, S, Si, X, Xi

CompleteTableMigrationParameters = TypedDict(
    "CompleteTableMigrationParameters", {"TableARN": S, "TableARN.$": str}, total=False
)
CreateNamespaceParameters = TypedDict(
    "CreateNamespaceParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str, "Namespace": L[Si], "Namespace.$": str},
    total=False,
)

class SchemaField(TypedDict, total=False):
    Id: I
    Name: S
    Type: S
    Required: B

class IcebergSchema(TypedDict, total=False):
    Fields: L[Xi[SchemaField]]

class SchemaV2Field(TypedDict, total=False):
    Id: I
    Name: S
    Type: Doc
    Required: B
    Doc: S

class IcebergSchemaV2(TypedDict, total=False):
    Type: S
    Fields: L[Xi[SchemaV2Field]]
    SchemaId: I
    IdentifierFieldIds: L[Ii]

class IcebergPartitionField(TypedDict, total=False):
    SourceId: I
    Transform: S
    Name: S
    FieldId: I

class IcebergPartitionSpec(TypedDict, total=False):
    Fields: L[Xi[IcebergPartitionField]]
    SpecId: I

class IcebergSortField(TypedDict, total=False):
    SourceId: I
    Transform: S
    Direction: S
    NullOrder: S

class IcebergSortOrder(TypedDict, total=False):
    OrderId: I
    Fields: L[Xi[IcebergSortField]]

class IcebergMetadata(TypedDict, total=False):
    Schema: X[IcebergSchema]
    SchemaV2: X[IcebergSchemaV2]
    PartitionSpec: X[IcebergPartitionSpec]
    WriteOrder: X[IcebergSortOrder]
    Properties: M[S]

class TableMetadata(TypedDict, total=False):
    Iceberg: X[IcebergMetadata]

class EncryptionConfiguration(TypedDict, total=False):
    SseAlgorithm: S
    KmsKeyArn: S

class StorageClassConfiguration(TypedDict, total=False):
    StorageClass: S

CreateTableParameters = TypedDict(
    "CreateTableParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
        "Format": S,
        "Format.$": str,
        "Metadata": X[TableMetadata],
        "Metadata.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "StorageClassConfiguration": X[StorageClassConfiguration],
        "StorageClassConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateTableBucketParameters = TypedDict(
    "CreateTableBucketParameters",
    {
        "Name": S,
        "Name.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "StorageClassConfiguration": X[StorageClassConfiguration],
        "StorageClassConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteNamespaceParameters = TypedDict(
    "DeleteNamespaceParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str, "Namespace": S, "Namespace.$": str},
    total=False,
)
DeleteStorageLensConfigurationParameters = TypedDict(
    "DeleteStorageLensConfigurationParameters",
    {"StorageLensId": S, "StorageLensId.$": str},
    total=False,
)
DeleteTableParameters = TypedDict(
    "DeleteTableParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
        "VersionToken": S,
        "VersionToken.$": str,
    },
    total=False,
)
DeleteTableBucketParameters = TypedDict(
    "DeleteTableBucketParameters", {"TableBucketARN": S, "TableBucketARN.$": str}, total=False
)
DeleteTableBucketEncryptionParameters = TypedDict(
    "DeleteTableBucketEncryptionParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str},
    total=False,
)
DeleteTableBucketMetricsConfigurationParameters = TypedDict(
    "DeleteTableBucketMetricsConfigurationParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str},
    total=False,
)
DeleteTableBucketPolicyParameters = TypedDict(
    "DeleteTableBucketPolicyParameters", {"TableBucketARN": S, "TableBucketARN.$": str}, total=False
)
DeleteTableBucketReplicationParameters = TypedDict(
    "DeleteTableBucketReplicationParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str, "VersionToken": S, "VersionToken.$": str},
    total=False,
)
DeleteTablePolicyParameters = TypedDict(
    "DeleteTablePolicyParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
DeleteTableReplicationParameters = TypedDict(
    "DeleteTableReplicationParameters",
    {"TableArn": S, "TableArn.$": str, "VersionToken": S, "VersionToken.$": str},
    total=False,
)
DisassociateTableReplicationParameters = TypedDict(
    "DisassociateTableReplicationParameters", {"TableArn": S, "TableArn.$": str}, total=False
)
GetChannelParameters = TypedDict(
    "GetChannelParameters",
    {"TableARN": S, "TableARN.$": str, "ChannelId": S, "ChannelId.$": str},
    total=False,
)
GetNamespaceParameters = TypedDict(
    "GetNamespaceParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str, "Namespace": S, "Namespace.$": str},
    total=False,
)
GetStorageLensConfigurationParameters = TypedDict(
    "GetStorageLensConfigurationParameters",
    {"StorageLensId": S, "StorageLensId.$": str},
    total=False,
)
GetTableParameters = TypedDict(
    "GetTableParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
        "TableArn": S,
        "TableArn.$": str,
    },
    total=False,
)
GetTableBucketParameters = TypedDict(
    "GetTableBucketParameters", {"TableBucketARN": S, "TableBucketARN.$": str}, total=False
)
GetTableBucketEncryptionParameters = TypedDict(
    "GetTableBucketEncryptionParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str},
    total=False,
)
GetTableBucketLoggingParameters = TypedDict(
    "GetTableBucketLoggingParameters", {"TableBucketARN": S, "TableBucketARN.$": str}, total=False
)
GetTableBucketMaintenanceConfigurationParameters = TypedDict(
    "GetTableBucketMaintenanceConfigurationParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str},
    total=False,
)
GetTableBucketMetricsConfigurationParameters = TypedDict(
    "GetTableBucketMetricsConfigurationParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str},
    total=False,
)
GetTableBucketPolicyParameters = TypedDict(
    "GetTableBucketPolicyParameters", {"TableBucketARN": S, "TableBucketARN.$": str}, total=False
)
GetTableBucketReplicationParameters = TypedDict(
    "GetTableBucketReplicationParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str},
    total=False,
)
GetTableBucketStorageClassParameters = TypedDict(
    "GetTableBucketStorageClassParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str},
    total=False,
)
GetTableEncryptionParameters = TypedDict(
    "GetTableEncryptionParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
GetTableMaintenanceConfigurationParameters = TypedDict(
    "GetTableMaintenanceConfigurationParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
GetTableMaintenanceJobStatusParameters = TypedDict(
    "GetTableMaintenanceJobStatusParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
GetTableMetadataLocationParameters = TypedDict(
    "GetTableMetadataLocationParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
GetTableMigrationParameters = TypedDict(
    "GetTableMigrationParameters",
    {"MigrationId": S, "MigrationId.$": str, "TableARN": S, "TableARN.$": str},
    total=False,
)
GetTablePolicyParameters = TypedDict(
    "GetTablePolicyParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
GetTableRecordExpirationConfigurationParameters = TypedDict(
    "GetTableRecordExpirationConfigurationParameters",
    {"TableArn": S, "TableArn.$": str},
    total=False,
)
GetTableRecordExpirationJobStatusParameters = TypedDict(
    "GetTableRecordExpirationJobStatusParameters", {"TableArn": S, "TableArn.$": str}, total=False
)
GetTableReplicationParameters = TypedDict(
    "GetTableReplicationParameters", {"TableArn": S, "TableArn.$": str}, total=False
)
GetTableReplicationStatusParameters = TypedDict(
    "GetTableReplicationStatusParameters", {"TableArn": S, "TableArn.$": str}, total=False
)
GetTableStorageClassParameters = TypedDict(
    "GetTableStorageClassParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
ListNamespacesParameters = TypedDict(
    "ListNamespacesParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "MaxNamespaces": I,
        "MaxNamespaces.$": str,
    },
    total=False,
)
ListStorageLensConfigurationsParameters = TypedDict(
    "ListStorageLensConfigurationsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListTableBucketsParameters = TypedDict(
    "ListTableBucketsParameters",
    {
        "Prefix": S,
        "Prefix.$": str,
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "MaxBuckets": I,
        "MaxBuckets.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
ListTableMigrationsParameters = TypedDict(
    "ListTableMigrationsParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
        "TableARN": S,
        "TableARN.$": str,
        "State": S,
        "State.$": str,
        "HasValidPlan": B,
        "HasValidPlan.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTablesParameters = TypedDict(
    "ListTablesParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "ContinuationToken": S,
        "ContinuationToken.$": str,
        "MaxTables": I,
        "MaxTables.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutRowsParameters = TypedDict(
    "PutRowsParameters",
    {
        "TableARN": S,
        "TableARN.$": str,
        "ChannelId": S,
        "ChannelId.$": str,
        "Payload": S,
        "Payload.$": str,
        "PayloadFormat": S,
        "PayloadFormat.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
    },
    total=False,
)

class StorageLensScope(TypedDict, total=False):
    TableBuckets: L[Si]
    Regions: L[Si]

class StorageLensConfigurationItem(TypedDict, total=False):
    IsEnabled: B

class S3BucketDestination(TypedDict, total=False):
    Format: S
    OutputSchemaVersion: S
    AccountId: S
    Arn: S
    Prefix: S
    Encryption: X[EncryptionConfiguration]

class StorageLensTableDestination(TypedDict, total=False):
    IsEnabled: B
    Encryption: X[EncryptionConfiguration]

class StorageLensDataExport(TypedDict, total=False):
    CloudWatchMetrics: X[StorageLensConfigurationItem]
    S3BucketDestination: X[S3BucketDestination]
    StorageLensTableDestination: X[StorageLensTableDestination]

class StorageLensAwsOrg(TypedDict, total=False):
    Arn: S

class StorageLensConfiguration(TypedDict, total=False):
    Id: S
    AdvancedMetricsCategories: L[Si]
    Include: X[StorageLensScope]
    Exclude: X[StorageLensScope]
    DataExport: X[StorageLensDataExport]
    IsEnabled: B
    AwsOrg: X[StorageLensAwsOrg]
    StorageLensArn: S

PutStorageLensConfigurationParameters = TypedDict(
    "PutStorageLensConfigurationParameters",
    {
        "StorageLensId": S,
        "StorageLensId.$": str,
        "StorageLensConfiguration": X[StorageLensConfiguration],
        "StorageLensConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
PutTableBucketEncryptionParameters = TypedDict(
    "PutTableBucketEncryptionParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)

class PartitionedPrefix(TypedDict, total=False):
    PartitionDateSource: S

class TargetObjectKeyFormat(TypedDict, total=False):
    PartitionedPrefix: X[PartitionedPrefix]

class LoggingEnabled(TypedDict, total=False):
    TargetBucket: S
    TargetPrefix: S
    TargetObjectKeyFormat: X[TargetObjectKeyFormat]

class TableBucketLoggingStatus(TypedDict, total=False):
    LoggingEnabled: X[LoggingEnabled]

PutTableBucketLoggingParameters = TypedDict(
    "PutTableBucketLoggingParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "TableBucketLoggingStatus": X[TableBucketLoggingStatus],
        "TableBucketLoggingStatus.$": str,
    },
    total=False,
)

class IcebergUnreferencedFileRemovalSettings(TypedDict, total=False):
    UnreferencedDays: I
    NonCurrentDays: I

class TableBucketMaintenanceSettings(TypedDict, total=False):
    IcebergUnreferencedFileRemoval: X[IcebergUnreferencedFileRemovalSettings]

class TableBucketMaintenanceConfigurationValue(TypedDict, total=False):
    Status: S
    Settings: X[TableBucketMaintenanceSettings]

PutTableBucketMaintenanceConfigurationParameters = TypedDict(
    "PutTableBucketMaintenanceConfigurationParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Type": S,
        "Type.$": str,
        "Value": X[TableBucketMaintenanceConfigurationValue],
        "Value.$": str,
    },
    total=False,
)
PutTableBucketMetricsConfigurationParameters = TypedDict(
    "PutTableBucketMetricsConfigurationParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str},
    total=False,
)
PutTableBucketPolicyParameters = TypedDict(
    "PutTableBucketPolicyParameters",
    {"TableBucketARN": S, "TableBucketARN.$": str, "ResourcePolicy": S, "ResourcePolicy.$": str},
    total=False,
)

class ReplicationDestination(TypedDict, total=False):
    DestinationTableBucketARN: S

class TableBucketReplicationRule(TypedDict, total=False):
    Destinations: L[Xi[ReplicationDestination]]

class TableBucketReplicationConfiguration(TypedDict, total=False):
    Role: S
    Rules: L[Xi[TableBucketReplicationRule]]

PutTableBucketReplicationParameters = TypedDict(
    "PutTableBucketReplicationParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "VersionToken": S,
        "VersionToken.$": str,
        "Configuration": X[TableBucketReplicationConfiguration],
        "Configuration.$": str,
    },
    total=False,
)
PutTableBucketStorageClassParameters = TypedDict(
    "PutTableBucketStorageClassParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "StorageClassConfiguration": X[StorageClassConfiguration],
        "StorageClassConfiguration.$": str,
    },
    total=False,
)

class IcebergCompactionSettings(TypedDict, total=False):
    TargetFileSizeMB: I
    Strategy: S

class IcebergSnapshotManagementSettings(TypedDict, total=False):
    MinSnapshotsToKeep: I
    MaxSnapshotAgeHours: I

class TableMaintenanceSettings(TypedDict, total=False):
    IcebergCompaction: X[IcebergCompactionSettings]
    IcebergSnapshotManagement: X[IcebergSnapshotManagementSettings]

class TableMaintenanceConfigurationValue(TypedDict, total=False):
    Status: S
    Settings: X[TableMaintenanceSettings]

PutTableMaintenanceConfigurationParameters = TypedDict(
    "PutTableMaintenanceConfigurationParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Value": X[TableMaintenanceConfigurationValue],
        "Value.$": str,
    },
    total=False,
)
PutTablePolicyParameters = TypedDict(
    "PutTablePolicyParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
        "ResourcePolicy": S,
        "ResourcePolicy.$": str,
    },
    total=False,
)

class TableRecordExpirationSettings(TypedDict, total=False):
    Days: I

class TableRecordExpirationConfigurationValue(TypedDict, total=False):
    Status: S
    Settings: X[TableRecordExpirationSettings]

PutTableRecordExpirationConfigurationParameters = TypedDict(
    "PutTableRecordExpirationConfigurationParameters",
    {
        "TableArn": S,
        "TableArn.$": str,
        "Value": X[TableRecordExpirationConfigurationValue],
        "Value.$": str,
    },
    total=False,
)

class TableReplicationRule(TypedDict, total=False):
    Destinations: L[Xi[ReplicationDestination]]

class TableReplicationConfiguration(TypedDict, total=False):
    Role: S
    Rules: L[Xi[TableReplicationRule]]

PutTableReplicationParameters = TypedDict(
    "PutTableReplicationParameters",
    {
        "TableArn": S,
        "TableArn.$": str,
        "VersionToken": S,
        "VersionToken.$": str,
        "Configuration": X[TableReplicationConfiguration],
        "Configuration.$": str,
    },
    total=False,
)
RenameTableParameters = TypedDict(
    "RenameTableParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
        "NewNamespaceName": S,
        "NewNamespaceName.$": str,
        "NewName": S,
        "NewName.$": str,
        "VersionToken": S,
        "VersionToken.$": str,
    },
    total=False,
)

class MigrationTableProperties(TypedDict, total=False):
    WriteFormat: S
    IcebergFormatVersion: I
    CompressionCodec: S
    DictionaryEncoding: B

class DestinationTable(TypedDict, total=False):
    TableBucketARN: S
    Namespace: S
    Name: S
    EncryptionConfiguration: X[EncryptionConfiguration]
    StorageClassConfiguration: X[StorageClassConfiguration]
    Tags: M[S]
    Properties: X[MigrationTableProperties]
    Schema: X[IcebergSchemaV2]
    IcebergSortOrder: X[IcebergSortOrder]

class GlueTableSource(TypedDict, total=False):
    CatalogId: S
    DatabaseName: S
    TableName: S

class SourceConfiguration(TypedDict, total=False):
    GlueTable: X[GlueTableSource]

class MigrationCompactionSettings(TypedDict, total=False):
    TargetFileSizeMB: I
    Strategy: S

class MigrationSnapshotManagementSettings(TypedDict, total=False):
    MinSnapshotsToKeep: I
    MaxSnapshotAgeHours: I

class MaintenanceSettings(TypedDict, total=False):
    IcebergCompaction: X[MigrationCompactionSettings]
    IcebergSnapshotManagement: X[MigrationSnapshotManagementSettings]

class MigrationPolicies(TypedDict, total=False):
    UnmatchedSourceFieldsPolicy: S
    IncompatibleValuesPolicy: S

class DataMigrationSettings(TypedDict, total=False):
    MaintenanceSettings: X[MaintenanceSettings]
    MigrationPolicies: X[MigrationPolicies]

class MigrationReportPrefixes(TypedDict, total=False):
    TableCompatibilityReport: S
    ObjectCompatibilityReport: S
    ObjectMigrationReport: S

class MigrationOutputConfiguration(TypedDict, total=False):
    Bucket: S
    Prefixes: X[MigrationReportPrefixes]

StartTableMigrationParameters = TypedDict(
    "StartTableMigrationParameters",
    {
        "RoleARN": S,
        "RoleARN.$": str,
        "DestinationTable": X[DestinationTable],
        "DestinationTable.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "Source": X[SourceConfiguration],
        "Source.$": str,
        "DataMigration": X[DataMigrationSettings],
        "DataMigration.$": str,
        "ReviewMigrationPlan": B,
        "ReviewMigrationPlan.$": str,
        "MigrationOutput": X[MigrationOutputConfiguration],
        "MigrationOutput.$": str,
    },
    total=False,
)
SyncTableMigrationParameters = TypedDict(
    "SyncTableMigrationParameters",
    {
        "RoleARN": S,
        "RoleARN.$": str,
        "TableARN": S,
        "TableARN.$": str,
        "ReviewMigrationPlan": B,
        "ReviewMigrationPlan.$": str,
        "MigrationOutput": X[MigrationOutputConfiguration],
        "MigrationOutput.$": str,
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
UpdateTableMetadataLocationParameters = TypedDict(
    "UpdateTableMetadataLocationParameters",
    {
        "TableBucketARN": S,
        "TableBucketARN.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Name": S,
        "Name.$": str,
        "VersionToken": S,
        "VersionToken.$": str,
        "MetadataLocation": S,
        "MetadataLocation.$": str,
    },
    total=False,
)
UpdateTableMigrationParameters = TypedDict(
    "UpdateTableMigrationParameters",
    {
        "TableARN": S,
        "TableARN.$": str,
        "MigrationId": S,
        "MigrationId.$": str,
        "RequestedState": S,
        "RequestedState.$": str,
        "UpdateDescription": S,
        "UpdateDescription.$": str,
    },
    total=False,
)
complete_table_migration: Builder[CompleteTableMigrationParameters]
create_namespace: Builder[CreateNamespaceParameters]
create_table: Builder[CreateTableParameters]
create_table_bucket: Builder[CreateTableBucketParameters]
delete_namespace: Builder[DeleteNamespaceParameters]
delete_storage_lens_configuration: Builder[DeleteStorageLensConfigurationParameters]
delete_table: Builder[DeleteTableParameters]
delete_table_bucket: Builder[DeleteTableBucketParameters]
delete_table_bucket_encryption: Builder[DeleteTableBucketEncryptionParameters]
delete_table_bucket_metrics_configuration: Builder[DeleteTableBucketMetricsConfigurationParameters]
delete_table_bucket_policy: Builder[DeleteTableBucketPolicyParameters]
delete_table_bucket_replication: Builder[DeleteTableBucketReplicationParameters]
delete_table_policy: Builder[DeleteTablePolicyParameters]
delete_table_replication: Builder[DeleteTableReplicationParameters]
disassociate_table_replication: Builder[DisassociateTableReplicationParameters]
get_channel: Builder[GetChannelParameters]
get_namespace: Builder[GetNamespaceParameters]
get_storage_lens_configuration: Builder[GetStorageLensConfigurationParameters]
get_table: Builder[GetTableParameters]
get_table_bucket: Builder[GetTableBucketParameters]
get_table_bucket_encryption: Builder[GetTableBucketEncryptionParameters]
get_table_bucket_logging: Builder[GetTableBucketLoggingParameters]
get_table_bucket_maintenance_configuration: Builder[
    GetTableBucketMaintenanceConfigurationParameters
]
get_table_bucket_metrics_configuration: Builder[GetTableBucketMetricsConfigurationParameters]
get_table_bucket_policy: Builder[GetTableBucketPolicyParameters]
get_table_bucket_replication: Builder[GetTableBucketReplicationParameters]
get_table_bucket_storage_class: Builder[GetTableBucketStorageClassParameters]
get_table_encryption: Builder[GetTableEncryptionParameters]
get_table_maintenance_configuration: Builder[GetTableMaintenanceConfigurationParameters]
get_table_maintenance_job_status: Builder[GetTableMaintenanceJobStatusParameters]
get_table_metadata_location: Builder[GetTableMetadataLocationParameters]
get_table_migration: Builder[GetTableMigrationParameters]
get_table_policy: Builder[GetTablePolicyParameters]
get_table_record_expiration_configuration: Builder[GetTableRecordExpirationConfigurationParameters]
get_table_record_expiration_job_status: Builder[GetTableRecordExpirationJobStatusParameters]
get_table_replication: Builder[GetTableReplicationParameters]
get_table_replication_status: Builder[GetTableReplicationStatusParameters]
get_table_storage_class: Builder[GetTableStorageClassParameters]
list_namespaces: Builder[ListNamespacesParameters]
list_storage_lens_configurations: Builder[ListStorageLensConfigurationsParameters]
list_table_buckets: Builder[ListTableBucketsParameters]
list_table_migrations: Builder[ListTableMigrationsParameters]
list_tables: Builder[ListTablesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_rows: Builder[PutRowsParameters]
put_storage_lens_configuration: Builder[PutStorageLensConfigurationParameters]
put_table_bucket_encryption: Builder[PutTableBucketEncryptionParameters]
put_table_bucket_logging: Builder[PutTableBucketLoggingParameters]
put_table_bucket_maintenance_configuration: Builder[
    PutTableBucketMaintenanceConfigurationParameters
]
put_table_bucket_metrics_configuration: Builder[PutTableBucketMetricsConfigurationParameters]
put_table_bucket_policy: Builder[PutTableBucketPolicyParameters]
put_table_bucket_replication: Builder[PutTableBucketReplicationParameters]
put_table_bucket_storage_class: Builder[PutTableBucketStorageClassParameters]
put_table_maintenance_configuration: Builder[PutTableMaintenanceConfigurationParameters]
put_table_policy: Builder[PutTablePolicyParameters]
put_table_record_expiration_configuration: Builder[PutTableRecordExpirationConfigurationParameters]
put_table_replication: Builder[PutTableReplicationParameters]
rename_table: Builder[RenameTableParameters]
start_table_migration: Builder[StartTableMigrationParameters]
sync_table_migration: Builder[SyncTableMigrationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_table_metadata_location: Builder[UpdateTableMetadataLocationParameters]
update_table_migration: Builder[UpdateTableMigrationParameters]

__all__ = [
    "complete_table_migration",
    "create_namespace",
    "create_table",
    "create_table_bucket",
    "delete_namespace",
    "delete_storage_lens_configuration",
    "delete_table",
    "delete_table_bucket",
    "delete_table_bucket_encryption",
    "delete_table_bucket_metrics_configuration",
    "delete_table_bucket_policy",
    "delete_table_bucket_replication",
    "delete_table_policy",
    "delete_table_replication",
    "disassociate_table_replication",
    "get_channel",
    "get_namespace",
    "get_storage_lens_configuration",
    "get_table",
    "get_table_bucket",
    "get_table_bucket_encryption",
    "get_table_bucket_logging",
    "get_table_bucket_maintenance_configuration",
    "get_table_bucket_metrics_configuration",
    "get_table_bucket_policy",
    "get_table_bucket_replication",
    "get_table_bucket_storage_class",
    "get_table_encryption",
    "get_table_maintenance_configuration",
    "get_table_maintenance_job_status",
    "get_table_metadata_location",
    "get_table_migration",
    "get_table_policy",
    "get_table_record_expiration_configuration",
    "get_table_record_expiration_job_status",
    "get_table_replication",
    "get_table_replication_status",
    "get_table_storage_class",
    "list_namespaces",
    "list_storage_lens_configurations",
    "list_table_buckets",
    "list_table_migrations",
    "list_tables",
    "list_tags_for_resource",
    "put_rows",
    "put_storage_lens_configuration",
    "put_table_bucket_encryption",
    "put_table_bucket_logging",
    "put_table_bucket_maintenance_configuration",
    "put_table_bucket_metrics_configuration",
    "put_table_bucket_policy",
    "put_table_bucket_replication",
    "put_table_bucket_storage_class",
    "put_table_maintenance_configuration",
    "put_table_policy",
    "put_table_record_expiration_configuration",
    "put_table_replication",
    "rename_table",
    "start_table_migration",
    "sync_table_migration",
    "tag_resource",
    "untag_resource",
    "update_table_metadata_location",
    "update_table_migration",
]
