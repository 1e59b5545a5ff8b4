"""Typed builders of the AWS SDK integration of mediastoredata (``aws-sdk:mediastoredata:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S

DeleteObjectParameters = TypedDict(
    "DeleteObjectParameters", {"Path": S, "Path.$": str}, total=False
)
DescribeObjectParameters = TypedDict(
    "DescribeObjectParameters", {"Path": S, "Path.$": str}, total=False
)
GetObjectParameters = TypedDict(
    "GetObjectParameters", {"Path": S, "Path.$": str, "Range": S, "Range.$": str}, total=False
)
ListItemsParameters = TypedDict(
    "ListItemsParameters",
    {
        "Path": S,
        "Path.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PutObjectParameters = TypedDict(
    "PutObjectParameters",
    {
        "Body": S,
        "Body.$": str,
        "Path": S,
        "Path.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "CacheControl": S,
        "CacheControl.$": str,
        "StorageClass": S,
        "StorageClass.$": str,
        "UploadAvailability": S,
        "UploadAvailability.$": str,
    },
    total=False,
)
delete_object: Builder[DeleteObjectParameters]
describe_object: Builder[DescribeObjectParameters]
get_object: Builder[GetObjectParameters]
list_items: Builder[ListItemsParameters]
put_object: Builder[PutObjectParameters]

__all__ = ["delete_object", "describe_object", "get_object", "list_items", "put_object"]
