"""Typed builders of the AWS SDK integration of vpclattice (``aws-sdk:vpclattice:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class PathMatchType(TypedDict, total=False):
    Exact: S
    Prefix: S

class PathMatch(TypedDict, total=False):
    Match: X[PathMatchType]
    CaseSensitive: B

class HeaderMatchType(TypedDict, total=False):
    Exact: S
    Prefix: S
    Contains: S

class HeaderMatch(TypedDict, total=False):
    Name: S
    Match: X[HeaderMatchType]
    CaseSensitive: B

class HttpMatch(TypedDict, total=False):
    Method: S
    PathMatch: X[PathMatch]
    HeaderMatches: L[Xi[HeaderMatch]]

class RuleMatch(TypedDict, total=False):
    HttpMatch: X[HttpMatch]

class WeightedTargetGroup(TypedDict, total=False):
    TargetGroupIdentifier: S
    Weight: I

class ForwardAction(TypedDict, total=False):
    TargetGroups: L[Xi[WeightedTargetGroup]]

class FixedResponseAction(TypedDict, total=False):
    StatusCode: I

class RuleAction(TypedDict, total=False):
    Forward: X[ForwardAction]
    FixedResponse: X[FixedResponseAction]

class RuleUpdate(TypedDict, total=False):
    RuleIdentifier: S
    Match: X[RuleMatch]
    Priority: I
    Action: X[RuleAction]

BatchUpdateRuleParameters = TypedDict(
    "BatchUpdateRuleParameters",
    {
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "ListenerIdentifier": S,
        "ListenerIdentifier.$": str,
        "Rules": L[Xi[RuleUpdate]],
        "Rules.$": str,
    },
    total=False,
)
CreateAccessLogSubscriptionParameters = TypedDict(
    "CreateAccessLogSubscriptionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
        "ServiceNetworkLogType": S,
        "ServiceNetworkLogType.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateListenerParameters = TypedDict(
    "CreateListenerParameters",
    {
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "Port": I,
        "Port.$": str,
        "DefaultAction": X[RuleAction],
        "DefaultAction.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DnsResource(TypedDict, total=False):
    DomainName: S
    IpAddressType: S

class IpResource(TypedDict, total=False):
    IpAddress: S

class ArnResource(TypedDict, total=False):
    Arn: S

class CidrResource(TypedDict, total=False):
    CidrRanges: L[Si]

class ResourceConfigurationDefinition(TypedDict, total=False):
    DnsResource: X[DnsResource]
    IpResource: X[IpResource]
    ArnResource: X[ArnResource]
    CidrResource: X[CidrResource]

CreateResourceConfigurationParameters = TypedDict(
    "CreateResourceConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "PortRanges": L[Si],
        "PortRanges.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "ResourceGatewayIdentifier": S,
        "ResourceGatewayIdentifier.$": str,
        "ResourceConfigurationGroupIdentifier": S,
        "ResourceConfigurationGroupIdentifier.$": str,
        "ResourceConfigurationDefinition": X[ResourceConfigurationDefinition],
        "ResourceConfigurationDefinition.$": str,
        "AllowAssociationToShareableServiceNetwork": B,
        "AllowAssociationToShareableServiceNetwork.$": str,
        "CustomDomainName": S,
        "CustomDomainName.$": str,
        "GroupDomain": S,
        "GroupDomain.$": str,
        "DomainVerificationIdentifier": S,
        "DomainVerificationIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateResourceGatewayParameters = TypedDict(
    "CreateResourceGatewayParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "VpcIdentifier": S,
        "VpcIdentifier.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "Ipv4AddressesPerEni": I,
        "Ipv4AddressesPerEni.$": str,
        "ResourceConfigDnsResolution": S,
        "ResourceConfigDnsResolution.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateRuleParameters = TypedDict(
    "CreateRuleParameters",
    {
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "ListenerIdentifier": S,
        "ListenerIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Match": X[RuleMatch],
        "Match.$": str,
        "Priority": I,
        "Priority.$": str,
        "Action": X[RuleAction],
        "Action.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateServiceParameters = TypedDict(
    "CreateServiceParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "CustomDomainName": S,
        "CustomDomainName.$": str,
        "CertificateArn": S,
        "CertificateArn.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "IdleTimeoutSeconds": I,
        "IdleTimeoutSeconds.$": str,
    },
    total=False,
)

class SharingConfig(TypedDict, total=False):
    Enabled: B

CreateServiceNetworkParameters = TypedDict(
    "CreateServiceNetworkParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "SharingConfig": X[SharingConfig],
        "SharingConfig.$": str,
    },
    total=False,
)
CreateServiceNetworkResourceAssociationParameters = TypedDict(
    "CreateServiceNetworkResourceAssociationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ResourceConfigurationIdentifier": S,
        "ResourceConfigurationIdentifier.$": str,
        "ServiceNetworkIdentifier": S,
        "ServiceNetworkIdentifier.$": str,
        "PrivateDnsEnabled": B,
        "PrivateDnsEnabled.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateServiceNetworkServiceAssociationParameters = TypedDict(
    "CreateServiceNetworkServiceAssociationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "ServiceNetworkIdentifier": S,
        "ServiceNetworkIdentifier.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DnsOptions(TypedDict, total=False):
    PrivateDnsPreference: S
    PrivateDnsSpecifiedDomains: L[Si]

CreateServiceNetworkVpcAssociationParameters = TypedDict(
    "CreateServiceNetworkVpcAssociationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ServiceNetworkIdentifier": S,
        "ServiceNetworkIdentifier.$": str,
        "VpcIdentifier": S,
        "VpcIdentifier.$": str,
        "PrivateDnsEnabled": B,
        "PrivateDnsEnabled.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DnsOptions": X[DnsOptions],
        "DnsOptions.$": str,
    },
    total=False,
)

class Matcher(TypedDict, total=False):
    HttpCode: S

class HealthCheckConfig(TypedDict, total=False):
    Enabled: B
    Protocol: S
    ProtocolVersion: S
    Port: I
    Path: S
    HealthCheckIntervalSeconds: I
    HealthCheckTimeoutSeconds: I
    HealthyThresholdCount: I
    UnhealthyThresholdCount: I
    Matcher: X[Matcher]

class TargetGroupConfig(TypedDict, total=False):
    Port: I
    Protocol: S
    ProtocolVersion: S
    IpAddressType: S
    VpcIdentifier: S
    HealthCheck: X[HealthCheckConfig]
    LambdaEventStructureVersion: S

CreateTargetGroupParameters = TypedDict(
    "CreateTargetGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Config": X[TargetGroupConfig],
        "Config.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAccessLogSubscriptionParameters = TypedDict(
    "DeleteAccessLogSubscriptionParameters",
    {"AccessLogSubscriptionIdentifier": S, "AccessLogSubscriptionIdentifier.$": str},
    total=False,
)
DeleteAuthPolicyParameters = TypedDict(
    "DeleteAuthPolicyParameters",
    {"ResourceIdentifier": S, "ResourceIdentifier.$": str},
    total=False,
)
DeleteDomainVerificationParameters = TypedDict(
    "DeleteDomainVerificationParameters",
    {"DomainVerificationIdentifier": S, "DomainVerificationIdentifier.$": str},
    total=False,
)
DeleteListenerParameters = TypedDict(
    "DeleteListenerParameters",
    {
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "ListenerIdentifier": S,
        "ListenerIdentifier.$": str,
    },
    total=False,
)
DeleteResourceConfigurationParameters = TypedDict(
    "DeleteResourceConfigurationParameters",
    {"ResourceConfigurationIdentifier": S, "ResourceConfigurationIdentifier.$": str},
    total=False,
)
DeleteResourceEndpointAssociationParameters = TypedDict(
    "DeleteResourceEndpointAssociationParameters",
    {"ResourceEndpointAssociationIdentifier": S, "ResourceEndpointAssociationIdentifier.$": str},
    total=False,
)
DeleteResourceGatewayParameters = TypedDict(
    "DeleteResourceGatewayParameters",
    {"ResourceGatewayIdentifier": S, "ResourceGatewayIdentifier.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteRuleParameters = TypedDict(
    "DeleteRuleParameters",
    {
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "ListenerIdentifier": S,
        "ListenerIdentifier.$": str,
        "RuleIdentifier": S,
        "RuleIdentifier.$": str,
    },
    total=False,
)
DeleteServiceParameters = TypedDict(
    "DeleteServiceParameters", {"ServiceIdentifier": S, "ServiceIdentifier.$": str}, total=False
)
DeleteServiceNetworkParameters = TypedDict(
    "DeleteServiceNetworkParameters",
    {"ServiceNetworkIdentifier": S, "ServiceNetworkIdentifier.$": str},
    total=False,
)
DeleteServiceNetworkResourceAssociationParameters = TypedDict(
    "DeleteServiceNetworkResourceAssociationParameters",
    {
        "ServiceNetworkResourceAssociationIdentifier": S,
        "ServiceNetworkResourceAssociationIdentifier.$": str,
    },
    total=False,
)
DeleteServiceNetworkServiceAssociationParameters = TypedDict(
    "DeleteServiceNetworkServiceAssociationParameters",
    {
        "ServiceNetworkServiceAssociationIdentifier": S,
        "ServiceNetworkServiceAssociationIdentifier.$": str,
    },
    total=False,
)
DeleteServiceNetworkVpcAssociationParameters = TypedDict(
    "DeleteServiceNetworkVpcAssociationParameters",
    {"ServiceNetworkVpcAssociationIdentifier": S, "ServiceNetworkVpcAssociationIdentifier.$": str},
    total=False,
)
DeleteTargetGroupParameters = TypedDict(
    "DeleteTargetGroupParameters",
    {"TargetGroupIdentifier": S, "TargetGroupIdentifier.$": str},
    total=False,
)

class Target(TypedDict, total=False):
    Id: S
    Port: I

DeregisterTargetsParameters = TypedDict(
    "DeregisterTargetsParameters",
    {
        "TargetGroupIdentifier": S,
        "TargetGroupIdentifier.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
    },
    total=False,
)
GetAccessLogSubscriptionParameters = TypedDict(
    "GetAccessLogSubscriptionParameters",
    {"AccessLogSubscriptionIdentifier": S, "AccessLogSubscriptionIdentifier.$": str},
    total=False,
)
GetAuthPolicyParameters = TypedDict(
    "GetAuthPolicyParameters", {"ResourceIdentifier": S, "ResourceIdentifier.$": str}, total=False
)
GetDomainVerificationParameters = TypedDict(
    "GetDomainVerificationParameters",
    {"DomainVerificationIdentifier": S, "DomainVerificationIdentifier.$": str},
    total=False,
)
GetListenerParameters = TypedDict(
    "GetListenerParameters",
    {
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "ListenerIdentifier": S,
        "ListenerIdentifier.$": str,
    },
    total=False,
)
GetResourceConfigurationParameters = TypedDict(
    "GetResourceConfigurationParameters",
    {"ResourceConfigurationIdentifier": S, "ResourceConfigurationIdentifier.$": str},
    total=False,
)
GetResourceGatewayParameters = TypedDict(
    "GetResourceGatewayParameters",
    {"ResourceGatewayIdentifier": S, "ResourceGatewayIdentifier.$": str},
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetRuleParameters = TypedDict(
    "GetRuleParameters",
    {
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "ListenerIdentifier": S,
        "ListenerIdentifier.$": str,
        "RuleIdentifier": S,
        "RuleIdentifier.$": str,
    },
    total=False,
)
GetServiceParameters = TypedDict(
    "GetServiceParameters", {"ServiceIdentifier": S, "ServiceIdentifier.$": str}, total=False
)
GetServiceNetworkParameters = TypedDict(
    "GetServiceNetworkParameters",
    {"ServiceNetworkIdentifier": S, "ServiceNetworkIdentifier.$": str},
    total=False,
)
GetServiceNetworkResourceAssociationParameters = TypedDict(
    "GetServiceNetworkResourceAssociationParameters",
    {
        "ServiceNetworkResourceAssociationIdentifier": S,
        "ServiceNetworkResourceAssociationIdentifier.$": str,
    },
    total=False,
)
GetServiceNetworkServiceAssociationParameters = TypedDict(
    "GetServiceNetworkServiceAssociationParameters",
    {
        "ServiceNetworkServiceAssociationIdentifier": S,
        "ServiceNetworkServiceAssociationIdentifier.$": str,
    },
    total=False,
)
GetServiceNetworkVpcAssociationParameters = TypedDict(
    "GetServiceNetworkVpcAssociationParameters",
    {"ServiceNetworkVpcAssociationIdentifier": S, "ServiceNetworkVpcAssociationIdentifier.$": str},
    total=False,
)
GetTargetGroupParameters = TypedDict(
    "GetTargetGroupParameters",
    {"TargetGroupIdentifier": S, "TargetGroupIdentifier.$": str},
    total=False,
)
ListAccessLogSubscriptionsParameters = TypedDict(
    "ListAccessLogSubscriptionsParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDomainVerificationsParameters = TypedDict(
    "ListDomainVerificationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListListenersParameters = TypedDict(
    "ListListenersParameters",
    {
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourceConfigurationsParameters = TypedDict(
    "ListResourceConfigurationsParameters",
    {
        "ResourceGatewayIdentifier": S,
        "ResourceGatewayIdentifier.$": str,
        "ResourceConfigurationGroupIdentifier": S,
        "ResourceConfigurationGroupIdentifier.$": str,
        "DomainVerificationIdentifier": S,
        "DomainVerificationIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourceEndpointAssociationsParameters = TypedDict(
    "ListResourceEndpointAssociationsParameters",
    {
        "ResourceConfigurationIdentifier": S,
        "ResourceConfigurationIdentifier.$": str,
        "ResourceEndpointAssociationIdentifier": S,
        "ResourceEndpointAssociationIdentifier.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "VpcEndpointOwner": S,
        "VpcEndpointOwner.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourceGatewaysParameters = TypedDict(
    "ListResourceGatewaysParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRulesParameters = TypedDict(
    "ListRulesParameters",
    {
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "ListenerIdentifier": S,
        "ListenerIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceNetworkResourceAssociationsParameters = TypedDict(
    "ListServiceNetworkResourceAssociationsParameters",
    {
        "ServiceNetworkIdentifier": S,
        "ServiceNetworkIdentifier.$": str,
        "ResourceConfigurationIdentifier": S,
        "ResourceConfigurationIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeChildren": B,
        "IncludeChildren.$": str,
    },
    total=False,
)
ListServiceNetworkServiceAssociationsParameters = TypedDict(
    "ListServiceNetworkServiceAssociationsParameters",
    {
        "ServiceNetworkIdentifier": S,
        "ServiceNetworkIdentifier.$": str,
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceNetworkVpcAssociationsParameters = TypedDict(
    "ListServiceNetworkVpcAssociationsParameters",
    {
        "ServiceNetworkIdentifier": S,
        "ServiceNetworkIdentifier.$": str,
        "VpcIdentifier": S,
        "VpcIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceNetworkVpcEndpointAssociationsParameters = TypedDict(
    "ListServiceNetworkVpcEndpointAssociationsParameters",
    {
        "ServiceNetworkIdentifier": S,
        "ServiceNetworkIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceNetworksParameters = TypedDict(
    "ListServiceNetworksParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListServicesParameters = TypedDict(
    "ListServicesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTargetGroupsParameters = TypedDict(
    "ListTargetGroupsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "VpcIdentifier": S,
        "VpcIdentifier.$": str,
        "TargetGroupType": S,
        "TargetGroupType.$": str,
    },
    total=False,
)
ListTargetsParameters = TypedDict(
    "ListTargetsParameters",
    {
        "TargetGroupIdentifier": S,
        "TargetGroupIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
    },
    total=False,
)
PutAuthPolicyParameters = TypedDict(
    "PutAuthPolicyParameters",
    {"ResourceIdentifier": S, "ResourceIdentifier.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
RegisterTargetsParameters = TypedDict(
    "RegisterTargetsParameters",
    {
        "TargetGroupIdentifier": S,
        "TargetGroupIdentifier.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
    },
    total=False,
)
StartDomainVerificationParameters = TypedDict(
    "StartDomainVerificationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
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
UpdateAccessLogSubscriptionParameters = TypedDict(
    "UpdateAccessLogSubscriptionParameters",
    {
        "AccessLogSubscriptionIdentifier": S,
        "AccessLogSubscriptionIdentifier.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
    },
    total=False,
)
UpdateListenerParameters = TypedDict(
    "UpdateListenerParameters",
    {
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "ListenerIdentifier": S,
        "ListenerIdentifier.$": str,
        "DefaultAction": X[RuleAction],
        "DefaultAction.$": str,
    },
    total=False,
)
UpdateResourceConfigurationParameters = TypedDict(
    "UpdateResourceConfigurationParameters",
    {
        "ResourceConfigurationIdentifier": S,
        "ResourceConfigurationIdentifier.$": str,
        "ResourceConfigurationDefinition": X[ResourceConfigurationDefinition],
        "ResourceConfigurationDefinition.$": str,
        "AllowAssociationToShareableServiceNetwork": B,
        "AllowAssociationToShareableServiceNetwork.$": str,
        "PortRanges": L[Si],
        "PortRanges.$": str,
    },
    total=False,
)
UpdateResourceGatewayParameters = TypedDict(
    "UpdateResourceGatewayParameters",
    {
        "ResourceGatewayIdentifier": S,
        "ResourceGatewayIdentifier.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "ResourceConfigDnsResolution": S,
        "ResourceConfigDnsResolution.$": str,
    },
    total=False,
)
UpdateRuleParameters = TypedDict(
    "UpdateRuleParameters",
    {
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "ListenerIdentifier": S,
        "ListenerIdentifier.$": str,
        "RuleIdentifier": S,
        "RuleIdentifier.$": str,
        "Match": X[RuleMatch],
        "Match.$": str,
        "Priority": I,
        "Priority.$": str,
        "Action": X[RuleAction],
        "Action.$": str,
    },
    total=False,
)
UpdateServiceParameters = TypedDict(
    "UpdateServiceParameters",
    {
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "CertificateArn": S,
        "CertificateArn.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "IdleTimeoutSeconds": I,
        "IdleTimeoutSeconds.$": str,
    },
    total=False,
)
UpdateServiceNetworkParameters = TypedDict(
    "UpdateServiceNetworkParameters",
    {
        "ServiceNetworkIdentifier": S,
        "ServiceNetworkIdentifier.$": str,
        "AuthType": S,
        "AuthType.$": str,
    },
    total=False,
)
UpdateServiceNetworkVpcAssociationParameters = TypedDict(
    "UpdateServiceNetworkVpcAssociationParameters",
    {
        "ServiceNetworkVpcAssociationIdentifier": S,
        "ServiceNetworkVpcAssociationIdentifier.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "PrivateDnsEnabled": B,
        "PrivateDnsEnabled.$": str,
        "DnsOptions": X[DnsOptions],
        "DnsOptions.$": str,
    },
    total=False,
)
UpdateTargetGroupParameters = TypedDict(
    "UpdateTargetGroupParameters",
    {
        "TargetGroupIdentifier": S,
        "TargetGroupIdentifier.$": str,
        "HealthCheck": X[HealthCheckConfig],
        "HealthCheck.$": str,
    },
    total=False,
)
batch_update_rule: Builder[BatchUpdateRuleParameters]
create_access_log_subscription: Builder[CreateAccessLogSubscriptionParameters]
create_listener: Builder[CreateListenerParameters]
create_resource_configuration: Builder[CreateResourceConfigurationParameters]
create_resource_gateway: Builder[CreateResourceGatewayParameters]
create_rule: Builder[CreateRuleParameters]
create_service: Builder[CreateServiceParameters]
create_service_network: Builder[CreateServiceNetworkParameters]
create_service_network_resource_association: Builder[
    CreateServiceNetworkResourceAssociationParameters
]
create_service_network_service_association: Builder[
    CreateServiceNetworkServiceAssociationParameters
]
create_service_network_vpc_association: Builder[CreateServiceNetworkVpcAssociationParameters]
create_target_group: Builder[CreateTargetGroupParameters]
delete_access_log_subscription: Builder[DeleteAccessLogSubscriptionParameters]
delete_auth_policy: Builder[DeleteAuthPolicyParameters]
delete_domain_verification: Builder[DeleteDomainVerificationParameters]
delete_listener: Builder[DeleteListenerParameters]
delete_resource_configuration: Builder[DeleteResourceConfigurationParameters]
delete_resource_endpoint_association: Builder[DeleteResourceEndpointAssociationParameters]
delete_resource_gateway: Builder[DeleteResourceGatewayParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_rule: Builder[DeleteRuleParameters]
delete_service: Builder[DeleteServiceParameters]
delete_service_network: Builder[DeleteServiceNetworkParameters]
delete_service_network_resource_association: Builder[
    DeleteServiceNetworkResourceAssociationParameters
]
delete_service_network_service_association: Builder[
    DeleteServiceNetworkServiceAssociationParameters
]
delete_service_network_vpc_association: Builder[DeleteServiceNetworkVpcAssociationParameters]
delete_target_group: Builder[DeleteTargetGroupParameters]
deregister_targets: Builder[DeregisterTargetsParameters]
get_access_log_subscription: Builder[GetAccessLogSubscriptionParameters]
get_auth_policy: Builder[GetAuthPolicyParameters]
get_domain_verification: Builder[GetDomainVerificationParameters]
get_listener: Builder[GetListenerParameters]
get_resource_configuration: Builder[GetResourceConfigurationParameters]
get_resource_gateway: Builder[GetResourceGatewayParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_rule: Builder[GetRuleParameters]
get_service: Builder[GetServiceParameters]
get_service_network: Builder[GetServiceNetworkParameters]
get_service_network_resource_association: Builder[GetServiceNetworkResourceAssociationParameters]
get_service_network_service_association: Builder[GetServiceNetworkServiceAssociationParameters]
get_service_network_vpc_association: Builder[GetServiceNetworkVpcAssociationParameters]
get_target_group: Builder[GetTargetGroupParameters]
list_access_log_subscriptions: Builder[ListAccessLogSubscriptionsParameters]
list_domain_verifications: Builder[ListDomainVerificationsParameters]
list_listeners: Builder[ListListenersParameters]
list_resource_configurations: Builder[ListResourceConfigurationsParameters]
list_resource_endpoint_associations: Builder[ListResourceEndpointAssociationsParameters]
list_resource_gateways: Builder[ListResourceGatewaysParameters]
list_rules: Builder[ListRulesParameters]
list_service_network_resource_associations: Builder[
    ListServiceNetworkResourceAssociationsParameters
]
list_service_network_service_associations: Builder[ListServiceNetworkServiceAssociationsParameters]
list_service_network_vpc_associations: Builder[ListServiceNetworkVpcAssociationsParameters]
list_service_network_vpc_endpoint_associations: Builder[
    ListServiceNetworkVpcEndpointAssociationsParameters
]
list_service_networks: Builder[ListServiceNetworksParameters]
list_services: Builder[ListServicesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_target_groups: Builder[ListTargetGroupsParameters]
list_targets: Builder[ListTargetsParameters]
put_auth_policy: Builder[PutAuthPolicyParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
register_targets: Builder[RegisterTargetsParameters]
start_domain_verification: Builder[StartDomainVerificationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_access_log_subscription: Builder[UpdateAccessLogSubscriptionParameters]
update_listener: Builder[UpdateListenerParameters]
update_resource_configuration: Builder[UpdateResourceConfigurationParameters]
update_resource_gateway: Builder[UpdateResourceGatewayParameters]
update_rule: Builder[UpdateRuleParameters]
update_service: Builder[UpdateServiceParameters]
update_service_network: Builder[UpdateServiceNetworkParameters]
update_service_network_vpc_association: Builder[UpdateServiceNetworkVpcAssociationParameters]
update_target_group: Builder[UpdateTargetGroupParameters]

__all__ = [
    "batch_update_rule",
    "create_access_log_subscription",
    "create_listener",
    "create_resource_configuration",
    "create_resource_gateway",
    "create_rule",
    "create_service",
    "create_service_network",
    "create_service_network_resource_association",
    "create_service_network_service_association",
    "create_service_network_vpc_association",
    "create_target_group",
    "delete_access_log_subscription",
    "delete_auth_policy",
    "delete_domain_verification",
    "delete_listener",
    "delete_resource_configuration",
    "delete_resource_endpoint_association",
    "delete_resource_gateway",
    "delete_resource_policy",
    "delete_rule",
    "delete_service",
    "delete_service_network",
    "delete_service_network_resource_association",
    "delete_service_network_service_association",
    "delete_service_network_vpc_association",
    "delete_target_group",
    "deregister_targets",
    "get_access_log_subscription",
    "get_auth_policy",
    "get_domain_verification",
    "get_listener",
    "get_resource_configuration",
    "get_resource_gateway",
    "get_resource_policy",
    "get_rule",
    "get_service",
    "get_service_network",
    "get_service_network_resource_association",
    "get_service_network_service_association",
    "get_service_network_vpc_association",
    "get_target_group",
    "list_access_log_subscriptions",
    "list_domain_verifications",
    "list_listeners",
    "list_resource_configurations",
    "list_resource_endpoint_associations",
    "list_resource_gateways",
    "list_rules",
    "list_service_network_resource_associations",
    "list_service_network_service_associations",
    "list_service_network_vpc_associations",
    "list_service_network_vpc_endpoint_associations",
    "list_service_networks",
    "list_services",
    "list_tags_for_resource",
    "list_target_groups",
    "list_targets",
    "put_auth_policy",
    "put_resource_policy",
    "register_targets",
    "start_domain_verification",
    "tag_resource",
    "untag_resource",
    "update_access_log_subscription",
    "update_listener",
    "update_resource_configuration",
    "update_resource_gateway",
    "update_rule",
    "update_service",
    "update_service_network",
    "update_service_network_vpc_association",
    "update_target_group",
]
