"""Typed builders of the AWS SDK integration of cloudcontrol (``aws-sdk:cloudcontrol:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X

CancelResourceRequestParameters = TypedDict(
    "CancelResourceRequestParameters", {"RequestToken": S, "RequestToken.$": str}, total=False
)
CreateResourceParameters = TypedDict(
    "CreateResourceParameters",
    {
        "TypeName": S,
        "TypeName.$": str,
        "TypeVersionId": S,
        "TypeVersionId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DesiredState": S,
        "DesiredState.$": str,
    },
    total=False,
)
DeleteResourceParameters = TypedDict(
    "DeleteResourceParameters",
    {
        "TypeName": S,
        "TypeName.$": str,
        "TypeVersionId": S,
        "TypeVersionId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Identifier": S,
        "Identifier.$": str,
    },
    total=False,
)
GetResourceParameters = TypedDict(
    "GetResourceParameters",
    {
        "TypeName": S,
        "TypeName.$": str,
        "TypeVersionId": S,
        "TypeVersionId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Identifier": S,
        "Identifier.$": str,
    },
    total=False,
)
GetResourceRequestStatusParameters = TypedDict(
    "GetResourceRequestStatusParameters", {"RequestToken": S, "RequestToken.$": str}, total=False
)

class ResourceRequestStatusFilter(TypedDict, total=False):
    Operations: L[Si]
    OperationStatuses: L[Si]

ListResourceRequestsParameters = TypedDict(
    "ListResourceRequestsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceRequestStatusFilter": X[ResourceRequestStatusFilter],
        "ResourceRequestStatusFilter.$": str,
    },
    total=False,
)
ListResourcesParameters = TypedDict(
    "ListResourcesParameters",
    {
        "TypeName": S,
        "TypeName.$": str,
        "TypeVersionId": S,
        "TypeVersionId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceModel": S,
        "ResourceModel.$": str,
    },
    total=False,
)
UpdateResourceParameters = TypedDict(
    "UpdateResourceParameters",
    {
        "TypeName": S,
        "TypeName.$": str,
        "TypeVersionId": S,
        "TypeVersionId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "PatchDocument": S,
        "PatchDocument.$": str,
    },
    total=False,
)
cancel_resource_request: Builder[CancelResourceRequestParameters]
create_resource: Builder[CreateResourceParameters]
delete_resource: Builder[DeleteResourceParameters]
get_resource: Builder[GetResourceParameters]
get_resource_request_status: Builder[GetResourceRequestStatusParameters]
list_resource_requests: Builder[ListResourceRequestsParameters]
list_resources: Builder[ListResourcesParameters]
update_resource: Builder[UpdateResourceParameters]

__all__ = [
    "cancel_resource_request",
    "create_resource",
    "delete_resource",
    "get_resource",
    "get_resource_request_status",
    "list_resource_requests",
    "list_resources",
    "update_resource",
]
