"""Typed builders of the AWS SDK integration of eks (``aws-sdk:eks:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

ActivateCertificateAuthorityParameters = TypedDict(
    "ActivateCertificateAuthorityParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "CertificateAuthorityId": S,
        "CertificateAuthorityId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class AccessScope(TypedDict, total=False):
    Type: S
    Namespaces: L[Si]

AssociateAccessPolicyParameters = TypedDict(
    "AssociateAccessPolicyParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
        "AccessScope": X[AccessScope],
        "AccessScope.$": str,
    },
    total=False,
)

class Provider(TypedDict, total=False):
    KeyArn: S

class EncryptionConfig(TypedDict, total=False):
    Resources: L[Si]
    Provider: X[Provider]

AssociateEncryptionConfigParameters = TypedDict(
    "AssociateEncryptionConfigParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "EncryptionConfig": L[Xi[EncryptionConfig]],
        "EncryptionConfig.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class OidcIdentityProviderConfigRequest(TypedDict, total=False):
    IdentityProviderConfigName: S
    IssuerUrl: S
    ClientId: S
    UsernameClaim: S
    UsernamePrefix: S
    GroupsClaim: S
    GroupsPrefix: S
    RequiredClaims: M[S]

AssociateIdentityProviderConfigParameters = TypedDict(
    "AssociateIdentityProviderConfigParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "Oidc": X[OidcIdentityProviderConfigRequest],
        "Oidc.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CancelUpdateParameters = TypedDict(
    "CancelUpdateParameters",
    {
        "Name": S,
        "Name.$": str,
        "UpdateId": S,
        "UpdateId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreateAccessEntryParameters = TypedDict(
    "CreateAccessEntryParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "KubernetesGroups": L[Si],
        "KubernetesGroups.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Username": S,
        "Username.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)

class AddonPodIdentityAssociations(TypedDict, total=False):
    ServiceAccount: S
    RoleArn: S

class AddonNamespaceConfigRequest(TypedDict, total=False):
    Namespace: S

CreateAddonParameters = TypedDict(
    "CreateAddonParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "AddonName": S,
        "AddonName.$": str,
        "AddonVersion": S,
        "AddonVersion.$": str,
        "ServiceAccountRoleArn": S,
        "ServiceAccountRoleArn.$": str,
        "ResolveConflicts": S,
        "ResolveConflicts.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ConfigurationValues": S,
        "ConfigurationValues.$": str,
        "PodIdentityAssociations": L[Xi[AddonPodIdentityAssociations]],
        "PodIdentityAssociations.$": str,
        "NamespaceConfig": X[AddonNamespaceConfigRequest],
        "NamespaceConfig.$": str,
    },
    total=False,
)

class ArgoCdAwsIdcConfigRequest(TypedDict, total=False):
    IdcInstanceArn: S
    IdcRegion: S

class SsoIdentity(TypedDict, total=False):
    Id: S
    Type: S

class ArgoCdRoleMapping(TypedDict, total=False):
    Role: S
    Identities: L[Xi[SsoIdentity]]

class ArgoCdNetworkAccessConfigRequest(TypedDict, total=False):
    VpceIds: L[Si]

class ArgoCdConfigRequest(TypedDict, total=False):
    Namespace: S
    AwsIdc: X[ArgoCdAwsIdcConfigRequest]
    RbacRoleMappings: L[Xi[ArgoCdRoleMapping]]
    NetworkAccess: X[ArgoCdNetworkAccessConfigRequest]
    EndpointPrefix: S

class AckConfigRequest(TypedDict, total=False):
    EnableCrossNamespace: B
    DisabledServices: L[Si]

class CapabilityConfigurationRequest(TypedDict, total=False):
    ArgoCd: X[ArgoCdConfigRequest]
    Ack: X[AckConfigRequest]

CreateCapabilityParameters = TypedDict(
    "CreateCapabilityParameters",
    {
        "CapabilityName": S,
        "CapabilityName.$": str,
        "ClusterName": S,
        "ClusterName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Type": S,
        "Type.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Configuration": X[CapabilityConfigurationRequest],
        "Configuration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DeletePropagationPolicy": S,
        "DeletePropagationPolicy.$": str,
    },
    total=False,
)
CreateCertificateAuthorityParameters = TypedDict(
    "CreateCertificateAuthorityParameters",
    {"ClusterName": S, "ClusterName.$": str, "ClientRequestToken": S, "ClientRequestToken.$": str},
    total=False,
)

class VpcConfigRequest(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]
    EndpointPublicAccess: B
    EndpointPrivateAccess: B
    PublicAccessCidrs: L[Si]
    ControlPlaneEgressMode: S

class CrdManagementConfiguration(TypedDict, total=False):
    Managed: B

class GatewayApiConfiguration(TypedDict, total=False):
    Crds: X[CrdManagementConfiguration]

class ElasticLoadBalancing(TypedDict, total=False):
    Enabled: B
    GatewayApi: X[GatewayApiConfiguration]

class KubernetesNetworkConfigRequest(TypedDict, total=False):
    ServiceIpv4Cidr: S
    IpFamily: S
    ElasticLoadBalancing: X[ElasticLoadBalancing]

class LogSetup(TypedDict, total=False):
    Types: L[Si]
    Enabled: B

class Logging(TypedDict, total=False):
    ClusterLogging: L[Xi[LogSetup]]

class ControlPlanePlacementRequest(TypedDict, total=False):
    GroupName: S
    SpreadLevel: S

class EtcdPlacementRequest(TypedDict, total=False):
    SpreadLevel: S

class OutpostConfigRequest(TypedDict, total=False):
    OutpostArns: L[Si]
    ControlPlaneInstanceType: S
    ControlPlanePlacement: X[ControlPlanePlacementRequest]
    EtcdInstanceType: S
    EtcdPlacement: X[EtcdPlacementRequest]

class CreateAccessConfigRequest(TypedDict, total=False):
    BootstrapClusterCreatorAdminPermissions: B
    AuthenticationMode: S

class UpgradePolicyRequest(TypedDict, total=False):
    SupportType: S

class ZonalShiftConfigRequest(TypedDict, total=False):
    Enabled: B

class RemoteNodeNetwork(TypedDict, total=False):
    Cidrs: L[Si]

class RemotePodNetwork(TypedDict, total=False):
    Cidrs: L[Si]

class RemoteNetworkConfigRequest(TypedDict, total=False):
    RemoteNodeNetworks: L[Xi[RemoteNodeNetwork]]
    RemotePodNetworks: L[Xi[RemotePodNetwork]]

class ComputeConfigRequest(TypedDict, total=False):
    Enabled: B
    NodePools: L[Si]
    NodeRoleArn: S

class BlockStorage(TypedDict, total=False):
    Enabled: B

class StorageConfigRequest(TypedDict, total=False):
    BlockStorage: X[BlockStorage]

class ControlPlaneScalingConfig(TypedDict, total=False):
    Tier: S

class ServiceNodePortRange(TypedDict, total=False):
    MinPort: I
    MaxPort: I

class KubeApiServerConfigRequest(TypedDict, total=False):
    EventTtl: S
    ServiceNodePortRange: X[ServiceNodePortRange]

class ResourceWeight(TypedDict, total=False):
    Name: S
    Weight: I

class ScoringStrategy(TypedDict, total=False):
    Type: S
    Resources: L[Xi[ResourceWeight]]

class NodeResourcesFitConfig(TypedDict, total=False):
    ScoringStrategy: X[ScoringStrategy]

class KubeSchedulerConfigRequest(TypedDict, total=False):
    NodeResourcesFit: X[NodeResourcesFitConfig]

class PodGcControllerConfigRequest(TypedDict, total=False):
    TerminatedPodGcThreshold: I

class HorizontalPodAutoscalerControllerConfigRequest(TypedDict, total=False):
    HorizontalPodAutoscalerSyncPeriod: S

class KubeControllerManagerConfigRequest(TypedDict, total=False):
    PodGcControllerConfig: X[PodGcControllerConfigRequest]
    HorizontalPodAutoscalerControllerConfig: X[HorizontalPodAutoscalerControllerConfigRequest]

CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "Name": S,
        "Name.$": str,
        "Version": S,
        "Version.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ResourcesVpcConfig": X[VpcConfigRequest],
        "ResourcesVpcConfig.$": str,
        "KubernetesNetworkConfig": X[KubernetesNetworkConfigRequest],
        "KubernetesNetworkConfig.$": str,
        "Logging": X[Logging],
        "Logging.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "EncryptionConfig": L[Xi[EncryptionConfig]],
        "EncryptionConfig.$": str,
        "OutpostConfig": X[OutpostConfigRequest],
        "OutpostConfig.$": str,
        "AccessConfig": X[CreateAccessConfigRequest],
        "AccessConfig.$": str,
        "BootstrapSelfManagedAddons": B,
        "BootstrapSelfManagedAddons.$": str,
        "UpgradePolicy": X[UpgradePolicyRequest],
        "UpgradePolicy.$": str,
        "ZonalShiftConfig": X[ZonalShiftConfigRequest],
        "ZonalShiftConfig.$": str,
        "RemoteNetworkConfig": X[RemoteNetworkConfigRequest],
        "RemoteNetworkConfig.$": str,
        "ComputeConfig": X[ComputeConfigRequest],
        "ComputeConfig.$": str,
        "StorageConfig": X[StorageConfigRequest],
        "StorageConfig.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "ControlPlaneScalingConfig": X[ControlPlaneScalingConfig],
        "ControlPlaneScalingConfig.$": str,
        "KubeApiServerConfig": X[KubeApiServerConfigRequest],
        "KubeApiServerConfig.$": str,
        "KubeSchedulerConfig": X[KubeSchedulerConfigRequest],
        "KubeSchedulerConfig.$": str,
        "KubeControllerManagerConfig": X[KubeControllerManagerConfigRequest],
        "KubeControllerManagerConfig.$": str,
    },
    total=False,
)

class EksAnywhereSubscriptionTerm(TypedDict, total=False):
    Duration: I
    Unit: S

CreateEksAnywhereSubscriptionParameters = TypedDict(
    "CreateEksAnywhereSubscriptionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Term": X[EksAnywhereSubscriptionTerm],
        "Term.$": str,
        "LicenseQuantity": I,
        "LicenseQuantity.$": str,
        "LicenseType": S,
        "LicenseType.$": str,
        "AutoRenew": B,
        "AutoRenew.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class FargateProfileSelector(TypedDict, total=False):
    Namespace: S
    Labels: M[S]

CreateFargateProfileParameters = TypedDict(
    "CreateFargateProfileParameters",
    {
        "FargateProfileName": S,
        "FargateProfileName.$": str,
        "ClusterName": S,
        "ClusterName.$": str,
        "PodExecutionRoleArn": S,
        "PodExecutionRoleArn.$": str,
        "Subnets": L[Si],
        "Subnets.$": str,
        "Selectors": L[Xi[FargateProfileSelector]],
        "Selectors.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class NodegroupScalingConfig(TypedDict, total=False):
    MinSize: I
    MaxSize: I
    DesiredSize: I

class RemoteAccessConfig(TypedDict, total=False):
    Ec2SshKey: S
    SourceSecurityGroups: L[Si]

class Taint(TypedDict, total=False):
    Key: S
    Value: S
    Effect: S

class LaunchTemplateSpecification(TypedDict, total=False):
    Name: S
    Version: S
    Id: S

class NodegroupUpdateConfig(TypedDict, total=False):
    MaxUnavailable: I
    MaxUnavailablePercentage: I
    UpdateStrategy: S

class NodeRepairConfigOverrides(TypedDict, total=False):
    NodeMonitoringCondition: S
    NodeUnhealthyReason: S
    MinRepairWaitTimeMins: I
    RepairAction: S

class NodeRepairConfig(TypedDict, total=False):
    Enabled: B
    MaxUnhealthyNodeThresholdCount: I
    MaxUnhealthyNodeThresholdPercentage: I
    MaxParallelNodesRepairedCount: I
    MaxParallelNodesRepairedPercentage: I
    NodeRepairConfigOverrides: L[Xi[NodeRepairConfigOverrides]]

class WarmPoolConfig(TypedDict, total=False):
    Enabled: B
    MinSize: I
    MaxGroupPreparedCapacity: I
    PoolState: S
    ReuseOnScaleIn: B

CreateNodegroupParameters = TypedDict(
    "CreateNodegroupParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NodegroupName": S,
        "NodegroupName.$": str,
        "ScalingConfig": X[NodegroupScalingConfig],
        "ScalingConfig.$": str,
        "DiskSize": I,
        "DiskSize.$": str,
        "Subnets": L[Si],
        "Subnets.$": str,
        "InstanceTypes": L[Si],
        "InstanceTypes.$": str,
        "AmiType": S,
        "AmiType.$": str,
        "RemoteAccess": X[RemoteAccessConfig],
        "RemoteAccess.$": str,
        "NodeRole": S,
        "NodeRole.$": str,
        "Labels": M[S],
        "Labels.$": str,
        "Taints": L[Xi[Taint]],
        "Taints.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "LaunchTemplate": X[LaunchTemplateSpecification],
        "LaunchTemplate.$": str,
        "UpdateConfig": X[NodegroupUpdateConfig],
        "UpdateConfig.$": str,
        "NodeRepairConfig": X[NodeRepairConfig],
        "NodeRepairConfig.$": str,
        "CapacityType": S,
        "CapacityType.$": str,
        "Version": S,
        "Version.$": str,
        "ReleaseVersion": S,
        "ReleaseVersion.$": str,
        "WarmPoolConfig": X[WarmPoolConfig],
        "WarmPoolConfig.$": str,
    },
    total=False,
)

class WorkloadIdentityConfigRequest(TypedDict, total=False):
    Enabled: B
    TemplateArn: S
    ProviderArn: S

CreatePodIdentityAssociationParameters = TypedDict(
    "CreatePodIdentityAssociationParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "ServiceAccount": S,
        "ServiceAccount.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DisableSessionTags": B,
        "DisableSessionTags.$": str,
        "TargetRoleArn": S,
        "TargetRoleArn.$": str,
        "Policy": S,
        "Policy.$": str,
        "WorkloadIdentityConfig": X[WorkloadIdentityConfigRequest],
        "WorkloadIdentityConfig.$": str,
    },
    total=False,
)
DeleteAccessEntryParameters = TypedDict(
    "DeleteAccessEntryParameters",
    {"ClusterName": S, "ClusterName.$": str, "PrincipalArn": S, "PrincipalArn.$": str},
    total=False,
)
DeleteAddonParameters = TypedDict(
    "DeleteAddonParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "AddonName": S,
        "AddonName.$": str,
        "Preserve": B,
        "Preserve.$": str,
    },
    total=False,
)
DeleteCapabilityParameters = TypedDict(
    "DeleteCapabilityParameters",
    {"ClusterName": S, "ClusterName.$": str, "CapabilityName": S, "CapabilityName.$": str},
    total=False,
)
DeleteCertificateAuthorityParameters = TypedDict(
    "DeleteCertificateAuthorityParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "CertificateAuthorityId": S,
        "CertificateAuthorityId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteEksAnywhereSubscriptionParameters = TypedDict(
    "DeleteEksAnywhereSubscriptionParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteFargateProfileParameters = TypedDict(
    "DeleteFargateProfileParameters",
    {"ClusterName": S, "ClusterName.$": str, "FargateProfileName": S, "FargateProfileName.$": str},
    total=False,
)
DeleteNodegroupParameters = TypedDict(
    "DeleteNodegroupParameters",
    {"ClusterName": S, "ClusterName.$": str, "NodegroupName": S, "NodegroupName.$": str},
    total=False,
)
DeletePodIdentityAssociationParameters = TypedDict(
    "DeletePodIdentityAssociationParameters",
    {"ClusterName": S, "ClusterName.$": str, "AssociationId": S, "AssociationId.$": str},
    total=False,
)
DeregisterClusterParameters = TypedDict(
    "DeregisterClusterParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeAccessEntryParameters = TypedDict(
    "DescribeAccessEntryParameters",
    {"ClusterName": S, "ClusterName.$": str, "PrincipalArn": S, "PrincipalArn.$": str},
    total=False,
)
DescribeAddonParameters = TypedDict(
    "DescribeAddonParameters",
    {"ClusterName": S, "ClusterName.$": str, "AddonName": S, "AddonName.$": str},
    total=False,
)
DescribeAddonConfigurationParameters = TypedDict(
    "DescribeAddonConfigurationParameters",
    {"AddonName": S, "AddonName.$": str, "AddonVersion": S, "AddonVersion.$": str},
    total=False,
)
DescribeAddonVersionsParameters = TypedDict(
    "DescribeAddonVersionsParameters",
    {
        "KubernetesVersion": S,
        "KubernetesVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AddonName": S,
        "AddonName.$": str,
        "Types": L[Si],
        "Types.$": str,
        "Publishers": L[Si],
        "Publishers.$": str,
        "Owners": L[Si],
        "Owners.$": str,
    },
    total=False,
)
DescribeCapabilityParameters = TypedDict(
    "DescribeCapabilityParameters",
    {"ClusterName": S, "ClusterName.$": str, "CapabilityName": S, "CapabilityName.$": str},
    total=False,
)
DescribeCertificateAuthorityParameters = TypedDict(
    "DescribeCertificateAuthorityParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "CertificateAuthorityId": S,
        "CertificateAuthorityId.$": str,
    },
    total=False,
)
DescribeClusterParameters = TypedDict(
    "DescribeClusterParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeClusterVersionsParameters = TypedDict(
    "DescribeClusterVersionsParameters",
    {
        "ClusterType": S,
        "ClusterType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DefaultOnly": B,
        "DefaultOnly.$": str,
        "IncludeAll": B,
        "IncludeAll.$": str,
        "ClusterVersions": L[Si],
        "ClusterVersions.$": str,
        "Status": S,
        "Status.$": str,
        "VersionStatus": S,
        "VersionStatus.$": str,
    },
    total=False,
)
DescribeEksAnywhereSubscriptionParameters = TypedDict(
    "DescribeEksAnywhereSubscriptionParameters", {"Id": S, "Id.$": str}, total=False
)
DescribeFargateProfileParameters = TypedDict(
    "DescribeFargateProfileParameters",
    {"ClusterName": S, "ClusterName.$": str, "FargateProfileName": S, "FargateProfileName.$": str},
    total=False,
)

class IdentityProviderConfig(TypedDict, total=False):
    Type: S
    Name: S

DescribeIdentityProviderConfigParameters = TypedDict(
    "DescribeIdentityProviderConfigParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "IdentityProviderConfig": X[IdentityProviderConfig],
        "IdentityProviderConfig.$": str,
    },
    total=False,
)
DescribeInsightParameters = TypedDict(
    "DescribeInsightParameters",
    {"ClusterName": S, "ClusterName.$": str, "Id": S, "Id.$": str},
    total=False,
)
DescribeInsightsRefreshParameters = TypedDict(
    "DescribeInsightsRefreshParameters", {"ClusterName": S, "ClusterName.$": str}, total=False
)
DescribeNodegroupParameters = TypedDict(
    "DescribeNodegroupParameters",
    {"ClusterName": S, "ClusterName.$": str, "NodegroupName": S, "NodegroupName.$": str},
    total=False,
)
DescribePodIdentityAssociationParameters = TypedDict(
    "DescribePodIdentityAssociationParameters",
    {"ClusterName": S, "ClusterName.$": str, "AssociationId": S, "AssociationId.$": str},
    total=False,
)
DescribeUpdateParameters = TypedDict(
    "DescribeUpdateParameters",
    {
        "Name": S,
        "Name.$": str,
        "UpdateId": S,
        "UpdateId.$": str,
        "NodegroupName": S,
        "NodegroupName.$": str,
        "AddonName": S,
        "AddonName.$": str,
        "CapabilityName": S,
        "CapabilityName.$": str,
    },
    total=False,
)
DisassociateAccessPolicyParameters = TypedDict(
    "DisassociateAccessPolicyParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "PolicyArn": S,
        "PolicyArn.$": str,
    },
    total=False,
)
DisassociateIdentityProviderConfigParameters = TypedDict(
    "DisassociateIdentityProviderConfigParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "IdentityProviderConfig": X[IdentityProviderConfig],
        "IdentityProviderConfig.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
ListAccessEntriesParameters = TypedDict(
    "ListAccessEntriesParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "AssociatedPolicyArn": S,
        "AssociatedPolicyArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAccessPoliciesParameters = TypedDict(
    "ListAccessPoliciesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListAddonsParameters = TypedDict(
    "ListAddonsParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAssociatedAccessPoliciesParameters = TypedDict(
    "ListAssociatedAccessPoliciesParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCapabilitiesParameters = TypedDict(
    "ListCapabilitiesParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCertificateAuthoritiesParameters = TypedDict(
    "ListCertificateAuthoritiesParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListClustersParameters = TypedDict(
    "ListClustersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Include": L[Si],
        "Include.$": str,
    },
    total=False,
)
ListEksAnywhereSubscriptionsParameters = TypedDict(
    "ListEksAnywhereSubscriptionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeStatus": L[Si],
        "IncludeStatus.$": str,
    },
    total=False,
)
ListFargateProfilesParameters = TypedDict(
    "ListFargateProfilesParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListIdentityProviderConfigsParameters = TypedDict(
    "ListIdentityProviderConfigsParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class InsightsFilter(TypedDict, total=False):
    Categories: L[Si]
    KubernetesVersions: L[Si]
    Statuses: L[Si]

ListInsightsParameters = TypedDict(
    "ListInsightsParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "Filter": X[InsightsFilter],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNodegroupsParameters = TypedDict(
    "ListNodegroupsParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPodIdentityAssociationsParameters = TypedDict(
    "ListPodIdentityAssociationsParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "ServiceAccount": S,
        "ServiceAccount.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListUpdatesParameters = TypedDict(
    "ListUpdatesParameters",
    {
        "Name": S,
        "Name.$": str,
        "NodegroupName": S,
        "NodegroupName.$": str,
        "AddonName": S,
        "AddonName.$": str,
        "CapabilityName": S,
        "CapabilityName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ConnectorConfigRequest(TypedDict, total=False):
    RoleArn: S
    Provider: S

RegisterClusterParameters = TypedDict(
    "RegisterClusterParameters",
    {
        "Name": S,
        "Name.$": str,
        "ConnectorConfig": X[ConnectorConfigRequest],
        "ConnectorConfig.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StartInsightsRefreshParameters = TypedDict(
    "StartInsightsRefreshParameters", {"ClusterName": S, "ClusterName.$": str}, total=False
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
UpdateAccessEntryParameters = TypedDict(
    "UpdateAccessEntryParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "KubernetesGroups": L[Si],
        "KubernetesGroups.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Username": S,
        "Username.$": str,
    },
    total=False,
)
UpdateAddonParameters = TypedDict(
    "UpdateAddonParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "AddonName": S,
        "AddonName.$": str,
        "AddonVersion": S,
        "AddonVersion.$": str,
        "ServiceAccountRoleArn": S,
        "ServiceAccountRoleArn.$": str,
        "ResolveConflicts": S,
        "ResolveConflicts.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ConfigurationValues": S,
        "ConfigurationValues.$": str,
        "PodIdentityAssociations": L[Xi[AddonPodIdentityAssociations]],
        "PodIdentityAssociations.$": str,
    },
    total=False,
)

class UpdateRoleMappings(TypedDict, total=False):
    AddOrUpdateRoleMappings: L[Xi[ArgoCdRoleMapping]]
    RemoveRoleMappings: L[Xi[ArgoCdRoleMapping]]

class UpdateArgoCdConfig(TypedDict, total=False):
    RbacRoleMappings: X[UpdateRoleMappings]
    NetworkAccess: X[ArgoCdNetworkAccessConfigRequest]

class UpdateAckConfig(TypedDict, total=False):
    EnableCrossNamespace: B
    DisabledServices: L[Si]

class UpdateCapabilityConfiguration(TypedDict, total=False):
    ArgoCd: X[UpdateArgoCdConfig]
    Ack: X[UpdateAckConfig]

UpdateCapabilityParameters = TypedDict(
    "UpdateCapabilityParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "CapabilityName": S,
        "CapabilityName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Configuration": X[UpdateCapabilityConfiguration],
        "Configuration.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "DeletePropagationPolicy": S,
        "DeletePropagationPolicy.$": str,
    },
    total=False,
)

class UpdateAccessConfigRequest(TypedDict, total=False):
    AuthenticationMode: S

UpdateClusterConfigParameters = TypedDict(
    "UpdateClusterConfigParameters",
    {
        "Name": S,
        "Name.$": str,
        "ResourcesVpcConfig": X[VpcConfigRequest],
        "ResourcesVpcConfig.$": str,
        "Logging": X[Logging],
        "Logging.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "AccessConfig": X[UpdateAccessConfigRequest],
        "AccessConfig.$": str,
        "UpgradePolicy": X[UpgradePolicyRequest],
        "UpgradePolicy.$": str,
        "ZonalShiftConfig": X[ZonalShiftConfigRequest],
        "ZonalShiftConfig.$": str,
        "ComputeConfig": X[ComputeConfigRequest],
        "ComputeConfig.$": str,
        "KubernetesNetworkConfig": X[KubernetesNetworkConfigRequest],
        "KubernetesNetworkConfig.$": str,
        "StorageConfig": X[StorageConfigRequest],
        "StorageConfig.$": str,
        "RemoteNetworkConfig": X[RemoteNetworkConfigRequest],
        "RemoteNetworkConfig.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
        "ControlPlaneScalingConfig": X[ControlPlaneScalingConfig],
        "ControlPlaneScalingConfig.$": str,
        "KubeApiServerConfig": X[KubeApiServerConfigRequest],
        "KubeApiServerConfig.$": str,
        "KubeSchedulerConfig": X[KubeSchedulerConfigRequest],
        "KubeSchedulerConfig.$": str,
        "KubeControllerManagerConfig": X[KubeControllerManagerConfigRequest],
        "KubeControllerManagerConfig.$": str,
    },
    total=False,
)

class RollbackConfig(TypedDict, total=False):
    TimeoutMinutes: I

UpdateClusterVersionParameters = TypedDict(
    "UpdateClusterVersionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Version": S,
        "Version.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Force": B,
        "Force.$": str,
        "RollbackConfig": X[RollbackConfig],
        "RollbackConfig.$": str,
    },
    total=False,
)
UpdateEksAnywhereSubscriptionParameters = TypedDict(
    "UpdateEksAnywhereSubscriptionParameters",
    {
        "Id": S,
        "Id.$": str,
        "AutoRenew": B,
        "AutoRenew.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class UpdateLabelsPayload(TypedDict, total=False):
    AddOrUpdateLabels: M[S]
    RemoveLabels: L[Si]

class UpdateTaintsPayload(TypedDict, total=False):
    AddOrUpdateTaints: L[Xi[Taint]]
    RemoveTaints: L[Xi[Taint]]

UpdateNodegroupConfigParameters = TypedDict(
    "UpdateNodegroupConfigParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NodegroupName": S,
        "NodegroupName.$": str,
        "Labels": X[UpdateLabelsPayload],
        "Labels.$": str,
        "Taints": X[UpdateTaintsPayload],
        "Taints.$": str,
        "ScalingConfig": X[NodegroupScalingConfig],
        "ScalingConfig.$": str,
        "UpdateConfig": X[NodegroupUpdateConfig],
        "UpdateConfig.$": str,
        "NodeRepairConfig": X[NodeRepairConfig],
        "NodeRepairConfig.$": str,
        "WarmPoolConfig": X[WarmPoolConfig],
        "WarmPoolConfig.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
UpdateNodegroupVersionParameters = TypedDict(
    "UpdateNodegroupVersionParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NodegroupName": S,
        "NodegroupName.$": str,
        "Version": S,
        "Version.$": str,
        "ReleaseVersion": S,
        "ReleaseVersion.$": str,
        "LaunchTemplate": X[LaunchTemplateSpecification],
        "LaunchTemplate.$": str,
        "Force": B,
        "Force.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
UpdatePodIdentityAssociationParameters = TypedDict(
    "UpdatePodIdentityAssociationParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "DisableSessionTags": B,
        "DisableSessionTags.$": str,
        "TargetRoleArn": S,
        "TargetRoleArn.$": str,
        "Policy": S,
        "Policy.$": str,
        "WorkloadIdentityConfig": X[WorkloadIdentityConfigRequest],
        "WorkloadIdentityConfig.$": str,
    },
    total=False,
)
activate_certificate_authority: Builder[ActivateCertificateAuthorityParameters]
associate_access_policy: Builder[AssociateAccessPolicyParameters]
associate_encryption_config: Builder[AssociateEncryptionConfigParameters]
associate_identity_provider_config: Builder[AssociateIdentityProviderConfigParameters]
cancel_update: Builder[CancelUpdateParameters]
create_access_entry: Builder[CreateAccessEntryParameters]
create_addon: Builder[CreateAddonParameters]
create_capability: Builder[CreateCapabilityParameters]
create_certificate_authority: Builder[CreateCertificateAuthorityParameters]
create_cluster: Builder[CreateClusterParameters]
create_eks_anywhere_subscription: Builder[CreateEksAnywhereSubscriptionParameters]
create_fargate_profile: Builder[CreateFargateProfileParameters]
create_nodegroup: Builder[CreateNodegroupParameters]
create_pod_identity_association: Builder[CreatePodIdentityAssociationParameters]
delete_access_entry: Builder[DeleteAccessEntryParameters]
delete_addon: Builder[DeleteAddonParameters]
delete_capability: Builder[DeleteCapabilityParameters]
delete_certificate_authority: Builder[DeleteCertificateAuthorityParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_eks_anywhere_subscription: Builder[DeleteEksAnywhereSubscriptionParameters]
delete_fargate_profile: Builder[DeleteFargateProfileParameters]
delete_nodegroup: Builder[DeleteNodegroupParameters]
delete_pod_identity_association: Builder[DeletePodIdentityAssociationParameters]
deregister_cluster: Builder[DeregisterClusterParameters]
describe_access_entry: Builder[DescribeAccessEntryParameters]
describe_addon: Builder[DescribeAddonParameters]
describe_addon_configuration: Builder[DescribeAddonConfigurationParameters]
describe_addon_versions: Builder[DescribeAddonVersionsParameters]
describe_capability: Builder[DescribeCapabilityParameters]
describe_certificate_authority: Builder[DescribeCertificateAuthorityParameters]
describe_cluster: Builder[DescribeClusterParameters]
describe_cluster_versions: Builder[DescribeClusterVersionsParameters]
describe_eks_anywhere_subscription: Builder[DescribeEksAnywhereSubscriptionParameters]
describe_fargate_profile: Builder[DescribeFargateProfileParameters]
describe_identity_provider_config: Builder[DescribeIdentityProviderConfigParameters]
describe_insight: Builder[DescribeInsightParameters]
describe_insights_refresh: Builder[DescribeInsightsRefreshParameters]
describe_nodegroup: Builder[DescribeNodegroupParameters]
describe_pod_identity_association: Builder[DescribePodIdentityAssociationParameters]
describe_update: Builder[DescribeUpdateParameters]
disassociate_access_policy: Builder[DisassociateAccessPolicyParameters]
disassociate_identity_provider_config: Builder[DisassociateIdentityProviderConfigParameters]
list_access_entries: Builder[ListAccessEntriesParameters]
list_access_policies: Builder[ListAccessPoliciesParameters]
list_addons: Builder[ListAddonsParameters]
list_associated_access_policies: Builder[ListAssociatedAccessPoliciesParameters]
list_capabilities: Builder[ListCapabilitiesParameters]
list_certificate_authorities: Builder[ListCertificateAuthoritiesParameters]
list_clusters: Builder[ListClustersParameters]
list_eks_anywhere_subscriptions: Builder[ListEksAnywhereSubscriptionsParameters]
list_fargate_profiles: Builder[ListFargateProfilesParameters]
list_identity_provider_configs: Builder[ListIdentityProviderConfigsParameters]
list_insights: Builder[ListInsightsParameters]
list_nodegroups: Builder[ListNodegroupsParameters]
list_pod_identity_associations: Builder[ListPodIdentityAssociationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_updates: Builder[ListUpdatesParameters]
register_cluster: Builder[RegisterClusterParameters]
start_insights_refresh: Builder[StartInsightsRefreshParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_access_entry: Builder[UpdateAccessEntryParameters]
update_addon: Builder[UpdateAddonParameters]
update_capability: Builder[UpdateCapabilityParameters]
update_cluster_config: Builder[UpdateClusterConfigParameters]
update_cluster_version: Builder[UpdateClusterVersionParameters]
update_eks_anywhere_subscription: Builder[UpdateEksAnywhereSubscriptionParameters]
update_nodegroup_config: Builder[UpdateNodegroupConfigParameters]
update_nodegroup_version: Builder[UpdateNodegroupVersionParameters]
update_pod_identity_association: Builder[UpdatePodIdentityAssociationParameters]

__all__ = [
    "activate_certificate_authority",
    "associate_access_policy",
    "associate_encryption_config",
    "associate_identity_provider_config",
    "cancel_update",
    "create_access_entry",
    "create_addon",
    "create_capability",
    "create_certificate_authority",
    "create_cluster",
    "create_eks_anywhere_subscription",
    "create_fargate_profile",
    "create_nodegroup",
    "create_pod_identity_association",
    "delete_access_entry",
    "delete_addon",
    "delete_capability",
    "delete_certificate_authority",
    "delete_cluster",
    "delete_eks_anywhere_subscription",
    "delete_fargate_profile",
    "delete_nodegroup",
    "delete_pod_identity_association",
    "deregister_cluster",
    "describe_access_entry",
    "describe_addon",
    "describe_addon_configuration",
    "describe_addon_versions",
    "describe_capability",
    "describe_certificate_authority",
    "describe_cluster",
    "describe_cluster_versions",
    "describe_eks_anywhere_subscription",
    "describe_fargate_profile",
    "describe_identity_provider_config",
    "describe_insight",
    "describe_insights_refresh",
    "describe_nodegroup",
    "describe_pod_identity_association",
    "describe_update",
    "disassociate_access_policy",
    "disassociate_identity_provider_config",
    "list_access_entries",
    "list_access_policies",
    "list_addons",
    "list_associated_access_policies",
    "list_capabilities",
    "list_certificate_authorities",
    "list_clusters",
    "list_eks_anywhere_subscriptions",
    "list_fargate_profiles",
    "list_identity_provider_configs",
    "list_insights",
    "list_nodegroups",
    "list_pod_identity_associations",
    "list_tags_for_resource",
    "list_updates",
    "register_cluster",
    "start_insights_refresh",
    "tag_resource",
    "untag_resource",
    "update_access_entry",
    "update_addon",
    "update_capability",
    "update_cluster_config",
    "update_cluster_version",
    "update_eks_anywhere_subscription",
    "update_nodegroup_config",
    "update_nodegroup_version",
    "update_pod_identity_association",
]
