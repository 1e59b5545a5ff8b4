"""Typed builders of the AWS SDK integration of agentregistrycontrol (``aws-sdk:agentregistrycontrol:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, T, X, Xi

AssociatePublisherParameters = TypedDict(
    "AssociatePublisherParameters",
    {
        "RecordArn": S,
        "RecordArn.$": str,
        "PublisherArn": S,
        "PublisherArn.$": str,
        "Subdomain": S,
        "Subdomain.$": str,
        "Categories": L[Si],
        "Categories.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class Identifier(TypedDict, total=False):
    Domain: S

CreatePublisherParameters = TypedDict(
    "CreatePublisherParameters",
    {
        "Value": X[Identifier],
        "Value.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class EncryptionConfiguration(TypedDict, total=False):
    KmsKeyArn: S

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

class CustomJWTAuthorizerConfiguration(TypedDict, total=False):
    DiscoveryUrl: S
    AllowedAudience: L[Si]
    AllowedClients: L[Si]
    AllowedScopes: L[Si]
    CustomClaims: L[Xi[CustomClaimValidationType]]
    PrivateEndpoint: X[PrivateEndpoint]
    PrivateEndpointOverrides: L[Xi[PrivateEndpointOverride]]

class AuthorizerConfiguration(TypedDict, total=False):
    CustomJWTAuthorizer: X[CustomJWTAuthorizerConfiguration]

class DiscoveryConfiguration(TypedDict, total=False):
    AuthorizerConfiguration: X[AuthorizerConfiguration]
    AuthorizerType: S

class ApprovalConfiguration(TypedDict, total=False):
    AutoApprovalRules: L[Si]

class RecordTypeSchemaOverride(TypedDict, total=False):
    RecordType: S
    Schema: S

class CustomMetadataSchemaConfiguration(TypedDict, total=False):
    DefaultSchema: S
    RecordTypeSchemaOverrides: L[Xi[RecordTypeSchemaOverride]]

class AutoDetectionConfiguration(TypedDict, total=False):
    Scope: S
    Enabled: B

CreateRegistryParameters = TypedDict(
    "CreateRegistryParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "DiscoveryConfiguration": X[DiscoveryConfiguration],
        "DiscoveryConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ApprovalConfiguration": X[ApprovalConfiguration],
        "ApprovalConfiguration.$": str,
        "CustomMetadataSchemaConfiguration": X[CustomMetadataSchemaConfiguration],
        "CustomMetadataSchemaConfiguration.$": str,
        "AutoDetectionConfiguration": X[AutoDetectionConfiguration],
        "AutoDetectionConfiguration.$": str,
        "RecordVisibilityConfiguration": S,
        "RecordVisibilityConfiguration.$": str,
    },
    total=False,
)

class McpToolsDescriptor(TypedDict, total=False):
    Data: S
    DataSchemaVersion: S

class McpServerAdditionalData(TypedDict, total=False):
    Tools: X[McpToolsDescriptor]

class RegistryRecordOAuthCredentialProvider(TypedDict, total=False):
    ProviderArn: S
    GrantType: S
    Scopes: L[Si]
    CustomParameters: M[S]
    ReturnUrl: S

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

class DescriptorSourceFromUrl(TypedDict, total=False):
    Url: S
    CredentialProviderConfigurations: L[Xi[RegistryRecordCredentialProviderConfiguration]]

class DescriptorSource(TypedDict, total=False):
    FromUrl: X[DescriptorSourceFromUrl]

class McpServerDescriptor(TypedDict, total=False):
    Data: S
    DataSchemaVersion: S
    AdditionalData: X[McpServerAdditionalData]
    Source: X[DescriptorSource]

class A2aAgentCardDescriptor(TypedDict, total=False):
    Data: S
    DataSchemaVersion: S
    Source: X[DescriptorSource]

class AgentSkillsMdDescriptor(TypedDict, total=False):
    Data: S
    DataSchemaVersion: S
    Source: X[DescriptorSource]

class AgentSkillsPackageDescriptor(TypedDict, total=False):
    Source: X[DescriptorSource]

class S3SourceConfiguration(TypedDict, total=False):
    BucketOwnerAccountId: S

class AgentSkillsSourceConfiguration(TypedDict, total=False):
    S3: X[S3SourceConfiguration]

class AgentSkillsAdditionalData(TypedDict, total=False):
    SkillMd: X[AgentSkillsMdDescriptor]
    SkillPackage: X[AgentSkillsPackageDescriptor]
    RepositoryProvider: S
    SourceConfiguration: X[AgentSkillsSourceConfiguration]

class AgentSkillsDefinitionDescriptor(TypedDict, total=False):
    Data: S
    DataSchemaVersion: S
    AdditionalData: X[AgentSkillsAdditionalData]

class CustomDescriptor(TypedDict, total=False):
    Data: S

class HttpDescriptor(TypedDict, total=False):
    Source: X[DescriptorSource]

class AgUiDescriptor(TypedDict, total=False):
    Source: X[DescriptorSource]

class SignatureAgentCardAdditionalData(TypedDict, total=False):
    Category: S

class SignatureAgentCardDescriptor(TypedDict, total=False):
    Data: S
    DataSchemaVersion: S
    Source: X[DescriptorSource]
    AdditionalData: X[SignatureAgentCardAdditionalData]

class Descriptors(TypedDict, total=False):
    McpServer: X[McpServerDescriptor]
    A2aAgentCard: X[A2aAgentCardDescriptor]
    AgentSkillsDefinition: X[AgentSkillsDefinitionDescriptor]
    Custom: X[CustomDescriptor]
    Http: X[HttpDescriptor]
    Agui: X[AgUiDescriptor]
    SignatureAgentCard: X[SignatureAgentCardDescriptor]

class RegistryRecordArtifactUpload(TypedDict, total=False):
    Content: S
    Sha256: S

class AgentCoreRuntimeProtocolConfiguration(TypedDict, total=False):
    ServerProtocol: S

class WorkloadIdentityDetails(TypedDict, total=False):
    WorkloadIdentityArn: S

class AgentCoreRuntimeSourceDetails(TypedDict, total=False):
    ProtocolConfiguration: X[AgentCoreRuntimeProtocolConfiguration]
    AuthorizerConfiguration: X[AuthorizerConfiguration]
    WorkloadIdentityDetails: X[WorkloadIdentityDetails]
    WorkloadIdentityTemplateArn: S

class AgentCoreGatewaySourceDetails(TypedDict, total=False):
    ProtocolType: S
    AuthorizerType: S
    AuthorizerConfiguration: X[AuthorizerConfiguration]
    WorkloadIdentityDetails: X[WorkloadIdentityDetails]
    WorkloadIdentityTemplateArn: S

class QuickAgentSourceDetails(TypedDict, total=False):
    CreatedAt: T
    UpdatedAt: T

class DevOpsAgentAgentSpaceSourceDetails(TypedDict, total=False):
    CreatedAt: T
    UpdatedAt: T

class EksDeploymentSourceDetails(TypedDict, total=False):
    ClusterArn: S
    Namespace: S
    DeploymentName: S
    ServiceAccountName: S
    WorkloadType: S
    WorkloadIdentityTemplateArn: S

class SourceDetails(TypedDict, total=False):
    AgentcoreRuntime: X[AgentCoreRuntimeSourceDetails]
    AgentcoreGateway: X[AgentCoreGatewaySourceDetails]
    QuickAgent: X[QuickAgentSourceDetails]
    DevopsAgentAgentSpace: X[DevOpsAgentAgentSpaceSourceDetails]
    EksDeployment: X[EksDeploymentSourceDetails]

class Provenance(TypedDict, total=False):
    Relation: S
    SourceId: S
    SourceType: S
    SourceDetails: X[SourceDetails]

CreateRegistryRecordParameters = TypedDict(
    "CreateRegistryRecordParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "Name": S,
        "Name.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "RecordType": S,
        "RecordType.$": str,
        "Descriptors": X[Descriptors],
        "Descriptors.$": str,
        "Artifact": X[RegistryRecordArtifactUpload],
        "Artifact.$": str,
        "RecordVersion": S,
        "RecordVersion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Provenance": L[Xi[Provenance]],
        "Provenance.$": str,
        "CustomMetadata": Doc,
        "CustomMetadata.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeletePublisherParameters = TypedDict(
    "DeletePublisherParameters", {"PublisherArn": S, "PublisherArn.$": str}, total=False
)
DeleteRegistryParameters = TypedDict(
    "DeleteRegistryParameters", {"RegistryId": S, "RegistryId.$": str}, total=False
)
DeleteRegistryRecordParameters = TypedDict(
    "DeleteRegistryRecordParameters",
    {"RegistryId": S, "RegistryId.$": str, "RecordId": S, "RecordId.$": str},
    total=False,
)
DisassociatePublisherParameters = TypedDict(
    "DisassociatePublisherParameters", {"RecordArn": S, "RecordArn.$": str}, total=False
)
GetPublisherParameters = TypedDict(
    "GetPublisherParameters", {"PublisherArn": S, "PublisherArn.$": str}, total=False
)
GetRegistryParameters = TypedDict(
    "GetRegistryParameters", {"RegistryId": S, "RegistryId.$": str}, total=False
)
GetRegistryRecordParameters = TypedDict(
    "GetRegistryRecordParameters",
    {"RegistryId": S, "RegistryId.$": str, "RecordId": S, "RecordId.$": str},
    total=False,
)
ListPublisherAssociationsParameters = TypedDict(
    "ListPublisherAssociationsParameters",
    {
        "PublisherArn": S,
        "PublisherArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPublishersParameters = TypedDict(
    "ListPublishersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class RegistryFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListRegistriesParameters = TypedDict(
    "ListRegistriesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[RegistryFilter]],
        "Filters.$": str,
    },
    total=False,
)

class RegistryRecordFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListRegistryRecordsParameters = TypedDict(
    "ListRegistryRecordsParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[RegistryRecordFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
QuarantineRegisteredWorkloadParameters = TypedDict(
    "QuarantineRegisteredWorkloadParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RecordId": S,
        "RecordId.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
SubmitRegistryRecordForApprovalParameters = TypedDict(
    "SubmitRegistryRecordForApprovalParameters",
    {"RegistryId": S, "RegistryId.$": str, "RecordId": S, "RecordId.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UnquarantineRegisteredWorkloadParameters = TypedDict(
    "UnquarantineRegisteredWorkloadParameters",
    {"RegistryId": S, "RegistryId.$": str, "RecordId": S, "RecordId.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdatePublisherAssociationApprovalStatusParameters = TypedDict(
    "UpdatePublisherAssociationApprovalStatusParameters",
    {
        "RecordArn": S,
        "RecordArn.$": str,
        "ApprovalStatus": S,
        "ApprovalStatus.$": str,
        "ApprovalStatusReason": S,
        "ApprovalStatusReason.$": str,
    },
    total=False,
)

class UpdatedDescription(TypedDict, total=False):
    OptionalValue: S

class UpdatedAuthorizerConfiguration(TypedDict, total=False):
    OptionalValue: X[AuthorizerConfiguration]

class UpdatedDiscoveryConfiguration(TypedDict, total=False):
    AuthorizerConfiguration: X[UpdatedAuthorizerConfiguration]

class UpdatedApprovalConfiguration(TypedDict, total=False):
    OptionalValue: X[ApprovalConfiguration]

class UpdatedCustomMetadataSchemaConfiguration(TypedDict, total=False):
    OptionalValue: X[CustomMetadataSchemaConfiguration]

class UpdatedAutoDetectionConfiguration(TypedDict, total=False):
    OptionalValue: X[AutoDetectionConfiguration]

class RecordVisibilityConfigurationPut(TypedDict, total=False):
    Document: S
    Revision: S

class RecordVisibilityConfigurationDelete(TypedDict, total=False):
    Revision: S

class RecordVisibilityConfigurationUpdate(TypedDict, total=False):
    Put: X[RecordVisibilityConfigurationPut]
    Delete: X[RecordVisibilityConfigurationDelete]

UpdateRegistryParameters = TypedDict(
    "UpdateRegistryParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": X[UpdatedDescription],
        "Description.$": str,
        "DiscoveryConfiguration": X[UpdatedDiscoveryConfiguration],
        "DiscoveryConfiguration.$": str,
        "ApprovalConfiguration": X[UpdatedApprovalConfiguration],
        "ApprovalConfiguration.$": str,
        "CustomMetadataSchemaConfiguration": X[UpdatedCustomMetadataSchemaConfiguration],
        "CustomMetadataSchemaConfiguration.$": str,
        "AutoDetectionConfiguration": X[UpdatedAutoDetectionConfiguration],
        "AutoDetectionConfiguration.$": str,
        "RecordVisibilityConfiguration": X[RecordVisibilityConfigurationUpdate],
        "RecordVisibilityConfiguration.$": str,
    },
    total=False,
)

class UpdatedDisplayName(TypedDict, total=False):
    OptionalValue: S

class UpdatedDescriptorData(TypedDict, total=False):
    OptionalValue: S

class UpdatedDataSchemaVersion(TypedDict, total=False):
    OptionalValue: S

class UpdatedDescriptorSource(TypedDict, total=False):
    OptionalValue: X[DescriptorSource]

class UpdatedMcpToolsDescriptorFields(TypedDict, total=False):
    Data: X[UpdatedDescriptorData]
    DataSchemaVersion: X[UpdatedDataSchemaVersion]

class UpdatedMcpToolsDescriptor(TypedDict, total=False):
    OptionalValue: X[UpdatedMcpToolsDescriptorFields]

class UpdatedMcpServerAdditionalDataFields(TypedDict, total=False):
    Tools: X[UpdatedMcpToolsDescriptor]

class UpdatedMcpServerAdditionalData(TypedDict, total=False):
    OptionalValue: X[UpdatedMcpServerAdditionalDataFields]

class UpdatedMcpServerDescriptorFields(TypedDict, total=False):
    Data: X[UpdatedDescriptorData]
    DataSchemaVersion: X[UpdatedDataSchemaVersion]
    Source: X[UpdatedDescriptorSource]
    AdditionalData: X[UpdatedMcpServerAdditionalData]

class UpdatedMcpServerDescriptor(TypedDict, total=False):
    OptionalValue: X[UpdatedMcpServerDescriptorFields]

class UpdatedA2aAgentCardDescriptorFields(TypedDict, total=False):
    Data: X[UpdatedDescriptorData]
    DataSchemaVersion: X[UpdatedDataSchemaVersion]
    Source: X[UpdatedDescriptorSource]

class UpdatedA2aAgentCardDescriptor(TypedDict, total=False):
    OptionalValue: X[UpdatedA2aAgentCardDescriptorFields]

class UpdatedAgentSkillsMdDescriptorFields(TypedDict, total=False):
    Data: X[UpdatedDescriptorData]
    DataSchemaVersion: X[UpdatedDataSchemaVersion]
    Source: X[UpdatedDescriptorSource]

class UpdatedAgentSkillsMdDescriptor(TypedDict, total=False):
    OptionalValue: X[UpdatedAgentSkillsMdDescriptorFields]

class UpdatedAgentSkillsPackageDescriptor(TypedDict, total=False):
    OptionalValue: X[AgentSkillsPackageDescriptor]

class UpdatedAgentSkillsRepositoryProvider(TypedDict, total=False):
    OptionalValue: S

class UpdatedAgentSkillsSourceConfiguration(TypedDict, total=False):
    OptionalValue: X[AgentSkillsSourceConfiguration]

class UpdatedAgentSkillsAdditionalDataFields(TypedDict, total=False):
    SkillMd: X[UpdatedAgentSkillsMdDescriptor]
    SkillPackage: X[UpdatedAgentSkillsPackageDescriptor]
    RepositoryProvider: X[UpdatedAgentSkillsRepositoryProvider]
    SourceConfiguration: X[UpdatedAgentSkillsSourceConfiguration]

class UpdatedAgentSkillsAdditionalData(TypedDict, total=False):
    OptionalValue: X[UpdatedAgentSkillsAdditionalDataFields]

class UpdatedAgentSkillsDefinitionDescriptorFields(TypedDict, total=False):
    Data: X[UpdatedDescriptorData]
    DataSchemaVersion: X[UpdatedDataSchemaVersion]
    AdditionalData: X[UpdatedAgentSkillsAdditionalData]

class UpdatedAgentSkillsDefinitionDescriptor(TypedDict, total=False):
    OptionalValue: X[UpdatedAgentSkillsDefinitionDescriptorFields]

class UpdatedCustomDescriptorFields(TypedDict, total=False):
    Data: X[UpdatedDescriptorData]

class UpdatedCustomDescriptor(TypedDict, total=False):
    OptionalValue: X[UpdatedCustomDescriptorFields]

class UpdatedHttpDescriptorFields(TypedDict, total=False):
    Source: X[UpdatedDescriptorSource]

class UpdatedHttpDescriptor(TypedDict, total=False):
    OptionalValue: X[UpdatedHttpDescriptorFields]

class UpdatedAgUiDescriptorFields(TypedDict, total=False):
    Source: X[UpdatedDescriptorSource]

class UpdatedAgUiDescriptor(TypedDict, total=False):
    OptionalValue: X[UpdatedAgUiDescriptorFields]

class UpdatedBotCategory(TypedDict, total=False):
    OptionalValue: S

class UpdatedSignatureAgentCardAdditionalDataFields(TypedDict, total=False):
    Category: X[UpdatedBotCategory]

class UpdatedSignatureAgentCardAdditionalData(TypedDict, total=False):
    OptionalValue: X[UpdatedSignatureAgentCardAdditionalDataFields]

class UpdatedSignatureAgentCardDescriptorFields(TypedDict, total=False):
    Data: X[UpdatedDescriptorData]
    DataSchemaVersion: X[UpdatedDataSchemaVersion]
    Source: X[UpdatedDescriptorSource]
    AdditionalData: X[UpdatedSignatureAgentCardAdditionalData]

class UpdatedSignatureAgentCardDescriptor(TypedDict, total=False):
    OptionalValue: X[UpdatedSignatureAgentCardDescriptorFields]

class UpdatedDescriptorsFields(TypedDict, total=False):
    McpServer: X[UpdatedMcpServerDescriptor]
    A2aAgentCard: X[UpdatedA2aAgentCardDescriptor]
    AgentSkillsDefinition: X[UpdatedAgentSkillsDefinitionDescriptor]
    Custom: X[UpdatedCustomDescriptor]
    Http: X[UpdatedHttpDescriptor]
    Agui: X[UpdatedAgUiDescriptor]
    SignatureAgentCard: X[UpdatedSignatureAgentCardDescriptor]

class UpdatedDescriptors(TypedDict, total=False):
    OptionalValue: X[UpdatedDescriptorsFields]

class UpdatedRegistryRecordArtifact(TypedDict, total=False):
    OptionalValue: X[RegistryRecordArtifactUpload]

class UpdatedCustomMetadataMap(TypedDict, total=False):
    OptionalValue: Doc

UpdateRegistryRecordParameters = TypedDict(
    "UpdateRegistryRecordParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "RecordId": S,
        "RecordId.$": str,
        "Name": S,
        "Name.$": str,
        "DisplayName": X[UpdatedDisplayName],
        "DisplayName.$": str,
        "Description": X[UpdatedDescription],
        "Description.$": str,
        "RecordType": S,
        "RecordType.$": str,
        "Descriptors": X[UpdatedDescriptors],
        "Descriptors.$": str,
        "Artifact": X[UpdatedRegistryRecordArtifact],
        "Artifact.$": str,
        "RecordVersion": S,
        "RecordVersion.$": str,
        "CustomMetadata": X[UpdatedCustomMetadataMap],
        "CustomMetadata.$": str,
        "TriggerSynchronization": B,
        "TriggerSynchronization.$": str,
        "ForceAuthentication": B,
        "ForceAuthentication.$": str,
        "Provenance": L[Xi[Provenance]],
        "Provenance.$": str,
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
ValidatePublisherParameters = TypedDict(
    "ValidatePublisherParameters", {"PublisherArn": S, "PublisherArn.$": str}, total=False
)
associate_publisher: Builder[AssociatePublisherParameters]
create_publisher: Builder[CreatePublisherParameters]
create_registry: Builder[CreateRegistryParameters]
create_registry_record: Builder[CreateRegistryRecordParameters]
delete_publisher: Builder[DeletePublisherParameters]
delete_registry: Builder[DeleteRegistryParameters]
delete_registry_record: Builder[DeleteRegistryRecordParameters]
disassociate_publisher: Builder[DisassociatePublisherParameters]
get_publisher: Builder[GetPublisherParameters]
get_registry: Builder[GetRegistryParameters]
get_registry_record: Builder[GetRegistryRecordParameters]
list_publisher_associations: Builder[ListPublisherAssociationsParameters]
list_publishers: Builder[ListPublishersParameters]
list_registries: Builder[ListRegistriesParameters]
list_registry_records: Builder[ListRegistryRecordsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
quarantine_registered_workload: Builder[QuarantineRegisteredWorkloadParameters]
submit_registry_record_for_approval: Builder[SubmitRegistryRecordForApprovalParameters]
tag_resource: Builder[TagResourceParameters]
unquarantine_registered_workload: Builder[UnquarantineRegisteredWorkloadParameters]
untag_resource: Builder[UntagResourceParameters]
update_publisher_association_approval_status: Builder[
    UpdatePublisherAssociationApprovalStatusParameters
]
update_registry: Builder[UpdateRegistryParameters]
update_registry_record: Builder[UpdateRegistryRecordParameters]
update_registry_record_status: Builder[UpdateRegistryRecordStatusParameters]
validate_publisher: Builder[ValidatePublisherParameters]

__all__ = [
    "associate_publisher",
    "create_publisher",
    "create_registry",
    "create_registry_record",
    "delete_publisher",
    "delete_registry",
    "delete_registry_record",
    "disassociate_publisher",
    "get_publisher",
    "get_registry",
    "get_registry_record",
    "list_publisher_associations",
    "list_publishers",
    "list_registries",
    "list_registry_records",
    "list_tags_for_resource",
    "quarantine_registered_workload",
    "submit_registry_record_for_approval",
    "tag_resource",
    "unquarantine_registered_workload",
    "untag_resource",
    "update_publisher_association_approval_status",
    "update_registry",
    "update_registry_record",
    "update_registry_record_status",
    "validate_publisher",
]
