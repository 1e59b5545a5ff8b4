"""Typed builders of the AWS SDK integration of agentregistry (``aws-sdk:agentregistry:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, Doc, I, L, S, Si, Xi

class RegistryRecordsEntry(TypedDict, total=False):
    RegistryId: S
    RecordIds: L[Si]

BatchGetDiscoverableRegistryRecordParameters = TypedDict(
    "BatchGetDiscoverableRegistryRecordParameters",
    {"Entries": L[Xi[RegistryRecordsEntry]], "Entries.$": str},
    total=False,
)

class RegistryRecordFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListDiscoverableRegistryRecordsParameters = TypedDict(
    "ListDiscoverableRegistryRecordsParameters",
    {
        "RegistryId": S,
        "RegistryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[RegistryRecordFilter]],
        "Filters.$": str,
    },
    total=False,
)
SearchDiscoverableRegistryRecordsParameters = TypedDict(
    "SearchDiscoverableRegistryRecordsParameters",
    {
        "SearchQuery": S,
        "SearchQuery.$": str,
        "RegistryIds": L[Si],
        "RegistryIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": Doc,
        "Filters.$": str,
        "SearchType": S,
        "SearchType.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
batch_get_discoverable_registry_record: Builder[BatchGetDiscoverableRegistryRecordParameters]
list_discoverable_registry_records: Builder[ListDiscoverableRegistryRecordsParameters]
search_discoverable_registry_records: Builder[SearchDiscoverableRegistryRecordsParameters]

__all__ = [
    "batch_get_discoverable_registry_record",
    "list_discoverable_registry_records",
    "search_discoverable_registry_records",
]
