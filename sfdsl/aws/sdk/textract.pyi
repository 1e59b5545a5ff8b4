"""Typed builders of the AWS SDK integration of textract (``aws-sdk:textract:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X, Xi

class S3Object(TypedDict, total=False):
    Bucket: S
    Name: S
    Version: S

class Document(TypedDict, total=False):
    Bytes: S
    S3Object: X[S3Object]

class HumanLoopDataAttributes(TypedDict, total=False):
    ContentClassifiers: L[Si]

class HumanLoopConfig(TypedDict, total=False):
    HumanLoopName: S
    FlowDefinitionArn: S
    DataAttributes: X[HumanLoopDataAttributes]

class Query(TypedDict, total=False):
    Text: S
    Alias: S
    Pages: L[Si]

class QueriesConfig(TypedDict, total=False):
    Queries: L[Xi[Query]]

class Adapter(TypedDict, total=False):
    AdapterId: S
    Pages: L[Si]
    Version: S

class AdaptersConfig(TypedDict, total=False):
    Adapters: L[Xi[Adapter]]

AnalyzeDocumentParameters = TypedDict(
    "AnalyzeDocumentParameters",
    {
        "Document": X[Document],
        "Document.$": str,
        "FeatureTypes": L[Si],
        "FeatureTypes.$": str,
        "HumanLoopConfig": X[HumanLoopConfig],
        "HumanLoopConfig.$": str,
        "QueriesConfig": X[QueriesConfig],
        "QueriesConfig.$": str,
        "AdaptersConfig": X[AdaptersConfig],
        "AdaptersConfig.$": str,
    },
    total=False,
)
AnalyzeExpenseParameters = TypedDict(
    "AnalyzeExpenseParameters", {"Document": X[Document], "Document.$": str}, total=False
)
AnalyzeIDParameters = TypedDict(
    "AnalyzeIDParameters", {"DocumentPages": L[Xi[Document]], "DocumentPages.$": str}, total=False
)
CreateAdapterParameters = TypedDict(
    "CreateAdapterParameters",
    {
        "AdapterName": S,
        "AdapterName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Description": S,
        "Description.$": str,
        "FeatureTypes": L[Si],
        "FeatureTypes.$": str,
        "AutoUpdate": S,
        "AutoUpdate.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AdapterVersionDatasetConfig(TypedDict, total=False):
    ManifestS3Object: X[S3Object]

class OutputConfig(TypedDict, total=False):
    S3Bucket: S
    S3Prefix: S

CreateAdapterVersionParameters = TypedDict(
    "CreateAdapterVersionParameters",
    {
        "AdapterId": S,
        "AdapterId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "DatasetConfig": X[AdapterVersionDatasetConfig],
        "DatasetConfig.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class EncryptionConfiguration(TypedDict, total=False):
    KmsKeyId: S
    KmsEncryptionContext: M[S]

CreateBlueprintParameters = TypedDict(
    "CreateBlueprintParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "BlueprintName": S,
        "BlueprintName.$": str,
        "Schema": S,
        "Schema.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateBlueprintVersionParameters = TypedDict(
    "CreateBlueprintVersionParameters",
    {
        "BlueprintArn": S,
        "BlueprintArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class BoundingBoxConfiguration(TypedDict, total=False):
    State: S

class ExtractionGranularity(TypedDict, total=False):
    Types: L[Si]

class OutputAdditionalFileFormat(TypedDict, total=False):
    State: S

class OutputTextFormat(TypedDict, total=False):
    Types: L[Si]

class OutputFormat(TypedDict, total=False):
    AdditionalFileFormat: X[OutputAdditionalFileFormat]
    TextFormat: X[OutputTextFormat]

class ExtractionConfiguration(TypedDict, total=False):
    BoundingBox: X[BoundingBoxConfiguration]
    Granularity: X[ExtractionGranularity]
    OutputFormat: X[OutputFormat]

class SummarizationConfiguration(TypedDict, total=False):
    State: S

class FigureCaptionConfiguration(TypedDict, total=False):
    State: S

class GenerativeConfiguration(TypedDict, total=False):
    Summarization: X[SummarizationConfiguration]
    FigureCaption: X[FigureCaptionConfiguration]

class BlueprintItem(TypedDict, total=False):
    BlueprintArn: S
    BlueprintVersion: S

class CustomConfiguration(TypedDict, total=False):
    Blueprints: L[Xi[BlueprintItem]]
    FallbackBlueprints: L[Xi[BlueprintItem]]

class SplitterConfiguration(TypedDict, total=False):
    State: S

class PIIEntitiesConfiguration(TypedDict, total=False):
    PiiEntityTypes: L[Si]
    RedactionMaskMode: S

class SensitiveDataConfiguration(TypedDict, total=False):
    DetectionMode: S
    PiiEntitiesConfiguration: X[PIIEntitiesConfiguration]

CreateProjectParameters = TypedDict(
    "CreateProjectParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "ProjectDescription": S,
        "ProjectDescription.$": str,
        "ExtractionConfiguration": X[ExtractionConfiguration],
        "ExtractionConfiguration.$": str,
        "GenerativeConfiguration": X[GenerativeConfiguration],
        "GenerativeConfiguration.$": str,
        "CustomConfiguration": X[CustomConfiguration],
        "CustomConfiguration.$": str,
        "SplitterConfiguration": X[SplitterConfiguration],
        "SplitterConfiguration.$": str,
        "SensitiveDataConfiguration": X[SensitiveDataConfiguration],
        "SensitiveDataConfiguration.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAdapterParameters = TypedDict(
    "DeleteAdapterParameters", {"AdapterId": S, "AdapterId.$": str}, total=False
)
DeleteAdapterVersionParameters = TypedDict(
    "DeleteAdapterVersionParameters",
    {"AdapterId": S, "AdapterId.$": str, "AdapterVersion": S, "AdapterVersion.$": str},
    total=False,
)
DeleteBlueprintParameters = TypedDict(
    "DeleteBlueprintParameters",
    {"BlueprintArn": S, "BlueprintArn.$": str, "BlueprintVersion": S, "BlueprintVersion.$": str},
    total=False,
)
DeleteProjectParameters = TypedDict(
    "DeleteProjectParameters", {"ProjectArn": S, "ProjectArn.$": str}, total=False
)
DetectDocumentTextParameters = TypedDict(
    "DetectDocumentTextParameters", {"Document": X[Document], "Document.$": str}, total=False
)
GetAdapterParameters = TypedDict(
    "GetAdapterParameters", {"AdapterId": S, "AdapterId.$": str}, total=False
)
GetAdapterVersionParameters = TypedDict(
    "GetAdapterVersionParameters",
    {"AdapterId": S, "AdapterId.$": str, "AdapterVersion": S, "AdapterVersion.$": str},
    total=False,
)
GetBlueprintParameters = TypedDict(
    "GetBlueprintParameters",
    {"BlueprintArn": S, "BlueprintArn.$": str, "BlueprintVersion": S, "BlueprintVersion.$": str},
    total=False,
)
GetDocumentAnalysisParameters = TypedDict(
    "GetDocumentAnalysisParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetDocumentInsightsParameters = TypedDict(
    "GetDocumentInsightsParameters", {"JobArn": S, "JobArn.$": str}, total=False
)
GetDocumentTextDetectionParameters = TypedDict(
    "GetDocumentTextDetectionParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetExpenseAnalysisParameters = TypedDict(
    "GetExpenseAnalysisParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetLendingAnalysisParameters = TypedDict(
    "GetLendingAnalysisParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetLendingAnalysisSummaryParameters = TypedDict(
    "GetLendingAnalysisSummaryParameters", {"JobId": S, "JobId.$": str}, total=False
)
GetProjectParameters = TypedDict(
    "GetProjectParameters", {"ProjectArn": S, "ProjectArn.$": str}, total=False
)
ListAdapterVersionsParameters = TypedDict(
    "ListAdapterVersionsParameters",
    {
        "AdapterId": S,
        "AdapterId.$": str,
        "AfterCreationTime": T,
        "AfterCreationTime.$": str,
        "BeforeCreationTime": T,
        "BeforeCreationTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAdaptersParameters = TypedDict(
    "ListAdaptersParameters",
    {
        "AfterCreationTime": T,
        "AfterCreationTime.$": str,
        "BeforeCreationTime": T,
        "BeforeCreationTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ProjectFilter(TypedDict, total=False):
    ProjectArn: S

ListBlueprintsParameters = TypedDict(
    "ListBlueprintsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "BlueprintArn": S,
        "BlueprintArn.$": str,
        "ProjectFilter": X[ProjectFilter],
        "ProjectFilter.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
    },
    total=False,
)

class BlueprintFilter(TypedDict, total=False):
    BlueprintArn: S
    BlueprintVersion: S

ListProjectsParameters = TypedDict(
    "ListProjectsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "BlueprintFilter": X[BlueprintFilter],
        "BlueprintFilter.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)

class DocumentLocation(TypedDict, total=False):
    S3Object: X[S3Object]

class NotificationChannel(TypedDict, total=False):
    SnsTopicArn: S
    RoleArn: S

StartDocumentAnalysisParameters = TypedDict(
    "StartDocumentAnalysisParameters",
    {
        "DocumentLocation": X[DocumentLocation],
        "DocumentLocation.$": str,
        "FeatureTypes": L[Si],
        "FeatureTypes.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "JobTag": S,
        "JobTag.$": str,
        "NotificationChannel": X[NotificationChannel],
        "NotificationChannel.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "QueriesConfig": X[QueriesConfig],
        "QueriesConfig.$": str,
        "AdaptersConfig": X[AdaptersConfig],
        "AdaptersConfig.$": str,
    },
    total=False,
)

class InputConfiguration(TypedDict, total=False):
    S3Uri: S

class OutputConfiguration(TypedDict, total=False):
    S3Uri: S

class EventBridgeConfiguration(TypedDict, total=False):
    State: S

class NotificationConfiguration(TypedDict, total=False):
    EventBridgeConfiguration: X[EventBridgeConfiguration]

StartDocumentInsightsParameters = TypedDict(
    "StartDocumentInsightsParameters",
    {
        "InputConfiguration": X[InputConfiguration],
        "InputConfiguration.$": str,
        "OutputConfiguration": X[OutputConfiguration],
        "OutputConfiguration.$": str,
        "ProjectArn": S,
        "ProjectArn.$": str,
        "Blueprints": L[Xi[BlueprintItem]],
        "Blueprints.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "NotificationConfiguration": X[NotificationConfiguration],
        "NotificationConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StartDocumentTextDetectionParameters = TypedDict(
    "StartDocumentTextDetectionParameters",
    {
        "DocumentLocation": X[DocumentLocation],
        "DocumentLocation.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "JobTag": S,
        "JobTag.$": str,
        "NotificationChannel": X[NotificationChannel],
        "NotificationChannel.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)
StartExpenseAnalysisParameters = TypedDict(
    "StartExpenseAnalysisParameters",
    {
        "DocumentLocation": X[DocumentLocation],
        "DocumentLocation.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "JobTag": S,
        "JobTag.$": str,
        "NotificationChannel": X[NotificationChannel],
        "NotificationChannel.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)
StartLendingAnalysisParameters = TypedDict(
    "StartLendingAnalysisParameters",
    {
        "DocumentLocation": X[DocumentLocation],
        "DocumentLocation.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "JobTag": S,
        "JobTag.$": str,
        "NotificationChannel": X[NotificationChannel],
        "NotificationChannel.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAdapterParameters = TypedDict(
    "UpdateAdapterParameters",
    {
        "AdapterId": S,
        "AdapterId.$": str,
        "Description": S,
        "Description.$": str,
        "AdapterName": S,
        "AdapterName.$": str,
        "AutoUpdate": S,
        "AutoUpdate.$": str,
    },
    total=False,
)
UpdateBlueprintParameters = TypedDict(
    "UpdateBlueprintParameters",
    {
        "BlueprintArn": S,
        "BlueprintArn.$": str,
        "Schema": S,
        "Schema.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
UpdateProjectParameters = TypedDict(
    "UpdateProjectParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "ProjectDescription": S,
        "ProjectDescription.$": str,
        "ExtractionConfiguration": X[ExtractionConfiguration],
        "ExtractionConfiguration.$": str,
        "GenerativeConfiguration": X[GenerativeConfiguration],
        "GenerativeConfiguration.$": str,
        "CustomConfiguration": X[CustomConfiguration],
        "CustomConfiguration.$": str,
        "SplitterConfiguration": X[SplitterConfiguration],
        "SplitterConfiguration.$": str,
        "SensitiveDataConfiguration": X[SensitiveDataConfiguration],
        "SensitiveDataConfiguration.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
analyze_document: Builder[AnalyzeDocumentParameters]
analyze_expense: Builder[AnalyzeExpenseParameters]
analyze_id: Builder[AnalyzeIDParameters]
create_adapter: Builder[CreateAdapterParameters]
create_adapter_version: Builder[CreateAdapterVersionParameters]
create_blueprint: Builder[CreateBlueprintParameters]
create_blueprint_version: Builder[CreateBlueprintVersionParameters]
create_project: Builder[CreateProjectParameters]
delete_adapter: Builder[DeleteAdapterParameters]
delete_adapter_version: Builder[DeleteAdapterVersionParameters]
delete_blueprint: Builder[DeleteBlueprintParameters]
delete_project: Builder[DeleteProjectParameters]
detect_document_text: Builder[DetectDocumentTextParameters]
get_adapter: Builder[GetAdapterParameters]
get_adapter_version: Builder[GetAdapterVersionParameters]
get_blueprint: Builder[GetBlueprintParameters]
get_document_analysis: Builder[GetDocumentAnalysisParameters]
get_document_insights: Builder[GetDocumentInsightsParameters]
get_document_text_detection: Builder[GetDocumentTextDetectionParameters]
get_expense_analysis: Builder[GetExpenseAnalysisParameters]
get_lending_analysis: Builder[GetLendingAnalysisParameters]
get_lending_analysis_summary: Builder[GetLendingAnalysisSummaryParameters]
get_project: Builder[GetProjectParameters]
list_adapter_versions: Builder[ListAdapterVersionsParameters]
list_adapters: Builder[ListAdaptersParameters]
list_blueprints: Builder[ListBlueprintsParameters]
list_projects: Builder[ListProjectsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_document_analysis: Builder[StartDocumentAnalysisParameters]
start_document_insights: Builder[StartDocumentInsightsParameters]
start_document_text_detection: Builder[StartDocumentTextDetectionParameters]
start_expense_analysis: Builder[StartExpenseAnalysisParameters]
start_lending_analysis: Builder[StartLendingAnalysisParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_adapter: Builder[UpdateAdapterParameters]
update_blueprint: Builder[UpdateBlueprintParameters]
update_project: Builder[UpdateProjectParameters]

__all__ = [
    "analyze_document",
    "analyze_expense",
    "analyze_id",
    "create_adapter",
    "create_adapter_version",
    "create_blueprint",
    "create_blueprint_version",
    "create_project",
    "delete_adapter",
    "delete_adapter_version",
    "delete_blueprint",
    "delete_project",
    "detect_document_text",
    "get_adapter",
    "get_adapter_version",
    "get_blueprint",
    "get_document_analysis",
    "get_document_insights",
    "get_document_text_detection",
    "get_expense_analysis",
    "get_lending_analysis",
    "get_lending_analysis_summary",
    "get_project",
    "list_adapter_versions",
    "list_adapters",
    "list_blueprints",
    "list_projects",
    "list_tags_for_resource",
    "start_document_analysis",
    "start_document_insights",
    "start_document_text_detection",
    "start_expense_analysis",
    "start_lending_analysis",
    "tag_resource",
    "untag_resource",
    "update_adapter",
    "update_blueprint",
    "update_project",
]
