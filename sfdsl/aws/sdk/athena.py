"""Typed builders of the AWS SDK integration of athena.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    BatchGetNamedQueryParameters = TypedDict(
        "BatchGetNamedQueryParameters", {"NamedQueryIds": Any, "NamedQueryIds.$": Any}, total=False
    )
    BatchGetPreparedStatementParameters = TypedDict(
        "BatchGetPreparedStatementParameters",
        {
            "PreparedStatementNames": Any,
            "PreparedStatementNames.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
        },
        total=False,
    )
    BatchGetQueryExecutionParameters = TypedDict(
        "BatchGetQueryExecutionParameters",
        {"QueryExecutionIds": Any, "QueryExecutionIds.$": Any},
        total=False,
    )
    CancelCapacityReservationParameters = TypedDict(
        "CancelCapacityReservationParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    CreateCapacityReservationParameters = TypedDict(
        "CreateCapacityReservationParameters",
        {
            "TargetDpus": Any,
            "TargetDpus.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDataCatalogParameters = TypedDict(
        "CreateDataCatalogParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Type": Any,
            "Type.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateNamedQueryParameters = TypedDict(
        "CreateNamedQueryParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Database": Any,
            "Database.$": Any,
            "QueryString": Any,
            "QueryString.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
        },
        total=False,
    )
    CreateNotebookParameters = TypedDict(
        "CreateNotebookParameters",
        {
            "WorkGroup": Any,
            "WorkGroup.$": Any,
            "Name": Any,
            "Name.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
        },
        total=False,
    )
    CreatePreparedStatementParameters = TypedDict(
        "CreatePreparedStatementParameters",
        {
            "StatementName": Any,
            "StatementName.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
            "QueryStatement": Any,
            "QueryStatement.$": Any,
            "Description": Any,
            "Description.$": Any,
        },
        total=False,
    )
    CreatePresignedNotebookUrlParameters = TypedDict(
        "CreatePresignedNotebookUrlParameters", {"SessionId": Any, "SessionId.$": Any}, total=False
    )
    CreateSystemTableConfigurationParameters = TypedDict(
        "CreateSystemTableConfigurationParameters",
        {
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "KmsKeyArn": Any,
            "KmsKeyArn.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateWorkGroupParameters = TypedDict(
        "CreateWorkGroupParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Configuration": Any,
            "Configuration.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    DeleteCapacityReservationParameters = TypedDict(
        "DeleteCapacityReservationParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteDataCatalogParameters = TypedDict(
        "DeleteDataCatalogParameters",
        {"Name": Any, "Name.$": Any, "DeleteCatalogOnly": Any, "DeleteCatalogOnly.$": Any},
        total=False,
    )
    DeleteNamedQueryParameters = TypedDict(
        "DeleteNamedQueryParameters", {"NamedQueryId": Any, "NamedQueryId.$": Any}, total=False
    )
    DeleteNotebookParameters = TypedDict(
        "DeleteNotebookParameters", {"NotebookId": Any, "NotebookId.$": Any}, total=False
    )
    DeletePreparedStatementParameters = TypedDict(
        "DeletePreparedStatementParameters",
        {"StatementName": Any, "StatementName.$": Any, "WorkGroup": Any, "WorkGroup.$": Any},
        total=False,
    )
    DeleteSystemTableConfigurationParameters = TypedDict(
        "DeleteSystemTableConfigurationParameters",
        {"TableName": Any, "TableName.$": Any},
        total=False,
    )
    DeleteWorkGroupParameters = TypedDict(
        "DeleteWorkGroupParameters",
        {
            "WorkGroup": Any,
            "WorkGroup.$": Any,
            "RecursiveDeleteOption": Any,
            "RecursiveDeleteOption.$": Any,
        },
        total=False,
    )
    ExportNotebookParameters = TypedDict(
        "ExportNotebookParameters", {"NotebookId": Any, "NotebookId.$": Any}, total=False
    )
    GetCalculationExecutionParameters = TypedDict(
        "GetCalculationExecutionParameters",
        {"CalculationExecutionId": Any, "CalculationExecutionId.$": Any},
        total=False,
    )
    GetCalculationExecutionCodeParameters = TypedDict(
        "GetCalculationExecutionCodeParameters",
        {"CalculationExecutionId": Any, "CalculationExecutionId.$": Any},
        total=False,
    )
    GetCalculationExecutionStatusParameters = TypedDict(
        "GetCalculationExecutionStatusParameters",
        {"CalculationExecutionId": Any, "CalculationExecutionId.$": Any},
        total=False,
    )
    GetCapacityAssignmentConfigurationParameters = TypedDict(
        "GetCapacityAssignmentConfigurationParameters",
        {"CapacityReservationName": Any, "CapacityReservationName.$": Any},
        total=False,
    )
    GetCapacityReservationParameters = TypedDict(
        "GetCapacityReservationParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    GetDataCatalogParameters = TypedDict(
        "GetDataCatalogParameters",
        {"Name": Any, "Name.$": Any, "WorkGroup": Any, "WorkGroup.$": Any},
        total=False,
    )
    GetDatabaseParameters = TypedDict(
        "GetDatabaseParameters",
        {
            "CatalogName": Any,
            "CatalogName.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
        },
        total=False,
    )
    GetNamedQueryParameters = TypedDict(
        "GetNamedQueryParameters", {"NamedQueryId": Any, "NamedQueryId.$": Any}, total=False
    )
    GetNotebookMetadataParameters = TypedDict(
        "GetNotebookMetadataParameters", {"NotebookId": Any, "NotebookId.$": Any}, total=False
    )
    GetPreparedStatementParameters = TypedDict(
        "GetPreparedStatementParameters",
        {"StatementName": Any, "StatementName.$": Any, "WorkGroup": Any, "WorkGroup.$": Any},
        total=False,
    )
    GetQueryExecutionParameters = TypedDict(
        "GetQueryExecutionParameters",
        {"QueryExecutionId": Any, "QueryExecutionId.$": Any},
        total=False,
    )
    GetQueryResultStreamParameters = TypedDict(
        "GetQueryResultStreamParameters",
        {"QueryExecutionId": Any, "QueryExecutionId.$": Any, "Range": Any, "Range.$": Any},
        total=False,
    )
    GetQueryResultsParameters = TypedDict(
        "GetQueryResultsParameters",
        {
            "QueryExecutionId": Any,
            "QueryExecutionId.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "QueryResultType": Any,
            "QueryResultType.$": Any,
        },
        total=False,
    )
    GetQueryRuntimeStatisticsParameters = TypedDict(
        "GetQueryRuntimeStatisticsParameters",
        {"QueryExecutionId": Any, "QueryExecutionId.$": Any},
        total=False,
    )
    GetResourceDashboardParameters = TypedDict(
        "GetResourceDashboardParameters", {"ResourceARN": Any, "ResourceARN.$": Any}, total=False
    )
    GetSessionParameters = TypedDict(
        "GetSessionParameters", {"SessionId": Any, "SessionId.$": Any}, total=False
    )
    GetSessionEndpointParameters = TypedDict(
        "GetSessionEndpointParameters", {"SessionId": Any, "SessionId.$": Any}, total=False
    )
    GetSessionStatusParameters = TypedDict(
        "GetSessionStatusParameters", {"SessionId": Any, "SessionId.$": Any}, total=False
    )
    GetSystemTableConfigurationParameters = TypedDict(
        "GetSystemTableConfigurationParameters", {"TableName": Any, "TableName.$": Any}, total=False
    )
    GetTableMetadataParameters = TypedDict(
        "GetTableMetadataParameters",
        {
            "CatalogName": Any,
            "CatalogName.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "TableName": Any,
            "TableName.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
        },
        total=False,
    )
    GetWorkGroupParameters = TypedDict(
        "GetWorkGroupParameters", {"WorkGroup": Any, "WorkGroup.$": Any}, total=False
    )
    ImportNotebookParameters = TypedDict(
        "ImportNotebookParameters",
        {
            "WorkGroup": Any,
            "WorkGroup.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Payload": Any,
            "Payload.$": Any,
            "Type": Any,
            "Type.$": Any,
            "NotebookS3LocationUri": Any,
            "NotebookS3LocationUri.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
        },
        total=False,
    )
    ListApplicationDPUSizesParameters = TypedDict(
        "ListApplicationDPUSizesParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    ListCalculationExecutionsParameters = TypedDict(
        "ListCalculationExecutionsParameters",
        {
            "SessionId": Any,
            "SessionId.$": Any,
            "StateFilter": Any,
            "StateFilter.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListCapacityReservationsParameters = TypedDict(
        "ListCapacityReservationsParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ListDataCatalogsParameters = TypedDict(
        "ListDataCatalogsParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
        },
        total=False,
    )
    ListDatabasesParameters = TypedDict(
        "ListDatabasesParameters",
        {
            "CatalogName": Any,
            "CatalogName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
            "AttributesToGet": Any,
            "AttributesToGet.$": Any,
        },
        total=False,
    )
    ListEngineVersionsParameters = TypedDict(
        "ListEngineVersionsParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ListExecutorsParameters = TypedDict(
        "ListExecutorsParameters",
        {
            "SessionId": Any,
            "SessionId.$": Any,
            "ExecutorStateFilter": Any,
            "ExecutorStateFilter.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListNamedQueriesParameters = TypedDict(
        "ListNamedQueriesParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
        },
        total=False,
    )
    ListNotebookMetadataParameters = TypedDict(
        "ListNotebookMetadataParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
        },
        total=False,
    )
    ListNotebookSessionsParameters = TypedDict(
        "ListNotebookSessionsParameters",
        {
            "NotebookId": Any,
            "NotebookId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListPreparedStatementsParameters = TypedDict(
        "ListPreparedStatementsParameters",
        {
            "WorkGroup": Any,
            "WorkGroup.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListQueryExecutionsParameters = TypedDict(
        "ListQueryExecutionsParameters",
        {
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
        },
        total=False,
    )
    ListSessionsParameters = TypedDict(
        "ListSessionsParameters",
        {
            "WorkGroup": Any,
            "WorkGroup.$": Any,
            "StateFilter": Any,
            "StateFilter.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListSystemTableStatusesParameters = TypedDict(
        "ListSystemTableStatusesParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ListTableMetadataParameters = TypedDict(
        "ListTableMetadataParameters",
        {
            "CatalogName": Any,
            "CatalogName.$": Any,
            "DatabaseName": Any,
            "DatabaseName.$": Any,
            "Expression": Any,
            "Expression.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
            "AttributesToGet": Any,
            "AttributesToGet.$": Any,
        },
        total=False,
    )
    ListTagsForResourceParameters = TypedDict(
        "ListTagsForResourceParameters",
        {
            "ResourceARN": Any,
            "ResourceARN.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListWorkGroupsParameters = TypedDict(
        "ListWorkGroupsParameters",
        {"NextToken": Any, "NextToken.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    PutCapacityAssignmentConfigurationParameters = TypedDict(
        "PutCapacityAssignmentConfigurationParameters",
        {
            "CapacityReservationName": Any,
            "CapacityReservationName.$": Any,
            "CapacityAssignments": Any,
            "CapacityAssignments.$": Any,
        },
        total=False,
    )
    StartCalculationExecutionParameters = TypedDict(
        "StartCalculationExecutionParameters",
        {
            "SessionId": Any,
            "SessionId.$": Any,
            "Description": Any,
            "Description.$": Any,
            "CalculationConfiguration": Any,
            "CalculationConfiguration.$": Any,
            "CodeBlock": Any,
            "CodeBlock.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
        },
        total=False,
    )
    StartQueryExecutionParameters = TypedDict(
        "StartQueryExecutionParameters",
        {
            "QueryString": Any,
            "QueryString.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "QueryExecutionContext": Any,
            "QueryExecutionContext.$": Any,
            "ResultConfiguration": Any,
            "ResultConfiguration.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
            "ExecutionParameters": Any,
            "ExecutionParameters.$": Any,
            "ResultReuseConfiguration": Any,
            "ResultReuseConfiguration.$": Any,
            "EngineConfiguration": Any,
            "EngineConfiguration.$": Any,
            "EngineVersion": Any,
            "EngineVersion.$": Any,
        },
        total=False,
    )
    StartSessionParameters = TypedDict(
        "StartSessionParameters",
        {
            "Description": Any,
            "Description.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
            "EngineConfiguration": Any,
            "EngineConfiguration.$": Any,
            "ExecutionRole": Any,
            "ExecutionRole.$": Any,
            "MonitoringConfiguration": Any,
            "MonitoringConfiguration.$": Any,
            "NotebookVersion": Any,
            "NotebookVersion.$": Any,
            "SessionIdleTimeoutInMinutes": Any,
            "SessionIdleTimeoutInMinutes.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "CopyWorkGroupTags": Any,
            "CopyWorkGroupTags.$": Any,
        },
        total=False,
    )
    StopCalculationExecutionParameters = TypedDict(
        "StopCalculationExecutionParameters",
        {"CalculationExecutionId": Any, "CalculationExecutionId.$": Any},
        total=False,
    )
    StopQueryExecutionParameters = TypedDict(
        "StopQueryExecutionParameters",
        {"QueryExecutionId": Any, "QueryExecutionId.$": Any},
        total=False,
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"ResourceARN": Any, "ResourceARN.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    TerminateSessionParameters = TypedDict(
        "TerminateSessionParameters", {"SessionId": Any, "SessionId.$": Any}, total=False
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"ResourceARN": Any, "ResourceARN.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    UpdateCapacityReservationParameters = TypedDict(
        "UpdateCapacityReservationParameters",
        {"TargetDpus": Any, "TargetDpus.$": Any, "Name": Any, "Name.$": Any},
        total=False,
    )
    UpdateDataCatalogParameters = TypedDict(
        "UpdateDataCatalogParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Type": Any,
            "Type.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
        },
        total=False,
    )
    UpdateNamedQueryParameters = TypedDict(
        "UpdateNamedQueryParameters",
        {
            "NamedQueryId": Any,
            "NamedQueryId.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "QueryString": Any,
            "QueryString.$": Any,
        },
        total=False,
    )
    UpdateNotebookParameters = TypedDict(
        "UpdateNotebookParameters",
        {
            "NotebookId": Any,
            "NotebookId.$": Any,
            "Payload": Any,
            "Payload.$": Any,
            "Type": Any,
            "Type.$": Any,
            "SessionId": Any,
            "SessionId.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
        },
        total=False,
    )
    UpdateNotebookMetadataParameters = TypedDict(
        "UpdateNotebookMetadataParameters",
        {
            "NotebookId": Any,
            "NotebookId.$": Any,
            "ClientRequestToken": Any,
            "ClientRequestToken.$": Any,
            "Name": Any,
            "Name.$": Any,
        },
        total=False,
    )
    UpdatePreparedStatementParameters = TypedDict(
        "UpdatePreparedStatementParameters",
        {
            "StatementName": Any,
            "StatementName.$": Any,
            "WorkGroup": Any,
            "WorkGroup.$": Any,
            "QueryStatement": Any,
            "QueryStatement.$": Any,
            "Description": Any,
            "Description.$": Any,
        },
        total=False,
    )
    UpdateSystemTableConfigurationParameters = TypedDict(
        "UpdateSystemTableConfigurationParameters",
        {"TableName": Any, "TableName.$": Any, "KmsKeyArn": Any, "KmsKeyArn.$": Any},
        total=False,
    )
    UpdateWorkGroupParameters = TypedDict(
        "UpdateWorkGroupParameters",
        {
            "WorkGroup": Any,
            "WorkGroup.$": Any,
            "Description": Any,
            "Description.$": Any,
            "ConfigurationUpdates": Any,
            "ConfigurationUpdates.$": Any,
            "State": Any,
            "State.$": Any,
        },
        total=False,
    )


def batch_get_named_query(
    name: str,
    parameters: BatchGetNamedQueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:batchGetNamedQuery (``arn:aws:states:::aws-sdk:athena:batchGetNamedQuery``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:batchGetNamedQuery", parameters, pattern, options)


def batch_get_prepared_statement(
    name: str,
    parameters: BatchGetPreparedStatementParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:batchGetPreparedStatement (``arn:aws:states:::aws-sdk:athena:batchGetPreparedStatement``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:batchGetPreparedStatement", parameters, pattern, options)


def batch_get_query_execution(
    name: str,
    parameters: BatchGetQueryExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:batchGetQueryExecution (``arn:aws:states:::aws-sdk:athena:batchGetQueryExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:batchGetQueryExecution", parameters, pattern, options)


def cancel_capacity_reservation(
    name: str,
    parameters: CancelCapacityReservationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:cancelCapacityReservation (``arn:aws:states:::aws-sdk:athena:cancelCapacityReservation``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:cancelCapacityReservation", parameters, pattern, options)


def create_capacity_reservation(
    name: str,
    parameters: CreateCapacityReservationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:createCapacityReservation (``arn:aws:states:::aws-sdk:athena:createCapacityReservation``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:createCapacityReservation", parameters, pattern, options)


def create_data_catalog(
    name: str,
    parameters: CreateDataCatalogParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:createDataCatalog (``arn:aws:states:::aws-sdk:athena:createDataCatalog``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:createDataCatalog", parameters, pattern, options)


def create_named_query(
    name: str,
    parameters: CreateNamedQueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:createNamedQuery (``arn:aws:states:::aws-sdk:athena:createNamedQuery``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:createNamedQuery", parameters, pattern, options)


def create_notebook(
    name: str,
    parameters: CreateNotebookParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:createNotebook (``arn:aws:states:::aws-sdk:athena:createNotebook``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:createNotebook", parameters, pattern, options)


def create_prepared_statement(
    name: str,
    parameters: CreatePreparedStatementParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:createPreparedStatement (``arn:aws:states:::aws-sdk:athena:createPreparedStatement``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:createPreparedStatement", parameters, pattern, options)


def create_presigned_notebook_url(
    name: str,
    parameters: CreatePresignedNotebookUrlParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:createPresignedNotebookUrl (``arn:aws:states:::aws-sdk:athena:createPresignedNotebookUrl``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:createPresignedNotebookUrl", parameters, pattern, options)


def create_system_table_configuration(
    name: str,
    parameters: CreateSystemTableConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:createSystemTableConfiguration (``arn:aws:states:::aws-sdk:athena:createSystemTableConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:createSystemTableConfiguration", parameters, pattern, options)


def create_work_group(
    name: str,
    parameters: CreateWorkGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:createWorkGroup (``arn:aws:states:::aws-sdk:athena:createWorkGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:createWorkGroup", parameters, pattern, options)


def delete_capacity_reservation(
    name: str,
    parameters: DeleteCapacityReservationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:deleteCapacityReservation (``arn:aws:states:::aws-sdk:athena:deleteCapacityReservation``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:deleteCapacityReservation", parameters, pattern, options)


def delete_data_catalog(
    name: str,
    parameters: DeleteDataCatalogParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:deleteDataCatalog (``arn:aws:states:::aws-sdk:athena:deleteDataCatalog``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:deleteDataCatalog", parameters, pattern, options)


def delete_named_query(
    name: str,
    parameters: DeleteNamedQueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:deleteNamedQuery (``arn:aws:states:::aws-sdk:athena:deleteNamedQuery``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:deleteNamedQuery", parameters, pattern, options)


def delete_notebook(
    name: str,
    parameters: DeleteNotebookParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:deleteNotebook (``arn:aws:states:::aws-sdk:athena:deleteNotebook``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:deleteNotebook", parameters, pattern, options)


def delete_prepared_statement(
    name: str,
    parameters: DeletePreparedStatementParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:deletePreparedStatement (``arn:aws:states:::aws-sdk:athena:deletePreparedStatement``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:deletePreparedStatement", parameters, pattern, options)


def delete_system_table_configuration(
    name: str,
    parameters: DeleteSystemTableConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:deleteSystemTableConfiguration (``arn:aws:states:::aws-sdk:athena:deleteSystemTableConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:deleteSystemTableConfiguration", parameters, pattern, options)


def delete_work_group(
    name: str,
    parameters: DeleteWorkGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:deleteWorkGroup (``arn:aws:states:::aws-sdk:athena:deleteWorkGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:deleteWorkGroup", parameters, pattern, options)


def export_notebook(
    name: str,
    parameters: ExportNotebookParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:exportNotebook (``arn:aws:states:::aws-sdk:athena:exportNotebook``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:exportNotebook", parameters, pattern, options)


def get_calculation_execution(
    name: str,
    parameters: GetCalculationExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getCalculationExecution (``arn:aws:states:::aws-sdk:athena:getCalculationExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getCalculationExecution", parameters, pattern, options)


def get_calculation_execution_code(
    name: str,
    parameters: GetCalculationExecutionCodeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getCalculationExecutionCode (``arn:aws:states:::aws-sdk:athena:getCalculationExecutionCode``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getCalculationExecutionCode", parameters, pattern, options)


def get_calculation_execution_status(
    name: str,
    parameters: GetCalculationExecutionStatusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getCalculationExecutionStatus (``arn:aws:states:::aws-sdk:athena:getCalculationExecutionStatus``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getCalculationExecutionStatus", parameters, pattern, options)


def get_capacity_assignment_configuration(
    name: str,
    parameters: GetCapacityAssignmentConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getCapacityAssignmentConfiguration (``arn:aws:states:::aws-sdk:athena:getCapacityAssignmentConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getCapacityAssignmentConfiguration", parameters, pattern, options)


def get_capacity_reservation(
    name: str,
    parameters: GetCapacityReservationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getCapacityReservation (``arn:aws:states:::aws-sdk:athena:getCapacityReservation``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getCapacityReservation", parameters, pattern, options)


def get_data_catalog(
    name: str,
    parameters: GetDataCatalogParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getDataCatalog (``arn:aws:states:::aws-sdk:athena:getDataCatalog``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getDataCatalog", parameters, pattern, options)


def get_database(
    name: str,
    parameters: GetDatabaseParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getDatabase (``arn:aws:states:::aws-sdk:athena:getDatabase``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getDatabase", parameters, pattern, options)


def get_named_query(
    name: str,
    parameters: GetNamedQueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getNamedQuery (``arn:aws:states:::aws-sdk:athena:getNamedQuery``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getNamedQuery", parameters, pattern, options)


def get_notebook_metadata(
    name: str,
    parameters: GetNotebookMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getNotebookMetadata (``arn:aws:states:::aws-sdk:athena:getNotebookMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getNotebookMetadata", parameters, pattern, options)


def get_prepared_statement(
    name: str,
    parameters: GetPreparedStatementParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getPreparedStatement (``arn:aws:states:::aws-sdk:athena:getPreparedStatement``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getPreparedStatement", parameters, pattern, options)


def get_query_execution(
    name: str,
    parameters: GetQueryExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getQueryExecution (``arn:aws:states:::aws-sdk:athena:getQueryExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getQueryExecution", parameters, pattern, options)


def get_query_result_stream(
    name: str,
    parameters: GetQueryResultStreamParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getQueryResultStream (``arn:aws:states:::aws-sdk:athena:getQueryResultStream``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getQueryResultStream", parameters, pattern, options)


def get_query_results(
    name: str,
    parameters: GetQueryResultsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getQueryResults (``arn:aws:states:::aws-sdk:athena:getQueryResults``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getQueryResults", parameters, pattern, options)


def get_query_runtime_statistics(
    name: str,
    parameters: GetQueryRuntimeStatisticsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getQueryRuntimeStatistics (``arn:aws:states:::aws-sdk:athena:getQueryRuntimeStatistics``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getQueryRuntimeStatistics", parameters, pattern, options)


def get_resource_dashboard(
    name: str,
    parameters: GetResourceDashboardParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getResourceDashboard (``arn:aws:states:::aws-sdk:athena:getResourceDashboard``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getResourceDashboard", parameters, pattern, options)


def get_session(
    name: str,
    parameters: GetSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getSession (``arn:aws:states:::aws-sdk:athena:getSession``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getSession", parameters, pattern, options)


def get_session_endpoint(
    name: str,
    parameters: GetSessionEndpointParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getSessionEndpoint (``arn:aws:states:::aws-sdk:athena:getSessionEndpoint``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getSessionEndpoint", parameters, pattern, options)


def get_session_status(
    name: str,
    parameters: GetSessionStatusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getSessionStatus (``arn:aws:states:::aws-sdk:athena:getSessionStatus``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getSessionStatus", parameters, pattern, options)


def get_system_table_configuration(
    name: str,
    parameters: GetSystemTableConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getSystemTableConfiguration (``arn:aws:states:::aws-sdk:athena:getSystemTableConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getSystemTableConfiguration", parameters, pattern, options)


def get_table_metadata(
    name: str,
    parameters: GetTableMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getTableMetadata (``arn:aws:states:::aws-sdk:athena:getTableMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getTableMetadata", parameters, pattern, options)


def get_work_group(
    name: str,
    parameters: GetWorkGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:getWorkGroup (``arn:aws:states:::aws-sdk:athena:getWorkGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:getWorkGroup", parameters, pattern, options)


def import_notebook(
    name: str,
    parameters: ImportNotebookParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:importNotebook (``arn:aws:states:::aws-sdk:athena:importNotebook``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:importNotebook", parameters, pattern, options)


def list_application_dpu_sizes(
    name: str,
    parameters: ListApplicationDPUSizesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listApplicationDPUSizes (``arn:aws:states:::aws-sdk:athena:listApplicationDPUSizes``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listApplicationDPUSizes", parameters, pattern, options)


def list_calculation_executions(
    name: str,
    parameters: ListCalculationExecutionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listCalculationExecutions (``arn:aws:states:::aws-sdk:athena:listCalculationExecutions``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listCalculationExecutions", parameters, pattern, options)


def list_capacity_reservations(
    name: str,
    parameters: ListCapacityReservationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listCapacityReservations (``arn:aws:states:::aws-sdk:athena:listCapacityReservations``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listCapacityReservations", parameters, pattern, options)


def list_data_catalogs(
    name: str,
    parameters: ListDataCatalogsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listDataCatalogs (``arn:aws:states:::aws-sdk:athena:listDataCatalogs``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listDataCatalogs", parameters, pattern, options)


def list_databases(
    name: str,
    parameters: ListDatabasesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listDatabases (``arn:aws:states:::aws-sdk:athena:listDatabases``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listDatabases", parameters, pattern, options)


def list_engine_versions(
    name: str,
    parameters: ListEngineVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listEngineVersions (``arn:aws:states:::aws-sdk:athena:listEngineVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listEngineVersions", parameters, pattern, options)


def list_executors(
    name: str,
    parameters: ListExecutorsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listExecutors (``arn:aws:states:::aws-sdk:athena:listExecutors``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listExecutors", parameters, pattern, options)


def list_named_queries(
    name: str,
    parameters: ListNamedQueriesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listNamedQueries (``arn:aws:states:::aws-sdk:athena:listNamedQueries``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listNamedQueries", parameters, pattern, options)


def list_notebook_metadata(
    name: str,
    parameters: ListNotebookMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listNotebookMetadata (``arn:aws:states:::aws-sdk:athena:listNotebookMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listNotebookMetadata", parameters, pattern, options)


def list_notebook_sessions(
    name: str,
    parameters: ListNotebookSessionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listNotebookSessions (``arn:aws:states:::aws-sdk:athena:listNotebookSessions``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listNotebookSessions", parameters, pattern, options)


def list_prepared_statements(
    name: str,
    parameters: ListPreparedStatementsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listPreparedStatements (``arn:aws:states:::aws-sdk:athena:listPreparedStatements``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listPreparedStatements", parameters, pattern, options)


def list_query_executions(
    name: str,
    parameters: ListQueryExecutionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listQueryExecutions (``arn:aws:states:::aws-sdk:athena:listQueryExecutions``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listQueryExecutions", parameters, pattern, options)


def list_sessions(
    name: str,
    parameters: ListSessionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listSessions (``arn:aws:states:::aws-sdk:athena:listSessions``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listSessions", parameters, pattern, options)


def list_system_table_statuses(
    name: str,
    parameters: ListSystemTableStatusesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listSystemTableStatuses (``arn:aws:states:::aws-sdk:athena:listSystemTableStatuses``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listSystemTableStatuses", parameters, pattern, options)


def list_table_metadata(
    name: str,
    parameters: ListTableMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listTableMetadata (``arn:aws:states:::aws-sdk:athena:listTableMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listTableMetadata", parameters, pattern, options)


def list_tags_for_resource(
    name: str,
    parameters: ListTagsForResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listTagsForResource (``arn:aws:states:::aws-sdk:athena:listTagsForResource``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listTagsForResource", parameters, pattern, options)


def list_work_groups(
    name: str,
    parameters: ListWorkGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:listWorkGroups (``arn:aws:states:::aws-sdk:athena:listWorkGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:listWorkGroups", parameters, pattern, options)


def put_capacity_assignment_configuration(
    name: str,
    parameters: PutCapacityAssignmentConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:putCapacityAssignmentConfiguration (``arn:aws:states:::aws-sdk:athena:putCapacityAssignmentConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:putCapacityAssignmentConfiguration", parameters, pattern, options)


def start_calculation_execution(
    name: str,
    parameters: StartCalculationExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:startCalculationExecution (``arn:aws:states:::aws-sdk:athena:startCalculationExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:startCalculationExecution", parameters, pattern, options)


def start_query_execution(
    name: str,
    parameters: StartQueryExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:startQueryExecution (``arn:aws:states:::aws-sdk:athena:startQueryExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:startQueryExecution", parameters, pattern, options)


def start_session(
    name: str,
    parameters: StartSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:startSession (``arn:aws:states:::aws-sdk:athena:startSession``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:startSession", parameters, pattern, options)


def stop_calculation_execution(
    name: str,
    parameters: StopCalculationExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:stopCalculationExecution (``arn:aws:states:::aws-sdk:athena:stopCalculationExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:stopCalculationExecution", parameters, pattern, options)


def stop_query_execution(
    name: str,
    parameters: StopQueryExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:stopQueryExecution (``arn:aws:states:::aws-sdk:athena:stopQueryExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:stopQueryExecution", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:tagResource (``arn:aws:states:::aws-sdk:athena:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:tagResource", parameters, pattern, options)


def terminate_session(
    name: str,
    parameters: TerminateSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:terminateSession (``arn:aws:states:::aws-sdk:athena:terminateSession``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:terminateSession", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:untagResource (``arn:aws:states:::aws-sdk:athena:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:untagResource", parameters, pattern, options)


def update_capacity_reservation(
    name: str,
    parameters: UpdateCapacityReservationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:updateCapacityReservation (``arn:aws:states:::aws-sdk:athena:updateCapacityReservation``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:updateCapacityReservation", parameters, pattern, options)


def update_data_catalog(
    name: str,
    parameters: UpdateDataCatalogParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:updateDataCatalog (``arn:aws:states:::aws-sdk:athena:updateDataCatalog``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:updateDataCatalog", parameters, pattern, options)


def update_named_query(
    name: str,
    parameters: UpdateNamedQueryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:updateNamedQuery (``arn:aws:states:::aws-sdk:athena:updateNamedQuery``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:updateNamedQuery", parameters, pattern, options)


def update_notebook(
    name: str,
    parameters: UpdateNotebookParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:updateNotebook (``arn:aws:states:::aws-sdk:athena:updateNotebook``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:updateNotebook", parameters, pattern, options)


def update_notebook_metadata(
    name: str,
    parameters: UpdateNotebookMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:updateNotebookMetadata (``arn:aws:states:::aws-sdk:athena:updateNotebookMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:updateNotebookMetadata", parameters, pattern, options)


def update_prepared_statement(
    name: str,
    parameters: UpdatePreparedStatementParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:updatePreparedStatement (``arn:aws:states:::aws-sdk:athena:updatePreparedStatement``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:updatePreparedStatement", parameters, pattern, options)


def update_system_table_configuration(
    name: str,
    parameters: UpdateSystemTableConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:updateSystemTableConfiguration (``arn:aws:states:::aws-sdk:athena:updateSystemTableConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:updateSystemTableConfiguration", parameters, pattern, options)


def update_work_group(
    name: str,
    parameters: UpdateWorkGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call athena:updateWorkGroup (``arn:aws:states:::aws-sdk:athena:updateWorkGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "athena:updateWorkGroup", parameters, pattern, options)


__all__ = [
    "batch_get_named_query",
    "batch_get_prepared_statement",
    "batch_get_query_execution",
    "cancel_capacity_reservation",
    "create_capacity_reservation",
    "create_data_catalog",
    "create_named_query",
    "create_notebook",
    "create_prepared_statement",
    "create_presigned_notebook_url",
    "create_system_table_configuration",
    "create_work_group",
    "delete_capacity_reservation",
    "delete_data_catalog",
    "delete_named_query",
    "delete_notebook",
    "delete_prepared_statement",
    "delete_system_table_configuration",
    "delete_work_group",
    "export_notebook",
    "get_calculation_execution",
    "get_calculation_execution_code",
    "get_calculation_execution_status",
    "get_capacity_assignment_configuration",
    "get_capacity_reservation",
    "get_data_catalog",
    "get_database",
    "get_named_query",
    "get_notebook_metadata",
    "get_prepared_statement",
    "get_query_execution",
    "get_query_result_stream",
    "get_query_results",
    "get_query_runtime_statistics",
    "get_resource_dashboard",
    "get_session",
    "get_session_endpoint",
    "get_session_status",
    "get_system_table_configuration",
    "get_table_metadata",
    "get_work_group",
    "import_notebook",
    "list_application_dpu_sizes",
    "list_calculation_executions",
    "list_capacity_reservations",
    "list_data_catalogs",
    "list_databases",
    "list_engine_versions",
    "list_executors",
    "list_named_queries",
    "list_notebook_metadata",
    "list_notebook_sessions",
    "list_prepared_statements",
    "list_query_executions",
    "list_sessions",
    "list_system_table_statuses",
    "list_table_metadata",
    "list_tags_for_resource",
    "list_work_groups",
    "put_capacity_assignment_configuration",
    "start_calculation_execution",
    "start_query_execution",
    "start_session",
    "stop_calculation_execution",
    "stop_query_execution",
    "tag_resource",
    "terminate_session",
    "untag_resource",
    "update_capacity_reservation",
    "update_data_catalog",
    "update_named_query",
    "update_notebook",
    "update_notebook_metadata",
    "update_prepared_statement",
    "update_system_table_configuration",
    "update_work_group",
]
