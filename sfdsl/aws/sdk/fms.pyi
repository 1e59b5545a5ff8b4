"""Typed builders of the AWS SDK integration of fms (``aws-sdk:fms:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AssociateAdminAccountParameters = TypedDict(
    "AssociateAdminAccountParameters", {"AdminAccount": S, "AdminAccount.$": str}, total=False
)
AssociateThirdPartyFirewallParameters = TypedDict(
    "AssociateThirdPartyFirewallParameters",
    {"ThirdPartyFirewall": S, "ThirdPartyFirewall.$": str},
    total=False,
)
BatchAssociateResourceParameters = TypedDict(
    "BatchAssociateResourceParameters",
    {"ResourceSetIdentifier": S, "ResourceSetIdentifier.$": str, "Items": L[Si], "Items.$": str},
    total=False,
)
BatchDisassociateResourceParameters = TypedDict(
    "BatchDisassociateResourceParameters",
    {"ResourceSetIdentifier": S, "ResourceSetIdentifier.$": str, "Items": L[Si], "Items.$": str},
    total=False,
)
DeleteAppsListParameters = TypedDict(
    "DeleteAppsListParameters", {"ListId": S, "ListId.$": str}, total=False
)

class DeleteNotificationChannelParameters(TypedDict, total=False): ...

DeletePolicyParameters = TypedDict(
    "DeletePolicyParameters",
    {
        "PolicyId": S,
        "PolicyId.$": str,
        "DeleteAllPolicyResources": B,
        "DeleteAllPolicyResources.$": str,
    },
    total=False,
)
DeleteProtocolsListParameters = TypedDict(
    "DeleteProtocolsListParameters", {"ListId": S, "ListId.$": str}, total=False
)
DeleteResourceSetParameters = TypedDict(
    "DeleteResourceSetParameters", {"Identifier": S, "Identifier.$": str}, total=False
)

class DisassociateAdminAccountParameters(TypedDict, total=False): ...

DisassociateThirdPartyFirewallParameters = TypedDict(
    "DisassociateThirdPartyFirewallParameters",
    {"ThirdPartyFirewall": S, "ThirdPartyFirewall.$": str},
    total=False,
)

class GetAdminAccountParameters(TypedDict, total=False): ...

GetAdminScopeParameters = TypedDict(
    "GetAdminScopeParameters", {"AdminAccount": S, "AdminAccount.$": str}, total=False
)
GetAppsListParameters = TypedDict(
    "GetAppsListParameters",
    {"ListId": S, "ListId.$": str, "DefaultList": B, "DefaultList.$": str},
    total=False,
)
GetComplianceDetailParameters = TypedDict(
    "GetComplianceDetailParameters",
    {"PolicyId": S, "PolicyId.$": str, "MemberAccount": S, "MemberAccount.$": str},
    total=False,
)

class GetNotificationChannelParameters(TypedDict, total=False): ...

GetPolicyParameters = TypedDict(
    "GetPolicyParameters", {"PolicyId": S, "PolicyId.$": str}, total=False
)
GetProtectionStatusParameters = TypedDict(
    "GetProtectionStatusParameters",
    {
        "PolicyId": S,
        "PolicyId.$": str,
        "MemberAccountId": S,
        "MemberAccountId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetProtocolsListParameters = TypedDict(
    "GetProtocolsListParameters",
    {"ListId": S, "ListId.$": str, "DefaultList": B, "DefaultList.$": str},
    total=False,
)
GetResourceSetParameters = TypedDict(
    "GetResourceSetParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetThirdPartyFirewallAssociationStatusParameters = TypedDict(
    "GetThirdPartyFirewallAssociationStatusParameters",
    {"ThirdPartyFirewall": S, "ThirdPartyFirewall.$": str},
    total=False,
)
GetViolationDetailsParameters = TypedDict(
    "GetViolationDetailsParameters",
    {
        "PolicyId": S,
        "PolicyId.$": str,
        "MemberAccount": S,
        "MemberAccount.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
ListAdminAccountsForOrganizationParameters = TypedDict(
    "ListAdminAccountsForOrganizationParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAdminsManagingAccountParameters = TypedDict(
    "ListAdminsManagingAccountParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAppsListsParameters = TypedDict(
    "ListAppsListsParameters",
    {
        "DefaultLists": B,
        "DefaultLists.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListComplianceStatusParameters = TypedDict(
    "ListComplianceStatusParameters",
    {
        "PolicyId": S,
        "PolicyId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDiscoveredResourcesParameters = TypedDict(
    "ListDiscoveredResourcesParameters",
    {
        "MemberAccountIds": L[Si],
        "MemberAccountIds.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListMemberAccountsParameters = TypedDict(
    "ListMemberAccountsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPoliciesParameters = TypedDict(
    "ListPoliciesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListProtocolsListsParameters = TypedDict(
    "ListProtocolsListsParameters",
    {
        "DefaultLists": B,
        "DefaultLists.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListResourceSetResourcesParameters = TypedDict(
    "ListResourceSetResourcesParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourceSetsParameters = TypedDict(
    "ListResourceSetsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListThirdPartyFirewallFirewallPoliciesParameters = TypedDict(
    "ListThirdPartyFirewallFirewallPoliciesParameters",
    {
        "ThirdPartyFirewall": S,
        "ThirdPartyFirewall.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class AccountScope(TypedDict, total=False):
    Accounts: L[Si]
    AllAccountsEnabled: B
    ExcludeSpecifiedAccounts: B

class OrganizationalUnitScope(TypedDict, total=False):
    OrganizationalUnits: L[Si]
    AllOrganizationalUnitsEnabled: B
    ExcludeSpecifiedOrganizationalUnits: B

class RegionScope(TypedDict, total=False):
    Regions: L[Si]
    AllRegionsEnabled: B

class PolicyTypeScope(TypedDict, total=False):
    PolicyTypes: L[Si]
    AllPolicyTypesEnabled: B

class AdminScope(TypedDict, total=False):
    AccountScope: X[AccountScope]
    OrganizationalUnitScope: X[OrganizationalUnitScope]
    RegionScope: X[RegionScope]
    PolicyTypeScope: X[PolicyTypeScope]

PutAdminAccountParameters = TypedDict(
    "PutAdminAccountParameters",
    {"AdminAccount": S, "AdminAccount.$": str, "AdminScope": X[AdminScope], "AdminScope.$": str},
    total=False,
)

class App(TypedDict, total=False):
    AppName: S
    Protocol: S
    Port: I

class AppsListData(TypedDict, total=False):
    ListId: S
    ListName: S
    ListUpdateToken: S
    CreateTime: T
    LastUpdateTime: T
    AppsList: L[Xi[App]]
    PreviousAppsList: M[L[Xi[App]]]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

PutAppsListParameters = TypedDict(
    "PutAppsListParameters",
    {"AppsList": X[AppsListData], "AppsList.$": str, "TagList": L[Xi[Tag]], "TagList.$": str},
    total=False,
)
PutNotificationChannelParameters = TypedDict(
    "PutNotificationChannelParameters",
    {"SnsTopicArn": S, "SnsTopicArn.$": str, "SnsRoleName": S, "SnsRoleName.$": str},
    total=False,
)

class NetworkFirewallPolicy(TypedDict, total=False):
    FirewallDeploymentModel: S

class ThirdPartyFirewallPolicy(TypedDict, total=False):
    FirewallDeploymentModel: S

class NetworkAclIcmpTypeCode(TypedDict, total=False):
    Code: I
    Type: I

class NetworkAclPortRange(TypedDict, total=False):
    From: I
    To: I

class NetworkAclEntry(TypedDict, total=False):
    IcmpTypeCode: X[NetworkAclIcmpTypeCode]
    Protocol: S
    PortRange: X[NetworkAclPortRange]
    CidrBlock: S
    Ipv6CidrBlock: S
    RuleAction: S
    Egress: B

class NetworkAclEntrySet(TypedDict, total=False):
    FirstEntries: L[Xi[NetworkAclEntry]]
    ForceRemediateForFirstEntries: B
    LastEntries: L[Xi[NetworkAclEntry]]
    ForceRemediateForLastEntries: B

class NetworkAclCommonPolicy(TypedDict, total=False):
    NetworkAclEntrySet: X[NetworkAclEntrySet]

class PolicyOption(TypedDict, total=False):
    NetworkFirewallPolicy: X[NetworkFirewallPolicy]
    ThirdPartyFirewallPolicy: X[ThirdPartyFirewallPolicy]
    NetworkAclCommonPolicy: X[NetworkAclCommonPolicy]

class SecurityServicePolicyData(TypedDict, total=False):
    Type: S
    ManagedServiceData: S
    PolicyOption: X[PolicyOption]

class ResourceTag(TypedDict, total=False):
    Key: S
    Value: S

class Policy(TypedDict, total=False):
    PolicyId: S
    PolicyName: S
    PolicyUpdateToken: S
    SecurityServicePolicyData: X[SecurityServicePolicyData]
    ResourceType: S
    ResourceTypeList: L[Si]
    ResourceTags: L[Xi[ResourceTag]]
    ExcludeResourceTags: B
    RemediationEnabled: B
    DeleteUnusedFMManagedResources: B
    IncludeMap: M[L[Si]]
    ExcludeMap: M[L[Si]]
    ResourceSetIds: L[Si]
    PolicyDescription: S
    PolicyStatus: S
    ResourceTagLogicalOperator: S

PutPolicyParameters = TypedDict(
    "PutPolicyParameters",
    {"Policy": X[Policy], "Policy.$": str, "TagList": L[Xi[Tag]], "TagList.$": str},
    total=False,
)

class ProtocolsListData(TypedDict, total=False):
    ListId: S
    ListName: S
    ListUpdateToken: S
    CreateTime: T
    LastUpdateTime: T
    ProtocolsList: L[Si]
    PreviousProtocolsList: M[L[Si]]

PutProtocolsListParameters = TypedDict(
    "PutProtocolsListParameters",
    {
        "ProtocolsList": X[ProtocolsListData],
        "ProtocolsList.$": str,
        "TagList": L[Xi[Tag]],
        "TagList.$": str,
    },
    total=False,
)

class ResourceSet(TypedDict, total=False):
    Id: S
    Name: S
    Description: S
    UpdateToken: S
    ResourceTypeList: L[Si]
    LastUpdateTime: T
    ResourceSetStatus: S

PutResourceSetParameters = TypedDict(
    "PutResourceSetParameters",
    {"ResourceSet": X[ResourceSet], "ResourceSet.$": str, "TagList": L[Xi[Tag]], "TagList.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagList": L[Xi[Tag]], "TagList.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
associate_admin_account: Builder[AssociateAdminAccountParameters]
associate_third_party_firewall: Builder[AssociateThirdPartyFirewallParameters]
batch_associate_resource: Builder[BatchAssociateResourceParameters]
batch_disassociate_resource: Builder[BatchDisassociateResourceParameters]
delete_apps_list: Builder[DeleteAppsListParameters]
delete_notification_channel: Builder[DeleteNotificationChannelParameters]
delete_policy: Builder[DeletePolicyParameters]
delete_protocols_list: Builder[DeleteProtocolsListParameters]
delete_resource_set: Builder[DeleteResourceSetParameters]
disassociate_admin_account: Builder[DisassociateAdminAccountParameters]
disassociate_third_party_firewall: Builder[DisassociateThirdPartyFirewallParameters]
get_admin_account: Builder[GetAdminAccountParameters]
get_admin_scope: Builder[GetAdminScopeParameters]
get_apps_list: Builder[GetAppsListParameters]
get_compliance_detail: Builder[GetComplianceDetailParameters]
get_notification_channel: Builder[GetNotificationChannelParameters]
get_policy: Builder[GetPolicyParameters]
get_protection_status: Builder[GetProtectionStatusParameters]
get_protocols_list: Builder[GetProtocolsListParameters]
get_resource_set: Builder[GetResourceSetParameters]
get_third_party_firewall_association_status: Builder[
    GetThirdPartyFirewallAssociationStatusParameters
]
get_violation_details: Builder[GetViolationDetailsParameters]
list_admin_accounts_for_organization: Builder[ListAdminAccountsForOrganizationParameters]
list_admins_managing_account: Builder[ListAdminsManagingAccountParameters]
list_apps_lists: Builder[ListAppsListsParameters]
list_compliance_status: Builder[ListComplianceStatusParameters]
list_discovered_resources: Builder[ListDiscoveredResourcesParameters]
list_member_accounts: Builder[ListMemberAccountsParameters]
list_policies: Builder[ListPoliciesParameters]
list_protocols_lists: Builder[ListProtocolsListsParameters]
list_resource_set_resources: Builder[ListResourceSetResourcesParameters]
list_resource_sets: Builder[ListResourceSetsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_third_party_firewall_firewall_policies: Builder[
    ListThirdPartyFirewallFirewallPoliciesParameters
]
put_admin_account: Builder[PutAdminAccountParameters]
put_apps_list: Builder[PutAppsListParameters]
put_notification_channel: Builder[PutNotificationChannelParameters]
put_policy: Builder[PutPolicyParameters]
put_protocols_list: Builder[PutProtocolsListParameters]
put_resource_set: Builder[PutResourceSetParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "associate_admin_account",
    "associate_third_party_firewall",
    "batch_associate_resource",
    "batch_disassociate_resource",
    "delete_apps_list",
    "delete_notification_channel",
    "delete_policy",
    "delete_protocols_list",
    "delete_resource_set",
    "disassociate_admin_account",
    "disassociate_third_party_firewall",
    "get_admin_account",
    "get_admin_scope",
    "get_apps_list",
    "get_compliance_detail",
    "get_notification_channel",
    "get_policy",
    "get_protection_status",
    "get_protocols_list",
    "get_resource_set",
    "get_third_party_firewall_association_status",
    "get_violation_details",
    "list_admin_accounts_for_organization",
    "list_admins_managing_account",
    "list_apps_lists",
    "list_compliance_status",
    "list_discovered_resources",
    "list_member_accounts",
    "list_policies",
    "list_protocols_lists",
    "list_resource_set_resources",
    "list_resource_sets",
    "list_tags_for_resource",
    "list_third_party_firewall_firewall_policies",
    "put_admin_account",
    "put_apps_list",
    "put_notification_channel",
    "put_policy",
    "put_protocols_list",
    "put_resource_set",
    "tag_resource",
    "untag_resource",
]
