"""Typed builders of the AWS SDK integration of migrationhubconfig (``aws-sdk:migrationhubconfig:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, S, X

class Target(TypedDict, total=False):
    Type: S
    Id: S

CreateHomeRegionControlParameters = TypedDict(
    "CreateHomeRegionControlParameters",
    {
        "HomeRegion": S,
        "HomeRegion.$": str,
        "Target": X[Target],
        "Target.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteHomeRegionControlParameters = TypedDict(
    "DeleteHomeRegionControlParameters", {"ControlId": S, "ControlId.$": str}, total=False
)
DescribeHomeRegionControlsParameters = TypedDict(
    "DescribeHomeRegionControlsParameters",
    {
        "ControlId": S,
        "ControlId.$": str,
        "HomeRegion": S,
        "HomeRegion.$": str,
        "Target": X[Target],
        "Target.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class GetHomeRegionParameters(TypedDict, total=False): ...

create_home_region_control: Builder[CreateHomeRegionControlParameters]
delete_home_region_control: Builder[DeleteHomeRegionControlParameters]
describe_home_region_controls: Builder[DescribeHomeRegionControlsParameters]
get_home_region: Builder[GetHomeRegionParameters]

__all__ = [
    "create_home_region_control",
    "delete_home_region_control",
    "describe_home_region_controls",
    "get_home_region",
]
