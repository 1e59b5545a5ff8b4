"""Typed builders of the AWS SDK integration of licensemanagerusersubscriptions (``aws-sdk:licensemanagerusersubscriptions:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class SecretsManagerCredentialsProvider(TypedDict, total=False):
    SecretId: S

class CredentialsProvider(TypedDict, total=False):
    SecretsManagerCredentialsProvider: X[SecretsManagerCredentialsProvider]

class DomainNetworkSettings(TypedDict, total=False):
    Subnets: L[Si]

class ActiveDirectorySettings(TypedDict, total=False):
    DomainName: S
    DomainIpv4List: L[Si]
    DomainIpv6List: L[Si]
    DomainCredentialsProvider: X[CredentialsProvider]
    DomainNetworkSettings: X[DomainNetworkSettings]

class ActiveDirectoryIdentityProvider(TypedDict, total=False):
    DirectoryId: S
    ActiveDirectorySettings: X[ActiveDirectorySettings]
    ActiveDirectoryType: S
    IsSharedActiveDirectory: B

class IdentityProvider(TypedDict, total=False):
    ActiveDirectoryIdentityProvider: X[ActiveDirectoryIdentityProvider]

AssociateUserParameters = TypedDict(
    "AssociateUserParameters",
    {
        "Username": S,
        "Username.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "IdentityProvider": X[IdentityProvider],
        "IdentityProvider.$": str,
        "Domain": S,
        "Domain.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class RdsSalSettings(TypedDict, total=False):
    RdsSalCredentialsProvider: X[CredentialsProvider]

class ServerSettings(TypedDict, total=False):
    RdsSalSettings: X[RdsSalSettings]

class LicenseServerSettings(TypedDict, total=False):
    ServerType: S
    ServerSettings: X[ServerSettings]

CreateLicenseServerEndpointParameters = TypedDict(
    "CreateLicenseServerEndpointParameters",
    {
        "IdentityProviderArn": S,
        "IdentityProviderArn.$": str,
        "LicenseServerSettings": X[LicenseServerSettings],
        "LicenseServerSettings.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteLicenseServerEndpointParameters = TypedDict(
    "DeleteLicenseServerEndpointParameters",
    {
        "LicenseServerEndpointArn": S,
        "LicenseServerEndpointArn.$": str,
        "ServerType": S,
        "ServerType.$": str,
    },
    total=False,
)
DeregisterIdentityProviderParameters = TypedDict(
    "DeregisterIdentityProviderParameters",
    {
        "IdentityProvider": X[IdentityProvider],
        "IdentityProvider.$": str,
        "Product": S,
        "Product.$": str,
        "IdentityProviderArn": S,
        "IdentityProviderArn.$": str,
    },
    total=False,
)
DisassociateUserParameters = TypedDict(
    "DisassociateUserParameters",
    {
        "Username": S,
        "Username.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "IdentityProvider": X[IdentityProvider],
        "IdentityProvider.$": str,
        "InstanceUserArn": S,
        "InstanceUserArn.$": str,
        "Domain": S,
        "Domain.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Attribute: S
    Operation: S
    Value: S

ListIdentityProvidersParameters = TypedDict(
    "ListIdentityProvidersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInstancesParameters = TypedDict(
    "ListInstancesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListLicenseServerEndpointsParameters = TypedDict(
    "ListLicenseServerEndpointsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProductSubscriptionsParameters = TypedDict(
    "ListProductSubscriptionsParameters",
    {
        "Product": S,
        "Product.$": str,
        "IdentityProvider": X[IdentityProvider],
        "IdentityProvider.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListUserAssociationsParameters = TypedDict(
    "ListUserAssociationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "IdentityProvider": X[IdentityProvider],
        "IdentityProvider.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Settings(TypedDict, total=False):
    Subnets: L[Si]
    SecurityGroupId: S

RegisterIdentityProviderParameters = TypedDict(
    "RegisterIdentityProviderParameters",
    {
        "IdentityProvider": X[IdentityProvider],
        "IdentityProvider.$": str,
        "Product": S,
        "Product.$": str,
        "Settings": X[Settings],
        "Settings.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StartProductSubscriptionParameters = TypedDict(
    "StartProductSubscriptionParameters",
    {
        "Username": S,
        "Username.$": str,
        "IdentityProvider": X[IdentityProvider],
        "IdentityProvider.$": str,
        "Product": S,
        "Product.$": str,
        "Domain": S,
        "Domain.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StopProductSubscriptionParameters = TypedDict(
    "StopProductSubscriptionParameters",
    {
        "Username": S,
        "Username.$": str,
        "IdentityProvider": X[IdentityProvider],
        "IdentityProvider.$": str,
        "Product": S,
        "Product.$": str,
        "ProductUserArn": S,
        "ProductUserArn.$": str,
        "Domain": S,
        "Domain.$": str,
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

class UpdateSettings(TypedDict, total=False):
    AddSubnets: L[Si]
    RemoveSubnets: L[Si]
    SecurityGroupId: S

UpdateIdentityProviderSettingsParameters = TypedDict(
    "UpdateIdentityProviderSettingsParameters",
    {
        "IdentityProvider": X[IdentityProvider],
        "IdentityProvider.$": str,
        "Product": S,
        "Product.$": str,
        "IdentityProviderArn": S,
        "IdentityProviderArn.$": str,
        "UpdateSettings": X[UpdateSettings],
        "UpdateSettings.$": str,
    },
    total=False,
)
associate_user: Builder[AssociateUserParameters]
create_license_server_endpoint: Builder[CreateLicenseServerEndpointParameters]
delete_license_server_endpoint: Builder[DeleteLicenseServerEndpointParameters]
deregister_identity_provider: Builder[DeregisterIdentityProviderParameters]
disassociate_user: Builder[DisassociateUserParameters]
list_identity_providers: Builder[ListIdentityProvidersParameters]
list_instances: Builder[ListInstancesParameters]
list_license_server_endpoints: Builder[ListLicenseServerEndpointsParameters]
list_product_subscriptions: Builder[ListProductSubscriptionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_user_associations: Builder[ListUserAssociationsParameters]
register_identity_provider: Builder[RegisterIdentityProviderParameters]
start_product_subscription: Builder[StartProductSubscriptionParameters]
stop_product_subscription: Builder[StopProductSubscriptionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_identity_provider_settings: Builder[UpdateIdentityProviderSettingsParameters]

__all__ = [
    "associate_user",
    "create_license_server_endpoint",
    "delete_license_server_endpoint",
    "deregister_identity_provider",
    "disassociate_user",
    "list_identity_providers",
    "list_instances",
    "list_license_server_endpoints",
    "list_product_subscriptions",
    "list_tags_for_resource",
    "list_user_associations",
    "register_identity_provider",
    "start_product_subscription",
    "stop_product_subscription",
    "tag_resource",
    "untag_resource",
    "update_identity_provider_settings",
]
