"""Typed builders of the AWS SDK integration of ivsrealtime (``aws-sdk:ivsrealtime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

class Video(TypedDict, total=False):
    Width: I
    Height: I
    Framerate: F
    Bitrate: I

CreateEncoderConfigurationParameters = TypedDict(
    "CreateEncoderConfigurationParameters",
    {"Name": S, "Name.$": str, "Video": X[Video], "Video.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
CreateIngestConfigurationParameters = TypedDict(
    "CreateIngestConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "StageArn": S,
        "StageArn.$": str,
        "UserId": S,
        "UserId.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "IngestProtocol": S,
        "IngestProtocol.$": str,
        "InsecureIngest": B,
        "InsecureIngest.$": str,
        "RedundantIngest": B,
        "RedundantIngest.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateParticipantTokenParameters = TypedDict(
    "CreateParticipantTokenParameters",
    {
        "StageArn": S,
        "StageArn.$": str,
        "Duration": I,
        "Duration.$": str,
        "UserId": S,
        "UserId.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
    },
    total=False,
)

class ParticipantTokenConfiguration(TypedDict, total=False):
    Duration: I
    UserId: S
    Attributes: M[S]
    Capabilities: L[Si]

class ParticipantThumbnailConfiguration(TypedDict, total=False):
    TargetIntervalSeconds: I
    Storage: L[Si]
    RecordingMode: S

class ParticipantRecordingHlsConfiguration(TypedDict, total=False):
    TargetSegmentDurationSeconds: I

class AutoParticipantRecordingConfiguration(TypedDict, total=False):
    StorageConfigurationArn: S
    MediaTypes: L[Si]
    ThumbnailConfiguration: X[ParticipantThumbnailConfiguration]
    RecordingReconnectWindowSeconds: I
    HlsConfiguration: X[ParticipantRecordingHlsConfiguration]
    RecordParticipantReplicas: B

CreateStageParameters = TypedDict(
    "CreateStageParameters",
    {
        "Name": S,
        "Name.$": str,
        "ParticipantTokenConfigurations": L[Xi[ParticipantTokenConfiguration]],
        "ParticipantTokenConfigurations.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AutoParticipantRecordingConfiguration": X[AutoParticipantRecordingConfiguration],
        "AutoParticipantRecordingConfiguration.$": str,
    },
    total=False,
)

class S3StorageConfiguration(TypedDict, total=False):
    BucketName: S

CreateStorageConfigurationParameters = TypedDict(
    "CreateStorageConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "S3": X[S3StorageConfiguration],
        "S3.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteEncoderConfigurationParameters = TypedDict(
    "DeleteEncoderConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteIngestConfigurationParameters = TypedDict(
    "DeleteIngestConfigurationParameters",
    {"Arn": S, "Arn.$": str, "Force": B, "Force.$": str},
    total=False,
)
DeletePublicKeyParameters = TypedDict(
    "DeletePublicKeyParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteStageParameters = TypedDict("DeleteStageParameters", {"Arn": S, "Arn.$": str}, total=False)
DeleteStorageConfigurationParameters = TypedDict(
    "DeleteStorageConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
DisconnectParticipantParameters = TypedDict(
    "DisconnectParticipantParameters",
    {
        "StageArn": S,
        "StageArn.$": str,
        "ParticipantId": S,
        "ParticipantId.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
GetCompositionParameters = TypedDict(
    "GetCompositionParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetEncoderConfigurationParameters = TypedDict(
    "GetEncoderConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetIngestConfigurationParameters = TypedDict(
    "GetIngestConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetParticipantParameters = TypedDict(
    "GetParticipantParameters",
    {
        "StageArn": S,
        "StageArn.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ParticipantId": S,
        "ParticipantId.$": str,
    },
    total=False,
)
GetPublicKeyParameters = TypedDict("GetPublicKeyParameters", {"Arn": S, "Arn.$": str}, total=False)
GetStageParameters = TypedDict("GetStageParameters", {"Arn": S, "Arn.$": str}, total=False)
GetStageSessionParameters = TypedDict(
    "GetStageSessionParameters",
    {"StageArn": S, "StageArn.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
GetStorageConfigurationParameters = TypedDict(
    "GetStorageConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
ImportPublicKeyParameters = TypedDict(
    "ImportPublicKeyParameters",
    {
        "PublicKeyMaterial": S,
        "PublicKeyMaterial.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
ListCompositionsParameters = TypedDict(
    "ListCompositionsParameters",
    {
        "FilterByStageArn": S,
        "FilterByStageArn.$": str,
        "FilterByEncoderConfigurationArn": S,
        "FilterByEncoderConfigurationArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEncoderConfigurationsParameters = TypedDict(
    "ListEncoderConfigurationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListIngestConfigurationsParameters = TypedDict(
    "ListIngestConfigurationsParameters",
    {
        "FilterByStageArn": S,
        "FilterByStageArn.$": str,
        "FilterByState": S,
        "FilterByState.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListParticipantEventsParameters = TypedDict(
    "ListParticipantEventsParameters",
    {
        "StageArn": S,
        "StageArn.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ParticipantId": S,
        "ParticipantId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListParticipantReplicasParameters = TypedDict(
    "ListParticipantReplicasParameters",
    {
        "SourceStageArn": S,
        "SourceStageArn.$": str,
        "ParticipantId": S,
        "ParticipantId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListParticipantsParameters = TypedDict(
    "ListParticipantsParameters",
    {
        "StageArn": S,
        "StageArn.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "FilterByUserId": S,
        "FilterByUserId.$": str,
        "FilterByPublished": B,
        "FilterByPublished.$": str,
        "FilterByState": S,
        "FilterByState.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "FilterByRecordingState": S,
        "FilterByRecordingState.$": str,
    },
    total=False,
)
ListPublicKeysParameters = TypedDict(
    "ListPublicKeysParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListStageSessionsParameters = TypedDict(
    "ListStageSessionsParameters",
    {
        "StageArn": S,
        "StageArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStagesParameters = TypedDict(
    "ListStagesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListStorageConfigurationsParameters = TypedDict(
    "ListStorageConfigurationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RevokeConnectionTokenParameters = TypedDict(
    "RevokeConnectionTokenParameters", {"TokenId": S, "TokenId.$": str}, total=False
)

class GridConfiguration(TypedDict, total=False):
    FeaturedParticipantAttribute: S
    OmitStoppedVideo: B
    VideoAspectRatio: S
    VideoFillMode: S
    GridGap: I
    ParticipantOrderAttribute: S

class PipConfiguration(TypedDict, total=False):
    FeaturedParticipantAttribute: S
    OmitStoppedVideo: B
    VideoFillMode: S
    GridGap: I
    PipParticipantAttribute: S
    PipBehavior: S
    PipOffset: I
    PipPosition: S
    PipWidth: I
    PipHeight: I
    ParticipantOrderAttribute: S

class LayoutConfiguration(TypedDict, total=False):
    Grid: X[GridConfiguration]
    Pip: X[PipConfiguration]

class ChannelDestinationConfiguration(TypedDict, total=False):
    ChannelArn: S
    EncoderConfigurationArn: S

class CompositionRecordingHlsConfiguration(TypedDict, total=False):
    TargetSegmentDurationSeconds: I

class RecordingConfiguration(TypedDict, total=False):
    HlsConfiguration: X[CompositionRecordingHlsConfiguration]
    Format: S

class CompositionThumbnailConfiguration(TypedDict, total=False):
    TargetIntervalSeconds: I
    Storage: L[Si]

class S3DestinationConfiguration(TypedDict, total=False):
    StorageConfigurationArn: S
    EncoderConfigurationArns: L[Si]
    RecordingConfiguration: X[RecordingConfiguration]
    ThumbnailConfigurations: L[Xi[CompositionThumbnailConfiguration]]

class DestinationConfiguration(TypedDict, total=False):
    Name: S
    Channel: X[ChannelDestinationConfiguration]
    S3: X[S3DestinationConfiguration]

StartCompositionParameters = TypedDict(
    "StartCompositionParameters",
    {
        "StageArn": S,
        "StageArn.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "Layout": X[LayoutConfiguration],
        "Layout.$": str,
        "Destinations": L[Xi[DestinationConfiguration]],
        "Destinations.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StartParticipantReplicationParameters = TypedDict(
    "StartParticipantReplicationParameters",
    {
        "SourceStageArn": S,
        "SourceStageArn.$": str,
        "DestinationStageArn": S,
        "DestinationStageArn.$": str,
        "ParticipantId": S,
        "ParticipantId.$": str,
        "ReconnectWindowSeconds": I,
        "ReconnectWindowSeconds.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
    },
    total=False,
)
StopCompositionParameters = TypedDict(
    "StopCompositionParameters", {"Arn": S, "Arn.$": str}, total=False
)
StopParticipantReplicationParameters = TypedDict(
    "StopParticipantReplicationParameters",
    {
        "SourceStageArn": S,
        "SourceStageArn.$": str,
        "DestinationStageArn": S,
        "DestinationStageArn.$": str,
        "ParticipantId": S,
        "ParticipantId.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateIngestConfigurationParameters = TypedDict(
    "UpdateIngestConfigurationParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "StageArn": S,
        "StageArn.$": str,
        "RedundantIngest": B,
        "RedundantIngest.$": str,
    },
    total=False,
)
UpdateStageParameters = TypedDict(
    "UpdateStageParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "AutoParticipantRecordingConfiguration": X[AutoParticipantRecordingConfiguration],
        "AutoParticipantRecordingConfiguration.$": str,
    },
    total=False,
)
create_encoder_configuration: Builder[CreateEncoderConfigurationParameters]
create_ingest_configuration: Builder[CreateIngestConfigurationParameters]
create_participant_token: Builder[CreateParticipantTokenParameters]
create_stage: Builder[CreateStageParameters]
create_storage_configuration: Builder[CreateStorageConfigurationParameters]
delete_encoder_configuration: Builder[DeleteEncoderConfigurationParameters]
delete_ingest_configuration: Builder[DeleteIngestConfigurationParameters]
delete_public_key: Builder[DeletePublicKeyParameters]
delete_stage: Builder[DeleteStageParameters]
delete_storage_configuration: Builder[DeleteStorageConfigurationParameters]
disconnect_participant: Builder[DisconnectParticipantParameters]
get_composition: Builder[GetCompositionParameters]
get_encoder_configuration: Builder[GetEncoderConfigurationParameters]
get_ingest_configuration: Builder[GetIngestConfigurationParameters]
get_participant: Builder[GetParticipantParameters]
get_public_key: Builder[GetPublicKeyParameters]
get_stage: Builder[GetStageParameters]
get_stage_session: Builder[GetStageSessionParameters]
get_storage_configuration: Builder[GetStorageConfigurationParameters]
import_public_key: Builder[ImportPublicKeyParameters]
list_compositions: Builder[ListCompositionsParameters]
list_encoder_configurations: Builder[ListEncoderConfigurationsParameters]
list_ingest_configurations: Builder[ListIngestConfigurationsParameters]
list_participant_events: Builder[ListParticipantEventsParameters]
list_participant_replicas: Builder[ListParticipantReplicasParameters]
list_participants: Builder[ListParticipantsParameters]
list_public_keys: Builder[ListPublicKeysParameters]
list_stage_sessions: Builder[ListStageSessionsParameters]
list_stages: Builder[ListStagesParameters]
list_storage_configurations: Builder[ListStorageConfigurationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
revoke_connection_token: Builder[RevokeConnectionTokenParameters]
start_composition: Builder[StartCompositionParameters]
start_participant_replication: Builder[StartParticipantReplicationParameters]
stop_composition: Builder[StopCompositionParameters]
stop_participant_replication: Builder[StopParticipantReplicationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_ingest_configuration: Builder[UpdateIngestConfigurationParameters]
update_stage: Builder[UpdateStageParameters]

__all__ = [
    "create_encoder_configuration",
    "create_ingest_configuration",
    "create_participant_token",
    "create_stage",
    "create_storage_configuration",
    "delete_encoder_configuration",
    "delete_ingest_configuration",
    "delete_public_key",
    "delete_stage",
    "delete_storage_configuration",
    "disconnect_participant",
    "get_composition",
    "get_encoder_configuration",
    "get_ingest_configuration",
    "get_participant",
    "get_public_key",
    "get_stage",
    "get_stage_session",
    "get_storage_configuration",
    "import_public_key",
    "list_compositions",
    "list_encoder_configurations",
    "list_ingest_configurations",
    "list_participant_events",
    "list_participant_replicas",
    "list_participants",
    "list_public_keys",
    "list_stage_sessions",
    "list_stages",
    "list_storage_configurations",
    "list_tags_for_resource",
    "revoke_connection_token",
    "start_composition",
    "start_participant_replication",
    "stop_composition",
    "stop_participant_replication",
    "tag_resource",
    "untag_resource",
    "update_ingest_configuration",
    "update_stage",
]
