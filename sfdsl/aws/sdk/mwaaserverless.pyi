"""Typed builders of the AWS SDK integration of mwaaserverless (``aws-sdk:mwaaserverless:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, Doc, I, L, M, S, Si, X

CreateAirflowUiUrlParameters = TypedDict(
    "CreateAirflowUiUrlParameters",
    {
        "ExpiresInSeconds": I,
        "ExpiresInSeconds.$": str,
        "SessionDurationInSeconds": I,
        "SessionDurationInSeconds.$": str,
    },
    total=False,
)

class DefinitionS3Location(TypedDict, total=False):
    Bucket: S
    ObjectKey: S
    VersionId: S

class S3Location(TypedDict, total=False):
    Bucket: S
    ObjectKey: S
    VersionId: S

class Code(TypedDict, total=False):
    S3Location: X[S3Location]

class EncryptionConfiguration(TypedDict, total=False):
    Type: S
    KmsKeyId: S

class LoggingConfiguration(TypedDict, total=False):
    LogGroupName: S

class NetworkConfiguration(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]

class Environment(TypedDict, total=False):
    Variables: M[S]

CreateWorkflowParameters = TypedDict(
    "CreateWorkflowParameters",
    {
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DefinitionS3Location": X[DefinitionS3Location],
        "DefinitionS3Location.$": str,
        "Code": X[Code],
        "Code.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "LoggingConfiguration": X[LoggingConfiguration],
        "LoggingConfiguration.$": str,
        "EngineVersion": I,
        "EngineVersion.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "Environment": X[Environment],
        "Environment.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TriggerMode": S,
        "TriggerMode.$": str,
        "OnBehalfOf": S,
        "OnBehalfOf.$": str,
    },
    total=False,
)
DeleteWorkflowParameters = TypedDict(
    "DeleteWorkflowParameters",
    {"WorkflowArn": S, "WorkflowArn.$": str, "WorkflowVersion": S, "WorkflowVersion.$": str},
    total=False,
)
GetTaskInstanceParameters = TypedDict(
    "GetTaskInstanceParameters",
    {
        "WorkflowArn": S,
        "WorkflowArn.$": str,
        "TaskInstanceId": S,
        "TaskInstanceId.$": str,
        "RunId": S,
        "RunId.$": str,
    },
    total=False,
)
GetWorkflowParameters = TypedDict(
    "GetWorkflowParameters",
    {"WorkflowArn": S, "WorkflowArn.$": str, "WorkflowVersion": S, "WorkflowVersion.$": str},
    total=False,
)
GetWorkflowRunParameters = TypedDict(
    "GetWorkflowRunParameters",
    {"WorkflowArn": S, "WorkflowArn.$": str, "RunId": S, "RunId.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTaskInstancesParameters = TypedDict(
    "ListTaskInstancesParameters",
    {
        "WorkflowArn": S,
        "WorkflowArn.$": str,
        "RunId": S,
        "RunId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListWorkflowRunsParameters = TypedDict(
    "ListWorkflowRunsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "WorkflowArn": S,
        "WorkflowArn.$": str,
        "WorkflowVersion": S,
        "WorkflowVersion.$": str,
    },
    total=False,
)
ListWorkflowVersionsParameters = TypedDict(
    "ListWorkflowVersionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "WorkflowArn": S,
        "WorkflowArn.$": str,
    },
    total=False,
)
ListWorkflowsParameters = TypedDict(
    "ListWorkflowsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
StartWorkflowRunParameters = TypedDict(
    "StartWorkflowRunParameters",
    {
        "WorkflowArn": S,
        "WorkflowArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "OverrideParameters": M[Doc],
        "OverrideParameters.$": str,
        "WorkflowVersion": S,
        "WorkflowVersion.$": str,
    },
    total=False,
)
StopWorkflowRunParameters = TypedDict(
    "StopWorkflowRunParameters",
    {"WorkflowArn": S, "WorkflowArn.$": str, "RunId": S, "RunId.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateWorkflowParameters = TypedDict(
    "UpdateWorkflowParameters",
    {
        "WorkflowArn": S,
        "WorkflowArn.$": str,
        "DefinitionS3Location": X[DefinitionS3Location],
        "DefinitionS3Location.$": str,
        "Code": X[Code],
        "Code.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "LoggingConfiguration": X[LoggingConfiguration],
        "LoggingConfiguration.$": str,
        "EngineVersion": I,
        "EngineVersion.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "Environment": X[Environment],
        "Environment.$": str,
        "TriggerMode": S,
        "TriggerMode.$": str,
        "OnBehalfOf": S,
        "OnBehalfOf.$": str,
    },
    total=False,
)
create_airflow_ui_url: Builder[CreateAirflowUiUrlParameters]
create_workflow: Builder[CreateWorkflowParameters]
delete_workflow: Builder[DeleteWorkflowParameters]
get_task_instance: Builder[GetTaskInstanceParameters]
get_workflow: Builder[GetWorkflowParameters]
get_workflow_run: Builder[GetWorkflowRunParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_task_instances: Builder[ListTaskInstancesParameters]
list_workflow_runs: Builder[ListWorkflowRunsParameters]
list_workflow_versions: Builder[ListWorkflowVersionsParameters]
list_workflows: Builder[ListWorkflowsParameters]
start_workflow_run: Builder[StartWorkflowRunParameters]
stop_workflow_run: Builder[StopWorkflowRunParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_workflow: Builder[UpdateWorkflowParameters]

__all__ = [
    "create_airflow_ui_url",
    "create_workflow",
    "delete_workflow",
    "get_task_instance",
    "get_workflow",
    "get_workflow_run",
    "list_tags_for_resource",
    "list_task_instances",
    "list_workflow_runs",
    "list_workflow_versions",
    "list_workflows",
    "start_workflow_run",
    "stop_workflow_run",
    "tag_resource",
    "untag_resource",
    "update_workflow",
]
