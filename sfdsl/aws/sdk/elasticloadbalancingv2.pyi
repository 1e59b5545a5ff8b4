"""Typed builders of the AWS SDK integration of elasticloadbalancingv2 (``aws-sdk:elasticloadbalancingv2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, M, S, Si, X, Xi

class Certificate(TypedDict, total=False):
    CertificateArn: S
    IsDefault: B

AddListenerCertificatesParameters = TypedDict(
    "AddListenerCertificatesParameters",
    {
        "ListenerArn": S,
        "ListenerArn.$": str,
        "Certificates": L[Xi[Certificate]],
        "Certificates.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsParameters = TypedDict(
    "AddTagsParameters",
    {"ResourceArns": L[Si], "ResourceArns.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class RevocationContent(TypedDict, total=False):
    S3Bucket: S
    S3Key: S
    S3ObjectVersion: S
    RevocationType: S

AddTrustStoreRevocationsParameters = TypedDict(
    "AddTrustStoreRevocationsParameters",
    {
        "TrustStoreArn": S,
        "TrustStoreArn.$": str,
        "RevocationContents": L[Xi[RevocationContent]],
        "RevocationContents.$": str,
    },
    total=False,
)

class AuthenticateOidcActionConfig(TypedDict, total=False):
    Issuer: S
    AuthorizationEndpoint: S
    TokenEndpoint: S
    UserInfoEndpoint: S
    ClientId: S
    ClientSecret: S
    SessionCookieName: S
    Scope: S
    SessionTimeout: I
    AuthenticationRequestExtraParams: M[S]
    OnUnauthenticatedRequest: S
    UseExistingClientSecret: B

class AuthenticateCognitoActionConfig(TypedDict, total=False):
    UserPoolArn: S
    UserPoolClientId: S
    UserPoolDomain: S
    SessionCookieName: S
    Scope: S
    SessionTimeout: I
    AuthenticationRequestExtraParams: M[S]
    OnUnauthenticatedRequest: S

class RedirectActionConfig(TypedDict, total=False):
    Protocol: S
    Port: S
    Host: S
    Path: S
    Query: S
    StatusCode: S

class FixedResponseActionConfig(TypedDict, total=False):
    MessageBody: S
    StatusCode: S
    ContentType: S

class TargetGroupTuple(TypedDict, total=False):
    TargetGroupArn: S
    Weight: I

class TargetGroupStickinessConfig(TypedDict, total=False):
    Enabled: B
    DurationSeconds: I

class ForwardActionConfig(TypedDict, total=False):
    TargetGroups: L[Xi[TargetGroupTuple]]
    TargetGroupStickinessConfig: X[TargetGroupStickinessConfig]

class JwtValidationActionAdditionalClaim(TypedDict, total=False):
    Format: S
    Name: S
    Values: L[Si]

class JwtValidationActionConfig(TypedDict, total=False):
    JwksEndpoint: S
    Issuer: S
    AdditionalClaims: L[Xi[JwtValidationActionAdditionalClaim]]

class Action(TypedDict, total=False):
    Type: S
    TargetGroupArn: S
    AuthenticateOidcConfig: X[AuthenticateOidcActionConfig]
    AuthenticateCognitoConfig: X[AuthenticateCognitoActionConfig]
    Order: I
    RedirectConfig: X[RedirectActionConfig]
    FixedResponseConfig: X[FixedResponseActionConfig]
    ForwardConfig: X[ForwardActionConfig]
    JwtValidationConfig: X[JwtValidationActionConfig]

class ClientCertificateIdentityFilter(TypedDict, total=False):
    Field: S
    Action: S
    MatchType: S
    Value: S

class MutualAuthenticationAttributes(TypedDict, total=False):
    Mode: S
    TrustStoreArn: S
    IgnoreClientCertificateExpiry: B
    TrustStoreAssociationStatus: S
    AdvertiseTrustStoreCaNames: S
    ClientCertificateIdentityFilters: L[Xi[ClientCertificateIdentityFilter]]

CreateListenerParameters = TypedDict(
    "CreateListenerParameters",
    {
        "LoadBalancerArn": S,
        "LoadBalancerArn.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "Port": I,
        "Port.$": str,
        "SslPolicy": S,
        "SslPolicy.$": str,
        "Certificates": L[Xi[Certificate]],
        "Certificates.$": str,
        "DefaultActions": L[Xi[Action]],
        "DefaultActions.$": str,
        "AlpnPolicy": L[Si],
        "AlpnPolicy.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "MutualAuthentication": X[MutualAuthenticationAttributes],
        "MutualAuthentication.$": str,
    },
    total=False,
)

class SubnetMapping(TypedDict, total=False):
    SubnetId: S
    AllocationId: S
    PrivateIPv4Address: S
    IPv6Address: S
    SourceNatIpv6Prefix: S

class IpamPools(TypedDict, total=False):
    Ipv4IpamPoolId: S

CreateLoadBalancerParameters = TypedDict(
    "CreateLoadBalancerParameters",
    {
        "Name": S,
        "Name.$": str,
        "Subnets": L[Si],
        "Subnets.$": str,
        "SubnetMappings": L[Xi[SubnetMapping]],
        "SubnetMappings.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
        "Scheme": S,
        "Scheme.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Type": S,
        "Type.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "CustomerOwnedIpv4Pool": S,
        "CustomerOwnedIpv4Pool.$": str,
        "EnablePrefixForIpv6SourceNat": S,
        "EnablePrefixForIpv6SourceNat.$": str,
        "IpamPools": X[IpamPools],
        "IpamPools.$": str,
    },
    total=False,
)

class HostHeaderConditionConfig(TypedDict, total=False):
    Values: L[Si]
    RegexValues: L[Si]

class PathPatternConditionConfig(TypedDict, total=False):
    Values: L[Si]
    RegexValues: L[Si]

class HttpHeaderConditionConfig(TypedDict, total=False):
    HttpHeaderName: S
    Values: L[Si]
    RegexValues: L[Si]

class QueryStringKeyValuePair(TypedDict, total=False):
    Key: S
    Value: S

class QueryStringConditionConfig(TypedDict, total=False):
    Values: L[Xi[QueryStringKeyValuePair]]

class HttpRequestMethodConditionConfig(TypedDict, total=False):
    Values: L[Si]

class SourceIpConditionConfig(TypedDict, total=False):
    Values: L[Si]
    IpAddressType: S

class RuleCondition(TypedDict, total=False):
    Field: S
    Values: L[Si]
    HostHeaderConfig: X[HostHeaderConditionConfig]
    PathPatternConfig: X[PathPatternConditionConfig]
    HttpHeaderConfig: X[HttpHeaderConditionConfig]
    QueryStringConfig: X[QueryStringConditionConfig]
    HttpRequestMethodConfig: X[HttpRequestMethodConditionConfig]
    SourceIpConfig: X[SourceIpConditionConfig]
    RegexValues: L[Si]

class RewriteConfig(TypedDict, total=False):
    Regex: S
    Replace: S

class HostHeaderRewriteConfig(TypedDict, total=False):
    Rewrites: L[Xi[RewriteConfig]]

class UrlRewriteConfig(TypedDict, total=False):
    Rewrites: L[Xi[RewriteConfig]]

class RuleTransform(TypedDict, total=False):
    Type: S
    HostHeaderRewriteConfig: X[HostHeaderRewriteConfig]
    UrlRewriteConfig: X[UrlRewriteConfig]

CreateRuleParameters = TypedDict(
    "CreateRuleParameters",
    {
        "ListenerArn": S,
        "ListenerArn.$": str,
        "Conditions": L[Xi[RuleCondition]],
        "Conditions.$": str,
        "Priority": I,
        "Priority.$": str,
        "Actions": L[Xi[Action]],
        "Actions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Transforms": L[Xi[RuleTransform]],
        "Transforms.$": str,
    },
    total=False,
)

class Matcher(TypedDict, total=False):
    HttpCode: S
    GrpcCode: S

CreateTargetGroupParameters = TypedDict(
    "CreateTargetGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "ProtocolVersion": S,
        "ProtocolVersion.$": str,
        "Port": I,
        "Port.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "HealthCheckProtocol": S,
        "HealthCheckProtocol.$": str,
        "HealthCheckPort": S,
        "HealthCheckPort.$": str,
        "HealthCheckEnabled": B,
        "HealthCheckEnabled.$": str,
        "HealthCheckPath": S,
        "HealthCheckPath.$": str,
        "HealthCheckIntervalSeconds": I,
        "HealthCheckIntervalSeconds.$": str,
        "HealthCheckTimeoutSeconds": I,
        "HealthCheckTimeoutSeconds.$": str,
        "HealthyThresholdCount": I,
        "HealthyThresholdCount.$": str,
        "UnhealthyThresholdCount": I,
        "UnhealthyThresholdCount.$": str,
        "Matcher": X[Matcher],
        "Matcher.$": str,
        "TargetType": S,
        "TargetType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "TargetControlPort": I,
        "TargetControlPort.$": str,
    },
    total=False,
)
CreateTrustStoreParameters = TypedDict(
    "CreateTrustStoreParameters",
    {
        "Name": S,
        "Name.$": str,
        "CaCertificatesBundleS3Bucket": S,
        "CaCertificatesBundleS3Bucket.$": str,
        "CaCertificatesBundleS3Key": S,
        "CaCertificatesBundleS3Key.$": str,
        "CaCertificatesBundleS3ObjectVersion": S,
        "CaCertificatesBundleS3ObjectVersion.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteListenerParameters = TypedDict(
    "DeleteListenerParameters", {"ListenerArn": S, "ListenerArn.$": str}, total=False
)
DeleteLoadBalancerParameters = TypedDict(
    "DeleteLoadBalancerParameters", {"LoadBalancerArn": S, "LoadBalancerArn.$": str}, total=False
)
DeleteRuleParameters = TypedDict(
    "DeleteRuleParameters", {"RuleArn": S, "RuleArn.$": str}, total=False
)
DeleteSharedTrustStoreAssociationParameters = TypedDict(
    "DeleteSharedTrustStoreAssociationParameters",
    {"TrustStoreArn": S, "TrustStoreArn.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
DeleteTargetGroupParameters = TypedDict(
    "DeleteTargetGroupParameters", {"TargetGroupArn": S, "TargetGroupArn.$": str}, total=False
)
DeleteTrustStoreParameters = TypedDict(
    "DeleteTrustStoreParameters", {"TrustStoreArn": S, "TrustStoreArn.$": str}, total=False
)

class TargetDescription(TypedDict, total=False):
    Id: S
    Port: I
    AvailabilityZone: S
    QuicServerId: S

DeregisterTargetsParameters = TypedDict(
    "DeregisterTargetsParameters",
    {
        "TargetGroupArn": S,
        "TargetGroupArn.$": str,
        "Targets": L[Xi[TargetDescription]],
        "Targets.$": str,
    },
    total=False,
)
DescribeAccountLimitsParameters = TypedDict(
    "DescribeAccountLimitsParameters",
    {"Marker": S, "Marker.$": str, "PageSize": I, "PageSize.$": str},
    total=False,
)
DescribeCapacityReservationParameters = TypedDict(
    "DescribeCapacityReservationParameters",
    {"LoadBalancerArn": S, "LoadBalancerArn.$": str},
    total=False,
)
DescribeListenerAttributesParameters = TypedDict(
    "DescribeListenerAttributesParameters", {"ListenerArn": S, "ListenerArn.$": str}, total=False
)
DescribeListenerCertificatesParameters = TypedDict(
    "DescribeListenerCertificatesParameters",
    {
        "ListenerArn": S,
        "ListenerArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
DescribeListenersParameters = TypedDict(
    "DescribeListenersParameters",
    {
        "LoadBalancerArn": S,
        "LoadBalancerArn.$": str,
        "ListenerArns": L[Si],
        "ListenerArns.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
DescribeLoadBalancerAttributesParameters = TypedDict(
    "DescribeLoadBalancerAttributesParameters",
    {"LoadBalancerArn": S, "LoadBalancerArn.$": str},
    total=False,
)
DescribeLoadBalancersParameters = TypedDict(
    "DescribeLoadBalancersParameters",
    {
        "LoadBalancerArns": L[Si],
        "LoadBalancerArns.$": str,
        "Names": L[Si],
        "Names.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
DescribeRulesParameters = TypedDict(
    "DescribeRulesParameters",
    {
        "ListenerArn": S,
        "ListenerArn.$": str,
        "RuleArns": L[Si],
        "RuleArns.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
DescribeSSLPoliciesParameters = TypedDict(
    "DescribeSSLPoliciesParameters",
    {
        "Names": L[Si],
        "Names.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "LoadBalancerType": S,
        "LoadBalancerType.$": str,
    },
    total=False,
)
DescribeTagsParameters = TypedDict(
    "DescribeTagsParameters", {"ResourceArns": L[Si], "ResourceArns.$": str}, total=False
)
DescribeTargetGroupAttributesParameters = TypedDict(
    "DescribeTargetGroupAttributesParameters",
    {"TargetGroupArn": S, "TargetGroupArn.$": str},
    total=False,
)
DescribeTargetGroupsParameters = TypedDict(
    "DescribeTargetGroupsParameters",
    {
        "LoadBalancerArn": S,
        "LoadBalancerArn.$": str,
        "TargetGroupArns": L[Si],
        "TargetGroupArns.$": str,
        "Names": L[Si],
        "Names.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
DescribeTargetHealthParameters = TypedDict(
    "DescribeTargetHealthParameters",
    {
        "TargetGroupArn": S,
        "TargetGroupArn.$": str,
        "Targets": L[Xi[TargetDescription]],
        "Targets.$": str,
        "Include": L[Si],
        "Include.$": str,
    },
    total=False,
)
DescribeTrustStoreAssociationsParameters = TypedDict(
    "DescribeTrustStoreAssociationsParameters",
    {
        "TrustStoreArn": S,
        "TrustStoreArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
DescribeTrustStoreRevocationsParameters = TypedDict(
    "DescribeTrustStoreRevocationsParameters",
    {
        "TrustStoreArn": S,
        "TrustStoreArn.$": str,
        "RevocationIds": L[Ii],
        "RevocationIds.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
DescribeTrustStoresParameters = TypedDict(
    "DescribeTrustStoresParameters",
    {
        "TrustStoreArns": L[Si],
        "TrustStoreArns.$": str,
        "Names": L[Si],
        "Names.$": str,
        "Marker": S,
        "Marker.$": str,
        "PageSize": I,
        "PageSize.$": str,
    },
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetTrustStoreCaCertificatesBundleParameters = TypedDict(
    "GetTrustStoreCaCertificatesBundleParameters",
    {"TrustStoreArn": S, "TrustStoreArn.$": str},
    total=False,
)
GetTrustStoreRevocationContentParameters = TypedDict(
    "GetTrustStoreRevocationContentParameters",
    {"TrustStoreArn": S, "TrustStoreArn.$": str, "RevocationId": I, "RevocationId.$": str},
    total=False,
)

class MinimumLoadBalancerCapacity(TypedDict, total=False):
    CapacityUnits: I

ModifyCapacityReservationParameters = TypedDict(
    "ModifyCapacityReservationParameters",
    {
        "LoadBalancerArn": S,
        "LoadBalancerArn.$": str,
        "MinimumLoadBalancerCapacity": X[MinimumLoadBalancerCapacity],
        "MinimumLoadBalancerCapacity.$": str,
        "ResetCapacityReservation": B,
        "ResetCapacityReservation.$": str,
    },
    total=False,
)
ModifyIpPoolsParameters = TypedDict(
    "ModifyIpPoolsParameters",
    {
        "LoadBalancerArn": S,
        "LoadBalancerArn.$": str,
        "IpamPools": X[IpamPools],
        "IpamPools.$": str,
        "RemoveIpamPools": L[Si],
        "RemoveIpamPools.$": str,
    },
    total=False,
)
ModifyListenerParameters = TypedDict(
    "ModifyListenerParameters",
    {
        "ListenerArn": S,
        "ListenerArn.$": str,
        "Port": I,
        "Port.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "SslPolicy": S,
        "SslPolicy.$": str,
        "Certificates": L[Xi[Certificate]],
        "Certificates.$": str,
        "DefaultActions": L[Xi[Action]],
        "DefaultActions.$": str,
        "AlpnPolicy": L[Si],
        "AlpnPolicy.$": str,
        "MutualAuthentication": X[MutualAuthenticationAttributes],
        "MutualAuthentication.$": str,
    },
    total=False,
)

class ListenerAttribute(TypedDict, total=False):
    Key: S
    Value: S

ModifyListenerAttributesParameters = TypedDict(
    "ModifyListenerAttributesParameters",
    {
        "ListenerArn": S,
        "ListenerArn.$": str,
        "Attributes": L[Xi[ListenerAttribute]],
        "Attributes.$": str,
    },
    total=False,
)

class LoadBalancerAttribute(TypedDict, total=False):
    Key: S
    Value: S

ModifyLoadBalancerAttributesParameters = TypedDict(
    "ModifyLoadBalancerAttributesParameters",
    {
        "LoadBalancerArn": S,
        "LoadBalancerArn.$": str,
        "Attributes": L[Xi[LoadBalancerAttribute]],
        "Attributes.$": str,
    },
    total=False,
)
ModifyRuleParameters = TypedDict(
    "ModifyRuleParameters",
    {
        "RuleArn": S,
        "RuleArn.$": str,
        "Conditions": L[Xi[RuleCondition]],
        "Conditions.$": str,
        "Actions": L[Xi[Action]],
        "Actions.$": str,
        "Transforms": L[Xi[RuleTransform]],
        "Transforms.$": str,
        "ResetTransforms": B,
        "ResetTransforms.$": str,
    },
    total=False,
)
ModifyTargetGroupParameters = TypedDict(
    "ModifyTargetGroupParameters",
    {
        "TargetGroupArn": S,
        "TargetGroupArn.$": str,
        "HealthCheckProtocol": S,
        "HealthCheckProtocol.$": str,
        "HealthCheckPort": S,
        "HealthCheckPort.$": str,
        "HealthCheckPath": S,
        "HealthCheckPath.$": str,
        "HealthCheckEnabled": B,
        "HealthCheckEnabled.$": str,
        "HealthCheckIntervalSeconds": I,
        "HealthCheckIntervalSeconds.$": str,
        "HealthCheckTimeoutSeconds": I,
        "HealthCheckTimeoutSeconds.$": str,
        "HealthyThresholdCount": I,
        "HealthyThresholdCount.$": str,
        "UnhealthyThresholdCount": I,
        "UnhealthyThresholdCount.$": str,
        "Matcher": X[Matcher],
        "Matcher.$": str,
    },
    total=False,
)

class TargetGroupAttribute(TypedDict, total=False):
    Key: S
    Value: S

ModifyTargetGroupAttributesParameters = TypedDict(
    "ModifyTargetGroupAttributesParameters",
    {
        "TargetGroupArn": S,
        "TargetGroupArn.$": str,
        "Attributes": L[Xi[TargetGroupAttribute]],
        "Attributes.$": str,
    },
    total=False,
)
ModifyTrustStoreParameters = TypedDict(
    "ModifyTrustStoreParameters",
    {
        "TrustStoreArn": S,
        "TrustStoreArn.$": str,
        "CaCertificatesBundleS3Bucket": S,
        "CaCertificatesBundleS3Bucket.$": str,
        "CaCertificatesBundleS3Key": S,
        "CaCertificatesBundleS3Key.$": str,
        "CaCertificatesBundleS3ObjectVersion": S,
        "CaCertificatesBundleS3ObjectVersion.$": str,
    },
    total=False,
)
RegisterTargetsParameters = TypedDict(
    "RegisterTargetsParameters",
    {
        "TargetGroupArn": S,
        "TargetGroupArn.$": str,
        "Targets": L[Xi[TargetDescription]],
        "Targets.$": str,
    },
    total=False,
)
RemoveListenerCertificatesParameters = TypedDict(
    "RemoveListenerCertificatesParameters",
    {
        "ListenerArn": S,
        "ListenerArn.$": str,
        "Certificates": L[Xi[Certificate]],
        "Certificates.$": str,
    },
    total=False,
)
RemoveTagsParameters = TypedDict(
    "RemoveTagsParameters",
    {"ResourceArns": L[Si], "ResourceArns.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
RemoveTrustStoreRevocationsParameters = TypedDict(
    "RemoveTrustStoreRevocationsParameters",
    {"TrustStoreArn": S, "TrustStoreArn.$": str, "RevocationIds": L[Ii], "RevocationIds.$": str},
    total=False,
)
SetIpAddressTypeParameters = TypedDict(
    "SetIpAddressTypeParameters",
    {"LoadBalancerArn": S, "LoadBalancerArn.$": str, "IpAddressType": S, "IpAddressType.$": str},
    total=False,
)

class RulePriorityPair(TypedDict, total=False):
    RuleArn: S
    Priority: I

SetRulePrioritiesParameters = TypedDict(
    "SetRulePrioritiesParameters",
    {"RulePriorities": L[Xi[RulePriorityPair]], "RulePriorities.$": str},
    total=False,
)
SetSecurityGroupsParameters = TypedDict(
    "SetSecurityGroupsParameters",
    {
        "LoadBalancerArn": S,
        "LoadBalancerArn.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
        "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic": S,
        "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic.$": str,
    },
    total=False,
)
SetSubnetsParameters = TypedDict(
    "SetSubnetsParameters",
    {
        "LoadBalancerArn": S,
        "LoadBalancerArn.$": str,
        "Subnets": L[Si],
        "Subnets.$": str,
        "SubnetMappings": L[Xi[SubnetMapping]],
        "SubnetMappings.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "EnablePrefixForIpv6SourceNat": S,
        "EnablePrefixForIpv6SourceNat.$": str,
    },
    total=False,
)
add_listener_certificates: Builder[AddListenerCertificatesParameters]
add_tags: Builder[AddTagsParameters]
add_trust_store_revocations: Builder[AddTrustStoreRevocationsParameters]
create_listener: Builder[CreateListenerParameters]
create_load_balancer: Builder[CreateLoadBalancerParameters]
create_rule: Builder[CreateRuleParameters]
create_target_group: Builder[CreateTargetGroupParameters]
create_trust_store: Builder[CreateTrustStoreParameters]
delete_listener: Builder[DeleteListenerParameters]
delete_load_balancer: Builder[DeleteLoadBalancerParameters]
delete_rule: Builder[DeleteRuleParameters]
delete_shared_trust_store_association: Builder[DeleteSharedTrustStoreAssociationParameters]
delete_target_group: Builder[DeleteTargetGroupParameters]
delete_trust_store: Builder[DeleteTrustStoreParameters]
deregister_targets: Builder[DeregisterTargetsParameters]
describe_account_limits: Builder[DescribeAccountLimitsParameters]
describe_capacity_reservation: Builder[DescribeCapacityReservationParameters]
describe_listener_attributes: Builder[DescribeListenerAttributesParameters]
describe_listener_certificates: Builder[DescribeListenerCertificatesParameters]
describe_listeners: Builder[DescribeListenersParameters]
describe_load_balancer_attributes: Builder[DescribeLoadBalancerAttributesParameters]
describe_load_balancers: Builder[DescribeLoadBalancersParameters]
describe_rules: Builder[DescribeRulesParameters]
describe_ssl_policies: Builder[DescribeSSLPoliciesParameters]
describe_tags: Builder[DescribeTagsParameters]
describe_target_group_attributes: Builder[DescribeTargetGroupAttributesParameters]
describe_target_groups: Builder[DescribeTargetGroupsParameters]
describe_target_health: Builder[DescribeTargetHealthParameters]
describe_trust_store_associations: Builder[DescribeTrustStoreAssociationsParameters]
describe_trust_store_revocations: Builder[DescribeTrustStoreRevocationsParameters]
describe_trust_stores: Builder[DescribeTrustStoresParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_trust_store_ca_certificates_bundle: Builder[GetTrustStoreCaCertificatesBundleParameters]
get_trust_store_revocation_content: Builder[GetTrustStoreRevocationContentParameters]
modify_capacity_reservation: Builder[ModifyCapacityReservationParameters]
modify_ip_pools: Builder[ModifyIpPoolsParameters]
modify_listener: Builder[ModifyListenerParameters]
modify_listener_attributes: Builder[ModifyListenerAttributesParameters]
modify_load_balancer_attributes: Builder[ModifyLoadBalancerAttributesParameters]
modify_rule: Builder[ModifyRuleParameters]
modify_target_group: Builder[ModifyTargetGroupParameters]
modify_target_group_attributes: Builder[ModifyTargetGroupAttributesParameters]
modify_trust_store: Builder[ModifyTrustStoreParameters]
register_targets: Builder[RegisterTargetsParameters]
remove_listener_certificates: Builder[RemoveListenerCertificatesParameters]
remove_tags: Builder[RemoveTagsParameters]
remove_trust_store_revocations: Builder[RemoveTrustStoreRevocationsParameters]
set_ip_address_type: Builder[SetIpAddressTypeParameters]
set_rule_priorities: Builder[SetRulePrioritiesParameters]
set_security_groups: Builder[SetSecurityGroupsParameters]
set_subnets: Builder[SetSubnetsParameters]

__all__ = [
    "add_listener_certificates",
    "add_tags",
    "add_trust_store_revocations",
    "create_listener",
    "create_load_balancer",
    "create_rule",
    "create_target_group",
    "create_trust_store",
    "delete_listener",
    "delete_load_balancer",
    "delete_rule",
    "delete_shared_trust_store_association",
    "delete_target_group",
    "delete_trust_store",
    "deregister_targets",
    "describe_account_limits",
    "describe_capacity_reservation",
    "describe_listener_attributes",
    "describe_listener_certificates",
    "describe_listeners",
    "describe_load_balancer_attributes",
    "describe_load_balancers",
    "describe_rules",
    "describe_ssl_policies",
    "describe_tags",
    "describe_target_group_attributes",
    "describe_target_groups",
    "describe_target_health",
    "describe_trust_store_associations",
    "describe_trust_store_revocations",
    "describe_trust_stores",
    "get_resource_policy",
    "get_trust_store_ca_certificates_bundle",
    "get_trust_store_revocation_content",
    "modify_capacity_reservation",
    "modify_ip_pools",
    "modify_listener",
    "modify_listener_attributes",
    "modify_load_balancer_attributes",
    "modify_rule",
    "modify_target_group",
    "modify_target_group_attributes",
    "modify_trust_store",
    "register_targets",
    "remove_listener_certificates",
    "remove_tags",
    "remove_trust_store_revocations",
    "set_ip_address_type",
    "set_rule_priorities",
    "set_security_groups",
    "set_subnets",
]
