"""Typed builders of the AWS SDK integration of dynamodbstreams (``aws-sdk:dynamodbstreams:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S, T, X

class ShardFilter(TypedDict, total=False):
    Type: S
    ShardId: S

DescribeStreamParameters = TypedDict(
    "DescribeStreamParameters",
    {
        "StreamArn": S,
        "StreamArn.$": str,
        "Limit": I,
        "Limit.$": str,
        "ExclusiveStartShardId": S,
        "ExclusiveStartShardId.$": str,
        "ShardFilter": X[ShardFilter],
        "ShardFilter.$": str,
    },
    total=False,
)
GetRecordsParameters = TypedDict(
    "GetRecordsParameters",
    {"ShardIterator": S, "ShardIterator.$": str, "Limit": I, "Limit.$": str},
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
        "Timestamp": T,
        "Timestamp.$": str,
    },
    total=False,
)
ListStreamsParameters = TypedDict(
    "ListStreamsParameters",
    {
        "TableName": S,
        "TableName.$": str,
        "Limit": I,
        "Limit.$": str,
        "ExclusiveStartStreamArn": S,
        "ExclusiveStartStreamArn.$": str,
    },
    total=False,
)
describe_stream: Builder[DescribeStreamParameters]
get_records: Builder[GetRecordsParameters]
get_shard_iterator: Builder[GetShardIteratorParameters]
list_streams: Builder[ListStreamsParameters]

__all__ = ["describe_stream", "get_records", "get_shard_iterator", "list_streams"]
