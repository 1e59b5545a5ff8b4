"""Typed builders of the AWS SDK integration of sustainability (``aws-sdk:sustainability:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X

class TimePeriod(TypedDict, total=False):
    Start: T
    End: T

class FilterExpression(TypedDict, total=False):
    Dimensions: M[L[Si]]

class GranularityConfiguration(TypedDict, total=False):
    FiscalYearStartMonth: I

GetEstimatedCarbonEmissionsParameters = TypedDict(
    "GetEstimatedCarbonEmissionsParameters",
    {
        "TimePeriod": X[TimePeriod],
        "TimePeriod.$": str,
        "GroupBy": L[Si],
        "GroupBy.$": str,
        "FilterBy": X[FilterExpression],
        "FilterBy.$": str,
        "EmissionsTypes": L[Si],
        "EmissionsTypes.$": str,
        "Granularity": S,
        "Granularity.$": str,
        "GranularityConfiguration": X[GranularityConfiguration],
        "GranularityConfiguration.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetEstimatedCarbonEmissionsDimensionValuesParameters = TypedDict(
    "GetEstimatedCarbonEmissionsDimensionValuesParameters",
    {
        "TimePeriod": X[TimePeriod],
        "TimePeriod.$": str,
        "Dimensions": L[Si],
        "Dimensions.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetEstimatedWaterAllocationParameters = TypedDict(
    "GetEstimatedWaterAllocationParameters",
    {
        "TimePeriod": X[TimePeriod],
        "TimePeriod.$": str,
        "GroupBy": L[Si],
        "GroupBy.$": str,
        "FilterBy": X[FilterExpression],
        "FilterBy.$": str,
        "AllocationTypes": L[Si],
        "AllocationTypes.$": str,
        "Granularity": S,
        "Granularity.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetEstimatedWaterAllocationDimensionValuesParameters = TypedDict(
    "GetEstimatedWaterAllocationDimensionValuesParameters",
    {
        "TimePeriod": X[TimePeriod],
        "TimePeriod.$": str,
        "Dimensions": L[Si],
        "Dimensions.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
get_estimated_carbon_emissions: Builder[GetEstimatedCarbonEmissionsParameters]
get_estimated_carbon_emissions_dimension_values: Builder[
    GetEstimatedCarbonEmissionsDimensionValuesParameters
]
get_estimated_water_allocation: Builder[GetEstimatedWaterAllocationParameters]
get_estimated_water_allocation_dimension_values: Builder[
    GetEstimatedWaterAllocationDimensionValuesParameters
]

__all__ = [
    "get_estimated_carbon_emissions",
    "get_estimated_carbon_emissions_dimension_values",
    "get_estimated_water_allocation",
    "get_estimated_water_allocation_dimension_values",
]
