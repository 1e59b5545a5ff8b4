"""Typed builders of the AWS SDK integration of datazone (``aws-sdk:datazone:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, M, S, Si, T, X, Xi

class AcceptRule(TypedDict, total=False):
    Rule: S
    Threshold: F

class AcceptChoice(TypedDict, total=False):
    PredictionTarget: S
    PredictionChoice: I
    EditedValue: S

AcceptPredictionsParameters = TypedDict(
    "AcceptPredictionsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Revision": S,
        "Revision.$": str,
        "AcceptRule": X[AcceptRule],
        "AcceptRule.$": str,
        "AcceptChoices": L[Xi[AcceptChoice]],
        "AcceptChoices.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AcceptedAssetScope(TypedDict, total=False):
    AssetId: S
    FilterIds: L[Si]

class Permissions(TypedDict, total=False):
    S3: L[Si]

class AssetPermission(TypedDict, total=False):
    AssetId: S
    Permissions: X[Permissions]

AcceptSubscriptionRequestParameters = TypedDict(
    "AcceptSubscriptionRequestParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "DecisionComment": S,
        "DecisionComment.$": str,
        "AssetScopes": L[Xi[AcceptedAssetScope]],
        "AssetScopes.$": str,
        "AssetPermissions": L[Xi[AssetPermission]],
        "AssetPermissions.$": str,
    },
    total=False,
)

class OwnerUserProperties(TypedDict, total=False):
    UserIdentifier: S

class OwnerGroupProperties(TypedDict, total=False):
    GroupIdentifier: S

class OwnerProperties(TypedDict, total=False):
    User: X[OwnerUserProperties]
    Group: X[OwnerGroupProperties]

AddEntityOwnerParameters = TypedDict(
    "AddEntityOwnerParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "Owner": X[OwnerProperties],
        "Owner.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AllUsersGrantFilter(TypedDict, total=False): ...

class UserPolicyGrantPrincipal(TypedDict, total=False):
    UserIdentifier: S
    AllUsersGrantFilter: X[AllUsersGrantFilter]

class GroupPolicyGrantPrincipal(TypedDict, total=False):
    GroupIdentifier: S

class DomainUnitFilterForProject(TypedDict, total=False):
    DomainUnit: S
    IncludeChildDomainUnits: B

class ProjectGrantFilter(TypedDict, total=False):
    DomainUnitFilter: X[DomainUnitFilterForProject]

class ProjectPolicyGrantPrincipal(TypedDict, total=False):
    ProjectDesignation: S
    UserCreatedDesignationId: S
    ProjectIdentifier: S
    ProjectGrantFilter: X[ProjectGrantFilter]

class AllDomainUnitsGrantFilter(TypedDict, total=False): ...

class DomainUnitGrantFilter(TypedDict, total=False):
    AllDomainUnitsGrantFilter: X[AllDomainUnitsGrantFilter]

class DomainUnitPolicyGrantPrincipal(TypedDict, total=False):
    DomainUnitDesignation: S
    DomainUnitIdentifier: S
    DomainUnitGrantFilter: X[DomainUnitGrantFilter]

class PolicyGrantPrincipal(TypedDict, total=False):
    User: X[UserPolicyGrantPrincipal]
    Group: X[GroupPolicyGrantPrincipal]
    Project: X[ProjectPolicyGrantPrincipal]
    DomainUnit: X[DomainUnitPolicyGrantPrincipal]

class CreateDomainUnitPolicyGrantDetail(TypedDict, total=False):
    IncludeChildDomainUnits: B

class OverrideDomainUnitOwnersPolicyGrantDetail(TypedDict, total=False):
    IncludeChildDomainUnits: B

class AddToProjectMemberPoolPolicyGrantDetail(TypedDict, total=False):
    IncludeChildDomainUnits: B

class OverrideProjectOwnersPolicyGrantDetail(TypedDict, total=False):
    IncludeChildDomainUnits: B

class CreateGlossaryPolicyGrantDetail(TypedDict, total=False):
    IncludeChildDomainUnits: B

class CreateFormTypePolicyGrantDetail(TypedDict, total=False):
    IncludeChildDomainUnits: B

class CreateAssetTypePolicyGrantDetail(TypedDict, total=False):
    IncludeChildDomainUnits: B

class CreateProjectPolicyGrantDetail(TypedDict, total=False):
    IncludeChildDomainUnits: B

class CreateEnvironmentProfilePolicyGrantDetail(TypedDict, total=False):
    DomainUnitId: S

class Unit(TypedDict, total=False): ...

class CreateProjectFromProjectProfilePolicyGrantDetail(TypedDict, total=False):
    IncludeChildDomainUnits: B
    ProjectProfiles: L[Si]

class UseAssetTypePolicyGrantDetail(TypedDict, total=False):
    DomainUnitId: S

class PolicyGrantDetail(TypedDict, total=False):
    CreateDomainUnit: X[CreateDomainUnitPolicyGrantDetail]
    OverrideDomainUnitOwners: X[OverrideDomainUnitOwnersPolicyGrantDetail]
    AddToProjectMemberPool: X[AddToProjectMemberPoolPolicyGrantDetail]
    OverrideProjectOwners: X[OverrideProjectOwnersPolicyGrantDetail]
    CreateGlossary: X[CreateGlossaryPolicyGrantDetail]
    CreateFormType: X[CreateFormTypePolicyGrantDetail]
    CreateAssetType: X[CreateAssetTypePolicyGrantDetail]
    CreateProject: X[CreateProjectPolicyGrantDetail]
    CreateEnvironmentProfile: X[CreateEnvironmentProfilePolicyGrantDetail]
    DelegateCreateEnvironmentProfile: X[Unit]
    CreateEnvironment: X[Unit]
    CreateEnvironmentFromBlueprint: X[Unit]
    CreateProjectFromProjectProfile: X[CreateProjectFromProjectProfilePolicyGrantDetail]
    UseAssetType: X[UseAssetTypePolicyGrantDetail]

AddPolicyGrantParameters = TypedDict(
    "AddPolicyGrantParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
        "Principal": X[PolicyGrantPrincipal],
        "Principal.$": str,
        "Detail": X[PolicyGrantDetail],
        "Detail.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateEnvironmentRoleParameters = TypedDict(
    "AssociateEnvironmentRoleParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "EnvironmentRoleArn": S,
        "EnvironmentRoleArn.$": str,
    },
    total=False,
)
AssociateGovernedTermsParameters = TypedDict(
    "AssociateGovernedTermsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "GovernedGlossaryTerms": L[Si],
        "GovernedGlossaryTerms.$": str,
    },
    total=False,
)
BatchGetAttributesMetadataParameters = TypedDict(
    "BatchGetAttributesMetadataParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "EntityRevision": S,
        "EntityRevision.$": str,
        "AttributeIdentifiers": L[Si],
        "AttributeIdentifiers.$": str,
    },
    total=False,
)

class FormInput(TypedDict, total=False):
    FormName: S
    TypeIdentifier: S
    TypeRevision: S
    Content: S

class AttributeInput(TypedDict, total=False):
    AttributeIdentifier: S
    Forms: L[Xi[FormInput]]

BatchPutAttributesMetadataParameters = TypedDict(
    "BatchPutAttributesMetadataParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Attributes": L[Xi[AttributeInput]],
        "Attributes.$": str,
    },
    total=False,
)
CancelMetadataGenerationRunParameters = TypedDict(
    "CancelMetadataGenerationRunParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
CancelSubscriptionParameters = TypedDict(
    "CancelSubscriptionParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)

class AccountInfo(TypedDict, total=False):
    AwsAccountId: S
    SupportedRegions: L[Si]
    AwsAccountName: S

class CustomAccountPoolHandler(TypedDict, total=False):
    LambdaFunctionArn: S
    LambdaExecutionRoleArn: S

class AccountSource(TypedDict, total=False):
    Accounts: L[Xi[AccountInfo]]
    CustomAccountPoolHandler: X[CustomAccountPoolHandler]

CreateAccountPoolParameters = TypedDict(
    "CreateAccountPoolParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ResolutionStrategy": S,
        "ResolutionStrategy.$": str,
        "AccountSource": X[AccountSource],
        "AccountSource.$": str,
    },
    total=False,
)

class BusinessNameGenerationConfiguration(TypedDict, total=False):
    Enabled: B

class PredictionConfiguration(TypedDict, total=False):
    BusinessNameGeneration: X[BusinessNameGenerationConfiguration]

CreateAssetParameters = TypedDict(
    "CreateAssetParameters",
    {
        "Name": S,
        "Name.$": str,
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "ExternalIdentifier": S,
        "ExternalIdentifier.$": str,
        "TypeIdentifier": S,
        "TypeIdentifier.$": str,
        "TypeRevision": S,
        "TypeRevision.$": str,
        "Description": S,
        "Description.$": str,
        "GlossaryTerms": L[Si],
        "GlossaryTerms.$": str,
        "FormsInput": L[Xi[FormInput]],
        "FormsInput.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
        "PredictionConfiguration": X[PredictionConfiguration],
        "PredictionConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ColumnFilterConfiguration(TypedDict, total=False):
    IncludedColumnNames: L[Si]

class EqualToExpression(TypedDict, total=False):
    ColumnName: S
    Value: S

class NotEqualToExpression(TypedDict, total=False):
    ColumnName: S
    Value: S

class GreaterThanExpression(TypedDict, total=False):
    ColumnName: S
    Value: S

class LessThanExpression(TypedDict, total=False):
    ColumnName: S
    Value: S

class GreaterThanOrEqualToExpression(TypedDict, total=False):
    ColumnName: S
    Value: S

class LessThanOrEqualToExpression(TypedDict, total=False):
    ColumnName: S
    Value: S

class IsNullExpression(TypedDict, total=False):
    ColumnName: S

class IsNotNullExpression(TypedDict, total=False):
    ColumnName: S

class InExpression(TypedDict, total=False):
    ColumnName: S
    Values: L[Si]

class NotInExpression(TypedDict, total=False):
    ColumnName: S
    Values: L[Si]

class LikeExpression(TypedDict, total=False):
    ColumnName: S
    Value: S

class NotLikeExpression(TypedDict, total=False):
    ColumnName: S
    Value: S

class RowFilterExpression(TypedDict, total=False):
    EqualTo: X[EqualToExpression]
    NotEqualTo: X[NotEqualToExpression]
    GreaterThan: X[GreaterThanExpression]
    LessThan: X[LessThanExpression]
    GreaterThanOrEqualTo: X[GreaterThanOrEqualToExpression]
    LessThanOrEqualTo: X[LessThanOrEqualToExpression]
    IsNull: X[IsNullExpression]
    IsNotNull: X[IsNotNullExpression]
    In: X[InExpression]
    NotIn: X[NotInExpression]
    Like: X[LikeExpression]
    NotLike: X[NotLikeExpression]

class RowFilter(TypedDict, total=False):
    Expression: X[RowFilterExpression]
    And: L[Xi[RowFilter]]
    Or: L[Xi[RowFilter]]

class RowFilterConfiguration(TypedDict, total=False):
    RowFilter: X[RowFilter]
    Sensitive: B

class AssetFilterConfiguration(TypedDict, total=False):
    ColumnConfiguration: X[ColumnFilterConfiguration]
    RowConfiguration: X[RowFilterConfiguration]

CreateAssetFilterParameters = TypedDict(
    "CreateAssetFilterParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "AssetIdentifier": S,
        "AssetIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Configuration": X[AssetFilterConfiguration],
        "Configuration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateAssetRevisionParameters = TypedDict(
    "CreateAssetRevisionParameters",
    {
        "Name": S,
        "Name.$": str,
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "TypeRevision": S,
        "TypeRevision.$": str,
        "Description": S,
        "Description.$": str,
        "GlossaryTerms": L[Si],
        "GlossaryTerms.$": str,
        "FormsInput": L[Xi[FormInput]],
        "FormsInput.$": str,
        "PredictionConfiguration": X[PredictionConfiguration],
        "PredictionConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class FormEntryInput(TypedDict, total=False):
    TypeIdentifier: S
    TypeRevision: S
    Required: B

CreateAssetTypeParameters = TypedDict(
    "CreateAssetTypeParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "FormsInput": M[X[FormEntryInput]],
        "FormsInput.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
    },
    total=False,
)

class AwsLocation(TypedDict, total=False):
    AccessRole: S
    AwsAccountId: S
    AwsRegion: S
    IamConnectionId: S

class Configuration(TypedDict, total=False):
    Classification: S
    Properties: M[S]

class AthenaPropertiesInput(TypedDict, total=False):
    WorkgroupName: S

class PhysicalConnectionRequirements(TypedDict, total=False):
    SubnetId: S
    SubnetIdList: L[Si]
    SecurityGroupIdList: L[Si]
    AvailabilityZone: S

class OAuth2ClientApplication(TypedDict, total=False):
    UserManagedClientApplicationClientId: S
    AwsManagedClientApplicationReference: S

class AuthorizationCodeProperties(TypedDict, total=False):
    AuthorizationCode: S
    RedirectUri: S

class GlueOAuth2Credentials(TypedDict, total=False):
    UserManagedClientApplicationClientSecret: S
    AccessToken: S
    RefreshToken: S
    JwtToken: S

class OAuth2Properties(TypedDict, total=False):
    OAuth2GrantType: S
    OAuth2ClientApplication: X[OAuth2ClientApplication]
    TokenUrl: S
    TokenUrlParametersMap: M[S]
    AuthorizationCodeProperties: X[AuthorizationCodeProperties]
    OAuth2Credentials: X[GlueOAuth2Credentials]

class BasicAuthenticationCredentials(TypedDict, total=False):
    UserName: S
    Password: S

class AuthenticationConfigurationInput(TypedDict, total=False):
    AuthenticationType: S
    OAuth2Properties: X[OAuth2Properties]
    SecretArn: S
    KmsKeyArn: S
    BasicAuthenticationCredentials: X[BasicAuthenticationCredentials]
    CustomAuthenticationCredentials: M[S]

class GlueConnectionInput(TypedDict, total=False):
    ConnectionProperties: M[S]
    PhysicalConnectionRequirements: X[PhysicalConnectionRequirements]
    Name: S
    Description: S
    ConnectionType: S
    MatchCriteria: S
    ValidateCredentials: B
    ValidateForComputeEnvironments: L[Si]
    SparkProperties: M[S]
    AthenaProperties: M[S]
    PythonProperties: M[S]
    AuthenticationConfiguration: X[AuthenticationConfigurationInput]

class GluePropertiesInput(TypedDict, total=False):
    GlueConnectionInput: X[GlueConnectionInput]

class HyperPodPropertiesInput(TypedDict, total=False):
    ClusterName: S

class IamPropertiesInput(TypedDict, total=False):
    GlueLineageSyncEnabled: B
    RoleArn: S

class RedshiftStorageProperties(TypedDict, total=False):
    ClusterName: S
    WorkgroupName: S

class UsernamePassword(TypedDict, total=False):
    Password: S
    Username: S

class RedshiftCredentials(TypedDict, total=False):
    SecretArn: S
    UsernamePassword: X[UsernamePassword]

class LineageSyncSchedule(TypedDict, total=False):
    Schedule: S

class RedshiftLineageSyncConfigurationInput(TypedDict, total=False):
    Enabled: B
    Schedule: X[LineageSyncSchedule]

class RedshiftPropertiesInput(TypedDict, total=False):
    Storage: X[RedshiftStorageProperties]
    DatabaseName: S
    Host: S
    Port: I
    Credentials: X[RedshiftCredentials]
    LineageSync: X[RedshiftLineageSyncConfigurationInput]

class SparkEmrPropertiesInput(TypedDict, total=False):
    ComputeArn: S
    InstanceProfileArn: S
    JavaVirtualEnv: S
    LogUri: S
    PythonVirtualEnv: S
    RuntimeRole: S
    TrustedCertificatesS3Uri: S
    ManagedEndpointArn: S

class SparkGlueArgs(TypedDict, total=False):
    Connection: S

class SparkGluePropertiesInput(TypedDict, total=False):
    AdditionalArgs: X[SparkGlueArgs]
    GlueConnectionName: S
    GlueConnectionNames: L[Si]
    GlueVersion: S
    IdleTimeout: I
    JavaVirtualEnv: S
    NumberOfWorkers: I
    PythonVirtualEnv: S
    WorkerType: S

class S3PropertiesInput(TypedDict, total=False):
    S3Uri: S
    S3AccessGrantLocationId: S
    RegisterS3AccessGrantLocation: B

class ConnectivityProperties(TypedDict, total=False):
    ConnectionProperties: M[S]
    PhysicalConnectionRequirements: X[PhysicalConnectionRequirements]
    Name: S
    Description: S
    ValidateCredentials: B
    ValidateForComputeEnvironments: L[Si]
    SparkProperties: M[S]
    AthenaProperties: M[S]
    PythonProperties: M[S]
    AuthenticationConfiguration: X[AuthenticationConfigurationInput]

class IdentityMapping(TypedDict, total=False):
    UsernameAttribute: S
    Prefix: S

class LineageSyncInput(TypedDict, total=False):
    Timezone: S
    Enabled: B
    Schedule: S

class SnowflakePropertiesInput(TypedDict, total=False):
    ConnectivityProperties: X[ConnectivityProperties]
    SnowflakeRole: S
    IdentityMapping: X[IdentityMapping]
    LineageSync: X[LineageSyncInput]

class AmazonQPropertiesInput(TypedDict, total=False):
    IsEnabled: B
    ProfileArn: S
    AuthMode: S

class MlflowPropertiesInput(TypedDict, total=False):
    TrackingServerArn: S

class WorkflowsMwaaPropertiesInput(TypedDict, total=False):
    MwaaEnvironmentName: S

class WorkflowsServerlessPropertiesInput(TypedDict, total=False): ...

class LakehousePropertiesInput(TypedDict, total=False):
    GlueLineageSyncEnabled: B

class VpcPropertiesInput(TypedDict, total=False):
    VpcId: S
    SubnetIds: L[Si]
    SecurityGroupId: S

class GitPropertiesInput(TypedDict, total=False):
    CodeConnectionArn: S
    RepositoryId: S
    DefaultBranch: S

class ConnectionPropertiesInput(TypedDict, total=False):
    AthenaProperties: X[AthenaPropertiesInput]
    GlueProperties: X[GluePropertiesInput]
    HyperPodProperties: X[HyperPodPropertiesInput]
    IamProperties: X[IamPropertiesInput]
    RedshiftProperties: X[RedshiftPropertiesInput]
    SparkEmrProperties: X[SparkEmrPropertiesInput]
    SparkGlueProperties: X[SparkGluePropertiesInput]
    S3Properties: X[S3PropertiesInput]
    SnowflakeProperties: X[SnowflakePropertiesInput]
    AmazonQProperties: X[AmazonQPropertiesInput]
    MlflowProperties: X[MlflowPropertiesInput]
    WorkflowsMwaaProperties: X[WorkflowsMwaaPropertiesInput]
    WorkflowsServerlessProperties: X[WorkflowsServerlessPropertiesInput]
    LakehouseProperties: X[LakehousePropertiesInput]
    VpcProperties: X[VpcPropertiesInput]
    GitProperties: X[GitPropertiesInput]

CreateConnectionParameters = TypedDict(
    "CreateConnectionParameters",
    {
        "AwsLocation": X[AwsLocation],
        "AwsLocation.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Configurations": L[Xi[Configuration]],
        "Configurations.$": str,
        "Description": S,
        "Description.$": str,
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Props": X[ConnectionPropertiesInput],
        "Props.$": str,
        "EnableTrustedIdentityPropagation": B,
        "EnableTrustedIdentityPropagation.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)

class DataProductItem(TypedDict, total=False):
    ItemType: S
    Identifier: S
    Revision: S
    GlossaryTerms: L[Si]

CreateDataProductParameters = TypedDict(
    "CreateDataProductParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "GlossaryTerms": L[Si],
        "GlossaryTerms.$": str,
        "FormsInput": L[Xi[FormInput]],
        "FormsInput.$": str,
        "Items": L[Xi[DataProductItem]],
        "Items.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateDataProductRevisionParameters = TypedDict(
    "CreateDataProductRevisionParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "GlossaryTerms": L[Si],
        "GlossaryTerms.$": str,
        "Items": L[Xi[DataProductItem]],
        "Items.$": str,
        "FormsInput": L[Xi[FormInput]],
        "FormsInput.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class FilterExpression(TypedDict, total=False):
    Type: S
    Expression: S

class RelationalFilterConfiguration(TypedDict, total=False):
    DatabaseName: S
    SchemaName: S
    FilterExpressions: L[Xi[FilterExpression]]

class GlueRunConfigurationInput(TypedDict, total=False):
    DataAccessRole: S
    RelationalFilterConfigurations: L[Xi[RelationalFilterConfiguration]]
    AutoImportDataQualityResult: B
    CatalogName: S

class RedshiftCredentialConfiguration(TypedDict, total=False):
    SecretManagerArn: S

class RedshiftClusterStorage(TypedDict, total=False):
    ClusterName: S

class RedshiftServerlessStorage(TypedDict, total=False):
    WorkgroupName: S

class RedshiftStorage(TypedDict, total=False):
    RedshiftClusterSource: X[RedshiftClusterStorage]
    RedshiftServerlessSource: X[RedshiftServerlessStorage]

class RedshiftRunConfigurationInput(TypedDict, total=False):
    DataAccessRole: S
    RelationalFilterConfigurations: L[Xi[RelationalFilterConfiguration]]
    RedshiftCredentialConfiguration: X[RedshiftCredentialConfiguration]
    RedshiftStorage: X[RedshiftStorage]

class SageMakerRunConfigurationInput(TypedDict, total=False):
    TrackingAssets: M[L[Si]]

class DataSourceConfigurationInput(TypedDict, total=False):
    GlueRunConfiguration: X[GlueRunConfigurationInput]
    RedshiftRunConfiguration: X[RedshiftRunConfigurationInput]
    SageMakerRunConfiguration: X[SageMakerRunConfigurationInput]

class RecommendationConfiguration(TypedDict, total=False):
    EnableBusinessNameGeneration: B

class ScheduleConfiguration(TypedDict, total=False):
    Timezone: S
    Schedule: S

CreateDataSourceParameters = TypedDict(
    "CreateDataSourceParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "ConnectionIdentifier": S,
        "ConnectionIdentifier.$": str,
        "Type": S,
        "Type.$": str,
        "Configuration": X[DataSourceConfigurationInput],
        "Configuration.$": str,
        "Recommendation": X[RecommendationConfiguration],
        "Recommendation.$": str,
        "EnableSetting": S,
        "EnableSetting.$": str,
        "Schedule": X[ScheduleConfiguration],
        "Schedule.$": str,
        "PublishOnImport": B,
        "PublishOnImport.$": str,
        "AssetFormsInput": L[Xi[FormInput]],
        "AssetFormsInput.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateDesignationParameters = TypedDict(
    "CreateDesignationParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Policy": S,
        "Policy.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
    },
    total=False,
)

class SingleSignOn(TypedDict, total=False):
    Type: S
    UserAssignment: S
    IdcInstanceArn: S

CreateDomainParameters = TypedDict(
    "CreateDomainParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SingleSignOn": X[SingleSignOn],
        "SingleSignOn.$": str,
        "DomainExecutionRole": S,
        "DomainExecutionRole.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DomainVersion": S,
        "DomainVersion.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateDomainUnitParameters = TypedDict(
    "CreateDomainUnitParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "ParentDomainUnitIdentifier": S,
        "ParentDomainUnitIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class EnvironmentParameter(TypedDict, total=False):
    Name: S
    Value: S

CreateEnvironmentParameters = TypedDict(
    "CreateEnvironmentParameters",
    {
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "EnvironmentProfileIdentifier": S,
        "EnvironmentProfileIdentifier.$": str,
        "UserParameters": L[Xi[EnvironmentParameter]],
        "UserParameters.$": str,
        "GlossaryTerms": L[Si],
        "GlossaryTerms.$": str,
        "EnvironmentAccountIdentifier": S,
        "EnvironmentAccountIdentifier.$": str,
        "EnvironmentAccountRegion": S,
        "EnvironmentAccountRegion.$": str,
        "EnvironmentBlueprintIdentifier": S,
        "EnvironmentBlueprintIdentifier.$": str,
        "DeploymentOrder": I,
        "DeploymentOrder.$": str,
        "EnvironmentConfigurationId": S,
        "EnvironmentConfigurationId.$": str,
        "EnvironmentConfigurationName": S,
        "EnvironmentConfigurationName.$": str,
    },
    total=False,
)

class AwsConsoleLinkParameters(TypedDict, total=False):
    Uri: S

class ActionParameters(TypedDict, total=False):
    AwsConsoleLink: X[AwsConsoleLinkParameters]

CreateEnvironmentActionParameters = TypedDict(
    "CreateEnvironmentActionParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Parameters": X[ActionParameters],
        "Parameters.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class CloudFormationProperties(TypedDict, total=False):
    TemplateUrl: S

class ProvisioningProperties(TypedDict, total=False):
    CloudFormation: X[CloudFormationProperties]

class CustomParameter(TypedDict, total=False):
    KeyName: S
    Description: S
    FieldType: S
    DefaultValue: S
    IsEditable: B
    IsOptional: B
    IsUpdateSupported: B

CreateEnvironmentBlueprintParameters = TypedDict(
    "CreateEnvironmentBlueprintParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ProvisioningProperties": X[ProvisioningProperties],
        "ProvisioningProperties.$": str,
        "UserParameters": L[Xi[CustomParameter]],
        "UserParameters.$": str,
        "BlueprintCategory": S,
        "BlueprintCategory.$": str,
    },
    total=False,
)
CreateEnvironmentProfileParameters = TypedDict(
    "CreateEnvironmentProfileParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "EnvironmentBlueprintIdentifier": S,
        "EnvironmentBlueprintIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "UserParameters": L[Xi[EnvironmentParameter]],
        "UserParameters.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AwsAccountRegion": S,
        "AwsAccountRegion.$": str,
    },
    total=False,
)

class Model(TypedDict, total=False):
    Smithy: S

CreateFormTypeParameters = TypedDict(
    "CreateFormTypeParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Model": X[Model],
        "Model.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
CreateGlossaryParameters = TypedDict(
    "CreateGlossaryParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "UsageRestrictions": L[Si],
        "UsageRestrictions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class TermRelations(TypedDict, total=False):
    IsA: L[Si]
    Classifies: L[Si]

CreateGlossaryTermParameters = TypedDict(
    "CreateGlossaryTermParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "GlossaryIdentifier": S,
        "GlossaryIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Status": S,
        "Status.$": str,
        "ShortDescription": S,
        "ShortDescription.$": str,
        "LongDescription": S,
        "LongDescription.$": str,
        "TermRelations": X[TermRelations],
        "TermRelations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateGroupProfileParameters = TypedDict(
    "CreateGroupProfileParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "GroupIdentifier": S,
        "GroupIdentifier.$": str,
        "RolePrincipalArn": S,
        "RolePrincipalArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateListingChangeSetParameters = TypedDict(
    "CreateListingChangeSetParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityRevision": S,
        "EntityRevision.$": str,
        "Action": S,
        "Action.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateNotebookParameters = TypedDict(
    "CreateNotebookParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class EnvironmentResolvedAccount(TypedDict, total=False):
    AwsAccountId: S
    RegionName: S
    SourceAccountPoolId: S

class EnvironmentConfigurationUserParameter(TypedDict, total=False):
    EnvironmentId: S
    EnvironmentBlueprintId: S
    EnvironmentResolvedAccount: X[EnvironmentResolvedAccount]
    EnvironmentConfigurationName: S
    EnvironmentParameters: L[Xi[EnvironmentParameter]]

class Member(TypedDict, total=False):
    UserIdentifier: S
    GroupIdentifier: S

class ProjectMembershipAssignment(TypedDict, total=False):
    Member: X[Member]
    Designation: S
    UserCreatedDesignationId: S

CreateProjectParameters = TypedDict(
    "CreateProjectParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ResourceTags": M[S],
        "ResourceTags.$": str,
        "GlossaryTerms": L[Si],
        "GlossaryTerms.$": str,
        "DomainUnitId": S,
        "DomainUnitId.$": str,
        "ProjectProfileId": S,
        "ProjectProfileId.$": str,
        "UserParameters": L[Xi[EnvironmentConfigurationUserParameter]],
        "UserParameters.$": str,
        "ProjectCategory": S,
        "ProjectCategory.$": str,
        "ProjectExecutionRole": S,
        "ProjectExecutionRole.$": str,
        "MembershipAssignments": L[Xi[ProjectMembershipAssignment]],
        "MembershipAssignments.$": str,
    },
    total=False,
)
CreateProjectMembershipParameters = TypedDict(
    "CreateProjectMembershipParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "Member": X[Member],
        "Member.$": str,
        "Designation": S,
        "Designation.$": str,
        "UserCreatedDesignationId": S,
        "UserCreatedDesignationId.$": str,
    },
    total=False,
)

class ResourceTagParameter(TypedDict, total=False):
    Key: S
    Value: S
    IsValueEditable: B

class EnvironmentConfigurationParameter(TypedDict, total=False):
    Name: S
    Value: S
    IsEditable: B

class EnvironmentConfigurationParametersDetails(TypedDict, total=False):
    SsmPath: S
    ParameterOverrides: L[Xi[EnvironmentConfigurationParameter]]
    ResolvedParameters: L[Xi[EnvironmentConfigurationParameter]]

class AwsAccount(TypedDict, total=False):
    AwsAccountId: S
    AwsAccountIdPath: S

class Region(TypedDict, total=False):
    RegionName: S
    RegionNamePath: S

class EnvironmentConfiguration(TypedDict, total=False):
    Name: S
    Id: S
    EnvironmentBlueprintId: S
    Description: S
    DeploymentMode: S
    ConfigurationParameters: X[EnvironmentConfigurationParametersDetails]
    AwsAccount: X[AwsAccount]
    AccountPools: L[Si]
    AwsRegion: X[Region]
    DeploymentOrder: I

CreateProjectProfileParameters = TypedDict(
    "CreateProjectProfileParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "ProjectResourceTags": L[Xi[ResourceTagParameter]],
        "ProjectResourceTags.$": str,
        "AllowCustomProjectResourceTags": B,
        "AllowCustomProjectResourceTags.$": str,
        "ProjectResourceTagsDescription": S,
        "ProjectResourceTagsDescription.$": str,
        "EnvironmentConfigurations": L[Xi[EnvironmentConfiguration]],
        "EnvironmentConfigurations.$": str,
        "DomainUnitIdentifier": S,
        "DomainUnitIdentifier.$": str,
    },
    total=False,
)

class DomainUnitTarget(TypedDict, total=False):
    DomainUnitId: S
    IncludeChildDomainUnits: B

class RuleTarget(TypedDict, total=False):
    DomainUnitTarget: X[DomainUnitTarget]

class AssetTypesForRule(TypedDict, total=False):
    SelectionMode: S
    SpecificAssetTypes: L[Si]

class ProjectsForRule(TypedDict, total=False):
    SelectionMode: S
    SpecificProjects: L[Si]

class RuleScope(TypedDict, total=False):
    AssetType: X[AssetTypesForRule]
    DataProduct: B
    Project: X[ProjectsForRule]

class MetadataFormReference(TypedDict, total=False):
    TypeIdentifier: S
    TypeRevision: S

class MetadataFormEnforcementDetail(TypedDict, total=False):
    RequiredMetadataForms: L[Xi[MetadataFormReference]]

class GlossaryTermEnforcementDetail(TypedDict, total=False):
    RequiredGlossaryTermIds: L[Si]

class RuleDetail(TypedDict, total=False):
    MetadataFormEnforcementDetail: X[MetadataFormEnforcementDetail]
    GlossaryTermEnforcementDetail: X[GlossaryTermEnforcementDetail]

CreateRuleParameters = TypedDict(
    "CreateRuleParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Target": X[RuleTarget],
        "Target.$": str,
        "Action": S,
        "Action.$": str,
        "Scope": X[RuleScope],
        "Scope.$": str,
        "Detail": X[RuleDetail],
        "Detail.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ListingRevisionInput(TypedDict, total=False):
    Identifier: S
    Revision: S

class GrantedEntityInput(TypedDict, total=False):
    Listing: X[ListingRevisionInput]

class AssetTargetNameMap(TypedDict, total=False):
    AssetId: S
    TargetName: S

CreateSubscriptionGrantParameters = TypedDict(
    "CreateSubscriptionGrantParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "SubscriptionTargetIdentifier": S,
        "SubscriptionTargetIdentifier.$": str,
        "GrantedEntity": X[GrantedEntityInput],
        "GrantedEntity.$": str,
        "AssetTargetNames": L[Xi[AssetTargetNameMap]],
        "AssetTargetNames.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class SubscribedProjectInput(TypedDict, total=False):
    Identifier: S

class SubscribedUserInput(TypedDict, total=False):
    Identifier: S

class SubscribedGroupInput(TypedDict, total=False):
    Identifier: S

class SubscribedIamPrincipalInput(TypedDict, total=False):
    Identifier: S

class SubscribedPrincipalInput(TypedDict, total=False):
    Project: X[SubscribedProjectInput]
    User: X[SubscribedUserInput]
    Group: X[SubscribedGroupInput]
    Iam: X[SubscribedIamPrincipalInput]

class SubscribedListingInput(TypedDict, total=False):
    Identifier: S

CreateSubscriptionRequestParameters = TypedDict(
    "CreateSubscriptionRequestParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "SubscribedPrincipals": L[Xi[SubscribedPrincipalInput]],
        "SubscribedPrincipals.$": str,
        "SubscribedListings": L[Xi[SubscribedListingInput]],
        "SubscribedListings.$": str,
        "RequestReason": S,
        "RequestReason.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "MetadataForms": L[Xi[FormInput]],
        "MetadataForms.$": str,
        "AssetPermissions": L[Xi[AssetPermission]],
        "AssetPermissions.$": str,
        "AssetScopes": L[Xi[AcceptedAssetScope]],
        "AssetScopes.$": str,
    },
    total=False,
)

class SubscriptionTargetForm(TypedDict, total=False):
    FormName: S
    Content: S

CreateSubscriptionTargetParameters = TypedDict(
    "CreateSubscriptionTargetParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "SubscriptionTargetConfig": L[Xi[SubscriptionTargetForm]],
        "SubscriptionTargetConfig.$": str,
        "AuthorizedPrincipals": L[Si],
        "AuthorizedPrincipals.$": str,
        "ManageAccessRole": S,
        "ManageAccessRole.$": str,
        "ApplicableAssetTypes": L[Si],
        "ApplicableAssetTypes.$": str,
        "Provider": S,
        "Provider.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SubscriptionGrantCreationMode": S,
        "SubscriptionGrantCreationMode.$": str,
    },
    total=False,
)
CreateUserProfileParameters = TypedDict(
    "CreateUserProfileParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "UserIdentifier": S,
        "UserIdentifier.$": str,
        "UserType": S,
        "UserType.$": str,
        "SessionName": S,
        "SessionName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteAccountPoolParameters = TypedDict(
    "DeleteAccountPoolParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteAssetParameters = TypedDict(
    "DeleteAssetParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteAssetFilterParameters = TypedDict(
    "DeleteAssetFilterParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "AssetIdentifier": S,
        "AssetIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
    },
    total=False,
)
DeleteAssetTypeParameters = TypedDict(
    "DeleteAssetTypeParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteConnectionParameters = TypedDict(
    "DeleteConnectionParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteDataExportConfigurationParameters = TypedDict(
    "DeleteDataExportConfigurationParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str},
    total=False,
)
DeleteDataProductParameters = TypedDict(
    "DeleteDataProductParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteDataSourceParameters = TypedDict(
    "DeleteDataSourceParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "RetainPermissionsOnRevokeFailure": B,
        "RetainPermissionsOnRevokeFailure.$": str,
    },
    total=False,
)
DeleteDesignationParameters = TypedDict(
    "DeleteDesignationParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SkipDeletionCheck": B,
        "SkipDeletionCheck.$": str,
        "CascadeDelete": B,
        "CascadeDelete.$": str,
    },
    total=False,
)
DeleteDomainUnitParameters = TypedDict(
    "DeleteDomainUnitParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteEnvironmentParameters = TypedDict(
    "DeleteEnvironmentParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteEnvironmentActionParameters = TypedDict(
    "DeleteEnvironmentActionParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
    },
    total=False,
)
DeleteEnvironmentBlueprintParameters = TypedDict(
    "DeleteEnvironmentBlueprintParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteEnvironmentBlueprintConfigurationParameters = TypedDict(
    "DeleteEnvironmentBlueprintConfigurationParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentBlueprintIdentifier": S,
        "EnvironmentBlueprintIdentifier.$": str,
    },
    total=False,
)
DeleteEnvironmentProfileParameters = TypedDict(
    "DeleteEnvironmentProfileParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteFormTypeParameters = TypedDict(
    "DeleteFormTypeParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "FormTypeIdentifier": S,
        "FormTypeIdentifier.$": str,
    },
    total=False,
)
DeleteGlossaryParameters = TypedDict(
    "DeleteGlossaryParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteGlossaryTermParameters = TypedDict(
    "DeleteGlossaryTermParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteLineageEventParameters = TypedDict(
    "DeleteLineageEventParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteListingParameters = TypedDict(
    "DeleteListingParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteNotebookParameters = TypedDict(
    "DeleteNotebookParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteProjectParameters = TypedDict(
    "DeleteProjectParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "SkipDeletionCheck": B,
        "SkipDeletionCheck.$": str,
    },
    total=False,
)
DeleteProjectMembershipParameters = TypedDict(
    "DeleteProjectMembershipParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "Member": X[Member],
        "Member.$": str,
    },
    total=False,
)
DeleteProjectProfileParameters = TypedDict(
    "DeleteProjectProfileParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteRuleParameters = TypedDict(
    "DeleteRuleParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteSubscriptionGrantParameters = TypedDict(
    "DeleteSubscriptionGrantParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteSubscriptionRequestParameters = TypedDict(
    "DeleteSubscriptionRequestParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteSubscriptionTargetParameters = TypedDict(
    "DeleteSubscriptionTargetParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
    },
    total=False,
)
DeleteTimeSeriesDataPointsParameters = TypedDict(
    "DeleteTimeSeriesDataPointsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "FormName": S,
        "FormName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateEnvironmentRoleParameters = TypedDict(
    "DisassociateEnvironmentRoleParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "EnvironmentRoleArn": S,
        "EnvironmentRoleArn.$": str,
    },
    total=False,
)
DisassociateGovernedTermsParameters = TypedDict(
    "DisassociateGovernedTermsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "GovernedGlossaryTerms": L[Si],
        "GovernedGlossaryTerms.$": str,
    },
    total=False,
)
GetAccountPoolParameters = TypedDict(
    "GetAccountPoolParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetAssetParameters = TypedDict(
    "GetAssetParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Revision": S,
        "Revision.$": str,
    },
    total=False,
)
GetAssetFilterParameters = TypedDict(
    "GetAssetFilterParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "AssetIdentifier": S,
        "AssetIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
    },
    total=False,
)
GetAssetTypeParameters = TypedDict(
    "GetAssetTypeParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Revision": S,
        "Revision.$": str,
    },
    total=False,
)
GetConnectionParameters = TypedDict(
    "GetConnectionParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "WithSecret": B,
        "WithSecret.$": str,
    },
    total=False,
)
GetDataExportConfigurationParameters = TypedDict(
    "GetDataExportConfigurationParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str},
    total=False,
)
GetDataProductParameters = TypedDict(
    "GetDataProductParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Revision": S,
        "Revision.$": str,
    },
    total=False,
)
GetDataSourceParameters = TypedDict(
    "GetDataSourceParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetDataSourceRunParameters = TypedDict(
    "GetDataSourceRunParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetDesignationParameters = TypedDict(
    "GetDesignationParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetDomainParameters = TypedDict(
    "GetDomainParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetDomainUnitParameters = TypedDict(
    "GetDomainUnitParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetEnvironmentParameters = TypedDict(
    "GetEnvironmentParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetEnvironmentActionParameters = TypedDict(
    "GetEnvironmentActionParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
    },
    total=False,
)
GetEnvironmentBlueprintParameters = TypedDict(
    "GetEnvironmentBlueprintParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetEnvironmentBlueprintConfigurationParameters = TypedDict(
    "GetEnvironmentBlueprintConfigurationParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentBlueprintIdentifier": S,
        "EnvironmentBlueprintIdentifier.$": str,
    },
    total=False,
)
GetEnvironmentCredentialsParameters = TypedDict(
    "GetEnvironmentCredentialsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
    },
    total=False,
)
GetEnvironmentProfileParameters = TypedDict(
    "GetEnvironmentProfileParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetFormTypeParameters = TypedDict(
    "GetFormTypeParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "FormTypeIdentifier": S,
        "FormTypeIdentifier.$": str,
        "Revision": S,
        "Revision.$": str,
    },
    total=False,
)
GetGlossaryParameters = TypedDict(
    "GetGlossaryParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetGlossaryTermParameters = TypedDict(
    "GetGlossaryTermParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetGroupProfileParameters = TypedDict(
    "GetGroupProfileParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "GroupIdentifier": S,
        "GroupIdentifier.$": str,
    },
    total=False,
)
GetIamPortalLoginUrlParameters = TypedDict(
    "GetIamPortalLoginUrlParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str},
    total=False,
)
GetJobRunParameters = TypedDict(
    "GetJobRunParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetLineageEventParameters = TypedDict(
    "GetLineageEventParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetLineageNodeParameters = TypedDict(
    "GetLineageNodeParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "EventTimestamp": T,
        "EventTimestamp.$": str,
    },
    total=False,
)
GetListingParameters = TypedDict(
    "GetListingParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ListingRevision": S,
        "ListingRevision.$": str,
    },
    total=False,
)
GetMetadataGenerationRunParameters = TypedDict(
    "GetMetadataGenerationRunParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
GetNotebookParameters = TypedDict(
    "GetNotebookParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetNotebookExportParameters = TypedDict(
    "GetNotebookExportParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetNotebookRunParameters = TypedDict(
    "GetNotebookRunParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetProjectParameters = TypedDict(
    "GetProjectParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetProjectProfileParameters = TypedDict(
    "GetProjectProfileParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetRuleParameters = TypedDict(
    "GetRuleParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Revision": S,
        "Revision.$": str,
    },
    total=False,
)
GetSubscriptionParameters = TypedDict(
    "GetSubscriptionParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetSubscriptionGrantParameters = TypedDict(
    "GetSubscriptionGrantParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetSubscriptionRequestDetailsParameters = TypedDict(
    "GetSubscriptionRequestDetailsParameters",
    {"DomainIdentifier": S, "DomainIdentifier.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetSubscriptionTargetParameters = TypedDict(
    "GetSubscriptionTargetParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
    },
    total=False,
)
GetTimeSeriesDataPointParameters = TypedDict(
    "GetTimeSeriesDataPointParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "FormName": S,
        "FormName.$": str,
    },
    total=False,
)
GetUserProfileParameters = TypedDict(
    "GetUserProfileParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "UserIdentifier": S,
        "UserIdentifier.$": str,
        "Type": S,
        "Type.$": str,
        "SessionName": S,
        "SessionName.$": str,
    },
    total=False,
)
ListAccountPoolsParameters = TypedDict(
    "ListAccountPoolsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAccountsInAccountPoolParameters = TypedDict(
    "ListAccountsInAccountPoolParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssetFiltersParameters = TypedDict(
    "ListAssetFiltersParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "AssetIdentifier": S,
        "AssetIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssetRevisionsParameters = TypedDict(
    "ListAssetRevisionsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListConnectionsParameters = TypedDict(
    "ListConnectionsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "Name": S,
        "Name.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "Type": S,
        "Type.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
ListDataProductRevisionsParameters = TypedDict(
    "ListDataProductRevisionsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDataSourceRunActivitiesParameters = TypedDict(
    "ListDataSourceRunActivitiesParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataSourceRunsParameters = TypedDict(
    "ListDataSourceRunsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "DataSourceIdentifier": S,
        "DataSourceIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataSourcesParameters = TypedDict(
    "ListDataSourcesParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "ConnectionIdentifier": S,
        "ConnectionIdentifier.$": str,
        "Type": S,
        "Type.$": str,
        "Status": S,
        "Status.$": str,
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDesignationsParameters = TypedDict(
    "ListDesignationsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDomainUnitsForParentParameters = TypedDict(
    "ListDomainUnitsForParentParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "ParentDomainUnitIdentifier": S,
        "ParentDomainUnitIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDomainsParameters = TypedDict(
    "ListDomainsParameters",
    {
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEntityOwnersParameters = TypedDict(
    "ListEntityOwnersParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEnvironmentActionsParameters = TypedDict(
    "ListEnvironmentActionsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEnvironmentBlueprintConfigurationsParameters = TypedDict(
    "ListEnvironmentBlueprintConfigurationsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEnvironmentBlueprintsParameters = TypedDict(
    "ListEnvironmentBlueprintsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Name": S,
        "Name.$": str,
        "Managed": B,
        "Managed.$": str,
    },
    total=False,
)
ListEnvironmentProfilesParameters = TypedDict(
    "ListEnvironmentProfilesParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AwsAccountRegion": S,
        "AwsAccountRegion.$": str,
        "EnvironmentBlueprintIdentifier": S,
        "EnvironmentBlueprintIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEnvironmentsParameters = TypedDict(
    "ListEnvironmentsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "Status": S,
        "Status.$": str,
        "AwsAccountRegion": S,
        "AwsAccountRegion.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "EnvironmentProfileIdentifier": S,
        "EnvironmentProfileIdentifier.$": str,
        "EnvironmentBlueprintIdentifier": S,
        "EnvironmentBlueprintIdentifier.$": str,
        "Provider": S,
        "Provider.$": str,
        "Name": S,
        "Name.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListJobRunsParameters = TypedDict(
    "ListJobRunsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "JobIdentifier": S,
        "JobIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLineageEventsParameters = TypedDict(
    "ListLineageEventsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "TimestampAfter": T,
        "TimestampAfter.$": str,
        "TimestampBefore": T,
        "TimestampBefore.$": str,
        "ProcessingStatus": S,
        "ProcessingStatus.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLineageNodeHistoryParameters = TypedDict(
    "ListLineageNodeHistoryParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Direction": S,
        "Direction.$": str,
        "EventTimestampGTE": T,
        "EventTimestampGTE.$": str,
        "EventTimestampLTE": T,
        "EventTimestampLTE.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListMetadataGenerationRunsParameters = TypedDict(
    "ListMetadataGenerationRunsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "Type": S,
        "Type.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "TargetIdentifier": S,
        "TargetIdentifier.$": str,
    },
    total=False,
)
ListNotebookRunsParameters = TypedDict(
    "ListNotebookRunsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
        "NotebookIdentifier": S,
        "NotebookIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "ScheduleIdentifier": S,
        "ScheduleIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNotebooksParameters = TypedDict(
    "ListNotebooksParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "Status": S,
        "Status.$": str,
        "Type": S,
        "Type.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNotificationsParameters = TypedDict(
    "ListNotificationsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Type": S,
        "Type.$": str,
        "AfterTimestamp": T,
        "AfterTimestamp.$": str,
        "BeforeTimestamp": T,
        "BeforeTimestamp.$": str,
        "Subjects": L[Si],
        "Subjects.$": str,
        "TaskStatus": S,
        "TaskStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPolicyGrantsParameters = TypedDict(
    "ListPolicyGrantsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProjectMembershipsParameters = TypedDict(
    "ListProjectMembershipsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListProjectProfilesParameters = TypedDict(
    "ListProjectProfilesParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListProjectsParameters = TypedDict(
    "ListProjectsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "UserIdentifier": S,
        "UserIdentifier.$": str,
        "GroupIdentifier": S,
        "GroupIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "ProjectCategory": S,
        "ProjectCategory.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRulesParameters = TypedDict(
    "ListRulesParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "TargetType": S,
        "TargetType.$": str,
        "TargetIdentifier": S,
        "TargetIdentifier.$": str,
        "RuleType": S,
        "RuleType.$": str,
        "Action": S,
        "Action.$": str,
        "ProjectIds": L[Si],
        "ProjectIds.$": str,
        "AssetTypes": L[Si],
        "AssetTypes.$": str,
        "DataProduct": B,
        "DataProduct.$": str,
        "IncludeCascaded": B,
        "IncludeCascaded.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSubscriptionGrantsParameters = TypedDict(
    "ListSubscriptionGrantsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "SubscriptionTargetId": S,
        "SubscriptionTargetId.$": str,
        "SubscribedListingId": S,
        "SubscribedListingId.$": str,
        "SubscriptionId": S,
        "SubscriptionId.$": str,
        "OwningProjectId": S,
        "OwningProjectId.$": str,
        "OwningIamPrincipalArn": S,
        "OwningIamPrincipalArn.$": str,
        "OwningUserId": S,
        "OwningUserId.$": str,
        "OwningGroupId": S,
        "OwningGroupId.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSubscriptionRequestsParameters = TypedDict(
    "ListSubscriptionRequestsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "SubscribedListingId": S,
        "SubscribedListingId.$": str,
        "OwningProjectId": S,
        "OwningProjectId.$": str,
        "OwningIamPrincipalArn": S,
        "OwningIamPrincipalArn.$": str,
        "ApproverProjectId": S,
        "ApproverProjectId.$": str,
        "OwningUserId": S,
        "OwningUserId.$": str,
        "OwningGroupId": S,
        "OwningGroupId.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSubscriptionTargetsParameters = TypedDict(
    "ListSubscriptionTargetsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSubscriptionsParameters = TypedDict(
    "ListSubscriptionsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "SubscriptionRequestIdentifier": S,
        "SubscriptionRequestIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "SubscribedListingId": S,
        "SubscribedListingId.$": str,
        "OwningProjectId": S,
        "OwningProjectId.$": str,
        "OwningIamPrincipalArn": S,
        "OwningIamPrincipalArn.$": str,
        "OwningUserId": S,
        "OwningUserId.$": str,
        "OwningGroupId": S,
        "OwningGroupId.$": str,
        "ApproverProjectId": S,
        "ApproverProjectId.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
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
ListTimeSeriesDataPointsParameters = TypedDict(
    "ListTimeSeriesDataPointsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "FormName": S,
        "FormName.$": str,
        "StartedAt": T,
        "StartedAt.$": str,
        "EndedAt": T,
        "EndedAt.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PostLineageEventParameters = TypedDict(
    "PostLineageEventParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Event": S,
        "Event.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class TimeSeriesDataPointFormInput(TypedDict, total=False):
    FormName: S
    TypeIdentifier: S
    TypeRevision: S
    Timestamp: T
    Content: S

PostTimeSeriesDataPointsParameters = TypedDict(
    "PostTimeSeriesDataPointsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "Forms": L[Xi[TimeSeriesDataPointFormInput]],
        "Forms.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class EncryptionConfiguration(TypedDict, total=False):
    KmsKeyArn: S
    SseAlgorithm: S

PutDataExportConfigurationParameters = TypedDict(
    "PutDataExportConfigurationParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnableExport": B,
        "EnableExport.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class PutResourceConfiguration(TypedDict, total=False):
    Name: S
    Description: S
    Region: S
    Parameters: M[S]

class LakeFormationConfiguration(TypedDict, total=False):
    LocationRegistrationRole: S
    LocationRegistrationExcludeS3Locations: L[Si]

class ProvisioningConfiguration(TypedDict, total=False):
    LakeFormationConfiguration: X[LakeFormationConfiguration]

PutEnvironmentBlueprintConfigurationParameters = TypedDict(
    "PutEnvironmentBlueprintConfigurationParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentBlueprintIdentifier": S,
        "EnvironmentBlueprintIdentifier.$": str,
        "ProvisioningRoleArn": S,
        "ProvisioningRoleArn.$": str,
        "ManageAccessRoleArn": S,
        "ManageAccessRoleArn.$": str,
        "EnvironmentRolePermissionBoundary": S,
        "EnvironmentRolePermissionBoundary.$": str,
        "EnabledRegions": L[Si],
        "EnabledRegions.$": str,
        "RegionalParameters": M[M[S]],
        "RegionalParameters.$": str,
        "ResourceConfigurations": L[Xi[PutResourceConfiguration]],
        "ResourceConfigurations.$": str,
        "AllowUserProvidedConfigurations": B,
        "AllowUserProvidedConfigurations.$": str,
        "GlobalParameters": M[S],
        "GlobalParameters.$": str,
        "ProvisioningConfigurations": L[Xi[ProvisioningConfiguration]],
        "ProvisioningConfigurations.$": str,
    },
    total=False,
)

class RelationPattern(TypedDict, total=False):
    RelationType: S
    RelationDirection: S
    MaxPathLength: I

class Filter(TypedDict, total=False):
    Attribute: S
    Value: S
    IntValue: I
    Operator: S

class FilterClause(TypedDict, total=False):
    Filter: X[Filter]
    And: L[Xi[FilterClause]]
    Or: L[Xi[FilterClause]]

class EntityPattern(TypedDict, total=False):
    EntityType: S
    Identifier: S
    Filters: X[FilterClause]

class MatchClause(TypedDict, total=False):
    RelationPattern: X[RelationPattern]
    EntityPattern: X[EntityPattern]

class AdditionalAttributes(TypedDict, total=False):
    FormNames: L[Si]

QueryGraphParameters = TypedDict(
    "QueryGraphParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Match": L[Xi[MatchClause]],
        "Match.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AdditionalAttributes": X[AdditionalAttributes],
        "AdditionalAttributes.$": str,
    },
    total=False,
)

class RejectRule(TypedDict, total=False):
    Rule: S
    Threshold: F

class RejectChoice(TypedDict, total=False):
    PredictionTarget: S
    PredictionChoices: L[Ii]

RejectPredictionsParameters = TypedDict(
    "RejectPredictionsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Revision": S,
        "Revision.$": str,
        "RejectRule": X[RejectRule],
        "RejectRule.$": str,
        "RejectChoices": L[Xi[RejectChoice]],
        "RejectChoices.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
RejectSubscriptionRequestParameters = TypedDict(
    "RejectSubscriptionRequestParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "DecisionComment": S,
        "DecisionComment.$": str,
    },
    total=False,
)
RemoveEntityOwnerParameters = TypedDict(
    "RemoveEntityOwnerParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "Owner": X[OwnerProperties],
        "Owner.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
RemovePolicyGrantParameters = TypedDict(
    "RemovePolicyGrantParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityIdentifier": S,
        "EntityIdentifier.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
        "Principal": X[PolicyGrantPrincipal],
        "Principal.$": str,
        "GrantIdentifier": S,
        "GrantIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
RevokeSubscriptionParameters = TypedDict(
    "RevokeSubscriptionParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "RetainPermissions": B,
        "RetainPermissions.$": str,
    },
    total=False,
)

class SearchInItem(TypedDict, total=False):
    Attribute: S

class SearchSort(TypedDict, total=False):
    Attribute: S
    Order: S

SearchParameters = TypedDict(
    "SearchParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SearchScope": S,
        "SearchScope.$": str,
        "SearchText": S,
        "SearchText.$": str,
        "SearchIn": L[Xi[SearchInItem]],
        "SearchIn.$": str,
        "Filters": X[FilterClause],
        "Filters.$": str,
        "Sort": X[SearchSort],
        "Sort.$": str,
        "AdditionalAttributes": L[Si],
        "AdditionalAttributes.$": str,
    },
    total=False,
)
SearchGroupProfilesParameters = TypedDict(
    "SearchGroupProfilesParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "GroupType": S,
        "GroupType.$": str,
        "SearchText": S,
        "SearchText.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AggregationListItem(TypedDict, total=False):
    Attribute: S
    DisplayValue: S

SearchListingsParameters = TypedDict(
    "SearchListingsParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "SearchText": S,
        "SearchText.$": str,
        "SearchIn": L[Xi[SearchInItem]],
        "SearchIn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": X[FilterClause],
        "Filters.$": str,
        "Aggregations": L[Xi[AggregationListItem]],
        "Aggregations.$": str,
        "Sort": X[SearchSort],
        "Sort.$": str,
        "AdditionalAttributes": L[Si],
        "AdditionalAttributes.$": str,
    },
    total=False,
)
SearchTypesParameters = TypedDict(
    "SearchTypesParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SearchScope": S,
        "SearchScope.$": str,
        "SearchText": S,
        "SearchText.$": str,
        "SearchIn": L[Xi[SearchInItem]],
        "SearchIn.$": str,
        "Filters": X[FilterClause],
        "Filters.$": str,
        "Sort": X[SearchSort],
        "Sort.$": str,
        "Managed": B,
        "Managed.$": str,
    },
    total=False,
)
SearchUserProfilesParameters = TypedDict(
    "SearchUserProfilesParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "UserType": S,
        "UserType.$": str,
        "SearchText": S,
        "SearchText.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
StartDataSourceRunParameters = TypedDict(
    "StartDataSourceRunParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "DataSourceIdentifier": S,
        "DataSourceIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class MetadataGenerationRunTarget(TypedDict, total=False):
    Type: S
    Identifier: S
    Revision: S

StartMetadataGenerationRunParameters = TypedDict(
    "StartMetadataGenerationRunParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Type": S,
        "Type.$": str,
        "Types": L[Si],
        "Types.$": str,
        "Target": X[MetadataGenerationRunTarget],
        "Target.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
    },
    total=False,
)
StartNotebookExportParameters = TypedDict(
    "StartNotebookExportParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "NotebookIdentifier": S,
        "NotebookIdentifier.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class S3File(TypedDict, total=False):
    Key: S

class S3FilesLocation(TypedDict, total=False):
    Bucket: S
    FileList: L[Xi[S3File]]

class SourceLocation(TypedDict, total=False):
    S3: S
    S3Files: X[S3FilesLocation]

StartNotebookImportParameters = TypedDict(
    "StartNotebookImportParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
        "SourceLocation": X[SourceLocation],
        "SourceLocation.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ComputeConfig(TypedDict, total=False):
    InstanceType: S
    EnvironmentVersion: S

class NetworkConfig(TypedDict, total=False):
    NetworkAccessType: S
    VpcId: S
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]

class TimeoutConfig(TypedDict, total=False):
    RunTimeoutInMinutes: I

class NotificationConfig(TypedDict, total=False):
    NotifyOn: L[Si]

class TriggerSource(TypedDict, total=False):
    Type: S
    Name: S

StartNotebookRunParameters = TypedDict(
    "StartNotebookRunParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
        "NotebookIdentifier": S,
        "NotebookIdentifier.$": str,
        "ScheduleIdentifier": S,
        "ScheduleIdentifier.$": str,
        "ComputeConfiguration": X[ComputeConfig],
        "ComputeConfiguration.$": str,
        "NetworkConfiguration": X[NetworkConfig],
        "NetworkConfiguration.$": str,
        "TimeoutConfiguration": X[TimeoutConfig],
        "TimeoutConfiguration.$": str,
        "NotificationConfiguration": X[NotificationConfig],
        "NotificationConfiguration.$": str,
        "TriggerSource": X[TriggerSource],
        "TriggerSource.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class GitMetadata(TypedDict, total=False):
    ConnectionId: S
    Repository: S
    Branch: S
    CommitHash: S
    FileName: S
    CommittedAt: T
    CommitMessage: S

StartNotebookSyncParameters = TypedDict(
    "StartNotebookSyncParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "OwningProjectIdentifier": S,
        "OwningProjectIdentifier.$": str,
        "SourceLocation": X[SourceLocation],
        "SourceLocation.$": str,
        "GitMetadata": X[GitMetadata],
        "GitMetadata.$": str,
        "NotebookId": S,
        "NotebookId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StopNotebookRunParameters = TypedDict(
    "StopNotebookRunParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
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
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAccountPoolParameters = TypedDict(
    "UpdateAccountPoolParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ResolutionStrategy": S,
        "ResolutionStrategy.$": str,
        "AccountSource": X[AccountSource],
        "AccountSource.$": str,
    },
    total=False,
)
UpdateAssetFilterParameters = TypedDict(
    "UpdateAssetFilterParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "AssetIdentifier": S,
        "AssetIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Configuration": X[AssetFilterConfiguration],
        "Configuration.$": str,
    },
    total=False,
)
UpdateAssetOwnerParameters = TypedDict(
    "UpdateAssetOwnerParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "TargetProjectIdentifier": S,
        "TargetProjectIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AthenaPropertiesPatch(TypedDict, total=False):
    WorkgroupName: S

class OAuth2PropertiesPatch(TypedDict, total=False):
    OAuth2GrantType: S
    OAuth2ClientApplication: X[OAuth2ClientApplication]
    TokenUrl: S
    TokenUrlParametersMap: M[S]

class AuthenticationConfigurationPatch(TypedDict, total=False):
    SecretArn: S
    BasicAuthenticationCredentials: X[BasicAuthenticationCredentials]
    OAuth2Properties: X[OAuth2PropertiesPatch]

class GlueConnectionPatch(TypedDict, total=False):
    Description: S
    ConnectionProperties: M[S]
    AuthenticationConfiguration: X[AuthenticationConfigurationPatch]

class GluePropertiesPatch(TypedDict, total=False):
    GlueConnectionInput: X[GlueConnectionPatch]

class IamPropertiesPatch(TypedDict, total=False):
    GlueLineageSyncEnabled: B

class RedshiftPropertiesPatch(TypedDict, total=False):
    Storage: X[RedshiftStorageProperties]
    DatabaseName: S
    Host: S
    Port: I
    Credentials: X[RedshiftCredentials]
    LineageSync: X[RedshiftLineageSyncConfigurationInput]

class SparkEmrPropertiesPatch(TypedDict, total=False):
    ComputeArn: S
    InstanceProfileArn: S
    JavaVirtualEnv: S
    LogUri: S
    PythonVirtualEnv: S
    RuntimeRole: S
    TrustedCertificatesS3Uri: S
    ManagedEndpointArn: S

class S3PropertiesPatch(TypedDict, total=False):
    S3Uri: S
    S3AccessGrantLocationId: S
    RegisterS3AccessGrantLocation: B

class ConnectivityPropertiesPatch(TypedDict, total=False):
    Description: S
    ConnectionProperties: M[S]
    AuthenticationConfiguration: X[AuthenticationConfigurationPatch]

class SnowflakePropertiesPatch(TypedDict, total=False):
    ConnectivityPropertiesPatch: X[ConnectivityPropertiesPatch]
    SnowflakeRole: S
    LineageSync: X[LineageSyncInput]

class AmazonQPropertiesPatch(TypedDict, total=False):
    IsEnabled: B
    ProfileArn: S
    AuthMode: S

class MlflowPropertiesPatch(TypedDict, total=False):
    TrackingServerArn: S

class LakehousePropertiesPatch(TypedDict, total=False):
    GlueLineageSyncEnabled: B

class VpcPropertiesPatch(TypedDict, total=False):
    VpcId: S
    SubnetIds: L[Si]
    SecurityGroupId: S

class GitPropertiesPatch(TypedDict, total=False):
    CodeConnectionArn: S
    DefaultBranch: S

class ConnectionPropertiesPatch(TypedDict, total=False):
    AthenaProperties: X[AthenaPropertiesPatch]
    GlueProperties: X[GluePropertiesPatch]
    IamProperties: X[IamPropertiesPatch]
    RedshiftProperties: X[RedshiftPropertiesPatch]
    SparkEmrProperties: X[SparkEmrPropertiesPatch]
    S3Properties: X[S3PropertiesPatch]
    SnowflakeProperties: X[SnowflakePropertiesPatch]
    AmazonQProperties: X[AmazonQPropertiesPatch]
    MlflowProperties: X[MlflowPropertiesPatch]
    LakehouseProperties: X[LakehousePropertiesPatch]
    VpcProperties: X[VpcPropertiesPatch]
    GitProperties: X[GitPropertiesPatch]

UpdateConnectionParameters = TypedDict(
    "UpdateConnectionParameters",
    {
        "Configurations": L[Xi[Configuration]],
        "Configurations.$": str,
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Description": S,
        "Description.$": str,
        "AwsLocation": X[AwsLocation],
        "AwsLocation.$": str,
        "Props": X[ConnectionPropertiesPatch],
        "Props.$": str,
    },
    total=False,
)
UpdateDataSourceParameters = TypedDict(
    "UpdateDataSourceParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "EnableSetting": S,
        "EnableSetting.$": str,
        "PublishOnImport": B,
        "PublishOnImport.$": str,
        "AssetFormsInput": L[Xi[FormInput]],
        "AssetFormsInput.$": str,
        "Schedule": X[ScheduleConfiguration],
        "Schedule.$": str,
        "Configuration": X[DataSourceConfigurationInput],
        "Configuration.$": str,
        "Recommendation": X[RecommendationConfiguration],
        "Recommendation.$": str,
        "RetainPermissionsOnRevokeFailure": B,
        "RetainPermissionsOnRevokeFailure.$": str,
    },
    total=False,
)
UpdateDesignationParameters = TypedDict(
    "UpdateDesignationParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Policy": S,
        "Policy.$": str,
        "DeletionProtection": B,
        "DeletionProtection.$": str,
    },
    total=False,
)
UpdateDomainParameters = TypedDict(
    "UpdateDomainParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Description": S,
        "Description.$": str,
        "SingleSignOn": X[SingleSignOn],
        "SingleSignOn.$": str,
        "DomainExecutionRole": S,
        "DomainExecutionRole.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateDomainUnitParameters = TypedDict(
    "UpdateDomainUnitParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateEnvironmentParameters = TypedDict(
    "UpdateEnvironmentParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "GlossaryTerms": L[Si],
        "GlossaryTerms.$": str,
        "BlueprintVersion": S,
        "BlueprintVersion.$": str,
        "UserParameters": L[Xi[EnvironmentParameter]],
        "UserParameters.$": str,
        "EnvironmentConfigurationName": S,
        "EnvironmentConfigurationName.$": str,
    },
    total=False,
)
UpdateEnvironmentActionParameters = TypedDict(
    "UpdateEnvironmentActionParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Parameters": X[ActionParameters],
        "Parameters.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateEnvironmentBlueprintParameters = TypedDict(
    "UpdateEnvironmentBlueprintParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Description": S,
        "Description.$": str,
        "ProvisioningProperties": X[ProvisioningProperties],
        "ProvisioningProperties.$": str,
        "UserParameters": L[Xi[CustomParameter]],
        "UserParameters.$": str,
        "BlueprintCategory": S,
        "BlueprintCategory.$": str,
    },
    total=False,
)
UpdateEnvironmentProfileParameters = TypedDict(
    "UpdateEnvironmentProfileParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "UserParameters": L[Xi[EnvironmentParameter]],
        "UserParameters.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AwsAccountRegion": S,
        "AwsAccountRegion.$": str,
    },
    total=False,
)
UpdateGlossaryParameters = TypedDict(
    "UpdateGlossaryParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateGlossaryTermParameters = TypedDict(
    "UpdateGlossaryTermParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "GlossaryIdentifier": S,
        "GlossaryIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "ShortDescription": S,
        "ShortDescription.$": str,
        "LongDescription": S,
        "LongDescription.$": str,
        "TermRelations": X[TermRelations],
        "TermRelations.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateGroupProfileParameters = TypedDict(
    "UpdateGroupProfileParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "GroupIdentifier": S,
        "GroupIdentifier.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)

class CellInformation(TypedDict, total=False): ...

class PackageConfig(TypedDict, total=False):
    PackageManager: S
    PackageSpecification: S

class EnvironmentConfig(TypedDict, total=False):
    ImageVersion: S
    PackageConfig: X[PackageConfig]

UpdateNotebookParameters = TypedDict(
    "UpdateNotebookParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "Name": S,
        "Name.$": str,
        "CellOrder": L[Xi[CellInformation]],
        "CellOrder.$": str,
        "Type": S,
        "Type.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "EnvironmentConfiguration": X[EnvironmentConfig],
        "EnvironmentConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class EnvironmentError(TypedDict, total=False):
    Code: S
    Message: S

class EnvironmentDeploymentDetails(TypedDict, total=False):
    OverallDeploymentStatus: S
    EnvironmentFailureReasons: M[L[Xi[EnvironmentError]]]

UpdateProjectParameters = TypedDict(
    "UpdateProjectParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ResourceTags": M[S],
        "ResourceTags.$": str,
        "GlossaryTerms": L[Si],
        "GlossaryTerms.$": str,
        "DomainUnitId": S,
        "DomainUnitId.$": str,
        "EnvironmentDeploymentDetails": X[EnvironmentDeploymentDetails],
        "EnvironmentDeploymentDetails.$": str,
        "UserParameters": L[Xi[EnvironmentConfigurationUserParameter]],
        "UserParameters.$": str,
        "ProjectProfileVersion": S,
        "ProjectProfileVersion.$": str,
        "ProjectProfileAction": S,
        "ProjectProfileAction.$": str,
    },
    total=False,
)
UpdateProjectProfileParameters = TypedDict(
    "UpdateProjectProfileParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "ProjectResourceTags": L[Xi[ResourceTagParameter]],
        "ProjectResourceTags.$": str,
        "AllowCustomProjectResourceTags": B,
        "AllowCustomProjectResourceTags.$": str,
        "ProjectResourceTagsDescription": S,
        "ProjectResourceTagsDescription.$": str,
        "EnvironmentConfigurations": L[Xi[EnvironmentConfiguration]],
        "EnvironmentConfigurations.$": str,
        "DomainUnitIdentifier": S,
        "DomainUnitIdentifier.$": str,
    },
    total=False,
)
UpdateRootDomainUnitOwnerParameters = TypedDict(
    "UpdateRootDomainUnitOwnerParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "CurrentOwner": S,
        "CurrentOwner.$": str,
        "NewOwner": S,
        "NewOwner.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateRuleParameters = TypedDict(
    "UpdateRuleParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Scope": X[RuleScope],
        "Scope.$": str,
        "Detail": X[RuleDetail],
        "Detail.$": str,
        "IncludeChildDomainUnits": B,
        "IncludeChildDomainUnits.$": str,
    },
    total=False,
)

class FailureCause(TypedDict, total=False):
    Message: S

UpdateSubscriptionGrantStatusParameters = TypedDict(
    "UpdateSubscriptionGrantStatusParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "AssetIdentifier": S,
        "AssetIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "FailureCause": X[FailureCause],
        "FailureCause.$": str,
        "TargetName": S,
        "TargetName.$": str,
    },
    total=False,
)
UpdateSubscriptionRequestParameters = TypedDict(
    "UpdateSubscriptionRequestParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "RequestReason": S,
        "RequestReason.$": str,
    },
    total=False,
)
UpdateSubscriptionTargetParameters = TypedDict(
    "UpdateSubscriptionTargetParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "AuthorizedPrincipals": L[Si],
        "AuthorizedPrincipals.$": str,
        "ApplicableAssetTypes": L[Si],
        "ApplicableAssetTypes.$": str,
        "SubscriptionTargetConfig": L[Xi[SubscriptionTargetForm]],
        "SubscriptionTargetConfig.$": str,
        "ManageAccessRole": S,
        "ManageAccessRole.$": str,
        "Provider": S,
        "Provider.$": str,
        "SubscriptionGrantCreationMode": S,
        "SubscriptionGrantCreationMode.$": str,
    },
    total=False,
)
UpdateUserProfileParameters = TypedDict(
    "UpdateUserProfileParameters",
    {
        "DomainIdentifier": S,
        "DomainIdentifier.$": str,
        "UserIdentifier": S,
        "UserIdentifier.$": str,
        "Type": S,
        "Type.$": str,
        "Status": S,
        "Status.$": str,
        "SessionName": S,
        "SessionName.$": str,
    },
    total=False,
)
accept_predictions: Builder[AcceptPredictionsParameters]
accept_subscription_request: Builder[AcceptSubscriptionRequestParameters]
add_entity_owner: Builder[AddEntityOwnerParameters]
add_policy_grant: Builder[AddPolicyGrantParameters]
associate_environment_role: Builder[AssociateEnvironmentRoleParameters]
associate_governed_terms: Builder[AssociateGovernedTermsParameters]
batch_get_attributes_metadata: Builder[BatchGetAttributesMetadataParameters]
batch_put_attributes_metadata: Builder[BatchPutAttributesMetadataParameters]
cancel_metadata_generation_run: Builder[CancelMetadataGenerationRunParameters]
cancel_subscription: Builder[CancelSubscriptionParameters]
create_account_pool: Builder[CreateAccountPoolParameters]
create_asset: Builder[CreateAssetParameters]
create_asset_filter: Builder[CreateAssetFilterParameters]
create_asset_revision: Builder[CreateAssetRevisionParameters]
create_asset_type: Builder[CreateAssetTypeParameters]
create_connection: Builder[CreateConnectionParameters]
create_data_product: Builder[CreateDataProductParameters]
create_data_product_revision: Builder[CreateDataProductRevisionParameters]
create_data_source: Builder[CreateDataSourceParameters]
create_designation: Builder[CreateDesignationParameters]
create_domain: Builder[CreateDomainParameters]
create_domain_unit: Builder[CreateDomainUnitParameters]
create_environment: Builder[CreateEnvironmentParameters]
create_environment_action: Builder[CreateEnvironmentActionParameters]
create_environment_blueprint: Builder[CreateEnvironmentBlueprintParameters]
create_environment_profile: Builder[CreateEnvironmentProfileParameters]
create_form_type: Builder[CreateFormTypeParameters]
create_glossary: Builder[CreateGlossaryParameters]
create_glossary_term: Builder[CreateGlossaryTermParameters]
create_group_profile: Builder[CreateGroupProfileParameters]
create_listing_change_set: Builder[CreateListingChangeSetParameters]
create_notebook: Builder[CreateNotebookParameters]
create_project: Builder[CreateProjectParameters]
create_project_membership: Builder[CreateProjectMembershipParameters]
create_project_profile: Builder[CreateProjectProfileParameters]
create_rule: Builder[CreateRuleParameters]
create_subscription_grant: Builder[CreateSubscriptionGrantParameters]
create_subscription_request: Builder[CreateSubscriptionRequestParameters]
create_subscription_target: Builder[CreateSubscriptionTargetParameters]
create_user_profile: Builder[CreateUserProfileParameters]
delete_account_pool: Builder[DeleteAccountPoolParameters]
delete_asset: Builder[DeleteAssetParameters]
delete_asset_filter: Builder[DeleteAssetFilterParameters]
delete_asset_type: Builder[DeleteAssetTypeParameters]
delete_connection: Builder[DeleteConnectionParameters]
delete_data_export_configuration: Builder[DeleteDataExportConfigurationParameters]
delete_data_product: Builder[DeleteDataProductParameters]
delete_data_source: Builder[DeleteDataSourceParameters]
delete_designation: Builder[DeleteDesignationParameters]
delete_domain: Builder[DeleteDomainParameters]
delete_domain_unit: Builder[DeleteDomainUnitParameters]
delete_environment: Builder[DeleteEnvironmentParameters]
delete_environment_action: Builder[DeleteEnvironmentActionParameters]
delete_environment_blueprint: Builder[DeleteEnvironmentBlueprintParameters]
delete_environment_blueprint_configuration: Builder[
    DeleteEnvironmentBlueprintConfigurationParameters
]
delete_environment_profile: Builder[DeleteEnvironmentProfileParameters]
delete_form_type: Builder[DeleteFormTypeParameters]
delete_glossary: Builder[DeleteGlossaryParameters]
delete_glossary_term: Builder[DeleteGlossaryTermParameters]
delete_lineage_event: Builder[DeleteLineageEventParameters]
delete_listing: Builder[DeleteListingParameters]
delete_notebook: Builder[DeleteNotebookParameters]
delete_project: Builder[DeleteProjectParameters]
delete_project_membership: Builder[DeleteProjectMembershipParameters]
delete_project_profile: Builder[DeleteProjectProfileParameters]
delete_rule: Builder[DeleteRuleParameters]
delete_subscription_grant: Builder[DeleteSubscriptionGrantParameters]
delete_subscription_request: Builder[DeleteSubscriptionRequestParameters]
delete_subscription_target: Builder[DeleteSubscriptionTargetParameters]
delete_time_series_data_points: Builder[DeleteTimeSeriesDataPointsParameters]
disassociate_environment_role: Builder[DisassociateEnvironmentRoleParameters]
disassociate_governed_terms: Builder[DisassociateGovernedTermsParameters]
get_account_pool: Builder[GetAccountPoolParameters]
get_asset: Builder[GetAssetParameters]
get_asset_filter: Builder[GetAssetFilterParameters]
get_asset_type: Builder[GetAssetTypeParameters]
get_connection: Builder[GetConnectionParameters]
get_data_export_configuration: Builder[GetDataExportConfigurationParameters]
get_data_product: Builder[GetDataProductParameters]
get_data_source: Builder[GetDataSourceParameters]
get_data_source_run: Builder[GetDataSourceRunParameters]
get_designation: Builder[GetDesignationParameters]
get_domain: Builder[GetDomainParameters]
get_domain_unit: Builder[GetDomainUnitParameters]
get_environment: Builder[GetEnvironmentParameters]
get_environment_action: Builder[GetEnvironmentActionParameters]
get_environment_blueprint: Builder[GetEnvironmentBlueprintParameters]
get_environment_blueprint_configuration: Builder[GetEnvironmentBlueprintConfigurationParameters]
get_environment_credentials: Builder[GetEnvironmentCredentialsParameters]
get_environment_profile: Builder[GetEnvironmentProfileParameters]
get_form_type: Builder[GetFormTypeParameters]
get_glossary: Builder[GetGlossaryParameters]
get_glossary_term: Builder[GetGlossaryTermParameters]
get_group_profile: Builder[GetGroupProfileParameters]
get_iam_portal_login_url: Builder[GetIamPortalLoginUrlParameters]
get_job_run: Builder[GetJobRunParameters]
get_lineage_event: Builder[GetLineageEventParameters]
get_lineage_node: Builder[GetLineageNodeParameters]
get_listing: Builder[GetListingParameters]
get_metadata_generation_run: Builder[GetMetadataGenerationRunParameters]
get_notebook: Builder[GetNotebookParameters]
get_notebook_export: Builder[GetNotebookExportParameters]
get_notebook_run: Builder[GetNotebookRunParameters]
get_project: Builder[GetProjectParameters]
get_project_profile: Builder[GetProjectProfileParameters]
get_rule: Builder[GetRuleParameters]
get_subscription: Builder[GetSubscriptionParameters]
get_subscription_grant: Builder[GetSubscriptionGrantParameters]
get_subscription_request_details: Builder[GetSubscriptionRequestDetailsParameters]
get_subscription_target: Builder[GetSubscriptionTargetParameters]
get_time_series_data_point: Builder[GetTimeSeriesDataPointParameters]
get_user_profile: Builder[GetUserProfileParameters]
list_account_pools: Builder[ListAccountPoolsParameters]
list_accounts_in_account_pool: Builder[ListAccountsInAccountPoolParameters]
list_asset_filters: Builder[ListAssetFiltersParameters]
list_asset_revisions: Builder[ListAssetRevisionsParameters]
list_connections: Builder[ListConnectionsParameters]
list_data_product_revisions: Builder[ListDataProductRevisionsParameters]
list_data_source_run_activities: Builder[ListDataSourceRunActivitiesParameters]
list_data_source_runs: Builder[ListDataSourceRunsParameters]
list_data_sources: Builder[ListDataSourcesParameters]
list_designations: Builder[ListDesignationsParameters]
list_domain_units_for_parent: Builder[ListDomainUnitsForParentParameters]
list_domains: Builder[ListDomainsParameters]
list_entity_owners: Builder[ListEntityOwnersParameters]
list_environment_actions: Builder[ListEnvironmentActionsParameters]
list_environment_blueprint_configurations: Builder[ListEnvironmentBlueprintConfigurationsParameters]
list_environment_blueprints: Builder[ListEnvironmentBlueprintsParameters]
list_environment_profiles: Builder[ListEnvironmentProfilesParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_job_runs: Builder[ListJobRunsParameters]
list_lineage_events: Builder[ListLineageEventsParameters]
list_lineage_node_history: Builder[ListLineageNodeHistoryParameters]
list_metadata_generation_runs: Builder[ListMetadataGenerationRunsParameters]
list_notebook_runs: Builder[ListNotebookRunsParameters]
list_notebooks: Builder[ListNotebooksParameters]
list_notifications: Builder[ListNotificationsParameters]
list_policy_grants: Builder[ListPolicyGrantsParameters]
list_project_memberships: Builder[ListProjectMembershipsParameters]
list_project_profiles: Builder[ListProjectProfilesParameters]
list_projects: Builder[ListProjectsParameters]
list_rules: Builder[ListRulesParameters]
list_subscription_grants: Builder[ListSubscriptionGrantsParameters]
list_subscription_requests: Builder[ListSubscriptionRequestsParameters]
list_subscription_targets: Builder[ListSubscriptionTargetsParameters]
list_subscriptions: Builder[ListSubscriptionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_time_series_data_points: Builder[ListTimeSeriesDataPointsParameters]
post_lineage_event: Builder[PostLineageEventParameters]
post_time_series_data_points: Builder[PostTimeSeriesDataPointsParameters]
put_data_export_configuration: Builder[PutDataExportConfigurationParameters]
put_environment_blueprint_configuration: Builder[PutEnvironmentBlueprintConfigurationParameters]
query_graph: Builder[QueryGraphParameters]
reject_predictions: Builder[RejectPredictionsParameters]
reject_subscription_request: Builder[RejectSubscriptionRequestParameters]
remove_entity_owner: Builder[RemoveEntityOwnerParameters]
remove_policy_grant: Builder[RemovePolicyGrantParameters]
revoke_subscription: Builder[RevokeSubscriptionParameters]
search: Builder[SearchParameters]
search_group_profiles: Builder[SearchGroupProfilesParameters]
search_listings: Builder[SearchListingsParameters]
search_types: Builder[SearchTypesParameters]
search_user_profiles: Builder[SearchUserProfilesParameters]
start_data_source_run: Builder[StartDataSourceRunParameters]
start_metadata_generation_run: Builder[StartMetadataGenerationRunParameters]
start_notebook_export: Builder[StartNotebookExportParameters]
start_notebook_import: Builder[StartNotebookImportParameters]
start_notebook_run: Builder[StartNotebookRunParameters]
start_notebook_sync: Builder[StartNotebookSyncParameters]
stop_notebook_run: Builder[StopNotebookRunParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_account_pool: Builder[UpdateAccountPoolParameters]
update_asset_filter: Builder[UpdateAssetFilterParameters]
update_asset_owner: Builder[UpdateAssetOwnerParameters]
update_connection: Builder[UpdateConnectionParameters]
update_data_source: Builder[UpdateDataSourceParameters]
update_designation: Builder[UpdateDesignationParameters]
update_domain: Builder[UpdateDomainParameters]
update_domain_unit: Builder[UpdateDomainUnitParameters]
update_environment: Builder[UpdateEnvironmentParameters]
update_environment_action: Builder[UpdateEnvironmentActionParameters]
update_environment_blueprint: Builder[UpdateEnvironmentBlueprintParameters]
update_environment_profile: Builder[UpdateEnvironmentProfileParameters]
update_glossary: Builder[UpdateGlossaryParameters]
update_glossary_term: Builder[UpdateGlossaryTermParameters]
update_group_profile: Builder[UpdateGroupProfileParameters]
update_notebook: Builder[UpdateNotebookParameters]
update_project: Builder[UpdateProjectParameters]
update_project_profile: Builder[UpdateProjectProfileParameters]
update_root_domain_unit_owner: Builder[UpdateRootDomainUnitOwnerParameters]
update_rule: Builder[UpdateRuleParameters]
update_subscription_grant_status: Builder[UpdateSubscriptionGrantStatusParameters]
update_subscription_request: Builder[UpdateSubscriptionRequestParameters]
update_subscription_target: Builder[UpdateSubscriptionTargetParameters]
update_user_profile: Builder[UpdateUserProfileParameters]

__all__ = [
    "accept_predictions",
    "accept_subscription_request",
    "add_entity_owner",
    "add_policy_grant",
    "associate_environment_role",
    "associate_governed_terms",
    "batch_get_attributes_metadata",
    "batch_put_attributes_metadata",
    "cancel_metadata_generation_run",
    "cancel_subscription",
    "create_account_pool",
    "create_asset",
    "create_asset_filter",
    "create_asset_revision",
    "create_asset_type",
    "create_connection",
    "create_data_product",
    "create_data_product_revision",
    "create_data_source",
    "create_designation",
    "create_domain",
    "create_domain_unit",
    "create_environment",
    "create_environment_action",
    "create_environment_blueprint",
    "create_environment_profile",
    "create_form_type",
    "create_glossary",
    "create_glossary_term",
    "create_group_profile",
    "create_listing_change_set",
    "create_notebook",
    "create_project",
    "create_project_membership",
    "create_project_profile",
    "create_rule",
    "create_subscription_grant",
    "create_subscription_request",
    "create_subscription_target",
    "create_user_profile",
    "delete_account_pool",
    "delete_asset",
    "delete_asset_filter",
    "delete_asset_type",
    "delete_connection",
    "delete_data_export_configuration",
    "delete_data_product",
    "delete_data_source",
    "delete_designation",
    "delete_domain",
    "delete_domain_unit",
    "delete_environment",
    "delete_environment_action",
    "delete_environment_blueprint",
    "delete_environment_blueprint_configuration",
    "delete_environment_profile",
    "delete_form_type",
    "delete_glossary",
    "delete_glossary_term",
    "delete_lineage_event",
    "delete_listing",
    "delete_notebook",
    "delete_project",
    "delete_project_membership",
    "delete_project_profile",
    "delete_rule",
    "delete_subscription_grant",
    "delete_subscription_request",
    "delete_subscription_target",
    "delete_time_series_data_points",
    "disassociate_environment_role",
    "disassociate_governed_terms",
    "get_account_pool",
    "get_asset",
    "get_asset_filter",
    "get_asset_type",
    "get_connection",
    "get_data_export_configuration",
    "get_data_product",
    "get_data_source",
    "get_data_source_run",
    "get_designation",
    "get_domain",
    "get_domain_unit",
    "get_environment",
    "get_environment_action",
    "get_environment_blueprint",
    "get_environment_blueprint_configuration",
    "get_environment_credentials",
    "get_environment_profile",
    "get_form_type",
    "get_glossary",
    "get_glossary_term",
    "get_group_profile",
    "get_iam_portal_login_url",
    "get_job_run",
    "get_lineage_event",
    "get_lineage_node",
    "get_listing",
    "get_metadata_generation_run",
    "get_notebook",
    "get_notebook_export",
    "get_notebook_run",
    "get_project",
    "get_project_profile",
    "get_rule",
    "get_subscription",
    "get_subscription_grant",
    "get_subscription_request_details",
    "get_subscription_target",
    "get_time_series_data_point",
    "get_user_profile",
    "list_account_pools",
    "list_accounts_in_account_pool",
    "list_asset_filters",
    "list_asset_revisions",
    "list_connections",
    "list_data_product_revisions",
    "list_data_source_run_activities",
    "list_data_source_runs",
    "list_data_sources",
    "list_designations",
    "list_domain_units_for_parent",
    "list_domains",
    "list_entity_owners",
    "list_environment_actions",
    "list_environment_blueprint_configurations",
    "list_environment_blueprints",
    "list_environment_profiles",
    "list_environments",
    "list_job_runs",
    "list_lineage_events",
    "list_lineage_node_history",
    "list_metadata_generation_runs",
    "list_notebook_runs",
    "list_notebooks",
    "list_notifications",
    "list_policy_grants",
    "list_project_memberships",
    "list_project_profiles",
    "list_projects",
    "list_rules",
    "list_subscription_grants",
    "list_subscription_requests",
    "list_subscription_targets",
    "list_subscriptions",
    "list_tags_for_resource",
    "list_time_series_data_points",
    "post_lineage_event",
    "post_time_series_data_points",
    "put_data_export_configuration",
    "put_environment_blueprint_configuration",
    "query_graph",
    "reject_predictions",
    "reject_subscription_request",
    "remove_entity_owner",
    "remove_policy_grant",
    "revoke_subscription",
    "search",
    "search_group_profiles",
    "search_listings",
    "search_types",
    "search_user_profiles",
    "start_data_source_run",
    "start_metadata_generation_run",
    "start_notebook_export",
    "start_notebook_import",
    "start_notebook_run",
    "start_notebook_sync",
    "stop_notebook_run",
    "tag_resource",
    "untag_resource",
    "update_account_pool",
    "update_asset_filter",
    "update_asset_owner",
    "update_connection",
    "update_data_source",
    "update_designation",
    "update_domain",
    "update_domain_unit",
    "update_environment",
    "update_environment_action",
    "update_environment_blueprint",
    "update_environment_profile",
    "update_glossary",
    "update_glossary_term",
    "update_group_profile",
    "update_notebook",
    "update_project",
    "update_project_profile",
    "update_root_domain_unit_owner",
    "update_rule",
    "update_subscription_grant_status",
    "update_subscription_request",
    "update_subscription_target",
    "update_user_profile",
]
