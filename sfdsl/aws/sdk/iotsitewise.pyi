"""Typed builders of the AWS SDK integration of iotsitewise (``aws-sdk:iotsitewise:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

AssociateAssetsParameters = TypedDict(
    "AssociateAssetsParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "HierarchyId": S,
        "HierarchyId.$": str,
        "ChildAssetId": S,
        "ChildAssetId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateTimeSeriesToAssetPropertyParameters = TypedDict(
    "AssociateTimeSeriesToAssetPropertyParameters",
    {
        "Alias": S,
        "Alias.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "PropertyId": S,
        "PropertyId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class TimeInNanos(TypedDict, total=False):
    TimeInSeconds: I
    OffsetInNanos: I

class AssociateDataSegmentEntry(TypedDict, total=False):
    SourceDatasetId: S
    TimeSeriesId: S
    StartTimestamp: X[TimeInNanos]
    EndTimestamp: X[TimeInNanos]

BatchAssociateDataSegmentsToDatasetParameters = TypedDict(
    "BatchAssociateDataSegmentsToDatasetParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "AssociateDataSegmentEntries": L[Xi[AssociateDataSegmentEntry]],
        "AssociateDataSegmentEntries.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
BatchAssociateProjectAssetsParameters = TypedDict(
    "BatchAssociateProjectAssetsParameters",
    {
        "ProjectId": S,
        "ProjectId.$": str,
        "AssetIds": L[Si],
        "AssetIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class DeleteDataSegmentEntry(TypedDict, total=False):
    TimeSeriesId: S
    StartTimestamp: X[TimeInNanos]
    EndTimestamp: X[TimeInNanos]

BatchDeleteDatasetDataSegmentsParameters = TypedDict(
    "BatchDeleteDatasetDataSegmentsParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "DeleteDataSegmentEntries": L[Xi[DeleteDataSegmentEntry]],
        "DeleteDataSegmentEntries.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class DisassociateDataSegmentEntry(TypedDict, total=False):
    SourceDatasetId: S
    TimeSeriesId: S
    StartTimestamp: X[TimeInNanos]
    EndTimestamp: X[TimeInNanos]

BatchDisassociateDataSegmentsFromDatasetParameters = TypedDict(
    "BatchDisassociateDataSegmentsFromDatasetParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "DisassociateDataSegmentEntries": L[Xi[DisassociateDataSegmentEntry]],
        "DisassociateDataSegmentEntries.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
BatchDisassociateProjectAssetsParameters = TypedDict(
    "BatchDisassociateProjectAssetsParameters",
    {
        "ProjectId": S,
        "ProjectId.$": str,
        "AssetIds": L[Si],
        "AssetIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class BatchGetAssetPropertyAggregatesEntry(TypedDict, total=False):
    EntryId: S
    AssetId: S
    PropertyId: S
    PropertyAlias: S
    AggregateTypes: L[Si]
    Resolution: S
    StartDate: T
    EndDate: T
    Qualities: L[Si]
    TimeOrdering: S

BatchGetAssetPropertyAggregatesParameters = TypedDict(
    "BatchGetAssetPropertyAggregatesParameters",
    {
        "Entries": L[Xi[BatchGetAssetPropertyAggregatesEntry]],
        "Entries.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class BatchGetAssetPropertyValueEntry(TypedDict, total=False):
    EntryId: S
    AssetId: S
    PropertyId: S
    PropertyAlias: S

BatchGetAssetPropertyValueParameters = TypedDict(
    "BatchGetAssetPropertyValueParameters",
    {
        "Entries": L[Xi[BatchGetAssetPropertyValueEntry]],
        "Entries.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class BatchGetAssetPropertyValueHistoryEntry(TypedDict, total=False):
    EntryId: S
    AssetId: S
    PropertyId: S
    PropertyAlias: S
    StartDate: T
    EndDate: T
    Qualities: L[Si]
    TimeOrdering: S

BatchGetAssetPropertyValueHistoryParameters = TypedDict(
    "BatchGetAssetPropertyValueHistoryParameters",
    {
        "Entries": L[Xi[BatchGetAssetPropertyValueHistoryEntry]],
        "Entries.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class PropertyValueNullValue(TypedDict, total=False):
    ValueType: S

class Variant(TypedDict, total=False):
    StringValue: S
    IntegerValue: I
    DoubleValue: F
    BooleanValue: B
    NullValue: X[PropertyValueNullValue]

class AssetPropertyValue(TypedDict, total=False):
    Value: X[Variant]
    Timestamp: X[TimeInNanos]
    Quality: S

class PutAssetPropertyValueEntry(TypedDict, total=False):
    EntryId: S
    AssetId: S
    PropertyId: S
    PropertyAlias: S
    PropertyValues: L[Xi[AssetPropertyValue]]

BatchPutAssetPropertyValueParameters = TypedDict(
    "BatchPutAssetPropertyValueParameters",
    {
        "EnablePartialEntryProcessing": B,
        "EnablePartialEntryProcessing.$": str,
        "Entries": L[Xi[PutAssetPropertyValueEntry]],
        "Entries.$": str,
    },
    total=False,
)
CancelEnrichmentJobParameters = TypedDict(
    "CancelEnrichmentJobParameters",
    {"WorkspaceName": S, "WorkspaceName.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
CancelPipelineExecutionParameters = TypedDict(
    "CancelPipelineExecutionParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "PipelineName": S,
        "PipelineName.$": str,
        "PipelineExecutionId": S,
        "PipelineExecutionId.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
CancelQueryParameters = TypedDict(
    "CancelQueryParameters",
    {"WorkspaceName": S, "WorkspaceName.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
)

class UserIdentity(TypedDict, total=False):
    Id: S

class GroupIdentity(TypedDict, total=False):
    Id: S

class IAMUserIdentity(TypedDict, total=False):
    Arn: S

class IAMRoleIdentity(TypedDict, total=False):
    Arn: S

class Identity(TypedDict, total=False):
    User: X[UserIdentity]
    Group: X[GroupIdentity]
    IamUser: X[IAMUserIdentity]
    IamRole: X[IAMRoleIdentity]

class PortalResource(TypedDict, total=False):
    Id: S

class ProjectResource(TypedDict, total=False):
    Id: S

class Resource(TypedDict, total=False):
    Portal: X[PortalResource]
    Project: X[ProjectResource]

CreateAccessPolicyParameters = TypedDict(
    "CreateAccessPolicyParameters",
    {
        "AccessPolicyIdentity": X[Identity],
        "AccessPolicyIdentity.$": str,
        "AccessPolicyResource": X[Resource],
        "AccessPolicyResource.$": str,
        "AccessPolicyPermission": S,
        "AccessPolicyPermission.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "IdcInstanceArn": S,
        "IdcInstanceArn.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateAssetParameters = TypedDict(
    "CreateAssetParameters",
    {
        "AssetName": S,
        "AssetName.$": str,
        "AssetModelId": S,
        "AssetModelId.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "AssetExternalId": S,
        "AssetExternalId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AssetDescription": S,
        "AssetDescription.$": str,
    },
    total=False,
)

class Attribute(TypedDict, total=False):
    DefaultValue: S

class ForwardingConfig(TypedDict, total=False):
    State: S

class MeasurementProcessingConfig(TypedDict, total=False):
    ForwardingConfig: X[ForwardingConfig]

class Measurement(TypedDict, total=False):
    ProcessingConfig: X[MeasurementProcessingConfig]

class AssetModelPropertyPathSegment(TypedDict, total=False):
    Id: S
    Name: S

class VariableValue(TypedDict, total=False):
    PropertyId: S
    HierarchyId: S
    PropertyPath: L[Xi[AssetModelPropertyPathSegment]]

class ExpressionVariable(TypedDict, total=False):
    Name: S
    Value: X[VariableValue]

class TransformProcessingConfig(TypedDict, total=False):
    ComputeLocation: S
    ForwardingConfig: X[ForwardingConfig]

class Transform(TypedDict, total=False):
    Expression: S
    Variables: L[Xi[ExpressionVariable]]
    ProcessingConfig: X[TransformProcessingConfig]

class TumblingWindow(TypedDict, total=False):
    Interval: S
    Offset: S

class MetricWindow(TypedDict, total=False):
    Tumbling: X[TumblingWindow]

class MetricProcessingConfig(TypedDict, total=False):
    ComputeLocation: S

class Metric(TypedDict, total=False):
    Expression: S
    Variables: L[Xi[ExpressionVariable]]
    Window: X[MetricWindow]
    ProcessingConfig: X[MetricProcessingConfig]

class PropertyType(TypedDict, total=False):
    Attribute: X[Attribute]
    Measurement: X[Measurement]
    Transform: X[Transform]
    Metric: X[Metric]

class AssetModelPropertyDefinition(TypedDict, total=False):
    Id: S
    ExternalId: S
    Name: S
    DataType: S
    DataTypeSpec: S
    Unit: S
    Type: X[PropertyType]

class AssetModelHierarchyDefinition(TypedDict, total=False):
    Id: S
    ExternalId: S
    Name: S
    ChildAssetModelId: S

class AssetModelCompositeModelDefinition(TypedDict, total=False):
    Id: S
    ExternalId: S
    Name: S
    Description: S
    Type: S
    Properties: L[Xi[AssetModelPropertyDefinition]]

CreateAssetModelParameters = TypedDict(
    "CreateAssetModelParameters",
    {
        "AssetModelName": S,
        "AssetModelName.$": str,
        "AssetModelType": S,
        "AssetModelType.$": str,
        "AssetModelId": S,
        "AssetModelId.$": str,
        "AssetModelExternalId": S,
        "AssetModelExternalId.$": str,
        "AssetModelDescription": S,
        "AssetModelDescription.$": str,
        "AssetModelProperties": L[Xi[AssetModelPropertyDefinition]],
        "AssetModelProperties.$": str,
        "AssetModelHierarchies": L[Xi[AssetModelHierarchyDefinition]],
        "AssetModelHierarchies.$": str,
        "AssetModelCompositeModels": L[Xi[AssetModelCompositeModelDefinition]],
        "AssetModelCompositeModels.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateAssetModelCompositeModelParameters = TypedDict(
    "CreateAssetModelCompositeModelParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "AssetModelCompositeModelExternalId": S,
        "AssetModelCompositeModelExternalId.$": str,
        "ParentAssetModelCompositeModelId": S,
        "ParentAssetModelCompositeModelId.$": str,
        "AssetModelCompositeModelId": S,
        "AssetModelCompositeModelId.$": str,
        "AssetModelCompositeModelDescription": S,
        "AssetModelCompositeModelDescription.$": str,
        "AssetModelCompositeModelName": S,
        "AssetModelCompositeModelName.$": str,
        "AssetModelCompositeModelType": S,
        "AssetModelCompositeModelType.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ComposedAssetModelId": S,
        "ComposedAssetModelId.$": str,
        "AssetModelCompositeModelProperties": L[Xi[AssetModelPropertyDefinition]],
        "AssetModelCompositeModelProperties.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "IfNoneMatch": S,
        "IfNoneMatch.$": str,
        "MatchForVersionType": S,
        "MatchForVersionType.$": str,
    },
    total=False,
)

class Csv(TypedDict, total=False):
    ColumnNames: L[Si]

class Parquet(TypedDict, total=False): ...
class Mp4(TypedDict, total=False): ...
class Annotation(TypedDict, total=False): ...

class FileFormat(TypedDict, total=False):
    Csv: X[Csv]
    Parquet: X[Parquet]
    Mp4: X[Mp4]
    Annotation: X[Annotation]

class File(TypedDict, total=False):
    Bucket: S
    Key: S
    VersionId: S
    Alias: S
    StartTime: X[TimeInNanos]
    FileFormat: X[FileFormat]

class ErrorReportLocation(TypedDict, total=False):
    Bucket: S
    Prefix: S

class JobConfiguration(TypedDict, total=False):
    FileFormat: X[FileFormat]

CreateBulkImportJobParameters = TypedDict(
    "CreateBulkImportJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "JobRoleArn": S,
        "JobRoleArn.$": str,
        "Files": L[Xi[File]],
        "Files.$": str,
        "ErrorReportLocation": X[ErrorReportLocation],
        "ErrorReportLocation.$": str,
        "JobConfiguration": X[JobConfiguration],
        "JobConfiguration.$": str,
        "AdaptiveIngestion": B,
        "AdaptiveIngestion.$": str,
        "DeleteFilesAfterImport": B,
        "DeleteFilesAfterImport.$": str,
        "DatasetId": S,
        "DatasetId.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
    },
    total=False,
)

class ComputationModelAnomalyDetectionConfiguration(TypedDict, total=False):
    InputProperties: S
    ResultProperty: S

class ComputationModelConfiguration(TypedDict, total=False):
    AnomalyDetection: X[ComputationModelAnomalyDetectionConfiguration]

class AssetModelPropertyBindingValue(TypedDict, total=False):
    AssetModelId: S
    PropertyId: S

class AssetPropertyBindingValue(TypedDict, total=False):
    AssetId: S
    PropertyId: S

class ComputationModelDataBindingValue(TypedDict, total=False):
    AssetModelProperty: X[AssetModelPropertyBindingValue]
    AssetProperty: X[AssetPropertyBindingValue]
    List: L[Xi[ComputationModelDataBindingValue]]

CreateComputationModelParameters = TypedDict(
    "CreateComputationModelParameters",
    {
        "ComputationModelName": S,
        "ComputationModelName.$": str,
        "ComputationModelDescription": S,
        "ComputationModelDescription.$": str,
        "ComputationModelConfiguration": X[ComputationModelConfiguration],
        "ComputationModelConfiguration.$": str,
        "ComputationModelDataBinding": M[X[ComputationModelDataBindingValue]],
        "ComputationModelDataBinding.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateDashboardParameters = TypedDict(
    "CreateDashboardParameters",
    {
        "ProjectId": S,
        "ProjectId.$": str,
        "DashboardName": S,
        "DashboardName.$": str,
        "DashboardDescription": S,
        "DashboardDescription.$": str,
        "DashboardDefinition": S,
        "DashboardDefinition.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class SessionConfig(TypedDict, total=False):
    SessionStartTimestamp: X[TimeInNanos]
    SessionEndTimestamp: X[TimeInNanos]

class DatasetConfig(TypedDict, total=False):
    Session: X[SessionConfig]

class KendraSourceDetail(TypedDict, total=False):
    KnowledgeBaseArn: S
    RoleArn: S

class SourceDetail(TypedDict, total=False):
    Kendra: X[KendraSourceDetail]

class DatasetSource(TypedDict, total=False):
    SourceType: S
    SourceFormat: S
    SourceDetail: X[SourceDetail]

CreateDatasetParameters = TypedDict(
    "CreateDatasetParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
        "DatasetDescription": S,
        "DatasetDescription.$": str,
        "DatasetType": S,
        "DatasetType.$": str,
        "DatasetConfig": X[DatasetConfig],
        "DatasetConfig.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "DatasetSource": X[DatasetSource],
        "DatasetSource.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class TrimSettings(TypedDict, total=False):
    StartTime: X[TimeInNanos]
    EndTime: X[TimeInNanos]

class FormatSettings(TypedDict, total=False):
    FramesPerSecond: I
    WidthInPixels: I
    HeightInPixels: I

class TimeseriesItem(TypedDict, total=False):
    TimeSeriesId: S
    PropertyAlias: S
    TrimSettings: X[TrimSettings]
    FormatSettings: X[FormatSettings]

class DatasetItem(TypedDict, total=False):
    DatasetId: S
    TrimSettings: X[TrimSettings]
    ExportDataTypes: L[Si]

class ProcessingInput(TypedDict, total=False):
    Timeseries: L[Xi[TimeseriesItem]]
    Dataset: X[DatasetItem]

class ExportErrorReportLocation(TypedDict, total=False):
    S3Uri: S

CreateDatasetExportJobParameters = TypedDict(
    "CreateDatasetExportJobParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DestinationS3Uri": S,
        "DestinationS3Uri.$": str,
        "Input": X[ProcessingInput],
        "Input.$": str,
        "JobName": S,
        "JobName.$": str,
        "ErrorReportLocation": X[ExportErrorReportLocation],
        "ErrorReportLocation.$": str,
    },
    total=False,
)

class EnrichmentTrimSettings(TypedDict, total=False):
    StartTime: X[TimeInNanos]
    EndTime: X[TimeInNanos]

class EventDetection(TypedDict, total=False):
    DatasetId: S
    TimeSeriesId: S
    PropertyAlias: S
    TrimSettings: X[EnrichmentTrimSettings]

class EnrichmentJobConfiguration(TypedDict, total=False):
    EventDetection: X[EventDetection]

CreateEnrichmentJobParameters = TypedDict(
    "CreateEnrichmentJobParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "JobConfiguration": X[EnrichmentJobConfiguration],
        "JobConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class Greengrass(TypedDict, total=False):
    GroupArn: S

class GreengrassV2(TypedDict, total=False):
    CoreDeviceThingName: S
    CoreDeviceOperatingSystem: S

class SiemensIE(TypedDict, total=False):
    IotCoreThingName: S

class GatewayPlatform(TypedDict, total=False):
    Greengrass: X[Greengrass]
    GreengrassV2: X[GreengrassV2]
    SiemensIE: X[SiemensIE]

CreateGatewayParameters = TypedDict(
    "CreateGatewayParameters",
    {
        "GatewayName": S,
        "GatewayName.$": str,
        "GatewayPlatform": X[GatewayPlatform],
        "GatewayPlatform.$": str,
        "GatewayVersion": S,
        "GatewayVersion.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ComputeNode(TypedDict, total=False):
    ComputeNodeName: S
    TaskName: S
    EnvironmentVariables: M[S]
    DependsOn: L[Si]

CreatePipelineParameters = TypedDict(
    "CreatePipelineParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "PipelineName": S,
        "PipelineName.$": str,
        "Description": S,
        "Description.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
        "Computations": L[Xi[ComputeNode]],
        "Computations.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ImageFile(TypedDict, total=False):
    Data: S
    Type: S

class Alarms(TypedDict, total=False):
    AlarmRoleArn: S
    NotificationLambdaArn: S

class PortalTypeEntry(TypedDict, total=False):
    PortalTools: L[Si]

CreatePortalParameters = TypedDict(
    "CreatePortalParameters",
    {
        "PortalName": S,
        "PortalName.$": str,
        "PortalDescription": S,
        "PortalDescription.$": str,
        "PortalContactEmail": S,
        "PortalContactEmail.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "PortalLogoImageFile": X[ImageFile],
        "PortalLogoImageFile.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PortalAuthMode": S,
        "PortalAuthMode.$": str,
        "NotificationSenderEmail": S,
        "NotificationSenderEmail.$": str,
        "Alarms": X[Alarms],
        "Alarms.$": str,
        "PortalType": S,
        "PortalType.$": str,
        "PortalTypeConfiguration": M[X[PortalTypeEntry]],
        "PortalTypeConfiguration.$": str,
    },
    total=False,
)
CreateProjectParameters = TypedDict(
    "CreateProjectParameters",
    {
        "PortalId": S,
        "PortalId.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "ProjectDescription": S,
        "ProjectDescription.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class EphemeralStorageConfiguration(TypedDict, total=False):
    StorageClass: S
    StorageSizeInGiB: I

class S3AccessPointSource(TypedDict, total=False):
    AccessPointArn: S
    Prefix: S

class MountSource(TypedDict, total=False):
    S3AccessPoint: X[S3AccessPointSource]

class Mount(TypedDict, total=False):
    Name: S
    RelativePath: S
    Source: X[MountSource]
    StorageType: S

class ContainerTaskConfiguration(TypedDict, total=False):
    EcrUri: S
    TaskExecutionRole: S
    ProcessingType: S
    ProcessingUnit: S
    EphemeralStorageConfiguration: X[EphemeralStorageConfiguration]
    Command: L[Si]
    TimeoutSeconds: I
    EnvironmentVariables: M[S]
    Mounts: L[Xi[Mount]]

class TaskConfiguration(TypedDict, total=False):
    ContainerTaskConfiguration: X[ContainerTaskConfiguration]

CreateTaskParameters = TypedDict(
    "CreateTaskParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "TaskName": S,
        "TaskName.$": str,
        "Description": S,
        "Description.$": str,
        "TaskConfiguration": X[TaskConfiguration],
        "TaskConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class WorkspaceEncryptionConfiguration(TypedDict, total=False):
    EncryptionType: S
    KmsKeyId: S

CreateWorkspaceParameters = TypedDict(
    "CreateWorkspaceParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "WorkspaceDescription": S,
        "WorkspaceDescription.$": str,
        "EncryptionConfiguration": X[WorkspaceEncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteAccessPolicyParameters = TypedDict(
    "DeleteAccessPolicyParameters",
    {"AccessPolicyId": S, "AccessPolicyId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters",
    {"WorkspaceName": S, "WorkspaceName.$": str, "Id": S, "Id.$": str},
    total=False,
)
DeleteAssetParameters = TypedDict(
    "DeleteAssetParameters",
    {"AssetId": S, "AssetId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteAssetModelParameters = TypedDict(
    "DeleteAssetModelParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "IfNoneMatch": S,
        "IfNoneMatch.$": str,
        "MatchForVersionType": S,
        "MatchForVersionType.$": str,
    },
    total=False,
)
DeleteAssetModelCompositeModelParameters = TypedDict(
    "DeleteAssetModelCompositeModelParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "AssetModelCompositeModelId": S,
        "AssetModelCompositeModelId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "IfNoneMatch": S,
        "IfNoneMatch.$": str,
        "MatchForVersionType": S,
        "MatchForVersionType.$": str,
    },
    total=False,
)
DeleteAssetModelInterfaceRelationshipParameters = TypedDict(
    "DeleteAssetModelInterfaceRelationshipParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "InterfaceAssetModelId": S,
        "InterfaceAssetModelId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteComputationModelParameters = TypedDict(
    "DeleteComputationModelParameters",
    {"ComputationModelId": S, "ComputationModelId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteDashboardParameters = TypedDict(
    "DeleteDashboardParameters",
    {"DashboardId": S, "DashboardId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteDatasetParameters = TypedDict(
    "DeleteDatasetParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteGatewayParameters = TypedDict(
    "DeleteGatewayParameters", {"GatewayId": S, "GatewayId.$": str}, total=False
)
DeletePipelineParameters = TypedDict(
    "DeletePipelineParameters",
    {"WorkspaceName": S, "WorkspaceName.$": str, "PipelineName": S, "PipelineName.$": str},
    total=False,
)
DeletePortalParameters = TypedDict(
    "DeletePortalParameters",
    {"PortalId": S, "PortalId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteProjectParameters = TypedDict(
    "DeleteProjectParameters",
    {"ProjectId": S, "ProjectId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteTaskParameters = TypedDict(
    "DeleteTaskParameters",
    {"WorkspaceName": S, "WorkspaceName.$": str, "TaskName": S, "TaskName.$": str},
    total=False,
)
DeleteTimeSeriesParameters = TypedDict(
    "DeleteTimeSeriesParameters",
    {
        "Alias": S,
        "Alias.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "PropertyId": S,
        "PropertyId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
    },
    total=False,
)
DeleteWorkspaceParameters = TypedDict(
    "DeleteWorkspaceParameters",
    {"WorkspaceName": S, "WorkspaceName.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DescribeAccessPolicyParameters = TypedDict(
    "DescribeAccessPolicyParameters", {"AccessPolicyId": S, "AccessPolicyId.$": str}, total=False
)
DescribeActionParameters = TypedDict(
    "DescribeActionParameters", {"ActionId": S, "ActionId.$": str}, total=False
)
DescribeApplicationParameters = TypedDict(
    "DescribeApplicationParameters",
    {"WorkspaceName": S, "WorkspaceName.$": str, "Id": S, "Id.$": str},
    total=False,
)
DescribeAssetParameters = TypedDict(
    "DescribeAssetParameters",
    {"AssetId": S, "AssetId.$": str, "ExcludeProperties": B, "ExcludeProperties.$": str},
    total=False,
)
DescribeAssetCompositeModelParameters = TypedDict(
    "DescribeAssetCompositeModelParameters",
    {"AssetId": S, "AssetId.$": str, "AssetCompositeModelId": S, "AssetCompositeModelId.$": str},
    total=False,
)
DescribeAssetModelParameters = TypedDict(
    "DescribeAssetModelParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "ExcludeProperties": B,
        "ExcludeProperties.$": str,
        "AssetModelVersion": S,
        "AssetModelVersion.$": str,
    },
    total=False,
)
DescribeAssetModelCompositeModelParameters = TypedDict(
    "DescribeAssetModelCompositeModelParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "AssetModelCompositeModelId": S,
        "AssetModelCompositeModelId.$": str,
        "AssetModelVersion": S,
        "AssetModelVersion.$": str,
    },
    total=False,
)
DescribeAssetModelInterfaceRelationshipParameters = TypedDict(
    "DescribeAssetModelInterfaceRelationshipParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "InterfaceAssetModelId": S,
        "InterfaceAssetModelId.$": str,
    },
    total=False,
)
DescribeAssetPropertyParameters = TypedDict(
    "DescribeAssetPropertyParameters",
    {"AssetId": S, "AssetId.$": str, "PropertyId": S, "PropertyId.$": str},
    total=False,
)
DescribeBulkImportJobParameters = TypedDict(
    "DescribeBulkImportJobParameters",
    {"JobId": S, "JobId.$": str, "WorkspaceName": S, "WorkspaceName.$": str},
    total=False,
)
DescribeComputationModelParameters = TypedDict(
    "DescribeComputationModelParameters",
    {
        "ComputationModelId": S,
        "ComputationModelId.$": str,
        "ComputationModelVersion": S,
        "ComputationModelVersion.$": str,
    },
    total=False,
)
DescribeComputationModelExecutionSummaryParameters = TypedDict(
    "DescribeComputationModelExecutionSummaryParameters",
    {
        "ComputationModelId": S,
        "ComputationModelId.$": str,
        "ResolveToResourceType": S,
        "ResolveToResourceType.$": str,
        "ResolveToResourceId": S,
        "ResolveToResourceId.$": str,
    },
    total=False,
)
DescribeDashboardParameters = TypedDict(
    "DescribeDashboardParameters", {"DashboardId": S, "DashboardId.$": str}, total=False
)
DescribeDatasetParameters = TypedDict(
    "DescribeDatasetParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "DatasetVersion": S,
        "DatasetVersion.$": str,
    },
    total=False,
)
DescribeDatasetExportJobParameters = TypedDict(
    "DescribeDatasetExportJobParameters",
    {"WorkspaceName": S, "WorkspaceName.$": str, "JobId": S, "JobId.$": str},
    total=False,
)

class DescribeDefaultEncryptionConfigurationParameters(TypedDict, total=False): ...

DescribeEnrichmentJobParameters = TypedDict(
    "DescribeEnrichmentJobParameters",
    {"WorkspaceName": S, "WorkspaceName.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
DescribeExecutionParameters = TypedDict(
    "DescribeExecutionParameters", {"ExecutionId": S, "ExecutionId.$": str}, total=False
)
DescribeGatewayParameters = TypedDict(
    "DescribeGatewayParameters", {"GatewayId": S, "GatewayId.$": str}, total=False
)
DescribeGatewayCapabilityConfigurationParameters = TypedDict(
    "DescribeGatewayCapabilityConfigurationParameters",
    {"GatewayId": S, "GatewayId.$": str, "CapabilityNamespace": S, "CapabilityNamespace.$": str},
    total=False,
)
DescribeLoggingOptionsParameters = TypedDict(
    "DescribeLoggingOptionsParameters", {"WorkspaceName": S, "WorkspaceName.$": str}, total=False
)
DescribePipelineParameters = TypedDict(
    "DescribePipelineParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "PipelineName": S,
        "PipelineName.$": str,
        "PipelineVersion": S,
        "PipelineVersion.$": str,
    },
    total=False,
)
DescribePipelineExecutionParameters = TypedDict(
    "DescribePipelineExecutionParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "PipelineName": S,
        "PipelineName.$": str,
        "PipelineExecutionId": S,
        "PipelineExecutionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribePortalParameters = TypedDict(
    "DescribePortalParameters", {"PortalId": S, "PortalId.$": str}, total=False
)
DescribeProjectParameters = TypedDict(
    "DescribeProjectParameters", {"ProjectId": S, "ProjectId.$": str}, total=False
)
DescribeQueryParameters = TypedDict(
    "DescribeQueryParameters",
    {"WorkspaceName": S, "WorkspaceName.$": str, "QueryId": S, "QueryId.$": str},
    total=False,
)
DescribeSearchParameters = TypedDict(
    "DescribeSearchParameters",
    {"WorkspaceName": S, "WorkspaceName.$": str, "SearchId": S, "SearchId.$": str},
    total=False,
)

class DescribeStorageConfigurationParameters(TypedDict, total=False): ...

DescribeTaskParameters = TypedDict(
    "DescribeTaskParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "TaskName": S,
        "TaskName.$": str,
        "TaskVersion": S,
        "TaskVersion.$": str,
    },
    total=False,
)
DescribeTimeSeriesParameters = TypedDict(
    "DescribeTimeSeriesParameters",
    {
        "Alias": S,
        "Alias.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "PropertyId": S,
        "PropertyId.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
    },
    total=False,
)
DescribeWorkspaceParameters = TypedDict(
    "DescribeWorkspaceParameters", {"WorkspaceName": S, "WorkspaceName.$": str}, total=False
)
DisassociateAssetsParameters = TypedDict(
    "DisassociateAssetsParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "HierarchyId": S,
        "HierarchyId.$": str,
        "ChildAssetId": S,
        "ChildAssetId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateTimeSeriesFromAssetPropertyParameters = TypedDict(
    "DisassociateTimeSeriesFromAssetPropertyParameters",
    {
        "Alias": S,
        "Alias.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "PropertyId": S,
        "PropertyId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class TargetResource(TypedDict, total=False):
    AssetId: S
    ComputationModelId: S

class ActionPayload(TypedDict, total=False):
    StringValue: S

class ResolveTo(TypedDict, total=False):
    AssetId: S

ExecuteActionParameters = TypedDict(
    "ExecuteActionParameters",
    {
        "TargetResource": X[TargetResource],
        "TargetResource.$": str,
        "ActionDefinitionId": S,
        "ActionDefinitionId.$": str,
        "ActionPayload": X[ActionPayload],
        "ActionPayload.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ResolveTo": X[ResolveTo],
        "ResolveTo.$": str,
    },
    total=False,
)
ExecuteQueryParameters = TypedDict(
    "ExecuteQueryParameters",
    {
        "QueryStatement": S,
        "QueryStatement.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetAssetPropertyAggregatesParameters = TypedDict(
    "GetAssetPropertyAggregatesParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "PropertyId": S,
        "PropertyId.$": str,
        "PropertyAlias": S,
        "PropertyAlias.$": str,
        "AggregateTypes": L[Si],
        "AggregateTypes.$": str,
        "Resolution": S,
        "Resolution.$": str,
        "Qualities": L[Si],
        "Qualities.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "TimeOrdering": S,
        "TimeOrdering.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetAssetPropertyValueParameters = TypedDict(
    "GetAssetPropertyValueParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "PropertyId": S,
        "PropertyId.$": str,
        "PropertyAlias": S,
        "PropertyAlias.$": str,
    },
    total=False,
)
GetAssetPropertyValueHistoryParameters = TypedDict(
    "GetAssetPropertyValueHistoryParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "PropertyId": S,
        "PropertyId.$": str,
        "PropertyAlias": S,
        "PropertyAlias.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "Qualities": L[Si],
        "Qualities.$": str,
        "TimeOrdering": S,
        "TimeOrdering.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetCaptureDataParameters = TypedDict(
    "GetCaptureDataParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "StartTime": X[TimeInNanos],
        "StartTime.$": str,
        "EndTime": X[TimeInNanos],
        "EndTime.$": str,
        "TimeSeriesId": S,
        "TimeSeriesId.$": str,
        "PropertyAlias": S,
        "PropertyAlias.$": str,
        "FormatSettings": X[FormatSettings],
        "FormatSettings.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetInterpolatedAssetPropertyValuesParameters = TypedDict(
    "GetInterpolatedAssetPropertyValuesParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "PropertyId": S,
        "PropertyId.$": str,
        "PropertyAlias": S,
        "PropertyAlias.$": str,
        "StartTimeInSeconds": I,
        "StartTimeInSeconds.$": str,
        "StartTimeOffsetInNanos": I,
        "StartTimeOffsetInNanos.$": str,
        "EndTimeInSeconds": I,
        "EndTimeInSeconds.$": str,
        "EndTimeOffsetInNanos": I,
        "EndTimeOffsetInNanos.$": str,
        "Quality": S,
        "Quality.$": str,
        "IntervalInSeconds": I,
        "IntervalInSeconds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Type": S,
        "Type.$": str,
        "IntervalWindowInSeconds": I,
        "IntervalWindowInSeconds.$": str,
    },
    total=False,
)
GetQueryResultsParameters = TypedDict(
    "GetQueryResultsParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetSearchResultsParameters = TypedDict(
    "GetSearchResultsParameters",
    {
        "SearchId": S,
        "SearchId.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
InvokeAssistantParameters = TypedDict(
    "InvokeAssistantParameters",
    {
        "ConversationId": S,
        "ConversationId.$": str,
        "Message": S,
        "Message.$": str,
        "EnableTrace": B,
        "EnableTrace.$": str,
    },
    total=False,
)
ListAccessPoliciesParameters = TypedDict(
    "ListAccessPoliciesParameters",
    {
        "IdentityType": S,
        "IdentityType.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "IamArn": S,
        "IamArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListActionsParameters = TypedDict(
    "ListActionsParameters",
    {
        "TargetResourceType": S,
        "TargetResourceType.$": str,
        "TargetResourceId": S,
        "TargetResourceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResolveToResourceType": S,
        "ResolveToResourceType.$": str,
        "ResolveToResourceId": S,
        "ResolveToResourceId.$": str,
    },
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListAssetModelCompositeModelsParameters = TypedDict(
    "ListAssetModelCompositeModelsParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AssetModelVersion": S,
        "AssetModelVersion.$": str,
    },
    total=False,
)
ListAssetModelPropertiesParameters = TypedDict(
    "ListAssetModelPropertiesParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": S,
        "Filter.$": str,
        "AssetModelVersion": S,
        "AssetModelVersion.$": str,
    },
    total=False,
)
ListAssetModelsParameters = TypedDict(
    "ListAssetModelsParameters",
    {
        "AssetModelTypes": L[Si],
        "AssetModelTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AssetModelVersion": S,
        "AssetModelVersion.$": str,
    },
    total=False,
)
ListAssetPropertiesParameters = TypedDict(
    "ListAssetPropertiesParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": S,
        "Filter.$": str,
    },
    total=False,
)
ListAssetRelationshipsParameters = TypedDict(
    "ListAssetRelationshipsParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "TraversalType": S,
        "TraversalType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssetsParameters = TypedDict(
    "ListAssetsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AssetModelId": S,
        "AssetModelId.$": str,
        "Filter": S,
        "Filter.$": str,
    },
    total=False,
)
ListAssociatedAssetsParameters = TypedDict(
    "ListAssociatedAssetsParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "HierarchyId": S,
        "HierarchyId.$": str,
        "TraversalDirection": S,
        "TraversalDirection.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBulkImportJobsParameters = TypedDict(
    "ListBulkImportJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": S,
        "Filter.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
    },
    total=False,
)
ListCompositionRelationshipsParameters = TypedDict(
    "ListCompositionRelationshipsParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class AssetBindingValueFilter(TypedDict, total=False):
    AssetId: S

class AssetModelBindingValueFilter(TypedDict, total=False):
    AssetModelId: S

class AssetPropertyBindingValueFilter(TypedDict, total=False):
    AssetId: S
    PropertyId: S

class AssetModelPropertyBindingValueFilter(TypedDict, total=False):
    AssetModelId: S
    PropertyId: S

class DataBindingValueFilter(TypedDict, total=False):
    Asset: X[AssetBindingValueFilter]
    AssetModel: X[AssetModelBindingValueFilter]
    AssetProperty: X[AssetPropertyBindingValueFilter]
    AssetModelProperty: X[AssetModelPropertyBindingValueFilter]

ListComputationModelDataBindingUsagesParameters = TypedDict(
    "ListComputationModelDataBindingUsagesParameters",
    {
        "DataBindingValueFilter": X[DataBindingValueFilter],
        "DataBindingValueFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListComputationModelResolveToResourcesParameters = TypedDict(
    "ListComputationModelResolveToResourcesParameters",
    {
        "ComputationModelId": S,
        "ComputationModelId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListComputationModelsParameters = TypedDict(
    "ListComputationModelsParameters",
    {
        "ComputationModelType": S,
        "ComputationModelType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDashboardsParameters = TypedDict(
    "ListDashboardsParameters",
    {
        "ProjectId": S,
        "ProjectId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDatasetDataSegmentRelationshipsParameters = TypedDict(
    "ListDatasetDataSegmentRelationshipsParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDatasetDataSegmentsParameters = TypedDict(
    "ListDatasetDataSegmentsParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "DatasetVersion": S,
        "DatasetVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDatasetExportJobsParameters = TypedDict(
    "ListDatasetExportJobsParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "Filter": S,
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDatasetsParameters = TypedDict(
    "ListDatasetsParameters",
    {
        "SourceType": S,
        "SourceType.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "DatasetType": S,
        "DatasetType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEnrichmentJobsParameters = TypedDict(
    "ListEnrichmentJobsParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "DatasetId": S,
        "DatasetId.$": str,
        "PropertyAlias": S,
        "PropertyAlias.$": str,
        "TimeSeriesId": S,
        "TimeSeriesId.$": str,
        "Status": S,
        "Status.$": str,
        "JobType": S,
        "JobType.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExecutionsParameters = TypedDict(
    "ListExecutionsParameters",
    {
        "TargetResourceType": S,
        "TargetResourceType.$": str,
        "TargetResourceId": S,
        "TargetResourceId.$": str,
        "ResolveToResourceType": S,
        "ResolveToResourceType.$": str,
        "ResolveToResourceId": S,
        "ResolveToResourceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ActionType": S,
        "ActionType.$": str,
    },
    total=False,
)
ListGatewaysParameters = TypedDict(
    "ListGatewaysParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListInterfaceRelationshipsParameters = TypedDict(
    "ListInterfaceRelationshipsParameters",
    {
        "InterfaceAssetModelId": S,
        "InterfaceAssetModelId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPipelineExecutionsParameters = TypedDict(
    "ListPipelineExecutionsParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "PipelineName": S,
        "PipelineName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "State": S,
        "State.$": str,
        "StartTimeAfter": T,
        "StartTimeAfter.$": str,
        "StartTimeBefore": T,
        "StartTimeBefore.$": str,
        "EndTimeAfter": T,
        "EndTimeAfter.$": str,
        "EndTimeBefore": T,
        "EndTimeBefore.$": str,
    },
    total=False,
)
ListPipelinesParameters = TypedDict(
    "ListPipelinesParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPortalsParameters = TypedDict(
    "ListPortalsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListProjectAssetsParameters = TypedDict(
    "ListProjectAssetsParameters",
    {
        "ProjectId": S,
        "ProjectId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListProjectsParameters = TypedDict(
    "ListProjectsParameters",
    {
        "PortalId": S,
        "PortalId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListQueriesParameters = TypedDict(
    "ListQueriesParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "Filter": S,
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListSearchesFilters(TypedDict, total=False):
    StatusFilter: L[Si]
    StartedAfter: T
    StartedBefore: T
    GroupIdFilter: L[Si]
    SearchTypeFilter: L[Si]

ListSearchesParameters = TypedDict(
    "ListSearchesParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ListSearchesFilters": X[ListSearchesFilters],
        "ListSearchesFilters.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTasksParameters = TypedDict(
    "ListTasksParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTimeSeriesParameters = TypedDict(
    "ListTimeSeriesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "AliasPrefix": S,
        "AliasPrefix.$": str,
        "TimeSeriesType": S,
        "TimeSeriesType.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
    },
    total=False,
)
ListWorkspacesParameters = TypedDict(
    "ListWorkspacesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class PropertyMapping(TypedDict, total=False):
    AssetModelPropertyId: S
    InterfaceAssetModelPropertyId: S

class PropertyMappingConfiguration(TypedDict, total=False):
    MatchByPropertyName: B
    CreateMissingProperty: B
    Overrides: L[Xi[PropertyMapping]]

PutAssetModelInterfaceRelationshipParameters = TypedDict(
    "PutAssetModelInterfaceRelationshipParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "InterfaceAssetModelId": S,
        "InterfaceAssetModelId.$": str,
        "PropertyMappingConfiguration": X[PropertyMappingConfiguration],
        "PropertyMappingConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
PutDefaultEncryptionConfigurationParameters = TypedDict(
    "PutDefaultEncryptionConfigurationParameters",
    {"EncryptionType": S, "EncryptionType.$": str, "KmsKeyId": S, "KmsKeyId.$": str},
    total=False,
)

class LoggingOptions(TypedDict, total=False):
    Level: S

PutLoggingOptionsParameters = TypedDict(
    "PutLoggingOptionsParameters",
    {
        "LoggingOptions": X[LoggingOptions],
        "LoggingOptions.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
    },
    total=False,
)

class CustomerManagedS3Storage(TypedDict, total=False):
    S3ResourceArn: S
    RoleArn: S

class MultiLayerStorage(TypedDict, total=False):
    CustomerManagedS3Storage: X[CustomerManagedS3Storage]

class RetentionPeriod(TypedDict, total=False):
    NumberOfDays: I
    Unlimited: B

class WarmTierRetentionPeriod(TypedDict, total=False):
    NumberOfDays: I
    Unlimited: B

PutStorageConfigurationParameters = TypedDict(
    "PutStorageConfigurationParameters",
    {
        "StorageType": S,
        "StorageType.$": str,
        "MultiLayerStorage": X[MultiLayerStorage],
        "MultiLayerStorage.$": str,
        "DisassociatedDataStorage": S,
        "DisassociatedDataStorage.$": str,
        "RetentionPeriod": X[RetentionPeriod],
        "RetentionPeriod.$": str,
        "WarmTier": S,
        "WarmTier.$": str,
        "WarmTierRetentionPeriod": X[WarmTierRetentionPeriod],
        "WarmTierRetentionPeriod.$": str,
        "DisallowIngestNullNaN": B,
        "DisallowIngestNullNaN.$": str,
    },
    total=False,
)

class ExecutionEnvironmentVariables(TypedDict, total=False):
    Global: M[S]
    ComputeNodes: M[M[S]]

class MountOverrides(TypedDict, total=False):
    ComputeNodes: M[L[Xi[Mount]]]

StartPipelineExecutionParameters = TypedDict(
    "StartPipelineExecutionParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "PipelineName": S,
        "PipelineName.$": str,
        "ExecutionEnvironmentVariableOverrides": X[ExecutionEnvironmentVariables],
        "ExecutionEnvironmentVariableOverrides.$": str,
        "ExecutionMountOverrides": X[MountOverrides],
        "ExecutionMountOverrides.$": str,
        "ExecutionPriority": I,
        "ExecutionPriority.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartQueryParameters = TypedDict(
    "StartQueryParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "QueryStatement": S,
        "QueryStatement.$": str,
    },
    total=False,
)

class TimeInterval(TypedDict, total=False):
    StartTime: X[TimeInNanos]
    EndTime: X[TimeInNanos]

class SearchFilters(TypedDict, total=False):
    TimeSeriesIds: L[Si]
    DatasetIds: L[Si]
    TimeIntervals: L[Xi[TimeInterval]]

StartSearchParameters = TypedDict(
    "StartSearchParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "QueryStatement": S,
        "QueryStatement.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SearchType": S,
        "SearchType.$": str,
        "SearchFilters": X[SearchFilters],
        "SearchFilters.$": str,
        "GroupId": S,
        "GroupId.$": str,
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
UpdateAccessPolicyParameters = TypedDict(
    "UpdateAccessPolicyParameters",
    {
        "AccessPolicyId": S,
        "AccessPolicyId.$": str,
        "AccessPolicyIdentity": X[Identity],
        "AccessPolicyIdentity.$": str,
        "AccessPolicyResource": X[Resource],
        "AccessPolicyResource.$": str,
        "AccessPolicyPermission": S,
        "AccessPolicyPermission.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateAssetParameters = TypedDict(
    "UpdateAssetParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "AssetExternalId": S,
        "AssetExternalId.$": str,
        "AssetName": S,
        "AssetName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AssetDescription": S,
        "AssetDescription.$": str,
    },
    total=False,
)

class AssetModelProperty(TypedDict, total=False):
    Id: S
    ExternalId: S
    Name: S
    DataType: S
    DataTypeSpec: S
    Unit: S
    Type: X[PropertyType]
    Path: L[Xi[AssetModelPropertyPathSegment]]

class AssetModelHierarchy(TypedDict, total=False):
    Id: S
    ExternalId: S
    Name: S
    ChildAssetModelId: S

class AssetModelCompositeModel(TypedDict, total=False):
    Name: S
    Description: S
    Type: S
    Properties: L[Xi[AssetModelProperty]]
    Id: S
    ExternalId: S

UpdateAssetModelParameters = TypedDict(
    "UpdateAssetModelParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "AssetModelExternalId": S,
        "AssetModelExternalId.$": str,
        "AssetModelName": S,
        "AssetModelName.$": str,
        "AssetModelDescription": S,
        "AssetModelDescription.$": str,
        "AssetModelProperties": L[Xi[AssetModelProperty]],
        "AssetModelProperties.$": str,
        "AssetModelHierarchies": L[Xi[AssetModelHierarchy]],
        "AssetModelHierarchies.$": str,
        "AssetModelCompositeModels": L[Xi[AssetModelCompositeModel]],
        "AssetModelCompositeModels.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "IfNoneMatch": S,
        "IfNoneMatch.$": str,
        "MatchForVersionType": S,
        "MatchForVersionType.$": str,
    },
    total=False,
)
UpdateAssetModelCompositeModelParameters = TypedDict(
    "UpdateAssetModelCompositeModelParameters",
    {
        "AssetModelId": S,
        "AssetModelId.$": str,
        "AssetModelCompositeModelId": S,
        "AssetModelCompositeModelId.$": str,
        "AssetModelCompositeModelExternalId": S,
        "AssetModelCompositeModelExternalId.$": str,
        "AssetModelCompositeModelDescription": S,
        "AssetModelCompositeModelDescription.$": str,
        "AssetModelCompositeModelName": S,
        "AssetModelCompositeModelName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AssetModelCompositeModelProperties": L[Xi[AssetModelProperty]],
        "AssetModelCompositeModelProperties.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "IfNoneMatch": S,
        "IfNoneMatch.$": str,
        "MatchForVersionType": S,
        "MatchForVersionType.$": str,
    },
    total=False,
)
UpdateAssetPropertyParameters = TypedDict(
    "UpdateAssetPropertyParameters",
    {
        "AssetId": S,
        "AssetId.$": str,
        "PropertyId": S,
        "PropertyId.$": str,
        "PropertyAlias": S,
        "PropertyAlias.$": str,
        "PropertyNotificationState": S,
        "PropertyNotificationState.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "PropertyUnit": S,
        "PropertyUnit.$": str,
    },
    total=False,
)
UpdateComputationModelParameters = TypedDict(
    "UpdateComputationModelParameters",
    {
        "ComputationModelId": S,
        "ComputationModelId.$": str,
        "ComputationModelName": S,
        "ComputationModelName.$": str,
        "ComputationModelDescription": S,
        "ComputationModelDescription.$": str,
        "ComputationModelConfiguration": X[ComputationModelConfiguration],
        "ComputationModelConfiguration.$": str,
        "ComputationModelDataBinding": M[X[ComputationModelDataBindingValue]],
        "ComputationModelDataBinding.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateDashboardParameters = TypedDict(
    "UpdateDashboardParameters",
    {
        "DashboardId": S,
        "DashboardId.$": str,
        "DashboardName": S,
        "DashboardName.$": str,
        "DashboardDescription": S,
        "DashboardDescription.$": str,
        "DashboardDefinition": S,
        "DashboardDefinition.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateDatasetParameters = TypedDict(
    "UpdateDatasetParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
        "DatasetDescription": S,
        "DatasetDescription.$": str,
        "DatasetConfig": X[DatasetConfig],
        "DatasetConfig.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "DatasetSource": X[DatasetSource],
        "DatasetSource.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateGatewayParameters = TypedDict(
    "UpdateGatewayParameters",
    {"GatewayId": S, "GatewayId.$": str, "GatewayName": S, "GatewayName.$": str},
    total=False,
)
UpdateGatewayCapabilityConfigurationParameters = TypedDict(
    "UpdateGatewayCapabilityConfigurationParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "CapabilityNamespace": S,
        "CapabilityNamespace.$": str,
        "CapabilityConfiguration": S,
        "CapabilityConfiguration.$": str,
    },
    total=False,
)
UpdatePipelineParameters = TypedDict(
    "UpdatePipelineParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "PipelineName": S,
        "PipelineName.$": str,
        "Description": S,
        "Description.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
        "Computations": L[Xi[ComputeNode]],
        "Computations.$": str,
    },
    total=False,
)

class Image(TypedDict, total=False):
    Id: S
    File: X[ImageFile]

UpdatePortalParameters = TypedDict(
    "UpdatePortalParameters",
    {
        "PortalId": S,
        "PortalId.$": str,
        "PortalName": S,
        "PortalName.$": str,
        "PortalDescription": S,
        "PortalDescription.$": str,
        "PortalContactEmail": S,
        "PortalContactEmail.$": str,
        "PortalLogoImage": X[Image],
        "PortalLogoImage.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "NotificationSenderEmail": S,
        "NotificationSenderEmail.$": str,
        "Alarms": X[Alarms],
        "Alarms.$": str,
        "PortalType": S,
        "PortalType.$": str,
        "PortalTypeConfiguration": M[X[PortalTypeEntry]],
        "PortalTypeConfiguration.$": str,
    },
    total=False,
)
UpdateProjectParameters = TypedDict(
    "UpdateProjectParameters",
    {
        "ProjectId": S,
        "ProjectId.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "ProjectDescription": S,
        "ProjectDescription.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateTaskParameters = TypedDict(
    "UpdateTaskParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "TaskName": S,
        "TaskName.$": str,
        "Description": S,
        "Description.$": str,
        "TaskConfiguration": X[TaskConfiguration],
        "TaskConfiguration.$": str,
    },
    total=False,
)
UpdateWorkspaceParameters = TypedDict(
    "UpdateWorkspaceParameters",
    {
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "WorkspaceDescription": S,
        "WorkspaceDescription.$": str,
        "EncryptionConfiguration": X[WorkspaceEncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
associate_assets: Builder[AssociateAssetsParameters]
associate_time_series_to_asset_property: Builder[AssociateTimeSeriesToAssetPropertyParameters]
batch_associate_data_segments_to_dataset: Builder[BatchAssociateDataSegmentsToDatasetParameters]
batch_associate_project_assets: Builder[BatchAssociateProjectAssetsParameters]
batch_delete_dataset_data_segments: Builder[BatchDeleteDatasetDataSegmentsParameters]
batch_disassociate_data_segments_from_dataset: Builder[
    BatchDisassociateDataSegmentsFromDatasetParameters
]
batch_disassociate_project_assets: Builder[BatchDisassociateProjectAssetsParameters]
batch_get_asset_property_aggregates: Builder[BatchGetAssetPropertyAggregatesParameters]
batch_get_asset_property_value: Builder[BatchGetAssetPropertyValueParameters]
batch_get_asset_property_value_history: Builder[BatchGetAssetPropertyValueHistoryParameters]
batch_put_asset_property_value: Builder[BatchPutAssetPropertyValueParameters]
cancel_enrichment_job: Builder[CancelEnrichmentJobParameters]
cancel_pipeline_execution: Builder[CancelPipelineExecutionParameters]
cancel_query: Builder[CancelQueryParameters]
create_access_policy: Builder[CreateAccessPolicyParameters]
create_application: Builder[CreateApplicationParameters]
create_asset: Builder[CreateAssetParameters]
create_asset_model: Builder[CreateAssetModelParameters]
create_asset_model_composite_model: Builder[CreateAssetModelCompositeModelParameters]
create_bulk_import_job: Builder[CreateBulkImportJobParameters]
create_computation_model: Builder[CreateComputationModelParameters]
create_dashboard: Builder[CreateDashboardParameters]
create_dataset: Builder[CreateDatasetParameters]
create_dataset_export_job: Builder[CreateDatasetExportJobParameters]
create_enrichment_job: Builder[CreateEnrichmentJobParameters]
create_gateway: Builder[CreateGatewayParameters]
create_pipeline: Builder[CreatePipelineParameters]
create_portal: Builder[CreatePortalParameters]
create_project: Builder[CreateProjectParameters]
create_task: Builder[CreateTaskParameters]
create_workspace: Builder[CreateWorkspaceParameters]
delete_access_policy: Builder[DeleteAccessPolicyParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_asset: Builder[DeleteAssetParameters]
delete_asset_model: Builder[DeleteAssetModelParameters]
delete_asset_model_composite_model: Builder[DeleteAssetModelCompositeModelParameters]
delete_asset_model_interface_relationship: Builder[DeleteAssetModelInterfaceRelationshipParameters]
delete_computation_model: Builder[DeleteComputationModelParameters]
delete_dashboard: Builder[DeleteDashboardParameters]
delete_dataset: Builder[DeleteDatasetParameters]
delete_gateway: Builder[DeleteGatewayParameters]
delete_pipeline: Builder[DeletePipelineParameters]
delete_portal: Builder[DeletePortalParameters]
delete_project: Builder[DeleteProjectParameters]
delete_task: Builder[DeleteTaskParameters]
delete_time_series: Builder[DeleteTimeSeriesParameters]
delete_workspace: Builder[DeleteWorkspaceParameters]
describe_access_policy: Builder[DescribeAccessPolicyParameters]
describe_action: Builder[DescribeActionParameters]
describe_application: Builder[DescribeApplicationParameters]
describe_asset: Builder[DescribeAssetParameters]
describe_asset_composite_model: Builder[DescribeAssetCompositeModelParameters]
describe_asset_model: Builder[DescribeAssetModelParameters]
describe_asset_model_composite_model: Builder[DescribeAssetModelCompositeModelParameters]
describe_asset_model_interface_relationship: Builder[
    DescribeAssetModelInterfaceRelationshipParameters
]
describe_asset_property: Builder[DescribeAssetPropertyParameters]
describe_bulk_import_job: Builder[DescribeBulkImportJobParameters]
describe_computation_model: Builder[DescribeComputationModelParameters]
describe_computation_model_execution_summary: Builder[
    DescribeComputationModelExecutionSummaryParameters
]
describe_dashboard: Builder[DescribeDashboardParameters]
describe_dataset: Builder[DescribeDatasetParameters]
describe_dataset_export_job: Builder[DescribeDatasetExportJobParameters]
describe_default_encryption_configuration: Builder[DescribeDefaultEncryptionConfigurationParameters]
describe_enrichment_job: Builder[DescribeEnrichmentJobParameters]
describe_execution: Builder[DescribeExecutionParameters]
describe_gateway: Builder[DescribeGatewayParameters]
describe_gateway_capability_configuration: Builder[DescribeGatewayCapabilityConfigurationParameters]
describe_logging_options: Builder[DescribeLoggingOptionsParameters]
describe_pipeline: Builder[DescribePipelineParameters]
describe_pipeline_execution: Builder[DescribePipelineExecutionParameters]
describe_portal: Builder[DescribePortalParameters]
describe_project: Builder[DescribeProjectParameters]
describe_query: Builder[DescribeQueryParameters]
describe_search: Builder[DescribeSearchParameters]
describe_storage_configuration: Builder[DescribeStorageConfigurationParameters]
describe_task: Builder[DescribeTaskParameters]
describe_time_series: Builder[DescribeTimeSeriesParameters]
describe_workspace: Builder[DescribeWorkspaceParameters]
disassociate_assets: Builder[DisassociateAssetsParameters]
disassociate_time_series_from_asset_property: Builder[
    DisassociateTimeSeriesFromAssetPropertyParameters
]
execute_action: Builder[ExecuteActionParameters]
execute_query: Builder[ExecuteQueryParameters]
get_asset_property_aggregates: Builder[GetAssetPropertyAggregatesParameters]
get_asset_property_value: Builder[GetAssetPropertyValueParameters]
get_asset_property_value_history: Builder[GetAssetPropertyValueHistoryParameters]
get_capture_data: Builder[GetCaptureDataParameters]
get_interpolated_asset_property_values: Builder[GetInterpolatedAssetPropertyValuesParameters]
get_query_results: Builder[GetQueryResultsParameters]
get_search_results: Builder[GetSearchResultsParameters]
invoke_assistant: Builder[InvokeAssistantParameters]
list_access_policies: Builder[ListAccessPoliciesParameters]
list_actions: Builder[ListActionsParameters]
list_applications: Builder[ListApplicationsParameters]
list_asset_model_composite_models: Builder[ListAssetModelCompositeModelsParameters]
list_asset_model_properties: Builder[ListAssetModelPropertiesParameters]
list_asset_models: Builder[ListAssetModelsParameters]
list_asset_properties: Builder[ListAssetPropertiesParameters]
list_asset_relationships: Builder[ListAssetRelationshipsParameters]
list_assets: Builder[ListAssetsParameters]
list_associated_assets: Builder[ListAssociatedAssetsParameters]
list_bulk_import_jobs: Builder[ListBulkImportJobsParameters]
list_composition_relationships: Builder[ListCompositionRelationshipsParameters]
list_computation_model_data_binding_usages: Builder[ListComputationModelDataBindingUsagesParameters]
list_computation_model_resolve_to_resources: Builder[
    ListComputationModelResolveToResourcesParameters
]
list_computation_models: Builder[ListComputationModelsParameters]
list_dashboards: Builder[ListDashboardsParameters]
list_dataset_data_segment_relationships: Builder[ListDatasetDataSegmentRelationshipsParameters]
list_dataset_data_segments: Builder[ListDatasetDataSegmentsParameters]
list_dataset_export_jobs: Builder[ListDatasetExportJobsParameters]
list_datasets: Builder[ListDatasetsParameters]
list_enrichment_jobs: Builder[ListEnrichmentJobsParameters]
list_executions: Builder[ListExecutionsParameters]
list_gateways: Builder[ListGatewaysParameters]
list_interface_relationships: Builder[ListInterfaceRelationshipsParameters]
list_pipeline_executions: Builder[ListPipelineExecutionsParameters]
list_pipelines: Builder[ListPipelinesParameters]
list_portals: Builder[ListPortalsParameters]
list_project_assets: Builder[ListProjectAssetsParameters]
list_projects: Builder[ListProjectsParameters]
list_queries: Builder[ListQueriesParameters]
list_searches: Builder[ListSearchesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tasks: Builder[ListTasksParameters]
list_time_series: Builder[ListTimeSeriesParameters]
list_workspaces: Builder[ListWorkspacesParameters]
put_asset_model_interface_relationship: Builder[PutAssetModelInterfaceRelationshipParameters]
put_default_encryption_configuration: Builder[PutDefaultEncryptionConfigurationParameters]
put_logging_options: Builder[PutLoggingOptionsParameters]
put_storage_configuration: Builder[PutStorageConfigurationParameters]
start_pipeline_execution: Builder[StartPipelineExecutionParameters]
start_query: Builder[StartQueryParameters]
start_search: Builder[StartSearchParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_access_policy: Builder[UpdateAccessPolicyParameters]
update_asset: Builder[UpdateAssetParameters]
update_asset_model: Builder[UpdateAssetModelParameters]
update_asset_model_composite_model: Builder[UpdateAssetModelCompositeModelParameters]
update_asset_property: Builder[UpdateAssetPropertyParameters]
update_computation_model: Builder[UpdateComputationModelParameters]
update_dashboard: Builder[UpdateDashboardParameters]
update_dataset: Builder[UpdateDatasetParameters]
update_gateway: Builder[UpdateGatewayParameters]
update_gateway_capability_configuration: Builder[UpdateGatewayCapabilityConfigurationParameters]
update_pipeline: Builder[UpdatePipelineParameters]
update_portal: Builder[UpdatePortalParameters]
update_project: Builder[UpdateProjectParameters]
update_task: Builder[UpdateTaskParameters]
update_workspace: Builder[UpdateWorkspaceParameters]

__all__ = [
    "associate_assets",
    "associate_time_series_to_asset_property",
    "batch_associate_data_segments_to_dataset",
    "batch_associate_project_assets",
    "batch_delete_dataset_data_segments",
    "batch_disassociate_data_segments_from_dataset",
    "batch_disassociate_project_assets",
    "batch_get_asset_property_aggregates",
    "batch_get_asset_property_value",
    "batch_get_asset_property_value_history",
    "batch_put_asset_property_value",
    "cancel_enrichment_job",
    "cancel_pipeline_execution",
    "cancel_query",
    "create_access_policy",
    "create_application",
    "create_asset",
    "create_asset_model",
    "create_asset_model_composite_model",
    "create_bulk_import_job",
    "create_computation_model",
    "create_dashboard",
    "create_dataset",
    "create_dataset_export_job",
    "create_enrichment_job",
    "create_gateway",
    "create_pipeline",
    "create_portal",
    "create_project",
    "create_task",
    "create_workspace",
    "delete_access_policy",
    "delete_application",
    "delete_asset",
    "delete_asset_model",
    "delete_asset_model_composite_model",
    "delete_asset_model_interface_relationship",
    "delete_computation_model",
    "delete_dashboard",
    "delete_dataset",
    "delete_gateway",
    "delete_pipeline",
    "delete_portal",
    "delete_project",
    "delete_task",
    "delete_time_series",
    "delete_workspace",
    "describe_access_policy",
    "describe_action",
    "describe_application",
    "describe_asset",
    "describe_asset_composite_model",
    "describe_asset_model",
    "describe_asset_model_composite_model",
    "describe_asset_model_interface_relationship",
    "describe_asset_property",
    "describe_bulk_import_job",
    "describe_computation_model",
    "describe_computation_model_execution_summary",
    "describe_dashboard",
    "describe_dataset",
    "describe_dataset_export_job",
    "describe_default_encryption_configuration",
    "describe_enrichment_job",
    "describe_execution",
    "describe_gateway",
    "describe_gateway_capability_configuration",
    "describe_logging_options",
    "describe_pipeline",
    "describe_pipeline_execution",
    "describe_portal",
    "describe_project",
    "describe_query",
    "describe_search",
    "describe_storage_configuration",
    "describe_task",
    "describe_time_series",
    "describe_workspace",
    "disassociate_assets",
    "disassociate_time_series_from_asset_property",
    "execute_action",
    "execute_query",
    "get_asset_property_aggregates",
    "get_asset_property_value",
    "get_asset_property_value_history",
    "get_capture_data",
    "get_interpolated_asset_property_values",
    "get_query_results",
    "get_search_results",
    "invoke_assistant",
    "list_access_policies",
    "list_actions",
    "list_applications",
    "list_asset_model_composite_models",
    "list_asset_model_properties",
    "list_asset_models",
    "list_asset_properties",
    "list_asset_relationships",
    "list_assets",
    "list_associated_assets",
    "list_bulk_import_jobs",
    "list_composition_relationships",
    "list_computation_model_data_binding_usages",
    "list_computation_model_resolve_to_resources",
    "list_computation_models",
    "list_dashboards",
    "list_dataset_data_segment_relationships",
    "list_dataset_data_segments",
    "list_dataset_export_jobs",
    "list_datasets",
    "list_enrichment_jobs",
    "list_executions",
    "list_gateways",
    "list_interface_relationships",
    "list_pipeline_executions",
    "list_pipelines",
    "list_portals",
    "list_project_assets",
    "list_projects",
    "list_queries",
    "list_searches",
    "list_tags_for_resource",
    "list_tasks",
    "list_time_series",
    "list_workspaces",
    "put_asset_model_interface_relationship",
    "put_default_encryption_configuration",
    "put_logging_options",
    "put_storage_configuration",
    "start_pipeline_execution",
    "start_query",
    "start_search",
    "tag_resource",
    "untag_resource",
    "update_access_policy",
    "update_asset",
    "update_asset_model",
    "update_asset_model_composite_model",
    "update_asset_property",
    "update_computation_model",
    "update_dashboard",
    "update_dataset",
    "update_gateway",
    "update_gateway_capability_configuration",
    "update_pipeline",
    "update_portal",
    "update_project",
    "update_task",
    "update_workspace",
]
