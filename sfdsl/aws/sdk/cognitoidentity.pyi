"""Typed builders of the AWS SDK integration of cognitoidentity (``aws-sdk:cognitoidentity:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class CognitoIdentityProvider(TypedDict, total=False):
    ProviderName: S
    ClientId: S
    ServerSideTokenCheck: B

CreateIdentityPoolParameters = TypedDict(
    "CreateIdentityPoolParameters",
    {
        "IdentityPoolName": S,
        "IdentityPoolName.$": str,
        "AllowUnauthenticatedIdentities": B,
        "AllowUnauthenticatedIdentities.$": str,
        "AllowClassicFlow": B,
        "AllowClassicFlow.$": str,
        "SupportedLoginProviders": M[S],
        "SupportedLoginProviders.$": str,
        "DeveloperProviderName": S,
        "DeveloperProviderName.$": str,
        "OpenIdConnectProviderARNs": L[Si],
        "OpenIdConnectProviderARNs.$": str,
        "CognitoIdentityProviders": L[Xi[CognitoIdentityProvider]],
        "CognitoIdentityProviders.$": str,
        "SamlProviderARNs": L[Si],
        "SamlProviderARNs.$": str,
        "IdentityPoolTags": M[S],
        "IdentityPoolTags.$": str,
    },
    total=False,
)
DeleteIdentitiesParameters = TypedDict(
    "DeleteIdentitiesParameters",
    {"IdentityIdsToDelete": L[Si], "IdentityIdsToDelete.$": str},
    total=False,
)
DeleteIdentityPoolParameters = TypedDict(
    "DeleteIdentityPoolParameters", {"IdentityPoolId": S, "IdentityPoolId.$": str}, total=False
)
DescribeIdentityParameters = TypedDict(
    "DescribeIdentityParameters", {"IdentityId": S, "IdentityId.$": str}, total=False
)
DescribeIdentityPoolParameters = TypedDict(
    "DescribeIdentityPoolParameters", {"IdentityPoolId": S, "IdentityPoolId.$": str}, total=False
)
GetCredentialsForIdentityParameters = TypedDict(
    "GetCredentialsForIdentityParameters",
    {
        "IdentityId": S,
        "IdentityId.$": str,
        "Logins": M[S],
        "Logins.$": str,
        "CustomRoleArn": S,
        "CustomRoleArn.$": str,
    },
    total=False,
)
GetIdParameters = TypedDict(
    "GetIdParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "Logins": M[S],
        "Logins.$": str,
    },
    total=False,
)
GetIdentityPoolRolesParameters = TypedDict(
    "GetIdentityPoolRolesParameters", {"IdentityPoolId": S, "IdentityPoolId.$": str}, total=False
)
GetOpenIdTokenParameters = TypedDict(
    "GetOpenIdTokenParameters",
    {"IdentityId": S, "IdentityId.$": str, "Logins": M[S], "Logins.$": str},
    total=False,
)
GetOpenIdTokenForDeveloperIdentityParameters = TypedDict(
    "GetOpenIdTokenForDeveloperIdentityParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "Logins": M[S],
        "Logins.$": str,
        "PrincipalTags": M[S],
        "PrincipalTags.$": str,
        "TokenDuration": I,
        "TokenDuration.$": str,
    },
    total=False,
)
GetPrincipalTagAttributeMapParameters = TypedDict(
    "GetPrincipalTagAttributeMapParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityProviderName": S,
        "IdentityProviderName.$": str,
    },
    total=False,
)
ListIdentitiesParameters = TypedDict(
    "ListIdentitiesParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "HideDisabled": B,
        "HideDisabled.$": str,
    },
    total=False,
)
ListIdentityPoolsParameters = TypedDict(
    "ListIdentityPoolsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
LookupDeveloperIdentityParameters = TypedDict(
    "LookupDeveloperIdentityParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityId": S,
        "IdentityId.$": str,
        "DeveloperUserIdentifier": S,
        "DeveloperUserIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
MergeDeveloperIdentitiesParameters = TypedDict(
    "MergeDeveloperIdentitiesParameters",
    {
        "SourceUserIdentifier": S,
        "SourceUserIdentifier.$": str,
        "DestinationUserIdentifier": S,
        "DestinationUserIdentifier.$": str,
        "DeveloperProviderName": S,
        "DeveloperProviderName.$": str,
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
    },
    total=False,
)

class MappingRule(TypedDict, total=False):
    Claim: S
    MatchType: S
    Value: S
    RoleARN: S

class RulesConfigurationType(TypedDict, total=False):
    Rules: L[Xi[MappingRule]]

class RoleMapping(TypedDict, total=False):
    Type: S
    AmbiguousRoleResolution: S
    RulesConfiguration: X[RulesConfigurationType]

SetIdentityPoolRolesParameters = TypedDict(
    "SetIdentityPoolRolesParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "Roles": M[S],
        "Roles.$": str,
        "RoleMappings": M[X[RoleMapping]],
        "RoleMappings.$": str,
    },
    total=False,
)
SetPrincipalTagAttributeMapParameters = TypedDict(
    "SetPrincipalTagAttributeMapParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityProviderName": S,
        "IdentityProviderName.$": str,
        "UseDefaults": B,
        "UseDefaults.$": str,
        "PrincipalTags": M[S],
        "PrincipalTags.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UnlinkDeveloperIdentityParameters = TypedDict(
    "UnlinkDeveloperIdentityParameters",
    {
        "IdentityId": S,
        "IdentityId.$": str,
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "DeveloperProviderName": S,
        "DeveloperProviderName.$": str,
        "DeveloperUserIdentifier": S,
        "DeveloperUserIdentifier.$": str,
    },
    total=False,
)
UnlinkIdentityParameters = TypedDict(
    "UnlinkIdentityParameters",
    {
        "IdentityId": S,
        "IdentityId.$": str,
        "Logins": M[S],
        "Logins.$": str,
        "LoginsToRemove": L[Si],
        "LoginsToRemove.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateIdentityPoolParameters = TypedDict(
    "UpdateIdentityPoolParameters",
    {
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "IdentityPoolName": S,
        "IdentityPoolName.$": str,
        "AllowUnauthenticatedIdentities": B,
        "AllowUnauthenticatedIdentities.$": str,
        "AllowClassicFlow": B,
        "AllowClassicFlow.$": str,
        "SupportedLoginProviders": M[S],
        "SupportedLoginProviders.$": str,
        "DeveloperProviderName": S,
        "DeveloperProviderName.$": str,
        "OpenIdConnectProviderARNs": L[Si],
        "OpenIdConnectProviderARNs.$": str,
        "CognitoIdentityProviders": L[Xi[CognitoIdentityProvider]],
        "CognitoIdentityProviders.$": str,
        "SamlProviderARNs": L[Si],
        "SamlProviderARNs.$": str,
        "IdentityPoolTags": M[S],
        "IdentityPoolTags.$": str,
    },
    total=False,
)
create_identity_pool: Builder[CreateIdentityPoolParameters]
delete_identities: Builder[DeleteIdentitiesParameters]
delete_identity_pool: Builder[DeleteIdentityPoolParameters]
describe_identity: Builder[DescribeIdentityParameters]
describe_identity_pool: Builder[DescribeIdentityPoolParameters]
get_credentials_for_identity: Builder[GetCredentialsForIdentityParameters]
get_id: Builder[GetIdParameters]
get_identity_pool_roles: Builder[GetIdentityPoolRolesParameters]
get_open_id_token: Builder[GetOpenIdTokenParameters]
get_open_id_token_for_developer_identity: Builder[GetOpenIdTokenForDeveloperIdentityParameters]
get_principal_tag_attribute_map: Builder[GetPrincipalTagAttributeMapParameters]
list_identities: Builder[ListIdentitiesParameters]
list_identity_pools: Builder[ListIdentityPoolsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
lookup_developer_identity: Builder[LookupDeveloperIdentityParameters]
merge_developer_identities: Builder[MergeDeveloperIdentitiesParameters]
set_identity_pool_roles: Builder[SetIdentityPoolRolesParameters]
set_principal_tag_attribute_map: Builder[SetPrincipalTagAttributeMapParameters]
tag_resource: Builder[TagResourceParameters]
unlink_developer_identity: Builder[UnlinkDeveloperIdentityParameters]
unlink_identity: Builder[UnlinkIdentityParameters]
untag_resource: Builder[UntagResourceParameters]
update_identity_pool: Builder[UpdateIdentityPoolParameters]

__all__ = [
    "create_identity_pool",
    "delete_identities",
    "delete_identity_pool",
    "describe_identity",
    "describe_identity_pool",
    "get_credentials_for_identity",
    "get_id",
    "get_identity_pool_roles",
    "get_open_id_token",
    "get_open_id_token_for_developer_identity",
    "get_principal_tag_attribute_map",
    "list_identities",
    "list_identity_pools",
    "list_tags_for_resource",
    "lookup_developer_identity",
    "merge_developer_identities",
    "set_identity_pool_roles",
    "set_principal_tag_attribute_map",
    "tag_resource",
    "unlink_developer_identity",
    "unlink_identity",
    "untag_resource",
    "update_identity_pool",
]
