"""Typed builders of the AWS SDK integration of marketplacereporting (``aws-sdk:marketplacereporting:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, L, S, Si

GetBuyerDashboardParameters = TypedDict(
    "GetBuyerDashboardParameters",
    {
        "DashboardIdentifier": S,
        "DashboardIdentifier.$": str,
        "EmbeddingDomains": L[Si],
        "EmbeddingDomains.$": str,
    },
    total=False,
)
get_buyer_dashboard: Builder[GetBuyerDashboardParameters]

__all__ = ["get_buyer_dashboard"]
