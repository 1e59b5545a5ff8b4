"""Typed builders of the AWS SDK integration of globalaccelerator (``aws-sdk:globalaccelerator:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, S, Si, X, Xi

class CustomRoutingEndpointConfiguration(TypedDict, total=False):
    EndpointId: S
    AttachmentArn: S

AddCustomRoutingEndpointsParameters = TypedDict(
    "AddCustomRoutingEndpointsParameters",
    {
        "EndpointConfigurations": L[Xi[CustomRoutingEndpointConfiguration]],
        "EndpointConfigurations.$": str,
        "EndpointGroupArn": S,
        "EndpointGroupArn.$": str,
    },
    total=False,
)

class EndpointConfiguration(TypedDict, total=False):
    EndpointId: S
    Weight: I
    ClientIPPreservationEnabled: B
    AttachmentArn: S

AddEndpointsParameters = TypedDict(
    "AddEndpointsParameters",
    {
        "EndpointConfigurations": L[Xi[EndpointConfiguration]],
        "EndpointConfigurations.$": str,
        "EndpointGroupArn": S,
        "EndpointGroupArn.$": str,
    },
    total=False,
)
AdvertiseByoipCidrParameters = TypedDict(
    "AdvertiseByoipCidrParameters", {"Cidr": S, "Cidr.$": str}, total=False
)
AllowCustomRoutingTrafficParameters = TypedDict(
    "AllowCustomRoutingTrafficParameters",
    {
        "EndpointGroupArn": S,
        "EndpointGroupArn.$": str,
        "EndpointId": S,
        "EndpointId.$": str,
        "DestinationAddresses": L[Si],
        "DestinationAddresses.$": str,
        "DestinationPorts": L[Ii],
        "DestinationPorts.$": str,
        "AllowAllTrafficToEndpoint": B,
        "AllowAllTrafficToEndpoint.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateAcceleratorParameters = TypedDict(
    "CreateAcceleratorParameters",
    {
        "Name": S,
        "Name.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "IpAddresses": L[Si],
        "IpAddresses.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class Resource(TypedDict, total=False):
    EndpointId: S
    Cidr: S
    Region: S

CreateCrossAccountAttachmentParameters = TypedDict(
    "CreateCrossAccountAttachmentParameters",
    {
        "Name": S,
        "Name.$": str,
        "Principals": L[Si],
        "Principals.$": str,
        "Resources": L[Xi[Resource]],
        "Resources.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateCustomRoutingAcceleratorParameters = TypedDict(
    "CreateCustomRoutingAcceleratorParameters",
    {
        "Name": S,
        "Name.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "IpAddresses": L[Si],
        "IpAddresses.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CustomRoutingDestinationConfiguration(TypedDict, total=False):
    FromPort: I
    ToPort: I
    Protocols: L[Si]

CreateCustomRoutingEndpointGroupParameters = TypedDict(
    "CreateCustomRoutingEndpointGroupParameters",
    {
        "ListenerArn": S,
        "ListenerArn.$": str,
        "EndpointGroupRegion": S,
        "EndpointGroupRegion.$": str,
        "DestinationConfigurations": L[Xi[CustomRoutingDestinationConfiguration]],
        "DestinationConfigurations.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)

class PortRange(TypedDict, total=False):
    FromPort: I
    ToPort: I

CreateCustomRoutingListenerParameters = TypedDict(
    "CreateCustomRoutingListenerParameters",
    {
        "AcceleratorArn": S,
        "AcceleratorArn.$": str,
        "PortRanges": L[Xi[PortRange]],
        "PortRanges.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)

class PortOverride(TypedDict, total=False):
    ListenerPort: I
    EndpointPort: I

CreateEndpointGroupParameters = TypedDict(
    "CreateEndpointGroupParameters",
    {
        "ListenerArn": S,
        "ListenerArn.$": str,
        "EndpointGroupRegion": S,
        "EndpointGroupRegion.$": str,
        "EndpointConfigurations": L[Xi[EndpointConfiguration]],
        "EndpointConfigurations.$": str,
        "TrafficDialPercentage": F,
        "TrafficDialPercentage.$": str,
        "HealthCheckPort": I,
        "HealthCheckPort.$": str,
        "HealthCheckProtocol": S,
        "HealthCheckProtocol.$": str,
        "HealthCheckPath": S,
        "HealthCheckPath.$": str,
        "HealthCheckIntervalSeconds": I,
        "HealthCheckIntervalSeconds.$": str,
        "ThresholdCount": I,
        "ThresholdCount.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "PortOverrides": L[Xi[PortOverride]],
        "PortOverrides.$": str,
    },
    total=False,
)
CreateListenerParameters = TypedDict(
    "CreateListenerParameters",
    {
        "AcceleratorArn": S,
        "AcceleratorArn.$": str,
        "PortRanges": L[Xi[PortRange]],
        "PortRanges.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "ClientAffinity": S,
        "ClientAffinity.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
DeleteAcceleratorParameters = TypedDict(
    "DeleteAcceleratorParameters", {"AcceleratorArn": S, "AcceleratorArn.$": str}, total=False
)
DeleteCrossAccountAttachmentParameters = TypedDict(
    "DeleteCrossAccountAttachmentParameters",
    {"AttachmentArn": S, "AttachmentArn.$": str},
    total=False,
)
DeleteCustomRoutingAcceleratorParameters = TypedDict(
    "DeleteCustomRoutingAcceleratorParameters",
    {"AcceleratorArn": S, "AcceleratorArn.$": str},
    total=False,
)
DeleteCustomRoutingEndpointGroupParameters = TypedDict(
    "DeleteCustomRoutingEndpointGroupParameters",
    {"EndpointGroupArn": S, "EndpointGroupArn.$": str},
    total=False,
)
DeleteCustomRoutingListenerParameters = TypedDict(
    "DeleteCustomRoutingListenerParameters", {"ListenerArn": S, "ListenerArn.$": str}, total=False
)
DeleteEndpointGroupParameters = TypedDict(
    "DeleteEndpointGroupParameters", {"EndpointGroupArn": S, "EndpointGroupArn.$": str}, total=False
)
DeleteListenerParameters = TypedDict(
    "DeleteListenerParameters", {"ListenerArn": S, "ListenerArn.$": str}, total=False
)
DenyCustomRoutingTrafficParameters = TypedDict(
    "DenyCustomRoutingTrafficParameters",
    {
        "EndpointGroupArn": S,
        "EndpointGroupArn.$": str,
        "EndpointId": S,
        "EndpointId.$": str,
        "DestinationAddresses": L[Si],
        "DestinationAddresses.$": str,
        "DestinationPorts": L[Ii],
        "DestinationPorts.$": str,
        "DenyAllTrafficToEndpoint": B,
        "DenyAllTrafficToEndpoint.$": str,
    },
    total=False,
)
DeprovisionByoipCidrParameters = TypedDict(
    "DeprovisionByoipCidrParameters", {"Cidr": S, "Cidr.$": str}, total=False
)
DescribeAcceleratorParameters = TypedDict(
    "DescribeAcceleratorParameters", {"AcceleratorArn": S, "AcceleratorArn.$": str}, total=False
)
DescribeAcceleratorAttributesParameters = TypedDict(
    "DescribeAcceleratorAttributesParameters",
    {"AcceleratorArn": S, "AcceleratorArn.$": str},
    total=False,
)
DescribeCrossAccountAttachmentParameters = TypedDict(
    "DescribeCrossAccountAttachmentParameters",
    {"AttachmentArn": S, "AttachmentArn.$": str},
    total=False,
)
DescribeCustomRoutingAcceleratorParameters = TypedDict(
    "DescribeCustomRoutingAcceleratorParameters",
    {"AcceleratorArn": S, "AcceleratorArn.$": str},
    total=False,
)
DescribeCustomRoutingAcceleratorAttributesParameters = TypedDict(
    "DescribeCustomRoutingAcceleratorAttributesParameters",
    {"AcceleratorArn": S, "AcceleratorArn.$": str},
    total=False,
)
DescribeCustomRoutingEndpointGroupParameters = TypedDict(
    "DescribeCustomRoutingEndpointGroupParameters",
    {"EndpointGroupArn": S, "EndpointGroupArn.$": str},
    total=False,
)
DescribeCustomRoutingListenerParameters = TypedDict(
    "DescribeCustomRoutingListenerParameters", {"ListenerArn": S, "ListenerArn.$": str}, total=False
)
DescribeEndpointGroupParameters = TypedDict(
    "DescribeEndpointGroupParameters",
    {"EndpointGroupArn": S, "EndpointGroupArn.$": str},
    total=False,
)
DescribeListenerParameters = TypedDict(
    "DescribeListenerParameters", {"ListenerArn": S, "ListenerArn.$": str}, total=False
)
ListAcceleratorsParameters = TypedDict(
    "ListAcceleratorsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListByoipCidrsParameters = TypedDict(
    "ListByoipCidrsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListCrossAccountAttachmentsParameters = TypedDict(
    "ListCrossAccountAttachmentsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class ListCrossAccountResourceAccountsParameters(TypedDict, total=False): ...

ListCrossAccountResourcesParameters = TypedDict(
    "ListCrossAccountResourcesParameters",
    {
        "AcceleratorArn": S,
        "AcceleratorArn.$": str,
        "ResourceOwnerAwsAccountId": S,
        "ResourceOwnerAwsAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCustomRoutingAcceleratorsParameters = TypedDict(
    "ListCustomRoutingAcceleratorsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListCustomRoutingEndpointGroupsParameters = TypedDict(
    "ListCustomRoutingEndpointGroupsParameters",
    {
        "ListenerArn": S,
        "ListenerArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCustomRoutingListenersParameters = TypedDict(
    "ListCustomRoutingListenersParameters",
    {
        "AcceleratorArn": S,
        "AcceleratorArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCustomRoutingPortMappingsParameters = TypedDict(
    "ListCustomRoutingPortMappingsParameters",
    {
        "AcceleratorArn": S,
        "AcceleratorArn.$": str,
        "EndpointGroupArn": S,
        "EndpointGroupArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCustomRoutingPortMappingsByDestinationParameters = TypedDict(
    "ListCustomRoutingPortMappingsByDestinationParameters",
    {
        "EndpointId": S,
        "EndpointId.$": str,
        "DestinationAddress": S,
        "DestinationAddress.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEndpointGroupsParameters = TypedDict(
    "ListEndpointGroupsParameters",
    {
        "ListenerArn": S,
        "ListenerArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListListenersParameters = TypedDict(
    "ListListenersParameters",
    {
        "AcceleratorArn": S,
        "AcceleratorArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class CidrAuthorizationContext(TypedDict, total=False):
    Message: S
    Signature: S

ProvisionByoipCidrParameters = TypedDict(
    "ProvisionByoipCidrParameters",
    {
        "Cidr": S,
        "Cidr.$": str,
        "CidrAuthorizationContext": X[CidrAuthorizationContext],
        "CidrAuthorizationContext.$": str,
    },
    total=False,
)
RemoveCustomRoutingEndpointsParameters = TypedDict(
    "RemoveCustomRoutingEndpointsParameters",
    {"EndpointIds": L[Si], "EndpointIds.$": str, "EndpointGroupArn": S, "EndpointGroupArn.$": str},
    total=False,
)

class EndpointIdentifier(TypedDict, total=False):
    EndpointId: S
    ClientIPPreservationEnabled: B

RemoveEndpointsParameters = TypedDict(
    "RemoveEndpointsParameters",
    {
        "EndpointIdentifiers": L[Xi[EndpointIdentifier]],
        "EndpointIdentifiers.$": str,
        "EndpointGroupArn": S,
        "EndpointGroupArn.$": str,
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
UpdateAcceleratorParameters = TypedDict(
    "UpdateAcceleratorParameters",
    {
        "AcceleratorArn": S,
        "AcceleratorArn.$": str,
        "Name": S,
        "Name.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "IpAddresses": L[Si],
        "IpAddresses.$": str,
        "Enabled": B,
        "Enabled.$": str,
    },
    total=False,
)
UpdateAcceleratorAttributesParameters = TypedDict(
    "UpdateAcceleratorAttributesParameters",
    {
        "AcceleratorArn": S,
        "AcceleratorArn.$": str,
        "FlowLogsEnabled": B,
        "FlowLogsEnabled.$": str,
        "FlowLogsS3Bucket": S,
        "FlowLogsS3Bucket.$": str,
        "FlowLogsS3Prefix": S,
        "FlowLogsS3Prefix.$": str,
    },
    total=False,
)
UpdateCrossAccountAttachmentParameters = TypedDict(
    "UpdateCrossAccountAttachmentParameters",
    {
        "AttachmentArn": S,
        "AttachmentArn.$": str,
        "Name": S,
        "Name.$": str,
        "AddPrincipals": L[Si],
        "AddPrincipals.$": str,
        "RemovePrincipals": L[Si],
        "RemovePrincipals.$": str,
        "AddResources": L[Xi[Resource]],
        "AddResources.$": str,
        "RemoveResources": L[Xi[Resource]],
        "RemoveResources.$": str,
    },
    total=False,
)
UpdateCustomRoutingAcceleratorParameters = TypedDict(
    "UpdateCustomRoutingAcceleratorParameters",
    {
        "AcceleratorArn": S,
        "AcceleratorArn.$": str,
        "Name": S,
        "Name.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "IpAddresses": L[Si],
        "IpAddresses.$": str,
        "Enabled": B,
        "Enabled.$": str,
    },
    total=False,
)
UpdateCustomRoutingAcceleratorAttributesParameters = TypedDict(
    "UpdateCustomRoutingAcceleratorAttributesParameters",
    {
        "AcceleratorArn": S,
        "AcceleratorArn.$": str,
        "FlowLogsEnabled": B,
        "FlowLogsEnabled.$": str,
        "FlowLogsS3Bucket": S,
        "FlowLogsS3Bucket.$": str,
        "FlowLogsS3Prefix": S,
        "FlowLogsS3Prefix.$": str,
    },
    total=False,
)
UpdateCustomRoutingListenerParameters = TypedDict(
    "UpdateCustomRoutingListenerParameters",
    {"ListenerArn": S, "ListenerArn.$": str, "PortRanges": L[Xi[PortRange]], "PortRanges.$": str},
    total=False,
)
UpdateEndpointGroupParameters = TypedDict(
    "UpdateEndpointGroupParameters",
    {
        "EndpointGroupArn": S,
        "EndpointGroupArn.$": str,
        "EndpointConfigurations": L[Xi[EndpointConfiguration]],
        "EndpointConfigurations.$": str,
        "TrafficDialPercentage": F,
        "TrafficDialPercentage.$": str,
        "HealthCheckPort": I,
        "HealthCheckPort.$": str,
        "HealthCheckProtocol": S,
        "HealthCheckProtocol.$": str,
        "HealthCheckPath": S,
        "HealthCheckPath.$": str,
        "HealthCheckIntervalSeconds": I,
        "HealthCheckIntervalSeconds.$": str,
        "ThresholdCount": I,
        "ThresholdCount.$": str,
        "PortOverrides": L[Xi[PortOverride]],
        "PortOverrides.$": str,
    },
    total=False,
)
UpdateListenerParameters = TypedDict(
    "UpdateListenerParameters",
    {
        "ListenerArn": S,
        "ListenerArn.$": str,
        "PortRanges": L[Xi[PortRange]],
        "PortRanges.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "ClientAffinity": S,
        "ClientAffinity.$": str,
    },
    total=False,
)
WithdrawByoipCidrParameters = TypedDict(
    "WithdrawByoipCidrParameters", {"Cidr": S, "Cidr.$": str}, total=False
)
add_custom_routing_endpoints: Builder[AddCustomRoutingEndpointsParameters]
add_endpoints: Builder[AddEndpointsParameters]
advertise_byoip_cidr: Builder[AdvertiseByoipCidrParameters]
allow_custom_routing_traffic: Builder[AllowCustomRoutingTrafficParameters]
create_accelerator: Builder[CreateAcceleratorParameters]
create_cross_account_attachment: Builder[CreateCrossAccountAttachmentParameters]
create_custom_routing_accelerator: Builder[CreateCustomRoutingAcceleratorParameters]
create_custom_routing_endpoint_group: Builder[CreateCustomRoutingEndpointGroupParameters]
create_custom_routing_listener: Builder[CreateCustomRoutingListenerParameters]
create_endpoint_group: Builder[CreateEndpointGroupParameters]
create_listener: Builder[CreateListenerParameters]
delete_accelerator: Builder[DeleteAcceleratorParameters]
delete_cross_account_attachment: Builder[DeleteCrossAccountAttachmentParameters]
delete_custom_routing_accelerator: Builder[DeleteCustomRoutingAcceleratorParameters]
delete_custom_routing_endpoint_group: Builder[DeleteCustomRoutingEndpointGroupParameters]
delete_custom_routing_listener: Builder[DeleteCustomRoutingListenerParameters]
delete_endpoint_group: Builder[DeleteEndpointGroupParameters]
delete_listener: Builder[DeleteListenerParameters]
deny_custom_routing_traffic: Builder[DenyCustomRoutingTrafficParameters]
deprovision_byoip_cidr: Builder[DeprovisionByoipCidrParameters]
describe_accelerator: Builder[DescribeAcceleratorParameters]
describe_accelerator_attributes: Builder[DescribeAcceleratorAttributesParameters]
describe_cross_account_attachment: Builder[DescribeCrossAccountAttachmentParameters]
describe_custom_routing_accelerator: Builder[DescribeCustomRoutingAcceleratorParameters]
describe_custom_routing_accelerator_attributes: Builder[
    DescribeCustomRoutingAcceleratorAttributesParameters
]
describe_custom_routing_endpoint_group: Builder[DescribeCustomRoutingEndpointGroupParameters]
describe_custom_routing_listener: Builder[DescribeCustomRoutingListenerParameters]
describe_endpoint_group: Builder[DescribeEndpointGroupParameters]
describe_listener: Builder[DescribeListenerParameters]
list_accelerators: Builder[ListAcceleratorsParameters]
list_byoip_cidrs: Builder[ListByoipCidrsParameters]
list_cross_account_attachments: Builder[ListCrossAccountAttachmentsParameters]
list_cross_account_resource_accounts: Builder[ListCrossAccountResourceAccountsParameters]
list_cross_account_resources: Builder[ListCrossAccountResourcesParameters]
list_custom_routing_accelerators: Builder[ListCustomRoutingAcceleratorsParameters]
list_custom_routing_endpoint_groups: Builder[ListCustomRoutingEndpointGroupsParameters]
list_custom_routing_listeners: Builder[ListCustomRoutingListenersParameters]
list_custom_routing_port_mappings: Builder[ListCustomRoutingPortMappingsParameters]
list_custom_routing_port_mappings_by_destination: Builder[
    ListCustomRoutingPortMappingsByDestinationParameters
]
list_endpoint_groups: Builder[ListEndpointGroupsParameters]
list_listeners: Builder[ListListenersParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
provision_byoip_cidr: Builder[ProvisionByoipCidrParameters]
remove_custom_routing_endpoints: Builder[RemoveCustomRoutingEndpointsParameters]
remove_endpoints: Builder[RemoveEndpointsParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_accelerator: Builder[UpdateAcceleratorParameters]
update_accelerator_attributes: Builder[UpdateAcceleratorAttributesParameters]
update_cross_account_attachment: Builder[UpdateCrossAccountAttachmentParameters]
update_custom_routing_accelerator: Builder[UpdateCustomRoutingAcceleratorParameters]
update_custom_routing_accelerator_attributes: Builder[
    UpdateCustomRoutingAcceleratorAttributesParameters
]
update_custom_routing_listener: Builder[UpdateCustomRoutingListenerParameters]
update_endpoint_group: Builder[UpdateEndpointGroupParameters]
update_listener: Builder[UpdateListenerParameters]
withdraw_byoip_cidr: Builder[WithdrawByoipCidrParameters]

__all__ = [
    "add_custom_routing_endpoints",
    "add_endpoints",
    "advertise_byoip_cidr",
    "allow_custom_routing_traffic",
    "create_accelerator",
    "create_cross_account_attachment",
    "create_custom_routing_accelerator",
    "create_custom_routing_endpoint_group",
    "create_custom_routing_listener",
    "create_endpoint_group",
    "create_listener",
    "delete_accelerator",
    "delete_cross_account_attachment",
    "delete_custom_routing_accelerator",
    "delete_custom_routing_endpoint_group",
    "delete_custom_routing_listener",
    "delete_endpoint_group",
    "delete_listener",
    "deny_custom_routing_traffic",
    "deprovision_byoip_cidr",
    "describe_accelerator",
    "describe_accelerator_attributes",
    "describe_cross_account_attachment",
    "describe_custom_routing_accelerator",
    "describe_custom_routing_accelerator_attributes",
    "describe_custom_routing_endpoint_group",
    "describe_custom_routing_listener",
    "describe_endpoint_group",
    "describe_listener",
    "list_accelerators",
    "list_byoip_cidrs",
    "list_cross_account_attachments",
    "list_cross_account_resource_accounts",
    "list_cross_account_resources",
    "list_custom_routing_accelerators",
    "list_custom_routing_endpoint_groups",
    "list_custom_routing_listeners",
    "list_custom_routing_port_mappings",
    "list_custom_routing_port_mappings_by_destination",
    "list_endpoint_groups",
    "list_listeners",
    "list_tags_for_resource",
    "provision_byoip_cidr",
    "remove_custom_routing_endpoints",
    "remove_endpoints",
    "tag_resource",
    "untag_resource",
    "update_accelerator",
    "update_accelerator_attributes",
    "update_cross_account_attachment",
    "update_custom_routing_accelerator",
    "update_custom_routing_accelerator_attributes",
    "update_custom_routing_listener",
    "update_endpoint_group",
    "update_listener",
    "withdraw_byoip_cidr",
]
