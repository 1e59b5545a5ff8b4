"""Typed builders of the AWS SDK integration of mediaconvert (``aws-sdk:mediaconvert:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, F, Fi, I, Ii, L, M, S, Si, X, Xi

AssociateCertificateParameters = TypedDict(
    "AssociateCertificateParameters", {"Arn": S, "Arn.$": str}, total=False
)
CancelJobParameters = TypedDict("CancelJobParameters", {"Id": S, "Id.$": str}, total=False)

class AccelerationSettings(TypedDict, total=False):
    Mode: S

class ElementalInferenceFeedConfigurationSource(TypedDict, total=False):
    FeedArn: S

class ElementalInferenceSettings(TypedDict, total=False):
    FeedConfigurationSource: X[ElementalInferenceFeedConfigurationSource]

class HopDestination(TypedDict, total=False):
    Priority: I
    Queue: S
    WaitMinutes: I

class AvailBlanking(TypedDict, total=False):
    AvailBlankingImage: S

class ColorConversion3DLUTSetting(TypedDict, total=False):
    FileInput: S
    InputColorSpace: S
    InputMasteringLuminance: I
    OutputColorSpace: S
    OutputMasteringLuminance: I

class EsamManifestConfirmConditionNotification(TypedDict, total=False):
    MccXml: S

class EsamSignalProcessingNotification(TypedDict, total=False):
    SccXml: S

class EsamSettings(TypedDict, total=False):
    ManifestConfirmConditionNotification: X[EsamManifestConfirmConditionNotification]
    ResponseSignalPreroll: I
    SignalProcessingNotification: X[EsamSignalProcessingNotification]

class ExtendedDataServices(TypedDict, total=False):
    CopyProtectionAction: S
    VchipAction: S

class AdvancedInputFilterSettings(TypedDict, total=False):
    AddTexture: S
    Sharpening: S

class AudioSelectorGroup(TypedDict, total=False):
    AudioSelectorNames: L[Si]

class HlsRenditionGroupSettings(TypedDict, total=False):
    RenditionGroupId: S
    RenditionLanguageCode: S
    RenditionName: S

class OutputChannelMapping(TypedDict, total=False):
    InputChannels: L[Ii]
    InputChannelsFineTune: L[Fi]

class ChannelMapping(TypedDict, total=False):
    OutputChannels: L[Xi[OutputChannelMapping]]

class RemixSettings(TypedDict, total=False):
    AudioDescriptionAudioChannel: I
    AudioDescriptionDataChannel: I
    ChannelMapping: X[ChannelMapping]
    ChannelsIn: I
    ChannelsOut: I

class AudioSelector(TypedDict, total=False):
    AudioDurationCorrection: S
    CustomLanguageCode: S
    DefaultSelection: S
    ExternalAudioFileInput: S
    HlsRenditionGroupSettings: X[HlsRenditionGroupSettings]
    LanguageCode: S
    Offset: I
    Pids: L[Ii]
    ProgramSelection: I
    RemixSettings: X[RemixSettings]
    SelectorType: S
    Smpte337Passthrough: S
    Streams: L[Ii]
    Tracks: L[Ii]

class AncillarySourceSettings(TypedDict, total=False):
    Convert608To708: S
    SourceAncillaryChannelNumber: I
    TerminateCaptions: S

class DvbSubSourceSettings(TypedDict, total=False):
    Pid: I

class EmbeddedSourceSettings(TypedDict, total=False):
    Convert608To708: S
    Source608ChannelNumber: I
    Source608TrackNumber: I
    TerminateCaptions: S

class CaptionSourceFramerate(TypedDict, total=False):
    FramerateDenominator: I
    FramerateNumerator: I

class FileSourceSettings(TypedDict, total=False):
    ByteRateLimit: S
    Convert608To708: S
    ConvertPaintToPop: S
    Framerate: X[CaptionSourceFramerate]
    SourceFile: S
    TimeDelta: I
    TimeDeltaUnits: S
    UpconvertSTLToTeletext: S

class TeletextSourceSettings(TypedDict, total=False):
    PageNumber: S

class TrackSourceSettings(TypedDict, total=False):
    StreamNumber: I
    TrackNumber: I

class WebvttHlsSourceSettings(TypedDict, total=False):
    RenditionGroupId: S
    RenditionLanguageCode: S
    RenditionName: S

class CaptionSourceSettings(TypedDict, total=False):
    AncillarySourceSettings: X[AncillarySourceSettings]
    DvbSubSourceSettings: X[DvbSubSourceSettings]
    EmbeddedSourceSettings: X[EmbeddedSourceSettings]
    FileSourceSettings: X[FileSourceSettings]
    SourceType: S
    TeletextSourceSettings: X[TeletextSourceSettings]
    TrackSourceSettings: X[TrackSourceSettings]
    WebvttHlsSourceSettings: X[WebvttHlsSourceSettings]

class CaptionSelector(TypedDict, total=False):
    CustomLanguageCode: S
    LanguageCode: S
    SourceSettings: X[CaptionSourceSettings]

class Rectangle(TypedDict, total=False):
    Height: I
    Width: I
    X: I
    Y: I

class InputDecryptionSettings(TypedDict, total=False):
    DecryptionMode: S
    EncryptedDecryptionKey: S
    InitializationVector: S
    KmsKeyRegion: S

class DynamicAudioSelector(TypedDict, total=False):
    AudioDurationCorrection: S
    ExternalAudioFileInput: S
    LanguageCode: S
    Offset: I
    SelectorType: S

class InsertableImage(TypedDict, total=False):
    Duration: I
    FadeIn: I
    FadeOut: I
    Height: I
    ImageInserterInput: S
    ImageX: I
    ImageY: I
    Layer: I
    Opacity: I
    StartTime: S
    Width: I

class ImageInserter(TypedDict, total=False):
    InsertableImages: L[Xi[InsertableImage]]
    SdrReferenceWhiteLevel: I

class InputClipping(TypedDict, total=False):
    EndTimecode: S
    StartTimecode: S

class MultiViewInput(TypedDict, total=False):
    FileInput: S

class MultiViewSettings(TypedDict, total=False):
    Input: X[MultiViewInput]

class InputTamsSettings(TypedDict, total=False):
    AuthConnectionArn: S
    GapHandling: S
    SourceId: S
    Timerange: S

class InputVideoGenerator(TypedDict, total=False):
    Channels: I
    Duration: I
    FramerateDenominator: I
    FramerateNumerator: I
    Height: I
    ImageInput: S
    SampleRate: I
    Width: I

class VideoOverlayCrop(TypedDict, total=False):
    Height: I
    Unit: S
    Width: I
    X: I
    Y: I

class VideoOverlayPosition(TypedDict, total=False):
    Height: I
    Opacity: I
    Unit: S
    Width: I
    XPosition: I
    YPosition: I

class VideoOverlayInputClipping(TypedDict, total=False):
    EndTimecode: S
    StartTimecode: S

class VideoOverlayInput(TypedDict, total=False):
    AudioSelectors: M[X[AudioSelector]]
    FileInput: S
    InputClippings: L[Xi[VideoOverlayInputClipping]]
    TimecodeSource: S
    TimecodeStart: S

class VideoOverlayTransition(TypedDict, total=False):
    EndPosition: X[VideoOverlayPosition]
    EndTimecode: S
    StartTimecode: S

class VideoOverlay(TypedDict, total=False):
    Crop: X[VideoOverlayCrop]
    EndTimecode: S
    InitialPosition: X[VideoOverlayPosition]
    Input: X[VideoOverlayInput]
    Playback: S
    StartTimecode: S
    Transitions: L[Xi[VideoOverlayTransition]]

class Hdr10Metadata(TypedDict, total=False):
    BluePrimaryX: I
    BluePrimaryY: I
    GreenPrimaryX: I
    GreenPrimaryY: I
    MaxContentLightLevel: I
    MaxFrameAverageLightLevel: I
    MaxLuminance: I
    MinLuminance: I
    RedPrimaryX: I
    RedPrimaryY: I
    WhitePointX: I
    WhitePointY: I

class VideoSelector(TypedDict, total=False):
    AlphaBehavior: S
    ColorSpace: S
    ColorSpaceUsage: S
    EmbeddedTimecodeOverride: S
    Hdr10Metadata: X[Hdr10Metadata]
    MaxLuminance: I
    PadVideo: S
    Pid: I
    ProgramNumber: I
    Rotate: S
    SampleRange: S
    SelectorType: S
    Streams: L[Ii]

class Input(TypedDict, total=False):
    AdvancedInputFilter: S
    AdvancedInputFilterSettings: X[AdvancedInputFilterSettings]
    AudioSelectorGroups: M[X[AudioSelectorGroup]]
    AudioSelectors: M[X[AudioSelector]]
    CaptionSelectors: M[X[CaptionSelector]]
    Crop: X[Rectangle]
    DeblockFilter: S
    DecryptionSettings: X[InputDecryptionSettings]
    DenoiseFilter: S
    DolbyVisionMetadataXml: S
    DynamicAudioSelectors: M[X[DynamicAudioSelector]]
    FileInput: S
    FilterEnable: S
    FilterStrength: I
    ImageInserter: X[ImageInserter]
    InputClippings: L[Xi[InputClipping]]
    InputScanType: S
    MultiViewSettings: L[Xi[MultiViewSettings]]
    Position: X[Rectangle]
    ProgramNumber: I
    PsiControl: S
    SupplementalImps: L[Si]
    TamsSettings: X[InputTamsSettings]
    TimecodeSource: S
    TimecodeStart: S
    VideoGenerator: X[InputVideoGenerator]
    VideoOverlays: L[Xi[VideoOverlay]]
    VideoSelector: X[VideoSelector]

class KantarWatermarkSettings(TypedDict, total=False):
    ChannelName: S
    ContentReference: S
    CredentialsSecretName: S
    FileOffset: F
    KantarLicenseId: I
    KantarServerUrl: S
    LogDestination: S
    Metadata3: S
    Metadata4: S
    Metadata5: S
    Metadata6: S
    Metadata7: S
    Metadata8: S

class MotionImageInsertionFramerate(TypedDict, total=False):
    FramerateDenominator: I
    FramerateNumerator: I

class MotionImageInsertionOffset(TypedDict, total=False):
    ImageX: I
    ImageY: I

class MotionImageInserter(TypedDict, total=False):
    Framerate: X[MotionImageInsertionFramerate]
    Input: S
    InsertionMode: S
    Offset: X[MotionImageInsertionOffset]
    Playback: S
    StartTime: S

class NielsenConfiguration(TypedDict, total=False):
    BreakoutCode: I
    DistributorId: S

class NielsenNonLinearWatermarkSettings(TypedDict, total=False):
    ActiveWatermarkProcess: S
    AdiFilename: S
    AssetId: S
    AssetName: S
    CbetSourceId: S
    EpisodeId: S
    MetadataDestination: S
    SourceId: I
    SourceWatermarkStatus: S
    TicServerUrl: S
    UniqueTicPerAudioTrack: S

class AllowedRenditionSize(TypedDict, total=False):
    Height: I
    Required: S
    Width: I

class ForceIncludeRenditionSize(TypedDict, total=False):
    Height: I
    Width: I

class MinBottomRenditionSize(TypedDict, total=False):
    Height: I
    Width: I

class MinTopRenditionSize(TypedDict, total=False):
    Height: I
    Width: I

class AutomatedAbrRule(TypedDict, total=False):
    AllowedRenditions: L[Xi[AllowedRenditionSize]]
    ForceIncludeRenditions: L[Xi[ForceIncludeRenditionSize]]
    MinBottomRenditionSize: X[MinBottomRenditionSize]
    MinTopRenditionSize: X[MinTopRenditionSize]
    Type: S

class AutomatedAbrSettings(TypedDict, total=False):
    MaxAbrBitrate: I
    MaxQualityLevel: F
    MaxRenditions: I
    MinAbrBitrate: I
    Rules: L[Xi[AutomatedAbrRule]]

class AutomatedEncodingSettings(TypedDict, total=False):
    AbrSettings: X[AutomatedAbrSettings]

class CmafAdditionalManifest(TypedDict, total=False):
    ManifestNameModifier: S
    SelectedOutputs: L[Si]

class S3DestinationAccessControl(TypedDict, total=False):
    CannedAcl: S

class S3EncryptionSettings(TypedDict, total=False):
    EncryptionType: S
    KmsEncryptionContext: S
    KmsKeyArn: S

class S3DestinationSettings(TypedDict, total=False):
    AccessControl: X[S3DestinationAccessControl]
    Encryption: X[S3EncryptionSettings]
    StorageClass: S

class DestinationSettings(TypedDict, total=False):
    S3Settings: X[S3DestinationSettings]

class EncryptionContractConfiguration(TypedDict, total=False):
    SpekeAudioPreset: S
    SpekeVideoPreset: S

class SpekeKeyProviderCmaf(TypedDict, total=False):
    CertificateArn: S
    DashSignaledSystemIds: L[Si]
    EncryptionContractConfiguration: X[EncryptionContractConfiguration]
    HlsSignaledSystemIds: L[Si]
    ResourceId: S
    Url: S

class StaticKeyProvider(TypedDict, total=False):
    KeyFormat: S
    KeyFormatVersions: S
    StaticKeyValue: S
    Url: S

class CmafEncryptionSettings(TypedDict, total=False):
    ClearLeadSegments: I
    ConstantInitializationVector: S
    EncryptionMethod: S
    InitializationVectorInManifest: S
    SpekeKeyProvider: X[SpekeKeyProviderCmaf]
    StaticKeyProvider: X[StaticKeyProvider]
    Type: S

class CmafImageBasedTrickPlaySettings(TypedDict, total=False):
    IntervalCadence: S
    ThumbnailHeight: I
    ThumbnailInterval: F
    ThumbnailWidth: I
    TileHeight: I
    TileWidth: I

class CmafImageBasedTrickPlayVariant(TypedDict, total=False):
    IntervalCadence: S
    ThumbnailHeight: I
    ThumbnailInterval: F
    ThumbnailWidth: I
    TileHeight: I
    TileWidth: I

class CmafGroupSettings(TypedDict, total=False):
    AdditionalManifests: L[Xi[CmafAdditionalManifest]]
    BaseUrl: S
    ClientCache: S
    CodecSpecification: S
    DashAdaptationSetGrouping: L[Si]
    DashIFrameTrickPlayNameModifier: S
    DashManifestStyle: S
    Destination: S
    DestinationSettings: X[DestinationSettings]
    Encryption: X[CmafEncryptionSettings]
    FragmentLength: I
    ImageBasedTrickPlay: S
    ImageBasedTrickPlaySettings: X[CmafImageBasedTrickPlaySettings]
    ImageBasedTrickPlayVariants: L[Xi[CmafImageBasedTrickPlayVariant]]
    ManifestCompression: S
    ManifestDurationFormat: S
    MinBufferTime: I
    MinFinalSegmentLength: F
    MpdManifestBandwidthType: S
    MpdProfile: S
    PtsOffsetHandlingForBFrames: S
    SegmentControl: S
    SegmentLength: I
    SegmentLengthControl: S
    StreamInfResolution: S
    TargetDurationCompatibilityMode: S
    VideoCompositionOffsets: S
    WriteDashManifest: S
    WriteHlsManifest: S
    WriteSegmentTimelineInRepresentation: S

class DashAdditionalManifest(TypedDict, total=False):
    ManifestNameModifier: S
    SelectedOutputs: L[Si]

class SpekeKeyProvider(TypedDict, total=False):
    CertificateArn: S
    EncryptionContractConfiguration: X[EncryptionContractConfiguration]
    ResourceId: S
    SystemIds: L[Si]
    Url: S

class DashIsoEncryptionSettings(TypedDict, total=False):
    PlaybackDeviceCompatibility: S
    SpekeKeyProvider: X[SpekeKeyProvider]

class DashIsoImageBasedTrickPlaySettings(TypedDict, total=False):
    IntervalCadence: S
    ThumbnailHeight: I
    ThumbnailInterval: F
    ThumbnailWidth: I
    TileHeight: I
    TileWidth: I

class DashIsoImageBasedTrickPlayVariant(TypedDict, total=False):
    IntervalCadence: S
    ThumbnailHeight: I
    ThumbnailInterval: F
    ThumbnailWidth: I
    TileHeight: I
    TileWidth: I

class DashIsoGroupSettings(TypedDict, total=False):
    AdditionalManifests: L[Xi[DashAdditionalManifest]]
    AudioChannelConfigSchemeIdUri: S
    BaseUrl: S
    DashAdaptationSetGrouping: L[Si]
    DashIFrameTrickPlayNameModifier: S
    DashManifestStyle: S
    Destination: S
    DestinationSettings: X[DestinationSettings]
    Encryption: X[DashIsoEncryptionSettings]
    FragmentLength: I
    HbbtvCompliance: S
    ImageBasedTrickPlay: S
    ImageBasedTrickPlaySettings: X[DashIsoImageBasedTrickPlaySettings]
    ImageBasedTrickPlayVariants: L[Xi[DashIsoImageBasedTrickPlayVariant]]
    MinBufferTime: I
    MinFinalSegmentLength: F
    MpdManifestBandwidthType: S
    MpdProfile: S
    PtsOffsetHandlingForBFrames: S
    SegmentControl: S
    SegmentLength: I
    SegmentLengthControl: S
    VideoCompositionOffsets: S
    WriteSegmentTimelineInRepresentation: S

class FileGroupSettings(TypedDict, total=False):
    Destination: S
    DestinationSettings: X[DestinationSettings]

class HlsAdditionalManifest(TypedDict, total=False):
    ManifestNameModifier: S
    SelectedOutputs: L[Si]

class HlsCaptionLanguageMapping(TypedDict, total=False):
    CaptionChannel: I
    CustomLanguageCode: S
    LanguageCode: S
    LanguageDescription: S

class HlsEncryptionSettings(TypedDict, total=False):
    ConstantInitializationVector: S
    EncryptionMethod: S
    InitializationVectorInManifest: S
    OfflineEncrypted: S
    SpekeKeyProvider: X[SpekeKeyProvider]
    StaticKeyProvider: X[StaticKeyProvider]
    Type: S

class HlsImageBasedTrickPlaySettings(TypedDict, total=False):
    IntervalCadence: S
    ThumbnailHeight: I
    ThumbnailInterval: F
    ThumbnailWidth: I
    TileHeight: I
    TileWidth: I

class HlsImageBasedTrickPlayVariant(TypedDict, total=False):
    IntervalCadence: S
    ThumbnailHeight: I
    ThumbnailInterval: F
    ThumbnailWidth: I
    TileHeight: I
    TileWidth: I

class HlsGroupSettings(TypedDict, total=False):
    AdMarkers: L[Si]
    AdditionalManifests: L[Xi[HlsAdditionalManifest]]
    AudioOnlyHeader: S
    BaseUrl: S
    CaptionLanguageMappings: L[Xi[HlsCaptionLanguageMapping]]
    CaptionLanguageSetting: S
    CaptionSegmentLengthControl: S
    ClientCache: S
    CodecSpecification: S
    Destination: S
    DestinationSettings: X[DestinationSettings]
    DirectoryStructure: S
    Encryption: X[HlsEncryptionSettings]
    ImageBasedTrickPlay: S
    ImageBasedTrickPlaySettings: X[HlsImageBasedTrickPlaySettings]
    ImageBasedTrickPlayVariants: L[Xi[HlsImageBasedTrickPlayVariant]]
    ManifestCompression: S
    ManifestDurationFormat: S
    MinFinalSegmentLength: F
    MinSegmentLength: I
    OutputSelection: S
    ProgramDateTime: S
    ProgramDateTimePeriod: I
    ProgressiveWriteHlsManifest: S
    SegmentControl: S
    SegmentLength: I
    SegmentLengthControl: S
    SegmentsPerSubdirectory: I
    StreamInfResolution: S
    TargetDurationCompatibilityMode: S
    TimedMetadataId3Frame: S
    TimedMetadataId3Period: I
    TimestampDeltaMilliseconds: I

class MsSmoothAdditionalManifest(TypedDict, total=False):
    ManifestNameModifier: S
    SelectedOutputs: L[Si]

class MsSmoothEncryptionSettings(TypedDict, total=False):
    SpekeKeyProvider: X[SpekeKeyProvider]

class MsSmoothGroupSettings(TypedDict, total=False):
    AdditionalManifests: L[Xi[MsSmoothAdditionalManifest]]
    AudioDeduplication: S
    Destination: S
    DestinationSettings: X[DestinationSettings]
    Encryption: X[MsSmoothEncryptionSettings]
    FragmentLength: I
    FragmentLengthControl: S
    ManifestEncoding: S

class OutputGroupSettings(TypedDict, total=False):
    CmafGroupSettings: X[CmafGroupSettings]
    DashIsoGroupSettings: X[DashIsoGroupSettings]
    FileGroupSettings: X[FileGroupSettings]
    HlsGroupSettings: X[HlsGroupSettings]
    MsSmoothGroupSettings: X[MsSmoothGroupSettings]
    PerFrameMetrics: L[Si]
    Type: S

class AudioChannelTaggingSettings(TypedDict, total=False):
    ChannelTag: S
    ChannelTags: L[Si]

class AudioNormalizationSettings(TypedDict, total=False):
    Algorithm: S
    AlgorithmControl: S
    CorrectionGateLevel: I
    LoudnessLogging: S
    PeakCalculation: S
    TargetLkfs: F
    TruePeakLimiterThreshold: F

class AudioPitchCorrectionSettings(TypedDict, total=False):
    SlowPalPitchCorrection: S

class AacSettings(TypedDict, total=False):
    AudioDescriptionBroadcasterMix: S
    Bitrate: I
    CodecProfile: S
    CodingMode: S
    LoudnessMeasurementMode: S
    PassthroughControl: S
    RapInterval: I
    RateControlMode: S
    RawFormat: S
    SampleRate: I
    Specification: S
    TargetLoudnessRange: I
    VbrQuality: S

class Ac3Settings(TypedDict, total=False):
    Bitrate: I
    BitstreamMode: S
    CodingMode: S
    Dialnorm: I
    DynamicRangeCompressionLine: S
    DynamicRangeCompressionProfile: S
    DynamicRangeCompressionRf: S
    LfeFilter: S
    MetadataControl: S
    SampleRate: I

class Ac4Settings(TypedDict, total=False):
    Bitrate: I
    BitstreamMode: S
    CodingMode: S
    DynamicRangeCompressionFlatPanelTv: S
    DynamicRangeCompressionHomeTheater: S
    DynamicRangeCompressionPortableHeadphones: S
    DynamicRangeCompressionPortableSpeakers: S
    LoRoCenterMixLevel: F
    LoRoSurroundMixLevel: F
    LtRtCenterMixLevel: F
    LtRtSurroundMixLevel: F
    SampleRate: I
    StereoDownmix: S

class AiffSettings(TypedDict, total=False):
    BitDepth: I
    Channels: I
    SampleRate: I

class DtscSettings(TypedDict, total=False):
    Bitrate: I
    SampleRate: I

class DtsxSettings(TypedDict, total=False):
    Bitrate: I
    CodingMode: S
    SampleRate: I

class Eac3AtmosSettings(TypedDict, total=False):
    Bitrate: I
    BitstreamMode: S
    CodingMode: S
    DialogueIntelligence: S
    DownmixControl: S
    DynamicRangeCompressionLine: S
    DynamicRangeCompressionRf: S
    DynamicRangeControl: S
    LoRoCenterMixLevel: F
    LoRoSurroundMixLevel: F
    LtRtCenterMixLevel: F
    LtRtSurroundMixLevel: F
    MeteringMode: S
    SampleRate: I
    SpeechThreshold: I
    StereoDownmix: S
    SurroundExMode: S

class Eac3Settings(TypedDict, total=False):
    AttenuationControl: S
    Bitrate: I
    BitstreamMode: S
    CodingMode: S
    DcFilter: S
    Dialnorm: I
    DynamicRangeCompressionLine: S
    DynamicRangeCompressionRf: S
    LfeControl: S
    LfeFilter: S
    LoRoCenterMixLevel: F
    LoRoSurroundMixLevel: F
    LtRtCenterMixLevel: F
    LtRtSurroundMixLevel: F
    MetadataControl: S
    PassthroughControl: S
    PhaseControl: S
    SampleRate: I
    StereoDownmix: S
    SurroundExMode: S
    SurroundMode: S

class FlacSettings(TypedDict, total=False):
    BitDepth: I
    Channels: I
    SampleRate: I

class Mp2Settings(TypedDict, total=False):
    AudioDescriptionMix: S
    Bitrate: I
    Channels: I
    SampleRate: I

class Mp3Settings(TypedDict, total=False):
    Bitrate: I
    Channels: I
    RateControlMode: S
    SampleRate: I
    VbrQuality: I

class OpusSettings(TypedDict, total=False):
    Bitrate: I
    Channels: I
    SampleRate: I

class VorbisSettings(TypedDict, total=False):
    Channels: I
    SampleRate: I
    VbrQuality: I

class WavSettings(TypedDict, total=False):
    BitDepth: I
    Channels: I
    Format: S
    SampleRate: I

class AudioCodecSettings(TypedDict, total=False):
    AacSettings: X[AacSettings]
    Ac3Settings: X[Ac3Settings]
    Ac4Settings: X[Ac4Settings]
    AiffSettings: X[AiffSettings]
    Codec: S
    DtscSettings: X[DtscSettings]
    DtsxSettings: X[DtsxSettings]
    Eac3AtmosSettings: X[Eac3AtmosSettings]
    Eac3Settings: X[Eac3Settings]
    FlacSettings: X[FlacSettings]
    Mp2Settings: X[Mp2Settings]
    Mp3Settings: X[Mp3Settings]
    OpusSettings: X[OpusSettings]
    VorbisSettings: X[VorbisSettings]
    WavSettings: X[WavSettings]

class AudioDescription(TypedDict, total=False):
    AudioChannelTaggingSettings: X[AudioChannelTaggingSettings]
    AudioNormalizationSettings: X[AudioNormalizationSettings]
    AudioPitchCorrectionSettings: X[AudioPitchCorrectionSettings]
    AudioSourceName: S
    AudioType: I
    AudioTypeControl: S
    CodecSettings: X[AudioCodecSettings]
    CustomLanguageCode: S
    LanguageCode: S
    LanguageCodeControl: S
    RemixSettings: X[RemixSettings]
    StreamName: S

class BurninDestinationSettings(TypedDict, total=False):
    Alignment: S
    ApplyFontColor: S
    BackgroundColor: S
    BackgroundOpacity: I
    FallbackFont: S
    FontColor: S
    FontFileBold: S
    FontFileBoldItalic: S
    FontFileItalic: S
    FontFileRegular: S
    FontOpacity: I
    FontResolution: I
    FontScript: S
    FontSize: I
    HexFontColor: S
    OutlineColor: S
    OutlineSize: I
    RemoveRubyReserveAttributes: S
    ShadowColor: S
    ShadowOpacity: I
    ShadowXOffset: I
    ShadowYOffset: I
    StylePassthrough: S
    TeletextSpacing: S
    XPosition: I
    YPosition: I

class DvbSubDestinationSettings(TypedDict, total=False):
    Alignment: S
    ApplyFontColor: S
    BackgroundColor: S
    BackgroundOpacity: I
    DdsHandling: S
    DdsXCoordinate: I
    DdsYCoordinate: I
    FallbackFont: S
    FontColor: S
    FontFileBold: S
    FontFileBoldItalic: S
    FontFileItalic: S
    FontFileRegular: S
    FontOpacity: I
    FontResolution: I
    FontScript: S
    FontSize: I
    Height: I
    HexFontColor: S
    OutlineColor: S
    OutlineSize: I
    ShadowColor: S
    ShadowOpacity: I
    ShadowXOffset: I
    ShadowYOffset: I
    StylePassthrough: S
    SubtitlingType: S
    TeletextSpacing: S
    Width: I
    XPosition: I
    YPosition: I

class EmbeddedDestinationSettings(TypedDict, total=False):
    Destination608ChannelNumber: I
    Destination708ServiceNumber: I

class ImscDestinationSettings(TypedDict, total=False):
    Accessibility: S
    StylePassthrough: S

class SccDestinationSettings(TypedDict, total=False):
    Framerate: S

class SrtDestinationSettings(TypedDict, total=False):
    StylePassthrough: S

class TeletextDestinationSettings(TypedDict, total=False):
    PageNumber: S
    PageTypes: L[Si]

class TtmlDestinationSettings(TypedDict, total=False):
    BackgroundColor: S
    BackgroundOpacity: I
    FontColor: S
    FontOpacity: I
    FontSize: I
    FontStyle: S
    FontWeight: S
    StylePassthrough: S
    TextDecoration: S

class WebvttDestinationSettings(TypedDict, total=False):
    Accessibility: S
    StylePassthrough: S

class CaptionDestinationSettings(TypedDict, total=False):
    BurninDestinationSettings: X[BurninDestinationSettings]
    DestinationType: S
    DvbSubDestinationSettings: X[DvbSubDestinationSettings]
    EmbeddedDestinationSettings: X[EmbeddedDestinationSettings]
    ImscDestinationSettings: X[ImscDestinationSettings]
    SccDestinationSettings: X[SccDestinationSettings]
    SrtDestinationSettings: X[SrtDestinationSettings]
    TeletextDestinationSettings: X[TeletextDestinationSettings]
    TtmlDestinationSettings: X[TtmlDestinationSettings]
    WebvttDestinationSettings: X[WebvttDestinationSettings]

class CaptionDescription(TypedDict, total=False):
    AudioSourceNames: L[Si]
    CaptionSelectorName: S
    CustomLanguageCode: S
    DestinationSettings: X[CaptionDestinationSettings]
    LanguageCode: S
    LanguageDescription: S
    Source: S

class CmfcSettings(TypedDict, total=False):
    AudioDuration: S
    AudioGroupId: S
    AudioRenditionSets: S
    AudioTrackType: S
    C2paManifest: S
    CertificateSecret: S
    DescriptiveVideoServiceFlag: S
    IFrameOnlyManifest: S
    KlvMetadata: S
    ManifestMetadataSignaling: S
    Scte35Esam: S
    Scte35Source: S
    SigningKmsKey: S
    TimedMetadata: S
    TimedMetadataBoxVersion: S
    TimedMetadataSchemeIdUri: S
    TimedMetadataValue: S

class F4vSettings(TypedDict, total=False):
    MoovPlacement: S

class DvbNitSettings(TypedDict, total=False):
    NetworkId: I
    NetworkName: S
    NitInterval: I

class DvbSdtSettings(TypedDict, total=False):
    OutputSdt: S
    SdtInterval: I
    ServiceName: S
    ServiceProviderName: S

class DvbTdtSettings(TypedDict, total=False):
    TdtInterval: I

class M2tsScte35Esam(TypedDict, total=False):
    Scte35EsamPid: I

class M2tsSettings(TypedDict, total=False):
    AudioBufferModel: S
    AudioDuration: S
    AudioFramesPerPes: I
    AudioPids: L[Ii]
    AudioPtsOffsetDelta: I
    Bitrate: I
    BufferModel: S
    DataPTSControl: S
    DvbNitSettings: X[DvbNitSettings]
    DvbSdtSettings: X[DvbSdtSettings]
    DvbSubPids: L[Ii]
    DvbTdtSettings: X[DvbTdtSettings]
    DvbTeletextPid: I
    EbpAudioInterval: S
    EbpPlacement: S
    EsRateInPes: S
    ForceTsVideoEbpOrder: S
    FragmentTime: F
    KlvMetadata: S
    MaxPcrInterval: I
    MinEbpInterval: I
    NielsenId3: S
    NullPacketBitrate: F
    PatInterval: I
    PcrControl: S
    PcrPid: I
    PmtInterval: I
    PmtPid: I
    PreventBufferUnderflow: S
    PrivateMetadataPid: I
    ProgramNumber: I
    PtsOffset: I
    PtsOffsetMode: S
    RateMode: S
    Scte35Esam: X[M2tsScte35Esam]
    Scte35Pid: I
    Scte35Source: S
    SegmentationMarkers: S
    SegmentationStyle: S
    SegmentationTime: F
    TimedMetadataPid: I
    TransportStreamId: I
    VideoPid: I

class M3u8Settings(TypedDict, total=False):
    AudioDuration: S
    AudioFramesPerPes: I
    AudioPids: L[Ii]
    AudioPtsOffsetDelta: I
    DataPTSControl: S
    MaxPcrInterval: I
    NielsenId3: S
    PatInterval: I
    PcrControl: S
    PcrPid: I
    PmtInterval: I
    PmtPid: I
    PrivateMetadataPid: I
    ProgramNumber: I
    PtsOffset: I
    PtsOffsetMode: S
    Scte35Pid: I
    Scte35Source: S
    TimedMetadata: S
    TimedMetadataPid: I
    TransportStreamId: I
    VideoPid: I

class MovSettings(TypedDict, total=False):
    AudioDuration: S
    ClapAtom: S
    CslgAtom: S
    Mpeg2FourCCControl: S
    PaddingControl: S
    Reference: S

class Mp4Settings(TypedDict, total=False):
    AudioDuration: S
    C2paManifest: S
    CertificateSecret: S
    CslgAtom: S
    CttsVersion: I
    FreeSpaceBox: S
    MoovPlacement: S
    Mp4MajorBrand: S
    SigningKmsKey: S

class MpdSettings(TypedDict, total=False):
    AccessibilityCaptionHints: S
    AudioDuration: S
    C2paManifest: S
    CaptionContainerType: S
    CertificateSecret: S
    KlvMetadata: S
    ManifestMetadataSignaling: S
    Scte35Esam: S
    Scte35Source: S
    SigningKmsKey: S
    TimedMetadata: S
    TimedMetadataBoxVersion: S
    TimedMetadataSchemeIdUri: S
    TimedMetadataValue: S

class MxfXavcProfileSettings(TypedDict, total=False):
    DurationMode: S
    MaxAncDataSize: I

class MxfSettings(TypedDict, total=False):
    AfdSignaling: S
    Profile: S
    UncompressedAudioWrapping: S
    XavcProfileSettings: X[MxfXavcProfileSettings]

class ContainerSettings(TypedDict, total=False):
    CmfcSettings: X[CmfcSettings]
    Container: S
    F4vSettings: X[F4vSettings]
    M2tsSettings: X[M2tsSettings]
    M3u8Settings: X[M3u8Settings]
    MovSettings: X[MovSettings]
    Mp4Settings: X[Mp4Settings]
    MpdSettings: X[MpdSettings]
    MxfSettings: X[MxfSettings]

class HlsSettings(TypedDict, total=False):
    AudioGroupId: S
    AudioOnlyContainer: S
    AudioRenditionSets: S
    AudioTrackType: S
    DescriptiveVideoServiceFlag: S
    IFrameOnlyManifest: S
    SegmentModifier: S

class OutputSettings(TypedDict, total=False):
    HlsSettings: X[HlsSettings]

class Av1QvbrSettings(TypedDict, total=False):
    QvbrQualityLevel: I
    QvbrQualityLevelFineTune: F

class Av1Settings(TypedDict, total=False):
    AdaptiveQuantization: S
    BitDepth: S
    Bitrate: I
    FastDecode: S
    FilmGrainSynthesis: S
    FramerateControl: S
    FramerateConversionAlgorithm: S
    FramerateDenominator: I
    FramerateNumerator: I
    GopSize: F
    GopSizeUnits: S
    MaxBitrate: I
    NumberBFramesBetweenReferenceFrames: I
    PerFrameMetrics: L[Si]
    QvbrSettings: X[Av1QvbrSettings]
    RateControlMode: S
    SceneChangeDetect: S
    Slices: I
    SlidingWindowMs: I
    SlidingWindowPeakBitrate: I
    SpatialAdaptiveQuantization: S
    TemporalAdaptiveQuantization: S

class AvcIntraUhdSettings(TypedDict, total=False):
    QualityTuningLevel: S

class AvcIntraSettings(TypedDict, total=False):
    AvcIntraClass: S
    AvcIntraUhdSettings: X[AvcIntraUhdSettings]
    FramerateControl: S
    FramerateConversionAlgorithm: S
    FramerateDenominator: I
    FramerateNumerator: I
    InterlaceMode: S
    PerFrameMetrics: L[Si]
    ScanTypeConversionMode: S
    SlowPal: S
    Telecine: S

class FrameCaptureSettings(TypedDict, total=False):
    FramerateDenominator: I
    FramerateNumerator: I
    MaxCaptures: I
    Quality: I

class GifSettings(TypedDict, total=False):
    FramerateControl: S
    FramerateConversionAlgorithm: S
    FramerateDenominator: I
    FramerateNumerator: I

class BandwidthReductionFilter(TypedDict, total=False):
    Sharpening: S
    Strength: S

class H264QvbrSettings(TypedDict, total=False):
    MaxAverageBitrate: I
    QvbrQualityLevel: I
    QvbrQualityLevelFineTune: F

class H264Settings(TypedDict, total=False):
    AdaptiveQuantization: S
    BandwidthReductionFilter: X[BandwidthReductionFilter]
    Bitrate: I
    CodecLevel: S
    CodecProfile: S
    DynamicSubGop: S
    EndOfStreamMarkers: S
    EntropyEncoding: S
    ExplicitWeightedPrediction: S
    FieldEncoding: S
    FlickerAdaptiveQuantization: S
    FramerateControl: S
    FramerateConversionAlgorithm: S
    FramerateDenominator: I
    FramerateNumerator: I
    GopBReference: S
    GopClosedCadence: I
    GopSize: F
    GopSizeUnits: S
    HrdBufferFinalFillPercentage: I
    HrdBufferInitialFillPercentage: I
    HrdBufferSize: I
    InterlaceMode: S
    MaxBitrate: I
    MinIInterval: I
    NumberBFramesBetweenReferenceFrames: I
    NumberReferenceFrames: I
    ParControl: S
    ParDenominator: I
    ParNumerator: I
    PerFrameMetrics: L[Si]
    QualityTuningLevel: S
    QvbrSettings: X[H264QvbrSettings]
    RateControlMode: S
    RepeatPps: S
    SaliencyAwareEncoding: S
    ScanTypeConversionMode: S
    SceneChangeDetect: S
    Slices: I
    SlidingWindowMs: I
    SlidingWindowPeakBitrate: I
    SlowPal: S
    Softness: I
    SpatialAdaptiveQuantization: S
    Syntax: S
    Telecine: S
    TemporalAdaptiveQuantization: S
    UnregisteredSeiTimecode: S
    WriteMp4PackagingType: S

class H265QvbrSettings(TypedDict, total=False):
    MaxAverageBitrate: I
    QvbrQualityLevel: I
    QvbrQualityLevelFineTune: F

class H265Settings(TypedDict, total=False):
    AdaptiveQuantization: S
    AlternateTransferFunctionSei: S
    BandwidthReductionFilter: X[BandwidthReductionFilter]
    Bitrate: I
    CodecLevel: S
    CodecProfile: S
    Deblocking: S
    DynamicSubGop: S
    EndOfStreamMarkers: S
    FlickerAdaptiveQuantization: S
    FramerateControl: S
    FramerateConversionAlgorithm: S
    FramerateDenominator: I
    FramerateNumerator: I
    GopBReference: S
    GopClosedCadence: I
    GopSize: F
    GopSizeUnits: S
    HrdBufferFinalFillPercentage: I
    HrdBufferInitialFillPercentage: I
    HrdBufferSize: I
    InterlaceMode: S
    MaxBitrate: I
    MinIInterval: I
    MvOverPictureBoundaries: S
    MvTemporalPredictor: S
    NumberBFramesBetweenReferenceFrames: I
    NumberReferenceFrames: I
    ParControl: S
    ParDenominator: I
    ParNumerator: I
    PerFrameMetrics: L[Si]
    QualityTuningLevel: S
    QvbrSettings: X[H265QvbrSettings]
    RateControlMode: S
    SampleAdaptiveOffsetFilterMode: S
    ScanTypeConversionMode: S
    SceneChangeDetect: S
    Slices: I
    SlidingWindowMs: I
    SlidingWindowPeakBitrate: I
    SlowPal: S
    SpatialAdaptiveQuantization: S
    Telecine: S
    TemporalAdaptiveQuantization: S
    TemporalIds: S
    TileHeight: I
    TilePadding: S
    TileWidth: I
    Tiles: S
    TreeBlockSize: S
    UnregisteredSeiTimecode: S
    WriteMp4PackagingType: S

class Mpeg2Settings(TypedDict, total=False):
    AdaptiveQuantization: S
    Bitrate: I
    CodecLevel: S
    CodecProfile: S
    DynamicSubGop: S
    FramerateControl: S
    FramerateConversionAlgorithm: S
    FramerateDenominator: I
    FramerateNumerator: I
    GopClosedCadence: I
    GopSize: F
    GopSizeUnits: S
    HrdBufferFinalFillPercentage: I
    HrdBufferInitialFillPercentage: I
    HrdBufferSize: I
    InterlaceMode: S
    IntraDcPrecision: S
    MaxBitrate: I
    MinIInterval: I
    NumberBFramesBetweenReferenceFrames: I
    ParControl: S
    ParDenominator: I
    ParNumerator: I
    PerFrameMetrics: L[Si]
    QualityTuningLevel: S
    RateControlMode: S
    ScanTypeConversionMode: S
    SceneChangeDetect: S
    SlidingWindowMs: I
    SlidingWindowPeakBitrate: I
    SlowPal: S
    Softness: I
    SpatialAdaptiveQuantization: S
    Syntax: S
    Telecine: S
    TemporalAdaptiveQuantization: S

class PassthroughSettings(TypedDict, total=False):
    FrameControl: S
    GopsPerSegment: I
    SegmentationMode: S
    VideoSelectorMode: S

class ProresSettings(TypedDict, total=False):
    ChromaSampling: S
    CodecProfile: S
    FramerateControl: S
    FramerateConversionAlgorithm: S
    FramerateDenominator: I
    FramerateNumerator: I
    InterlaceMode: S
    ParControl: S
    ParDenominator: I
    ParNumerator: I
    PerFrameMetrics: L[Si]
    ScanTypeConversionMode: S
    SlowPal: S
    Telecine: S

class UncompressedSettings(TypedDict, total=False):
    Fourcc: S
    FramerateControl: S
    FramerateConversionAlgorithm: S
    FramerateDenominator: I
    FramerateNumerator: I
    InterlaceMode: S
    ScanTypeConversionMode: S
    SlowPal: S
    Telecine: S

class Vc3Settings(TypedDict, total=False):
    FramerateControl: S
    FramerateConversionAlgorithm: S
    FramerateDenominator: I
    FramerateNumerator: I
    InterlaceMode: S
    ScanTypeConversionMode: S
    SlowPal: S
    Telecine: S
    Vc3Class: S

class Vp8Settings(TypedDict, total=False):
    Bitrate: I
    FramerateControl: S
    FramerateConversionAlgorithm: S
    FramerateDenominator: I
    FramerateNumerator: I
    GopSize: F
    HrdBufferSize: I
    MaxBitrate: I
    ParControl: S
    ParDenominator: I
    ParNumerator: I
    QualityTuningLevel: S
    RateControlMode: S

class Vp9Settings(TypedDict, total=False):
    Bitrate: I
    FramerateControl: S
    FramerateConversionAlgorithm: S
    FramerateDenominator: I
    FramerateNumerator: I
    GopSize: F
    HrdBufferSize: I
    MaxBitrate: I
    ParControl: S
    ParDenominator: I
    ParNumerator: I
    QualityTuningLevel: S
    RateControlMode: S

class Xavc4kIntraCbgProfileSettings(TypedDict, total=False):
    XavcClass: S

class Xavc4kIntraVbrProfileSettings(TypedDict, total=False):
    XavcClass: S

class Xavc4kProfileSettings(TypedDict, total=False):
    BitrateClass: S
    CodecProfile: S
    FlickerAdaptiveQuantization: S
    GopBReference: S
    GopClosedCadence: I
    HrdBufferSize: I
    QualityTuningLevel: S
    Slices: I

class XavcHdIntraCbgProfileSettings(TypedDict, total=False):
    InterlaceMode: S
    XavcClass: S

class XavcHdProfileSettings(TypedDict, total=False):
    BitrateClass: S
    FlickerAdaptiveQuantization: S
    GopBReference: S
    GopClosedCadence: I
    HrdBufferSize: I
    InterlaceMode: S
    QualityTuningLevel: S
    Slices: I
    Telecine: S

class XavcSettings(TypedDict, total=False):
    AdaptiveQuantization: S
    EntropyEncoding: S
    FramerateControl: S
    FramerateConversionAlgorithm: S
    FramerateDenominator: I
    FramerateNumerator: I
    PerFrameMetrics: L[Si]
    Profile: S
    SlowPal: S
    Softness: I
    SpatialAdaptiveQuantization: S
    TemporalAdaptiveQuantization: S
    Xavc4kIntraCbgProfileSettings: X[Xavc4kIntraCbgProfileSettings]
    Xavc4kIntraVbrProfileSettings: X[Xavc4kIntraVbrProfileSettings]
    Xavc4kProfileSettings: X[Xavc4kProfileSettings]
    XavcHdIntraCbgProfileSettings: X[XavcHdIntraCbgProfileSettings]
    XavcHdProfileSettings: X[XavcHdProfileSettings]

class VideoCodecSettings(TypedDict, total=False):
    Av1Settings: X[Av1Settings]
    AvcIntraSettings: X[AvcIntraSettings]
    Codec: S
    FrameCaptureSettings: X[FrameCaptureSettings]
    GifSettings: X[GifSettings]
    H264Settings: X[H264Settings]
    H265Settings: X[H265Settings]
    Mpeg2Settings: X[Mpeg2Settings]
    PassthroughSettings: X[PassthroughSettings]
    ProresSettings: X[ProresSettings]
    UncompressedSettings: X[UncompressedSettings]
    Vc3Settings: X[Vc3Settings]
    Vp8Settings: X[Vp8Settings]
    Vp9Settings: X[Vp9Settings]
    XavcSettings: X[XavcSettings]

class DynamicMultiviewSettings(TypedDict, total=False):
    Enabled: S
    Regions: L[Xi[Rectangle]]

class ClipLimits(TypedDict, total=False):
    MaximumRGBTolerance: I
    MaximumYUV: I
    MinimumRGBTolerance: I
    MinimumYUV: I

class ColorCorrector(TypedDict, total=False):
    Brightness: I
    ClipLimits: X[ClipLimits]
    ColorSpaceConversion: S
    Contrast: I
    Hdr10Metadata: X[Hdr10Metadata]
    HdrToSdrToneMapper: S
    Hue: I
    MaxLuminance: I
    SampleRangeConversion: S
    Saturation: I
    SdrReferenceWhiteLevel: I

class Deinterlacer(TypedDict, total=False):
    Algorithm: S
    Control: S
    Mode: S

class DolbyVisionLevel6Metadata(TypedDict, total=False):
    MaxCll: I
    MaxFall: I

class DolbyVision(TypedDict, total=False):
    Compatibility: S
    L6Metadata: X[DolbyVisionLevel6Metadata]
    L6Mode: S
    Mapping: S
    Profile: S

class DurationControl(TypedDict, total=False):
    IntegerDurationMaximumCompressionDenominator: I
    IntegerDurationMaximumCompressionNumerator: I
    IntegerDurationTrimThresholdMilliseconds: I

class Hdr10Plus(TypedDict, total=False):
    MasteringMonitorNits: I
    TargetMonitorNits: I

class NoiseReducerFilterSettings(TypedDict, total=False):
    Strength: I

class NoiseReducerSpatialFilterSettings(TypedDict, total=False):
    PostFilterSharpenStrength: I
    Speed: I
    Strength: I

class NoiseReducerTemporalFilterSettings(TypedDict, total=False):
    AggressiveMode: I
    PostTemporalSharpening: S
    PostTemporalSharpeningStrength: S
    Speed: I
    Strength: I

class NoiseReducer(TypedDict, total=False):
    Filter: S
    FilterSettings: X[NoiseReducerFilterSettings]
    SpatialFilterSettings: X[NoiseReducerSpatialFilterSettings]
    TemporalFilterSettings: X[NoiseReducerTemporalFilterSettings]

class NexGuardFileMarkerSettings(TypedDict, total=False):
    License: S
    Payload: I
    Preset: S
    Strength: S

class PartnerWatermarking(TypedDict, total=False):
    NexguardFileMarkerSettings: X[NexGuardFileMarkerSettings]

class TimecodeBurnin(TypedDict, total=False):
    FontSize: I
    Position: S
    Prefix: S

class VideoPreprocessor(TypedDict, total=False):
    ColorCorrector: X[ColorCorrector]
    Deinterlacer: X[Deinterlacer]
    DolbyVision: X[DolbyVision]
    DurationControl: X[DurationControl]
    Hdr10Plus: X[Hdr10Plus]
    ImageInserter: X[ImageInserter]
    NoiseReducer: X[NoiseReducer]
    PartnerWatermarking: X[PartnerWatermarking]
    TimecodeBurnin: X[TimecodeBurnin]

class VideoDescription(TypedDict, total=False):
    AfdSignaling: S
    AntiAlias: S
    ChromaPositionMode: S
    CodecSettings: X[VideoCodecSettings]
    ColorMetadata: S
    Crop: X[Rectangle]
    DropFrameTimecode: S
    DynamicMultiviewSettings: X[DynamicMultiviewSettings]
    FixedAfd: I
    Height: I
    Position: X[Rectangle]
    RespondToAfd: S
    ScalingBehavior: S
    Sharpness: I
    TimecodeInsertion: S
    TimecodeTrack: S
    VideoPreprocessors: X[VideoPreprocessor]
    Width: I

class Output(TypedDict, total=False):
    AudioDescriptions: L[Xi[AudioDescription]]
    CaptionDescriptions: L[Xi[CaptionDescription]]
    ContainerSettings: X[ContainerSettings]
    Extension: S
    NameModifier: S
    OutputSettings: X[OutputSettings]
    Preset: S
    VideoDescription: X[VideoDescription]

class OutputGroup(TypedDict, total=False):
    AutomatedEncodingSettings: X[AutomatedEncodingSettings]
    CustomName: S
    Name: S
    OutputGroupSettings: X[OutputGroupSettings]
    Outputs: L[Xi[Output]]

class TimecodeConfig(TypedDict, total=False):
    Anchor: S
    Source: S
    Start: S
    TimestampOffset: S

class Id3Insertion(TypedDict, total=False):
    Id3: S
    Timecode: S

class TimedMetadataInsertion(TypedDict, total=False):
    Id3Insertions: L[Xi[Id3Insertion]]

class JobSettings(TypedDict, total=False):
    AdAvailOffset: I
    AvailBlanking: X[AvailBlanking]
    ColorConversion3DLUTSettings: L[Xi[ColorConversion3DLUTSetting]]
    Esam: X[EsamSettings]
    ExtendedDataServices: X[ExtendedDataServices]
    FollowSource: I
    Inputs: L[Xi[Input]]
    KantarWatermark: X[KantarWatermarkSettings]
    MotionImageInserter: X[MotionImageInserter]
    MotionImageInserters: L[Xi[MotionImageInserter]]
    NielsenConfiguration: X[NielsenConfiguration]
    NielsenNonLinearWatermark: X[NielsenNonLinearWatermarkSettings]
    OutputGroups: L[Xi[OutputGroup]]
    TimecodeConfig: X[TimecodeConfig]
    TimedMetadataInsertion: X[TimedMetadataInsertion]

CreateJobParameters = TypedDict(
    "CreateJobParameters",
    {
        "AccelerationSettings": X[AccelerationSettings],
        "AccelerationSettings.$": str,
        "BillingTagsSource": S,
        "BillingTagsSource.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ElementalInferenceSettings": X[ElementalInferenceSettings],
        "ElementalInferenceSettings.$": str,
        "HopDestinations": L[Xi[HopDestination]],
        "HopDestinations.$": str,
        "JobEngineVersion": S,
        "JobEngineVersion.$": str,
        "JobTemplate": S,
        "JobTemplate.$": str,
        "Priority": I,
        "Priority.$": str,
        "Queue": S,
        "Queue.$": str,
        "Role": S,
        "Role.$": str,
        "Settings": X[JobSettings],
        "Settings.$": str,
        "SimulateReservedQueue": S,
        "SimulateReservedQueue.$": str,
        "StatusUpdateInterval": S,
        "StatusUpdateInterval.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "UserMetadata": M[S],
        "UserMetadata.$": str,
    },
    total=False,
)

class InputTemplate(TypedDict, total=False):
    AdvancedInputFilter: S
    AdvancedInputFilterSettings: X[AdvancedInputFilterSettings]
    AudioSelectorGroups: M[X[AudioSelectorGroup]]
    AudioSelectors: M[X[AudioSelector]]
    CaptionSelectors: M[X[CaptionSelector]]
    Crop: X[Rectangle]
    DeblockFilter: S
    DenoiseFilter: S
    DolbyVisionMetadataXml: S
    DynamicAudioSelectors: M[X[DynamicAudioSelector]]
    FilterEnable: S
    FilterStrength: I
    ImageInserter: X[ImageInserter]
    InputClippings: L[Xi[InputClipping]]
    InputScanType: S
    MultiViewSettings: L[Xi[MultiViewSettings]]
    Position: X[Rectangle]
    ProgramNumber: I
    PsiControl: S
    TimecodeSource: S
    TimecodeStart: S
    VideoOverlays: L[Xi[VideoOverlay]]
    VideoSelector: X[VideoSelector]

class JobTemplateSettings(TypedDict, total=False):
    AdAvailOffset: I
    AvailBlanking: X[AvailBlanking]
    ColorConversion3DLUTSettings: L[Xi[ColorConversion3DLUTSetting]]
    Esam: X[EsamSettings]
    ExtendedDataServices: X[ExtendedDataServices]
    FollowSource: I
    Inputs: L[Xi[InputTemplate]]
    KantarWatermark: X[KantarWatermarkSettings]
    MotionImageInserter: X[MotionImageInserter]
    MotionImageInserters: L[Xi[MotionImageInserter]]
    NielsenConfiguration: X[NielsenConfiguration]
    NielsenNonLinearWatermark: X[NielsenNonLinearWatermarkSettings]
    OutputGroups: L[Xi[OutputGroup]]
    TimecodeConfig: X[TimecodeConfig]
    TimedMetadataInsertion: X[TimedMetadataInsertion]

CreateJobTemplateParameters = TypedDict(
    "CreateJobTemplateParameters",
    {
        "AccelerationSettings": X[AccelerationSettings],
        "AccelerationSettings.$": str,
        "Category": S,
        "Category.$": str,
        "Description": S,
        "Description.$": str,
        "ElementalInferenceSettings": X[ElementalInferenceSettings],
        "ElementalInferenceSettings.$": str,
        "HopDestinations": L[Xi[HopDestination]],
        "HopDestinations.$": str,
        "Name": S,
        "Name.$": str,
        "Priority": I,
        "Priority.$": str,
        "Queue": S,
        "Queue.$": str,
        "Settings": X[JobTemplateSettings],
        "Settings.$": str,
        "StatusUpdateInterval": S,
        "StatusUpdateInterval.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CaptionDescriptionPreset(TypedDict, total=False):
    CustomLanguageCode: S
    DestinationSettings: X[CaptionDestinationSettings]
    LanguageCode: S
    LanguageDescription: S

class PresetSettings(TypedDict, total=False):
    AudioDescriptions: L[Xi[AudioDescription]]
    CaptionDescriptions: L[Xi[CaptionDescriptionPreset]]
    ContainerSettings: X[ContainerSettings]
    VideoDescription: X[VideoDescription]

CreatePresetParameters = TypedDict(
    "CreatePresetParameters",
    {
        "Category": S,
        "Category.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Settings": X[PresetSettings],
        "Settings.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ReservationPlanSettings(TypedDict, total=False):
    Commitment: S
    RenewalType: S
    ReservedSlots: I

CreateQueueParameters = TypedDict(
    "CreateQueueParameters",
    {
        "ConcurrentJobs": I,
        "ConcurrentJobs.$": str,
        "Description": S,
        "Description.$": str,
        "MaximumConcurrentFeeds": I,
        "MaximumConcurrentFeeds.$": str,
        "Name": S,
        "Name.$": str,
        "PricingPlan": S,
        "PricingPlan.$": str,
        "ReservationPlanSettings": X[ReservationPlanSettings],
        "ReservationPlanSettings.$": str,
        "Status": S,
        "Status.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateResourceShareParameters = TypedDict(
    "CreateResourceShareParameters",
    {"JobId": S, "JobId.$": str, "SupportCaseId": S, "SupportCaseId.$": str},
    total=False,
)
DeleteJobTemplateParameters = TypedDict(
    "DeleteJobTemplateParameters", {"Name": S, "Name.$": str}, total=False
)

class DeletePolicyParameters(TypedDict, total=False): ...

DeletePresetParameters = TypedDict(
    "DeletePresetParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteQueueParameters = TypedDict("DeleteQueueParameters", {"Name": S, "Name.$": str}, total=False)
DescribeEndpointsParameters = TypedDict(
    "DescribeEndpointsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "Mode": S,
        "Mode.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DisassociateCertificateParameters = TypedDict(
    "DisassociateCertificateParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetJobParameters = TypedDict("GetJobParameters", {"Id": S, "Id.$": str}, total=False)
GetJobTemplateParameters = TypedDict(
    "GetJobTemplateParameters", {"Name": S, "Name.$": str}, total=False
)
GetJobsQueryResultsParameters = TypedDict(
    "GetJobsQueryResultsParameters", {"Id": S, "Id.$": str}, total=False
)

class GetPolicyParameters(TypedDict, total=False): ...

GetPresetParameters = TypedDict("GetPresetParameters", {"Name": S, "Name.$": str}, total=False)
GetQueueParameters = TypedDict("GetQueueParameters", {"Name": S, "Name.$": str}, total=False)
ListJobTemplatesParameters = TypedDict(
    "ListJobTemplatesParameters",
    {
        "Category": S,
        "Category.$": str,
        "ListBy": S,
        "ListBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Order": S,
        "Order.$": str,
    },
    total=False,
)
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Order": S,
        "Order.$": str,
        "Queue": S,
        "Queue.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListPresetsParameters = TypedDict(
    "ListPresetsParameters",
    {
        "Category": S,
        "Category.$": str,
        "ListBy": S,
        "ListBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Order": S,
        "Order.$": str,
    },
    total=False,
)
ListQueuesParameters = TypedDict(
    "ListQueuesParameters",
    {
        "ListBy": S,
        "ListBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Order": S,
        "Order.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Arn": S, "Arn.$": str}, total=False
)
ListVersionsParameters = TypedDict(
    "ListVersionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class ProbeInputFile(TypedDict, total=False):
    FileUrl: S

ProbeParameters = TypedDict(
    "ProbeParameters", {"InputFiles": L[Xi[ProbeInputFile]], "InputFiles.$": str}, total=False
)

class Policy(TypedDict, total=False):
    HttpInputs: S
    HttpsInputs: S
    S3Inputs: S

PutPolicyParameters = TypedDict(
    "PutPolicyParameters", {"Policy": X[Policy], "Policy.$": str}, total=False
)
SearchJobsParameters = TypedDict(
    "SearchJobsParameters",
    {
        "InputFile": S,
        "InputFile.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Order": S,
        "Order.$": str,
        "Queue": S,
        "Queue.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)

class JobsQueryFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

StartJobsQueryParameters = TypedDict(
    "StartJobsQueryParameters",
    {
        "FilterList": L[Xi[JobsQueryFilter]],
        "FilterList.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Order": S,
        "Order.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters", {"Arn": S, "Arn.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateJobTemplateParameters = TypedDict(
    "UpdateJobTemplateParameters",
    {
        "AccelerationSettings": X[AccelerationSettings],
        "AccelerationSettings.$": str,
        "Category": S,
        "Category.$": str,
        "Description": S,
        "Description.$": str,
        "ElementalInferenceSettings": X[ElementalInferenceSettings],
        "ElementalInferenceSettings.$": str,
        "HopDestinations": L[Xi[HopDestination]],
        "HopDestinations.$": str,
        "Name": S,
        "Name.$": str,
        "Priority": I,
        "Priority.$": str,
        "Queue": S,
        "Queue.$": str,
        "Settings": X[JobTemplateSettings],
        "Settings.$": str,
        "StatusUpdateInterval": S,
        "StatusUpdateInterval.$": str,
    },
    total=False,
)
UpdatePresetParameters = TypedDict(
    "UpdatePresetParameters",
    {
        "Category": S,
        "Category.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Settings": X[PresetSettings],
        "Settings.$": str,
    },
    total=False,
)
UpdateQueueParameters = TypedDict(
    "UpdateQueueParameters",
    {
        "ConcurrentJobs": I,
        "ConcurrentJobs.$": str,
        "Description": S,
        "Description.$": str,
        "MaximumConcurrentFeeds": I,
        "MaximumConcurrentFeeds.$": str,
        "Name": S,
        "Name.$": str,
        "ReservationPlanSettings": X[ReservationPlanSettings],
        "ReservationPlanSettings.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
associate_certificate: Builder[AssociateCertificateParameters]
cancel_job: Builder[CancelJobParameters]
create_job: Builder[CreateJobParameters]
create_job_template: Builder[CreateJobTemplateParameters]
create_preset: Builder[CreatePresetParameters]
create_queue: Builder[CreateQueueParameters]
create_resource_share: Builder[CreateResourceShareParameters]
delete_job_template: Builder[DeleteJobTemplateParameters]
delete_policy: Builder[DeletePolicyParameters]
delete_preset: Builder[DeletePresetParameters]
delete_queue: Builder[DeleteQueueParameters]
describe_endpoints: Builder[DescribeEndpointsParameters]
disassociate_certificate: Builder[DisassociateCertificateParameters]
get_job: Builder[GetJobParameters]
get_job_template: Builder[GetJobTemplateParameters]
get_jobs_query_results: Builder[GetJobsQueryResultsParameters]
get_policy: Builder[GetPolicyParameters]
get_preset: Builder[GetPresetParameters]
get_queue: Builder[GetQueueParameters]
list_job_templates: Builder[ListJobTemplatesParameters]
list_jobs: Builder[ListJobsParameters]
list_presets: Builder[ListPresetsParameters]
list_queues: Builder[ListQueuesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_versions: Builder[ListVersionsParameters]
probe: Builder[ProbeParameters]
put_policy: Builder[PutPolicyParameters]
search_jobs: Builder[SearchJobsParameters]
start_jobs_query: Builder[StartJobsQueryParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_job_template: Builder[UpdateJobTemplateParameters]
update_preset: Builder[UpdatePresetParameters]
update_queue: Builder[UpdateQueueParameters]

__all__ = [
    "associate_certificate",
    "cancel_job",
    "create_job",
    "create_job_template",
    "create_preset",
    "create_queue",
    "create_resource_share",
    "delete_job_template",
    "delete_policy",
    "delete_preset",
    "delete_queue",
    "describe_endpoints",
    "disassociate_certificate",
    "get_job",
    "get_job_template",
    "get_jobs_query_results",
    "get_policy",
    "get_preset",
    "get_queue",
    "list_job_templates",
    "list_jobs",
    "list_presets",
    "list_queues",
    "list_tags_for_resource",
    "list_versions",
    "probe",
    "put_policy",
    "search_jobs",
    "start_jobs_query",
    "tag_resource",
    "untag_resource",
    "update_job_template",
    "update_preset",
    "update_queue",
]
