"""Typed builders of the AWS SDK integration of accountaccess (``aws-sdk:accountaccess:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X

class IdentityCenter(TypedDict, total=False):
    InstanceArn: S

class IdentitySource(TypedDict, total=False):
    IdentityCenter: X[IdentityCenter]

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {"IdentitySource": X[IdentitySource], "IdentitySource.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)

class IdentityCenterPrincipal(TypedDict, total=False):
    UserId: S
    GroupId: S

class Principal(TypedDict, total=False):
    IdentityCenter: X[IdentityCenterPrincipal]

class PrincipalRoleEntitlement(TypedDict, total=False):
    Principal: X[Principal]
    RoleArn: S

class Entitlement(TypedDict, total=False):
    PrincipalRole: X[PrincipalRoleEntitlement]

CreateEntitlementParameters = TypedDict(
    "CreateEntitlementParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "Entitlement": X[Entitlement],
        "Entitlement.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"ApplicationArn": S, "ApplicationArn.$": str}, total=False
)
DeleteEntitlementParameters = TypedDict(
    "DeleteEntitlementParameters",
    {"ApplicationArn": S, "ApplicationArn.$": str, "EntitlementId": S, "EntitlementId.$": str},
    total=False,
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters", {"ApplicationArn": S, "ApplicationArn.$": str}, total=False
)
GetEntitlementParameters = TypedDict(
    "GetEntitlementParameters",
    {"ApplicationArn": S, "ApplicationArn.$": str, "EntitlementId": S, "EntitlementId.$": str},
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class IdentityCenterPrincipalFilter(TypedDict, total=False):
    UserId: S
    GroupId: S

class PrincipalFilter(TypedDict, total=False):
    IdentityCenter: X[IdentityCenterPrincipalFilter]

class PrincipalRoleEntitlementFilter(TypedDict, total=False):
    Principal: X[PrincipalFilter]
    RoleArn: S
    Account: S

class EntitlementFilter(TypedDict, total=False):
    PrincipalRole: X[PrincipalRoleEntitlementFilter]

ListEntitlementsParameters = TypedDict(
    "ListEntitlementsParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "Filter": X[EntitlementFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
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
create_application: Builder[CreateApplicationParameters]
create_entitlement: Builder[CreateEntitlementParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_entitlement: Builder[DeleteEntitlementParameters]
get_application: Builder[GetApplicationParameters]
get_entitlement: Builder[GetEntitlementParameters]
list_applications: Builder[ListApplicationsParameters]
list_entitlements: Builder[ListEntitlementsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "create_application",
    "create_entitlement",
    "delete_application",
    "delete_entitlement",
    "get_application",
    "get_entitlement",
    "list_applications",
    "list_entitlements",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
]
