"""Typed builders of the AWS SDK integration of connectcontactlens (``aws-sdk:connectcontactlens:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, X, Xi

class TagCondition(TypedDict, total=False):
    TagKey: S
    TagValue: S
    ComparisonType: S

class CategoriesAttributeAndCondition(TypedDict, total=False):
    TagConditions: L[Xi[TagCondition]]

class CategoriesAttributeFilter(TypedDict, total=False):
    OrConditions: L[Xi[CategoriesAttributeAndCondition]]
    AndCondition: X[CategoriesAttributeAndCondition]
    TagCondition: X[TagCondition]

class RealTimeContactAnalysisSegmentsFilter(TypedDict, total=False):
    CategoriesAttributeFilter: X[CategoriesAttributeFilter]

ListRealtimeContactAnalysisSegmentsParameters = TypedDict(
    "ListRealtimeContactAnalysisSegmentsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ContactId": S,
        "ContactId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ListFilter": X[RealTimeContactAnalysisSegmentsFilter],
        "ListFilter.$": str,
    },
    total=False,
)
list_realtime_contact_analysis_segments: Builder[ListRealtimeContactAnalysisSegmentsParameters]

__all__ = ["list_realtime_contact_analysis_segments"]
