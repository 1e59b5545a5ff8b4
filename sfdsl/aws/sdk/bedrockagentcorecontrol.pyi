"""Typed builders of the AWS SDK integration of bedrockagentcorecontrol (``aws-sdk:bedrockagentcorecontrol:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, L, M, S, Si, X, Xi

class InlineExamplesSource(TypedDict, total=False):
    Examples: L[Doc]

class S3Source(TypedDict, total=False):
    S3Uri: S

class DataSourceType(TypedDict, total=False):
    InlineExamples: X[InlineExamplesSource]
    S3Source: X[S3Source]

AddDatasetExamplesParameters = TypedDict(
    "AddDatasetExamplesParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Source": X[DataSourceType],
        "Source.$": str,
    },
    total=False,
)

class RateConfig(TypedDict, total=False):
    Rate: F
    Period: S

class LimitEntry(TypedDict, total=False):
    Dimensions: M[S]
    Requests: L[Xi[RateConfig]]
    Tokens: L[Xi[RateConfig]]
    Connections: L[Xi[RateConfig]]

class BatchPutLimitEntry(TypedDict, total=False):
    RateLimitId: S
    Description: S
    DimensionKeys: L[Si]
    Entries: L[Xi[LimitEntry]]

BatchPutGatewayRateLimitsParameters = TypedDict(
    "BatchPutGatewayRateLimitsParameters",
    {
        "GatewayIdentifier": S,
        "GatewayIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "RateLimits": L[Xi[BatchPutLimitEntry]],
        "RateLimits.$": str,
    },
    total=False,
)

class ContainerConfiguration(TypedDict, total=False):
    ContainerUri: S

class S3Location(TypedDict, total=False):
    Bucket: S
    Prefix: S
    VersionId: S

class Code(TypedDict, total=False):
    S3: X[S3Location]

class CodeConfiguration(TypedDict, total=False):
    Code: X[Code]
    Runtime: S
    EntryPoint: L[Si]

class AgentRuntimeArtifact(TypedDict, total=False):
    ContainerConfiguration: X[ContainerConfiguration]
    CodeConfiguration: X[CodeConfiguration]

class VpcConfig(TypedDict, total=False):
    SecurityGroups: L[Si]
    Subnets: L[Si]
    RequireServiceS3Endpoint: B

class NetworkConfiguration(TypedDict, total=False):
    NetworkMode: S
    NetworkModeConfig: X[VpcConfig]

class ClaimMatchValueType(TypedDict, total=False):
    MatchValueString: S
    MatchValueStringList: L[Si]

class AuthorizingClaimMatchValueType(TypedDict, total=False):
    ClaimMatchValue: X[ClaimMatchValueType]
    ClaimMatchOperator: S

class CustomClaimValidationType(TypedDict, total=False):
    InboundTokenClaimName: S
    InboundTokenClaimValueType: S
    AuthorizingClaimMatchValue: X[AuthorizingClaimMatchValueType]

class SelfManagedLatticeResource(TypedDict, total=False):
    ResourceConfigurationIdentifier: S

class ManagedVpcResource(TypedDict, total=False):
    VpcIdentifier: S
    SubnetIds: L[Si]
    EndpointIpAddressType: S
    SecurityGroupIds: L[Si]
    Tags: M[S]
    RoutingDomain: S

class PrivateEndpoint(TypedDict, total=False):
    SelfManagedLatticeResource: X[SelfManagedLatticeResource]
    ManagedVpcResource: X[ManagedVpcResource]

class PrivateEndpointOverride(TypedDict, total=False):
    Domain: S
    PrivateEndpoint: X[PrivateEndpoint]

class S3CertificateConfiguration(TypedDict, total=False):
    Uri: S
    BucketOwnerAccountId: S

class SecretsManagerCertificateConfiguration(TypedDict, total=False):
    SecretArn: S

class CertificateConfiguration(TypedDict, total=False):
    S3: X[S3CertificateConfiguration]
    SecretsManager: X[SecretsManagerCertificateConfiguration]

class HostingEnvironment(TypedDict, total=False):
    Arn: S

class AllowedWorkloadConfiguration(TypedDict, total=False):
    HostingEnvironments: L[Xi[HostingEnvironment]]
    WorkloadIdentities: L[Si]

class CustomJWTAuthorizerConfiguration(TypedDict, total=False):
    DiscoveryUrl: S
    AllowedAudience: L[Si]
    AllowedClients: L[Si]
    AllowedScopes: L[Si]
    AdvertisedScopeMapping: M[S]
    CustomClaims: L[Xi[CustomClaimValidationType]]
    PrivateEndpoint: X[PrivateEndpoint]
    PrivateEndpointOverrides: L[Xi[PrivateEndpointOverride]]
    CertificateConfigurations: L[Xi[CertificateConfiguration]]
    AllowedWorkloadConfiguration: X[AllowedWorkloadConfiguration]

class AuthorizerConfiguration(TypedDict, total=False):
    CustomJWTAuthorizer: X[CustomJWTAuthorizerConfiguration]

class RequestHeaderConfiguration(TypedDict, total=False):
    RequestHeaderAllowlist: L[Si]

class ProtocolConfiguration(TypedDict, total=False):
    ServerProtocol: S
    Port: I
    Path: S

class LifecycleConfiguration(TypedDict, total=False):
    IdleRuntimeSessionTimeout: I
    MaxLifetime: I

class HttpPostLifecycleHookAction(TypedDict, total=False):
    Path: S
    Port: I

class LifecycleHookAction(TypedDict, total=False):
    HttpPost: X[HttpPostLifecycleHookAction]

class LifecycleHook(TypedDict, total=False):
    Action: X[LifecycleHookAction]

class BuildLifecycleHooks(TypedDict, total=False):
    Warmup: X[LifecycleHook]

class RuntimeHooksConfiguration(TypedDict, total=False):
    Build: X[BuildLifecycleHooks]

class SessionStorageConfiguration(TypedDict, total=False):
    MountPath: S

class S3FilesAccessPointConfiguration(TypedDict, total=False):
    AccessPointArn: S
    MountPath: S

class EfsAccessPointConfiguration(TypedDict, total=False):
    AccessPointArn: S
    MountPath: S

class CapacityProviderVolumeConfiguration(TypedDict, total=False):
    VolumeName: S
    MountPath: S

class S3BucketMountConfiguration(TypedDict, total=False):
    Bucket: S
    MountPath: S
    Prefix: S
    S3BucketOwner: S
    S3BucketRegion: S

class FilesystemConfiguration(TypedDict, total=False):
    SessionStorage: X[SessionStorageConfiguration]
    S3FilesAccessPoint: X[S3FilesAccessPointConfiguration]
    EfsAccessPoint: X[EfsAccessPointConfiguration]
    CapacityProviderVolume: X[CapacityProviderVolumeConfiguration]
    S3BucketMount: X[S3BucketMountConfiguration]

class LinuxOperatingSystemConfiguration(TypedDict, total=False):
    PrivilegeMode: S

class OperatingSystemConfiguration(TypedDict, total=False):
    Linux: X[LinuxOperatingSystemConfiguration]

class CapacityProviderConfiguration(TypedDict, total=False):
    CapacityProviderArn: S
    OperatingSystemConfiguration: X[OperatingSystemConfiguration]

class CpuConfiguration(TypedDict, total=False):
    Architecture: S

class PortRange(TypedDict, total=False):
    From: I
    To: I

class AllowedPort(TypedDict, total=False):
    Port: I
    PortRange: X[PortRange]

class ResourceConfiguration(TypedDict, total=False):
    MinimumMemoryInMiB: I

CreateAgentRuntimeParameters = TypedDict(
    "CreateAgentRuntimeParameters",
    {
        "AgentRuntimeName": S,
        "AgentRuntimeName.$": str,
        "AgentRuntimeArtifact": X[AgentRuntimeArtifact],
        "AgentRuntimeArtifact.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "AuthorizerConfiguration": X[AuthorizerConfiguration],
        "AuthorizerConfiguration.$": str,
        "RequestHeaderConfiguration": X[RequestHeaderConfiguration],
        "RequestHeaderConfiguration.$": str,
        "ProtocolConfiguration": X[ProtocolConfiguration],
        "ProtocolConfiguration.$": str,
        "LifecycleConfiguration": X[LifecycleConfiguration],
        "LifecycleConfiguration.$": str,
        "HooksConfiguration": X[RuntimeHooksConfiguration],
        "HooksConfiguration.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
        "FilesystemConfigurations": L[Xi[FilesystemConfiguration]],
        "FilesystemConfigurations.$": str,
        "CapacityProviderConfiguration": X[CapacityProviderConfiguration],
        "CapacityProviderConfiguration.$": str,
        "CpuConfigurations": L[Xi[CpuConfiguration]],
        "CpuConfigurations.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PlatformVersion": S,
        "PlatformVersion.$": str,
        "AllowedPorts": L[Xi[AllowedPort]],
        "AllowedPorts.$": str,
        "ResourceConfigurations": L[Xi[ResourceConfiguration]],
        "ResourceConfigurations.$": str,
        "WorkloadIdentityTemplateArn": S,
        "WorkloadIdentityTemplateArn.$": str,
    },
    total=False,
)
CreateAgentRuntimeEndpointParameters = TypedDict(
    "CreateAgentRuntimeEndpointParameters",
    {
        "AgentRuntimeId": S,
        "AgentRuntimeId.$": str,
        "Name": S,
        "Name.$": str,
        "AgentRuntimeVersion": S,
        "AgentRuntimeVersion.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class SecretReference(TypedDict, total=False):
    SecretId: S
    JsonKey: S

CreateApiKeyCredentialProviderParameters = TypedDict(
    "CreateApiKeyCredentialProviderParameters",
    {
        "Name": S,
        "Name.$": str,
        "ApiKey": S,
        "ApiKey.$": str,
        "ApiKeySecretConfig": X[SecretReference],
        "ApiKeySecretConfig.$": str,
        "ApiKeySecretSource": S,
        "ApiKeySecretSource.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class BrowserNetworkConfiguration(TypedDict, total=False):
    NetworkMode: S
    VpcConfig: X[VpcConfig]

class RecordingConfig(TypedDict, total=False):
    Enabled: B
    S3Location: X[S3Location]

class BrowserSigningConfigInput(TypedDict, total=False):
    Enabled: B

class ResourceLocation(TypedDict, total=False):
    S3: X[S3Location]

class BrowserEnterprisePolicy(TypedDict, total=False):
    Location: X[ResourceLocation]
    Type: S

class SecretsManagerLocation(TypedDict, total=False):
    SecretArn: S

class CertificateLocation(TypedDict, total=False):
    SecretsManager: X[SecretsManagerLocation]

class Certificate(TypedDict, total=False):
    Location: X[CertificateLocation]

class S3FilesConfiguration(TypedDict, total=False):
    AccessPointArn: S
    MountPath: S
    FileSystemArn: S

class EfsConfiguration(TypedDict, total=False):
    AccessPointArn: S
    MountPath: S
    FileSystemArn: S

class ToolsFileSystemConfiguration(TypedDict, total=False):
    S3FilesConfiguration: X[S3FilesConfiguration]
    EfsConfiguration: X[EfsConfiguration]

CreateBrowserParameters = TypedDict(
    "CreateBrowserParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "NetworkConfiguration": X[BrowserNetworkConfiguration],
        "NetworkConfiguration.$": str,
        "Recording": X[RecordingConfig],
        "Recording.$": str,
        "BrowserSigning": X[BrowserSigningConfigInput],
        "BrowserSigning.$": str,
        "EnterprisePolicies": L[Xi[BrowserEnterprisePolicy]],
        "EnterprisePolicies.$": str,
        "Certificates": L[Xi[Certificate]],
        "Certificates.$": str,
        "FilesystemConfigurations": L[Xi[ToolsFileSystemConfiguration]],
        "FilesystemConfigurations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateBrowserProfileParameters = TypedDict(
    "CreateBrowserProfileParameters",
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

class PermissionsConfiguration(TypedDict, total=False):
    CapacityProviderOperatorRoleArn: S

class InstanceRequirements(TypedDict, total=False):
    AllowedInstanceTypes: L[Si]

class EphemeralEBSVolumeConfiguration(TypedDict, total=False):
    VolumeType: S
    Iops: I
    Throughput: I
    Encrypted: B
    KmsKeyId: S
    SnapshotId: S
    VolumeSize: I
    VolumeInitializationRate: I
    EbsCardIndex: I

class EphemeralBlockDeviceMapping(TypedDict, total=False):
    DeviceName: S
    VirtualName: S
    Ebs: X[EphemeralEBSVolumeConfiguration]

class LicenseSpecification(TypedDict, total=False):
    LicenseConfigurationArn: S

class CapacityReservationTarget(TypedDict, total=False):
    CapacityReservationId: S
    CapacityReservationResourceGroupArn: S

class CapacityReservationSpecification(TypedDict, total=False):
    CapacityReservationPreference: S
    CapacityReservationTarget: X[CapacityReservationTarget]

class CpuOptions(TypedDict, total=False):
    NestedVirtualization: S

class LaunchParameters(TypedDict, total=False):
    OperatingSystem: S
    InstanceRequirements: X[InstanceRequirements]
    EphemeralVolumes: L[Xi[EphemeralBlockDeviceMapping]]
    Monitoring: S
    LicenseSpecifications: L[Xi[LicenseSpecification]]
    CapacityReservationSpecification: X[CapacityReservationSpecification]
    SshKeyName: S
    InstanceProfileArn: S
    PropagatedTags: M[S]
    CpuOptions: X[CpuOptions]

class LaunchTemplateSource(TypedDict, total=False):
    LaunchParameters: X[LaunchParameters]

class VpcConfiguration(TypedDict, total=False):
    Subnets: L[Si]
    SecurityGroups: L[Si]

class EbsVolumeConfiguration(TypedDict, total=False):
    Name: S
    SizeGiB: I
    VolumeType: S
    Iops: I
    Throughput: I
    Encrypted: B
    KmsKeyId: S
    SnapshotId: S

class VolumeConfiguration(TypedDict, total=False):
    EbsConfiguration: X[EbsVolumeConfiguration]

class InstanceLifecycleConfiguration(TypedDict, total=False):
    IdleInstanceTimeout: I
    MaxLifetime: I

class RootVolumeConfiguration(TypedDict, total=False):
    VolumeType: S
    Iops: I
    Throughput: I
    Encrypted: B
    KmsKeyId: S
    FreeSpaceGiB: I

class Ec2Configuration(TypedDict, total=False):
    LaunchTemplateSource: X[LaunchTemplateSource]
    VpcConfiguration: X[VpcConfiguration]
    Volumes: L[Xi[VolumeConfiguration]]
    LifecycleConfiguration: X[InstanceLifecycleConfiguration]
    RootVolume: X[RootVolumeConfiguration]

class ComputeConfiguration(TypedDict, total=False):
    Ec2Configuration: X[Ec2Configuration]

CreateCapacityProviderParameters = TypedDict(
    "CreateCapacityProviderParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "PermissionsConfiguration": X[PermissionsConfiguration],
        "PermissionsConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ComputeConfiguration": X[ComputeConfiguration],
        "ComputeConfiguration.$": str,
    },
    total=False,
)

class CodeInterpreterNetworkConfiguration(TypedDict, total=False):
    NetworkMode: S
    VpcConfig: X[VpcConfig]

CreateCodeInterpreterParameters = TypedDict(
    "CreateCodeInterpreterParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "NetworkConfiguration": X[CodeInterpreterNetworkConfiguration],
        "NetworkConfiguration.$": str,
        "Certificates": L[Xi[Certificate]],
        "Certificates.$": str,
        "FilesystemConfigurations": L[Xi[ToolsFileSystemConfiguration]],
        "FilesystemConfigurations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ComponentConfiguration(TypedDict, total=False):
    Configuration: Doc

class VersionCreatedBySource(TypedDict, total=False):
    Name: S
    Arn: S

CreateConfigurationBundleParameters = TypedDict(
    "CreateConfigurationBundleParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "BundleName": S,
        "BundleName.$": str,
        "Description": S,
        "Description.$": str,
        "Components": M[X[ComponentConfiguration]],
        "Components.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "CommitMessage": S,
        "CommitMessage.$": str,
        "CreatedBy": X[VersionCreatedBySource],
        "CreatedBy.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ConsentPortalIdpConfig(TypedDict, total=False):
    CredentialProviderArn: S
    Scopes: L[Si]
    Audience: S

class ConsentPortalSource(TypedDict, total=False):
    Identifier: S
    Type: S

CreateConsentPortalParameters = TypedDict(
    "CreateConsentPortalParameters",
    {
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "IdpConfig": X[ConsentPortalIdpConfig],
        "IdpConfig.$": str,
        "Name": S,
        "Name.$": str,
        "Sources": L[Xi[ConsentPortalSource]],
        "Sources.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateDatasetParameters = TypedDict(
    "CreateDatasetParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
        "Description": S,
        "Description.$": str,
        "Source": X[DataSourceType],
        "Source.$": str,
        "SchemaType": S,
        "SchemaType.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateDatasetVersionParameters = TypedDict(
    "CreateDatasetVersionParameters",
    {"DatasetId": S, "DatasetId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)

class NumericalScaleDefinition(TypedDict, total=False):
    Definition: S
    Value: F
    Label: S

class CategoricalScaleDefinition(TypedDict, total=False):
    Definition: S
    Label: S

class DimensionRatingScale(TypedDict, total=False):
    Numerical: L[Xi[NumericalScaleDefinition]]
    Categorical: L[Xi[CategoricalScaleDefinition]]

class EvaluationDimension(TypedDict, total=False):
    DimensionName: S
    DimensionInstruction: S
    DimensionRatingScale: X[DimensionRatingScale]

class RatingScale(TypedDict, total=False):
    Numerical: L[Xi[NumericalScaleDefinition]]
    Categorical: L[Xi[CategoricalScaleDefinition]]
    MultiDimensional: L[Xi[EvaluationDimension]]

class InferenceConfiguration(TypedDict, total=False):
    MaxTokens: I
    Temperature: F
    TopP: F
    StopSequences: L[Si]

class BedrockEvaluatorModelConfig(TypedDict, total=False):
    ModelId: S
    InferenceConfig: X[InferenceConfiguration]
    AdditionalModelRequestFields: Doc

class ReasoningConfiguration(TypedDict, total=False):
    Effort: S

class OpenResponsesEvaluatorModelConfig(TypedDict, total=False):
    ModelId: S
    MaxOutputTokens: I
    Temperature: F
    TopP: F
    Reasoning: X[ReasoningConfiguration]

class EvaluatorModelConfig(TypedDict, total=False):
    BedrockEvaluatorModelConfig: X[BedrockEvaluatorModelConfig]
    ResponsesEvaluatorModelConfig: X[OpenResponsesEvaluatorModelConfig]

class LlmAsAJudgeEvaluatorConfig(TypedDict, total=False):
    Instructions: S
    RatingScale: X[RatingScale]
    ModelConfig: X[EvaluatorModelConfig]

class LambdaEvaluatorConfig(TypedDict, total=False):
    LambdaArn: S
    LambdaTimeoutInSeconds: I

class CodeBasedEvaluatorConfig(TypedDict, total=False):
    LambdaConfig: X[LambdaEvaluatorConfig]

class DerivedEvaluatorConfig(TypedDict, total=False):
    BaseEvaluatorId: S
    ModelConfig: X[EvaluatorModelConfig]

class EvaluatorConfig(TypedDict, total=False):
    LlmAsAJudge: X[LlmAsAJudgeEvaluatorConfig]
    CodeBased: X[CodeBasedEvaluatorConfig]
    Derived: X[DerivedEvaluatorConfig]

CreateEvaluatorParameters = TypedDict(
    "CreateEvaluatorParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EvaluatorName": S,
        "EvaluatorName.$": str,
        "Description": S,
        "Description.$": str,
        "EvaluatorConfig": X[EvaluatorConfig],
        "EvaluatorConfig.$": str,
        "Level": S,
        "Level.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class SessionConfiguration(TypedDict, total=False):
    SessionTimeoutInSeconds: I

class StreamingConfiguration(TypedDict, total=False):
    EnableResponseStreaming: B

class MCPGatewayConfiguration(TypedDict, total=False):
    SupportedVersions: L[Si]
    Instructions: S
    SearchType: S
    SessionConfiguration: X[SessionConfiguration]
    StreamingConfiguration: X[StreamingConfiguration]
    DisableMcpListToolsPagination: B

class GatewayProtocolConfiguration(TypedDict, total=False):
    Mcp: X[MCPGatewayConfiguration]

class LambdaInterceptorConfiguration(TypedDict, total=False):
    Arn: S

class InterceptorConfiguration(TypedDict, total=False):
    Lambda: X[LambdaInterceptorConfiguration]

class InterceptorPayloadExclusionSelector(TypedDict, total=False):
    Field: S

class InterceptorPayloadFilter(TypedDict, total=False):
    Exclude: L[Xi[InterceptorPayloadExclusionSelector]]

class InterceptorInputConfiguration(TypedDict, total=False):
    PassRequestHeaders: B
    PayloadFilter: X[InterceptorPayloadFilter]

class ResponseStreamingConfiguration(TypedDict, total=False):
    MaxEventsPerInvocation: I

class GatewayInterceptorConfiguration(TypedDict, total=False):
    Interceptor: X[InterceptorConfiguration]
    InterceptionPoints: L[Si]
    InputConfiguration: X[InterceptorInputConfiguration]
    ResponseInterceptionMode: S
    ResponseStreamingConfiguration: X[ResponseStreamingConfiguration]

class GatewayPolicyEngineConfiguration(TypedDict, total=False):
    Arn: S
    Mode: S

class DomainOverride(TypedDict, total=False):
    DefaultDomain: S
    AlternateDomains: L[Si]

CreateGatewayParameters = TypedDict(
    "CreateGatewayParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ProtocolType": S,
        "ProtocolType.$": str,
        "ProtocolConfiguration": X[GatewayProtocolConfiguration],
        "ProtocolConfiguration.$": str,
        "AuthorizerType": S,
        "AuthorizerType.$": str,
        "AuthorizerConfiguration": X[AuthorizerConfiguration],
        "AuthorizerConfiguration.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "InterceptorConfigurations": L[Xi[GatewayInterceptorConfiguration]],
        "InterceptorConfigurations.$": str,
        "PolicyEngineConfiguration": X[GatewayPolicyEngineConfiguration],
        "PolicyEngineConfiguration.$": str,
        "ExceptionLevel": S,
        "ExceptionLevel.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DomainOverride": X[DomainOverride],
        "DomainOverride.$": str,
        "WorkloadIdentityTemplateArn": S,
        "WorkloadIdentityTemplateArn.$": str,
    },
    total=False,
)
CreateGatewayRateLimitParameters = TypedDict(
    "CreateGatewayRateLimitParameters",
    {
        "GatewayIdentifier": S,
        "GatewayIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "RateLimitId": S,
        "RateLimitId.$": str,
        "Description": S,
        "Description.$": str,
        "DimensionKeys": L[Si],
        "DimensionKeys.$": str,
        "Entries": L[Xi[LimitEntry]],
        "Entries.$": str,
    },
    total=False,
)

class IamPrincipal(TypedDict, total=False):
    Arn: S
    Operator: S

class MatchPrincipalEntry(TypedDict, total=False):
    IamPrincipal: X[IamPrincipal]

class MatchPrincipals(TypedDict, total=False):
    AnyOf: L[Xi[MatchPrincipalEntry]]

class MatchPaths(TypedDict, total=False):
    AnyOf: L[Si]

class MatchModelEntry(TypedDict, total=False):
    Value: S
    Operator: S

class MatchModels(TypedDict, total=False):
    AnyOf: L[Xi[MatchModelEntry]]

class Condition(TypedDict, total=False):
    MatchPrincipals: X[MatchPrincipals]
    MatchPaths: X[MatchPaths]
    MatchModels: X[MatchModels]

class StaticOverride(TypedDict, total=False):
    BundleArn: S
    BundleVersion: S

class ConfigurationBundleReference(TypedDict, total=False):
    BundleArn: S
    BundleVersion: S

class TrafficSplitEntry(TypedDict, total=False):
    Name: S
    Weight: I
    ConfigurationBundle: X[ConfigurationBundleReference]
    Description: S
    Metadata: M[S]

class WeightedOverride(TypedDict, total=False):
    TrafficSplit: L[Xi[TrafficSplitEntry]]

class ConfigurationBundleAction(TypedDict, total=False):
    StaticOverride: X[StaticOverride]
    WeightedOverride: X[WeightedOverride]

class FallbackTriggers(TypedDict, total=False):
    StatusCodes: L[Si]
    Errors: L[Si]

class CircuitBreakerConfiguration(TypedDict, total=False):
    Mode: S

class FallbackTarget(TypedDict, total=False):
    TargetName: S
    Model: S
    TriggerOn: X[FallbackTriggers]
    FirstByteTimeoutMilliseconds: I

class Fallback(TypedDict, total=False):
    TriggerOn: X[FallbackTriggers]
    FirstByteTimeoutMilliseconds: I
    CircuitBreaker: X[CircuitBreakerConfiguration]
    TargetFallback: L[Xi[FallbackTarget]]

class StaticRoute(TypedDict, total=False):
    TargetName: S
    Model: S
    Fallback: X[Fallback]

class TargetTrafficSplitEntry(TypedDict, total=False):
    TargetName: S
    Model: S
    Fallback: X[Fallback]
    Name: S
    Weight: I
    Description: S
    Metadata: M[S]

class WeightedRoute(TypedDict, total=False):
    TrafficSplit: L[Xi[TargetTrafficSplitEntry]]

class RouteToTargetAction(TypedDict, total=False):
    StaticRoute: X[StaticRoute]
    WeightedRoute: X[WeightedRoute]

class Action(TypedDict, total=False):
    ConfigurationBundle: X[ConfigurationBundleAction]
    RouteToTarget: X[RouteToTargetAction]

CreateGatewayRuleParameters = TypedDict(
    "CreateGatewayRuleParameters",
    {
        "GatewayIdentifier": S,
        "GatewayIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Priority": I,
        "Priority.$": str,
        "Conditions": L[Xi[Condition]],
        "Conditions.$": str,
        "Actions": L[Xi[Action]],
        "Actions.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class S3Configuration(TypedDict, total=False):
    Uri: S
    BucketOwnerAccountId: S

class ApiSchemaConfiguration(TypedDict, total=False):
    S3: X[S3Configuration]
    InlinePayload: S

class SchemaDefinition(TypedDict, total=False):
    Type: S
    Properties: M[X[SchemaDefinition]]
    Required: L[Si]
    Items: X[SchemaDefinition]
    Description: S

class ToolDefinition(TypedDict, total=False):
    Name: S
    Description: S
    InputSchema: X[SchemaDefinition]
    OutputSchema: X[SchemaDefinition]

class ToolSchema(TypedDict, total=False):
    S3: X[S3Configuration]
    InlinePayload: L[Xi[ToolDefinition]]

class McpLambdaTargetConfiguration(TypedDict, total=False):
    LambdaArn: S
    ToolSchema: X[ToolSchema]

class McpToolSchemaConfiguration(TypedDict, total=False):
    S3: X[S3Configuration]
    InlinePayload: S

class McpServerTargetConfiguration(TypedDict, total=False):
    Endpoint: S
    McpToolSchema: X[McpToolSchemaConfiguration]
    ListingMode: S
    ResourcePriority: I

class ApiGatewayToolOverride(TypedDict, total=False):
    Name: S
    Description: S
    Path: S
    Method: S

class ApiGatewayToolFilter(TypedDict, total=False):
    FilterPath: S
    Methods: L[Si]

class ApiGatewayToolConfiguration(TypedDict, total=False):
    ToolOverrides: L[Xi[ApiGatewayToolOverride]]
    ToolFilters: L[Xi[ApiGatewayToolFilter]]

class ApiGatewayTargetConfiguration(TypedDict, total=False):
    RestApiId: S
    Stage: S
    ApiGatewayToolConfiguration: X[ApiGatewayToolConfiguration]

class ConnectorSource(TypedDict, total=False):
    ConnectorId: S
    Version: S

class ConnectorParameterOverride(TypedDict, total=False):
    Path: S
    Description: S
    Visible: B

class ConnectorConfiguration(TypedDict, total=False):
    Name: S
    Description: S
    ParameterValues: Doc
    ParameterOverrides: L[Xi[ConnectorParameterOverride]]

class ConnectorTargetConfiguration(TypedDict, total=False):
    Source: X[ConnectorSource]
    Enabled: L[Si]
    Configurations: L[Xi[ConnectorConfiguration]]

class McpTargetConfiguration(TypedDict, total=False):
    OpenApiSchema: X[ApiSchemaConfiguration]
    SmithyModel: X[ApiSchemaConfiguration]
    Lambda: X[McpLambdaTargetConfiguration]
    McpServer: X[McpServerTargetConfiguration]
    ApiGateway: X[ApiGatewayTargetConfiguration]
    Connector: X[ConnectorTargetConfiguration]

class HttpApiSchemaConfiguration(TypedDict, total=False):
    Source: X[ApiSchemaConfiguration]

class RuntimeTargetConfiguration(TypedDict, total=False):
    Arn: S
    Qualifier: S
    Schema: X[HttpApiSchemaConfiguration]

class StickinessConfiguration(TypedDict, total=False):
    Identifier: S
    Timeout: I
    CompositeIdentifier: L[Si]

class PassthroughTargetConfiguration(TypedDict, total=False):
    Endpoint: S
    ProtocolType: S
    Schema: X[HttpApiSchemaConfiguration]
    StickinessConfiguration: X[StickinessConfiguration]
    StaticQueryParameters: M[S]
    StaticQueryParameterConflictResolution: S

class HttpConnectorSource(TypedDict, total=False):
    ConnectorId: S

class HttpConnectorTargetConfiguration(TypedDict, total=False):
    Source: X[HttpConnectorSource]
    Parameters: M[S]

class HttpTargetConfiguration(TypedDict, total=False):
    AgentcoreRuntime: X[RuntimeTargetConfiguration]
    Passthrough: X[PassthroughTargetConfiguration]
    Connector: X[HttpConnectorTargetConfiguration]

class InferenceConnectorSource(TypedDict, total=False):
    ConnectorId: S

class InferenceConnectorTargetConfiguration(TypedDict, total=False):
    Source: X[InferenceConnectorSource]

class ProviderPrefix(TypedDict, total=False):
    Strip: B
    Separator: S

class ModelMapping(TypedDict, total=False):
    ProviderPrefix: X[ProviderPrefix]

class ModelEntry(TypedDict, total=False):
    Model: S

class InferenceOperationConfiguration(TypedDict, total=False):
    Path: S
    ProviderPath: S
    Models: L[Xi[ModelEntry]]

class InferenceProviderTargetConfiguration(TypedDict, total=False):
    Endpoint: S
    ModelMapping: X[ModelMapping]
    Operations: L[Xi[InferenceOperationConfiguration]]

class InferenceTargetConfiguration(TypedDict, total=False):
    Connector: X[InferenceConnectorTargetConfiguration]
    Provider: X[InferenceProviderTargetConfiguration]

class TargetConfiguration(TypedDict, total=False):
    Mcp: X[McpTargetConfiguration]
    Http: X[HttpTargetConfiguration]
    Inference: X[InferenceTargetConfiguration]

class OAuthCredentialProvider(TypedDict, total=False):
    ProviderArn: S
    Scopes: L[Si]
    CustomParameters: M[S]
    GrantType: S
    DefaultReturnUrl: S

class ApiKeyCredentialProvider(TypedDict, total=False):
    ProviderArn: S
    CredentialParameterName: S
    CredentialPrefix: S
    CredentialLocation: S

class IamCredentialProvider(TypedDict, total=False):
    Service: S
    Region: S

class SvidCredentialProvider(TypedDict, total=False):
    Audiences: L[Si]
    SigningAlgorithm: S

class CredentialProvider(TypedDict, total=False):
    OauthCredentialProvider: X[OAuthCredentialProvider]
    ApiKeyCredentialProvider: X[ApiKeyCredentialProvider]
    IamCredentialProvider: X[IamCredentialProvider]
    SvidCredentialProvider: X[SvidCredentialProvider]

class CredentialProviderConfiguration(TypedDict, total=False):
    CredentialProviderType: S
    CredentialProvider: X[CredentialProvider]

class MetadataConfiguration(TypedDict, total=False):
    AllowedRequestHeaders: L[Si]
    AllowedQueryParameters: L[Si]
    AllowedResponseHeaders: L[Si]

CreateGatewayTargetParameters = TypedDict(
    "CreateGatewayTargetParameters",
    {
        "GatewayIdentifier": S,
        "GatewayIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TargetConfiguration": X[TargetConfiguration],
        "TargetConfiguration.$": str,
        "CredentialProviderConfigurations": L[Xi[CredentialProviderConfiguration]],
        "CredentialProviderConfigurations.$": str,
        "MetadataConfiguration": X[MetadataConfiguration],
        "MetadataConfiguration.$": str,
        "PrivateEndpoint": X[PrivateEndpoint],
        "PrivateEndpoint.$": str,
        "CertificateConfigurations": L[Xi[CertificateConfiguration]],
        "CertificateConfigurations.$": str,
    },
    total=False,
)

class HarnessAgentCoreRuntimeEnvironmentRequest(TypedDict, total=False):
    LifecycleConfiguration: X[LifecycleConfiguration]
    NetworkConfiguration: X[NetworkConfiguration]
    FilesystemConfigurations: L[Xi[FilesystemConfiguration]]

class HarnessEnvironmentProviderRequest(TypedDict, total=False):
    AgentCoreRuntimeEnvironment: X[HarnessAgentCoreRuntimeEnvironmentRequest]

class HarnessEnvironmentArtifact(TypedDict, total=False):
    ContainerConfiguration: X[ContainerConfiguration]

class HarnessBedrockModelConfig(TypedDict, total=False):
    ModelId: S
    MaxTokens: I
    Temperature: F
    TopP: F
    ApiFormat: S
    AdditionalParams: Doc

class HarnessOpenAiModelConfig(TypedDict, total=False):
    ModelId: S
    ApiKeyArn: S
    ApiBase: S
    MaxTokens: I
    Temperature: F
    TopP: F
    ApiFormat: S
    AdditionalParams: Doc

class HarnessGeminiModelConfig(TypedDict, total=False):
    ModelId: S
    ApiKeyArn: S
    MaxTokens: I
    Temperature: F
    TopP: F
    TopK: I
    AdditionalParams: Doc

class HarnessLiteLlmModelConfig(TypedDict, total=False):
    ModelId: S
    ApiKeyArn: S
    ApiBase: S
    MaxTokens: I
    Temperature: F
    TopP: F
    AdditionalParams: Doc

class HarnessModelConfiguration(TypedDict, total=False):
    BedrockModelConfig: X[HarnessBedrockModelConfig]
    OpenAiModelConfig: X[HarnessOpenAiModelConfig]
    GeminiModelConfig: X[HarnessGeminiModelConfig]
    LiteLlmModelConfig: X[HarnessLiteLlmModelConfig]

class HarnessSystemContentBlock(TypedDict, total=False):
    Text: S

class Unit(TypedDict, total=False): ...

HarnessRemoteMcpOutboundAuth = TypedDict(
    "HarnessRemoteMcpOutboundAuth",
    {"AwsIam": X[IamCredentialProvider], "None": X[Unit]},
    total=False,
)

class HarnessRemoteMcpConfig(TypedDict, total=False):
    Url: S
    Headers: M[S]
    OutboundAuth: X[HarnessRemoteMcpOutboundAuth]

class HarnessAgentCoreBrowserConfig(TypedDict, total=False):
    BrowserArn: S

HarnessGatewayOutboundAuth = TypedDict(
    "HarnessGatewayOutboundAuth",
    {"AwsIam": X[Unit], "None": X[Unit], "Oauth": X[OAuthCredentialProvider]},
    total=False,
)

class HarnessAgentCoreGatewayConfig(TypedDict, total=False):
    GatewayArn: S
    OutboundAuth: X[HarnessGatewayOutboundAuth]

class HarnessInlineFunctionConfig(TypedDict, total=False):
    Description: S
    InputSchema: Doc

class HarnessAgentCoreCodeInterpreterConfig(TypedDict, total=False):
    CodeInterpreterArn: S

class HarnessToolConfiguration(TypedDict, total=False):
    RemoteMcp: X[HarnessRemoteMcpConfig]
    AgentCoreBrowser: X[HarnessAgentCoreBrowserConfig]
    AgentCoreGateway: X[HarnessAgentCoreGatewayConfig]
    InlineFunction: X[HarnessInlineFunctionConfig]
    AgentCoreCodeInterpreter: X[HarnessAgentCoreCodeInterpreterConfig]

class HarnessTool(TypedDict, total=False):
    Type: S
    Name: S
    Config: X[HarnessToolConfiguration]

class HarnessSkillS3Source(TypedDict, total=False):
    Uri: S

class HarnessSkillGitAuth(TypedDict, total=False):
    CredentialArn: S
    Username: S

class HarnessSkillGitSource(TypedDict, total=False):
    Url: S
    Path: S
    Auth: X[HarnessSkillGitAuth]

class HarnessSkillAwsSkillsSource(TypedDict, total=False):
    Paths: L[Si]

class HarnessSkill(TypedDict, total=False):
    Path: S
    S3: X[HarnessSkillS3Source]
    Git: X[HarnessSkillGitSource]
    AwsSkills: X[HarnessSkillAwsSkillsSource]

class HarnessAgentCoreMemoryRetrievalConfig(TypedDict, total=False):
    TopK: I
    RelevanceScore: F
    StrategyId: S

class HarnessAgentCoreMemoryConfiguration(TypedDict, total=False):
    Arn: S
    ActorId: S
    MessagesCount: I
    RetrievalConfig: M[X[HarnessAgentCoreMemoryRetrievalConfig]]

class HarnessManagedMemoryConfiguration(TypedDict, total=False):
    Arn: S
    Strategies: L[Si]
    EventExpiryDuration: I
    EncryptionKeyArn: S

class HarnessDisabledMemoryConfiguration(TypedDict, total=False): ...

class HarnessMemoryConfiguration(TypedDict, total=False):
    AgentCoreMemoryConfiguration: X[HarnessAgentCoreMemoryConfiguration]
    ManagedMemoryConfiguration: X[HarnessManagedMemoryConfiguration]
    Disabled: X[HarnessDisabledMemoryConfiguration]

class HarnessSlidingWindowConfiguration(TypedDict, total=False):
    MessagesCount: I

class HarnessSummarizationConfiguration(TypedDict, total=False):
    SummaryRatio: F
    PreserveRecentMessages: I
    SummarizationSystemPrompt: S

class HarnessTruncationStrategyConfiguration(TypedDict, total=False):
    SlidingWindow: X[HarnessSlidingWindowConfiguration]
    Summarization: X[HarnessSummarizationConfiguration]

class HarnessTruncationConfiguration(TypedDict, total=False):
    Strategy: S
    Config: X[HarnessTruncationStrategyConfiguration]

class HarnessHookLambdaTarget(TypedDict, total=False):
    Arn: S
    TimeoutSeconds: I
    FailureMode: S

class HarnessHookSnsTarget(TypedDict, total=False):
    Arn: S

class HarnessHookEventBridgeTarget(TypedDict, total=False):
    Arn: S

class HarnessHookTarget(TypedDict, total=False):
    Lambda: X[HarnessHookLambdaTarget]
    Sns: X[HarnessHookSnsTarget]
    EventBridge: X[HarnessHookEventBridgeTarget]

class HarnessBeforeInvocationHook(TypedDict, total=False):
    Name: S
    Target: X[HarnessHookTarget]

class HarnessAfterInvocationHook(TypedDict, total=False):
    Name: S
    Target: X[HarnessHookTarget]

class HarnessBeforeToolCallHook(TypedDict, total=False):
    Name: S
    Target: X[HarnessHookTarget]

class HarnessAfterToolCallHook(TypedDict, total=False):
    Name: S
    Target: X[HarnessHookTarget]

class HarnessHook(TypedDict, total=False):
    BeforeInvocation: X[HarnessBeforeInvocationHook]
    AfterInvocation: X[HarnessAfterInvocationHook]
    BeforeToolCall: X[HarnessBeforeToolCallHook]
    AfterToolCall: X[HarnessAfterToolCallHook]

CreateHarnessParameters = TypedDict(
    "CreateHarnessParameters",
    {
        "HarnessName": S,
        "HarnessName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "Environment": X[HarnessEnvironmentProviderRequest],
        "Environment.$": str,
        "EnvironmentArtifact": X[HarnessEnvironmentArtifact],
        "EnvironmentArtifact.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
        "AuthorizerConfiguration": X[AuthorizerConfiguration],
        "AuthorizerConfiguration.$": str,
        "Model": X[HarnessModelConfiguration],
        "Model.$": str,
        "SystemPrompt": L[Xi[HarnessSystemContentBlock]],
        "SystemPrompt.$": str,
        "Tools": L[Xi[HarnessTool]],
        "Tools.$": str,
        "Skills": L[Xi[HarnessSkill]],
        "Skills.$": str,
        "AllowedTools": L[Si],
        "AllowedTools.$": str,
        "Memory": X[HarnessMemoryConfiguration],
        "Memory.$": str,
        "Truncation": X[HarnessTruncationConfiguration],
        "Truncation.$": str,
        "Hooks": L[Xi[HarnessHook]],
        "Hooks.$": str,
        "MaxIterations": I,
        "MaxIterations.$": str,
        "MaxTokens": I,
        "MaxTokens.$": str,
        "TimeoutSeconds": I,
        "TimeoutSeconds.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateHarnessEndpointParameters = TypedDict(
    "CreateHarnessEndpointParameters",
    {
        "HarnessId": S,
        "HarnessId.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "TargetVersion": S,
        "TargetVersion.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class StringValidation(TypedDict, total=False):
    AllowedValues: L[Si]

class StringListValidation(TypedDict, total=False):
    AllowedValues: L[Si]
    MaxItems: I

class NumberValidation(TypedDict, total=False):
    MinValue: F
    MaxValue: F

class Validation(TypedDict, total=False):
    StringValidation: X[StringValidation]
    StringListValidation: X[StringListValidation]
    NumberValidation: X[NumberValidation]

class LlmExtractionConfig(TypedDict, total=False):
    LlmExtractionInstruction: S
    Definition: S
    Validation: X[Validation]

class ExtractionConfig(TypedDict, total=False):
    LlmExtractionConfig: X[LlmExtractionConfig]

class MetadataSchemaEntry(TypedDict, total=False):
    Key: S
    Type: S
    ExtractionType: S
    ExtractionConfig: X[ExtractionConfig]

class MemoryRecordSchema(TypedDict, total=False):
    MetadataSchema: L[Xi[MetadataSchemaEntry]]

class RecordExpirySpecification(TypedDict, total=False):
    RecordExpiryDurationDays: I
    Action: S

class SemanticMemoryStrategyInput(TypedDict, total=False):
    Name: S
    Description: S
    Namespaces: L[Si]
    NamespaceTemplates: L[Si]
    MemoryRecordSchema: X[MemoryRecordSchema]
    RecordExpirySpecification: X[RecordExpirySpecification]

class SummaryMemoryStrategyInput(TypedDict, total=False):
    Name: S
    Description: S
    Namespaces: L[Si]
    NamespaceTemplates: L[Si]
    MemoryRecordSchema: X[MemoryRecordSchema]
    RecordExpirySpecification: X[RecordExpirySpecification]

class UserPreferenceMemoryStrategyInput(TypedDict, total=False):
    Name: S
    Description: S
    Namespaces: L[Si]
    NamespaceTemplates: L[Si]
    MemoryRecordSchema: X[MemoryRecordSchema]
    RecordExpirySpecification: X[RecordExpirySpecification]

class SemanticOverrideExtractionConfigurationInput(TypedDict, total=False):
    AppendToPrompt: S
    ModelId: S

class SemanticOverrideConsolidationConfigurationInput(TypedDict, total=False):
    AppendToPrompt: S
    ModelId: S

class SemanticOverrideConfigurationInput(TypedDict, total=False):
    Extraction: X[SemanticOverrideExtractionConfigurationInput]
    Consolidation: X[SemanticOverrideConsolidationConfigurationInput]

class SummaryOverrideConsolidationConfigurationInput(TypedDict, total=False):
    AppendToPrompt: S
    ModelId: S

class SummaryOverrideConfigurationInput(TypedDict, total=False):
    Consolidation: X[SummaryOverrideConsolidationConfigurationInput]

class UserPreferenceOverrideExtractionConfigurationInput(TypedDict, total=False):
    AppendToPrompt: S
    ModelId: S

class UserPreferenceOverrideConsolidationConfigurationInput(TypedDict, total=False):
    AppendToPrompt: S
    ModelId: S

class UserPreferenceOverrideConfigurationInput(TypedDict, total=False):
    Extraction: X[UserPreferenceOverrideExtractionConfigurationInput]
    Consolidation: X[UserPreferenceOverrideConsolidationConfigurationInput]

class EpisodicOverrideExtractionConfigurationInput(TypedDict, total=False):
    AppendToPrompt: S
    ModelId: S

class EpisodicOverrideConsolidationConfigurationInput(TypedDict, total=False):
    AppendToPrompt: S
    ModelId: S

class EpisodicOverrideReflectionConfigurationInput(TypedDict, total=False):
    AppendToPrompt: S
    ModelId: S
    Namespaces: L[Si]
    NamespaceTemplates: L[Si]
    MemoryRecordSchema: X[MemoryRecordSchema]

class EpisodicOverrideConfigurationInput(TypedDict, total=False):
    Extraction: X[EpisodicOverrideExtractionConfigurationInput]
    Consolidation: X[EpisodicOverrideConsolidationConfigurationInput]
    Reflection: X[EpisodicOverrideReflectionConfigurationInput]

class MessageBasedTriggerInput(TypedDict, total=False):
    MessageCount: I

class TokenBasedTriggerInput(TypedDict, total=False):
    TokenCount: I

class TimeBasedTriggerInput(TypedDict, total=False):
    IdleSessionTimeout: I

class TriggerConditionInput(TypedDict, total=False):
    MessageBasedTrigger: X[MessageBasedTriggerInput]
    TokenBasedTrigger: X[TokenBasedTriggerInput]
    TimeBasedTrigger: X[TimeBasedTriggerInput]

class InvocationConfigurationInput(TypedDict, total=False):
    TopicArn: S
    PayloadDeliveryBucketName: S

class SelfManagedConfigurationInput(TypedDict, total=False):
    TriggerConditions: L[Xi[TriggerConditionInput]]
    InvocationConfiguration: X[InvocationConfigurationInput]
    HistoricalContextWindowSize: I

class CustomConfigurationInput(TypedDict, total=False):
    SemanticOverride: X[SemanticOverrideConfigurationInput]
    SummaryOverride: X[SummaryOverrideConfigurationInput]
    UserPreferenceOverride: X[UserPreferenceOverrideConfigurationInput]
    EpisodicOverride: X[EpisodicOverrideConfigurationInput]
    SelfManagedConfiguration: X[SelfManagedConfigurationInput]

class CustomMemoryStrategyInput(TypedDict, total=False):
    Name: S
    Description: S
    Namespaces: L[Si]
    NamespaceTemplates: L[Si]
    Configuration: X[CustomConfigurationInput]
    MemoryRecordSchema: X[MemoryRecordSchema]
    RecordExpirySpecification: X[RecordExpirySpecification]

class EpisodicReflectionConfigurationInput(TypedDict, total=False):
    Namespaces: L[Si]
    NamespaceTemplates: L[Si]
    MemoryRecordSchema: X[MemoryRecordSchema]

class EpisodicMemoryStrategyInput(TypedDict, total=False):
    Name: S
    Description: S
    Namespaces: L[Si]
    NamespaceTemplates: L[Si]
    ReflectionConfiguration: X[EpisodicReflectionConfigurationInput]
    MemoryRecordSchema: X[MemoryRecordSchema]
    RecordExpirySpecification: X[RecordExpirySpecification]

class MemoryStrategyInput(TypedDict, total=False):
    SemanticMemoryStrategy: X[SemanticMemoryStrategyInput]
    SummaryMemoryStrategy: X[SummaryMemoryStrategyInput]
    UserPreferenceMemoryStrategy: X[UserPreferenceMemoryStrategyInput]
    CustomMemoryStrategy: X[CustomMemoryStrategyInput]
    EpisodicMemoryStrategy: X[EpisodicMemoryStrategyInput]

class IndexedKey(TypedDict, total=False):
    Key: S
    Type: S

class NamespaceKeyValidation(TypedDict, total=False):
    AllowedValues: L[Si]
    RegexPattern: S

class NamespaceKeyEntry(TypedDict, total=False):
    Key: S
    Validation: X[NamespaceKeyValidation]

class ContentConfiguration(TypedDict, total=False):
    Type: S
    Level: S

class KinesisResource(TypedDict, total=False):
    DataStreamArn: S
    ContentConfigurations: L[Xi[ContentConfiguration]]

class StreamDeliveryResource(TypedDict, total=False):
    Kinesis: X[KinesisResource]

class StreamDeliveryResources(TypedDict, total=False):
    Resources: L[Xi[StreamDeliveryResource]]

CreateMemoryParameters = TypedDict(
    "CreateMemoryParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "MemoryExecutionRoleArn": S,
        "MemoryExecutionRoleArn.$": str,
        "EventExpiryDuration": I,
        "EventExpiryDuration.$": str,
        "MemoryStrategies": L[Xi[MemoryStrategyInput]],
        "MemoryStrategies.$": str,
        "IndexedKeys": L[Xi[IndexedKey]],
        "IndexedKeys.$": str,
        "NamespaceKeys": L[Xi[NamespaceKeyEntry]],
        "NamespaceKeys.$": str,
        "StreamDeliveryResources": X[StreamDeliveryResources],
        "StreamDeliveryResources.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Oauth2AuthorizationServerMetadata(TypedDict, total=False):
    Issuer: S
    AuthorizationEndpoint: S
    TokenEndpoint: S
    ResponseTypes: L[Si]
    TokenEndpointAuthMethods: L[Si]

class Oauth2Discovery(TypedDict, total=False):
    DiscoveryUrl: S
    AuthorizationServerMetadata: X[Oauth2AuthorizationServerMetadata]

class TokenExchangeGrantTypeConfigType(TypedDict, total=False):
    ActorTokenContent: S
    ActorTokenScopes: L[Si]

class OnBehalfOfAuthenticationConfig(TypedDict, total=False):
    ClientAuthenticationMethod: S

class OnBehalfOfTokenExchangeConfigType(TypedDict, total=False):
    GrantType: S
    TokenExchangeGrantTypeConfig: X[TokenExchangeGrantTypeConfigType]
    OnBehalfOfAuthenticationConfig: X[OnBehalfOfAuthenticationConfig]

class KmsKeySourceType(TypedDict, total=False):
    KmsKeyArn: S

class PrivateKeySource(TypedDict, total=False):
    KmsKeySource: X[KmsKeySourceType]

class PrivateKeyJwtConfig(TypedDict, total=False):
    PrivateKeySource: X[PrivateKeySource]
    SigningAlgorithm: S
    AdditionalHeaderClaims: M[S]
    AdditionalPayloadClaims: M[S]

class CustomOauth2ProviderConfigInput(TypedDict, total=False):
    OauthDiscovery: X[Oauth2Discovery]
    ClientId: S
    ClientSecret: S
    ClientSecretConfig: X[SecretReference]
    ClientSecretSource: S
    OnBehalfOfTokenExchangeConfig: X[OnBehalfOfTokenExchangeConfigType]
    ClientAuthenticationMethod: S
    PrivateKeyJwtConfig: X[PrivateKeyJwtConfig]
    PrivateEndpoint: X[PrivateEndpoint]
    PrivateEndpointOverrides: L[Xi[PrivateEndpointOverride]]
    CertificateConfigurations: L[Xi[CertificateConfiguration]]

class GoogleOauth2ProviderConfigInput(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    ClientSecretConfig: X[SecretReference]
    ClientSecretSource: S

class GithubOauth2ProviderConfigInput(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    ClientSecretConfig: X[SecretReference]
    ClientSecretSource: S

class SlackOauth2ProviderConfigInput(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    ClientSecretConfig: X[SecretReference]
    ClientSecretSource: S

class SalesforceOauth2ProviderConfigInput(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    ClientSecretConfig: X[SecretReference]
    ClientSecretSource: S

class MicrosoftOauth2ProviderConfigInput(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    ClientSecretConfig: X[SecretReference]
    ClientSecretSource: S
    TenantId: S

class AtlassianOauth2ProviderConfigInput(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    ClientSecretConfig: X[SecretReference]
    ClientSecretSource: S

class LinkedinOauth2ProviderConfigInput(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    ClientSecretConfig: X[SecretReference]
    ClientSecretSource: S

class IncludedOauth2ProviderConfigInput(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    ClientSecretConfig: X[SecretReference]
    ClientSecretSource: S
    Issuer: S
    AuthorizationEndpoint: S
    TokenEndpoint: S

class Oauth2ProviderConfigInput(TypedDict, total=False):
    CustomOauth2ProviderConfig: X[CustomOauth2ProviderConfigInput]
    GoogleOauth2ProviderConfig: X[GoogleOauth2ProviderConfigInput]
    GithubOauth2ProviderConfig: X[GithubOauth2ProviderConfigInput]
    SlackOauth2ProviderConfig: X[SlackOauth2ProviderConfigInput]
    SalesforceOauth2ProviderConfig: X[SalesforceOauth2ProviderConfigInput]
    MicrosoftOauth2ProviderConfig: X[MicrosoftOauth2ProviderConfigInput]
    AtlassianOauth2ProviderConfig: X[AtlassianOauth2ProviderConfigInput]
    LinkedinOauth2ProviderConfig: X[LinkedinOauth2ProviderConfigInput]
    IncludedOauth2ProviderConfig: X[IncludedOauth2ProviderConfigInput]

CreateOauth2CredentialProviderParameters = TypedDict(
    "CreateOauth2CredentialProviderParameters",
    {
        "Name": S,
        "Name.$": str,
        "CredentialProviderVendor": S,
        "CredentialProviderVendor.$": str,
        "Oauth2ProviderConfigInput": X[Oauth2ProviderConfigInput],
        "Oauth2ProviderConfigInput.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class SamplingConfig(TypedDict, total=False):
    SamplingPercentage: F

class FilterValue(TypedDict, total=False):
    StringValue: S
    DoubleValue: F
    BooleanValue: B

class Filter(TypedDict, total=False):
    Key: S
    Operator: S
    Value: X[FilterValue]

class SessionConfig(TypedDict, total=False):
    SessionTimeoutMinutes: I

class Rule(TypedDict, total=False):
    SamplingConfig: X[SamplingConfig]
    Filters: L[Xi[Filter]]
    SessionConfig: X[SessionConfig]

class CloudWatchLogsInputConfig(TypedDict, total=False):
    LogGroupNames: L[Si]
    LogGroupNamePrefixes: L[Si]
    ServiceNames: L[Si]

class DataSourceConfig(TypedDict, total=False):
    CloudWatchLogs: X[CloudWatchLogsInputConfig]

class EvaluatorReference(TypedDict, total=False):
    EvaluatorId: S

class Insight(TypedDict, total=False):
    InsightId: S

class ClusteringConfig(TypedDict, total=False):
    Frequencies: L[Si]

class CloudWatchOutputConfig(TypedDict, total=False):
    LogGroupName: S
    MetricsNamespace: S
    ResultDestination: S

class OutputConfig(TypedDict, total=False):
    CloudWatchConfig: X[CloudWatchOutputConfig]

CreateOnlineEvaluationConfigParameters = TypedDict(
    "CreateOnlineEvaluationConfigParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "OnlineEvaluationConfigName": S,
        "OnlineEvaluationConfigName.$": str,
        "Description": S,
        "Description.$": str,
        "Rule": X[Rule],
        "Rule.$": str,
        "DataSourceConfig": X[DataSourceConfig],
        "DataSourceConfig.$": str,
        "Evaluators": L[Xi[EvaluatorReference]],
        "Evaluators.$": str,
        "Insights": L[Xi[Insight]],
        "Insights.$": str,
        "ClusteringConfig": X[ClusteringConfig],
        "ClusteringConfig.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
        "EvaluationExecutionRoleArn": S,
        "EvaluationExecutionRoleArn.$": str,
        "EnableOnCreate": B,
        "EnableOnCreate.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class PaymentCredentialProviderConfiguration(TypedDict, total=False):
    CredentialProviderArn: S

class AwsBillingConnectorConfiguration(TypedDict, total=False):
    IamRoleArn: S

class CredentialsProviderConfiguration(TypedDict, total=False):
    CoinbaseCDP: X[PaymentCredentialProviderConfiguration]
    StripePrivy: X[PaymentCredentialProviderConfiguration]
    Stripe: X[PaymentCredentialProviderConfiguration]
    PayPal: X[PaymentCredentialProviderConfiguration]
    AmazonPay: X[PaymentCredentialProviderConfiguration]
    AwsBilling: X[AwsBillingConnectorConfiguration]

CreatePaymentConnectorParameters = TypedDict(
    "CreatePaymentConnectorParameters",
    {
        "PaymentManagerId": S,
        "PaymentManagerId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "CredentialProviderConfigurations": L[Xi[CredentialsProviderConfiguration]],
        "CredentialProviderConfigurations.$": str,
        "ProvisionMode": S,
        "ProvisionMode.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class CoinbaseCdpConfigurationInput(TypedDict, total=False):
    ApiKeyId: S
    ApiKeySecret: S
    ApiKeySecretSource: S
    ApiKeySecretConfig: X[SecretReference]
    WalletSecret: S
    WalletSecretSource: S
    WalletSecretConfig: X[SecretReference]

class StripePrivyConfigurationInput(TypedDict, total=False):
    AppId: S
    AppSecret: S
    AppSecretSource: S
    AppSecretConfig: X[SecretReference]
    AuthorizationPrivateKey: S
    AuthorizationPrivateKeySource: S
    AuthorizationPrivateKeyConfig: X[SecretReference]
    AuthorizationId: S

class StripeConfigurationInput(TypedDict, total=False):
    RestrictedKey: S
    RestrictedKeySource: S
    RestrictedKeyConfig: X[SecretReference]
    PublishableKey: S

class PayPalConfigurationInput(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    ClientSecretSource: S
    ClientSecretConfig: X[SecretReference]
    Environment: S

class AmazonPayConfigurationInput(TypedDict, total=False):
    MerchantId: S
    StoreId: S
    AuthorizationToken: S
    AuthorizationTokenSource: S
    AuthorizationTokenConfig: X[SecretReference]
    Environment: S
    AmazonPayRegion: S

class PaymentProviderConfigurationInput(TypedDict, total=False):
    CoinbaseCdpConfiguration: X[CoinbaseCdpConfigurationInput]
    StripePrivyConfiguration: X[StripePrivyConfigurationInput]
    StripeConfiguration: X[StripeConfigurationInput]
    PayPalConfiguration: X[PayPalConfigurationInput]
    AmazonPayConfiguration: X[AmazonPayConfigurationInput]

CreatePaymentCredentialProviderParameters = TypedDict(
    "CreatePaymentCredentialProviderParameters",
    {
        "Name": S,
        "Name.$": str,
        "CredentialProviderVendor": S,
        "CredentialProviderVendor.$": str,
        "ProviderConfigurationInput": X[PaymentProviderConfigurationInput],
        "ProviderConfigurationInput.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreatePaymentManagerParameters = TypedDict(
    "CreatePaymentManagerParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AuthorizerType": S,
        "AuthorizerType.$": str,
        "AuthorizerConfiguration": X[AuthorizerConfiguration],
        "AuthorizerConfiguration.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)

class CedarPolicy(TypedDict, total=False):
    Statement: S

class PolicyGenerationDetails(TypedDict, total=False):
    PolicyGenerationId: S
    PolicyGenerationAssetId: S

class PolicyStatement(TypedDict, total=False):
    Statement: S

class PolicyDefinition(TypedDict, total=False):
    Cedar: X[CedarPolicy]
    PolicyGeneration: X[PolicyGenerationDetails]
    Policy: X[PolicyStatement]

CreatePolicyParameters = TypedDict(
    "CreatePolicyParameters",
    {
        "Name": S,
        "Name.$": str,
        "Definition": X[PolicyDefinition],
        "Definition.$": str,
        "Description": S,
        "Description.$": str,
        "ValidationMode": S,
        "ValidationMode.$": str,
        "EnforcementMode": S,
        "EnforcementMode.$": str,
        "PolicyEngineId": S,
        "PolicyEngineId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class PolicyInformationProviderApiKeyCredentialProvider(TypedDict, total=False):
    Arn: S

class PolicyInformationProviderIamCredentials(TypedDict, total=False): ...

class PolicyInformationProviderCredentialProvider(TypedDict, total=False):
    ApiKey: X[PolicyInformationProviderApiKeyCredentialProvider]
    Iam: X[PolicyInformationProviderIamCredentials]

class CreatePolicyInformationProviderConfiguration(TypedDict, total=False):
    CredentialProvider: X[PolicyInformationProviderCredentialProvider]
    Url: S

CreatePolicyEngineParameters = TypedDict(
    "CreatePolicyEngineParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PolicyInformationProviderConfiguration": M[
            X[CreatePolicyInformationProviderConfiguration]
        ],
        "PolicyInformationProviderConfiguration.$": str,
    },
    total=False,
)

class ApprovalConfiguration(TypedDict, total=False):
    AutoApproval: B

CreateRegistryParameters = TypedDict(
    "CreateRegistryParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AuthorizerType": S,
        "AuthorizerType.$": str,
        "AuthorizerConfiguration": X[AuthorizerConfiguration],
        "AuthorizerConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ApprovalConfiguration": X[ApprovalConfiguration],
        "ApprovalConfiguration.$": str,
    },
    total=False,
)

class ServerDefinition(TypedDict, total=False):
    SchemaVersion: S
    InlineContent: S

class ToolsDefinition(TypedDict, total=False):
    ProtocolVersion: S
    InlineContent: S

class McpDescriptor(TypedDict, total=False):
    Server: X[ServerDefinition]
    Tools: X[ToolsDefinition]

class AgentCardDefinition(TypedDict, total=False):
    SchemaVersion: S
    InlineContent: S

class A2aDescriptor(TypedDict, total=False):
    AgentCard: X[AgentCardDefinition]

class CustomDescriptor(TypedDict, total=False):
    InlineContent: S

class SkillMdDefinition(TypedDict, total=False):
    InlineContent: S

class SkillDefinition(TypedDict, total=False):
    SchemaVersion: S
    InlineContent: S

class AgentSkillsDescriptor(TypedDict, total=False):
    SkillMd: X[SkillMdDefinition]
    SkillDefinition: X[SkillDefinition]

class Descriptors(TypedDict, total=False):
    Mcp: X[McpDescriptor]
    A2a: X[A2aDescriptor]
    Custom: X[CustomDescriptor]
    AgentSkills: X[AgentSkillsDescriptor]

class RegistryRecordOAuthCredentialProvider(TypedDict, total=False):
    ProviderArn: S
    GrantType: S
    Scopes: L[Si]
    CustomParameters: M[S]

class RegistryRecordIamCredentialProvider(TypedDict, total=False):
    RoleArn: S
    Service: S
    Region: S

class RegistryRecordCredentialProviderUnion(TypedDict, total=False):
    OauthCredentialProvider: X[RegistryRecordOAuthCredentialProvider]
    IamCredentialProvider: X[RegistryRecordIamCredentialProvider]

class RegistryRecordCredentialProviderConfiguration(TypedDict, total=False):
    CredentialProviderType: S
    CredentialProvider: X[RegistryRecordCredentialProviderUnion]

class FromUrlSynchronizationConfiguration(TypedDict, total=False):
    Url: S
    CredentialProviderConfigurations: L[Xi[RegistryRecordCredentialProviderConfiguration]]

class SynchronizationConfiguration(TypedDict, total=False):
    FromUrl: X[FromUrlSynchronizationConfiguration]

CreateRegistryRecordParameters = TypedDict(
    "CreateRegistryRecordParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DescriptorType": S,
        "DescriptorType.$": str,
        "Descriptors": X[Descriptors],
        "Descriptors.$": str,
        "RecordVersion": S,
        "RecordVersion.$": str,
        "SynchronizationType": S,
        "SynchronizationType.$": str,
        "SynchronizationConfiguration": X[SynchronizationConfiguration],
        "SynchronizationConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateWorkloadIdentityParameters = TypedDict(
    "CreateWorkloadIdentityParameters",
    {
        "Name": S,
        "Name.$": str,
        "AllowedResourceOauth2ReturnUrls": L[Si],
        "AllowedResourceOauth2ReturnUrls.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAgentRuntimeParameters = TypedDict(
    "DeleteAgentRuntimeParameters",
    {
        "AgentRuntimeId": S,
        "AgentRuntimeId.$": str,
        "AgentRuntimeVersion": S,
        "AgentRuntimeVersion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteAgentRuntimeEndpointParameters = TypedDict(
    "DeleteAgentRuntimeEndpointParameters",
    {
        "AgentRuntimeId": S,
        "AgentRuntimeId.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteApiKeyCredentialProviderParameters = TypedDict(
    "DeleteApiKeyCredentialProviderParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteBrowserParameters = TypedDict(
    "DeleteBrowserParameters",
    {"BrowserId": S, "BrowserId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteBrowserProfileParameters = TypedDict(
    "DeleteBrowserProfileParameters",
    {"ProfileId": S, "ProfileId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteCapacityProviderParameters = TypedDict(
    "DeleteCapacityProviderParameters",
    {"CapacityProviderId": S, "CapacityProviderId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteCodeInterpreterParameters = TypedDict(
    "DeleteCodeInterpreterParameters",
    {"CodeInterpreterId": S, "CodeInterpreterId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteConfigurationBundleParameters = TypedDict(
    "DeleteConfigurationBundleParameters", {"BundleId": S, "BundleId.$": str}, total=False
)
DeleteConsentPortalParameters = TypedDict(
    "DeleteConsentPortalParameters",
    {"ConsentPortalIdentifier": S, "ConsentPortalIdentifier.$": str},
    total=False,
)
DeleteDatasetParameters = TypedDict(
    "DeleteDatasetParameters",
    {"DatasetId": S, "DatasetId.$": str, "DatasetVersion": S, "DatasetVersion.$": str},
    total=False,
)
DeleteDatasetExamplesParameters = TypedDict(
    "DeleteDatasetExamplesParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ExampleIds": L[Si],
        "ExampleIds.$": str,
    },
    total=False,
)
DeleteEvaluatorParameters = TypedDict(
    "DeleteEvaluatorParameters", {"EvaluatorId": S, "EvaluatorId.$": str}, total=False
)
DeleteGatewayParameters = TypedDict(
    "DeleteGatewayParameters", {"GatewayIdentifier": S, "GatewayIdentifier.$": str}, total=False
)
DeleteGatewayRateLimitParameters = TypedDict(
    "DeleteGatewayRateLimitParameters",
    {"GatewayIdentifier": S, "GatewayIdentifier.$": str, "RateLimitId": S, "RateLimitId.$": str},
    total=False,
)
DeleteGatewayRuleParameters = TypedDict(
    "DeleteGatewayRuleParameters",
    {"GatewayIdentifier": S, "GatewayIdentifier.$": str, "RuleId": S, "RuleId.$": str},
    total=False,
)
DeleteGatewayTargetParameters = TypedDict(
    "DeleteGatewayTargetParameters",
    {"GatewayIdentifier": S, "GatewayIdentifier.$": str, "TargetId": S, "TargetId.$": str},
    total=False,
)
DeleteHarnessParameters = TypedDict(
    "DeleteHarnessParameters",
    {
        "HarnessId": S,
        "HarnessId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DeleteManagedMemory": B,
        "DeleteManagedMemory.$": str,
    },
    total=False,
)
DeleteHarnessEndpointParameters = TypedDict(
    "DeleteHarnessEndpointParameters",
    {
        "HarnessId": S,
        "HarnessId.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteMemoryParameters = TypedDict(
    "DeleteMemoryParameters",
    {"ClientToken": S, "ClientToken.$": str, "MemoryId": S, "MemoryId.$": str},
    total=False,
)
DeleteOauth2CredentialProviderParameters = TypedDict(
    "DeleteOauth2CredentialProviderParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteOnlineEvaluationConfigParameters = TypedDict(
    "DeleteOnlineEvaluationConfigParameters",
    {"OnlineEvaluationConfigId": S, "OnlineEvaluationConfigId.$": str},
    total=False,
)
DeletePaymentConnectorParameters = TypedDict(
    "DeletePaymentConnectorParameters",
    {
        "PaymentManagerId": S,
        "PaymentManagerId.$": str,
        "PaymentConnectorId": S,
        "PaymentConnectorId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeletePaymentCredentialProviderParameters = TypedDict(
    "DeletePaymentCredentialProviderParameters", {"Name": S, "Name.$": str}, total=False
)
DeletePaymentManagerParameters = TypedDict(
    "DeletePaymentManagerParameters",
    {"PaymentManagerId": S, "PaymentManagerId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeletePolicyParameters = TypedDict(
    "DeletePolicyParameters",
    {"PolicyEngineId": S, "PolicyEngineId.$": str, "PolicyId": S, "PolicyId.$": str},
    total=False,
)
DeletePolicyEngineParameters = TypedDict(
    "DeletePolicyEngineParameters", {"PolicyEngineId": S, "PolicyEngineId.$": str}, total=False
)
DeleteRegistryParameters = TypedDict(
    "DeleteRegistryParameters", {"RegistryId": S, "RegistryId.$": str}, total=False
)
DeleteRegistryRecordParameters = TypedDict(
    "DeleteRegistryRecordParameters",
    {"RegistryId": S, "RegistryId.$": str, "RecordId": S, "RecordId.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteWorkloadIdentityParameters = TypedDict(
    "DeleteWorkloadIdentityParameters", {"Name": S, "Name.$": str}, total=False
)
GetAgentInsightStoreParameters = TypedDict(
    "GetAgentInsightStoreParameters",
    {"AgentInsightStoreId": S, "AgentInsightStoreId.$": str},
    total=False,
)
GetAgentRuntimeParameters = TypedDict(
    "GetAgentRuntimeParameters",
    {
        "AgentRuntimeId": S,
        "AgentRuntimeId.$": str,
        "AgentRuntimeVersion": S,
        "AgentRuntimeVersion.$": str,
    },
    total=False,
)
GetAgentRuntimeEndpointParameters = TypedDict(
    "GetAgentRuntimeEndpointParameters",
    {"AgentRuntimeId": S, "AgentRuntimeId.$": str, "EndpointName": S, "EndpointName.$": str},
    total=False,
)
GetApiKeyCredentialProviderParameters = TypedDict(
    "GetApiKeyCredentialProviderParameters", {"Name": S, "Name.$": str}, total=False
)
GetBrowserParameters = TypedDict(
    "GetBrowserParameters", {"BrowserId": S, "BrowserId.$": str}, total=False
)
GetBrowserProfileParameters = TypedDict(
    "GetBrowserProfileParameters", {"ProfileId": S, "ProfileId.$": str}, total=False
)
GetCapacityProviderParameters = TypedDict(
    "GetCapacityProviderParameters",
    {"CapacityProviderId": S, "CapacityProviderId.$": str},
    total=False,
)
GetCodeInterpreterParameters = TypedDict(
    "GetCodeInterpreterParameters",
    {"CodeInterpreterId": S, "CodeInterpreterId.$": str},
    total=False,
)
GetConfigurationBundleParameters = TypedDict(
    "GetConfigurationBundleParameters",
    {"BundleId": S, "BundleId.$": str, "BranchName": S, "BranchName.$": str},
    total=False,
)
GetConfigurationBundleVersionParameters = TypedDict(
    "GetConfigurationBundleVersionParameters",
    {"BundleId": S, "BundleId.$": str, "VersionId": S, "VersionId.$": str},
    total=False,
)
GetConsentPortalParameters = TypedDict(
    "GetConsentPortalParameters",
    {"ConsentPortalIdentifier": S, "ConsentPortalIdentifier.$": str},
    total=False,
)
GetDatasetParameters = TypedDict(
    "GetDatasetParameters",
    {"DatasetId": S, "DatasetId.$": str, "DatasetVersion": S, "DatasetVersion.$": str},
    total=False,
)
GetEvaluatorParameters = TypedDict(
    "GetEvaluatorParameters",
    {"EvaluatorId": S, "EvaluatorId.$": str, "IncludedData": S, "IncludedData.$": str},
    total=False,
)
GetGatewayParameters = TypedDict(
    "GetGatewayParameters", {"GatewayIdentifier": S, "GatewayIdentifier.$": str}, total=False
)
GetGatewayRateLimitParameters = TypedDict(
    "GetGatewayRateLimitParameters",
    {"GatewayIdentifier": S, "GatewayIdentifier.$": str, "RateLimitId": S, "RateLimitId.$": str},
    total=False,
)
GetGatewayRuleParameters = TypedDict(
    "GetGatewayRuleParameters",
    {"GatewayIdentifier": S, "GatewayIdentifier.$": str, "RuleId": S, "RuleId.$": str},
    total=False,
)
GetGatewayTargetParameters = TypedDict(
    "GetGatewayTargetParameters",
    {"GatewayIdentifier": S, "GatewayIdentifier.$": str, "TargetId": S, "TargetId.$": str},
    total=False,
)
GetHarnessParameters = TypedDict(
    "GetHarnessParameters",
    {"HarnessId": S, "HarnessId.$": str, "HarnessVersion": S, "HarnessVersion.$": str},
    total=False,
)
GetHarnessEndpointParameters = TypedDict(
    "GetHarnessEndpointParameters",
    {"HarnessId": S, "HarnessId.$": str, "EndpointName": S, "EndpointName.$": str},
    total=False,
)
GetMemoryParameters = TypedDict(
    "GetMemoryParameters", {"MemoryId": S, "MemoryId.$": str, "View": S, "View.$": str}, total=False
)
GetOauth2CredentialProviderParameters = TypedDict(
    "GetOauth2CredentialProviderParameters", {"Name": S, "Name.$": str}, total=False
)
GetOnlineEvaluationConfigParameters = TypedDict(
    "GetOnlineEvaluationConfigParameters",
    {"OnlineEvaluationConfigId": S, "OnlineEvaluationConfigId.$": str},
    total=False,
)
GetPaymentConnectorParameters = TypedDict(
    "GetPaymentConnectorParameters",
    {
        "PaymentManagerId": S,
        "PaymentManagerId.$": str,
        "PaymentConnectorId": S,
        "PaymentConnectorId.$": str,
    },
    total=False,
)
GetPaymentCredentialProviderParameters = TypedDict(
    "GetPaymentCredentialProviderParameters", {"Name": S, "Name.$": str}, total=False
)
GetPaymentManagerParameters = TypedDict(
    "GetPaymentManagerParameters", {"PaymentManagerId": S, "PaymentManagerId.$": str}, total=False
)
GetPolicyParameters = TypedDict(
    "GetPolicyParameters",
    {"PolicyEngineId": S, "PolicyEngineId.$": str, "PolicyId": S, "PolicyId.$": str},
    total=False,
)
GetPolicyEngineParameters = TypedDict(
    "GetPolicyEngineParameters", {"PolicyEngineId": S, "PolicyEngineId.$": str}, total=False
)
GetPolicyEngineSummaryParameters = TypedDict(
    "GetPolicyEngineSummaryParameters", {"PolicyEngineId": S, "PolicyEngineId.$": str}, total=False
)
GetPolicyGenerationParameters = TypedDict(
    "GetPolicyGenerationParameters",
    {
        "PolicyGenerationId": S,
        "PolicyGenerationId.$": str,
        "PolicyEngineId": S,
        "PolicyEngineId.$": str,
    },
    total=False,
)
GetPolicyGenerationSummaryParameters = TypedDict(
    "GetPolicyGenerationSummaryParameters",
    {
        "PolicyGenerationId": S,
        "PolicyGenerationId.$": str,
        "PolicyEngineId": S,
        "PolicyEngineId.$": str,
    },
    total=False,
)
GetPolicySummaryParameters = TypedDict(
    "GetPolicySummaryParameters",
    {"PolicyEngineId": S, "PolicyEngineId.$": str, "PolicyId": S, "PolicyId.$": str},
    total=False,
)
GetRegistryParameters = TypedDict(
    "GetRegistryParameters", {"RegistryId": S, "RegistryId.$": str}, total=False
)
GetRegistryRecordParameters = TypedDict(
    "GetRegistryRecordParameters",
    {"RegistryId": S, "RegistryId.$": str, "RecordId": S, "RecordId.$": str},
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetTokenVaultParameters = TypedDict(
    "GetTokenVaultParameters", {"TokenVaultId": S, "TokenVaultId.$": str}, total=False
)
GetWorkloadIdentityParameters = TypedDict(
    "GetWorkloadIdentityParameters", {"Name": S, "Name.$": str}, total=False
)
ListAgentInsightStoresParameters = TypedDict(
    "ListAgentInsightStoresParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAgentRuntimeEndpointsParameters = TypedDict(
    "ListAgentRuntimeEndpointsParameters",
    {
        "AgentRuntimeId": S,
        "AgentRuntimeId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentRuntimeVersionsParameters = TypedDict(
    "ListAgentRuntimeVersionsParameters",
    {
        "AgentRuntimeId": S,
        "AgentRuntimeId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentRuntimeVersionsByCapacityProviderParameters = TypedDict(
    "ListAgentRuntimeVersionsByCapacityProviderParameters",
    {
        "CapacityProviderId": S,
        "CapacityProviderId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentRuntimesParameters = TypedDict(
    "ListAgentRuntimesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListApiKeyCredentialProvidersParameters = TypedDict(
    "ListApiKeyCredentialProvidersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListBrowserProfilesParameters = TypedDict(
    "ListBrowserProfilesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
ListBrowsersParameters = TypedDict(
    "ListBrowsersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
ListCapacityProvidersParameters = TypedDict(
    "ListCapacityProvidersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListCodeInterpretersParameters = TypedDict(
    "ListCodeInterpretersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)

class VersionFilter(TypedDict, total=False):
    BranchName: S
    CreatedByName: S
    LatestPerBranch: B

ListConfigurationBundleVersionsParameters = TypedDict(
    "ListConfigurationBundleVersionsParameters",
    {
        "BundleId": S,
        "BundleId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[VersionFilter],
        "Filter.$": str,
    },
    total=False,
)
ListConfigurationBundlesParameters = TypedDict(
    "ListConfigurationBundlesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListConsentPortalsParameters = TypedDict(
    "ListConsentPortalsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class ExampleFieldCondition(TypedDict, total=False):
    AnyOf: L[Si]

class ListDatasetExamplesFilter(TypedDict, total=False):
    GenerationIds: L[Si]
    ExampleFields: L[Xi[ExampleFieldCondition]]

ListDatasetExamplesParameters = TypedDict(
    "ListDatasetExamplesParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "DatasetVersion": S,
        "DatasetVersion.$": str,
        "Filter": X[ListDatasetExamplesFilter],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ExampleCountByFieldCondition(TypedDict, total=False):
    AnyOf: L[Si]
    Min: I
    Max: I

class ListDatasetVersionsFilter(TypedDict, total=False):
    ExampleCountByField: L[Xi[ExampleCountByFieldCondition]]

ListDatasetVersionsParameters = TypedDict(
    "ListDatasetVersionsParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "Filter": X[ListDatasetVersionsFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListDatasetsFilter(TypedDict, total=False):
    ExampleCountByField: L[Xi[ExampleCountByFieldCondition]]

ListDatasetsParameters = TypedDict(
    "ListDatasetsParameters",
    {
        "Filter": X[ListDatasetsFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEvaluatorsParameters = TypedDict(
    "ListEvaluatorsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListGatewayRateLimitsParameters = TypedDict(
    "ListGatewayRateLimitsParameters",
    {
        "GatewayIdentifier": S,
        "GatewayIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGatewayRulesParameters = TypedDict(
    "ListGatewayRulesParameters",
    {
        "GatewayIdentifier": S,
        "GatewayIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGatewayTargetsParameters = TypedDict(
    "ListGatewayTargetsParameters",
    {
        "GatewayIdentifier": S,
        "GatewayIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGatewaysParameters = TypedDict(
    "ListGatewaysParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListHarnessEndpointsParameters = TypedDict(
    "ListHarnessEndpointsParameters",
    {
        "HarnessId": S,
        "HarnessId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListHarnessVersionsParameters = TypedDict(
    "ListHarnessVersionsParameters",
    {
        "HarnessId": S,
        "HarnessId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListHarnessesParameters = TypedDict(
    "ListHarnessesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListMemoriesParameters = TypedDict(
    "ListMemoriesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListOauth2CredentialProvidersParameters = TypedDict(
    "ListOauth2CredentialProvidersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListOnlineEvaluationConfigsParameters = TypedDict(
    "ListOnlineEvaluationConfigsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPaymentConnectorsParameters = TypedDict(
    "ListPaymentConnectorsParameters",
    {
        "PaymentManagerId": S,
        "PaymentManagerId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPaymentCredentialProvidersParameters = TypedDict(
    "ListPaymentCredentialProvidersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPaymentManagersParameters = TypedDict(
    "ListPaymentManagersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPoliciesParameters = TypedDict(
    "ListPoliciesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PolicyEngineId": S,
        "PolicyEngineId.$": str,
        "TargetResourceScope": S,
        "TargetResourceScope.$": str,
    },
    total=False,
)
ListPolicyEngineSummariesParameters = TypedDict(
    "ListPolicyEngineSummariesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPolicyEnginesParameters = TypedDict(
    "ListPolicyEnginesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPolicyGenerationAssetsParameters = TypedDict(
    "ListPolicyGenerationAssetsParameters",
    {
        "PolicyGenerationId": S,
        "PolicyGenerationId.$": str,
        "PolicyEngineId": S,
        "PolicyEngineId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPolicyGenerationSummariesParameters = TypedDict(
    "ListPolicyGenerationSummariesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PolicyEngineId": S,
        "PolicyEngineId.$": str,
    },
    total=False,
)
ListPolicyGenerationsParameters = TypedDict(
    "ListPolicyGenerationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PolicyEngineId": S,
        "PolicyEngineId.$": str,
    },
    total=False,
)
ListPolicySummariesParameters = TypedDict(
    "ListPolicySummariesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PolicyEngineId": S,
        "PolicyEngineId.$": str,
        "TargetResourceScope": S,
        "TargetResourceScope.$": str,
    },
    total=False,
)
ListRegistriesParameters = TypedDict(
    "ListRegistriesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
        "AuthorizerType": S,
        "AuthorizerType.$": str,
    },
    total=False,
)
ListRegistryRecordsParameters = TypedDict(
    "ListRegistryRecordsParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Name": S,
        "Name.$": str,
        "Status": S,
        "Status.$": str,
        "DescriptorType": S,
        "DescriptorType.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListWorkloadIdentitiesParameters = TypedDict(
    "ListWorkloadIdentitiesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
ResetTokenVaultKeyMaterialParameters = TypedDict(
    "ResetTokenVaultKeyMaterialParameters", {"TokenVaultId": S, "TokenVaultId.$": str}, total=False
)

class CoinbaseCdpRotationTargets(TypedDict, total=False):
    Secrets: L[Si]

class CredentialRotationConfig(TypedDict, total=False):
    CoinbaseCDP: X[CoinbaseCdpRotationTargets]

RotatePaymentConnectorCredentialsParameters = TypedDict(
    "RotatePaymentConnectorCredentialsParameters",
    {
        "PaymentManagerId": S,
        "PaymentManagerId.$": str,
        "PaymentConnectorId": S,
        "PaymentConnectorId.$": str,
        "CredentialsToRotate": X[CredentialRotationConfig],
        "CredentialsToRotate.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class KmsConfiguration(TypedDict, total=False):
    KeyType: S
    KmsKeyArn: S

SetTokenVaultCMKParameters = TypedDict(
    "SetTokenVaultCMKParameters",
    {
        "TokenVaultId": S,
        "TokenVaultId.$": str,
        "KmsConfiguration": X[KmsConfiguration],
        "KmsConfiguration.$": str,
    },
    total=False,
)

class Resource(TypedDict, total=False):
    Arn: S

class Content(TypedDict, total=False):
    RawText: S

StartPolicyGenerationParameters = TypedDict(
    "StartPolicyGenerationParameters",
    {
        "PolicyEngineId": S,
        "PolicyEngineId.$": str,
        "Resource": X[Resource],
        "Resource.$": str,
        "Content": X[Content],
        "Content.$": str,
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
SubmitRegistryRecordForApprovalParameters = TypedDict(
    "SubmitRegistryRecordForApprovalParameters",
    {"RegistryId": S, "RegistryId.$": str, "RecordId": S, "RecordId.$": str},
    total=False,
)
SynchronizeGatewayTargetsParameters = TypedDict(
    "SynchronizeGatewayTargetsParameters",
    {
        "GatewayIdentifier": S,
        "GatewayIdentifier.$": str,
        "TargetIdList": L[Si],
        "TargetIdList.$": str,
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

class AgentInsightStoreEncryptionConfiguration(TypedDict, total=False):
    Mode: S
    KmsKeyArn: S

UpdateAgentInsightStoreParameters = TypedDict(
    "UpdateAgentInsightStoreParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AgentInsightStoreId": S,
        "AgentInsightStoreId.$": str,
        "EnablementStatus": S,
        "EnablementStatus.$": str,
        "EncryptionConfiguration": X[AgentInsightStoreEncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)

class RuntimeMetadataConfiguration(TypedDict, total=False):
    RequireMMDSV2: B

UpdateAgentRuntimeParameters = TypedDict(
    "UpdateAgentRuntimeParameters",
    {
        "AgentRuntimeId": S,
        "AgentRuntimeId.$": str,
        "AgentRuntimeArtifact": X[AgentRuntimeArtifact],
        "AgentRuntimeArtifact.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "AuthorizerConfiguration": X[AuthorizerConfiguration],
        "AuthorizerConfiguration.$": str,
        "RequestHeaderConfiguration": X[RequestHeaderConfiguration],
        "RequestHeaderConfiguration.$": str,
        "ProtocolConfiguration": X[ProtocolConfiguration],
        "ProtocolConfiguration.$": str,
        "LifecycleConfiguration": X[LifecycleConfiguration],
        "LifecycleConfiguration.$": str,
        "HooksConfiguration": X[RuntimeHooksConfiguration],
        "HooksConfiguration.$": str,
        "MetadataConfiguration": X[RuntimeMetadataConfiguration],
        "MetadataConfiguration.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
        "FilesystemConfigurations": L[Xi[FilesystemConfiguration]],
        "FilesystemConfigurations.$": str,
        "CapacityProviderConfiguration": X[CapacityProviderConfiguration],
        "CapacityProviderConfiguration.$": str,
        "PlatformVersion": S,
        "PlatformVersion.$": str,
        "AllowedPorts": L[Xi[AllowedPort]],
        "AllowedPorts.$": str,
        "ResourceConfigurations": L[Xi[ResourceConfiguration]],
        "ResourceConfigurations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "CpuConfigurations": L[Xi[CpuConfiguration]],
        "CpuConfigurations.$": str,
        "WorkloadIdentityTemplateArn": S,
        "WorkloadIdentityTemplateArn.$": str,
    },
    total=False,
)
UpdateAgentRuntimeEndpointParameters = TypedDict(
    "UpdateAgentRuntimeEndpointParameters",
    {
        "AgentRuntimeId": S,
        "AgentRuntimeId.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "AgentRuntimeVersion": S,
        "AgentRuntimeVersion.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateApiKeyCredentialProviderParameters = TypedDict(
    "UpdateApiKeyCredentialProviderParameters",
    {
        "Name": S,
        "Name.$": str,
        "ApiKey": S,
        "ApiKey.$": str,
        "ApiKeySecretConfig": X[SecretReference],
        "ApiKeySecretConfig.$": str,
        "ApiKeySecretSource": S,
        "ApiKeySecretSource.$": str,
    },
    total=False,
)

class UpdatedDescription(TypedDict, total=False):
    OptionalValue: S

UpdateCapacityProviderParameters = TypedDict(
    "UpdateCapacityProviderParameters",
    {
        "CapacityProviderId": S,
        "CapacityProviderId.$": str,
        "Description": X[UpdatedDescription],
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateConfigurationBundleParameters = TypedDict(
    "UpdateConfigurationBundleParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "BundleId": S,
        "BundleId.$": str,
        "BundleName": S,
        "BundleName.$": str,
        "Description": S,
        "Description.$": str,
        "Components": M[X[ComponentConfiguration]],
        "Components.$": str,
        "ParentVersionIds": L[Si],
        "ParentVersionIds.$": str,
        "BranchName": S,
        "BranchName.$": str,
        "CommitMessage": S,
        "CommitMessage.$": str,
        "CreatedBy": X[VersionCreatedBySource],
        "CreatedBy.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)
UpdateConsentPortalParameters = TypedDict(
    "UpdateConsentPortalParameters",
    {
        "ConsentPortalIdentifier": S,
        "ConsentPortalIdentifier.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "IdpConfig": X[ConsentPortalIdpConfig],
        "IdpConfig.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateDatasetParameters = TypedDict(
    "UpdateDatasetParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateDatasetExamplesParameters = TypedDict(
    "UpdateDatasetExamplesParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Examples": L[Doc],
        "Examples.$": str,
    },
    total=False,
)
UpdateEvaluatorParameters = TypedDict(
    "UpdateEvaluatorParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EvaluatorId": S,
        "EvaluatorId.$": str,
        "Description": S,
        "Description.$": str,
        "EvaluatorConfig": X[EvaluatorConfig],
        "EvaluatorConfig.$": str,
        "Level": S,
        "Level.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)

class LambdaTransformConfiguration(TypedDict, total=False):
    Arn: S

class CustomTransformConfiguration(TypedDict, total=False):
    Lambda: X[LambdaTransformConfiguration]

class WafConfiguration(TypedDict, total=False):
    FailureMode: S

UpdateGatewayParameters = TypedDict(
    "UpdateGatewayParameters",
    {
        "GatewayIdentifier": S,
        "GatewayIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ProtocolType": S,
        "ProtocolType.$": str,
        "ProtocolConfiguration": X[GatewayProtocolConfiguration],
        "ProtocolConfiguration.$": str,
        "AuthorizerType": S,
        "AuthorizerType.$": str,
        "AuthorizerConfiguration": X[AuthorizerConfiguration],
        "AuthorizerConfiguration.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "CustomTransformConfiguration": X[CustomTransformConfiguration],
        "CustomTransformConfiguration.$": str,
        "InterceptorConfigurations": L[Xi[GatewayInterceptorConfiguration]],
        "InterceptorConfigurations.$": str,
        "PolicyEngineConfiguration": X[GatewayPolicyEngineConfiguration],
        "PolicyEngineConfiguration.$": str,
        "ExceptionLevel": S,
        "ExceptionLevel.$": str,
        "WafConfiguration": X[WafConfiguration],
        "WafConfiguration.$": str,
        "DomainOverride": X[DomainOverride],
        "DomainOverride.$": str,
        "WorkloadIdentityTemplateArn": S,
        "WorkloadIdentityTemplateArn.$": str,
    },
    total=False,
)
UpdateGatewayRateLimitParameters = TypedDict(
    "UpdateGatewayRateLimitParameters",
    {
        "GatewayIdentifier": S,
        "GatewayIdentifier.$": str,
        "RateLimitId": S,
        "RateLimitId.$": str,
        "Description": S,
        "Description.$": str,
        "Entries": L[Xi[LimitEntry]],
        "Entries.$": str,
    },
    total=False,
)
UpdateGatewayRuleParameters = TypedDict(
    "UpdateGatewayRuleParameters",
    {
        "GatewayIdentifier": S,
        "GatewayIdentifier.$": str,
        "RuleId": S,
        "RuleId.$": str,
        "Priority": I,
        "Priority.$": str,
        "Conditions": L[Xi[Condition]],
        "Conditions.$": str,
        "Actions": L[Xi[Action]],
        "Actions.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateGatewayTargetParameters = TypedDict(
    "UpdateGatewayTargetParameters",
    {
        "GatewayIdentifier": S,
        "GatewayIdentifier.$": str,
        "TargetId": S,
        "TargetId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TargetConfiguration": X[TargetConfiguration],
        "TargetConfiguration.$": str,
        "CredentialProviderConfigurations": L[Xi[CredentialProviderConfiguration]],
        "CredentialProviderConfigurations.$": str,
        "MetadataConfiguration": X[MetadataConfiguration],
        "MetadataConfiguration.$": str,
        "PrivateEndpoint": X[PrivateEndpoint],
        "PrivateEndpoint.$": str,
        "CertificateConfigurations": L[Xi[CertificateConfiguration]],
        "CertificateConfigurations.$": str,
    },
    total=False,
)

class UpdatedHarnessEnvironmentArtifact(TypedDict, total=False):
    OptionalValue: X[HarnessEnvironmentArtifact]

class UpdatedAuthorizerConfiguration(TypedDict, total=False):
    OptionalValue: X[AuthorizerConfiguration]

class UpdatedHarnessMemoryConfiguration(TypedDict, total=False):
    OptionalValue: X[HarnessMemoryConfiguration]

UpdateHarnessParameters = TypedDict(
    "UpdateHarnessParameters",
    {
        "HarnessId": S,
        "HarnessId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "Environment": X[HarnessEnvironmentProviderRequest],
        "Environment.$": str,
        "EnvironmentArtifact": X[UpdatedHarnessEnvironmentArtifact],
        "EnvironmentArtifact.$": str,
        "EnvironmentVariables": M[S],
        "EnvironmentVariables.$": str,
        "AuthorizerConfiguration": X[UpdatedAuthorizerConfiguration],
        "AuthorizerConfiguration.$": str,
        "Model": X[HarnessModelConfiguration],
        "Model.$": str,
        "SystemPrompt": L[Xi[HarnessSystemContentBlock]],
        "SystemPrompt.$": str,
        "Tools": L[Xi[HarnessTool]],
        "Tools.$": str,
        "Skills": L[Xi[HarnessSkill]],
        "Skills.$": str,
        "AllowedTools": L[Si],
        "AllowedTools.$": str,
        "Memory": X[UpdatedHarnessMemoryConfiguration],
        "Memory.$": str,
        "Truncation": X[HarnessTruncationConfiguration],
        "Truncation.$": str,
        "Hooks": L[Xi[HarnessHook]],
        "Hooks.$": str,
        "MaxIterations": I,
        "MaxIterations.$": str,
        "MaxTokens": I,
        "MaxTokens.$": str,
        "TimeoutSeconds": I,
        "TimeoutSeconds.$": str,
    },
    total=False,
)
UpdateHarnessEndpointParameters = TypedDict(
    "UpdateHarnessEndpointParameters",
    {
        "HarnessId": S,
        "HarnessId.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "TargetVersion": S,
        "TargetVersion.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class CustomExtractionConfigurationInput(TypedDict, total=False):
    SemanticExtractionOverride: X[SemanticOverrideExtractionConfigurationInput]
    UserPreferenceExtractionOverride: X[UserPreferenceOverrideExtractionConfigurationInput]
    EpisodicExtractionOverride: X[EpisodicOverrideExtractionConfigurationInput]

class ModifyExtractionConfiguration(TypedDict, total=False):
    CustomExtractionConfiguration: X[CustomExtractionConfigurationInput]

class CustomConsolidationConfigurationInput(TypedDict, total=False):
    SemanticConsolidationOverride: X[SemanticOverrideConsolidationConfigurationInput]
    SummaryConsolidationOverride: X[SummaryOverrideConsolidationConfigurationInput]
    UserPreferenceConsolidationOverride: X[UserPreferenceOverrideConsolidationConfigurationInput]
    EpisodicConsolidationOverride: X[EpisodicOverrideConsolidationConfigurationInput]

class ModifyConsolidationConfiguration(TypedDict, total=False):
    CustomConsolidationConfiguration: X[CustomConsolidationConfigurationInput]

class CustomReflectionConfigurationInput(TypedDict, total=False):
    EpisodicReflectionOverride: X[EpisodicOverrideReflectionConfigurationInput]

class ModifyReflectionConfiguration(TypedDict, total=False):
    EpisodicReflectionConfiguration: X[EpisodicReflectionConfigurationInput]
    CustomReflectionConfiguration: X[CustomReflectionConfigurationInput]

class ModifyInvocationConfigurationInput(TypedDict, total=False):
    TopicArn: S
    PayloadDeliveryBucketName: S

class ModifySelfManagedConfiguration(TypedDict, total=False):
    TriggerConditions: L[Xi[TriggerConditionInput]]
    InvocationConfiguration: X[ModifyInvocationConfigurationInput]
    HistoricalContextWindowSize: I

class ModifyStrategyConfiguration(TypedDict, total=False):
    Extraction: X[ModifyExtractionConfiguration]
    Consolidation: X[ModifyConsolidationConfiguration]
    Reflection: X[ModifyReflectionConfiguration]
    SelfManagedConfiguration: X[ModifySelfManagedConfiguration]

class ModifyMemoryStrategyInput(TypedDict, total=False):
    MemoryStrategyId: S
    Description: S
    Namespaces: L[Si]
    NamespaceTemplates: L[Si]
    Configuration: X[ModifyStrategyConfiguration]
    MemoryRecordSchema: X[MemoryRecordSchema]
    RecordExpirySpecification: X[RecordExpirySpecification]

class DeleteMemoryStrategyInput(TypedDict, total=False):
    MemoryStrategyId: S

class ModifyMemoryStrategies(TypedDict, total=False):
    AddMemoryStrategies: L[Xi[MemoryStrategyInput]]
    ModifyMemoryStrategies: L[Xi[ModifyMemoryStrategyInput]]
    DeleteMemoryStrategies: L[Xi[DeleteMemoryStrategyInput]]

UpdateMemoryParameters = TypedDict(
    "UpdateMemoryParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MemoryId": S,
        "MemoryId.$": str,
        "Description": S,
        "Description.$": str,
        "EventExpiryDuration": I,
        "EventExpiryDuration.$": str,
        "MemoryExecutionRoleArn": S,
        "MemoryExecutionRoleArn.$": str,
        "MemoryStrategies": X[ModifyMemoryStrategies],
        "MemoryStrategies.$": str,
        "AddIndexedKeys": L[Xi[IndexedKey]],
        "AddIndexedKeys.$": str,
        "NamespaceKeys": L[Xi[NamespaceKeyEntry]],
        "NamespaceKeys.$": str,
        "StreamDeliveryResources": X[StreamDeliveryResources],
        "StreamDeliveryResources.$": str,
    },
    total=False,
)
UpdateOauth2CredentialProviderParameters = TypedDict(
    "UpdateOauth2CredentialProviderParameters",
    {
        "Name": S,
        "Name.$": str,
        "CredentialProviderVendor": S,
        "CredentialProviderVendor.$": str,
        "Oauth2ProviderConfigInput": X[Oauth2ProviderConfigInput],
        "Oauth2ProviderConfigInput.$": str,
    },
    total=False,
)
UpdateOnlineEvaluationConfigParameters = TypedDict(
    "UpdateOnlineEvaluationConfigParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "OnlineEvaluationConfigId": S,
        "OnlineEvaluationConfigId.$": str,
        "Description": S,
        "Description.$": str,
        "Rule": X[Rule],
        "Rule.$": str,
        "DataSourceConfig": X[DataSourceConfig],
        "DataSourceConfig.$": str,
        "Evaluators": L[Xi[EvaluatorReference]],
        "Evaluators.$": str,
        "Insights": L[Xi[Insight]],
        "Insights.$": str,
        "ClusteringConfig": X[ClusteringConfig],
        "ClusteringConfig.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
        "EvaluationExecutionRoleArn": S,
        "EvaluationExecutionRoleArn.$": str,
        "ExecutionStatus": S,
        "ExecutionStatus.$": str,
    },
    total=False,
)
UpdatePaymentConnectorParameters = TypedDict(
    "UpdatePaymentConnectorParameters",
    {
        "PaymentManagerId": S,
        "PaymentManagerId.$": str,
        "PaymentConnectorId": S,
        "PaymentConnectorId.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "CredentialProviderConfigurations": L[Xi[CredentialsProviderConfiguration]],
        "CredentialProviderConfigurations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdatePaymentCredentialProviderParameters = TypedDict(
    "UpdatePaymentCredentialProviderParameters",
    {
        "Name": S,
        "Name.$": str,
        "CredentialProviderVendor": S,
        "CredentialProviderVendor.$": str,
        "ProviderConfigurationInput": X[PaymentProviderConfigurationInput],
        "ProviderConfigurationInput.$": str,
    },
    total=False,
)
UpdatePaymentManagerParameters = TypedDict(
    "UpdatePaymentManagerParameters",
    {
        "PaymentManagerId": S,
        "PaymentManagerId.$": str,
        "Description": S,
        "Description.$": str,
        "AuthorizerType": S,
        "AuthorizerType.$": str,
        "AuthorizerConfiguration": X[AuthorizerConfiguration],
        "AuthorizerConfiguration.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)
UpdatePolicyParameters = TypedDict(
    "UpdatePolicyParameters",
    {
        "PolicyEngineId": S,
        "PolicyEngineId.$": str,
        "PolicyId": S,
        "PolicyId.$": str,
        "Description": X[UpdatedDescription],
        "Description.$": str,
        "Definition": X[PolicyDefinition],
        "Definition.$": str,
        "ValidationMode": S,
        "ValidationMode.$": str,
        "EnforcementMode": S,
        "EnforcementMode.$": str,
    },
    total=False,
)

class UpdatedPolicyInformationProviderUrl(TypedDict, total=False):
    OptionalValue: S

class UpdatePolicyInformationProviderConfiguration(TypedDict, total=False):
    CredentialProvider: X[PolicyInformationProviderCredentialProvider]
    Url: X[UpdatedPolicyInformationProviderUrl]

class UpdatedPolicyInformationProviderConfiguration(TypedDict, total=False):
    ProviderConfiguration: X[UpdatePolicyInformationProviderConfiguration]

UpdatePolicyEngineParameters = TypedDict(
    "UpdatePolicyEngineParameters",
    {
        "PolicyEngineId": S,
        "PolicyEngineId.$": str,
        "Description": X[UpdatedDescription],
        "Description.$": str,
        "PolicyInformationProviderConfiguration": M[
            X[UpdatedPolicyInformationProviderConfiguration]
        ],
        "PolicyInformationProviderConfiguration.$": str,
    },
    total=False,
)

class UpdatedApprovalConfiguration(TypedDict, total=False):
    OptionalValue: X[ApprovalConfiguration]

UpdateRegistryParameters = TypedDict(
    "UpdateRegistryParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": X[UpdatedDescription],
        "Description.$": str,
        "AuthorizerConfiguration": X[UpdatedAuthorizerConfiguration],
        "AuthorizerConfiguration.$": str,
        "ApprovalConfiguration": X[UpdatedApprovalConfiguration],
        "ApprovalConfiguration.$": str,
    },
    total=False,
)

class UpdatedServerDefinition(TypedDict, total=False):
    OptionalValue: X[ServerDefinition]

class UpdatedToolsDefinition(TypedDict, total=False):
    OptionalValue: X[ToolsDefinition]

class UpdatedMcpDescriptorFields(TypedDict, total=False):
    Server: X[UpdatedServerDefinition]
    Tools: X[UpdatedToolsDefinition]

class UpdatedMcpDescriptor(TypedDict, total=False):
    OptionalValue: X[UpdatedMcpDescriptorFields]

class UpdatedA2aDescriptor(TypedDict, total=False):
    OptionalValue: X[A2aDescriptor]

class UpdatedCustomDescriptor(TypedDict, total=False):
    OptionalValue: X[CustomDescriptor]

class UpdatedSkillMdDefinition(TypedDict, total=False):
    OptionalValue: X[SkillMdDefinition]

class UpdatedSkillDefinition(TypedDict, total=False):
    OptionalValue: X[SkillDefinition]

class UpdatedAgentSkillsDescriptorFields(TypedDict, total=False):
    SkillMd: X[UpdatedSkillMdDefinition]
    SkillDefinition: X[UpdatedSkillDefinition]

class UpdatedAgentSkillsDescriptor(TypedDict, total=False):
    OptionalValue: X[UpdatedAgentSkillsDescriptorFields]

class UpdatedDescriptorsUnion(TypedDict, total=False):
    Mcp: X[UpdatedMcpDescriptor]
    A2a: X[UpdatedA2aDescriptor]
    Custom: X[UpdatedCustomDescriptor]
    AgentSkills: X[UpdatedAgentSkillsDescriptor]

class UpdatedDescriptors(TypedDict, total=False):
    OptionalValue: X[UpdatedDescriptorsUnion]

class UpdatedSynchronizationType(TypedDict, total=False):
    OptionalValue: S

class UpdatedSynchronizationConfiguration(TypedDict, total=False):
    OptionalValue: X[SynchronizationConfiguration]

UpdateRegistryRecordParameters = TypedDict(
    "UpdateRegistryRecordParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RecordId": S,
        "RecordId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": X[UpdatedDescription],
        "Description.$": str,
        "DescriptorType": S,
        "DescriptorType.$": str,
        "Descriptors": X[UpdatedDescriptors],
        "Descriptors.$": str,
        "RecordVersion": S,
        "RecordVersion.$": str,
        "SynchronizationType": X[UpdatedSynchronizationType],
        "SynchronizationType.$": str,
        "SynchronizationConfiguration": X[UpdatedSynchronizationConfiguration],
        "SynchronizationConfiguration.$": str,
        "TriggerSynchronization": B,
        "TriggerSynchronization.$": str,
    },
    total=False,
)
UpdateRegistryRecordStatusParameters = TypedDict(
    "UpdateRegistryRecordStatusParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RecordId": S,
        "RecordId.$": str,
        "Status": S,
        "Status.$": str,
        "StatusReason": S,
        "StatusReason.$": str,
    },
    total=False,
)
UpdateWorkloadIdentityParameters = TypedDict(
    "UpdateWorkloadIdentityParameters",
    {
        "Name": S,
        "Name.$": str,
        "AllowedResourceOauth2ReturnUrls": L[Si],
        "AllowedResourceOauth2ReturnUrls.$": str,
    },
    total=False,
)
add_dataset_examples: Builder[AddDatasetExamplesParameters]
batch_put_gateway_rate_limits: Builder[BatchPutGatewayRateLimitsParameters]
create_agent_runtime: Builder[CreateAgentRuntimeParameters]
create_agent_runtime_endpoint: Builder[CreateAgentRuntimeEndpointParameters]
create_api_key_credential_provider: Builder[CreateApiKeyCredentialProviderParameters]
create_browser: Builder[CreateBrowserParameters]
create_browser_profile: Builder[CreateBrowserProfileParameters]
create_capacity_provider: Builder[CreateCapacityProviderParameters]
create_code_interpreter: Builder[CreateCodeInterpreterParameters]
create_configuration_bundle: Builder[CreateConfigurationBundleParameters]
create_consent_portal: Builder[CreateConsentPortalParameters]
create_dataset: Builder[CreateDatasetParameters]
create_dataset_version: Builder[CreateDatasetVersionParameters]
create_evaluator: Builder[CreateEvaluatorParameters]
create_gateway: Builder[CreateGatewayParameters]
create_gateway_rate_limit: Builder[CreateGatewayRateLimitParameters]
create_gateway_rule: Builder[CreateGatewayRuleParameters]
create_gateway_target: Builder[CreateGatewayTargetParameters]
create_harness: Builder[CreateHarnessParameters]
create_harness_endpoint: Builder[CreateHarnessEndpointParameters]
create_memory: Builder[CreateMemoryParameters]
create_oauth2_credential_provider: Builder[CreateOauth2CredentialProviderParameters]
create_online_evaluation_config: Builder[CreateOnlineEvaluationConfigParameters]
create_payment_connector: Builder[CreatePaymentConnectorParameters]
create_payment_credential_provider: Builder[CreatePaymentCredentialProviderParameters]
create_payment_manager: Builder[CreatePaymentManagerParameters]
create_policy: Builder[CreatePolicyParameters]
create_policy_engine: Builder[CreatePolicyEngineParameters]
create_registry: Builder[CreateRegistryParameters]
create_registry_record: Builder[CreateRegistryRecordParameters]
create_workload_identity: Builder[CreateWorkloadIdentityParameters]
delete_agent_runtime: Builder[DeleteAgentRuntimeParameters]
delete_agent_runtime_endpoint: Builder[DeleteAgentRuntimeEndpointParameters]
delete_api_key_credential_provider: Builder[DeleteApiKeyCredentialProviderParameters]
delete_browser: Builder[DeleteBrowserParameters]
delete_browser_profile: Builder[DeleteBrowserProfileParameters]
delete_capacity_provider: Builder[DeleteCapacityProviderParameters]
delete_code_interpreter: Builder[DeleteCodeInterpreterParameters]
delete_configuration_bundle: Builder[DeleteConfigurationBundleParameters]
delete_consent_portal: Builder[DeleteConsentPortalParameters]
delete_dataset: Builder[DeleteDatasetParameters]
delete_dataset_examples: Builder[DeleteDatasetExamplesParameters]
delete_evaluator: Builder[DeleteEvaluatorParameters]
delete_gateway: Builder[DeleteGatewayParameters]
delete_gateway_rate_limit: Builder[DeleteGatewayRateLimitParameters]
delete_gateway_rule: Builder[DeleteGatewayRuleParameters]
delete_gateway_target: Builder[DeleteGatewayTargetParameters]
delete_harness: Builder[DeleteHarnessParameters]
delete_harness_endpoint: Builder[DeleteHarnessEndpointParameters]
delete_memory: Builder[DeleteMemoryParameters]
delete_oauth2_credential_provider: Builder[DeleteOauth2CredentialProviderParameters]
delete_online_evaluation_config: Builder[DeleteOnlineEvaluationConfigParameters]
delete_payment_connector: Builder[DeletePaymentConnectorParameters]
delete_payment_credential_provider: Builder[DeletePaymentCredentialProviderParameters]
delete_payment_manager: Builder[DeletePaymentManagerParameters]
delete_policy: Builder[DeletePolicyParameters]
delete_policy_engine: Builder[DeletePolicyEngineParameters]
delete_registry: Builder[DeleteRegistryParameters]
delete_registry_record: Builder[DeleteRegistryRecordParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_workload_identity: Builder[DeleteWorkloadIdentityParameters]
get_agent_insight_store: Builder[GetAgentInsightStoreParameters]
get_agent_runtime: Builder[GetAgentRuntimeParameters]
get_agent_runtime_endpoint: Builder[GetAgentRuntimeEndpointParameters]
get_api_key_credential_provider: Builder[GetApiKeyCredentialProviderParameters]
get_browser: Builder[GetBrowserParameters]
get_browser_profile: Builder[GetBrowserProfileParameters]
get_capacity_provider: Builder[GetCapacityProviderParameters]
get_code_interpreter: Builder[GetCodeInterpreterParameters]
get_configuration_bundle: Builder[GetConfigurationBundleParameters]
get_configuration_bundle_version: Builder[GetConfigurationBundleVersionParameters]
get_consent_portal: Builder[GetConsentPortalParameters]
get_dataset: Builder[GetDatasetParameters]
get_evaluator: Builder[GetEvaluatorParameters]
get_gateway: Builder[GetGatewayParameters]
get_gateway_rate_limit: Builder[GetGatewayRateLimitParameters]
get_gateway_rule: Builder[GetGatewayRuleParameters]
get_gateway_target: Builder[GetGatewayTargetParameters]
get_harness: Builder[GetHarnessParameters]
get_harness_endpoint: Builder[GetHarnessEndpointParameters]
get_memory: Builder[GetMemoryParameters]
get_oauth2_credential_provider: Builder[GetOauth2CredentialProviderParameters]
get_online_evaluation_config: Builder[GetOnlineEvaluationConfigParameters]
get_payment_connector: Builder[GetPaymentConnectorParameters]
get_payment_credential_provider: Builder[GetPaymentCredentialProviderParameters]
get_payment_manager: Builder[GetPaymentManagerParameters]
get_policy: Builder[GetPolicyParameters]
get_policy_engine: Builder[GetPolicyEngineParameters]
get_policy_engine_summary: Builder[GetPolicyEngineSummaryParameters]
get_policy_generation: Builder[GetPolicyGenerationParameters]
get_policy_generation_summary: Builder[GetPolicyGenerationSummaryParameters]
get_policy_summary: Builder[GetPolicySummaryParameters]
get_registry: Builder[GetRegistryParameters]
get_registry_record: Builder[GetRegistryRecordParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_token_vault: Builder[GetTokenVaultParameters]
get_workload_identity: Builder[GetWorkloadIdentityParameters]
list_agent_insight_stores: Builder[ListAgentInsightStoresParameters]
list_agent_runtime_endpoints: Builder[ListAgentRuntimeEndpointsParameters]
list_agent_runtime_versions: Builder[ListAgentRuntimeVersionsParameters]
list_agent_runtime_versions_by_capacity_provider: Builder[
    ListAgentRuntimeVersionsByCapacityProviderParameters
]
list_agent_runtimes: Builder[ListAgentRuntimesParameters]
list_api_key_credential_providers: Builder[ListApiKeyCredentialProvidersParameters]
list_browser_profiles: Builder[ListBrowserProfilesParameters]
list_browsers: Builder[ListBrowsersParameters]
list_capacity_providers: Builder[ListCapacityProvidersParameters]
list_code_interpreters: Builder[ListCodeInterpretersParameters]
list_configuration_bundle_versions: Builder[ListConfigurationBundleVersionsParameters]
list_configuration_bundles: Builder[ListConfigurationBundlesParameters]
list_consent_portals: Builder[ListConsentPortalsParameters]
list_dataset_examples: Builder[ListDatasetExamplesParameters]
list_dataset_versions: Builder[ListDatasetVersionsParameters]
list_datasets: Builder[ListDatasetsParameters]
list_evaluators: Builder[ListEvaluatorsParameters]
list_gateway_rate_limits: Builder[ListGatewayRateLimitsParameters]
list_gateway_rules: Builder[ListGatewayRulesParameters]
list_gateway_targets: Builder[ListGatewayTargetsParameters]
list_gateways: Builder[ListGatewaysParameters]
list_harness_endpoints: Builder[ListHarnessEndpointsParameters]
list_harness_versions: Builder[ListHarnessVersionsParameters]
list_harnesses: Builder[ListHarnessesParameters]
list_memories: Builder[ListMemoriesParameters]
list_oauth2_credential_providers: Builder[ListOauth2CredentialProvidersParameters]
list_online_evaluation_configs: Builder[ListOnlineEvaluationConfigsParameters]
list_payment_connectors: Builder[ListPaymentConnectorsParameters]
list_payment_credential_providers: Builder[ListPaymentCredentialProvidersParameters]
list_payment_managers: Builder[ListPaymentManagersParameters]
list_policies: Builder[ListPoliciesParameters]
list_policy_engine_summaries: Builder[ListPolicyEngineSummariesParameters]
list_policy_engines: Builder[ListPolicyEnginesParameters]
list_policy_generation_assets: Builder[ListPolicyGenerationAssetsParameters]
list_policy_generation_summaries: Builder[ListPolicyGenerationSummariesParameters]
list_policy_generations: Builder[ListPolicyGenerationsParameters]
list_policy_summaries: Builder[ListPolicySummariesParameters]
list_registries: Builder[ListRegistriesParameters]
list_registry_records: Builder[ListRegistryRecordsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_workload_identities: Builder[ListWorkloadIdentitiesParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
reset_token_vault_key_material: Builder[ResetTokenVaultKeyMaterialParameters]
rotate_payment_connector_credentials: Builder[RotatePaymentConnectorCredentialsParameters]
set_token_vault_cmk: Builder[SetTokenVaultCMKParameters]
start_policy_generation: Builder[StartPolicyGenerationParameters]
submit_registry_record_for_approval: Builder[SubmitRegistryRecordForApprovalParameters]
synchronize_gateway_targets: Builder[SynchronizeGatewayTargetsParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_agent_insight_store: Builder[UpdateAgentInsightStoreParameters]
update_agent_runtime: Builder[UpdateAgentRuntimeParameters]
update_agent_runtime_endpoint: Builder[UpdateAgentRuntimeEndpointParameters]
update_api_key_credential_provider: Builder[UpdateApiKeyCredentialProviderParameters]
update_capacity_provider: Builder[UpdateCapacityProviderParameters]
update_configuration_bundle: Builder[UpdateConfigurationBundleParameters]
update_consent_portal: Builder[UpdateConsentPortalParameters]
update_dataset: Builder[UpdateDatasetParameters]
update_dataset_examples: Builder[UpdateDatasetExamplesParameters]
update_evaluator: Builder[UpdateEvaluatorParameters]
update_gateway: Builder[UpdateGatewayParameters]
update_gateway_rate_limit: Builder[UpdateGatewayRateLimitParameters]
update_gateway_rule: Builder[UpdateGatewayRuleParameters]
update_gateway_target: Builder[UpdateGatewayTargetParameters]
update_harness: Builder[UpdateHarnessParameters]
update_harness_endpoint: Builder[UpdateHarnessEndpointParameters]
update_memory: Builder[UpdateMemoryParameters]
update_oauth2_credential_provider: Builder[UpdateOauth2CredentialProviderParameters]
update_online_evaluation_config: Builder[UpdateOnlineEvaluationConfigParameters]
update_payment_connector: Builder[UpdatePaymentConnectorParameters]
update_payment_credential_provider: Builder[UpdatePaymentCredentialProviderParameters]
update_payment_manager: Builder[UpdatePaymentManagerParameters]
update_policy: Builder[UpdatePolicyParameters]
update_policy_engine: Builder[UpdatePolicyEngineParameters]
update_registry: Builder[UpdateRegistryParameters]
update_registry_record: Builder[UpdateRegistryRecordParameters]
update_registry_record_status: Builder[UpdateRegistryRecordStatusParameters]
update_workload_identity: Builder[UpdateWorkloadIdentityParameters]

__all__ = [
    "add_dataset_examples",
    "batch_put_gateway_rate_limits",
    "create_agent_runtime",
    "create_agent_runtime_endpoint",
    "create_api_key_credential_provider",
    "create_browser",
    "create_browser_profile",
    "create_capacity_provider",
    "create_code_interpreter",
    "create_configuration_bundle",
    "create_consent_portal",
    "create_dataset",
    "create_dataset_version",
    "create_evaluator",
    "create_gateway",
    "create_gateway_rate_limit",
    "create_gateway_rule",
    "create_gateway_target",
    "create_harness",
    "create_harness_endpoint",
    "create_memory",
    "create_oauth2_credential_provider",
    "create_online_evaluation_config",
    "create_payment_connector",
    "create_payment_credential_provider",
    "create_payment_manager",
    "create_policy",
    "create_policy_engine",
    "create_registry",
    "create_registry_record",
    "create_workload_identity",
    "delete_agent_runtime",
    "delete_agent_runtime_endpoint",
    "delete_api_key_credential_provider",
    "delete_browser",
    "delete_browser_profile",
    "delete_capacity_provider",
    "delete_code_interpreter",
    "delete_configuration_bundle",
    "delete_consent_portal",
    "delete_dataset",
    "delete_dataset_examples",
    "delete_evaluator",
    "delete_gateway",
    "delete_gateway_rate_limit",
    "delete_gateway_rule",
    "delete_gateway_target",
    "delete_harness",
    "delete_harness_endpoint",
    "delete_memory",
    "delete_oauth2_credential_provider",
    "delete_online_evaluation_config",
    "delete_payment_connector",
    "delete_payment_credential_provider",
    "delete_payment_manager",
    "delete_policy",
    "delete_policy_engine",
    "delete_registry",
    "delete_registry_record",
    "delete_resource_policy",
    "delete_workload_identity",
    "get_agent_insight_store",
    "get_agent_runtime",
    "get_agent_runtime_endpoint",
    "get_api_key_credential_provider",
    "get_browser",
    "get_browser_profile",
    "get_capacity_provider",
    "get_code_interpreter",
    "get_configuration_bundle",
    "get_configuration_bundle_version",
    "get_consent_portal",
    "get_dataset",
    "get_evaluator",
    "get_gateway",
    "get_gateway_rate_limit",
    "get_gateway_rule",
    "get_gateway_target",
    "get_harness",
    "get_harness_endpoint",
    "get_memory",
    "get_oauth2_credential_provider",
    "get_online_evaluation_config",
    "get_payment_connector",
    "get_payment_credential_provider",
    "get_payment_manager",
    "get_policy",
    "get_policy_engine",
    "get_policy_engine_summary",
    "get_policy_generation",
    "get_policy_generation_summary",
    "get_policy_summary",
    "get_registry",
    "get_registry_record",
    "get_resource_policy",
    "get_token_vault",
    "get_workload_identity",
    "list_agent_insight_stores",
    "list_agent_runtime_endpoints",
    "list_agent_runtime_versions",
    "list_agent_runtime_versions_by_capacity_provider",
    "list_agent_runtimes",
    "list_api_key_credential_providers",
    "list_browser_profiles",
    "list_browsers",
    "list_capacity_providers",
    "list_code_interpreters",
    "list_configuration_bundle_versions",
    "list_configuration_bundles",
    "list_consent_portals",
    "list_dataset_examples",
    "list_dataset_versions",
    "list_datasets",
    "list_evaluators",
    "list_gateway_rate_limits",
    "list_gateway_rules",
    "list_gateway_targets",
    "list_gateways",
    "list_harness_endpoints",
    "list_harness_versions",
    "list_harnesses",
    "list_memories",
    "list_oauth2_credential_providers",
    "list_online_evaluation_configs",
    "list_payment_connectors",
    "list_payment_credential_providers",
    "list_payment_managers",
    "list_policies",
    "list_policy_engine_summaries",
    "list_policy_engines",
    "list_policy_generation_assets",
    "list_policy_generation_summaries",
    "list_policy_generations",
    "list_policy_summaries",
    "list_registries",
    "list_registry_records",
    "list_tags_for_resource",
    "list_workload_identities",
    "put_resource_policy",
    "reset_token_vault_key_material",
    "rotate_payment_connector_credentials",
    "set_token_vault_cmk",
    "start_policy_generation",
    "submit_registry_record_for_approval",
    "synchronize_gateway_targets",
    "tag_resource",
    "untag_resource",
    "update_agent_insight_store",
    "update_agent_runtime",
    "update_agent_runtime_endpoint",
    "update_api_key_credential_provider",
    "update_capacity_provider",
    "update_configuration_bundle",
    "update_consent_portal",
    "update_dataset",
    "update_dataset_examples",
    "update_evaluator",
    "update_gateway",
    "update_gateway_rate_limit",
    "update_gateway_rule",
    "update_gateway_target",
    "update_harness",
    "update_harness_endpoint",
    "update_memory",
    "update_oauth2_credential_provider",
    "update_online_evaluation_config",
    "update_payment_connector",
    "update_payment_credential_provider",
    "update_payment_manager",
    "update_policy",
    "update_policy_engine",
    "update_registry",
    "update_registry_record",
    "update_registry_record_status",
    "update_workload_identity",
]
