"""Typed builders of the AWS SDK integration of sfn (``aws-sdk:sfn:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class EncryptionConfiguration(TypedDict, total=False):
    KmsKeyId: S
    KmsDataKeyReusePeriodSeconds: I
    Type: S

CreateActivityParameters = TypedDict(
    "CreateActivityParameters",
    {
        "Name": S,
        "Name.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)

class CloudWatchLogsLogGroup(TypedDict, total=False):
    LogGroupArn: S

class LogDestination(TypedDict, total=False):
    CloudWatchLogsLogGroup: X[CloudWatchLogsLogGroup]

class LoggingConfiguration(TypedDict, total=False):
    Level: S
    IncludeExecutionData: B
    Destinations: L[Xi[LogDestination]]

class TracingConfiguration(TypedDict, total=False):
    Enabled: B

CreateStateMachineParameters = TypedDict(
    "CreateStateMachineParameters",
    {
        "Name": S,
        "Name.$": str,
        "Definition": S,
        "Definition.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Type": S,
        "Type.$": str,
        "LoggingConfiguration": X[LoggingConfiguration],
        "LoggingConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TracingConfiguration": X[TracingConfiguration],
        "TracingConfiguration.$": str,
        "Publish": B,
        "Publish.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)

class RoutingConfigurationListItem(TypedDict, total=False):
    StateMachineVersionArn: S
    Weight: I

CreateStateMachineAliasParameters = TypedDict(
    "CreateStateMachineAliasParameters",
    {
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "RoutingConfiguration": L[Xi[RoutingConfigurationListItem]],
        "RoutingConfiguration.$": str,
    },
    total=False,
)
DeleteActivityParameters = TypedDict(
    "DeleteActivityParameters", {"ActivityArn": S, "ActivityArn.$": str}, total=False
)
DeleteStateMachineParameters = TypedDict(
    "DeleteStateMachineParameters", {"StateMachineArn": S, "StateMachineArn.$": str}, total=False
)
DeleteStateMachineAliasParameters = TypedDict(
    "DeleteStateMachineAliasParameters",
    {"StateMachineAliasArn": S, "StateMachineAliasArn.$": str},
    total=False,
)
DeleteStateMachineVersionParameters = TypedDict(
    "DeleteStateMachineVersionParameters",
    {"StateMachineVersionArn": S, "StateMachineVersionArn.$": str},
    total=False,
)
DescribeActivityParameters = TypedDict(
    "DescribeActivityParameters", {"ActivityArn": S, "ActivityArn.$": str}, total=False
)
DescribeExecutionParameters = TypedDict(
    "DescribeExecutionParameters",
    {"ExecutionArn": S, "ExecutionArn.$": str, "IncludedData": S, "IncludedData.$": str},
    total=False,
)
DescribeMapRunParameters = TypedDict(
    "DescribeMapRunParameters", {"MapRunArn": S, "MapRunArn.$": str}, total=False
)
DescribeStateMachineParameters = TypedDict(
    "DescribeStateMachineParameters",
    {"StateMachineArn": S, "StateMachineArn.$": str, "IncludedData": S, "IncludedData.$": str},
    total=False,
)
DescribeStateMachineAliasParameters = TypedDict(
    "DescribeStateMachineAliasParameters",
    {"StateMachineAliasArn": S, "StateMachineAliasArn.$": str},
    total=False,
)
DescribeStateMachineForExecutionParameters = TypedDict(
    "DescribeStateMachineForExecutionParameters",
    {"ExecutionArn": S, "ExecutionArn.$": str, "IncludedData": S, "IncludedData.$": str},
    total=False,
)
GetActivityTaskParameters = TypedDict(
    "GetActivityTaskParameters",
    {"ActivityArn": S, "ActivityArn.$": str, "WorkerName": S, "WorkerName.$": str},
    total=False,
)
GetExecutionHistoryParameters = TypedDict(
    "GetExecutionHistoryParameters",
    {
        "ExecutionArn": S,
        "ExecutionArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeExecutionData": B,
        "IncludeExecutionData.$": str,
    },
    total=False,
)
ListActivitiesParameters = TypedDict(
    "ListActivitiesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListExecutionsParameters = TypedDict(
    "ListExecutionsParameters",
    {
        "StateMachineArn": S,
        "StateMachineArn.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MapRunArn": S,
        "MapRunArn.$": str,
        "RedriveFilter": S,
        "RedriveFilter.$": str,
    },
    total=False,
)
ListMapRunsParameters = TypedDict(
    "ListMapRunsParameters",
    {
        "ExecutionArn": S,
        "ExecutionArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListStateMachineAliasesParameters = TypedDict(
    "ListStateMachineAliasesParameters",
    {
        "StateMachineArn": S,
        "StateMachineArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStateMachineVersionsParameters = TypedDict(
    "ListStateMachineVersionsParameters",
    {
        "StateMachineArn": S,
        "StateMachineArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStateMachinesParameters = TypedDict(
    "ListStateMachinesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PublishStateMachineVersionParameters = TypedDict(
    "PublishStateMachineVersionParameters",
    {
        "StateMachineArn": S,
        "StateMachineArn.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
RedriveExecutionParameters = TypedDict(
    "RedriveExecutionParameters",
    {"ExecutionArn": S, "ExecutionArn.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
SendTaskFailureParameters = TypedDict(
    "SendTaskFailureParameters",
    {"TaskToken": S, "TaskToken.$": str, "Error": S, "Error.$": str, "Cause": S, "Cause.$": str},
    total=False,
)
SendTaskHeartbeatParameters = TypedDict(
    "SendTaskHeartbeatParameters", {"TaskToken": S, "TaskToken.$": str}, total=False
)
SendTaskSuccessParameters = TypedDict(
    "SendTaskSuccessParameters",
    {"TaskToken": S, "TaskToken.$": str, "Output": S, "Output.$": str},
    total=False,
)
StartExecutionParameters = TypedDict(
    "StartExecutionParameters",
    {
        "StateMachineArn": S,
        "StateMachineArn.$": str,
        "Name": S,
        "Name.$": str,
        "Input": S,
        "Input.$": str,
        "TraceHeader": S,
        "TraceHeader.$": str,
    },
    total=False,
)
StartSyncExecutionParameters = TypedDict(
    "StartSyncExecutionParameters",
    {
        "StateMachineArn": S,
        "StateMachineArn.$": str,
        "Name": S,
        "Name.$": str,
        "Input": S,
        "Input.$": str,
        "TraceHeader": S,
        "TraceHeader.$": str,
        "IncludedData": S,
        "IncludedData.$": str,
    },
    total=False,
)
StopExecutionParameters = TypedDict(
    "StopExecutionParameters",
    {
        "ExecutionArn": S,
        "ExecutionArn.$": str,
        "Error": S,
        "Error.$": str,
        "Cause": S,
        "Cause.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class MockErrorOutput(TypedDict, total=False):
    Error: S
    Cause: S

class MockInput(TypedDict, total=False):
    Result: S
    ErrorOutput: X[MockErrorOutput]
    FieldValidationMode: S

class TestStateConfiguration(TypedDict, total=False):
    RetrierRetryCount: I
    ErrorCausedByState: S
    MapIterationFailureCount: I
    MapItemReaderData: S

TestStateParameters = TypedDict(
    "TestStateParameters",
    {
        "Definition": S,
        "Definition.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Input": S,
        "Input.$": str,
        "InspectionLevel": S,
        "InspectionLevel.$": str,
        "RevealSecrets": B,
        "RevealSecrets.$": str,
        "Variables": S,
        "Variables.$": str,
        "StateName": S,
        "StateName.$": str,
        "Mock": X[MockInput],
        "Mock.$": str,
        "Context": S,
        "Context.$": str,
        "StateConfiguration": X[TestStateConfiguration],
        "StateConfiguration.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateMapRunParameters = TypedDict(
    "UpdateMapRunParameters",
    {
        "MapRunArn": S,
        "MapRunArn.$": str,
        "MaxConcurrency": I,
        "MaxConcurrency.$": str,
        "ToleratedFailurePercentage": F,
        "ToleratedFailurePercentage.$": str,
        "ToleratedFailureCount": I,
        "ToleratedFailureCount.$": str,
    },
    total=False,
)
UpdateStateMachineParameters = TypedDict(
    "UpdateStateMachineParameters",
    {
        "StateMachineArn": S,
        "StateMachineArn.$": str,
        "Definition": S,
        "Definition.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "LoggingConfiguration": X[LoggingConfiguration],
        "LoggingConfiguration.$": str,
        "TracingConfiguration": X[TracingConfiguration],
        "TracingConfiguration.$": str,
        "Publish": B,
        "Publish.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
UpdateStateMachineAliasParameters = TypedDict(
    "UpdateStateMachineAliasParameters",
    {
        "StateMachineAliasArn": S,
        "StateMachineAliasArn.$": str,
        "Description": S,
        "Description.$": str,
        "RoutingConfiguration": L[Xi[RoutingConfigurationListItem]],
        "RoutingConfiguration.$": str,
    },
    total=False,
)
ValidateStateMachineDefinitionParameters = TypedDict(
    "ValidateStateMachineDefinitionParameters",
    {
        "Definition": S,
        "Definition.$": str,
        "Type": S,
        "Type.$": str,
        "Severity": S,
        "Severity.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
create_activity: Builder[CreateActivityParameters]
create_state_machine: Builder[CreateStateMachineParameters]
create_state_machine_alias: Builder[CreateStateMachineAliasParameters]
delete_activity: Builder[DeleteActivityParameters]
delete_state_machine: Builder[DeleteStateMachineParameters]
delete_state_machine_alias: Builder[DeleteStateMachineAliasParameters]
delete_state_machine_version: Builder[DeleteStateMachineVersionParameters]
describe_activity: Builder[DescribeActivityParameters]
describe_execution: Builder[DescribeExecutionParameters]
describe_map_run: Builder[DescribeMapRunParameters]
describe_state_machine: Builder[DescribeStateMachineParameters]
describe_state_machine_alias: Builder[DescribeStateMachineAliasParameters]
describe_state_machine_for_execution: Builder[DescribeStateMachineForExecutionParameters]
get_activity_task: Builder[GetActivityTaskParameters]
get_execution_history: Builder[GetExecutionHistoryParameters]
list_activities: Builder[ListActivitiesParameters]
list_executions: Builder[ListExecutionsParameters]
list_map_runs: Builder[ListMapRunsParameters]
list_state_machine_aliases: Builder[ListStateMachineAliasesParameters]
list_state_machine_versions: Builder[ListStateMachineVersionsParameters]
list_state_machines: Builder[ListStateMachinesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
publish_state_machine_version: Builder[PublishStateMachineVersionParameters]
redrive_execution: Builder[RedriveExecutionParameters]
send_task_failure: Builder[SendTaskFailureParameters]
send_task_heartbeat: Builder[SendTaskHeartbeatParameters]
send_task_success: Builder[SendTaskSuccessParameters]
start_execution: Builder[StartExecutionParameters]
start_sync_execution: Builder[StartSyncExecutionParameters]
stop_execution: Builder[StopExecutionParameters]
tag_resource: Builder[TagResourceParameters]
test_state: Builder[TestStateParameters]
untag_resource: Builder[UntagResourceParameters]
update_map_run: Builder[UpdateMapRunParameters]
update_state_machine: Builder[UpdateStateMachineParameters]
update_state_machine_alias: Builder[UpdateStateMachineAliasParameters]
validate_state_machine_definition: Builder[ValidateStateMachineDefinitionParameters]

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
