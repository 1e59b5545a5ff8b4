"""Typed builders of the AWS SDK integration of freetier (``aws-sdk:freetier:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

GetAccountActivityParameters = TypedDict(
    "GetAccountActivityParameters",
    {"ActivityId": S, "ActivityId.$": str, "LanguageCode": S, "LanguageCode.$": str},
    total=False,
)

class GetAccountPlanStateParameters(TypedDict, total=False): ...

class DimensionValues(TypedDict, total=False):
    Key: S
    Values: L[Si]
    MatchOptions: L[Si]

class Expression(TypedDict, total=False):
    Or: L[Xi[Expression]]
    And: L[Xi[Expression]]
    Not: X[Expression]
    Dimensions: X[DimensionValues]

GetFreeTierUsageParameters = TypedDict(
    "GetFreeTierUsageParameters",
    {
        "Filter": X[Expression],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAccountActivitiesParameters = TypedDict(
    "ListAccountActivitiesParameters",
    {
        "FilterActivityStatuses": L[Si],
        "FilterActivityStatuses.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
    },
    total=False,
)
UpgradeAccountPlanParameters = TypedDict(
    "UpgradeAccountPlanParameters", {"AccountPlanType": S, "AccountPlanType.$": str}, total=False
)
get_account_activity: Builder[GetAccountActivityParameters]
get_account_plan_state: Builder[GetAccountPlanStateParameters]
get_free_tier_usage: Builder[GetFreeTierUsageParameters]
list_account_activities: Builder[ListAccountActivitiesParameters]
upgrade_account_plan: Builder[UpgradeAccountPlanParameters]

__all__ = [
    "get_account_activity",
    "get_account_plan_state",
    "get_free_tier_usage",
    "list_account_activities",
    "upgrade_account_plan",
]
