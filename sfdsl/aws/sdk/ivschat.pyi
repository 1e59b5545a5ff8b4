"""Typed builders of the AWS SDK integration of ivschat (``aws-sdk:ivschat:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X

CreateChatTokenParameters = TypedDict(
    "CreateChatTokenParameters",
    {
        "RoomIdentifier": S,
        "RoomIdentifier.$": str,
        "UserId": S,
        "UserId.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "SessionDurationInMinutes": I,
        "SessionDurationInMinutes.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
    },
    total=False,
)

class S3DestinationConfiguration(TypedDict, total=False):
    BucketName: S

class CloudWatchLogsDestinationConfiguration(TypedDict, total=False):
    LogGroupName: S

class FirehoseDestinationConfiguration(TypedDict, total=False):
    DeliveryStreamName: S

class DestinationConfiguration(TypedDict, total=False):
    S3: X[S3DestinationConfiguration]
    CloudWatchLogs: X[CloudWatchLogsDestinationConfiguration]
    Firehose: X[FirehoseDestinationConfiguration]

CreateLoggingConfigurationParameters = TypedDict(
    "CreateLoggingConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "DestinationConfiguration": X[DestinationConfiguration],
        "DestinationConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class MessageReviewHandler(TypedDict, total=False):
    Uri: S
    FallbackResult: S

CreateRoomParameters = TypedDict(
    "CreateRoomParameters",
    {
        "Name": S,
        "Name.$": str,
        "MaximumMessageRatePerSecond": I,
        "MaximumMessageRatePerSecond.$": str,
        "MaximumMessageLength": I,
        "MaximumMessageLength.$": str,
        "MessageReviewHandler": X[MessageReviewHandler],
        "MessageReviewHandler.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "LoggingConfigurationIdentifiers": L[Si],
        "LoggingConfigurationIdentifiers.$": str,
    },
    total=False,
)
DeleteLoggingConfigurationParameters = TypedDict(
    "DeleteLoggingConfigurationParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteMessageParameters = TypedDict(
    "DeleteMessageParameters",
    {
        "RoomIdentifier": S,
        "RoomIdentifier.$": str,
        "Id": S,
        "Id.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
DeleteRoomParameters = TypedDict(
    "DeleteRoomParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DisconnectUserParameters = TypedDict(
    "DisconnectUserParameters",
    {
        "RoomIdentifier": S,
        "RoomIdentifier.$": str,
        "UserId": S,
        "UserId.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
GetLoggingConfigurationParameters = TypedDict(
    "GetLoggingConfigurationParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetRoomParameters = TypedDict(
    "GetRoomParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
ListLoggingConfigurationsParameters = TypedDict(
    "ListLoggingConfigurationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListRoomsParameters = TypedDict(
    "ListRoomsParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MessageReviewHandlerUri": S,
        "MessageReviewHandlerUri.$": str,
        "LoggingConfigurationIdentifier": S,
        "LoggingConfigurationIdentifier.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
SendEventParameters = TypedDict(
    "SendEventParameters",
    {
        "RoomIdentifier": S,
        "RoomIdentifier.$": str,
        "EventName": S,
        "EventName.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
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
UpdateLoggingConfigurationParameters = TypedDict(
    "UpdateLoggingConfigurationParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "DestinationConfiguration": X[DestinationConfiguration],
        "DestinationConfiguration.$": str,
    },
    total=False,
)
UpdateRoomParameters = TypedDict(
    "UpdateRoomParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "MaximumMessageRatePerSecond": I,
        "MaximumMessageRatePerSecond.$": str,
        "MaximumMessageLength": I,
        "MaximumMessageLength.$": str,
        "MessageReviewHandler": X[MessageReviewHandler],
        "MessageReviewHandler.$": str,
        "LoggingConfigurationIdentifiers": L[Si],
        "LoggingConfigurationIdentifiers.$": str,
    },
    total=False,
)
create_chat_token: Builder[CreateChatTokenParameters]
create_logging_configuration: Builder[CreateLoggingConfigurationParameters]
create_room: Builder[CreateRoomParameters]
delete_logging_configuration: Builder[DeleteLoggingConfigurationParameters]
delete_message: Builder[DeleteMessageParameters]
delete_room: Builder[DeleteRoomParameters]
disconnect_user: Builder[DisconnectUserParameters]
get_logging_configuration: Builder[GetLoggingConfigurationParameters]
get_room: Builder[GetRoomParameters]
list_logging_configurations: Builder[ListLoggingConfigurationsParameters]
list_rooms: Builder[ListRoomsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
send_event: Builder[SendEventParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_logging_configuration: Builder[UpdateLoggingConfigurationParameters]
update_room: Builder[UpdateRoomParameters]

__all__ = [
    "create_chat_token",
    "create_logging_configuration",
    "create_room",
    "delete_logging_configuration",
    "delete_message",
    "delete_room",
    "disconnect_user",
    "get_logging_configuration",
    "get_room",
    "list_logging_configurations",
    "list_rooms",
    "list_tags_for_resource",
    "send_event",
    "tag_resource",
    "untag_resource",
    "update_logging_configuration",
    "update_room",
]
