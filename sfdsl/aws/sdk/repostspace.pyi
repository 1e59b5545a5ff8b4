"""Typed builders of the AWS SDK integration of repostspace (``aws-sdk:repostspace:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X

BatchAddChannelRoleToAccessorsParameters = TypedDict(
    "BatchAddChannelRoleToAccessorsParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "ChannelId": S,
        "ChannelId.$": str,
        "AccessorIds": L[Si],
        "AccessorIds.$": str,
        "ChannelRole": S,
        "ChannelRole.$": str,
    },
    total=False,
)
BatchAddRoleParameters = TypedDict(
    "BatchAddRoleParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "AccessorIds": L[Si],
        "AccessorIds.$": str,
        "Role": S,
        "Role.$": str,
    },
    total=False,
)
BatchRemoveChannelRoleFromAccessorsParameters = TypedDict(
    "BatchRemoveChannelRoleFromAccessorsParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "ChannelId": S,
        "ChannelId.$": str,
        "AccessorIds": L[Si],
        "AccessorIds.$": str,
        "ChannelRole": S,
        "ChannelRole.$": str,
    },
    total=False,
)
BatchRemoveRoleParameters = TypedDict(
    "BatchRemoveRoleParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "AccessorIds": L[Si],
        "AccessorIds.$": str,
        "Role": S,
        "Role.$": str,
    },
    total=False,
)
CreateChannelParameters = TypedDict(
    "CreateChannelParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "ChannelDescription": S,
        "ChannelDescription.$": str,
    },
    total=False,
)

class SupportedEmailDomainsParameters(TypedDict, total=False):
    Enabled: S
    AllowedDomains: L[Si]

CreateSpaceParameters = TypedDict(
    "CreateSpaceParameters",
    {
        "Name": S,
        "Name.$": str,
        "Subdomain": S,
        "Subdomain.$": str,
        "Tier": S,
        "Tier.$": str,
        "Description": S,
        "Description.$": str,
        "UserKMSKey": S,
        "UserKMSKey.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "SupportedEmailDomains": X[SupportedEmailDomainsParameters],
        "SupportedEmailDomains.$": str,
    },
    total=False,
)
DeleteSpaceParameters = TypedDict(
    "DeleteSpaceParameters", {"SpaceId": S, "SpaceId.$": str}, total=False
)
DeregisterAdminParameters = TypedDict(
    "DeregisterAdminParameters",
    {"SpaceId": S, "SpaceId.$": str, "AdminId": S, "AdminId.$": str},
    total=False,
)
GetChannelParameters = TypedDict(
    "GetChannelParameters",
    {"SpaceId": S, "SpaceId.$": str, "ChannelId": S, "ChannelId.$": str},
    total=False,
)
GetSpaceParameters = TypedDict("GetSpaceParameters", {"SpaceId": S, "SpaceId.$": str}, total=False)
ListChannelsParameters = TypedDict(
    "ListChannelsParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSpacesParameters = TypedDict(
    "ListSpacesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RegisterAdminParameters = TypedDict(
    "RegisterAdminParameters",
    {"SpaceId": S, "SpaceId.$": str, "AdminId": S, "AdminId.$": str},
    total=False,
)
SendInvitesParameters = TypedDict(
    "SendInvitesParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "AccessorIds": L[Si],
        "AccessorIds.$": str,
        "Title": S,
        "Title.$": str,
        "Body": S,
        "Body.$": str,
    },
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
UpdateChannelParameters = TypedDict(
    "UpdateChannelParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "ChannelId": S,
        "ChannelId.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "ChannelDescription": S,
        "ChannelDescription.$": str,
    },
    total=False,
)
UpdateSpaceParameters = TypedDict(
    "UpdateSpaceParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "Description": S,
        "Description.$": str,
        "Tier": S,
        "Tier.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "SupportedEmailDomains": X[SupportedEmailDomainsParameters],
        "SupportedEmailDomains.$": str,
    },
    total=False,
)
batch_add_channel_role_to_accessors: Builder[BatchAddChannelRoleToAccessorsParameters]
batch_add_role: Builder[BatchAddRoleParameters]
batch_remove_channel_role_from_accessors: Builder[BatchRemoveChannelRoleFromAccessorsParameters]
batch_remove_role: Builder[BatchRemoveRoleParameters]
create_channel: Builder[CreateChannelParameters]
create_space: Builder[CreateSpaceParameters]
delete_space: Builder[DeleteSpaceParameters]
deregister_admin: Builder[DeregisterAdminParameters]
get_channel: Builder[GetChannelParameters]
get_space: Builder[GetSpaceParameters]
list_channels: Builder[ListChannelsParameters]
list_spaces: Builder[ListSpacesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
register_admin: Builder[RegisterAdminParameters]
send_invites: Builder[SendInvitesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_channel: Builder[UpdateChannelParameters]
update_space: Builder[UpdateSpaceParameters]

__all__ = [
    "batch_add_channel_role_to_accessors",
    "batch_add_role",
    "batch_remove_channel_role_from_accessors",
    "batch_remove_role",
    "create_channel",
    "create_space",
    "delete_space",
    "deregister_admin",
    "get_channel",
    "get_space",
    "list_channels",
    "list_spaces",
    "list_tags_for_resource",
    "register_admin",
    "send_invites",
    "tag_resource",
    "untag_resource",
    "update_channel",
    "update_space",
]
