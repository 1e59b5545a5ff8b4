"""Typed builders of the AWS SDK integration of geoplaces (``aws-sdk:geoplaces:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, F, I, L, S, X

class FilterCircle(TypedDict, total=False):
    Center: L[F]
    Radius: I

class AutocompleteFilter(TypedDict, total=False):
    BoundingBox: L[F]
    Circle: X[FilterCircle]
    IncludeCountries: L[S]
    IncludePlaceTypes: L[S]

AutocompleteParameters = TypedDict(
    "AutocompleteParameters",
    {
        "QueryText": S,
        "QueryText.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "BiasPosition": L[F],
        "BiasPosition.$": str,
        "Filter": X[AutocompleteFilter],
        "Filter.$": str,
        "PostalCodeMode": S,
        "PostalCodeMode.$": str,
        "AdditionalFeatures": L[S],
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
    IncludeCountries: L[S]
    IncludePlaceTypes: L[S]

GeocodeParameters = TypedDict(
    "GeocodeParameters",
    {
        "QueryText": S,
        "QueryText.$": str,
        "QueryComponents": X[GeocodeQueryComponents],
        "QueryComponents.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "BiasPosition": L[F],
        "BiasPosition.$": str,
        "Filter": X[GeocodeFilter],
        "Filter.$": str,
        "AdditionalFeatures": L[S],
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
        "AddressTranslations": L[S],
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
        "AdditionalFeatures": L[S],
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
    IncludePlaceTypes: L[S]

ReverseGeocodeParameters = TypedDict(
    "ReverseGeocodeParameters",
    {
        "QueryPosition": L[F],
        "QueryPosition.$": str,
        "QueryRadius": I,
        "QueryRadius.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[ReverseGeocodeFilter],
        "Filter.$": str,
        "AdditionalFeatures": L[S],
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
    BoundingBox: L[F]
    IncludeCountries: L[S]
    IncludeCategories: L[S]
    ExcludeCategories: L[S]
    IncludeBusinessChains: L[S]
    ExcludeBusinessChains: L[S]
    IncludeFoodTypes: L[S]
    ExcludeFoodTypes: L[S]

SearchNearbyParameters = TypedDict(
    "SearchNearbyParameters",
    {
        "QueryPosition": L[F],
        "QueryPosition.$": str,
        "QueryRadius": I,
        "QueryRadius.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[SearchNearbyFilter],
        "Filter.$": str,
        "AdditionalFeatures": L[S],
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
    BoundingBox: L[F]
    Circle: X[FilterCircle]
    IncludeCountries: L[S]

SearchTextParameters = TypedDict(
    "SearchTextParameters",
    {
        "QueryText": S,
        "QueryText.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "BiasPosition": L[F],
        "BiasPosition.$": str,
        "Filter": X[SearchTextFilter],
        "Filter.$": str,
        "AdditionalFeatures": L[S],
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
    BoundingBox: L[F]
    Circle: X[FilterCircle]
    IncludeCountries: L[S]

SuggestParameters = TypedDict(
    "SuggestParameters",
    {
        "QueryText": S,
        "QueryText.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MaxQueryRefinements": I,
        "MaxQueryRefinements.$": str,
        "BiasPosition": L[F],
        "BiasPosition.$": str,
        "Filter": X[SuggestFilter],
        "Filter.$": str,
        "AdditionalFeatures": L[S],
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
