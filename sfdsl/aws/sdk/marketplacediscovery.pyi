"""Typed builders of the AWS SDK integration of marketplacediscovery (``aws-sdk:marketplacediscovery:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, Xi

GetListingParameters = TypedDict(
    "GetListingParameters",
    {"Locale": S, "Locale.$": str, "ListingId": S, "ListingId.$": str},
    total=False,
)
GetOfferParameters = TypedDict(
    "GetOfferParameters",
    {"Locale": S, "Locale.$": str, "OfferId": S, "OfferId.$": str},
    total=False,
)
GetOfferSetParameters = TypedDict(
    "GetOfferSetParameters",
    {"Locale": S, "Locale.$": str, "OfferSetId": S, "OfferSetId.$": str},
    total=False,
)
GetOfferTermsParameters = TypedDict(
    "GetOfferTermsParameters",
    {
        "Locale": S,
        "Locale.$": str,
        "OfferId": S,
        "OfferId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetProductParameters = TypedDict(
    "GetProductParameters",
    {"Locale": S, "Locale.$": str, "ProductId": S, "ProductId.$": str},
    total=False,
)
ListFulfillmentOptionsParameters = TypedDict(
    "ListFulfillmentOptionsParameters",
    {
        "Locale": S,
        "Locale.$": str,
        "ProductId": S,
        "ProductId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListListingAttributesParameters = TypedDict(
    "ListListingAttributesParameters",
    {
        "Locale": S,
        "Locale.$": str,
        "ListingId": S,
        "ListingId.$": str,
        "AttributeTypes": L[Si],
        "AttributeTypes.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class PurchaseOptionFilter(TypedDict, total=False):
    FilterType: S
    FilterValues: L[Si]

ListPurchaseOptionsParameters = TypedDict(
    "ListPurchaseOptionsParameters",
    {
        "Locale": S,
        "Locale.$": str,
        "Filters": L[Xi[PurchaseOptionFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class SearchFilter(TypedDict, total=False):
    FilterType: S
    FilterValues: L[Si]

SearchFacetsParameters = TypedDict(
    "SearchFacetsParameters",
    {
        "Locale": S,
        "Locale.$": str,
        "SearchText": S,
        "SearchText.$": str,
        "Filters": L[Xi[SearchFilter]],
        "Filters.$": str,
        "FacetTypes": L[Si],
        "FacetTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
SearchListingsParameters = TypedDict(
    "SearchListingsParameters",
    {
        "Locale": S,
        "Locale.$": str,
        "SearchText": S,
        "SearchText.$": str,
        "Filters": L[Xi[SearchFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
get_listing: Builder[GetListingParameters]
get_offer: Builder[GetOfferParameters]
get_offer_set: Builder[GetOfferSetParameters]
get_offer_terms: Builder[GetOfferTermsParameters]
get_product: Builder[GetProductParameters]
list_fulfillment_options: Builder[ListFulfillmentOptionsParameters]
list_listing_attributes: Builder[ListListingAttributesParameters]
list_purchase_options: Builder[ListPurchaseOptionsParameters]
search_facets: Builder[SearchFacetsParameters]
search_listings: Builder[SearchListingsParameters]

__all__ = [
    "get_listing",
    "get_offer",
    "get_offer_set",
    "get_offer_terms",
    "get_product",
    "list_fulfillment_options",
    "list_listing_attributes",
    "list_purchase_options",
    "search_facets",
    "search_listings",
]
