"""Typed builders of the AWS SDK integration of codedeploy (``aws-sdk:codedeploy:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, Li, M, S, Si, T, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsToOnPremisesInstancesParameters = TypedDict(
    "AddTagsToOnPremisesInstancesParameters",
    {"Tags": L[Xi[Tag]], "Tags.$": str, "InstanceNames": L[Si], "InstanceNames.$": str},
    total=False,
)

class S3Location(TypedDict, total=False):
    Bucket: S
    Key: S
    BundleType: S
    Version: S
    ETag: S

class GitHubLocation(TypedDict, total=False):
    Repository: S
    CommitId: S

class RawString(TypedDict, total=False):
    Content: S
    Sha256: S

class AppSpecContent(TypedDict, total=False):
    Content: S
    Sha256: S

class RevisionLocation(TypedDict, total=False):
    RevisionType: S
    S3Location: X[S3Location]
    GitHubLocation: X[GitHubLocation]
    String: X[RawString]
    AppSpecContent: X[AppSpecContent]

BatchGetApplicationRevisionsParameters = TypedDict(
    "BatchGetApplicationRevisionsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "Revisions": L[Xi[RevisionLocation]],
        "Revisions.$": str,
    },
    total=False,
)
BatchGetApplicationsParameters = TypedDict(
    "BatchGetApplicationsParameters",
    {"ApplicationNames": L[Si], "ApplicationNames.$": str},
    total=False,
)
BatchGetDeploymentGroupsParameters = TypedDict(
    "BatchGetDeploymentGroupsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "DeploymentGroupNames": L[Si],
        "DeploymentGroupNames.$": str,
    },
    total=False,
)
BatchGetDeploymentInstancesParameters = TypedDict(
    "BatchGetDeploymentInstancesParameters",
    {"DeploymentId": S, "DeploymentId.$": str, "InstanceIds": L[Si], "InstanceIds.$": str},
    total=False,
)
BatchGetDeploymentTargetsParameters = TypedDict(
    "BatchGetDeploymentTargetsParameters",
    {"DeploymentId": S, "DeploymentId.$": str, "TargetIds": L[Si], "TargetIds.$": str},
    total=False,
)
BatchGetDeploymentsParameters = TypedDict(
    "BatchGetDeploymentsParameters", {"DeploymentIds": L[Si], "DeploymentIds.$": str}, total=False
)
BatchGetOnPremisesInstancesParameters = TypedDict(
    "BatchGetOnPremisesInstancesParameters",
    {"InstanceNames": L[Si], "InstanceNames.$": str},
    total=False,
)
ContinueDeploymentParameters = TypedDict(
    "ContinueDeploymentParameters",
    {
        "DeploymentId": S,
        "DeploymentId.$": str,
        "DeploymentWaitType": S,
        "DeploymentWaitType.$": str,
    },
    total=False,
)
CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "ComputePlatform": S,
        "ComputePlatform.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class EC2TagFilter(TypedDict, total=False):
    Key: S
    Value: S
    Type: S

class EC2TagSet(TypedDict, total=False):
    Ec2TagSetList: L[Li[Xi[EC2TagFilter]]]

class TargetInstances(TypedDict, total=False):
    TagFilters: L[Xi[EC2TagFilter]]
    AutoScalingGroups: L[Si]
    Ec2TagSet: X[EC2TagSet]

class AutoRollbackConfiguration(TypedDict, total=False):
    Enabled: B
    Events: L[Si]

class Alarm(TypedDict, total=False):
    Name: S

class AlarmConfiguration(TypedDict, total=False):
    Enabled: B
    IgnorePollAlarmFailure: B
    Alarms: L[Xi[Alarm]]

class EC2DeploymentOptions(TypedDict, total=False):
    AutoScalingGroupProcessesToSuspend: L[Si]

CreateDeploymentParameters = TypedDict(
    "CreateDeploymentParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "DeploymentGroupName": S,
        "DeploymentGroupName.$": str,
        "Revision": X[RevisionLocation],
        "Revision.$": str,
        "DeploymentConfigName": S,
        "DeploymentConfigName.$": str,
        "Description": S,
        "Description.$": str,
        "IgnoreApplicationStopFailures": B,
        "IgnoreApplicationStopFailures.$": str,
        "TargetInstances": X[TargetInstances],
        "TargetInstances.$": str,
        "AutoRollbackConfiguration": X[AutoRollbackConfiguration],
        "AutoRollbackConfiguration.$": str,
        "UpdateOutdatedInstancesOnly": B,
        "UpdateOutdatedInstancesOnly.$": str,
        "FileExistsBehavior": S,
        "FileExistsBehavior.$": str,
        "DeploymentMode": S,
        "DeploymentMode.$": str,
        "OverrideAlarmConfiguration": X[AlarmConfiguration],
        "OverrideAlarmConfiguration.$": str,
        "Ec2DeploymentOptions": X[EC2DeploymentOptions],
        "Ec2DeploymentOptions.$": str,
    },
    total=False,
)

class MinimumHealthyHosts(TypedDict, total=False):
    Type: S
    Value: I

class TimeBasedCanary(TypedDict, total=False):
    CanaryPercentage: I
    CanaryInterval: I

class TimeBasedLinear(TypedDict, total=False):
    LinearPercentage: I
    LinearInterval: I

class TrafficRoutingConfig(TypedDict, total=False):
    Type: S
    TimeBasedCanary: X[TimeBasedCanary]
    TimeBasedLinear: X[TimeBasedLinear]

class MinimumHealthyHostsPerZone(TypedDict, total=False):
    Type: S
    Value: I

class ZonalConfig(TypedDict, total=False):
    FirstZoneMonitorDurationInSeconds: I
    MonitorDurationInSeconds: I
    MinimumHealthyHostsPerZone: X[MinimumHealthyHostsPerZone]

CreateDeploymentConfigParameters = TypedDict(
    "CreateDeploymentConfigParameters",
    {
        "DeploymentConfigName": S,
        "DeploymentConfigName.$": str,
        "MinimumHealthyHosts": X[MinimumHealthyHosts],
        "MinimumHealthyHosts.$": str,
        "TrafficRoutingConfig": X[TrafficRoutingConfig],
        "TrafficRoutingConfig.$": str,
        "ComputePlatform": S,
        "ComputePlatform.$": str,
        "ZonalConfig": X[ZonalConfig],
        "ZonalConfig.$": str,
    },
    total=False,
)

class TagFilter(TypedDict, total=False):
    Key: S
    Value: S
    Type: S

class TriggerConfig(TypedDict, total=False):
    TriggerName: S
    TriggerTargetArn: S
    TriggerEvents: L[Si]

class DeploymentStyle(TypedDict, total=False):
    DeploymentType: S
    DeploymentOption: S

class BlueInstanceTerminationOption(TypedDict, total=False):
    Action: S
    TerminationWaitTimeInMinutes: I

class DeploymentReadyOption(TypedDict, total=False):
    ActionOnTimeout: S
    WaitTimeInMinutes: I

class GreenFleetProvisioningOption(TypedDict, total=False):
    Action: S

class BlueGreenDeploymentConfiguration(TypedDict, total=False):
    TerminateBlueInstancesOnDeploymentSuccess: X[BlueInstanceTerminationOption]
    DeploymentReadyOption: X[DeploymentReadyOption]
    GreenFleetProvisioningOption: X[GreenFleetProvisioningOption]

class ELBInfo(TypedDict, total=False):
    Name: S

class TargetGroupInfo(TypedDict, total=False):
    Name: S

class TrafficRoute(TypedDict, total=False):
    ListenerArns: L[Si]

class TargetGroupPairInfo(TypedDict, total=False):
    TargetGroups: L[Xi[TargetGroupInfo]]
    ProdTrafficRoute: X[TrafficRoute]
    TestTrafficRoute: X[TrafficRoute]

class LoadBalancerInfo(TypedDict, total=False):
    ElbInfoList: L[Xi[ELBInfo]]
    TargetGroupInfoList: L[Xi[TargetGroupInfo]]
    TargetGroupPairInfoList: L[Xi[TargetGroupPairInfo]]

class ECSService(TypedDict, total=False):
    ServiceName: S
    ClusterName: S

class OnPremisesTagSet(TypedDict, total=False):
    OnPremisesTagSetList: L[Li[Xi[TagFilter]]]

CreateDeploymentGroupParameters = TypedDict(
    "CreateDeploymentGroupParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "DeploymentGroupName": S,
        "DeploymentGroupName.$": str,
        "DeploymentConfigName": S,
        "DeploymentConfigName.$": str,
        "Ec2TagFilters": L[Xi[EC2TagFilter]],
        "Ec2TagFilters.$": str,
        "OnPremisesInstanceTagFilters": L[Xi[TagFilter]],
        "OnPremisesInstanceTagFilters.$": str,
        "AutoScalingGroups": L[Si],
        "AutoScalingGroups.$": str,
        "ServiceRoleArn": S,
        "ServiceRoleArn.$": str,
        "TriggerConfigurations": L[Xi[TriggerConfig]],
        "TriggerConfigurations.$": str,
        "AlarmConfiguration": X[AlarmConfiguration],
        "AlarmConfiguration.$": str,
        "AutoRollbackConfiguration": X[AutoRollbackConfiguration],
        "AutoRollbackConfiguration.$": str,
        "OutdatedInstancesStrategy": S,
        "OutdatedInstancesStrategy.$": str,
        "DeploymentStyle": X[DeploymentStyle],
        "DeploymentStyle.$": str,
        "BlueGreenDeploymentConfiguration": X[BlueGreenDeploymentConfiguration],
        "BlueGreenDeploymentConfiguration.$": str,
        "LoadBalancerInfo": X[LoadBalancerInfo],
        "LoadBalancerInfo.$": str,
        "Ec2TagSet": X[EC2TagSet],
        "Ec2TagSet.$": str,
        "EcsServices": L[Xi[ECSService]],
        "EcsServices.$": str,
        "OnPremisesTagSet": X[OnPremisesTagSet],
        "OnPremisesTagSet.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Ec2DeploymentOptions": X[EC2DeploymentOptions],
        "Ec2DeploymentOptions.$": str,
        "TerminationHookEnabled": B,
        "TerminationHookEnabled.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"ApplicationName": S, "ApplicationName.$": str}, total=False
)
DeleteDeploymentConfigParameters = TypedDict(
    "DeleteDeploymentConfigParameters",
    {"DeploymentConfigName": S, "DeploymentConfigName.$": str},
    total=False,
)
DeleteDeploymentGroupParameters = TypedDict(
    "DeleteDeploymentGroupParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "DeploymentGroupName": S,
        "DeploymentGroupName.$": str,
    },
    total=False,
)
DeleteGitHubAccountTokenParameters = TypedDict(
    "DeleteGitHubAccountTokenParameters", {"TokenName": S, "TokenName.$": str}, total=False
)
DeleteResourcesByExternalIdParameters = TypedDict(
    "DeleteResourcesByExternalIdParameters", {"ExternalId": S, "ExternalId.$": str}, total=False
)
DeregisterOnPremisesInstanceParameters = TypedDict(
    "DeregisterOnPremisesInstanceParameters",
    {"InstanceName": S, "InstanceName.$": str},
    total=False,
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters", {"ApplicationName": S, "ApplicationName.$": str}, total=False
)
GetApplicationRevisionParameters = TypedDict(
    "GetApplicationRevisionParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "Revision": X[RevisionLocation],
        "Revision.$": str,
    },
    total=False,
)
GetDeploymentParameters = TypedDict(
    "GetDeploymentParameters", {"DeploymentId": S, "DeploymentId.$": str}, total=False
)
GetDeploymentConfigParameters = TypedDict(
    "GetDeploymentConfigParameters",
    {"DeploymentConfigName": S, "DeploymentConfigName.$": str},
    total=False,
)
GetDeploymentGroupParameters = TypedDict(
    "GetDeploymentGroupParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "DeploymentGroupName": S,
        "DeploymentGroupName.$": str,
    },
    total=False,
)
GetDeploymentInstanceParameters = TypedDict(
    "GetDeploymentInstanceParameters",
    {"DeploymentId": S, "DeploymentId.$": str, "InstanceId": S, "InstanceId.$": str},
    total=False,
)
GetDeploymentTargetParameters = TypedDict(
    "GetDeploymentTargetParameters",
    {"DeploymentId": S, "DeploymentId.$": str, "TargetId": S, "TargetId.$": str},
    total=False,
)
GetOnPremisesInstanceParameters = TypedDict(
    "GetOnPremisesInstanceParameters", {"InstanceName": S, "InstanceName.$": str}, total=False
)
ListApplicationRevisionsParameters = TypedDict(
    "ListApplicationRevisionsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "S3Bucket": S,
        "S3Bucket.$": str,
        "S3KeyPrefix": S,
        "S3KeyPrefix.$": str,
        "Deployed": S,
        "Deployed.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListDeploymentConfigsParameters = TypedDict(
    "ListDeploymentConfigsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListDeploymentGroupsParameters = TypedDict(
    "ListDeploymentGroupsParameters",
    {"ApplicationName": S, "ApplicationName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDeploymentInstancesParameters = TypedDict(
    "ListDeploymentInstancesParameters",
    {
        "DeploymentId": S,
        "DeploymentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "InstanceStatusFilter": L[Si],
        "InstanceStatusFilter.$": str,
        "InstanceTypeFilter": L[Si],
        "InstanceTypeFilter.$": str,
    },
    total=False,
)
ListDeploymentTargetsParameters = TypedDict(
    "ListDeploymentTargetsParameters",
    {
        "DeploymentId": S,
        "DeploymentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TargetFilters": M[L[Si]],
        "TargetFilters.$": str,
    },
    total=False,
)

class TimeRange(TypedDict, total=False):
    Start: T
    End: T

ListDeploymentsParameters = TypedDict(
    "ListDeploymentsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "DeploymentGroupName": S,
        "DeploymentGroupName.$": str,
        "ExternalId": S,
        "ExternalId.$": str,
        "IncludeOnlyStatuses": L[Si],
        "IncludeOnlyStatuses.$": str,
        "CreateTimeRange": X[TimeRange],
        "CreateTimeRange.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGitHubAccountTokenNamesParameters = TypedDict(
    "ListGitHubAccountTokenNamesParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListOnPremisesInstancesParameters = TypedDict(
    "ListOnPremisesInstancesParameters",
    {
        "RegistrationStatus": S,
        "RegistrationStatus.$": str,
        "TagFilters": L[Xi[TagFilter]],
        "TagFilters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
PutLifecycleEventHookExecutionStatusParameters = TypedDict(
    "PutLifecycleEventHookExecutionStatusParameters",
    {
        "DeploymentId": S,
        "DeploymentId.$": str,
        "LifecycleEventHookExecutionId": S,
        "LifecycleEventHookExecutionId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
RegisterApplicationRevisionParameters = TypedDict(
    "RegisterApplicationRevisionParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "Description": S,
        "Description.$": str,
        "Revision": X[RevisionLocation],
        "Revision.$": str,
    },
    total=False,
)
RegisterOnPremisesInstanceParameters = TypedDict(
    "RegisterOnPremisesInstanceParameters",
    {
        "InstanceName": S,
        "InstanceName.$": str,
        "IamSessionArn": S,
        "IamSessionArn.$": str,
        "IamUserArn": S,
        "IamUserArn.$": str,
    },
    total=False,
)
RemoveTagsFromOnPremisesInstancesParameters = TypedDict(
    "RemoveTagsFromOnPremisesInstancesParameters",
    {"Tags": L[Xi[Tag]], "Tags.$": str, "InstanceNames": L[Si], "InstanceNames.$": str},
    total=False,
)
SkipWaitTimeForInstanceTerminationParameters = TypedDict(
    "SkipWaitTimeForInstanceTerminationParameters",
    {"DeploymentId": S, "DeploymentId.$": str},
    total=False,
)
StopDeploymentParameters = TypedDict(
    "StopDeploymentParameters",
    {
        "DeploymentId": S,
        "DeploymentId.$": str,
        "AutoRollbackEnabled": B,
        "AutoRollbackEnabled.$": str,
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
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "NewApplicationName": S,
        "NewApplicationName.$": str,
    },
    total=False,
)
UpdateDeploymentGroupParameters = TypedDict(
    "UpdateDeploymentGroupParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "CurrentDeploymentGroupName": S,
        "CurrentDeploymentGroupName.$": str,
        "NewDeploymentGroupName": S,
        "NewDeploymentGroupName.$": str,
        "DeploymentConfigName": S,
        "DeploymentConfigName.$": str,
        "Ec2TagFilters": L[Xi[EC2TagFilter]],
        "Ec2TagFilters.$": str,
        "OnPremisesInstanceTagFilters": L[Xi[TagFilter]],
        "OnPremisesInstanceTagFilters.$": str,
        "AutoScalingGroups": L[Si],
        "AutoScalingGroups.$": str,
        "ServiceRoleArn": S,
        "ServiceRoleArn.$": str,
        "TriggerConfigurations": L[Xi[TriggerConfig]],
        "TriggerConfigurations.$": str,
        "AlarmConfiguration": X[AlarmConfiguration],
        "AlarmConfiguration.$": str,
        "AutoRollbackConfiguration": X[AutoRollbackConfiguration],
        "AutoRollbackConfiguration.$": str,
        "OutdatedInstancesStrategy": S,
        "OutdatedInstancesStrategy.$": str,
        "DeploymentStyle": X[DeploymentStyle],
        "DeploymentStyle.$": str,
        "BlueGreenDeploymentConfiguration": X[BlueGreenDeploymentConfiguration],
        "BlueGreenDeploymentConfiguration.$": str,
        "LoadBalancerInfo": X[LoadBalancerInfo],
        "LoadBalancerInfo.$": str,
        "Ec2TagSet": X[EC2TagSet],
        "Ec2TagSet.$": str,
        "EcsServices": L[Xi[ECSService]],
        "EcsServices.$": str,
        "OnPremisesTagSet": X[OnPremisesTagSet],
        "OnPremisesTagSet.$": str,
        "Ec2DeploymentOptions": X[EC2DeploymentOptions],
        "Ec2DeploymentOptions.$": str,
        "TerminationHookEnabled": B,
        "TerminationHookEnabled.$": str,
    },
    total=False,
)
add_tags_to_on_premises_instances: Builder[AddTagsToOnPremisesInstancesParameters]
batch_get_application_revisions: Builder[BatchGetApplicationRevisionsParameters]
batch_get_applications: Builder[BatchGetApplicationsParameters]
batch_get_deployment_groups: Builder[BatchGetDeploymentGroupsParameters]
batch_get_deployment_instances: Builder[BatchGetDeploymentInstancesParameters]
batch_get_deployment_targets: Builder[BatchGetDeploymentTargetsParameters]
batch_get_deployments: Builder[BatchGetDeploymentsParameters]
batch_get_on_premises_instances: Builder[BatchGetOnPremisesInstancesParameters]
continue_deployment: Builder[ContinueDeploymentParameters]
create_application: Builder[CreateApplicationParameters]
create_deployment: Builder[CreateDeploymentParameters]
create_deployment_config: Builder[CreateDeploymentConfigParameters]
create_deployment_group: Builder[CreateDeploymentGroupParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_deployment_config: Builder[DeleteDeploymentConfigParameters]
delete_deployment_group: Builder[DeleteDeploymentGroupParameters]
delete_git_hub_account_token: Builder[DeleteGitHubAccountTokenParameters]
delete_resources_by_external_id: Builder[DeleteResourcesByExternalIdParameters]
deregister_on_premises_instance: Builder[DeregisterOnPremisesInstanceParameters]
get_application: Builder[GetApplicationParameters]
get_application_revision: Builder[GetApplicationRevisionParameters]
get_deployment: Builder[GetDeploymentParameters]
get_deployment_config: Builder[GetDeploymentConfigParameters]
get_deployment_group: Builder[GetDeploymentGroupParameters]
get_deployment_instance: Builder[GetDeploymentInstanceParameters]
get_deployment_target: Builder[GetDeploymentTargetParameters]
get_on_premises_instance: Builder[GetOnPremisesInstanceParameters]
list_application_revisions: Builder[ListApplicationRevisionsParameters]
list_applications: Builder[ListApplicationsParameters]
list_deployment_configs: Builder[ListDeploymentConfigsParameters]
list_deployment_groups: Builder[ListDeploymentGroupsParameters]
list_deployment_instances: Builder[ListDeploymentInstancesParameters]
list_deployment_targets: Builder[ListDeploymentTargetsParameters]
list_deployments: Builder[ListDeploymentsParameters]
list_git_hub_account_token_names: Builder[ListGitHubAccountTokenNamesParameters]
list_on_premises_instances: Builder[ListOnPremisesInstancesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_lifecycle_event_hook_execution_status: Builder[PutLifecycleEventHookExecutionStatusParameters]
register_application_revision: Builder[RegisterApplicationRevisionParameters]
register_on_premises_instance: Builder[RegisterOnPremisesInstanceParameters]
remove_tags_from_on_premises_instances: Builder[RemoveTagsFromOnPremisesInstancesParameters]
skip_wait_time_for_instance_termination: Builder[SkipWaitTimeForInstanceTerminationParameters]
stop_deployment: Builder[StopDeploymentParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_application: Builder[UpdateApplicationParameters]
update_deployment_group: Builder[UpdateDeploymentGroupParameters]

__all__ = [
    "add_tags_to_on_premises_instances",
    "batch_get_application_revisions",
    "batch_get_applications",
    "batch_get_deployment_groups",
    "batch_get_deployment_instances",
    "batch_get_deployment_targets",
    "batch_get_deployments",
    "batch_get_on_premises_instances",
    "continue_deployment",
    "create_application",
    "create_deployment",
    "create_deployment_config",
    "create_deployment_group",
    "delete_application",
    "delete_deployment_config",
    "delete_deployment_group",
    "delete_git_hub_account_token",
    "delete_resources_by_external_id",
    "deregister_on_premises_instance",
    "get_application",
    "get_application_revision",
    "get_deployment",
    "get_deployment_config",
    "get_deployment_group",
    "get_deployment_instance",
    "get_deployment_target",
    "get_on_premises_instance",
    "list_application_revisions",
    "list_applications",
    "list_deployment_configs",
    "list_deployment_groups",
    "list_deployment_instances",
    "list_deployment_targets",
    "list_deployments",
    "list_git_hub_account_token_names",
    "list_on_premises_instances",
    "list_tags_for_resource",
    "put_lifecycle_event_hook_execution_status",
    "register_application_revision",
    "register_on_premises_instance",
    "remove_tags_from_on_premises_instances",
    "skip_wait_time_for_instance_termination",
    "stop_deployment",
    "tag_resource",
    "untag_resource",
    "update_application",
    "update_deployment_group",
]
