"""Typed builders of the AWS SDK integration of route53domains (``aws-sdk:route53domains:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, T, X, Xi

AcceptDomainTransferFromAnotherAwsAccountParameters = TypedDict(
    "AcceptDomainTransferFromAnotherAwsAccountParameters",
    {"DomainName": S, "DomainName.$": str, "Password": S, "Password.$": str},
    total=False,
)

class DnssecSigningAttributes(TypedDict, total=False):
    Algorithm: I
    Flags: I
    PublicKey: S

AssociateDelegationSignerToDomainParameters = TypedDict(
    "AssociateDelegationSignerToDomainParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SigningAttributes": X[DnssecSigningAttributes],
        "SigningAttributes.$": str,
    },
    total=False,
)
CancelDomainTransferToAnotherAwsAccountParameters = TypedDict(
    "CancelDomainTransferToAnotherAwsAccountParameters",
    {"DomainName": S, "DomainName.$": str},
    total=False,
)
CheckDomainAvailabilityParameters = TypedDict(
    "CheckDomainAvailabilityParameters",
    {"DomainName": S, "DomainName.$": str, "IdnLangCode": S, "IdnLangCode.$": str},
    total=False,
)
CheckDomainTransferabilityParameters = TypedDict(
    "CheckDomainTransferabilityParameters",
    {"DomainName": S, "DomainName.$": str, "AuthCode": S, "AuthCode.$": str},
    total=False,
)
DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DeleteTagsForDomainParameters = TypedDict(
    "DeleteTagsForDomainParameters",
    {"DomainName": S, "DomainName.$": str, "TagsToDelete": L[Si], "TagsToDelete.$": str},
    total=False,
)
DisableDomainAutoRenewParameters = TypedDict(
    "DisableDomainAutoRenewParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DisableDomainTransferLockParameters = TypedDict(
    "DisableDomainTransferLockParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DisassociateDelegationSignerFromDomainParameters = TypedDict(
    "DisassociateDelegationSignerFromDomainParameters",
    {"DomainName": S, "DomainName.$": str, "Id": S, "Id.$": str},
    total=False,
)
EnableDomainAutoRenewParameters = TypedDict(
    "EnableDomainAutoRenewParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
EnableDomainTransferLockParameters = TypedDict(
    "EnableDomainTransferLockParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetContactReachabilityStatusParameters = TypedDict(
    "GetContactReachabilityStatusParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetDomainDetailParameters = TypedDict(
    "GetDomainDetailParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetDomainPricesParameters = TypedDict(
    "GetDomainPricesParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetDomainSuggestionsParameters = TypedDict(
    "GetDomainSuggestionsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "SuggestionCount": I,
        "SuggestionCount.$": str,
        "OnlyAvailable": B,
        "OnlyAvailable.$": str,
        "OnlyStandardPrices": B,
        "OnlyStandardPrices.$": str,
    },
    total=False,
)
GetOperationDetailParameters = TypedDict(
    "GetOperationDetailParameters", {"OperationId": S, "OperationId.$": str}, total=False
)

class FilterCondition(TypedDict, total=False):
    Name: S
    Operator: S
    Values: L[Si]

class SortCondition(TypedDict, total=False):
    Name: S
    SortOrder: S

ListDomainsParameters = TypedDict(
    "ListDomainsParameters",
    {
        "FilterConditions": L[Xi[FilterCondition]],
        "FilterConditions.$": str,
        "SortCondition": X[SortCondition],
        "SortCondition.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListOperationsParameters = TypedDict(
    "ListOperationsParameters",
    {
        "SubmittedSince": T,
        "SubmittedSince.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "Status": L[Si],
        "Status.$": str,
        "Type": L[Si],
        "Type.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListPricesParameters = TypedDict(
    "ListPricesParameters",
    {"Tld": S, "Tld.$": str, "Marker": S, "Marker.$": str, "MaxItems": I, "MaxItems.$": str},
    total=False,
)
ListTagsForDomainParameters = TypedDict(
    "ListTagsForDomainParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
PushDomainParameters = TypedDict(
    "PushDomainParameters",
    {"DomainName": S, "DomainName.$": str, "Target": S, "Target.$": str},
    total=False,
)

class ExtraParam(TypedDict, total=False):
    Name: S
    Value: S

class ContactDetail(TypedDict, total=False):
    FirstName: S
    LastName: S
    ContactType: S
    OrganizationName: S
    AddressLine1: S
    AddressLine2: S
    City: S
    State: S
    CountryCode: S
    ZipCode: S
    PhoneNumber: S
    Email: S
    Fax: S
    ExtraParams: L[Xi[ExtraParam]]

class Consent(TypedDict, total=False):
    MaxPrice: F
    Currency: S

RegisterDomainParameters = TypedDict(
    "RegisterDomainParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "IdnLangCode": S,
        "IdnLangCode.$": str,
        "DurationInYears": I,
        "DurationInYears.$": str,
        "AutoRenew": B,
        "AutoRenew.$": str,
        "AdminContact": X[ContactDetail],
        "AdminContact.$": str,
        "RegistrantContact": X[ContactDetail],
        "RegistrantContact.$": str,
        "TechContact": X[ContactDetail],
        "TechContact.$": str,
        "PrivacyProtectAdminContact": B,
        "PrivacyProtectAdminContact.$": str,
        "PrivacyProtectRegistrantContact": B,
        "PrivacyProtectRegistrantContact.$": str,
        "PrivacyProtectTechContact": B,
        "PrivacyProtectTechContact.$": str,
        "BillingContact": X[ContactDetail],
        "BillingContact.$": str,
        "PrivacyProtectBillingContact": B,
        "PrivacyProtectBillingContact.$": str,
        "Consent": X[Consent],
        "Consent.$": str,
    },
    total=False,
)
RejectDomainTransferFromAnotherAwsAccountParameters = TypedDict(
    "RejectDomainTransferFromAnotherAwsAccountParameters",
    {"DomainName": S, "DomainName.$": str},
    total=False,
)
RenewDomainParameters = TypedDict(
    "RenewDomainParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DurationInYears": I,
        "DurationInYears.$": str,
        "CurrentExpiryYear": I,
        "CurrentExpiryYear.$": str,
        "Consent": X[Consent],
        "Consent.$": str,
    },
    total=False,
)
ResendContactReachabilityEmailParameters = TypedDict(
    "ResendContactReachabilityEmailParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
ResendOperationAuthorizationParameters = TypedDict(
    "ResendOperationAuthorizationParameters", {"OperationId": S, "OperationId.$": str}, total=False
)
RestoreDomainParameters = TypedDict(
    "RestoreDomainParameters",
    {"DomainName": S, "DomainName.$": str, "Consent": X[Consent], "Consent.$": str},
    total=False,
)
RetrieveDomainAuthCodeParameters = TypedDict(
    "RetrieveDomainAuthCodeParameters", {"DomainName": S, "DomainName.$": str}, total=False
)

class Nameserver(TypedDict, total=False):
    Name: S
    GlueIps: L[Si]

TransferDomainParameters = TypedDict(
    "TransferDomainParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "IdnLangCode": S,
        "IdnLangCode.$": str,
        "DurationInYears": I,
        "DurationInYears.$": str,
        "Nameservers": L[Xi[Nameserver]],
        "Nameservers.$": str,
        "AuthCode": S,
        "AuthCode.$": str,
        "AutoRenew": B,
        "AutoRenew.$": str,
        "AdminContact": X[ContactDetail],
        "AdminContact.$": str,
        "RegistrantContact": X[ContactDetail],
        "RegistrantContact.$": str,
        "TechContact": X[ContactDetail],
        "TechContact.$": str,
        "PrivacyProtectAdminContact": B,
        "PrivacyProtectAdminContact.$": str,
        "PrivacyProtectRegistrantContact": B,
        "PrivacyProtectRegistrantContact.$": str,
        "PrivacyProtectTechContact": B,
        "PrivacyProtectTechContact.$": str,
        "BillingContact": X[ContactDetail],
        "BillingContact.$": str,
        "PrivacyProtectBillingContact": B,
        "PrivacyProtectBillingContact.$": str,
        "Consent": X[Consent],
        "Consent.$": str,
    },
    total=False,
)
TransferDomainToAnotherAwsAccountParameters = TypedDict(
    "TransferDomainToAnotherAwsAccountParameters",
    {"DomainName": S, "DomainName.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
UpdateDomainContactParameters = TypedDict(
    "UpdateDomainContactParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "AdminContact": X[ContactDetail],
        "AdminContact.$": str,
        "RegistrantContact": X[ContactDetail],
        "RegistrantContact.$": str,
        "TechContact": X[ContactDetail],
        "TechContact.$": str,
        "Consent": X[Consent],
        "Consent.$": str,
        "BillingContact": X[ContactDetail],
        "BillingContact.$": str,
    },
    total=False,
)
UpdateDomainContactPrivacyParameters = TypedDict(
    "UpdateDomainContactPrivacyParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "AdminPrivacy": B,
        "AdminPrivacy.$": str,
        "RegistrantPrivacy": B,
        "RegistrantPrivacy.$": str,
        "TechPrivacy": B,
        "TechPrivacy.$": str,
        "BillingPrivacy": B,
        "BillingPrivacy.$": str,
    },
    total=False,
)
UpdateDomainNameserversParameters = TypedDict(
    "UpdateDomainNameserversParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "FiAuthKey": S,
        "FiAuthKey.$": str,
        "Nameservers": L[Xi[Nameserver]],
        "Nameservers.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

UpdateTagsForDomainParameters = TypedDict(
    "UpdateTagsForDomainParameters",
    {"DomainName": S, "DomainName.$": str, "TagsToUpdate": L[Xi[Tag]], "TagsToUpdate.$": str},
    total=False,
)
ViewBillingParameters = TypedDict(
    "ViewBillingParameters",
    {
        "Start": T,
        "Start.$": str,
        "End": T,
        "End.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
accept_domain_transfer_from_another_aws_account: Builder[
    AcceptDomainTransferFromAnotherAwsAccountParameters
]
associate_delegation_signer_to_domain: Builder[AssociateDelegationSignerToDomainParameters]
cancel_domain_transfer_to_another_aws_account: Builder[
    CancelDomainTransferToAnotherAwsAccountParameters
]
check_domain_availability: Builder[CheckDomainAvailabilityParameters]
check_domain_transferability: Builder[CheckDomainTransferabilityParameters]
delete_domain: Builder[DeleteDomainParameters]
delete_tags_for_domain: Builder[DeleteTagsForDomainParameters]
disable_domain_auto_renew: Builder[DisableDomainAutoRenewParameters]
disable_domain_transfer_lock: Builder[DisableDomainTransferLockParameters]
disassociate_delegation_signer_from_domain: Builder[
    DisassociateDelegationSignerFromDomainParameters
]
enable_domain_auto_renew: Builder[EnableDomainAutoRenewParameters]
enable_domain_transfer_lock: Builder[EnableDomainTransferLockParameters]
get_contact_reachability_status: Builder[GetContactReachabilityStatusParameters]
get_domain_detail: Builder[GetDomainDetailParameters]
get_domain_prices: Builder[GetDomainPricesParameters]
get_domain_suggestions: Builder[GetDomainSuggestionsParameters]
get_operation_detail: Builder[GetOperationDetailParameters]
list_domains: Builder[ListDomainsParameters]
list_operations: Builder[ListOperationsParameters]
list_prices: Builder[ListPricesParameters]
list_tags_for_domain: Builder[ListTagsForDomainParameters]
push_domain: Builder[PushDomainParameters]
register_domain: Builder[RegisterDomainParameters]
reject_domain_transfer_from_another_aws_account: Builder[
    RejectDomainTransferFromAnotherAwsAccountParameters
]
renew_domain: Builder[RenewDomainParameters]
resend_contact_reachability_email: Builder[ResendContactReachabilityEmailParameters]
resend_operation_authorization: Builder[ResendOperationAuthorizationParameters]
restore_domain: Builder[RestoreDomainParameters]
retrieve_domain_auth_code: Builder[RetrieveDomainAuthCodeParameters]
transfer_domain: Builder[TransferDomainParameters]
transfer_domain_to_another_aws_account: Builder[TransferDomainToAnotherAwsAccountParameters]
update_domain_contact: Builder[UpdateDomainContactParameters]
update_domain_contact_privacy: Builder[UpdateDomainContactPrivacyParameters]
update_domain_nameservers: Builder[UpdateDomainNameserversParameters]
update_tags_for_domain: Builder[UpdateTagsForDomainParameters]
view_billing: Builder[ViewBillingParameters]

__all__ = [
    "accept_domain_transfer_from_another_aws_account",
    "associate_delegation_signer_to_domain",
    "cancel_domain_transfer_to_another_aws_account",
    "check_domain_availability",
    "check_domain_transferability",
    "delete_domain",
    "delete_tags_for_domain",
    "disable_domain_auto_renew",
    "disable_domain_transfer_lock",
    "disassociate_delegation_signer_from_domain",
    "enable_domain_auto_renew",
    "enable_domain_transfer_lock",
    "get_contact_reachability_status",
    "get_domain_detail",
    "get_domain_prices",
    "get_domain_suggestions",
    "get_operation_detail",
    "list_domains",
    "list_operations",
    "list_prices",
    "list_tags_for_domain",
    "push_domain",
    "register_domain",
    "reject_domain_transfer_from_another_aws_account",
    "renew_domain",
    "resend_contact_reachability_email",
    "resend_operation_authorization",
    "restore_domain",
    "retrieve_domain_auth_code",
    "transfer_domain",
    "transfer_domain_to_another_aws_account",
    "update_domain_contact",
    "update_domain_contact_privacy",
    "update_domain_nameservers",
    "update_tags_for_domain",
    "view_billing",
]
