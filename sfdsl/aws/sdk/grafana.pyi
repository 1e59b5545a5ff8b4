"""Typed builders of the AWS SDK integration of grafana (``aws-sdk:grafana:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateLicenseParameters = TypedDict(
    "AssociateLicenseParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "LicenseType": S,
        "LicenseType.$": str,
        "GrafanaToken": S,
        "GrafanaToken.$": str,
    },
    total=False,
)

class VpcConfiguration(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]

class NetworkAccessConfiguration(TypedDict, total=False):
    PrefixListIds: L[Si]
    VpceIds: L[Si]

CreateWorkspaceParameters = TypedDict(
    "CreateWorkspaceParameters",
    {
        "AccountAccessType": S,
        "AccountAccessType.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "OrganizationRoleName": S,
        "OrganizationRoleName.$": str,
        "PermissionType": S,
        "PermissionType.$": str,
        "StackSetName": S,
        "StackSetName.$": str,
        "WorkspaceDataSources": L[Si],
        "WorkspaceDataSources.$": str,
        "WorkspaceDescription": S,
        "WorkspaceDescription.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "WorkspaceNotificationDestinations": L[Si],
        "WorkspaceNotificationDestinations.$": str,
        "WorkspaceOrganizationalUnits": L[Si],
        "WorkspaceOrganizationalUnits.$": str,
        "WorkspaceRoleArn": S,
        "WorkspaceRoleArn.$": str,
        "AuthenticationProviders": L[Si],
        "AuthenticationProviders.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "VpcConfiguration": X[VpcConfiguration],
        "VpcConfiguration.$": str,
        "Configuration": S,
        "Configuration.$": str,
        "NetworkAccessControl": X[NetworkAccessConfiguration],
        "NetworkAccessControl.$": str,
        "GrafanaVersion": S,
        "GrafanaVersion.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)
CreateWorkspaceApiKeyParameters = TypedDict(
    "CreateWorkspaceApiKeyParameters",
    {
        "KeyName": S,
        "KeyName.$": str,
        "KeyRole": S,
        "KeyRole.$": str,
        "SecondsToLive": I,
        "SecondsToLive.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
    },
    total=False,
)
CreateWorkspaceServiceAccountParameters = TypedDict(
    "CreateWorkspaceServiceAccountParameters",
    {
        "Name": S,
        "Name.$": str,
        "GrafanaRole": S,
        "GrafanaRole.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
    },
    total=False,
)
CreateWorkspaceServiceAccountTokenParameters = TypedDict(
    "CreateWorkspaceServiceAccountTokenParameters",
    {
        "Name": S,
        "Name.$": str,
        "SecondsToLive": I,
        "SecondsToLive.$": str,
        "ServiceAccountId": S,
        "ServiceAccountId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
    },
    total=False,
)
DeleteWorkspaceParameters = TypedDict(
    "DeleteWorkspaceParameters", {"WorkspaceId": S, "WorkspaceId.$": str}, total=False
)
DeleteWorkspaceApiKeyParameters = TypedDict(
    "DeleteWorkspaceApiKeyParameters",
    {"KeyName": S, "KeyName.$": str, "WorkspaceId": S, "WorkspaceId.$": str},
    total=False,
)
DeleteWorkspaceServiceAccountParameters = TypedDict(
    "DeleteWorkspaceServiceAccountParameters",
    {"ServiceAccountId": S, "ServiceAccountId.$": str, "WorkspaceId": S, "WorkspaceId.$": str},
    total=False,
)
DeleteWorkspaceServiceAccountTokenParameters = TypedDict(
    "DeleteWorkspaceServiceAccountTokenParameters",
    {
        "TokenId": S,
        "TokenId.$": str,
        "ServiceAccountId": S,
        "ServiceAccountId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
    },
    total=False,
)
DescribeWorkspaceParameters = TypedDict(
    "DescribeWorkspaceParameters", {"WorkspaceId": S, "WorkspaceId.$": str}, total=False
)
DescribeWorkspaceAuthenticationParameters = TypedDict(
    "DescribeWorkspaceAuthenticationParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str},
    total=False,
)
DescribeWorkspaceConfigurationParameters = TypedDict(
    "DescribeWorkspaceConfigurationParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str},
    total=False,
)
DisassociateLicenseParameters = TypedDict(
    "DisassociateLicenseParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "LicenseType": S, "LicenseType.$": str},
    total=False,
)
ListPermissionsParameters = TypedDict(
    "ListPermissionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "UserType": S,
        "UserType.$": str,
        "UserId": S,
        "UserId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListVersionsParameters = TypedDict(
    "ListVersionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
    },
    total=False,
)
ListWorkspaceServiceAccountTokensParameters = TypedDict(
    "ListWorkspaceServiceAccountTokensParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServiceAccountId": S,
        "ServiceAccountId.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
    },
    total=False,
)
ListWorkspaceServiceAccountsParameters = TypedDict(
    "ListWorkspaceServiceAccountsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
    },
    total=False,
)
ListWorkspacesParameters = TypedDict(
    "ListWorkspacesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
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

class User(TypedDict, total=False):
    Id: S
    Type: S

class UpdateInstruction(TypedDict, total=False):
    Action: S
    Role: S
    Users: L[Xi[User]]

UpdatePermissionsParameters = TypedDict(
    "UpdatePermissionsParameters",
    {
        "UpdateInstructionBatch": L[Xi[UpdateInstruction]],
        "UpdateInstructionBatch.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
    },
    total=False,
)
UpdateWorkspaceParameters = TypedDict(
    "UpdateWorkspaceParameters",
    {
        "AccountAccessType": S,
        "AccountAccessType.$": str,
        "OrganizationRoleName": S,
        "OrganizationRoleName.$": str,
        "PermissionType": S,
        "PermissionType.$": str,
        "StackSetName": S,
        "StackSetName.$": str,
        "WorkspaceDataSources": L[Si],
        "WorkspaceDataSources.$": str,
        "WorkspaceDescription": S,
        "WorkspaceDescription.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
        "WorkspaceNotificationDestinations": L[Si],
        "WorkspaceNotificationDestinations.$": str,
        "WorkspaceOrganizationalUnits": L[Si],
        "WorkspaceOrganizationalUnits.$": str,
        "WorkspaceRoleArn": S,
        "WorkspaceRoleArn.$": str,
        "VpcConfiguration": X[VpcConfiguration],
        "VpcConfiguration.$": str,
        "RemoveVpcConfiguration": B,
        "RemoveVpcConfiguration.$": str,
        "NetworkAccessControl": X[NetworkAccessConfiguration],
        "NetworkAccessControl.$": str,
        "RemoveNetworkAccessConfiguration": B,
        "RemoveNetworkAccessConfiguration.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
    },
    total=False,
)

class IdpMetadata(TypedDict, total=False):
    Url: S
    Xml: S

class AssertionAttributes(TypedDict, total=False):
    Name: S
    Login: S
    Email: S
    Groups: S
    Role: S
    Org: S

class RoleValues(TypedDict, total=False):
    Editor: L[Si]
    Admin: L[Si]

class SamlConfiguration(TypedDict, total=False):
    IdpMetadata: X[IdpMetadata]
    AssertionAttributes: X[AssertionAttributes]
    RoleValues: X[RoleValues]
    AllowedOrganizations: L[Si]
    LoginValidityDuration: I

UpdateWorkspaceAuthenticationParameters = TypedDict(
    "UpdateWorkspaceAuthenticationParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "AuthenticationProviders": L[Si],
        "AuthenticationProviders.$": str,
        "SamlConfiguration": X[SamlConfiguration],
        "SamlConfiguration.$": str,
    },
    total=False,
)
UpdateWorkspaceConfigurationParameters = TypedDict(
    "UpdateWorkspaceConfigurationParameters",
    {
        "Configuration": S,
        "Configuration.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "GrafanaVersion": S,
        "GrafanaVersion.$": str,
    },
    total=False,
)
associate_license: Builder[AssociateLicenseParameters]
create_workspace: Builder[CreateWorkspaceParameters]
create_workspace_api_key: Builder[CreateWorkspaceApiKeyParameters]
create_workspace_service_account: Builder[CreateWorkspaceServiceAccountParameters]
create_workspace_service_account_token: Builder[CreateWorkspaceServiceAccountTokenParameters]
delete_workspace: Builder[DeleteWorkspaceParameters]
delete_workspace_api_key: Builder[DeleteWorkspaceApiKeyParameters]
delete_workspace_service_account: Builder[DeleteWorkspaceServiceAccountParameters]
delete_workspace_service_account_token: Builder[DeleteWorkspaceServiceAccountTokenParameters]
describe_workspace: Builder[DescribeWorkspaceParameters]
describe_workspace_authentication: Builder[DescribeWorkspaceAuthenticationParameters]
describe_workspace_configuration: Builder[DescribeWorkspaceConfigurationParameters]
disassociate_license: Builder[DisassociateLicenseParameters]
list_permissions: Builder[ListPermissionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_versions: Builder[ListVersionsParameters]
list_workspace_service_account_tokens: Builder[ListWorkspaceServiceAccountTokensParameters]
list_workspace_service_accounts: Builder[ListWorkspaceServiceAccountsParameters]
list_workspaces: Builder[ListWorkspacesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_permissions: Builder[UpdatePermissionsParameters]
update_workspace: Builder[UpdateWorkspaceParameters]
update_workspace_authentication: Builder[UpdateWorkspaceAuthenticationParameters]
update_workspace_configuration: Builder[UpdateWorkspaceConfigurationParameters]

__all__ = [
    "associate_license",
    "create_workspace",
    "create_workspace_api_key",
    "create_workspace_service_account",
    "create_workspace_service_account_token",
    "delete_workspace",
    "delete_workspace_api_key",
    "delete_workspace_service_account",
    "delete_workspace_service_account_token",
    "describe_workspace",
    "describe_workspace_authentication",
    "describe_workspace_configuration",
    "disassociate_license",
    "list_permissions",
    "list_tags_for_resource",
    "list_versions",
    "list_workspace_service_account_tokens",
    "list_workspace_service_accounts",
    "list_workspaces",
    "tag_resource",
    "untag_resource",
    "update_permissions",
    "update_workspace",
    "update_workspace_authentication",
    "update_workspace_configuration",
]
