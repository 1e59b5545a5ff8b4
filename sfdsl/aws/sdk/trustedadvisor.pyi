"""Typed builders of the AWS SDK integration of trustedadvisor (``aws-sdk:trustedadvisor:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, T, Xi

class RecommendationResourceExclusion(TypedDict, total=False):
    Arn: S
    IsExcluded: B

BatchUpdateRecommendationResourceExclusionParameters = TypedDict(
    "BatchUpdateRecommendationResourceExclusionParameters",
    {
        "RecommendationResourceExclusions": L[Xi[RecommendationResourceExclusion]],
        "RecommendationResourceExclusions.$": str,
    },
    total=False,
)
GetOrganizationRecommendationParameters = TypedDict(
    "GetOrganizationRecommendationParameters",
    {"OrganizationRecommendationIdentifier": S, "OrganizationRecommendationIdentifier.$": str},
    total=False,
)
GetRecommendationParameters = TypedDict(
    "GetRecommendationParameters",
    {
        "RecommendationIdentifier": S,
        "RecommendationIdentifier.$": str,
        "Language": S,
        "Language.$": str,
    },
    total=False,
)
ListChecksParameters = TypedDict(
    "ListChecksParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Pillar": S,
        "Pillar.$": str,
        "AwsService": S,
        "AwsService.$": str,
        "Source": S,
        "Source.$": str,
        "Language": S,
        "Language.$": str,
    },
    total=False,
)
ListOrganizationRecommendationAccountsParameters = TypedDict(
    "ListOrganizationRecommendationAccountsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "OrganizationRecommendationIdentifier": S,
        "OrganizationRecommendationIdentifier.$": str,
        "AffectedAccountId": S,
        "AffectedAccountId.$": str,
    },
    total=False,
)
ListOrganizationRecommendationResourcesParameters = TypedDict(
    "ListOrganizationRecommendationResourcesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
        "ExclusionStatus": S,
        "ExclusionStatus.$": str,
        "RegionCode": S,
        "RegionCode.$": str,
        "OrganizationRecommendationIdentifier": S,
        "OrganizationRecommendationIdentifier.$": str,
        "AffectedAccountId": S,
        "AffectedAccountId.$": str,
    },
    total=False,
)
ListOrganizationRecommendationsParameters = TypedDict(
    "ListOrganizationRecommendationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Type": S,
        "Type.$": str,
        "Status": S,
        "Status.$": str,
        "Pillar": S,
        "Pillar.$": str,
        "AwsService": S,
        "AwsService.$": str,
        "Source": S,
        "Source.$": str,
        "CheckIdentifier": S,
        "CheckIdentifier.$": str,
        "AfterLastUpdatedAt": T,
        "AfterLastUpdatedAt.$": str,
        "BeforeLastUpdatedAt": T,
        "BeforeLastUpdatedAt.$": str,
    },
    total=False,
)
ListRecommendationResourcesParameters = TypedDict(
    "ListRecommendationResourcesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
        "ExclusionStatus": S,
        "ExclusionStatus.$": str,
        "RegionCode": S,
        "RegionCode.$": str,
        "RecommendationIdentifier": S,
        "RecommendationIdentifier.$": str,
        "Language": S,
        "Language.$": str,
    },
    total=False,
)
ListRecommendationsParameters = TypedDict(
    "ListRecommendationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Type": S,
        "Type.$": str,
        "Status": S,
        "Status.$": str,
        "Pillar": S,
        "Pillar.$": str,
        "AwsService": S,
        "AwsService.$": str,
        "Source": S,
        "Source.$": str,
        "CheckIdentifier": S,
        "CheckIdentifier.$": str,
        "AfterLastUpdatedAt": T,
        "AfterLastUpdatedAt.$": str,
        "BeforeLastUpdatedAt": T,
        "BeforeLastUpdatedAt.$": str,
        "Language": S,
        "Language.$": str,
    },
    total=False,
)
ListRecommendationsForResourceParameters = TypedDict(
    "ListRecommendationsForResourceParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AwsResourceArn": S,
        "AwsResourceArn.$": str,
        "Pillar": S,
        "Pillar.$": str,
        "Status": S,
        "Status.$": str,
        "CheckArn": S,
        "CheckArn.$": str,
        "Language": S,
        "Language.$": str,
    },
    total=False,
)
UpdateOrganizationRecommendationLifecycleParameters = TypedDict(
    "UpdateOrganizationRecommendationLifecycleParameters",
    {
        "LifecycleStage": S,
        "LifecycleStage.$": str,
        "UpdateReason": S,
        "UpdateReason.$": str,
        "UpdateReasonCode": S,
        "UpdateReasonCode.$": str,
        "OrganizationRecommendationIdentifier": S,
        "OrganizationRecommendationIdentifier.$": str,
    },
    total=False,
)
UpdateRecommendationLifecycleParameters = TypedDict(
    "UpdateRecommendationLifecycleParameters",
    {
        "LifecycleStage": S,
        "LifecycleStage.$": str,
        "UpdateReason": S,
        "UpdateReason.$": str,
        "UpdateReasonCode": S,
        "UpdateReasonCode.$": str,
        "RecommendationIdentifier": S,
        "RecommendationIdentifier.$": str,
    },
    total=False,
)
batch_update_recommendation_resource_exclusion: Builder[
    BatchUpdateRecommendationResourceExclusionParameters
]
get_organization_recommendation: Builder[GetOrganizationRecommendationParameters]
get_recommendation: Builder[GetRecommendationParameters]
list_checks: Builder[ListChecksParameters]
list_organization_recommendation_accounts: Builder[ListOrganizationRecommendationAccountsParameters]
list_organization_recommendation_resources: Builder[
    ListOrganizationRecommendationResourcesParameters
]
list_organization_recommendations: Builder[ListOrganizationRecommendationsParameters]
list_recommendation_resources: Builder[ListRecommendationResourcesParameters]
list_recommendations: Builder[ListRecommendationsParameters]
list_recommendations_for_resource: Builder[ListRecommendationsForResourceParameters]
update_organization_recommendation_lifecycle: Builder[
    UpdateOrganizationRecommendationLifecycleParameters
]
update_recommendation_lifecycle: Builder[UpdateRecommendationLifecycleParameters]

__all__ = [
    "batch_update_recommendation_resource_exclusion",
    "get_organization_recommendation",
    "get_recommendation",
    "list_checks",
    "list_organization_recommendation_accounts",
    "list_organization_recommendation_resources",
    "list_organization_recommendations",
    "list_recommendation_resources",
    "list_recommendations",
    "list_recommendations_for_resource",
    "update_organization_recommendation_lifecycle",
    "update_recommendation_lifecycle",
]
