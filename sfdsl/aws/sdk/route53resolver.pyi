"""Typed builders of the AWS SDK integration of route53resolver (``aws-sdk:route53resolver:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AssociateFirewallRuleGroupParameters = TypedDict(
    "AssociateFirewallRuleGroupParameters",
    {
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "FirewallRuleGroupId": S,
        "FirewallRuleGroupId.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "Priority": I,
        "Priority.$": str,
        "Name": S,
        "Name.$": str,
        "MutationProtection": S,
        "MutationProtection.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class IpAddressUpdate(TypedDict, total=False):
    IpId: S
    SubnetId: S
    Ip: S
    Ipv6: S

AssociateResolverEndpointIpAddressParameters = TypedDict(
    "AssociateResolverEndpointIpAddressParameters",
    {
        "ResolverEndpointId": S,
        "ResolverEndpointId.$": str,
        "IpAddress": X[IpAddressUpdate],
        "IpAddress.$": str,
    },
    total=False,
)
AssociateResolverQueryLogConfigParameters = TypedDict(
    "AssociateResolverQueryLogConfigParameters",
    {
        "ResolverQueryLogConfigId": S,
        "ResolverQueryLogConfigId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
    },
    total=False,
)
AssociateResolverRuleParameters = TypedDict(
    "AssociateResolverRuleParameters",
    {
        "ResolverRuleId": S,
        "ResolverRuleId.$": str,
        "Name": S,
        "Name.$": str,
        "VpcId": S,
        "VpcId.$": str,
    },
    total=False,
)

class PartnerThreatProtectionConfig(TypedDict, total=False):
    Partner: S

class FirewallAdvancedContentCategoryConfig(TypedDict, total=False):
    Category: S

class FirewallAdvancedThreatCategoryConfig(TypedDict, total=False):
    Category: S

class DnsThreatProtectionRuleTypeConfig(TypedDict, total=False):
    Value: S
    ConfidenceThreshold: S

class AutoAllowlistConfig(TypedDict, total=False):
    InitialDataTimeframeHours: I
    ImportFromFirewallDomainListId: S
    AutoAllowlistFirewallDomainListId: S

class FirewallRuleType(TypedDict, total=False):
    PartnerThreatProtection: X[PartnerThreatProtectionConfig]
    FirewallAdvancedContentCategory: X[FirewallAdvancedContentCategoryConfig]
    FirewallAdvancedThreatCategory: X[FirewallAdvancedThreatCategoryConfig]
    DnsThreatProtection: X[DnsThreatProtectionRuleTypeConfig]
    AutoAllowlist: X[AutoAllowlistConfig]

class CreateFirewallRuleEntry(TypedDict, total=False):
    CreatorRequestId: S
    FirewallRuleGroupId: S
    FirewallDomainListId: S
    Priority: I
    Action: S
    BlockResponse: S
    BlockOverrideDomain: S
    BlockOverrideDnsType: S
    BlockOverrideTtl: I
    Name: S
    FirewallDomainRedirectionAction: S
    Qtype: S
    DnsThreatProtection: S
    ConfidenceThreshold: S
    FirewallRuleType: X[FirewallRuleType]

BatchCreateFirewallRuleParameters = TypedDict(
    "BatchCreateFirewallRuleParameters",
    {
        "CreateFirewallRuleEntries": L[Xi[CreateFirewallRuleEntry]],
        "CreateFirewallRuleEntries.$": str,
    },
    total=False,
)

class DeleteFirewallRuleEntry(TypedDict, total=False):
    FirewallRuleGroupId: S
    FirewallDomainListId: S
    FirewallThreatProtectionId: S
    Qtype: S

BatchDeleteFirewallRuleParameters = TypedDict(
    "BatchDeleteFirewallRuleParameters",
    {
        "DeleteFirewallRuleEntries": L[Xi[DeleteFirewallRuleEntry]],
        "DeleteFirewallRuleEntries.$": str,
    },
    total=False,
)

class UpdateFirewallRuleEntry(TypedDict, total=False):
    FirewallRuleGroupId: S
    FirewallDomainListId: S
    FirewallThreatProtectionId: S
    Priority: I
    Action: S
    BlockResponse: S
    BlockOverrideDomain: S
    BlockOverrideDnsType: S
    BlockOverrideTtl: I
    Name: S
    FirewallDomainRedirectionAction: S
    Qtype: S
    DnsThreatProtection: S
    ConfidenceThreshold: S
    FirewallRuleType: X[FirewallRuleType]

BatchUpdateFirewallRuleParameters = TypedDict(
    "BatchUpdateFirewallRuleParameters",
    {
        "UpdateFirewallRuleEntries": L[Xi[UpdateFirewallRuleEntry]],
        "UpdateFirewallRuleEntries.$": str,
    },
    total=False,
)
CreateFirewallDomainListParameters = TypedDict(
    "CreateFirewallDomainListParameters",
    {
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateFirewallRuleParameters = TypedDict(
    "CreateFirewallRuleParameters",
    {
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "FirewallRuleGroupId": S,
        "FirewallRuleGroupId.$": str,
        "FirewallDomainListId": S,
        "FirewallDomainListId.$": str,
        "Priority": I,
        "Priority.$": str,
        "Action": S,
        "Action.$": str,
        "BlockResponse": S,
        "BlockResponse.$": str,
        "BlockOverrideDomain": S,
        "BlockOverrideDomain.$": str,
        "BlockOverrideDnsType": S,
        "BlockOverrideDnsType.$": str,
        "BlockOverrideTtl": I,
        "BlockOverrideTtl.$": str,
        "Name": S,
        "Name.$": str,
        "FirewallDomainRedirectionAction": S,
        "FirewallDomainRedirectionAction.$": str,
        "Qtype": S,
        "Qtype.$": str,
        "DnsThreatProtection": S,
        "DnsThreatProtection.$": str,
        "ConfidenceThreshold": S,
        "ConfidenceThreshold.$": str,
        "FirewallRuleType": X[FirewallRuleType],
        "FirewallRuleType.$": str,
    },
    total=False,
)
CreateFirewallRuleGroupParameters = TypedDict(
    "CreateFirewallRuleGroupParameters",
    {
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateOutpostResolverParameters = TypedDict(
    "CreateOutpostResolverParameters",
    {
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "Name": S,
        "Name.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "PreferredInstanceType": S,
        "PreferredInstanceType.$": str,
        "OutpostArn": S,
        "OutpostArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class IpAddressRequest(TypedDict, total=False):
    SubnetId: S
    Ip: S
    Ipv6: S

CreateResolverEndpointParameters = TypedDict(
    "CreateResolverEndpointParameters",
    {
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "Name": S,
        "Name.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "Direction": S,
        "Direction.$": str,
        "IpAddresses": L[Xi[IpAddressRequest]],
        "IpAddresses.$": str,
        "OutpostArn": S,
        "OutpostArn.$": str,
        "PreferredInstanceType": S,
        "PreferredInstanceType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ResolverEndpointType": S,
        "ResolverEndpointType.$": str,
        "Protocols": L[Si],
        "Protocols.$": str,
        "RniEnhancedMetricsEnabled": B,
        "RniEnhancedMetricsEnabled.$": str,
        "TargetNameServerMetricsEnabled": B,
        "TargetNameServerMetricsEnabled.$": str,
        "Dns64Enabled": B,
        "Dns64Enabled.$": str,
        "Ipv6InternetAccessEnabled": B,
        "Ipv6InternetAccessEnabled.$": str,
    },
    total=False,
)
CreateResolverQueryLogConfigParameters = TypedDict(
    "CreateResolverQueryLogConfigParameters",
    {
        "Name": S,
        "Name.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class TargetAddress(TypedDict, total=False):
    Ip: S
    Port: I
    Ipv6: S
    Protocol: S
    ServerNameIndication: S

CreateResolverRuleParameters = TypedDict(
    "CreateResolverRuleParameters",
    {
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "Name": S,
        "Name.$": str,
        "RuleType": S,
        "RuleType.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "TargetIps": L[Xi[TargetAddress]],
        "TargetIps.$": str,
        "ResolverEndpointId": S,
        "ResolverEndpointId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DelegationRecord": S,
        "DelegationRecord.$": str,
    },
    total=False,
)
DeleteFirewallDomainListParameters = TypedDict(
    "DeleteFirewallDomainListParameters",
    {"FirewallDomainListId": S, "FirewallDomainListId.$": str},
    total=False,
)
DeleteFirewallRuleParameters = TypedDict(
    "DeleteFirewallRuleParameters",
    {
        "FirewallRuleGroupId": S,
        "FirewallRuleGroupId.$": str,
        "FirewallDomainListId": S,
        "FirewallDomainListId.$": str,
        "FirewallThreatProtectionId": S,
        "FirewallThreatProtectionId.$": str,
        "Qtype": S,
        "Qtype.$": str,
    },
    total=False,
)
DeleteFirewallRuleGroupParameters = TypedDict(
    "DeleteFirewallRuleGroupParameters",
    {"FirewallRuleGroupId": S, "FirewallRuleGroupId.$": str},
    total=False,
)
DeleteOutpostResolverParameters = TypedDict(
    "DeleteOutpostResolverParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteResolverEndpointParameters = TypedDict(
    "DeleteResolverEndpointParameters",
    {"ResolverEndpointId": S, "ResolverEndpointId.$": str},
    total=False,
)
DeleteResolverQueryLogConfigParameters = TypedDict(
    "DeleteResolverQueryLogConfigParameters",
    {"ResolverQueryLogConfigId": S, "ResolverQueryLogConfigId.$": str},
    total=False,
)
DeleteResolverRuleParameters = TypedDict(
    "DeleteResolverRuleParameters", {"ResolverRuleId": S, "ResolverRuleId.$": str}, total=False
)
DisassociateFirewallRuleGroupParameters = TypedDict(
    "DisassociateFirewallRuleGroupParameters",
    {"FirewallRuleGroupAssociationId": S, "FirewallRuleGroupAssociationId.$": str},
    total=False,
)
DisassociateResolverEndpointIpAddressParameters = TypedDict(
    "DisassociateResolverEndpointIpAddressParameters",
    {
        "ResolverEndpointId": S,
        "ResolverEndpointId.$": str,
        "IpAddress": X[IpAddressUpdate],
        "IpAddress.$": str,
    },
    total=False,
)
DisassociateResolverQueryLogConfigParameters = TypedDict(
    "DisassociateResolverQueryLogConfigParameters",
    {
        "ResolverQueryLogConfigId": S,
        "ResolverQueryLogConfigId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
    },
    total=False,
)
DisassociateResolverRuleParameters = TypedDict(
    "DisassociateResolverRuleParameters",
    {"VpcId": S, "VpcId.$": str, "ResolverRuleId": S, "ResolverRuleId.$": str},
    total=False,
)
GetFirewallConfigParameters = TypedDict(
    "GetFirewallConfigParameters", {"ResourceId": S, "ResourceId.$": str}, total=False
)
GetFirewallDomainListParameters = TypedDict(
    "GetFirewallDomainListParameters",
    {"FirewallDomainListId": S, "FirewallDomainListId.$": str},
    total=False,
)
GetFirewallRuleGroupParameters = TypedDict(
    "GetFirewallRuleGroupParameters",
    {"FirewallRuleGroupId": S, "FirewallRuleGroupId.$": str},
    total=False,
)
GetFirewallRuleGroupAssociationParameters = TypedDict(
    "GetFirewallRuleGroupAssociationParameters",
    {"FirewallRuleGroupAssociationId": S, "FirewallRuleGroupAssociationId.$": str},
    total=False,
)
GetFirewallRuleGroupPolicyParameters = TypedDict(
    "GetFirewallRuleGroupPolicyParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetOutpostResolverParameters = TypedDict(
    "GetOutpostResolverParameters", {"Id": S, "Id.$": str}, total=False
)
GetResolverConfigParameters = TypedDict(
    "GetResolverConfigParameters", {"ResourceId": S, "ResourceId.$": str}, total=False
)
GetResolverDnssecConfigParameters = TypedDict(
    "GetResolverDnssecConfigParameters", {"ResourceId": S, "ResourceId.$": str}, total=False
)
GetResolverEndpointParameters = TypedDict(
    "GetResolverEndpointParameters",
    {"ResolverEndpointId": S, "ResolverEndpointId.$": str},
    total=False,
)
GetResolverQueryLogConfigParameters = TypedDict(
    "GetResolverQueryLogConfigParameters",
    {"ResolverQueryLogConfigId": S, "ResolverQueryLogConfigId.$": str},
    total=False,
)
GetResolverQueryLogConfigAssociationParameters = TypedDict(
    "GetResolverQueryLogConfigAssociationParameters",
    {"ResolverQueryLogConfigAssociationId": S, "ResolverQueryLogConfigAssociationId.$": str},
    total=False,
)
GetResolverQueryLogConfigPolicyParameters = TypedDict(
    "GetResolverQueryLogConfigPolicyParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetResolverRuleParameters = TypedDict(
    "GetResolverRuleParameters", {"ResolverRuleId": S, "ResolverRuleId.$": str}, total=False
)
GetResolverRuleAssociationParameters = TypedDict(
    "GetResolverRuleAssociationParameters",
    {"ResolverRuleAssociationId": S, "ResolverRuleAssociationId.$": str},
    total=False,
)
GetResolverRulePolicyParameters = TypedDict(
    "GetResolverRulePolicyParameters", {"Arn": S, "Arn.$": str}, total=False
)
ImportFirewallDomainsParameters = TypedDict(
    "ImportFirewallDomainsParameters",
    {
        "FirewallDomainListId": S,
        "FirewallDomainListId.$": str,
        "Operation": S,
        "Operation.$": str,
        "DomainFileUrl": S,
        "DomainFileUrl.$": str,
    },
    total=False,
)
ListFirewallConfigsParameters = TypedDict(
    "ListFirewallConfigsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFirewallDomainListsParameters = TypedDict(
    "ListFirewallDomainListsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFirewallDomainsParameters = TypedDict(
    "ListFirewallDomainsParameters",
    {
        "FirewallDomainListId": S,
        "FirewallDomainListId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListFirewallRuleDomainsQueryOptions(TypedDict, total=False):
    DomainStatus: S
    SortBy: S
    SortOrder: S
    DomainNameFilter: S

ListFirewallRuleDomainsParameters = TypedDict(
    "ListFirewallRuleDomainsParameters",
    {
        "FirewallRuleGroupId": S,
        "FirewallRuleGroupId.$": str,
        "FirewallThreatProtectionId": S,
        "FirewallThreatProtectionId.$": str,
        "FirewallDomainListId": S,
        "FirewallDomainListId.$": str,
        "QueryOptions": X[ListFirewallRuleDomainsQueryOptions],
        "QueryOptions.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFirewallRuleGroupAssociationsParameters = TypedDict(
    "ListFirewallRuleGroupAssociationsParameters",
    {
        "FirewallRuleGroupId": S,
        "FirewallRuleGroupId.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "Priority": I,
        "Priority.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFirewallRuleGroupsParameters = TypedDict(
    "ListFirewallRuleGroupsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFirewallRuleTypesParameters = TypedDict(
    "ListFirewallRuleTypesParameters",
    {
        "RuleType": S,
        "RuleType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFirewallRulesParameters = TypedDict(
    "ListFirewallRulesParameters",
    {
        "FirewallRuleGroupId": S,
        "FirewallRuleGroupId.$": str,
        "Priority": I,
        "Priority.$": str,
        "Action": S,
        "Action.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListOutpostResolversParameters = TypedDict(
    "ListOutpostResolversParameters",
    {
        "OutpostArn": S,
        "OutpostArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResolverConfigsParameters = TypedDict(
    "ListResolverConfigsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListResolverDnssecConfigsParameters = TypedDict(
    "ListResolverDnssecConfigsParameters",
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
ListResolverEndpointIpAddressesParameters = TypedDict(
    "ListResolverEndpointIpAddressesParameters",
    {
        "ResolverEndpointId": S,
        "ResolverEndpointId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResolverEndpointsParameters = TypedDict(
    "ListResolverEndpointsParameters",
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
ListResolverQueryLogConfigAssociationsParameters = TypedDict(
    "ListResolverQueryLogConfigAssociationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListResolverQueryLogConfigsParameters = TypedDict(
    "ListResolverQueryLogConfigsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListResolverRuleAssociationsParameters = TypedDict(
    "ListResolverRuleAssociationsParameters",
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
ListResolverRulesParameters = TypedDict(
    "ListResolverRulesParameters",
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
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PutFirewallRuleGroupPolicyParameters = TypedDict(
    "PutFirewallRuleGroupPolicyParameters",
    {"Arn": S, "Arn.$": str, "FirewallRuleGroupPolicy": S, "FirewallRuleGroupPolicy.$": str},
    total=False,
)
PutResolverQueryLogConfigPolicyParameters = TypedDict(
    "PutResolverQueryLogConfigPolicyParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ResolverQueryLogConfigPolicy": S,
        "ResolverQueryLogConfigPolicy.$": str,
    },
    total=False,
)
PutResolverRulePolicyParameters = TypedDict(
    "PutResolverRulePolicyParameters",
    {"Arn": S, "Arn.$": str, "ResolverRulePolicy": S, "ResolverRulePolicy.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateFirewallConfigParameters = TypedDict(
    "UpdateFirewallConfigParameters",
    {"ResourceId": S, "ResourceId.$": str, "FirewallFailOpen": S, "FirewallFailOpen.$": str},
    total=False,
)
UpdateFirewallDomainsParameters = TypedDict(
    "UpdateFirewallDomainsParameters",
    {
        "FirewallDomainListId": S,
        "FirewallDomainListId.$": str,
        "Operation": S,
        "Operation.$": str,
        "Domains": L[Si],
        "Domains.$": str,
    },
    total=False,
)
UpdateFirewallRuleParameters = TypedDict(
    "UpdateFirewallRuleParameters",
    {
        "FirewallRuleGroupId": S,
        "FirewallRuleGroupId.$": str,
        "FirewallDomainListId": S,
        "FirewallDomainListId.$": str,
        "FirewallThreatProtectionId": S,
        "FirewallThreatProtectionId.$": str,
        "Priority": I,
        "Priority.$": str,
        "Action": S,
        "Action.$": str,
        "BlockResponse": S,
        "BlockResponse.$": str,
        "BlockOverrideDomain": S,
        "BlockOverrideDomain.$": str,
        "BlockOverrideDnsType": S,
        "BlockOverrideDnsType.$": str,
        "BlockOverrideTtl": I,
        "BlockOverrideTtl.$": str,
        "Name": S,
        "Name.$": str,
        "FirewallDomainRedirectionAction": S,
        "FirewallDomainRedirectionAction.$": str,
        "Qtype": S,
        "Qtype.$": str,
        "DnsThreatProtection": S,
        "DnsThreatProtection.$": str,
        "ConfidenceThreshold": S,
        "ConfidenceThreshold.$": str,
        "FirewallRuleType": X[FirewallRuleType],
        "FirewallRuleType.$": str,
    },
    total=False,
)
UpdateFirewallRuleGroupAssociationParameters = TypedDict(
    "UpdateFirewallRuleGroupAssociationParameters",
    {
        "FirewallRuleGroupAssociationId": S,
        "FirewallRuleGroupAssociationId.$": str,
        "Priority": I,
        "Priority.$": str,
        "MutationProtection": S,
        "MutationProtection.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateOutpostResolverParameters = TypedDict(
    "UpdateOutpostResolverParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "PreferredInstanceType": S,
        "PreferredInstanceType.$": str,
    },
    total=False,
)
UpdateResolverConfigParameters = TypedDict(
    "UpdateResolverConfigParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "AutodefinedReverseFlag": S,
        "AutodefinedReverseFlag.$": str,
    },
    total=False,
)
UpdateResolverDnssecConfigParameters = TypedDict(
    "UpdateResolverDnssecConfigParameters",
    {"ResourceId": S, "ResourceId.$": str, "Validation": S, "Validation.$": str},
    total=False,
)

class UpdateIpAddress(TypedDict, total=False):
    IpId: S
    Ipv6: S

UpdateResolverEndpointParameters = TypedDict(
    "UpdateResolverEndpointParameters",
    {
        "ResolverEndpointId": S,
        "ResolverEndpointId.$": str,
        "Name": S,
        "Name.$": str,
        "ResolverEndpointType": S,
        "ResolverEndpointType.$": str,
        "UpdateIpAddresses": L[Xi[UpdateIpAddress]],
        "UpdateIpAddresses.$": str,
        "Protocols": L[Si],
        "Protocols.$": str,
        "RniEnhancedMetricsEnabled": B,
        "RniEnhancedMetricsEnabled.$": str,
        "TargetNameServerMetricsEnabled": B,
        "TargetNameServerMetricsEnabled.$": str,
        "Dns64Enabled": B,
        "Dns64Enabled.$": str,
        "Ipv6InternetAccessEnabled": B,
        "Ipv6InternetAccessEnabled.$": str,
    },
    total=False,
)

class ResolverRuleConfig(TypedDict, total=False):
    Name: S
    TargetIps: L[Xi[TargetAddress]]
    ResolverEndpointId: S

UpdateResolverRuleParameters = TypedDict(
    "UpdateResolverRuleParameters",
    {
        "ResolverRuleId": S,
        "ResolverRuleId.$": str,
        "Config": X[ResolverRuleConfig],
        "Config.$": str,
    },
    total=False,
)
associate_firewall_rule_group: Builder[AssociateFirewallRuleGroupParameters]
associate_resolver_endpoint_ip_address: Builder[AssociateResolverEndpointIpAddressParameters]
associate_resolver_query_log_config: Builder[AssociateResolverQueryLogConfigParameters]
associate_resolver_rule: Builder[AssociateResolverRuleParameters]
batch_create_firewall_rule: Builder[BatchCreateFirewallRuleParameters]
batch_delete_firewall_rule: Builder[BatchDeleteFirewallRuleParameters]
batch_update_firewall_rule: Builder[BatchUpdateFirewallRuleParameters]
create_firewall_domain_list: Builder[CreateFirewallDomainListParameters]
create_firewall_rule: Builder[CreateFirewallRuleParameters]
create_firewall_rule_group: Builder[CreateFirewallRuleGroupParameters]
create_outpost_resolver: Builder[CreateOutpostResolverParameters]
create_resolver_endpoint: Builder[CreateResolverEndpointParameters]
create_resolver_query_log_config: Builder[CreateResolverQueryLogConfigParameters]
create_resolver_rule: Builder[CreateResolverRuleParameters]
delete_firewall_domain_list: Builder[DeleteFirewallDomainListParameters]
delete_firewall_rule: Builder[DeleteFirewallRuleParameters]
delete_firewall_rule_group: Builder[DeleteFirewallRuleGroupParameters]
delete_outpost_resolver: Builder[DeleteOutpostResolverParameters]
delete_resolver_endpoint: Builder[DeleteResolverEndpointParameters]
delete_resolver_query_log_config: Builder[DeleteResolverQueryLogConfigParameters]
delete_resolver_rule: Builder[DeleteResolverRuleParameters]
disassociate_firewall_rule_group: Builder[DisassociateFirewallRuleGroupParameters]
disassociate_resolver_endpoint_ip_address: Builder[DisassociateResolverEndpointIpAddressParameters]
disassociate_resolver_query_log_config: Builder[DisassociateResolverQueryLogConfigParameters]
disassociate_resolver_rule: Builder[DisassociateResolverRuleParameters]
get_firewall_config: Builder[GetFirewallConfigParameters]
get_firewall_domain_list: Builder[GetFirewallDomainListParameters]
get_firewall_rule_group: Builder[GetFirewallRuleGroupParameters]
get_firewall_rule_group_association: Builder[GetFirewallRuleGroupAssociationParameters]
get_firewall_rule_group_policy: Builder[GetFirewallRuleGroupPolicyParameters]
get_outpost_resolver: Builder[GetOutpostResolverParameters]
get_resolver_config: Builder[GetResolverConfigParameters]
get_resolver_dnssec_config: Builder[GetResolverDnssecConfigParameters]
get_resolver_endpoint: Builder[GetResolverEndpointParameters]
get_resolver_query_log_config: Builder[GetResolverQueryLogConfigParameters]
get_resolver_query_log_config_association: Builder[GetResolverQueryLogConfigAssociationParameters]
get_resolver_query_log_config_policy: Builder[GetResolverQueryLogConfigPolicyParameters]
get_resolver_rule: Builder[GetResolverRuleParameters]
get_resolver_rule_association: Builder[GetResolverRuleAssociationParameters]
get_resolver_rule_policy: Builder[GetResolverRulePolicyParameters]
import_firewall_domains: Builder[ImportFirewallDomainsParameters]
list_firewall_configs: Builder[ListFirewallConfigsParameters]
list_firewall_domain_lists: Builder[ListFirewallDomainListsParameters]
list_firewall_domains: Builder[ListFirewallDomainsParameters]
list_firewall_rule_domains: Builder[ListFirewallRuleDomainsParameters]
list_firewall_rule_group_associations: Builder[ListFirewallRuleGroupAssociationsParameters]
list_firewall_rule_groups: Builder[ListFirewallRuleGroupsParameters]
list_firewall_rule_types: Builder[ListFirewallRuleTypesParameters]
list_firewall_rules: Builder[ListFirewallRulesParameters]
list_outpost_resolvers: Builder[ListOutpostResolversParameters]
list_resolver_configs: Builder[ListResolverConfigsParameters]
list_resolver_dnssec_configs: Builder[ListResolverDnssecConfigsParameters]
list_resolver_endpoint_ip_addresses: Builder[ListResolverEndpointIpAddressesParameters]
list_resolver_endpoints: Builder[ListResolverEndpointsParameters]
list_resolver_query_log_config_associations: Builder[
    ListResolverQueryLogConfigAssociationsParameters
]
list_resolver_query_log_configs: Builder[ListResolverQueryLogConfigsParameters]
list_resolver_rule_associations: Builder[ListResolverRuleAssociationsParameters]
list_resolver_rules: Builder[ListResolverRulesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_firewall_rule_group_policy: Builder[PutFirewallRuleGroupPolicyParameters]
put_resolver_query_log_config_policy: Builder[PutResolverQueryLogConfigPolicyParameters]
put_resolver_rule_policy: Builder[PutResolverRulePolicyParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_firewall_config: Builder[UpdateFirewallConfigParameters]
update_firewall_domains: Builder[UpdateFirewallDomainsParameters]
update_firewall_rule: Builder[UpdateFirewallRuleParameters]
update_firewall_rule_group_association: Builder[UpdateFirewallRuleGroupAssociationParameters]
update_outpost_resolver: Builder[UpdateOutpostResolverParameters]
update_resolver_config: Builder[UpdateResolverConfigParameters]
update_resolver_dnssec_config: Builder[UpdateResolverDnssecConfigParameters]
update_resolver_endpoint: Builder[UpdateResolverEndpointParameters]
update_resolver_rule: Builder[UpdateResolverRuleParameters]

__all__ = [
    "associate_firewall_rule_group",
    "associate_resolver_endpoint_ip_address",
    "associate_resolver_query_log_config",
    "associate_resolver_rule",
    "batch_create_firewall_rule",
    "batch_delete_firewall_rule",
    "batch_update_firewall_rule",
    "create_firewall_domain_list",
    "create_firewall_rule",
    "create_firewall_rule_group",
    "create_outpost_resolver",
    "create_resolver_endpoint",
    "create_resolver_query_log_config",
    "create_resolver_rule",
    "delete_firewall_domain_list",
    "delete_firewall_rule",
    "delete_firewall_rule_group",
    "delete_outpost_resolver",
    "delete_resolver_endpoint",
    "delete_resolver_query_log_config",
    "delete_resolver_rule",
    "disassociate_firewall_rule_group",
    "disassociate_resolver_endpoint_ip_address",
    "disassociate_resolver_query_log_config",
    "disassociate_resolver_rule",
    "get_firewall_config",
    "get_firewall_domain_list",
    "get_firewall_rule_group",
    "get_firewall_rule_group_association",
    "get_firewall_rule_group_policy",
    "get_outpost_resolver",
    "get_resolver_config",
    "get_resolver_dnssec_config",
    "get_resolver_endpoint",
    "get_resolver_query_log_config",
    "get_resolver_query_log_config_association",
    "get_resolver_query_log_config_policy",
    "get_resolver_rule",
    "get_resolver_rule_association",
    "get_resolver_rule_policy",
    "import_firewall_domains",
    "list_firewall_configs",
    "list_firewall_domain_lists",
    "list_firewall_domains",
    "list_firewall_rule_domains",
    "list_firewall_rule_group_associations",
    "list_firewall_rule_groups",
    "list_firewall_rule_types",
    "list_firewall_rules",
    "list_outpost_resolvers",
    "list_resolver_configs",
    "list_resolver_dnssec_configs",
    "list_resolver_endpoint_ip_addresses",
    "list_resolver_endpoints",
    "list_resolver_query_log_config_associations",
    "list_resolver_query_log_configs",
    "list_resolver_rule_associations",
    "list_resolver_rules",
    "list_tags_for_resource",
    "put_firewall_rule_group_policy",
    "put_resolver_query_log_config_policy",
    "put_resolver_rule_policy",
    "tag_resource",
    "untag_resource",
    "update_firewall_config",
    "update_firewall_domains",
    "update_firewall_rule",
    "update_firewall_rule_group_association",
    "update_outpost_resolver",
    "update_resolver_config",
    "update_resolver_dnssec_config",
    "update_resolver_endpoint",
    "update_resolver_rule",
]
