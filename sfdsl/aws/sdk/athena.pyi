"""Typed builders of the AWS SDK integration of athena (``aws-sdk:athena:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

BatchGetNamedQueryParameters = TypedDict(
    "BatchGetNamedQueryParameters", {"NamedQueryIds": L[Si], "NamedQueryIds.$": str}, total=False
)
BatchGetPreparedStatementParameters = TypedDict(
    "BatchGetPreparedStatementParameters",
    {
        "PreparedStatementNames": L[Si],
        "PreparedStatementNames.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
    },
    total=False,
)
BatchGetQueryExecutionParameters = TypedDict(
    "BatchGetQueryExecutionParameters",
    {"QueryExecutionIds": L[Si], "QueryExecutionIds.$": str},
    total=False,
)
CancelCapacityReservationParameters = TypedDict(
    "CancelCapacityReservationParameters", {"Name": S, "Name.$": str}, total=False
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateCapacityReservationParameters = TypedDict(
    "CreateCapacityReservationParameters",
    {
        "TargetDpus": I,
        "TargetDpus.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateDataCatalogParameters = TypedDict(
    "CreateDataCatalogParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateNamedQueryParameters = TypedDict(
    "CreateNamedQueryParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Database": S,
        "Database.$": str,
        "QueryString": S,
        "QueryString.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
    },
    total=False,
)
CreateNotebookParameters = TypedDict(
    "CreateNotebookParameters",
    {
        "WorkGroup": S,
        "WorkGroup.$": str,
        "Name": S,
        "Name.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreatePreparedStatementParameters = TypedDict(
    "CreatePreparedStatementParameters",
    {
        "StatementName": S,
        "StatementName.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
        "QueryStatement": S,
        "QueryStatement.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
CreatePresignedNotebookUrlParameters = TypedDict(
    "CreatePresignedNotebookUrlParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
CreateSystemTableConfigurationParameters = TypedDict(
    "CreateSystemTableConfigurationParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "TableName": S,
        "TableName.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class EncryptionConfiguration(TypedDict, total=False):
    EncryptionOption: S
    KmsKey: S

class AclConfiguration(TypedDict, total=False):
    S3AclOption: S

class ResultConfiguration(TypedDict, total=False):
    OutputLocation: S
    EncryptionConfiguration: X[EncryptionConfiguration]
    ExpectedBucketOwner: S
    AclConfiguration: X[AclConfiguration]

class ManagedQueryResultsEncryptionConfiguration(TypedDict, total=False):
    KmsKey: S

class ManagedQueryResultsConfiguration(TypedDict, total=False):
    Enabled: B
    EncryptionConfiguration: X[ManagedQueryResultsEncryptionConfiguration]

class EngineVersion(TypedDict, total=False):
    SelectedEngineVersion: S
    EffectiveEngineVersion: S

class CloudWatchLoggingConfiguration(TypedDict, total=False):
    Enabled: B
    LogGroup: S
    LogStreamNamePrefix: S
    LogTypes: M[L[Si]]

class ManagedLoggingConfiguration(TypedDict, total=False):
    Enabled: B
    KmsKey: S

class S3LoggingConfiguration(TypedDict, total=False):
    Enabled: B
    KmsKey: S
    LogLocation: S

class MonitoringConfiguration(TypedDict, total=False):
    CloudWatchLoggingConfiguration: X[CloudWatchLoggingConfiguration]
    ManagedLoggingConfiguration: X[ManagedLoggingConfiguration]
    S3LoggingConfiguration: X[S3LoggingConfiguration]

class Classification(TypedDict, total=False):
    Name: S
    Properties: M[S]

class EngineConfiguration(TypedDict, total=False):
    CoordinatorDpuSize: I
    MaxConcurrentDpus: I
    DefaultExecutorDpuSize: I
    AdditionalConfigs: M[S]
    SparkProperties: M[S]
    Classifications: L[Xi[Classification]]

class CustomerContentEncryptionConfiguration(TypedDict, total=False):
    KmsKey: S

class IdentityCenterConfiguration(TypedDict, total=False):
    EnableIdentityCenter: B
    IdentityCenterInstanceArn: S

class QueryResultsS3AccessGrantsConfiguration(TypedDict, total=False):
    EnableS3AccessGrants: B
    CreateUserLevelPrefix: B
    AuthenticationType: S

class SystemTableStatus(TypedDict, total=False):
    TableName: S
    Enabled: B

class WorkGroupConfiguration(TypedDict, total=False):
    ResultConfiguration: X[ResultConfiguration]
    ManagedQueryResultsConfiguration: X[ManagedQueryResultsConfiguration]
    EnforceWorkGroupConfiguration: B
    PublishCloudWatchMetricsEnabled: B
    BytesScannedCutoffPerQuery: I
    RequesterPaysEnabled: B
    EngineVersion: X[EngineVersion]
    AdditionalConfiguration: S
    ExecutionRole: S
    MonitoringConfiguration: X[MonitoringConfiguration]
    EngineConfiguration: X[EngineConfiguration]
    CustomerContentEncryptionConfiguration: X[CustomerContentEncryptionConfiguration]
    EnableMinimumEncryptionConfiguration: B
    IdentityCenterConfiguration: X[IdentityCenterConfiguration]
    QueryResultsS3AccessGrantsConfiguration: X[QueryResultsS3AccessGrantsConfiguration]
    SystemTableStatuses: L[Xi[SystemTableStatus]]

CreateWorkGroupParameters = TypedDict(
    "CreateWorkGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Configuration": X[WorkGroupConfiguration],
        "Configuration.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteCapacityReservationParameters = TypedDict(
    "DeleteCapacityReservationParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteDataCatalogParameters = TypedDict(
    "DeleteDataCatalogParameters",
    {"Name": S, "Name.$": str, "DeleteCatalogOnly": B, "DeleteCatalogOnly.$": str},
    total=False,
)
DeleteNamedQueryParameters = TypedDict(
    "DeleteNamedQueryParameters", {"NamedQueryId": S, "NamedQueryId.$": str}, total=False
)
DeleteNotebookParameters = TypedDict(
    "DeleteNotebookParameters", {"NotebookId": S, "NotebookId.$": str}, total=False
)
DeletePreparedStatementParameters = TypedDict(
    "DeletePreparedStatementParameters",
    {"StatementName": S, "StatementName.$": str, "WorkGroup": S, "WorkGroup.$": str},
    total=False,
)
DeleteSystemTableConfigurationParameters = TypedDict(
    "DeleteSystemTableConfigurationParameters", {"TableName": S, "TableName.$": str}, total=False
)
DeleteWorkGroupParameters = TypedDict(
    "DeleteWorkGroupParameters",
    {
        "WorkGroup": S,
        "WorkGroup.$": str,
        "RecursiveDeleteOption": B,
        "RecursiveDeleteOption.$": str,
    },
    total=False,
)
ExportNotebookParameters = TypedDict(
    "ExportNotebookParameters", {"NotebookId": S, "NotebookId.$": str}, total=False
)
GetCalculationExecutionParameters = TypedDict(
    "GetCalculationExecutionParameters",
    {"CalculationExecutionId": S, "CalculationExecutionId.$": str},
    total=False,
)
GetCalculationExecutionCodeParameters = TypedDict(
    "GetCalculationExecutionCodeParameters",
    {"CalculationExecutionId": S, "CalculationExecutionId.$": str},
    total=False,
)
GetCalculationExecutionStatusParameters = TypedDict(
    "GetCalculationExecutionStatusParameters",
    {"CalculationExecutionId": S, "CalculationExecutionId.$": str},
    total=False,
)
GetCapacityAssignmentConfigurationParameters = TypedDict(
    "GetCapacityAssignmentConfigurationParameters",
    {"CapacityReservationName": S, "CapacityReservationName.$": str},
    total=False,
)
GetCapacityReservationParameters = TypedDict(
    "GetCapacityReservationParameters", {"Name": S, "Name.$": str}, total=False
)
GetDataCatalogParameters = TypedDict(
    "GetDataCatalogParameters",
    {"Name": S, "Name.$": str, "WorkGroup": S, "WorkGroup.$": str},
    total=False,
)
GetDatabaseParameters = TypedDict(
    "GetDatabaseParameters",
    {
        "CatalogName": S,
        "CatalogName.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
    },
    total=False,
)
GetNamedQueryParameters = TypedDict(
    "GetNamedQueryParameters", {"NamedQueryId": S, "NamedQueryId.$": str}, total=False
)
GetNotebookMetadataParameters = TypedDict(
    "GetNotebookMetadataParameters", {"NotebookId": S, "NotebookId.$": str}, total=False
)
GetPreparedStatementParameters = TypedDict(
    "GetPreparedStatementParameters",
    {"StatementName": S, "StatementName.$": str, "WorkGroup": S, "WorkGroup.$": str},
    total=False,
)
GetQueryExecutionParameters = TypedDict(
    "GetQueryExecutionParameters", {"QueryExecutionId": S, "QueryExecutionId.$": str}, total=False
)
GetQueryResultStreamParameters = TypedDict(
    "GetQueryResultStreamParameters",
    {"QueryExecutionId": S, "QueryExecutionId.$": str, "Range": S, "Range.$": str},
    total=False,
)
GetQueryResultsParameters = TypedDict(
    "GetQueryResultsParameters",
    {
        "QueryExecutionId": S,
        "QueryExecutionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "QueryResultType": S,
        "QueryResultType.$": str,
    },
    total=False,
)
GetQueryRuntimeStatisticsParameters = TypedDict(
    "GetQueryRuntimeStatisticsParameters",
    {"QueryExecutionId": S, "QueryExecutionId.$": str},
    total=False,
)
GetResourceDashboardParameters = TypedDict(
    "GetResourceDashboardParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
GetSessionParameters = TypedDict(
    "GetSessionParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
GetSessionEndpointParameters = TypedDict(
    "GetSessionEndpointParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
GetSessionStatusParameters = TypedDict(
    "GetSessionStatusParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
GetSystemTableConfigurationParameters = TypedDict(
    "GetSystemTableConfigurationParameters", {"TableName": S, "TableName.$": str}, total=False
)
GetTableMetadataParameters = TypedDict(
    "GetTableMetadataParameters",
    {
        "CatalogName": S,
        "CatalogName.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "TableName": S,
        "TableName.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
    },
    total=False,
)
GetWorkGroupParameters = TypedDict(
    "GetWorkGroupParameters", {"WorkGroup": S, "WorkGroup.$": str}, total=False
)
ImportNotebookParameters = TypedDict(
    "ImportNotebookParameters",
    {
        "WorkGroup": S,
        "WorkGroup.$": str,
        "Name": S,
        "Name.$": str,
        "Payload": S,
        "Payload.$": str,
        "Type": S,
        "Type.$": str,
        "NotebookS3LocationUri": S,
        "NotebookS3LocationUri.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
ListApplicationDPUSizesParameters = TypedDict(
    "ListApplicationDPUSizesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListCalculationExecutionsParameters = TypedDict(
    "ListCalculationExecutionsParameters",
    {
        "SessionId": S,
        "SessionId.$": str,
        "StateFilter": S,
        "StateFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCapacityReservationsParameters = TypedDict(
    "ListCapacityReservationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListDataCatalogsParameters = TypedDict(
    "ListDataCatalogsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
    },
    total=False,
)
ListDatabasesParameters = TypedDict(
    "ListDatabasesParameters",
    {
        "CatalogName": S,
        "CatalogName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
        "AttributesToGet": L[Si],
        "AttributesToGet.$": str,
    },
    total=False,
)
ListEngineVersionsParameters = TypedDict(
    "ListEngineVersionsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListExecutorsParameters = TypedDict(
    "ListExecutorsParameters",
    {
        "SessionId": S,
        "SessionId.$": str,
        "ExecutorStateFilter": S,
        "ExecutorStateFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNamedQueriesParameters = TypedDict(
    "ListNamedQueriesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
    },
    total=False,
)

class FilterDefinition(TypedDict, total=False):
    Name: S

ListNotebookMetadataParameters = TypedDict(
    "ListNotebookMetadataParameters",
    {
        "Filters": X[FilterDefinition],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
    },
    total=False,
)
ListNotebookSessionsParameters = TypedDict(
    "ListNotebookSessionsParameters",
    {
        "NotebookId": S,
        "NotebookId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPreparedStatementsParameters = TypedDict(
    "ListPreparedStatementsParameters",
    {
        "WorkGroup": S,
        "WorkGroup.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListQueryExecutionsParameters = TypedDict(
    "ListQueryExecutionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
    },
    total=False,
)
ListSessionsParameters = TypedDict(
    "ListSessionsParameters",
    {
        "WorkGroup": S,
        "WorkGroup.$": str,
        "StateFilter": S,
        "StateFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSystemTableStatusesParameters = TypedDict(
    "ListSystemTableStatusesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTableMetadataParameters = TypedDict(
    "ListTableMetadataParameters",
    {
        "CatalogName": S,
        "CatalogName.$": str,
        "DatabaseName": S,
        "DatabaseName.$": str,
        "Expression": S,
        "Expression.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
        "AttributesToGet": L[Si],
        "AttributesToGet.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceARN": S,
        "ResourceARN.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWorkGroupsParameters = TypedDict(
    "ListWorkGroupsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class CapacityAssignment(TypedDict, total=False):
    WorkGroupNames: L[Si]

PutCapacityAssignmentConfigurationParameters = TypedDict(
    "PutCapacityAssignmentConfigurationParameters",
    {
        "CapacityReservationName": S,
        "CapacityReservationName.$": str,
        "CapacityAssignments": L[Xi[CapacityAssignment]],
        "CapacityAssignments.$": str,
    },
    total=False,
)

class CalculationConfiguration(TypedDict, total=False):
    CodeBlock: S

StartCalculationExecutionParameters = TypedDict(
    "StartCalculationExecutionParameters",
    {
        "SessionId": S,
        "SessionId.$": str,
        "Description": S,
        "Description.$": str,
        "CalculationConfiguration": X[CalculationConfiguration],
        "CalculationConfiguration.$": str,
        "CodeBlock": S,
        "CodeBlock.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class QueryExecutionContext(TypedDict, total=False):
    Database: S
    Catalog: S

class ResultReuseByAgeConfiguration(TypedDict, total=False):
    Enabled: B
    MaxAgeInMinutes: I

class ResultReuseConfiguration(TypedDict, total=False):
    ResultReuseByAgeConfiguration: X[ResultReuseByAgeConfiguration]

StartQueryExecutionParameters = TypedDict(
    "StartQueryExecutionParameters",
    {
        "QueryString": S,
        "QueryString.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "QueryExecutionContext": X[QueryExecutionContext],
        "QueryExecutionContext.$": str,
        "ResultConfiguration": X[ResultConfiguration],
        "ResultConfiguration.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
        "ExecutionParameters": L[Si],
        "ExecutionParameters.$": str,
        "ResultReuseConfiguration": X[ResultReuseConfiguration],
        "ResultReuseConfiguration.$": str,
        "EngineConfiguration": X[EngineConfiguration],
        "EngineConfiguration.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
    },
    total=False,
)
StartSessionParameters = TypedDict(
    "StartSessionParameters",
    {
        "Description": S,
        "Description.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
        "EngineConfiguration": X[EngineConfiguration],
        "EngineConfiguration.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "MonitoringConfiguration": X[MonitoringConfiguration],
        "MonitoringConfiguration.$": str,
        "NotebookVersion": S,
        "NotebookVersion.$": str,
        "SessionIdleTimeoutInMinutes": I,
        "SessionIdleTimeoutInMinutes.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CopyWorkGroupTags": B,
        "CopyWorkGroupTags.$": str,
    },
    total=False,
)
StopCalculationExecutionParameters = TypedDict(
    "StopCalculationExecutionParameters",
    {"CalculationExecutionId": S, "CalculationExecutionId.$": str},
    total=False,
)
StopQueryExecutionParameters = TypedDict(
    "StopQueryExecutionParameters", {"QueryExecutionId": S, "QueryExecutionId.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TerminateSessionParameters = TypedDict(
    "TerminateSessionParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateCapacityReservationParameters = TypedDict(
    "UpdateCapacityReservationParameters",
    {"TargetDpus": I, "TargetDpus.$": str, "Name": S, "Name.$": str},
    total=False,
)
UpdateDataCatalogParameters = TypedDict(
    "UpdateDataCatalogParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
    },
    total=False,
)
UpdateNamedQueryParameters = TypedDict(
    "UpdateNamedQueryParameters",
    {
        "NamedQueryId": S,
        "NamedQueryId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "QueryString": S,
        "QueryString.$": str,
    },
    total=False,
)
UpdateNotebookParameters = TypedDict(
    "UpdateNotebookParameters",
    {
        "NotebookId": S,
        "NotebookId.$": str,
        "Payload": S,
        "Payload.$": str,
        "Type": S,
        "Type.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
UpdateNotebookMetadataParameters = TypedDict(
    "UpdateNotebookMetadataParameters",
    {
        "NotebookId": S,
        "NotebookId.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdatePreparedStatementParameters = TypedDict(
    "UpdatePreparedStatementParameters",
    {
        "StatementName": S,
        "StatementName.$": str,
        "WorkGroup": S,
        "WorkGroup.$": str,
        "QueryStatement": S,
        "QueryStatement.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateSystemTableConfigurationParameters = TypedDict(
    "UpdateSystemTableConfigurationParameters",
    {"TableName": S, "TableName.$": str, "KmsKeyArn": S, "KmsKeyArn.$": str},
    total=False,
)

class ResultConfigurationUpdates(TypedDict, total=False):
    OutputLocation: S
    RemoveOutputLocation: B
    EncryptionConfiguration: X[EncryptionConfiguration]
    RemoveEncryptionConfiguration: B
    ExpectedBucketOwner: S
    RemoveExpectedBucketOwner: B
    AclConfiguration: X[AclConfiguration]
    RemoveAclConfiguration: B

class ManagedQueryResultsConfigurationUpdates(TypedDict, total=False):
    Enabled: B
    EncryptionConfiguration: X[ManagedQueryResultsEncryptionConfiguration]
    RemoveEncryptionConfiguration: B

class WorkGroupConfigurationUpdates(TypedDict, total=False):
    EnforceWorkGroupConfiguration: B
    ResultConfigurationUpdates: X[ResultConfigurationUpdates]
    ManagedQueryResultsConfigurationUpdates: X[ManagedQueryResultsConfigurationUpdates]
    PublishCloudWatchMetricsEnabled: B
    BytesScannedCutoffPerQuery: I
    RemoveBytesScannedCutoffPerQuery: B
    RequesterPaysEnabled: B
    EngineVersion: X[EngineVersion]
    RemoveCustomerContentEncryptionConfiguration: B
    AdditionalConfiguration: S
    ExecutionRole: S
    CustomerContentEncryptionConfiguration: X[CustomerContentEncryptionConfiguration]
    EnableMinimumEncryptionConfiguration: B
    QueryResultsS3AccessGrantsConfiguration: X[QueryResultsS3AccessGrantsConfiguration]
    MonitoringConfiguration: X[MonitoringConfiguration]
    EngineConfiguration: X[EngineConfiguration]

UpdateWorkGroupParameters = TypedDict(
    "UpdateWorkGroupParameters",
    {
        "WorkGroup": S,
        "WorkGroup.$": str,
        "Description": S,
        "Description.$": str,
        "ConfigurationUpdates": X[WorkGroupConfigurationUpdates],
        "ConfigurationUpdates.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)
batch_get_named_query: Builder[BatchGetNamedQueryParameters]
batch_get_prepared_statement: Builder[BatchGetPreparedStatementParameters]
batch_get_query_execution: Builder[BatchGetQueryExecutionParameters]
cancel_capacity_reservation: Builder[CancelCapacityReservationParameters]
create_capacity_reservation: Builder[CreateCapacityReservationParameters]
create_data_catalog: Builder[CreateDataCatalogParameters]
create_named_query: Builder[CreateNamedQueryParameters]
create_notebook: Builder[CreateNotebookParameters]
create_prepared_statement: Builder[CreatePreparedStatementParameters]
create_presigned_notebook_url: Builder[CreatePresignedNotebookUrlParameters]
create_system_table_configuration: Builder[CreateSystemTableConfigurationParameters]
create_work_group: Builder[CreateWorkGroupParameters]
delete_capacity_reservation: Builder[DeleteCapacityReservationParameters]
delete_data_catalog: Builder[DeleteDataCatalogParameters]
delete_named_query: Builder[DeleteNamedQueryParameters]
delete_notebook: Builder[DeleteNotebookParameters]
delete_prepared_statement: Builder[DeletePreparedStatementParameters]
delete_system_table_configuration: Builder[DeleteSystemTableConfigurationParameters]
delete_work_group: Builder[DeleteWorkGroupParameters]
export_notebook: Builder[ExportNotebookParameters]
get_calculation_execution: Builder[GetCalculationExecutionParameters]
get_calculation_execution_code: Builder[GetCalculationExecutionCodeParameters]
get_calculation_execution_status: Builder[GetCalculationExecutionStatusParameters]
get_capacity_assignment_configuration: Builder[GetCapacityAssignmentConfigurationParameters]
get_capacity_reservation: Builder[GetCapacityReservationParameters]
get_data_catalog: Builder[GetDataCatalogParameters]
get_database: Builder[GetDatabaseParameters]
get_named_query: Builder[GetNamedQueryParameters]
get_notebook_metadata: Builder[GetNotebookMetadataParameters]
get_prepared_statement: Builder[GetPreparedStatementParameters]
get_query_execution: Builder[GetQueryExecutionParameters]
get_query_result_stream: Builder[GetQueryResultStreamParameters]
get_query_results: Builder[GetQueryResultsParameters]
get_query_runtime_statistics: Builder[GetQueryRuntimeStatisticsParameters]
get_resource_dashboard: Builder[GetResourceDashboardParameters]
get_session: Builder[GetSessionParameters]
get_session_endpoint: Builder[GetSessionEndpointParameters]
get_session_status: Builder[GetSessionStatusParameters]
get_system_table_configuration: Builder[GetSystemTableConfigurationParameters]
get_table_metadata: Builder[GetTableMetadataParameters]
get_work_group: Builder[GetWorkGroupParameters]
import_notebook: Builder[ImportNotebookParameters]
list_application_dpu_sizes: Builder[ListApplicationDPUSizesParameters]
list_calculation_executions: Builder[ListCalculationExecutionsParameters]
list_capacity_reservations: Builder[ListCapacityReservationsParameters]
list_data_catalogs: Builder[ListDataCatalogsParameters]
list_databases: Builder[ListDatabasesParameters]
list_engine_versions: Builder[ListEngineVersionsParameters]
list_executors: Builder[ListExecutorsParameters]
list_named_queries: Builder[ListNamedQueriesParameters]
list_notebook_metadata: Builder[ListNotebookMetadataParameters]
list_notebook_sessions: Builder[ListNotebookSessionsParameters]
list_prepared_statements: Builder[ListPreparedStatementsParameters]
list_query_executions: Builder[ListQueryExecutionsParameters]
list_sessions: Builder[ListSessionsParameters]
list_system_table_statuses: Builder[ListSystemTableStatusesParameters]
list_table_metadata: Builder[ListTableMetadataParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_work_groups: Builder[ListWorkGroupsParameters]
put_capacity_assignment_configuration: Builder[PutCapacityAssignmentConfigurationParameters]
start_calculation_execution: Builder[StartCalculationExecutionParameters]
start_query_execution: Builder[StartQueryExecutionParameters]
start_session: Builder[StartSessionParameters]
stop_calculation_execution: Builder[StopCalculationExecutionParameters]
stop_query_execution: Builder[StopQueryExecutionParameters]
tag_resource: Builder[TagResourceParameters]
terminate_session: Builder[TerminateSessionParameters]
untag_resource: Builder[UntagResourceParameters]
update_capacity_reservation: Builder[UpdateCapacityReservationParameters]
update_data_catalog: Builder[UpdateDataCatalogParameters]
update_named_query: Builder[UpdateNamedQueryParameters]
update_notebook: Builder[UpdateNotebookParameters]
update_notebook_metadata: Builder[UpdateNotebookMetadataParameters]
update_prepared_statement: Builder[UpdatePreparedStatementParameters]
update_system_table_configuration: Builder[UpdateSystemTableConfigurationParameters]
update_work_group: Builder[UpdateWorkGroupParameters]

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
