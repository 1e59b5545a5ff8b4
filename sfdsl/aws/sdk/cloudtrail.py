"""Typed builders of the AWS SDK integration of cloudtrail (``aws-sdk:cloudtrail:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from sfdsl.aws.sdk import builders

__getattr__, __dir__ = builders("cloudtrail")
