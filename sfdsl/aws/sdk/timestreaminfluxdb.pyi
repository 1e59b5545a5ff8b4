"""Typed builders of the AWS SDK integration of timestreaminfluxdb (``aws-sdk:timestreaminfluxdb:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

CreateDbBackupParameters = TypedDict(
    "CreateDbBackupParameters",
    {
        "Name": S,
        "Name.$": str,
        "DbResourceId": S,
        "DbResourceId.$": str,
        "RetentionDays": I,
        "RetentionDays.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class NodeGroup(TypedDict, total=False):
    InstanceModes: L[Si]
    InstanceType: S
    Count: I

class InfluxDBv3EnterpriseDeploymentConfiguration(TypedDict, total=False):
    NodeGroups: L[Xi[NodeGroup]]

class DeploymentConfiguration(TypedDict, total=False):
    InfluxDBv3Enterprise: X[InfluxDBv3EnterpriseDeploymentConfiguration]

class S3Configuration(TypedDict, total=False):
    BucketName: S
    Enabled: B

class LogDeliveryConfiguration(TypedDict, total=False):
    S3Configuration: X[S3Configuration]

class MaintenanceSchedule(TypedDict, total=False):
    Timezone: S
    PreferredMaintenanceWindow: S

class DbBackupConfiguration(TypedDict, total=False):
    Type: S
    RetentionDays: I
    Enabled: B
    CustomSchedule: S

CreateDbClusterParameters = TypedDict(
    "CreateDbClusterParameters",
    {
        "Name": S,
        "Name.$": str,
        "Username": S,
        "Username.$": str,
        "Password": S,
        "Password.$": str,
        "Organization": S,
        "Organization.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "Port": I,
        "Port.$": str,
        "DbParameterGroupIdentifier": S,
        "DbParameterGroupIdentifier.$": str,
        "DbInstanceType": S,
        "DbInstanceType.$": str,
        "DbStorageType": S,
        "DbStorageType.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "VpcSubnetIds": L[Si],
        "VpcSubnetIds.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "DeploymentType": S,
        "DeploymentType.$": str,
        "DeploymentConfiguration": X[DeploymentConfiguration],
        "DeploymentConfiguration.$": str,
        "FailoverMode": S,
        "FailoverMode.$": str,
        "LogDeliveryConfiguration": X[LogDeliveryConfiguration],
        "LogDeliveryConfiguration.$": str,
        "MaintenanceSchedule": X[MaintenanceSchedule],
        "MaintenanceSchedule.$": str,
        "DbBackupConfigurations": L[Xi[DbBackupConfiguration]],
        "DbBackupConfigurations.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateDbInstanceParameters = TypedDict(
    "CreateDbInstanceParameters",
    {
        "Name": S,
        "Name.$": str,
        "Username": S,
        "Username.$": str,
        "Password": S,
        "Password.$": str,
        "Organization": S,
        "Organization.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "DbInstanceType": S,
        "DbInstanceType.$": str,
        "VpcSubnetIds": L[Si],
        "VpcSubnetIds.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "DbStorageType": S,
        "DbStorageType.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "DbParameterGroupIdentifier": S,
        "DbParameterGroupIdentifier.$": str,
        "DeploymentType": S,
        "DeploymentType.$": str,
        "LogDeliveryConfiguration": X[LogDeliveryConfiguration],
        "LogDeliveryConfiguration.$": str,
        "MaintenanceSchedule": X[MaintenanceSchedule],
        "MaintenanceSchedule.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Port": I,
        "Port.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "DbBackupConfigurations": L[Xi[DbBackupConfiguration]],
        "DbBackupConfigurations.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)

class Duration(TypedDict, total=False):
    DurationType: S
    Value: I

class InfluxDBv2Parameters(TypedDict, total=False):
    FluxLogEnabled: B
    LogLevel: S
    NoTasks: B
    QueryConcurrency: I
    QueryQueueSize: I
    TracingType: S
    MetricsDisabled: B
    HttpIdleTimeout: X[Duration]
    HttpReadHeaderTimeout: X[Duration]
    HttpReadTimeout: X[Duration]
    HttpWriteTimeout: X[Duration]
    InfluxqlMaxSelectBuckets: I
    InfluxqlMaxSelectPoint: I
    InfluxqlMaxSelectSeries: I
    PprofDisabled: B
    QueryInitialMemoryBytes: I
    QueryMaxMemoryBytes: I
    QueryMemoryBytes: I
    SessionLength: I
    SessionRenewDisabled: B
    StorageCacheMaxMemorySize: I
    StorageCacheSnapshotMemorySize: I
    StorageCacheSnapshotWriteColdDuration: X[Duration]
    StorageCompactFullWriteColdDuration: X[Duration]
    StorageCompactThroughputBurst: I
    StorageMaxConcurrentCompactions: I
    StorageMaxIndexLogFileSize: I
    StorageNoValidateFieldSize: B
    StorageRetentionCheckInterval: X[Duration]
    StorageSeriesFileMaxConcurrentSnapshotCompactions: I
    StorageSeriesIdSetCacheSize: I
    StorageWalMaxConcurrentWrites: I
    StorageWalMaxWriteDelay: X[Duration]
    UiDisabled: B

class PercentOrAbsoluteLong(TypedDict, total=False):
    Percent: S
    Absolute: I

class InfluxDBv3CoreParameters(TypedDict, total=False):
    QueryFileLimit: I
    QueryLogSize: I
    LogFilter: S
    LogFormat: S
    DataFusionNumThreads: I
    DataFusionRuntimeType: S
    DataFusionRuntimeDisableLifoSlot: B
    DataFusionRuntimeEventInterval: I
    DataFusionRuntimeGlobalQueueInterval: I
    DataFusionRuntimeMaxBlockingThreads: I
    DataFusionRuntimeMaxIoEventsPerTick: I
    DataFusionRuntimeThreadKeepAlive: X[Duration]
    DataFusionRuntimeThreadPriority: I
    DataFusionMaxParquetFanout: I
    DataFusionUseCachedParquetLoader: B
    DataFusionConfig: S
    MaxHttpRequestSize: I
    ForceSnapshotMemThreshold: X[PercentOrAbsoluteLong]
    WalSnapshotSize: I
    WalMaxWriteBufferSize: I
    SnapshottedWalFilesToKeep: I
    PreemptiveCacheAge: X[Duration]
    ParquetMemCachePrunePercentage: F
    ParquetMemCachePruneInterval: X[Duration]
    DisableParquetMemCache: B
    ParquetMemCacheQueryPathDuration: X[Duration]
    LastCacheEvictionInterval: X[Duration]
    DistinctCacheEvictionInterval: X[Duration]
    Gen1Duration: X[Duration]
    ExecMemPoolBytes: X[PercentOrAbsoluteLong]
    ParquetMemCacheSize: X[PercentOrAbsoluteLong]
    WalReplayFailOnError: B
    WalReplayConcurrencyLimit: I
    TableIndexCacheMaxEntries: I
    TableIndexCacheConcurrencyLimit: I
    Gen1LookbackDuration: X[Duration]
    RetentionCheckInterval: X[Duration]
    DeleteGracePeriod: X[Duration]
    HardDeleteDefaultDuration: X[Duration]
    PluginRepositoryUrl: S
    PluginRepositorySecretArn: S

class InfluxDBv3EnterpriseParameters(TypedDict, total=False):
    QueryFileLimit: I
    QueryLogSize: I
    LogFilter: S
    LogFormat: S
    DataFusionNumThreads: I
    DataFusionRuntimeType: S
    DataFusionRuntimeDisableLifoSlot: B
    DataFusionRuntimeEventInterval: I
    DataFusionRuntimeGlobalQueueInterval: I
    DataFusionRuntimeMaxBlockingThreads: I
    DataFusionRuntimeMaxIoEventsPerTick: I
    DataFusionRuntimeThreadKeepAlive: X[Duration]
    DataFusionRuntimeThreadPriority: I
    DataFusionMaxParquetFanout: I
    DataFusionUseCachedParquetLoader: B
    DataFusionConfig: S
    MaxHttpRequestSize: I
    ForceSnapshotMemThreshold: X[PercentOrAbsoluteLong]
    WalSnapshotSize: I
    WalMaxWriteBufferSize: I
    SnapshottedWalFilesToKeep: I
    PreemptiveCacheAge: X[Duration]
    ParquetMemCachePrunePercentage: F
    ParquetMemCachePruneInterval: X[Duration]
    DisableParquetMemCache: B
    ParquetMemCacheQueryPathDuration: X[Duration]
    LastCacheEvictionInterval: X[Duration]
    DistinctCacheEvictionInterval: X[Duration]
    Gen1Duration: X[Duration]
    ExecMemPoolBytes: X[PercentOrAbsoluteLong]
    ParquetMemCacheSize: X[PercentOrAbsoluteLong]
    WalReplayFailOnError: B
    WalReplayConcurrencyLimit: I
    TableIndexCacheMaxEntries: I
    TableIndexCacheConcurrencyLimit: I
    Gen1LookbackDuration: X[Duration]
    RetentionCheckInterval: X[Duration]
    DeleteGracePeriod: X[Duration]
    HardDeleteDefaultDuration: X[Duration]
    PluginRepositoryUrl: S
    PluginRepositorySecretArn: S
    IngestQueryInstances: I
    QueryOnlyInstances: I
    DedicatedCompactor: B
    CompactionRowLimit: I
    CompactionMaxNumFilesPerPlan: I
    CompactionGen2Duration: X[Duration]
    CompactionMultipliers: S
    CompactionCleanupWait: X[Duration]
    CompactionCheckInterval: X[Duration]
    LastValueCacheDisableFromHistory: B
    DistinctValueCacheDisableFromHistory: B
    ReplicationInterval: X[Duration]
    CatalogSyncInterval: X[Duration]
    UpgradePachaTree: B
    WalBufferSize: I
    SnapshotSize: X[PercentOrAbsoluteLong]
    SnapshotDuration: X[Duration]

class Parameters(TypedDict, total=False):
    InfluxDBv2: X[InfluxDBv2Parameters]
    InfluxDBv3Core: X[InfluxDBv3CoreParameters]
    InfluxDBv3Enterprise: X[InfluxDBv3EnterpriseParameters]

CreateDbParameterGroupParameters = TypedDict(
    "CreateDbParameterGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Parameters": X[Parameters],
        "Parameters.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteDbBackupParameters = TypedDict(
    "DeleteDbBackupParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteDbClusterParameters = TypedDict(
    "DeleteDbClusterParameters",
    {
        "DbClusterId": S,
        "DbClusterId.$": str,
        "RetainAutomatedBackups": B,
        "RetainAutomatedBackups.$": str,
    },
    total=False,
)
DeleteDbInstanceParameters = TypedDict(
    "DeleteDbInstanceParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "RetainAutomatedBackups": B,
        "RetainAutomatedBackups.$": str,
    },
    total=False,
)
GetDbBackupParameters = TypedDict(
    "GetDbBackupParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetDbClusterParameters = TypedDict(
    "GetDbClusterParameters", {"DbClusterId": S, "DbClusterId.$": str}, total=False
)
GetDbInstanceParameters = TypedDict(
    "GetDbInstanceParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetDbParameterGroupParameters = TypedDict(
    "GetDbParameterGroupParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
ListDbBackupsParameters = TypedDict(
    "ListDbBackupsParameters",
    {
        "DbResourceId": S,
        "DbResourceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDbClustersParameters = TypedDict(
    "ListDbClustersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListDbInstancesParameters = TypedDict(
    "ListDbInstancesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListDbInstancesForClusterParameters = TypedDict(
    "ListDbInstancesForClusterParameters",
    {
        "DbClusterId": S,
        "DbClusterId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDbParameterGroupsParameters = TypedDict(
    "ListDbParameterGroupsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RebootDbClusterParameters = TypedDict(
    "RebootDbClusterParameters",
    {"DbClusterId": S, "DbClusterId.$": str, "InstanceIds": L[Si], "InstanceIds.$": str},
    total=False,
)
RebootDbInstanceParameters = TypedDict(
    "RebootDbInstanceParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
RestoreFromDbBackupParameters = TypedDict(
    "RestoreFromDbBackupParameters",
    {
        "Name": S,
        "Name.$": str,
        "DbBackupId": S,
        "DbBackupId.$": str,
        "RestoreToTime": T,
        "RestoreToTime.$": str,
        "RestoreMode": S,
        "RestoreMode.$": str,
        "VpcSubnetIds": L[Si],
        "VpcSubnetIds.$": str,
        "VpcSecurityGroupIds": L[Si],
        "VpcSecurityGroupIds.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "LogDeliveryConfiguration": X[LogDeliveryConfiguration],
        "LogDeliveryConfiguration.$": str,
        "MaintenanceSchedule": X[MaintenanceSchedule],
        "MaintenanceSchedule.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Port": I,
        "Port.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "DeploymentType": S,
        "DeploymentType.$": str,
        "DbBackupConfigurations": L[Xi[DbBackupConfiguration]],
        "DbBackupConfigurations.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
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
UpdateDbClusterParameters = TypedDict(
    "UpdateDbClusterParameters",
    {
        "DbClusterId": S,
        "DbClusterId.$": str,
        "LogDeliveryConfiguration": X[LogDeliveryConfiguration],
        "LogDeliveryConfiguration.$": str,
        "DbParameterGroupIdentifier": S,
        "DbParameterGroupIdentifier.$": str,
        "Port": I,
        "Port.$": str,
        "DbInstanceType": S,
        "DbInstanceType.$": str,
        "DeploymentConfiguration": X[DeploymentConfiguration],
        "DeploymentConfiguration.$": str,
        "FailoverMode": S,
        "FailoverMode.$": str,
        "MaintenanceSchedule": X[MaintenanceSchedule],
        "MaintenanceSchedule.$": str,
        "DbBackupConfigurations": L[Xi[DbBackupConfiguration]],
        "DbBackupConfigurations.$": str,
    },
    total=False,
)
UpdateDbInstanceParameters = TypedDict(
    "UpdateDbInstanceParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "LogDeliveryConfiguration": X[LogDeliveryConfiguration],
        "LogDeliveryConfiguration.$": str,
        "DbParameterGroupIdentifier": S,
        "DbParameterGroupIdentifier.$": str,
        "Port": I,
        "Port.$": str,
        "DbInstanceType": S,
        "DbInstanceType.$": str,
        "DeploymentType": S,
        "DeploymentType.$": str,
        "DbStorageType": S,
        "DbStorageType.$": str,
        "AllocatedStorage": I,
        "AllocatedStorage.$": str,
        "MaintenanceSchedule": X[MaintenanceSchedule],
        "MaintenanceSchedule.$": str,
        "DbBackupConfigurations": L[Xi[DbBackupConfiguration]],
        "DbBackupConfigurations.$": str,
    },
    total=False,
)
create_db_backup: Builder[CreateDbBackupParameters]
create_db_cluster: Builder[CreateDbClusterParameters]
create_db_instance: Builder[CreateDbInstanceParameters]
create_db_parameter_group: Builder[CreateDbParameterGroupParameters]
delete_db_backup: Builder[DeleteDbBackupParameters]
delete_db_cluster: Builder[DeleteDbClusterParameters]
delete_db_instance: Builder[DeleteDbInstanceParameters]
get_db_backup: Builder[GetDbBackupParameters]
get_db_cluster: Builder[GetDbClusterParameters]
get_db_instance: Builder[GetDbInstanceParameters]
get_db_parameter_group: Builder[GetDbParameterGroupParameters]
list_db_backups: Builder[ListDbBackupsParameters]
list_db_clusters: Builder[ListDbClustersParameters]
list_db_instances: Builder[ListDbInstancesParameters]
list_db_instances_for_cluster: Builder[ListDbInstancesForClusterParameters]
list_db_parameter_groups: Builder[ListDbParameterGroupsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
reboot_db_cluster: Builder[RebootDbClusterParameters]
reboot_db_instance: Builder[RebootDbInstanceParameters]
restore_from_db_backup: Builder[RestoreFromDbBackupParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_db_cluster: Builder[UpdateDbClusterParameters]
update_db_instance: Builder[UpdateDbInstanceParameters]

__all__ = [
    "create_db_backup",
    "create_db_cluster",
    "create_db_instance",
    "create_db_parameter_group",
    "delete_db_backup",
    "delete_db_cluster",
    "delete_db_instance",
    "get_db_backup",
    "get_db_cluster",
    "get_db_instance",
    "get_db_parameter_group",
    "list_db_backups",
    "list_db_clusters",
    "list_db_instances",
    "list_db_instances_for_cluster",
    "list_db_parameter_groups",
    "list_tags_for_resource",
    "reboot_db_cluster",
    "reboot_db_instance",
    "restore_from_db_backup",
    "tag_resource",
    "untag_resource",
    "update_db_cluster",
    "update_db_instance",
]
