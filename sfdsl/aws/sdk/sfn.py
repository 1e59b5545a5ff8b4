# ruff: noqa: PT028
"""Typed builders of the AWS SDK integration of sfn.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    CreateActivityParameters = TypedDict(
        "CreateActivityParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
        },
        total=False,
    )
    CreateStateMachineParameters = TypedDict(
        "CreateStateMachineParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Definition": Any,
            "Definition.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "Type": Any,
            "Type.$": Any,
            "LoggingConfiguration": Any,
            "LoggingConfiguration.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TracingConfiguration": Any,
            "TracingConfiguration.$": Any,
            "Publish": Any,
            "Publish.$": Any,
            "VersionDescription": Any,
            "VersionDescription.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
        },
        total=False,
    )
    CreateStateMachineAliasParameters = TypedDict(
        "CreateStateMachineAliasParameters",
        {
            "Description": Any,
            "Description.$": Any,
            "Name": Any,
            "Name.$": Any,
            "RoutingConfiguration": Any,
            "RoutingConfiguration.$": Any,
        },
        total=False,
    )
    DeleteActivityParameters = TypedDict(
        "DeleteActivityParameters", {"ActivityArn": Any, "ActivityArn.$": Any}, total=False
    )
    DeleteStateMachineParameters = TypedDict(
        "DeleteStateMachineParameters",
        {"StateMachineArn": Any, "StateMachineArn.$": Any},
        total=False,
    )
    DeleteStateMachineAliasParameters = TypedDict(
        "DeleteStateMachineAliasParameters",
        {"StateMachineAliasArn": Any, "StateMachineAliasArn.$": Any},
        total=False,
    )
    DeleteStateMachineVersionParameters = TypedDict(
        "DeleteStateMachineVersionParameters",
        {"StateMachineVersionArn": Any, "StateMachineVersionArn.$": Any},
        total=False,
    )
    DescribeActivityParameters = TypedDict(
        "DescribeActivityParameters", {"ActivityArn": Any, "ActivityArn.$": Any}, total=False
    )
    DescribeExecutionParameters = TypedDict(
        "DescribeExecutionParameters",
        {"ExecutionArn": Any, "ExecutionArn.$": Any, "IncludedData": Any, "IncludedData.$": Any},
        total=False,
    )
    DescribeMapRunParameters = TypedDict(
        "DescribeMapRunParameters", {"MapRunArn": Any, "MapRunArn.$": Any}, total=False
    )
    DescribeStateMachineParameters = TypedDict(
        "DescribeStateMachineParameters",
        {
            "StateMachineArn": Any,
            "StateMachineArn.$": Any,
            "IncludedData": Any,
            "IncludedData.$": Any,
        },
        total=False,
    )
    DescribeStateMachineAliasParameters = TypedDict(
        "DescribeStateMachineAliasParameters",
        {"StateMachineAliasArn": Any, "StateMachineAliasArn.$": Any},
        total=False,
    )
    DescribeStateMachineForExecutionParameters = TypedDict(
        "DescribeStateMachineForExecutionParameters",
        {"ExecutionArn": Any, "ExecutionArn.$": Any, "IncludedData": Any, "IncludedData.$": Any},
        total=False,
    )
    GetActivityTaskParameters = TypedDict(
        "GetActivityTaskParameters",
        {"ActivityArn": Any, "ActivityArn.$": Any, "WorkerName": Any, "WorkerName.$": Any},
        total=False,
    )
    GetExecutionHistoryParameters = TypedDict(
        "GetExecutionHistoryParameters",
        {
            "ExecutionArn": Any,
            "ExecutionArn.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "ReverseOrder": Any,
            "ReverseOrder.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "IncludeExecutionData": Any,
            "IncludeExecutionData.$": Any,
        },
        total=False,
    )
    ListActivitiesParameters = TypedDict(
        "ListActivitiesParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    ListExecutionsParameters = TypedDict(
        "ListExecutionsParameters",
        {
            "StateMachineArn": Any,
            "StateMachineArn.$": Any,
            "StatusFilter": Any,
            "StatusFilter.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MapRunArn": Any,
            "MapRunArn.$": Any,
            "RedriveFilter": Any,
            "RedriveFilter.$": Any,
        },
        total=False,
    )
    ListMapRunsParameters = TypedDict(
        "ListMapRunsParameters",
        {
            "ExecutionArn": Any,
            "ExecutionArn.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListStateMachineAliasesParameters = TypedDict(
        "ListStateMachineAliasesParameters",
        {
            "StateMachineArn": Any,
            "StateMachineArn.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListStateMachineVersionsParameters = TypedDict(
        "ListStateMachineVersionsParameters",
        {
            "StateMachineArn": Any,
            "StateMachineArn.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListStateMachinesParameters = TypedDict(
        "ListStateMachinesParameters",
        {"MaxResults": Any, "MaxResults.$": Any, "NextToken": Any, "NextToken.$": Any},
        total=False,
    )
    ListTagsForResourceParameters = TypedDict(
        "ListTagsForResourceParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    PublishStateMachineVersionParameters = TypedDict(
        "PublishStateMachineVersionParameters",
        {
            "StateMachineArn": Any,
            "StateMachineArn.$": Any,
            "RevisionId": Any,
            "RevisionId.$": Any,
            "Description": Any,
            "Description.$": Any,
        },
        total=False,
    )
    RedriveExecutionParameters = TypedDict(
        "RedriveExecutionParameters",
        {"ExecutionArn": Any, "ExecutionArn.$": Any, "ClientToken": Any, "ClientToken.$": Any},
        total=False,
    )
    SendTaskFailureParameters = TypedDict(
        "SendTaskFailureParameters",
        {
            "TaskToken": Any,
            "TaskToken.$": Any,
            "Error": Any,
            "Error.$": Any,
            "Cause": Any,
            "Cause.$": Any,
        },
        total=False,
    )
    SendTaskHeartbeatParameters = TypedDict(
        "SendTaskHeartbeatParameters", {"TaskToken": Any, "TaskToken.$": Any}, total=False
    )
    SendTaskSuccessParameters = TypedDict(
        "SendTaskSuccessParameters",
        {"TaskToken": Any, "TaskToken.$": Any, "Output": Any, "Output.$": Any},
        total=False,
    )
    StartExecutionParameters = TypedDict(
        "StartExecutionParameters",
        {
            "StateMachineArn": Any,
            "StateMachineArn.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Input": Any,
            "Input.$": Any,
            "TraceHeader": Any,
            "TraceHeader.$": Any,
        },
        total=False,
    )
    StartSyncExecutionParameters = TypedDict(
        "StartSyncExecutionParameters",
        {
            "StateMachineArn": Any,
            "StateMachineArn.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Input": Any,
            "Input.$": Any,
            "TraceHeader": Any,
            "TraceHeader.$": Any,
            "IncludedData": Any,
            "IncludedData.$": Any,
        },
        total=False,
    )
    StopExecutionParameters = TypedDict(
        "StopExecutionParameters",
        {
            "ExecutionArn": Any,
            "ExecutionArn.$": Any,
            "Error": Any,
            "Error.$": Any,
            "Cause": Any,
            "Cause.$": Any,
        },
        total=False,
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    TestStateParameters = TypedDict(
        "TestStateParameters",
        {
            "Definition": Any,
            "Definition.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "Input": Any,
            "Input.$": Any,
            "InspectionLevel": Any,
            "InspectionLevel.$": Any,
            "RevealSecrets": Any,
            "RevealSecrets.$": Any,
            "Variables": Any,
            "Variables.$": Any,
            "StateName": Any,
            "StateName.$": Any,
            "Mock": Any,
            "Mock.$": Any,
            "Context": Any,
            "Context.$": Any,
            "StateConfiguration": Any,
            "StateConfiguration.$": Any,
        },
        total=False,
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    UpdateMapRunParameters = TypedDict(
        "UpdateMapRunParameters",
        {
            "MapRunArn": Any,
            "MapRunArn.$": Any,
            "MaxConcurrency": Any,
            "MaxConcurrency.$": Any,
            "ToleratedFailurePercentage": Any,
            "ToleratedFailurePercentage.$": Any,
            "ToleratedFailureCount": Any,
            "ToleratedFailureCount.$": Any,
        },
        total=False,
    )
    UpdateStateMachineParameters = TypedDict(
        "UpdateStateMachineParameters",
        {
            "StateMachineArn": Any,
            "StateMachineArn.$": Any,
            "Definition": Any,
            "Definition.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "LoggingConfiguration": Any,
            "LoggingConfiguration.$": Any,
            "TracingConfiguration": Any,
            "TracingConfiguration.$": Any,
            "Publish": Any,
            "Publish.$": Any,
            "VersionDescription": Any,
            "VersionDescription.$": Any,
            "EncryptionConfiguration": Any,
            "EncryptionConfiguration.$": Any,
        },
        total=False,
    )
    UpdateStateMachineAliasParameters = TypedDict(
        "UpdateStateMachineAliasParameters",
        {
            "StateMachineAliasArn": Any,
            "StateMachineAliasArn.$": Any,
            "Description": Any,
            "Description.$": Any,
            "RoutingConfiguration": Any,
            "RoutingConfiguration.$": Any,
        },
        total=False,
    )
    ValidateStateMachineDefinitionParameters = TypedDict(
        "ValidateStateMachineDefinitionParameters",
        {
            "Definition": Any,
            "Definition.$": Any,
            "Type": Any,
            "Type.$": Any,
            "Severity": Any,
            "Severity.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )


def create_activity(
    name: str,
    parameters: CreateActivityParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:createActivity (``arn:aws:states:::aws-sdk:sfn:createActivity``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:createActivity", parameters, pattern, options)


def create_state_machine(
    name: str,
    parameters: CreateStateMachineParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:createStateMachine (``arn:aws:states:::aws-sdk:sfn:createStateMachine``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:createStateMachine", parameters, pattern, options)


def create_state_machine_alias(
    name: str,
    parameters: CreateStateMachineAliasParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:createStateMachineAlias (``arn:aws:states:::aws-sdk:sfn:createStateMachineAlias``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:createStateMachineAlias", parameters, pattern, options)


def delete_activity(
    name: str,
    parameters: DeleteActivityParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:deleteActivity (``arn:aws:states:::aws-sdk:sfn:deleteActivity``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:deleteActivity", parameters, pattern, options)


def delete_state_machine(
    name: str,
    parameters: DeleteStateMachineParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:deleteStateMachine (``arn:aws:states:::aws-sdk:sfn:deleteStateMachine``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:deleteStateMachine", parameters, pattern, options)


def delete_state_machine_alias(
    name: str,
    parameters: DeleteStateMachineAliasParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:deleteStateMachineAlias (``arn:aws:states:::aws-sdk:sfn:deleteStateMachineAlias``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:deleteStateMachineAlias", parameters, pattern, options)


def delete_state_machine_version(
    name: str,
    parameters: DeleteStateMachineVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:deleteStateMachineVersion (``arn:aws:states:::aws-sdk:sfn:deleteStateMachineVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:deleteStateMachineVersion", parameters, pattern, options)


def describe_activity(
    name: str,
    parameters: DescribeActivityParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:describeActivity (``arn:aws:states:::aws-sdk:sfn:describeActivity``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:describeActivity", parameters, pattern, options)


def describe_execution(
    name: str,
    parameters: DescribeExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:describeExecution (``arn:aws:states:::aws-sdk:sfn:describeExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:describeExecution", parameters, pattern, options)


def describe_map_run(
    name: str,
    parameters: DescribeMapRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:describeMapRun (``arn:aws:states:::aws-sdk:sfn:describeMapRun``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:describeMapRun", parameters, pattern, options)


def describe_state_machine(
    name: str,
    parameters: DescribeStateMachineParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:describeStateMachine (``arn:aws:states:::aws-sdk:sfn:describeStateMachine``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:describeStateMachine", parameters, pattern, options)


def describe_state_machine_alias(
    name: str,
    parameters: DescribeStateMachineAliasParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:describeStateMachineAlias (``arn:aws:states:::aws-sdk:sfn:describeStateMachineAlias``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:describeStateMachineAlias", parameters, pattern, options)


def describe_state_machine_for_execution(
    name: str,
    parameters: DescribeStateMachineForExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:describeStateMachineForExecution (``arn:aws:states:::aws-sdk:sfn:describeStateMachineForExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:describeStateMachineForExecution", parameters, pattern, options)


def get_activity_task(
    name: str,
    parameters: GetActivityTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:getActivityTask (``arn:aws:states:::aws-sdk:sfn:getActivityTask``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:getActivityTask", parameters, pattern, options)


def get_execution_history(
    name: str,
    parameters: GetExecutionHistoryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:getExecutionHistory (``arn:aws:states:::aws-sdk:sfn:getExecutionHistory``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:getExecutionHistory", parameters, pattern, options)


def list_activities(
    name: str,
    parameters: ListActivitiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:listActivities (``arn:aws:states:::aws-sdk:sfn:listActivities``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:listActivities", parameters, pattern, options)


def list_executions(
    name: str,
    parameters: ListExecutionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:listExecutions (``arn:aws:states:::aws-sdk:sfn:listExecutions``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:listExecutions", parameters, pattern, options)


def list_map_runs(
    name: str,
    parameters: ListMapRunsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:listMapRuns (``arn:aws:states:::aws-sdk:sfn:listMapRuns``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:listMapRuns", parameters, pattern, options)


def list_state_machine_aliases(
    name: str,
    parameters: ListStateMachineAliasesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:listStateMachineAliases (``arn:aws:states:::aws-sdk:sfn:listStateMachineAliases``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:listStateMachineAliases", parameters, pattern, options)


def list_state_machine_versions(
    name: str,
    parameters: ListStateMachineVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:listStateMachineVersions (``arn:aws:states:::aws-sdk:sfn:listStateMachineVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:listStateMachineVersions", parameters, pattern, options)


def list_state_machines(
    name: str,
    parameters: ListStateMachinesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:listStateMachines (``arn:aws:states:::aws-sdk:sfn:listStateMachines``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:listStateMachines", parameters, pattern, options)


def list_tags_for_resource(
    name: str,
    parameters: ListTagsForResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:listTagsForResource (``arn:aws:states:::aws-sdk:sfn:listTagsForResource``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:listTagsForResource", parameters, pattern, options)


def publish_state_machine_version(
    name: str,
    parameters: PublishStateMachineVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:publishStateMachineVersion (``arn:aws:states:::aws-sdk:sfn:publishStateMachineVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:publishStateMachineVersion", parameters, pattern, options)


def redrive_execution(
    name: str,
    parameters: RedriveExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:redriveExecution (``arn:aws:states:::aws-sdk:sfn:redriveExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:redriveExecution", parameters, pattern, options)


def send_task_failure(
    name: str,
    parameters: SendTaskFailureParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:sendTaskFailure (``arn:aws:states:::aws-sdk:sfn:sendTaskFailure``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:sendTaskFailure", parameters, pattern, options)


def send_task_heartbeat(
    name: str,
    parameters: SendTaskHeartbeatParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:sendTaskHeartbeat (``arn:aws:states:::aws-sdk:sfn:sendTaskHeartbeat``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:sendTaskHeartbeat", parameters, pattern, options)


def send_task_success(
    name: str,
    parameters: SendTaskSuccessParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:sendTaskSuccess (``arn:aws:states:::aws-sdk:sfn:sendTaskSuccess``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:sendTaskSuccess", parameters, pattern, options)


def start_execution(
    name: str,
    parameters: StartExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:startExecution (``arn:aws:states:::aws-sdk:sfn:startExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:startExecution", parameters, pattern, options)


def start_sync_execution(
    name: str,
    parameters: StartSyncExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:startSyncExecution (``arn:aws:states:::aws-sdk:sfn:startSyncExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:startSyncExecution", parameters, pattern, options)


def stop_execution(
    name: str,
    parameters: StopExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:stopExecution (``arn:aws:states:::aws-sdk:sfn:stopExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:stopExecution", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:tagResource (``arn:aws:states:::aws-sdk:sfn:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:tagResource", parameters, pattern, options)


def test_state(
    name: str,
    parameters: TestStateParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:testState (``arn:aws:states:::aws-sdk:sfn:testState``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:testState", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:untagResource (``arn:aws:states:::aws-sdk:sfn:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:untagResource", parameters, pattern, options)


def update_map_run(
    name: str,
    parameters: UpdateMapRunParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:updateMapRun (``arn:aws:states:::aws-sdk:sfn:updateMapRun``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:updateMapRun", parameters, pattern, options)


def update_state_machine(
    name: str,
    parameters: UpdateStateMachineParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:updateStateMachine (``arn:aws:states:::aws-sdk:sfn:updateStateMachine``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:updateStateMachine", parameters, pattern, options)


def update_state_machine_alias(
    name: str,
    parameters: UpdateStateMachineAliasParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:updateStateMachineAlias (``arn:aws:states:::aws-sdk:sfn:updateStateMachineAlias``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:updateStateMachineAlias", parameters, pattern, options)


def validate_state_machine_definition(
    name: str,
    parameters: ValidateStateMachineDefinitionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sfn:validateStateMachineDefinition (``arn:aws:states:::aws-sdk:sfn:validateStateMachineDefinition``); the parameters are checked against its API model."""
    return sdk_task(name, "sfn:validateStateMachineDefinition", parameters, pattern, options)


__all__ = [
    "create_activity",
    "create_state_machine",
    "create_state_machine_alias",
    "delete_activity",
    "delete_state_machine",
    "delete_state_machine_alias",
    "delete_state_machine_version",
    "describe_activity",
    "describe_execution",
    "describe_map_run",
    "describe_state_machine",
    "describe_state_machine_alias",
    "describe_state_machine_for_execution",
    "get_activity_task",
    "get_execution_history",
    "list_activities",
    "list_executions",
    "list_map_runs",
    "list_state_machine_aliases",
    "list_state_machine_versions",
    "list_state_machines",
    "list_tags_for_resource",
    "publish_state_machine_version",
    "redrive_execution",
    "send_task_failure",
    "send_task_heartbeat",
    "send_task_success",
    "start_execution",
    "start_sync_execution",
    "stop_execution",
    "tag_resource",
    "test_state",
    "untag_resource",
    "update_map_run",
    "update_state_machine",
    "update_state_machine_alias",
    "validate_state_machine_definition",
]
