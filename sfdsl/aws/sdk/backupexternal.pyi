"""Typed builders of the AWS SDK integration of backupexternal (``aws-sdk:backupexternal:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

AssociateDiskParameters = TypedDict(
    "AssociateDiskParameters",
    {
        "ApplianceArn": S,
        "ApplianceArn.$": str,
        "NodeArn": S,
        "NodeArn.$": str,
        "DiskIdentifier": S,
        "DiskIdentifier.$": str,
        "DiskType": S,
        "DiskType.$": str,
    },
    total=False,
)

class ApplianceNetworkConfigurationForCreate(TypedDict, total=False):
    SubnetGateway: S
    SubnetMask: S
    DnsServers: L[Si]
    NtpServers: L[Si]
    DomainName: S
    SearchDomains: L[Si]

CreateApplianceParameters = TypedDict(
    "CreateApplianceParameters",
    {
        "ApplianceName": S,
        "ApplianceName.$": str,
        "EnvironmentType": S,
        "EnvironmentType.$": str,
        "ApplianceIamRoleArn": S,
        "ApplianceIamRoleArn.$": str,
        "NodeFaultTolerance": I,
        "NodeFaultTolerance.$": str,
        "NetworkConfiguration": X[ApplianceNetworkConfigurationForCreate],
        "NetworkConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ResourceProviderConfigurationForMssqlServer(TypedDict, total=False):
    Endpoint: S

class ResourceProviderConfigurationForNasShare(TypedDict, total=False):
    SharePath: S
    Protocol: S

class ResourceProviderConfigurationForOracledbServer(TypedDict, total=False):
    Endpoint: S

class ResourceProviderConfigurationForOracledbCluster(TypedDict, total=False):
    AlternativeEndpoint: S
    Endpoint: S

class ResourceProviderConfigurationForServerHost(TypedDict, total=False):
    Endpoint: S

class ResourceProviderConfigurationForVmwareEsxi(TypedDict, total=False):
    Endpoint: S
    MaxConcurrentStreamsPerDatastore: I
    MinFreeDatastoreSpaceForBackupPercentage: F
    MinFreeDatastoreSpaceForBackupGB: F

class ResourceProviderConfigurationForVmwareVcenter(TypedDict, total=False):
    Endpoint: S
    MaxConcurrentStreamsPerDatastore: I
    MinFreeDatastoreSpaceForBackupPercentage: F
    MinFreeDatastoreSpaceForBackupGB: F
    MaxConcurrentVmBackups: I

class ResourceProviderConfiguration(TypedDict, total=False):
    MssqlServer: X[ResourceProviderConfigurationForMssqlServer]
    NasShare: X[ResourceProviderConfigurationForNasShare]
    OracledbServer: X[ResourceProviderConfigurationForOracledbServer]
    OracledbCluster: X[ResourceProviderConfigurationForOracledbCluster]
    ServerHost: X[ResourceProviderConfigurationForServerHost]
    VmwareEsxi: X[ResourceProviderConfigurationForVmwareEsxi]
    VmwareVcenter: X[ResourceProviderConfigurationForVmwareVcenter]

class ResourceTargetConfigurationForMssqlDatabase(TypedDict, total=False):
    FullBackupAfterDays: I
    FullBackupAfterScheduleExpression: S
    BackupStreamCount: I
    IsCopyOnlyFull: B
    LogBackupFrequencyInMinutes: I

class ResourceTargetConfigurationForNasFilesystem(TypedDict, total=False):
    AllowUnencryptedDataTransfer: B

class ResourceTargetConfigurationForOracledbDatabase(TypedDict, total=False):
    FullBackupAfterDays: I
    FullBackupAfterScheduleExpression: S
    BackupChannelCount: I
    BackupNodeHostName: S
    LogBackupFrequencyInMinutes: I
    LogRetentionOnHostInHours: I

class ServerFilesystemPostBackupScript(TypedDict, total=False):
    ScriptParams: S
    ScriptPath: S
    TimeoutInMinutes: I

class ServerFilesystemPreBackupScript(TypedDict, total=False):
    ContinueBackupOnScriptFailure: B
    ScriptParams: S
    ScriptPath: S
    TimeoutInMinutes: I

class ResourceTargetConfigurationForServerFilesystem(TypedDict, total=False):
    BackupConsistency: S
    PostBackupScript: X[ServerFilesystemPostBackupScript]
    PreBackupScript: X[ServerFilesystemPreBackupScript]

class ResourceTargetConfigurationForVmwareVm(TypedDict, total=False):
    BackupConsistency: S

class ResourceTargetConfigurations(TypedDict, total=False):
    MssqlDatabase: X[ResourceTargetConfigurationForMssqlDatabase]
    NasFilesystem: X[ResourceTargetConfigurationForNasFilesystem]
    OracledbDatabase: X[ResourceTargetConfigurationForOracledbDatabase]
    ServerFilesystem: X[ResourceTargetConfigurationForServerFilesystem]
    VmwareVm: X[ResourceTargetConfigurationForVmwareVm]

CreateResourceProviderParameters = TypedDict(
    "CreateResourceProviderParameters",
    {
        "ApplianceArn": S,
        "ApplianceArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "ProviderConfiguration": X[ResourceProviderConfiguration],
        "ProviderConfiguration.$": str,
        "ProviderType": S,
        "ProviderType.$": str,
        "SecretConfigurationArn": S,
        "SecretConfigurationArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TargetConfiguration": X[ResourceTargetConfigurations],
        "TargetConfiguration.$": str,
        "TargetTagsOnCreate": M[S],
        "TargetTagsOnCreate.$": str,
        "TargetTagKeysToSync": L[Si],
        "TargetTagKeysToSync.$": str,
        "AutoDeleteNotFoundTargetsAfterDays": I,
        "AutoDeleteNotFoundTargetsAfterDays.$": str,
    },
    total=False,
)
DeleteApplianceParameters = TypedDict(
    "DeleteApplianceParameters",
    {"ApplianceArn": S, "ApplianceArn.$": str, "Force": B, "Force.$": str},
    total=False,
)
DeleteNodeParameters = TypedDict(
    "DeleteNodeParameters",
    {"ApplianceArn": S, "ApplianceArn.$": str, "NodeArn": S, "NodeArn.$": str},
    total=False,
)
DeleteResourceProviderParameters = TypedDict(
    "DeleteResourceProviderParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteResourceTargetParameters = TypedDict(
    "DeleteResourceTargetParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetActivationCredentialsParameters = TypedDict(
    "GetActivationCredentialsParameters", {"ApplianceArn": S, "ApplianceArn.$": str}, total=False
)
GetAgentDownloadParameters = TypedDict(
    "GetAgentDownloadParameters",
    {"ApplianceArn": S, "ApplianceArn.$": str, "Platform": S, "Platform.$": str},
    total=False,
)
GetAgentUpgradeSettingsParameters = TypedDict(
    "GetAgentUpgradeSettingsParameters", {"ApplianceArn": S, "ApplianceArn.$": str}, total=False
)
GetApplianceParameters = TypedDict(
    "GetApplianceParameters", {"ApplianceArn": S, "ApplianceArn.$": str}, total=False
)

class SizingBackupRule(TypedDict, total=False):
    Frequency: I
    FrequencyUnit: S
    DeleteAfterDays: I
    EnableContinuousBackup: B
    LogBackupFrequencyInMinutes: I

class SizingStandardBackupConfiguration(TypedDict, total=False):
    BackupRules: L[Xi[SizingBackupRule]]

class SizingDatabaseBackupConfiguration(TypedDict, total=False):
    BackupRules: L[Xi[SizingBackupRule]]
    FullBackupAfterDays: I
    LogChangeRatePercent: F

class SizingNasBackupConfiguration(TypedDict, total=False):
    DataProfile: S
    InitialFileCountInMillions: F
    BackupRules: L[Xi[SizingBackupRule]]

class SizingBackupConfiguration(TypedDict, total=False):
    VmwareVm: X[SizingStandardBackupConfiguration]
    MssqlDatabase: X[SizingDatabaseBackupConfiguration]
    OracleDatabase: X[SizingDatabaseBackupConfiguration]
    Nas: X[SizingNasBackupConfiguration]
    PhysicalServer: X[SizingStandardBackupConfiguration]

class SizingWorkload(TypedDict, total=False):
    InitialSizeTiB: F
    ChangeRatePercent: F
    AnnualGrowthRatePercent: F
    CompletionWindowMinutes: I
    EnableCopyToCloud: B
    BackupConfiguration: X[SizingBackupConfiguration]

GetApplianceSizingRecommendationParameters = TypedDict(
    "GetApplianceSizingRecommendationParameters",
    {
        "Workloads": L[Xi[SizingWorkload]],
        "Workloads.$": str,
        "ProjectionYears": I,
        "ProjectionYears.$": str,
        "NodeFaultTolerance": I,
        "NodeFaultTolerance.$": str,
        "NodeType": S,
        "NodeType.$": str,
    },
    total=False,
)
GetNodeParameters = TypedDict(
    "GetNodeParameters",
    {"ApplianceArn": S, "ApplianceArn.$": str, "NodeArn": S, "NodeArn.$": str},
    total=False,
)
GetResourceProviderParameters = TypedDict(
    "GetResourceProviderParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetResourceTargetParameters = TypedDict(
    "GetResourceTargetParameters", {"Arn": S, "Arn.$": str}, total=False
)
ListAppliancesParameters = TypedDict(
    "ListAppliancesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDisksParameters = TypedDict(
    "ListDisksParameters",
    {
        "ApplianceArn": S,
        "ApplianceArn.$": str,
        "NodeArn": S,
        "NodeArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNodesParameters = TypedDict(
    "ListNodesParameters",
    {
        "ApplianceArn": S,
        "ApplianceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourceProvidersParameters = TypedDict(
    "ListResourceProvidersParameters",
    {
        "ApplianceArn": S,
        "ApplianceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceProviderType": S,
        "ResourceProviderType.$": str,
    },
    total=False,
)
ListResourceTargetsParameters = TypedDict(
    "ListResourceTargetsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceProviderArn": S,
        "ResourceProviderArn.$": str,
        "ResourceTargetType": S,
        "ResourceTargetType.$": str,
    },
    total=False,
)
ListTagsParameters = TypedDict(
    "ListTagsParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutAgentUpgradeSettingsParameters = TypedDict(
    "PutAgentUpgradeSettingsParameters",
    {
        "ApplianceArn": S,
        "ApplianceArn.$": str,
        "EnableAutoUpgrade": B,
        "EnableAutoUpgrade.$": str,
        "StartHourUtc": I,
        "StartHourUtc.$": str,
        "EndHourUtc": I,
        "EndHourUtc.$": str,
    },
    total=False,
)
StartResourceProviderAgentUpgradeParameters = TypedDict(
    "StartResourceProviderAgentUpgradeParameters", {"Arn": S, "Arn.$": str}, total=False
)
StartResourceProviderMigrationParameters = TypedDict(
    "StartResourceProviderMigrationParameters",
    {"Arn": S, "Arn.$": str, "DestinationApplianceArn": S, "DestinationApplianceArn.$": str},
    total=False,
)
StartResourceProviderSyncParameters = TypedDict(
    "StartResourceProviderSyncParameters", {"Arn": S, "Arn.$": str}, total=False
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

class ApplianceNetworkConfigurationForUpdate(TypedDict, total=False):
    DomainName: S
    SearchDomains: L[Si]
    DnsServers: L[Si]
    NtpServers: L[Si]

UpdateApplianceParameters = TypedDict(
    "UpdateApplianceParameters",
    {
        "ApplianceArn": S,
        "ApplianceArn.$": str,
        "ApplianceName": S,
        "ApplianceName.$": str,
        "ApplianceIamRoleArn": S,
        "ApplianceIamRoleArn.$": str,
        "NodeFaultTolerance": I,
        "NodeFaultTolerance.$": str,
        "NetworkConfiguration": X[ApplianceNetworkConfigurationForUpdate],
        "NetworkConfiguration.$": str,
        "ApplianceOperationMode": S,
        "ApplianceOperationMode.$": str,
    },
    total=False,
)
UpdateResourceProviderParameters = TypedDict(
    "UpdateResourceProviderParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "ProviderConfiguration": X[ResourceProviderConfiguration],
        "ProviderConfiguration.$": str,
        "SecretConfigurationArn": S,
        "SecretConfigurationArn.$": str,
        "TargetConfiguration": X[ResourceTargetConfigurations],
        "TargetConfiguration.$": str,
        "TargetTagsOnCreate": M[S],
        "TargetTagsOnCreate.$": str,
        "TargetTagKeysToSync": L[Si],
        "TargetTagKeysToSync.$": str,
        "AutoDeleteNotFoundTargetsAfterDays": I,
        "AutoDeleteNotFoundTargetsAfterDays.$": str,
    },
    total=False,
)

class ResourceTargetConfiguration(TypedDict, total=False):
    MssqlDatabase: X[ResourceTargetConfigurationForMssqlDatabase]
    NasFilesystem: X[ResourceTargetConfigurationForNasFilesystem]
    OracledbDatabase: X[ResourceTargetConfigurationForOracledbDatabase]
    ServerFilesystem: X[ResourceTargetConfigurationForServerFilesystem]
    VmwareVm: X[ResourceTargetConfigurationForVmwareVm]

UpdateResourceTargetParameters = TypedDict(
    "UpdateResourceTargetParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "TargetConfiguration": X[ResourceTargetConfiguration],
        "TargetConfiguration.$": str,
        "TargetConfigurationSource": S,
        "TargetConfigurationSource.$": str,
    },
    total=False,
)
VerifyNodesParameters = TypedDict(
    "VerifyNodesParameters",
    {"ApplianceArn": S, "ApplianceArn.$": str, "NodeArns": L[Si], "NodeArns.$": str},
    total=False,
)
associate_disk: Builder[AssociateDiskParameters]
create_appliance: Builder[CreateApplianceParameters]
create_resource_provider: Builder[CreateResourceProviderParameters]
delete_appliance: Builder[DeleteApplianceParameters]
delete_node: Builder[DeleteNodeParameters]
delete_resource_provider: Builder[DeleteResourceProviderParameters]
delete_resource_target: Builder[DeleteResourceTargetParameters]
get_activation_credentials: Builder[GetActivationCredentialsParameters]
get_agent_download: Builder[GetAgentDownloadParameters]
get_agent_upgrade_settings: Builder[GetAgentUpgradeSettingsParameters]
get_appliance: Builder[GetApplianceParameters]
get_appliance_sizing_recommendation: Builder[GetApplianceSizingRecommendationParameters]
get_node: Builder[GetNodeParameters]
get_resource_provider: Builder[GetResourceProviderParameters]
get_resource_target: Builder[GetResourceTargetParameters]
list_appliances: Builder[ListAppliancesParameters]
list_disks: Builder[ListDisksParameters]
list_nodes: Builder[ListNodesParameters]
list_resource_providers: Builder[ListResourceProvidersParameters]
list_resource_targets: Builder[ListResourceTargetsParameters]
list_tags: Builder[ListTagsParameters]
put_agent_upgrade_settings: Builder[PutAgentUpgradeSettingsParameters]
start_resource_provider_agent_upgrade: Builder[StartResourceProviderAgentUpgradeParameters]
start_resource_provider_migration: Builder[StartResourceProviderMigrationParameters]
start_resource_provider_sync: Builder[StartResourceProviderSyncParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_appliance: Builder[UpdateApplianceParameters]
update_resource_provider: Builder[UpdateResourceProviderParameters]
update_resource_target: Builder[UpdateResourceTargetParameters]
verify_nodes: Builder[VerifyNodesParameters]

__all__ = [
    "associate_disk",
    "create_appliance",
    "create_resource_provider",
    "delete_appliance",
    "delete_node",
    "delete_resource_provider",
    "delete_resource_target",
    "get_activation_credentials",
    "get_agent_download",
    "get_agent_upgrade_settings",
    "get_appliance",
    "get_appliance_sizing_recommendation",
    "get_node",
    "get_resource_provider",
    "get_resource_target",
    "list_appliances",
    "list_disks",
    "list_nodes",
    "list_resource_providers",
    "list_resource_targets",
    "list_tags",
    "put_agent_upgrade_settings",
    "start_resource_provider_agent_upgrade",
    "start_resource_provider_migration",
    "start_resource_provider_sync",
    "tag_resource",
    "untag_resource",
    "update_appliance",
    "update_resource_provider",
    "update_resource_target",
    "verify_nodes",
]
