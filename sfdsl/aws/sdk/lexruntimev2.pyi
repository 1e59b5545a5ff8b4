"""Typed builders of the AWS SDK integration of lexruntimev2 (``aws-sdk:lexruntimev2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X, Xi

DeleteSessionParameters = TypedDict(
    "DeleteSessionParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotAliasId": S,
        "BotAliasId.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "SessionId": S,
        "SessionId.$": str,
    },
    total=False,
)
GetSessionParameters = TypedDict(
    "GetSessionParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotAliasId": S,
        "BotAliasId.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "SessionId": S,
        "SessionId.$": str,
    },
    total=False,
)

class Button(TypedDict, total=False):
    Text: S
    Value: S

class ImageResponseCard(TypedDict, total=False):
    Title: S
    Subtitle: S
    ImageUrl: S
    Buttons: L[Xi[Button]]

class Message(TypedDict, total=False):
    Content: S
    ContentType: S
    ImageResponseCard: X[ImageResponseCard]

class ElicitSubSlot(TypedDict, total=False):
    Name: S
    SubSlotToElicit: X[ElicitSubSlot]

class DialogAction(TypedDict, total=False):
    Type: S
    SlotToElicit: S
    SlotElicitationStyle: S
    SubSlotToElicit: X[ElicitSubSlot]

class Value(TypedDict, total=False):
    OriginalValue: S
    InterpretedValue: S
    ResolvedValues: L[Si]

class Slot(TypedDict, total=False):
    Value: X[Value]
    Shape: S
    Values: L[Xi[Slot]]
    SubSlots: M[X[Slot]]

class Intent(TypedDict, total=False):
    Name: S
    Slots: M[X[Slot]]
    State: S
    ConfirmationState: S

class ActiveContextTimeToLive(TypedDict, total=False):
    TimeToLiveInSeconds: I
    TurnsToLive: I

class ActiveContext(TypedDict, total=False):
    Name: S
    TimeToLive: X[ActiveContextTimeToLive]
    ContextAttributes: M[S]

class RuntimeHintValue(TypedDict, total=False):
    Phrase: S

class RuntimeHintDetails(TypedDict, total=False):
    RuntimeHintValues: L[Xi[RuntimeHintValue]]
    SubSlotHints: M[X[RuntimeHintDetails]]

class RuntimeHints(TypedDict, total=False):
    SlotHints: M[M[X[RuntimeHintDetails]]]

class SessionState(TypedDict, total=False):
    DialogAction: X[DialogAction]
    Intent: X[Intent]
    ActiveContexts: L[Xi[ActiveContext]]
    SessionAttributes: M[S]
    OriginatingRequestId: S
    RuntimeHints: X[RuntimeHints]

PutSessionParameters = TypedDict(
    "PutSessionParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotAliasId": S,
        "BotAliasId.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "Messages": L[Xi[Message]],
        "Messages.$": str,
        "SessionState": X[SessionState],
        "SessionState.$": str,
        "RequestAttributes": M[S],
        "RequestAttributes.$": str,
        "ResponseContentType": S,
        "ResponseContentType.$": str,
    },
    total=False,
)
RecognizeTextParameters = TypedDict(
    "RecognizeTextParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotAliasId": S,
        "BotAliasId.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "Text": S,
        "Text.$": str,
        "SessionState": X[SessionState],
        "SessionState.$": str,
        "RequestAttributes": M[S],
        "RequestAttributes.$": str,
    },
    total=False,
)
RecognizeUtteranceParameters = TypedDict(
    "RecognizeUtteranceParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotAliasId": S,
        "BotAliasId.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "SessionState": S,
        "SessionState.$": str,
        "RequestAttributes": S,
        "RequestAttributes.$": str,
        "RequestContentType": S,
        "RequestContentType.$": str,
        "ResponseContentType": S,
        "ResponseContentType.$": str,
        "InputStream": S,
        "InputStream.$": str,
    },
    total=False,
)
delete_session: Builder[DeleteSessionParameters]
get_session: Builder[GetSessionParameters]
put_session: Builder[PutSessionParameters]
recognize_text: Builder[RecognizeTextParameters]
recognize_utterance: Builder[RecognizeUtteranceParameters]

__all__ = ["delete_session", "get_session", "put_session", "recognize_text", "recognize_utterance"]
