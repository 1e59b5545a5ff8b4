"""Typed builders of the AWS SDK integration of memorydb (``aws-sdk:memorydb:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class ServiceUpdateRequest(TypedDict, total=False):
    ServiceUpdateNameToApply: S

BatchUpdateClusterParameters = TypedDict(
    "BatchUpdateClusterParameters",
    {
        "ClusterNames": L[Si],
        "ClusterNames.$": str,
        "ServiceUpdate": X[ServiceUpdateRequest],
        "ServiceUpdate.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CopySnapshotParameters = TypedDict(
    "CopySnapshotParameters",
    {
        "SourceSnapshotName": S,
        "SourceSnapshotName.$": str,
        "TargetSnapshotName": S,
        "TargetSnapshotName.$": str,
        "TargetBucket": S,
        "TargetBucket.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateACLParameters = TypedDict(
    "CreateACLParameters",
    {
        "AclName": S,
        "AclName.$": str,
        "UserNames": L[Si],
        "UserNames.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NodeType": S,
        "NodeType.$": str,
        "MultiRegionClusterName": S,
        "MultiRegionClusterName.$": str,
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "Description": S,
        "Description.$": str,
        "NumShards": I,
        "NumShards.$": str,
        "NumReplicasPerShard": I,
        "NumReplicasPerShard.$": str,
        "SubnetGroupName": S,
        "SubnetGroupName.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "MaintenanceWindow": S,
        "MaintenanceWindow.$": str,
        "Port": I,
        "Port.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "TlsEnabled": B,
        "TlsEnabled.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "SnapshotArns": L[Si],
        "SnapshotArns.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "SnapshotRetentionLimit": I,
        "SnapshotRetentionLimit.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SnapshotWindow": S,
        "SnapshotWindow.$": str,
        "AclName": S,
        "AclName.$": str,
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "DataTiering": B,
        "DataTiering.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "IpDiscovery": S,
        "IpDiscovery.$": str,
    },
    total=False,
)
CreateMultiRegionClusterParameters = TypedDict(
    "CreateMultiRegionClusterParameters",
    {
        "MultiRegionClusterNameSuffix": S,
        "MultiRegionClusterNameSuffix.$": str,
        "Description": S,
        "Description.$": str,
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "NodeType": S,
        "NodeType.$": str,
        "MultiRegionParameterGroupName": S,
        "MultiRegionParameterGroupName.$": str,
        "NumShards": I,
        "NumShards.$": str,
        "TlsEnabled": B,
        "TlsEnabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateParameterGroupParameters = TypedDict(
    "CreateParameterGroupParameters",
    {
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "Family": S,
        "Family.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSnapshotParameters = TypedDict(
    "CreateSnapshotParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSubnetGroupParameters = TypedDict(
    "CreateSubnetGroupParameters",
    {
        "SubnetGroupName": S,
        "SubnetGroupName.$": str,
        "Description": S,
        "Description.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AuthenticationMode(TypedDict, total=False):
    Type: S
    Passwords: L[Si]

CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "AuthenticationMode": X[AuthenticationMode],
        "AuthenticationMode.$": str,
        "AccessString": S,
        "AccessString.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteACLParameters = TypedDict(
    "DeleteACLParameters", {"AclName": S, "AclName.$": str}, total=False
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "MultiRegionClusterName": S,
        "MultiRegionClusterName.$": str,
        "FinalSnapshotName": S,
        "FinalSnapshotName.$": str,
    },
    total=False,
)
DeleteMultiRegionClusterParameters = TypedDict(
    "DeleteMultiRegionClusterParameters",
    {"MultiRegionClusterName": S, "MultiRegionClusterName.$": str},
    total=False,
)
DeleteParameterGroupParameters = TypedDict(
    "DeleteParameterGroupParameters",
    {"ParameterGroupName": S, "ParameterGroupName.$": str},
    total=False,
)
DeleteSnapshotParameters = TypedDict(
    "DeleteSnapshotParameters", {"SnapshotName": S, "SnapshotName.$": str}, total=False
)
DeleteSubnetGroupParameters = TypedDict(
    "DeleteSubnetGroupParameters", {"SubnetGroupName": S, "SubnetGroupName.$": str}, total=False
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters", {"UserName": S, "UserName.$": str}, total=False
)
DescribeACLsParameters = TypedDict(
    "DescribeACLsParameters",
    {
        "AclName": S,
        "AclName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeClustersParameters = TypedDict(
    "DescribeClustersParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ShowShardDetails": B,
        "ShowShardDetails.$": str,
    },
    total=False,
)
DescribeEngineVersionsParameters = TypedDict(
    "DescribeEngineVersionsParameters",
    {
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "ParameterGroupFamily": S,
        "ParameterGroupFamily.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DefaultOnly": B,
        "DefaultOnly.$": str,
    },
    total=False,
)
DescribeEventsParameters = TypedDict(
    "DescribeEventsParameters",
    {
        "SourceName": S,
        "SourceName.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Duration": I,
        "Duration.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMultiRegionClustersParameters = TypedDict(
    "DescribeMultiRegionClustersParameters",
    {
        "MultiRegionClusterName": S,
        "MultiRegionClusterName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ShowClusterDetails": B,
        "ShowClusterDetails.$": str,
    },
    total=False,
)
DescribeMultiRegionParameterGroupsParameters = TypedDict(
    "DescribeMultiRegionParameterGroupsParameters",
    {
        "MultiRegionParameterGroupName": S,
        "MultiRegionParameterGroupName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMultiRegionParametersParameters = TypedDict(
    "DescribeMultiRegionParametersParameters",
    {
        "MultiRegionParameterGroupName": S,
        "MultiRegionParameterGroupName.$": str,
        "Source": S,
        "Source.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeParameterGroupsParameters = TypedDict(
    "DescribeParameterGroupsParameters",
    {
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeParametersParameters = TypedDict(
    "DescribeParametersParameters",
    {
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeReservedNodesParameters = TypedDict(
    "DescribeReservedNodesParameters",
    {
        "ReservationId": S,
        "ReservationId.$": str,
        "ReservedNodesOfferingId": S,
        "ReservedNodesOfferingId.$": str,
        "NodeType": S,
        "NodeType.$": str,
        "Duration": S,
        "Duration.$": str,
        "OfferingType": S,
        "OfferingType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeReservedNodesOfferingsParameters = TypedDict(
    "DescribeReservedNodesOfferingsParameters",
    {
        "ReservedNodesOfferingId": S,
        "ReservedNodesOfferingId.$": str,
        "NodeType": S,
        "NodeType.$": str,
        "Duration": S,
        "Duration.$": str,
        "OfferingType": S,
        "OfferingType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeServiceUpdatesParameters = TypedDict(
    "DescribeServiceUpdatesParameters",
    {
        "ServiceUpdateName": S,
        "ServiceUpdateName.$": str,
        "ClusterNames": L[Si],
        "ClusterNames.$": str,
        "Status": L[Si],
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeSnapshotsParameters = TypedDict(
    "DescribeSnapshotsParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "Source": S,
        "Source.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ShowDetail": B,
        "ShowDetail.$": str,
    },
    total=False,
)
DescribeSubnetGroupsParameters = TypedDict(
    "DescribeSubnetGroupsParameters",
    {
        "SubnetGroupName": S,
        "SubnetGroupName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeUsersParameters = TypedDict(
    "DescribeUsersParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
FailoverShardParameters = TypedDict(
    "FailoverShardParameters",
    {"ClusterName": S, "ClusterName.$": str, "ShardName": S, "ShardName.$": str},
    total=False,
)
ListAllowedMultiRegionClusterUpdatesParameters = TypedDict(
    "ListAllowedMultiRegionClusterUpdatesParameters",
    {"MultiRegionClusterName": S, "MultiRegionClusterName.$": str},
    total=False,
)
ListAllowedNodeTypeUpdatesParameters = TypedDict(
    "ListAllowedNodeTypeUpdatesParameters", {"ClusterName": S, "ClusterName.$": str}, total=False
)
ListTagsParameters = TypedDict(
    "ListTagsParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PurchaseReservedNodesOfferingParameters = TypedDict(
    "PurchaseReservedNodesOfferingParameters",
    {
        "ReservedNodesOfferingId": S,
        "ReservedNodesOfferingId.$": str,
        "ReservationId": S,
        "ReservationId.$": str,
        "NodeCount": I,
        "NodeCount.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
ResetParameterGroupParameters = TypedDict(
    "ResetParameterGroupParameters",
    {
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "AllParameters": B,
        "AllParameters.$": str,
        "ParameterNames": L[Si],
        "ParameterNames.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateACLParameters = TypedDict(
    "UpdateACLParameters",
    {
        "AclName": S,
        "AclName.$": str,
        "UserNamesToAdd": L[Si],
        "UserNamesToAdd.$": str,
        "UserNamesToRemove": L[Si],
        "UserNamesToRemove.$": str,
    },
    total=False,
)

class ReplicaConfigurationRequest(TypedDict, total=False):
    ReplicaCount: I

class ShardConfigurationRequest(TypedDict, total=False):
    ShardCount: I

UpdateClusterParameters = TypedDict(
    "UpdateClusterParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "Description": S,
        "Description.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "MaintenanceWindow": S,
        "MaintenanceWindow.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "SnsTopicStatus": S,
        "SnsTopicStatus.$": str,
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "SnapshotWindow": S,
        "SnapshotWindow.$": str,
        "SnapshotRetentionLimit": I,
        "SnapshotRetentionLimit.$": str,
        "NodeType": S,
        "NodeType.$": str,
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "ReplicaConfiguration": X[ReplicaConfigurationRequest],
        "ReplicaConfiguration.$": str,
        "ShardConfiguration": X[ShardConfigurationRequest],
        "ShardConfiguration.$": str,
        "AclName": S,
        "AclName.$": str,
        "IpDiscovery": S,
        "IpDiscovery.$": str,
    },
    total=False,
)
UpdateMultiRegionClusterParameters = TypedDict(
    "UpdateMultiRegionClusterParameters",
    {
        "MultiRegionClusterName": S,
        "MultiRegionClusterName.$": str,
        "NodeType": S,
        "NodeType.$": str,
        "Description": S,
        "Description.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "ShardConfiguration": X[ShardConfigurationRequest],
        "ShardConfiguration.$": str,
        "MultiRegionParameterGroupName": S,
        "MultiRegionParameterGroupName.$": str,
        "UpdateStrategy": S,
        "UpdateStrategy.$": str,
    },
    total=False,
)

class ParameterNameValue(TypedDict, total=False):
    ParameterName: S
    ParameterValue: S

UpdateParameterGroupParameters = TypedDict(
    "UpdateParameterGroupParameters",
    {
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "ParameterNameValues": L[Xi[ParameterNameValue]],
        "ParameterNameValues.$": str,
    },
    total=False,
)
UpdateSubnetGroupParameters = TypedDict(
    "UpdateSubnetGroupParameters",
    {
        "SubnetGroupName": S,
        "SubnetGroupName.$": str,
        "Description": S,
        "Description.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
    },
    total=False,
)
UpdateUserParameters = TypedDict(
    "UpdateUserParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "AuthenticationMode": X[AuthenticationMode],
        "AuthenticationMode.$": str,
        "AccessString": S,
        "AccessString.$": str,
    },
    total=False,
)
batch_update_cluster: Builder[BatchUpdateClusterParameters]
copy_snapshot: Builder[CopySnapshotParameters]
create_acl: Builder[CreateACLParameters]
create_cluster: Builder[CreateClusterParameters]
create_multi_region_cluster: Builder[CreateMultiRegionClusterParameters]
create_parameter_group: Builder[CreateParameterGroupParameters]
create_snapshot: Builder[CreateSnapshotParameters]
create_subnet_group: Builder[CreateSubnetGroupParameters]
create_user: Builder[CreateUserParameters]
delete_acl: Builder[DeleteACLParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_multi_region_cluster: Builder[DeleteMultiRegionClusterParameters]
delete_parameter_group: Builder[DeleteParameterGroupParameters]
delete_snapshot: Builder[DeleteSnapshotParameters]
delete_subnet_group: Builder[DeleteSubnetGroupParameters]
delete_user: Builder[DeleteUserParameters]
describe_ac_ls: Builder[DescribeACLsParameters]
describe_clusters: Builder[DescribeClustersParameters]
describe_engine_versions: Builder[DescribeEngineVersionsParameters]
describe_events: Builder[DescribeEventsParameters]
describe_multi_region_clusters: Builder[DescribeMultiRegionClustersParameters]
describe_multi_region_parameter_groups: Builder[DescribeMultiRegionParameterGroupsParameters]
describe_multi_region_parameters: Builder[DescribeMultiRegionParametersParameters]
describe_parameter_groups: Builder[DescribeParameterGroupsParameters]
describe_parameters: Builder[DescribeParametersParameters]
describe_reserved_nodes: Builder[DescribeReservedNodesParameters]
describe_reserved_nodes_offerings: Builder[DescribeReservedNodesOfferingsParameters]
describe_service_updates: Builder[DescribeServiceUpdatesParameters]
describe_snapshots: Builder[DescribeSnapshotsParameters]
describe_subnet_groups: Builder[DescribeSubnetGroupsParameters]
describe_users: Builder[DescribeUsersParameters]
failover_shard: Builder[FailoverShardParameters]
list_allowed_multi_region_cluster_updates: Builder[ListAllowedMultiRegionClusterUpdatesParameters]
list_allowed_node_type_updates: Builder[ListAllowedNodeTypeUpdatesParameters]
list_tags: Builder[ListTagsParameters]
purchase_reserved_nodes_offering: Builder[PurchaseReservedNodesOfferingParameters]
reset_parameter_group: Builder[ResetParameterGroupParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_acl: Builder[UpdateACLParameters]
update_cluster: Builder[UpdateClusterParameters]
update_multi_region_cluster: Builder[UpdateMultiRegionClusterParameters]
update_parameter_group: Builder[UpdateParameterGroupParameters]
update_subnet_group: Builder[UpdateSubnetGroupParameters]
update_user: Builder[UpdateUserParameters]

__all__ = [
    "batch_update_cluster",
    "copy_snapshot",
    "create_acl",
    "create_cluster",
    "create_multi_region_cluster",
    "create_parameter_group",
    "create_snapshot",
    "create_subnet_group",
    "create_user",
    "delete_acl",
    "delete_cluster",
    "delete_multi_region_cluster",
    "delete_parameter_group",
    "delete_snapshot",
    "delete_subnet_group",
    "delete_user",
    "describe_ac_ls",
    "describe_clusters",
    "describe_engine_versions",
    "describe_events",
    "describe_multi_region_clusters",
    "describe_multi_region_parameter_groups",
    "describe_multi_region_parameters",
    "describe_parameter_groups",
    "describe_parameters",
    "describe_reserved_nodes",
    "describe_reserved_nodes_offerings",
    "describe_service_updates",
    "describe_snapshots",
    "describe_subnet_groups",
    "describe_users",
    "failover_shard",
    "list_allowed_multi_region_cluster_updates",
    "list_allowed_node_type_updates",
    "list_tags",
    "purchase_reserved_nodes_offering",
    "reset_parameter_group",
    "tag_resource",
    "untag_resource",
    "update_acl",
    "update_cluster",
    "update_multi_region_cluster",
    "update_parameter_group",
    "update_subnet_group",
    "update_user",
]
