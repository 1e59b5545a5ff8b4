"""Typed builders of the AWS SDK integration of detective (``aws-sdk:detective:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AcceptInvitationParameters = TypedDict(
    "AcceptInvitationParameters", {"GraphArn": S, "GraphArn.$": str}, total=False
)
BatchGetGraphMemberDatasourcesParameters = TypedDict(
    "BatchGetGraphMemberDatasourcesParameters",
    {"GraphArn": S, "GraphArn.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)
BatchGetMembershipDatasourcesParameters = TypedDict(
    "BatchGetMembershipDatasourcesParameters", {"GraphArns": L[Si], "GraphArns.$": str}, total=False
)
CreateGraphParameters = TypedDict(
    "CreateGraphParameters", {"Tags": M[S], "Tags.$": str}, total=False
)

class Account(TypedDict, total=False):
    AccountId: S
    EmailAddress: S

CreateMembersParameters = TypedDict(
    "CreateMembersParameters",
    {
        "GraphArn": S,
        "GraphArn.$": str,
        "Message": S,
        "Message.$": str,
        "DisableEmailNotification": B,
        "DisableEmailNotification.$": str,
        "Accounts": L[Xi[Account]],
        "Accounts.$": str,
    },
    total=False,
)
DeleteGraphParameters = TypedDict(
    "DeleteGraphParameters", {"GraphArn": S, "GraphArn.$": str}, total=False
)
DeleteMembersParameters = TypedDict(
    "DeleteMembersParameters",
    {"GraphArn": S, "GraphArn.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)
DescribeOrganizationConfigurationParameters = TypedDict(
    "DescribeOrganizationConfigurationParameters", {"GraphArn": S, "GraphArn.$": str}, total=False
)

class DisableOrganizationAdminAccountParameters(TypedDict, total=False): ...

DisassociateMembershipParameters = TypedDict(
    "DisassociateMembershipParameters", {"GraphArn": S, "GraphArn.$": str}, total=False
)
EnableOrganizationAdminAccountParameters = TypedDict(
    "EnableOrganizationAdminAccountParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetInvestigationParameters = TypedDict(
    "GetInvestigationParameters",
    {"GraphArn": S, "GraphArn.$": str, "InvestigationId": S, "InvestigationId.$": str},
    total=False,
)
GetMembersParameters = TypedDict(
    "GetMembersParameters",
    {"GraphArn": S, "GraphArn.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)
ListDatasourcePackagesParameters = TypedDict(
    "ListDatasourcePackagesParameters",
    {
        "GraphArn": S,
        "GraphArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListGraphsParameters = TypedDict(
    "ListGraphsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListIndicatorsParameters = TypedDict(
    "ListIndicatorsParameters",
    {
        "GraphArn": S,
        "GraphArn.$": str,
        "InvestigationId": S,
        "InvestigationId.$": str,
        "IndicatorType": S,
        "IndicatorType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class StringFilter(TypedDict, total=False):
    Value: S

class DateFilter(TypedDict, total=False):
    StartInclusive: T
    EndInclusive: T

class FilterCriteria(TypedDict, total=False):
    Severity: X[StringFilter]
    Status: X[StringFilter]
    State: X[StringFilter]
    EntityArn: X[StringFilter]
    CreatedTime: X[DateFilter]

class SortCriteria(TypedDict, total=False):
    Field: S
    SortOrder: S

ListInvestigationsParameters = TypedDict(
    "ListInvestigationsParameters",
    {
        "GraphArn": S,
        "GraphArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "FilterCriteria": X[FilterCriteria],
        "FilterCriteria.$": str,
        "SortCriteria": X[SortCriteria],
        "SortCriteria.$": str,
    },
    total=False,
)
ListInvitationsParameters = TypedDict(
    "ListInvitationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListMembersParameters = TypedDict(
    "ListMembersParameters",
    {
        "GraphArn": S,
        "GraphArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListOrganizationAdminAccountsParameters = TypedDict(
    "ListOrganizationAdminAccountsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RejectInvitationParameters = TypedDict(
    "RejectInvitationParameters", {"GraphArn": S, "GraphArn.$": str}, total=False
)
StartInvestigationParameters = TypedDict(
    "StartInvestigationParameters",
    {
        "GraphArn": S,
        "GraphArn.$": str,
        "EntityArn": S,
        "EntityArn.$": str,
        "ScopeStartTime": T,
        "ScopeStartTime.$": str,
        "ScopeEndTime": T,
        "ScopeEndTime.$": str,
    },
    total=False,
)
StartMonitoringMemberParameters = TypedDict(
    "StartMonitoringMemberParameters",
    {"GraphArn": S, "GraphArn.$": str, "AccountId": S, "AccountId.$": str},
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
UpdateDatasourcePackagesParameters = TypedDict(
    "UpdateDatasourcePackagesParameters",
    {"GraphArn": S, "GraphArn.$": str, "DatasourcePackages": L[Si], "DatasourcePackages.$": str},
    total=False,
)
UpdateInvestigationStateParameters = TypedDict(
    "UpdateInvestigationStateParameters",
    {
        "GraphArn": S,
        "GraphArn.$": str,
        "InvestigationId": S,
        "InvestigationId.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)
UpdateOrganizationConfigurationParameters = TypedDict(
    "UpdateOrganizationConfigurationParameters",
    {"GraphArn": S, "GraphArn.$": str, "AutoEnable": B, "AutoEnable.$": str},
    total=False,
)
accept_invitation: Builder[AcceptInvitationParameters]
batch_get_graph_member_datasources: Builder[BatchGetGraphMemberDatasourcesParameters]
batch_get_membership_datasources: Builder[BatchGetMembershipDatasourcesParameters]
create_graph: Builder[CreateGraphParameters]
create_members: Builder[CreateMembersParameters]
delete_graph: Builder[DeleteGraphParameters]
delete_members: Builder[DeleteMembersParameters]
describe_organization_configuration: Builder[DescribeOrganizationConfigurationParameters]
disable_organization_admin_account: Builder[DisableOrganizationAdminAccountParameters]
disassociate_membership: Builder[DisassociateMembershipParameters]
enable_organization_admin_account: Builder[EnableOrganizationAdminAccountParameters]
get_investigation: Builder[GetInvestigationParameters]
get_members: Builder[GetMembersParameters]
list_datasource_packages: Builder[ListDatasourcePackagesParameters]
list_graphs: Builder[ListGraphsParameters]
list_indicators: Builder[ListIndicatorsParameters]
list_investigations: Builder[ListInvestigationsParameters]
list_invitations: Builder[ListInvitationsParameters]
list_members: Builder[ListMembersParameters]
list_organization_admin_accounts: Builder[ListOrganizationAdminAccountsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
reject_invitation: Builder[RejectInvitationParameters]
start_investigation: Builder[StartInvestigationParameters]
start_monitoring_member: Builder[StartMonitoringMemberParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_datasource_packages: Builder[UpdateDatasourcePackagesParameters]
update_investigation_state: Builder[UpdateInvestigationStateParameters]
update_organization_configuration: Builder[UpdateOrganizationConfigurationParameters]

__all__ = [
    "accept_invitation",
    "batch_get_graph_member_datasources",
    "batch_get_membership_datasources",
    "create_graph",
    "create_members",
    "delete_graph",
    "delete_members",
    "describe_organization_configuration",
    "disable_organization_admin_account",
    "disassociate_membership",
    "enable_organization_admin_account",
    "get_investigation",
    "get_members",
    "list_datasource_packages",
    "list_graphs",
    "list_indicators",
    "list_investigations",
    "list_invitations",
    "list_members",
    "list_organization_admin_accounts",
    "list_tags_for_resource",
    "reject_invitation",
    "start_investigation",
    "start_monitoring_member",
    "tag_resource",
    "untag_resource",
    "update_datasource_packages",
    "update_investigation_state",
    "update_organization_configuration",
]
