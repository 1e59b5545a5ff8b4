"""Typed builders of the AWS SDK integration of migrationhuborchestrator (``aws-sdk:migrationhuborchestrator:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class TemplateSource(TypedDict, total=False):
    WorkflowId: S

CreateTemplateParameters = TypedDict(
    "CreateTemplateParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateDescription": S,
        "TemplateDescription.$": str,
        "TemplateSource": X[TemplateSource],
        "TemplateSource.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class StepInput(TypedDict, total=False):
    IntegerValue: I
    StringValue: S
    ListOfStringsValue: L[Si]
    MapOfStringValue: M[S]

CreateWorkflowParameters = TypedDict(
    "CreateWorkflowParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "ApplicationConfigurationId": S,
        "ApplicationConfigurationId.$": str,
        "InputParameters": M[X[StepInput]],
        "InputParameters.$": str,
        "StepTargets": L[Si],
        "StepTargets.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class PlatformScriptKey(TypedDict, total=False):
    Linux: S
    Windows: S

class PlatformCommand(TypedDict, total=False):
    Linux: S
    Windows: S

class WorkflowStepAutomationConfiguration(TypedDict, total=False):
    ScriptLocationS3Bucket: S
    ScriptLocationS3Key: X[PlatformScriptKey]
    Command: X[PlatformCommand]
    RunEnvironment: S
    TargetType: S

class WorkflowStepOutputUnion(TypedDict, total=False):
    IntegerValue: I
    StringValue: S
    ListOfStringValue: L[Si]

class WorkflowStepOutput(TypedDict, total=False):
    Name: S
    DataType: S
    Required: B
    Value: X[WorkflowStepOutputUnion]

CreateWorkflowStepParameters = TypedDict(
    "CreateWorkflowStepParameters",
    {
        "Name": S,
        "Name.$": str,
        "StepGroupId": S,
        "StepGroupId.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
        "StepActionType": S,
        "StepActionType.$": str,
        "Description": S,
        "Description.$": str,
        "WorkflowStepAutomationConfiguration": X[WorkflowStepAutomationConfiguration],
        "WorkflowStepAutomationConfiguration.$": str,
        "StepTarget": L[Si],
        "StepTarget.$": str,
        "Outputs": L[Xi[WorkflowStepOutput]],
        "Outputs.$": str,
        "Previous": L[Si],
        "Previous.$": str,
        "Next": L[Si],
        "Next.$": str,
    },
    total=False,
)
CreateWorkflowStepGroupParameters = TypedDict(
    "CreateWorkflowStepGroupParameters",
    {
        "WorkflowId": S,
        "WorkflowId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Next": L[Si],
        "Next.$": str,
        "Previous": L[Si],
        "Previous.$": str,
    },
    total=False,
)
DeleteTemplateParameters = TypedDict(
    "DeleteTemplateParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteWorkflowParameters = TypedDict(
    "DeleteWorkflowParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteWorkflowStepParameters = TypedDict(
    "DeleteWorkflowStepParameters",
    {
        "Id": S,
        "Id.$": str,
        "StepGroupId": S,
        "StepGroupId.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
    },
    total=False,
)
DeleteWorkflowStepGroupParameters = TypedDict(
    "DeleteWorkflowStepGroupParameters",
    {"WorkflowId": S, "WorkflowId.$": str, "Id": S, "Id.$": str},
    total=False,
)
GetTemplateParameters = TypedDict("GetTemplateParameters", {"Id": S, "Id.$": str}, total=False)
GetTemplateStepParameters = TypedDict(
    "GetTemplateStepParameters",
    {
        "Id": S,
        "Id.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "StepGroupId": S,
        "StepGroupId.$": str,
    },
    total=False,
)
GetTemplateStepGroupParameters = TypedDict(
    "GetTemplateStepGroupParameters",
    {"TemplateId": S, "TemplateId.$": str, "Id": S, "Id.$": str},
    total=False,
)
GetWorkflowParameters = TypedDict("GetWorkflowParameters", {"Id": S, "Id.$": str}, total=False)
GetWorkflowStepParameters = TypedDict(
    "GetWorkflowStepParameters",
    {
        "WorkflowId": S,
        "WorkflowId.$": str,
        "StepGroupId": S,
        "StepGroupId.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)
GetWorkflowStepGroupParameters = TypedDict(
    "GetWorkflowStepGroupParameters",
    {"Id": S, "Id.$": str, "WorkflowId": S, "WorkflowId.$": str},
    total=False,
)
ListPluginsParameters = TypedDict(
    "ListPluginsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTemplateStepGroupsParameters = TypedDict(
    "ListTemplateStepGroupsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
    },
    total=False,
)
ListTemplateStepsParameters = TypedDict(
    "ListTemplateStepsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "StepGroupId": S,
        "StepGroupId.$": str,
    },
    total=False,
)
ListTemplatesParameters = TypedDict(
    "ListTemplatesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
ListWorkflowStepGroupsParameters = TypedDict(
    "ListWorkflowStepGroupsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
    },
    total=False,
)
ListWorkflowStepsParameters = TypedDict(
    "ListWorkflowStepsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
        "StepGroupId": S,
        "StepGroupId.$": str,
    },
    total=False,
)
ListWorkflowsParameters = TypedDict(
    "ListWorkflowsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TemplateId": S,
        "TemplateId.$": str,
        "AdsApplicationConfigurationName": S,
        "AdsApplicationConfigurationName.$": str,
        "Status": S,
        "Status.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
RetryWorkflowStepParameters = TypedDict(
    "RetryWorkflowStepParameters",
    {
        "WorkflowId": S,
        "WorkflowId.$": str,
        "StepGroupId": S,
        "StepGroupId.$": str,
        "Id": S,
        "Id.$": str,
    },
    total=False,
)
StartWorkflowParameters = TypedDict("StartWorkflowParameters", {"Id": S, "Id.$": str}, total=False)
StopWorkflowParameters = TypedDict("StopWorkflowParameters", {"Id": S, "Id.$": str}, total=False)
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
UpdateTemplateParameters = TypedDict(
    "UpdateTemplateParameters",
    {
        "Id": S,
        "Id.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateDescription": S,
        "TemplateDescription.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateWorkflowParameters = TypedDict(
    "UpdateWorkflowParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "InputParameters": M[X[StepInput]],
        "InputParameters.$": str,
        "StepTargets": L[Si],
        "StepTargets.$": str,
    },
    total=False,
)
UpdateWorkflowStepParameters = TypedDict(
    "UpdateWorkflowStepParameters",
    {
        "Id": S,
        "Id.$": str,
        "StepGroupId": S,
        "StepGroupId.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "StepActionType": S,
        "StepActionType.$": str,
        "WorkflowStepAutomationConfiguration": X[WorkflowStepAutomationConfiguration],
        "WorkflowStepAutomationConfiguration.$": str,
        "StepTarget": L[Si],
        "StepTarget.$": str,
        "Outputs": L[Xi[WorkflowStepOutput]],
        "Outputs.$": str,
        "Previous": L[Si],
        "Previous.$": str,
        "Next": L[Si],
        "Next.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateWorkflowStepGroupParameters = TypedDict(
    "UpdateWorkflowStepGroupParameters",
    {
        "WorkflowId": S,
        "WorkflowId.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Next": L[Si],
        "Next.$": str,
        "Previous": L[Si],
        "Previous.$": str,
    },
    total=False,
)
create_template: Builder[CreateTemplateParameters]
create_workflow: Builder[CreateWorkflowParameters]
create_workflow_step: Builder[CreateWorkflowStepParameters]
create_workflow_step_group: Builder[CreateWorkflowStepGroupParameters]
delete_template: Builder[DeleteTemplateParameters]
delete_workflow: Builder[DeleteWorkflowParameters]
delete_workflow_step: Builder[DeleteWorkflowStepParameters]
delete_workflow_step_group: Builder[DeleteWorkflowStepGroupParameters]
get_template: Builder[GetTemplateParameters]
get_template_step: Builder[GetTemplateStepParameters]
get_template_step_group: Builder[GetTemplateStepGroupParameters]
get_workflow: Builder[GetWorkflowParameters]
get_workflow_step: Builder[GetWorkflowStepParameters]
get_workflow_step_group: Builder[GetWorkflowStepGroupParameters]
list_plugins: Builder[ListPluginsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_template_step_groups: Builder[ListTemplateStepGroupsParameters]
list_template_steps: Builder[ListTemplateStepsParameters]
list_templates: Builder[ListTemplatesParameters]
list_workflow_step_groups: Builder[ListWorkflowStepGroupsParameters]
list_workflow_steps: Builder[ListWorkflowStepsParameters]
list_workflows: Builder[ListWorkflowsParameters]
retry_workflow_step: Builder[RetryWorkflowStepParameters]
start_workflow: Builder[StartWorkflowParameters]
stop_workflow: Builder[StopWorkflowParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_template: Builder[UpdateTemplateParameters]
update_workflow: Builder[UpdateWorkflowParameters]
update_workflow_step: Builder[UpdateWorkflowStepParameters]
update_workflow_step_group: Builder[UpdateWorkflowStepGroupParameters]

__all__ = [
    "create_template",
    "create_workflow",
    "create_workflow_step",
    "create_workflow_step_group",
    "delete_template",
    "delete_workflow",
    "delete_workflow_step",
    "delete_workflow_step_group",
    "get_template",
    "get_template_step",
    "get_template_step_group",
    "get_workflow",
    "get_workflow_step",
    "get_workflow_step_group",
    "list_plugins",
    "list_tags_for_resource",
    "list_template_step_groups",
    "list_template_steps",
    "list_templates",
    "list_workflow_step_groups",
    "list_workflow_steps",
    "list_workflows",
    "retry_workflow_step",
    "start_workflow",
    "stop_workflow",
    "tag_resource",
    "untag_resource",
    "update_template",
    "update_workflow",
    "update_workflow_step",
    "update_workflow_step_group",
]
