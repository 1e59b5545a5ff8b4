"""Typed builders of the AWS SDK integration of datapipeline (``aws-sdk:datapipeline:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class ParameterValue(TypedDict, total=False):
    Id: S
    StringValue: S

ActivatePipelineParameters = TypedDict(
    "ActivatePipelineParameters",
    {
        "PipelineId": S,
        "PipelineId.$": str,
        "ParameterValues": L[Xi[ParameterValue]],
        "ParameterValues.$": str,
        "StartTimestamp": T,
        "StartTimestamp.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsParameters = TypedDict(
    "AddTagsParameters",
    {"PipelineId": S, "PipelineId.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
CreatePipelineParameters = TypedDict(
    "CreatePipelineParameters",
    {
        "Name": S,
        "Name.$": str,
        "UniqueId": S,
        "UniqueId.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeactivatePipelineParameters = TypedDict(
    "DeactivatePipelineParameters",
    {"PipelineId": S, "PipelineId.$": str, "CancelActive": B, "CancelActive.$": str},
    total=False,
)
DeletePipelineParameters = TypedDict(
    "DeletePipelineParameters", {"PipelineId": S, "PipelineId.$": str}, total=False
)
DescribeObjectsParameters = TypedDict(
    "DescribeObjectsParameters",
    {
        "PipelineId": S,
        "PipelineId.$": str,
        "ObjectIds": L[Si],
        "ObjectIds.$": str,
        "EvaluateExpressions": B,
        "EvaluateExpressions.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribePipelinesParameters = TypedDict(
    "DescribePipelinesParameters", {"PipelineIds": L[Si], "PipelineIds.$": str}, total=False
)
EvaluateExpressionParameters = TypedDict(
    "EvaluateExpressionParameters",
    {
        "PipelineId": S,
        "PipelineId.$": str,
        "ObjectId": S,
        "ObjectId.$": str,
        "Expression": S,
        "Expression.$": str,
    },
    total=False,
)
GetPipelineDefinitionParameters = TypedDict(
    "GetPipelineDefinitionParameters",
    {"PipelineId": S, "PipelineId.$": str, "Version": S, "Version.$": str},
    total=False,
)
ListPipelinesParameters = TypedDict(
    "ListPipelinesParameters", {"Marker": S, "Marker.$": str}, total=False
)

class InstanceIdentity(TypedDict, total=False):
    Document: S
    Signature: S

PollForTaskParameters = TypedDict(
    "PollForTaskParameters",
    {
        "WorkerGroup": S,
        "WorkerGroup.$": str,
        "Hostname": S,
        "Hostname.$": str,
        "InstanceIdentity": X[InstanceIdentity],
        "InstanceIdentity.$": str,
    },
    total=False,
)

class Field(TypedDict, total=False):
    Key: S
    StringValue: S
    RefValue: S

class PipelineObject(TypedDict, total=False):
    Id: S
    Name: S
    Fields: L[Xi[Field]]

class ParameterAttribute(TypedDict, total=False):
    Key: S
    StringValue: S

class ParameterObject(TypedDict, total=False):
    Id: S
    Attributes: L[Xi[ParameterAttribute]]

PutPipelineDefinitionParameters = TypedDict(
    "PutPipelineDefinitionParameters",
    {
        "PipelineId": S,
        "PipelineId.$": str,
        "PipelineObjects": L[Xi[PipelineObject]],
        "PipelineObjects.$": str,
        "ParameterObjects": L[Xi[ParameterObject]],
        "ParameterObjects.$": str,
        "ParameterValues": L[Xi[ParameterValue]],
        "ParameterValues.$": str,
    },
    total=False,
)

class Operator(TypedDict, total=False):
    Type: S
    Values: L[Si]

class Selector(TypedDict, total=False):
    FieldName: S
    Operator: X[Operator]

class Query(TypedDict, total=False):
    Selectors: L[Xi[Selector]]

QueryObjectsParameters = TypedDict(
    "QueryObjectsParameters",
    {
        "PipelineId": S,
        "PipelineId.$": str,
        "Query": X[Query],
        "Query.$": str,
        "Sphere": S,
        "Sphere.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
RemoveTagsParameters = TypedDict(
    "RemoveTagsParameters",
    {"PipelineId": S, "PipelineId.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
ReportTaskProgressParameters = TypedDict(
    "ReportTaskProgressParameters",
    {"TaskId": S, "TaskId.$": str, "Fields": L[Xi[Field]], "Fields.$": str},
    total=False,
)
ReportTaskRunnerHeartbeatParameters = TypedDict(
    "ReportTaskRunnerHeartbeatParameters",
    {
        "TaskrunnerId": S,
        "TaskrunnerId.$": str,
        "WorkerGroup": S,
        "WorkerGroup.$": str,
        "Hostname": S,
        "Hostname.$": str,
    },
    total=False,
)
SetStatusParameters = TypedDict(
    "SetStatusParameters",
    {
        "PipelineId": S,
        "PipelineId.$": str,
        "ObjectIds": L[Si],
        "ObjectIds.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
SetTaskStatusParameters = TypedDict(
    "SetTaskStatusParameters",
    {
        "TaskId": S,
        "TaskId.$": str,
        "TaskStatus": S,
        "TaskStatus.$": str,
        "ErrorId": S,
        "ErrorId.$": str,
        "ErrorMessage": S,
        "ErrorMessage.$": str,
        "ErrorStackTrace": S,
        "ErrorStackTrace.$": str,
    },
    total=False,
)
ValidatePipelineDefinitionParameters = TypedDict(
    "ValidatePipelineDefinitionParameters",
    {
        "PipelineId": S,
        "PipelineId.$": str,
        "PipelineObjects": L[Xi[PipelineObject]],
        "PipelineObjects.$": str,
        "ParameterObjects": L[Xi[ParameterObject]],
        "ParameterObjects.$": str,
        "ParameterValues": L[Xi[ParameterValue]],
        "ParameterValues.$": str,
    },
    total=False,
)
activate_pipeline: Builder[ActivatePipelineParameters]
add_tags: Builder[AddTagsParameters]
create_pipeline: Builder[CreatePipelineParameters]
deactivate_pipeline: Builder[DeactivatePipelineParameters]
delete_pipeline: Builder[DeletePipelineParameters]
describe_objects: Builder[DescribeObjectsParameters]
describe_pipelines: Builder[DescribePipelinesParameters]
evaluate_expression: Builder[EvaluateExpressionParameters]
get_pipeline_definition: Builder[GetPipelineDefinitionParameters]
list_pipelines: Builder[ListPipelinesParameters]
poll_for_task: Builder[PollForTaskParameters]
put_pipeline_definition: Builder[PutPipelineDefinitionParameters]
query_objects: Builder[QueryObjectsParameters]
remove_tags: Builder[RemoveTagsParameters]
report_task_progress: Builder[ReportTaskProgressParameters]
report_task_runner_heartbeat: Builder[ReportTaskRunnerHeartbeatParameters]
set_status: Builder[SetStatusParameters]
set_task_status: Builder[SetTaskStatusParameters]
validate_pipeline_definition: Builder[ValidatePipelineDefinitionParameters]

__all__ = [
    "activate_pipeline",
    "add_tags",
    "create_pipeline",
    "deactivate_pipeline",
    "delete_pipeline",
    "describe_objects",
    "describe_pipelines",
    "evaluate_expression",
    "get_pipeline_definition",
    "list_pipelines",
    "poll_for_task",
    "put_pipeline_definition",
    "query_objects",
    "remove_tags",
    "report_task_progress",
    "report_task_runner_heartbeat",
    "set_status",
    "set_task_status",
    "validate_pipeline_definition",
]
