"""Typed builders of the AWS SDK integration of credentialbrokercontrol (``aws-sdk:credentialbrokercontrol:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X

class SecretReference(TypedDict, total=False):
    SecretId: S
    JsonKey: S

class ClientSecretInput(TypedDict, total=False):
    ClientSecret: S
    ClientSecretReference: X[SecretReference]

class ClientAuthenticationConfigurationInput(TypedDict, total=False):
    ClientAuthenticationMethod: S
    ClientId: S
    ClientSecret: X[ClientSecretInput]

class GithubOAuthConfigurationInput(TypedDict, total=False):
    ClientAuthenticationConfiguration: X[ClientAuthenticationConfigurationInput]

class GoogleOAuthConfigurationInput(TypedDict, total=False):
    ClientAuthenticationConfiguration: X[ClientAuthenticationConfigurationInput]

class Unit(TypedDict, total=False): ...
class CredentialBrokerSelfSubjectTokenSource(TypedDict, total=False): ...

class SubjectTokenSourceConfiguration(TypedDict, total=False):
    IamIdentityCenter: X[Unit]
    CredentialProvider: S
    CredentialProviderSelf: X[CredentialBrokerSelfSubjectTokenSource]

class TokenExchangeActorConfigurationInput(TypedDict, total=False):
    ActorTokenContent: S
    ActorTokenScopes: L[Si]

class TokenExchangeRequesterConfigurationInput(TypedDict, total=False):
    RequesterClientAuthenticationConfiguration: X[ClientAuthenticationConfigurationInput]
    NoClient: X[Unit]

class OnBehalfOfTokenExchangeConfigurationInput(TypedDict, total=False):
    SubjectTokenSource: X[SubjectTokenSourceConfiguration]
    TokenExchangeActorConfiguration: X[TokenExchangeActorConfigurationInput]
    TokenExchangeRequesterConfiguration: X[TokenExchangeRequesterConfigurationInput]

class CognitoOAuthConfigurationInput(TypedDict, total=False):
    ClientAuthenticationConfiguration: X[ClientAuthenticationConfigurationInput]
    UserPoolId: S
    CognitoRegion: S
    OnBehalfOfTokenExchangeConfiguration: X[OnBehalfOfTokenExchangeConfigurationInput]

class MicrosoftOAuthConfigurationInput(TypedDict, total=False):
    ClientAuthenticationConfiguration: X[ClientAuthenticationConfigurationInput]
    TenantId: S
    OnBehalfOfTokenExchangeConfiguration: X[OnBehalfOfTokenExchangeConfigurationInput]

class AtlassianOAuthConfigurationInput(TypedDict, total=False):
    ClientAuthenticationConfiguration: X[ClientAuthenticationConfigurationInput]

class OktaOAuthConfigurationInput(TypedDict, total=False):
    ClientAuthenticationConfiguration: X[ClientAuthenticationConfigurationInput]
    OktaDomain: S
    OnBehalfOfTokenExchangeConfiguration: X[OnBehalfOfTokenExchangeConfigurationInput]

class SlackOAuthConfigurationInput(TypedDict, total=False):
    ClientAuthenticationConfiguration: X[ClientAuthenticationConfigurationInput]

class SalesforceOAuthConfigurationInput(TypedDict, total=False):
    ClientAuthenticationConfiguration: X[ClientAuthenticationConfigurationInput]
    InstanceUrl: S
    OnBehalfOfTokenExchangeConfiguration: X[OnBehalfOfTokenExchangeConfigurationInput]

class LinkedinOAuthConfigurationInput(TypedDict, total=False):
    ClientAuthenticationConfiguration: X[ClientAuthenticationConfigurationInput]

class AuthorizationServerMetadata(TypedDict, total=False):
    Issuer: S
    TokenEndpoint: S
    AuthorizationEndpoint: S

class OAuthDiscovery(TypedDict, total=False):
    DiscoveryUrl: S
    AuthorizationServerMetadata: X[AuthorizationServerMetadata]

class CustomOAuthConfigurationInput(TypedDict, total=False):
    ClientAuthenticationConfiguration: X[ClientAuthenticationConfigurationInput]
    OauthDiscovery: X[OAuthDiscovery]
    OnBehalfOfTokenExchangeConfiguration: X[OnBehalfOfTokenExchangeConfigurationInput]

class OAuthVendorConfigurationInput(TypedDict, total=False):
    GithubConfiguration: X[GithubOAuthConfigurationInput]
    GoogleConfiguration: X[GoogleOAuthConfigurationInput]
    CognitoConfiguration: X[CognitoOAuthConfigurationInput]
    MicrosoftConfiguration: X[MicrosoftOAuthConfigurationInput]
    AtlassianConfiguration: X[AtlassianOAuthConfigurationInput]
    OktaConfiguration: X[OktaOAuthConfigurationInput]
    SlackConfiguration: X[SlackOAuthConfigurationInput]
    SalesforceConfiguration: X[SalesforceOAuthConfigurationInput]
    LinkedinConfiguration: X[LinkedinOAuthConfigurationInput]
    CustomConfiguration: X[CustomOAuthConfigurationInput]

class CustomerManagedEncryption(TypedDict, total=False):
    KmsKeyIdentifier: S

class ProviderEncryptionConfiguration(TypedDict, total=False):
    CustomerManaged: X[CustomerManagedEncryption]
    InheritFromPool: X[Unit]

class OAuthCredentialProviderConfigurationInput(TypedDict, total=False):
    AllowedGrantTypes: L[Si]
    VendorConfigurationInput: X[OAuthVendorConfigurationInput]
    AllowedSessionBindingUrls: L[Si]
    ProviderEncryptionConfiguration: X[ProviderEncryptionConfiguration]

class ApiKeySecretInput(TypedDict, total=False):
    ApiKey: S
    ApiKeySecretReference: X[SecretReference]

class ApiKeyCredentialProviderConfigurationInput(TypedDict, total=False):
    ApiKeySecretInput: X[ApiKeySecretInput]

class CredentialProviderConfigurationInput(TypedDict, total=False):
    OauthConfiguration: X[OAuthCredentialProviderConfigurationInput]
    ApiKeyConfiguration: X[ApiKeyCredentialProviderConfigurationInput]

CreateCredentialProviderParameters = TypedDict(
    "CreateCredentialProviderParameters",
    {
        "CredentialProviderPoolIdentifier": S,
        "CredentialProviderPoolIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ProviderConfigurationInput": X[CredentialProviderConfigurationInput],
        "ProviderConfigurationInput.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class EncryptionConfiguration(TypedDict, total=False):
    CustomerManaged: X[CustomerManagedEncryption]
    ServiceManaged: X[Unit]

class IdentityCenterConfiguration(TypedDict, total=False):
    IdcInstanceArn: S

CreateCredentialProviderPoolParameters = TypedDict(
    "CreateCredentialProviderPoolParameters",
    {
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "IdentityCenterConfiguration": X[IdentityCenterConfiguration],
        "IdentityCenterConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteCredentialProviderParameters = TypedDict(
    "DeleteCredentialProviderParameters",
    {
        "CredentialProviderPoolIdentifier": S,
        "CredentialProviderPoolIdentifier.$": str,
        "CredentialProviderIdentifier": S,
        "CredentialProviderIdentifier.$": str,
    },
    total=False,
)
DeleteCredentialProviderPoolParameters = TypedDict(
    "DeleteCredentialProviderPoolParameters",
    {"CredentialProviderPoolIdentifier": S, "CredentialProviderPoolIdentifier.$": str},
    total=False,
)
GetCredentialProviderParameters = TypedDict(
    "GetCredentialProviderParameters",
    {
        "CredentialProviderPoolIdentifier": S,
        "CredentialProviderPoolIdentifier.$": str,
        "CredentialProviderIdentifier": S,
        "CredentialProviderIdentifier.$": str,
    },
    total=False,
)
GetCredentialProviderPoolParameters = TypedDict(
    "GetCredentialProviderPoolParameters",
    {"CredentialProviderPoolIdentifier": S, "CredentialProviderPoolIdentifier.$": str},
    total=False,
)
ListCredentialProviderPoolsParameters = TypedDict(
    "ListCredentialProviderPoolsParameters",
    {
        "NameContains": S,
        "NameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCredentialProvidersParameters = TypedDict(
    "ListCredentialProvidersParameters",
    {
        "CredentialProviderPoolIdentifier": S,
        "CredentialProviderPoolIdentifier.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "ProviderTypes": L[Si],
        "ProviderTypes.$": str,
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
UpdateCredentialProviderParameters = TypedDict(
    "UpdateCredentialProviderParameters",
    {
        "CredentialProviderPoolIdentifier": S,
        "CredentialProviderPoolIdentifier.$": str,
        "CredentialProviderIdentifier": S,
        "CredentialProviderIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "ProviderConfigurationInput": X[CredentialProviderConfigurationInput],
        "ProviderConfigurationInput.$": str,
    },
    total=False,
)

class IdentityCenterUpdate(TypedDict, total=False):
    Associate: X[IdentityCenterConfiguration]
    Disassociate: X[Unit]

UpdateCredentialProviderPoolParameters = TypedDict(
    "UpdateCredentialProviderPoolParameters",
    {
        "CredentialProviderPoolIdentifier": S,
        "CredentialProviderPoolIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "IdentityCenterUpdate": X[IdentityCenterUpdate],
        "IdentityCenterUpdate.$": str,
    },
    total=False,
)
create_credential_provider: Builder[CreateCredentialProviderParameters]
create_credential_provider_pool: Builder[CreateCredentialProviderPoolParameters]
delete_credential_provider: Builder[DeleteCredentialProviderParameters]
delete_credential_provider_pool: Builder[DeleteCredentialProviderPoolParameters]
get_credential_provider: Builder[GetCredentialProviderParameters]
get_credential_provider_pool: Builder[GetCredentialProviderPoolParameters]
list_credential_provider_pools: Builder[ListCredentialProviderPoolsParameters]
list_credential_providers: Builder[ListCredentialProvidersParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_credential_provider: Builder[UpdateCredentialProviderParameters]
update_credential_provider_pool: Builder[UpdateCredentialProviderPoolParameters]

__all__ = [
    "create_credential_provider",
    "create_credential_provider_pool",
    "delete_credential_provider",
    "delete_credential_provider_pool",
    "get_credential_provider",
    "get_credential_provider_pool",
    "list_credential_provider_pools",
    "list_credential_providers",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_credential_provider",
    "update_credential_provider_pool",
]
