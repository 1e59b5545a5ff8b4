"""Typed builders of the AWS SDK integration of neptunedata (``aws-sdk:neptunedata:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X

CancelGremlinQueryParameters = TypedDict(
    "CancelGremlinQueryParameters", {"QueryId": S, "QueryId.$": str}, total=False
)
CancelIndexRebuildParameters = TypedDict(
    "CancelIndexRebuildParameters", {"RebuildId": S, "RebuildId.$": str}, total=False
)
CancelLoaderJobParameters = TypedDict(
    "CancelLoaderJobParameters", {"LoadId": S, "LoadId.$": str}, total=False
)
CancelMLDataProcessingJobParameters = TypedDict(
    "CancelMLDataProcessingJobParameters",
    {
        "Id": S,
        "Id.$": str,
        "NeptuneIamRoleArn": S,
        "NeptuneIamRoleArn.$": str,
        "Clean": B,
        "Clean.$": str,
    },
    total=False,
)
CancelMLModelTrainingJobParameters = TypedDict(
    "CancelMLModelTrainingJobParameters",
    {
        "Id": S,
        "Id.$": str,
        "NeptuneIamRoleArn": S,
        "NeptuneIamRoleArn.$": str,
        "Clean": B,
        "Clean.$": str,
    },
    total=False,
)
CancelMLModelTransformJobParameters = TypedDict(
    "CancelMLModelTransformJobParameters",
    {
        "Id": S,
        "Id.$": str,
        "NeptuneIamRoleArn": S,
        "NeptuneIamRoleArn.$": str,
        "Clean": B,
        "Clean.$": str,
    },
    total=False,
)
CancelOpenCypherQueryParameters = TypedDict(
    "CancelOpenCypherQueryParameters",
    {"QueryId": S, "QueryId.$": str, "Silent": B, "Silent.$": str},
    total=False,
)
CreateMLEndpointParameters = TypedDict(
    "CreateMLEndpointParameters",
    {
        "Id": S,
        "Id.$": str,
        "MlModelTrainingJobId": S,
        "MlModelTrainingJobId.$": str,
        "MlModelTransformJobId": S,
        "MlModelTransformJobId.$": str,
        "Update": B,
        "Update.$": str,
        "NeptuneIamRoleArn": S,
        "NeptuneIamRoleArn.$": str,
        "ModelName": S,
        "ModelName.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "VolumeEncryptionKMSKey": S,
        "VolumeEncryptionKMSKey.$": str,
    },
    total=False,
)
DeleteMLEndpointParameters = TypedDict(
    "DeleteMLEndpointParameters",
    {
        "Id": S,
        "Id.$": str,
        "NeptuneIamRoleArn": S,
        "NeptuneIamRoleArn.$": str,
        "Clean": B,
        "Clean.$": str,
    },
    total=False,
)

class DeletePropertygraphStatisticsParameters(TypedDict, total=False): ...
class DeleteSparqlStatisticsParameters(TypedDict, total=False): ...

ExecuteFastResetParameters = TypedDict(
    "ExecuteFastResetParameters",
    {"Action": S, "Action.$": str, "Token": S, "Token.$": str},
    total=False,
)
ExecuteGremlinExplainQueryParameters = TypedDict(
    "ExecuteGremlinExplainQueryParameters", {"GremlinQuery": S, "GremlinQuery.$": str}, total=False
)
ExecuteGremlinProfileQueryParameters = TypedDict(
    "ExecuteGremlinProfileQueryParameters",
    {
        "GremlinQuery": S,
        "GremlinQuery.$": str,
        "Results": B,
        "Results.$": str,
        "Chop": I,
        "Chop.$": str,
        "Serializer": S,
        "Serializer.$": str,
        "IndexOps": B,
        "IndexOps.$": str,
    },
    total=False,
)
ExecuteGremlinQueryParameters = TypedDict(
    "ExecuteGremlinQueryParameters",
    {"GremlinQuery": S, "GremlinQuery.$": str, "Serializer": S, "Serializer.$": str},
    total=False,
)
ExecuteOpenCypherExplainQueryParameters = TypedDict(
    "ExecuteOpenCypherExplainQueryParameters",
    {
        "OpenCypherQuery": S,
        "OpenCypherQuery.$": str,
        "Parameters": S,
        "Parameters.$": str,
        "ExplainMode": S,
        "ExplainMode.$": str,
    },
    total=False,
)
ExecuteOpenCypherQueryParameters = TypedDict(
    "ExecuteOpenCypherQueryParameters",
    {"OpenCypherQuery": S, "OpenCypherQuery.$": str, "Parameters": S, "Parameters.$": str},
    total=False,
)

class GetEngineStatusParameters(TypedDict, total=False): ...

GetGremlinQueryStatusParameters = TypedDict(
    "GetGremlinQueryStatusParameters", {"QueryId": S, "QueryId.$": str}, total=False
)
GetIndexRebuildStatusParameters = TypedDict(
    "GetIndexRebuildStatusParameters", {"RebuildId": S, "RebuildId.$": str}, total=False
)
GetLoaderJobStatusParameters = TypedDict(
    "GetLoaderJobStatusParameters",
    {
        "LoadId": S,
        "LoadId.$": str,
        "Details": B,
        "Details.$": str,
        "Errors": B,
        "Errors.$": str,
        "Page": I,
        "Page.$": str,
        "ErrorsPerPage": I,
        "ErrorsPerPage.$": str,
    },
    total=False,
)
GetMLDataProcessingJobParameters = TypedDict(
    "GetMLDataProcessingJobParameters",
    {"Id": S, "Id.$": str, "NeptuneIamRoleArn": S, "NeptuneIamRoleArn.$": str},
    total=False,
)
GetMLEndpointParameters = TypedDict(
    "GetMLEndpointParameters",
    {"Id": S, "Id.$": str, "NeptuneIamRoleArn": S, "NeptuneIamRoleArn.$": str},
    total=False,
)
GetMLModelTrainingJobParameters = TypedDict(
    "GetMLModelTrainingJobParameters",
    {"Id": S, "Id.$": str, "NeptuneIamRoleArn": S, "NeptuneIamRoleArn.$": str},
    total=False,
)
GetMLModelTransformJobParameters = TypedDict(
    "GetMLModelTransformJobParameters",
    {"Id": S, "Id.$": str, "NeptuneIamRoleArn": S, "NeptuneIamRoleArn.$": str},
    total=False,
)
GetOpenCypherQueryStatusParameters = TypedDict(
    "GetOpenCypherQueryStatusParameters", {"QueryId": S, "QueryId.$": str}, total=False
)

class GetPropertygraphStatisticsParameters(TypedDict, total=False): ...

GetPropertygraphStreamParameters = TypedDict(
    "GetPropertygraphStreamParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "IteratorType": S,
        "IteratorType.$": str,
        "CommitNum": I,
        "CommitNum.$": str,
        "OpNum": I,
        "OpNum.$": str,
        "Encoding": S,
        "Encoding.$": str,
    },
    total=False,
)
GetPropertygraphSummaryParameters = TypedDict(
    "GetPropertygraphSummaryParameters", {"Mode": S, "Mode.$": str}, total=False
)
GetRDFGraphSummaryParameters = TypedDict(
    "GetRDFGraphSummaryParameters", {"Mode": S, "Mode.$": str}, total=False
)

class GetSparqlStatisticsParameters(TypedDict, total=False): ...

GetSparqlStreamParameters = TypedDict(
    "GetSparqlStreamParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "IteratorType": S,
        "IteratorType.$": str,
        "CommitNum": I,
        "CommitNum.$": str,
        "OpNum": I,
        "OpNum.$": str,
        "Encoding": S,
        "Encoding.$": str,
    },
    total=False,
)

class GetStorageInfoParameters(TypedDict, total=False): ...

ListGremlinQueriesParameters = TypedDict(
    "ListGremlinQueriesParameters", {"IncludeWaiting": B, "IncludeWaiting.$": str}, total=False
)

class ListIndexRebuildsParameters(TypedDict, total=False): ...

ListLoaderJobsParameters = TypedDict(
    "ListLoaderJobsParameters",
    {"Limit": I, "Limit.$": str, "IncludeQueuedLoads": B, "IncludeQueuedLoads.$": str},
    total=False,
)
ListMLDataProcessingJobsParameters = TypedDict(
    "ListMLDataProcessingJobsParameters",
    {"MaxItems": I, "MaxItems.$": str, "NeptuneIamRoleArn": S, "NeptuneIamRoleArn.$": str},
    total=False,
)
ListMLEndpointsParameters = TypedDict(
    "ListMLEndpointsParameters",
    {"MaxItems": I, "MaxItems.$": str, "NeptuneIamRoleArn": S, "NeptuneIamRoleArn.$": str},
    total=False,
)
ListMLModelTrainingJobsParameters = TypedDict(
    "ListMLModelTrainingJobsParameters",
    {"MaxItems": I, "MaxItems.$": str, "NeptuneIamRoleArn": S, "NeptuneIamRoleArn.$": str},
    total=False,
)
ListMLModelTransformJobsParameters = TypedDict(
    "ListMLModelTransformJobsParameters",
    {"MaxItems": I, "MaxItems.$": str, "NeptuneIamRoleArn": S, "NeptuneIamRoleArn.$": str},
    total=False,
)
ListOpenCypherQueriesParameters = TypedDict(
    "ListOpenCypherQueriesParameters", {"IncludeWaiting": B, "IncludeWaiting.$": str}, total=False
)
ManagePropertygraphStatisticsParameters = TypedDict(
    "ManagePropertygraphStatisticsParameters", {"Mode": S, "Mode.$": str}, total=False
)
ManageSparqlStatisticsParameters = TypedDict(
    "ManageSparqlStatisticsParameters", {"Mode": S, "Mode.$": str}, total=False
)
StartIndexRebuildParameters = TypedDict(
    "StartIndexRebuildParameters",
    {
        "Scope": S,
        "Scope.$": str,
        "Concurrency": I,
        "Concurrency.$": str,
        "WriteBufferSize": S,
        "WriteBufferSize.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartLoaderJobParameters = TypedDict(
    "StartLoaderJobParameters",
    {
        "Source": S,
        "Source.$": str,
        "Format": S,
        "Format.$": str,
        "S3BucketRegion": S,
        "S3BucketRegion.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "Mode": S,
        "Mode.$": str,
        "FailOnError": B,
        "FailOnError.$": str,
        "Parallelism": S,
        "Parallelism.$": str,
        "ParserConfiguration": M[S],
        "ParserConfiguration.$": str,
        "UpdateSingleCardinalityProperties": B,
        "UpdateSingleCardinalityProperties.$": str,
        "QueueRequest": B,
        "QueueRequest.$": str,
        "Dependencies": L[Si],
        "Dependencies.$": str,
        "UserProvidedEdgeIds": B,
        "UserProvidedEdgeIds.$": str,
        "EdgeOnlyLoad": B,
        "EdgeOnlyLoad.$": str,
    },
    total=False,
)
StartMLDataProcessingJobParameters = TypedDict(
    "StartMLDataProcessingJobParameters",
    {
        "Id": S,
        "Id.$": str,
        "PreviousDataProcessingJobId": S,
        "PreviousDataProcessingJobId.$": str,
        "InputDataS3Location": S,
        "InputDataS3Location.$": str,
        "ProcessedDataS3Location": S,
        "ProcessedDataS3Location.$": str,
        "SagemakerIamRoleArn": S,
        "SagemakerIamRoleArn.$": str,
        "NeptuneIamRoleArn": S,
        "NeptuneIamRoleArn.$": str,
        "ProcessingInstanceType": S,
        "ProcessingInstanceType.$": str,
        "ProcessingInstanceVolumeSizeInGB": I,
        "ProcessingInstanceVolumeSizeInGB.$": str,
        "ProcessingTimeOutInSeconds": I,
        "ProcessingTimeOutInSeconds.$": str,
        "ModelType": S,
        "ModelType.$": str,
        "ConfigFileName": S,
        "ConfigFileName.$": str,
        "Subnets": L[Si],
        "Subnets.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "VolumeEncryptionKMSKey": S,
        "VolumeEncryptionKMSKey.$": str,
        "S3OutputEncryptionKMSKey": S,
        "S3OutputEncryptionKMSKey.$": str,
    },
    total=False,
)

class CustomModelTrainingParameters(TypedDict, total=False):
    SourceS3DirectoryPath: S
    TrainingEntryPointScript: S
    TransformEntryPointScript: S

StartMLModelTrainingJobParameters = TypedDict(
    "StartMLModelTrainingJobParameters",
    {
        "Id": S,
        "Id.$": str,
        "PreviousModelTrainingJobId": S,
        "PreviousModelTrainingJobId.$": str,
        "DataProcessingJobId": S,
        "DataProcessingJobId.$": str,
        "TrainModelS3Location": S,
        "TrainModelS3Location.$": str,
        "SagemakerIamRoleArn": S,
        "SagemakerIamRoleArn.$": str,
        "NeptuneIamRoleArn": S,
        "NeptuneIamRoleArn.$": str,
        "BaseProcessingInstanceType": S,
        "BaseProcessingInstanceType.$": str,
        "TrainingInstanceType": S,
        "TrainingInstanceType.$": str,
        "TrainingInstanceVolumeSizeInGB": I,
        "TrainingInstanceVolumeSizeInGB.$": str,
        "TrainingTimeOutInSeconds": I,
        "TrainingTimeOutInSeconds.$": str,
        "MaxHPONumberOfTrainingJobs": I,
        "MaxHPONumberOfTrainingJobs.$": str,
        "MaxHPOParallelTrainingJobs": I,
        "MaxHPOParallelTrainingJobs.$": str,
        "Subnets": L[Si],
        "Subnets.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "VolumeEncryptionKMSKey": S,
        "VolumeEncryptionKMSKey.$": str,
        "S3OutputEncryptionKMSKey": S,
        "S3OutputEncryptionKMSKey.$": str,
        "EnableManagedSpotTraining": B,
        "EnableManagedSpotTraining.$": str,
        "CustomModelTrainingParameters": X[CustomModelTrainingParameters],
        "CustomModelTrainingParameters.$": str,
    },
    total=False,
)

class CustomModelTransformParameters(TypedDict, total=False):
    SourceS3DirectoryPath: S
    TransformEntryPointScript: S

StartMLModelTransformJobParameters = TypedDict(
    "StartMLModelTransformJobParameters",
    {
        "Id": S,
        "Id.$": str,
        "DataProcessingJobId": S,
        "DataProcessingJobId.$": str,
        "MlModelTrainingJobId": S,
        "MlModelTrainingJobId.$": str,
        "TrainingJobName": S,
        "TrainingJobName.$": str,
        "ModelTransformOutputS3Location": S,
        "ModelTransformOutputS3Location.$": str,
        "SagemakerIamRoleArn": S,
        "SagemakerIamRoleArn.$": str,
        "NeptuneIamRoleArn": S,
        "NeptuneIamRoleArn.$": str,
        "CustomModelTransformParameters": X[CustomModelTransformParameters],
        "CustomModelTransformParameters.$": str,
        "BaseProcessingInstanceType": S,
        "BaseProcessingInstanceType.$": str,
        "BaseProcessingInstanceVolumeSizeInGB": I,
        "BaseProcessingInstanceVolumeSizeInGB.$": str,
        "Subnets": L[Si],
        "Subnets.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "VolumeEncryptionKMSKey": S,
        "VolumeEncryptionKMSKey.$": str,
        "S3OutputEncryptionKMSKey": S,
        "S3OutputEncryptionKMSKey.$": str,
    },
    total=False,
)
cancel_gremlin_query: Builder[CancelGremlinQueryParameters]
cancel_index_rebuild: Builder[CancelIndexRebuildParameters]
cancel_loader_job: Builder[CancelLoaderJobParameters]
cancel_ml_data_processing_job: Builder[CancelMLDataProcessingJobParameters]
cancel_ml_model_training_job: Builder[CancelMLModelTrainingJobParameters]
cancel_ml_model_transform_job: Builder[CancelMLModelTransformJobParameters]
cancel_open_cypher_query: Builder[CancelOpenCypherQueryParameters]
create_ml_endpoint: Builder[CreateMLEndpointParameters]
delete_ml_endpoint: Builder[DeleteMLEndpointParameters]
delete_propertygraph_statistics: Builder[DeletePropertygraphStatisticsParameters]
delete_sparql_statistics: Builder[DeleteSparqlStatisticsParameters]
execute_fast_reset: Builder[ExecuteFastResetParameters]
execute_gremlin_explain_query: Builder[ExecuteGremlinExplainQueryParameters]
execute_gremlin_profile_query: Builder[ExecuteGremlinProfileQueryParameters]
execute_gremlin_query: Builder[ExecuteGremlinQueryParameters]
execute_open_cypher_explain_query: Builder[ExecuteOpenCypherExplainQueryParameters]
execute_open_cypher_query: Builder[ExecuteOpenCypherQueryParameters]
get_engine_status: Builder[GetEngineStatusParameters]
get_gremlin_query_status: Builder[GetGremlinQueryStatusParameters]
get_index_rebuild_status: Builder[GetIndexRebuildStatusParameters]
get_loader_job_status: Builder[GetLoaderJobStatusParameters]
get_ml_data_processing_job: Builder[GetMLDataProcessingJobParameters]
get_ml_endpoint: Builder[GetMLEndpointParameters]
get_ml_model_training_job: Builder[GetMLModelTrainingJobParameters]
get_ml_model_transform_job: Builder[GetMLModelTransformJobParameters]
get_open_cypher_query_status: Builder[GetOpenCypherQueryStatusParameters]
get_propertygraph_statistics: Builder[GetPropertygraphStatisticsParameters]
get_propertygraph_stream: Builder[GetPropertygraphStreamParameters]
get_propertygraph_summary: Builder[GetPropertygraphSummaryParameters]
get_rdf_graph_summary: Builder[GetRDFGraphSummaryParameters]
get_sparql_statistics: Builder[GetSparqlStatisticsParameters]
get_sparql_stream: Builder[GetSparqlStreamParameters]
get_storage_info: Builder[GetStorageInfoParameters]
list_gremlin_queries: Builder[ListGremlinQueriesParameters]
list_index_rebuilds: Builder[ListIndexRebuildsParameters]
list_loader_jobs: Builder[ListLoaderJobsParameters]
list_ml_data_processing_jobs: Builder[ListMLDataProcessingJobsParameters]
list_ml_endpoints: Builder[ListMLEndpointsParameters]
list_ml_model_training_jobs: Builder[ListMLModelTrainingJobsParameters]
list_ml_model_transform_jobs: Builder[ListMLModelTransformJobsParameters]
list_open_cypher_queries: Builder[ListOpenCypherQueriesParameters]
manage_propertygraph_statistics: Builder[ManagePropertygraphStatisticsParameters]
manage_sparql_statistics: Builder[ManageSparqlStatisticsParameters]
start_index_rebuild: Builder[StartIndexRebuildParameters]
start_loader_job: Builder[StartLoaderJobParameters]
start_ml_data_processing_job: Builder[StartMLDataProcessingJobParameters]
start_ml_model_training_job: Builder[StartMLModelTrainingJobParameters]
start_ml_model_transform_job: Builder[StartMLModelTransformJobParameters]

__all__ = [
    "cancel_gremlin_query",
    "cancel_index_rebuild",
    "cancel_loader_job",
    "cancel_ml_data_processing_job",
    "cancel_ml_model_training_job",
    "cancel_ml_model_transform_job",
    "cancel_open_cypher_query",
    "create_ml_endpoint",
    "delete_ml_endpoint",
    "delete_propertygraph_statistics",
    "delete_sparql_statistics",
    "execute_fast_reset",
    "execute_gremlin_explain_query",
    "execute_gremlin_profile_query",
    "execute_gremlin_query",
    "execute_open_cypher_explain_query",
    "execute_open_cypher_query",
    "get_engine_status",
    "get_gremlin_query_status",
    "get_index_rebuild_status",
    "get_loader_job_status",
    "get_ml_data_processing_job",
    "get_ml_endpoint",
    "get_ml_model_training_job",
    "get_ml_model_transform_job",
    "get_open_cypher_query_status",
    "get_propertygraph_statistics",
    "get_propertygraph_stream",
    "get_propertygraph_summary",
    "get_rdf_graph_summary",
    "get_sparql_statistics",
    "get_sparql_stream",
    "get_storage_info",
    "list_gremlin_queries",
    "list_index_rebuilds",
    "list_loader_jobs",
    "list_ml_data_processing_jobs",
    "list_ml_endpoints",
    "list_ml_model_training_jobs",
    "list_ml_model_transform_jobs",
    "list_open_cypher_queries",
    "manage_propertygraph_statistics",
    "manage_sparql_statistics",
    "start_index_rebuild",
    "start_loader_job",
    "start_ml_data_processing_job",
    "start_ml_model_training_job",
    "start_ml_model_transform_job",
]
