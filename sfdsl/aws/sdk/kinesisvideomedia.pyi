"""Typed builders of the AWS SDK integration of kinesisvideomedia (``aws-sdk:kinesisvideomedia:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, S, T, X

class StartSelector(TypedDict, total=False):
    StartSelectorType: S
    AfterFragmentNumber: S
    StartTimestamp: T
    ContinuationToken: S

GetMediaParameters = TypedDict(
    "GetMediaParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StartSelector": X[StartSelector],
        "StartSelector.$": str,
    },
    total=False,
)
get_media: Builder[GetMediaParameters]

__all__ = ["get_media"]
