"""Typed builders of the AWS SDK integration of pinpointsmsvoice (``aws-sdk:pinpointsmsvoice:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, L, S, Si, X

CreateConfigurationSetParameters = TypedDict(
    "CreateConfigurationSetParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str},
    total=False,
)

class CloudWatchLogsDestination(TypedDict, total=False):
    IamRoleArn: S
    LogGroupArn: S

class KinesisFirehoseDestination(TypedDict, total=False):
    DeliveryStreamArn: S
    IamRoleArn: S

class SnsDestination(TypedDict, total=False):
    TopicArn: S

class EventDestinationDefinition(TypedDict, total=False):
    CloudWatchLogsDestination: X[CloudWatchLogsDestination]
    Enabled: B
    KinesisFirehoseDestination: X[KinesisFirehoseDestination]
    MatchingEventTypes: L[Si]
    SnsDestination: X[SnsDestination]

CreateConfigurationSetEventDestinationParameters = TypedDict(
    "CreateConfigurationSetEventDestinationParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EventDestination": X[EventDestinationDefinition],
        "EventDestination.$": str,
        "EventDestinationName": S,
        "EventDestinationName.$": str,
    },
    total=False,
)
DeleteConfigurationSetParameters = TypedDict(
    "DeleteConfigurationSetParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str},
    total=False,
)
DeleteConfigurationSetEventDestinationParameters = TypedDict(
    "DeleteConfigurationSetEventDestinationParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EventDestinationName": S,
        "EventDestinationName.$": str,
    },
    total=False,
)
GetConfigurationSetEventDestinationsParameters = TypedDict(
    "GetConfigurationSetEventDestinationsParameters",
    {"ConfigurationSetName": S, "ConfigurationSetName.$": str},
    total=False,
)
ListConfigurationSetsParameters = TypedDict(
    "ListConfigurationSetsParameters",
    {"NextToken": S, "NextToken.$": str, "PageSize": S, "PageSize.$": str},
    total=False,
)

class CallInstructionsMessageType(TypedDict, total=False):
    Text: S

class PlainTextMessageType(TypedDict, total=False):
    LanguageCode: S
    Text: S
    VoiceId: S

class SSMLMessageType(TypedDict, total=False):
    LanguageCode: S
    Text: S
    VoiceId: S

class VoiceMessageContent(TypedDict, total=False):
    CallInstructionsMessage: X[CallInstructionsMessageType]
    PlainTextMessage: X[PlainTextMessageType]
    SsmlMessage: X[SSMLMessageType]

SendVoiceMessageParameters = TypedDict(
    "SendVoiceMessageParameters",
    {
        "CallerId": S,
        "CallerId.$": str,
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "Content": X[VoiceMessageContent],
        "Content.$": str,
        "DestinationPhoneNumber": S,
        "DestinationPhoneNumber.$": str,
        "OriginationPhoneNumber": S,
        "OriginationPhoneNumber.$": str,
    },
    total=False,
)
UpdateConfigurationSetEventDestinationParameters = TypedDict(
    "UpdateConfigurationSetEventDestinationParameters",
    {
        "ConfigurationSetName": S,
        "ConfigurationSetName.$": str,
        "EventDestination": X[EventDestinationDefinition],
        "EventDestination.$": str,
        "EventDestinationName": S,
        "EventDestinationName.$": str,
    },
    total=False,
)
create_configuration_set: Builder[CreateConfigurationSetParameters]
create_configuration_set_event_destination: Builder[
    CreateConfigurationSetEventDestinationParameters
]
delete_configuration_set: Builder[DeleteConfigurationSetParameters]
delete_configuration_set_event_destination: Builder[
    DeleteConfigurationSetEventDestinationParameters
]
get_configuration_set_event_destinations: Builder[GetConfigurationSetEventDestinationsParameters]
list_configuration_sets: Builder[ListConfigurationSetsParameters]
send_voice_message: Builder[SendVoiceMessageParameters]
update_configuration_set_event_destination: Builder[
    UpdateConfigurationSetEventDestinationParameters
]

__all__ = [
    "create_configuration_set",
    "create_configuration_set_event_destination",
    "delete_configuration_set",
    "delete_configuration_set_event_destination",
    "get_configuration_set_event_destinations",
    "list_configuration_sets",
    "send_voice_message",
    "update_configuration_set_event_destination",
]
