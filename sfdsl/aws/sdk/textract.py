"""Typed builders of the AWS SDK integration of textract.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AnalyzeDocumentParameters = TypedDict(
        "AnalyzeDocumentParameters",
        {
            "Document": Any,
            "Document.$": Any,
            "FeatureTypes": Any,
            "FeatureTypes.$": Any,
            "HumanLoopConfig": Any,
            "HumanLoopConfig.$": Any,
            "QueriesConfig": Any,
            "QueriesConfig.$": Any,
            "AdaptersConfig": Any,
            "AdaptersConfig.$": Any,
        },
        total=False,
    )
    AnalyzeExpenseParameters = TypedDict(
        "AnalyzeExpenseParameters", {"Document": Any, "Document.$": Any}, total=False
    )
    AnalyzeIDParameters = TypedDict(
        "AnalyzeIDParameters", {"DocumentPages": Any, "DocumentPages.$": Any}, total=False
    )
    CreateAdapterParameters = TypedDict(
        "CreateAdapterParameters",
        {
            "AdapterName": Any,
            "AdapterName.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "Description": Any,
            "Description.$": Any,
            "FeatureTypes": Any,
            "FeatureTypes.$": Any,
            "AutoUpdate": Any,
            "AutoUpdate.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateAdapterVersionParameters = TypedDict(
        "CreateAdapterVersionParameters",
        {
            "AdapterId": Any,
            "AdapterId.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "DatasetConfig": Any,
            "DatasetConfig.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "OutputConfig": Any,
            "OutputConfig.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateBlueprintParameters = TypedDict(
        "CreateBlueprintParameters",
        {
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "BlueprintName": Any,
            "BlueprintName.$": Any,
            "Schema": Any,
            "Schema.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateBlueprintVersionParameters = TypedDict(
        "CreateBlueprintVersionParameters",
        {
            "BlueprintArn": Any,
            "BlueprintArn.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
        },
        total=False,
    )
    CreateProjectParameters = TypedDict(
        "CreateProjectParameters",
        {
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "ProjectName": Any,
            "ProjectName.$": Any,
            "ProjectDescription": Any,
            "ProjectDescription.$": Any,
            "ExtractionConfiguration": Any,
            "ExtractionConfiguration.$": Any,
            "GenerativeConfiguration": Any,
            "GenerativeConfiguration.$": Any,
            "CustomConfiguration": Any,
            "CustomConfiguration.$": Any,
            "SplitterConfiguration": Any,
            "SplitterConfiguration.$": Any,
            "SensitiveDataConfiguration": Any,
            "SensitiveDataConfiguration.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    DeleteAdapterParameters = TypedDict(
        "DeleteAdapterParameters", {"AdapterId": Any, "AdapterId.$": Any}, total=False
    )
    DeleteAdapterVersionParameters = TypedDict(
        "DeleteAdapterVersionParameters",
        {"AdapterId": Any, "AdapterId.$": Any, "AdapterVersion": Any, "AdapterVersion.$": Any},
        total=False,
    )
    DeleteBlueprintParameters = TypedDict(
        "DeleteBlueprintParameters",
        {
            "BlueprintArn": Any,
            "BlueprintArn.$": Any,
            "BlueprintVersion": Any,
            "BlueprintVersion.$": Any,
        },
        total=False,
    )
    DeleteProjectParameters = TypedDict(
        "DeleteProjectParameters", {"ProjectArn": Any, "ProjectArn.$": Any}, total=False
    )
    DetectDocumentTextParameters = TypedDict(
        "DetectDocumentTextParameters", {"Document": Any, "Document.$": Any}, total=False
    )
    GetAdapterParameters = TypedDict(
        "GetAdapterParameters", {"AdapterId": Any, "AdapterId.$": Any}, total=False
    )
    GetAdapterVersionParameters = TypedDict(
        "GetAdapterVersionParameters",
        {"AdapterId": Any, "AdapterId.$": Any, "AdapterVersion": Any, "AdapterVersion.$": Any},
        total=False,
    )
    GetBlueprintParameters = TypedDict(
        "GetBlueprintParameters",
        {
            "BlueprintArn": Any,
            "BlueprintArn.$": Any,
            "BlueprintVersion": Any,
            "BlueprintVersion.$": Any,
        },
        total=False,
    )
    GetDocumentAnalysisParameters = TypedDict(
        "GetDocumentAnalysisParameters",
        {
            "JobId": Any,
            "JobId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    GetDocumentInsightsParameters = TypedDict(
        "GetDocumentInsightsParameters", {"JobArn": Any, "JobArn.$": Any}, total=False
    )
    GetDocumentTextDetectionParameters = TypedDict(
        "GetDocumentTextDetectionParameters",
        {
            "JobId": Any,
            "JobId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    GetExpenseAnalysisParameters = TypedDict(
        "GetExpenseAnalysisParameters",
        {
            "JobId": Any,
            "JobId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    GetLendingAnalysisParameters = TypedDict(
        "GetLendingAnalysisParameters",
        {
            "JobId": Any,
            "JobId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    GetLendingAnalysisSummaryParameters = TypedDict(
        "GetLendingAnalysisSummaryParameters", {"JobId": Any, "JobId.$": Any}, total=False
    )
    GetProjectParameters = TypedDict(
        "GetProjectParameters", {"ProjectArn": Any, "ProjectArn.$": Any}, total=False
    )
    ListAdapterVersionsParameters = TypedDict(
        "ListAdapterVersionsParameters",
        {
            "AdapterId": Any,
            "AdapterId.$": Any,
            "AfterCreationTime": Any,
            "AfterCreationTime.$": Any,
            "BeforeCreationTime": Any,
            "BeforeCreationTime.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListAdaptersParameters = TypedDict(
        "ListAdaptersParameters",
        {
            "AfterCreationTime": Any,
            "AfterCreationTime.$": Any,
            "BeforeCreationTime": Any,
            "BeforeCreationTime.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListBlueprintsParameters = TypedDict(
        "ListBlueprintsParameters",
        {
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "BlueprintArn": Any,
            "BlueprintArn.$": Any,
            "ProjectFilter": Any,
            "ProjectFilter.$": Any,
            "ResourceOwner": Any,
            "ResourceOwner.$": Any,
        },
        total=False,
    )
    ListProjectsParameters = TypedDict(
        "ListProjectsParameters",
        {
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "BlueprintFilter": Any,
            "BlueprintFilter.$": Any,
        },
        total=False,
    )
    ListTagsForResourceParameters = TypedDict(
        "ListTagsForResourceParameters", {"ResourceARN": Any, "ResourceARN.$": Any}, total=False
    )
    StartDocumentAnalysisParameters = TypedDict(
        "StartDocumentAnalysisParameters",
        {
            "DocumentLocation": Any,
            "DocumentLocation.$": Any,
            "FeatureTypes": Any,
            "FeatureTypes.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "JobTag": Any,
            "JobTag.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "OutputConfig": Any,
            "OutputConfig.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
            "QueriesConfig": Any,
            "QueriesConfig.$": Any,
            "AdaptersConfig": Any,
            "AdaptersConfig.$": Any,
        },
        total=False,
    )
    StartDocumentInsightsParameters = TypedDict(
        "StartDocumentInsightsParameters",
        {
            "InputConfiguration": Any,
            "InputConfiguration.$": Any,
            "OutputConfiguration": Any,
            "OutputConfiguration.$": Any,
            "ProjectArn": Any,
            "ProjectArn.$": Any,
            "Blueprints": Any,
            "Blueprints.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
            "NotificationConfiguration": Any,
            "NotificationConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    StartDocumentTextDetectionParameters = TypedDict(
        "StartDocumentTextDetectionParameters",
        {
            "DocumentLocation": Any,
            "DocumentLocation.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "JobTag": Any,
            "JobTag.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "OutputConfig": Any,
            "OutputConfig.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
        },
        total=False,
    )
    StartExpenseAnalysisParameters = TypedDict(
        "StartExpenseAnalysisParameters",
        {
            "DocumentLocation": Any,
            "DocumentLocation.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "JobTag": Any,
            "JobTag.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "OutputConfig": Any,
            "OutputConfig.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
        },
        total=False,
    )
    StartLendingAnalysisParameters = TypedDict(
        "StartLendingAnalysisParameters",
        {
            "DocumentLocation": Any,
            "DocumentLocation.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "JobTag": Any,
            "JobTag.$": Any,
            "NotificationChannel": Any,
            "NotificationChannel.$": Any,
            "OutputConfig": Any,
            "OutputConfig.$": Any,
            "KmsKeyId": Any,
            "KmsKeyId.$": Any,
        },
        total=False,
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"ResourceARN": Any, "ResourceARN.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"ResourceARN": Any, "ResourceARN.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    UpdateAdapterParameters = TypedDict(
        "UpdateAdapterParameters",
        {
            "AdapterId": Any,
            "AdapterId.$": Any,
            "Description": Any,
            "Description.$": Any,
            "AdapterName": Any,
            "AdapterName.$": Any,
            "AutoUpdate": Any,
            "AutoUpdate.$": Any,
        },
        total=False,
    )
    UpdateBlueprintParameters = TypedDict(
        "UpdateBlueprintParameters",
        {
            "BlueprintArn": Any,
            "BlueprintArn.$": Any,
            "Schema": Any,
            "Schema.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
        },
        total=False,
    )
    UpdateProjectParameters = TypedDict(
        "UpdateProjectParameters",
        {
            "ProjectArn": Any,
            "ProjectArn.$": Any,
            "ProjectDescription": Any,
            "ProjectDescription.$": Any,
            "ExtractionConfiguration": Any,
            "ExtractionConfiguration.$": Any,
            "GenerativeConfiguration": Any,
            "GenerativeConfiguration.$": Any,
            "CustomConfiguration": Any,
            "CustomConfiguration.$": Any,
            "SplitterConfiguration": Any,
            "SplitterConfiguration.$": Any,
            "SensitiveDataConfiguration": Any,
            "SensitiveDataConfiguration.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
        },
        total=False,
    )


def analyze_document(
    name: str,
    parameters: AnalyzeDocumentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:analyzeDocument (``arn:aws:states:::aws-sdk:textract:analyzeDocument``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:analyzeDocument", parameters, pattern, options)


def analyze_expense(
    name: str,
    parameters: AnalyzeExpenseParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:analyzeExpense (``arn:aws:states:::aws-sdk:textract:analyzeExpense``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:analyzeExpense", parameters, pattern, options)


def analyze_id(
    name: str,
    parameters: AnalyzeIDParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:analyzeID (``arn:aws:states:::aws-sdk:textract:analyzeID``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:analyzeID", parameters, pattern, options)


def create_adapter(
    name: str,
    parameters: CreateAdapterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:createAdapter (``arn:aws:states:::aws-sdk:textract:createAdapter``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:createAdapter", parameters, pattern, options)


def create_adapter_version(
    name: str,
    parameters: CreateAdapterVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:createAdapterVersion (``arn:aws:states:::aws-sdk:textract:createAdapterVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:createAdapterVersion", parameters, pattern, options)


def create_blueprint(
    name: str,
    parameters: CreateBlueprintParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:createBlueprint (``arn:aws:states:::aws-sdk:textract:createBlueprint``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:createBlueprint", parameters, pattern, options)


def create_blueprint_version(
    name: str,
    parameters: CreateBlueprintVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:createBlueprintVersion (``arn:aws:states:::aws-sdk:textract:createBlueprintVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:createBlueprintVersion", parameters, pattern, options)


def create_project(
    name: str,
    parameters: CreateProjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:createProject (``arn:aws:states:::aws-sdk:textract:createProject``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:createProject", parameters, pattern, options)


def delete_adapter(
    name: str,
    parameters: DeleteAdapterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:deleteAdapter (``arn:aws:states:::aws-sdk:textract:deleteAdapter``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:deleteAdapter", parameters, pattern, options)


def delete_adapter_version(
    name: str,
    parameters: DeleteAdapterVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:deleteAdapterVersion (``arn:aws:states:::aws-sdk:textract:deleteAdapterVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:deleteAdapterVersion", parameters, pattern, options)


def delete_blueprint(
    name: str,
    parameters: DeleteBlueprintParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:deleteBlueprint (``arn:aws:states:::aws-sdk:textract:deleteBlueprint``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:deleteBlueprint", parameters, pattern, options)


def delete_project(
    name: str,
    parameters: DeleteProjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:deleteProject (``arn:aws:states:::aws-sdk:textract:deleteProject``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:deleteProject", parameters, pattern, options)


def detect_document_text(
    name: str,
    parameters: DetectDocumentTextParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:detectDocumentText (``arn:aws:states:::aws-sdk:textract:detectDocumentText``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:detectDocumentText", parameters, pattern, options)


def get_adapter(
    name: str,
    parameters: GetAdapterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:getAdapter (``arn:aws:states:::aws-sdk:textract:getAdapter``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:getAdapter", parameters, pattern, options)


def get_adapter_version(
    name: str,
    parameters: GetAdapterVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:getAdapterVersion (``arn:aws:states:::aws-sdk:textract:getAdapterVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:getAdapterVersion", parameters, pattern, options)


def get_blueprint(
    name: str,
    parameters: GetBlueprintParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:getBlueprint (``arn:aws:states:::aws-sdk:textract:getBlueprint``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:getBlueprint", parameters, pattern, options)


def get_document_analysis(
    name: str,
    parameters: GetDocumentAnalysisParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:getDocumentAnalysis (``arn:aws:states:::aws-sdk:textract:getDocumentAnalysis``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:getDocumentAnalysis", parameters, pattern, options)


def get_document_insights(
    name: str,
    parameters: GetDocumentInsightsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:getDocumentInsights (``arn:aws:states:::aws-sdk:textract:getDocumentInsights``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:getDocumentInsights", parameters, pattern, options)


def get_document_text_detection(
    name: str,
    parameters: GetDocumentTextDetectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:getDocumentTextDetection (``arn:aws:states:::aws-sdk:textract:getDocumentTextDetection``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:getDocumentTextDetection", parameters, pattern, options)


def get_expense_analysis(
    name: str,
    parameters: GetExpenseAnalysisParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:getExpenseAnalysis (``arn:aws:states:::aws-sdk:textract:getExpenseAnalysis``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:getExpenseAnalysis", parameters, pattern, options)


def get_lending_analysis(
    name: str,
    parameters: GetLendingAnalysisParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:getLendingAnalysis (``arn:aws:states:::aws-sdk:textract:getLendingAnalysis``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:getLendingAnalysis", parameters, pattern, options)


def get_lending_analysis_summary(
    name: str,
    parameters: GetLendingAnalysisSummaryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:getLendingAnalysisSummary (``arn:aws:states:::aws-sdk:textract:getLendingAnalysisSummary``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:getLendingAnalysisSummary", parameters, pattern, options)


def get_project(
    name: str,
    parameters: GetProjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:getProject (``arn:aws:states:::aws-sdk:textract:getProject``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:getProject", parameters, pattern, options)


def list_adapter_versions(
    name: str,
    parameters: ListAdapterVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:listAdapterVersions (``arn:aws:states:::aws-sdk:textract:listAdapterVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:listAdapterVersions", parameters, pattern, options)


def list_adapters(
    name: str,
    parameters: ListAdaptersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:listAdapters (``arn:aws:states:::aws-sdk:textract:listAdapters``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:listAdapters", parameters, pattern, options)


def list_blueprints(
    name: str,
    parameters: ListBlueprintsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:listBlueprints (``arn:aws:states:::aws-sdk:textract:listBlueprints``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:listBlueprints", parameters, pattern, options)


def list_projects(
    name: str,
    parameters: ListProjectsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:listProjects (``arn:aws:states:::aws-sdk:textract:listProjects``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:listProjects", parameters, pattern, options)


def list_tags_for_resource(
    name: str,
    parameters: ListTagsForResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:listTagsForResource (``arn:aws:states:::aws-sdk:textract:listTagsForResource``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:listTagsForResource", parameters, pattern, options)


def start_document_analysis(
    name: str,
    parameters: StartDocumentAnalysisParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:startDocumentAnalysis (``arn:aws:states:::aws-sdk:textract:startDocumentAnalysis``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:startDocumentAnalysis", parameters, pattern, options)


def start_document_insights(
    name: str,
    parameters: StartDocumentInsightsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:startDocumentInsights (``arn:aws:states:::aws-sdk:textract:startDocumentInsights``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:startDocumentInsights", parameters, pattern, options)


def start_document_text_detection(
    name: str,
    parameters: StartDocumentTextDetectionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:startDocumentTextDetection (``arn:aws:states:::aws-sdk:textract:startDocumentTextDetection``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:startDocumentTextDetection", parameters, pattern, options)


def start_expense_analysis(
    name: str,
    parameters: StartExpenseAnalysisParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:startExpenseAnalysis (``arn:aws:states:::aws-sdk:textract:startExpenseAnalysis``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:startExpenseAnalysis", parameters, pattern, options)


def start_lending_analysis(
    name: str,
    parameters: StartLendingAnalysisParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:startLendingAnalysis (``arn:aws:states:::aws-sdk:textract:startLendingAnalysis``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:startLendingAnalysis", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:tagResource (``arn:aws:states:::aws-sdk:textract:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:tagResource", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:untagResource (``arn:aws:states:::aws-sdk:textract:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:untagResource", parameters, pattern, options)


def update_adapter(
    name: str,
    parameters: UpdateAdapterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:updateAdapter (``arn:aws:states:::aws-sdk:textract:updateAdapter``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:updateAdapter", parameters, pattern, options)


def update_blueprint(
    name: str,
    parameters: UpdateBlueprintParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:updateBlueprint (``arn:aws:states:::aws-sdk:textract:updateBlueprint``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:updateBlueprint", parameters, pattern, options)


def update_project(
    name: str,
    parameters: UpdateProjectParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call textract:updateProject (``arn:aws:states:::aws-sdk:textract:updateProject``); the parameters are checked against its API model."""
    return sdk_task(name, "textract:updateProject", parameters, pattern, options)


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
