"""Typed builders of the AWS SDK integration of bcmrecommendedactions (``aws-sdk:bcmrecommendedactions:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

class ActionFilter(TypedDict, total=False):
    Key: S
    MatchOption: S
    Values: L[Si]

class RequestFilter(TypedDict, total=False):
    Actions: L[Xi[ActionFilter]]

ListRecommendedActionsParameters = TypedDict(
    "ListRecommendedActionsParameters",
    {
        "Filter": X[RequestFilter],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
list_recommended_actions: Builder[ListRecommendedActionsParameters]

__all__ = ["list_recommended_actions"]
