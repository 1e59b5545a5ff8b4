"""Typed builders of the AWS SDK integration of bedrockdataautomationruntime (``aws-sdk:bedrockdataautomationruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

GetDataAutomationStatusParameters = TypedDict(
    "GetDataAutomationStatusParameters", {"InvocationArn": S, "InvocationArn.$": str}, total=False
)

class SyncInputConfiguration(TypedDict, total=False):
    Bytes: S
    S3Uri: S

class DataAutomationConfiguration(TypedDict, total=False):
    DataAutomationProjectArn: S
    Stage: S

class Blueprint(TypedDict, total=False):
    BlueprintArn: S
    Version: S
    Stage: S

class EncryptionConfiguration(TypedDict, total=False):
    KmsKeyId: S
    KmsEncryptionContext: M[S]

class OutputConfiguration(TypedDict, total=False):
    S3Uri: S

InvokeDataAutomationParameters = TypedDict(
    "InvokeDataAutomationParameters",
    {
        "InputConfiguration": X[SyncInputConfiguration],
        "InputConfiguration.$": str,
        "DataAutomationConfiguration": X[DataAutomationConfiguration],
        "DataAutomationConfiguration.$": str,
        "Blueprints": L[Xi[Blueprint]],
        "Blueprints.$": str,
        "DataAutomationProfileArn": S,
        "DataAutomationProfileArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "OutputConfiguration": X[OutputConfiguration],
        "OutputConfiguration.$": str,
    },
    total=False,
)

class TimestampSegment(TypedDict, total=False):
    StartTimeMillis: I
    EndTimeMillis: I

class VideoSegmentConfiguration(TypedDict, total=False):
    TimestampSegment: X[TimestampSegment]

class VideoAssetProcessingConfiguration(TypedDict, total=False):
    SegmentConfiguration: X[VideoSegmentConfiguration]

class AssetProcessingConfiguration(TypedDict, total=False):
    Video: X[VideoAssetProcessingConfiguration]

class InputConfiguration(TypedDict, total=False):
    S3Uri: S
    AssetProcessingConfiguration: X[AssetProcessingConfiguration]

class EventBridgeConfiguration(TypedDict, total=False):
    EventBridgeEnabled: B

class NotificationConfiguration(TypedDict, total=False):
    EventBridgeConfiguration: X[EventBridgeConfiguration]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

InvokeDataAutomationAsyncParameters = TypedDict(
    "InvokeDataAutomationAsyncParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "InputConfiguration": X[InputConfiguration],
        "InputConfiguration.$": str,
        "OutputConfiguration": X[OutputConfiguration],
        "OutputConfiguration.$": str,
        "DataAutomationConfiguration": X[DataAutomationConfiguration],
        "DataAutomationConfiguration.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "NotificationConfiguration": X[NotificationConfiguration],
        "NotificationConfiguration.$": str,
        "Blueprints": L[Xi[Blueprint]],
        "Blueprints.$": str,
        "DataAutomationProfileArn": S,
        "DataAutomationProfileArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
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
get_data_automation_status: Builder[GetDataAutomationStatusParameters]
invoke_data_automation: Builder[InvokeDataAutomationParameters]
invoke_data_automation_async: Builder[InvokeDataAutomationAsyncParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "get_data_automation_status",
    "invoke_data_automation",
    "invoke_data_automation_async",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
]
