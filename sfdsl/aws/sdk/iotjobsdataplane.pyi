"""Typed builders of the AWS SDK integration of iotjobsdataplane (``aws-sdk:iotjobsdataplane:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, M, S, X

DescribeJobExecutionParameters = TypedDict(
    "DescribeJobExecutionParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "ThingName": S,
        "ThingName.$": str,
        "IncludeJobDocument": B,
        "IncludeJobDocument.$": str,
        "ExecutionNumber": I,
        "ExecutionNumber.$": str,
    },
    total=False,
)
GetPendingJobExecutionsParameters = TypedDict(
    "GetPendingJobExecutionsParameters", {"ThingName": S, "ThingName.$": str}, total=False
)

class CommandParameterValue(TypedDict, total=False):
    S: S
    B: B
    I: I
    L: I
    D: F
    Bin: S
    Ul: S

StartCommandExecutionParameters = TypedDict(
    "StartCommandExecutionParameters",
    {
        "TargetArn": S,
        "TargetArn.$": str,
        "CommandArn": S,
        "CommandArn.$": str,
        "Parameters": M[X[CommandParameterValue]],
        "Parameters.$": str,
        "ExecutionTimeoutSeconds": I,
        "ExecutionTimeoutSeconds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartNextPendingJobExecutionParameters = TypedDict(
    "StartNextPendingJobExecutionParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "StatusDetails": M[S],
        "StatusDetails.$": str,
        "StepTimeoutInMinutes": I,
        "StepTimeoutInMinutes.$": str,
    },
    total=False,
)
UpdateJobExecutionParameters = TypedDict(
    "UpdateJobExecutionParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "ThingName": S,
        "ThingName.$": str,
        "Status": S,
        "Status.$": str,
        "StatusDetails": M[S],
        "StatusDetails.$": str,
        "StepTimeoutInMinutes": I,
        "StepTimeoutInMinutes.$": str,
        "ExpectedVersion": I,
        "ExpectedVersion.$": str,
        "IncludeJobExecutionState": B,
        "IncludeJobExecutionState.$": str,
        "IncludeJobDocument": B,
        "IncludeJobDocument.$": str,
        "ExecutionNumber": I,
        "ExecutionNumber.$": str,
    },
    total=False,
)
describe_job_execution: Builder[DescribeJobExecutionParameters]
get_pending_job_executions: Builder[GetPendingJobExecutionsParameters]
start_command_execution: Builder[StartCommandExecutionParameters]
start_next_pending_job_execution: Builder[StartNextPendingJobExecutionParameters]
update_job_execution: Builder[UpdateJobExecutionParameters]

__all__ = [
    "describe_job_execution",
    "get_pending_job_executions",
    "start_command_execution",
    "start_next_pending_job_execution",
    "update_job_execution",
]
