"""Typed builders of the AWS SDK integration of geomaps (``aws-sdk:geomaps:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si

GetGlyphsParameters = TypedDict(
    "GetGlyphsParameters",
    {"FontStack": S, "FontStack.$": str, "FontUnicodeRange": S, "FontUnicodeRange.$": str},
    total=False,
)
GetSpritesParameters = TypedDict(
    "GetSpritesParameters",
    {
        "FileName": S,
        "FileName.$": str,
        "Style": S,
        "Style.$": str,
        "ColorScheme": S,
        "ColorScheme.$": str,
        "Variant": S,
        "Variant.$": str,
    },
    total=False,
)
GetStaticMapParameters = TypedDict(
    "GetStaticMapParameters",
    {
        "BoundingBox": S,
        "BoundingBox.$": str,
        "BoundedPositions": S,
        "BoundedPositions.$": str,
        "Center": S,
        "Center.$": str,
        "ColorScheme": S,
        "ColorScheme.$": str,
        "CompactOverlay": S,
        "CompactOverlay.$": str,
        "CropLabels": B,
        "CropLabels.$": str,
        "GeoJsonOverlay": S,
        "GeoJsonOverlay.$": str,
        "Height": I,
        "Height.$": str,
        "Key": S,
        "Key.$": str,
        "LabelSize": S,
        "LabelSize.$": str,
        "Language": S,
        "Language.$": str,
        "Padding": I,
        "Padding.$": str,
        "PoliticalView": S,
        "PoliticalView.$": str,
        "PointsOfInterests": S,
        "PointsOfInterests.$": str,
        "Radius": I,
        "Radius.$": str,
        "FileName": S,
        "FileName.$": str,
        "ScaleBarUnit": S,
        "ScaleBarUnit.$": str,
        "Style": S,
        "Style.$": str,
        "Width": I,
        "Width.$": str,
        "Zoom": F,
        "Zoom.$": str,
    },
    total=False,
)
GetStyleDescriptorParameters = TypedDict(
    "GetStyleDescriptorParameters",
    {
        "Style": S,
        "Style.$": str,
        "ColorScheme": S,
        "ColorScheme.$": str,
        "PoliticalView": S,
        "PoliticalView.$": str,
        "Terrain": S,
        "Terrain.$": str,
        "ContourDensity": S,
        "ContourDensity.$": str,
        "Traffic": S,
        "Traffic.$": str,
        "TravelModes": L[Si],
        "TravelModes.$": str,
        "Buildings": S,
        "Buildings.$": str,
        "PoiDensity": S,
        "PoiDensity.$": str,
        "PoiCategories": L[Si],
        "PoiCategories.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)
GetTileParameters = TypedDict(
    "GetTileParameters",
    {
        "AdditionalFeatures": L[Si],
        "AdditionalFeatures.$": str,
        "Tileset": S,
        "Tileset.$": str,
        "Z": S,
        "Z.$": str,
        "X": S,
        "X.$": str,
        "Y": S,
        "Y.$": str,
        "Key": S,
        "Key.$": str,
    },
    total=False,
)
get_glyphs: Builder[GetGlyphsParameters]
get_sprites: Builder[GetSpritesParameters]
get_static_map: Builder[GetStaticMapParameters]
get_style_descriptor: Builder[GetStyleDescriptorParameters]
get_tile: Builder[GetTileParameters]

__all__ = ["get_glyphs", "get_sprites", "get_static_map", "get_style_descriptor", "get_tile"]
