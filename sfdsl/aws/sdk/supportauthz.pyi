"""Typed builders of the AWS SDK integration of supportauthz (``aws-sdk:supportauthz:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X, Xi

class Unit(TypedDict, total=False): ...

class ActionSet(TypedDict, total=False):
    AllActions: X[Unit]
    Actions: L[Si]

class ResourceSet(TypedDict, total=False):
    AllResourcesInRegion: X[Unit]
    Resources: L[Si]

class Condition(TypedDict, total=False):
    AllowAfter: T
    AllowBefore: T

class Permit(TypedDict, total=False):
    Actions: X[ActionSet]
    Resources: X[ResourceSet]
    Conditions: L[Xi[Condition]]

class SigningKeyInfo(TypedDict, total=False):
    KmsKey: S

CreateSupportPermitParameters = TypedDict(
    "CreateSupportPermitParameters",
    {
        "Permit": X[Permit],
        "Permit.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SigningKeyInfo": X[SigningKeyInfo],
        "SigningKeyInfo.$": str,
        "SupportCaseDisplayId": S,
        "SupportCaseDisplayId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteSupportPermitParameters = TypedDict(
    "DeleteSupportPermitParameters",
    {"SupportPermitIdentifier": S, "SupportPermitIdentifier.$": str},
    total=False,
)
GetActionParameters = TypedDict("GetActionParameters", {"Action": S, "Action.$": str}, total=False)
GetSupportPermitParameters = TypedDict(
    "GetSupportPermitParameters",
    {"SupportPermitIdentifier": S, "SupportPermitIdentifier.$": str},
    total=False,
)
ListActionsParameters = TypedDict(
    "ListActionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Service": S,
        "Service.$": str,
    },
    total=False,
)
ListSupportPermitRequestsParameters = TypedDict(
    "ListSupportPermitRequestsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SupportCaseDisplayId": S,
        "SupportCaseDisplayId.$": str,
    },
    total=False,
)
ListSupportPermitsParameters = TypedDict(
    "ListSupportPermitsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SupportPermitStatuses": L[Si],
        "SupportPermitStatuses.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RejectSupportPermitRequestParameters = TypedDict(
    "RejectSupportPermitRequestParameters", {"RequestArn": S, "RequestArn.$": str}, total=False
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
create_support_permit: Builder[CreateSupportPermitParameters]
delete_support_permit: Builder[DeleteSupportPermitParameters]
get_action: Builder[GetActionParameters]
get_support_permit: Builder[GetSupportPermitParameters]
list_actions: Builder[ListActionsParameters]
list_support_permit_requests: Builder[ListSupportPermitRequestsParameters]
list_support_permits: Builder[ListSupportPermitsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
reject_support_permit_request: Builder[RejectSupportPermitRequestParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "create_support_permit",
    "delete_support_permit",
    "get_action",
    "get_support_permit",
    "list_actions",
    "list_support_permit_requests",
    "list_support_permits",
    "list_tags_for_resource",
    "reject_support_permit_request",
    "tag_resource",
    "untag_resource",
]
