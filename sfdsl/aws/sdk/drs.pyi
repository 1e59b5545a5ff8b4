"""Typed builders of the AWS SDK integration of drs (``aws-sdk:drs:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateSourceNetworkStackParameters = TypedDict(
    "AssociateSourceNetworkStackParameters",
    {"SourceNetworkID": S, "SourceNetworkID.$": str, "CfnStackName": S, "CfnStackName.$": str},
    total=False,
)
CancelRecoveryPlanExecutionParameters = TypedDict(
    "CancelRecoveryPlanExecutionParameters",
    {"RecoveryPlanExecutionArn": S, "RecoveryPlanExecutionArn.$": str},
    total=False,
)
CreateExtendedSourceServerParameters = TypedDict(
    "CreateExtendedSourceServerParameters",
    {"SourceServerArn": S, "SourceServerArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)

class Licensing(TypedDict, total=False):
    OsByol: B

CreateLaunchConfigurationTemplateParameters = TypedDict(
    "CreateLaunchConfigurationTemplateParameters",
    {
        "Tags": M[S],
        "Tags.$": str,
        "LaunchDisposition": S,
        "LaunchDisposition.$": str,
        "TargetInstanceTypeRightSizingMethod": S,
        "TargetInstanceTypeRightSizingMethod.$": str,
        "CopyPrivateIp": B,
        "CopyPrivateIp.$": str,
        "CopyTags": B,
        "CopyTags.$": str,
        "Licensing": X[Licensing],
        "Licensing.$": str,
        "ExportBucketArn": S,
        "ExportBucketArn.$": str,
        "PostLaunchEnabled": B,
        "PostLaunchEnabled.$": str,
        "LaunchIntoSourceInstance": B,
        "LaunchIntoSourceInstance.$": str,
        "RecoveryMode": S,
        "RecoveryMode.$": str,
    },
    total=False,
)
CreateRecoveryPlanParameters = TypedDict(
    "CreateRecoveryPlanParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class RecoveryPlanServer(TypedDict, total=False):
    ServerArn: S
    ImpactLevel: S

class ServerStepConfiguration(TypedDict, total=False):
    Servers: L[Xi[RecoveryPlanServer]]

class WaitStepConfiguration(TypedDict, total=False):
    WaitDurationMinutes: I

class RecoveryPlanStepConfiguration(TypedDict, total=False):
    ServerStepConfiguration: X[ServerStepConfiguration]
    WaitStepConfiguration: X[WaitStepConfiguration]

CreateRecoveryPlanStepParameters = TypedDict(
    "CreateRecoveryPlanStepParameters",
    {
        "RecoveryPlanArn": S,
        "RecoveryPlanArn.$": str,
        "StepName": S,
        "StepName.$": str,
        "StepOrder": I,
        "StepOrder.$": str,
        "Configuration": X[RecoveryPlanStepConfiguration],
        "Configuration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class PITPolicyRule(TypedDict, total=False):
    RuleID: I
    Units: S
    Interval: I
    RetentionDuration: I
    Enabled: B

CreateReplicationConfigurationTemplateParameters = TypedDict(
    "CreateReplicationConfigurationTemplateParameters",
    {
        "StagingAreaSubnetId": S,
        "StagingAreaSubnetId.$": str,
        "AssociateDefaultSecurityGroup": B,
        "AssociateDefaultSecurityGroup.$": str,
        "ReplicationServersSecurityGroupsIDs": L[Si],
        "ReplicationServersSecurityGroupsIDs.$": str,
        "ReplicationServerInstanceType": S,
        "ReplicationServerInstanceType.$": str,
        "UseDedicatedReplicationServer": B,
        "UseDedicatedReplicationServer.$": str,
        "DefaultLargeStagingDiskType": S,
        "DefaultLargeStagingDiskType.$": str,
        "EbsEncryption": S,
        "EbsEncryption.$": str,
        "EbsEncryptionKeyArn": S,
        "EbsEncryptionKeyArn.$": str,
        "BandwidthThrottling": I,
        "BandwidthThrottling.$": str,
        "DataPlaneRouting": S,
        "DataPlaneRouting.$": str,
        "CreatePublicIP": B,
        "CreatePublicIP.$": str,
        "StagingAreaTags": M[S],
        "StagingAreaTags.$": str,
        "PitPolicy": L[Xi[PITPolicyRule]],
        "PitPolicy.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AutoReplicateNewDisks": B,
        "AutoReplicateNewDisks.$": str,
        "InternetProtocol": S,
        "InternetProtocol.$": str,
    },
    total=False,
)
CreateSourceNetworkParameters = TypedDict(
    "CreateSourceNetworkParameters",
    {
        "VpcID": S,
        "VpcID.$": str,
        "OriginAccountID": S,
        "OriginAccountID.$": str,
        "OriginRegion": S,
        "OriginRegion.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteJobParameters = TypedDict("DeleteJobParameters", {"JobID": S, "JobID.$": str}, total=False)
DeleteLaunchActionParameters = TypedDict(
    "DeleteLaunchActionParameters",
    {"ResourceId": S, "ResourceId.$": str, "ActionId": S, "ActionId.$": str},
    total=False,
)
DeleteLaunchConfigurationTemplateParameters = TypedDict(
    "DeleteLaunchConfigurationTemplateParameters",
    {"LaunchConfigurationTemplateID": S, "LaunchConfigurationTemplateID.$": str},
    total=False,
)
DeleteRecoveryInstanceParameters = TypedDict(
    "DeleteRecoveryInstanceParameters",
    {"RecoveryInstanceID": S, "RecoveryInstanceID.$": str},
    total=False,
)
DeleteRecoveryPlanParameters = TypedDict(
    "DeleteRecoveryPlanParameters", {"RecoveryPlanArn": S, "RecoveryPlanArn.$": str}, total=False
)
DeleteRecoveryPlanExecutionParameters = TypedDict(
    "DeleteRecoveryPlanExecutionParameters",
    {"RecoveryPlanExecutionArn": S, "RecoveryPlanExecutionArn.$": str},
    total=False,
)
DeleteRecoveryPlanStepParameters = TypedDict(
    "DeleteRecoveryPlanStepParameters",
    {"RecoveryPlanStepArn": S, "RecoveryPlanStepArn.$": str},
    total=False,
)
DeleteReplicationConfigurationTemplateParameters = TypedDict(
    "DeleteReplicationConfigurationTemplateParameters",
    {"ReplicationConfigurationTemplateID": S, "ReplicationConfigurationTemplateID.$": str},
    total=False,
)
DeleteSourceNetworkParameters = TypedDict(
    "DeleteSourceNetworkParameters", {"SourceNetworkID": S, "SourceNetworkID.$": str}, total=False
)
DeleteSourceServerParameters = TypedDict(
    "DeleteSourceServerParameters", {"SourceServerID": S, "SourceServerID.$": str}, total=False
)
DescribeJobLogItemsParameters = TypedDict(
    "DescribeJobLogItemsParameters",
    {
        "JobID": S,
        "JobID.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribeJobsRequestFilters(TypedDict, total=False):
    JobIDs: L[Si]
    FromDate: S
    ToDate: S

DescribeJobsParameters = TypedDict(
    "DescribeJobsParameters",
    {
        "Filters": X[DescribeJobsRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeLaunchConfigurationTemplatesParameters = TypedDict(
    "DescribeLaunchConfigurationTemplatesParameters",
    {
        "LaunchConfigurationTemplateIDs": L[Si],
        "LaunchConfigurationTemplateIDs.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribeRecoveryInstancesRequestFilters(TypedDict, total=False):
    RecoveryInstanceIDs: L[Si]
    SourceServerIDs: L[Si]

DescribeRecoveryInstancesParameters = TypedDict(
    "DescribeRecoveryInstancesParameters",
    {
        "Filters": X[DescribeRecoveryInstancesRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribeRecoverySnapshotsRequestFilters(TypedDict, total=False):
    FromDateTime: S
    ToDateTime: S

DescribeRecoverySnapshotsParameters = TypedDict(
    "DescribeRecoverySnapshotsParameters",
    {
        "SourceServerID": S,
        "SourceServerID.$": str,
        "Filters": X[DescribeRecoverySnapshotsRequestFilters],
        "Filters.$": str,
        "Order": S,
        "Order.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeReplicationConfigurationTemplatesParameters = TypedDict(
    "DescribeReplicationConfigurationTemplatesParameters",
    {
        "ReplicationConfigurationTemplateIDs": L[Si],
        "ReplicationConfigurationTemplateIDs.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribeSourceNetworksRequestFilters(TypedDict, total=False):
    SourceNetworkIDs: L[Si]
    OriginAccountID: S
    OriginRegion: S

DescribeSourceNetworksParameters = TypedDict(
    "DescribeSourceNetworksParameters",
    {
        "Filters": X[DescribeSourceNetworksRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribeSourceServersRequestFilters(TypedDict, total=False):
    SourceServerIDs: L[Si]
    HardwareId: S
    StagingAccountIDs: L[Si]

DescribeSourceServersParameters = TypedDict(
    "DescribeSourceServersParameters",
    {
        "Filters": X[DescribeSourceServersRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DisconnectRecoveryInstanceParameters = TypedDict(
    "DisconnectRecoveryInstanceParameters",
    {"RecoveryInstanceID": S, "RecoveryInstanceID.$": str},
    total=False,
)
DisconnectSourceServerParameters = TypedDict(
    "DisconnectSourceServerParameters", {"SourceServerID": S, "SourceServerID.$": str}, total=False
)
ExportSourceNetworkCfnTemplateParameters = TypedDict(
    "ExportSourceNetworkCfnTemplateParameters",
    {"SourceNetworkID": S, "SourceNetworkID.$": str},
    total=False,
)
GetFailbackReplicationConfigurationParameters = TypedDict(
    "GetFailbackReplicationConfigurationParameters",
    {"RecoveryInstanceID": S, "RecoveryInstanceID.$": str},
    total=False,
)
GetLaunchConfigurationParameters = TypedDict(
    "GetLaunchConfigurationParameters", {"SourceServerID": S, "SourceServerID.$": str}, total=False
)
GetRecoveryPlanParameters = TypedDict(
    "GetRecoveryPlanParameters", {"RecoveryPlanArn": S, "RecoveryPlanArn.$": str}, total=False
)
GetRecoveryPlanExecutionParameters = TypedDict(
    "GetRecoveryPlanExecutionParameters",
    {"RecoveryPlanExecutionArn": S, "RecoveryPlanExecutionArn.$": str},
    total=False,
)
GetRecoveryPlanExecutionStepParameters = TypedDict(
    "GetRecoveryPlanExecutionStepParameters",
    {"RecoveryPlanExecutionStepArn": S, "RecoveryPlanExecutionStepArn.$": str},
    total=False,
)
GetRecoveryPlanStepParameters = TypedDict(
    "GetRecoveryPlanStepParameters",
    {"RecoveryPlanStepArn": S, "RecoveryPlanStepArn.$": str},
    total=False,
)
GetReplicationConfigurationParameters = TypedDict(
    "GetReplicationConfigurationParameters",
    {"SourceServerID": S, "SourceServerID.$": str},
    total=False,
)

class InitializeServiceParameters(TypedDict, total=False): ...

ListExtensibleSourceServersParameters = TypedDict(
    "ListExtensibleSourceServersParameters",
    {
        "StagingAccountID": S,
        "StagingAccountID.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class LaunchActionsRequestFilters(TypedDict, total=False):
    ActionIds: L[Si]

ListLaunchActionsParameters = TypedDict(
    "ListLaunchActionsParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "Filters": X[LaunchActionsRequestFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListRecoveryPlanExecutionStepsFilter(TypedDict, total=False):
    Status: S

ListRecoveryPlanExecutionStepsParameters = TypedDict(
    "ListRecoveryPlanExecutionStepsParameters",
    {
        "RecoveryPlanExecutionArn": S,
        "RecoveryPlanExecutionArn.$": str,
        "Filter": X[ListRecoveryPlanExecutionStepsFilter],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRecoveryPlanExecutionsParameters = TypedDict(
    "ListRecoveryPlanExecutionsParameters",
    {
        "RecoveryPlanArn": S,
        "RecoveryPlanArn.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRecoveryPlanStepsParameters = TypedDict(
    "ListRecoveryPlanStepsParameters",
    {
        "RecoveryPlanArn": S,
        "RecoveryPlanArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRecoveryPlansParameters = TypedDict(
    "ListRecoveryPlansParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListStagingAccountsParameters = TypedDict(
    "ListStagingAccountsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class LaunchActionParameter(TypedDict, total=False):
    Value: S
    Type: S

PutLaunchActionParameters = TypedDict(
    "PutLaunchActionParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "ActionCode": S,
        "ActionCode.$": str,
        "Order": I,
        "Order.$": str,
        "ActionId": S,
        "ActionId.$": str,
        "Optional": B,
        "Optional.$": str,
        "Active": B,
        "Active.$": str,
        "Name": S,
        "Name.$": str,
        "ActionVersion": S,
        "ActionVersion.$": str,
        "Category": S,
        "Category.$": str,
        "Parameters": M[X[LaunchActionParameter]],
        "Parameters.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
ReorderRecoveryPlanStepsParameters = TypedDict(
    "ReorderRecoveryPlanStepsParameters",
    {
        "RecoveryPlanArn": S,
        "RecoveryPlanArn.$": str,
        "OrderedStepArns": L[Si],
        "OrderedStepArns.$": str,
    },
    total=False,
)
RetryDataReplicationParameters = TypedDict(
    "RetryDataReplicationParameters", {"SourceServerID": S, "SourceServerID.$": str}, total=False
)
RetryRecoveryPlanExecutionStepParameters = TypedDict(
    "RetryRecoveryPlanExecutionStepParameters",
    {"RecoveryPlanExecutionStepArn": S, "RecoveryPlanExecutionStepArn.$": str},
    total=False,
)
ReverseReplicationParameters = TypedDict(
    "ReverseReplicationParameters",
    {"RecoveryInstanceID": S, "RecoveryInstanceID.$": str},
    total=False,
)
StartFailbackLaunchParameters = TypedDict(
    "StartFailbackLaunchParameters",
    {"RecoveryInstanceIDs": L[Si], "RecoveryInstanceIDs.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)

class StartRecoveryRequestSourceServer(TypedDict, total=False):
    SourceServerID: S
    RecoverySnapshotID: S

StartRecoveryParameters = TypedDict(
    "StartRecoveryParameters",
    {
        "SourceServers": L[Xi[StartRecoveryRequestSourceServer]],
        "SourceServers.$": str,
        "IsDrill": B,
        "IsDrill.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class RecoveryPlanExecutionSourceServer(TypedDict, total=False):
    SourceServerID: S
    RecoverySnapshotID: S

StartRecoveryPlanExecutionParameters = TypedDict(
    "StartRecoveryPlanExecutionParameters",
    {
        "RecoveryPlanArn": S,
        "RecoveryPlanArn.$": str,
        "Mode": S,
        "Mode.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SourceServers": L[Xi[RecoveryPlanExecutionSourceServer]],
        "SourceServers.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StartReplicationParameters = TypedDict(
    "StartReplicationParameters", {"SourceServerID": S, "SourceServerID.$": str}, total=False
)

class StartSourceNetworkRecoveryRequestNetworkEntry(TypedDict, total=False):
    SourceNetworkID: S
    CfnStackName: S

StartSourceNetworkRecoveryParameters = TypedDict(
    "StartSourceNetworkRecoveryParameters",
    {
        "SourceNetworks": L[Xi[StartSourceNetworkRecoveryRequestNetworkEntry]],
        "SourceNetworks.$": str,
        "DeployAsNew": B,
        "DeployAsNew.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StartSourceNetworkReplicationParameters = TypedDict(
    "StartSourceNetworkReplicationParameters",
    {"SourceNetworkID": S, "SourceNetworkID.$": str},
    total=False,
)
StopFailbackParameters = TypedDict(
    "StopFailbackParameters", {"RecoveryInstanceID": S, "RecoveryInstanceID.$": str}, total=False
)
StopReplicationParameters = TypedDict(
    "StopReplicationParameters", {"SourceServerID": S, "SourceServerID.$": str}, total=False
)
StopSourceNetworkReplicationParameters = TypedDict(
    "StopSourceNetworkReplicationParameters",
    {"SourceNetworkID": S, "SourceNetworkID.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TerminateRecoveryInstancesParameters = TypedDict(
    "TerminateRecoveryInstancesParameters",
    {"RecoveryInstanceIDs": L[Si], "RecoveryInstanceIDs.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateFailbackReplicationConfigurationParameters = TypedDict(
    "UpdateFailbackReplicationConfigurationParameters",
    {
        "RecoveryInstanceID": S,
        "RecoveryInstanceID.$": str,
        "Name": S,
        "Name.$": str,
        "BandwidthThrottling": I,
        "BandwidthThrottling.$": str,
        "UsePrivateIP": B,
        "UsePrivateIP.$": str,
        "InternetProtocol": S,
        "InternetProtocol.$": str,
    },
    total=False,
)

class LaunchIntoInstanceProperties(TypedDict, total=False):
    LaunchIntoEC2InstanceID: S

UpdateLaunchConfigurationParameters = TypedDict(
    "UpdateLaunchConfigurationParameters",
    {
        "SourceServerID": S,
        "SourceServerID.$": str,
        "Name": S,
        "Name.$": str,
        "LaunchDisposition": S,
        "LaunchDisposition.$": str,
        "TargetInstanceTypeRightSizingMethod": S,
        "TargetInstanceTypeRightSizingMethod.$": str,
        "CopyPrivateIp": B,
        "CopyPrivateIp.$": str,
        "CopyTags": B,
        "CopyTags.$": str,
        "Licensing": X[Licensing],
        "Licensing.$": str,
        "PostLaunchEnabled": B,
        "PostLaunchEnabled.$": str,
        "LaunchIntoInstanceProperties": X[LaunchIntoInstanceProperties],
        "LaunchIntoInstanceProperties.$": str,
        "RecoveryMode": S,
        "RecoveryMode.$": str,
    },
    total=False,
)
UpdateLaunchConfigurationTemplateParameters = TypedDict(
    "UpdateLaunchConfigurationTemplateParameters",
    {
        "LaunchConfigurationTemplateID": S,
        "LaunchConfigurationTemplateID.$": str,
        "LaunchDisposition": S,
        "LaunchDisposition.$": str,
        "TargetInstanceTypeRightSizingMethod": S,
        "TargetInstanceTypeRightSizingMethod.$": str,
        "CopyPrivateIp": B,
        "CopyPrivateIp.$": str,
        "CopyTags": B,
        "CopyTags.$": str,
        "Licensing": X[Licensing],
        "Licensing.$": str,
        "ExportBucketArn": S,
        "ExportBucketArn.$": str,
        "PostLaunchEnabled": B,
        "PostLaunchEnabled.$": str,
        "LaunchIntoSourceInstance": B,
        "LaunchIntoSourceInstance.$": str,
        "RecoveryMode": S,
        "RecoveryMode.$": str,
    },
    total=False,
)
UpdateRecoveryPlanParameters = TypedDict(
    "UpdateRecoveryPlanParameters",
    {
        "RecoveryPlanArn": S,
        "RecoveryPlanArn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateRecoveryPlanExecutionStepParameters = TypedDict(
    "UpdateRecoveryPlanExecutionStepParameters",
    {
        "RecoveryPlanExecutionStepArn": S,
        "RecoveryPlanExecutionStepArn.$": str,
        "Status": S,
        "Status.$": str,
        "Servers": L[Xi[RecoveryPlanServer]],
        "Servers.$": str,
        "WaitDurationMinutes": I,
        "WaitDurationMinutes.$": str,
    },
    total=False,
)
UpdateRecoveryPlanStepParameters = TypedDict(
    "UpdateRecoveryPlanStepParameters",
    {
        "RecoveryPlanStepArn": S,
        "RecoveryPlanStepArn.$": str,
        "StepName": S,
        "StepName.$": str,
        "Configuration": X[RecoveryPlanStepConfiguration],
        "Configuration.$": str,
    },
    total=False,
)

class ReplicationConfigurationReplicatedDisk(TypedDict, total=False):
    DeviceName: S
    IsBootDisk: B
    StagingDiskType: S
    Iops: I
    Throughput: I
    OptimizedStagingDiskType: S

UpdateReplicationConfigurationParameters = TypedDict(
    "UpdateReplicationConfigurationParameters",
    {
        "SourceServerID": S,
        "SourceServerID.$": str,
        "Name": S,
        "Name.$": str,
        "StagingAreaSubnetId": S,
        "StagingAreaSubnetId.$": str,
        "AssociateDefaultSecurityGroup": B,
        "AssociateDefaultSecurityGroup.$": str,
        "ReplicationServersSecurityGroupsIDs": L[Si],
        "ReplicationServersSecurityGroupsIDs.$": str,
        "ReplicationServerInstanceType": S,
        "ReplicationServerInstanceType.$": str,
        "UseDedicatedReplicationServer": B,
        "UseDedicatedReplicationServer.$": str,
        "DefaultLargeStagingDiskType": S,
        "DefaultLargeStagingDiskType.$": str,
        "ReplicatedDisks": L[Xi[ReplicationConfigurationReplicatedDisk]],
        "ReplicatedDisks.$": str,
        "EbsEncryption": S,
        "EbsEncryption.$": str,
        "EbsEncryptionKeyArn": S,
        "EbsEncryptionKeyArn.$": str,
        "BandwidthThrottling": I,
        "BandwidthThrottling.$": str,
        "DataPlaneRouting": S,
        "DataPlaneRouting.$": str,
        "CreatePublicIP": B,
        "CreatePublicIP.$": str,
        "StagingAreaTags": M[S],
        "StagingAreaTags.$": str,
        "PitPolicy": L[Xi[PITPolicyRule]],
        "PitPolicy.$": str,
        "AutoReplicateNewDisks": B,
        "AutoReplicateNewDisks.$": str,
        "InternetProtocol": S,
        "InternetProtocol.$": str,
    },
    total=False,
)
UpdateReplicationConfigurationTemplateParameters = TypedDict(
    "UpdateReplicationConfigurationTemplateParameters",
    {
        "ReplicationConfigurationTemplateID": S,
        "ReplicationConfigurationTemplateID.$": str,
        "Arn": S,
        "Arn.$": str,
        "StagingAreaSubnetId": S,
        "StagingAreaSubnetId.$": str,
        "AssociateDefaultSecurityGroup": B,
        "AssociateDefaultSecurityGroup.$": str,
        "ReplicationServersSecurityGroupsIDs": L[Si],
        "ReplicationServersSecurityGroupsIDs.$": str,
        "ReplicationServerInstanceType": S,
        "ReplicationServerInstanceType.$": str,
        "UseDedicatedReplicationServer": B,
        "UseDedicatedReplicationServer.$": str,
        "DefaultLargeStagingDiskType": S,
        "DefaultLargeStagingDiskType.$": str,
        "EbsEncryption": S,
        "EbsEncryption.$": str,
        "EbsEncryptionKeyArn": S,
        "EbsEncryptionKeyArn.$": str,
        "BandwidthThrottling": I,
        "BandwidthThrottling.$": str,
        "DataPlaneRouting": S,
        "DataPlaneRouting.$": str,
        "CreatePublicIP": B,
        "CreatePublicIP.$": str,
        "StagingAreaTags": M[S],
        "StagingAreaTags.$": str,
        "PitPolicy": L[Xi[PITPolicyRule]],
        "PitPolicy.$": str,
        "AutoReplicateNewDisks": B,
        "AutoReplicateNewDisks.$": str,
        "InternetProtocol": S,
        "InternetProtocol.$": str,
    },
    total=False,
)
associate_source_network_stack: Builder[AssociateSourceNetworkStackParameters]
cancel_recovery_plan_execution: Builder[CancelRecoveryPlanExecutionParameters]
create_extended_source_server: Builder[CreateExtendedSourceServerParameters]
create_launch_configuration_template: Builder[CreateLaunchConfigurationTemplateParameters]
create_recovery_plan: Builder[CreateRecoveryPlanParameters]
create_recovery_plan_step: Builder[CreateRecoveryPlanStepParameters]
create_replication_configuration_template: Builder[CreateReplicationConfigurationTemplateParameters]
create_source_network: Builder[CreateSourceNetworkParameters]
delete_job: Builder[DeleteJobParameters]
delete_launch_action: Builder[DeleteLaunchActionParameters]
delete_launch_configuration_template: Builder[DeleteLaunchConfigurationTemplateParameters]
delete_recovery_instance: Builder[DeleteRecoveryInstanceParameters]
delete_recovery_plan: Builder[DeleteRecoveryPlanParameters]
delete_recovery_plan_execution: Builder[DeleteRecoveryPlanExecutionParameters]
delete_recovery_plan_step: Builder[DeleteRecoveryPlanStepParameters]
delete_replication_configuration_template: Builder[DeleteReplicationConfigurationTemplateParameters]
delete_source_network: Builder[DeleteSourceNetworkParameters]
delete_source_server: Builder[DeleteSourceServerParameters]
describe_job_log_items: Builder[DescribeJobLogItemsParameters]
describe_jobs: Builder[DescribeJobsParameters]
describe_launch_configuration_templates: Builder[DescribeLaunchConfigurationTemplatesParameters]
describe_recovery_instances: Builder[DescribeRecoveryInstancesParameters]
describe_recovery_snapshots: Builder[DescribeRecoverySnapshotsParameters]
describe_replication_configuration_templates: Builder[
    DescribeReplicationConfigurationTemplatesParameters
]
describe_source_networks: Builder[DescribeSourceNetworksParameters]
describe_source_servers: Builder[DescribeSourceServersParameters]
disconnect_recovery_instance: Builder[DisconnectRecoveryInstanceParameters]
disconnect_source_server: Builder[DisconnectSourceServerParameters]
export_source_network_cfn_template: Builder[ExportSourceNetworkCfnTemplateParameters]
get_failback_replication_configuration: Builder[GetFailbackReplicationConfigurationParameters]
get_launch_configuration: Builder[GetLaunchConfigurationParameters]
get_recovery_plan: Builder[GetRecoveryPlanParameters]
get_recovery_plan_execution: Builder[GetRecoveryPlanExecutionParameters]
get_recovery_plan_execution_step: Builder[GetRecoveryPlanExecutionStepParameters]
get_recovery_plan_step: Builder[GetRecoveryPlanStepParameters]
get_replication_configuration: Builder[GetReplicationConfigurationParameters]
initialize_service: Builder[InitializeServiceParameters]
list_extensible_source_servers: Builder[ListExtensibleSourceServersParameters]
list_launch_actions: Builder[ListLaunchActionsParameters]
list_recovery_plan_execution_steps: Builder[ListRecoveryPlanExecutionStepsParameters]
list_recovery_plan_executions: Builder[ListRecoveryPlanExecutionsParameters]
list_recovery_plan_steps: Builder[ListRecoveryPlanStepsParameters]
list_recovery_plans: Builder[ListRecoveryPlansParameters]
list_staging_accounts: Builder[ListStagingAccountsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_launch_action: Builder[PutLaunchActionParameters]
reorder_recovery_plan_steps: Builder[ReorderRecoveryPlanStepsParameters]
retry_data_replication: Builder[RetryDataReplicationParameters]
retry_recovery_plan_execution_step: Builder[RetryRecoveryPlanExecutionStepParameters]
reverse_replication: Builder[ReverseReplicationParameters]
start_failback_launch: Builder[StartFailbackLaunchParameters]
start_recovery: Builder[StartRecoveryParameters]
start_recovery_plan_execution: Builder[StartRecoveryPlanExecutionParameters]
start_replication: Builder[StartReplicationParameters]
start_source_network_recovery: Builder[StartSourceNetworkRecoveryParameters]
start_source_network_replication: Builder[StartSourceNetworkReplicationParameters]
stop_failback: Builder[StopFailbackParameters]
stop_replication: Builder[StopReplicationParameters]
stop_source_network_replication: Builder[StopSourceNetworkReplicationParameters]
tag_resource: Builder[TagResourceParameters]
terminate_recovery_instances: Builder[TerminateRecoveryInstancesParameters]
untag_resource: Builder[UntagResourceParameters]
update_failback_replication_configuration: Builder[UpdateFailbackReplicationConfigurationParameters]
update_launch_configuration: Builder[UpdateLaunchConfigurationParameters]
update_launch_configuration_template: Builder[UpdateLaunchConfigurationTemplateParameters]
update_recovery_plan: Builder[UpdateRecoveryPlanParameters]
update_recovery_plan_execution_step: Builder[UpdateRecoveryPlanExecutionStepParameters]
update_recovery_plan_step: Builder[UpdateRecoveryPlanStepParameters]
update_replication_configuration: Builder[UpdateReplicationConfigurationParameters]
update_replication_configuration_template: Builder[UpdateReplicationConfigurationTemplateParameters]

__all__ = [
    "associate_source_network_stack",
    "cancel_recovery_plan_execution",
    "create_extended_source_server",
    "create_launch_configuration_template",
    "create_recovery_plan",
    "create_recovery_plan_step",
    "create_replication_configuration_template",
    "create_source_network",
    "delete_job",
    "delete_launch_action",
    "delete_launch_configuration_template",
    "delete_recovery_instance",
    "delete_recovery_plan",
    "delete_recovery_plan_execution",
    "delete_recovery_plan_step",
    "delete_replication_configuration_template",
    "delete_source_network",
    "delete_source_server",
    "describe_job_log_items",
    "describe_jobs",
    "describe_launch_configuration_templates",
    "describe_recovery_instances",
    "describe_recovery_snapshots",
    "describe_replication_configuration_templates",
    "describe_source_networks",
    "describe_source_servers",
    "disconnect_recovery_instance",
    "disconnect_source_server",
    "export_source_network_cfn_template",
    "get_failback_replication_configuration",
    "get_launch_configuration",
    "get_recovery_plan",
    "get_recovery_plan_execution",
    "get_recovery_plan_execution_step",
    "get_recovery_plan_step",
    "get_replication_configuration",
    "initialize_service",
    "list_extensible_source_servers",
    "list_launch_actions",
    "list_recovery_plan_execution_steps",
    "list_recovery_plan_executions",
    "list_recovery_plan_steps",
    "list_recovery_plans",
    "list_staging_accounts",
    "list_tags_for_resource",
    "put_launch_action",
    "reorder_recovery_plan_steps",
    "retry_data_replication",
    "retry_recovery_plan_execution_step",
    "reverse_replication",
    "start_failback_launch",
    "start_recovery",
    "start_recovery_plan_execution",
    "start_replication",
    "start_source_network_recovery",
    "start_source_network_replication",
    "stop_failback",
    "stop_replication",
    "stop_source_network_replication",
    "tag_resource",
    "terminate_recovery_instances",
    "untag_resource",
    "update_failback_replication_configuration",
    "update_launch_configuration",
    "update_launch_configuration_template",
    "update_recovery_plan",
    "update_recovery_plan_execution_step",
    "update_recovery_plan_step",
    "update_replication_configuration",
    "update_replication_configuration_template",
]
