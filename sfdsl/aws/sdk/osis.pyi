"""Typed builders of the AWS SDK integration of osis (``aws-sdk:osis:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

class CloudWatchLogDestination(TypedDict, total=False):
    LogGroup: S

class LogPublishingOptions(TypedDict, total=False):
    IsLoggingEnabled: B
    CloudWatchLogDestination: X[CloudWatchLogDestination]

class VpcAttachmentOptions(TypedDict, total=False):
    AttachToVpc: B
    CidrBlock: S

class VpcOptions(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]
    VpcAttachmentOptions: X[VpcAttachmentOptions]
    VpcEndpointManagement: S

class BufferOptions(TypedDict, total=False):
    PersistentBufferEnabled: B

class EncryptionAtRestOptions(TypedDict, total=False):
    KmsKeyArn: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreatePipelineParameters = TypedDict(
    "CreatePipelineParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "MinUnits": I,
        "MinUnits.$": str,
        "MaxUnits": I,
        "MaxUnits.$": str,
        "PipelineConfigurationBody": S,
        "PipelineConfigurationBody.$": str,
        "LogPublishingOptions": X[LogPublishingOptions],
        "LogPublishingOptions.$": str,
        "VpcOptions": X[VpcOptions],
        "VpcOptions.$": str,
        "BufferOptions": X[BufferOptions],
        "BufferOptions.$": str,
        "EncryptionAtRestOptions": X[EncryptionAtRestOptions],
        "EncryptionAtRestOptions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "PipelineRoleArn": S,
        "PipelineRoleArn.$": str,
    },
    total=False,
)

class PipelineEndpointVpcOptions(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]

CreatePipelineEndpointParameters = TypedDict(
    "CreatePipelineEndpointParameters",
    {
        "PipelineArn": S,
        "PipelineArn.$": str,
        "VpcOptions": X[PipelineEndpointVpcOptions],
        "VpcOptions.$": str,
    },
    total=False,
)
DeletePipelineParameters = TypedDict(
    "DeletePipelineParameters", {"PipelineName": S, "PipelineName.$": str}, total=False
)
DeletePipelineEndpointParameters = TypedDict(
    "DeletePipelineEndpointParameters", {"EndpointId": S, "EndpointId.$": str}, total=False
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetPipelineParameters = TypedDict(
    "GetPipelineParameters", {"PipelineName": S, "PipelineName.$": str}, total=False
)
GetPipelineBlueprintParameters = TypedDict(
    "GetPipelineBlueprintParameters",
    {"BlueprintName": S, "BlueprintName.$": str, "Format": S, "Format.$": str},
    total=False,
)
GetPipelineChangeProgressParameters = TypedDict(
    "GetPipelineChangeProgressParameters", {"PipelineName": S, "PipelineName.$": str}, total=False
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class ListPipelineBlueprintsParameters(TypedDict, total=False): ...

ListPipelineEndpointConnectionsParameters = TypedDict(
    "ListPipelineEndpointConnectionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPipelineEndpointsParameters = TypedDict(
    "ListPipelineEndpointsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPipelinesParameters = TypedDict(
    "ListPipelinesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Arn": S, "Arn.$": str}, total=False
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
RevokePipelineEndpointConnectionsParameters = TypedDict(
    "RevokePipelineEndpointConnectionsParameters",
    {"PipelineArn": S, "PipelineArn.$": str, "EndpointIds": L[Si], "EndpointIds.$": str},
    total=False,
)
StartPipelineParameters = TypedDict(
    "StartPipelineParameters", {"PipelineName": S, "PipelineName.$": str}, total=False
)
StopPipelineParameters = TypedDict(
    "StopPipelineParameters", {"PipelineName": S, "PipelineName.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"Arn": S, "Arn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdatePipelineParameters = TypedDict(
    "UpdatePipelineParameters",
    {
        "PipelineName": S,
        "PipelineName.$": str,
        "MinUnits": I,
        "MinUnits.$": str,
        "MaxUnits": I,
        "MaxUnits.$": str,
        "PipelineConfigurationBody": S,
        "PipelineConfigurationBody.$": str,
        "LogPublishingOptions": X[LogPublishingOptions],
        "LogPublishingOptions.$": str,
        "BufferOptions": X[BufferOptions],
        "BufferOptions.$": str,
        "EncryptionAtRestOptions": X[EncryptionAtRestOptions],
        "EncryptionAtRestOptions.$": str,
        "PipelineRoleArn": S,
        "PipelineRoleArn.$": str,
    },
    total=False,
)
ValidatePipelineParameters = TypedDict(
    "ValidatePipelineParameters",
    {"PipelineConfigurationBody": S, "PipelineConfigurationBody.$": str},
    total=False,
)
create_pipeline: Builder[CreatePipelineParameters]
create_pipeline_endpoint: Builder[CreatePipelineEndpointParameters]
delete_pipeline: Builder[DeletePipelineParameters]
delete_pipeline_endpoint: Builder[DeletePipelineEndpointParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
get_pipeline: Builder[GetPipelineParameters]
get_pipeline_blueprint: Builder[GetPipelineBlueprintParameters]
get_pipeline_change_progress: Builder[GetPipelineChangeProgressParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
list_pipeline_blueprints: Builder[ListPipelineBlueprintsParameters]
list_pipeline_endpoint_connections: Builder[ListPipelineEndpointConnectionsParameters]
list_pipeline_endpoints: Builder[ListPipelineEndpointsParameters]
list_pipelines: Builder[ListPipelinesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
revoke_pipeline_endpoint_connections: Builder[RevokePipelineEndpointConnectionsParameters]
start_pipeline: Builder[StartPipelineParameters]
stop_pipeline: Builder[StopPipelineParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_pipeline: Builder[UpdatePipelineParameters]
validate_pipeline: Builder[ValidatePipelineParameters]

__all__ = [
    "create_pipeline",
    "create_pipeline_endpoint",
    "delete_pipeline",
    "delete_pipeline_endpoint",
    "delete_resource_policy",
    "get_pipeline",
    "get_pipeline_blueprint",
    "get_pipeline_change_progress",
    "get_resource_policy",
    "list_pipeline_blueprints",
    "list_pipeline_endpoint_connections",
    "list_pipeline_endpoints",
    "list_pipelines",
    "list_tags_for_resource",
    "put_resource_policy",
    "revoke_pipeline_endpoint_connections",
    "start_pipeline",
    "stop_pipeline",
    "tag_resource",
    "untag_resource",
    "update_pipeline",
    "validate_pipeline",
]
