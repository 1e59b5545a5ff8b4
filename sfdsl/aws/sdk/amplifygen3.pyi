"""Typed builders of the AWS SDK integration of amplifygen3 (``aws-sdk:amplifygen3:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X, Xi

AcceptForkPullRequestDeploymentParameters = TypedDict(
    "AcceptForkPullRequestDeploymentParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "CommitSha": S,
        "CommitSha.$": str,
        "PullRequestNumber": S,
        "PullRequestNumber.$": str,
    },
    total=False,
)
CancelGradualRolloutParameters = TypedDict(
    "CancelGradualRolloutParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)

class AppGitHubSourceRequest(TypedDict, total=False):
    RepositoryUrl: S
    ProductionBranch: S

class AppGitLabSourceRequest(TypedDict, total=False):
    RepositoryUrl: S
    Owner: S
    ProductionBranch: S

class AppSourceConfigRequest(TypedDict, total=False):
    GitHubSource: X[AppGitHubSourceRequest]
    GitLabSource: X[AppGitLabSourceRequest]

class AppBuildConfigRequest(TypedDict, total=False):
    InstallCommand: S
    BuildCommand: S
    RootDirectory: S
    OutputDirectory: S

class AppWebConfigRequest(TypedDict, total=False):
    BuildConfig: X[AppBuildConfigRequest]

class AppBackendRequest(TypedDict, total=False):
    MigrationsDirectory: S

class EnvironmentPermissionsConfigRequest(TypedDict, total=False):
    ExecutionRoleArn: S
    PermissionMode: S

class EnvironmentNetworkConfigRequest(TypedDict, total=False):
    BuildNetworkConnectorArn: S
    ComputeNetworkConnectorArn: S

class DatabaseConfigRequest(TypedDict, total=False):
    MaxBackendCapacityUnits: I
    BackupRetentionDays: I

class EnvironmentBackendConfigRequest(TypedDict, total=False):
    Auth: S
    Database: X[DatabaseConfigRequest]

class DefaultEnvironmentConfiguration(TypedDict, total=False):
    EnvironmentType: S
    EnvironmentPermissionsConfig: X[EnvironmentPermissionsConfigRequest]
    EnvironmentNetworkConfig: X[EnvironmentNetworkConfigRequest]
    Backend: X[EnvironmentBackendConfigRequest]

CreateAppParameters = TypedDict(
    "CreateAppParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "SourceConfig": X[AppSourceConfigRequest],
        "SourceConfig.$": str,
        "Web": X[AppWebConfigRequest],
        "Web.$": str,
        "Backend": X[AppBackendRequest],
        "Backend.$": str,
        "DefaultEnvironmentsConfiguration": L[Xi[DefaultEnvironmentConfiguration]],
        "DefaultEnvironmentsConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DeploymentGitSourceRequest(TypedDict, total=False):
    GitRef: S

class DeploymentManualUploadSourceRequest(TypedDict, total=False):
    SourceUploadId: S
    SourceType: S

class DeploymentSourceConfigRequest(TypedDict, total=False):
    GitSource: X[DeploymentGitSourceRequest]
    ManualUploadSource: X[DeploymentManualUploadSourceRequest]

CreateDeploymentParameters = TypedDict(
    "CreateDeploymentParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "SourceConfig": X[DeploymentSourceConfigRequest],
        "SourceConfig.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "BranchArn": S,
        "BranchArn.$": str,
        "PublishableKeyAction": S,
        "PublishableKeyAction.$": str,
    },
    total=False,
)

class AliasRouting(TypedDict, total=False):
    AliasArn: S

class RedirectRouting(TypedDict, total=False):
    TargetUrl: S
    StatusCode: S

class Routing(TypedDict, total=False):
    Alias: X[AliasRouting]
    Redirect: X[RedirectRouting]

CreateDomainAssociationParameters = TypedDict(
    "CreateDomainAssociationParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "Routing": X[Routing],
        "Routing.$": str,
        "DnsManagementType": S,
        "DnsManagementType.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class EnvironmentGitSourceRequest(TypedDict, total=False):
    BranchMatchPatterns: L[Si]
    DeploymentTriggerEvents: L[Si]

class EnvironmentSourceConfigRequest(TypedDict, total=False):
    GitSource: X[EnvironmentGitSourceRequest]

class PresetConfig(TypedDict, total=False):
    Preset: S

class GradualRolloutConfig(TypedDict, total=False):
    PresetConfig: X[PresetConfig]

class EnvironmentAliasConfig(TypedDict, total=False):
    RoutingMode: S

class SkewProtectionConfig(TypedDict, total=False):
    Status: S
    CookieMaxAgeSeconds: I

class EnvironmentWebConfigRequest(TypedDict, total=False):
    EnvironmentAliasConfig: X[EnvironmentAliasConfig]
    SkewProtectionConfig: X[SkewProtectionConfig]

CreateEnvironmentParameters = TypedDict(
    "CreateEnvironmentParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "EnvironmentRoleArn": S,
        "EnvironmentRoleArn.$": str,
        "EnvironmentRolePermissionMode": S,
        "EnvironmentRolePermissionMode.$": str,
        "SourceConfig": X[EnvironmentSourceConfigRequest],
        "SourceConfig.$": str,
        "GradualRolloutConfig": X[GradualRolloutConfig],
        "GradualRolloutConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Web": X[EnvironmentWebConfigRequest],
        "Web.$": str,
        "NetworkConfig": X[EnvironmentNetworkConfigRequest],
        "NetworkConfig.$": str,
        "Backend": X[EnvironmentBackendConfigRequest],
        "Backend.$": str,
    },
    total=False,
)

class S3Configuration(TypedDict, total=False):
    BucketArn: S

class DsqlConfiguration(TypedDict, total=False):
    ClusterArn: S
    DatabaseUser: S

class BedrockConfiguration(TypedDict, total=False):
    RegionName: S
    ModelId: S

class CustomConfiguration(TypedDict, total=False):
    ResourceArn: S

class ResourceConfiguration(TypedDict, total=False):
    S3: X[S3Configuration]
    Dsql: X[DsqlConfiguration]
    Bedrock: X[BedrockConfiguration]
    Custom: X[CustomConfiguration]

class IntegrationEnvironmentVariableInput(TypedDict, total=False):
    Key: S
    KeyOverride: S
    Value: S
    Type: S

CreateIntegrationConfigurationParameters = TypedDict(
    "CreateIntegrationConfigurationParameters",
    {
        "IntegrationName": S,
        "IntegrationName.$": str,
        "IntegrationTypeId": S,
        "IntegrationTypeId.$": str,
        "ResourceConfiguration": X[ResourceConfiguration],
        "ResourceConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "EnvironmentVariables": L[Xi[IntegrationEnvironmentVariableInput]],
        "EnvironmentVariables.$": str,
    },
    total=False,
)
CreateIntegrationConnectionParameters = TypedDict(
    "CreateIntegrationConnectionParameters",
    {"IntegrationArn": S, "IntegrationArn.$": str, "EnvironmentArn": S, "EnvironmentArn.$": str},
    total=False,
)
CreateNetworkConnectorParameters = TypedDict(
    "CreateNetworkConnectorParameters",
    {
        "NetworkConnectorName": S,
        "NetworkConnectorName.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "NetworkConnectorRoleArn": S,
        "NetworkConnectorRoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ZipUploadRequest(TypedDict, total=False):
    Digest: S

CreateSourceUploadParameters = TypedDict(
    "CreateSourceUploadParameters",
    {"ZipUpload": X[ZipUploadRequest], "ZipUpload.$": str},
    total=False,
)
DeleteAliasParameters = TypedDict(
    "DeleteAliasParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
DeleteAppParameters = TypedDict(
    "DeleteAppParameters", {"AppName": S, "AppName.$": str}, total=False
)
DeleteBackendFromAppParameters = TypedDict(
    "DeleteBackendFromAppParameters", {"AppName": S, "AppName.$": str}, total=False
)
DeleteBranchParameters = TypedDict(
    "DeleteBranchParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "BranchName": S,
        "BranchName.$": str,
    },
    total=False,
)
DeleteDeploymentParameters = TypedDict(
    "DeleteDeploymentParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "DeploymentId": S,
        "DeploymentId.$": str,
    },
    total=False,
)
DeleteDomainAssociationParameters = TypedDict(
    "DeleteDomainAssociationParameters",
    {"AppName": S, "AppName.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
DeleteEnvironmentParameters = TypedDict(
    "DeleteEnvironmentParameters",
    {"AppName": S, "AppName.$": str, "EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)
DeleteEnvironmentVariablesParameters = TypedDict(
    "DeleteEnvironmentVariablesParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Keys": L[Si],
        "Keys.$": str,
    },
    total=False,
)
DeleteGitConnectionParameters = TypedDict(
    "DeleteGitConnectionParameters",
    {"Provider": S, "Provider.$": str, "Owner": S, "Owner.$": str},
    total=False,
)
DeleteIdentityProviderConfigParameters = TypedDict(
    "DeleteIdentityProviderConfigParameters", {"AppName": S, "AppName.$": str}, total=False
)
DeleteIntegrationConfigurationParameters = TypedDict(
    "DeleteIntegrationConfigurationParameters",
    {"IntegrationName": S, "IntegrationName.$": str},
    total=False,
)
DeleteIntegrationConnectionParameters = TypedDict(
    "DeleteIntegrationConnectionParameters", {"ConnectionId": S, "ConnectionId.$": str}, total=False
)
DeleteNetworkConnectorParameters = TypedDict(
    "DeleteNetworkConnectorParameters",
    {"NetworkConnectorName": S, "NetworkConnectorName.$": str},
    total=False,
)
DeleteSourceUploadParameters = TypedDict(
    "DeleteSourceUploadParameters", {"SourceUploadId": S, "SourceUploadId.$": str}, total=False
)
DisableAccessControlParameters = TypedDict(
    "DisableAccessControlParameters",
    {"AppName": S, "AppName.$": str, "EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)

class Unit(TypedDict, total=False): ...

class AccessRuleCondition(TypedDict, total=False):
    Key: S
    Operator: S
    Value: S

class AccessControlRule(TypedDict, total=False):
    AnyAuthenticatedUser: X[Unit]
    UserClaims: L[Xi[AccessRuleCondition]]

EnableAccessControlParameters = TypedDict(
    "EnableAccessControlParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Scope": S,
        "Scope.$": str,
        "Rule": X[AccessControlRule],
        "Rule.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetAccessControlParameters = TypedDict(
    "GetAccessControlParameters",
    {"AppName": S, "AppName.$": str, "EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)
GetAliasParameters = TypedDict(
    "GetAliasParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "AliasName": S,
        "AliasName.$": str,
    },
    total=False,
)
GetApiKeyParameters = TypedDict(
    "GetApiKeyParameters",
    {"BranchArn": S, "BranchArn.$": str, "ApiKeyId": S, "ApiKeyId.$": str},
    total=False,
)
GetAppParameters = TypedDict("GetAppParameters", {"AppName": S, "AppName.$": str}, total=False)
GetBranchParameters = TypedDict(
    "GetBranchParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "BranchName": S,
        "BranchName.$": str,
    },
    total=False,
)
GetDeploymentParameters = TypedDict(
    "GetDeploymentParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "DeploymentId": S,
        "DeploymentId.$": str,
    },
    total=False,
)
GetDomainAssociationParameters = TypedDict(
    "GetDomainAssociationParameters",
    {"AppName": S, "AppName.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
GetDomainConnectUrlParameters = TypedDict(
    "GetDomainConnectUrlParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "CallbackUrl": S,
        "CallbackUrl.$": str,
    },
    total=False,
)
GetEnvironmentParameters = TypedDict(
    "GetEnvironmentParameters",
    {"AppName": S, "AppName.$": str, "EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)
GetEnvironmentsForNetworkConnectorParameters = TypedDict(
    "GetEnvironmentsForNetworkConnectorParameters",
    {
        "NetworkConnectorName": S,
        "NetworkConnectorName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetFileParameters = TypedDict(
    "GetFileParameters",
    {
        "Provider": S,
        "Provider.$": str,
        "Owner": S,
        "Owner.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryPath": S,
        "RepositoryPath.$": str,
        "FilePath": S,
        "FilePath.$": str,
        "Branch": S,
        "Branch.$": str,
    },
    total=False,
)
GetFolderParameters = TypedDict(
    "GetFolderParameters",
    {
        "Provider": S,
        "Provider.$": str,
        "Owner": S,
        "Owner.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryPath": S,
        "RepositoryPath.$": str,
        "FolderPath": S,
        "FolderPath.$": str,
        "Branch": S,
        "Branch.$": str,
    },
    total=False,
)
GetIdentityProviderConfigParameters = TypedDict(
    "GetIdentityProviderConfigParameters", {"AppName": S, "AppName.$": str}, total=False
)
GetIntegrationConfigurationParameters = TypedDict(
    "GetIntegrationConfigurationParameters",
    {"IntegrationName": S, "IntegrationName.$": str},
    total=False,
)
GetIntegrationConnectionParameters = TypedDict(
    "GetIntegrationConnectionParameters", {"ConnectionId": S, "ConnectionId.$": str}, total=False
)
GetNetworkConnectorParameters = TypedDict(
    "GetNetworkConnectorParameters",
    {"NetworkConnectorName": S, "NetworkConnectorName.$": str},
    total=False,
)
GetRestoreWindowParameters = TypedDict(
    "GetRestoreWindowParameters", {"BranchArn": S, "BranchArn.$": str}, total=False
)
GetSourceUploadParameters = TypedDict(
    "GetSourceUploadParameters", {"SourceUploadId": S, "SourceUploadId.$": str}, total=False
)
ListAccessControlsParameters = TypedDict(
    "ListAccessControlsParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAliasesParameters = TypedDict(
    "ListAliasesParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListApiKeysParameters = TypedDict(
    "ListApiKeysParameters",
    {
        "BranchArn": S,
        "BranchArn.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppsParameters = TypedDict(
    "ListAppsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListBranchesParameters = TypedDict(
    "ListBranchesParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDeploymentsForAppParameters = TypedDict(
    "ListDeploymentsForAppParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDeploymentsForEnvironmentParameters = TypedDict(
    "ListDeploymentsForEnvironmentParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDomainAssociationsForAccountParameters = TypedDict(
    "ListDomainAssociationsForAccountParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDomainAssociationsForAppParameters = TypedDict(
    "ListDomainAssociationsForAppParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEnvironmentVariablesParameters = TypedDict(
    "ListEnvironmentVariablesParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEnvironmentsParameters = TypedDict(
    "ListEnvironmentsParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListGitBranchesParameters = TypedDict(
    "ListGitBranchesParameters",
    {
        "Provider": S,
        "Provider.$": str,
        "Owner": S,
        "Owner.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryPath": S,
        "RepositoryPath.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGitConnectionsParameters = TypedDict(
    "ListGitConnectionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListIntegrationConfigurationsParameters = TypedDict(
    "ListIntegrationConfigurationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListIntegrationConnectionsParameters = TypedDict(
    "ListIntegrationConnectionsParameters",
    {
        "IntegrationArn": S,
        "IntegrationArn.$": str,
        "EnvironmentArn": S,
        "EnvironmentArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListIntegrationTypesParameters = TypedDict(
    "ListIntegrationTypesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListNetworkConnectorsParameters = TypedDict(
    "ListNetworkConnectorsParameters",
    {
        "StatusFilter": S,
        "StatusFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPlanViolationsParameters = TypedDict(
    "ListPlanViolationsParameters",
    {
        "TargetPlan": S,
        "TargetPlan.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRepositoriesParameters = TypedDict(
    "ListRepositoriesParameters",
    {
        "Provider": S,
        "Provider.$": str,
        "Owner": S,
        "Owner.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSourceUploadsParameters = TypedDict(
    "ListSourceUploadsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class EnvironmentVariableInput(TypedDict, total=False):
    Key: S
    Value: S
    Type: S
    Comment: S
    Scope: S

PutEnvironmentVariablesParameters = TypedDict(
    "PutEnvironmentVariablesParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "EnvironmentVariables": L[Xi[EnvironmentVariableInput]],
        "EnvironmentVariables.$": str,
    },
    total=False,
)

class OidcConfig(TypedDict, total=False):
    IssuerUrl: S
    ClientId: S
    ClientSecret: S
    TokenType: S
    TokenValidations: L[Si]
    AuthorizationEndpoint: S
    TokenEndpoint: S
    GrantType: S
    RefreshTokenStrategy: S
    AuthorizeRequestParams: M[S]
    TokenRequestParams: M[S]

class IamIdentityCenterConfig(TypedDict, total=False):
    InstanceArn: S
    GroupId: S

class IdentityProviderConfigRequest(TypedDict, total=False):
    Oidc: X[OidcConfig]
    IamIdentityCenter: X[IamIdentityCenterConfig]

PutIdentityProviderConfigParameters = TypedDict(
    "PutIdentityProviderConfigParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "IdentityProviderName": S,
        "IdentityProviderName.$": str,
        "IdentityProviderConfig": X[IdentityProviderConfigRequest],
        "IdentityProviderConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ResetCacheParameters = TypedDict(
    "ResetCacheParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "DeploymentId": S,
        "DeploymentId.$": str,
        "CacheTags": L[Si],
        "CacheTags.$": str,
    },
    total=False,
)
RestoreBranchParameters = TypedDict(
    "RestoreBranchParameters",
    {"BranchArn": S, "BranchArn.$": str, "RestoreToTime": T, "RestoreToTime.$": str},
    total=False,
)
ResumeBackendParameters = TypedDict(
    "ResumeBackendParameters", {"AppName": S, "AppName.$": str}, total=False
)
RevokeApiKeyParameters = TypedDict(
    "RevokeApiKeyParameters",
    {"BranchArn": S, "BranchArn.$": str, "ApiKeyId": S, "ApiKeyId.$": str},
    total=False,
)
RotateIdentityProviderSecretParameters = TypedDict(
    "RotateIdentityProviderSecretParameters",
    {"AppName": S, "AppName.$": str, "ClientSecret": S, "ClientSecret.$": str},
    total=False,
)
StartAuthorizationFlowParameters = TypedDict(
    "StartAuthorizationFlowParameters",
    {"Provider": S, "Provider.$": str, "RedirectUrl": S, "RedirectUrl.$": str},
    total=False,
)
StartCacheRevalidationParameters = TypedDict(
    "StartCacheRevalidationParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "DeploymentId": S,
        "DeploymentId.$": str,
        "CacheTags": L[Si],
        "CacheTags.$": str,
        "ExpirationPeriodSeconds": I,
        "ExpirationPeriodSeconds.$": str,
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
UpdateAccessControlParameters = TypedDict(
    "UpdateAccessControlParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Scope": S,
        "Scope.$": str,
        "Rule": X[AccessControlRule],
        "Rule.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class RoutingConfigEntry(TypedDict, total=False):
    DeploymentId: S
    Weight: I

UpdateAliasRoutingParameters = TypedDict(
    "UpdateAliasRoutingParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "AliasName": S,
        "AliasName.$": str,
        "RoutingConfig": L[Xi[RoutingConfigEntry]],
        "RoutingConfig.$": str,
        "GradualRolloutConfig": X[GradualRolloutConfig],
        "GradualRolloutConfig.$": str,
    },
    total=False,
)

class AppUpdateGitHubSourceRequest(TypedDict, total=False):
    RepositoryUrl: S

class AppUpdateGitLabSourceRequest(TypedDict, total=False):
    RepositoryUrl: S
    Owner: S

class NoSource(TypedDict, total=False): ...

class AppUpdateSourceConfigRequest(TypedDict, total=False):
    GitHubSource: X[AppUpdateGitHubSourceRequest]
    GitLabSource: X[AppUpdateGitLabSourceRequest]
    NoSource: X[NoSource]

class AppUpdateBuildConfigRequest(TypedDict, total=False):
    InstallCommand: S
    BuildCommand: S
    RootDirectory: S
    OutputDirectory: S

class AppUpdateWebConfigRequest(TypedDict, total=False):
    BuildConfig: X[AppUpdateBuildConfigRequest]

UpdateAppParameters = TypedDict(
    "UpdateAppParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "SourceConfig": X[AppUpdateSourceConfigRequest],
        "SourceConfig.$": str,
        "Web": X[AppUpdateWebConfigRequest],
        "Web.$": str,
        "Backend": X[AppBackendRequest],
        "Backend.$": str,
    },
    total=False,
)
UpdateDomainAssociationParameters = TypedDict(
    "UpdateDomainAssociationParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "Routing": X[Routing],
        "Routing.$": str,
    },
    total=False,
)

class EnvironmentUpdateSourceConfigRequest(TypedDict, total=False):
    GitSource: X[EnvironmentGitSourceRequest]
    NoSource: X[NoSource]

class WafCloudWatchLogsDeliveryConfigRequest(TypedDict, total=False):
    Status: S
    SamplingRate: I
    Scope: S

class WafS3DeliveryConfigRequest(TypedDict, total=False):
    Status: S
    SamplingRate: I
    Scope: S
    BucketArn: S

class WafLogConfigRequest(TypedDict, total=False):
    CloudWatchLogsConfig: X[WafCloudWatchLogsDeliveryConfigRequest]
    S3Config: X[WafS3DeliveryConfigRequest]

class CloudWatchLogsDeliveryConfigRequest(TypedDict, total=False):
    Status: S
    SamplingRate: I

class S3DeliveryConfigRequest(TypedDict, total=False):
    Status: S
    SamplingRate: I
    BucketArn: S

class AccessLogConfigRequest(TypedDict, total=False):
    CloudWatchLogsConfig: X[CloudWatchLogsDeliveryConfigRequest]
    S3Config: X[S3DeliveryConfigRequest]

class EnvironmentUpdateWebConfigRequest(TypedDict, total=False):
    AccessLogConfig: X[AccessLogConfigRequest]
    EnvironmentAliasConfig: X[EnvironmentAliasConfig]
    SkewProtectionConfig: X[SkewProtectionConfig]

class DatabaseCloudWatchLogsDeliveryConfigRequest(TypedDict, total=False):
    Status: S
    SamplingRate: I

class DatabaseS3DeliveryConfigRequest(TypedDict, total=False):
    Status: S
    SamplingRate: I
    BucketArn: S

class DatabaseLogConfigRequest(TypedDict, total=False):
    CloudWatchLogsConfig: X[DatabaseCloudWatchLogsDeliveryConfigRequest]
    S3Config: X[DatabaseS3DeliveryConfigRequest]

class EnvironmentUpdateBackendRequest(TypedDict, total=False):
    Auth: S
    Database: X[DatabaseConfigRequest]
    DatabaseLogConfig: X[DatabaseLogConfigRequest]

class EnvironmentUpdateNetworkConfigRequest(TypedDict, total=False):
    BuildNetworkConnectorArn: S
    ComputeNetworkConnectorArn: S

UpdateEnvironmentParameters = TypedDict(
    "UpdateEnvironmentParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "EnvironmentRoleArn": S,
        "EnvironmentRoleArn.$": str,
        "EnvironmentRolePermissionMode": S,
        "EnvironmentRolePermissionMode.$": str,
        "SourceConfig": X[EnvironmentUpdateSourceConfigRequest],
        "SourceConfig.$": str,
        "WafLogConfigs": L[Xi[WafLogConfigRequest]],
        "WafLogConfigs.$": str,
        "GradualRolloutConfig": X[GradualRolloutConfig],
        "GradualRolloutConfig.$": str,
        "Web": X[EnvironmentUpdateWebConfigRequest],
        "Web.$": str,
        "Backend": X[EnvironmentUpdateBackendRequest],
        "Backend.$": str,
        "NetworkConfig": X[EnvironmentUpdateNetworkConfigRequest],
        "NetworkConfig.$": str,
    },
    total=False,
)
UpdateIntegrationConfigurationParameters = TypedDict(
    "UpdateIntegrationConfigurationParameters",
    {
        "IntegrationName": S,
        "IntegrationName.$": str,
        "IntegrationTypeId": S,
        "IntegrationTypeId.$": str,
        "ResourceConfiguration": X[ResourceConfiguration],
        "ResourceConfiguration.$": str,
        "EnvironmentVariables": L[Xi[IntegrationEnvironmentVariableInput]],
        "EnvironmentVariables.$": str,
        "RemoveEnvironmentVariableKeys": L[Si],
        "RemoveEnvironmentVariableKeys.$": str,
    },
    total=False,
)
UpdateNetworkConnectorParameters = TypedDict(
    "UpdateNetworkConnectorParameters",
    {
        "NetworkConnectorName": S,
        "NetworkConnectorName.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "NetworkConnectorRoleArn": S,
        "NetworkConnectorRoleArn.$": str,
    },
    total=False,
)
accept_fork_pull_request_deployment: Builder[AcceptForkPullRequestDeploymentParameters]
cancel_gradual_rollout: Builder[CancelGradualRolloutParameters]
create_app: Builder[CreateAppParameters]
create_deployment: Builder[CreateDeploymentParameters]
create_domain_association: Builder[CreateDomainAssociationParameters]
create_environment: Builder[CreateEnvironmentParameters]
create_integration_configuration: Builder[CreateIntegrationConfigurationParameters]
create_integration_connection: Builder[CreateIntegrationConnectionParameters]
create_network_connector: Builder[CreateNetworkConnectorParameters]
create_source_upload: Builder[CreateSourceUploadParameters]
delete_alias: Builder[DeleteAliasParameters]
delete_app: Builder[DeleteAppParameters]
delete_backend_from_app: Builder[DeleteBackendFromAppParameters]
delete_branch: Builder[DeleteBranchParameters]
delete_deployment: Builder[DeleteDeploymentParameters]
delete_domain_association: Builder[DeleteDomainAssociationParameters]
delete_environment: Builder[DeleteEnvironmentParameters]
delete_environment_variables: Builder[DeleteEnvironmentVariablesParameters]
delete_git_connection: Builder[DeleteGitConnectionParameters]
delete_identity_provider_config: Builder[DeleteIdentityProviderConfigParameters]
delete_integration_configuration: Builder[DeleteIntegrationConfigurationParameters]
delete_integration_connection: Builder[DeleteIntegrationConnectionParameters]
delete_network_connector: Builder[DeleteNetworkConnectorParameters]
delete_source_upload: Builder[DeleteSourceUploadParameters]
disable_access_control: Builder[DisableAccessControlParameters]
enable_access_control: Builder[EnableAccessControlParameters]
get_access_control: Builder[GetAccessControlParameters]
get_alias: Builder[GetAliasParameters]
get_api_key: Builder[GetApiKeyParameters]
get_app: Builder[GetAppParameters]
get_branch: Builder[GetBranchParameters]
get_deployment: Builder[GetDeploymentParameters]
get_domain_association: Builder[GetDomainAssociationParameters]
get_domain_connect_url: Builder[GetDomainConnectUrlParameters]
get_environment: Builder[GetEnvironmentParameters]
get_environments_for_network_connector: Builder[GetEnvironmentsForNetworkConnectorParameters]
get_file: Builder[GetFileParameters]
get_folder: Builder[GetFolderParameters]
get_identity_provider_config: Builder[GetIdentityProviderConfigParameters]
get_integration_configuration: Builder[GetIntegrationConfigurationParameters]
get_integration_connection: Builder[GetIntegrationConnectionParameters]
get_network_connector: Builder[GetNetworkConnectorParameters]
get_restore_window: Builder[GetRestoreWindowParameters]
get_source_upload: Builder[GetSourceUploadParameters]
list_access_controls: Builder[ListAccessControlsParameters]
list_aliases: Builder[ListAliasesParameters]
list_api_keys: Builder[ListApiKeysParameters]
list_apps: Builder[ListAppsParameters]
list_branches: Builder[ListBranchesParameters]
list_deployments_for_app: Builder[ListDeploymentsForAppParameters]
list_deployments_for_environment: Builder[ListDeploymentsForEnvironmentParameters]
list_domain_associations_for_account: Builder[ListDomainAssociationsForAccountParameters]
list_domain_associations_for_app: Builder[ListDomainAssociationsForAppParameters]
list_environment_variables: Builder[ListEnvironmentVariablesParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_git_branches: Builder[ListGitBranchesParameters]
list_git_connections: Builder[ListGitConnectionsParameters]
list_integration_configurations: Builder[ListIntegrationConfigurationsParameters]
list_integration_connections: Builder[ListIntegrationConnectionsParameters]
list_integration_types: Builder[ListIntegrationTypesParameters]
list_network_connectors: Builder[ListNetworkConnectorsParameters]
list_plan_violations: Builder[ListPlanViolationsParameters]
list_repositories: Builder[ListRepositoriesParameters]
list_source_uploads: Builder[ListSourceUploadsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_environment_variables: Builder[PutEnvironmentVariablesParameters]
put_identity_provider_config: Builder[PutIdentityProviderConfigParameters]
reset_cache: Builder[ResetCacheParameters]
restore_branch: Builder[RestoreBranchParameters]
resume_backend: Builder[ResumeBackendParameters]
revoke_api_key: Builder[RevokeApiKeyParameters]
rotate_identity_provider_secret: Builder[RotateIdentityProviderSecretParameters]
start_authorization_flow: Builder[StartAuthorizationFlowParameters]
start_cache_revalidation: Builder[StartCacheRevalidationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_access_control: Builder[UpdateAccessControlParameters]
update_alias_routing: Builder[UpdateAliasRoutingParameters]
update_app: Builder[UpdateAppParameters]
update_domain_association: Builder[UpdateDomainAssociationParameters]
update_environment: Builder[UpdateEnvironmentParameters]
update_integration_configuration: Builder[UpdateIntegrationConfigurationParameters]
update_network_connector: Builder[UpdateNetworkConnectorParameters]

__all__ = [
    "accept_fork_pull_request_deployment",
    "cancel_gradual_rollout",
    "create_app",
    "create_deployment",
    "create_domain_association",
    "create_environment",
    "create_integration_configuration",
    "create_integration_connection",
    "create_network_connector",
    "create_source_upload",
    "delete_alias",
    "delete_app",
    "delete_backend_from_app",
    "delete_branch",
    "delete_deployment",
    "delete_domain_association",
    "delete_environment",
    "delete_environment_variables",
    "delete_git_connection",
    "delete_identity_provider_config",
    "delete_integration_configuration",
    "delete_integration_connection",
    "delete_network_connector",
    "delete_source_upload",
    "disable_access_control",
    "enable_access_control",
    "get_access_control",
    "get_alias",
    "get_api_key",
    "get_app",
    "get_branch",
    "get_deployment",
    "get_domain_association",
    "get_domain_connect_url",
    "get_environment",
    "get_environments_for_network_connector",
    "get_file",
    "get_folder",
    "get_identity_provider_config",
    "get_integration_configuration",
    "get_integration_connection",
    "get_network_connector",
    "get_restore_window",
    "get_source_upload",
    "list_access_controls",
    "list_aliases",
    "list_api_keys",
    "list_apps",
    "list_branches",
    "list_deployments_for_app",
    "list_deployments_for_environment",
    "list_domain_associations_for_account",
    "list_domain_associations_for_app",
    "list_environment_variables",
    "list_environments",
    "list_git_branches",
    "list_git_connections",
    "list_integration_configurations",
    "list_integration_connections",
    "list_integration_types",
    "list_network_connectors",
    "list_plan_violations",
    "list_repositories",
    "list_source_uploads",
    "list_tags_for_resource",
    "put_environment_variables",
    "put_identity_provider_config",
    "reset_cache",
    "restore_branch",
    "resume_backend",
    "revoke_api_key",
    "rotate_identity_provider_secret",
    "start_authorization_flow",
    "start_cache_revalidation",
    "tag_resource",
    "untag_resource",
    "update_access_control",
    "update_alias_routing",
    "update_app",
    "update_domain_association",
    "update_environment",
    "update_integration_configuration",
    "update_network_connector",
]
