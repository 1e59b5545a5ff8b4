"""Typed builders of the AWS SDK integration of lexruntime (``aws-sdk:lexruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, X, Xi

DeleteSessionParameters = TypedDict(
    "DeleteSessionParameters",
    {
        "BotName": S,
        "BotName.$": str,
        "BotAlias": S,
        "BotAlias.$": str,
        "UserId": S,
        "UserId.$": str,
    },
    total=False,
)
GetSessionParameters = TypedDict(
    "GetSessionParameters",
    {
        "BotName": S,
        "BotName.$": str,
        "BotAlias": S,
        "BotAlias.$": str,
        "UserId": S,
        "UserId.$": str,
        "CheckpointLabelFilter": S,
        "CheckpointLabelFilter.$": str,
    },
    total=False,
)
PostContentParameters = TypedDict(
    "PostContentParameters",
    {
        "BotName": S,
        "BotName.$": str,
        "BotAlias": S,
        "BotAlias.$": str,
        "UserId": S,
        "UserId.$": str,
        "SessionAttributes": S,
        "SessionAttributes.$": str,
        "RequestAttributes": S,
        "RequestAttributes.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Accept": S,
        "Accept.$": str,
        "InputStream": S,
        "InputStream.$": str,
        "ActiveContexts": S,
        "ActiveContexts.$": str,
    },
    total=False,
)

class ActiveContextTimeToLive(TypedDict, total=False):
    TimeToLiveInSeconds: I
    TurnsToLive: I

class ActiveContext(TypedDict, total=False):
    Name: S
    TimeToLive: X[ActiveContextTimeToLive]
    Parameters: M[S]

PostTextParameters = TypedDict(
    "PostTextParameters",
    {
        "BotName": S,
        "BotName.$": str,
        "BotAlias": S,
        "BotAlias.$": str,
        "UserId": S,
        "UserId.$": str,
        "SessionAttributes": M[S],
        "SessionAttributes.$": str,
        "RequestAttributes": M[S],
        "RequestAttributes.$": str,
        "InputText": S,
        "InputText.$": str,
        "ActiveContexts": L[Xi[ActiveContext]],
        "ActiveContexts.$": str,
    },
    total=False,
)

class DialogAction(TypedDict, total=False):
    Type: S
    IntentName: S
    Slots: M[S]
    SlotToElicit: S
    FulfillmentState: S
    Message: S
    MessageFormat: S

class IntentSummary(TypedDict, total=False):
    IntentName: S
    CheckpointLabel: S
    Slots: M[S]
    ConfirmationStatus: S
    DialogActionType: S
    FulfillmentState: S
    SlotToElicit: S

PutSessionParameters = TypedDict(
    "PutSessionParameters",
    {
        "BotName": S,
        "BotName.$": str,
        "BotAlias": S,
        "BotAlias.$": str,
        "UserId": S,
        "UserId.$": str,
        "SessionAttributes": M[S],
        "SessionAttributes.$": str,
        "DialogAction": X[DialogAction],
        "DialogAction.$": str,
        "RecentIntentSummaryView": L[Xi[IntentSummary]],
        "RecentIntentSummaryView.$": str,
        "Accept": S,
        "Accept.$": str,
        "ActiveContexts": L[Xi[ActiveContext]],
        "ActiveContexts.$": str,
    },
    total=False,
)
delete_session: Builder[DeleteSessionParameters]
get_session: Builder[GetSessionParameters]
post_content: Builder[PostContentParameters]
post_text: Builder[PostTextParameters]
put_session: Builder[PutSessionParameters]

__all__ = ["delete_session", "get_session", "post_content", "post_text", "put_session"]
