"""Typed builders of the AWS SDK integration of geoplaces (``aws-sdk:geoplaces:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, F, Fi, I, L, S, Si, X

class FilterCircle(TypedDict, total=False):
    Center: L[Fi]
    Radius: I

class AutocompleteFilter(TypedDict, total=False):
    BoundingBox: L[Fi]
    Circle: X[FilterCircle]
    IncludeCountries: L[Si]
    IncludePlaceTypes: L[Si]

AutocompleteParameters = TypedDict(
    "AutocompleteParameters",
    {
        "QueryText": S,
        "QueryText.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "BiasPosition": L[Fi],
        "BiasPosition.$": str,
        "Filter": X[AutocompleteFilter],
        "Filter.$": str,
        "PostalCodeMode": S,
        "PostalCodeMode.$": str,
        "AdditionalFeatures": L[Si],
        "AdditionalFeatures.$": str,
        "Language": S,
        "Language.$": str,
        "PoliticalView": S,
        "PoliticalView.$": str,
        "IntendedUse": S,
        "IntendedUse.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)

class GeocodeQueryComponents(TypedDict, total=False):
    Country: S
    Region: S
    SubRegion: S
    Locality: S
    District: S
    Street: S
    AddressNumber: S
    PostalCode: S

class GeocodeFilter(TypedDict, total=False):
    IncludeCountries: L[Si]
    IncludePlaceTypes: L[Si]

GeocodeParameters = TypedDict(
    "GeocodeParameters",
    {
        "QueryText": S,
        "QueryText.$": str,
        "QueryComponents": X[GeocodeQueryComponents],
        "QueryComponents.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "BiasPosition": L[Fi],
        "BiasPosition.$": str,
        "Filter": X[GeocodeFilter],
        "Filter.$": str,
        "AdditionalFeatures": L[Si],
        "AdditionalFeatures.$": str,
        "Language": S,
        "Language.$": str,
        "PoliticalView": S,
        "PoliticalView.$": str,
        "IntendedUse": S,
        "IntendedUse.$": str,
        "Key": S,
        "Key.$": str,
        "PostalCodeMode": S,
        "PostalCodeMode.$": str,
        "AddressTranslations": L[Si],
        "AddressTranslations.$": str,
        "AddressNamesMode": S,
        "AddressNamesMode.$": str,
    },
    total=False,
)
GetPlaceParameters = TypedDict(
    "GetPlaceParameters",
    {
        "PlaceId": S,
        "PlaceId.$": str,
        "AdditionalFeatures": L[Si],
        "AdditionalFeatures.$": str,
        "Language": S,
        "Language.$": str,
        "PoliticalView": S,
        "PoliticalView.$": str,
        "IntendedUse": S,
        "IntendedUse.$": str,
        "Key": S,
        "Key.$": str,
        "AddressNamesMode": S,
        "AddressNamesMode.$": str,
    },
    total=False,
)

class ReverseGeocodeFilter(TypedDict, total=False):
    IncludePlaceTypes: L[Si]

ReverseGeocodeParameters = TypedDict(
    "ReverseGeocodeParameters",
    {
        "QueryPosition": L[Fi],
        "QueryPosition.$": str,
        "QueryRadius": I,
        "QueryRadius.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[ReverseGeocodeFilter],
        "Filter.$": str,
        "AdditionalFeatures": L[Si],
        "AdditionalFeatures.$": str,
        "Language": S,
        "Language.$": str,
        "PoliticalView": S,
        "PoliticalView.$": str,
        "IntendedUse": S,
        "IntendedUse.$": str,
        "Key": S,
        "Key.$": str,
        "Heading": F,
        "Heading.$": str,
        "AddressNamesMode": S,
        "AddressNamesMode.$": str,
    },
    total=False,
)

class SearchNearbyFilter(TypedDict, total=False):
    BoundingBox: L[Fi]
    IncludeCountries: L[Si]
    IncludeCategories: L[Si]
    ExcludeCategories: L[Si]
    IncludeBusinessChains: L[Si]
    ExcludeBusinessChains: L[Si]
    IncludeFoodTypes: L[Si]
    ExcludeFoodTypes: L[Si]

SearchNearbyParameters = TypedDict(
    "SearchNearbyParameters",
    {
        "QueryPosition": L[Fi],
        "QueryPosition.$": str,
        "QueryRadius": I,
        "QueryRadius.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[SearchNearbyFilter],
        "Filter.$": str,
        "AdditionalFeatures": L[Si],
        "AdditionalFeatures.$": str,
        "Language": S,
        "Language.$": str,
        "PoliticalView": S,
        "PoliticalView.$": str,
        "IntendedUse": S,
        "IntendedUse.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)

class SearchTextFilter(TypedDict, total=False):
    BoundingBox: L[Fi]
    Circle: X[FilterCircle]
    IncludeCountries: L[Si]

SearchTextParameters = TypedDict(
    "SearchTextParameters",
    {
        "QueryText": S,
        "QueryText.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "BiasPosition": L[Fi],
        "BiasPosition.$": str,
        "Filter": X[SearchTextFilter],
        "Filter.$": str,
        "AdditionalFeatures": L[Si],
        "AdditionalFeatures.$": str,
        "Language": S,
        "Language.$": str,
        "PoliticalView": S,
        "PoliticalView.$": str,
        "IntendedUse": S,
        "IntendedUse.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TravelMode": S,
        "TravelMode.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)

class SuggestFilter(TypedDict, total=False):
    BoundingBox: L[Fi]
    Circle: X[FilterCircle]
    IncludeCountries: L[Si]

SuggestParameters = TypedDict(
    "SuggestParameters",
    {
        "QueryText": S,
        "QueryText.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MaxQueryRefinements": I,
        "MaxQueryRefinements.$": str,
        "BiasPosition": L[Fi],
        "BiasPosition.$": str,
        "Filter": X[SuggestFilter],
        "Filter.$": str,
        "AdditionalFeatures": L[Si],
        "AdditionalFeatures.$": str,
        "Language": S,
        "Language.$": str,
        "PoliticalView": S,
        "PoliticalView.$": str,
        "IntendedUse": S,
        "IntendedUse.$": str,
        "TravelMode": S,
        "TravelMode.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)
autocomplete: Builder[AutocompleteParameters]
geocode: Builder[GeocodeParameters]
get_place: Builder[GetPlaceParameters]
reverse_geocode: Builder[ReverseGeocodeParameters]
search_nearby: Builder[SearchNearbyParameters]
search_text: Builder[SearchTextParameters]
suggest: Builder[SuggestParameters]

__all__ = [
    "autocomplete",
    "geocode",
    "get_place",
    "reverse_geocode",
    "search_nearby",
    "search_text",
    "suggest",
]
