"""Typed builders of the AWS SDK integration of inspectorscan (``aws-sdk:inspectorscan:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, Doc, S

ScanSbomParameters = TypedDict(
    "ScanSbomParameters",
    {"Sbom": Doc, "Sbom.$": str, "OutputFormat": S, "OutputFormat.$": str},
    total=False,
)
scan_sbom: Builder[ScanSbomParameters]

__all__ = ["scan_sbom"]
