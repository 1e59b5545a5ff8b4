"""Typed builders of the AWS SDK integration of opensearchmemory (``aws-sdk:opensearchmemory:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, T, X, Xi

BatchGetEventParameters = TypedDict(
    "BatchGetEventParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "EventIds": L[Si],
        "EventIds.$": str,
    },
    total=False,
)

class MessageContent(TypedDict, total=False):
    Text: S

class Message(TypedDict, total=False):
    Role: S
    Content: X[MessageContent]

class UnifiedConversationalObject(TypedDict, total=False):
    Messages: L[Xi[Message]]

class UnifiedConversationalSource(TypedDict, total=False):
    Object: X[UnifiedConversationalObject]

class UnifiedConversational(TypedDict, total=False):
    Source: X[UnifiedConversationalSource]

class ConversationalPayload(TypedDict, total=False):
    Unified: X[UnifiedConversational]

class StructuredDataSource(TypedDict, total=False):
    Json: Doc

class StructuredDataPayload(TypedDict, total=False):
    Source: X[StructuredDataSource]

class S3Location(TypedDict, total=False):
    Uri: S

class BlobSource(TypedDict, total=False):
    S3Location: X[S3Location]

class BlobPayload(TypedDict, total=False):
    ContentType: S
    Source: X[BlobSource]

class EventPayload(TypedDict, total=False):
    Conversational: X[ConversationalPayload]
    StructuredData: X[StructuredDataPayload]
    Blob: X[BlobPayload]

CreateEventParameters = TypedDict(
    "CreateEventParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "EventTimestamp": T,
        "EventTimestamp.$": str,
        "Payload": X[EventPayload],
        "Payload.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Infer": B,
        "Infer.$": str,
    },
    total=False,
)
CreateMemoryParameters = TypedDict(
    "CreateMemoryParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Content": S,
        "Content.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class MemoryStrategyConfiguration(TypedDict, total=False):
    ExtractionPrompt: S
    ExtractEveryNMessages: I
    ExtractEveryNTokens: I
    IdleTimeoutSeconds: I
    ExtractionSeedTopK: I
    ExtractionSeedRecentN: I
    ConsolidationEnabled: B

class MemoryStrategy(TypedDict, total=False):
    Type: S
    Name: S
    Description: S
    Configuration: X[MemoryStrategyConfiguration]

class EncryptionConfiguration(TypedDict, total=False):
    KmsKeyArn: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateSpaceParameters = TypedDict(
    "CreateSpaceParameters",
    {
        "Name": S,
        "Name.$": str,
        "MemoryStrategies": L[Xi[MemoryStrategy]],
        "MemoryStrategies.$": str,
        "EventExpiryDays": I,
        "EventExpiryDays.$": str,
        "MemoryExpiryDays": I,
        "MemoryExpiryDays.$": str,
        "ExtractionModelId": S,
        "ExtractionModelId.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteEventParameters = TypedDict(
    "DeleteEventParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "EventId": S,
        "EventId.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "SessionId": S,
        "SessionId.$": str,
    },
    total=False,
)
DeleteMemoryParameters = TypedDict(
    "DeleteMemoryParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "MemoryId": S,
        "MemoryId.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "StrategyName": S,
        "StrategyName.$": str,
    },
    total=False,
)
DeleteSpaceParameters = TypedDict(
    "DeleteSpaceParameters", {"SpaceId": S, "SpaceId.$": str}, total=False
)
GetEventParameters = TypedDict(
    "GetEventParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "EventId": S,
        "EventId.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "SessionId": S,
        "SessionId.$": str,
    },
    total=False,
)
GetMemoryParameters = TypedDict(
    "GetMemoryParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "MemoryId": S,
        "MemoryId.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "StrategyName": S,
        "StrategyName.$": str,
    },
    total=False,
)
GetSpaceParameters = TypedDict("GetSpaceParameters", {"SpaceId": S, "SpaceId.$": str}, total=False)
ListEventsParameters = TypedDict(
    "ListEventsParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "EventTimestampBefore": T,
        "EventTimestampBefore.$": str,
        "EventTimestampAfter": T,
        "EventTimestampAfter.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MetadataFilters": M[S],
        "MetadataFilters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class StrategySelector(TypedDict, total=False):
    MemoryType: S
    MemoryStrategyNames: L[Si]

ListMemoriesParameters = TypedDict(
    "ListMemoriesParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "MemoryStrategies": L[Xi[StrategySelector]],
        "MemoryStrategies.$": str,
        "ActorIds": L[Si],
        "ActorIds.$": str,
        "SessionIds": L[Si],
        "SessionIds.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSpacesParameters = TypedDict(
    "ListSpacesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
SearchEventsParameters = TypedDict(
    "SearchEventsParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "SessionIds": L[Si],
        "SessionIds.$": str,
        "Query": Doc,
        "Query.$": str,
        "Sort": Doc,
        "Sort.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
SearchMemoriesParameters = TypedDict(
    "SearchMemoriesParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "MemoryStrategies": L[Xi[StrategySelector]],
        "MemoryStrategies.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "Query": Doc,
        "Query.$": str,
        "Sort": Doc,
        "Sort.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateMemoryParameters = TypedDict(
    "UpdateMemoryParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "MemoryId": S,
        "MemoryId.$": str,
        "Content": S,
        "Content.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "MetadataMode": S,
        "MetadataMode.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "StrategyName": S,
        "StrategyName.$": str,
    },
    total=False,
)
UpdateSpaceParameters = TypedDict(
    "UpdateSpaceParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "MemoryStrategies": L[Xi[MemoryStrategy]],
        "MemoryStrategies.$": str,
        "EventExpiryDays": I,
        "EventExpiryDays.$": str,
        "MemoryExpiryDays": I,
        "MemoryExpiryDays.$": str,
        "ExtractionModelId": S,
        "ExtractionModelId.$": str,
    },
    total=False,
)
batch_get_event: Builder[BatchGetEventParameters]
create_event: Builder[CreateEventParameters]
create_memory: Builder[CreateMemoryParameters]
create_space: Builder[CreateSpaceParameters]
delete_event: Builder[DeleteEventParameters]
delete_memory: Builder[DeleteMemoryParameters]
delete_space: Builder[DeleteSpaceParameters]
get_event: Builder[GetEventParameters]
get_memory: Builder[GetMemoryParameters]
get_space: Builder[GetSpaceParameters]
list_events: Builder[ListEventsParameters]
list_memories: Builder[ListMemoriesParameters]
list_spaces: Builder[ListSpacesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
search_events: Builder[SearchEventsParameters]
search_memories: Builder[SearchMemoriesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_memory: Builder[UpdateMemoryParameters]
update_space: Builder[UpdateSpaceParameters]

__all__ = [
    "batch_get_event",
    "create_event",
    "create_memory",
    "create_space",
    "delete_event",
    "delete_memory",
    "delete_space",
    "get_event",
    "get_memory",
    "get_space",
    "list_events",
    "list_memories",
    "list_spaces",
    "list_tags_for_resource",
    "search_events",
    "search_memories",
    "tag_resource",
    "untag_resource",
    "update_memory",
    "update_space",
]
