"""Typed builders of the AWS SDK integration of greengrassv2 (``aws-sdk:greengrassv2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

AssociateServiceRoleToAccountParameters = TypedDict(
    "AssociateServiceRoleToAccountParameters", {"RoleArn": S, "RoleArn.$": str}, total=False
)

class AssociateClientDeviceWithCoreDeviceEntry(TypedDict, total=False):
    ThingName: S

BatchAssociateClientDeviceWithCoreDeviceParameters = TypedDict(
    "BatchAssociateClientDeviceWithCoreDeviceParameters",
    {
        "Entries": L[Xi[AssociateClientDeviceWithCoreDeviceEntry]],
        "Entries.$": str,
        "CoreDeviceThingName": S,
        "CoreDeviceThingName.$": str,
    },
    total=False,
)

class DisassociateClientDeviceFromCoreDeviceEntry(TypedDict, total=False):
    ThingName: S

BatchDisassociateClientDeviceFromCoreDeviceParameters = TypedDict(
    "BatchDisassociateClientDeviceFromCoreDeviceParameters",
    {
        "Entries": L[Xi[DisassociateClientDeviceFromCoreDeviceEntry]],
        "Entries.$": str,
        "CoreDeviceThingName": S,
        "CoreDeviceThingName.$": str,
    },
    total=False,
)
CancelDeploymentParameters = TypedDict(
    "CancelDeploymentParameters", {"DeploymentId": S, "DeploymentId.$": str}, total=False
)

class ComponentPlatform(TypedDict, total=False):
    Name: S
    Attributes: M[S]

class ComponentDependencyRequirement(TypedDict, total=False):
    VersionRequirement: S
    DependencyType: S

class LambdaEventSource(TypedDict, total=False):
    Topic: S
    Type: S

class LambdaVolumeMount(TypedDict, total=False):
    SourcePath: S
    DestinationPath: S
    Permission: S
    AddGroupOwner: B

class LambdaDeviceMount(TypedDict, total=False):
    Path: S
    Permission: S
    AddGroupOwner: B

class LambdaContainerParams(TypedDict, total=False):
    MemorySizeInKB: I
    MountROSysfs: B
    Volumes: L[Xi[LambdaVolumeMount]]
    Devices: L[Xi[LambdaDeviceMount]]

class LambdaLinuxProcessParams(TypedDict, total=False):
    IsolationMode: S
    ContainerParams: X[LambdaContainerParams]

class LambdaExecutionParameters(TypedDict, total=False):
    EventSources: L[Xi[LambdaEventSource]]
    MaxQueueSize: I
    MaxInstancesCount: I
    MaxIdleTimeInSeconds: I
    TimeoutInSeconds: I
    StatusTimeoutInSeconds: I
    Pinned: B
    InputPayloadEncodingType: S
    ExecArgs: L[Si]
    EnvironmentVariables: M[S]
    LinuxProcessParams: X[LambdaLinuxProcessParams]

class LambdaFunctionRecipeSource(TypedDict, total=False):
    LambdaArn: S
    ComponentName: S
    ComponentVersion: S
    ComponentPlatforms: L[Xi[ComponentPlatform]]
    ComponentDependencies: M[X[ComponentDependencyRequirement]]
    ComponentLambdaParameters: X[LambdaExecutionParameters]

CreateComponentVersionParameters = TypedDict(
    "CreateComponentVersionParameters",
    {
        "InlineRecipe": S,
        "InlineRecipe.$": str,
        "LambdaFunction": X[LambdaFunctionRecipeSource],
        "LambdaFunction.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ComponentConfigurationUpdate(TypedDict, total=False):
    Merge: S
    Reset: L[Si]

class SystemResourceLimits(TypedDict, total=False):
    Memory: I
    Cpus: F

class ComponentRunWith(TypedDict, total=False):
    PosixUser: S
    SystemResourceLimits: X[SystemResourceLimits]
    WindowsUser: S

class ComponentDeploymentSpecification(TypedDict, total=False):
    ComponentVersion: S
    ConfigurationUpdate: X[ComponentConfigurationUpdate]
    RunWith: X[ComponentRunWith]

class IoTJobRateIncreaseCriteria(TypedDict, total=False):
    NumberOfNotifiedThings: I
    NumberOfSucceededThings: I

class IoTJobExponentialRolloutRate(TypedDict, total=False):
    BaseRatePerMinute: I
    IncrementFactor: F
    RateIncreaseCriteria: X[IoTJobRateIncreaseCriteria]

class IoTJobExecutionsRolloutConfig(TypedDict, total=False):
    ExponentialRate: X[IoTJobExponentialRolloutRate]
    MaximumPerMinute: I

class IoTJobAbortCriteria(TypedDict, total=False):
    FailureType: S
    Action: S
    ThresholdPercentage: F
    MinNumberOfExecutedThings: I

class IoTJobAbortConfig(TypedDict, total=False):
    CriteriaList: L[Xi[IoTJobAbortCriteria]]

class IoTJobTimeoutConfig(TypedDict, total=False):
    InProgressTimeoutInMinutes: I

class DeploymentIoTJobConfiguration(TypedDict, total=False):
    JobExecutionsRolloutConfig: X[IoTJobExecutionsRolloutConfig]
    AbortConfig: X[IoTJobAbortConfig]
    TimeoutConfig: X[IoTJobTimeoutConfig]

class DeploymentComponentUpdatePolicy(TypedDict, total=False):
    TimeoutInSeconds: I
    Action: S

class DeploymentConfigurationValidationPolicy(TypedDict, total=False):
    TimeoutInSeconds: I

class DeploymentPolicies(TypedDict, total=False):
    FailureHandlingPolicy: S
    ComponentUpdatePolicy: X[DeploymentComponentUpdatePolicy]
    ConfigurationValidationPolicy: X[DeploymentConfigurationValidationPolicy]

CreateDeploymentParameters = TypedDict(
    "CreateDeploymentParameters",
    {
        "TargetArn": S,
        "TargetArn.$": str,
        "DeploymentName": S,
        "DeploymentName.$": str,
        "Components": M[X[ComponentDeploymentSpecification]],
        "Components.$": str,
        "IotJobConfiguration": X[DeploymentIoTJobConfiguration],
        "IotJobConfiguration.$": str,
        "DeploymentPolicies": X[DeploymentPolicies],
        "DeploymentPolicies.$": str,
        "ParentTargetArn": S,
        "ParentTargetArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteComponentParameters = TypedDict(
    "DeleteComponentParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteCoreDeviceParameters = TypedDict(
    "DeleteCoreDeviceParameters",
    {"CoreDeviceThingName": S, "CoreDeviceThingName.$": str},
    total=False,
)
DeleteDeploymentParameters = TypedDict(
    "DeleteDeploymentParameters", {"DeploymentId": S, "DeploymentId.$": str}, total=False
)
DescribeComponentParameters = TypedDict(
    "DescribeComponentParameters", {"Arn": S, "Arn.$": str}, total=False
)

class DisassociateServiceRoleFromAccountParameters(TypedDict, total=False): ...

GetComponentParameters = TypedDict(
    "GetComponentParameters",
    {"RecipeOutputFormat": S, "RecipeOutputFormat.$": str, "Arn": S, "Arn.$": str},
    total=False,
)
GetComponentVersionArtifactParameters = TypedDict(
    "GetComponentVersionArtifactParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ArtifactName": S,
        "ArtifactName.$": str,
        "S3EndpointType": S,
        "S3EndpointType.$": str,
        "IotEndpointType": S,
        "IotEndpointType.$": str,
    },
    total=False,
)
GetConnectivityInfoParameters = TypedDict(
    "GetConnectivityInfoParameters", {"ThingName": S, "ThingName.$": str}, total=False
)
GetCoreDeviceParameters = TypedDict(
    "GetCoreDeviceParameters", {"CoreDeviceThingName": S, "CoreDeviceThingName.$": str}, total=False
)
GetDeploymentParameters = TypedDict(
    "GetDeploymentParameters", {"DeploymentId": S, "DeploymentId.$": str}, total=False
)

class GetServiceRoleForAccountParameters(TypedDict, total=False): ...

ListClientDevicesAssociatedWithCoreDeviceParameters = TypedDict(
    "ListClientDevicesAssociatedWithCoreDeviceParameters",
    {
        "CoreDeviceThingName": S,
        "CoreDeviceThingName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListComponentVersionsParameters = TypedDict(
    "ListComponentVersionsParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListComponentsParameters = TypedDict(
    "ListComponentsParameters",
    {
        "Scope": S,
        "Scope.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCoreDevicesParameters = TypedDict(
    "ListCoreDevicesParameters",
    {
        "ThingGroupArn": S,
        "ThingGroupArn.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Runtime": S,
        "Runtime.$": str,
    },
    total=False,
)
ListDeploymentsParameters = TypedDict(
    "ListDeploymentsParameters",
    {
        "TargetArn": S,
        "TargetArn.$": str,
        "HistoryFilter": S,
        "HistoryFilter.$": str,
        "ParentTargetArn": S,
        "ParentTargetArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEffectiveDeploymentsParameters = TypedDict(
    "ListEffectiveDeploymentsParameters",
    {
        "CoreDeviceThingName": S,
        "CoreDeviceThingName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInstalledComponentsParameters = TypedDict(
    "ListInstalledComponentsParameters",
    {
        "CoreDeviceThingName": S,
        "CoreDeviceThingName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TopologyFilter": S,
        "TopologyFilter.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class ComponentCandidate(TypedDict, total=False):
    ComponentName: S
    ComponentVersion: S
    VersionRequirements: M[S]

ResolveComponentCandidatesParameters = TypedDict(
    "ResolveComponentCandidatesParameters",
    {
        "Platform": X[ComponentPlatform],
        "Platform.$": str,
        "ComponentCandidates": L[Xi[ComponentCandidate]],
        "ComponentCandidates.$": str,
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

class ConnectivityInfo(TypedDict, total=False):
    Id: S
    HostAddress: S
    PortNumber: I
    Metadata: S

UpdateConnectivityInfoParameters = TypedDict(
    "UpdateConnectivityInfoParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "ConnectivityInfo": L[Xi[ConnectivityInfo]],
        "ConnectivityInfo.$": str,
    },
    total=False,
)
associate_service_role_to_account: Builder[AssociateServiceRoleToAccountParameters]
batch_associate_client_device_with_core_device: Builder[
    BatchAssociateClientDeviceWithCoreDeviceParameters
]
batch_disassociate_client_device_from_core_device: Builder[
    BatchDisassociateClientDeviceFromCoreDeviceParameters
]
cancel_deployment: Builder[CancelDeploymentParameters]
create_component_version: Builder[CreateComponentVersionParameters]
create_deployment: Builder[CreateDeploymentParameters]
delete_component: Builder[DeleteComponentParameters]
delete_core_device: Builder[DeleteCoreDeviceParameters]
delete_deployment: Builder[DeleteDeploymentParameters]
describe_component: Builder[DescribeComponentParameters]
disassociate_service_role_from_account: Builder[DisassociateServiceRoleFromAccountParameters]
get_component: Builder[GetComponentParameters]
get_component_version_artifact: Builder[GetComponentVersionArtifactParameters]
get_connectivity_info: Builder[GetConnectivityInfoParameters]
get_core_device: Builder[GetCoreDeviceParameters]
get_deployment: Builder[GetDeploymentParameters]
get_service_role_for_account: Builder[GetServiceRoleForAccountParameters]
list_client_devices_associated_with_core_device: Builder[
    ListClientDevicesAssociatedWithCoreDeviceParameters
]
list_component_versions: Builder[ListComponentVersionsParameters]
list_components: Builder[ListComponentsParameters]
list_core_devices: Builder[ListCoreDevicesParameters]
list_deployments: Builder[ListDeploymentsParameters]
list_effective_deployments: Builder[ListEffectiveDeploymentsParameters]
list_installed_components: Builder[ListInstalledComponentsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
resolve_component_candidates: Builder[ResolveComponentCandidatesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_connectivity_info: Builder[UpdateConnectivityInfoParameters]

__all__ = [
    "associate_service_role_to_account",
    "batch_associate_client_device_with_core_device",
    "batch_disassociate_client_device_from_core_device",
    "cancel_deployment",
    "create_component_version",
    "create_deployment",
    "delete_component",
    "delete_core_device",
    "delete_deployment",
    "describe_component",
    "disassociate_service_role_from_account",
    "get_component",
    "get_component_version_artifact",
    "get_connectivity_info",
    "get_core_device",
    "get_deployment",
    "get_service_role_for_account",
    "list_client_devices_associated_with_core_device",
    "list_component_versions",
    "list_components",
    "list_core_devices",
    "list_deployments",
    "list_effective_deployments",
    "list_installed_components",
    "list_tags_for_resource",
    "resolve_component_candidates",
    "tag_resource",
    "untag_resource",
    "update_connectivity_info",
]
