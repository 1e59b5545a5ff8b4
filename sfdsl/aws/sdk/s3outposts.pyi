"""Typed builders of the AWS SDK integration of s3outposts (``aws-sdk:s3outposts:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, S

CreateEndpointParameters = TypedDict(
    "CreateEndpointParameters",
    {
        "OutpostId": S,
        "OutpostId.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "SecurityGroupId": S,
        "SecurityGroupId.$": str,
        "AccessType": S,
        "AccessType.$": str,
        "CustomerOwnedIpv4Pool": S,
        "CustomerOwnedIpv4Pool.$": str,
    },
    total=False,
)
DeleteEndpointParameters = TypedDict(
    "DeleteEndpointParameters",
    {"EndpointId": S, "EndpointId.$": str, "OutpostId": S, "OutpostId.$": str},
    total=False,
)
ListEndpointsParameters = TypedDict(
    "ListEndpointsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListOutpostsWithS3Parameters = TypedDict(
    "ListOutpostsWithS3Parameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListSharedEndpointsParameters = TypedDict(
    "ListSharedEndpointsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "OutpostId": S,
        "OutpostId.$": str,
    },
    total=False,
)
create_endpoint: Builder[CreateEndpointParameters]
delete_endpoint: Builder[DeleteEndpointParameters]
list_endpoints: Builder[ListEndpointsParameters]
list_outposts_with_s3: Builder[ListOutpostsWithS3Parameters]
list_shared_endpoints: Builder[ListSharedEndpointsParameters]

__all__ = [
    "create_endpoint",
    "delete_endpoint",
    "list_endpoints",
    "list_outposts_with_s3",
    "list_shared_endpoints",
]
