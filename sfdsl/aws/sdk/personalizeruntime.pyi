"""Typed builders of the AWS SDK integration of personalizeruntime (``aws-sdk:personalizeruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, Xi

GetActionRecommendationsParameters = TypedDict(
    "GetActionRecommendationsParameters",
    {
        "CampaignArn": S,
        "CampaignArn.$": str,
        "UserId": S,
        "UserId.$": str,
        "NumResults": I,
        "NumResults.$": str,
        "FilterArn": S,
        "FilterArn.$": str,
        "FilterValues": M[S],
        "FilterValues.$": str,
    },
    total=False,
)
GetPersonalizedRankingParameters = TypedDict(
    "GetPersonalizedRankingParameters",
    {
        "CampaignArn": S,
        "CampaignArn.$": str,
        "InputList": L[Si],
        "InputList.$": str,
        "UserId": S,
        "UserId.$": str,
        "Context": M[S],
        "Context.$": str,
        "FilterArn": S,
        "FilterArn.$": str,
        "FilterValues": M[S],
        "FilterValues.$": str,
        "MetadataColumns": M[L[Si]],
        "MetadataColumns.$": str,
    },
    total=False,
)

class Promotion(TypedDict, total=False):
    Name: S
    PercentPromotedItems: I
    FilterArn: S
    FilterValues: M[S]

GetRecommendationsParameters = TypedDict(
    "GetRecommendationsParameters",
    {
        "CampaignArn": S,
        "CampaignArn.$": str,
        "ItemId": S,
        "ItemId.$": str,
        "UserId": S,
        "UserId.$": str,
        "NumResults": I,
        "NumResults.$": str,
        "Context": M[S],
        "Context.$": str,
        "FilterArn": S,
        "FilterArn.$": str,
        "FilterValues": M[S],
        "FilterValues.$": str,
        "RecommenderArn": S,
        "RecommenderArn.$": str,
        "Promotions": L[Xi[Promotion]],
        "Promotions.$": str,
        "MetadataColumns": M[L[Si]],
        "MetadataColumns.$": str,
    },
    total=False,
)
get_action_recommendations: Builder[GetActionRecommendationsParameters]
get_personalized_ranking: Builder[GetPersonalizedRankingParameters]
get_recommendations: Builder[GetRecommendationsParameters]

__all__ = ["get_action_recommendations", "get_personalized_ranking", "get_recommendations"]
