"""Typed builders of the AWS SDK integration of pcs (``aws-sdk:pcs:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, Mi, S, Si, X, Xi

class SchedulerRequest(TypedDict, total=False):
    Type: S
    Version: S

class NetworkingRequest(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]
    NetworkType: S

class SlurmCustomSetting(TypedDict, total=False):
    ParameterName: S
    ParameterValue: S

class SlurmdbdCustomSetting(TypedDict, total=False):
    ParameterName: S
    ParameterValue: S

class CgroupCustomSetting(TypedDict, total=False):
    ParameterName: S
    ParameterValue: S

class JobSubmitScriptSource(TypedDict, total=False):
    ScriptLocation: S
    S3VersionId: S
    Checksum: S

class JobSubmitPlugin(TypedDict, total=False):
    Name: S
    Type: S
    ScriptSource: X[JobSubmitScriptSource]

class AccountingRequest(TypedDict, total=False):
    DefaultPurgeTimeInDays: I
    Mode: S

class SlurmRestRequest(TypedDict, total=False):
    Mode: S

class ClusterSlurmConfigurationRequest(TypedDict, total=False):
    ScaleDownIdleTimeInSeconds: I
    SlurmCustomSettings: L[Xi[SlurmCustomSetting]]
    SlurmdbdCustomSettings: L[Xi[SlurmdbdCustomSetting]]
    CgroupCustomSettings: L[Xi[CgroupCustomSetting]]
    JobSubmitPlugins: L[Xi[JobSubmitPlugin]]
    Accounting: X[AccountingRequest]
    SlurmRest: X[SlurmRestRequest]

CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "Scheduler": X[SchedulerRequest],
        "Scheduler.$": str,
        "Size": S,
        "Size.$": str,
        "Networking": X[NetworkingRequest],
        "Networking.$": str,
        "SlurmConfiguration": X[ClusterSlurmConfigurationRequest],
        "SlurmConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CustomLaunchTemplate(TypedDict, total=False):
    Id: S
    Version: S

class ScalingConfigurationRequest(TypedDict, total=False):
    MinInstanceCount: I
    MaxInstanceCount: I

class InstanceConfig(TypedDict, total=False):
    InstanceType: S

class SpotOptions(TypedDict, total=False):
    AllocationStrategy: S

class ComputeNodeGroupSlurmConfigurationRequest(TypedDict, total=False):
    ScaleDownIdleTimeInSeconds: I
    SlurmCustomSettings: L[Xi[SlurmCustomSetting]]
    GresCustomSettings: L[Mi[S]]

class ScriptSource(TypedDict, total=False):
    ScriptLocation: S
    S3VersionId: S
    Checksum: S

class NodeLifecycleScript(TypedDict, total=False):
    Name: S
    ScriptSource: X[ScriptSource]
    Arguments: L[Si]
    OnError: S
    ExecutionPolicy: S

class NodeLifecycleStages(TypedDict, total=False):
    NodeBootstrapped: L[Xi[NodeLifecycleScript]]
    NodeReady: L[Xi[NodeLifecycleScript]]

class NodeLifecycleActionsRequest(TypedDict, total=False):
    Stages: X[NodeLifecycleStages]
    ScriptCachingPolicy: S

class HealthMonitoring(TypedDict, total=False):
    Mode: S
    RepairAction: S

class DeepHealthCheckOnStart(TypedDict, total=False):
    Profile: S
    RepairAction: S

class DeepHealthChecks(TypedDict, total=False):
    OnStart: X[DeepHealthCheckOnStart]

class InstanceHealthChecksRequest(TypedDict, total=False):
    HealthMonitoring: X[HealthMonitoring]
    DeepHealthChecks: X[DeepHealthChecks]

CreateComputeNodeGroupParameters = TypedDict(
    "CreateComputeNodeGroupParameters",
    {
        "AmiId": S,
        "AmiId.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "SshKeyName": S,
        "SshKeyName.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "ComputeNodeGroupName": S,
        "ComputeNodeGroupName.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "PurchaseOption": S,
        "PurchaseOption.$": str,
        "LaunchTemplateMode": S,
        "LaunchTemplateMode.$": str,
        "CustomLaunchTemplate": X[CustomLaunchTemplate],
        "CustomLaunchTemplate.$": str,
        "IamInstanceProfileArn": S,
        "IamInstanceProfileArn.$": str,
        "ScalingConfiguration": X[ScalingConfigurationRequest],
        "ScalingConfiguration.$": str,
        "InstanceConfigs": L[Xi[InstanceConfig]],
        "InstanceConfigs.$": str,
        "SpotOptions": X[SpotOptions],
        "SpotOptions.$": str,
        "SlurmConfiguration": X[ComputeNodeGroupSlurmConfigurationRequest],
        "SlurmConfiguration.$": str,
        "NodeLifecycleActions": X[NodeLifecycleActionsRequest],
        "NodeLifecycleActions.$": str,
        "InstanceHealthChecks": X[InstanceHealthChecksRequest],
        "InstanceHealthChecks.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ComputeNodeGroupConfiguration(TypedDict, total=False):
    ComputeNodeGroupId: S

class QueueSlurmConfigurationRequest(TypedDict, total=False):
    SlurmCustomSettings: L[Xi[SlurmCustomSetting]]

CreateQueueParameters = TypedDict(
    "CreateQueueParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "QueueName": S,
        "QueueName.$": str,
        "ComputeNodeGroupConfigurations": L[Xi[ComputeNodeGroupConfiguration]],
        "ComputeNodeGroupConfigurations.$": str,
        "SlurmConfiguration": X[QueueSlurmConfigurationRequest],
        "SlurmConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters",
    {"ClusterIdentifier": S, "ClusterIdentifier.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteComputeNodeGroupParameters = TypedDict(
    "DeleteComputeNodeGroupParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "ComputeNodeGroupIdentifier": S,
        "ComputeNodeGroupIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteQueueParameters = TypedDict(
    "DeleteQueueParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "QueueIdentifier": S,
        "QueueIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetClusterParameters = TypedDict(
    "GetClusterParameters", {"ClusterIdentifier": S, "ClusterIdentifier.$": str}, total=False
)
GetComputeNodeGroupParameters = TypedDict(
    "GetComputeNodeGroupParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "ComputeNodeGroupIdentifier": S,
        "ComputeNodeGroupIdentifier.$": str,
    },
    total=False,
)
GetQueueParameters = TypedDict(
    "GetQueueParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "QueueIdentifier": S,
        "QueueIdentifier.$": str,
    },
    total=False,
)
ListClustersParameters = TypedDict(
    "ListClustersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListComputeNodeGroupsParameters = TypedDict(
    "ListComputeNodeGroupsParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListQueuesParameters = TypedDict(
    "ListQueuesParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RegisterComputeNodeGroupInstanceParameters = TypedDict(
    "RegisterComputeNodeGroupInstanceParameters",
    {"ClusterIdentifier": S, "ClusterIdentifier.$": str, "BootstrapId": S, "BootstrapId.$": str},
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

class UpdateAccountingRequest(TypedDict, total=False):
    DefaultPurgeTimeInDays: I
    Mode: S

class UpdateSlurmRestRequest(TypedDict, total=False):
    Mode: S

class UpdateClusterSlurmConfigurationRequest(TypedDict, total=False):
    ScaleDownIdleTimeInSeconds: I
    SlurmCustomSettings: L[Xi[SlurmCustomSetting]]
    SlurmdbdCustomSettings: L[Xi[SlurmdbdCustomSetting]]
    CgroupCustomSettings: L[Xi[CgroupCustomSetting]]
    JobSubmitPlugins: L[Xi[JobSubmitPlugin]]
    Accounting: X[UpdateAccountingRequest]
    SlurmRest: X[UpdateSlurmRestRequest]

class UpdateSchedulerRequest(TypedDict, total=False):
    Version: S

UpdateClusterParameters = TypedDict(
    "UpdateClusterParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SlurmConfiguration": X[UpdateClusterSlurmConfigurationRequest],
        "SlurmConfiguration.$": str,
        "Scheduler": X[UpdateSchedulerRequest],
        "Scheduler.$": str,
    },
    total=False,
)

class UpdateComputeNodeGroupSlurmConfigurationRequest(TypedDict, total=False):
    ScaleDownIdleTimeInSeconds: I
    SlurmCustomSettings: L[Xi[SlurmCustomSetting]]
    GresCustomSettings: L[Mi[S]]

class UpdateNodeLifecycleActionsRequest(TypedDict, total=False):
    Stages: X[NodeLifecycleStages]
    ScriptCachingPolicy: S

class UpdateInstanceHealthChecksRequest(TypedDict, total=False):
    HealthMonitoring: X[HealthMonitoring]
    DeepHealthChecks: X[DeepHealthChecks]

UpdateComputeNodeGroupParameters = TypedDict(
    "UpdateComputeNodeGroupParameters",
    {
        "AmiId": S,
        "AmiId.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "SshKeyName": S,
        "SshKeyName.$": str,
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "ComputeNodeGroupIdentifier": S,
        "ComputeNodeGroupIdentifier.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "LaunchTemplateMode": S,
        "LaunchTemplateMode.$": str,
        "CustomLaunchTemplate": X[CustomLaunchTemplate],
        "CustomLaunchTemplate.$": str,
        "PurchaseOption": S,
        "PurchaseOption.$": str,
        "SpotOptions": X[SpotOptions],
        "SpotOptions.$": str,
        "ScalingConfiguration": X[ScalingConfigurationRequest],
        "ScalingConfiguration.$": str,
        "IamInstanceProfileArn": S,
        "IamInstanceProfileArn.$": str,
        "SlurmConfiguration": X[UpdateComputeNodeGroupSlurmConfigurationRequest],
        "SlurmConfiguration.$": str,
        "NodeLifecycleActions": X[UpdateNodeLifecycleActionsRequest],
        "NodeLifecycleActions.$": str,
        "InstanceHealthChecks": X[UpdateInstanceHealthChecksRequest],
        "InstanceHealthChecks.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class UpdateQueueSlurmConfigurationRequest(TypedDict, total=False):
    SlurmCustomSettings: L[Xi[SlurmCustomSetting]]

UpdateQueueParameters = TypedDict(
    "UpdateQueueParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "QueueIdentifier": S,
        "QueueIdentifier.$": str,
        "ComputeNodeGroupConfigurations": L[Xi[ComputeNodeGroupConfiguration]],
        "ComputeNodeGroupConfigurations.$": str,
        "SlurmConfiguration": X[UpdateQueueSlurmConfigurationRequest],
        "SlurmConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
create_cluster: Builder[CreateClusterParameters]
create_compute_node_group: Builder[CreateComputeNodeGroupParameters]
create_queue: Builder[CreateQueueParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_compute_node_group: Builder[DeleteComputeNodeGroupParameters]
delete_queue: Builder[DeleteQueueParameters]
get_cluster: Builder[GetClusterParameters]
get_compute_node_group: Builder[GetComputeNodeGroupParameters]
get_queue: Builder[GetQueueParameters]
list_clusters: Builder[ListClustersParameters]
list_compute_node_groups: Builder[ListComputeNodeGroupsParameters]
list_queues: Builder[ListQueuesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
register_compute_node_group_instance: Builder[RegisterComputeNodeGroupInstanceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_cluster: Builder[UpdateClusterParameters]
update_compute_node_group: Builder[UpdateComputeNodeGroupParameters]
update_queue: Builder[UpdateQueueParameters]

__all__ = [
    "create_cluster",
    "create_compute_node_group",
    "create_queue",
    "delete_cluster",
    "delete_compute_node_group",
    "delete_queue",
    "get_cluster",
    "get_compute_node_group",
    "get_queue",
    "list_clusters",
    "list_compute_node_groups",
    "list_queues",
    "list_tags_for_resource",
    "register_compute_node_group_instance",
    "tag_resource",
    "untag_resource",
    "update_cluster",
    "update_compute_node_group",
    "update_queue",
]
