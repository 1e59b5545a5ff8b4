"""Typed builders of the AWS SDK integration of iotsecuretunneling (``aws-sdk:iotsecuretunneling:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

CloseTunnelParameters = TypedDict(
    "CloseTunnelParameters",
    {"TunnelId": S, "TunnelId.$": str, "Delete": B, "Delete.$": str},
    total=False,
)
DescribeTunnelParameters = TypedDict(
    "DescribeTunnelParameters", {"TunnelId": S, "TunnelId.$": str}, total=False
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTunnelsParameters = TypedDict(
    "ListTunnelsParameters",
    {
        "ThingName": S,
        "ThingName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class DestinationConfig(TypedDict, total=False):
    ThingName: S
    Services: L[Si]

class TimeoutConfig(TypedDict, total=False):
    MaxLifetimeTimeoutMinutes: I

OpenTunnelParameters = TypedDict(
    "OpenTunnelParameters",
    {
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DestinationConfig": X[DestinationConfig],
        "DestinationConfig.$": str,
        "TimeoutConfig": X[TimeoutConfig],
        "TimeoutConfig.$": str,
    },
    total=False,
)
RotateTunnelAccessTokenParameters = TypedDict(
    "RotateTunnelAccessTokenParameters",
    {
        "TunnelId": S,
        "TunnelId.$": str,
        "ClientMode": S,
        "ClientMode.$": str,
        "DestinationConfig": X[DestinationConfig],
        "DestinationConfig.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
close_tunnel: Builder[CloseTunnelParameters]
describe_tunnel: Builder[DescribeTunnelParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tunnels: Builder[ListTunnelsParameters]
open_tunnel: Builder[OpenTunnelParameters]
rotate_tunnel_access_token: Builder[RotateTunnelAccessTokenParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "close_tunnel",
    "describe_tunnel",
    "list_tags_for_resource",
    "list_tunnels",
    "open_tunnel",
    "rotate_tunnel_access_token",
    "tag_resource",
    "untag_resource",
]
