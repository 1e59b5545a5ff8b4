"""Typed builders of the AWS SDK integration of savingsplans (``aws-sdk:savingsplans:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, T, X

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
    Values: L[S]

DescribeSavingsPlanRatesParameters = TypedDict(
    "DescribeSavingsPlanRatesParameters",
    {
        "SavingsPlanId": S,
        "SavingsPlanId.$": str,
        "Filters": L[X[SavingsPlanRateFilter]],
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
    Values: L[S]

DescribeSavingsPlansParameters = TypedDict(
    "DescribeSavingsPlansParameters",
    {
        "SavingsPlanArns": L[S],
        "SavingsPlanArns.$": str,
        "SavingsPlanIds": L[S],
        "SavingsPlanIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "States": L[S],
        "States.$": str,
        "Filters": L[X[SavingsPlanFilter]],
        "Filters.$": str,
    },
    total=False,
)

class SavingsPlanOfferingRateFilterElement(TypedDict, total=False):
    Name: S
    Values: L[S]

DescribeSavingsPlansOfferingRatesParameters = TypedDict(
    "DescribeSavingsPlansOfferingRatesParameters",
    {
        "SavingsPlanOfferingIds": L[S],
        "SavingsPlanOfferingIds.$": str,
        "SavingsPlanPaymentOptions": L[S],
        "SavingsPlanPaymentOptions.$": str,
        "SavingsPlanTypes": L[S],
        "SavingsPlanTypes.$": str,
        "Products": L[S],
        "Products.$": str,
        "ServiceCodes": L[S],
        "ServiceCodes.$": str,
        "UsageTypes": L[S],
        "UsageTypes.$": str,
        "Operations": L[S],
        "Operations.$": str,
        "Filters": L[X[SavingsPlanOfferingRateFilterElement]],
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
    Values: L[S]

DescribeSavingsPlansOfferingsParameters = TypedDict(
    "DescribeSavingsPlansOfferingsParameters",
    {
        "OfferingIds": L[S],
        "OfferingIds.$": str,
        "PaymentOptions": L[S],
        "PaymentOptions.$": str,
        "ProductType": S,
        "ProductType.$": str,
        "PlanTypes": L[S],
        "PlanTypes.$": str,
        "Durations": L[I],
        "Durations.$": str,
        "Currencies": L[S],
        "Currencies.$": str,
        "Descriptions": L[S],
        "Descriptions.$": str,
        "ServiceCodes": L[S],
        "ServiceCodes.$": str,
        "UsageTypes": L[S],
        "UsageTypes.$": str,
        "Operations": L[S],
        "Operations.$": str,
        "Filters": L[X[SavingsPlanOfferingFilterElement]],
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
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[S], "TagKeys.$": str},
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
