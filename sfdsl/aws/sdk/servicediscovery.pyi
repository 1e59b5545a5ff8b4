"""Typed builders of the AWS SDK integration of servicediscovery (``aws-sdk:servicediscovery:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateHttpNamespaceParameters = TypedDict(
    "CreateHttpNamespaceParameters",
    {
        "Name": S,
        "Name.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class SOA(TypedDict, total=False):
    Ttl: I

class PrivateDnsPropertiesMutable(TypedDict, total=False):
    Soa: X[SOA]

class PrivateDnsNamespaceProperties(TypedDict, total=False):
    DnsProperties: X[PrivateDnsPropertiesMutable]

CreatePrivateDnsNamespaceParameters = TypedDict(
    "CreatePrivateDnsNamespaceParameters",
    {
        "Name": S,
        "Name.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "Description": S,
        "Description.$": str,
        "Vpc": S,
        "Vpc.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Properties": X[PrivateDnsNamespaceProperties],
        "Properties.$": str,
    },
    total=False,
)

class PublicDnsPropertiesMutable(TypedDict, total=False):
    Soa: X[SOA]

class PublicDnsNamespaceProperties(TypedDict, total=False):
    DnsProperties: X[PublicDnsPropertiesMutable]

CreatePublicDnsNamespaceParameters = TypedDict(
    "CreatePublicDnsNamespaceParameters",
    {
        "Name": S,
        "Name.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Properties": X[PublicDnsNamespaceProperties],
        "Properties.$": str,
    },
    total=False,
)

class DnsRecord(TypedDict, total=False):
    Type: S
    Ttl: I

class DnsConfig(TypedDict, total=False):
    NamespaceId: S
    RoutingPolicy: S
    DnsRecords: L[Xi[DnsRecord]]

class HealthCheckConfig(TypedDict, total=False):
    Type: S
    ResourcePath: S
    FailureThreshold: I

class HealthCheckCustomConfig(TypedDict, total=False):
    FailureThreshold: I

CreateServiceParameters = TypedDict(
    "CreateServiceParameters",
    {
        "Name": S,
        "Name.$": str,
        "NamespaceId": S,
        "NamespaceId.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "Description": S,
        "Description.$": str,
        "DnsConfig": X[DnsConfig],
        "DnsConfig.$": str,
        "HealthCheckConfig": X[HealthCheckConfig],
        "HealthCheckConfig.$": str,
        "HealthCheckCustomConfig": X[HealthCheckCustomConfig],
        "HealthCheckCustomConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
DeleteNamespaceParameters = TypedDict(
    "DeleteNamespaceParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteServiceParameters = TypedDict("DeleteServiceParameters", {"Id": S, "Id.$": str}, total=False)
DeleteServiceAttributesParameters = TypedDict(
    "DeleteServiceAttributesParameters",
    {"ServiceId": S, "ServiceId.$": str, "Attributes": L[Si], "Attributes.$": str},
    total=False,
)
DeregisterInstanceParameters = TypedDict(
    "DeregisterInstanceParameters",
    {"ServiceId": S, "ServiceId.$": str, "InstanceId": S, "InstanceId.$": str},
    total=False,
)
DiscoverInstancesParameters = TypedDict(
    "DiscoverInstancesParameters",
    {
        "NamespaceName": S,
        "NamespaceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "QueryParameters": M[S],
        "QueryParameters.$": str,
        "OptionalParameters": M[S],
        "OptionalParameters.$": str,
        "HealthStatus": S,
        "HealthStatus.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
    },
    total=False,
)
DiscoverInstancesRevisionParameters = TypedDict(
    "DiscoverInstancesRevisionParameters",
    {
        "NamespaceName": S,
        "NamespaceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
    },
    total=False,
)
GetInstanceParameters = TypedDict(
    "GetInstanceParameters",
    {"ServiceId": S, "ServiceId.$": str, "InstanceId": S, "InstanceId.$": str},
    total=False,
)
GetInstancesHealthStatusParameters = TypedDict(
    "GetInstancesHealthStatusParameters",
    {
        "ServiceId": S,
        "ServiceId.$": str,
        "Instances": L[Si],
        "Instances.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetNamespaceParameters = TypedDict("GetNamespaceParameters", {"Id": S, "Id.$": str}, total=False)
GetOperationParameters = TypedDict(
    "GetOperationParameters",
    {"OperationId": S, "OperationId.$": str, "OwnerAccount": S, "OwnerAccount.$": str},
    total=False,
)
GetServiceParameters = TypedDict("GetServiceParameters", {"Id": S, "Id.$": str}, total=False)
GetServiceAttributesParameters = TypedDict(
    "GetServiceAttributesParameters", {"ServiceId": S, "ServiceId.$": str}, total=False
)
ListInstancesParameters = TypedDict(
    "ListInstancesParameters",
    {
        "ServiceId": S,
        "ServiceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class NamespaceFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Condition: S

ListNamespacesParameters = TypedDict(
    "ListNamespacesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[NamespaceFilter]],
        "Filters.$": str,
    },
    total=False,
)

class OperationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Condition: S

ListOperationsParameters = TypedDict(
    "ListOperationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[OperationFilter]],
        "Filters.$": str,
    },
    total=False,
)

class ServiceFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Condition: S

ListServicesParameters = TypedDict(
    "ListServicesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[ServiceFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
RegisterInstanceParameters = TypedDict(
    "RegisterInstanceParameters",
    {
        "ServiceId": S,
        "ServiceId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "CreatorRequestId": S,
        "CreatorRequestId.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
    },
    total=False,
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

class HttpNamespaceChange(TypedDict, total=False):
    Description: S

UpdateHttpNamespaceParameters = TypedDict(
    "UpdateHttpNamespaceParameters",
    {
        "Id": S,
        "Id.$": str,
        "UpdaterRequestId": S,
        "UpdaterRequestId.$": str,
        "Namespace": X[HttpNamespaceChange],
        "Namespace.$": str,
    },
    total=False,
)
UpdateInstanceCustomHealthStatusParameters = TypedDict(
    "UpdateInstanceCustomHealthStatusParameters",
    {
        "ServiceId": S,
        "ServiceId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)

class SOAChange(TypedDict, total=False):
    Ttl: I

class PrivateDnsPropertiesMutableChange(TypedDict, total=False):
    Soa: X[SOAChange]

class PrivateDnsNamespacePropertiesChange(TypedDict, total=False):
    DnsProperties: X[PrivateDnsPropertiesMutableChange]

class PrivateDnsNamespaceChange(TypedDict, total=False):
    Description: S
    Properties: X[PrivateDnsNamespacePropertiesChange]

UpdatePrivateDnsNamespaceParameters = TypedDict(
    "UpdatePrivateDnsNamespaceParameters",
    {
        "Id": S,
        "Id.$": str,
        "UpdaterRequestId": S,
        "UpdaterRequestId.$": str,
        "Namespace": X[PrivateDnsNamespaceChange],
        "Namespace.$": str,
    },
    total=False,
)

class PublicDnsPropertiesMutableChange(TypedDict, total=False):
    Soa: X[SOAChange]

class PublicDnsNamespacePropertiesChange(TypedDict, total=False):
    DnsProperties: X[PublicDnsPropertiesMutableChange]

class PublicDnsNamespaceChange(TypedDict, total=False):
    Description: S
    Properties: X[PublicDnsNamespacePropertiesChange]

UpdatePublicDnsNamespaceParameters = TypedDict(
    "UpdatePublicDnsNamespaceParameters",
    {
        "Id": S,
        "Id.$": str,
        "UpdaterRequestId": S,
        "UpdaterRequestId.$": str,
        "Namespace": X[PublicDnsNamespaceChange],
        "Namespace.$": str,
    },
    total=False,
)

class DnsConfigChange(TypedDict, total=False):
    DnsRecords: L[Xi[DnsRecord]]

class ServiceChange(TypedDict, total=False):
    Description: S
    DnsConfig: X[DnsConfigChange]
    HealthCheckConfig: X[HealthCheckConfig]

UpdateServiceParameters = TypedDict(
    "UpdateServiceParameters",
    {"Id": S, "Id.$": str, "Service": X[ServiceChange], "Service.$": str},
    total=False,
)
UpdateServiceAttributesParameters = TypedDict(
    "UpdateServiceAttributesParameters",
    {"ServiceId": S, "ServiceId.$": str, "Attributes": M[S], "Attributes.$": str},
    total=False,
)
create_http_namespace: Builder[CreateHttpNamespaceParameters]
create_private_dns_namespace: Builder[CreatePrivateDnsNamespaceParameters]
create_public_dns_namespace: Builder[CreatePublicDnsNamespaceParameters]
create_service: Builder[CreateServiceParameters]
delete_namespace: Builder[DeleteNamespaceParameters]
delete_service: Builder[DeleteServiceParameters]
delete_service_attributes: Builder[DeleteServiceAttributesParameters]
deregister_instance: Builder[DeregisterInstanceParameters]
discover_instances: Builder[DiscoverInstancesParameters]
discover_instances_revision: Builder[DiscoverInstancesRevisionParameters]
get_instance: Builder[GetInstanceParameters]
get_instances_health_status: Builder[GetInstancesHealthStatusParameters]
get_namespace: Builder[GetNamespaceParameters]
get_operation: Builder[GetOperationParameters]
get_service: Builder[GetServiceParameters]
get_service_attributes: Builder[GetServiceAttributesParameters]
list_instances: Builder[ListInstancesParameters]
list_namespaces: Builder[ListNamespacesParameters]
list_operations: Builder[ListOperationsParameters]
list_services: Builder[ListServicesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
register_instance: Builder[RegisterInstanceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_http_namespace: Builder[UpdateHttpNamespaceParameters]
update_instance_custom_health_status: Builder[UpdateInstanceCustomHealthStatusParameters]
update_private_dns_namespace: Builder[UpdatePrivateDnsNamespaceParameters]
update_public_dns_namespace: Builder[UpdatePublicDnsNamespaceParameters]
update_service: Builder[UpdateServiceParameters]
update_service_attributes: Builder[UpdateServiceAttributesParameters]

__all__ = [
    "create_http_namespace",
    "create_private_dns_namespace",
    "create_public_dns_namespace",
    "create_service",
    "delete_namespace",
    "delete_service",
    "delete_service_attributes",
    "deregister_instance",
    "discover_instances",
    "discover_instances_revision",
    "get_instance",
    "get_instances_health_status",
    "get_namespace",
    "get_operation",
    "get_service",
    "get_service_attributes",
    "list_instances",
    "list_namespaces",
    "list_operations",
    "list_services",
    "list_tags_for_resource",
    "register_instance",
    "tag_resource",
    "untag_resource",
    "update_http_namespace",
    "update_instance_custom_health_status",
    "update_private_dns_namespace",
    "update_public_dns_namespace",
    "update_service",
    "update_service_attributes",
]
