"""Typed builders of the AWS SDK integration of emr (``aws-sdk:emr:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

class VolumeSpecification(TypedDict, total=False):
    VolumeType: S
    Iops: I
    SizeInGB: I
    Throughput: I

class EbsBlockDeviceConfig(TypedDict, total=False):
    VolumeSpecification: X[VolumeSpecification]
    VolumesPerInstance: I

class EbsConfiguration(TypedDict, total=False):
    EbsBlockDeviceConfigs: L[Xi[EbsBlockDeviceConfig]]
    EbsOptimized: B

class Configuration(TypedDict, total=False):
    Classification: S
    Configurations: L[Xi[Configuration]]
    Properties: M[S]

class InstanceTypeConfig(TypedDict, total=False):
    InstanceType: S
    WeightedCapacity: I
    BidPrice: S
    BidPriceAsPercentageOfOnDemandPrice: F
    EbsConfiguration: X[EbsConfiguration]
    Configurations: L[Xi[Configuration]]
    CustomAmiId: S
    Priority: F

class SpotProvisioningSpecification(TypedDict, total=False):
    TimeoutDurationMinutes: I
    TimeoutAction: S
    BlockDurationMinutes: I
    AllocationStrategy: S

class OnDemandCapacityReservationOptions(TypedDict, total=False):
    UsageStrategy: S
    CapacityReservationPreference: S
    CapacityReservationResourceGroupArn: S

class OnDemandProvisioningSpecification(TypedDict, total=False):
    AllocationStrategy: S
    CapacityReservationOptions: X[OnDemandCapacityReservationOptions]

class InstanceFleetProvisioningSpecifications(TypedDict, total=False):
    SpotSpecification: X[SpotProvisioningSpecification]
    OnDemandSpecification: X[OnDemandProvisioningSpecification]

class SpotResizingSpecification(TypedDict, total=False):
    TimeoutDurationMinutes: I
    AllocationStrategy: S

class OnDemandResizingSpecification(TypedDict, total=False):
    TimeoutDurationMinutes: I
    AllocationStrategy: S
    CapacityReservationOptions: X[OnDemandCapacityReservationOptions]

class InstanceFleetResizingSpecifications(TypedDict, total=False):
    SpotResizeSpecification: X[SpotResizingSpecification]
    OnDemandResizeSpecification: X[OnDemandResizingSpecification]

class InstanceFleetConfig(TypedDict, total=False):
    Name: S
    InstanceFleetType: S
    TargetOnDemandCapacity: I
    TargetSpotCapacity: I
    InstanceTypeConfigs: L[Xi[InstanceTypeConfig]]
    LaunchSpecifications: X[InstanceFleetProvisioningSpecifications]
    ResizeSpecifications: X[InstanceFleetResizingSpecifications]
    Context: S

AddInstanceFleetParameters = TypedDict(
    "AddInstanceFleetParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "InstanceFleet": X[InstanceFleetConfig],
        "InstanceFleet.$": str,
    },
    total=False,
)

class ScalingConstraints(TypedDict, total=False):
    MinCapacity: I
    MaxCapacity: I

class SimpleScalingPolicyConfiguration(TypedDict, total=False):
    AdjustmentType: S
    ScalingAdjustment: I
    CoolDown: I

class ScalingAction(TypedDict, total=False):
    Market: S
    SimpleScalingPolicyConfiguration: X[SimpleScalingPolicyConfiguration]

class MetricDimension(TypedDict, total=False):
    Key: S
    Value: S

class CloudWatchAlarmDefinition(TypedDict, total=False):
    ComparisonOperator: S
    EvaluationPeriods: I
    MetricName: S
    Namespace: S
    Period: I
    Statistic: S
    Threshold: F
    Unit: S
    Dimensions: L[Xi[MetricDimension]]

class ScalingTrigger(TypedDict, total=False):
    CloudWatchAlarmDefinition: X[CloudWatchAlarmDefinition]

class ScalingRule(TypedDict, total=False):
    Name: S
    Description: S
    Action: X[ScalingAction]
    Trigger: X[ScalingTrigger]

class AutoScalingPolicy(TypedDict, total=False):
    Constraints: X[ScalingConstraints]
    Rules: L[Xi[ScalingRule]]

class InstanceGroupConfig(TypedDict, total=False):
    Name: S
    Market: S
    InstanceRole: S
    BidPrice: S
    InstanceType: S
    InstanceCount: I
    Configurations: L[Xi[Configuration]]
    EbsConfiguration: X[EbsConfiguration]
    AutoScalingPolicy: X[AutoScalingPolicy]
    CustomAmiId: S

AddInstanceGroupsParameters = TypedDict(
    "AddInstanceGroupsParameters",
    {
        "InstanceGroups": L[Xi[InstanceGroupConfig]],
        "InstanceGroups.$": str,
        "JobFlowId": S,
        "JobFlowId.$": str,
    },
    total=False,
)

class KeyValue(TypedDict, total=False):
    Key: S
    Value: S

class HadoopJarStepConfig(TypedDict, total=False):
    Properties: L[Xi[KeyValue]]
    Jar: S
    MainClass: S
    Args: L[Si]

class S3MonitoringConfiguration(TypedDict, total=False):
    LogUri: S
    EncryptionKeyArn: S

class StepMonitoringConfiguration(TypedDict, total=False):
    S3MonitoringConfiguration: X[S3MonitoringConfiguration]

class StepConfig(TypedDict, total=False):
    Name: S
    ActionOnFailure: S
    HadoopJarStep: X[HadoopJarStepConfig]
    StepMonitoringConfiguration: X[StepMonitoringConfiguration]

AddJobFlowStepsParameters = TypedDict(
    "AddJobFlowStepsParameters",
    {
        "JobFlowId": S,
        "JobFlowId.$": str,
        "Steps": L[Xi[StepConfig]],
        "Steps.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsParameters = TypedDict(
    "AddTagsParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClusterId": S,
        "ClusterId.$": str,
    },
    total=False,
)
CancelStepsParameters = TypedDict(
    "CancelStepsParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "StepIds": L[Si],
        "StepIds.$": str,
        "StepCancellationOption": S,
        "StepCancellationOption.$": str,
    },
    total=False,
)

class EMRContainersConfig(TypedDict, total=False):
    JobRunId: S

CreatePersistentAppUIParameters = TypedDict(
    "CreatePersistentAppUIParameters",
    {
        "TargetResourceArn": S,
        "TargetResourceArn.$": str,
        "EmrContainersConfig": X[EMRContainersConfig],
        "EmrContainersConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "XReferer": S,
        "XReferer.$": str,
        "ProfilerType": S,
        "ProfilerType.$": str,
    },
    total=False,
)
CreateSecurityConfigurationParameters = TypedDict(
    "CreateSecurityConfigurationParameters",
    {"Name": S, "Name.$": str, "SecurityConfiguration": S, "SecurityConfiguration.$": str},
    total=False,
)
CreateStudioParameters = TypedDict(
    "CreateStudioParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AuthMode": S,
        "AuthMode.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "UserRole": S,
        "UserRole.$": str,
        "WorkspaceSecurityGroupId": S,
        "WorkspaceSecurityGroupId.$": str,
        "EngineSecurityGroupId": S,
        "EngineSecurityGroupId.$": str,
        "DefaultS3Location": S,
        "DefaultS3Location.$": str,
        "IdpAuthUrl": S,
        "IdpAuthUrl.$": str,
        "IdpRelayStateParameterName": S,
        "IdpRelayStateParameterName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TrustedIdentityPropagationEnabled": B,
        "TrustedIdentityPropagationEnabled.$": str,
        "IdcUserAssignment": S,
        "IdcUserAssignment.$": str,
        "IdcInstanceArn": S,
        "IdcInstanceArn.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
    },
    total=False,
)
CreateStudioSessionMappingParameters = TypedDict(
    "CreateStudioSessionMappingParameters",
    {
        "StudioId": S,
        "StudioId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "IdentityName": S,
        "IdentityName.$": str,
        "IdentityType": S,
        "IdentityType.$": str,
        "SessionPolicyArn": S,
        "SessionPolicyArn.$": str,
    },
    total=False,
)
DeleteSecurityConfigurationParameters = TypedDict(
    "DeleteSecurityConfigurationParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteStudioParameters = TypedDict(
    "DeleteStudioParameters", {"StudioId": S, "StudioId.$": str}, total=False
)
DeleteStudioSessionMappingParameters = TypedDict(
    "DeleteStudioSessionMappingParameters",
    {
        "StudioId": S,
        "StudioId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "IdentityName": S,
        "IdentityName.$": str,
        "IdentityType": S,
        "IdentityType.$": str,
    },
    total=False,
)
DescribeClusterParameters = TypedDict(
    "DescribeClusterParameters", {"ClusterId": S, "ClusterId.$": str}, total=False
)
DescribeNotebookExecutionParameters = TypedDict(
    "DescribeNotebookExecutionParameters",
    {"NotebookExecutionId": S, "NotebookExecutionId.$": str},
    total=False,
)
DescribePersistentAppUIParameters = TypedDict(
    "DescribePersistentAppUIParameters",
    {"PersistentAppUIId": S, "PersistentAppUIId.$": str},
    total=False,
)
DescribeReleaseLabelParameters = TypedDict(
    "DescribeReleaseLabelParameters",
    {
        "ReleaseLabel": S,
        "ReleaseLabel.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeSecurityConfigurationParameters = TypedDict(
    "DescribeSecurityConfigurationParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeStepParameters = TypedDict(
    "DescribeStepParameters",
    {"ClusterId": S, "ClusterId.$": str, "StepId": S, "StepId.$": str},
    total=False,
)
DescribeStudioParameters = TypedDict(
    "DescribeStudioParameters", {"StudioId": S, "StudioId.$": str}, total=False
)
GetAutoTerminationPolicyParameters = TypedDict(
    "GetAutoTerminationPolicyParameters", {"ClusterId": S, "ClusterId.$": str}, total=False
)

class GetBlockPublicAccessConfigurationParameters(TypedDict, total=False): ...

GetClusterSessionCredentialsParameters = TypedDict(
    "GetClusterSessionCredentialsParameters",
    {"ClusterId": S, "ClusterId.$": str, "ExecutionRoleArn": S, "ExecutionRoleArn.$": str},
    total=False,
)
GetManagedScalingPolicyParameters = TypedDict(
    "GetManagedScalingPolicyParameters", {"ClusterId": S, "ClusterId.$": str}, total=False
)
GetOnClusterAppUIPresignedURLParameters = TypedDict(
    "GetOnClusterAppUIPresignedURLParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "OnClusterAppUIType": S,
        "OnClusterAppUIType.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
    },
    total=False,
)
GetPersistentAppUIPresignedURLParameters = TypedDict(
    "GetPersistentAppUIPresignedURLParameters",
    {
        "PersistentAppUIId": S,
        "PersistentAppUIId.$": str,
        "PersistentAppUIType": S,
        "PersistentAppUIType.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "AuthProxyCall": B,
        "AuthProxyCall.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
    },
    total=False,
)
GetSessionParameters = TypedDict(
    "GetSessionParameters",
    {"ClusterId": S, "ClusterId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
GetSessionEndpointParameters = TypedDict(
    "GetSessionEndpointParameters",
    {"ClusterId": S, "ClusterId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
GetStudioSessionMappingParameters = TypedDict(
    "GetStudioSessionMappingParameters",
    {
        "StudioId": S,
        "StudioId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "IdentityName": S,
        "IdentityName.$": str,
        "IdentityType": S,
        "IdentityType.$": str,
    },
    total=False,
)
GetSystemTablesConfigurationParameters = TypedDict(
    "GetSystemTablesConfigurationParameters", {"Platform": S, "Platform.$": str}, total=False
)
ListBootstrapActionsParameters = TypedDict(
    "ListBootstrapActionsParameters",
    {"ClusterId": S, "ClusterId.$": str, "Marker": S, "Marker.$": str},
    total=False,
)
ListClustersParameters = TypedDict(
    "ListClustersParameters",
    {
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "ClusterStates": L[Si],
        "ClusterStates.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
ListInstanceFleetsParameters = TypedDict(
    "ListInstanceFleetsParameters",
    {"ClusterId": S, "ClusterId.$": str, "Marker": S, "Marker.$": str},
    total=False,
)
ListInstanceGroupsParameters = TypedDict(
    "ListInstanceGroupsParameters",
    {"ClusterId": S, "ClusterId.$": str, "Marker": S, "Marker.$": str},
    total=False,
)
ListInstancesParameters = TypedDict(
    "ListInstancesParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "InstanceGroupId": S,
        "InstanceGroupId.$": str,
        "InstanceGroupTypes": L[Si],
        "InstanceGroupTypes.$": str,
        "InstanceFleetId": S,
        "InstanceFleetId.$": str,
        "InstanceFleetType": S,
        "InstanceFleetType.$": str,
        "InstanceStates": L[Si],
        "InstanceStates.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
ListNotebookExecutionsParameters = TypedDict(
    "ListNotebookExecutionsParameters",
    {
        "EditorId": S,
        "EditorId.$": str,
        "Status": S,
        "Status.$": str,
        "From": T,
        "From.$": str,
        "To": T,
        "To.$": str,
        "Marker": S,
        "Marker.$": str,
        "ExecutionEngineId": S,
        "ExecutionEngineId.$": str,
    },
    total=False,
)

class ReleaseLabelFilter(TypedDict, total=False):
    Prefix: S
    Application: S

ListReleaseLabelsParameters = TypedDict(
    "ListReleaseLabelsParameters",
    {
        "Filters": X[ReleaseLabelFilter],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSecurityConfigurationsParameters = TypedDict(
    "ListSecurityConfigurationsParameters", {"Marker": S, "Marker.$": str}, total=False
)
ListSessionsParameters = TypedDict(
    "ListSessionsParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "SessionStates": L[Si],
        "SessionStates.$": str,
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
        "ClusterId": S,
        "ClusterId.$": str,
        "StepStates": L[Si],
        "StepStates.$": str,
        "StepIds": L[Si],
        "StepIds.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
ListStudioSessionMappingsParameters = TypedDict(
    "ListStudioSessionMappingsParameters",
    {
        "StudioId": S,
        "StudioId.$": str,
        "IdentityType": S,
        "IdentityType.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
ListStudiosParameters = TypedDict(
    "ListStudiosParameters", {"Marker": S, "Marker.$": str}, total=False
)
ListSupportedInstanceTypesParameters = TypedDict(
    "ListSupportedInstanceTypesParameters",
    {"ReleaseLabel": S, "ReleaseLabel.$": str, "Marker": S, "Marker.$": str},
    total=False,
)
ModifyClusterParameters = TypedDict(
    "ModifyClusterParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "StepConcurrencyLevel": I,
        "StepConcurrencyLevel.$": str,
        "ExtendedSupport": B,
        "ExtendedSupport.$": str,
    },
    total=False,
)

class InstanceFleetModifyConfig(TypedDict, total=False):
    InstanceFleetId: S
    TargetOnDemandCapacity: I
    TargetSpotCapacity: I
    ResizeSpecifications: X[InstanceFleetResizingSpecifications]
    InstanceTypeConfigs: L[Xi[InstanceTypeConfig]]
    Context: S

ModifyInstanceFleetParameters = TypedDict(
    "ModifyInstanceFleetParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "InstanceFleet": X[InstanceFleetModifyConfig],
        "InstanceFleet.$": str,
    },
    total=False,
)

class InstanceResizePolicy(TypedDict, total=False):
    InstancesToTerminate: L[Si]
    InstancesToProtect: L[Si]
    InstanceTerminationTimeout: I

class ShrinkPolicy(TypedDict, total=False):
    DecommissionTimeout: I
    InstanceResizePolicy: X[InstanceResizePolicy]

class InstanceGroupModifyConfig(TypedDict, total=False):
    InstanceGroupId: S
    InstanceCount: I
    Ec2InstanceIdsToTerminate: L[Si]
    ShrinkPolicy: X[ShrinkPolicy]
    ReconfigurationType: S
    Configurations: L[Xi[Configuration]]

ModifyInstanceGroupsParameters = TypedDict(
    "ModifyInstanceGroupsParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "InstanceGroups": L[Xi[InstanceGroupModifyConfig]],
        "InstanceGroups.$": str,
    },
    total=False,
)
PutAutoScalingPolicyParameters = TypedDict(
    "PutAutoScalingPolicyParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "InstanceGroupId": S,
        "InstanceGroupId.$": str,
        "AutoScalingPolicy": X[AutoScalingPolicy],
        "AutoScalingPolicy.$": str,
    },
    total=False,
)

class AutoTerminationPolicy(TypedDict, total=False):
    IdleTimeout: I

PutAutoTerminationPolicyParameters = TypedDict(
    "PutAutoTerminationPolicyParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "AutoTerminationPolicy": X[AutoTerminationPolicy],
        "AutoTerminationPolicy.$": str,
    },
    total=False,
)

class PortRange(TypedDict, total=False):
    MinRange: I
    MaxRange: I

class BlockPublicAccessConfiguration(TypedDict, total=False):
    BlockPublicSecurityGroupRules: B
    PermittedPublicSecurityGroupRuleRanges: L[Xi[PortRange]]

PutBlockPublicAccessConfigurationParameters = TypedDict(
    "PutBlockPublicAccessConfigurationParameters",
    {
        "BlockPublicAccessConfiguration": X[BlockPublicAccessConfiguration],
        "BlockPublicAccessConfiguration.$": str,
    },
    total=False,
)

class ComputeLimits(TypedDict, total=False):
    UnitType: S
    MinimumCapacityUnits: I
    MaximumCapacityUnits: I
    MaximumOnDemandCapacityUnits: I
    MaximumCoreCapacityUnits: I

class ManagedScalingPolicy(TypedDict, total=False):
    ComputeLimits: X[ComputeLimits]
    UtilizationPerformanceIndex: I
    ScalingStrategy: S

PutManagedScalingPolicyParameters = TypedDict(
    "PutManagedScalingPolicyParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "ManagedScalingPolicy": X[ManagedScalingPolicy],
        "ManagedScalingPolicy.$": str,
    },
    total=False,
)

class SystemTablesSelection(TypedDict, total=False):
    Mode: S

class SystemTablesEncryptionConfiguration(TypedDict, total=False):
    KmsKeyArn: S

class SystemTablesConfiguration(TypedDict, total=False):
    Platform: S
    SystemTables: X[SystemTablesSelection]
    EncryptionConfiguration: X[SystemTablesEncryptionConfiguration]

PutSystemTablesConfigurationParameters = TypedDict(
    "PutSystemTablesConfigurationParameters",
    {"Platforms": L[Xi[SystemTablesConfiguration]], "Platforms.$": str},
    total=False,
)
RemoveAutoScalingPolicyParameters = TypedDict(
    "RemoveAutoScalingPolicyParameters",
    {"ClusterId": S, "ClusterId.$": str, "InstanceGroupId": S, "InstanceGroupId.$": str},
    total=False,
)
RemoveAutoTerminationPolicyParameters = TypedDict(
    "RemoveAutoTerminationPolicyParameters", {"ClusterId": S, "ClusterId.$": str}, total=False
)
RemoveManagedScalingPolicyParameters = TypedDict(
    "RemoveManagedScalingPolicyParameters", {"ClusterId": S, "ClusterId.$": str}, total=False
)
RemoveTagsParameters = TypedDict(
    "RemoveTagsParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "ClusterId": S,
        "ClusterId.$": str,
    },
    total=False,
)

class PlacementType(TypedDict, total=False):
    AvailabilityZone: S
    AvailabilityZones: L[Si]

class JobFlowInstancesConfig(TypedDict, total=False):
    MasterInstanceType: S
    SlaveInstanceType: S
    InstanceCount: I
    InstanceGroups: L[Xi[InstanceGroupConfig]]
    InstanceFleets: L[Xi[InstanceFleetConfig]]
    Ec2KeyName: S
    Placement: X[PlacementType]
    KeepJobFlowAliveWhenNoSteps: B
    TerminationProtected: B
    UnhealthyNodeReplacement: B
    HadoopVersion: S
    Ec2SubnetId: S
    Ec2SubnetIds: L[Si]
    EmrManagedMasterSecurityGroup: S
    EmrManagedSlaveSecurityGroup: S
    ServiceAccessSecurityGroup: S
    AdditionalMasterSecurityGroups: L[Si]
    AdditionalSlaveSecurityGroups: L[Si]

class ScriptBootstrapActionConfig(TypedDict, total=False):
    Path: S
    Args: L[Si]

class BootstrapActionConfig(TypedDict, total=False):
    Name: S
    ScriptBootstrapAction: X[ScriptBootstrapActionConfig]

class SupportedProductConfig(TypedDict, total=False):
    Name: S
    Args: L[Si]

class Application(TypedDict, total=False):
    Name: S
    Version: S
    Args: L[Si]
    AdditionalInfo: M[S]

class KerberosAttributes(TypedDict, total=False):
    Realm: S
    KdcAdminPassword: S
    CrossRealmTrustPrincipalPassword: S
    AdDomainJoinUser: S
    AdDomainJoinPassword: S

class PlacementGroupConfig(TypedDict, total=False):
    InstanceRole: S
    PlacementStrategy: S

class CloudWatchLogConfiguration(TypedDict, total=False):
    Enabled: B
    LogGroupName: S
    LogStreamNamePrefix: S
    EncryptionKeyArn: S
    LogTypes: M[L[Si]]

class S3LoggingConfiguration(TypedDict, total=False):
    LogTypeUploadPolicy: M[S]

class MonitoringConfiguration(TypedDict, total=False):
    CloudWatchLogConfiguration: X[CloudWatchLogConfiguration]
    S3LoggingConfiguration: X[S3LoggingConfiguration]

RunJobFlowParameters = TypedDict(
    "RunJobFlowParameters",
    {
        "Name": S,
        "Name.$": str,
        "LogUri": S,
        "LogUri.$": str,
        "LogEncryptionKmsKeyId": S,
        "LogEncryptionKmsKeyId.$": str,
        "AdditionalInfo": S,
        "AdditionalInfo.$": str,
        "AmiVersion": S,
        "AmiVersion.$": str,
        "ReleaseLabel": S,
        "ReleaseLabel.$": str,
        "Instances": X[JobFlowInstancesConfig],
        "Instances.$": str,
        "Steps": L[Xi[StepConfig]],
        "Steps.$": str,
        "StepExecutionRoleArn": S,
        "StepExecutionRoleArn.$": str,
        "BootstrapActions": L[Xi[BootstrapActionConfig]],
        "BootstrapActions.$": str,
        "SupportedProducts": L[Si],
        "SupportedProducts.$": str,
        "NewSupportedProducts": L[Xi[SupportedProductConfig]],
        "NewSupportedProducts.$": str,
        "Applications": L[Xi[Application]],
        "Applications.$": str,
        "Configurations": L[Xi[Configuration]],
        "Configurations.$": str,
        "VisibleToAllUsers": B,
        "VisibleToAllUsers.$": str,
        "JobFlowRole": S,
        "JobFlowRole.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SecurityConfiguration": S,
        "SecurityConfiguration.$": str,
        "AutoScalingRole": S,
        "AutoScalingRole.$": str,
        "ScaleDownBehavior": S,
        "ScaleDownBehavior.$": str,
        "CustomAmiId": S,
        "CustomAmiId.$": str,
        "EbsRootVolumeSize": I,
        "EbsRootVolumeSize.$": str,
        "RepoUpgradeOnBoot": S,
        "RepoUpgradeOnBoot.$": str,
        "KerberosAttributes": X[KerberosAttributes],
        "KerberosAttributes.$": str,
        "StepConcurrencyLevel": I,
        "StepConcurrencyLevel.$": str,
        "ManagedScalingPolicy": X[ManagedScalingPolicy],
        "ManagedScalingPolicy.$": str,
        "PlacementGroupConfigs": L[Xi[PlacementGroupConfig]],
        "PlacementGroupConfigs.$": str,
        "AutoTerminationPolicy": X[AutoTerminationPolicy],
        "AutoTerminationPolicy.$": str,
        "OsReleaseLabel": S,
        "OsReleaseLabel.$": str,
        "EbsRootVolumeIops": I,
        "EbsRootVolumeIops.$": str,
        "EbsRootVolumeThroughput": I,
        "EbsRootVolumeThroughput.$": str,
        "ExtendedSupport": B,
        "ExtendedSupport.$": str,
        "MonitoringConfiguration": X[MonitoringConfiguration],
        "MonitoringConfiguration.$": str,
        "SessionEnabled": B,
        "SessionEnabled.$": str,
    },
    total=False,
)
SetKeepJobFlowAliveWhenNoStepsParameters = TypedDict(
    "SetKeepJobFlowAliveWhenNoStepsParameters",
    {
        "JobFlowIds": L[Si],
        "JobFlowIds.$": str,
        "KeepJobFlowAliveWhenNoSteps": B,
        "KeepJobFlowAliveWhenNoSteps.$": str,
    },
    total=False,
)
SetTerminationProtectionParameters = TypedDict(
    "SetTerminationProtectionParameters",
    {
        "JobFlowIds": L[Si],
        "JobFlowIds.$": str,
        "TerminationProtected": B,
        "TerminationProtected.$": str,
    },
    total=False,
)
SetUnhealthyNodeReplacementParameters = TypedDict(
    "SetUnhealthyNodeReplacementParameters",
    {
        "JobFlowIds": L[Si],
        "JobFlowIds.$": str,
        "UnhealthyNodeReplacement": B,
        "UnhealthyNodeReplacement.$": str,
    },
    total=False,
)
SetVisibleToAllUsersParameters = TypedDict(
    "SetVisibleToAllUsersParameters",
    {"JobFlowIds": L[Si], "JobFlowIds.$": str, "VisibleToAllUsers": B, "VisibleToAllUsers.$": str},
    total=False,
)

class ExecutionEngineConfig(TypedDict, total=False):
    Id: S
    Type: S
    MasterInstanceSecurityGroupId: S
    ExecutionRoleArn: S

class NotebookS3LocationFromInput(TypedDict, total=False):
    Bucket: S
    Key: S

class OutputNotebookS3LocationFromInput(TypedDict, total=False):
    Bucket: S
    Key: S

StartNotebookExecutionParameters = TypedDict(
    "StartNotebookExecutionParameters",
    {
        "EditorId": S,
        "EditorId.$": str,
        "RelativePath": S,
        "RelativePath.$": str,
        "NotebookExecutionName": S,
        "NotebookExecutionName.$": str,
        "NotebookParams": S,
        "NotebookParams.$": str,
        "ExecutionEngine": X[ExecutionEngineConfig],
        "ExecutionEngine.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "NotebookInstanceSecurityGroupId": S,
        "NotebookInstanceSecurityGroupId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "NotebookS3Location": X[NotebookS3LocationFromInput],
        "NotebookS3Location.$": str,
        "OutputNotebookS3Location": X[OutputNotebookS3LocationFromInput],
        "OutputNotebookS3Location.$": str,
        "OutputNotebookFormat": S,
        "OutputNotebookFormat.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
    },
    total=False,
)

class SessionCloudWatchLoggingConfiguration(TypedDict, total=False):
    Enabled: B
    LogGroup: S
    LogStreamNamePrefix: S
    EncryptionKeyArn: S
    LogTypes: M[L[Si]]

class SessionManagedLoggingConfiguration(TypedDict, total=False):
    Enabled: B
    EncryptionKeyArn: S

class SessionS3LoggingConfiguration(TypedDict, total=False):
    Enabled: B
    LogUri: S
    EncryptionKeyArn: S
    LogTypes: M[L[Si]]

class SessionMonitoringConfiguration(TypedDict, total=False):
    CloudWatchLoggingConfiguration: X[SessionCloudWatchLoggingConfiguration]
    ManagedLoggingConfiguration: X[SessionManagedLoggingConfiguration]
    S3LoggingConfiguration: X[SessionS3LoggingConfiguration]

StartSessionParameters = TypedDict(
    "StartSessionParameters",
    {
        "Name": S,
        "Name.$": str,
        "ClusterId": S,
        "ClusterId.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "EngineConfigurations": L[Xi[Configuration]],
        "EngineConfigurations.$": str,
        "MonitoringConfiguration": X[SessionMonitoringConfiguration],
        "MonitoringConfiguration.$": str,
        "SessionIdleTimeoutInMinutes": I,
        "SessionIdleTimeoutInMinutes.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StopNotebookExecutionParameters = TypedDict(
    "StopNotebookExecutionParameters",
    {"NotebookExecutionId": S, "NotebookExecutionId.$": str},
    total=False,
)
TerminateJobFlowsParameters = TypedDict(
    "TerminateJobFlowsParameters", {"JobFlowIds": L[Si], "JobFlowIds.$": str}, total=False
)
TerminateSessionParameters = TypedDict(
    "TerminateSessionParameters",
    {"ClusterId": S, "ClusterId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
UpdateStudioParameters = TypedDict(
    "UpdateStudioParameters",
    {
        "StudioId": S,
        "StudioId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "DefaultS3Location": S,
        "DefaultS3Location.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
    },
    total=False,
)
UpdateStudioSessionMappingParameters = TypedDict(
    "UpdateStudioSessionMappingParameters",
    {
        "StudioId": S,
        "StudioId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "IdentityName": S,
        "IdentityName.$": str,
        "IdentityType": S,
        "IdentityType.$": str,
        "SessionPolicyArn": S,
        "SessionPolicyArn.$": str,
    },
    total=False,
)
add_instance_fleet: Builder[AddInstanceFleetParameters]
add_instance_groups: Builder[AddInstanceGroupsParameters]
add_job_flow_steps: Builder[AddJobFlowStepsParameters]
add_tags: Builder[AddTagsParameters]
cancel_steps: Builder[CancelStepsParameters]
create_persistent_app_ui: Builder[CreatePersistentAppUIParameters]
create_security_configuration: Builder[CreateSecurityConfigurationParameters]
create_studio: Builder[CreateStudioParameters]
create_studio_session_mapping: Builder[CreateStudioSessionMappingParameters]
delete_security_configuration: Builder[DeleteSecurityConfigurationParameters]
delete_studio: Builder[DeleteStudioParameters]
delete_studio_session_mapping: Builder[DeleteStudioSessionMappingParameters]
describe_cluster: Builder[DescribeClusterParameters]
describe_notebook_execution: Builder[DescribeNotebookExecutionParameters]
describe_persistent_app_ui: Builder[DescribePersistentAppUIParameters]
describe_release_label: Builder[DescribeReleaseLabelParameters]
describe_security_configuration: Builder[DescribeSecurityConfigurationParameters]
describe_step: Builder[DescribeStepParameters]
describe_studio: Builder[DescribeStudioParameters]
get_auto_termination_policy: Builder[GetAutoTerminationPolicyParameters]
get_block_public_access_configuration: Builder[GetBlockPublicAccessConfigurationParameters]
get_cluster_session_credentials: Builder[GetClusterSessionCredentialsParameters]
get_managed_scaling_policy: Builder[GetManagedScalingPolicyParameters]
get_on_cluster_app_ui_presigned_url: Builder[GetOnClusterAppUIPresignedURLParameters]
get_persistent_app_ui_presigned_url: Builder[GetPersistentAppUIPresignedURLParameters]
get_session: Builder[GetSessionParameters]
get_session_endpoint: Builder[GetSessionEndpointParameters]
get_studio_session_mapping: Builder[GetStudioSessionMappingParameters]
get_system_tables_configuration: Builder[GetSystemTablesConfigurationParameters]
list_bootstrap_actions: Builder[ListBootstrapActionsParameters]
list_clusters: Builder[ListClustersParameters]
list_instance_fleets: Builder[ListInstanceFleetsParameters]
list_instance_groups: Builder[ListInstanceGroupsParameters]
list_instances: Builder[ListInstancesParameters]
list_notebook_executions: Builder[ListNotebookExecutionsParameters]
list_release_labels: Builder[ListReleaseLabelsParameters]
list_security_configurations: Builder[ListSecurityConfigurationsParameters]
list_sessions: Builder[ListSessionsParameters]
list_steps: Builder[ListStepsParameters]
list_studio_session_mappings: Builder[ListStudioSessionMappingsParameters]
list_studios: Builder[ListStudiosParameters]
list_supported_instance_types: Builder[ListSupportedInstanceTypesParameters]
modify_cluster: Builder[ModifyClusterParameters]
modify_instance_fleet: Builder[ModifyInstanceFleetParameters]
modify_instance_groups: Builder[ModifyInstanceGroupsParameters]
put_auto_scaling_policy: Builder[PutAutoScalingPolicyParameters]
put_auto_termination_policy: Builder[PutAutoTerminationPolicyParameters]
put_block_public_access_configuration: Builder[PutBlockPublicAccessConfigurationParameters]
put_managed_scaling_policy: Builder[PutManagedScalingPolicyParameters]
put_system_tables_configuration: Builder[PutSystemTablesConfigurationParameters]
remove_auto_scaling_policy: Builder[RemoveAutoScalingPolicyParameters]
remove_auto_termination_policy: Builder[RemoveAutoTerminationPolicyParameters]
remove_managed_scaling_policy: Builder[RemoveManagedScalingPolicyParameters]
remove_tags: Builder[RemoveTagsParameters]
run_job_flow: Builder[RunJobFlowParameters]
set_keep_job_flow_alive_when_no_steps: Builder[SetKeepJobFlowAliveWhenNoStepsParameters]
set_termination_protection: Builder[SetTerminationProtectionParameters]
set_unhealthy_node_replacement: Builder[SetUnhealthyNodeReplacementParameters]
set_visible_to_all_users: Builder[SetVisibleToAllUsersParameters]
start_notebook_execution: Builder[StartNotebookExecutionParameters]
start_session: Builder[StartSessionParameters]
stop_notebook_execution: Builder[StopNotebookExecutionParameters]
terminate_job_flows: Builder[TerminateJobFlowsParameters]
terminate_session: Builder[TerminateSessionParameters]
update_studio: Builder[UpdateStudioParameters]
update_studio_session_mapping: Builder[UpdateStudioSessionMappingParameters]

__all__ = [
    "add_instance_fleet",
    "add_instance_groups",
    "add_job_flow_steps",
    "add_tags",
    "cancel_steps",
    "create_persistent_app_ui",
    "create_security_configuration",
    "create_studio",
    "create_studio_session_mapping",
    "delete_security_configuration",
    "delete_studio",
    "delete_studio_session_mapping",
    "describe_cluster",
    "describe_notebook_execution",
    "describe_persistent_app_ui",
    "describe_release_label",
    "describe_security_configuration",
    "describe_step",
    "describe_studio",
    "get_auto_termination_policy",
    "get_block_public_access_configuration",
    "get_cluster_session_credentials",
    "get_managed_scaling_policy",
    "get_on_cluster_app_ui_presigned_url",
    "get_persistent_app_ui_presigned_url",
    "get_session",
    "get_session_endpoint",
    "get_studio_session_mapping",
    "get_system_tables_configuration",
    "list_bootstrap_actions",
    "list_clusters",
    "list_instance_fleets",
    "list_instance_groups",
    "list_instances",
    "list_notebook_executions",
    "list_release_labels",
    "list_security_configurations",
    "list_sessions",
    "list_steps",
    "list_studio_session_mappings",
    "list_studios",
    "list_supported_instance_types",
    "modify_cluster",
    "modify_instance_fleet",
    "modify_instance_groups",
    "put_auto_scaling_policy",
    "put_auto_termination_policy",
    "put_block_public_access_configuration",
    "put_managed_scaling_policy",
    "put_system_tables_configuration",
    "remove_auto_scaling_policy",
    "remove_auto_termination_policy",
    "remove_managed_scaling_policy",
    "remove_tags",
    "run_job_flow",
    "set_keep_job_flow_alive_when_no_steps",
    "set_termination_protection",
    "set_unhealthy_node_replacement",
    "set_visible_to_all_users",
    "start_notebook_execution",
    "start_session",
    "stop_notebook_execution",
    "terminate_job_flows",
    "terminate_session",
    "update_studio",
    "update_studio_session_mapping",
]
