"""Typed builders of the AWS SDK integration of mediatailor (``aws-sdk:mediatailor:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

ConfigureLogsForChannelParameters = TypedDict(
    "ConfigureLogsForChannelParameters",
    {"ChannelName": S, "ChannelName.$": str, "LogTypes": L[Si], "LogTypes.$": str},
    total=False,
)

class AdsInteractionLog(TypedDict, total=False):
    PublishOptInEventTypes: L[Si]
    ExcludeEventTypes: L[Si]

class ManifestServiceInteractionLog(TypedDict, total=False):
    PublishOptInEventTypes: L[Si]
    ExcludeEventTypes: L[Si]

ConfigureLogsForPlaybackConfigurationParameters = TypedDict(
    "ConfigureLogsForPlaybackConfigurationParameters",
    {
        "PercentEnabled": I,
        "PercentEnabled.$": str,
        "PlaybackConfigurationName": S,
        "PlaybackConfigurationName.$": str,
        "EnabledLoggingStrategies": L[Si],
        "EnabledLoggingStrategies.$": str,
        "AdsInteractionLog": X[AdsInteractionLog],
        "AdsInteractionLog.$": str,
        "ManifestServiceInteractionLog": X[ManifestServiceInteractionLog],
        "ManifestServiceInteractionLog.$": str,
    },
    total=False,
)

class SlateSource(TypedDict, total=False):
    SourceLocationName: S
    VodSourceName: S

class DashPlaylistSettings(TypedDict, total=False):
    ManifestWindowSeconds: I
    MinBufferTimeSeconds: I
    MinUpdatePeriodSeconds: I
    SuggestedPresentationDelaySeconds: I

class HlsPlaylistSettings(TypedDict, total=False):
    ManifestWindowSeconds: I
    AdMarkupType: L[Si]

class RequestOutputItem(TypedDict, total=False):
    DashPlaylistSettings: X[DashPlaylistSettings]
    HlsPlaylistSettings: X[HlsPlaylistSettings]
    ManifestName: S
    SourceGroup: S

class TimeShiftConfiguration(TypedDict, total=False):
    MaxTimeDelaySeconds: I

CreateChannelParameters = TypedDict(
    "CreateChannelParameters",
    {
        "ChannelName": S,
        "ChannelName.$": str,
        "FillerSlate": X[SlateSource],
        "FillerSlate.$": str,
        "Outputs": L[Xi[RequestOutputItem]],
        "Outputs.$": str,
        "PlaybackMode": S,
        "PlaybackMode.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Tier": S,
        "Tier.$": str,
        "TimeShiftConfiguration": X[TimeShiftConfiguration],
        "TimeShiftConfiguration.$": str,
        "Audiences": L[Si],
        "Audiences.$": str,
    },
    total=False,
)

class HttpPackageConfiguration(TypedDict, total=False):
    Path: S
    SourceGroup: S
    Type: S

CreateLiveSourceParameters = TypedDict(
    "CreateLiveSourceParameters",
    {
        "HttpPackageConfigurations": L[Xi[HttpPackageConfiguration]],
        "HttpPackageConfigurations.$": str,
        "LiveSourceName": S,
        "LiveSourceName.$": str,
        "SourceLocationName": S,
        "SourceLocationName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AvailMatchingCriteria(TypedDict, total=False):
    DynamicVariable: S
    Operator: S

class PrefetchConsumption(TypedDict, total=False):
    AvailMatchingCriteria: L[Xi[AvailMatchingCriteria]]
    EndTime: T
    StartTime: T

class TrafficShapingRetrievalWindow(TypedDict, total=False):
    RetrievalWindowDurationSeconds: I

class TrafficShapingTpsConfiguration(TypedDict, total=False):
    PeakTps: I
    PeakConcurrentUsers: I

class PrefetchRetrieval(TypedDict, total=False):
    DynamicVariables: M[S]
    EndTime: T
    StartTime: T
    TrafficShapingType: S
    TrafficShapingRetrievalWindow: X[TrafficShapingRetrievalWindow]
    TrafficShapingTpsConfiguration: X[TrafficShapingTpsConfiguration]

class RecurringConsumption(TypedDict, total=False):
    RetrievedAdExpirationSeconds: I
    AvailMatchingCriteria: L[Xi[AvailMatchingCriteria]]

class RecurringRetrieval(TypedDict, total=False):
    DynamicVariables: M[S]
    DelayAfterAvailEndSeconds: I
    TrafficShapingType: S
    TrafficShapingRetrievalWindow: X[TrafficShapingRetrievalWindow]
    TrafficShapingTpsConfiguration: X[TrafficShapingTpsConfiguration]

class RecurringPrefetchConfiguration(TypedDict, total=False):
    StartTime: T
    EndTime: T
    RecurringConsumption: X[RecurringConsumption]
    RecurringRetrieval: X[RecurringRetrieval]

CreatePrefetchScheduleParameters = TypedDict(
    "CreatePrefetchScheduleParameters",
    {
        "Consumption": X[PrefetchConsumption],
        "Consumption.$": str,
        "Name": S,
        "Name.$": str,
        "PlaybackConfigurationName": S,
        "PlaybackConfigurationName.$": str,
        "Retrieval": X[PrefetchRetrieval],
        "Retrieval.$": str,
        "RecurringPrefetchConfiguration": X[RecurringPrefetchConfiguration],
        "RecurringPrefetchConfiguration.$": str,
        "ScheduleType": S,
        "ScheduleType.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class SpliceInsertMessage(TypedDict, total=False):
    AvailNum: I
    AvailsExpected: I
    SpliceEventId: I
    UniqueProgramId: I

class SegmentationDescriptor(TypedDict, total=False):
    SegmentationEventId: I
    SegmentationUpidType: I
    SegmentationUpid: S
    SegmentationTypeId: I
    SegmentNum: I
    SegmentsExpected: I
    SubSegmentNum: I
    SubSegmentsExpected: I

class TimeSignalMessage(TypedDict, total=False):
    SegmentationDescriptors: L[Xi[SegmentationDescriptor]]

class KeyValuePair(TypedDict, total=False):
    Key: S
    Value: S

class AdBreak(TypedDict, total=False):
    MessageType: S
    OffsetMillis: I
    Slate: X[SlateSource]
    SpliceInsertMessage: X[SpliceInsertMessage]
    TimeSignalMessage: X[TimeSignalMessage]
    AdBreakMetadata: L[Xi[KeyValuePair]]

class Transition(TypedDict, total=False):
    DurationMillis: I
    RelativePosition: S
    RelativeProgram: S
    ScheduledStartTimeMillis: I
    Type: S

class ClipRange(TypedDict, total=False):
    EndOffsetMillis: I
    StartOffsetMillis: I

class ScheduleConfiguration(TypedDict, total=False):
    Transition: X[Transition]
    ClipRange: X[ClipRange]

class AlternateMedia(TypedDict, total=False):
    SourceLocationName: S
    LiveSourceName: S
    VodSourceName: S
    ClipRange: X[ClipRange]
    ScheduledStartTimeMillis: I
    AdBreaks: L[Xi[AdBreak]]
    DurationMillis: I

class AudienceMedia(TypedDict, total=False):
    Audience: S
    AlternateMedia: L[Xi[AlternateMedia]]

CreateProgramParameters = TypedDict(
    "CreateProgramParameters",
    {
        "AdBreaks": L[Xi[AdBreak]],
        "AdBreaks.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "LiveSourceName": S,
        "LiveSourceName.$": str,
        "ProgramName": S,
        "ProgramName.$": str,
        "ScheduleConfiguration": X[ScheduleConfiguration],
        "ScheduleConfiguration.$": str,
        "SourceLocationName": S,
        "SourceLocationName.$": str,
        "VodSourceName": S,
        "VodSourceName.$": str,
        "AudienceMedia": L[Xi[AudienceMedia]],
        "AudienceMedia.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class SecretsManagerAccessTokenConfiguration(TypedDict, total=False):
    HeaderName: S
    SecretArn: S
    SecretStringKey: S

class AccessConfiguration(TypedDict, total=False):
    AccessType: S
    SecretsManagerAccessTokenConfiguration: X[SecretsManagerAccessTokenConfiguration]

class DefaultSegmentDeliveryConfiguration(TypedDict, total=False):
    BaseUrl: S

class HttpConfiguration(TypedDict, total=False):
    BaseUrl: S

class SegmentDeliveryConfiguration(TypedDict, total=False):
    BaseUrl: S
    Name: S

CreateSourceLocationParameters = TypedDict(
    "CreateSourceLocationParameters",
    {
        "AccessConfiguration": X[AccessConfiguration],
        "AccessConfiguration.$": str,
        "DefaultSegmentDeliveryConfiguration": X[DefaultSegmentDeliveryConfiguration],
        "DefaultSegmentDeliveryConfiguration.$": str,
        "HttpConfiguration": X[HttpConfiguration],
        "HttpConfiguration.$": str,
        "SegmentDeliveryConfigurations": L[Xi[SegmentDeliveryConfiguration]],
        "SegmentDeliveryConfigurations.$": str,
        "SourceLocationName": S,
        "SourceLocationName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateVodSourceParameters = TypedDict(
    "CreateVodSourceParameters",
    {
        "HttpPackageConfigurations": L[Xi[HttpPackageConfiguration]],
        "HttpPackageConfigurations.$": str,
        "SourceLocationName": S,
        "SourceLocationName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "VodSourceName": S,
        "VodSourceName.$": str,
    },
    total=False,
)
DeleteChannelParameters = TypedDict(
    "DeleteChannelParameters", {"ChannelName": S, "ChannelName.$": str}, total=False
)
DeleteChannelPolicyParameters = TypedDict(
    "DeleteChannelPolicyParameters", {"ChannelName": S, "ChannelName.$": str}, total=False
)
DeleteFunctionParameters = TypedDict(
    "DeleteFunctionParameters", {"FunctionId": S, "FunctionId.$": str}, total=False
)
DeleteLiveSourceParameters = TypedDict(
    "DeleteLiveSourceParameters",
    {
        "LiveSourceName": S,
        "LiveSourceName.$": str,
        "SourceLocationName": S,
        "SourceLocationName.$": str,
    },
    total=False,
)
DeletePlaybackConfigurationParameters = TypedDict(
    "DeletePlaybackConfigurationParameters", {"Name": S, "Name.$": str}, total=False
)
DeletePrefetchScheduleParameters = TypedDict(
    "DeletePrefetchScheduleParameters",
    {"Name": S, "Name.$": str, "PlaybackConfigurationName": S, "PlaybackConfigurationName.$": str},
    total=False,
)
DeleteProgramParameters = TypedDict(
    "DeleteProgramParameters",
    {"ChannelName": S, "ChannelName.$": str, "ProgramName": S, "ProgramName.$": str},
    total=False,
)
DeleteSourceLocationParameters = TypedDict(
    "DeleteSourceLocationParameters",
    {"SourceLocationName": S, "SourceLocationName.$": str},
    total=False,
)
DeleteVodSourceParameters = TypedDict(
    "DeleteVodSourceParameters",
    {
        "SourceLocationName": S,
        "SourceLocationName.$": str,
        "VodSourceName": S,
        "VodSourceName.$": str,
    },
    total=False,
)
DescribeChannelParameters = TypedDict(
    "DescribeChannelParameters", {"ChannelName": S, "ChannelName.$": str}, total=False
)
DescribeLiveSourceParameters = TypedDict(
    "DescribeLiveSourceParameters",
    {
        "LiveSourceName": S,
        "LiveSourceName.$": str,
        "SourceLocationName": S,
        "SourceLocationName.$": str,
    },
    total=False,
)
DescribeProgramParameters = TypedDict(
    "DescribeProgramParameters",
    {"ChannelName": S, "ChannelName.$": str, "ProgramName": S, "ProgramName.$": str},
    total=False,
)
DescribeSourceLocationParameters = TypedDict(
    "DescribeSourceLocationParameters",
    {"SourceLocationName": S, "SourceLocationName.$": str},
    total=False,
)
DescribeVodSourceParameters = TypedDict(
    "DescribeVodSourceParameters",
    {
        "SourceLocationName": S,
        "SourceLocationName.$": str,
        "VodSourceName": S,
        "VodSourceName.$": str,
    },
    total=False,
)
GetChannelPolicyParameters = TypedDict(
    "GetChannelPolicyParameters", {"ChannelName": S, "ChannelName.$": str}, total=False
)
GetChannelScheduleParameters = TypedDict(
    "GetChannelScheduleParameters",
    {
        "ChannelName": S,
        "ChannelName.$": str,
        "DurationMinutes": S,
        "DurationMinutes.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Audience": S,
        "Audience.$": str,
    },
    total=False,
)
GetFunctionParameters = TypedDict(
    "GetFunctionParameters", {"FunctionId": S, "FunctionId.$": str}, total=False
)
GetPlaybackConfigurationParameters = TypedDict(
    "GetPlaybackConfigurationParameters", {"Name": S, "Name.$": str}, total=False
)
GetPrefetchScheduleParameters = TypedDict(
    "GetPrefetchScheduleParameters",
    {"Name": S, "Name.$": str, "PlaybackConfigurationName": S, "PlaybackConfigurationName.$": str},
    total=False,
)
ListAlertsParameters = TypedDict(
    "ListAlertsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
ListChannelsParameters = TypedDict(
    "ListChannelsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFunctionsParameters = TypedDict(
    "ListFunctionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListLiveSourcesParameters = TypedDict(
    "ListLiveSourcesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SourceLocationName": S,
        "SourceLocationName.$": str,
    },
    total=False,
)
ListPlaybackConfigurationsParameters = TypedDict(
    "ListPlaybackConfigurationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPrefetchSchedulesParameters = TypedDict(
    "ListPrefetchSchedulesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PlaybackConfigurationName": S,
        "PlaybackConfigurationName.$": str,
        "ScheduleType": S,
        "ScheduleType.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
ListSourceLocationsParameters = TypedDict(
    "ListSourceLocationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListVodSourcesParameters = TypedDict(
    "ListVodSourcesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SourceLocationName": S,
        "SourceLocationName.$": str,
    },
    total=False,
)
PutChannelPolicyParameters = TypedDict(
    "PutChannelPolicyParameters",
    {"ChannelName": S, "ChannelName.$": str, "Policy": S, "Policy.$": str},
    total=False,
)

class HttpRequestCacheConfiguration(TypedDict, total=False):
    TtlMinimumSeconds: I
    TtlMaximumSeconds: I
    Key: S

class HttpRequestConfiguration(TypedDict, total=False):
    Runtime: S
    Output: M[S]
    MethodType: S
    RequestTimeoutMilliseconds: I
    Url: S
    Body: S
    Headers: M[S]
    Cache: X[HttpRequestCacheConfiguration]

class AwsServiceRequestConfiguration(TypedDict, total=False):
    Runtime: S
    Output: M[S]
    MethodType: S
    RequestTimeoutMilliseconds: I
    Url: S
    Body: S
    Headers: M[S]
    Cache: X[HttpRequestCacheConfiguration]
    TargetService: S
    TargetRegion: S

class CustomOutputConfiguration(TypedDict, total=False):
    Runtime: S
    Output: M[S]

class FunctionRef(TypedDict, total=False):
    RunCondition: S
    FunctionId: S
    Alias: S

class ConcurrentExecutorConfiguration(TypedDict, total=False):
    Runtime: S
    Output: M[S]
    FunctionList: L[Xi[FunctionRef]]
    TimeoutMilliseconds: I
    MaxConcurrency: I

class SequentialExecutorConfiguration(TypedDict, total=False):
    Runtime: S
    Output: M[S]
    FunctionList: L[Xi[FunctionRef]]
    TimeoutMilliseconds: I

class VastRequestConfiguration(TypedDict, total=False):
    Runtime: S
    Output: M[S]
    MethodType: S
    RequestTimeoutMilliseconds: I
    Url: S
    Body: S
    Headers: M[S]
    Cache: X[HttpRequestCacheConfiguration]

class HlsTagProcessorConfiguration(TypedDict, total=False):
    Runtime: S
    Output: M[S]
    TagFilter: L[Si]
    RunCondition: S

PutFunctionParameters = TypedDict(
    "PutFunctionParameters",
    {
        "FunctionId": S,
        "FunctionId.$": str,
        "FunctionType": S,
        "FunctionType.$": str,
        "Description": S,
        "Description.$": str,
        "HttpRequestConfiguration": X[HttpRequestConfiguration],
        "HttpRequestConfiguration.$": str,
        "AwsServiceRequestConfiguration": X[AwsServiceRequestConfiguration],
        "AwsServiceRequestConfiguration.$": str,
        "CustomOutputConfiguration": X[CustomOutputConfiguration],
        "CustomOutputConfiguration.$": str,
        "ConcurrentExecutorConfiguration": X[ConcurrentExecutorConfiguration],
        "ConcurrentExecutorConfiguration.$": str,
        "SequentialExecutorConfiguration": X[SequentialExecutorConfiguration],
        "SequentialExecutorConfiguration.$": str,
        "VastRequestConfiguration": X[VastRequestConfiguration],
        "VastRequestConfiguration.$": str,
        "HlsTagProcessorConfiguration": X[HlsTagProcessorConfiguration],
        "HlsTagProcessorConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AvailSuppression(TypedDict, total=False):
    Mode: S
    Value: S
    FillPolicy: S

class Bumper(TypedDict, total=False):
    EndUrl: S
    StartUrl: S

class CdnConfiguration(TypedDict, total=False):
    AdSegmentUrlPrefix: S
    ContentSegmentUrlPrefix: S

class DashConfigurationForPut(TypedDict, total=False):
    MpdLocation: S
    OriginManifestType: S

class PreRollVastResponse(TypedDict, total=False):
    AdSequencingMode: S

class PreRollAdDecisionServerConfiguration(TypedDict, total=False):
    VastResponse: X[PreRollVastResponse]

class LivePreRollConfiguration(TypedDict, total=False):
    AdDecisionServerUrl: S
    MaxDurationSeconds: I
    AdDecisionServerConfiguration: X[PreRollAdDecisionServerConfiguration]

class AdMarkerPassthrough(TypedDict, total=False):
    Enabled: B

class ManifestProcessingRules(TypedDict, total=False):
    AdMarkerPassthrough: X[AdMarkerPassthrough]

class AdConditioningConfiguration(TypedDict, total=False):
    StreamingMediaFileConditioning: S

class HttpRequest(TypedDict, total=False):
    Method: S
    Body: S
    Headers: M[S]
    CompressRequest: S

class VastResponse(TypedDict, total=False):
    AdSequencingMode: S

class AdDecisionServerConfiguration(TypedDict, total=False):
    HttpRequest: X[HttpRequest]
    VastResponse: X[VastResponse]

class YieldOptimizationConfiguration(TypedDict, total=False):
    MinimumUnfilledDuration: I
    PublisherId: S
    Region: S
    OpenRtbTemplate: S

class AdsPersonalizationTimeouts(TypedDict, total=False):
    AdsRequestTimeoutMilliseconds: I
    LiveMaximumAdsPersonalizationTimeMilliseconds: I
    VodMaximumAdsPersonalizationTimeMilliseconds: I
    PrefetchAdsRequestTimeoutMilliseconds: I
    PrefetchMaximumAdsPersonalizationTimeMilliseconds: I

class AdsPersonalizationConcurrency(TypedDict, total=False):
    MaxConcurrentAdsRequests: I
    EnableVodVastParallelization: B

class ClientSideBeaconingConfiguration(TypedDict, total=False):
    ReportingMode: S
    AdditionalEventTypes: L[Si]

class BeaconingConfiguration(TypedDict, total=False):
    ClientSide: X[ClientSideBeaconingConfiguration]

PutPlaybackConfigurationParameters = TypedDict(
    "PutPlaybackConfigurationParameters",
    {
        "AdDecisionServerUrl": S,
        "AdDecisionServerUrl.$": str,
        "AvailSuppression": X[AvailSuppression],
        "AvailSuppression.$": str,
        "Bumper": X[Bumper],
        "Bumper.$": str,
        "CdnConfiguration": X[CdnConfiguration],
        "CdnConfiguration.$": str,
        "ConfigurationAliases": M[M[S]],
        "ConfigurationAliases.$": str,
        "DashConfiguration": X[DashConfigurationForPut],
        "DashConfiguration.$": str,
        "InsertionMode": S,
        "InsertionMode.$": str,
        "LivePreRollConfiguration": X[LivePreRollConfiguration],
        "LivePreRollConfiguration.$": str,
        "ManifestProcessingRules": X[ManifestProcessingRules],
        "ManifestProcessingRules.$": str,
        "Name": S,
        "Name.$": str,
        "PersonalizationThresholdSeconds": I,
        "PersonalizationThresholdSeconds.$": str,
        "SlateAdUrl": S,
        "SlateAdUrl.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TranscodeProfileName": S,
        "TranscodeProfileName.$": str,
        "VideoContentSourceUrl": S,
        "VideoContentSourceUrl.$": str,
        "AdConditioningConfiguration": X[AdConditioningConfiguration],
        "AdConditioningConfiguration.$": str,
        "AdDecisionServerConfiguration": X[AdDecisionServerConfiguration],
        "AdDecisionServerConfiguration.$": str,
        "YieldOptimizationConfiguration": X[YieldOptimizationConfiguration],
        "YieldOptimizationConfiguration.$": str,
        "FunctionMapping": M[S],
        "FunctionMapping.$": str,
        "AdsPersonalizationTimeouts": X[AdsPersonalizationTimeouts],
        "AdsPersonalizationTimeouts.$": str,
        "AdsPersonalizationConcurrency": X[AdsPersonalizationConcurrency],
        "AdsPersonalizationConcurrency.$": str,
        "BeaconingConfiguration": X[BeaconingConfiguration],
        "BeaconingConfiguration.$": str,
    },
    total=False,
)
StartChannelParameters = TypedDict(
    "StartChannelParameters", {"ChannelName": S, "ChannelName.$": str}, total=False
)
StopChannelParameters = TypedDict(
    "StopChannelParameters", {"ChannelName": S, "ChannelName.$": str}, total=False
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
UpdateChannelParameters = TypedDict(
    "UpdateChannelParameters",
    {
        "ChannelName": S,
        "ChannelName.$": str,
        "FillerSlate": X[SlateSource],
        "FillerSlate.$": str,
        "Outputs": L[Xi[RequestOutputItem]],
        "Outputs.$": str,
        "TimeShiftConfiguration": X[TimeShiftConfiguration],
        "TimeShiftConfiguration.$": str,
        "Audiences": L[Si],
        "Audiences.$": str,
    },
    total=False,
)
UpdateLiveSourceParameters = TypedDict(
    "UpdateLiveSourceParameters",
    {
        "HttpPackageConfigurations": L[Xi[HttpPackageConfiguration]],
        "HttpPackageConfigurations.$": str,
        "LiveSourceName": S,
        "LiveSourceName.$": str,
        "SourceLocationName": S,
        "SourceLocationName.$": str,
    },
    total=False,
)

class UpdateProgramTransition(TypedDict, total=False):
    ScheduledStartTimeMillis: I
    DurationMillis: I

class UpdateProgramScheduleConfiguration(TypedDict, total=False):
    Transition: X[UpdateProgramTransition]
    ClipRange: X[ClipRange]

UpdateProgramParameters = TypedDict(
    "UpdateProgramParameters",
    {
        "AdBreaks": L[Xi[AdBreak]],
        "AdBreaks.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "ProgramName": S,
        "ProgramName.$": str,
        "ScheduleConfiguration": X[UpdateProgramScheduleConfiguration],
        "ScheduleConfiguration.$": str,
        "AudienceMedia": L[Xi[AudienceMedia]],
        "AudienceMedia.$": str,
    },
    total=False,
)
UpdateSourceLocationParameters = TypedDict(
    "UpdateSourceLocationParameters",
    {
        "AccessConfiguration": X[AccessConfiguration],
        "AccessConfiguration.$": str,
        "DefaultSegmentDeliveryConfiguration": X[DefaultSegmentDeliveryConfiguration],
        "DefaultSegmentDeliveryConfiguration.$": str,
        "HttpConfiguration": X[HttpConfiguration],
        "HttpConfiguration.$": str,
        "SegmentDeliveryConfigurations": L[Xi[SegmentDeliveryConfiguration]],
        "SegmentDeliveryConfigurations.$": str,
        "SourceLocationName": S,
        "SourceLocationName.$": str,
    },
    total=False,
)
UpdateVodSourceParameters = TypedDict(
    "UpdateVodSourceParameters",
    {
        "HttpPackageConfigurations": L[Xi[HttpPackageConfiguration]],
        "HttpPackageConfigurations.$": str,
        "SourceLocationName": S,
        "SourceLocationName.$": str,
        "VodSourceName": S,
        "VodSourceName.$": str,
    },
    total=False,
)
configure_logs_for_channel: Builder[ConfigureLogsForChannelParameters]
configure_logs_for_playback_configuration: Builder[ConfigureLogsForPlaybackConfigurationParameters]
create_channel: Builder[CreateChannelParameters]
create_live_source: Builder[CreateLiveSourceParameters]
create_prefetch_schedule: Builder[CreatePrefetchScheduleParameters]
create_program: Builder[CreateProgramParameters]
create_source_location: Builder[CreateSourceLocationParameters]
create_vod_source: Builder[CreateVodSourceParameters]
delete_channel: Builder[DeleteChannelParameters]
delete_channel_policy: Builder[DeleteChannelPolicyParameters]
delete_function: Builder[DeleteFunctionParameters]
delete_live_source: Builder[DeleteLiveSourceParameters]
delete_playback_configuration: Builder[DeletePlaybackConfigurationParameters]
delete_prefetch_schedule: Builder[DeletePrefetchScheduleParameters]
delete_program: Builder[DeleteProgramParameters]
delete_source_location: Builder[DeleteSourceLocationParameters]
delete_vod_source: Builder[DeleteVodSourceParameters]
describe_channel: Builder[DescribeChannelParameters]
describe_live_source: Builder[DescribeLiveSourceParameters]
describe_program: Builder[DescribeProgramParameters]
describe_source_location: Builder[DescribeSourceLocationParameters]
describe_vod_source: Builder[DescribeVodSourceParameters]
get_channel_policy: Builder[GetChannelPolicyParameters]
get_channel_schedule: Builder[GetChannelScheduleParameters]
get_function: Builder[GetFunctionParameters]
get_playback_configuration: Builder[GetPlaybackConfigurationParameters]
get_prefetch_schedule: Builder[GetPrefetchScheduleParameters]
list_alerts: Builder[ListAlertsParameters]
list_channels: Builder[ListChannelsParameters]
list_functions: Builder[ListFunctionsParameters]
list_live_sources: Builder[ListLiveSourcesParameters]
list_playback_configurations: Builder[ListPlaybackConfigurationsParameters]
list_prefetch_schedules: Builder[ListPrefetchSchedulesParameters]
list_source_locations: Builder[ListSourceLocationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_vod_sources: Builder[ListVodSourcesParameters]
put_channel_policy: Builder[PutChannelPolicyParameters]
put_function: Builder[PutFunctionParameters]
put_playback_configuration: Builder[PutPlaybackConfigurationParameters]
start_channel: Builder[StartChannelParameters]
stop_channel: Builder[StopChannelParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_channel: Builder[UpdateChannelParameters]
update_live_source: Builder[UpdateLiveSourceParameters]
update_program: Builder[UpdateProgramParameters]
update_source_location: Builder[UpdateSourceLocationParameters]
update_vod_source: Builder[UpdateVodSourceParameters]

__all__ = [
    "configure_logs_for_channel",
    "configure_logs_for_playback_configuration",
    "create_channel",
    "create_live_source",
    "create_prefetch_schedule",
    "create_program",
    "create_source_location",
    "create_vod_source",
    "delete_channel",
    "delete_channel_policy",
    "delete_function",
    "delete_live_source",
    "delete_playback_configuration",
    "delete_prefetch_schedule",
    "delete_program",
    "delete_source_location",
    "delete_vod_source",
    "describe_channel",
    "describe_live_source",
    "describe_program",
    "describe_source_location",
    "describe_vod_source",
    "get_channel_policy",
    "get_channel_schedule",
    "get_function",
    "get_playback_configuration",
    "get_prefetch_schedule",
    "list_alerts",
    "list_channels",
    "list_functions",
    "list_live_sources",
    "list_playback_configurations",
    "list_prefetch_schedules",
    "list_source_locations",
    "list_tags_for_resource",
    "list_vod_sources",
    "put_channel_policy",
    "put_function",
    "put_playback_configuration",
    "start_channel",
    "stop_channel",
    "tag_resource",
    "untag_resource",
    "update_channel",
    "update_live_source",
    "update_program",
    "update_source_location",
    "update_vod_source",
]
