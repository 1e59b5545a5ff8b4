"""Typed builders of the AWS SDK integration of dax (``aws-sdk:dax:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class SSESpecification(TypedDict, total=False):
    Enabled: B

CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NodeType": S,
        "NodeType.$": str,
        "Description": S,
        "Description.$": str,
        "ReplicationFactor": I,
        "ReplicationFactor.$": str,
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "SubnetGroupName": S,
        "SubnetGroupName.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "NotificationTopicArn": S,
        "NotificationTopicArn.$": str,
        "IamRoleArn": S,
        "IamRoleArn.$": str,
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SseSpecification": X[SSESpecification],
        "SseSpecification.$": str,
        "ClusterEndpointEncryptionType": S,
        "ClusterEndpointEncryptionType.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
    },
    total=False,
)
CreateParameterGroupParameters = TypedDict(
    "CreateParameterGroupParameters",
    {"ParameterGroupName": S, "ParameterGroupName.$": str, "Description": S, "Description.$": str},
    total=False,
)
CreateSubnetGroupParameters = TypedDict(
    "CreateSubnetGroupParameters",
    {
        "SubnetGroupName": S,
        "SubnetGroupName.$": str,
        "Description": S,
        "Description.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
    },
    total=False,
)
DecreaseReplicationFactorParameters = TypedDict(
    "DecreaseReplicationFactorParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NewReplicationFactor": I,
        "NewReplicationFactor.$": str,
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "NodeIdsToRemove": L[Si],
        "NodeIdsToRemove.$": str,
    },
    total=False,
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters", {"ClusterName": S, "ClusterName.$": str}, total=False
)
DeleteParameterGroupParameters = TypedDict(
    "DeleteParameterGroupParameters",
    {"ParameterGroupName": S, "ParameterGroupName.$": str},
    total=False,
)
DeleteSubnetGroupParameters = TypedDict(
    "DeleteSubnetGroupParameters", {"SubnetGroupName": S, "SubnetGroupName.$": str}, total=False
)
DescribeClustersParameters = TypedDict(
    "DescribeClustersParameters",
    {
        "ClusterNames": L[Si],
        "ClusterNames.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeDefaultParametersParameters = TypedDict(
    "DescribeDefaultParametersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeEventsParameters = TypedDict(
    "DescribeEventsParameters",
    {
        "SourceName": S,
        "SourceName.$": str,
        "SourceType": S,
        "SourceType.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Duration": I,
        "Duration.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeParameterGroupsParameters = TypedDict(
    "DescribeParameterGroupsParameters",
    {
        "ParameterGroupNames": L[Si],
        "ParameterGroupNames.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeParametersParameters = TypedDict(
    "DescribeParametersParameters",
    {
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "Source": S,
        "Source.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeSubnetGroupsParameters = TypedDict(
    "DescribeSubnetGroupsParameters",
    {
        "SubnetGroupNames": L[Si],
        "SubnetGroupNames.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
IncreaseReplicationFactorParameters = TypedDict(
    "IncreaseReplicationFactorParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "NewReplicationFactor": I,
        "NewReplicationFactor.$": str,
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
    },
    total=False,
)
ListTagsParameters = TypedDict(
    "ListTagsParameters",
    {"ResourceName": S, "ResourceName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
RebootNodeParameters = TypedDict(
    "RebootNodeParameters",
    {"ClusterName": S, "ClusterName.$": str, "NodeId": S, "NodeId.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceName": S, "ResourceName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceName": S, "ResourceName.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateClusterParameters = TypedDict(
    "UpdateClusterParameters",
    {
        "ClusterName": S,
        "ClusterName.$": str,
        "Description": S,
        "Description.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "NotificationTopicArn": S,
        "NotificationTopicArn.$": str,
        "NotificationTopicStatus": S,
        "NotificationTopicStatus.$": str,
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
    },
    total=False,
)

class ParameterNameValue(TypedDict, total=False):
    ParameterName: S
    ParameterValue: S

UpdateParameterGroupParameters = TypedDict(
    "UpdateParameterGroupParameters",
    {
        "ParameterGroupName": S,
        "ParameterGroupName.$": str,
        "ParameterNameValues": L[Xi[ParameterNameValue]],
        "ParameterNameValues.$": str,
    },
    total=False,
)
UpdateSubnetGroupParameters = TypedDict(
    "UpdateSubnetGroupParameters",
    {
        "SubnetGroupName": S,
        "SubnetGroupName.$": str,
        "Description": S,
        "Description.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
    },
    total=False,
)
create_cluster: Builder[CreateClusterParameters]
create_parameter_group: Builder[CreateParameterGroupParameters]
create_subnet_group: Builder[CreateSubnetGroupParameters]
decrease_replication_factor: Builder[DecreaseReplicationFactorParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_parameter_group: Builder[DeleteParameterGroupParameters]
delete_subnet_group: Builder[DeleteSubnetGroupParameters]
describe_clusters: Builder[DescribeClustersParameters]
describe_default_parameters: Builder[DescribeDefaultParametersParameters]
describe_events: Builder[DescribeEventsParameters]
describe_parameter_groups: Builder[DescribeParameterGroupsParameters]
describe_parameters: Builder[DescribeParametersParameters]
describe_subnet_groups: Builder[DescribeSubnetGroupsParameters]
increase_replication_factor: Builder[IncreaseReplicationFactorParameters]
list_tags: Builder[ListTagsParameters]
reboot_node: Builder[RebootNodeParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_cluster: Builder[UpdateClusterParameters]
update_parameter_group: Builder[UpdateParameterGroupParameters]
update_subnet_group: Builder[UpdateSubnetGroupParameters]

__all__ = [
    "create_cluster",
    "create_parameter_group",
    "create_subnet_group",
    "decrease_replication_factor",
    "delete_cluster",
    "delete_parameter_group",
    "delete_subnet_group",
    "describe_clusters",
    "describe_default_parameters",
    "describe_events",
    "describe_parameter_groups",
    "describe_parameters",
    "describe_subnet_groups",
    "increase_replication_factor",
    "list_tags",
    "reboot_node",
    "tag_resource",
    "untag_resource",
    "update_cluster",
    "update_parameter_group",
    "update_subnet_group",
]
