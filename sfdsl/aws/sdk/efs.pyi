"""Typed builders of the AWS SDK integration of efs (``aws-sdk:efs:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class PosixUser(TypedDict, total=False):
    Uid: I
    Gid: I
    SecondaryGids: L[Ii]

class CreationInfo(TypedDict, total=False):
    OwnerUid: I
    OwnerGid: I
    Permissions: S

class RootDirectory(TypedDict, total=False):
    Path: S
    CreationInfo: X[CreationInfo]

CreateAccessPointParameters = TypedDict(
    "CreateAccessPointParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
        "PosixUser": X[PosixUser],
        "PosixUser.$": str,
        "RootDirectory": X[RootDirectory],
        "RootDirectory.$": str,
    },
    total=False,
)
CreateFileSystemParameters = TypedDict(
    "CreateFileSystemParameters",
    {
        "CreationToken": S,
        "CreationToken.$": str,
        "PerformanceMode": S,
        "PerformanceMode.$": str,
        "Encrypted": B,
        "Encrypted.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "ThroughputMode": S,
        "ThroughputMode.$": str,
        "ProvisionedThroughputInMibps": F,
        "ProvisionedThroughputInMibps.$": str,
        "AvailabilityZoneName": S,
        "AvailabilityZoneName.$": str,
        "Backup": B,
        "Backup.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateMountSessionParameters = TypedDict(
    "CreateMountSessionParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "PreferredAvailabilityZoneId": S,
        "PreferredAvailabilityZoneId.$": str,
        "NetworkOrigin": S,
        "NetworkOrigin.$": str,
    },
    total=False,
)
CreateMountTargetParameters = TypedDict(
    "CreateMountTargetParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "IpAddress": S,
        "IpAddress.$": str,
        "Ipv6Address": S,
        "Ipv6Address.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
    },
    total=False,
)

class DestinationToCreate(TypedDict, total=False):
    Region: S
    AvailabilityZoneName: S
    KmsKeyId: S
    FileSystemId: S
    RoleArn: S

CreateReplicationConfigurationParameters = TypedDict(
    "CreateReplicationConfigurationParameters",
    {
        "SourceFileSystemId": S,
        "SourceFileSystemId.$": str,
        "Destinations": L[Xi[DestinationToCreate]],
        "Destinations.$": str,
    },
    total=False,
)
DeleteAccessPointParameters = TypedDict(
    "DeleteAccessPointParameters", {"AccessPointId": S, "AccessPointId.$": str}, total=False
)
DeleteFileSystemParameters = TypedDict(
    "DeleteFileSystemParameters", {"FileSystemId": S, "FileSystemId.$": str}, total=False
)
DeleteFileSystemPolicyParameters = TypedDict(
    "DeleteFileSystemPolicyParameters", {"FileSystemId": S, "FileSystemId.$": str}, total=False
)
DeleteMountTargetParameters = TypedDict(
    "DeleteMountTargetParameters", {"MountTargetId": S, "MountTargetId.$": str}, total=False
)
DeleteReplicationConfigurationParameters = TypedDict(
    "DeleteReplicationConfigurationParameters",
    {
        "SourceFileSystemId": S,
        "SourceFileSystemId.$": str,
        "DeletionMode": S,
        "DeletionMode.$": str,
    },
    total=False,
)
DeleteTagsParameters = TypedDict(
    "DeleteTagsParameters",
    {"FileSystemId": S, "FileSystemId.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
DescribeAccessPointsParameters = TypedDict(
    "DescribeAccessPointsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccessPointId": S,
        "AccessPointId.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
    },
    total=False,
)
DescribeAccountPreferencesParameters = TypedDict(
    "DescribeAccountPreferencesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
DescribeBackupPolicyParameters = TypedDict(
    "DescribeBackupPolicyParameters", {"FileSystemId": S, "FileSystemId.$": str}, total=False
)
DescribeFileSystemPolicyParameters = TypedDict(
    "DescribeFileSystemPolicyParameters", {"FileSystemId": S, "FileSystemId.$": str}, total=False
)
DescribeFileSystemsParameters = TypedDict(
    "DescribeFileSystemsParameters",
    {
        "MaxItems": I,
        "MaxItems.$": str,
        "Marker": S,
        "Marker.$": str,
        "CreationToken": S,
        "CreationToken.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
    },
    total=False,
)
DescribeLifecycleConfigurationParameters = TypedDict(
    "DescribeLifecycleConfigurationParameters",
    {"FileSystemId": S, "FileSystemId.$": str},
    total=False,
)
DescribeMountTargetSecurityGroupsParameters = TypedDict(
    "DescribeMountTargetSecurityGroupsParameters",
    {"MountTargetId": S, "MountTargetId.$": str},
    total=False,
)
DescribeMountTargetsParameters = TypedDict(
    "DescribeMountTargetsParameters",
    {
        "MaxItems": I,
        "MaxItems.$": str,
        "Marker": S,
        "Marker.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
        "MountTargetId": S,
        "MountTargetId.$": str,
        "AccessPointId": S,
        "AccessPointId.$": str,
    },
    total=False,
)
DescribeReplicationConfigurationsParameters = TypedDict(
    "DescribeReplicationConfigurationsParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeTagsParameters = TypedDict(
    "DescribeTagsParameters",
    {
        "MaxItems": I,
        "MaxItems.$": str,
        "Marker": S,
        "Marker.$": str,
        "FileSystemId": S,
        "FileSystemId.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ModifyMountTargetSecurityGroupsParameters = TypedDict(
    "ModifyMountTargetSecurityGroupsParameters",
    {"MountTargetId": S, "MountTargetId.$": str, "SecurityGroups": L[Si], "SecurityGroups.$": str},
    total=False,
)
PutAccountPreferencesParameters = TypedDict(
    "PutAccountPreferencesParameters", {"ResourceIdType": S, "ResourceIdType.$": str}, total=False
)

class BackupPolicy(TypedDict, total=False):
    Status: S

PutBackupPolicyParameters = TypedDict(
    "PutBackupPolicyParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "BackupPolicy": X[BackupPolicy],
        "BackupPolicy.$": str,
    },
    total=False,
)
PutFileSystemPolicyParameters = TypedDict(
    "PutFileSystemPolicyParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "Policy": S,
        "Policy.$": str,
        "BypassPolicyLockoutSafetyCheck": B,
        "BypassPolicyLockoutSafetyCheck.$": str,
    },
    total=False,
)

class LifecyclePolicy(TypedDict, total=False):
    TransitionToIA: S
    TransitionToPrimaryStorageClass: S
    TransitionToArchive: S

PutLifecycleConfigurationParameters = TypedDict(
    "PutLifecycleConfigurationParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "LifecyclePolicies": L[Xi[LifecyclePolicy]],
        "LifecyclePolicies.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceId": S, "ResourceId.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceId": S, "ResourceId.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateFileSystemParameters = TypedDict(
    "UpdateFileSystemParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "ThroughputMode": S,
        "ThroughputMode.$": str,
        "ProvisionedThroughputInMibps": F,
        "ProvisionedThroughputInMibps.$": str,
    },
    total=False,
)
UpdateFileSystemProtectionParameters = TypedDict(
    "UpdateFileSystemProtectionParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "ReplicationOverwriteProtection": S,
        "ReplicationOverwriteProtection.$": str,
    },
    total=False,
)
create_access_point: Builder[CreateAccessPointParameters]
create_file_system: Builder[CreateFileSystemParameters]
create_mount_session: Builder[CreateMountSessionParameters]
create_mount_target: Builder[CreateMountTargetParameters]
create_replication_configuration: Builder[CreateReplicationConfigurationParameters]
delete_access_point: Builder[DeleteAccessPointParameters]
delete_file_system: Builder[DeleteFileSystemParameters]
delete_file_system_policy: Builder[DeleteFileSystemPolicyParameters]
delete_mount_target: Builder[DeleteMountTargetParameters]
delete_replication_configuration: Builder[DeleteReplicationConfigurationParameters]
delete_tags: Builder[DeleteTagsParameters]
describe_access_points: Builder[DescribeAccessPointsParameters]
describe_account_preferences: Builder[DescribeAccountPreferencesParameters]
describe_backup_policy: Builder[DescribeBackupPolicyParameters]
describe_file_system_policy: Builder[DescribeFileSystemPolicyParameters]
describe_file_systems: Builder[DescribeFileSystemsParameters]
describe_lifecycle_configuration: Builder[DescribeLifecycleConfigurationParameters]
describe_mount_target_security_groups: Builder[DescribeMountTargetSecurityGroupsParameters]
describe_mount_targets: Builder[DescribeMountTargetsParameters]
describe_replication_configurations: Builder[DescribeReplicationConfigurationsParameters]
describe_tags: Builder[DescribeTagsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
modify_mount_target_security_groups: Builder[ModifyMountTargetSecurityGroupsParameters]
put_account_preferences: Builder[PutAccountPreferencesParameters]
put_backup_policy: Builder[PutBackupPolicyParameters]
put_file_system_policy: Builder[PutFileSystemPolicyParameters]
put_lifecycle_configuration: Builder[PutLifecycleConfigurationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_file_system: Builder[UpdateFileSystemParameters]
update_file_system_protection: Builder[UpdateFileSystemProtectionParameters]

__all__ = [
    "create_access_point",
    "create_file_system",
    "create_mount_session",
    "create_mount_target",
    "create_replication_configuration",
    "delete_access_point",
    "delete_file_system",
    "delete_file_system_policy",
    "delete_mount_target",
    "delete_replication_configuration",
    "delete_tags",
    "describe_access_points",
    "describe_account_preferences",
    "describe_backup_policy",
    "describe_file_system_policy",
    "describe_file_systems",
    "describe_lifecycle_configuration",
    "describe_mount_target_security_groups",
    "describe_mount_targets",
    "describe_replication_configurations",
    "describe_tags",
    "list_tags_for_resource",
    "modify_mount_target_security_groups",
    "put_account_preferences",
    "put_backup_policy",
    "put_file_system_policy",
    "put_lifecycle_configuration",
    "tag_resource",
    "untag_resource",
    "update_file_system",
    "update_file_system_protection",
]
