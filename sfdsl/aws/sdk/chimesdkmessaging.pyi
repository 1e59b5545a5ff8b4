"""Typed builders of the AWS SDK integration of chimesdkmessaging (``aws-sdk:chimesdkmessaging:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AssociateChannelFlowParameters = TypedDict(
    "AssociateChannelFlowParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "ChannelFlowArn": S,
        "ChannelFlowArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
BatchCreateChannelMembershipParameters = TypedDict(
    "BatchCreateChannelMembershipParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "Type": S,
        "Type.$": str,
        "MemberArns": L[Si],
        "MemberArns.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "SubChannelId": S,
        "SubChannelId.$": str,
    },
    total=False,
)

class PushNotificationConfiguration(TypedDict, total=False):
    Title: S
    Body: S
    Type: S

class MessageAttributeValue(TypedDict, total=False):
    StringValues: L[Si]

class ChannelMessageCallback(TypedDict, total=False):
    MessageId: S
    Content: S
    Metadata: S
    PushNotification: X[PushNotificationConfiguration]
    MessageAttributes: M[X[MessageAttributeValue]]
    SubChannelId: S
    ContentType: S

ChannelFlowCallbackParameters = TypedDict(
    "ChannelFlowCallbackParameters",
    {
        "CallbackId": S,
        "CallbackId.$": str,
        "ChannelArn": S,
        "ChannelArn.$": str,
        "DeleteResource": B,
        "DeleteResource.$": str,
        "ChannelMessage": X[ChannelMessageCallback],
        "ChannelMessage.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class ElasticChannelConfiguration(TypedDict, total=False):
    MaximumSubChannels: I
    TargetMembershipsPerSubChannel: I
    MinimumMembershipPercentage: I

class ExpirationSettings(TypedDict, total=False):
    ExpirationDays: I
    ExpirationCriterion: S

CreateChannelParameters = TypedDict(
    "CreateChannelParameters",
    {
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
        "Name": S,
        "Name.$": str,
        "Mode": S,
        "Mode.$": str,
        "Privacy": S,
        "Privacy.$": str,
        "Metadata": S,
        "Metadata.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "ChannelId": S,
        "ChannelId.$": str,
        "MemberArns": L[Si],
        "MemberArns.$": str,
        "ModeratorArns": L[Si],
        "ModeratorArns.$": str,
        "ElasticChannelConfiguration": X[ElasticChannelConfiguration],
        "ElasticChannelConfiguration.$": str,
        "ExpirationSettings": X[ExpirationSettings],
        "ExpirationSettings.$": str,
    },
    total=False,
)
CreateChannelBanParameters = TypedDict(
    "CreateChannelBanParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MemberArn": S,
        "MemberArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)

class LambdaConfiguration(TypedDict, total=False):
    ResourceArn: S
    InvocationType: S

class ProcessorConfiguration(TypedDict, total=False):
    Lambda: X[LambdaConfiguration]

class Processor(TypedDict, total=False):
    Name: S
    Configuration: X[ProcessorConfiguration]
    ExecutionOrder: I
    FallbackAction: S

CreateChannelFlowParameters = TypedDict(
    "CreateChannelFlowParameters",
    {
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
        "Processors": L[Xi[Processor]],
        "Processors.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreateChannelMembershipParameters = TypedDict(
    "CreateChannelMembershipParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MemberArn": S,
        "MemberArn.$": str,
        "Type": S,
        "Type.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "SubChannelId": S,
        "SubChannelId.$": str,
    },
    total=False,
)
CreateChannelModeratorParameters = TypedDict(
    "CreateChannelModeratorParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "ChannelModeratorArn": S,
        "ChannelModeratorArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
DeleteChannelParameters = TypedDict(
    "DeleteChannelParameters",
    {"ChannelArn": S, "ChannelArn.$": str, "ChimeBearer": S, "ChimeBearer.$": str},
    total=False,
)
DeleteChannelBanParameters = TypedDict(
    "DeleteChannelBanParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MemberArn": S,
        "MemberArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
DeleteChannelFlowParameters = TypedDict(
    "DeleteChannelFlowParameters", {"ChannelFlowArn": S, "ChannelFlowArn.$": str}, total=False
)
DeleteChannelMembershipParameters = TypedDict(
    "DeleteChannelMembershipParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MemberArn": S,
        "MemberArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "SubChannelId": S,
        "SubChannelId.$": str,
    },
    total=False,
)
DeleteChannelMessageParameters = TypedDict(
    "DeleteChannelMessageParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MessageId": S,
        "MessageId.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "SubChannelId": S,
        "SubChannelId.$": str,
    },
    total=False,
)
DeleteChannelModeratorParameters = TypedDict(
    "DeleteChannelModeratorParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "ChannelModeratorArn": S,
        "ChannelModeratorArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
DeleteMessagingStreamingConfigurationsParameters = TypedDict(
    "DeleteMessagingStreamingConfigurationsParameters",
    {"AppInstanceArn": S, "AppInstanceArn.$": str},
    total=False,
)
DescribeChannelParameters = TypedDict(
    "DescribeChannelParameters",
    {"ChannelArn": S, "ChannelArn.$": str, "ChimeBearer": S, "ChimeBearer.$": str},
    total=False,
)
DescribeChannelBanParameters = TypedDict(
    "DescribeChannelBanParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MemberArn": S,
        "MemberArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
DescribeChannelFlowParameters = TypedDict(
    "DescribeChannelFlowParameters", {"ChannelFlowArn": S, "ChannelFlowArn.$": str}, total=False
)
DescribeChannelMembershipParameters = TypedDict(
    "DescribeChannelMembershipParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MemberArn": S,
        "MemberArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "SubChannelId": S,
        "SubChannelId.$": str,
    },
    total=False,
)
DescribeChannelMembershipForAppInstanceUserParameters = TypedDict(
    "DescribeChannelMembershipForAppInstanceUserParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "AppInstanceUserArn": S,
        "AppInstanceUserArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
DescribeChannelModeratedByAppInstanceUserParameters = TypedDict(
    "DescribeChannelModeratedByAppInstanceUserParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "AppInstanceUserArn": S,
        "AppInstanceUserArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
DescribeChannelModeratorParameters = TypedDict(
    "DescribeChannelModeratorParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "ChannelModeratorArn": S,
        "ChannelModeratorArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
DisassociateChannelFlowParameters = TypedDict(
    "DisassociateChannelFlowParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "ChannelFlowArn": S,
        "ChannelFlowArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
GetChannelMembershipPreferencesParameters = TypedDict(
    "GetChannelMembershipPreferencesParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MemberArn": S,
        "MemberArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
GetChannelMessageParameters = TypedDict(
    "GetChannelMessageParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MessageId": S,
        "MessageId.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "SubChannelId": S,
        "SubChannelId.$": str,
    },
    total=False,
)
GetChannelMessageStatusParameters = TypedDict(
    "GetChannelMessageStatusParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MessageId": S,
        "MessageId.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "SubChannelId": S,
        "SubChannelId.$": str,
    },
    total=False,
)
GetMessagingSessionEndpointParameters = TypedDict(
    "GetMessagingSessionEndpointParameters", {"NetworkType": S, "NetworkType.$": str}, total=False
)
GetMessagingStreamingConfigurationsParameters = TypedDict(
    "GetMessagingStreamingConfigurationsParameters",
    {"AppInstanceArn": S, "AppInstanceArn.$": str},
    total=False,
)
ListChannelBansParameters = TypedDict(
    "ListChannelBansParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
ListChannelFlowsParameters = TypedDict(
    "ListChannelFlowsParameters",
    {
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListChannelMembershipsParameters = TypedDict(
    "ListChannelMembershipsParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "Type": S,
        "Type.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "SubChannelId": S,
        "SubChannelId.$": str,
    },
    total=False,
)
ListChannelMembershipsForAppInstanceUserParameters = TypedDict(
    "ListChannelMembershipsForAppInstanceUserParameters",
    {
        "AppInstanceUserArn": S,
        "AppInstanceUserArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
ListChannelMessagesParameters = TypedDict(
    "ListChannelMessagesParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NotBefore": T,
        "NotBefore.$": str,
        "NotAfter": T,
        "NotAfter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "SubChannelId": S,
        "SubChannelId.$": str,
    },
    total=False,
)
ListChannelModeratorsParameters = TypedDict(
    "ListChannelModeratorsParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
ListChannelsParameters = TypedDict(
    "ListChannelsParameters",
    {
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
        "Privacy": S,
        "Privacy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
ListChannelsAssociatedWithChannelFlowParameters = TypedDict(
    "ListChannelsAssociatedWithChannelFlowParameters",
    {
        "ChannelFlowArn": S,
        "ChannelFlowArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListChannelsModeratedByAppInstanceUserParameters = TypedDict(
    "ListChannelsModeratedByAppInstanceUserParameters",
    {
        "AppInstanceUserArn": S,
        "AppInstanceUserArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
ListSubChannelsParameters = TypedDict(
    "ListSubChannelsParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
PutChannelExpirationSettingsParameters = TypedDict(
    "PutChannelExpirationSettingsParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "ExpirationSettings": X[ExpirationSettings],
        "ExpirationSettings.$": str,
    },
    total=False,
)

class PushNotificationPreferences(TypedDict, total=False):
    AllowNotifications: S
    FilterRule: S

class ChannelMembershipPreferences(TypedDict, total=False):
    PushNotifications: X[PushNotificationPreferences]

PutChannelMembershipPreferencesParameters = TypedDict(
    "PutChannelMembershipPreferencesParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MemberArn": S,
        "MemberArn.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "Preferences": X[ChannelMembershipPreferences],
        "Preferences.$": str,
    },
    total=False,
)

class StreamingConfiguration(TypedDict, total=False):
    DataType: S
    ResourceArn: S

PutMessagingStreamingConfigurationsParameters = TypedDict(
    "PutMessagingStreamingConfigurationsParameters",
    {
        "AppInstanceArn": S,
        "AppInstanceArn.$": str,
        "StreamingConfigurations": L[Xi[StreamingConfiguration]],
        "StreamingConfigurations.$": str,
    },
    total=False,
)
RedactChannelMessageParameters = TypedDict(
    "RedactChannelMessageParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MessageId": S,
        "MessageId.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "SubChannelId": S,
        "SubChannelId.$": str,
    },
    total=False,
)

class SearchField(TypedDict, total=False):
    Key: S
    Values: L[Si]
    Operator: S

SearchChannelsParameters = TypedDict(
    "SearchChannelsParameters",
    {
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "Fields": L[Xi[SearchField]],
        "Fields.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Target(TypedDict, total=False):
    MemberArn: S

SendChannelMessageParameters = TypedDict(
    "SendChannelMessageParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "Content": S,
        "Content.$": str,
        "Type": S,
        "Type.$": str,
        "Persistence": S,
        "Persistence.$": str,
        "Metadata": S,
        "Metadata.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "PushNotification": X[PushNotificationConfiguration],
        "PushNotification.$": str,
        "MessageAttributes": M[X[MessageAttributeValue]],
        "MessageAttributes.$": str,
        "SubChannelId": S,
        "SubChannelId.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Target": L[Xi[Target]],
        "Target.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateChannelParameters = TypedDict(
    "UpdateChannelParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "Name": S,
        "Name.$": str,
        "Mode": S,
        "Mode.$": str,
        "Metadata": S,
        "Metadata.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
    },
    total=False,
)
UpdateChannelFlowParameters = TypedDict(
    "UpdateChannelFlowParameters",
    {
        "ChannelFlowArn": S,
        "ChannelFlowArn.$": str,
        "Processors": L[Xi[Processor]],
        "Processors.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateChannelMessageParameters = TypedDict(
    "UpdateChannelMessageParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "MessageId": S,
        "MessageId.$": str,
        "Content": S,
        "Content.$": str,
        "Metadata": S,
        "Metadata.$": str,
        "ChimeBearer": S,
        "ChimeBearer.$": str,
        "SubChannelId": S,
        "SubChannelId.$": str,
        "ContentType": S,
        "ContentType.$": str,
    },
    total=False,
)
UpdateChannelReadMarkerParameters = TypedDict(
    "UpdateChannelReadMarkerParameters",
    {"ChannelArn": S, "ChannelArn.$": str, "ChimeBearer": S, "ChimeBearer.$": str},
    total=False,
)
associate_channel_flow: Builder[AssociateChannelFlowParameters]
batch_create_channel_membership: Builder[BatchCreateChannelMembershipParameters]
channel_flow_callback: Builder[ChannelFlowCallbackParameters]
create_channel: Builder[CreateChannelParameters]
create_channel_ban: Builder[CreateChannelBanParameters]
create_channel_flow: Builder[CreateChannelFlowParameters]
create_channel_membership: Builder[CreateChannelMembershipParameters]
create_channel_moderator: Builder[CreateChannelModeratorParameters]
delete_channel: Builder[DeleteChannelParameters]
delete_channel_ban: Builder[DeleteChannelBanParameters]
delete_channel_flow: Builder[DeleteChannelFlowParameters]
delete_channel_membership: Builder[DeleteChannelMembershipParameters]
delete_channel_message: Builder[DeleteChannelMessageParameters]
delete_channel_moderator: Builder[DeleteChannelModeratorParameters]
delete_messaging_streaming_configurations: Builder[DeleteMessagingStreamingConfigurationsParameters]
describe_channel: Builder[DescribeChannelParameters]
describe_channel_ban: Builder[DescribeChannelBanParameters]
describe_channel_flow: Builder[DescribeChannelFlowParameters]
describe_channel_membership: Builder[DescribeChannelMembershipParameters]
describe_channel_membership_for_app_instance_user: Builder[
    DescribeChannelMembershipForAppInstanceUserParameters
]
describe_channel_moderated_by_app_instance_user: Builder[
    DescribeChannelModeratedByAppInstanceUserParameters
]
describe_channel_moderator: Builder[DescribeChannelModeratorParameters]
disassociate_channel_flow: Builder[DisassociateChannelFlowParameters]
get_channel_membership_preferences: Builder[GetChannelMembershipPreferencesParameters]
get_channel_message: Builder[GetChannelMessageParameters]
get_channel_message_status: Builder[GetChannelMessageStatusParameters]
get_messaging_session_endpoint: Builder[GetMessagingSessionEndpointParameters]
get_messaging_streaming_configurations: Builder[GetMessagingStreamingConfigurationsParameters]
list_channel_bans: Builder[ListChannelBansParameters]
list_channel_flows: Builder[ListChannelFlowsParameters]
list_channel_memberships: Builder[ListChannelMembershipsParameters]
list_channel_memberships_for_app_instance_user: Builder[
    ListChannelMembershipsForAppInstanceUserParameters
]
list_channel_messages: Builder[ListChannelMessagesParameters]
list_channel_moderators: Builder[ListChannelModeratorsParameters]
list_channels: Builder[ListChannelsParameters]
list_channels_associated_with_channel_flow: Builder[ListChannelsAssociatedWithChannelFlowParameters]
list_channels_moderated_by_app_instance_user: Builder[
    ListChannelsModeratedByAppInstanceUserParameters
]
list_sub_channels: Builder[ListSubChannelsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_channel_expiration_settings: Builder[PutChannelExpirationSettingsParameters]
put_channel_membership_preferences: Builder[PutChannelMembershipPreferencesParameters]
put_messaging_streaming_configurations: Builder[PutMessagingStreamingConfigurationsParameters]
redact_channel_message: Builder[RedactChannelMessageParameters]
search_channels: Builder[SearchChannelsParameters]
send_channel_message: Builder[SendChannelMessageParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_channel: Builder[UpdateChannelParameters]
update_channel_flow: Builder[UpdateChannelFlowParameters]
update_channel_message: Builder[UpdateChannelMessageParameters]
update_channel_read_marker: Builder[UpdateChannelReadMarkerParameters]

__all__ = [
    "associate_channel_flow",
    "batch_create_channel_membership",
    "channel_flow_callback",
    "create_channel",
    "create_channel_ban",
    "create_channel_flow",
    "create_channel_membership",
    "create_channel_moderator",
    "delete_channel",
    "delete_channel_ban",
    "delete_channel_flow",
    "delete_channel_membership",
    "delete_channel_message",
    "delete_channel_moderator",
    "delete_messaging_streaming_configurations",
    "describe_channel",
    "describe_channel_ban",
    "describe_channel_flow",
    "describe_channel_membership",
    "describe_channel_membership_for_app_instance_user",
    "describe_channel_moderated_by_app_instance_user",
    "describe_channel_moderator",
    "disassociate_channel_flow",
    "get_channel_membership_preferences",
    "get_channel_message",
    "get_channel_message_status",
    "get_messaging_session_endpoint",
    "get_messaging_streaming_configurations",
    "list_channel_bans",
    "list_channel_flows",
    "list_channel_memberships",
    "list_channel_memberships_for_app_instance_user",
    "list_channel_messages",
    "list_channel_moderators",
    "list_channels",
    "list_channels_associated_with_channel_flow",
    "list_channels_moderated_by_app_instance_user",
    "list_sub_channels",
    "list_tags_for_resource",
    "put_channel_expiration_settings",
    "put_channel_membership_preferences",
    "put_messaging_streaming_configurations",
    "redact_channel_message",
    "search_channels",
    "send_channel_message",
    "tag_resource",
    "untag_resource",
    "update_channel",
    "update_channel_flow",
    "update_channel_message",
    "update_channel_read_marker",
]
