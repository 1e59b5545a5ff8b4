"""Typed builders of the AWS SDK integration of ebs (``aws-sdk:ebs:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Xi

CompleteSnapshotParameters = TypedDict(
    "CompleteSnapshotParameters",
    {
        "SnapshotId": S,
        "SnapshotId.$": str,
        "ChangedBlocksCount": I,
        "ChangedBlocksCount.$": str,
        "Checksum": S,
        "Checksum.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
        "ChecksumAggregationMethod": S,
        "ChecksumAggregationMethod.$": str,
    },
    total=False,
)
GetSnapshotBlockParameters = TypedDict(
    "GetSnapshotBlockParameters",
    {
        "SnapshotId": S,
        "SnapshotId.$": str,
        "BlockIndex": I,
        "BlockIndex.$": str,
        "BlockToken": S,
        "BlockToken.$": str,
    },
    total=False,
)
ListChangedBlocksParameters = TypedDict(
    "ListChangedBlocksParameters",
    {
        "FirstSnapshotId": S,
        "FirstSnapshotId.$": str,
        "SecondSnapshotId": S,
        "SecondSnapshotId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StartingBlockIndex": I,
        "StartingBlockIndex.$": str,
    },
    total=False,
)
ListSnapshotBlocksParameters = TypedDict(
    "ListSnapshotBlocksParameters",
    {
        "SnapshotId": S,
        "SnapshotId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StartingBlockIndex": I,
        "StartingBlockIndex.$": str,
    },
    total=False,
)
PutSnapshotBlockParameters = TypedDict(
    "PutSnapshotBlockParameters",
    {
        "SnapshotId": S,
        "SnapshotId.$": str,
        "BlockIndex": I,
        "BlockIndex.$": str,
        "BlockData": S,
        "BlockData.$": str,
        "DataLength": I,
        "DataLength.$": str,
        "Progress": I,
        "Progress.$": str,
        "Checksum": S,
        "Checksum.$": str,
        "ChecksumAlgorithm": S,
        "ChecksumAlgorithm.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

StartSnapshotParameters = TypedDict(
    "StartSnapshotParameters",
    {
        "VolumeSize": I,
        "VolumeSize.$": str,
        "ParentSnapshotId": S,
        "ParentSnapshotId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Encrypted": B,
        "Encrypted.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Timeout": I,
        "Timeout.$": str,
    },
    total=False,
)
complete_snapshot: Builder[CompleteSnapshotParameters]
get_snapshot_block: Builder[GetSnapshotBlockParameters]
list_changed_blocks: Builder[ListChangedBlocksParameters]
list_snapshot_blocks: Builder[ListSnapshotBlocksParameters]
put_snapshot_block: Builder[PutSnapshotBlockParameters]
start_snapshot: Builder[StartSnapshotParameters]

__all__ = [
    "complete_snapshot",
    "get_snapshot_block",
    "list_changed_blocks",
    "list_snapshot_blocks",
    "put_snapshot_block",
    "start_snapshot",
]
