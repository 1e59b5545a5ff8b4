"""Typed builders of the AWS SDK integration of marketplaceentitlement (``aws-sdk:marketplaceentitlement:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si

GetEntitlementsParameters = TypedDict(
    "GetEntitlementsParameters",
    {
        "ProductCode": S,
        "ProductCode.$": str,
        "Filter": M[L[Si]],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
get_entitlements: Builder[GetEntitlementsParameters]

__all__ = ["get_entitlements"]
