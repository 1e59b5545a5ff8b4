"""Typed builders of the AWS SDK integration of uxc (``aws-sdk:uxc:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si

class GetAccountCustomizationsParameters(TypedDict, total=False): ...

ListServicesParameters = TypedDict(
    "ListServicesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
UpdateAccountCustomizationsParameters = TypedDict(
    "UpdateAccountCustomizationsParameters",
    {
        "AccountColor": S,
        "AccountColor.$": str,
        "VisibleServices": L[Si],
        "VisibleServices.$": str,
        "VisibleRegions": L[Si],
        "VisibleRegions.$": str,
    },
    total=False,
)
get_account_customizations: Builder[GetAccountCustomizationsParameters]
list_services: Builder[ListServicesParameters]
update_account_customizations: Builder[UpdateAccountCustomizationsParameters]

__all__ = ["get_account_customizations", "list_services", "update_account_customizations"]
