"""Typed builders of the AWS SDK integration of ivs (``aws-sdk:ivs:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

BatchGetChannelParameters = TypedDict(
    "BatchGetChannelParameters", {"Arns": L[Si], "Arns.$": str}, total=False
)
BatchGetStreamKeyParameters = TypedDict(
    "BatchGetStreamKeyParameters", {"Arns": L[Si], "Arns.$": str}, total=False
)

class BatchStartViewerSessionRevocationViewerSession(TypedDict, total=False):
    ChannelArn: S
    ViewerId: S
    ViewerSessionVersionsLessThanOrEqualTo: I

BatchStartViewerSessionRevocationParameters = TypedDict(
    "BatchStartViewerSessionRevocationParameters",
    {
        "ViewerSessions": L[Xi[BatchStartViewerSessionRevocationViewerSession]],
        "ViewerSessions.$": str,
    },
    total=False,
)

class MediaTailorPlaybackConfiguration(TypedDict, total=False):
    PlaybackConfigurationArn: S

class PostRollConfiguration(TypedDict, total=False):
    DurationSeconds: I
    Enabled: B

CreateAdConfigurationParameters = TypedDict(
    "CreateAdConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "MediaTailorPlaybackConfigurations": L[Xi[MediaTailorPlaybackConfiguration]],
        "MediaTailorPlaybackConfigurations.$": str,
        "PostRollConfiguration": X[PostRollConfiguration],
        "PostRollConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class MultitrackInputConfiguration(TypedDict, total=False):
    Enabled: B
    Policy: S
    MaximumResolution: S

CreateChannelParameters = TypedDict(
    "CreateChannelParameters",
    {
        "Name": S,
        "Name.$": str,
        "LatencyMode": S,
        "LatencyMode.$": str,
        "Type": S,
        "Type.$": str,
        "Authorized": B,
        "Authorized.$": str,
        "RecordingConfigurationArn": S,
        "RecordingConfigurationArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "InsecureIngest": B,
        "InsecureIngest.$": str,
        "Preset": S,
        "Preset.$": str,
        "PlaybackRestrictionPolicyArn": S,
        "PlaybackRestrictionPolicyArn.$": str,
        "MultitrackInputConfiguration": X[MultitrackInputConfiguration],
        "MultitrackInputConfiguration.$": str,
        "ContainerFormat": S,
        "ContainerFormat.$": str,
        "AdConfigurationArn": S,
        "AdConfigurationArn.$": str,
        "FailoverSlateConfigurationArn": S,
        "FailoverSlateConfigurationArn.$": str,
    },
    total=False,
)
CreateFailoverSlateConfigurationParameters = TypedDict(
    "CreateFailoverSlateConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "ActivationThresholdSeconds": I,
        "ActivationThresholdSeconds.$": str,
        "MinSlateDisplaySeconds": I,
        "MinSlateDisplaySeconds.$": str,
        "MaxSlateDisplaySeconds": I,
        "MaxSlateDisplaySeconds.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreatePlaybackRestrictionPolicyParameters = TypedDict(
    "CreatePlaybackRestrictionPolicyParameters",
    {
        "AllowedCountries": L[Si],
        "AllowedCountries.$": str,
        "AllowedOrigins": L[Si],
        "AllowedOrigins.$": str,
        "EnableStrictOriginEnforcement": B,
        "EnableStrictOriginEnforcement.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class S3DestinationConfiguration(TypedDict, total=False):
    BucketName: S

class DestinationConfiguration(TypedDict, total=False):
    S3: X[S3DestinationConfiguration]

class ThumbnailConfiguration(TypedDict, total=False):
    RecordingMode: S
    TargetIntervalSeconds: I
    Resolution: S
    Storage: L[Si]

class RenditionConfiguration(TypedDict, total=False):
    RenditionSelection: S
    Renditions: L[Si]

CreateRecordingConfigurationParameters = TypedDict(
    "CreateRecordingConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "DestinationConfiguration": X[DestinationConfiguration],
        "DestinationConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ThumbnailConfiguration": X[ThumbnailConfiguration],
        "ThumbnailConfiguration.$": str,
        "RecordingReconnectWindowSeconds": I,
        "RecordingReconnectWindowSeconds.$": str,
        "RenditionConfiguration": X[RenditionConfiguration],
        "RenditionConfiguration.$": str,
    },
    total=False,
)
CreateStreamKeyParameters = TypedDict(
    "CreateStreamKeyParameters",
    {"ChannelArn": S, "ChannelArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
DeleteAdConfigurationParameters = TypedDict(
    "DeleteAdConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteChannelParameters = TypedDict(
    "DeleteChannelParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteFailoverSlateConfigurationParameters = TypedDict(
    "DeleteFailoverSlateConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeletePlaybackKeyPairParameters = TypedDict(
    "DeletePlaybackKeyPairParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeletePlaybackRestrictionPolicyParameters = TypedDict(
    "DeletePlaybackRestrictionPolicyParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteRecordingConfigurationParameters = TypedDict(
    "DeleteRecordingConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteStreamKeyParameters = TypedDict(
    "DeleteStreamKeyParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetAdConfigurationParameters = TypedDict(
    "GetAdConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetChannelParameters = TypedDict("GetChannelParameters", {"Arn": S, "Arn.$": str}, total=False)
GetFailoverSlateConfigurationParameters = TypedDict(
    "GetFailoverSlateConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetPlaybackKeyPairParameters = TypedDict(
    "GetPlaybackKeyPairParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetPlaybackRestrictionPolicyParameters = TypedDict(
    "GetPlaybackRestrictionPolicyParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetRecordingConfigurationParameters = TypedDict(
    "GetRecordingConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetStreamParameters = TypedDict(
    "GetStreamParameters", {"ChannelArn": S, "ChannelArn.$": str}, total=False
)
GetStreamKeyParameters = TypedDict("GetStreamKeyParameters", {"Arn": S, "Arn.$": str}, total=False)
GetStreamSessionParameters = TypedDict(
    "GetStreamSessionParameters",
    {"ChannelArn": S, "ChannelArn.$": str, "StreamId": S, "StreamId.$": str},
    total=False,
)
ImportPlaybackKeyPairParameters = TypedDict(
    "ImportPlaybackKeyPairParameters",
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
InsertAdBreakParameters = TypedDict(
    "InsertAdBreakParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "AdBreakId": S,
        "AdBreakId.$": str,
        "TargetStartAt": T,
        "TargetStartAt.$": str,
    },
    total=False,
)
ListAdConfigurationsParameters = TypedDict(
    "ListAdConfigurationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListChannelsParameters = TypedDict(
    "ListChannelsParameters",
    {
        "FilterByName": S,
        "FilterByName.$": str,
        "FilterByRecordingConfigurationArn": S,
        "FilterByRecordingConfigurationArn.$": str,
        "FilterByPlaybackRestrictionPolicyArn": S,
        "FilterByPlaybackRestrictionPolicyArn.$": str,
        "FilterByAdConfigurationArn": S,
        "FilterByAdConfigurationArn.$": str,
        "FilterByFailoverSlateConfigurationArn": S,
        "FilterByFailoverSlateConfigurationArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListFailoverSlateConfigurationsParameters = TypedDict(
    "ListFailoverSlateConfigurationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPlaybackKeyPairsParameters = TypedDict(
    "ListPlaybackKeyPairsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPlaybackRestrictionPoliciesParameters = TypedDict(
    "ListPlaybackRestrictionPoliciesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListRecordingConfigurationsParameters = TypedDict(
    "ListRecordingConfigurationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListStreamKeysParameters = TypedDict(
    "ListStreamKeysParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStreamSessionsParameters = TypedDict(
    "ListStreamSessionsParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class StreamFilters(TypedDict, total=False):
    Health: S

ListStreamsParameters = TypedDict(
    "ListStreamsParameters",
    {
        "FilterBy": X[StreamFilters],
        "FilterBy.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutMetadataParameters = TypedDict(
    "PutMetadataParameters",
    {"ChannelArn": S, "ChannelArn.$": str, "Metadata": S, "Metadata.$": str},
    total=False,
)
StartViewerSessionRevocationParameters = TypedDict(
    "StartViewerSessionRevocationParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "ViewerId": S,
        "ViewerId.$": str,
        "ViewerSessionVersionsLessThanOrEqualTo": I,
        "ViewerSessionVersionsLessThanOrEqualTo.$": str,
    },
    total=False,
)
StopStreamParameters = TypedDict(
    "StopStreamParameters", {"ChannelArn": S, "ChannelArn.$": str}, total=False
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
UpdateAdConfigurationParameters = TypedDict(
    "UpdateAdConfigurationParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "MediaTailorPlaybackConfigurations": L[Xi[MediaTailorPlaybackConfiguration]],
        "MediaTailorPlaybackConfigurations.$": str,
        "PostRollConfiguration": X[PostRollConfiguration],
        "PostRollConfiguration.$": str,
    },
    total=False,
)
UpdateChannelParameters = TypedDict(
    "UpdateChannelParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "LatencyMode": S,
        "LatencyMode.$": str,
        "Type": S,
        "Type.$": str,
        "Authorized": B,
        "Authorized.$": str,
        "RecordingConfigurationArn": S,
        "RecordingConfigurationArn.$": str,
        "InsecureIngest": B,
        "InsecureIngest.$": str,
        "Preset": S,
        "Preset.$": str,
        "PlaybackRestrictionPolicyArn": S,
        "PlaybackRestrictionPolicyArn.$": str,
        "MultitrackInputConfiguration": X[MultitrackInputConfiguration],
        "MultitrackInputConfiguration.$": str,
        "ContainerFormat": S,
        "ContainerFormat.$": str,
        "AdConfigurationArn": S,
        "AdConfigurationArn.$": str,
        "FailoverSlateConfigurationArn": S,
        "FailoverSlateConfigurationArn.$": str,
    },
    total=False,
)
UpdateFailoverSlateConfigurationParameters = TypedDict(
    "UpdateFailoverSlateConfigurationParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "ActivationThresholdSeconds": I,
        "ActivationThresholdSeconds.$": str,
        "MinSlateDisplaySeconds": I,
        "MinSlateDisplaySeconds.$": str,
        "MaxSlateDisplaySeconds": I,
        "MaxSlateDisplaySeconds.$": str,
    },
    total=False,
)
UpdatePlaybackRestrictionPolicyParameters = TypedDict(
    "UpdatePlaybackRestrictionPolicyParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "AllowedCountries": L[Si],
        "AllowedCountries.$": str,
        "AllowedOrigins": L[Si],
        "AllowedOrigins.$": str,
        "EnableStrictOriginEnforcement": B,
        "EnableStrictOriginEnforcement.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
batch_get_channel: Builder[BatchGetChannelParameters]
batch_get_stream_key: Builder[BatchGetStreamKeyParameters]
batch_start_viewer_session_revocation: Builder[BatchStartViewerSessionRevocationParameters]
create_ad_configuration: Builder[CreateAdConfigurationParameters]
create_channel: Builder[CreateChannelParameters]
create_failover_slate_configuration: Builder[CreateFailoverSlateConfigurationParameters]
create_playback_restriction_policy: Builder[CreatePlaybackRestrictionPolicyParameters]
create_recording_configuration: Builder[CreateRecordingConfigurationParameters]
create_stream_key: Builder[CreateStreamKeyParameters]
delete_ad_configuration: Builder[DeleteAdConfigurationParameters]
delete_channel: Builder[DeleteChannelParameters]
delete_failover_slate_configuration: Builder[DeleteFailoverSlateConfigurationParameters]
delete_playback_key_pair: Builder[DeletePlaybackKeyPairParameters]
delete_playback_restriction_policy: Builder[DeletePlaybackRestrictionPolicyParameters]
delete_recording_configuration: Builder[DeleteRecordingConfigurationParameters]
delete_stream_key: Builder[DeleteStreamKeyParameters]
get_ad_configuration: Builder[GetAdConfigurationParameters]
get_channel: Builder[GetChannelParameters]
get_failover_slate_configuration: Builder[GetFailoverSlateConfigurationParameters]
get_playback_key_pair: Builder[GetPlaybackKeyPairParameters]
get_playback_restriction_policy: Builder[GetPlaybackRestrictionPolicyParameters]
get_recording_configuration: Builder[GetRecordingConfigurationParameters]
get_stream: Builder[GetStreamParameters]
get_stream_key: Builder[GetStreamKeyParameters]
get_stream_session: Builder[GetStreamSessionParameters]
import_playback_key_pair: Builder[ImportPlaybackKeyPairParameters]
insert_ad_break: Builder[InsertAdBreakParameters]
list_ad_configurations: Builder[ListAdConfigurationsParameters]
list_channels: Builder[ListChannelsParameters]
list_failover_slate_configurations: Builder[ListFailoverSlateConfigurationsParameters]
list_playback_key_pairs: Builder[ListPlaybackKeyPairsParameters]
list_playback_restriction_policies: Builder[ListPlaybackRestrictionPoliciesParameters]
list_recording_configurations: Builder[ListRecordingConfigurationsParameters]
list_stream_keys: Builder[ListStreamKeysParameters]
list_stream_sessions: Builder[ListStreamSessionsParameters]
list_streams: Builder[ListStreamsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_metadata: Builder[PutMetadataParameters]
start_viewer_session_revocation: Builder[StartViewerSessionRevocationParameters]
stop_stream: Builder[StopStreamParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_ad_configuration: Builder[UpdateAdConfigurationParameters]
update_channel: Builder[UpdateChannelParameters]
update_failover_slate_configuration: Builder[UpdateFailoverSlateConfigurationParameters]
update_playback_restriction_policy: Builder[UpdatePlaybackRestrictionPolicyParameters]

__all__ = [
    "batch_get_channel",
    "batch_get_stream_key",
    "batch_start_viewer_session_revocation",
    "create_ad_configuration",
    "create_channel",
    "create_failover_slate_configuration",
    "create_playback_restriction_policy",
    "create_recording_configuration",
    "create_stream_key",
    "delete_ad_configuration",
    "delete_channel",
    "delete_failover_slate_configuration",
    "delete_playback_key_pair",
    "delete_playback_restriction_policy",
    "delete_recording_configuration",
    "delete_stream_key",
    "get_ad_configuration",
    "get_channel",
    "get_failover_slate_configuration",
    "get_playback_key_pair",
    "get_playback_restriction_policy",
    "get_recording_configuration",
    "get_stream",
    "get_stream_key",
    "get_stream_session",
    "import_playback_key_pair",
    "insert_ad_break",
    "list_ad_configurations",
    "list_channels",
    "list_failover_slate_configurations",
    "list_playback_key_pairs",
    "list_playback_restriction_policies",
    "list_recording_configurations",
    "list_stream_keys",
    "list_stream_sessions",
    "list_streams",
    "list_tags_for_resource",
    "put_metadata",
    "start_viewer_session_revocation",
    "stop_stream",
    "tag_resource",
    "untag_resource",
    "update_ad_configuration",
    "update_channel",
    "update_failover_slate_configuration",
    "update_playback_restriction_policy",
]
