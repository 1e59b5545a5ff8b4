"""Typed builders of the AWS SDK integration of appconfigdata (``aws-sdk:appconfigdata:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S

GetLatestConfigurationParameters = TypedDict(
    "GetLatestConfigurationParameters",
    {"ConfigurationToken": S, "ConfigurationToken.$": str},
    total=False,
)
StartConfigurationSessionParameters = TypedDict(
    "StartConfigurationSessionParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "ConfigurationProfileIdentifier": S,
        "ConfigurationProfileIdentifier.$": str,
        "RequiredMinimumPollIntervalInSeconds": I,
        "RequiredMinimumPollIntervalInSeconds.$": str,
    },
    total=False,
)
get_latest_configuration: Builder[GetLatestConfigurationParameters]
start_configuration_session: Builder[StartConfigurationSessionParameters]

__all__ = ["get_latest_configuration", "start_configuration_session"]
