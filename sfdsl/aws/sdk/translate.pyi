"""Typed builders of the AWS SDK integration of translate (``aws-sdk:translate:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, T, X, Xi

class ParallelDataConfig(TypedDict, total=False):
    S3Uri: S
    Format: S

class EncryptionKey(TypedDict, total=False):
    Type: S
    Id: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateParallelDataParameters = TypedDict(
    "CreateParallelDataParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ParallelDataConfig": X[ParallelDataConfig],
        "ParallelDataConfig.$": str,
        "EncryptionKey": X[EncryptionKey],
        "EncryptionKey.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteParallelDataParameters = TypedDict(
    "DeleteParallelDataParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteTerminologyParameters = TypedDict(
    "DeleteTerminologyParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeTextTranslationJobParameters = TypedDict(
    "DescribeTextTranslationJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetParallelDataParameters = TypedDict(
    "GetParallelDataParameters", {"Name": S, "Name.$": str}, total=False
)
GetTerminologyParameters = TypedDict(
    "GetTerminologyParameters",
    {"Name": S, "Name.$": str, "TerminologyDataFormat": S, "TerminologyDataFormat.$": str},
    total=False,
)

class TerminologyData(TypedDict, total=False):
    File: S
    Format: S
    Directionality: S

ImportTerminologyParameters = TypedDict(
    "ImportTerminologyParameters",
    {
        "Name": S,
        "Name.$": str,
        "MergeStrategy": S,
        "MergeStrategy.$": str,
        "Description": S,
        "Description.$": str,
        "TerminologyData": X[TerminologyData],
        "TerminologyData.$": str,
        "EncryptionKey": X[EncryptionKey],
        "EncryptionKey.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
ListLanguagesParameters = TypedDict(
    "ListLanguagesParameters",
    {
        "DisplayLanguageCode": S,
        "DisplayLanguageCode.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListParallelDataParameters = TypedDict(
    "ListParallelDataParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTerminologiesParameters = TypedDict(
    "ListTerminologiesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class TextTranslationJobFilter(TypedDict, total=False):
    JobName: S
    JobStatus: S
    SubmittedBeforeTime: T
    SubmittedAfterTime: T

ListTextTranslationJobsParameters = TypedDict(
    "ListTextTranslationJobsParameters",
    {
        "Filter": X[TextTranslationJobFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class InputDataConfig(TypedDict, total=False):
    S3Uri: S
    ContentType: S

class OutputDataConfig(TypedDict, total=False):
    S3Uri: S
    EncryptionKey: X[EncryptionKey]

class TranslationSettings(TypedDict, total=False):
    Formality: S
    Profanity: S
    Brevity: S

StartTextTranslationJobParameters = TypedDict(
    "StartTextTranslationJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[OutputDataConfig],
        "OutputDataConfig.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "SourceLanguageCode": S,
        "SourceLanguageCode.$": str,
        "TargetLanguageCodes": L[Si],
        "TargetLanguageCodes.$": str,
        "TerminologyNames": L[Si],
        "TerminologyNames.$": str,
        "ParallelDataNames": L[Si],
        "ParallelDataNames.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Settings": X[TranslationSettings],
        "Settings.$": str,
    },
    total=False,
)
StopTextTranslationJobParameters = TypedDict(
    "StopTextTranslationJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class Document(TypedDict, total=False):
    Content: S
    ContentType: S

TranslateDocumentParameters = TypedDict(
    "TranslateDocumentParameters",
    {
        "Document": X[Document],
        "Document.$": str,
        "TerminologyNames": L[Si],
        "TerminologyNames.$": str,
        "SourceLanguageCode": S,
        "SourceLanguageCode.$": str,
        "TargetLanguageCode": S,
        "TargetLanguageCode.$": str,
        "Settings": X[TranslationSettings],
        "Settings.$": str,
    },
    total=False,
)
TranslateTextParameters = TypedDict(
    "TranslateTextParameters",
    {
        "Text": S,
        "Text.$": str,
        "TerminologyNames": L[Si],
        "TerminologyNames.$": str,
        "SourceLanguageCode": S,
        "SourceLanguageCode.$": str,
        "TargetLanguageCode": S,
        "TargetLanguageCode.$": str,
        "Settings": X[TranslationSettings],
        "Settings.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateParallelDataParameters = TypedDict(
    "UpdateParallelDataParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ParallelDataConfig": X[ParallelDataConfig],
        "ParallelDataConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
create_parallel_data: Builder[CreateParallelDataParameters]
delete_parallel_data: Builder[DeleteParallelDataParameters]
delete_terminology: Builder[DeleteTerminologyParameters]
describe_text_translation_job: Builder[DescribeTextTranslationJobParameters]
get_parallel_data: Builder[GetParallelDataParameters]
get_terminology: Builder[GetTerminologyParameters]
import_terminology: Builder[ImportTerminologyParameters]
list_languages: Builder[ListLanguagesParameters]
list_parallel_data: Builder[ListParallelDataParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_terminologies: Builder[ListTerminologiesParameters]
list_text_translation_jobs: Builder[ListTextTranslationJobsParameters]
start_text_translation_job: Builder[StartTextTranslationJobParameters]
stop_text_translation_job: Builder[StopTextTranslationJobParameters]
tag_resource: Builder[TagResourceParameters]
translate_document: Builder[TranslateDocumentParameters]
translate_text: Builder[TranslateTextParameters]
untag_resource: Builder[UntagResourceParameters]
update_parallel_data: Builder[UpdateParallelDataParameters]

__all__ = [
    "create_parallel_data",
    "delete_parallel_data",
    "delete_terminology",
    "describe_text_translation_job",
    "get_parallel_data",
    "get_terminology",
    "import_terminology",
    "list_languages",
    "list_parallel_data",
    "list_tags_for_resource",
    "list_terminologies",
    "list_text_translation_jobs",
    "start_text_translation_job",
    "stop_text_translation_job",
    "tag_resource",
    "translate_document",
    "translate_text",
    "untag_resource",
    "update_parallel_data",
]
