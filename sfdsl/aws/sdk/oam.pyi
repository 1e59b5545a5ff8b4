"""Typed builders of the AWS SDK integration of oam (``aws-sdk:oam:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X

class LogGroupConfiguration(TypedDict, total=False):
    Filter: S

class MetricConfiguration(TypedDict, total=False):
    Filter: S

class LinkConfiguration(TypedDict, total=False):
    LogGroupConfiguration: X[LogGroupConfiguration]
    MetricConfiguration: X[MetricConfiguration]

CreateLinkParameters = TypedDict(
    "CreateLinkParameters",
    {
        "LabelTemplate": S,
        "LabelTemplate.$": str,
        "LinkConfiguration": X[LinkConfiguration],
        "LinkConfiguration.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "SinkIdentifier": S,
        "SinkIdentifier.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateSinkParameters = TypedDict(
    "CreateSinkParameters", {"Name": S, "Name.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
DeleteLinkParameters = TypedDict(
    "DeleteLinkParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteSinkParameters = TypedDict(
    "DeleteSinkParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetLinkParameters = TypedDict(
    "GetLinkParameters",
    {"Identifier": S, "Identifier.$": str, "IncludeTags": B, "IncludeTags.$": str},
    total=False,
)
GetSinkParameters = TypedDict(
    "GetSinkParameters",
    {"Identifier": S, "Identifier.$": str, "IncludeTags": B, "IncludeTags.$": str},
    total=False,
)
GetSinkPolicyParameters = TypedDict(
    "GetSinkPolicyParameters", {"SinkIdentifier": S, "SinkIdentifier.$": str}, total=False
)
ListAttachedLinksParameters = TypedDict(
    "ListAttachedLinksParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SinkIdentifier": S,
        "SinkIdentifier.$": str,
    },
    total=False,
)
ListLinksParameters = TypedDict(
    "ListLinksParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListSinksParameters = TypedDict(
    "ListSinksParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutSinkPolicyParameters = TypedDict(
    "PutSinkPolicyParameters",
    {"Policy": S, "Policy.$": str, "SinkIdentifier": S, "SinkIdentifier.$": str},
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
UpdateLinkParameters = TypedDict(
    "UpdateLinkParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "IncludeTags": B,
        "IncludeTags.$": str,
        "LinkConfiguration": X[LinkConfiguration],
        "LinkConfiguration.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
    },
    total=False,
)
create_link: Builder[CreateLinkParameters]
create_sink: Builder[CreateSinkParameters]
delete_link: Builder[DeleteLinkParameters]
delete_sink: Builder[DeleteSinkParameters]
get_link: Builder[GetLinkParameters]
get_sink: Builder[GetSinkParameters]
get_sink_policy: Builder[GetSinkPolicyParameters]
list_attached_links: Builder[ListAttachedLinksParameters]
list_links: Builder[ListLinksParameters]
list_sinks: Builder[ListSinksParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_sink_policy: Builder[PutSinkPolicyParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_link: Builder[UpdateLinkParameters]

__all__ = [
    "create_link",
    "create_sink",
    "delete_link",
    "delete_sink",
    "get_link",
    "get_sink",
    "get_sink_policy",
    "list_attached_links",
    "list_links",
    "list_sinks",
    "list_tags_for_resource",
    "put_sink_policy",
    "tag_resource",
    "untag_resource",
    "update_link",
]
