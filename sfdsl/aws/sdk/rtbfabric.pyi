"""Typed builders of the AWS SDK integration of rtbfabric (``aws-sdk:rtbfabric:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

class ResponderErrorMaskingForHttpCode(TypedDict, total=False):
    HttpCode: S
    Action: S
    LoggingTypes: L[Si]
    ResponseLoggingPercentage: F

class LinkAttributes(TypedDict, total=False):
    ResponderErrorMasking: L[Xi[ResponderErrorMaskingForHttpCode]]
    CustomerProvidedId: S

class LinkApplicationLogSampling(TypedDict, total=False):
    ErrorLog: F
    FilterLog: F

class LinkApplicationLogConfiguration(TypedDict, total=False):
    Sampling: X[LinkApplicationLogSampling]

class LinkLogSettings(TypedDict, total=False):
    ApplicationLogs: X[LinkApplicationLogConfiguration]

AcceptLinkParameters = TypedDict(
    "AcceptLinkParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "Attributes": X[LinkAttributes],
        "Attributes.$": str,
        "LogSettings": X[LinkLogSettings],
        "LogSettings.$": str,
        "TimeoutInMillis": I,
        "TimeoutInMillis.$": str,
    },
    total=False,
)
AssociateCertificateParameters = TypedDict(
    "AssociateCertificateParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "AcmCertificateArn": S,
        "AcmCertificateArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateInboundExternalLinkParameters = TypedDict(
    "CreateInboundExternalLinkParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "GatewayId": S,
        "GatewayId.$": str,
        "Attributes": X[LinkAttributes],
        "Attributes.$": str,
        "LogSettings": X[LinkLogSettings],
        "LogSettings.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateLinkParameters = TypedDict(
    "CreateLinkParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "PeerGatewayId": S,
        "PeerGatewayId.$": str,
        "Attributes": X[LinkAttributes],
        "Attributes.$": str,
        "HttpResponderAllowed": B,
        "HttpResponderAllowed.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "LogSettings": X[LinkLogSettings],
        "LogSettings.$": str,
        "TimeoutInMillis": I,
        "TimeoutInMillis.$": str,
    },
    total=False,
)

class QueryStringKeyValuePair(TypedDict, total=False):
    Key: S
    Value: S

class RuleCondition(TypedDict, total=False):
    HostHeader: S
    HostHeaderWildcard: S
    PathPrefix: S
    PathExact: S
    QueryStringEquals: X[QueryStringKeyValuePair]
    QueryStringExists: S

CreateLinkRoutingRuleParameters = TypedDict(
    "CreateLinkRoutingRuleParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "GatewayId": S,
        "GatewayId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "Priority": I,
        "Priority.$": str,
        "Conditions": X[RuleCondition],
        "Conditions.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateOutboundExternalLinkParameters = TypedDict(
    "CreateOutboundExternalLinkParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "GatewayId": S,
        "GatewayId.$": str,
        "Attributes": X[LinkAttributes],
        "Attributes.$": str,
        "PublicEndpoint": S,
        "PublicEndpoint.$": str,
        "LogSettings": X[LinkLogSettings],
        "LogSettings.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateRequesterGatewayParameters = TypedDict(
    "CreateRequesterGatewayParameters",
    {
        "VpcId": S,
        "VpcId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ListenerConfig(TypedDict, total=False):
    Protocols: L[Si]

class TrustStoreConfiguration(TypedDict, total=False):
    CertificateAuthorityCertificates: L[Si]

class HealthCheckConfig(TypedDict, total=False):
    Port: I
    Path: S
    Protocol: S
    TimeoutMs: I
    IntervalSeconds: I
    StatusCodeMatcher: S
    HealthyThresholdCount: I
    UnhealthyThresholdCount: I

class AutoScalingGroupsConfiguration(TypedDict, total=False):
    AutoScalingGroupNames: L[Si]
    RoleArn: S
    HealthCheckConfig: X[HealthCheckConfig]

class EksEndpointsConfiguration(TypedDict, total=False):
    EndpointsResourceName: S
    EndpointsResourceNamespace: S
    ClusterApiServerEndpointUri: S
    ClusterApiServerCaCertificateChain: S
    ClusterName: S
    RoleArn: S

class ManagedEndpointConfiguration(TypedDict, total=False):
    AutoScalingGroups: X[AutoScalingGroupsConfiguration]
    EksEndpoints: X[EksEndpointsConfiguration]

CreateResponderGatewayParameters = TypedDict(
    "CreateResponderGatewayParameters",
    {
        "VpcId": S,
        "VpcId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "Port": I,
        "Port.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "ListenerConfig": X[ListenerConfig],
        "ListenerConfig.$": str,
        "TrustStoreConfiguration": X[TrustStoreConfiguration],
        "TrustStoreConfiguration.$": str,
        "ManagedEndpointConfiguration": X[ManagedEndpointConfiguration],
        "ManagedEndpointConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "GatewayType": S,
        "GatewayType.$": str,
        "ClientRoutingPolicy": S,
        "ClientRoutingPolicy.$": str,
    },
    total=False,
)
DeleteInboundExternalLinkParameters = TypedDict(
    "DeleteInboundExternalLinkParameters",
    {"GatewayId": S, "GatewayId.$": str, "LinkId": S, "LinkId.$": str},
    total=False,
)
DeleteLinkParameters = TypedDict(
    "DeleteLinkParameters",
    {"GatewayId": S, "GatewayId.$": str, "LinkId": S, "LinkId.$": str},
    total=False,
)
DeleteLinkRoutingRuleParameters = TypedDict(
    "DeleteLinkRoutingRuleParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "RuleId": S,
        "RuleId.$": str,
    },
    total=False,
)
DeleteOutboundExternalLinkParameters = TypedDict(
    "DeleteOutboundExternalLinkParameters",
    {"GatewayId": S, "GatewayId.$": str, "LinkId": S, "LinkId.$": str},
    total=False,
)
DeleteRequesterGatewayParameters = TypedDict(
    "DeleteRequesterGatewayParameters", {"GatewayId": S, "GatewayId.$": str}, total=False
)
DeleteResponderGatewayParameters = TypedDict(
    "DeleteResponderGatewayParameters", {"GatewayId": S, "GatewayId.$": str}, total=False
)
DisassociateCertificateParameters = TypedDict(
    "DisassociateCertificateParameters",
    {"GatewayId": S, "GatewayId.$": str, "AcmCertificateArn": S, "AcmCertificateArn.$": str},
    total=False,
)
GetAvailableModuleParameters = TypedDict(
    "GetAvailableModuleParameters", {"ModuleId": S, "ModuleId.$": str}, total=False
)
GetAvailableModuleVersionParameters = TypedDict(
    "GetAvailableModuleVersionParameters",
    {"ModuleId": S, "ModuleId.$": str, "Version": S, "Version.$": str},
    total=False,
)
GetCertificateAssociationParameters = TypedDict(
    "GetCertificateAssociationParameters",
    {"GatewayId": S, "GatewayId.$": str, "AcmCertificateArn": S, "AcmCertificateArn.$": str},
    total=False,
)
GetInboundExternalLinkParameters = TypedDict(
    "GetInboundExternalLinkParameters",
    {"GatewayId": S, "GatewayId.$": str, "LinkId": S, "LinkId.$": str},
    total=False,
)
GetLinkParameters = TypedDict(
    "GetLinkParameters",
    {"GatewayId": S, "GatewayId.$": str, "LinkId": S, "LinkId.$": str},
    total=False,
)
GetLinkRoutingRuleParameters = TypedDict(
    "GetLinkRoutingRuleParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "RuleId": S,
        "RuleId.$": str,
    },
    total=False,
)
GetOutboundExternalLinkParameters = TypedDict(
    "GetOutboundExternalLinkParameters",
    {"GatewayId": S, "GatewayId.$": str, "LinkId": S, "LinkId.$": str},
    total=False,
)
GetRequesterGatewayParameters = TypedDict(
    "GetRequesterGatewayParameters", {"GatewayId": S, "GatewayId.$": str}, total=False
)
GetResponderGatewayParameters = TypedDict(
    "GetResponderGatewayParameters", {"GatewayId": S, "GatewayId.$": str}, total=False
)
GetUpdateParameters = TypedDict(
    "GetUpdateParameters",
    {"GatewayId": S, "GatewayId.$": str, "UpdateId": S, "UpdateId.$": str},
    total=False,
)
ListAvailableModuleVersionsParameters = TypedDict(
    "ListAvailableModuleVersionsParameters",
    {
        "ModuleId": S,
        "ModuleId.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAvailableModulesParameters = TypedDict(
    "ListAvailableModulesParameters",
    {
        "SubscriptionType": S,
        "SubscriptionType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCertificateAssociationsParameters = TypedDict(
    "ListCertificateAssociationsParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLinkRoutingRulesParameters = TypedDict(
    "ListLinkRoutingRulesParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLinksParameters = TypedDict(
    "ListLinksParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRequesterGatewaysParameters = TypedDict(
    "ListRequesterGatewaysParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListResponderGatewaysParameters = TypedDict(
    "ListResponderGatewaysParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListUpdatesParameters = TypedDict(
    "ListUpdatesParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "RuleId": S,
        "RuleId.$": str,
        "Type": S,
        "Type.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class FlowModule(TypedDict, total=False):
    Name: S
    ModuleVersionArn: S
    SelectedActions: L[Si]
    FailureMode: S
    ActivationPercentage: F
    ConfigurationValues: S

class SequentialPipeline(TypedDict, total=False):
    Modules: L[Xi[FlowModule]]

class FlowPhase(TypedDict, total=False):
    Modules: L[Xi[FlowModule]]

class PhasedPipeline(TypedDict, total=False):
    Phases: L[Xi[FlowPhase]]

class FlowPipeline(TypedDict, total=False):
    Sequential: X[SequentialPipeline]
    Phased: X[PhasedPipeline]

class Flow(TypedDict, total=False):
    Name: S
    Pipeline: X[FlowPipeline]

PutLinkFlowsParameters = TypedDict(
    "PutLinkFlowsParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LockToken": S,
        "LockToken.$": str,
        "Flows": L[Xi[Flow]],
        "Flows.$": str,
    },
    total=False,
)
RejectLinkParameters = TypedDict(
    "RejectLinkParameters",
    {"GatewayId": S, "GatewayId.$": str, "LinkId": S, "LinkId.$": str},
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
UpdateLinkParameters = TypedDict(
    "UpdateLinkParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "LogSettings": X[LinkLogSettings],
        "LogSettings.$": str,
        "TimeoutInMillis": I,
        "TimeoutInMillis.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class NoBidModuleParameters(TypedDict, total=False):
    Reason: S
    ReasonCode: I
    PassThroughPercentage: F

class FilterCriterion(TypedDict, total=False):
    Path: S
    Values: L[Si]

class Filter(TypedDict, total=False):
    Criteria: L[Xi[FilterCriterion]]

class NoBidAction(TypedDict, total=False):
    NoBidReasonCode: I

class HeaderTagAction(TypedDict, total=False):
    Name: S
    Value: S

class Action(TypedDict, total=False):
    NoBid: X[NoBidAction]
    HeaderTag: X[HeaderTagAction]

class OpenRtbAttributeModuleParameters(TypedDict, total=False):
    FilterType: S
    FilterConfiguration: L[Xi[Filter]]
    Action: X[Action]
    HoldbackPercentage: F

class RateLimiterModuleParameters(TypedDict, total=False):
    Tps: F

class ModuleParameters(TypedDict, total=False):
    NoBid: X[NoBidModuleParameters]
    OpenRtbAttribute: X[OpenRtbAttributeModuleParameters]
    RateLimiter: X[RateLimiterModuleParameters]

class ModuleConfiguration(TypedDict, total=False):
    Version: S
    Name: S
    DependsOn: L[Si]
    ModuleParameters: X[ModuleParameters]

UpdateLinkModuleFlowParameters = TypedDict(
    "UpdateLinkModuleFlowParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "GatewayId": S,
        "GatewayId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "Modules": L[Xi[ModuleConfiguration]],
        "Modules.$": str,
    },
    total=False,
)
UpdateLinkRoutingRuleParameters = TypedDict(
    "UpdateLinkRoutingRuleParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "RuleId": S,
        "RuleId.$": str,
        "Priority": I,
        "Priority.$": str,
        "Conditions": X[RuleCondition],
        "Conditions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateRequesterGatewayParameters = TypedDict(
    "UpdateRequesterGatewayParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "GatewayId": S,
        "GatewayId.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateResponderGatewayParameters = TypedDict(
    "UpdateResponderGatewayParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "Port": I,
        "Port.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "ListenerConfig": X[ListenerConfig],
        "ListenerConfig.$": str,
        "TrustStoreConfiguration": X[TrustStoreConfiguration],
        "TrustStoreConfiguration.$": str,
        "ManagedEndpointConfiguration": X[ManagedEndpointConfiguration],
        "ManagedEndpointConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "GatewayId": S,
        "GatewayId.$": str,
        "Description": S,
        "Description.$": str,
        "ClientRoutingPolicy": S,
        "ClientRoutingPolicy.$": str,
    },
    total=False,
)
accept_link: Builder[AcceptLinkParameters]
associate_certificate: Builder[AssociateCertificateParameters]
create_inbound_external_link: Builder[CreateInboundExternalLinkParameters]
create_link: Builder[CreateLinkParameters]
create_link_routing_rule: Builder[CreateLinkRoutingRuleParameters]
create_outbound_external_link: Builder[CreateOutboundExternalLinkParameters]
create_requester_gateway: Builder[CreateRequesterGatewayParameters]
create_responder_gateway: Builder[CreateResponderGatewayParameters]
delete_inbound_external_link: Builder[DeleteInboundExternalLinkParameters]
delete_link: Builder[DeleteLinkParameters]
delete_link_routing_rule: Builder[DeleteLinkRoutingRuleParameters]
delete_outbound_external_link: Builder[DeleteOutboundExternalLinkParameters]
delete_requester_gateway: Builder[DeleteRequesterGatewayParameters]
delete_responder_gateway: Builder[DeleteResponderGatewayParameters]
disassociate_certificate: Builder[DisassociateCertificateParameters]
get_available_module: Builder[GetAvailableModuleParameters]
get_available_module_version: Builder[GetAvailableModuleVersionParameters]
get_certificate_association: Builder[GetCertificateAssociationParameters]
get_inbound_external_link: Builder[GetInboundExternalLinkParameters]
get_link: Builder[GetLinkParameters]
get_link_routing_rule: Builder[GetLinkRoutingRuleParameters]
get_outbound_external_link: Builder[GetOutboundExternalLinkParameters]
get_requester_gateway: Builder[GetRequesterGatewayParameters]
get_responder_gateway: Builder[GetResponderGatewayParameters]
get_update: Builder[GetUpdateParameters]
list_available_module_versions: Builder[ListAvailableModuleVersionsParameters]
list_available_modules: Builder[ListAvailableModulesParameters]
list_certificate_associations: Builder[ListCertificateAssociationsParameters]
list_link_routing_rules: Builder[ListLinkRoutingRulesParameters]
list_links: Builder[ListLinksParameters]
list_requester_gateways: Builder[ListRequesterGatewaysParameters]
list_responder_gateways: Builder[ListResponderGatewaysParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_updates: Builder[ListUpdatesParameters]
put_link_flows: Builder[PutLinkFlowsParameters]
reject_link: Builder[RejectLinkParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_link: Builder[UpdateLinkParameters]
update_link_module_flow: Builder[UpdateLinkModuleFlowParameters]
update_link_routing_rule: Builder[UpdateLinkRoutingRuleParameters]
update_requester_gateway: Builder[UpdateRequesterGatewayParameters]
update_responder_gateway: Builder[UpdateResponderGatewayParameters]

__all__ = [
    "accept_link",
    "associate_certificate",
    "create_inbound_external_link",
    "create_link",
    "create_link_routing_rule",
    "create_outbound_external_link",
    "create_requester_gateway",
    "create_responder_gateway",
    "delete_inbound_external_link",
    "delete_link",
    "delete_link_routing_rule",
    "delete_outbound_external_link",
    "delete_requester_gateway",
    "delete_responder_gateway",
    "disassociate_certificate",
    "get_available_module",
    "get_available_module_version",
    "get_certificate_association",
    "get_inbound_external_link",
    "get_link",
    "get_link_routing_rule",
    "get_outbound_external_link",
    "get_requester_gateway",
    "get_responder_gateway",
    "get_update",
    "list_available_module_versions",
    "list_available_modules",
    "list_certificate_associations",
    "list_link_routing_rules",
    "list_links",
    "list_requester_gateways",
    "list_responder_gateways",
    "list_tags_for_resource",
    "list_updates",
    "put_link_flows",
    "reject_link",
    "tag_resource",
    "untag_resource",
    "update_link",
    "update_link_module_flow",
    "update_link_routing_rule",
    "update_requester_gateway",
    "update_responder_gateway",
]
