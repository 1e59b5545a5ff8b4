"""Typed builders of the AWS SDK integration of odb (``aws-sdk:odb:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, M, S, Si, T, X, Xi

AcceptMarketplaceRegistrationParameters = TypedDict(
    "AcceptMarketplaceRegistrationParameters",
    {"MarketplaceRegistrationToken": S, "MarketplaceRegistrationToken.$": str},
    total=False,
)
AssociateIamRoleToResourceParameters = TypedDict(
    "AssociateIamRoleToResourceParameters",
    {
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "AwsIntegration": S,
        "AwsIntegration.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
AssociateVirtualMachinesToCloudVmClusterParameters = TypedDict(
    "AssociateVirtualMachinesToCloudVmClusterParameters",
    {"CloudVmClusterId": S, "CloudVmClusterId.$": str, "DbServers": L[Si], "DbServers.$": str},
    total=False,
)
AssociateVirtualMachinesToExadbVmClusterParameters = TypedDict(
    "AssociateVirtualMachinesToExadbVmClusterParameters",
    {
        "ExadbVmClusterId": S,
        "ExadbVmClusterId.$": str,
        "DesiredNodeCount": I,
        "DesiredNodeCount.$": str,
    },
    total=False,
)

class CustomerContact(TypedDict, total=False):
    Email: S

class ResourcePoolSummary(TypedDict, total=False):
    IsDisabled: B
    PoolSize: I
    PoolStorageSizeInTBs: I
    AvailableStorageCapacityInTBs: F
    TotalComputeCapacity: I
    AvailableComputeCapacity: I

class DayOfWeek(TypedDict, total=False):
    Name: S

class ScheduledOperationDetails(TypedDict, total=False):
    DayOfWeek: X[DayOfWeek]
    ScheduledStartTime: S
    ScheduledStopTime: S

class TransportableTablespace(TypedDict, total=False):
    TtsBundleUrl: S

class DatabaseTool(TypedDict, total=False):
    IsEnabled: B
    Name: S
    ComputeCount: F
    MaxIdleTimeInMinutes: I

class DatabaseCloneConfiguration(TypedDict, total=False):
    SourceAutonomousDatabaseId: S
    CloneType: S

class RestoreFromBackupConfiguration(TypedDict, total=False):
    AutonomousDatabaseBackupId: S
    CloneType: S
    CloneTableSpaceList: L[Ii]

class PointInTimeRestoreConfiguration(TypedDict, total=False):
    SourceAutonomousDatabaseId: S
    CloneType: S
    Timestamp: T
    UseLatestAvailableBackupTimestamp: B
    CloneTableSpaceList: L[Ii]

class CrossRegionDataGuardConfiguration(TypedDict, total=False):
    SourceAutonomousDatabaseArn: S

class CrossRegionDisasterRecoveryConfiguration(TypedDict, total=False):
    SourceAutonomousDatabaseArn: S
    RemoteDisasterRecoveryType: S
    IsReplicateAutomaticBackups: B

class CloneToRefreshableConfiguration(TypedDict, total=False):
    SourceAutonomousDatabaseId: S
    RefreshableMode: S
    AutoRefreshFrequencyInSeconds: I
    AutoRefreshPointLagInSeconds: I
    TimeOfAutoRefreshStart: T
    OpenMode: S
    CloneType: S

class SourceConfiguration(TypedDict, total=False):
    DatabaseClone: X[DatabaseCloneConfiguration]
    RestoreFromBackup: X[RestoreFromBackupConfiguration]
    PointInTimeRestore: X[PointInTimeRestoreConfiguration]
    CrossRegionDataGuard: X[CrossRegionDataGuardConfiguration]
    CrossRegionDisasterRecovery: X[CrossRegionDisasterRecoveryConfiguration]
    CloneToRefreshable: X[CloneToRefreshableConfiguration]

class AwsEncryptionKeyConfigurationInput(TypedDict, total=False):
    IamRoleArn: S
    ExternalIdType: S
    KmsKeyId: S

class EncryptionKeyConfigurationInput(TypedDict, total=False):
    AwsEncryptionKey: X[AwsEncryptionKeyConfigurationInput]

class CustomerManagedAwsSecretConfigurationInput(TypedDict, total=False):
    SecretId: S
    IamRoleArn: S
    ExternalIdType: S

class AdminPasswordSourceConfigurationInput(TypedDict, total=False):
    CustomerManagedAwsSecret: X[CustomerManagedAwsSecretConfigurationInput]

CreateAutonomousDatabaseParameters = TypedDict(
    "CreateAutonomousDatabaseParameters",
    {
        "OdbNetworkId": S,
        "OdbNetworkId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "DbName": S,
        "DbName.$": str,
        "AdminPassword": S,
        "AdminPassword.$": str,
        "ComputeCount": F,
        "ComputeCount.$": str,
        "DataStorageSizeInTBs": I,
        "DataStorageSizeInTBs.$": str,
        "DataStorageSizeInGBs": I,
        "DataStorageSizeInGBs.$": str,
        "DbWorkload": S,
        "DbWorkload.$": str,
        "IsAutoScalingEnabled": B,
        "IsAutoScalingEnabled.$": str,
        "IsAutoScalingForStorageEnabled": B,
        "IsAutoScalingForStorageEnabled.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "CharacterSet": S,
        "CharacterSet.$": str,
        "NcharacterSet": S,
        "NcharacterSet.$": str,
        "DbVersion": S,
        "DbVersion.$": str,
        "DatabaseEdition": S,
        "DatabaseEdition.$": str,
        "StandbyAllowlistedIpsSource": S,
        "StandbyAllowlistedIpsSource.$": str,
        "AutonomousMaintenanceScheduleType": S,
        "AutonomousMaintenanceScheduleType.$": str,
        "BackupRetentionPeriodInDays": I,
        "BackupRetentionPeriodInDays.$": str,
        "ByolComputeCountLimit": F,
        "ByolComputeCountLimit.$": str,
        "CpuCoreCount": I,
        "CpuCoreCount.$": str,
        "CustomerContactsToSendToOCI": L[Xi[CustomerContact]],
        "CustomerContactsToSendToOCI.$": str,
        "PrivateEndpointIp": S,
        "PrivateEndpointIp.$": str,
        "PrivateEndpointLabel": S,
        "PrivateEndpointLabel.$": str,
        "ResourcePoolLeaderId": S,
        "ResourcePoolLeaderId.$": str,
        "ResourcePoolSummary": X[ResourcePoolSummary],
        "ResourcePoolSummary.$": str,
        "ScheduledOperations": L[Xi[ScheduledOperationDetails]],
        "ScheduledOperations.$": str,
        "StandbyAllowlistedIps": L[Si],
        "StandbyAllowlistedIps.$": str,
        "AllowlistedIps": L[Si],
        "AllowlistedIps.$": str,
        "TransportableTablespace": X[TransportableTablespace],
        "TransportableTablespace.$": str,
        "IsBackupRetentionLocked": B,
        "IsBackupRetentionLocked.$": str,
        "IsLocalDataGuardEnabled": B,
        "IsLocalDataGuardEnabled.$": str,
        "IsMtlsConnectionRequired": B,
        "IsMtlsConnectionRequired.$": str,
        "DbToolsDetails": L[Xi[DatabaseTool]],
        "DbToolsDetails.$": str,
        "Source": S,
        "Source.$": str,
        "SourceConfiguration": X[SourceConfiguration],
        "SourceConfiguration.$": str,
        "EncryptionKeyProvider": S,
        "EncryptionKeyProvider.$": str,
        "EncryptionKeyConfiguration": X[EncryptionKeyConfigurationInput],
        "EncryptionKeyConfiguration.$": str,
        "AdminPasswordSource": S,
        "AdminPasswordSource.$": str,
        "AdminPasswordSourceConfiguration": X[AdminPasswordSourceConfigurationInput],
        "AdminPasswordSourceConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateAutonomousDatabaseBackupParameters = TypedDict(
    "CreateAutonomousDatabaseBackupParameters",
    {
        "AutonomousDatabaseId": S,
        "AutonomousDatabaseId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "RetentionPeriodInDays": I,
        "RetentionPeriodInDays.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class WalletPasswordSourceConfigurationInput(TypedDict, total=False):
    CustomerManagedAwsSecret: X[CustomerManagedAwsSecretConfigurationInput]

CreateAutonomousDatabaseWalletParameters = TypedDict(
    "CreateAutonomousDatabaseWalletParameters",
    {
        "AutonomousDatabaseId": S,
        "AutonomousDatabaseId.$": str,
        "WalletType": S,
        "WalletType.$": str,
        "Password": S,
        "Password.$": str,
        "PasswordSource": S,
        "PasswordSource.$": str,
        "PasswordSourceConfiguration": X[WalletPasswordSourceConfigurationInput],
        "PasswordSourceConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class Month(TypedDict, total=False):
    Name: S

class MaintenanceWindow(TypedDict, total=False):
    CustomActionTimeoutInMins: I
    DaysOfWeek: L[Xi[DayOfWeek]]
    HoursOfDay: L[Ii]
    IsCustomActionTimeoutEnabled: B
    LeadTimeInWeeks: I
    Months: L[Xi[Month]]
    PatchingMode: S
    Preference: S
    SkipRu: B
    WeeksOfMonth: L[Ii]

CreateCloudAutonomousVmClusterParameters = TypedDict(
    "CreateCloudAutonomousVmClusterParameters",
    {
        "CloudExadataInfrastructureId": S,
        "CloudExadataInfrastructureId.$": str,
        "OdbNetworkId": S,
        "OdbNetworkId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AutonomousDataStorageSizeInTBs": F,
        "AutonomousDataStorageSizeInTBs.$": str,
        "CpuCoreCountPerNode": I,
        "CpuCoreCountPerNode.$": str,
        "DbServers": L[Si],
        "DbServers.$": str,
        "Description": S,
        "Description.$": str,
        "IsMtlsEnabledVmCluster": B,
        "IsMtlsEnabledVmCluster.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "MaintenanceWindow": X[MaintenanceWindow],
        "MaintenanceWindow.$": str,
        "MemoryPerOracleComputeUnitInGBs": I,
        "MemoryPerOracleComputeUnitInGBs.$": str,
        "ScanListenerPortNonTls": I,
        "ScanListenerPortNonTls.$": str,
        "ScanListenerPortTls": I,
        "ScanListenerPortTls.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TimeZone": S,
        "TimeZone.$": str,
        "TotalContainerDatabases": I,
        "TotalContainerDatabases.$": str,
    },
    total=False,
)
CreateCloudExadataInfrastructureParameters = TypedDict(
    "CreateCloudExadataInfrastructureParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "Shape": S,
        "Shape.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ComputeCount": I,
        "ComputeCount.$": str,
        "CustomerContactsToSendToOCI": L[Xi[CustomerContact]],
        "CustomerContactsToSendToOCI.$": str,
        "MaintenanceWindow": X[MaintenanceWindow],
        "MaintenanceWindow.$": str,
        "StorageCount": I,
        "StorageCount.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DatabaseServerType": S,
        "DatabaseServerType.$": str,
        "StorageServerType": S,
        "StorageServerType.$": str,
    },
    total=False,
)

class FileSystemConfigurationDetails(TypedDict, total=False):
    MountPoint: S
    FileSystemSizeInGBs: I

class DataCollectionOptions(TypedDict, total=False):
    IsDiagnosticsEventsEnabled: B
    IsHealthMonitoringEnabled: B
    IsIncidentLogsEnabled: B

CreateCloudVmClusterParameters = TypedDict(
    "CreateCloudVmClusterParameters",
    {
        "CloudExadataInfrastructureId": S,
        "CloudExadataInfrastructureId.$": str,
        "ExascaleDbStorageVaultId": S,
        "ExascaleDbStorageVaultId.$": str,
        "VmFileSystemStorageType": S,
        "VmFileSystemStorageType.$": str,
        "VmBackupStorageType": S,
        "VmBackupStorageType.$": str,
        "FileSystemConfigurationDetails": L[Xi[FileSystemConfigurationDetails]],
        "FileSystemConfigurationDetails.$": str,
        "CpuCoreCount": I,
        "CpuCoreCount.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "GiVersion": S,
        "GiVersion.$": str,
        "Hostname": S,
        "Hostname.$": str,
        "SshPublicKeys": L[Si],
        "SshPublicKeys.$": str,
        "OdbNetworkId": S,
        "OdbNetworkId.$": str,
        "ClusterName": S,
        "ClusterName.$": str,
        "DataCollectionOptions": X[DataCollectionOptions],
        "DataCollectionOptions.$": str,
        "DataStorageSizeInTBs": F,
        "DataStorageSizeInTBs.$": str,
        "DbNodeStorageSizeInGBs": I,
        "DbNodeStorageSizeInGBs.$": str,
        "DbServers": L[Si],
        "DbServers.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "IsLocalBackupEnabled": B,
        "IsLocalBackupEnabled.$": str,
        "IsSparseDiskgroupEnabled": B,
        "IsSparseDiskgroupEnabled.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "MemorySizeInGBs": I,
        "MemorySizeInGBs.$": str,
        "SystemVersion": S,
        "SystemVersion.$": str,
        "TimeZone": S,
        "TimeZone.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ScanListenerPortTcp": I,
        "ScanListenerPortTcp.$": str,
    },
    total=False,
)
CreateExadbVmClusterParameters = TypedDict(
    "CreateExadbVmClusterParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "EnabledEcpuCount": I,
        "EnabledEcpuCount.$": str,
        "ExascaleDbStorageVaultId": S,
        "ExascaleDbStorageVaultId.$": str,
        "GridImageId": S,
        "GridImageId.$": str,
        "Hostname": S,
        "Hostname.$": str,
        "NodeCount": I,
        "NodeCount.$": str,
        "OdbNetworkId": S,
        "OdbNetworkId.$": str,
        "Shape": S,
        "Shape.$": str,
        "SshPublicKeys": L[Si],
        "SshPublicKeys.$": str,
        "TotalEcpuCount": I,
        "TotalEcpuCount.$": str,
        "VmFileSystemStorageTotalSizeInGBs": I,
        "VmFileSystemStorageTotalSizeInGBs.$": str,
        "ClusterName": S,
        "ClusterName.$": str,
        "DataCollectionOptions": X[DataCollectionOptions],
        "DataCollectionOptions.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "ScanListenerPortTcp": I,
        "ScanListenerPortTcp.$": str,
        "ScanListenerPortTcpSsl": I,
        "ScanListenerPortTcpSsl.$": str,
        "ShapeAttribute": S,
        "ShapeAttribute.$": str,
        "SystemVersion": S,
        "SystemVersion.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TimeZone": S,
        "TimeZone.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateExascaleDbStorageVaultParameters = TypedDict(
    "CreateExascaleDbStorageVaultParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "HighCapacityDatabaseStorageTotalSizeInGBs": I,
        "HighCapacityDatabaseStorageTotalSizeInGBs.$": str,
        "AdditionalFlashCacheInPercent": I,
        "AdditionalFlashCacheInPercent.$": str,
        "AutoscaleLimitInGBs": I,
        "AutoscaleLimitInGBs.$": str,
        "CloudExadataInfrastructureId": S,
        "CloudExadataInfrastructureId.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "Description": S,
        "Description.$": str,
        "IsAutoscaleEnabled": B,
        "IsAutoscaleEnabled.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TimeZone": S,
        "TimeZone.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateOdbNetworkParameters = TypedDict(
    "CreateOdbNetworkParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "ClientSubnetCidr": S,
        "ClientSubnetCidr.$": str,
        "BackupSubnetCidr": S,
        "BackupSubnetCidr.$": str,
        "CustomDomainName": S,
        "CustomDomainName.$": str,
        "DefaultDnsPrefix": S,
        "DefaultDnsPrefix.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "S3Access": S,
        "S3Access.$": str,
        "ZeroEtlAccess": S,
        "ZeroEtlAccess.$": str,
        "StsAccess": S,
        "StsAccess.$": str,
        "KmsAccess": S,
        "KmsAccess.$": str,
        "S3PolicyDocument": S,
        "S3PolicyDocument.$": str,
        "StsPolicyDocument": S,
        "StsPolicyDocument.$": str,
        "KmsPolicyDocument": S,
        "KmsPolicyDocument.$": str,
        "CrossRegionS3RestoreSourcesToEnable": L[Si],
        "CrossRegionS3RestoreSourcesToEnable.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateOdbPeeringConnectionParameters = TypedDict(
    "CreateOdbPeeringConnectionParameters",
    {
        "OdbNetworkId": S,
        "OdbNetworkId.$": str,
        "PeerNetworkId": S,
        "PeerNetworkId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "PeerNetworkCidrsToBeAdded": L[Si],
        "PeerNetworkCidrsToBeAdded.$": str,
        "PeerNetworkRouteTableIds": L[Si],
        "PeerNetworkRouteTableIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAutonomousDatabaseParameters = TypedDict(
    "DeleteAutonomousDatabaseParameters",
    {"AutonomousDatabaseId": S, "AutonomousDatabaseId.$": str},
    total=False,
)
DeleteAutonomousDatabaseBackupParameters = TypedDict(
    "DeleteAutonomousDatabaseBackupParameters",
    {"AutonomousDatabaseBackupId": S, "AutonomousDatabaseBackupId.$": str},
    total=False,
)
DeleteCloudAutonomousVmClusterParameters = TypedDict(
    "DeleteCloudAutonomousVmClusterParameters",
    {"CloudAutonomousVmClusterId": S, "CloudAutonomousVmClusterId.$": str},
    total=False,
)
DeleteCloudExadataInfrastructureParameters = TypedDict(
    "DeleteCloudExadataInfrastructureParameters",
    {"CloudExadataInfrastructureId": S, "CloudExadataInfrastructureId.$": str},
    total=False,
)
DeleteCloudVmClusterParameters = TypedDict(
    "DeleteCloudVmClusterParameters",
    {"CloudVmClusterId": S, "CloudVmClusterId.$": str},
    total=False,
)
DeleteExadbVmClusterParameters = TypedDict(
    "DeleteExadbVmClusterParameters",
    {"ExadbVmClusterId": S, "ExadbVmClusterId.$": str},
    total=False,
)
DeleteExascaleDbStorageVaultParameters = TypedDict(
    "DeleteExascaleDbStorageVaultParameters",
    {"ExascaleDbStorageVaultId": S, "ExascaleDbStorageVaultId.$": str},
    total=False,
)
DeleteOdbNetworkParameters = TypedDict(
    "DeleteOdbNetworkParameters",
    {
        "OdbNetworkId": S,
        "OdbNetworkId.$": str,
        "DeleteAssociatedResources": B,
        "DeleteAssociatedResources.$": str,
    },
    total=False,
)
DeleteOdbPeeringConnectionParameters = TypedDict(
    "DeleteOdbPeeringConnectionParameters",
    {"OdbPeeringConnectionId": S, "OdbPeeringConnectionId.$": str},
    total=False,
)
DisassociateIamRoleFromResourceParameters = TypedDict(
    "DisassociateIamRoleFromResourceParameters",
    {
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "AwsIntegration": S,
        "AwsIntegration.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
DisassociateVirtualMachinesFromCloudVmClusterParameters = TypedDict(
    "DisassociateVirtualMachinesFromCloudVmClusterParameters",
    {"CloudVmClusterId": S, "CloudVmClusterId.$": str, "DbServers": L[Si], "DbServers.$": str},
    total=False,
)
DisassociateVirtualMachinesFromExadbVmClusterParameters = TypedDict(
    "DisassociateVirtualMachinesFromExadbVmClusterParameters",
    {"ExadbVmClusterId": S, "ExadbVmClusterId.$": str, "DbNodeIds": L[Si], "DbNodeIds.$": str},
    total=False,
)
FailoverAutonomousDatabaseParameters = TypedDict(
    "FailoverAutonomousDatabaseParameters",
    {"AutonomousDatabaseId": S, "AutonomousDatabaseId.$": str, "PeerDbArn": S, "PeerDbArn.$": str},
    total=False,
)
GetAutonomousDatabaseParameters = TypedDict(
    "GetAutonomousDatabaseParameters",
    {"AutonomousDatabaseId": S, "AutonomousDatabaseId.$": str},
    total=False,
)
GetAutonomousDatabaseBackupParameters = TypedDict(
    "GetAutonomousDatabaseBackupParameters",
    {"AutonomousDatabaseBackupId": S, "AutonomousDatabaseBackupId.$": str},
    total=False,
)
GetAutonomousDatabaseWalletDetailsParameters = TypedDict(
    "GetAutonomousDatabaseWalletDetailsParameters",
    {"AutonomousDatabaseId": S, "AutonomousDatabaseId.$": str},
    total=False,
)
GetCloudAutonomousVmClusterParameters = TypedDict(
    "GetCloudAutonomousVmClusterParameters",
    {"CloudAutonomousVmClusterId": S, "CloudAutonomousVmClusterId.$": str},
    total=False,
)
GetCloudExadataInfrastructureParameters = TypedDict(
    "GetCloudExadataInfrastructureParameters",
    {"CloudExadataInfrastructureId": S, "CloudExadataInfrastructureId.$": str},
    total=False,
)
GetCloudExadataInfrastructureUnallocatedResourcesParameters = TypedDict(
    "GetCloudExadataInfrastructureUnallocatedResourcesParameters",
    {
        "CloudExadataInfrastructureId": S,
        "CloudExadataInfrastructureId.$": str,
        "DbServers": L[Si],
        "DbServers.$": str,
    },
    total=False,
)
GetCloudVmClusterParameters = TypedDict(
    "GetCloudVmClusterParameters", {"CloudVmClusterId": S, "CloudVmClusterId.$": str}, total=False
)
GetDbNodeParameters = TypedDict(
    "GetDbNodeParameters",
    {
        "CloudVmClusterId": S,
        "CloudVmClusterId.$": str,
        "ExadbVmClusterId": S,
        "ExadbVmClusterId.$": str,
        "DbNodeId": S,
        "DbNodeId.$": str,
    },
    total=False,
)
GetDbServerParameters = TypedDict(
    "GetDbServerParameters",
    {
        "CloudExadataInfrastructureId": S,
        "CloudExadataInfrastructureId.$": str,
        "DbServerId": S,
        "DbServerId.$": str,
    },
    total=False,
)
GetExadbVmClusterParameters = TypedDict(
    "GetExadbVmClusterParameters", {"ExadbVmClusterId": S, "ExadbVmClusterId.$": str}, total=False
)
GetExascaleDbStorageVaultParameters = TypedDict(
    "GetExascaleDbStorageVaultParameters",
    {"ExascaleDbStorageVaultId": S, "ExascaleDbStorageVaultId.$": str},
    total=False,
)

class GetOciOnboardingStatusParameters(TypedDict, total=False): ...

GetOdbNetworkParameters = TypedDict(
    "GetOdbNetworkParameters", {"OdbNetworkId": S, "OdbNetworkId.$": str}, total=False
)
GetOdbPeeringConnectionParameters = TypedDict(
    "GetOdbPeeringConnectionParameters",
    {"OdbPeeringConnectionId": S, "OdbPeeringConnectionId.$": str},
    total=False,
)
InitializeServiceParameters = TypedDict(
    "InitializeServiceParameters",
    {
        "OciIdentityDomain": B,
        "OciIdentityDomain.$": str,
        "AutonomousDatabaseOciAwsSecretsManagerIntegration": S,
        "AutonomousDatabaseOciAwsSecretsManagerIntegration.$": str,
    },
    total=False,
)
ListAutonomousDatabaseBackupsParameters = TypedDict(
    "ListAutonomousDatabaseBackupsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AutonomousDatabaseId": S,
        "AutonomousDatabaseId.$": str,
        "Status": S,
        "Status.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
ListAutonomousDatabaseCharacterSetsParameters = TypedDict(
    "ListAutonomousDatabaseCharacterSetsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CharacterSetType": S,
        "CharacterSetType.$": str,
    },
    total=False,
)
ListAutonomousDatabaseClonesParameters = TypedDict(
    "ListAutonomousDatabaseClonesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AutonomousDatabaseId": S,
        "AutonomousDatabaseId.$": str,
    },
    total=False,
)
ListAutonomousDatabasePeersParameters = TypedDict(
    "ListAutonomousDatabasePeersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AutonomousDatabaseId": S,
        "AutonomousDatabaseId.$": str,
    },
    total=False,
)
ListAutonomousDatabaseRefreshableClonesParameters = TypedDict(
    "ListAutonomousDatabaseRefreshableClonesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AutonomousDatabaseId": S,
        "AutonomousDatabaseId.$": str,
    },
    total=False,
)
ListAutonomousDatabaseVersionsParameters = TypedDict(
    "ListAutonomousDatabaseVersionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DbWorkload": S,
        "DbWorkload.$": str,
    },
    total=False,
)
ListAutonomousDatabasesParameters = TypedDict(
    "ListAutonomousDatabasesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListAutonomousVirtualMachinesParameters = TypedDict(
    "ListAutonomousVirtualMachinesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CloudAutonomousVmClusterId": S,
        "CloudAutonomousVmClusterId.$": str,
    },
    total=False,
)
ListCloudAutonomousVmClustersParameters = TypedDict(
    "ListCloudAutonomousVmClustersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CloudExadataInfrastructureId": S,
        "CloudExadataInfrastructureId.$": str,
    },
    total=False,
)
ListCloudExadataInfrastructuresParameters = TypedDict(
    "ListCloudExadataInfrastructuresParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListCloudVmClustersParameters = TypedDict(
    "ListCloudVmClustersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CloudExadataInfrastructureId": S,
        "CloudExadataInfrastructureId.$": str,
    },
    total=False,
)
ListDbNodesParameters = TypedDict(
    "ListDbNodesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CloudVmClusterId": S,
        "CloudVmClusterId.$": str,
        "ExadbVmClusterId": S,
        "ExadbVmClusterId.$": str,
    },
    total=False,
)
ListDbServersParameters = TypedDict(
    "ListDbServersParameters",
    {
        "CloudExadataInfrastructureId": S,
        "CloudExadataInfrastructureId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDbSystemShapesParameters = TypedDict(
    "ListDbSystemShapesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "ShapeFamily": S,
        "ShapeFamily.$": str,
    },
    total=False,
)
ListExadbVmClustersParameters = TypedDict(
    "ListExadbVmClustersParameters",
    {
        "ExascaleDbStorageVaultId": S,
        "ExascaleDbStorageVaultId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExascaleDbStorageVaultsParameters = TypedDict(
    "ListExascaleDbStorageVaultsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CloudExadataInfrastructureId": S,
        "CloudExadataInfrastructureId.$": str,
        "VaultType": S,
        "VaultType.$": str,
    },
    total=False,
)
ListFlexComponentsParameters = TypedDict(
    "ListFlexComponentsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Shape": S,
        "Shape.$": str,
    },
    total=False,
)
ListGiMinorVersionsParameters = TypedDict(
    "ListGiMinorVersionsParameters",
    {
        "GiVersion": S,
        "GiVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ShapeFamily": S,
        "ShapeFamily.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
    },
    total=False,
)
ListGiVersionsParameters = TypedDict(
    "ListGiVersionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Shape": S,
        "Shape.$": str,
    },
    total=False,
)
ListOdbNetworksParameters = TypedDict(
    "ListOdbNetworksParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListOdbPeeringConnectionsParameters = TypedDict(
    "ListOdbPeeringConnectionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "OdbNetworkId": S,
        "OdbNetworkId.$": str,
    },
    total=False,
)
ListSystemVersionsParameters = TypedDict(
    "ListSystemVersionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "GiVersion": S,
        "GiVersion.$": str,
        "Shape": S,
        "Shape.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RebootAutonomousDatabaseParameters = TypedDict(
    "RebootAutonomousDatabaseParameters",
    {
        "AutonomousDatabaseId": S,
        "AutonomousDatabaseId.$": str,
        "IsOnlineReboot": B,
        "IsOnlineReboot.$": str,
    },
    total=False,
)
RebootDbNodeParameters = TypedDict(
    "RebootDbNodeParameters",
    {
        "CloudVmClusterId": S,
        "CloudVmClusterId.$": str,
        "ExadbVmClusterId": S,
        "ExadbVmClusterId.$": str,
        "DbNodeId": S,
        "DbNodeId.$": str,
    },
    total=False,
)
RestoreAutonomousDatabaseParameters = TypedDict(
    "RestoreAutonomousDatabaseParameters",
    {"AutonomousDatabaseId": S, "AutonomousDatabaseId.$": str, "Timestamp": T, "Timestamp.$": str},
    total=False,
)
ShrinkAutonomousDatabaseParameters = TypedDict(
    "ShrinkAutonomousDatabaseParameters",
    {"AutonomousDatabaseId": S, "AutonomousDatabaseId.$": str},
    total=False,
)
StartAutonomousDatabaseParameters = TypedDict(
    "StartAutonomousDatabaseParameters",
    {"AutonomousDatabaseId": S, "AutonomousDatabaseId.$": str},
    total=False,
)
StartAutonomousDatabaseRefreshParameters = TypedDict(
    "StartAutonomousDatabaseRefreshParameters",
    {
        "AutonomousDatabaseId": S,
        "AutonomousDatabaseId.$": str,
        "TimeOfRefreshCutoff": T,
        "TimeOfRefreshCutoff.$": str,
    },
    total=False,
)
StartDbNodeParameters = TypedDict(
    "StartDbNodeParameters",
    {
        "CloudVmClusterId": S,
        "CloudVmClusterId.$": str,
        "ExadbVmClusterId": S,
        "ExadbVmClusterId.$": str,
        "DbNodeId": S,
        "DbNodeId.$": str,
    },
    total=False,
)
StopAutonomousDatabaseParameters = TypedDict(
    "StopAutonomousDatabaseParameters",
    {"AutonomousDatabaseId": S, "AutonomousDatabaseId.$": str},
    total=False,
)
StopDbNodeParameters = TypedDict(
    "StopDbNodeParameters",
    {
        "CloudVmClusterId": S,
        "CloudVmClusterId.$": str,
        "ExadbVmClusterId": S,
        "ExadbVmClusterId.$": str,
        "DbNodeId": S,
        "DbNodeId.$": str,
    },
    total=False,
)
SwitchoverAutonomousDatabaseParameters = TypedDict(
    "SwitchoverAutonomousDatabaseParameters",
    {"AutonomousDatabaseId": S, "AutonomousDatabaseId.$": str, "PeerDbArn": S, "PeerDbArn.$": str},
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

class LongTermBackupSchedule(TypedDict, total=False):
    IsDisabled: B
    RepeatCadence: S
    RetentionPeriodInDays: I
    TimeOfBackup: T

UpdateAutonomousDatabaseParameters = TypedDict(
    "UpdateAutonomousDatabaseParameters",
    {
        "AutonomousDatabaseId": S,
        "AutonomousDatabaseId.$": str,
        "AdminPassword": S,
        "AdminPassword.$": str,
        "ComputeCount": F,
        "ComputeCount.$": str,
        "CpuCoreCount": I,
        "CpuCoreCount.$": str,
        "DataStorageSizeInTBs": I,
        "DataStorageSizeInTBs.$": str,
        "DataStorageSizeInGBs": I,
        "DataStorageSizeInGBs.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "DbName": S,
        "DbName.$": str,
        "DbVersion": S,
        "DbVersion.$": str,
        "DbWorkload": S,
        "DbWorkload.$": str,
        "DbToolsDetails": L[Xi[DatabaseTool]],
        "DbToolsDetails.$": str,
        "DatabaseEdition": S,
        "DatabaseEdition.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "IsAutoScalingEnabled": B,
        "IsAutoScalingEnabled.$": str,
        "IsAutoScalingForStorageEnabled": B,
        "IsAutoScalingForStorageEnabled.$": str,
        "IsBackupRetentionLocked": B,
        "IsBackupRetentionLocked.$": str,
        "IsLocalDataGuardEnabled": B,
        "IsLocalDataGuardEnabled.$": str,
        "IsMtlsConnectionRequired": B,
        "IsMtlsConnectionRequired.$": str,
        "IsRefreshableClone": B,
        "IsRefreshableClone.$": str,
        "IsDisconnectPeer": B,
        "IsDisconnectPeer.$": str,
        "BackupRetentionPeriodInDays": I,
        "BackupRetentionPeriodInDays.$": str,
        "ByolComputeCountLimit": F,
        "ByolComputeCountLimit.$": str,
        "LocalAdgAutoFailoverMaxDataLossLimit": I,
        "LocalAdgAutoFailoverMaxDataLossLimit.$": str,
        "AutonomousMaintenanceScheduleType": S,
        "AutonomousMaintenanceScheduleType.$": str,
        "CustomerContactsToSendToOCI": L[Xi[CustomerContact]],
        "CustomerContactsToSendToOCI.$": str,
        "ScheduledOperations": L[Xi[ScheduledOperationDetails]],
        "ScheduledOperations.$": str,
        "LongTermBackupSchedule": X[LongTermBackupSchedule],
        "LongTermBackupSchedule.$": str,
        "OpenMode": S,
        "OpenMode.$": str,
        "PermissionLevel": S,
        "PermissionLevel.$": str,
        "RefreshableMode": S,
        "RefreshableMode.$": str,
        "PrivateEndpointIp": S,
        "PrivateEndpointIp.$": str,
        "PrivateEndpointLabel": S,
        "PrivateEndpointLabel.$": str,
        "PeerDbId": S,
        "PeerDbId.$": str,
        "ResourcePoolLeaderId": S,
        "ResourcePoolLeaderId.$": str,
        "ResourcePoolSummary": X[ResourcePoolSummary],
        "ResourcePoolSummary.$": str,
        "StandbyAllowlistedIpsSource": S,
        "StandbyAllowlistedIpsSource.$": str,
        "StandbyAllowlistedIps": L[Si],
        "StandbyAllowlistedIps.$": str,
        "AllowlistedIps": L[Si],
        "AllowlistedIps.$": str,
        "AutoRefreshFrequencyInSeconds": I,
        "AutoRefreshFrequencyInSeconds.$": str,
        "AutoRefreshPointLagInSeconds": I,
        "AutoRefreshPointLagInSeconds.$": str,
        "TimeOfAutoRefreshStart": T,
        "TimeOfAutoRefreshStart.$": str,
        "EncryptionKeyProvider": S,
        "EncryptionKeyProvider.$": str,
        "EncryptionKeyConfiguration": X[EncryptionKeyConfigurationInput],
        "EncryptionKeyConfiguration.$": str,
        "AdminPasswordSource": S,
        "AdminPasswordSource.$": str,
        "AdminPasswordSourceConfiguration": X[AdminPasswordSourceConfigurationInput],
        "AdminPasswordSourceConfiguration.$": str,
    },
    total=False,
)
UpdateAutonomousDatabaseBackupParameters = TypedDict(
    "UpdateAutonomousDatabaseBackupParameters",
    {
        "AutonomousDatabaseBackupId": S,
        "AutonomousDatabaseBackupId.$": str,
        "RetentionPeriodInDays": I,
        "RetentionPeriodInDays.$": str,
    },
    total=False,
)
UpdateCloudAutonomousVmClusterParameters = TypedDict(
    "UpdateCloudAutonomousVmClusterParameters",
    {
        "CloudAutonomousVmClusterId": S,
        "CloudAutonomousVmClusterId.$": str,
        "AutonomousDataStorageSizeInTBs": F,
        "AutonomousDataStorageSizeInTBs.$": str,
        "CpuCoreCountPerNode": I,
        "CpuCoreCountPerNode.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "MaintenanceWindow": X[MaintenanceWindow],
        "MaintenanceWindow.$": str,
        "TotalContainerDatabases": I,
        "TotalContainerDatabases.$": str,
    },
    total=False,
)
UpdateCloudExadataInfrastructureParameters = TypedDict(
    "UpdateCloudExadataInfrastructureParameters",
    {
        "CloudExadataInfrastructureId": S,
        "CloudExadataInfrastructureId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "ComputeCount": I,
        "ComputeCount.$": str,
        "MaintenanceWindow": X[MaintenanceWindow],
        "MaintenanceWindow.$": str,
        "StorageCount": I,
        "StorageCount.$": str,
    },
    total=False,
)
UpdateCloudExadataInfrastructureStorageCapacityParameters = TypedDict(
    "UpdateCloudExadataInfrastructureStorageCapacityParameters",
    {"CloudExadataInfrastructureId": S, "CloudExadataInfrastructureId.$": str},
    total=False,
)
UpdateCloudVmClusterParameters = TypedDict(
    "UpdateCloudVmClusterParameters",
    {
        "CloudVmClusterId": S,
        "CloudVmClusterId.$": str,
        "CpuCoreCount": I,
        "CpuCoreCount.$": str,
        "DataCollectionOptions": X[DataCollectionOptions],
        "DataCollectionOptions.$": str,
        "DataStorageSizeInTBs": F,
        "DataStorageSizeInTBs.$": str,
        "DbNodeStorageSizeInGBs": I,
        "DbNodeStorageSizeInGBs.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "SshPublicKeys": L[Si],
        "SshPublicKeys.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "MemorySizeInGBs": I,
        "MemorySizeInGBs.$": str,
        "StorageSizeInGBs": I,
        "StorageSizeInGBs.$": str,
    },
    total=False,
)
UpdateExadbVmClusterParameters = TypedDict(
    "UpdateExadbVmClusterParameters",
    {
        "ExadbVmClusterId": S,
        "ExadbVmClusterId.$": str,
        "DataCollectionOptions": X[DataCollectionOptions],
        "DataCollectionOptions.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "EnabledEcpuCount": I,
        "EnabledEcpuCount.$": str,
        "GridImageId": S,
        "GridImageId.$": str,
        "LicenseModel": S,
        "LicenseModel.$": str,
        "SshPublicKeys": L[Si],
        "SshPublicKeys.$": str,
        "SystemVersion": S,
        "SystemVersion.$": str,
        "TotalEcpuCount": I,
        "TotalEcpuCount.$": str,
        "UpdateAction": S,
        "UpdateAction.$": str,
        "VmFileSystemStorageTotalSizeInGBs": I,
        "VmFileSystemStorageTotalSizeInGBs.$": str,
    },
    total=False,
)
UpdateExascaleCloudExadataInfrastructureParameters = TypedDict(
    "UpdateExascaleCloudExadataInfrastructureParameters",
    {
        "CloudExadataInfrastructureId": S,
        "CloudExadataInfrastructureId.$": str,
        "TotalStorageSizeInGBs": I,
        "TotalStorageSizeInGBs.$": str,
        "TotalVmStorageSizeInGBs": I,
        "TotalVmStorageSizeInGBs.$": str,
    },
    total=False,
)
UpdateExascaleDbStorageVaultParameters = TypedDict(
    "UpdateExascaleDbStorageVaultParameters",
    {
        "ExascaleDbStorageVaultId": S,
        "ExascaleDbStorageVaultId.$": str,
        "AdditionalFlashCacheInPercent": I,
        "AdditionalFlashCacheInPercent.$": str,
        "AutoscaleLimitInGBs": I,
        "AutoscaleLimitInGBs.$": str,
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "HighCapacityDatabaseStorageTotalSizeInGBs": I,
        "HighCapacityDatabaseStorageTotalSizeInGBs.$": str,
        "IsAutoscaleEnabled": B,
        "IsAutoscaleEnabled.$": str,
    },
    total=False,
)
UpdateOdbNetworkParameters = TypedDict(
    "UpdateOdbNetworkParameters",
    {
        "OdbNetworkId": S,
        "OdbNetworkId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "PeeredCidrsToBeAdded": L[Si],
        "PeeredCidrsToBeAdded.$": str,
        "PeeredCidrsToBeRemoved": L[Si],
        "PeeredCidrsToBeRemoved.$": str,
        "S3Access": S,
        "S3Access.$": str,
        "ZeroEtlAccess": S,
        "ZeroEtlAccess.$": str,
        "StsAccess": S,
        "StsAccess.$": str,
        "KmsAccess": S,
        "KmsAccess.$": str,
        "S3PolicyDocument": S,
        "S3PolicyDocument.$": str,
        "StsPolicyDocument": S,
        "StsPolicyDocument.$": str,
        "KmsPolicyDocument": S,
        "KmsPolicyDocument.$": str,
        "CrossRegionS3RestoreSourcesToEnable": L[Si],
        "CrossRegionS3RestoreSourcesToEnable.$": str,
        "CrossRegionS3RestoreSourcesToDisable": L[Si],
        "CrossRegionS3RestoreSourcesToDisable.$": str,
    },
    total=False,
)
UpdateOdbPeeringConnectionParameters = TypedDict(
    "UpdateOdbPeeringConnectionParameters",
    {
        "OdbPeeringConnectionId": S,
        "OdbPeeringConnectionId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "PeerNetworkCidrsToBeAdded": L[Si],
        "PeerNetworkCidrsToBeAdded.$": str,
        "PeerNetworkCidrsToBeRemoved": L[Si],
        "PeerNetworkCidrsToBeRemoved.$": str,
    },
    total=False,
)
accept_marketplace_registration: Builder[AcceptMarketplaceRegistrationParameters]
associate_iam_role_to_resource: Builder[AssociateIamRoleToResourceParameters]
associate_virtual_machines_to_cloud_vm_cluster: Builder[
    AssociateVirtualMachinesToCloudVmClusterParameters
]
associate_virtual_machines_to_exadb_vm_cluster: Builder[
    AssociateVirtualMachinesToExadbVmClusterParameters
]
create_autonomous_database: Builder[CreateAutonomousDatabaseParameters]
create_autonomous_database_backup: Builder[CreateAutonomousDatabaseBackupParameters]
create_autonomous_database_wallet: Builder[CreateAutonomousDatabaseWalletParameters]
create_cloud_autonomous_vm_cluster: Builder[CreateCloudAutonomousVmClusterParameters]
create_cloud_exadata_infrastructure: Builder[CreateCloudExadataInfrastructureParameters]
create_cloud_vm_cluster: Builder[CreateCloudVmClusterParameters]
create_exadb_vm_cluster: Builder[CreateExadbVmClusterParameters]
create_exascale_db_storage_vault: Builder[CreateExascaleDbStorageVaultParameters]
create_odb_network: Builder[CreateOdbNetworkParameters]
create_odb_peering_connection: Builder[CreateOdbPeeringConnectionParameters]
delete_autonomous_database: Builder[DeleteAutonomousDatabaseParameters]
delete_autonomous_database_backup: Builder[DeleteAutonomousDatabaseBackupParameters]
delete_cloud_autonomous_vm_cluster: Builder[DeleteCloudAutonomousVmClusterParameters]
delete_cloud_exadata_infrastructure: Builder[DeleteCloudExadataInfrastructureParameters]
delete_cloud_vm_cluster: Builder[DeleteCloudVmClusterParameters]
delete_exadb_vm_cluster: Builder[DeleteExadbVmClusterParameters]
delete_exascale_db_storage_vault: Builder[DeleteExascaleDbStorageVaultParameters]
delete_odb_network: Builder[DeleteOdbNetworkParameters]
delete_odb_peering_connection: Builder[DeleteOdbPeeringConnectionParameters]
disassociate_iam_role_from_resource: Builder[DisassociateIamRoleFromResourceParameters]
disassociate_virtual_machines_from_cloud_vm_cluster: Builder[
    DisassociateVirtualMachinesFromCloudVmClusterParameters
]
disassociate_virtual_machines_from_exadb_vm_cluster: Builder[
    DisassociateVirtualMachinesFromExadbVmClusterParameters
]
failover_autonomous_database: Builder[FailoverAutonomousDatabaseParameters]
get_autonomous_database: Builder[GetAutonomousDatabaseParameters]
get_autonomous_database_backup: Builder[GetAutonomousDatabaseBackupParameters]
get_autonomous_database_wallet_details: Builder[GetAutonomousDatabaseWalletDetailsParameters]
get_cloud_autonomous_vm_cluster: Builder[GetCloudAutonomousVmClusterParameters]
get_cloud_exadata_infrastructure: Builder[GetCloudExadataInfrastructureParameters]
get_cloud_exadata_infrastructure_unallocated_resources: Builder[
    GetCloudExadataInfrastructureUnallocatedResourcesParameters
]
get_cloud_vm_cluster: Builder[GetCloudVmClusterParameters]
get_db_node: Builder[GetDbNodeParameters]
get_db_server: Builder[GetDbServerParameters]
get_exadb_vm_cluster: Builder[GetExadbVmClusterParameters]
get_exascale_db_storage_vault: Builder[GetExascaleDbStorageVaultParameters]
get_oci_onboarding_status: Builder[GetOciOnboardingStatusParameters]
get_odb_network: Builder[GetOdbNetworkParameters]
get_odb_peering_connection: Builder[GetOdbPeeringConnectionParameters]
initialize_service: Builder[InitializeServiceParameters]
list_autonomous_database_backups: Builder[ListAutonomousDatabaseBackupsParameters]
list_autonomous_database_character_sets: Builder[ListAutonomousDatabaseCharacterSetsParameters]
list_autonomous_database_clones: Builder[ListAutonomousDatabaseClonesParameters]
list_autonomous_database_peers: Builder[ListAutonomousDatabasePeersParameters]
list_autonomous_database_refreshable_clones: Builder[
    ListAutonomousDatabaseRefreshableClonesParameters
]
list_autonomous_database_versions: Builder[ListAutonomousDatabaseVersionsParameters]
list_autonomous_databases: Builder[ListAutonomousDatabasesParameters]
list_autonomous_virtual_machines: Builder[ListAutonomousVirtualMachinesParameters]
list_cloud_autonomous_vm_clusters: Builder[ListCloudAutonomousVmClustersParameters]
list_cloud_exadata_infrastructures: Builder[ListCloudExadataInfrastructuresParameters]
list_cloud_vm_clusters: Builder[ListCloudVmClustersParameters]
list_db_nodes: Builder[ListDbNodesParameters]
list_db_servers: Builder[ListDbServersParameters]
list_db_system_shapes: Builder[ListDbSystemShapesParameters]
list_exadb_vm_clusters: Builder[ListExadbVmClustersParameters]
list_exascale_db_storage_vaults: Builder[ListExascaleDbStorageVaultsParameters]
list_flex_components: Builder[ListFlexComponentsParameters]
list_gi_minor_versions: Builder[ListGiMinorVersionsParameters]
list_gi_versions: Builder[ListGiVersionsParameters]
list_odb_networks: Builder[ListOdbNetworksParameters]
list_odb_peering_connections: Builder[ListOdbPeeringConnectionsParameters]
list_system_versions: Builder[ListSystemVersionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
reboot_autonomous_database: Builder[RebootAutonomousDatabaseParameters]
reboot_db_node: Builder[RebootDbNodeParameters]
restore_autonomous_database: Builder[RestoreAutonomousDatabaseParameters]
shrink_autonomous_database: Builder[ShrinkAutonomousDatabaseParameters]
start_autonomous_database: Builder[StartAutonomousDatabaseParameters]
start_autonomous_database_refresh: Builder[StartAutonomousDatabaseRefreshParameters]
start_db_node: Builder[StartDbNodeParameters]
stop_autonomous_database: Builder[StopAutonomousDatabaseParameters]
stop_db_node: Builder[StopDbNodeParameters]
switchover_autonomous_database: Builder[SwitchoverAutonomousDatabaseParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_autonomous_database: Builder[UpdateAutonomousDatabaseParameters]
update_autonomous_database_backup: Builder[UpdateAutonomousDatabaseBackupParameters]
update_cloud_autonomous_vm_cluster: Builder[UpdateCloudAutonomousVmClusterParameters]
update_cloud_exadata_infrastructure: Builder[UpdateCloudExadataInfrastructureParameters]
update_cloud_exadata_infrastructure_storage_capacity: Builder[
    UpdateCloudExadataInfrastructureStorageCapacityParameters
]
update_cloud_vm_cluster: Builder[UpdateCloudVmClusterParameters]
update_exadb_vm_cluster: Builder[UpdateExadbVmClusterParameters]
update_exascale_cloud_exadata_infrastructure: Builder[
    UpdateExascaleCloudExadataInfrastructureParameters
]
update_exascale_db_storage_vault: Builder[UpdateExascaleDbStorageVaultParameters]
update_odb_network: Builder[UpdateOdbNetworkParameters]
update_odb_peering_connection: Builder[UpdateOdbPeeringConnectionParameters]

__all__ = [
    "accept_marketplace_registration",
    "associate_iam_role_to_resource",
    "associate_virtual_machines_to_cloud_vm_cluster",
    "associate_virtual_machines_to_exadb_vm_cluster",
    "create_autonomous_database",
    "create_autonomous_database_backup",
    "create_autonomous_database_wallet",
    "create_cloud_autonomous_vm_cluster",
    "create_cloud_exadata_infrastructure",
    "create_cloud_vm_cluster",
    "create_exadb_vm_cluster",
    "create_exascale_db_storage_vault",
    "create_odb_network",
    "create_odb_peering_connection",
    "delete_autonomous_database",
    "delete_autonomous_database_backup",
    "delete_cloud_autonomous_vm_cluster",
    "delete_cloud_exadata_infrastructure",
    "delete_cloud_vm_cluster",
    "delete_exadb_vm_cluster",
    "delete_exascale_db_storage_vault",
    "delete_odb_network",
    "delete_odb_peering_connection",
    "disassociate_iam_role_from_resource",
    "disassociate_virtual_machines_from_cloud_vm_cluster",
    "disassociate_virtual_machines_from_exadb_vm_cluster",
    "failover_autonomous_database",
    "get_autonomous_database",
    "get_autonomous_database_backup",
    "get_autonomous_database_wallet_details",
    "get_cloud_autonomous_vm_cluster",
    "get_cloud_exadata_infrastructure",
    "get_cloud_exadata_infrastructure_unallocated_resources",
    "get_cloud_vm_cluster",
    "get_db_node",
    "get_db_server",
    "get_exadb_vm_cluster",
    "get_exascale_db_storage_vault",
    "get_oci_onboarding_status",
    "get_odb_network",
    "get_odb_peering_connection",
    "initialize_service",
    "list_autonomous_database_backups",
    "list_autonomous_database_character_sets",
    "list_autonomous_database_clones",
    "list_autonomous_database_peers",
    "list_autonomous_database_refreshable_clones",
    "list_autonomous_database_versions",
    "list_autonomous_databases",
    "list_autonomous_virtual_machines",
    "list_cloud_autonomous_vm_clusters",
    "list_cloud_exadata_infrastructures",
    "list_cloud_vm_clusters",
    "list_db_nodes",
    "list_db_servers",
    "list_db_system_shapes",
    "list_exadb_vm_clusters",
    "list_exascale_db_storage_vaults",
    "list_flex_components",
    "list_gi_minor_versions",
    "list_gi_versions",
    "list_odb_networks",
    "list_odb_peering_connections",
    "list_system_versions",
    "list_tags_for_resource",
    "reboot_autonomous_database",
    "reboot_db_node",
    "restore_autonomous_database",
    "shrink_autonomous_database",
    "start_autonomous_database",
    "start_autonomous_database_refresh",
    "start_db_node",
    "stop_autonomous_database",
    "stop_db_node",
    "switchover_autonomous_database",
    "tag_resource",
    "untag_resource",
    "update_autonomous_database",
    "update_autonomous_database_backup",
    "update_cloud_autonomous_vm_cluster",
    "update_cloud_exadata_infrastructure",
    "update_cloud_exadata_infrastructure_storage_capacity",
    "update_cloud_vm_cluster",
    "update_exadb_vm_cluster",
    "update_exascale_cloud_exadata_infrastructure",
    "update_exascale_db_storage_vault",
    "update_odb_network",
    "update_odb_peering_connection",
]
