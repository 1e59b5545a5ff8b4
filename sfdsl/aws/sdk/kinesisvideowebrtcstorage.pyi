"""Typed builders of the AWS SDK integration of kinesisvideowebrtcstorage (``aws-sdk:kinesisvideowebrtcstorage:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, S

JoinStorageSessionParameters = TypedDict(
    "JoinStorageSessionParameters", {"ChannelArn": S, "ChannelArn.$": str}, total=False
)
JoinStorageSessionAsViewerParameters = TypedDict(
    "JoinStorageSessionAsViewerParameters",
    {"ChannelArn": S, "ChannelArn.$": str, "ClientId": S, "ClientId.$": str},
    total=False,
)
join_storage_session: Builder[JoinStorageSessionParameters]
join_storage_session_as_viewer: Builder[JoinStorageSessionAsViewerParameters]

__all__ = ["join_storage_session", "join_storage_session_as_viewer"]
