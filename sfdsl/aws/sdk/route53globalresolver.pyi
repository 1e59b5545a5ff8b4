"""Typed builders of the AWS SDK integration of route53globalresolver (``aws-sdk:route53globalresolver:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, Xi

AssociateHostedZoneParameters = TypedDict(
    "AssociateHostedZoneParameters",
    {
        "HostedZoneId": S,
        "HostedZoneId.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)

class BatchCreateFirewallRuleInputItem(TypedDict, total=False):
    Action: S
    BlockOverrideDnsType: S
    BlockOverrideDomain: S
    BlockOverrideTtl: I
    BlockResponse: S
    ClientToken: S
    ConfidenceThreshold: S
    Description: S
    DnsAdvancedProtection: S
    FirewallDomainListId: S
    Name: S
    Priority: I
    DnsViewId: S
    QType: S

BatchCreateFirewallRuleParameters = TypedDict(
    "BatchCreateFirewallRuleParameters",
    {"FirewallRules": L[Xi[BatchCreateFirewallRuleInputItem]], "FirewallRules.$": str},
    total=False,
)

class BatchDeleteFirewallRuleInputItem(TypedDict, total=False):
    FirewallRuleId: S

BatchDeleteFirewallRuleParameters = TypedDict(
    "BatchDeleteFirewallRuleParameters",
    {"FirewallRules": L[Xi[BatchDeleteFirewallRuleInputItem]], "FirewallRules.$": str},
    total=False,
)

class BatchUpdateFirewallRuleInputItem(TypedDict, total=False):
    Action: S
    BlockOverrideDnsType: S
    BlockOverrideDomain: S
    BlockOverrideTtl: I
    BlockResponse: S
    ConfidenceThreshold: S
    Description: S
    DnsAdvancedProtection: S
    FirewallRuleId: S
    Name: S
    Priority: I

BatchUpdateFirewallRuleParameters = TypedDict(
    "BatchUpdateFirewallRuleParameters",
    {"FirewallRules": L[Xi[BatchUpdateFirewallRuleInputItem]], "FirewallRules.$": str},
    total=False,
)
CreateAccessSourceParameters = TypedDict(
    "CreateAccessSourceParameters",
    {
        "Cidr": S,
        "Cidr.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "Name": S,
        "Name.$": str,
        "CoreNetworkEndpointId": S,
        "CoreNetworkEndpointId.$": str,
        "Segment": S,
        "Segment.$": str,
        "DnsViewId": S,
        "DnsViewId.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateAccessTokenParameters = TypedDict(
    "CreateAccessTokenParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DnsViewId": S,
        "DnsViewId.$": str,
        "ExpiresAt": T,
        "ExpiresAt.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CoreNetworkEndpointDnsIpInputItem(TypedDict, total=False):
    Ipv4Address: S
    Ipv6Address: S
    DnsLabel: S
    RegionScope: S
    Regions: L[Si]

CreateCoreNetworkEndpointParameters = TypedDict(
    "CreateCoreNetworkEndpointParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "CoreNetworkArn": S,
        "CoreNetworkArn.$": str,
        "GlobalResolverId": S,
        "GlobalResolverId.$": str,
        "IpAddresses": L[Xi[CoreNetworkEndpointDnsIpInputItem]],
        "IpAddresses.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateDNSViewParameters = TypedDict(
    "CreateDNSViewParameters",
    {
        "GlobalResolverId": S,
        "GlobalResolverId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "DnssecValidation": S,
        "DnssecValidation.$": str,
        "EdnsClientSubnet": S,
        "EdnsClientSubnet.$": str,
        "FirewallRulesFailOpen": S,
        "FirewallRulesFailOpen.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateFirewallDomainListParameters = TypedDict(
    "CreateFirewallDomainListParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "GlobalResolverId": S,
        "GlobalResolverId.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateFirewallRuleParameters = TypedDict(
    "CreateFirewallRuleParameters",
    {
        "Action": S,
        "Action.$": str,
        "BlockOverrideDnsType": S,
        "BlockOverrideDnsType.$": str,
        "BlockOverrideDomain": S,
        "BlockOverrideDomain.$": str,
        "BlockOverrideTtl": I,
        "BlockOverrideTtl.$": str,
        "BlockResponse": S,
        "BlockResponse.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ConfidenceThreshold": S,
        "ConfidenceThreshold.$": str,
        "Description": S,
        "Description.$": str,
        "DnsAdvancedProtection": S,
        "DnsAdvancedProtection.$": str,
        "FirewallDomainListId": S,
        "FirewallDomainListId.$": str,
        "Name": S,
        "Name.$": str,
        "Priority": I,
        "Priority.$": str,
        "DnsViewId": S,
        "DnsViewId.$": str,
        "QType": S,
        "QType.$": str,
    },
    total=False,
)
CreateGlobalResolverParameters = TypedDict(
    "CreateGlobalResolverParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "PublicIpStatus": S,
        "PublicIpStatus.$": str,
        "Name": S,
        "Name.$": str,
        "ObservabilityRegion": S,
        "ObservabilityRegion.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAccessSourceParameters = TypedDict(
    "DeleteAccessSourceParameters", {"AccessSourceId": S, "AccessSourceId.$": str}, total=False
)
DeleteAccessTokenParameters = TypedDict(
    "DeleteAccessTokenParameters", {"AccessTokenId": S, "AccessTokenId.$": str}, total=False
)
DeleteCoreNetworkEndpointParameters = TypedDict(
    "DeleteCoreNetworkEndpointParameters",
    {"CoreNetworkEndpointId": S, "CoreNetworkEndpointId.$": str},
    total=False,
)
DeleteDNSViewParameters = TypedDict(
    "DeleteDNSViewParameters", {"DnsViewId": S, "DnsViewId.$": str}, total=False
)
DeleteFirewallDomainListParameters = TypedDict(
    "DeleteFirewallDomainListParameters",
    {"FirewallDomainListId": S, "FirewallDomainListId.$": str},
    total=False,
)
DeleteFirewallRuleParameters = TypedDict(
    "DeleteFirewallRuleParameters", {"FirewallRuleId": S, "FirewallRuleId.$": str}, total=False
)
DeleteGlobalResolverParameters = TypedDict(
    "DeleteGlobalResolverParameters",
    {"GlobalResolverId": S, "GlobalResolverId.$": str},
    total=False,
)
DisableDNSViewParameters = TypedDict(
    "DisableDNSViewParameters", {"DnsViewId": S, "DnsViewId.$": str}, total=False
)
DisassociateHostedZoneParameters = TypedDict(
    "DisassociateHostedZoneParameters",
    {"HostedZoneId": S, "HostedZoneId.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
EnableDNSViewParameters = TypedDict(
    "EnableDNSViewParameters", {"DnsViewId": S, "DnsViewId.$": str}, total=False
)
GetAccessSourceParameters = TypedDict(
    "GetAccessSourceParameters", {"AccessSourceId": S, "AccessSourceId.$": str}, total=False
)
GetAccessTokenParameters = TypedDict(
    "GetAccessTokenParameters", {"AccessTokenId": S, "AccessTokenId.$": str}, total=False
)
GetCoreNetworkEndpointParameters = TypedDict(
    "GetCoreNetworkEndpointParameters",
    {"CoreNetworkEndpointId": S, "CoreNetworkEndpointId.$": str},
    total=False,
)
GetDNSViewParameters = TypedDict(
    "GetDNSViewParameters", {"DnsViewId": S, "DnsViewId.$": str}, total=False
)
GetFirewallDomainListParameters = TypedDict(
    "GetFirewallDomainListParameters",
    {"FirewallDomainListId": S, "FirewallDomainListId.$": str},
    total=False,
)
GetFirewallRuleParameters = TypedDict(
    "GetFirewallRuleParameters", {"FirewallRuleId": S, "FirewallRuleId.$": str}, total=False
)
GetGlobalResolverParameters = TypedDict(
    "GetGlobalResolverParameters", {"GlobalResolverId": S, "GlobalResolverId.$": str}, total=False
)
GetHostedZoneAssociationParameters = TypedDict(
    "GetHostedZoneAssociationParameters",
    {"HostedZoneAssociationId": S, "HostedZoneAssociationId.$": str},
    total=False,
)
GetManagedFirewallDomainListParameters = TypedDict(
    "GetManagedFirewallDomainListParameters",
    {"ManagedFirewallDomainListId": S, "ManagedFirewallDomainListId.$": str},
    total=False,
)
ImportFirewallDomainsParameters = TypedDict(
    "ImportFirewallDomainsParameters",
    {
        "DomainFileUrl": S,
        "DomainFileUrl.$": str,
        "FirewallDomainListId": S,
        "FirewallDomainListId.$": str,
        "Operation": S,
        "Operation.$": str,
    },
    total=False,
)
ListAccessSourcesParameters = TypedDict(
    "ListAccessSourcesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": M[L[Si]],
        "Filters.$": str,
    },
    total=False,
)
ListAccessTokensParameters = TypedDict(
    "ListAccessTokensParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DnsViewId": S,
        "DnsViewId.$": str,
        "Filters": M[L[Si]],
        "Filters.$": str,
    },
    total=False,
)
ListCoreNetworkEndpointsParameters = TypedDict(
    "ListCoreNetworkEndpointsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": M[L[Si]],
        "Filters.$": str,
    },
    total=False,
)
ListDNSViewsParameters = TypedDict(
    "ListDNSViewsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "GlobalResolverId": S,
        "GlobalResolverId.$": str,
    },
    total=False,
)
ListFirewallDomainListsParameters = TypedDict(
    "ListFirewallDomainListsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "GlobalResolverId": S,
        "GlobalResolverId.$": str,
    },
    total=False,
)
ListFirewallDomainsParameters = TypedDict(
    "ListFirewallDomainsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "FirewallDomainListId": S,
        "FirewallDomainListId.$": str,
    },
    total=False,
)
ListFirewallRulesParameters = TypedDict(
    "ListFirewallRulesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DnsViewId": S,
        "DnsViewId.$": str,
        "Filters": M[L[Si]],
        "Filters.$": str,
    },
    total=False,
)
ListGlobalResolversParameters = TypedDict(
    "ListGlobalResolversParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListHostedZoneAssociationsParameters = TypedDict(
    "ListHostedZoneAssociationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
ListManagedFirewallDomainListsParameters = TypedDict(
    "ListManagedFirewallDomainListsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ManagedFirewallDomainListType": S,
        "ManagedFirewallDomainListType.$": str,
    },
    total=False,
)
ListSharedDNSViewsParameters = TypedDict(
    "ListSharedDNSViewsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
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
UpdateAccessSourceParameters = TypedDict(
    "UpdateAccessSourceParameters",
    {
        "AccessSourceId": S,
        "AccessSourceId.$": str,
        "Cidr": S,
        "Cidr.$": str,
        "DnsViewId": S,
        "DnsViewId.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "Name": S,
        "Name.$": str,
        "Protocol": S,
        "Protocol.$": str,
    },
    total=False,
)
UpdateAccessTokenParameters = TypedDict(
    "UpdateAccessTokenParameters",
    {"AccessTokenId": S, "AccessTokenId.$": str, "Name": S, "Name.$": str},
    total=False,
)

class UpdateIpAddressEntry(TypedDict, total=False):
    Operation: S
    Ipv4Address: S
    Ipv6Address: S
    DnsLabel: S
    RegionScope: S
    Regions: L[Si]

UpdateCoreNetworkEndpointParameters = TypedDict(
    "UpdateCoreNetworkEndpointParameters",
    {
        "CoreNetworkEndpointId": S,
        "CoreNetworkEndpointId.$": str,
        "Name": S,
        "Name.$": str,
        "UpdateIpAddresses": L[Xi[UpdateIpAddressEntry]],
        "UpdateIpAddresses.$": str,
    },
    total=False,
)
UpdateDNSViewParameters = TypedDict(
    "UpdateDNSViewParameters",
    {
        "DnsViewId": S,
        "DnsViewId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DnssecValidation": S,
        "DnssecValidation.$": str,
        "EdnsClientSubnet": S,
        "EdnsClientSubnet.$": str,
        "FirewallRulesFailOpen": S,
        "FirewallRulesFailOpen.$": str,
    },
    total=False,
)
UpdateFirewallDomainsParameters = TypedDict(
    "UpdateFirewallDomainsParameters",
    {
        "Domains": L[Si],
        "Domains.$": str,
        "FirewallDomainListId": S,
        "FirewallDomainListId.$": str,
        "Operation": S,
        "Operation.$": str,
    },
    total=False,
)
UpdateFirewallRuleParameters = TypedDict(
    "UpdateFirewallRuleParameters",
    {
        "Action": S,
        "Action.$": str,
        "BlockOverrideDnsType": S,
        "BlockOverrideDnsType.$": str,
        "BlockOverrideDomain": S,
        "BlockOverrideDomain.$": str,
        "BlockOverrideTtl": I,
        "BlockOverrideTtl.$": str,
        "BlockResponse": S,
        "BlockResponse.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ConfidenceThreshold": S,
        "ConfidenceThreshold.$": str,
        "Description": S,
        "Description.$": str,
        "DnsAdvancedProtection": S,
        "DnsAdvancedProtection.$": str,
        "FirewallRuleId": S,
        "FirewallRuleId.$": str,
        "Name": S,
        "Name.$": str,
        "Priority": I,
        "Priority.$": str,
    },
    total=False,
)
UpdateGlobalResolverParameters = TypedDict(
    "UpdateGlobalResolverParameters",
    {
        "GlobalResolverId": S,
        "GlobalResolverId.$": str,
        "Name": S,
        "Name.$": str,
        "ObservabilityRegion": S,
        "ObservabilityRegion.$": str,
        "Description": S,
        "Description.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "PublicIpStatus": S,
        "PublicIpStatus.$": str,
        "Regions": L[Si],
        "Regions.$": str,
    },
    total=False,
)
UpdateHostedZoneAssociationParameters = TypedDict(
    "UpdateHostedZoneAssociationParameters",
    {"HostedZoneAssociationId": S, "HostedZoneAssociationId.$": str, "Name": S, "Name.$": str},
    total=False,
)
associate_hosted_zone: Builder[AssociateHostedZoneParameters]
batch_create_firewall_rule: Builder[BatchCreateFirewallRuleParameters]
batch_delete_firewall_rule: Builder[BatchDeleteFirewallRuleParameters]
batch_update_firewall_rule: Builder[BatchUpdateFirewallRuleParameters]
create_access_source: Builder[CreateAccessSourceParameters]
create_access_token: Builder[CreateAccessTokenParameters]
create_core_network_endpoint: Builder[CreateCoreNetworkEndpointParameters]
create_dns_view: Builder[CreateDNSViewParameters]
create_firewall_domain_list: Builder[CreateFirewallDomainListParameters]
create_firewall_rule: Builder[CreateFirewallRuleParameters]
create_global_resolver: Builder[CreateGlobalResolverParameters]
delete_access_source: Builder[DeleteAccessSourceParameters]
delete_access_token: Builder[DeleteAccessTokenParameters]
delete_core_network_endpoint: Builder[DeleteCoreNetworkEndpointParameters]
delete_dns_view: Builder[DeleteDNSViewParameters]
delete_firewall_domain_list: Builder[DeleteFirewallDomainListParameters]
delete_firewall_rule: Builder[DeleteFirewallRuleParameters]
delete_global_resolver: Builder[DeleteGlobalResolverParameters]
disable_dns_view: Builder[DisableDNSViewParameters]
disassociate_hosted_zone: Builder[DisassociateHostedZoneParameters]
enable_dns_view: Builder[EnableDNSViewParameters]
get_access_source: Builder[GetAccessSourceParameters]
get_access_token: Builder[GetAccessTokenParameters]
get_core_network_endpoint: Builder[GetCoreNetworkEndpointParameters]
get_dns_view: Builder[GetDNSViewParameters]
get_firewall_domain_list: Builder[GetFirewallDomainListParameters]
get_firewall_rule: Builder[GetFirewallRuleParameters]
get_global_resolver: Builder[GetGlobalResolverParameters]
get_hosted_zone_association: Builder[GetHostedZoneAssociationParameters]
get_managed_firewall_domain_list: Builder[GetManagedFirewallDomainListParameters]
import_firewall_domains: Builder[ImportFirewallDomainsParameters]
list_access_sources: Builder[ListAccessSourcesParameters]
list_access_tokens: Builder[ListAccessTokensParameters]
list_core_network_endpoints: Builder[ListCoreNetworkEndpointsParameters]
list_dns_views: Builder[ListDNSViewsParameters]
list_firewall_domain_lists: Builder[ListFirewallDomainListsParameters]
list_firewall_domains: Builder[ListFirewallDomainsParameters]
list_firewall_rules: Builder[ListFirewallRulesParameters]
list_global_resolvers: Builder[ListGlobalResolversParameters]
list_hosted_zone_associations: Builder[ListHostedZoneAssociationsParameters]
list_managed_firewall_domain_lists: Builder[ListManagedFirewallDomainListsParameters]
list_shared_dns_views: Builder[ListSharedDNSViewsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_access_source: Builder[UpdateAccessSourceParameters]
update_access_token: Builder[UpdateAccessTokenParameters]
update_core_network_endpoint: Builder[UpdateCoreNetworkEndpointParameters]
update_dns_view: Builder[UpdateDNSViewParameters]
update_firewall_domains: Builder[UpdateFirewallDomainsParameters]
update_firewall_rule: Builder[UpdateFirewallRuleParameters]
update_global_resolver: Builder[UpdateGlobalResolverParameters]
update_hosted_zone_association: Builder[UpdateHostedZoneAssociationParameters]

__all__ = [
    "associate_hosted_zone",
    "batch_create_firewall_rule",
    "batch_delete_firewall_rule",
    "batch_update_firewall_rule",
    "create_access_source",
    "create_access_token",
    "create_core_network_endpoint",
    "create_dns_view",
    "create_firewall_domain_list",
    "create_firewall_rule",
    "create_global_resolver",
    "delete_access_source",
    "delete_access_token",
    "delete_core_network_endpoint",
    "delete_dns_view",
    "delete_firewall_domain_list",
    "delete_firewall_rule",
    "delete_global_resolver",
    "disable_dns_view",
    "disassociate_hosted_zone",
    "enable_dns_view",
    "get_access_source",
    "get_access_token",
    "get_core_network_endpoint",
    "get_dns_view",
    "get_firewall_domain_list",
    "get_firewall_rule",
    "get_global_resolver",
    "get_hosted_zone_association",
    "get_managed_firewall_domain_list",
    "import_firewall_domains",
    "list_access_sources",
    "list_access_tokens",
    "list_core_network_endpoints",
    "list_dns_views",
    "list_firewall_domain_lists",
    "list_firewall_domains",
    "list_firewall_rules",
    "list_global_resolvers",
    "list_hosted_zone_associations",
    "list_managed_firewall_domain_lists",
    "list_shared_dns_views",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_access_source",
    "update_access_token",
    "update_core_network_endpoint",
    "update_dns_view",
    "update_firewall_domains",
    "update_firewall_rule",
    "update_global_resolver",
    "update_hosted_zone_association",
]
