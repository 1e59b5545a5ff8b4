"""Typed builders of the AWS SDK integration of polly (``aws-sdk:polly:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class RecordingData(TypedDict, total=False):
    S3Url: S
    Bytes: S

class Recording(TypedDict, total=False):
    Format: S
    Data: X[RecordingData]

class VoiceCreationData(TypedDict, total=False):
    Recordings: L[Xi[Recording]]

class CustomerManagedEncryption(TypedDict, total=False):
    KmsKeyArn: S
    EncryptionContext: M[S]

CreateVoiceParameters = TypedDict(
    "CreateVoiceParameters",
    {
        "Name": S,
        "Name.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "TermsAccepted": B,
        "TermsAccepted.$": str,
        "VoiceCreationData": X[VoiceCreationData],
        "VoiceCreationData.$": str,
        "CustomerManagedEncryption": X[CustomerManagedEncryption],
        "CustomerManagedEncryption.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteLexiconParameters = TypedDict(
    "DeleteLexiconParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteVoiceParameters = TypedDict(
    "DeleteVoiceParameters", {"VoiceId": S, "VoiceId.$": str}, total=False
)
DescribeVoicesParameters = TypedDict(
    "DescribeVoicesParameters",
    {
        "Engine": S,
        "Engine.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "IncludeAdditionalLanguageCodes": B,
        "IncludeAdditionalLanguageCodes.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetLexiconParameters = TypedDict("GetLexiconParameters", {"Name": S, "Name.$": str}, total=False)
GetSpeechSynthesisTaskParameters = TypedDict(
    "GetSpeechSynthesisTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
GetVoiceParameters = TypedDict("GetVoiceParameters", {"VoiceId": S, "VoiceId.$": str}, total=False)
ListLexiconsParameters = TypedDict(
    "ListLexiconsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListSpeechSynthesisTasksParameters = TypedDict(
    "ListSpeechSynthesisTasksParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutLexiconParameters = TypedDict(
    "PutLexiconParameters",
    {"Name": S, "Name.$": str, "Content": S, "Content.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)

class FlushStreamConfiguration(TypedDict, total=False):
    Force: B

class TextEvent(TypedDict, total=False):
    Text: S
    TextType: S
    FlushStreamConfiguration: X[FlushStreamConfiguration]

class CloseStreamEvent(TypedDict, total=False): ...

class StartSpeechSynthesisStreamActionStream(TypedDict, total=False):
    TextEvent: X[TextEvent]
    CloseStreamEvent: X[CloseStreamEvent]

StartSpeechSynthesisStreamParameters = TypedDict(
    "StartSpeechSynthesisStreamParameters",
    {
        "Engine": S,
        "Engine.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "LexiconNames": L[Si],
        "LexiconNames.$": str,
        "OutputFormat": S,
        "OutputFormat.$": str,
        "SampleRate": S,
        "SampleRate.$": str,
        "VoiceId": S,
        "VoiceId.$": str,
        "ActionStream": X[StartSpeechSynthesisStreamActionStream],
        "ActionStream.$": str,
    },
    total=False,
)
StartSpeechSynthesisTaskParameters = TypedDict(
    "StartSpeechSynthesisTaskParameters",
    {
        "Engine": S,
        "Engine.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "LexiconNames": L[Si],
        "LexiconNames.$": str,
        "OutputFormat": S,
        "OutputFormat.$": str,
        "OutputS3BucketName": S,
        "OutputS3BucketName.$": str,
        "OutputS3KeyPrefix": S,
        "OutputS3KeyPrefix.$": str,
        "SampleRate": S,
        "SampleRate.$": str,
        "SnsTopicArn": S,
        "SnsTopicArn.$": str,
        "SpeechMarkTypes": L[Si],
        "SpeechMarkTypes.$": str,
        "Text": S,
        "Text.$": str,
        "TextType": S,
        "TextType.$": str,
        "VoiceId": S,
        "VoiceId.$": str,
    },
    total=False,
)
SynthesizeSpeechParameters = TypedDict(
    "SynthesizeSpeechParameters",
    {
        "Engine": S,
        "Engine.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "LexiconNames": L[Si],
        "LexiconNames.$": str,
        "OutputFormat": S,
        "OutputFormat.$": str,
        "SampleRate": S,
        "SampleRate.$": str,
        "SpeechMarkTypes": L[Si],
        "SpeechMarkTypes.$": str,
        "Text": S,
        "Text.$": str,
        "TextType": S,
        "TextType.$": str,
        "VoiceId": S,
        "VoiceId.$": str,
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
create_voice: Builder[CreateVoiceParameters]
delete_lexicon: Builder[DeleteLexiconParameters]
delete_voice: Builder[DeleteVoiceParameters]
describe_voices: Builder[DescribeVoicesParameters]
get_lexicon: Builder[GetLexiconParameters]
get_speech_synthesis_task: Builder[GetSpeechSynthesisTaskParameters]
get_voice: Builder[GetVoiceParameters]
list_lexicons: Builder[ListLexiconsParameters]
list_speech_synthesis_tasks: Builder[ListSpeechSynthesisTasksParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_lexicon: Builder[PutLexiconParameters]
start_speech_synthesis_stream: Builder[StartSpeechSynthesisStreamParameters]
start_speech_synthesis_task: Builder[StartSpeechSynthesisTaskParameters]
synthesize_speech: Builder[SynthesizeSpeechParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "create_voice",
    "delete_lexicon",
    "delete_voice",
    "describe_voices",
    "get_lexicon",
    "get_speech_synthesis_task",
    "get_voice",
    "list_lexicons",
    "list_speech_synthesis_tasks",
    "list_tags_for_resource",
    "put_lexicon",
    "start_speech_synthesis_stream",
    "start_speech_synthesis_task",
    "synthesize_speech",
    "tag_resource",
    "untag_resource",
]
