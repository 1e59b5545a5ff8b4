"""Typed builders of the AWS SDK integration of mediapackagevod (``aws-sdk:mediapackagevod:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class EgressAccessLogs(TypedDict, total=False):
    LogGroupName: S

ConfigureLogsParameters = TypedDict(
    "ConfigureLogsParameters",
    {"EgressAccessLogs": X[EgressAccessLogs], "EgressAccessLogs.$": str, "Id": S, "Id.$": str},
    total=False,
)
CreateAssetParameters = TypedDict(
    "CreateAssetParameters",
    {
        "Id": S,
        "Id.$": str,
        "PackagingGroupId": S,
        "PackagingGroupId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "SourceRoleArn": S,
        "SourceRoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class EncryptionContractConfiguration(TypedDict, total=False):
    PresetSpeke20Audio: S
    PresetSpeke20Video: S

class SpekeKeyProvider(TypedDict, total=False):
    EncryptionContractConfiguration: X[EncryptionContractConfiguration]
    RoleArn: S
    SystemIds: L[Si]
    Url: S

class CmafEncryption(TypedDict, total=False):
    ConstantInitializationVector: S
    SpekeKeyProvider: X[SpekeKeyProvider]

class StreamSelection(TypedDict, total=False):
    MaxVideoBitsPerSecond: I
    MinVideoBitsPerSecond: I
    StreamOrder: S

class HlsManifest(TypedDict, total=False):
    AdMarkers: S
    IncludeIframeOnlyStream: B
    ManifestName: S
    ProgramDateTimeIntervalSeconds: I
    RepeatExtXKey: B
    StreamSelection: X[StreamSelection]

class CmafPackage(TypedDict, total=False):
    Encryption: X[CmafEncryption]
    HlsManifests: L[Xi[HlsManifest]]
    IncludeEncoderConfigurationInSegments: B
    SegmentDurationSeconds: I

class DashManifest(TypedDict, total=False):
    ManifestLayout: S
    ManifestName: S
    MinBufferTimeSeconds: I
    Profile: S
    ScteMarkersSource: S
    StreamSelection: X[StreamSelection]

class DashEncryption(TypedDict, total=False):
    SpekeKeyProvider: X[SpekeKeyProvider]

class DashPackage(TypedDict, total=False):
    DashManifests: L[Xi[DashManifest]]
    Encryption: X[DashEncryption]
    IncludeEncoderConfigurationInSegments: B
    IncludeIframeOnlyStream: B
    PeriodTriggers: L[Si]
    SegmentDurationSeconds: I
    SegmentTemplateFormat: S

class HlsEncryption(TypedDict, total=False):
    ConstantInitializationVector: S
    EncryptionMethod: S
    SpekeKeyProvider: X[SpekeKeyProvider]

class HlsPackage(TypedDict, total=False):
    Encryption: X[HlsEncryption]
    HlsManifests: L[Xi[HlsManifest]]
    IncludeDvbSubtitles: B
    SegmentDurationSeconds: I
    UseAudioRenditionGroup: B

class MssEncryption(TypedDict, total=False):
    SpekeKeyProvider: X[SpekeKeyProvider]

class MssManifest(TypedDict, total=False):
    ManifestName: S
    StreamSelection: X[StreamSelection]

class MssPackage(TypedDict, total=False):
    Encryption: X[MssEncryption]
    MssManifests: L[Xi[MssManifest]]
    SegmentDurationSeconds: I

CreatePackagingConfigurationParameters = TypedDict(
    "CreatePackagingConfigurationParameters",
    {
        "CmafPackage": X[CmafPackage],
        "CmafPackage.$": str,
        "DashPackage": X[DashPackage],
        "DashPackage.$": str,
        "HlsPackage": X[HlsPackage],
        "HlsPackage.$": str,
        "Id": S,
        "Id.$": str,
        "MssPackage": X[MssPackage],
        "MssPackage.$": str,
        "PackagingGroupId": S,
        "PackagingGroupId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Authorization(TypedDict, total=False):
    CdnIdentifierSecret: S
    SecretsRoleArn: S

CreatePackagingGroupParameters = TypedDict(
    "CreatePackagingGroupParameters",
    {
        "Authorization": X[Authorization],
        "Authorization.$": str,
        "EgressAccessLogs": X[EgressAccessLogs],
        "EgressAccessLogs.$": str,
        "Id": S,
        "Id.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAssetParameters = TypedDict("DeleteAssetParameters", {"Id": S, "Id.$": str}, total=False)
DeletePackagingConfigurationParameters = TypedDict(
    "DeletePackagingConfigurationParameters", {"Id": S, "Id.$": str}, total=False
)
DeletePackagingGroupParameters = TypedDict(
    "DeletePackagingGroupParameters", {"Id": S, "Id.$": str}, total=False
)
DescribeAssetParameters = TypedDict("DescribeAssetParameters", {"Id": S, "Id.$": str}, total=False)
DescribePackagingConfigurationParameters = TypedDict(
    "DescribePackagingConfigurationParameters", {"Id": S, "Id.$": str}, total=False
)
DescribePackagingGroupParameters = TypedDict(
    "DescribePackagingGroupParameters", {"Id": S, "Id.$": str}, total=False
)
ListAssetsParameters = TypedDict(
    "ListAssetsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PackagingGroupId": S,
        "PackagingGroupId.$": str,
    },
    total=False,
)
ListPackagingConfigurationsParameters = TypedDict(
    "ListPackagingConfigurationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PackagingGroupId": S,
        "PackagingGroupId.$": str,
    },
    total=False,
)
ListPackagingGroupsParameters = TypedDict(
    "ListPackagingGroupsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
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
UpdatePackagingGroupParameters = TypedDict(
    "UpdatePackagingGroupParameters",
    {"Authorization": X[Authorization], "Authorization.$": str, "Id": S, "Id.$": str},
    total=False,
)
configure_logs: Builder[ConfigureLogsParameters]
create_asset: Builder[CreateAssetParameters]
create_packaging_configuration: Builder[CreatePackagingConfigurationParameters]
create_packaging_group: Builder[CreatePackagingGroupParameters]
delete_asset: Builder[DeleteAssetParameters]
delete_packaging_configuration: Builder[DeletePackagingConfigurationParameters]
delete_packaging_group: Builder[DeletePackagingGroupParameters]
describe_asset: Builder[DescribeAssetParameters]
describe_packaging_configuration: Builder[DescribePackagingConfigurationParameters]
describe_packaging_group: Builder[DescribePackagingGroupParameters]
list_assets: Builder[ListAssetsParameters]
list_packaging_configurations: Builder[ListPackagingConfigurationsParameters]
list_packaging_groups: Builder[ListPackagingGroupsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_packaging_group: Builder[UpdatePackagingGroupParameters]

__all__ = [
    "configure_logs",
    "create_asset",
    "create_packaging_configuration",
    "create_packaging_group",
    "delete_asset",
    "delete_packaging_configuration",
    "delete_packaging_group",
    "describe_asset",
    "describe_packaging_configuration",
    "describe_packaging_group",
    "list_assets",
    "list_packaging_configurations",
    "list_packaging_groups",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_packaging_group",
]
