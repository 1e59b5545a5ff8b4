"""Typed builders of the AWS SDK integration of forecastquery (``aws-sdk:forecastquery:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, M, S

QueryForecastParameters = TypedDict(
    "QueryForecastParameters",
    {
        "ForecastArn": S,
        "ForecastArn.$": str,
        "StartDate": S,
        "StartDate.$": str,
        "EndDate": S,
        "EndDate.$": str,
        "Filters": M[S],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
QueryWhatIfForecastParameters = TypedDict(
    "QueryWhatIfForecastParameters",
    {
        "WhatIfForecastArn": S,
        "WhatIfForecastArn.$": str,
        "StartDate": S,
        "StartDate.$": str,
        "EndDate": S,
        "EndDate.$": str,
        "Filters": M[S],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
query_forecast: Builder[QueryForecastParameters]
query_what_if_forecast: Builder[QueryWhatIfForecastParameters]

__all__ = ["query_forecast", "query_what_if_forecast"]
