"""Typed builders of the AWS SDK integration of lookoutequipment (``aws-sdk:lookoutequipment:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, T, X, Xi

class DatasetSchema(TypedDict, total=False):
    InlineDataSchema: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateDatasetParameters = TypedDict(
    "CreateDatasetParameters",
    {
        "DatasetName": S,
        "DatasetName.$": str,
        "DatasetSchema": X[DatasetSchema],
        "DatasetSchema.$": str,
        "ServerSideKmsKeyId": S,
        "ServerSideKmsKeyId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class InferenceS3InputConfiguration(TypedDict, total=False):
    Bucket: S
    Prefix: S

class InferenceInputNameConfiguration(TypedDict, total=False):
    TimestampFormat: S
    ComponentTimestampDelimiter: S

class InferenceInputConfiguration(TypedDict, total=False):
    S3InputConfiguration: X[InferenceS3InputConfiguration]
    InputTimeZoneOffset: S
    InferenceInputNameConfiguration: X[InferenceInputNameConfiguration]

class InferenceS3OutputConfiguration(TypedDict, total=False):
    Bucket: S
    Prefix: S

class InferenceOutputConfiguration(TypedDict, total=False):
    S3OutputConfiguration: X[InferenceS3OutputConfiguration]
    KmsKeyId: S

CreateInferenceSchedulerParameters = TypedDict(
    "CreateInferenceSchedulerParameters",
    {
        "ModelName": S,
        "ModelName.$": str,
        "InferenceSchedulerName": S,
        "InferenceSchedulerName.$": str,
        "DataDelayOffsetInMinutes": I,
        "DataDelayOffsetInMinutes.$": str,
        "DataUploadFrequency": S,
        "DataUploadFrequency.$": str,
        "DataInputConfiguration": X[InferenceInputConfiguration],
        "DataInputConfiguration.$": str,
        "DataOutputConfiguration": X[InferenceOutputConfiguration],
        "DataOutputConfiguration.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ServerSideKmsKeyId": S,
        "ServerSideKmsKeyId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateLabelParameters = TypedDict(
    "CreateLabelParameters",
    {
        "LabelGroupName": S,
        "LabelGroupName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Rating": S,
        "Rating.$": str,
        "FaultCode": S,
        "FaultCode.$": str,
        "Notes": S,
        "Notes.$": str,
        "Equipment": S,
        "Equipment.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateLabelGroupParameters = TypedDict(
    "CreateLabelGroupParameters",
    {
        "LabelGroupName": S,
        "LabelGroupName.$": str,
        "FaultCodes": L[Si],
        "FaultCodes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class LabelsS3InputConfiguration(TypedDict, total=False):
    Bucket: S
    Prefix: S

class LabelsInputConfiguration(TypedDict, total=False):
    S3InputConfiguration: X[LabelsS3InputConfiguration]
    LabelGroupName: S

class DataPreProcessingConfiguration(TypedDict, total=False):
    TargetSamplingRate: S

class ModelDiagnosticsS3OutputConfiguration(TypedDict, total=False):
    Bucket: S
    Prefix: S

class ModelDiagnosticsOutputConfiguration(TypedDict, total=False):
    S3OutputConfiguration: X[ModelDiagnosticsS3OutputConfiguration]
    KmsKeyId: S

CreateModelParameters = TypedDict(
    "CreateModelParameters",
    {
        "ModelName": S,
        "ModelName.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
        "DatasetSchema": X[DatasetSchema],
        "DatasetSchema.$": str,
        "LabelsInputConfiguration": X[LabelsInputConfiguration],
        "LabelsInputConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TrainingDataStartTime": T,
        "TrainingDataStartTime.$": str,
        "TrainingDataEndTime": T,
        "TrainingDataEndTime.$": str,
        "EvaluationDataStartTime": T,
        "EvaluationDataStartTime.$": str,
        "EvaluationDataEndTime": T,
        "EvaluationDataEndTime.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "DataPreProcessingConfiguration": X[DataPreProcessingConfiguration],
        "DataPreProcessingConfiguration.$": str,
        "ServerSideKmsKeyId": S,
        "ServerSideKmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "OffCondition": S,
        "OffCondition.$": str,
        "ModelDiagnosticsOutputConfiguration": X[ModelDiagnosticsOutputConfiguration],
        "ModelDiagnosticsOutputConfiguration.$": str,
    },
    total=False,
)
CreateRetrainingSchedulerParameters = TypedDict(
    "CreateRetrainingSchedulerParameters",
    {
        "ModelName": S,
        "ModelName.$": str,
        "RetrainingStartDate": T,
        "RetrainingStartDate.$": str,
        "RetrainingFrequency": S,
        "RetrainingFrequency.$": str,
        "LookbackWindow": S,
        "LookbackWindow.$": str,
        "PromoteMode": S,
        "PromoteMode.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteDatasetParameters = TypedDict(
    "DeleteDatasetParameters", {"DatasetName": S, "DatasetName.$": str}, total=False
)
DeleteInferenceSchedulerParameters = TypedDict(
    "DeleteInferenceSchedulerParameters",
    {"InferenceSchedulerName": S, "InferenceSchedulerName.$": str},
    total=False,
)
DeleteLabelParameters = TypedDict(
    "DeleteLabelParameters",
    {"LabelGroupName": S, "LabelGroupName.$": str, "LabelId": S, "LabelId.$": str},
    total=False,
)
DeleteLabelGroupParameters = TypedDict(
    "DeleteLabelGroupParameters", {"LabelGroupName": S, "LabelGroupName.$": str}, total=False
)
DeleteModelParameters = TypedDict(
    "DeleteModelParameters", {"ModelName": S, "ModelName.$": str}, total=False
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteRetrainingSchedulerParameters = TypedDict(
    "DeleteRetrainingSchedulerParameters", {"ModelName": S, "ModelName.$": str}, total=False
)
DescribeDataIngestionJobParameters = TypedDict(
    "DescribeDataIngestionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DescribeDatasetParameters = TypedDict(
    "DescribeDatasetParameters", {"DatasetName": S, "DatasetName.$": str}, total=False
)
DescribeInferenceSchedulerParameters = TypedDict(
    "DescribeInferenceSchedulerParameters",
    {"InferenceSchedulerName": S, "InferenceSchedulerName.$": str},
    total=False,
)
DescribeLabelParameters = TypedDict(
    "DescribeLabelParameters",
    {"LabelGroupName": S, "LabelGroupName.$": str, "LabelId": S, "LabelId.$": str},
    total=False,
)
DescribeLabelGroupParameters = TypedDict(
    "DescribeLabelGroupParameters", {"LabelGroupName": S, "LabelGroupName.$": str}, total=False
)
DescribeModelParameters = TypedDict(
    "DescribeModelParameters", {"ModelName": S, "ModelName.$": str}, total=False
)
DescribeModelVersionParameters = TypedDict(
    "DescribeModelVersionParameters",
    {"ModelName": S, "ModelName.$": str, "ModelVersion": I, "ModelVersion.$": str},
    total=False,
)
DescribeResourcePolicyParameters = TypedDict(
    "DescribeResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DescribeRetrainingSchedulerParameters = TypedDict(
    "DescribeRetrainingSchedulerParameters", {"ModelName": S, "ModelName.$": str}, total=False
)
ImportDatasetParameters = TypedDict(
    "ImportDatasetParameters",
    {
        "SourceDatasetArn": S,
        "SourceDatasetArn.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ServerSideKmsKeyId": S,
        "ServerSideKmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
ImportModelVersionParameters = TypedDict(
    "ImportModelVersionParameters",
    {
        "SourceModelVersionArn": S,
        "SourceModelVersionArn.$": str,
        "ModelName": S,
        "ModelName.$": str,
        "DatasetName": S,
        "DatasetName.$": str,
        "LabelsInputConfiguration": X[LabelsInputConfiguration],
        "LabelsInputConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ServerSideKmsKeyId": S,
        "ServerSideKmsKeyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "InferenceDataImportStrategy": S,
        "InferenceDataImportStrategy.$": str,
    },
    total=False,
)
ListDataIngestionJobsParameters = TypedDict(
    "ListDataIngestionJobsParameters",
    {
        "DatasetName": S,
        "DatasetName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListDatasetsParameters = TypedDict(
    "ListDatasetsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DatasetNameBeginsWith": S,
        "DatasetNameBeginsWith.$": str,
    },
    total=False,
)
ListInferenceEventsParameters = TypedDict(
    "ListInferenceEventsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "InferenceSchedulerName": S,
        "InferenceSchedulerName.$": str,
        "IntervalStartTime": T,
        "IntervalStartTime.$": str,
        "IntervalEndTime": T,
        "IntervalEndTime.$": str,
    },
    total=False,
)
ListInferenceExecutionsParameters = TypedDict(
    "ListInferenceExecutionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "InferenceSchedulerName": S,
        "InferenceSchedulerName.$": str,
        "DataStartTimeAfter": T,
        "DataStartTimeAfter.$": str,
        "DataEndTimeBefore": T,
        "DataEndTimeBefore.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListInferenceSchedulersParameters = TypedDict(
    "ListInferenceSchedulersParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "InferenceSchedulerNameBeginsWith": S,
        "InferenceSchedulerNameBeginsWith.$": str,
        "ModelName": S,
        "ModelName.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListLabelGroupsParameters = TypedDict(
    "ListLabelGroupsParameters",
    {
        "LabelGroupNameBeginsWith": S,
        "LabelGroupNameBeginsWith.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLabelsParameters = TypedDict(
    "ListLabelsParameters",
    {
        "LabelGroupName": S,
        "LabelGroupName.$": str,
        "IntervalStartTime": T,
        "IntervalStartTime.$": str,
        "IntervalEndTime": T,
        "IntervalEndTime.$": str,
        "FaultCode": S,
        "FaultCode.$": str,
        "Equipment": S,
        "Equipment.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListModelVersionsParameters = TypedDict(
    "ListModelVersionsParameters",
    {
        "ModelName": S,
        "ModelName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "CreatedAtEndTime": T,
        "CreatedAtEndTime.$": str,
        "CreatedAtStartTime": T,
        "CreatedAtStartTime.$": str,
        "MaxModelVersion": I,
        "MaxModelVersion.$": str,
        "MinModelVersion": I,
        "MinModelVersion.$": str,
    },
    total=False,
)
ListModelsParameters = TypedDict(
    "ListModelsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
        "ModelNameBeginsWith": S,
        "ModelNameBeginsWith.$": str,
        "DatasetNameBeginsWith": S,
        "DatasetNameBeginsWith.$": str,
    },
    total=False,
)
ListRetrainingSchedulersParameters = TypedDict(
    "ListRetrainingSchedulersParameters",
    {
        "ModelNameBeginsWith": S,
        "ModelNameBeginsWith.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSensorStatisticsParameters = TypedDict(
    "ListSensorStatisticsParameters",
    {
        "DatasetName": S,
        "DatasetName.$": str,
        "IngestionJobId": S,
        "IngestionJobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "ResourcePolicy": S,
        "ResourcePolicy.$": str,
        "PolicyRevisionId": S,
        "PolicyRevisionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class IngestionS3InputConfiguration(TypedDict, total=False):
    Bucket: S
    Prefix: S
    KeyPattern: S

class IngestionInputConfiguration(TypedDict, total=False):
    S3InputConfiguration: X[IngestionS3InputConfiguration]

StartDataIngestionJobParameters = TypedDict(
    "StartDataIngestionJobParameters",
    {
        "DatasetName": S,
        "DatasetName.$": str,
        "IngestionInputConfiguration": X[IngestionInputConfiguration],
        "IngestionInputConfiguration.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartInferenceSchedulerParameters = TypedDict(
    "StartInferenceSchedulerParameters",
    {"InferenceSchedulerName": S, "InferenceSchedulerName.$": str},
    total=False,
)
StartRetrainingSchedulerParameters = TypedDict(
    "StartRetrainingSchedulerParameters", {"ModelName": S, "ModelName.$": str}, total=False
)
StopInferenceSchedulerParameters = TypedDict(
    "StopInferenceSchedulerParameters",
    {"InferenceSchedulerName": S, "InferenceSchedulerName.$": str},
    total=False,
)
StopRetrainingSchedulerParameters = TypedDict(
    "StopRetrainingSchedulerParameters", {"ModelName": S, "ModelName.$": str}, total=False
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
UpdateActiveModelVersionParameters = TypedDict(
    "UpdateActiveModelVersionParameters",
    {"ModelName": S, "ModelName.$": str, "ModelVersion": I, "ModelVersion.$": str},
    total=False,
)
UpdateInferenceSchedulerParameters = TypedDict(
    "UpdateInferenceSchedulerParameters",
    {
        "InferenceSchedulerName": S,
        "InferenceSchedulerName.$": str,
        "DataDelayOffsetInMinutes": I,
        "DataDelayOffsetInMinutes.$": str,
        "DataUploadFrequency": S,
        "DataUploadFrequency.$": str,
        "DataInputConfiguration": X[InferenceInputConfiguration],
        "DataInputConfiguration.$": str,
        "DataOutputConfiguration": X[InferenceOutputConfiguration],
        "DataOutputConfiguration.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
UpdateLabelGroupParameters = TypedDict(
    "UpdateLabelGroupParameters",
    {"LabelGroupName": S, "LabelGroupName.$": str, "FaultCodes": L[Si], "FaultCodes.$": str},
    total=False,
)
UpdateModelParameters = TypedDict(
    "UpdateModelParameters",
    {
        "ModelName": S,
        "ModelName.$": str,
        "LabelsInputConfiguration": X[LabelsInputConfiguration],
        "LabelsInputConfiguration.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ModelDiagnosticsOutputConfiguration": X[ModelDiagnosticsOutputConfiguration],
        "ModelDiagnosticsOutputConfiguration.$": str,
    },
    total=False,
)
UpdateRetrainingSchedulerParameters = TypedDict(
    "UpdateRetrainingSchedulerParameters",
    {
        "ModelName": S,
        "ModelName.$": str,
        "RetrainingStartDate": T,
        "RetrainingStartDate.$": str,
        "RetrainingFrequency": S,
        "RetrainingFrequency.$": str,
        "LookbackWindow": S,
        "LookbackWindow.$": str,
        "PromoteMode": S,
        "PromoteMode.$": str,
    },
    total=False,
)
create_dataset: Builder[CreateDatasetParameters]
create_inference_scheduler: Builder[CreateInferenceSchedulerParameters]
create_label: Builder[CreateLabelParameters]
create_label_group: Builder[CreateLabelGroupParameters]
create_model: Builder[CreateModelParameters]
create_retraining_scheduler: Builder[CreateRetrainingSchedulerParameters]
delete_dataset: Builder[DeleteDatasetParameters]
delete_inference_scheduler: Builder[DeleteInferenceSchedulerParameters]
delete_label: Builder[DeleteLabelParameters]
delete_label_group: Builder[DeleteLabelGroupParameters]
delete_model: Builder[DeleteModelParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_retraining_scheduler: Builder[DeleteRetrainingSchedulerParameters]
describe_data_ingestion_job: Builder[DescribeDataIngestionJobParameters]
describe_dataset: Builder[DescribeDatasetParameters]
describe_inference_scheduler: Builder[DescribeInferenceSchedulerParameters]
describe_label: Builder[DescribeLabelParameters]
describe_label_group: Builder[DescribeLabelGroupParameters]
describe_model: Builder[DescribeModelParameters]
describe_model_version: Builder[DescribeModelVersionParameters]
describe_resource_policy: Builder[DescribeResourcePolicyParameters]
describe_retraining_scheduler: Builder[DescribeRetrainingSchedulerParameters]
import_dataset: Builder[ImportDatasetParameters]
import_model_version: Builder[ImportModelVersionParameters]
list_data_ingestion_jobs: Builder[ListDataIngestionJobsParameters]
list_datasets: Builder[ListDatasetsParameters]
list_inference_events: Builder[ListInferenceEventsParameters]
list_inference_executions: Builder[ListInferenceExecutionsParameters]
list_inference_schedulers: Builder[ListInferenceSchedulersParameters]
list_label_groups: Builder[ListLabelGroupsParameters]
list_labels: Builder[ListLabelsParameters]
list_model_versions: Builder[ListModelVersionsParameters]
list_models: Builder[ListModelsParameters]
list_retraining_schedulers: Builder[ListRetrainingSchedulersParameters]
list_sensor_statistics: Builder[ListSensorStatisticsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
start_data_ingestion_job: Builder[StartDataIngestionJobParameters]
start_inference_scheduler: Builder[StartInferenceSchedulerParameters]
start_retraining_scheduler: Builder[StartRetrainingSchedulerParameters]
stop_inference_scheduler: Builder[StopInferenceSchedulerParameters]
stop_retraining_scheduler: Builder[StopRetrainingSchedulerParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_active_model_version: Builder[UpdateActiveModelVersionParameters]
update_inference_scheduler: Builder[UpdateInferenceSchedulerParameters]
update_label_group: Builder[UpdateLabelGroupParameters]
update_model: Builder[UpdateModelParameters]
update_retraining_scheduler: Builder[UpdateRetrainingSchedulerParameters]

__all__ = [
    "create_dataset",
    "create_inference_scheduler",
    "create_label",
    "create_label_group",
    "create_model",
    "create_retraining_scheduler",
    "delete_dataset",
    "delete_inference_scheduler",
    "delete_label",
    "delete_label_group",
    "delete_model",
    "delete_resource_policy",
    "delete_retraining_scheduler",
    "describe_data_ingestion_job",
    "describe_dataset",
    "describe_inference_scheduler",
    "describe_label",
    "describe_label_group",
    "describe_model",
    "describe_model_version",
    "describe_resource_policy",
    "describe_retraining_scheduler",
    "import_dataset",
    "import_model_version",
    "list_data_ingestion_jobs",
    "list_datasets",
    "list_inference_events",
    "list_inference_executions",
    "list_inference_schedulers",
    "list_label_groups",
    "list_labels",
    "list_model_versions",
    "list_models",
    "list_retraining_schedulers",
    "list_sensor_statistics",
    "list_tags_for_resource",
    "put_resource_policy",
    "start_data_ingestion_job",
    "start_inference_scheduler",
    "start_retraining_scheduler",
    "stop_inference_scheduler",
    "stop_retraining_scheduler",
    "tag_resource",
    "untag_resource",
    "update_active_model_version",
    "update_inference_scheduler",
    "update_label_group",
    "update_model",
    "update_retraining_scheduler",
]
