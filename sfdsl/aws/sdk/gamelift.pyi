"""Typed builders of the AWS SDK integration of gamelift (``aws-sdk:gamelift:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

AcceptMatchParameters = TypedDict(
    "AcceptMatchParameters",
    {
        "TicketId": S,
        "TicketId.$": str,
        "PlayerIds": L[Si],
        "PlayerIds.$": str,
        "AcceptanceType": S,
        "AcceptanceType.$": str,
    },
    total=False,
)

class ClaimFilterOption(TypedDict, total=False):
    InstanceStatuses: L[Si]

ClaimGameServerParameters = TypedDict(
    "ClaimGameServerParameters",
    {
        "GameServerGroupName": S,
        "GameServerGroupName.$": str,
        "GameServerId": S,
        "GameServerId.$": str,
        "GameServerData": S,
        "GameServerData.$": str,
        "FilterOption": X[ClaimFilterOption],
        "FilterOption.$": str,
    },
    total=False,
)

class RoutingStrategy(TypedDict, total=False):
    Type: S
    FleetId: S
    Message: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateAliasParameters = TypedDict(
    "CreateAliasParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RoutingStrategy": X[RoutingStrategy],
        "RoutingStrategy.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class S3Location(TypedDict, total=False):
    Bucket: S
    Key: S
    RoleArn: S
    ObjectVersion: S

CreateBuildParameters = TypedDict(
    "CreateBuildParameters",
    {
        "Name": S,
        "Name.$": str,
        "Version": S,
        "Version.$": str,
        "StorageLocation": X[S3Location],
        "StorageLocation.$": str,
        "OperatingSystem": S,
        "OperatingSystem.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ServerSdkVersion": S,
        "ServerSdkVersion.$": str,
    },
    total=False,
)

class ConnectionPortRange(TypedDict, total=False):
    FromPort: I
    ToPort: I

class IpPermission(TypedDict, total=False):
    FromPort: I
    ToPort: I
    IpRange: S
    Protocol: S

class LocationConfiguration(TypedDict, total=False):
    Location: S

class GameSessionCreationLimitPolicy(TypedDict, total=False):
    NewGameSessionsPerCreator: I
    PolicyPeriodInMinutes: I

class LogConfiguration(TypedDict, total=False):
    LogDestination: S
    S3BucketName: S
    LogGroupArn: S

CreateContainerFleetParameters = TypedDict(
    "CreateContainerFleetParameters",
    {
        "FleetRoleArn": S,
        "FleetRoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "GameServerContainerGroupDefinitionName": S,
        "GameServerContainerGroupDefinitionName.$": str,
        "PerInstanceContainerGroupDefinitionName": S,
        "PerInstanceContainerGroupDefinitionName.$": str,
        "InstanceConnectionPortRange": X[ConnectionPortRange],
        "InstanceConnectionPortRange.$": str,
        "InstanceInboundPermissions": L[Xi[IpPermission]],
        "InstanceInboundPermissions.$": str,
        "GameServerContainerGroupsPerInstance": I,
        "GameServerContainerGroupsPerInstance.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "BillingType": S,
        "BillingType.$": str,
        "Locations": L[Xi[LocationConfiguration]],
        "Locations.$": str,
        "MetricGroups": L[Si],
        "MetricGroups.$": str,
        "NewGameSessionProtectionPolicy": S,
        "NewGameSessionProtectionPolicy.$": str,
        "GameSessionCreationLimitPolicy": X[GameSessionCreationLimitPolicy],
        "GameSessionCreationLimitPolicy.$": str,
        "LogConfiguration": X[LogConfiguration],
        "LogConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "PlayerGatewayMode": S,
        "PlayerGatewayMode.$": str,
    },
    total=False,
)

class ContainerDependency(TypedDict, total=False):
    ContainerName: S
    Condition: S

class ContainerMountPoint(TypedDict, total=False):
    InstancePath: S
    ContainerPath: S
    AccessLevel: S

class ContainerEnvironment(TypedDict, total=False):
    Name: S
    Value: S

class ContainerPortRange(TypedDict, total=False):
    FromPort: I
    ToPort: I
    Protocol: S

class ContainerPortConfiguration(TypedDict, total=False):
    ContainerPortRanges: L[Xi[ContainerPortRange]]

class LinuxCapabilities(TypedDict, total=False):
    Include: L[Si]

class GameServerContainerDefinitionInput(TypedDict, total=False):
    ContainerName: S
    DependsOn: L[Xi[ContainerDependency]]
    MountPoints: L[Xi[ContainerMountPoint]]
    EnvironmentOverride: L[Xi[ContainerEnvironment]]
    ImageUri: S
    PortConfiguration: X[ContainerPortConfiguration]
    ServerSdkVersion: S
    LinuxCapabilities: X[LinuxCapabilities]
    Vcpu: F

class ContainerHealthCheck(TypedDict, total=False):
    Command: L[Si]
    Interval: I
    Retries: I
    StartPeriod: I
    Timeout: I

class SupportContainerDefinitionInput(TypedDict, total=False):
    ContainerName: S
    DependsOn: L[Xi[ContainerDependency]]
    MountPoints: L[Xi[ContainerMountPoint]]
    EnvironmentOverride: L[Xi[ContainerEnvironment]]
    Essential: B
    HealthCheck: X[ContainerHealthCheck]
    ImageUri: S
    MemoryHardLimitMebibytes: I
    PortConfiguration: X[ContainerPortConfiguration]
    Vcpu: F
    LinuxCapabilities: X[LinuxCapabilities]

CreateContainerGroupDefinitionParameters = TypedDict(
    "CreateContainerGroupDefinitionParameters",
    {
        "Name": S,
        "Name.$": str,
        "ContainerGroupType": S,
        "ContainerGroupType.$": str,
        "TotalMemoryLimitMebibytes": I,
        "TotalMemoryLimitMebibytes.$": str,
        "TotalVcpuLimit": F,
        "TotalVcpuLimit.$": str,
        "GameServerContainerDefinition": X[GameServerContainerDefinitionInput],
        "GameServerContainerDefinition.$": str,
        "SupportContainerDefinitions": L[Xi[SupportContainerDefinitionInput]],
        "SupportContainerDefinitions.$": str,
        "OperatingSystem": S,
        "OperatingSystem.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ServerProcess(TypedDict, total=False):
    LaunchPath: S
    Parameters: S
    ConcurrentExecutions: I

class RuntimeConfiguration(TypedDict, total=False):
    ServerProcesses: L[Xi[ServerProcess]]
    MaxConcurrentGameSessionActivations: I
    GameSessionActivationTimeoutSeconds: I

class ResourceCreationLimitPolicy(TypedDict, total=False):
    NewGameSessionsPerCreator: I
    PolicyPeriodInMinutes: I

class CertificateConfiguration(TypedDict, total=False):
    CertificateType: S

class AnywhereConfiguration(TypedDict, total=False):
    Cost: S

class PlayerGatewayConfiguration(TypedDict, total=False):
    GameServerIpProtocolSupported: S

CreateFleetParameters = TypedDict(
    "CreateFleetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "BuildId": S,
        "BuildId.$": str,
        "ScriptId": S,
        "ScriptId.$": str,
        "ServerLaunchPath": S,
        "ServerLaunchPath.$": str,
        "ServerLaunchParameters": S,
        "ServerLaunchParameters.$": str,
        "LogPaths": L[Si],
        "LogPaths.$": str,
        "Ec2InstanceType": S,
        "Ec2InstanceType.$": str,
        "Ec2InboundPermissions": L[Xi[IpPermission]],
        "Ec2InboundPermissions.$": str,
        "NewGameSessionProtectionPolicy": S,
        "NewGameSessionProtectionPolicy.$": str,
        "RuntimeConfiguration": X[RuntimeConfiguration],
        "RuntimeConfiguration.$": str,
        "ResourceCreationLimitPolicy": X[ResourceCreationLimitPolicy],
        "ResourceCreationLimitPolicy.$": str,
        "MetricGroups": L[Si],
        "MetricGroups.$": str,
        "PeerVpcAwsAccountId": S,
        "PeerVpcAwsAccountId.$": str,
        "PeerVpcId": S,
        "PeerVpcId.$": str,
        "FleetType": S,
        "FleetType.$": str,
        "InstanceRoleArn": S,
        "InstanceRoleArn.$": str,
        "CertificateConfiguration": X[CertificateConfiguration],
        "CertificateConfiguration.$": str,
        "Locations": L[Xi[LocationConfiguration]],
        "Locations.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ComputeType": S,
        "ComputeType.$": str,
        "AnywhereConfiguration": X[AnywhereConfiguration],
        "AnywhereConfiguration.$": str,
        "InstanceRoleCredentialsProvider": S,
        "InstanceRoleCredentialsProvider.$": str,
        "PlayerGatewayMode": S,
        "PlayerGatewayMode.$": str,
        "PlayerGatewayConfiguration": X[PlayerGatewayConfiguration],
        "PlayerGatewayConfiguration.$": str,
    },
    total=False,
)
CreateFleetLocationsParameters = TypedDict(
    "CreateFleetLocationsParameters",
    {"FleetId": S, "FleetId.$": str, "Locations": L[Xi[LocationConfiguration]], "Locations.$": str},
    total=False,
)

class LaunchTemplateSpecification(TypedDict, total=False):
    LaunchTemplateId: S
    LaunchTemplateName: S
    Version: S

class InstanceDefinition(TypedDict, total=False):
    InstanceType: S
    WeightedCapacity: S

class TargetTrackingConfiguration(TypedDict, total=False):
    TargetValue: F

class GameServerGroupAutoScalingPolicy(TypedDict, total=False):
    EstimatedInstanceWarmup: I
    TargetTrackingConfiguration: X[TargetTrackingConfiguration]

CreateGameServerGroupParameters = TypedDict(
    "CreateGameServerGroupParameters",
    {
        "GameServerGroupName": S,
        "GameServerGroupName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "MinSize": I,
        "MinSize.$": str,
        "MaxSize": I,
        "MaxSize.$": str,
        "LaunchTemplate": X[LaunchTemplateSpecification],
        "LaunchTemplate.$": str,
        "InstanceDefinitions": L[Xi[InstanceDefinition]],
        "InstanceDefinitions.$": str,
        "AutoScalingPolicy": X[GameServerGroupAutoScalingPolicy],
        "AutoScalingPolicy.$": str,
        "BalancingStrategy": S,
        "BalancingStrategy.$": str,
        "GameServerProtectionPolicy": S,
        "GameServerProtectionPolicy.$": str,
        "VpcSubnets": L[Si],
        "VpcSubnets.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class GameProperty(TypedDict, total=False):
    Key: S
    Value: S

CreateGameSessionParameters = TypedDict(
    "CreateGameSessionParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "AliasId": S,
        "AliasId.$": str,
        "MaximumPlayerSessionCount": I,
        "MaximumPlayerSessionCount.$": str,
        "Name": S,
        "Name.$": str,
        "GameProperties": L[Xi[GameProperty]],
        "GameProperties.$": str,
        "CreatorId": S,
        "CreatorId.$": str,
        "GameSessionId": S,
        "GameSessionId.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "GameSessionData": S,
        "GameSessionData.$": str,
        "Location": S,
        "Location.$": str,
    },
    total=False,
)

class PlayerLatencyPolicy(TypedDict, total=False):
    MaximumIndividualPlayerLatencyMilliseconds: I
    PolicyDurationSeconds: I

class GameSessionQueueDestination(TypedDict, total=False):
    DestinationArn: S

class FilterConfiguration(TypedDict, total=False):
    AllowedLocations: L[Si]

class PriorityConfiguration(TypedDict, total=False):
    PriorityOrder: L[Si]
    LocationOrder: L[Si]

class LogDeliveryDestination(TypedDict, total=False):
    LogDestination: S
    DestinationArn: S

class GameSessionQueueLogConfiguration(TypedDict, total=False):
    DeliveryDestinations: L[Xi[LogDeliveryDestination]]

CreateGameSessionQueueParameters = TypedDict(
    "CreateGameSessionQueueParameters",
    {
        "Name": S,
        "Name.$": str,
        "TimeoutInSeconds": I,
        "TimeoutInSeconds.$": str,
        "PlayerLatencyPolicies": L[Xi[PlayerLatencyPolicy]],
        "PlayerLatencyPolicies.$": str,
        "Destinations": L[Xi[GameSessionQueueDestination]],
        "Destinations.$": str,
        "FilterConfiguration": X[FilterConfiguration],
        "FilterConfiguration.$": str,
        "PriorityConfiguration": X[PriorityConfiguration],
        "PriorityConfiguration.$": str,
        "CustomEventData": S,
        "CustomEventData.$": str,
        "NotificationTarget": S,
        "NotificationTarget.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "LogConfiguration": X[GameSessionQueueLogConfiguration],
        "LogConfiguration.$": str,
    },
    total=False,
)
CreateLocationParameters = TypedDict(
    "CreateLocationParameters",
    {"LocationName": S, "LocationName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
CreateMatchmakingConfigurationParameters = TypedDict(
    "CreateMatchmakingConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "GameSessionQueueArns": L[Si],
        "GameSessionQueueArns.$": str,
        "RequestTimeoutSeconds": I,
        "RequestTimeoutSeconds.$": str,
        "AcceptanceTimeoutSeconds": I,
        "AcceptanceTimeoutSeconds.$": str,
        "AcceptanceRequired": B,
        "AcceptanceRequired.$": str,
        "RuleSetName": S,
        "RuleSetName.$": str,
        "NotificationTarget": S,
        "NotificationTarget.$": str,
        "AdditionalPlayerCount": I,
        "AdditionalPlayerCount.$": str,
        "CustomEventData": S,
        "CustomEventData.$": str,
        "GameProperties": L[Xi[GameProperty]],
        "GameProperties.$": str,
        "GameSessionData": S,
        "GameSessionData.$": str,
        "BackfillMode": S,
        "BackfillMode.$": str,
        "FlexMatchMode": S,
        "FlexMatchMode.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateMatchmakingRuleSetParameters = TypedDict(
    "CreateMatchmakingRuleSetParameters",
    {
        "Name": S,
        "Name.$": str,
        "RuleSetBody": S,
        "RuleSetBody.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreatePlayerSessionParameters = TypedDict(
    "CreatePlayerSessionParameters",
    {
        "GameSessionId": S,
        "GameSessionId.$": str,
        "PlayerId": S,
        "PlayerId.$": str,
        "PlayerData": S,
        "PlayerData.$": str,
    },
    total=False,
)
CreatePlayerSessionsParameters = TypedDict(
    "CreatePlayerSessionsParameters",
    {
        "GameSessionId": S,
        "GameSessionId.$": str,
        "PlayerIds": L[Si],
        "PlayerIds.$": str,
        "PlayerDataMap": M[S],
        "PlayerDataMap.$": str,
    },
    total=False,
)
CreateScriptParameters = TypedDict(
    "CreateScriptParameters",
    {
        "Name": S,
        "Name.$": str,
        "Version": S,
        "Version.$": str,
        "StorageLocation": X[S3Location],
        "StorageLocation.$": str,
        "ZipFile": S,
        "ZipFile.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "NodeJsVersion": S,
        "NodeJsVersion.$": str,
    },
    total=False,
)
CreateVpcPeeringAuthorizationParameters = TypedDict(
    "CreateVpcPeeringAuthorizationParameters",
    {"GameLiftAwsAccountId": S, "GameLiftAwsAccountId.$": str, "PeerVpcId": S, "PeerVpcId.$": str},
    total=False,
)
CreateVpcPeeringConnectionParameters = TypedDict(
    "CreateVpcPeeringConnectionParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "PeerVpcAwsAccountId": S,
        "PeerVpcAwsAccountId.$": str,
        "PeerVpcId": S,
        "PeerVpcId.$": str,
    },
    total=False,
)
DeleteAliasParameters = TypedDict(
    "DeleteAliasParameters", {"AliasId": S, "AliasId.$": str}, total=False
)
DeleteBuildParameters = TypedDict(
    "DeleteBuildParameters", {"BuildId": S, "BuildId.$": str}, total=False
)
DeleteContainerFleetParameters = TypedDict(
    "DeleteContainerFleetParameters", {"FleetId": S, "FleetId.$": str}, total=False
)
DeleteContainerGroupDefinitionParameters = TypedDict(
    "DeleteContainerGroupDefinitionParameters",
    {
        "Name": S,
        "Name.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
        "VersionCountToRetain": I,
        "VersionCountToRetain.$": str,
    },
    total=False,
)
DeleteFleetParameters = TypedDict(
    "DeleteFleetParameters", {"FleetId": S, "FleetId.$": str}, total=False
)
DeleteFleetLocationsParameters = TypedDict(
    "DeleteFleetLocationsParameters",
    {"FleetId": S, "FleetId.$": str, "Locations": L[Si], "Locations.$": str},
    total=False,
)
DeleteGameServerGroupParameters = TypedDict(
    "DeleteGameServerGroupParameters",
    {
        "GameServerGroupName": S,
        "GameServerGroupName.$": str,
        "DeleteOption": S,
        "DeleteOption.$": str,
    },
    total=False,
)
DeleteGameSessionQueueParameters = TypedDict(
    "DeleteGameSessionQueueParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteLocationParameters = TypedDict(
    "DeleteLocationParameters", {"LocationName": S, "LocationName.$": str}, total=False
)
DeleteMatchmakingConfigurationParameters = TypedDict(
    "DeleteMatchmakingConfigurationParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteMatchmakingRuleSetParameters = TypedDict(
    "DeleteMatchmakingRuleSetParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteScalingPolicyParameters = TypedDict(
    "DeleteScalingPolicyParameters",
    {"Name": S, "Name.$": str, "FleetId": S, "FleetId.$": str},
    total=False,
)
DeleteScriptParameters = TypedDict(
    "DeleteScriptParameters", {"ScriptId": S, "ScriptId.$": str}, total=False
)
DeleteVpcPeeringAuthorizationParameters = TypedDict(
    "DeleteVpcPeeringAuthorizationParameters",
    {"GameLiftAwsAccountId": S, "GameLiftAwsAccountId.$": str, "PeerVpcId": S, "PeerVpcId.$": str},
    total=False,
)
DeleteVpcPeeringConnectionParameters = TypedDict(
    "DeleteVpcPeeringConnectionParameters",
    {"FleetId": S, "FleetId.$": str, "VpcPeeringConnectionId": S, "VpcPeeringConnectionId.$": str},
    total=False,
)
DeregisterComputeParameters = TypedDict(
    "DeregisterComputeParameters",
    {"FleetId": S, "FleetId.$": str, "ComputeName": S, "ComputeName.$": str},
    total=False,
)
DeregisterGameServerParameters = TypedDict(
    "DeregisterGameServerParameters",
    {
        "GameServerGroupName": S,
        "GameServerGroupName.$": str,
        "GameServerId": S,
        "GameServerId.$": str,
    },
    total=False,
)
DescribeAliasParameters = TypedDict(
    "DescribeAliasParameters", {"AliasId": S, "AliasId.$": str}, total=False
)
DescribeBuildParameters = TypedDict(
    "DescribeBuildParameters", {"BuildId": S, "BuildId.$": str}, total=False
)
DescribeComputeParameters = TypedDict(
    "DescribeComputeParameters",
    {"FleetId": S, "FleetId.$": str, "ComputeName": S, "ComputeName.$": str},
    total=False,
)
DescribeContainerFleetParameters = TypedDict(
    "DescribeContainerFleetParameters", {"FleetId": S, "FleetId.$": str}, total=False
)
DescribeContainerGroupDefinitionParameters = TypedDict(
    "DescribeContainerGroupDefinitionParameters",
    {"Name": S, "Name.$": str, "VersionNumber": I, "VersionNumber.$": str},
    total=False,
)
DescribeContainerGroupPortMappingsParameters = TypedDict(
    "DescribeContainerGroupPortMappingsParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "ContainerGroupType": S,
        "ContainerGroupType.$": str,
        "ComputeName": S,
        "ComputeName.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "ContainerName": S,
        "ContainerName.$": str,
    },
    total=False,
)
DescribeEC2InstanceLimitsParameters = TypedDict(
    "DescribeEC2InstanceLimitsParameters",
    {"Ec2InstanceType": S, "Ec2InstanceType.$": str, "Location": S, "Location.$": str},
    total=False,
)
DescribeFleetAttributesParameters = TypedDict(
    "DescribeFleetAttributesParameters",
    {
        "FleetIds": L[Si],
        "FleetIds.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFleetCapacityParameters = TypedDict(
    "DescribeFleetCapacityParameters",
    {
        "FleetIds": L[Si],
        "FleetIds.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFleetDeploymentParameters = TypedDict(
    "DescribeFleetDeploymentParameters",
    {"FleetId": S, "FleetId.$": str, "DeploymentId": S, "DeploymentId.$": str},
    total=False,
)
DescribeFleetEventsParameters = TypedDict(
    "DescribeFleetEventsParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFleetLocationAttributesParameters = TypedDict(
    "DescribeFleetLocationAttributesParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "Locations": L[Si],
        "Locations.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFleetLocationCapacityParameters = TypedDict(
    "DescribeFleetLocationCapacityParameters",
    {"FleetId": S, "FleetId.$": str, "Location": S, "Location.$": str},
    total=False,
)
DescribeFleetLocationUtilizationParameters = TypedDict(
    "DescribeFleetLocationUtilizationParameters",
    {"FleetId": S, "FleetId.$": str, "Location": S, "Location.$": str},
    total=False,
)
DescribeFleetPortSettingsParameters = TypedDict(
    "DescribeFleetPortSettingsParameters",
    {"FleetId": S, "FleetId.$": str, "Location": S, "Location.$": str},
    total=False,
)
DescribeFleetUtilizationParameters = TypedDict(
    "DescribeFleetUtilizationParameters",
    {
        "FleetIds": L[Si],
        "FleetIds.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeGameServerParameters = TypedDict(
    "DescribeGameServerParameters",
    {
        "GameServerGroupName": S,
        "GameServerGroupName.$": str,
        "GameServerId": S,
        "GameServerId.$": str,
    },
    total=False,
)
DescribeGameServerGroupParameters = TypedDict(
    "DescribeGameServerGroupParameters",
    {"GameServerGroupName": S, "GameServerGroupName.$": str},
    total=False,
)
DescribeGameServerInstancesParameters = TypedDict(
    "DescribeGameServerInstancesParameters",
    {
        "GameServerGroupName": S,
        "GameServerGroupName.$": str,
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeGameSessionDetailsParameters = TypedDict(
    "DescribeGameSessionDetailsParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "GameSessionId": S,
        "GameSessionId.$": str,
        "AliasId": S,
        "AliasId.$": str,
        "Location": S,
        "Location.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeGameSessionPlacementParameters = TypedDict(
    "DescribeGameSessionPlacementParameters", {"PlacementId": S, "PlacementId.$": str}, total=False
)
DescribeGameSessionQueuesParameters = TypedDict(
    "DescribeGameSessionQueuesParameters",
    {
        "Names": L[Si],
        "Names.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeGameSessionsParameters = TypedDict(
    "DescribeGameSessionsParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "GameSessionId": S,
        "GameSessionId.$": str,
        "AliasId": S,
        "AliasId.$": str,
        "Location": S,
        "Location.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeInstancesParameters = TypedDict(
    "DescribeInstancesParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Location": S,
        "Location.$": str,
    },
    total=False,
)
DescribeMatchmakingParameters = TypedDict(
    "DescribeMatchmakingParameters", {"TicketIds": L[Si], "TicketIds.$": str}, total=False
)
DescribeMatchmakingConfigurationsParameters = TypedDict(
    "DescribeMatchmakingConfigurationsParameters",
    {
        "Names": L[Si],
        "Names.$": str,
        "RuleSetName": S,
        "RuleSetName.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMatchmakingRuleSetsParameters = TypedDict(
    "DescribeMatchmakingRuleSetsParameters",
    {
        "Names": L[Si],
        "Names.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribePlayerSessionsParameters = TypedDict(
    "DescribePlayerSessionsParameters",
    {
        "GameSessionId": S,
        "GameSessionId.$": str,
        "PlayerId": S,
        "PlayerId.$": str,
        "PlayerSessionId": S,
        "PlayerSessionId.$": str,
        "PlayerSessionStatusFilter": S,
        "PlayerSessionStatusFilter.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeRuntimeConfigurationParameters = TypedDict(
    "DescribeRuntimeConfigurationParameters", {"FleetId": S, "FleetId.$": str}, total=False
)
DescribeScalingPoliciesParameters = TypedDict(
    "DescribeScalingPoliciesParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Location": S,
        "Location.$": str,
    },
    total=False,
)
DescribeScriptParameters = TypedDict(
    "DescribeScriptParameters", {"ScriptId": S, "ScriptId.$": str}, total=False
)

class DescribeVpcPeeringAuthorizationsParameters(TypedDict, total=False): ...

DescribeVpcPeeringConnectionsParameters = TypedDict(
    "DescribeVpcPeeringConnectionsParameters", {"FleetId": S, "FleetId.$": str}, total=False
)
GetComputeAccessParameters = TypedDict(
    "GetComputeAccessParameters",
    {"FleetId": S, "FleetId.$": str, "ComputeName": S, "ComputeName.$": str},
    total=False,
)
GetComputeAuthTokenParameters = TypedDict(
    "GetComputeAuthTokenParameters",
    {"FleetId": S, "FleetId.$": str, "ComputeName": S, "ComputeName.$": str},
    total=False,
)
GetGameSessionLogUrlParameters = TypedDict(
    "GetGameSessionLogUrlParameters", {"GameSessionId": S, "GameSessionId.$": str}, total=False
)
GetInstanceAccessParameters = TypedDict(
    "GetInstanceAccessParameters",
    {"FleetId": S, "FleetId.$": str, "InstanceId": S, "InstanceId.$": str},
    total=False,
)
GetPlayerConnectionDetailsParameters = TypedDict(
    "GetPlayerConnectionDetailsParameters",
    {"GameSessionId": S, "GameSessionId.$": str, "PlayerIds": L[Si], "PlayerIds.$": str},
    total=False,
)
ListAliasesParameters = TypedDict(
    "ListAliasesParameters",
    {
        "RoutingStrategyType": S,
        "RoutingStrategyType.$": str,
        "Name": S,
        "Name.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBuildsParameters = TypedDict(
    "ListBuildsParameters",
    {"Status": S, "Status.$": str, "Limit": I, "Limit.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListComputeParameters = TypedDict(
    "ListComputeParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "Location": S,
        "Location.$": str,
        "ContainerGroupDefinitionName": S,
        "ContainerGroupDefinitionName.$": str,
        "ComputeStatus": S,
        "ComputeStatus.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListContainerFleetsParameters = TypedDict(
    "ListContainerFleetsParameters",
    {
        "ContainerGroupDefinitionName": S,
        "ContainerGroupDefinitionName.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListContainerGroupDefinitionVersionsParameters = TypedDict(
    "ListContainerGroupDefinitionVersionsParameters",
    {"Name": S, "Name.$": str, "Limit": I, "Limit.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListContainerGroupDefinitionsParameters = TypedDict(
    "ListContainerGroupDefinitionsParameters",
    {
        "ContainerGroupType": S,
        "ContainerGroupType.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFleetDeploymentsParameters = TypedDict(
    "ListFleetDeploymentsParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFleetsParameters = TypedDict(
    "ListFleetsParameters",
    {
        "BuildId": S,
        "BuildId.$": str,
        "ScriptId": S,
        "ScriptId.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGameServerGroupsParameters = TypedDict(
    "ListGameServerGroupsParameters",
    {"Limit": I, "Limit.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListGameServersParameters = TypedDict(
    "ListGameServersParameters",
    {
        "GameServerGroupName": S,
        "GameServerGroupName.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLocationsParameters = TypedDict(
    "ListLocationsParameters",
    {
        "Filters": L[Si],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListScriptsParameters = TypedDict(
    "ListScriptsParameters",
    {"Limit": I, "Limit.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)

class TargetConfiguration(TypedDict, total=False):
    TargetValue: F

PutScalingPolicyParameters = TypedDict(
    "PutScalingPolicyParameters",
    {
        "Name": S,
        "Name.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "ScalingAdjustment": I,
        "ScalingAdjustment.$": str,
        "ScalingAdjustmentType": S,
        "ScalingAdjustmentType.$": str,
        "Threshold": F,
        "Threshold.$": str,
        "ComparisonOperator": S,
        "ComparisonOperator.$": str,
        "EvaluationPeriods": I,
        "EvaluationPeriods.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
        "TargetConfiguration": X[TargetConfiguration],
        "TargetConfiguration.$": str,
    },
    total=False,
)
RegisterComputeParameters = TypedDict(
    "RegisterComputeParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "ComputeName": S,
        "ComputeName.$": str,
        "CertificatePath": S,
        "CertificatePath.$": str,
        "DnsName": S,
        "DnsName.$": str,
        "IpAddress": S,
        "IpAddress.$": str,
        "Location": S,
        "Location.$": str,
    },
    total=False,
)
RegisterGameServerParameters = TypedDict(
    "RegisterGameServerParameters",
    {
        "GameServerGroupName": S,
        "GameServerGroupName.$": str,
        "GameServerId": S,
        "GameServerId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "ConnectionInfo": S,
        "ConnectionInfo.$": str,
        "GameServerData": S,
        "GameServerData.$": str,
    },
    total=False,
)
RequestUploadCredentialsParameters = TypedDict(
    "RequestUploadCredentialsParameters", {"BuildId": S, "BuildId.$": str}, total=False
)
ResolveAliasParameters = TypedDict(
    "ResolveAliasParameters", {"AliasId": S, "AliasId.$": str}, total=False
)
ResumeGameServerGroupParameters = TypedDict(
    "ResumeGameServerGroupParameters",
    {
        "GameServerGroupName": S,
        "GameServerGroupName.$": str,
        "ResumeActions": L[Si],
        "ResumeActions.$": str,
    },
    total=False,
)
SearchGameSessionsParameters = TypedDict(
    "SearchGameSessionsParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "AliasId": S,
        "AliasId.$": str,
        "Location": S,
        "Location.$": str,
        "FilterExpression": S,
        "FilterExpression.$": str,
        "SortExpression": S,
        "SortExpression.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
StartFleetActionsParameters = TypedDict(
    "StartFleetActionsParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "Actions": L[Si],
        "Actions.$": str,
        "Location": S,
        "Location.$": str,
    },
    total=False,
)

class PlayerLatency(TypedDict, total=False):
    PlayerId: S
    RegionIdentifier: S
    LatencyInMilliseconds: F

class DesiredPlayerSession(TypedDict, total=False):
    PlayerId: S
    PlayerData: S

class PriorityConfigurationOverride(TypedDict, total=False):
    PlacementFallbackStrategy: S
    LocationOrder: L[Si]

StartGameSessionPlacementParameters = TypedDict(
    "StartGameSessionPlacementParameters",
    {
        "PlacementId": S,
        "PlacementId.$": str,
        "GameSessionQueueName": S,
        "GameSessionQueueName.$": str,
        "GameProperties": L[Xi[GameProperty]],
        "GameProperties.$": str,
        "MaximumPlayerSessionCount": I,
        "MaximumPlayerSessionCount.$": str,
        "GameSessionName": S,
        "GameSessionName.$": str,
        "PlayerLatencies": L[Xi[PlayerLatency]],
        "PlayerLatencies.$": str,
        "DesiredPlayerSessions": L[Xi[DesiredPlayerSession]],
        "DesiredPlayerSessions.$": str,
        "GameSessionData": S,
        "GameSessionData.$": str,
        "PriorityConfigurationOverride": X[PriorityConfigurationOverride],
        "PriorityConfigurationOverride.$": str,
    },
    total=False,
)

class AttributeValue(TypedDict, total=False):
    S: S
    N: F
    Sl: L[Si]
    Sdm: M[F]

class Player(TypedDict, total=False):
    PlayerId: S
    PlayerAttributes: M[X[AttributeValue]]
    Team: S
    LatencyInMs: M[I]

StartMatchBackfillParameters = TypedDict(
    "StartMatchBackfillParameters",
    {
        "TicketId": S,
        "TicketId.$": str,
        "ConfigurationName": S,
        "ConfigurationName.$": str,
        "GameSessionArn": S,
        "GameSessionArn.$": str,
        "Players": L[Xi[Player]],
        "Players.$": str,
    },
    total=False,
)
StartMatchmakingParameters = TypedDict(
    "StartMatchmakingParameters",
    {
        "TicketId": S,
        "TicketId.$": str,
        "ConfigurationName": S,
        "ConfigurationName.$": str,
        "Players": L[Xi[Player]],
        "Players.$": str,
    },
    total=False,
)
StopFleetActionsParameters = TypedDict(
    "StopFleetActionsParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "Actions": L[Si],
        "Actions.$": str,
        "Location": S,
        "Location.$": str,
    },
    total=False,
)
StopGameSessionPlacementParameters = TypedDict(
    "StopGameSessionPlacementParameters", {"PlacementId": S, "PlacementId.$": str}, total=False
)
StopMatchmakingParameters = TypedDict(
    "StopMatchmakingParameters", {"TicketId": S, "TicketId.$": str}, total=False
)
SuspendGameServerGroupParameters = TypedDict(
    "SuspendGameServerGroupParameters",
    {
        "GameServerGroupName": S,
        "GameServerGroupName.$": str,
        "SuspendActions": L[Si],
        "SuspendActions.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TerminateGameSessionParameters = TypedDict(
    "TerminateGameSessionParameters",
    {"GameSessionId": S, "GameSessionId.$": str, "TerminationMode": S, "TerminationMode.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAliasParameters = TypedDict(
    "UpdateAliasParameters",
    {
        "AliasId": S,
        "AliasId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RoutingStrategy": X[RoutingStrategy],
        "RoutingStrategy.$": str,
    },
    total=False,
)
UpdateBuildParameters = TypedDict(
    "UpdateBuildParameters",
    {"BuildId": S, "BuildId.$": str, "Name": S, "Name.$": str, "Version": S, "Version.$": str},
    total=False,
)

class DeploymentConfiguration(TypedDict, total=False):
    ProtectionStrategy: S
    MinimumHealthyPercentage: I
    ImpairmentStrategy: S

UpdateContainerFleetParameters = TypedDict(
    "UpdateContainerFleetParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "GameServerContainerGroupDefinitionName": S,
        "GameServerContainerGroupDefinitionName.$": str,
        "PerInstanceContainerGroupDefinitionName": S,
        "PerInstanceContainerGroupDefinitionName.$": str,
        "GameServerContainerGroupsPerInstance": I,
        "GameServerContainerGroupsPerInstance.$": str,
        "InstanceConnectionPortRange": X[ConnectionPortRange],
        "InstanceConnectionPortRange.$": str,
        "InstanceInboundPermissionAuthorizations": L[Xi[IpPermission]],
        "InstanceInboundPermissionAuthorizations.$": str,
        "InstanceInboundPermissionRevocations": L[Xi[IpPermission]],
        "InstanceInboundPermissionRevocations.$": str,
        "DeploymentConfiguration": X[DeploymentConfiguration],
        "DeploymentConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "MetricGroups": L[Si],
        "MetricGroups.$": str,
        "NewGameSessionProtectionPolicy": S,
        "NewGameSessionProtectionPolicy.$": str,
        "GameSessionCreationLimitPolicy": X[GameSessionCreationLimitPolicy],
        "GameSessionCreationLimitPolicy.$": str,
        "LogConfiguration": X[LogConfiguration],
        "LogConfiguration.$": str,
        "RemoveAttributes": L[Si],
        "RemoveAttributes.$": str,
    },
    total=False,
)
UpdateContainerGroupDefinitionParameters = TypedDict(
    "UpdateContainerGroupDefinitionParameters",
    {
        "Name": S,
        "Name.$": str,
        "GameServerContainerDefinition": X[GameServerContainerDefinitionInput],
        "GameServerContainerDefinition.$": str,
        "SupportContainerDefinitions": L[Xi[SupportContainerDefinitionInput]],
        "SupportContainerDefinitions.$": str,
        "TotalMemoryLimitMebibytes": I,
        "TotalMemoryLimitMebibytes.$": str,
        "TotalVcpuLimit": F,
        "TotalVcpuLimit.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "SourceVersionNumber": I,
        "SourceVersionNumber.$": str,
        "OperatingSystem": S,
        "OperatingSystem.$": str,
        "RemoveAttributes": L[Si],
        "RemoveAttributes.$": str,
    },
    total=False,
)
UpdateFleetAttributesParameters = TypedDict(
    "UpdateFleetAttributesParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "NewGameSessionProtectionPolicy": S,
        "NewGameSessionProtectionPolicy.$": str,
        "ResourceCreationLimitPolicy": X[ResourceCreationLimitPolicy],
        "ResourceCreationLimitPolicy.$": str,
        "MetricGroups": L[Si],
        "MetricGroups.$": str,
        "AnywhereConfiguration": X[AnywhereConfiguration],
        "AnywhereConfiguration.$": str,
    },
    total=False,
)

class ManagedCapacityConfiguration(TypedDict, total=False):
    ZeroCapacityStrategy: S
    ScaleInAfterInactivityMinutes: I

UpdateFleetCapacityParameters = TypedDict(
    "UpdateFleetCapacityParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "DesiredInstances": I,
        "DesiredInstances.$": str,
        "MinSize": I,
        "MinSize.$": str,
        "MaxSize": I,
        "MaxSize.$": str,
        "Location": S,
        "Location.$": str,
        "ManagedCapacityConfiguration": X[ManagedCapacityConfiguration],
        "ManagedCapacityConfiguration.$": str,
    },
    total=False,
)
UpdateFleetPortSettingsParameters = TypedDict(
    "UpdateFleetPortSettingsParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "InboundPermissionAuthorizations": L[Xi[IpPermission]],
        "InboundPermissionAuthorizations.$": str,
        "InboundPermissionRevocations": L[Xi[IpPermission]],
        "InboundPermissionRevocations.$": str,
    },
    total=False,
)
UpdateGameServerParameters = TypedDict(
    "UpdateGameServerParameters",
    {
        "GameServerGroupName": S,
        "GameServerGroupName.$": str,
        "GameServerId": S,
        "GameServerId.$": str,
        "GameServerData": S,
        "GameServerData.$": str,
        "UtilizationStatus": S,
        "UtilizationStatus.$": str,
        "HealthCheck": S,
        "HealthCheck.$": str,
    },
    total=False,
)
UpdateGameServerGroupParameters = TypedDict(
    "UpdateGameServerGroupParameters",
    {
        "GameServerGroupName": S,
        "GameServerGroupName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "InstanceDefinitions": L[Xi[InstanceDefinition]],
        "InstanceDefinitions.$": str,
        "GameServerProtectionPolicy": S,
        "GameServerProtectionPolicy.$": str,
        "BalancingStrategy": S,
        "BalancingStrategy.$": str,
    },
    total=False,
)
UpdateGameSessionParameters = TypedDict(
    "UpdateGameSessionParameters",
    {
        "GameSessionId": S,
        "GameSessionId.$": str,
        "MaximumPlayerSessionCount": I,
        "MaximumPlayerSessionCount.$": str,
        "Name": S,
        "Name.$": str,
        "PlayerSessionCreationPolicy": S,
        "PlayerSessionCreationPolicy.$": str,
        "ProtectionPolicy": S,
        "ProtectionPolicy.$": str,
        "GameProperties": L[Xi[GameProperty]],
        "GameProperties.$": str,
    },
    total=False,
)
UpdateGameSessionQueueParameters = TypedDict(
    "UpdateGameSessionQueueParameters",
    {
        "Name": S,
        "Name.$": str,
        "TimeoutInSeconds": I,
        "TimeoutInSeconds.$": str,
        "PlayerLatencyPolicies": L[Xi[PlayerLatencyPolicy]],
        "PlayerLatencyPolicies.$": str,
        "Destinations": L[Xi[GameSessionQueueDestination]],
        "Destinations.$": str,
        "FilterConfiguration": X[FilterConfiguration],
        "FilterConfiguration.$": str,
        "PriorityConfiguration": X[PriorityConfiguration],
        "PriorityConfiguration.$": str,
        "CustomEventData": S,
        "CustomEventData.$": str,
        "NotificationTarget": S,
        "NotificationTarget.$": str,
        "AddLogDeliveryDestinations": L[Xi[LogDeliveryDestination]],
        "AddLogDeliveryDestinations.$": str,
        "RemoveLogDeliveryDestinations": L[Xi[LogDeliveryDestination]],
        "RemoveLogDeliveryDestinations.$": str,
    },
    total=False,
)
UpdateMatchmakingConfigurationParameters = TypedDict(
    "UpdateMatchmakingConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "GameSessionQueueArns": L[Si],
        "GameSessionQueueArns.$": str,
        "RequestTimeoutSeconds": I,
        "RequestTimeoutSeconds.$": str,
        "AcceptanceTimeoutSeconds": I,
        "AcceptanceTimeoutSeconds.$": str,
        "AcceptanceRequired": B,
        "AcceptanceRequired.$": str,
        "RuleSetName": S,
        "RuleSetName.$": str,
        "NotificationTarget": S,
        "NotificationTarget.$": str,
        "AdditionalPlayerCount": I,
        "AdditionalPlayerCount.$": str,
        "CustomEventData": S,
        "CustomEventData.$": str,
        "GameProperties": L[Xi[GameProperty]],
        "GameProperties.$": str,
        "GameSessionData": S,
        "GameSessionData.$": str,
        "BackfillMode": S,
        "BackfillMode.$": str,
        "FlexMatchMode": S,
        "FlexMatchMode.$": str,
    },
    total=False,
)
UpdateRuntimeConfigurationParameters = TypedDict(
    "UpdateRuntimeConfigurationParameters",
    {
        "FleetId": S,
        "FleetId.$": str,
        "RuntimeConfiguration": X[RuntimeConfiguration],
        "RuntimeConfiguration.$": str,
    },
    total=False,
)
UpdateScriptParameters = TypedDict(
    "UpdateScriptParameters",
    {
        "ScriptId": S,
        "ScriptId.$": str,
        "Name": S,
        "Name.$": str,
        "Version": S,
        "Version.$": str,
        "StorageLocation": X[S3Location],
        "StorageLocation.$": str,
        "ZipFile": S,
        "ZipFile.$": str,
    },
    total=False,
)
ValidateMatchmakingRuleSetParameters = TypedDict(
    "ValidateMatchmakingRuleSetParameters", {"RuleSetBody": S, "RuleSetBody.$": str}, total=False
)
accept_match: Builder[AcceptMatchParameters]
claim_game_server: Builder[ClaimGameServerParameters]
create_alias: Builder[CreateAliasParameters]
create_build: Builder[CreateBuildParameters]
create_container_fleet: Builder[CreateContainerFleetParameters]
create_container_group_definition: Builder[CreateContainerGroupDefinitionParameters]
create_fleet: Builder[CreateFleetParameters]
create_fleet_locations: Builder[CreateFleetLocationsParameters]
create_game_server_group: Builder[CreateGameServerGroupParameters]
create_game_session: Builder[CreateGameSessionParameters]
create_game_session_queue: Builder[CreateGameSessionQueueParameters]
create_location: Builder[CreateLocationParameters]
create_matchmaking_configuration: Builder[CreateMatchmakingConfigurationParameters]
create_matchmaking_rule_set: Builder[CreateMatchmakingRuleSetParameters]
create_player_session: Builder[CreatePlayerSessionParameters]
create_player_sessions: Builder[CreatePlayerSessionsParameters]
create_script: Builder[CreateScriptParameters]
create_vpc_peering_authorization: Builder[CreateVpcPeeringAuthorizationParameters]
create_vpc_peering_connection: Builder[CreateVpcPeeringConnectionParameters]
delete_alias: Builder[DeleteAliasParameters]
delete_build: Builder[DeleteBuildParameters]
delete_container_fleet: Builder[DeleteContainerFleetParameters]
delete_container_group_definition: Builder[DeleteContainerGroupDefinitionParameters]
delete_fleet: Builder[DeleteFleetParameters]
delete_fleet_locations: Builder[DeleteFleetLocationsParameters]
delete_game_server_group: Builder[DeleteGameServerGroupParameters]
delete_game_session_queue: Builder[DeleteGameSessionQueueParameters]
delete_location: Builder[DeleteLocationParameters]
delete_matchmaking_configuration: Builder[DeleteMatchmakingConfigurationParameters]
delete_matchmaking_rule_set: Builder[DeleteMatchmakingRuleSetParameters]
delete_scaling_policy: Builder[DeleteScalingPolicyParameters]
delete_script: Builder[DeleteScriptParameters]
delete_vpc_peering_authorization: Builder[DeleteVpcPeeringAuthorizationParameters]
delete_vpc_peering_connection: Builder[DeleteVpcPeeringConnectionParameters]
deregister_compute: Builder[DeregisterComputeParameters]
deregister_game_server: Builder[DeregisterGameServerParameters]
describe_alias: Builder[DescribeAliasParameters]
describe_build: Builder[DescribeBuildParameters]
describe_compute: Builder[DescribeComputeParameters]
describe_container_fleet: Builder[DescribeContainerFleetParameters]
describe_container_group_definition: Builder[DescribeContainerGroupDefinitionParameters]
describe_container_group_port_mappings: Builder[DescribeContainerGroupPortMappingsParameters]
describe_ec2_instance_limits: Builder[DescribeEC2InstanceLimitsParameters]
describe_fleet_attributes: Builder[DescribeFleetAttributesParameters]
describe_fleet_capacity: Builder[DescribeFleetCapacityParameters]
describe_fleet_deployment: Builder[DescribeFleetDeploymentParameters]
describe_fleet_events: Builder[DescribeFleetEventsParameters]
describe_fleet_location_attributes: Builder[DescribeFleetLocationAttributesParameters]
describe_fleet_location_capacity: Builder[DescribeFleetLocationCapacityParameters]
describe_fleet_location_utilization: Builder[DescribeFleetLocationUtilizationParameters]
describe_fleet_port_settings: Builder[DescribeFleetPortSettingsParameters]
describe_fleet_utilization: Builder[DescribeFleetUtilizationParameters]
describe_game_server: Builder[DescribeGameServerParameters]
describe_game_server_group: Builder[DescribeGameServerGroupParameters]
describe_game_server_instances: Builder[DescribeGameServerInstancesParameters]
describe_game_session_details: Builder[DescribeGameSessionDetailsParameters]
describe_game_session_placement: Builder[DescribeGameSessionPlacementParameters]
describe_game_session_queues: Builder[DescribeGameSessionQueuesParameters]
describe_game_sessions: Builder[DescribeGameSessionsParameters]
describe_instances: Builder[DescribeInstancesParameters]
describe_matchmaking: Builder[DescribeMatchmakingParameters]
describe_matchmaking_configurations: Builder[DescribeMatchmakingConfigurationsParameters]
describe_matchmaking_rule_sets: Builder[DescribeMatchmakingRuleSetsParameters]
describe_player_sessions: Builder[DescribePlayerSessionsParameters]
describe_runtime_configuration: Builder[DescribeRuntimeConfigurationParameters]
describe_scaling_policies: Builder[DescribeScalingPoliciesParameters]
describe_script: Builder[DescribeScriptParameters]
describe_vpc_peering_authorizations: Builder[DescribeVpcPeeringAuthorizationsParameters]
describe_vpc_peering_connections: Builder[DescribeVpcPeeringConnectionsParameters]
get_compute_access: Builder[GetComputeAccessParameters]
get_compute_auth_token: Builder[GetComputeAuthTokenParameters]
get_game_session_log_url: Builder[GetGameSessionLogUrlParameters]
get_instance_access: Builder[GetInstanceAccessParameters]
get_player_connection_details: Builder[GetPlayerConnectionDetailsParameters]
list_aliases: Builder[ListAliasesParameters]
list_builds: Builder[ListBuildsParameters]
list_compute: Builder[ListComputeParameters]
list_container_fleets: Builder[ListContainerFleetsParameters]
list_container_group_definition_versions: Builder[ListContainerGroupDefinitionVersionsParameters]
list_container_group_definitions: Builder[ListContainerGroupDefinitionsParameters]
list_fleet_deployments: Builder[ListFleetDeploymentsParameters]
list_fleets: Builder[ListFleetsParameters]
list_game_server_groups: Builder[ListGameServerGroupsParameters]
list_game_servers: Builder[ListGameServersParameters]
list_locations: Builder[ListLocationsParameters]
list_scripts: Builder[ListScriptsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_scaling_policy: Builder[PutScalingPolicyParameters]
register_compute: Builder[RegisterComputeParameters]
register_game_server: Builder[RegisterGameServerParameters]
request_upload_credentials: Builder[RequestUploadCredentialsParameters]
resolve_alias: Builder[ResolveAliasParameters]
resume_game_server_group: Builder[ResumeGameServerGroupParameters]
search_game_sessions: Builder[SearchGameSessionsParameters]
start_fleet_actions: Builder[StartFleetActionsParameters]
start_game_session_placement: Builder[StartGameSessionPlacementParameters]
start_match_backfill: Builder[StartMatchBackfillParameters]
start_matchmaking: Builder[StartMatchmakingParameters]
stop_fleet_actions: Builder[StopFleetActionsParameters]
stop_game_session_placement: Builder[StopGameSessionPlacementParameters]
stop_matchmaking: Builder[StopMatchmakingParameters]
suspend_game_server_group: Builder[SuspendGameServerGroupParameters]
tag_resource: Builder[TagResourceParameters]
terminate_game_session: Builder[TerminateGameSessionParameters]
untag_resource: Builder[UntagResourceParameters]
update_alias: Builder[UpdateAliasParameters]
update_build: Builder[UpdateBuildParameters]
update_container_fleet: Builder[UpdateContainerFleetParameters]
update_container_group_definition: Builder[UpdateContainerGroupDefinitionParameters]
update_fleet_attributes: Builder[UpdateFleetAttributesParameters]
update_fleet_capacity: Builder[UpdateFleetCapacityParameters]
update_fleet_port_settings: Builder[UpdateFleetPortSettingsParameters]
update_game_server: Builder[UpdateGameServerParameters]
update_game_server_group: Builder[UpdateGameServerGroupParameters]
update_game_session: Builder[UpdateGameSessionParameters]
update_game_session_queue: Builder[UpdateGameSessionQueueParameters]
update_matchmaking_configuration: Builder[UpdateMatchmakingConfigurationParameters]
update_runtime_configuration: Builder[UpdateRuntimeConfigurationParameters]
update_script: Builder[UpdateScriptParameters]
validate_matchmaking_rule_set: Builder[ValidateMatchmakingRuleSetParameters]

__all__ = [
    "accept_match",
    "claim_game_server",
    "create_alias",
    "create_build",
    "create_container_fleet",
    "create_container_group_definition",
    "create_fleet",
    "create_fleet_locations",
    "create_game_server_group",
    "create_game_session",
    "create_game_session_queue",
    "create_location",
    "create_matchmaking_configuration",
    "create_matchmaking_rule_set",
    "create_player_session",
    "create_player_sessions",
    "create_script",
    "create_vpc_peering_authorization",
    "create_vpc_peering_connection",
    "delete_alias",
    "delete_build",
    "delete_container_fleet",
    "delete_container_group_definition",
    "delete_fleet",
    "delete_fleet_locations",
    "delete_game_server_group",
    "delete_game_session_queue",
    "delete_location",
    "delete_matchmaking_configuration",
    "delete_matchmaking_rule_set",
    "delete_scaling_policy",
    "delete_script",
    "delete_vpc_peering_authorization",
    "delete_vpc_peering_connection",
    "deregister_compute",
    "deregister_game_server",
    "describe_alias",
    "describe_build",
    "describe_compute",
    "describe_container_fleet",
    "describe_container_group_definition",
    "describe_container_group_port_mappings",
    "describe_ec2_instance_limits",
    "describe_fleet_attributes",
    "describe_fleet_capacity",
    "describe_fleet_deployment",
    "describe_fleet_events",
    "describe_fleet_location_attributes",
    "describe_fleet_location_capacity",
    "describe_fleet_location_utilization",
    "describe_fleet_port_settings",
    "describe_fleet_utilization",
    "describe_game_server",
    "describe_game_server_group",
    "describe_game_server_instances",
    "describe_game_session_details",
    "describe_game_session_placement",
    "describe_game_session_queues",
    "describe_game_sessions",
    "describe_instances",
    "describe_matchmaking",
    "describe_matchmaking_configurations",
    "describe_matchmaking_rule_sets",
    "describe_player_sessions",
    "describe_runtime_configuration",
    "describe_scaling_policies",
    "describe_script",
    "describe_vpc_peering_authorizations",
    "describe_vpc_peering_connections",
    "get_compute_access",
    "get_compute_auth_token",
    "get_game_session_log_url",
    "get_instance_access",
    "get_player_connection_details",
    "list_aliases",
    "list_builds",
    "list_compute",
    "list_container_fleets",
    "list_container_group_definition_versions",
    "list_container_group_definitions",
    "list_fleet_deployments",
    "list_fleets",
    "list_game_server_groups",
    "list_game_servers",
    "list_locations",
    "list_scripts",
    "list_tags_for_resource",
    "put_scaling_policy",
    "register_compute",
    "register_game_server",
    "request_upload_credentials",
    "resolve_alias",
    "resume_game_server_group",
    "search_game_sessions",
    "start_fleet_actions",
    "start_game_session_placement",
    "start_match_backfill",
    "start_matchmaking",
    "stop_fleet_actions",
    "stop_game_session_placement",
    "stop_matchmaking",
    "suspend_game_server_group",
    "tag_resource",
    "terminate_game_session",
    "untag_resource",
    "update_alias",
    "update_build",
    "update_container_fleet",
    "update_container_group_definition",
    "update_fleet_attributes",
    "update_fleet_capacity",
    "update_fleet_port_settings",
    "update_game_server",
    "update_game_server_group",
    "update_game_session",
    "update_game_session_queue",
    "update_matchmaking_configuration",
    "update_runtime_configuration",
    "update_script",
    "validate_matchmaking_rule_set",
]
