"""Typed builders of the AWS SDK integration of kendraranking (``aws-sdk:kendraranking:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, F, I, L, S, Si, X, Xi

class CapacityUnitsConfiguration(TypedDict, total=False):
    RescoreCapacityUnits: I

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateRescoreExecutionPlanParameters = TypedDict(
    "CreateRescoreExecutionPlanParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "CapacityUnits": X[CapacityUnitsConfiguration],
        "CapacityUnits.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteRescoreExecutionPlanParameters = TypedDict(
    "DeleteRescoreExecutionPlanParameters", {"Id": S, "Id.$": str}, total=False
)
DescribeRescoreExecutionPlanParameters = TypedDict(
    "DescribeRescoreExecutionPlanParameters", {"Id": S, "Id.$": str}, total=False
)
ListRescoreExecutionPlansParameters = TypedDict(
    "ListRescoreExecutionPlansParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)

class Document(TypedDict, total=False):
    Id: S
    GroupId: S
    Title: S
    Body: S
    TokenizedTitle: L[Si]
    TokenizedBody: L[Si]
    OriginalScore: F

RescoreParameters = TypedDict(
    "RescoreParameters",
    {
        "RescoreExecutionPlanId": S,
        "RescoreExecutionPlanId.$": str,
        "SearchQuery": S,
        "SearchQuery.$": str,
        "Documents": L[Xi[Document]],
        "Documents.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateRescoreExecutionPlanParameters = TypedDict(
    "UpdateRescoreExecutionPlanParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "CapacityUnits": X[CapacityUnitsConfiguration],
        "CapacityUnits.$": str,
    },
    total=False,
)
create_rescore_execution_plan: Builder[CreateRescoreExecutionPlanParameters]
delete_rescore_execution_plan: Builder[DeleteRescoreExecutionPlanParameters]
describe_rescore_execution_plan: Builder[DescribeRescoreExecutionPlanParameters]
list_rescore_execution_plans: Builder[ListRescoreExecutionPlansParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
rescore: Builder[RescoreParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_rescore_execution_plan: Builder[UpdateRescoreExecutionPlanParameters]

__all__ = [
    "create_rescore_execution_plan",
    "delete_rescore_execution_plan",
    "describe_rescore_execution_plan",
    "list_rescore_execution_plans",
    "list_tags_for_resource",
    "rescore",
    "tag_resource",
    "untag_resource",
    "update_rescore_execution_plan",
]
