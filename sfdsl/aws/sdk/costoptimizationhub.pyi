"""Typed builders of the AWS SDK integration of costoptimizationhub (``aws-sdk:costoptimizationhub:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

class GetPreferencesParameters(TypedDict, total=False): ...

GetRecommendationParameters = TypedDict(
    "GetRecommendationParameters", {"RecommendationId": S, "RecommendationId.$": str}, total=False
)

class TimePeriod(TypedDict, total=False):
    Start: S
    End: S

class OrderBy(TypedDict, total=False):
    Dimension: S
    Order: S

ListEfficiencyMetricsParameters = TypedDict(
    "ListEfficiencyMetricsParameters",
    {
        "GroupBy": S,
        "GroupBy.$": str,
        "Granularity": S,
        "Granularity.$": str,
        "TimePeriod": X[TimePeriod],
        "TimePeriod.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "OrderBy": X[OrderBy],
        "OrderBy.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEnrollmentStatusesParameters = TypedDict(
    "ListEnrollmentStatusesParameters",
    {
        "IncludeOrganizationInfo": B,
        "IncludeOrganizationInfo.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class Filter(TypedDict, total=False):
    RestartNeeded: B
    RollbackPossible: B
    ImplementationEfforts: L[Si]
    AccountIds: L[Si]
    Regions: L[Si]
    ResourceTypes: L[Si]
    ActionTypes: L[Si]
    Tags: L[Xi[Tag]]
    ResourceIds: L[Si]
    ResourceArns: L[Si]
    RecommendationIds: L[Si]

ListRecommendationSummariesParameters = TypedDict(
    "ListRecommendationSummariesParameters",
    {
        "Filter": X[Filter],
        "Filter.$": str,
        "GroupBy": S,
        "GroupBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Metrics": L[Si],
        "Metrics.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRecommendationsParameters = TypedDict(
    "ListRecommendationsParameters",
    {
        "Filter": X[Filter],
        "Filter.$": str,
        "OrderBy": X[OrderBy],
        "OrderBy.$": str,
        "IncludeAllRecommendations": B,
        "IncludeAllRecommendations.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
UpdateEnrollmentStatusParameters = TypedDict(
    "UpdateEnrollmentStatusParameters",
    {"Status": S, "Status.$": str, "IncludeMemberAccounts": B, "IncludeMemberAccounts.$": str},
    total=False,
)

class PreferredCommitment(TypedDict, total=False):
    Term: S
    PaymentOption: S

UpdatePreferencesParameters = TypedDict(
    "UpdatePreferencesParameters",
    {
        "SavingsEstimationMode": S,
        "SavingsEstimationMode.$": str,
        "MemberAccountDiscountVisibility": S,
        "MemberAccountDiscountVisibility.$": str,
        "PreferredCommitment": X[PreferredCommitment],
        "PreferredCommitment.$": str,
    },
    total=False,
)
get_preferences: Builder[GetPreferencesParameters]
get_recommendation: Builder[GetRecommendationParameters]
list_efficiency_metrics: Builder[ListEfficiencyMetricsParameters]
list_enrollment_statuses: Builder[ListEnrollmentStatusesParameters]
list_recommendation_summaries: Builder[ListRecommendationSummariesParameters]
list_recommendations: Builder[ListRecommendationsParameters]
update_enrollment_status: Builder[UpdateEnrollmentStatusParameters]
update_preferences: Builder[UpdatePreferencesParameters]

__all__ = [
    "get_preferences",
    "get_recommendation",
    "list_efficiency_metrics",
    "list_enrollment_statuses",
    "list_recommendation_summaries",
    "list_recommendations",
    "update_enrollment_status",
    "update_preferences",
]
