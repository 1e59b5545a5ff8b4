"""Typed builders of the AWS SDK integration of machinelearning (``aws-sdk:machinelearning:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsParameters = TypedDict(
    "AddTagsParameters",
    {
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
CreateBatchPredictionParameters = TypedDict(
    "CreateBatchPredictionParameters",
    {
        "BatchPredictionId": S,
        "BatchPredictionId.$": str,
        "BatchPredictionName": S,
        "BatchPredictionName.$": str,
        "MlModelId": S,
        "MlModelId.$": str,
        "BatchPredictionDataSourceId": S,
        "BatchPredictionDataSourceId.$": str,
        "OutputUri": S,
        "OutputUri.$": str,
    },
    total=False,
)

class RDSDatabase(TypedDict, total=False):
    InstanceIdentifier: S
    DatabaseName: S

class RDSDatabaseCredentials(TypedDict, total=False):
    Username: S
    Password: S

class RDSDataSpec(TypedDict, total=False):
    DatabaseInformation: X[RDSDatabase]
    SelectSqlQuery: S
    DatabaseCredentials: X[RDSDatabaseCredentials]
    S3StagingLocation: S
    DataRearrangement: S
    DataSchema: S
    DataSchemaUri: S
    ResourceRole: S
    ServiceRole: S
    SubnetId: S
    SecurityGroupIds: L[Si]

CreateDataSourceFromRDSParameters = TypedDict(
    "CreateDataSourceFromRDSParameters",
    {
        "DataSourceId": S,
        "DataSourceId.$": str,
        "DataSourceName": S,
        "DataSourceName.$": str,
        "RdsData": X[RDSDataSpec],
        "RdsData.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "ComputeStatistics": B,
        "ComputeStatistics.$": str,
    },
    total=False,
)

class RedshiftDatabase(TypedDict, total=False):
    DatabaseName: S
    ClusterIdentifier: S

class RedshiftDatabaseCredentials(TypedDict, total=False):
    Username: S
    Password: S

class RedshiftDataSpec(TypedDict, total=False):
    DatabaseInformation: X[RedshiftDatabase]
    SelectSqlQuery: S
    DatabaseCredentials: X[RedshiftDatabaseCredentials]
    S3StagingLocation: S
    DataRearrangement: S
    DataSchema: S
    DataSchemaUri: S

CreateDataSourceFromRedshiftParameters = TypedDict(
    "CreateDataSourceFromRedshiftParameters",
    {
        "DataSourceId": S,
        "DataSourceId.$": str,
        "DataSourceName": S,
        "DataSourceName.$": str,
        "DataSpec": X[RedshiftDataSpec],
        "DataSpec.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "ComputeStatistics": B,
        "ComputeStatistics.$": str,
    },
    total=False,
)

class S3DataSpec(TypedDict, total=False):
    DataLocationS3: S
    DataRearrangement: S
    DataSchema: S
    DataSchemaLocationS3: S

CreateDataSourceFromS3Parameters = TypedDict(
    "CreateDataSourceFromS3Parameters",
    {
        "DataSourceId": S,
        "DataSourceId.$": str,
        "DataSourceName": S,
        "DataSourceName.$": str,
        "DataSpec": X[S3DataSpec],
        "DataSpec.$": str,
        "ComputeStatistics": B,
        "ComputeStatistics.$": str,
    },
    total=False,
)
CreateEvaluationParameters = TypedDict(
    "CreateEvaluationParameters",
    {
        "EvaluationId": S,
        "EvaluationId.$": str,
        "EvaluationName": S,
        "EvaluationName.$": str,
        "MlModelId": S,
        "MlModelId.$": str,
        "EvaluationDataSourceId": S,
        "EvaluationDataSourceId.$": str,
    },
    total=False,
)
CreateMLModelParameters = TypedDict(
    "CreateMLModelParameters",
    {
        "MlModelId": S,
        "MlModelId.$": str,
        "MlModelName": S,
        "MlModelName.$": str,
        "MlModelType": S,
        "MlModelType.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "TrainingDataSourceId": S,
        "TrainingDataSourceId.$": str,
        "Recipe": S,
        "Recipe.$": str,
        "RecipeUri": S,
        "RecipeUri.$": str,
    },
    total=False,
)
CreateRealtimeEndpointParameters = TypedDict(
    "CreateRealtimeEndpointParameters", {"MlModelId": S, "MlModelId.$": str}, total=False
)
DeleteBatchPredictionParameters = TypedDict(
    "DeleteBatchPredictionParameters",
    {"BatchPredictionId": S, "BatchPredictionId.$": str},
    total=False,
)
DeleteDataSourceParameters = TypedDict(
    "DeleteDataSourceParameters", {"DataSourceId": S, "DataSourceId.$": str}, total=False
)
DeleteEvaluationParameters = TypedDict(
    "DeleteEvaluationParameters", {"EvaluationId": S, "EvaluationId.$": str}, total=False
)
DeleteMLModelParameters = TypedDict(
    "DeleteMLModelParameters", {"MlModelId": S, "MlModelId.$": str}, total=False
)
DeleteRealtimeEndpointParameters = TypedDict(
    "DeleteRealtimeEndpointParameters", {"MlModelId": S, "MlModelId.$": str}, total=False
)
DeleteTagsParameters = TypedDict(
    "DeleteTagsParameters",
    {
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
    },
    total=False,
)
DescribeBatchPredictionsParameters = TypedDict(
    "DescribeBatchPredictionsParameters",
    {
        "FilterVariable": S,
        "FilterVariable.$": str,
        "Eq": S,
        "Eq.$": str,
        "Gt": S,
        "Gt.$": str,
        "Lt": S,
        "Lt.$": str,
        "Ge": S,
        "Ge.$": str,
        "Le": S,
        "Le.$": str,
        "Ne": S,
        "Ne.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeDataSourcesParameters = TypedDict(
    "DescribeDataSourcesParameters",
    {
        "FilterVariable": S,
        "FilterVariable.$": str,
        "Eq": S,
        "Eq.$": str,
        "Gt": S,
        "Gt.$": str,
        "Lt": S,
        "Lt.$": str,
        "Ge": S,
        "Ge.$": str,
        "Le": S,
        "Le.$": str,
        "Ne": S,
        "Ne.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeEvaluationsParameters = TypedDict(
    "DescribeEvaluationsParameters",
    {
        "FilterVariable": S,
        "FilterVariable.$": str,
        "Eq": S,
        "Eq.$": str,
        "Gt": S,
        "Gt.$": str,
        "Lt": S,
        "Lt.$": str,
        "Ge": S,
        "Ge.$": str,
        "Le": S,
        "Le.$": str,
        "Ne": S,
        "Ne.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeMLModelsParameters = TypedDict(
    "DescribeMLModelsParameters",
    {
        "FilterVariable": S,
        "FilterVariable.$": str,
        "Eq": S,
        "Eq.$": str,
        "Gt": S,
        "Gt.$": str,
        "Lt": S,
        "Lt.$": str,
        "Ge": S,
        "Ge.$": str,
        "Le": S,
        "Le.$": str,
        "Ne": S,
        "Ne.$": str,
        "Prefix": S,
        "Prefix.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeTagsParameters = TypedDict(
    "DescribeTagsParameters",
    {"ResourceId": S, "ResourceId.$": str, "ResourceType": S, "ResourceType.$": str},
    total=False,
)
GetBatchPredictionParameters = TypedDict(
    "GetBatchPredictionParameters",
    {"BatchPredictionId": S, "BatchPredictionId.$": str},
    total=False,
)
GetDataSourceParameters = TypedDict(
    "GetDataSourceParameters",
    {"DataSourceId": S, "DataSourceId.$": str, "Verbose": B, "Verbose.$": str},
    total=False,
)
GetEvaluationParameters = TypedDict(
    "GetEvaluationParameters", {"EvaluationId": S, "EvaluationId.$": str}, total=False
)
GetMLModelParameters = TypedDict(
    "GetMLModelParameters",
    {"MlModelId": S, "MlModelId.$": str, "Verbose": B, "Verbose.$": str},
    total=False,
)
PredictParameters = TypedDict(
    "PredictParameters",
    {
        "MlModelId": S,
        "MlModelId.$": str,
        "Record": M[S],
        "Record.$": str,
        "PredictEndpoint": S,
        "PredictEndpoint.$": str,
    },
    total=False,
)
UpdateBatchPredictionParameters = TypedDict(
    "UpdateBatchPredictionParameters",
    {
        "BatchPredictionId": S,
        "BatchPredictionId.$": str,
        "BatchPredictionName": S,
        "BatchPredictionName.$": str,
    },
    total=False,
)
UpdateDataSourceParameters = TypedDict(
    "UpdateDataSourceParameters",
    {"DataSourceId": S, "DataSourceId.$": str, "DataSourceName": S, "DataSourceName.$": str},
    total=False,
)
UpdateEvaluationParameters = TypedDict(
    "UpdateEvaluationParameters",
    {"EvaluationId": S, "EvaluationId.$": str, "EvaluationName": S, "EvaluationName.$": str},
    total=False,
)
UpdateMLModelParameters = TypedDict(
    "UpdateMLModelParameters",
    {
        "MlModelId": S,
        "MlModelId.$": str,
        "MlModelName": S,
        "MlModelName.$": str,
        "ScoreThreshold": F,
        "ScoreThreshold.$": str,
    },
    total=False,
)
add_tags: Builder[AddTagsParameters]
create_batch_prediction: Builder[CreateBatchPredictionParameters]
create_data_source_from_rds: Builder[CreateDataSourceFromRDSParameters]
create_data_source_from_redshift: Builder[CreateDataSourceFromRedshiftParameters]
create_data_source_from_s3: Builder[CreateDataSourceFromS3Parameters]
create_evaluation: Builder[CreateEvaluationParameters]
create_ml_model: Builder[CreateMLModelParameters]
create_realtime_endpoint: Builder[CreateRealtimeEndpointParameters]
delete_batch_prediction: Builder[DeleteBatchPredictionParameters]
delete_data_source: Builder[DeleteDataSourceParameters]
delete_evaluation: Builder[DeleteEvaluationParameters]
delete_ml_model: Builder[DeleteMLModelParameters]
delete_realtime_endpoint: Builder[DeleteRealtimeEndpointParameters]
delete_tags: Builder[DeleteTagsParameters]
describe_batch_predictions: Builder[DescribeBatchPredictionsParameters]
describe_data_sources: Builder[DescribeDataSourcesParameters]
describe_evaluations: Builder[DescribeEvaluationsParameters]
describe_ml_models: Builder[DescribeMLModelsParameters]
describe_tags: Builder[DescribeTagsParameters]
get_batch_prediction: Builder[GetBatchPredictionParameters]
get_data_source: Builder[GetDataSourceParameters]
get_evaluation: Builder[GetEvaluationParameters]
get_ml_model: Builder[GetMLModelParameters]
predict: Builder[PredictParameters]
update_batch_prediction: Builder[UpdateBatchPredictionParameters]
update_data_source: Builder[UpdateDataSourceParameters]
update_evaluation: Builder[UpdateEvaluationParameters]
update_ml_model: Builder[UpdateMLModelParameters]

__all__ = [
    "add_tags",
    "create_batch_prediction",
    "create_data_source_from_rds",
    "create_data_source_from_redshift",
    "create_data_source_from_s3",
    "create_evaluation",
    "create_ml_model",
    "create_realtime_endpoint",
    "delete_batch_prediction",
    "delete_data_source",
    "delete_evaluation",
    "delete_ml_model",
    "delete_realtime_endpoint",
    "delete_tags",
    "describe_batch_predictions",
    "describe_data_sources",
    "describe_evaluations",
    "describe_ml_models",
    "describe_tags",
    "get_batch_prediction",
    "get_data_source",
    "get_evaluation",
    "get_ml_model",
    "predict",
    "update_batch_prediction",
    "update_data_source",
    "update_evaluation",
    "update_ml_model",
]
