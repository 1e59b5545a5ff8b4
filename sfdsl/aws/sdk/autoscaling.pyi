"""Typed builders of the AWS SDK integration of autoscaling (``aws-sdk:autoscaling:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, S, Si, T, X, Xi

AttachInstancesParameters = TypedDict(
    "AttachInstancesParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
    },
    total=False,
)
AttachLoadBalancerTargetGroupsParameters = TypedDict(
    "AttachLoadBalancerTargetGroupsParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "TargetGroupARNs": L[Si],
        "TargetGroupARNs.$": str,
    },
    total=False,
)
AttachLoadBalancersParameters = TypedDict(
    "AttachLoadBalancersParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "LoadBalancerNames": L[Si],
        "LoadBalancerNames.$": str,
    },
    total=False,
)

class TrafficSourceIdentifier(TypedDict, total=False):
    Identifier: S
    Type: S

AttachTrafficSourcesParameters = TypedDict(
    "AttachTrafficSourcesParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "TrafficSources": L[Xi[TrafficSourceIdentifier]],
        "TrafficSources.$": str,
        "SkipZonalShiftValidation": B,
        "SkipZonalShiftValidation.$": str,
    },
    total=False,
)
BatchDeleteScheduledActionParameters = TypedDict(
    "BatchDeleteScheduledActionParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "ScheduledActionNames": L[Si],
        "ScheduledActionNames.$": str,
    },
    total=False,
)

class ScheduledUpdateGroupActionRequest(TypedDict, total=False):
    ScheduledActionName: S
    StartTime: T
    EndTime: T
    Recurrence: S
    MinSize: I
    MaxSize: I
    DesiredCapacity: I
    TimeZone: S

BatchPutScheduledUpdateGroupActionParameters = TypedDict(
    "BatchPutScheduledUpdateGroupActionParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "ScheduledUpdateGroupActions": L[Xi[ScheduledUpdateGroupActionRequest]],
        "ScheduledUpdateGroupActions.$": str,
    },
    total=False,
)
CancelInstanceRefreshParameters = TypedDict(
    "CancelInstanceRefreshParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "WaitForTransitioningInstances": B,
        "WaitForTransitioningInstances.$": str,
    },
    total=False,
)
CompleteLifecycleActionParameters = TypedDict(
    "CompleteLifecycleActionParameters",
    {
        "LifecycleHookName": S,
        "LifecycleHookName.$": str,
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "LifecycleActionToken": S,
        "LifecycleActionToken.$": str,
        "LifecycleActionResult": S,
        "LifecycleActionResult.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)

class LaunchTemplateSpecification(TypedDict, total=False):
    LaunchTemplateId: S
    LaunchTemplateName: S
    Version: S

class VCpuCountRequest(TypedDict, total=False):
    Min: I
    Max: I

class MemoryMiBRequest(TypedDict, total=False):
    Min: I
    Max: I

class MemoryGiBPerVCpuRequest(TypedDict, total=False):
    Min: F
    Max: F

class NetworkInterfaceCountRequest(TypedDict, total=False):
    Min: I
    Max: I

class TotalLocalStorageGBRequest(TypedDict, total=False):
    Min: F
    Max: F

class BaselineEbsBandwidthMbpsRequest(TypedDict, total=False):
    Min: I
    Max: I

class AcceleratorCountRequest(TypedDict, total=False):
    Min: I
    Max: I

class AcceleratorTotalMemoryMiBRequest(TypedDict, total=False):
    Min: I
    Max: I

class NetworkBandwidthGbpsRequest(TypedDict, total=False):
    Min: F
    Max: F

class PerformanceFactorReferenceRequest(TypedDict, total=False):
    InstanceFamily: S

class CpuPerformanceFactorRequest(TypedDict, total=False):
    References: L[Xi[PerformanceFactorReferenceRequest]]

class BaselinePerformanceFactorsRequest(TypedDict, total=False):
    Cpu: X[CpuPerformanceFactorRequest]

class InstanceRequirements(TypedDict, total=False):
    VCpuCount: X[VCpuCountRequest]
    MemoryMiB: X[MemoryMiBRequest]
    CpuManufacturers: L[Si]
    MemoryGiBPerVCpu: X[MemoryGiBPerVCpuRequest]
    ExcludedInstanceTypes: L[Si]
    InstanceGenerations: L[Si]
    SpotMaxPricePercentageOverLowestPrice: I
    MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: I
    OnDemandMaxPricePercentageOverLowestPrice: I
    BareMetal: S
    BurstablePerformance: S
    RequireHibernateSupport: B
    NetworkInterfaceCount: X[NetworkInterfaceCountRequest]
    LocalStorage: S
    LocalStorageTypes: L[Si]
    TotalLocalStorageGB: X[TotalLocalStorageGBRequest]
    BaselineEbsBandwidthMbps: X[BaselineEbsBandwidthMbpsRequest]
    AcceleratorTypes: L[Si]
    AcceleratorCount: X[AcceleratorCountRequest]
    AcceleratorManufacturers: L[Si]
    AcceleratorNames: L[Si]
    AcceleratorTotalMemoryMiB: X[AcceleratorTotalMemoryMiBRequest]
    NetworkBandwidthGbps: X[NetworkBandwidthGbpsRequest]
    AllowedInstanceTypes: L[Si]
    BaselinePerformanceFactors: X[BaselinePerformanceFactorsRequest]

class LaunchTemplateOverrides(TypedDict, total=False):
    InstanceType: S
    WeightedCapacity: S
    LaunchTemplateSpecification: X[LaunchTemplateSpecification]
    InstanceRequirements: X[InstanceRequirements]
    ImageId: S

class LaunchTemplate(TypedDict, total=False):
    LaunchTemplateSpecification: X[LaunchTemplateSpecification]
    Overrides: L[Xi[LaunchTemplateOverrides]]

class DistributionSegment(TypedDict, total=False):
    TargetCapacityTypes: L[Si]

class InstancesDistribution(TypedDict, total=False):
    OnDemandAllocationStrategy: S
    OnDemandBaseCapacity: I
    OnDemandPercentageAboveBaseCapacity: I
    SpotAllocationStrategy: S
    SpotInstancePools: I
    SpotMaxPrice: S
    DistributionSegments: L[Xi[DistributionSegment]]

class MixedInstancesPolicy(TypedDict, total=False):
    LaunchTemplate: X[LaunchTemplate]
    InstancesDistribution: X[InstancesDistribution]

class LifecycleHookSpecification(TypedDict, total=False):
    LifecycleHookName: S
    LifecycleTransition: S
    NotificationMetadata: S
    HeartbeatTimeout: I
    DefaultResult: S
    NotificationTargetARN: S
    RoleARN: S

class Tag(TypedDict, total=False):
    ResourceId: S
    ResourceType: S
    Key: S
    Value: S
    PropagateAtLaunch: B

class InstanceMaintenancePolicy(TypedDict, total=False):
    MinHealthyPercentage: I
    MaxHealthyPercentage: I

class AvailabilityZoneDistribution(TypedDict, total=False):
    CapacityDistributionStrategy: S

class AvailabilityZoneImpairmentPolicy(TypedDict, total=False):
    ZonalShiftEnabled: B
    ImpairedZoneHealthCheckBehavior: S

class CapacityReservationTarget(TypedDict, total=False):
    CapacityReservationIds: L[Si]
    CapacityReservationResourceGroupArns: L[Si]

class CapacityReservationSpecification(TypedDict, total=False):
    CapacityReservationPreference: S
    CapacityReservationTarget: X[CapacityReservationTarget]

class RetentionTriggers(TypedDict, total=False):
    TerminateHookAbandon: S

class InstanceLifecyclePolicy(TypedDict, total=False):
    RetentionTriggers: X[RetentionTriggers]

class Operator(TypedDict, total=False):
    Principal: S

CreateAutoScalingGroupParameters = TypedDict(
    "CreateAutoScalingGroupParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "LaunchConfigurationName": S,
        "LaunchConfigurationName.$": str,
        "LaunchTemplate": X[LaunchTemplateSpecification],
        "LaunchTemplate.$": str,
        "MixedInstancesPolicy": X[MixedInstancesPolicy],
        "MixedInstancesPolicy.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "MinSize": I,
        "MinSize.$": str,
        "MaxSize": I,
        "MaxSize.$": str,
        "DesiredCapacity": I,
        "DesiredCapacity.$": str,
        "DefaultCooldown": I,
        "DefaultCooldown.$": str,
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "AvailabilityZoneIds": L[Si],
        "AvailabilityZoneIds.$": str,
        "LoadBalancerNames": L[Si],
        "LoadBalancerNames.$": str,
        "TargetGroupARNs": L[Si],
        "TargetGroupARNs.$": str,
        "HealthCheckType": S,
        "HealthCheckType.$": str,
        "HealthCheckGracePeriod": I,
        "HealthCheckGracePeriod.$": str,
        "PlacementGroup": S,
        "PlacementGroup.$": str,
        "VpcZoneIdentifier": S,
        "VpcZoneIdentifier.$": str,
        "TerminationPolicies": L[Si],
        "TerminationPolicies.$": str,
        "NewInstancesProtectedFromScaleIn": B,
        "NewInstancesProtectedFromScaleIn.$": str,
        "CapacityRebalance": B,
        "CapacityRebalance.$": str,
        "LifecycleHookSpecificationList": L[Xi[LifecycleHookSpecification]],
        "LifecycleHookSpecificationList.$": str,
        "DeletionProtection": S,
        "DeletionProtection.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ServiceLinkedRoleARN": S,
        "ServiceLinkedRoleARN.$": str,
        "MaxInstanceLifetime": I,
        "MaxInstanceLifetime.$": str,
        "Context": S,
        "Context.$": str,
        "DesiredCapacityType": S,
        "DesiredCapacityType.$": str,
        "DefaultInstanceWarmup": I,
        "DefaultInstanceWarmup.$": str,
        "TrafficSources": L[Xi[TrafficSourceIdentifier]],
        "TrafficSources.$": str,
        "InstanceMaintenancePolicy": X[InstanceMaintenancePolicy],
        "InstanceMaintenancePolicy.$": str,
        "AvailabilityZoneDistribution": X[AvailabilityZoneDistribution],
        "AvailabilityZoneDistribution.$": str,
        "AvailabilityZoneImpairmentPolicy": X[AvailabilityZoneImpairmentPolicy],
        "AvailabilityZoneImpairmentPolicy.$": str,
        "SkipZonalShiftValidation": B,
        "SkipZonalShiftValidation.$": str,
        "CapacityReservationSpecification": X[CapacityReservationSpecification],
        "CapacityReservationSpecification.$": str,
        "InstanceLifecyclePolicy": X[InstanceLifecyclePolicy],
        "InstanceLifecyclePolicy.$": str,
        "Operator": X[Operator],
        "Operator.$": str,
    },
    total=False,
)

class Ebs(TypedDict, total=False):
    SnapshotId: S
    VolumeSize: I
    VolumeType: S
    DeleteOnTermination: B
    Iops: I
    Encrypted: B
    Throughput: I

class BlockDeviceMapping(TypedDict, total=False):
    VirtualName: S
    DeviceName: S
    Ebs: X[Ebs]
    NoDevice: B

class InstanceMonitoring(TypedDict, total=False):
    Enabled: B

class InstanceMetadataOptions(TypedDict, total=False):
    HttpTokens: S
    HttpPutResponseHopLimit: I
    HttpEndpoint: S

CreateLaunchConfigurationParameters = TypedDict(
    "CreateLaunchConfigurationParameters",
    {
        "LaunchConfigurationName": S,
        "LaunchConfigurationName.$": str,
        "ImageId": S,
        "ImageId.$": str,
        "KeyName": S,
        "KeyName.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
        "ClassicLinkVPCId": S,
        "ClassicLinkVPCId.$": str,
        "ClassicLinkVPCSecurityGroups": L[Si],
        "ClassicLinkVPCSecurityGroups.$": str,
        "UserData": S,
        "UserData.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "KernelId": S,
        "KernelId.$": str,
        "RamdiskId": S,
        "RamdiskId.$": str,
        "BlockDeviceMappings": L[Xi[BlockDeviceMapping]],
        "BlockDeviceMappings.$": str,
        "InstanceMonitoring": X[InstanceMonitoring],
        "InstanceMonitoring.$": str,
        "SpotPrice": S,
        "SpotPrice.$": str,
        "IamInstanceProfile": S,
        "IamInstanceProfile.$": str,
        "EbsOptimized": B,
        "EbsOptimized.$": str,
        "AssociatePublicIpAddress": B,
        "AssociatePublicIpAddress.$": str,
        "PlacementTenancy": S,
        "PlacementTenancy.$": str,
        "MetadataOptions": X[InstanceMetadataOptions],
        "MetadataOptions.$": str,
    },
    total=False,
)
CreateOrUpdateTagsParameters = TypedDict(
    "CreateOrUpdateTagsParameters", {"Tags": L[Xi[Tag]], "Tags.$": str}, total=False
)
DeleteAutoScalingGroupParameters = TypedDict(
    "DeleteAutoScalingGroupParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "ForceDelete": B,
        "ForceDelete.$": str,
    },
    total=False,
)
DeleteLaunchConfigurationParameters = TypedDict(
    "DeleteLaunchConfigurationParameters",
    {"LaunchConfigurationName": S, "LaunchConfigurationName.$": str},
    total=False,
)
DeleteLifecycleHookParameters = TypedDict(
    "DeleteLifecycleHookParameters",
    {
        "LifecycleHookName": S,
        "LifecycleHookName.$": str,
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
    },
    total=False,
)
DeleteNotificationConfigurationParameters = TypedDict(
    "DeleteNotificationConfigurationParameters",
    {"AutoScalingGroupName": S, "AutoScalingGroupName.$": str, "TopicARN": S, "TopicARN.$": str},
    total=False,
)
DeletePolicyParameters = TypedDict(
    "DeletePolicyParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
    },
    total=False,
)
DeleteScheduledActionParameters = TypedDict(
    "DeleteScheduledActionParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "ScheduledActionName": S,
        "ScheduledActionName.$": str,
    },
    total=False,
)
DeleteTagsParameters = TypedDict(
    "DeleteTagsParameters", {"Tags": L[Xi[Tag]], "Tags.$": str}, total=False
)
DeleteWarmPoolParameters = TypedDict(
    "DeleteWarmPoolParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "ForceDelete": B,
        "ForceDelete.$": str,
    },
    total=False,
)

class DescribeAccountLimitsParameters(TypedDict, total=False): ...

DescribeAccountSettingsParameters = TypedDict(
    "DescribeAccountSettingsParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)

class DescribeAdjustmentTypesParameters(TypedDict, total=False): ...

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeAutoScalingGroupsParameters = TypedDict(
    "DescribeAutoScalingGroupsParameters",
    {
        "AutoScalingGroupNames": L[Si],
        "AutoScalingGroupNames.$": str,
        "IncludeInstances": B,
        "IncludeInstances.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeAutoScalingInstancesParameters = TypedDict(
    "DescribeAutoScalingInstancesParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribeAutoScalingNotificationTypesParameters(TypedDict, total=False): ...

DescribeInstanceRefreshesParameters = TypedDict(
    "DescribeInstanceRefreshesParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "InstanceRefreshIds": L[Si],
        "InstanceRefreshIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeLaunchConfigurationsParameters = TypedDict(
    "DescribeLaunchConfigurationsParameters",
    {
        "LaunchConfigurationNames": L[Si],
        "LaunchConfigurationNames.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)

class DescribeLifecycleHookTypesParameters(TypedDict, total=False): ...

DescribeLifecycleHooksParameters = TypedDict(
    "DescribeLifecycleHooksParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "LifecycleHookNames": L[Si],
        "LifecycleHookNames.$": str,
    },
    total=False,
)
DescribeLoadBalancerTargetGroupsParameters = TypedDict(
    "DescribeLoadBalancerTargetGroupsParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeLoadBalancersParameters = TypedDict(
    "DescribeLoadBalancersParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)

class DescribeMetricCollectionTypesParameters(TypedDict, total=False): ...

DescribeNotificationConfigurationsParameters = TypedDict(
    "DescribeNotificationConfigurationsParameters",
    {
        "AutoScalingGroupNames": L[Si],
        "AutoScalingGroupNames.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribePoliciesParameters = TypedDict(
    "DescribePoliciesParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "PolicyNames": L[Si],
        "PolicyNames.$": str,
        "PolicyTypes": L[Si],
        "PolicyTypes.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeScalingActivitiesParameters = TypedDict(
    "DescribeScalingActivitiesParameters",
    {
        "ActivityIds": L[Si],
        "ActivityIds.$": str,
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "IncludeDeletedGroups": B,
        "IncludeDeletedGroups.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)

class DescribeScalingProcessTypesParameters(TypedDict, total=False): ...

DescribeScheduledActionsParameters = TypedDict(
    "DescribeScheduledActionsParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "ScheduledActionNames": L[Si],
        "ScheduledActionNames.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeTagsParameters = TypedDict(
    "DescribeTagsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)

class DescribeTerminationPolicyTypesParameters(TypedDict, total=False): ...

DescribeTrafficSourcesParameters = TypedDict(
    "DescribeTrafficSourcesParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "TrafficSourceType": S,
        "TrafficSourceType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
    },
    total=False,
)
DescribeWarmPoolParameters = TypedDict(
    "DescribeWarmPoolParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DetachInstancesParameters = TypedDict(
    "DetachInstancesParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "ShouldDecrementDesiredCapacity": B,
        "ShouldDecrementDesiredCapacity.$": str,
    },
    total=False,
)
DetachLoadBalancerTargetGroupsParameters = TypedDict(
    "DetachLoadBalancerTargetGroupsParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "TargetGroupARNs": L[Si],
        "TargetGroupARNs.$": str,
    },
    total=False,
)
DetachLoadBalancersParameters = TypedDict(
    "DetachLoadBalancersParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "LoadBalancerNames": L[Si],
        "LoadBalancerNames.$": str,
    },
    total=False,
)
DetachTrafficSourcesParameters = TypedDict(
    "DetachTrafficSourcesParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "TrafficSources": L[Xi[TrafficSourceIdentifier]],
        "TrafficSources.$": str,
    },
    total=False,
)
DisableMetricsCollectionParameters = TypedDict(
    "DisableMetricsCollectionParameters",
    {"AutoScalingGroupName": S, "AutoScalingGroupName.$": str, "Metrics": L[Si], "Metrics.$": str},
    total=False,
)
EnableMetricsCollectionParameters = TypedDict(
    "EnableMetricsCollectionParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "Metrics": L[Si],
        "Metrics.$": str,
        "Granularity": S,
        "Granularity.$": str,
    },
    total=False,
)
EnterStandbyParameters = TypedDict(
    "EnterStandbyParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "ShouldDecrementDesiredCapacity": B,
        "ShouldDecrementDesiredCapacity.$": str,
    },
    total=False,
)
ExecutePolicyParameters = TypedDict(
    "ExecutePolicyParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "HonorCooldown": B,
        "HonorCooldown.$": str,
        "MetricValue": F,
        "MetricValue.$": str,
        "BreachThreshold": F,
        "BreachThreshold.$": str,
    },
    total=False,
)
ExitStandbyParameters = TypedDict(
    "ExitStandbyParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
    },
    total=False,
)
GetPredictiveScalingForecastParameters = TypedDict(
    "GetPredictiveScalingForecastParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
    },
    total=False,
)
LaunchInstancesParameters = TypedDict(
    "LaunchInstancesParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "RequestedCapacity": I,
        "RequestedCapacity.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "AvailabilityZoneIds": L[Si],
        "AvailabilityZoneIds.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "RetryStrategy": S,
        "RetryStrategy.$": str,
    },
    total=False,
)
PutAccountSettingParameters = TypedDict(
    "PutAccountSettingParameters",
    {"Name": S, "Name.$": str, "Value": S, "Value.$": str},
    total=False,
)
PutLifecycleHookParameters = TypedDict(
    "PutLifecycleHookParameters",
    {
        "LifecycleHookName": S,
        "LifecycleHookName.$": str,
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "LifecycleTransition": S,
        "LifecycleTransition.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "NotificationTargetARN": S,
        "NotificationTargetARN.$": str,
        "NotificationMetadata": S,
        "NotificationMetadata.$": str,
        "HeartbeatTimeout": I,
        "HeartbeatTimeout.$": str,
        "DefaultResult": S,
        "DefaultResult.$": str,
    },
    total=False,
)
PutNotificationConfigurationParameters = TypedDict(
    "PutNotificationConfigurationParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "TopicARN": S,
        "TopicARN.$": str,
        "NotificationTypes": L[Si],
        "NotificationTypes.$": str,
    },
    total=False,
)

class StepAdjustment(TypedDict, total=False):
    MetricIntervalLowerBound: F
    MetricIntervalUpperBound: F
    ScalingAdjustment: I

class PredefinedMetricSpecification(TypedDict, total=False):
    PredefinedMetricType: S
    ResourceLabel: S

class MetricDimension(TypedDict, total=False):
    Name: S
    Value: S

class Metric(TypedDict, total=False):
    Namespace: S
    MetricName: S
    Dimensions: L[Xi[MetricDimension]]

class TargetTrackingMetricStat(TypedDict, total=False):
    Metric: X[Metric]
    Stat: S
    Unit: S
    Period: I

class TargetTrackingMetricDataQuery(TypedDict, total=False):
    Id: S
    Expression: S
    MetricStat: X[TargetTrackingMetricStat]
    Label: S
    Period: I
    ReturnData: B

class CustomizedMetricSpecification(TypedDict, total=False):
    MetricName: S
    Namespace: S
    Dimensions: L[Xi[MetricDimension]]
    Statistic: S
    Unit: S
    Period: I
    Metrics: L[Xi[TargetTrackingMetricDataQuery]]

class TargetTrackingConfiguration(TypedDict, total=False):
    PredefinedMetricSpecification: X[PredefinedMetricSpecification]
    CustomizedMetricSpecification: X[CustomizedMetricSpecification]
    TargetValue: F
    DisableScaleIn: B

class PredictiveScalingPredefinedMetricPair(TypedDict, total=False):
    PredefinedMetricType: S
    ResourceLabel: S

class PredictiveScalingPredefinedScalingMetric(TypedDict, total=False):
    PredefinedMetricType: S
    ResourceLabel: S

class PredictiveScalingPredefinedLoadMetric(TypedDict, total=False):
    PredefinedMetricType: S
    ResourceLabel: S

class MetricStat(TypedDict, total=False):
    Metric: X[Metric]
    Stat: S
    Unit: S

class MetricDataQuery(TypedDict, total=False):
    Id: S
    Expression: S
    MetricStat: X[MetricStat]
    Label: S
    ReturnData: B

class PredictiveScalingCustomizedScalingMetric(TypedDict, total=False):
    MetricDataQueries: L[Xi[MetricDataQuery]]

class PredictiveScalingCustomizedLoadMetric(TypedDict, total=False):
    MetricDataQueries: L[Xi[MetricDataQuery]]

class PredictiveScalingCustomizedCapacityMetric(TypedDict, total=False):
    MetricDataQueries: L[Xi[MetricDataQuery]]

class PredictiveScalingMetricSpecification(TypedDict, total=False):
    TargetValue: F
    PredefinedMetricPairSpecification: X[PredictiveScalingPredefinedMetricPair]
    PredefinedScalingMetricSpecification: X[PredictiveScalingPredefinedScalingMetric]
    PredefinedLoadMetricSpecification: X[PredictiveScalingPredefinedLoadMetric]
    CustomizedScalingMetricSpecification: X[PredictiveScalingCustomizedScalingMetric]
    CustomizedLoadMetricSpecification: X[PredictiveScalingCustomizedLoadMetric]
    CustomizedCapacityMetricSpecification: X[PredictiveScalingCustomizedCapacityMetric]

class PredictiveScalingConfiguration(TypedDict, total=False):
    MetricSpecifications: L[Xi[PredictiveScalingMetricSpecification]]
    Mode: S
    SchedulingBufferTime: I
    MaxCapacityBreachBehavior: S
    MaxCapacityBuffer: I

PutScalingPolicyParameters = TypedDict(
    "PutScalingPolicyParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
        "AdjustmentType": S,
        "AdjustmentType.$": str,
        "MinAdjustmentStep": I,
        "MinAdjustmentStep.$": str,
        "MinAdjustmentMagnitude": I,
        "MinAdjustmentMagnitude.$": str,
        "ScalingAdjustment": I,
        "ScalingAdjustment.$": str,
        "Cooldown": I,
        "Cooldown.$": str,
        "MetricAggregationType": S,
        "MetricAggregationType.$": str,
        "StepAdjustments": L[Xi[StepAdjustment]],
        "StepAdjustments.$": str,
        "EstimatedInstanceWarmup": I,
        "EstimatedInstanceWarmup.$": str,
        "TargetTrackingConfiguration": X[TargetTrackingConfiguration],
        "TargetTrackingConfiguration.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "PredictiveScalingConfiguration": X[PredictiveScalingConfiguration],
        "PredictiveScalingConfiguration.$": str,
    },
    total=False,
)
PutScheduledUpdateGroupActionParameters = TypedDict(
    "PutScheduledUpdateGroupActionParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "ScheduledActionName": S,
        "ScheduledActionName.$": str,
        "Time": T,
        "Time.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Recurrence": S,
        "Recurrence.$": str,
        "MinSize": I,
        "MinSize.$": str,
        "MaxSize": I,
        "MaxSize.$": str,
        "DesiredCapacity": I,
        "DesiredCapacity.$": str,
        "TimeZone": S,
        "TimeZone.$": str,
    },
    total=False,
)

class InstanceReusePolicy(TypedDict, total=False):
    ReuseOnScaleIn: B

PutWarmPoolParameters = TypedDict(
    "PutWarmPoolParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "MaxGroupPreparedCapacity": I,
        "MaxGroupPreparedCapacity.$": str,
        "MinSize": I,
        "MinSize.$": str,
        "PoolState": S,
        "PoolState.$": str,
        "InstanceReusePolicy": X[InstanceReusePolicy],
        "InstanceReusePolicy.$": str,
    },
    total=False,
)
RecordLifecycleActionHeartbeatParameters = TypedDict(
    "RecordLifecycleActionHeartbeatParameters",
    {
        "LifecycleHookName": S,
        "LifecycleHookName.$": str,
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "LifecycleActionToken": S,
        "LifecycleActionToken.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)
ResumeProcessesParameters = TypedDict(
    "ResumeProcessesParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "ScalingProcesses": L[Si],
        "ScalingProcesses.$": str,
    },
    total=False,
)
RollbackInstanceRefreshParameters = TypedDict(
    "RollbackInstanceRefreshParameters",
    {"AutoScalingGroupName": S, "AutoScalingGroupName.$": str},
    total=False,
)
SetDesiredCapacityParameters = TypedDict(
    "SetDesiredCapacityParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "DesiredCapacity": I,
        "DesiredCapacity.$": str,
        "HonorCooldown": B,
        "HonorCooldown.$": str,
    },
    total=False,
)
SetInstanceHealthParameters = TypedDict(
    "SetInstanceHealthParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "HealthStatus": S,
        "HealthStatus.$": str,
        "ShouldRespectGracePeriod": B,
        "ShouldRespectGracePeriod.$": str,
    },
    total=False,
)
SetInstanceProtectionParameters = TypedDict(
    "SetInstanceProtectionParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "ProtectedFromScaleIn": B,
        "ProtectedFromScaleIn.$": str,
    },
    total=False,
)

class DesiredConfiguration(TypedDict, total=False):
    LaunchTemplate: X[LaunchTemplateSpecification]
    MixedInstancesPolicy: X[MixedInstancesPolicy]

class AlarmSpecification(TypedDict, total=False):
    Alarms: L[Si]

class RefreshPreferences(TypedDict, total=False):
    MinHealthyPercentage: I
    InstanceWarmup: I
    CheckpointPercentages: L[Ii]
    CheckpointDelay: I
    SkipMatching: B
    AutoRollback: B
    ScaleInProtectedInstances: S
    StandbyInstances: S
    AlarmSpecification: X[AlarmSpecification]
    MaxHealthyPercentage: I
    BakeTime: I

StartInstanceRefreshParameters = TypedDict(
    "StartInstanceRefreshParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "Strategy": S,
        "Strategy.$": str,
        "DesiredConfiguration": X[DesiredConfiguration],
        "DesiredConfiguration.$": str,
        "Preferences": X[RefreshPreferences],
        "Preferences.$": str,
    },
    total=False,
)
TerminateInstanceInAutoScalingGroupParameters = TypedDict(
    "TerminateInstanceInAutoScalingGroupParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "ShouldDecrementDesiredCapacity": B,
        "ShouldDecrementDesiredCapacity.$": str,
    },
    total=False,
)
UpdateAutoScalingGroupParameters = TypedDict(
    "UpdateAutoScalingGroupParameters",
    {
        "AutoScalingGroupName": S,
        "AutoScalingGroupName.$": str,
        "LaunchConfigurationName": S,
        "LaunchConfigurationName.$": str,
        "LaunchTemplate": X[LaunchTemplateSpecification],
        "LaunchTemplate.$": str,
        "MixedInstancesPolicy": X[MixedInstancesPolicy],
        "MixedInstancesPolicy.$": str,
        "MinSize": I,
        "MinSize.$": str,
        "MaxSize": I,
        "MaxSize.$": str,
        "DesiredCapacity": I,
        "DesiredCapacity.$": str,
        "DefaultCooldown": I,
        "DefaultCooldown.$": str,
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "AvailabilityZoneIds": L[Si],
        "AvailabilityZoneIds.$": str,
        "HealthCheckType": S,
        "HealthCheckType.$": str,
        "HealthCheckGracePeriod": I,
        "HealthCheckGracePeriod.$": str,
        "PlacementGroup": S,
        "PlacementGroup.$": str,
        "VpcZoneIdentifier": S,
        "VpcZoneIdentifier.$": str,
        "TerminationPolicies": L[Si],
        "TerminationPolicies.$": str,
        "NewInstancesProtectedFromScaleIn": B,
        "NewInstancesProtectedFromScaleIn.$": str,
        "ServiceLinkedRoleARN": S,
        "ServiceLinkedRoleARN.$": str,
        "MaxInstanceLifetime": I,
        "MaxInstanceLifetime.$": str,
        "CapacityRebalance": B,
        "CapacityRebalance.$": str,
        "Context": S,
        "Context.$": str,
        "DesiredCapacityType": S,
        "DesiredCapacityType.$": str,
        "DefaultInstanceWarmup": I,
        "DefaultInstanceWarmup.$": str,
        "InstanceMaintenancePolicy": X[InstanceMaintenancePolicy],
        "InstanceMaintenancePolicy.$": str,
        "AvailabilityZoneDistribution": X[AvailabilityZoneDistribution],
        "AvailabilityZoneDistribution.$": str,
        "AvailabilityZoneImpairmentPolicy": X[AvailabilityZoneImpairmentPolicy],
        "AvailabilityZoneImpairmentPolicy.$": str,
        "SkipZonalShiftValidation": B,
        "SkipZonalShiftValidation.$": str,
        "CapacityReservationSpecification": X[CapacityReservationSpecification],
        "CapacityReservationSpecification.$": str,
        "InstanceLifecyclePolicy": X[InstanceLifecyclePolicy],
        "InstanceLifecyclePolicy.$": str,
        "DeletionProtection": S,
        "DeletionProtection.$": str,
    },
    total=False,
)
attach_instances: Builder[AttachInstancesParameters]
attach_load_balancer_target_groups: Builder[AttachLoadBalancerTargetGroupsParameters]
attach_load_balancers: Builder[AttachLoadBalancersParameters]
attach_traffic_sources: Builder[AttachTrafficSourcesParameters]
batch_delete_scheduled_action: Builder[BatchDeleteScheduledActionParameters]
batch_put_scheduled_update_group_action: Builder[BatchPutScheduledUpdateGroupActionParameters]
cancel_instance_refresh: Builder[CancelInstanceRefreshParameters]
complete_lifecycle_action: Builder[CompleteLifecycleActionParameters]
create_auto_scaling_group: Builder[CreateAutoScalingGroupParameters]
create_launch_configuration: Builder[CreateLaunchConfigurationParameters]
create_or_update_tags: Builder[CreateOrUpdateTagsParameters]
delete_auto_scaling_group: Builder[DeleteAutoScalingGroupParameters]
delete_launch_configuration: Builder[DeleteLaunchConfigurationParameters]
delete_lifecycle_hook: Builder[DeleteLifecycleHookParameters]
delete_notification_configuration: Builder[DeleteNotificationConfigurationParameters]
delete_policy: Builder[DeletePolicyParameters]
delete_scheduled_action: Builder[DeleteScheduledActionParameters]
delete_tags: Builder[DeleteTagsParameters]
delete_warm_pool: Builder[DeleteWarmPoolParameters]
describe_account_limits: Builder[DescribeAccountLimitsParameters]
describe_account_settings: Builder[DescribeAccountSettingsParameters]
describe_adjustment_types: Builder[DescribeAdjustmentTypesParameters]
describe_auto_scaling_groups: Builder[DescribeAutoScalingGroupsParameters]
describe_auto_scaling_instances: Builder[DescribeAutoScalingInstancesParameters]
describe_auto_scaling_notification_types: Builder[DescribeAutoScalingNotificationTypesParameters]
describe_instance_refreshes: Builder[DescribeInstanceRefreshesParameters]
describe_launch_configurations: Builder[DescribeLaunchConfigurationsParameters]
describe_lifecycle_hook_types: Builder[DescribeLifecycleHookTypesParameters]
describe_lifecycle_hooks: Builder[DescribeLifecycleHooksParameters]
describe_load_balancer_target_groups: Builder[DescribeLoadBalancerTargetGroupsParameters]
describe_load_balancers: Builder[DescribeLoadBalancersParameters]
describe_metric_collection_types: Builder[DescribeMetricCollectionTypesParameters]
describe_notification_configurations: Builder[DescribeNotificationConfigurationsParameters]
describe_policies: Builder[DescribePoliciesParameters]
describe_scaling_activities: Builder[DescribeScalingActivitiesParameters]
describe_scaling_process_types: Builder[DescribeScalingProcessTypesParameters]
describe_scheduled_actions: Builder[DescribeScheduledActionsParameters]
describe_tags: Builder[DescribeTagsParameters]
describe_termination_policy_types: Builder[DescribeTerminationPolicyTypesParameters]
describe_traffic_sources: Builder[DescribeTrafficSourcesParameters]
describe_warm_pool: Builder[DescribeWarmPoolParameters]
detach_instances: Builder[DetachInstancesParameters]
detach_load_balancer_target_groups: Builder[DetachLoadBalancerTargetGroupsParameters]
detach_load_balancers: Builder[DetachLoadBalancersParameters]
detach_traffic_sources: Builder[DetachTrafficSourcesParameters]
disable_metrics_collection: Builder[DisableMetricsCollectionParameters]
enable_metrics_collection: Builder[EnableMetricsCollectionParameters]
enter_standby: Builder[EnterStandbyParameters]
execute_policy: Builder[ExecutePolicyParameters]
exit_standby: Builder[ExitStandbyParameters]
get_predictive_scaling_forecast: Builder[GetPredictiveScalingForecastParameters]
launch_instances: Builder[LaunchInstancesParameters]
put_account_setting: Builder[PutAccountSettingParameters]
put_lifecycle_hook: Builder[PutLifecycleHookParameters]
put_notification_configuration: Builder[PutNotificationConfigurationParameters]
put_scaling_policy: Builder[PutScalingPolicyParameters]
put_scheduled_update_group_action: Builder[PutScheduledUpdateGroupActionParameters]
put_warm_pool: Builder[PutWarmPoolParameters]
record_lifecycle_action_heartbeat: Builder[RecordLifecycleActionHeartbeatParameters]
resume_processes: Builder[ResumeProcessesParameters]
rollback_instance_refresh: Builder[RollbackInstanceRefreshParameters]
set_desired_capacity: Builder[SetDesiredCapacityParameters]
set_instance_health: Builder[SetInstanceHealthParameters]
set_instance_protection: Builder[SetInstanceProtectionParameters]
start_instance_refresh: Builder[StartInstanceRefreshParameters]
suspend_processes: Builder[ResumeProcessesParameters]
terminate_instance_in_auto_scaling_group: Builder[TerminateInstanceInAutoScalingGroupParameters]
update_auto_scaling_group: Builder[UpdateAutoScalingGroupParameters]

__all__ = [
    "attach_instances",
    "attach_load_balancer_target_groups",
    "attach_load_balancers",
    "attach_traffic_sources",
    "batch_delete_scheduled_action",
    "batch_put_scheduled_update_group_action",
    "cancel_instance_refresh",
    "complete_lifecycle_action",
    "create_auto_scaling_group",
    "create_launch_configuration",
    "create_or_update_tags",
    "delete_auto_scaling_group",
    "delete_launch_configuration",
    "delete_lifecycle_hook",
    "delete_notification_configuration",
    "delete_policy",
    "delete_scheduled_action",
    "delete_tags",
    "delete_warm_pool",
    "describe_account_limits",
    "describe_account_settings",
    "describe_adjustment_types",
    "describe_auto_scaling_groups",
    "describe_auto_scaling_instances",
    "describe_auto_scaling_notification_types",
    "describe_instance_refreshes",
    "describe_launch_configurations",
    "describe_lifecycle_hook_types",
    "describe_lifecycle_hooks",
    "describe_load_balancer_target_groups",
    "describe_load_balancers",
    "describe_metric_collection_types",
    "describe_notification_configurations",
    "describe_policies",
    "describe_scaling_activities",
    "describe_scaling_process_types",
    "describe_scheduled_actions",
    "describe_tags",
    "describe_termination_policy_types",
    "describe_traffic_sources",
    "describe_warm_pool",
    "detach_instances",
    "detach_load_balancer_target_groups",
    "detach_load_balancers",
    "detach_traffic_sources",
    "disable_metrics_collection",
    "enable_metrics_collection",
    "enter_standby",
    "execute_policy",
    "exit_standby",
    "get_predictive_scaling_forecast",
    "launch_instances",
    "put_account_setting",
    "put_lifecycle_hook",
    "put_notification_configuration",
    "put_scaling_policy",
    "put_scheduled_update_group_action",
    "put_warm_pool",
    "record_lifecycle_action_heartbeat",
    "resume_processes",
    "rollback_instance_refresh",
    "set_desired_capacity",
    "set_instance_health",
    "set_instance_protection",
    "start_instance_refresh",
    "suspend_processes",
    "terminate_instance_in_auto_scaling_group",
    "update_auto_scaling_group",
]
