"""Typed builders of the AWS SDK integration of ecs (``aws-sdk:ecs:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, Ii, L, M, S, Si, T, X, Xi

AssociateGatewayWithClusterParameters = TypedDict(
    "AssociateGatewayWithClusterParameters",
    {"Gateway": S, "Gateway.$": str, "Cluster": S, "Cluster.$": str},
    total=False,
)
ContinueServiceDeploymentParameters = TypedDict(
    "ContinueServiceDeploymentParameters",
    {
        "ServiceDeploymentArn": S,
        "ServiceDeploymentArn.$": str,
        "HookId": S,
        "HookId.$": str,
        "Action": S,
        "Action.$": str,
    },
    total=False,
)

class ManagedScaling(TypedDict, total=False):
    Status: S
    TargetCapacity: I
    MinimumScalingStepSize: I
    MaximumScalingStepSize: I
    InstanceWarmupPeriod: I

class AutoScalingGroupProvider(TypedDict, total=False):
    AutoScalingGroupArn: S
    ManagedScaling: X[ManagedScaling]
    ManagedTerminationProtection: S
    ManagedDraining: S

class ManagedInstancesNetworkConfiguration(TypedDict, total=False):
    Subnets: L[Si]
    SecurityGroups: L[Si]

class ManagedInstancesStorageConfiguration(TypedDict, total=False):
    StorageSizeGiB: I

class ManagedInstancesLocalStorageConfiguration(TypedDict, total=False):
    UseLocalStorage: B

class VCpuCountRangeRequest(TypedDict, total=False):
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

class InstanceRequirementsRequest(TypedDict, total=False):
    VCpuCount: X[VCpuCountRangeRequest]
    MemoryMiB: X[MemoryMiBRequest]
    CpuManufacturers: L[Si]
    MemoryGiBPerVCpu: X[MemoryGiBPerVCpuRequest]
    ExcludedInstanceTypes: L[Si]
    InstanceGenerations: L[Si]
    SpotMaxPricePercentageOverLowestPrice: I
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
    MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: I

class CapacityReservationRequest(TypedDict, total=False):
    ReservationGroupArn: S
    ReservationPreference: S

class InstanceLaunchTemplate(TypedDict, total=False):
    Ec2InstanceProfileArn: S
    NetworkConfiguration: X[ManagedInstancesNetworkConfiguration]
    StorageConfiguration: X[ManagedInstancesStorageConfiguration]
    LocalStorageConfiguration: X[ManagedInstancesLocalStorageConfiguration]
    Monitoring: S
    CapacityOptionType: S
    InstanceMetadataTagsPropagation: B
    InstanceRequirements: X[InstanceRequirementsRequest]
    FipsEnabled: B
    CapacityReservations: X[CapacityReservationRequest]
    NitroEnclavesEnabled: B

class InfrastructureOptimization(TypedDict, total=False):
    ScaleInAfter: I

class AutoRepairConfiguration(TypedDict, total=False):
    ActionsStatus: S

class CreateManagedInstancesProviderConfiguration(TypedDict, total=False):
    InfrastructureRoleArn: S
    InstanceLaunchTemplate: X[InstanceLaunchTemplate]
    PropagateTags: S
    InfrastructureOptimization: X[InfrastructureOptimization]
    AutoRepairConfiguration: X[AutoRepairConfiguration]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateCapacityProviderParameters = TypedDict(
    "CreateCapacityProviderParameters",
    {
        "Name": S,
        "Name.$": str,
        "Cluster": S,
        "Cluster.$": str,
        "AutoScalingGroupProvider": X[AutoScalingGroupProvider],
        "AutoScalingGroupProvider.$": str,
        "ManagedInstancesProvider": X[CreateManagedInstancesProviderConfiguration],
        "ManagedInstancesProvider.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ClusterSetting(TypedDict, total=False):
    Name: S
    Value: S

class ExecuteCommandLogConfiguration(TypedDict, total=False):
    CloudWatchLogGroupName: S
    CloudWatchEncryptionEnabled: B
    S3BucketName: S
    S3EncryptionEnabled: B
    S3KeyPrefix: S

class ExecuteCommandConfiguration(TypedDict, total=False):
    KmsKeyId: S
    Logging: S
    LogConfiguration: X[ExecuteCommandLogConfiguration]

class ManagedStorageConfiguration(TypedDict, total=False):
    KmsKeyId: S
    FargateEphemeralStorageKmsKeyId: S

class ClusterConfiguration(TypedDict, total=False):
    ExecuteCommandConfiguration: X[ExecuteCommandConfiguration]
    ManagedStorageConfiguration: X[ManagedStorageConfiguration]

class CapacityProviderStrategyItem(TypedDict, total=False):
    CapacityProvider: S
    Weight: I
    Base: I

class ClusterServiceConnectDefaultsRequest(TypedDict, total=False):
    Namespace: S

CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Settings": L[Xi[ClusterSetting]],
        "Settings.$": str,
        "Configuration": X[ClusterConfiguration],
        "Configuration.$": str,
        "CapacityProviders": L[Si],
        "CapacityProviders.$": str,
        "DefaultCapacityProviderStrategy": L[Xi[CapacityProviderStrategyItem]],
        "DefaultCapacityProviderStrategy.$": str,
        "ServiceConnectDefaults": X[ClusterServiceConnectDefaultsRequest],
        "ServiceConnectDefaults.$": str,
    },
    total=False,
)

class DaemonAlarmConfiguration(TypedDict, total=False):
    AlarmNames: L[Si]
    Enable: B

class DaemonDeploymentConfiguration(TypedDict, total=False):
    DrainPercent: F
    Alarms: X[DaemonAlarmConfiguration]
    BakeTimeInMinutes: I

CreateDaemonParameters = TypedDict(
    "CreateDaemonParameters",
    {
        "DaemonName": S,
        "DaemonName.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "DaemonTaskDefinitionArn": S,
        "DaemonTaskDefinitionArn.$": str,
        "CapacityProviderArns": L[Si],
        "CapacityProviderArns.$": str,
        "DeploymentConfiguration": X[DaemonDeploymentConfiguration],
        "DeploymentConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "PropagateTags": S,
        "PropagateTags.$": str,
        "EnableECSManagedTags": B,
        "EnableECSManagedTags.$": str,
        "EnableExecuteCommand": B,
        "EnableExecuteCommand.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Critical": B,
        "Critical.$": str,
    },
    total=False,
)

class ExpressGatewayServiceAwsLogsConfiguration(TypedDict, total=False):
    LogGroup: S
    LogStreamPrefix: S

class ExpressGatewayRepositoryCredentials(TypedDict, total=False):
    CredentialsParameter: S

class KeyValuePair(TypedDict, total=False):
    Name: S
    Value: S

class Secret(TypedDict, total=False):
    Name: S
    ValueFrom: S

class ExpressGatewayContainer(TypedDict, total=False):
    Image: S
    ContainerPort: I
    AwsLogsConfiguration: X[ExpressGatewayServiceAwsLogsConfiguration]
    RepositoryCredentials: X[ExpressGatewayRepositoryCredentials]
    Command: L[Si]
    Environment: L[Xi[KeyValuePair]]
    Secrets: L[Xi[Secret]]

class ExpressGatewayServiceNetworkConfiguration(TypedDict, total=False):
    SecurityGroups: L[Si]
    Subnets: L[Si]

class ExpressGatewayScalingTarget(TypedDict, total=False):
    MinTaskCount: I
    MaxTaskCount: I
    AutoScalingMetric: S
    AutoScalingTargetValue: I

CreateExpressGatewayServiceParameters = TypedDict(
    "CreateExpressGatewayServiceParameters",
    {
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "InfrastructureRoleArn": S,
        "InfrastructureRoleArn.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "Cluster": S,
        "Cluster.$": str,
        "HealthCheckPath": S,
        "HealthCheckPath.$": str,
        "PrimaryContainer": X[ExpressGatewayContainer],
        "PrimaryContainer.$": str,
        "TaskRoleArn": S,
        "TaskRoleArn.$": str,
        "NetworkConfiguration": X[ExpressGatewayServiceNetworkConfiguration],
        "NetworkConfiguration.$": str,
        "Cpu": S,
        "Cpu.$": str,
        "Memory": S,
        "Memory.$": str,
        "CpuArchitecture": S,
        "CpuArchitecture.$": str,
        "ScalingTarget": X[ExpressGatewayScalingTarget],
        "ScalingTarget.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TaskDefinitionArn": S,
        "TaskDefinitionArn.$": str,
    },
    total=False,
)

class GatewayElbNetworkConfiguration(TypedDict, total=False):
    InboundSecurityGroup: S
    Subnets: L[Si]
    IpAddressType: S

class GatewayElbAccessLogS3Destination(TypedDict, total=False):
    Bucket: S
    Prefix: S

class GatewayElbAccessLogDestination(TypedDict, total=False):
    S3: X[GatewayElbAccessLogS3Destination]

class GatewayElbAccessLogConfiguration(TypedDict, total=False):
    Destination: X[GatewayElbAccessLogDestination]

class GatewayTestTrafficHeader(TypedDict, total=False):
    Name: S
    Values: L[Si]

class GatewayAlbTestTrafficRules(TypedDict, total=False):
    Header: X[GatewayTestTrafficHeader]

class HostSharedAlbConfiguration(TypedDict, total=False):
    NetworkConfiguration: X[GatewayElbNetworkConfiguration]
    Scheme: S
    WebACLArn: S
    AccessLogs: X[GatewayElbAccessLogConfiguration]
    Port: I
    Protocol: S
    MaxAlbCount: I
    HttpDesync: S
    TestTrafficRules: X[GatewayAlbTestTrafficRules]

class GatewayConfiguration(TypedDict, total=False):
    HostSharedAlb: X[HostSharedAlbConfiguration]

CreateGatewayParameters = TypedDict(
    "CreateGatewayParameters",
    {
        "Name": S,
        "Name.$": str,
        "InfrastructureRoleArn": S,
        "InfrastructureRoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "Configuration": X[GatewayConfiguration],
        "Configuration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "PropagateTags": S,
        "PropagateTags.$": str,
    },
    total=False,
)

class AdvancedConfiguration(TypedDict, total=False):
    AlternateTargetGroupArn: S
    ProductionListenerRule: S
    TestListenerRule: S
    RoleArn: S

class LoadBalancer(TypedDict, total=False):
    TargetGroupArn: S
    LoadBalancerName: S
    ContainerName: S
    ContainerPort: I
    AdvancedConfiguration: X[AdvancedConfiguration]

class ServiceRegistry(TypedDict, total=False):
    RegistryArn: S
    Port: I
    ContainerName: S
    ContainerPort: I

class ThresholdConfiguration(TypedDict, total=False):
    Type: S
    Value: I

class DeploymentCircuitBreaker(TypedDict, total=False):
    Enable: B
    Rollback: B
    ResetOnHealthyTask: B
    ThresholdConfiguration: X[ThresholdConfiguration]

class DeploymentAlarms(TypedDict, total=False):
    AlarmNames: L[Si]
    Rollback: B
    Enable: B

class DeploymentLifecycleHookTimeoutConfiguration(TypedDict, total=False):
    TimeoutInMinutes: I
    Action: S

class DeploymentLifecycleHook(TypedDict, total=False):
    TargetType: S
    HookTargetArn: S
    RoleArn: S
    LifecycleStages: L[Si]
    HookDetails: Doc
    TimeoutConfiguration: X[DeploymentLifecycleHookTimeoutConfiguration]

class LinearConfiguration(TypedDict, total=False):
    StepPercent: F
    StepBakeTimeInMinutes: I

class CanaryConfiguration(TypedDict, total=False):
    CanaryPercent: F
    CanaryBakeTimeInMinutes: I

class DeploymentEarlySuccessCriteria(TypedDict, total=False):
    Enable: B
    HealthyPercent: I
    SourceServiceRevisionCleanup: S

class DeploymentConfiguration(TypedDict, total=False):
    DeploymentCircuitBreaker: X[DeploymentCircuitBreaker]
    MaximumPercent: I
    MinimumHealthyPercent: I
    Alarms: X[DeploymentAlarms]
    Strategy: S
    BakeTimeInMinutes: I
    LifecycleHooks: L[Xi[DeploymentLifecycleHook]]
    LinearConfiguration: X[LinearConfiguration]
    CanaryConfiguration: X[CanaryConfiguration]
    EarlySuccessCriteria: X[DeploymentEarlySuccessCriteria]

class PlacementConstraint(TypedDict, total=False):
    Type: S
    Expression: S

class PlacementStrategy(TypedDict, total=False):
    Type: S
    Field: S

class AwsVpcConfiguration(TypedDict, total=False):
    Subnets: L[Si]
    SecurityGroups: L[Si]
    AssignPublicIp: S

class NetworkConfiguration(TypedDict, total=False):
    AwsvpcConfiguration: X[AwsVpcConfiguration]

class DeploymentController(TypedDict, total=False):
    Type: S

class ServiceConnectTestTrafficHeaderMatchRules(TypedDict, total=False):
    Exact: S

class ServiceConnectTestTrafficHeaderRules(TypedDict, total=False):
    Name: S
    Value: X[ServiceConnectTestTrafficHeaderMatchRules]

class ServiceConnectTestTrafficRules(TypedDict, total=False):
    Header: X[ServiceConnectTestTrafficHeaderRules]

class ServiceConnectClientAlias(TypedDict, total=False):
    Port: I
    DnsName: S
    TestTrafficRules: X[ServiceConnectTestTrafficRules]

class TimeoutConfiguration(TypedDict, total=False):
    IdleTimeoutSeconds: I
    PerRequestTimeoutSeconds: I

class ServiceConnectTlsCertificateAuthority(TypedDict, total=False):
    AwsPcaAuthorityArn: S

class ServiceConnectTlsConfiguration(TypedDict, total=False):
    IssuerCertificateAuthority: X[ServiceConnectTlsCertificateAuthority]
    KmsKey: S
    RoleArn: S

class ServiceConnectService(TypedDict, total=False):
    PortName: S
    DiscoveryName: S
    ClientAliases: L[Xi[ServiceConnectClientAlias]]
    IngressPortOverride: I
    Timeout: X[TimeoutConfiguration]
    Tls: X[ServiceConnectTlsConfiguration]

class LogConfiguration(TypedDict, total=False):
    LogDriver: S
    Options: M[S]
    SecretOptions: L[Xi[Secret]]

class ServiceConnectAccessLogConfiguration(TypedDict, total=False):
    Format: S
    IncludeQueryParameters: S

class ServiceConnectContainerConfiguration(TypedDict, total=False):
    LogLevel: S

class ServiceConnectConfiguration(TypedDict, total=False):
    Enabled: B
    Namespace: S
    Services: L[Xi[ServiceConnectService]]
    LogConfiguration: X[LogConfiguration]
    AccessLogConfiguration: X[ServiceConnectAccessLogConfiguration]
    ContainerConfigurations: L[Xi[ServiceConnectContainerConfiguration]]

class EBSTagSpecification(TypedDict, total=False):
    ResourceType: S
    Tags: L[Xi[Tag]]
    PropagateTags: S

class ServiceManagedEBSVolumeConfiguration(TypedDict, total=False):
    Encrypted: B
    KmsKeyId: S
    VolumeType: S
    SizeInGiB: I
    SnapshotId: S
    VolumeInitializationRate: I
    Iops: I
    Throughput: I
    TagSpecifications: L[Xi[EBSTagSpecification]]
    RoleArn: S
    FilesystemType: S

class ServiceVolumeConfiguration(TypedDict, total=False):
    Name: S
    ManagedEBSVolume: X[ServiceManagedEBSVolumeConfiguration]

class VpcLatticeAdvancedConfiguration(TypedDict, total=False):
    AlternateTargetGroupArn: S
    ProductionListenerRule: S
    TestListenerRule: S

class VpcLatticeConfiguration(TypedDict, total=False):
    RoleArn: S
    TargetGroupArn: S
    PortName: S
    AdvancedConfiguration: X[VpcLatticeAdvancedConfiguration]

class GatewayConnectorHealthCheckMatcher(TypedDict, total=False):
    HttpCode: S
    GrpcCode: S

class GatewayConnectorHealthCheck(TypedDict, total=False):
    HealthCheckProtocol: S
    HealthCheckPort: I
    HealthCheckPath: S
    HealthCheckTimeoutSeconds: I
    HealthCheckIntervalSeconds: I
    HealthyThresholdCount: I
    UnhealthyThresholdCount: I
    Matcher: X[GatewayConnectorHealthCheckMatcher]

class GatewayConnectorFilters(TypedDict, total=False):
    AccessTypes: L[Si]

class GatewayConnectorDeregistrationDelay(TypedDict, total=False):
    TimeoutSeconds: I

class GatewayConnector(TypedDict, total=False):
    PortName: S
    HealthCheck: X[GatewayConnectorHealthCheck]
    Filters: X[GatewayConnectorFilters]
    DeregistrationDelay: X[GatewayConnectorDeregistrationDelay]

class MetricConfiguration(TypedDict, total=False):
    MetricNames: L[Si]
    ResolutionSeconds: I

class MonitoringConfiguration(TypedDict, total=False):
    MetricConfigurations: L[Xi[MetricConfiguration]]

CreateServiceParameters = TypedDict(
    "CreateServiceParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "TaskDefinition": S,
        "TaskDefinition.$": str,
        "AvailabilityZoneRebalancing": S,
        "AvailabilityZoneRebalancing.$": str,
        "LoadBalancers": L[Xi[LoadBalancer]],
        "LoadBalancers.$": str,
        "ServiceRegistries": L[Xi[ServiceRegistry]],
        "ServiceRegistries.$": str,
        "DesiredCount": I,
        "DesiredCount.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LaunchType": S,
        "LaunchType.$": str,
        "CapacityProviderStrategy": L[Xi[CapacityProviderStrategyItem]],
        "CapacityProviderStrategy.$": str,
        "PlatformVersion": S,
        "PlatformVersion.$": str,
        "Role": S,
        "Role.$": str,
        "DeploymentConfiguration": X[DeploymentConfiguration],
        "DeploymentConfiguration.$": str,
        "PlacementConstraints": L[Xi[PlacementConstraint]],
        "PlacementConstraints.$": str,
        "PlacementStrategy": L[Xi[PlacementStrategy]],
        "PlacementStrategy.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "HealthCheckGracePeriodSeconds": I,
        "HealthCheckGracePeriodSeconds.$": str,
        "SchedulingStrategy": S,
        "SchedulingStrategy.$": str,
        "DeploymentController": X[DeploymentController],
        "DeploymentController.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "EnableECSManagedTags": B,
        "EnableECSManagedTags.$": str,
        "PropagateTags": S,
        "PropagateTags.$": str,
        "EnableExecuteCommand": B,
        "EnableExecuteCommand.$": str,
        "ServiceConnectConfiguration": X[ServiceConnectConfiguration],
        "ServiceConnectConfiguration.$": str,
        "VolumeConfigurations": L[Xi[ServiceVolumeConfiguration]],
        "VolumeConfigurations.$": str,
        "VpcLatticeConfigurations": L[Xi[VpcLatticeConfiguration]],
        "VpcLatticeConfigurations.$": str,
        "GatewayConnectors": L[Xi[GatewayConnector]],
        "GatewayConnectors.$": str,
        "Monitoring": X[MonitoringConfiguration],
        "Monitoring.$": str,
    },
    total=False,
)

class Scale(TypedDict, total=False):
    Value: F
    Unit: S

CreateTaskSetParameters = TypedDict(
    "CreateTaskSetParameters",
    {
        "Service": S,
        "Service.$": str,
        "Cluster": S,
        "Cluster.$": str,
        "ExternalId": S,
        "ExternalId.$": str,
        "TaskDefinition": S,
        "TaskDefinition.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "LoadBalancers": L[Xi[LoadBalancer]],
        "LoadBalancers.$": str,
        "ServiceRegistries": L[Xi[ServiceRegistry]],
        "ServiceRegistries.$": str,
        "LaunchType": S,
        "LaunchType.$": str,
        "CapacityProviderStrategy": L[Xi[CapacityProviderStrategyItem]],
        "CapacityProviderStrategy.$": str,
        "PlatformVersion": S,
        "PlatformVersion.$": str,
        "Scale": X[Scale],
        "Scale.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteAccountSettingParameters = TypedDict(
    "DeleteAccountSettingParameters",
    {"Name": S, "Name.$": str, "PrincipalArn": S, "PrincipalArn.$": str},
    total=False,
)

class Attribute(TypedDict, total=False):
    Name: S
    Value: S
    TargetType: S
    TargetId: S

DeleteAttributesParameters = TypedDict(
    "DeleteAttributesParameters",
    {"Cluster": S, "Cluster.$": str, "Attributes": L[Xi[Attribute]], "Attributes.$": str},
    total=False,
)
DeleteCapacityProviderParameters = TypedDict(
    "DeleteCapacityProviderParameters",
    {"CapacityProvider": S, "CapacityProvider.$": str, "Cluster": S, "Cluster.$": str},
    total=False,
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters", {"Cluster": S, "Cluster.$": str}, total=False
)
DeleteDaemonParameters = TypedDict(
    "DeleteDaemonParameters", {"DaemonArn": S, "DaemonArn.$": str}, total=False
)
DeleteDaemonTaskDefinitionParameters = TypedDict(
    "DeleteDaemonTaskDefinitionParameters",
    {"DaemonTaskDefinition": S, "DaemonTaskDefinition.$": str},
    total=False,
)
DeleteExpressGatewayServiceParameters = TypedDict(
    "DeleteExpressGatewayServiceParameters", {"ServiceArn": S, "ServiceArn.$": str}, total=False
)
DeleteGatewayParameters = TypedDict(
    "DeleteGatewayParameters", {"Gateway": S, "Gateway.$": str}, total=False
)
DeleteServiceParameters = TypedDict(
    "DeleteServiceParameters",
    {"Cluster": S, "Cluster.$": str, "Service": S, "Service.$": str, "Force": B, "Force.$": str},
    total=False,
)
DeleteTaskDefinitionsParameters = TypedDict(
    "DeleteTaskDefinitionsParameters",
    {"TaskDefinitions": L[Si], "TaskDefinitions.$": str},
    total=False,
)
DeleteTaskSetParameters = TypedDict(
    "DeleteTaskSetParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Service": S,
        "Service.$": str,
        "TaskSet": S,
        "TaskSet.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
DeregisterContainerInstanceParameters = TypedDict(
    "DeregisterContainerInstanceParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "ContainerInstance": S,
        "ContainerInstance.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
DeregisterTaskDefinitionParameters = TypedDict(
    "DeregisterTaskDefinitionParameters",
    {"TaskDefinition": S, "TaskDefinition.$": str},
    total=False,
)
DescribeCapacityProvidersParameters = TypedDict(
    "DescribeCapacityProvidersParameters",
    {
        "CapacityProviders": L[Si],
        "CapacityProviders.$": str,
        "Cluster": S,
        "Cluster.$": str,
        "Include": L[Si],
        "Include.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeClustersParameters = TypedDict(
    "DescribeClustersParameters",
    {"Clusters": L[Si], "Clusters.$": str, "Include": L[Si], "Include.$": str},
    total=False,
)
DescribeContainerInstancesParameters = TypedDict(
    "DescribeContainerInstancesParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "ContainerInstances": L[Si],
        "ContainerInstances.$": str,
        "Include": L[Si],
        "Include.$": str,
    },
    total=False,
)
DescribeDaemonParameters = TypedDict(
    "DescribeDaemonParameters", {"DaemonArn": S, "DaemonArn.$": str}, total=False
)
DescribeDaemonDeploymentsParameters = TypedDict(
    "DescribeDaemonDeploymentsParameters",
    {"DaemonDeploymentArns": L[Si], "DaemonDeploymentArns.$": str},
    total=False,
)
DescribeDaemonRevisionsParameters = TypedDict(
    "DescribeDaemonRevisionsParameters",
    {"DaemonRevisionArns": L[Si], "DaemonRevisionArns.$": str},
    total=False,
)
DescribeDaemonTaskDefinitionParameters = TypedDict(
    "DescribeDaemonTaskDefinitionParameters",
    {"DaemonTaskDefinition": S, "DaemonTaskDefinition.$": str},
    total=False,
)
DescribeExpressGatewayServiceParameters = TypedDict(
    "DescribeExpressGatewayServiceParameters",
    {"ServiceArn": S, "ServiceArn.$": str, "Include": L[Si], "Include.$": str},
    total=False,
)
DescribeGatewayParameters = TypedDict(
    "DescribeGatewayParameters", {"Gateway": S, "Gateway.$": str}, total=False
)
DescribeGatewayResourcesParameters = TypedDict(
    "DescribeGatewayResourcesParameters",
    {
        "Gateway": S,
        "Gateway.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeGatewayRouteParameters = TypedDict(
    "DescribeGatewayRouteParameters", {"GatewayRouteArn": S, "GatewayRouteArn.$": str}, total=False
)
DescribeServiceDeploymentsParameters = TypedDict(
    "DescribeServiceDeploymentsParameters",
    {"ServiceDeploymentArns": L[Si], "ServiceDeploymentArns.$": str},
    total=False,
)
DescribeServiceRevisionsParameters = TypedDict(
    "DescribeServiceRevisionsParameters",
    {"ServiceRevisionArns": L[Si], "ServiceRevisionArns.$": str},
    total=False,
)
DescribeServicesParameters = TypedDict(
    "DescribeServicesParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Services": L[Si],
        "Services.$": str,
        "Include": L[Si],
        "Include.$": str,
    },
    total=False,
)
DescribeTaskDefinitionParameters = TypedDict(
    "DescribeTaskDefinitionParameters",
    {"TaskDefinition": S, "TaskDefinition.$": str, "Include": L[Si], "Include.$": str},
    total=False,
)
DescribeTaskSetsParameters = TypedDict(
    "DescribeTaskSetsParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Service": S,
        "Service.$": str,
        "TaskSets": L[Si],
        "TaskSets.$": str,
        "Include": L[Si],
        "Include.$": str,
    },
    total=False,
)
DescribeTasksParameters = TypedDict(
    "DescribeTasksParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Tasks": L[Si],
        "Tasks.$": str,
        "Include": L[Si],
        "Include.$": str,
    },
    total=False,
)
DisassociateGatewayFromClusterParameters = TypedDict(
    "DisassociateGatewayFromClusterParameters",
    {"Gateway": S, "Gateway.$": str, "Cluster": S, "Cluster.$": str},
    total=False,
)
DiscoverPollEndpointParameters = TypedDict(
    "DiscoverPollEndpointParameters",
    {"ContainerInstance": S, "ContainerInstance.$": str, "Cluster": S, "Cluster.$": str},
    total=False,
)
ExecuteCommandParameters = TypedDict(
    "ExecuteCommandParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Container": S,
        "Container.$": str,
        "Command": S,
        "Command.$": str,
        "Interactive": B,
        "Interactive.$": str,
        "Task": S,
        "Task.$": str,
    },
    total=False,
)
GetTaskProtectionParameters = TypedDict(
    "GetTaskProtectionParameters",
    {"Cluster": S, "Cluster.$": str, "Tasks": L[Si], "Tasks.$": str},
    total=False,
)
ListAccountSettingsParameters = TypedDict(
    "ListAccountSettingsParameters",
    {
        "Name": S,
        "Name.$": str,
        "Value": S,
        "Value.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "EffectiveSettings": B,
        "EffectiveSettings.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAttributesParameters = TypedDict(
    "ListAttributesParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "TargetType": S,
        "TargetType.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
        "AttributeValue": S,
        "AttributeValue.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListClustersParameters = TypedDict(
    "ListClustersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListContainerInstancesParameters = TypedDict(
    "ListContainerInstancesParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Filter": S,
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)

class CreatedAt(TypedDict, total=False):
    Before: T
    After: T

ListDaemonDeploymentsParameters = TypedDict(
    "ListDaemonDeploymentsParameters",
    {
        "DaemonArn": S,
        "DaemonArn.$": str,
        "Status": L[Si],
        "Status.$": str,
        "CreatedAt": X[CreatedAt],
        "CreatedAt.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDaemonTaskDefinitionsParameters = TypedDict(
    "ListDaemonTaskDefinitionsParameters",
    {
        "FamilyPrefix": S,
        "FamilyPrefix.$": str,
        "Family": S,
        "Family.$": str,
        "Revision": S,
        "Revision.$": str,
        "Status": S,
        "Status.$": str,
        "Sort": S,
        "Sort.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDaemonsParameters = TypedDict(
    "ListDaemonsParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "CapacityProviderArns": L[Si],
        "CapacityProviderArns.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGatewayClusterAssociationsParameters = TypedDict(
    "ListGatewayClusterAssociationsParameters",
    {
        "Gateway": S,
        "Gateway.$": str,
        "Cluster": S,
        "Cluster.$": str,
        "Status": L[Si],
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGatewayRoutesParameters = TypedDict(
    "ListGatewayRoutesParameters",
    {
        "Gateway": S,
        "Gateway.$": str,
        "Cluster": S,
        "Cluster.$": str,
        "Service": S,
        "Service.$": str,
        "ServiceContainerPortName": S,
        "ServiceContainerPortName.$": str,
        "Status": L[Si],
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGatewaysParameters = TypedDict(
    "ListGatewaysParameters",
    {
        "Names": L[Si],
        "Names.$": str,
        "Status": L[Si],
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceDeploymentsParameters = TypedDict(
    "ListServiceDeploymentsParameters",
    {
        "Service": S,
        "Service.$": str,
        "Cluster": S,
        "Cluster.$": str,
        "Status": L[Si],
        "Status.$": str,
        "CreatedAt": X[CreatedAt],
        "CreatedAt.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListServicesParameters = TypedDict(
    "ListServicesParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "LaunchType": S,
        "LaunchType.$": str,
        "SchedulingStrategy": S,
        "SchedulingStrategy.$": str,
        "ResourceManagementType": S,
        "ResourceManagementType.$": str,
    },
    total=False,
)
ListServicesByNamespaceParameters = TypedDict(
    "ListServicesByNamespaceParameters",
    {
        "Namespace": S,
        "Namespace.$": str,
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
ListTaskDefinitionFamiliesParameters = TypedDict(
    "ListTaskDefinitionFamiliesParameters",
    {
        "FamilyPrefix": S,
        "FamilyPrefix.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTaskDefinitionsParameters = TypedDict(
    "ListTaskDefinitionsParameters",
    {
        "FamilyPrefix": S,
        "FamilyPrefix.$": str,
        "Status": S,
        "Status.$": str,
        "Sort": S,
        "Sort.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTasksParameters = TypedDict(
    "ListTasksParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "ContainerInstance": S,
        "ContainerInstance.$": str,
        "Family": S,
        "Family.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StartedBy": S,
        "StartedBy.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "DesiredStatus": S,
        "DesiredStatus.$": str,
        "LaunchType": S,
        "LaunchType.$": str,
        "DaemonName": S,
        "DaemonName.$": str,
    },
    total=False,
)
PutAccountSettingParameters = TypedDict(
    "PutAccountSettingParameters",
    {
        "Name": S,
        "Name.$": str,
        "Value": S,
        "Value.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
    },
    total=False,
)
PutAccountSettingDefaultParameters = TypedDict(
    "PutAccountSettingDefaultParameters",
    {"Name": S, "Name.$": str, "Value": S, "Value.$": str},
    total=False,
)
PutAttributesParameters = TypedDict(
    "PutAttributesParameters",
    {"Cluster": S, "Cluster.$": str, "Attributes": L[Xi[Attribute]], "Attributes.$": str},
    total=False,
)
PutClusterCapacityProvidersParameters = TypedDict(
    "PutClusterCapacityProvidersParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "CapacityProviders": L[Si],
        "CapacityProviders.$": str,
        "DefaultCapacityProviderStrategy": L[Xi[CapacityProviderStrategyItem]],
        "DefaultCapacityProviderStrategy.$": str,
    },
    total=False,
)

class Resource(TypedDict, total=False):
    Name: S
    Type: S
    DoubleValue: F
    LongValue: I
    IntegerValue: I
    StringSetValue: L[Si]

class VersionInfo(TypedDict, total=False):
    AgentVersion: S
    AgentHash: S
    DockerVersion: S

class PlatformDevice(TypedDict, total=False):
    Id: S
    Type: S

RegisterContainerInstanceParameters = TypedDict(
    "RegisterContainerInstanceParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "InstanceIdentityDocument": S,
        "InstanceIdentityDocument.$": str,
        "InstanceIdentityDocumentSignature": S,
        "InstanceIdentityDocumentSignature.$": str,
        "TotalResources": L[Xi[Resource]],
        "TotalResources.$": str,
        "VersionInfo": X[VersionInfo],
        "VersionInfo.$": str,
        "ContainerInstanceArn": S,
        "ContainerInstanceArn.$": str,
        "Attributes": L[Xi[Attribute]],
        "Attributes.$": str,
        "PlatformDevices": L[Xi[PlatformDevice]],
        "PlatformDevices.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class RepositoryCredentials(TypedDict, total=False):
    CredentialsParameter: S

class HealthCheck(TypedDict, total=False):
    Command: L[Si]
    Interval: I
    Timeout: I
    Retries: I
    StartPeriod: I

class EnvironmentFile(TypedDict, total=False):
    Value: S
    Type: S

class MountPoint(TypedDict, total=False):
    SourceVolume: S
    ContainerPath: S
    ReadOnly: B

class FirelensConfiguration(TypedDict, total=False):
    Type: S
    Options: M[S]

class Ulimit(TypedDict, total=False):
    Name: S
    SoftLimit: I
    HardLimit: I

class KernelCapabilities(TypedDict, total=False):
    Add: L[Si]
    Drop: L[Si]

class Device(TypedDict, total=False):
    HostPath: S
    ContainerPath: S
    Permissions: L[Si]

class Tmpfs(TypedDict, total=False):
    ContainerPath: S
    Size: I
    MountOptions: L[Si]

class DaemonLinuxParameters(TypedDict, total=False):
    Capabilities: X[KernelCapabilities]
    Devices: L[Xi[Device]]
    InitProcessEnabled: B
    Tmpfs: L[Xi[Tmpfs]]

class ContainerDependency(TypedDict, total=False):
    ContainerName: S
    Condition: S

class SystemControl(TypedDict, total=False):
    Namespace: S
    Value: S

class ContainerRestartPolicy(TypedDict, total=False):
    Enabled: B
    IgnoredExitCodes: L[Ii]
    RestartAttemptPeriod: I

class DaemonContainerDefinition(TypedDict, total=False):
    Name: S
    Image: S
    Memory: I
    MemoryReservation: I
    RepositoryCredentials: X[RepositoryCredentials]
    HealthCheck: X[HealthCheck]
    Cpu: I
    Essential: B
    EntryPoint: L[Si]
    Command: L[Si]
    WorkingDirectory: S
    EnvironmentFiles: L[Xi[EnvironmentFile]]
    Environment: L[Xi[KeyValuePair]]
    Secrets: L[Xi[Secret]]
    ReadonlyRootFilesystem: B
    MountPoints: L[Xi[MountPoint]]
    LogConfiguration: X[LogConfiguration]
    FirelensConfiguration: X[FirelensConfiguration]
    Privileged: B
    User: S
    Ulimits: L[Xi[Ulimit]]
    LinuxParameters: X[DaemonLinuxParameters]
    DependsOn: L[Xi[ContainerDependency]]
    StartTimeout: I
    StopTimeout: I
    SystemControls: L[Xi[SystemControl]]
    Interactive: B
    PseudoTerminal: B
    RestartPolicy: X[ContainerRestartPolicy]

class HostVolumeProperties(TypedDict, total=False):
    SourcePath: S

class LogDriverVolumeConfiguration(TypedDict, total=False):
    Driver: S

class DaemonVolume(TypedDict, total=False):
    Name: S
    Host: X[HostVolumeProperties]
    LogDriverVolumeConfiguration: X[LogDriverVolumeConfiguration]

RegisterDaemonTaskDefinitionParameters = TypedDict(
    "RegisterDaemonTaskDefinitionParameters",
    {
        "Family": S,
        "Family.$": str,
        "TaskRoleArn": S,
        "TaskRoleArn.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "ContainerDefinitions": L[Xi[DaemonContainerDefinition]],
        "ContainerDefinitions.$": str,
        "Cpu": S,
        "Cpu.$": str,
        "Memory": S,
        "Memory.$": str,
        "Volumes": L[Xi[DaemonVolume]],
        "Volumes.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "PidMode": S,
        "PidMode.$": str,
        "IpcMode": S,
        "IpcMode.$": str,
    },
    total=False,
)

class PortMapping(TypedDict, total=False):
    ContainerPort: I
    HostPort: I
    Protocol: S
    Name: S
    AppProtocol: S
    ContainerPortRange: S

class VolumeFrom(TypedDict, total=False):
    SourceContainer: S
    ReadOnly: B

class LinuxParameters(TypedDict, total=False):
    Capabilities: X[KernelCapabilities]
    Devices: L[Xi[Device]]
    InitProcessEnabled: B
    SharedMemorySize: I
    Tmpfs: L[Xi[Tmpfs]]
    MaxSwap: I
    Swappiness: I

class HostEntry(TypedDict, total=False):
    Hostname: S
    IpAddress: S

class NvidiaMpsAllocation(TypedDict, total=False):
    Memory: I
    MaxComputePercent: I

class SharingStrategy(TypedDict, total=False):
    NvidiaMps: X[NvidiaMpsAllocation]

class ResourceRequirement(TypedDict, total=False):
    Value: S
    Type: S
    SharingStrategy: X[SharingStrategy]

class ContainerDefinition(TypedDict, total=False):
    Name: S
    Image: S
    RepositoryCredentials: X[RepositoryCredentials]
    Cpu: I
    Memory: I
    MemoryReservation: I
    Links: L[Si]
    PortMappings: L[Xi[PortMapping]]
    Essential: B
    RestartPolicy: X[ContainerRestartPolicy]
    EntryPoint: L[Si]
    Command: L[Si]
    Environment: L[Xi[KeyValuePair]]
    EnvironmentFiles: L[Xi[EnvironmentFile]]
    MountPoints: L[Xi[MountPoint]]
    VolumesFrom: L[Xi[VolumeFrom]]
    LinuxParameters: X[LinuxParameters]
    Secrets: L[Xi[Secret]]
    DependsOn: L[Xi[ContainerDependency]]
    StartTimeout: I
    StopTimeout: I
    VersionConsistency: S
    Hostname: S
    User: S
    WorkingDirectory: S
    DisableNetworking: B
    Privileged: B
    ReadonlyRootFilesystem: B
    DnsServers: L[Si]
    DnsSearchDomains: L[Si]
    ExtraHosts: L[Xi[HostEntry]]
    DockerSecurityOptions: L[Si]
    Interactive: B
    PseudoTerminal: B
    DockerLabels: M[S]
    Ulimits: L[Xi[Ulimit]]
    LogConfiguration: X[LogConfiguration]
    HealthCheck: X[HealthCheck]
    SystemControls: L[Xi[SystemControl]]
    ResourceRequirements: L[Xi[ResourceRequirement]]
    FirelensConfiguration: X[FirelensConfiguration]
    CredentialSpecs: L[Si]

class DockerVolumeConfiguration(TypedDict, total=False):
    Scope: S
    Autoprovision: B
    Driver: S
    DriverOpts: M[S]
    Labels: M[S]

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

class FSxWindowsFileServerAuthorizationConfig(TypedDict, total=False):
    CredentialsParameter: S
    Domain: S

class FSxWindowsFileServerVolumeConfiguration(TypedDict, total=False):
    FileSystemId: S
    RootDirectory: S
    AuthorizationConfig: X[FSxWindowsFileServerAuthorizationConfig]

class Volume(TypedDict, total=False):
    Name: S
    Host: X[HostVolumeProperties]
    DockerVolumeConfiguration: X[DockerVolumeConfiguration]
    EfsVolumeConfiguration: X[EFSVolumeConfiguration]
    S3filesVolumeConfiguration: X[S3FilesVolumeConfiguration]
    FsxWindowsFileServerVolumeConfiguration: X[FSxWindowsFileServerVolumeConfiguration]
    ConfiguredAtLaunch: B

class TaskDefinitionPlacementConstraint(TypedDict, total=False):
    Type: S
    Expression: S

class ProxyConfiguration(TypedDict, total=False):
    Type: S
    ContainerName: S
    Properties: L[Xi[KeyValuePair]]

class InferenceAccelerator(TypedDict, total=False):
    DeviceName: S
    DeviceType: S

class EphemeralStorage(TypedDict, total=False):
    SizeInGiB: I

class RuntimePlatform(TypedDict, total=False):
    CpuArchitecture: S
    OperatingSystemFamily: S

class TrustedExecutionConfiguration(TypedDict, total=False):
    IsolationMode: S
    AttestationPolicy: S

RegisterTaskDefinitionParameters = TypedDict(
    "RegisterTaskDefinitionParameters",
    {
        "Family": S,
        "Family.$": str,
        "TaskRoleArn": S,
        "TaskRoleArn.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "NetworkMode": S,
        "NetworkMode.$": str,
        "ContainerDefinitions": L[Xi[ContainerDefinition]],
        "ContainerDefinitions.$": str,
        "Volumes": L[Xi[Volume]],
        "Volumes.$": str,
        "PlacementConstraints": L[Xi[TaskDefinitionPlacementConstraint]],
        "PlacementConstraints.$": str,
        "RequiresCompatibilities": L[Si],
        "RequiresCompatibilities.$": str,
        "Cpu": S,
        "Cpu.$": str,
        "Memory": S,
        "Memory.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "PidMode": S,
        "PidMode.$": str,
        "IpcMode": S,
        "IpcMode.$": str,
        "ProxyConfiguration": X[ProxyConfiguration],
        "ProxyConfiguration.$": str,
        "InferenceAccelerators": L[Xi[InferenceAccelerator]],
        "InferenceAccelerators.$": str,
        "EphemeralStorage": X[EphemeralStorage],
        "EphemeralStorage.$": str,
        "RuntimePlatform": X[RuntimePlatform],
        "RuntimePlatform.$": str,
        "EnableFaultInjection": B,
        "EnableFaultInjection.$": str,
        "TrustedExecutionConfiguration": X[TrustedExecutionConfiguration],
        "TrustedExecutionConfiguration.$": str,
    },
    total=False,
)

class ContainerOverride(TypedDict, total=False):
    Name: S
    Command: L[Si]
    Environment: L[Xi[KeyValuePair]]
    EnvironmentFiles: L[Xi[EnvironmentFile]]
    Cpu: I
    Memory: I
    MemoryReservation: I
    ResourceRequirements: L[Xi[ResourceRequirement]]

class InferenceAcceleratorOverride(TypedDict, total=False):
    DeviceName: S
    DeviceType: S

class TaskOverride(TypedDict, total=False):
    ContainerOverrides: L[Xi[ContainerOverride]]
    Cpu: S
    InferenceAcceleratorOverrides: L[Xi[InferenceAcceleratorOverride]]
    ExecutionRoleArn: S
    Memory: S
    TaskRoleArn: S
    EphemeralStorage: X[EphemeralStorage]

class TaskManagedEBSVolumeTerminationPolicy(TypedDict, total=False):
    DeleteOnTermination: B

class TaskManagedEBSVolumeConfiguration(TypedDict, total=False):
    Encrypted: B
    KmsKeyId: S
    VolumeType: S
    SizeInGiB: I
    SnapshotId: S
    VolumeInitializationRate: I
    Iops: I
    Throughput: I
    TagSpecifications: L[Xi[EBSTagSpecification]]
    RoleArn: S
    TerminationPolicy: X[TaskManagedEBSVolumeTerminationPolicy]
    FilesystemType: S

class TaskVolumeConfiguration(TypedDict, total=False):
    Name: S
    ManagedEBSVolume: X[TaskManagedEBSVolumeConfiguration]

RunTaskParameters = TypedDict(
    "RunTaskParameters",
    {
        "CapacityProviderStrategy": L[Xi[CapacityProviderStrategyItem]],
        "CapacityProviderStrategy.$": str,
        "Cluster": S,
        "Cluster.$": str,
        "Count": I,
        "Count.$": str,
        "EnableECSManagedTags": B,
        "EnableECSManagedTags.$": str,
        "EnableExecuteCommand": B,
        "EnableExecuteCommand.$": str,
        "Group": S,
        "Group.$": str,
        "LaunchType": S,
        "LaunchType.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "Overrides": X[TaskOverride],
        "Overrides.$": str,
        "PlacementConstraints": L[Xi[PlacementConstraint]],
        "PlacementConstraints.$": str,
        "PlacementStrategy": L[Xi[PlacementStrategy]],
        "PlacementStrategy.$": str,
        "PlatformVersion": S,
        "PlatformVersion.$": str,
        "PropagateTags": S,
        "PropagateTags.$": str,
        "ReferenceId": S,
        "ReferenceId.$": str,
        "StartedBy": S,
        "StartedBy.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TaskDefinition": S,
        "TaskDefinition.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "VolumeConfigurations": L[Xi[TaskVolumeConfiguration]],
        "VolumeConfigurations.$": str,
    },
    total=False,
)
StartTaskParameters = TypedDict(
    "StartTaskParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "ContainerInstances": L[Si],
        "ContainerInstances.$": str,
        "EnableECSManagedTags": B,
        "EnableECSManagedTags.$": str,
        "EnableExecuteCommand": B,
        "EnableExecuteCommand.$": str,
        "Group": S,
        "Group.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "Overrides": X[TaskOverride],
        "Overrides.$": str,
        "PropagateTags": S,
        "PropagateTags.$": str,
        "ReferenceId": S,
        "ReferenceId.$": str,
        "StartedBy": S,
        "StartedBy.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TaskDefinition": S,
        "TaskDefinition.$": str,
        "VolumeConfigurations": L[Xi[TaskVolumeConfiguration]],
        "VolumeConfigurations.$": str,
    },
    total=False,
)
StopServiceDeploymentParameters = TypedDict(
    "StopServiceDeploymentParameters",
    {"ServiceDeploymentArn": S, "ServiceDeploymentArn.$": str, "StopType": S, "StopType.$": str},
    total=False,
)
StopTaskParameters = TypedDict(
    "StopTaskParameters",
    {"Cluster": S, "Cluster.$": str, "Task": S, "Task.$": str, "Reason": S, "Reason.$": str},
    total=False,
)

class AttachmentStateChange(TypedDict, total=False):
    AttachmentArn: S
    Status: S

SubmitAttachmentStateChangesParameters = TypedDict(
    "SubmitAttachmentStateChangesParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Attachments": L[Xi[AttachmentStateChange]],
        "Attachments.$": str,
    },
    total=False,
)

class NetworkBinding(TypedDict, total=False):
    BindIP: S
    ContainerPort: I
    HostPort: I
    Protocol: S
    ContainerPortRange: S
    HostPortRange: S

SubmitContainerStateChangeParameters = TypedDict(
    "SubmitContainerStateChangeParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Task": S,
        "Task.$": str,
        "ContainerName": S,
        "ContainerName.$": str,
        "RuntimeId": S,
        "RuntimeId.$": str,
        "Status": S,
        "Status.$": str,
        "ExitCode": I,
        "ExitCode.$": str,
        "Reason": S,
        "Reason.$": str,
        "NetworkBindings": L[Xi[NetworkBinding]],
        "NetworkBindings.$": str,
    },
    total=False,
)

class ContainerStateChange(TypedDict, total=False):
    ContainerName: S
    ImageDigest: S
    RuntimeId: S
    ExitCode: I
    NetworkBindings: L[Xi[NetworkBinding]]
    Reason: S
    Status: S

class ManagedAgentStateChange(TypedDict, total=False):
    ContainerName: S
    ManagedAgentName: S
    Status: S
    Reason: S

SubmitTaskStateChangeParameters = TypedDict(
    "SubmitTaskStateChangeParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Task": S,
        "Task.$": str,
        "Status": S,
        "Status.$": str,
        "Reason": S,
        "Reason.$": str,
        "Containers": L[Xi[ContainerStateChange]],
        "Containers.$": str,
        "Attachments": L[Xi[AttachmentStateChange]],
        "Attachments.$": str,
        "ManagedAgents": L[Xi[ManagedAgentStateChange]],
        "ManagedAgents.$": str,
        "PullStartedAt": T,
        "PullStartedAt.$": str,
        "PullStoppedAt": T,
        "PullStoppedAt.$": str,
        "ExecutionStoppedAt": T,
        "ExecutionStoppedAt.$": str,
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

class AutoScalingGroupProviderUpdate(TypedDict, total=False):
    ManagedScaling: X[ManagedScaling]
    ManagedTerminationProtection: S
    ManagedDraining: S

class InstanceLaunchTemplateUpdate(TypedDict, total=False):
    Ec2InstanceProfileArn: S
    NetworkConfiguration: X[ManagedInstancesNetworkConfiguration]
    StorageConfiguration: X[ManagedInstancesStorageConfiguration]
    InstanceMetadataTagsPropagation: B
    LocalStorageConfiguration: X[ManagedInstancesLocalStorageConfiguration]
    Monitoring: S
    InstanceRequirements: X[InstanceRequirementsRequest]
    CapacityReservations: X[CapacityReservationRequest]

class UpdateManagedInstancesProviderConfiguration(TypedDict, total=False):
    InfrastructureRoleArn: S
    InstanceLaunchTemplate: X[InstanceLaunchTemplateUpdate]
    PropagateTags: S
    InfrastructureOptimization: X[InfrastructureOptimization]
    AutoRepairConfiguration: X[AutoRepairConfiguration]

UpdateCapacityProviderParameters = TypedDict(
    "UpdateCapacityProviderParameters",
    {
        "Name": S,
        "Name.$": str,
        "Cluster": S,
        "Cluster.$": str,
        "AutoScalingGroupProvider": X[AutoScalingGroupProviderUpdate],
        "AutoScalingGroupProvider.$": str,
        "ManagedInstancesProvider": X[UpdateManagedInstancesProviderConfiguration],
        "ManagedInstancesProvider.$": str,
    },
    total=False,
)
UpdateClusterParameters = TypedDict(
    "UpdateClusterParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Settings": L[Xi[ClusterSetting]],
        "Settings.$": str,
        "Configuration": X[ClusterConfiguration],
        "Configuration.$": str,
        "ServiceConnectDefaults": X[ClusterServiceConnectDefaultsRequest],
        "ServiceConnectDefaults.$": str,
    },
    total=False,
)
UpdateClusterSettingsParameters = TypedDict(
    "UpdateClusterSettingsParameters",
    {"Cluster": S, "Cluster.$": str, "Settings": L[Xi[ClusterSetting]], "Settings.$": str},
    total=False,
)
UpdateContainerAgentParameters = TypedDict(
    "UpdateContainerAgentParameters",
    {"Cluster": S, "Cluster.$": str, "ContainerInstance": S, "ContainerInstance.$": str},
    total=False,
)
UpdateContainerInstancesStateParameters = TypedDict(
    "UpdateContainerInstancesStateParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "ContainerInstances": L[Si],
        "ContainerInstances.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateDaemonParameters = TypedDict(
    "UpdateDaemonParameters",
    {
        "DaemonArn": S,
        "DaemonArn.$": str,
        "DaemonTaskDefinitionArn": S,
        "DaemonTaskDefinitionArn.$": str,
        "CapacityProviderArns": L[Si],
        "CapacityProviderArns.$": str,
        "DeploymentConfiguration": X[DaemonDeploymentConfiguration],
        "DeploymentConfiguration.$": str,
        "PropagateTags": S,
        "PropagateTags.$": str,
        "EnableECSManagedTags": B,
        "EnableECSManagedTags.$": str,
        "EnableExecuteCommand": B,
        "EnableExecuteCommand.$": str,
        "Critical": B,
        "Critical.$": str,
    },
    total=False,
)
UpdateExpressGatewayServiceParameters = TypedDict(
    "UpdateExpressGatewayServiceParameters",
    {
        "ServiceArn": S,
        "ServiceArn.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "HealthCheckPath": S,
        "HealthCheckPath.$": str,
        "PrimaryContainer": X[ExpressGatewayContainer],
        "PrimaryContainer.$": str,
        "TaskRoleArn": S,
        "TaskRoleArn.$": str,
        "NetworkConfiguration": X[ExpressGatewayServiceNetworkConfiguration],
        "NetworkConfiguration.$": str,
        "Cpu": S,
        "Cpu.$": str,
        "Memory": S,
        "Memory.$": str,
        "CpuArchitecture": S,
        "CpuArchitecture.$": str,
        "ScalingTarget": X[ExpressGatewayScalingTarget],
        "ScalingTarget.$": str,
        "TaskDefinitionArn": S,
        "TaskDefinitionArn.$": str,
    },
    total=False,
)

class UpdateGatewayNetworkConfiguration(TypedDict, total=False):
    InboundSecurityGroup: S

class UpdateGatewayAlbConfiguration(TypedDict, total=False):
    NetworkConfiguration: X[UpdateGatewayNetworkConfiguration]
    MaxAlbCount: I
    WebACLArn: S
    AccessLogs: X[GatewayElbAccessLogConfiguration]
    HttpDesync: S
    TestTrafficRules: X[GatewayAlbTestTrafficRules]

class UpdateGatewayConfiguration(TypedDict, total=False):
    HostSharedAlb: X[UpdateGatewayAlbConfiguration]

UpdateGatewayParameters = TypedDict(
    "UpdateGatewayParameters",
    {
        "Gateway": S,
        "Gateway.$": str,
        "InfrastructureRoleArn": S,
        "InfrastructureRoleArn.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "Configuration": X[UpdateGatewayConfiguration],
        "Configuration.$": str,
        "PropagateTags": S,
        "PropagateTags.$": str,
    },
    total=False,
)
UpdateServiceParameters = TypedDict(
    "UpdateServiceParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Service": S,
        "Service.$": str,
        "DesiredCount": I,
        "DesiredCount.$": str,
        "TaskDefinition": S,
        "TaskDefinition.$": str,
        "CapacityProviderStrategy": L[Xi[CapacityProviderStrategyItem]],
        "CapacityProviderStrategy.$": str,
        "DeploymentConfiguration": X[DeploymentConfiguration],
        "DeploymentConfiguration.$": str,
        "AvailabilityZoneRebalancing": S,
        "AvailabilityZoneRebalancing.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "PlacementConstraints": L[Xi[PlacementConstraint]],
        "PlacementConstraints.$": str,
        "PlacementStrategy": L[Xi[PlacementStrategy]],
        "PlacementStrategy.$": str,
        "PlatformVersion": S,
        "PlatformVersion.$": str,
        "ForceNewDeployment": B,
        "ForceNewDeployment.$": str,
        "HealthCheckGracePeriodSeconds": I,
        "HealthCheckGracePeriodSeconds.$": str,
        "DeploymentController": X[DeploymentController],
        "DeploymentController.$": str,
        "EnableExecuteCommand": B,
        "EnableExecuteCommand.$": str,
        "EnableECSManagedTags": B,
        "EnableECSManagedTags.$": str,
        "LoadBalancers": L[Xi[LoadBalancer]],
        "LoadBalancers.$": str,
        "PropagateTags": S,
        "PropagateTags.$": str,
        "ServiceRegistries": L[Xi[ServiceRegistry]],
        "ServiceRegistries.$": str,
        "ServiceConnectConfiguration": X[ServiceConnectConfiguration],
        "ServiceConnectConfiguration.$": str,
        "VolumeConfigurations": L[Xi[ServiceVolumeConfiguration]],
        "VolumeConfigurations.$": str,
        "VpcLatticeConfigurations": L[Xi[VpcLatticeConfiguration]],
        "VpcLatticeConfigurations.$": str,
        "GatewayConnectors": L[Xi[GatewayConnector]],
        "GatewayConnectors.$": str,
        "Monitoring": X[MonitoringConfiguration],
        "Monitoring.$": str,
    },
    total=False,
)
UpdateServicePrimaryTaskSetParameters = TypedDict(
    "UpdateServicePrimaryTaskSetParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Service": S,
        "Service.$": str,
        "PrimaryTaskSet": S,
        "PrimaryTaskSet.$": str,
    },
    total=False,
)
UpdateTaskProtectionParameters = TypedDict(
    "UpdateTaskProtectionParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Tasks": L[Si],
        "Tasks.$": str,
        "ProtectionEnabled": B,
        "ProtectionEnabled.$": str,
        "ExpiresInMinutes": I,
        "ExpiresInMinutes.$": str,
    },
    total=False,
)
UpdateTaskSetParameters = TypedDict(
    "UpdateTaskSetParameters",
    {
        "Cluster": S,
        "Cluster.$": str,
        "Service": S,
        "Service.$": str,
        "TaskSet": S,
        "TaskSet.$": str,
        "Scale": X[Scale],
        "Scale.$": str,
    },
    total=False,
)
associate_gateway_with_cluster: Builder[AssociateGatewayWithClusterParameters]
continue_service_deployment: Builder[ContinueServiceDeploymentParameters]
create_capacity_provider: Builder[CreateCapacityProviderParameters]
create_cluster: Builder[CreateClusterParameters]
create_daemon: Builder[CreateDaemonParameters]
create_express_gateway_service: Builder[CreateExpressGatewayServiceParameters]
create_gateway: Builder[CreateGatewayParameters]
create_service: Builder[CreateServiceParameters]
create_task_set: Builder[CreateTaskSetParameters]
delete_account_setting: Builder[DeleteAccountSettingParameters]
delete_attributes: Builder[DeleteAttributesParameters]
delete_capacity_provider: Builder[DeleteCapacityProviderParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_daemon: Builder[DeleteDaemonParameters]
delete_daemon_task_definition: Builder[DeleteDaemonTaskDefinitionParameters]
delete_express_gateway_service: Builder[DeleteExpressGatewayServiceParameters]
delete_gateway: Builder[DeleteGatewayParameters]
delete_service: Builder[DeleteServiceParameters]
delete_task_definitions: Builder[DeleteTaskDefinitionsParameters]
delete_task_set: Builder[DeleteTaskSetParameters]
deregister_container_instance: Builder[DeregisterContainerInstanceParameters]
deregister_task_definition: Builder[DeregisterTaskDefinitionParameters]
describe_capacity_providers: Builder[DescribeCapacityProvidersParameters]
describe_clusters: Builder[DescribeClustersParameters]
describe_container_instances: Builder[DescribeContainerInstancesParameters]
describe_daemon: Builder[DescribeDaemonParameters]
describe_daemon_deployments: Builder[DescribeDaemonDeploymentsParameters]
describe_daemon_revisions: Builder[DescribeDaemonRevisionsParameters]
describe_daemon_task_definition: Builder[DescribeDaemonTaskDefinitionParameters]
describe_express_gateway_service: Builder[DescribeExpressGatewayServiceParameters]
describe_gateway: Builder[DescribeGatewayParameters]
describe_gateway_resources: Builder[DescribeGatewayResourcesParameters]
describe_gateway_route: Builder[DescribeGatewayRouteParameters]
describe_service_deployments: Builder[DescribeServiceDeploymentsParameters]
describe_service_revisions: Builder[DescribeServiceRevisionsParameters]
describe_services: Builder[DescribeServicesParameters]
describe_task_definition: Builder[DescribeTaskDefinitionParameters]
describe_task_sets: Builder[DescribeTaskSetsParameters]
describe_tasks: Builder[DescribeTasksParameters]
disassociate_gateway_from_cluster: Builder[DisassociateGatewayFromClusterParameters]
discover_poll_endpoint: Builder[DiscoverPollEndpointParameters]
execute_command: Builder[ExecuteCommandParameters]
get_task_protection: Builder[GetTaskProtectionParameters]
list_account_settings: Builder[ListAccountSettingsParameters]
list_attributes: Builder[ListAttributesParameters]
list_clusters: Builder[ListClustersParameters]
list_container_instances: Builder[ListContainerInstancesParameters]
list_daemon_deployments: Builder[ListDaemonDeploymentsParameters]
list_daemon_task_definitions: Builder[ListDaemonTaskDefinitionsParameters]
list_daemons: Builder[ListDaemonsParameters]
list_gateway_cluster_associations: Builder[ListGatewayClusterAssociationsParameters]
list_gateway_routes: Builder[ListGatewayRoutesParameters]
list_gateways: Builder[ListGatewaysParameters]
list_service_deployments: Builder[ListServiceDeploymentsParameters]
list_services: Builder[ListServicesParameters]
list_services_by_namespace: Builder[ListServicesByNamespaceParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_task_definition_families: Builder[ListTaskDefinitionFamiliesParameters]
list_task_definitions: Builder[ListTaskDefinitionsParameters]
list_tasks: Builder[ListTasksParameters]
put_account_setting: Builder[PutAccountSettingParameters]
put_account_setting_default: Builder[PutAccountSettingDefaultParameters]
put_attributes: Builder[PutAttributesParameters]
put_cluster_capacity_providers: Builder[PutClusterCapacityProvidersParameters]
register_container_instance: Builder[RegisterContainerInstanceParameters]
register_daemon_task_definition: Builder[RegisterDaemonTaskDefinitionParameters]
register_task_definition: Builder[RegisterTaskDefinitionParameters]
run_task: Builder[RunTaskParameters]
start_task: Builder[StartTaskParameters]
stop_service_deployment: Builder[StopServiceDeploymentParameters]
stop_task: Builder[StopTaskParameters]
submit_attachment_state_changes: Builder[SubmitAttachmentStateChangesParameters]
submit_container_state_change: Builder[SubmitContainerStateChangeParameters]
submit_task_state_change: Builder[SubmitTaskStateChangeParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_capacity_provider: Builder[UpdateCapacityProviderParameters]
update_cluster: Builder[UpdateClusterParameters]
update_cluster_settings: Builder[UpdateClusterSettingsParameters]
update_container_agent: Builder[UpdateContainerAgentParameters]
update_container_instances_state: Builder[UpdateContainerInstancesStateParameters]
update_daemon: Builder[UpdateDaemonParameters]
update_express_gateway_service: Builder[UpdateExpressGatewayServiceParameters]
update_gateway: Builder[UpdateGatewayParameters]
update_service: Builder[UpdateServiceParameters]
update_service_primary_task_set: Builder[UpdateServicePrimaryTaskSetParameters]
update_task_protection: Builder[UpdateTaskProtectionParameters]
update_task_set: Builder[UpdateTaskSetParameters]

__all__ = [
    "associate_gateway_with_cluster",
    "continue_service_deployment",
    "create_capacity_provider",
    "create_cluster",
    "create_daemon",
    "create_express_gateway_service",
    "create_gateway",
    "create_service",
    "create_task_set",
    "delete_account_setting",
    "delete_attributes",
    "delete_capacity_provider",
    "delete_cluster",
    "delete_daemon",
    "delete_daemon_task_definition",
    "delete_express_gateway_service",
    "delete_gateway",
    "delete_service",
    "delete_task_definitions",
    "delete_task_set",
    "deregister_container_instance",
    "deregister_task_definition",
    "describe_capacity_providers",
    "describe_clusters",
    "describe_container_instances",
    "describe_daemon",
    "describe_daemon_deployments",
    "describe_daemon_revisions",
    "describe_daemon_task_definition",
    "describe_express_gateway_service",
    "describe_gateway",
    "describe_gateway_resources",
    "describe_gateway_route",
    "describe_service_deployments",
    "describe_service_revisions",
    "describe_services",
    "describe_task_definition",
    "describe_task_sets",
    "describe_tasks",
    "disassociate_gateway_from_cluster",
    "discover_poll_endpoint",
    "execute_command",
    "get_task_protection",
    "list_account_settings",
    "list_attributes",
    "list_clusters",
    "list_container_instances",
    "list_daemon_deployments",
    "list_daemon_task_definitions",
    "list_daemons",
    "list_gateway_cluster_associations",
    "list_gateway_routes",
    "list_gateways",
    "list_service_deployments",
    "list_services",
    "list_services_by_namespace",
    "list_tags_for_resource",
    "list_task_definition_families",
    "list_task_definitions",
    "list_tasks",
    "put_account_setting",
    "put_account_setting_default",
    "put_attributes",
    "put_cluster_capacity_providers",
    "register_container_instance",
    "register_daemon_task_definition",
    "register_task_definition",
    "run_task",
    "start_task",
    "stop_service_deployment",
    "stop_task",
    "submit_attachment_state_changes",
    "submit_container_state_change",
    "submit_task_state_change",
    "tag_resource",
    "untag_resource",
    "update_capacity_provider",
    "update_cluster",
    "update_cluster_settings",
    "update_container_agent",
    "update_container_instances_state",
    "update_daemon",
    "update_express_gateway_service",
    "update_gateway",
    "update_service",
    "update_service_primary_task_set",
    "update_task_protection",
    "update_task_set",
]
