"""Typed builders of the AWS SDK integration of frauddetector (``aws-sdk:frauddetector:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class VariableEntry(TypedDict, total=False):
    Name: S
    DataType: S
    DataSource: S
    DefaultValue: S
    Description: S
    VariableType: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

BatchCreateVariableParameters = TypedDict(
    "BatchCreateVariableParameters",
    {
        "VariableEntries": L[Xi[VariableEntry]],
        "VariableEntries.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
BatchGetVariableParameters = TypedDict(
    "BatchGetVariableParameters", {"Names": L[Si], "Names.$": str}, total=False
)
CancelBatchImportJobParameters = TypedDict(
    "CancelBatchImportJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
CancelBatchPredictionJobParameters = TypedDict(
    "CancelBatchPredictionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
CreateBatchImportJobParameters = TypedDict(
    "CreateBatchImportJobParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "InputPath": S,
        "InputPath.$": str,
        "OutputPath": S,
        "OutputPath.$": str,
        "EventTypeName": S,
        "EventTypeName.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateBatchPredictionJobParameters = TypedDict(
    "CreateBatchPredictionJobParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "InputPath": S,
        "InputPath.$": str,
        "OutputPath": S,
        "OutputPath.$": str,
        "EventTypeName": S,
        "EventTypeName.$": str,
        "DetectorName": S,
        "DetectorName.$": str,
        "DetectorVersion": S,
        "DetectorVersion.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Rule(TypedDict, total=False):
    DetectorId: S
    RuleId: S
    RuleVersion: S

class ModelVersion(TypedDict, total=False):
    ModelId: S
    ModelType: S
    ModelVersionNumber: S
    Arn: S

CreateDetectorVersionParameters = TypedDict(
    "CreateDetectorVersionParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "Description": S,
        "Description.$": str,
        "ExternalModelEndpoints": L[Si],
        "ExternalModelEndpoints.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
        "ModelVersions": L[Xi[ModelVersion]],
        "ModelVersions.$": str,
        "RuleExecutionMode": S,
        "RuleExecutionMode.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateListParameters = TypedDict(
    "CreateListParameters",
    {
        "Name": S,
        "Name.$": str,
        "Elements": L[Si],
        "Elements.$": str,
        "VariableType": S,
        "VariableType.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateModelParameters = TypedDict(
    "CreateModelParameters",
    {
        "ModelId": S,
        "ModelId.$": str,
        "ModelType": S,
        "ModelType.$": str,
        "Description": S,
        "Description.$": str,
        "EventTypeName": S,
        "EventTypeName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class LabelSchema(TypedDict, total=False):
    LabelMapper: M[L[Si]]
    UnlabeledEventsTreatment: S

class TrainingDataSchema(TypedDict, total=False):
    ModelVariables: L[Si]
    LabelSchema: X[LabelSchema]

class ExternalEventsDetail(TypedDict, total=False):
    DataLocation: S
    DataAccessRoleArn: S

class IngestedEventsTimeWindow(TypedDict, total=False):
    StartTime: S
    EndTime: S

class IngestedEventsDetail(TypedDict, total=False):
    IngestedEventsTimeWindow: X[IngestedEventsTimeWindow]

CreateModelVersionParameters = TypedDict(
    "CreateModelVersionParameters",
    {
        "ModelId": S,
        "ModelId.$": str,
        "ModelType": S,
        "ModelType.$": str,
        "TrainingDataSource": S,
        "TrainingDataSource.$": str,
        "TrainingDataSchema": X[TrainingDataSchema],
        "TrainingDataSchema.$": str,
        "ExternalEventsDetail": X[ExternalEventsDetail],
        "ExternalEventsDetail.$": str,
        "IngestedEventsDetail": X[IngestedEventsDetail],
        "IngestedEventsDetail.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateRuleParameters = TypedDict(
    "CreateRuleParameters",
    {
        "RuleId": S,
        "RuleId.$": str,
        "DetectorId": S,
        "DetectorId.$": str,
        "Description": S,
        "Description.$": str,
        "Expression": S,
        "Expression.$": str,
        "Language": S,
        "Language.$": str,
        "Outcomes": L[Si],
        "Outcomes.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateVariableParameters = TypedDict(
    "CreateVariableParameters",
    {
        "Name": S,
        "Name.$": str,
        "DataType": S,
        "DataType.$": str,
        "DataSource": S,
        "DataSource.$": str,
        "DefaultValue": S,
        "DefaultValue.$": str,
        "Description": S,
        "Description.$": str,
        "VariableType": S,
        "VariableType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteBatchImportJobParameters = TypedDict(
    "DeleteBatchImportJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DeleteBatchPredictionJobParameters = TypedDict(
    "DeleteBatchPredictionJobParameters", {"JobId": S, "JobId.$": str}, total=False
)
DeleteDetectorParameters = TypedDict(
    "DeleteDetectorParameters", {"DetectorId": S, "DetectorId.$": str}, total=False
)
DeleteDetectorVersionParameters = TypedDict(
    "DeleteDetectorVersionParameters",
    {"DetectorId": S, "DetectorId.$": str, "DetectorVersionId": S, "DetectorVersionId.$": str},
    total=False,
)
DeleteEntityTypeParameters = TypedDict(
    "DeleteEntityTypeParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteEventParameters = TypedDict(
    "DeleteEventParameters",
    {
        "EventId": S,
        "EventId.$": str,
        "EventTypeName": S,
        "EventTypeName.$": str,
        "DeleteAuditHistory": B,
        "DeleteAuditHistory.$": str,
    },
    total=False,
)
DeleteEventTypeParameters = TypedDict(
    "DeleteEventTypeParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteEventsByEventTypeParameters = TypedDict(
    "DeleteEventsByEventTypeParameters", {"EventTypeName": S, "EventTypeName.$": str}, total=False
)
DeleteExternalModelParameters = TypedDict(
    "DeleteExternalModelParameters", {"ModelEndpoint": S, "ModelEndpoint.$": str}, total=False
)
DeleteLabelParameters = TypedDict("DeleteLabelParameters", {"Name": S, "Name.$": str}, total=False)
DeleteListParameters = TypedDict("DeleteListParameters", {"Name": S, "Name.$": str}, total=False)
DeleteModelParameters = TypedDict(
    "DeleteModelParameters",
    {"ModelId": S, "ModelId.$": str, "ModelType": S, "ModelType.$": str},
    total=False,
)
DeleteModelVersionParameters = TypedDict(
    "DeleteModelVersionParameters",
    {
        "ModelId": S,
        "ModelId.$": str,
        "ModelType": S,
        "ModelType.$": str,
        "ModelVersionNumber": S,
        "ModelVersionNumber.$": str,
    },
    total=False,
)
DeleteOutcomeParameters = TypedDict(
    "DeleteOutcomeParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteRuleParameters = TypedDict(
    "DeleteRuleParameters", {"Rule": X[Rule], "Rule.$": str}, total=False
)
DeleteVariableParameters = TypedDict(
    "DeleteVariableParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeDetectorParameters = TypedDict(
    "DescribeDetectorParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeModelVersionsParameters = TypedDict(
    "DescribeModelVersionsParameters",
    {
        "ModelId": S,
        "ModelId.$": str,
        "ModelVersionNumber": S,
        "ModelVersionNumber.$": str,
        "ModelType": S,
        "ModelType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetBatchImportJobsParameters = TypedDict(
    "GetBatchImportJobsParameters",
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
GetBatchPredictionJobsParameters = TypedDict(
    "GetBatchPredictionJobsParameters",
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
GetDeleteEventsByEventTypeStatusParameters = TypedDict(
    "GetDeleteEventsByEventTypeStatusParameters",
    {"EventTypeName": S, "EventTypeName.$": str},
    total=False,
)
GetDetectorVersionParameters = TypedDict(
    "GetDetectorVersionParameters",
    {"DetectorId": S, "DetectorId.$": str, "DetectorVersionId": S, "DetectorVersionId.$": str},
    total=False,
)
GetDetectorsParameters = TypedDict(
    "GetDetectorsParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetEntityTypesParameters = TypedDict(
    "GetEntityTypesParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetEventParameters = TypedDict(
    "GetEventParameters",
    {"EventId": S, "EventId.$": str, "EventTypeName": S, "EventTypeName.$": str},
    total=False,
)

class Entity(TypedDict, total=False):
    EntityType: S
    EntityId: S

class ModelEndpointDataBlob(TypedDict, total=False):
    ByteBuffer: S
    ContentType: S

GetEventPredictionParameters = TypedDict(
    "GetEventPredictionParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "DetectorVersionId": S,
        "DetectorVersionId.$": str,
        "EventId": S,
        "EventId.$": str,
        "EventTypeName": S,
        "EventTypeName.$": str,
        "Entities": L[Xi[Entity]],
        "Entities.$": str,
        "EventTimestamp": S,
        "EventTimestamp.$": str,
        "EventVariables": M[S],
        "EventVariables.$": str,
        "ExternalModelEndpointDataBlobs": M[X[ModelEndpointDataBlob]],
        "ExternalModelEndpointDataBlobs.$": str,
    },
    total=False,
)
GetEventPredictionMetadataParameters = TypedDict(
    "GetEventPredictionMetadataParameters",
    {
        "EventId": S,
        "EventId.$": str,
        "EventTypeName": S,
        "EventTypeName.$": str,
        "DetectorId": S,
        "DetectorId.$": str,
        "DetectorVersionId": S,
        "DetectorVersionId.$": str,
        "PredictionTimestamp": S,
        "PredictionTimestamp.$": str,
    },
    total=False,
)
GetEventTypesParameters = TypedDict(
    "GetEventTypesParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetExternalModelsParameters = TypedDict(
    "GetExternalModelsParameters",
    {
        "ModelEndpoint": S,
        "ModelEndpoint.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class GetKMSEncryptionKeyParameters(TypedDict, total=False): ...

GetLabelsParameters = TypedDict(
    "GetLabelsParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetListElementsParameters = TypedDict(
    "GetListElementsParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetListsMetadataParameters = TypedDict(
    "GetListsMetadataParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetModelVersionParameters = TypedDict(
    "GetModelVersionParameters",
    {
        "ModelId": S,
        "ModelId.$": str,
        "ModelType": S,
        "ModelType.$": str,
        "ModelVersionNumber": S,
        "ModelVersionNumber.$": str,
    },
    total=False,
)
GetModelsParameters = TypedDict(
    "GetModelsParameters",
    {
        "ModelId": S,
        "ModelId.$": str,
        "ModelType": S,
        "ModelType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetOutcomesParameters = TypedDict(
    "GetOutcomesParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetRulesParameters = TypedDict(
    "GetRulesParameters",
    {
        "RuleId": S,
        "RuleId.$": str,
        "DetectorId": S,
        "DetectorId.$": str,
        "RuleVersion": S,
        "RuleVersion.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetVariablesParameters = TypedDict(
    "GetVariablesParameters",
    {
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class FilterCondition(TypedDict, total=False):
    Value: S

class PredictionTimeRange(TypedDict, total=False):
    StartTime: S
    EndTime: S

ListEventPredictionsParameters = TypedDict(
    "ListEventPredictionsParameters",
    {
        "EventId": X[FilterCondition],
        "EventId.$": str,
        "EventType": X[FilterCondition],
        "EventType.$": str,
        "DetectorId": X[FilterCondition],
        "DetectorId.$": str,
        "DetectorVersionId": X[FilterCondition],
        "DetectorVersionId.$": str,
        "PredictionTimeRange": X[PredictionTimeRange],
        "PredictionTimeRange.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
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
PutDetectorParameters = TypedDict(
    "PutDetectorParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "Description": S,
        "Description.$": str,
        "EventTypeName": S,
        "EventTypeName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
PutEntityTypeParameters = TypedDict(
    "PutEntityTypeParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class EventOrchestration(TypedDict, total=False):
    EventBridgeEnabled: B

PutEventTypeParameters = TypedDict(
    "PutEventTypeParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "EventVariables": L[Si],
        "EventVariables.$": str,
        "Labels": L[Si],
        "Labels.$": str,
        "EntityTypes": L[Si],
        "EntityTypes.$": str,
        "EventIngestion": S,
        "EventIngestion.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "EventOrchestration": X[EventOrchestration],
        "EventOrchestration.$": str,
    },
    total=False,
)

class ModelInputConfiguration(TypedDict, total=False):
    EventTypeName: S
    Format: S
    UseEventVariables: B
    JsonInputTemplate: S
    CsvInputTemplate: S

class ModelOutputConfiguration(TypedDict, total=False):
    Format: S
    JsonKeyToVariableMap: M[S]
    CsvIndexToVariableMap: M[S]

PutExternalModelParameters = TypedDict(
    "PutExternalModelParameters",
    {
        "ModelEndpoint": S,
        "ModelEndpoint.$": str,
        "ModelSource": S,
        "ModelSource.$": str,
        "InvokeModelEndpointRoleArn": S,
        "InvokeModelEndpointRoleArn.$": str,
        "InputConfiguration": X[ModelInputConfiguration],
        "InputConfiguration.$": str,
        "OutputConfiguration": X[ModelOutputConfiguration],
        "OutputConfiguration.$": str,
        "ModelEndpointStatus": S,
        "ModelEndpointStatus.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
PutKMSEncryptionKeyParameters = TypedDict(
    "PutKMSEncryptionKeyParameters",
    {"KmsEncryptionKeyArn": S, "KmsEncryptionKeyArn.$": str},
    total=False,
)
PutLabelParameters = TypedDict(
    "PutLabelParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
PutOutcomeParameters = TypedDict(
    "PutOutcomeParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
SendEventParameters = TypedDict(
    "SendEventParameters",
    {
        "EventId": S,
        "EventId.$": str,
        "EventTypeName": S,
        "EventTypeName.$": str,
        "EventTimestamp": S,
        "EventTimestamp.$": str,
        "EventVariables": M[S],
        "EventVariables.$": str,
        "AssignedLabel": S,
        "AssignedLabel.$": str,
        "LabelTimestamp": S,
        "LabelTimestamp.$": str,
        "Entities": L[Xi[Entity]],
        "Entities.$": str,
    },
    total=False,
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
UpdateDetectorVersionParameters = TypedDict(
    "UpdateDetectorVersionParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "DetectorVersionId": S,
        "DetectorVersionId.$": str,
        "ExternalModelEndpoints": L[Si],
        "ExternalModelEndpoints.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
        "Description": S,
        "Description.$": str,
        "ModelVersions": L[Xi[ModelVersion]],
        "ModelVersions.$": str,
        "RuleExecutionMode": S,
        "RuleExecutionMode.$": str,
    },
    total=False,
)
UpdateDetectorVersionMetadataParameters = TypedDict(
    "UpdateDetectorVersionMetadataParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "DetectorVersionId": S,
        "DetectorVersionId.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateDetectorVersionStatusParameters = TypedDict(
    "UpdateDetectorVersionStatusParameters",
    {
        "DetectorId": S,
        "DetectorId.$": str,
        "DetectorVersionId": S,
        "DetectorVersionId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateEventLabelParameters = TypedDict(
    "UpdateEventLabelParameters",
    {
        "EventId": S,
        "EventId.$": str,
        "EventTypeName": S,
        "EventTypeName.$": str,
        "AssignedLabel": S,
        "AssignedLabel.$": str,
        "LabelTimestamp": S,
        "LabelTimestamp.$": str,
    },
    total=False,
)
UpdateListParameters = TypedDict(
    "UpdateListParameters",
    {
        "Name": S,
        "Name.$": str,
        "Elements": L[Si],
        "Elements.$": str,
        "Description": S,
        "Description.$": str,
        "UpdateMode": S,
        "UpdateMode.$": str,
        "VariableType": S,
        "VariableType.$": str,
    },
    total=False,
)
UpdateModelParameters = TypedDict(
    "UpdateModelParameters",
    {
        "ModelId": S,
        "ModelId.$": str,
        "ModelType": S,
        "ModelType.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateModelVersionParameters = TypedDict(
    "UpdateModelVersionParameters",
    {
        "ModelId": S,
        "ModelId.$": str,
        "ModelType": S,
        "ModelType.$": str,
        "MajorVersionNumber": S,
        "MajorVersionNumber.$": str,
        "ExternalEventsDetail": X[ExternalEventsDetail],
        "ExternalEventsDetail.$": str,
        "IngestedEventsDetail": X[IngestedEventsDetail],
        "IngestedEventsDetail.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UpdateModelVersionStatusParameters = TypedDict(
    "UpdateModelVersionStatusParameters",
    {
        "ModelId": S,
        "ModelId.$": str,
        "ModelType": S,
        "ModelType.$": str,
        "ModelVersionNumber": S,
        "ModelVersionNumber.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateRuleMetadataParameters = TypedDict(
    "UpdateRuleMetadataParameters",
    {"Rule": X[Rule], "Rule.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdateRuleVersionParameters = TypedDict(
    "UpdateRuleVersionParameters",
    {
        "Rule": X[Rule],
        "Rule.$": str,
        "Description": S,
        "Description.$": str,
        "Expression": S,
        "Expression.$": str,
        "Language": S,
        "Language.$": str,
        "Outcomes": L[Si],
        "Outcomes.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UpdateVariableParameters = TypedDict(
    "UpdateVariableParameters",
    {
        "Name": S,
        "Name.$": str,
        "DefaultValue": S,
        "DefaultValue.$": str,
        "Description": S,
        "Description.$": str,
        "VariableType": S,
        "VariableType.$": str,
    },
    total=False,
)
batch_create_variable: Builder[BatchCreateVariableParameters]
batch_get_variable: Builder[BatchGetVariableParameters]
cancel_batch_import_job: Builder[CancelBatchImportJobParameters]
cancel_batch_prediction_job: Builder[CancelBatchPredictionJobParameters]
create_batch_import_job: Builder[CreateBatchImportJobParameters]
create_batch_prediction_job: Builder[CreateBatchPredictionJobParameters]
create_detector_version: Builder[CreateDetectorVersionParameters]
create_list: Builder[CreateListParameters]
create_model: Builder[CreateModelParameters]
create_model_version: Builder[CreateModelVersionParameters]
create_rule: Builder[CreateRuleParameters]
create_variable: Builder[CreateVariableParameters]
delete_batch_import_job: Builder[DeleteBatchImportJobParameters]
delete_batch_prediction_job: Builder[DeleteBatchPredictionJobParameters]
delete_detector: Builder[DeleteDetectorParameters]
delete_detector_version: Builder[DeleteDetectorVersionParameters]
delete_entity_type: Builder[DeleteEntityTypeParameters]
delete_event: Builder[DeleteEventParameters]
delete_event_type: Builder[DeleteEventTypeParameters]
delete_events_by_event_type: Builder[DeleteEventsByEventTypeParameters]
delete_external_model: Builder[DeleteExternalModelParameters]
delete_label: Builder[DeleteLabelParameters]
delete_list: Builder[DeleteListParameters]
delete_model: Builder[DeleteModelParameters]
delete_model_version: Builder[DeleteModelVersionParameters]
delete_outcome: Builder[DeleteOutcomeParameters]
delete_rule: Builder[DeleteRuleParameters]
delete_variable: Builder[DeleteVariableParameters]
describe_detector: Builder[DescribeDetectorParameters]
describe_model_versions: Builder[DescribeModelVersionsParameters]
get_batch_import_jobs: Builder[GetBatchImportJobsParameters]
get_batch_prediction_jobs: Builder[GetBatchPredictionJobsParameters]
get_delete_events_by_event_type_status: Builder[GetDeleteEventsByEventTypeStatusParameters]
get_detector_version: Builder[GetDetectorVersionParameters]
get_detectors: Builder[GetDetectorsParameters]
get_entity_types: Builder[GetEntityTypesParameters]
get_event: Builder[GetEventParameters]
get_event_prediction: Builder[GetEventPredictionParameters]
get_event_prediction_metadata: Builder[GetEventPredictionMetadataParameters]
get_event_types: Builder[GetEventTypesParameters]
get_external_models: Builder[GetExternalModelsParameters]
get_kms_encryption_key: Builder[GetKMSEncryptionKeyParameters]
get_labels: Builder[GetLabelsParameters]
get_list_elements: Builder[GetListElementsParameters]
get_lists_metadata: Builder[GetListsMetadataParameters]
get_model_version: Builder[GetModelVersionParameters]
get_models: Builder[GetModelsParameters]
get_outcomes: Builder[GetOutcomesParameters]
get_rules: Builder[GetRulesParameters]
get_variables: Builder[GetVariablesParameters]
list_event_predictions: Builder[ListEventPredictionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_detector: Builder[PutDetectorParameters]
put_entity_type: Builder[PutEntityTypeParameters]
put_event_type: Builder[PutEventTypeParameters]
put_external_model: Builder[PutExternalModelParameters]
put_kms_encryption_key: Builder[PutKMSEncryptionKeyParameters]
put_label: Builder[PutLabelParameters]
put_outcome: Builder[PutOutcomeParameters]
send_event: Builder[SendEventParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_detector_version: Builder[UpdateDetectorVersionParameters]
update_detector_version_metadata: Builder[UpdateDetectorVersionMetadataParameters]
update_detector_version_status: Builder[UpdateDetectorVersionStatusParameters]
update_event_label: Builder[UpdateEventLabelParameters]
update_list: Builder[UpdateListParameters]
update_model: Builder[UpdateModelParameters]
update_model_version: Builder[UpdateModelVersionParameters]
update_model_version_status: Builder[UpdateModelVersionStatusParameters]
update_rule_metadata: Builder[UpdateRuleMetadataParameters]
update_rule_version: Builder[UpdateRuleVersionParameters]
update_variable: Builder[UpdateVariableParameters]

__all__ = [
    "batch_create_variable",
    "batch_get_variable",
    "cancel_batch_import_job",
    "cancel_batch_prediction_job",
    "create_batch_import_job",
    "create_batch_prediction_job",
    "create_detector_version",
    "create_list",
    "create_model",
    "create_model_version",
    "create_rule",
    "create_variable",
    "delete_batch_import_job",
    "delete_batch_prediction_job",
    "delete_detector",
    "delete_detector_version",
    "delete_entity_type",
    "delete_event",
    "delete_event_type",
    "delete_events_by_event_type",
    "delete_external_model",
    "delete_label",
    "delete_list",
    "delete_model",
    "delete_model_version",
    "delete_outcome",
    "delete_rule",
    "delete_variable",
    "describe_detector",
    "describe_model_versions",
    "get_batch_import_jobs",
    "get_batch_prediction_jobs",
    "get_delete_events_by_event_type_status",
    "get_detector_version",
    "get_detectors",
    "get_entity_types",
    "get_event",
    "get_event_prediction",
    "get_event_prediction_metadata",
    "get_event_types",
    "get_external_models",
    "get_kms_encryption_key",
    "get_labels",
    "get_list_elements",
    "get_lists_metadata",
    "get_model_version",
    "get_models",
    "get_outcomes",
    "get_rules",
    "get_variables",
    "list_event_predictions",
    "list_tags_for_resource",
    "put_detector",
    "put_entity_type",
    "put_event_type",
    "put_external_model",
    "put_kms_encryption_key",
    "put_label",
    "put_outcome",
    "send_event",
    "tag_resource",
    "untag_resource",
    "update_detector_version",
    "update_detector_version_metadata",
    "update_detector_version_status",
    "update_event_label",
    "update_list",
    "update_model",
    "update_model_version",
    "update_model_version_status",
    "update_rule_metadata",
    "update_rule_version",
    "update_variable",
]
