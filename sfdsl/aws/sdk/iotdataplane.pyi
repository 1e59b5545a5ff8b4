"""Typed builders of the AWS SDK integration of iotdataplane (``aws-sdk:iotdataplane:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, S

DeleteConnectionParameters = TypedDict(
    "DeleteConnectionParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "CleanSession": B,
        "CleanSession.$": str,
        "PreventWillMessage": B,
        "PreventWillMessage.$": str,
    },
    total=False,
)
DeleteThingShadowParameters = TypedDict(
    "DeleteThingShadowParameters",
    {"ThingName": S, "ThingName.$": str, "ShadowName": S, "ShadowName.$": str},
    total=False,
)
GetConnectionParameters = TypedDict(
    "GetConnectionParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "IncludeSocketInformation": B,
        "IncludeSocketInformation.$": str,
    },
    total=False,
)
GetRetainedMessageParameters = TypedDict(
    "GetRetainedMessageParameters", {"Topic": S, "Topic.$": str}, total=False
)
GetThingShadowParameters = TypedDict(
    "GetThingShadowParameters",
    {"ThingName": S, "ThingName.$": str, "ShadowName": S, "ShadowName.$": str},
    total=False,
)
ListNamedShadowsForThingParameters = TypedDict(
    "ListNamedShadowsForThingParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
ListRetainedMessagesParameters = TypedDict(
    "ListRetainedMessagesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListSubscriptionsParameters = TypedDict(
    "ListSubscriptionsParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PublishParameters = TypedDict(
    "PublishParameters",
    {
        "Topic": S,
        "Topic.$": str,
        "Qos": I,
        "Qos.$": str,
        "Retain": B,
        "Retain.$": str,
        "Payload": S,
        "Payload.$": str,
        "UserProperties": S,
        "UserProperties.$": str,
        "PayloadFormatIndicator": S,
        "PayloadFormatIndicator.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "ResponseTopic": S,
        "ResponseTopic.$": str,
        "CorrelationData": S,
        "CorrelationData.$": str,
        "MessageExpiry": I,
        "MessageExpiry.$": str,
    },
    total=False,
)
SendDirectMessageParameters = TypedDict(
    "SendDirectMessageParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "Topic": S,
        "Topic.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "ResponseTopic": S,
        "ResponseTopic.$": str,
        "Confirmation": B,
        "Confirmation.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "Payload": S,
        "Payload.$": str,
        "UserProperties": S,
        "UserProperties.$": str,
        "PayloadFormatIndicator": S,
        "PayloadFormatIndicator.$": str,
        "CorrelationData": S,
        "CorrelationData.$": str,
    },
    total=False,
)
UpdateThingShadowParameters = TypedDict(
    "UpdateThingShadowParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "ShadowName": S,
        "ShadowName.$": str,
        "Payload": S,
        "Payload.$": str,
    },
    total=False,
)
delete_connection: Builder[DeleteConnectionParameters]
delete_thing_shadow: Builder[DeleteThingShadowParameters]
get_connection: Builder[GetConnectionParameters]
get_retained_message: Builder[GetRetainedMessageParameters]
get_thing_shadow: Builder[GetThingShadowParameters]
list_named_shadows_for_thing: Builder[ListNamedShadowsForThingParameters]
list_retained_messages: Builder[ListRetainedMessagesParameters]
list_subscriptions: Builder[ListSubscriptionsParameters]
publish: Builder[PublishParameters]
send_direct_message: Builder[SendDirectMessageParameters]
update_thing_shadow: Builder[UpdateThingShadowParameters]

__all__ = [
    "delete_connection",
    "delete_thing_shadow",
    "get_connection",
    "get_retained_message",
    "get_thing_shadow",
    "list_named_shadows_for_thing",
    "list_retained_messages",
    "list_subscriptions",
    "publish",
    "send_direct_message",
    "update_thing_shadow",
]
