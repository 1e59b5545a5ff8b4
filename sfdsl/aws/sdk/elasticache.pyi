"""Typed builders of the AWS SDK integration of elasticache (``aws-sdk:elasticache:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsToResourceParameters = TypedDict(
    "AddTagsToResourceParameters",
    {"ResourceName": S, "ResourceName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
AuthorizeCacheSecurityGroupIngressParameters = TypedDict(
    "AuthorizeCacheSecurityGroupIngressParameters",
    {
        "CacheSecurityGroupName": S,
        "CacheSecurityGroupName.$": str,
        "Ec2SecurityGroupName": S,
        "Ec2SecurityGroupName.$": str,
        "Ec2SecurityGroupOwnerId": S,
        "Ec2SecurityGroupOwnerId.$": str,
    },
    total=False,
)
BatchApplyUpdateActionParameters = TypedDict(
    "BatchApplyUpdateActionParameters",
    {
        "ReplicationGroupIds": L[Si],
        "ReplicationGroupIds.$": str,
        "CacheClusterIds": L[Si],
        "CacheClusterIds.$": str,
        "ServiceUpdateName": S,
        "ServiceUpdateName.$": str,
    },
    total=False,
)
BatchStopUpdateActionParameters = TypedDict(
    "BatchStopUpdateActionParameters",
    {
        "ReplicationGroupIds": L[Si],
        "ReplicationGroupIds.$": str,
        "CacheClusterIds": L[Si],
        "CacheClusterIds.$": str,
        "ServiceUpdateName": S,
        "ServiceUpdateName.$": str,
    },
    total=False,
)
CompleteMigrationParameters = TypedDict(
    "CompleteMigrationParameters",
    {
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "ServerlessCacheName": S,
        "ServerlessCacheName.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
CopyServerlessCacheSnapshotParameters = TypedDict(
    "CopyServerlessCacheSnapshotParameters",
    {
        "SourceServerlessCacheSnapshotName": S,
        "SourceServerlessCacheSnapshotName.$": str,
        "TargetServerlessCacheSnapshotName": S,
        "TargetServerlessCacheSnapshotName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
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

class CloudWatchLogsDestinationDetails(TypedDict, total=False):
    LogGroup: S

class KinesisFirehoseDestinationDetails(TypedDict, total=False):
    DeliveryStream: S

class DestinationDetails(TypedDict, total=False):
    CloudWatchLogsDetails: X[CloudWatchLogsDestinationDetails]
    KinesisFirehoseDetails: X[KinesisFirehoseDestinationDetails]

class LogDeliveryConfigurationRequest(TypedDict, total=False):
    LogType: S
    DestinationType: S
    DestinationDetails: X[DestinationDetails]
    LogFormat: S
    Enabled: B

CreateCacheClusterParameters = TypedDict(
    "CreateCacheClusterParameters",
    {
        "CacheClusterId": S,
        "CacheClusterId.$": str,
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "AzMode": S,
        "AzMode.$": str,
        "PreferredAvailabilityZone": S,
        "PreferredAvailabilityZone.$": str,
        "PreferredAvailabilityZones": L[Si],
        "PreferredAvailabilityZones.$": str,
        "NumCacheNodes": I,
        "NumCacheNodes.$": str,
        "CacheNodeType": S,
        "CacheNodeType.$": str,
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "CacheParameterGroupName": S,
        "CacheParameterGroupName.$": str,
        "CacheSubnetGroupName": S,
        "CacheSubnetGroupName.$": str,
        "CacheSecurityGroupNames": L[Si],
        "CacheSecurityGroupNames.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SnapshotArns": L[Si],
        "SnapshotArns.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "Port": I,
        "Port.$": str,
        "NotificationTopicArn": S,
        "NotificationTopicArn.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "SnapshotRetentionLimit": I,
        "SnapshotRetentionLimit.$": str,
        "SnapshotWindow": S,
        "SnapshotWindow.$": str,
        "AuthToken": S,
        "AuthToken.$": str,
        "OutpostMode": S,
        "OutpostMode.$": str,
        "PreferredOutpostArn": S,
        "PreferredOutpostArn.$": str,
        "PreferredOutpostArns": L[Si],
        "PreferredOutpostArns.$": str,
        "LogDeliveryConfigurations": L[Xi[LogDeliveryConfigurationRequest]],
        "LogDeliveryConfigurations.$": str,
        "TransitEncryptionEnabled": B,
        "TransitEncryptionEnabled.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "IpDiscovery": S,
        "IpDiscovery.$": str,
    },
    total=False,
)
CreateCacheParameterGroupParameters = TypedDict(
    "CreateCacheParameterGroupParameters",
    {
        "CacheParameterGroupName": S,
        "CacheParameterGroupName.$": str,
        "CacheParameterGroupFamily": S,
        "CacheParameterGroupFamily.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateCacheSecurityGroupParameters = TypedDict(
    "CreateCacheSecurityGroupParameters",
    {
        "CacheSecurityGroupName": S,
        "CacheSecurityGroupName.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateCacheSubnetGroupParameters = TypedDict(
    "CreateCacheSubnetGroupParameters",
    {
        "CacheSubnetGroupName": S,
        "CacheSubnetGroupName.$": str,
        "CacheSubnetGroupDescription": S,
        "CacheSubnetGroupDescription.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateGlobalReplicationGroupParameters = TypedDict(
    "CreateGlobalReplicationGroupParameters",
    {
        "GlobalReplicationGroupIdSuffix": S,
        "GlobalReplicationGroupIdSuffix.$": str,
        "GlobalReplicationGroupDescription": S,
        "GlobalReplicationGroupDescription.$": str,
        "PrimaryReplicationGroupId": S,
        "PrimaryReplicationGroupId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class NodeGroupConfiguration(TypedDict, total=False):
    NodeGroupId: S
    Slots: S
    ReplicaCount: I
    PrimaryAvailabilityZone: S
    ReplicaAvailabilityZones: L[Si]
    PrimaryOutpostArn: S
    ReplicaOutpostArns: L[Si]

CreateReplicationGroupParameters = TypedDict(
    "CreateReplicationGroupParameters",
    {
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "ReplicationGroupDescription": S,
        "ReplicationGroupDescription.$": str,
        "GlobalReplicationGroupId": S,
        "GlobalReplicationGroupId.$": str,
        "PrimaryClusterId": S,
        "PrimaryClusterId.$": str,
        "AutomaticFailoverEnabled": B,
        "AutomaticFailoverEnabled.$": str,
        "MultiAZEnabled": B,
        "MultiAZEnabled.$": str,
        "NumCacheClusters": I,
        "NumCacheClusters.$": str,
        "PreferredCacheClusterAZs": L[Si],
        "PreferredCacheClusterAZs.$": str,
        "NumNodeGroups": I,
        "NumNodeGroups.$": str,
        "ReplicasPerNodeGroup": I,
        "ReplicasPerNodeGroup.$": str,
        "NodeGroupConfiguration": L[Xi[NodeGroupConfiguration]],
        "NodeGroupConfiguration.$": str,
        "CacheNodeType": S,
        "CacheNodeType.$": str,
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "CacheParameterGroupName": S,
        "CacheParameterGroupName.$": str,
        "CacheSubnetGroupName": S,
        "CacheSubnetGroupName.$": str,
        "CacheSecurityGroupNames": L[Si],
        "CacheSecurityGroupNames.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SnapshotArns": L[Si],
        "SnapshotArns.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "Port": I,
        "Port.$": str,
        "NotificationTopicArn": S,
        "NotificationTopicArn.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "SnapshotRetentionLimit": I,
        "SnapshotRetentionLimit.$": str,
        "SnapshotWindow": S,
        "SnapshotWindow.$": str,
        "AuthToken": S,
        "AuthToken.$": str,
        "TransitEncryptionEnabled": B,
        "TransitEncryptionEnabled.$": str,
        "AtRestEncryptionEnabled": B,
        "AtRestEncryptionEnabled.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "UserGroupIds": L[Si],
        "UserGroupIds.$": str,
        "LogDeliveryConfigurations": L[Xi[LogDeliveryConfigurationRequest]],
        "LogDeliveryConfigurations.$": str,
        "DataTieringEnabled": B,
        "DataTieringEnabled.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "IpDiscovery": S,
        "IpDiscovery.$": str,
        "TransitEncryptionMode": S,
        "TransitEncryptionMode.$": str,
        "ClusterMode": S,
        "ClusterMode.$": str,
        "ServerlessCacheSnapshotName": S,
        "ServerlessCacheSnapshotName.$": str,
        "Durability": S,
        "Durability.$": str,
    },
    total=False,
)

class DataStorage(TypedDict, total=False):
    Maximum: I
    Minimum: I
    Unit: S

class ECPUPerSecond(TypedDict, total=False):
    Maximum: I
    Minimum: I

class CacheUsageLimits(TypedDict, total=False):
    DataStorage: X[DataStorage]
    EcpuPerSecond: X[ECPUPerSecond]

class IntegrationRequest(TypedDict, total=False):
    IntegrationType: S

CreateServerlessCacheParameters = TypedDict(
    "CreateServerlessCacheParameters",
    {
        "ServerlessCacheName": S,
        "ServerlessCacheName.$": str,
        "Description": S,
        "Description.$": str,
        "Engine": S,
        "Engine.$": str,
        "MajorEngineVersion": S,
        "MajorEngineVersion.$": str,
        "CacheUsageLimits": X[CacheUsageLimits],
        "CacheUsageLimits.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "SnapshotArnsToRestore": L[Si],
        "SnapshotArnsToRestore.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "UserGroupId": S,
        "UserGroupId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SnapshotRetentionLimit": I,
        "SnapshotRetentionLimit.$": str,
        "DailySnapshotTime": S,
        "DailySnapshotTime.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "ConnectionType": S,
        "ConnectionType.$": str,
        "Integrations": L[Xi[IntegrationRequest]],
        "Integrations.$": str,
    },
    total=False,
)
CreateServerlessCacheSnapshotParameters = TypedDict(
    "CreateServerlessCacheSnapshotParameters",
    {
        "ServerlessCacheSnapshotName": S,
        "ServerlessCacheSnapshotName.$": str,
        "ServerlessCacheName": S,
        "ServerlessCacheName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSnapshotParameters = TypedDict(
    "CreateSnapshotParameters",
    {
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "CacheClusterId": S,
        "CacheClusterId.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
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
        "UserId": S,
        "UserId.$": str,
        "UserName": S,
        "UserName.$": str,
        "Engine": S,
        "Engine.$": str,
        "Passwords": L[Si],
        "Passwords.$": str,
        "AccessString": S,
        "AccessString.$": str,
        "NoPasswordRequired": B,
        "NoPasswordRequired.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AuthenticationMode": X[AuthenticationMode],
        "AuthenticationMode.$": str,
    },
    total=False,
)
CreateUserGroupParameters = TypedDict(
    "CreateUserGroupParameters",
    {
        "UserGroupId": S,
        "UserGroupId.$": str,
        "Engine": S,
        "Engine.$": str,
        "UserIds": L[Si],
        "UserIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DecreaseNodeGroupsInGlobalReplicationGroupParameters = TypedDict(
    "DecreaseNodeGroupsInGlobalReplicationGroupParameters",
    {
        "GlobalReplicationGroupId": S,
        "GlobalReplicationGroupId.$": str,
        "NodeGroupCount": I,
        "NodeGroupCount.$": str,
        "GlobalNodeGroupsToRemove": L[Si],
        "GlobalNodeGroupsToRemove.$": str,
        "GlobalNodeGroupsToRetain": L[Si],
        "GlobalNodeGroupsToRetain.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
    },
    total=False,
)

class ConfigureShard(TypedDict, total=False):
    NodeGroupId: S
    NewReplicaCount: I
    PreferredAvailabilityZones: L[Si]
    PreferredOutpostArns: L[Si]

DecreaseReplicaCountParameters = TypedDict(
    "DecreaseReplicaCountParameters",
    {
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "NewReplicaCount": I,
        "NewReplicaCount.$": str,
        "ReplicaConfiguration": L[Xi[ConfigureShard]],
        "ReplicaConfiguration.$": str,
        "ReplicasToRemove": L[Si],
        "ReplicasToRemove.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
    },
    total=False,
)
DeleteCacheClusterParameters = TypedDict(
    "DeleteCacheClusterParameters",
    {
        "CacheClusterId": S,
        "CacheClusterId.$": str,
        "FinalSnapshotIdentifier": S,
        "FinalSnapshotIdentifier.$": str,
    },
    total=False,
)
DeleteCacheParameterGroupParameters = TypedDict(
    "DeleteCacheParameterGroupParameters",
    {"CacheParameterGroupName": S, "CacheParameterGroupName.$": str},
    total=False,
)
DeleteCacheSecurityGroupParameters = TypedDict(
    "DeleteCacheSecurityGroupParameters",
    {"CacheSecurityGroupName": S, "CacheSecurityGroupName.$": str},
    total=False,
)
DeleteCacheSubnetGroupParameters = TypedDict(
    "DeleteCacheSubnetGroupParameters",
    {"CacheSubnetGroupName": S, "CacheSubnetGroupName.$": str},
    total=False,
)
DeleteGlobalReplicationGroupParameters = TypedDict(
    "DeleteGlobalReplicationGroupParameters",
    {
        "GlobalReplicationGroupId": S,
        "GlobalReplicationGroupId.$": str,
        "RetainPrimaryReplicationGroup": B,
        "RetainPrimaryReplicationGroup.$": str,
    },
    total=False,
)
DeleteReplicationGroupParameters = TypedDict(
    "DeleteReplicationGroupParameters",
    {
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "RetainPrimaryCluster": B,
        "RetainPrimaryCluster.$": str,
        "FinalSnapshotIdentifier": S,
        "FinalSnapshotIdentifier.$": str,
    },
    total=False,
)
DeleteServerlessCacheParameters = TypedDict(
    "DeleteServerlessCacheParameters",
    {
        "ServerlessCacheName": S,
        "ServerlessCacheName.$": str,
        "FinalSnapshotName": S,
        "FinalSnapshotName.$": str,
    },
    total=False,
)
DeleteServerlessCacheSnapshotParameters = TypedDict(
    "DeleteServerlessCacheSnapshotParameters",
    {"ServerlessCacheSnapshotName": S, "ServerlessCacheSnapshotName.$": str},
    total=False,
)
DeleteSnapshotParameters = TypedDict(
    "DeleteSnapshotParameters", {"SnapshotName": S, "SnapshotName.$": str}, total=False
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters", {"UserId": S, "UserId.$": str}, total=False
)
DeleteUserGroupParameters = TypedDict(
    "DeleteUserGroupParameters", {"UserGroupId": S, "UserGroupId.$": str}, total=False
)
DescribeCacheClustersParameters = TypedDict(
    "DescribeCacheClustersParameters",
    {
        "CacheClusterId": S,
        "CacheClusterId.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "ShowCacheNodeInfo": B,
        "ShowCacheNodeInfo.$": str,
        "ShowCacheClustersNotInReplicationGroups": B,
        "ShowCacheClustersNotInReplicationGroups.$": str,
    },
    total=False,
)
DescribeCacheEngineVersionsParameters = TypedDict(
    "DescribeCacheEngineVersionsParameters",
    {
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "CacheParameterGroupFamily": S,
        "CacheParameterGroupFamily.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "DefaultOnly": B,
        "DefaultOnly.$": str,
    },
    total=False,
)
DescribeCacheParameterGroupsParameters = TypedDict(
    "DescribeCacheParameterGroupsParameters",
    {
        "CacheParameterGroupName": S,
        "CacheParameterGroupName.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeCacheParametersParameters = TypedDict(
    "DescribeCacheParametersParameters",
    {
        "CacheParameterGroupName": S,
        "CacheParameterGroupName.$": str,
        "Source": S,
        "Source.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeCacheSecurityGroupsParameters = TypedDict(
    "DescribeCacheSecurityGroupsParameters",
    {
        "CacheSecurityGroupName": S,
        "CacheSecurityGroupName.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeCacheSubnetGroupsParameters = TypedDict(
    "DescribeCacheSubnetGroupsParameters",
    {
        "CacheSubnetGroupName": S,
        "CacheSubnetGroupName.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEngineDefaultParametersParameters = TypedDict(
    "DescribeEngineDefaultParametersParameters",
    {
        "CacheParameterGroupFamily": S,
        "CacheParameterGroupFamily.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeEventsParameters = TypedDict(
    "DescribeEventsParameters",
    {
        "SourceIdentifier": S,
        "SourceIdentifier.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Duration": I,
        "Duration.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeGlobalReplicationGroupsParameters = TypedDict(
    "DescribeGlobalReplicationGroupsParameters",
    {
        "GlobalReplicationGroupId": S,
        "GlobalReplicationGroupId.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
        "ShowMemberInfo": B,
        "ShowMemberInfo.$": str,
    },
    total=False,
)
DescribeReplicationGroupsParameters = TypedDict(
    "DescribeReplicationGroupsParameters",
    {
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReservedCacheNodesParameters = TypedDict(
    "DescribeReservedCacheNodesParameters",
    {
        "ReservedCacheNodeId": S,
        "ReservedCacheNodeId.$": str,
        "ReservedCacheNodesOfferingId": S,
        "ReservedCacheNodesOfferingId.$": str,
        "CacheNodeType": S,
        "CacheNodeType.$": str,
        "Duration": S,
        "Duration.$": str,
        "ProductDescription": S,
        "ProductDescription.$": str,
        "OfferingType": S,
        "OfferingType.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeReservedCacheNodesOfferingsParameters = TypedDict(
    "DescribeReservedCacheNodesOfferingsParameters",
    {
        "ReservedCacheNodesOfferingId": S,
        "ReservedCacheNodesOfferingId.$": str,
        "CacheNodeType": S,
        "CacheNodeType.$": str,
        "Duration": S,
        "Duration.$": str,
        "ProductDescription": S,
        "ProductDescription.$": str,
        "OfferingType": S,
        "OfferingType.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeServerlessCacheSnapshotsParameters = TypedDict(
    "DescribeServerlessCacheSnapshotsParameters",
    {
        "ServerlessCacheName": S,
        "ServerlessCacheName.$": str,
        "ServerlessCacheSnapshotName": S,
        "ServerlessCacheSnapshotName.$": str,
        "SnapshotType": S,
        "SnapshotType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeServerlessCachesParameters = TypedDict(
    "DescribeServerlessCachesParameters",
    {
        "ServerlessCacheName": S,
        "ServerlessCacheName.$": str,
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
        "ServiceUpdateStatus": L[Si],
        "ServiceUpdateStatus.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeSnapshotsParameters = TypedDict(
    "DescribeSnapshotsParameters",
    {
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "CacheClusterId": S,
        "CacheClusterId.$": str,
        "SnapshotName": S,
        "SnapshotName.$": str,
        "SnapshotSource": S,
        "SnapshotSource.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "ShowNodeGroupConfig": B,
        "ShowNodeGroupConfig.$": str,
    },
    total=False,
)

class TimeRangeFilter(TypedDict, total=False):
    StartTime: T
    EndTime: T

DescribeUpdateActionsParameters = TypedDict(
    "DescribeUpdateActionsParameters",
    {
        "ServiceUpdateName": S,
        "ServiceUpdateName.$": str,
        "ReplicationGroupIds": L[Si],
        "ReplicationGroupIds.$": str,
        "CacheClusterIds": L[Si],
        "CacheClusterIds.$": str,
        "Engine": S,
        "Engine.$": str,
        "ServiceUpdateStatus": L[Si],
        "ServiceUpdateStatus.$": str,
        "ServiceUpdateTimeRange": X[TimeRangeFilter],
        "ServiceUpdateTimeRange.$": str,
        "UpdateActionStatus": L[Si],
        "UpdateActionStatus.$": str,
        "ShowNodeLevelUpdateStatus": B,
        "ShowNodeLevelUpdateStatus.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeUserGroupsParameters = TypedDict(
    "DescribeUserGroupsParameters",
    {
        "UserGroupId": S,
        "UserGroupId.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeUsersParameters = TypedDict(
    "DescribeUsersParameters",
    {
        "Engine": S,
        "Engine.$": str,
        "UserId": S,
        "UserId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DisassociateGlobalReplicationGroupParameters = TypedDict(
    "DisassociateGlobalReplicationGroupParameters",
    {
        "GlobalReplicationGroupId": S,
        "GlobalReplicationGroupId.$": str,
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "ReplicationGroupRegion": S,
        "ReplicationGroupRegion.$": str,
    },
    total=False,
)
ExportServerlessCacheSnapshotParameters = TypedDict(
    "ExportServerlessCacheSnapshotParameters",
    {
        "ServerlessCacheSnapshotName": S,
        "ServerlessCacheSnapshotName.$": str,
        "S3BucketName": S,
        "S3BucketName.$": str,
    },
    total=False,
)
FailoverGlobalReplicationGroupParameters = TypedDict(
    "FailoverGlobalReplicationGroupParameters",
    {
        "GlobalReplicationGroupId": S,
        "GlobalReplicationGroupId.$": str,
        "PrimaryRegion": S,
        "PrimaryRegion.$": str,
        "PrimaryReplicationGroupId": S,
        "PrimaryReplicationGroupId.$": str,
    },
    total=False,
)

class ReshardingConfiguration(TypedDict, total=False):
    NodeGroupId: S
    PreferredAvailabilityZones: L[Si]

class RegionalConfiguration(TypedDict, total=False):
    ReplicationGroupId: S
    ReplicationGroupRegion: S
    ReshardingConfiguration: L[Xi[ReshardingConfiguration]]

IncreaseNodeGroupsInGlobalReplicationGroupParameters = TypedDict(
    "IncreaseNodeGroupsInGlobalReplicationGroupParameters",
    {
        "GlobalReplicationGroupId": S,
        "GlobalReplicationGroupId.$": str,
        "NodeGroupCount": I,
        "NodeGroupCount.$": str,
        "RegionalConfigurations": L[Xi[RegionalConfiguration]],
        "RegionalConfigurations.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
    },
    total=False,
)
IncreaseReplicaCountParameters = TypedDict(
    "IncreaseReplicaCountParameters",
    {
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "NewReplicaCount": I,
        "NewReplicaCount.$": str,
        "ReplicaConfiguration": L[Xi[ConfigureShard]],
        "ReplicaConfiguration.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
    },
    total=False,
)
ListAllowedNodeTypeModificationsParameters = TypedDict(
    "ListAllowedNodeTypeModificationsParameters",
    {
        "CacheClusterId": S,
        "CacheClusterId.$": str,
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceName": S, "ResourceName.$": str}, total=False
)

class ScaleConfig(TypedDict, total=False):
    ScalePercentage: I
    ScaleIntervalMinutes: I

ModifyCacheClusterParameters = TypedDict(
    "ModifyCacheClusterParameters",
    {
        "CacheClusterId": S,
        "CacheClusterId.$": str,
        "NumCacheNodes": I,
        "NumCacheNodes.$": str,
        "CacheNodeIdsToRemove": L[Si],
        "CacheNodeIdsToRemove.$": str,
        "AzMode": S,
        "AzMode.$": str,
        "NewAvailabilityZones": L[Si],
        "NewAvailabilityZones.$": str,
        "CacheSecurityGroupNames": L[Si],
        "CacheSecurityGroupNames.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "NotificationTopicArn": S,
        "NotificationTopicArn.$": str,
        "CacheParameterGroupName": S,
        "CacheParameterGroupName.$": str,
        "NotificationTopicStatus": S,
        "NotificationTopicStatus.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "SnapshotRetentionLimit": I,
        "SnapshotRetentionLimit.$": str,
        "SnapshotWindow": S,
        "SnapshotWindow.$": str,
        "CacheNodeType": S,
        "CacheNodeType.$": str,
        "AuthToken": S,
        "AuthToken.$": str,
        "AuthTokenUpdateStrategy": S,
        "AuthTokenUpdateStrategy.$": str,
        "LogDeliveryConfigurations": L[Xi[LogDeliveryConfigurationRequest]],
        "LogDeliveryConfigurations.$": str,
        "IpDiscovery": S,
        "IpDiscovery.$": str,
        "ScaleConfig": X[ScaleConfig],
        "ScaleConfig.$": str,
    },
    total=False,
)

class ParameterNameValue(TypedDict, total=False):
    ParameterName: S
    ParameterValue: S

ModifyCacheParameterGroupParameters = TypedDict(
    "ModifyCacheParameterGroupParameters",
    {
        "CacheParameterGroupName": S,
        "CacheParameterGroupName.$": str,
        "ParameterNameValues": L[Xi[ParameterNameValue]],
        "ParameterNameValues.$": str,
    },
    total=False,
)
ModifyCacheSubnetGroupParameters = TypedDict(
    "ModifyCacheSubnetGroupParameters",
    {
        "CacheSubnetGroupName": S,
        "CacheSubnetGroupName.$": str,
        "CacheSubnetGroupDescription": S,
        "CacheSubnetGroupDescription.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
    },
    total=False,
)
ModifyGlobalReplicationGroupParameters = TypedDict(
    "ModifyGlobalReplicationGroupParameters",
    {
        "GlobalReplicationGroupId": S,
        "GlobalReplicationGroupId.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
        "CacheNodeType": S,
        "CacheNodeType.$": str,
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "CacheParameterGroupName": S,
        "CacheParameterGroupName.$": str,
        "GlobalReplicationGroupDescription": S,
        "GlobalReplicationGroupDescription.$": str,
        "AutomaticFailoverEnabled": B,
        "AutomaticFailoverEnabled.$": str,
    },
    total=False,
)
ModifyReplicationGroupParameters = TypedDict(
    "ModifyReplicationGroupParameters",
    {
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "ReplicationGroupDescription": S,
        "ReplicationGroupDescription.$": str,
        "PrimaryClusterId": S,
        "PrimaryClusterId.$": str,
        "SnapshottingClusterId": S,
        "SnapshottingClusterId.$": str,
        "AutomaticFailoverEnabled": B,
        "AutomaticFailoverEnabled.$": str,
        "MultiAZEnabled": B,
        "MultiAZEnabled.$": str,
        "NodeGroupId": S,
        "NodeGroupId.$": str,
        "CacheSecurityGroupNames": L[Si],
        "CacheSecurityGroupNames.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "NotificationTopicArn": S,
        "NotificationTopicArn.$": str,
        "CacheParameterGroupName": S,
        "CacheParameterGroupName.$": str,
        "NotificationTopicStatus": S,
        "NotificationTopicStatus.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
        "Engine": S,
        "Engine.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "AutoMinorVersionUpgrade": B,
        "AutoMinorVersionUpgrade.$": str,
        "SnapshotRetentionLimit": I,
        "SnapshotRetentionLimit.$": str,
        "SnapshotWindow": S,
        "SnapshotWindow.$": str,
        "CacheNodeType": S,
        "CacheNodeType.$": str,
        "AuthToken": S,
        "AuthToken.$": str,
        "AuthTokenUpdateStrategy": S,
        "AuthTokenUpdateStrategy.$": str,
        "UserGroupIdsToAdd": L[Si],
        "UserGroupIdsToAdd.$": str,
        "UserGroupIdsToRemove": L[Si],
        "UserGroupIdsToRemove.$": str,
        "RemoveUserGroups": B,
        "RemoveUserGroups.$": str,
        "LogDeliveryConfigurations": L[Xi[LogDeliveryConfigurationRequest]],
        "LogDeliveryConfigurations.$": str,
        "IpDiscovery": S,
        "IpDiscovery.$": str,
        "TransitEncryptionEnabled": B,
        "TransitEncryptionEnabled.$": str,
        "TransitEncryptionMode": S,
        "TransitEncryptionMode.$": str,
        "ClusterMode": S,
        "ClusterMode.$": str,
        "Durability": S,
        "Durability.$": str,
    },
    total=False,
)
ModifyReplicationGroupShardConfigurationParameters = TypedDict(
    "ModifyReplicationGroupShardConfigurationParameters",
    {
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "NodeGroupCount": I,
        "NodeGroupCount.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
        "ReshardingConfiguration": L[Xi[ReshardingConfiguration]],
        "ReshardingConfiguration.$": str,
        "NodeGroupsToRemove": L[Si],
        "NodeGroupsToRemove.$": str,
        "NodeGroupsToRetain": L[Si],
        "NodeGroupsToRetain.$": str,
    },
    total=False,
)
ModifyServerlessCacheParameters = TypedDict(
    "ModifyServerlessCacheParameters",
    {
        "ServerlessCacheName": S,
        "ServerlessCacheName.$": str,
        "Description": S,
        "Description.$": str,
        "CacheUsageLimits": X[CacheUsageLimits],
        "CacheUsageLimits.$": str,
        "RemoveUserGroup": B,
        "RemoveUserGroup.$": str,
        "UserGroupId": S,
        "UserGroupId.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "SnapshotRetentionLimit": I,
        "SnapshotRetentionLimit.$": str,
        "DailySnapshotTime": S,
        "DailySnapshotTime.$": str,
        "Engine": S,
        "Engine.$": str,
        "MajorEngineVersion": S,
        "MajorEngineVersion.$": str,
    },
    total=False,
)
ModifyUserParameters = TypedDict(
    "ModifyUserParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AccessString": S,
        "AccessString.$": str,
        "AppendAccessString": S,
        "AppendAccessString.$": str,
        "Passwords": L[Si],
        "Passwords.$": str,
        "NoPasswordRequired": B,
        "NoPasswordRequired.$": str,
        "AuthenticationMode": X[AuthenticationMode],
        "AuthenticationMode.$": str,
        "Engine": S,
        "Engine.$": str,
    },
    total=False,
)
ModifyUserGroupParameters = TypedDict(
    "ModifyUserGroupParameters",
    {
        "UserGroupId": S,
        "UserGroupId.$": str,
        "UserIdsToAdd": L[Si],
        "UserIdsToAdd.$": str,
        "UserIdsToRemove": L[Si],
        "UserIdsToRemove.$": str,
        "Engine": S,
        "Engine.$": str,
    },
    total=False,
)

class CustomerNodeEndpoint(TypedDict, total=False):
    Address: S
    Port: I

class SecretManagerAuthConfig(TypedDict, total=False):
    SecretArn: S

class SourceAuthenticationConfiguration(TypedDict, total=False):
    SecretManagerConfig: X[SecretManagerAuthConfig]

class SourceTlsConfiguration(TypedDict, total=False):
    SourceTlsMode: S
    SourceTlsCertificate: S

PrepareMigrationParameters = TypedDict(
    "PrepareMigrationParameters",
    {
        "ServerlessCacheName": S,
        "ServerlessCacheName.$": str,
        "CustomerNodeEndpointList": L[Xi[CustomerNodeEndpoint]],
        "CustomerNodeEndpointList.$": str,
        "SourceAuthenticationConfiguration": X[SourceAuthenticationConfiguration],
        "SourceAuthenticationConfiguration.$": str,
        "SourceTlsConfiguration": X[SourceTlsConfiguration],
        "SourceTlsConfiguration.$": str,
    },
    total=False,
)
PurchaseReservedCacheNodesOfferingParameters = TypedDict(
    "PurchaseReservedCacheNodesOfferingParameters",
    {
        "ReservedCacheNodesOfferingId": S,
        "ReservedCacheNodesOfferingId.$": str,
        "ReservedCacheNodeId": S,
        "ReservedCacheNodeId.$": str,
        "CacheNodeCount": I,
        "CacheNodeCount.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
RebalanceSlotsInGlobalReplicationGroupParameters = TypedDict(
    "RebalanceSlotsInGlobalReplicationGroupParameters",
    {
        "GlobalReplicationGroupId": S,
        "GlobalReplicationGroupId.$": str,
        "ApplyImmediately": B,
        "ApplyImmediately.$": str,
    },
    total=False,
)
RebootCacheClusterParameters = TypedDict(
    "RebootCacheClusterParameters",
    {
        "CacheClusterId": S,
        "CacheClusterId.$": str,
        "CacheNodeIdsToReboot": L[Si],
        "CacheNodeIdsToReboot.$": str,
    },
    total=False,
)
RemoveTagsFromResourceParameters = TypedDict(
    "RemoveTagsFromResourceParameters",
    {"ResourceName": S, "ResourceName.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
ResetCacheParameterGroupParameters = TypedDict(
    "ResetCacheParameterGroupParameters",
    {
        "CacheParameterGroupName": S,
        "CacheParameterGroupName.$": str,
        "ResetAllParameters": B,
        "ResetAllParameters.$": str,
        "ParameterNameValues": L[Xi[ParameterNameValue]],
        "ParameterNameValues.$": str,
    },
    total=False,
)
RevokeCacheSecurityGroupIngressParameters = TypedDict(
    "RevokeCacheSecurityGroupIngressParameters",
    {
        "CacheSecurityGroupName": S,
        "CacheSecurityGroupName.$": str,
        "Ec2SecurityGroupName": S,
        "Ec2SecurityGroupName.$": str,
        "Ec2SecurityGroupOwnerId": S,
        "Ec2SecurityGroupOwnerId.$": str,
    },
    total=False,
)
StartMigrationParameters = TypedDict(
    "StartMigrationParameters",
    {
        "ServerlessCacheName": S,
        "ServerlessCacheName.$": str,
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "CustomerNodeEndpointList": L[Xi[CustomerNodeEndpoint]],
        "CustomerNodeEndpointList.$": str,
        "AutoCutover": B,
        "AutoCutover.$": str,
        "ClearTargetCacheData": B,
        "ClearTargetCacheData.$": str,
    },
    total=False,
)
StopMigrationParameters = TypedDict(
    "StopMigrationParameters", {"ServerlessCacheName": S, "ServerlessCacheName.$": str}, total=False
)
TestFailoverParameters = TypedDict(
    "TestFailoverParameters",
    {"ReplicationGroupId": S, "ReplicationGroupId.$": str, "NodeGroupId": S, "NodeGroupId.$": str},
    total=False,
)
TestMigrationParameters = TypedDict(
    "TestMigrationParameters",
    {
        "ReplicationGroupId": S,
        "ReplicationGroupId.$": str,
        "CustomerNodeEndpointList": L[Xi[CustomerNodeEndpoint]],
        "CustomerNodeEndpointList.$": str,
    },
    total=False,
)
add_tags_to_resource: Builder[AddTagsToResourceParameters]
authorize_cache_security_group_ingress: Builder[AuthorizeCacheSecurityGroupIngressParameters]
batch_apply_update_action: Builder[BatchApplyUpdateActionParameters]
batch_stop_update_action: Builder[BatchStopUpdateActionParameters]
complete_migration: Builder[CompleteMigrationParameters]
copy_serverless_cache_snapshot: Builder[CopyServerlessCacheSnapshotParameters]
copy_snapshot: Builder[CopySnapshotParameters]
create_cache_cluster: Builder[CreateCacheClusterParameters]
create_cache_parameter_group: Builder[CreateCacheParameterGroupParameters]
create_cache_security_group: Builder[CreateCacheSecurityGroupParameters]
create_cache_subnet_group: Builder[CreateCacheSubnetGroupParameters]
create_global_replication_group: Builder[CreateGlobalReplicationGroupParameters]
create_replication_group: Builder[CreateReplicationGroupParameters]
create_serverless_cache: Builder[CreateServerlessCacheParameters]
create_serverless_cache_snapshot: Builder[CreateServerlessCacheSnapshotParameters]
create_snapshot: Builder[CreateSnapshotParameters]
create_user: Builder[CreateUserParameters]
create_user_group: Builder[CreateUserGroupParameters]
decrease_node_groups_in_global_replication_group: Builder[
    DecreaseNodeGroupsInGlobalReplicationGroupParameters
]
decrease_replica_count: Builder[DecreaseReplicaCountParameters]
delete_cache_cluster: Builder[DeleteCacheClusterParameters]
delete_cache_parameter_group: Builder[DeleteCacheParameterGroupParameters]
delete_cache_security_group: Builder[DeleteCacheSecurityGroupParameters]
delete_cache_subnet_group: Builder[DeleteCacheSubnetGroupParameters]
delete_global_replication_group: Builder[DeleteGlobalReplicationGroupParameters]
delete_replication_group: Builder[DeleteReplicationGroupParameters]
delete_serverless_cache: Builder[DeleteServerlessCacheParameters]
delete_serverless_cache_snapshot: Builder[DeleteServerlessCacheSnapshotParameters]
delete_snapshot: Builder[DeleteSnapshotParameters]
delete_user: Builder[DeleteUserParameters]
delete_user_group: Builder[DeleteUserGroupParameters]
describe_cache_clusters: Builder[DescribeCacheClustersParameters]
describe_cache_engine_versions: Builder[DescribeCacheEngineVersionsParameters]
describe_cache_parameter_groups: Builder[DescribeCacheParameterGroupsParameters]
describe_cache_parameters: Builder[DescribeCacheParametersParameters]
describe_cache_security_groups: Builder[DescribeCacheSecurityGroupsParameters]
describe_cache_subnet_groups: Builder[DescribeCacheSubnetGroupsParameters]
describe_engine_default_parameters: Builder[DescribeEngineDefaultParametersParameters]
describe_events: Builder[DescribeEventsParameters]
describe_global_replication_groups: Builder[DescribeGlobalReplicationGroupsParameters]
describe_replication_groups: Builder[DescribeReplicationGroupsParameters]
describe_reserved_cache_nodes: Builder[DescribeReservedCacheNodesParameters]
describe_reserved_cache_nodes_offerings: Builder[DescribeReservedCacheNodesOfferingsParameters]
describe_serverless_cache_snapshots: Builder[DescribeServerlessCacheSnapshotsParameters]
describe_serverless_caches: Builder[DescribeServerlessCachesParameters]
describe_service_updates: Builder[DescribeServiceUpdatesParameters]
describe_snapshots: Builder[DescribeSnapshotsParameters]
describe_update_actions: Builder[DescribeUpdateActionsParameters]
describe_user_groups: Builder[DescribeUserGroupsParameters]
describe_users: Builder[DescribeUsersParameters]
disassociate_global_replication_group: Builder[DisassociateGlobalReplicationGroupParameters]
export_serverless_cache_snapshot: Builder[ExportServerlessCacheSnapshotParameters]
failover_global_replication_group: Builder[FailoverGlobalReplicationGroupParameters]
increase_node_groups_in_global_replication_group: Builder[
    IncreaseNodeGroupsInGlobalReplicationGroupParameters
]
increase_replica_count: Builder[IncreaseReplicaCountParameters]
list_allowed_node_type_modifications: Builder[ListAllowedNodeTypeModificationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
modify_cache_cluster: Builder[ModifyCacheClusterParameters]
modify_cache_parameter_group: Builder[ModifyCacheParameterGroupParameters]
modify_cache_subnet_group: Builder[ModifyCacheSubnetGroupParameters]
modify_global_replication_group: Builder[ModifyGlobalReplicationGroupParameters]
modify_replication_group: Builder[ModifyReplicationGroupParameters]
modify_replication_group_shard_configuration: Builder[
    ModifyReplicationGroupShardConfigurationParameters
]
modify_serverless_cache: Builder[ModifyServerlessCacheParameters]
modify_user: Builder[ModifyUserParameters]
modify_user_group: Builder[ModifyUserGroupParameters]
prepare_migration: Builder[PrepareMigrationParameters]
purchase_reserved_cache_nodes_offering: Builder[PurchaseReservedCacheNodesOfferingParameters]
rebalance_slots_in_global_replication_group: Builder[
    RebalanceSlotsInGlobalReplicationGroupParameters
]
reboot_cache_cluster: Builder[RebootCacheClusterParameters]
remove_tags_from_resource: Builder[RemoveTagsFromResourceParameters]
reset_cache_parameter_group: Builder[ResetCacheParameterGroupParameters]
revoke_cache_security_group_ingress: Builder[RevokeCacheSecurityGroupIngressParameters]
start_migration: Builder[StartMigrationParameters]
stop_migration: Builder[StopMigrationParameters]
test_failover: Builder[TestFailoverParameters]
test_migration: Builder[TestMigrationParameters]

__all__ = [
    "add_tags_to_resource",
    "authorize_cache_security_group_ingress",
    "batch_apply_update_action",
    "batch_stop_update_action",
    "complete_migration",
    "copy_serverless_cache_snapshot",
    "copy_snapshot",
    "create_cache_cluster",
    "create_cache_parameter_group",
    "create_cache_security_group",
    "create_cache_subnet_group",
    "create_global_replication_group",
    "create_replication_group",
    "create_serverless_cache",
    "create_serverless_cache_snapshot",
    "create_snapshot",
    "create_user",
    "create_user_group",
    "decrease_node_groups_in_global_replication_group",
    "decrease_replica_count",
    "delete_cache_cluster",
    "delete_cache_parameter_group",
    "delete_cache_security_group",
    "delete_cache_subnet_group",
    "delete_global_replication_group",
    "delete_replication_group",
    "delete_serverless_cache",
    "delete_serverless_cache_snapshot",
    "delete_snapshot",
    "delete_user",
    "delete_user_group",
    "describe_cache_clusters",
    "describe_cache_engine_versions",
    "describe_cache_parameter_groups",
    "describe_cache_parameters",
    "describe_cache_security_groups",
    "describe_cache_subnet_groups",
    "describe_engine_default_parameters",
    "describe_events",
    "describe_global_replication_groups",
    "describe_replication_groups",
    "describe_reserved_cache_nodes",
    "describe_reserved_cache_nodes_offerings",
    "describe_serverless_cache_snapshots",
    "describe_serverless_caches",
    "describe_service_updates",
    "describe_snapshots",
    "describe_update_actions",
    "describe_user_groups",
    "describe_users",
    "disassociate_global_replication_group",
    "export_serverless_cache_snapshot",
    "failover_global_replication_group",
    "increase_node_groups_in_global_replication_group",
    "increase_replica_count",
    "list_allowed_node_type_modifications",
    "list_tags_for_resource",
    "modify_cache_cluster",
    "modify_cache_parameter_group",
    "modify_cache_subnet_group",
    "modify_global_replication_group",
    "modify_replication_group",
    "modify_replication_group_shard_configuration",
    "modify_serverless_cache",
    "modify_user",
    "modify_user_group",
    "prepare_migration",
    "purchase_reserved_cache_nodes_offering",
    "rebalance_slots_in_global_replication_group",
    "reboot_cache_cluster",
    "remove_tags_from_resource",
    "reset_cache_parameter_group",
    "revoke_cache_security_group_ingress",
    "start_migration",
    "stop_migration",
    "test_failover",
    "test_migration",
]
