"""Typed builders of the AWS SDK integration of mediastore (``aws-sdk:mediastore:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateContainerParameters = TypedDict(
    "CreateContainerParameters",
    {"ContainerName": S, "ContainerName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
DeleteContainerParameters = TypedDict(
    "DeleteContainerParameters", {"ContainerName": S, "ContainerName.$": str}, total=False
)
DeleteContainerPolicyParameters = TypedDict(
    "DeleteContainerPolicyParameters", {"ContainerName": S, "ContainerName.$": str}, total=False
)
DeleteCorsPolicyParameters = TypedDict(
    "DeleteCorsPolicyParameters", {"ContainerName": S, "ContainerName.$": str}, total=False
)
DeleteLifecyclePolicyParameters = TypedDict(
    "DeleteLifecyclePolicyParameters", {"ContainerName": S, "ContainerName.$": str}, total=False
)
DeleteMetricPolicyParameters = TypedDict(
    "DeleteMetricPolicyParameters", {"ContainerName": S, "ContainerName.$": str}, total=False
)
DescribeContainerParameters = TypedDict(
    "DescribeContainerParameters", {"ContainerName": S, "ContainerName.$": str}, total=False
)
GetContainerPolicyParameters = TypedDict(
    "GetContainerPolicyParameters", {"ContainerName": S, "ContainerName.$": str}, total=False
)
GetCorsPolicyParameters = TypedDict(
    "GetCorsPolicyParameters", {"ContainerName": S, "ContainerName.$": str}, total=False
)
GetLifecyclePolicyParameters = TypedDict(
    "GetLifecyclePolicyParameters", {"ContainerName": S, "ContainerName.$": str}, total=False
)
GetMetricPolicyParameters = TypedDict(
    "GetMetricPolicyParameters", {"ContainerName": S, "ContainerName.$": str}, total=False
)
ListContainersParameters = TypedDict(
    "ListContainersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Resource": S, "Resource.$": str}, total=False
)
PutContainerPolicyParameters = TypedDict(
    "PutContainerPolicyParameters",
    {"ContainerName": S, "ContainerName.$": str, "Policy": S, "Policy.$": str},
    total=False,
)

class CorsRule(TypedDict, total=False):
    AllowedOrigins: L[Si]
    AllowedMethods: L[Si]
    AllowedHeaders: L[Si]
    MaxAgeSeconds: I
    ExposeHeaders: L[Si]

PutCorsPolicyParameters = TypedDict(
    "PutCorsPolicyParameters",
    {
        "ContainerName": S,
        "ContainerName.$": str,
        "CorsPolicy": L[Xi[CorsRule]],
        "CorsPolicy.$": str,
    },
    total=False,
)
PutLifecyclePolicyParameters = TypedDict(
    "PutLifecyclePolicyParameters",
    {"ContainerName": S, "ContainerName.$": str, "LifecyclePolicy": S, "LifecyclePolicy.$": str},
    total=False,
)

class MetricPolicyRule(TypedDict, total=False):
    ObjectGroup: S
    ObjectGroupName: S

class MetricPolicy(TypedDict, total=False):
    ContainerLevelMetrics: S
    MetricPolicyRules: L[Xi[MetricPolicyRule]]

PutMetricPolicyParameters = TypedDict(
    "PutMetricPolicyParameters",
    {
        "ContainerName": S,
        "ContainerName.$": str,
        "MetricPolicy": X[MetricPolicy],
        "MetricPolicy.$": str,
    },
    total=False,
)
StartAccessLoggingParameters = TypedDict(
    "StartAccessLoggingParameters", {"ContainerName": S, "ContainerName.$": str}, total=False
)
StopAccessLoggingParameters = TypedDict(
    "StopAccessLoggingParameters", {"ContainerName": S, "ContainerName.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"Resource": S, "Resource.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Resource": S, "Resource.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
create_container: Builder[CreateContainerParameters]
delete_container: Builder[DeleteContainerParameters]
delete_container_policy: Builder[DeleteContainerPolicyParameters]
delete_cors_policy: Builder[DeleteCorsPolicyParameters]
delete_lifecycle_policy: Builder[DeleteLifecyclePolicyParameters]
delete_metric_policy: Builder[DeleteMetricPolicyParameters]
describe_container: Builder[DescribeContainerParameters]
get_container_policy: Builder[GetContainerPolicyParameters]
get_cors_policy: Builder[GetCorsPolicyParameters]
get_lifecycle_policy: Builder[GetLifecyclePolicyParameters]
get_metric_policy: Builder[GetMetricPolicyParameters]
list_containers: Builder[ListContainersParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_container_policy: Builder[PutContainerPolicyParameters]
put_cors_policy: Builder[PutCorsPolicyParameters]
put_lifecycle_policy: Builder[PutLifecyclePolicyParameters]
put_metric_policy: Builder[PutMetricPolicyParameters]
start_access_logging: Builder[StartAccessLoggingParameters]
stop_access_logging: Builder[StopAccessLoggingParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "create_container",
    "delete_container",
    "delete_container_policy",
    "delete_cors_policy",
    "delete_lifecycle_policy",
    "delete_metric_policy",
    "describe_container",
    "get_container_policy",
    "get_cors_policy",
    "get_lifecycle_policy",
    "get_metric_policy",
    "list_containers",
    "list_tags_for_resource",
    "put_container_policy",
    "put_cors_policy",
    "put_lifecycle_policy",
    "put_metric_policy",
    "start_access_logging",
    "stop_access_logging",
    "tag_resource",
    "untag_resource",
]
