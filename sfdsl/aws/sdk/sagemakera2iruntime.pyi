"""Typed builders of the AWS SDK integration of sagemakera2iruntime (``aws-sdk:sagemakera2iruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, T, X

DeleteHumanLoopParameters = TypedDict(
    "DeleteHumanLoopParameters", {"HumanLoopName": S, "HumanLoopName.$": str}, total=False
)
DescribeHumanLoopParameters = TypedDict(
    "DescribeHumanLoopParameters", {"HumanLoopName": S, "HumanLoopName.$": str}, total=False
)
ListHumanLoopsParameters = TypedDict(
    "ListHumanLoopsParameters",
    {
        "CreationTimeAfter": T,
        "CreationTimeAfter.$": str,
        "CreationTimeBefore": T,
        "CreationTimeBefore.$": str,
        "FlowDefinitionArn": S,
        "FlowDefinitionArn.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class HumanLoopInput(TypedDict, total=False):
    InputContent: S

class HumanLoopDataAttributes(TypedDict, total=False):
    ContentClassifiers: L[Si]

StartHumanLoopParameters = TypedDict(
    "StartHumanLoopParameters",
    {
        "HumanLoopName": S,
        "HumanLoopName.$": str,
        "FlowDefinitionArn": S,
        "FlowDefinitionArn.$": str,
        "HumanLoopInput": X[HumanLoopInput],
        "HumanLoopInput.$": str,
        "DataAttributes": X[HumanLoopDataAttributes],
        "DataAttributes.$": str,
    },
    total=False,
)
StopHumanLoopParameters = TypedDict(
    "StopHumanLoopParameters", {"HumanLoopName": S, "HumanLoopName.$": str}, total=False
)
delete_human_loop: Builder[DeleteHumanLoopParameters]
describe_human_loop: Builder[DescribeHumanLoopParameters]
list_human_loops: Builder[ListHumanLoopsParameters]
start_human_loop: Builder[StartHumanLoopParameters]
stop_human_loop: Builder[StopHumanLoopParameters]

__all__ = [
    "delete_human_loop",
    "describe_human_loop",
    "list_human_loops",
    "start_human_loop",
    "stop_human_loop",
]
