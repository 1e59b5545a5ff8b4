"""Typed builders of the AWS SDK integration of networkfirewall (``aws-sdk:networkfirewall:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, M, S, Si, X, Xi

AcceptNetworkFirewallTransitGatewayAttachmentParameters = TypedDict(
    "AcceptNetworkFirewallTransitGatewayAttachmentParameters",
    {"TransitGatewayAttachmentId": S, "TransitGatewayAttachmentId.$": str},
    total=False,
)

class AvailabilityZoneMapping(TypedDict, total=False):
    AvailabilityZone: S

AssociateAvailabilityZonesParameters = TypedDict(
    "AssociateAvailabilityZonesParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "AvailabilityZoneMappings": L[Xi[AvailabilityZoneMapping]],
        "AvailabilityZoneMappings.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
    },
    total=False,
)
AssociateFirewallPolicyParameters = TypedDict(
    "AssociateFirewallPolicyParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "FirewallPolicyArn": S,
        "FirewallPolicyArn.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
    },
    total=False,
)

class SubnetMapping(TypedDict, total=False):
    SubnetId: S
    IpAddressType: S

class NatGatewayCreateMapping(TypedDict, total=False):
    SubnetId: S
    AllocationIds: L[Si]
    PrivateIps: L[Si]

AssociateSubnetsParameters = TypedDict(
    "AssociateSubnetsParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "SubnetMappings": L[Xi[SubnetMapping]],
        "SubnetMappings.$": str,
        "NatGatewayCreateMappings": L[Xi[NatGatewayCreateMapping]],
        "NatGatewayCreateMappings.$": str,
    },
    total=False,
)

class ContainerAttribute(TypedDict, total=False):
    Key: S
    Value: S

class ContainerMonitoringConfiguration(TypedDict, total=False):
    ClusterArn: S
    AttributeFilters: L[Xi[ContainerAttribute]]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateContainerAssociationParameters = TypedDict(
    "CreateContainerAssociationParameters",
    {
        "ContainerAssociationName": S,
        "ContainerAssociationName.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "ContainerMonitoringConfigurations": L[Xi[ContainerMonitoringConfiguration]],
        "ContainerMonitoringConfigurations.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class EncryptionConfiguration(TypedDict, total=False):
    KeyId: S
    Type: S

class IgwFirewallConfiguration(TypedDict, total=False):
    EnforcementMode: S

class ListenerProperty(TypedDict, total=False):
    Port: I
    Type: S

class ProxySettings(TypedDict, total=False):
    ListenerProperties: L[Xi[ListenerProperty]]
    CertificateArn: S
    DomainName: S

class VpcEndpoint(TypedDict, total=False):
    VpcId: S
    SubnetMappings: L[Xi[SubnetMapping]]

CreateFirewallParameters = TypedDict(
    "CreateFirewallParameters",
    {
        "FirewallName": S,
        "FirewallName.$": str,
        "FirewallPolicyArn": S,
        "FirewallPolicyArn.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "SubnetMappings": L[Xi[SubnetMapping]],
        "SubnetMappings.$": str,
        "DeleteProtection": B,
        "DeleteProtection.$": str,
        "SubnetChangeProtection": B,
        "SubnetChangeProtection.$": str,
        "FirewallPolicyChangeProtection": B,
        "FirewallPolicyChangeProtection.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "EnabledAnalysisTypes": L[Si],
        "EnabledAnalysisTypes.$": str,
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "AvailabilityZoneMappings": L[Xi[AvailabilityZoneMapping]],
        "AvailabilityZoneMappings.$": str,
        "AvailabilityZoneChangeProtection": B,
        "AvailabilityZoneChangeProtection.$": str,
        "IgwFirewallConfiguration": X[IgwFirewallConfiguration],
        "IgwFirewallConfiguration.$": str,
        "NatGatewayCreateMappings": L[Xi[NatGatewayCreateMapping]],
        "NatGatewayCreateMappings.$": str,
        "ProxySettings": X[ProxySettings],
        "ProxySettings.$": str,
        "VpcEndpoint": X[VpcEndpoint],
        "VpcEndpoint.$": str,
        "TransparentFilteringNatScope": S,
        "TransparentFilteringNatScope.$": str,
    },
    total=False,
)

class StatelessRuleGroupReference(TypedDict, total=False):
    ResourceArn: S
    Priority: I

class Dimension(TypedDict, total=False):
    Value: S

class PublishMetricAction(TypedDict, total=False):
    Dimensions: L[Xi[Dimension]]

class ActionDefinition(TypedDict, total=False):
    PublishMetricAction: X[PublishMetricAction]

class CustomAction(TypedDict, total=False):
    ActionName: S
    ActionDefinition: X[ActionDefinition]

class StatefulRuleGroupOverride(TypedDict, total=False):
    Action: S

class StatefulRuleGroupReference(TypedDict, total=False):
    ResourceArn: S
    Priority: I
    Override: X[StatefulRuleGroupOverride]
    DeepThreatInspection: B

class FlowTimeouts(TypedDict, total=False):
    TcpIdleTimeoutSeconds: I

class StatefulEngineOptions(TypedDict, total=False):
    RuleOrder: S
    StreamExceptionPolicy: S
    FlowTimeouts: X[FlowTimeouts]

class IPSet(TypedDict, total=False):
    Definition: L[Si]

class PolicyVariables(TypedDict, total=False):
    RuleVariables: M[X[IPSet]]

class Address(TypedDict, total=False):
    AddressDefinition: S

class Route53ResolvedIPValidation(TypedDict, total=False):
    Action: S
    DnsFirewallRuleGroupId: S
    DnsExpiryExceptionPolicy: S
    BypassDestinationValidationIPRanges: L[Xi[Address]]
    SourceIPRanges: L[Xi[Address]]

class FirewallPolicy(TypedDict, total=False):
    StatelessRuleGroupReferences: L[Xi[StatelessRuleGroupReference]]
    StatelessDefaultActions: L[Si]
    StatelessFragmentDefaultActions: L[Si]
    StatelessCustomActions: L[Xi[CustomAction]]
    StatefulRuleGroupReferences: L[Xi[StatefulRuleGroupReference]]
    StatefulDefaultActions: L[Si]
    StatefulEngineOptions: X[StatefulEngineOptions]
    TlsInspectionConfigurationArn: S
    PolicyVariables: X[PolicyVariables]
    EnableTLSSessionHolding: B
    Route53ResolvedIPValidation: X[Route53ResolvedIPValidation]

CreateFirewallPolicyParameters = TypedDict(
    "CreateFirewallPolicyParameters",
    {
        "FirewallPolicyName": S,
        "FirewallPolicyName.$": str,
        "FirewallPolicy": X[FirewallPolicy],
        "FirewallPolicy.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)

class RuleOption(TypedDict, total=False):
    Keyword: S
    Settings: L[Si]

class RuleMetadata(TypedDict, total=False):
    RuleEnabled: B
    RuleDescription: S

class FirewallRule(TypedDict, total=False):
    Action: S
    ActionScope: S
    Hook: S
    Protocol: S
    SourceIPs: S
    DestIPs: S
    SourcePorts: S
    DestPorts: S
    RuleOptions: L[Xi[RuleOption]]
    AcceptPriorHooks: B
    AlertEnabled: B
    BypassIPSEnabled: B
    RuleMetadata: X[RuleMetadata]

class RulesSourceList(TypedDict, total=False):
    Targets: L[Si]
    TargetTypes: L[Si]
    GeneratedRulesType: S

class FirewallRulesSource(TypedDict, total=False):
    RulesString: S
    FirewallRules: L[Xi[FirewallRule]]
    RulesSourceList: X[RulesSourceList]

class PortSet(TypedDict, total=False):
    Definition: L[Si]

class ContextSet(TypedDict, total=False):
    Definition: L[Si]

class RuleVariables(TypedDict, total=False):
    IpSets: M[X[IPSet]]
    PortSets: M[X[PortSet]]
    ContextSets: M[X[ContextSet]]

class IPSetReference(TypedDict, total=False):
    ReferenceArn: S

class ReferenceSets(TypedDict, total=False):
    IpSetReferences: M[X[IPSetReference]]

class FirewallRuleGroup(TypedDict, total=False):
    RulesSource: X[FirewallRulesSource]
    RuleVariables: X[RuleVariables]
    ReferenceSets: X[ReferenceSets]

class FirewallRuleGroupEntry(TypedDict, total=False):
    Priority: I
    ResourceArn: S
    InlineRuleGroup: X[FirewallRuleGroup]

class IpsRulesSource(TypedDict, total=False):
    RulesString: S

class IpsRuleGroup(TypedDict, total=False):
    RulesSource: X[IpsRulesSource]
    RuleVariables: X[RuleVariables]
    ReferenceSets: X[ReferenceSets]

class IpsRuleGroupOverride(TypedDict, total=False):
    Action: S

class IpsRuleGroupEntry(TypedDict, total=False):
    ResourceArn: S
    InlineRuleGroup: X[IpsRuleGroup]
    Override: X[IpsRuleGroupOverride]

class StatefulEngineOptionsV2(TypedDict, total=False):
    StreamExceptionPolicy: S
    FlowTimeouts: X[FlowTimeouts]

class FirewallPolicyV2(TypedDict, total=False):
    FirewallRuleGroupEntries: L[Xi[FirewallRuleGroupEntry]]
    IpsRuleGroupEntries: L[Xi[IpsRuleGroupEntry]]
    PolicyMode: S
    FirewallDefaultAction: S
    StatefulEngineOptions: X[StatefulEngineOptionsV2]
    TlsInspectionConfigurationArn: S
    PolicyVariables: X[PolicyVariables]
    Route53ResolvedIPValidation: X[Route53ResolvedIPValidation]

CreateFirewallPolicyV2Parameters = TypedDict(
    "CreateFirewallPolicyV2Parameters",
    {
        "FirewallPolicyV2Name": S,
        "FirewallPolicyV2Name.$": str,
        "FirewallPolicyV2": X[FirewallPolicyV2],
        "FirewallPolicyV2.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)

class Header(TypedDict, total=False):
    Protocol: S
    Source: S
    SourcePort: S
    Direction: S
    Destination: S
    DestinationPort: S

class StatefulRule(TypedDict, total=False):
    Action: S
    Header: X[Header]
    RuleOptions: L[Xi[RuleOption]]

class PortRange(TypedDict, total=False):
    FromPort: I
    ToPort: I

class TCPFlagField(TypedDict, total=False):
    Flags: L[Si]
    Masks: L[Si]

class MatchAttributes(TypedDict, total=False):
    Sources: L[Xi[Address]]
    Destinations: L[Xi[Address]]
    SourcePorts: L[Xi[PortRange]]
    DestinationPorts: L[Xi[PortRange]]
    Protocols: L[Ii]
    TcpFlags: L[Xi[TCPFlagField]]

class RuleDefinition(TypedDict, total=False):
    MatchAttributes: X[MatchAttributes]
    Actions: L[Si]

class StatelessRule(TypedDict, total=False):
    RuleDefinition: X[RuleDefinition]
    Priority: I

class StatelessRulesAndCustomActions(TypedDict, total=False):
    StatelessRules: L[Xi[StatelessRule]]
    CustomActions: L[Xi[CustomAction]]

class RulesSource(TypedDict, total=False):
    RulesString: S
    RulesSourceList: X[RulesSourceList]
    StatefulRules: L[Xi[StatefulRule]]
    StatelessRulesAndCustomActions: X[StatelessRulesAndCustomActions]

class StatefulRuleOptions(TypedDict, total=False):
    RuleOrder: S

class RuleGroup(TypedDict, total=False):
    RuleVariables: X[RuleVariables]
    ReferenceSets: X[ReferenceSets]
    RulesSource: X[RulesSource]
    StatefulRuleOptions: X[StatefulRuleOptions]

class SourceMetadata(TypedDict, total=False):
    SourceArn: S
    SourceUpdateToken: S

class SummaryConfiguration(TypedDict, total=False):
    RuleOptions: L[Si]

CreateRuleGroupParameters = TypedDict(
    "CreateRuleGroupParameters",
    {
        "RuleGroupName": S,
        "RuleGroupName.$": str,
        "RuleGroup": X[RuleGroup],
        "RuleGroup.$": str,
        "FirewallRuleGroup": X[FirewallRuleGroup],
        "FirewallRuleGroup.$": str,
        "IpsRuleGroup": X[IpsRuleGroup],
        "IpsRuleGroup.$": str,
        "Rules": S,
        "Rules.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "Capacity": I,
        "Capacity.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "SourceMetadata": X[SourceMetadata],
        "SourceMetadata.$": str,
        "AnalyzeRuleGroup": B,
        "AnalyzeRuleGroup.$": str,
        "SummaryConfiguration": X[SummaryConfiguration],
        "SummaryConfiguration.$": str,
    },
    total=False,
)

class ServerCertificate(TypedDict, total=False):
    ResourceArn: S

class DomainMatch(TypedDict, total=False):
    Domains: L[Si]

class ServerCertificateScope(TypedDict, total=False):
    Sources: L[Xi[Address]]
    Destinations: L[Xi[Address]]
    SourcePorts: L[Xi[PortRange]]
    DestinationPorts: L[Xi[PortRange]]
    Protocols: L[Ii]
    DomainMatch: X[DomainMatch]
    DecryptionAction: S
    DeploymentMode: S

class CheckCertificateRevocationStatusActions(TypedDict, total=False):
    RevokedStatusAction: S
    UnknownStatusAction: S

class ServerCertificateConfiguration(TypedDict, total=False):
    ServerCertificates: L[Xi[ServerCertificate]]
    Scopes: L[Xi[ServerCertificateScope]]
    CertificateAuthorityArn: S
    CheckCertificateRevocationStatus: X[CheckCertificateRevocationStatusActions]
    DefaultDecryptionBehavior: S

class TLSInspectionConfiguration(TypedDict, total=False):
    ServerCertificateConfigurations: L[Xi[ServerCertificateConfiguration]]

CreateTLSInspectionConfigurationParameters = TypedDict(
    "CreateTLSInspectionConfigurationParameters",
    {
        "TlsInspectionConfigurationName": S,
        "TlsInspectionConfigurationName.$": str,
        "TlsInspectionConfiguration": X[TLSInspectionConfiguration],
        "TlsInspectionConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
CreateVpcEndpointAssociationParameters = TypedDict(
    "CreateVpcEndpointAssociationParameters",
    {
        "FirewallArn": S,
        "FirewallArn.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "SubnetMapping": X[SubnetMapping],
        "SubnetMapping.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteContainerAssociationParameters = TypedDict(
    "DeleteContainerAssociationParameters",
    {
        "ContainerAssociationName": S,
        "ContainerAssociationName.$": str,
        "ContainerAssociationArn": S,
        "ContainerAssociationArn.$": str,
    },
    total=False,
)
DeleteFirewallParameters = TypedDict(
    "DeleteFirewallParameters",
    {
        "FirewallName": S,
        "FirewallName.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
        "DeleteAssociatedNatGateways": B,
        "DeleteAssociatedNatGateways.$": str,
    },
    total=False,
)
DeleteFirewallPolicyParameters = TypedDict(
    "DeleteFirewallPolicyParameters",
    {
        "FirewallPolicyName": S,
        "FirewallPolicyName.$": str,
        "FirewallPolicyArn": S,
        "FirewallPolicyArn.$": str,
    },
    total=False,
)
DeleteFirewallPolicyV2Parameters = TypedDict(
    "DeleteFirewallPolicyV2Parameters",
    {
        "FirewallPolicyV2Arn": S,
        "FirewallPolicyV2Arn.$": str,
        "FirewallPolicyV2Name": S,
        "FirewallPolicyV2Name.$": str,
    },
    total=False,
)
DeleteNetworkFirewallTransitGatewayAttachmentParameters = TypedDict(
    "DeleteNetworkFirewallTransitGatewayAttachmentParameters",
    {"TransitGatewayAttachmentId": S, "TransitGatewayAttachmentId.$": str},
    total=False,
)
DeleteProxyParameters = TypedDict(
    "DeleteProxyParameters",
    {
        "NatGatewayId": S,
        "NatGatewayId.$": str,
        "ProxyName": S,
        "ProxyName.$": str,
        "ProxyArn": S,
        "ProxyArn.$": str,
    },
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteRuleGroupParameters = TypedDict(
    "DeleteRuleGroupParameters",
    {
        "RuleGroupName": S,
        "RuleGroupName.$": str,
        "RuleGroupArn": S,
        "RuleGroupArn.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
DeleteTLSInspectionConfigurationParameters = TypedDict(
    "DeleteTLSInspectionConfigurationParameters",
    {
        "TlsInspectionConfigurationArn": S,
        "TlsInspectionConfigurationArn.$": str,
        "TlsInspectionConfigurationName": S,
        "TlsInspectionConfigurationName.$": str,
    },
    total=False,
)
DeleteVpcEndpointAssociationParameters = TypedDict(
    "DeleteVpcEndpointAssociationParameters",
    {"VpcEndpointAssociationArn": S, "VpcEndpointAssociationArn.$": str},
    total=False,
)
DescribeContainerAssociationParameters = TypedDict(
    "DescribeContainerAssociationParameters",
    {
        "ContainerAssociationName": S,
        "ContainerAssociationName.$": str,
        "ContainerAssociationArn": S,
        "ContainerAssociationArn.$": str,
    },
    total=False,
)
DescribeFirewallParameters = TypedDict(
    "DescribeFirewallParameters",
    {
        "FirewallName": S,
        "FirewallName.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
    },
    total=False,
)
DescribeFirewallMetadataParameters = TypedDict(
    "DescribeFirewallMetadataParameters", {"FirewallArn": S, "FirewallArn.$": str}, total=False
)
DescribeFirewallPolicyParameters = TypedDict(
    "DescribeFirewallPolicyParameters",
    {
        "FirewallPolicyName": S,
        "FirewallPolicyName.$": str,
        "FirewallPolicyArn": S,
        "FirewallPolicyArn.$": str,
    },
    total=False,
)
DescribeFirewallPolicyV2Parameters = TypedDict(
    "DescribeFirewallPolicyV2Parameters",
    {
        "FirewallPolicyV2Arn": S,
        "FirewallPolicyV2Arn.$": str,
        "FirewallPolicyV2Name": S,
        "FirewallPolicyV2Name.$": str,
        "RuleOutputFormat": S,
        "RuleOutputFormat.$": str,
    },
    total=False,
)
DescribeFlowOperationParameters = TypedDict(
    "DescribeFlowOperationParameters",
    {
        "FirewallArn": S,
        "FirewallArn.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "VpcEndpointAssociationArn": S,
        "VpcEndpointAssociationArn.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "FlowOperationId": S,
        "FlowOperationId.$": str,
    },
    total=False,
)
DescribeLoggingConfigurationParameters = TypedDict(
    "DescribeLoggingConfigurationParameters",
    {
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
    },
    total=False,
)
DescribeProxyParameters = TypedDict(
    "DescribeProxyParameters",
    {"ProxyName": S, "ProxyName.$": str, "ProxyArn": S, "ProxyArn.$": str},
    total=False,
)
DescribeResourcePolicyParameters = TypedDict(
    "DescribeResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DescribeRuleGroupParameters = TypedDict(
    "DescribeRuleGroupParameters",
    {
        "RuleGroupName": S,
        "RuleGroupName.$": str,
        "RuleGroupArn": S,
        "RuleGroupArn.$": str,
        "Type": S,
        "Type.$": str,
        "AnalyzeRuleGroup": B,
        "AnalyzeRuleGroup.$": str,
        "RuleOutputFormat": S,
        "RuleOutputFormat.$": str,
    },
    total=False,
)
DescribeRuleGroupMetadataParameters = TypedDict(
    "DescribeRuleGroupMetadataParameters",
    {
        "RuleGroupName": S,
        "RuleGroupName.$": str,
        "RuleGroupArn": S,
        "RuleGroupArn.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
DescribeRuleGroupSummaryParameters = TypedDict(
    "DescribeRuleGroupSummaryParameters",
    {
        "RuleGroupName": S,
        "RuleGroupName.$": str,
        "RuleGroupArn": S,
        "RuleGroupArn.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
DescribeTLSInspectionConfigurationParameters = TypedDict(
    "DescribeTLSInspectionConfigurationParameters",
    {
        "TlsInspectionConfigurationArn": S,
        "TlsInspectionConfigurationArn.$": str,
        "TlsInspectionConfigurationName": S,
        "TlsInspectionConfigurationName.$": str,
    },
    total=False,
)
DescribeVpcEndpointAssociationParameters = TypedDict(
    "DescribeVpcEndpointAssociationParameters",
    {"VpcEndpointAssociationArn": S, "VpcEndpointAssociationArn.$": str},
    total=False,
)
DisassociateAvailabilityZonesParameters = TypedDict(
    "DisassociateAvailabilityZonesParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "AvailabilityZoneMappings": L[Xi[AvailabilityZoneMapping]],
        "AvailabilityZoneMappings.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
    },
    total=False,
)
DisassociateSubnetsParameters = TypedDict(
    "DisassociateSubnetsParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
    },
    total=False,
)
GetAnalysisReportResultsParameters = TypedDict(
    "GetAnalysisReportResultsParameters",
    {
        "FirewallName": S,
        "FirewallName.$": str,
        "AnalysisReportId": S,
        "AnalysisReportId.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAnalysisReportsParameters = TypedDict(
    "ListAnalysisReportsParameters",
    {
        "FirewallName": S,
        "FirewallName.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListContainerAssociationsParameters = TypedDict(
    "ListContainerAssociationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListContextStoresParameters = TypedDict(
    "ListContextStoresParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListFirewallPoliciesParameters = TypedDict(
    "ListFirewallPoliciesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListFirewallPoliciesV2Parameters = TypedDict(
    "ListFirewallPoliciesV2Parameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListFirewallsParameters = TypedDict(
    "ListFirewallsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "VpcIds": L[Si],
        "VpcIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
    },
    total=False,
)
ListFlowOperationResultsParameters = TypedDict(
    "ListFlowOperationResultsParameters",
    {
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FlowOperationId": S,
        "FlowOperationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "VpcEndpointAssociationArn": S,
        "VpcEndpointAssociationArn.$": str,
    },
    total=False,
)
ListFlowOperationsParameters = TypedDict(
    "ListFlowOperationsParameters",
    {
        "FirewallArn": S,
        "FirewallArn.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "VpcEndpointAssociationArn": S,
        "VpcEndpointAssociationArn.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "FlowOperationType": S,
        "FlowOperationType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ContextFilters(TypedDict, total=False):
    Region: S
    ResourceType: S

ListResourcesInContextStoreParameters = TypedDict(
    "ListResourcesInContextStoreParameters",
    {
        "ContextStoreId": S,
        "ContextStoreId.$": str,
        "Filters": X[ContextFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRuleGroupsParameters = TypedDict(
    "ListRuleGroupsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Scope": S,
        "Scope.$": str,
        "ManagedType": S,
        "ManagedType.$": str,
        "SubscriptionStatus": S,
        "SubscriptionStatus.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
ListTLSInspectionConfigurationsParameters = TypedDict(
    "ListTLSInspectionConfigurationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
ListVpcEndpointAssociationsParameters = TypedDict(
    "ListVpcEndpointAssociationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
RejectNetworkFirewallTransitGatewayAttachmentParameters = TypedDict(
    "RejectNetworkFirewallTransitGatewayAttachmentParameters",
    {"TransitGatewayAttachmentId": S, "TransitGatewayAttachmentId.$": str},
    total=False,
)
StartAnalysisReportParameters = TypedDict(
    "StartAnalysisReportParameters",
    {
        "FirewallName": S,
        "FirewallName.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "AnalysisType": S,
        "AnalysisType.$": str,
    },
    total=False,
)

class FlowFilter(TypedDict, total=False):
    SourceAddress: X[Address]
    DestinationAddress: X[Address]
    SourcePort: S
    DestinationPort: S
    Protocols: L[Si]

StartFlowCaptureParameters = TypedDict(
    "StartFlowCaptureParameters",
    {
        "FirewallArn": S,
        "FirewallArn.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "VpcEndpointAssociationArn": S,
        "VpcEndpointAssociationArn.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "MinimumFlowAgeInSeconds": I,
        "MinimumFlowAgeInSeconds.$": str,
        "FlowFilters": L[Xi[FlowFilter]],
        "FlowFilters.$": str,
    },
    total=False,
)
StartFlowFlushParameters = TypedDict(
    "StartFlowFlushParameters",
    {
        "FirewallArn": S,
        "FirewallArn.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "VpcEndpointAssociationArn": S,
        "VpcEndpointAssociationArn.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "MinimumFlowAgeInSeconds": I,
        "MinimumFlowAgeInSeconds.$": str,
        "FlowFilters": L[Xi[FlowFilter]],
        "FlowFilters.$": str,
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
UpdateAvailabilityZoneChangeProtectionParameters = TypedDict(
    "UpdateAvailabilityZoneChangeProtectionParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "AvailabilityZoneChangeProtection": B,
        "AvailabilityZoneChangeProtection.$": str,
    },
    total=False,
)
UpdateContainerAssociationParameters = TypedDict(
    "UpdateContainerAssociationParameters",
    {
        "ContainerAssociationName": S,
        "ContainerAssociationName.$": str,
        "ContainerAssociationArn": S,
        "ContainerAssociationArn.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "ContainerMonitoringConfigurations": L[Xi[ContainerMonitoringConfiguration]],
        "ContainerMonitoringConfigurations.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "UpdateToken": S,
        "UpdateToken.$": str,
    },
    total=False,
)
UpdateFirewallAnalysisSettingsParameters = TypedDict(
    "UpdateFirewallAnalysisSettingsParameters",
    {
        "EnabledAnalysisTypes": L[Si],
        "EnabledAnalysisTypes.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
    },
    total=False,
)
UpdateFirewallDeleteProtectionParameters = TypedDict(
    "UpdateFirewallDeleteProtectionParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "DeleteProtection": B,
        "DeleteProtection.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
    },
    total=False,
)
UpdateFirewallDescriptionParameters = TypedDict(
    "UpdateFirewallDescriptionParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "Description": S,
        "Description.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
    },
    total=False,
)
UpdateFirewallEncryptionConfigurationParameters = TypedDict(
    "UpdateFirewallEncryptionConfigurationParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
    },
    total=False,
)
UpdateFirewallPolicyParameters = TypedDict(
    "UpdateFirewallPolicyParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallPolicyArn": S,
        "FirewallPolicyArn.$": str,
        "FirewallPolicyName": S,
        "FirewallPolicyName.$": str,
        "FirewallPolicy": X[FirewallPolicy],
        "FirewallPolicy.$": str,
        "Description": S,
        "Description.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
UpdateFirewallPolicyChangeProtectionParameters = TypedDict(
    "UpdateFirewallPolicyChangeProtectionParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "FirewallPolicyChangeProtection": B,
        "FirewallPolicyChangeProtection.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
    },
    total=False,
)
UpdateFirewallPolicyV2Parameters = TypedDict(
    "UpdateFirewallPolicyV2Parameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallPolicyV2Arn": S,
        "FirewallPolicyV2Arn.$": str,
        "FirewallPolicyV2Name": S,
        "FirewallPolicyV2Name.$": str,
        "FirewallPolicyV2": X[FirewallPolicyV2],
        "FirewallPolicyV2.$": str,
        "Description": S,
        "Description.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)

class LogDestinationConfig(TypedDict, total=False):
    LogType: S
    LogDestinationType: S
    LogDestination: M[S]

class LoggingConfiguration(TypedDict, total=False):
    LogDestinationConfigs: L[Xi[LogDestinationConfig]]

UpdateLoggingConfigurationParameters = TypedDict(
    "UpdateLoggingConfigurationParameters",
    {
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "FirewallType": S,
        "FirewallType.$": str,
        "LoggingConfiguration": X[LoggingConfiguration],
        "LoggingConfiguration.$": str,
        "EnableMonitoringDashboard": B,
        "EnableMonitoringDashboard.$": str,
    },
    total=False,
)
UpdateProxySettingsParameters = TypedDict(
    "UpdateProxySettingsParameters",
    {
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "UpdateToken": S,
        "UpdateToken.$": str,
        "ProxySettings": X[ProxySettings],
        "ProxySettings.$": str,
    },
    total=False,
)
UpdateRuleGroupParameters = TypedDict(
    "UpdateRuleGroupParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "RuleGroupArn": S,
        "RuleGroupArn.$": str,
        "RuleGroupName": S,
        "RuleGroupName.$": str,
        "RuleGroup": X[RuleGroup],
        "RuleGroup.$": str,
        "FirewallRuleGroup": X[FirewallRuleGroup],
        "FirewallRuleGroup.$": str,
        "IpsRuleGroup": X[IpsRuleGroup],
        "IpsRuleGroup.$": str,
        "Rules": S,
        "Rules.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "SourceMetadata": X[SourceMetadata],
        "SourceMetadata.$": str,
        "AnalyzeRuleGroup": B,
        "AnalyzeRuleGroup.$": str,
        "SummaryConfiguration": X[SummaryConfiguration],
        "SummaryConfiguration.$": str,
    },
    total=False,
)
UpdateSubnetChangeProtectionParameters = TypedDict(
    "UpdateSubnetChangeProtectionParameters",
    {
        "UpdateToken": S,
        "UpdateToken.$": str,
        "FirewallArn": S,
        "FirewallArn.$": str,
        "FirewallName": S,
        "FirewallName.$": str,
        "SubnetChangeProtection": B,
        "SubnetChangeProtection.$": str,
    },
    total=False,
)
UpdateTLSInspectionConfigurationParameters = TypedDict(
    "UpdateTLSInspectionConfigurationParameters",
    {
        "TlsInspectionConfigurationArn": S,
        "TlsInspectionConfigurationArn.$": str,
        "TlsInspectionConfigurationName": S,
        "TlsInspectionConfigurationName.$": str,
        "TlsInspectionConfiguration": X[TLSInspectionConfiguration],
        "TlsInspectionConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "UpdateToken": S,
        "UpdateToken.$": str,
    },
    total=False,
)
accept_network_firewall_transit_gateway_attachment: Builder[
    AcceptNetworkFirewallTransitGatewayAttachmentParameters
]
associate_availability_zones: Builder[AssociateAvailabilityZonesParameters]
associate_firewall_policy: Builder[AssociateFirewallPolicyParameters]
associate_subnets: Builder[AssociateSubnetsParameters]
create_container_association: Builder[CreateContainerAssociationParameters]
create_firewall: Builder[CreateFirewallParameters]
create_firewall_policy: Builder[CreateFirewallPolicyParameters]
create_firewall_policy_v2: Builder[CreateFirewallPolicyV2Parameters]
create_rule_group: Builder[CreateRuleGroupParameters]
create_tls_inspection_configuration: Builder[CreateTLSInspectionConfigurationParameters]
create_vpc_endpoint_association: Builder[CreateVpcEndpointAssociationParameters]
delete_container_association: Builder[DeleteContainerAssociationParameters]
delete_firewall: Builder[DeleteFirewallParameters]
delete_firewall_policy: Builder[DeleteFirewallPolicyParameters]
delete_firewall_policy_v2: Builder[DeleteFirewallPolicyV2Parameters]
delete_network_firewall_transit_gateway_attachment: Builder[
    DeleteNetworkFirewallTransitGatewayAttachmentParameters
]
delete_proxy: Builder[DeleteProxyParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_rule_group: Builder[DeleteRuleGroupParameters]
delete_tls_inspection_configuration: Builder[DeleteTLSInspectionConfigurationParameters]
delete_vpc_endpoint_association: Builder[DeleteVpcEndpointAssociationParameters]
describe_container_association: Builder[DescribeContainerAssociationParameters]
describe_firewall: Builder[DescribeFirewallParameters]
describe_firewall_metadata: Builder[DescribeFirewallMetadataParameters]
describe_firewall_policy: Builder[DescribeFirewallPolicyParameters]
describe_firewall_policy_v2: Builder[DescribeFirewallPolicyV2Parameters]
describe_flow_operation: Builder[DescribeFlowOperationParameters]
describe_logging_configuration: Builder[DescribeLoggingConfigurationParameters]
describe_proxy: Builder[DescribeProxyParameters]
describe_resource_policy: Builder[DescribeResourcePolicyParameters]
describe_rule_group: Builder[DescribeRuleGroupParameters]
describe_rule_group_metadata: Builder[DescribeRuleGroupMetadataParameters]
describe_rule_group_summary: Builder[DescribeRuleGroupSummaryParameters]
describe_tls_inspection_configuration: Builder[DescribeTLSInspectionConfigurationParameters]
describe_vpc_endpoint_association: Builder[DescribeVpcEndpointAssociationParameters]
disassociate_availability_zones: Builder[DisassociateAvailabilityZonesParameters]
disassociate_subnets: Builder[DisassociateSubnetsParameters]
get_analysis_report_results: Builder[GetAnalysisReportResultsParameters]
list_analysis_reports: Builder[ListAnalysisReportsParameters]
list_container_associations: Builder[ListContainerAssociationsParameters]
list_context_stores: Builder[ListContextStoresParameters]
list_firewall_policies: Builder[ListFirewallPoliciesParameters]
list_firewall_policies_v2: Builder[ListFirewallPoliciesV2Parameters]
list_firewalls: Builder[ListFirewallsParameters]
list_flow_operation_results: Builder[ListFlowOperationResultsParameters]
list_flow_operations: Builder[ListFlowOperationsParameters]
list_resources_in_context_store: Builder[ListResourcesInContextStoreParameters]
list_rule_groups: Builder[ListRuleGroupsParameters]
list_tls_inspection_configurations: Builder[ListTLSInspectionConfigurationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_vpc_endpoint_associations: Builder[ListVpcEndpointAssociationsParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
reject_network_firewall_transit_gateway_attachment: Builder[
    RejectNetworkFirewallTransitGatewayAttachmentParameters
]
start_analysis_report: Builder[StartAnalysisReportParameters]
start_flow_capture: Builder[StartFlowCaptureParameters]
start_flow_flush: Builder[StartFlowFlushParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_availability_zone_change_protection: Builder[
    UpdateAvailabilityZoneChangeProtectionParameters
]
update_container_association: Builder[UpdateContainerAssociationParameters]
update_firewall_analysis_settings: Builder[UpdateFirewallAnalysisSettingsParameters]
update_firewall_delete_protection: Builder[UpdateFirewallDeleteProtectionParameters]
update_firewall_description: Builder[UpdateFirewallDescriptionParameters]
update_firewall_encryption_configuration: Builder[UpdateFirewallEncryptionConfigurationParameters]
update_firewall_policy: Builder[UpdateFirewallPolicyParameters]
update_firewall_policy_change_protection: Builder[UpdateFirewallPolicyChangeProtectionParameters]
update_firewall_policy_v2: Builder[UpdateFirewallPolicyV2Parameters]
update_logging_configuration: Builder[UpdateLoggingConfigurationParameters]
update_proxy_settings: Builder[UpdateProxySettingsParameters]
update_rule_group: Builder[UpdateRuleGroupParameters]
update_subnet_change_protection: Builder[UpdateSubnetChangeProtectionParameters]
update_tls_inspection_configuration: Builder[UpdateTLSInspectionConfigurationParameters]

__all__ = [
    "accept_network_firewall_transit_gateway_attachment",
    "associate_availability_zones",
    "associate_firewall_policy",
    "associate_subnets",
    "create_container_association",
    "create_firewall",
    "create_firewall_policy",
    "create_firewall_policy_v2",
    "create_rule_group",
    "create_tls_inspection_configuration",
    "create_vpc_endpoint_association",
    "delete_container_association",
    "delete_firewall",
    "delete_firewall_policy",
    "delete_firewall_policy_v2",
    "delete_network_firewall_transit_gateway_attachment",
    "delete_proxy",
    "delete_resource_policy",
    "delete_rule_group",
    "delete_tls_inspection_configuration",
    "delete_vpc_endpoint_association",
    "describe_container_association",
    "describe_firewall",
    "describe_firewall_metadata",
    "describe_firewall_policy",
    "describe_firewall_policy_v2",
    "describe_flow_operation",
    "describe_logging_configuration",
    "describe_proxy",
    "describe_resource_policy",
    "describe_rule_group",
    "describe_rule_group_metadata",
    "describe_rule_group_summary",
    "describe_tls_inspection_configuration",
    "describe_vpc_endpoint_association",
    "disassociate_availability_zones",
    "disassociate_subnets",
    "get_analysis_report_results",
    "list_analysis_reports",
    "list_container_associations",
    "list_context_stores",
    "list_firewall_policies",
    "list_firewall_policies_v2",
    "list_firewalls",
    "list_flow_operation_results",
    "list_flow_operations",
    "list_resources_in_context_store",
    "list_rule_groups",
    "list_tags_for_resource",
    "list_tls_inspection_configurations",
    "list_vpc_endpoint_associations",
    "put_resource_policy",
    "reject_network_firewall_transit_gateway_attachment",
    "start_analysis_report",
    "start_flow_capture",
    "start_flow_flush",
    "tag_resource",
    "untag_resource",
    "update_availability_zone_change_protection",
    "update_container_association",
    "update_firewall_analysis_settings",
    "update_firewall_delete_protection",
    "update_firewall_description",
    "update_firewall_encryption_configuration",
    "update_firewall_policy",
    "update_firewall_policy_change_protection",
    "update_firewall_policy_v2",
    "update_logging_configuration",
    "update_proxy_settings",
    "update_rule_group",
    "update_subnet_change_protection",
    "update_tls_inspection_configuration",
]
