"""Typed builders of the AWS SDK integration of deadline (``aws-sdk:deadline:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, F, I, L, Li, M, S, Si, T, X, Xi

AssociateMemberToFarmParameters = TypedDict(
    "AssociateMemberToFarmParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "MembershipLevel": S,
        "MembershipLevel.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "IdentityCenterRegion": S,
        "IdentityCenterRegion.$": str,
    },
    total=False,
)
AssociateMemberToFleetParameters = TypedDict(
    "AssociateMemberToFleetParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "MembershipLevel": S,
        "MembershipLevel.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "IdentityCenterRegion": S,
        "IdentityCenterRegion.$": str,
    },
    total=False,
)
AssociateMemberToJobParameters = TypedDict(
    "AssociateMemberToJobParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "MembershipLevel": S,
        "MembershipLevel.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "IdentityCenterRegion": S,
        "IdentityCenterRegion.$": str,
    },
    total=False,
)
AssociateMemberToQueueParameters = TypedDict(
    "AssociateMemberToQueueParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "MembershipLevel": S,
        "MembershipLevel.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "IdentityCenterRegion": S,
        "IdentityCenterRegion.$": str,
    },
    total=False,
)
AssumeFleetRoleForReadParameters = TypedDict(
    "AssumeFleetRoleForReadParameters",
    {"FarmId": S, "FarmId.$": str, "FleetId": S, "FleetId.$": str},
    total=False,
)
AssumeFleetRoleForWorkerParameters = TypedDict(
    "AssumeFleetRoleForWorkerParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "WorkerId": S,
        "WorkerId.$": str,
    },
    total=False,
)
AssumeQueueRoleForReadParameters = TypedDict(
    "AssumeQueueRoleForReadParameters",
    {"FarmId": S, "FarmId.$": str, "QueueId": S, "QueueId.$": str},
    total=False,
)
AssumeQueueRoleForUserParameters = TypedDict(
    "AssumeQueueRoleForUserParameters",
    {"FarmId": S, "FarmId.$": str, "QueueId": S, "QueueId.$": str},
    total=False,
)
AssumeQueueRoleForWorkerParameters = TypedDict(
    "AssumeQueueRoleForWorkerParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "WorkerId": S,
        "WorkerId.$": str,
        "QueueId": S,
        "QueueId.$": str,
    },
    total=False,
)

class BatchGetJobIdentifier(TypedDict, total=False):
    FarmId: S
    QueueId: S
    JobId: S

BatchGetJobParameters = TypedDict(
    "BatchGetJobParameters",
    {"Identifiers": L[Xi[BatchGetJobIdentifier]], "Identifiers.$": str},
    total=False,
)

class JobDetailsIdentifiers(TypedDict, total=False):
    JobId: S

class JobAttachmentDetailsIdentifiers(TypedDict, total=False):
    JobId: S

class StepDetailsIdentifiers(TypedDict, total=False):
    JobId: S
    StepId: S

class EnvironmentDetailsIdentifiers(TypedDict, total=False):
    JobId: S
    EnvironmentId: S

class JobEntityIdentifiersUnion(TypedDict, total=False):
    JobDetails: X[JobDetailsIdentifiers]
    JobAttachmentDetails: X[JobAttachmentDetailsIdentifiers]
    StepDetails: X[StepDetailsIdentifiers]
    EnvironmentDetails: X[EnvironmentDetailsIdentifiers]

BatchGetJobEntityParameters = TypedDict(
    "BatchGetJobEntityParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "WorkerId": S,
        "WorkerId.$": str,
        "Identifiers": L[Xi[JobEntityIdentifiersUnion]],
        "Identifiers.$": str,
    },
    total=False,
)

class BatchGetSessionIdentifier(TypedDict, total=False):
    FarmId: S
    QueueId: S
    JobId: S
    SessionId: S

BatchGetSessionParameters = TypedDict(
    "BatchGetSessionParameters",
    {"Identifiers": L[Xi[BatchGetSessionIdentifier]], "Identifiers.$": str},
    total=False,
)

class BatchGetSessionActionIdentifier(TypedDict, total=False):
    FarmId: S
    QueueId: S
    JobId: S
    SessionActionId: S

BatchGetSessionActionParameters = TypedDict(
    "BatchGetSessionActionParameters",
    {"Identifiers": L[Xi[BatchGetSessionActionIdentifier]], "Identifiers.$": str},
    total=False,
)

class BatchGetStepIdentifier(TypedDict, total=False):
    FarmId: S
    QueueId: S
    JobId: S
    StepId: S

BatchGetStepParameters = TypedDict(
    "BatchGetStepParameters",
    {"Identifiers": L[Xi[BatchGetStepIdentifier]], "Identifiers.$": str},
    total=False,
)

class BatchGetTaskIdentifier(TypedDict, total=False):
    FarmId: S
    QueueId: S
    JobId: S
    StepId: S
    TaskId: S

BatchGetTaskParameters = TypedDict(
    "BatchGetTaskParameters",
    {"Identifiers": L[Xi[BatchGetTaskIdentifier]], "Identifiers.$": str},
    total=False,
)

class BatchGetWorkerIdentifier(TypedDict, total=False):
    FarmId: S
    FleetId: S
    WorkerId: S

BatchGetWorkerParameters = TypedDict(
    "BatchGetWorkerParameters",
    {"Identifiers": L[Xi[BatchGetWorkerIdentifier]], "Identifiers.$": str},
    total=False,
)

class BatchUpdateJobItem(TypedDict, total=False):
    FarmId: S
    QueueId: S
    JobId: S
    TargetTaskRunStatus: S
    Priority: I
    MaxFailedTasksCount: I
    MaxRetriesPerTask: I
    LifecycleStatus: S
    MaxWorkerCount: I
    Name: S
    Description: S

BatchUpdateJobParameters = TypedDict(
    "BatchUpdateJobParameters",
    {"ClientToken": S, "ClientToken.$": str, "Jobs": L[Xi[BatchUpdateJobItem]], "Jobs.$": str},
    total=False,
)

class BatchUpdateTaskItem(TypedDict, total=False):
    FarmId: S
    QueueId: S
    JobId: S
    StepId: S
    TaskId: S
    TargetRunStatus: S

BatchUpdateTaskParameters = TypedDict(
    "BatchUpdateTaskParameters",
    {"ClientToken": S, "ClientToken.$": str, "Tasks": L[Xi[BatchUpdateTaskItem]], "Tasks.$": str},
    total=False,
)

class S3Location(TypedDict, total=False):
    BucketName: S
    Key: S

CopyJobTemplateParameters = TypedDict(
    "CopyJobTemplateParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "TargetS3Location": X[S3Location],
        "TargetS3Location.$": str,
    },
    total=False,
)

class UsageTrackingResource(TypedDict, total=False):
    QueueId: S

class BudgetActionToAdd(TypedDict, total=False):
    Type: S
    ThresholdPercentage: F
    Description: S

class FixedBudgetSchedule(TypedDict, total=False):
    StartTime: T
    EndTime: T

class BudgetSchedule(TypedDict, total=False):
    Fixed: X[FixedBudgetSchedule]

CreateBudgetParameters = TypedDict(
    "CreateBudgetParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "UsageTrackingResource": X[UsageTrackingResource],
        "UsageTrackingResource.$": str,
        "ApproximateDollarLimit": F,
        "ApproximateDollarLimit.$": str,
        "Actions": L[Xi[BudgetActionToAdd]],
        "Actions.$": str,
        "Schedule": X[BudgetSchedule],
        "Schedule.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateFarmParameters = TypedDict(
    "CreateFarmParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "CostScaleFactor": F,
        "CostScaleFactor.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CustomerManagedAutoScalingConfiguration(TypedDict, total=False):
    StandbyWorkerCount: I
    WorkerIdleDurationSeconds: I
    ScaleOutWorkersPerMinute: I

class VCpuCountRange(TypedDict, total=False):
    Min: I
    Max: I

class MemoryMiBRange(TypedDict, total=False):
    Min: I
    Max: I

class AcceleratorCountRange(TypedDict, total=False):
    Min: I
    Max: I

class AcceleratorTotalMemoryMiBRange(TypedDict, total=False):
    Min: I
    Max: I

class FleetAmountCapability(TypedDict, total=False):
    Name: S
    Min: F
    Max: F

class FleetAttributeCapability(TypedDict, total=False):
    Name: S
    Values: L[Si]

class CustomerManagedWorkerCapabilities(TypedDict, total=False):
    VCpuCount: X[VCpuCountRange]
    MemoryMiB: X[MemoryMiBRange]
    AcceleratorTypes: L[Si]
    AcceleratorCount: X[AcceleratorCountRange]
    AcceleratorTotalMemoryMiB: X[AcceleratorTotalMemoryMiBRange]
    OsFamily: S
    CpuArchitectureType: S
    CustomAmounts: L[Xi[FleetAmountCapability]]
    CustomAttributes: L[Xi[FleetAttributeCapability]]

class CustomerManagedFleetConfiguration(TypedDict, total=False):
    Mode: S
    AutoScalingConfiguration: X[CustomerManagedAutoScalingConfiguration]
    WorkerCapabilities: X[CustomerManagedWorkerCapabilities]
    StorageProfileId: S
    TagPropagationMode: S

class Ec2EbsVolume(TypedDict, total=False):
    SizeGiB: I
    Iops: I
    ThroughputMiB: I

class AcceleratorSelection(TypedDict, total=False):
    Name: S
    Runtime: S

class AcceleratorCapabilities(TypedDict, total=False):
    Selections: L[Xi[AcceleratorSelection]]
    Count: X[AcceleratorCountRange]

class FleetSoftwareAddOn(TypedDict, total=False):
    Name: S

class ServiceManagedEc2InstanceCapabilities(TypedDict, total=False):
    VCpuCount: X[VCpuCountRange]
    MemoryMiB: X[MemoryMiBRange]
    OsFamily: S
    CpuArchitectureType: S
    RootEbsVolume: X[Ec2EbsVolume]
    AcceleratorCapabilities: X[AcceleratorCapabilities]
    AllowedInstanceTypes: L[Si]
    ExcludedInstanceTypes: L[Si]
    CustomAmounts: L[Xi[FleetAmountCapability]]
    CustomAttributes: L[Xi[FleetAttributeCapability]]
    SoftwareAddOns: L[Xi[FleetSoftwareAddOn]]

class ServiceManagedEc2InstanceMarketOptions(TypedDict, total=False):
    Type: S

class VpcConfiguration(TypedDict, total=False):
    ResourceConfigurationArns: L[Si]

class PersistentVolumeConfiguration(TypedDict, total=False):
    SizeGiB: I
    Iops: I
    ThroughputMiB: I
    MountPath: S
    LastUsedTtlHours: I

class ServiceManagedEc2AutoScalingConfiguration(TypedDict, total=False):
    StandbyWorkerCount: I
    WorkerIdleDurationSeconds: I
    ScaleOutWorkersPerMinute: I

class ServiceManagedEc2FleetConfiguration(TypedDict, total=False):
    InstanceCapabilities: X[ServiceManagedEc2InstanceCapabilities]
    InstanceMarketOptions: X[ServiceManagedEc2InstanceMarketOptions]
    VpcConfiguration: X[VpcConfiguration]
    StorageProfileId: S
    PersistentVolumeConfiguration: X[PersistentVolumeConfiguration]
    AutoScalingConfiguration: X[ServiceManagedEc2AutoScalingConfiguration]

class FleetConfiguration(TypedDict, total=False):
    CustomerManaged: X[CustomerManagedFleetConfiguration]
    ServiceManagedEc2: X[ServiceManagedEc2FleetConfiguration]

class HostConfiguration(TypedDict, total=False):
    ScriptBody: S
    ScriptTimeoutSeconds: I

CreateFleetParameters = TypedDict(
    "CreateFleetParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "MinWorkerCount": I,
        "MinWorkerCount.$": str,
        "MaxWorkerCount": I,
        "MaxWorkerCount.$": str,
        "Configuration": X[FleetConfiguration],
        "Configuration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "HostConfiguration": X[HostConfiguration],
        "HostConfiguration.$": str,
    },
    total=False,
)

class JobParameter(TypedDict, total=False):
    IntValue: S
    FloatValue: S
    String: S
    Path: S
    Bool: S
    RangeExpr: S
    StringList: L[Si]
    PathList: L[Si]
    IntList: L[Si]
    FloatList: L[Si]
    BoolList: L[Si]
    IntListList: L[Li[Si]]

class ManifestProperties(TypedDict, total=False):
    FileSystemLocationName: S
    RootPath: S
    RootPathFormat: S
    OutputRelativeDirectories: L[Si]
    InputManifestPath: S
    InputManifestHash: S

class Attachments(TypedDict, total=False):
    Manifests: L[Xi[ManifestProperties]]
    FileSystem: S

CreateJobParameters = TypedDict(
    "CreateJobParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Template": S,
        "Template.$": str,
        "TemplateType": S,
        "TemplateType.$": str,
        "Priority": I,
        "Priority.$": str,
        "Parameters": M[X[JobParameter]],
        "Parameters.$": str,
        "Attachments": X[Attachments],
        "Attachments.$": str,
        "StorageProfileId": S,
        "StorageProfileId.$": str,
        "TargetTaskRunStatus": S,
        "TargetTaskRunStatus.$": str,
        "MaxFailedTasksCount": I,
        "MaxFailedTasksCount.$": str,
        "MaxRetriesPerTask": I,
        "MaxRetriesPerTask.$": str,
        "MaxWorkerCount": I,
        "MaxWorkerCount.$": str,
        "SourceJobId": S,
        "SourceJobId.$": str,
        "NameOverride": S,
        "NameOverride.$": str,
        "DescriptionOverride": S,
        "DescriptionOverride.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateLicenseEndpointParameters = TypedDict(
    "CreateLicenseEndpointParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateLimitParameters = TypedDict(
    "CreateLimitParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "AmountRequirementName": S,
        "AmountRequirementName.$": str,
        "MaxCount": I,
        "MaxCount.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
CreateMonitorParameters = TypedDict(
    "CreateMonitorParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "IdentityCenterInstanceArn": S,
        "IdentityCenterInstanceArn.$": str,
        "IdentityCenterRegion": S,
        "IdentityCenterRegion.$": str,
        "Subdomain": S,
        "Subdomain.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class JobAttachmentSettings(TypedDict, total=False):
    S3BucketName: S
    RootPrefix: S

class PosixUser(TypedDict, total=False):
    User: S
    Group: S

class WindowsUser(TypedDict, total=False):
    User: S
    PasswordArn: S

class JobRunAsUser(TypedDict, total=False):
    Posix: X[PosixUser]
    Windows: X[WindowsUser]
    RunAs: S

class PriorityFifoSchedulingConfiguration(TypedDict, total=False): ...

class PriorityBalancedSchedulingConfiguration(TypedDict, total=False):
    RenderingTaskBuffer: I

class SchedulingMaxPriorityOverrideAlwaysScheduleFirst(TypedDict, total=False): ...

class SchedulingMaxPriorityOverride(TypedDict, total=False):
    AlwaysScheduleFirst: X[SchedulingMaxPriorityOverrideAlwaysScheduleFirst]

class SchedulingMinPriorityOverrideAlwaysScheduleLast(TypedDict, total=False): ...

class SchedulingMinPriorityOverride(TypedDict, total=False):
    AlwaysScheduleLast: X[SchedulingMinPriorityOverrideAlwaysScheduleLast]

class WeightedBalancedSchedulingConfiguration(TypedDict, total=False):
    PriorityWeight: F
    ErrorWeight: F
    SubmissionTimeWeight: F
    RenderingTaskWeight: F
    RenderingTaskBuffer: I
    MaxPriorityOverride: X[SchedulingMaxPriorityOverride]
    MinPriorityOverride: X[SchedulingMinPriorityOverride]

class SchedulingConfiguration(TypedDict, total=False):
    PriorityFifo: X[PriorityFifoSchedulingConfiguration]
    PriorityBalanced: X[PriorityBalancedSchedulingConfiguration]
    WeightedBalanced: X[WeightedBalancedSchedulingConfiguration]

CreateQueueParameters = TypedDict(
    "CreateQueueParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "DefaultBudgetAction": S,
        "DefaultBudgetAction.$": str,
        "JobAttachmentSettings": X[JobAttachmentSettings],
        "JobAttachmentSettings.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "JobRunAsUser": X[JobRunAsUser],
        "JobRunAsUser.$": str,
        "RequiredFileSystemLocationNames": L[Si],
        "RequiredFileSystemLocationNames.$": str,
        "AllowedStorageProfileIds": L[Si],
        "AllowedStorageProfileIds.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "SchedulingConfiguration": X[SchedulingConfiguration],
        "SchedulingConfiguration.$": str,
    },
    total=False,
)
CreateQueueEnvironmentParameters = TypedDict(
    "CreateQueueEnvironmentParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Priority": I,
        "Priority.$": str,
        "TemplateType": S,
        "TemplateType.$": str,
        "Template": S,
        "Template.$": str,
    },
    total=False,
)
CreateQueueFleetAssociationParameters = TypedDict(
    "CreateQueueFleetAssociationParameters",
    {"FarmId": S, "FarmId.$": str, "QueueId": S, "QueueId.$": str, "FleetId": S, "FleetId.$": str},
    total=False,
)
CreateQueueLimitAssociationParameters = TypedDict(
    "CreateQueueLimitAssociationParameters",
    {"FarmId": S, "FarmId.$": str, "QueueId": S, "QueueId.$": str, "LimitId": S, "LimitId.$": str},
    total=False,
)

class FileSystemLocation(TypedDict, total=False):
    Name: S
    Path: S
    Type: S

CreateStorageProfileParameters = TypedDict(
    "CreateStorageProfileParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "OsFamily": S,
        "OsFamily.$": str,
        "FileSystemLocations": L[Xi[FileSystemLocation]],
        "FileSystemLocations.$": str,
    },
    total=False,
)

class IpAddresses(TypedDict, total=False):
    IpV4Addresses: L[Si]
    IpV6Addresses: L[Si]

class HostPropertiesRequest(TypedDict, total=False):
    IpAddresses: X[IpAddresses]
    HostName: S

CreateWorkerParameters = TypedDict(
    "CreateWorkerParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "HostProperties": X[HostPropertiesRequest],
        "HostProperties.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteBudgetParameters = TypedDict(
    "DeleteBudgetParameters",
    {"FarmId": S, "FarmId.$": str, "BudgetId": S, "BudgetId.$": str},
    total=False,
)
DeleteFarmParameters = TypedDict(
    "DeleteFarmParameters", {"FarmId": S, "FarmId.$": str}, total=False
)
DeleteFleetParameters = TypedDict(
    "DeleteFleetParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteLicenseEndpointParameters = TypedDict(
    "DeleteLicenseEndpointParameters",
    {"LicenseEndpointId": S, "LicenseEndpointId.$": str},
    total=False,
)
DeleteLimitParameters = TypedDict(
    "DeleteLimitParameters",
    {"FarmId": S, "FarmId.$": str, "LimitId": S, "LimitId.$": str},
    total=False,
)
DeleteMeteredProductParameters = TypedDict(
    "DeleteMeteredProductParameters",
    {"LicenseEndpointId": S, "LicenseEndpointId.$": str, "ProductId": S, "ProductId.$": str},
    total=False,
)
DeleteMonitorParameters = TypedDict(
    "DeleteMonitorParameters", {"MonitorId": S, "MonitorId.$": str}, total=False
)
DeleteQueueParameters = TypedDict(
    "DeleteQueueParameters",
    {"FarmId": S, "FarmId.$": str, "QueueId": S, "QueueId.$": str},
    total=False,
)
DeleteQueueEnvironmentParameters = TypedDict(
    "DeleteQueueEnvironmentParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "QueueEnvironmentId": S,
        "QueueEnvironmentId.$": str,
    },
    total=False,
)
DeleteQueueFleetAssociationParameters = TypedDict(
    "DeleteQueueFleetAssociationParameters",
    {"FarmId": S, "FarmId.$": str, "QueueId": S, "QueueId.$": str, "FleetId": S, "FleetId.$": str},
    total=False,
)
DeleteQueueLimitAssociationParameters = TypedDict(
    "DeleteQueueLimitAssociationParameters",
    {"FarmId": S, "FarmId.$": str, "QueueId": S, "QueueId.$": str, "LimitId": S, "LimitId.$": str},
    total=False,
)
DeleteStorageProfileParameters = TypedDict(
    "DeleteStorageProfileParameters",
    {"FarmId": S, "FarmId.$": str, "StorageProfileId": S, "StorageProfileId.$": str},
    total=False,
)
DeleteVolumeParameters = TypedDict(
    "DeleteVolumeParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
    },
    total=False,
)
DeleteWorkerParameters = TypedDict(
    "DeleteWorkerParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "WorkerId": S,
        "WorkerId.$": str,
    },
    total=False,
)
DisassociateMemberFromFarmParameters = TypedDict(
    "DisassociateMemberFromFarmParameters",
    {"FarmId": S, "FarmId.$": str, "PrincipalId": S, "PrincipalId.$": str},
    total=False,
)
DisassociateMemberFromFleetParameters = TypedDict(
    "DisassociateMemberFromFleetParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
    },
    total=False,
)
DisassociateMemberFromJobParameters = TypedDict(
    "DisassociateMemberFromJobParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
    },
    total=False,
)
DisassociateMemberFromQueueParameters = TypedDict(
    "DisassociateMemberFromQueueParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
    },
    total=False,
)
GetBudgetParameters = TypedDict(
    "GetBudgetParameters",
    {"FarmId": S, "FarmId.$": str, "BudgetId": S, "BudgetId.$": str},
    total=False,
)
GetFarmParameters = TypedDict("GetFarmParameters", {"FarmId": S, "FarmId.$": str}, total=False)
GetFleetParameters = TypedDict(
    "GetFleetParameters",
    {"FarmId": S, "FarmId.$": str, "FleetId": S, "FleetId.$": str},
    total=False,
)
GetJobParameters = TypedDict(
    "GetJobParameters",
    {"FarmId": S, "FarmId.$": str, "QueueId": S, "QueueId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
GetLicenseEndpointParameters = TypedDict(
    "GetLicenseEndpointParameters",
    {"LicenseEndpointId": S, "LicenseEndpointId.$": str},
    total=False,
)
GetLimitParameters = TypedDict(
    "GetLimitParameters",
    {"FarmId": S, "FarmId.$": str, "LimitId": S, "LimitId.$": str},
    total=False,
)
GetMonitorParameters = TypedDict(
    "GetMonitorParameters", {"MonitorId": S, "MonitorId.$": str}, total=False
)
GetMonitorSettingsParameters = TypedDict(
    "GetMonitorSettingsParameters", {"MonitorId": S, "MonitorId.$": str}, total=False
)
GetQueueParameters = TypedDict(
    "GetQueueParameters",
    {"FarmId": S, "FarmId.$": str, "QueueId": S, "QueueId.$": str},
    total=False,
)
GetQueueEnvironmentParameters = TypedDict(
    "GetQueueEnvironmentParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "QueueEnvironmentId": S,
        "QueueEnvironmentId.$": str,
    },
    total=False,
)
GetQueueFleetAssociationParameters = TypedDict(
    "GetQueueFleetAssociationParameters",
    {"FarmId": S, "FarmId.$": str, "QueueId": S, "QueueId.$": str, "FleetId": S, "FleetId.$": str},
    total=False,
)
GetQueueLimitAssociationParameters = TypedDict(
    "GetQueueLimitAssociationParameters",
    {"FarmId": S, "FarmId.$": str, "QueueId": S, "QueueId.$": str, "LimitId": S, "LimitId.$": str},
    total=False,
)
GetSessionParameters = TypedDict(
    "GetSessionParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "SessionId": S,
        "SessionId.$": str,
    },
    total=False,
)
GetSessionActionParameters = TypedDict(
    "GetSessionActionParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "SessionActionId": S,
        "SessionActionId.$": str,
    },
    total=False,
)
GetSessionsStatisticsAggregationParameters = TypedDict(
    "GetSessionsStatisticsAggregationParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AggregationId": S,
        "AggregationId.$": str,
    },
    total=False,
)
GetStepParameters = TypedDict(
    "GetStepParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "StepId": S,
        "StepId.$": str,
    },
    total=False,
)
GetStorageProfileParameters = TypedDict(
    "GetStorageProfileParameters",
    {"FarmId": S, "FarmId.$": str, "StorageProfileId": S, "StorageProfileId.$": str},
    total=False,
)
GetStorageProfileForQueueParameters = TypedDict(
    "GetStorageProfileForQueueParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "StorageProfileId": S,
        "StorageProfileId.$": str,
    },
    total=False,
)
GetTaskParameters = TypedDict(
    "GetTaskParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "StepId": S,
        "StepId.$": str,
        "TaskId": S,
        "TaskId.$": str,
    },
    total=False,
)
GetVolumeParameters = TypedDict(
    "GetVolumeParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
    },
    total=False,
)
GetWorkerParameters = TypedDict(
    "GetWorkerParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "WorkerId": S,
        "WorkerId.$": str,
    },
    total=False,
)
ListAvailableMeteredProductsParameters = TypedDict(
    "ListAvailableMeteredProductsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListBudgetsParameters = TypedDict(
    "ListBudgetsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListFarmMembersParameters = TypedDict(
    "ListFarmMembersParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFarmsParameters = TypedDict(
    "ListFarmsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
    },
    total=False,
)
ListFleetMembersParameters = TypedDict(
    "ListFleetMembersParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFleetsParameters = TypedDict(
    "ListFleetsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListJobMembersParameters = TypedDict(
    "ListJobMembersParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListJobParameterDefinitionsParameters = TypedDict(
    "ListJobParameterDefinitionsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
    },
    total=False,
)
ListLicenseEndpointsParameters = TypedDict(
    "ListLicenseEndpointsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListLimitsParameters = TypedDict(
    "ListLimitsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMembershipsParameters = TypedDict(
    "ListMembershipsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "IdentityCenterRegion": S,
        "IdentityCenterRegion.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
    },
    total=False,
)
ListMeteredProductsParameters = TypedDict(
    "ListMeteredProductsParameters",
    {
        "LicenseEndpointId": S,
        "LicenseEndpointId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMonitorsParameters = TypedDict(
    "ListMonitorsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListQueueEnvironmentsParameters = TypedDict(
    "ListQueueEnvironmentsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListQueueFleetAssociationsParameters = TypedDict(
    "ListQueueFleetAssociationsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "FleetId": S,
        "FleetId.$": str,
    },
    total=False,
)
ListQueueLimitAssociationsParameters = TypedDict(
    "ListQueueLimitAssociationsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "LimitId": S,
        "LimitId.$": str,
    },
    total=False,
)
ListQueueMembersParameters = TypedDict(
    "ListQueueMembersParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
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
        "FarmId": S,
        "FarmId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListSessionActionsParameters = TypedDict(
    "ListSessionActionsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "TaskId": S,
        "TaskId.$": str,
    },
    total=False,
)
ListSessionsParameters = TypedDict(
    "ListSessionsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSessionsForWorkerParameters = TypedDict(
    "ListSessionsForWorkerParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "WorkerId": S,
        "WorkerId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStepConsumersParameters = TypedDict(
    "ListStepConsumersParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "StepId": S,
        "StepId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStepDependenciesParameters = TypedDict(
    "ListStepDependenciesParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "StepId": S,
        "StepId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStepsParameters = TypedDict(
    "ListStepsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStorageProfilesParameters = TypedDict(
    "ListStorageProfilesParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStorageProfilesForQueueParameters = TypedDict(
    "ListStorageProfilesForQueueParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
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
ListTasksParameters = TypedDict(
    "ListTasksParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "StepId": S,
        "StepId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListVolumesParameters = TypedDict(
    "ListVolumesParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWorkersParameters = TypedDict(
    "ListWorkersParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PutMeteredProductParameters = TypedDict(
    "PutMeteredProductParameters",
    {"LicenseEndpointId": S, "LicenseEndpointId.$": str, "ProductId": S, "ProductId.$": str},
    total=False,
)

class DateTimeFilterExpression(TypedDict, total=False):
    Name: S
    Operator: S
    DateTime: T

class ParameterFilterExpression(TypedDict, total=False):
    Name: S
    Operator: S
    Value: S

class SearchTermFilterExpression(TypedDict, total=False):
    SearchTerm: S
    MatchType: S

class StringFilterExpression(TypedDict, total=False):
    Name: S
    Operator: S
    Value: S

class StringListFilterExpression(TypedDict, total=False):
    Name: S
    Operator: S
    Values: L[Si]

class SearchFilterExpression(TypedDict, total=False):
    DateTimeFilter: X[DateTimeFilterExpression]
    ParameterFilter: X[ParameterFilterExpression]
    SearchTermFilter: X[SearchTermFilterExpression]
    StringFilter: X[StringFilterExpression]
    StringListFilter: X[StringListFilterExpression]
    GroupFilter: X[SearchGroupedFilterExpressions]

class SearchGroupedFilterExpressions(TypedDict, total=False):
    Filters: L[Xi[SearchFilterExpression]]
    Operator: S

class UserJobsFirst(TypedDict, total=False):
    UserIdentityId: S

class FieldSortExpression(TypedDict, total=False):
    SortOrder: S
    Name: S

class ParameterSortExpression(TypedDict, total=False):
    SortOrder: S
    Name: S

class SearchSortExpression(TypedDict, total=False):
    UserJobsFirst: X[UserJobsFirst]
    FieldSort: X[FieldSortExpression]
    ParameterSort: X[ParameterSortExpression]

SearchJobsParameters = TypedDict(
    "SearchJobsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FilterExpressions": X[SearchGroupedFilterExpressions],
        "FilterExpressions.$": str,
        "SortExpressions": L[Xi[SearchSortExpression]],
        "SortExpressions.$": str,
        "ItemOffset": I,
        "ItemOffset.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "QueueIds": L[Si],
        "QueueIds.$": str,
    },
    total=False,
)
SearchStepsParameters = TypedDict(
    "SearchStepsParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FilterExpressions": X[SearchGroupedFilterExpressions],
        "FilterExpressions.$": str,
        "SortExpressions": L[Xi[SearchSortExpression]],
        "SortExpressions.$": str,
        "ItemOffset": I,
        "ItemOffset.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "QueueIds": L[Si],
        "QueueIds.$": str,
        "JobId": S,
        "JobId.$": str,
    },
    total=False,
)
SearchTasksParameters = TypedDict(
    "SearchTasksParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FilterExpressions": X[SearchGroupedFilterExpressions],
        "FilterExpressions.$": str,
        "SortExpressions": L[Xi[SearchSortExpression]],
        "SortExpressions.$": str,
        "ItemOffset": I,
        "ItemOffset.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "QueueIds": L[Si],
        "QueueIds.$": str,
        "JobId": S,
        "JobId.$": str,
    },
    total=False,
)
SearchWorkersParameters = TypedDict(
    "SearchWorkersParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FilterExpressions": X[SearchGroupedFilterExpressions],
        "FilterExpressions.$": str,
        "SortExpressions": L[Xi[SearchSortExpression]],
        "SortExpressions.$": str,
        "ItemOffset": I,
        "ItemOffset.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "FleetIds": L[Si],
        "FleetIds.$": str,
    },
    total=False,
)

class SessionsStatisticsResources(TypedDict, total=False):
    QueueIds: L[Si]
    FleetIds: L[Si]

StartSessionsStatisticsAggregationParameters = TypedDict(
    "StartSessionsStatisticsAggregationParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "ResourceIds": X[SessionsStatisticsResources],
        "ResourceIds.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Timezone": S,
        "Timezone.$": str,
        "Period": S,
        "Period.$": str,
        "GroupBy": L[Si],
        "GroupBy.$": str,
        "Statistics": L[Si],
        "Statistics.$": str,
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

class BudgetActionToRemove(TypedDict, total=False):
    Type: S
    ThresholdPercentage: F

UpdateBudgetParameters = TypedDict(
    "UpdateBudgetParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "BudgetId": S,
        "BudgetId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "ApproximateDollarLimit": F,
        "ApproximateDollarLimit.$": str,
        "ActionsToAdd": L[Xi[BudgetActionToAdd]],
        "ActionsToAdd.$": str,
        "ActionsToRemove": L[Xi[BudgetActionToRemove]],
        "ActionsToRemove.$": str,
        "Schedule": X[BudgetSchedule],
        "Schedule.$": str,
    },
    total=False,
)
UpdateFarmParameters = TypedDict(
    "UpdateFarmParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "CostScaleFactor": F,
        "CostScaleFactor.$": str,
    },
    total=False,
)
UpdateFleetParameters = TypedDict(
    "UpdateFleetParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "MinWorkerCount": I,
        "MinWorkerCount.$": str,
        "MaxWorkerCount": I,
        "MaxWorkerCount.$": str,
        "Configuration": X[FleetConfiguration],
        "Configuration.$": str,
        "HostConfiguration": X[HostConfiguration],
        "HostConfiguration.$": str,
    },
    total=False,
)
UpdateJobParameters = TypedDict(
    "UpdateJobParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TargetTaskRunStatus": S,
        "TargetTaskRunStatus.$": str,
        "Priority": I,
        "Priority.$": str,
        "MaxFailedTasksCount": I,
        "MaxFailedTasksCount.$": str,
        "MaxRetriesPerTask": I,
        "MaxRetriesPerTask.$": str,
        "LifecycleStatus": S,
        "LifecycleStatus.$": str,
        "MaxWorkerCount": I,
        "MaxWorkerCount.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateLimitParameters = TypedDict(
    "UpdateLimitParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "LimitId": S,
        "LimitId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "MaxCount": I,
        "MaxCount.$": str,
    },
    total=False,
)
UpdateMonitorParameters = TypedDict(
    "UpdateMonitorParameters",
    {
        "MonitorId": S,
        "MonitorId.$": str,
        "Subdomain": S,
        "Subdomain.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
UpdateMonitorSettingsParameters = TypedDict(
    "UpdateMonitorSettingsParameters",
    {"MonitorId": S, "MonitorId.$": str, "Settings": M[S], "Settings.$": str},
    total=False,
)
UpdateQueueParameters = TypedDict(
    "UpdateQueueParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "DefaultBudgetAction": S,
        "DefaultBudgetAction.$": str,
        "JobAttachmentSettings": X[JobAttachmentSettings],
        "JobAttachmentSettings.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "JobRunAsUser": X[JobRunAsUser],
        "JobRunAsUser.$": str,
        "RequiredFileSystemLocationNamesToAdd": L[Si],
        "RequiredFileSystemLocationNamesToAdd.$": str,
        "RequiredFileSystemLocationNamesToRemove": L[Si],
        "RequiredFileSystemLocationNamesToRemove.$": str,
        "AllowedStorageProfileIdsToAdd": L[Si],
        "AllowedStorageProfileIdsToAdd.$": str,
        "AllowedStorageProfileIdsToRemove": L[Si],
        "AllowedStorageProfileIdsToRemove.$": str,
        "SchedulingConfiguration": X[SchedulingConfiguration],
        "SchedulingConfiguration.$": str,
    },
    total=False,
)
UpdateQueueEnvironmentParameters = TypedDict(
    "UpdateQueueEnvironmentParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "QueueEnvironmentId": S,
        "QueueEnvironmentId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Priority": I,
        "Priority.$": str,
        "TemplateType": S,
        "TemplateType.$": str,
        "Template": S,
        "Template.$": str,
    },
    total=False,
)
UpdateQueueFleetAssociationParameters = TypedDict(
    "UpdateQueueFleetAssociationParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateQueueLimitAssociationParameters = TypedDict(
    "UpdateQueueLimitAssociationParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "LimitId": S,
        "LimitId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateSessionParameters = TypedDict(
    "UpdateSessionParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TargetLifecycleStatus": S,
        "TargetLifecycleStatus.$": str,
    },
    total=False,
)
UpdateStepParameters = TypedDict(
    "UpdateStepParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "StepId": S,
        "StepId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TargetTaskRunStatus": S,
        "TargetTaskRunStatus.$": str,
    },
    total=False,
)
UpdateStorageProfileParameters = TypedDict(
    "UpdateStorageProfileParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "StorageProfileId": S,
        "StorageProfileId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "OsFamily": S,
        "OsFamily.$": str,
        "FileSystemLocationsToAdd": L[Xi[FileSystemLocation]],
        "FileSystemLocationsToAdd.$": str,
        "FileSystemLocationsToRemove": L[Xi[FileSystemLocation]],
        "FileSystemLocationsToRemove.$": str,
    },
    total=False,
)
UpdateTaskParameters = TypedDict(
    "UpdateTaskParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "QueueId": S,
        "QueueId.$": str,
        "JobId": S,
        "JobId.$": str,
        "StepId": S,
        "StepId.$": str,
        "TaskId": S,
        "TaskId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TargetRunStatus": S,
        "TargetRunStatus.$": str,
    },
    total=False,
)

class WorkerAmountCapability(TypedDict, total=False):
    Name: S
    Value: F

class WorkerAttributeCapability(TypedDict, total=False):
    Name: S
    Values: L[Si]

class WorkerCapabilities(TypedDict, total=False):
    Amounts: L[Xi[WorkerAmountCapability]]
    Attributes: L[Xi[WorkerAttributeCapability]]

UpdateWorkerParameters = TypedDict(
    "UpdateWorkerParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "WorkerId": S,
        "WorkerId.$": str,
        "Status": S,
        "Status.$": str,
        "Capabilities": X[WorkerCapabilities],
        "Capabilities.$": str,
        "HostProperties": X[HostPropertiesRequest],
        "HostProperties.$": str,
    },
    total=False,
)

class TaskRunManifestPropertiesRequest(TypedDict, total=False):
    OutputManifestPath: S
    OutputManifestHash: S

class UpdatedSessionActionInfo(TypedDict, total=False):
    CompletedStatus: S
    ProcessExitCode: I
    ProgressMessage: S
    StartedAt: T
    EndedAt: T
    UpdatedAt: T
    ProgressPercent: F
    Manifests: L[Xi[TaskRunManifestPropertiesRequest]]

UpdateWorkerScheduleParameters = TypedDict(
    "UpdateWorkerScheduleParameters",
    {
        "FarmId": S,
        "FarmId.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "WorkerId": S,
        "WorkerId.$": str,
        "UpdatedSessionActions": M[X[UpdatedSessionActionInfo]],
        "UpdatedSessionActions.$": str,
    },
    total=False,
)
associate_member_to_farm: Builder[AssociateMemberToFarmParameters]
associate_member_to_fleet: Builder[AssociateMemberToFleetParameters]
associate_member_to_job: Builder[AssociateMemberToJobParameters]
associate_member_to_queue: Builder[AssociateMemberToQueueParameters]
assume_fleet_role_for_read: Builder[AssumeFleetRoleForReadParameters]
assume_fleet_role_for_worker: Builder[AssumeFleetRoleForWorkerParameters]
assume_queue_role_for_read: Builder[AssumeQueueRoleForReadParameters]
assume_queue_role_for_user: Builder[AssumeQueueRoleForUserParameters]
assume_queue_role_for_worker: Builder[AssumeQueueRoleForWorkerParameters]
batch_get_job: Builder[BatchGetJobParameters]
batch_get_job_entity: Builder[BatchGetJobEntityParameters]
batch_get_session: Builder[BatchGetSessionParameters]
batch_get_session_action: Builder[BatchGetSessionActionParameters]
batch_get_step: Builder[BatchGetStepParameters]
batch_get_task: Builder[BatchGetTaskParameters]
batch_get_worker: Builder[BatchGetWorkerParameters]
batch_update_job: Builder[BatchUpdateJobParameters]
batch_update_task: Builder[BatchUpdateTaskParameters]
copy_job_template: Builder[CopyJobTemplateParameters]
create_budget: Builder[CreateBudgetParameters]
create_farm: Builder[CreateFarmParameters]
create_fleet: Builder[CreateFleetParameters]
create_job: Builder[CreateJobParameters]
create_license_endpoint: Builder[CreateLicenseEndpointParameters]
create_limit: Builder[CreateLimitParameters]
create_monitor: Builder[CreateMonitorParameters]
create_queue: Builder[CreateQueueParameters]
create_queue_environment: Builder[CreateQueueEnvironmentParameters]
create_queue_fleet_association: Builder[CreateQueueFleetAssociationParameters]
create_queue_limit_association: Builder[CreateQueueLimitAssociationParameters]
create_storage_profile: Builder[CreateStorageProfileParameters]
create_worker: Builder[CreateWorkerParameters]
delete_budget: Builder[DeleteBudgetParameters]
delete_farm: Builder[DeleteFarmParameters]
delete_fleet: Builder[DeleteFleetParameters]
delete_license_endpoint: Builder[DeleteLicenseEndpointParameters]
delete_limit: Builder[DeleteLimitParameters]
delete_metered_product: Builder[DeleteMeteredProductParameters]
delete_monitor: Builder[DeleteMonitorParameters]
delete_queue: Builder[DeleteQueueParameters]
delete_queue_environment: Builder[DeleteQueueEnvironmentParameters]
delete_queue_fleet_association: Builder[DeleteQueueFleetAssociationParameters]
delete_queue_limit_association: Builder[DeleteQueueLimitAssociationParameters]
delete_storage_profile: Builder[DeleteStorageProfileParameters]
delete_volume: Builder[DeleteVolumeParameters]
delete_worker: Builder[DeleteWorkerParameters]
disassociate_member_from_farm: Builder[DisassociateMemberFromFarmParameters]
disassociate_member_from_fleet: Builder[DisassociateMemberFromFleetParameters]
disassociate_member_from_job: Builder[DisassociateMemberFromJobParameters]
disassociate_member_from_queue: Builder[DisassociateMemberFromQueueParameters]
get_budget: Builder[GetBudgetParameters]
get_farm: Builder[GetFarmParameters]
get_fleet: Builder[GetFleetParameters]
get_job: Builder[GetJobParameters]
get_license_endpoint: Builder[GetLicenseEndpointParameters]
get_limit: Builder[GetLimitParameters]
get_monitor: Builder[GetMonitorParameters]
get_monitor_settings: Builder[GetMonitorSettingsParameters]
get_queue: Builder[GetQueueParameters]
get_queue_environment: Builder[GetQueueEnvironmentParameters]
get_queue_fleet_association: Builder[GetQueueFleetAssociationParameters]
get_queue_limit_association: Builder[GetQueueLimitAssociationParameters]
get_session: Builder[GetSessionParameters]
get_session_action: Builder[GetSessionActionParameters]
get_sessions_statistics_aggregation: Builder[GetSessionsStatisticsAggregationParameters]
get_step: Builder[GetStepParameters]
get_storage_profile: Builder[GetStorageProfileParameters]
get_storage_profile_for_queue: Builder[GetStorageProfileForQueueParameters]
get_task: Builder[GetTaskParameters]
get_volume: Builder[GetVolumeParameters]
get_worker: Builder[GetWorkerParameters]
list_available_metered_products: Builder[ListAvailableMeteredProductsParameters]
list_budgets: Builder[ListBudgetsParameters]
list_farm_members: Builder[ListFarmMembersParameters]
list_farms: Builder[ListFarmsParameters]
list_fleet_members: Builder[ListFleetMembersParameters]
list_fleets: Builder[ListFleetsParameters]
list_job_members: Builder[ListJobMembersParameters]
list_job_parameter_definitions: Builder[ListJobParameterDefinitionsParameters]
list_jobs: Builder[ListJobsParameters]
list_license_endpoints: Builder[ListLicenseEndpointsParameters]
list_limits: Builder[ListLimitsParameters]
list_memberships: Builder[ListMembershipsParameters]
list_metered_products: Builder[ListMeteredProductsParameters]
list_monitors: Builder[ListMonitorsParameters]
list_queue_environments: Builder[ListQueueEnvironmentsParameters]
list_queue_fleet_associations: Builder[ListQueueFleetAssociationsParameters]
list_queue_limit_associations: Builder[ListQueueLimitAssociationsParameters]
list_queue_members: Builder[ListQueueMembersParameters]
list_queues: Builder[ListQueuesParameters]
list_session_actions: Builder[ListSessionActionsParameters]
list_sessions: Builder[ListSessionsParameters]
list_sessions_for_worker: Builder[ListSessionsForWorkerParameters]
list_step_consumers: Builder[ListStepConsumersParameters]
list_step_dependencies: Builder[ListStepDependenciesParameters]
list_steps: Builder[ListStepsParameters]
list_storage_profiles: Builder[ListStorageProfilesParameters]
list_storage_profiles_for_queue: Builder[ListStorageProfilesForQueueParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tasks: Builder[ListTasksParameters]
list_volumes: Builder[ListVolumesParameters]
list_workers: Builder[ListWorkersParameters]
put_metered_product: Builder[PutMeteredProductParameters]
search_jobs: Builder[SearchJobsParameters]
search_steps: Builder[SearchStepsParameters]
search_tasks: Builder[SearchTasksParameters]
search_workers: Builder[SearchWorkersParameters]
start_sessions_statistics_aggregation: Builder[StartSessionsStatisticsAggregationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_budget: Builder[UpdateBudgetParameters]
update_farm: Builder[UpdateFarmParameters]
update_fleet: Builder[UpdateFleetParameters]
update_job: Builder[UpdateJobParameters]
update_limit: Builder[UpdateLimitParameters]
update_monitor: Builder[UpdateMonitorParameters]
update_monitor_settings: Builder[UpdateMonitorSettingsParameters]
update_queue: Builder[UpdateQueueParameters]
update_queue_environment: Builder[UpdateQueueEnvironmentParameters]
update_queue_fleet_association: Builder[UpdateQueueFleetAssociationParameters]
update_queue_limit_association: Builder[UpdateQueueLimitAssociationParameters]
update_session: Builder[UpdateSessionParameters]
update_step: Builder[UpdateStepParameters]
update_storage_profile: Builder[UpdateStorageProfileParameters]
update_task: Builder[UpdateTaskParameters]
update_worker: Builder[UpdateWorkerParameters]
update_worker_schedule: Builder[UpdateWorkerScheduleParameters]

__all__ = [
    "associate_member_to_farm",
    "associate_member_to_fleet",
    "associate_member_to_job",
    "associate_member_to_queue",
    "assume_fleet_role_for_read",
    "assume_fleet_role_for_worker",
    "assume_queue_role_for_read",
    "assume_queue_role_for_user",
    "assume_queue_role_for_worker",
    "batch_get_job",
    "batch_get_job_entity",
    "batch_get_session",
    "batch_get_session_action",
    "batch_get_step",
    "batch_get_task",
    "batch_get_worker",
    "batch_update_job",
    "batch_update_task",
    "copy_job_template",
    "create_budget",
    "create_farm",
    "create_fleet",
    "create_job",
    "create_license_endpoint",
    "create_limit",
    "create_monitor",
    "create_queue",
    "create_queue_environment",
    "create_queue_fleet_association",
    "create_queue_limit_association",
    "create_storage_profile",
    "create_worker",
    "delete_budget",
    "delete_farm",
    "delete_fleet",
    "delete_license_endpoint",
    "delete_limit",
    "delete_metered_product",
    "delete_monitor",
    "delete_queue",
    "delete_queue_environment",
    "delete_queue_fleet_association",
    "delete_queue_limit_association",
    "delete_storage_profile",
    "delete_volume",
    "delete_worker",
    "disassociate_member_from_farm",
    "disassociate_member_from_fleet",
    "disassociate_member_from_job",
    "disassociate_member_from_queue",
    "get_budget",
    "get_farm",
    "get_fleet",
    "get_job",
    "get_license_endpoint",
    "get_limit",
    "get_monitor",
    "get_monitor_settings",
    "get_queue",
    "get_queue_environment",
    "get_queue_fleet_association",
    "get_queue_limit_association",
    "get_session",
    "get_session_action",
    "get_sessions_statistics_aggregation",
    "get_step",
    "get_storage_profile",
    "get_storage_profile_for_queue",
    "get_task",
    "get_volume",
    "get_worker",
    "list_available_metered_products",
    "list_budgets",
    "list_farm_members",
    "list_farms",
    "list_fleet_members",
    "list_fleets",
    "list_job_members",
    "list_job_parameter_definitions",
    "list_jobs",
    "list_license_endpoints",
    "list_limits",
    "list_memberships",
    "list_metered_products",
    "list_monitors",
    "list_queue_environments",
    "list_queue_fleet_associations",
    "list_queue_limit_associations",
    "list_queue_members",
    "list_queues",
    "list_session_actions",
    "list_sessions",
    "list_sessions_for_worker",
    "list_step_consumers",
    "list_step_dependencies",
    "list_steps",
    "list_storage_profiles",
    "list_storage_profiles_for_queue",
    "list_tags_for_resource",
    "list_tasks",
    "list_volumes",
    "list_workers",
    "put_metered_product",
    "search_jobs",
    "search_steps",
    "search_tasks",
    "search_workers",
    "start_sessions_statistics_aggregation",
    "tag_resource",
    "untag_resource",
    "update_budget",
    "update_farm",
    "update_fleet",
    "update_job",
    "update_limit",
    "update_monitor",
    "update_monitor_settings",
    "update_queue",
    "update_queue_environment",
    "update_queue_fleet_association",
    "update_queue_limit_association",
    "update_session",
    "update_step",
    "update_storage_profile",
    "update_task",
    "update_worker",
    "update_worker_schedule",
]
