"""Typed builders of the AWS SDK integration of cloudhsmv2 (``aws-sdk:cloudhsmv2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CopyBackupToRegionParameters = TypedDict(
    "CopyBackupToRegionParameters",
    {
        "DestinationRegion": S,
        "DestinationRegion.$": str,
        "BackupId": S,
        "BackupId.$": str,
        "TagList": L[Xi[Tag]],
        "TagList.$": str,
    },
    total=False,
)

class BackupRetentionPolicy(TypedDict, total=False):
    Type: S
    Value: S

CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "BackupRetentionPolicy": X[BackupRetentionPolicy],
        "BackupRetentionPolicy.$": str,
        "HsmType": S,
        "HsmType.$": str,
        "SourceBackupId": S,
        "SourceBackupId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "TagList": L[Xi[Tag]],
        "TagList.$": str,
        "Mode": S,
        "Mode.$": str,
    },
    total=False,
)
CreateHsmParameters = TypedDict(
    "CreateHsmParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "IpAddress": S,
        "IpAddress.$": str,
    },
    total=False,
)
DeleteBackupParameters = TypedDict(
    "DeleteBackupParameters", {"BackupId": S, "BackupId.$": str}, total=False
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters", {"ClusterId": S, "ClusterId.$": str}, total=False
)
DeleteHsmParameters = TypedDict(
    "DeleteHsmParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "HsmId": S,
        "HsmId.$": str,
        "EniId": S,
        "EniId.$": str,
        "EniIp": S,
        "EniIp.$": str,
    },
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DescribeBackupsParameters = TypedDict(
    "DescribeBackupsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": M[L[Si]],
        "Filters.$": str,
        "Shared": B,
        "Shared.$": str,
        "SortAscending": B,
        "SortAscending.$": str,
    },
    total=False,
)
DescribeClustersParameters = TypedDict(
    "DescribeClustersParameters",
    {
        "Filters": M[L[Si]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
InitializeClusterParameters = TypedDict(
    "InitializeClusterParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "SignedCert": S,
        "SignedCert.$": str,
        "TrustAnchor": S,
        "TrustAnchor.$": str,
    },
    total=False,
)
ListTagsParameters = TypedDict(
    "ListTagsParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ModifyBackupAttributesParameters = TypedDict(
    "ModifyBackupAttributesParameters",
    {"BackupId": S, "BackupId.$": str, "NeverExpires": B, "NeverExpires.$": str},
    total=False,
)
ModifyClusterParameters = TypedDict(
    "ModifyClusterParameters",
    {
        "HsmType": S,
        "HsmType.$": str,
        "BackupRetentionPolicy": X[BackupRetentionPolicy],
        "BackupRetentionPolicy.$": str,
        "ClusterId": S,
        "ClusterId.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
RestoreBackupParameters = TypedDict(
    "RestoreBackupParameters", {"BackupId": S, "BackupId.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceId": S, "ResourceId.$": str, "TagList": L[Xi[Tag]], "TagList.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceId": S, "ResourceId.$": str, "TagKeyList": L[Si], "TagKeyList.$": str},
    total=False,
)
copy_backup_to_region: Builder[CopyBackupToRegionParameters]
create_cluster: Builder[CreateClusterParameters]
create_hsm: Builder[CreateHsmParameters]
delete_backup: Builder[DeleteBackupParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_hsm: Builder[DeleteHsmParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
describe_backups: Builder[DescribeBackupsParameters]
describe_clusters: Builder[DescribeClustersParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
initialize_cluster: Builder[InitializeClusterParameters]
list_tags: Builder[ListTagsParameters]
modify_backup_attributes: Builder[ModifyBackupAttributesParameters]
modify_cluster: Builder[ModifyClusterParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
restore_backup: Builder[RestoreBackupParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "copy_backup_to_region",
    "create_cluster",
    "create_hsm",
    "delete_backup",
    "delete_cluster",
    "delete_hsm",
    "delete_resource_policy",
    "describe_backups",
    "describe_clusters",
    "get_resource_policy",
    "initialize_cluster",
    "list_tags",
    "modify_backup_attributes",
    "modify_cluster",
    "put_resource_policy",
    "restore_backup",
    "tag_resource",
    "untag_resource",
]
