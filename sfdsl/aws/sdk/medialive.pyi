"""Typed builders of the AWS SDK integration of medialive (``aws-sdk:medialive:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, M, S, Si, X, Xi

AcceptInputDeviceTransferParameters = TypedDict(
    "AcceptInputDeviceTransferParameters", {"InputDeviceId": S, "InputDeviceId.$": str}, total=False
)
BatchDeleteParameters = TypedDict(
    "BatchDeleteParameters",
    {
        "ChannelIds": L[Si],
        "ChannelIds.$": str,
        "InputIds": L[Si],
        "InputIds.$": str,
        "InputSecurityGroupIds": L[Si],
        "InputSecurityGroupIds.$": str,
        "MultiplexIds": L[Si],
        "MultiplexIds.$": str,
    },
    total=False,
)
BatchStartParameters = TypedDict(
    "BatchStartParameters",
    {"ChannelIds": L[Si], "ChannelIds.$": str, "MultiplexIds": L[Si], "MultiplexIds.$": str},
    total=False,
)
BatchStopParameters = TypedDict(
    "BatchStopParameters",
    {"ChannelIds": L[Si], "ChannelIds.$": str, "MultiplexIds": L[Si], "MultiplexIds.$": str},
    total=False,
)

class HlsId3SegmentTaggingScheduleActionSettings(TypedDict, total=False):
    Tag: S
    Id3: S

class HlsTimedMetadataScheduleActionSettings(TypedDict, total=False):
    Id3: S

class StartTimecode(TypedDict, total=False):
    Timecode: S

class StopTimecode(TypedDict, total=False):
    LastFrameClippingBehavior: S
    Timecode: S

class InputClippingSettings(TypedDict, total=False):
    InputTimecodeSource: S
    StartTimecode: X[StartTimecode]
    StopTimecode: X[StopTimecode]

class InputPrepareScheduleActionSettings(TypedDict, total=False):
    InputAttachmentNameReference: S
    InputClippingSettings: X[InputClippingSettings]
    UrlPath: L[Si]

class InputSwitchScheduleActionSettings(TypedDict, total=False):
    InputAttachmentNameReference: S
    InputClippingSettings: X[InputClippingSettings]
    UrlPath: L[Si]

class MotionGraphicsActivateScheduleActionSettings(TypedDict, total=False):
    Duration: I
    PasswordParam: S
    Url: S
    Username: S

class MotionGraphicsDeactivateScheduleActionSettings(TypedDict, total=False): ...

class PipelinePauseStateSettings(TypedDict, total=False):
    PipelineId: S

class PauseStateScheduleActionSettings(TypedDict, total=False):
    Pipelines: L[Xi[PipelinePauseStateSettings]]

class Scte35InputScheduleActionSettings(TypedDict, total=False):
    InputAttachmentNameReference: S
    Mode: S

class Scte35ReturnToNetworkScheduleActionSettings(TypedDict, total=False):
    SpliceEventId: I

class Scte35SpliceInsertScheduleActionSettings(TypedDict, total=False):
    Duration: I
    SpliceEventId: I

class Scte35DeliveryRestrictions(TypedDict, total=False):
    ArchiveAllowedFlag: S
    DeviceRestrictions: S
    NoRegionalBlackoutFlag: S
    WebDeliveryAllowedFlag: S

class Scte35SegmentationDescriptor(TypedDict, total=False):
    DeliveryRestrictions: X[Scte35DeliveryRestrictions]
    SegmentNum: I
    SegmentationCancelIndicator: S
    SegmentationDuration: I
    SegmentationEventId: I
    SegmentationTypeId: I
    SegmentationUpid: S
    SegmentationUpidType: I
    SegmentsExpected: I
    SubSegmentNum: I
    SubSegmentsExpected: I

class Scte35DescriptorSettings(TypedDict, total=False):
    SegmentationDescriptorScte35DescriptorSettings: X[Scte35SegmentationDescriptor]

class Scte35Descriptor(TypedDict, total=False):
    Scte35DescriptorSettings: X[Scte35DescriptorSettings]

class Scte35TimeSignalScheduleActionSettings(TypedDict, total=False):
    Scte35Descriptors: L[Xi[Scte35Descriptor]]

class InputLocation(TypedDict, total=False):
    PasswordParam: S
    Uri: S
    Username: S

class StaticImageActivateScheduleActionSettings(TypedDict, total=False):
    Duration: I
    FadeIn: I
    FadeOut: I
    Height: I
    Image: X[InputLocation]
    ImageX: I
    ImageY: I
    Layer: I
    Opacity: I
    Width: I

class StaticImageDeactivateScheduleActionSettings(TypedDict, total=False):
    FadeOut: I
    Layer: I

class StaticImageOutputActivateScheduleActionSettings(TypedDict, total=False):
    Duration: I
    FadeIn: I
    FadeOut: I
    Height: I
    Image: X[InputLocation]
    ImageX: I
    ImageY: I
    Layer: I
    Opacity: I
    OutputNames: L[Si]
    Width: I

class StaticImageOutputDeactivateScheduleActionSettings(TypedDict, total=False):
    FadeOut: I
    Layer: I
    OutputNames: L[Si]

class Id3SegmentTaggingScheduleActionSettings(TypedDict, total=False):
    Id3: S
    Tag: S

class TimedMetadataScheduleActionSettings(TypedDict, total=False):
    Id3: S

class ScheduleActionSettings(TypedDict, total=False):
    HlsId3SegmentTaggingSettings: X[HlsId3SegmentTaggingScheduleActionSettings]
    HlsTimedMetadataSettings: X[HlsTimedMetadataScheduleActionSettings]
    InputPrepareSettings: X[InputPrepareScheduleActionSettings]
    InputSwitchSettings: X[InputSwitchScheduleActionSettings]
    MotionGraphicsImageActivateSettings: X[MotionGraphicsActivateScheduleActionSettings]
    MotionGraphicsImageDeactivateSettings: X[MotionGraphicsDeactivateScheduleActionSettings]
    PauseStateSettings: X[PauseStateScheduleActionSettings]
    Scte35InputSettings: X[Scte35InputScheduleActionSettings]
    Scte35ReturnToNetworkSettings: X[Scte35ReturnToNetworkScheduleActionSettings]
    Scte35SpliceInsertSettings: X[Scte35SpliceInsertScheduleActionSettings]
    Scte35TimeSignalSettings: X[Scte35TimeSignalScheduleActionSettings]
    StaticImageActivateSettings: X[StaticImageActivateScheduleActionSettings]
    StaticImageDeactivateSettings: X[StaticImageDeactivateScheduleActionSettings]
    StaticImageOutputActivateSettings: X[StaticImageOutputActivateScheduleActionSettings]
    StaticImageOutputDeactivateSettings: X[StaticImageOutputDeactivateScheduleActionSettings]
    Id3SegmentTaggingSettings: X[Id3SegmentTaggingScheduleActionSettings]
    TimedMetadataSettings: X[TimedMetadataScheduleActionSettings]

class FixedModeScheduleActionStartSettings(TypedDict, total=False):
    Time: S

class FollowModeScheduleActionStartSettings(TypedDict, total=False):
    FollowPoint: S
    ReferenceActionName: S

class ImmediateModeScheduleActionStartSettings(TypedDict, total=False): ...

class ScheduleActionStartSettings(TypedDict, total=False):
    FixedModeScheduleActionStartSettings: X[FixedModeScheduleActionStartSettings]
    FollowModeScheduleActionStartSettings: X[FollowModeScheduleActionStartSettings]
    ImmediateModeScheduleActionStartSettings: X[ImmediateModeScheduleActionStartSettings]

class ScheduleAction(TypedDict, total=False):
    ActionName: S
    ScheduleActionSettings: X[ScheduleActionSettings]
    ScheduleActionStartSettings: X[ScheduleActionStartSettings]

class BatchScheduleActionCreateRequest(TypedDict, total=False):
    ScheduleActions: L[Xi[ScheduleAction]]

class BatchScheduleActionDeleteRequest(TypedDict, total=False):
    ActionNames: L[Si]

BatchUpdateScheduleParameters = TypedDict(
    "BatchUpdateScheduleParameters",
    {
        "ChannelId": S,
        "ChannelId.$": str,
        "Creates": X[BatchScheduleActionCreateRequest],
        "Creates.$": str,
        "Deletes": X[BatchScheduleActionDeleteRequest],
        "Deletes.$": str,
    },
    total=False,
)
CancelInputDeviceTransferParameters = TypedDict(
    "CancelInputDeviceTransferParameters", {"InputDeviceId": S, "InputDeviceId.$": str}, total=False
)
ClaimDeviceParameters = TypedDict("ClaimDeviceParameters", {"Id": S, "Id.$": str}, total=False)

class CdiInputSpecification(TypedDict, total=False):
    Resolution: S

class MediaPackageOutputDestinationSettings(TypedDict, total=False):
    ChannelId: S
    ChannelGroup: S
    ChannelName: S
    ChannelEndpointId: S
    MediaPackageRegionName: S

class MultiplexProgramChannelDestinationSettings(TypedDict, total=False):
    MultiplexId: S
    ProgramName: S

class OutputDestinationSettings(TypedDict, total=False):
    PasswordParam: S
    StreamName: S
    Url: S
    Username: S
    VirtualSourceAddress: S

class SrtOutputDestinationSettings(TypedDict, total=False):
    EncryptionPassphraseSecretArn: S
    StreamId: S
    Url: S
    ConnectionMode: S
    ListenerPort: I

class MediaConnectRouterOutputDestinationSettings(TypedDict, total=False):
    EncryptionType: S
    SecretArn: S

class OutputDestination(TypedDict, total=False):
    Id: S
    MediaPackageSettings: L[Xi[MediaPackageOutputDestinationSettings]]
    MultiplexSettings: X[MultiplexProgramChannelDestinationSettings]
    Settings: L[Xi[OutputDestinationSettings]]
    SrtSettings: L[Xi[SrtOutputDestinationSettings]]
    LogicalInterfaceNames: L[Si]
    MediaConnectRouterSettings: L[Xi[MediaConnectRouterOutputDestinationSettings]]

class AudioNormalizationSettings(TypedDict, total=False):
    Algorithm: S
    AlgorithmControl: S
    TargetLkfs: F
    PeakCalculation: S
    PeakLimiterThreshold: F

class NielsenCBET(TypedDict, total=False):
    CbetCheckDigitString: S
    CbetStepaside: S
    Csid: S

class NielsenNaesIiNw(TypedDict, total=False):
    CheckDigitString: S
    Sid: F
    Timezone: S

class NielsenNwOnly(TypedDict, total=False):
    CheckDigitString: S
    Sid: F
    Timezone: S

class NielsenWatermarksSettings(TypedDict, total=False):
    NielsenCbetSettings: X[NielsenCBET]
    NielsenDistributionType: S
    NielsenNaesIiNwSettings: X[NielsenNaesIiNw]
    NielsenNwOnlySettings: X[NielsenNwOnly]

class AudioWatermarkSettings(TypedDict, total=False):
    NielsenWatermarksSettings: X[NielsenWatermarksSettings]

class AacSettings(TypedDict, total=False):
    Bitrate: F
    CodingMode: S
    InputType: S
    Profile: S
    RateControlMode: S
    RawFormat: S
    SampleRate: F
    Spec: S
    VbrQuality: S

class Ac3Settings(TypedDict, total=False):
    Bitrate: F
    BitstreamMode: S
    CodingMode: S
    Dialnorm: I
    DrcProfile: S
    LfeFilter: S
    MetadataControl: S
    AttenuationControl: S

class Eac3AtmosSettings(TypedDict, total=False):
    Bitrate: F
    CodingMode: S
    Dialnorm: I
    DrcLine: S
    DrcRf: S
    HeightTrim: F
    SurroundTrim: F

class Eac3Settings(TypedDict, total=False):
    AttenuationControl: S
    Bitrate: F
    BitstreamMode: S
    CodingMode: S
    DcFilter: S
    Dialnorm: I
    DrcLine: S
    DrcRf: S
    LfeControl: S
    LfeFilter: S
    LoRoCenterMixLevel: F
    LoRoSurroundMixLevel: F
    LtRtCenterMixLevel: F
    LtRtSurroundMixLevel: F
    MetadataControl: S
    PassthroughControl: S
    PhaseControl: S
    StereoDownmix: S
    SurroundExMode: S
    SurroundMode: S

class Mp2Settings(TypedDict, total=False):
    Bitrate: F
    CodingMode: S
    SampleRate: F

class PassThroughSettings(TypedDict, total=False): ...

class WavSettings(TypedDict, total=False):
    BitDepth: F
    CodingMode: S
    SampleRate: F

class AudioCodecSettings(TypedDict, total=False):
    AacSettings: X[AacSettings]
    Ac3Settings: X[Ac3Settings]
    Eac3AtmosSettings: X[Eac3AtmosSettings]
    Eac3Settings: X[Eac3Settings]
    Mp2Settings: X[Mp2Settings]
    PassThroughSettings: X[PassThroughSettings]
    WavSettings: X[WavSettings]

class InputChannelLevel(TypedDict, total=False):
    Gain: I
    InputChannel: I

class AudioChannelMapping(TypedDict, total=False):
    InputChannelLevels: L[Xi[InputChannelLevel]]
    OutputChannel: I

class RemixSettings(TypedDict, total=False):
    ChannelMappings: L[Xi[AudioChannelMapping]]
    ChannelsIn: I
    ChannelsOut: I

class AudioDescription(TypedDict, total=False):
    AudioNormalizationSettings: X[AudioNormalizationSettings]
    AudioSelectorName: S
    AudioType: S
    AudioTypeControl: S
    AudioWatermarkingSettings: X[AudioWatermarkSettings]
    CodecSettings: X[AudioCodecSettings]
    LanguageCode: S
    LanguageCodeControl: S
    Name: S
    RemixSettings: X[RemixSettings]
    StreamName: S
    AudioDashRoles: L[Si]
    DvbDashAccessibility: S

class AvailBlanking(TypedDict, total=False):
    AvailBlankingImage: X[InputLocation]
    State: S

class Esam(TypedDict, total=False):
    AcquisitionPointId: S
    AdAvailOffset: I
    PasswordParam: S
    PoisEndpoint: S
    Username: S
    ZoneIdentity: S

class Scte35SpliceInsert(TypedDict, total=False):
    AdAvailOffset: I
    NoRegionalBlackoutFlag: S
    WebDeliveryAllowedFlag: S

class Scte35TimeSignalApos(TypedDict, total=False):
    AdAvailOffset: I
    NoRegionalBlackoutFlag: S
    WebDeliveryAllowedFlag: S

class AvailSettings(TypedDict, total=False):
    Esam: X[Esam]
    Scte35SpliceInsert: X[Scte35SpliceInsert]
    Scte35TimeSignalApos: X[Scte35TimeSignalApos]

class AvailConfiguration(TypedDict, total=False):
    AvailSettings: X[AvailSettings]
    Scte35SegmentationScope: S

class BlackoutSlate(TypedDict, total=False):
    BlackoutSlateImage: X[InputLocation]
    NetworkEndBlackout: S
    NetworkEndBlackoutImage: X[InputLocation]
    NetworkId: S
    State: S

class AribDestinationSettings(TypedDict, total=False): ...

class BurnInDestinationSettings(TypedDict, total=False):
    Alignment: S
    BackgroundColor: S
    BackgroundOpacity: I
    Font: X[InputLocation]
    FontColor: S
    FontOpacity: I
    FontResolution: I
    FontSize: S
    OutlineColor: S
    OutlineSize: I
    ShadowColor: S
    ShadowOpacity: I
    ShadowXOffset: I
    ShadowYOffset: I
    TeletextGridControl: S
    XPosition: I
    YPosition: I
    SubtitleRows: S

class DvbSubDestinationSettings(TypedDict, total=False):
    Alignment: S
    BackgroundColor: S
    BackgroundOpacity: I
    Font: X[InputLocation]
    FontColor: S
    FontOpacity: I
    FontResolution: I
    FontSize: S
    OutlineColor: S
    OutlineSize: I
    ShadowColor: S
    ShadowOpacity: I
    ShadowXOffset: I
    ShadowYOffset: I
    TeletextGridControl: S
    XPosition: I
    YPosition: I
    SubtitleRows: S

class EbuTtDDestinationSettings(TypedDict, total=False):
    CopyrightHolder: S
    FillLineGap: S
    FontFamily: S
    StyleControl: S
    DefaultFontSize: I
    DefaultLineHeight: I

class EmbeddedCaptionPositionSettings(TypedDict, total=False):
    YPositionLine: I

class EmbeddedDestinationSettings(TypedDict, total=False):
    Position: X[EmbeddedCaptionPositionSettings]
    StyleControl: S
    CaptionServiceChannel: I
    EmbeddedMode: S

class EmbeddedPlusScte20DestinationSettings(TypedDict, total=False): ...
class RtmpCaptionInfoDestinationSettings(TypedDict, total=False): ...
class Scte20PlusEmbeddedDestinationSettings(TypedDict, total=False): ...
class Scte27DestinationSettings(TypedDict, total=False): ...
class SmpteTtDestinationSettings(TypedDict, total=False): ...
class TeletextDestinationSettings(TypedDict, total=False): ...

class TextCaptionPositionSettings(TypedDict, total=False):
    YPositionPercentage: I

class TtmlDestinationSettings(TypedDict, total=False):
    StyleControl: S
    Position: X[TextCaptionPositionSettings]

class WebvttDestinationSettings(TypedDict, total=False):
    StyleControl: S
    Position: X[TextCaptionPositionSettings]

class CaptionDestinationSettings(TypedDict, total=False):
    AribDestinationSettings: X[AribDestinationSettings]
    BurnInDestinationSettings: X[BurnInDestinationSettings]
    DvbSubDestinationSettings: X[DvbSubDestinationSettings]
    EbuTtDDestinationSettings: X[EbuTtDDestinationSettings]
    EmbeddedDestinationSettings: X[EmbeddedDestinationSettings]
    EmbeddedPlusScte20DestinationSettings: X[EmbeddedPlusScte20DestinationSettings]
    RtmpCaptionInfoDestinationSettings: X[RtmpCaptionInfoDestinationSettings]
    Scte20PlusEmbeddedDestinationSettings: X[Scte20PlusEmbeddedDestinationSettings]
    Scte27DestinationSettings: X[Scte27DestinationSettings]
    SmpteTtDestinationSettings: X[SmpteTtDestinationSettings]
    TeletextDestinationSettings: X[TeletextDestinationSettings]
    TtmlDestinationSettings: X[TtmlDestinationSettings]
    WebvttDestinationSettings: X[WebvttDestinationSettings]

class CaptionDescription(TypedDict, total=False):
    Accessibility: S
    CaptionSelectorName: S
    DestinationSettings: X[CaptionDestinationSettings]
    LanguageCode: S
    LanguageDescription: S
    Name: S
    CaptionDashRoles: L[Si]
    DvbDashAccessibility: S

class FeatureActivations(TypedDict, total=False):
    InputPrepareScheduleActions: S
    OutputStaticImageOverlayScheduleActions: S

class InputLossBehavior(TypedDict, total=False):
    BlackFrameMsec: I
    InputLossImageColor: S
    InputLossImageSlate: X[InputLocation]
    InputLossImageType: S
    RepeatFrameMsec: I

class EpochLockingSettings(TypedDict, total=False):
    CustomEpoch: S
    JamSyncTime: S

class PipelineLockingSettings(TypedDict, total=False):
    PipelineLockingMethod: S
    CustomEpoch: S

class DisabledLockingSettings(TypedDict, total=False):
    CustomEpoch: S

class OutputLockingSettings(TypedDict, total=False):
    EpochLockingSettings: X[EpochLockingSettings]
    PipelineLockingSettings: X[PipelineLockingSettings]
    DisabledLockingSettings: X[DisabledLockingSettings]

class GlobalConfiguration(TypedDict, total=False):
    InitialAudioGain: I
    InputEndAction: S
    InputLossBehavior: X[InputLossBehavior]
    OutputLockingMode: S
    OutputTimingSource: S
    SupportLowFramerateInputs: S
    OutputLockingSettings: X[OutputLockingSettings]

class HtmlMotionGraphicsSettings(TypedDict, total=False): ...

class MotionGraphicsSettings(TypedDict, total=False):
    HtmlMotionGraphicsSettings: X[HtmlMotionGraphicsSettings]

class MotionGraphicsConfiguration(TypedDict, total=False):
    MotionGraphicsInsertion: S
    MotionGraphicsSettings: X[MotionGraphicsSettings]

class NielsenConfiguration(TypedDict, total=False):
    DistributorId: S
    NielsenPcmToId3Tagging: S

class ArchiveS3Settings(TypedDict, total=False):
    CannedAcl: S

class ArchiveCdnSettings(TypedDict, total=False):
    ArchiveS3Settings: X[ArchiveS3Settings]

class OutputLocationRef(TypedDict, total=False):
    DestinationRefId: S

class ArchiveGroupSettings(TypedDict, total=False):
    ArchiveCdnSettings: X[ArchiveCdnSettings]
    Destination: X[OutputLocationRef]
    RolloverInterval: I

class FrameCaptureS3Settings(TypedDict, total=False):
    CannedAcl: S

class FrameCaptureCdnSettings(TypedDict, total=False):
    FrameCaptureS3Settings: X[FrameCaptureS3Settings]

class FrameCaptureGroupSettings(TypedDict, total=False):
    Destination: X[OutputLocationRef]
    FrameCaptureCdnSettings: X[FrameCaptureCdnSettings]

class CaptionLanguageMapping(TypedDict, total=False):
    CaptionChannel: I
    LanguageCode: S
    LanguageDescription: S

class HlsAkamaiSettings(TypedDict, total=False):
    ConnectionRetryInterval: I
    FilecacheDuration: I
    HttpTransferMode: S
    NumRetries: I
    RestartDelay: I
    Salt: S
    Token: S

class HlsBasicPutSettings(TypedDict, total=False):
    ConnectionRetryInterval: I
    FilecacheDuration: I
    NumRetries: I
    RestartDelay: I

class HlsMediaStoreSettings(TypedDict, total=False):
    ConnectionRetryInterval: I
    FilecacheDuration: I
    MediaStoreStorageClass: S
    NumRetries: I
    RestartDelay: I

class HlsS3Settings(TypedDict, total=False):
    CannedAcl: S

class HlsWebdavSettings(TypedDict, total=False):
    ConnectionRetryInterval: I
    FilecacheDuration: I
    HttpTransferMode: S
    NumRetries: I
    RestartDelay: I

class HlsCdnSettings(TypedDict, total=False):
    HlsAkamaiSettings: X[HlsAkamaiSettings]
    HlsBasicPutSettings: X[HlsBasicPutSettings]
    HlsMediaStoreSettings: X[HlsMediaStoreSettings]
    HlsS3Settings: X[HlsS3Settings]
    HlsWebdavSettings: X[HlsWebdavSettings]

class StaticKeySettings(TypedDict, total=False):
    KeyProviderServer: X[InputLocation]
    StaticKeyValue: S

class KeyProviderSettings(TypedDict, total=False):
    StaticKeySettings: X[StaticKeySettings]

class HlsGroupSettings(TypedDict, total=False):
    AdMarkers: L[Si]
    BaseUrlContent: S
    BaseUrlContent1: S
    BaseUrlManifest: S
    BaseUrlManifest1: S
    CaptionLanguageMappings: L[Xi[CaptionLanguageMapping]]
    CaptionLanguageSetting: S
    ClientCache: S
    CodecSpecification: S
    ConstantIv: S
    Destination: X[OutputLocationRef]
    DirectoryStructure: S
    DiscontinuityTags: S
    EncryptionType: S
    HlsCdnSettings: X[HlsCdnSettings]
    HlsId3SegmentTagging: S
    IFrameOnlyPlaylists: S
    IncompleteSegmentBehavior: S
    IndexNSegments: I
    InputLossAction: S
    IvInManifest: S
    IvSource: S
    KeepSegments: I
    KeyFormat: S
    KeyFormatVersions: S
    KeyProviderSettings: X[KeyProviderSettings]
    ManifestCompression: S
    ManifestDurationFormat: S
    MinSegmentLength: I
    Mode: S
    OutputSelection: S
    ProgramDateTime: S
    ProgramDateTimeClock: S
    ProgramDateTimePeriod: I
    RedundantManifest: S
    SegmentLength: I
    SegmentationMode: S
    SegmentsPerSubdirectory: I
    StreamInfResolution: S
    TimedMetadataId3Frame: S
    TimedMetadataId3Period: I
    TimestampDeltaMilliseconds: I
    TsFileMode: S

class MediaPackageAdditionalDestinations(TypedDict, total=False):
    Destination: X[OutputLocationRef]

class AbWatermarkingCustomProfile(TypedDict, total=False):
    EmbeddingFrequency: F
    SceneCut: F
    TargetPsnr: F

class MediaPackageV2AbWatermarkerIrdetoSettings(TypedDict, total=False):
    AdditionalDestinationsAlternateDestinations: L[Xi[OutputLocationRef]]
    AlternateDestination: X[OutputLocationRef]
    CustomProfile: X[AbWatermarkingCustomProfile]
    License: S
    OperatorId: I
    PolyPeriod: I
    Profile: S
    WatermarkIdLength: S

class MediaPackageV2WatermarkingSettings(TypedDict, total=False):
    MediaPackageV2AbWatermarkerIrdetoSettings: X[MediaPackageV2AbWatermarkerIrdetoSettings]

class MediaPackageV2GroupSettings(TypedDict, total=False):
    CaptionLanguageMappings: L[Xi[CaptionLanguageMapping]]
    Id3Behavior: S
    KlvBehavior: S
    NielsenId3Behavior: S
    Scte35Type: S
    SegmentLength: I
    SegmentLengthUnits: S
    TimedMetadataId3Frame: S
    TimedMetadataId3Period: I
    TimedMetadataPassthrough: S
    AdditionalDestinations: L[Xi[MediaPackageAdditionalDestinations]]
    WatermarkingSettings: X[MediaPackageV2WatermarkingSettings]
    CaptionLanguageSetting: S

class MediaPackageGroupSettings(TypedDict, total=False):
    Destination: X[OutputLocationRef]
    MediapackageV2GroupSettings: X[MediaPackageV2GroupSettings]

class MsSmoothGroupSettings(TypedDict, total=False):
    AcquisitionPointId: S
    AudioOnlyTimecodeControl: S
    CertificateMode: S
    ConnectionRetryInterval: I
    Destination: X[OutputLocationRef]
    EventId: S
    EventIdMode: S
    EventStopBehavior: S
    FilecacheDuration: I
    FragmentLength: I
    InputLossAction: S
    NumRetries: I
    RestartDelay: I
    SegmentationMode: S
    SendDelayMs: I
    SparseTrackType: S
    StreamManifestBehavior: S
    TimestampOffset: S
    TimestampOffsetMode: S

class MultiplexGroupSettings(TypedDict, total=False): ...

class RtmpGroupSettings(TypedDict, total=False):
    AdMarkers: L[Si]
    AuthenticationScheme: S
    CacheFullBehavior: S
    CacheLength: I
    CaptionData: S
    InputLossAction: S
    RestartDelay: I
    IncludeFillerNalUnits: S

class UdpGroupSettings(TypedDict, total=False):
    InputLossAction: S
    TimedMetadataId3Frame: S
    TimedMetadataId3Period: I

class CmafIngestCaptionLanguageMapping(TypedDict, total=False):
    CaptionChannel: I
    LanguageCode: S

class AdditionalDestinations(TypedDict, total=False):
    Destination: X[OutputLocationRef]

class CmafIngestAbWatermarkerIrdetoSettings(TypedDict, total=False):
    AdditionalDestinationsAlternateDestinations: L[Xi[OutputLocationRef]]
    AlternateDestination: X[OutputLocationRef]
    CustomProfile: X[AbWatermarkingCustomProfile]
    License: S
    OperatorId: I
    PolyPeriod: I
    Profile: S
    WatermarkIdLength: S

class CmafIngestWatermarkingSettings(TypedDict, total=False):
    CmafIngestAbWatermarkerIrdetoSettings: X[CmafIngestAbWatermarkerIrdetoSettings]

class CmafIngestGroupSettings(TypedDict, total=False):
    Destination: X[OutputLocationRef]
    NielsenId3Behavior: S
    Scte35Type: S
    SegmentLength: I
    SegmentLengthUnits: S
    SendDelayMs: I
    KlvBehavior: S
    KlvNameModifier: S
    NielsenId3NameModifier: S
    Scte35NameModifier: S
    Id3Behavior: S
    Id3NameModifier: S
    CaptionLanguageMappings: L[Xi[CmafIngestCaptionLanguageMapping]]
    TimedMetadataId3Frame: S
    TimedMetadataId3Period: I
    TimedMetadataPassthrough: S
    AdditionalDestinations: L[Xi[AdditionalDestinations]]
    WatermarkingSettings: X[CmafIngestWatermarkingSettings]

class SrtGroupSettings(TypedDict, total=False):
    InputLossAction: S

class MediaConnectRouterGroupSettings(TypedDict, total=False):
    AvailabilityZones: L[Si]

class OutputGroupSettings(TypedDict, total=False):
    ArchiveGroupSettings: X[ArchiveGroupSettings]
    FrameCaptureGroupSettings: X[FrameCaptureGroupSettings]
    HlsGroupSettings: X[HlsGroupSettings]
    MediaPackageGroupSettings: X[MediaPackageGroupSettings]
    MsSmoothGroupSettings: X[MsSmoothGroupSettings]
    MultiplexGroupSettings: X[MultiplexGroupSettings]
    RtmpGroupSettings: X[RtmpGroupSettings]
    UdpGroupSettings: X[UdpGroupSettings]
    CmafIngestGroupSettings: X[CmafIngestGroupSettings]
    SrtGroupSettings: X[SrtGroupSettings]
    MediaConnectRouterGroupSettings: X[MediaConnectRouterGroupSettings]

class DvbNitSettings(TypedDict, total=False):
    NetworkId: I
    NetworkName: S
    RepInterval: I

class DvbSdtSettings(TypedDict, total=False):
    OutputSdt: S
    RepInterval: I
    ServiceName: S
    ServiceProviderName: S

class DvbTdtSettings(TypedDict, total=False):
    RepInterval: I

class M2tsSettings(TypedDict, total=False):
    AbsentInputAudioBehavior: S
    Arib: S
    AribCaptionsPid: S
    AribCaptionsPidControl: S
    AudioBufferModel: S
    AudioFramesPerPes: I
    AudioPids: S
    AudioStreamType: S
    Bitrate: I
    BufferModel: S
    CcDescriptor: S
    DvbNitSettings: X[DvbNitSettings]
    DvbSdtSettings: X[DvbSdtSettings]
    DvbSubPids: S
    DvbTdtSettings: X[DvbTdtSettings]
    DvbTeletextPid: S
    Ebif: S
    EbpAudioInterval: S
    EbpLookaheadMs: I
    EbpPlacement: S
    EcmPid: S
    EsRateInPes: S
    EtvPlatformPid: S
    EtvSignalPid: S
    FragmentTime: F
    Klv: S
    KlvDataPids: S
    NielsenId3Behavior: S
    NullPacketBitrate: F
    PatInterval: I
    PcrControl: S
    PcrPeriod: I
    PcrPid: S
    PmtInterval: I
    PmtPid: S
    ProgramNum: I
    RateMode: S
    Scte27Pids: S
    Scte35Control: S
    Scte35Pid: S
    SegmentationMarkers: S
    SegmentationStyle: S
    SegmentationTime: F
    TimedMetadataBehavior: S
    TimedMetadataPid: S
    TransportStreamId: I
    VideoPid: S
    Scte35PrerollPullupMilliseconds: F

class RawSettings(TypedDict, total=False): ...

class ArchiveContainerSettings(TypedDict, total=False):
    M2tsSettings: X[M2tsSettings]
    RawSettings: X[RawSettings]

class ArchiveOutputSettings(TypedDict, total=False):
    ContainerSettings: X[ArchiveContainerSettings]
    Extension: S
    NameModifier: S

class FrameCaptureOutputSettings(TypedDict, total=False):
    NameModifier: S

class AudioOnlyHlsSettings(TypedDict, total=False):
    AudioGroupId: S
    AudioOnlyImage: X[InputLocation]
    AudioTrackType: S
    SegmentType: S

class Fmp4HlsSettings(TypedDict, total=False):
    AudioRenditionSets: S
    NielsenId3Behavior: S
    TimedMetadataBehavior: S

class FrameCaptureHlsSettings(TypedDict, total=False): ...

class M3u8Settings(TypedDict, total=False):
    AudioFramesPerPes: I
    AudioPids: S
    EcmPid: S
    NielsenId3Behavior: S
    PatInterval: I
    PcrControl: S
    PcrPeriod: I
    PcrPid: S
    PmtInterval: I
    PmtPid: S
    ProgramNum: I
    Scte35Behavior: S
    Scte35Pid: S
    TimedMetadataBehavior: S
    TimedMetadataPid: S
    TransportStreamId: I
    VideoPid: S
    KlvBehavior: S
    KlvDataPids: S

class StandardHlsSettings(TypedDict, total=False):
    AudioRenditionSets: S
    M3u8Settings: X[M3u8Settings]

class HlsSettings(TypedDict, total=False):
    AudioOnlyHlsSettings: X[AudioOnlyHlsSettings]
    Fmp4HlsSettings: X[Fmp4HlsSettings]
    FrameCaptureHlsSettings: X[FrameCaptureHlsSettings]
    StandardHlsSettings: X[StandardHlsSettings]

class HlsOutputSettings(TypedDict, total=False):
    H265PackagingType: S
    HlsSettings: X[HlsSettings]
    NameModifier: S
    SegmentModifier: S

class MediaPackageV2DestinationSettings(TypedDict, total=False):
    AudioGroupId: S
    AudioRenditionSets: S
    HlsAutoSelect: S
    HlsDefault: S
    OutputUsage: L[Si]

class MediaPackageOutputSettings(TypedDict, total=False):
    MediaPackageV2DestinationSettings: X[MediaPackageV2DestinationSettings]

class MsSmoothOutputSettings(TypedDict, total=False):
    H265PackagingType: S
    NameModifier: S

class MultiplexM2tsSettings(TypedDict, total=False):
    AbsentInputAudioBehavior: S
    Arib: S
    AudioBufferModel: S
    AudioFramesPerPes: I
    AudioStreamType: S
    CcDescriptor: S
    Ebif: S
    EsRateInPes: S
    Klv: S
    NielsenId3Behavior: S
    PcrControl: S
    PcrPeriod: I
    Scte35Control: S
    Scte35PrerollPullupMilliseconds: F

class MultiplexContainerSettings(TypedDict, total=False):
    MultiplexM2tsSettings: X[MultiplexM2tsSettings]

class MultiplexOutputSettings(TypedDict, total=False):
    Destination: X[OutputLocationRef]
    ContainerSettings: X[MultiplexContainerSettings]

class RtmpOutputSettings(TypedDict, total=False):
    CertificateMode: S
    ConnectionRetryInterval: I
    Destination: X[OutputLocationRef]
    NumRetries: I

class UdpContainerSettings(TypedDict, total=False):
    M2tsSettings: X[M2tsSettings]

class FecOutputSettings(TypedDict, total=False):
    ColumnDepth: I
    IncludeFec: S
    RowLength: I

class UdpOutputSettings(TypedDict, total=False):
    BufferMsec: I
    ContainerSettings: X[UdpContainerSettings]
    Destination: X[OutputLocationRef]
    FecOutputSettings: X[FecOutputSettings]

class CmafIngestOutputSettings(TypedDict, total=False):
    NameModifier: S

class SrtOutputSettings(TypedDict, total=False):
    BufferMsec: I
    ContainerSettings: X[UdpContainerSettings]
    Destination: X[OutputLocationRef]
    EncryptionType: S
    Latency: I

class MediaConnectRouterOutputConnectionMap(TypedDict, total=False):
    Pipeline0: S
    Pipeline1: S

class MediaConnectRouterContainerSettings(TypedDict, total=False):
    M2tsSettings: X[M2tsSettings]

class MediaConnectRouterOutputSettings(TypedDict, total=False):
    ConnectedRouterInputs: X[MediaConnectRouterOutputConnectionMap]
    ContainerSettings: X[MediaConnectRouterContainerSettings]
    Destination: X[OutputLocationRef]

class OutputSettings(TypedDict, total=False):
    ArchiveOutputSettings: X[ArchiveOutputSettings]
    FrameCaptureOutputSettings: X[FrameCaptureOutputSettings]
    HlsOutputSettings: X[HlsOutputSettings]
    MediaPackageOutputSettings: X[MediaPackageOutputSettings]
    MsSmoothOutputSettings: X[MsSmoothOutputSettings]
    MultiplexOutputSettings: X[MultiplexOutputSettings]
    RtmpOutputSettings: X[RtmpOutputSettings]
    UdpOutputSettings: X[UdpOutputSettings]
    CmafIngestOutputSettings: X[CmafIngestOutputSettings]
    SrtOutputSettings: X[SrtOutputSettings]
    MediaConnectRouterOutputSettings: X[MediaConnectRouterOutputSettings]

class Output(TypedDict, total=False):
    AudioDescriptionNames: L[Si]
    CaptionDescriptionNames: L[Si]
    OutputName: S
    OutputSettings: X[OutputSettings]
    VideoDescriptionName: S

class OutputGroup(TypedDict, total=False):
    Name: S
    OutputGroupSettings: X[OutputGroupSettings]
    Outputs: L[Xi[Output]]

class TimecodeConfig(TypedDict, total=False):
    Source: S
    SyncThreshold: I

class TimecodeBurninSettings(TypedDict, total=False):
    FontSize: S
    Position: S
    Prefix: S

class FrameCaptureSettings(TypedDict, total=False):
    CaptureInterval: I
    CaptureIntervalUnits: S
    TimecodeBurninSettings: X[TimecodeBurninSettings]

class ColorSpacePassthroughSettings(TypedDict, total=False): ...
class Rec601Settings(TypedDict, total=False): ...
class Rec709Settings(TypedDict, total=False): ...

class H264ColorSpaceSettings(TypedDict, total=False):
    ColorSpacePassthroughSettings: X[ColorSpacePassthroughSettings]
    Rec601Settings: X[Rec601Settings]
    Rec709Settings: X[Rec709Settings]

class TemporalFilterSettings(TypedDict, total=False):
    PostFilterSharpening: S
    Strength: S

class BandwidthReductionFilterSettings(TypedDict, total=False):
    PostFilterSharpening: S
    Strength: S

class AutoFilterSettings(TypedDict, total=False): ...
class NoneFilterSettings(TypedDict, total=False): ...

class PerceptualFilterSettings(TypedDict, total=False):
    Strength: S

class H264FilterSettings(TypedDict, total=False):
    TemporalFilterSettings: X[TemporalFilterSettings]
    BandwidthReductionFilterSettings: X[BandwidthReductionFilterSettings]
    AutoFilterSettings: X[AutoFilterSettings]
    NoneFilterSettings: X[NoneFilterSettings]
    PerceptualFilterSettings: X[PerceptualFilterSettings]

class H264Settings(TypedDict, total=False):
    AdaptiveQuantization: S
    AfdSignaling: S
    Bitrate: I
    BufFillPct: I
    BufSize: I
    ColorMetadata: S
    ColorSpaceSettings: X[H264ColorSpaceSettings]
    EntropyEncoding: S
    FilterSettings: X[H264FilterSettings]
    FixedAfd: S
    FlickerAq: S
    ForceFieldPictures: S
    FramerateControl: S
    FramerateDenominator: I
    FramerateNumerator: I
    GopBReference: S
    GopClosedCadence: I
    GopNumBFrames: I
    GopSize: F
    GopSizeUnits: S
    Level: S
    LookAheadRateControl: S
    MaxBitrate: I
    MinIInterval: I
    NumRefFrames: I
    ParControl: S
    ParDenominator: I
    ParNumerator: I
    Profile: S
    QualityLevel: S
    QvbrQualityLevel: I
    RateControlMode: S
    ScanType: S
    SceneChangeDetect: S
    Slices: I
    Softness: I
    SpatialAq: S
    SubgopLength: S
    Syntax: S
    TemporalAq: S
    TimecodeInsertion: S
    TimecodeBurninSettings: X[TimecodeBurninSettings]
    MinQp: I
    MinBitrate: I
    AllowExplicitWeightedPrediction: S

class DolbyVision81Settings(TypedDict, total=False): ...

class Hdr10Settings(TypedDict, total=False):
    MaxCll: I
    MaxFall: I

class Hlg2020Settings(TypedDict, total=False): ...

class H265ColorSpaceSettings(TypedDict, total=False):
    ColorSpacePassthroughSettings: X[ColorSpacePassthroughSettings]
    DolbyVision81Settings: X[DolbyVision81Settings]
    Hdr10Settings: X[Hdr10Settings]
    Rec601Settings: X[Rec601Settings]
    Rec709Settings: X[Rec709Settings]
    Hlg2020Settings: X[Hlg2020Settings]

class H265FilterSettings(TypedDict, total=False):
    TemporalFilterSettings: X[TemporalFilterSettings]
    BandwidthReductionFilterSettings: X[BandwidthReductionFilterSettings]
    AutoFilterSettings: X[AutoFilterSettings]
    NoneFilterSettings: X[NoneFilterSettings]
    PerceptualFilterSettings: X[PerceptualFilterSettings]

class H265Settings(TypedDict, total=False):
    AdaptiveQuantization: S
    AfdSignaling: S
    AlternativeTransferFunction: S
    Bitrate: I
    BufSize: I
    ColorMetadata: S
    ColorSpaceSettings: X[H265ColorSpaceSettings]
    FilterSettings: X[H265FilterSettings]
    FixedAfd: S
    FlickerAq: S
    FramerateDenominator: I
    FramerateNumerator: I
    GopClosedCadence: I
    GopSize: F
    GopSizeUnits: S
    Level: S
    LookAheadRateControl: S
    MaxBitrate: I
    MinIInterval: I
    ParDenominator: I
    ParNumerator: I
    Profile: S
    QvbrQualityLevel: I
    RateControlMode: S
    ScanType: S
    SceneChangeDetect: S
    Slices: I
    Tier: S
    TimecodeInsertion: S
    TimecodeBurninSettings: X[TimecodeBurninSettings]
    MvOverPictureBoundaries: S
    MvTemporalPredictor: S
    TileHeight: I
    TilePadding: S
    TileWidth: I
    TreeblockSize: S
    MinQp: I
    Deblocking: S
    GopBReference: S
    GopNumBFrames: I
    MinBitrate: I
    SubgopLength: S

class Mpeg2FilterSettings(TypedDict, total=False):
    TemporalFilterSettings: X[TemporalFilterSettings]

class Mpeg2Settings(TypedDict, total=False):
    AdaptiveQuantization: S
    AfdSignaling: S
    ColorMetadata: S
    ColorSpace: S
    DisplayAspectRatio: S
    FilterSettings: X[Mpeg2FilterSettings]
    FixedAfd: S
    FramerateDenominator: I
    FramerateNumerator: I
    GopClosedCadence: I
    GopNumBFrames: I
    GopSize: F
    GopSizeUnits: S
    ScanType: S
    SubgopLength: S
    TimecodeInsertion: S
    TimecodeBurninSettings: X[TimecodeBurninSettings]

class Av1ColorSpaceSettings(TypedDict, total=False):
    ColorSpacePassthroughSettings: X[ColorSpacePassthroughSettings]
    Hdr10Settings: X[Hdr10Settings]
    Rec601Settings: X[Rec601Settings]
    Rec709Settings: X[Rec709Settings]
    Hlg2020Settings: X[Hlg2020Settings]

class Av1FilterSettings(TypedDict, total=False):
    AutoFilterSettings: X[AutoFilterSettings]
    NoneFilterSettings: X[NoneFilterSettings]
    PerceptualFilterSettings: X[PerceptualFilterSettings]

class Av1Settings(TypedDict, total=False):
    AfdSignaling: S
    BufSize: I
    ColorSpaceSettings: X[Av1ColorSpaceSettings]
    FixedAfd: S
    FramerateDenominator: I
    FramerateNumerator: I
    GopSize: F
    GopSizeUnits: S
    Level: S
    LookAheadRateControl: S
    MaxBitrate: I
    MinIInterval: I
    ParDenominator: I
    ParNumerator: I
    QvbrQualityLevel: I
    SceneChangeDetect: S
    TimecodeBurninSettings: X[TimecodeBurninSettings]
    Bitrate: I
    RateControlMode: S
    MinBitrate: I
    SpatialAq: S
    TemporalAq: S
    TimecodeInsertion: S
    BitDepth: S
    FilterSettings: X[Av1FilterSettings]

class VideoCodecSettings(TypedDict, total=False):
    FrameCaptureSettings: X[FrameCaptureSettings]
    H264Settings: X[H264Settings]
    H265Settings: X[H265Settings]
    Mpeg2Settings: X[Mpeg2Settings]
    Av1Settings: X[Av1Settings]

class VideoPositionRectangle(TypedDict, total=False):
    Height: I
    Width: I
    X: I
    Y: I

class VideoDescription(TypedDict, total=False):
    CodecSettings: X[VideoCodecSettings]
    Height: I
    Name: S
    RespondToAfd: S
    ScalingBehavior: S
    Sharpness: I
    Width: I
    CropRectangle: X[VideoPositionRectangle]
    OutputPositionRectangle: X[VideoPositionRectangle]
    Border: I

class ThumbnailConfiguration(TypedDict, total=False):
    State: S

class ColorCorrection(TypedDict, total=False):
    InputColorSpace: S
    OutputColorSpace: S
    Uri: S

class ColorCorrectionSettings(TypedDict, total=False):
    GlobalColorCorrections: L[Xi[ColorCorrection]]

class EncoderSettings(TypedDict, total=False):
    AudioDescriptions: L[Xi[AudioDescription]]
    AvailBlanking: X[AvailBlanking]
    AvailConfiguration: X[AvailConfiguration]
    BlackoutSlate: X[BlackoutSlate]
    CaptionDescriptions: L[Xi[CaptionDescription]]
    FeatureActivations: X[FeatureActivations]
    GlobalConfiguration: X[GlobalConfiguration]
    MotionGraphicsConfiguration: X[MotionGraphicsConfiguration]
    NielsenConfiguration: X[NielsenConfiguration]
    OutputGroups: L[Xi[OutputGroup]]
    TimecodeConfig: X[TimecodeConfig]
    VideoDescriptions: L[Xi[VideoDescription]]
    ThumbnailConfiguration: X[ThumbnailConfiguration]
    ColorCorrectionSettings: X[ColorCorrectionSettings]

class AudioSilenceFailoverSettings(TypedDict, total=False):
    AudioSelectorName: S
    AudioSilenceThresholdMsec: I

class InputLossFailoverSettings(TypedDict, total=False):
    InputLossThresholdMsec: I

class VideoBlackFailoverSettings(TypedDict, total=False):
    BlackDetectThreshold: F
    VideoBlackThresholdMsec: I

class FailoverConditionSettings(TypedDict, total=False):
    AudioSilenceSettings: X[AudioSilenceFailoverSettings]
    InputLossSettings: X[InputLossFailoverSettings]
    VideoBlackSettings: X[VideoBlackFailoverSettings]

class FailoverCondition(TypedDict, total=False):
    FailoverConditionSettings: X[FailoverConditionSettings]

class AutomaticInputFailoverSettings(TypedDict, total=False):
    ErrorClearTimeMsec: I
    FailoverConditions: L[Xi[FailoverCondition]]
    InputPreference: S
    SecondaryInputId: S

class AudioHlsRenditionSelection(TypedDict, total=False):
    GroupId: S
    Name: S

class AudioLanguageSelection(TypedDict, total=False):
    LanguageCode: S
    LanguageSelectionPolicy: S

class AudioDolbyEDecode(TypedDict, total=False):
    ProgramSelection: S

class AudioPreMixerSettings(TypedDict, total=False):
    AudioNormalizationSettings: X[AudioNormalizationSettings]
    Channels: I
    GainDb: F
    RemixSettings: X[RemixSettings]

class AudioPid(TypedDict, total=False):
    DolbyEDecode: X[AudioDolbyEDecode]
    Pid: I
    PremixSettings: X[AudioPreMixerSettings]

class AudioPidSelection(TypedDict, total=False):
    Pid: I
    Pids: L[Xi[AudioPid]]

class AudioTrack(TypedDict, total=False):
    Track: I
    PremixSettings: X[AudioPreMixerSettings]

class AudioTrackSelection(TypedDict, total=False):
    Tracks: L[Xi[AudioTrack]]
    DolbyEDecode: X[AudioDolbyEDecode]

class AudioSelectorSettings(TypedDict, total=False):
    AudioHlsRenditionSelection: X[AudioHlsRenditionSelection]
    AudioLanguageSelection: X[AudioLanguageSelection]
    AudioPidSelection: X[AudioPidSelection]
    AudioTrackSelection: X[AudioTrackSelection]

class AudioSelector(TypedDict, total=False):
    Name: S
    SelectorSettings: X[AudioSelectorSettings]

class AncillarySourceSettings(TypedDict, total=False):
    SourceAncillaryChannelNumber: I

class AribSourceSettings(TypedDict, total=False): ...

class DvbSubSourceSettings(TypedDict, total=False):
    OcrLanguage: S
    Pid: I

class EmbeddedSourceSettings(TypedDict, total=False):
    Convert608To708: S
    Scte20Detection: S
    Source608ChannelNumber: I
    Source608TrackNumber: I

class Scte20SourceSettings(TypedDict, total=False):
    Convert608To708: S
    Source608ChannelNumber: I

class Scte27SourceSettings(TypedDict, total=False):
    OcrLanguage: S
    Pid: I

class CaptionRectangle(TypedDict, total=False):
    Height: F
    LeftOffset: F
    TopOffset: F
    Width: F

class TeletextSourceSettings(TypedDict, total=False):
    OutputRectangle: X[CaptionRectangle]
    PageNumber: S

class SmartSubtitleSourceSettings(TypedDict, total=False):
    CaptionSynchronizationMode: S
    InferenceFeedOutput: S

class WebvttSourceSettings(TypedDict, total=False):
    GroupId: S
    Name: S

class CaptionSelectorSettings(TypedDict, total=False):
    AncillarySourceSettings: X[AncillarySourceSettings]
    AribSourceSettings: X[AribSourceSettings]
    DvbSubSourceSettings: X[DvbSubSourceSettings]
    EmbeddedSourceSettings: X[EmbeddedSourceSettings]
    Scte20SourceSettings: X[Scte20SourceSettings]
    Scte27SourceSettings: X[Scte27SourceSettings]
    TeletextSourceSettings: X[TeletextSourceSettings]
    SmartSubtitleSourceSettings: X[SmartSubtitleSourceSettings]
    WebvttSourceSettings: X[WebvttSourceSettings]

class CaptionSelector(TypedDict, total=False):
    LanguageCode: S
    Name: S
    SelectorSettings: X[CaptionSelectorSettings]

class HlsInputSettings(TypedDict, total=False):
    Bandwidth: I
    BufferSegments: I
    Retries: I
    RetryInterval: I
    Scte35Source: S

class MulticastInputSettings(TypedDict, total=False):
    SourceIpAddress: S

class NetworkInputSettings(TypedDict, total=False):
    HlsInputSettings: X[HlsInputSettings]
    ServerValidation: S
    MulticastInputSettings: X[MulticastInputSettings]

class VideoSelectorColorSpaceSettings(TypedDict, total=False):
    Hdr10Settings: X[Hdr10Settings]

class VideoSelectorPid(TypedDict, total=False):
    Pid: I

class VideoSelectorProgramId(TypedDict, total=False):
    ProgramId: I

class VideoSelectorSettings(TypedDict, total=False):
    VideoSelectorPid: X[VideoSelectorPid]
    VideoSelectorProgramId: X[VideoSelectorProgramId]

class VideoSelector(TypedDict, total=False):
    ColorSpace: S
    ColorSpaceSettings: X[VideoSelectorColorSpaceSettings]
    ColorSpaceUsage: S
    SelectorSettings: X[VideoSelectorSettings]

class InputSettings(TypedDict, total=False):
    AudioSelectors: L[Xi[AudioSelector]]
    CaptionSelectors: L[Xi[CaptionSelector]]
    DeblockFilter: S
    DenoiseFilter: S
    FilterStrength: I
    InputFilter: S
    NetworkInputSettings: X[NetworkInputSettings]
    Scte35Pid: I
    Smpte2038DataPreference: S
    SourceEndBehavior: S
    VideoSelector: X[VideoSelector]

class InputAttachment(TypedDict, total=False):
    AutomaticInputFailoverSettings: X[AutomaticInputFailoverSettings]
    InputAttachmentName: S
    InputId: S
    InputSettings: X[InputSettings]
    LogicalInterfaceNames: L[Si]

class InputSpecification(TypedDict, total=False):
    Codec: S
    MaximumBitrate: S
    Resolution: S

class MaintenanceCreateSettings(TypedDict, total=False):
    MaintenanceDay: S
    MaintenanceStartTime: S

class VpcOutputSettings(TypedDict, total=False):
    PublicAddressAllocationIds: L[Si]
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]

class AnywhereSettings(TypedDict, total=False):
    ChannelPlacementGroupId: S
    ClusterId: S

class ChannelEngineVersionRequest(TypedDict, total=False):
    Version: S

class FollowerChannelSettings(TypedDict, total=False):
    LinkedChannelType: S
    PrimaryChannelArn: S

class PrimaryChannelSettings(TypedDict, total=False):
    LinkedChannelType: S

class LinkedChannelSettings(TypedDict, total=False):
    FollowerChannelSettings: X[FollowerChannelSettings]
    PrimaryChannelSettings: X[PrimaryChannelSettings]

class AudioFeedInput(TypedDict, total=False):
    AudioSelectorName: S
    FeedInput: S

class InferenceSettings(TypedDict, total=False):
    FeedArn: S
    AudioFeedInputs: L[Xi[AudioFeedInput]]
    EnrichmentMethods: L[Si]

class JpegXsInputSpecification(TypedDict, total=False):
    Codec: S
    MaximumBitrate: S
    Resolution: S

CreateChannelParameters = TypedDict(
    "CreateChannelParameters",
    {
        "CdiInputSpecification": X[CdiInputSpecification],
        "CdiInputSpecification.$": str,
        "ChannelClass": S,
        "ChannelClass.$": str,
        "Destinations": L[Xi[OutputDestination]],
        "Destinations.$": str,
        "EncoderSettings": X[EncoderSettings],
        "EncoderSettings.$": str,
        "InputAttachments": L[Xi[InputAttachment]],
        "InputAttachments.$": str,
        "InputSpecification": X[InputSpecification],
        "InputSpecification.$": str,
        "LogLevel": S,
        "LogLevel.$": str,
        "Maintenance": X[MaintenanceCreateSettings],
        "Maintenance.$": str,
        "Name": S,
        "Name.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Reserved": S,
        "Reserved.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Vpc": X[VpcOutputSettings],
        "Vpc.$": str,
        "AnywhereSettings": X[AnywhereSettings],
        "AnywhereSettings.$": str,
        "ChannelEngineVersion": X[ChannelEngineVersionRequest],
        "ChannelEngineVersion.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "LinkedChannelSettings": X[LinkedChannelSettings],
        "LinkedChannelSettings.$": str,
        "ChannelSecurityGroups": L[Si],
        "ChannelSecurityGroups.$": str,
        "InferenceSettings": X[InferenceSettings],
        "InferenceSettings.$": str,
        "JpegXsInputSpecification": X[JpegXsInputSpecification],
        "JpegXsInputSpecification.$": str,
    },
    total=False,
)
CreateChannelPlacementGroupParameters = TypedDict(
    "CreateChannelPlacementGroupParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "Name": S,
        "Name.$": str,
        "Nodes": L[Si],
        "Nodes.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateCloudWatchAlarmTemplateParameters = TypedDict(
    "CreateCloudWatchAlarmTemplateParameters",
    {
        "ComparisonOperator": S,
        "ComparisonOperator.$": str,
        "DatapointsToAlarm": I,
        "DatapointsToAlarm.$": str,
        "Description": S,
        "Description.$": str,
        "EvaluationPeriods": I,
        "EvaluationPeriods.$": str,
        "GroupIdentifier": S,
        "GroupIdentifier.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "Name": S,
        "Name.$": str,
        "Period": I,
        "Period.$": str,
        "Statistic": S,
        "Statistic.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TargetResourceType": S,
        "TargetResourceType.$": str,
        "Threshold": F,
        "Threshold.$": str,
        "TreatMissingData": S,
        "TreatMissingData.$": str,
        "RequestId": S,
        "RequestId.$": str,
    },
    total=False,
)
CreateCloudWatchAlarmTemplateGroupParameters = TypedDict(
    "CreateCloudWatchAlarmTemplateGroupParameters",
    {
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RequestId": S,
        "RequestId.$": str,
    },
    total=False,
)

class InterfaceMappingCreateRequest(TypedDict, total=False):
    LogicalInterfaceName: S
    NetworkId: S

class ClusterNetworkSettingsCreateRequest(TypedDict, total=False):
    DefaultRoute: S
    InterfaceMappings: L[Xi[InterfaceMappingCreateRequest]]

CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "ClusterType": S,
        "ClusterType.$": str,
        "InstanceRoleArn": S,
        "InstanceRoleArn.$": str,
        "Name": S,
        "Name.$": str,
        "NetworkSettings": X[ClusterNetworkSettingsCreateRequest],
        "NetworkSettings.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class EventBridgeRuleTemplateTarget(TypedDict, total=False):
    Arn: S

CreateEventBridgeRuleTemplateParameters = TypedDict(
    "CreateEventBridgeRuleTemplateParameters",
    {
        "Description": S,
        "Description.$": str,
        "EventTargets": L[Xi[EventBridgeRuleTemplateTarget]],
        "EventTargets.$": str,
        "EventType": S,
        "EventType.$": str,
        "GroupIdentifier": S,
        "GroupIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RequestId": S,
        "RequestId.$": str,
    },
    total=False,
)
CreateEventBridgeRuleTemplateGroupParameters = TypedDict(
    "CreateEventBridgeRuleTemplateGroupParameters",
    {
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RequestId": S,
        "RequestId.$": str,
    },
    total=False,
)

class InputRequestDestinationRoute(TypedDict, total=False):
    Cidr: S
    Gateway: S

class InputDestinationRequest(TypedDict, total=False):
    StreamName: S
    Network: S
    NetworkRoutes: L[Xi[InputRequestDestinationRoute]]
    StaticIpAddress: S

class InputDeviceSettings(TypedDict, total=False):
    Id: S

class MediaConnectFlowRequest(TypedDict, total=False):
    FlowArn: S

class InputSourceRequest(TypedDict, total=False):
    PasswordParam: S
    Url: S
    Username: S

class InputVpcRequest(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]

class SrtCallerDecryptionRequest(TypedDict, total=False):
    Algorithm: S
    PassphraseSecretArn: S

class SrtCallerSourceRequest(TypedDict, total=False):
    Decryption: X[SrtCallerDecryptionRequest]
    MinimumLatency: I
    SrtListenerAddress: S
    SrtListenerPort: S
    StreamId: S

class SrtListenerDecryptionRequest(TypedDict, total=False):
    Algorithm: S
    PassphraseSecretArn: S

class SrtListenerSettingsRequest(TypedDict, total=False):
    Decryption: X[SrtListenerDecryptionRequest]
    MinimumLatency: I
    StreamId: S

class SrtSettingsRequest(TypedDict, total=False):
    SrtCallerSources: L[Xi[SrtCallerSourceRequest]]
    SrtListenerSettings: X[SrtListenerSettingsRequest]

class MulticastSourceCreateRequest(TypedDict, total=False):
    SourceIp: S
    Url: S
    SecondarySourceIp: S
    SecondaryUrl: S

class MulticastSettingsCreateRequest(TypedDict, total=False):
    Sources: L[Xi[MulticastSourceCreateRequest]]

class InputSdpLocation(TypedDict, total=False):
    MediaIndex: I
    SdpUrl: S

class Smpte2110ReceiverGroupSdpSettings(TypedDict, total=False):
    AncillarySdps: L[Xi[InputSdpLocation]]
    AudioSdps: L[Xi[InputSdpLocation]]
    VideoSdp: X[InputSdpLocation]

class Smpte2110ReceiverGroup(TypedDict, total=False):
    SdpSettings: X[Smpte2110ReceiverGroupSdpSettings]

class Smpte2110ReceiverGroupSettings(TypedDict, total=False):
    Smpte2110ReceiverGroups: L[Xi[Smpte2110ReceiverGroup]]

class RouterDestinationSettings(TypedDict, total=False):
    AvailabilityZoneName: S

class RouterSettings(TypedDict, total=False):
    Destinations: L[Xi[RouterDestinationSettings]]
    EncryptionType: S
    SecretArn: S

CreateInputParameters = TypedDict(
    "CreateInputParameters",
    {
        "Destinations": L[Xi[InputDestinationRequest]],
        "Destinations.$": str,
        "InputDevices": L[Xi[InputDeviceSettings]],
        "InputDevices.$": str,
        "InputSecurityGroups": L[Si],
        "InputSecurityGroups.$": str,
        "MediaConnectFlows": L[Xi[MediaConnectFlowRequest]],
        "MediaConnectFlows.$": str,
        "Name": S,
        "Name.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Sources": L[Xi[InputSourceRequest]],
        "Sources.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Type": S,
        "Type.$": str,
        "Vpc": X[InputVpcRequest],
        "Vpc.$": str,
        "SrtSettings": X[SrtSettingsRequest],
        "SrtSettings.$": str,
        "InputNetworkLocation": S,
        "InputNetworkLocation.$": str,
        "MulticastSettings": X[MulticastSettingsCreateRequest],
        "MulticastSettings.$": str,
        "Smpte2110ReceiverGroupSettings": X[Smpte2110ReceiverGroupSettings],
        "Smpte2110ReceiverGroupSettings.$": str,
        "SdiSources": L[Si],
        "SdiSources.$": str,
        "RouterSettings": X[RouterSettings],
        "RouterSettings.$": str,
    },
    total=False,
)

class InputWhitelistRuleCidr(TypedDict, total=False):
    Cidr: S

CreateInputSecurityGroupParameters = TypedDict(
    "CreateInputSecurityGroupParameters",
    {
        "Tags": M[S],
        "Tags.$": str,
        "WhitelistRules": L[Xi[InputWhitelistRuleCidr]],
        "WhitelistRules.$": str,
    },
    total=False,
)

class MultiplexSettings(TypedDict, total=False):
    MaximumVideoBufferDelayMilliseconds: I
    TransportStreamBitrate: I
    TransportStreamId: I
    TransportStreamReservedBitrate: I

CreateMultiplexParameters = TypedDict(
    "CreateMultiplexParameters",
    {
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "MultiplexSettings": X[MultiplexSettings],
        "MultiplexSettings.$": str,
        "Name": S,
        "Name.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class MultiplexProgramServiceDescriptor(TypedDict, total=False):
    ProviderName: S
    ServiceName: S

class MultiplexStatmuxVideoSettings(TypedDict, total=False):
    MaximumBitrate: I
    MinimumBitrate: I
    Priority: I

class MultiplexVideoSettings(TypedDict, total=False):
    ConstantBitrate: I
    StatmuxSettings: X[MultiplexStatmuxVideoSettings]

class MultiplexProgramSettings(TypedDict, total=False):
    PreferredChannelPipeline: S
    ProgramNumber: I
    ServiceDescriptor: X[MultiplexProgramServiceDescriptor]
    VideoSettings: X[MultiplexVideoSettings]

CreateMultiplexProgramParameters = TypedDict(
    "CreateMultiplexProgramParameters",
    {
        "MultiplexId": S,
        "MultiplexId.$": str,
        "MultiplexProgramSettings": X[MultiplexProgramSettings],
        "MultiplexProgramSettings.$": str,
        "ProgramName": S,
        "ProgramName.$": str,
        "RequestId": S,
        "RequestId.$": str,
    },
    total=False,
)

class IpPoolCreateRequest(TypedDict, total=False):
    Cidr: S

class RouteCreateRequest(TypedDict, total=False):
    Cidr: S
    Gateway: S

CreateNetworkParameters = TypedDict(
    "CreateNetworkParameters",
    {
        "IpPools": L[Xi[IpPoolCreateRequest]],
        "IpPools.$": str,
        "Name": S,
        "Name.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Routes": L[Xi[RouteCreateRequest]],
        "Routes.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class NodeInterfaceMappingCreateRequest(TypedDict, total=False):
    LogicalInterfaceName: S
    NetworkInterfaceMode: S
    PhysicalInterfaceName: S

CreateNodeParameters = TypedDict(
    "CreateNodeParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "Name": S,
        "Name.$": str,
        "NodeInterfaceMappings": L[Xi[NodeInterfaceMappingCreateRequest]],
        "NodeInterfaceMappings.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Role": S,
        "Role.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class NodeInterfaceMapping(TypedDict, total=False):
    LogicalInterfaceName: S
    NetworkInterfaceMode: S
    PhysicalInterfaceName: S
    PhysicalInterfaceIpAddresses: L[Si]

CreateNodeRegistrationScriptParameters = TypedDict(
    "CreateNodeRegistrationScriptParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "NodeInterfaceMappings": L[Xi[NodeInterfaceMapping]],
        "NodeInterfaceMappings.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Role": S,
        "Role.$": str,
    },
    total=False,
)
CreatePartnerInputParameters = TypedDict(
    "CreatePartnerInputParameters",
    {
        "InputId": S,
        "InputId.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateSdiSourceParameters = TypedDict(
    "CreateSdiSourceParameters",
    {
        "Mode": S,
        "Mode.$": str,
        "Name": S,
        "Name.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
CreateSignalMapParameters = TypedDict(
    "CreateSignalMapParameters",
    {
        "CloudWatchAlarmTemplateGroupIdentifiers": L[Si],
        "CloudWatchAlarmTemplateGroupIdentifiers.$": str,
        "Description": S,
        "Description.$": str,
        "DiscoveryEntryPointArn": S,
        "DiscoveryEntryPointArn.$": str,
        "EventBridgeRuleTemplateGroupIdentifiers": L[Si],
        "EventBridgeRuleTemplateGroupIdentifiers.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "RequestId": S,
        "RequestId.$": str,
    },
    total=False,
)
CreateTagsParameters = TypedDict(
    "CreateTagsParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
DeleteChannelParameters = TypedDict(
    "DeleteChannelParameters", {"ChannelId": S, "ChannelId.$": str}, total=False
)
DeleteChannelPlacementGroupParameters = TypedDict(
    "DeleteChannelPlacementGroupParameters",
    {
        "ChannelPlacementGroupId": S,
        "ChannelPlacementGroupId.$": str,
        "ClusterId": S,
        "ClusterId.$": str,
    },
    total=False,
)
DeleteCloudWatchAlarmTemplateParameters = TypedDict(
    "DeleteCloudWatchAlarmTemplateParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteCloudWatchAlarmTemplateGroupParameters = TypedDict(
    "DeleteCloudWatchAlarmTemplateGroupParameters",
    {"Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters", {"ClusterId": S, "ClusterId.$": str}, total=False
)
DeleteEventBridgeRuleTemplateParameters = TypedDict(
    "DeleteEventBridgeRuleTemplateParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteEventBridgeRuleTemplateGroupParameters = TypedDict(
    "DeleteEventBridgeRuleTemplateGroupParameters",
    {"Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteInputParameters = TypedDict(
    "DeleteInputParameters", {"InputId": S, "InputId.$": str}, total=False
)
DeleteInputSecurityGroupParameters = TypedDict(
    "DeleteInputSecurityGroupParameters",
    {"InputSecurityGroupId": S, "InputSecurityGroupId.$": str},
    total=False,
)
DeleteMultiplexParameters = TypedDict(
    "DeleteMultiplexParameters", {"MultiplexId": S, "MultiplexId.$": str}, total=False
)
DeleteMultiplexProgramParameters = TypedDict(
    "DeleteMultiplexProgramParameters",
    {"MultiplexId": S, "MultiplexId.$": str, "ProgramName": S, "ProgramName.$": str},
    total=False,
)
DeleteNetworkParameters = TypedDict(
    "DeleteNetworkParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
DeleteNodeParameters = TypedDict(
    "DeleteNodeParameters",
    {"ClusterId": S, "ClusterId.$": str, "NodeId": S, "NodeId.$": str},
    total=False,
)
DeleteReservationParameters = TypedDict(
    "DeleteReservationParameters", {"ReservationId": S, "ReservationId.$": str}, total=False
)
DeleteScheduleParameters = TypedDict(
    "DeleteScheduleParameters", {"ChannelId": S, "ChannelId.$": str}, total=False
)
DeleteSdiSourceParameters = TypedDict(
    "DeleteSdiSourceParameters", {"SdiSourceId": S, "SdiSourceId.$": str}, total=False
)
DeleteSignalMapParameters = TypedDict(
    "DeleteSignalMapParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteTagsParameters = TypedDict(
    "DeleteTagsParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class DescribeAccountConfigurationParameters(TypedDict, total=False): ...

DescribeChannelParameters = TypedDict(
    "DescribeChannelParameters", {"ChannelId": S, "ChannelId.$": str}, total=False
)
DescribeChannelPlacementGroupParameters = TypedDict(
    "DescribeChannelPlacementGroupParameters",
    {
        "ChannelPlacementGroupId": S,
        "ChannelPlacementGroupId.$": str,
        "ClusterId": S,
        "ClusterId.$": str,
    },
    total=False,
)
DescribeClusterParameters = TypedDict(
    "DescribeClusterParameters", {"ClusterId": S, "ClusterId.$": str}, total=False
)
DescribeInputParameters = TypedDict(
    "DescribeInputParameters", {"InputId": S, "InputId.$": str}, total=False
)
DescribeInputDeviceParameters = TypedDict(
    "DescribeInputDeviceParameters", {"InputDeviceId": S, "InputDeviceId.$": str}, total=False
)
DescribeInputDeviceThumbnailParameters = TypedDict(
    "DescribeInputDeviceThumbnailParameters",
    {"InputDeviceId": S, "InputDeviceId.$": str, "Accept": S, "Accept.$": str},
    total=False,
)
DescribeInputSecurityGroupParameters = TypedDict(
    "DescribeInputSecurityGroupParameters",
    {"InputSecurityGroupId": S, "InputSecurityGroupId.$": str},
    total=False,
)
DescribeMultiplexParameters = TypedDict(
    "DescribeMultiplexParameters", {"MultiplexId": S, "MultiplexId.$": str}, total=False
)
DescribeMultiplexProgramParameters = TypedDict(
    "DescribeMultiplexProgramParameters",
    {"MultiplexId": S, "MultiplexId.$": str, "ProgramName": S, "ProgramName.$": str},
    total=False,
)
DescribeNetworkParameters = TypedDict(
    "DescribeNetworkParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
DescribeNodeParameters = TypedDict(
    "DescribeNodeParameters",
    {"ClusterId": S, "ClusterId.$": str, "NodeId": S, "NodeId.$": str},
    total=False,
)
DescribeOfferingParameters = TypedDict(
    "DescribeOfferingParameters", {"OfferingId": S, "OfferingId.$": str}, total=False
)
DescribeReservationParameters = TypedDict(
    "DescribeReservationParameters", {"ReservationId": S, "ReservationId.$": str}, total=False
)
DescribeScheduleParameters = TypedDict(
    "DescribeScheduleParameters",
    {
        "ChannelId": S,
        "ChannelId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeSdiSourceParameters = TypedDict(
    "DescribeSdiSourceParameters", {"SdiSourceId": S, "SdiSourceId.$": str}, total=False
)
DescribeThumbnailsParameters = TypedDict(
    "DescribeThumbnailsParameters",
    {
        "ChannelId": S,
        "ChannelId.$": str,
        "PipelineId": S,
        "PipelineId.$": str,
        "ThumbnailType": S,
        "ThumbnailType.$": str,
    },
    total=False,
)
GetCloudWatchAlarmTemplateParameters = TypedDict(
    "GetCloudWatchAlarmTemplateParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetCloudWatchAlarmTemplateGroupParameters = TypedDict(
    "GetCloudWatchAlarmTemplateGroupParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetEventBridgeRuleTemplateParameters = TypedDict(
    "GetEventBridgeRuleTemplateParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetEventBridgeRuleTemplateGroupParameters = TypedDict(
    "GetEventBridgeRuleTemplateGroupParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetSignalMapParameters = TypedDict(
    "GetSignalMapParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
ListAlertsParameters = TypedDict(
    "ListAlertsParameters",
    {
        "ChannelId": S,
        "ChannelId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StateFilter": S,
        "StateFilter.$": str,
    },
    total=False,
)
ListChannelPlacementGroupsParameters = TypedDict(
    "ListChannelPlacementGroupsParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListChannelsParameters = TypedDict(
    "ListChannelsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListCloudWatchAlarmTemplateGroupsParameters = TypedDict(
    "ListCloudWatchAlarmTemplateGroupsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Scope": S,
        "Scope.$": str,
        "SignalMapIdentifier": S,
        "SignalMapIdentifier.$": str,
    },
    total=False,
)
ListCloudWatchAlarmTemplatesParameters = TypedDict(
    "ListCloudWatchAlarmTemplatesParameters",
    {
        "GroupIdentifier": S,
        "GroupIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Scope": S,
        "Scope.$": str,
        "SignalMapIdentifier": S,
        "SignalMapIdentifier.$": str,
    },
    total=False,
)
ListClusterAlertsParameters = TypedDict(
    "ListClusterAlertsParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StateFilter": S,
        "StateFilter.$": str,
    },
    total=False,
)
ListClustersParameters = TypedDict(
    "ListClustersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListEventBridgeRuleTemplateGroupsParameters = TypedDict(
    "ListEventBridgeRuleTemplateGroupsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SignalMapIdentifier": S,
        "SignalMapIdentifier.$": str,
    },
    total=False,
)
ListEventBridgeRuleTemplatesParameters = TypedDict(
    "ListEventBridgeRuleTemplatesParameters",
    {
        "GroupIdentifier": S,
        "GroupIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SignalMapIdentifier": S,
        "SignalMapIdentifier.$": str,
    },
    total=False,
)
ListInputDeviceTransfersParameters = TypedDict(
    "ListInputDeviceTransfersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TransferType": S,
        "TransferType.$": str,
    },
    total=False,
)
ListInputDevicesParameters = TypedDict(
    "ListInputDevicesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListInputSecurityGroupsParameters = TypedDict(
    "ListInputSecurityGroupsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListInputsParameters = TypedDict(
    "ListInputsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListMultiplexAlertsParameters = TypedDict(
    "ListMultiplexAlertsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "MultiplexId": S,
        "MultiplexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StateFilter": S,
        "StateFilter.$": str,
    },
    total=False,
)
ListMultiplexProgramsParameters = TypedDict(
    "ListMultiplexProgramsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "MultiplexId": S,
        "MultiplexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListMultiplexesParameters = TypedDict(
    "ListMultiplexesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListNetworksParameters = TypedDict(
    "ListNetworksParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListNodesParameters = TypedDict(
    "ListNodesParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListOfferingsParameters = TypedDict(
    "ListOfferingsParameters",
    {
        "ChannelClass": S,
        "ChannelClass.$": str,
        "ChannelConfiguration": S,
        "ChannelConfiguration.$": str,
        "Codec": S,
        "Codec.$": str,
        "Duration": S,
        "Duration.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MaximumBitrate": S,
        "MaximumBitrate.$": str,
        "MaximumFramerate": S,
        "MaximumFramerate.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Resolution": S,
        "Resolution.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "SpecialFeature": S,
        "SpecialFeature.$": str,
        "VideoQuality": S,
        "VideoQuality.$": str,
    },
    total=False,
)
ListReservationsParameters = TypedDict(
    "ListReservationsParameters",
    {
        "ChannelClass": S,
        "ChannelClass.$": str,
        "Codec": S,
        "Codec.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MaximumBitrate": S,
        "MaximumBitrate.$": str,
        "MaximumFramerate": S,
        "MaximumFramerate.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Resolution": S,
        "Resolution.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "SpecialFeature": S,
        "SpecialFeature.$": str,
        "VideoQuality": S,
        "VideoQuality.$": str,
    },
    total=False,
)
ListSdiSourcesParameters = TypedDict(
    "ListSdiSourcesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListSignalMapsParameters = TypedDict(
    "ListSignalMapsParameters",
    {
        "CloudWatchAlarmTemplateGroupIdentifier": S,
        "CloudWatchAlarmTemplateGroupIdentifier.$": str,
        "EventBridgeRuleTemplateGroupIdentifier": S,
        "EventBridgeRuleTemplateGroupIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class ListVersionsParameters(TypedDict, total=False): ...

class RenewalSettings(TypedDict, total=False):
    AutomaticRenewal: S
    RenewalCount: I

PurchaseOfferingParameters = TypedDict(
    "PurchaseOfferingParameters",
    {
        "Count": I,
        "Count.$": str,
        "Name": S,
        "Name.$": str,
        "OfferingId": S,
        "OfferingId.$": str,
        "RenewalSettings": X[RenewalSettings],
        "RenewalSettings.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Start": S,
        "Start.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
RebootInputDeviceParameters = TypedDict(
    "RebootInputDeviceParameters",
    {"Force": S, "Force.$": str, "InputDeviceId": S, "InputDeviceId.$": str},
    total=False,
)
RejectInputDeviceTransferParameters = TypedDict(
    "RejectInputDeviceTransferParameters", {"InputDeviceId": S, "InputDeviceId.$": str}, total=False
)
RestartChannelPipelinesParameters = TypedDict(
    "RestartChannelPipelinesParameters",
    {"ChannelId": S, "ChannelId.$": str, "PipelineIds": L[Si], "PipelineIds.$": str},
    total=False,
)
StartChannelParameters = TypedDict(
    "StartChannelParameters", {"ChannelId": S, "ChannelId.$": str}, total=False
)
StartDeleteMonitorDeploymentParameters = TypedDict(
    "StartDeleteMonitorDeploymentParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
StartInputDeviceParameters = TypedDict(
    "StartInputDeviceParameters", {"InputDeviceId": S, "InputDeviceId.$": str}, total=False
)
StartInputDeviceMaintenanceWindowParameters = TypedDict(
    "StartInputDeviceMaintenanceWindowParameters",
    {"InputDeviceId": S, "InputDeviceId.$": str},
    total=False,
)
StartMonitorDeploymentParameters = TypedDict(
    "StartMonitorDeploymentParameters",
    {"DryRun": B, "DryRun.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
StartMultiplexParameters = TypedDict(
    "StartMultiplexParameters", {"MultiplexId": S, "MultiplexId.$": str}, total=False
)
StartUpdateSignalMapParameters = TypedDict(
    "StartUpdateSignalMapParameters",
    {
        "CloudWatchAlarmTemplateGroupIdentifiers": L[Si],
        "CloudWatchAlarmTemplateGroupIdentifiers.$": str,
        "Description": S,
        "Description.$": str,
        "DiscoveryEntryPointArn": S,
        "DiscoveryEntryPointArn.$": str,
        "EventBridgeRuleTemplateGroupIdentifiers": L[Si],
        "EventBridgeRuleTemplateGroupIdentifiers.$": str,
        "ForceRediscovery": B,
        "ForceRediscovery.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
StopChannelParameters = TypedDict(
    "StopChannelParameters", {"ChannelId": S, "ChannelId.$": str}, total=False
)
StopInputDeviceParameters = TypedDict(
    "StopInputDeviceParameters", {"InputDeviceId": S, "InputDeviceId.$": str}, total=False
)
StopMultiplexParameters = TypedDict(
    "StopMultiplexParameters", {"MultiplexId": S, "MultiplexId.$": str}, total=False
)
TransferInputDeviceParameters = TypedDict(
    "TransferInputDeviceParameters",
    {
        "InputDeviceId": S,
        "InputDeviceId.$": str,
        "TargetCustomerId": S,
        "TargetCustomerId.$": str,
        "TargetRegion": S,
        "TargetRegion.$": str,
        "TransferMessage": S,
        "TransferMessage.$": str,
    },
    total=False,
)

class AccountConfiguration(TypedDict, total=False):
    KmsKeyId: S

UpdateAccountConfigurationParameters = TypedDict(
    "UpdateAccountConfigurationParameters",
    {"AccountConfiguration": X[AccountConfiguration], "AccountConfiguration.$": str},
    total=False,
)

class MaintenanceUpdateSettings(TypedDict, total=False):
    MaintenanceDay: S
    MaintenanceScheduledDate: S
    MaintenanceStartTime: S

class SpecialRouterSettings(TypedDict, total=False):
    RouterArn: S

UpdateChannelParameters = TypedDict(
    "UpdateChannelParameters",
    {
        "CdiInputSpecification": X[CdiInputSpecification],
        "CdiInputSpecification.$": str,
        "ChannelId": S,
        "ChannelId.$": str,
        "Destinations": L[Xi[OutputDestination]],
        "Destinations.$": str,
        "EncoderSettings": X[EncoderSettings],
        "EncoderSettings.$": str,
        "InputAttachments": L[Xi[InputAttachment]],
        "InputAttachments.$": str,
        "InputSpecification": X[InputSpecification],
        "InputSpecification.$": str,
        "LogLevel": S,
        "LogLevel.$": str,
        "Maintenance": X[MaintenanceUpdateSettings],
        "Maintenance.$": str,
        "Name": S,
        "Name.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ChannelEngineVersion": X[ChannelEngineVersionRequest],
        "ChannelEngineVersion.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "AnywhereSettings": X[AnywhereSettings],
        "AnywhereSettings.$": str,
        "LinkedChannelSettings": X[LinkedChannelSettings],
        "LinkedChannelSettings.$": str,
        "ChannelSecurityGroups": L[Si],
        "ChannelSecurityGroups.$": str,
        "InferenceSettings": X[InferenceSettings],
        "InferenceSettings.$": str,
        "SpecialRouterSettings": X[SpecialRouterSettings],
        "SpecialRouterSettings.$": str,
        "JpegXsInputSpecification": X[JpegXsInputSpecification],
        "JpegXsInputSpecification.$": str,
    },
    total=False,
)
UpdateChannelClassParameters = TypedDict(
    "UpdateChannelClassParameters",
    {
        "ChannelClass": S,
        "ChannelClass.$": str,
        "ChannelId": S,
        "ChannelId.$": str,
        "Destinations": L[Xi[OutputDestination]],
        "Destinations.$": str,
    },
    total=False,
)
UpdateChannelPlacementGroupParameters = TypedDict(
    "UpdateChannelPlacementGroupParameters",
    {
        "ChannelPlacementGroupId": S,
        "ChannelPlacementGroupId.$": str,
        "ClusterId": S,
        "ClusterId.$": str,
        "Name": S,
        "Name.$": str,
        "Nodes": L[Si],
        "Nodes.$": str,
    },
    total=False,
)
UpdateCloudWatchAlarmTemplateParameters = TypedDict(
    "UpdateCloudWatchAlarmTemplateParameters",
    {
        "ComparisonOperator": S,
        "ComparisonOperator.$": str,
        "DatapointsToAlarm": I,
        "DatapointsToAlarm.$": str,
        "Description": S,
        "Description.$": str,
        "EvaluationPeriods": I,
        "EvaluationPeriods.$": str,
        "GroupIdentifier": S,
        "GroupIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "Name": S,
        "Name.$": str,
        "Period": I,
        "Period.$": str,
        "Statistic": S,
        "Statistic.$": str,
        "TargetResourceType": S,
        "TargetResourceType.$": str,
        "Threshold": F,
        "Threshold.$": str,
        "TreatMissingData": S,
        "TreatMissingData.$": str,
    },
    total=False,
)
UpdateCloudWatchAlarmTemplateGroupParameters = TypedDict(
    "UpdateCloudWatchAlarmTemplateGroupParameters",
    {"Description": S, "Description.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)

class InterfaceMappingUpdateRequest(TypedDict, total=False):
    LogicalInterfaceName: S
    NetworkId: S

class ClusterNetworkSettingsUpdateRequest(TypedDict, total=False):
    DefaultRoute: S
    InterfaceMappings: L[Xi[InterfaceMappingUpdateRequest]]

UpdateClusterParameters = TypedDict(
    "UpdateClusterParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "Name": S,
        "Name.$": str,
        "NetworkSettings": X[ClusterNetworkSettingsUpdateRequest],
        "NetworkSettings.$": str,
    },
    total=False,
)
UpdateEventBridgeRuleTemplateParameters = TypedDict(
    "UpdateEventBridgeRuleTemplateParameters",
    {
        "Description": S,
        "Description.$": str,
        "EventTargets": L[Xi[EventBridgeRuleTemplateTarget]],
        "EventTargets.$": str,
        "EventType": S,
        "EventType.$": str,
        "GroupIdentifier": S,
        "GroupIdentifier.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateEventBridgeRuleTemplateGroupParameters = TypedDict(
    "UpdateEventBridgeRuleTemplateGroupParameters",
    {"Description": S, "Description.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)

class InputDeviceRequest(TypedDict, total=False):
    Id: S

class MulticastSourceUpdateRequest(TypedDict, total=False):
    SourceIp: S
    Url: S
    SecondarySourceIp: S
    SecondaryUrl: S

class MulticastSettingsUpdateRequest(TypedDict, total=False):
    Sources: L[Xi[MulticastSourceUpdateRequest]]

UpdateInputParameters = TypedDict(
    "UpdateInputParameters",
    {
        "Destinations": L[Xi[InputDestinationRequest]],
        "Destinations.$": str,
        "InputDevices": L[Xi[InputDeviceRequest]],
        "InputDevices.$": str,
        "InputId": S,
        "InputId.$": str,
        "InputSecurityGroups": L[Si],
        "InputSecurityGroups.$": str,
        "MediaConnectFlows": L[Xi[MediaConnectFlowRequest]],
        "MediaConnectFlows.$": str,
        "Name": S,
        "Name.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Sources": L[Xi[InputSourceRequest]],
        "Sources.$": str,
        "SrtSettings": X[SrtSettingsRequest],
        "SrtSettings.$": str,
        "MulticastSettings": X[MulticastSettingsUpdateRequest],
        "MulticastSettings.$": str,
        "Smpte2110ReceiverGroupSettings": X[Smpte2110ReceiverGroupSettings],
        "Smpte2110ReceiverGroupSettings.$": str,
        "SdiSources": L[Si],
        "SdiSources.$": str,
        "SpecialRouterSettings": X[SpecialRouterSettings],
        "SpecialRouterSettings.$": str,
    },
    total=False,
)

class InputDeviceMediaConnectConfigurableSettings(TypedDict, total=False):
    FlowArn: S
    RoleArn: S
    SecretArn: S
    SourceName: S

class InputDeviceConfigurableAudioChannelPairConfig(TypedDict, total=False):
    Id: I
    Profile: S

class InputDeviceConfigurableSettings(TypedDict, total=False):
    ConfiguredInput: S
    MaxBitrate: I
    LatencyMs: I
    Codec: S
    MediaconnectSettings: X[InputDeviceMediaConnectConfigurableSettings]
    AudioChannelPairs: L[Xi[InputDeviceConfigurableAudioChannelPairConfig]]
    InputResolution: S

UpdateInputDeviceParameters = TypedDict(
    "UpdateInputDeviceParameters",
    {
        "HdDeviceSettings": X[InputDeviceConfigurableSettings],
        "HdDeviceSettings.$": str,
        "InputDeviceId": S,
        "InputDeviceId.$": str,
        "Name": S,
        "Name.$": str,
        "UhdDeviceSettings": X[InputDeviceConfigurableSettings],
        "UhdDeviceSettings.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
    },
    total=False,
)
UpdateInputSecurityGroupParameters = TypedDict(
    "UpdateInputSecurityGroupParameters",
    {
        "InputSecurityGroupId": S,
        "InputSecurityGroupId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "WhitelistRules": L[Xi[InputWhitelistRuleCidr]],
        "WhitelistRules.$": str,
    },
    total=False,
)

class MultiplexProgramPacketIdentifiersMap(TypedDict, total=False):
    AudioPids: L[Ii]
    DvbSubPids: L[Ii]
    DvbTeletextPid: I
    EtvPlatformPid: I
    EtvSignalPid: I
    KlvDataPids: L[Ii]
    PcrPid: I
    PmtPid: I
    PrivateMetadataPid: I
    Scte27Pids: L[Ii]
    Scte35Pid: I
    TimedMetadataPid: I
    VideoPid: I
    AribCaptionsPid: I
    DvbTeletextPids: L[Ii]
    EcmPid: I
    Smpte2038Pid: I

UpdateMultiplexParameters = TypedDict(
    "UpdateMultiplexParameters",
    {
        "MultiplexId": S,
        "MultiplexId.$": str,
        "MultiplexSettings": X[MultiplexSettings],
        "MultiplexSettings.$": str,
        "Name": S,
        "Name.$": str,
        "PacketIdentifiersMapping": M[X[MultiplexProgramPacketIdentifiersMap]],
        "PacketIdentifiersMapping.$": str,
    },
    total=False,
)
UpdateMultiplexProgramParameters = TypedDict(
    "UpdateMultiplexProgramParameters",
    {
        "MultiplexId": S,
        "MultiplexId.$": str,
        "MultiplexProgramSettings": X[MultiplexProgramSettings],
        "MultiplexProgramSettings.$": str,
        "ProgramName": S,
        "ProgramName.$": str,
    },
    total=False,
)

class IpPoolUpdateRequest(TypedDict, total=False):
    Cidr: S

class RouteUpdateRequest(TypedDict, total=False):
    Cidr: S
    Gateway: S

UpdateNetworkParameters = TypedDict(
    "UpdateNetworkParameters",
    {
        "IpPools": L[Xi[IpPoolUpdateRequest]],
        "IpPools.$": str,
        "Name": S,
        "Name.$": str,
        "NetworkId": S,
        "NetworkId.$": str,
        "Routes": L[Xi[RouteUpdateRequest]],
        "Routes.$": str,
    },
    total=False,
)

class SdiSourceMappingUpdateRequest(TypedDict, total=False):
    CardNumber: I
    ChannelNumber: I
    SdiSource: S

UpdateNodeParameters = TypedDict(
    "UpdateNodeParameters",
    {
        "ClusterId": S,
        "ClusterId.$": str,
        "Name": S,
        "Name.$": str,
        "NodeId": S,
        "NodeId.$": str,
        "Role": S,
        "Role.$": str,
        "SdiSourceMappings": L[Xi[SdiSourceMappingUpdateRequest]],
        "SdiSourceMappings.$": str,
    },
    total=False,
)
UpdateNodeStateParameters = TypedDict(
    "UpdateNodeStateParameters",
    {"ClusterId": S, "ClusterId.$": str, "NodeId": S, "NodeId.$": str, "State": S, "State.$": str},
    total=False,
)
UpdateReservationParameters = TypedDict(
    "UpdateReservationParameters",
    {
        "Name": S,
        "Name.$": str,
        "RenewalSettings": X[RenewalSettings],
        "RenewalSettings.$": str,
        "ReservationId": S,
        "ReservationId.$": str,
    },
    total=False,
)
UpdateSdiSourceParameters = TypedDict(
    "UpdateSdiSourceParameters",
    {
        "Mode": S,
        "Mode.$": str,
        "Name": S,
        "Name.$": str,
        "SdiSourceId": S,
        "SdiSourceId.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
accept_input_device_transfer: Builder[AcceptInputDeviceTransferParameters]
batch_delete: Builder[BatchDeleteParameters]
batch_start: Builder[BatchStartParameters]
batch_stop: Builder[BatchStopParameters]
batch_update_schedule: Builder[BatchUpdateScheduleParameters]
cancel_input_device_transfer: Builder[CancelInputDeviceTransferParameters]
claim_device: Builder[ClaimDeviceParameters]
create_channel: Builder[CreateChannelParameters]
create_channel_placement_group: Builder[CreateChannelPlacementGroupParameters]
create_cloud_watch_alarm_template: Builder[CreateCloudWatchAlarmTemplateParameters]
create_cloud_watch_alarm_template_group: Builder[CreateCloudWatchAlarmTemplateGroupParameters]
create_cluster: Builder[CreateClusterParameters]
create_event_bridge_rule_template: Builder[CreateEventBridgeRuleTemplateParameters]
create_event_bridge_rule_template_group: Builder[CreateEventBridgeRuleTemplateGroupParameters]
create_input: Builder[CreateInputParameters]
create_input_security_group: Builder[CreateInputSecurityGroupParameters]
create_multiplex: Builder[CreateMultiplexParameters]
create_multiplex_program: Builder[CreateMultiplexProgramParameters]
create_network: Builder[CreateNetworkParameters]
create_node: Builder[CreateNodeParameters]
create_node_registration_script: Builder[CreateNodeRegistrationScriptParameters]
create_partner_input: Builder[CreatePartnerInputParameters]
create_sdi_source: Builder[CreateSdiSourceParameters]
create_signal_map: Builder[CreateSignalMapParameters]
create_tags: Builder[CreateTagsParameters]
delete_channel: Builder[DeleteChannelParameters]
delete_channel_placement_group: Builder[DeleteChannelPlacementGroupParameters]
delete_cloud_watch_alarm_template: Builder[DeleteCloudWatchAlarmTemplateParameters]
delete_cloud_watch_alarm_template_group: Builder[DeleteCloudWatchAlarmTemplateGroupParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_event_bridge_rule_template: Builder[DeleteEventBridgeRuleTemplateParameters]
delete_event_bridge_rule_template_group: Builder[DeleteEventBridgeRuleTemplateGroupParameters]
delete_input: Builder[DeleteInputParameters]
delete_input_security_group: Builder[DeleteInputSecurityGroupParameters]
delete_multiplex: Builder[DeleteMultiplexParameters]
delete_multiplex_program: Builder[DeleteMultiplexProgramParameters]
delete_network: Builder[DeleteNetworkParameters]
delete_node: Builder[DeleteNodeParameters]
delete_reservation: Builder[DeleteReservationParameters]
delete_schedule: Builder[DeleteScheduleParameters]
delete_sdi_source: Builder[DeleteSdiSourceParameters]
delete_signal_map: Builder[DeleteSignalMapParameters]
delete_tags: Builder[DeleteTagsParameters]
describe_account_configuration: Builder[DescribeAccountConfigurationParameters]
describe_channel: Builder[DescribeChannelParameters]
describe_channel_placement_group: Builder[DescribeChannelPlacementGroupParameters]
describe_cluster: Builder[DescribeClusterParameters]
describe_input: Builder[DescribeInputParameters]
describe_input_device: Builder[DescribeInputDeviceParameters]
describe_input_device_thumbnail: Builder[DescribeInputDeviceThumbnailParameters]
describe_input_security_group: Builder[DescribeInputSecurityGroupParameters]
describe_multiplex: Builder[DescribeMultiplexParameters]
describe_multiplex_program: Builder[DescribeMultiplexProgramParameters]
describe_network: Builder[DescribeNetworkParameters]
describe_node: Builder[DescribeNodeParameters]
describe_offering: Builder[DescribeOfferingParameters]
describe_reservation: Builder[DescribeReservationParameters]
describe_schedule: Builder[DescribeScheduleParameters]
describe_sdi_source: Builder[DescribeSdiSourceParameters]
describe_thumbnails: Builder[DescribeThumbnailsParameters]
get_cloud_watch_alarm_template: Builder[GetCloudWatchAlarmTemplateParameters]
get_cloud_watch_alarm_template_group: Builder[GetCloudWatchAlarmTemplateGroupParameters]
get_event_bridge_rule_template: Builder[GetEventBridgeRuleTemplateParameters]
get_event_bridge_rule_template_group: Builder[GetEventBridgeRuleTemplateGroupParameters]
get_signal_map: Builder[GetSignalMapParameters]
list_alerts: Builder[ListAlertsParameters]
list_channel_placement_groups: Builder[ListChannelPlacementGroupsParameters]
list_channels: Builder[ListChannelsParameters]
list_cloud_watch_alarm_template_groups: Builder[ListCloudWatchAlarmTemplateGroupsParameters]
list_cloud_watch_alarm_templates: Builder[ListCloudWatchAlarmTemplatesParameters]
list_cluster_alerts: Builder[ListClusterAlertsParameters]
list_clusters: Builder[ListClustersParameters]
list_event_bridge_rule_template_groups: Builder[ListEventBridgeRuleTemplateGroupsParameters]
list_event_bridge_rule_templates: Builder[ListEventBridgeRuleTemplatesParameters]
list_input_device_transfers: Builder[ListInputDeviceTransfersParameters]
list_input_devices: Builder[ListInputDevicesParameters]
list_input_security_groups: Builder[ListInputSecurityGroupsParameters]
list_inputs: Builder[ListInputsParameters]
list_multiplex_alerts: Builder[ListMultiplexAlertsParameters]
list_multiplex_programs: Builder[ListMultiplexProgramsParameters]
list_multiplexes: Builder[ListMultiplexesParameters]
list_networks: Builder[ListNetworksParameters]
list_nodes: Builder[ListNodesParameters]
list_offerings: Builder[ListOfferingsParameters]
list_reservations: Builder[ListReservationsParameters]
list_sdi_sources: Builder[ListSdiSourcesParameters]
list_signal_maps: Builder[ListSignalMapsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_versions: Builder[ListVersionsParameters]
purchase_offering: Builder[PurchaseOfferingParameters]
reboot_input_device: Builder[RebootInputDeviceParameters]
reject_input_device_transfer: Builder[RejectInputDeviceTransferParameters]
restart_channel_pipelines: Builder[RestartChannelPipelinesParameters]
start_channel: Builder[StartChannelParameters]
start_delete_monitor_deployment: Builder[StartDeleteMonitorDeploymentParameters]
start_input_device: Builder[StartInputDeviceParameters]
start_input_device_maintenance_window: Builder[StartInputDeviceMaintenanceWindowParameters]
start_monitor_deployment: Builder[StartMonitorDeploymentParameters]
start_multiplex: Builder[StartMultiplexParameters]
start_update_signal_map: Builder[StartUpdateSignalMapParameters]
stop_channel: Builder[StopChannelParameters]
stop_input_device: Builder[StopInputDeviceParameters]
stop_multiplex: Builder[StopMultiplexParameters]
transfer_input_device: Builder[TransferInputDeviceParameters]
update_account_configuration: Builder[UpdateAccountConfigurationParameters]
update_channel: Builder[UpdateChannelParameters]
update_channel_class: Builder[UpdateChannelClassParameters]
update_channel_placement_group: Builder[UpdateChannelPlacementGroupParameters]
update_cloud_watch_alarm_template: Builder[UpdateCloudWatchAlarmTemplateParameters]
update_cloud_watch_alarm_template_group: Builder[UpdateCloudWatchAlarmTemplateGroupParameters]
update_cluster: Builder[UpdateClusterParameters]
update_event_bridge_rule_template: Builder[UpdateEventBridgeRuleTemplateParameters]
update_event_bridge_rule_template_group: Builder[UpdateEventBridgeRuleTemplateGroupParameters]
update_input: Builder[UpdateInputParameters]
update_input_device: Builder[UpdateInputDeviceParameters]
update_input_security_group: Builder[UpdateInputSecurityGroupParameters]
update_multiplex: Builder[UpdateMultiplexParameters]
update_multiplex_program: Builder[UpdateMultiplexProgramParameters]
update_network: Builder[UpdateNetworkParameters]
update_node: Builder[UpdateNodeParameters]
update_node_state: Builder[UpdateNodeStateParameters]
update_reservation: Builder[UpdateReservationParameters]
update_sdi_source: Builder[UpdateSdiSourceParameters]

__all__ = [
    "accept_input_device_transfer",
    "batch_delete",
    "batch_start",
    "batch_stop",
    "batch_update_schedule",
    "cancel_input_device_transfer",
    "claim_device",
    "create_channel",
    "create_channel_placement_group",
    "create_cloud_watch_alarm_template",
    "create_cloud_watch_alarm_template_group",
    "create_cluster",
    "create_event_bridge_rule_template",
    "create_event_bridge_rule_template_group",
    "create_input",
    "create_input_security_group",
    "create_multiplex",
    "create_multiplex_program",
    "create_network",
    "create_node",
    "create_node_registration_script",
    "create_partner_input",
    "create_sdi_source",
    "create_signal_map",
    "create_tags",
    "delete_channel",
    "delete_channel_placement_group",
    "delete_cloud_watch_alarm_template",
    "delete_cloud_watch_alarm_template_group",
    "delete_cluster",
    "delete_event_bridge_rule_template",
    "delete_event_bridge_rule_template_group",
    "delete_input",
    "delete_input_security_group",
    "delete_multiplex",
    "delete_multiplex_program",
    "delete_network",
    "delete_node",
    "delete_reservation",
    "delete_schedule",
    "delete_sdi_source",
    "delete_signal_map",
    "delete_tags",
    "describe_account_configuration",
    "describe_channel",
    "describe_channel_placement_group",
    "describe_cluster",
    "describe_input",
    "describe_input_device",
    "describe_input_device_thumbnail",
    "describe_input_security_group",
    "describe_multiplex",
    "describe_multiplex_program",
    "describe_network",
    "describe_node",
    "describe_offering",
    "describe_reservation",
    "describe_schedule",
    "describe_sdi_source",
    "describe_thumbnails",
    "get_cloud_watch_alarm_template",
    "get_cloud_watch_alarm_template_group",
    "get_event_bridge_rule_template",
    "get_event_bridge_rule_template_group",
    "get_signal_map",
    "list_alerts",
    "list_channel_placement_groups",
    "list_channels",
    "list_cloud_watch_alarm_template_groups",
    "list_cloud_watch_alarm_templates",
    "list_cluster_alerts",
    "list_clusters",
    "list_event_bridge_rule_template_groups",
    "list_event_bridge_rule_templates",
    "list_input_device_transfers",
    "list_input_devices",
    "list_input_security_groups",
    "list_inputs",
    "list_multiplex_alerts",
    "list_multiplex_programs",
    "list_multiplexes",
    "list_networks",
    "list_nodes",
    "list_offerings",
    "list_reservations",
    "list_sdi_sources",
    "list_signal_maps",
    "list_tags_for_resource",
    "list_versions",
    "purchase_offering",
    "reboot_input_device",
    "reject_input_device_transfer",
    "restart_channel_pipelines",
    "start_channel",
    "start_delete_monitor_deployment",
    "start_input_device",
    "start_input_device_maintenance_window",
    "start_monitor_deployment",
    "start_multiplex",
    "start_update_signal_map",
    "stop_channel",
    "stop_input_device",
    "stop_multiplex",
    "transfer_input_device",
    "update_account_configuration",
    "update_channel",
    "update_channel_class",
    "update_channel_placement_group",
    "update_cloud_watch_alarm_template",
    "update_cloud_watch_alarm_template_group",
    "update_cluster",
    "update_event_bridge_rule_template",
    "update_event_bridge_rule_template_group",
    "update_input",
    "update_input_device",
    "update_input_security_group",
    "update_multiplex",
    "update_multiplex_program",
    "update_network",
    "update_node",
    "update_node_state",
    "update_reservation",
    "update_sdi_source",
]
