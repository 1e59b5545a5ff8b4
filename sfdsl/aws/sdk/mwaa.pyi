"""Typed builders of the AWS SDK integration of mwaa (``aws-sdk:mwaa:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, L, M, S, Si, T, X, Xi

CreateCliTokenParameters = TypedDict(
    "CreateCliTokenParameters", {"Name": S, "Name.$": str}, total=False
)

class NetworkConfiguration(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]

class ModuleLoggingConfigurationInput(TypedDict, total=False):
    Enabled: B
    LogLevel: S

class LoggingConfigurationInput(TypedDict, total=False):
    DagProcessingLogs: X[ModuleLoggingConfigurationInput]
    SchedulerLogs: X[ModuleLoggingConfigurationInput]
    WebserverLogs: X[ModuleLoggingConfigurationInput]
    WorkerLogs: X[ModuleLoggingConfigurationInput]
    TaskLogs: X[ModuleLoggingConfigurationInput]

class IdentityCenterConfiguration(TypedDict, total=False):
    StartUrl: S
    IdentityStoreId: S

class TeamConfig(TypedDict, total=False):
    SourceBucketArn: S
    DagS3Path: S

CreateEnvironmentParameters = TypedDict(
    "CreateEnvironmentParameters",
    {
        "Name": S,
        "Name.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "SourceBucketArn": S,
        "SourceBucketArn.$": str,
        "DagS3Path": S,
        "DagS3Path.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "PluginsS3Path": S,
        "PluginsS3Path.$": str,
        "PluginsS3ObjectVersion": S,
        "PluginsS3ObjectVersion.$": str,
        "RequirementsS3Path": S,
        "RequirementsS3Path.$": str,
        "RequirementsS3ObjectVersion": S,
        "RequirementsS3ObjectVersion.$": str,
        "StartupScriptS3Path": S,
        "StartupScriptS3Path.$": str,
        "StartupScriptS3ObjectVersion": S,
        "StartupScriptS3ObjectVersion.$": str,
        "AirflowConfigurationOptions": M[S],
        "AirflowConfigurationOptions.$": str,
        "EnvironmentClass": S,
        "EnvironmentClass.$": str,
        "MaxWorkers": I,
        "MaxWorkers.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "AirflowVersion": S,
        "AirflowVersion.$": str,
        "LoggingConfiguration": X[LoggingConfigurationInput],
        "LoggingConfiguration.$": str,
        "WeeklyMaintenanceWindowStart": S,
        "WeeklyMaintenanceWindowStart.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "WebserverAccessMode": S,
        "WebserverAccessMode.$": str,
        "MinWorkers": I,
        "MinWorkers.$": str,
        "Schedulers": I,
        "Schedulers.$": str,
        "EndpointManagement": S,
        "EndpointManagement.$": str,
        "MinWebservers": I,
        "MinWebservers.$": str,
        "MaxWebservers": I,
        "MaxWebservers.$": str,
        "IdentityCenterConfiguration": X[IdentityCenterConfiguration],
        "IdentityCenterConfiguration.$": str,
        "Teams": M[X[TeamConfig]],
        "Teams.$": str,
    },
    total=False,
)
CreateWebLoginTokenParameters = TypedDict(
    "CreateWebLoginTokenParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteEnvironmentParameters = TypedDict(
    "DeleteEnvironmentParameters", {"Name": S, "Name.$": str}, total=False
)
GetEnvironmentParameters = TypedDict(
    "GetEnvironmentParameters", {"Name": S, "Name.$": str}, total=False
)
InvokeRestApiParameters = TypedDict(
    "InvokeRestApiParameters",
    {
        "Name": S,
        "Name.$": str,
        "Path": S,
        "Path.$": str,
        "Method": S,
        "Method.$": str,
        "QueryParameters": Doc,
        "QueryParameters.$": str,
        "Body": Doc,
        "Body.$": str,
    },
    total=False,
)
ListEnvironmentsParameters = TypedDict(
    "ListEnvironmentsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class Dimension(TypedDict, total=False):
    Name: S
    Value: S

class StatisticSet(TypedDict, total=False):
    SampleCount: I
    Sum: F
    Minimum: F
    Maximum: F

class MetricDatum(TypedDict, total=False):
    MetricName: S
    Timestamp: T
    Dimensions: L[Xi[Dimension]]
    Value: F
    Unit: S
    StatisticValues: X[StatisticSet]

PublishMetricsParameters = TypedDict(
    "PublishMetricsParameters",
    {
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "MetricData": L[Xi[MetricDatum]],
        "MetricData.$": str,
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

class UpdateNetworkConfigurationInput(TypedDict, total=False):
    SecurityGroupIds: L[Si]

class UpdateTeamsInput(TypedDict, total=False):
    AddOrUpdate: M[X[TeamConfig]]
    Remove: L[Si]

UpdateEnvironmentParameters = TypedDict(
    "UpdateEnvironmentParameters",
    {
        "Name": S,
        "Name.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "AirflowConfigurationOptions": M[S],
        "AirflowConfigurationOptions.$": str,
        "AirflowVersion": S,
        "AirflowVersion.$": str,
        "DagS3Path": S,
        "DagS3Path.$": str,
        "EnvironmentClass": S,
        "EnvironmentClass.$": str,
        "LoggingConfiguration": X[LoggingConfigurationInput],
        "LoggingConfiguration.$": str,
        "MaxWorkers": I,
        "MaxWorkers.$": str,
        "MinWorkers": I,
        "MinWorkers.$": str,
        "MaxWebservers": I,
        "MaxWebservers.$": str,
        "MinWebservers": I,
        "MinWebservers.$": str,
        "WorkerReplacementStrategy": S,
        "WorkerReplacementStrategy.$": str,
        "NetworkConfiguration": X[UpdateNetworkConfigurationInput],
        "NetworkConfiguration.$": str,
        "PluginsS3Path": S,
        "PluginsS3Path.$": str,
        "PluginsS3ObjectVersion": S,
        "PluginsS3ObjectVersion.$": str,
        "RequirementsS3Path": S,
        "RequirementsS3Path.$": str,
        "RequirementsS3ObjectVersion": S,
        "RequirementsS3ObjectVersion.$": str,
        "Schedulers": I,
        "Schedulers.$": str,
        "SourceBucketArn": S,
        "SourceBucketArn.$": str,
        "StartupScriptS3Path": S,
        "StartupScriptS3Path.$": str,
        "StartupScriptS3ObjectVersion": S,
        "StartupScriptS3ObjectVersion.$": str,
        "WebserverAccessMode": S,
        "WebserverAccessMode.$": str,
        "WeeklyMaintenanceWindowStart": S,
        "WeeklyMaintenanceWindowStart.$": str,
        "IdentityCenterConfiguration": X[IdentityCenterConfiguration],
        "IdentityCenterConfiguration.$": str,
        "Teams": X[UpdateTeamsInput],
        "Teams.$": str,
    },
    total=False,
)
create_cli_token: Builder[CreateCliTokenParameters]
create_environment: Builder[CreateEnvironmentParameters]
create_web_login_token: Builder[CreateWebLoginTokenParameters]
delete_environment: Builder[DeleteEnvironmentParameters]
get_environment: Builder[GetEnvironmentParameters]
invoke_rest_api: Builder[InvokeRestApiParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
publish_metrics: Builder[PublishMetricsParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_environment: Builder[UpdateEnvironmentParameters]

__all__ = [
    "create_cli_token",
    "create_environment",
    "create_web_login_token",
    "delete_environment",
    "get_environment",
    "invoke_rest_api",
    "list_environments",
    "list_tags_for_resource",
    "publish_metrics",
    "tag_resource",
    "untag_resource",
    "update_environment",
]
