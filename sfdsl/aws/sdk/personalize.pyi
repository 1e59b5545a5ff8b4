"""Typed builders of the AWS SDK integration of personalize (``aws-sdk:personalize:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

class S3DataConfig(TypedDict, total=False):
    Path: S
    KmsKeyArn: S

class BatchInferenceJobInput(TypedDict, total=False):
    S3DataSource: X[S3DataConfig]

class BatchInferenceJobOutput(TypedDict, total=False):
    S3DataDestination: X[S3DataConfig]

class BatchInferenceJobConfig(TypedDict, total=False):
    ItemExplorationConfig: M[S]
    RankingInfluence: M[F]

class Tag(TypedDict, total=False):
    TagKey: S
    TagValue: S

class FieldsForThemeGeneration(TypedDict, total=False):
    ItemName: S

class ThemeGenerationConfig(TypedDict, total=False):
    FieldsForThemeGeneration: X[FieldsForThemeGeneration]

CreateBatchInferenceJobParameters = TypedDict(
    "CreateBatchInferenceJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "SolutionVersionArn": S,
        "SolutionVersionArn.$": str,
        "FilterArn": S,
        "FilterArn.$": str,
        "NumResults": I,
        "NumResults.$": str,
        "JobInput": X[BatchInferenceJobInput],
        "JobInput.$": str,
        "JobOutput": X[BatchInferenceJobOutput],
        "JobOutput.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "BatchInferenceJobConfig": X[BatchInferenceJobConfig],
        "BatchInferenceJobConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "BatchInferenceJobMode": S,
        "BatchInferenceJobMode.$": str,
        "ThemeGenerationConfig": X[ThemeGenerationConfig],
        "ThemeGenerationConfig.$": str,
    },
    total=False,
)

class BatchSegmentJobInput(TypedDict, total=False):
    S3DataSource: X[S3DataConfig]

class BatchSegmentJobOutput(TypedDict, total=False):
    S3DataDestination: X[S3DataConfig]

CreateBatchSegmentJobParameters = TypedDict(
    "CreateBatchSegmentJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "SolutionVersionArn": S,
        "SolutionVersionArn.$": str,
        "FilterArn": S,
        "FilterArn.$": str,
        "NumResults": I,
        "NumResults.$": str,
        "JobInput": X[BatchSegmentJobInput],
        "JobInput.$": str,
        "JobOutput": X[BatchSegmentJobOutput],
        "JobOutput.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CampaignConfig(TypedDict, total=False):
    ItemExplorationConfig: M[S]
    EnableMetadataWithRecommendations: B
    SyncWithLatestSolutionVersion: B
    RankingInfluence: M[F]

CreateCampaignParameters = TypedDict(
    "CreateCampaignParameters",
    {
        "Name": S,
        "Name.$": str,
        "SolutionVersionArn": S,
        "SolutionVersionArn.$": str,
        "MinProvisionedTPS": I,
        "MinProvisionedTPS.$": str,
        "CampaignConfig": X[CampaignConfig],
        "CampaignConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class DataSource(TypedDict, total=False):
    DataLocation: S

CreateDataDeletionJobParameters = TypedDict(
    "CreateDataDeletionJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "DataSource": X[DataSource],
        "DataSource.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateDatasetParameters = TypedDict(
    "CreateDatasetParameters",
    {
        "Name": S,
        "Name.$": str,
        "SchemaArn": S,
        "SchemaArn.$": str,
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "DatasetType": S,
        "DatasetType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class DatasetExportJobOutput(TypedDict, total=False):
    S3DataDestination: X[S3DataConfig]

CreateDatasetExportJobParameters = TypedDict(
    "CreateDatasetExportJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "DatasetArn": S,
        "DatasetArn.$": str,
        "IngestionMode": S,
        "IngestionMode.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "JobOutput": X[DatasetExportJobOutput],
        "JobOutput.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateDatasetGroupParameters = TypedDict(
    "CreateDatasetGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Domain": S,
        "Domain.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateDatasetImportJobParameters = TypedDict(
    "CreateDatasetImportJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "DatasetArn": S,
        "DatasetArn.$": str,
        "DataSource": X[DataSource],
        "DataSource.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ImportMode": S,
        "ImportMode.$": str,
        "PublishAttributionMetricsToS3": B,
        "PublishAttributionMetricsToS3.$": str,
    },
    total=False,
)
CreateEventTrackerParameters = TypedDict(
    "CreateEventTrackerParameters",
    {
        "Name": S,
        "Name.$": str,
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateFilterParameters = TypedDict(
    "CreateFilterParameters",
    {
        "Name": S,
        "Name.$": str,
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "FilterExpression": S,
        "FilterExpression.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class MetricAttribute(TypedDict, total=False):
    EventType: S
    MetricName: S
    Expression: S

class MetricAttributionOutput(TypedDict, total=False):
    S3DataDestination: X[S3DataConfig]
    RoleArn: S

CreateMetricAttributionParameters = TypedDict(
    "CreateMetricAttributionParameters",
    {
        "Name": S,
        "Name.$": str,
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "Metrics": L[Xi[MetricAttribute]],
        "Metrics.$": str,
        "MetricsOutputConfig": X[MetricAttributionOutput],
        "MetricsOutputConfig.$": str,
    },
    total=False,
)

class TrainingDataConfig(TypedDict, total=False):
    ExcludedDatasetColumns: M[L[Si]]
    IncludedDatasetColumns: M[L[Si]]

class RecommenderConfig(TypedDict, total=False):
    ItemExplorationConfig: M[S]
    MinRecommendationRequestsPerSecond: I
    TrainingDataConfig: X[TrainingDataConfig]
    EnableMetadataWithRecommendations: B

CreateRecommenderParameters = TypedDict(
    "CreateRecommenderParameters",
    {
        "Name": S,
        "Name.$": str,
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "RecipeArn": S,
        "RecipeArn.$": str,
        "RecommenderConfig": X[RecommenderConfig],
        "RecommenderConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSchemaParameters = TypedDict(
    "CreateSchemaParameters",
    {"Name": S, "Name.$": str, "Schema": S, "Schema.$": str, "Domain": S, "Domain.$": str},
    total=False,
)

class HPOObjective(TypedDict, total=False):
    Type: S
    MetricName: S
    MetricRegex: S

class HPOResourceConfig(TypedDict, total=False):
    MaxNumberOfTrainingJobs: S
    MaxParallelTrainingJobs: S

class IntegerHyperParameterRange(TypedDict, total=False):
    Name: S
    MinValue: I
    MaxValue: I

class ContinuousHyperParameterRange(TypedDict, total=False):
    Name: S
    MinValue: F
    MaxValue: F

class CategoricalHyperParameterRange(TypedDict, total=False):
    Name: S
    Values: L[Si]

class HyperParameterRanges(TypedDict, total=False):
    IntegerHyperParameterRanges: L[Xi[IntegerHyperParameterRange]]
    ContinuousHyperParameterRanges: L[Xi[ContinuousHyperParameterRange]]
    CategoricalHyperParameterRanges: L[Xi[CategoricalHyperParameterRange]]

class HPOConfig(TypedDict, total=False):
    HpoObjective: X[HPOObjective]
    HpoResourceConfig: X[HPOResourceConfig]
    AlgorithmHyperParameterRanges: X[HyperParameterRanges]

class AutoMLConfig(TypedDict, total=False):
    MetricName: S
    RecipeList: L[Si]

class EventParameters(TypedDict, total=False):
    EventType: S
    EventValueThreshold: F
    Weight: F

class EventsConfig(TypedDict, total=False):
    EventParametersList: L[Xi[EventParameters]]

class OptimizationObjective(TypedDict, total=False):
    ItemAttribute: S
    ObjectiveSensitivity: S

class AutoTrainingConfig(TypedDict, total=False):
    SchedulingExpression: S

class SolutionConfig(TypedDict, total=False):
    EventValueThreshold: S
    HpoConfig: X[HPOConfig]
    AlgorithmHyperParameters: M[S]
    FeatureTransformationParameters: M[S]
    AutoMLConfig: X[AutoMLConfig]
    EventsConfig: X[EventsConfig]
    OptimizationObjective: X[OptimizationObjective]
    TrainingDataConfig: X[TrainingDataConfig]
    AutoTrainingConfig: X[AutoTrainingConfig]

CreateSolutionParameters = TypedDict(
    "CreateSolutionParameters",
    {
        "Name": S,
        "Name.$": str,
        "PerformHPO": B,
        "PerformHPO.$": str,
        "PerformAutoML": B,
        "PerformAutoML.$": str,
        "PerformAutoTraining": B,
        "PerformAutoTraining.$": str,
        "PerformIncrementalUpdate": B,
        "PerformIncrementalUpdate.$": str,
        "RecipeArn": S,
        "RecipeArn.$": str,
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "EventType": S,
        "EventType.$": str,
        "SolutionConfig": X[SolutionConfig],
        "SolutionConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSolutionVersionParameters = TypedDict(
    "CreateSolutionVersionParameters",
    {
        "Name": S,
        "Name.$": str,
        "SolutionArn": S,
        "SolutionArn.$": str,
        "TrainingMode": S,
        "TrainingMode.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteCampaignParameters = TypedDict(
    "DeleteCampaignParameters", {"CampaignArn": S, "CampaignArn.$": str}, total=False
)
DeleteDatasetParameters = TypedDict(
    "DeleteDatasetParameters", {"DatasetArn": S, "DatasetArn.$": str}, total=False
)
DeleteDatasetGroupParameters = TypedDict(
    "DeleteDatasetGroupParameters", {"DatasetGroupArn": S, "DatasetGroupArn.$": str}, total=False
)
DeleteEventTrackerParameters = TypedDict(
    "DeleteEventTrackerParameters", {"EventTrackerArn": S, "EventTrackerArn.$": str}, total=False
)
DeleteFilterParameters = TypedDict(
    "DeleteFilterParameters", {"FilterArn": S, "FilterArn.$": str}, total=False
)
DeleteMetricAttributionParameters = TypedDict(
    "DeleteMetricAttributionParameters",
    {"MetricAttributionArn": S, "MetricAttributionArn.$": str},
    total=False,
)
DeleteRecommenderParameters = TypedDict(
    "DeleteRecommenderParameters", {"RecommenderArn": S, "RecommenderArn.$": str}, total=False
)
DeleteSchemaParameters = TypedDict(
    "DeleteSchemaParameters", {"SchemaArn": S, "SchemaArn.$": str}, total=False
)
DeleteSolutionParameters = TypedDict(
    "DeleteSolutionParameters", {"SolutionArn": S, "SolutionArn.$": str}, total=False
)
DescribeAlgorithmParameters = TypedDict(
    "DescribeAlgorithmParameters", {"AlgorithmArn": S, "AlgorithmArn.$": str}, total=False
)
DescribeBatchInferenceJobParameters = TypedDict(
    "DescribeBatchInferenceJobParameters",
    {"BatchInferenceJobArn": S, "BatchInferenceJobArn.$": str},
    total=False,
)
DescribeBatchSegmentJobParameters = TypedDict(
    "DescribeBatchSegmentJobParameters",
    {"BatchSegmentJobArn": S, "BatchSegmentJobArn.$": str},
    total=False,
)
DescribeCampaignParameters = TypedDict(
    "DescribeCampaignParameters", {"CampaignArn": S, "CampaignArn.$": str}, total=False
)
DescribeDataDeletionJobParameters = TypedDict(
    "DescribeDataDeletionJobParameters",
    {"DataDeletionJobArn": S, "DataDeletionJobArn.$": str},
    total=False,
)
DescribeDatasetParameters = TypedDict(
    "DescribeDatasetParameters", {"DatasetArn": S, "DatasetArn.$": str}, total=False
)
DescribeDatasetExportJobParameters = TypedDict(
    "DescribeDatasetExportJobParameters",
    {"DatasetExportJobArn": S, "DatasetExportJobArn.$": str},
    total=False,
)
DescribeDatasetGroupParameters = TypedDict(
    "DescribeDatasetGroupParameters", {"DatasetGroupArn": S, "DatasetGroupArn.$": str}, total=False
)
DescribeDatasetImportJobParameters = TypedDict(
    "DescribeDatasetImportJobParameters",
    {"DatasetImportJobArn": S, "DatasetImportJobArn.$": str},
    total=False,
)
DescribeEventTrackerParameters = TypedDict(
    "DescribeEventTrackerParameters", {"EventTrackerArn": S, "EventTrackerArn.$": str}, total=False
)
DescribeFeatureTransformationParameters = TypedDict(
    "DescribeFeatureTransformationParameters",
    {"FeatureTransformationArn": S, "FeatureTransformationArn.$": str},
    total=False,
)
DescribeFilterParameters = TypedDict(
    "DescribeFilterParameters", {"FilterArn": S, "FilterArn.$": str}, total=False
)
DescribeMetricAttributionParameters = TypedDict(
    "DescribeMetricAttributionParameters",
    {"MetricAttributionArn": S, "MetricAttributionArn.$": str},
    total=False,
)
DescribeRecipeParameters = TypedDict(
    "DescribeRecipeParameters", {"RecipeArn": S, "RecipeArn.$": str}, total=False
)
DescribeRecommenderParameters = TypedDict(
    "DescribeRecommenderParameters", {"RecommenderArn": S, "RecommenderArn.$": str}, total=False
)
DescribeSchemaParameters = TypedDict(
    "DescribeSchemaParameters", {"SchemaArn": S, "SchemaArn.$": str}, total=False
)
DescribeSolutionParameters = TypedDict(
    "DescribeSolutionParameters", {"SolutionArn": S, "SolutionArn.$": str}, total=False
)
DescribeSolutionVersionParameters = TypedDict(
    "DescribeSolutionVersionParameters",
    {"SolutionVersionArn": S, "SolutionVersionArn.$": str},
    total=False,
)
GetSolutionMetricsParameters = TypedDict(
    "GetSolutionMetricsParameters",
    {"SolutionVersionArn": S, "SolutionVersionArn.$": str},
    total=False,
)
ListBatchInferenceJobsParameters = TypedDict(
    "ListBatchInferenceJobsParameters",
    {
        "SolutionVersionArn": S,
        "SolutionVersionArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBatchSegmentJobsParameters = TypedDict(
    "ListBatchSegmentJobsParameters",
    {
        "SolutionVersionArn": S,
        "SolutionVersionArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCampaignsParameters = TypedDict(
    "ListCampaignsParameters",
    {
        "SolutionArn": S,
        "SolutionArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataDeletionJobsParameters = TypedDict(
    "ListDataDeletionJobsParameters",
    {
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDatasetExportJobsParameters = TypedDict(
    "ListDatasetExportJobsParameters",
    {
        "DatasetArn": S,
        "DatasetArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDatasetGroupsParameters = TypedDict(
    "ListDatasetGroupsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListDatasetImportJobsParameters = TypedDict(
    "ListDatasetImportJobsParameters",
    {
        "DatasetArn": S,
        "DatasetArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDatasetsParameters = TypedDict(
    "ListDatasetsParameters",
    {
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEventTrackersParameters = TypedDict(
    "ListEventTrackersParameters",
    {
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFiltersParameters = TypedDict(
    "ListFiltersParameters",
    {
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMetricAttributionMetricsParameters = TypedDict(
    "ListMetricAttributionMetricsParameters",
    {
        "MetricAttributionArn": S,
        "MetricAttributionArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMetricAttributionsParameters = TypedDict(
    "ListMetricAttributionsParameters",
    {
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRecipesParameters = TypedDict(
    "ListRecipesParameters",
    {
        "RecipeProvider": S,
        "RecipeProvider.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Domain": S,
        "Domain.$": str,
    },
    total=False,
)
ListRecommendersParameters = TypedDict(
    "ListRecommendersParameters",
    {
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSchemasParameters = TypedDict(
    "ListSchemasParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListSolutionVersionsParameters = TypedDict(
    "ListSolutionVersionsParameters",
    {
        "SolutionArn": S,
        "SolutionArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSolutionsParameters = TypedDict(
    "ListSolutionsParameters",
    {
        "DatasetGroupArn": S,
        "DatasetGroupArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
StartRecommenderParameters = TypedDict(
    "StartRecommenderParameters", {"RecommenderArn": S, "RecommenderArn.$": str}, total=False
)
StopRecommenderParameters = TypedDict(
    "StopRecommenderParameters", {"RecommenderArn": S, "RecommenderArn.$": str}, total=False
)
StopSolutionVersionCreationParameters = TypedDict(
    "StopSolutionVersionCreationParameters",
    {"SolutionVersionArn": S, "SolutionVersionArn.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateCampaignParameters = TypedDict(
    "UpdateCampaignParameters",
    {
        "CampaignArn": S,
        "CampaignArn.$": str,
        "SolutionVersionArn": S,
        "SolutionVersionArn.$": str,
        "MinProvisionedTPS": I,
        "MinProvisionedTPS.$": str,
        "CampaignConfig": X[CampaignConfig],
        "CampaignConfig.$": str,
    },
    total=False,
)
UpdateDatasetParameters = TypedDict(
    "UpdateDatasetParameters",
    {"DatasetArn": S, "DatasetArn.$": str, "SchemaArn": S, "SchemaArn.$": str},
    total=False,
)
UpdateMetricAttributionParameters = TypedDict(
    "UpdateMetricAttributionParameters",
    {
        "AddMetrics": L[Xi[MetricAttribute]],
        "AddMetrics.$": str,
        "RemoveMetrics": L[Si],
        "RemoveMetrics.$": str,
        "MetricsOutputConfig": X[MetricAttributionOutput],
        "MetricsOutputConfig.$": str,
        "MetricAttributionArn": S,
        "MetricAttributionArn.$": str,
    },
    total=False,
)
UpdateRecommenderParameters = TypedDict(
    "UpdateRecommenderParameters",
    {
        "RecommenderArn": S,
        "RecommenderArn.$": str,
        "RecommenderConfig": X[RecommenderConfig],
        "RecommenderConfig.$": str,
    },
    total=False,
)

class SolutionUpdateConfig(TypedDict, total=False):
    AutoTrainingConfig: X[AutoTrainingConfig]
    EventsConfig: X[EventsConfig]

UpdateSolutionParameters = TypedDict(
    "UpdateSolutionParameters",
    {
        "SolutionArn": S,
        "SolutionArn.$": str,
        "PerformAutoTraining": B,
        "PerformAutoTraining.$": str,
        "PerformIncrementalUpdate": B,
        "PerformIncrementalUpdate.$": str,
        "SolutionUpdateConfig": X[SolutionUpdateConfig],
        "SolutionUpdateConfig.$": str,
    },
    total=False,
)
create_batch_inference_job: Builder[CreateBatchInferenceJobParameters]
create_batch_segment_job: Builder[CreateBatchSegmentJobParameters]
create_campaign: Builder[CreateCampaignParameters]
create_data_deletion_job: Builder[CreateDataDeletionJobParameters]
create_dataset: Builder[CreateDatasetParameters]
create_dataset_export_job: Builder[CreateDatasetExportJobParameters]
create_dataset_group: Builder[CreateDatasetGroupParameters]
create_dataset_import_job: Builder[CreateDatasetImportJobParameters]
create_event_tracker: Builder[CreateEventTrackerParameters]
create_filter: Builder[CreateFilterParameters]
create_metric_attribution: Builder[CreateMetricAttributionParameters]
create_recommender: Builder[CreateRecommenderParameters]
create_schema: Builder[CreateSchemaParameters]
create_solution: Builder[CreateSolutionParameters]
create_solution_version: Builder[CreateSolutionVersionParameters]
delete_campaign: Builder[DeleteCampaignParameters]
delete_dataset: Builder[DeleteDatasetParameters]
delete_dataset_group: Builder[DeleteDatasetGroupParameters]
delete_event_tracker: Builder[DeleteEventTrackerParameters]
delete_filter: Builder[DeleteFilterParameters]
delete_metric_attribution: Builder[DeleteMetricAttributionParameters]
delete_recommender: Builder[DeleteRecommenderParameters]
delete_schema: Builder[DeleteSchemaParameters]
delete_solution: Builder[DeleteSolutionParameters]
describe_algorithm: Builder[DescribeAlgorithmParameters]
describe_batch_inference_job: Builder[DescribeBatchInferenceJobParameters]
describe_batch_segment_job: Builder[DescribeBatchSegmentJobParameters]
describe_campaign: Builder[DescribeCampaignParameters]
describe_data_deletion_job: Builder[DescribeDataDeletionJobParameters]
describe_dataset: Builder[DescribeDatasetParameters]
describe_dataset_export_job: Builder[DescribeDatasetExportJobParameters]
describe_dataset_group: Builder[DescribeDatasetGroupParameters]
describe_dataset_import_job: Builder[DescribeDatasetImportJobParameters]
describe_event_tracker: Builder[DescribeEventTrackerParameters]
describe_feature_transformation: Builder[DescribeFeatureTransformationParameters]
describe_filter: Builder[DescribeFilterParameters]
describe_metric_attribution: Builder[DescribeMetricAttributionParameters]
describe_recipe: Builder[DescribeRecipeParameters]
describe_recommender: Builder[DescribeRecommenderParameters]
describe_schema: Builder[DescribeSchemaParameters]
describe_solution: Builder[DescribeSolutionParameters]
describe_solution_version: Builder[DescribeSolutionVersionParameters]
get_solution_metrics: Builder[GetSolutionMetricsParameters]
list_batch_inference_jobs: Builder[ListBatchInferenceJobsParameters]
list_batch_segment_jobs: Builder[ListBatchSegmentJobsParameters]
list_campaigns: Builder[ListCampaignsParameters]
list_data_deletion_jobs: Builder[ListDataDeletionJobsParameters]
list_dataset_export_jobs: Builder[ListDatasetExportJobsParameters]
list_dataset_groups: Builder[ListDatasetGroupsParameters]
list_dataset_import_jobs: Builder[ListDatasetImportJobsParameters]
list_datasets: Builder[ListDatasetsParameters]
list_event_trackers: Builder[ListEventTrackersParameters]
list_filters: Builder[ListFiltersParameters]
list_metric_attribution_metrics: Builder[ListMetricAttributionMetricsParameters]
list_metric_attributions: Builder[ListMetricAttributionsParameters]
list_recipes: Builder[ListRecipesParameters]
list_recommenders: Builder[ListRecommendersParameters]
list_schemas: Builder[ListSchemasParameters]
list_solution_versions: Builder[ListSolutionVersionsParameters]
list_solutions: Builder[ListSolutionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_recommender: Builder[StartRecommenderParameters]
stop_recommender: Builder[StopRecommenderParameters]
stop_solution_version_creation: Builder[StopSolutionVersionCreationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_campaign: Builder[UpdateCampaignParameters]
update_dataset: Builder[UpdateDatasetParameters]
update_metric_attribution: Builder[UpdateMetricAttributionParameters]
update_recommender: Builder[UpdateRecommenderParameters]
update_solution: Builder[UpdateSolutionParameters]

__all__ = [
    "create_batch_inference_job",
    "create_batch_segment_job",
    "create_campaign",
    "create_data_deletion_job",
    "create_dataset",
    "create_dataset_export_job",
    "create_dataset_group",
    "create_dataset_import_job",
    "create_event_tracker",
    "create_filter",
    "create_metric_attribution",
    "create_recommender",
    "create_schema",
    "create_solution",
    "create_solution_version",
    "delete_campaign",
    "delete_dataset",
    "delete_dataset_group",
    "delete_event_tracker",
    "delete_filter",
    "delete_metric_attribution",
    "delete_recommender",
    "delete_schema",
    "delete_solution",
    "describe_algorithm",
    "describe_batch_inference_job",
    "describe_batch_segment_job",
    "describe_campaign",
    "describe_data_deletion_job",
    "describe_dataset",
    "describe_dataset_export_job",
    "describe_dataset_group",
    "describe_dataset_import_job",
    "describe_event_tracker",
    "describe_feature_transformation",
    "describe_filter",
    "describe_metric_attribution",
    "describe_recipe",
    "describe_recommender",
    "describe_schema",
    "describe_solution",
    "describe_solution_version",
    "get_solution_metrics",
    "list_batch_inference_jobs",
    "list_batch_segment_jobs",
    "list_campaigns",
    "list_data_deletion_jobs",
    "list_dataset_export_jobs",
    "list_dataset_groups",
    "list_dataset_import_jobs",
    "list_datasets",
    "list_event_trackers",
    "list_filters",
    "list_metric_attribution_metrics",
    "list_metric_attributions",
    "list_recipes",
    "list_recommenders",
    "list_schemas",
    "list_solution_versions",
    "list_solutions",
    "list_tags_for_resource",
    "start_recommender",
    "stop_recommender",
    "stop_solution_version_creation",
    "tag_resource",
    "untag_resource",
    "update_campaign",
    "update_dataset",
    "update_metric_attribution",
    "update_recommender",
    "update_solution",
]
