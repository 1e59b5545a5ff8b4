"""Typed builders of the AWS SDK integration of kinesisanalyticsv2 (``aws-sdk:kinesisanalyticsv2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class CloudWatchLoggingOption(TypedDict, total=False):
    LogStreamARN: S

AddApplicationCloudWatchLoggingOptionParameters = TypedDict(
    "AddApplicationCloudWatchLoggingOptionParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "CloudWatchLoggingOption": X[CloudWatchLoggingOption],
        "CloudWatchLoggingOption.$": str,
        "ConditionalToken": S,
        "ConditionalToken.$": str,
    },
    total=False,
)

class InputLambdaProcessor(TypedDict, total=False):
    ResourceARN: S

class InputProcessingConfiguration(TypedDict, total=False):
    InputLambdaProcessor: X[InputLambdaProcessor]

class KinesisStreamsInput(TypedDict, total=False):
    ResourceARN: S

class KinesisFirehoseInput(TypedDict, total=False):
    ResourceARN: S

class InputParallelism(TypedDict, total=False):
    Count: I

class JSONMappingParameters(TypedDict, total=False):
    RecordRowPath: S

class CSVMappingParameters(TypedDict, total=False):
    RecordRowDelimiter: S
    RecordColumnDelimiter: S

class MappingParameters(TypedDict, total=False):
    JsonMappingParameters: X[JSONMappingParameters]
    CsvMappingParameters: X[CSVMappingParameters]

class RecordFormat(TypedDict, total=False):
    RecordFormatType: S
    MappingParameters: X[MappingParameters]

class RecordColumn(TypedDict, total=False):
    Name: S
    Mapping: S
    SqlType: S

class SourceSchema(TypedDict, total=False):
    RecordFormat: X[RecordFormat]
    RecordEncoding: S
    RecordColumns: L[Xi[RecordColumn]]

class Input(TypedDict, total=False):
    NamePrefix: S
    InputProcessingConfiguration: X[InputProcessingConfiguration]
    KinesisStreamsInput: X[KinesisStreamsInput]
    KinesisFirehoseInput: X[KinesisFirehoseInput]
    InputParallelism: X[InputParallelism]
    InputSchema: X[SourceSchema]

AddApplicationInputParameters = TypedDict(
    "AddApplicationInputParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "Input": X[Input],
        "Input.$": str,
    },
    total=False,
)
AddApplicationInputProcessingConfigurationParameters = TypedDict(
    "AddApplicationInputProcessingConfigurationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "InputId": S,
        "InputId.$": str,
        "InputProcessingConfiguration": X[InputProcessingConfiguration],
        "InputProcessingConfiguration.$": str,
    },
    total=False,
)

class KinesisStreamsOutput(TypedDict, total=False):
    ResourceARN: S

class KinesisFirehoseOutput(TypedDict, total=False):
    ResourceARN: S

class LambdaOutput(TypedDict, total=False):
    ResourceARN: S

class DestinationSchema(TypedDict, total=False):
    RecordFormatType: S

class Output(TypedDict, total=False):
    Name: S
    KinesisStreamsOutput: X[KinesisStreamsOutput]
    KinesisFirehoseOutput: X[KinesisFirehoseOutput]
    LambdaOutput: X[LambdaOutput]
    DestinationSchema: X[DestinationSchema]

AddApplicationOutputParameters = TypedDict(
    "AddApplicationOutputParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "Output": X[Output],
        "Output.$": str,
    },
    total=False,
)

class S3ReferenceDataSource(TypedDict, total=False):
    BucketARN: S
    FileKey: S

class ReferenceDataSource(TypedDict, total=False):
    TableName: S
    S3ReferenceDataSource: X[S3ReferenceDataSource]
    ReferenceSchema: X[SourceSchema]

AddApplicationReferenceDataSourceParameters = TypedDict(
    "AddApplicationReferenceDataSourceParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "ReferenceDataSource": X[ReferenceDataSource],
        "ReferenceDataSource.$": str,
    },
    total=False,
)

class VpcConfiguration(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]

AddApplicationVpcConfigurationParameters = TypedDict(
    "AddApplicationVpcConfigurationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "VpcConfiguration": X[VpcConfiguration],
        "VpcConfiguration.$": str,
        "ConditionalToken": S,
        "ConditionalToken.$": str,
    },
    total=False,
)

class SqlApplicationConfiguration(TypedDict, total=False):
    Inputs: L[Xi[Input]]
    Outputs: L[Xi[Output]]
    ReferenceDataSources: L[Xi[ReferenceDataSource]]

class CheckpointConfiguration(TypedDict, total=False):
    ConfigurationType: S
    CheckpointingEnabled: B
    CheckpointInterval: I
    MinPauseBetweenCheckpoints: I

class MonitoringConfiguration(TypedDict, total=False):
    ConfigurationType: S
    MetricsLevel: S
    LogLevel: S

class ParallelismConfiguration(TypedDict, total=False):
    ConfigurationType: S
    Parallelism: I
    ParallelismPerKPU: I
    AutoScalingEnabled: B

class FlinkApplicationConfiguration(TypedDict, total=False):
    CheckpointConfiguration: X[CheckpointConfiguration]
    MonitoringConfiguration: X[MonitoringConfiguration]
    ParallelismConfiguration: X[ParallelismConfiguration]

class PropertyGroup(TypedDict, total=False):
    PropertyGroupId: S
    PropertyMap: M[S]

class EnvironmentProperties(TypedDict, total=False):
    PropertyGroups: L[Xi[PropertyGroup]]

class S3ContentLocation(TypedDict, total=False):
    BucketARN: S
    FileKey: S
    ObjectVersion: S

class CodeContent(TypedDict, total=False):
    TextContent: S
    ZipFileContent: S
    S3ContentLocation: X[S3ContentLocation]

class ApplicationCodeConfiguration(TypedDict, total=False):
    CodeContent: X[CodeContent]
    CodeContentType: S

class ApplicationSnapshotConfiguration(TypedDict, total=False):
    SnapshotsEnabled: B
    SnapshotMode: S

class ApplicationSystemRollbackConfiguration(TypedDict, total=False):
    RollbackEnabled: B

class ZeppelinMonitoringConfiguration(TypedDict, total=False):
    LogLevel: S

class GlueDataCatalogConfiguration(TypedDict, total=False):
    DatabaseARN: S

class CatalogConfiguration(TypedDict, total=False):
    GlueDataCatalogConfiguration: X[GlueDataCatalogConfiguration]

class S3ContentBaseLocation(TypedDict, total=False):
    BucketARN: S
    BasePath: S

class DeployAsApplicationConfiguration(TypedDict, total=False):
    S3ContentLocation: X[S3ContentBaseLocation]

class MavenReference(TypedDict, total=False):
    GroupId: S
    ArtifactId: S
    Version: S

class CustomArtifactConfiguration(TypedDict, total=False):
    ArtifactType: S
    S3ContentLocation: X[S3ContentLocation]
    MavenReference: X[MavenReference]

class ZeppelinApplicationConfiguration(TypedDict, total=False):
    MonitoringConfiguration: X[ZeppelinMonitoringConfiguration]
    CatalogConfiguration: X[CatalogConfiguration]
    DeployAsApplicationConfiguration: X[DeployAsApplicationConfiguration]
    CustomArtifactsConfiguration: L[Xi[CustomArtifactConfiguration]]

class ApplicationEncryptionConfiguration(TypedDict, total=False):
    KeyId: S
    KeyType: S

class ApplicationConfiguration(TypedDict, total=False):
    SqlApplicationConfiguration: X[SqlApplicationConfiguration]
    FlinkApplicationConfiguration: X[FlinkApplicationConfiguration]
    EnvironmentProperties: X[EnvironmentProperties]
    ApplicationCodeConfiguration: X[ApplicationCodeConfiguration]
    ApplicationSnapshotConfiguration: X[ApplicationSnapshotConfiguration]
    ApplicationSystemRollbackConfiguration: X[ApplicationSystemRollbackConfiguration]
    VpcConfigurations: L[Xi[VpcConfiguration]]
    ZeppelinApplicationConfiguration: X[ZeppelinApplicationConfiguration]
    ApplicationEncryptionConfiguration: X[ApplicationEncryptionConfiguration]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "ApplicationDescription": S,
        "ApplicationDescription.$": str,
        "RuntimeEnvironment": S,
        "RuntimeEnvironment.$": str,
        "ServiceExecutionRole": S,
        "ServiceExecutionRole.$": str,
        "ApplicationConfiguration": X[ApplicationConfiguration],
        "ApplicationConfiguration.$": str,
        "CloudWatchLoggingOptions": L[Xi[CloudWatchLoggingOption]],
        "CloudWatchLoggingOptions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ApplicationMode": S,
        "ApplicationMode.$": str,
    },
    total=False,
)
CreateApplicationPresignedUrlParameters = TypedDict(
    "CreateApplicationPresignedUrlParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "UrlType": S,
        "UrlType.$": str,
        "SessionExpirationDurationInSeconds": I,
        "SessionExpirationDurationInSeconds.$": str,
    },
    total=False,
)
CreateApplicationSnapshotParameters = TypedDict(
    "CreateApplicationSnapshotParameters",
    {"ApplicationName": S, "ApplicationName.$": str, "SnapshotName": S, "SnapshotName.$": str},
    total=False,
)
CreateSnapshotParameters = TypedDict(
    "CreateSnapshotParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "SnapshotDescription": S,
        "SnapshotDescription.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CreateTimestamp": T,
        "CreateTimestamp.$": str,
    },
    total=False,
)
DeleteApplicationCloudWatchLoggingOptionParameters = TypedDict(
    "DeleteApplicationCloudWatchLoggingOptionParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "CloudWatchLoggingOptionId": S,
        "CloudWatchLoggingOptionId.$": str,
        "ConditionalToken": S,
        "ConditionalToken.$": str,
    },
    total=False,
)
DeleteApplicationInputProcessingConfigurationParameters = TypedDict(
    "DeleteApplicationInputProcessingConfigurationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "InputId": S,
        "InputId.$": str,
    },
    total=False,
)
DeleteApplicationOutputParameters = TypedDict(
    "DeleteApplicationOutputParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "OutputId": S,
        "OutputId.$": str,
    },
    total=False,
)
DeleteApplicationReferenceDataSourceParameters = TypedDict(
    "DeleteApplicationReferenceDataSourceParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "ReferenceId": S,
        "ReferenceId.$": str,
    },
    total=False,
)
DeleteApplicationSnapshotParameters = TypedDict(
    "DeleteApplicationSnapshotParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "SnapshotCreationTimestamp": T,
        "SnapshotCreationTimestamp.$": str,
    },
    total=False,
)
DeleteApplicationVpcConfigurationParameters = TypedDict(
    "DeleteApplicationVpcConfigurationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "VpcConfigurationId": S,
        "VpcConfigurationId.$": str,
        "ConditionalToken": S,
        "ConditionalToken.$": str,
    },
    total=False,
)
DeleteSnapshotParameters = TypedDict(
    "DeleteSnapshotParameters",
    {
        "SnapshotName": S,
        "SnapshotName.$": str,
        "SnapshotCreationTimestamp": T,
        "SnapshotCreationTimestamp.$": str,
    },
    total=False,
)
DescribeApplicationParameters = TypedDict(
    "DescribeApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "IncludeAdditionalDetails": B,
        "IncludeAdditionalDetails.$": str,
    },
    total=False,
)
DescribeApplicationOperationParameters = TypedDict(
    "DescribeApplicationOperationParameters",
    {"ApplicationName": S, "ApplicationName.$": str, "OperationId": S, "OperationId.$": str},
    total=False,
)
DescribeApplicationSnapshotParameters = TypedDict(
    "DescribeApplicationSnapshotParameters",
    {"ApplicationName": S, "ApplicationName.$": str, "SnapshotName": S, "SnapshotName.$": str},
    total=False,
)
DescribeApplicationVersionParameters = TypedDict(
    "DescribeApplicationVersionParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "ApplicationVersionId": I,
        "ApplicationVersionId.$": str,
    },
    total=False,
)
DescribeSnapshotParameters = TypedDict(
    "DescribeSnapshotParameters", {"SnapshotName": S, "SnapshotName.$": str}, total=False
)
DescribeSnapshotOperationParameters = TypedDict(
    "DescribeSnapshotOperationParameters",
    {
        "SnapshotName": S,
        "SnapshotName.$": str,
        "SnapshotOperationId": S,
        "SnapshotOperationId.$": str,
    },
    total=False,
)

class InputStartingPositionConfiguration(TypedDict, total=False):
    InputStartingPosition: S

class S3Configuration(TypedDict, total=False):
    BucketARN: S
    FileKey: S

DiscoverInputSchemaParameters = TypedDict(
    "DiscoverInputSchemaParameters",
    {
        "ResourceARN": S,
        "ResourceARN.$": str,
        "ServiceExecutionRole": S,
        "ServiceExecutionRole.$": str,
        "InputStartingPositionConfiguration": X[InputStartingPositionConfiguration],
        "InputStartingPositionConfiguration.$": str,
        "S3Configuration": X[S3Configuration],
        "S3Configuration.$": str,
        "InputProcessingConfiguration": X[InputProcessingConfiguration],
        "InputProcessingConfiguration.$": str,
    },
    total=False,
)

class SnapshotEncryptionConfiguration(TypedDict, total=False):
    KeyId: S
    KeyType: S

class S3PrefixLocation(TypedDict, total=False):
    BucketARN: S
    KeyPrefix: S

class ExportDestinationConfiguration(TypedDict, total=False):
    DestinationType: S
    ExportRoleArn: S
    DestinationEncryptionConfiguration: X[SnapshotEncryptionConfiguration]
    DestinationS3PrefixLocation: X[S3PrefixLocation]

ExportSnapshotParameters = TypedDict(
    "ExportSnapshotParameters",
    {
        "SnapshotName": S,
        "SnapshotName.$": str,
        "ExportDestinationConfiguration": X[ExportDestinationConfiguration],
        "ExportDestinationConfiguration.$": str,
    },
    total=False,
)

class ImportSourceConfiguration(TypedDict, total=False):
    SourceType: S
    ImportRoleArn: S
    SourceEncryptionConfiguration: X[SnapshotEncryptionConfiguration]
    SourceS3PrefixLocation: X[S3PrefixLocation]

ImportSnapshotParameters = TypedDict(
    "ImportSnapshotParameters",
    {
        "SnapshotName": S,
        "SnapshotName.$": str,
        "ImportSourceConfiguration": X[ImportSourceConfiguration],
        "ImportSourceConfiguration.$": str,
        "DestinationEncryptionConfiguration": X[SnapshotEncryptionConfiguration],
        "DestinationEncryptionConfiguration.$": str,
        "SnapshotDescription": S,
        "SnapshotDescription.$": str,
        "SnapshotFormat": S,
        "SnapshotFormat.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
ListApplicationOperationsParameters = TypedDict(
    "ListApplicationOperationsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Operation": S,
        "Operation.$": str,
        "OperationStatus": S,
        "OperationStatus.$": str,
    },
    total=False,
)
ListApplicationSnapshotsParameters = TypedDict(
    "ListApplicationSnapshotsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListApplicationVersionsParameters = TypedDict(
    "ListApplicationVersionsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {"Limit": I, "Limit.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListSnapshotOperationsParameters = TypedDict(
    "ListSnapshotOperationsParameters",
    {
        "SnapshotName": S,
        "SnapshotName.$": str,
        "SnapshotOperation": S,
        "SnapshotOperation.$": str,
        "SnapshotOperationStatus": S,
        "SnapshotOperationStatus.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSnapshotsParameters = TypedDict(
    "ListSnapshotsParameters",
    {
        "SourceApplicationName": S,
        "SourceApplicationName.$": str,
        "SnapshotInitiator": S,
        "SnapshotInitiator.$": str,
        "SnapshotInitiatorOperation": S,
        "SnapshotInitiatorOperation.$": str,
        "SnapshotStatus": S,
        "SnapshotStatus.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
RollbackApplicationParameters = TypedDict(
    "RollbackApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
    },
    total=False,
)

class FlinkRunConfiguration(TypedDict, total=False):
    AllowNonRestoredState: B

class SqlRunConfiguration(TypedDict, total=False):
    InputId: S
    InputStartingPositionConfiguration: X[InputStartingPositionConfiguration]

class ApplicationRestoreConfiguration(TypedDict, total=False):
    ApplicationRestoreType: S
    SnapshotName: S
    SnapshotArn: S

class RunConfiguration(TypedDict, total=False):
    FlinkRunConfiguration: X[FlinkRunConfiguration]
    SqlRunConfigurations: L[Xi[SqlRunConfiguration]]
    ApplicationRestoreConfiguration: X[ApplicationRestoreConfiguration]

StartApplicationParameters = TypedDict(
    "StartApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "RunConfiguration": X[RunConfiguration],
        "RunConfiguration.$": str,
    },
    total=False,
)
StopApplicationParameters = TypedDict(
    "StopApplicationParameters",
    {"ApplicationName": S, "ApplicationName.$": str, "Force": B, "Force.$": str},
    total=False,
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

class InputLambdaProcessorUpdate(TypedDict, total=False):
    ResourceARNUpdate: S

class InputProcessingConfigurationUpdate(TypedDict, total=False):
    InputLambdaProcessorUpdate: X[InputLambdaProcessorUpdate]

class KinesisStreamsInputUpdate(TypedDict, total=False):
    ResourceARNUpdate: S

class KinesisFirehoseInputUpdate(TypedDict, total=False):
    ResourceARNUpdate: S

class InputSchemaUpdate(TypedDict, total=False):
    RecordFormatUpdate: X[RecordFormat]
    RecordEncodingUpdate: S
    RecordColumnUpdates: L[Xi[RecordColumn]]

class InputParallelismUpdate(TypedDict, total=False):
    CountUpdate: I

class InputUpdate(TypedDict, total=False):
    InputId: S
    NamePrefixUpdate: S
    InputProcessingConfigurationUpdate: X[InputProcessingConfigurationUpdate]
    KinesisStreamsInputUpdate: X[KinesisStreamsInputUpdate]
    KinesisFirehoseInputUpdate: X[KinesisFirehoseInputUpdate]
    InputSchemaUpdate: X[InputSchemaUpdate]
    InputParallelismUpdate: X[InputParallelismUpdate]

class KinesisStreamsOutputUpdate(TypedDict, total=False):
    ResourceARNUpdate: S

class KinesisFirehoseOutputUpdate(TypedDict, total=False):
    ResourceARNUpdate: S

class LambdaOutputUpdate(TypedDict, total=False):
    ResourceARNUpdate: S

class OutputUpdate(TypedDict, total=False):
    OutputId: S
    NameUpdate: S
    KinesisStreamsOutputUpdate: X[KinesisStreamsOutputUpdate]
    KinesisFirehoseOutputUpdate: X[KinesisFirehoseOutputUpdate]
    LambdaOutputUpdate: X[LambdaOutputUpdate]
    DestinationSchemaUpdate: X[DestinationSchema]

class S3ReferenceDataSourceUpdate(TypedDict, total=False):
    BucketARNUpdate: S
    FileKeyUpdate: S

class ReferenceDataSourceUpdate(TypedDict, total=False):
    ReferenceId: S
    TableNameUpdate: S
    S3ReferenceDataSourceUpdate: X[S3ReferenceDataSourceUpdate]
    ReferenceSchemaUpdate: X[SourceSchema]

class SqlApplicationConfigurationUpdate(TypedDict, total=False):
    InputUpdates: L[Xi[InputUpdate]]
    OutputUpdates: L[Xi[OutputUpdate]]
    ReferenceDataSourceUpdates: L[Xi[ReferenceDataSourceUpdate]]

class S3ContentLocationUpdate(TypedDict, total=False):
    BucketARNUpdate: S
    FileKeyUpdate: S
    ObjectVersionUpdate: S

class CodeContentUpdate(TypedDict, total=False):
    TextContentUpdate: S
    ZipFileContentUpdate: S
    S3ContentLocationUpdate: X[S3ContentLocationUpdate]

class ApplicationCodeConfigurationUpdate(TypedDict, total=False):
    CodeContentTypeUpdate: S
    CodeContentUpdate: X[CodeContentUpdate]

class CheckpointConfigurationUpdate(TypedDict, total=False):
    ConfigurationTypeUpdate: S
    CheckpointingEnabledUpdate: B
    CheckpointIntervalUpdate: I
    MinPauseBetweenCheckpointsUpdate: I

class MonitoringConfigurationUpdate(TypedDict, total=False):
    ConfigurationTypeUpdate: S
    MetricsLevelUpdate: S
    LogLevelUpdate: S

class ParallelismConfigurationUpdate(TypedDict, total=False):
    ConfigurationTypeUpdate: S
    ParallelismUpdate: I
    ParallelismPerKPUUpdate: I
    AutoScalingEnabledUpdate: B

class FlinkApplicationConfigurationUpdate(TypedDict, total=False):
    CheckpointConfigurationUpdate: X[CheckpointConfigurationUpdate]
    MonitoringConfigurationUpdate: X[MonitoringConfigurationUpdate]
    ParallelismConfigurationUpdate: X[ParallelismConfigurationUpdate]

class EnvironmentPropertyUpdates(TypedDict, total=False):
    PropertyGroups: L[Xi[PropertyGroup]]

class ApplicationSnapshotConfigurationUpdate(TypedDict, total=False):
    SnapshotsEnabledUpdate: B
    SnapshotModeUpdate: S

class ApplicationSystemRollbackConfigurationUpdate(TypedDict, total=False):
    RollbackEnabledUpdate: B

class VpcConfigurationUpdate(TypedDict, total=False):
    VpcConfigurationId: S
    SubnetIdUpdates: L[Si]
    SecurityGroupIdUpdates: L[Si]

class ZeppelinMonitoringConfigurationUpdate(TypedDict, total=False):
    LogLevelUpdate: S

class GlueDataCatalogConfigurationUpdate(TypedDict, total=False):
    DatabaseARNUpdate: S

class CatalogConfigurationUpdate(TypedDict, total=False):
    GlueDataCatalogConfigurationUpdate: X[GlueDataCatalogConfigurationUpdate]

class S3ContentBaseLocationUpdate(TypedDict, total=False):
    BucketARNUpdate: S
    BasePathUpdate: S

class DeployAsApplicationConfigurationUpdate(TypedDict, total=False):
    S3ContentLocationUpdate: X[S3ContentBaseLocationUpdate]

class ZeppelinApplicationConfigurationUpdate(TypedDict, total=False):
    MonitoringConfigurationUpdate: X[ZeppelinMonitoringConfigurationUpdate]
    CatalogConfigurationUpdate: X[CatalogConfigurationUpdate]
    DeployAsApplicationConfigurationUpdate: X[DeployAsApplicationConfigurationUpdate]
    CustomArtifactsConfigurationUpdate: L[Xi[CustomArtifactConfiguration]]

class ApplicationEncryptionConfigurationUpdate(TypedDict, total=False):
    KeyIdUpdate: S
    KeyTypeUpdate: S

class ApplicationConfigurationUpdate(TypedDict, total=False):
    SqlApplicationConfigurationUpdate: X[SqlApplicationConfigurationUpdate]
    ApplicationCodeConfigurationUpdate: X[ApplicationCodeConfigurationUpdate]
    FlinkApplicationConfigurationUpdate: X[FlinkApplicationConfigurationUpdate]
    EnvironmentPropertyUpdates: X[EnvironmentPropertyUpdates]
    ApplicationSnapshotConfigurationUpdate: X[ApplicationSnapshotConfigurationUpdate]
    ApplicationSystemRollbackConfigurationUpdate: X[ApplicationSystemRollbackConfigurationUpdate]
    VpcConfigurationUpdates: L[Xi[VpcConfigurationUpdate]]
    ZeppelinApplicationConfigurationUpdate: X[ZeppelinApplicationConfigurationUpdate]
    ApplicationEncryptionConfigurationUpdate: X[ApplicationEncryptionConfigurationUpdate]

class RunConfigurationUpdate(TypedDict, total=False):
    FlinkRunConfiguration: X[FlinkRunConfiguration]
    ApplicationRestoreConfiguration: X[ApplicationRestoreConfiguration]

class CloudWatchLoggingOptionUpdate(TypedDict, total=False):
    CloudWatchLoggingOptionId: S
    LogStreamARNUpdate: S

UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentApplicationVersionId": I,
        "CurrentApplicationVersionId.$": str,
        "ApplicationConfigurationUpdate": X[ApplicationConfigurationUpdate],
        "ApplicationConfigurationUpdate.$": str,
        "ServiceExecutionRoleUpdate": S,
        "ServiceExecutionRoleUpdate.$": str,
        "RunConfigurationUpdate": X[RunConfigurationUpdate],
        "RunConfigurationUpdate.$": str,
        "CloudWatchLoggingOptionUpdates": L[Xi[CloudWatchLoggingOptionUpdate]],
        "CloudWatchLoggingOptionUpdates.$": str,
        "ConditionalToken": S,
        "ConditionalToken.$": str,
        "RuntimeEnvironmentUpdate": S,
        "RuntimeEnvironmentUpdate.$": str,
    },
    total=False,
)

class ApplicationMaintenanceConfigurationUpdate(TypedDict, total=False):
    ApplicationMaintenanceWindowStartTimeUpdate: S

UpdateApplicationMaintenanceConfigurationParameters = TypedDict(
    "UpdateApplicationMaintenanceConfigurationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "ApplicationMaintenanceConfigurationUpdate": X[ApplicationMaintenanceConfigurationUpdate],
        "ApplicationMaintenanceConfigurationUpdate.$": str,
    },
    total=False,
)
add_application_cloud_watch_logging_option: Builder[AddApplicationCloudWatchLoggingOptionParameters]
add_application_input: Builder[AddApplicationInputParameters]
add_application_input_processing_configuration: Builder[
    AddApplicationInputProcessingConfigurationParameters
]
add_application_output: Builder[AddApplicationOutputParameters]
add_application_reference_data_source: Builder[AddApplicationReferenceDataSourceParameters]
add_application_vpc_configuration: Builder[AddApplicationVpcConfigurationParameters]
create_application: Builder[CreateApplicationParameters]
create_application_presigned_url: Builder[CreateApplicationPresignedUrlParameters]
create_application_snapshot: Builder[CreateApplicationSnapshotParameters]
create_snapshot: Builder[CreateSnapshotParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_application_cloud_watch_logging_option: Builder[
    DeleteApplicationCloudWatchLoggingOptionParameters
]
delete_application_input_processing_configuration: Builder[
    DeleteApplicationInputProcessingConfigurationParameters
]
delete_application_output: Builder[DeleteApplicationOutputParameters]
delete_application_reference_data_source: Builder[DeleteApplicationReferenceDataSourceParameters]
delete_application_snapshot: Builder[DeleteApplicationSnapshotParameters]
delete_application_vpc_configuration: Builder[DeleteApplicationVpcConfigurationParameters]
delete_snapshot: Builder[DeleteSnapshotParameters]
describe_application: Builder[DescribeApplicationParameters]
describe_application_operation: Builder[DescribeApplicationOperationParameters]
describe_application_snapshot: Builder[DescribeApplicationSnapshotParameters]
describe_application_version: Builder[DescribeApplicationVersionParameters]
describe_snapshot: Builder[DescribeSnapshotParameters]
describe_snapshot_operation: Builder[DescribeSnapshotOperationParameters]
discover_input_schema: Builder[DiscoverInputSchemaParameters]
export_snapshot: Builder[ExportSnapshotParameters]
import_snapshot: Builder[ImportSnapshotParameters]
list_application_operations: Builder[ListApplicationOperationsParameters]
list_application_snapshots: Builder[ListApplicationSnapshotsParameters]
list_application_versions: Builder[ListApplicationVersionsParameters]
list_applications: Builder[ListApplicationsParameters]
list_snapshot_operations: Builder[ListSnapshotOperationsParameters]
list_snapshots: Builder[ListSnapshotsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
rollback_application: Builder[RollbackApplicationParameters]
start_application: Builder[StartApplicationParameters]
stop_application: Builder[StopApplicationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_application: Builder[UpdateApplicationParameters]
update_application_maintenance_configuration: Builder[
    UpdateApplicationMaintenanceConfigurationParameters
]

__all__ = [
    "add_application_cloud_watch_logging_option",
    "add_application_input",
    "add_application_input_processing_configuration",
    "add_application_output",
    "add_application_reference_data_source",
    "add_application_vpc_configuration",
    "create_application",
    "create_application_presigned_url",
    "create_application_snapshot",
    "create_snapshot",
    "delete_application",
    "delete_application_cloud_watch_logging_option",
    "delete_application_input_processing_configuration",
    "delete_application_output",
    "delete_application_reference_data_source",
    "delete_application_snapshot",
    "delete_application_vpc_configuration",
    "delete_snapshot",
    "describe_application",
    "describe_application_operation",
    "describe_application_snapshot",
    "describe_application_version",
    "describe_snapshot",
    "describe_snapshot_operation",
    "discover_input_schema",
    "export_snapshot",
    "import_snapshot",
    "list_application_operations",
    "list_application_snapshots",
    "list_application_versions",
    "list_applications",
    "list_snapshot_operations",
    "list_snapshots",
    "list_tags_for_resource",
    "rollback_application",
    "start_application",
    "stop_application",
    "tag_resource",
    "untag_resource",
    "update_application",
    "update_application_maintenance_configuration",
]
