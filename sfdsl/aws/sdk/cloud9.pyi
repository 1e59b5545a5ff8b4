"""Typed builders of the AWS SDK integration of cloud9 (``aws-sdk:cloud9:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateEnvironmentEC2Parameters = TypedDict(
    "CreateEnvironmentEC2Parameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "ImageId": S,
        "ImageId.$": str,
        "AutomaticStopTimeMinutes": I,
        "AutomaticStopTimeMinutes.$": str,
        "OwnerArn": S,
        "OwnerArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ConnectionType": S,
        "ConnectionType.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateEnvironmentMembershipParameters = TypedDict(
    "CreateEnvironmentMembershipParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "UserArn": S,
        "UserArn.$": str,
        "Permissions": S,
        "Permissions.$": str,
    },
    total=False,
)
DeleteEnvironmentParameters = TypedDict(
    "DeleteEnvironmentParameters", {"EnvironmentId": S, "EnvironmentId.$": str}, total=False
)
DeleteEnvironmentMembershipParameters = TypedDict(
    "DeleteEnvironmentMembershipParameters",
    {"EnvironmentId": S, "EnvironmentId.$": str, "UserArn": S, "UserArn.$": str},
    total=False,
)
DescribeEnvironmentMembershipsParameters = TypedDict(
    "DescribeEnvironmentMembershipsParameters",
    {
        "UserArn": S,
        "UserArn.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "Permissions": L[Si],
        "Permissions.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeEnvironmentStatusParameters = TypedDict(
    "DescribeEnvironmentStatusParameters", {"EnvironmentId": S, "EnvironmentId.$": str}, total=False
)
DescribeEnvironmentsParameters = TypedDict(
    "DescribeEnvironmentsParameters",
    {"EnvironmentIds": L[Si], "EnvironmentIds.$": str},
    total=False,
)
ListEnvironmentsParameters = TypedDict(
    "ListEnvironmentsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateEnvironmentParameters = TypedDict(
    "UpdateEnvironmentParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ManagedCredentialsAction": S,
        "ManagedCredentialsAction.$": str,
    },
    total=False,
)
UpdateEnvironmentMembershipParameters = TypedDict(
    "UpdateEnvironmentMembershipParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "UserArn": S,
        "UserArn.$": str,
        "Permissions": S,
        "Permissions.$": str,
    },
    total=False,
)
create_environment_ec2: Builder[CreateEnvironmentEC2Parameters]
create_environment_membership: Builder[CreateEnvironmentMembershipParameters]
delete_environment: Builder[DeleteEnvironmentParameters]
delete_environment_membership: Builder[DeleteEnvironmentMembershipParameters]
describe_environment_memberships: Builder[DescribeEnvironmentMembershipsParameters]
describe_environment_status: Builder[DescribeEnvironmentStatusParameters]
describe_environments: Builder[DescribeEnvironmentsParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_environment: Builder[UpdateEnvironmentParameters]
update_environment_membership: Builder[UpdateEnvironmentMembershipParameters]

__all__ = [
    "create_environment_ec2",
    "create_environment_membership",
    "delete_environment",
    "delete_environment_membership",
    "describe_environment_memberships",
    "describe_environment_status",
    "describe_environments",
    "list_environments",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_environment",
    "update_environment_membership",
]
