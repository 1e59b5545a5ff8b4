"""Typed builders of the AWS SDK integration of sso (``aws-sdk:sso:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S

GetRoleCredentialsParameters = TypedDict(
    "GetRoleCredentialsParameters",
    {
        "RoleName": S,
        "RoleName.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "AccessToken": S,
        "AccessToken.$": str,
    },
    total=False,
)
ListAccountRolesParameters = TypedDict(
    "ListAccountRolesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AccessToken": S,
        "AccessToken.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
ListAccountsParameters = TypedDict(
    "ListAccountsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AccessToken": S,
        "AccessToken.$": str,
    },
    total=False,
)
LogoutParameters = TypedDict(
    "LogoutParameters", {"AccessToken": S, "AccessToken.$": str}, total=False
)
get_role_credentials: Builder[GetRoleCredentialsParameters]
list_account_roles: Builder[ListAccountRolesParameters]
list_accounts: Builder[ListAccountsParameters]
logout: Builder[LogoutParameters]

__all__ = ["get_role_credentials", "list_account_roles", "list_accounts", "logout"]
