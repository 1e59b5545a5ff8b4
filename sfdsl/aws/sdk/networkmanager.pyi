"""Typed builders of the AWS SDK integration of networkmanager (``aws-sdk:networkmanager:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AcceptAttachmentParameters = TypedDict(
    "AcceptAttachmentParameters", {"AttachmentId": S, "AttachmentId.$": str}, total=False
)
AssociateConnectPeerParameters = TypedDict(
    "AssociateConnectPeerParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "ConnectPeerId": S,
        "ConnectPeerId.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "LinkId": S,
        "LinkId.$": str,
    },
    total=False,
)
AssociateContextStoreParameters = TypedDict(
    "AssociateContextStoreParameters",
    {
        "ContextStoreId": S,
        "ContextStoreId.$": str,
        "TransitGatewayArn": S,
        "TransitGatewayArn.$": str,
    },
    total=False,
)
AssociateCustomerGatewayParameters = TypedDict(
    "AssociateCustomerGatewayParameters",
    {
        "CustomerGatewayArn": S,
        "CustomerGatewayArn.$": str,
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "LinkId": S,
        "LinkId.$": str,
    },
    total=False,
)
AssociateLinkParameters = TypedDict(
    "AssociateLinkParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "LinkId": S,
        "LinkId.$": str,
    },
    total=False,
)
AssociateNetworkScopePrincipalParameters = TypedDict(
    "AssociateNetworkScopePrincipalParameters",
    {"NetworkScopeId": S, "NetworkScopeId.$": str, "Principal": S, "Principal.$": str},
    total=False,
)
AssociateTransitGatewayConnectPeerParameters = TypedDict(
    "AssociateTransitGatewayConnectPeerParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "TransitGatewayConnectPeerArn": S,
        "TransitGatewayConnectPeerArn.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "LinkId": S,
        "LinkId.$": str,
    },
    total=False,
)

class NatRuleRequest(TypedDict, total=False):
    RuleNumber: I
    MatchSourceCidr: S
    NatCidr: S

class ConnectAttachmentOptions(TypedDict, total=False):
    Protocol: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateConnectAttachmentParameters = TypedDict(
    "CreateConnectAttachmentParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "EdgeLocation": S,
        "EdgeLocation.$": str,
        "TransportAttachmentId": S,
        "TransportAttachmentId.$": str,
        "RoutingPolicyLabel": S,
        "RoutingPolicyLabel.$": str,
        "NatGatewaySupport": S,
        "NatGatewaySupport.$": str,
        "NatGatewayRules": L[Xi[NatRuleRequest]],
        "NatGatewayRules.$": str,
        "Options": X[ConnectAttachmentOptions],
        "Options.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class BgpOptions(TypedDict, total=False):
    PeerAsn: I

CreateConnectPeerParameters = TypedDict(
    "CreateConnectPeerParameters",
    {
        "ConnectAttachmentId": S,
        "ConnectAttachmentId.$": str,
        "CoreNetworkAddress": S,
        "CoreNetworkAddress.$": str,
        "PeerAddress": S,
        "PeerAddress.$": str,
        "BgpOptions": X[BgpOptions],
        "BgpOptions.$": str,
        "InsideCidrBlocks": L[Si],
        "InsideCidrBlocks.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SubnetArn": S,
        "SubnetArn.$": str,
    },
    total=False,
)
CreateConnectionParameters = TypedDict(
    "CreateConnectionParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "ConnectedDeviceId": S,
        "ConnectedDeviceId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "ConnectedLinkId": S,
        "ConnectedLinkId.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateContextStoreParameters = TypedDict(
    "CreateContextStoreParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateCoreNetworkParameters = TypedDict(
    "CreateCoreNetworkParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateCoreNetworkPrefixListAssociationParameters = TypedDict(
    "CreateCoreNetworkPrefixListAssociationParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "PrefixListArn": S,
        "PrefixListArn.$": str,
        "PrefixListAlias": S,
        "PrefixListAlias.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AWSLocation(TypedDict, total=False):
    Zone: S
    SubnetArn: S

class Location(TypedDict, total=False):
    Address: S
    Latitude: S
    Longitude: S

CreateDeviceParameters = TypedDict(
    "CreateDeviceParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "AwsLocation": X[AWSLocation],
        "AwsLocation.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "Vendor": S,
        "Vendor.$": str,
        "Model": S,
        "Model.$": str,
        "SerialNumber": S,
        "SerialNumber.$": str,
        "Location": X[Location],
        "Location.$": str,
        "SiteId": S,
        "SiteId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateDirectConnectGatewayAttachmentParameters = TypedDict(
    "CreateDirectConnectGatewayAttachmentParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "DirectConnectGatewayArn": S,
        "DirectConnectGatewayArn.$": str,
        "RoutingPolicyLabel": S,
        "RoutingPolicyLabel.$": str,
        "EdgeLocations": L[Si],
        "EdgeLocations.$": str,
        "NatGatewaySupport": S,
        "NatGatewaySupport.$": str,
        "NatSystemRouteSupport": B,
        "NatSystemRouteSupport.$": str,
        "NatGatewayRules": L[Xi[NatRuleRequest]],
        "NatGatewayRules.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateGlobalNetworkParameters = TypedDict(
    "CreateGlobalNetworkParameters",
    {"Description": S, "Description.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class Bandwidth(TypedDict, total=False):
    UploadSpeed: I
    DownloadSpeed: I

CreateLinkParameters = TypedDict(
    "CreateLinkParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "Bandwidth": X[Bandwidth],
        "Bandwidth.$": str,
        "Provider": S,
        "Provider.$": str,
        "SiteId": S,
        "SiteId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateNetworkScopeParameters = TypedDict(
    "CreateNetworkScopeParameters",
    {
        "Name": S,
        "Name.$": str,
        "AccessMode": S,
        "AccessMode.$": str,
        "NetworkScopeRegions": L[Si],
        "NetworkScopeRegions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateSiteParameters = TypedDict(
    "CreateSiteParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "Description": S,
        "Description.$": str,
        "Location": X[Location],
        "Location.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSiteToSiteVpnAttachmentParameters = TypedDict(
    "CreateSiteToSiteVpnAttachmentParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "VpnConnectionArn": S,
        "VpnConnectionArn.$": str,
        "RoutingPolicyLabel": S,
        "RoutingPolicyLabel.$": str,
        "NatGatewaySupport": S,
        "NatGatewaySupport.$": str,
        "NatSystemRouteSupport": B,
        "NatSystemRouteSupport.$": str,
        "NatGatewayRules": L[Xi[NatRuleRequest]],
        "NatGatewayRules.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateSseConnectParameters = TypedDict(
    "CreateSseConnectParameters",
    {
        "Description": S,
        "Description.$": str,
        "SseRegions": L[Si],
        "SseRegions.$": str,
        "SseVendor": S,
        "SseVendor.$": str,
        "SseLicenseModel": S,
        "SseLicenseModel.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateSseConnectAttachmentParameters = TypedDict(
    "CreateSseConnectAttachmentParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "SseConnectArn": S,
        "SseConnectArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateSseConnectTransitGatewayAttachmentParameters = TypedDict(
    "CreateSseConnectTransitGatewayAttachmentParameters",
    {
        "SseConnectId": S,
        "SseConnectId.$": str,
        "TransitGatewayArn": S,
        "TransitGatewayArn.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateTransitGatewayPeeringParameters = TypedDict(
    "CreateTransitGatewayPeeringParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "TransitGatewayArn": S,
        "TransitGatewayArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateTransitGatewayRouteTableAttachmentParameters = TypedDict(
    "CreateTransitGatewayRouteTableAttachmentParameters",
    {
        "PeeringId": S,
        "PeeringId.$": str,
        "TransitGatewayRouteTableArn": S,
        "TransitGatewayRouteTableArn.$": str,
        "RoutingPolicyLabel": S,
        "RoutingPolicyLabel.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class VpcOptions(TypedDict, total=False):
    Ipv6Support: B
    ApplianceModeSupport: B
    DnsSupport: B
    SecurityGroupReferencingSupport: B

CreateVpcAttachmentParameters = TypedDict(
    "CreateVpcAttachmentParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "VpcArn": S,
        "VpcArn.$": str,
        "SubnetArns": L[Si],
        "SubnetArns.$": str,
        "Options": X[VpcOptions],
        "Options.$": str,
        "RoutingPolicyLabel": S,
        "RoutingPolicyLabel.$": str,
        "NatGatewaySupport": S,
        "NatGatewaySupport.$": str,
        "NatGatewayRules": L[Xi[NatRuleRequest]],
        "NatGatewayRules.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteAttachmentParameters = TypedDict(
    "DeleteAttachmentParameters", {"AttachmentId": S, "AttachmentId.$": str}, total=False
)
DeleteConnectPeerParameters = TypedDict(
    "DeleteConnectPeerParameters", {"ConnectPeerId": S, "ConnectPeerId.$": str}, total=False
)
DeleteConnectionParameters = TypedDict(
    "DeleteConnectionParameters",
    {"GlobalNetworkId": S, "GlobalNetworkId.$": str, "ConnectionId": S, "ConnectionId.$": str},
    total=False,
)
DeleteContextStoreParameters = TypedDict(
    "DeleteContextStoreParameters", {"ContextStoreId": S, "ContextStoreId.$": str}, total=False
)
DeleteCoreNetworkParameters = TypedDict(
    "DeleteCoreNetworkParameters", {"CoreNetworkId": S, "CoreNetworkId.$": str}, total=False
)
DeleteCoreNetworkPolicyVersionParameters = TypedDict(
    "DeleteCoreNetworkPolicyVersionParameters",
    {"CoreNetworkId": S, "CoreNetworkId.$": str, "PolicyVersionId": I, "PolicyVersionId.$": str},
    total=False,
)
DeleteCoreNetworkPrefixListAssociationParameters = TypedDict(
    "DeleteCoreNetworkPrefixListAssociationParameters",
    {"CoreNetworkId": S, "CoreNetworkId.$": str, "PrefixListArn": S, "PrefixListArn.$": str},
    total=False,
)
DeleteDeviceParameters = TypedDict(
    "DeleteDeviceParameters",
    {"GlobalNetworkId": S, "GlobalNetworkId.$": str, "DeviceId": S, "DeviceId.$": str},
    total=False,
)
DeleteGlobalNetworkParameters = TypedDict(
    "DeleteGlobalNetworkParameters", {"GlobalNetworkId": S, "GlobalNetworkId.$": str}, total=False
)
DeleteLinkParameters = TypedDict(
    "DeleteLinkParameters",
    {"GlobalNetworkId": S, "GlobalNetworkId.$": str, "LinkId": S, "LinkId.$": str},
    total=False,
)
DeleteNetworkScopeParameters = TypedDict(
    "DeleteNetworkScopeParameters", {"NetworkScopeId": S, "NetworkScopeId.$": str}, total=False
)
DeletePeeringParameters = TypedDict(
    "DeletePeeringParameters", {"PeeringId": S, "PeeringId.$": str}, total=False
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteSiteParameters = TypedDict(
    "DeleteSiteParameters",
    {"GlobalNetworkId": S, "GlobalNetworkId.$": str, "SiteId": S, "SiteId.$": str},
    total=False,
)
DeleteSseConnectParameters = TypedDict(
    "DeleteSseConnectParameters",
    {"SseConnectId": S, "SseConnectId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteSseConnectTransitGatewayAttachmentParameters = TypedDict(
    "DeleteSseConnectTransitGatewayAttachmentParameters",
    {
        "SseConnectTransitGatewayAttachmentId": S,
        "SseConnectTransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeregisterTransitGatewayParameters = TypedDict(
    "DeregisterTransitGatewayParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "TransitGatewayArn": S,
        "TransitGatewayArn.$": str,
    },
    total=False,
)
DescribeGlobalNetworksParameters = TypedDict(
    "DescribeGlobalNetworksParameters",
    {
        "GlobalNetworkIds": L[Si],
        "GlobalNetworkIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DisassociateConnectPeerParameters = TypedDict(
    "DisassociateConnectPeerParameters",
    {"GlobalNetworkId": S, "GlobalNetworkId.$": str, "ConnectPeerId": S, "ConnectPeerId.$": str},
    total=False,
)
DisassociateContextStoreParameters = TypedDict(
    "DisassociateContextStoreParameters",
    {
        "ContextStoreId": S,
        "ContextStoreId.$": str,
        "TransitGatewayArn": S,
        "TransitGatewayArn.$": str,
    },
    total=False,
)
DisassociateCustomerGatewayParameters = TypedDict(
    "DisassociateCustomerGatewayParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "CustomerGatewayArn": S,
        "CustomerGatewayArn.$": str,
    },
    total=False,
)
DisassociateLinkParameters = TypedDict(
    "DisassociateLinkParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "LinkId": S,
        "LinkId.$": str,
    },
    total=False,
)
DisassociateNetworkScopePrincipalParameters = TypedDict(
    "DisassociateNetworkScopePrincipalParameters",
    {"NetworkScopeId": S, "NetworkScopeId.$": str, "Principal": S, "Principal.$": str},
    total=False,
)
DisassociateTransitGatewayConnectPeerParameters = TypedDict(
    "DisassociateTransitGatewayConnectPeerParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "TransitGatewayConnectPeerArn": S,
        "TransitGatewayConnectPeerArn.$": str,
    },
    total=False,
)
ExecuteCoreNetworkChangeSetParameters = TypedDict(
    "ExecuteCoreNetworkChangeSetParameters",
    {"CoreNetworkId": S, "CoreNetworkId.$": str, "PolicyVersionId": I, "PolicyVersionId.$": str},
    total=False,
)
GetConnectAttachmentParameters = TypedDict(
    "GetConnectAttachmentParameters", {"AttachmentId": S, "AttachmentId.$": str}, total=False
)
GetConnectPeerParameters = TypedDict(
    "GetConnectPeerParameters", {"ConnectPeerId": S, "ConnectPeerId.$": str}, total=False
)
GetConnectPeerAssociationsParameters = TypedDict(
    "GetConnectPeerAssociationsParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "ConnectPeerIds": L[Si],
        "ConnectPeerIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetConnectionsParameters = TypedDict(
    "GetConnectionsParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "ConnectionIds": L[Si],
        "ConnectionIds.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetContextStoreParameters = TypedDict(
    "GetContextStoreParameters", {"ContextStoreId": S, "ContextStoreId.$": str}, total=False
)
GetContextStoreAssociationParameters = TypedDict(
    "GetContextStoreAssociationParameters",
    {
        "ContextStoreId": S,
        "ContextStoreId.$": str,
        "TransitGatewayArn": S,
        "TransitGatewayArn.$": str,
    },
    total=False,
)
GetContextVersionParameters = TypedDict(
    "GetContextVersionParameters", {"ContextStoreId": S, "ContextStoreId.$": str}, total=False
)
GetCoreNetworkParameters = TypedDict(
    "GetCoreNetworkParameters", {"CoreNetworkId": S, "CoreNetworkId.$": str}, total=False
)
GetCoreNetworkChangeEventsParameters = TypedDict(
    "GetCoreNetworkChangeEventsParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "PolicyVersionId": I,
        "PolicyVersionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetCoreNetworkChangeSetParameters = TypedDict(
    "GetCoreNetworkChangeSetParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "PolicyVersionId": I,
        "PolicyVersionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetCoreNetworkPolicyParameters = TypedDict(
    "GetCoreNetworkPolicyParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "PolicyVersionId": I,
        "PolicyVersionId.$": str,
        "Alias": S,
        "Alias.$": str,
    },
    total=False,
)
GetCustomerGatewayAssociationsParameters = TypedDict(
    "GetCustomerGatewayAssociationsParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "CustomerGatewayArns": L[Si],
        "CustomerGatewayArns.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetDevicesParameters = TypedDict(
    "GetDevicesParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "DeviceIds": L[Si],
        "DeviceIds.$": str,
        "SiteId": S,
        "SiteId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetDirectConnectGatewayAttachmentParameters = TypedDict(
    "GetDirectConnectGatewayAttachmentParameters",
    {"AttachmentId": S, "AttachmentId.$": str},
    total=False,
)
GetLinkAssociationsParameters = TypedDict(
    "GetLinkAssociationsParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetLinksParameters = TypedDict(
    "GetLinksParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "LinkIds": L[Si],
        "LinkIds.$": str,
        "SiteId": S,
        "SiteId.$": str,
        "Type": S,
        "Type.$": str,
        "Provider": S,
        "Provider.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetNetworkResourceCountsParameters = TypedDict(
    "GetNetworkResourceCountsParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetNetworkResourceRelationshipsParameters = TypedDict(
    "GetNetworkResourceRelationshipsParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "RegisteredGatewayArn": S,
        "RegisteredGatewayArn.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetNetworkResourcesParameters = TypedDict(
    "GetNetworkResourcesParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "RegisteredGatewayArn": S,
        "RegisteredGatewayArn.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class CoreNetworkSegmentEdgeIdentifier(TypedDict, total=False):
    CoreNetworkId: S
    SegmentName: S
    EdgeLocation: S

class CoreNetworkNetworkFunctionGroupIdentifier(TypedDict, total=False):
    CoreNetworkId: S
    NetworkFunctionGroupName: S
    EdgeLocation: S

class RouteTableIdentifier(TypedDict, total=False):
    TransitGatewayRouteTableArn: S
    CoreNetworkSegmentEdge: X[CoreNetworkSegmentEdgeIdentifier]
    CoreNetworkNetworkFunctionGroup: X[CoreNetworkNetworkFunctionGroupIdentifier]

GetNetworkRoutesParameters = TypedDict(
    "GetNetworkRoutesParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "RouteTableIdentifier": X[RouteTableIdentifier],
        "RouteTableIdentifier.$": str,
        "ExactCidrMatches": L[Si],
        "ExactCidrMatches.$": str,
        "LongestPrefixMatches": L[Si],
        "LongestPrefixMatches.$": str,
        "SubnetOfMatches": L[Si],
        "SubnetOfMatches.$": str,
        "SupernetOfMatches": L[Si],
        "SupernetOfMatches.$": str,
        "PrefixListIds": L[Si],
        "PrefixListIds.$": str,
        "States": L[Si],
        "States.$": str,
        "Types": L[Si],
        "Types.$": str,
        "DestinationFilters": M[L[Si]],
        "DestinationFilters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetNetworkScopeParameters = TypedDict(
    "GetNetworkScopeParameters", {"NetworkScopeId": S, "NetworkScopeId.$": str}, total=False
)
GetNetworkTelemetryParameters = TypedDict(
    "GetNetworkTelemetryParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "RegisteredGatewayArn": S,
        "RegisteredGatewayArn.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetRouteAnalysisParameters = TypedDict(
    "GetRouteAnalysisParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "RouteAnalysisId": S,
        "RouteAnalysisId.$": str,
    },
    total=False,
)
GetSiteToSiteVpnAttachmentParameters = TypedDict(
    "GetSiteToSiteVpnAttachmentParameters", {"AttachmentId": S, "AttachmentId.$": str}, total=False
)
GetSitesParameters = TypedDict(
    "GetSitesParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "SiteIds": L[Si],
        "SiteIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetSseConnectParameters = TypedDict(
    "GetSseConnectParameters", {"SseConnectId": S, "SseConnectId.$": str}, total=False
)
GetSseConnectAttachmentParameters = TypedDict(
    "GetSseConnectAttachmentParameters", {"AttachmentId": S, "AttachmentId.$": str}, total=False
)
GetSseConnectRoutesParameters = TypedDict(
    "GetSseConnectRoutesParameters",
    {
        "SseConnectId": S,
        "SseConnectId.$": str,
        "RegionName": S,
        "RegionName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DestinationFilters": M[L[Si]],
        "DestinationFilters.$": str,
        "ExactCidrMatches": L[Si],
        "ExactCidrMatches.$": str,
    },
    total=False,
)
GetSseConnectTransitGatewayAttachmentParameters = TypedDict(
    "GetSseConnectTransitGatewayAttachmentParameters",
    {"SseConnectTransitGatewayAttachmentId": S, "SseConnectTransitGatewayAttachmentId.$": str},
    total=False,
)
GetTransitGatewayConnectPeerAssociationsParameters = TypedDict(
    "GetTransitGatewayConnectPeerAssociationsParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "TransitGatewayConnectPeerArns": L[Si],
        "TransitGatewayConnectPeerArns.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetTransitGatewayPeeringParameters = TypedDict(
    "GetTransitGatewayPeeringParameters", {"PeeringId": S, "PeeringId.$": str}, total=False
)
GetTransitGatewayRegistrationsParameters = TypedDict(
    "GetTransitGatewayRegistrationsParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "TransitGatewayArns": L[Si],
        "TransitGatewayArns.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetTransitGatewayRouteTableAttachmentParameters = TypedDict(
    "GetTransitGatewayRouteTableAttachmentParameters",
    {"AttachmentId": S, "AttachmentId.$": str},
    total=False,
)
GetVpcAttachmentParameters = TypedDict(
    "GetVpcAttachmentParameters", {"AttachmentId": S, "AttachmentId.$": str}, total=False
)
ListAttachmentNatConfigurationsParameters = TypedDict(
    "ListAttachmentNatConfigurationsParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "AttachmentId": S,
        "AttachmentId.$": str,
        "Filters": M[L[Si]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAttachmentRoutingPolicyAssociationsParameters = TypedDict(
    "ListAttachmentRoutingPolicyAssociationsParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "AttachmentId": S,
        "AttachmentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAttachmentsParameters = TypedDict(
    "ListAttachmentsParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "AttachmentType": S,
        "AttachmentType.$": str,
        "EdgeLocation": S,
        "EdgeLocation.$": str,
        "State": S,
        "State.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConnectPeersParameters = TypedDict(
    "ListConnectPeersParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "ConnectAttachmentId": S,
        "ConnectAttachmentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListContextChangesParameters = TypedDict(
    "ListContextChangesParameters",
    {
        "ContextStoreId": S,
        "ContextStoreId.$": str,
        "FromVersionId": S,
        "FromVersionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListContextStoreAssociationsParameters = TypedDict(
    "ListContextStoreAssociationsParameters",
    {
        "ContextStoreId": S,
        "ContextStoreId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListContextStoresParameters = TypedDict(
    "ListContextStoresParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListContextsParameters = TypedDict(
    "ListContextsParameters",
    {
        "ContextStoreId": S,
        "ContextStoreId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCoreNetworkDryRunRoutesParameters = TypedDict(
    "ListCoreNetworkDryRunRoutesParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "EdgeLocation": S,
        "EdgeLocation.$": str,
        "SegmentName": S,
        "SegmentName.$": str,
        "NetworkFunctionGroupName": S,
        "NetworkFunctionGroupName.$": str,
        "PolicyVersionId": I,
        "PolicyVersionId.$": str,
        "ExactCidrMatches": L[Si],
        "ExactCidrMatches.$": str,
        "LongestPrefixMatches": L[Si],
        "LongestPrefixMatches.$": str,
        "SubnetOfMatches": L[Si],
        "SubnetOfMatches.$": str,
        "SupernetOfMatches": L[Si],
        "SupernetOfMatches.$": str,
        "PrefixListIds": L[Si],
        "PrefixListIds.$": str,
        "States": L[Si],
        "States.$": str,
        "Types": L[Si],
        "Types.$": str,
        "DestinationFilters": M[L[Si]],
        "DestinationFilters.$": str,
        "DryRunChangeStates": L[Si],
        "DryRunChangeStates.$": str,
        "IsOverlappingRoute": B,
        "IsOverlappingRoute.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCoreNetworkPolicyVersionsParameters = TypedDict(
    "ListCoreNetworkPolicyVersionsParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCoreNetworkPrefixListAssociationsParameters = TypedDict(
    "ListCoreNetworkPrefixListAssociationsParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "PrefixListArn": S,
        "PrefixListArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCoreNetworkRoutingInformationParameters = TypedDict(
    "ListCoreNetworkRoutingInformationParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "SegmentName": S,
        "SegmentName.$": str,
        "EdgeLocation": S,
        "EdgeLocation.$": str,
        "NextHopFilters": M[L[Si]],
        "NextHopFilters.$": str,
        "ExactPrefixMatches": L[Si],
        "ExactPrefixMatches.$": str,
        "LongestPrefixMatches": L[Si],
        "LongestPrefixMatches.$": str,
        "SubnetOfMatches": L[Si],
        "SubnetOfMatches.$": str,
        "SupernetOfMatches": L[Si],
        "SupernetOfMatches.$": str,
        "LocalPreferenceMatches": L[Si],
        "LocalPreferenceMatches.$": str,
        "ExactAsPathMatches": L[Si],
        "ExactAsPathMatches.$": str,
        "MedMatches": L[Si],
        "MedMatches.$": str,
        "CommunityMatches": L[Si],
        "CommunityMatches.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCoreNetworksParameters = TypedDict(
    "ListCoreNetworksParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListNetworkScopePrincipalsParameters = TypedDict(
    "ListNetworkScopePrincipalsParameters",
    {
        "NetworkScopeId": S,
        "NetworkScopeId.$": str,
        "Principals": L[Si],
        "Principals.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNetworkScopesParameters = TypedDict(
    "ListNetworkScopesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListOrganizationServiceAccessStatusParameters = TypedDict(
    "ListOrganizationServiceAccessStatusParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPeeringsParameters = TypedDict(
    "ListPeeringsParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "PeeringType": S,
        "PeeringType.$": str,
        "EdgeLocation": S,
        "EdgeLocation.$": str,
        "State": S,
        "State.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSSERegionsParameters = TypedDict(
    "ListSSERegionsParameters",
    {
        "SseVendor": S,
        "SseVendor.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSseConnectTransitGatewayAttachmentsParameters = TypedDict(
    "ListSseConnectTransitGatewayAttachmentsParameters",
    {
        "SseConnectId": S,
        "SseConnectId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSseConnectsParameters = TypedDict(
    "ListSseConnectsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutAttachmentRoutingPolicyLabelParameters = TypedDict(
    "PutAttachmentRoutingPolicyLabelParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "AttachmentId": S,
        "AttachmentId.$": str,
        "RoutingPolicyLabel": S,
        "RoutingPolicyLabel.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
PutCoreNetworkPolicyParameters = TypedDict(
    "PutCoreNetworkPolicyParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "Description": S,
        "Description.$": str,
        "LatestVersionId": I,
        "LatestVersionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"PolicyDocument": S, "PolicyDocument.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
RegisterTransitGatewayParameters = TypedDict(
    "RegisterTransitGatewayParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "TransitGatewayArn": S,
        "TransitGatewayArn.$": str,
    },
    total=False,
)
RejectAttachmentParameters = TypedDict(
    "RejectAttachmentParameters", {"AttachmentId": S, "AttachmentId.$": str}, total=False
)
RemoveAttachmentRoutingPolicyLabelParameters = TypedDict(
    "RemoveAttachmentRoutingPolicyLabelParameters",
    {"CoreNetworkId": S, "CoreNetworkId.$": str, "AttachmentId": S, "AttachmentId.$": str},
    total=False,
)
RestoreCoreNetworkPolicyVersionParameters = TypedDict(
    "RestoreCoreNetworkPolicyVersionParameters",
    {"CoreNetworkId": S, "CoreNetworkId.$": str, "PolicyVersionId": I, "PolicyVersionId.$": str},
    total=False,
)
StartCoreNetworkPolicyDryRunParameters = TypedDict(
    "StartCoreNetworkPolicyDryRunParameters",
    {
        "CoreNetworkId": S,
        "CoreNetworkId.$": str,
        "PolicyVersionId": I,
        "PolicyVersionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartOrganizationServiceAccessUpdateParameters = TypedDict(
    "StartOrganizationServiceAccessUpdateParameters", {"Action": S, "Action.$": str}, total=False
)

class RouteAnalysisEndpointOptionsSpecification(TypedDict, total=False):
    TransitGatewayAttachmentArn: S
    IpAddress: S

StartRouteAnalysisParameters = TypedDict(
    "StartRouteAnalysisParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "Source": X[RouteAnalysisEndpointOptionsSpecification],
        "Source.$": str,
        "Destination": X[RouteAnalysisEndpointOptionsSpecification],
        "Destination.$": str,
        "IncludeReturnPath": B,
        "IncludeReturnPath.$": str,
        "UseMiddleboxes": B,
        "UseMiddleboxes.$": str,
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
UpdateAttachmentNatConfigurationParameters = TypedDict(
    "UpdateAttachmentNatConfigurationParameters",
    {
        "AttachmentId": S,
        "AttachmentId.$": str,
        "NatGatewaySupport": S,
        "NatGatewaySupport.$": str,
        "NatSystemRouteSupport": B,
        "NatSystemRouteSupport.$": str,
        "NatGatewayRules": L[Xi[NatRuleRequest]],
        "NatGatewayRules.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateConnectionParameters = TypedDict(
    "UpdateConnectionParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "ConnectionId": S,
        "ConnectionId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "ConnectedLinkId": S,
        "ConnectedLinkId.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateContextStoreParameters = TypedDict(
    "UpdateContextStoreParameters",
    {"ContextStoreId": S, "ContextStoreId.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdateCoreNetworkParameters = TypedDict(
    "UpdateCoreNetworkParameters",
    {"CoreNetworkId": S, "CoreNetworkId.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdateDeviceParameters = TypedDict(
    "UpdateDeviceParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "DeviceId": S,
        "DeviceId.$": str,
        "AwsLocation": X[AWSLocation],
        "AwsLocation.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "Vendor": S,
        "Vendor.$": str,
        "Model": S,
        "Model.$": str,
        "SerialNumber": S,
        "SerialNumber.$": str,
        "Location": X[Location],
        "Location.$": str,
        "SiteId": S,
        "SiteId.$": str,
    },
    total=False,
)
UpdateDirectConnectGatewayAttachmentParameters = TypedDict(
    "UpdateDirectConnectGatewayAttachmentParameters",
    {"AttachmentId": S, "AttachmentId.$": str, "EdgeLocations": L[Si], "EdgeLocations.$": str},
    total=False,
)
UpdateGlobalNetworkParameters = TypedDict(
    "UpdateGlobalNetworkParameters",
    {"GlobalNetworkId": S, "GlobalNetworkId.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdateLinkParameters = TypedDict(
    "UpdateLinkParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "LinkId": S,
        "LinkId.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "Bandwidth": X[Bandwidth],
        "Bandwidth.$": str,
        "Provider": S,
        "Provider.$": str,
    },
    total=False,
)
UpdateNetworkResourceMetadataParameters = TypedDict(
    "UpdateNetworkResourceMetadataParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
    },
    total=False,
)
UpdateNetworkScopeParameters = TypedDict(
    "UpdateNetworkScopeParameters",
    {
        "NetworkScopeId": S,
        "NetworkScopeId.$": str,
        "Name": S,
        "Name.$": str,
        "NetworkScopeRegions": L[Si],
        "NetworkScopeRegions.$": str,
    },
    total=False,
)
UpdateSiteParameters = TypedDict(
    "UpdateSiteParameters",
    {
        "GlobalNetworkId": S,
        "GlobalNetworkId.$": str,
        "SiteId": S,
        "SiteId.$": str,
        "Description": S,
        "Description.$": str,
        "Location": X[Location],
        "Location.$": str,
    },
    total=False,
)
UpdateSseConnectParameters = TypedDict(
    "UpdateSseConnectParameters",
    {
        "SseConnectId": S,
        "SseConnectId.$": str,
        "SseRegions": L[Si],
        "SseRegions.$": str,
        "Description": S,
        "Description.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
UpdateVpcAttachmentParameters = TypedDict(
    "UpdateVpcAttachmentParameters",
    {
        "AttachmentId": S,
        "AttachmentId.$": str,
        "AddSubnetArns": L[Si],
        "AddSubnetArns.$": str,
        "RemoveSubnetArns": L[Si],
        "RemoveSubnetArns.$": str,
        "Options": X[VpcOptions],
        "Options.$": str,
    },
    total=False,
)
accept_attachment: Builder[AcceptAttachmentParameters]
associate_connect_peer: Builder[AssociateConnectPeerParameters]
associate_context_store: Builder[AssociateContextStoreParameters]
associate_customer_gateway: Builder[AssociateCustomerGatewayParameters]
associate_link: Builder[AssociateLinkParameters]
associate_network_scope_principal: Builder[AssociateNetworkScopePrincipalParameters]
associate_transit_gateway_connect_peer: Builder[AssociateTransitGatewayConnectPeerParameters]
create_connect_attachment: Builder[CreateConnectAttachmentParameters]
create_connect_peer: Builder[CreateConnectPeerParameters]
create_connection: Builder[CreateConnectionParameters]
create_context_store: Builder[CreateContextStoreParameters]
create_core_network: Builder[CreateCoreNetworkParameters]
create_core_network_prefix_list_association: Builder[
    CreateCoreNetworkPrefixListAssociationParameters
]
create_device: Builder[CreateDeviceParameters]
create_direct_connect_gateway_attachment: Builder[CreateDirectConnectGatewayAttachmentParameters]
create_global_network: Builder[CreateGlobalNetworkParameters]
create_link: Builder[CreateLinkParameters]
create_network_scope: Builder[CreateNetworkScopeParameters]
create_site: Builder[CreateSiteParameters]
create_site_to_site_vpn_attachment: Builder[CreateSiteToSiteVpnAttachmentParameters]
create_sse_connect: Builder[CreateSseConnectParameters]
create_sse_connect_attachment: Builder[CreateSseConnectAttachmentParameters]
create_sse_connect_transit_gateway_attachment: Builder[
    CreateSseConnectTransitGatewayAttachmentParameters
]
create_transit_gateway_peering: Builder[CreateTransitGatewayPeeringParameters]
create_transit_gateway_route_table_attachment: Builder[
    CreateTransitGatewayRouteTableAttachmentParameters
]
create_vpc_attachment: Builder[CreateVpcAttachmentParameters]
delete_attachment: Builder[DeleteAttachmentParameters]
delete_connect_peer: Builder[DeleteConnectPeerParameters]
delete_connection: Builder[DeleteConnectionParameters]
delete_context_store: Builder[DeleteContextStoreParameters]
delete_core_network: Builder[DeleteCoreNetworkParameters]
delete_core_network_policy_version: Builder[DeleteCoreNetworkPolicyVersionParameters]
delete_core_network_prefix_list_association: Builder[
    DeleteCoreNetworkPrefixListAssociationParameters
]
delete_device: Builder[DeleteDeviceParameters]
delete_global_network: Builder[DeleteGlobalNetworkParameters]
delete_link: Builder[DeleteLinkParameters]
delete_network_scope: Builder[DeleteNetworkScopeParameters]
delete_peering: Builder[DeletePeeringParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_site: Builder[DeleteSiteParameters]
delete_sse_connect: Builder[DeleteSseConnectParameters]
delete_sse_connect_transit_gateway_attachment: Builder[
    DeleteSseConnectTransitGatewayAttachmentParameters
]
deregister_transit_gateway: Builder[DeregisterTransitGatewayParameters]
describe_global_networks: Builder[DescribeGlobalNetworksParameters]
disassociate_connect_peer: Builder[DisassociateConnectPeerParameters]
disassociate_context_store: Builder[DisassociateContextStoreParameters]
disassociate_customer_gateway: Builder[DisassociateCustomerGatewayParameters]
disassociate_link: Builder[DisassociateLinkParameters]
disassociate_network_scope_principal: Builder[DisassociateNetworkScopePrincipalParameters]
disassociate_transit_gateway_connect_peer: Builder[DisassociateTransitGatewayConnectPeerParameters]
execute_core_network_change_set: Builder[ExecuteCoreNetworkChangeSetParameters]
get_connect_attachment: Builder[GetConnectAttachmentParameters]
get_connect_peer: Builder[GetConnectPeerParameters]
get_connect_peer_associations: Builder[GetConnectPeerAssociationsParameters]
get_connections: Builder[GetConnectionsParameters]
get_context_store: Builder[GetContextStoreParameters]
get_context_store_association: Builder[GetContextStoreAssociationParameters]
get_context_version: Builder[GetContextVersionParameters]
get_core_network: Builder[GetCoreNetworkParameters]
get_core_network_change_events: Builder[GetCoreNetworkChangeEventsParameters]
get_core_network_change_set: Builder[GetCoreNetworkChangeSetParameters]
get_core_network_policy: Builder[GetCoreNetworkPolicyParameters]
get_customer_gateway_associations: Builder[GetCustomerGatewayAssociationsParameters]
get_devices: Builder[GetDevicesParameters]
get_direct_connect_gateway_attachment: Builder[GetDirectConnectGatewayAttachmentParameters]
get_link_associations: Builder[GetLinkAssociationsParameters]
get_links: Builder[GetLinksParameters]
get_network_resource_counts: Builder[GetNetworkResourceCountsParameters]
get_network_resource_relationships: Builder[GetNetworkResourceRelationshipsParameters]
get_network_resources: Builder[GetNetworkResourcesParameters]
get_network_routes: Builder[GetNetworkRoutesParameters]
get_network_scope: Builder[GetNetworkScopeParameters]
get_network_telemetry: Builder[GetNetworkTelemetryParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_route_analysis: Builder[GetRouteAnalysisParameters]
get_site_to_site_vpn_attachment: Builder[GetSiteToSiteVpnAttachmentParameters]
get_sites: Builder[GetSitesParameters]
get_sse_connect: Builder[GetSseConnectParameters]
get_sse_connect_attachment: Builder[GetSseConnectAttachmentParameters]
get_sse_connect_routes: Builder[GetSseConnectRoutesParameters]
get_sse_connect_transit_gateway_attachment: Builder[GetSseConnectTransitGatewayAttachmentParameters]
get_transit_gateway_connect_peer_associations: Builder[
    GetTransitGatewayConnectPeerAssociationsParameters
]
get_transit_gateway_peering: Builder[GetTransitGatewayPeeringParameters]
get_transit_gateway_registrations: Builder[GetTransitGatewayRegistrationsParameters]
get_transit_gateway_route_table_attachment: Builder[GetTransitGatewayRouteTableAttachmentParameters]
get_vpc_attachment: Builder[GetVpcAttachmentParameters]
list_attachment_nat_configurations: Builder[ListAttachmentNatConfigurationsParameters]
list_attachment_routing_policy_associations: Builder[
    ListAttachmentRoutingPolicyAssociationsParameters
]
list_attachments: Builder[ListAttachmentsParameters]
list_connect_peers: Builder[ListConnectPeersParameters]
list_context_changes: Builder[ListContextChangesParameters]
list_context_store_associations: Builder[ListContextStoreAssociationsParameters]
list_context_stores: Builder[ListContextStoresParameters]
list_contexts: Builder[ListContextsParameters]
list_core_network_dry_run_routes: Builder[ListCoreNetworkDryRunRoutesParameters]
list_core_network_policy_versions: Builder[ListCoreNetworkPolicyVersionsParameters]
list_core_network_prefix_list_associations: Builder[ListCoreNetworkPrefixListAssociationsParameters]
list_core_network_routing_information: Builder[ListCoreNetworkRoutingInformationParameters]
list_core_networks: Builder[ListCoreNetworksParameters]
list_network_scope_principals: Builder[ListNetworkScopePrincipalsParameters]
list_network_scopes: Builder[ListNetworkScopesParameters]
list_organization_service_access_status: Builder[ListOrganizationServiceAccessStatusParameters]
list_peerings: Builder[ListPeeringsParameters]
list_sse_regions: Builder[ListSSERegionsParameters]
list_sse_connect_transit_gateway_attachments: Builder[
    ListSseConnectTransitGatewayAttachmentsParameters
]
list_sse_connects: Builder[ListSseConnectsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_attachment_routing_policy_label: Builder[PutAttachmentRoutingPolicyLabelParameters]
put_core_network_policy: Builder[PutCoreNetworkPolicyParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
register_transit_gateway: Builder[RegisterTransitGatewayParameters]
reject_attachment: Builder[RejectAttachmentParameters]
remove_attachment_routing_policy_label: Builder[RemoveAttachmentRoutingPolicyLabelParameters]
restore_core_network_policy_version: Builder[RestoreCoreNetworkPolicyVersionParameters]
start_core_network_policy_dry_run: Builder[StartCoreNetworkPolicyDryRunParameters]
start_organization_service_access_update: Builder[StartOrganizationServiceAccessUpdateParameters]
start_route_analysis: Builder[StartRouteAnalysisParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_attachment_nat_configuration: Builder[UpdateAttachmentNatConfigurationParameters]
update_connection: Builder[UpdateConnectionParameters]
update_context_store: Builder[UpdateContextStoreParameters]
update_core_network: Builder[UpdateCoreNetworkParameters]
update_device: Builder[UpdateDeviceParameters]
update_direct_connect_gateway_attachment: Builder[UpdateDirectConnectGatewayAttachmentParameters]
update_global_network: Builder[UpdateGlobalNetworkParameters]
update_link: Builder[UpdateLinkParameters]
update_network_resource_metadata: Builder[UpdateNetworkResourceMetadataParameters]
update_network_scope: Builder[UpdateNetworkScopeParameters]
update_site: Builder[UpdateSiteParameters]
update_sse_connect: Builder[UpdateSseConnectParameters]
update_vpc_attachment: Builder[UpdateVpcAttachmentParameters]

__all__ = [
    "accept_attachment",
    "associate_connect_peer",
    "associate_context_store",
    "associate_customer_gateway",
    "associate_link",
    "associate_network_scope_principal",
    "associate_transit_gateway_connect_peer",
    "create_connect_attachment",
    "create_connect_peer",
    "create_connection",
    "create_context_store",
    "create_core_network",
    "create_core_network_prefix_list_association",
    "create_device",
    "create_direct_connect_gateway_attachment",
    "create_global_network",
    "create_link",
    "create_network_scope",
    "create_site",
    "create_site_to_site_vpn_attachment",
    "create_sse_connect",
    "create_sse_connect_attachment",
    "create_sse_connect_transit_gateway_attachment",
    "create_transit_gateway_peering",
    "create_transit_gateway_route_table_attachment",
    "create_vpc_attachment",
    "delete_attachment",
    "delete_connect_peer",
    "delete_connection",
    "delete_context_store",
    "delete_core_network",
    "delete_core_network_policy_version",
    "delete_core_network_prefix_list_association",
    "delete_device",
    "delete_global_network",
    "delete_link",
    "delete_network_scope",
    "delete_peering",
    "delete_resource_policy",
    "delete_site",
    "delete_sse_connect",
    "delete_sse_connect_transit_gateway_attachment",
    "deregister_transit_gateway",
    "describe_global_networks",
    "disassociate_connect_peer",
    "disassociate_context_store",
    "disassociate_customer_gateway",
    "disassociate_link",
    "disassociate_network_scope_principal",
    "disassociate_transit_gateway_connect_peer",
    "execute_core_network_change_set",
    "get_connect_attachment",
    "get_connect_peer",
    "get_connect_peer_associations",
    "get_connections",
    "get_context_store",
    "get_context_store_association",
    "get_context_version",
    "get_core_network",
    "get_core_network_change_events",
    "get_core_network_change_set",
    "get_core_network_policy",
    "get_customer_gateway_associations",
    "get_devices",
    "get_direct_connect_gateway_attachment",
    "get_link_associations",
    "get_links",
    "get_network_resource_counts",
    "get_network_resource_relationships",
    "get_network_resources",
    "get_network_routes",
    "get_network_scope",
    "get_network_telemetry",
    "get_resource_policy",
    "get_route_analysis",
    "get_site_to_site_vpn_attachment",
    "get_sites",
    "get_sse_connect",
    "get_sse_connect_attachment",
    "get_sse_connect_routes",
    "get_sse_connect_transit_gateway_attachment",
    "get_transit_gateway_connect_peer_associations",
    "get_transit_gateway_peering",
    "get_transit_gateway_registrations",
    "get_transit_gateway_route_table_attachment",
    "get_vpc_attachment",
    "list_attachment_nat_configurations",
    "list_attachment_routing_policy_associations",
    "list_attachments",
    "list_connect_peers",
    "list_context_changes",
    "list_context_store_associations",
    "list_context_stores",
    "list_contexts",
    "list_core_network_dry_run_routes",
    "list_core_network_policy_versions",
    "list_core_network_prefix_list_associations",
    "list_core_network_routing_information",
    "list_core_networks",
    "list_network_scope_principals",
    "list_network_scopes",
    "list_organization_service_access_status",
    "list_peerings",
    "list_sse_connect_transit_gateway_attachments",
    "list_sse_connects",
    "list_sse_regions",
    "list_tags_for_resource",
    "put_attachment_routing_policy_label",
    "put_core_network_policy",
    "put_resource_policy",
    "register_transit_gateway",
    "reject_attachment",
    "remove_attachment_routing_policy_label",
    "restore_core_network_policy_version",
    "start_core_network_policy_dry_run",
    "start_organization_service_access_update",
    "start_route_analysis",
    "tag_resource",
    "untag_resource",
    "update_attachment_nat_configuration",
    "update_connection",
    "update_context_store",
    "update_core_network",
    "update_device",
    "update_direct_connect_gateway_attachment",
    "update_global_network",
    "update_link",
    "update_network_resource_metadata",
    "update_network_scope",
    "update_site",
    "update_sse_connect",
    "update_vpc_attachment",
]
