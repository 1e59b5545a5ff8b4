"""Typed builders of the AWS SDK integration of docdbelastic (``aws-sdk:docdbelastic:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si

ApplyPendingMaintenanceActionParameters = TypedDict(
    "ApplyPendingMaintenanceActionParameters",
    {
        "ApplyAction": S,
        "ApplyAction.$": str,
        "ApplyOn": S,
        "ApplyOn.$": str,
        "OptInType": S,
        "OptInType.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
CopyClusterSnapshotParameters = TypedDict(
    "CopyClusterSnapshotParameters",
    {
        "CopyTags": B,
        "CopyTags.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "SnapshotArn": S,
        "SnapshotArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TargetSnapshotName": S,
        "TargetSnapshotName.$": str,
    },
    total=False,
)
CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "AdminUserName": S,
        "AdminUserName.$": str,
        "AdminUserPassword": S,
        "AdminUserPassword.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ClusterName": S,
        "ClusterName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "ShardCapacity": I,
        "ShardCapacity.$": str,
        "ShardCount": I,
        "ShardCount.$": str,
        "ShardInstanceCount": I,
        "ShardInstanceCount.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
    },
    total=False,
)
CreateClusterSnapshotParameters = TypedDict(
    "CreateClusterSnapshotParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters", {"ClusterArn": S, "ClusterArn.$": str}, total=False
)
DeleteClusterSnapshotParameters = TypedDict(
    "DeleteClusterSnapshotParameters", {"SnapshotArn": S, "SnapshotArn.$": str}, total=False
)
GetClusterParameters = TypedDict(
    "GetClusterParameters", {"ClusterArn": S, "ClusterArn.$": str}, total=False
)
GetClusterSnapshotParameters = TypedDict(
    "GetClusterSnapshotParameters", {"SnapshotArn": S, "SnapshotArn.$": str}, total=False
)
GetPendingMaintenanceActionParameters = TypedDict(
    "GetPendingMaintenanceActionParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListClusterSnapshotsParameters = TypedDict(
    "ListClusterSnapshotsParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SnapshotType": S,
        "SnapshotType.$": str,
    },
    total=False,
)
ListClustersParameters = TypedDict(
    "ListClustersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPendingMaintenanceActionsParameters = TypedDict(
    "ListPendingMaintenanceActionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RestoreClusterFromSnapshotParameters = TypedDict(
    "RestoreClusterFromSnapshotParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "ShardCapacity": I,
        "ShardCapacity.$": str,
        "ShardInstanceCount": I,
        "ShardInstanceCount.$": str,
        "SnapshotArn": S,
        "SnapshotArn.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
    },
    total=False,
)
StartClusterParameters = TypedDict(
    "StartClusterParameters", {"ClusterArn": S, "ClusterArn.$": str}, total=False
)
StopClusterParameters = TypedDict(
    "StopClusterParameters", {"ClusterArn": S, "ClusterArn.$": str}, total=False
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
UpdateClusterParameters = TypedDict(
    "UpdateClusterParameters",
    {
        "AdminUserPassword": S,
        "AdminUserPassword.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "BackupRetentionPeriod": I,
        "BackupRetentionPeriod.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "PreferredBackupWindow": S,
        "PreferredBackupWindow.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "ShardCapacity": I,
        "ShardCapacity.$": str,
        "ShardCount": I,
        "ShardCount.$": str,
        "ShardInstanceCount": I,
        "ShardInstanceCount.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
    },
    total=False,
)
apply_pending_maintenance_action: Builder[ApplyPendingMaintenanceActionParameters]
copy_cluster_snapshot: Builder[CopyClusterSnapshotParameters]
create_cluster: Builder[CreateClusterParameters]
create_cluster_snapshot: Builder[CreateClusterSnapshotParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_cluster_snapshot: Builder[DeleteClusterSnapshotParameters]
get_cluster: Builder[GetClusterParameters]
get_cluster_snapshot: Builder[GetClusterSnapshotParameters]
get_pending_maintenance_action: Builder[GetPendingMaintenanceActionParameters]
list_cluster_snapshots: Builder[ListClusterSnapshotsParameters]
list_clusters: Builder[ListClustersParameters]
list_pending_maintenance_actions: Builder[ListPendingMaintenanceActionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
restore_cluster_from_snapshot: Builder[RestoreClusterFromSnapshotParameters]
start_cluster: Builder[StartClusterParameters]
stop_cluster: Builder[StopClusterParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_cluster: Builder[UpdateClusterParameters]

__all__ = [
    "apply_pending_maintenance_action",
    "copy_cluster_snapshot",
    "create_cluster",
    "create_cluster_snapshot",
    "delete_cluster",
    "delete_cluster_snapshot",
    "get_cluster",
    "get_cluster_snapshot",
    "get_pending_maintenance_action",
    "list_cluster_snapshots",
    "list_clusters",
    "list_pending_maintenance_actions",
    "list_tags_for_resource",
    "restore_cluster_from_snapshot",
    "start_cluster",
    "stop_cluster",
    "tag_resource",
    "untag_resource",
    "update_cluster",
]
