"""Typed builders of the AWS SDK integration of workmailmessageflow (``aws-sdk:workmailmessageflow:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, S, X

GetRawMessageContentParameters = TypedDict(
    "GetRawMessageContentParameters", {"MessageId": S, "MessageId.$": str}, total=False
)

class S3Reference(TypedDict, total=False):
    Bucket: S
    Key: S
    ObjectVersion: S

class RawMessageContent(TypedDict, total=False):
    S3Reference: X[S3Reference]

PutRawMessageContentParameters = TypedDict(
    "PutRawMessageContentParameters",
    {"MessageId": S, "MessageId.$": str, "Content": X[RawMessageContent], "Content.$": str},
    total=False,
)
get_raw_message_content: Builder[GetRawMessageContentParameters]
put_raw_message_content: Builder[PutRawMessageContentParameters]

__all__ = ["get_raw_message_content", "put_raw_message_content"]
