"""Typed builders of the AWS SDK integration of chimesdkmediapipelines (``aws-sdk:chimesdkmediapipelines:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class SelectedVideoStreams(TypedDict, total=False):
    AttendeeIds: L[Si]
    ExternalUserIds: L[Si]

class SourceConfiguration(TypedDict, total=False):
    SelectedVideoStreams: X[SelectedVideoStreams]

class AudioArtifactsConfiguration(TypedDict, total=False):
    MuxType: S

class VideoArtifactsConfiguration(TypedDict, total=False):
    State: S
    MuxType: S

class ContentArtifactsConfiguration(TypedDict, total=False):
    State: S
    MuxType: S

class PresenterOnlyConfiguration(TypedDict, total=False):
    PresenterPosition: S

class ActiveSpeakerOnlyConfiguration(TypedDict, total=False):
    ActiveSpeakerPosition: S

class HorizontalLayoutConfiguration(TypedDict, total=False):
    TileOrder: S
    TilePosition: S
    TileCount: I
    TileAspectRatio: S

class VerticalLayoutConfiguration(TypedDict, total=False):
    TileOrder: S
    TilePosition: S
    TileCount: I
    TileAspectRatio: S

class VideoAttribute(TypedDict, total=False):
    CornerRadius: I
    BorderColor: S
    HighlightColor: S
    BorderThickness: I

class GridViewConfiguration(TypedDict, total=False):
    ContentShareLayout: S
    PresenterOnlyConfiguration: X[PresenterOnlyConfiguration]
    ActiveSpeakerOnlyConfiguration: X[ActiveSpeakerOnlyConfiguration]
    HorizontalLayoutConfiguration: X[HorizontalLayoutConfiguration]
    VerticalLayoutConfiguration: X[VerticalLayoutConfiguration]
    VideoAttribute: X[VideoAttribute]
    CanvasOrientation: S

class CompositedVideoArtifactsConfiguration(TypedDict, total=False):
    Layout: S
    Resolution: S
    GridViewConfiguration: X[GridViewConfiguration]

class ArtifactsConfiguration(TypedDict, total=False):
    Audio: X[AudioArtifactsConfiguration]
    Video: X[VideoArtifactsConfiguration]
    Content: X[ContentArtifactsConfiguration]
    CompositedVideo: X[CompositedVideoArtifactsConfiguration]

class ChimeSdkMeetingConfiguration(TypedDict, total=False):
    SourceConfiguration: X[SourceConfiguration]
    ArtifactsConfiguration: X[ArtifactsConfiguration]

class SseAwsKeyManagementParams(TypedDict, total=False):
    AwsKmsKeyId: S
    AwsKmsEncryptionContext: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateMediaCapturePipelineParameters = TypedDict(
    "CreateMediaCapturePipelineParameters",
    {
        "SourceType": S,
        "SourceType.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "SinkType": S,
        "SinkType.$": str,
        "SinkArn": S,
        "SinkArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ChimeSdkMeetingConfiguration": X[ChimeSdkMeetingConfiguration],
        "ChimeSdkMeetingConfiguration.$": str,
        "SseAwsKeyManagementParams": X[SseAwsKeyManagementParams],
        "SseAwsKeyManagementParams.$": str,
        "SinkIamRoleArn": S,
        "SinkIamRoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AudioConcatenationConfiguration(TypedDict, total=False):
    State: S

class VideoConcatenationConfiguration(TypedDict, total=False):
    State: S

class ContentConcatenationConfiguration(TypedDict, total=False):
    State: S

class DataChannelConcatenationConfiguration(TypedDict, total=False):
    State: S

class TranscriptionMessagesConcatenationConfiguration(TypedDict, total=False):
    State: S

class MeetingEventsConcatenationConfiguration(TypedDict, total=False):
    State: S

class CompositedVideoConcatenationConfiguration(TypedDict, total=False):
    State: S

class ArtifactsConcatenationConfiguration(TypedDict, total=False):
    Audio: X[AudioConcatenationConfiguration]
    Video: X[VideoConcatenationConfiguration]
    Content: X[ContentConcatenationConfiguration]
    DataChannel: X[DataChannelConcatenationConfiguration]
    TranscriptionMessages: X[TranscriptionMessagesConcatenationConfiguration]
    MeetingEvents: X[MeetingEventsConcatenationConfiguration]
    CompositedVideo: X[CompositedVideoConcatenationConfiguration]

class ChimeSdkMeetingConcatenationConfiguration(TypedDict, total=False):
    ArtifactsConfiguration: X[ArtifactsConcatenationConfiguration]

class MediaCapturePipelineSourceConfiguration(TypedDict, total=False):
    MediaPipelineArn: S
    ChimeSdkMeetingConfiguration: X[ChimeSdkMeetingConcatenationConfiguration]

class ConcatenationSource(TypedDict, total=False):
    Type: S
    MediaCapturePipelineSourceConfiguration: X[MediaCapturePipelineSourceConfiguration]

class S3BucketSinkConfiguration(TypedDict, total=False):
    Destination: S

class ConcatenationSink(TypedDict, total=False):
    Type: S
    S3BucketSinkConfiguration: X[S3BucketSinkConfiguration]

CreateMediaConcatenationPipelineParameters = TypedDict(
    "CreateMediaConcatenationPipelineParameters",
    {
        "Sources": L[Xi[ConcatenationSource]],
        "Sources.$": str,
        "Sinks": L[Xi[ConcatenationSink]],
        "Sinks.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ChannelDefinition(TypedDict, total=False):
    ChannelId: I
    ParticipantRole: S

class StreamChannelDefinition(TypedDict, total=False):
    NumberOfChannels: I
    ChannelDefinitions: L[Xi[ChannelDefinition]]

class StreamConfiguration(TypedDict, total=False):
    StreamArn: S
    FragmentNumber: S
    StreamChannelDefinition: X[StreamChannelDefinition]

class KinesisVideoStreamSourceRuntimeConfiguration(TypedDict, total=False):
    Streams: L[Xi[StreamConfiguration]]
    MediaEncoding: S
    MediaSampleRate: I

class RecordingStreamConfiguration(TypedDict, total=False):
    StreamArn: S

class TimestampRange(TypedDict, total=False):
    StartTimestamp: T
    EndTimestamp: T

class FragmentSelector(TypedDict, total=False):
    FragmentSelectorType: S
    TimestampRange: X[TimestampRange]

class KinesisVideoStreamRecordingSourceRuntimeConfiguration(TypedDict, total=False):
    Streams: L[Xi[RecordingStreamConfiguration]]
    FragmentSelector: X[FragmentSelector]

class S3RecordingSinkRuntimeConfiguration(TypedDict, total=False):
    Destination: S
    RecordingFileFormat: S

CreateMediaInsightsPipelineParameters = TypedDict(
    "CreateMediaInsightsPipelineParameters",
    {
        "MediaInsightsPipelineConfigurationArn": S,
        "MediaInsightsPipelineConfigurationArn.$": str,
        "KinesisVideoStreamSourceRuntimeConfiguration": X[
            KinesisVideoStreamSourceRuntimeConfiguration
        ],
        "KinesisVideoStreamSourceRuntimeConfiguration.$": str,
        "MediaInsightsRuntimeMetadata": M[S],
        "MediaInsightsRuntimeMetadata.$": str,
        "KinesisVideoStreamRecordingSourceRuntimeConfiguration": X[
            KinesisVideoStreamRecordingSourceRuntimeConfiguration
        ],
        "KinesisVideoStreamRecordingSourceRuntimeConfiguration.$": str,
        "S3RecordingSinkRuntimeConfiguration": X[S3RecordingSinkRuntimeConfiguration],
        "S3RecordingSinkRuntimeConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class KeywordMatchConfiguration(TypedDict, total=False):
    RuleName: S
    Keywords: L[Si]
    Negate: B

class SentimentConfiguration(TypedDict, total=False):
    RuleName: S
    SentimentType: S
    TimePeriod: I

class IssueDetectionConfiguration(TypedDict, total=False):
    RuleName: S

class RealTimeAlertRule(TypedDict, total=False):
    Type: S
    KeywordMatchConfiguration: X[KeywordMatchConfiguration]
    SentimentConfiguration: X[SentimentConfiguration]
    IssueDetectionConfiguration: X[IssueDetectionConfiguration]

class RealTimeAlertConfiguration(TypedDict, total=False):
    Disabled: B
    Rules: L[Xi[RealTimeAlertRule]]

class PostCallAnalyticsSettings(TypedDict, total=False):
    OutputLocation: S
    DataAccessRoleArn: S
    ContentRedactionOutput: S
    OutputEncryptionKMSKeyId: S

class AmazonTranscribeCallAnalyticsProcessorConfiguration(TypedDict, total=False):
    LanguageCode: S
    VocabularyName: S
    VocabularyFilterName: S
    VocabularyFilterMethod: S
    LanguageModelName: S
    EnablePartialResultsStabilization: B
    PartialResultsStability: S
    ContentIdentificationType: S
    ContentRedactionType: S
    PiiEntityTypes: S
    FilterPartialResults: B
    PostCallAnalyticsSettings: X[PostCallAnalyticsSettings]
    CallAnalyticsStreamCategories: L[Si]

class AmazonTranscribeProcessorConfiguration(TypedDict, total=False):
    LanguageCode: S
    VocabularyName: S
    VocabularyFilterName: S
    VocabularyFilterMethod: S
    ShowSpeakerLabel: B
    EnablePartialResultsStabilization: B
    PartialResultsStability: S
    ContentIdentificationType: S
    ContentRedactionType: S
    PiiEntityTypes: S
    LanguageModelName: S
    FilterPartialResults: B
    IdentifyLanguage: B
    IdentifyMultipleLanguages: B
    LanguageOptions: S
    PreferredLanguage: S
    VocabularyNames: S
    VocabularyFilterNames: S

class KinesisDataStreamSinkConfiguration(TypedDict, total=False):
    InsightsTarget: S

class S3RecordingSinkConfiguration(TypedDict, total=False):
    Destination: S
    RecordingFileFormat: S

class VoiceAnalyticsProcessorConfiguration(TypedDict, total=False):
    SpeakerSearchStatus: S
    VoiceToneAnalysisStatus: S

class LambdaFunctionSinkConfiguration(TypedDict, total=False):
    InsightsTarget: S

class SqsQueueSinkConfiguration(TypedDict, total=False):
    InsightsTarget: S

class SnsTopicSinkConfiguration(TypedDict, total=False):
    InsightsTarget: S

class VoiceEnhancementSinkConfiguration(TypedDict, total=False):
    Disabled: B

class MediaInsightsPipelineConfigurationElement(TypedDict, total=False):
    Type: S
    AmazonTranscribeCallAnalyticsProcessorConfiguration: X[
        AmazonTranscribeCallAnalyticsProcessorConfiguration
    ]
    AmazonTranscribeProcessorConfiguration: X[AmazonTranscribeProcessorConfiguration]
    KinesisDataStreamSinkConfiguration: X[KinesisDataStreamSinkConfiguration]
    S3RecordingSinkConfiguration: X[S3RecordingSinkConfiguration]
    VoiceAnalyticsProcessorConfiguration: X[VoiceAnalyticsProcessorConfiguration]
    LambdaFunctionSinkConfiguration: X[LambdaFunctionSinkConfiguration]
    SqsQueueSinkConfiguration: X[SqsQueueSinkConfiguration]
    SnsTopicSinkConfiguration: X[SnsTopicSinkConfiguration]
    VoiceEnhancementSinkConfiguration: X[VoiceEnhancementSinkConfiguration]

CreateMediaInsightsPipelineConfigurationParameters = TypedDict(
    "CreateMediaInsightsPipelineConfigurationParameters",
    {
        "MediaInsightsPipelineConfigurationName": S,
        "MediaInsightsPipelineConfigurationName.$": str,
        "ResourceAccessRoleArn": S,
        "ResourceAccessRoleArn.$": str,
        "RealTimeAlertConfiguration": X[RealTimeAlertConfiguration],
        "RealTimeAlertConfiguration.$": str,
        "Elements": L[Xi[MediaInsightsPipelineConfigurationElement]],
        "Elements.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)

class ChimeSdkMeetingLiveConnectorConfiguration(TypedDict, total=False):
    Arn: S
    MuxType: S
    CompositedVideo: X[CompositedVideoArtifactsConfiguration]
    SourceConfiguration: X[SourceConfiguration]

class LiveConnectorSourceConfiguration(TypedDict, total=False):
    SourceType: S
    ChimeSdkMeetingLiveConnectorConfiguration: X[ChimeSdkMeetingLiveConnectorConfiguration]

class LiveConnectorRTMPConfiguration(TypedDict, total=False):
    Url: S
    AudioChannels: S
    AudioSampleRate: S

class LiveConnectorSinkConfiguration(TypedDict, total=False):
    SinkType: S
    RtmpConfiguration: X[LiveConnectorRTMPConfiguration]

CreateMediaLiveConnectorPipelineParameters = TypedDict(
    "CreateMediaLiveConnectorPipelineParameters",
    {
        "Sources": L[Xi[LiveConnectorSourceConfiguration]],
        "Sources.$": str,
        "Sinks": L[Xi[LiveConnectorSinkConfiguration]],
        "Sinks.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class KinesisVideoStreamConfiguration(TypedDict, total=False):
    Region: S
    DataRetentionInHours: I

CreateMediaPipelineKinesisVideoStreamPoolParameters = TypedDict(
    "CreateMediaPipelineKinesisVideoStreamPoolParameters",
    {
        "StreamConfiguration": X[KinesisVideoStreamConfiguration],
        "StreamConfiguration.$": str,
        "PoolName": S,
        "PoolName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class MediaStreamSource(TypedDict, total=False):
    SourceType: S
    SourceArn: S

class MediaStreamSink(TypedDict, total=False):
    SinkArn: S
    SinkType: S
    ReservedStreamCapacity: I
    MediaStreamType: S

CreateMediaStreamPipelineParameters = TypedDict(
    "CreateMediaStreamPipelineParameters",
    {
        "Sources": L[Xi[MediaStreamSource]],
        "Sources.$": str,
        "Sinks": L[Xi[MediaStreamSink]],
        "Sinks.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteMediaCapturePipelineParameters = TypedDict(
    "DeleteMediaCapturePipelineParameters",
    {"MediaPipelineId": S, "MediaPipelineId.$": str},
    total=False,
)
DeleteMediaInsightsPipelineConfigurationParameters = TypedDict(
    "DeleteMediaInsightsPipelineConfigurationParameters",
    {"Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteMediaPipelineParameters = TypedDict(
    "DeleteMediaPipelineParameters", {"MediaPipelineId": S, "MediaPipelineId.$": str}, total=False
)
DeleteMediaPipelineKinesisVideoStreamPoolParameters = TypedDict(
    "DeleteMediaPipelineKinesisVideoStreamPoolParameters",
    {"Identifier": S, "Identifier.$": str},
    total=False,
)
GetMediaCapturePipelineParameters = TypedDict(
    "GetMediaCapturePipelineParameters",
    {"MediaPipelineId": S, "MediaPipelineId.$": str},
    total=False,
)
GetMediaInsightsPipelineConfigurationParameters = TypedDict(
    "GetMediaInsightsPipelineConfigurationParameters",
    {"Identifier": S, "Identifier.$": str},
    total=False,
)
GetMediaPipelineParameters = TypedDict(
    "GetMediaPipelineParameters", {"MediaPipelineId": S, "MediaPipelineId.$": str}, total=False
)
GetMediaPipelineKinesisVideoStreamPoolParameters = TypedDict(
    "GetMediaPipelineKinesisVideoStreamPoolParameters",
    {"Identifier": S, "Identifier.$": str},
    total=False,
)
GetSpeakerSearchTaskParameters = TypedDict(
    "GetSpeakerSearchTaskParameters",
    {"Identifier": S, "Identifier.$": str, "SpeakerSearchTaskId": S, "SpeakerSearchTaskId.$": str},
    total=False,
)
GetVoiceToneAnalysisTaskParameters = TypedDict(
    "GetVoiceToneAnalysisTaskParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "VoiceToneAnalysisTaskId": S,
        "VoiceToneAnalysisTaskId.$": str,
    },
    total=False,
)
ListMediaCapturePipelinesParameters = TypedDict(
    "ListMediaCapturePipelinesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListMediaInsightsPipelineConfigurationsParameters = TypedDict(
    "ListMediaInsightsPipelineConfigurationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListMediaPipelineKinesisVideoStreamPoolsParameters = TypedDict(
    "ListMediaPipelineKinesisVideoStreamPoolsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListMediaPipelinesParameters = TypedDict(
    "ListMediaPipelinesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)

class KinesisVideoStreamSourceTaskConfiguration(TypedDict, total=False):
    StreamArn: S
    ChannelId: I
    FragmentNumber: S

StartSpeakerSearchTaskParameters = TypedDict(
    "StartSpeakerSearchTaskParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "VoiceProfileDomainArn": S,
        "VoiceProfileDomainArn.$": str,
        "KinesisVideoStreamSourceTaskConfiguration": X[KinesisVideoStreamSourceTaskConfiguration],
        "KinesisVideoStreamSourceTaskConfiguration.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
StartVoiceToneAnalysisTaskParameters = TypedDict(
    "StartVoiceToneAnalysisTaskParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "LanguageCode": S,
        "LanguageCode.$": str,
        "KinesisVideoStreamSourceTaskConfiguration": X[KinesisVideoStreamSourceTaskConfiguration],
        "KinesisVideoStreamSourceTaskConfiguration.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
StopSpeakerSearchTaskParameters = TypedDict(
    "StopSpeakerSearchTaskParameters",
    {"Identifier": S, "Identifier.$": str, "SpeakerSearchTaskId": S, "SpeakerSearchTaskId.$": str},
    total=False,
)
StopVoiceToneAnalysisTaskParameters = TypedDict(
    "StopVoiceToneAnalysisTaskParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "VoiceToneAnalysisTaskId": S,
        "VoiceToneAnalysisTaskId.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateMediaInsightsPipelineConfigurationParameters = TypedDict(
    "UpdateMediaInsightsPipelineConfigurationParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "ResourceAccessRoleArn": S,
        "ResourceAccessRoleArn.$": str,
        "RealTimeAlertConfiguration": X[RealTimeAlertConfiguration],
        "RealTimeAlertConfiguration.$": str,
        "Elements": L[Xi[MediaInsightsPipelineConfigurationElement]],
        "Elements.$": str,
    },
    total=False,
)
UpdateMediaInsightsPipelineStatusParameters = TypedDict(
    "UpdateMediaInsightsPipelineStatusParameters",
    {"Identifier": S, "Identifier.$": str, "UpdateStatus": S, "UpdateStatus.$": str},
    total=False,
)

class KinesisVideoStreamConfigurationUpdate(TypedDict, total=False):
    DataRetentionInHours: I

UpdateMediaPipelineKinesisVideoStreamPoolParameters = TypedDict(
    "UpdateMediaPipelineKinesisVideoStreamPoolParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "StreamConfiguration": X[KinesisVideoStreamConfigurationUpdate],
        "StreamConfiguration.$": str,
    },
    total=False,
)
create_media_capture_pipeline: Builder[CreateMediaCapturePipelineParameters]
create_media_concatenation_pipeline: Builder[CreateMediaConcatenationPipelineParameters]
create_media_insights_pipeline: Builder[CreateMediaInsightsPipelineParameters]
create_media_insights_pipeline_configuration: Builder[
    CreateMediaInsightsPipelineConfigurationParameters
]
create_media_live_connector_pipeline: Builder[CreateMediaLiveConnectorPipelineParameters]
create_media_pipeline_kinesis_video_stream_pool: Builder[
    CreateMediaPipelineKinesisVideoStreamPoolParameters
]
create_media_stream_pipeline: Builder[CreateMediaStreamPipelineParameters]
delete_media_capture_pipeline: Builder[DeleteMediaCapturePipelineParameters]
delete_media_insights_pipeline_configuration: Builder[
    DeleteMediaInsightsPipelineConfigurationParameters
]
delete_media_pipeline: Builder[DeleteMediaPipelineParameters]
delete_media_pipeline_kinesis_video_stream_pool: Builder[
    DeleteMediaPipelineKinesisVideoStreamPoolParameters
]
get_media_capture_pipeline: Builder[GetMediaCapturePipelineParameters]
get_media_insights_pipeline_configuration: Builder[GetMediaInsightsPipelineConfigurationParameters]
get_media_pipeline: Builder[GetMediaPipelineParameters]
get_media_pipeline_kinesis_video_stream_pool: Builder[
    GetMediaPipelineKinesisVideoStreamPoolParameters
]
get_speaker_search_task: Builder[GetSpeakerSearchTaskParameters]
get_voice_tone_analysis_task: Builder[GetVoiceToneAnalysisTaskParameters]
list_media_capture_pipelines: Builder[ListMediaCapturePipelinesParameters]
list_media_insights_pipeline_configurations: Builder[
    ListMediaInsightsPipelineConfigurationsParameters
]
list_media_pipeline_kinesis_video_stream_pools: Builder[
    ListMediaPipelineKinesisVideoStreamPoolsParameters
]
list_media_pipelines: Builder[ListMediaPipelinesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_speaker_search_task: Builder[StartSpeakerSearchTaskParameters]
start_voice_tone_analysis_task: Builder[StartVoiceToneAnalysisTaskParameters]
stop_speaker_search_task: Builder[StopSpeakerSearchTaskParameters]
stop_voice_tone_analysis_task: Builder[StopVoiceToneAnalysisTaskParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_media_insights_pipeline_configuration: Builder[
    UpdateMediaInsightsPipelineConfigurationParameters
]
update_media_insights_pipeline_status: Builder[UpdateMediaInsightsPipelineStatusParameters]
update_media_pipeline_kinesis_video_stream_pool: Builder[
    UpdateMediaPipelineKinesisVideoStreamPoolParameters
]

__all__ = [
    "create_media_capture_pipeline",
    "create_media_concatenation_pipeline",
    "create_media_insights_pipeline",
    "create_media_insights_pipeline_configuration",
    "create_media_live_connector_pipeline",
    "create_media_pipeline_kinesis_video_stream_pool",
    "create_media_stream_pipeline",
    "delete_media_capture_pipeline",
    "delete_media_insights_pipeline_configuration",
    "delete_media_pipeline",
    "delete_media_pipeline_kinesis_video_stream_pool",
    "get_media_capture_pipeline",
    "get_media_insights_pipeline_configuration",
    "get_media_pipeline",
    "get_media_pipeline_kinesis_video_stream_pool",
    "get_speaker_search_task",
    "get_voice_tone_analysis_task",
    "list_media_capture_pipelines",
    "list_media_insights_pipeline_configurations",
    "list_media_pipeline_kinesis_video_stream_pools",
    "list_media_pipelines",
    "list_tags_for_resource",
    "start_speaker_search_task",
    "start_voice_tone_analysis_task",
    "stop_speaker_search_task",
    "stop_voice_tone_analysis_task",
    "tag_resource",
    "untag_resource",
    "update_media_insights_pipeline_configuration",
    "update_media_insights_pipeline_status",
    "update_media_pipeline_kinesis_video_stream_pool",
]
