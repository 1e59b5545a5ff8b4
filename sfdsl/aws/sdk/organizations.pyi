"""Typed builders of the AWS SDK integration of organizations (``aws-sdk:organizations:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, T, X, Xi

AcceptHandshakeParameters = TypedDict(
    "AcceptHandshakeParameters", {"HandshakeId": S, "HandshakeId.$": str}, total=False
)
AttachPolicyParameters = TypedDict(
    "AttachPolicyParameters",
    {"PolicyId": S, "PolicyId.$": str, "TargetId": S, "TargetId.$": str},
    total=False,
)
CancelHandshakeParameters = TypedDict(
    "CancelHandshakeParameters", {"HandshakeId": S, "HandshakeId.$": str}, total=False
)
CloseAccountParameters = TypedDict(
    "CloseAccountParameters", {"AccountId": S, "AccountId.$": str}, total=False
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateAccountParameters = TypedDict(
    "CreateAccountParameters",
    {
        "Email": S,
        "Email.$": str,
        "AccountName": S,
        "AccountName.$": str,
        "RoleName": S,
        "RoleName.$": str,
        "IamUserAccessToBilling": S,
        "IamUserAccessToBilling.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateGovCloudAccountParameters = TypedDict(
    "CreateGovCloudAccountParameters",
    {
        "Email": S,
        "Email.$": str,
        "AccountName": S,
        "AccountName.$": str,
        "RoleName": S,
        "RoleName.$": str,
        "IamUserAccessToBilling": S,
        "IamUserAccessToBilling.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateOrganizationParameters = TypedDict(
    "CreateOrganizationParameters", {"FeatureSet": S, "FeatureSet.$": str}, total=False
)
CreateOrganizationalUnitParameters = TypedDict(
    "CreateOrganizationalUnitParameters",
    {"ParentId": S, "ParentId.$": str, "Name": S, "Name.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
CreatePolicyParameters = TypedDict(
    "CreatePolicyParameters",
    {
        "Content": S,
        "Content.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeclineHandshakeParameters = TypedDict(
    "DeclineHandshakeParameters", {"HandshakeId": S, "HandshakeId.$": str}, total=False
)

class DeleteOrganizationParameters(TypedDict, total=False): ...

DeleteOrganizationalUnitParameters = TypedDict(
    "DeleteOrganizationalUnitParameters",
    {"OrganizationalUnitId": S, "OrganizationalUnitId.$": str},
    total=False,
)
DeletePolicyParameters = TypedDict(
    "DeletePolicyParameters", {"PolicyId": S, "PolicyId.$": str}, total=False
)

class DeleteResourcePolicyParameters(TypedDict, total=False): ...

DeregisterDelegatedAdministratorParameters = TypedDict(
    "DeregisterDelegatedAdministratorParameters",
    {"AccountId": S, "AccountId.$": str, "ServicePrincipal": S, "ServicePrincipal.$": str},
    total=False,
)
DescribeAccountParameters = TypedDict(
    "DescribeAccountParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
DescribeCreateAccountStatusParameters = TypedDict(
    "DescribeCreateAccountStatusParameters",
    {"CreateAccountRequestId": S, "CreateAccountRequestId.$": str},
    total=False,
)
DescribeEffectivePolicyParameters = TypedDict(
    "DescribeEffectivePolicyParameters",
    {"PolicyType": S, "PolicyType.$": str, "TargetId": S, "TargetId.$": str},
    total=False,
)
DescribeHandshakeParameters = TypedDict(
    "DescribeHandshakeParameters", {"HandshakeId": S, "HandshakeId.$": str}, total=False
)

class DescribeOrganizationParameters(TypedDict, total=False): ...

DescribeOrganizationalUnitParameters = TypedDict(
    "DescribeOrganizationalUnitParameters",
    {"OrganizationalUnitId": S, "OrganizationalUnitId.$": str},
    total=False,
)
DescribePolicyParameters = TypedDict(
    "DescribePolicyParameters", {"PolicyId": S, "PolicyId.$": str}, total=False
)

class DescribeResourcePolicyParameters(TypedDict, total=False): ...

DescribeResponsibilityTransferParameters = TypedDict(
    "DescribeResponsibilityTransferParameters", {"Id": S, "Id.$": str}, total=False
)
DetachPolicyParameters = TypedDict(
    "DetachPolicyParameters",
    {"PolicyId": S, "PolicyId.$": str, "TargetId": S, "TargetId.$": str},
    total=False,
)
DisableAWSServiceAccessParameters = TypedDict(
    "DisableAWSServiceAccessParameters",
    {"ServicePrincipal": S, "ServicePrincipal.$": str},
    total=False,
)
DisablePolicyTypeParameters = TypedDict(
    "DisablePolicyTypeParameters",
    {"RootId": S, "RootId.$": str, "PolicyType": S, "PolicyType.$": str},
    total=False,
)
EnableAWSServiceAccessParameters = TypedDict(
    "EnableAWSServiceAccessParameters",
    {"ServicePrincipal": S, "ServicePrincipal.$": str},
    total=False,
)

class EnableAllFeaturesParameters(TypedDict, total=False): ...

EnablePolicyTypeParameters = TypedDict(
    "EnablePolicyTypeParameters",
    {"RootId": S, "RootId.$": str, "PolicyType": S, "PolicyType.$": str},
    total=False,
)

class HandshakeParty(TypedDict, total=False):
    Id: S
    Type: S

InviteAccountToOrganizationParameters = TypedDict(
    "InviteAccountToOrganizationParameters",
    {
        "Target": X[HandshakeParty],
        "Target.$": str,
        "Notes": S,
        "Notes.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
InviteOrganizationToTransferResponsibilityParameters = TypedDict(
    "InviteOrganizationToTransferResponsibilityParameters",
    {
        "Type": S,
        "Type.$": str,
        "Target": X[HandshakeParty],
        "Target.$": str,
        "Notes": S,
        "Notes.$": str,
        "StartTimestamp": T,
        "StartTimestamp.$": str,
        "SourceName": S,
        "SourceName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class LeaveOrganizationParameters(TypedDict, total=False): ...

ListAWSServiceAccessForOrganizationParameters = TypedDict(
    "ListAWSServiceAccessForOrganizationParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAccountsParameters = TypedDict(
    "ListAccountsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAccountsForParentParameters = TypedDict(
    "ListAccountsForParentParameters",
    {
        "ParentId": S,
        "ParentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAccountsWithInvalidEffectivePolicyParameters = TypedDict(
    "ListAccountsWithInvalidEffectivePolicyParameters",
    {
        "PolicyType": S,
        "PolicyType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListChildrenParameters = TypedDict(
    "ListChildrenParameters",
    {
        "ParentId": S,
        "ParentId.$": str,
        "ChildType": S,
        "ChildType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCreateAccountStatusParameters = TypedDict(
    "ListCreateAccountStatusParameters",
    {
        "States": L[Si],
        "States.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDelegatedAdministratorsParameters = TypedDict(
    "ListDelegatedAdministratorsParameters",
    {
        "ServicePrincipal": S,
        "ServicePrincipal.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDelegatedServicesForAccountParameters = TypedDict(
    "ListDelegatedServicesForAccountParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEffectivePolicyValidationErrorsParameters = TypedDict(
    "ListEffectivePolicyValidationErrorsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class HandshakeFilter(TypedDict, total=False):
    ActionType: S
    ParentHandshakeId: S

ListHandshakesForAccountParameters = TypedDict(
    "ListHandshakesForAccountParameters",
    {
        "Filter": X[HandshakeFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListHandshakesForOrganizationParameters = TypedDict(
    "ListHandshakesForOrganizationParameters",
    {
        "Filter": X[HandshakeFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListInboundResponsibilityTransfersParameters = TypedDict(
    "ListInboundResponsibilityTransfersParameters",
    {
        "Type": S,
        "Type.$": str,
        "Id": S,
        "Id.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListOrganizationalUnitsForParentParameters = TypedDict(
    "ListOrganizationalUnitsForParentParameters",
    {
        "ParentId": S,
        "ParentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListOutboundResponsibilityTransfersParameters = TypedDict(
    "ListOutboundResponsibilityTransfersParameters",
    {
        "Type": S,
        "Type.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListParentsParameters = TypedDict(
    "ListParentsParameters",
    {
        "ChildId": S,
        "ChildId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPoliciesParameters = TypedDict(
    "ListPoliciesParameters",
    {
        "Filter": S,
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPoliciesForTargetParameters = TypedDict(
    "ListPoliciesForTargetParameters",
    {
        "TargetId": S,
        "TargetId.$": str,
        "Filter": S,
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRootsParameters = TypedDict(
    "ListRootsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"ResourceId": S, "ResourceId.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTargetsForPolicyParameters = TypedDict(
    "ListTargetsForPolicyParameters",
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
MoveAccountParameters = TypedDict(
    "MoveAccountParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "SourceParentId": S,
        "SourceParentId.$": str,
        "DestinationParentId": S,
        "DestinationParentId.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"Content": S, "Content.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
RegisterDelegatedAdministratorParameters = TypedDict(
    "RegisterDelegatedAdministratorParameters",
    {"AccountId": S, "AccountId.$": str, "ServicePrincipal": S, "ServicePrincipal.$": str},
    total=False,
)
RemoveAccountFromOrganizationParameters = TypedDict(
    "RemoveAccountFromOrganizationParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceId": S, "ResourceId.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TerminateResponsibilityTransferParameters = TypedDict(
    "TerminateResponsibilityTransferParameters",
    {"Id": S, "Id.$": str, "EndTimestamp": T, "EndTimestamp.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceId": S, "ResourceId.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateOrganizationalUnitParameters = TypedDict(
    "UpdateOrganizationalUnitParameters",
    {"OrganizationalUnitId": S, "OrganizationalUnitId.$": str, "Name": S, "Name.$": str},
    total=False,
)
UpdatePolicyParameters = TypedDict(
    "UpdatePolicyParameters",
    {
        "PolicyId": S,
        "PolicyId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Content": S,
        "Content.$": str,
    },
    total=False,
)
UpdateResponsibilityTransferParameters = TypedDict(
    "UpdateResponsibilityTransferParameters",
    {"Id": S, "Id.$": str, "Name": S, "Name.$": str},
    total=False,
)
accept_handshake: Builder[AcceptHandshakeParameters]
attach_policy: Builder[AttachPolicyParameters]
cancel_handshake: Builder[CancelHandshakeParameters]
close_account: Builder[CloseAccountParameters]
create_account: Builder[CreateAccountParameters]
create_gov_cloud_account: Builder[CreateGovCloudAccountParameters]
create_organization: Builder[CreateOrganizationParameters]
create_organizational_unit: Builder[CreateOrganizationalUnitParameters]
create_policy: Builder[CreatePolicyParameters]
decline_handshake: Builder[DeclineHandshakeParameters]
delete_organization: Builder[DeleteOrganizationParameters]
delete_organizational_unit: Builder[DeleteOrganizationalUnitParameters]
delete_policy: Builder[DeletePolicyParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
deregister_delegated_administrator: Builder[DeregisterDelegatedAdministratorParameters]
describe_account: Builder[DescribeAccountParameters]
describe_create_account_status: Builder[DescribeCreateAccountStatusParameters]
describe_effective_policy: Builder[DescribeEffectivePolicyParameters]
describe_handshake: Builder[DescribeHandshakeParameters]
describe_organization: Builder[DescribeOrganizationParameters]
describe_organizational_unit: Builder[DescribeOrganizationalUnitParameters]
describe_policy: Builder[DescribePolicyParameters]
describe_resource_policy: Builder[DescribeResourcePolicyParameters]
describe_responsibility_transfer: Builder[DescribeResponsibilityTransferParameters]
detach_policy: Builder[DetachPolicyParameters]
disable_aws_service_access: Builder[DisableAWSServiceAccessParameters]
disable_policy_type: Builder[DisablePolicyTypeParameters]
enable_aws_service_access: Builder[EnableAWSServiceAccessParameters]
enable_all_features: Builder[EnableAllFeaturesParameters]
enable_policy_type: Builder[EnablePolicyTypeParameters]
invite_account_to_organization: Builder[InviteAccountToOrganizationParameters]
invite_organization_to_transfer_responsibility: Builder[
    InviteOrganizationToTransferResponsibilityParameters
]
leave_organization: Builder[LeaveOrganizationParameters]
list_aws_service_access_for_organization: Builder[ListAWSServiceAccessForOrganizationParameters]
list_accounts: Builder[ListAccountsParameters]
list_accounts_for_parent: Builder[ListAccountsForParentParameters]
list_accounts_with_invalid_effective_policy: Builder[
    ListAccountsWithInvalidEffectivePolicyParameters
]
list_children: Builder[ListChildrenParameters]
list_create_account_status: Builder[ListCreateAccountStatusParameters]
list_delegated_administrators: Builder[ListDelegatedAdministratorsParameters]
list_delegated_services_for_account: Builder[ListDelegatedServicesForAccountParameters]
list_effective_policy_validation_errors: Builder[ListEffectivePolicyValidationErrorsParameters]
list_handshakes_for_account: Builder[ListHandshakesForAccountParameters]
list_handshakes_for_organization: Builder[ListHandshakesForOrganizationParameters]
list_inbound_responsibility_transfers: Builder[ListInboundResponsibilityTransfersParameters]
list_organizational_units_for_parent: Builder[ListOrganizationalUnitsForParentParameters]
list_outbound_responsibility_transfers: Builder[ListOutboundResponsibilityTransfersParameters]
list_parents: Builder[ListParentsParameters]
list_policies: Builder[ListPoliciesParameters]
list_policies_for_target: Builder[ListPoliciesForTargetParameters]
list_roots: Builder[ListRootsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_targets_for_policy: Builder[ListTargetsForPolicyParameters]
move_account: Builder[MoveAccountParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
register_delegated_administrator: Builder[RegisterDelegatedAdministratorParameters]
remove_account_from_organization: Builder[RemoveAccountFromOrganizationParameters]
tag_resource: Builder[TagResourceParameters]
terminate_responsibility_transfer: Builder[TerminateResponsibilityTransferParameters]
untag_resource: Builder[UntagResourceParameters]
update_organizational_unit: Builder[UpdateOrganizationalUnitParameters]
update_policy: Builder[UpdatePolicyParameters]
update_responsibility_transfer: Builder[UpdateResponsibilityTransferParameters]

__all__ = [
    "accept_handshake",
    "attach_policy",
    "cancel_handshake",
    "close_account",
    "create_account",
    "create_gov_cloud_account",
    "create_organization",
    "create_organizational_unit",
    "create_policy",
    "decline_handshake",
    "delete_organization",
    "delete_organizational_unit",
    "delete_policy",
    "delete_resource_policy",
    "deregister_delegated_administrator",
    "describe_account",
    "describe_create_account_status",
    "describe_effective_policy",
    "describe_handshake",
    "describe_organization",
    "describe_organizational_unit",
    "describe_policy",
    "describe_resource_policy",
    "describe_responsibility_transfer",
    "detach_policy",
    "disable_aws_service_access",
    "disable_policy_type",
    "enable_all_features",
    "enable_aws_service_access",
    "enable_policy_type",
    "invite_account_to_organization",
    "invite_organization_to_transfer_responsibility",
    "leave_organization",
    "list_accounts",
    "list_accounts_for_parent",
    "list_accounts_with_invalid_effective_policy",
    "list_aws_service_access_for_organization",
    "list_children",
    "list_create_account_status",
    "list_delegated_administrators",
    "list_delegated_services_for_account",
    "list_effective_policy_validation_errors",
    "list_handshakes_for_account",
    "list_handshakes_for_organization",
    "list_inbound_responsibility_transfers",
    "list_organizational_units_for_parent",
    "list_outbound_responsibility_transfers",
    "list_parents",
    "list_policies",
    "list_policies_for_target",
    "list_roots",
    "list_tags_for_resource",
    "list_targets_for_policy",
    "move_account",
    "put_resource_policy",
    "register_delegated_administrator",
    "remove_account_from_organization",
    "tag_resource",
    "terminate_responsibility_transfer",
    "untag_resource",
    "update_organizational_unit",
    "update_policy",
    "update_responsibility_transfer",
]
