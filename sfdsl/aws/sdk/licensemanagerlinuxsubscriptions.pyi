"""Typed builders of the AWS SDK integration of licensemanagerlinuxsubscriptions (``aws-sdk:licensemanagerlinuxsubscriptions:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

DeregisterSubscriptionProviderParameters = TypedDict(
    "DeregisterSubscriptionProviderParameters",
    {"SubscriptionProviderArn": S, "SubscriptionProviderArn.$": str},
    total=False,
)
GetRegisteredSubscriptionProviderParameters = TypedDict(
    "GetRegisteredSubscriptionProviderParameters",
    {"SubscriptionProviderArn": S, "SubscriptionProviderArn.$": str},
    total=False,
)

class GetServiceSettingsParameters(TypedDict, total=False): ...

class Filter(TypedDict, total=False):
    Name: S
    Operator: S
    Values: L[Si]

ListLinuxSubscriptionInstancesParameters = TypedDict(
    "ListLinuxSubscriptionInstancesParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLinuxSubscriptionsParameters = TypedDict(
    "ListLinuxSubscriptionsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRegisteredSubscriptionProvidersParameters = TypedDict(
    "ListRegisteredSubscriptionProvidersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SubscriptionProviderSources": L[Si],
        "SubscriptionProviderSources.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RegisterSubscriptionProviderParameters = TypedDict(
    "RegisterSubscriptionProviderParameters",
    {
        "SecretArn": S,
        "SecretArn.$": str,
        "SubscriptionProviderSource": S,
        "SubscriptionProviderSource.$": str,
        "Tags": M[S],
        "Tags.$": str,
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

class LinuxSubscriptionsDiscoverySettings(TypedDict, total=False):
    OrganizationIntegration: S
    SourceRegions: L[Si]

UpdateServiceSettingsParameters = TypedDict(
    "UpdateServiceSettingsParameters",
    {
        "AllowUpdate": B,
        "AllowUpdate.$": str,
        "LinuxSubscriptionsDiscovery": S,
        "LinuxSubscriptionsDiscovery.$": str,
        "LinuxSubscriptionsDiscoverySettings": X[LinuxSubscriptionsDiscoverySettings],
        "LinuxSubscriptionsDiscoverySettings.$": str,
    },
    total=False,
)
deregister_subscription_provider: Builder[DeregisterSubscriptionProviderParameters]
get_registered_subscription_provider: Builder[GetRegisteredSubscriptionProviderParameters]
get_service_settings: Builder[GetServiceSettingsParameters]
list_linux_subscription_instances: Builder[ListLinuxSubscriptionInstancesParameters]
list_linux_subscriptions: Builder[ListLinuxSubscriptionsParameters]
list_registered_subscription_providers: Builder[ListRegisteredSubscriptionProvidersParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
register_subscription_provider: Builder[RegisterSubscriptionProviderParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_service_settings: Builder[UpdateServiceSettingsParameters]

__all__ = [
    "deregister_subscription_provider",
    "get_registered_subscription_provider",
    "get_service_settings",
    "list_linux_subscription_instances",
    "list_linux_subscriptions",
    "list_registered_subscription_providers",
    "list_tags_for_resource",
    "register_subscription_provider",
    "tag_resource",
    "untag_resource",
    "update_service_settings",
]
