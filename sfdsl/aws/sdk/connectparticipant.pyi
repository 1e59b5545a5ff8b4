"""Typed builders of the AWS SDK integration of connectparticipant (``aws-sdk:connectparticipant:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X

CancelParticipantAuthenticationParameters = TypedDict(
    "CancelParticipantAuthenticationParameters",
    {"SessionId": S, "SessionId.$": str, "ConnectionToken": S, "ConnectionToken.$": str},
    total=False,
)
CompleteAttachmentUploadParameters = TypedDict(
    "CompleteAttachmentUploadParameters",
    {
        "AttachmentIds": L[Si],
        "AttachmentIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ConnectionToken": S,
        "ConnectionToken.$": str,
    },
    total=False,
)
CreateParticipantConnectionParameters = TypedDict(
    "CreateParticipantConnectionParameters",
    {
        "Type": L[Si],
        "Type.$": str,
        "ParticipantToken": S,
        "ParticipantToken.$": str,
        "ConnectParticipant": B,
        "ConnectParticipant.$": str,
    },
    total=False,
)
DescribeViewParameters = TypedDict(
    "DescribeViewParameters",
    {"ViewToken": S, "ViewToken.$": str, "ConnectionToken": S, "ConnectionToken.$": str},
    total=False,
)
DisconnectParticipantParameters = TypedDict(
    "DisconnectParticipantParameters",
    {"ClientToken": S, "ClientToken.$": str, "ConnectionToken": S, "ConnectionToken.$": str},
    total=False,
)
GetAttachmentParameters = TypedDict(
    "GetAttachmentParameters",
    {
        "AttachmentId": S,
        "AttachmentId.$": str,
        "ConnectionToken": S,
        "ConnectionToken.$": str,
        "UrlExpiryInSeconds": I,
        "UrlExpiryInSeconds.$": str,
        "UrlContentDisposition": S,
        "UrlContentDisposition.$": str,
    },
    total=False,
)
GetAuthenticationUrlParameters = TypedDict(
    "GetAuthenticationUrlParameters",
    {
        "SessionId": S,
        "SessionId.$": str,
        "RedirectUri": S,
        "RedirectUri.$": str,
        "ConnectionToken": S,
        "ConnectionToken.$": str,
    },
    total=False,
)

class StartPosition(TypedDict, total=False):
    Id: S
    AbsoluteTime: S
    MostRecent: I

GetTranscriptParameters = TypedDict(
    "GetTranscriptParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ScanDirection": S,
        "ScanDirection.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "StartPosition": X[StartPosition],
        "StartPosition.$": str,
        "ConnectionToken": S,
        "ConnectionToken.$": str,
    },
    total=False,
)
SendEventParameters = TypedDict(
    "SendEventParameters",
    {
        "ContentType": S,
        "ContentType.$": str,
        "Content": S,
        "Content.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ConnectionToken": S,
        "ConnectionToken.$": str,
    },
    total=False,
)
SendMessageParameters = TypedDict(
    "SendMessageParameters",
    {
        "ContentType": S,
        "ContentType.$": str,
        "Content": S,
        "Content.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ConnectionToken": S,
        "ConnectionToken.$": str,
    },
    total=False,
)
StartAttachmentUploadParameters = TypedDict(
    "StartAttachmentUploadParameters",
    {
        "ContentType": S,
        "ContentType.$": str,
        "AttachmentSizeInBytes": I,
        "AttachmentSizeInBytes.$": str,
        "AttachmentName": S,
        "AttachmentName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ConnectionToken": S,
        "ConnectionToken.$": str,
    },
    total=False,
)
cancel_participant_authentication: Builder[CancelParticipantAuthenticationParameters]
complete_attachment_upload: Builder[CompleteAttachmentUploadParameters]
create_participant_connection: Builder[CreateParticipantConnectionParameters]
describe_view: Builder[DescribeViewParameters]
disconnect_participant: Builder[DisconnectParticipantParameters]
get_attachment: Builder[GetAttachmentParameters]
get_authentication_url: Builder[GetAuthenticationUrlParameters]
get_transcript: Builder[GetTranscriptParameters]
send_event: Builder[SendEventParameters]
send_message: Builder[SendMessageParameters]
start_attachment_upload: Builder[StartAttachmentUploadParameters]

__all__ = [
    "cancel_participant_authentication",
    "complete_attachment_upload",
    "create_participant_connection",
    "describe_view",
    "disconnect_participant",
    "get_attachment",
    "get_authentication_url",
    "get_transcript",
    "send_event",
    "send_message",
    "start_attachment_upload",
]
