"""Typed builders of the AWS SDK integration of pricing (``aws-sdk:pricing:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, T, Xi

DescribeServicesParameters = TypedDict(
    "DescribeServicesParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "FormatVersion": S,
        "FormatVersion.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetAttributeValuesParameters = TypedDict(
    "GetAttributeValuesParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetPriceListFileUrlParameters = TypedDict(
    "GetPriceListFileUrlParameters",
    {"PriceListArn": S, "PriceListArn.$": str, "FileFormat": S, "FileFormat.$": str},
    total=False,
)

class Filter(TypedDict, total=False):
    Type: S
    Field: S
    Value: S

GetProductsParameters = TypedDict(
    "GetProductsParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "FormatVersion": S,
        "FormatVersion.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPriceListsParameters = TypedDict(
    "ListPriceListsParameters",
    {
        "ServiceCode": S,
        "ServiceCode.$": str,
        "EffectiveDate": T,
        "EffectiveDate.$": str,
        "RegionCode": S,
        "RegionCode.$": str,
        "CurrencyCode": S,
        "CurrencyCode.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
describe_services: Builder[DescribeServicesParameters]
get_attribute_values: Builder[GetAttributeValuesParameters]
get_price_list_file_url: Builder[GetPriceListFileUrlParameters]
get_products: Builder[GetProductsParameters]
list_price_lists: Builder[ListPriceListsParameters]

__all__ = [
    "describe_services",
    "get_attribute_values",
    "get_price_list_file_url",
    "get_products",
    "list_price_lists",
]
