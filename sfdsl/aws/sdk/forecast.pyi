"""Typed builders of the AWS SDK integration of forecast (``aws-sdk:forecast:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

class AttributeConfig(TypedDict, total=False):
    AttributeName: S
    Transformations: M[S]

class AdditionalDataset(TypedDict, total=False):
    Name: S
    Configuration: M[L[Si]]

class DataConfig(TypedDict, total=False):
    DatasetGroupArn: S
    AttributeConfigs: L[Xi[AttributeConfig]]
    AdditionalDatasets: L[Xi[AdditionalDataset]]

class EncryptionConfig(TypedDict, total=False):
    RoleArn: S
    KmsKeyArn: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class MonitorConfig(TypedDict, total=False):
    MonitorName: S

class TimeAlignmentBoundary(TypedDict, total=False):
    Month: S
    DayOfMonth: I
    DayOfWeek: S
    Hour: I

CreateAutoPredictorParameters = TypedDict(
    "CreateAutoPredictorParameters",
    {
        "PredictorName": S,
        "PredictorName.$": str,
        "ForecastHorizon": I,
        "ForecastHorizon.$": str,
        "ForecastTypes": L[Si],
        "ForecastTypes.$": str,
        "ForecastDimensions": L[Si],
        "ForecastDimensions.$": str,
        "ForecastFrequency": S,
        "ForecastFrequency.$": str,
        "DataConfig": X[DataConfig],
        "DataConfig.$": str,
        "EncryptionConfig": X[EncryptionConfig],
        "EncryptionConfig.$": str,
        "ReferencePredictorArn": S,
        "ReferencePredictorArn.$": str,
        "OptimizationMetric": S,
        "OptimizationMetric.$": str,
        "ExplainPredictor": B,
        "ExplainPredictor.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "MonitorConfig": X[MonitorConfig],
        "MonitorConfig.$": str,
        "TimeAlignmentBoundary": X[TimeAlignmentBoundary],
        "TimeAlignmentBoundary.$": str,
    },
    total=False,
)

class SchemaAttribute(TypedDict, total=False):
    AttributeName: S
    AttributeType: S

class Schema(TypedDict, total=False):
    Attributes: L[Xi[SchemaAttribute]]

CreateDatasetParameters = TypedDict(
    "CreateDatasetParameters",
    {
        "DatasetName": S,
        "DatasetName.$": str,
        "Domain": S,
        "Domain.$": str,
        "DatasetType": S,
        "DatasetType.$": str,
        "DataFrequency": S,
        "DataFrequency.$": str,
        "Schema": X[Schema],
        "Schema.$": str,
        "EncryptionConfig": X[EncryptionConfig],
        "EncryptionConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateDatasetGroupParameters = TypedDict(
    "CreateDatasetGroupParameters",
    {
        "DatasetGroupName": S,
        "DatasetGroupName.$": str,
        "Domain": S,
        "Domain.$": str,
        "DatasetArns": L[Si],
        "DatasetArns.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class S3Config(TypedDict, total=False):
    Path: S
    RoleArn: S
    KmsKeyArn: S

class DataSource(TypedDict, total=False):
    S3Config: X[S3Config]

CreateDatasetImportJobParameters = TypedDict(
    "CreateDatasetImportJobParameters",
    {
        "DatasetImportJobName": S,
        "DatasetImportJobName.$": str,
        "DatasetArn": S,
        "DatasetArn.$": str,
        "DataSource": X[DataSource],
        "DataSource.$": str,
        "TimestampFormat": S,
        "TimestampFormat.$": str,
        "TimeZone": S,
        "TimeZone.$": str,
        "UseGeolocationForTimeZone": B,
        "UseGeolocationForTimeZone.$": str,
        "GeolocationFormat": S,
        "GeolocationFormat.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Format": S,
        "Format.$": str,
        "ImportMode": S,
        "ImportMode.$": str,
    },
    total=False,
)

class ExplainabilityConfig(TypedDict, total=False):
    TimeSeriesGranularity: S
    TimePointGranularity: S

CreateExplainabilityParameters = TypedDict(
    "CreateExplainabilityParameters",
    {
        "ExplainabilityName": S,
        "ExplainabilityName.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "ExplainabilityConfig": X[ExplainabilityConfig],
        "ExplainabilityConfig.$": str,
        "DataSource": X[DataSource],
        "DataSource.$": str,
        "Schema": X[Schema],
        "Schema.$": str,
        "EnableVisualization": B,
        "EnableVisualization.$": str,
        "StartDateTime": S,
        "StartDateTime.$": str,
        "EndDateTime": S,
        "EndDateTime.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class DataDestination(TypedDict, total=False):
    S3Config: X[S3Config]

CreateExplainabilityExportParameters = TypedDict(
    "CreateExplainabilityExportParameters",
    {
        "ExplainabilityExportName": S,
        "ExplainabilityExportName.$": str,
        "ExplainabilityArn": S,
        "ExplainabilityArn.$": str,
        "Destination": X[DataDestination],
        "Destination.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Format": S,
        "Format.$": str,
    },
    total=False,
)

class TimeSeriesIdentifiers(TypedDict, total=False):
    DataSource: X[DataSource]
    Schema: X[Schema]
    Format: S

class TimeSeriesSelector(TypedDict, total=False):
    TimeSeriesIdentifiers: X[TimeSeriesIdentifiers]

CreateForecastParameters = TypedDict(
    "CreateForecastParameters",
    {
        "ForecastName": S,
        "ForecastName.$": str,
        "PredictorArn": S,
        "PredictorArn.$": str,
        "ForecastTypes": L[Si],
        "ForecastTypes.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TimeSeriesSelector": X[TimeSeriesSelector],
        "TimeSeriesSelector.$": str,
    },
    total=False,
)
CreateForecastExportJobParameters = TypedDict(
    "CreateForecastExportJobParameters",
    {
        "ForecastExportJobName": S,
        "ForecastExportJobName.$": str,
        "ForecastArn": S,
        "ForecastArn.$": str,
        "Destination": X[DataDestination],
        "Destination.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Format": S,
        "Format.$": str,
    },
    total=False,
)
CreateMonitorParameters = TypedDict(
    "CreateMonitorParameters",
    {
        "MonitorName": S,
        "MonitorName.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class EvaluationParameters(TypedDict, total=False):
    NumberOfBacktestWindows: I
    BackTestWindowOffset: I

class CategoricalParameterRange(TypedDict, total=False):
    Name: S
    Values: L[Si]

class ContinuousParameterRange(TypedDict, total=False):
    Name: S
    MaxValue: F
    MinValue: F
    ScalingType: S

class IntegerParameterRange(TypedDict, total=False):
    Name: S
    MaxValue: I
    MinValue: I
    ScalingType: S

class ParameterRanges(TypedDict, total=False):
    CategoricalParameterRanges: L[Xi[CategoricalParameterRange]]
    ContinuousParameterRanges: L[Xi[ContinuousParameterRange]]
    IntegerParameterRanges: L[Xi[IntegerParameterRange]]

class HyperParameterTuningJobConfig(TypedDict, total=False):
    ParameterRanges: X[ParameterRanges]

class SupplementaryFeature(TypedDict, total=False):
    Name: S
    Value: S

class InputDataConfig(TypedDict, total=False):
    DatasetGroupArn: S
    SupplementaryFeatures: L[Xi[SupplementaryFeature]]

class FeaturizationMethod(TypedDict, total=False):
    FeaturizationMethodName: S
    FeaturizationMethodParameters: M[S]

class Featurization(TypedDict, total=False):
    AttributeName: S
    FeaturizationPipeline: L[Xi[FeaturizationMethod]]

class FeaturizationConfig(TypedDict, total=False):
    ForecastFrequency: S
    ForecastDimensions: L[Si]
    Featurizations: L[Xi[Featurization]]

CreatePredictorParameters = TypedDict(
    "CreatePredictorParameters",
    {
        "PredictorName": S,
        "PredictorName.$": str,
        "AlgorithmArn": S,
        "AlgorithmArn.$": str,
        "ForecastHorizon": I,
        "ForecastHorizon.$": str,
        "ForecastTypes": L[Si],
        "ForecastTypes.$": str,
        "PerformAutoML": B,
        "PerformAutoML.$": str,
        "AutoMLOverrideStrategy": S,
        "AutoMLOverrideStrategy.$": str,
        "PerformHPO": B,
        "PerformHPO.$": str,
        "TrainingParameters": M[S],
        "TrainingParameters.$": str,
        "EvaluationParameters": X[EvaluationParameters],
        "EvaluationParameters.$": str,
        "HpoConfig": X[HyperParameterTuningJobConfig],
        "HpoConfig.$": str,
        "InputDataConfig": X[InputDataConfig],
        "InputDataConfig.$": str,
        "FeaturizationConfig": X[FeaturizationConfig],
        "FeaturizationConfig.$": str,
        "EncryptionConfig": X[EncryptionConfig],
        "EncryptionConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "OptimizationMetric": S,
        "OptimizationMetric.$": str,
    },
    total=False,
)
CreatePredictorBacktestExportJobParameters = TypedDict(
    "CreatePredictorBacktestExportJobParameters",
    {
        "PredictorBacktestExportJobName": S,
        "PredictorBacktestExportJobName.$": str,
        "PredictorArn": S,
        "PredictorArn.$": str,
        "Destination": X[DataDestination],
        "Destination.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Format": S,
        "Format.$": str,
    },
    total=False,
)
CreateWhatIfAnalysisParameters = TypedDict(
    "CreateWhatIfAnalysisParameters",
    {
        "WhatIfAnalysisName": S,
        "WhatIfAnalysisName.$": str,
        "ForecastArn": S,
        "ForecastArn.$": str,
        "TimeSeriesSelector": X[TimeSeriesSelector],
        "TimeSeriesSelector.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Action(TypedDict, total=False):
    AttributeName: S
    Operation: S
    Value: F

class TimeSeriesCondition(TypedDict, total=False):
    AttributeName: S
    AttributeValue: S
    Condition: S

class TimeSeriesTransformation(TypedDict, total=False):
    Action: X[Action]
    TimeSeriesConditions: L[Xi[TimeSeriesCondition]]

class TimeSeriesReplacementsDataSource(TypedDict, total=False):
    S3Config: X[S3Config]
    Schema: X[Schema]
    Format: S
    TimestampFormat: S

CreateWhatIfForecastParameters = TypedDict(
    "CreateWhatIfForecastParameters",
    {
        "WhatIfForecastName": S,
        "WhatIfForecastName.$": str,
        "WhatIfAnalysisArn": S,
        "WhatIfAnalysisArn.$": str,
        "TimeSeriesTransformations": L[Xi[TimeSeriesTransformation]],
        "TimeSeriesTransformations.$": str,
        "TimeSeriesReplacementsDataSource": X[TimeSeriesReplacementsDataSource],
        "TimeSeriesReplacementsDataSource.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateWhatIfForecastExportParameters = TypedDict(
    "CreateWhatIfForecastExportParameters",
    {
        "WhatIfForecastExportName": S,
        "WhatIfForecastExportName.$": str,
        "WhatIfForecastArns": L[Si],
        "WhatIfForecastArns.$": str,
        "Destination": X[DataDestination],
        "Destination.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Format": S,
        "Format.$": str,
    },
    total=False,
)
DeleteDatasetParameters = TypedDict(
    "DeleteDatasetParameters", {"DatasetArn": S, "DatasetArn.$": str}, total=False
)
DeleteDatasetGroupParameters = TypedDict(
    "DeleteDatasetGroupParameters", {"DatasetGroupArn": S, "DatasetGroupArn.$": str}, total=False
)
DeleteDatasetImportJobParameters = TypedDict(
    "DeleteDatasetImportJobParameters",
    {"DatasetImportJobArn": S, "DatasetImportJobArn.$": str},
    total=False,
)
DeleteExplainabilityParameters = TypedDict(
    "DeleteExplainabilityParameters",
    {"ExplainabilityArn": S, "ExplainabilityArn.$": str},
    total=False,
)
DeleteExplainabilityExportParameters = TypedDict(
    "DeleteExplainabilityExportParameters",
    {"ExplainabilityExportArn": S, "ExplainabilityExportArn.$": str},
    total=False,
)
DeleteForecastParameters = TypedDict(
    "DeleteForecastParameters", {"ForecastArn": S, "ForecastArn.$": str}, total=False
)
DeleteForecastExportJobParameters = TypedDict(
    "DeleteForecastExportJobParameters",
    {"ForecastExportJobArn": S, "ForecastExportJobArn.$": str},
    total=False,
)
DeleteMonitorParameters = TypedDict(
    "DeleteMonitorParameters", {"MonitorArn": S, "MonitorArn.$": str}, total=False
)
DeletePredictorParameters = TypedDict(
    "DeletePredictorParameters", {"PredictorArn": S, "PredictorArn.$": str}, total=False
)
DeletePredictorBacktestExportJobParameters = TypedDict(
    "DeletePredictorBacktestExportJobParameters",
    {"PredictorBacktestExportJobArn": S, "PredictorBacktestExportJobArn.$": str},
    total=False,
)
DeleteResourceTreeParameters = TypedDict(
    "DeleteResourceTreeParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteWhatIfAnalysisParameters = TypedDict(
    "DeleteWhatIfAnalysisParameters",
    {"WhatIfAnalysisArn": S, "WhatIfAnalysisArn.$": str},
    total=False,
)
DeleteWhatIfForecastParameters = TypedDict(
    "DeleteWhatIfForecastParameters",
    {"WhatIfForecastArn": S, "WhatIfForecastArn.$": str},
    total=False,
)
DeleteWhatIfForecastExportParameters = TypedDict(
    "DeleteWhatIfForecastExportParameters",
    {"WhatIfForecastExportArn": S, "WhatIfForecastExportArn.$": str},
    total=False,
)
DescribeAutoPredictorParameters = TypedDict(
    "DescribeAutoPredictorParameters", {"PredictorArn": S, "PredictorArn.$": str}, total=False
)
DescribeDatasetParameters = TypedDict(
    "DescribeDatasetParameters", {"DatasetArn": S, "DatasetArn.$": str}, total=False
)
DescribeDatasetGroupParameters = TypedDict(
    "DescribeDatasetGroupParameters", {"DatasetGroupArn": S, "DatasetGroupArn.$": str}, total=False
)
DescribeDatasetImportJobParameters = TypedDict(
    "DescribeDatasetImportJobParameters",
    {"DatasetImportJobArn": S, "DatasetImportJobArn.$": str},
    total=False,
)
DescribeExplainabilityParameters = TypedDict(
    "DescribeExplainabilityParameters",
    {"ExplainabilityArn": S, "ExplainabilityArn.$": str},
    total=False,
)
DescribeExplainabilityExportParameters = TypedDict(
    "DescribeExplainabilityExportParameters",
    {"ExplainabilityExportArn": S, "ExplainabilityExportArn.$": str},
    total=False,
)
DescribeForecastParameters = TypedDict(
    "DescribeForecastParameters", {"ForecastArn": S, "ForecastArn.$": str}, total=False
)
DescribeForecastExportJobParameters = TypedDict(
    "DescribeForecastExportJobParameters",
    {"ForecastExportJobArn": S, "ForecastExportJobArn.$": str},
    total=False,
)
DescribeMonitorParameters = TypedDict(
    "DescribeMonitorParameters", {"MonitorArn": S, "MonitorArn.$": str}, total=False
)
DescribePredictorParameters = TypedDict(
    "DescribePredictorParameters", {"PredictorArn": S, "PredictorArn.$": str}, total=False
)
DescribePredictorBacktestExportJobParameters = TypedDict(
    "DescribePredictorBacktestExportJobParameters",
    {"PredictorBacktestExportJobArn": S, "PredictorBacktestExportJobArn.$": str},
    total=False,
)
DescribeWhatIfAnalysisParameters = TypedDict(
    "DescribeWhatIfAnalysisParameters",
    {"WhatIfAnalysisArn": S, "WhatIfAnalysisArn.$": str},
    total=False,
)
DescribeWhatIfForecastParameters = TypedDict(
    "DescribeWhatIfForecastParameters",
    {"WhatIfForecastArn": S, "WhatIfForecastArn.$": str},
    total=False,
)
DescribeWhatIfForecastExportParameters = TypedDict(
    "DescribeWhatIfForecastExportParameters",
    {"WhatIfForecastExportArn": S, "WhatIfForecastExportArn.$": str},
    total=False,
)
GetAccuracyMetricsParameters = TypedDict(
    "GetAccuracyMetricsParameters", {"PredictorArn": S, "PredictorArn.$": str}, total=False
)
ListDatasetGroupsParameters = TypedDict(
    "ListDatasetGroupsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class Filter(TypedDict, total=False):
    Key: S
    Value: S
    Condition: S

ListDatasetImportJobsParameters = TypedDict(
    "ListDatasetImportJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListDatasetsParameters = TypedDict(
    "ListDatasetsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListExplainabilitiesParameters = TypedDict(
    "ListExplainabilitiesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListExplainabilityExportsParameters = TypedDict(
    "ListExplainabilityExportsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListForecastExportJobsParameters = TypedDict(
    "ListForecastExportJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListForecastsParameters = TypedDict(
    "ListForecastsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListMonitorEvaluationsParameters = TypedDict(
    "ListMonitorEvaluationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MonitorArn": S,
        "MonitorArn.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListMonitorsParameters = TypedDict(
    "ListMonitorsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListPredictorBacktestExportJobsParameters = TypedDict(
    "ListPredictorBacktestExportJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListPredictorsParameters = TypedDict(
    "ListPredictorsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListWhatIfAnalysesParameters = TypedDict(
    "ListWhatIfAnalysesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListWhatIfForecastExportsParameters = TypedDict(
    "ListWhatIfForecastExportsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListWhatIfForecastsParameters = TypedDict(
    "ListWhatIfForecastsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ResumeResourceParameters = TypedDict(
    "ResumeResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
StopResourceParameters = TypedDict(
    "StopResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
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
UpdateDatasetGroupParameters = TypedDict(
    "UpdateDatasetGroupParameters",
    {"DatasetGroupArn": S, "DatasetGroupArn.$": str, "DatasetArns": L[Si], "DatasetArns.$": str},
    total=False,
)
create_auto_predictor: Builder[CreateAutoPredictorParameters]
create_dataset: Builder[CreateDatasetParameters]
create_dataset_group: Builder[CreateDatasetGroupParameters]
create_dataset_import_job: Builder[CreateDatasetImportJobParameters]
create_explainability: Builder[CreateExplainabilityParameters]
create_explainability_export: Builder[CreateExplainabilityExportParameters]
create_forecast: Builder[CreateForecastParameters]
create_forecast_export_job: Builder[CreateForecastExportJobParameters]
create_monitor: Builder[CreateMonitorParameters]
create_predictor: Builder[CreatePredictorParameters]
create_predictor_backtest_export_job: Builder[CreatePredictorBacktestExportJobParameters]
create_what_if_analysis: Builder[CreateWhatIfAnalysisParameters]
create_what_if_forecast: Builder[CreateWhatIfForecastParameters]
create_what_if_forecast_export: Builder[CreateWhatIfForecastExportParameters]
delete_dataset: Builder[DeleteDatasetParameters]
delete_dataset_group: Builder[DeleteDatasetGroupParameters]
delete_dataset_import_job: Builder[DeleteDatasetImportJobParameters]
delete_explainability: Builder[DeleteExplainabilityParameters]
delete_explainability_export: Builder[DeleteExplainabilityExportParameters]
delete_forecast: Builder[DeleteForecastParameters]
delete_forecast_export_job: Builder[DeleteForecastExportJobParameters]
delete_monitor: Builder[DeleteMonitorParameters]
delete_predictor: Builder[DeletePredictorParameters]
delete_predictor_backtest_export_job: Builder[DeletePredictorBacktestExportJobParameters]
delete_resource_tree: Builder[DeleteResourceTreeParameters]
delete_what_if_analysis: Builder[DeleteWhatIfAnalysisParameters]
delete_what_if_forecast: Builder[DeleteWhatIfForecastParameters]
delete_what_if_forecast_export: Builder[DeleteWhatIfForecastExportParameters]
describe_auto_predictor: Builder[DescribeAutoPredictorParameters]
describe_dataset: Builder[DescribeDatasetParameters]
describe_dataset_group: Builder[DescribeDatasetGroupParameters]
describe_dataset_import_job: Builder[DescribeDatasetImportJobParameters]
describe_explainability: Builder[DescribeExplainabilityParameters]
describe_explainability_export: Builder[DescribeExplainabilityExportParameters]
describe_forecast: Builder[DescribeForecastParameters]
describe_forecast_export_job: Builder[DescribeForecastExportJobParameters]
describe_monitor: Builder[DescribeMonitorParameters]
describe_predictor: Builder[DescribePredictorParameters]
describe_predictor_backtest_export_job: Builder[DescribePredictorBacktestExportJobParameters]
describe_what_if_analysis: Builder[DescribeWhatIfAnalysisParameters]
describe_what_if_forecast: Builder[DescribeWhatIfForecastParameters]
describe_what_if_forecast_export: Builder[DescribeWhatIfForecastExportParameters]
get_accuracy_metrics: Builder[GetAccuracyMetricsParameters]
list_dataset_groups: Builder[ListDatasetGroupsParameters]
list_dataset_import_jobs: Builder[ListDatasetImportJobsParameters]
list_datasets: Builder[ListDatasetsParameters]
list_explainabilities: Builder[ListExplainabilitiesParameters]
list_explainability_exports: Builder[ListExplainabilityExportsParameters]
list_forecast_export_jobs: Builder[ListForecastExportJobsParameters]
list_forecasts: Builder[ListForecastsParameters]
list_monitor_evaluations: Builder[ListMonitorEvaluationsParameters]
list_monitors: Builder[ListMonitorsParameters]
list_predictor_backtest_export_jobs: Builder[ListPredictorBacktestExportJobsParameters]
list_predictors: Builder[ListPredictorsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_what_if_analyses: Builder[ListWhatIfAnalysesParameters]
list_what_if_forecast_exports: Builder[ListWhatIfForecastExportsParameters]
list_what_if_forecasts: Builder[ListWhatIfForecastsParameters]
resume_resource: Builder[ResumeResourceParameters]
stop_resource: Builder[StopResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_dataset_group: Builder[UpdateDatasetGroupParameters]

__all__ = [
    "create_auto_predictor",
    "create_dataset",
    "create_dataset_group",
    "create_dataset_import_job",
    "create_explainability",
    "create_explainability_export",
    "create_forecast",
    "create_forecast_export_job",
    "create_monitor",
    "create_predictor",
    "create_predictor_backtest_export_job",
    "create_what_if_analysis",
    "create_what_if_forecast",
    "create_what_if_forecast_export",
    "delete_dataset",
    "delete_dataset_group",
    "delete_dataset_import_job",
    "delete_explainability",
    "delete_explainability_export",
    "delete_forecast",
    "delete_forecast_export_job",
    "delete_monitor",
    "delete_predictor",
    "delete_predictor_backtest_export_job",
    "delete_resource_tree",
    "delete_what_if_analysis",
    "delete_what_if_forecast",
    "delete_what_if_forecast_export",
    "describe_auto_predictor",
    "describe_dataset",
    "describe_dataset_group",
    "describe_dataset_import_job",
    "describe_explainability",
    "describe_explainability_export",
    "describe_forecast",
    "describe_forecast_export_job",
    "describe_monitor",
    "describe_predictor",
    "describe_predictor_backtest_export_job",
    "describe_what_if_analysis",
    "describe_what_if_forecast",
    "describe_what_if_forecast_export",
    "get_accuracy_metrics",
    "list_dataset_groups",
    "list_dataset_import_jobs",
    "list_datasets",
    "list_explainabilities",
    "list_explainability_exports",
    "list_forecast_export_jobs",
    "list_forecasts",
    "list_monitor_evaluations",
    "list_monitors",
    "list_predictor_backtest_export_jobs",
    "list_predictors",
    "list_tags_for_resource",
    "list_what_if_analyses",
    "list_what_if_forecast_exports",
    "list_what_if_forecasts",
    "resume_resource",
    "stop_resource",
    "tag_resource",
    "untag_resource",
    "update_dataset_group",
]
