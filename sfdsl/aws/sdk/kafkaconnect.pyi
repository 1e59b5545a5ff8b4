"""Typed builders of the AWS SDK integration of kafkaconnect (``aws-sdk:kafkaconnect:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class ScaleInPolicy(TypedDict, total=False):
    CpuUtilizationPercentage: I

class ScaleOutPolicy(TypedDict, total=False):
    CpuUtilizationPercentage: I

class AutoScaling(TypedDict, total=False):
    MaxWorkerCount: I
    McuCount: I
    MinWorkerCount: I
    ScaleInPolicy: X[ScaleInPolicy]
    ScaleOutPolicy: X[ScaleOutPolicy]
    MaxAutoscalingTaskCount: I

class ProvisionedCapacity(TypedDict, total=False):
    McuCount: I
    WorkerCount: I

class Capacity(TypedDict, total=False):
    AutoScaling: X[AutoScaling]
    ProvisionedCapacity: X[ProvisionedCapacity]

class Vpc(TypedDict, total=False):
    SecurityGroups: L[Si]
    Subnets: L[Si]

class ApacheKafkaCluster(TypedDict, total=False):
    BootstrapServers: S
    Vpc: X[Vpc]

class KafkaCluster(TypedDict, total=False):
    ApacheKafkaCluster: X[ApacheKafkaCluster]

class KafkaClusterClientAuthentication(TypedDict, total=False):
    AuthenticationType: S

class KafkaClusterEncryptionInTransit(TypedDict, total=False):
    EncryptionType: S

class CloudWatchLogsLogDelivery(TypedDict, total=False):
    Enabled: B
    LogGroup: S

class FirehoseLogDelivery(TypedDict, total=False):
    DeliveryStream: S
    Enabled: B

class S3LogDelivery(TypedDict, total=False):
    Bucket: S
    Enabled: B
    Prefix: S

class WorkerLogDelivery(TypedDict, total=False):
    CloudWatchLogs: X[CloudWatchLogsLogDelivery]
    Firehose: X[FirehoseLogDelivery]
    S3: X[S3LogDelivery]

class LogDelivery(TypedDict, total=False):
    WorkerLogDelivery: X[WorkerLogDelivery]

class CustomPlugin(TypedDict, total=False):
    CustomPluginArn: S
    Revision: I

class Plugin(TypedDict, total=False):
    CustomPlugin: X[CustomPlugin]

class WorkerConfiguration(TypedDict, total=False):
    Revision: I
    WorkerConfigurationArn: S

CreateConnectorParameters = TypedDict(
    "CreateConnectorParameters",
    {
        "Capacity": X[Capacity],
        "Capacity.$": str,
        "ConnectorConfiguration": M[S],
        "ConnectorConfiguration.$": str,
        "ConnectorDescription": S,
        "ConnectorDescription.$": str,
        "ConnectorName": S,
        "ConnectorName.$": str,
        "KafkaCluster": X[KafkaCluster],
        "KafkaCluster.$": str,
        "KafkaClusterClientAuthentication": X[KafkaClusterClientAuthentication],
        "KafkaClusterClientAuthentication.$": str,
        "KafkaClusterEncryptionInTransit": X[KafkaClusterEncryptionInTransit],
        "KafkaClusterEncryptionInTransit.$": str,
        "KafkaConnectVersion": S,
        "KafkaConnectVersion.$": str,
        "LogDelivery": X[LogDelivery],
        "LogDelivery.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "Plugins": L[Xi[Plugin]],
        "Plugins.$": str,
        "ServiceExecutionRoleArn": S,
        "ServiceExecutionRoleArn.$": str,
        "WorkerConfiguration": X[WorkerConfiguration],
        "WorkerConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class S3Location(TypedDict, total=False):
    BucketArn: S
    FileKey: S
    ObjectVersion: S

class CustomPluginLocation(TypedDict, total=False):
    S3Location: X[S3Location]

CreateCustomPluginParameters = TypedDict(
    "CreateCustomPluginParameters",
    {
        "ContentType": S,
        "ContentType.$": str,
        "Description": S,
        "Description.$": str,
        "Location": X[CustomPluginLocation],
        "Location.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateWorkerConfigurationParameters = TypedDict(
    "CreateWorkerConfigurationParameters",
    {
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "PropertiesFileContent": S,
        "PropertiesFileContent.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteConnectorParameters = TypedDict(
    "DeleteConnectorParameters",
    {"ConnectorArn": S, "ConnectorArn.$": str, "CurrentVersion": S, "CurrentVersion.$": str},
    total=False,
)
DeleteCustomPluginParameters = TypedDict(
    "DeleteCustomPluginParameters", {"CustomPluginArn": S, "CustomPluginArn.$": str}, total=False
)
DeleteWorkerConfigurationParameters = TypedDict(
    "DeleteWorkerConfigurationParameters",
    {"WorkerConfigurationArn": S, "WorkerConfigurationArn.$": str},
    total=False,
)
DescribeConnectorParameters = TypedDict(
    "DescribeConnectorParameters", {"ConnectorArn": S, "ConnectorArn.$": str}, total=False
)
DescribeConnectorOperationParameters = TypedDict(
    "DescribeConnectorOperationParameters",
    {"ConnectorOperationArn": S, "ConnectorOperationArn.$": str},
    total=False,
)
DescribeCustomPluginParameters = TypedDict(
    "DescribeCustomPluginParameters", {"CustomPluginArn": S, "CustomPluginArn.$": str}, total=False
)
DescribeWorkerConfigurationParameters = TypedDict(
    "DescribeWorkerConfigurationParameters",
    {"WorkerConfigurationArn": S, "WorkerConfigurationArn.$": str},
    total=False,
)
ListConnectorOperationsParameters = TypedDict(
    "ListConnectorOperationsParameters",
    {
        "ConnectorArn": S,
        "ConnectorArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConnectorsParameters = TypedDict(
    "ListConnectorsParameters",
    {
        "ConnectorNamePrefix": S,
        "ConnectorNamePrefix.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCustomPluginsParameters = TypedDict(
    "ListCustomPluginsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "NamePrefix": S,
        "NamePrefix.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListWorkerConfigurationsParameters = TypedDict(
    "ListWorkerConfigurationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "NamePrefix": S,
        "NamePrefix.$": str,
    },
    total=False,
)
PauseConnectorParameters = TypedDict(
    "PauseConnectorParameters", {"ConnectorArn": S, "ConnectorArn.$": str}, total=False
)
RestartConnectorParameters = TypedDict(
    "RestartConnectorParameters",
    {"ConnectorArn": S, "ConnectorArn.$": str, "OnlyFailedTasks": B, "OnlyFailedTasks.$": str},
    total=False,
)
ResumeConnectorParameters = TypedDict(
    "ResumeConnectorParameters", {"ConnectorArn": S, "ConnectorArn.$": str}, total=False
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

class ScaleInPolicyUpdate(TypedDict, total=False):
    CpuUtilizationPercentage: I

class ScaleOutPolicyUpdate(TypedDict, total=False):
    CpuUtilizationPercentage: I

class AutoScalingUpdate(TypedDict, total=False):
    MaxWorkerCount: I
    McuCount: I
    MinWorkerCount: I
    ScaleInPolicy: X[ScaleInPolicyUpdate]
    ScaleOutPolicy: X[ScaleOutPolicyUpdate]
    MaxAutoscalingTaskCount: I

class ProvisionedCapacityUpdate(TypedDict, total=False):
    McuCount: I
    WorkerCount: I

class CapacityUpdate(TypedDict, total=False):
    AutoScaling: X[AutoScalingUpdate]
    ProvisionedCapacity: X[ProvisionedCapacityUpdate]

class CustomPluginUpdate(TypedDict, total=False):
    CustomPluginArn: S
    Revision: I

class PluginUpdate(TypedDict, total=False):
    CustomPlugin: X[CustomPluginUpdate]

class WorkerConfigurationUpdate(TypedDict, total=False):
    Revision: I
    WorkerConfigurationArn: S

UpdateConnectorParameters = TypedDict(
    "UpdateConnectorParameters",
    {
        "Capacity": X[CapacityUpdate],
        "Capacity.$": str,
        "ConnectorConfiguration": M[S],
        "ConnectorConfiguration.$": str,
        "SkipHealthValidation": B,
        "SkipHealthValidation.$": str,
        "ConnectorArn": S,
        "ConnectorArn.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "Plugins": L[Xi[PluginUpdate]],
        "Plugins.$": str,
        "WorkerConfiguration": X[WorkerConfigurationUpdate],
        "WorkerConfiguration.$": str,
        "UseDefaultWorkerConfiguration": B,
        "UseDefaultWorkerConfiguration.$": str,
    },
    total=False,
)
create_connector: Builder[CreateConnectorParameters]
create_custom_plugin: Builder[CreateCustomPluginParameters]
create_worker_configuration: Builder[CreateWorkerConfigurationParameters]
delete_connector: Builder[DeleteConnectorParameters]
delete_custom_plugin: Builder[DeleteCustomPluginParameters]
delete_worker_configuration: Builder[DeleteWorkerConfigurationParameters]
describe_connector: Builder[DescribeConnectorParameters]
describe_connector_operation: Builder[DescribeConnectorOperationParameters]
describe_custom_plugin: Builder[DescribeCustomPluginParameters]
describe_worker_configuration: Builder[DescribeWorkerConfigurationParameters]
list_connector_operations: Builder[ListConnectorOperationsParameters]
list_connectors: Builder[ListConnectorsParameters]
list_custom_plugins: Builder[ListCustomPluginsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_worker_configurations: Builder[ListWorkerConfigurationsParameters]
pause_connector: Builder[PauseConnectorParameters]
restart_connector: Builder[RestartConnectorParameters]
resume_connector: Builder[ResumeConnectorParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_connector: Builder[UpdateConnectorParameters]

__all__ = [
    "create_connector",
    "create_custom_plugin",
    "create_worker_configuration",
    "delete_connector",
    "delete_custom_plugin",
    "delete_worker_configuration",
    "describe_connector",
    "describe_connector_operation",
    "describe_custom_plugin",
    "describe_worker_configuration",
    "list_connector_operations",
    "list_connectors",
    "list_custom_plugins",
    "list_tags_for_resource",
    "list_worker_configurations",
    "pause_connector",
    "restart_connector",
    "resume_connector",
    "tag_resource",
    "untag_resource",
    "update_connector",
]
