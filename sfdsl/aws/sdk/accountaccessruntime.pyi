"""Typed builders of the AWS SDK integration of accountaccessruntime (``aws-sdk:accountaccessruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S

GetRoleCredentialsParameters = TypedDict(
    "GetRoleCredentialsParameters",
    {
        "TenantId": S,
        "TenantId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "AccessType": S,
        "AccessType.$": str,
        "SessionName": S,
        "SessionName.$": str,
        "SessionDuration": I,
        "SessionDuration.$": str,
    },
    total=False,
)
ListRolesParameters = TypedDict(
    "ListRolesParameters",
    {
        "TenantId": S,
        "TenantId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
get_role_credentials: Builder[GetRoleCredentialsParameters]
list_roles: Builder[ListRolesParameters]

__all__ = ["get_role_credentials", "list_roles"]
