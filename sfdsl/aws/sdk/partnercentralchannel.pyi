"""Typed builders of the AWS SDK integration of partnercentralchannel (``aws-sdk:partnercentralchannel:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, T, X, Xi

AcceptChannelHandshakeParameters = TypedDict(
    "AcceptChannelHandshakeParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
CancelChannelContractParameters = TypedDict(
    "CancelChannelContractParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Reason": S,
        "Reason.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CancelChannelHandshakeParameters = TypedDict(
    "CancelChannelHandshakeParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)

class Address(TypedDict, total=False):
    City: S
    StateOrRegion: S
    PostalCode: S
    CountryCode: S
    AddressLine: S
    AddressLine2: S

class ManagedServicesAttestationPayload(TypedDict, total=False):
    LegalEntityName: S
    RelationshipIdentifier: S
    ProgramManagementAccountIdentifier: S
    MemberAccountIds: L[Si]
    EndDate: T
    SupportedServices: L[Si]
    LegalEntityAddress: X[Address]
    SignatoryName: S
    SignatoryEmail: S

class ChannelContractPayload(TypedDict, total=False):
    ManagedServicesAttestationPayload: X[ManagedServicesAttestationPayload]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateChannelContractParameters = TypedDict(
    "CreateChannelContractParameters",
    {
        "ContractType": S,
        "ContractType.$": str,
        "Catalog": S,
        "Catalog.$": str,
        "Payload": X[ChannelContractPayload],
        "Payload.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class StartServicePeriodPayload(TypedDict, total=False):
    ProgramManagementAccountIdentifier: S
    Note: S
    ServicePeriodType: S
    MinimumNoticeDays: S
    EndDate: T

class RevokeServicePeriodPayload(TypedDict, total=False):
    ProgramManagementAccountIdentifier: S
    Note: S

class ChannelHandshakePayload(TypedDict, total=False):
    StartServicePeriodPayload: X[StartServicePeriodPayload]
    RevokeServicePeriodPayload: X[RevokeServicePeriodPayload]

CreateChannelHandshakeParameters = TypedDict(
    "CreateChannelHandshakeParameters",
    {
        "HandshakeType": S,
        "HandshakeType.$": str,
        "Catalog": S,
        "Catalog.$": str,
        "AssociatedResourceIdentifier": S,
        "AssociatedResourceIdentifier.$": str,
        "Payload": X[ChannelHandshakePayload],
        "Payload.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateProgramManagementAccountParameters = TypedDict(
    "CreateProgramManagementAccountParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Program": S,
        "Program.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)

class ResoldEnterprise(TypedDict, total=False):
    Coverage: S
    TamLocation: S
    ChargeAccountId: S

class PartnerLedSupport(TypedDict, total=False):
    Coverage: S
    Provider: S
    TamLocation: S

class ResoldUnifiedOperations(TypedDict, total=False):
    Coverage: S
    TamLocation: S
    ChargeAccountId: S

class SupportPlan(TypedDict, total=False):
    ResoldEnterprise: X[ResoldEnterprise]
    PartnerLedSupport: X[PartnerLedSupport]
    ResoldUnifiedOperations: X[ResoldUnifiedOperations]

CreateRelationshipParameters = TypedDict(
    "CreateRelationshipParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "AssociationType": S,
        "AssociationType.$": str,
        "ProgramManagementAccountIdentifier": S,
        "ProgramManagementAccountIdentifier.$": str,
        "AssociatedAccountId": S,
        "AssociatedAccountId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "ResaleAccountModel": S,
        "ResaleAccountModel.$": str,
        "Sector": S,
        "Sector.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "RequestedSupportPlan": X[SupportPlan],
        "RequestedSupportPlan.$": str,
        "AccountScope": S,
        "AccountScope.$": str,
        "StartDate": T,
        "StartDate.$": str,
    },
    total=False,
)
DeleteProgramManagementAccountParameters = TypedDict(
    "DeleteProgramManagementAccountParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteRelationshipParameters = TypedDict(
    "DeleteRelationshipParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ProgramManagementAccountIdentifier": S,
        "ProgramManagementAccountIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetChannelContractParameters = TypedDict(
    "GetChannelContractParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
GetRelationshipParameters = TypedDict(
    "GetRelationshipParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ProgramManagementAccountIdentifier": S,
        "ProgramManagementAccountIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
    },
    total=False,
)

class ManagedServicesAttestationTypeFilters(TypedDict, total=False):
    RelationshipIdentifiers: L[Si]
    LegalEntityNames: L[Si]

class ListChannelContractsTypeFilters(TypedDict, total=False):
    ManagedServicesAttestationTypeFilters: X[ManagedServicesAttestationTypeFilters]

class ManagedServicesAttestationTypeSort(TypedDict, total=False):
    SortOrder: S
    SortBy: S

class ListChannelContractsTypeSort(TypedDict, total=False):
    ManagedServicesAttestationTypeSort: X[ManagedServicesAttestationTypeSort]

ListChannelContractsParameters = TypedDict(
    "ListChannelContractsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "ContractType": S,
        "ContractType.$": str,
        "Statuses": L[Si],
        "Statuses.$": str,
        "ContractTypeFilters": X[ListChannelContractsTypeFilters],
        "ContractTypeFilters.$": str,
        "ContractTypeSort": X[ListChannelContractsTypeSort],
        "ContractTypeSort.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class StartServicePeriodTypeFilters(TypedDict, total=False):
    ServicePeriodTypes: L[Si]

class RevokeServicePeriodTypeFilters(TypedDict, total=False):
    ServicePeriodTypes: L[Si]

class ProgramManagementAccountTypeFilters(TypedDict, total=False):
    Programs: L[Si]

class ListChannelHandshakesTypeFilters(TypedDict, total=False):
    StartServicePeriodTypeFilters: X[StartServicePeriodTypeFilters]
    RevokeServicePeriodTypeFilters: X[RevokeServicePeriodTypeFilters]
    ProgramManagementAccountTypeFilters: X[ProgramManagementAccountTypeFilters]

class StartServicePeriodTypeSort(TypedDict, total=False):
    SortOrder: S
    SortBy: S

class RevokeServicePeriodTypeSort(TypedDict, total=False):
    SortOrder: S
    SortBy: S

class ProgramManagementAccountTypeSort(TypedDict, total=False):
    SortOrder: S
    SortBy: S

class ListChannelHandshakesTypeSort(TypedDict, total=False):
    StartServicePeriodTypeSort: X[StartServicePeriodTypeSort]
    RevokeServicePeriodTypeSort: X[RevokeServicePeriodTypeSort]
    ProgramManagementAccountTypeSort: X[ProgramManagementAccountTypeSort]

ListChannelHandshakesParameters = TypedDict(
    "ListChannelHandshakesParameters",
    {
        "HandshakeType": S,
        "HandshakeType.$": str,
        "Catalog": S,
        "Catalog.$": str,
        "ParticipantType": S,
        "ParticipantType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Statuses": L[Si],
        "Statuses.$": str,
        "AssociatedResourceIdentifiers": L[Si],
        "AssociatedResourceIdentifiers.$": str,
        "HandshakeTypeFilters": X[ListChannelHandshakesTypeFilters],
        "HandshakeTypeFilters.$": str,
        "HandshakeTypeSort": X[ListChannelHandshakesTypeSort],
        "HandshakeTypeSort.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListProgramManagementAccountsSortBase(TypedDict, total=False):
    SortOrder: S
    SortBy: S

ListProgramManagementAccountsParameters = TypedDict(
    "ListProgramManagementAccountsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DisplayNames": L[Si],
        "DisplayNames.$": str,
        "Programs": L[Si],
        "Programs.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "Statuses": L[Si],
        "Statuses.$": str,
        "Sort": X[ListProgramManagementAccountsSortBase],
        "Sort.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)

class ListRelationshipsSortBase(TypedDict, total=False):
    SortOrder: S
    SortBy: S

ListRelationshipsParameters = TypedDict(
    "ListRelationshipsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AssociatedAccountIds": L[Si],
        "AssociatedAccountIds.$": str,
        "AssociationTypes": L[Si],
        "AssociationTypes.$": str,
        "DisplayNames": L[Si],
        "DisplayNames.$": str,
        "ProgramManagementAccountIdentifiers": L[Si],
        "ProgramManagementAccountIdentifiers.$": str,
        "Sort": X[ListRelationshipsSortBase],
        "Sort.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RejectChannelHandshakeParameters = TypedDict(
    "RejectChannelHandshakeParameters",
    {"Catalog": S, "Catalog.$": str, "Identifier": S, "Identifier.$": str},
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
UpdateProgramManagementAccountParameters = TypedDict(
    "UpdateProgramManagementAccountParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Revision": S,
        "Revision.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
    },
    total=False,
)
UpdateRelationshipParameters = TypedDict(
    "UpdateRelationshipParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "ProgramManagementAccountIdentifier": S,
        "ProgramManagementAccountIdentifier.$": str,
        "Revision": S,
        "Revision.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "RequestedSupportPlan": X[SupportPlan],
        "RequestedSupportPlan.$": str,
    },
    total=False,
)
accept_channel_handshake: Builder[AcceptChannelHandshakeParameters]
cancel_channel_contract: Builder[CancelChannelContractParameters]
cancel_channel_handshake: Builder[CancelChannelHandshakeParameters]
create_channel_contract: Builder[CreateChannelContractParameters]
create_channel_handshake: Builder[CreateChannelHandshakeParameters]
create_program_management_account: Builder[CreateProgramManagementAccountParameters]
create_relationship: Builder[CreateRelationshipParameters]
delete_program_management_account: Builder[DeleteProgramManagementAccountParameters]
delete_relationship: Builder[DeleteRelationshipParameters]
get_channel_contract: Builder[GetChannelContractParameters]
get_relationship: Builder[GetRelationshipParameters]
list_channel_contracts: Builder[ListChannelContractsParameters]
list_channel_handshakes: Builder[ListChannelHandshakesParameters]
list_program_management_accounts: Builder[ListProgramManagementAccountsParameters]
list_relationships: Builder[ListRelationshipsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
reject_channel_handshake: Builder[RejectChannelHandshakeParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_program_management_account: Builder[UpdateProgramManagementAccountParameters]
update_relationship: Builder[UpdateRelationshipParameters]

__all__ = [
    "accept_channel_handshake",
    "cancel_channel_contract",
    "cancel_channel_handshake",
    "create_channel_contract",
    "create_channel_handshake",
    "create_program_management_account",
    "create_relationship",
    "delete_program_management_account",
    "delete_relationship",
    "get_channel_contract",
    "get_relationship",
    "list_channel_contracts",
    "list_channel_handshakes",
    "list_program_management_accounts",
    "list_relationships",
    "list_tags_for_resource",
    "reject_channel_handshake",
    "tag_resource",
    "untag_resource",
    "update_program_management_account",
    "update_relationship",
]
