"""Typed builders of the AWS SDK integration of identitystore (``aws-sdk:identitystore:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, X, Xi

CreateGroupParameters = TypedDict(
    "CreateGroupParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class MemberId(TypedDict, total=False):
    UserId: S

CreateGroupMembershipParameters = TypedDict(
    "CreateGroupMembershipParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "MemberId": X[MemberId],
        "MemberId.$": str,
    },
    total=False,
)

class Name(TypedDict, total=False):
    Formatted: S
    FamilyName: S
    GivenName: S
    MiddleName: S
    HonorificPrefix: S
    HonorificSuffix: S

class Email(TypedDict, total=False):
    Value: S
    Type: S
    Primary: B

class Address(TypedDict, total=False):
    StreetAddress: S
    Locality: S
    Region: S
    PostalCode: S
    Country: S
    Formatted: S
    Type: S
    Primary: B

class PhoneNumber(TypedDict, total=False):
    Value: S
    Type: S
    Primary: B

class Photo(TypedDict, total=False):
    Value: S
    Type: S
    Display: S
    Primary: B

class Role(TypedDict, total=False):
    Value: S
    Type: S
    Primary: B

CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "UserName": S,
        "UserName.$": str,
        "Name": X[Name],
        "Name.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "NickName": S,
        "NickName.$": str,
        "ProfileUrl": S,
        "ProfileUrl.$": str,
        "Emails": L[Xi[Email]],
        "Emails.$": str,
        "Addresses": L[Xi[Address]],
        "Addresses.$": str,
        "PhoneNumbers": L[Xi[PhoneNumber]],
        "PhoneNumbers.$": str,
        "UserType": S,
        "UserType.$": str,
        "Title": S,
        "Title.$": str,
        "PreferredLanguage": S,
        "PreferredLanguage.$": str,
        "Locale": S,
        "Locale.$": str,
        "Timezone": S,
        "Timezone.$": str,
        "Photos": L[Xi[Photo]],
        "Photos.$": str,
        "Website": S,
        "Website.$": str,
        "Birthdate": S,
        "Birthdate.$": str,
        "Roles": L[Xi[Role]],
        "Roles.$": str,
        "Extensions": M[Doc],
        "Extensions.$": str,
    },
    total=False,
)
DeleteGroupParameters = TypedDict(
    "DeleteGroupParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "Revision": S,
        "Revision.$": str,
    },
    total=False,
)
DeleteGroupMembershipParameters = TypedDict(
    "DeleteGroupMembershipParameters",
    {"IdentityStoreId": S, "IdentityStoreId.$": str, "MembershipId": S, "MembershipId.$": str},
    total=False,
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "UserId": S,
        "UserId.$": str,
        "Revision": S,
        "Revision.$": str,
    },
    total=False,
)
DescribeGroupParameters = TypedDict(
    "DescribeGroupParameters",
    {"IdentityStoreId": S, "IdentityStoreId.$": str, "GroupId": S, "GroupId.$": str},
    total=False,
)
DescribeGroupMembershipParameters = TypedDict(
    "DescribeGroupMembershipParameters",
    {"IdentityStoreId": S, "IdentityStoreId.$": str, "MembershipId": S, "MembershipId.$": str},
    total=False,
)
DescribeIdentityStoreParameters = TypedDict(
    "DescribeIdentityStoreParameters", {"IdentityStoreId": S, "IdentityStoreId.$": str}, total=False
)
DescribeUserParameters = TypedDict(
    "DescribeUserParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "UserId": S,
        "UserId.$": str,
        "Extensions": L[Si],
        "Extensions.$": str,
    },
    total=False,
)

class ExternalId(TypedDict, total=False):
    Issuer: S
    Id: S

class UniqueAttribute(TypedDict, total=False):
    AttributePath: S
    AttributeValue: Doc

class AlternateIdentifier(TypedDict, total=False):
    ExternalId: X[ExternalId]
    UniqueAttribute: X[UniqueAttribute]

GetGroupIdParameters = TypedDict(
    "GetGroupIdParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "AlternateIdentifier": X[AlternateIdentifier],
        "AlternateIdentifier.$": str,
    },
    total=False,
)
GetGroupMembershipIdParameters = TypedDict(
    "GetGroupMembershipIdParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "MemberId": X[MemberId],
        "MemberId.$": str,
    },
    total=False,
)
GetUserIdParameters = TypedDict(
    "GetUserIdParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "AlternateIdentifier": X[AlternateIdentifier],
        "AlternateIdentifier.$": str,
    },
    total=False,
)
IsMemberInGroupsParameters = TypedDict(
    "IsMemberInGroupsParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "MemberId": X[MemberId],
        "MemberId.$": str,
        "GroupIds": L[Si],
        "GroupIds.$": str,
    },
    total=False,
)
ListGroupMembershipsParameters = TypedDict(
    "ListGroupMembershipsParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGroupMembershipsForMemberParameters = TypedDict(
    "ListGroupMembershipsForMemberParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "MemberId": X[MemberId],
        "MemberId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    AttributePath: S
    AttributeValue: S

ListGroupsParameters = TypedDict(
    "ListGroupsParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListIdentityStoresParameters = TypedDict(
    "ListIdentityStoresParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListUsersParameters = TypedDict(
    "ListUsersParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "Extensions": L[Si],
        "Extensions.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)

class AttributeOperation(TypedDict, total=False):
    AttributePath: S
    AttributeValue: Doc

UpdateGroupParameters = TypedDict(
    "UpdateGroupParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "Operations": L[Xi[AttributeOperation]],
        "Operations.$": str,
        "Revision": S,
        "Revision.$": str,
    },
    total=False,
)

class NetworkConfiguration(TypedDict, total=False):
    VpceAccessRequired: B
    ApiRestrictSourceVpcs: L[Si]
    ApiAllowSourceIps: L[Si]
    ScimAllowSourceIps: L[Si]

UpdateIdentityStoreParameters = TypedDict(
    "UpdateIdentityStoreParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
    },
    total=False,
)
UpdateUserParameters = TypedDict(
    "UpdateUserParameters",
    {
        "IdentityStoreId": S,
        "IdentityStoreId.$": str,
        "UserId": S,
        "UserId.$": str,
        "Operations": L[Xi[AttributeOperation]],
        "Operations.$": str,
        "Revision": S,
        "Revision.$": str,
    },
    total=False,
)
create_group: Builder[CreateGroupParameters]
create_group_membership: Builder[CreateGroupMembershipParameters]
create_user: Builder[CreateUserParameters]
delete_group: Builder[DeleteGroupParameters]
delete_group_membership: Builder[DeleteGroupMembershipParameters]
delete_user: Builder[DeleteUserParameters]
describe_group: Builder[DescribeGroupParameters]
describe_group_membership: Builder[DescribeGroupMembershipParameters]
describe_identity_store: Builder[DescribeIdentityStoreParameters]
describe_user: Builder[DescribeUserParameters]
get_group_id: Builder[GetGroupIdParameters]
get_group_membership_id: Builder[GetGroupMembershipIdParameters]
get_user_id: Builder[GetUserIdParameters]
is_member_in_groups: Builder[IsMemberInGroupsParameters]
list_group_memberships: Builder[ListGroupMembershipsParameters]
list_group_memberships_for_member: Builder[ListGroupMembershipsForMemberParameters]
list_groups: Builder[ListGroupsParameters]
list_identity_stores: Builder[ListIdentityStoresParameters]
list_users: Builder[ListUsersParameters]
update_group: Builder[UpdateGroupParameters]
update_identity_store: Builder[UpdateIdentityStoreParameters]
update_user: Builder[UpdateUserParameters]

__all__ = [
    "create_group",
    "create_group_membership",
    "create_user",
    "delete_group",
    "delete_group_membership",
    "delete_user",
    "describe_group",
    "describe_group_membership",
    "describe_identity_store",
    "describe_user",
    "get_group_id",
    "get_group_membership_id",
    "get_user_id",
    "is_member_in_groups",
    "list_group_memberships",
    "list_group_memberships_for_member",
    "list_groups",
    "list_identity_stores",
    "list_users",
    "update_group",
    "update_identity_store",
    "update_user",
]
