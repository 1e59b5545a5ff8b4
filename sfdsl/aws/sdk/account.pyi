"""Typed builders of the AWS SDK integration of account (``aws-sdk:account:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X

AcceptPrimaryEmailUpdateParameters = TypedDict(
    "AcceptPrimaryEmailUpdateParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "PrimaryEmail": S,
        "PrimaryEmail.$": str,
        "Otp": S,
        "Otp.$": str,
    },
    total=False,
)
DeleteAlternateContactParameters = TypedDict(
    "DeleteAlternateContactParameters",
    {"AlternateContactType": S, "AlternateContactType.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
DisableRegionParameters = TypedDict(
    "DisableRegionParameters",
    {"AccountId": S, "AccountId.$": str, "RegionName": S, "RegionName.$": str},
    total=False,
)
EnableRegionParameters = TypedDict(
    "EnableRegionParameters",
    {"AccountId": S, "AccountId.$": str, "RegionName": S, "RegionName.$": str},
    total=False,
)
GetAccountInformationParameters = TypedDict(
    "GetAccountInformationParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetAlternateContactParameters = TypedDict(
    "GetAlternateContactParameters",
    {"AlternateContactType": S, "AlternateContactType.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
GetContactInformationParameters = TypedDict(
    "GetContactInformationParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetGovCloudAccountInformationParameters = TypedDict(
    "GetGovCloudAccountInformationParameters",
    {"StandardAccountId": S, "StandardAccountId.$": str},
    total=False,
)
GetPrimaryEmailParameters = TypedDict(
    "GetPrimaryEmailParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetPrimaryEmailUpdateStatusParameters = TypedDict(
    "GetPrimaryEmailUpdateStatusParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetRegionOptStatusParameters = TypedDict(
    "GetRegionOptStatusParameters",
    {"AccountId": S, "AccountId.$": str, "RegionName": S, "RegionName.$": str},
    total=False,
)
ListRegionsParameters = TypedDict(
    "ListRegionsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RegionOptStatusContains": L[Si],
        "RegionOptStatusContains.$": str,
    },
    total=False,
)
PutAccountNameParameters = TypedDict(
    "PutAccountNameParameters",
    {"AccountName": S, "AccountName.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
PutAlternateContactParameters = TypedDict(
    "PutAlternateContactParameters",
    {
        "Name": S,
        "Name.$": str,
        "Title": S,
        "Title.$": str,
        "EmailAddress": S,
        "EmailAddress.$": str,
        "PhoneNumber": S,
        "PhoneNumber.$": str,
        "AlternateContactType": S,
        "AlternateContactType.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)

class ContactInformation(TypedDict, total=False):
    FullName: S
    AddressLine1: S
    AddressLine2: S
    AddressLine3: S
    City: S
    StateOrRegion: S
    DistrictOrCounty: S
    PostalCode: S
    CountryCode: S
    PhoneNumber: S
    CompanyName: S
    WebsiteUrl: S

PutContactInformationParameters = TypedDict(
    "PutContactInformationParameters",
    {
        "ContactInformation": X[ContactInformation],
        "ContactInformation.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
SendPhoneNumberVerificationParameters = TypedDict(
    "SendPhoneNumberVerificationParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
StartPrimaryEmailUpdateParameters = TypedDict(
    "StartPrimaryEmailUpdateParameters",
    {"AccountId": S, "AccountId.$": str, "PrimaryEmail": S, "PrimaryEmail.$": str},
    total=False,
)
VerifyPhoneNumberParameters = TypedDict(
    "VerifyPhoneNumberParameters",
    {"AccountId": S, "AccountId.$": str, "Otp": S, "Otp.$": str},
    total=False,
)
accept_primary_email_update: Builder[AcceptPrimaryEmailUpdateParameters]
delete_alternate_contact: Builder[DeleteAlternateContactParameters]
disable_region: Builder[DisableRegionParameters]
enable_region: Builder[EnableRegionParameters]
get_account_information: Builder[GetAccountInformationParameters]
get_alternate_contact: Builder[GetAlternateContactParameters]
get_contact_information: Builder[GetContactInformationParameters]
get_gov_cloud_account_information: Builder[GetGovCloudAccountInformationParameters]
get_primary_email: Builder[GetPrimaryEmailParameters]
get_primary_email_update_status: Builder[GetPrimaryEmailUpdateStatusParameters]
get_region_opt_status: Builder[GetRegionOptStatusParameters]
list_regions: Builder[ListRegionsParameters]
put_account_name: Builder[PutAccountNameParameters]
put_alternate_contact: Builder[PutAlternateContactParameters]
put_contact_information: Builder[PutContactInformationParameters]
send_phone_number_verification: Builder[SendPhoneNumberVerificationParameters]
start_primary_email_update: Builder[StartPrimaryEmailUpdateParameters]
verify_phone_number: Builder[VerifyPhoneNumberParameters]

__all__ = [
    "accept_primary_email_update",
    "delete_alternate_contact",
    "disable_region",
    "enable_region",
    "get_account_information",
    "get_alternate_contact",
    "get_contact_information",
    "get_gov_cloud_account_information",
    "get_primary_email",
    "get_primary_email_update_status",
    "get_region_opt_status",
    "list_regions",
    "put_account_name",
    "put_alternate_contact",
    "put_contact_information",
    "send_phone_number_verification",
    "start_primary_email_update",
    "verify_phone_number",
]
