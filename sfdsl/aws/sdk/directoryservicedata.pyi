"""Typed builders of the AWS SDK integration of directoryservicedata (``aws-sdk:directoryservicedata:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X

AddGroupMemberParameters = TypedDict(
    "AddGroupMemberParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "MemberName": S,
        "MemberName.$": str,
        "MemberRealm": S,
        "MemberRealm.$": str,
    },
    total=False,
)

class AttributeValue(TypedDict, total=False):
    Bool: B
    N: I
    S: S
    Ss: L[Si]

CreateGroupParameters = TypedDict(
    "CreateGroupParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "GroupScope": S,
        "GroupScope.$": str,
        "GroupType": S,
        "GroupType.$": str,
        "OtherAttributes": M[X[AttributeValue]],
        "OtherAttributes.$": str,
        "SamAccountName": S,
        "SamAccountName.$": str,
    },
    total=False,
)
CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "EmailAddress": S,
        "EmailAddress.$": str,
        "GivenName": S,
        "GivenName.$": str,
        "OtherAttributes": M[X[AttributeValue]],
        "OtherAttributes.$": str,
        "SamAccountName": S,
        "SamAccountName.$": str,
        "Surname": S,
        "Surname.$": str,
    },
    total=False,
)
DeleteGroupParameters = TypedDict(
    "DeleteGroupParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "SamAccountName": S,
        "SamAccountName.$": str,
    },
    total=False,
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "SamAccountName": S,
        "SamAccountName.$": str,
    },
    total=False,
)
DescribeGroupParameters = TypedDict(
    "DescribeGroupParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "OtherAttributes": L[Si],
        "OtherAttributes.$": str,
        "Realm": S,
        "Realm.$": str,
        "SamAccountName": S,
        "SamAccountName.$": str,
    },
    total=False,
)
DescribeUserParameters = TypedDict(
    "DescribeUserParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "OtherAttributes": L[Si],
        "OtherAttributes.$": str,
        "Realm": S,
        "Realm.$": str,
        "SamAccountName": S,
        "SamAccountName.$": str,
    },
    total=False,
)
DisableUserParameters = TypedDict(
    "DisableUserParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "SamAccountName": S,
        "SamAccountName.$": str,
    },
    total=False,
)
ListGroupMembersParameters = TypedDict(
    "ListGroupMembersParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MemberRealm": S,
        "MemberRealm.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Realm": S,
        "Realm.$": str,
        "SamAccountName": S,
        "SamAccountName.$": str,
    },
    total=False,
)
ListGroupsParameters = TypedDict(
    "ListGroupsParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Realm": S,
        "Realm.$": str,
    },
    total=False,
)
ListGroupsForMemberParameters = TypedDict(
    "ListGroupsForMemberParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MemberRealm": S,
        "MemberRealm.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Realm": S,
        "Realm.$": str,
        "SamAccountName": S,
        "SamAccountName.$": str,
    },
    total=False,
)
ListUsersParameters = TypedDict(
    "ListUsersParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Realm": S,
        "Realm.$": str,
    },
    total=False,
)
RemoveGroupMemberParameters = TypedDict(
    "RemoveGroupMemberParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "MemberName": S,
        "MemberName.$": str,
        "MemberRealm": S,
        "MemberRealm.$": str,
    },
    total=False,
)
SearchGroupsParameters = TypedDict(
    "SearchGroupsParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Realm": S,
        "Realm.$": str,
        "SearchAttributes": L[Si],
        "SearchAttributes.$": str,
        "SearchString": S,
        "SearchString.$": str,
    },
    total=False,
)
SearchUsersParameters = TypedDict(
    "SearchUsersParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Realm": S,
        "Realm.$": str,
        "SearchAttributes": L[Si],
        "SearchAttributes.$": str,
        "SearchString": S,
        "SearchString.$": str,
    },
    total=False,
)
UpdateGroupParameters = TypedDict(
    "UpdateGroupParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "GroupScope": S,
        "GroupScope.$": str,
        "GroupType": S,
        "GroupType.$": str,
        "OtherAttributes": M[X[AttributeValue]],
        "OtherAttributes.$": str,
        "SamAccountName": S,
        "SamAccountName.$": str,
        "UpdateType": S,
        "UpdateType.$": str,
    },
    total=False,
)
UpdateUserParameters = TypedDict(
    "UpdateUserParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "EmailAddress": S,
        "EmailAddress.$": str,
        "GivenName": S,
        "GivenName.$": str,
        "OtherAttributes": M[X[AttributeValue]],
        "OtherAttributes.$": str,
        "SamAccountName": S,
        "SamAccountName.$": str,
        "Surname": S,
        "Surname.$": str,
        "UpdateType": S,
        "UpdateType.$": str,
    },
    total=False,
)
add_group_member: Builder[AddGroupMemberParameters]
create_group: Builder[CreateGroupParameters]
create_user: Builder[CreateUserParameters]
delete_group: Builder[DeleteGroupParameters]
delete_user: Builder[DeleteUserParameters]
describe_group: Builder[DescribeGroupParameters]
describe_user: Builder[DescribeUserParameters]
disable_user: Builder[DisableUserParameters]
list_group_members: Builder[ListGroupMembersParameters]
list_groups: Builder[ListGroupsParameters]
list_groups_for_member: Builder[ListGroupsForMemberParameters]
list_users: Builder[ListUsersParameters]
remove_group_member: Builder[RemoveGroupMemberParameters]
search_groups: Builder[SearchGroupsParameters]
search_users: Builder[SearchUsersParameters]
update_group: Builder[UpdateGroupParameters]
update_user: Builder[UpdateUserParameters]

__all__ = [
    "add_group_member",
    "create_group",
    "create_user",
    "delete_group",
    "delete_user",
    "describe_group",
    "describe_user",
    "disable_user",
    "list_group_members",
    "list_groups",
    "list_groups_for_member",
    "list_users",
    "remove_group_member",
    "search_groups",
    "search_users",
    "update_group",
    "update_user",
]
