"""Typed builders of the AWS SDK integration of kinesisvideo (``aws-sdk:kinesisvideo:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class SingleMasterConfiguration(TypedDict, total=False):
    MessageTtlSeconds: I

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateSignalingChannelParameters = TypedDict(
    "CreateSignalingChannelParameters",
    {
        "ChannelName": S,
        "ChannelName.$": str,
        "ChannelType": S,
        "ChannelType.$": str,
        "SingleMasterConfiguration": X[SingleMasterConfiguration],
        "SingleMasterConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class StreamStorageConfiguration(TypedDict, total=False):
    DefaultStorageTier: S

CreateStreamParameters = TypedDict(
    "CreateStreamParameters",
    {
        "DeviceName": S,
        "DeviceName.$": str,
        "StreamName": S,
        "StreamName.$": str,
        "MediaType": S,
        "MediaType.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "DataRetentionInHours": I,
        "DataRetentionInHours.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "StreamStorageConfiguration": X[StreamStorageConfiguration],
        "StreamStorageConfiguration.$": str,
    },
    total=False,
)
DeleteEdgeConfigurationParameters = TypedDict(
    "DeleteEdgeConfigurationParameters",
    {"StreamName": S, "StreamName.$": str, "StreamARN": S, "StreamARN.$": str},
    total=False,
)
DeleteSignalingChannelParameters = TypedDict(
    "DeleteSignalingChannelParameters",
    {"ChannelARN": S, "ChannelARN.$": str, "CurrentVersion": S, "CurrentVersion.$": str},
    total=False,
)
DeleteStreamParameters = TypedDict(
    "DeleteStreamParameters",
    {"StreamARN": S, "StreamARN.$": str, "CurrentVersion": S, "CurrentVersion.$": str},
    total=False,
)
DescribeEdgeConfigurationParameters = TypedDict(
    "DescribeEdgeConfigurationParameters",
    {"StreamName": S, "StreamName.$": str, "StreamARN": S, "StreamARN.$": str},
    total=False,
)
DescribeImageGenerationConfigurationParameters = TypedDict(
    "DescribeImageGenerationConfigurationParameters",
    {"StreamName": S, "StreamName.$": str, "StreamARN": S, "StreamARN.$": str},
    total=False,
)
DescribeMappedResourceConfigurationParameters = TypedDict(
    "DescribeMappedResourceConfigurationParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMediaStorageConfigurationParameters = TypedDict(
    "DescribeMediaStorageConfigurationParameters",
    {"ChannelName": S, "ChannelName.$": str, "ChannelARN": S, "ChannelARN.$": str},
    total=False,
)
DescribeNotificationConfigurationParameters = TypedDict(
    "DescribeNotificationConfigurationParameters",
    {"StreamName": S, "StreamName.$": str, "StreamARN": S, "StreamARN.$": str},
    total=False,
)
DescribeSignalingChannelParameters = TypedDict(
    "DescribeSignalingChannelParameters",
    {"ChannelName": S, "ChannelName.$": str, "ChannelARN": S, "ChannelARN.$": str},
    total=False,
)
DescribeStreamParameters = TypedDict(
    "DescribeStreamParameters",
    {"StreamName": S, "StreamName.$": str, "StreamARN": S, "StreamARN.$": str},
    total=False,
)
DescribeStreamStorageConfigurationParameters = TypedDict(
    "DescribeStreamStorageConfigurationParameters",
    {"StreamName": S, "StreamName.$": str, "StreamARN": S, "StreamARN.$": str},
    total=False,
)
GetDataEndpointParameters = TypedDict(
    "GetDataEndpointParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "ApiName": S,
        "ApiName.$": str,
    },
    total=False,
)

class SingleMasterChannelEndpointConfiguration(TypedDict, total=False):
    Protocols: L[Si]
    Role: S

GetSignalingChannelEndpointParameters = TypedDict(
    "GetSignalingChannelEndpointParameters",
    {
        "ChannelARN": S,
        "ChannelARN.$": str,
        "SingleMasterChannelEndpointConfiguration": X[SingleMasterChannelEndpointConfiguration],
        "SingleMasterChannelEndpointConfiguration.$": str,
    },
    total=False,
)
ListEdgeAgentConfigurationsParameters = TypedDict(
    "ListEdgeAgentConfigurationsParameters",
    {
        "HubDeviceArn": S,
        "HubDeviceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ChannelNameCondition(TypedDict, total=False):
    ComparisonOperator: S
    ComparisonValue: S

ListSignalingChannelsParameters = TypedDict(
    "ListSignalingChannelsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ChannelNameCondition": X[ChannelNameCondition],
        "ChannelNameCondition.$": str,
    },
    total=False,
)

class StreamNameCondition(TypedDict, total=False):
    ComparisonOperator: S
    ComparisonValue: S

ListStreamsParameters = TypedDict(
    "ListStreamsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StreamNameCondition": X[StreamNameCondition],
        "StreamNameCondition.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"NextToken": S, "NextToken.$": str, "ResourceARN": S, "ResourceARN.$": str},
    total=False,
)
ListTagsForStreamParameters = TypedDict(
    "ListTagsForStreamParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamName": S,
        "StreamName.$": str,
    },
    total=False,
)

class MediaSourceConfig(TypedDict, total=False):
    MediaUriSecretArn: S
    MediaUriType: S

class ScheduleConfig(TypedDict, total=False):
    ScheduleExpression: S
    DurationInSeconds: I

class RecorderConfig(TypedDict, total=False):
    MediaSourceConfig: X[MediaSourceConfig]
    ScheduleConfig: X[ScheduleConfig]

class UploaderConfig(TypedDict, total=False):
    ScheduleConfig: X[ScheduleConfig]

class LocalSizeConfig(TypedDict, total=False):
    MaxLocalMediaSizeInMB: I
    StrategyOnFullSize: S

class DeletionConfig(TypedDict, total=False):
    EdgeRetentionInHours: I
    LocalSizeConfig: X[LocalSizeConfig]
    DeleteAfterUpload: B

class EdgeConfig(TypedDict, total=False):
    HubDeviceArn: S
    RecorderConfig: X[RecorderConfig]
    UploaderConfig: X[UploaderConfig]
    DeletionConfig: X[DeletionConfig]

StartEdgeConfigurationUpdateParameters = TypedDict(
    "StartEdgeConfigurationUpdateParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "EdgeConfig": X[EdgeConfig],
        "EdgeConfig.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TagStreamParameters = TypedDict(
    "TagStreamParameters",
    {
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamName": S,
        "StreamName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeyList": L[Si], "TagKeyList.$": str},
    total=False,
)
UntagStreamParameters = TypedDict(
    "UntagStreamParameters",
    {
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamName": S,
        "StreamName.$": str,
        "TagKeyList": L[Si],
        "TagKeyList.$": str,
    },
    total=False,
)
UpdateDataRetentionParameters = TypedDict(
    "UpdateDataRetentionParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "Operation": S,
        "Operation.$": str,
        "DataRetentionChangeInHours": I,
        "DataRetentionChangeInHours.$": str,
    },
    total=False,
)

class ImageGenerationDestinationConfig(TypedDict, total=False):
    Uri: S
    DestinationRegion: S

class ImageGenerationConfiguration(TypedDict, total=False):
    Status: S
    ImageSelectorType: S
    DestinationConfig: X[ImageGenerationDestinationConfig]
    SamplingInterval: I
    Format: S
    FormatConfig: M[S]
    WidthPixels: I
    HeightPixels: I

UpdateImageGenerationConfigurationParameters = TypedDict(
    "UpdateImageGenerationConfigurationParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "ImageGenerationConfiguration": X[ImageGenerationConfiguration],
        "ImageGenerationConfiguration.$": str,
    },
    total=False,
)

class MediaStorageConfiguration(TypedDict, total=False):
    StreamARN: S
    Status: S

UpdateMediaStorageConfigurationParameters = TypedDict(
    "UpdateMediaStorageConfigurationParameters",
    {
        "ChannelARN": S,
        "ChannelARN.$": str,
        "MediaStorageConfiguration": X[MediaStorageConfiguration],
        "MediaStorageConfiguration.$": str,
    },
    total=False,
)

class NotificationDestinationConfig(TypedDict, total=False):
    Uri: S

class NotificationConfiguration(TypedDict, total=False):
    Status: S
    DestinationConfig: X[NotificationDestinationConfig]

UpdateNotificationConfigurationParameters = TypedDict(
    "UpdateNotificationConfigurationParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "NotificationConfiguration": X[NotificationConfiguration],
        "NotificationConfiguration.$": str,
    },
    total=False,
)
UpdateSignalingChannelParameters = TypedDict(
    "UpdateSignalingChannelParameters",
    {
        "ChannelARN": S,
        "ChannelARN.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "SingleMasterConfiguration": X[SingleMasterConfiguration],
        "SingleMasterConfiguration.$": str,
    },
    total=False,
)
UpdateStreamParameters = TypedDict(
    "UpdateStreamParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "DeviceName": S,
        "DeviceName.$": str,
        "MediaType": S,
        "MediaType.$": str,
    },
    total=False,
)
UpdateStreamStorageConfigurationParameters = TypedDict(
    "UpdateStreamStorageConfigurationParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "CurrentVersion": S,
        "CurrentVersion.$": str,
        "StreamStorageConfiguration": X[StreamStorageConfiguration],
        "StreamStorageConfiguration.$": str,
    },
    total=False,
)
create_signaling_channel: Builder[CreateSignalingChannelParameters]
create_stream: Builder[CreateStreamParameters]
delete_edge_configuration: Builder[DeleteEdgeConfigurationParameters]
delete_signaling_channel: Builder[DeleteSignalingChannelParameters]
delete_stream: Builder[DeleteStreamParameters]
describe_edge_configuration: Builder[DescribeEdgeConfigurationParameters]
describe_image_generation_configuration: Builder[DescribeImageGenerationConfigurationParameters]
describe_mapped_resource_configuration: Builder[DescribeMappedResourceConfigurationParameters]
describe_media_storage_configuration: Builder[DescribeMediaStorageConfigurationParameters]
describe_notification_configuration: Builder[DescribeNotificationConfigurationParameters]
describe_signaling_channel: Builder[DescribeSignalingChannelParameters]
describe_stream: Builder[DescribeStreamParameters]
describe_stream_storage_configuration: Builder[DescribeStreamStorageConfigurationParameters]
get_data_endpoint: Builder[GetDataEndpointParameters]
get_signaling_channel_endpoint: Builder[GetSignalingChannelEndpointParameters]
list_edge_agent_configurations: Builder[ListEdgeAgentConfigurationsParameters]
list_signaling_channels: Builder[ListSignalingChannelsParameters]
list_streams: Builder[ListStreamsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tags_for_stream: Builder[ListTagsForStreamParameters]
start_edge_configuration_update: Builder[StartEdgeConfigurationUpdateParameters]
tag_resource: Builder[TagResourceParameters]
tag_stream: Builder[TagStreamParameters]
untag_resource: Builder[UntagResourceParameters]
untag_stream: Builder[UntagStreamParameters]
update_data_retention: Builder[UpdateDataRetentionParameters]
update_image_generation_configuration: Builder[UpdateImageGenerationConfigurationParameters]
update_media_storage_configuration: Builder[UpdateMediaStorageConfigurationParameters]
update_notification_configuration: Builder[UpdateNotificationConfigurationParameters]
update_signaling_channel: Builder[UpdateSignalingChannelParameters]
update_stream: Builder[UpdateStreamParameters]
update_stream_storage_configuration: Builder[UpdateStreamStorageConfigurationParameters]

__all__ = [
    "create_signaling_channel",
    "create_stream",
    "delete_edge_configuration",
    "delete_signaling_channel",
    "delete_stream",
    "describe_edge_configuration",
    "describe_image_generation_configuration",
    "describe_mapped_resource_configuration",
    "describe_media_storage_configuration",
    "describe_notification_configuration",
    "describe_signaling_channel",
    "describe_stream",
    "describe_stream_storage_configuration",
    "get_data_endpoint",
    "get_signaling_channel_endpoint",
    "list_edge_agent_configurations",
    "list_signaling_channels",
    "list_streams",
    "list_tags_for_resource",
    "list_tags_for_stream",
    "start_edge_configuration_update",
    "tag_resource",
    "tag_stream",
    "untag_resource",
    "untag_stream",
    "update_data_retention",
    "update_image_generation_configuration",
    "update_media_storage_configuration",
    "update_notification_configuration",
    "update_signaling_channel",
    "update_stream",
    "update_stream_storage_configuration",
]
