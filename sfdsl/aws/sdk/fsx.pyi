"""Typed builders of the AWS SDK integration of fsx (``aws-sdk:fsx:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, S, Si, T, X, Xi

AssociateFileSystemAliasesParameters = TypedDict(
    "AssociateFileSystemAliasesParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
        "Aliases": L[Si],
        "Aliases.$": str,
    },
    total=False,
)
CancelDataRepositoryTaskParameters = TypedDict(
    "CancelDataRepositoryTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CopyBackupParameters = TypedDict(
    "CopyBackupParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "SourceBackupId": S,
        "SourceBackupId.$": str,
        "SourceRegion": S,
        "SourceRegion.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "CopyTags": B,
        "CopyTags.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CopySnapshotAndUpdateVolumeParameters = TypedDict(
    "CopySnapshotAndUpdateVolumeParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "SourceSnapshotARN": S,
        "SourceSnapshotARN.$": str,
        "CopyStrategy": S,
        "CopyStrategy.$": str,
        "Options": L[Si],
        "Options.$": str,
    },
    total=False,
)

class OpenZFSPosixFileSystemUser(TypedDict, total=False):
    Uid: I
    Gid: I
    SecondaryGids: L[Ii]

class OpenZFSFileSystemIdentity(TypedDict, total=False):
    Type: S
    PosixUser: X[OpenZFSPosixFileSystemUser]

class CreateAndAttachS3AccessPointOpenZFSConfiguration(TypedDict, total=False):
    VolumeId: S
    FileSystemIdentity: X[OpenZFSFileSystemIdentity]

class OntapUnixFileSystemUser(TypedDict, total=False):
    Name: S

class OntapWindowsFileSystemUser(TypedDict, total=False):
    Name: S

class OntapFileSystemIdentity(TypedDict, total=False):
    Type: S
    UnixUser: X[OntapUnixFileSystemUser]
    WindowsUser: X[OntapWindowsFileSystemUser]

class CreateAndAttachS3AccessPointOntapConfiguration(TypedDict, total=False):
    VolumeId: S
    FileSystemIdentity: X[OntapFileSystemIdentity]

class S3AccessPointVpcConfiguration(TypedDict, total=False):
    VpcId: S

class CreateAndAttachS3AccessPointS3Configuration(TypedDict, total=False):
    VpcConfiguration: X[S3AccessPointVpcConfiguration]
    Policy: S

CreateAndAttachS3AccessPointParameters = TypedDict(
    "CreateAndAttachS3AccessPointParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "OpenZFSConfiguration": X[CreateAndAttachS3AccessPointOpenZFSConfiguration],
        "OpenZFSConfiguration.$": str,
        "OntapConfiguration": X[CreateAndAttachS3AccessPointOntapConfiguration],
        "OntapConfiguration.$": str,
        "S3AccessPoint": X[CreateAndAttachS3AccessPointS3Configuration],
        "S3AccessPoint.$": str,
    },
    total=False,
)
CreateBackupParameters = TypedDict(
    "CreateBackupParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
    },
    total=False,
)
CreateClusterPeerParameters = TypedDict(
    "CreateClusterPeerParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
        "PeerAddresses": L[Si],
        "PeerAddresses.$": str,
        "PassphraseSecretArn": S,
        "PassphraseSecretArn.$": str,
        "PeerClusterName": S,
        "PeerClusterName.$": str,
        "AllowedSvmMode": S,
        "AllowedSvmMode.$": str,
        "AllowedSvmIds": L[Si],
        "AllowedSvmIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AutoImportPolicy(TypedDict, total=False):
    Events: L[Si]

class AutoExportPolicy(TypedDict, total=False):
    Events: L[Si]

class S3DataRepositoryConfiguration(TypedDict, total=False):
    AutoImportPolicy: X[AutoImportPolicy]
    AutoExportPolicy: X[AutoExportPolicy]

CreateDataRepositoryAssociationParameters = TypedDict(
    "CreateDataRepositoryAssociationParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "FileSystemPath": S,
        "FileSystemPath.$": str,
        "DataRepositoryPath": S,
        "DataRepositoryPath.$": str,
        "BatchImportMetaDataOnCreate": B,
        "BatchImportMetaDataOnCreate.$": str,
        "ImportedFileChunkSize": I,
        "ImportedFileChunkSize.$": str,
        "S3": X[S3DataRepositoryConfiguration],
        "S3.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CompletionReport(TypedDict, total=False):
    Enabled: B
    Path: S
    Format: S
    Scope: S

class DurationSinceLastAccess(TypedDict, total=False):
    Unit: S
    Value: I

class ReleaseConfiguration(TypedDict, total=False):
    DurationSinceLastAccess: X[DurationSinceLastAccess]

CreateDataRepositoryTaskParameters = TypedDict(
    "CreateDataRepositoryTaskParameters",
    {
        "Type": S,
        "Type.$": str,
        "Paths": L[Si],
        "Paths.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
        "Report": X[CompletionReport],
        "Report.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CapacityToRelease": I,
        "CapacityToRelease.$": str,
        "ReleaseConfiguration": X[ReleaseConfiguration],
        "ReleaseConfiguration.$": str,
    },
    total=False,
)

class FileCacheLustreMetadataConfiguration(TypedDict, total=False):
    StorageCapacity: I

class CreateFileCacheLustreConfiguration(TypedDict, total=False):
    PerUnitStorageThroughput: I
    DeploymentType: S
    WeeklyMaintenanceStartTime: S
    MetadataConfiguration: X[FileCacheLustreMetadataConfiguration]

class FileCacheNFSConfiguration(TypedDict, total=False):
    Version: S
    DnsIps: L[Si]

class FileCacheDataRepositoryAssociation(TypedDict, total=False):
    FileCachePath: S
    DataRepositoryPath: S
    DataRepositorySubdirectories: L[Si]
    Nfs: X[FileCacheNFSConfiguration]

CreateFileCacheParameters = TypedDict(
    "CreateFileCacheParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "FileCacheType": S,
        "FileCacheType.$": str,
        "FileCacheTypeVersion": S,
        "FileCacheTypeVersion.$": str,
        "StorageCapacity": I,
        "StorageCapacity.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CopyTagsToDataRepositoryAssociations": B,
        "CopyTagsToDataRepositoryAssociations.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "LustreConfiguration": X[CreateFileCacheLustreConfiguration],
        "LustreConfiguration.$": str,
        "DataRepositoryAssociations": L[Xi[FileCacheDataRepositoryAssociation]],
        "DataRepositoryAssociations.$": str,
    },
    total=False,
)

class SelfManagedActiveDirectoryConfiguration(TypedDict, total=False):
    DomainName: S
    OrganizationalUnitDistinguishedName: S
    FileSystemAdministratorsGroup: S
    UserName: S
    Password: S
    DnsIps: L[Si]
    DomainJoinServiceAccountSecret: S

class WindowsAuditLogCreateConfiguration(TypedDict, total=False):
    FileAccessAuditLogLevel: S
    FileShareAccessAuditLogLevel: S
    AuditLogDestination: S

class DiskIopsConfiguration(TypedDict, total=False):
    Mode: S
    Iops: I

class WindowsFsrmConfiguration(TypedDict, total=False):
    FsrmServiceEnabled: B
    EventLogDestination: S

class CreateFileSystemWindowsConfiguration(TypedDict, total=False):
    ActiveDirectoryId: S
    SelfManagedActiveDirectoryConfiguration: X[SelfManagedActiveDirectoryConfiguration]
    DeploymentType: S
    PreferredSubnetId: S
    ThroughputCapacity: I
    WeeklyMaintenanceStartTime: S
    DailyAutomaticBackupStartTime: S
    AutomaticBackupRetentionDays: I
    CopyTagsToBackups: B
    Aliases: L[Si]
    AuditLogConfiguration: X[WindowsAuditLogCreateConfiguration]
    DiskIopsConfiguration: X[DiskIopsConfiguration]
    FsrmConfiguration: X[WindowsFsrmConfiguration]

class LustreLogCreateConfiguration(TypedDict, total=False):
    Level: S
    Destination: S

class LustreRootSquashConfiguration(TypedDict, total=False):
    RootSquash: S
    NoSquashNids: L[Si]

class CreateFileSystemLustreMetadataConfiguration(TypedDict, total=False):
    Iops: I
    Mode: S

class LustreReadCacheConfiguration(TypedDict, total=False):
    SizingMode: S
    SizeGiB: I

class CreateFileSystemLustreConfiguration(TypedDict, total=False):
    WeeklyMaintenanceStartTime: S
    ImportPath: S
    ExportPath: S
    ImportedFileChunkSize: I
    DeploymentType: S
    AutoImportPolicy: S
    PerUnitStorageThroughput: I
    DailyAutomaticBackupStartTime: S
    AutomaticBackupRetentionDays: I
    CopyTagsToBackups: B
    DriveCacheType: S
    DataCompressionType: S
    EfaEnabled: B
    LogConfiguration: X[LustreLogCreateConfiguration]
    RootSquashConfiguration: X[LustreRootSquashConfiguration]
    MetadataConfiguration: X[CreateFileSystemLustreMetadataConfiguration]
    ThroughputCapacity: I
    DataReadCacheConfiguration: X[LustreReadCacheConfiguration]

class CreateFileSystemOntapConfiguration(TypedDict, total=False):
    AutomaticBackupRetentionDays: I
    DailyAutomaticBackupStartTime: S
    DeploymentType: S
    EndpointIpAddressRange: S
    FsxAdminPassword: S
    DiskIopsConfiguration: X[DiskIopsConfiguration]
    PreferredSubnetId: S
    RouteTableIds: L[Si]
    ThroughputCapacity: I
    WeeklyMaintenanceStartTime: S
    HaPairs: I
    ThroughputCapacityPerHAPair: I
    EndpointIpv6AddressRange: S

class OpenZFSClientConfiguration(TypedDict, total=False):
    Clients: S
    Options: L[Si]

class OpenZFSNfsExport(TypedDict, total=False):
    ClientConfigurations: L[Xi[OpenZFSClientConfiguration]]

class OpenZFSUserOrGroupQuota(TypedDict, total=False):
    Type: S
    Id: I
    StorageCapacityQuotaGiB: I

class OpenZFSCreateRootVolumeConfiguration(TypedDict, total=False):
    RecordSizeKiB: I
    DataCompressionType: S
    NfsExports: L[Xi[OpenZFSNfsExport]]
    UserAndGroupQuotas: L[Xi[OpenZFSUserOrGroupQuota]]
    CopyTagsToSnapshots: B
    ReadOnly: B

class OpenZFSReadCacheConfiguration(TypedDict, total=False):
    SizingMode: S
    SizeGiB: I

class CreateFileSystemOpenZFSConfiguration(TypedDict, total=False):
    AutomaticBackupRetentionDays: I
    CopyTagsToBackups: B
    CopyTagsToVolumes: B
    DailyAutomaticBackupStartTime: S
    DeploymentType: S
    ThroughputCapacity: I
    WeeklyMaintenanceStartTime: S
    DiskIopsConfiguration: X[DiskIopsConfiguration]
    RootVolumeConfiguration: X[OpenZFSCreateRootVolumeConfiguration]
    PreferredSubnetId: S
    EndpointIpAddressRange: S
    EndpointIpv6AddressRange: S
    RouteTableIds: L[Si]
    ReadCacheConfiguration: X[OpenZFSReadCacheConfiguration]

CreateFileSystemParameters = TypedDict(
    "CreateFileSystemParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "FileSystemType": S,
        "FileSystemType.$": str,
        "StorageCapacity": I,
        "StorageCapacity.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "WindowsConfiguration": X[CreateFileSystemWindowsConfiguration],
        "WindowsConfiguration.$": str,
        "LustreConfiguration": X[CreateFileSystemLustreConfiguration],
        "LustreConfiguration.$": str,
        "OntapConfiguration": X[CreateFileSystemOntapConfiguration],
        "OntapConfiguration.$": str,
        "FileSystemTypeVersion": S,
        "FileSystemTypeVersion.$": str,
        "OpenZFSConfiguration": X[CreateFileSystemOpenZFSConfiguration],
        "OpenZFSConfiguration.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
    },
    total=False,
)
CreateFileSystemFromBackupParameters = TypedDict(
    "CreateFileSystemFromBackupParameters",
    {
        "BackupId": S,
        "BackupId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "WindowsConfiguration": X[CreateFileSystemWindowsConfiguration],
        "WindowsConfiguration.$": str,
        "LustreConfiguration": X[CreateFileSystemLustreConfiguration],
        "LustreConfiguration.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "FileSystemTypeVersion": S,
        "FileSystemTypeVersion.$": str,
        "OpenZFSConfiguration": X[CreateFileSystemOpenZFSConfiguration],
        "OpenZFSConfiguration.$": str,
        "StorageCapacity": I,
        "StorageCapacity.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
    },
    total=False,
)

class SnapmirrorPolicyRetentionRule(TypedDict, total=False):
    Label: S
    Count: I
    CreationSchedule: S

CreateSnapmirrorPolicyParameters = TypedDict(
    "CreateSnapmirrorPolicyParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
        "StorageVirtualMachineId": S,
        "StorageVirtualMachineId.$": str,
        "Name": S,
        "Name.$": str,
        "SnapshotCopyMode": S,
        "SnapshotCopyMode.$": str,
        "RetentionRules": L[Xi[SnapmirrorPolicyRetentionRule]],
        "RetentionRules.$": str,
        "TransferSchedule": S,
        "TransferSchedule.$": str,
        "NetworkCompressionEnabled": B,
        "NetworkCompressionEnabled.$": str,
        "ThrottleInKbps": I,
        "ThrottleInKbps.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CreateSnapmirrorSource(TypedDict, total=False):
    Path: S

class CreateSnapmirrorDestination(TypedDict, total=False):
    VolumeId: S

CreateSnapmirrorRelationshipParameters = TypedDict(
    "CreateSnapmirrorRelationshipParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Source": X[CreateSnapmirrorSource],
        "Source.$": str,
        "Destination": X[CreateSnapmirrorDestination],
        "Destination.$": str,
        "PolicyId": S,
        "PolicyId.$": str,
        "TransferSchedule": S,
        "TransferSchedule.$": str,
        "ThrottleInKbps": I,
        "ThrottleInKbps.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CreateOntapSnapshotConfiguration(TypedDict, total=False):
    SnapmirrorLabel: S
    ExpiryTime: T
    SnaplockExpiryTime: T

CreateSnapshotParameters = TypedDict(
    "CreateSnapshotParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Name": S,
        "Name.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "OntapConfiguration": X[CreateOntapSnapshotConfiguration],
        "OntapConfiguration.$": str,
    },
    total=False,
)

class SnapshotPolicyRetentionPeriod(TypedDict, total=False):
    Type: S
    Value: I

class SnapshotPolicySchedule(TypedDict, total=False):
    Name: S
    Count: I
    Prefix: S
    SnapmirrorLabel: S
    RetentionPeriod: X[SnapshotPolicyRetentionPeriod]

CreateSnapshotPolicyParameters = TypedDict(
    "CreateSnapshotPolicyParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
        "StorageVirtualMachineId": S,
        "StorageVirtualMachineId.$": str,
        "Name": S,
        "Name.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "Schedules": L[Xi[SnapshotPolicySchedule]],
        "Schedules.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CreateSvmActiveDirectoryConfiguration(TypedDict, total=False):
    NetBiosName: S
    SelfManagedActiveDirectoryConfiguration: X[SelfManagedActiveDirectoryConfiguration]

CreateStorageVirtualMachineParameters = TypedDict(
    "CreateStorageVirtualMachineParameters",
    {
        "ActiveDirectoryConfiguration": X[CreateSvmActiveDirectoryConfiguration],
        "ActiveDirectoryConfiguration.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
        "Name": S,
        "Name.$": str,
        "SvmAdminPassword": S,
        "SvmAdminPassword.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "RootVolumeSecurityStyle": S,
        "RootVolumeSecurityStyle.$": str,
    },
    total=False,
)
CreateStorageVirtualMachinePeerParameters = TypedDict(
    "CreateStorageVirtualMachinePeerParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "StorageVirtualMachineId": S,
        "StorageVirtualMachineId.$": str,
        "PeerSvmName": S,
        "PeerSvmName.$": str,
        "PeerClusterName": S,
        "PeerClusterName.$": str,
        "Applications": L[Si],
        "Applications.$": str,
        "PeerSvmAlias": S,
        "PeerSvmAlias.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class TieringPolicy(TypedDict, total=False):
    CoolingPeriod: I
    Name: S

class AutocommitPeriod(TypedDict, total=False):
    Type: S
    Value: I

class RetentionPeriod(TypedDict, total=False):
    Type: S
    Value: I

class SnaplockRetentionPeriod(TypedDict, total=False):
    DefaultRetention: X[RetentionPeriod]
    MinimumRetention: X[RetentionPeriod]
    MaximumRetention: X[RetentionPeriod]

class CreateSnaplockConfiguration(TypedDict, total=False):
    AuditLogVolume: B
    AutocommitPeriod: X[AutocommitPeriod]
    PrivilegedDelete: S
    RetentionPeriod: X[SnaplockRetentionPeriod]
    SnaplockType: S
    VolumeAppendModeEnabled: B

class CreateAggregateConfiguration(TypedDict, total=False):
    Aggregates: L[Si]
    ConstituentsPerAggregate: I

class CreateCloneConfiguration(TypedDict, total=False):
    ParentVolumeId: S
    SnapshotId: S

class CreateOntapVolumeConfiguration(TypedDict, total=False):
    JunctionPath: S
    SecurityStyle: S
    SizeInMegabytes: I
    StorageEfficiencyEnabled: B
    StorageVirtualMachineId: S
    TieringPolicy: X[TieringPolicy]
    OntapVolumeType: S
    SnapshotPolicy: S
    CopyTagsToBackups: B
    SnaplockConfiguration: X[CreateSnaplockConfiguration]
    VolumeStyle: S
    AggregateConfiguration: X[CreateAggregateConfiguration]
    SizeInBytes: I
    CloneConfiguration: X[CreateCloneConfiguration]

class CreateOpenZFSOriginSnapshotConfiguration(TypedDict, total=False):
    SnapshotARN: S
    CopyStrategy: S

class CreateOpenZFSVolumeConfiguration(TypedDict, total=False):
    ParentVolumeId: S
    StorageCapacityReservationGiB: I
    StorageCapacityQuotaGiB: I
    RecordSizeKiB: I
    DataCompressionType: S
    CopyTagsToSnapshots: B
    OriginSnapshot: X[CreateOpenZFSOriginSnapshotConfiguration]
    ReadOnly: B
    NfsExports: L[Xi[OpenZFSNfsExport]]
    UserAndGroupQuotas: L[Xi[OpenZFSUserOrGroupQuota]]

CreateVolumeParameters = TypedDict(
    "CreateVolumeParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VolumeType": S,
        "VolumeType.$": str,
        "Name": S,
        "Name.$": str,
        "OntapConfiguration": X[CreateOntapVolumeConfiguration],
        "OntapConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "OpenZFSConfiguration": X[CreateOpenZFSVolumeConfiguration],
        "OpenZFSConfiguration.$": str,
    },
    total=False,
)
CreateVolumeFromBackupParameters = TypedDict(
    "CreateVolumeFromBackupParameters",
    {
        "BackupId": S,
        "BackupId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Name": S,
        "Name.$": str,
        "OntapConfiguration": X[CreateOntapVolumeConfiguration],
        "OntapConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteBackupParameters = TypedDict(
    "DeleteBackupParameters",
    {"BackupId": S, "BackupId.$": str, "ClientRequestToken": S, "ClientRequestToken.$": str},
    total=False,
)
DeleteClusterPeerParameters = TypedDict(
    "DeleteClusterPeerParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ClusterPeerId": S,
        "ClusterPeerId.$": str,
    },
    total=False,
)
DeleteDataRepositoryAssociationParameters = TypedDict(
    "DeleteDataRepositoryAssociationParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "DeleteDataInFileSystem": B,
        "DeleteDataInFileSystem.$": str,
    },
    total=False,
)
DeleteFileCacheParameters = TypedDict(
    "DeleteFileCacheParameters",
    {"FileCacheId": S, "FileCacheId.$": str, "ClientRequestToken": S, "ClientRequestToken.$": str},
    total=False,
)

class DeleteFileSystemWindowsConfiguration(TypedDict, total=False):
    SkipFinalBackup: B
    FinalBackupTags: L[Xi[Tag]]

class DeleteFileSystemLustreConfiguration(TypedDict, total=False):
    SkipFinalBackup: B
    FinalBackupTags: L[Xi[Tag]]

class DeleteFileSystemOpenZFSConfiguration(TypedDict, total=False):
    SkipFinalBackup: B
    FinalBackupTags: L[Xi[Tag]]
    Options: L[Si]

DeleteFileSystemParameters = TypedDict(
    "DeleteFileSystemParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "WindowsConfiguration": X[DeleteFileSystemWindowsConfiguration],
        "WindowsConfiguration.$": str,
        "LustreConfiguration": X[DeleteFileSystemLustreConfiguration],
        "LustreConfiguration.$": str,
        "OpenZFSConfiguration": X[DeleteFileSystemOpenZFSConfiguration],
        "OpenZFSConfiguration.$": str,
    },
    total=False,
)
DeleteSnapmirrorPolicyParameters = TypedDict(
    "DeleteSnapmirrorPolicyParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "SnapmirrorPolicyId": S,
        "SnapmirrorPolicyId.$": str,
    },
    total=False,
)
DeleteSnapmirrorRelationshipParameters = TypedDict(
    "DeleteSnapmirrorRelationshipParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "SnapmirrorRelationshipId": S,
        "SnapmirrorRelationshipId.$": str,
    },
    total=False,
)
DeleteSnapshotParameters = TypedDict(
    "DeleteSnapshotParameters",
    {"ClientRequestToken": S, "ClientRequestToken.$": str, "SnapshotId": S, "SnapshotId.$": str},
    total=False,
)
DeleteSnapshotPolicyParameters = TypedDict(
    "DeleteSnapshotPolicyParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "SnapshotPolicyId": S,
        "SnapshotPolicyId.$": str,
    },
    total=False,
)
DeleteStorageVirtualMachineParameters = TypedDict(
    "DeleteStorageVirtualMachineParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "StorageVirtualMachineId": S,
        "StorageVirtualMachineId.$": str,
    },
    total=False,
)
DeleteStorageVirtualMachinePeerParameters = TypedDict(
    "DeleteStorageVirtualMachinePeerParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "StorageVirtualMachinePeerId": S,
        "StorageVirtualMachinePeerId.$": str,
    },
    total=False,
)

class DeleteVolumeOntapConfiguration(TypedDict, total=False):
    SkipFinalBackup: B
    FinalBackupTags: L[Xi[Tag]]
    BypassSnaplockEnterpriseRetention: B

class DeleteVolumeOpenZFSConfiguration(TypedDict, total=False):
    Options: L[Si]

DeleteVolumeParameters = TypedDict(
    "DeleteVolumeParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "OntapConfiguration": X[DeleteVolumeOntapConfiguration],
        "OntapConfiguration.$": str,
        "OpenZFSConfiguration": X[DeleteVolumeOpenZFSConfiguration],
        "OpenZFSConfiguration.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeBackupsParameters = TypedDict(
    "DescribeBackupsParameters",
    {
        "BackupIds": L[Si],
        "BackupIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ClusterPeerFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeClusterPeersParameters = TypedDict(
    "DescribeClusterPeersParameters",
    {
        "ClusterPeerIds": L[Si],
        "ClusterPeerIds.$": str,
        "Filters": L[Xi[ClusterPeerFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeDataRepositoryAssociationsParameters = TypedDict(
    "DescribeDataRepositoryAssociationsParameters",
    {
        "AssociationIds": L[Si],
        "AssociationIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DataRepositoryTaskFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeDataRepositoryTasksParameters = TypedDict(
    "DescribeDataRepositoryTasksParameters",
    {
        "TaskIds": L[Si],
        "TaskIds.$": str,
        "Filters": L[Xi[DataRepositoryTaskFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFileCachesParameters = TypedDict(
    "DescribeFileCachesParameters",
    {
        "FileCacheIds": L[Si],
        "FileCacheIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFileSystemAliasesParameters = TypedDict(
    "DescribeFileSystemAliasesParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFileSystemsParameters = TypedDict(
    "DescribeFileSystemsParameters",
    {
        "FileSystemIds": L[Si],
        "FileSystemIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class S3AccessPointAttachmentsFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeS3AccessPointAttachmentsParameters = TypedDict(
    "DescribeS3AccessPointAttachmentsParameters",
    {
        "Names": L[Si],
        "Names.$": str,
        "Filters": L[Xi[S3AccessPointAttachmentsFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribeSharedVpcConfigurationParameters(TypedDict, total=False): ...

class SnapmirrorPolicyFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeSnapmirrorPoliciesParameters = TypedDict(
    "DescribeSnapmirrorPoliciesParameters",
    {
        "SnapmirrorPolicyIds": L[Si],
        "SnapmirrorPolicyIds.$": str,
        "Filters": L[Xi[SnapmirrorPolicyFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class SnapmirrorRelationshipFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeSnapmirrorRelationshipsParameters = TypedDict(
    "DescribeSnapmirrorRelationshipsParameters",
    {
        "SnapmirrorRelationshipIds": L[Si],
        "SnapmirrorRelationshipIds.$": str,
        "Filters": L[Xi[SnapmirrorRelationshipFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class SnapshotPolicyFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeSnapshotPoliciesParameters = TypedDict(
    "DescribeSnapshotPoliciesParameters",
    {
        "SnapshotPolicyIds": L[Si],
        "SnapshotPolicyIds.$": str,
        "Filters": L[Xi[SnapshotPolicyFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class SnapshotFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeSnapshotsParameters = TypedDict(
    "DescribeSnapshotsParameters",
    {
        "SnapshotIds": L[Si],
        "SnapshotIds.$": str,
        "Filters": L[Xi[SnapshotFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeShared": B,
        "IncludeShared.$": str,
    },
    total=False,
)

class StorageVirtualMachinePeerFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeStorageVirtualMachinePeersParameters = TypedDict(
    "DescribeStorageVirtualMachinePeersParameters",
    {
        "StorageVirtualMachinePeerIds": L[Si],
        "StorageVirtualMachinePeerIds.$": str,
        "Filters": L[Xi[StorageVirtualMachinePeerFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class StorageVirtualMachineFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeStorageVirtualMachinesParameters = TypedDict(
    "DescribeStorageVirtualMachinesParameters",
    {
        "StorageVirtualMachineIds": L[Si],
        "StorageVirtualMachineIds.$": str,
        "Filters": L[Xi[StorageVirtualMachineFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class VolumeFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeVolumesParameters = TypedDict(
    "DescribeVolumesParameters",
    {
        "VolumeIds": L[Si],
        "VolumeIds.$": str,
        "Filters": L[Xi[VolumeFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DetachAndDeleteS3AccessPointParameters = TypedDict(
    "DetachAndDeleteS3AccessPointParameters",
    {"ClientRequestToken": S, "ClientRequestToken.$": str, "Name": S, "Name.$": str},
    total=False,
)
DisassociateFileSystemAliasesParameters = TypedDict(
    "DisassociateFileSystemAliasesParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
        "Aliases": L[Si],
        "Aliases.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceARN": S,
        "ResourceARN.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ReleaseFileSystemNfsV3LocksParameters = TypedDict(
    "ReleaseFileSystemNfsV3LocksParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
RestoreVolumeFromSnapshotParameters = TypedDict(
    "RestoreVolumeFromSnapshotParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "SnapshotId": S,
        "SnapshotId.$": str,
        "Options": L[Si],
        "Options.$": str,
    },
    total=False,
)
StartMisconfiguredStateRecoveryParameters = TypedDict(
    "StartMisconfiguredStateRecoveryParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
    },
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
UpdateClusterPeerParameters = TypedDict(
    "UpdateClusterPeerParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ClusterPeerId": S,
        "ClusterPeerId.$": str,
        "PeerClusterName": S,
        "PeerClusterName.$": str,
        "PeerAddresses": L[Si],
        "PeerAddresses.$": str,
    },
    total=False,
)
UpdateDataRepositoryAssociationParameters = TypedDict(
    "UpdateDataRepositoryAssociationParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ImportedFileChunkSize": I,
        "ImportedFileChunkSize.$": str,
        "S3": X[S3DataRepositoryConfiguration],
        "S3.$": str,
    },
    total=False,
)

class UpdateFileCacheLustreConfiguration(TypedDict, total=False):
    WeeklyMaintenanceStartTime: S

UpdateFileCacheParameters = TypedDict(
    "UpdateFileCacheParameters",
    {
        "FileCacheId": S,
        "FileCacheId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "LustreConfiguration": X[UpdateFileCacheLustreConfiguration],
        "LustreConfiguration.$": str,
    },
    total=False,
)

class SelfManagedActiveDirectoryConfigurationUpdates(TypedDict, total=False):
    UserName: S
    Password: S
    DnsIps: L[Si]
    DomainName: S
    OrganizationalUnitDistinguishedName: S
    FileSystemAdministratorsGroup: S
    DomainJoinServiceAccountSecret: S

class UpdateFileSystemWindowsConfiguration(TypedDict, total=False):
    WeeklyMaintenanceStartTime: S
    DailyAutomaticBackupStartTime: S
    AutomaticBackupRetentionDays: I
    ThroughputCapacity: I
    SelfManagedActiveDirectoryConfiguration: X[SelfManagedActiveDirectoryConfigurationUpdates]
    AuditLogConfiguration: X[WindowsAuditLogCreateConfiguration]
    DiskIopsConfiguration: X[DiskIopsConfiguration]
    FsrmConfiguration: X[WindowsFsrmConfiguration]

class UpdateFileSystemLustreMetadataConfiguration(TypedDict, total=False):
    Iops: I
    Mode: S

class UpdateFileSystemLustreConfiguration(TypedDict, total=False):
    WeeklyMaintenanceStartTime: S
    DailyAutomaticBackupStartTime: S
    AutomaticBackupRetentionDays: I
    AutoImportPolicy: S
    DataCompressionType: S
    LogConfiguration: X[LustreLogCreateConfiguration]
    RootSquashConfiguration: X[LustreRootSquashConfiguration]
    PerUnitStorageThroughput: I
    MetadataConfiguration: X[UpdateFileSystemLustreMetadataConfiguration]
    ThroughputCapacity: I
    DataReadCacheConfiguration: X[LustreReadCacheConfiguration]

class UpdateFileSystemOntapConfiguration(TypedDict, total=False):
    AutomaticBackupRetentionDays: I
    DailyAutomaticBackupStartTime: S
    FsxAdminPassword: S
    WeeklyMaintenanceStartTime: S
    DiskIopsConfiguration: X[DiskIopsConfiguration]
    ThroughputCapacity: I
    AddRouteTableIds: L[Si]
    RemoveRouteTableIds: L[Si]
    ThroughputCapacityPerHAPair: I
    HaPairs: I
    EndpointIpv6AddressRange: S

class UpdateFileSystemOpenZFSConfiguration(TypedDict, total=False):
    AutomaticBackupRetentionDays: I
    CopyTagsToBackups: B
    CopyTagsToVolumes: B
    DailyAutomaticBackupStartTime: S
    ThroughputCapacity: I
    WeeklyMaintenanceStartTime: S
    DiskIopsConfiguration: X[DiskIopsConfiguration]
    AddRouteTableIds: L[Si]
    RemoveRouteTableIds: L[Si]
    ReadCacheConfiguration: X[OpenZFSReadCacheConfiguration]
    EndpointIpv6AddressRange: S

UpdateFileSystemParameters = TypedDict(
    "UpdateFileSystemParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "StorageCapacity": I,
        "StorageCapacity.$": str,
        "WindowsConfiguration": X[UpdateFileSystemWindowsConfiguration],
        "WindowsConfiguration.$": str,
        "LustreConfiguration": X[UpdateFileSystemLustreConfiguration],
        "LustreConfiguration.$": str,
        "OntapConfiguration": X[UpdateFileSystemOntapConfiguration],
        "OntapConfiguration.$": str,
        "OpenZFSConfiguration": X[UpdateFileSystemOpenZFSConfiguration],
        "OpenZFSConfiguration.$": str,
        "StorageType": S,
        "StorageType.$": str,
        "FileSystemTypeVersion": S,
        "FileSystemTypeVersion.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
    },
    total=False,
)
UpdateSharedVpcConfigurationParameters = TypedDict(
    "UpdateSharedVpcConfigurationParameters",
    {
        "EnableFsxRouteTableUpdatesFromParticipantAccounts": S,
        "EnableFsxRouteTableUpdatesFromParticipantAccounts.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
UpdateSnapmirrorPolicyParameters = TypedDict(
    "UpdateSnapmirrorPolicyParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "SnapmirrorPolicyId": S,
        "SnapmirrorPolicyId.$": str,
        "RetentionRules": L[Xi[SnapmirrorPolicyRetentionRule]],
        "RetentionRules.$": str,
        "TransferSchedule": S,
        "TransferSchedule.$": str,
        "NetworkCompressionEnabled": B,
        "NetworkCompressionEnabled.$": str,
        "ThrottleInKbps": I,
        "ThrottleInKbps.$": str,
    },
    total=False,
)
UpdateSnapmirrorRelationshipParameters = TypedDict(
    "UpdateSnapmirrorRelationshipParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "SnapmirrorRelationshipId": S,
        "SnapmirrorRelationshipId.$": str,
        "PolicyId": S,
        "PolicyId.$": str,
        "TransferSchedule": S,
        "TransferSchedule.$": str,
        "ThrottleInKbps": I,
        "ThrottleInKbps.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)

class UpdateOntapSnapshotConfiguration(TypedDict, total=False):
    SnapmirrorLabel: S
    ExpiryTime: T
    SnaplockExpiryTime: T

UpdateSnapshotParameters = TypedDict(
    "UpdateSnapshotParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Name": S,
        "Name.$": str,
        "SnapshotId": S,
        "SnapshotId.$": str,
        "OntapConfiguration": X[UpdateOntapSnapshotConfiguration],
        "OntapConfiguration.$": str,
    },
    total=False,
)
UpdateSnapshotPolicyParameters = TypedDict(
    "UpdateSnapshotPolicyParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "SnapshotPolicyId": S,
        "SnapshotPolicyId.$": str,
        "Enabled": B,
        "Enabled.$": str,
    },
    total=False,
)

class UpdateSvmActiveDirectoryConfiguration(TypedDict, total=False):
    SelfManagedActiveDirectoryConfiguration: X[SelfManagedActiveDirectoryConfigurationUpdates]
    NetBiosName: S

UpdateStorageVirtualMachineParameters = TypedDict(
    "UpdateStorageVirtualMachineParameters",
    {
        "ActiveDirectoryConfiguration": X[UpdateSvmActiveDirectoryConfiguration],
        "ActiveDirectoryConfiguration.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "StorageVirtualMachineId": S,
        "StorageVirtualMachineId.$": str,
        "SvmAdminPassword": S,
        "SvmAdminPassword.$": str,
    },
    total=False,
)
UpdateStorageVirtualMachinePeerParameters = TypedDict(
    "UpdateStorageVirtualMachinePeerParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "StorageVirtualMachinePeerId": S,
        "StorageVirtualMachinePeerId.$": str,
        "Applications": L[Si],
        "Applications.$": str,
        "PeerSvmAlias": S,
        "PeerSvmAlias.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)

class UpdateSnaplockConfiguration(TypedDict, total=False):
    AuditLogVolume: B
    AutocommitPeriod: X[AutocommitPeriod]
    PrivilegedDelete: S
    RetentionPeriod: X[SnaplockRetentionPeriod]
    VolumeAppendModeEnabled: B

class UpdateCloneConfiguration(TypedDict, total=False):
    SplitAction: S

class UpdateOntapVolumeConfiguration(TypedDict, total=False):
    JunctionPath: S
    SecurityStyle: S
    SizeInMegabytes: I
    StorageEfficiencyEnabled: B
    TieringPolicy: X[TieringPolicy]
    SnapshotPolicy: S
    CopyTagsToBackups: B
    SnaplockConfiguration: X[UpdateSnaplockConfiguration]
    SizeInBytes: I
    CloneConfiguration: X[UpdateCloneConfiguration]

class UpdateOpenZFSVolumeConfiguration(TypedDict, total=False):
    StorageCapacityReservationGiB: I
    StorageCapacityQuotaGiB: I
    RecordSizeKiB: I
    DataCompressionType: S
    NfsExports: L[Xi[OpenZFSNfsExport]]
    UserAndGroupQuotas: L[Xi[OpenZFSUserOrGroupQuota]]
    ReadOnly: B

UpdateVolumeParameters = TypedDict(
    "UpdateVolumeParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "OntapConfiguration": X[UpdateOntapVolumeConfiguration],
        "OntapConfiguration.$": str,
        "Name": S,
        "Name.$": str,
        "OpenZFSConfiguration": X[UpdateOpenZFSVolumeConfiguration],
        "OpenZFSConfiguration.$": str,
    },
    total=False,
)
associate_file_system_aliases: Builder[AssociateFileSystemAliasesParameters]
cancel_data_repository_task: Builder[CancelDataRepositoryTaskParameters]
copy_backup: Builder[CopyBackupParameters]
copy_snapshot_and_update_volume: Builder[CopySnapshotAndUpdateVolumeParameters]
create_and_attach_s3_access_point: Builder[CreateAndAttachS3AccessPointParameters]
create_backup: Builder[CreateBackupParameters]
create_cluster_peer: Builder[CreateClusterPeerParameters]
create_data_repository_association: Builder[CreateDataRepositoryAssociationParameters]
create_data_repository_task: Builder[CreateDataRepositoryTaskParameters]
create_file_cache: Builder[CreateFileCacheParameters]
create_file_system: Builder[CreateFileSystemParameters]
create_file_system_from_backup: Builder[CreateFileSystemFromBackupParameters]
create_snapmirror_policy: Builder[CreateSnapmirrorPolicyParameters]
create_snapmirror_relationship: Builder[CreateSnapmirrorRelationshipParameters]
create_snapshot: Builder[CreateSnapshotParameters]
create_snapshot_policy: Builder[CreateSnapshotPolicyParameters]
create_storage_virtual_machine: Builder[CreateStorageVirtualMachineParameters]
create_storage_virtual_machine_peer: Builder[CreateStorageVirtualMachinePeerParameters]
create_volume: Builder[CreateVolumeParameters]
create_volume_from_backup: Builder[CreateVolumeFromBackupParameters]
delete_backup: Builder[DeleteBackupParameters]
delete_cluster_peer: Builder[DeleteClusterPeerParameters]
delete_data_repository_association: Builder[DeleteDataRepositoryAssociationParameters]
delete_file_cache: Builder[DeleteFileCacheParameters]
delete_file_system: Builder[DeleteFileSystemParameters]
delete_snapmirror_policy: Builder[DeleteSnapmirrorPolicyParameters]
delete_snapmirror_relationship: Builder[DeleteSnapmirrorRelationshipParameters]
delete_snapshot: Builder[DeleteSnapshotParameters]
delete_snapshot_policy: Builder[DeleteSnapshotPolicyParameters]
delete_storage_virtual_machine: Builder[DeleteStorageVirtualMachineParameters]
delete_storage_virtual_machine_peer: Builder[DeleteStorageVirtualMachinePeerParameters]
delete_volume: Builder[DeleteVolumeParameters]
describe_backups: Builder[DescribeBackupsParameters]
describe_cluster_peers: Builder[DescribeClusterPeersParameters]
describe_data_repository_associations: Builder[DescribeDataRepositoryAssociationsParameters]
describe_data_repository_tasks: Builder[DescribeDataRepositoryTasksParameters]
describe_file_caches: Builder[DescribeFileCachesParameters]
describe_file_system_aliases: Builder[DescribeFileSystemAliasesParameters]
describe_file_systems: Builder[DescribeFileSystemsParameters]
describe_s3_access_point_attachments: Builder[DescribeS3AccessPointAttachmentsParameters]
describe_shared_vpc_configuration: Builder[DescribeSharedVpcConfigurationParameters]
describe_snapmirror_policies: Builder[DescribeSnapmirrorPoliciesParameters]
describe_snapmirror_relationships: Builder[DescribeSnapmirrorRelationshipsParameters]
describe_snapshot_policies: Builder[DescribeSnapshotPoliciesParameters]
describe_snapshots: Builder[DescribeSnapshotsParameters]
describe_storage_virtual_machine_peers: Builder[DescribeStorageVirtualMachinePeersParameters]
describe_storage_virtual_machines: Builder[DescribeStorageVirtualMachinesParameters]
describe_volumes: Builder[DescribeVolumesParameters]
detach_and_delete_s3_access_point: Builder[DetachAndDeleteS3AccessPointParameters]
disassociate_file_system_aliases: Builder[DisassociateFileSystemAliasesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
release_file_system_nfs_v3_locks: Builder[ReleaseFileSystemNfsV3LocksParameters]
restore_volume_from_snapshot: Builder[RestoreVolumeFromSnapshotParameters]
start_misconfigured_state_recovery: Builder[StartMisconfiguredStateRecoveryParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_cluster_peer: Builder[UpdateClusterPeerParameters]
update_data_repository_association: Builder[UpdateDataRepositoryAssociationParameters]
update_file_cache: Builder[UpdateFileCacheParameters]
update_file_system: Builder[UpdateFileSystemParameters]
update_shared_vpc_configuration: Builder[UpdateSharedVpcConfigurationParameters]
update_snapmirror_policy: Builder[UpdateSnapmirrorPolicyParameters]
update_snapmirror_relationship: Builder[UpdateSnapmirrorRelationshipParameters]
update_snapshot: Builder[UpdateSnapshotParameters]
update_snapshot_policy: Builder[UpdateSnapshotPolicyParameters]
update_storage_virtual_machine: Builder[UpdateStorageVirtualMachineParameters]
update_storage_virtual_machine_peer: Builder[UpdateStorageVirtualMachinePeerParameters]
update_volume: Builder[UpdateVolumeParameters]

__all__ = [
    "associate_file_system_aliases",
    "cancel_data_repository_task",
    "copy_backup",
    "copy_snapshot_and_update_volume",
    "create_and_attach_s3_access_point",
    "create_backup",
    "create_cluster_peer",
    "create_data_repository_association",
    "create_data_repository_task",
    "create_file_cache",
    "create_file_system",
    "create_file_system_from_backup",
    "create_snapmirror_policy",
    "create_snapmirror_relationship",
    "create_snapshot",
    "create_snapshot_policy",
    "create_storage_virtual_machine",
    "create_storage_virtual_machine_peer",
    "create_volume",
    "create_volume_from_backup",
    "delete_backup",
    "delete_cluster_peer",
    "delete_data_repository_association",
    "delete_file_cache",
    "delete_file_system",
    "delete_snapmirror_policy",
    "delete_snapmirror_relationship",
    "delete_snapshot",
    "delete_snapshot_policy",
    "delete_storage_virtual_machine",
    "delete_storage_virtual_machine_peer",
    "delete_volume",
    "describe_backups",
    "describe_cluster_peers",
    "describe_data_repository_associations",
    "describe_data_repository_tasks",
    "describe_file_caches",
    "describe_file_system_aliases",
    "describe_file_systems",
    "describe_s3_access_point_attachments",
    "describe_shared_vpc_configuration",
    "describe_snapmirror_policies",
    "describe_snapmirror_relationships",
    "describe_snapshot_policies",
    "describe_snapshots",
    "describe_storage_virtual_machine_peers",
    "describe_storage_virtual_machines",
    "describe_volumes",
    "detach_and_delete_s3_access_point",
    "disassociate_file_system_aliases",
    "list_tags_for_resource",
    "release_file_system_nfs_v3_locks",
    "restore_volume_from_snapshot",
    "start_misconfigured_state_recovery",
    "tag_resource",
    "untag_resource",
    "update_cluster_peer",
    "update_data_repository_association",
    "update_file_cache",
    "update_file_system",
    "update_shared_vpc_configuration",
    "update_snapmirror_policy",
    "update_snapmirror_relationship",
    "update_snapshot",
    "update_snapshot_policy",
    "update_storage_virtual_machine",
    "update_storage_virtual_machine_peer",
    "update_volume",
]
