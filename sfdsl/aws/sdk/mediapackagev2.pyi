"""Typed builders of the AWS SDK integration of mediapackagev2 (``aws-sdk:mediapackagev2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

CancelHarvestJobParameters = TypedDict(
    "CancelHarvestJobParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "OriginEndpointName": S,
        "OriginEndpointName.$": str,
        "HarvestJobName": S,
        "HarvestJobName.$": str,
        "ETag": S,
        "ETag.$": str,
    },
    total=False,
)

class InputSwitchConfiguration(TypedDict, total=False):
    MqcsInputSwitching: B
    PreferredInput: I

class OutputHeaderConfiguration(TypedDict, total=False):
    PublishMQCS: B

class MultiviewConfiguration(TypedDict, total=False):
    AvailableSources: L[Si]
    AvailableLayouts: L[Si]

CreateChannelParameters = TypedDict(
    "CreateChannelParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "InputType": S,
        "InputType.$": str,
        "Description": S,
        "Description.$": str,
        "InputSwitchConfiguration": X[InputSwitchConfiguration],
        "InputSwitchConfiguration.$": str,
        "OutputHeaderConfiguration": X[OutputHeaderConfiguration],
        "OutputHeaderConfiguration.$": str,
        "MultiviewConfiguration": X[MultiviewConfiguration],
        "MultiviewConfiguration.$": str,
        "OutputLockingMode": S,
        "OutputLockingMode.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateChannelGroupParameters = TypedDict(
    "CreateChannelGroupParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class HarvestedHlsManifest(TypedDict, total=False):
    ManifestName: S

class HarvestedDashManifest(TypedDict, total=False):
    ManifestName: S

class HarvestedLowLatencyHlsManifest(TypedDict, total=False):
    ManifestName: S

class HarvestedManifests(TypedDict, total=False):
    HlsManifests: L[Xi[HarvestedHlsManifest]]
    DashManifests: L[Xi[HarvestedDashManifest]]
    LowLatencyHlsManifests: L[Xi[HarvestedLowLatencyHlsManifest]]

class HarvesterScheduleConfiguration(TypedDict, total=False):
    StartTime: T
    EndTime: T

class S3DestinationConfig(TypedDict, total=False):
    BucketName: S
    DestinationPath: S

class Destination(TypedDict, total=False):
    S3Destination: X[S3DestinationConfig]

CreateHarvestJobParameters = TypedDict(
    "CreateHarvestJobParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "OriginEndpointName": S,
        "OriginEndpointName.$": str,
        "Description": S,
        "Description.$": str,
        "HarvestedManifests": X[HarvestedManifests],
        "HarvestedManifests.$": str,
        "ScheduleConfiguration": X[HarvesterScheduleConfiguration],
        "ScheduleConfiguration.$": str,
        "Destination": X[Destination],
        "Destination.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "HarvestJobName": S,
        "HarvestJobName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Scte(TypedDict, total=False):
    ScteFilter: L[Si]
    ScteInSegments: S
    CustomAdTypes: L[Si]

class EncryptionMethod(TypedDict, total=False):
    TsEncryptionMethod: S
    CmafEncryptionMethod: S
    IsmEncryptionMethod: S

class EncryptionContractConfiguration(TypedDict, total=False):
    PresetSpeke20Audio: S
    PresetSpeke20Video: S

class ContentKeyPeriodConfiguration(TypedDict, total=False):
    ContentKeyPeriodTiming: S

class SpekeKeyProvider(TypedDict, total=False):
    EncryptionContractConfiguration: X[EncryptionContractConfiguration]
    ResourceId: S
    DrmSystems: L[Si]
    RoleArn: S
    Url: S
    CertificateArn: S
    SpekeVersion: S
    ContentKeyPeriodConfiguration: X[ContentKeyPeriodConfiguration]

class Encryption(TypedDict, total=False):
    ConstantInitializationVector: S
    EncryptionMethod: X[EncryptionMethod]
    KeyRotationIntervalSeconds: I
    CmafExcludeSegmentDrmMetadata: B
    SpekeKeyProvider: X[SpekeKeyProvider]

class Segment(TypedDict, total=False):
    SegmentDurationSeconds: I
    SegmentName: S
    TsUseAudioRenditionGroup: B
    IncludeIframeOnlyStreams: B
    TsIncludeDvbSubtitles: B
    Scte: X[Scte]
    Encryption: X[Encryption]
    OutputTimestampMode: S

class ScteHls(TypedDict, total=False):
    AdMarkerHls: S
    ScteInManifests: S

class StartTag(TypedDict, total=False):
    TimeOffset: F
    Precise: B

class MultiviewFilterConfiguration(TypedDict, total=False):
    Layout: S
    Sources: L[Si]

class FilterConfiguration(TypedDict, total=False):
    ManifestFilter: S
    DrmSettings: S
    Start: T
    End: T
    TimeDelaySeconds: I
    ClipStartTime: T
    Multiview: X[MultiviewFilterConfiguration]

class CreateHlsManifestConfiguration(TypedDict, total=False):
    ManifestName: S
    ChildManifestName: S
    ScteHls: X[ScteHls]
    StartTag: X[StartTag]
    ManifestWindowSeconds: I
    ProgramDateTimeIntervalSeconds: I
    FilterConfiguration: X[FilterConfiguration]
    UrlEncodeChildManifest: B
    UriPathType: S

class CreateLowLatencyHlsManifestConfiguration(TypedDict, total=False):
    ManifestName: S
    ChildManifestName: S
    ScteHls: X[ScteHls]
    StartTag: X[StartTag]
    ManifestWindowSeconds: I
    ProgramDateTimeIntervalSeconds: I
    FilterConfiguration: X[FilterConfiguration]
    UrlEncodeChildManifest: B
    UriPathType: S

class ScteDash(TypedDict, total=False):
    AdMarkerDash: S
    ScteInManifests: S

class DashUtcTiming(TypedDict, total=False):
    TimingMode: S
    TimingSource: S

class DashBaseUrl(TypedDict, total=False):
    Url: S
    ServiceLocation: S
    DvbPriority: I
    DvbWeight: I

class DashProgramInformation(TypedDict, total=False):
    Title: S
    Source: S
    Copyright: S
    LanguageCode: S
    MoreInformationUrl: S

class DashDvbFontDownload(TypedDict, total=False):
    Url: S
    MimeType: S
    FontFamily: S

class DashDvbMetricsReporting(TypedDict, total=False):
    ReportingUrl: S
    Probability: I

class DashDvbSettings(TypedDict, total=False):
    FontDownload: X[DashDvbFontDownload]
    ErrorMetrics: L[Xi[DashDvbMetricsReporting]]

class DashTtmlConfiguration(TypedDict, total=False):
    TtmlProfile: S

class DashSubtitleConfiguration(TypedDict, total=False):
    TtmlConfiguration: X[DashTtmlConfiguration]

class DashAvailabilityStartTimeConfiguration(TypedDict, total=False):
    FixedAvailabilityStartTime: T

class CreateDashManifestConfiguration(TypedDict, total=False):
    ManifestName: S
    ManifestWindowSeconds: I
    FilterConfiguration: X[FilterConfiguration]
    MinUpdatePeriodSeconds: I
    MinBufferTimeSeconds: I
    SuggestedPresentationDelaySeconds: I
    SegmentTemplateFormat: S
    PeriodTriggers: L[Si]
    ScteDash: X[ScteDash]
    DrmSignaling: S
    UtcTiming: X[DashUtcTiming]
    Profiles: L[Si]
    BaseUrls: L[Xi[DashBaseUrl]]
    ProgramInformation: X[DashProgramInformation]
    DvbSettings: X[DashDvbSettings]
    Compactness: S
    BandwidthReportingMode: S
    AudioTimelinePattern: S
    SubtitleConfiguration: X[DashSubtitleConfiguration]
    UriPathType: S
    AvailabilityStartTimeConfiguration: X[DashAvailabilityStartTimeConfiguration]

class CreateMssManifestConfiguration(TypedDict, total=False):
    ManifestName: S
    ManifestWindowSeconds: I
    FilterConfiguration: X[FilterConfiguration]
    ManifestLayout: S

class ForceEndpointErrorConfiguration(TypedDict, total=False):
    EndpointErrorConditions: L[Si]

CreateOriginEndpointParameters = TypedDict(
    "CreateOriginEndpointParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "OriginEndpointName": S,
        "OriginEndpointName.$": str,
        "ContainerType": S,
        "ContainerType.$": str,
        "Segment": X[Segment],
        "Segment.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "StartoverWindowSeconds": I,
        "StartoverWindowSeconds.$": str,
        "HlsManifests": L[Xi[CreateHlsManifestConfiguration]],
        "HlsManifests.$": str,
        "LowLatencyHlsManifests": L[Xi[CreateLowLatencyHlsManifestConfiguration]],
        "LowLatencyHlsManifests.$": str,
        "DashManifests": L[Xi[CreateDashManifestConfiguration]],
        "DashManifests.$": str,
        "MssManifests": L[Xi[CreateMssManifestConfiguration]],
        "MssManifests.$": str,
        "ForceEndpointErrorConfiguration": X[ForceEndpointErrorConfiguration],
        "ForceEndpointErrorConfiguration.$": str,
        "UriSeparator": S,
        "UriSeparator.$": str,
        "StreamNameOutputMode": S,
        "StreamNameOutputMode.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteChannelParameters = TypedDict(
    "DeleteChannelParameters",
    {"ChannelGroupName": S, "ChannelGroupName.$": str, "ChannelName": S, "ChannelName.$": str},
    total=False,
)
DeleteChannelGroupParameters = TypedDict(
    "DeleteChannelGroupParameters", {"ChannelGroupName": S, "ChannelGroupName.$": str}, total=False
)
DeleteChannelPolicyParameters = TypedDict(
    "DeleteChannelPolicyParameters",
    {"ChannelGroupName": S, "ChannelGroupName.$": str, "ChannelName": S, "ChannelName.$": str},
    total=False,
)
DeleteOriginEndpointParameters = TypedDict(
    "DeleteOriginEndpointParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "OriginEndpointName": S,
        "OriginEndpointName.$": str,
    },
    total=False,
)
DeleteOriginEndpointPolicyParameters = TypedDict(
    "DeleteOriginEndpointPolicyParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "OriginEndpointName": S,
        "OriginEndpointName.$": str,
    },
    total=False,
)
GetChannelParameters = TypedDict(
    "GetChannelParameters",
    {"ChannelGroupName": S, "ChannelGroupName.$": str, "ChannelName": S, "ChannelName.$": str},
    total=False,
)
GetChannelGroupParameters = TypedDict(
    "GetChannelGroupParameters", {"ChannelGroupName": S, "ChannelGroupName.$": str}, total=False
)
GetChannelPolicyParameters = TypedDict(
    "GetChannelPolicyParameters",
    {"ChannelGroupName": S, "ChannelGroupName.$": str, "ChannelName": S, "ChannelName.$": str},
    total=False,
)
GetHarvestJobParameters = TypedDict(
    "GetHarvestJobParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "OriginEndpointName": S,
        "OriginEndpointName.$": str,
        "HarvestJobName": S,
        "HarvestJobName.$": str,
    },
    total=False,
)
GetOriginEndpointParameters = TypedDict(
    "GetOriginEndpointParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "OriginEndpointName": S,
        "OriginEndpointName.$": str,
    },
    total=False,
)
GetOriginEndpointPolicyParameters = TypedDict(
    "GetOriginEndpointPolicyParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "OriginEndpointName": S,
        "OriginEndpointName.$": str,
    },
    total=False,
)
ListChannelGroupsParameters = TypedDict(
    "ListChannelGroupsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListChannelsParameters = TypedDict(
    "ListChannelsParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListHarvestJobsParameters = TypedDict(
    "ListHarvestJobsParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "OriginEndpointName": S,
        "OriginEndpointName.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListOriginEndpointsParameters = TypedDict(
    "ListOriginEndpointsParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
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
PutChannelPolicyParameters = TypedDict(
    "PutChannelPolicyParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "Policy": S,
        "Policy.$": str,
    },
    total=False,
)

class CdnAuthConfiguration(TypedDict, total=False):
    CdnIdentifierSecretArns: L[Si]
    SecretsRoleArn: S

PutOriginEndpointPolicyParameters = TypedDict(
    "PutOriginEndpointPolicyParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "OriginEndpointName": S,
        "OriginEndpointName.$": str,
        "Policy": S,
        "Policy.$": str,
        "CdnAuthConfiguration": X[CdnAuthConfiguration],
        "CdnAuthConfiguration.$": str,
    },
    total=False,
)
ResetChannelStateParameters = TypedDict(
    "ResetChannelStateParameters",
    {"ChannelGroupName": S, "ChannelGroupName.$": str, "ChannelName": S, "ChannelName.$": str},
    total=False,
)
ResetOriginEndpointStateParameters = TypedDict(
    "ResetOriginEndpointStateParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "OriginEndpointName": S,
        "OriginEndpointName.$": str,
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
UpdateChannelParameters = TypedDict(
    "UpdateChannelParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "ETag": S,
        "ETag.$": str,
        "Description": S,
        "Description.$": str,
        "InputSwitchConfiguration": X[InputSwitchConfiguration],
        "InputSwitchConfiguration.$": str,
        "OutputHeaderConfiguration": X[OutputHeaderConfiguration],
        "OutputHeaderConfiguration.$": str,
        "MultiviewConfiguration": X[MultiviewConfiguration],
        "MultiviewConfiguration.$": str,
    },
    total=False,
)
UpdateChannelGroupParameters = TypedDict(
    "UpdateChannelGroupParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ETag": S,
        "ETag.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateOriginEndpointParameters = TypedDict(
    "UpdateOriginEndpointParameters",
    {
        "ChannelGroupName": S,
        "ChannelGroupName.$": str,
        "ChannelName": S,
        "ChannelName.$": str,
        "OriginEndpointName": S,
        "OriginEndpointName.$": str,
        "ContainerType": S,
        "ContainerType.$": str,
        "Segment": X[Segment],
        "Segment.$": str,
        "Description": S,
        "Description.$": str,
        "StartoverWindowSeconds": I,
        "StartoverWindowSeconds.$": str,
        "HlsManifests": L[Xi[CreateHlsManifestConfiguration]],
        "HlsManifests.$": str,
        "LowLatencyHlsManifests": L[Xi[CreateLowLatencyHlsManifestConfiguration]],
        "LowLatencyHlsManifests.$": str,
        "DashManifests": L[Xi[CreateDashManifestConfiguration]],
        "DashManifests.$": str,
        "MssManifests": L[Xi[CreateMssManifestConfiguration]],
        "MssManifests.$": str,
        "ForceEndpointErrorConfiguration": X[ForceEndpointErrorConfiguration],
        "ForceEndpointErrorConfiguration.$": str,
        "UriSeparator": S,
        "UriSeparator.$": str,
        "StreamNameOutputMode": S,
        "StreamNameOutputMode.$": str,
        "ETag": S,
        "ETag.$": str,
    },
    total=False,
)
cancel_harvest_job: Builder[CancelHarvestJobParameters]
create_channel: Builder[CreateChannelParameters]
create_channel_group: Builder[CreateChannelGroupParameters]
create_harvest_job: Builder[CreateHarvestJobParameters]
create_origin_endpoint: Builder[CreateOriginEndpointParameters]
delete_channel: Builder[DeleteChannelParameters]
delete_channel_group: Builder[DeleteChannelGroupParameters]
delete_channel_policy: Builder[DeleteChannelPolicyParameters]
delete_origin_endpoint: Builder[DeleteOriginEndpointParameters]
delete_origin_endpoint_policy: Builder[DeleteOriginEndpointPolicyParameters]
get_channel: Builder[GetChannelParameters]
get_channel_group: Builder[GetChannelGroupParameters]
get_channel_policy: Builder[GetChannelPolicyParameters]
get_harvest_job: Builder[GetHarvestJobParameters]
get_origin_endpoint: Builder[GetOriginEndpointParameters]
get_origin_endpoint_policy: Builder[GetOriginEndpointPolicyParameters]
list_channel_groups: Builder[ListChannelGroupsParameters]
list_channels: Builder[ListChannelsParameters]
list_harvest_jobs: Builder[ListHarvestJobsParameters]
list_origin_endpoints: Builder[ListOriginEndpointsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_channel_policy: Builder[PutChannelPolicyParameters]
put_origin_endpoint_policy: Builder[PutOriginEndpointPolicyParameters]
reset_channel_state: Builder[ResetChannelStateParameters]
reset_origin_endpoint_state: Builder[ResetOriginEndpointStateParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_channel: Builder[UpdateChannelParameters]
update_channel_group: Builder[UpdateChannelGroupParameters]
update_origin_endpoint: Builder[UpdateOriginEndpointParameters]

__all__ = [
    "cancel_harvest_job",
    "create_channel",
    "create_channel_group",
    "create_harvest_job",
    "create_origin_endpoint",
    "delete_channel",
    "delete_channel_group",
    "delete_channel_policy",
    "delete_origin_endpoint",
    "delete_origin_endpoint_policy",
    "get_channel",
    "get_channel_group",
    "get_channel_policy",
    "get_harvest_job",
    "get_origin_endpoint",
    "get_origin_endpoint_policy",
    "list_channel_groups",
    "list_channels",
    "list_harvest_jobs",
    "list_origin_endpoints",
    "list_tags_for_resource",
    "put_channel_policy",
    "put_origin_endpoint_policy",
    "reset_channel_state",
    "reset_origin_endpoint_state",
    "tag_resource",
    "untag_resource",
    "update_channel",
    "update_channel_group",
    "update_origin_endpoint",
]
