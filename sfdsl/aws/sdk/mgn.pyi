"""Typed builders of the AWS SDK integration of mgn (``aws-sdk:mgn:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, X, Xi

ArchiveApplicationParameters = TypedDict(
    "ArchiveApplicationParameters",
    {"ApplicationID": S, "ApplicationID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
ArchiveWaveParameters = TypedDict(
    "ArchiveWaveParameters",
    {"WaveID": S, "WaveID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
AssociateApplicationsParameters = TypedDict(
    "AssociateApplicationsParameters",
    {
        "WaveID": S,
        "WaveID.$": str,
        "ApplicationIDs": L[Si],
        "ApplicationIDs.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
AssociateSourceServersParameters = TypedDict(
    "AssociateSourceServersParameters",
    {
        "ApplicationID": S,
        "ApplicationID.$": str,
        "SourceServerIDs": L[Si],
        "SourceServerIDs.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)

class ChangeServerLifeCycleStateSourceServerLifecycle(TypedDict, total=False):
    State: S

ChangeServerLifeCycleStateParameters = TypedDict(
    "ChangeServerLifeCycleStateParameters",
    {
        "SourceServerID": S,
        "SourceServerID.$": str,
        "LifeCycle": X[ChangeServerLifeCycleStateSourceServerLifecycle],
        "LifeCycle.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)

class ConnectorSsmCommandConfig(TypedDict, total=False):
    S3OutputEnabled: B
    OutputS3BucketName: S
    CloudWatchOutputEnabled: B
    CloudWatchLogGroupName: S

CreateConnectorParameters = TypedDict(
    "CreateConnectorParameters",
    {
        "Name": S,
        "Name.$": str,
        "SsmInstanceID": S,
        "SsmInstanceID.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "SsmCommandConfig": X[ConnectorSsmCommandConfig],
        "SsmCommandConfig.$": str,
    },
    total=False,
)

class SsmParameterStoreParameter(TypedDict, total=False):
    ParameterType: S
    ParameterName: S

class SsmExternalParameter(TypedDict, total=False):
    DynamicPath: S

class SsmDocument(TypedDict, total=False):
    ActionName: S
    SsmDocumentName: S
    TimeoutSeconds: I
    MustSucceedForCutover: B
    Parameters: M[L[Xi[SsmParameterStoreParameter]]]
    ExternalParameters: M[X[SsmExternalParameter]]

class PostLaunchActions(TypedDict, total=False):
    Deployment: S
    S3LogBucket: S
    S3OutputKeyPrefix: S
    CloudWatchLogGroupName: S
    SsmDocuments: L[Xi[SsmDocument]]

class Licensing(TypedDict, total=False):
    OsByol: B

class LaunchTemplateDiskConf(TypedDict, total=False):
    VolumeType: S
    Iops: I
    Throughput: I
    VolumeInitializationRate: I
    DeleteOnTermination: B

CreateLaunchConfigurationTemplateParameters = TypedDict(
    "CreateLaunchConfigurationTemplateParameters",
    {
        "PostLaunchActions": X[PostLaunchActions],
        "PostLaunchActions.$": str,
        "EnableMapAutoTagging": B,
        "EnableMapAutoTagging.$": str,
        "MapAutoTaggingMpeID": S,
        "MapAutoTaggingMpeID.$": str,
        "MapAutoTaggingKey": S,
        "MapAutoTaggingKey.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "LaunchDisposition": S,
        "LaunchDisposition.$": str,
        "TargetInstanceTypeRightSizingMethod": S,
        "TargetInstanceTypeRightSizingMethod.$": str,
        "CopyPrivateIp": B,
        "CopyPrivateIp.$": str,
        "AssociatePublicIpAddress": B,
        "AssociatePublicIpAddress.$": str,
        "CopyTags": B,
        "CopyTags.$": str,
        "Licensing": X[Licensing],
        "Licensing.$": str,
        "BootMode": S,
        "BootMode.$": str,
        "SmallVolumeMaxSize": I,
        "SmallVolumeMaxSize.$": str,
        "SmallVolumeConf": X[LaunchTemplateDiskConf],
        "SmallVolumeConf.$": str,
        "LargeVolumeConf": X[LaunchTemplateDiskConf],
        "LargeVolumeConf.$": str,
        "EnableParametersEncryption": B,
        "EnableParametersEncryption.$": str,
        "ParametersEncryptionKey": S,
        "ParametersEncryptionKey.$": str,
    },
    total=False,
)

class SourceS3Configuration(TypedDict, total=False):
    S3Bucket: S
    S3BucketOwner: S
    S3Key: S

class SourceConfiguration(TypedDict, total=False):
    SourceEnvironment: S
    SourceS3Configuration: X[SourceS3Configuration]

class TargetS3Configuration(TypedDict, total=False):
    S3Bucket: S
    S3BucketOwner: S

class TargetNetwork(TypedDict, total=False):
    Topology: S
    InboundCidr: S
    OutboundCidr: S
    InspectionCidr: S

class CidrMapping(TypedDict, total=False):
    OriginalCidr: S
    UpdatedCidr: S

CreateNetworkMigrationDefinitionParameters = TypedDict(
    "CreateNetworkMigrationDefinitionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SourceConfigurations": L[Xi[SourceConfiguration]],
        "SourceConfigurations.$": str,
        "DefinitionType": S,
        "DefinitionType.$": str,
        "TargetS3Configuration": X[TargetS3Configuration],
        "TargetS3Configuration.$": str,
        "TargetNetwork": X[TargetNetwork],
        "TargetNetwork.$": str,
        "TargetDeployment": S,
        "TargetDeployment.$": str,
        "VpcProvisioningStrategy": S,
        "VpcProvisioningStrategy.$": str,
        "CidrMappings": L[Xi[CidrMapping]],
        "CidrMappings.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ScopeTags": M[S],
        "ScopeTags.$": str,
    },
    total=False,
)
CreateRemoteSourceActionParameters = TypedDict(
    "CreateRemoteSourceActionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SsmParameterName": S,
        "SsmParameterName.$": str,
        "TimeoutSeconds": I,
        "TimeoutSeconds.$": str,
        "OperatingSystem": S,
        "OperatingSystem.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)

class FsxOntapConfiguration(TypedDict, total=False):
    StorageVirtualMachineId: S
    CredentialsSecretArn: S

class StorageConfiguration(TypedDict, total=False):
    StorageType: S
    FsxOntapConfiguration: X[FsxOntapConfiguration]

CreateReplicationConfigurationTemplateParameters = TypedDict(
    "CreateReplicationConfigurationTemplateParameters",
    {
        "StagingAreaSubnetId": S,
        "StagingAreaSubnetId.$": str,
        "AssociateDefaultSecurityGroup": B,
        "AssociateDefaultSecurityGroup.$": str,
        "ReplicationServersSecurityGroupsIDs": L[Si],
        "ReplicationServersSecurityGroupsIDs.$": str,
        "ReplicationServerInstanceType": S,
        "ReplicationServerInstanceType.$": str,
        "UseDedicatedReplicationServer": B,
        "UseDedicatedReplicationServer.$": str,
        "DefaultLargeStagingDiskType": S,
        "DefaultLargeStagingDiskType.$": str,
        "EbsEncryption": S,
        "EbsEncryption.$": str,
        "EbsEncryptionKeyArn": S,
        "EbsEncryptionKeyArn.$": str,
        "BandwidthThrottling": I,
        "BandwidthThrottling.$": str,
        "DataPlaneRouting": S,
        "DataPlaneRouting.$": str,
        "CreatePublicIP": B,
        "CreatePublicIP.$": str,
        "StagingAreaTags": M[S],
        "StagingAreaTags.$": str,
        "UseFipsEndpoint": B,
        "UseFipsEndpoint.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "InternetProtocol": S,
        "InternetProtocol.$": str,
        "StoreSnapshotOnLocalZone": B,
        "StoreSnapshotOnLocalZone.$": str,
        "OutpostSnapshotLocation": S,
        "OutpostSnapshotLocation.$": str,
        "StorageConfiguration": X[StorageConfiguration],
        "StorageConfiguration.$": str,
    },
    total=False,
)
CreateWaveParameters = TypedDict(
    "CreateWaveParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters",
    {"ApplicationID": S, "ApplicationID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
DeleteConnectorParameters = TypedDict(
    "DeleteConnectorParameters", {"ConnectorID": S, "ConnectorID.$": str}, total=False
)
DeleteJobParameters = TypedDict(
    "DeleteJobParameters",
    {"JobID": S, "JobID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
DeleteLaunchConfigurationTemplateParameters = TypedDict(
    "DeleteLaunchConfigurationTemplateParameters",
    {"LaunchConfigurationTemplateID": S, "LaunchConfigurationTemplateID.$": str},
    total=False,
)
DeleteNetworkMigrationDefinitionParameters = TypedDict(
    "DeleteNetworkMigrationDefinitionParameters",
    {"NetworkMigrationDefinitionID": S, "NetworkMigrationDefinitionID.$": str},
    total=False,
)
DeleteRemoteSourceActionParameters = TypedDict(
    "DeleteRemoteSourceActionParameters",
    {"RemoteSourceActionID": S, "RemoteSourceActionID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
DeleteReplicationConfigurationTemplateParameters = TypedDict(
    "DeleteReplicationConfigurationTemplateParameters",
    {"ReplicationConfigurationTemplateID": S, "ReplicationConfigurationTemplateID.$": str},
    total=False,
)
DeleteSourceServerParameters = TypedDict(
    "DeleteSourceServerParameters",
    {"SourceServerID": S, "SourceServerID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
DeleteVcenterClientParameters = TypedDict(
    "DeleteVcenterClientParameters", {"VcenterClientID": S, "VcenterClientID.$": str}, total=False
)
DeleteWaveParameters = TypedDict(
    "DeleteWaveParameters",
    {"WaveID": S, "WaveID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
DescribeJobLogItemsParameters = TypedDict(
    "DescribeJobLogItemsParameters",
    {
        "JobID": S,
        "JobID.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)

class DescribeJobsRequestFilters(TypedDict, total=False):
    JobIDs: L[Si]
    FromDate: S
    ToDate: S

DescribeJobsParameters = TypedDict(
    "DescribeJobsParameters",
    {
        "Filters": X[DescribeJobsRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
DescribeLaunchConfigurationTemplatesParameters = TypedDict(
    "DescribeLaunchConfigurationTemplatesParameters",
    {
        "LaunchConfigurationTemplateIDs": L[Si],
        "LaunchConfigurationTemplateIDs.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeReplicationConfigurationTemplatesParameters = TypedDict(
    "DescribeReplicationConfigurationTemplatesParameters",
    {
        "ReplicationConfigurationTemplateIDs": L[Si],
        "ReplicationConfigurationTemplateIDs.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribeSourceServersRequestFilters(TypedDict, total=False):
    SourceServerIDs: L[Si]
    IsArchived: B
    ReplicationTypes: L[Si]
    LifeCycleStates: L[Si]
    ApplicationIDs: L[Si]

DescribeSourceServersParameters = TypedDict(
    "DescribeSourceServersParameters",
    {
        "Filters": X[DescribeSourceServersRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
DescribeVcenterClientsParameters = TypedDict(
    "DescribeVcenterClientsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DisassociateApplicationsParameters = TypedDict(
    "DisassociateApplicationsParameters",
    {
        "WaveID": S,
        "WaveID.$": str,
        "ApplicationIDs": L[Si],
        "ApplicationIDs.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
DisassociateSourceServersParameters = TypedDict(
    "DisassociateSourceServersParameters",
    {
        "ApplicationID": S,
        "ApplicationID.$": str,
        "SourceServerIDs": L[Si],
        "SourceServerIDs.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
DisconnectFromServiceParameters = TypedDict(
    "DisconnectFromServiceParameters",
    {"SourceServerID": S, "SourceServerID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
FinalizeCutoverParameters = TypedDict(
    "FinalizeCutoverParameters",
    {"SourceServerID": S, "SourceServerID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
GetLaunchConfigurationParameters = TypedDict(
    "GetLaunchConfigurationParameters",
    {"SourceServerID": S, "SourceServerID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
GetLaunchConfigurationDefaultsParameters = TypedDict(
    "GetLaunchConfigurationDefaultsParameters",
    {"SourceServerID": S, "SourceServerID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
GetNetworkMigrationDefinitionParameters = TypedDict(
    "GetNetworkMigrationDefinitionParameters",
    {"NetworkMigrationDefinitionID": S, "NetworkMigrationDefinitionID.$": str},
    total=False,
)
GetNetworkMigrationMapperSegmentConstructParameters = TypedDict(
    "GetNetworkMigrationMapperSegmentConstructParameters",
    {
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "SegmentID": S,
        "SegmentID.$": str,
        "ConstructID": S,
        "ConstructID.$": str,
    },
    total=False,
)
GetReplicationConfigurationParameters = TypedDict(
    "GetReplicationConfigurationParameters",
    {"SourceServerID": S, "SourceServerID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)

class InitializeServiceParameters(TypedDict, total=False): ...

class ListApplicationsRequestFilters(TypedDict, total=False):
    ApplicationIDs: L[Si]
    IsArchived: B
    WaveIDs: L[Si]

ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {
        "Filters": X[ListApplicationsRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)

class ListConnectorsRequestFilters(TypedDict, total=False):
    ConnectorIDs: L[Si]

ListConnectorsParameters = TypedDict(
    "ListConnectorsParameters",
    {
        "Filters": X[ListConnectorsRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExportErrorsParameters = TypedDict(
    "ListExportErrorsParameters",
    {
        "ExportID": S,
        "ExportID.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListExportsRequestFilters(TypedDict, total=False):
    ExportIDs: L[Si]

ListExportsParameters = TypedDict(
    "ListExportsParameters",
    {
        "Filters": X[ListExportsRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListImportErrorsParameters = TypedDict(
    "ListImportErrorsParameters",
    {
        "ImportID": S,
        "ImportID.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListImportFileEnrichmentsFilters(TypedDict, total=False):
    JobIDs: L[Si]

ListImportFileEnrichmentsParameters = TypedDict(
    "ListImportFileEnrichmentsParameters",
    {
        "Filters": X[ListImportFileEnrichmentsFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListImportsRequestFilters(TypedDict, total=False):
    ImportIDs: L[Si]

ListImportsParameters = TypedDict(
    "ListImportsParameters",
    {
        "Filters": X[ListImportsRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListManagedAccountsParameters = TypedDict(
    "ListManagedAccountsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class ListNetworkMigrationAnalysesFilters(TypedDict, total=False):
    JobIDs: L[Si]

ListNetworkMigrationAnalysesParameters = TypedDict(
    "ListNetworkMigrationAnalysesParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "Filters": X[ListNetworkMigrationAnalysesFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListNetworkMigrationAnalysisResultsFilters(TypedDict, total=False):
    VpcIDs: L[Si]

ListNetworkMigrationAnalysisResultsParameters = TypedDict(
    "ListNetworkMigrationAnalysisResultsParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "Filters": X[ListNetworkMigrationAnalysisResultsFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListNetworkMigrationCodeGenerationSegmentsFilters(TypedDict, total=False):
    SegmentIDs: L[Si]

ListNetworkMigrationCodeGenerationSegmentsParameters = TypedDict(
    "ListNetworkMigrationCodeGenerationSegmentsParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "Filters": X[ListNetworkMigrationCodeGenerationSegmentsFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListNetworkMigrationCodeGenerationsFilters(TypedDict, total=False):
    JobIDs: L[Si]

ListNetworkMigrationCodeGenerationsParameters = TypedDict(
    "ListNetworkMigrationCodeGenerationsParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "Filters": X[ListNetworkMigrationCodeGenerationsFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListNetworkMigrationDefinitionsRequestFilters(TypedDict, total=False):
    NetworkMigrationDefinitionIDs: L[Si]

ListNetworkMigrationDefinitionsParameters = TypedDict(
    "ListNetworkMigrationDefinitionsParameters",
    {
        "Filters": X[ListNetworkMigrationDefinitionsRequestFilters],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListNetworkMigrationDeployedStacksParameters = TypedDict(
    "ListNetworkMigrationDeployedStacksParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListNetworkMigrationDeployerJobFilters(TypedDict, total=False):
    JobIDs: L[Si]

ListNetworkMigrationDeploymentsParameters = TypedDict(
    "ListNetworkMigrationDeploymentsParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "Filters": X[ListNetworkMigrationDeployerJobFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListNetworkMigrationExecutionRequestFilters(TypedDict, total=False):
    NetworkMigrationExecutionIDs: L[Si]
    NetworkMigrationExecutionStatuses: L[Si]

ListNetworkMigrationExecutionsParameters = TypedDict(
    "ListNetworkMigrationExecutionsParameters",
    {
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "Filters": X[ListNetworkMigrationExecutionRequestFilters],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListNetworkMigrationInsightsFilters(TypedDict, total=False):
    InsightTypes: L[Si]

ListNetworkMigrationInsightsParameters = TypedDict(
    "ListNetworkMigrationInsightsParameters",
    {
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "ProducerID": S,
        "ProducerID.$": str,
        "SegmentID": S,
        "SegmentID.$": str,
        "ConstructID": S,
        "ConstructID.$": str,
        "Filters": X[ListNetworkMigrationInsightsFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListNetworkMigrationMapperSegmentConstructsFilters(TypedDict, total=False):
    ConstructIDs: L[Si]
    ConstructTypes: L[Si]

ListNetworkMigrationMapperSegmentConstructsParameters = TypedDict(
    "ListNetworkMigrationMapperSegmentConstructsParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "SegmentID": S,
        "SegmentID.$": str,
        "Filters": X[ListNetworkMigrationMapperSegmentConstructsFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeEnrichedProperties": B,
        "IncludeEnrichedProperties.$": str,
        "IncludeConfiguration": B,
        "IncludeConfiguration.$": str,
    },
    total=False,
)

class ListNetworkMigrationMapperSegmentsFilters(TypedDict, total=False):
    SegmentIDs: L[Si]

ListNetworkMigrationMapperSegmentsParameters = TypedDict(
    "ListNetworkMigrationMapperSegmentsParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "Filters": X[ListNetworkMigrationMapperSegmentsFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListNetworkMigrationMappingUpdatesFilters(TypedDict, total=False):
    JobIDs: L[Si]

ListNetworkMigrationMappingUpdatesParameters = TypedDict(
    "ListNetworkMigrationMappingUpdatesParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "Filters": X[ListNetworkMigrationMappingUpdatesFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListNetworkMigrationMappingsFilters(TypedDict, total=False):
    JobIDs: L[Si]

ListNetworkMigrationMappingsParameters = TypedDict(
    "ListNetworkMigrationMappingsParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "Filters": X[ListNetworkMigrationMappingsFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRemoteSourceActionInvocationResultsParameters = TypedDict(
    "ListRemoteSourceActionInvocationResultsParameters",
    {
        "SourceServerID": S,
        "SourceServerID.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)

class ListRemoteSourceActionInvocationsRequestFilters(TypedDict, total=False):
    SourceServerArns: L[Si]
    RemoteSourceActionArns: L[Si]
    Statuses: L[Si]

ListRemoteSourceActionInvocationsParameters = TypedDict(
    "ListRemoteSourceActionInvocationsParameters",
    {
        "RemoteSourceActionJobID": S,
        "RemoteSourceActionJobID.$": str,
        "Filters": X[ListRemoteSourceActionInvocationsRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)

class ListRemoteSourceActionJobsRequestFilters(TypedDict, total=False):
    RemoteSourceActionJobIDs: L[Si]

ListRemoteSourceActionJobsParameters = TypedDict(
    "ListRemoteSourceActionJobsParameters",
    {
        "Filters": X[ListRemoteSourceActionJobsRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)

class ListRemoteSourceActionsRequestFilters(TypedDict, total=False):
    RemoteSourceActionIDs: L[Si]

ListRemoteSourceActionsParameters = TypedDict(
    "ListRemoteSourceActionsParameters",
    {
        "Filters": X[ListRemoteSourceActionsRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)

class SourceServerActionsRequestFilters(TypedDict, total=False):
    ActionIDs: L[Si]

ListSourceServerActionsParameters = TypedDict(
    "ListSourceServerActionsParameters",
    {
        "SourceServerID": S,
        "SourceServerID.$": str,
        "Filters": X[SourceServerActionsRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class TemplateActionsRequestFilters(TypedDict, total=False):
    ActionIDs: L[Si]

ListTemplateActionsParameters = TypedDict(
    "ListTemplateActionsParameters",
    {
        "LaunchConfigurationTemplateID": S,
        "LaunchConfigurationTemplateID.$": str,
        "Filters": X[TemplateActionsRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListWavesRequestFilters(TypedDict, total=False):
    WaveIDs: L[Si]
    IsArchived: B

ListWavesParameters = TypedDict(
    "ListWavesParameters",
    {
        "Filters": X[ListWavesRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
MarkAsArchivedParameters = TypedDict(
    "MarkAsArchivedParameters",
    {"SourceServerID": S, "SourceServerID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
PauseReplicationParameters = TypedDict(
    "PauseReplicationParameters",
    {"SourceServerID": S, "SourceServerID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
PutSourceServerActionParameters = TypedDict(
    "PutSourceServerActionParameters",
    {
        "SourceServerID": S,
        "SourceServerID.$": str,
        "ActionName": S,
        "ActionName.$": str,
        "DocumentIdentifier": S,
        "DocumentIdentifier.$": str,
        "Order": I,
        "Order.$": str,
        "ActionID": S,
        "ActionID.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "Active": B,
        "Active.$": str,
        "TimeoutSeconds": I,
        "TimeoutSeconds.$": str,
        "MustSucceedForCutover": B,
        "MustSucceedForCutover.$": str,
        "Parameters": M[L[Xi[SsmParameterStoreParameter]]],
        "Parameters.$": str,
        "ExternalParameters": M[X[SsmExternalParameter]],
        "ExternalParameters.$": str,
        "Description": S,
        "Description.$": str,
        "Category": S,
        "Category.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
PutTemplateActionParameters = TypedDict(
    "PutTemplateActionParameters",
    {
        "LaunchConfigurationTemplateID": S,
        "LaunchConfigurationTemplateID.$": str,
        "ActionName": S,
        "ActionName.$": str,
        "DocumentIdentifier": S,
        "DocumentIdentifier.$": str,
        "Order": I,
        "Order.$": str,
        "ActionID": S,
        "ActionID.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "Active": B,
        "Active.$": str,
        "TimeoutSeconds": I,
        "TimeoutSeconds.$": str,
        "MustSucceedForCutover": B,
        "MustSucceedForCutover.$": str,
        "Parameters": M[L[Xi[SsmParameterStoreParameter]]],
        "Parameters.$": str,
        "OperatingSystem": S,
        "OperatingSystem.$": str,
        "ExternalParameters": M[X[SsmExternalParameter]],
        "ExternalParameters.$": str,
        "Description": S,
        "Description.$": str,
        "Category": S,
        "Category.$": str,
    },
    total=False,
)
RemoveSourceServerActionParameters = TypedDict(
    "RemoveSourceServerActionParameters",
    {
        "SourceServerID": S,
        "SourceServerID.$": str,
        "ActionID": S,
        "ActionID.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
RemoveTemplateActionParameters = TypedDict(
    "RemoveTemplateActionParameters",
    {
        "LaunchConfigurationTemplateID": S,
        "LaunchConfigurationTemplateID.$": str,
        "ActionID": S,
        "ActionID.$": str,
    },
    total=False,
)
ResumeReplicationParameters = TypedDict(
    "ResumeReplicationParameters",
    {"SourceServerID": S, "SourceServerID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
RetryDataReplicationParameters = TypedDict(
    "RetryDataReplicationParameters",
    {"SourceServerID": S, "SourceServerID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
StartCutoverParameters = TypedDict(
    "StartCutoverParameters",
    {
        "SourceServerIDs": L[Si],
        "SourceServerIDs.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
StartExportParameters = TypedDict(
    "StartExportParameters",
    {
        "S3Bucket": S,
        "S3Bucket.$": str,
        "S3Key": S,
        "S3Key.$": str,
        "S3BucketOwner": S,
        "S3BucketOwner.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class S3BucketSource(TypedDict, total=False):
    S3Bucket: S
    S3Key: S
    S3BucketOwner: S

StartImportParameters = TypedDict(
    "StartImportParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "S3BucketSource": X[S3BucketSource],
        "S3BucketSource.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class EnrichmentSourceS3Configuration(TypedDict, total=False):
    S3Bucket: S
    S3BucketOwner: S
    S3Key: S

class EnrichmentTargetS3Configuration(TypedDict, total=False):
    S3Bucket: S
    S3BucketOwner: S
    S3Key: S

StartImportFileEnrichmentParameters = TypedDict(
    "StartImportFileEnrichmentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "S3BucketSource": X[EnrichmentSourceS3Configuration],
        "S3BucketSource.$": str,
        "S3BucketTarget": X[EnrichmentTargetS3Configuration],
        "S3BucketTarget.$": str,
        "IpAssignmentStrategy": S,
        "IpAssignmentStrategy.$": str,
    },
    total=False,
)
StartNetworkMigrationAnalysisParameters = TypedDict(
    "StartNetworkMigrationAnalysisParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
    },
    total=False,
)
StartNetworkMigrationCodeGenerationParameters = TypedDict(
    "StartNetworkMigrationCodeGenerationParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "CodeGenerationOutputFormatTypes": L[Si],
        "CodeGenerationOutputFormatTypes.$": str,
    },
    total=False,
)
StartNetworkMigrationDeploymentParameters = TypedDict(
    "StartNetworkMigrationDeploymentParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
    },
    total=False,
)
StartNetworkMigrationMappingParameters = TypedDict(
    "StartNetworkMigrationMappingParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "SecurityGroupMappingStrategy": S,
        "SecurityGroupMappingStrategy.$": str,
    },
    total=False,
)

class MergeConstruct(TypedDict, total=False):
    SegmentID: S
    ConstructID: S

class MergeOperation(TypedDict, total=False):
    MergeConstructs: L[Xi[MergeConstruct]]

class SplitConstruct(TypedDict, total=False):
    CidrBlock: S

class SplitOperation(TypedDict, total=False):
    SplitConstructs: L[Xi[SplitConstruct]]

class DeleteOperation(TypedDict, total=False): ...

class UpdateOperation(TypedDict, total=False):
    Name: S
    Excluded: B
    Properties: M[S]

class SecurityGroupAssociations(TypedDict, total=False):
    Cidrs: L[Si]
    VmUUIDs: L[Si]
    UserProvidedIDs: L[Si]

class SecurityGroupConfiguration(TypedDict, total=False):
    Associations: X[SecurityGroupAssociations]

class SecurityGroupRuleConfiguration(TypedDict, total=False):
    EnableReferencing: B

class OperationConfigurationUnion(TypedDict, total=False):
    SecurityGroup: X[SecurityGroupConfiguration]
    SecurityGroupRule: X[SecurityGroupRuleConfiguration]

class UpdateOperationV2(TypedDict, total=False):
    Name: S
    Excluded: B
    Properties: M[Doc]
    PropertiesToDelete: L[Si]
    Configuration: X[OperationConfigurationUnion]

class CreateOperation(TypedDict, total=False):
    Name: S
    Excluded: B
    Properties: M[Doc]
    Configuration: X[OperationConfigurationUnion]

class OperationUnion(TypedDict, total=False):
    Merge: X[MergeOperation]
    Split: X[SplitOperation]
    Delete: X[DeleteOperation]
    Update: X[UpdateOperation]
    UpdateV2: X[UpdateOperationV2]
    Create: X[CreateOperation]

class StartNetworkMigrationMappingUpdateConstruct(TypedDict, total=False):
    SegmentID: S
    SegmentLogicalID: S
    ConstructID: S
    ConstructType: S
    ConstructLogicalID: S
    Operation: X[OperationUnion]

class SegmentCreateOperation(TypedDict, total=False):
    Name: S
    Description: S
    TargetAccount: S
    ScopeTags: M[S]

class SegmentUpdateOperation(TypedDict, total=False):
    Name: S
    Description: S
    TargetAccount: S
    ScopeTags: M[S]

class SegmentDeleteOperation(TypedDict, total=False): ...

class SegmentOperation(TypedDict, total=False):
    Create: X[SegmentCreateOperation]
    Update: X[SegmentUpdateOperation]
    Delete: X[SegmentDeleteOperation]

class StartNetworkMigrationMappingUpdateSegment(TypedDict, total=False):
    SegmentID: S
    SegmentLogicalID: S
    Operation: X[SegmentOperation]
    TargetAccount: S
    ScopeTags: M[S]

StartNetworkMigrationMappingUpdateParameters = TypedDict(
    "StartNetworkMigrationMappingUpdateParameters",
    {
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "Constructs": L[Xi[StartNetworkMigrationMappingUpdateConstruct]],
        "Constructs.$": str,
        "Segments": L[Xi[StartNetworkMigrationMappingUpdateSegment]],
        "Segments.$": str,
    },
    total=False,
)
StartRemoteSourceActionJobParameters = TypedDict(
    "StartRemoteSourceActionJobParameters",
    {
        "RemoteSourceActionArns": L[Si],
        "RemoteSourceActionArns.$": str,
        "ConnectorArn": S,
        "ConnectorArn.$": str,
        "SourceServerArns": L[Si],
        "SourceServerArns.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
StartReplicationParameters = TypedDict(
    "StartReplicationParameters",
    {"SourceServerID": S, "SourceServerID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
StartTestParameters = TypedDict(
    "StartTestParameters",
    {
        "SourceServerIDs": L[Si],
        "SourceServerIDs.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
StopReplicationParameters = TypedDict(
    "StopReplicationParameters",
    {"SourceServerID": S, "SourceServerID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TerminateTargetInstancesParameters = TypedDict(
    "TerminateTargetInstancesParameters",
    {
        "SourceServerIDs": L[Si],
        "SourceServerIDs.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
UnarchiveApplicationParameters = TypedDict(
    "UnarchiveApplicationParameters",
    {"ApplicationID": S, "ApplicationID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
UnarchiveWaveParameters = TypedDict(
    "UnarchiveWaveParameters",
    {"WaveID": S, "WaveID.$": str, "AccountID": S, "AccountID.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "ApplicationID": S,
        "ApplicationID.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
UpdateConnectorParameters = TypedDict(
    "UpdateConnectorParameters",
    {
        "ConnectorID": S,
        "ConnectorID.$": str,
        "Name": S,
        "Name.$": str,
        "SsmCommandConfig": X[ConnectorSsmCommandConfig],
        "SsmCommandConfig.$": str,
    },
    total=False,
)
UpdateLaunchConfigurationParameters = TypedDict(
    "UpdateLaunchConfigurationParameters",
    {
        "SourceServerID": S,
        "SourceServerID.$": str,
        "Name": S,
        "Name.$": str,
        "LaunchDisposition": S,
        "LaunchDisposition.$": str,
        "TargetInstanceTypeRightSizingMethod": S,
        "TargetInstanceTypeRightSizingMethod.$": str,
        "CopyPrivateIp": B,
        "CopyPrivateIp.$": str,
        "CopyTags": B,
        "CopyTags.$": str,
        "Licensing": X[Licensing],
        "Licensing.$": str,
        "BootMode": S,
        "BootMode.$": str,
        "PostLaunchActions": X[PostLaunchActions],
        "PostLaunchActions.$": str,
        "EnableMapAutoTagging": B,
        "EnableMapAutoTagging.$": str,
        "MapAutoTaggingMpeID": S,
        "MapAutoTaggingMpeID.$": str,
        "MapAutoTaggingKey": S,
        "MapAutoTaggingKey.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)

class SourceServerVolumeConfiguration(TypedDict, total=False):
    VolumeType: S
    Iops: I
    Throughput: I
    VolumeInitializationRate: I
    DeleteOnTermination: S

UpdateLaunchConfigurationDefaultsParameters = TypedDict(
    "UpdateLaunchConfigurationDefaultsParameters",
    {
        "SourceServerID": S,
        "SourceServerID.$": str,
        "AccountID": S,
        "AccountID.$": str,
        "SmallVolumeMaxSize": I,
        "SmallVolumeMaxSize.$": str,
        "SmallVolumeConfiguration": X[SourceServerVolumeConfiguration],
        "SmallVolumeConfiguration.$": str,
        "LargeVolumeConfiguration": X[SourceServerVolumeConfiguration],
        "LargeVolumeConfiguration.$": str,
    },
    total=False,
)
UpdateLaunchConfigurationTemplateParameters = TypedDict(
    "UpdateLaunchConfigurationTemplateParameters",
    {
        "LaunchConfigurationTemplateID": S,
        "LaunchConfigurationTemplateID.$": str,
        "PostLaunchActions": X[PostLaunchActions],
        "PostLaunchActions.$": str,
        "EnableMapAutoTagging": B,
        "EnableMapAutoTagging.$": str,
        "MapAutoTaggingMpeID": S,
        "MapAutoTaggingMpeID.$": str,
        "MapAutoTaggingKey": S,
        "MapAutoTaggingKey.$": str,
        "LaunchDisposition": S,
        "LaunchDisposition.$": str,
        "TargetInstanceTypeRightSizingMethod": S,
        "TargetInstanceTypeRightSizingMethod.$": str,
        "CopyPrivateIp": B,
        "CopyPrivateIp.$": str,
        "AssociatePublicIpAddress": B,
        "AssociatePublicIpAddress.$": str,
        "CopyTags": B,
        "CopyTags.$": str,
        "Licensing": X[Licensing],
        "Licensing.$": str,
        "BootMode": S,
        "BootMode.$": str,
        "SmallVolumeMaxSize": I,
        "SmallVolumeMaxSize.$": str,
        "SmallVolumeConf": X[LaunchTemplateDiskConf],
        "SmallVolumeConf.$": str,
        "LargeVolumeConf": X[LaunchTemplateDiskConf],
        "LargeVolumeConf.$": str,
        "EnableParametersEncryption": B,
        "EnableParametersEncryption.$": str,
        "ParametersEncryptionKey": S,
        "ParametersEncryptionKey.$": str,
    },
    total=False,
)

class TargetS3ConfigurationUpdate(TypedDict, total=False):
    S3Bucket: S
    S3BucketOwner: S

class TargetNetworkUpdate(TypedDict, total=False):
    Topology: S
    InboundCidr: S
    OutboundCidr: S
    InspectionCidr: S

UpdateNetworkMigrationDefinitionParameters = TypedDict(
    "UpdateNetworkMigrationDefinitionParameters",
    {
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SourceConfigurations": L[Xi[SourceConfiguration]],
        "SourceConfigurations.$": str,
        "TargetS3Configuration": X[TargetS3ConfigurationUpdate],
        "TargetS3Configuration.$": str,
        "TargetNetwork": X[TargetNetworkUpdate],
        "TargetNetwork.$": str,
        "TargetDeployment": S,
        "TargetDeployment.$": str,
        "VpcProvisioningStrategy": S,
        "VpcProvisioningStrategy.$": str,
        "CidrMappings": L[Xi[CidrMapping]],
        "CidrMappings.$": str,
        "ScopeTags": M[S],
        "ScopeTags.$": str,
        "DefinitionType": S,
        "DefinitionType.$": str,
    },
    total=False,
)
UpdateNetworkMigrationMapperSegmentParameters = TypedDict(
    "UpdateNetworkMigrationMapperSegmentParameters",
    {
        "NetworkMigrationDefinitionID": S,
        "NetworkMigrationDefinitionID.$": str,
        "NetworkMigrationExecutionID": S,
        "NetworkMigrationExecutionID.$": str,
        "SegmentID": S,
        "SegmentID.$": str,
        "ScopeTags": M[S],
        "ScopeTags.$": str,
    },
    total=False,
)
UpdateRemoteSourceActionParameters = TypedDict(
    "UpdateRemoteSourceActionParameters",
    {
        "RemoteSourceActionID": S,
        "RemoteSourceActionID.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SsmParameterName": S,
        "SsmParameterName.$": str,
        "TimeoutSeconds": I,
        "TimeoutSeconds.$": str,
        "OperatingSystem": S,
        "OperatingSystem.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)

class ReplicationConfigurationReplicatedDisk(TypedDict, total=False):
    DeviceName: S
    IsBootDisk: B
    StagingDiskType: S
    Iops: I
    Throughput: I

UpdateReplicationConfigurationParameters = TypedDict(
    "UpdateReplicationConfigurationParameters",
    {
        "SourceServerID": S,
        "SourceServerID.$": str,
        "Name": S,
        "Name.$": str,
        "StagingAreaSubnetId": S,
        "StagingAreaSubnetId.$": str,
        "AssociateDefaultSecurityGroup": B,
        "AssociateDefaultSecurityGroup.$": str,
        "ReplicationServersSecurityGroupsIDs": L[Si],
        "ReplicationServersSecurityGroupsIDs.$": str,
        "ReplicationServerInstanceType": S,
        "ReplicationServerInstanceType.$": str,
        "UseDedicatedReplicationServer": B,
        "UseDedicatedReplicationServer.$": str,
        "DefaultLargeStagingDiskType": S,
        "DefaultLargeStagingDiskType.$": str,
        "ReplicatedDisks": L[Xi[ReplicationConfigurationReplicatedDisk]],
        "ReplicatedDisks.$": str,
        "EbsEncryption": S,
        "EbsEncryption.$": str,
        "EbsEncryptionKeyArn": S,
        "EbsEncryptionKeyArn.$": str,
        "BandwidthThrottling": I,
        "BandwidthThrottling.$": str,
        "DataPlaneRouting": S,
        "DataPlaneRouting.$": str,
        "CreatePublicIP": B,
        "CreatePublicIP.$": str,
        "StagingAreaTags": M[S],
        "StagingAreaTags.$": str,
        "UseFipsEndpoint": B,
        "UseFipsEndpoint.$": str,
        "AccountID": S,
        "AccountID.$": str,
        "InternetProtocol": S,
        "InternetProtocol.$": str,
        "StoreSnapshotOnLocalZone": B,
        "StoreSnapshotOnLocalZone.$": str,
        "OutpostSnapshotLocation": S,
        "OutpostSnapshotLocation.$": str,
        "StorageConfiguration": X[StorageConfiguration],
        "StorageConfiguration.$": str,
    },
    total=False,
)
UpdateReplicationConfigurationTemplateParameters = TypedDict(
    "UpdateReplicationConfigurationTemplateParameters",
    {
        "ReplicationConfigurationTemplateID": S,
        "ReplicationConfigurationTemplateID.$": str,
        "Arn": S,
        "Arn.$": str,
        "StagingAreaSubnetId": S,
        "StagingAreaSubnetId.$": str,
        "AssociateDefaultSecurityGroup": B,
        "AssociateDefaultSecurityGroup.$": str,
        "ReplicationServersSecurityGroupsIDs": L[Si],
        "ReplicationServersSecurityGroupsIDs.$": str,
        "ReplicationServerInstanceType": S,
        "ReplicationServerInstanceType.$": str,
        "UseDedicatedReplicationServer": B,
        "UseDedicatedReplicationServer.$": str,
        "DefaultLargeStagingDiskType": S,
        "DefaultLargeStagingDiskType.$": str,
        "EbsEncryption": S,
        "EbsEncryption.$": str,
        "EbsEncryptionKeyArn": S,
        "EbsEncryptionKeyArn.$": str,
        "BandwidthThrottling": I,
        "BandwidthThrottling.$": str,
        "DataPlaneRouting": S,
        "DataPlaneRouting.$": str,
        "CreatePublicIP": B,
        "CreatePublicIP.$": str,
        "StagingAreaTags": M[S],
        "StagingAreaTags.$": str,
        "UseFipsEndpoint": B,
        "UseFipsEndpoint.$": str,
        "InternetProtocol": S,
        "InternetProtocol.$": str,
        "StoreSnapshotOnLocalZone": B,
        "StoreSnapshotOnLocalZone.$": str,
        "OutpostSnapshotLocation": S,
        "OutpostSnapshotLocation.$": str,
        "StorageConfiguration": X[StorageConfiguration],
        "StorageConfiguration.$": str,
    },
    total=False,
)

class SourceServerConnectorAction(TypedDict, total=False):
    CredentialsSecretArn: S
    ConnectorArn: S

UpdateSourceServerParameters = TypedDict(
    "UpdateSourceServerParameters",
    {
        "AccountID": S,
        "AccountID.$": str,
        "SourceServerID": S,
        "SourceServerID.$": str,
        "ConnectorAction": X[SourceServerConnectorAction],
        "ConnectorAction.$": str,
        "UserProvidedID": S,
        "UserProvidedID.$": str,
        "FqdnForActionFramework": S,
        "FqdnForActionFramework.$": str,
        "Platform": S,
        "Platform.$": str,
    },
    total=False,
)
UpdateSourceServerReplicationTypeParameters = TypedDict(
    "UpdateSourceServerReplicationTypeParameters",
    {
        "SourceServerID": S,
        "SourceServerID.$": str,
        "ReplicationType": S,
        "ReplicationType.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
UpdateWaveParameters = TypedDict(
    "UpdateWaveParameters",
    {
        "WaveID": S,
        "WaveID.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AccountID": S,
        "AccountID.$": str,
    },
    total=False,
)
archive_application: Builder[ArchiveApplicationParameters]
archive_wave: Builder[ArchiveWaveParameters]
associate_applications: Builder[AssociateApplicationsParameters]
associate_source_servers: Builder[AssociateSourceServersParameters]
change_server_life_cycle_state: Builder[ChangeServerLifeCycleStateParameters]
create_application: Builder[CreateApplicationParameters]
create_connector: Builder[CreateConnectorParameters]
create_launch_configuration_template: Builder[CreateLaunchConfigurationTemplateParameters]
create_network_migration_definition: Builder[CreateNetworkMigrationDefinitionParameters]
create_remote_source_action: Builder[CreateRemoteSourceActionParameters]
create_replication_configuration_template: Builder[CreateReplicationConfigurationTemplateParameters]
create_wave: Builder[CreateWaveParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_connector: Builder[DeleteConnectorParameters]
delete_job: Builder[DeleteJobParameters]
delete_launch_configuration_template: Builder[DeleteLaunchConfigurationTemplateParameters]
delete_network_migration_definition: Builder[DeleteNetworkMigrationDefinitionParameters]
delete_remote_source_action: Builder[DeleteRemoteSourceActionParameters]
delete_replication_configuration_template: Builder[DeleteReplicationConfigurationTemplateParameters]
delete_source_server: Builder[DeleteSourceServerParameters]
delete_vcenter_client: Builder[DeleteVcenterClientParameters]
delete_wave: Builder[DeleteWaveParameters]
describe_job_log_items: Builder[DescribeJobLogItemsParameters]
describe_jobs: Builder[DescribeJobsParameters]
describe_launch_configuration_templates: Builder[DescribeLaunchConfigurationTemplatesParameters]
describe_replication_configuration_templates: Builder[
    DescribeReplicationConfigurationTemplatesParameters
]
describe_source_servers: Builder[DescribeSourceServersParameters]
describe_vcenter_clients: Builder[DescribeVcenterClientsParameters]
disassociate_applications: Builder[DisassociateApplicationsParameters]
disassociate_source_servers: Builder[DisassociateSourceServersParameters]
disconnect_from_service: Builder[DisconnectFromServiceParameters]
finalize_cutover: Builder[FinalizeCutoverParameters]
get_launch_configuration: Builder[GetLaunchConfigurationParameters]
get_launch_configuration_defaults: Builder[GetLaunchConfigurationDefaultsParameters]
get_network_migration_definition: Builder[GetNetworkMigrationDefinitionParameters]
get_network_migration_mapper_segment_construct: Builder[
    GetNetworkMigrationMapperSegmentConstructParameters
]
get_replication_configuration: Builder[GetReplicationConfigurationParameters]
initialize_service: Builder[InitializeServiceParameters]
list_applications: Builder[ListApplicationsParameters]
list_connectors: Builder[ListConnectorsParameters]
list_export_errors: Builder[ListExportErrorsParameters]
list_exports: Builder[ListExportsParameters]
list_import_errors: Builder[ListImportErrorsParameters]
list_import_file_enrichments: Builder[ListImportFileEnrichmentsParameters]
list_imports: Builder[ListImportsParameters]
list_managed_accounts: Builder[ListManagedAccountsParameters]
list_network_migration_analyses: Builder[ListNetworkMigrationAnalysesParameters]
list_network_migration_analysis_results: Builder[ListNetworkMigrationAnalysisResultsParameters]
list_network_migration_code_generation_segments: Builder[
    ListNetworkMigrationCodeGenerationSegmentsParameters
]
list_network_migration_code_generations: Builder[ListNetworkMigrationCodeGenerationsParameters]
list_network_migration_definitions: Builder[ListNetworkMigrationDefinitionsParameters]
list_network_migration_deployed_stacks: Builder[ListNetworkMigrationDeployedStacksParameters]
list_network_migration_deployments: Builder[ListNetworkMigrationDeploymentsParameters]
list_network_migration_executions: Builder[ListNetworkMigrationExecutionsParameters]
list_network_migration_insights: Builder[ListNetworkMigrationInsightsParameters]
list_network_migration_mapper_segment_constructs: Builder[
    ListNetworkMigrationMapperSegmentConstructsParameters
]
list_network_migration_mapper_segments: Builder[ListNetworkMigrationMapperSegmentsParameters]
list_network_migration_mapping_updates: Builder[ListNetworkMigrationMappingUpdatesParameters]
list_network_migration_mappings: Builder[ListNetworkMigrationMappingsParameters]
list_remote_source_action_invocation_results: Builder[
    ListRemoteSourceActionInvocationResultsParameters
]
list_remote_source_action_invocations: Builder[ListRemoteSourceActionInvocationsParameters]
list_remote_source_action_jobs: Builder[ListRemoteSourceActionJobsParameters]
list_remote_source_actions: Builder[ListRemoteSourceActionsParameters]
list_source_server_actions: Builder[ListSourceServerActionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_template_actions: Builder[ListTemplateActionsParameters]
list_waves: Builder[ListWavesParameters]
mark_as_archived: Builder[MarkAsArchivedParameters]
pause_replication: Builder[PauseReplicationParameters]
put_source_server_action: Builder[PutSourceServerActionParameters]
put_template_action: Builder[PutTemplateActionParameters]
remove_source_server_action: Builder[RemoveSourceServerActionParameters]
remove_template_action: Builder[RemoveTemplateActionParameters]
resume_replication: Builder[ResumeReplicationParameters]
retry_data_replication: Builder[RetryDataReplicationParameters]
start_cutover: Builder[StartCutoverParameters]
start_export: Builder[StartExportParameters]
start_import: Builder[StartImportParameters]
start_import_file_enrichment: Builder[StartImportFileEnrichmentParameters]
start_network_migration_analysis: Builder[StartNetworkMigrationAnalysisParameters]
start_network_migration_code_generation: Builder[StartNetworkMigrationCodeGenerationParameters]
start_network_migration_deployment: Builder[StartNetworkMigrationDeploymentParameters]
start_network_migration_mapping: Builder[StartNetworkMigrationMappingParameters]
start_network_migration_mapping_update: Builder[StartNetworkMigrationMappingUpdateParameters]
start_remote_source_action_job: Builder[StartRemoteSourceActionJobParameters]
start_replication: Builder[StartReplicationParameters]
start_test: Builder[StartTestParameters]
stop_replication: Builder[StopReplicationParameters]
tag_resource: Builder[TagResourceParameters]
terminate_target_instances: Builder[TerminateTargetInstancesParameters]
unarchive_application: Builder[UnarchiveApplicationParameters]
unarchive_wave: Builder[UnarchiveWaveParameters]
untag_resource: Builder[UntagResourceParameters]
update_application: Builder[UpdateApplicationParameters]
update_connector: Builder[UpdateConnectorParameters]
update_launch_configuration: Builder[UpdateLaunchConfigurationParameters]
update_launch_configuration_defaults: Builder[UpdateLaunchConfigurationDefaultsParameters]
update_launch_configuration_template: Builder[UpdateLaunchConfigurationTemplateParameters]
update_network_migration_definition: Builder[UpdateNetworkMigrationDefinitionParameters]
update_network_migration_mapper_segment: Builder[UpdateNetworkMigrationMapperSegmentParameters]
update_remote_source_action: Builder[UpdateRemoteSourceActionParameters]
update_replication_configuration: Builder[UpdateReplicationConfigurationParameters]
update_replication_configuration_template: Builder[UpdateReplicationConfigurationTemplateParameters]
update_source_server: Builder[UpdateSourceServerParameters]
update_source_server_replication_type: Builder[UpdateSourceServerReplicationTypeParameters]
update_wave: Builder[UpdateWaveParameters]

__all__ = [
    "archive_application",
    "archive_wave",
    "associate_applications",
    "associate_source_servers",
    "change_server_life_cycle_state",
    "create_application",
    "create_connector",
    "create_launch_configuration_template",
    "create_network_migration_definition",
    "create_remote_source_action",
    "create_replication_configuration_template",
    "create_wave",
    "delete_application",
    "delete_connector",
    "delete_job",
    "delete_launch_configuration_template",
    "delete_network_migration_definition",
    "delete_remote_source_action",
    "delete_replication_configuration_template",
    "delete_source_server",
    "delete_vcenter_client",
    "delete_wave",
    "describe_job_log_items",
    "describe_jobs",
    "describe_launch_configuration_templates",
    "describe_replication_configuration_templates",
    "describe_source_servers",
    "describe_vcenter_clients",
    "disassociate_applications",
    "disassociate_source_servers",
    "disconnect_from_service",
    "finalize_cutover",
    "get_launch_configuration",
    "get_launch_configuration_defaults",
    "get_network_migration_definition",
    "get_network_migration_mapper_segment_construct",
    "get_replication_configuration",
    "initialize_service",
    "list_applications",
    "list_connectors",
    "list_export_errors",
    "list_exports",
    "list_import_errors",
    "list_import_file_enrichments",
    "list_imports",
    "list_managed_accounts",
    "list_network_migration_analyses",
    "list_network_migration_analysis_results",
    "list_network_migration_code_generation_segments",
    "list_network_migration_code_generations",
    "list_network_migration_definitions",
    "list_network_migration_deployed_stacks",
    "list_network_migration_deployments",
    "list_network_migration_executions",
    "list_network_migration_insights",
    "list_network_migration_mapper_segment_constructs",
    "list_network_migration_mapper_segments",
    "list_network_migration_mapping_updates",
    "list_network_migration_mappings",
    "list_remote_source_action_invocation_results",
    "list_remote_source_action_invocations",
    "list_remote_source_action_jobs",
    "list_remote_source_actions",
    "list_source_server_actions",
    "list_tags_for_resource",
    "list_template_actions",
    "list_waves",
    "mark_as_archived",
    "pause_replication",
    "put_source_server_action",
    "put_template_action",
    "remove_source_server_action",
    "remove_template_action",
    "resume_replication",
    "retry_data_replication",
    "start_cutover",
    "start_export",
    "start_import",
    "start_import_file_enrichment",
    "start_network_migration_analysis",
    "start_network_migration_code_generation",
    "start_network_migration_deployment",
    "start_network_migration_mapping",
    "start_network_migration_mapping_update",
    "start_remote_source_action_job",
    "start_replication",
    "start_test",
    "stop_replication",
    "tag_resource",
    "terminate_target_instances",
    "unarchive_application",
    "unarchive_wave",
    "untag_resource",
    "update_application",
    "update_connector",
    "update_launch_configuration",
    "update_launch_configuration_defaults",
    "update_launch_configuration_template",
    "update_network_migration_definition",
    "update_network_migration_mapper_segment",
    "update_remote_source_action",
    "update_replication_configuration",
    "update_replication_configuration_template",
    "update_source_server",
    "update_source_server_replication_type",
    "update_wave",
]
