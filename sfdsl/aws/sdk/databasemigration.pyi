"""Typed builders of the AWS SDK integration of databasemigration (``aws-sdk:databasemigration:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, S, Si, T, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S
    ResourceArn: S

AddTagsToResourceParameters = TypedDict(
    "AddTagsToResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
ApplyPendingMaintenanceActionParameters = TypedDict(
    "ApplyPendingMaintenanceActionParameters",
    {
        "ReplicationInstanceArn": S,
        "ReplicationInstanceArn.$": str,
        "ApplyAction": S,
        "ApplyAction.$": str,
        "OptInType": S,
        "OptInType.$": str,
    },
    total=False,
)

class RecommendationSettings(TypedDict, total=False):
    InstanceSizingType: S
    WorkloadType: S

class StartRecommendationsRequestEntry(TypedDict, total=False):
    DatabaseId: S
    Settings: X[RecommendationSettings]

BatchStartRecommendationsParameters = TypedDict(
    "BatchStartRecommendationsParameters",
    {"Data": L[Xi[StartRecommendationsRequestEntry]], "Data.$": str},
    total=False,
)
CancelMetadataModelConversionParameters = TypedDict(
    "CancelMetadataModelConversionParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "RequestIdentifier": S,
        "RequestIdentifier.$": str,
    },
    total=False,
)
CancelMetadataModelCreationParameters = TypedDict(
    "CancelMetadataModelCreationParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "RequestIdentifier": S,
        "RequestIdentifier.$": str,
    },
    total=False,
)
CancelReplicationTaskAssessmentRunParameters = TypedDict(
    "CancelReplicationTaskAssessmentRunParameters",
    {"ReplicationTaskAssessmentRunArn": S, "ReplicationTaskAssessmentRunArn.$": str},
    total=False,
)

class SourceDataSetting(TypedDict, total=False):
    CdcStartPosition: S
    CdcStartTime: T
    CdcStopTime: T
    SlotName: S

class TargetDataSetting(TypedDict, total=False):
    TablePreparationMode: S

CreateDataMigrationParameters = TypedDict(
    "CreateDataMigrationParameters",
    {
        "DataMigrationName": S,
        "DataMigrationName.$": str,
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "DataMigrationType": S,
        "DataMigrationType.$": str,
        "ServiceAccessRoleArn": S,
        "ServiceAccessRoleArn.$": str,
        "EnableCloudwatchLogs": B,
        "EnableCloudwatchLogs.$": str,
        "SourceDataSettings": L[Xi[SourceDataSetting]],
        "SourceDataSettings.$": str,
        "TargetDataSettings": L[Xi[TargetDataSetting]],
        "TargetDataSettings.$": str,
        "NumberOfJobs": I,
        "NumberOfJobs.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SelectionRules": S,
        "SelectionRules.$": str,
    },
    total=False,
)

class RedshiftDataProviderSettings(TypedDict, total=False):
    ServerName: S
    Port: I
    DatabaseName: S
    S3Path: S
    S3AccessRoleArn: S

class PostgreSqlDataProviderSettings(TypedDict, total=False):
    ServerName: S
    Port: I
    DatabaseName: S
    SslMode: S
    CertificateArn: S
    S3Path: S
    S3AccessRoleArn: S

class MySqlDataProviderSettings(TypedDict, total=False):
    ServerName: S
    Port: I
    SslMode: S
    CertificateArn: S
    S3Path: S
    S3AccessRoleArn: S

class OracleDataProviderSettings(TypedDict, total=False):
    ServerName: S
    Port: I
    DatabaseName: S
    SslMode: S
    CertificateArn: S
    AsmServer: S
    SecretsManagerOracleAsmSecretId: S
    SecretsManagerOracleAsmAccessRoleArn: S
    SecretsManagerSecurityDbEncryptionSecretId: S
    SecretsManagerSecurityDbEncryptionAccessRoleArn: S
    S3Path: S
    S3AccessRoleArn: S

class SybaseAseDataProviderSettings(TypedDict, total=False):
    ServerName: S
    Port: I
    DatabaseName: S
    SslMode: S
    EncryptPassword: B
    CertificateArn: S

class MicrosoftSqlServerDataProviderSettings(TypedDict, total=False):
    ServerName: S
    Port: I
    DatabaseName: S
    SslMode: S
    CertificateArn: S
    S3Path: S
    S3AccessRoleArn: S

class DocDbDataProviderSettings(TypedDict, total=False):
    ServerName: S
    Port: I
    DatabaseName: S
    SslMode: S
    CertificateArn: S

class MariaDbDataProviderSettings(TypedDict, total=False):
    ServerName: S
    Port: I
    SslMode: S
    CertificateArn: S
    S3Path: S
    S3AccessRoleArn: S

class IbmDb2LuwDataProviderSettings(TypedDict, total=False):
    ServerName: S
    Port: I
    DatabaseName: S
    SslMode: S
    CertificateArn: S
    EncryptionAlgorithm: I
    SecurityMechanism: I
    S3Path: S
    S3AccessRoleArn: S

class IbmDb2zOsDataProviderSettings(TypedDict, total=False):
    ServerName: S
    Port: I
    DatabaseName: S
    SslMode: S
    CertificateArn: S
    S3Path: S
    S3AccessRoleArn: S

class MongoDbDataProviderSettings(TypedDict, total=False):
    ServerName: S
    Port: I
    DatabaseName: S
    SslMode: S
    CertificateArn: S
    AuthType: S
    AuthSource: S
    AuthMechanism: S

class DataProviderSettings(TypedDict, total=False):
    RedshiftSettings: X[RedshiftDataProviderSettings]
    PostgreSqlSettings: X[PostgreSqlDataProviderSettings]
    MySqlSettings: X[MySqlDataProviderSettings]
    OracleSettings: X[OracleDataProviderSettings]
    SybaseAseSettings: X[SybaseAseDataProviderSettings]
    MicrosoftSqlServerSettings: X[MicrosoftSqlServerDataProviderSettings]
    DocDbSettings: X[DocDbDataProviderSettings]
    MariaDbSettings: X[MariaDbDataProviderSettings]
    IbmDb2LuwSettings: X[IbmDb2LuwDataProviderSettings]
    IbmDb2zOsSettings: X[IbmDb2zOsDataProviderSettings]
    MongoDbSettings: X[MongoDbDataProviderSettings]

CreateDataProviderParameters = TypedDict(
    "CreateDataProviderParameters",
    {
        "DataProviderName": S,
        "DataProviderName.$": str,
        "Description": S,
        "Description.$": str,
        "Engine": S,
        "Engine.$": str,
        "Virtual": B,
        "Virtual.$": str,
        "Settings": X[DataProviderSettings],
        "Settings.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class DynamoDbSettings(TypedDict, total=False):
    ServiceAccessRoleArn: S

class S3Settings(TypedDict, total=False):
    ServiceAccessRoleArn: S
    ExternalTableDefinition: S
    CsvRowDelimiter: S
    CsvDelimiter: S
    BucketFolder: S
    BucketName: S
    CompressionType: S
    EncryptionMode: S
    ServerSideEncryptionKmsKeyId: S
    DataFormat: S
    EncodingType: S
    DictPageSizeLimit: I
    RowGroupLength: I
    DataPageSize: I
    ParquetVersion: S
    EnableStatistics: B
    IncludeOpForFullLoad: B
    CdcInsertsOnly: B
    TimestampColumnName: S
    ParquetTimestampInMillisecond: B
    CdcInsertsAndUpdates: B
    DatePartitionEnabled: B
    DatePartitionSequence: S
    DatePartitionDelimiter: S
    UseCsvNoSupValue: B
    CsvNoSupValue: S
    PreserveTransactions: B
    CdcPath: S
    UseTaskStartTimeForFullLoadTimestamp: B
    CannedAclForObjects: S
    AddColumnName: B
    CdcMaxBatchInterval: I
    CdcMinFileSize: I
    CsvNullValue: S
    IgnoreHeaderRows: I
    MaxFileSize: I
    Rfc4180: B
    DatePartitionTimezone: S
    AddTrailingPaddingCharacter: B
    ExpectedBucketOwner: S
    GlueCatalogGeneration: B

class DmsTransferSettings(TypedDict, total=False):
    ServiceAccessRoleArn: S
    BucketName: S

class MongoDbSettings(TypedDict, total=False):
    Username: S
    Password: S
    ServerName: S
    Port: I
    DatabaseName: S
    AuthType: S
    AuthMechanism: S
    NestingLevel: S
    ExtractDocId: S
    DocsToInvestigate: S
    AuthSource: S
    KmsKeyId: S
    SecretsManagerAccessRoleArn: S
    SecretsManagerSecretId: S
    UseUpdateLookUp: B
    ReplicateShardCollections: B

class KinesisSettings(TypedDict, total=False):
    StreamArn: S
    MessageFormat: S
    ServiceAccessRoleArn: S
    IncludeTransactionDetails: B
    IncludePartitionValue: B
    PartitionIncludeSchemaTable: B
    IncludeTableAlterOperations: B
    IncludeControlDetails: B
    IncludeNullAndEmpty: B
    NoHexPrefix: B
    UseLargeIntegerValue: B

class KafkaSettings(TypedDict, total=False):
    Broker: S
    Topic: S
    MessageFormat: S
    IncludeTransactionDetails: B
    IncludePartitionValue: B
    PartitionIncludeSchemaTable: B
    IncludeTableAlterOperations: B
    IncludeControlDetails: B
    MessageMaxBytes: I
    IncludeNullAndEmpty: B
    SecurityProtocol: S
    SslClientCertificateArn: S
    SslClientKeyArn: S
    SslClientKeyPassword: S
    SslCaCertificateArn: S
    SaslUsername: S
    SaslPassword: S
    NoHexPrefix: B
    SaslMechanism: S
    SslEndpointIdentificationAlgorithm: S
    UseLargeIntegerValue: B

class ElasticsearchSettings(TypedDict, total=False):
    ServiceAccessRoleArn: S
    EndpointUri: S
    FullLoadErrorPercentage: I
    ErrorRetryDuration: I
    UseNewMappingType: B

class NeptuneSettings(TypedDict, total=False):
    ServiceAccessRoleArn: S
    S3BucketName: S
    S3BucketFolder: S
    ErrorRetryDuration: I
    MaxFileSize: I
    MaxRetryCount: I
    IamAuthEnabled: B

class RedshiftSettings(TypedDict, total=False):
    AcceptAnyDate: B
    AfterConnectScript: S
    BucketFolder: S
    BucketName: S
    CaseSensitiveNames: B
    CompUpdate: B
    ConnectionTimeout: I
    DatabaseName: S
    DateFormat: S
    EmptyAsNull: B
    EncryptionMode: S
    ExplicitIds: B
    FileTransferUploadStreams: I
    LoadTimeout: I
    MaxFileSize: I
    Password: S
    Port: I
    RemoveQuotes: B
    ReplaceInvalidChars: S
    ReplaceChars: S
    ServerName: S
    ServiceAccessRoleArn: S
    ServerSideEncryptionKmsKeyId: S
    TimeFormat: S
    TrimBlanks: B
    TruncateColumns: B
    Username: S
    WriteBufferSize: I
    SecretsManagerAccessRoleArn: S
    SecretsManagerSecretId: S
    MapBooleanAsBoolean: B

class PostgreSQLSettings(TypedDict, total=False):
    AfterConnectScript: S
    CaptureDdls: B
    MaxFileSize: I
    DatabaseName: S
    DdlArtifactsSchema: S
    ExecuteTimeout: I
    FailTasksOnLobTruncation: B
    HeartbeatEnable: B
    HeartbeatSchema: S
    HeartbeatFrequency: I
    Password: S
    Port: I
    ServerName: S
    Username: S
    SlotName: S
    PluginName: S
    SecretsManagerAccessRoleArn: S
    SecretsManagerSecretId: S
    TrimSpaceInChar: B
    MapBooleanAsBoolean: B
    MapJsonbAsClob: B
    MapLongVarcharAs: S
    DatabaseMode: S
    BabelfishDatabaseName: S
    DisableUnicodeSourceFilter: B
    ServiceAccessRoleArn: S
    AuthenticationMethod: S

class MySQLSettings(TypedDict, total=False):
    AfterConnectScript: S
    CleanSourceMetadataOnMismatch: B
    DatabaseName: S
    EventsPollInterval: I
    TargetDbType: S
    MaxFileSize: I
    ParallelLoadThreads: I
    Password: S
    Port: I
    ServerName: S
    ServerTimezone: S
    Username: S
    SecretsManagerAccessRoleArn: S
    SecretsManagerSecretId: S
    ExecuteTimeout: I
    ServiceAccessRoleArn: S
    AuthenticationMethod: S

class OracleSettings(TypedDict, total=False):
    AddSupplementalLogging: B
    ArchivedLogDestId: I
    AdditionalArchivedLogDestId: I
    ExtraArchivedLogDestIds: L[Ii]
    AllowSelectNestedTables: B
    ParallelAsmReadThreads: I
    ReadAheadBlocks: I
    AccessAlternateDirectly: B
    UseAlternateFolderForOnline: B
    OraclePathPrefix: S
    UsePathPrefix: S
    ReplacePathPrefix: B
    EnableHomogenousTablespace: B
    DirectPathNoLog: B
    ArchivedLogsOnly: B
    AsmPassword: S
    AsmServer: S
    AsmUser: S
    CharLengthSemantics: S
    DatabaseName: S
    DirectPathParallelLoad: B
    FailTasksOnLobTruncation: B
    NumberDatatypeScale: I
    Password: S
    Port: I
    ReadTableSpaceName: B
    RetryInterval: I
    SecurityDbEncryption: S
    SecurityDbEncryptionName: S
    ServerName: S
    SpatialDataOptionToGeoJsonFunctionName: S
    StandbyDelayTime: I
    Username: S
    UseBFile: B
    UseDirectPathFullLoad: B
    UseLogminerReader: B
    SecretsManagerAccessRoleArn: S
    SecretsManagerSecretId: S
    SecretsManagerOracleAsmAccessRoleArn: S
    SecretsManagerOracleAsmSecretId: S
    TrimSpaceInChar: B
    ConvertTimestampWithZoneToUTC: B
    OpenTransactionWindow: I
    AuthenticationMethod: S

class SybaseSettings(TypedDict, total=False):
    DatabaseName: S
    Password: S
    Port: I
    ServerName: S
    Username: S
    SecretsManagerAccessRoleArn: S
    SecretsManagerSecretId: S

class MicrosoftSQLServerSettings(TypedDict, total=False):
    Port: I
    BcpPacketSize: I
    DatabaseName: S
    ControlTablesFileGroup: S
    Password: S
    QuerySingleAlwaysOnNode: B
    ReadBackupOnly: B
    SafeguardPolicy: S
    ServerName: S
    Username: S
    UseBcpFullLoad: B
    UseThirdPartyBackupDevice: B
    SecretsManagerAccessRoleArn: S
    SecretsManagerSecretId: S
    TrimSpaceInChar: B
    TlogAccessMode: S
    ForceLobLookup: B
    AuthenticationMethod: S

class IBMDb2Settings(TypedDict, total=False):
    DatabaseName: S
    Password: S
    Port: I
    ServerName: S
    SetDataCaptureChanges: B
    CurrentLsn: S
    MaxKBytesPerRead: I
    Username: S
    SecretsManagerAccessRoleArn: S
    SecretsManagerSecretId: S
    LoadTimeout: I
    WriteBufferSize: I
    MaxFileSize: I
    KeepCsvFiles: B

class DocDbSettings(TypedDict, total=False):
    Username: S
    Password: S
    ServerName: S
    Port: I
    DatabaseName: S
    NestingLevel: S
    ExtractDocId: B
    DocsToInvestigate: I
    KmsKeyId: S
    SecretsManagerAccessRoleArn: S
    SecretsManagerSecretId: S
    UseUpdateLookUp: B
    ReplicateShardCollections: B

class RedisSettings(TypedDict, total=False):
    ServerName: S
    Port: I
    SslSecurityProtocol: S
    AuthType: S
    AuthUserName: S
    AuthPassword: S
    SslCaCertificateArn: S

class GcpMySQLSettings(TypedDict, total=False):
    AfterConnectScript: S
    CleanSourceMetadataOnMismatch: B
    DatabaseName: S
    EventsPollInterval: I
    TargetDbType: S
    MaxFileSize: I
    ParallelLoadThreads: I
    Password: S
    Port: I
    ServerName: S
    ServerTimezone: S
    Username: S
    SecretsManagerAccessRoleArn: S
    SecretsManagerSecretId: S

class TimestreamSettings(TypedDict, total=False):
    DatabaseName: S
    MemoryDuration: I
    MagneticDuration: I
    CdcInsertsAndUpdates: B
    EnableMagneticStoreWrites: B

CreateEndpointParameters = TypedDict(
    "CreateEndpointParameters",
    {
        "EndpointIdentifier": S,
        "EndpointIdentifier.$": str,
        "EndpointType": S,
        "EndpointType.$": str,
        "EngineName": S,
        "EngineName.$": str,
        "Username": S,
        "Username.$": str,
        "Password": S,
        "Password.$": str,
        "ServerName": S,
        "ServerName.$": str,
        "Port": I,
        "Port.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "ExtraConnectionAttributes": S,
        "ExtraConnectionAttributes.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CertificateArn": S,
        "CertificateArn.$": str,
        "SslMode": S,
        "SslMode.$": str,
        "ServiceAccessRoleArn": S,
        "ServiceAccessRoleArn.$": str,
        "ExternalTableDefinition": S,
        "ExternalTableDefinition.$": str,
        "DynamoDbSettings": X[DynamoDbSettings],
        "DynamoDbSettings.$": str,
        "S3Settings": X[S3Settings],
        "S3Settings.$": str,
        "DmsTransferSettings": X[DmsTransferSettings],
        "DmsTransferSettings.$": str,
        "MongoDbSettings": X[MongoDbSettings],
        "MongoDbSettings.$": str,
        "KinesisSettings": X[KinesisSettings],
        "KinesisSettings.$": str,
        "KafkaSettings": X[KafkaSettings],
        "KafkaSettings.$": str,
        "ElasticsearchSettings": X[ElasticsearchSettings],
        "ElasticsearchSettings.$": str,
        "NeptuneSettings": X[NeptuneSettings],
        "NeptuneSettings.$": str,
        "RedshiftSettings": X[RedshiftSettings],
        "RedshiftSettings.$": str,
        "PostgreSQLSettings": X[PostgreSQLSettings],
        "PostgreSQLSettings.$": str,
        "MySQLSettings": X[MySQLSettings],
        "MySQLSettings.$": str,
        "OracleSettings": X[OracleSettings],
        "OracleSettings.$": str,
        "SybaseSettings": X[SybaseSettings],
        "SybaseSettings.$": str,
        "MicrosoftSQLServerSettings": X[MicrosoftSQLServerSettings],
        "MicrosoftSQLServerSettings.$": str,
        "IbmDb2Settings": X[IBMDb2Settings],
        "IbmDb2Settings.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "DocDbSettings": X[DocDbSettings],
        "DocDbSettings.$": str,
        "RedisSettings": X[RedisSettings],
        "RedisSettings.$": str,
        "GcpMySQLSettings": X[GcpMySQLSettings],
        "GcpMySQLSettings.$": str,
        "TimestreamSettings": X[TimestreamSettings],
        "TimestreamSettings.$": str,
    },
    total=False,
)
CreateEventSubscriptionParameters = TypedDict(
    "CreateEventSubscriptionParameters",
    {
        "SubscriptionName": S,
        "SubscriptionName.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "EventCategories": L[Si],
        "EventCategories.$": str,
        "SourceIds": L[Si],
        "SourceIds.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateFleetAdvisorCollectorParameters = TypedDict(
    "CreateFleetAdvisorCollectorParameters",
    {
        "CollectorName": S,
        "CollectorName.$": str,
        "Description": S,
        "Description.$": str,
        "ServiceAccessRoleArn": S,
        "ServiceAccessRoleArn.$": str,
        "S3BucketName": S,
        "S3BucketName.$": str,
    },
    total=False,
)
CreateInstanceProfileParameters = TypedDict(
    "CreateInstanceProfileParameters",
    {
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "InstanceProfileName": S,
        "InstanceProfileName.$": str,
        "Description": S,
        "Description.$": str,
        "SubnetGroupIdentifier": S,
        "SubnetGroupIdentifier.$": str,
        "VpcSecurityGroups": L[Si],
        "VpcSecurityGroups.$": str,
    },
    total=False,
)

class DataProviderDescriptorDefinition(TypedDict, total=False):
    DataProviderIdentifier: S
    SecretsManagerSecretId: S
    SecretsManagerAccessRoleArn: S

class SCApplicationAttributes(TypedDict, total=False):
    S3BucketPath: S
    S3BucketRoleArn: S

CreateMigrationProjectParameters = TypedDict(
    "CreateMigrationProjectParameters",
    {
        "MigrationProjectName": S,
        "MigrationProjectName.$": str,
        "SourceDataProviderDescriptors": L[Xi[DataProviderDescriptorDefinition]],
        "SourceDataProviderDescriptors.$": str,
        "TargetDataProviderDescriptors": L[Xi[DataProviderDescriptorDefinition]],
        "TargetDataProviderDescriptors.$": str,
        "InstanceProfileIdentifier": S,
        "InstanceProfileIdentifier.$": str,
        "TransformationRules": S,
        "TransformationRules.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SchemaConversionApplicationAttributes": X[SCApplicationAttributes],
        "SchemaConversionApplicationAttributes.$": str,
    },
    total=False,
)

class ComputeConfig(TypedDict, total=False):
    AvailabilityZone: S
    DnsNameServers: S
    KmsKeyId: S
    MaxCapacityUnits: I
    MinCapacityUnits: I
    MultiAZ: B
    PreferredMaintenanceWindow: S
    ReplicationSubnetGroupId: S
    VpcSecurityGroupIds: L[Si]

CreateReplicationConfigParameters = TypedDict(
    "CreateReplicationConfigParameters",
    {
        "ReplicationConfigIdentifier": S,
        "ReplicationConfigIdentifier.$": str,
        "SourceEndpointArn": S,
        "SourceEndpointArn.$": str,
        "TargetEndpointArn": S,
        "TargetEndpointArn.$": str,
        "ComputeConfig": X[ComputeConfig],
        "ComputeConfig.$": str,
        "ReplicationType": S,
        "ReplicationType.$": str,
        "TableMappings": S,
        "TableMappings.$": str,
        "ReplicationSettings": S,
        "ReplicationSettings.$": str,
        "SupplementalSettings": S,
        "SupplementalSettings.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class KerberosAuthenticationSettings(TypedDict, total=False):
    KeyCacheSecretId: S
    KeyCacheSecretIamArn: S
    Krb5FileContents: S

CreateReplicationInstanceParameters = TypedDict(
    "CreateReplicationInstanceParameters",
    {
        "ReplicationInstanceIdentifier": S,
        "ReplicationInstanceIdentifier.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "ReplicationInstanceClass": S,
        "ReplicationInstanceClass.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "ReplicationSubnetGroupIdentifier": S,
        "ReplicationSubnetGroupIdentifier.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "DnsNameServers": S,
        "DnsNameServers.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "KerberosAuthenticationSettings": X[KerberosAuthenticationSettings],
        "KerberosAuthenticationSettings.$": str,
    },
    total=False,
)
CreateReplicationSubnetGroupParameters = TypedDict(
    "CreateReplicationSubnetGroupParameters",
    {
        "ReplicationSubnetGroupIdentifier": S,
        "ReplicationSubnetGroupIdentifier.$": str,
        "ReplicationSubnetGroupDescription": S,
        "ReplicationSubnetGroupDescription.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateReplicationTaskParameters = TypedDict(
    "CreateReplicationTaskParameters",
    {
        "ReplicationTaskIdentifier": S,
        "ReplicationTaskIdentifier.$": str,
        "SourceEndpointArn": S,
        "SourceEndpointArn.$": str,
        "TargetEndpointArn": S,
        "TargetEndpointArn.$": str,
        "ReplicationInstanceArn": S,
        "ReplicationInstanceArn.$": str,
        "MigrationType": S,
        "MigrationType.$": str,
        "TableMappings": S,
        "TableMappings.$": str,
        "ReplicationTaskSettings": S,
        "ReplicationTaskSettings.$": str,
        "CdcStartTime": T,
        "CdcStartTime.$": str,
        "CdcStartPosition": S,
        "CdcStartPosition.$": str,
        "CdcStopPosition": S,
        "CdcStopPosition.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TaskData": S,
        "TaskData.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
    },
    total=False,
)
DeleteCertificateParameters = TypedDict(
    "DeleteCertificateParameters", {"CertificateArn": S, "CertificateArn.$": str}, total=False
)
DeleteConnectionParameters = TypedDict(
    "DeleteConnectionParameters",
    {
        "EndpointArn": S,
        "EndpointArn.$": str,
        "ReplicationInstanceArn": S,
        "ReplicationInstanceArn.$": str,
    },
    total=False,
)
DeleteDataMigrationParameters = TypedDict(
    "DeleteDataMigrationParameters",
    {"DataMigrationIdentifier": S, "DataMigrationIdentifier.$": str},
    total=False,
)
DeleteDataProviderParameters = TypedDict(
    "DeleteDataProviderParameters",
    {"DataProviderIdentifier": S, "DataProviderIdentifier.$": str},
    total=False,
)
DeleteEndpointParameters = TypedDict(
    "DeleteEndpointParameters", {"EndpointArn": S, "EndpointArn.$": str}, total=False
)
DeleteEventSubscriptionParameters = TypedDict(
    "DeleteEventSubscriptionParameters",
    {"SubscriptionName": S, "SubscriptionName.$": str},
    total=False,
)
DeleteFleetAdvisorCollectorParameters = TypedDict(
    "DeleteFleetAdvisorCollectorParameters",
    {"CollectorReferencedId": S, "CollectorReferencedId.$": str},
    total=False,
)
DeleteFleetAdvisorDatabasesParameters = TypedDict(
    "DeleteFleetAdvisorDatabasesParameters",
    {"DatabaseIds": L[Si], "DatabaseIds.$": str},
    total=False,
)
DeleteInstanceProfileParameters = TypedDict(
    "DeleteInstanceProfileParameters",
    {"InstanceProfileIdentifier": S, "InstanceProfileIdentifier.$": str},
    total=False,
)
DeleteMigrationProjectParameters = TypedDict(
    "DeleteMigrationProjectParameters",
    {"MigrationProjectIdentifier": S, "MigrationProjectIdentifier.$": str},
    total=False,
)
DeleteReplicationConfigParameters = TypedDict(
    "DeleteReplicationConfigParameters",
    {"ReplicationConfigArn": S, "ReplicationConfigArn.$": str},
    total=False,
)
DeleteReplicationInstanceParameters = TypedDict(
    "DeleteReplicationInstanceParameters",
    {"ReplicationInstanceArn": S, "ReplicationInstanceArn.$": str},
    total=False,
)
DeleteReplicationSubnetGroupParameters = TypedDict(
    "DeleteReplicationSubnetGroupParameters",
    {"ReplicationSubnetGroupIdentifier": S, "ReplicationSubnetGroupIdentifier.$": str},
    total=False,
)
DeleteReplicationTaskParameters = TypedDict(
    "DeleteReplicationTaskParameters",
    {"ReplicationTaskArn": S, "ReplicationTaskArn.$": str},
    total=False,
)
DeleteReplicationTaskAssessmentRunParameters = TypedDict(
    "DeleteReplicationTaskAssessmentRunParameters",
    {"ReplicationTaskAssessmentRunArn": S, "ReplicationTaskAssessmentRunArn.$": str},
    total=False,
)

class DescribeAccountAttributesParameters(TypedDict, total=False): ...

DescribeApplicableIndividualAssessmentsParameters = TypedDict(
    "DescribeApplicableIndividualAssessmentsParameters",
    {
        "ReplicationTaskArn": S,
        "ReplicationTaskArn.$": str,
        "ReplicationInstanceArn": S,
        "ReplicationInstanceArn.$": str,
        "ReplicationConfigArn": S,
        "ReplicationConfigArn.$": str,
        "SourceEngineName": S,
        "SourceEngineName.$": str,
        "TargetEngineName": S,
        "TargetEngineName.$": str,
        "MigrationType": S,
        "MigrationType.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeCertificatesParameters = TypedDict(
    "DescribeCertificatesParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeConnectionsParameters = TypedDict(
    "DescribeConnectionsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeConversionConfigurationParameters = TypedDict(
    "DescribeConversionConfigurationParameters",
    {"MigrationProjectIdentifier": S, "MigrationProjectIdentifier.$": str},
    total=False,
)
DescribeDataMigrationsParameters = TypedDict(
    "DescribeDataMigrationsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "WithoutSettings": B,
        "WithoutSettings.$": str,
        "WithoutStatistics": B,
        "WithoutStatistics.$": str,
    },
    total=False,
)
DescribeDataProvidersParameters = TypedDict(
    "DescribeDataProvidersParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEndpointSettingsParameters = TypedDict(
    "DescribeEndpointSettingsParameters",
    {
        "EngineName": S,
        "EngineName.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEndpointTypesParameters = TypedDict(
    "DescribeEndpointTypesParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEndpointsParameters = TypedDict(
    "DescribeEndpointsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEngineVersionsParameters = TypedDict(
    "DescribeEngineVersionsParameters",
    {"MaxRecords": I, "MaxRecords.$": str, "Marker": S, "Marker.$": str},
    total=False,
)
DescribeEventCategoriesParameters = TypedDict(
    "DescribeEventCategoriesParameters",
    {"SourceType": S, "SourceType.$": str, "Filters": L[Xi[Filter]], "Filters.$": str},
    total=False,
)
DescribeEventSubscriptionsParameters = TypedDict(
    "DescribeEventSubscriptionsParameters",
    {
        "SubscriptionName": S,
        "SubscriptionName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEventsParameters = TypedDict(
    "DescribeEventsParameters",
    {
        "SourceIdentifier": S,
        "SourceIdentifier.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Duration": I,
        "Duration.$": str,
        "EventCategories": L[Si],
        "EventCategories.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeExtensionPackAssociationsParameters = TypedDict(
    "DescribeExtensionPackAssociationsParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeFleetAdvisorCollectorsParameters = TypedDict(
    "DescribeFleetAdvisorCollectorsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFleetAdvisorDatabasesParameters = TypedDict(
    "DescribeFleetAdvisorDatabasesParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFleetAdvisorLsaAnalysisParameters = TypedDict(
    "DescribeFleetAdvisorLsaAnalysisParameters",
    {"MaxRecords": I, "MaxRecords.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeFleetAdvisorSchemaObjectSummaryParameters = TypedDict(
    "DescribeFleetAdvisorSchemaObjectSummaryParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFleetAdvisorSchemasParameters = TypedDict(
    "DescribeFleetAdvisorSchemasParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeInstanceProfilesParameters = TypedDict(
    "DescribeInstanceProfilesParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeMetadataModelParameters = TypedDict(
    "DescribeMetadataModelParameters",
    {
        "SelectionRules": S,
        "SelectionRules.$": str,
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "Origin": S,
        "Origin.$": str,
    },
    total=False,
)
DescribeMetadataModelAssessmentsParameters = TypedDict(
    "DescribeMetadataModelAssessmentsParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeMetadataModelChildrenParameters = TypedDict(
    "DescribeMetadataModelChildrenParameters",
    {
        "SelectionRules": S,
        "SelectionRules.$": str,
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "Origin": S,
        "Origin.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeMetadataModelConversionsParameters = TypedDict(
    "DescribeMetadataModelConversionsParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeMetadataModelCreationsParameters = TypedDict(
    "DescribeMetadataModelCreationsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
    },
    total=False,
)
DescribeMetadataModelExportsAsScriptParameters = TypedDict(
    "DescribeMetadataModelExportsAsScriptParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeMetadataModelExportsToTargetParameters = TypedDict(
    "DescribeMetadataModelExportsToTargetParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeMetadataModelImportsParameters = TypedDict(
    "DescribeMetadataModelImportsParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeMigrationProjectsParameters = TypedDict(
    "DescribeMigrationProjectsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeOrderableReplicationInstancesParameters = TypedDict(
    "DescribeOrderableReplicationInstancesParameters",
    {"MaxRecords": I, "MaxRecords.$": str, "Marker": S, "Marker.$": str},
    total=False,
)
DescribePendingMaintenanceActionsParameters = TypedDict(
    "DescribePendingMaintenanceActionsParameters",
    {
        "ReplicationInstanceArn": S,
        "ReplicationInstanceArn.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeRecommendationLimitationsParameters = TypedDict(
    "DescribeRecommendationLimitationsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeRecommendationsParameters = TypedDict(
    "DescribeRecommendationsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeRefreshSchemasStatusParameters = TypedDict(
    "DescribeRefreshSchemasStatusParameters", {"EndpointArn": S, "EndpointArn.$": str}, total=False
)
DescribeReplicationConfigsParameters = TypedDict(
    "DescribeReplicationConfigsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReplicationInstanceTaskLogsParameters = TypedDict(
    "DescribeReplicationInstanceTaskLogsParameters",
    {
        "ReplicationInstanceArn": S,
        "ReplicationInstanceArn.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReplicationInstancesParameters = TypedDict(
    "DescribeReplicationInstancesParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReplicationSubnetGroupsParameters = TypedDict(
    "DescribeReplicationSubnetGroupsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReplicationTableStatisticsParameters = TypedDict(
    "DescribeReplicationTableStatisticsParameters",
    {
        "ReplicationConfigArn": S,
        "ReplicationConfigArn.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeReplicationTaskAssessmentResultsParameters = TypedDict(
    "DescribeReplicationTaskAssessmentResultsParameters",
    {
        "ReplicationTaskArn": S,
        "ReplicationTaskArn.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReplicationTaskAssessmentRunsParameters = TypedDict(
    "DescribeReplicationTaskAssessmentRunsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReplicationTaskIndividualAssessmentsParameters = TypedDict(
    "DescribeReplicationTaskIndividualAssessmentsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReplicationTasksParameters = TypedDict(
    "DescribeReplicationTasksParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "WithoutSettings": B,
        "WithoutSettings.$": str,
    },
    total=False,
)
DescribeReplicationsParameters = TypedDict(
    "DescribeReplicationsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeSchemasParameters = TypedDict(
    "DescribeSchemasParameters",
    {
        "EndpointArn": S,
        "EndpointArn.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeTableStatisticsParameters = TypedDict(
    "DescribeTableStatisticsParameters",
    {
        "ReplicationTaskArn": S,
        "ReplicationTaskArn.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ExportMetadataModelAssessmentParameters = TypedDict(
    "ExportMetadataModelAssessmentParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "SelectionRules": S,
        "SelectionRules.$": str,
        "FileName": S,
        "FileName.$": str,
        "AssessmentReportTypes": L[Si],
        "AssessmentReportTypes.$": str,
    },
    total=False,
)
GetTargetSelectionRulesParameters = TypedDict(
    "GetTargetSelectionRulesParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "SelectionRules": S,
        "SelectionRules.$": str,
    },
    total=False,
)
ImportCertificateParameters = TypedDict(
    "ImportCertificateParameters",
    {
        "CertificateIdentifier": S,
        "CertificateIdentifier.$": str,
        "CertificatePem": S,
        "CertificatePem.$": str,
        "CertificateWallet": S,
        "CertificateWallet.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "ResourceArnList": L[Si], "ResourceArnList.$": str},
    total=False,
)
ModifyConversionConfigurationParameters = TypedDict(
    "ModifyConversionConfigurationParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "ConversionConfiguration": S,
        "ConversionConfiguration.$": str,
    },
    total=False,
)
ModifyDataMigrationParameters = TypedDict(
    "ModifyDataMigrationParameters",
    {
        "DataMigrationIdentifier": S,
        "DataMigrationIdentifier.$": str,
        "DataMigrationName": S,
        "DataMigrationName.$": str,
        "EnableCloudwatchLogs": B,
        "EnableCloudwatchLogs.$": str,
        "ServiceAccessRoleArn": S,
        "ServiceAccessRoleArn.$": str,
        "DataMigrationType": S,
        "DataMigrationType.$": str,
        "SourceDataSettings": L[Xi[SourceDataSetting]],
        "SourceDataSettings.$": str,
        "TargetDataSettings": L[Xi[TargetDataSetting]],
        "TargetDataSettings.$": str,
        "NumberOfJobs": I,
        "NumberOfJobs.$": str,
        "SelectionRules": S,
        "SelectionRules.$": str,
    },
    total=False,
)
ModifyDataProviderParameters = TypedDict(
    "ModifyDataProviderParameters",
    {
        "DataProviderIdentifier": S,
        "DataProviderIdentifier.$": str,
        "DataProviderName": S,
        "DataProviderName.$": str,
        "Description": S,
        "Description.$": str,
        "Engine": S,
        "Engine.$": str,
        "Virtual": B,
        "Virtual.$": str,
        "ExactSettings": B,
        "ExactSettings.$": str,
        "Settings": X[DataProviderSettings],
        "Settings.$": str,
    },
    total=False,
)
ModifyEndpointParameters = TypedDict(
    "ModifyEndpointParameters",
    {
        "EndpointArn": S,
        "EndpointArn.$": str,
        "EndpointIdentifier": S,
        "EndpointIdentifier.$": str,
        "EndpointType": S,
        "EndpointType.$": str,
        "EngineName": S,
        "EngineName.$": str,
        "Username": S,
        "Username.$": str,
        "Password": S,
        "Password.$": str,
        "ServerName": S,
        "ServerName.$": str,
        "Port": I,
        "Port.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "ExtraConnectionAttributes": S,
        "ExtraConnectionAttributes.$": str,
        "CertificateArn": S,
        "CertificateArn.$": str,
        "SslMode": S,
        "SslMode.$": str,
        "ServiceAccessRoleArn": S,
        "ServiceAccessRoleArn.$": str,
        "ExternalTableDefinition": S,
        "ExternalTableDefinition.$": str,
        "DynamoDbSettings": X[DynamoDbSettings],
        "DynamoDbSettings.$": str,
        "S3Settings": X[S3Settings],
        "S3Settings.$": str,
        "DmsTransferSettings": X[DmsTransferSettings],
        "DmsTransferSettings.$": str,
        "MongoDbSettings": X[MongoDbSettings],
        "MongoDbSettings.$": str,
        "KinesisSettings": X[KinesisSettings],
        "KinesisSettings.$": str,
        "KafkaSettings": X[KafkaSettings],
        "KafkaSettings.$": str,
        "ElasticsearchSettings": X[ElasticsearchSettings],
        "ElasticsearchSettings.$": str,
        "NeptuneSettings": X[NeptuneSettings],
        "NeptuneSettings.$": str,
        "RedshiftSettings": X[RedshiftSettings],
        "RedshiftSettings.$": str,
        "PostgreSQLSettings": X[PostgreSQLSettings],
        "PostgreSQLSettings.$": str,
        "MySQLSettings": X[MySQLSettings],
        "MySQLSettings.$": str,
        "OracleSettings": X[OracleSettings],
        "OracleSettings.$": str,
        "SybaseSettings": X[SybaseSettings],
        "SybaseSettings.$": str,
        "MicrosoftSQLServerSettings": X[MicrosoftSQLServerSettings],
        "MicrosoftSQLServerSettings.$": str,
        "IbmDb2Settings": X[IBMDb2Settings],
        "IbmDb2Settings.$": str,
        "DocDbSettings": X[DocDbSettings],
        "DocDbSettings.$": str,
        "RedisSettings": X[RedisSettings],
        "RedisSettings.$": str,
        "ExactSettings": B,
        "ExactSettings.$": str,
        "GcpMySQLSettings": X[GcpMySQLSettings],
        "GcpMySQLSettings.$": str,
        "TimestreamSettings": X[TimestreamSettings],
        "TimestreamSettings.$": str,
    },
    total=False,
)
ModifyEventSubscriptionParameters = TypedDict(
    "ModifyEventSubscriptionParameters",
    {
        "SubscriptionName": S,
        "SubscriptionName.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "EventCategories": L[Si],
        "EventCategories.$": str,
        "Enabled": B,
        "Enabled.$": str,
    },
    total=False,
)
ModifyInstanceProfileParameters = TypedDict(
    "ModifyInstanceProfileParameters",
    {
        "InstanceProfileIdentifier": S,
        "InstanceProfileIdentifier.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "InstanceProfileName": S,
        "InstanceProfileName.$": str,
        "Description": S,
        "Description.$": str,
        "SubnetGroupIdentifier": S,
        "SubnetGroupIdentifier.$": str,
        "VpcSecurityGroups": L[Si],
        "VpcSecurityGroups.$": str,
    },
    total=False,
)
ModifyMigrationProjectParameters = TypedDict(
    "ModifyMigrationProjectParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "MigrationProjectName": S,
        "MigrationProjectName.$": str,
        "SourceDataProviderDescriptors": L[Xi[DataProviderDescriptorDefinition]],
        "SourceDataProviderDescriptors.$": str,
        "TargetDataProviderDescriptors": L[Xi[DataProviderDescriptorDefinition]],
        "TargetDataProviderDescriptors.$": str,
        "InstanceProfileIdentifier": S,
        "InstanceProfileIdentifier.$": str,
        "TransformationRules": S,
        "TransformationRules.$": str,
        "Description": S,
        "Description.$": str,
        "SchemaConversionApplicationAttributes": X[SCApplicationAttributes],
        "SchemaConversionApplicationAttributes.$": str,
    },
    total=False,
)
ModifyReplicationConfigParameters = TypedDict(
    "ModifyReplicationConfigParameters",
    {
        "ReplicationConfigArn": S,
        "ReplicationConfigArn.$": str,
        "ReplicationConfigIdentifier": S,
        "ReplicationConfigIdentifier.$": str,
        "ReplicationType": S,
        "ReplicationType.$": str,
        "TableMappings": S,
        "TableMappings.$": str,
        "ReplicationSettings": S,
        "ReplicationSettings.$": str,
        "SupplementalSettings": S,
        "SupplementalSettings.$": str,
        "ComputeConfig": X[ComputeConfig],
        "ComputeConfig.$": str,
        "SourceEndpointArn": S,
        "SourceEndpointArn.$": str,
        "TargetEndpointArn": S,
        "TargetEndpointArn.$": str,
    },
    total=False,
)
ModifyReplicationInstanceParameters = TypedDict(
    "ModifyReplicationInstanceParameters",
    {
        "ReplicationInstanceArn": S,
        "ReplicationInstanceArn.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
        "ReplicationInstanceClass": S,
        "ReplicationInstanceClass.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "MultiAZ": B,
        "MultiAZ.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "AllowMajorVersionUpgrade": B,
        "AllowMajorVersionUpgrade.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "ReplicationInstanceIdentifier": S,
        "ReplicationInstanceIdentifier.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "KerberosAuthenticationSettings": X[KerberosAuthenticationSettings],
        "KerberosAuthenticationSettings.$": str,
    },
    total=False,
)
ModifyReplicationSubnetGroupParameters = TypedDict(
    "ModifyReplicationSubnetGroupParameters",
    {
        "ReplicationSubnetGroupIdentifier": S,
        "ReplicationSubnetGroupIdentifier.$": str,
        "ReplicationSubnetGroupDescription": S,
        "ReplicationSubnetGroupDescription.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
    },
    total=False,
)
ModifyReplicationTaskParameters = TypedDict(
    "ModifyReplicationTaskParameters",
    {
        "ReplicationTaskArn": S,
        "ReplicationTaskArn.$": str,
        "ReplicationTaskIdentifier": S,
        "ReplicationTaskIdentifier.$": str,
        "MigrationType": S,
        "MigrationType.$": str,
        "TableMappings": S,
        "TableMappings.$": str,
        "ReplicationTaskSettings": S,
        "ReplicationTaskSettings.$": str,
        "CdcStartTime": T,
        "CdcStartTime.$": str,
        "CdcStartPosition": S,
        "CdcStartPosition.$": str,
        "CdcStopPosition": S,
        "CdcStopPosition.$": str,
        "TaskData": S,
        "TaskData.$": str,
    },
    total=False,
)
MoveReplicationTaskParameters = TypedDict(
    "MoveReplicationTaskParameters",
    {
        "ReplicationTaskArn": S,
        "ReplicationTaskArn.$": str,
        "TargetReplicationInstanceArn": S,
        "TargetReplicationInstanceArn.$": str,
    },
    total=False,
)
RebootReplicationInstanceParameters = TypedDict(
    "RebootReplicationInstanceParameters",
    {
        "ReplicationInstanceArn": S,
        "ReplicationInstanceArn.$": str,
        "ForceFailover": B,
        "ForceFailover.$": str,
        "ForcePlannedFailover": B,
        "ForcePlannedFailover.$": str,
    },
    total=False,
)
RefreshSchemasParameters = TypedDict(
    "RefreshSchemasParameters",
    {
        "EndpointArn": S,
        "EndpointArn.$": str,
        "ReplicationInstanceArn": S,
        "ReplicationInstanceArn.$": str,
    },
    total=False,
)

class TableToReload(TypedDict, total=False):
    SchemaName: S
    TableName: S

ReloadReplicationTablesParameters = TypedDict(
    "ReloadReplicationTablesParameters",
    {
        "ReplicationConfigArn": S,
        "ReplicationConfigArn.$": str,
        "TablesToReload": L[Xi[TableToReload]],
        "TablesToReload.$": str,
        "ReloadOption": S,
        "ReloadOption.$": str,
    },
    total=False,
)
ReloadTablesParameters = TypedDict(
    "ReloadTablesParameters",
    {
        "ReplicationTaskArn": S,
        "ReplicationTaskArn.$": str,
        "TablesToReload": L[Xi[TableToReload]],
        "TablesToReload.$": str,
        "ReloadOption": S,
        "ReloadOption.$": str,
    },
    total=False,
)
RemoveTagsFromResourceParameters = TypedDict(
    "RemoveTagsFromResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class RunFleetAdvisorLsaAnalysisParameters(TypedDict, total=False): ...

StartDataMigrationParameters = TypedDict(
    "StartDataMigrationParameters",
    {
        "DataMigrationIdentifier": S,
        "DataMigrationIdentifier.$": str,
        "StartType": S,
        "StartType.$": str,
    },
    total=False,
)
StartExtensionPackAssociationParameters = TypedDict(
    "StartExtensionPackAssociationParameters",
    {"MigrationProjectIdentifier": S, "MigrationProjectIdentifier.$": str},
    total=False,
)
StartMetadataModelAssessmentParameters = TypedDict(
    "StartMetadataModelAssessmentParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "SelectionRules": S,
        "SelectionRules.$": str,
    },
    total=False,
)
StartMetadataModelConversionParameters = TypedDict(
    "StartMetadataModelConversionParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "SelectionRules": S,
        "SelectionRules.$": str,
    },
    total=False,
)

class StatementProperties(TypedDict, total=False):
    Definition: S

class MetadataModelProperties(TypedDict, total=False):
    StatementProperties: X[StatementProperties]

StartMetadataModelCreationParameters = TypedDict(
    "StartMetadataModelCreationParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "SelectionRules": S,
        "SelectionRules.$": str,
        "MetadataModelName": S,
        "MetadataModelName.$": str,
        "Properties": X[MetadataModelProperties],
        "Properties.$": str,
    },
    total=False,
)
StartMetadataModelExportAsScriptParameters = TypedDict(
    "StartMetadataModelExportAsScriptParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "SelectionRules": S,
        "SelectionRules.$": str,
        "Origin": S,
        "Origin.$": str,
        "FileName": S,
        "FileName.$": str,
    },
    total=False,
)
StartMetadataModelExportToTargetParameters = TypedDict(
    "StartMetadataModelExportToTargetParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "SelectionRules": S,
        "SelectionRules.$": str,
        "OverwriteExtensionPack": B,
        "OverwriteExtensionPack.$": str,
    },
    total=False,
)
StartMetadataModelImportParameters = TypedDict(
    "StartMetadataModelImportParameters",
    {
        "MigrationProjectIdentifier": S,
        "MigrationProjectIdentifier.$": str,
        "SelectionRules": S,
        "SelectionRules.$": str,
        "Origin": S,
        "Origin.$": str,
        "Refresh": B,
        "Refresh.$": str,
    },
    total=False,
)
StartRecommendationsParameters = TypedDict(
    "StartRecommendationsParameters",
    {
        "DatabaseId": S,
        "DatabaseId.$": str,
        "Settings": X[RecommendationSettings],
        "Settings.$": str,
    },
    total=False,
)
StartReplicationParameters = TypedDict(
    "StartReplicationParameters",
    {
        "ReplicationConfigArn": S,
        "ReplicationConfigArn.$": str,
        "StartReplicationType": S,
        "StartReplicationType.$": str,
        "PremigrationAssessmentSettings": S,
        "PremigrationAssessmentSettings.$": str,
        "CdcStartTime": T,
        "CdcStartTime.$": str,
        "CdcStartPosition": S,
        "CdcStartPosition.$": str,
        "CdcStopPosition": S,
        "CdcStopPosition.$": str,
    },
    total=False,
)
StartReplicationTaskParameters = TypedDict(
    "StartReplicationTaskParameters",
    {
        "ReplicationTaskArn": S,
        "ReplicationTaskArn.$": str,
        "StartReplicationTaskType": S,
        "StartReplicationTaskType.$": str,
        "CdcStartTime": T,
        "CdcStartTime.$": str,
        "CdcStartPosition": S,
        "CdcStartPosition.$": str,
        "CdcStopPosition": S,
        "CdcStopPosition.$": str,
    },
    total=False,
)
StartReplicationTaskAssessmentParameters = TypedDict(
    "StartReplicationTaskAssessmentParameters",
    {"ReplicationTaskArn": S, "ReplicationTaskArn.$": str},
    total=False,
)
StartReplicationTaskAssessmentRunParameters = TypedDict(
    "StartReplicationTaskAssessmentRunParameters",
    {
        "ReplicationTaskArn": S,
        "ReplicationTaskArn.$": str,
        "ServiceAccessRoleArn": S,
        "ServiceAccessRoleArn.$": str,
        "ResultLocationBucket": S,
        "ResultLocationBucket.$": str,
        "ResultLocationFolder": S,
        "ResultLocationFolder.$": str,
        "ResultEncryptionMode": S,
        "ResultEncryptionMode.$": str,
        "ResultKmsKeyArn": S,
        "ResultKmsKeyArn.$": str,
        "AssessmentRunName": S,
        "AssessmentRunName.$": str,
        "IncludeOnly": L[Si],
        "IncludeOnly.$": str,
        "Exclude": L[Si],
        "Exclude.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StopDataMigrationParameters = TypedDict(
    "StopDataMigrationParameters",
    {"DataMigrationIdentifier": S, "DataMigrationIdentifier.$": str},
    total=False,
)
StopReplicationParameters = TypedDict(
    "StopReplicationParameters",
    {"ReplicationConfigArn": S, "ReplicationConfigArn.$": str},
    total=False,
)
StopReplicationTaskParameters = TypedDict(
    "StopReplicationTaskParameters",
    {"ReplicationTaskArn": S, "ReplicationTaskArn.$": str},
    total=False,
)
TestConnectionParameters = TypedDict(
    "TestConnectionParameters",
    {
        "ReplicationInstanceArn": S,
        "ReplicationInstanceArn.$": str,
        "EndpointArn": S,
        "EndpointArn.$": str,
    },
    total=False,
)
UpdateSubscriptionsToEventBridgeParameters = TypedDict(
    "UpdateSubscriptionsToEventBridgeParameters", {"ForceMove": B, "ForceMove.$": str}, total=False
)
add_tags_to_resource: Builder[AddTagsToResourceParameters]
apply_pending_maintenance_action: Builder[ApplyPendingMaintenanceActionParameters]
batch_start_recommendations: Builder[BatchStartRecommendationsParameters]
cancel_metadata_model_conversion: Builder[CancelMetadataModelConversionParameters]
cancel_metadata_model_creation: Builder[CancelMetadataModelCreationParameters]
cancel_replication_task_assessment_run: Builder[CancelReplicationTaskAssessmentRunParameters]
create_data_migration: Builder[CreateDataMigrationParameters]
create_data_provider: Builder[CreateDataProviderParameters]
create_endpoint: Builder[CreateEndpointParameters]
create_event_subscription: Builder[CreateEventSubscriptionParameters]
create_fleet_advisor_collector: Builder[CreateFleetAdvisorCollectorParameters]
create_instance_profile: Builder[CreateInstanceProfileParameters]
create_migration_project: Builder[CreateMigrationProjectParameters]
create_replication_config: Builder[CreateReplicationConfigParameters]
create_replication_instance: Builder[CreateReplicationInstanceParameters]
create_replication_subnet_group: Builder[CreateReplicationSubnetGroupParameters]
create_replication_task: Builder[CreateReplicationTaskParameters]
delete_certificate: Builder[DeleteCertificateParameters]
delete_connection: Builder[DeleteConnectionParameters]
delete_data_migration: Builder[DeleteDataMigrationParameters]
delete_data_provider: Builder[DeleteDataProviderParameters]
delete_endpoint: Builder[DeleteEndpointParameters]
delete_event_subscription: Builder[DeleteEventSubscriptionParameters]
delete_fleet_advisor_collector: Builder[DeleteFleetAdvisorCollectorParameters]
delete_fleet_advisor_databases: Builder[DeleteFleetAdvisorDatabasesParameters]
delete_instance_profile: Builder[DeleteInstanceProfileParameters]
delete_migration_project: Builder[DeleteMigrationProjectParameters]
delete_replication_config: Builder[DeleteReplicationConfigParameters]
delete_replication_instance: Builder[DeleteReplicationInstanceParameters]
delete_replication_subnet_group: Builder[DeleteReplicationSubnetGroupParameters]
delete_replication_task: Builder[DeleteReplicationTaskParameters]
delete_replication_task_assessment_run: Builder[DeleteReplicationTaskAssessmentRunParameters]
describe_account_attributes: Builder[DescribeAccountAttributesParameters]
describe_applicable_individual_assessments: Builder[
    DescribeApplicableIndividualAssessmentsParameters
]
describe_certificates: Builder[DescribeCertificatesParameters]
describe_connections: Builder[DescribeConnectionsParameters]
describe_conversion_configuration: Builder[DescribeConversionConfigurationParameters]
describe_data_migrations: Builder[DescribeDataMigrationsParameters]
describe_data_providers: Builder[DescribeDataProvidersParameters]
describe_endpoint_settings: Builder[DescribeEndpointSettingsParameters]
describe_endpoint_types: Builder[DescribeEndpointTypesParameters]
describe_endpoints: Builder[DescribeEndpointsParameters]
describe_engine_versions: Builder[DescribeEngineVersionsParameters]
describe_event_categories: Builder[DescribeEventCategoriesParameters]
describe_event_subscriptions: Builder[DescribeEventSubscriptionsParameters]
describe_events: Builder[DescribeEventsParameters]
describe_extension_pack_associations: Builder[DescribeExtensionPackAssociationsParameters]
describe_fleet_advisor_collectors: Builder[DescribeFleetAdvisorCollectorsParameters]
describe_fleet_advisor_databases: Builder[DescribeFleetAdvisorDatabasesParameters]
describe_fleet_advisor_lsa_analysis: Builder[DescribeFleetAdvisorLsaAnalysisParameters]
describe_fleet_advisor_schema_object_summary: Builder[
    DescribeFleetAdvisorSchemaObjectSummaryParameters
]
describe_fleet_advisor_schemas: Builder[DescribeFleetAdvisorSchemasParameters]
describe_instance_profiles: Builder[DescribeInstanceProfilesParameters]
describe_metadata_model: Builder[DescribeMetadataModelParameters]
describe_metadata_model_assessments: Builder[DescribeMetadataModelAssessmentsParameters]
describe_metadata_model_children: Builder[DescribeMetadataModelChildrenParameters]
describe_metadata_model_conversions: Builder[DescribeMetadataModelConversionsParameters]
describe_metadata_model_creations: Builder[DescribeMetadataModelCreationsParameters]
describe_metadata_model_exports_as_script: Builder[DescribeMetadataModelExportsAsScriptParameters]
describe_metadata_model_exports_to_target: Builder[DescribeMetadataModelExportsToTargetParameters]
describe_metadata_model_imports: Builder[DescribeMetadataModelImportsParameters]
describe_migration_projects: Builder[DescribeMigrationProjectsParameters]
describe_orderable_replication_instances: Builder[DescribeOrderableReplicationInstancesParameters]
describe_pending_maintenance_actions: Builder[DescribePendingMaintenanceActionsParameters]
describe_recommendation_limitations: Builder[DescribeRecommendationLimitationsParameters]
describe_recommendations: Builder[DescribeRecommendationsParameters]
describe_refresh_schemas_status: Builder[DescribeRefreshSchemasStatusParameters]
describe_replication_configs: Builder[DescribeReplicationConfigsParameters]
describe_replication_instance_task_logs: Builder[DescribeReplicationInstanceTaskLogsParameters]
describe_replication_instances: Builder[DescribeReplicationInstancesParameters]
describe_replication_subnet_groups: Builder[DescribeReplicationSubnetGroupsParameters]
describe_replication_table_statistics: Builder[DescribeReplicationTableStatisticsParameters]
describe_replication_task_assessment_results: Builder[
    DescribeReplicationTaskAssessmentResultsParameters
]
describe_replication_task_assessment_runs: Builder[DescribeReplicationTaskAssessmentRunsParameters]
describe_replication_task_individual_assessments: Builder[
    DescribeReplicationTaskIndividualAssessmentsParameters
]
describe_replication_tasks: Builder[DescribeReplicationTasksParameters]
describe_replications: Builder[DescribeReplicationsParameters]
describe_schemas: Builder[DescribeSchemasParameters]
describe_table_statistics: Builder[DescribeTableStatisticsParameters]
export_metadata_model_assessment: Builder[ExportMetadataModelAssessmentParameters]
get_target_selection_rules: Builder[GetTargetSelectionRulesParameters]
import_certificate: Builder[ImportCertificateParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
modify_conversion_configuration: Builder[ModifyConversionConfigurationParameters]
modify_data_migration: Builder[ModifyDataMigrationParameters]
modify_data_provider: Builder[ModifyDataProviderParameters]
modify_endpoint: Builder[ModifyEndpointParameters]
modify_event_subscription: Builder[ModifyEventSubscriptionParameters]
modify_instance_profile: Builder[ModifyInstanceProfileParameters]
modify_migration_project: Builder[ModifyMigrationProjectParameters]
modify_replication_config: Builder[ModifyReplicationConfigParameters]
modify_replication_instance: Builder[ModifyReplicationInstanceParameters]
modify_replication_subnet_group: Builder[ModifyReplicationSubnetGroupParameters]
modify_replication_task: Builder[ModifyReplicationTaskParameters]
move_replication_task: Builder[MoveReplicationTaskParameters]
reboot_replication_instance: Builder[RebootReplicationInstanceParameters]
refresh_schemas: Builder[RefreshSchemasParameters]
reload_replication_tables: Builder[ReloadReplicationTablesParameters]
reload_tables: Builder[ReloadTablesParameters]
remove_tags_from_resource: Builder[RemoveTagsFromResourceParameters]
run_fleet_advisor_lsa_analysis: Builder[RunFleetAdvisorLsaAnalysisParameters]
start_data_migration: Builder[StartDataMigrationParameters]
start_extension_pack_association: Builder[StartExtensionPackAssociationParameters]
start_metadata_model_assessment: Builder[StartMetadataModelAssessmentParameters]
start_metadata_model_conversion: Builder[StartMetadataModelConversionParameters]
start_metadata_model_creation: Builder[StartMetadataModelCreationParameters]
start_metadata_model_export_as_script: Builder[StartMetadataModelExportAsScriptParameters]
start_metadata_model_export_to_target: Builder[StartMetadataModelExportToTargetParameters]
start_metadata_model_import: Builder[StartMetadataModelImportParameters]
start_recommendations: Builder[StartRecommendationsParameters]
start_replication: Builder[StartReplicationParameters]
start_replication_task: Builder[StartReplicationTaskParameters]
start_replication_task_assessment: Builder[StartReplicationTaskAssessmentParameters]
start_replication_task_assessment_run: Builder[StartReplicationTaskAssessmentRunParameters]
stop_data_migration: Builder[StopDataMigrationParameters]
stop_replication: Builder[StopReplicationParameters]
stop_replication_task: Builder[StopReplicationTaskParameters]
test_connection: Builder[TestConnectionParameters]
update_subscriptions_to_event_bridge: Builder[UpdateSubscriptionsToEventBridgeParameters]

__all__ = [
    "add_tags_to_resource",
    "apply_pending_maintenance_action",
    "batch_start_recommendations",
    "cancel_metadata_model_conversion",
    "cancel_metadata_model_creation",
    "cancel_replication_task_assessment_run",
    "create_data_migration",
    "create_data_provider",
    "create_endpoint",
    "create_event_subscription",
    "create_fleet_advisor_collector",
    "create_instance_profile",
    "create_migration_project",
    "create_replication_config",
    "create_replication_instance",
    "create_replication_subnet_group",
    "create_replication_task",
    "delete_certificate",
    "delete_connection",
    "delete_data_migration",
    "delete_data_provider",
    "delete_endpoint",
    "delete_event_subscription",
    "delete_fleet_advisor_collector",
    "delete_fleet_advisor_databases",
    "delete_instance_profile",
    "delete_migration_project",
    "delete_replication_config",
    "delete_replication_instance",
    "delete_replication_subnet_group",
    "delete_replication_task",
    "delete_replication_task_assessment_run",
    "describe_account_attributes",
    "describe_applicable_individual_assessments",
    "describe_certificates",
    "describe_connections",
    "describe_conversion_configuration",
    "describe_data_migrations",
    "describe_data_providers",
    "describe_endpoint_settings",
    "describe_endpoint_types",
    "describe_endpoints",
    "describe_engine_versions",
    "describe_event_categories",
    "describe_event_subscriptions",
    "describe_events",
    "describe_extension_pack_associations",
    "describe_fleet_advisor_collectors",
    "describe_fleet_advisor_databases",
    "describe_fleet_advisor_lsa_analysis",
    "describe_fleet_advisor_schema_object_summary",
    "describe_fleet_advisor_schemas",
    "describe_instance_profiles",
    "describe_metadata_model",
    "describe_metadata_model_assessments",
    "describe_metadata_model_children",
    "describe_metadata_model_conversions",
    "describe_metadata_model_creations",
    "describe_metadata_model_exports_as_script",
    "describe_metadata_model_exports_to_target",
    "describe_metadata_model_imports",
    "describe_migration_projects",
    "describe_orderable_replication_instances",
    "describe_pending_maintenance_actions",
    "describe_recommendation_limitations",
    "describe_recommendations",
    "describe_refresh_schemas_status",
    "describe_replication_configs",
    "describe_replication_instance_task_logs",
    "describe_replication_instances",
    "describe_replication_subnet_groups",
    "describe_replication_table_statistics",
    "describe_replication_task_assessment_results",
    "describe_replication_task_assessment_runs",
    "describe_replication_task_individual_assessments",
    "describe_replication_tasks",
    "describe_replications",
    "describe_schemas",
    "describe_table_statistics",
    "export_metadata_model_assessment",
    "get_target_selection_rules",
    "import_certificate",
    "list_tags_for_resource",
    "modify_conversion_configuration",
    "modify_data_migration",
    "modify_data_provider",
    "modify_endpoint",
    "modify_event_subscription",
    "modify_instance_profile",
    "modify_migration_project",
    "modify_replication_config",
    "modify_replication_instance",
    "modify_replication_subnet_group",
    "modify_replication_task",
    "move_replication_task",
    "reboot_replication_instance",
    "refresh_schemas",
    "reload_replication_tables",
    "reload_tables",
    "remove_tags_from_resource",
    "run_fleet_advisor_lsa_analysis",
    "start_data_migration",
    "start_extension_pack_association",
    "start_metadata_model_assessment",
    "start_metadata_model_conversion",
    "start_metadata_model_creation",
    "start_metadata_model_export_as_script",
    "start_metadata_model_export_to_target",
    "start_metadata_model_import",
    "start_recommendations",
    "start_replication",
    "start_replication_task",
    "start_replication_task_assessment",
    "start_replication_task_assessment_run",
    "stop_data_migration",
    "stop_replication",
    "stop_replication_task",
    "test_connection",
    "update_subscriptions_to_event_bridge",
]
