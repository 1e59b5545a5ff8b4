"""Typed builders of the AWS SDK integration of elasticloadbalancing (``aws-sdk:elasticloadbalancing:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsParameters = TypedDict(
    "AddTagsParameters",
    {"LoadBalancerNames": L[Si], "LoadBalancerNames.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
ApplySecurityGroupsToLoadBalancerParameters = TypedDict(
    "ApplySecurityGroupsToLoadBalancerParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
    },
    total=False,
)
AttachLoadBalancerToSubnetsParameters = TypedDict(
    "AttachLoadBalancerToSubnetsParameters",
    {"LoadBalancerName": S, "LoadBalancerName.$": str, "Subnets": L[Si], "Subnets.$": str},
    total=False,
)

class HealthCheck(TypedDict, total=False):
    Target: S
    Interval: I
    Timeout: I
    UnhealthyThreshold: I
    HealthyThreshold: I

ConfigureHealthCheckParameters = TypedDict(
    "ConfigureHealthCheckParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "HealthCheck": X[HealthCheck],
        "HealthCheck.$": str,
    },
    total=False,
)
CreateAppCookieStickinessPolicyParameters = TypedDict(
    "CreateAppCookieStickinessPolicyParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "CookieName": S,
        "CookieName.$": str,
    },
    total=False,
)
CreateLBCookieStickinessPolicyParameters = TypedDict(
    "CreateLBCookieStickinessPolicyParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "CookieExpirationPeriod": I,
        "CookieExpirationPeriod.$": str,
    },
    total=False,
)

class Listener(TypedDict, total=False):
    Protocol: S
    LoadBalancerPort: I
    InstanceProtocol: S
    InstancePort: I
    SslCertificateId: S

CreateLoadBalancerParameters = TypedDict(
    "CreateLoadBalancerParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "Listeners": L[Xi[Listener]],
        "Listeners.$": str,
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "Subnets": L[Si],
        "Subnets.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
        "Scheme": S,
        "Scheme.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateLoadBalancerListenersParameters = TypedDict(
    "CreateLoadBalancerListenersParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "Listeners": L[Xi[Listener]],
        "Listeners.$": str,
    },
    total=False,
)

class PolicyAttribute(TypedDict, total=False):
    AttributeName: S
    AttributeValue: S

CreateLoadBalancerPolicyParameters = TypedDict(
    "CreateLoadBalancerPolicyParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyTypeName": S,
        "PolicyTypeName.$": str,
        "PolicyAttributes": L[Xi[PolicyAttribute]],
        "PolicyAttributes.$": str,
    },
    total=False,
)
DeleteLoadBalancerParameters = TypedDict(
    "DeleteLoadBalancerParameters", {"LoadBalancerName": S, "LoadBalancerName.$": str}, total=False
)
DeleteLoadBalancerListenersParameters = TypedDict(
    "DeleteLoadBalancerListenersParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "LoadBalancerPorts": L[Ii],
        "LoadBalancerPorts.$": str,
    },
    total=False,
)
DeleteLoadBalancerPolicyParameters = TypedDict(
    "DeleteLoadBalancerPolicyParameters",
    {"LoadBalancerName": S, "LoadBalancerName.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)

class Instance(TypedDict, total=False):
    InstanceId: S

DeregisterInstancesFromLoadBalancerParameters = TypedDict(
    "DeregisterInstancesFromLoadBalancerParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "Instances": L[Xi[Instance]],
        "Instances.$": str,
    },
    total=False,
)
DescribeAccountLimitsParameters = TypedDict(
    "DescribeAccountLimitsParameters",
    {"Marker": S, "Marker.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
DescribeInstanceHealthParameters = TypedDict(
    "DescribeInstanceHealthParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "Instances": L[Xi[Instance]],
        "Instances.$": str,
    },
    total=False,
)
DescribeLoadBalancerAttributesParameters = TypedDict(
    "DescribeLoadBalancerAttributesParameters",
    {"LoadBalancerName": S, "LoadBalancerName.$": str},
    total=False,
)
DescribeLoadBalancerPoliciesParameters = TypedDict(
    "DescribeLoadBalancerPoliciesParameters",
    {"LoadBalancerName": S, "LoadBalancerName.$": str, "PolicyNames": L[Si], "PolicyNames.$": str},
    total=False,
)
DescribeLoadBalancerPolicyTypesParameters = TypedDict(
    "DescribeLoadBalancerPolicyTypesParameters",
    {"PolicyTypeNames": L[Si], "PolicyTypeNames.$": str},
    total=False,
)
DescribeLoadBalancersParameters = TypedDict(
    "DescribeLoadBalancersParameters",
    {
        "LoadBalancerNames": L[Si],
        "LoadBalancerNames.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
DescribeTagsParameters = TypedDict(
    "DescribeTagsParameters", {"LoadBalancerNames": L[Si], "LoadBalancerNames.$": str}, total=False
)
DetachLoadBalancerFromSubnetsParameters = TypedDict(
    "DetachLoadBalancerFromSubnetsParameters",
    {"LoadBalancerName": S, "LoadBalancerName.$": str, "Subnets": L[Si], "Subnets.$": str},
    total=False,
)
DisableAvailabilityZonesForLoadBalancerParameters = TypedDict(
    "DisableAvailabilityZonesForLoadBalancerParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
    },
    total=False,
)
EnableAvailabilityZonesForLoadBalancerParameters = TypedDict(
    "EnableAvailabilityZonesForLoadBalancerParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
    },
    total=False,
)

class CrossZoneLoadBalancing(TypedDict, total=False):
    Enabled: B

class AccessLog(TypedDict, total=False):
    Enabled: B
    S3BucketName: S
    EmitInterval: I
    S3BucketPrefix: S

class ConnectionDraining(TypedDict, total=False):
    Enabled: B
    Timeout: I

class ConnectionSettings(TypedDict, total=False):
    IdleTimeout: I

class AdditionalAttribute(TypedDict, total=False):
    Key: S
    Value: S

class LoadBalancerAttributes(TypedDict, total=False):
    CrossZoneLoadBalancing: X[CrossZoneLoadBalancing]
    AccessLog: X[AccessLog]
    ConnectionDraining: X[ConnectionDraining]
    ConnectionSettings: X[ConnectionSettings]
    AdditionalAttributes: L[Xi[AdditionalAttribute]]

ModifyLoadBalancerAttributesParameters = TypedDict(
    "ModifyLoadBalancerAttributesParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "LoadBalancerAttributes": X[LoadBalancerAttributes],
        "LoadBalancerAttributes.$": str,
    },
    total=False,
)
RegisterInstancesWithLoadBalancerParameters = TypedDict(
    "RegisterInstancesWithLoadBalancerParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "Instances": L[Xi[Instance]],
        "Instances.$": str,
    },
    total=False,
)

class TagKeyOnly(TypedDict, total=False):
    Key: S

RemoveTagsParameters = TypedDict(
    "RemoveTagsParameters",
    {
        "LoadBalancerNames": L[Si],
        "LoadBalancerNames.$": str,
        "Tags": L[Xi[TagKeyOnly]],
        "Tags.$": str,
    },
    total=False,
)
SetLoadBalancerListenerSSLCertificateParameters = TypedDict(
    "SetLoadBalancerListenerSSLCertificateParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "LoadBalancerPort": I,
        "LoadBalancerPort.$": str,
        "SslCertificateId": S,
        "SslCertificateId.$": str,
    },
    total=False,
)
SetLoadBalancerPoliciesForBackendServerParameters = TypedDict(
    "SetLoadBalancerPoliciesForBackendServerParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "InstancePort": I,
        "InstancePort.$": str,
        "PolicyNames": L[Si],
        "PolicyNames.$": str,
    },
    total=False,
)
SetLoadBalancerPoliciesOfListenerParameters = TypedDict(
    "SetLoadBalancerPoliciesOfListenerParameters",
    {
        "LoadBalancerName": S,
        "LoadBalancerName.$": str,
        "LoadBalancerPort": I,
        "LoadBalancerPort.$": str,
        "PolicyNames": L[Si],
        "PolicyNames.$": str,
    },
    total=False,
)
add_tags: Builder[AddTagsParameters]
apply_security_groups_to_load_balancer: Builder[ApplySecurityGroupsToLoadBalancerParameters]
attach_load_balancer_to_subnets: Builder[AttachLoadBalancerToSubnetsParameters]
configure_health_check: Builder[ConfigureHealthCheckParameters]
create_app_cookie_stickiness_policy: Builder[CreateAppCookieStickinessPolicyParameters]
create_lb_cookie_stickiness_policy: Builder[CreateLBCookieStickinessPolicyParameters]
create_load_balancer: Builder[CreateLoadBalancerParameters]
create_load_balancer_listeners: Builder[CreateLoadBalancerListenersParameters]
create_load_balancer_policy: Builder[CreateLoadBalancerPolicyParameters]
delete_load_balancer: Builder[DeleteLoadBalancerParameters]
delete_load_balancer_listeners: Builder[DeleteLoadBalancerListenersParameters]
delete_load_balancer_policy: Builder[DeleteLoadBalancerPolicyParameters]
deregister_instances_from_load_balancer: Builder[DeregisterInstancesFromLoadBalancerParameters]
describe_account_limits: Builder[DescribeAccountLimitsParameters]
describe_instance_health: Builder[DescribeInstanceHealthParameters]
describe_load_balancer_attributes: Builder[DescribeLoadBalancerAttributesParameters]
describe_load_balancer_policies: Builder[DescribeLoadBalancerPoliciesParameters]
describe_load_balancer_policy_types: Builder[DescribeLoadBalancerPolicyTypesParameters]
describe_load_balancers: Builder[DescribeLoadBalancersParameters]
describe_tags: Builder[DescribeTagsParameters]
detach_load_balancer_from_subnets: Builder[DetachLoadBalancerFromSubnetsParameters]
disable_availability_zones_for_load_balancer: Builder[
    DisableAvailabilityZonesForLoadBalancerParameters
]
enable_availability_zones_for_load_balancer: Builder[
    EnableAvailabilityZonesForLoadBalancerParameters
]
modify_load_balancer_attributes: Builder[ModifyLoadBalancerAttributesParameters]
register_instances_with_load_balancer: Builder[RegisterInstancesWithLoadBalancerParameters]
remove_tags: Builder[RemoveTagsParameters]
set_load_balancer_listener_ssl_certificate: Builder[SetLoadBalancerListenerSSLCertificateParameters]
set_load_balancer_policies_for_backend_server: Builder[
    SetLoadBalancerPoliciesForBackendServerParameters
]
set_load_balancer_policies_of_listener: Builder[SetLoadBalancerPoliciesOfListenerParameters]

__all__ = [
    "add_tags",
    "apply_security_groups_to_load_balancer",
    "attach_load_balancer_to_subnets",
    "configure_health_check",
    "create_app_cookie_stickiness_policy",
    "create_lb_cookie_stickiness_policy",
    "create_load_balancer",
    "create_load_balancer_listeners",
    "create_load_balancer_policy",
    "delete_load_balancer",
    "delete_load_balancer_listeners",
    "delete_load_balancer_policy",
    "deregister_instances_from_load_balancer",
    "describe_account_limits",
    "describe_instance_health",
    "describe_load_balancer_attributes",
    "describe_load_balancer_policies",
    "describe_load_balancer_policy_types",
    "describe_load_balancers",
    "describe_tags",
    "detach_load_balancer_from_subnets",
    "disable_availability_zones_for_load_balancer",
    "enable_availability_zones_for_load_balancer",
    "modify_load_balancer_attributes",
    "register_instances_with_load_balancer",
    "remove_tags",
    "set_load_balancer_listener_ssl_certificate",
    "set_load_balancer_policies_for_backend_server",
    "set_load_balancer_policies_of_listener",
]
