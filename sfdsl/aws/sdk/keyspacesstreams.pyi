"""Typed builders of the AWS SDK integration of keyspacesstreams (``aws-sdk:keyspacesstreams:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S, X

GetRecordsParameters = TypedDict(
    "GetRecordsParameters",
    {"ShardIterator": S, "ShardIterator.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
GetShardIteratorParameters = TypedDict(
    "GetShardIteratorParameters",
    {
        "StreamArn": S,
        "StreamArn.$": str,
        "ShardId": S,
        "ShardId.$": str,
        "ShardIteratorType": S,
        "ShardIteratorType.$": str,
        "SequenceNumber": S,
        "SequenceNumber.$": str,
    },
    total=False,
)

class ShardFilter(TypedDict, total=False):
    Type: S
    ShardId: S

GetStreamParameters = TypedDict(
    "GetStreamParameters",
    {
        "StreamArn": S,
        "StreamArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ShardFilter": X[ShardFilter],
        "ShardFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListStreamsParameters = TypedDict(
    "ListStreamsParameters",
    {
        "KeyspaceName": S,
        "KeyspaceName.$": str,
        "TableName": S,
        "TableName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
get_records: Builder[GetRecordsParameters]
get_shard_iterator: Builder[GetShardIteratorParameters]
get_stream: Builder[GetStreamParameters]
list_streams: Builder[ListStreamsParameters]

__all__ = ["get_records", "get_shard_iterator", "get_stream", "list_streams"]
