"""Typed builders of the AWS SDK integration of bedrockdataautomation (``aws-sdk:bedrockdataautomation:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

CopyBlueprintStageParameters = TypedDict(
    "CopyBlueprintStageParameters",
    {
        "BlueprintArn": S,
        "BlueprintArn.$": str,
        "SourceStage": S,
        "SourceStage.$": str,
        "TargetStage": S,
        "TargetStage.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class EncryptionConfiguration(TypedDict, total=False):
    KmsKeyId: S
    KmsEncryptionContext: M[S]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateBlueprintParameters = TypedDict(
    "CreateBlueprintParameters",
    {
        "BlueprintName": S,
        "BlueprintName.$": str,
        "Type": S,
        "Type.$": str,
        "BlueprintStage": S,
        "BlueprintStage.$": str,
        "Schema": S,
        "Schema.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateBlueprintVersionParameters = TypedDict(
    "CreateBlueprintVersionParameters",
    {"BlueprintArn": S, "BlueprintArn.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
CreateDataAutomationLibraryParameters = TypedDict(
    "CreateDataAutomationLibraryParameters",
    {
        "LibraryName": S,
        "LibraryName.$": str,
        "LibraryDescription": S,
        "LibraryDescription.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class DocumentExtractionGranularity(TypedDict, total=False):
    Types: L[Si]

class DocumentBoundingBox(TypedDict, total=False):
    State: S

class DocumentStandardExtraction(TypedDict, total=False):
    Granularity: X[DocumentExtractionGranularity]
    BoundingBox: X[DocumentBoundingBox]

class DocumentStandardGenerativeField(TypedDict, total=False):
    State: S

class DocumentOutputTextFormat(TypedDict, total=False):
    Types: L[Si]

class DocumentOutputAdditionalFileFormat(TypedDict, total=False):
    State: S

class DocumentOutputFormat(TypedDict, total=False):
    TextFormat: X[DocumentOutputTextFormat]
    AdditionalFileFormat: X[DocumentOutputAdditionalFileFormat]

class DocumentStandardOutputConfiguration(TypedDict, total=False):
    Extraction: X[DocumentStandardExtraction]
    GenerativeField: X[DocumentStandardGenerativeField]
    OutputFormat: X[DocumentOutputFormat]

class ImageExtractionCategory(TypedDict, total=False):
    State: S
    Types: L[Si]

class ImageBoundingBox(TypedDict, total=False):
    State: S

class ImageStandardExtraction(TypedDict, total=False):
    Category: X[ImageExtractionCategory]
    BoundingBox: X[ImageBoundingBox]

class ImageStandardGenerativeField(TypedDict, total=False):
    State: S
    Types: L[Si]

class ImageStandardOutputConfiguration(TypedDict, total=False):
    Extraction: X[ImageStandardExtraction]
    GenerativeField: X[ImageStandardGenerativeField]

class VideoExtractionCategory(TypedDict, total=False):
    State: S
    Types: L[Si]

class VideoBoundingBox(TypedDict, total=False):
    State: S

class VideoStandardExtraction(TypedDict, total=False):
    Category: X[VideoExtractionCategory]
    BoundingBox: X[VideoBoundingBox]

class VideoStandardGenerativeField(TypedDict, total=False):
    State: S
    Types: L[Si]

class VideoStandardOutputConfiguration(TypedDict, total=False):
    Extraction: X[VideoStandardExtraction]
    GenerativeField: X[VideoStandardGenerativeField]

class SpeakerLabelingConfiguration(TypedDict, total=False):
    State: S

class ChannelLabelingConfiguration(TypedDict, total=False):
    State: S

class TranscriptConfiguration(TypedDict, total=False):
    SpeakerLabeling: X[SpeakerLabelingConfiguration]
    ChannelLabeling: X[ChannelLabelingConfiguration]

class AudioExtractionCategoryTypeConfiguration(TypedDict, total=False):
    Transcript: X[TranscriptConfiguration]

class AudioExtractionCategory(TypedDict, total=False):
    State: S
    Types: L[Si]
    TypeConfiguration: X[AudioExtractionCategoryTypeConfiguration]

class AudioStandardExtraction(TypedDict, total=False):
    Category: X[AudioExtractionCategory]

class AudioStandardGenerativeField(TypedDict, total=False):
    State: S
    Types: L[Si]

class AudioStandardOutputConfiguration(TypedDict, total=False):
    Extraction: X[AudioStandardExtraction]
    GenerativeField: X[AudioStandardGenerativeField]

class StandardOutputConfiguration(TypedDict, total=False):
    Document: X[DocumentStandardOutputConfiguration]
    Image: X[ImageStandardOutputConfiguration]
    Video: X[VideoStandardOutputConfiguration]
    Audio: X[AudioStandardOutputConfiguration]

class BlueprintItem(TypedDict, total=False):
    BlueprintArn: S
    BlueprintVersion: S
    BlueprintStage: S

class DocumentCustomOutputConfiguration(TypedDict, total=False):
    FallbackBlueprints: L[Xi[BlueprintItem]]

class CustomOutputConfiguration(TypedDict, total=False):
    Blueprints: L[Xi[BlueprintItem]]
    Document: X[DocumentCustomOutputConfiguration]

class SplitterConfiguration(TypedDict, total=False):
    State: S

class ModalityProcessingConfiguration(TypedDict, total=False):
    State: S

class PIIEntitiesConfiguration(TypedDict, total=False):
    PiiEntityTypes: L[Si]
    RedactionMaskMode: S

class SensitiveDataConfiguration(TypedDict, total=False):
    DetectionMode: S
    DetectionScope: L[Si]
    PiiEntitiesConfiguration: X[PIIEntitiesConfiguration]

class DocumentOverrideConfiguration(TypedDict, total=False):
    Splitter: X[SplitterConfiguration]
    ModalityProcessing: X[ModalityProcessingConfiguration]
    SensitiveDataConfiguration: X[SensitiveDataConfiguration]

class ImageOverrideConfiguration(TypedDict, total=False):
    ModalityProcessing: X[ModalityProcessingConfiguration]
    SensitiveDataConfiguration: X[SensitiveDataConfiguration]

class VideoOverrideConfiguration(TypedDict, total=False):
    ModalityProcessing: X[ModalityProcessingConfiguration]
    SensitiveDataConfiguration: X[SensitiveDataConfiguration]

class AudioLanguageConfiguration(TypedDict, total=False):
    InputLanguages: L[Si]
    GenerativeOutputLanguage: S
    IdentifyMultipleLanguages: B

class AudioOverrideConfiguration(TypedDict, total=False):
    ModalityProcessing: X[ModalityProcessingConfiguration]
    LanguageConfiguration: X[AudioLanguageConfiguration]
    SensitiveDataConfiguration: X[SensitiveDataConfiguration]

class ModalityRoutingConfiguration(TypedDict, total=False):
    Jpeg: S
    Png: S
    Mp4: S
    Mov: S

class OverrideConfiguration(TypedDict, total=False):
    Document: X[DocumentOverrideConfiguration]
    Image: X[ImageOverrideConfiguration]
    Video: X[VideoOverrideConfiguration]
    Audio: X[AudioOverrideConfiguration]
    ModalityRouting: X[ModalityRoutingConfiguration]

class DataAutomationLibraryItem(TypedDict, total=False):
    LibraryArn: S

class DataAutomationLibraryConfiguration(TypedDict, total=False):
    Libraries: L[Xi[DataAutomationLibraryItem]]

CreateDataAutomationProjectParameters = TypedDict(
    "CreateDataAutomationProjectParameters",
    {
        "ProjectName": S,
        "ProjectName.$": str,
        "ProjectDescription": S,
        "ProjectDescription.$": str,
        "ProjectStage": S,
        "ProjectStage.$": str,
        "ProjectType": S,
        "ProjectType.$": str,
        "StandardOutputConfiguration": X[StandardOutputConfiguration],
        "StandardOutputConfiguration.$": str,
        "CustomOutputConfiguration": X[CustomOutputConfiguration],
        "CustomOutputConfiguration.$": str,
        "OverrideConfigurationValue": X[OverrideConfiguration],
        "OverrideConfigurationValue.$": str,
        "DataAutomationLibraryConfiguration": X[DataAutomationLibraryConfiguration],
        "DataAutomationLibraryConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteBlueprintParameters = TypedDict(
    "DeleteBlueprintParameters",
    {"BlueprintArn": S, "BlueprintArn.$": str, "BlueprintVersion": S, "BlueprintVersion.$": str},
    total=False,
)
DeleteDataAutomationLibraryParameters = TypedDict(
    "DeleteDataAutomationLibraryParameters", {"LibraryArn": S, "LibraryArn.$": str}, total=False
)
DeleteDataAutomationProjectParameters = TypedDict(
    "DeleteDataAutomationProjectParameters", {"ProjectArn": S, "ProjectArn.$": str}, total=False
)
GetBlueprintParameters = TypedDict(
    "GetBlueprintParameters",
    {
        "BlueprintArn": S,
        "BlueprintArn.$": str,
        "BlueprintVersion": S,
        "BlueprintVersion.$": str,
        "BlueprintStage": S,
        "BlueprintStage.$": str,
    },
    total=False,
)
GetBlueprintOptimizationStatusParameters = TypedDict(
    "GetBlueprintOptimizationStatusParameters",
    {"InvocationArn": S, "InvocationArn.$": str},
    total=False,
)
GetDataAutomationLibraryParameters = TypedDict(
    "GetDataAutomationLibraryParameters", {"LibraryArn": S, "LibraryArn.$": str}, total=False
)
GetDataAutomationLibraryEntityParameters = TypedDict(
    "GetDataAutomationLibraryEntityParameters",
    {
        "LibraryArn": S,
        "LibraryArn.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "EntityId": S,
        "EntityId.$": str,
    },
    total=False,
)
GetDataAutomationLibraryIngestionJobParameters = TypedDict(
    "GetDataAutomationLibraryIngestionJobParameters",
    {"LibraryArn": S, "LibraryArn.$": str, "JobArn": S, "JobArn.$": str},
    total=False,
)
GetDataAutomationProjectParameters = TypedDict(
    "GetDataAutomationProjectParameters",
    {"ProjectArn": S, "ProjectArn.$": str, "ProjectStage": S, "ProjectStage.$": str},
    total=False,
)

class BlueprintOptimizationObject(TypedDict, total=False):
    BlueprintArn: S
    Stage: S

class S3Object(TypedDict, total=False):
    S3Uri: S
    Version: S

class BlueprintOptimizationSample(TypedDict, total=False):
    AssetS3Object: X[S3Object]
    GroundTruthS3Object: X[S3Object]

class BlueprintOptimizationOutputConfiguration(TypedDict, total=False):
    S3Object: X[S3Object]

InvokeBlueprintOptimizationAsyncParameters = TypedDict(
    "InvokeBlueprintOptimizationAsyncParameters",
    {
        "Blueprint": X[BlueprintOptimizationObject],
        "Blueprint.$": str,
        "Samples": L[Xi[BlueprintOptimizationSample]],
        "Samples.$": str,
        "OutputConfiguration": X[BlueprintOptimizationOutputConfiguration],
        "OutputConfiguration.$": str,
        "DataAutomationProfileArn": S,
        "DataAutomationProfileArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Phrase(TypedDict, total=False):
    Text: S
    DisplayAsText: S

class VocabularyEntityInfo(TypedDict, total=False):
    EntityId: S
    Description: S
    Language: S
    Phrases: L[Xi[Phrase]]

class UpsertEntityInfo(TypedDict, total=False):
    Vocabulary: X[VocabularyEntityInfo]

class DeleteEntitiesInfo(TypedDict, total=False):
    EntityIds: L[Si]

class InlinePayload(TypedDict, total=False):
    UpsertEntitiesInfo: L[Xi[UpsertEntityInfo]]
    DeleteEntitiesInfo: X[DeleteEntitiesInfo]

class InputConfiguration(TypedDict, total=False):
    S3Object: X[S3Object]
    InlinePayload: X[InlinePayload]

class OutputConfiguration(TypedDict, total=False):
    S3Uri: S

class EventBridgeConfiguration(TypedDict, total=False):
    EventBridgeEnabled: B

class NotificationConfiguration(TypedDict, total=False):
    EventBridgeConfiguration: X[EventBridgeConfiguration]

InvokeDataAutomationLibraryIngestionJobParameters = TypedDict(
    "InvokeDataAutomationLibraryIngestionJobParameters",
    {
        "LibraryArn": S,
        "LibraryArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "InputConfiguration": X[InputConfiguration],
        "InputConfiguration.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "OperationType": S,
        "OperationType.$": str,
        "OutputConfiguration": X[OutputConfiguration],
        "OutputConfiguration.$": str,
        "NotificationConfiguration": X[NotificationConfiguration],
        "NotificationConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class DataAutomationProjectFilter(TypedDict, total=False):
    ProjectArn: S
    ProjectStage: S

ListBlueprintsParameters = TypedDict(
    "ListBlueprintsParameters",
    {
        "BlueprintArn": S,
        "BlueprintArn.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "BlueprintStageFilter": S,
        "BlueprintStageFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ProjectFilter": X[DataAutomationProjectFilter],
        "ProjectFilter.$": str,
    },
    total=False,
)
ListDataAutomationLibrariesParameters = TypedDict(
    "ListDataAutomationLibrariesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ProjectFilter": X[DataAutomationProjectFilter],
        "ProjectFilter.$": str,
    },
    total=False,
)
ListDataAutomationLibraryEntitiesParameters = TypedDict(
    "ListDataAutomationLibraryEntitiesParameters",
    {
        "LibraryArn": S,
        "LibraryArn.$": str,
        "EntityType": S,
        "EntityType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDataAutomationLibraryIngestionJobsParameters = TypedDict(
    "ListDataAutomationLibraryIngestionJobsParameters",
    {
        "LibraryArn": S,
        "LibraryArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class BlueprintFilter(TypedDict, total=False):
    BlueprintArn: S
    BlueprintVersion: S
    BlueprintStage: S

class DataAutomationLibraryFilter(TypedDict, total=False):
    LibraryArn: S

ListDataAutomationProjectsParameters = TypedDict(
    "ListDataAutomationProjectsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ProjectStageFilter": S,
        "ProjectStageFilter.$": str,
        "BlueprintFilter": X[BlueprintFilter],
        "BlueprintFilter.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "LibraryFilter": X[DataAutomationLibraryFilter],
        "LibraryFilter.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
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
UpdateBlueprintParameters = TypedDict(
    "UpdateBlueprintParameters",
    {
        "BlueprintArn": S,
        "BlueprintArn.$": str,
        "Schema": S,
        "Schema.$": str,
        "BlueprintStage": S,
        "BlueprintStage.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
UpdateDataAutomationLibraryParameters = TypedDict(
    "UpdateDataAutomationLibraryParameters",
    {
        "LibraryArn": S,
        "LibraryArn.$": str,
        "LibraryDescription": S,
        "LibraryDescription.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateDataAutomationProjectParameters = TypedDict(
    "UpdateDataAutomationProjectParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "ProjectStage": S,
        "ProjectStage.$": str,
        "ProjectDescription": S,
        "ProjectDescription.$": str,
        "StandardOutputConfiguration": X[StandardOutputConfiguration],
        "StandardOutputConfiguration.$": str,
        "CustomOutputConfiguration": X[CustomOutputConfiguration],
        "CustomOutputConfiguration.$": str,
        "OverrideConfigurationValue": X[OverrideConfiguration],
        "OverrideConfigurationValue.$": str,
        "DataAutomationLibraryConfiguration": X[DataAutomationLibraryConfiguration],
        "DataAutomationLibraryConfiguration.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
copy_blueprint_stage: Builder[CopyBlueprintStageParameters]
create_blueprint: Builder[CreateBlueprintParameters]
create_blueprint_version: Builder[CreateBlueprintVersionParameters]
create_data_automation_library: Builder[CreateDataAutomationLibraryParameters]
create_data_automation_project: Builder[CreateDataAutomationProjectParameters]
delete_blueprint: Builder[DeleteBlueprintParameters]
delete_data_automation_library: Builder[DeleteDataAutomationLibraryParameters]
delete_data_automation_project: Builder[DeleteDataAutomationProjectParameters]
get_blueprint: Builder[GetBlueprintParameters]
get_blueprint_optimization_status: Builder[GetBlueprintOptimizationStatusParameters]
get_data_automation_library: Builder[GetDataAutomationLibraryParameters]
get_data_automation_library_entity: Builder[GetDataAutomationLibraryEntityParameters]
get_data_automation_library_ingestion_job: Builder[GetDataAutomationLibraryIngestionJobParameters]
get_data_automation_project: Builder[GetDataAutomationProjectParameters]
invoke_blueprint_optimization_async: Builder[InvokeBlueprintOptimizationAsyncParameters]
invoke_data_automation_library_ingestion_job: Builder[
    InvokeDataAutomationLibraryIngestionJobParameters
]
list_blueprints: Builder[ListBlueprintsParameters]
list_data_automation_libraries: Builder[ListDataAutomationLibrariesParameters]
list_data_automation_library_entities: Builder[ListDataAutomationLibraryEntitiesParameters]
list_data_automation_library_ingestion_jobs: Builder[
    ListDataAutomationLibraryIngestionJobsParameters
]
list_data_automation_projects: Builder[ListDataAutomationProjectsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_blueprint: Builder[UpdateBlueprintParameters]
update_data_automation_library: Builder[UpdateDataAutomationLibraryParameters]
update_data_automation_project: Builder[UpdateDataAutomationProjectParameters]

__all__ = [
    "copy_blueprint_stage",
    "create_blueprint",
    "create_blueprint_version",
    "create_data_automation_library",
    "create_data_automation_project",
    "delete_blueprint",
    "delete_data_automation_library",
    "delete_data_automation_project",
    "get_blueprint",
    "get_blueprint_optimization_status",
    "get_data_automation_library",
    "get_data_automation_library_entity",
    "get_data_automation_library_ingestion_job",
    "get_data_automation_project",
    "invoke_blueprint_optimization_async",
    "invoke_data_automation_library_ingestion_job",
    "list_blueprints",
    "list_data_automation_libraries",
    "list_data_automation_library_entities",
    "list_data_automation_library_ingestion_jobs",
    "list_data_automation_projects",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_blueprint",
    "update_data_automation_library",
    "update_data_automation_project",
]
