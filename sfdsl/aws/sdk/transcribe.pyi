"""Typed builders of the AWS SDK integration of transcribe (``aws-sdk:transcribe:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class AbsoluteTimeRange(TypedDict, total=False):
    StartTime: I
    EndTime: I
    First: I
    Last: I

class RelativeTimeRange(TypedDict, total=False):
    StartPercentage: I
    EndPercentage: I
    First: I
    Last: I

class NonTalkTimeFilter(TypedDict, total=False):
    Threshold: I
    AbsoluteTimeRange: X[AbsoluteTimeRange]
    RelativeTimeRange: X[RelativeTimeRange]
    Negate: B

class InterruptionFilter(TypedDict, total=False):
    Threshold: I
    ParticipantRole: S
    AbsoluteTimeRange: X[AbsoluteTimeRange]
    RelativeTimeRange: X[RelativeTimeRange]
    Negate: B

class TranscriptFilter(TypedDict, total=False):
    TranscriptFilterType: S
    AbsoluteTimeRange: X[AbsoluteTimeRange]
    RelativeTimeRange: X[RelativeTimeRange]
    ParticipantRole: S
    Negate: B
    Targets: L[Si]

class SentimentFilter(TypedDict, total=False):
    Sentiments: L[Si]
    AbsoluteTimeRange: X[AbsoluteTimeRange]
    RelativeTimeRange: X[RelativeTimeRange]
    ParticipantRole: S
    Negate: B

class Rule(TypedDict, total=False):
    NonTalkTimeFilter: X[NonTalkTimeFilter]
    InterruptionFilter: X[InterruptionFilter]
    TranscriptFilter: X[TranscriptFilter]
    SentimentFilter: X[SentimentFilter]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateCallAnalyticsCategoryParameters = TypedDict(
    "CreateCallAnalyticsCategoryParameters",
    {
        "CategoryName": S,
        "CategoryName.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "InputType": S,
        "InputType.$": str,
    },
    total=False,
)

class InputDataConfig(TypedDict, total=False):
    S3Uri: S
    TuningDataS3Uri: S
    DataAccessRoleArn: S

class EncryptionConfiguration(TypedDict, total=False):
    KmsEncryptionContext: M[S]
    KmsKey: S

CreateLanguageModelParameters = TypedDict(
    "CreateLanguageModelParameters",
    {
        "LanguageCode": S,
        "LanguageCode.$": str,
        "BaseModelName": S,
        "BaseModelName.$": str,
        "ModelName": S,
        "ModelName.$": str,
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateMedicalVocabularyParameters = TypedDict(
    "CreateMedicalVocabularyParameters",
    {
        "VocabularyName": S,
        "VocabularyName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "VocabularyFileUri": S,
        "VocabularyFileUri.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateVocabularyParameters = TypedDict(
    "CreateVocabularyParameters",
    {
        "VocabularyName": S,
        "VocabularyName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "Phrases": L[Si],
        "Phrases.$": str,
        "VocabularyFileUri": S,
        "VocabularyFileUri.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
CreateVocabularyFilterParameters = TypedDict(
    "CreateVocabularyFilterParameters",
    {
        "VocabularyFilterName": S,
        "VocabularyFilterName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "Words": L[Si],
        "Words.$": str,
        "VocabularyFilterFileUri": S,
        "VocabularyFilterFileUri.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
DeleteCallAnalyticsCategoryParameters = TypedDict(
    "DeleteCallAnalyticsCategoryParameters", {"CategoryName": S, "CategoryName.$": str}, total=False
)
DeleteCallAnalyticsJobParameters = TypedDict(
    "DeleteCallAnalyticsJobParameters",
    {"CallAnalyticsJobName": S, "CallAnalyticsJobName.$": str},
    total=False,
)
DeleteLanguageModelParameters = TypedDict(
    "DeleteLanguageModelParameters", {"ModelName": S, "ModelName.$": str}, total=False
)
DeleteMedicalScribeJobParameters = TypedDict(
    "DeleteMedicalScribeJobParameters",
    {"MedicalScribeJobName": S, "MedicalScribeJobName.$": str},
    total=False,
)
DeleteMedicalTranscriptionJobParameters = TypedDict(
    "DeleteMedicalTranscriptionJobParameters",
    {"MedicalTranscriptionJobName": S, "MedicalTranscriptionJobName.$": str},
    total=False,
)
DeleteMedicalVocabularyParameters = TypedDict(
    "DeleteMedicalVocabularyParameters", {"VocabularyName": S, "VocabularyName.$": str}, total=False
)
DeleteTranscriptionJobParameters = TypedDict(
    "DeleteTranscriptionJobParameters",
    {"TranscriptionJobName": S, "TranscriptionJobName.$": str},
    total=False,
)
DeleteVocabularyParameters = TypedDict(
    "DeleteVocabularyParameters", {"VocabularyName": S, "VocabularyName.$": str}, total=False
)
DeleteVocabularyFilterParameters = TypedDict(
    "DeleteVocabularyFilterParameters",
    {"VocabularyFilterName": S, "VocabularyFilterName.$": str},
    total=False,
)
DescribeLanguageModelParameters = TypedDict(
    "DescribeLanguageModelParameters", {"ModelName": S, "ModelName.$": str}, total=False
)
GetCallAnalyticsCategoryParameters = TypedDict(
    "GetCallAnalyticsCategoryParameters", {"CategoryName": S, "CategoryName.$": str}, total=False
)
GetCallAnalyticsJobParameters = TypedDict(
    "GetCallAnalyticsJobParameters",
    {"CallAnalyticsJobName": S, "CallAnalyticsJobName.$": str},
    total=False,
)
GetMedicalScribeJobParameters = TypedDict(
    "GetMedicalScribeJobParameters",
    {"MedicalScribeJobName": S, "MedicalScribeJobName.$": str},
    total=False,
)
GetMedicalTranscriptionJobParameters = TypedDict(
    "GetMedicalTranscriptionJobParameters",
    {"MedicalTranscriptionJobName": S, "MedicalTranscriptionJobName.$": str},
    total=False,
)
GetMedicalVocabularyParameters = TypedDict(
    "GetMedicalVocabularyParameters", {"VocabularyName": S, "VocabularyName.$": str}, total=False
)
GetTranscriptionJobParameters = TypedDict(
    "GetTranscriptionJobParameters",
    {"TranscriptionJobName": S, "TranscriptionJobName.$": str},
    total=False,
)
GetVocabularyParameters = TypedDict(
    "GetVocabularyParameters", {"VocabularyName": S, "VocabularyName.$": str}, total=False
)
GetVocabularyFilterParameters = TypedDict(
    "GetVocabularyFilterParameters",
    {"VocabularyFilterName": S, "VocabularyFilterName.$": str},
    total=False,
)
ListCallAnalyticsCategoriesParameters = TypedDict(
    "ListCallAnalyticsCategoriesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListCallAnalyticsJobsParameters = TypedDict(
    "ListCallAnalyticsJobsParameters",
    {
        "Status": S,
        "Status.$": str,
        "JobNameContains": S,
        "JobNameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLanguageModelsParameters = TypedDict(
    "ListLanguageModelsParameters",
    {
        "StatusEquals": S,
        "StatusEquals.$": str,
        "NameContains": S,
        "NameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMedicalScribeJobsParameters = TypedDict(
    "ListMedicalScribeJobsParameters",
    {
        "Status": S,
        "Status.$": str,
        "JobNameContains": S,
        "JobNameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMedicalTranscriptionJobsParameters = TypedDict(
    "ListMedicalTranscriptionJobsParameters",
    {
        "Status": S,
        "Status.$": str,
        "JobNameContains": S,
        "JobNameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMedicalVocabulariesParameters = TypedDict(
    "ListMedicalVocabulariesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StateEquals": S,
        "StateEquals.$": str,
        "NameContains": S,
        "NameContains.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTranscriptionJobsParameters = TypedDict(
    "ListTranscriptionJobsParameters",
    {
        "Status": S,
        "Status.$": str,
        "JobNameContains": S,
        "JobNameContains.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListVocabulariesParameters = TypedDict(
    "ListVocabulariesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StateEquals": S,
        "StateEquals.$": str,
        "NameContains": S,
        "NameContains.$": str,
    },
    total=False,
)
ListVocabularyFiltersParameters = TypedDict(
    "ListVocabularyFiltersParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameContains": S,
        "NameContains.$": str,
    },
    total=False,
)

class Media(TypedDict, total=False):
    MediaFileUri: S
    RedactedMediaFileUri: S

class ContentRedaction(TypedDict, total=False):
    RedactionType: S
    RedactionOutput: S
    PiiEntityTypes: L[Si]

class LanguageIdSettings(TypedDict, total=False):
    VocabularyName: S
    VocabularyFilterName: S
    LanguageModelName: S

class Summarization(TypedDict, total=False):
    GenerateAbstractiveSummary: B

class CallAnalyticsJobSettings(TypedDict, total=False):
    VocabularyName: S
    VocabularyFilterName: S
    VocabularyFilterMethod: S
    LanguageModelName: S
    ContentRedaction: X[ContentRedaction]
    LanguageOptions: L[Si]
    LanguageIdSettings: M[X[LanguageIdSettings]]
    Summarization: X[Summarization]

class ChannelDefinition(TypedDict, total=False):
    ChannelId: I
    ParticipantRole: S

StartCallAnalyticsJobParameters = TypedDict(
    "StartCallAnalyticsJobParameters",
    {
        "CallAnalyticsJobName": S,
        "CallAnalyticsJobName.$": str,
        "Media": X[Media],
        "Media.$": str,
        "OutputLocation": S,
        "OutputLocation.$": str,
        "OutputEncryptionKMSKeyId": S,
        "OutputEncryptionKMSKeyId.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "Settings": X[CallAnalyticsJobSettings],
        "Settings.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ChannelDefinitions": L[Xi[ChannelDefinition]],
        "ChannelDefinitions.$": str,
    },
    total=False,
)

class ClinicalNoteGenerationSettings(TypedDict, total=False):
    NoteTemplate: S

class MedicalScribeSettings(TypedDict, total=False):
    ShowSpeakerLabels: B
    MaxSpeakerLabels: I
    ChannelIdentification: B
    VocabularyName: S
    VocabularyFilterName: S
    VocabularyFilterMethod: S
    ClinicalNoteGenerationSettings: X[ClinicalNoteGenerationSettings]

class MedicalScribeChannelDefinition(TypedDict, total=False):
    ChannelId: I
    ParticipantRole: S

class MedicalScribePatientContext(TypedDict, total=False):
    Pronouns: S

class MedicalScribeContext(TypedDict, total=False):
    PatientContext: X[MedicalScribePatientContext]

StartMedicalScribeJobParameters = TypedDict(
    "StartMedicalScribeJobParameters",
    {
        "MedicalScribeJobName": S,
        "MedicalScribeJobName.$": str,
        "Media": X[Media],
        "Media.$": str,
        "OutputBucketName": S,
        "OutputBucketName.$": str,
        "OutputEncryptionKMSKeyId": S,
        "OutputEncryptionKMSKeyId.$": str,
        "KmsEncryptionContext": M[S],
        "KmsEncryptionContext.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "Settings": X[MedicalScribeSettings],
        "Settings.$": str,
        "ChannelDefinitions": L[Xi[MedicalScribeChannelDefinition]],
        "ChannelDefinitions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "MedicalScribeContext": X[MedicalScribeContext],
        "MedicalScribeContext.$": str,
    },
    total=False,
)

class MedicalTranscriptionSetting(TypedDict, total=False):
    ShowSpeakerLabels: B
    MaxSpeakerLabels: I
    ChannelIdentification: B
    ShowAlternatives: B
    MaxAlternatives: I
    VocabularyName: S

StartMedicalTranscriptionJobParameters = TypedDict(
    "StartMedicalTranscriptionJobParameters",
    {
        "MedicalTranscriptionJobName": S,
        "MedicalTranscriptionJobName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "MediaSampleRateHertz": I,
        "MediaSampleRateHertz.$": str,
        "MediaFormat": S,
        "MediaFormat.$": str,
        "Media": X[Media],
        "Media.$": str,
        "OutputBucketName": S,
        "OutputBucketName.$": str,
        "OutputKey": S,
        "OutputKey.$": str,
        "OutputEncryptionKMSKeyId": S,
        "OutputEncryptionKMSKeyId.$": str,
        "KmsEncryptionContext": M[S],
        "KmsEncryptionContext.$": str,
        "Settings": X[MedicalTranscriptionSetting],
        "Settings.$": str,
        "ContentIdentificationType": S,
        "ContentIdentificationType.$": str,
        "Specialty": S,
        "Specialty.$": str,
        "Type": S,
        "Type.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Settings(TypedDict, total=False):
    VocabularyName: S
    ShowSpeakerLabels: B
    MaxSpeakerLabels: I
    ChannelIdentification: B
    ShowAlternatives: B
    MaxAlternatives: I
    VocabularyFilterName: S
    VocabularyFilterMethod: S

class ModelSettings(TypedDict, total=False):
    LanguageModelName: S

class JobExecutionSettings(TypedDict, total=False):
    AllowDeferredExecution: B
    DataAccessRoleArn: S

class Subtitles(TypedDict, total=False):
    Formats: L[Si]
    OutputStartIndex: I

class ToxicityDetectionSettings(TypedDict, total=False):
    ToxicityCategories: L[Si]

StartTranscriptionJobParameters = TypedDict(
    "StartTranscriptionJobParameters",
    {
        "TranscriptionJobName": S,
        "TranscriptionJobName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "MediaSampleRateHertz": I,
        "MediaSampleRateHertz.$": str,
        "MediaFormat": S,
        "MediaFormat.$": str,
        "Media": X[Media],
        "Media.$": str,
        "OutputBucketName": S,
        "OutputBucketName.$": str,
        "OutputKey": S,
        "OutputKey.$": str,
        "OutputEncryptionKMSKeyId": S,
        "OutputEncryptionKMSKeyId.$": str,
        "KmsEncryptionContext": M[S],
        "KmsEncryptionContext.$": str,
        "Settings": X[Settings],
        "Settings.$": str,
        "ModelSettings": X[ModelSettings],
        "ModelSettings.$": str,
        "JobExecutionSettings": X[JobExecutionSettings],
        "JobExecutionSettings.$": str,
        "ContentRedaction": X[ContentRedaction],
        "ContentRedaction.$": str,
        "IdentifyLanguage": B,
        "IdentifyLanguage.$": str,
        "IdentifyMultipleLanguages": B,
        "IdentifyMultipleLanguages.$": str,
        "LanguageOptions": L[Si],
        "LanguageOptions.$": str,
        "Subtitles": X[Subtitles],
        "Subtitles.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "LanguageIdSettings": M[X[LanguageIdSettings]],
        "LanguageIdSettings.$": str,
        "ToxicityDetection": L[Xi[ToxicityDetectionSettings]],
        "ToxicityDetection.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class SyncMedia(TypedDict, total=False):
    MediaBytes: S
    MediaFileUri: S

class VocabularyPhrase(TypedDict, total=False):
    Text: S
    DisplayAs: S

class VocabularySettingsEntry(TypedDict, total=False):
    Language: S
    VocabularyName: S
    Phrases: L[Xi[VocabularyPhrase]]

class VocabularyFilterEntry(TypedDict, total=False):
    Language: S
    VocabularyFilterName: S
    Words: L[Si]

class VocabularyFilterSettings(TypedDict, total=False):
    VocabularyFilterMethod: S
    Filters: L[Xi[VocabularyFilterEntry]]

class SyncOutputConfiguration(TypedDict, total=False):
    OutputMediaFileUri: S

TranscribeAudioParameters = TypedDict(
    "TranscribeAudioParameters",
    {
        "Media": X[SyncMedia],
        "Media.$": str,
        "Language": S,
        "Language.$": str,
        "LanguageDetectionMode": S,
        "LanguageDetectionMode.$": str,
        "LanguageOptions": L[Si],
        "LanguageOptions.$": str,
        "ChannelIdentification": B,
        "ChannelIdentification.$": str,
        "ShowSpeakerLabels": B,
        "ShowSpeakerLabels.$": str,
        "MaxSpeakerLabels": I,
        "MaxSpeakerLabels.$": str,
        "VocabularySettings": L[Xi[VocabularySettingsEntry]],
        "VocabularySettings.$": str,
        "VocabularyFilterSettings": X[VocabularyFilterSettings],
        "VocabularyFilterSettings.$": str,
        "ContentRedaction": X[ContentRedaction],
        "ContentRedaction.$": str,
        "OutputConfiguration": X[SyncOutputConfiguration],
        "OutputConfiguration.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateCallAnalyticsCategoryParameters = TypedDict(
    "UpdateCallAnalyticsCategoryParameters",
    {
        "CategoryName": S,
        "CategoryName.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
        "InputType": S,
        "InputType.$": str,
    },
    total=False,
)
UpdateLanguageModelParameters = TypedDict(
    "UpdateLanguageModelParameters",
    {
        "ModelName": S,
        "ModelName.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
UpdateMedicalVocabularyParameters = TypedDict(
    "UpdateMedicalVocabularyParameters",
    {
        "VocabularyName": S,
        "VocabularyName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "VocabularyFileUri": S,
        "VocabularyFileUri.$": str,
    },
    total=False,
)
UpdateVocabularyParameters = TypedDict(
    "UpdateVocabularyParameters",
    {
        "VocabularyName": S,
        "VocabularyName.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "Phrases": L[Si],
        "Phrases.$": str,
        "VocabularyFileUri": S,
        "VocabularyFileUri.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
UpdateVocabularyFilterParameters = TypedDict(
    "UpdateVocabularyFilterParameters",
    {
        "VocabularyFilterName": S,
        "VocabularyFilterName.$": str,
        "Words": L[Si],
        "Words.$": str,
        "VocabularyFilterFileUri": S,
        "VocabularyFilterFileUri.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
create_call_analytics_category: Builder[CreateCallAnalyticsCategoryParameters]
create_language_model: Builder[CreateLanguageModelParameters]
create_medical_vocabulary: Builder[CreateMedicalVocabularyParameters]
create_vocabulary: Builder[CreateVocabularyParameters]
create_vocabulary_filter: Builder[CreateVocabularyFilterParameters]
delete_call_analytics_category: Builder[DeleteCallAnalyticsCategoryParameters]
delete_call_analytics_job: Builder[DeleteCallAnalyticsJobParameters]
delete_language_model: Builder[DeleteLanguageModelParameters]
delete_medical_scribe_job: Builder[DeleteMedicalScribeJobParameters]
delete_medical_transcription_job: Builder[DeleteMedicalTranscriptionJobParameters]
delete_medical_vocabulary: Builder[DeleteMedicalVocabularyParameters]
delete_transcription_job: Builder[DeleteTranscriptionJobParameters]
delete_vocabulary: Builder[DeleteVocabularyParameters]
delete_vocabulary_filter: Builder[DeleteVocabularyFilterParameters]
describe_language_model: Builder[DescribeLanguageModelParameters]
get_call_analytics_category: Builder[GetCallAnalyticsCategoryParameters]
get_call_analytics_job: Builder[GetCallAnalyticsJobParameters]
get_medical_scribe_job: Builder[GetMedicalScribeJobParameters]
get_medical_transcription_job: Builder[GetMedicalTranscriptionJobParameters]
get_medical_vocabulary: Builder[GetMedicalVocabularyParameters]
get_transcription_job: Builder[GetTranscriptionJobParameters]
get_vocabulary: Builder[GetVocabularyParameters]
get_vocabulary_filter: Builder[GetVocabularyFilterParameters]
list_call_analytics_categories: Builder[ListCallAnalyticsCategoriesParameters]
list_call_analytics_jobs: Builder[ListCallAnalyticsJobsParameters]
list_language_models: Builder[ListLanguageModelsParameters]
list_medical_scribe_jobs: Builder[ListMedicalScribeJobsParameters]
list_medical_transcription_jobs: Builder[ListMedicalTranscriptionJobsParameters]
list_medical_vocabularies: Builder[ListMedicalVocabulariesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_transcription_jobs: Builder[ListTranscriptionJobsParameters]
list_vocabularies: Builder[ListVocabulariesParameters]
list_vocabulary_filters: Builder[ListVocabularyFiltersParameters]
start_call_analytics_job: Builder[StartCallAnalyticsJobParameters]
start_medical_scribe_job: Builder[StartMedicalScribeJobParameters]
start_medical_transcription_job: Builder[StartMedicalTranscriptionJobParameters]
start_transcription_job: Builder[StartTranscriptionJobParameters]
tag_resource: Builder[TagResourceParameters]
transcribe_audio: Builder[TranscribeAudioParameters]
untag_resource: Builder[UntagResourceParameters]
update_call_analytics_category: Builder[UpdateCallAnalyticsCategoryParameters]
update_language_model: Builder[UpdateLanguageModelParameters]
update_medical_vocabulary: Builder[UpdateMedicalVocabularyParameters]
update_vocabulary: Builder[UpdateVocabularyParameters]
update_vocabulary_filter: Builder[UpdateVocabularyFilterParameters]

__all__ = [
    "create_call_analytics_category",
    "create_language_model",
    "create_medical_vocabulary",
    "create_vocabulary",
    "create_vocabulary_filter",
    "delete_call_analytics_category",
    "delete_call_analytics_job",
    "delete_language_model",
    "delete_medical_scribe_job",
    "delete_medical_transcription_job",
    "delete_medical_vocabulary",
    "delete_transcription_job",
    "delete_vocabulary",
    "delete_vocabulary_filter",
    "describe_language_model",
    "get_call_analytics_category",
    "get_call_analytics_job",
    "get_medical_scribe_job",
    "get_medical_transcription_job",
    "get_medical_vocabulary",
    "get_transcription_job",
    "get_vocabulary",
    "get_vocabulary_filter",
    "list_call_analytics_categories",
    "list_call_analytics_jobs",
    "list_language_models",
    "list_medical_scribe_jobs",
    "list_medical_transcription_jobs",
    "list_medical_vocabularies",
    "list_tags_for_resource",
    "list_transcription_jobs",
    "list_vocabularies",
    "list_vocabulary_filters",
    "start_call_analytics_job",
    "start_medical_scribe_job",
    "start_medical_transcription_job",
    "start_transcription_job",
    "tag_resource",
    "transcribe_audio",
    "untag_resource",
    "update_call_analytics_category",
    "update_language_model",
    "update_medical_vocabulary",
    "update_vocabulary",
    "update_vocabulary_filter",
]
