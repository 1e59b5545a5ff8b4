"""Typed builders of the AWS SDK integration of swf (``aws-sdk:swf:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class ExecutionTimeFilter(TypedDict, total=False):
    OldestDate: T
    LatestDate: T

class WorkflowExecutionFilter(TypedDict, total=False):
    WorkflowId: S

class WorkflowTypeFilter(TypedDict, total=False):
    Name: S
    Version: S

class TagFilter(TypedDict, total=False):
    Tag: S

class CloseStatusFilter(TypedDict, total=False):
    Status: S

CountClosedWorkflowExecutionsParameters = TypedDict(
    "CountClosedWorkflowExecutionsParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "StartTimeFilter": X[ExecutionTimeFilter],
        "StartTimeFilter.$": str,
        "CloseTimeFilter": X[ExecutionTimeFilter],
        "CloseTimeFilter.$": str,
        "ExecutionFilter": X[WorkflowExecutionFilter],
        "ExecutionFilter.$": str,
        "TypeFilter": X[WorkflowTypeFilter],
        "TypeFilter.$": str,
        "TagFilter": X[TagFilter],
        "TagFilter.$": str,
        "CloseStatusFilter": X[CloseStatusFilter],
        "CloseStatusFilter.$": str,
    },
    total=False,
)
CountOpenWorkflowExecutionsParameters = TypedDict(
    "CountOpenWorkflowExecutionsParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "StartTimeFilter": X[ExecutionTimeFilter],
        "StartTimeFilter.$": str,
        "TypeFilter": X[WorkflowTypeFilter],
        "TypeFilter.$": str,
        "TagFilter": X[TagFilter],
        "TagFilter.$": str,
        "ExecutionFilter": X[WorkflowExecutionFilter],
        "ExecutionFilter.$": str,
    },
    total=False,
)

class TaskList(TypedDict, total=False):
    Name: S

CountPendingActivityTasksParameters = TypedDict(
    "CountPendingActivityTasksParameters",
    {"Domain": S, "Domain.$": str, "TaskList": X[TaskList], "TaskList.$": str},
    total=False,
)
CountPendingDecisionTasksParameters = TypedDict(
    "CountPendingDecisionTasksParameters",
    {"Domain": S, "Domain.$": str, "TaskList": X[TaskList], "TaskList.$": str},
    total=False,
)

class ActivityType(TypedDict, total=False):
    Name: S
    Version: S

DeleteActivityTypeParameters = TypedDict(
    "DeleteActivityTypeParameters",
    {"Domain": S, "Domain.$": str, "ActivityType": X[ActivityType], "ActivityType.$": str},
    total=False,
)

class WorkflowType(TypedDict, total=False):
    Name: S
    Version: S

DeleteWorkflowTypeParameters = TypedDict(
    "DeleteWorkflowTypeParameters",
    {"Domain": S, "Domain.$": str, "WorkflowType": X[WorkflowType], "WorkflowType.$": str},
    total=False,
)
DeprecateActivityTypeParameters = TypedDict(
    "DeprecateActivityTypeParameters",
    {"Domain": S, "Domain.$": str, "ActivityType": X[ActivityType], "ActivityType.$": str},
    total=False,
)
DeprecateDomainParameters = TypedDict(
    "DeprecateDomainParameters", {"Name": S, "Name.$": str}, total=False
)
DeprecateWorkflowTypeParameters = TypedDict(
    "DeprecateWorkflowTypeParameters",
    {"Domain": S, "Domain.$": str, "WorkflowType": X[WorkflowType], "WorkflowType.$": str},
    total=False,
)
DescribeActivityTypeParameters = TypedDict(
    "DescribeActivityTypeParameters",
    {"Domain": S, "Domain.$": str, "ActivityType": X[ActivityType], "ActivityType.$": str},
    total=False,
)
DescribeDomainParameters = TypedDict(
    "DescribeDomainParameters", {"Name": S, "Name.$": str}, total=False
)

class WorkflowExecution(TypedDict, total=False):
    WorkflowId: S
    RunId: S

DescribeWorkflowExecutionParameters = TypedDict(
    "DescribeWorkflowExecutionParameters",
    {"Domain": S, "Domain.$": str, "Execution": X[WorkflowExecution], "Execution.$": str},
    total=False,
)
DescribeWorkflowTypeParameters = TypedDict(
    "DescribeWorkflowTypeParameters",
    {"Domain": S, "Domain.$": str, "WorkflowType": X[WorkflowType], "WorkflowType.$": str},
    total=False,
)
GetWorkflowExecutionHistoryParameters = TypedDict(
    "GetWorkflowExecutionHistoryParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "Execution": X[WorkflowExecution],
        "Execution.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "MaximumPageSize": I,
        "MaximumPageSize.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
    },
    total=False,
)
ListActivityTypesParameters = TypedDict(
    "ListActivityTypesParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "Name": S,
        "Name.$": str,
        "RegistrationStatus": S,
        "RegistrationStatus.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "MaximumPageSize": I,
        "MaximumPageSize.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
    },
    total=False,
)
ListClosedWorkflowExecutionsParameters = TypedDict(
    "ListClosedWorkflowExecutionsParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "StartTimeFilter": X[ExecutionTimeFilter],
        "StartTimeFilter.$": str,
        "CloseTimeFilter": X[ExecutionTimeFilter],
        "CloseTimeFilter.$": str,
        "ExecutionFilter": X[WorkflowExecutionFilter],
        "ExecutionFilter.$": str,
        "CloseStatusFilter": X[CloseStatusFilter],
        "CloseStatusFilter.$": str,
        "TypeFilter": X[WorkflowTypeFilter],
        "TypeFilter.$": str,
        "TagFilter": X[TagFilter],
        "TagFilter.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "MaximumPageSize": I,
        "MaximumPageSize.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
    },
    total=False,
)
ListDomainsParameters = TypedDict(
    "ListDomainsParameters",
    {
        "NextPageToken": S,
        "NextPageToken.$": str,
        "RegistrationStatus": S,
        "RegistrationStatus.$": str,
        "MaximumPageSize": I,
        "MaximumPageSize.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
    },
    total=False,
)
ListOpenWorkflowExecutionsParameters = TypedDict(
    "ListOpenWorkflowExecutionsParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "StartTimeFilter": X[ExecutionTimeFilter],
        "StartTimeFilter.$": str,
        "TypeFilter": X[WorkflowTypeFilter],
        "TypeFilter.$": str,
        "TagFilter": X[TagFilter],
        "TagFilter.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "MaximumPageSize": I,
        "MaximumPageSize.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
        "ExecutionFilter": X[WorkflowExecutionFilter],
        "ExecutionFilter.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListWorkflowTypesParameters = TypedDict(
    "ListWorkflowTypesParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "Name": S,
        "Name.$": str,
        "RegistrationStatus": S,
        "RegistrationStatus.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "MaximumPageSize": I,
        "MaximumPageSize.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
    },
    total=False,
)
PollForActivityTaskParameters = TypedDict(
    "PollForActivityTaskParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "TaskList": X[TaskList],
        "TaskList.$": str,
        "Identity": S,
        "Identity.$": str,
    },
    total=False,
)
PollForDecisionTaskParameters = TypedDict(
    "PollForDecisionTaskParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "TaskList": X[TaskList],
        "TaskList.$": str,
        "Identity": S,
        "Identity.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "MaximumPageSize": I,
        "MaximumPageSize.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
        "StartAtPreviousStartedEvent": B,
        "StartAtPreviousStartedEvent.$": str,
    },
    total=False,
)
RecordActivityTaskHeartbeatParameters = TypedDict(
    "RecordActivityTaskHeartbeatParameters",
    {"TaskToken": S, "TaskToken.$": str, "Details": S, "Details.$": str},
    total=False,
)
RegisterActivityTypeParameters = TypedDict(
    "RegisterActivityTypeParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "Name": S,
        "Name.$": str,
        "Version": S,
        "Version.$": str,
        "Description": S,
        "Description.$": str,
        "DefaultTaskStartToCloseTimeout": S,
        "DefaultTaskStartToCloseTimeout.$": str,
        "DefaultTaskHeartbeatTimeout": S,
        "DefaultTaskHeartbeatTimeout.$": str,
        "DefaultTaskList": X[TaskList],
        "DefaultTaskList.$": str,
        "DefaultTaskPriority": S,
        "DefaultTaskPriority.$": str,
        "DefaultTaskScheduleToStartTimeout": S,
        "DefaultTaskScheduleToStartTimeout.$": str,
        "DefaultTaskScheduleToCloseTimeout": S,
        "DefaultTaskScheduleToCloseTimeout.$": str,
    },
    total=False,
)

class ResourceTag(TypedDict, total=False):
    Key: S
    Value: S

RegisterDomainParameters = TypedDict(
    "RegisterDomainParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "WorkflowExecutionRetentionPeriodInDays": S,
        "WorkflowExecutionRetentionPeriodInDays.$": str,
        "Tags": L[Xi[ResourceTag]],
        "Tags.$": str,
    },
    total=False,
)
RegisterWorkflowTypeParameters = TypedDict(
    "RegisterWorkflowTypeParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "Name": S,
        "Name.$": str,
        "Version": S,
        "Version.$": str,
        "Description": S,
        "Description.$": str,
        "DefaultTaskStartToCloseTimeout": S,
        "DefaultTaskStartToCloseTimeout.$": str,
        "DefaultExecutionStartToCloseTimeout": S,
        "DefaultExecutionStartToCloseTimeout.$": str,
        "DefaultTaskList": X[TaskList],
        "DefaultTaskList.$": str,
        "DefaultTaskPriority": S,
        "DefaultTaskPriority.$": str,
        "DefaultChildPolicy": S,
        "DefaultChildPolicy.$": str,
        "DefaultLambdaRole": S,
        "DefaultLambdaRole.$": str,
    },
    total=False,
)
RequestCancelWorkflowExecutionParameters = TypedDict(
    "RequestCancelWorkflowExecutionParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
        "RunId": S,
        "RunId.$": str,
    },
    total=False,
)
RespondActivityTaskCanceledParameters = TypedDict(
    "RespondActivityTaskCanceledParameters",
    {"TaskToken": S, "TaskToken.$": str, "Details": S, "Details.$": str},
    total=False,
)
RespondActivityTaskCompletedParameters = TypedDict(
    "RespondActivityTaskCompletedParameters",
    {"TaskToken": S, "TaskToken.$": str, "Result": S, "Result.$": str},
    total=False,
)
RespondActivityTaskFailedParameters = TypedDict(
    "RespondActivityTaskFailedParameters",
    {
        "TaskToken": S,
        "TaskToken.$": str,
        "Reason": S,
        "Reason.$": str,
        "Details": S,
        "Details.$": str,
    },
    total=False,
)

class ScheduleActivityTaskDecisionAttributes(TypedDict, total=False):
    ActivityType: X[ActivityType]
    ActivityId: S
    Control: S
    Input: S
    ScheduleToCloseTimeout: S
    TaskList: X[TaskList]
    TaskPriority: S
    ScheduleToStartTimeout: S
    StartToCloseTimeout: S
    HeartbeatTimeout: S

class RequestCancelActivityTaskDecisionAttributes(TypedDict, total=False):
    ActivityId: S

class CompleteWorkflowExecutionDecisionAttributes(TypedDict, total=False):
    Result: S

class FailWorkflowExecutionDecisionAttributes(TypedDict, total=False):
    Reason: S
    Details: S

class CancelWorkflowExecutionDecisionAttributes(TypedDict, total=False):
    Details: S

class ContinueAsNewWorkflowExecutionDecisionAttributes(TypedDict, total=False):
    Input: S
    ExecutionStartToCloseTimeout: S
    TaskList: X[TaskList]
    TaskPriority: S
    TaskStartToCloseTimeout: S
    ChildPolicy: S
    TagList: L[Si]
    WorkflowTypeVersion: S
    LambdaRole: S

class RecordMarkerDecisionAttributes(TypedDict, total=False):
    MarkerName: S
    Details: S

class StartTimerDecisionAttributes(TypedDict, total=False):
    TimerId: S
    Control: S
    StartToFireTimeout: S

class CancelTimerDecisionAttributes(TypedDict, total=False):
    TimerId: S

class SignalExternalWorkflowExecutionDecisionAttributes(TypedDict, total=False):
    WorkflowId: S
    RunId: S
    SignalName: S
    Input: S
    Control: S

class RequestCancelExternalWorkflowExecutionDecisionAttributes(TypedDict, total=False):
    WorkflowId: S
    RunId: S
    Control: S

class StartChildWorkflowExecutionDecisionAttributes(TypedDict, total=False):
    WorkflowType: X[WorkflowType]
    WorkflowId: S
    Control: S
    Input: S
    ExecutionStartToCloseTimeout: S
    TaskList: X[TaskList]
    TaskPriority: S
    TaskStartToCloseTimeout: S
    ChildPolicy: S
    TagList: L[Si]
    LambdaRole: S

class ScheduleLambdaFunctionDecisionAttributes(TypedDict, total=False):
    Id: S
    Name: S
    Control: S
    Input: S
    StartToCloseTimeout: S

class Decision(TypedDict, total=False):
    DecisionType: S
    ScheduleActivityTaskDecisionAttributes: X[ScheduleActivityTaskDecisionAttributes]
    RequestCancelActivityTaskDecisionAttributes: X[RequestCancelActivityTaskDecisionAttributes]
    CompleteWorkflowExecutionDecisionAttributes: X[CompleteWorkflowExecutionDecisionAttributes]
    FailWorkflowExecutionDecisionAttributes: X[FailWorkflowExecutionDecisionAttributes]
    CancelWorkflowExecutionDecisionAttributes: X[CancelWorkflowExecutionDecisionAttributes]
    ContinueAsNewWorkflowExecutionDecisionAttributes: X[
        ContinueAsNewWorkflowExecutionDecisionAttributes
    ]
    RecordMarkerDecisionAttributes: X[RecordMarkerDecisionAttributes]
    StartTimerDecisionAttributes: X[StartTimerDecisionAttributes]
    CancelTimerDecisionAttributes: X[CancelTimerDecisionAttributes]
    SignalExternalWorkflowExecutionDecisionAttributes: X[
        SignalExternalWorkflowExecutionDecisionAttributes
    ]
    RequestCancelExternalWorkflowExecutionDecisionAttributes: X[
        RequestCancelExternalWorkflowExecutionDecisionAttributes
    ]
    StartChildWorkflowExecutionDecisionAttributes: X[StartChildWorkflowExecutionDecisionAttributes]
    ScheduleLambdaFunctionDecisionAttributes: X[ScheduleLambdaFunctionDecisionAttributes]

RespondDecisionTaskCompletedParameters = TypedDict(
    "RespondDecisionTaskCompletedParameters",
    {
        "TaskToken": S,
        "TaskToken.$": str,
        "Decisions": L[Xi[Decision]],
        "Decisions.$": str,
        "ExecutionContext": S,
        "ExecutionContext.$": str,
        "TaskList": X[TaskList],
        "TaskList.$": str,
        "TaskListScheduleToStartTimeout": S,
        "TaskListScheduleToStartTimeout.$": str,
    },
    total=False,
)
SignalWorkflowExecutionParameters = TypedDict(
    "SignalWorkflowExecutionParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
        "RunId": S,
        "RunId.$": str,
        "SignalName": S,
        "SignalName.$": str,
        "Input": S,
        "Input.$": str,
    },
    total=False,
)
StartWorkflowExecutionParameters = TypedDict(
    "StartWorkflowExecutionParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
        "WorkflowType": X[WorkflowType],
        "WorkflowType.$": str,
        "TaskList": X[TaskList],
        "TaskList.$": str,
        "TaskPriority": S,
        "TaskPriority.$": str,
        "Input": S,
        "Input.$": str,
        "ExecutionStartToCloseTimeout": S,
        "ExecutionStartToCloseTimeout.$": str,
        "TagList": L[Si],
        "TagList.$": str,
        "TaskStartToCloseTimeout": S,
        "TaskStartToCloseTimeout.$": str,
        "ChildPolicy": S,
        "ChildPolicy.$": str,
        "LambdaRole": S,
        "LambdaRole.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[ResourceTag]], "Tags.$": str},
    total=False,
)
TerminateWorkflowExecutionParameters = TypedDict(
    "TerminateWorkflowExecutionParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "WorkflowId": S,
        "WorkflowId.$": str,
        "RunId": S,
        "RunId.$": str,
        "Reason": S,
        "Reason.$": str,
        "Details": S,
        "Details.$": str,
        "ChildPolicy": S,
        "ChildPolicy.$": str,
    },
    total=False,
)
UndeprecateActivityTypeParameters = TypedDict(
    "UndeprecateActivityTypeParameters",
    {"Domain": S, "Domain.$": str, "ActivityType": X[ActivityType], "ActivityType.$": str},
    total=False,
)
UndeprecateDomainParameters = TypedDict(
    "UndeprecateDomainParameters", {"Name": S, "Name.$": str}, total=False
)
UndeprecateWorkflowTypeParameters = TypedDict(
    "UndeprecateWorkflowTypeParameters",
    {"Domain": S, "Domain.$": str, "WorkflowType": X[WorkflowType], "WorkflowType.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
count_closed_workflow_executions: Builder[CountClosedWorkflowExecutionsParameters]
count_open_workflow_executions: Builder[CountOpenWorkflowExecutionsParameters]
count_pending_activity_tasks: Builder[CountPendingActivityTasksParameters]
count_pending_decision_tasks: Builder[CountPendingDecisionTasksParameters]
delete_activity_type: Builder[DeleteActivityTypeParameters]
delete_workflow_type: Builder[DeleteWorkflowTypeParameters]
deprecate_activity_type: Builder[DeprecateActivityTypeParameters]
deprecate_domain: Builder[DeprecateDomainParameters]
deprecate_workflow_type: Builder[DeprecateWorkflowTypeParameters]
describe_activity_type: Builder[DescribeActivityTypeParameters]
describe_domain: Builder[DescribeDomainParameters]
describe_workflow_execution: Builder[DescribeWorkflowExecutionParameters]
describe_workflow_type: Builder[DescribeWorkflowTypeParameters]
get_workflow_execution_history: Builder[GetWorkflowExecutionHistoryParameters]
list_activity_types: Builder[ListActivityTypesParameters]
list_closed_workflow_executions: Builder[ListClosedWorkflowExecutionsParameters]
list_domains: Builder[ListDomainsParameters]
list_open_workflow_executions: Builder[ListOpenWorkflowExecutionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_workflow_types: Builder[ListWorkflowTypesParameters]
poll_for_activity_task: Builder[PollForActivityTaskParameters]
poll_for_decision_task: Builder[PollForDecisionTaskParameters]
record_activity_task_heartbeat: Builder[RecordActivityTaskHeartbeatParameters]
register_activity_type: Builder[RegisterActivityTypeParameters]
register_domain: Builder[RegisterDomainParameters]
register_workflow_type: Builder[RegisterWorkflowTypeParameters]
request_cancel_workflow_execution: Builder[RequestCancelWorkflowExecutionParameters]
respond_activity_task_canceled: Builder[RespondActivityTaskCanceledParameters]
respond_activity_task_completed: Builder[RespondActivityTaskCompletedParameters]
respond_activity_task_failed: Builder[RespondActivityTaskFailedParameters]
respond_decision_task_completed: Builder[RespondDecisionTaskCompletedParameters]
signal_workflow_execution: Builder[SignalWorkflowExecutionParameters]
start_workflow_execution: Builder[StartWorkflowExecutionParameters]
tag_resource: Builder[TagResourceParameters]
terminate_workflow_execution: Builder[TerminateWorkflowExecutionParameters]
undeprecate_activity_type: Builder[UndeprecateActivityTypeParameters]
undeprecate_domain: Builder[UndeprecateDomainParameters]
undeprecate_workflow_type: Builder[UndeprecateWorkflowTypeParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "count_closed_workflow_executions",
    "count_open_workflow_executions",
    "count_pending_activity_tasks",
    "count_pending_decision_tasks",
    "delete_activity_type",
    "delete_workflow_type",
    "deprecate_activity_type",
    "deprecate_domain",
    "deprecate_workflow_type",
    "describe_activity_type",
    "describe_domain",
    "describe_workflow_execution",
    "describe_workflow_type",
    "get_workflow_execution_history",
    "list_activity_types",
    "list_closed_workflow_executions",
    "list_domains",
    "list_open_workflow_executions",
    "list_tags_for_resource",
    "list_workflow_types",
    "poll_for_activity_task",
    "poll_for_decision_task",
    "record_activity_task_heartbeat",
    "register_activity_type",
    "register_domain",
    "register_workflow_type",
    "request_cancel_workflow_execution",
    "respond_activity_task_canceled",
    "respond_activity_task_completed",
    "respond_activity_task_failed",
    "respond_decision_task_completed",
    "signal_workflow_execution",
    "start_workflow_execution",
    "tag_resource",
    "terminate_workflow_execution",
    "undeprecate_activity_type",
    "undeprecate_domain",
    "undeprecate_workflow_type",
    "untag_resource",
]
