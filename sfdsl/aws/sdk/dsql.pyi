"""Typed builders of the AWS SDK integration of dsql (``aws-sdk:dsql:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class MultiRegionProperties(TypedDict, total=False):
    WitnessRegion: S
    Clusters: L[Si]

class MetricGroupRequest(TypedDict, total=False):
    MetricGroup: S

CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "KmsEncryptionKey": S,
        "KmsEncryptionKey.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "MultiRegionProperties": X[MultiRegionProperties],
        "MultiRegionProperties.$": str,
        "Policy": S,
        "Policy.$": str,
        "MetricGroups": L[Xi[MetricGroupRequest]],
        "MetricGroups.$": str,
        "BypassPolicyLockoutSafetyCheck": B,
        "BypassPolicyLockoutSafetyCheck.$": str,
    },
    total=False,
)

class KinesisTargetDefinition(TypedDict, total=False):
    StreamArn: S
    RoleArn: S

class TargetDefinition(TypedDict, total=False):
    Kinesis: X[KinesisTargetDefinition]

CreateStreamParameters = TypedDict(
    "CreateStreamParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "TargetDefinition": X[TargetDefinition],
        "TargetDefinition.$": str,
        "Ordering": S,
        "Ordering.$": str,
        "Format": S,
        "Format.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters",
    {"Identifier": S, "Identifier.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteClusterPolicyParameters = TypedDict(
    "DeleteClusterPolicyParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "ExpectedPolicyVersion": S,
        "ExpectedPolicyVersion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteStreamParameters = TypedDict(
    "DeleteStreamParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "StreamIdentifier": S,
        "StreamIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetClusterParameters = TypedDict(
    "GetClusterParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetClusterPolicyParameters = TypedDict(
    "GetClusterPolicyParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetStreamParameters = TypedDict(
    "GetStreamParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
        "StreamIdentifier": S,
        "StreamIdentifier.$": str,
    },
    total=False,
)
GetVpcEndpointServiceNameParameters = TypedDict(
    "GetVpcEndpointServiceNameParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
ListClustersParameters = TypedDict(
    "ListClustersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListStreamsParameters = TypedDict(
    "ListStreamsParameters",
    {
        "ClusterIdentifier": S,
        "ClusterIdentifier.$": str,
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
PutClusterPolicyParameters = TypedDict(
    "PutClusterPolicyParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Policy": S,
        "Policy.$": str,
        "BypassPolicyLockoutSafetyCheck": B,
        "BypassPolicyLockoutSafetyCheck.$": str,
        "ExpectedPolicyVersion": S,
        "ExpectedPolicyVersion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
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
UpdateClusterParameters = TypedDict(
    "UpdateClusterParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "DeletionProtectionEnabled": B,
        "DeletionProtectionEnabled.$": str,
        "KmsEncryptionKey": S,
        "KmsEncryptionKey.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "MultiRegionProperties": X[MultiRegionProperties],
        "MultiRegionProperties.$": str,
        "MetricGroups": L[Xi[MetricGroupRequest]],
        "MetricGroups.$": str,
    },
    total=False,
)
create_cluster: Builder[CreateClusterParameters]
create_stream: Builder[CreateStreamParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_cluster_policy: Builder[DeleteClusterPolicyParameters]
delete_stream: Builder[DeleteStreamParameters]
get_cluster: Builder[GetClusterParameters]
get_cluster_policy: Builder[GetClusterPolicyParameters]
get_stream: Builder[GetStreamParameters]
get_vpc_endpoint_service_name: Builder[GetVpcEndpointServiceNameParameters]
list_clusters: Builder[ListClustersParameters]
list_streams: Builder[ListStreamsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_cluster_policy: Builder[PutClusterPolicyParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_cluster: Builder[UpdateClusterParameters]

__all__ = [
    "create_cluster",
    "create_stream",
    "delete_cluster",
    "delete_cluster_policy",
    "delete_stream",
    "get_cluster",
    "get_cluster_policy",
    "get_stream",
    "get_vpc_endpoint_service_name",
    "list_clusters",
    "list_streams",
    "list_tags_for_resource",
    "put_cluster_policy",
    "tag_resource",
    "untag_resource",
    "update_cluster",
]
