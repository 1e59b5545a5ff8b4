"""Typed builders of the AWS SDK integration of batch (``aws-sdk:batch:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

CancelJobParameters = TypedDict(
    "CancelJobParameters", {"JobId": S, "JobId.$": str, "Reason": S, "Reason.$": str}, total=False
)
CancelJobsParameters = TypedDict(
    "CancelJobsParameters",
    {"Jobs": L[Si], "Jobs.$": str, "Reason": S, "Reason.$": str},
    total=False,
)

class LaunchTemplateSpecificationOverride(TypedDict, total=False):
    LaunchTemplateId: S
    LaunchTemplateName: S
    Version: S
    TargetInstanceTypes: L[Si]
    UserdataType: S

class LaunchTemplateSpecification(TypedDict, total=False):
    LaunchTemplateId: S
    LaunchTemplateName: S
    Version: S
    Overrides: L[Xi[LaunchTemplateSpecificationOverride]]
    UserdataType: S

class Ec2Configuration(TypedDict, total=False):
    ImageType: S
    ImageIdOverride: S
    BatchImageStatus: S
    ImageKubernetesVersion: S

class ComputeScalingPolicy(TypedDict, total=False):
    MinScaleDownDelayMinutes: I

class ManagedInstancesNetworkConfiguration(TypedDict, total=False):
    Subnets: L[Si]
    SecurityGroups: L[Si]

class InstanceRequirementsRequest(TypedDict, total=False):
    AllowedInstanceTypes: L[Si]

class ManagedInstancesStorageConfiguration(TypedDict, total=False):
    StorageSizeGiB: I

class CapacityReservationRequest(TypedDict, total=False):
    ReservationGroupArn: S
    ReservationPreference: S

class ManagedInstancesLocalStorageConfiguration(TypedDict, total=False):
    UseLocalStorage: B

class InstanceLaunchTemplate(TypedDict, total=False):
    Ec2InstanceProfileArn: S
    NetworkConfiguration: X[ManagedInstancesNetworkConfiguration]
    InstanceRequirements: X[InstanceRequirementsRequest]
    CapacityOptionType: S
    StorageConfiguration: X[ManagedInstancesStorageConfiguration]
    Monitoring: S
    FipsEnabled: B
    CapacityReservations: X[CapacityReservationRequest]
    InstanceMetadataTagsPropagation: B
    LocalStorageConfiguration: X[ManagedInstancesLocalStorageConfiguration]

class InfrastructureOptimization(TypedDict, total=False):
    ScaleInAfter: I

class ManagedInstancesProvider(TypedDict, total=False):
    PropagateTags: S
    InfrastructureRoleArn: S
    InstanceLaunchTemplate: X[InstanceLaunchTemplate]
    InfrastructureOptimization: X[InfrastructureOptimization]

class ComputeResource(TypedDict, total=False):
    Type: S
    AllocationStrategy: S
    MinvCpus: I
    MaxvCpus: I
    DesiredvCpus: I
    InstanceTypes: L[Si]
    ImageId: S
    Subnets: L[Si]
    SecurityGroupIds: L[Si]
    Ec2KeyPair: S
    InstanceRole: S
    Tags: M[S]
    PlacementGroup: S
    BidPercentage: I
    SpotIamFleetRole: S
    LaunchTemplate: X[LaunchTemplateSpecification]
    Ec2Configuration: L[Xi[Ec2Configuration]]
    ScalingPolicy: X[ComputeScalingPolicy]
    ManagedInstancesProvider: X[ManagedInstancesProvider]
    CapacityTags: M[S]

class EksAccessEntry(TypedDict, total=False):
    DesiredState: S
    Status: S

class EksConfiguration(TypedDict, total=False):
    EksClusterArn: S
    KubernetesNamespace: S
    AccessEntry: X[EksAccessEntry]

class EcsSettings(TypedDict, total=False):
    ContainerInsights: S

CreateComputeEnvironmentParameters = TypedDict(
    "CreateComputeEnvironmentParameters",
    {
        "ComputeEnvironmentName": S,
        "ComputeEnvironmentName.$": str,
        "Type": S,
        "Type.$": str,
        "State": S,
        "State.$": str,
        "UnmanagedvCpus": I,
        "UnmanagedvCpus.$": str,
        "ComputeResources": X[ComputeResource],
        "ComputeResources.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "EksConfiguration": X[EksConfiguration],
        "EksConfiguration.$": str,
        "Context": S,
        "Context.$": str,
        "EcsSettings": X[EcsSettings],
        "EcsSettings.$": str,
    },
    total=False,
)
CreateConsumableResourceParameters = TypedDict(
    "CreateConsumableResourceParameters",
    {
        "ConsumableResourceName": S,
        "ConsumableResourceName.$": str,
        "TotalQuantity": I,
        "TotalQuantity.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ComputeEnvironmentOrder(TypedDict, total=False):
    Order: I
    ComputeEnvironment: S

class ServiceEnvironmentOrder(TypedDict, total=False):
    Order: I
    ServiceEnvironment: S

class JobStateTimeLimitAction(TypedDict, total=False):
    Reason: S
    State: S
    MaxTimeSeconds: I
    Action: S

CreateJobQueueParameters = TypedDict(
    "CreateJobQueueParameters",
    {
        "JobQueueName": S,
        "JobQueueName.$": str,
        "State": S,
        "State.$": str,
        "SchedulingPolicyArn": S,
        "SchedulingPolicyArn.$": str,
        "Priority": I,
        "Priority.$": str,
        "ComputeEnvironmentOrder": L[Xi[ComputeEnvironmentOrder]],
        "ComputeEnvironmentOrder.$": str,
        "ServiceEnvironmentOrder": L[Xi[ServiceEnvironmentOrder]],
        "ServiceEnvironmentOrder.$": str,
        "JobQueueType": S,
        "JobQueueType.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "JobStateTimeLimitActions": L[Xi[JobStateTimeLimitAction]],
        "JobStateTimeLimitActions.$": str,
    },
    total=False,
)

class QuotaShareCapacityLimit(TypedDict, total=False):
    MaxCapacity: I
    CapacityUnit: S

class QuotaShareResourceSharingConfiguration(TypedDict, total=False):
    Strategy: S
    BorrowLimit: I

class QuotaSharePreemptionConfiguration(TypedDict, total=False):
    InSharePreemption: S

CreateQuotaShareParameters = TypedDict(
    "CreateQuotaShareParameters",
    {
        "QuotaShareName": S,
        "QuotaShareName.$": str,
        "JobQueue": S,
        "JobQueue.$": str,
        "CapacityLimits": L[Xi[QuotaShareCapacityLimit]],
        "CapacityLimits.$": str,
        "ResourceSharingConfiguration": X[QuotaShareResourceSharingConfiguration],
        "ResourceSharingConfiguration.$": str,
        "PreemptionConfiguration": X[QuotaSharePreemptionConfiguration],
        "PreemptionConfiguration.$": str,
        "State": S,
        "State.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class QuotaSharePolicy(TypedDict, total=False):
    IdleResourceAssignmentStrategy: S

class ShareAttributes(TypedDict, total=False):
    ShareIdentifier: S
    WeightFactor: F

class FairsharePolicy(TypedDict, total=False):
    ShareDecaySeconds: I
    ComputeReservation: I
    ShareDistribution: L[Xi[ShareAttributes]]

CreateSchedulingPolicyParameters = TypedDict(
    "CreateSchedulingPolicyParameters",
    {
        "Name": S,
        "Name.$": str,
        "QuotaSharePolicy": X[QuotaSharePolicy],
        "QuotaSharePolicy.$": str,
        "FairsharePolicy": X[FairsharePolicy],
        "FairsharePolicy.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CapacityLimit(TypedDict, total=False):
    MaxCapacity: I
    CapacityUnit: S

CreateServiceEnvironmentParameters = TypedDict(
    "CreateServiceEnvironmentParameters",
    {
        "ServiceEnvironmentName": S,
        "ServiceEnvironmentName.$": str,
        "ServiceEnvironmentType": S,
        "ServiceEnvironmentType.$": str,
        "State": S,
        "State.$": str,
        "CapacityLimits": L[Xi[CapacityLimit]],
        "CapacityLimits.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteComputeEnvironmentParameters = TypedDict(
    "DeleteComputeEnvironmentParameters",
    {"ComputeEnvironment": S, "ComputeEnvironment.$": str},
    total=False,
)
DeleteConsumableResourceParameters = TypedDict(
    "DeleteConsumableResourceParameters",
    {"ConsumableResource": S, "ConsumableResource.$": str},
    total=False,
)
DeleteJobQueueParameters = TypedDict(
    "DeleteJobQueueParameters", {"JobQueue": S, "JobQueue.$": str}, total=False
)
DeleteQuotaShareParameters = TypedDict(
    "DeleteQuotaShareParameters", {"QuotaShareArn": S, "QuotaShareArn.$": str}, total=False
)
DeleteSchedulingPolicyParameters = TypedDict(
    "DeleteSchedulingPolicyParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteServiceEnvironmentParameters = TypedDict(
    "DeleteServiceEnvironmentParameters",
    {"ServiceEnvironment": S, "ServiceEnvironment.$": str},
    total=False,
)
DeregisterJobDefinitionParameters = TypedDict(
    "DeregisterJobDefinitionParameters", {"JobDefinition": S, "JobDefinition.$": str}, total=False
)
DescribeComputeEnvironmentsParameters = TypedDict(
    "DescribeComputeEnvironmentsParameters",
    {
        "ComputeEnvironments": L[Si],
        "ComputeEnvironments.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeConsumableResourceParameters = TypedDict(
    "DescribeConsumableResourceParameters",
    {"ConsumableResource": S, "ConsumableResource.$": str},
    total=False,
)
DescribeJobDefinitionsParameters = TypedDict(
    "DescribeJobDefinitionsParameters",
    {
        "JobDefinitions": L[Si],
        "JobDefinitions.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "JobDefinitionName": S,
        "JobDefinitionName.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeJobQueuesParameters = TypedDict(
    "DescribeJobQueuesParameters",
    {
        "JobQueues": L[Si],
        "JobQueues.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeJobsParameters = TypedDict(
    "DescribeJobsParameters", {"Jobs": L[Si], "Jobs.$": str}, total=False
)
DescribeQuotaShareParameters = TypedDict(
    "DescribeQuotaShareParameters", {"QuotaShareArn": S, "QuotaShareArn.$": str}, total=False
)
DescribeSchedulingPoliciesParameters = TypedDict(
    "DescribeSchedulingPoliciesParameters", {"Arns": L[Si], "Arns.$": str}, total=False
)
DescribeServiceEnvironmentsParameters = TypedDict(
    "DescribeServiceEnvironmentsParameters",
    {
        "ServiceEnvironments": L[Si],
        "ServiceEnvironments.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeServiceJobParameters = TypedDict(
    "DescribeServiceJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetJobQueueSnapshotParameters = TypedDict(
    "GetJobQueueSnapshotParameters", {"JobQueue": S, "JobQueue.$": str}, total=False
)

class KeyValuesPair(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListConsumableResourcesParameters = TypedDict(
    "ListConsumableResourcesParameters",
    {
        "Filters": L[Xi[KeyValuesPair]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "JobQueue": S,
        "JobQueue.$": str,
        "ArrayJobId": S,
        "ArrayJobId.$": str,
        "MultiNodeJobId": S,
        "MultiNodeJobId.$": str,
        "JobStatus": S,
        "JobStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[KeyValuesPair]],
        "Filters.$": str,
    },
    total=False,
)
ListJobsByConsumableResourceParameters = TypedDict(
    "ListJobsByConsumableResourceParameters",
    {
        "ConsumableResource": S,
        "ConsumableResource.$": str,
        "Filters": L[Xi[KeyValuesPair]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListQuotaSharesParameters = TypedDict(
    "ListQuotaSharesParameters",
    {
        "JobQueue": S,
        "JobQueue.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSchedulingPoliciesParameters = TypedDict(
    "ListSchedulingPoliciesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListServiceJobsParameters = TypedDict(
    "ListServiceJobsParameters",
    {
        "JobQueue": S,
        "JobQueue.$": str,
        "JobStatus": S,
        "JobStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[KeyValuesPair]],
        "Filters.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class Host(TypedDict, total=False):
    SourcePath: S

class EFSAuthorizationConfig(TypedDict, total=False):
    AccessPointId: S
    Iam: S

class EFSVolumeConfiguration(TypedDict, total=False):
    FileSystemId: S
    RootDirectory: S
    TransitEncryption: S
    TransitEncryptionPort: I
    AuthorizationConfig: X[EFSAuthorizationConfig]

class S3FilesVolumeConfiguration(TypedDict, total=False):
    FileSystemArn: S
    RootDirectory: S
    TransitEncryptionPort: I
    AccessPointArn: S

class Volume(TypedDict, total=False):
    Host: X[Host]
    Name: S
    EfsVolumeConfiguration: X[EFSVolumeConfiguration]
    S3filesVolumeConfiguration: X[S3FilesVolumeConfiguration]

class KeyValuePair(TypedDict, total=False):
    Name: S
    Value: S

class MountPoint(TypedDict, total=False):
    ContainerPath: S
    ReadOnly: B
    SourceVolume: S

class Ulimit(TypedDict, total=False):
    HardLimit: I
    Name: S
    SoftLimit: I

class ResourceRequirement(TypedDict, total=False):
    Value: S
    Type: S

class Device(TypedDict, total=False):
    HostPath: S
    ContainerPath: S
    Permissions: L[Si]

class Tmpfs(TypedDict, total=False):
    ContainerPath: S
    Size: I
    MountOptions: L[Si]

class LinuxParameters(TypedDict, total=False):
    Devices: L[Xi[Device]]
    InitProcessEnabled: B
    SharedMemorySize: I
    Tmpfs: L[Xi[Tmpfs]]
    MaxSwap: I
    Swappiness: I

class Secret(TypedDict, total=False):
    Name: S
    ValueFrom: S

class LogConfiguration(TypedDict, total=False):
    LogDriver: S
    Options: M[S]
    SecretOptions: L[Xi[Secret]]

class NetworkConfiguration(TypedDict, total=False):
    AssignPublicIp: S

class FargatePlatformConfiguration(TypedDict, total=False):
    PlatformVersion: S

class EphemeralStorage(TypedDict, total=False):
    SizeInGiB: I

class RuntimePlatform(TypedDict, total=False):
    OperatingSystemFamily: S
    CpuArchitecture: S

class RepositoryCredentials(TypedDict, total=False):
    CredentialsParameter: S

class ContainerProperties(TypedDict, total=False):
    Image: S
    Vcpus: I
    Memory: I
    Command: L[Si]
    JobRoleArn: S
    ExecutionRoleArn: S
    Volumes: L[Xi[Volume]]
    Environment: L[Xi[KeyValuePair]]
    MountPoints: L[Xi[MountPoint]]
    ReadonlyRootFilesystem: B
    Privileged: B
    Ulimits: L[Xi[Ulimit]]
    User: S
    InstanceType: S
    ResourceRequirements: L[Xi[ResourceRequirement]]
    LinuxParameters: X[LinuxParameters]
    LogConfiguration: X[LogConfiguration]
    Secrets: L[Xi[Secret]]
    NetworkConfiguration: X[NetworkConfiguration]
    FargatePlatformConfiguration: X[FargatePlatformConfiguration]
    EnableExecuteCommand: B
    EphemeralStorage: X[EphemeralStorage]
    RuntimePlatform: X[RuntimePlatform]
    RepositoryCredentials: X[RepositoryCredentials]

class TaskContainerDependency(TypedDict, total=False):
    ContainerName: S
    Condition: S

class FirelensConfiguration(TypedDict, total=False):
    Type: S
    Options: M[S]

class TaskContainerProperties(TypedDict, total=False):
    Command: L[Si]
    DependsOn: L[Xi[TaskContainerDependency]]
    Environment: L[Xi[KeyValuePair]]
    Essential: B
    FirelensConfiguration: X[FirelensConfiguration]
    Image: S
    LinuxParameters: X[LinuxParameters]
    LogConfiguration: X[LogConfiguration]
    MountPoints: L[Xi[MountPoint]]
    Name: S
    Privileged: B
    ReadonlyRootFilesystem: B
    RepositoryCredentials: X[RepositoryCredentials]
    ResourceRequirements: L[Xi[ResourceRequirement]]
    Secrets: L[Xi[Secret]]
    Ulimits: L[Xi[Ulimit]]
    User: S
    StartTimeout: I
    StopTimeout: I

class EcsTaskProperties(TypedDict, total=False):
    Containers: L[Xi[TaskContainerProperties]]
    EphemeralStorage: X[EphemeralStorage]
    ExecutionRoleArn: S
    PlatformVersion: S
    IpcMode: S
    TaskRoleArn: S
    PidMode: S
    NetworkConfiguration: X[NetworkConfiguration]
    RuntimePlatform: X[RuntimePlatform]
    Volumes: L[Xi[Volume]]
    EnableExecuteCommand: B
    NetworkMode: S

class EcsProperties(TypedDict, total=False):
    TaskProperties: L[Xi[EcsTaskProperties]]

class ImagePullSecret(TypedDict, total=False):
    Name: S

class EksContainerEnvironmentVariable(TypedDict, total=False):
    Name: S
    Value: S

class EksContainerResourceRequirements(TypedDict, total=False):
    Limits: M[S]
    Requests: M[S]

class EksContainerVolumeMount(TypedDict, total=False):
    Name: S
    MountPath: S
    SubPath: S
    ReadOnly: B

class EksContainerLinuxCapabilities(TypedDict, total=False):
    Add: L[Si]
    Drop: L[Si]

class EksSeccompProfile(TypedDict, total=False):
    Type: S
    LocalhostProfile: S

class EksContainerSecurityContext(TypedDict, total=False):
    RunAsUser: I
    RunAsGroup: I
    Privileged: B
    AllowPrivilegeEscalation: B
    ReadOnlyRootFilesystem: B
    RunAsNonRoot: B
    Capabilities: X[EksContainerLinuxCapabilities]
    SeccompProfile: X[EksSeccompProfile]

class EksContainer(TypedDict, total=False):
    Name: S
    Image: S
    ImagePullPolicy: S
    Command: L[Si]
    Args: L[Si]
    Env: L[Xi[EksContainerEnvironmentVariable]]
    Resources: X[EksContainerResourceRequirements]
    VolumeMounts: L[Xi[EksContainerVolumeMount]]
    SecurityContext: X[EksContainerSecurityContext]

class EksHostPath(TypedDict, total=False):
    Path: S

class EksEmptyDir(TypedDict, total=False):
    Medium: S
    SizeLimit: S

class EksSecret(TypedDict, total=False):
    SecretName: S
    Optional: B

class EksPersistentVolumeClaim(TypedDict, total=False):
    ClaimName: S
    ReadOnly: B

class EksVolume(TypedDict, total=False):
    Name: S
    HostPath: X[EksHostPath]
    EmptyDir: X[EksEmptyDir]
    Secret: X[EksSecret]
    PersistentVolumeClaim: X[EksPersistentVolumeClaim]

class EksMetadata(TypedDict, total=False):
    Labels: M[S]
    Annotations: M[S]
    Namespace: S

class EksPodSecurityContext(TypedDict, total=False):
    RunAsUser: I
    RunAsGroup: I
    RunAsNonRoot: B
    SeccompProfile: X[EksSeccompProfile]
    FsGroup: I

class EksPodProperties(TypedDict, total=False):
    ServiceAccountName: S
    HostNetwork: B
    DnsPolicy: S
    ImagePullSecrets: L[Xi[ImagePullSecret]]
    Containers: L[Xi[EksContainer]]
    InitContainers: L[Xi[EksContainer]]
    Volumes: L[Xi[EksVolume]]
    Metadata: X[EksMetadata]
    ShareProcessNamespace: B
    SecurityContext: X[EksPodSecurityContext]

class EksProperties(TypedDict, total=False):
    PodProperties: X[EksPodProperties]

class ConsumableResourceRequirement(TypedDict, total=False):
    ConsumableResource: S
    Quantity: I

class ConsumableResourceProperties(TypedDict, total=False):
    ConsumableResourceList: L[Xi[ConsumableResourceRequirement]]

class NodeRangeProperty(TypedDict, total=False):
    TargetNodes: S
    Container: X[ContainerProperties]
    InstanceTypes: L[Si]
    EcsProperties: X[EcsProperties]
    EksProperties: X[EksProperties]
    ConsumableResourceProperties: X[ConsumableResourceProperties]

class NodeProperties(TypedDict, total=False):
    NumNodes: I
    MainNode: I
    NodeRangeProperties: L[Xi[NodeRangeProperty]]

class EvaluateOnExit(TypedDict, total=False):
    OnStatusReason: S
    OnReason: S
    OnExitCode: S
    Action: S

class RetryStrategy(TypedDict, total=False):
    Attempts: I
    EvaluateOnExit: L[Xi[EvaluateOnExit]]

class JobTimeout(TypedDict, total=False):
    AttemptDurationSeconds: I

RegisterJobDefinitionParameters = TypedDict(
    "RegisterJobDefinitionParameters",
    {
        "JobDefinitionName": S,
        "JobDefinitionName.$": str,
        "Type": S,
        "Type.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "SchedulingPriority": I,
        "SchedulingPriority.$": str,
        "ContainerProperties": X[ContainerProperties],
        "ContainerProperties.$": str,
        "NodeProperties": X[NodeProperties],
        "NodeProperties.$": str,
        "RetryStrategy": X[RetryStrategy],
        "RetryStrategy.$": str,
        "PropagateTags": B,
        "PropagateTags.$": str,
        "Timeout": X[JobTimeout],
        "Timeout.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PlatformCapabilities": L[Si],
        "PlatformCapabilities.$": str,
        "EksProperties": X[EksProperties],
        "EksProperties.$": str,
        "EcsProperties": X[EcsProperties],
        "EcsProperties.$": str,
        "ConsumableResourceProperties": X[ConsumableResourceProperties],
        "ConsumableResourceProperties.$": str,
    },
    total=False,
)

class ArrayProperties(TypedDict, total=False):
    Size: I

class JobDependency(TypedDict, total=False):
    JobId: S
    Type: S

class ContainerOverrides(TypedDict, total=False):
    Vcpus: I
    Memory: I
    Command: L[Si]
    InstanceType: S
    Environment: L[Xi[KeyValuePair]]
    ResourceRequirements: L[Xi[ResourceRequirement]]

class TaskContainerOverrides(TypedDict, total=False):
    Command: L[Si]
    Environment: L[Xi[KeyValuePair]]
    Name: S
    ResourceRequirements: L[Xi[ResourceRequirement]]

class TaskPropertiesOverride(TypedDict, total=False):
    Containers: L[Xi[TaskContainerOverrides]]

class EcsPropertiesOverride(TypedDict, total=False):
    TaskProperties: L[Xi[TaskPropertiesOverride]]

class EksContainerOverride(TypedDict, total=False):
    Name: S
    Image: S
    Command: L[Si]
    Args: L[Si]
    Env: L[Xi[EksContainerEnvironmentVariable]]
    Resources: X[EksContainerResourceRequirements]

class EksPodPropertiesOverride(TypedDict, total=False):
    Containers: L[Xi[EksContainerOverride]]
    InitContainers: L[Xi[EksContainerOverride]]
    Metadata: X[EksMetadata]

class EksPropertiesOverride(TypedDict, total=False):
    PodProperties: X[EksPodPropertiesOverride]

class NodePropertyOverride(TypedDict, total=False):
    TargetNodes: S
    ContainerOverrides: X[ContainerOverrides]
    EcsPropertiesOverride: X[EcsPropertiesOverride]
    InstanceTypes: L[Si]
    EksPropertiesOverride: X[EksPropertiesOverride]
    ConsumableResourcePropertiesOverride: X[ConsumableResourceProperties]

class NodeOverrides(TypedDict, total=False):
    NumNodes: I
    NodePropertyOverrides: L[Xi[NodePropertyOverride]]

SubmitJobParameters = TypedDict(
    "SubmitJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "JobQueue": S,
        "JobQueue.$": str,
        "ShareIdentifier": S,
        "ShareIdentifier.$": str,
        "SchedulingPriorityOverride": I,
        "SchedulingPriorityOverride.$": str,
        "ArrayProperties": X[ArrayProperties],
        "ArrayProperties.$": str,
        "DependsOn": L[Xi[JobDependency]],
        "DependsOn.$": str,
        "JobDefinition": S,
        "JobDefinition.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "ContainerOverrides": X[ContainerOverrides],
        "ContainerOverrides.$": str,
        "NodeOverrides": X[NodeOverrides],
        "NodeOverrides.$": str,
        "RetryStrategy": X[RetryStrategy],
        "RetryStrategy.$": str,
        "PropagateTags": B,
        "PropagateTags.$": str,
        "Timeout": X[JobTimeout],
        "Timeout.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "EksPropertiesOverride": X[EksPropertiesOverride],
        "EksPropertiesOverride.$": str,
        "EcsPropertiesOverride": X[EcsPropertiesOverride],
        "EcsPropertiesOverride.$": str,
        "ConsumableResourcePropertiesOverride": X[ConsumableResourceProperties],
        "ConsumableResourcePropertiesOverride.$": str,
    },
    total=False,
)

class ServiceJobEvaluateOnExit(TypedDict, total=False):
    Action: S
    OnStatusReason: S

class ServiceJobRetryStrategy(TypedDict, total=False):
    Attempts: I
    EvaluateOnExit: L[Xi[ServiceJobEvaluateOnExit]]

class ServiceJobPreemptionConfiguration(TypedDict, total=False):
    PreemptionRetriesBeforeTermination: I

class ServiceJobTimeout(TypedDict, total=False):
    AttemptDurationSeconds: I

SubmitServiceJobParameters = TypedDict(
    "SubmitServiceJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "JobQueue": S,
        "JobQueue.$": str,
        "RetryStrategy": X[ServiceJobRetryStrategy],
        "RetryStrategy.$": str,
        "SchedulingPriority": I,
        "SchedulingPriority.$": str,
        "ServiceRequestPayload": S,
        "ServiceRequestPayload.$": str,
        "ServiceJobType": S,
        "ServiceJobType.$": str,
        "ShareIdentifier": S,
        "ShareIdentifier.$": str,
        "QuotaShareName": S,
        "QuotaShareName.$": str,
        "PreemptionConfiguration": X[ServiceJobPreemptionConfiguration],
        "PreemptionConfiguration.$": str,
        "TimeoutConfig": X[ServiceJobTimeout],
        "TimeoutConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TerminateJobParameters = TypedDict(
    "TerminateJobParameters",
    {"JobId": S, "JobId.$": str, "Reason": S, "Reason.$": str},
    total=False,
)
TerminateJobsParameters = TypedDict(
    "TerminateJobsParameters",
    {"Jobs": L[Si], "Jobs.$": str, "Reason": S, "Reason.$": str},
    total=False,
)
TerminateServiceJobParameters = TypedDict(
    "TerminateServiceJobParameters",
    {"JobId": S, "JobId.$": str, "Reason": S, "Reason.$": str},
    total=False,
)
TerminateServiceJobsParameters = TypedDict(
    "TerminateServiceJobsParameters",
    {"Jobs": L[Si], "Jobs.$": str, "Reason": S, "Reason.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class InstanceLaunchTemplateUpdate(TypedDict, total=False):
    Ec2InstanceProfileArn: S
    NetworkConfiguration: X[ManagedInstancesNetworkConfiguration]
    InstanceRequirements: X[InstanceRequirementsRequest]
    StorageConfiguration: X[ManagedInstancesStorageConfiguration]
    Monitoring: S
    CapacityReservations: X[CapacityReservationRequest]
    InstanceMetadataTagsPropagation: B
    LocalStorageConfiguration: X[ManagedInstancesLocalStorageConfiguration]

class UpdateManagedInstancesProviderConfiguration(TypedDict, total=False):
    PropagateTags: S
    InfrastructureRoleArn: S
    InstanceLaunchTemplate: X[InstanceLaunchTemplateUpdate]
    InfrastructureOptimization: X[InfrastructureOptimization]

class ComputeResourceUpdate(TypedDict, total=False):
    MinvCpus: I
    MaxvCpus: I
    DesiredvCpus: I
    Subnets: L[Si]
    SecurityGroupIds: L[Si]
    AllocationStrategy: S
    InstanceTypes: L[Si]
    Ec2KeyPair: S
    InstanceRole: S
    Tags: M[S]
    PlacementGroup: S
    BidPercentage: I
    LaunchTemplate: X[LaunchTemplateSpecification]
    Ec2Configuration: L[Xi[Ec2Configuration]]
    UpdateToLatestImageVersion: B
    Type: S
    ImageId: S
    ScalingPolicy: X[ComputeScalingPolicy]
    ManagedInstancesProvider: X[UpdateManagedInstancesProviderConfiguration]
    CapacityTags: M[S]

class UpdatePolicy(TypedDict, total=False):
    TerminateJobsOnUpdate: B
    JobExecutionTimeoutMinutes: I

class EksConfigurationUpdate(TypedDict, total=False):
    AccessEntry: X[EksAccessEntry]

UpdateComputeEnvironmentParameters = TypedDict(
    "UpdateComputeEnvironmentParameters",
    {
        "ComputeEnvironment": S,
        "ComputeEnvironment.$": str,
        "State": S,
        "State.$": str,
        "UnmanagedvCpus": I,
        "UnmanagedvCpus.$": str,
        "ComputeResources": X[ComputeResourceUpdate],
        "ComputeResources.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "UpdatePolicy": X[UpdatePolicy],
        "UpdatePolicy.$": str,
        "Context": S,
        "Context.$": str,
        "EcsSettings": X[EcsSettings],
        "EcsSettings.$": str,
        "EksConfiguration": X[EksConfigurationUpdate],
        "EksConfiguration.$": str,
    },
    total=False,
)
UpdateConsumableResourceParameters = TypedDict(
    "UpdateConsumableResourceParameters",
    {
        "ConsumableResource": S,
        "ConsumableResource.$": str,
        "Operation": S,
        "Operation.$": str,
        "Quantity": I,
        "Quantity.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateJobQueueParameters = TypedDict(
    "UpdateJobQueueParameters",
    {
        "JobQueue": S,
        "JobQueue.$": str,
        "State": S,
        "State.$": str,
        "SchedulingPolicyArn": S,
        "SchedulingPolicyArn.$": str,
        "Priority": I,
        "Priority.$": str,
        "ComputeEnvironmentOrder": L[Xi[ComputeEnvironmentOrder]],
        "ComputeEnvironmentOrder.$": str,
        "ServiceEnvironmentOrder": L[Xi[ServiceEnvironmentOrder]],
        "ServiceEnvironmentOrder.$": str,
        "JobStateTimeLimitActions": L[Xi[JobStateTimeLimitAction]],
        "JobStateTimeLimitActions.$": str,
    },
    total=False,
)
UpdateQuotaShareParameters = TypedDict(
    "UpdateQuotaShareParameters",
    {
        "QuotaShareArn": S,
        "QuotaShareArn.$": str,
        "CapacityLimits": L[Xi[QuotaShareCapacityLimit]],
        "CapacityLimits.$": str,
        "ResourceSharingConfiguration": X[QuotaShareResourceSharingConfiguration],
        "ResourceSharingConfiguration.$": str,
        "PreemptionConfiguration": X[QuotaSharePreemptionConfiguration],
        "PreemptionConfiguration.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)
UpdateSchedulingPolicyParameters = TypedDict(
    "UpdateSchedulingPolicyParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "QuotaSharePolicy": X[QuotaSharePolicy],
        "QuotaSharePolicy.$": str,
        "FairsharePolicy": X[FairsharePolicy],
        "FairsharePolicy.$": str,
    },
    total=False,
)
UpdateServiceEnvironmentParameters = TypedDict(
    "UpdateServiceEnvironmentParameters",
    {
        "ServiceEnvironment": S,
        "ServiceEnvironment.$": str,
        "State": S,
        "State.$": str,
        "CapacityLimits": L[Xi[CapacityLimit]],
        "CapacityLimits.$": str,
    },
    total=False,
)
UpdateServiceJobParameters = TypedDict(
    "UpdateServiceJobParameters",
    {"JobId": S, "JobId.$": str, "SchedulingPriority": I, "SchedulingPriority.$": str},
    total=False,
)
cancel_job: Builder[CancelJobParameters]
cancel_jobs: Builder[CancelJobsParameters]
create_compute_environment: Builder[CreateComputeEnvironmentParameters]
create_consumable_resource: Builder[CreateConsumableResourceParameters]
create_job_queue: Builder[CreateJobQueueParameters]
create_quota_share: Builder[CreateQuotaShareParameters]
create_scheduling_policy: Builder[CreateSchedulingPolicyParameters]
create_service_environment: Builder[CreateServiceEnvironmentParameters]
delete_compute_environment: Builder[DeleteComputeEnvironmentParameters]
delete_consumable_resource: Builder[DeleteConsumableResourceParameters]
delete_job_queue: Builder[DeleteJobQueueParameters]
delete_quota_share: Builder[DeleteQuotaShareParameters]
delete_scheduling_policy: Builder[DeleteSchedulingPolicyParameters]
delete_service_environment: Builder[DeleteServiceEnvironmentParameters]
deregister_job_definition: Builder[DeregisterJobDefinitionParameters]
describe_compute_environments: Builder[DescribeComputeEnvironmentsParameters]
describe_consumable_resource: Builder[DescribeConsumableResourceParameters]
describe_job_definitions: Builder[DescribeJobDefinitionsParameters]
describe_job_queues: Builder[DescribeJobQueuesParameters]
describe_jobs: Builder[DescribeJobsParameters]
describe_quota_share: Builder[DescribeQuotaShareParameters]
describe_scheduling_policies: Builder[DescribeSchedulingPoliciesParameters]
describe_service_environments: Builder[DescribeServiceEnvironmentsParameters]
describe_service_job: Builder[DescribeServiceJobParameters]
get_job_queue_snapshot: Builder[GetJobQueueSnapshotParameters]
list_consumable_resources: Builder[ListConsumableResourcesParameters]
list_jobs: Builder[ListJobsParameters]
list_jobs_by_consumable_resource: Builder[ListJobsByConsumableResourceParameters]
list_quota_shares: Builder[ListQuotaSharesParameters]
list_scheduling_policies: Builder[ListSchedulingPoliciesParameters]
list_service_jobs: Builder[ListServiceJobsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
register_job_definition: Builder[RegisterJobDefinitionParameters]
submit_job: Builder[SubmitJobParameters]
submit_service_job: Builder[SubmitServiceJobParameters]
tag_resource: Builder[TagResourceParameters]
terminate_job: Builder[TerminateJobParameters]
terminate_jobs: Builder[TerminateJobsParameters]
terminate_service_job: Builder[TerminateServiceJobParameters]
terminate_service_jobs: Builder[TerminateServiceJobsParameters]
untag_resource: Builder[UntagResourceParameters]
update_compute_environment: Builder[UpdateComputeEnvironmentParameters]
update_consumable_resource: Builder[UpdateConsumableResourceParameters]
update_job_queue: Builder[UpdateJobQueueParameters]
update_quota_share: Builder[UpdateQuotaShareParameters]
update_scheduling_policy: Builder[UpdateSchedulingPolicyParameters]
update_service_environment: Builder[UpdateServiceEnvironmentParameters]
update_service_job: Builder[UpdateServiceJobParameters]

__all__ = [
    "cancel_job",
    "cancel_jobs",
    "create_compute_environment",
    "create_consumable_resource",
    "create_job_queue",
    "create_quota_share",
    "create_scheduling_policy",
    "create_service_environment",
    "delete_compute_environment",
    "delete_consumable_resource",
    "delete_job_queue",
    "delete_quota_share",
    "delete_scheduling_policy",
    "delete_service_environment",
    "deregister_job_definition",
    "describe_compute_environments",
    "describe_consumable_resource",
    "describe_job_definitions",
    "describe_job_queues",
    "describe_jobs",
    "describe_quota_share",
    "describe_scheduling_policies",
    "describe_service_environments",
    "describe_service_job",
    "get_job_queue_snapshot",
    "list_consumable_resources",
    "list_jobs",
    "list_jobs_by_consumable_resource",
    "list_quota_shares",
    "list_scheduling_policies",
    "list_service_jobs",
    "list_tags_for_resource",
    "register_job_definition",
    "submit_job",
    "submit_service_job",
    "tag_resource",
    "terminate_job",
    "terminate_jobs",
    "terminate_service_job",
    "terminate_service_jobs",
    "untag_resource",
    "update_compute_environment",
    "update_consumable_resource",
    "update_job_queue",
    "update_quota_share",
    "update_scheduling_policy",
    "update_service_environment",
    "update_service_job",
]
