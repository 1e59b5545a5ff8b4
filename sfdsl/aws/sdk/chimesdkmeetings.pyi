"""Typed builders of the AWS SDK integration of chimesdkmeetings (``aws-sdk:chimesdkmeetings:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

class AttendeeCapabilities(TypedDict, total=False):
    Audio: S
    Video: S
    Content: S

class CreateAttendeeRequestItem(TypedDict, total=False):
    ExternalUserId: S
    Capabilities: X[AttendeeCapabilities]

BatchCreateAttendeeParameters = TypedDict(
    "BatchCreateAttendeeParameters",
    {
        "MeetingId": S,
        "MeetingId.$": str,
        "Attendees": L[Xi[CreateAttendeeRequestItem]],
        "Attendees.$": str,
    },
    total=False,
)

class AttendeeIdItem(TypedDict, total=False):
    AttendeeId: S

BatchUpdateAttendeeCapabilitiesExceptParameters = TypedDict(
    "BatchUpdateAttendeeCapabilitiesExceptParameters",
    {
        "MeetingId": S,
        "MeetingId.$": str,
        "ExcludedAttendeeIds": L[Xi[AttendeeIdItem]],
        "ExcludedAttendeeIds.$": str,
        "Capabilities": X[AttendeeCapabilities],
        "Capabilities.$": str,
    },
    total=False,
)
CreateAttendeeParameters = TypedDict(
    "CreateAttendeeParameters",
    {
        "MeetingId": S,
        "MeetingId.$": str,
        "ExternalUserId": S,
        "ExternalUserId.$": str,
        "Capabilities": X[AttendeeCapabilities],
        "Capabilities.$": str,
    },
    total=False,
)

class NotificationsConfiguration(TypedDict, total=False):
    LambdaFunctionArn: S
    SnsTopicArn: S
    SqsQueueArn: S

class AudioFeatures(TypedDict, total=False):
    EchoReduction: S

class VideoFeatures(TypedDict, total=False):
    MaxResolution: S

class ContentFeatures(TypedDict, total=False):
    MaxResolution: S

class AttendeeFeatures(TypedDict, total=False):
    MaxCount: I

class MeetingFeaturesConfiguration(TypedDict, total=False):
    Audio: X[AudioFeatures]
    Video: X[VideoFeatures]
    Content: X[ContentFeatures]
    Attendee: X[AttendeeFeatures]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateMeetingParameters = TypedDict(
    "CreateMeetingParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "MediaRegion": S,
        "MediaRegion.$": str,
        "MeetingHostId": S,
        "MeetingHostId.$": str,
        "ExternalMeetingId": S,
        "ExternalMeetingId.$": str,
        "NotificationsConfiguration": X[NotificationsConfiguration],
        "NotificationsConfiguration.$": str,
        "MeetingFeatures": X[MeetingFeaturesConfiguration],
        "MeetingFeatures.$": str,
        "PrimaryMeetingId": S,
        "PrimaryMeetingId.$": str,
        "TenantIds": L[Si],
        "TenantIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "MediaPlacementNetworkType": S,
        "MediaPlacementNetworkType.$": str,
    },
    total=False,
)
CreateMeetingWithAttendeesParameters = TypedDict(
    "CreateMeetingWithAttendeesParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "MediaRegion": S,
        "MediaRegion.$": str,
        "MeetingHostId": S,
        "MeetingHostId.$": str,
        "ExternalMeetingId": S,
        "ExternalMeetingId.$": str,
        "MeetingFeatures": X[MeetingFeaturesConfiguration],
        "MeetingFeatures.$": str,
        "NotificationsConfiguration": X[NotificationsConfiguration],
        "NotificationsConfiguration.$": str,
        "Attendees": L[Xi[CreateAttendeeRequestItem]],
        "Attendees.$": str,
        "PrimaryMeetingId": S,
        "PrimaryMeetingId.$": str,
        "TenantIds": L[Si],
        "TenantIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "MediaPlacementNetworkType": S,
        "MediaPlacementNetworkType.$": str,
    },
    total=False,
)
DeleteAttendeeParameters = TypedDict(
    "DeleteAttendeeParameters",
    {"MeetingId": S, "MeetingId.$": str, "AttendeeId": S, "AttendeeId.$": str},
    total=False,
)
DeleteMeetingParameters = TypedDict(
    "DeleteMeetingParameters", {"MeetingId": S, "MeetingId.$": str}, total=False
)
GetAttendeeParameters = TypedDict(
    "GetAttendeeParameters",
    {"MeetingId": S, "MeetingId.$": str, "AttendeeId": S, "AttendeeId.$": str},
    total=False,
)
GetMeetingParameters = TypedDict(
    "GetMeetingParameters", {"MeetingId": S, "MeetingId.$": str}, total=False
)
ListAttendeesParameters = TypedDict(
    "ListAttendeesParameters",
    {
        "MeetingId": S,
        "MeetingId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)

class EngineTranscribeSettings(TypedDict, total=False):
    LanguageCode: S
    VocabularyFilterMethod: S
    VocabularyFilterName: S
    VocabularyName: S
    Region: S
    EnablePartialResultsStabilization: B
    PartialResultsStability: S
    ContentIdentificationType: S
    ContentRedactionType: S
    PiiEntityTypes: S
    LanguageModelName: S
    IdentifyLanguage: B
    LanguageOptions: S
    PreferredLanguage: S
    VocabularyNames: S
    VocabularyFilterNames: S

class EngineTranscribeMedicalSettings(TypedDict, total=False):
    LanguageCode: S
    Specialty: S
    Type: S
    VocabularyName: S
    Region: S
    ContentIdentificationType: S

class TranscriptionConfiguration(TypedDict, total=False):
    EngineTranscribeSettings: X[EngineTranscribeSettings]
    EngineTranscribeMedicalSettings: X[EngineTranscribeMedicalSettings]

StartMeetingTranscriptionParameters = TypedDict(
    "StartMeetingTranscriptionParameters",
    {
        "MeetingId": S,
        "MeetingId.$": str,
        "TranscriptionConfiguration": X[TranscriptionConfiguration],
        "TranscriptionConfiguration.$": str,
    },
    total=False,
)
StopMeetingTranscriptionParameters = TypedDict(
    "StopMeetingTranscriptionParameters", {"MeetingId": S, "MeetingId.$": str}, total=False
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
UpdateAttendeeCapabilitiesParameters = TypedDict(
    "UpdateAttendeeCapabilitiesParameters",
    {
        "MeetingId": S,
        "MeetingId.$": str,
        "AttendeeId": S,
        "AttendeeId.$": str,
        "Capabilities": X[AttendeeCapabilities],
        "Capabilities.$": str,
    },
    total=False,
)
batch_create_attendee: Builder[BatchCreateAttendeeParameters]
batch_update_attendee_capabilities_except: Builder[BatchUpdateAttendeeCapabilitiesExceptParameters]
create_attendee: Builder[CreateAttendeeParameters]
create_meeting: Builder[CreateMeetingParameters]
create_meeting_with_attendees: Builder[CreateMeetingWithAttendeesParameters]
delete_attendee: Builder[DeleteAttendeeParameters]
delete_meeting: Builder[DeleteMeetingParameters]
get_attendee: Builder[GetAttendeeParameters]
get_meeting: Builder[GetMeetingParameters]
list_attendees: Builder[ListAttendeesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_meeting_transcription: Builder[StartMeetingTranscriptionParameters]
stop_meeting_transcription: Builder[StopMeetingTranscriptionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_attendee_capabilities: Builder[UpdateAttendeeCapabilitiesParameters]

__all__ = [
    "batch_create_attendee",
    "batch_update_attendee_capabilities_except",
    "create_attendee",
    "create_meeting",
    "create_meeting_with_attendees",
    "delete_attendee",
    "delete_meeting",
    "get_attendee",
    "get_meeting",
    "list_attendees",
    "list_tags_for_resource",
    "start_meeting_transcription",
    "stop_meeting_transcription",
    "tag_resource",
    "untag_resource",
    "update_attendee_capabilities",
]
