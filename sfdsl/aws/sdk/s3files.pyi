"""Typed builders of the AWS SDK integration of s3files (``aws-sdk:s3files:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class PosixUser(TypedDict, total=False):
    Uid: I
    Gid: I
    SecondaryGids: L[Ii]

class CreationPermissions(TypedDict, total=False):
    OwnerUid: I
    OwnerGid: I
    Permissions: S

class RootDirectory(TypedDict, total=False):
    Path: S
    CreationPermissions: X[CreationPermissions]

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
        "Bucket": S,
        "Bucket.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AcceptBucketWarning": B,
        "AcceptBucketWarning.$": str,
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
        "Ipv4Address": S,
        "Ipv4Address.$": str,
        "Ipv6Address": S,
        "Ipv6Address.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
    },
    total=False,
)
DeleteAccessPointParameters = TypedDict(
    "DeleteAccessPointParameters", {"AccessPointId": S, "AccessPointId.$": str}, total=False
)
DeleteFileSystemParameters = TypedDict(
    "DeleteFileSystemParameters",
    {"FileSystemId": S, "FileSystemId.$": str, "ForceDelete": B, "ForceDelete.$": str},
    total=False,
)
DeleteFileSystemPolicyParameters = TypedDict(
    "DeleteFileSystemPolicyParameters", {"FileSystemId": S, "FileSystemId.$": str}, total=False
)
DeleteMountTargetParameters = TypedDict(
    "DeleteMountTargetParameters", {"MountTargetId": S, "MountTargetId.$": str}, total=False
)
GetAccessPointParameters = TypedDict(
    "GetAccessPointParameters", {"AccessPointId": S, "AccessPointId.$": str}, total=False
)
GetFileSystemParameters = TypedDict(
    "GetFileSystemParameters", {"FileSystemId": S, "FileSystemId.$": str}, total=False
)
GetFileSystemPolicyParameters = TypedDict(
    "GetFileSystemPolicyParameters", {"FileSystemId": S, "FileSystemId.$": str}, total=False
)
GetMountTargetParameters = TypedDict(
    "GetMountTargetParameters", {"MountTargetId": S, "MountTargetId.$": str}, total=False
)
GetSynchronizationConfigurationParameters = TypedDict(
    "GetSynchronizationConfigurationParameters",
    {"FileSystemId": S, "FileSystemId.$": str},
    total=False,
)
ListAccessPointsParameters = TypedDict(
    "ListAccessPointsParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFileSystemsParameters = TypedDict(
    "ListFileSystemsParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListMountTargetsParameters = TypedDict(
    "ListMountTargetsParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "AccessPointId": S,
        "AccessPointId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
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
PutFileSystemPolicyParameters = TypedDict(
    "PutFileSystemPolicyParameters",
    {"FileSystemId": S, "FileSystemId.$": str, "Policy": S, "Policy.$": str},
    total=False,
)

class ImportDataRule(TypedDict, total=False):
    Prefix: S
    Trigger: S
    SizeLessThan: I

class ExpirationDataRule(TypedDict, total=False):
    DaysAfterLastAccess: I

PutSynchronizationConfigurationParameters = TypedDict(
    "PutSynchronizationConfigurationParameters",
    {
        "FileSystemId": S,
        "FileSystemId.$": str,
        "LatestVersionNumber": I,
        "LatestVersionNumber.$": str,
        "ImportDataRules": L[Xi[ImportDataRule]],
        "ImportDataRules.$": str,
        "ExpirationDataRules": L[Xi[ExpirationDataRule]],
        "ExpirationDataRules.$": str,
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
UpdateMountTargetParameters = TypedDict(
    "UpdateMountTargetParameters",
    {"MountTargetId": S, "MountTargetId.$": str, "SecurityGroups": L[Si], "SecurityGroups.$": str},
    total=False,
)
create_access_point: Builder[CreateAccessPointParameters]
create_file_system: Builder[CreateFileSystemParameters]
create_mount_session: Builder[CreateMountSessionParameters]
create_mount_target: Builder[CreateMountTargetParameters]
delete_access_point: Builder[DeleteAccessPointParameters]
delete_file_system: Builder[DeleteFileSystemParameters]
delete_file_system_policy: Builder[DeleteFileSystemPolicyParameters]
delete_mount_target: Builder[DeleteMountTargetParameters]
get_access_point: Builder[GetAccessPointParameters]
get_file_system: Builder[GetFileSystemParameters]
get_file_system_policy: Builder[GetFileSystemPolicyParameters]
get_mount_target: Builder[GetMountTargetParameters]
get_synchronization_configuration: Builder[GetSynchronizationConfigurationParameters]
list_access_points: Builder[ListAccessPointsParameters]
list_file_systems: Builder[ListFileSystemsParameters]
list_mount_targets: Builder[ListMountTargetsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_file_system_policy: Builder[PutFileSystemPolicyParameters]
put_synchronization_configuration: Builder[PutSynchronizationConfigurationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_mount_target: Builder[UpdateMountTargetParameters]

__all__ = [
    "create_access_point",
    "create_file_system",
    "create_mount_session",
    "create_mount_target",
    "delete_access_point",
    "delete_file_system",
    "delete_file_system_policy",
    "delete_mount_target",
    "get_access_point",
    "get_file_system",
    "get_file_system_policy",
    "get_mount_target",
    "get_synchronization_configuration",
    "list_access_points",
    "list_file_systems",
    "list_mount_targets",
    "list_tags_for_resource",
    "put_file_system_policy",
    "put_synchronization_configuration",
    "tag_resource",
    "untag_resource",
    "update_mount_target",
]
