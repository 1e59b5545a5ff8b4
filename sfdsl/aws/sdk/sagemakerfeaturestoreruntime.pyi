"""Typed builders of the AWS SDK integration of sagemakerfeaturestoreruntime (``aws-sdk:sagemakerfeaturestoreruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

class BatchGetRecordIdentifier(TypedDict, total=False):
    FeatureGroupName: S
    RecordIdentifiersValueAsString: L[Si]
    FeatureNames: L[Si]

BatchGetRecordParameters = TypedDict(
    "BatchGetRecordParameters",
    {
        "Identifiers": L[Xi[BatchGetRecordIdentifier]],
        "Identifiers.$": str,
        "ExpirationTimeResponse": S,
        "ExpirationTimeResponse.$": str,
    },
    total=False,
)

class FeatureValue(TypedDict, total=False):
    FeatureName: S
    ValueAsString: S
    ValueAsStringList: L[Si]

class TtlDuration(TypedDict, total=False):
    Unit: S
    Value: I

class BatchWriteRecordEntry(TypedDict, total=False):
    FeatureGroupName: S
    Record: L[Xi[FeatureValue]]
    TargetStores: L[Si]
    TtlDuration: X[TtlDuration]

BatchWriteRecordParameters = TypedDict(
    "BatchWriteRecordParameters",
    {
        "Entries": L[Xi[BatchWriteRecordEntry]],
        "Entries.$": str,
        "TtlDuration": X[TtlDuration],
        "TtlDuration.$": str,
    },
    total=False,
)
DeleteRecordParameters = TypedDict(
    "DeleteRecordParameters",
    {
        "FeatureGroupName": S,
        "FeatureGroupName.$": str,
        "RecordIdentifierValueAsString": S,
        "RecordIdentifierValueAsString.$": str,
        "EventTime": S,
        "EventTime.$": str,
        "TargetStores": L[Si],
        "TargetStores.$": str,
        "DeletionMode": S,
        "DeletionMode.$": str,
    },
    total=False,
)
GetRecordParameters = TypedDict(
    "GetRecordParameters",
    {
        "FeatureGroupName": S,
        "FeatureGroupName.$": str,
        "RecordIdentifierValueAsString": S,
        "RecordIdentifierValueAsString.$": str,
        "FeatureNames": L[Si],
        "FeatureNames.$": str,
        "ExpirationTimeResponse": S,
        "ExpirationTimeResponse.$": str,
    },
    total=False,
)
ListRecordsParameters = TypedDict(
    "ListRecordsParameters",
    {
        "FeatureGroupName": S,
        "FeatureGroupName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeSoftDeletedRecords": B,
        "IncludeSoftDeletedRecords.$": str,
    },
    total=False,
)
PutRecordParameters = TypedDict(
    "PutRecordParameters",
    {
        "FeatureGroupName": S,
        "FeatureGroupName.$": str,
        "Record": L[Xi[FeatureValue]],
        "Record.$": str,
        "TargetStores": L[Si],
        "TargetStores.$": str,
        "TtlDuration": X[TtlDuration],
        "TtlDuration.$": str,
    },
    total=False,
)
UpdateRecordParameters = TypedDict(
    "UpdateRecordParameters",
    {
        "FeatureGroupName": S,
        "FeatureGroupName.$": str,
        "RecordIdentifierValueAsString": S,
        "RecordIdentifierValueAsString.$": str,
        "Features": L[Xi[FeatureValue]],
        "Features.$": str,
        "TargetStores": L[Si],
        "TargetStores.$": str,
        "TtlDuration": X[TtlDuration],
        "TtlDuration.$": str,
    },
    total=False,
)
batch_get_record: Builder[BatchGetRecordParameters]
batch_write_record: Builder[BatchWriteRecordParameters]
delete_record: Builder[DeleteRecordParameters]
get_record: Builder[GetRecordParameters]
list_records: Builder[ListRecordsParameters]
put_record: Builder[PutRecordParameters]
update_record: Builder[UpdateRecordParameters]

__all__ = [
    "batch_get_record",
    "batch_write_record",
    "delete_record",
    "get_record",
    "list_records",
    "put_record",
    "update_record",
]
