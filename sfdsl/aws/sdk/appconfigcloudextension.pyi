"""Typed builders of the AWS SDK integration of appconfigcloudextension (``aws-sdk:appconfigcloudextension:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, M, S

GetConfigurationParameters = TypedDict(
    "GetConfigurationParameters",
    {
        "Application": S,
        "Application.$": str,
        "Environment": S,
        "Environment.$": str,
        "Configuration": S,
        "Configuration.$": str,
    },
    total=False,
)
GetFlagParameters = TypedDict(
    "GetFlagParameters",
    {
        "Application": S,
        "Application.$": str,
        "Environment": S,
        "Environment.$": str,
        "Configuration": S,
        "Configuration.$": str,
        "Flag": S,
        "Flag.$": str,
        "Context": M[S],
        "Context.$": str,
    },
    total=False,
)
get_configuration: Builder[GetConfigurationParameters]
get_flag: Builder[GetFlagParameters]

__all__ = ["get_configuration", "get_flag"]
