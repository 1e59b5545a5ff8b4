"""Typed builders of the AWS SDK integration of savingsplans (``aws-sdk:savingsplans:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, Ii, L, M, S, Si, T, Xi

CreateSavingsPlanParameters = TypedDict(
    "CreateSavingsPlanParameters",
    {
        "SavingsPlanOfferingId": S,
        "SavingsPlanOfferingId.$": str,
        "Commitment": S,
        "Commitment.$": str,
        "UpfrontPaymentAmount": S,
        "UpfrontPaymentAmount.$": str,
        "PurchaseTime": T,
        "PurchaseTime.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteQueuedSavingsPlanParameters = TypedDict(
    "DeleteQueuedSavingsPlanParameters", {"SavingsPlanId": S, "SavingsPlanId.$": str}, total=False
)

class SavingsPlanRateFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeSavingsPlanRatesParameters = TypedDict(
    "DescribeSavingsPlanRatesParameters",
    {
        "SavingsPlanId": S,
        "SavingsPlanId.$": str,
        "Filters": L[Xi[SavingsPlanRateFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SavingsPlanFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeSavingsPlansParameters = TypedDict(
    "DescribeSavingsPlansParameters",
    {
        "SavingsPlanArns": L[Si],
        "SavingsPlanArns.$": str,
        "SavingsPlanIds": L[Si],
        "SavingsPlanIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "States": L[Si],
        "States.$": str,
        "Filters": L[Xi[SavingsPlanFilter]],
        "Filters.$": str,
    },
    total=False,
)

class SavingsPlanOfferingRateFilterElement(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeSavingsPlansOfferingRatesParameters = TypedDict(
    "DescribeSavingsPlansOfferingRatesParameters",
    {
        "SavingsPlanOfferingIds": L[Si],
        "SavingsPlanOfferingIds.$": str,
        "SavingsPlanPaymentOptions": L[Si],
        "SavingsPlanPaymentOptions.$": str,
        "SavingsPlanTypes": L[Si],
        "SavingsPlanTypes.$": str,
        "Products": L[Si],
        "Products.$": str,
        "ServiceCodes": L[Si],
        "ServiceCodes.$": str,
        "UsageTypes": L[Si],
        "UsageTypes.$": str,
        "Operations": L[Si],
        "Operations.$": str,
        "Filters": L[Xi[SavingsPlanOfferingRateFilterElement]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SavingsPlanOfferingFilterElement(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeSavingsPlansOfferingsParameters = TypedDict(
    "DescribeSavingsPlansOfferingsParameters",
    {
        "OfferingIds": L[Si],
        "OfferingIds.$": str,
        "PaymentOptions": L[Si],
        "PaymentOptions.$": str,
        "ProductType": S,
        "ProductType.$": str,
        "PlanTypes": L[Si],
        "PlanTypes.$": str,
        "Durations": L[Ii],
        "Durations.$": str,
        "Currencies": L[Si],
        "Currencies.$": str,
        "Descriptions": L[Si],
        "Descriptions.$": str,
        "ServiceCodes": L[Si],
        "ServiceCodes.$": str,
        "UsageTypes": L[Si],
        "UsageTypes.$": str,
        "Operations": L[Si],
        "Operations.$": str,
        "Filters": L[Xi[SavingsPlanOfferingFilterElement]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ReturnSavingsPlanParameters = TypedDict(
    "ReturnSavingsPlanParameters",
    {"SavingsPlanId": S, "SavingsPlanId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
create_savings_plan: Builder[CreateSavingsPlanParameters]
delete_queued_savings_plan: Builder[DeleteQueuedSavingsPlanParameters]
describe_savings_plan_rates: Builder[DescribeSavingsPlanRatesParameters]
describe_savings_plans: Builder[DescribeSavingsPlansParameters]
describe_savings_plans_offering_rates: Builder[DescribeSavingsPlansOfferingRatesParameters]
describe_savings_plans_offerings: Builder[DescribeSavingsPlansOfferingsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
return_savings_plan: Builder[ReturnSavingsPlanParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "create_savings_plan",
    "delete_queued_savings_plan",
    "describe_savings_plan_rates",
    "describe_savings_plans",
    "describe_savings_plans_offering_rates",
    "describe_savings_plans_offerings",
    "list_tags_for_resource",
    "return_savings_plan",
    "tag_resource",
    "untag_resource",
]
