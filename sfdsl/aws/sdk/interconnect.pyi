"""Typed builders of the AWS SDK integration of interconnect (``aws-sdk:interconnect:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X

class AttachPoint(TypedDict, total=False):
    DirectConnectGateway: S
    Arn: S

AcceptConnectionProposalParameters = TypedDict(
    "AcceptConnectionProposalParameters",
    {
        "AttachPoint": X[AttachPoint],
        "AttachPoint.$": str,
        "ActivationKey": S,
        "ActivationKey.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class RemoteAccountIdentifier(TypedDict, total=False):
    Identifier: S

CreateConnectionParameters = TypedDict(
    "CreateConnectionParameters",
    {
        "Description": S,
        "Description.$": str,
        "Bandwidth": S,
        "Bandwidth.$": str,
        "AttachPoint": X[AttachPoint],
        "AttachPoint.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "RemoteAccount": X[RemoteAccountIdentifier],
        "RemoteAccount.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteConnectionParameters = TypedDict(
    "DeleteConnectionParameters",
    {"Identifier": S, "Identifier.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DescribeConnectionProposalParameters = TypedDict(
    "DescribeConnectionProposalParameters",
    {"ActivationKey": S, "ActivationKey.$": str},
    total=False,
)
GetConnectionParameters = TypedDict(
    "GetConnectionParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetEnvironmentParameters = TypedDict(
    "GetEnvironmentParameters", {"Id": S, "Id.$": str}, total=False
)
ListAttachPointsParameters = TypedDict(
    "ListAttachPointsParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class Provider(TypedDict, total=False):
    CloudServiceProvider: S
    LastMileProvider: S

ListConnectionsParameters = TypedDict(
    "ListConnectionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "State": S,
        "State.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "Provider": X[Provider],
        "Provider.$": str,
        "AttachPoint": X[AttachPoint],
        "AttachPoint.$": str,
    },
    total=False,
)
ListEnvironmentsParameters = TypedDict(
    "ListEnvironmentsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Provider": X[Provider],
        "Provider.$": str,
        "Location": S,
        "Location.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Arn": S, "Arn.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters", {"Arn": S, "Arn.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateConnectionParameters = TypedDict(
    "UpdateConnectionParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Description": S,
        "Description.$": str,
        "Bandwidth": S,
        "Bandwidth.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
accept_connection_proposal: Builder[AcceptConnectionProposalParameters]
create_connection: Builder[CreateConnectionParameters]
delete_connection: Builder[DeleteConnectionParameters]
describe_connection_proposal: Builder[DescribeConnectionProposalParameters]
get_connection: Builder[GetConnectionParameters]
get_environment: Builder[GetEnvironmentParameters]
list_attach_points: Builder[ListAttachPointsParameters]
list_connections: Builder[ListConnectionsParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_connection: Builder[UpdateConnectionParameters]

__all__ = [
    "accept_connection_proposal",
    "create_connection",
    "delete_connection",
    "describe_connection_proposal",
    "get_connection",
    "get_environment",
    "list_attach_points",
    "list_connections",
    "list_environments",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_connection",
]
