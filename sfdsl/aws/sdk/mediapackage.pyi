"""Typed builders of the AWS SDK integration of mediapackage (``aws-sdk:mediapackage:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class EgressAccessLogs(TypedDict, total=False):
    LogGroupName: S

class IngressAccessLogs(TypedDict, total=False):
    LogGroupName: S

ConfigureLogsParameters = TypedDict(
    "ConfigureLogsParameters",
    {
        "EgressAccessLogs": X[EgressAccessLogs],
        "EgressAccessLogs.$": str,
        "Id": S,
        "Id.$": str,
        "IngressAccessLogs": X[IngressAccessLogs],
        "IngressAccessLogs.$": str,
    },
    total=False,
)
CreateChannelParameters = TypedDict(
    "CreateChannelParameters",
    {"Description": S, "Description.$": str, "Id": S, "Id.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)

class S3Destination(TypedDict, total=False):
    BucketName: S
    ManifestKey: S
    RoleArn: S

CreateHarvestJobParameters = TypedDict(
    "CreateHarvestJobParameters",
    {
        "EndTime": S,
        "EndTime.$": str,
        "Id": S,
        "Id.$": str,
        "OriginEndpointId": S,
        "OriginEndpointId.$": str,
        "S3Destination": X[S3Destination],
        "S3Destination.$": str,
        "StartTime": S,
        "StartTime.$": str,
    },
    total=False,
)

class Authorization(TypedDict, total=False):
    CdnIdentifierSecret: S
    SecretsRoleArn: S

class EncryptionContractConfiguration(TypedDict, total=False):
    PresetSpeke20Audio: S
    PresetSpeke20Video: S

class SpekeKeyProvider(TypedDict, total=False):
    CertificateArn: S
    EncryptionContractConfiguration: X[EncryptionContractConfiguration]
    ResourceId: S
    RoleArn: S
    SystemIds: L[Si]
    Url: S

class CmafEncryption(TypedDict, total=False):
    ConstantInitializationVector: S
    EncryptionMethod: S
    KeyRotationIntervalSeconds: I
    SpekeKeyProvider: X[SpekeKeyProvider]

class HlsManifestCreateOrUpdateParameters(TypedDict, total=False):
    AdMarkers: S
    AdTriggers: L[Si]
    AdsOnDeliveryRestrictions: S
    Id: S
    IncludeIframeOnlyStream: B
    ManifestName: S
    PlaylistType: S
    PlaylistWindowSeconds: I
    ProgramDateTimeIntervalSeconds: I

class StreamSelection(TypedDict, total=False):
    MaxVideoBitsPerSecond: I
    MinVideoBitsPerSecond: I
    StreamOrder: S

class CmafPackageCreateOrUpdateParameters(TypedDict, total=False):
    Encryption: X[CmafEncryption]
    HlsManifests: L[Xi[HlsManifestCreateOrUpdateParameters]]
    SegmentDurationSeconds: I
    SegmentPrefix: S
    StreamSelection: X[StreamSelection]

class DashEncryption(TypedDict, total=False):
    KeyRotationIntervalSeconds: I
    SpekeKeyProvider: X[SpekeKeyProvider]

class DashPackage(TypedDict, total=False):
    AdTriggers: L[Si]
    AdsOnDeliveryRestrictions: S
    Encryption: X[DashEncryption]
    IncludeIframeOnlyStream: B
    ManifestLayout: S
    ManifestWindowSeconds: I
    MinBufferTimeSeconds: I
    MinUpdatePeriodSeconds: I
    PeriodTriggers: L[Si]
    Profile: S
    SegmentDurationSeconds: I
    SegmentTemplateFormat: S
    StreamSelection: X[StreamSelection]
    SuggestedPresentationDelaySeconds: I
    UtcTiming: S
    UtcTimingUri: S

class HlsEncryption(TypedDict, total=False):
    ConstantInitializationVector: S
    EncryptionMethod: S
    KeyRotationIntervalSeconds: I
    RepeatExtXKey: B
    SpekeKeyProvider: X[SpekeKeyProvider]

class HlsPackage(TypedDict, total=False):
    AdMarkers: S
    AdTriggers: L[Si]
    AdsOnDeliveryRestrictions: S
    Encryption: X[HlsEncryption]
    IncludeDvbSubtitles: B
    IncludeIframeOnlyStream: B
    PlaylistType: S
    PlaylistWindowSeconds: I
    ProgramDateTimeIntervalSeconds: I
    SegmentDurationSeconds: I
    StreamSelection: X[StreamSelection]
    UseAudioRenditionGroup: B

class MssEncryption(TypedDict, total=False):
    SpekeKeyProvider: X[SpekeKeyProvider]

class MssPackage(TypedDict, total=False):
    Encryption: X[MssEncryption]
    ManifestWindowSeconds: I
    SegmentDurationSeconds: I
    StreamSelection: X[StreamSelection]

CreateOriginEndpointParameters = TypedDict(
    "CreateOriginEndpointParameters",
    {
        "Authorization": X[Authorization],
        "Authorization.$": str,
        "ChannelId": S,
        "ChannelId.$": str,
        "CmafPackage": X[CmafPackageCreateOrUpdateParameters],
        "CmafPackage.$": str,
        "DashPackage": X[DashPackage],
        "DashPackage.$": str,
        "Description": S,
        "Description.$": str,
        "HlsPackage": X[HlsPackage],
        "HlsPackage.$": str,
        "Id": S,
        "Id.$": str,
        "ManifestName": S,
        "ManifestName.$": str,
        "MssPackage": X[MssPackage],
        "MssPackage.$": str,
        "Origination": S,
        "Origination.$": str,
        "StartoverWindowSeconds": I,
        "StartoverWindowSeconds.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TimeDelaySeconds": I,
        "TimeDelaySeconds.$": str,
        "Whitelist": L[Si],
        "Whitelist.$": str,
    },
    total=False,
)
DeleteChannelParameters = TypedDict("DeleteChannelParameters", {"Id": S, "Id.$": str}, total=False)
DeleteOriginEndpointParameters = TypedDict(
    "DeleteOriginEndpointParameters", {"Id": S, "Id.$": str}, total=False
)
DescribeChannelParameters = TypedDict(
    "DescribeChannelParameters", {"Id": S, "Id.$": str}, total=False
)
DescribeHarvestJobParameters = TypedDict(
    "DescribeHarvestJobParameters", {"Id": S, "Id.$": str}, total=False
)
DescribeOriginEndpointParameters = TypedDict(
    "DescribeOriginEndpointParameters", {"Id": S, "Id.$": str}, total=False
)
ListChannelsParameters = TypedDict(
    "ListChannelsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListHarvestJobsParameters = TypedDict(
    "ListHarvestJobsParameters",
    {
        "IncludeChannelId": S,
        "IncludeChannelId.$": str,
        "IncludeStatus": S,
        "IncludeStatus.$": str,
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
        "ChannelId": S,
        "ChannelId.$": str,
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
RotateIngestEndpointCredentialsParameters = TypedDict(
    "RotateIngestEndpointCredentialsParameters",
    {"Id": S, "Id.$": str, "IngestEndpointId": S, "IngestEndpointId.$": str},
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
    {"Description": S, "Description.$": str, "Id": S, "Id.$": str},
    total=False,
)
UpdateOriginEndpointParameters = TypedDict(
    "UpdateOriginEndpointParameters",
    {
        "Authorization": X[Authorization],
        "Authorization.$": str,
        "CmafPackage": X[CmafPackageCreateOrUpdateParameters],
        "CmafPackage.$": str,
        "DashPackage": X[DashPackage],
        "DashPackage.$": str,
        "Description": S,
        "Description.$": str,
        "HlsPackage": X[HlsPackage],
        "HlsPackage.$": str,
        "Id": S,
        "Id.$": str,
        "ManifestName": S,
        "ManifestName.$": str,
        "MssPackage": X[MssPackage],
        "MssPackage.$": str,
        "Origination": S,
        "Origination.$": str,
        "StartoverWindowSeconds": I,
        "StartoverWindowSeconds.$": str,
        "TimeDelaySeconds": I,
        "TimeDelaySeconds.$": str,
        "Whitelist": L[Si],
        "Whitelist.$": str,
    },
    total=False,
)
configure_logs: Builder[ConfigureLogsParameters]
create_channel: Builder[CreateChannelParameters]
create_harvest_job: Builder[CreateHarvestJobParameters]
create_origin_endpoint: Builder[CreateOriginEndpointParameters]
delete_channel: Builder[DeleteChannelParameters]
delete_origin_endpoint: Builder[DeleteOriginEndpointParameters]
describe_channel: Builder[DescribeChannelParameters]
describe_harvest_job: Builder[DescribeHarvestJobParameters]
describe_origin_endpoint: Builder[DescribeOriginEndpointParameters]
list_channels: Builder[ListChannelsParameters]
list_harvest_jobs: Builder[ListHarvestJobsParameters]
list_origin_endpoints: Builder[ListOriginEndpointsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
rotate_ingest_endpoint_credentials: Builder[RotateIngestEndpointCredentialsParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_channel: Builder[UpdateChannelParameters]
update_origin_endpoint: Builder[UpdateOriginEndpointParameters]

__all__ = [
    "configure_logs",
    "create_channel",
    "create_harvest_job",
    "create_origin_endpoint",
    "delete_channel",
    "delete_origin_endpoint",
    "describe_channel",
    "describe_harvest_job",
    "describe_origin_endpoint",
    "list_channels",
    "list_harvest_jobs",
    "list_origin_endpoints",
    "list_tags_for_resource",
    "rotate_ingest_endpoint_credentials",
    "tag_resource",
    "untag_resource",
    "update_channel",
    "update_origin_endpoint",
]
