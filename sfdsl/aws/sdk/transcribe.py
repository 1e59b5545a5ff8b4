"""Typed builders of the AWS SDK integration of transcribe.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    CreateCallAnalyticsCategoryParameters = TypedDict(
        "CreateCallAnalyticsCategoryParameters",
        {
            "CategoryName": Any,
            "CategoryName.$": Any,
            "Rules": Any,
            "Rules.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "InputType": Any,
            "InputType.$": Any,
        },
        total=False,
    )
    CreateLanguageModelParameters = TypedDict(
        "CreateLanguageModelParameters",
        {
            "LanguageCode": Any,
            "LanguageCode.$": Any,
            "BaseModelName": Any,
            "BaseModelName.$": Any,
            "ModelName": Any,
            "ModelName.$": Any,
            "InputDataConfig": Any,
            "InputDataConfig.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateMedicalVocabularyParameters = TypedDict(
        "CreateMedicalVocabularyParameters",
        {
            "VocabularyName": Any,
            "VocabularyName.$": Any,
            "LanguageCode": Any,
            "LanguageCode.$": Any,
            "VocabularyFileUri": Any,
            "VocabularyFileUri.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateVocabularyParameters = TypedDict(
        "CreateVocabularyParameters",
        {
            "VocabularyName": Any,
            "VocabularyName.$": Any,
            "LanguageCode": Any,
            "LanguageCode.$": Any,
            "Phrases": Any,
            "Phrases.$": Any,
            "VocabularyFileUri": Any,
            "VocabularyFileUri.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "DataAccessRoleArn": Any,
            "DataAccessRoleArn.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
        },
        total=False,
    )
    CreateVocabularyFilterParameters = TypedDict(
        "CreateVocabularyFilterParameters",
        {
            "VocabularyFilterName": Any,
            "VocabularyFilterName.$": Any,
            "LanguageCode": Any,
            "LanguageCode.$": Any,
            "Words": Any,
            "Words.$": Any,
            "VocabularyFilterFileUri": Any,
            "VocabularyFilterFileUri.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "DataAccessRoleArn": Any,
            "DataAccessRoleArn.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
        },
        total=False,
    )
    DeleteCallAnalyticsCategoryParameters = TypedDict(
        "DeleteCallAnalyticsCategoryParameters",
        {"CategoryName": Any, "CategoryName.$": Any},
        total=False,
    )
    DeleteCallAnalyticsJobParameters = TypedDict(
        "DeleteCallAnalyticsJobParameters",
        {"CallAnalyticsJobName": Any, "CallAnalyticsJobName.$": Any},
        total=False,
    )
    DeleteLanguageModelParameters = TypedDict(
        "DeleteLanguageModelParameters", {"ModelName": Any, "ModelName.$": Any}, total=False
    )
    DeleteMedicalScribeJobParameters = TypedDict(
        "DeleteMedicalScribeJobParameters",
        {"MedicalScribeJobName": Any, "MedicalScribeJobName.$": Any},
        total=False,
    )
    DeleteMedicalTranscriptionJobParameters = TypedDict(
        "DeleteMedicalTranscriptionJobParameters",
        {"MedicalTranscriptionJobName": Any, "MedicalTranscriptionJobName.$": Any},
        total=False,
    )
    DeleteMedicalVocabularyParameters = TypedDict(
        "DeleteMedicalVocabularyParameters",
        {"VocabularyName": Any, "VocabularyName.$": Any},
        total=False,
    )
    DeleteTranscriptionJobParameters = TypedDict(
        "DeleteTranscriptionJobParameters",
        {"TranscriptionJobName": Any, "TranscriptionJobName.$": Any},
        total=False,
    )
    DeleteVocabularyParameters = TypedDict(
        "DeleteVocabularyParameters", {"VocabularyName": Any, "VocabularyName.$": Any}, total=False
    )
    DeleteVocabularyFilterParameters = TypedDict(
        "DeleteVocabularyFilterParameters",
        {"VocabularyFilterName": Any, "VocabularyFilterName.$": Any},
        total=False,
    )
    DescribeLanguageModelParameters = TypedDict(
        "DescribeLanguageModelParameters", {"ModelName": Any, "ModelName.$": Any}, total=False
    )
    GetCallAnalyticsCategoryParameters = TypedDict(
        "GetCallAnalyticsCategoryParameters",
        {"CategoryName": Any, "CategoryName.$": Any},
        total=False,
    )
    GetCallAnalyticsJobParameters = TypedDict(
        "GetCallAnalyticsJobParameters",
        {"CallAnalyticsJobName": Any, "CallAnalyticsJobName.$": Any},
        total=False,
    )
    GetMedicalScribeJobParameters = TypedDict(
        "GetMedicalScribeJobParameters",
        {"MedicalScribeJobName": Any, "MedicalScribeJobName.$": Any},
        total=False,
    )
    GetMedicalTranscriptionJobParameters = TypedDict(
        "GetMedicalTranscriptionJobParameters",
        {"MedicalTranscriptionJobName": Any, "MedicalTranscriptionJobName.$": Any},
        total=False,
    )
    GetMedicalVocabularyParameters = TypedDict(
        "GetMedicalVocabularyParameters",
        {"VocabularyName": Any, "VocabularyName.$": Any},
        total=False,
    )
    GetTranscriptionJobParameters = TypedDict(
        "GetTranscriptionJobParameters",
        {"TranscriptionJobName": Any, "TranscriptionJobName.$": Any},
        total=False,
    )
    GetVocabularyParameters = TypedDict(
        "GetVocabularyParameters", {"VocabularyName": Any, "VocabularyName.$": Any}, total=False
    )
    GetVocabularyFilterParameters = TypedDict(
        "GetVocabularyFilterParameters",
        {"VocabularyFilterName": Any, "VocabularyFilterName.$": Any},
        total=False,
    )
    ListCallAnalyticsCategoriesParameters = TypedDict(
        "ListCallAnalyticsCategoriesParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ListCallAnalyticsJobsParameters = TypedDict(
        "ListCallAnalyticsJobsParameters",
        {
            "Status": Any,
            "Status.$": Any,
            "JobNameContains": Any,
            "JobNameContains.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListLanguageModelsParameters = TypedDict(
        "ListLanguageModelsParameters",
        {
            "StatusEquals": Any,
            "StatusEquals.$": Any,
            "NameContains": Any,
            "NameContains.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListMedicalScribeJobsParameters = TypedDict(
        "ListMedicalScribeJobsParameters",
        {
            "Status": Any,
            "Status.$": Any,
            "JobNameContains": Any,
            "JobNameContains.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListMedicalTranscriptionJobsParameters = TypedDict(
        "ListMedicalTranscriptionJobsParameters",
        {
            "Status": Any,
            "Status.$": Any,
            "JobNameContains": Any,
            "JobNameContains.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListMedicalVocabulariesParameters = TypedDict(
        "ListMedicalVocabulariesParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "StateEquals": Any,
            "StateEquals.$": Any,
            "NameContains": Any,
            "NameContains.$": Any,
        },
        total=False,
    )
    ListTagsForResourceParameters = TypedDict(
        "ListTagsForResourceParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    ListTranscriptionJobsParameters = TypedDict(
        "ListTranscriptionJobsParameters",
        {
            "Status": Any,
            "Status.$": Any,
            "JobNameContains": Any,
            "JobNameContains.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListVocabulariesParameters = TypedDict(
        "ListVocabulariesParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "StateEquals": Any,
            "StateEquals.$": Any,
            "NameContains": Any,
            "NameContains.$": Any,
        },
        total=False,
    )
    ListVocabularyFiltersParameters = TypedDict(
        "ListVocabularyFiltersParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NameContains": Any,
            "NameContains.$": Any,
        },
        total=False,
    )
    StartCallAnalyticsJobParameters = TypedDict(
        "StartCallAnalyticsJobParameters",
        {
            "CallAnalyticsJobName": Any,
            "CallAnalyticsJobName.$": Any,
            "Media": Any,
            "Media.$": Any,
            "OutputLocation": Any,
            "OutputLocation.$": Any,
            "OutputEncryptionKMSKeyId": Any,
            "OutputEncryptionKMSKeyId.$": Any,
            "DataAccessRoleArn": Any,
            "DataAccessRoleArn.$": Any,
            "Settings": Any,
            "Settings.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "ChannelDefinitions": Any,
            "ChannelDefinitions.$": Any,
        },
        total=False,
    )
    StartMedicalScribeJobParameters = TypedDict(
        "StartMedicalScribeJobParameters",
        {
            "MedicalScribeJobName": Any,
            "MedicalScribeJobName.$": Any,
            "Media": Any,
            "Media.$": Any,
            "OutputBucketName": Any,
            "OutputBucketName.$": Any,
            "OutputEncryptionKMSKeyId": Any,
            "OutputEncryptionKMSKeyId.$": Any,
            "KmsEncryptionContext": Any,
            "KmsEncryptionContext.$": Any,
            "DataAccessRoleArn": Any,
            "DataAccessRoleArn.$": Any,
            "Settings": Any,
            "Settings.$": Any,
            "ChannelDefinitions": Any,
            "ChannelDefinitions.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "MedicalScribeContext": Any,
            "MedicalScribeContext.$": Any,
        },
        total=False,
    )
    StartMedicalTranscriptionJobParameters = TypedDict(
        "StartMedicalTranscriptionJobParameters",
        {
            "MedicalTranscriptionJobName": Any,
            "MedicalTranscriptionJobName.$": Any,
            "LanguageCode": Any,
            "LanguageCode.$": Any,
            "MediaSampleRateHertz": Any,
            "MediaSampleRateHertz.$": Any,
            "MediaFormat": Any,
            "MediaFormat.$": Any,
            "Media": Any,
            "Media.$": Any,
            "OutputBucketName": Any,
            "OutputBucketName.$": Any,
            "OutputKey": Any,
            "OutputKey.$": Any,
            "OutputEncryptionKMSKeyId": Any,
            "OutputEncryptionKMSKeyId.$": Any,
            "KmsEncryptionContext": Any,
            "KmsEncryptionContext.$": Any,
            "Settings": Any,
            "Settings.$": Any,
            "ContentIdentificationType": Any,
            "ContentIdentificationType.$": Any,
            "Specialty": Any,
            "Specialty.$": Any,
            "Type": Any,
            "Type.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    StartTranscriptionJobParameters = TypedDict(
        "StartTranscriptionJobParameters",
        {
            "TranscriptionJobName": Any,
            "TranscriptionJobName.$": Any,
            "LanguageCode": Any,
            "LanguageCode.$": Any,
            "MediaSampleRateHertz": Any,
            "MediaSampleRateHertz.$": Any,
            "MediaFormat": Any,
            "MediaFormat.$": Any,
            "Media": Any,
            "Media.$": Any,
            "OutputBucketName": Any,
            "OutputBucketName.$": Any,
            "OutputKey": Any,
            "OutputKey.$": Any,
            "OutputEncryptionKMSKeyId": Any,
            "OutputEncryptionKMSKeyId.$": Any,
            "KmsEncryptionContext": Any,
            "KmsEncryptionContext.$": Any,
            "Settings": Any,
            "Settings.$": Any,
            "ModelSettings": Any,
            "ModelSettings.$": Any,
            "JobExecutionSettings": Any,
            "JobExecutionSettings.$": Any,
            "ContentRedaction": Any,
            "ContentRedaction.$": Any,
            "IdentifyLanguage": Any,
            "IdentifyLanguage.$": Any,
            "IdentifyMultipleLanguages": Any,
            "IdentifyMultipleLanguages.$": Any,
            "LanguageOptions": Any,
            "LanguageOptions.$": Any,
            "Subtitles": Any,
            "Subtitles.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "LanguageIdSettings": Any,
            "LanguageIdSettings.$": Any,
            "ToxicityDetection": Any,
            "ToxicityDetection.$": Any,
        },
        total=False,
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    TranscribeAudioParameters = TypedDict(
        "TranscribeAudioParameters",
        {
            "Media": Any,
            "Media.$": Any,
            "Language": Any,
            "Language.$": Any,
            "LanguageDetectionMode": Any,
            "LanguageDetectionMode.$": Any,
            "LanguageOptions": Any,
            "LanguageOptions.$": Any,
            "ChannelIdentification": Any,
            "ChannelIdentification.$": Any,
            "ShowSpeakerLabels": Any,
            "ShowSpeakerLabels.$": Any,
            "MaxSpeakerLabels": Any,
            "MaxSpeakerLabels.$": Any,
            "VocabularySettings": Any,
            "VocabularySettings.$": Any,
            "VocabularyFilterSettings": Any,
            "VocabularyFilterSettings.$": Any,
            "ContentRedaction": Any,
            "ContentRedaction.$": Any,
            "OutputConfiguration": Any,
            "OutputConfiguration.$": Any,
        },
        total=False,
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    UpdateCallAnalyticsCategoryParameters = TypedDict(
        "UpdateCallAnalyticsCategoryParameters",
        {
            "CategoryName": Any,
            "CategoryName.$": Any,
            "Rules": Any,
            "Rules.$": Any,
            "InputType": Any,
            "InputType.$": Any,
        },
        total=False,
    )
    UpdateLanguageModelParameters = TypedDict(
        "UpdateLanguageModelParameters",
        {
            "ModelName": Any,
            "ModelName.$": Any,
            "DataAccessRoleArn": Any,
            "DataAccessRoleArn.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
        },
        total=False,
    )
    UpdateMedicalVocabularyParameters = TypedDict(
        "UpdateMedicalVocabularyParameters",
        {
            "VocabularyName": Any,
            "VocabularyName.$": Any,
            "LanguageCode": Any,
            "LanguageCode.$": Any,
            "VocabularyFileUri": Any,
            "VocabularyFileUri.$": Any,
        },
        total=False,
    )
    UpdateVocabularyParameters = TypedDict(
        "UpdateVocabularyParameters",
        {
            "VocabularyName": Any,
            "VocabularyName.$": Any,
            "LanguageCode": Any,
            "LanguageCode.$": Any,
            "Phrases": Any,
            "Phrases.$": Any,
            "VocabularyFileUri": Any,
            "VocabularyFileUri.$": Any,
            "DataAccessRoleArn": Any,
            "DataAccessRoleArn.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
        },
        total=False,
    )
    UpdateVocabularyFilterParameters = TypedDict(
        "UpdateVocabularyFilterParameters",
        {
            "VocabularyFilterName": Any,
            "VocabularyFilterName.$": Any,
            "Words": Any,
            "Words.$": Any,
            "VocabularyFilterFileUri": Any,
            "VocabularyFilterFileUri.$": Any,
            "DataAccessRoleArn": Any,
            "DataAccessRoleArn.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
        },
        total=False,
    )


def create_call_analytics_category(
    name: str,
    parameters: CreateCallAnalyticsCategoryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:createCallAnalyticsCategory (``arn:aws:states:::aws-sdk:transcribe:createCallAnalyticsCategory``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:createCallAnalyticsCategory", parameters, pattern, options)


def create_language_model(
    name: str,
    parameters: CreateLanguageModelParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:createLanguageModel (``arn:aws:states:::aws-sdk:transcribe:createLanguageModel``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:createLanguageModel", parameters, pattern, options)


def create_medical_vocabulary(
    name: str,
    parameters: CreateMedicalVocabularyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:createMedicalVocabulary (``arn:aws:states:::aws-sdk:transcribe:createMedicalVocabulary``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:createMedicalVocabulary", parameters, pattern, options)


def create_vocabulary(
    name: str,
    parameters: CreateVocabularyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:createVocabulary (``arn:aws:states:::aws-sdk:transcribe:createVocabulary``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:createVocabulary", parameters, pattern, options)


def create_vocabulary_filter(
    name: str,
    parameters: CreateVocabularyFilterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:createVocabularyFilter (``arn:aws:states:::aws-sdk:transcribe:createVocabularyFilter``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:createVocabularyFilter", parameters, pattern, options)


def delete_call_analytics_category(
    name: str,
    parameters: DeleteCallAnalyticsCategoryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:deleteCallAnalyticsCategory (``arn:aws:states:::aws-sdk:transcribe:deleteCallAnalyticsCategory``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:deleteCallAnalyticsCategory", parameters, pattern, options)


def delete_call_analytics_job(
    name: str,
    parameters: DeleteCallAnalyticsJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:deleteCallAnalyticsJob (``arn:aws:states:::aws-sdk:transcribe:deleteCallAnalyticsJob``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:deleteCallAnalyticsJob", parameters, pattern, options)


def delete_language_model(
    name: str,
    parameters: DeleteLanguageModelParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:deleteLanguageModel (``arn:aws:states:::aws-sdk:transcribe:deleteLanguageModel``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:deleteLanguageModel", parameters, pattern, options)


def delete_medical_scribe_job(
    name: str,
    parameters: DeleteMedicalScribeJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:deleteMedicalScribeJob (``arn:aws:states:::aws-sdk:transcribe:deleteMedicalScribeJob``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:deleteMedicalScribeJob", parameters, pattern, options)


def delete_medical_transcription_job(
    name: str,
    parameters: DeleteMedicalTranscriptionJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:deleteMedicalTranscriptionJob (``arn:aws:states:::aws-sdk:transcribe:deleteMedicalTranscriptionJob``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:deleteMedicalTranscriptionJob", parameters, pattern, options)


def delete_medical_vocabulary(
    name: str,
    parameters: DeleteMedicalVocabularyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:deleteMedicalVocabulary (``arn:aws:states:::aws-sdk:transcribe:deleteMedicalVocabulary``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:deleteMedicalVocabulary", parameters, pattern, options)


def delete_transcription_job(
    name: str,
    parameters: DeleteTranscriptionJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:deleteTranscriptionJob (``arn:aws:states:::aws-sdk:transcribe:deleteTranscriptionJob``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:deleteTranscriptionJob", parameters, pattern, options)


def delete_vocabulary(
    name: str,
    parameters: DeleteVocabularyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:deleteVocabulary (``arn:aws:states:::aws-sdk:transcribe:deleteVocabulary``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:deleteVocabulary", parameters, pattern, options)


def delete_vocabulary_filter(
    name: str,
    parameters: DeleteVocabularyFilterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:deleteVocabularyFilter (``arn:aws:states:::aws-sdk:transcribe:deleteVocabularyFilter``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:deleteVocabularyFilter", parameters, pattern, options)


def describe_language_model(
    name: str,
    parameters: DescribeLanguageModelParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:describeLanguageModel (``arn:aws:states:::aws-sdk:transcribe:describeLanguageModel``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:describeLanguageModel", parameters, pattern, options)


def get_call_analytics_category(
    name: str,
    parameters: GetCallAnalyticsCategoryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:getCallAnalyticsCategory (``arn:aws:states:::aws-sdk:transcribe:getCallAnalyticsCategory``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:getCallAnalyticsCategory", parameters, pattern, options)


def get_call_analytics_job(
    name: str,
    parameters: GetCallAnalyticsJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:getCallAnalyticsJob (``arn:aws:states:::aws-sdk:transcribe:getCallAnalyticsJob``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:getCallAnalyticsJob", parameters, pattern, options)


def get_medical_scribe_job(
    name: str,
    parameters: GetMedicalScribeJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:getMedicalScribeJob (``arn:aws:states:::aws-sdk:transcribe:getMedicalScribeJob``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:getMedicalScribeJob", parameters, pattern, options)


def get_medical_transcription_job(
    name: str,
    parameters: GetMedicalTranscriptionJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:getMedicalTranscriptionJob (``arn:aws:states:::aws-sdk:transcribe:getMedicalTranscriptionJob``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:getMedicalTranscriptionJob", parameters, pattern, options)


def get_medical_vocabulary(
    name: str,
    parameters: GetMedicalVocabularyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:getMedicalVocabulary (``arn:aws:states:::aws-sdk:transcribe:getMedicalVocabulary``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:getMedicalVocabulary", parameters, pattern, options)


def get_transcription_job(
    name: str,
    parameters: GetTranscriptionJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:getTranscriptionJob (``arn:aws:states:::aws-sdk:transcribe:getTranscriptionJob``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:getTranscriptionJob", parameters, pattern, options)


def get_vocabulary(
    name: str,
    parameters: GetVocabularyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:getVocabulary (``arn:aws:states:::aws-sdk:transcribe:getVocabulary``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:getVocabulary", parameters, pattern, options)


def get_vocabulary_filter(
    name: str,
    parameters: GetVocabularyFilterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:getVocabularyFilter (``arn:aws:states:::aws-sdk:transcribe:getVocabularyFilter``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:getVocabularyFilter", parameters, pattern, options)


def list_call_analytics_categories(
    name: str,
    parameters: ListCallAnalyticsCategoriesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:listCallAnalyticsCategories (``arn:aws:states:::aws-sdk:transcribe:listCallAnalyticsCategories``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:listCallAnalyticsCategories", parameters, pattern, options)


def list_call_analytics_jobs(
    name: str,
    parameters: ListCallAnalyticsJobsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:listCallAnalyticsJobs (``arn:aws:states:::aws-sdk:transcribe:listCallAnalyticsJobs``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:listCallAnalyticsJobs", parameters, pattern, options)


def list_language_models(
    name: str,
    parameters: ListLanguageModelsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:listLanguageModels (``arn:aws:states:::aws-sdk:transcribe:listLanguageModels``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:listLanguageModels", parameters, pattern, options)


def list_medical_scribe_jobs(
    name: str,
    parameters: ListMedicalScribeJobsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:listMedicalScribeJobs (``arn:aws:states:::aws-sdk:transcribe:listMedicalScribeJobs``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:listMedicalScribeJobs", parameters, pattern, options)


def list_medical_transcription_jobs(
    name: str,
    parameters: ListMedicalTranscriptionJobsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:listMedicalTranscriptionJobs (``arn:aws:states:::aws-sdk:transcribe:listMedicalTranscriptionJobs``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:listMedicalTranscriptionJobs", parameters, pattern, options)


def list_medical_vocabularies(
    name: str,
    parameters: ListMedicalVocabulariesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:listMedicalVocabularies (``arn:aws:states:::aws-sdk:transcribe:listMedicalVocabularies``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:listMedicalVocabularies", parameters, pattern, options)


def list_tags_for_resource(
    name: str,
    parameters: ListTagsForResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:listTagsForResource (``arn:aws:states:::aws-sdk:transcribe:listTagsForResource``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:listTagsForResource", parameters, pattern, options)


def list_transcription_jobs(
    name: str,
    parameters: ListTranscriptionJobsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:listTranscriptionJobs (``arn:aws:states:::aws-sdk:transcribe:listTranscriptionJobs``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:listTranscriptionJobs", parameters, pattern, options)


def list_vocabularies(
    name: str,
    parameters: ListVocabulariesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:listVocabularies (``arn:aws:states:::aws-sdk:transcribe:listVocabularies``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:listVocabularies", parameters, pattern, options)


def list_vocabulary_filters(
    name: str,
    parameters: ListVocabularyFiltersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:listVocabularyFilters (``arn:aws:states:::aws-sdk:transcribe:listVocabularyFilters``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:listVocabularyFilters", parameters, pattern, options)


def start_call_analytics_job(
    name: str,
    parameters: StartCallAnalyticsJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:startCallAnalyticsJob (``arn:aws:states:::aws-sdk:transcribe:startCallAnalyticsJob``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:startCallAnalyticsJob", parameters, pattern, options)


def start_medical_scribe_job(
    name: str,
    parameters: StartMedicalScribeJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:startMedicalScribeJob (``arn:aws:states:::aws-sdk:transcribe:startMedicalScribeJob``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:startMedicalScribeJob", parameters, pattern, options)


def start_medical_transcription_job(
    name: str,
    parameters: StartMedicalTranscriptionJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:startMedicalTranscriptionJob (``arn:aws:states:::aws-sdk:transcribe:startMedicalTranscriptionJob``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:startMedicalTranscriptionJob", parameters, pattern, options)


def start_transcription_job(
    name: str,
    parameters: StartTranscriptionJobParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:startTranscriptionJob (``arn:aws:states:::aws-sdk:transcribe:startTranscriptionJob``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:startTranscriptionJob", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:tagResource (``arn:aws:states:::aws-sdk:transcribe:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:tagResource", parameters, pattern, options)


def transcribe_audio(
    name: str,
    parameters: TranscribeAudioParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:transcribeAudio (``arn:aws:states:::aws-sdk:transcribe:transcribeAudio``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:transcribeAudio", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:untagResource (``arn:aws:states:::aws-sdk:transcribe:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:untagResource", parameters, pattern, options)


def update_call_analytics_category(
    name: str,
    parameters: UpdateCallAnalyticsCategoryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:updateCallAnalyticsCategory (``arn:aws:states:::aws-sdk:transcribe:updateCallAnalyticsCategory``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:updateCallAnalyticsCategory", parameters, pattern, options)


def update_language_model(
    name: str,
    parameters: UpdateLanguageModelParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:updateLanguageModel (``arn:aws:states:::aws-sdk:transcribe:updateLanguageModel``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:updateLanguageModel", parameters, pattern, options)


def update_medical_vocabulary(
    name: str,
    parameters: UpdateMedicalVocabularyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:updateMedicalVocabulary (``arn:aws:states:::aws-sdk:transcribe:updateMedicalVocabulary``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:updateMedicalVocabulary", parameters, pattern, options)


def update_vocabulary(
    name: str,
    parameters: UpdateVocabularyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:updateVocabulary (``arn:aws:states:::aws-sdk:transcribe:updateVocabulary``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:updateVocabulary", parameters, pattern, options)


def update_vocabulary_filter(
    name: str,
    parameters: UpdateVocabularyFilterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call transcribe:updateVocabularyFilter (``arn:aws:states:::aws-sdk:transcribe:updateVocabularyFilter``); the parameters are checked against its API model."""
    return sdk_task(name, "transcribe:updateVocabularyFilter", parameters, pattern, options)


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
