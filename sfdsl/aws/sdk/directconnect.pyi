"""Typed builders of the AWS SDK integration of directconnect (``aws-sdk:directconnect:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, S, Si, X, Xi

class RouteFilterPrefix(TypedDict, total=False):
    Cidr: S

AcceptDirectConnectGatewayAssociationProposalParameters = TypedDict(
    "AcceptDirectConnectGatewayAssociationProposalParameters",
    {
        "DirectConnectGatewayId": S,
        "DirectConnectGatewayId.$": str,
        "ProposalId": S,
        "ProposalId.$": str,
        "AssociatedGatewayOwnerAccount": S,
        "AssociatedGatewayOwnerAccount.$": str,
        "OverrideAllowedPrefixesToDirectConnectGateway": L[Xi[RouteFilterPrefix]],
        "OverrideAllowedPrefixesToDirectConnectGateway.$": str,
    },
    total=False,
)
AllocateConnectionOnInterconnectParameters = TypedDict(
    "AllocateConnectionOnInterconnectParameters",
    {
        "Bandwidth": S,
        "Bandwidth.$": str,
        "ConnectionName": S,
        "ConnectionName.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
        "InterconnectId": S,
        "InterconnectId.$": str,
        "Vlan": I,
        "Vlan.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AllocateHostedConnectionParameters = TypedDict(
    "AllocateHostedConnectionParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
        "Bandwidth": S,
        "Bandwidth.$": str,
        "ConnectionName": S,
        "ConnectionName.$": str,
        "Vlan": I,
        "Vlan.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class NewPrivateVirtualInterfaceAllocation(TypedDict, total=False):
    VirtualInterfaceName: S
    Vlan: I
    Asn: I
    AsnLong: I
    Mtu: I
    AuthKey: S
    AmazonAddress: S
    AddressFamily: S
    CustomerAddress: S
    Tags: L[Xi[Tag]]
    RateLimit: S

AllocatePrivateVirtualInterfaceParameters = TypedDict(
    "AllocatePrivateVirtualInterfaceParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
        "NewPrivateVirtualInterfaceAllocation": X[NewPrivateVirtualInterfaceAllocation],
        "NewPrivateVirtualInterfaceAllocation.$": str,
    },
    total=False,
)

class NewPublicVirtualInterfaceAllocation(TypedDict, total=False):
    VirtualInterfaceName: S
    Vlan: I
    Asn: I
    AsnLong: I
    AuthKey: S
    AmazonAddress: S
    CustomerAddress: S
    AddressFamily: S
    RouteFilterPrefixes: L[Xi[RouteFilterPrefix]]
    Tags: L[Xi[Tag]]
    RateLimit: S

AllocatePublicVirtualInterfaceParameters = TypedDict(
    "AllocatePublicVirtualInterfaceParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
        "NewPublicVirtualInterfaceAllocation": X[NewPublicVirtualInterfaceAllocation],
        "NewPublicVirtualInterfaceAllocation.$": str,
    },
    total=False,
)

class NewTransitVirtualInterfaceAllocation(TypedDict, total=False):
    VirtualInterfaceName: S
    Vlan: I
    Asn: I
    AsnLong: I
    Mtu: I
    AuthKey: S
    AmazonAddress: S
    CustomerAddress: S
    AddressFamily: S
    Tags: L[Xi[Tag]]
    RateLimit: S

AllocateTransitVirtualInterfaceParameters = TypedDict(
    "AllocateTransitVirtualInterfaceParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "OwnerAccount": S,
        "OwnerAccount.$": str,
        "NewTransitVirtualInterfaceAllocation": X[NewTransitVirtualInterfaceAllocation],
        "NewTransitVirtualInterfaceAllocation.$": str,
    },
    total=False,
)
AssociateConnectionWithLagParameters = TypedDict(
    "AssociateConnectionWithLagParameters",
    {"ConnectionId": S, "ConnectionId.$": str, "LagId": S, "LagId.$": str},
    total=False,
)
AssociateConnectionsToResiliencyGroupParameters = TypedDict(
    "AssociateConnectionsToResiliencyGroupParameters",
    {
        "ConnectionIdentifiers": L[Si],
        "ConnectionIdentifiers.$": str,
        "ResiliencyGroupId": S,
        "ResiliencyGroupId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateHostedConnectionParameters = TypedDict(
    "AssociateHostedConnectionParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "ParentConnectionId": S,
        "ParentConnectionId.$": str,
    },
    total=False,
)
AssociateMacSecKeyParameters = TypedDict(
    "AssociateMacSecKeyParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "SecretARN": S,
        "SecretARN.$": str,
        "Ckn": S,
        "Ckn.$": str,
        "Cak": S,
        "Cak.$": str,
    },
    total=False,
)
AssociateVirtualInterfaceParameters = TypedDict(
    "AssociateVirtualInterfaceParameters",
    {
        "VirtualInterfaceId": S,
        "VirtualInterfaceId.$": str,
        "ConnectionId": S,
        "ConnectionId.$": str,
    },
    total=False,
)
ConfirmConnectionParameters = TypedDict(
    "ConfirmConnectionParameters", {"ConnectionId": S, "ConnectionId.$": str}, total=False
)
ConfirmCustomerAgreementParameters = TypedDict(
    "ConfirmCustomerAgreementParameters", {"AgreementName": S, "AgreementName.$": str}, total=False
)
ConfirmPrivateVirtualInterfaceParameters = TypedDict(
    "ConfirmPrivateVirtualInterfaceParameters",
    {
        "VirtualInterfaceId": S,
        "VirtualInterfaceId.$": str,
        "VirtualGatewayId": S,
        "VirtualGatewayId.$": str,
        "DirectConnectGatewayId": S,
        "DirectConnectGatewayId.$": str,
    },
    total=False,
)
ConfirmPublicVirtualInterfaceParameters = TypedDict(
    "ConfirmPublicVirtualInterfaceParameters",
    {"VirtualInterfaceId": S, "VirtualInterfaceId.$": str},
    total=False,
)
ConfirmTransitVirtualInterfaceParameters = TypedDict(
    "ConfirmTransitVirtualInterfaceParameters",
    {
        "VirtualInterfaceId": S,
        "VirtualInterfaceId.$": str,
        "DirectConnectGatewayId": S,
        "DirectConnectGatewayId.$": str,
    },
    total=False,
)

class NewBGPPeer(TypedDict, total=False):
    Asn: I
    AsnLong: I
    AuthKey: S
    AddressFamily: S
    AmazonAddress: S
    CustomerAddress: S

CreateBGPPeerParameters = TypedDict(
    "CreateBGPPeerParameters",
    {
        "VirtualInterfaceId": S,
        "VirtualInterfaceId.$": str,
        "NewBGPPeer": X[NewBGPPeer],
        "NewBGPPeer.$": str,
    },
    total=False,
)
CreateConnectionParameters = TypedDict(
    "CreateConnectionParameters",
    {
        "Location": S,
        "Location.$": str,
        "Bandwidth": S,
        "Bandwidth.$": str,
        "ConnectionName": S,
        "ConnectionName.$": str,
        "LagId": S,
        "LagId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
        "RequestMACSec": B,
        "RequestMACSec.$": str,
        "BillingMode": S,
        "BillingMode.$": str,
    },
    total=False,
)
CreateDirectConnectGatewayParameters = TypedDict(
    "CreateDirectConnectGatewayParameters",
    {
        "DirectConnectGatewayName": S,
        "DirectConnectGatewayName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AmazonSideAsn": I,
        "AmazonSideAsn.$": str,
    },
    total=False,
)
CreateDirectConnectGatewayAssociationParameters = TypedDict(
    "CreateDirectConnectGatewayAssociationParameters",
    {
        "DirectConnectGatewayId": S,
        "DirectConnectGatewayId.$": str,
        "GatewayId": S,
        "GatewayId.$": str,
        "AddAllowedPrefixesToDirectConnectGateway": L[Xi[RouteFilterPrefix]],
        "AddAllowedPrefixesToDirectConnectGateway.$": str,
        "VirtualGatewayId": S,
        "VirtualGatewayId.$": str,
    },
    total=False,
)
CreateDirectConnectGatewayAssociationProposalParameters = TypedDict(
    "CreateDirectConnectGatewayAssociationProposalParameters",
    {
        "DirectConnectGatewayId": S,
        "DirectConnectGatewayId.$": str,
        "DirectConnectGatewayOwnerAccount": S,
        "DirectConnectGatewayOwnerAccount.$": str,
        "GatewayId": S,
        "GatewayId.$": str,
        "AddAllowedPrefixesToDirectConnectGateway": L[Xi[RouteFilterPrefix]],
        "AddAllowedPrefixesToDirectConnectGateway.$": str,
        "RemoveAllowedPrefixesToDirectConnectGateway": L[Xi[RouteFilterPrefix]],
        "RemoveAllowedPrefixesToDirectConnectGateway.$": str,
    },
    total=False,
)
CreateInterconnectParameters = TypedDict(
    "CreateInterconnectParameters",
    {
        "InterconnectName": S,
        "InterconnectName.$": str,
        "Bandwidth": S,
        "Bandwidth.$": str,
        "Location": S,
        "Location.$": str,
        "LagId": S,
        "LagId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
        "RequestMACSec": B,
        "RequestMACSec.$": str,
    },
    total=False,
)
CreateLagParameters = TypedDict(
    "CreateLagParameters",
    {
        "NumberOfConnections": I,
        "NumberOfConnections.$": str,
        "Location": S,
        "Location.$": str,
        "ConnectionsBandwidth": S,
        "ConnectionsBandwidth.$": str,
        "LagName": S,
        "LagName.$": str,
        "ConnectionId": S,
        "ConnectionId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ChildConnectionTags": L[Xi[Tag]],
        "ChildConnectionTags.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
        "RequestMACSec": B,
        "RequestMACSec.$": str,
        "BillingMode": S,
        "BillingMode.$": str,
    },
    total=False,
)

class NewPrivateVirtualInterface(TypedDict, total=False):
    VirtualInterfaceName: S
    Vlan: I
    Asn: I
    AsnLong: I
    Mtu: I
    AuthKey: S
    AmazonAddress: S
    CustomerAddress: S
    AddressFamily: S
    VirtualGatewayId: S
    DirectConnectGatewayId: S
    Tags: L[Xi[Tag]]
    EnableSiteLink: B
    PrefixPoolAllocatedCountIpv4: I
    PrefixPoolAllocatedCountIpv6: I
    RateLimit: S

CreatePrivateVirtualInterfaceParameters = TypedDict(
    "CreatePrivateVirtualInterfaceParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "NewPrivateVirtualInterface": X[NewPrivateVirtualInterface],
        "NewPrivateVirtualInterface.$": str,
    },
    total=False,
)

class NewPublicVirtualInterface(TypedDict, total=False):
    VirtualInterfaceName: S
    Vlan: I
    Asn: I
    AsnLong: I
    AuthKey: S
    AmazonAddress: S
    CustomerAddress: S
    AddressFamily: S
    RouteFilterPrefixes: L[Xi[RouteFilterPrefix]]
    Tags: L[Xi[Tag]]
    RateLimit: S

CreatePublicVirtualInterfaceParameters = TypedDict(
    "CreatePublicVirtualInterfaceParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "NewPublicVirtualInterface": X[NewPublicVirtualInterface],
        "NewPublicVirtualInterface.$": str,
    },
    total=False,
)
CreateResiliencyGroupParameters = TypedDict(
    "CreateResiliencyGroupParameters",
    {
        "ResiliencyGroupName": S,
        "ResiliencyGroupName.$": str,
        "IntendedResiliencyModel": S,
        "IntendedResiliencyModel.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class NewTransitVirtualInterface(TypedDict, total=False):
    VirtualInterfaceName: S
    Vlan: I
    Asn: I
    AsnLong: I
    Mtu: I
    AuthKey: S
    AmazonAddress: S
    CustomerAddress: S
    AddressFamily: S
    DirectConnectGatewayId: S
    Tags: L[Xi[Tag]]
    EnableSiteLink: B
    PrefixPoolAllocatedCountIpv4: I
    PrefixPoolAllocatedCountIpv6: I
    RateLimit: S

CreateTransitVirtualInterfaceParameters = TypedDict(
    "CreateTransitVirtualInterfaceParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "NewTransitVirtualInterface": X[NewTransitVirtualInterface],
        "NewTransitVirtualInterface.$": str,
    },
    total=False,
)
DeleteBGPPeerParameters = TypedDict(
    "DeleteBGPPeerParameters",
    {
        "VirtualInterfaceId": S,
        "VirtualInterfaceId.$": str,
        "Asn": I,
        "Asn.$": str,
        "AsnLong": I,
        "AsnLong.$": str,
        "CustomerAddress": S,
        "CustomerAddress.$": str,
        "BgpPeerId": S,
        "BgpPeerId.$": str,
    },
    total=False,
)
DeleteConnectionParameters = TypedDict(
    "DeleteConnectionParameters", {"ConnectionId": S, "ConnectionId.$": str}, total=False
)
DeleteDirectConnectGatewayParameters = TypedDict(
    "DeleteDirectConnectGatewayParameters",
    {"DirectConnectGatewayId": S, "DirectConnectGatewayId.$": str},
    total=False,
)
DeleteDirectConnectGatewayAssociationParameters = TypedDict(
    "DeleteDirectConnectGatewayAssociationParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "DirectConnectGatewayId": S,
        "DirectConnectGatewayId.$": str,
        "VirtualGatewayId": S,
        "VirtualGatewayId.$": str,
    },
    total=False,
)
DeleteDirectConnectGatewayAssociationProposalParameters = TypedDict(
    "DeleteDirectConnectGatewayAssociationProposalParameters",
    {"ProposalId": S, "ProposalId.$": str},
    total=False,
)
DeleteInterconnectParameters = TypedDict(
    "DeleteInterconnectParameters", {"InterconnectId": S, "InterconnectId.$": str}, total=False
)
DeleteLagParameters = TypedDict("DeleteLagParameters", {"LagId": S, "LagId.$": str}, total=False)
DeleteResiliencyGroupParameters = TypedDict(
    "DeleteResiliencyGroupParameters",
    {"ResiliencyGroupId": S, "ResiliencyGroupId.$": str},
    total=False,
)
DeleteVirtualInterfaceParameters = TypedDict(
    "DeleteVirtualInterfaceParameters",
    {"VirtualInterfaceId": S, "VirtualInterfaceId.$": str},
    total=False,
)
DescribeConnectionLoaParameters = TypedDict(
    "DescribeConnectionLoaParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
        "LoaContentType": S,
        "LoaContentType.$": str,
    },
    total=False,
)
DescribeConnectionsParameters = TypedDict(
    "DescribeConnectionsParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeConnectionsOnInterconnectParameters = TypedDict(
    "DescribeConnectionsOnInterconnectParameters",
    {"InterconnectId": S, "InterconnectId.$": str},
    total=False,
)

class DescribeCustomerMetadataParameters(TypedDict, total=False): ...

DescribeDirectConnectGatewayAssociationProposalsParameters = TypedDict(
    "DescribeDirectConnectGatewayAssociationProposalsParameters",
    {
        "DirectConnectGatewayId": S,
        "DirectConnectGatewayId.$": str,
        "ProposalId": S,
        "ProposalId.$": str,
        "AssociatedGatewayId": S,
        "AssociatedGatewayId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeDirectConnectGatewayAssociationsParameters = TypedDict(
    "DescribeDirectConnectGatewayAssociationsParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "AssociatedGatewayId": S,
        "AssociatedGatewayId.$": str,
        "DirectConnectGatewayId": S,
        "DirectConnectGatewayId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "VirtualGatewayId": S,
        "VirtualGatewayId.$": str,
    },
    total=False,
)
DescribeDirectConnectGatewayAttachmentsParameters = TypedDict(
    "DescribeDirectConnectGatewayAttachmentsParameters",
    {
        "DirectConnectGatewayId": S,
        "DirectConnectGatewayId.$": str,
        "VirtualInterfaceId": S,
        "VirtualInterfaceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeDirectConnectGatewaysParameters = TypedDict(
    "DescribeDirectConnectGatewaysParameters",
    {
        "DirectConnectGatewayId": S,
        "DirectConnectGatewayId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeHostedConnectionsParameters = TypedDict(
    "DescribeHostedConnectionsParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeInterconnectLoaParameters = TypedDict(
    "DescribeInterconnectLoaParameters",
    {
        "InterconnectId": S,
        "InterconnectId.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
        "LoaContentType": S,
        "LoaContentType.$": str,
    },
    total=False,
)
DescribeInterconnectsParameters = TypedDict(
    "DescribeInterconnectsParameters",
    {
        "InterconnectId": S,
        "InterconnectId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeLagsParameters = TypedDict(
    "DescribeLagsParameters",
    {
        "LagId": S,
        "LagId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeLoaParameters = TypedDict(
    "DescribeLoaParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
        "LoaContentType": S,
        "LoaContentType.$": str,
    },
    total=False,
)

class DescribeLocationsParameters(TypedDict, total=False): ...

DescribeRouterConfigurationParameters = TypedDict(
    "DescribeRouterConfigurationParameters",
    {
        "VirtualInterfaceId": S,
        "VirtualInterfaceId.$": str,
        "RouterTypeIdentifier": S,
        "RouterTypeIdentifier.$": str,
    },
    total=False,
)
DescribeTagsParameters = TypedDict(
    "DescribeTagsParameters", {"ResourceArns": L[Si], "ResourceArns.$": str}, total=False
)

class DescribeVirtualGatewaysParameters(TypedDict, total=False): ...

DescribeVirtualInterfacesParameters = TypedDict(
    "DescribeVirtualInterfacesParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "VirtualInterfaceId": S,
        "VirtualInterfaceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DisassociateConnectionFromLagParameters = TypedDict(
    "DisassociateConnectionFromLagParameters",
    {"ConnectionId": S, "ConnectionId.$": str, "LagId": S, "LagId.$": str},
    total=False,
)
DisassociateConnectionsFromResiliencyGroupParameters = TypedDict(
    "DisassociateConnectionsFromResiliencyGroupParameters",
    {
        "ConnectionIdentifiers": L[Si],
        "ConnectionIdentifiers.$": str,
        "ResiliencyGroupId": S,
        "ResiliencyGroupId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DisassociateMacSecKeyParameters = TypedDict(
    "DisassociateMacSecKeyParameters",
    {"ConnectionId": S, "ConnectionId.$": str, "SecretARN": S, "SecretARN.$": str},
    total=False,
)
GetResiliencyGroupParameters = TypedDict(
    "GetResiliencyGroupParameters",
    {"ResiliencyGroupId": S, "ResiliencyGroupId.$": str},
    total=False,
)
ListResiliencyGroupAssociationsParameters = TypedDict(
    "ListResiliencyGroupAssociationsParameters",
    {
        "ResiliencyGroupId": S,
        "ResiliencyGroupId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResiliencyGroupsParameters = TypedDict(
    "ListResiliencyGroupsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class RouteFilters(TypedDict, total=False):
    RouteDirection: S
    AddressFamily: S
    Cidrs: L[Si]
    AsPath: L[Ii]
    Communities: L[Si]

ListVirtualInterfaceRoutesParameters = TypedDict(
    "ListVirtualInterfaceRoutesParameters",
    {
        "VirtualInterfaceId": S,
        "VirtualInterfaceId.$": str,
        "Filters": X[RouteFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListVirtualInterfaceTestHistoryParameters = TypedDict(
    "ListVirtualInterfaceTestHistoryParameters",
    {
        "TestId": S,
        "TestId.$": str,
        "VirtualInterfaceId": S,
        "VirtualInterfaceId.$": str,
        "BgpPeers": L[Si],
        "BgpPeers.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
StartBgpFailoverTestParameters = TypedDict(
    "StartBgpFailoverTestParameters",
    {
        "VirtualInterfaceId": S,
        "VirtualInterfaceId.$": str,
        "BgpPeers": L[Si],
        "BgpPeers.$": str,
        "TestDurationInMinutes": I,
        "TestDurationInMinutes.$": str,
    },
    total=False,
)
StopBgpFailoverTestParameters = TypedDict(
    "StopBgpFailoverTestParameters",
    {"VirtualInterfaceId": S, "VirtualInterfaceId.$": str},
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
UpdateConnectionParameters = TypedDict(
    "UpdateConnectionParameters",
    {
        "ConnectionId": S,
        "ConnectionId.$": str,
        "ConnectionName": S,
        "ConnectionName.$": str,
        "EncryptionMode": S,
        "EncryptionMode.$": str,
    },
    total=False,
)
UpdateConnectionsBillingModeParameters = TypedDict(
    "UpdateConnectionsBillingModeParameters",
    {"ConnectionIds": L[Si], "ConnectionIds.$": str, "BillingMode": S, "BillingMode.$": str},
    total=False,
)
UpdateDirectConnectGatewayParameters = TypedDict(
    "UpdateDirectConnectGatewayParameters",
    {
        "DirectConnectGatewayId": S,
        "DirectConnectGatewayId.$": str,
        "NewDirectConnectGatewayName": S,
        "NewDirectConnectGatewayName.$": str,
    },
    total=False,
)
UpdateDirectConnectGatewayAssociationParameters = TypedDict(
    "UpdateDirectConnectGatewayAssociationParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "AddAllowedPrefixesToDirectConnectGateway": L[Xi[RouteFilterPrefix]],
        "AddAllowedPrefixesToDirectConnectGateway.$": str,
        "RemoveAllowedPrefixesToDirectConnectGateway": L[Xi[RouteFilterPrefix]],
        "RemoveAllowedPrefixesToDirectConnectGateway.$": str,
    },
    total=False,
)
UpdateLagParameters = TypedDict(
    "UpdateLagParameters",
    {
        "LagId": S,
        "LagId.$": str,
        "LagName": S,
        "LagName.$": str,
        "MinimumLinks": I,
        "MinimumLinks.$": str,
        "EncryptionMode": S,
        "EncryptionMode.$": str,
    },
    total=False,
)
UpdateResiliencyGroupParameters = TypedDict(
    "UpdateResiliencyGroupParameters",
    {
        "ResiliencyGroupId": S,
        "ResiliencyGroupId.$": str,
        "ResiliencyGroupName": S,
        "ResiliencyGroupName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateVirtualInterfaceAttributesParameters = TypedDict(
    "UpdateVirtualInterfaceAttributesParameters",
    {
        "VirtualInterfaceId": S,
        "VirtualInterfaceId.$": str,
        "Mtu": I,
        "Mtu.$": str,
        "EnableSiteLink": B,
        "EnableSiteLink.$": str,
        "VirtualInterfaceName": S,
        "VirtualInterfaceName.$": str,
        "PrefixPoolAllocatedCountIpv4": I,
        "PrefixPoolAllocatedCountIpv4.$": str,
        "PrefixPoolAllocatedCountIpv6": I,
        "PrefixPoolAllocatedCountIpv6.$": str,
        "RateLimit": S,
        "RateLimit.$": str,
    },
    total=False,
)
accept_direct_connect_gateway_association_proposal: Builder[
    AcceptDirectConnectGatewayAssociationProposalParameters
]
allocate_connection_on_interconnect: Builder[AllocateConnectionOnInterconnectParameters]
allocate_hosted_connection: Builder[AllocateHostedConnectionParameters]
allocate_private_virtual_interface: Builder[AllocatePrivateVirtualInterfaceParameters]
allocate_public_virtual_interface: Builder[AllocatePublicVirtualInterfaceParameters]
allocate_transit_virtual_interface: Builder[AllocateTransitVirtualInterfaceParameters]
associate_connection_with_lag: Builder[AssociateConnectionWithLagParameters]
associate_connections_to_resiliency_group: Builder[AssociateConnectionsToResiliencyGroupParameters]
associate_hosted_connection: Builder[AssociateHostedConnectionParameters]
associate_mac_sec_key: Builder[AssociateMacSecKeyParameters]
associate_virtual_interface: Builder[AssociateVirtualInterfaceParameters]
confirm_connection: Builder[ConfirmConnectionParameters]
confirm_customer_agreement: Builder[ConfirmCustomerAgreementParameters]
confirm_private_virtual_interface: Builder[ConfirmPrivateVirtualInterfaceParameters]
confirm_public_virtual_interface: Builder[ConfirmPublicVirtualInterfaceParameters]
confirm_transit_virtual_interface: Builder[ConfirmTransitVirtualInterfaceParameters]
create_bgp_peer: Builder[CreateBGPPeerParameters]
create_connection: Builder[CreateConnectionParameters]
create_direct_connect_gateway: Builder[CreateDirectConnectGatewayParameters]
create_direct_connect_gateway_association: Builder[CreateDirectConnectGatewayAssociationParameters]
create_direct_connect_gateway_association_proposal: Builder[
    CreateDirectConnectGatewayAssociationProposalParameters
]
create_interconnect: Builder[CreateInterconnectParameters]
create_lag: Builder[CreateLagParameters]
create_private_virtual_interface: Builder[CreatePrivateVirtualInterfaceParameters]
create_public_virtual_interface: Builder[CreatePublicVirtualInterfaceParameters]
create_resiliency_group: Builder[CreateResiliencyGroupParameters]
create_transit_virtual_interface: Builder[CreateTransitVirtualInterfaceParameters]
delete_bgp_peer: Builder[DeleteBGPPeerParameters]
delete_connection: Builder[DeleteConnectionParameters]
delete_direct_connect_gateway: Builder[DeleteDirectConnectGatewayParameters]
delete_direct_connect_gateway_association: Builder[DeleteDirectConnectGatewayAssociationParameters]
delete_direct_connect_gateway_association_proposal: Builder[
    DeleteDirectConnectGatewayAssociationProposalParameters
]
delete_interconnect: Builder[DeleteInterconnectParameters]
delete_lag: Builder[DeleteLagParameters]
delete_resiliency_group: Builder[DeleteResiliencyGroupParameters]
delete_virtual_interface: Builder[DeleteVirtualInterfaceParameters]
describe_connection_loa: Builder[DescribeConnectionLoaParameters]
describe_connections: Builder[DescribeConnectionsParameters]
describe_connections_on_interconnect: Builder[DescribeConnectionsOnInterconnectParameters]
describe_customer_metadata: Builder[DescribeCustomerMetadataParameters]
describe_direct_connect_gateway_association_proposals: Builder[
    DescribeDirectConnectGatewayAssociationProposalsParameters
]
describe_direct_connect_gateway_associations: Builder[
    DescribeDirectConnectGatewayAssociationsParameters
]
describe_direct_connect_gateway_attachments: Builder[
    DescribeDirectConnectGatewayAttachmentsParameters
]
describe_direct_connect_gateways: Builder[DescribeDirectConnectGatewaysParameters]
describe_hosted_connections: Builder[DescribeHostedConnectionsParameters]
describe_interconnect_loa: Builder[DescribeInterconnectLoaParameters]
describe_interconnects: Builder[DescribeInterconnectsParameters]
describe_lags: Builder[DescribeLagsParameters]
describe_loa: Builder[DescribeLoaParameters]
describe_locations: Builder[DescribeLocationsParameters]
describe_router_configuration: Builder[DescribeRouterConfigurationParameters]
describe_tags: Builder[DescribeTagsParameters]
describe_virtual_gateways: Builder[DescribeVirtualGatewaysParameters]
describe_virtual_interfaces: Builder[DescribeVirtualInterfacesParameters]
disassociate_connection_from_lag: Builder[DisassociateConnectionFromLagParameters]
disassociate_connections_from_resiliency_group: Builder[
    DisassociateConnectionsFromResiliencyGroupParameters
]
disassociate_mac_sec_key: Builder[DisassociateMacSecKeyParameters]
get_resiliency_group: Builder[GetResiliencyGroupParameters]
list_resiliency_group_associations: Builder[ListResiliencyGroupAssociationsParameters]
list_resiliency_groups: Builder[ListResiliencyGroupsParameters]
list_virtual_interface_routes: Builder[ListVirtualInterfaceRoutesParameters]
list_virtual_interface_test_history: Builder[ListVirtualInterfaceTestHistoryParameters]
start_bgp_failover_test: Builder[StartBgpFailoverTestParameters]
stop_bgp_failover_test: Builder[StopBgpFailoverTestParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_connection: Builder[UpdateConnectionParameters]
update_connections_billing_mode: Builder[UpdateConnectionsBillingModeParameters]
update_direct_connect_gateway: Builder[UpdateDirectConnectGatewayParameters]
update_direct_connect_gateway_association: Builder[UpdateDirectConnectGatewayAssociationParameters]
update_lag: Builder[UpdateLagParameters]
update_resiliency_group: Builder[UpdateResiliencyGroupParameters]
update_virtual_interface_attributes: Builder[UpdateVirtualInterfaceAttributesParameters]

__all__ = [
    "accept_direct_connect_gateway_association_proposal",
    "allocate_connection_on_interconnect",
    "allocate_hosted_connection",
    "allocate_private_virtual_interface",
    "allocate_public_virtual_interface",
    "allocate_transit_virtual_interface",
    "associate_connection_with_lag",
    "associate_connections_to_resiliency_group",
    "associate_hosted_connection",
    "associate_mac_sec_key",
    "associate_virtual_interface",
    "confirm_connection",
    "confirm_customer_agreement",
    "confirm_private_virtual_interface",
    "confirm_public_virtual_interface",
    "confirm_transit_virtual_interface",
    "create_bgp_peer",
    "create_connection",
    "create_direct_connect_gateway",
    "create_direct_connect_gateway_association",
    "create_direct_connect_gateway_association_proposal",
    "create_interconnect",
    "create_lag",
    "create_private_virtual_interface",
    "create_public_virtual_interface",
    "create_resiliency_group",
    "create_transit_virtual_interface",
    "delete_bgp_peer",
    "delete_connection",
    "delete_direct_connect_gateway",
    "delete_direct_connect_gateway_association",
    "delete_direct_connect_gateway_association_proposal",
    "delete_interconnect",
    "delete_lag",
    "delete_resiliency_group",
    "delete_virtual_interface",
    "describe_connection_loa",
    "describe_connections",
    "describe_connections_on_interconnect",
    "describe_customer_metadata",
    "describe_direct_connect_gateway_association_proposals",
    "describe_direct_connect_gateway_associations",
    "describe_direct_connect_gateway_attachments",
    "describe_direct_connect_gateways",
    "describe_hosted_connections",
    "describe_interconnect_loa",
    "describe_interconnects",
    "describe_lags",
    "describe_loa",
    "describe_locations",
    "describe_router_configuration",
    "describe_tags",
    "describe_virtual_gateways",
    "describe_virtual_interfaces",
    "disassociate_connection_from_lag",
    "disassociate_connections_from_resiliency_group",
    "disassociate_mac_sec_key",
    "get_resiliency_group",
    "list_resiliency_group_associations",
    "list_resiliency_groups",
    "list_virtual_interface_routes",
    "list_virtual_interface_test_history",
    "start_bgp_failover_test",
    "stop_bgp_failover_test",
    "tag_resource",
    "untag_resource",
    "update_connection",
    "update_connections_billing_mode",
    "update_direct_connect_gateway",
    "update_direct_connect_gateway_association",
    "update_lag",
    "update_resiliency_group",
    "update_virtual_interface_attributes",
]
