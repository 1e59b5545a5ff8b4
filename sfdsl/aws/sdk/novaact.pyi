"""Typed builders of the AWS SDK integration of novaact (``aws-sdk:novaact:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, Doc, I, L, S, X, Xi

class ToolInputSchema(TypedDict, total=False):
    Json: Doc

class ToolSpec(TypedDict, total=False):
    Name: S
    Description: S
    InputSchema: X[ToolInputSchema]

CreateActParameters = TypedDict(
    "CreateActParameters",
    {
        "WorkflowDefinitionName": S,
        "WorkflowDefinitionName.$": str,
        "WorkflowRunId": S,
        "WorkflowRunId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "Task": S,
        "Task.$": str,
        "ToolSpecs": L[Xi[ToolSpec]],
        "ToolSpecs.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateSessionParameters = TypedDict(
    "CreateSessionParameters",
    {
        "WorkflowDefinitionName": S,
        "WorkflowDefinitionName.$": str,
        "WorkflowRunId": S,
        "WorkflowRunId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class WorkflowExportConfig(TypedDict, total=False):
    S3BucketName: S
    S3KeyPrefix: S

CreateWorkflowDefinitionParameters = TypedDict(
    "CreateWorkflowDefinitionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ExportConfig": X[WorkflowExportConfig],
        "ExportConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ClientInfo(TypedDict, total=False):
    CompatibilityVersion: I
    SdkVersion: S

CreateWorkflowRunParameters = TypedDict(
    "CreateWorkflowRunParameters",
    {
        "WorkflowDefinitionName": S,
        "WorkflowDefinitionName.$": str,
        "ModelId": S,
        "ModelId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LogGroupName": S,
        "LogGroupName.$": str,
        "ClientInfo": X[ClientInfo],
        "ClientInfo.$": str,
    },
    total=False,
)
DeleteWorkflowDefinitionParameters = TypedDict(
    "DeleteWorkflowDefinitionParameters",
    {"WorkflowDefinitionName": S, "WorkflowDefinitionName.$": str},
    total=False,
)
DeleteWorkflowRunParameters = TypedDict(
    "DeleteWorkflowRunParameters",
    {
        "WorkflowDefinitionName": S,
        "WorkflowDefinitionName.$": str,
        "WorkflowRunId": S,
        "WorkflowRunId.$": str,
    },
    total=False,
)
GetWorkflowDefinitionParameters = TypedDict(
    "GetWorkflowDefinitionParameters",
    {"WorkflowDefinitionName": S, "WorkflowDefinitionName.$": str},
    total=False,
)
GetWorkflowRunParameters = TypedDict(
    "GetWorkflowRunParameters",
    {
        "WorkflowDefinitionName": S,
        "WorkflowDefinitionName.$": str,
        "WorkflowRunId": S,
        "WorkflowRunId.$": str,
    },
    total=False,
)

class CallResultContent(TypedDict, total=False):
    Text: S

class CallResult(TypedDict, total=False):
    CallId: S
    Content: L[Xi[CallResultContent]]

InvokeActStepParameters = TypedDict(
    "InvokeActStepParameters",
    {
        "WorkflowDefinitionName": S,
        "WorkflowDefinitionName.$": str,
        "WorkflowRunId": S,
        "WorkflowRunId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ActId": S,
        "ActId.$": str,
        "CallResults": L[Xi[CallResult]],
        "CallResults.$": str,
        "PreviousStepId": S,
        "PreviousStepId.$": str,
    },
    total=False,
)
ListActsParameters = TypedDict(
    "ListActsParameters",
    {
        "WorkflowDefinitionName": S,
        "WorkflowDefinitionName.$": str,
        "WorkflowRunId": S,
        "WorkflowRunId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListModelsParameters = TypedDict(
    "ListModelsParameters",
    {"ClientCompatibilityVersion": I, "ClientCompatibilityVersion.$": str},
    total=False,
)
ListSessionsParameters = TypedDict(
    "ListSessionsParameters",
    {
        "WorkflowDefinitionName": S,
        "WorkflowDefinitionName.$": str,
        "WorkflowRunId": S,
        "WorkflowRunId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListWorkflowDefinitionsParameters = TypedDict(
    "ListWorkflowDefinitionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListWorkflowRunsParameters = TypedDict(
    "ListWorkflowRunsParameters",
    {
        "WorkflowDefinitionName": S,
        "WorkflowDefinitionName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)

class ActError(TypedDict, total=False):
    Message: S
    Type: S

UpdateActParameters = TypedDict(
    "UpdateActParameters",
    {
        "WorkflowDefinitionName": S,
        "WorkflowDefinitionName.$": str,
        "WorkflowRunId": S,
        "WorkflowRunId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ActId": S,
        "ActId.$": str,
        "Status": S,
        "Status.$": str,
        "Error": X[ActError],
        "Error.$": str,
    },
    total=False,
)
UpdateWorkflowRunParameters = TypedDict(
    "UpdateWorkflowRunParameters",
    {
        "WorkflowDefinitionName": S,
        "WorkflowDefinitionName.$": str,
        "WorkflowRunId": S,
        "WorkflowRunId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
create_act: Builder[CreateActParameters]
create_session: Builder[CreateSessionParameters]
create_workflow_definition: Builder[CreateWorkflowDefinitionParameters]
create_workflow_run: Builder[CreateWorkflowRunParameters]
delete_workflow_definition: Builder[DeleteWorkflowDefinitionParameters]
delete_workflow_run: Builder[DeleteWorkflowRunParameters]
get_workflow_definition: Builder[GetWorkflowDefinitionParameters]
get_workflow_run: Builder[GetWorkflowRunParameters]
invoke_act_step: Builder[InvokeActStepParameters]
list_acts: Builder[ListActsParameters]
list_models: Builder[ListModelsParameters]
list_sessions: Builder[ListSessionsParameters]
list_workflow_definitions: Builder[ListWorkflowDefinitionsParameters]
list_workflow_runs: Builder[ListWorkflowRunsParameters]
update_act: Builder[UpdateActParameters]
update_workflow_run: Builder[UpdateWorkflowRunParameters]

__all__ = [
    "create_act",
    "create_session",
    "create_workflow_definition",
    "create_workflow_run",
    "delete_workflow_definition",
    "delete_workflow_run",
    "get_workflow_definition",
    "get_workflow_run",
    "invoke_act_step",
    "list_acts",
    "list_models",
    "list_sessions",
    "list_workflow_definitions",
    "list_workflow_runs",
    "update_act",
    "update_workflow_run",
]
