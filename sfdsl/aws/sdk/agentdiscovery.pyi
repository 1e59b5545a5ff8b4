"""Typed builders of the AWS SDK integration of agentdiscovery (``aws-sdk:agentdiscovery:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, Doc, I, S

SearchPublicRecordsParameters = TypedDict(
    "SearchPublicRecordsParameters",
    {
        "SearchQuery": S,
        "SearchQuery.$": str,
        "Filters": Doc,
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
search_public_records: Builder[SearchPublicRecordsParameters]

__all__ = ["search_public_records"]
