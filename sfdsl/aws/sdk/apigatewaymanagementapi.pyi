"""Typed builders of the AWS SDK integration of apigatewaymanagementapi (``aws-sdk:apigatewaymanagementapi:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, S

DeleteConnectionParameters = TypedDict(
    "DeleteConnectionParameters", {"ConnectionId": S, "ConnectionId.$": str}, total=False
)
GetConnectionParameters = TypedDict(
    "GetConnectionParameters", {"ConnectionId": S, "ConnectionId.$": str}, total=False
)
PostToConnectionParameters = TypedDict(
    "PostToConnectionParameters",
    {"Data": S, "Data.$": str, "ConnectionId": S, "ConnectionId.$": str},
    total=False,
)
delete_connection: Builder[DeleteConnectionParameters]
get_connection: Builder[GetConnectionParameters]
post_to_connection: Builder[PostToConnectionParameters]

__all__ = ["delete_connection", "get_connection", "post_to_connection"]
