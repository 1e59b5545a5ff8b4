"""Typed builders of the AWS SDK integration of connectscheduling (``aws-sdk:connectscheduling:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S, T, X

ApproveTimeOffParameters = TypedDict(
    "ApproveTimeOffParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "TimeOffId": S,
        "TimeOffId.$": str,
        "Description": S,
        "Description.$": str,
        "RuleFailureAction": S,
        "RuleFailureAction.$": str,
    },
    total=False,
)
CancelTimeOffParameters = TypedDict(
    "CancelTimeOffParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "TimeOffId": S,
        "TimeOffId.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
CreateTimeOffParameters = TypedDict(
    "CreateTimeOffParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "ShiftActivityId": S,
        "ShiftActivityId.$": str,
        "StartAt": T,
        "StartAt.$": str,
        "EndAt": T,
        "EndAt.$": str,
        "Description": S,
        "Description.$": str,
        "ApprovalType": S,
        "ApprovalType.$": str,
        "RuleFailureAction": S,
        "RuleFailureAction.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetTimeOffParameters = TypedDict(
    "GetTimeOffParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "TimeOffId": S,
        "TimeOffId.$": str,
    },
    total=False,
)

class Duration(TypedDict, total=False):
    Value: I
    Unit: S

PutTimeOffBalanceParameters = TypedDict(
    "PutTimeOffBalanceParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "ShiftActivityId": S,
        "ShiftActivityId.$": str,
        "Balance": X[Duration],
        "Balance.$": str,
    },
    total=False,
)
RejectTimeOffParameters = TypedDict(
    "RejectTimeOffParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "TimeOffId": S,
        "TimeOffId.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
approve_time_off: Builder[ApproveTimeOffParameters]
cancel_time_off: Builder[CancelTimeOffParameters]
create_time_off: Builder[CreateTimeOffParameters]
get_time_off: Builder[GetTimeOffParameters]
put_time_off_balance: Builder[PutTimeOffBalanceParameters]
reject_time_off: Builder[RejectTimeOffParameters]

__all__ = [
    "approve_time_off",
    "cancel_time_off",
    "create_time_off",
    "get_time_off",
    "put_time_off_balance",
    "reject_time_off",
]
