"""Typed builders of the AWS SDK integration of ec2 (``aws-sdk:ec2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, S, Si, T, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class TagSpecification(TypedDict, total=False):
    ResourceType: S
    Tags: L[Xi[Tag]]

AcceptAddressTransferParameters = TypedDict(
    "AcceptAddressTransferParameters",
    {
        "Address": S,
        "Address.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AcceptCapacityReservationBillingOwnershipParameters = TypedDict(
    "AcceptCapacityReservationBillingOwnershipParameters",
    {"DryRun": B, "DryRun.$": str, "CapacityReservationId": S, "CapacityReservationId.$": str},
    total=False,
)

class TargetConfigurationRequest(TypedDict, total=False):
    InstanceCount: I
    OfferingId: S

AcceptReservedInstancesExchangeQuoteParameters = TypedDict(
    "AcceptReservedInstancesExchangeQuoteParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ReservedInstanceIds": L[Si],
        "ReservedInstanceIds.$": str,
        "TargetConfigurations": L[Xi[TargetConfigurationRequest]],
        "TargetConfigurations.$": str,
    },
    total=False,
)
AcceptTransitGatewayClientVpnAttachmentParameters = TypedDict(
    "AcceptTransitGatewayClientVpnAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AcceptTransitGatewayMulticastDomainAssociationsParameters = TypedDict(
    "AcceptTransitGatewayMulticastDomainAssociationsParameters",
    {
        "TransitGatewayMulticastDomainId": S,
        "TransitGatewayMulticastDomainId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AcceptTransitGatewayPeeringAttachmentParameters = TypedDict(
    "AcceptTransitGatewayPeeringAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AcceptTransitGatewaySseConnectAttachmentParameters = TypedDict(
    "AcceptTransitGatewaySseConnectAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AcceptTransitGatewayVpcAttachmentParameters = TypedDict(
    "AcceptTransitGatewayVpcAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AcceptVpcEndpointConnectionsParameters = TypedDict(
    "AcceptVpcEndpointConnectionsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ServiceId": S,
        "ServiceId.$": str,
        "VpcEndpointIds": L[Si],
        "VpcEndpointIds.$": str,
        "TransitGatewayAttachmentIds": L[Si],
        "TransitGatewayAttachmentIds.$": str,
    },
    total=False,
)
AcceptVpcPeeringConnectionParameters = TypedDict(
    "AcceptVpcPeeringConnectionParameters",
    {"DryRun": B, "DryRun.$": str, "VpcPeeringConnectionId": S, "VpcPeeringConnectionId.$": str},
    total=False,
)
AdvertiseByoipCidrParameters = TypedDict(
    "AdvertiseByoipCidrParameters",
    {
        "Cidr": S,
        "Cidr.$": str,
        "Asn": S,
        "Asn.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NetworkBorderGroup": S,
        "NetworkBorderGroup.$": str,
    },
    total=False,
)
AllocateAddressParameters = TypedDict(
    "AllocateAddressParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "Address": S,
        "Address.$": str,
        "PublicIpv4Pool": S,
        "PublicIpv4Pool.$": str,
        "NetworkBorderGroup": S,
        "NetworkBorderGroup.$": str,
        "CustomerOwnedIpv4Pool": S,
        "CustomerOwnedIpv4Pool.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "IpamPoolId": S,
        "IpamPoolId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class HostCpuOptionsRequest(TypedDict, total=False):
    AmdSevSnp: S

AllocateHostsParameters = TypedDict(
    "AllocateHostsParameters",
    {
        "InstanceFamily": S,
        "InstanceFamily.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "HostRecovery": S,
        "HostRecovery.$": str,
        "OutpostArn": S,
        "OutpostArn.$": str,
        "HostMaintenance": S,
        "HostMaintenance.$": str,
        "AssetIds": L[Si],
        "AssetIds.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "CpuOptions": X[HostCpuOptionsRequest],
        "CpuOptions.$": str,
        "AutoPlacement": S,
        "AutoPlacement.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "Quantity": I,
        "Quantity.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
    },
    total=False,
)
AllocateIpamPoolCidrParameters = TypedDict(
    "AllocateIpamPoolCidrParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPoolId": S,
        "IpamPoolId.$": str,
        "Cidr": S,
        "Cidr.$": str,
        "NetmaskLength": I,
        "NetmaskLength.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "PreviewNextCidr": B,
        "PreviewNextCidr.$": str,
        "AllowedCidrs": L[Si],
        "AllowedCidrs.$": str,
        "DisallowedCidrs": L[Si],
        "DisallowedCidrs.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
ApplySecurityGroupsToClientVpnTargetNetworkParameters = TypedDict(
    "ApplySecurityGroupsToClientVpnTargetNetworkParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AssignIpv6AddressesParameters = TypedDict(
    "AssignIpv6AddressesParameters",
    {
        "Ipv6PrefixCount": I,
        "Ipv6PrefixCount.$": str,
        "Ipv6Prefixes": L[Si],
        "Ipv6Prefixes.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "Ipv6Addresses": L[Si],
        "Ipv6Addresses.$": str,
        "Ipv6AddressCount": I,
        "Ipv6AddressCount.$": str,
    },
    total=False,
)
AssignPrivateIpAddressesParameters = TypedDict(
    "AssignPrivateIpAddressesParameters",
    {
        "Ipv4Prefixes": L[Si],
        "Ipv4Prefixes.$": str,
        "Ipv4PrefixCount": I,
        "Ipv4PrefixCount.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "PrivateIpAddresses": L[Si],
        "PrivateIpAddresses.$": str,
        "SecondaryPrivateIpAddressCount": I,
        "SecondaryPrivateIpAddressCount.$": str,
        "AllowReassignment": B,
        "AllowReassignment.$": str,
    },
    total=False,
)
AssignPrivateNatGatewayAddressParameters = TypedDict(
    "AssignPrivateNatGatewayAddressParameters",
    {
        "NatGatewayId": S,
        "NatGatewayId.$": str,
        "PrivateIpAddresses": L[Si],
        "PrivateIpAddresses.$": str,
        "PrivateIpAddressCount": I,
        "PrivateIpAddressCount.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AssociateAddressParameters = TypedDict(
    "AssociateAddressParameters",
    {
        "AllocationId": S,
        "AllocationId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "PublicIp": S,
        "PublicIp.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "PrivateIpAddress": S,
        "PrivateIpAddress.$": str,
        "AllowReassociation": B,
        "AllowReassociation.$": str,
    },
    total=False,
)

class CustomTagKeyValueRequestPair(TypedDict, total=False):
    Key: S
    Value: S

AssociateApplicationStatusCheckParameters = TypedDict(
    "AssociateApplicationStatusCheckParameters",
    {
        "ApplicationStatusCheckId": S,
        "ApplicationStatusCheckId.$": str,
        "TargetTagAssociations": L[Xi[CustomTagKeyValueRequestPair]],
        "TargetTagAssociations.$": str,
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AssociateCapacityReservationBillingOwnerParameters = TypedDict(
    "AssociateCapacityReservationBillingOwnerParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "CapacityReservationId": S,
        "CapacityReservationId.$": str,
        "UnusedReservationBillingOwnerId": S,
        "UnusedReservationBillingOwnerId.$": str,
    },
    total=False,
)
AssociateClientVpnTargetNetworkParameters = TypedDict(
    "AssociateClientVpnTargetNetworkParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
    },
    total=False,
)
AssociateDhcpOptionsParameters = TypedDict(
    "AssociateDhcpOptionsParameters",
    {
        "DhcpOptionsId": S,
        "DhcpOptionsId.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AssociateEnclaveCertificateIamRoleParameters = TypedDict(
    "AssociateEnclaveCertificateIamRoleParameters",
    {
        "CertificateArn": S,
        "CertificateArn.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class IamInstanceProfileSpecification(TypedDict, total=False):
    Arn: S
    Name: S

AssociateIamInstanceProfileParameters = TypedDict(
    "AssociateIamInstanceProfileParameters",
    {
        "IamInstanceProfile": X[IamInstanceProfileSpecification],
        "IamInstanceProfile.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
    },
    total=False,
)

class InstanceEventWindowAssociationRequest(TypedDict, total=False):
    InstanceIds: L[Si]
    InstanceTags: L[Xi[Tag]]
    DedicatedHostIds: L[Si]

AssociateInstanceEventWindowParameters = TypedDict(
    "AssociateInstanceEventWindowParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceEventWindowId": S,
        "InstanceEventWindowId.$": str,
        "AssociationTarget": X[InstanceEventWindowAssociationRequest],
        "AssociationTarget.$": str,
    },
    total=False,
)
AssociateIpamByoasnParameters = TypedDict(
    "AssociateIpamByoasnParameters",
    {"DryRun": B, "DryRun.$": str, "Asn": S, "Asn.$": str, "Cidr": S, "Cidr.$": str},
    total=False,
)
AssociateIpamResourceDiscoveryParameters = TypedDict(
    "AssociateIpamResourceDiscoveryParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamId": S,
        "IpamId.$": str,
        "IpamResourceDiscoveryId": S,
        "IpamResourceDiscoveryId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateKmsKeyIdParameters = TypedDict(
    "AssociateKmsKeyIdParameters",
    {
        "SnapshotId": S,
        "SnapshotId.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AssociateNatGatewayAddressParameters = TypedDict(
    "AssociateNatGatewayAddressParameters",
    {
        "NatGatewayId": S,
        "NatGatewayId.$": str,
        "AllocationIds": L[Si],
        "AllocationIds.$": str,
        "PrivateIpAddresses": L[Si],
        "PrivateIpAddresses.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
    },
    total=False,
)

class FlexCostAllocationNetworkResourceScope(TypedDict, total=False):
    ResourceType: S
    ResourceIds: L[Si]

AssociateNetworkingFlexCostAllocationPolicyParameters = TypedDict(
    "AssociateNetworkingFlexCostAllocationPolicyParameters",
    {
        "FcaPolicyId": S,
        "FcaPolicyId.$": str,
        "NetworkResourceIds": L[Si],
        "NetworkResourceIds.$": str,
        "NetworkResourceScope": X[FlexCostAllocationNetworkResourceScope],
        "NetworkResourceScope.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AssociateRouteServerParameters = TypedDict(
    "AssociateRouteServerParameters",
    {
        "RouteServerId": S,
        "RouteServerId.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AssociateRouteTableParameters = TypedDict(
    "AssociateRouteTableParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "PublicIpv4Pool": S,
        "PublicIpv4Pool.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "RouteTableId": S,
        "RouteTableId.$": str,
    },
    total=False,
)
AssociateSecurityGroupVpcParameters = TypedDict(
    "AssociateSecurityGroupVpcParameters",
    {"GroupId": S, "GroupId.$": str, "VpcId": S, "VpcId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
AssociateSubnetCidrBlockParameters = TypedDict(
    "AssociateSubnetCidrBlockParameters",
    {
        "Ipv6IpamPoolId": S,
        "Ipv6IpamPoolId.$": str,
        "Ipv6NetmaskLength": I,
        "Ipv6NetmaskLength.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "Ipv6CidrBlock": S,
        "Ipv6CidrBlock.$": str,
    },
    total=False,
)
AssociateTransitGatewayMulticastDomainParameters = TypedDict(
    "AssociateTransitGatewayMulticastDomainParameters",
    {
        "TransitGatewayMulticastDomainId": S,
        "TransitGatewayMulticastDomainId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AssociateTransitGatewayPolicyTableParameters = TypedDict(
    "AssociateTransitGatewayPolicyTableParameters",
    {
        "TransitGatewayPolicyTableId": S,
        "TransitGatewayPolicyTableId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AssociateTransitGatewayRouteTableParameters = TypedDict(
    "AssociateTransitGatewayRouteTableParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AssociateTrunkInterfaceParameters = TypedDict(
    "AssociateTrunkInterfaceParameters",
    {
        "BranchInterfaceId": S,
        "BranchInterfaceId.$": str,
        "TrunkInterfaceId": S,
        "TrunkInterfaceId.$": str,
        "VlanId": I,
        "VlanId.$": str,
        "GreKey": I,
        "GreKey.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AssociateVpcCidrBlockParameters = TypedDict(
    "AssociateVpcCidrBlockParameters",
    {
        "CidrBlock": S,
        "CidrBlock.$": str,
        "Ipv6CidrBlockNetworkBorderGroup": S,
        "Ipv6CidrBlockNetworkBorderGroup.$": str,
        "Ipv6Pool": S,
        "Ipv6Pool.$": str,
        "Ipv6CidrBlock": S,
        "Ipv6CidrBlock.$": str,
        "Ipv4IpamPoolId": S,
        "Ipv4IpamPoolId.$": str,
        "Ipv4NetmaskLength": I,
        "Ipv4NetmaskLength.$": str,
        "Ipv6IpamPoolId": S,
        "Ipv6IpamPoolId.$": str,
        "Ipv6NetmaskLength": I,
        "Ipv6NetmaskLength.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "AmazonProvidedIpv6CidrBlock": B,
        "AmazonProvidedIpv6CidrBlock.$": str,
    },
    total=False,
)
AttachClassicLinkVpcParameters = TypedDict(
    "AttachClassicLinkVpcParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "Groups": L[Si],
        "Groups.$": str,
    },
    total=False,
)
AttachImageWatermarkParameters = TypedDict(
    "AttachImageWatermarkParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "WatermarkName": S,
        "WatermarkName.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AttachInternetGatewayParameters = TypedDict(
    "AttachInternetGatewayParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InternetGatewayId": S,
        "InternetGatewayId.$": str,
        "VpcId": S,
        "VpcId.$": str,
    },
    total=False,
)

class EnaSrdUdpSpecification(TypedDict, total=False):
    EnaSrdUdpEnabled: B

class EnaSrdSpecification(TypedDict, total=False):
    EnaSrdEnabled: B
    EnaSrdUdpSpecification: X[EnaSrdUdpSpecification]

AttachNetworkInterfaceParameters = TypedDict(
    "AttachNetworkInterfaceParameters",
    {
        "NetworkCardIndex": I,
        "NetworkCardIndex.$": str,
        "EnaSrdSpecification": X[EnaSrdSpecification],
        "EnaSrdSpecification.$": str,
        "EnaQueueCount": I,
        "EnaQueueCount.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "DeviceIndex": I,
        "DeviceIndex.$": str,
    },
    total=False,
)
AttachVerifiedAccessTrustProviderParameters = TypedDict(
    "AttachVerifiedAccessTrustProviderParameters",
    {
        "VerifiedAccessInstanceId": S,
        "VerifiedAccessInstanceId.$": str,
        "VerifiedAccessTrustProviderId": S,
        "VerifiedAccessTrustProviderId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AttachVolumeParameters = TypedDict(
    "AttachVolumeParameters",
    {
        "Device": S,
        "Device.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "EbsCardIndex": I,
        "EbsCardIndex.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AttachVpnGatewayParameters = TypedDict(
    "AttachVpnGatewayParameters",
    {
        "VpcId": S,
        "VpcId.$": str,
        "VpnGatewayId": S,
        "VpnGatewayId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
AuthorizeClientVpnIngressParameters = TypedDict(
    "AuthorizeClientVpnIngressParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "TargetNetworkCidr": S,
        "TargetNetworkCidr.$": str,
        "AccessGroupId": S,
        "AccessGroupId.$": str,
        "AuthorizeAllGroups": B,
        "AuthorizeAllGroups.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class UserIdGroupPair(TypedDict, total=False):
    Description: S
    UserId: S
    GroupName: S
    GroupId: S
    VpcId: S
    VpcPeeringConnectionId: S
    PeeringStatus: S

class IpRange(TypedDict, total=False):
    Description: S
    CidrIp: S

class Ipv6Range(TypedDict, total=False):
    Description: S
    CidrIpv6: S

class PrefixListId(TypedDict, total=False):
    Description: S
    PrefixListId: S

class IpPermission(TypedDict, total=False):
    IpProtocol: S
    FromPort: I
    ToPort: I
    UserIdGroupPairs: L[Xi[UserIdGroupPair]]
    IpRanges: L[Xi[IpRange]]
    Ipv6Ranges: L[Xi[Ipv6Range]]
    PrefixListIds: L[Xi[PrefixListId]]

AuthorizeSecurityGroupEgressParameters = TypedDict(
    "AuthorizeSecurityGroupEgressParameters",
    {
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "SourceSecurityGroupName": S,
        "SourceSecurityGroupName.$": str,
        "SourceSecurityGroupOwnerId": S,
        "SourceSecurityGroupOwnerId.$": str,
        "IpProtocol": S,
        "IpProtocol.$": str,
        "FromPort": I,
        "FromPort.$": str,
        "ToPort": I,
        "ToPort.$": str,
        "CidrIp": S,
        "CidrIp.$": str,
        "IpPermissions": L[Xi[IpPermission]],
        "IpPermissions.$": str,
    },
    total=False,
)
AuthorizeSecurityGroupIngressParameters = TypedDict(
    "AuthorizeSecurityGroupIngressParameters",
    {
        "CidrIp": S,
        "CidrIp.$": str,
        "FromPort": I,
        "FromPort.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "IpPermissions": L[Xi[IpPermission]],
        "IpPermissions.$": str,
        "IpProtocol": S,
        "IpProtocol.$": str,
        "SourceSecurityGroupName": S,
        "SourceSecurityGroupName.$": str,
        "SourceSecurityGroupOwnerId": S,
        "SourceSecurityGroupOwnerId.$": str,
        "ToPort": I,
        "ToPort.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
BatchModifyIpamRoutingPolicyRegistrationsParameters = TypedDict(
    "BatchModifyIpamRoutingPolicyRegistrationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamInternetRegistryAssociationId": S,
        "IpamInternetRegistryAssociationId.$": str,
        "DeltaJson": S,
        "DeltaJson.$": str,
        "Force": B,
        "Force.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class S3Storage(TypedDict, total=False):
    AwsAccessKeyId: S
    Bucket: S
    Prefix: S
    UploadPolicy: S
    UploadPolicySignature: S

class Storage(TypedDict, total=False):
    S3: X[S3Storage]

BundleInstanceParameters = TypedDict(
    "BundleInstanceParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Storage": X[Storage],
        "Storage.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CancelBundleTaskParameters = TypedDict(
    "CancelBundleTaskParameters",
    {"BundleId": S, "BundleId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
CancelCapacityReservationParameters = TypedDict(
    "CancelCapacityReservationParameters",
    {
        "CapacityReservationId": S,
        "CapacityReservationId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ApplyCancellationCharges": S,
        "ApplyCancellationCharges.$": str,
        "QuoteId": S,
        "QuoteId.$": str,
    },
    total=False,
)
CancelCapacityReservationFleetsParameters = TypedDict(
    "CancelCapacityReservationFleetsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "CapacityReservationFleetIds": L[Si],
        "CapacityReservationFleetIds.$": str,
    },
    total=False,
)
CancelConversionTaskParameters = TypedDict(
    "CancelConversionTaskParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ConversionTaskId": S,
        "ConversionTaskId.$": str,
        "ReasonMessage": S,
        "ReasonMessage.$": str,
    },
    total=False,
)
CancelDeclarativePoliciesReportParameters = TypedDict(
    "CancelDeclarativePoliciesReportParameters",
    {"DryRun": B, "DryRun.$": str, "ReportId": S, "ReportId.$": str},
    total=False,
)
CancelExportTaskParameters = TypedDict(
    "CancelExportTaskParameters", {"ExportTaskId": S, "ExportTaskId.$": str}, total=False
)
CancelImageLaunchPermissionParameters = TypedDict(
    "CancelImageLaunchPermissionParameters",
    {"ImageId": S, "ImageId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
CancelImportTaskParameters = TypedDict(
    "CancelImportTaskParameters",
    {
        "CancelReason": S,
        "CancelReason.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ImportTaskId": S,
        "ImportTaskId.$": str,
    },
    total=False,
)
CancelReservedInstancesListingParameters = TypedDict(
    "CancelReservedInstancesListingParameters",
    {"ReservedInstancesListingId": S, "ReservedInstancesListingId.$": str},
    total=False,
)
CancelSpotFleetRequestsParameters = TypedDict(
    "CancelSpotFleetRequestsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "SpotFleetRequestIds": L[Si],
        "SpotFleetRequestIds.$": str,
        "TerminateInstances": B,
        "TerminateInstances.$": str,
    },
    total=False,
)
CancelSpotInstanceRequestsParameters = TypedDict(
    "CancelSpotInstanceRequestsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "SpotInstanceRequestIds": L[Si],
        "SpotInstanceRequestIds.$": str,
    },
    total=False,
)
ConfirmProductInstanceParameters = TypedDict(
    "ConfirmProductInstanceParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "ProductCode": S,
        "ProductCode.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CopyFpgaImageParameters = TypedDict(
    "CopyFpgaImageParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "SourceFpgaImageId": S,
        "SourceFpgaImageId.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "SourceRegion": S,
        "SourceRegion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CopyImageParameters = TypedDict(
    "CopyImageParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "Encrypted": B,
        "Encrypted.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Name": S,
        "Name.$": str,
        "SourceImageId": S,
        "SourceImageId.$": str,
        "SourceRegion": S,
        "SourceRegion.$": str,
        "DestinationOutpostArn": S,
        "DestinationOutpostArn.$": str,
        "CopyImageTags": B,
        "CopyImageTags.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "SnapshotCopyCompletionDurationMinutes": I,
        "SnapshotCopyCompletionDurationMinutes.$": str,
        "DestinationAvailabilityZone": S,
        "DestinationAvailabilityZone.$": str,
        "DestinationAvailabilityZoneId": S,
        "DestinationAvailabilityZoneId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CopySnapshotParameters = TypedDict(
    "CopySnapshotParameters",
    {
        "Description": S,
        "Description.$": str,
        "DestinationOutpostArn": S,
        "DestinationOutpostArn.$": str,
        "DestinationRegion": S,
        "DestinationRegion.$": str,
        "Encrypted": B,
        "Encrypted.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "PresignedUrl": S,
        "PresignedUrl.$": str,
        "SourceRegion": S,
        "SourceRegion.$": str,
        "SourceSnapshotId": S,
        "SourceSnapshotId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "CompletionDurationMinutes": I,
        "CompletionDurationMinutes.$": str,
        "DestinationAvailabilityZone": S,
        "DestinationAvailabilityZone.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CopyVolumesParameters = TypedDict(
    "CopyVolumesParameters",
    {
        "SourceVolumeId": S,
        "SourceVolumeId.$": str,
        "Iops": I,
        "Iops.$": str,
        "Size": I,
        "Size.$": str,
        "VolumeType": S,
        "VolumeType.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "MultiAttachEnabled": B,
        "MultiAttachEnabled.$": str,
        "Throughput": I,
        "Throughput.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Encrypted": B,
        "Encrypted.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)

class HealthCheckPathSourceRequestObject(TypedDict, total=False):
    SubnetId: S
    SecurityGroupId: S

class HealthCheckPathDestinationRequestObject(TypedDict, total=False):
    SubnetId: S
    SecurityGroupId: S

class HealthCheckPathRequestObject(TypedDict, total=False):
    Source: X[HealthCheckPathSourceRequestObject]
    Destinations: L[Xi[HealthCheckPathDestinationRequestObject]]

CreateApplicationStatusCheckParameters = TypedDict(
    "CreateApplicationStatusCheckParameters",
    {
        "HealthCheckPaths": L[Xi[HealthCheckPathRequestObject]],
        "HealthCheckPaths.$": str,
        "Aggregation": S,
        "Aggregation.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "Port": I,
        "Port.$": str,
        "Path": S,
        "Path.$": str,
        "DeviceIndex": I,
        "DeviceIndex.$": str,
        "IpVersion": S,
        "IpVersion.$": str,
        "IpScope": S,
        "IpScope.$": str,
        "Interval": I,
        "Interval.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "FailureThreshold": I,
        "FailureThreshold.$": str,
        "SuccessThreshold": I,
        "SuccessThreshold.$": str,
        "StatusCodeMatcher": S,
        "StatusCodeMatcher.$": str,
        "InitializationGracePeriodSeconds": I,
        "InitializationGracePeriodSeconds.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateCapacityManagerDataExportParameters = TypedDict(
    "CreateCapacityManagerDataExportParameters",
    {
        "S3BucketName": S,
        "S3BucketName.$": str,
        "S3BucketPrefix": S,
        "S3BucketPrefix.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "OutputFormat": S,
        "OutputFormat.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
CreateCapacityReservationParameters = TypedDict(
    "CreateCapacityReservationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "InstancePlatform": S,
        "InstancePlatform.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "Tenancy": S,
        "Tenancy.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "EbsOptimized": B,
        "EbsOptimized.$": str,
        "EphemeralStorage": B,
        "EphemeralStorage.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "EndDateType": S,
        "EndDateType.$": str,
        "InstanceMatchCriteria": S,
        "InstanceMatchCriteria.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "OutpostArn": S,
        "OutpostArn.$": str,
        "PlacementGroupArn": S,
        "PlacementGroupArn.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "CommitmentDuration": I,
        "CommitmentDuration.$": str,
        "DeliveryPreference": S,
        "DeliveryPreference.$": str,
    },
    total=False,
)
CreateCapacityReservationBySplittingParameters = TypedDict(
    "CreateCapacityReservationBySplittingParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SourceCapacityReservationId": S,
        "SourceCapacityReservationId.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
CreateCapacityReservationCancellationQuoteParameters = TypedDict(
    "CreateCapacityReservationCancellationQuoteParameters",
    {
        "CapacityReservationId": S,
        "CapacityReservationId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateCapacityReservationDateChangeQuoteParameters = TypedDict(
    "CreateCapacityReservationDateChangeQuoteParameters",
    {
        "CapacityReservationId": S,
        "CapacityReservationId.$": str,
        "NewStartDate": T,
        "NewStartDate.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ReservationFleetInstanceSpecification(TypedDict, total=False):
    InstanceType: S
    InstancePlatform: S
    Weight: F
    AvailabilityZone: S
    AvailabilityZoneId: S
    EbsOptimized: B
    Priority: I

class VCpuCountRangeRequest(TypedDict, total=False):
    Min: I
    Max: I

class MemoryMiBRequest(TypedDict, total=False):
    Min: I
    Max: I

class MemoryGiBPerVCpuRequest(TypedDict, total=False):
    Min: F
    Max: F

class NetworkInterfaceCountRequest(TypedDict, total=False):
    Min: I
    Max: I

class TotalLocalStorageGBRequest(TypedDict, total=False):
    Min: F
    Max: F

class BaselineEbsBandwidthMbpsRequest(TypedDict, total=False):
    Min: I
    Max: I

class AcceleratorCountRequest(TypedDict, total=False):
    Min: I
    Max: I

class AcceleratorTotalMemoryMiBRequest(TypedDict, total=False):
    Min: I
    Max: I

class NetworkBandwidthGbpsRequest(TypedDict, total=False):
    Min: F
    Max: F

class PerformanceFactorReferenceRequest(TypedDict, total=False):
    InstanceFamily: S

class CpuPerformanceFactorRequest(TypedDict, total=False):
    References: L[Xi[PerformanceFactorReferenceRequest]]

class BaselinePerformanceFactorsRequest(TypedDict, total=False):
    Cpu: X[CpuPerformanceFactorRequest]

class InstanceRequirementsRequest(TypedDict, total=False):
    VCpuCount: X[VCpuCountRangeRequest]
    MemoryMiB: X[MemoryMiBRequest]
    CpuManufacturers: L[Si]
    MemoryGiBPerVCpu: X[MemoryGiBPerVCpuRequest]
    ExcludedInstanceTypes: L[Si]
    InstanceGenerations: L[Si]
    SpotMaxPricePercentageOverLowestPrice: I
    OnDemandMaxPricePercentageOverLowestPrice: I
    BareMetal: S
    BurstablePerformance: S
    RequireHibernateSupport: B
    NetworkInterfaceCount: X[NetworkInterfaceCountRequest]
    LocalStorage: S
    LocalStorageTypes: L[Si]
    TotalLocalStorageGB: X[TotalLocalStorageGBRequest]
    BaselineEbsBandwidthMbps: X[BaselineEbsBandwidthMbpsRequest]
    AcceleratorTypes: L[Si]
    AcceleratorCount: X[AcceleratorCountRequest]
    AcceleratorManufacturers: L[Si]
    AcceleratorNames: L[Si]
    AcceleratorTotalMemoryMiB: X[AcceleratorTotalMemoryMiBRequest]
    NetworkBandwidthGbps: X[NetworkBandwidthGbpsRequest]
    AllowedInstanceTypes: L[Si]
    MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: I
    BaselinePerformanceFactors: X[BaselinePerformanceFactorsRequest]
    RequireEncryptionInTransit: B

CreateCapacityReservationFleetParameters = TypedDict(
    "CreateCapacityReservationFleetParameters",
    {
        "AllocationStrategy": S,
        "AllocationStrategy.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "InstanceTypeSpecifications": L[Xi[ReservationFleetInstanceSpecification]],
        "InstanceTypeSpecifications.$": str,
        "InstanceRequirements": X[InstanceRequirementsRequest],
        "InstanceRequirements.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "Tenancy": S,
        "Tenancy.$": str,
        "TotalTargetCapacity": I,
        "TotalTargetCapacity.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "InstanceMatchCriteria": S,
        "InstanceMatchCriteria.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateCarrierGatewayParameters = TypedDict(
    "CreateCarrierGatewayParameters",
    {
        "VpcId": S,
        "VpcId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class DirectoryServiceAuthenticationRequest(TypedDict, total=False):
    DirectoryId: S

class CertificateAuthenticationRequest(TypedDict, total=False):
    ClientRootCertificateChainArn: S

class FederatedAuthenticationRequest(TypedDict, total=False):
    SamlProviderArn: S
    SelfServiceSAMLProviderArn: S

class ClientVpnAuthenticationRequest(TypedDict, total=False):
    Type: S
    ActiveDirectory: X[DirectoryServiceAuthenticationRequest]
    MutualAuthentication: X[CertificateAuthenticationRequest]
    FederatedAuthentication: X[FederatedAuthenticationRequest]

class ConnectionLogOptions(TypedDict, total=False):
    Enabled: B
    CloudwatchLogGroup: S
    CloudwatchLogStream: S
    IncludeAuthorizationPolicyContext: B

class ClientConnectOptions(TypedDict, total=False):
    Enabled: B
    LambdaFunctionArn: S

class ClientLoginBannerOptions(TypedDict, total=False):
    Enabled: B
    BannerText: S

class ClientRouteEnforcementOptions(TypedDict, total=False):
    Enforced: B

class TransitGatewayConfigurationInputStructure(TypedDict, total=False):
    TransitGatewayId: S
    AvailabilityZones: L[Si]
    AvailabilityZoneIds: L[Si]

class ClientVpnTrustProviderRequest(TypedDict, total=False):
    TrustProviderType: S
    TenantId: S
    PublicSigningKeyUrl: S

class DevicePostureOptions(TypedDict, total=False):
    TrustProviders: L[Xi[ClientVpnTrustProviderRequest]]
    Enabled: B

CreateClientVpnEndpointParameters = TypedDict(
    "CreateClientVpnEndpointParameters",
    {
        "ClientCidrBlock": S,
        "ClientCidrBlock.$": str,
        "ServerCertificateArn": S,
        "ServerCertificateArn.$": str,
        "AuthenticationOptions": L[Xi[ClientVpnAuthenticationRequest]],
        "AuthenticationOptions.$": str,
        "ConnectionLogOptions": X[ConnectionLogOptions],
        "ConnectionLogOptions.$": str,
        "DnsServers": L[Si],
        "DnsServers.$": str,
        "TransportProtocol": S,
        "TransportProtocol.$": str,
        "VpnPort": I,
        "VpnPort.$": str,
        "Description": S,
        "Description.$": str,
        "SplitTunnel": B,
        "SplitTunnel.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "SelfServicePortal": S,
        "SelfServicePortal.$": str,
        "ClientConnectOptions": X[ClientConnectOptions],
        "ClientConnectOptions.$": str,
        "SessionTimeoutHours": I,
        "SessionTimeoutHours.$": str,
        "ClientLoginBannerOptions": X[ClientLoginBannerOptions],
        "ClientLoginBannerOptions.$": str,
        "ClientRouteEnforcementOptions": X[ClientRouteEnforcementOptions],
        "ClientRouteEnforcementOptions.$": str,
        "DisconnectOnSessionTimeout": B,
        "DisconnectOnSessionTimeout.$": str,
        "EndpointIpAddressType": S,
        "EndpointIpAddressType.$": str,
        "TrafficIpAddressType": S,
        "TrafficIpAddressType.$": str,
        "TransitGatewayConfiguration": X[TransitGatewayConfigurationInputStructure],
        "TransitGatewayConfiguration.$": str,
        "DevicePostureOptions": X[DevicePostureOptions],
        "DevicePostureOptions.$": str,
    },
    total=False,
)
CreateClientVpnRouteParameters = TypedDict(
    "CreateClientVpnRouteParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "TargetVpcSubnetId": S,
        "TargetVpcSubnetId.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateCoipCidrParameters = TypedDict(
    "CreateCoipCidrParameters",
    {"Cidr": S, "Cidr.$": str, "CoipPoolId": S, "CoipPoolId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
CreateCoipPoolParameters = TypedDict(
    "CreateCoipPoolParameters",
    {
        "LocalGatewayRouteTableId": S,
        "LocalGatewayRouteTableId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateCustomerGatewayParameters = TypedDict(
    "CreateCustomerGatewayParameters",
    {
        "BgpAsn": I,
        "BgpAsn.$": str,
        "PublicIp": S,
        "PublicIp.$": str,
        "CertificateArn": S,
        "CertificateArn.$": str,
        "Type": S,
        "Type.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DeviceName": S,
        "DeviceName.$": str,
        "IpAddress": S,
        "IpAddress.$": str,
        "BgpAsnExtended": I,
        "BgpAsnExtended.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateDefaultSubnetParameters = TypedDict(
    "CreateDefaultSubnetParameters",
    {
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Ipv6Native": B,
        "Ipv6Native.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
    },
    total=False,
)
CreateDefaultVpcParameters = TypedDict(
    "CreateDefaultVpcParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
CreateDelegateMacVolumeOwnershipTaskParameters = TypedDict(
    "CreateDelegateMacVolumeOwnershipTaskParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "MacCredentials": S,
        "MacCredentials.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)

class NewDhcpConfiguration(TypedDict, total=False):
    Key: S
    Values: L[Si]

CreateDhcpOptionsParameters = TypedDict(
    "CreateDhcpOptionsParameters",
    {
        "DhcpConfigurations": L[Xi[NewDhcpConfiguration]],
        "DhcpConfigurations.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateEgressOnlyInternetGatewayParameters = TypedDict(
    "CreateEgressOnlyInternetGatewayParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)

class FleetSpotCapacityRebalanceRequest(TypedDict, total=False):
    ReplacementStrategy: S
    TerminationDelay: I

class FleetSpotMaintenanceStrategiesRequest(TypedDict, total=False):
    CapacityRebalance: X[FleetSpotCapacityRebalanceRequest]

class SpotOptionsRequest(TypedDict, total=False):
    AllocationStrategy: S
    MaintenanceStrategies: X[FleetSpotMaintenanceStrategiesRequest]
    InstanceInterruptionBehavior: S
    InstancePoolsToUseCount: I
    SingleInstanceType: B
    SingleAvailabilityZone: B
    MinTargetCapacity: I
    MaxTotalPrice: S

class CapacityReservationOptionsRequest(TypedDict, total=False):
    UsageStrategy: S

class OnDemandOptionsRequest(TypedDict, total=False):
    AllocationStrategy: S
    CapacityReservationOptions: X[CapacityReservationOptionsRequest]
    SingleInstanceType: B
    SingleAvailabilityZone: B
    MinTargetCapacity: I
    MaxTotalPrice: S

class FleetCapacityReservationTargetRequest(TypedDict, total=False):
    CapacityReservationIds: L[Si]
    CapacityReservationResourceGroupArns: L[Si]

class ReservedCapacityFallbackOptionsRequest(TypedDict, total=False):
    MarketTypes: L[Si]

class ReservedCapacityOptionsRequest(TypedDict, total=False):
    AllocationStrategy: S
    ReservationTypes: L[Si]
    CapacityReservationTarget: X[FleetCapacityReservationTargetRequest]
    ReservedCapacityFallbackOptions: X[ReservedCapacityFallbackOptionsRequest]

class FleetLaunchTemplateSpecificationRequest(TypedDict, total=False):
    LaunchTemplateId: S
    LaunchTemplateName: S
    Version: S
    LaunchTemplateSpecificationUserData: S

class Placement(TypedDict, total=False):
    AvailabilityZoneId: S
    Affinity: S
    GroupName: S
    PartitionNumber: I
    HostId: S
    Tenancy: S
    SpreadDomain: S
    HostResourceGroupArn: S
    GroupId: S
    AvailabilityZone: S

class StandbyVolumeAvailabilityZoneRequest(TypedDict, total=False):
    AvailabilityZone: S
    AvailabilityZoneId: S

class MultiAvailabilityZoneVolumeConfigurationRequest(TypedDict, total=False):
    ConfigurationType: S
    StandbyAvailabilityZones: L[Xi[StandbyVolumeAvailabilityZoneRequest]]

class FleetEbsBlockDeviceRequest(TypedDict, total=False):
    Encrypted: B
    DeleteOnTermination: B
    Iops: I
    Throughput: I
    KmsKeyId: S
    SnapshotId: S
    VolumeSize: I
    VolumeType: S
    MultiAvailabilityZoneConfiguration: X[MultiAvailabilityZoneVolumeConfigurationRequest]

class FleetBlockDeviceMappingRequest(TypedDict, total=False):
    DeviceName: S
    VirtualName: S
    Ebs: X[FleetEbsBlockDeviceRequest]
    NoDevice: S

class FleetIamInstanceProfileSpecificationRequest(TypedDict, total=False):
    Arn: S
    Name: S

class FleetInstanceMetadataOptionsRequest(TypedDict, total=False):
    HttpTokens: S
    HttpPutResponseHopLimit: I
    HttpEndpoint: S

class FleetLaunchTemplateOverridesRequest(TypedDict, total=False):
    InstanceType: S
    MaxPrice: S
    SubnetId: S
    AvailabilityZone: S
    WeightedCapacity: F
    Priority: F
    Placement: X[Placement]
    KeyName: S
    BlockDeviceMappings: L[Xi[FleetBlockDeviceMappingRequest]]
    IamInstanceProfile: X[FleetIamInstanceProfileSpecificationRequest]
    MetadataOptions: X[FleetInstanceMetadataOptionsRequest]
    InstanceRequirements: X[InstanceRequirementsRequest]
    ImageId: S
    AvailabilityZoneId: S

class FleetLaunchTemplateConfigRequest(TypedDict, total=False):
    LaunchTemplateSpecification: X[FleetLaunchTemplateSpecificationRequest]
    Overrides: L[Xi[FleetLaunchTemplateOverridesRequest]]

class TargetCapacitySpecificationRequest(TypedDict, total=False):
    TotalTargetCapacity: I
    OnDemandTargetCapacity: I
    SpotTargetCapacity: I
    DefaultTargetCapacityType: S
    TargetCapacityUnitType: S

CreateFleetParameters = TypedDict(
    "CreateFleetParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SpotOptions": X[SpotOptionsRequest],
        "SpotOptions.$": str,
        "OnDemandOptions": X[OnDemandOptionsRequest],
        "OnDemandOptions.$": str,
        "ReservedCapacityOptions": X[ReservedCapacityOptionsRequest],
        "ReservedCapacityOptions.$": str,
        "ExcessCapacityTerminationPolicy": S,
        "ExcessCapacityTerminationPolicy.$": str,
        "LaunchTemplateConfigs": L[Xi[FleetLaunchTemplateConfigRequest]],
        "LaunchTemplateConfigs.$": str,
        "TargetCapacitySpecification": X[TargetCapacitySpecificationRequest],
        "TargetCapacitySpecification.$": str,
        "TerminateInstancesWithExpiration": B,
        "TerminateInstancesWithExpiration.$": str,
        "Type": S,
        "Type.$": str,
        "ValidFrom": T,
        "ValidFrom.$": str,
        "ValidUntil": T,
        "ValidUntil.$": str,
        "ReplaceUnhealthyInstances": B,
        "ReplaceUnhealthyInstances.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "Context": S,
        "Context.$": str,
    },
    total=False,
)

class DestinationOptionsRequest(TypedDict, total=False):
    FileFormat: S
    HiveCompatiblePartitions: B
    PerHourPartition: B

class TagFieldSpecificationRequest(TypedDict, total=False):
    ResourceType: S
    TagKeys: L[Si]

CreateFlowLogsParameters = TypedDict(
    "CreateFlowLogsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DeliverLogsPermissionArn": S,
        "DeliverLogsPermissionArn.$": str,
        "DeliverCrossAccountRole": S,
        "DeliverCrossAccountRole.$": str,
        "LogGroupName": S,
        "LogGroupName.$": str,
        "ResourceIds": L[Si],
        "ResourceIds.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "TrafficType": S,
        "TrafficType.$": str,
        "LogDestinationType": S,
        "LogDestinationType.$": str,
        "LogDestination": S,
        "LogDestination.$": str,
        "LogFormat": S,
        "LogFormat.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "MaxAggregationInterval": I,
        "MaxAggregationInterval.$": str,
        "DestinationOptions": X[DestinationOptionsRequest],
        "DestinationOptions.$": str,
        "TagFieldSpecifications": L[Xi[TagFieldSpecificationRequest]],
        "TagFieldSpecifications.$": str,
    },
    total=False,
)

class StorageLocation(TypedDict, total=False):
    Bucket: S
    Key: S

CreateFpgaImageParameters = TypedDict(
    "CreateFpgaImageParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InputStorageLocation": X[StorageLocation],
        "InputStorageLocation.$": str,
        "LogsStorageLocation": X[StorageLocation],
        "LogsStorageLocation.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)

class StandbyVolumeAvailabilityZone(TypedDict, total=False):
    AvailabilityZone: S
    AvailabilityZoneId: S

class MultiAvailabilityZoneVolumeConfiguration(TypedDict, total=False):
    ConfigurationType: S
    StandbyAvailabilityZones: L[Xi[StandbyVolumeAvailabilityZone]]

class EbsBlockDevice(TypedDict, total=False):
    DeleteOnTermination: B
    Iops: I
    SnapshotId: S
    VolumeSize: I
    VolumeType: S
    KmsKeyId: S
    Throughput: I
    OutpostArn: S
    AvailabilityZone: S
    MultiAvailabilityZoneConfiguration: X[MultiAvailabilityZoneVolumeConfiguration]
    Encrypted: B
    VolumeInitializationRate: I
    AvailabilityZoneId: S
    EbsCardIndex: I

class BlockDeviceMapping(TypedDict, total=False):
    Ebs: X[EbsBlockDevice]
    NoDevice: S
    DeviceName: S
    VirtualName: S

CreateImageParameters = TypedDict(
    "CreateImageParameters",
    {
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "SnapshotLocation": S,
        "SnapshotLocation.$": str,
        "BootModeOverride": S,
        "BootModeOverride.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "NoReboot": B,
        "NoReboot.$": str,
        "BlockDeviceMappings": L[Xi[BlockDeviceMapping]],
        "BlockDeviceMappings.$": str,
    },
    total=False,
)

class ImageUsageResourceTypeOptionRequest(TypedDict, total=False):
    OptionName: S
    OptionValues: L[Si]

class ImageUsageResourceTypeRequest(TypedDict, total=False):
    ResourceType: S
    ResourceTypeOptions: L[Xi[ImageUsageResourceTypeOptionRequest]]

CreateImageUsageReportParameters = TypedDict(
    "CreateImageUsageReportParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ResourceTypes": L[Xi[ImageUsageResourceTypeRequest]],
        "ResourceTypes.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
CreateInstanceConnectEndpointParameters = TypedDict(
    "CreateInstanceConnectEndpointParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "PreserveClientIp": B,
        "PreserveClientIp.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
    },
    total=False,
)

class InstanceEventWindowTimeRangeRequest(TypedDict, total=False):
    StartWeekDay: S
    StartHour: I
    EndWeekDay: S
    EndHour: I

CreateInstanceEventWindowParameters = TypedDict(
    "CreateInstanceEventWindowParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Name": S,
        "Name.$": str,
        "TimeRanges": L[Xi[InstanceEventWindowTimeRangeRequest]],
        "TimeRanges.$": str,
        "CronExpression": S,
        "CronExpression.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)

class ExportToS3TaskSpecification(TypedDict, total=False):
    DiskImageFormat: S
    ContainerFormat: S
    S3Bucket: S
    S3Prefix: S

CreateInstanceExportTaskParameters = TypedDict(
    "CreateInstanceExportTaskParameters",
    {
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "Description": S,
        "Description.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "TargetEnvironment": S,
        "TargetEnvironment.$": str,
        "ExportToS3Task": X[ExportToS3TaskSpecification],
        "ExportToS3Task.$": str,
    },
    total=False,
)
CreateInternetGatewayParameters = TypedDict(
    "CreateInternetGatewayParameters",
    {
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateInterruptibleCapacityReservationAllocationParameters = TypedDict(
    "CreateInterruptibleCapacityReservationAllocationParameters",
    {
        "CapacityReservationId": S,
        "CapacityReservationId.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ZeroSizePreference": S,
        "ZeroSizePreference.$": str,
    },
    total=False,
)

class AddIpamOperatingRegion(TypedDict, total=False):
    RegionName: S

CreateIpamParameters = TypedDict(
    "CreateIpamParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Description": S,
        "Description.$": str,
        "OperatingRegions": L[Xi[AddIpamOperatingRegion]],
        "OperatingRegions.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tier": S,
        "Tier.$": str,
        "EnablePrivateGua": B,
        "EnablePrivateGua.$": str,
        "MeteredAccount": S,
        "MeteredAccount.$": str,
    },
    total=False,
)
CreateIpamExternalResourceVerificationTokenParameters = TypedDict(
    "CreateIpamExternalResourceVerificationTokenParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamId": S,
        "IpamId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateIpamInternetRegistryAssociationParameters = TypedDict(
    "CreateIpamInternetRegistryAssociationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamId": S,
        "IpamId.$": str,
        "Rir": S,
        "Rir.$": str,
        "OrganizationHandle": S,
        "OrganizationHandle.$": str,
        "Description": S,
        "Description.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateIpamPolicyParameters = TypedDict(
    "CreateIpamPolicyParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "IpamId": S,
        "IpamId.$": str,
    },
    total=False,
)

class RequestIpamResourceTag(TypedDict, total=False):
    Key: S
    Value: S

class IpamPoolSourceResourceRequest(TypedDict, total=False):
    ResourceId: S
    ResourceType: S
    ResourceRegion: S
    ResourceOwner: S

CreateIpamPoolParameters = TypedDict(
    "CreateIpamPoolParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamScopeId": S,
        "IpamScopeId.$": str,
        "Locale": S,
        "Locale.$": str,
        "SourceIpamPoolId": S,
        "SourceIpamPoolId.$": str,
        "Description": S,
        "Description.$": str,
        "AddressFamily": S,
        "AddressFamily.$": str,
        "AutoImport": B,
        "AutoImport.$": str,
        "PubliclyAdvertisable": B,
        "PubliclyAdvertisable.$": str,
        "AllocationMinNetmaskLength": I,
        "AllocationMinNetmaskLength.$": str,
        "AllocationMaxNetmaskLength": I,
        "AllocationMaxNetmaskLength.$": str,
        "AllocationDefaultNetmaskLength": I,
        "AllocationDefaultNetmaskLength.$": str,
        "AllocationResourceTags": L[Xi[RequestIpamResourceTag]],
        "AllocationResourceTags.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AwsService": S,
        "AwsService.$": str,
        "PublicIpSource": S,
        "PublicIpSource.$": str,
        "SourceResource": X[IpamPoolSourceResourceRequest],
        "SourceResource.$": str,
    },
    total=False,
)

class IpamPrefixListResolverRuleConditionRequest(TypedDict, total=False):
    Operation: S
    IpamPoolId: S
    ResourceId: S
    ResourceOwner: S
    ResourceRegion: S
    ResourceTag: X[RequestIpamResourceTag]
    Cidr: S

class IpamPrefixListResolverRuleRequest(TypedDict, total=False):
    RuleType: S
    StaticCidr: S
    IpamScopeId: S
    ResourceType: S
    Conditions: L[Xi[IpamPrefixListResolverRuleConditionRequest]]

CreateIpamPrefixListResolverParameters = TypedDict(
    "CreateIpamPrefixListResolverParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamId": S,
        "IpamId.$": str,
        "Description": S,
        "Description.$": str,
        "AddressFamily": S,
        "AddressFamily.$": str,
        "Rules": L[Xi[IpamPrefixListResolverRuleRequest]],
        "Rules.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateIpamPrefixListResolverTargetParameters = TypedDict(
    "CreateIpamPrefixListResolverTargetParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPrefixListResolverId": S,
        "IpamPrefixListResolverId.$": str,
        "PrefixListId": S,
        "PrefixListId.$": str,
        "PrefixListRegion": S,
        "PrefixListRegion.$": str,
        "DesiredVersion": I,
        "DesiredVersion.$": str,
        "TrackLatestVersion": B,
        "TrackLatestVersion.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateIpamResourceDiscoveryParameters = TypedDict(
    "CreateIpamResourceDiscoveryParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Description": S,
        "Description.$": str,
        "OperatingRegions": L[Xi[AddIpamOperatingRegion]],
        "OperatingRegions.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateIpamRoutingPolicyRegistrationParameters = TypedDict(
    "CreateIpamRoutingPolicyRegistrationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamInternetRegistryAssociationId": S,
        "IpamInternetRegistryAssociationId.$": str,
        "Cidr": S,
        "Cidr.$": str,
        "Asns": L[Si],
        "Asns.$": str,
        "PermitMoreSpecificAnnouncements": B,
        "PermitMoreSpecificAnnouncements.$": str,
        "MaxLength": I,
        "MaxLength.$": str,
        "Description": S,
        "Description.$": str,
        "Force": B,
        "Force.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ExternalAuthorityConfiguration(TypedDict, total=False):
    Type: S
    ExternalResourceIdentifier: S

CreateIpamScopeParameters = TypedDict(
    "CreateIpamScopeParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamId": S,
        "IpamId.$": str,
        "Description": S,
        "Description.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ExternalAuthorityConfiguration": X[ExternalAuthorityConfiguration],
        "ExternalAuthorityConfiguration.$": str,
    },
    total=False,
)
CreateKeyPairParameters = TypedDict(
    "CreateKeyPairParameters",
    {
        "KeyName": S,
        "KeyName.$": str,
        "KeyType": S,
        "KeyType.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "KeyFormat": S,
        "KeyFormat.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class LaunchTemplateIamInstanceProfileSpecificationRequest(TypedDict, total=False):
    Arn: S
    Name: S

class LaunchTemplateEbsBlockDeviceRequest(TypedDict, total=False):
    Encrypted: B
    DeleteOnTermination: B
    Iops: I
    KmsKeyId: S
    SnapshotId: S
    VolumeSize: I
    VolumeType: S
    Throughput: I
    VolumeInitializationRate: I
    EbsCardIndex: I
    MultiAvailabilityZoneConfiguration: X[MultiAvailabilityZoneVolumeConfigurationRequest]

class LaunchTemplateBlockDeviceMappingRequest(TypedDict, total=False):
    DeviceName: S
    VirtualName: S
    Ebs: X[LaunchTemplateEbsBlockDeviceRequest]
    NoDevice: S

class InstanceIpv6AddressRequest(TypedDict, total=False):
    Ipv6Address: S

class PrivateIpAddressSpecification(TypedDict, total=False):
    Primary: B
    PrivateIpAddress: S

class Ipv4PrefixSpecificationRequest(TypedDict, total=False):
    Ipv4Prefix: S

class Ipv6PrefixSpecificationRequest(TypedDict, total=False):
    Ipv6Prefix: S

class EnaSrdUdpSpecificationRequest(TypedDict, total=False):
    EnaSrdUdpEnabled: B

class EnaSrdSpecificationRequest(TypedDict, total=False):
    EnaSrdEnabled: B
    EnaSrdUdpSpecification: X[EnaSrdUdpSpecificationRequest]

class ConnectionTrackingSpecificationRequest(TypedDict, total=False):
    TcpEstablishedTimeout: I
    UdpStreamTimeout: I
    UdpTimeout: I

class LaunchTemplateInstanceNetworkInterfaceSpecificationRequest(TypedDict, total=False):
    AssociateCarrierIpAddress: B
    AssociatePublicIpAddress: B
    DeleteOnTermination: B
    Description: S
    DeviceIndex: I
    Groups: L[Si]
    InterfaceType: S
    Ipv6AddressCount: I
    Ipv6Addresses: L[Xi[InstanceIpv6AddressRequest]]
    NetworkInterfaceId: S
    PrivateIpAddress: S
    PrivateIpAddresses: L[Xi[PrivateIpAddressSpecification]]
    SecondaryPrivateIpAddressCount: I
    SubnetId: S
    NetworkCardIndex: I
    Ipv4Prefixes: L[Xi[Ipv4PrefixSpecificationRequest]]
    Ipv4PrefixCount: I
    Ipv6Prefixes: L[Xi[Ipv6PrefixSpecificationRequest]]
    Ipv6PrefixCount: I
    PrimaryIpv6: B
    EnaSrdSpecification: X[EnaSrdSpecificationRequest]
    ConnectionTrackingSpecification: X[ConnectionTrackingSpecificationRequest]
    EnaQueueCount: I

class LaunchTemplatesMonitoringRequest(TypedDict, total=False):
    Enabled: B
    MetricCategoryIds: L[Si]

class LaunchTemplatePlacementRequest(TypedDict, total=False):
    AvailabilityZone: S
    AvailabilityZoneId: S
    Affinity: S
    GroupName: S
    HostId: S
    Tenancy: S
    SpreadDomain: S
    HostResourceGroupArn: S
    PartitionNumber: I
    GroupId: S

class LaunchTemplateTagSpecificationRequest(TypedDict, total=False):
    ResourceType: S
    Tags: L[Xi[Tag]]

class ElasticGpuSpecification(TypedDict, total=False):
    Type: S

class LaunchTemplateElasticInferenceAccelerator(TypedDict, total=False):
    Type: S
    Count: I

class LaunchTemplateSpotMarketOptionsRequest(TypedDict, total=False):
    MaxPrice: S
    SpotInstanceType: S
    BlockDurationMinutes: I
    ValidUntil: T
    InstanceInterruptionBehavior: S

class LaunchTemplateInstanceMarketOptionsRequest(TypedDict, total=False):
    MarketType: S
    SpotOptions: X[LaunchTemplateSpotMarketOptionsRequest]

class CreditSpecificationRequest(TypedDict, total=False):
    CpuCredits: S

class LaunchTemplateCpuOptionsRequest(TypedDict, total=False):
    CoreCount: I
    ThreadsPerCore: I
    AmdSevSnp: S
    NestedVirtualization: S

class CapacityReservationTarget(TypedDict, total=False):
    CapacityReservationId: S
    CapacityReservationResourceGroupArn: S

class LaunchTemplateCapacityReservationSpecificationRequest(TypedDict, total=False):
    CapacityReservationPreference: S
    CapacityReservationTarget: X[CapacityReservationTarget]

class LaunchTemplateLicenseConfigurationRequest(TypedDict, total=False):
    LicenseConfigurationArn: S

class LaunchTemplateHibernationOptionsRequest(TypedDict, total=False):
    Configured: B

class LaunchTemplateInstanceMetadataOptionsRequest(TypedDict, total=False):
    HttpTokens: S
    HttpPutResponseHopLimit: I
    HttpEndpoint: S
    HttpProtocolIpv6: S
    InstanceMetadataTags: S

class LaunchTemplateEnclaveOptionsRequest(TypedDict, total=False):
    Enabled: B

class LaunchTemplatePrivateDnsNameOptionsRequest(TypedDict, total=False):
    HostnameType: S
    EnableResourceNameDnsARecord: B
    EnableResourceNameDnsAAAARecord: B

class LaunchTemplateInstanceMaintenanceOptionsRequest(TypedDict, total=False):
    AutoRecovery: S

class OperatorRequest(TypedDict, total=False):
    Principal: S

class LaunchTemplateNetworkPerformanceOptionsRequest(TypedDict, total=False):
    BandwidthWeighting: S

class SecondaryInterfacePrivateIpAddressSpecificationRequest(TypedDict, total=False):
    PrivateIpAddress: S

class LaunchTemplateSecondaryInterfaceIpv6AddressRequest(TypedDict, total=False):
    Ipv6Address: S

class LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest(TypedDict, total=False):
    DeleteOnTermination: B
    DeviceIndex: I
    PrivateIpAddresses: L[Xi[SecondaryInterfacePrivateIpAddressSpecificationRequest]]
    PrivateIpAddressCount: I
    SecondarySubnetId: S
    InterfaceType: S
    NetworkCardIndex: I
    Ipv6Addresses: L[Xi[LaunchTemplateSecondaryInterfaceIpv6AddressRequest]]
    Ipv6AddressCount: I
    EnaQueueCount: I
    VlanMode: S

class RequestLaunchTemplateData(TypedDict, total=False):
    KernelId: S
    EbsOptimized: B
    IamInstanceProfile: X[LaunchTemplateIamInstanceProfileSpecificationRequest]
    BlockDeviceMappings: L[Xi[LaunchTemplateBlockDeviceMappingRequest]]
    NetworkInterfaces: L[Xi[LaunchTemplateInstanceNetworkInterfaceSpecificationRequest]]
    ImageId: S
    InstanceType: S
    KeyName: S
    Monitoring: X[LaunchTemplatesMonitoringRequest]
    Placement: X[LaunchTemplatePlacementRequest]
    RamDiskId: S
    DisableApiTermination: B
    InstanceInitiatedShutdownBehavior: S
    UserData: S
    TagSpecifications: L[Xi[LaunchTemplateTagSpecificationRequest]]
    ElasticGpuSpecifications: L[Xi[ElasticGpuSpecification]]
    ElasticInferenceAccelerators: L[Xi[LaunchTemplateElasticInferenceAccelerator]]
    SecurityGroupIds: L[Si]
    SecurityGroups: L[Si]
    InstanceMarketOptions: X[LaunchTemplateInstanceMarketOptionsRequest]
    CreditSpecification: X[CreditSpecificationRequest]
    CpuOptions: X[LaunchTemplateCpuOptionsRequest]
    CapacityReservationSpecification: X[LaunchTemplateCapacityReservationSpecificationRequest]
    LicenseSpecifications: L[Xi[LaunchTemplateLicenseConfigurationRequest]]
    HibernationOptions: X[LaunchTemplateHibernationOptionsRequest]
    MetadataOptions: X[LaunchTemplateInstanceMetadataOptionsRequest]
    EnclaveOptions: X[LaunchTemplateEnclaveOptionsRequest]
    InstanceRequirements: X[InstanceRequirementsRequest]
    PrivateDnsNameOptions: X[LaunchTemplatePrivateDnsNameOptionsRequest]
    MaintenanceOptions: X[LaunchTemplateInstanceMaintenanceOptionsRequest]
    DisableApiStop: B
    Operator: X[OperatorRequest]
    NetworkPerformanceOptions: X[LaunchTemplateNetworkPerformanceOptionsRequest]
    SecondaryInterfaces: L[Xi[LaunchTemplateInstanceSecondaryInterfaceSpecificationRequest]]

CreateLaunchTemplateParameters = TypedDict(
    "CreateLaunchTemplateParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LaunchTemplateName": S,
        "LaunchTemplateName.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "LaunchTemplateData": X[RequestLaunchTemplateData],
        "LaunchTemplateData.$": str,
        "Operator": X[OperatorRequest],
        "Operator.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
CreateLaunchTemplateVersionParameters = TypedDict(
    "CreateLaunchTemplateVersionParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LaunchTemplateId": S,
        "LaunchTemplateId.$": str,
        "LaunchTemplateName": S,
        "LaunchTemplateName.$": str,
        "SourceVersion": S,
        "SourceVersion.$": str,
        "VersionDescription": S,
        "VersionDescription.$": str,
        "LaunchTemplateData": X[RequestLaunchTemplateData],
        "LaunchTemplateData.$": str,
        "ResolveAlias": B,
        "ResolveAlias.$": str,
    },
    total=False,
)
CreateLocalGatewayRouteParameters = TypedDict(
    "CreateLocalGatewayRouteParameters",
    {
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "LocalGatewayRouteTableId": S,
        "LocalGatewayRouteTableId.$": str,
        "LocalGatewayVirtualInterfaceGroupId": S,
        "LocalGatewayVirtualInterfaceGroupId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "DestinationPrefixListId": S,
        "DestinationPrefixListId.$": str,
    },
    total=False,
)
CreateLocalGatewayRouteTableParameters = TypedDict(
    "CreateLocalGatewayRouteTableParameters",
    {
        "LocalGatewayId": S,
        "LocalGatewayId.$": str,
        "Mode": S,
        "Mode.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationParameters = TypedDict(
    "CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationParameters",
    {
        "LocalGatewayRouteTableId": S,
        "LocalGatewayRouteTableId.$": str,
        "LocalGatewayVirtualInterfaceGroupId": S,
        "LocalGatewayVirtualInterfaceGroupId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateLocalGatewayRouteTableVpcAssociationParameters = TypedDict(
    "CreateLocalGatewayRouteTableVpcAssociationParameters",
    {
        "LocalGatewayRouteTableId": S,
        "LocalGatewayRouteTableId.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateLocalGatewayVirtualInterfaceParameters = TypedDict(
    "CreateLocalGatewayVirtualInterfaceParameters",
    {
        "LocalGatewayVirtualInterfaceGroupId": S,
        "LocalGatewayVirtualInterfaceGroupId.$": str,
        "OutpostLagId": S,
        "OutpostLagId.$": str,
        "Vlan": I,
        "Vlan.$": str,
        "LocalAddress": S,
        "LocalAddress.$": str,
        "PeerAddress": S,
        "PeerAddress.$": str,
        "PeerBgpAsn": I,
        "PeerBgpAsn.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "PeerBgpAsnExtended": I,
        "PeerBgpAsnExtended.$": str,
    },
    total=False,
)
CreateLocalGatewayVirtualInterfaceGroupParameters = TypedDict(
    "CreateLocalGatewayVirtualInterfaceGroupParameters",
    {
        "LocalGatewayId": S,
        "LocalGatewayId.$": str,
        "LocalBgpAsn": I,
        "LocalBgpAsn.$": str,
        "LocalBgpAsnExtended": I,
        "LocalBgpAsnExtended.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class MacSystemIntegrityProtectionConfigurationRequest(TypedDict, total=False):
    AppleInternal: S
    BaseSystem: S
    DebuggingRestrictions: S
    DTraceRestrictions: S
    FilesystemProtections: S
    KextSigning: S
    NvramProtections: S

CreateMacSystemIntegrityProtectionModificationTaskParameters = TypedDict(
    "CreateMacSystemIntegrityProtectionModificationTaskParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "MacCredentials": S,
        "MacCredentials.$": str,
        "MacSystemIntegrityProtectionConfiguration": X[
            MacSystemIntegrityProtectionConfigurationRequest
        ],
        "MacSystemIntegrityProtectionConfiguration.$": str,
        "MacSystemIntegrityProtectionStatus": S,
        "MacSystemIntegrityProtectionStatus.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)

class AddPrefixListEntry(TypedDict, total=False):
    Cidr: S
    Description: S

CreateManagedPrefixListParameters = TypedDict(
    "CreateManagedPrefixListParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "PrefixListName": S,
        "PrefixListName.$": str,
        "Entries": L[Xi[AddPrefixListEntry]],
        "Entries.$": str,
        "MaxEntries": I,
        "MaxEntries.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "AddressFamily": S,
        "AddressFamily.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateMetricCategoryParameters = TypedDict(
    "CreateMetricCategoryParameters",
    {
        "Metrics": L[Si],
        "Metrics.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class AvailabilityZoneAddress(TypedDict, total=False):
    AvailabilityZone: S
    AvailabilityZoneId: S
    AllocationIds: L[Si]

CreateNatGatewayParameters = TypedDict(
    "CreateNatGatewayParameters",
    {
        "AvailabilityMode": S,
        "AvailabilityMode.$": str,
        "AllocationId": S,
        "AllocationId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "AvailabilityZoneAddresses": L[Xi[AvailabilityZoneAddress]],
        "AvailabilityZoneAddresses.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ConnectivityType": S,
        "ConnectivityType.$": str,
        "PrivateIpAddress": S,
        "PrivateIpAddress.$": str,
        "SecondaryAllocationIds": L[Si],
        "SecondaryAllocationIds.$": str,
        "SecondaryPrivateIpAddresses": L[Si],
        "SecondaryPrivateIpAddresses.$": str,
        "SecondaryPrivateIpAddressCount": I,
        "SecondaryPrivateIpAddressCount.$": str,
    },
    total=False,
)
CreateNetworkAclParameters = TypedDict(
    "CreateNetworkAclParameters",
    {
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "VpcId": S,
        "VpcId.$": str,
    },
    total=False,
)

class IcmpTypeCode(TypedDict, total=False):
    Code: I
    Type: I

class PortRange(TypedDict, total=False):
    From: I
    To: I

CreateNetworkAclEntryParameters = TypedDict(
    "CreateNetworkAclEntryParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "NetworkAclId": S,
        "NetworkAclId.$": str,
        "RuleNumber": I,
        "RuleNumber.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "RuleAction": S,
        "RuleAction.$": str,
        "Egress": B,
        "Egress.$": str,
        "CidrBlock": S,
        "CidrBlock.$": str,
        "Ipv6CidrBlock": S,
        "Ipv6CidrBlock.$": str,
        "IcmpTypeCode": X[IcmpTypeCode],
        "IcmpTypeCode.$": str,
        "PortRange": X[PortRange],
        "PortRange.$": str,
    },
    total=False,
)

class PacketHeaderStatementRequest(TypedDict, total=False):
    SourceAddresses: L[Si]
    DestinationAddresses: L[Si]
    SourcePorts: L[Si]
    DestinationPorts: L[Si]
    SourcePrefixLists: L[Si]
    DestinationPrefixLists: L[Si]
    Protocols: L[Si]

class ResourceStatementRequest(TypedDict, total=False):
    Resources: L[Si]
    ResourceTypes: L[Si]

class PathStatementRequest(TypedDict, total=False):
    PacketHeaderStatement: X[PacketHeaderStatementRequest]
    ResourceStatement: X[ResourceStatementRequest]

class ThroughResourcesStatementRequest(TypedDict, total=False):
    ResourceStatement: X[ResourceStatementRequest]

class AccessScopePathRequest(TypedDict, total=False):
    Source: X[PathStatementRequest]
    Destination: X[PathStatementRequest]
    ThroughResources: L[Xi[ThroughResourcesStatementRequest]]

CreateNetworkInsightsAccessScopeParameters = TypedDict(
    "CreateNetworkInsightsAccessScopeParameters",
    {
        "MatchPaths": L[Xi[AccessScopePathRequest]],
        "MatchPaths.$": str,
        "ExcludePaths": L[Xi[AccessScopePathRequest]],
        "ExcludePaths.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class RequestFilterPortRange(TypedDict, total=False):
    FromPort: I
    ToPort: I

class PathRequestFilter(TypedDict, total=False):
    SourceAddress: S
    SourcePortRange: X[RequestFilterPortRange]
    DestinationAddress: S
    DestinationPortRange: X[RequestFilterPortRange]

CreateNetworkInsightsPathParameters = TypedDict(
    "CreateNetworkInsightsPathParameters",
    {
        "SourceIp": S,
        "SourceIp.$": str,
        "DestinationIp": S,
        "DestinationIp.$": str,
        "Source": S,
        "Source.$": str,
        "Destination": S,
        "Destination.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "DestinationPort": I,
        "DestinationPort.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "FilterAtSource": X[PathRequestFilter],
        "FilterAtSource.$": str,
        "FilterAtDestination": X[PathRequestFilter],
        "FilterAtDestination.$": str,
    },
    total=False,
)

class InstanceIpv6Address(TypedDict, total=False):
    Ipv6Address: S
    IsPrimaryIpv6: B

CreateNetworkInterfaceParameters = TypedDict(
    "CreateNetworkInterfaceParameters",
    {
        "Ipv4Prefixes": L[Xi[Ipv4PrefixSpecificationRequest]],
        "Ipv4Prefixes.$": str,
        "Ipv4PrefixCount": I,
        "Ipv4PrefixCount.$": str,
        "Ipv6Prefixes": L[Xi[Ipv6PrefixSpecificationRequest]],
        "Ipv6Prefixes.$": str,
        "Ipv6PrefixCount": I,
        "Ipv6PrefixCount.$": str,
        "InterfaceType": S,
        "InterfaceType.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EnablePrimaryIpv6": B,
        "EnablePrimaryIpv6.$": str,
        "ConnectionTrackingSpecification": X[ConnectionTrackingSpecificationRequest],
        "ConnectionTrackingSpecification.$": str,
        "Operator": X[OperatorRequest],
        "Operator.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "Description": S,
        "Description.$": str,
        "PrivateIpAddress": S,
        "PrivateIpAddress.$": str,
        "Groups": L[Si],
        "Groups.$": str,
        "PrivateIpAddresses": L[Xi[PrivateIpAddressSpecification]],
        "PrivateIpAddresses.$": str,
        "SecondaryPrivateIpAddressCount": I,
        "SecondaryPrivateIpAddressCount.$": str,
        "Ipv6Addresses": L[Xi[InstanceIpv6Address]],
        "Ipv6Addresses.$": str,
        "Ipv6AddressCount": I,
        "Ipv6AddressCount.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateNetworkInterfacePermissionParameters = TypedDict(
    "CreateNetworkInterfacePermissionParameters",
    {
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AwsService": S,
        "AwsService.$": str,
        "Permission": S,
        "Permission.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class FlexCostAllocationCidrMapping(TypedDict, total=False):
    CidrRange: S
    CidrLabel: S

class FlexCostAllocationCidrRangeSpecifications(TypedDict, total=False):
    PrefixesType: S
    Prefixes: L[Xi[FlexCostAllocationCidrMapping]]

class NatFlexCostAllocationPolicyDocument(TypedDict, total=False):
    ReportingGranularity: L[Si]
    Dimensions: L[Si]
    CidrRangeSpecifications: X[FlexCostAllocationCidrRangeSpecifications]

class InstanceFlexCostAllocationPolicyDocument(TypedDict, total=False):
    ReportingGranularity: L[Si]
    Dimensions: L[Si]
    CidrRangeSpecifications: X[FlexCostAllocationCidrRangeSpecifications]

class PcxFlexCostAllocationPolicyDocument(TypedDict, total=False):
    ReportingGranularity: L[Si]
    Dimensions: L[Si]
    CidrRangeSpecifications: X[FlexCostAllocationCidrRangeSpecifications]

CreateNetworkingFlexCostAllocationPolicyParameters = TypedDict(
    "CreateNetworkingFlexCostAllocationPolicyParameters",
    {
        "NetworkResourceType": S,
        "NetworkResourceType.$": str,
        "NatFcaPolicyDocument": X[NatFlexCostAllocationPolicyDocument],
        "NatFcaPolicyDocument.$": str,
        "InstanceFcaPolicyDocument": X[InstanceFlexCostAllocationPolicyDocument],
        "InstanceFcaPolicyDocument.$": str,
        "PcxFcaPolicyDocument": X[PcxFlexCostAllocationPolicyDocument],
        "PcxFcaPolicyDocument.$": str,
        "ShowBackEnabled": B,
        "ShowBackEnabled.$": str,
        "Description": S,
        "Description.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreatePlacementGroupParameters = TypedDict(
    "CreatePlacementGroupParameters",
    {
        "PartitionCount": I,
        "PartitionCount.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "SpreadLevel": S,
        "SpreadLevel.$": str,
        "LinkedGroupId": S,
        "LinkedGroupId.$": str,
        "Operator": X[OperatorRequest],
        "Operator.$": str,
        "ParentGroupId": S,
        "ParentGroupId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "Strategy": S,
        "Strategy.$": str,
    },
    total=False,
)
CreatePublicIpv4PoolParameters = TypedDict(
    "CreatePublicIpv4PoolParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "NetworkBorderGroup": S,
        "NetworkBorderGroup.$": str,
    },
    total=False,
)
CreateReplaceRootVolumeTaskParameters = TypedDict(
    "CreateReplaceRootVolumeTaskParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "SnapshotId": S,
        "SnapshotId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ImageId": S,
        "ImageId.$": str,
        "DeleteReplacedRootVolume": B,
        "DeleteReplacedRootVolume.$": str,
        "VolumeInitializationRate": I,
        "VolumeInitializationRate.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
    },
    total=False,
)

class PriceScheduleSpecification(TypedDict, total=False):
    Term: I
    Price: F
    CurrencyCode: S

CreateReservedInstancesListingParameters = TypedDict(
    "CreateReservedInstancesListingParameters",
    {
        "ReservedInstancesId": S,
        "ReservedInstancesId.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "PriceSchedules": L[Xi[PriceScheduleSpecification]],
        "PriceSchedules.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateRestoreImageTaskParameters = TypedDict(
    "CreateRestoreImageTaskParameters",
    {
        "Bucket": S,
        "Bucket.$": str,
        "ObjectKey": S,
        "ObjectKey.$": str,
        "Name": S,
        "Name.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateRouteParameters = TypedDict(
    "CreateRouteParameters",
    {
        "DestinationPrefixListId": S,
        "DestinationPrefixListId.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "LocalGatewayId": S,
        "LocalGatewayId.$": str,
        "CarrierGatewayId": S,
        "CarrierGatewayId.$": str,
        "CoreNetworkArn": S,
        "CoreNetworkArn.$": str,
        "OdbNetworkArn": S,
        "OdbNetworkArn.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "RouteTableId": S,
        "RouteTableId.$": str,
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "GatewayId": S,
        "GatewayId.$": str,
        "DestinationIpv6CidrBlock": S,
        "DestinationIpv6CidrBlock.$": str,
        "EgressOnlyInternetGatewayId": S,
        "EgressOnlyInternetGatewayId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "VpcPeeringConnectionId": S,
        "VpcPeeringConnectionId.$": str,
        "NatGatewayId": S,
        "NatGatewayId.$": str,
    },
    total=False,
)
CreateRouteServerParameters = TypedDict(
    "CreateRouteServerParameters",
    {
        "AmazonSideAsn": I,
        "AmazonSideAsn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "PersistRoutes": S,
        "PersistRoutes.$": str,
        "PersistRoutesDuration": I,
        "PersistRoutesDuration.$": str,
        "SnsNotificationsEnabled": B,
        "SnsNotificationsEnabled.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
CreateRouteServerEndpointParameters = TypedDict(
    "CreateRouteServerEndpointParameters",
    {
        "RouteServerId": S,
        "RouteServerId.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)

class RouteServerBgpOptionsRequest(TypedDict, total=False):
    PeerAsn: I
    PeerLivenessDetection: S

CreateRouteServerPeerParameters = TypedDict(
    "CreateRouteServerPeerParameters",
    {
        "RouteServerEndpointId": S,
        "RouteServerEndpointId.$": str,
        "PeerAddress": S,
        "PeerAddress.$": str,
        "BgpOptions": X[RouteServerBgpOptionsRequest],
        "BgpOptions.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
CreateRouteTableParameters = TypedDict(
    "CreateRouteTableParameters",
    {
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "VpcId": S,
        "VpcId.$": str,
    },
    total=False,
)
CreateSecondaryNetworkParameters = TypedDict(
    "CreateSecondaryNetworkParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Ipv4CidrBlock": S,
        "Ipv4CidrBlock.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "VlanMode": S,
        "VlanMode.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "DefaultNativeVlan": I,
        "DefaultNativeVlan.$": str,
    },
    total=False,
)
CreateSecondaryNetworkAclParameters = TypedDict(
    "CreateSecondaryNetworkAclParameters",
    {
        "AddressType": S,
        "AddressType.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SecondaryNetworkId": S,
        "SecondaryNetworkId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
CreateSecondaryNetworkAclAssociationParameters = TypedDict(
    "CreateSecondaryNetworkAclAssociationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SecondaryNetworkAclId": S,
        "SecondaryNetworkAclId.$": str,
        "SecondarySubnetId": S,
        "SecondarySubnetId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)

class SecondaryNetworkAclEntryIcmpTypeCodeRequest(TypedDict, total=False):
    Code: I
    Type: I

class SecondaryNetworkAclEntryPortRangeRequest(TypedDict, total=False):
    From: I
    To: I

class SecondaryNetworkAclEntryRequest(TypedDict, total=False):
    Action: S
    Direction: S
    IcmpTypeCode: X[SecondaryNetworkAclEntryIcmpTypeCodeRequest]
    Ipv4CidrBlock: S
    Ipv6CidrBlock: S
    PortRange: X[SecondaryNetworkAclEntryPortRangeRequest]
    Protocol: I
    RuleNumber: I

CreateSecondaryNetworkAclEntriesParameters = TypedDict(
    "CreateSecondaryNetworkAclEntriesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Entries": L[Xi[SecondaryNetworkAclEntryRequest]],
        "Entries.$": str,
        "SecondaryNetworkAclId": S,
        "SecondaryNetworkAclId.$": str,
    },
    total=False,
)
CreateSecondarySubnetParameters = TypedDict(
    "CreateSecondarySubnetParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Ipv4CidrBlock": S,
        "Ipv4CidrBlock.$": str,
        "SecondaryNetworkId": S,
        "SecondaryNetworkId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "Ipv6CidrBlock": S,
        "Ipv6CidrBlock.$": str,
    },
    total=False,
)
CreateSecurityGroupParameters = TypedDict(
    "CreateSecurityGroupParameters",
    {
        "Description": S,
        "Description.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateSnapshotParameters = TypedDict(
    "CreateSnapshotParameters",
    {
        "Description": S,
        "Description.$": str,
        "OutpostArn": S,
        "OutpostArn.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "Location": S,
        "Location.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class InstanceSpecification(TypedDict, total=False):
    InstanceId: S
    ExcludeBootVolume: B
    ExcludeDataVolumeIds: L[Si]

CreateSnapshotsParameters = TypedDict(
    "CreateSnapshotsParameters",
    {
        "Description": S,
        "Description.$": str,
        "InstanceSpecification": X[InstanceSpecification],
        "InstanceSpecification.$": str,
        "OutpostArn": S,
        "OutpostArn.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "CopyTagsFromSource": S,
        "CopyTagsFromSource.$": str,
        "Location": S,
        "Location.$": str,
    },
    total=False,
)
CreateSpotDatafeedSubscriptionParameters = TypedDict(
    "CreateSpotDatafeedSubscriptionParameters",
    {"DryRun": B, "DryRun.$": str, "Bucket": S, "Bucket.$": str, "Prefix": S, "Prefix.$": str},
    total=False,
)

class S3ObjectTag(TypedDict, total=False):
    Key: S
    Value: S

CreateStoreImageTaskParameters = TypedDict(
    "CreateStoreImageTaskParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "Bucket": S,
        "Bucket.$": str,
        "S3ObjectTags": L[Xi[S3ObjectTag]],
        "S3ObjectTags.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateSubnetParameters = TypedDict(
    "CreateSubnetParameters",
    {
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "CidrBlock": S,
        "CidrBlock.$": str,
        "Ipv6CidrBlock": S,
        "Ipv6CidrBlock.$": str,
        "OutpostArn": S,
        "OutpostArn.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "Ipv6Native": B,
        "Ipv6Native.$": str,
        "Ipv4IpamPoolId": S,
        "Ipv4IpamPoolId.$": str,
        "Ipv4NetmaskLength": I,
        "Ipv4NetmaskLength.$": str,
        "Ipv6IpamPoolId": S,
        "Ipv6IpamPoolId.$": str,
        "Ipv6NetmaskLength": I,
        "Ipv6NetmaskLength.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateSubnetCidrReservationParameters = TypedDict(
    "CreateSubnetCidrReservationParameters",
    {
        "SubnetId": S,
        "SubnetId.$": str,
        "Cidr": S,
        "Cidr.$": str,
        "ReservationType": S,
        "ReservationType.$": str,
        "Description": S,
        "Description.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
CreateTagsParameters = TypedDict(
    "CreateTagsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Resources": L[Si],
        "Resources.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateTrafficMirrorFilterParameters = TypedDict(
    "CreateTrafficMirrorFilterParameters",
    {
        "Description": S,
        "Description.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class TrafficMirrorPortRangeRequest(TypedDict, total=False):
    FromPort: I
    ToPort: I

CreateTrafficMirrorFilterRuleParameters = TypedDict(
    "CreateTrafficMirrorFilterRuleParameters",
    {
        "TrafficMirrorFilterId": S,
        "TrafficMirrorFilterId.$": str,
        "TrafficDirection": S,
        "TrafficDirection.$": str,
        "RuleNumber": I,
        "RuleNumber.$": str,
        "RuleAction": S,
        "RuleAction.$": str,
        "DestinationPortRange": X[TrafficMirrorPortRangeRequest],
        "DestinationPortRange.$": str,
        "SourcePortRange": X[TrafficMirrorPortRangeRequest],
        "SourcePortRange.$": str,
        "Protocol": I,
        "Protocol.$": str,
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "SourceCidrBlock": S,
        "SourceCidrBlock.$": str,
        "Description": S,
        "Description.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
CreateTrafficMirrorSessionParameters = TypedDict(
    "CreateTrafficMirrorSessionParameters",
    {
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "TrafficMirrorTargetId": S,
        "TrafficMirrorTargetId.$": str,
        "TrafficMirrorFilterId": S,
        "TrafficMirrorFilterId.$": str,
        "PacketLength": I,
        "PacketLength.$": str,
        "SessionNumber": I,
        "SessionNumber.$": str,
        "VirtualNetworkId": I,
        "VirtualNetworkId.$": str,
        "Description": S,
        "Description.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateTrafficMirrorTargetParameters = TypedDict(
    "CreateTrafficMirrorTargetParameters",
    {
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "NetworkLoadBalancerArn": S,
        "NetworkLoadBalancerArn.$": str,
        "Description": S,
        "Description.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "GatewayLoadBalancerEndpointId": S,
        "GatewayLoadBalancerEndpointId.$": str,
    },
    total=False,
)

class TransitGatewayRequestOptions(TypedDict, total=False):
    AmazonSideAsn: I
    AutoAcceptSharedAttachments: S
    DefaultRouteTableAssociation: S
    DefaultRouteTablePropagation: S
    VpnEcmpSupport: S
    DnsSupport: S
    SecurityGroupReferencingSupport: S
    MulticastSupport: S
    TransitGatewayCidrBlocks: L[Si]

CreateTransitGatewayParameters = TypedDict(
    "CreateTransitGatewayParameters",
    {
        "Description": S,
        "Description.$": str,
        "Options": X[TransitGatewayRequestOptions],
        "Options.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class CreateTransitGatewayConnectRequestOptions(TypedDict, total=False):
    Protocol: S

CreateTransitGatewayConnectParameters = TypedDict(
    "CreateTransitGatewayConnectParameters",
    {
        "TransportTransitGatewayAttachmentId": S,
        "TransportTransitGatewayAttachmentId.$": str,
        "Options": X[CreateTransitGatewayConnectRequestOptions],
        "Options.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class TransitGatewayConnectRequestBgpOptions(TypedDict, total=False):
    PeerAsn: I

CreateTransitGatewayConnectPeerParameters = TypedDict(
    "CreateTransitGatewayConnectPeerParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "TransitGatewayAddress": S,
        "TransitGatewayAddress.$": str,
        "PeerAddress": S,
        "PeerAddress.$": str,
        "BgpOptions": X[TransitGatewayConnectRequestBgpOptions],
        "BgpOptions.$": str,
        "InsideCidrBlocks": L[Si],
        "InsideCidrBlocks.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateTransitGatewayMeteringPolicyParameters = TypedDict(
    "CreateTransitGatewayMeteringPolicyParameters",
    {
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "MiddleboxAttachmentIds": L[Si],
        "MiddleboxAttachmentIds.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateTransitGatewayMeteringPolicyEntryParameters = TypedDict(
    "CreateTransitGatewayMeteringPolicyEntryParameters",
    {
        "TransitGatewayMeteringPolicyId": S,
        "TransitGatewayMeteringPolicyId.$": str,
        "PolicyRuleNumber": I,
        "PolicyRuleNumber.$": str,
        "SourceTransitGatewayAttachmentId": S,
        "SourceTransitGatewayAttachmentId.$": str,
        "SourceTransitGatewayAttachmentType": S,
        "SourceTransitGatewayAttachmentType.$": str,
        "SourceCidrBlock": S,
        "SourceCidrBlock.$": str,
        "SourcePortRange": S,
        "SourcePortRange.$": str,
        "DestinationTransitGatewayAttachmentId": S,
        "DestinationTransitGatewayAttachmentId.$": str,
        "DestinationTransitGatewayAttachmentType": S,
        "DestinationTransitGatewayAttachmentType.$": str,
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "DestinationPortRange": S,
        "DestinationPortRange.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "MeteredAccount": S,
        "MeteredAccount.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class CreateTransitGatewayMulticastDomainRequestOptions(TypedDict, total=False):
    Igmpv2Support: S
    StaticSourcesSupport: S
    AutoAcceptSharedAssociations: S

CreateTransitGatewayMulticastDomainParameters = TypedDict(
    "CreateTransitGatewayMulticastDomainParameters",
    {
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "Options": X[CreateTransitGatewayMulticastDomainRequestOptions],
        "Options.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateTransitGatewayNetworkFunctionAttachmentParameters = TypedDict(
    "CreateTransitGatewayNetworkFunctionAttachmentParameters",
    {
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "AvailabilityZoneIds": L[Si],
        "AvailabilityZoneIds.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class CreateTransitGatewayPeeringAttachmentRequestOptions(TypedDict, total=False):
    DynamicRouting: S
    AllowMultipathResilience: B
    MultipathResilienceMode: S

CreateTransitGatewayPeeringAttachmentParameters = TypedDict(
    "CreateTransitGatewayPeeringAttachmentParameters",
    {
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "PeerTransitGatewayId": S,
        "PeerTransitGatewayId.$": str,
        "PeerAccountId": S,
        "PeerAccountId.$": str,
        "PeerRegion": S,
        "PeerRegion.$": str,
        "Options": X[CreateTransitGatewayPeeringAttachmentRequestOptions],
        "Options.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateTransitGatewayPolicyTableParameters = TypedDict(
    "CreateTransitGatewayPolicyTableParameters",
    {
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class TransitGatewayRequestPolicyRuleMetaData(TypedDict, total=False):
    MetaDataKey: S
    MetaDataValue: S

class TransitGatewayRequestPolicyRule(TypedDict, total=False):
    SourceCidrBlock: S
    SourcePortRange: S
    DestinationCidrBlock: S
    DestinationPortRange: S
    Protocol: S
    MetaData: X[TransitGatewayRequestPolicyRuleMetaData]

CreateTransitGatewayPolicyTableEntryParameters = TypedDict(
    "CreateTransitGatewayPolicyTableEntryParameters",
    {
        "TransitGatewayPolicyTableId": S,
        "TransitGatewayPolicyTableId.$": str,
        "PolicyRuleNumber": S,
        "PolicyRuleNumber.$": str,
        "PolicyRule": X[TransitGatewayRequestPolicyRule],
        "PolicyRule.$": str,
        "TargetRouteTableId": S,
        "TargetRouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateTransitGatewayPrefixListReferenceParameters = TypedDict(
    "CreateTransitGatewayPrefixListReferenceParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "PrefixListId": S,
        "PrefixListId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "Blackhole": B,
        "Blackhole.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateTransitGatewayRouteParameters = TypedDict(
    "CreateTransitGatewayRouteParameters",
    {
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "Blackhole": B,
        "Blackhole.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateTransitGatewayRouteTableParameters = TypedDict(
    "CreateTransitGatewayRouteTableParameters",
    {
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
CreateTransitGatewayRouteTableAnnouncementParameters = TypedDict(
    "CreateTransitGatewayRouteTableAnnouncementParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "PeeringAttachmentId": S,
        "PeeringAttachmentId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class CreateTransitGatewayVpcAttachmentRequestOptions(TypedDict, total=False):
    DnsSupport: S
    SecurityGroupReferencingSupport: S
    Ipv6Support: S
    ApplianceModeSupport: S

CreateTransitGatewayVpcAttachmentParameters = TypedDict(
    "CreateTransitGatewayVpcAttachmentParameters",
    {
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "Options": X[CreateTransitGatewayVpcAttachmentRequestOptions],
        "Options.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class CreateVerifiedAccessEndpointPortRange(TypedDict, total=False):
    FromPort: I
    ToPort: I

class CreateVerifiedAccessEndpointLoadBalancerOptions(TypedDict, total=False):
    Protocol: S
    Port: I
    LoadBalancerArn: S
    SubnetIds: L[Si]
    PortRanges: L[Xi[CreateVerifiedAccessEndpointPortRange]]

class CreateVerifiedAccessEndpointEniOptions(TypedDict, total=False):
    NetworkInterfaceId: S
    Protocol: S
    Port: I
    PortRanges: L[Xi[CreateVerifiedAccessEndpointPortRange]]

class VerifiedAccessSseSpecificationRequest(TypedDict, total=False):
    CustomerManagedKeyEnabled: B
    KmsKeyArn: S

class CreateVerifiedAccessEndpointRdsOptions(TypedDict, total=False):
    Protocol: S
    Port: I
    RdsDbInstanceArn: S
    RdsDbClusterArn: S
    RdsDbProxyArn: S
    RdsEndpoint: S
    SubnetIds: L[Si]

class CreateVerifiedAccessEndpointCidrOptions(TypedDict, total=False):
    Protocol: S
    SubnetIds: L[Si]
    Cidr: S
    PortRanges: L[Xi[CreateVerifiedAccessEndpointPortRange]]

CreateVerifiedAccessEndpointParameters = TypedDict(
    "CreateVerifiedAccessEndpointParameters",
    {
        "VerifiedAccessGroupId": S,
        "VerifiedAccessGroupId.$": str,
        "EndpointType": S,
        "EndpointType.$": str,
        "AttachmentType": S,
        "AttachmentType.$": str,
        "DomainCertificateArn": S,
        "DomainCertificateArn.$": str,
        "ApplicationDomain": S,
        "ApplicationDomain.$": str,
        "EndpointDomainPrefix": S,
        "EndpointDomainPrefix.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "LoadBalancerOptions": X[CreateVerifiedAccessEndpointLoadBalancerOptions],
        "LoadBalancerOptions.$": str,
        "NetworkInterfaceOptions": X[CreateVerifiedAccessEndpointEniOptions],
        "NetworkInterfaceOptions.$": str,
        "Description": S,
        "Description.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SseSpecification": X[VerifiedAccessSseSpecificationRequest],
        "SseSpecification.$": str,
        "RdsOptions": X[CreateVerifiedAccessEndpointRdsOptions],
        "RdsOptions.$": str,
        "CidrOptions": X[CreateVerifiedAccessEndpointCidrOptions],
        "CidrOptions.$": str,
    },
    total=False,
)
CreateVerifiedAccessGroupParameters = TypedDict(
    "CreateVerifiedAccessGroupParameters",
    {
        "VerifiedAccessInstanceId": S,
        "VerifiedAccessInstanceId.$": str,
        "Description": S,
        "Description.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SseSpecification": X[VerifiedAccessSseSpecificationRequest],
        "SseSpecification.$": str,
    },
    total=False,
)
CreateVerifiedAccessInstanceParameters = TypedDict(
    "CreateVerifiedAccessInstanceParameters",
    {
        "Description": S,
        "Description.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "FipsEnabled": B,
        "FipsEnabled.$": str,
        "CidrEndpointsCustomSubDomain": S,
        "CidrEndpointsCustomSubDomain.$": str,
    },
    total=False,
)

class CreateVerifiedAccessTrustProviderOidcOptions(TypedDict, total=False):
    Issuer: S
    AuthorizationEndpoint: S
    TokenEndpoint: S
    UserInfoEndpoint: S
    ClientId: S
    ClientSecret: S
    Scope: S

class CreateVerifiedAccessTrustProviderDeviceOptions(TypedDict, total=False):
    TenantId: S
    PublicSigningKeyUrl: S

class CreateVerifiedAccessNativeApplicationOidcOptions(TypedDict, total=False):
    PublicSigningKeyEndpoint: S
    Issuer: S
    AuthorizationEndpoint: S
    TokenEndpoint: S
    UserInfoEndpoint: S
    ClientId: S
    ClientSecret: S
    Scope: S

CreateVerifiedAccessTrustProviderParameters = TypedDict(
    "CreateVerifiedAccessTrustProviderParameters",
    {
        "TrustProviderType": S,
        "TrustProviderType.$": str,
        "UserTrustProviderType": S,
        "UserTrustProviderType.$": str,
        "DeviceTrustProviderType": S,
        "DeviceTrustProviderType.$": str,
        "OidcOptions": X[CreateVerifiedAccessTrustProviderOidcOptions],
        "OidcOptions.$": str,
        "DeviceOptions": X[CreateVerifiedAccessTrustProviderDeviceOptions],
        "DeviceOptions.$": str,
        "PolicyReferenceName": S,
        "PolicyReferenceName.$": str,
        "Description": S,
        "Description.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SseSpecification": X[VerifiedAccessSseSpecificationRequest],
        "SseSpecification.$": str,
        "NativeApplicationOidcOptions": X[CreateVerifiedAccessNativeApplicationOidcOptions],
        "NativeApplicationOidcOptions.$": str,
    },
    total=False,
)
CreateVirtualEdgeNetworkGatewayParameters = TypedDict(
    "CreateVirtualEdgeNetworkGatewayParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SecondaryNetworkId": S,
        "SecondaryNetworkId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
CreateVirtualEdgeNetworkGatewayAllowedAdvertisementParameters = TypedDict(
    "CreateVirtualEdgeNetworkGatewayAllowedAdvertisementParameters",
    {
        "VirtualEdgeNetworkGatewayId": S,
        "VirtualEdgeNetworkGatewayId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "IpamPoolId": S,
        "IpamPoolId.$": str,
        "Ipv4CidrBlock": S,
        "Ipv4CidrBlock.$": str,
        "Ipv4NetmaskLength": I,
        "Ipv4NetmaskLength.$": str,
        "Ipv6CidrBlock": S,
        "Ipv6CidrBlock.$": str,
        "Ipv6NetmaskLength": I,
        "Ipv6NetmaskLength.$": str,
        "Types": L[Si],
        "Types.$": str,
    },
    total=False,
)
CreateVirtualEdgeNetworkGatewayRouteTableParameters = TypedDict(
    "CreateVirtualEdgeNetworkGatewayRouteTableParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "VirtualEdgeNetworkGatewayId": S,
        "VirtualEdgeNetworkGatewayId.$": str,
        "AddressType": S,
        "AddressType.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)

class VirtualEdgeNetworkGatewayRouteTableAssociationRouteFilterRequest(TypedDict, total=False):
    MaxPrefixLength: I

class VirtualEdgeNetworkGatewayRouteTableAssociationBgpOptionsRequest(TypedDict, total=False):
    RoutePropagationEnabled: B
    RouteFilter: X[VirtualEdgeNetworkGatewayRouteTableAssociationRouteFilterRequest]

CreateVirtualEdgeNetworkGatewayRouteTableAssociationParameters = TypedDict(
    "CreateVirtualEdgeNetworkGatewayRouteTableAssociationParameters",
    {
        "BgpOptions": X[VirtualEdgeNetworkGatewayRouteTableAssociationBgpOptionsRequest],
        "BgpOptions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "VirtualEdgeNetworkGatewayRouteTableId": S,
        "VirtualEdgeNetworkGatewayRouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SecondarySubnetId": S,
        "SecondarySubnetId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)

class VirtualEdgeNetworkGatewayRouteTargetRequest(TypedDict, total=False):
    SecondarySubnetId: S
    SecondaryInterfaceId: S
    Ipv4Address: S
    Ipv6Address: S
    Weight: I

class VirtualEdgeNetworkGatewayRouteRequest(TypedDict, total=False):
    Ipv4DestinationCidrBlock: S
    Ipv6DestinationCidrBlock: S
    TargetType: S
    Targets: L[Xi[VirtualEdgeNetworkGatewayRouteTargetRequest]]
    ReachabilityScopes: L[Si]
    RoutePreference: I

CreateVirtualEdgeNetworkGatewayRoutesParameters = TypedDict(
    "CreateVirtualEdgeNetworkGatewayRoutesParameters",
    {
        "VirtualEdgeNetworkGatewayRouteTableId": S,
        "VirtualEdgeNetworkGatewayRouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Routes": L[Xi[VirtualEdgeNetworkGatewayRouteRequest]],
        "Routes.$": str,
    },
    total=False,
)

class VirtualEdgeNetworkRouteServerPeerBfdConfigurationRequest(TypedDict, total=False):
    Duration: I
    Multiplier: I

class VirtualEdgeNetworkRouteServerPeerBgpOptionsRequest(TypedDict, total=False):
    PeerAsn: I
    PeerLivenessDetection: S
    BfdConfiguration: X[VirtualEdgeNetworkRouteServerPeerBfdConfigurationRequest]

CreateVirtualEdgeNetworkRouteServerPeerParameters = TypedDict(
    "CreateVirtualEdgeNetworkRouteServerPeerParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AmazonSideAsn": I,
        "AmazonSideAsn.$": str,
        "BgpOptions": X[VirtualEdgeNetworkRouteServerPeerBgpOptionsRequest],
        "BgpOptions.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Ipv4PeerAddressRange": S,
        "Ipv4PeerAddressRange.$": str,
        "Ipv6PeerAddressRange": S,
        "Ipv6PeerAddressRange.$": str,
        "SecondarySubnetId": S,
        "SecondarySubnetId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "RouteServerEndpoint": S,
        "RouteServerEndpoint.$": str,
    },
    total=False,
)
CreateVolumeParameters = TypedDict(
    "CreateVolumeParameters",
    {
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "Encrypted": B,
        "Encrypted.$": str,
        "Iops": I,
        "Iops.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "OutpostArn": S,
        "OutpostArn.$": str,
        "Size": I,
        "Size.$": str,
        "SnapshotId": S,
        "SnapshotId.$": str,
        "VolumeType": S,
        "VolumeType.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "MultiAttachEnabled": B,
        "MultiAttachEnabled.$": str,
        "Throughput": I,
        "Throughput.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "VolumeInitializationRate": I,
        "VolumeInitializationRate.$": str,
        "Operator": X[OperatorRequest],
        "Operator.$": str,
        "MultiAvailabilityZoneConfiguration": X[MultiAvailabilityZoneVolumeConfigurationRequest],
        "MultiAvailabilityZoneConfiguration.$": str,
        "TrimOnAttach": S,
        "TrimOnAttach.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class VpcEncryptionControlConfiguration(TypedDict, total=False):
    Mode: S
    InternetGatewayExclusion: S
    EgressOnlyInternetGatewayExclusion: S
    NatGatewayExclusion: S
    VirtualPrivateGatewayExclusion: S
    VpcPeeringExclusion: S
    LambdaExclusion: S
    VpcLatticeExclusion: S
    ElasticFileSystemExclusion: S
    GlobalAcceleratorExclusion: S
    ApiGatewayV2Exclusion: S

CreateVpcParameters = TypedDict(
    "CreateVpcParameters",
    {
        "CidrBlock": S,
        "CidrBlock.$": str,
        "Ipv6Pool": S,
        "Ipv6Pool.$": str,
        "Ipv6CidrBlock": S,
        "Ipv6CidrBlock.$": str,
        "Ipv4IpamPoolId": S,
        "Ipv4IpamPoolId.$": str,
        "Ipv4NetmaskLength": I,
        "Ipv4NetmaskLength.$": str,
        "Ipv6IpamPoolId": S,
        "Ipv6IpamPoolId.$": str,
        "Ipv6NetmaskLength": I,
        "Ipv6NetmaskLength.$": str,
        "Ipv6CidrBlockNetworkBorderGroup": S,
        "Ipv6CidrBlockNetworkBorderGroup.$": str,
        "VpcEncryptionControl": X[VpcEncryptionControlConfiguration],
        "VpcEncryptionControl.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "InstanceTenancy": S,
        "InstanceTenancy.$": str,
        "AmazonProvidedIpv6CidrBlock": B,
        "AmazonProvidedIpv6CidrBlock.$": str,
    },
    total=False,
)
CreateVpcBlockPublicAccessExclusionParameters = TypedDict(
    "CreateVpcBlockPublicAccessExclusionParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "InternetGatewayExclusionMode": S,
        "InternetGatewayExclusionMode.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
CreateVpcEncryptionControlParameters = TypedDict(
    "CreateVpcEncryptionControlParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)

class DnsOptionsSpecification(TypedDict, total=False):
    DnsRecordIpType: S
    PrivateDnsOnlyForInboundResolverEndpoint: B
    PrivateDnsPreference: S
    PrivateDnsSpecifiedDomains: L[Si]

class SubnetConfiguration(TypedDict, total=False):
    SubnetId: S
    Ipv4: S
    Ipv6: S

CreateVpcEndpointParameters = TypedDict(
    "CreateVpcEndpointParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "VpcEndpointType": S,
        "VpcEndpointType.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "RouteTableIds": L[Si],
        "RouteTableIds.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "DnsOptions": X[DnsOptionsSpecification],
        "DnsOptions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "PrivateDnsEnabled": B,
        "PrivateDnsEnabled.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "SubnetConfigurations": L[Xi[SubnetConfiguration]],
        "SubnetConfigurations.$": str,
        "ServiceNetworkArn": S,
        "ServiceNetworkArn.$": str,
        "ResourceConfigurationArn": S,
        "ResourceConfigurationArn.$": str,
        "ServiceRegion": S,
        "ServiceRegion.$": str,
    },
    total=False,
)
CreateVpcEndpointConnectionNotificationParameters = TypedDict(
    "CreateVpcEndpointConnectionNotificationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ServiceId": S,
        "ServiceId.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "ConnectionNotificationArn": S,
        "ConnectionNotificationArn.$": str,
        "ConnectionEvents": L[Si],
        "ConnectionEvents.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateVpcEndpointServiceConfigurationParameters = TypedDict(
    "CreateVpcEndpointServiceConfigurationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "AcceptanceRequired": B,
        "AcceptanceRequired.$": str,
        "PrivateDnsName": S,
        "PrivateDnsName.$": str,
        "NetworkLoadBalancerArns": L[Si],
        "NetworkLoadBalancerArns.$": str,
        "GatewayLoadBalancerArns": L[Si],
        "GatewayLoadBalancerArns.$": str,
        "SupportedIpAddressTypes": L[Si],
        "SupportedIpAddressTypes.$": str,
        "SupportedRegions": L[Si],
        "SupportedRegions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)

class CreatePeeringConnectionOptionsRequest(TypedDict, total=False):
    AllowMultipathResilience: B
    MultipathResilienceMode: S

CreateVpcPeeringConnectionParameters = TypedDict(
    "CreateVpcPeeringConnectionParameters",
    {
        "PeerRegion": S,
        "PeerRegion.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "RequesterPeeringConnectionOptions": X[CreatePeeringConnectionOptionsRequest],
        "RequesterPeeringConnectionOptions.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "PeerVpcId": S,
        "PeerVpcId.$": str,
        "PeerOwnerId": S,
        "PeerOwnerId.$": str,
    },
    total=False,
)
CreateVpnConcentratorParameters = TypedDict(
    "CreateVpnConcentratorParameters",
    {
        "Type": S,
        "Type.$": str,
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class Phase1EncryptionAlgorithmsRequestListValue(TypedDict, total=False):
    Value: S

class Phase2EncryptionAlgorithmsRequestListValue(TypedDict, total=False):
    Value: S

class Phase1IntegrityAlgorithmsRequestListValue(TypedDict, total=False):
    Value: S

class Phase2IntegrityAlgorithmsRequestListValue(TypedDict, total=False):
    Value: S

class Phase1DHGroupNumbersRequestListValue(TypedDict, total=False):
    Value: I

class Phase2DHGroupNumbersRequestListValue(TypedDict, total=False):
    Value: I

class IKEVersionsRequestListValue(TypedDict, total=False):
    Value: S

class CloudWatchLogOptionsSpecification(TypedDict, total=False):
    LogEnabled: B
    LogGroupArn: S
    LogOutputFormat: S
    BgpLogEnabled: B
    BgpLogGroupArn: S
    BgpLogOutputFormat: S

class VpnTunnelLogOptionsSpecification(TypedDict, total=False):
    CloudWatchLogOptions: X[CloudWatchLogOptionsSpecification]

class AdditionalKeyExchangeMethodsRequestListValue(TypedDict, total=False):
    Value: I

class VpnAdditionalKeyExchangeRequest(TypedDict, total=False):
    AdditionalKeyExchangeRound: I
    KeyExchangeMethods: L[Xi[AdditionalKeyExchangeMethodsRequestListValue]]
    Requirement: S

class VpnTunnelOptionsSpecification(TypedDict, total=False):
    TunnelInsideCidr: S
    TunnelInsideIpv6Cidr: S
    PreSharedKey: S
    Phase1LifetimeSeconds: I
    Phase2LifetimeSeconds: I
    RekeyMarginTimeSeconds: I
    RekeyFuzzPercentage: I
    ReplayWindowSize: I
    DpdTimeoutSeconds: I
    DpdTimeoutAction: S
    Phase1EncryptionAlgorithms: L[Xi[Phase1EncryptionAlgorithmsRequestListValue]]
    Phase2EncryptionAlgorithms: L[Xi[Phase2EncryptionAlgorithmsRequestListValue]]
    Phase1IntegrityAlgorithms: L[Xi[Phase1IntegrityAlgorithmsRequestListValue]]
    Phase2IntegrityAlgorithms: L[Xi[Phase2IntegrityAlgorithmsRequestListValue]]
    Phase1DHGroupNumbers: L[Xi[Phase1DHGroupNumbersRequestListValue]]
    Phase2DHGroupNumbers: L[Xi[Phase2DHGroupNumbersRequestListValue]]
    IkeVersions: L[Xi[IKEVersionsRequestListValue]]
    StartupAction: S
    LogOptions: X[VpnTunnelLogOptionsSpecification]
    EnableTunnelLifecycleControl: B
    Phase1AdditionalKeyExchanges: L[Xi[VpnAdditionalKeyExchangeRequest]]
    Phase2AdditionalKeyExchanges: L[Xi[VpnAdditionalKeyExchangeRequest]]

class VpnConnectionOptionsSpecification(TypedDict, total=False):
    EnableAcceleration: B
    TunnelInsideIpVersion: S
    TunnelOptions: L[Xi[VpnTunnelOptionsSpecification]]
    LocalIpv4NetworkCidr: S
    RemoteIpv4NetworkCidr: S
    LocalIpv6NetworkCidr: S
    RemoteIpv6NetworkCidr: S
    OutsideIpAddressType: S
    TransportTransitGatewayAttachmentId: S
    TunnelBandwidth: S
    StaticRoutesOnly: B

CreateVpnConnectionParameters = TypedDict(
    "CreateVpnConnectionParameters",
    {
        "CustomerGatewayId": S,
        "CustomerGatewayId.$": str,
        "Type": S,
        "Type.$": str,
        "VpnGatewayId": S,
        "VpnGatewayId.$": str,
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "VpnConcentratorId": S,
        "VpnConcentratorId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "PreSharedKeyStorage": S,
        "PreSharedKeyStorage.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Options": X[VpnConnectionOptionsSpecification],
        "Options.$": str,
    },
    total=False,
)
CreateVpnConnectionRouteParameters = TypedDict(
    "CreateVpnConnectionRouteParameters",
    {
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "VpnConnectionId": S,
        "VpnConnectionId.$": str,
    },
    total=False,
)
CreateVpnGatewayParameters = TypedDict(
    "CreateVpnGatewayParameters",
    {
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "Type": S,
        "Type.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "AmazonSideAsn": I,
        "AmazonSideAsn.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteApplicationStatusCheckParameters = TypedDict(
    "DeleteApplicationStatusCheckParameters",
    {
        "ApplicationStatusCheckId": S,
        "ApplicationStatusCheckId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteCapacityManagerDataExportParameters = TypedDict(
    "DeleteCapacityManagerDataExportParameters",
    {
        "CapacityManagerDataExportId": S,
        "CapacityManagerDataExportId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteCarrierGatewayParameters = TypedDict(
    "DeleteCarrierGatewayParameters",
    {"CarrierGatewayId": S, "CarrierGatewayId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteClientVpnEndpointParameters = TypedDict(
    "DeleteClientVpnEndpointParameters",
    {"ClientVpnEndpointId": S, "ClientVpnEndpointId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteClientVpnEndpointAuthorizationPolicyParameters = TypedDict(
    "DeleteClientVpnEndpointAuthorizationPolicyParameters",
    {"ClientVpnEndpointId": S, "ClientVpnEndpointId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteClientVpnRouteParameters = TypedDict(
    "DeleteClientVpnRouteParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "TargetVpcSubnetId": S,
        "TargetVpcSubnetId.$": str,
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteCoipCidrParameters = TypedDict(
    "DeleteCoipCidrParameters",
    {"Cidr": S, "Cidr.$": str, "CoipPoolId": S, "CoipPoolId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteCoipPoolParameters = TypedDict(
    "DeleteCoipPoolParameters",
    {"CoipPoolId": S, "CoipPoolId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteCustomerGatewayParameters = TypedDict(
    "DeleteCustomerGatewayParameters",
    {"CustomerGatewayId": S, "CustomerGatewayId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteDhcpOptionsParameters = TypedDict(
    "DeleteDhcpOptionsParameters",
    {"DhcpOptionsId": S, "DhcpOptionsId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteEgressOnlyInternetGatewayParameters = TypedDict(
    "DeleteEgressOnlyInternetGatewayParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "EgressOnlyInternetGatewayId": S,
        "EgressOnlyInternetGatewayId.$": str,
    },
    total=False,
)
DeleteFleetsParameters = TypedDict(
    "DeleteFleetsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "FleetIds": L[Si],
        "FleetIds.$": str,
        "TerminateInstances": B,
        "TerminateInstances.$": str,
    },
    total=False,
)
DeleteFlowLogsParameters = TypedDict(
    "DeleteFlowLogsParameters",
    {"DryRun": B, "DryRun.$": str, "FlowLogIds": L[Si], "FlowLogIds.$": str},
    total=False,
)
DeleteFpgaImageParameters = TypedDict(
    "DeleteFpgaImageParameters",
    {"DryRun": B, "DryRun.$": str, "FpgaImageId": S, "FpgaImageId.$": str},
    total=False,
)
DeleteImageUsageReportParameters = TypedDict(
    "DeleteImageUsageReportParameters",
    {"ReportId": S, "ReportId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteInstanceConnectEndpointParameters = TypedDict(
    "DeleteInstanceConnectEndpointParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceConnectEndpointId": S,
        "InstanceConnectEndpointId.$": str,
    },
    total=False,
)
DeleteInstanceEventWindowParameters = TypedDict(
    "DeleteInstanceEventWindowParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ForceDelete": B,
        "ForceDelete.$": str,
        "InstanceEventWindowId": S,
        "InstanceEventWindowId.$": str,
    },
    total=False,
)
DeleteInternetGatewayParameters = TypedDict(
    "DeleteInternetGatewayParameters",
    {"DryRun": B, "DryRun.$": str, "InternetGatewayId": S, "InternetGatewayId.$": str},
    total=False,
)
DeleteIpamParameters = TypedDict(
    "DeleteIpamParameters",
    {"DryRun": B, "DryRun.$": str, "IpamId": S, "IpamId.$": str, "Cascade": B, "Cascade.$": str},
    total=False,
)
DeleteIpamExternalResourceVerificationTokenParameters = TypedDict(
    "DeleteIpamExternalResourceVerificationTokenParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamExternalResourceVerificationTokenId": S,
        "IpamExternalResourceVerificationTokenId.$": str,
    },
    total=False,
)
DeleteIpamInternetRegistryAssociationParameters = TypedDict(
    "DeleteIpamInternetRegistryAssociationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamInternetRegistryAssociationId": S,
        "IpamInternetRegistryAssociationId.$": str,
    },
    total=False,
)
DeleteIpamPolicyParameters = TypedDict(
    "DeleteIpamPolicyParameters",
    {"DryRun": B, "DryRun.$": str, "IpamPolicyId": S, "IpamPolicyId.$": str},
    total=False,
)
DeleteIpamPoolParameters = TypedDict(
    "DeleteIpamPoolParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPoolId": S,
        "IpamPoolId.$": str,
        "Cascade": B,
        "Cascade.$": str,
    },
    total=False,
)
DeleteIpamPrefixListResolverParameters = TypedDict(
    "DeleteIpamPrefixListResolverParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPrefixListResolverId": S,
        "IpamPrefixListResolverId.$": str,
    },
    total=False,
)
DeleteIpamPrefixListResolverTargetParameters = TypedDict(
    "DeleteIpamPrefixListResolverTargetParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPrefixListResolverTargetId": S,
        "IpamPrefixListResolverTargetId.$": str,
    },
    total=False,
)
DeleteIpamResourceDiscoveryParameters = TypedDict(
    "DeleteIpamResourceDiscoveryParameters",
    {"DryRun": B, "DryRun.$": str, "IpamResourceDiscoveryId": S, "IpamResourceDiscoveryId.$": str},
    total=False,
)
DeleteIpamRoutingPolicyRegistrationParameters = TypedDict(
    "DeleteIpamRoutingPolicyRegistrationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamInternetRegistryAssociationId": S,
        "IpamInternetRegistryAssociationId.$": str,
        "Cidr": S,
        "Cidr.$": str,
        "Force": B,
        "Force.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteIpamScopeParameters = TypedDict(
    "DeleteIpamScopeParameters",
    {"DryRun": B, "DryRun.$": str, "IpamScopeId": S, "IpamScopeId.$": str},
    total=False,
)
DeleteKeyPairParameters = TypedDict(
    "DeleteKeyPairParameters",
    {
        "KeyName": S,
        "KeyName.$": str,
        "KeyPairId": S,
        "KeyPairId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteLaunchTemplateParameters = TypedDict(
    "DeleteLaunchTemplateParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "LaunchTemplateId": S,
        "LaunchTemplateId.$": str,
        "LaunchTemplateName": S,
        "LaunchTemplateName.$": str,
    },
    total=False,
)
DeleteLaunchTemplateVersionsParameters = TypedDict(
    "DeleteLaunchTemplateVersionsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "LaunchTemplateId": S,
        "LaunchTemplateId.$": str,
        "LaunchTemplateName": S,
        "LaunchTemplateName.$": str,
        "Versions": L[Si],
        "Versions.$": str,
    },
    total=False,
)
DeleteLocalGatewayRouteParameters = TypedDict(
    "DeleteLocalGatewayRouteParameters",
    {
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "LocalGatewayRouteTableId": S,
        "LocalGatewayRouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "DestinationPrefixListId": S,
        "DestinationPrefixListId.$": str,
    },
    total=False,
)
DeleteLocalGatewayRouteTableParameters = TypedDict(
    "DeleteLocalGatewayRouteTableParameters",
    {
        "LocalGatewayRouteTableId": S,
        "LocalGatewayRouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationParameters = TypedDict(
    "DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationParameters",
    {
        "LocalGatewayRouteTableVirtualInterfaceGroupAssociationId": S,
        "LocalGatewayRouteTableVirtualInterfaceGroupAssociationId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteLocalGatewayRouteTableVpcAssociationParameters = TypedDict(
    "DeleteLocalGatewayRouteTableVpcAssociationParameters",
    {
        "LocalGatewayRouteTableVpcAssociationId": S,
        "LocalGatewayRouteTableVpcAssociationId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteLocalGatewayVirtualInterfaceParameters = TypedDict(
    "DeleteLocalGatewayVirtualInterfaceParameters",
    {
        "LocalGatewayVirtualInterfaceId": S,
        "LocalGatewayVirtualInterfaceId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteLocalGatewayVirtualInterfaceGroupParameters = TypedDict(
    "DeleteLocalGatewayVirtualInterfaceGroupParameters",
    {
        "LocalGatewayVirtualInterfaceGroupId": S,
        "LocalGatewayVirtualInterfaceGroupId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteManagedPrefixListParameters = TypedDict(
    "DeleteManagedPrefixListParameters",
    {"DryRun": B, "DryRun.$": str, "PrefixListId": S, "PrefixListId.$": str},
    total=False,
)
DeleteMetricCategoryParameters = TypedDict(
    "DeleteMetricCategoryParameters",
    {"MetricCategoryId": S, "MetricCategoryId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteNatGatewayParameters = TypedDict(
    "DeleteNatGatewayParameters",
    {"DryRun": B, "DryRun.$": str, "NatGatewayId": S, "NatGatewayId.$": str},
    total=False,
)
DeleteNetworkAclParameters = TypedDict(
    "DeleteNetworkAclParameters",
    {"DryRun": B, "DryRun.$": str, "NetworkAclId": S, "NetworkAclId.$": str},
    total=False,
)
DeleteNetworkAclEntryParameters = TypedDict(
    "DeleteNetworkAclEntryParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "NetworkAclId": S,
        "NetworkAclId.$": str,
        "RuleNumber": I,
        "RuleNumber.$": str,
        "Egress": B,
        "Egress.$": str,
    },
    total=False,
)
DeleteNetworkInsightsAccessScopeParameters = TypedDict(
    "DeleteNetworkInsightsAccessScopeParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "NetworkInsightsAccessScopeId": S,
        "NetworkInsightsAccessScopeId.$": str,
    },
    total=False,
)
DeleteNetworkInsightsAccessScopeAnalysisParameters = TypedDict(
    "DeleteNetworkInsightsAccessScopeAnalysisParameters",
    {
        "NetworkInsightsAccessScopeAnalysisId": S,
        "NetworkInsightsAccessScopeAnalysisId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteNetworkInsightsAnalysisParameters = TypedDict(
    "DeleteNetworkInsightsAnalysisParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "NetworkInsightsAnalysisId": S,
        "NetworkInsightsAnalysisId.$": str,
    },
    total=False,
)
DeleteNetworkInsightsPathParameters = TypedDict(
    "DeleteNetworkInsightsPathParameters",
    {"DryRun": B, "DryRun.$": str, "NetworkInsightsPathId": S, "NetworkInsightsPathId.$": str},
    total=False,
)
DeleteNetworkInterfaceParameters = TypedDict(
    "DeleteNetworkInterfaceParameters",
    {"DryRun": B, "DryRun.$": str, "NetworkInterfaceId": S, "NetworkInterfaceId.$": str},
    total=False,
)
DeleteNetworkInterfacePermissionParameters = TypedDict(
    "DeleteNetworkInterfacePermissionParameters",
    {
        "NetworkInterfacePermissionId": S,
        "NetworkInterfacePermissionId.$": str,
        "Force": B,
        "Force.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteNetworkingFlexCostAllocationPoliciesParameters = TypedDict(
    "DeleteNetworkingFlexCostAllocationPoliciesParameters",
    {"FcaPolicyIds": L[Si], "FcaPolicyIds.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeletePlacementGroupParameters = TypedDict(
    "DeletePlacementGroupParameters",
    {"DryRun": B, "DryRun.$": str, "GroupName": S, "GroupName.$": str},
    total=False,
)
DeletePublicIpv4PoolParameters = TypedDict(
    "DeletePublicIpv4PoolParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "PoolId": S,
        "PoolId.$": str,
        "NetworkBorderGroup": S,
        "NetworkBorderGroup.$": str,
    },
    total=False,
)
DeleteQueuedReservedInstancesParameters = TypedDict(
    "DeleteQueuedReservedInstancesParameters",
    {"DryRun": B, "DryRun.$": str, "ReservedInstancesIds": L[Si], "ReservedInstancesIds.$": str},
    total=False,
)
DeleteRouteParameters = TypedDict(
    "DeleteRouteParameters",
    {
        "DestinationPrefixListId": S,
        "DestinationPrefixListId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "RouteTableId": S,
        "RouteTableId.$": str,
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "DestinationIpv6CidrBlock": S,
        "DestinationIpv6CidrBlock.$": str,
    },
    total=False,
)
DeleteRouteServerParameters = TypedDict(
    "DeleteRouteServerParameters",
    {"RouteServerId": S, "RouteServerId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteRouteServerEndpointParameters = TypedDict(
    "DeleteRouteServerEndpointParameters",
    {"RouteServerEndpointId": S, "RouteServerEndpointId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteRouteServerPeerParameters = TypedDict(
    "DeleteRouteServerPeerParameters",
    {"RouteServerPeerId": S, "RouteServerPeerId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteRouteTableParameters = TypedDict(
    "DeleteRouteTableParameters",
    {"DryRun": B, "DryRun.$": str, "RouteTableId": S, "RouteTableId.$": str},
    total=False,
)
DeleteSecondaryNetworkParameters = TypedDict(
    "DeleteSecondaryNetworkParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SecondaryNetworkId": S,
        "SecondaryNetworkId.$": str,
    },
    total=False,
)
DeleteSecondaryNetworkAclParameters = TypedDict(
    "DeleteSecondaryNetworkAclParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SecondaryNetworkAclId": S,
        "SecondaryNetworkAclId.$": str,
    },
    total=False,
)
DeleteSecondaryNetworkAclAssociationParameters = TypedDict(
    "DeleteSecondaryNetworkAclAssociationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SecondaryNetworkAclAssociationId": S,
        "SecondaryNetworkAclAssociationId.$": str,
    },
    total=False,
)

class SecondaryNetworkAclEntryKeyRequest(TypedDict, total=False):
    Direction: S
    RuleNumber: I

DeleteSecondaryNetworkAclEntriesParameters = TypedDict(
    "DeleteSecondaryNetworkAclEntriesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Entries": L[Xi[SecondaryNetworkAclEntryKeyRequest]],
        "Entries.$": str,
        "SecondaryNetworkAclId": S,
        "SecondaryNetworkAclId.$": str,
    },
    total=False,
)
DeleteSecondarySubnetParameters = TypedDict(
    "DeleteSecondarySubnetParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SecondarySubnetId": S,
        "SecondarySubnetId.$": str,
    },
    total=False,
)
DeleteSecurityGroupParameters = TypedDict(
    "DeleteSecurityGroupParameters",
    {
        "GroupId": S,
        "GroupId.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteSnapshotParameters = TypedDict(
    "DeleteSnapshotParameters",
    {"SnapshotId": S, "SnapshotId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteSpotDatafeedSubscriptionParameters = TypedDict(
    "DeleteSpotDatafeedSubscriptionParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
DeleteSubnetParameters = TypedDict(
    "DeleteSubnetParameters",
    {"SubnetId": S, "SubnetId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteSubnetCidrReservationParameters = TypedDict(
    "DeleteSubnetCidrReservationParameters",
    {"SubnetCidrReservationId": S, "SubnetCidrReservationId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteTagsParameters = TypedDict(
    "DeleteTagsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Resources": L[Si],
        "Resources.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteTrafficMirrorFilterParameters = TypedDict(
    "DeleteTrafficMirrorFilterParameters",
    {"TrafficMirrorFilterId": S, "TrafficMirrorFilterId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteTrafficMirrorFilterRuleParameters = TypedDict(
    "DeleteTrafficMirrorFilterRuleParameters",
    {
        "TrafficMirrorFilterRuleId": S,
        "TrafficMirrorFilterRuleId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTrafficMirrorSessionParameters = TypedDict(
    "DeleteTrafficMirrorSessionParameters",
    {"TrafficMirrorSessionId": S, "TrafficMirrorSessionId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteTrafficMirrorTargetParameters = TypedDict(
    "DeleteTrafficMirrorTargetParameters",
    {"TrafficMirrorTargetId": S, "TrafficMirrorTargetId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteTransitGatewayParameters = TypedDict(
    "DeleteTransitGatewayParameters",
    {"TransitGatewayId": S, "TransitGatewayId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteTransitGatewayClientVpnAttachmentParameters = TypedDict(
    "DeleteTransitGatewayClientVpnAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayConnectParameters = TypedDict(
    "DeleteTransitGatewayConnectParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayConnectPeerParameters = TypedDict(
    "DeleteTransitGatewayConnectPeerParameters",
    {
        "TransitGatewayConnectPeerId": S,
        "TransitGatewayConnectPeerId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayMeteringPolicyParameters = TypedDict(
    "DeleteTransitGatewayMeteringPolicyParameters",
    {
        "TransitGatewayMeteringPolicyId": S,
        "TransitGatewayMeteringPolicyId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayMeteringPolicyEntryParameters = TypedDict(
    "DeleteTransitGatewayMeteringPolicyEntryParameters",
    {
        "TransitGatewayMeteringPolicyId": S,
        "TransitGatewayMeteringPolicyId.$": str,
        "PolicyRuleNumber": I,
        "PolicyRuleNumber.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayMulticastDomainParameters = TypedDict(
    "DeleteTransitGatewayMulticastDomainParameters",
    {
        "TransitGatewayMulticastDomainId": S,
        "TransitGatewayMulticastDomainId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayNetworkFunctionAttachmentParameters = TypedDict(
    "DeleteTransitGatewayNetworkFunctionAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayPeeringAttachmentParameters = TypedDict(
    "DeleteTransitGatewayPeeringAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayPolicyTableParameters = TypedDict(
    "DeleteTransitGatewayPolicyTableParameters",
    {
        "TransitGatewayPolicyTableId": S,
        "TransitGatewayPolicyTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayPolicyTableEntryParameters = TypedDict(
    "DeleteTransitGatewayPolicyTableEntryParameters",
    {
        "TransitGatewayPolicyTableId": S,
        "TransitGatewayPolicyTableId.$": str,
        "PolicyRuleNumber": S,
        "PolicyRuleNumber.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayPrefixListReferenceParameters = TypedDict(
    "DeleteTransitGatewayPrefixListReferenceParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "PrefixListId": S,
        "PrefixListId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayRouteParameters = TypedDict(
    "DeleteTransitGatewayRouteParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayRouteTableParameters = TypedDict(
    "DeleteTransitGatewayRouteTableParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayRouteTableAnnouncementParameters = TypedDict(
    "DeleteTransitGatewayRouteTableAnnouncementParameters",
    {
        "TransitGatewayRouteTableAnnouncementId": S,
        "TransitGatewayRouteTableAnnouncementId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteTransitGatewayVpcAttachmentParameters = TypedDict(
    "DeleteTransitGatewayVpcAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteVerifiedAccessEndpointParameters = TypedDict(
    "DeleteVerifiedAccessEndpointParameters",
    {
        "VerifiedAccessEndpointId": S,
        "VerifiedAccessEndpointId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteVerifiedAccessGroupParameters = TypedDict(
    "DeleteVerifiedAccessGroupParameters",
    {
        "VerifiedAccessGroupId": S,
        "VerifiedAccessGroupId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteVerifiedAccessInstanceParameters = TypedDict(
    "DeleteVerifiedAccessInstanceParameters",
    {
        "VerifiedAccessInstanceId": S,
        "VerifiedAccessInstanceId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteVerifiedAccessTrustProviderParameters = TypedDict(
    "DeleteVerifiedAccessTrustProviderParameters",
    {
        "VerifiedAccessTrustProviderId": S,
        "VerifiedAccessTrustProviderId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteVirtualEdgeNetworkGatewayParameters = TypedDict(
    "DeleteVirtualEdgeNetworkGatewayParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "VirtualEdgeNetworkGatewayId": S,
        "VirtualEdgeNetworkGatewayId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteVirtualEdgeNetworkGatewayAllowedAdvertisementParameters = TypedDict(
    "DeleteVirtualEdgeNetworkGatewayAllowedAdvertisementParameters",
    {
        "VirtualEdgeNetworkGatewayId": S,
        "VirtualEdgeNetworkGatewayId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Ipv4CidrBlock": S,
        "Ipv4CidrBlock.$": str,
        "Ipv6CidrBlock": S,
        "Ipv6CidrBlock.$": str,
    },
    total=False,
)
DeleteVirtualEdgeNetworkGatewayRouteTableParameters = TypedDict(
    "DeleteVirtualEdgeNetworkGatewayRouteTableParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "VirtualEdgeNetworkGatewayRouteTableId": S,
        "VirtualEdgeNetworkGatewayRouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteVirtualEdgeNetworkGatewayRouteTableAssociationParameters = TypedDict(
    "DeleteVirtualEdgeNetworkGatewayRouteTableAssociationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "VirtualEdgeNetworkGatewayRouteTableAssociationId": S,
        "VirtualEdgeNetworkGatewayRouteTableAssociationId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteVirtualEdgeNetworkGatewayRoutesParameters = TypedDict(
    "DeleteVirtualEdgeNetworkGatewayRoutesParameters",
    {
        "VirtualEdgeNetworkGatewayRouteTableId": S,
        "VirtualEdgeNetworkGatewayRouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Ipv4DestinationCidrBlocks": L[Si],
        "Ipv4DestinationCidrBlocks.$": str,
        "Ipv6DestinationCidrBlocks": L[Si],
        "Ipv6DestinationCidrBlocks.$": str,
    },
    total=False,
)
DeleteVirtualEdgeNetworkRouteServerPeerParameters = TypedDict(
    "DeleteVirtualEdgeNetworkRouteServerPeerParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "VirtualEdgeNetworkRouteServerPeerId": S,
        "VirtualEdgeNetworkRouteServerPeerId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteVolumeParameters = TypedDict(
    "DeleteVolumeParameters",
    {"VolumeId": S, "VolumeId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteVpcParameters = TypedDict(
    "DeleteVpcParameters", {"VpcId": S, "VpcId.$": str, "DryRun": B, "DryRun.$": str}, total=False
)
DeleteVpcBlockPublicAccessExclusionParameters = TypedDict(
    "DeleteVpcBlockPublicAccessExclusionParameters",
    {"DryRun": B, "DryRun.$": str, "ExclusionId": S, "ExclusionId.$": str},
    total=False,
)
DeleteVpcEncryptionControlParameters = TypedDict(
    "DeleteVpcEncryptionControlParameters",
    {"DryRun": B, "DryRun.$": str, "VpcEncryptionControlId": S, "VpcEncryptionControlId.$": str},
    total=False,
)
DeleteVpcEndpointConnectionNotificationsParameters = TypedDict(
    "DeleteVpcEndpointConnectionNotificationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ConnectionNotificationIds": L[Si],
        "ConnectionNotificationIds.$": str,
    },
    total=False,
)
DeleteVpcEndpointServiceConfigurationsParameters = TypedDict(
    "DeleteVpcEndpointServiceConfigurationsParameters",
    {"DryRun": B, "DryRun.$": str, "ServiceIds": L[Si], "ServiceIds.$": str},
    total=False,
)
DeleteVpcEndpointsParameters = TypedDict(
    "DeleteVpcEndpointsParameters",
    {"DryRun": B, "DryRun.$": str, "VpcEndpointIds": L[Si], "VpcEndpointIds.$": str},
    total=False,
)
DeleteVpcPeeringConnectionParameters = TypedDict(
    "DeleteVpcPeeringConnectionParameters",
    {"DryRun": B, "DryRun.$": str, "VpcPeeringConnectionId": S, "VpcPeeringConnectionId.$": str},
    total=False,
)
DeleteVpnConcentratorParameters = TypedDict(
    "DeleteVpnConcentratorParameters",
    {"VpnConcentratorId": S, "VpnConcentratorId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteVpnConnectionParameters = TypedDict(
    "DeleteVpnConnectionParameters",
    {"VpnConnectionId": S, "VpnConnectionId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeleteVpnConnectionRouteParameters = TypedDict(
    "DeleteVpnConnectionRouteParameters",
    {
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "VpnConnectionId": S,
        "VpnConnectionId.$": str,
    },
    total=False,
)
DeleteVpnGatewayParameters = TypedDict(
    "DeleteVpnGatewayParameters",
    {"VpnGatewayId": S, "VpnGatewayId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeprovisionByoipCidrParameters = TypedDict(
    "DeprovisionByoipCidrParameters",
    {"Cidr": S, "Cidr.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DeprovisionIpamByoasnParameters = TypedDict(
    "DeprovisionIpamByoasnParameters",
    {"DryRun": B, "DryRun.$": str, "IpamId": S, "IpamId.$": str, "Asn": S, "Asn.$": str},
    total=False,
)
DeprovisionIpamPoolCidrParameters = TypedDict(
    "DeprovisionIpamPoolCidrParameters",
    {"DryRun": B, "DryRun.$": str, "IpamPoolId": S, "IpamPoolId.$": str, "Cidr": S, "Cidr.$": str},
    total=False,
)
DeprovisionPublicIpv4PoolCidrParameters = TypedDict(
    "DeprovisionPublicIpv4PoolCidrParameters",
    {"DryRun": B, "DryRun.$": str, "PoolId": S, "PoolId.$": str, "Cidr": S, "Cidr.$": str},
    total=False,
)
DeregisterImageParameters = TypedDict(
    "DeregisterImageParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "DeleteAssociatedSnapshots": B,
        "DeleteAssociatedSnapshots.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class DeregisterInstanceTagAttributeRequest(TypedDict, total=False):
    IncludeAllTagsOfInstance: B
    InstanceTagKeys: L[Si]

DeregisterInstanceEventNotificationAttributesParameters = TypedDict(
    "DeregisterInstanceEventNotificationAttributesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceTagAttribute": X[DeregisterInstanceTagAttributeRequest],
        "InstanceTagAttribute.$": str,
    },
    total=False,
)
DeregisterTransitGatewayMulticastGroupMembersParameters = TypedDict(
    "DeregisterTransitGatewayMulticastGroupMembersParameters",
    {
        "TransitGatewayMulticastDomainId": S,
        "TransitGatewayMulticastDomainId.$": str,
        "GroupIpAddress": S,
        "GroupIpAddress.$": str,
        "NetworkInterfaceIds": L[Si],
        "NetworkInterfaceIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeregisterTransitGatewayMulticastGroupSourcesParameters = TypedDict(
    "DeregisterTransitGatewayMulticastGroupSourcesParameters",
    {
        "TransitGatewayMulticastDomainId": S,
        "TransitGatewayMulticastDomainId.$": str,
        "GroupIpAddress": S,
        "GroupIpAddress.$": str,
        "NetworkInterfaceIds": L[Si],
        "NetworkInterfaceIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeAccountAttributesParameters = TypedDict(
    "DescribeAccountAttributesParameters",
    {"DryRun": B, "DryRun.$": str, "AttributeNames": L[Si], "AttributeNames.$": str},
    total=False,
)
DescribeAccountVpcEncryptionControlParameters = TypedDict(
    "DescribeAccountVpcEncryptionControlParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
DescribeAddressTransfersParameters = TypedDict(
    "DescribeAddressTransfersParameters",
    {
        "AllocationIds": L[Si],
        "AllocationIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeAddressesParameters = TypedDict(
    "DescribeAddressesParameters",
    {
        "PublicIps": L[Si],
        "PublicIps.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "AllocationIds": L[Si],
        "AllocationIds.$": str,
    },
    total=False,
)
DescribeAddressesAttributeParameters = TypedDict(
    "DescribeAddressesAttributeParameters",
    {
        "AllocationIds": L[Si],
        "AllocationIds.$": str,
        "Attribute": S,
        "Attribute.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeAggregateIdFormatParameters = TypedDict(
    "DescribeAggregateIdFormatParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
DescribeApplicationStatusParameters = TypedDict(
    "DescribeApplicationStatusParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeApplicationStatusCheckAssociationsParameters = TypedDict(
    "DescribeApplicationStatusCheckAssociationsParameters",
    {
        "ApplicationStatusCheckIds": L[Si],
        "ApplicationStatusCheckIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeApplicationStatusChecksParameters = TypedDict(
    "DescribeApplicationStatusChecksParameters",
    {
        "ApplicationStatusCheckIds": L[Si],
        "ApplicationStatusCheckIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeAll": B,
        "IncludeAll.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeAvailabilityZonesParameters = TypedDict(
    "DescribeAvailabilityZonesParameters",
    {
        "ZoneNames": L[Si],
        "ZoneNames.$": str,
        "ZoneIds": L[Si],
        "ZoneIds.$": str,
        "AllAvailabilityZones": B,
        "AllAvailabilityZones.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeAwsNetworkPerformanceMetricSubscriptionsParameters = TypedDict(
    "DescribeAwsNetworkPerformanceMetricSubscriptionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeBundleTasksParameters = TypedDict(
    "DescribeBundleTasksParameters",
    {
        "BundleIds": L[Si],
        "BundleIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeByoipCidrsParameters = TypedDict(
    "DescribeByoipCidrsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeCapacityBlockExtensionHistoryParameters = TypedDict(
    "DescribeCapacityBlockExtensionHistoryParameters",
    {
        "CapacityReservationIds": L[Si],
        "CapacityReservationIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeCapacityBlockExtensionOfferingsParameters = TypedDict(
    "DescribeCapacityBlockExtensionOfferingsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "CapacityBlockExtensionDurationHours": I,
        "CapacityBlockExtensionDurationHours.$": str,
        "CapacityReservationId": S,
        "CapacityReservationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class CapacityBlockInstanceTypePreference(TypedDict, total=False):
    InstanceType: S

DescribeCapacityBlockOfferingsParameters = TypedDict(
    "DescribeCapacityBlockOfferingsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "StartDateRange": T,
        "StartDateRange.$": str,
        "EndDateRange": T,
        "EndDateRange.$": str,
        "CapacityDurationHours": I,
        "CapacityDurationHours.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "UltraserverType": S,
        "UltraserverType.$": str,
        "UltraserverCount": I,
        "UltraserverCount.$": str,
        "AllAvailabilityZones": B,
        "AllAvailabilityZones.$": str,
        "InstanceTypePreferences": L[Xi[CapacityBlockInstanceTypePreference]],
        "InstanceTypePreferences.$": str,
    },
    total=False,
)
DescribeCapacityBlockStatusParameters = TypedDict(
    "DescribeCapacityBlockStatusParameters",
    {
        "CapacityBlockIds": L[Si],
        "CapacityBlockIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeCapacityBlocksParameters = TypedDict(
    "DescribeCapacityBlocksParameters",
    {
        "CapacityBlockIds": L[Si],
        "CapacityBlockIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeCapacityManagerDataExportsParameters = TypedDict(
    "DescribeCapacityManagerDataExportsParameters",
    {
        "CapacityManagerDataExportIds": L[Si],
        "CapacityManagerDataExportIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeCapacityReservationBillingRequestsParameters = TypedDict(
    "DescribeCapacityReservationBillingRequestsParameters",
    {
        "CapacityReservationIds": L[Si],
        "CapacityReservationIds.$": str,
        "Role": S,
        "Role.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeCapacityReservationCancellationQuotesParameters = TypedDict(
    "DescribeCapacityReservationCancellationQuotesParameters",
    {
        "CapacityReservationCancellationQuoteIds": L[Si],
        "CapacityReservationCancellationQuoteIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeCapacityReservationDateChangeQuotesParameters = TypedDict(
    "DescribeCapacityReservationDateChangeQuotesParameters",
    {
        "CapacityReservationModificationQuoteIds": L[Si],
        "CapacityReservationModificationQuoteIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeCapacityReservationFleetsParameters = TypedDict(
    "DescribeCapacityReservationFleetsParameters",
    {
        "CapacityReservationFleetIds": L[Si],
        "CapacityReservationFleetIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeCapacityReservationTopologyParameters = TypedDict(
    "DescribeCapacityReservationTopologyParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CapacityReservationIds": L[Si],
        "CapacityReservationIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeCapacityReservationsParameters = TypedDict(
    "DescribeCapacityReservationsParameters",
    {
        "CapacityReservationIds": L[Si],
        "CapacityReservationIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeCarrierGatewaysParameters = TypedDict(
    "DescribeCarrierGatewaysParameters",
    {
        "CarrierGatewayIds": L[Si],
        "CarrierGatewayIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeClassicLinkInstancesParameters = TypedDict(
    "DescribeClassicLinkInstancesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeClientVpnAuthorizationRulesParameters = TypedDict(
    "DescribeClientVpnAuthorizationRulesParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeClientVpnConnectionsParameters = TypedDict(
    "DescribeClientVpnConnectionsParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeClientVpnEndpointsParameters = TypedDict(
    "DescribeClientVpnEndpointsParameters",
    {
        "ClientVpnEndpointIds": L[Si],
        "ClientVpnEndpointIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeClientVpnRoutesParameters = TypedDict(
    "DescribeClientVpnRoutesParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeClientVpnTargetNetworksParameters = TypedDict(
    "DescribeClientVpnTargetNetworksParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "AssociationIds": L[Si],
        "AssociationIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeCoipPoolsParameters = TypedDict(
    "DescribeCoipPoolsParameters",
    {
        "PoolIds": L[Si],
        "PoolIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeConversionTasksParameters = TypedDict(
    "DescribeConversionTasksParameters",
    {"DryRun": B, "DryRun.$": str, "ConversionTaskIds": L[Si], "ConversionTaskIds.$": str},
    total=False,
)
DescribeCustomerGatewaysParameters = TypedDict(
    "DescribeCustomerGatewaysParameters",
    {
        "CustomerGatewayIds": L[Si],
        "CustomerGatewayIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeDeclarativePoliciesReportsParameters = TypedDict(
    "DescribeDeclarativePoliciesReportsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ReportIds": L[Si],
        "ReportIds.$": str,
    },
    total=False,
)
DescribeDhcpOptionsParameters = TypedDict(
    "DescribeDhcpOptionsParameters",
    {
        "DhcpOptionsIds": L[Si],
        "DhcpOptionsIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeEgressOnlyInternetGatewaysParameters = TypedDict(
    "DescribeEgressOnlyInternetGatewaysParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "EgressOnlyInternetGatewayIds": L[Si],
        "EgressOnlyInternetGatewayIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeElasticGpusParameters = TypedDict(
    "DescribeElasticGpusParameters",
    {
        "ElasticGpuIds": L[Si],
        "ElasticGpuIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeExportImageTasksParameters = TypedDict(
    "DescribeExportImageTasksParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "ExportImageTaskIds": L[Si],
        "ExportImageTaskIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeExportTasksParameters = TypedDict(
    "DescribeExportTasksParameters",
    {"Filters": L[Xi[Filter]], "Filters.$": str, "ExportTaskIds": L[Si], "ExportTaskIds.$": str},
    total=False,
)
DescribeFastLaunchImagesParameters = TypedDict(
    "DescribeFastLaunchImagesParameters",
    {
        "ImageIds": L[Si],
        "ImageIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeFastSnapshotRestoresParameters = TypedDict(
    "DescribeFastSnapshotRestoresParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeFleetHistoryParameters = TypedDict(
    "DescribeFleetHistoryParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "EventType": S,
        "EventType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "StartTime": T,
        "StartTime.$": str,
    },
    total=False,
)
DescribeFleetInstancesParameters = TypedDict(
    "DescribeFleetInstancesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeFleetsParameters = TypedDict(
    "DescribeFleetsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "FleetIds": L[Si],
        "FleetIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeFlowLogsParameters = TypedDict(
    "DescribeFlowLogsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filter": L[Xi[Filter]],
        "Filter.$": str,
        "FlowLogIds": L[Si],
        "FlowLogIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFpgaImageAttributeParameters = TypedDict(
    "DescribeFpgaImageAttributeParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "FpgaImageId": S,
        "FpgaImageId.$": str,
        "Attribute": S,
        "Attribute.$": str,
    },
    total=False,
)
DescribeFpgaImagesParameters = TypedDict(
    "DescribeFpgaImagesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "FpgaImageIds": L[Si],
        "FpgaImageIds.$": str,
        "Owners": L[Si],
        "Owners.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeHostReservationOfferingsParameters = TypedDict(
    "DescribeHostReservationOfferingsParameters",
    {
        "Filter": L[Xi[Filter]],
        "Filter.$": str,
        "MaxDuration": I,
        "MaxDuration.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MinDuration": I,
        "MinDuration.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "OfferingId": S,
        "OfferingId.$": str,
    },
    total=False,
)
DescribeHostReservationsParameters = TypedDict(
    "DescribeHostReservationsParameters",
    {
        "Filter": L[Xi[Filter]],
        "Filter.$": str,
        "HostReservationIdSet": L[Si],
        "HostReservationIdSet.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeHostsParameters = TypedDict(
    "DescribeHostsParameters",
    {
        "HostIds": L[Si],
        "HostIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": L[Xi[Filter]],
        "Filter.$": str,
    },
    total=False,
)
DescribeIamInstanceProfileAssociationsParameters = TypedDict(
    "DescribeIamInstanceProfileAssociationsParameters",
    {
        "AssociationIds": L[Si],
        "AssociationIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeIdFormatParameters = TypedDict(
    "DescribeIdFormatParameters", {"Resource": S, "Resource.$": str}, total=False
)
DescribeIdentityIdFormatParameters = TypedDict(
    "DescribeIdentityIdFormatParameters",
    {"Resource": S, "Resource.$": str, "PrincipalArn": S, "PrincipalArn.$": str},
    total=False,
)
DescribeImageAttributeParameters = TypedDict(
    "DescribeImageAttributeParameters",
    {
        "Attribute": S,
        "Attribute.$": str,
        "ImageId": S,
        "ImageId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ResourceTypeOption(TypedDict, total=False):
    OptionName: S
    OptionValues: L[Si]

class ResourceTypeRequest(TypedDict, total=False):
    ResourceType: S
    ResourceTypeOptions: L[Xi[ResourceTypeOption]]

DescribeImageReferencesParameters = TypedDict(
    "DescribeImageReferencesParameters",
    {
        "ImageIds": L[Si],
        "ImageIds.$": str,
        "IncludeAllResourceTypes": B,
        "IncludeAllResourceTypes.$": str,
        "ResourceTypes": L[Xi[ResourceTypeRequest]],
        "ResourceTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeImageUsageReportEntriesParameters = TypedDict(
    "DescribeImageUsageReportEntriesParameters",
    {
        "ImageIds": L[Si],
        "ImageIds.$": str,
        "ReportIds": L[Si],
        "ReportIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeImageUsageReportsParameters = TypedDict(
    "DescribeImageUsageReportsParameters",
    {
        "ImageIds": L[Si],
        "ImageIds.$": str,
        "ReportIds": L[Si],
        "ReportIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeImagesParameters = TypedDict(
    "DescribeImagesParameters",
    {
        "ExecutableUsers": L[Si],
        "ExecutableUsers.$": str,
        "ImageIds": L[Si],
        "ImageIds.$": str,
        "Owners": L[Si],
        "Owners.$": str,
        "IncludeDeprecated": B,
        "IncludeDeprecated.$": str,
        "IncludeDisabled": B,
        "IncludeDisabled.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeImportImageTasksParameters = TypedDict(
    "DescribeImportImageTasksParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "ImportTaskIds": L[Si],
        "ImportTaskIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeImportSnapshotTasksParameters = TypedDict(
    "DescribeImportSnapshotTasksParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "ImportTaskIds": L[Si],
        "ImportTaskIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeInstanceAttributeParameters = TypedDict(
    "DescribeInstanceAttributeParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Attribute": S,
        "Attribute.$": str,
    },
    total=False,
)
DescribeInstanceConnectEndpointsParameters = TypedDict(
    "DescribeInstanceConnectEndpointsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "InstanceConnectEndpointIds": L[Si],
        "InstanceConnectEndpointIds.$": str,
    },
    total=False,
)
DescribeInstanceCreditSpecificationsParameters = TypedDict(
    "DescribeInstanceCreditSpecificationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeInstanceEventNotificationAttributesParameters = TypedDict(
    "DescribeInstanceEventNotificationAttributesParameters",
    {"DryRun": B, "DryRun.$": str},
    total=False,
)
DescribeInstanceEventWindowsParameters = TypedDict(
    "DescribeInstanceEventWindowsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceEventWindowIds": L[Si],
        "InstanceEventWindowIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeInstanceImageMetadataParameters = TypedDict(
    "DescribeInstanceImageMetadataParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeInstanceSqlHaHistoryStatesParameters = TypedDict(
    "DescribeInstanceSqlHaHistoryStatesParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeInstanceSqlHaStatesParameters = TypedDict(
    "DescribeInstanceSqlHaStatesParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeInstanceStatusParameters = TypedDict(
    "DescribeInstanceStatusParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "IncludeAllInstances": B,
        "IncludeAllInstances.$": str,
    },
    total=False,
)
DescribeInstanceTopologyParameters = TypedDict(
    "DescribeInstanceTopologyParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "GroupNames": L[Si],
        "GroupNames.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeInstanceTypeOfferingsParameters = TypedDict(
    "DescribeInstanceTypeOfferingsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "LocationType": S,
        "LocationType.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeInstanceTypesParameters = TypedDict(
    "DescribeInstanceTypesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceTypes": L[Si],
        "InstanceTypes.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeUnsupportedInRegion": B,
        "IncludeUnsupportedInRegion.$": str,
    },
    total=False,
)
DescribeInstancesParameters = TypedDict(
    "DescribeInstancesParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeInternetGatewaysParameters = TypedDict(
    "DescribeInternetGatewaysParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "InternetGatewayIds": L[Si],
        "InternetGatewayIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeIpamByoasnParameters = TypedDict(
    "DescribeIpamByoasnParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeIpamExternalResourceVerificationTokensParameters = TypedDict(
    "DescribeIpamExternalResourceVerificationTokensParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "IpamExternalResourceVerificationTokenIds": L[Si],
        "IpamExternalResourceVerificationTokenIds.$": str,
    },
    total=False,
)
DescribeIpamInternetRegistryAssociationsParameters = TypedDict(
    "DescribeIpamInternetRegistryAssociationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamInternetRegistryAssociationIds": L[Si],
        "IpamInternetRegistryAssociationIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeIpamPoliciesParameters = TypedDict(
    "DescribeIpamPoliciesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IpamPolicyIds": L[Si],
        "IpamPolicyIds.$": str,
    },
    total=False,
)
DescribeIpamPoolAllocationsParameters = TypedDict(
    "DescribeIpamPoolAllocationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPoolAllocationIds": L[Si],
        "IpamPoolAllocationIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeIpamPoolsParameters = TypedDict(
    "DescribeIpamPoolsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IpamPoolIds": L[Si],
        "IpamPoolIds.$": str,
    },
    total=False,
)
DescribeIpamPrefixListResolverTargetsParameters = TypedDict(
    "DescribeIpamPrefixListResolverTargetsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IpamPrefixListResolverTargetIds": L[Si],
        "IpamPrefixListResolverTargetIds.$": str,
        "IpamPrefixListResolverId": S,
        "IpamPrefixListResolverId.$": str,
    },
    total=False,
)
DescribeIpamPrefixListResolversParameters = TypedDict(
    "DescribeIpamPrefixListResolversParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IpamPrefixListResolverIds": L[Si],
        "IpamPrefixListResolverIds.$": str,
    },
    total=False,
)
DescribeIpamResourceDiscoveriesParameters = TypedDict(
    "DescribeIpamResourceDiscoveriesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamResourceDiscoveryIds": L[Si],
        "IpamResourceDiscoveryIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeIpamResourceDiscoveryAssociationsParameters = TypedDict(
    "DescribeIpamResourceDiscoveryAssociationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamResourceDiscoveryAssociationIds": L[Si],
        "IpamResourceDiscoveryAssociationIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeIpamScopesParameters = TypedDict(
    "DescribeIpamScopesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IpamScopeIds": L[Si],
        "IpamScopeIds.$": str,
    },
    total=False,
)
DescribeIpamsParameters = TypedDict(
    "DescribeIpamsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IpamIds": L[Si],
        "IpamIds.$": str,
    },
    total=False,
)
DescribeIpv6PoolsParameters = TypedDict(
    "DescribeIpv6PoolsParameters",
    {
        "PoolIds": L[Si],
        "PoolIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeKeyPairsParameters = TypedDict(
    "DescribeKeyPairsParameters",
    {
        "KeyNames": L[Si],
        "KeyNames.$": str,
        "KeyPairIds": L[Si],
        "KeyPairIds.$": str,
        "IncludePublicKey": B,
        "IncludePublicKey.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeLaunchTemplateVersionsParameters = TypedDict(
    "DescribeLaunchTemplateVersionsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "LaunchTemplateId": S,
        "LaunchTemplateId.$": str,
        "LaunchTemplateName": S,
        "LaunchTemplateName.$": str,
        "Versions": L[Si],
        "Versions.$": str,
        "MinVersion": S,
        "MinVersion.$": str,
        "MaxVersion": S,
        "MaxVersion.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "ResolveAlias": B,
        "ResolveAlias.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
    },
    total=False,
)
DescribeLaunchTemplatesParameters = TypedDict(
    "DescribeLaunchTemplatesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "LaunchTemplateIds": L[Si],
        "LaunchTemplateIds.$": str,
        "LaunchTemplateNames": L[Si],
        "LaunchTemplateNames.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
    },
    total=False,
)
DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsParameters = TypedDict(
    "DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsParameters",
    {
        "LocalGatewayRouteTableVirtualInterfaceGroupAssociationIds": L[Si],
        "LocalGatewayRouteTableVirtualInterfaceGroupAssociationIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeLocalGatewayRouteTableVpcAssociationsParameters = TypedDict(
    "DescribeLocalGatewayRouteTableVpcAssociationsParameters",
    {
        "LocalGatewayRouteTableVpcAssociationIds": L[Si],
        "LocalGatewayRouteTableVpcAssociationIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeLocalGatewayRouteTablesParameters = TypedDict(
    "DescribeLocalGatewayRouteTablesParameters",
    {
        "LocalGatewayRouteTableIds": L[Si],
        "LocalGatewayRouteTableIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeLocalGatewayVirtualInterfaceGroupsParameters = TypedDict(
    "DescribeLocalGatewayVirtualInterfaceGroupsParameters",
    {
        "LocalGatewayVirtualInterfaceGroupIds": L[Si],
        "LocalGatewayVirtualInterfaceGroupIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeLocalGatewayVirtualInterfacesParameters = TypedDict(
    "DescribeLocalGatewayVirtualInterfacesParameters",
    {
        "LocalGatewayVirtualInterfaceIds": L[Si],
        "LocalGatewayVirtualInterfaceIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeLocalGatewaysParameters = TypedDict(
    "DescribeLocalGatewaysParameters",
    {
        "LocalGatewayIds": L[Si],
        "LocalGatewayIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeLockedSnapshotsParameters = TypedDict(
    "DescribeLockedSnapshotsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SnapshotIds": L[Si],
        "SnapshotIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeMacHostsParameters = TypedDict(
    "DescribeMacHostsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "HostIds": L[Si],
        "HostIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMacModificationTasksParameters = TypedDict(
    "DescribeMacModificationTasksParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MacModificationTaskIds": L[Si],
        "MacModificationTaskIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeManagedPrefixListsParameters = TypedDict(
    "DescribeManagedPrefixListsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PrefixListIds": L[Si],
        "PrefixListIds.$": str,
    },
    total=False,
)
DescribeMetricCategoriesParameters = TypedDict(
    "DescribeMetricCategoriesParameters",
    {
        "MetricCategoryIds": L[Si],
        "MetricCategoryIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeMovingAddressesParameters = TypedDict(
    "DescribeMovingAddressesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "PublicIps": L[Si],
        "PublicIps.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeNatGatewaysParameters = TypedDict(
    "DescribeNatGatewaysParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filter": L[Xi[Filter]],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NatGatewayIds": L[Si],
        "NatGatewayIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeNetworkAclsParameters = TypedDict(
    "DescribeNetworkAclsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NetworkAclIds": L[Si],
        "NetworkAclIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeNetworkInsightsAccessScopeAnalysesParameters = TypedDict(
    "DescribeNetworkInsightsAccessScopeAnalysesParameters",
    {
        "NetworkInsightsAccessScopeAnalysisIds": L[Si],
        "NetworkInsightsAccessScopeAnalysisIds.$": str,
        "NetworkInsightsAccessScopeId": S,
        "NetworkInsightsAccessScopeId.$": str,
        "AnalysisStartTimeBegin": T,
        "AnalysisStartTimeBegin.$": str,
        "AnalysisStartTimeEnd": T,
        "AnalysisStartTimeEnd.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeNetworkInsightsAccessScopesParameters = TypedDict(
    "DescribeNetworkInsightsAccessScopesParameters",
    {
        "NetworkInsightsAccessScopeIds": L[Si],
        "NetworkInsightsAccessScopeIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeNetworkInsightsAnalysesParameters = TypedDict(
    "DescribeNetworkInsightsAnalysesParameters",
    {
        "NetworkInsightsAnalysisIds": L[Si],
        "NetworkInsightsAnalysisIds.$": str,
        "NetworkInsightsPathId": S,
        "NetworkInsightsPathId.$": str,
        "AnalysisStartTime": T,
        "AnalysisStartTime.$": str,
        "AnalysisEndTime": T,
        "AnalysisEndTime.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeNetworkInsightsPathsParameters = TypedDict(
    "DescribeNetworkInsightsPathsParameters",
    {
        "NetworkInsightsPathIds": L[Si],
        "NetworkInsightsPathIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeNetworkInterfaceAttributeParameters = TypedDict(
    "DescribeNetworkInterfaceAttributeParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "Attribute": S,
        "Attribute.$": str,
    },
    total=False,
)
DescribeNetworkInterfacePermissionsParameters = TypedDict(
    "DescribeNetworkInterfacePermissionsParameters",
    {
        "NetworkInterfacePermissionIds": L[Si],
        "NetworkInterfacePermissionIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeNetworkInterfacesParameters = TypedDict(
    "DescribeNetworkInterfacesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NetworkInterfaceIds": L[Si],
        "NetworkInterfaceIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeNetworkingFlexCostAllocationPoliciesParameters = TypedDict(
    "DescribeNetworkingFlexCostAllocationPoliciesParameters",
    {
        "FcaPolicyIds": L[Si],
        "FcaPolicyIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeNetworkingFlexCostAllocationPolicyAssociationsParameters = TypedDict(
    "DescribeNetworkingFlexCostAllocationPolicyAssociationsParameters",
    {
        "FcaPolicyAssociationIds": L[Si],
        "FcaPolicyAssociationIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeOutpostLagsParameters = TypedDict(
    "DescribeOutpostLagsParameters",
    {
        "OutpostLagIds": L[Si],
        "OutpostLagIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribePlacementGroupsParameters = TypedDict(
    "DescribePlacementGroupsParameters",
    {
        "GroupIds": L[Si],
        "GroupIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "GroupNames": L[Si],
        "GroupNames.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribePrefixListsParameters = TypedDict(
    "DescribePrefixListsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PrefixListIds": L[Si],
        "PrefixListIds.$": str,
    },
    total=False,
)
DescribePrincipalIdFormatParameters = TypedDict(
    "DescribePrincipalIdFormatParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Resources": L[Si],
        "Resources.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribePublicIpv4PoolsParameters = TypedDict(
    "DescribePublicIpv4PoolsParameters",
    {
        "PoolIds": L[Si],
        "PoolIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeRegionsParameters = TypedDict(
    "DescribeRegionsParameters",
    {
        "RegionNames": L[Si],
        "RegionNames.$": str,
        "AllRegions": B,
        "AllRegions.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeReplaceRootVolumeTasksParameters = TypedDict(
    "DescribeReplaceRootVolumeTasksParameters",
    {
        "ReplaceRootVolumeTaskIds": L[Si],
        "ReplaceRootVolumeTaskIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeReservedInstancesParameters = TypedDict(
    "DescribeReservedInstancesParameters",
    {
        "OfferingClass": S,
        "OfferingClass.$": str,
        "ReservedInstancesIds": L[Si],
        "ReservedInstancesIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "OfferingType": S,
        "OfferingType.$": str,
    },
    total=False,
)
DescribeReservedInstancesListingsParameters = TypedDict(
    "DescribeReservedInstancesListingsParameters",
    {
        "ReservedInstancesId": S,
        "ReservedInstancesId.$": str,
        "ReservedInstancesListingId": S,
        "ReservedInstancesListingId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeReservedInstancesModificationsParameters = TypedDict(
    "DescribeReservedInstancesModificationsParameters",
    {
        "ReservedInstancesModificationIds": L[Si],
        "ReservedInstancesModificationIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeReservedInstancesOfferingsParameters = TypedDict(
    "DescribeReservedInstancesOfferingsParameters",
    {
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "IncludeMarketplace": B,
        "IncludeMarketplace.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "MaxDuration": I,
        "MaxDuration.$": str,
        "MaxInstanceCount": I,
        "MaxInstanceCount.$": str,
        "MinDuration": I,
        "MinDuration.$": str,
        "OfferingClass": S,
        "OfferingClass.$": str,
        "ProductDescription": S,
        "ProductDescription.$": str,
        "ReservedInstancesOfferingIds": L[Si],
        "ReservedInstancesOfferingIds.$": str,
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "InstanceTenancy": S,
        "InstanceTenancy.$": str,
        "OfferingType": S,
        "OfferingType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeRouteServerEndpointsParameters = TypedDict(
    "DescribeRouteServerEndpointsParameters",
    {
        "RouteServerEndpointIds": L[Si],
        "RouteServerEndpointIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeRouteServerPeersParameters = TypedDict(
    "DescribeRouteServerPeersParameters",
    {
        "RouteServerPeerIds": L[Si],
        "RouteServerPeerIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeRouteServersParameters = TypedDict(
    "DescribeRouteServersParameters",
    {
        "RouteServerIds": L[Si],
        "RouteServerIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeRouteTablesParameters = TypedDict(
    "DescribeRouteTablesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "RouteTableIds": L[Si],
        "RouteTableIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)

class SlotDateTimeRangeRequest(TypedDict, total=False):
    EarliestTime: T
    LatestTime: T

class ScheduledInstanceRecurrenceRequest(TypedDict, total=False):
    Frequency: S
    Interval: I
    OccurrenceDays: L[Ii]
    OccurrenceRelativeToEnd: B
    OccurrenceUnit: S

DescribeScheduledInstanceAvailabilityParameters = TypedDict(
    "DescribeScheduledInstanceAvailabilityParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "FirstSlotStartTimeRange": X[SlotDateTimeRangeRequest],
        "FirstSlotStartTimeRange.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MaxSlotDurationInHours": I,
        "MaxSlotDurationInHours.$": str,
        "MinSlotDurationInHours": I,
        "MinSlotDurationInHours.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Recurrence": X[ScheduledInstanceRecurrenceRequest],
        "Recurrence.$": str,
    },
    total=False,
)

class SlotStartTimeRangeRequest(TypedDict, total=False):
    EarliestTime: T
    LatestTime: T

DescribeScheduledInstancesParameters = TypedDict(
    "DescribeScheduledInstancesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ScheduledInstanceIds": L[Si],
        "ScheduledInstanceIds.$": str,
        "SlotStartTimeRange": X[SlotStartTimeRangeRequest],
        "SlotStartTimeRange.$": str,
    },
    total=False,
)
DescribeSecondaryInterfacesParameters = TypedDict(
    "DescribeSecondaryInterfacesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SecondaryInterfaceIds": L[Si],
        "SecondaryInterfaceIds.$": str,
    },
    total=False,
)
DescribeSecondaryNetworkAclAssociationsParameters = TypedDict(
    "DescribeSecondaryNetworkAclAssociationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SecondaryNetworkAclAssociationIds": L[Si],
        "SecondaryNetworkAclAssociationIds.$": str,
    },
    total=False,
)
DescribeSecondaryNetworkAclEntriesParameters = TypedDict(
    "DescribeSecondaryNetworkAclEntriesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeSecondaryNetworkAclsParameters = TypedDict(
    "DescribeSecondaryNetworkAclsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SecondaryNetworkAclIds": L[Si],
        "SecondaryNetworkAclIds.$": str,
    },
    total=False,
)
DescribeSecondaryNetworksParameters = TypedDict(
    "DescribeSecondaryNetworksParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SecondaryNetworkIds": L[Si],
        "SecondaryNetworkIds.$": str,
    },
    total=False,
)
DescribeSecondarySubnetsParameters = TypedDict(
    "DescribeSecondarySubnetsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SecondarySubnetIds": L[Si],
        "SecondarySubnetIds.$": str,
    },
    total=False,
)
DescribeSecurityGroupReferencesParameters = TypedDict(
    "DescribeSecurityGroupReferencesParameters",
    {"DryRun": B, "DryRun.$": str, "GroupId": L[Si], "GroupId.$": str},
    total=False,
)
DescribeSecurityGroupRulesParameters = TypedDict(
    "DescribeSecurityGroupRulesParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "SecurityGroupRuleIds": L[Si],
        "SecurityGroupRuleIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeSecurityGroupVpcAssociationsParameters = TypedDict(
    "DescribeSecurityGroupVpcAssociationsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeSecurityGroupsParameters = TypedDict(
    "DescribeSecurityGroupsParameters",
    {
        "GroupIds": L[Si],
        "GroupIds.$": str,
        "GroupNames": L[Si],
        "GroupNames.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeServiceLinkVirtualInterfacesParameters = TypedDict(
    "DescribeServiceLinkVirtualInterfacesParameters",
    {
        "ServiceLinkVirtualInterfaceIds": L[Si],
        "ServiceLinkVirtualInterfaceIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeSnapshotAttributeParameters = TypedDict(
    "DescribeSnapshotAttributeParameters",
    {
        "Attribute": S,
        "Attribute.$": str,
        "SnapshotId": S,
        "SnapshotId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeSnapshotTierStatusParameters = TypedDict(
    "DescribeSnapshotTierStatusParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeSnapshotsParameters = TypedDict(
    "DescribeSnapshotsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "OwnerIds": L[Si],
        "OwnerIds.$": str,
        "RestorableByUserIds": L[Si],
        "RestorableByUserIds.$": str,
        "SnapshotIds": L[Si],
        "SnapshotIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeSpotDatafeedSubscriptionParameters = TypedDict(
    "DescribeSpotDatafeedSubscriptionParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
DescribeSpotFleetInstancesParameters = TypedDict(
    "DescribeSpotFleetInstancesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "SpotFleetRequestId": S,
        "SpotFleetRequestId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeSpotFleetRequestHistoryParameters = TypedDict(
    "DescribeSpotFleetRequestHistoryParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "SpotFleetRequestId": S,
        "SpotFleetRequestId.$": str,
        "EventType": S,
        "EventType.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeSpotFleetRequestsParameters = TypedDict(
    "DescribeSpotFleetRequestsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "SpotFleetRequestIds": L[Si],
        "SpotFleetRequestIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeSpotInstanceRequestsParameters = TypedDict(
    "DescribeSpotInstanceRequestsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SpotInstanceRequestIds": L[Si],
        "SpotInstanceRequestIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeSpotPriceHistoryParameters = TypedDict(
    "DescribeSpotPriceHistoryParameters",
    {
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "InstanceTypes": L[Si],
        "InstanceTypes.$": str,
        "ProductDescriptions": L[Si],
        "ProductDescriptions.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeStaleSecurityGroupsParameters = TypedDict(
    "DescribeStaleSecurityGroupsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "VpcId": S,
        "VpcId.$": str,
    },
    total=False,
)
DescribeStoreImageTasksParameters = TypedDict(
    "DescribeStoreImageTasksParameters",
    {
        "ImageIds": L[Si],
        "ImageIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeSubnetsParameters = TypedDict(
    "DescribeSubnetsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTagsParameters = TypedDict(
    "DescribeTagsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeTrafficMirrorFilterRulesParameters = TypedDict(
    "DescribeTrafficMirrorFilterRulesParameters",
    {
        "TrafficMirrorFilterRuleIds": L[Si],
        "TrafficMirrorFilterRuleIds.$": str,
        "TrafficMirrorFilterId": S,
        "TrafficMirrorFilterId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeTrafficMirrorFiltersParameters = TypedDict(
    "DescribeTrafficMirrorFiltersParameters",
    {
        "TrafficMirrorFilterIds": L[Si],
        "TrafficMirrorFilterIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeTrafficMirrorSessionsParameters = TypedDict(
    "DescribeTrafficMirrorSessionsParameters",
    {
        "TrafficMirrorSessionIds": L[Si],
        "TrafficMirrorSessionIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeTrafficMirrorTargetsParameters = TypedDict(
    "DescribeTrafficMirrorTargetsParameters",
    {
        "TrafficMirrorTargetIds": L[Si],
        "TrafficMirrorTargetIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeTransitGatewayAttachmentsParameters = TypedDict(
    "DescribeTransitGatewayAttachmentsParameters",
    {
        "TransitGatewayAttachmentIds": L[Si],
        "TransitGatewayAttachmentIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTransitGatewayConnectPeersParameters = TypedDict(
    "DescribeTransitGatewayConnectPeersParameters",
    {
        "TransitGatewayConnectPeerIds": L[Si],
        "TransitGatewayConnectPeerIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTransitGatewayConnectsParameters = TypedDict(
    "DescribeTransitGatewayConnectsParameters",
    {
        "TransitGatewayAttachmentIds": L[Si],
        "TransitGatewayAttachmentIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTransitGatewayMeteringPoliciesParameters = TypedDict(
    "DescribeTransitGatewayMeteringPoliciesParameters",
    {
        "TransitGatewayMeteringPolicyIds": L[Si],
        "TransitGatewayMeteringPolicyIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTransitGatewayMulticastDomainsParameters = TypedDict(
    "DescribeTransitGatewayMulticastDomainsParameters",
    {
        "TransitGatewayMulticastDomainIds": L[Si],
        "TransitGatewayMulticastDomainIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTransitGatewayNetworkFunctionAttachmentsParameters = TypedDict(
    "DescribeTransitGatewayNetworkFunctionAttachmentsParameters",
    {
        "TransitGatewayAttachmentIds": L[Si],
        "TransitGatewayAttachmentIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTransitGatewayPeeringAttachmentsParameters = TypedDict(
    "DescribeTransitGatewayPeeringAttachmentsParameters",
    {
        "TransitGatewayAttachmentIds": L[Si],
        "TransitGatewayAttachmentIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTransitGatewayPolicyTablesParameters = TypedDict(
    "DescribeTransitGatewayPolicyTablesParameters",
    {
        "TransitGatewayPolicyTableIds": L[Si],
        "TransitGatewayPolicyTableIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTransitGatewayRouteTableAnnouncementsParameters = TypedDict(
    "DescribeTransitGatewayRouteTableAnnouncementsParameters",
    {
        "TransitGatewayRouteTableAnnouncementIds": L[Si],
        "TransitGatewayRouteTableAnnouncementIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTransitGatewayRouteTablesParameters = TypedDict(
    "DescribeTransitGatewayRouteTablesParameters",
    {
        "TransitGatewayRouteTableIds": L[Si],
        "TransitGatewayRouteTableIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTransitGatewayVpcAttachmentsParameters = TypedDict(
    "DescribeTransitGatewayVpcAttachmentsParameters",
    {
        "TransitGatewayAttachmentIds": L[Si],
        "TransitGatewayAttachmentIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTransitGatewaysParameters = TypedDict(
    "DescribeTransitGatewaysParameters",
    {
        "TransitGatewayIds": L[Si],
        "TransitGatewayIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeTrunkInterfaceAssociationsParameters = TypedDict(
    "DescribeTrunkInterfaceAssociationsParameters",
    {
        "AssociationIds": L[Si],
        "AssociationIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeVerifiedAccessEndpointsParameters = TypedDict(
    "DescribeVerifiedAccessEndpointsParameters",
    {
        "VerifiedAccessEndpointIds": L[Si],
        "VerifiedAccessEndpointIds.$": str,
        "VerifiedAccessInstanceId": S,
        "VerifiedAccessInstanceId.$": str,
        "VerifiedAccessGroupId": S,
        "VerifiedAccessGroupId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeVerifiedAccessGroupsParameters = TypedDict(
    "DescribeVerifiedAccessGroupsParameters",
    {
        "VerifiedAccessGroupIds": L[Si],
        "VerifiedAccessGroupIds.$": str,
        "VerifiedAccessInstanceId": S,
        "VerifiedAccessInstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeVerifiedAccessInstanceLoggingConfigurationsParameters = TypedDict(
    "DescribeVerifiedAccessInstanceLoggingConfigurationsParameters",
    {
        "VerifiedAccessInstanceIds": L[Si],
        "VerifiedAccessInstanceIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeVerifiedAccessInstancesParameters = TypedDict(
    "DescribeVerifiedAccessInstancesParameters",
    {
        "VerifiedAccessInstanceIds": L[Si],
        "VerifiedAccessInstanceIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeVerifiedAccessTrustProvidersParameters = TypedDict(
    "DescribeVerifiedAccessTrustProvidersParameters",
    {
        "VerifiedAccessTrustProviderIds": L[Si],
        "VerifiedAccessTrustProviderIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeVirtualEdgeNetworkGatewayAllowedAdvertisementsParameters = TypedDict(
    "DescribeVirtualEdgeNetworkGatewayAllowedAdvertisementsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVirtualEdgeNetworkGatewayRouteTableAssociationsParameters = TypedDict(
    "DescribeVirtualEdgeNetworkGatewayRouteTableAssociationsParameters",
    {
        "VirtualEdgeNetworkGatewayRouteTableAssociationIds": L[Si],
        "VirtualEdgeNetworkGatewayRouteTableAssociationIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVirtualEdgeNetworkGatewayRouteTableFibParameters = TypedDict(
    "DescribeVirtualEdgeNetworkGatewayRouteTableFibParameters",
    {
        "VirtualEdgeNetworkGatewayRouteTableId": S,
        "VirtualEdgeNetworkGatewayRouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVirtualEdgeNetworkGatewayRouteTableRibParameters = TypedDict(
    "DescribeVirtualEdgeNetworkGatewayRouteTableRibParameters",
    {
        "VirtualEdgeNetworkGatewayRouteTableId": S,
        "VirtualEdgeNetworkGatewayRouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVirtualEdgeNetworkGatewayRouteTablesParameters = TypedDict(
    "DescribeVirtualEdgeNetworkGatewayRouteTablesParameters",
    {
        "VirtualEdgeNetworkGatewayRouteTableIds": L[Si],
        "VirtualEdgeNetworkGatewayRouteTableIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVirtualEdgeNetworkGatewayRoutesParameters = TypedDict(
    "DescribeVirtualEdgeNetworkGatewayRoutesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVirtualEdgeNetworkGatewaysParameters = TypedDict(
    "DescribeVirtualEdgeNetworkGatewaysParameters",
    {
        "VirtualEdgeNetworkGatewayIds": L[Si],
        "VirtualEdgeNetworkGatewayIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVirtualEdgeNetworkRouteServerPeersParameters = TypedDict(
    "DescribeVirtualEdgeNetworkRouteServerPeersParameters",
    {
        "VirtualEdgeNetworkRouteServerPeerIds": L[Si],
        "VirtualEdgeNetworkRouteServerPeerIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVolumeAttributeParameters = TypedDict(
    "DescribeVolumeAttributeParameters",
    {
        "Attribute": S,
        "Attribute.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeVolumeStatusParameters = TypedDict(
    "DescribeVolumeStatusParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "VolumeIds": L[Si],
        "VolumeIds.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeVolumesParameters = TypedDict(
    "DescribeVolumesParameters",
    {
        "VolumeIds": L[Si],
        "VolumeIds.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeVolumesModificationsParameters = TypedDict(
    "DescribeVolumesModificationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "VolumeIds": L[Si],
        "VolumeIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "IncludeManagedResources": B,
        "IncludeManagedResources.$": str,
    },
    total=False,
)
DescribeVpcAttributeParameters = TypedDict(
    "DescribeVpcAttributeParameters",
    {"Attribute": S, "Attribute.$": str, "VpcId": S, "VpcId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DescribeVpcBlockPublicAccessExclusionsParameters = TypedDict(
    "DescribeVpcBlockPublicAccessExclusionsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "ExclusionIds": L[Si],
        "ExclusionIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeVpcBlockPublicAccessOptionsParameters = TypedDict(
    "DescribeVpcBlockPublicAccessOptionsParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
DescribeVpcClassicLinkParameters = TypedDict(
    "DescribeVpcClassicLinkParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "VpcIds": L[Si],
        "VpcIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeVpcClassicLinkDnsSupportParameters = TypedDict(
    "DescribeVpcClassicLinkDnsSupportParameters",
    {
        "VpcIds": L[Si],
        "VpcIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVpcEncryptionControlsParameters = TypedDict(
    "DescribeVpcEncryptionControlsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "VpcEncryptionControlIds": L[Si],
        "VpcEncryptionControlIds.$": str,
        "VpcIds": L[Si],
        "VpcIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeVpcEndpointAssociationsParameters = TypedDict(
    "DescribeVpcEndpointAssociationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "VpcEndpointIds": L[Si],
        "VpcEndpointIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVpcEndpointConnectionNotificationsParameters = TypedDict(
    "DescribeVpcEndpointConnectionNotificationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ConnectionNotificationId": S,
        "ConnectionNotificationId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVpcEndpointConnectionsParameters = TypedDict(
    "DescribeVpcEndpointConnectionsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVpcEndpointServiceConfigurationsParameters = TypedDict(
    "DescribeVpcEndpointServiceConfigurationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ServiceIds": L[Si],
        "ServiceIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVpcEndpointServicePermissionsParameters = TypedDict(
    "DescribeVpcEndpointServicePermissionsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ServiceId": S,
        "ServiceId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVpcEndpointServicesParameters = TypedDict(
    "DescribeVpcEndpointServicesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ServiceNames": L[Si],
        "ServiceNames.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServiceRegions": L[Si],
        "ServiceRegions.$": str,
    },
    total=False,
)
DescribeVpcEndpointsParameters = TypedDict(
    "DescribeVpcEndpointsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "VpcEndpointIds": L[Si],
        "VpcEndpointIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeVpcPeeringConnectionsParameters = TypedDict(
    "DescribeVpcPeeringConnectionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "VpcPeeringConnectionIds": L[Si],
        "VpcPeeringConnectionIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeVpcsParameters = TypedDict(
    "DescribeVpcsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "VpcIds": L[Si],
        "VpcIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeVpnConcentratorsParameters = TypedDict(
    "DescribeVpnConcentratorsParameters",
    {
        "VpnConcentratorIds": L[Si],
        "VpnConcentratorIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeVpnConnectionsParameters = TypedDict(
    "DescribeVpnConnectionsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "VpnConnectionIds": L[Si],
        "VpnConnectionIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DescribeVpnGatewaysParameters = TypedDict(
    "DescribeVpnGatewaysParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "VpnGatewayIds": L[Si],
        "VpnGatewayIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DetachClassicLinkVpcParameters = TypedDict(
    "DetachClassicLinkVpcParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "VpcId": S,
        "VpcId.$": str,
    },
    total=False,
)
DetachImageWatermarkParameters = TypedDict(
    "DetachImageWatermarkParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "WatermarkKey": S,
        "WatermarkKey.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DetachInternetGatewayParameters = TypedDict(
    "DetachInternetGatewayParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InternetGatewayId": S,
        "InternetGatewayId.$": str,
        "VpcId": S,
        "VpcId.$": str,
    },
    total=False,
)
DetachNetworkInterfaceParameters = TypedDict(
    "DetachNetworkInterfaceParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "AttachmentId": S,
        "AttachmentId.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
DetachVerifiedAccessTrustProviderParameters = TypedDict(
    "DetachVerifiedAccessTrustProviderParameters",
    {
        "VerifiedAccessInstanceId": S,
        "VerifiedAccessInstanceId.$": str,
        "VerifiedAccessTrustProviderId": S,
        "VerifiedAccessTrustProviderId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DetachVolumeParameters = TypedDict(
    "DetachVolumeParameters",
    {
        "Device": S,
        "Device.$": str,
        "Force": B,
        "Force.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DetachVpnGatewayParameters = TypedDict(
    "DetachVpnGatewayParameters",
    {
        "VpcId": S,
        "VpcId.$": str,
        "VpnGatewayId": S,
        "VpnGatewayId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisableAddressTransferParameters = TypedDict(
    "DisableAddressTransferParameters",
    {"AllocationId": S, "AllocationId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DisableAllowedImagesSettingsParameters = TypedDict(
    "DisableAllowedImagesSettingsParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
DisableApplicationStatusCheckSuppressionParameters = TypedDict(
    "DisableApplicationStatusCheckSuppressionParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisableAwsNetworkPerformanceMetricSubscriptionParameters = TypedDict(
    "DisableAwsNetworkPerformanceMetricSubscriptionParameters",
    {
        "Source": S,
        "Source.$": str,
        "Destination": S,
        "Destination.$": str,
        "Metric": S,
        "Metric.$": str,
        "Statistic": S,
        "Statistic.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisableCapacityManagerParameters = TypedDict(
    "DisableCapacityManagerParameters",
    {"DryRun": B, "DryRun.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DisableEbsEncryptionByDefaultParameters = TypedDict(
    "DisableEbsEncryptionByDefaultParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
DisableFastLaunchParameters = TypedDict(
    "DisableFastLaunchParameters",
    {"ImageId": S, "ImageId.$": str, "Force": B, "Force.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DisableFastSnapshotRestoresParameters = TypedDict(
    "DisableFastSnapshotRestoresParameters",
    {
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "AvailabilityZoneIds": L[Si],
        "AvailabilityZoneIds.$": str,
        "SourceSnapshotIds": L[Si],
        "SourceSnapshotIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisableImageParameters = TypedDict(
    "DisableImageParameters",
    {"ImageId": S, "ImageId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DisableImageBlockPublicAccessParameters = TypedDict(
    "DisableImageBlockPublicAccessParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
DisableImageDeprecationParameters = TypedDict(
    "DisableImageDeprecationParameters",
    {"ImageId": S, "ImageId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DisableImageDeregistrationProtectionParameters = TypedDict(
    "DisableImageDeregistrationProtectionParameters",
    {"ImageId": S, "ImageId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DisableInstanceSqlHaStandbyDetectionsParameters = TypedDict(
    "DisableInstanceSqlHaStandbyDetectionsParameters",
    {"InstanceIds": L[Si], "InstanceIds.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DisableIpamOrganizationAdminAccountParameters = TypedDict(
    "DisableIpamOrganizationAdminAccountParameters",
    {"DryRun": B, "DryRun.$": str, "DelegatedAdminAccountId": S, "DelegatedAdminAccountId.$": str},
    total=False,
)
DisableIpamPolicyParameters = TypedDict(
    "DisableIpamPolicyParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPolicyId": S,
        "IpamPolicyId.$": str,
        "OrganizationTargetId": S,
        "OrganizationTargetId.$": str,
    },
    total=False,
)
DisableRouteServerPropagationParameters = TypedDict(
    "DisableRouteServerPropagationParameters",
    {
        "RouteServerId": S,
        "RouteServerId.$": str,
        "RouteTableId": S,
        "RouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisableSerialConsoleAccessParameters = TypedDict(
    "DisableSerialConsoleAccessParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
DisableSnapshotBlockPublicAccessParameters = TypedDict(
    "DisableSnapshotBlockPublicAccessParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
DisableTransitGatewayRouteTablePropagationParameters = TypedDict(
    "DisableTransitGatewayRouteTablePropagationParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TransitGatewayRouteTableAnnouncementId": S,
        "TransitGatewayRouteTableAnnouncementId.$": str,
    },
    total=False,
)
DisableVgwRoutePropagationParameters = TypedDict(
    "DisableVgwRoutePropagationParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "RouteTableId": S,
        "RouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisableVpcClassicLinkParameters = TypedDict(
    "DisableVpcClassicLinkParameters",
    {"DryRun": B, "DryRun.$": str, "VpcId": S, "VpcId.$": str},
    total=False,
)
DisableVpcClassicLinkDnsSupportParameters = TypedDict(
    "DisableVpcClassicLinkDnsSupportParameters", {"VpcId": S, "VpcId.$": str}, total=False
)
DisassociateAddressParameters = TypedDict(
    "DisassociateAddressParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "PublicIp": S,
        "PublicIp.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateApplicationStatusCheckParameters = TypedDict(
    "DisassociateApplicationStatusCheckParameters",
    {
        "ApplicationStatusCheckId": S,
        "ApplicationStatusCheckId.$": str,
        "TargetTagAssociations": L[Xi[CustomTagKeyValueRequestPair]],
        "TargetTagAssociations.$": str,
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateCapacityReservationBillingOwnerParameters = TypedDict(
    "DisassociateCapacityReservationBillingOwnerParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "CapacityReservationId": S,
        "CapacityReservationId.$": str,
        "UnusedReservationBillingOwnerId": S,
        "UnusedReservationBillingOwnerId.$": str,
    },
    total=False,
)
DisassociateClientVpnTargetNetworkParameters = TypedDict(
    "DisassociateClientVpnTargetNetworkParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateEnclaveCertificateIamRoleParameters = TypedDict(
    "DisassociateEnclaveCertificateIamRoleParameters",
    {
        "CertificateArn": S,
        "CertificateArn.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateIamInstanceProfileParameters = TypedDict(
    "DisassociateIamInstanceProfileParameters",
    {"AssociationId": S, "AssociationId.$": str},
    total=False,
)

class InstanceEventWindowDisassociationRequest(TypedDict, total=False):
    InstanceIds: L[Si]
    InstanceTags: L[Xi[Tag]]
    DedicatedHostIds: L[Si]

DisassociateInstanceEventWindowParameters = TypedDict(
    "DisassociateInstanceEventWindowParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceEventWindowId": S,
        "InstanceEventWindowId.$": str,
        "AssociationTarget": X[InstanceEventWindowDisassociationRequest],
        "AssociationTarget.$": str,
    },
    total=False,
)
DisassociateIpamByoasnParameters = TypedDict(
    "DisassociateIpamByoasnParameters",
    {"DryRun": B, "DryRun.$": str, "Asn": S, "Asn.$": str, "Cidr": S, "Cidr.$": str},
    total=False,
)
DisassociateIpamResourceDiscoveryParameters = TypedDict(
    "DisassociateIpamResourceDiscoveryParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamResourceDiscoveryAssociationId": S,
        "IpamResourceDiscoveryAssociationId.$": str,
    },
    total=False,
)
DisassociateKmsKeyIdParameters = TypedDict(
    "DisassociateKmsKeyIdParameters",
    {
        "SnapshotId": S,
        "SnapshotId.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateNatGatewayAddressParameters = TypedDict(
    "DisassociateNatGatewayAddressParameters",
    {
        "NatGatewayId": S,
        "NatGatewayId.$": str,
        "AssociationIds": L[Si],
        "AssociationIds.$": str,
        "MaxDrainDurationSeconds": I,
        "MaxDrainDurationSeconds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateNetworkingFlexCostAllocationPolicyParameters = TypedDict(
    "DisassociateNetworkingFlexCostAllocationPolicyParameters",
    {
        "FcaPolicyAssociationIds": L[Si],
        "FcaPolicyAssociationIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateRouteServerParameters = TypedDict(
    "DisassociateRouteServerParameters",
    {
        "RouteServerId": S,
        "RouteServerId.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateRouteTableParameters = TypedDict(
    "DisassociateRouteTableParameters",
    {"DryRun": B, "DryRun.$": str, "AssociationId": S, "AssociationId.$": str},
    total=False,
)
DisassociateSecurityGroupVpcParameters = TypedDict(
    "DisassociateSecurityGroupVpcParameters",
    {"GroupId": S, "GroupId.$": str, "VpcId": S, "VpcId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
DisassociateSubnetCidrBlockParameters = TypedDict(
    "DisassociateSubnetCidrBlockParameters",
    {"AssociationId": S, "AssociationId.$": str},
    total=False,
)
DisassociateTransitGatewayMulticastDomainParameters = TypedDict(
    "DisassociateTransitGatewayMulticastDomainParameters",
    {
        "TransitGatewayMulticastDomainId": S,
        "TransitGatewayMulticastDomainId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateTransitGatewayPolicyTableParameters = TypedDict(
    "DisassociateTransitGatewayPolicyTableParameters",
    {
        "TransitGatewayPolicyTableId": S,
        "TransitGatewayPolicyTableId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateTransitGatewayRouteTableParameters = TypedDict(
    "DisassociateTransitGatewayRouteTableParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateTrunkInterfaceParameters = TypedDict(
    "DisassociateTrunkInterfaceParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DisassociateVpcCidrBlockParameters = TypedDict(
    "DisassociateVpcCidrBlockParameters", {"AssociationId": S, "AssociationId.$": str}, total=False
)
EnableAddressTransferParameters = TypedDict(
    "EnableAddressTransferParameters",
    {
        "AllocationId": S,
        "AllocationId.$": str,
        "TransferAccountId": S,
        "TransferAccountId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EnableAllowedImagesSettingsParameters = TypedDict(
    "EnableAllowedImagesSettingsParameters",
    {
        "AllowedImagesSettingsState": S,
        "AllowedImagesSettingsState.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EnableApplicationStatusCheckSuppressionParameters = TypedDict(
    "EnableApplicationStatusCheckSuppressionParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EnableAwsNetworkPerformanceMetricSubscriptionParameters = TypedDict(
    "EnableAwsNetworkPerformanceMetricSubscriptionParameters",
    {
        "Source": S,
        "Source.$": str,
        "Destination": S,
        "Destination.$": str,
        "Metric": S,
        "Metric.$": str,
        "Statistic": S,
        "Statistic.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EnableCapacityManagerParameters = TypedDict(
    "EnableCapacityManagerParameters",
    {
        "OrganizationsAccess": B,
        "OrganizationsAccess.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
EnableEbsEncryptionByDefaultParameters = TypedDict(
    "EnableEbsEncryptionByDefaultParameters", {"DryRun": B, "DryRun.$": str}, total=False
)

class FastLaunchSnapshotConfigurationRequest(TypedDict, total=False):
    TargetResourceCount: I

class FastLaunchLaunchTemplateSpecificationRequest(TypedDict, total=False):
    LaunchTemplateId: S
    LaunchTemplateName: S
    Version: S

EnableFastLaunchParameters = TypedDict(
    "EnableFastLaunchParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "SnapshotConfiguration": X[FastLaunchSnapshotConfigurationRequest],
        "SnapshotConfiguration.$": str,
        "LaunchTemplate": X[FastLaunchLaunchTemplateSpecificationRequest],
        "LaunchTemplate.$": str,
        "MaxParallelLaunches": I,
        "MaxParallelLaunches.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EnableFastSnapshotRestoresParameters = TypedDict(
    "EnableFastSnapshotRestoresParameters",
    {
        "AvailabilityZones": L[Si],
        "AvailabilityZones.$": str,
        "AvailabilityZoneIds": L[Si],
        "AvailabilityZoneIds.$": str,
        "SourceSnapshotIds": L[Si],
        "SourceSnapshotIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EnableImageParameters = TypedDict(
    "EnableImageParameters",
    {"ImageId": S, "ImageId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
EnableImageBlockPublicAccessParameters = TypedDict(
    "EnableImageBlockPublicAccessParameters",
    {
        "ImageBlockPublicAccessState": S,
        "ImageBlockPublicAccessState.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EnableImageDeprecationParameters = TypedDict(
    "EnableImageDeprecationParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "DeprecateAt": T,
        "DeprecateAt.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EnableImageDeregistrationProtectionParameters = TypedDict(
    "EnableImageDeregistrationProtectionParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "WithCooldown": B,
        "WithCooldown.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EnableInstanceSqlHaStandbyDetectionsParameters = TypedDict(
    "EnableInstanceSqlHaStandbyDetectionsParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "SqlServerCredentials": S,
        "SqlServerCredentials.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EnableIpamInternetRegistryAssociationParameters = TypedDict(
    "EnableIpamInternetRegistryAssociationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamInternetRegistryAssociationId": S,
        "IpamInternetRegistryAssociationId.$": str,
        "RpkiVersion": S,
        "RpkiVersion.$": str,
        "ServiceUri": S,
        "ServiceUri.$": str,
        "ChildHandle": S,
        "ChildHandle.$": str,
        "ParentHandle": S,
        "ParentHandle.$": str,
        "ParentBpkiTa": S,
        "ParentBpkiTa.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
EnableIpamOrganizationAdminAccountParameters = TypedDict(
    "EnableIpamOrganizationAdminAccountParameters",
    {"DryRun": B, "DryRun.$": str, "DelegatedAdminAccountId": S, "DelegatedAdminAccountId.$": str},
    total=False,
)
EnableIpamPolicyParameters = TypedDict(
    "EnableIpamPolicyParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPolicyId": S,
        "IpamPolicyId.$": str,
        "OrganizationTargetId": S,
        "OrganizationTargetId.$": str,
    },
    total=False,
)
EnableReachabilityAnalyzerOrganizationSharingParameters = TypedDict(
    "EnableReachabilityAnalyzerOrganizationSharingParameters",
    {"DryRun": B, "DryRun.$": str},
    total=False,
)
EnableRouteServerPropagationParameters = TypedDict(
    "EnableRouteServerPropagationParameters",
    {
        "RouteServerId": S,
        "RouteServerId.$": str,
        "RouteTableId": S,
        "RouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EnableSerialConsoleAccessParameters = TypedDict(
    "EnableSerialConsoleAccessParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
EnableSnapshotBlockPublicAccessParameters = TypedDict(
    "EnableSnapshotBlockPublicAccessParameters",
    {"State": S, "State.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
EnableTransitGatewayRouteTablePropagationParameters = TypedDict(
    "EnableTransitGatewayRouteTablePropagationParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TransitGatewayRouteTableAnnouncementId": S,
        "TransitGatewayRouteTableAnnouncementId.$": str,
    },
    total=False,
)
EnableVgwRoutePropagationParameters = TypedDict(
    "EnableVgwRoutePropagationParameters",
    {
        "GatewayId": S,
        "GatewayId.$": str,
        "RouteTableId": S,
        "RouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
EnableVolumeIOParameters = TypedDict(
    "EnableVolumeIOParameters",
    {"DryRun": B, "DryRun.$": str, "VolumeId": S, "VolumeId.$": str},
    total=False,
)
EnableVpcClassicLinkParameters = TypedDict(
    "EnableVpcClassicLinkParameters",
    {"DryRun": B, "DryRun.$": str, "VpcId": S, "VpcId.$": str},
    total=False,
)
EnableVpcClassicLinkDnsSupportParameters = TypedDict(
    "EnableVpcClassicLinkDnsSupportParameters", {"VpcId": S, "VpcId.$": str}, total=False
)
ExportClientVpnClientCertificateRevocationListParameters = TypedDict(
    "ExportClientVpnClientCertificateRevocationListParameters",
    {"ClientVpnEndpointId": S, "ClientVpnEndpointId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
ExportClientVpnClientConfigurationParameters = TypedDict(
    "ExportClientVpnClientConfigurationParameters",
    {"ClientVpnEndpointId": S, "ClientVpnEndpointId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)

class ExportTaskS3LocationRequest(TypedDict, total=False):
    S3Bucket: S
    S3Prefix: S

ExportImageParameters = TypedDict(
    "ExportImageParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "DiskImageFormat": S,
        "DiskImageFormat.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ImageId": S,
        "ImageId.$": str,
        "S3ExportLocation": X[ExportTaskS3LocationRequest],
        "S3ExportLocation.$": str,
        "RoleName": S,
        "RoleName.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
ExportTransitGatewayRoutesParameters = TypedDict(
    "ExportTransitGatewayRoutesParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "S3Bucket": S,
        "S3Bucket.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ExportVerifiedAccessInstanceClientConfigurationParameters = TypedDict(
    "ExportVerifiedAccessInstanceClientConfigurationParameters",
    {
        "VerifiedAccessInstanceId": S,
        "VerifiedAccessInstanceId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
FailoverVolumesParameters = TypedDict(
    "FailoverVolumesParameters",
    {
        "VolumeId": S,
        "VolumeId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "SourceActiveAvailabilityZone": S,
        "SourceActiveAvailabilityZone.$": str,
        "SourceActiveAvailabilityZoneId": S,
        "SourceActiveAvailabilityZoneId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetActiveVpnTunnelStatusParameters = TypedDict(
    "GetActiveVpnTunnelStatusParameters",
    {
        "VpnConnectionId": S,
        "VpnConnectionId.$": str,
        "VpnTunnelOutsideIpAddress": S,
        "VpnTunnelOutsideIpAddress.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetAllowedImagesSettingsParameters = TypedDict(
    "GetAllowedImagesSettingsParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
GetAssociatedEnclaveCertificateIamRolesParameters = TypedDict(
    "GetAssociatedEnclaveCertificateIamRolesParameters",
    {"CertificateArn": S, "CertificateArn.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
GetAssociatedIpv6PoolCidrsParameters = TypedDict(
    "GetAssociatedIpv6PoolCidrsParameters",
    {
        "PoolId": S,
        "PoolId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class DataQuery(TypedDict, total=False):
    Id: S
    Source: S
    Destination: S
    Metric: S
    Statistic: S
    Period: S

GetAwsNetworkPerformanceDataParameters = TypedDict(
    "GetAwsNetworkPerformanceDataParameters",
    {
        "DataQueries": L[Xi[DataQuery]],
        "DataQueries.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetCapacityManagerAttributesParameters = TypedDict(
    "GetCapacityManagerAttributesParameters", {"DryRun": B, "DryRun.$": str}, total=False
)

class DimensionCondition(TypedDict, total=False):
    Dimension: S
    Comparison: S
    Values: L[Si]

class CapacityManagerCondition(TypedDict, total=False):
    DimensionCondition: X[DimensionCondition]

GetCapacityManagerMetricDataParameters = TypedDict(
    "GetCapacityManagerMetricDataParameters",
    {
        "MetricNames": L[Si],
        "MetricNames.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Period": I,
        "Period.$": str,
        "GroupBy": L[Si],
        "GroupBy.$": str,
        "FilterBy": L[Xi[CapacityManagerCondition]],
        "FilterBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetCapacityManagerMetricDimensionsParameters = TypedDict(
    "GetCapacityManagerMetricDimensionsParameters",
    {
        "GroupBy": L[Si],
        "GroupBy.$": str,
        "FilterBy": L[Xi[CapacityManagerCondition]],
        "FilterBy.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MetricNames": L[Si],
        "MetricNames.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetCapacityManagerMonitoredTagKeysParameters = TypedDict(
    "GetCapacityManagerMonitoredTagKeysParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class InstanceRequirementsWithMetadataRequest(TypedDict, total=False):
    ArchitectureTypes: L[Si]
    VirtualizationTypes: L[Si]
    InstanceRequirements: X[InstanceRequirementsRequest]

GetCapacityManagerSupportabilityScoresParameters = TypedDict(
    "GetCapacityManagerSupportabilityScoresParameters",
    {
        "MarketType": S,
        "MarketType.$": str,
        "CapacityAmount": I,
        "CapacityAmount.$": str,
        "CapacityUnit": S,
        "CapacityUnit.$": str,
        "CapacityAvailabilityZoneIds": L[Si],
        "CapacityAvailabilityZoneIds.$": str,
        "InstanceTypes": L[Si],
        "InstanceTypes.$": str,
        "InstanceRequirementsWithMetadata": X[InstanceRequirementsWithMetadataRequest],
        "InstanceRequirementsWithMetadata.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetCapacityReservationUsageParameters = TypedDict(
    "GetCapacityReservationUsageParameters",
    {
        "CapacityReservationId": S,
        "CapacityReservationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetClientVpnEndpointAuthorizationPolicyParameters = TypedDict(
    "GetClientVpnEndpointAuthorizationPolicyParameters",
    {"ClientVpnEndpointId": S, "ClientVpnEndpointId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
GetCoipPoolUsageParameters = TypedDict(
    "GetCoipPoolUsageParameters",
    {
        "PoolId": S,
        "PoolId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetConsoleOutputParameters = TypedDict(
    "GetConsoleOutputParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Latest": B,
        "Latest.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetConsoleScreenshotParameters = TypedDict(
    "GetConsoleScreenshotParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "WakeUp": B,
        "WakeUp.$": str,
    },
    total=False,
)
GetDeclarativePoliciesReportSummaryParameters = TypedDict(
    "GetDeclarativePoliciesReportSummaryParameters",
    {"DryRun": B, "DryRun.$": str, "ReportId": S, "ReportId.$": str},
    total=False,
)
GetDefaultCreditSpecificationParameters = TypedDict(
    "GetDefaultCreditSpecificationParameters",
    {"DryRun": B, "DryRun.$": str, "InstanceFamily": S, "InstanceFamily.$": str},
    total=False,
)
GetEbsDefaultKmsKeyIdParameters = TypedDict(
    "GetEbsDefaultKmsKeyIdParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
GetEbsEncryptionByDefaultParameters = TypedDict(
    "GetEbsEncryptionByDefaultParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
GetEnabledIpamPolicyParameters = TypedDict(
    "GetEnabledIpamPolicyParameters", {"DryRun": B, "DryRun.$": str}, total=False
)

class AthenaIntegration(TypedDict, total=False):
    IntegrationResultS3DestinationArn: S
    PartitionLoadFrequency: S
    PartitionStartDate: T
    PartitionEndDate: T

class IntegrateServices(TypedDict, total=False):
    AthenaIntegrations: L[Xi[AthenaIntegration]]

GetFlowLogsIntegrationTemplateParameters = TypedDict(
    "GetFlowLogsIntegrationTemplateParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "FlowLogId": S,
        "FlowLogId.$": str,
        "ConfigDeliveryS3DestinationArn": S,
        "ConfigDeliveryS3DestinationArn.$": str,
        "IntegrateServices": X[IntegrateServices],
        "IntegrateServices.$": str,
    },
    total=False,
)
GetGroupsForCapacityReservationParameters = TypedDict(
    "GetGroupsForCapacityReservationParameters",
    {
        "CapacityReservationId": S,
        "CapacityReservationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetHostReservationPurchasePreviewParameters = TypedDict(
    "GetHostReservationPurchasePreviewParameters",
    {"HostIdSet": L[Si], "HostIdSet.$": str, "OfferingId": S, "OfferingId.$": str},
    total=False,
)
GetImageAncestryParameters = TypedDict(
    "GetImageAncestryParameters",
    {"ImageId": S, "ImageId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
GetImageBlockPublicAccessStateParameters = TypedDict(
    "GetImageBlockPublicAccessStateParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
GetImageFindingsParameters = TypedDict(
    "GetImageFindingsParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetInstanceMetadataDefaultsParameters = TypedDict(
    "GetInstanceMetadataDefaultsParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
GetInstanceTpmEkPubParameters = TypedDict(
    "GetInstanceTpmEkPubParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "KeyType": S,
        "KeyType.$": str,
        "KeyFormat": S,
        "KeyFormat.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetInstanceTypesFromInstanceRequirementsParameters = TypedDict(
    "GetInstanceTypesFromInstanceRequirementsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ArchitectureTypes": L[Si],
        "ArchitectureTypes.$": str,
        "VirtualizationTypes": L[Si],
        "VirtualizationTypes.$": str,
        "InstanceRequirements": X[InstanceRequirementsRequest],
        "InstanceRequirements.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Context": S,
        "Context.$": str,
    },
    total=False,
)
GetInstanceUefiDataParameters = TypedDict(
    "GetInstanceUefiDataParameters",
    {"InstanceId": S, "InstanceId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
GetIpamAddressHistoryParameters = TypedDict(
    "GetIpamAddressHistoryParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Cidr": S,
        "Cidr.$": str,
        "IpamScopeId": S,
        "IpamScopeId.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetIpamDiscoveredAccountsParameters = TypedDict(
    "GetIpamDiscoveredAccountsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamResourceDiscoveryId": S,
        "IpamResourceDiscoveryId.$": str,
        "DiscoveryRegion": S,
        "DiscoveryRegion.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetIpamDiscoveredPublicAddressesParameters = TypedDict(
    "GetIpamDiscoveredPublicAddressesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamResourceDiscoveryId": S,
        "IpamResourceDiscoveryId.$": str,
        "AddressRegion": S,
        "AddressRegion.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetIpamDiscoveredResourceCidrsParameters = TypedDict(
    "GetIpamDiscoveredResourceCidrsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamResourceDiscoveryId": S,
        "IpamResourceDiscoveryId.$": str,
        "ResourceRegion": S,
        "ResourceRegion.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetIpamDiscoveredRoutesParameters = TypedDict(
    "GetIpamDiscoveredRoutesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamResourceDiscoveryId": S,
        "IpamResourceDiscoveryId.$": str,
        "ResourceRegion": S,
        "ResourceRegion.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetIpamInternetRegistryAssociationAsnsParameters = TypedDict(
    "GetIpamInternetRegistryAssociationAsnsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamInternetRegistryAssociationId": S,
        "IpamInternetRegistryAssociationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
GetIpamInternetRegistryAssociationCidrsParameters = TypedDict(
    "GetIpamInternetRegistryAssociationCidrsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamInternetRegistryAssociationId": S,
        "IpamInternetRegistryAssociationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
GetIpamPolicyAllocationRulesParameters = TypedDict(
    "GetIpamPolicyAllocationRulesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPolicyId": S,
        "IpamPolicyId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Locale": S,
        "Locale.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetIpamPolicyOrganizationTargetsParameters = TypedDict(
    "GetIpamPolicyOrganizationTargetsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IpamPolicyId": S,
        "IpamPolicyId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
GetIpamPoolAllocationsParameters = TypedDict(
    "GetIpamPoolAllocationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPoolId": S,
        "IpamPoolId.$": str,
        "IpamPoolAllocationId": S,
        "IpamPoolAllocationId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetIpamPoolCidrsParameters = TypedDict(
    "GetIpamPoolCidrsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPoolId": S,
        "IpamPoolId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetIpamPrefixListResolverRulesParameters = TypedDict(
    "GetIpamPrefixListResolverRulesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPrefixListResolverId": S,
        "IpamPrefixListResolverId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetIpamPrefixListResolverVersionEntriesParameters = TypedDict(
    "GetIpamPrefixListResolverVersionEntriesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPrefixListResolverId": S,
        "IpamPrefixListResolverId.$": str,
        "IpamPrefixListResolverVersion": I,
        "IpamPrefixListResolverVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetIpamPrefixListResolverVersionsParameters = TypedDict(
    "GetIpamPrefixListResolverVersionsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPrefixListResolverId": S,
        "IpamPrefixListResolverId.$": str,
        "IpamPrefixListResolverVersions": L[Ii],
        "IpamPrefixListResolverVersions.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetIpamResourceCidrsParameters = TypedDict(
    "GetIpamResourceCidrsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IpamScopeId": S,
        "IpamScopeId.$": str,
        "IpamPoolId": S,
        "IpamPoolId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceTag": X[RequestIpamResourceTag],
        "ResourceTag.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
    },
    total=False,
)
GetIpamRouteOriginAuthorizationsParameters = TypedDict(
    "GetIpamRouteOriginAuthorizationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamInternetRegistryAssociationId": S,
        "IpamInternetRegistryAssociationId.$": str,
        "Cidr": S,
        "Cidr.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetIpamRouteProtectionFindingsParameters = TypedDict(
    "GetIpamRouteProtectionFindingsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamId": S,
        "IpamId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetIpamRoutingPolicyRegistrationDeltasParameters = TypedDict(
    "GetIpamRoutingPolicyRegistrationDeltasParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamInternetRegistryAssociationId": S,
        "IpamInternetRegistryAssociationId.$": str,
        "DeltaId": S,
        "DeltaId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "ChronologicalOrder": S,
        "ChronologicalOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetIpamRoutingPolicyRegistrationsParameters = TypedDict(
    "GetIpamRoutingPolicyRegistrationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamInternetRegistryAssociationId": S,
        "IpamInternetRegistryAssociationId.$": str,
        "Cidr": S,
        "Cidr.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetLaunchTemplateDataParameters = TypedDict(
    "GetLaunchTemplateDataParameters",
    {"DryRun": B, "DryRun.$": str, "InstanceId": S, "InstanceId.$": str},
    total=False,
)
GetManagedPrefixListAssociationsParameters = TypedDict(
    "GetManagedPrefixListAssociationsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "PrefixListId": S,
        "PrefixListId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetManagedPrefixListEntriesParameters = TypedDict(
    "GetManagedPrefixListEntriesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "PrefixListId": S,
        "PrefixListId.$": str,
        "TargetVersion": I,
        "TargetVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetManagedResourceVisibilityParameters = TypedDict(
    "GetManagedResourceVisibilityParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
GetNetworkInsightsAccessScopeAnalysisFindingsParameters = TypedDict(
    "GetNetworkInsightsAccessScopeAnalysisFindingsParameters",
    {
        "NetworkInsightsAccessScopeAnalysisId": S,
        "NetworkInsightsAccessScopeAnalysisId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetNetworkInsightsAccessScopeContentParameters = TypedDict(
    "GetNetworkInsightsAccessScopeContentParameters",
    {
        "NetworkInsightsAccessScopeId": S,
        "NetworkInsightsAccessScopeId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetNetworkingFlexCostAllocationPolicyVersionsParameters = TypedDict(
    "GetNetworkingFlexCostAllocationPolicyVersionsParameters",
    {
        "FcaPolicyId": S,
        "FcaPolicyId.$": str,
        "VersionsToInclude": L[Ii],
        "VersionsToInclude.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetPasswordDataParameters = TypedDict(
    "GetPasswordDataParameters",
    {"InstanceId": S, "InstanceId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
GetReservedInstancesExchangeQuoteParameters = TypedDict(
    "GetReservedInstancesExchangeQuoteParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ReservedInstanceIds": L[Si],
        "ReservedInstanceIds.$": str,
        "TargetConfigurations": L[Xi[TargetConfigurationRequest]],
        "TargetConfigurations.$": str,
    },
    total=False,
)
GetRouteServerAssociationsParameters = TypedDict(
    "GetRouteServerAssociationsParameters",
    {"RouteServerId": S, "RouteServerId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
GetRouteServerPropagationsParameters = TypedDict(
    "GetRouteServerPropagationsParameters",
    {
        "RouteServerId": S,
        "RouteServerId.$": str,
        "RouteTableId": S,
        "RouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetRouteServerRoutingDatabaseParameters = TypedDict(
    "GetRouteServerRoutingDatabaseParameters",
    {
        "RouteServerId": S,
        "RouteServerId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
GetSecurityGroupsForVpcParameters = TypedDict(
    "GetSecurityGroupsForVpcParameters",
    {
        "VpcId": S,
        "VpcId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetSerialConsoleAccessStatusParameters = TypedDict(
    "GetSerialConsoleAccessStatusParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
GetSnapshotBlockPublicAccessStateParameters = TypedDict(
    "GetSnapshotBlockPublicAccessStateParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
GetSpotPlacementScoresParameters = TypedDict(
    "GetSpotPlacementScoresParameters",
    {
        "InstanceTypes": L[Si],
        "InstanceTypes.$": str,
        "TargetCapacity": I,
        "TargetCapacity.$": str,
        "TargetCapacityUnitType": S,
        "TargetCapacityUnitType.$": str,
        "SingleAvailabilityZone": B,
        "SingleAvailabilityZone.$": str,
        "RegionNames": L[Si],
        "RegionNames.$": str,
        "InstanceRequirementsWithMetadata": X[InstanceRequirementsWithMetadataRequest],
        "InstanceRequirementsWithMetadata.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeLocalZones": B,
        "IncludeLocalZones.$": str,
    },
    total=False,
)
GetSubnetCidrReservationsParameters = TypedDict(
    "GetSubnetCidrReservationsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetTransitGatewayAttachmentNatConfigurationParameters = TypedDict(
    "GetTransitGatewayAttachmentNatConfigurationParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetTransitGatewayAttachmentPropagationsParameters = TypedDict(
    "GetTransitGatewayAttachmentPropagationsParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetTransitGatewayMeteringPolicyEntriesParameters = TypedDict(
    "GetTransitGatewayMeteringPolicyEntriesParameters",
    {
        "TransitGatewayMeteringPolicyId": S,
        "TransitGatewayMeteringPolicyId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetTransitGatewayMulticastDomainAssociationsParameters = TypedDict(
    "GetTransitGatewayMulticastDomainAssociationsParameters",
    {
        "TransitGatewayMulticastDomainId": S,
        "TransitGatewayMulticastDomainId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetTransitGatewayPolicyTableAssociationsParameters = TypedDict(
    "GetTransitGatewayPolicyTableAssociationsParameters",
    {
        "TransitGatewayPolicyTableId": S,
        "TransitGatewayPolicyTableId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetTransitGatewayPolicyTableEntriesParameters = TypedDict(
    "GetTransitGatewayPolicyTableEntriesParameters",
    {
        "TransitGatewayPolicyTableId": S,
        "TransitGatewayPolicyTableId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetTransitGatewayPrefixListReferencesParameters = TypedDict(
    "GetTransitGatewayPrefixListReferencesParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetTransitGatewayRouteTableAssociationsParameters = TypedDict(
    "GetTransitGatewayRouteTableAssociationsParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetTransitGatewayRouteTablePropagationsParameters = TypedDict(
    "GetTransitGatewayRouteTablePropagationsParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetVerifiedAccessEndpointPolicyParameters = TypedDict(
    "GetVerifiedAccessEndpointPolicyParameters",
    {
        "VerifiedAccessEndpointId": S,
        "VerifiedAccessEndpointId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetVerifiedAccessEndpointTargetsParameters = TypedDict(
    "GetVerifiedAccessEndpointTargetsParameters",
    {
        "VerifiedAccessEndpointId": S,
        "VerifiedAccessEndpointId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetVerifiedAccessGroupPolicyParameters = TypedDict(
    "GetVerifiedAccessGroupPolicyParameters",
    {"VerifiedAccessGroupId": S, "VerifiedAccessGroupId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
GetVpcResourcesBlockingEncryptionEnforcementParameters = TypedDict(
    "GetVpcResourcesBlockingEncryptionEnforcementParameters",
    {
        "VpcId": S,
        "VpcId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetVpnConnectionDeviceSampleConfigurationParameters = TypedDict(
    "GetVpnConnectionDeviceSampleConfigurationParameters",
    {
        "VpnConnectionId": S,
        "VpnConnectionId.$": str,
        "VpnConnectionDeviceTypeId": S,
        "VpnConnectionDeviceTypeId.$": str,
        "InternetKeyExchangeVersion": S,
        "InternetKeyExchangeVersion.$": str,
        "SampleType": S,
        "SampleType.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetVpnConnectionDeviceTypesParameters = TypedDict(
    "GetVpnConnectionDeviceTypesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetVpnTunnelReplacementStatusParameters = TypedDict(
    "GetVpnTunnelReplacementStatusParameters",
    {
        "VpnConnectionId": S,
        "VpnConnectionId.$": str,
        "VpnTunnelOutsideIpAddress": S,
        "VpnTunnelOutsideIpAddress.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ImportClientVpnClientCertificateRevocationListParameters = TypedDict(
    "ImportClientVpnClientCertificateRevocationListParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "CertificateRevocationList": S,
        "CertificateRevocationList.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ClientData(TypedDict, total=False):
    Comment: S
    UploadEnd: T
    UploadSize: F
    UploadStart: T

class UserBucket(TypedDict, total=False):
    S3Bucket: S
    S3Key: S

class ImageDiskContainer(TypedDict, total=False):
    Description: S
    DeviceName: S
    Format: S
    SnapshotId: S
    Url: S
    UserBucket: X[UserBucket]

class ImportImageLicenseConfigurationRequest(TypedDict, total=False):
    LicenseConfigurationArn: S

ImportImageParameters = TypedDict(
    "ImportImageParameters",
    {
        "Architecture": S,
        "Architecture.$": str,
        "ClientData": X[ClientData],
        "ClientData.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "DiskContainers": L[Xi[ImageDiskContainer]],
        "DiskContainers.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Encrypted": B,
        "Encrypted.$": str,
        "Hypervisor": S,
        "Hypervisor.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "LicenseType": S,
        "LicenseType.$": str,
        "Platform": S,
        "Platform.$": str,
        "RoleName": S,
        "RoleName.$": str,
        "LicenseSpecifications": L[Xi[ImportImageLicenseConfigurationRequest]],
        "LicenseSpecifications.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "UsageOperation": S,
        "UsageOperation.$": str,
        "BootMode": S,
        "BootMode.$": str,
    },
    total=False,
)

class UserData(TypedDict, total=False):
    Data: S

class ImportInstanceLaunchSpecification(TypedDict, total=False):
    Architecture: S
    GroupNames: L[Si]
    GroupIds: L[Si]
    AdditionalInfo: S
    UserData: X[UserData]
    InstanceType: S
    Placement: X[Placement]
    Monitoring: B
    SubnetId: S
    InstanceInitiatedShutdownBehavior: S
    PrivateIpAddress: S

class DiskImageDetail(TypedDict, total=False):
    Format: S
    Bytes: I
    ImportManifestUrl: S

class VolumeDetail(TypedDict, total=False):
    Size: I

class DiskImage(TypedDict, total=False):
    Description: S
    Image: X[DiskImageDetail]
    Volume: X[VolumeDetail]

ImportInstanceParameters = TypedDict(
    "ImportInstanceParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Description": S,
        "Description.$": str,
        "LaunchSpecification": X[ImportInstanceLaunchSpecification],
        "LaunchSpecification.$": str,
        "DiskImages": L[Xi[DiskImage]],
        "DiskImages.$": str,
        "Platform": S,
        "Platform.$": str,
    },
    total=False,
)
ImportKeyPairParameters = TypedDict(
    "ImportKeyPairParameters",
    {
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "KeyName": S,
        "KeyName.$": str,
        "PublicKeyMaterial": S,
        "PublicKeyMaterial.$": str,
    },
    total=False,
)

class SnapshotDiskContainer(TypedDict, total=False):
    Description: S
    Format: S
    Url: S
    UserBucket: X[UserBucket]

ImportSnapshotParameters = TypedDict(
    "ImportSnapshotParameters",
    {
        "ClientData": X[ClientData],
        "ClientData.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "DiskContainer": X[SnapshotDiskContainer],
        "DiskContainer.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Encrypted": B,
        "Encrypted.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "RoleName": S,
        "RoleName.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
ImportVolumeParameters = TypedDict(
    "ImportVolumeParameters",
    {
        "AvailabilityZoneId": S,
        "AvailabilityZoneId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "Image": X[DiskImageDetail],
        "Image.$": str,
        "Description": S,
        "Description.$": str,
        "Volume": X[VolumeDetail],
        "Volume.$": str,
    },
    total=False,
)
ListImagesInRecycleBinParameters = TypedDict(
    "ListImagesInRecycleBinParameters",
    {
        "ImageIds": L[Si],
        "ImageIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ListSnapshotsInRecycleBinParameters = TypedDict(
    "ListSnapshotsInRecycleBinParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SnapshotIds": L[Si],
        "SnapshotIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ListVolumesInRecycleBinParameters = TypedDict(
    "ListVolumesInRecycleBinParameters",
    {
        "VolumeIds": L[Si],
        "VolumeIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
LockSnapshotParameters = TypedDict(
    "LockSnapshotParameters",
    {
        "SnapshotId": S,
        "SnapshotId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "LockMode": S,
        "LockMode.$": str,
        "CoolOffPeriod": I,
        "CoolOffPeriod.$": str,
        "LockDuration": I,
        "LockDuration.$": str,
        "ExpirationDate": T,
        "ExpirationDate.$": str,
    },
    total=False,
)
ModifyAccountVpcEncryptionControlParameters = TypedDict(
    "ModifyAccountVpcEncryptionControlParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Mode": S,
        "Mode.$": str,
        "InternetGateway": S,
        "InternetGateway.$": str,
        "EgressOnlyInternetGateway": S,
        "EgressOnlyInternetGateway.$": str,
        "NatGateway": S,
        "NatGateway.$": str,
        "VirtualPrivateGateway": S,
        "VirtualPrivateGateway.$": str,
        "VpcPeering": S,
        "VpcPeering.$": str,
        "Lambda": S,
        "Lambda.$": str,
        "VpcLattice": S,
        "VpcLattice.$": str,
        "ElasticFileSystem": S,
        "ElasticFileSystem.$": str,
        "GlobalAccelerator": S,
        "GlobalAccelerator.$": str,
        "ApiGatewayV2": S,
        "ApiGatewayV2.$": str,
    },
    total=False,
)
ModifyAddressAttributeParameters = TypedDict(
    "ModifyAddressAttributeParameters",
    {
        "AllocationId": S,
        "AllocationId.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyApplicationStatusCheckParameters = TypedDict(
    "ModifyApplicationStatusCheckParameters",
    {
        "ApplicationStatusCheckId": S,
        "ApplicationStatusCheckId.$": str,
        "Aggregation": S,
        "Aggregation.$": str,
        "HealthCheckPaths": L[Xi[HealthCheckPathRequestObject]],
        "HealthCheckPaths.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "Port": I,
        "Port.$": str,
        "Path": S,
        "Path.$": str,
        "DeviceIndex": I,
        "DeviceIndex.$": str,
        "IpVersion": S,
        "IpVersion.$": str,
        "IpScope": S,
        "IpScope.$": str,
        "Interval": I,
        "Interval.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "FailureThreshold": I,
        "FailureThreshold.$": str,
        "SuccessThreshold": I,
        "SuccessThreshold.$": str,
        "StatusCodeMatcher": S,
        "StatusCodeMatcher.$": str,
        "InitializationGracePeriodSeconds": I,
        "InitializationGracePeriodSeconds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyAvailabilityZoneGroupParameters = TypedDict(
    "ModifyAvailabilityZoneGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "OptInStatus": S,
        "OptInStatus.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyCapacityReservationParameters = TypedDict(
    "ModifyCapacityReservationParameters",
    {
        "CapacityReservationId": S,
        "CapacityReservationId.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "EndDateType": S,
        "EndDateType.$": str,
        "Accept": B,
        "Accept.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "AdditionalInfo": S,
        "AdditionalInfo.$": str,
        "InstanceMatchCriteria": S,
        "InstanceMatchCriteria.$": str,
        "AcceptModificationTerms": B,
        "AcceptModificationTerms.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "QuoteId": S,
        "QuoteId.$": str,
    },
    total=False,
)
ModifyCapacityReservationFleetParameters = TypedDict(
    "ModifyCapacityReservationFleetParameters",
    {
        "CapacityReservationFleetId": S,
        "CapacityReservationFleetId.$": str,
        "TotalTargetCapacity": I,
        "TotalTargetCapacity.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "RemoveEndDate": B,
        "RemoveEndDate.$": str,
    },
    total=False,
)

class DnsServersOptionsModifyStructure(TypedDict, total=False):
    CustomDnsServers: L[Si]
    Enabled: B

ModifyClientVpnEndpointParameters = TypedDict(
    "ModifyClientVpnEndpointParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "ServerCertificateArn": S,
        "ServerCertificateArn.$": str,
        "ConnectionLogOptions": X[ConnectionLogOptions],
        "ConnectionLogOptions.$": str,
        "DnsServers": X[DnsServersOptionsModifyStructure],
        "DnsServers.$": str,
        "VpnPort": I,
        "VpnPort.$": str,
        "Description": S,
        "Description.$": str,
        "SplitTunnel": B,
        "SplitTunnel.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "SelfServicePortal": S,
        "SelfServicePortal.$": str,
        "ClientConnectOptions": X[ClientConnectOptions],
        "ClientConnectOptions.$": str,
        "SessionTimeoutHours": I,
        "SessionTimeoutHours.$": str,
        "ClientLoginBannerOptions": X[ClientLoginBannerOptions],
        "ClientLoginBannerOptions.$": str,
        "ClientRouteEnforcementOptions": X[ClientRouteEnforcementOptions],
        "ClientRouteEnforcementOptions.$": str,
        "DisconnectOnSessionTimeout": B,
        "DisconnectOnSessionTimeout.$": str,
        "TransitGatewayConfiguration": X[TransitGatewayConfigurationInputStructure],
        "TransitGatewayConfiguration.$": str,
        "DevicePostureOptions": X[DevicePostureOptions],
        "DevicePostureOptions.$": str,
    },
    total=False,
)
ModifyClientVpnEndpointAuthorizationPolicyParameters = TypedDict(
    "ModifyClientVpnEndpointAuthorizationPolicyParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "Description": S,
        "Description.$": str,
        "ShadowMode": S,
        "ShadowMode.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyDefaultCreditSpecificationParameters = TypedDict(
    "ModifyDefaultCreditSpecificationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceFamily": S,
        "InstanceFamily.$": str,
        "CpuCredits": S,
        "CpuCredits.$": str,
    },
    total=False,
)
ModifyEbsDefaultKmsKeyIdParameters = TypedDict(
    "ModifyEbsDefaultKmsKeyIdParameters",
    {"KmsKeyId": S, "KmsKeyId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
ModifyFleetParameters = TypedDict(
    "ModifyFleetParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ExcessCapacityTerminationPolicy": S,
        "ExcessCapacityTerminationPolicy.$": str,
        "LaunchTemplateConfigs": L[Xi[FleetLaunchTemplateConfigRequest]],
        "LaunchTemplateConfigs.$": str,
        "FleetId": S,
        "FleetId.$": str,
        "TargetCapacitySpecification": X[TargetCapacitySpecificationRequest],
        "TargetCapacitySpecification.$": str,
        "Context": S,
        "Context.$": str,
    },
    total=False,
)

class LoadPermissionRequest(TypedDict, total=False):
    Group: S
    UserId: S

class LoadPermissionModifications(TypedDict, total=False):
    Add: L[Xi[LoadPermissionRequest]]
    Remove: L[Xi[LoadPermissionRequest]]

ModifyFpgaImageAttributeParameters = TypedDict(
    "ModifyFpgaImageAttributeParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "FpgaImageId": S,
        "FpgaImageId.$": str,
        "Attribute": S,
        "Attribute.$": str,
        "OperationType": S,
        "OperationType.$": str,
        "UserIds": L[Si],
        "UserIds.$": str,
        "UserGroups": L[Si],
        "UserGroups.$": str,
        "ProductCodes": L[Si],
        "ProductCodes.$": str,
        "LoadPermission": X[LoadPermissionModifications],
        "LoadPermission.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
ModifyHostsParameters = TypedDict(
    "ModifyHostsParameters",
    {
        "HostRecovery": S,
        "HostRecovery.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "InstanceFamily": S,
        "InstanceFamily.$": str,
        "HostMaintenance": S,
        "HostMaintenance.$": str,
        "HostIds": L[Si],
        "HostIds.$": str,
        "AutoPlacement": S,
        "AutoPlacement.$": str,
    },
    total=False,
)
ModifyIdFormatParameters = TypedDict(
    "ModifyIdFormatParameters",
    {"Resource": S, "Resource.$": str, "UseLongIds": B, "UseLongIds.$": str},
    total=False,
)
ModifyIdentityIdFormatParameters = TypedDict(
    "ModifyIdentityIdFormatParameters",
    {
        "Resource": S,
        "Resource.$": str,
        "UseLongIds": B,
        "UseLongIds.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
    },
    total=False,
)

class AttributeValue(TypedDict, total=False):
    Value: S

class LaunchPermission(TypedDict, total=False):
    OrganizationArn: S
    OrganizationalUnitArn: S
    UserId: S
    Group: S

class LaunchPermissionModifications(TypedDict, total=False):
    Add: L[Xi[LaunchPermission]]
    Remove: L[Xi[LaunchPermission]]

ModifyImageAttributeParameters = TypedDict(
    "ModifyImageAttributeParameters",
    {
        "Attribute": S,
        "Attribute.$": str,
        "Description": X[AttributeValue],
        "Description.$": str,
        "ImageId": S,
        "ImageId.$": str,
        "LaunchPermission": X[LaunchPermissionModifications],
        "LaunchPermission.$": str,
        "OperationType": S,
        "OperationType.$": str,
        "ProductCodes": L[Si],
        "ProductCodes.$": str,
        "UserGroups": L[Si],
        "UserGroups.$": str,
        "UserIds": L[Si],
        "UserIds.$": str,
        "Value": S,
        "Value.$": str,
        "OrganizationArns": L[Si],
        "OrganizationArns.$": str,
        "OrganizationalUnitArns": L[Si],
        "OrganizationalUnitArns.$": str,
        "ImdsSupport": X[AttributeValue],
        "ImdsSupport.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class AttributeBooleanValue(TypedDict, total=False):
    Value: B

class EnclaveOptionsRequest(TypedDict, total=False):
    Enabled: B

class EbsInstanceBlockDeviceSpecification(TypedDict, total=False):
    VolumeId: S
    DeleteOnTermination: B

class InstanceBlockDeviceMappingSpecification(TypedDict, total=False):
    DeviceName: S
    Ebs: X[EbsInstanceBlockDeviceSpecification]
    VirtualName: S
    NoDevice: S

class SecureBlobAttributeValue(TypedDict, total=False):
    Value: S

ModifyInstanceAttributeParameters = TypedDict(
    "ModifyInstanceAttributeParameters",
    {
        "SourceDestCheck": X[AttributeBooleanValue],
        "SourceDestCheck.$": str,
        "EnclaveOptions": X[EnclaveOptionsRequest],
        "EnclaveOptions.$": str,
        "DisableApiStop": X[AttributeBooleanValue],
        "DisableApiStop.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Attribute": S,
        "Attribute.$": str,
        "Value": S,
        "Value.$": str,
        "BlockDeviceMappings": L[Xi[InstanceBlockDeviceMappingSpecification]],
        "BlockDeviceMappings.$": str,
        "DisableApiTermination": X[AttributeBooleanValue],
        "DisableApiTermination.$": str,
        "InstanceType": X[AttributeValue],
        "InstanceType.$": str,
        "Kernel": X[AttributeValue],
        "Kernel.$": str,
        "Ramdisk": X[AttributeValue],
        "Ramdisk.$": str,
        "UserData": X[SecureBlobAttributeValue],
        "UserData.$": str,
        "InstanceInitiatedShutdownBehavior": X[AttributeValue],
        "InstanceInitiatedShutdownBehavior.$": str,
        "Groups": L[Si],
        "Groups.$": str,
        "EbsOptimized": X[AttributeBooleanValue],
        "EbsOptimized.$": str,
        "SriovNetSupport": X[AttributeValue],
        "SriovNetSupport.$": str,
        "EnaSupport": X[AttributeBooleanValue],
        "EnaSupport.$": str,
    },
    total=False,
)

class CapacityReservationSpecification(TypedDict, total=False):
    CapacityReservationPreference: S
    CapacityReservationTarget: X[CapacityReservationTarget]

ModifyInstanceCapacityReservationAttributesParameters = TypedDict(
    "ModifyInstanceCapacityReservationAttributesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "CapacityReservationSpecification": X[CapacityReservationSpecification],
        "CapacityReservationSpecification.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyInstanceConnectEndpointParameters = TypedDict(
    "ModifyInstanceConnectEndpointParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceConnectEndpointId": S,
        "InstanceConnectEndpointId.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "PreserveClientIp": B,
        "PreserveClientIp.$": str,
    },
    total=False,
)
ModifyInstanceCpuOptionsParameters = TypedDict(
    "ModifyInstanceCpuOptionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "CoreCount": I,
        "CoreCount.$": str,
        "ThreadsPerCore": I,
        "ThreadsPerCore.$": str,
        "NestedVirtualization": S,
        "NestedVirtualization.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class InstanceCreditSpecificationRequest(TypedDict, total=False):
    InstanceId: S
    CpuCredits: S

ModifyInstanceCreditSpecificationParameters = TypedDict(
    "ModifyInstanceCreditSpecificationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "InstanceCreditSpecifications": L[Xi[InstanceCreditSpecificationRequest]],
        "InstanceCreditSpecifications.$": str,
    },
    total=False,
)
ModifyInstanceEventStartTimeParameters = TypedDict(
    "ModifyInstanceEventStartTimeParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "InstanceEventId": S,
        "InstanceEventId.$": str,
        "NotBefore": T,
        "NotBefore.$": str,
    },
    total=False,
)
ModifyInstanceEventWindowParameters = TypedDict(
    "ModifyInstanceEventWindowParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Name": S,
        "Name.$": str,
        "InstanceEventWindowId": S,
        "InstanceEventWindowId.$": str,
        "TimeRanges": L[Xi[InstanceEventWindowTimeRangeRequest]],
        "TimeRanges.$": str,
        "CronExpression": S,
        "CronExpression.$": str,
    },
    total=False,
)
ModifyInstanceMaintenanceOptionsParameters = TypedDict(
    "ModifyInstanceMaintenanceOptionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AutoRecovery": S,
        "AutoRecovery.$": str,
        "RebootMigration": S,
        "RebootMigration.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyInstanceMetadataDefaultsParameters = TypedDict(
    "ModifyInstanceMetadataDefaultsParameters",
    {
        "HttpTokens": S,
        "HttpTokens.$": str,
        "HttpPutResponseHopLimit": I,
        "HttpPutResponseHopLimit.$": str,
        "HttpEndpoint": S,
        "HttpEndpoint.$": str,
        "InstanceMetadataTags": S,
        "InstanceMetadataTags.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "HttpTokensEnforced": S,
        "HttpTokensEnforced.$": str,
    },
    total=False,
)
ModifyInstanceMetadataOptionsParameters = TypedDict(
    "ModifyInstanceMetadataOptionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "HttpTokens": S,
        "HttpTokens.$": str,
        "HttpPutResponseHopLimit": I,
        "HttpPutResponseHopLimit.$": str,
        "HttpEndpoint": S,
        "HttpEndpoint.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "HttpProtocolIpv6": S,
        "HttpProtocolIpv6.$": str,
        "InstanceMetadataTags": S,
        "InstanceMetadataTags.$": str,
    },
    total=False,
)
ModifyInstanceNetworkPerformanceOptionsParameters = TypedDict(
    "ModifyInstanceNetworkPerformanceOptionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "BandwidthWeighting": S,
        "BandwidthWeighting.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyInstancePlacementParameters = TypedDict(
    "ModifyInstancePlacementParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "PartitionNumber": I,
        "PartitionNumber.$": str,
        "HostResourceGroupArn": S,
        "HostResourceGroupArn.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Tenancy": S,
        "Tenancy.$": str,
        "Affinity": S,
        "Affinity.$": str,
        "HostId": S,
        "HostId.$": str,
    },
    total=False,
)

class RemoveIpamOperatingRegion(TypedDict, total=False):
    RegionName: S

ModifyIpamParameters = TypedDict(
    "ModifyIpamParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamId": S,
        "IpamId.$": str,
        "Description": S,
        "Description.$": str,
        "AddOperatingRegions": L[Xi[AddIpamOperatingRegion]],
        "AddOperatingRegions.$": str,
        "RemoveOperatingRegions": L[Xi[RemoveIpamOperatingRegion]],
        "RemoveOperatingRegions.$": str,
        "Tier": S,
        "Tier.$": str,
        "EnablePrivateGua": B,
        "EnablePrivateGua.$": str,
        "MeteredAccount": S,
        "MeteredAccount.$": str,
    },
    total=False,
)

class IpamPolicyAllocationRuleRequest(TypedDict, total=False):
    SourceIpamPoolId: S

ModifyIpamPolicyAllocationRulesParameters = TypedDict(
    "ModifyIpamPolicyAllocationRulesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPolicyId": S,
        "IpamPolicyId.$": str,
        "Locale": S,
        "Locale.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "AllocationRules": L[Xi[IpamPolicyAllocationRuleRequest]],
        "AllocationRules.$": str,
    },
    total=False,
)
ModifyIpamPoolParameters = TypedDict(
    "ModifyIpamPoolParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPoolId": S,
        "IpamPoolId.$": str,
        "Description": S,
        "Description.$": str,
        "AutoImport": B,
        "AutoImport.$": str,
        "AllocationMinNetmaskLength": I,
        "AllocationMinNetmaskLength.$": str,
        "AllocationMaxNetmaskLength": I,
        "AllocationMaxNetmaskLength.$": str,
        "AllocationDefaultNetmaskLength": I,
        "AllocationDefaultNetmaskLength.$": str,
        "ClearAllocationDefaultNetmaskLength": B,
        "ClearAllocationDefaultNetmaskLength.$": str,
        "AddAllocationResourceTags": L[Xi[RequestIpamResourceTag]],
        "AddAllocationResourceTags.$": str,
        "RemoveAllocationResourceTags": L[Xi[RequestIpamResourceTag]],
        "RemoveAllocationResourceTags.$": str,
    },
    total=False,
)
ModifyIpamPoolAllocationParameters = TypedDict(
    "ModifyIpamPoolAllocationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPoolAllocationId": S,
        "IpamPoolAllocationId.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
ModifyIpamPrefixListResolverParameters = TypedDict(
    "ModifyIpamPrefixListResolverParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPrefixListResolverId": S,
        "IpamPrefixListResolverId.$": str,
        "Description": S,
        "Description.$": str,
        "Rules": L[Xi[IpamPrefixListResolverRuleRequest]],
        "Rules.$": str,
    },
    total=False,
)
ModifyIpamPrefixListResolverTargetParameters = TypedDict(
    "ModifyIpamPrefixListResolverTargetParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPrefixListResolverTargetId": S,
        "IpamPrefixListResolverTargetId.$": str,
        "DesiredVersion": I,
        "DesiredVersion.$": str,
        "TrackLatestVersion": B,
        "TrackLatestVersion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ModifyIpamResourceCidrParameters = TypedDict(
    "ModifyIpamResourceCidrParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceCidr": S,
        "ResourceCidr.$": str,
        "ResourceRegion": S,
        "ResourceRegion.$": str,
        "CurrentIpamScopeId": S,
        "CurrentIpamScopeId.$": str,
        "DestinationIpamScopeId": S,
        "DestinationIpamScopeId.$": str,
        "Monitored": B,
        "Monitored.$": str,
    },
    total=False,
)

class AddIpamOrganizationalUnitExclusion(TypedDict, total=False):
    OrganizationsEntityPath: S

class RemoveIpamOrganizationalUnitExclusion(TypedDict, total=False):
    OrganizationsEntityPath: S

ModifyIpamResourceDiscoveryParameters = TypedDict(
    "ModifyIpamResourceDiscoveryParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamResourceDiscoveryId": S,
        "IpamResourceDiscoveryId.$": str,
        "Description": S,
        "Description.$": str,
        "AddOperatingRegions": L[Xi[AddIpamOperatingRegion]],
        "AddOperatingRegions.$": str,
        "RemoveOperatingRegions": L[Xi[RemoveIpamOperatingRegion]],
        "RemoveOperatingRegions.$": str,
        "AddOrganizationalUnitExclusions": L[Xi[AddIpamOrganizationalUnitExclusion]],
        "AddOrganizationalUnitExclusions.$": str,
        "RemoveOrganizationalUnitExclusions": L[Xi[RemoveIpamOrganizationalUnitExclusion]],
        "RemoveOrganizationalUnitExclusions.$": str,
    },
    total=False,
)
ModifyIpamRoutingPolicyRegistrationParameters = TypedDict(
    "ModifyIpamRoutingPolicyRegistrationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamInternetRegistryAssociationId": S,
        "IpamInternetRegistryAssociationId.$": str,
        "Cidr": S,
        "Cidr.$": str,
        "Asns": L[Si],
        "Asns.$": str,
        "PermitMoreSpecificAnnouncements": B,
        "PermitMoreSpecificAnnouncements.$": str,
        "MaxLength": I,
        "MaxLength.$": str,
        "Description": S,
        "Description.$": str,
        "Force": B,
        "Force.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ModifyIpamScopeParameters = TypedDict(
    "ModifyIpamScopeParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamScopeId": S,
        "IpamScopeId.$": str,
        "Description": S,
        "Description.$": str,
        "ExternalAuthorityConfiguration": X[ExternalAuthorityConfiguration],
        "ExternalAuthorityConfiguration.$": str,
        "RemoveExternalAuthorityConfiguration": B,
        "RemoveExternalAuthorityConfiguration.$": str,
    },
    total=False,
)
ModifyLaunchTemplateParameters = TypedDict(
    "ModifyLaunchTemplateParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LaunchTemplateId": S,
        "LaunchTemplateId.$": str,
        "LaunchTemplateName": S,
        "LaunchTemplateName.$": str,
        "DefaultVersion": S,
        "DefaultVersion.$": str,
    },
    total=False,
)
ModifyLocalGatewayRouteParameters = TypedDict(
    "ModifyLocalGatewayRouteParameters",
    {
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "LocalGatewayRouteTableId": S,
        "LocalGatewayRouteTableId.$": str,
        "LocalGatewayVirtualInterfaceGroupId": S,
        "LocalGatewayVirtualInterfaceGroupId.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "DestinationPrefixListId": S,
        "DestinationPrefixListId.$": str,
    },
    total=False,
)

class RemovePrefixListEntry(TypedDict, total=False):
    Cidr: S

ModifyManagedPrefixListParameters = TypedDict(
    "ModifyManagedPrefixListParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "PrefixListId": S,
        "PrefixListId.$": str,
        "CurrentVersion": I,
        "CurrentVersion.$": str,
        "PrefixListName": S,
        "PrefixListName.$": str,
        "AddEntries": L[Xi[AddPrefixListEntry]],
        "AddEntries.$": str,
        "RemoveEntries": L[Xi[RemovePrefixListEntry]],
        "RemoveEntries.$": str,
        "MaxEntries": I,
        "MaxEntries.$": str,
        "IpamPrefixListResolverSyncEnabled": B,
        "IpamPrefixListResolverSyncEnabled.$": str,
    },
    total=False,
)
ModifyManagedResourceVisibilityParameters = TypedDict(
    "ModifyManagedResourceVisibilityParameters",
    {"DryRun": B, "DryRun.$": str, "DefaultVisibility": S, "DefaultVisibility.$": str},
    total=False,
)
ModifyMetricCategoryParameters = TypedDict(
    "ModifyMetricCategoryParameters",
    {
        "MetricCategoryId": S,
        "MetricCategoryId.$": str,
        "Metrics": L[Si],
        "Metrics.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class NetworkInterfaceAttachmentChanges(TypedDict, total=False):
    DefaultEnaQueueCount: B
    EnaQueueCount: I
    AttachmentId: S
    DeleteOnTermination: B

ModifyNetworkInterfaceAttributeParameters = TypedDict(
    "ModifyNetworkInterfaceAttributeParameters",
    {
        "EnaSrdSpecification": X[EnaSrdSpecification],
        "EnaSrdSpecification.$": str,
        "EnablePrimaryIpv6": B,
        "EnablePrimaryIpv6.$": str,
        "ConnectionTrackingSpecification": X[ConnectionTrackingSpecificationRequest],
        "ConnectionTrackingSpecification.$": str,
        "AssociatePublicIpAddress": B,
        "AssociatePublicIpAddress.$": str,
        "AssociatedSubnetIds": L[Si],
        "AssociatedSubnetIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "Description": X[AttributeValue],
        "Description.$": str,
        "SourceDestCheck": X[AttributeBooleanValue],
        "SourceDestCheck.$": str,
        "Groups": L[Si],
        "Groups.$": str,
        "Attachment": X[NetworkInterfaceAttachmentChanges],
        "Attachment.$": str,
    },
    total=False,
)
ModifyNetworkingFlexCostAllocationPolicyParameters = TypedDict(
    "ModifyNetworkingFlexCostAllocationPolicyParameters",
    {
        "FcaPolicyId": S,
        "FcaPolicyId.$": str,
        "NatFcaPolicyDocument": X[NatFlexCostAllocationPolicyDocument],
        "NatFcaPolicyDocument.$": str,
        "InstanceFcaPolicyDocument": X[InstanceFlexCostAllocationPolicyDocument],
        "InstanceFcaPolicyDocument.$": str,
        "PcxFcaPolicyDocument": X[PcxFlexCostAllocationPolicyDocument],
        "PcxFcaPolicyDocument.$": str,
        "ShowBackEnabled": B,
        "ShowBackEnabled.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyPrivateDnsNameOptionsParameters = TypedDict(
    "ModifyPrivateDnsNameOptionsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "PrivateDnsHostnameType": S,
        "PrivateDnsHostnameType.$": str,
        "EnableResourceNameDnsARecord": B,
        "EnableResourceNameDnsARecord.$": str,
        "EnableResourceNameDnsAAAARecord": B,
        "EnableResourceNameDnsAAAARecord.$": str,
    },
    total=False,
)
ModifyPublicIpDnsNameOptionsParameters = TypedDict(
    "ModifyPublicIpDnsNameOptionsParameters",
    {
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "HostnameType": S,
        "HostnameType.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ReservedInstancesConfiguration(TypedDict, total=False):
    AvailabilityZone: S
    InstanceCount: I
    InstanceType: S
    Platform: S
    Scope: S
    AvailabilityZoneId: S

ModifyReservedInstancesParameters = TypedDict(
    "ModifyReservedInstancesParameters",
    {
        "ReservedInstancesIds": L[Si],
        "ReservedInstancesIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "TargetConfigurations": L[Xi[ReservedInstancesConfiguration]],
        "TargetConfigurations.$": str,
    },
    total=False,
)
ModifyRouteServerParameters = TypedDict(
    "ModifyRouteServerParameters",
    {
        "RouteServerId": S,
        "RouteServerId.$": str,
        "PersistRoutes": S,
        "PersistRoutes.$": str,
        "PersistRoutesDuration": I,
        "PersistRoutesDuration.$": str,
        "SnsNotificationsEnabled": B,
        "SnsNotificationsEnabled.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class SecurityGroupRuleRequest(TypedDict, total=False):
    IpProtocol: S
    FromPort: I
    ToPort: I
    CidrIpv4: S
    CidrIpv6: S
    PrefixListId: S
    ReferencedGroupId: S
    Description: S

class SecurityGroupRuleUpdate(TypedDict, total=False):
    SecurityGroupRuleId: S
    SecurityGroupRule: X[SecurityGroupRuleRequest]

ModifySecurityGroupRulesParameters = TypedDict(
    "ModifySecurityGroupRulesParameters",
    {
        "GroupId": S,
        "GroupId.$": str,
        "SecurityGroupRules": L[Xi[SecurityGroupRuleUpdate]],
        "SecurityGroupRules.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class CreateVolumePermission(TypedDict, total=False):
    UserId: S
    Group: S

class CreateVolumePermissionModifications(TypedDict, total=False):
    Add: L[Xi[CreateVolumePermission]]
    Remove: L[Xi[CreateVolumePermission]]

ModifySnapshotAttributeParameters = TypedDict(
    "ModifySnapshotAttributeParameters",
    {
        "Attribute": S,
        "Attribute.$": str,
        "CreateVolumePermission": X[CreateVolumePermissionModifications],
        "CreateVolumePermission.$": str,
        "GroupNames": L[Si],
        "GroupNames.$": str,
        "OperationType": S,
        "OperationType.$": str,
        "SnapshotId": S,
        "SnapshotId.$": str,
        "UserIds": L[Si],
        "UserIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifySnapshotTierParameters = TypedDict(
    "ModifySnapshotTierParameters",
    {
        "SnapshotId": S,
        "SnapshotId.$": str,
        "StorageTier": S,
        "StorageTier.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class FleetLaunchTemplateSpecification(TypedDict, total=False):
    LaunchTemplateId: S
    LaunchTemplateName: S
    Version: S

class VCpuCountRange(TypedDict, total=False):
    Min: I
    Max: I

class MemoryMiB(TypedDict, total=False):
    Min: I
    Max: I

class MemoryGiBPerVCpu(TypedDict, total=False):
    Min: F
    Max: F

class NetworkInterfaceCount(TypedDict, total=False):
    Min: I
    Max: I

class TotalLocalStorageGB(TypedDict, total=False):
    Min: F
    Max: F

class BaselineEbsBandwidthMbps(TypedDict, total=False):
    Min: I
    Max: I

class AcceleratorCount(TypedDict, total=False):
    Min: I
    Max: I

class AcceleratorTotalMemoryMiB(TypedDict, total=False):
    Min: I
    Max: I

class NetworkBandwidthGbps(TypedDict, total=False):
    Min: F
    Max: F

class PerformanceFactorReference(TypedDict, total=False):
    InstanceFamily: S

class CpuPerformanceFactor(TypedDict, total=False):
    References: L[Xi[PerformanceFactorReference]]

class BaselinePerformanceFactors(TypedDict, total=False):
    Cpu: X[CpuPerformanceFactor]

class InstanceRequirements(TypedDict, total=False):
    VCpuCount: X[VCpuCountRange]
    MemoryMiB: X[MemoryMiB]
    CpuManufacturers: L[Si]
    MemoryGiBPerVCpu: X[MemoryGiBPerVCpu]
    ExcludedInstanceTypes: L[Si]
    InstanceGenerations: L[Si]
    SpotMaxPricePercentageOverLowestPrice: I
    OnDemandMaxPricePercentageOverLowestPrice: I
    BareMetal: S
    BurstablePerformance: S
    RequireHibernateSupport: B
    NetworkInterfaceCount: X[NetworkInterfaceCount]
    LocalStorage: S
    LocalStorageTypes: L[Si]
    TotalLocalStorageGB: X[TotalLocalStorageGB]
    BaselineEbsBandwidthMbps: X[BaselineEbsBandwidthMbps]
    AcceleratorTypes: L[Si]
    AcceleratorCount: X[AcceleratorCount]
    AcceleratorManufacturers: L[Si]
    AcceleratorNames: L[Si]
    AcceleratorTotalMemoryMiB: X[AcceleratorTotalMemoryMiB]
    NetworkBandwidthGbps: X[NetworkBandwidthGbps]
    AllowedInstanceTypes: L[Si]
    MaxSpotPriceAsPercentageOfOptimalOnDemandPrice: I
    BaselinePerformanceFactors: X[BaselinePerformanceFactors]
    RequireEncryptionInTransit: B

class LaunchTemplateOverrides(TypedDict, total=False):
    InstanceType: S
    SpotPrice: S
    SubnetId: S
    AvailabilityZone: S
    WeightedCapacity: F
    Priority: F
    InstanceRequirements: X[InstanceRequirements]
    AvailabilityZoneId: S

class LaunchTemplateConfig(TypedDict, total=False):
    LaunchTemplateSpecification: X[FleetLaunchTemplateSpecification]
    Overrides: L[Xi[LaunchTemplateOverrides]]

ModifySpotFleetRequestParameters = TypedDict(
    "ModifySpotFleetRequestParameters",
    {
        "LaunchTemplateConfigs": L[Xi[LaunchTemplateConfig]],
        "LaunchTemplateConfigs.$": str,
        "OnDemandTargetCapacity": I,
        "OnDemandTargetCapacity.$": str,
        "Context": S,
        "Context.$": str,
        "SpotFleetRequestId": S,
        "SpotFleetRequestId.$": str,
        "TargetCapacity": I,
        "TargetCapacity.$": str,
        "ExcessCapacityTerminationPolicy": S,
        "ExcessCapacityTerminationPolicy.$": str,
    },
    total=False,
)
ModifySubnetAttributeParameters = TypedDict(
    "ModifySubnetAttributeParameters",
    {
        "AssignIpv6AddressOnCreation": X[AttributeBooleanValue],
        "AssignIpv6AddressOnCreation.$": str,
        "MapPublicIpOnLaunch": X[AttributeBooleanValue],
        "MapPublicIpOnLaunch.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "MapCustomerOwnedIpOnLaunch": X[AttributeBooleanValue],
        "MapCustomerOwnedIpOnLaunch.$": str,
        "CustomerOwnedIpv4Pool": S,
        "CustomerOwnedIpv4Pool.$": str,
        "EnableDns64": X[AttributeBooleanValue],
        "EnableDns64.$": str,
        "PrivateDnsHostnameTypeOnLaunch": S,
        "PrivateDnsHostnameTypeOnLaunch.$": str,
        "EnableResourceNameDnsARecordOnLaunch": X[AttributeBooleanValue],
        "EnableResourceNameDnsARecordOnLaunch.$": str,
        "EnableResourceNameDnsAAAARecordOnLaunch": X[AttributeBooleanValue],
        "EnableResourceNameDnsAAAARecordOnLaunch.$": str,
        "EnableLniAtDeviceIndex": I,
        "EnableLniAtDeviceIndex.$": str,
        "DisableLniAtDeviceIndex": X[AttributeBooleanValue],
        "DisableLniAtDeviceIndex.$": str,
    },
    total=False,
)
ModifyTrafficMirrorFilterNetworkServicesParameters = TypedDict(
    "ModifyTrafficMirrorFilterNetworkServicesParameters",
    {
        "TrafficMirrorFilterId": S,
        "TrafficMirrorFilterId.$": str,
        "AddNetworkServices": L[Si],
        "AddNetworkServices.$": str,
        "RemoveNetworkServices": L[Si],
        "RemoveNetworkServices.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyTrafficMirrorFilterRuleParameters = TypedDict(
    "ModifyTrafficMirrorFilterRuleParameters",
    {
        "TrafficMirrorFilterRuleId": S,
        "TrafficMirrorFilterRuleId.$": str,
        "TrafficDirection": S,
        "TrafficDirection.$": str,
        "RuleNumber": I,
        "RuleNumber.$": str,
        "RuleAction": S,
        "RuleAction.$": str,
        "DestinationPortRange": X[TrafficMirrorPortRangeRequest],
        "DestinationPortRange.$": str,
        "SourcePortRange": X[TrafficMirrorPortRangeRequest],
        "SourcePortRange.$": str,
        "Protocol": I,
        "Protocol.$": str,
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "SourceCidrBlock": S,
        "SourceCidrBlock.$": str,
        "Description": S,
        "Description.$": str,
        "RemoveFields": L[Si],
        "RemoveFields.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyTrafficMirrorSessionParameters = TypedDict(
    "ModifyTrafficMirrorSessionParameters",
    {
        "TrafficMirrorSessionId": S,
        "TrafficMirrorSessionId.$": str,
        "TrafficMirrorTargetId": S,
        "TrafficMirrorTargetId.$": str,
        "TrafficMirrorFilterId": S,
        "TrafficMirrorFilterId.$": str,
        "PacketLength": I,
        "PacketLength.$": str,
        "SessionNumber": I,
        "SessionNumber.$": str,
        "VirtualNetworkId": I,
        "VirtualNetworkId.$": str,
        "Description": S,
        "Description.$": str,
        "RemoveFields": L[Si],
        "RemoveFields.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ModifyTransitGatewayOptions(TypedDict, total=False):
    AddTransitGatewayCidrBlocks: L[Si]
    RemoveTransitGatewayCidrBlocks: L[Si]
    VpnEcmpSupport: S
    DnsSupport: S
    SecurityGroupReferencingSupport: S
    AutoAcceptSharedAttachments: S
    DefaultRouteTableAssociation: S
    AssociationDefaultRouteTableId: S
    DefaultRouteTablePropagation: S
    PropagationDefaultRouteTableId: S
    AmazonSideAsn: I
    EncryptionSupport: S

ModifyTransitGatewayParameters = TypedDict(
    "ModifyTransitGatewayParameters",
    {
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "Description": S,
        "Description.$": str,
        "Options": X[ModifyTransitGatewayOptions],
        "Options.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class TransitGatewayNatRuleRequest(TypedDict, total=False):
    RuleNumber: I
    MatchSourceCidr: S
    NatCidr: S

ModifyTransitGatewayAttachmentNatConfigurationParameters = TypedDict(
    "ModifyTransitGatewayAttachmentNatConfigurationParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "NatGatewaySupport": S,
        "NatGatewaySupport.$": str,
        "NatSystemRouteSupport": S,
        "NatSystemRouteSupport.$": str,
        "NatGatewayRules": L[Xi[TransitGatewayNatRuleRequest]],
        "NatGatewayRules.$": str,
        "ResetNatGatewayRules": B,
        "ResetNatGatewayRules.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyTransitGatewayMeteringPolicyParameters = TypedDict(
    "ModifyTransitGatewayMeteringPolicyParameters",
    {
        "TransitGatewayMeteringPolicyId": S,
        "TransitGatewayMeteringPolicyId.$": str,
        "AddMiddleboxAttachmentIds": L[Si],
        "AddMiddleboxAttachmentIds.$": str,
        "RemoveMiddleboxAttachmentIds": L[Si],
        "RemoveMiddleboxAttachmentIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyTransitGatewayNetworkFunctionAttachmentParameters = TypedDict(
    "ModifyTransitGatewayNetworkFunctionAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "AddAvailabilityZones": L[Si],
        "AddAvailabilityZones.$": str,
        "AddAvailabilityZoneIds": L[Si],
        "AddAvailabilityZoneIds.$": str,
        "RemoveAvailabilityZones": L[Si],
        "RemoveAvailabilityZones.$": str,
        "RemoveAvailabilityZoneIds": L[Si],
        "RemoveAvailabilityZoneIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ModifyTransitGatewayPeeringAttachmentRequestOptions(TypedDict, total=False):
    AllowMultipathResilience: B
    MultipathResilienceMode: S

ModifyTransitGatewayPeeringAttachmentParameters = TypedDict(
    "ModifyTransitGatewayPeeringAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "Options": X[ModifyTransitGatewayPeeringAttachmentRequestOptions],
        "Options.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyTransitGatewayPolicyTableEntryParameters = TypedDict(
    "ModifyTransitGatewayPolicyTableEntryParameters",
    {
        "TransitGatewayPolicyTableId": S,
        "TransitGatewayPolicyTableId.$": str,
        "PolicyRuleNumber": S,
        "PolicyRuleNumber.$": str,
        "PolicyRule": X[TransitGatewayRequestPolicyRule],
        "PolicyRule.$": str,
        "TargetRouteTableId": S,
        "TargetRouteTableId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyTransitGatewayPrefixListReferenceParameters = TypedDict(
    "ModifyTransitGatewayPrefixListReferenceParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "PrefixListId": S,
        "PrefixListId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "Blackhole": B,
        "Blackhole.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ModifyTransitGatewayVpcAttachmentRequestOptions(TypedDict, total=False):
    DnsSupport: S
    SecurityGroupReferencingSupport: S
    Ipv6Support: S
    ApplianceModeSupport: S

ModifyTransitGatewayVpcAttachmentParameters = TypedDict(
    "ModifyTransitGatewayVpcAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "AddSubnetIds": L[Si],
        "AddSubnetIds.$": str,
        "RemoveSubnetIds": L[Si],
        "RemoveSubnetIds.$": str,
        "Options": X[ModifyTransitGatewayVpcAttachmentRequestOptions],
        "Options.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ModifyVerifiedAccessEndpointPortRange(TypedDict, total=False):
    FromPort: I
    ToPort: I

class ModifyVerifiedAccessEndpointLoadBalancerOptions(TypedDict, total=False):
    SubnetIds: L[Si]
    Protocol: S
    Port: I
    PortRanges: L[Xi[ModifyVerifiedAccessEndpointPortRange]]

class ModifyVerifiedAccessEndpointEniOptions(TypedDict, total=False):
    Protocol: S
    Port: I
    PortRanges: L[Xi[ModifyVerifiedAccessEndpointPortRange]]

class ModifyVerifiedAccessEndpointRdsOptions(TypedDict, total=False):
    SubnetIds: L[Si]
    Port: I
    RdsEndpoint: S

class ModifyVerifiedAccessEndpointCidrOptions(TypedDict, total=False):
    PortRanges: L[Xi[ModifyVerifiedAccessEndpointPortRange]]

ModifyVerifiedAccessEndpointParameters = TypedDict(
    "ModifyVerifiedAccessEndpointParameters",
    {
        "VerifiedAccessEndpointId": S,
        "VerifiedAccessEndpointId.$": str,
        "VerifiedAccessGroupId": S,
        "VerifiedAccessGroupId.$": str,
        "LoadBalancerOptions": X[ModifyVerifiedAccessEndpointLoadBalancerOptions],
        "LoadBalancerOptions.$": str,
        "NetworkInterfaceOptions": X[ModifyVerifiedAccessEndpointEniOptions],
        "NetworkInterfaceOptions.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "RdsOptions": X[ModifyVerifiedAccessEndpointRdsOptions],
        "RdsOptions.$": str,
        "CidrOptions": X[ModifyVerifiedAccessEndpointCidrOptions],
        "CidrOptions.$": str,
    },
    total=False,
)
ModifyVerifiedAccessEndpointPolicyParameters = TypedDict(
    "ModifyVerifiedAccessEndpointPolicyParameters",
    {
        "VerifiedAccessEndpointId": S,
        "VerifiedAccessEndpointId.$": str,
        "PolicyEnabled": B,
        "PolicyEnabled.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SseSpecification": X[VerifiedAccessSseSpecificationRequest],
        "SseSpecification.$": str,
    },
    total=False,
)
ModifyVerifiedAccessGroupParameters = TypedDict(
    "ModifyVerifiedAccessGroupParameters",
    {
        "VerifiedAccessGroupId": S,
        "VerifiedAccessGroupId.$": str,
        "VerifiedAccessInstanceId": S,
        "VerifiedAccessInstanceId.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyVerifiedAccessGroupPolicyParameters = TypedDict(
    "ModifyVerifiedAccessGroupPolicyParameters",
    {
        "VerifiedAccessGroupId": S,
        "VerifiedAccessGroupId.$": str,
        "PolicyEnabled": B,
        "PolicyEnabled.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SseSpecification": X[VerifiedAccessSseSpecificationRequest],
        "SseSpecification.$": str,
    },
    total=False,
)
ModifyVerifiedAccessInstanceParameters = TypedDict(
    "ModifyVerifiedAccessInstanceParameters",
    {
        "VerifiedAccessInstanceId": S,
        "VerifiedAccessInstanceId.$": str,
        "Description": S,
        "Description.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "CidrEndpointsCustomSubDomain": S,
        "CidrEndpointsCustomSubDomain.$": str,
    },
    total=False,
)

class VerifiedAccessLogS3DestinationOptions(TypedDict, total=False):
    Enabled: B
    BucketName: S
    Prefix: S
    BucketOwner: S

class VerifiedAccessLogCloudWatchLogsDestinationOptions(TypedDict, total=False):
    Enabled: B
    LogGroup: S

class VerifiedAccessLogKinesisDataFirehoseDestinationOptions(TypedDict, total=False):
    Enabled: B
    DeliveryStream: S

class VerifiedAccessLogOptions(TypedDict, total=False):
    S3: X[VerifiedAccessLogS3DestinationOptions]
    CloudWatchLogs: X[VerifiedAccessLogCloudWatchLogsDestinationOptions]
    KinesisDataFirehose: X[VerifiedAccessLogKinesisDataFirehoseDestinationOptions]
    LogVersion: S
    IncludeTrustContext: B

ModifyVerifiedAccessInstanceLoggingConfigurationParameters = TypedDict(
    "ModifyVerifiedAccessInstanceLoggingConfigurationParameters",
    {
        "VerifiedAccessInstanceId": S,
        "VerifiedAccessInstanceId.$": str,
        "AccessLogs": X[VerifiedAccessLogOptions],
        "AccessLogs.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ModifyVerifiedAccessTrustProviderOidcOptions(TypedDict, total=False):
    Issuer: S
    AuthorizationEndpoint: S
    TokenEndpoint: S
    UserInfoEndpoint: S
    ClientId: S
    ClientSecret: S
    Scope: S

class ModifyVerifiedAccessTrustProviderDeviceOptions(TypedDict, total=False):
    PublicSigningKeyUrl: S

class ModifyVerifiedAccessNativeApplicationOidcOptions(TypedDict, total=False):
    PublicSigningKeyEndpoint: S
    Issuer: S
    AuthorizationEndpoint: S
    TokenEndpoint: S
    UserInfoEndpoint: S
    ClientId: S
    ClientSecret: S
    Scope: S

ModifyVerifiedAccessTrustProviderParameters = TypedDict(
    "ModifyVerifiedAccessTrustProviderParameters",
    {
        "VerifiedAccessTrustProviderId": S,
        "VerifiedAccessTrustProviderId.$": str,
        "OidcOptions": X[ModifyVerifiedAccessTrustProviderOidcOptions],
        "OidcOptions.$": str,
        "DeviceOptions": X[ModifyVerifiedAccessTrustProviderDeviceOptions],
        "DeviceOptions.$": str,
        "Description": S,
        "Description.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SseSpecification": X[VerifiedAccessSseSpecificationRequest],
        "SseSpecification.$": str,
        "NativeApplicationOidcOptions": X[ModifyVerifiedAccessNativeApplicationOidcOptions],
        "NativeApplicationOidcOptions.$": str,
    },
    total=False,
)

class MultiAvailabilityZoneVolumeConfigurationModifyRequest(TypedDict, total=False):
    ConfigurationType: S
    ForceDetachStandby: B
    StandbyAvailabilityZones: L[Xi[StandbyVolumeAvailabilityZoneRequest]]

ModifyVolumeParameters = TypedDict(
    "ModifyVolumeParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "Size": I,
        "Size.$": str,
        "VolumeType": S,
        "VolumeType.$": str,
        "Iops": I,
        "Iops.$": str,
        "Throughput": I,
        "Throughput.$": str,
        "MultiAttachEnabled": B,
        "MultiAttachEnabled.$": str,
        "MultiAvailabilityZoneConfiguration": X[
            MultiAvailabilityZoneVolumeConfigurationModifyRequest
        ],
        "MultiAvailabilityZoneConfiguration.$": str,
        "TrimOnAttach": S,
        "TrimOnAttach.$": str,
    },
    total=False,
)
ModifyVolumeAttributeParameters = TypedDict(
    "ModifyVolumeAttributeParameters",
    {
        "AutoEnableIO": X[AttributeBooleanValue],
        "AutoEnableIO.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyVpcAttributeParameters = TypedDict(
    "ModifyVpcAttributeParameters",
    {
        "EnableDnsHostnames": X[AttributeBooleanValue],
        "EnableDnsHostnames.$": str,
        "EnableDnsSupport": X[AttributeBooleanValue],
        "EnableDnsSupport.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "EnableNetworkAddressUsageMetrics": X[AttributeBooleanValue],
        "EnableNetworkAddressUsageMetrics.$": str,
    },
    total=False,
)
ModifyVpcBlockPublicAccessExclusionParameters = TypedDict(
    "ModifyVpcBlockPublicAccessExclusionParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ExclusionId": S,
        "ExclusionId.$": str,
        "InternetGatewayExclusionMode": S,
        "InternetGatewayExclusionMode.$": str,
    },
    total=False,
)
ModifyVpcBlockPublicAccessOptionsParameters = TypedDict(
    "ModifyVpcBlockPublicAccessOptionsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InternetGatewayBlockMode": S,
        "InternetGatewayBlockMode.$": str,
    },
    total=False,
)
ModifyVpcEncryptionControlParameters = TypedDict(
    "ModifyVpcEncryptionControlParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "VpcEncryptionControlId": S,
        "VpcEncryptionControlId.$": str,
        "Mode": S,
        "Mode.$": str,
        "InternetGatewayExclusion": S,
        "InternetGatewayExclusion.$": str,
        "EgressOnlyInternetGatewayExclusion": S,
        "EgressOnlyInternetGatewayExclusion.$": str,
        "NatGatewayExclusion": S,
        "NatGatewayExclusion.$": str,
        "VirtualPrivateGatewayExclusion": S,
        "VirtualPrivateGatewayExclusion.$": str,
        "VpcPeeringExclusion": S,
        "VpcPeeringExclusion.$": str,
        "LambdaExclusion": S,
        "LambdaExclusion.$": str,
        "VpcLatticeExclusion": S,
        "VpcLatticeExclusion.$": str,
        "ElasticFileSystemExclusion": S,
        "ElasticFileSystemExclusion.$": str,
        "GlobalAcceleratorExclusion": S,
        "GlobalAcceleratorExclusion.$": str,
        "ApiGatewayV2Exclusion": S,
        "ApiGatewayV2Exclusion.$": str,
    },
    total=False,
)
ModifyVpcEndpointParameters = TypedDict(
    "ModifyVpcEndpointParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "ResetPolicy": B,
        "ResetPolicy.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "AddRouteTableIds": L[Si],
        "AddRouteTableIds.$": str,
        "RemoveRouteTableIds": L[Si],
        "RemoveRouteTableIds.$": str,
        "AddSubnetIds": L[Si],
        "AddSubnetIds.$": str,
        "RemoveSubnetIds": L[Si],
        "RemoveSubnetIds.$": str,
        "AddSecurityGroupIds": L[Si],
        "AddSecurityGroupIds.$": str,
        "RemoveSecurityGroupIds": L[Si],
        "RemoveSecurityGroupIds.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "DnsOptions": X[DnsOptionsSpecification],
        "DnsOptions.$": str,
        "PrivateDnsEnabled": B,
        "PrivateDnsEnabled.$": str,
        "SubnetConfigurations": L[Xi[SubnetConfiguration]],
        "SubnetConfigurations.$": str,
    },
    total=False,
)
ModifyVpcEndpointConnectionNotificationParameters = TypedDict(
    "ModifyVpcEndpointConnectionNotificationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ConnectionNotificationId": S,
        "ConnectionNotificationId.$": str,
        "ConnectionNotificationArn": S,
        "ConnectionNotificationArn.$": str,
        "ConnectionEvents": L[Si],
        "ConnectionEvents.$": str,
    },
    total=False,
)
ModifyVpcEndpointPayerResponsibilityParameters = TypedDict(
    "ModifyVpcEndpointPayerResponsibilityParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ServiceId": S,
        "ServiceId.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "PayerResponsibility": S,
        "PayerResponsibility.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
ModifyVpcEndpointServiceConfigurationParameters = TypedDict(
    "ModifyVpcEndpointServiceConfigurationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ServiceId": S,
        "ServiceId.$": str,
        "PrivateDnsName": S,
        "PrivateDnsName.$": str,
        "RemovePrivateDnsName": B,
        "RemovePrivateDnsName.$": str,
        "AcceptanceRequired": B,
        "AcceptanceRequired.$": str,
        "AddNetworkLoadBalancerArns": L[Si],
        "AddNetworkLoadBalancerArns.$": str,
        "RemoveNetworkLoadBalancerArns": L[Si],
        "RemoveNetworkLoadBalancerArns.$": str,
        "AddGatewayLoadBalancerArns": L[Si],
        "AddGatewayLoadBalancerArns.$": str,
        "RemoveGatewayLoadBalancerArns": L[Si],
        "RemoveGatewayLoadBalancerArns.$": str,
        "AddSupportedIpAddressTypes": L[Si],
        "AddSupportedIpAddressTypes.$": str,
        "RemoveSupportedIpAddressTypes": L[Si],
        "RemoveSupportedIpAddressTypes.$": str,
        "AddSupportedRegions": L[Si],
        "AddSupportedRegions.$": str,
        "RemoveSupportedRegions": L[Si],
        "RemoveSupportedRegions.$": str,
    },
    total=False,
)
ModifyVpcEndpointServicePayerResponsibilityParameters = TypedDict(
    "ModifyVpcEndpointServicePayerResponsibilityParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ServiceId": S,
        "ServiceId.$": str,
        "PayerResponsibility": S,
        "PayerResponsibility.$": str,
    },
    total=False,
)
ModifyVpcEndpointServicePermissionsParameters = TypedDict(
    "ModifyVpcEndpointServicePermissionsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ServiceId": S,
        "ServiceId.$": str,
        "AddAllowedPrincipals": L[Si],
        "AddAllowedPrincipals.$": str,
        "RemoveAllowedPrincipals": L[Si],
        "RemoveAllowedPrincipals.$": str,
        "PermissionType": S,
        "PermissionType.$": str,
    },
    total=False,
)

class PeeringConnectionOptionsRequest(TypedDict, total=False):
    AllowDnsResolutionFromRemoteVpc: B
    AllowEgressFromLocalClassicLinkToRemoteVpc: B
    AllowEgressFromLocalVpcToRemoteClassicLink: B
    AllowMultipathResilience: B
    MultipathResilienceMode: S

ModifyVpcPeeringConnectionOptionsParameters = TypedDict(
    "ModifyVpcPeeringConnectionOptionsParameters",
    {
        "AccepterPeeringConnectionOptions": X[PeeringConnectionOptionsRequest],
        "AccepterPeeringConnectionOptions.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "RequesterPeeringConnectionOptions": X[PeeringConnectionOptionsRequest],
        "RequesterPeeringConnectionOptions.$": str,
        "VpcPeeringConnectionId": S,
        "VpcPeeringConnectionId.$": str,
    },
    total=False,
)
ModifyVpcTenancyParameters = TypedDict(
    "ModifyVpcTenancyParameters",
    {
        "VpcId": S,
        "VpcId.$": str,
        "InstanceTenancy": S,
        "InstanceTenancy.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyVpnConnectionParameters = TypedDict(
    "ModifyVpnConnectionParameters",
    {
        "VpnConnectionId": S,
        "VpnConnectionId.$": str,
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "CustomerGatewayId": S,
        "CustomerGatewayId.$": str,
        "VpnGatewayId": S,
        "VpnGatewayId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyVpnConnectionOptionsParameters = TypedDict(
    "ModifyVpnConnectionOptionsParameters",
    {
        "VpnConnectionId": S,
        "VpnConnectionId.$": str,
        "LocalIpv4NetworkCidr": S,
        "LocalIpv4NetworkCidr.$": str,
        "RemoteIpv4NetworkCidr": S,
        "RemoteIpv4NetworkCidr.$": str,
        "LocalIpv6NetworkCidr": S,
        "LocalIpv6NetworkCidr.$": str,
        "RemoteIpv6NetworkCidr": S,
        "RemoteIpv6NetworkCidr.$": str,
        "TunnelBandwidth": S,
        "TunnelBandwidth.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ModifyVpnTunnelCertificateParameters = TypedDict(
    "ModifyVpnTunnelCertificateParameters",
    {
        "VpnConnectionId": S,
        "VpnConnectionId.$": str,
        "VpnTunnelOutsideIpAddress": S,
        "VpnTunnelOutsideIpAddress.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ModifyVpnTunnelOptionsSpecification(TypedDict, total=False):
    TunnelInsideCidr: S
    TunnelInsideIpv6Cidr: S
    PreSharedKey: S
    Phase1LifetimeSeconds: I
    Phase2LifetimeSeconds: I
    RekeyMarginTimeSeconds: I
    RekeyFuzzPercentage: I
    ReplayWindowSize: I
    DpdTimeoutSeconds: I
    DpdTimeoutAction: S
    Phase1EncryptionAlgorithms: L[Xi[Phase1EncryptionAlgorithmsRequestListValue]]
    Phase2EncryptionAlgorithms: L[Xi[Phase2EncryptionAlgorithmsRequestListValue]]
    Phase1IntegrityAlgorithms: L[Xi[Phase1IntegrityAlgorithmsRequestListValue]]
    Phase2IntegrityAlgorithms: L[Xi[Phase2IntegrityAlgorithmsRequestListValue]]
    Phase1DHGroupNumbers: L[Xi[Phase1DHGroupNumbersRequestListValue]]
    Phase2DHGroupNumbers: L[Xi[Phase2DHGroupNumbersRequestListValue]]
    IkeVersions: L[Xi[IKEVersionsRequestListValue]]
    StartupAction: S
    LogOptions: X[VpnTunnelLogOptionsSpecification]
    EnableTunnelLifecycleControl: B
    Phase1AdditionalKeyExchanges: L[Xi[VpnAdditionalKeyExchangeRequest]]
    Phase2AdditionalKeyExchanges: L[Xi[VpnAdditionalKeyExchangeRequest]]

ModifyVpnTunnelOptionsParameters = TypedDict(
    "ModifyVpnTunnelOptionsParameters",
    {
        "VpnConnectionId": S,
        "VpnConnectionId.$": str,
        "VpnTunnelOutsideIpAddress": S,
        "VpnTunnelOutsideIpAddress.$": str,
        "TunnelOptions": X[ModifyVpnTunnelOptionsSpecification],
        "TunnelOptions.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SkipTunnelReplacement": B,
        "SkipTunnelReplacement.$": str,
        "PreSharedKeyStorage": S,
        "PreSharedKeyStorage.$": str,
    },
    total=False,
)
MonitorInstancesParameters = TypedDict(
    "MonitorInstancesParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "MetricCategoryIds": L[Si],
        "MetricCategoryIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
MoveAddressToVpcParameters = TypedDict(
    "MoveAddressToVpcParameters",
    {"DryRun": B, "DryRun.$": str, "PublicIp": S, "PublicIp.$": str},
    total=False,
)
MoveByoipCidrToIpamParameters = TypedDict(
    "MoveByoipCidrToIpamParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Cidr": S,
        "Cidr.$": str,
        "IpamPoolId": S,
        "IpamPoolId.$": str,
        "IpamPoolOwner": S,
        "IpamPoolOwner.$": str,
    },
    total=False,
)
MoveCapacityReservationInstancesParameters = TypedDict(
    "MoveCapacityReservationInstancesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SourceCapacityReservationId": S,
        "SourceCapacityReservationId.$": str,
        "DestinationCapacityReservationId": S,
        "DestinationCapacityReservationId.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
    },
    total=False,
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
        "PubliclyAdvertisable": B,
        "PubliclyAdvertisable.$": str,
        "Description": S,
        "Description.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "PoolTagSpecifications": L[Xi[TagSpecification]],
        "PoolTagSpecifications.$": str,
        "MultiRegion": B,
        "MultiRegion.$": str,
        "NetworkBorderGroup": S,
        "NetworkBorderGroup.$": str,
    },
    total=False,
)

class AsnAuthorizationContext(TypedDict, total=False):
    Message: S
    Signature: S

ProvisionIpamByoasnParameters = TypedDict(
    "ProvisionIpamByoasnParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamId": S,
        "IpamId.$": str,
        "Asn": S,
        "Asn.$": str,
        "AsnAuthorizationContext": X[AsnAuthorizationContext],
        "AsnAuthorizationContext.$": str,
    },
    total=False,
)

class IpamCidrAuthorizationContext(TypedDict, total=False):
    Message: S
    Signature: S

ProvisionIpamPoolCidrParameters = TypedDict(
    "ProvisionIpamPoolCidrParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPoolId": S,
        "IpamPoolId.$": str,
        "Cidr": S,
        "Cidr.$": str,
        "CidrAuthorizationContext": X[IpamCidrAuthorizationContext],
        "CidrAuthorizationContext.$": str,
        "NetmaskLength": I,
        "NetmaskLength.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "VerificationMethod": S,
        "VerificationMethod.$": str,
        "IpamExternalResourceVerificationTokenId": S,
        "IpamExternalResourceVerificationTokenId.$": str,
    },
    total=False,
)
ProvisionPublicIpv4PoolCidrParameters = TypedDict(
    "ProvisionPublicIpv4PoolCidrParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPoolId": S,
        "IpamPoolId.$": str,
        "PoolId": S,
        "PoolId.$": str,
        "NetmaskLength": I,
        "NetmaskLength.$": str,
        "NetworkBorderGroup": S,
        "NetworkBorderGroup.$": str,
    },
    total=False,
)
PurchaseCapacityBlockParameters = TypedDict(
    "PurchaseCapacityBlockParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "CapacityBlockOfferingId": S,
        "CapacityBlockOfferingId.$": str,
        "InstancePlatform": S,
        "InstancePlatform.$": str,
    },
    total=False,
)
PurchaseCapacityBlockExtensionParameters = TypedDict(
    "PurchaseCapacityBlockExtensionParameters",
    {
        "CapacityBlockExtensionOfferingId": S,
        "CapacityBlockExtensionOfferingId.$": str,
        "CapacityReservationId": S,
        "CapacityReservationId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
PurchaseHostReservationParameters = TypedDict(
    "PurchaseHostReservationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "CurrencyCode": S,
        "CurrencyCode.$": str,
        "HostIdSet": L[Si],
        "HostIdSet.$": str,
        "LimitPrice": S,
        "LimitPrice.$": str,
        "OfferingId": S,
        "OfferingId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)

class ReservedInstanceLimitPrice(TypedDict, total=False):
    Amount: F
    CurrencyCode: S

PurchaseReservedInstancesOfferingParameters = TypedDict(
    "PurchaseReservedInstancesOfferingParameters",
    {
        "InstanceCount": I,
        "InstanceCount.$": str,
        "ReservedInstancesOfferingId": S,
        "ReservedInstancesOfferingId.$": str,
        "PurchaseTime": T,
        "PurchaseTime.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "LimitPrice": X[ReservedInstanceLimitPrice],
        "LimitPrice.$": str,
    },
    total=False,
)

class PurchaseRequest(TypedDict, total=False):
    InstanceCount: I
    PurchaseToken: S

PurchaseScheduledInstancesParameters = TypedDict(
    "PurchaseScheduledInstancesParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "PurchaseRequests": L[Xi[PurchaseRequest]],
        "PurchaseRequests.$": str,
    },
    total=False,
)
RebootInstancesParameters = TypedDict(
    "RebootInstancesParameters",
    {"InstanceIds": L[Si], "InstanceIds.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
RegisterImageParameters = TypedDict(
    "RegisterImageParameters",
    {
        "ImageLocation": S,
        "ImageLocation.$": str,
        "BillingProducts": L[Si],
        "BillingProducts.$": str,
        "BootMode": S,
        "BootMode.$": str,
        "TpmSupport": S,
        "TpmSupport.$": str,
        "UefiData": S,
        "UefiData.$": str,
        "ImdsSupport": S,
        "ImdsSupport.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Architecture": S,
        "Architecture.$": str,
        "KernelId": S,
        "KernelId.$": str,
        "RamdiskId": S,
        "RamdiskId.$": str,
        "RootDeviceName": S,
        "RootDeviceName.$": str,
        "BlockDeviceMappings": L[Xi[BlockDeviceMapping]],
        "BlockDeviceMappings.$": str,
        "VirtualizationType": S,
        "VirtualizationType.$": str,
        "SriovNetSupport": S,
        "SriovNetSupport.$": str,
        "EnaSupport": B,
        "EnaSupport.$": str,
    },
    total=False,
)

class RegisterInstanceTagAttributeRequest(TypedDict, total=False):
    IncludeAllTagsOfInstance: B
    InstanceTagKeys: L[Si]

RegisterInstanceEventNotificationAttributesParameters = TypedDict(
    "RegisterInstanceEventNotificationAttributesParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceTagAttribute": X[RegisterInstanceTagAttributeRequest],
        "InstanceTagAttribute.$": str,
    },
    total=False,
)
RegisterTransitGatewayMulticastGroupMembersParameters = TypedDict(
    "RegisterTransitGatewayMulticastGroupMembersParameters",
    {
        "TransitGatewayMulticastDomainId": S,
        "TransitGatewayMulticastDomainId.$": str,
        "GroupIpAddress": S,
        "GroupIpAddress.$": str,
        "NetworkInterfaceIds": L[Si],
        "NetworkInterfaceIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
RegisterTransitGatewayMulticastGroupSourcesParameters = TypedDict(
    "RegisterTransitGatewayMulticastGroupSourcesParameters",
    {
        "TransitGatewayMulticastDomainId": S,
        "TransitGatewayMulticastDomainId.$": str,
        "GroupIpAddress": S,
        "GroupIpAddress.$": str,
        "NetworkInterfaceIds": L[Si],
        "NetworkInterfaceIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
RejectCapacityReservationBillingOwnershipParameters = TypedDict(
    "RejectCapacityReservationBillingOwnershipParameters",
    {"DryRun": B, "DryRun.$": str, "CapacityReservationId": S, "CapacityReservationId.$": str},
    total=False,
)
RejectTransitGatewayClientVpnAttachmentParameters = TypedDict(
    "RejectTransitGatewayClientVpnAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
RejectTransitGatewayMulticastDomainAssociationsParameters = TypedDict(
    "RejectTransitGatewayMulticastDomainAssociationsParameters",
    {
        "TransitGatewayMulticastDomainId": S,
        "TransitGatewayMulticastDomainId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
RejectTransitGatewayPeeringAttachmentParameters = TypedDict(
    "RejectTransitGatewayPeeringAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
RejectTransitGatewaySseConnectAttachmentParameters = TypedDict(
    "RejectTransitGatewaySseConnectAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
RejectTransitGatewayVpcAttachmentParameters = TypedDict(
    "RejectTransitGatewayVpcAttachmentParameters",
    {
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
RejectVpcEndpointConnectionsParameters = TypedDict(
    "RejectVpcEndpointConnectionsParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "ServiceId": S,
        "ServiceId.$": str,
        "VpcEndpointIds": L[Si],
        "VpcEndpointIds.$": str,
        "TransitGatewayAttachmentIds": L[Si],
        "TransitGatewayAttachmentIds.$": str,
    },
    total=False,
)
RejectVpcPeeringConnectionParameters = TypedDict(
    "RejectVpcPeeringConnectionParameters",
    {"DryRun": B, "DryRun.$": str, "VpcPeeringConnectionId": S, "VpcPeeringConnectionId.$": str},
    total=False,
)
ReleaseAddressParameters = TypedDict(
    "ReleaseAddressParameters",
    {
        "AllocationId": S,
        "AllocationId.$": str,
        "PublicIp": S,
        "PublicIp.$": str,
        "NetworkBorderGroup": S,
        "NetworkBorderGroup.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ReleaseHostsParameters = TypedDict(
    "ReleaseHostsParameters", {"HostIds": L[Si], "HostIds.$": str}, total=False
)
ReleaseIpamPoolAllocationParameters = TypedDict(
    "ReleaseIpamPoolAllocationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "IpamPoolId": S,
        "IpamPoolId.$": str,
        "Cidr": S,
        "Cidr.$": str,
        "IpamPoolAllocationId": S,
        "IpamPoolAllocationId.$": str,
    },
    total=False,
)
ReplaceIamInstanceProfileAssociationParameters = TypedDict(
    "ReplaceIamInstanceProfileAssociationParameters",
    {
        "IamInstanceProfile": X[IamInstanceProfileSpecification],
        "IamInstanceProfile.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
    },
    total=False,
)

class DeprecationTimeConditionRequest(TypedDict, total=False):
    MaximumDaysSinceDeprecated: I

class CreationDateConditionRequest(TypedDict, total=False):
    MaximumDaysSinceCreated: I

class ImageWatermarkFilterRequest(TypedDict, total=False):
    WatermarkKey: S
    SourceImageRegion: S
    MaximumDaysSinceSourceImageCreated: I
    MaximumDaysSinceWatermarkCreated: I

class ScanResultConditionRequest(TypedDict, total=False):
    MaxDaysSinceLastFindingScan: I
    MaximumSeverityLabel: S
    MaxDaysSinceInformationalFixAvailable: I
    MaxDaysSinceLowFixAvailable: I
    MaxDaysSinceMediumFixAvailable: I
    MaxDaysSinceHighFixAvailable: I
    MaxDaysSinceCriticalFixAvailable: I

class ImageCriterionRequest(TypedDict, total=False):
    ImageProviders: L[Si]
    MarketplaceProductCodes: L[Si]
    ImageNames: L[Si]
    DeprecationTimeCondition: X[DeprecationTimeConditionRequest]
    CreationDateCondition: X[CreationDateConditionRequest]
    ImageWatermarks: L[Xi[ImageWatermarkFilterRequest]]
    ScanResultCondition: X[ScanResultConditionRequest]

ReplaceImageCriteriaInAllowedImagesSettingsParameters = TypedDict(
    "ReplaceImageCriteriaInAllowedImagesSettingsParameters",
    {
        "ImageCriteria": L[Xi[ImageCriterionRequest]],
        "ImageCriteria.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class InstanceTypeSpecificationRequest(TypedDict, total=False):
    SupportedInstanceTypes: L[Si]
    UnsupportedInstanceTypes: L[Si]

ReplaceImageInstanceTypeSpecificationParameters = TypedDict(
    "ReplaceImageInstanceTypeSpecificationParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "InstanceTypeSpecification": X[InstanceTypeSpecificationRequest],
        "InstanceTypeSpecification.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ReplaceNetworkAclAssociationParameters = TypedDict(
    "ReplaceNetworkAclAssociationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
        "NetworkAclId": S,
        "NetworkAclId.$": str,
    },
    total=False,
)
ReplaceNetworkAclEntryParameters = TypedDict(
    "ReplaceNetworkAclEntryParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "NetworkAclId": S,
        "NetworkAclId.$": str,
        "RuleNumber": I,
        "RuleNumber.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "RuleAction": S,
        "RuleAction.$": str,
        "Egress": B,
        "Egress.$": str,
        "CidrBlock": S,
        "CidrBlock.$": str,
        "Ipv6CidrBlock": S,
        "Ipv6CidrBlock.$": str,
        "IcmpTypeCode": X[IcmpTypeCode],
        "IcmpTypeCode.$": str,
        "PortRange": X[PortRange],
        "PortRange.$": str,
    },
    total=False,
)
ReplaceRouteParameters = TypedDict(
    "ReplaceRouteParameters",
    {
        "DestinationPrefixListId": S,
        "DestinationPrefixListId.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "LocalTarget": B,
        "LocalTarget.$": str,
        "TransitGatewayId": S,
        "TransitGatewayId.$": str,
        "LocalGatewayId": S,
        "LocalGatewayId.$": str,
        "CarrierGatewayId": S,
        "CarrierGatewayId.$": str,
        "CoreNetworkArn": S,
        "CoreNetworkArn.$": str,
        "OdbNetworkArn": S,
        "OdbNetworkArn.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "RouteTableId": S,
        "RouteTableId.$": str,
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "GatewayId": S,
        "GatewayId.$": str,
        "DestinationIpv6CidrBlock": S,
        "DestinationIpv6CidrBlock.$": str,
        "EgressOnlyInternetGatewayId": S,
        "EgressOnlyInternetGatewayId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "VpcPeeringConnectionId": S,
        "VpcPeeringConnectionId.$": str,
        "NatGatewayId": S,
        "NatGatewayId.$": str,
    },
    total=False,
)
ReplaceRouteTableAssociationParameters = TypedDict(
    "ReplaceRouteTableAssociationParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
        "RouteTableId": S,
        "RouteTableId.$": str,
    },
    total=False,
)
ReplaceTransitGatewayRouteParameters = TypedDict(
    "ReplaceTransitGatewayRouteParameters",
    {
        "DestinationCidrBlock": S,
        "DestinationCidrBlock.$": str,
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "TransitGatewayAttachmentId": S,
        "TransitGatewayAttachmentId.$": str,
        "Blackhole": B,
        "Blackhole.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ReplaceVpnTunnelParameters = TypedDict(
    "ReplaceVpnTunnelParameters",
    {
        "VpnConnectionId": S,
        "VpnConnectionId.$": str,
        "VpnTunnelOutsideIpAddress": S,
        "VpnTunnelOutsideIpAddress.$": str,
        "ApplyPendingMaintenance": B,
        "ApplyPendingMaintenance.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ReportInstanceStatusParameters = TypedDict(
    "ReportInstanceStatusParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "Instances": L[Si],
        "Instances.$": str,
        "Status": S,
        "Status.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "ReasonCodes": L[Si],
        "ReasonCodes.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class SpotCapacityRebalance(TypedDict, total=False):
    ReplacementStrategy: S
    TerminationDelay: I

class SpotMaintenanceStrategies(TypedDict, total=False):
    CapacityRebalance: X[SpotCapacityRebalance]

class SpotFleetMonitoring(TypedDict, total=False):
    Enabled: B

class InstanceNetworkInterfaceSpecification(TypedDict, total=False):
    AssociatePublicIpAddress: B
    DeleteOnTermination: B
    Description: S
    DeviceIndex: I
    Groups: L[Si]
    Ipv6AddressCount: I
    Ipv6Addresses: L[Xi[InstanceIpv6Address]]
    NetworkInterfaceId: S
    PrivateIpAddress: S
    PrivateIpAddresses: L[Xi[PrivateIpAddressSpecification]]
    SecondaryPrivateIpAddressCount: I
    SubnetId: S
    AssociateCarrierIpAddress: B
    InterfaceType: S
    NetworkCardIndex: I
    Ipv4Prefixes: L[Xi[Ipv4PrefixSpecificationRequest]]
    Ipv4PrefixCount: I
    Ipv6Prefixes: L[Xi[Ipv6PrefixSpecificationRequest]]
    Ipv6PrefixCount: I
    PrimaryIpv6: B
    EnaSrdSpecification: X[EnaSrdSpecificationRequest]
    ConnectionTrackingSpecification: X[ConnectionTrackingSpecificationRequest]
    EnaQueueCount: I

class SpotPlacement(TypedDict, total=False):
    AvailabilityZone: S
    GroupName: S
    Tenancy: S
    AvailabilityZoneId: S

class SpotFleetTagSpecification(TypedDict, total=False):
    ResourceType: S
    Tags: L[Xi[Tag]]

class GroupIdentifier(TypedDict, total=False):
    GroupId: S
    GroupName: S

class SpotFleetLaunchSpecification(TypedDict, total=False):
    AddressingType: S
    BlockDeviceMappings: L[Xi[BlockDeviceMapping]]
    EbsOptimized: B
    IamInstanceProfile: X[IamInstanceProfileSpecification]
    ImageId: S
    InstanceType: S
    KernelId: S
    KeyName: S
    Monitoring: X[SpotFleetMonitoring]
    NetworkInterfaces: L[Xi[InstanceNetworkInterfaceSpecification]]
    Placement: X[SpotPlacement]
    RamdiskId: S
    SpotPrice: S
    SubnetId: S
    UserData: S
    WeightedCapacity: F
    TagSpecifications: L[Xi[SpotFleetTagSpecification]]
    InstanceRequirements: X[InstanceRequirements]
    SecurityGroups: L[Xi[GroupIdentifier]]

class ClassicLoadBalancer(TypedDict, total=False):
    Name: S

class ClassicLoadBalancersConfig(TypedDict, total=False):
    ClassicLoadBalancers: L[Xi[ClassicLoadBalancer]]

class TargetGroup(TypedDict, total=False):
    Arn: S

class TargetGroupsConfig(TypedDict, total=False):
    TargetGroups: L[Xi[TargetGroup]]

class LoadBalancersConfig(TypedDict, total=False):
    ClassicLoadBalancersConfig: X[ClassicLoadBalancersConfig]
    TargetGroupsConfig: X[TargetGroupsConfig]

class SpotFleetRequestConfigData(TypedDict, total=False):
    AllocationStrategy: S
    OnDemandAllocationStrategy: S
    SpotMaintenanceStrategies: X[SpotMaintenanceStrategies]
    ClientToken: S
    ExcessCapacityTerminationPolicy: S
    FulfilledCapacity: F
    OnDemandFulfilledCapacity: F
    IamFleetRole: S
    LaunchSpecifications: L[Xi[SpotFleetLaunchSpecification]]
    LaunchTemplateConfigs: L[Xi[LaunchTemplateConfig]]
    SpotPrice: S
    TargetCapacity: I
    OnDemandTargetCapacity: I
    OnDemandMaxTotalPrice: S
    SpotMaxTotalPrice: S
    TerminateInstancesWithExpiration: B
    Type: S
    ValidFrom: T
    ValidUntil: T
    ReplaceUnhealthyInstances: B
    InstanceInterruptionBehavior: S
    LoadBalancersConfig: X[LoadBalancersConfig]
    InstancePoolsToUseCount: I
    Context: S
    TargetCapacityUnitType: S
    TagSpecifications: L[Xi[TagSpecification]]

RequestSpotFleetParameters = TypedDict(
    "RequestSpotFleetParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "SpotFleetRequestConfig": X[SpotFleetRequestConfigData],
        "SpotFleetRequestConfig.$": str,
    },
    total=False,
)

class RunInstancesMonitoringEnabled(TypedDict, total=False):
    MetricCategoryIds: L[Si]
    Enabled: B

class RequestSpotLaunchSpecification(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SecurityGroups: L[Si]
    AddressingType: S
    BlockDeviceMappings: L[Xi[BlockDeviceMapping]]
    EbsOptimized: B
    IamInstanceProfile: X[IamInstanceProfileSpecification]
    ImageId: S
    InstanceType: S
    KernelId: S
    KeyName: S
    Monitoring: X[RunInstancesMonitoringEnabled]
    NetworkInterfaces: L[Xi[InstanceNetworkInterfaceSpecification]]
    Placement: X[SpotPlacement]
    RamdiskId: S
    SubnetId: S
    UserData: S

RequestSpotInstancesParameters = TypedDict(
    "RequestSpotInstancesParameters",
    {
        "LaunchSpecification": X[RequestSpotLaunchSpecification],
        "LaunchSpecification.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "InstanceInterruptionBehavior": S,
        "InstanceInterruptionBehavior.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "SpotPrice": S,
        "SpotPrice.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "Type": S,
        "Type.$": str,
        "ValidFrom": T,
        "ValidFrom.$": str,
        "ValidUntil": T,
        "ValidUntil.$": str,
        "LaunchGroup": S,
        "LaunchGroup.$": str,
        "AvailabilityZoneGroup": S,
        "AvailabilityZoneGroup.$": str,
        "BlockDurationMinutes": I,
        "BlockDurationMinutes.$": str,
    },
    total=False,
)
ResetAddressAttributeParameters = TypedDict(
    "ResetAddressAttributeParameters",
    {
        "AllocationId": S,
        "AllocationId.$": str,
        "Attribute": S,
        "Attribute.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ResetEbsDefaultKmsKeyIdParameters = TypedDict(
    "ResetEbsDefaultKmsKeyIdParameters", {"DryRun": B, "DryRun.$": str}, total=False
)
ResetFpgaImageAttributeParameters = TypedDict(
    "ResetFpgaImageAttributeParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "FpgaImageId": S,
        "FpgaImageId.$": str,
        "Attribute": S,
        "Attribute.$": str,
    },
    total=False,
)
ResetImageAttributeParameters = TypedDict(
    "ResetImageAttributeParameters",
    {
        "Attribute": S,
        "Attribute.$": str,
        "ImageId": S,
        "ImageId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
ResetInstanceAttributeParameters = TypedDict(
    "ResetInstanceAttributeParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Attribute": S,
        "Attribute.$": str,
    },
    total=False,
)
ResetNetworkInterfaceAttributeParameters = TypedDict(
    "ResetNetworkInterfaceAttributeParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "SourceDestCheck": S,
        "SourceDestCheck.$": str,
    },
    total=False,
)
ResetSnapshotAttributeParameters = TypedDict(
    "ResetSnapshotAttributeParameters",
    {
        "Attribute": S,
        "Attribute.$": str,
        "SnapshotId": S,
        "SnapshotId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
RestoreAddressToClassicParameters = TypedDict(
    "RestoreAddressToClassicParameters",
    {"DryRun": B, "DryRun.$": str, "PublicIp": S, "PublicIp.$": str},
    total=False,
)
RestoreImageFromRecycleBinParameters = TypedDict(
    "RestoreImageFromRecycleBinParameters",
    {"ImageId": S, "ImageId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
RestoreManagedPrefixListVersionParameters = TypedDict(
    "RestoreManagedPrefixListVersionParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "PrefixListId": S,
        "PrefixListId.$": str,
        "PreviousVersion": I,
        "PreviousVersion.$": str,
        "CurrentVersion": I,
        "CurrentVersion.$": str,
    },
    total=False,
)
RestoreSnapshotFromRecycleBinParameters = TypedDict(
    "RestoreSnapshotFromRecycleBinParameters",
    {"SnapshotId": S, "SnapshotId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
RestoreSnapshotTierParameters = TypedDict(
    "RestoreSnapshotTierParameters",
    {
        "SnapshotId": S,
        "SnapshotId.$": str,
        "TemporaryRestoreDays": I,
        "TemporaryRestoreDays.$": str,
        "PermanentRestore": B,
        "PermanentRestore.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
RestoreVolumeFromRecycleBinParameters = TypedDict(
    "RestoreVolumeFromRecycleBinParameters",
    {"VolumeId": S, "VolumeId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
RevokeClientVpnIngressParameters = TypedDict(
    "RevokeClientVpnIngressParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "TargetNetworkCidr": S,
        "TargetNetworkCidr.$": str,
        "AccessGroupId": S,
        "AccessGroupId.$": str,
        "RevokeAllGroups": B,
        "RevokeAllGroups.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
RevokeSecurityGroupEgressParameters = TypedDict(
    "RevokeSecurityGroupEgressParameters",
    {
        "SecurityGroupRuleIds": L[Si],
        "SecurityGroupRuleIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "SourceSecurityGroupName": S,
        "SourceSecurityGroupName.$": str,
        "SourceSecurityGroupOwnerId": S,
        "SourceSecurityGroupOwnerId.$": str,
        "IpProtocol": S,
        "IpProtocol.$": str,
        "FromPort": I,
        "FromPort.$": str,
        "ToPort": I,
        "ToPort.$": str,
        "CidrIp": S,
        "CidrIp.$": str,
        "IpPermissions": L[Xi[IpPermission]],
        "IpPermissions.$": str,
    },
    total=False,
)
RevokeSecurityGroupIngressParameters = TypedDict(
    "RevokeSecurityGroupIngressParameters",
    {
        "CidrIp": S,
        "CidrIp.$": str,
        "FromPort": I,
        "FromPort.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "IpPermissions": L[Xi[IpPermission]],
        "IpPermissions.$": str,
        "IpProtocol": S,
        "IpProtocol.$": str,
        "SourceSecurityGroupName": S,
        "SourceSecurityGroupName.$": str,
        "SourceSecurityGroupOwnerId": S,
        "SourceSecurityGroupOwnerId.$": str,
        "ToPort": I,
        "ToPort.$": str,
        "SecurityGroupRuleIds": L[Si],
        "SecurityGroupRuleIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class ElasticInferenceAccelerator(TypedDict, total=False):
    Type: S
    Count: I

class LaunchTemplateSpecification(TypedDict, total=False):
    LaunchTemplateId: S
    LaunchTemplateName: S
    Version: S

class SpotMarketOptions(TypedDict, total=False):
    MaxPrice: S
    SpotInstanceType: S
    BlockDurationMinutes: I
    ValidUntil: T
    InstanceInterruptionBehavior: S

class InstanceMarketOptionsRequest(TypedDict, total=False):
    MarketType: S
    SpotOptions: X[SpotMarketOptions]

class CpuOptionsRequest(TypedDict, total=False):
    CoreCount: I
    ThreadsPerCore: I
    AmdSevSnp: S
    NestedVirtualization: S

class HibernationOptionsRequest(TypedDict, total=False):
    Configured: B

class LicenseConfigurationRequest(TypedDict, total=False):
    LicenseConfigurationArn: S

class InstanceMetadataOptionsRequest(TypedDict, total=False):
    HttpTokens: S
    HttpPutResponseHopLimit: I
    HttpEndpoint: S
    HttpProtocolIpv6: S
    InstanceMetadataTags: S

class PrivateDnsNameOptionsRequest(TypedDict, total=False):
    HostnameType: S
    EnableResourceNameDnsARecord: B
    EnableResourceNameDnsAAAARecord: B

class InstanceMaintenanceOptionsRequest(TypedDict, total=False):
    AutoRecovery: S

class InstanceNetworkPerformanceOptionsRequest(TypedDict, total=False):
    BandwidthWeighting: S

class InstanceSecondaryInterfacePrivateIpAddressRequest(TypedDict, total=False):
    PrivateIpAddress: S

class InstanceSecondaryInterfaceIpv6AddressRequest(TypedDict, total=False):
    Ipv6Address: S

class InstanceSecondaryInterfaceSpecificationRequest(TypedDict, total=False):
    DeleteOnTermination: B
    DeviceIndex: I
    PrivateIpAddresses: L[Xi[InstanceSecondaryInterfacePrivateIpAddressRequest]]
    PrivateIpAddressCount: I
    Ipv6Addresses: L[Xi[InstanceSecondaryInterfaceIpv6AddressRequest]]
    Ipv6AddressCount: I
    SecondarySubnetId: S
    InterfaceType: S
    NetworkCardIndex: I
    EnaQueueCount: I
    VlanMode: S

RunInstancesParameters = TypedDict(
    "RunInstancesParameters",
    {
        "BlockDeviceMappings": L[Xi[BlockDeviceMapping]],
        "BlockDeviceMappings.$": str,
        "ImageId": S,
        "ImageId.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "Ipv6AddressCount": I,
        "Ipv6AddressCount.$": str,
        "Ipv6Addresses": L[Xi[InstanceIpv6Address]],
        "Ipv6Addresses.$": str,
        "KernelId": S,
        "KernelId.$": str,
        "KeyName": S,
        "KeyName.$": str,
        "MaxCount": I,
        "MaxCount.$": str,
        "MinCount": I,
        "MinCount.$": str,
        "Monitoring": X[RunInstancesMonitoringEnabled],
        "Monitoring.$": str,
        "Placement": X[Placement],
        "Placement.$": str,
        "RamdiskId": S,
        "RamdiskId.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "SecurityGroups": L[Si],
        "SecurityGroups.$": str,
        "SubnetId": S,
        "SubnetId.$": str,
        "UserData": S,
        "UserData.$": str,
        "ElasticGpuSpecification": L[Xi[ElasticGpuSpecification]],
        "ElasticGpuSpecification.$": str,
        "ElasticInferenceAccelerators": L[Xi[ElasticInferenceAccelerator]],
        "ElasticInferenceAccelerators.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "LaunchTemplate": X[LaunchTemplateSpecification],
        "LaunchTemplate.$": str,
        "InstanceMarketOptions": X[InstanceMarketOptionsRequest],
        "InstanceMarketOptions.$": str,
        "CreditSpecification": X[CreditSpecificationRequest],
        "CreditSpecification.$": str,
        "CpuOptions": X[CpuOptionsRequest],
        "CpuOptions.$": str,
        "CapacityReservationSpecification": X[CapacityReservationSpecification],
        "CapacityReservationSpecification.$": str,
        "HibernationOptions": X[HibernationOptionsRequest],
        "HibernationOptions.$": str,
        "LicenseSpecifications": L[Xi[LicenseConfigurationRequest]],
        "LicenseSpecifications.$": str,
        "MetadataOptions": X[InstanceMetadataOptionsRequest],
        "MetadataOptions.$": str,
        "EnclaveOptions": X[EnclaveOptionsRequest],
        "EnclaveOptions.$": str,
        "PrivateDnsNameOptions": X[PrivateDnsNameOptionsRequest],
        "PrivateDnsNameOptions.$": str,
        "MaintenanceOptions": X[InstanceMaintenanceOptionsRequest],
        "MaintenanceOptions.$": str,
        "DisableApiStop": B,
        "DisableApiStop.$": str,
        "EnablePrimaryIpv6": B,
        "EnablePrimaryIpv6.$": str,
        "NetworkPerformanceOptions": X[InstanceNetworkPerformanceOptionsRequest],
        "NetworkPerformanceOptions.$": str,
        "Operator": X[OperatorRequest],
        "Operator.$": str,
        "SecondaryInterfaces": L[Xi[InstanceSecondaryInterfaceSpecificationRequest]],
        "SecondaryInterfaces.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "DisableApiTermination": B,
        "DisableApiTermination.$": str,
        "InstanceInitiatedShutdownBehavior": S,
        "InstanceInitiatedShutdownBehavior.$": str,
        "PrivateIpAddress": S,
        "PrivateIpAddress.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AdditionalInfo": S,
        "AdditionalInfo.$": str,
        "NetworkInterfaces": L[Xi[InstanceNetworkInterfaceSpecification]],
        "NetworkInterfaces.$": str,
        "IamInstanceProfile": X[IamInstanceProfileSpecification],
        "IamInstanceProfile.$": str,
        "EbsOptimized": B,
        "EbsOptimized.$": str,
    },
    total=False,
)

class ScheduledInstancesEbs(TypedDict, total=False):
    DeleteOnTermination: B
    Encrypted: B
    Iops: I
    SnapshotId: S
    VolumeSize: I
    VolumeType: S

class ScheduledInstancesBlockDeviceMapping(TypedDict, total=False):
    DeviceName: S
    Ebs: X[ScheduledInstancesEbs]
    NoDevice: S
    VirtualName: S

class ScheduledInstancesIamInstanceProfile(TypedDict, total=False):
    Arn: S
    Name: S

class ScheduledInstancesMonitoring(TypedDict, total=False):
    Enabled: B

class ScheduledInstancesIpv6Address(TypedDict, total=False):
    Ipv6Address: S

class ScheduledInstancesPrivateIpAddressConfig(TypedDict, total=False):
    Primary: B
    PrivateIpAddress: S

class ScheduledInstancesNetworkInterface(TypedDict, total=False):
    AssociatePublicIpAddress: B
    DeleteOnTermination: B
    Description: S
    DeviceIndex: I
    Groups: L[Si]
    Ipv6AddressCount: I
    Ipv6Addresses: L[Xi[ScheduledInstancesIpv6Address]]
    NetworkInterfaceId: S
    PrivateIpAddress: S
    PrivateIpAddressConfigs: L[Xi[ScheduledInstancesPrivateIpAddressConfig]]
    SecondaryPrivateIpAddressCount: I
    SubnetId: S

class ScheduledInstancesPlacement(TypedDict, total=False):
    AvailabilityZone: S
    GroupName: S

class ScheduledInstancesLaunchSpecification(TypedDict, total=False):
    BlockDeviceMappings: L[Xi[ScheduledInstancesBlockDeviceMapping]]
    EbsOptimized: B
    IamInstanceProfile: X[ScheduledInstancesIamInstanceProfile]
    ImageId: S
    InstanceType: S
    KernelId: S
    KeyName: S
    Monitoring: X[ScheduledInstancesMonitoring]
    NetworkInterfaces: L[Xi[ScheduledInstancesNetworkInterface]]
    Placement: X[ScheduledInstancesPlacement]
    RamdiskId: S
    SecurityGroupIds: L[Si]
    SubnetId: S
    UserData: S

RunScheduledInstancesParameters = TypedDict(
    "RunScheduledInstancesParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "InstanceCount": I,
        "InstanceCount.$": str,
        "LaunchSpecification": X[ScheduledInstancesLaunchSpecification],
        "LaunchSpecification.$": str,
        "ScheduledInstanceId": S,
        "ScheduledInstanceId.$": str,
    },
    total=False,
)
SearchLocalGatewayRoutesParameters = TypedDict(
    "SearchLocalGatewayRoutesParameters",
    {
        "LocalGatewayRouteTableId": S,
        "LocalGatewayRouteTableId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
SearchTransitGatewayMulticastGroupsParameters = TypedDict(
    "SearchTransitGatewayMulticastGroupsParameters",
    {
        "TransitGatewayMulticastDomainId": S,
        "TransitGatewayMulticastDomainId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
SearchTransitGatewayRoutesParameters = TypedDict(
    "SearchTransitGatewayRoutesParameters",
    {
        "TransitGatewayRouteTableId": S,
        "TransitGatewayRouteTableId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
SendDiagnosticInterruptParameters = TypedDict(
    "SendDiagnosticInterruptParameters",
    {"InstanceId": S, "InstanceId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
StartDeclarativePoliciesReportParameters = TypedDict(
    "StartDeclarativePoliciesReportParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "S3Bucket": S,
        "S3Bucket.$": str,
        "S3Prefix": S,
        "S3Prefix.$": str,
        "TargetId": S,
        "TargetId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
    },
    total=False,
)
StartInstancesParameters = TypedDict(
    "StartInstancesParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "AdditionalInfo": S,
        "AdditionalInfo.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
StartNetworkInsightsAccessScopeAnalysisParameters = TypedDict(
    "StartNetworkInsightsAccessScopeAnalysisParameters",
    {
        "NetworkInsightsAccessScopeId": S,
        "NetworkInsightsAccessScopeId.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartNetworkInsightsAnalysisParameters = TypedDict(
    "StartNetworkInsightsAnalysisParameters",
    {
        "NetworkInsightsPathId": S,
        "NetworkInsightsPathId.$": str,
        "AdditionalAccounts": L[Si],
        "AdditionalAccounts.$": str,
        "FilterInArns": L[Si],
        "FilterInArns.$": str,
        "FilterOutArns": L[Si],
        "FilterOutArns.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartVpcEndpointServicePrivateDnsVerificationParameters = TypedDict(
    "StartVpcEndpointServicePrivateDnsVerificationParameters",
    {"DryRun": B, "DryRun.$": str, "ServiceId": S, "ServiceId.$": str},
    total=False,
)
StopInstancesParameters = TypedDict(
    "StopInstancesParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "Hibernate": B,
        "Hibernate.$": str,
        "SkipOsShutdown": B,
        "SkipOsShutdown.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
TerminateClientVpnConnectionsParameters = TypedDict(
    "TerminateClientVpnConnectionsParameters",
    {
        "ClientVpnEndpointId": S,
        "ClientVpnEndpointId.$": str,
        "ConnectionId": S,
        "ConnectionId.$": str,
        "Username": S,
        "Username.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
TerminateInstancesParameters = TypedDict(
    "TerminateInstancesParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "Force": B,
        "Force.$": str,
        "SkipOsShutdown": B,
        "SkipOsShutdown.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
UnassignIpv6AddressesParameters = TypedDict(
    "UnassignIpv6AddressesParameters",
    {
        "Ipv6Prefixes": L[Si],
        "Ipv6Prefixes.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "Ipv6Addresses": L[Si],
        "Ipv6Addresses.$": str,
    },
    total=False,
)
UnassignPrivateIpAddressesParameters = TypedDict(
    "UnassignPrivateIpAddressesParameters",
    {
        "Ipv4Prefixes": L[Si],
        "Ipv4Prefixes.$": str,
        "NetworkInterfaceId": S,
        "NetworkInterfaceId.$": str,
        "PrivateIpAddresses": L[Si],
        "PrivateIpAddresses.$": str,
    },
    total=False,
)
UnassignPrivateNatGatewayAddressParameters = TypedDict(
    "UnassignPrivateNatGatewayAddressParameters",
    {
        "NatGatewayId": S,
        "NatGatewayId.$": str,
        "PrivateIpAddresses": L[Si],
        "PrivateIpAddresses.$": str,
        "MaxDrainDurationSeconds": I,
        "MaxDrainDurationSeconds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
UnlockSnapshotParameters = TypedDict(
    "UnlockSnapshotParameters",
    {"SnapshotId": S, "SnapshotId.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
UnmonitorInstancesParameters = TypedDict(
    "UnmonitorInstancesParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "MetricCategoryIds": L[Si],
        "MetricCategoryIds.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
UpdateCapacityManagerMonitoredTagKeysParameters = TypedDict(
    "UpdateCapacityManagerMonitoredTagKeysParameters",
    {
        "ActivateTagKeys": L[Si],
        "ActivateTagKeys.$": str,
        "DeactivateTagKeys": L[Si],
        "DeactivateTagKeys.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateCapacityManagerOrganizationsAccessParameters = TypedDict(
    "UpdateCapacityManagerOrganizationsAccessParameters",
    {
        "OrganizationsAccess": B,
        "OrganizationsAccess.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateInterruptibleCapacityReservationAllocationParameters = TypedDict(
    "UpdateInterruptibleCapacityReservationAllocationParameters",
    {
        "CapacityReservationId": S,
        "CapacityReservationId.$": str,
        "TargetInstanceCount": I,
        "TargetInstanceCount.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ZeroSizePreference": S,
        "ZeroSizePreference.$": str,
    },
    total=False,
)

class SecurityGroupRuleDescription(TypedDict, total=False):
    SecurityGroupRuleId: S
    Description: S

UpdateSecurityGroupRuleDescriptionsEgressParameters = TypedDict(
    "UpdateSecurityGroupRuleDescriptionsEgressParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "IpPermissions": L[Xi[IpPermission]],
        "IpPermissions.$": str,
        "SecurityGroupRuleDescriptions": L[Xi[SecurityGroupRuleDescription]],
        "SecurityGroupRuleDescriptions.$": str,
    },
    total=False,
)
UpdateSecurityGroupRuleDescriptionsIngressParameters = TypedDict(
    "UpdateSecurityGroupRuleDescriptionsIngressParameters",
    {
        "DryRun": B,
        "DryRun.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "IpPermissions": L[Xi[IpPermission]],
        "IpPermissions.$": str,
        "SecurityGroupRuleDescriptions": L[Xi[SecurityGroupRuleDescription]],
        "SecurityGroupRuleDescriptions.$": str,
    },
    total=False,
)
ValidateSecurityGroupQuotasForInterfaceParameters = TypedDict(
    "ValidateSecurityGroupQuotasForInterfaceParameters",
    {"SecurityGroupIds": L[Si], "SecurityGroupIds.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
WithdrawByoipCidrParameters = TypedDict(
    "WithdrawByoipCidrParameters",
    {"Cidr": S, "Cidr.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
accept_address_transfer: Builder[AcceptAddressTransferParameters]
accept_capacity_reservation_billing_ownership: Builder[
    AcceptCapacityReservationBillingOwnershipParameters
]
accept_reserved_instances_exchange_quote: Builder[AcceptReservedInstancesExchangeQuoteParameters]
accept_transit_gateway_client_vpn_attachment: Builder[
    AcceptTransitGatewayClientVpnAttachmentParameters
]
accept_transit_gateway_multicast_domain_associations: Builder[
    AcceptTransitGatewayMulticastDomainAssociationsParameters
]
accept_transit_gateway_peering_attachment: Builder[AcceptTransitGatewayPeeringAttachmentParameters]
accept_transit_gateway_sse_connect_attachment: Builder[
    AcceptTransitGatewaySseConnectAttachmentParameters
]
accept_transit_gateway_vpc_attachment: Builder[AcceptTransitGatewayVpcAttachmentParameters]
accept_vpc_endpoint_connections: Builder[AcceptVpcEndpointConnectionsParameters]
accept_vpc_peering_connection: Builder[AcceptVpcPeeringConnectionParameters]
advertise_byoip_cidr: Builder[AdvertiseByoipCidrParameters]
allocate_address: Builder[AllocateAddressParameters]
allocate_hosts: Builder[AllocateHostsParameters]
allocate_ipam_pool_cidr: Builder[AllocateIpamPoolCidrParameters]
apply_security_groups_to_client_vpn_target_network: Builder[
    ApplySecurityGroupsToClientVpnTargetNetworkParameters
]
assign_ipv6_addresses: Builder[AssignIpv6AddressesParameters]
assign_private_ip_addresses: Builder[AssignPrivateIpAddressesParameters]
assign_private_nat_gateway_address: Builder[AssignPrivateNatGatewayAddressParameters]
associate_address: Builder[AssociateAddressParameters]
associate_application_status_check: Builder[AssociateApplicationStatusCheckParameters]
associate_capacity_reservation_billing_owner: Builder[
    AssociateCapacityReservationBillingOwnerParameters
]
associate_client_vpn_target_network: Builder[AssociateClientVpnTargetNetworkParameters]
associate_dhcp_options: Builder[AssociateDhcpOptionsParameters]
associate_enclave_certificate_iam_role: Builder[AssociateEnclaveCertificateIamRoleParameters]
associate_iam_instance_profile: Builder[AssociateIamInstanceProfileParameters]
associate_instance_event_window: Builder[AssociateInstanceEventWindowParameters]
associate_ipam_byoasn: Builder[AssociateIpamByoasnParameters]
associate_ipam_resource_discovery: Builder[AssociateIpamResourceDiscoveryParameters]
associate_kms_key_id: Builder[AssociateKmsKeyIdParameters]
associate_nat_gateway_address: Builder[AssociateNatGatewayAddressParameters]
associate_networking_flex_cost_allocation_policy: Builder[
    AssociateNetworkingFlexCostAllocationPolicyParameters
]
associate_route_server: Builder[AssociateRouteServerParameters]
associate_route_table: Builder[AssociateRouteTableParameters]
associate_security_group_vpc: Builder[AssociateSecurityGroupVpcParameters]
associate_subnet_cidr_block: Builder[AssociateSubnetCidrBlockParameters]
associate_transit_gateway_multicast_domain: Builder[
    AssociateTransitGatewayMulticastDomainParameters
]
associate_transit_gateway_policy_table: Builder[AssociateTransitGatewayPolicyTableParameters]
associate_transit_gateway_route_table: Builder[AssociateTransitGatewayRouteTableParameters]
associate_trunk_interface: Builder[AssociateTrunkInterfaceParameters]
associate_vpc_cidr_block: Builder[AssociateVpcCidrBlockParameters]
attach_classic_link_vpc: Builder[AttachClassicLinkVpcParameters]
attach_image_watermark: Builder[AttachImageWatermarkParameters]
attach_internet_gateway: Builder[AttachInternetGatewayParameters]
attach_network_interface: Builder[AttachNetworkInterfaceParameters]
attach_verified_access_trust_provider: Builder[AttachVerifiedAccessTrustProviderParameters]
attach_volume: Builder[AttachVolumeParameters]
attach_vpn_gateway: Builder[AttachVpnGatewayParameters]
authorize_client_vpn_ingress: Builder[AuthorizeClientVpnIngressParameters]
authorize_security_group_egress: Builder[AuthorizeSecurityGroupEgressParameters]
authorize_security_group_ingress: Builder[AuthorizeSecurityGroupIngressParameters]
batch_modify_ipam_routing_policy_registrations: Builder[
    BatchModifyIpamRoutingPolicyRegistrationsParameters
]
bundle_instance: Builder[BundleInstanceParameters]
cancel_bundle_task: Builder[CancelBundleTaskParameters]
cancel_capacity_reservation: Builder[CancelCapacityReservationParameters]
cancel_capacity_reservation_fleets: Builder[CancelCapacityReservationFleetsParameters]
cancel_conversion_task: Builder[CancelConversionTaskParameters]
cancel_declarative_policies_report: Builder[CancelDeclarativePoliciesReportParameters]
cancel_export_task: Builder[CancelExportTaskParameters]
cancel_image_launch_permission: Builder[CancelImageLaunchPermissionParameters]
cancel_import_task: Builder[CancelImportTaskParameters]
cancel_reserved_instances_listing: Builder[CancelReservedInstancesListingParameters]
cancel_spot_fleet_requests: Builder[CancelSpotFleetRequestsParameters]
cancel_spot_instance_requests: Builder[CancelSpotInstanceRequestsParameters]
confirm_product_instance: Builder[ConfirmProductInstanceParameters]
copy_fpga_image: Builder[CopyFpgaImageParameters]
copy_image: Builder[CopyImageParameters]
copy_snapshot: Builder[CopySnapshotParameters]
copy_volumes: Builder[CopyVolumesParameters]
create_application_status_check: Builder[CreateApplicationStatusCheckParameters]
create_capacity_manager_data_export: Builder[CreateCapacityManagerDataExportParameters]
create_capacity_reservation: Builder[CreateCapacityReservationParameters]
create_capacity_reservation_by_splitting: Builder[CreateCapacityReservationBySplittingParameters]
create_capacity_reservation_cancellation_quote: Builder[
    CreateCapacityReservationCancellationQuoteParameters
]
create_capacity_reservation_date_change_quote: Builder[
    CreateCapacityReservationDateChangeQuoteParameters
]
create_capacity_reservation_fleet: Builder[CreateCapacityReservationFleetParameters]
create_carrier_gateway: Builder[CreateCarrierGatewayParameters]
create_client_vpn_endpoint: Builder[CreateClientVpnEndpointParameters]
create_client_vpn_route: Builder[CreateClientVpnRouteParameters]
create_coip_cidr: Builder[CreateCoipCidrParameters]
create_coip_pool: Builder[CreateCoipPoolParameters]
create_customer_gateway: Builder[CreateCustomerGatewayParameters]
create_default_subnet: Builder[CreateDefaultSubnetParameters]
create_default_vpc: Builder[CreateDefaultVpcParameters]
create_delegate_mac_volume_ownership_task: Builder[CreateDelegateMacVolumeOwnershipTaskParameters]
create_dhcp_options: Builder[CreateDhcpOptionsParameters]
create_egress_only_internet_gateway: Builder[CreateEgressOnlyInternetGatewayParameters]
create_fleet: Builder[CreateFleetParameters]
create_flow_logs: Builder[CreateFlowLogsParameters]
create_fpga_image: Builder[CreateFpgaImageParameters]
create_image: Builder[CreateImageParameters]
create_image_usage_report: Builder[CreateImageUsageReportParameters]
create_instance_connect_endpoint: Builder[CreateInstanceConnectEndpointParameters]
create_instance_event_window: Builder[CreateInstanceEventWindowParameters]
create_instance_export_task: Builder[CreateInstanceExportTaskParameters]
create_internet_gateway: Builder[CreateInternetGatewayParameters]
create_interruptible_capacity_reservation_allocation: Builder[
    CreateInterruptibleCapacityReservationAllocationParameters
]
create_ipam: Builder[CreateIpamParameters]
create_ipam_external_resource_verification_token: Builder[
    CreateIpamExternalResourceVerificationTokenParameters
]
create_ipam_internet_registry_association: Builder[CreateIpamInternetRegistryAssociationParameters]
create_ipam_policy: Builder[CreateIpamPolicyParameters]
create_ipam_pool: Builder[CreateIpamPoolParameters]
create_ipam_prefix_list_resolver: Builder[CreateIpamPrefixListResolverParameters]
create_ipam_prefix_list_resolver_target: Builder[CreateIpamPrefixListResolverTargetParameters]
create_ipam_resource_discovery: Builder[CreateIpamResourceDiscoveryParameters]
create_ipam_routing_policy_registration: Builder[CreateIpamRoutingPolicyRegistrationParameters]
create_ipam_scope: Builder[CreateIpamScopeParameters]
create_key_pair: Builder[CreateKeyPairParameters]
create_launch_template: Builder[CreateLaunchTemplateParameters]
create_launch_template_version: Builder[CreateLaunchTemplateVersionParameters]
create_local_gateway_route: Builder[CreateLocalGatewayRouteParameters]
create_local_gateway_route_table: Builder[CreateLocalGatewayRouteTableParameters]
create_local_gateway_route_table_virtual_interface_group_association: Builder[
    CreateLocalGatewayRouteTableVirtualInterfaceGroupAssociationParameters
]
create_local_gateway_route_table_vpc_association: Builder[
    CreateLocalGatewayRouteTableVpcAssociationParameters
]
create_local_gateway_virtual_interface: Builder[CreateLocalGatewayVirtualInterfaceParameters]
create_local_gateway_virtual_interface_group: Builder[
    CreateLocalGatewayVirtualInterfaceGroupParameters
]
create_mac_system_integrity_protection_modification_task: Builder[
    CreateMacSystemIntegrityProtectionModificationTaskParameters
]
create_managed_prefix_list: Builder[CreateManagedPrefixListParameters]
create_metric_category: Builder[CreateMetricCategoryParameters]
create_nat_gateway: Builder[CreateNatGatewayParameters]
create_network_acl: Builder[CreateNetworkAclParameters]
create_network_acl_entry: Builder[CreateNetworkAclEntryParameters]
create_network_insights_access_scope: Builder[CreateNetworkInsightsAccessScopeParameters]
create_network_insights_path: Builder[CreateNetworkInsightsPathParameters]
create_network_interface: Builder[CreateNetworkInterfaceParameters]
create_network_interface_permission: Builder[CreateNetworkInterfacePermissionParameters]
create_networking_flex_cost_allocation_policy: Builder[
    CreateNetworkingFlexCostAllocationPolicyParameters
]
create_placement_group: Builder[CreatePlacementGroupParameters]
create_public_ipv4_pool: Builder[CreatePublicIpv4PoolParameters]
create_replace_root_volume_task: Builder[CreateReplaceRootVolumeTaskParameters]
create_reserved_instances_listing: Builder[CreateReservedInstancesListingParameters]
create_restore_image_task: Builder[CreateRestoreImageTaskParameters]
create_route: Builder[CreateRouteParameters]
create_route_server: Builder[CreateRouteServerParameters]
create_route_server_endpoint: Builder[CreateRouteServerEndpointParameters]
create_route_server_peer: Builder[CreateRouteServerPeerParameters]
create_route_table: Builder[CreateRouteTableParameters]
create_secondary_network: Builder[CreateSecondaryNetworkParameters]
create_secondary_network_acl: Builder[CreateSecondaryNetworkAclParameters]
create_secondary_network_acl_association: Builder[CreateSecondaryNetworkAclAssociationParameters]
create_secondary_network_acl_entries: Builder[CreateSecondaryNetworkAclEntriesParameters]
create_secondary_subnet: Builder[CreateSecondarySubnetParameters]
create_security_group: Builder[CreateSecurityGroupParameters]
create_snapshot: Builder[CreateSnapshotParameters]
create_snapshots: Builder[CreateSnapshotsParameters]
create_spot_datafeed_subscription: Builder[CreateSpotDatafeedSubscriptionParameters]
create_store_image_task: Builder[CreateStoreImageTaskParameters]
create_subnet: Builder[CreateSubnetParameters]
create_subnet_cidr_reservation: Builder[CreateSubnetCidrReservationParameters]
create_tags: Builder[CreateTagsParameters]
create_traffic_mirror_filter: Builder[CreateTrafficMirrorFilterParameters]
create_traffic_mirror_filter_rule: Builder[CreateTrafficMirrorFilterRuleParameters]
create_traffic_mirror_session: Builder[CreateTrafficMirrorSessionParameters]
create_traffic_mirror_target: Builder[CreateTrafficMirrorTargetParameters]
create_transit_gateway: Builder[CreateTransitGatewayParameters]
create_transit_gateway_connect: Builder[CreateTransitGatewayConnectParameters]
create_transit_gateway_connect_peer: Builder[CreateTransitGatewayConnectPeerParameters]
create_transit_gateway_metering_policy: Builder[CreateTransitGatewayMeteringPolicyParameters]
create_transit_gateway_metering_policy_entry: Builder[
    CreateTransitGatewayMeteringPolicyEntryParameters
]
create_transit_gateway_multicast_domain: Builder[CreateTransitGatewayMulticastDomainParameters]
create_transit_gateway_network_function_attachment: Builder[
    CreateTransitGatewayNetworkFunctionAttachmentParameters
]
create_transit_gateway_peering_attachment: Builder[CreateTransitGatewayPeeringAttachmentParameters]
create_transit_gateway_policy_table: Builder[CreateTransitGatewayPolicyTableParameters]
create_transit_gateway_policy_table_entry: Builder[CreateTransitGatewayPolicyTableEntryParameters]
create_transit_gateway_prefix_list_reference: Builder[
    CreateTransitGatewayPrefixListReferenceParameters
]
create_transit_gateway_route: Builder[CreateTransitGatewayRouteParameters]
create_transit_gateway_route_table: Builder[CreateTransitGatewayRouteTableParameters]
create_transit_gateway_route_table_announcement: Builder[
    CreateTransitGatewayRouteTableAnnouncementParameters
]
create_transit_gateway_vpc_attachment: Builder[CreateTransitGatewayVpcAttachmentParameters]
create_verified_access_endpoint: Builder[CreateVerifiedAccessEndpointParameters]
create_verified_access_group: Builder[CreateVerifiedAccessGroupParameters]
create_verified_access_instance: Builder[CreateVerifiedAccessInstanceParameters]
create_verified_access_trust_provider: Builder[CreateVerifiedAccessTrustProviderParameters]
create_virtual_edge_network_gateway: Builder[CreateVirtualEdgeNetworkGatewayParameters]
create_virtual_edge_network_gateway_allowed_advertisement: Builder[
    CreateVirtualEdgeNetworkGatewayAllowedAdvertisementParameters
]
create_virtual_edge_network_gateway_route_table: Builder[
    CreateVirtualEdgeNetworkGatewayRouteTableParameters
]
create_virtual_edge_network_gateway_route_table_association: Builder[
    CreateVirtualEdgeNetworkGatewayRouteTableAssociationParameters
]
create_virtual_edge_network_gateway_routes: Builder[CreateVirtualEdgeNetworkGatewayRoutesParameters]
create_virtual_edge_network_route_server_peer: Builder[
    CreateVirtualEdgeNetworkRouteServerPeerParameters
]
create_volume: Builder[CreateVolumeParameters]
create_vpc: Builder[CreateVpcParameters]
create_vpc_block_public_access_exclusion: Builder[CreateVpcBlockPublicAccessExclusionParameters]
create_vpc_encryption_control: Builder[CreateVpcEncryptionControlParameters]
create_vpc_endpoint: Builder[CreateVpcEndpointParameters]
create_vpc_endpoint_connection_notification: Builder[
    CreateVpcEndpointConnectionNotificationParameters
]
create_vpc_endpoint_service_configuration: Builder[CreateVpcEndpointServiceConfigurationParameters]
create_vpc_peering_connection: Builder[CreateVpcPeeringConnectionParameters]
create_vpn_concentrator: Builder[CreateVpnConcentratorParameters]
create_vpn_connection: Builder[CreateVpnConnectionParameters]
create_vpn_connection_route: Builder[CreateVpnConnectionRouteParameters]
create_vpn_gateway: Builder[CreateVpnGatewayParameters]
delete_application_status_check: Builder[DeleteApplicationStatusCheckParameters]
delete_capacity_manager_data_export: Builder[DeleteCapacityManagerDataExportParameters]
delete_carrier_gateway: Builder[DeleteCarrierGatewayParameters]
delete_client_vpn_endpoint: Builder[DeleteClientVpnEndpointParameters]
delete_client_vpn_endpoint_authorization_policy: Builder[
    DeleteClientVpnEndpointAuthorizationPolicyParameters
]
delete_client_vpn_route: Builder[DeleteClientVpnRouteParameters]
delete_coip_cidr: Builder[DeleteCoipCidrParameters]
delete_coip_pool: Builder[DeleteCoipPoolParameters]
delete_customer_gateway: Builder[DeleteCustomerGatewayParameters]
delete_dhcp_options: Builder[DeleteDhcpOptionsParameters]
delete_egress_only_internet_gateway: Builder[DeleteEgressOnlyInternetGatewayParameters]
delete_fleets: Builder[DeleteFleetsParameters]
delete_flow_logs: Builder[DeleteFlowLogsParameters]
delete_fpga_image: Builder[DeleteFpgaImageParameters]
delete_image_usage_report: Builder[DeleteImageUsageReportParameters]
delete_instance_connect_endpoint: Builder[DeleteInstanceConnectEndpointParameters]
delete_instance_event_window: Builder[DeleteInstanceEventWindowParameters]
delete_internet_gateway: Builder[DeleteInternetGatewayParameters]
delete_ipam: Builder[DeleteIpamParameters]
delete_ipam_external_resource_verification_token: Builder[
    DeleteIpamExternalResourceVerificationTokenParameters
]
delete_ipam_internet_registry_association: Builder[DeleteIpamInternetRegistryAssociationParameters]
delete_ipam_policy: Builder[DeleteIpamPolicyParameters]
delete_ipam_pool: Builder[DeleteIpamPoolParameters]
delete_ipam_prefix_list_resolver: Builder[DeleteIpamPrefixListResolverParameters]
delete_ipam_prefix_list_resolver_target: Builder[DeleteIpamPrefixListResolverTargetParameters]
delete_ipam_resource_discovery: Builder[DeleteIpamResourceDiscoveryParameters]
delete_ipam_routing_policy_registration: Builder[DeleteIpamRoutingPolicyRegistrationParameters]
delete_ipam_scope: Builder[DeleteIpamScopeParameters]
delete_key_pair: Builder[DeleteKeyPairParameters]
delete_launch_template: Builder[DeleteLaunchTemplateParameters]
delete_launch_template_versions: Builder[DeleteLaunchTemplateVersionsParameters]
delete_local_gateway_route: Builder[DeleteLocalGatewayRouteParameters]
delete_local_gateway_route_table: Builder[DeleteLocalGatewayRouteTableParameters]
delete_local_gateway_route_table_virtual_interface_group_association: Builder[
    DeleteLocalGatewayRouteTableVirtualInterfaceGroupAssociationParameters
]
delete_local_gateway_route_table_vpc_association: Builder[
    DeleteLocalGatewayRouteTableVpcAssociationParameters
]
delete_local_gateway_virtual_interface: Builder[DeleteLocalGatewayVirtualInterfaceParameters]
delete_local_gateway_virtual_interface_group: Builder[
    DeleteLocalGatewayVirtualInterfaceGroupParameters
]
delete_managed_prefix_list: Builder[DeleteManagedPrefixListParameters]
delete_metric_category: Builder[DeleteMetricCategoryParameters]
delete_nat_gateway: Builder[DeleteNatGatewayParameters]
delete_network_acl: Builder[DeleteNetworkAclParameters]
delete_network_acl_entry: Builder[DeleteNetworkAclEntryParameters]
delete_network_insights_access_scope: Builder[DeleteNetworkInsightsAccessScopeParameters]
delete_network_insights_access_scope_analysis: Builder[
    DeleteNetworkInsightsAccessScopeAnalysisParameters
]
delete_network_insights_analysis: Builder[DeleteNetworkInsightsAnalysisParameters]
delete_network_insights_path: Builder[DeleteNetworkInsightsPathParameters]
delete_network_interface: Builder[DeleteNetworkInterfaceParameters]
delete_network_interface_permission: Builder[DeleteNetworkInterfacePermissionParameters]
delete_networking_flex_cost_allocation_policies: Builder[
    DeleteNetworkingFlexCostAllocationPoliciesParameters
]
delete_placement_group: Builder[DeletePlacementGroupParameters]
delete_public_ipv4_pool: Builder[DeletePublicIpv4PoolParameters]
delete_queued_reserved_instances: Builder[DeleteQueuedReservedInstancesParameters]
delete_route: Builder[DeleteRouteParameters]
delete_route_server: Builder[DeleteRouteServerParameters]
delete_route_server_endpoint: Builder[DeleteRouteServerEndpointParameters]
delete_route_server_peer: Builder[DeleteRouteServerPeerParameters]
delete_route_table: Builder[DeleteRouteTableParameters]
delete_secondary_network: Builder[DeleteSecondaryNetworkParameters]
delete_secondary_network_acl: Builder[DeleteSecondaryNetworkAclParameters]
delete_secondary_network_acl_association: Builder[DeleteSecondaryNetworkAclAssociationParameters]
delete_secondary_network_acl_entries: Builder[DeleteSecondaryNetworkAclEntriesParameters]
delete_secondary_subnet: Builder[DeleteSecondarySubnetParameters]
delete_security_group: Builder[DeleteSecurityGroupParameters]
delete_snapshot: Builder[DeleteSnapshotParameters]
delete_spot_datafeed_subscription: Builder[DeleteSpotDatafeedSubscriptionParameters]
delete_subnet: Builder[DeleteSubnetParameters]
delete_subnet_cidr_reservation: Builder[DeleteSubnetCidrReservationParameters]
delete_tags: Builder[DeleteTagsParameters]
delete_traffic_mirror_filter: Builder[DeleteTrafficMirrorFilterParameters]
delete_traffic_mirror_filter_rule: Builder[DeleteTrafficMirrorFilterRuleParameters]
delete_traffic_mirror_session: Builder[DeleteTrafficMirrorSessionParameters]
delete_traffic_mirror_target: Builder[DeleteTrafficMirrorTargetParameters]
delete_transit_gateway: Builder[DeleteTransitGatewayParameters]
delete_transit_gateway_client_vpn_attachment: Builder[
    DeleteTransitGatewayClientVpnAttachmentParameters
]
delete_transit_gateway_connect: Builder[DeleteTransitGatewayConnectParameters]
delete_transit_gateway_connect_peer: Builder[DeleteTransitGatewayConnectPeerParameters]
delete_transit_gateway_metering_policy: Builder[DeleteTransitGatewayMeteringPolicyParameters]
delete_transit_gateway_metering_policy_entry: Builder[
    DeleteTransitGatewayMeteringPolicyEntryParameters
]
delete_transit_gateway_multicast_domain: Builder[DeleteTransitGatewayMulticastDomainParameters]
delete_transit_gateway_network_function_attachment: Builder[
    DeleteTransitGatewayNetworkFunctionAttachmentParameters
]
delete_transit_gateway_peering_attachment: Builder[DeleteTransitGatewayPeeringAttachmentParameters]
delete_transit_gateway_policy_table: Builder[DeleteTransitGatewayPolicyTableParameters]
delete_transit_gateway_policy_table_entry: Builder[DeleteTransitGatewayPolicyTableEntryParameters]
delete_transit_gateway_prefix_list_reference: Builder[
    DeleteTransitGatewayPrefixListReferenceParameters
]
delete_transit_gateway_route: Builder[DeleteTransitGatewayRouteParameters]
delete_transit_gateway_route_table: Builder[DeleteTransitGatewayRouteTableParameters]
delete_transit_gateway_route_table_announcement: Builder[
    DeleteTransitGatewayRouteTableAnnouncementParameters
]
delete_transit_gateway_vpc_attachment: Builder[DeleteTransitGatewayVpcAttachmentParameters]
delete_verified_access_endpoint: Builder[DeleteVerifiedAccessEndpointParameters]
delete_verified_access_group: Builder[DeleteVerifiedAccessGroupParameters]
delete_verified_access_instance: Builder[DeleteVerifiedAccessInstanceParameters]
delete_verified_access_trust_provider: Builder[DeleteVerifiedAccessTrustProviderParameters]
delete_virtual_edge_network_gateway: Builder[DeleteVirtualEdgeNetworkGatewayParameters]
delete_virtual_edge_network_gateway_allowed_advertisement: Builder[
    DeleteVirtualEdgeNetworkGatewayAllowedAdvertisementParameters
]
delete_virtual_edge_network_gateway_route_table: Builder[
    DeleteVirtualEdgeNetworkGatewayRouteTableParameters
]
delete_virtual_edge_network_gateway_route_table_association: Builder[
    DeleteVirtualEdgeNetworkGatewayRouteTableAssociationParameters
]
delete_virtual_edge_network_gateway_routes: Builder[DeleteVirtualEdgeNetworkGatewayRoutesParameters]
delete_virtual_edge_network_route_server_peer: Builder[
    DeleteVirtualEdgeNetworkRouteServerPeerParameters
]
delete_volume: Builder[DeleteVolumeParameters]
delete_vpc: Builder[DeleteVpcParameters]
delete_vpc_block_public_access_exclusion: Builder[DeleteVpcBlockPublicAccessExclusionParameters]
delete_vpc_encryption_control: Builder[DeleteVpcEncryptionControlParameters]
delete_vpc_endpoint_connection_notifications: Builder[
    DeleteVpcEndpointConnectionNotificationsParameters
]
delete_vpc_endpoint_service_configurations: Builder[
    DeleteVpcEndpointServiceConfigurationsParameters
]
delete_vpc_endpoints: Builder[DeleteVpcEndpointsParameters]
delete_vpc_peering_connection: Builder[DeleteVpcPeeringConnectionParameters]
delete_vpn_concentrator: Builder[DeleteVpnConcentratorParameters]
delete_vpn_connection: Builder[DeleteVpnConnectionParameters]
delete_vpn_connection_route: Builder[DeleteVpnConnectionRouteParameters]
delete_vpn_gateway: Builder[DeleteVpnGatewayParameters]
deprovision_byoip_cidr: Builder[DeprovisionByoipCidrParameters]
deprovision_ipam_byoasn: Builder[DeprovisionIpamByoasnParameters]
deprovision_ipam_pool_cidr: Builder[DeprovisionIpamPoolCidrParameters]
deprovision_public_ipv4_pool_cidr: Builder[DeprovisionPublicIpv4PoolCidrParameters]
deregister_image: Builder[DeregisterImageParameters]
deregister_instance_event_notification_attributes: Builder[
    DeregisterInstanceEventNotificationAttributesParameters
]
deregister_transit_gateway_multicast_group_members: Builder[
    DeregisterTransitGatewayMulticastGroupMembersParameters
]
deregister_transit_gateway_multicast_group_sources: Builder[
    DeregisterTransitGatewayMulticastGroupSourcesParameters
]
describe_account_attributes: Builder[DescribeAccountAttributesParameters]
describe_account_vpc_encryption_control: Builder[DescribeAccountVpcEncryptionControlParameters]
describe_address_transfers: Builder[DescribeAddressTransfersParameters]
describe_addresses: Builder[DescribeAddressesParameters]
describe_addresses_attribute: Builder[DescribeAddressesAttributeParameters]
describe_aggregate_id_format: Builder[DescribeAggregateIdFormatParameters]
describe_application_status: Builder[DescribeApplicationStatusParameters]
describe_application_status_check_associations: Builder[
    DescribeApplicationStatusCheckAssociationsParameters
]
describe_application_status_checks: Builder[DescribeApplicationStatusChecksParameters]
describe_availability_zones: Builder[DescribeAvailabilityZonesParameters]
describe_aws_network_performance_metric_subscriptions: Builder[
    DescribeAwsNetworkPerformanceMetricSubscriptionsParameters
]
describe_bundle_tasks: Builder[DescribeBundleTasksParameters]
describe_byoip_cidrs: Builder[DescribeByoipCidrsParameters]
describe_capacity_block_extension_history: Builder[DescribeCapacityBlockExtensionHistoryParameters]
describe_capacity_block_extension_offerings: Builder[
    DescribeCapacityBlockExtensionOfferingsParameters
]
describe_capacity_block_offerings: Builder[DescribeCapacityBlockOfferingsParameters]
describe_capacity_block_status: Builder[DescribeCapacityBlockStatusParameters]
describe_capacity_blocks: Builder[DescribeCapacityBlocksParameters]
describe_capacity_manager_data_exports: Builder[DescribeCapacityManagerDataExportsParameters]
describe_capacity_reservation_billing_requests: Builder[
    DescribeCapacityReservationBillingRequestsParameters
]
describe_capacity_reservation_cancellation_quotes: Builder[
    DescribeCapacityReservationCancellationQuotesParameters
]
describe_capacity_reservation_date_change_quotes: Builder[
    DescribeCapacityReservationDateChangeQuotesParameters
]
describe_capacity_reservation_fleets: Builder[DescribeCapacityReservationFleetsParameters]
describe_capacity_reservation_topology: Builder[DescribeCapacityReservationTopologyParameters]
describe_capacity_reservations: Builder[DescribeCapacityReservationsParameters]
describe_carrier_gateways: Builder[DescribeCarrierGatewaysParameters]
describe_classic_link_instances: Builder[DescribeClassicLinkInstancesParameters]
describe_client_vpn_authorization_rules: Builder[DescribeClientVpnAuthorizationRulesParameters]
describe_client_vpn_connections: Builder[DescribeClientVpnConnectionsParameters]
describe_client_vpn_endpoints: Builder[DescribeClientVpnEndpointsParameters]
describe_client_vpn_routes: Builder[DescribeClientVpnRoutesParameters]
describe_client_vpn_target_networks: Builder[DescribeClientVpnTargetNetworksParameters]
describe_coip_pools: Builder[DescribeCoipPoolsParameters]
describe_conversion_tasks: Builder[DescribeConversionTasksParameters]
describe_customer_gateways: Builder[DescribeCustomerGatewaysParameters]
describe_declarative_policies_reports: Builder[DescribeDeclarativePoliciesReportsParameters]
describe_dhcp_options: Builder[DescribeDhcpOptionsParameters]
describe_egress_only_internet_gateways: Builder[DescribeEgressOnlyInternetGatewaysParameters]
describe_elastic_gpus: Builder[DescribeElasticGpusParameters]
describe_export_image_tasks: Builder[DescribeExportImageTasksParameters]
describe_export_tasks: Builder[DescribeExportTasksParameters]
describe_fast_launch_images: Builder[DescribeFastLaunchImagesParameters]
describe_fast_snapshot_restores: Builder[DescribeFastSnapshotRestoresParameters]
describe_fleet_history: Builder[DescribeFleetHistoryParameters]
describe_fleet_instances: Builder[DescribeFleetInstancesParameters]
describe_fleets: Builder[DescribeFleetsParameters]
describe_flow_logs: Builder[DescribeFlowLogsParameters]
describe_fpga_image_attribute: Builder[DescribeFpgaImageAttributeParameters]
describe_fpga_images: Builder[DescribeFpgaImagesParameters]
describe_host_reservation_offerings: Builder[DescribeHostReservationOfferingsParameters]
describe_host_reservations: Builder[DescribeHostReservationsParameters]
describe_hosts: Builder[DescribeHostsParameters]
describe_iam_instance_profile_associations: Builder[
    DescribeIamInstanceProfileAssociationsParameters
]
describe_id_format: Builder[DescribeIdFormatParameters]
describe_identity_id_format: Builder[DescribeIdentityIdFormatParameters]
describe_image_attribute: Builder[DescribeImageAttributeParameters]
describe_image_references: Builder[DescribeImageReferencesParameters]
describe_image_usage_report_entries: Builder[DescribeImageUsageReportEntriesParameters]
describe_image_usage_reports: Builder[DescribeImageUsageReportsParameters]
describe_images: Builder[DescribeImagesParameters]
describe_import_image_tasks: Builder[DescribeImportImageTasksParameters]
describe_import_snapshot_tasks: Builder[DescribeImportSnapshotTasksParameters]
describe_instance_attribute: Builder[DescribeInstanceAttributeParameters]
describe_instance_connect_endpoints: Builder[DescribeInstanceConnectEndpointsParameters]
describe_instance_credit_specifications: Builder[DescribeInstanceCreditSpecificationsParameters]
describe_instance_event_notification_attributes: Builder[
    DescribeInstanceEventNotificationAttributesParameters
]
describe_instance_event_windows: Builder[DescribeInstanceEventWindowsParameters]
describe_instance_image_metadata: Builder[DescribeInstanceImageMetadataParameters]
describe_instance_sql_ha_history_states: Builder[DescribeInstanceSqlHaHistoryStatesParameters]
describe_instance_sql_ha_states: Builder[DescribeInstanceSqlHaStatesParameters]
describe_instance_status: Builder[DescribeInstanceStatusParameters]
describe_instance_topology: Builder[DescribeInstanceTopologyParameters]
describe_instance_type_offerings: Builder[DescribeInstanceTypeOfferingsParameters]
describe_instance_types: Builder[DescribeInstanceTypesParameters]
describe_instances: Builder[DescribeInstancesParameters]
describe_internet_gateways: Builder[DescribeInternetGatewaysParameters]
describe_ipam_byoasn: Builder[DescribeIpamByoasnParameters]
describe_ipam_external_resource_verification_tokens: Builder[
    DescribeIpamExternalResourceVerificationTokensParameters
]
describe_ipam_internet_registry_associations: Builder[
    DescribeIpamInternetRegistryAssociationsParameters
]
describe_ipam_policies: Builder[DescribeIpamPoliciesParameters]
describe_ipam_pool_allocations: Builder[DescribeIpamPoolAllocationsParameters]
describe_ipam_pools: Builder[DescribeIpamPoolsParameters]
describe_ipam_prefix_list_resolver_targets: Builder[DescribeIpamPrefixListResolverTargetsParameters]
describe_ipam_prefix_list_resolvers: Builder[DescribeIpamPrefixListResolversParameters]
describe_ipam_resource_discoveries: Builder[DescribeIpamResourceDiscoveriesParameters]
describe_ipam_resource_discovery_associations: Builder[
    DescribeIpamResourceDiscoveryAssociationsParameters
]
describe_ipam_scopes: Builder[DescribeIpamScopesParameters]
describe_ipams: Builder[DescribeIpamsParameters]
describe_ipv6_pools: Builder[DescribeIpv6PoolsParameters]
describe_key_pairs: Builder[DescribeKeyPairsParameters]
describe_launch_template_versions: Builder[DescribeLaunchTemplateVersionsParameters]
describe_launch_templates: Builder[DescribeLaunchTemplatesParameters]
describe_local_gateway_route_table_virtual_interface_group_associations: Builder[
    DescribeLocalGatewayRouteTableVirtualInterfaceGroupAssociationsParameters
]
describe_local_gateway_route_table_vpc_associations: Builder[
    DescribeLocalGatewayRouteTableVpcAssociationsParameters
]
describe_local_gateway_route_tables: Builder[DescribeLocalGatewayRouteTablesParameters]
describe_local_gateway_virtual_interface_groups: Builder[
    DescribeLocalGatewayVirtualInterfaceGroupsParameters
]
describe_local_gateway_virtual_interfaces: Builder[DescribeLocalGatewayVirtualInterfacesParameters]
describe_local_gateways: Builder[DescribeLocalGatewaysParameters]
describe_locked_snapshots: Builder[DescribeLockedSnapshotsParameters]
describe_mac_hosts: Builder[DescribeMacHostsParameters]
describe_mac_modification_tasks: Builder[DescribeMacModificationTasksParameters]
describe_managed_prefix_lists: Builder[DescribeManagedPrefixListsParameters]
describe_metric_categories: Builder[DescribeMetricCategoriesParameters]
describe_moving_addresses: Builder[DescribeMovingAddressesParameters]
describe_nat_gateways: Builder[DescribeNatGatewaysParameters]
describe_network_acls: Builder[DescribeNetworkAclsParameters]
describe_network_insights_access_scope_analyses: Builder[
    DescribeNetworkInsightsAccessScopeAnalysesParameters
]
describe_network_insights_access_scopes: Builder[DescribeNetworkInsightsAccessScopesParameters]
describe_network_insights_analyses: Builder[DescribeNetworkInsightsAnalysesParameters]
describe_network_insights_paths: Builder[DescribeNetworkInsightsPathsParameters]
describe_network_interface_attribute: Builder[DescribeNetworkInterfaceAttributeParameters]
describe_network_interface_permissions: Builder[DescribeNetworkInterfacePermissionsParameters]
describe_network_interfaces: Builder[DescribeNetworkInterfacesParameters]
describe_networking_flex_cost_allocation_policies: Builder[
    DescribeNetworkingFlexCostAllocationPoliciesParameters
]
describe_networking_flex_cost_allocation_policy_associations: Builder[
    DescribeNetworkingFlexCostAllocationPolicyAssociationsParameters
]
describe_outpost_lags: Builder[DescribeOutpostLagsParameters]
describe_placement_groups: Builder[DescribePlacementGroupsParameters]
describe_prefix_lists: Builder[DescribePrefixListsParameters]
describe_principal_id_format: Builder[DescribePrincipalIdFormatParameters]
describe_public_ipv4_pools: Builder[DescribePublicIpv4PoolsParameters]
describe_regions: Builder[DescribeRegionsParameters]
describe_replace_root_volume_tasks: Builder[DescribeReplaceRootVolumeTasksParameters]
describe_reserved_instances: Builder[DescribeReservedInstancesParameters]
describe_reserved_instances_listings: Builder[DescribeReservedInstancesListingsParameters]
describe_reserved_instances_modifications: Builder[DescribeReservedInstancesModificationsParameters]
describe_reserved_instances_offerings: Builder[DescribeReservedInstancesOfferingsParameters]
describe_route_server_endpoints: Builder[DescribeRouteServerEndpointsParameters]
describe_route_server_peers: Builder[DescribeRouteServerPeersParameters]
describe_route_servers: Builder[DescribeRouteServersParameters]
describe_route_tables: Builder[DescribeRouteTablesParameters]
describe_scheduled_instance_availability: Builder[DescribeScheduledInstanceAvailabilityParameters]
describe_scheduled_instances: Builder[DescribeScheduledInstancesParameters]
describe_secondary_interfaces: Builder[DescribeSecondaryInterfacesParameters]
describe_secondary_network_acl_associations: Builder[
    DescribeSecondaryNetworkAclAssociationsParameters
]
describe_secondary_network_acl_entries: Builder[DescribeSecondaryNetworkAclEntriesParameters]
describe_secondary_network_acls: Builder[DescribeSecondaryNetworkAclsParameters]
describe_secondary_networks: Builder[DescribeSecondaryNetworksParameters]
describe_secondary_subnets: Builder[DescribeSecondarySubnetsParameters]
describe_security_group_references: Builder[DescribeSecurityGroupReferencesParameters]
describe_security_group_rules: Builder[DescribeSecurityGroupRulesParameters]
describe_security_group_vpc_associations: Builder[DescribeSecurityGroupVpcAssociationsParameters]
describe_security_groups: Builder[DescribeSecurityGroupsParameters]
describe_service_link_virtual_interfaces: Builder[DescribeServiceLinkVirtualInterfacesParameters]
describe_snapshot_attribute: Builder[DescribeSnapshotAttributeParameters]
describe_snapshot_tier_status: Builder[DescribeSnapshotTierStatusParameters]
describe_snapshots: Builder[DescribeSnapshotsParameters]
describe_spot_datafeed_subscription: Builder[DescribeSpotDatafeedSubscriptionParameters]
describe_spot_fleet_instances: Builder[DescribeSpotFleetInstancesParameters]
describe_spot_fleet_request_history: Builder[DescribeSpotFleetRequestHistoryParameters]
describe_spot_fleet_requests: Builder[DescribeSpotFleetRequestsParameters]
describe_spot_instance_requests: Builder[DescribeSpotInstanceRequestsParameters]
describe_spot_price_history: Builder[DescribeSpotPriceHistoryParameters]
describe_stale_security_groups: Builder[DescribeStaleSecurityGroupsParameters]
describe_store_image_tasks: Builder[DescribeStoreImageTasksParameters]
describe_subnets: Builder[DescribeSubnetsParameters]
describe_tags: Builder[DescribeTagsParameters]
describe_traffic_mirror_filter_rules: Builder[DescribeTrafficMirrorFilterRulesParameters]
describe_traffic_mirror_filters: Builder[DescribeTrafficMirrorFiltersParameters]
describe_traffic_mirror_sessions: Builder[DescribeTrafficMirrorSessionsParameters]
describe_traffic_mirror_targets: Builder[DescribeTrafficMirrorTargetsParameters]
describe_transit_gateway_attachments: Builder[DescribeTransitGatewayAttachmentsParameters]
describe_transit_gateway_connect_peers: Builder[DescribeTransitGatewayConnectPeersParameters]
describe_transit_gateway_connects: Builder[DescribeTransitGatewayConnectsParameters]
describe_transit_gateway_metering_policies: Builder[
    DescribeTransitGatewayMeteringPoliciesParameters
]
describe_transit_gateway_multicast_domains: Builder[
    DescribeTransitGatewayMulticastDomainsParameters
]
describe_transit_gateway_network_function_attachments: Builder[
    DescribeTransitGatewayNetworkFunctionAttachmentsParameters
]
describe_transit_gateway_peering_attachments: Builder[
    DescribeTransitGatewayPeeringAttachmentsParameters
]
describe_transit_gateway_policy_tables: Builder[DescribeTransitGatewayPolicyTablesParameters]
describe_transit_gateway_route_table_announcements: Builder[
    DescribeTransitGatewayRouteTableAnnouncementsParameters
]
describe_transit_gateway_route_tables: Builder[DescribeTransitGatewayRouteTablesParameters]
describe_transit_gateway_vpc_attachments: Builder[DescribeTransitGatewayVpcAttachmentsParameters]
describe_transit_gateways: Builder[DescribeTransitGatewaysParameters]
describe_trunk_interface_associations: Builder[DescribeTrunkInterfaceAssociationsParameters]
describe_verified_access_endpoints: Builder[DescribeVerifiedAccessEndpointsParameters]
describe_verified_access_groups: Builder[DescribeVerifiedAccessGroupsParameters]
describe_verified_access_instance_logging_configurations: Builder[
    DescribeVerifiedAccessInstanceLoggingConfigurationsParameters
]
describe_verified_access_instances: Builder[DescribeVerifiedAccessInstancesParameters]
describe_verified_access_trust_providers: Builder[DescribeVerifiedAccessTrustProvidersParameters]
describe_virtual_edge_network_gateway_allowed_advertisements: Builder[
    DescribeVirtualEdgeNetworkGatewayAllowedAdvertisementsParameters
]
describe_virtual_edge_network_gateway_route_table_associations: Builder[
    DescribeVirtualEdgeNetworkGatewayRouteTableAssociationsParameters
]
describe_virtual_edge_network_gateway_route_table_fib: Builder[
    DescribeVirtualEdgeNetworkGatewayRouteTableFibParameters
]
describe_virtual_edge_network_gateway_route_table_rib: Builder[
    DescribeVirtualEdgeNetworkGatewayRouteTableRibParameters
]
describe_virtual_edge_network_gateway_route_tables: Builder[
    DescribeVirtualEdgeNetworkGatewayRouteTablesParameters
]
describe_virtual_edge_network_gateway_routes: Builder[
    DescribeVirtualEdgeNetworkGatewayRoutesParameters
]
describe_virtual_edge_network_gateways: Builder[DescribeVirtualEdgeNetworkGatewaysParameters]
describe_virtual_edge_network_route_server_peers: Builder[
    DescribeVirtualEdgeNetworkRouteServerPeersParameters
]
describe_volume_attribute: Builder[DescribeVolumeAttributeParameters]
describe_volume_status: Builder[DescribeVolumeStatusParameters]
describe_volumes: Builder[DescribeVolumesParameters]
describe_volumes_modifications: Builder[DescribeVolumesModificationsParameters]
describe_vpc_attribute: Builder[DescribeVpcAttributeParameters]
describe_vpc_block_public_access_exclusions: Builder[
    DescribeVpcBlockPublicAccessExclusionsParameters
]
describe_vpc_block_public_access_options: Builder[DescribeVpcBlockPublicAccessOptionsParameters]
describe_vpc_classic_link: Builder[DescribeVpcClassicLinkParameters]
describe_vpc_classic_link_dns_support: Builder[DescribeVpcClassicLinkDnsSupportParameters]
describe_vpc_encryption_controls: Builder[DescribeVpcEncryptionControlsParameters]
describe_vpc_endpoint_associations: Builder[DescribeVpcEndpointAssociationsParameters]
describe_vpc_endpoint_connection_notifications: Builder[
    DescribeVpcEndpointConnectionNotificationsParameters
]
describe_vpc_endpoint_connections: Builder[DescribeVpcEndpointConnectionsParameters]
describe_vpc_endpoint_service_configurations: Builder[
    DescribeVpcEndpointServiceConfigurationsParameters
]
describe_vpc_endpoint_service_permissions: Builder[DescribeVpcEndpointServicePermissionsParameters]
describe_vpc_endpoint_services: Builder[DescribeVpcEndpointServicesParameters]
describe_vpc_endpoints: Builder[DescribeVpcEndpointsParameters]
describe_vpc_peering_connections: Builder[DescribeVpcPeeringConnectionsParameters]
describe_vpcs: Builder[DescribeVpcsParameters]
describe_vpn_concentrators: Builder[DescribeVpnConcentratorsParameters]
describe_vpn_connections: Builder[DescribeVpnConnectionsParameters]
describe_vpn_gateways: Builder[DescribeVpnGatewaysParameters]
detach_classic_link_vpc: Builder[DetachClassicLinkVpcParameters]
detach_image_watermark: Builder[DetachImageWatermarkParameters]
detach_internet_gateway: Builder[DetachInternetGatewayParameters]
detach_network_interface: Builder[DetachNetworkInterfaceParameters]
detach_verified_access_trust_provider: Builder[DetachVerifiedAccessTrustProviderParameters]
detach_volume: Builder[DetachVolumeParameters]
detach_vpn_gateway: Builder[DetachVpnGatewayParameters]
disable_address_transfer: Builder[DisableAddressTransferParameters]
disable_allowed_images_settings: Builder[DisableAllowedImagesSettingsParameters]
disable_application_status_check_suppression: Builder[
    DisableApplicationStatusCheckSuppressionParameters
]
disable_aws_network_performance_metric_subscription: Builder[
    DisableAwsNetworkPerformanceMetricSubscriptionParameters
]
disable_capacity_manager: Builder[DisableCapacityManagerParameters]
disable_ebs_encryption_by_default: Builder[DisableEbsEncryptionByDefaultParameters]
disable_fast_launch: Builder[DisableFastLaunchParameters]
disable_fast_snapshot_restores: Builder[DisableFastSnapshotRestoresParameters]
disable_image: Builder[DisableImageParameters]
disable_image_block_public_access: Builder[DisableImageBlockPublicAccessParameters]
disable_image_deprecation: Builder[DisableImageDeprecationParameters]
disable_image_deregistration_protection: Builder[DisableImageDeregistrationProtectionParameters]
disable_instance_sql_ha_standby_detections: Builder[DisableInstanceSqlHaStandbyDetectionsParameters]
disable_ipam_organization_admin_account: Builder[DisableIpamOrganizationAdminAccountParameters]
disable_ipam_policy: Builder[DisableIpamPolicyParameters]
disable_route_server_propagation: Builder[DisableRouteServerPropagationParameters]
disable_serial_console_access: Builder[DisableSerialConsoleAccessParameters]
disable_snapshot_block_public_access: Builder[DisableSnapshotBlockPublicAccessParameters]
disable_transit_gateway_route_table_propagation: Builder[
    DisableTransitGatewayRouteTablePropagationParameters
]
disable_vgw_route_propagation: Builder[DisableVgwRoutePropagationParameters]
disable_vpc_classic_link: Builder[DisableVpcClassicLinkParameters]
disable_vpc_classic_link_dns_support: Builder[DisableVpcClassicLinkDnsSupportParameters]
disassociate_address: Builder[DisassociateAddressParameters]
disassociate_application_status_check: Builder[DisassociateApplicationStatusCheckParameters]
disassociate_capacity_reservation_billing_owner: Builder[
    DisassociateCapacityReservationBillingOwnerParameters
]
disassociate_client_vpn_target_network: Builder[DisassociateClientVpnTargetNetworkParameters]
disassociate_enclave_certificate_iam_role: Builder[DisassociateEnclaveCertificateIamRoleParameters]
disassociate_iam_instance_profile: Builder[DisassociateIamInstanceProfileParameters]
disassociate_instance_event_window: Builder[DisassociateInstanceEventWindowParameters]
disassociate_ipam_byoasn: Builder[DisassociateIpamByoasnParameters]
disassociate_ipam_resource_discovery: Builder[DisassociateIpamResourceDiscoveryParameters]
disassociate_kms_key_id: Builder[DisassociateKmsKeyIdParameters]
disassociate_nat_gateway_address: Builder[DisassociateNatGatewayAddressParameters]
disassociate_networking_flex_cost_allocation_policy: Builder[
    DisassociateNetworkingFlexCostAllocationPolicyParameters
]
disassociate_route_server: Builder[DisassociateRouteServerParameters]
disassociate_route_table: Builder[DisassociateRouteTableParameters]
disassociate_security_group_vpc: Builder[DisassociateSecurityGroupVpcParameters]
disassociate_subnet_cidr_block: Builder[DisassociateSubnetCidrBlockParameters]
disassociate_transit_gateway_multicast_domain: Builder[
    DisassociateTransitGatewayMulticastDomainParameters
]
disassociate_transit_gateway_policy_table: Builder[DisassociateTransitGatewayPolicyTableParameters]
disassociate_transit_gateway_route_table: Builder[DisassociateTransitGatewayRouteTableParameters]
disassociate_trunk_interface: Builder[DisassociateTrunkInterfaceParameters]
disassociate_vpc_cidr_block: Builder[DisassociateVpcCidrBlockParameters]
enable_address_transfer: Builder[EnableAddressTransferParameters]
enable_allowed_images_settings: Builder[EnableAllowedImagesSettingsParameters]
enable_application_status_check_suppression: Builder[
    EnableApplicationStatusCheckSuppressionParameters
]
enable_aws_network_performance_metric_subscription: Builder[
    EnableAwsNetworkPerformanceMetricSubscriptionParameters
]
enable_capacity_manager: Builder[EnableCapacityManagerParameters]
enable_ebs_encryption_by_default: Builder[EnableEbsEncryptionByDefaultParameters]
enable_fast_launch: Builder[EnableFastLaunchParameters]
enable_fast_snapshot_restores: Builder[EnableFastSnapshotRestoresParameters]
enable_image: Builder[EnableImageParameters]
enable_image_block_public_access: Builder[EnableImageBlockPublicAccessParameters]
enable_image_deprecation: Builder[EnableImageDeprecationParameters]
enable_image_deregistration_protection: Builder[EnableImageDeregistrationProtectionParameters]
enable_instance_sql_ha_standby_detections: Builder[EnableInstanceSqlHaStandbyDetectionsParameters]
enable_ipam_internet_registry_association: Builder[EnableIpamInternetRegistryAssociationParameters]
enable_ipam_organization_admin_account: Builder[EnableIpamOrganizationAdminAccountParameters]
enable_ipam_policy: Builder[EnableIpamPolicyParameters]
enable_reachability_analyzer_organization_sharing: Builder[
    EnableReachabilityAnalyzerOrganizationSharingParameters
]
enable_route_server_propagation: Builder[EnableRouteServerPropagationParameters]
enable_serial_console_access: Builder[EnableSerialConsoleAccessParameters]
enable_snapshot_block_public_access: Builder[EnableSnapshotBlockPublicAccessParameters]
enable_transit_gateway_route_table_propagation: Builder[
    EnableTransitGatewayRouteTablePropagationParameters
]
enable_vgw_route_propagation: Builder[EnableVgwRoutePropagationParameters]
enable_volume_io: Builder[EnableVolumeIOParameters]
enable_vpc_classic_link: Builder[EnableVpcClassicLinkParameters]
enable_vpc_classic_link_dns_support: Builder[EnableVpcClassicLinkDnsSupportParameters]
export_client_vpn_client_certificate_revocation_list: Builder[
    ExportClientVpnClientCertificateRevocationListParameters
]
export_client_vpn_client_configuration: Builder[ExportClientVpnClientConfigurationParameters]
export_image: Builder[ExportImageParameters]
export_transit_gateway_routes: Builder[ExportTransitGatewayRoutesParameters]
export_verified_access_instance_client_configuration: Builder[
    ExportVerifiedAccessInstanceClientConfigurationParameters
]
failover_volumes: Builder[FailoverVolumesParameters]
get_active_vpn_tunnel_status: Builder[GetActiveVpnTunnelStatusParameters]
get_allowed_images_settings: Builder[GetAllowedImagesSettingsParameters]
get_associated_enclave_certificate_iam_roles: Builder[
    GetAssociatedEnclaveCertificateIamRolesParameters
]
get_associated_ipv6_pool_cidrs: Builder[GetAssociatedIpv6PoolCidrsParameters]
get_aws_network_performance_data: Builder[GetAwsNetworkPerformanceDataParameters]
get_capacity_manager_attributes: Builder[GetCapacityManagerAttributesParameters]
get_capacity_manager_metric_data: Builder[GetCapacityManagerMetricDataParameters]
get_capacity_manager_metric_dimensions: Builder[GetCapacityManagerMetricDimensionsParameters]
get_capacity_manager_monitored_tag_keys: Builder[GetCapacityManagerMonitoredTagKeysParameters]
get_capacity_manager_supportability_scores: Builder[
    GetCapacityManagerSupportabilityScoresParameters
]
get_capacity_reservation_usage: Builder[GetCapacityReservationUsageParameters]
get_client_vpn_endpoint_authorization_policy: Builder[
    GetClientVpnEndpointAuthorizationPolicyParameters
]
get_coip_pool_usage: Builder[GetCoipPoolUsageParameters]
get_console_output: Builder[GetConsoleOutputParameters]
get_console_screenshot: Builder[GetConsoleScreenshotParameters]
get_declarative_policies_report_summary: Builder[GetDeclarativePoliciesReportSummaryParameters]
get_default_credit_specification: Builder[GetDefaultCreditSpecificationParameters]
get_ebs_default_kms_key_id: Builder[GetEbsDefaultKmsKeyIdParameters]
get_ebs_encryption_by_default: Builder[GetEbsEncryptionByDefaultParameters]
get_enabled_ipam_policy: Builder[GetEnabledIpamPolicyParameters]
get_flow_logs_integration_template: Builder[GetFlowLogsIntegrationTemplateParameters]
get_groups_for_capacity_reservation: Builder[GetGroupsForCapacityReservationParameters]
get_host_reservation_purchase_preview: Builder[GetHostReservationPurchasePreviewParameters]
get_image_ancestry: Builder[GetImageAncestryParameters]
get_image_block_public_access_state: Builder[GetImageBlockPublicAccessStateParameters]
get_image_findings: Builder[GetImageFindingsParameters]
get_instance_metadata_defaults: Builder[GetInstanceMetadataDefaultsParameters]
get_instance_tpm_ek_pub: Builder[GetInstanceTpmEkPubParameters]
get_instance_types_from_instance_requirements: Builder[
    GetInstanceTypesFromInstanceRequirementsParameters
]
get_instance_uefi_data: Builder[GetInstanceUefiDataParameters]
get_ipam_address_history: Builder[GetIpamAddressHistoryParameters]
get_ipam_discovered_accounts: Builder[GetIpamDiscoveredAccountsParameters]
get_ipam_discovered_public_addresses: Builder[GetIpamDiscoveredPublicAddressesParameters]
get_ipam_discovered_resource_cidrs: Builder[GetIpamDiscoveredResourceCidrsParameters]
get_ipam_discovered_routes: Builder[GetIpamDiscoveredRoutesParameters]
get_ipam_internet_registry_association_asns: Builder[
    GetIpamInternetRegistryAssociationAsnsParameters
]
get_ipam_internet_registry_association_cidrs: Builder[
    GetIpamInternetRegistryAssociationCidrsParameters
]
get_ipam_policy_allocation_rules: Builder[GetIpamPolicyAllocationRulesParameters]
get_ipam_policy_organization_targets: Builder[GetIpamPolicyOrganizationTargetsParameters]
get_ipam_pool_allocations: Builder[GetIpamPoolAllocationsParameters]
get_ipam_pool_cidrs: Builder[GetIpamPoolCidrsParameters]
get_ipam_prefix_list_resolver_rules: Builder[GetIpamPrefixListResolverRulesParameters]
get_ipam_prefix_list_resolver_version_entries: Builder[
    GetIpamPrefixListResolverVersionEntriesParameters
]
get_ipam_prefix_list_resolver_versions: Builder[GetIpamPrefixListResolverVersionsParameters]
get_ipam_resource_cidrs: Builder[GetIpamResourceCidrsParameters]
get_ipam_route_origin_authorizations: Builder[GetIpamRouteOriginAuthorizationsParameters]
get_ipam_route_protection_findings: Builder[GetIpamRouteProtectionFindingsParameters]
get_ipam_routing_policy_registration_deltas: Builder[
    GetIpamRoutingPolicyRegistrationDeltasParameters
]
get_ipam_routing_policy_registrations: Builder[GetIpamRoutingPolicyRegistrationsParameters]
get_launch_template_data: Builder[GetLaunchTemplateDataParameters]
get_managed_prefix_list_associations: Builder[GetManagedPrefixListAssociationsParameters]
get_managed_prefix_list_entries: Builder[GetManagedPrefixListEntriesParameters]
get_managed_resource_visibility: Builder[GetManagedResourceVisibilityParameters]
get_network_insights_access_scope_analysis_findings: Builder[
    GetNetworkInsightsAccessScopeAnalysisFindingsParameters
]
get_network_insights_access_scope_content: Builder[GetNetworkInsightsAccessScopeContentParameters]
get_networking_flex_cost_allocation_policy_versions: Builder[
    GetNetworkingFlexCostAllocationPolicyVersionsParameters
]
get_password_data: Builder[GetPasswordDataParameters]
get_reserved_instances_exchange_quote: Builder[GetReservedInstancesExchangeQuoteParameters]
get_route_server_associations: Builder[GetRouteServerAssociationsParameters]
get_route_server_propagations: Builder[GetRouteServerPropagationsParameters]
get_route_server_routing_database: Builder[GetRouteServerRoutingDatabaseParameters]
get_security_groups_for_vpc: Builder[GetSecurityGroupsForVpcParameters]
get_serial_console_access_status: Builder[GetSerialConsoleAccessStatusParameters]
get_snapshot_block_public_access_state: Builder[GetSnapshotBlockPublicAccessStateParameters]
get_spot_placement_scores: Builder[GetSpotPlacementScoresParameters]
get_subnet_cidr_reservations: Builder[GetSubnetCidrReservationsParameters]
get_transit_gateway_attachment_nat_configuration: Builder[
    GetTransitGatewayAttachmentNatConfigurationParameters
]
get_transit_gateway_attachment_propagations: Builder[
    GetTransitGatewayAttachmentPropagationsParameters
]
get_transit_gateway_metering_policy_entries: Builder[
    GetTransitGatewayMeteringPolicyEntriesParameters
]
get_transit_gateway_multicast_domain_associations: Builder[
    GetTransitGatewayMulticastDomainAssociationsParameters
]
get_transit_gateway_policy_table_associations: Builder[
    GetTransitGatewayPolicyTableAssociationsParameters
]
get_transit_gateway_policy_table_entries: Builder[GetTransitGatewayPolicyTableEntriesParameters]
get_transit_gateway_prefix_list_references: Builder[GetTransitGatewayPrefixListReferencesParameters]
get_transit_gateway_route_table_associations: Builder[
    GetTransitGatewayRouteTableAssociationsParameters
]
get_transit_gateway_route_table_propagations: Builder[
    GetTransitGatewayRouteTablePropagationsParameters
]
get_verified_access_endpoint_policy: Builder[GetVerifiedAccessEndpointPolicyParameters]
get_verified_access_endpoint_targets: Builder[GetVerifiedAccessEndpointTargetsParameters]
get_verified_access_group_policy: Builder[GetVerifiedAccessGroupPolicyParameters]
get_vpc_resources_blocking_encryption_enforcement: Builder[
    GetVpcResourcesBlockingEncryptionEnforcementParameters
]
get_vpn_connection_device_sample_configuration: Builder[
    GetVpnConnectionDeviceSampleConfigurationParameters
]
get_vpn_connection_device_types: Builder[GetVpnConnectionDeviceTypesParameters]
get_vpn_tunnel_replacement_status: Builder[GetVpnTunnelReplacementStatusParameters]
import_client_vpn_client_certificate_revocation_list: Builder[
    ImportClientVpnClientCertificateRevocationListParameters
]
import_image: Builder[ImportImageParameters]
import_instance: Builder[ImportInstanceParameters]
import_key_pair: Builder[ImportKeyPairParameters]
import_snapshot: Builder[ImportSnapshotParameters]
import_volume: Builder[ImportVolumeParameters]
list_images_in_recycle_bin: Builder[ListImagesInRecycleBinParameters]
list_snapshots_in_recycle_bin: Builder[ListSnapshotsInRecycleBinParameters]
list_volumes_in_recycle_bin: Builder[ListVolumesInRecycleBinParameters]
lock_snapshot: Builder[LockSnapshotParameters]
modify_account_vpc_encryption_control: Builder[ModifyAccountVpcEncryptionControlParameters]
modify_address_attribute: Builder[ModifyAddressAttributeParameters]
modify_application_status_check: Builder[ModifyApplicationStatusCheckParameters]
modify_availability_zone_group: Builder[ModifyAvailabilityZoneGroupParameters]
modify_capacity_reservation: Builder[ModifyCapacityReservationParameters]
modify_capacity_reservation_fleet: Builder[ModifyCapacityReservationFleetParameters]
modify_client_vpn_endpoint: Builder[ModifyClientVpnEndpointParameters]
modify_client_vpn_endpoint_authorization_policy: Builder[
    ModifyClientVpnEndpointAuthorizationPolicyParameters
]
modify_default_credit_specification: Builder[ModifyDefaultCreditSpecificationParameters]
modify_ebs_default_kms_key_id: Builder[ModifyEbsDefaultKmsKeyIdParameters]
modify_fleet: Builder[ModifyFleetParameters]
modify_fpga_image_attribute: Builder[ModifyFpgaImageAttributeParameters]
modify_hosts: Builder[ModifyHostsParameters]
modify_id_format: Builder[ModifyIdFormatParameters]
modify_identity_id_format: Builder[ModifyIdentityIdFormatParameters]
modify_image_attribute: Builder[ModifyImageAttributeParameters]
modify_instance_attribute: Builder[ModifyInstanceAttributeParameters]
modify_instance_capacity_reservation_attributes: Builder[
    ModifyInstanceCapacityReservationAttributesParameters
]
modify_instance_connect_endpoint: Builder[ModifyInstanceConnectEndpointParameters]
modify_instance_cpu_options: Builder[ModifyInstanceCpuOptionsParameters]
modify_instance_credit_specification: Builder[ModifyInstanceCreditSpecificationParameters]
modify_instance_event_start_time: Builder[ModifyInstanceEventStartTimeParameters]
modify_instance_event_window: Builder[ModifyInstanceEventWindowParameters]
modify_instance_maintenance_options: Builder[ModifyInstanceMaintenanceOptionsParameters]
modify_instance_metadata_defaults: Builder[ModifyInstanceMetadataDefaultsParameters]
modify_instance_metadata_options: Builder[ModifyInstanceMetadataOptionsParameters]
modify_instance_network_performance_options: Builder[
    ModifyInstanceNetworkPerformanceOptionsParameters
]
modify_instance_placement: Builder[ModifyInstancePlacementParameters]
modify_ipam: Builder[ModifyIpamParameters]
modify_ipam_policy_allocation_rules: Builder[ModifyIpamPolicyAllocationRulesParameters]
modify_ipam_pool: Builder[ModifyIpamPoolParameters]
modify_ipam_pool_allocation: Builder[ModifyIpamPoolAllocationParameters]
modify_ipam_prefix_list_resolver: Builder[ModifyIpamPrefixListResolverParameters]
modify_ipam_prefix_list_resolver_target: Builder[ModifyIpamPrefixListResolverTargetParameters]
modify_ipam_resource_cidr: Builder[ModifyIpamResourceCidrParameters]
modify_ipam_resource_discovery: Builder[ModifyIpamResourceDiscoveryParameters]
modify_ipam_routing_policy_registration: Builder[ModifyIpamRoutingPolicyRegistrationParameters]
modify_ipam_scope: Builder[ModifyIpamScopeParameters]
modify_launch_template: Builder[ModifyLaunchTemplateParameters]
modify_local_gateway_route: Builder[ModifyLocalGatewayRouteParameters]
modify_managed_prefix_list: Builder[ModifyManagedPrefixListParameters]
modify_managed_resource_visibility: Builder[ModifyManagedResourceVisibilityParameters]
modify_metric_category: Builder[ModifyMetricCategoryParameters]
modify_network_interface_attribute: Builder[ModifyNetworkInterfaceAttributeParameters]
modify_networking_flex_cost_allocation_policy: Builder[
    ModifyNetworkingFlexCostAllocationPolicyParameters
]
modify_private_dns_name_options: Builder[ModifyPrivateDnsNameOptionsParameters]
modify_public_ip_dns_name_options: Builder[ModifyPublicIpDnsNameOptionsParameters]
modify_reserved_instances: Builder[ModifyReservedInstancesParameters]
modify_route_server: Builder[ModifyRouteServerParameters]
modify_security_group_rules: Builder[ModifySecurityGroupRulesParameters]
modify_snapshot_attribute: Builder[ModifySnapshotAttributeParameters]
modify_snapshot_tier: Builder[ModifySnapshotTierParameters]
modify_spot_fleet_request: Builder[ModifySpotFleetRequestParameters]
modify_subnet_attribute: Builder[ModifySubnetAttributeParameters]
modify_traffic_mirror_filter_network_services: Builder[
    ModifyTrafficMirrorFilterNetworkServicesParameters
]
modify_traffic_mirror_filter_rule: Builder[ModifyTrafficMirrorFilterRuleParameters]
modify_traffic_mirror_session: Builder[ModifyTrafficMirrorSessionParameters]
modify_transit_gateway: Builder[ModifyTransitGatewayParameters]
modify_transit_gateway_attachment_nat_configuration: Builder[
    ModifyTransitGatewayAttachmentNatConfigurationParameters
]
modify_transit_gateway_metering_policy: Builder[ModifyTransitGatewayMeteringPolicyParameters]
modify_transit_gateway_network_function_attachment: Builder[
    ModifyTransitGatewayNetworkFunctionAttachmentParameters
]
modify_transit_gateway_peering_attachment: Builder[ModifyTransitGatewayPeeringAttachmentParameters]
modify_transit_gateway_policy_table_entry: Builder[ModifyTransitGatewayPolicyTableEntryParameters]
modify_transit_gateway_prefix_list_reference: Builder[
    ModifyTransitGatewayPrefixListReferenceParameters
]
modify_transit_gateway_vpc_attachment: Builder[ModifyTransitGatewayVpcAttachmentParameters]
modify_verified_access_endpoint: Builder[ModifyVerifiedAccessEndpointParameters]
modify_verified_access_endpoint_policy: Builder[ModifyVerifiedAccessEndpointPolicyParameters]
modify_verified_access_group: Builder[ModifyVerifiedAccessGroupParameters]
modify_verified_access_group_policy: Builder[ModifyVerifiedAccessGroupPolicyParameters]
modify_verified_access_instance: Builder[ModifyVerifiedAccessInstanceParameters]
modify_verified_access_instance_logging_configuration: Builder[
    ModifyVerifiedAccessInstanceLoggingConfigurationParameters
]
modify_verified_access_trust_provider: Builder[ModifyVerifiedAccessTrustProviderParameters]
modify_volume: Builder[ModifyVolumeParameters]
modify_volume_attribute: Builder[ModifyVolumeAttributeParameters]
modify_vpc_attribute: Builder[ModifyVpcAttributeParameters]
modify_vpc_block_public_access_exclusion: Builder[ModifyVpcBlockPublicAccessExclusionParameters]
modify_vpc_block_public_access_options: Builder[ModifyVpcBlockPublicAccessOptionsParameters]
modify_vpc_encryption_control: Builder[ModifyVpcEncryptionControlParameters]
modify_vpc_endpoint: Builder[ModifyVpcEndpointParameters]
modify_vpc_endpoint_connection_notification: Builder[
    ModifyVpcEndpointConnectionNotificationParameters
]
modify_vpc_endpoint_payer_responsibility: Builder[ModifyVpcEndpointPayerResponsibilityParameters]
modify_vpc_endpoint_service_configuration: Builder[ModifyVpcEndpointServiceConfigurationParameters]
modify_vpc_endpoint_service_payer_responsibility: Builder[
    ModifyVpcEndpointServicePayerResponsibilityParameters
]
modify_vpc_endpoint_service_permissions: Builder[ModifyVpcEndpointServicePermissionsParameters]
modify_vpc_peering_connection_options: Builder[ModifyVpcPeeringConnectionOptionsParameters]
modify_vpc_tenancy: Builder[ModifyVpcTenancyParameters]
modify_vpn_connection: Builder[ModifyVpnConnectionParameters]
modify_vpn_connection_options: Builder[ModifyVpnConnectionOptionsParameters]
modify_vpn_tunnel_certificate: Builder[ModifyVpnTunnelCertificateParameters]
modify_vpn_tunnel_options: Builder[ModifyVpnTunnelOptionsParameters]
monitor_instances: Builder[MonitorInstancesParameters]
move_address_to_vpc: Builder[MoveAddressToVpcParameters]
move_byoip_cidr_to_ipam: Builder[MoveByoipCidrToIpamParameters]
move_capacity_reservation_instances: Builder[MoveCapacityReservationInstancesParameters]
provision_byoip_cidr: Builder[ProvisionByoipCidrParameters]
provision_ipam_byoasn: Builder[ProvisionIpamByoasnParameters]
provision_ipam_pool_cidr: Builder[ProvisionIpamPoolCidrParameters]
provision_public_ipv4_pool_cidr: Builder[ProvisionPublicIpv4PoolCidrParameters]
purchase_capacity_block: Builder[PurchaseCapacityBlockParameters]
purchase_capacity_block_extension: Builder[PurchaseCapacityBlockExtensionParameters]
purchase_host_reservation: Builder[PurchaseHostReservationParameters]
purchase_reserved_instances_offering: Builder[PurchaseReservedInstancesOfferingParameters]
purchase_scheduled_instances: Builder[PurchaseScheduledInstancesParameters]
reboot_instances: Builder[RebootInstancesParameters]
register_image: Builder[RegisterImageParameters]
register_instance_event_notification_attributes: Builder[
    RegisterInstanceEventNotificationAttributesParameters
]
register_transit_gateway_multicast_group_members: Builder[
    RegisterTransitGatewayMulticastGroupMembersParameters
]
register_transit_gateway_multicast_group_sources: Builder[
    RegisterTransitGatewayMulticastGroupSourcesParameters
]
reject_capacity_reservation_billing_ownership: Builder[
    RejectCapacityReservationBillingOwnershipParameters
]
reject_transit_gateway_client_vpn_attachment: Builder[
    RejectTransitGatewayClientVpnAttachmentParameters
]
reject_transit_gateway_multicast_domain_associations: Builder[
    RejectTransitGatewayMulticastDomainAssociationsParameters
]
reject_transit_gateway_peering_attachment: Builder[RejectTransitGatewayPeeringAttachmentParameters]
reject_transit_gateway_sse_connect_attachment: Builder[
    RejectTransitGatewaySseConnectAttachmentParameters
]
reject_transit_gateway_vpc_attachment: Builder[RejectTransitGatewayVpcAttachmentParameters]
reject_vpc_endpoint_connections: Builder[RejectVpcEndpointConnectionsParameters]
reject_vpc_peering_connection: Builder[RejectVpcPeeringConnectionParameters]
release_address: Builder[ReleaseAddressParameters]
release_hosts: Builder[ReleaseHostsParameters]
release_ipam_pool_allocation: Builder[ReleaseIpamPoolAllocationParameters]
replace_iam_instance_profile_association: Builder[ReplaceIamInstanceProfileAssociationParameters]
replace_image_criteria_in_allowed_images_settings: Builder[
    ReplaceImageCriteriaInAllowedImagesSettingsParameters
]
replace_image_instance_type_specification: Builder[ReplaceImageInstanceTypeSpecificationParameters]
replace_network_acl_association: Builder[ReplaceNetworkAclAssociationParameters]
replace_network_acl_entry: Builder[ReplaceNetworkAclEntryParameters]
replace_route: Builder[ReplaceRouteParameters]
replace_route_table_association: Builder[ReplaceRouteTableAssociationParameters]
replace_transit_gateway_route: Builder[ReplaceTransitGatewayRouteParameters]
replace_vpn_tunnel: Builder[ReplaceVpnTunnelParameters]
report_instance_status: Builder[ReportInstanceStatusParameters]
request_spot_fleet: Builder[RequestSpotFleetParameters]
request_spot_instances: Builder[RequestSpotInstancesParameters]
reset_address_attribute: Builder[ResetAddressAttributeParameters]
reset_ebs_default_kms_key_id: Builder[ResetEbsDefaultKmsKeyIdParameters]
reset_fpga_image_attribute: Builder[ResetFpgaImageAttributeParameters]
reset_image_attribute: Builder[ResetImageAttributeParameters]
reset_instance_attribute: Builder[ResetInstanceAttributeParameters]
reset_network_interface_attribute: Builder[ResetNetworkInterfaceAttributeParameters]
reset_snapshot_attribute: Builder[ResetSnapshotAttributeParameters]
restore_address_to_classic: Builder[RestoreAddressToClassicParameters]
restore_image_from_recycle_bin: Builder[RestoreImageFromRecycleBinParameters]
restore_managed_prefix_list_version: Builder[RestoreManagedPrefixListVersionParameters]
restore_snapshot_from_recycle_bin: Builder[RestoreSnapshotFromRecycleBinParameters]
restore_snapshot_tier: Builder[RestoreSnapshotTierParameters]
restore_volume_from_recycle_bin: Builder[RestoreVolumeFromRecycleBinParameters]
revoke_client_vpn_ingress: Builder[RevokeClientVpnIngressParameters]
revoke_security_group_egress: Builder[RevokeSecurityGroupEgressParameters]
revoke_security_group_ingress: Builder[RevokeSecurityGroupIngressParameters]
run_instances: Builder[RunInstancesParameters]
run_scheduled_instances: Builder[RunScheduledInstancesParameters]
search_local_gateway_routes: Builder[SearchLocalGatewayRoutesParameters]
search_transit_gateway_multicast_groups: Builder[SearchTransitGatewayMulticastGroupsParameters]
search_transit_gateway_routes: Builder[SearchTransitGatewayRoutesParameters]
send_diagnostic_interrupt: Builder[SendDiagnosticInterruptParameters]
start_declarative_policies_report: Builder[StartDeclarativePoliciesReportParameters]
start_instances: Builder[StartInstancesParameters]
start_network_insights_access_scope_analysis: Builder[
    StartNetworkInsightsAccessScopeAnalysisParameters
]
start_network_insights_analysis: Builder[StartNetworkInsightsAnalysisParameters]
start_vpc_endpoint_service_private_dns_verification: Builder[
    StartVpcEndpointServicePrivateDnsVerificationParameters
]
stop_instances: Builder[StopInstancesParameters]
terminate_client_vpn_connections: Builder[TerminateClientVpnConnectionsParameters]
terminate_instances: Builder[TerminateInstancesParameters]
unassign_ipv6_addresses: Builder[UnassignIpv6AddressesParameters]
unassign_private_ip_addresses: Builder[UnassignPrivateIpAddressesParameters]
unassign_private_nat_gateway_address: Builder[UnassignPrivateNatGatewayAddressParameters]
unlock_snapshot: Builder[UnlockSnapshotParameters]
unmonitor_instances: Builder[UnmonitorInstancesParameters]
update_capacity_manager_monitored_tag_keys: Builder[UpdateCapacityManagerMonitoredTagKeysParameters]
update_capacity_manager_organizations_access: Builder[
    UpdateCapacityManagerOrganizationsAccessParameters
]
update_interruptible_capacity_reservation_allocation: Builder[
    UpdateInterruptibleCapacityReservationAllocationParameters
]
update_security_group_rule_descriptions_egress: Builder[
    UpdateSecurityGroupRuleDescriptionsEgressParameters
]
update_security_group_rule_descriptions_ingress: Builder[
    UpdateSecurityGroupRuleDescriptionsIngressParameters
]
validate_security_group_quotas_for_interface: Builder[
    ValidateSecurityGroupQuotasForInterfaceParameters
]
withdraw_byoip_cidr: Builder[WithdrawByoipCidrParameters]

__all__ = [
    "accept_address_transfer",
    "accept_capacity_reservation_billing_ownership",
    "accept_reserved_instances_exchange_quote",
    "accept_transit_gateway_client_vpn_attachment",
    "accept_transit_gateway_multicast_domain_associations",
    "accept_transit_gateway_peering_attachment",
    "accept_transit_gateway_sse_connect_attachment",
    "accept_transit_gateway_vpc_attachment",
    "accept_vpc_endpoint_connections",
    "accept_vpc_peering_connection",
    "advertise_byoip_cidr",
    "allocate_address",
    "allocate_hosts",
    "allocate_ipam_pool_cidr",
    "apply_security_groups_to_client_vpn_target_network",
    "assign_ipv6_addresses",
    "assign_private_ip_addresses",
    "assign_private_nat_gateway_address",
    "associate_address",
    "associate_application_status_check",
    "associate_capacity_reservation_billing_owner",
    "associate_client_vpn_target_network",
    "associate_dhcp_options",
    "associate_enclave_certificate_iam_role",
    "associate_iam_instance_profile",
    "associate_instance_event_window",
    "associate_ipam_byoasn",
    "associate_ipam_resource_discovery",
    "associate_kms_key_id",
    "associate_nat_gateway_address",
    "associate_networking_flex_cost_allocation_policy",
    "associate_route_server",
    "associate_route_table",
    "associate_security_group_vpc",
    "associate_subnet_cidr_block",
    "associate_transit_gateway_multicast_domain",
    "associate_transit_gateway_policy_table",
    "associate_transit_gateway_route_table",
    "associate_trunk_interface",
    "associate_vpc_cidr_block",
    "attach_classic_link_vpc",
    "attach_image_watermark",
    "attach_internet_gateway",
    "attach_network_interface",
    "attach_verified_access_trust_provider",
    "attach_volume",
    "attach_vpn_gateway",
    "authorize_client_vpn_ingress",
    "authorize_security_group_egress",
    "authorize_security_group_ingress",
    "batch_modify_ipam_routing_policy_registrations",
    "bundle_instance",
    "cancel_bundle_task",
    "cancel_capacity_reservation",
    "cancel_capacity_reservation_fleets",
    "cancel_conversion_task",
    "cancel_declarative_policies_report",
    "cancel_export_task",
    "cancel_image_launch_permission",
    "cancel_import_task",
    "cancel_reserved_instances_listing",
    "cancel_spot_fleet_requests",
    "cancel_spot_instance_requests",
    "confirm_product_instance",
    "copy_fpga_image",
    "copy_image",
    "copy_snapshot",
    "copy_volumes",
    "create_application_status_check",
    "create_capacity_manager_data_export",
    "create_capacity_reservation",
    "create_capacity_reservation_by_splitting",
    "create_capacity_reservation_cancellation_quote",
    "create_capacity_reservation_date_change_quote",
    "create_capacity_reservation_fleet",
    "create_carrier_gateway",
    "create_client_vpn_endpoint",
    "create_client_vpn_route",
    "create_coip_cidr",
    "create_coip_pool",
    "create_customer_gateway",
    "create_default_subnet",
    "create_default_vpc",
    "create_delegate_mac_volume_ownership_task",
    "create_dhcp_options",
    "create_egress_only_internet_gateway",
    "create_fleet",
    "create_flow_logs",
    "create_fpga_image",
    "create_image",
    "create_image_usage_report",
    "create_instance_connect_endpoint",
    "create_instance_event_window",
    "create_instance_export_task",
    "create_internet_gateway",
    "create_interruptible_capacity_reservation_allocation",
    "create_ipam",
    "create_ipam_external_resource_verification_token",
    "create_ipam_internet_registry_association",
    "create_ipam_policy",
    "create_ipam_pool",
    "create_ipam_prefix_list_resolver",
    "create_ipam_prefix_list_resolver_target",
    "create_ipam_resource_discovery",
    "create_ipam_routing_policy_registration",
    "create_ipam_scope",
    "create_key_pair",
    "create_launch_template",
    "create_launch_template_version",
    "create_local_gateway_route",
    "create_local_gateway_route_table",
    "create_local_gateway_route_table_virtual_interface_group_association",
    "create_local_gateway_route_table_vpc_association",
    "create_local_gateway_virtual_interface",
    "create_local_gateway_virtual_interface_group",
    "create_mac_system_integrity_protection_modification_task",
    "create_managed_prefix_list",
    "create_metric_category",
    "create_nat_gateway",
    "create_network_acl",
    "create_network_acl_entry",
    "create_network_insights_access_scope",
    "create_network_insights_path",
    "create_network_interface",
    "create_network_interface_permission",
    "create_networking_flex_cost_allocation_policy",
    "create_placement_group",
    "create_public_ipv4_pool",
    "create_replace_root_volume_task",
    "create_reserved_instances_listing",
    "create_restore_image_task",
    "create_route",
    "create_route_server",
    "create_route_server_endpoint",
    "create_route_server_peer",
    "create_route_table",
    "create_secondary_network",
    "create_secondary_network_acl",
    "create_secondary_network_acl_association",
    "create_secondary_network_acl_entries",
    "create_secondary_subnet",
    "create_security_group",
    "create_snapshot",
    "create_snapshots",
    "create_spot_datafeed_subscription",
    "create_store_image_task",
    "create_subnet",
    "create_subnet_cidr_reservation",
    "create_tags",
    "create_traffic_mirror_filter",
    "create_traffic_mirror_filter_rule",
    "create_traffic_mirror_session",
    "create_traffic_mirror_target",
    "create_transit_gateway",
    "create_transit_gateway_connect",
    "create_transit_gateway_connect_peer",
    "create_transit_gateway_metering_policy",
    "create_transit_gateway_metering_policy_entry",
    "create_transit_gateway_multicast_domain",
    "create_transit_gateway_network_function_attachment",
    "create_transit_gateway_peering_attachment",
    "create_transit_gateway_policy_table",
    "create_transit_gateway_policy_table_entry",
    "create_transit_gateway_prefix_list_reference",
    "create_transit_gateway_route",
    "create_transit_gateway_route_table",
    "create_transit_gateway_route_table_announcement",
    "create_transit_gateway_vpc_attachment",
    "create_verified_access_endpoint",
    "create_verified_access_group",
    "create_verified_access_instance",
    "create_verified_access_trust_provider",
    "create_virtual_edge_network_gateway",
    "create_virtual_edge_network_gateway_allowed_advertisement",
    "create_virtual_edge_network_gateway_route_table",
    "create_virtual_edge_network_gateway_route_table_association",
    "create_virtual_edge_network_gateway_routes",
    "create_virtual_edge_network_route_server_peer",
    "create_volume",
    "create_vpc",
    "create_vpc_block_public_access_exclusion",
    "create_vpc_encryption_control",
    "create_vpc_endpoint",
    "create_vpc_endpoint_connection_notification",
    "create_vpc_endpoint_service_configuration",
    "create_vpc_peering_connection",
    "create_vpn_concentrator",
    "create_vpn_connection",
    "create_vpn_connection_route",
    "create_vpn_gateway",
    "delete_application_status_check",
    "delete_capacity_manager_data_export",
    "delete_carrier_gateway",
    "delete_client_vpn_endpoint",
    "delete_client_vpn_endpoint_authorization_policy",
    "delete_client_vpn_route",
    "delete_coip_cidr",
    "delete_coip_pool",
    "delete_customer_gateway",
    "delete_dhcp_options",
    "delete_egress_only_internet_gateway",
    "delete_fleets",
    "delete_flow_logs",
    "delete_fpga_image",
    "delete_image_usage_report",
    "delete_instance_connect_endpoint",
    "delete_instance_event_window",
    "delete_internet_gateway",
    "delete_ipam",
    "delete_ipam_external_resource_verification_token",
    "delete_ipam_internet_registry_association",
    "delete_ipam_policy",
    "delete_ipam_pool",
    "delete_ipam_prefix_list_resolver",
    "delete_ipam_prefix_list_resolver_target",
    "delete_ipam_resource_discovery",
    "delete_ipam_routing_policy_registration",
    "delete_ipam_scope",
    "delete_key_pair",
    "delete_launch_template",
    "delete_launch_template_versions",
    "delete_local_gateway_route",
    "delete_local_gateway_route_table",
    "delete_local_gateway_route_table_virtual_interface_group_association",
    "delete_local_gateway_route_table_vpc_association",
    "delete_local_gateway_virtual_interface",
    "delete_local_gateway_virtual_interface_group",
    "delete_managed_prefix_list",
    "delete_metric_category",
    "delete_nat_gateway",
    "delete_network_acl",
    "delete_network_acl_entry",
    "delete_network_insights_access_scope",
    "delete_network_insights_access_scope_analysis",
    "delete_network_insights_analysis",
    "delete_network_insights_path",
    "delete_network_interface",
    "delete_network_interface_permission",
    "delete_networking_flex_cost_allocation_policies",
    "delete_placement_group",
    "delete_public_ipv4_pool",
    "delete_queued_reserved_instances",
    "delete_route",
    "delete_route_server",
    "delete_route_server_endpoint",
    "delete_route_server_peer",
    "delete_route_table",
    "delete_secondary_network",
    "delete_secondary_network_acl",
    "delete_secondary_network_acl_association",
    "delete_secondary_network_acl_entries",
    "delete_secondary_subnet",
    "delete_security_group",
    "delete_snapshot",
    "delete_spot_datafeed_subscription",
    "delete_subnet",
    "delete_subnet_cidr_reservation",
    "delete_tags",
    "delete_traffic_mirror_filter",
    "delete_traffic_mirror_filter_rule",
    "delete_traffic_mirror_session",
    "delete_traffic_mirror_target",
    "delete_transit_gateway",
    "delete_transit_gateway_client_vpn_attachment",
    "delete_transit_gateway_connect",
    "delete_transit_gateway_connect_peer",
    "delete_transit_gateway_metering_policy",
    "delete_transit_gateway_metering_policy_entry",
    "delete_transit_gateway_multicast_domain",
    "delete_transit_gateway_network_function_attachment",
    "delete_transit_gateway_peering_attachment",
    "delete_transit_gateway_policy_table",
    "delete_transit_gateway_policy_table_entry",
    "delete_transit_gateway_prefix_list_reference",
    "delete_transit_gateway_route",
    "delete_transit_gateway_route_table",
    "delete_transit_gateway_route_table_announcement",
    "delete_transit_gateway_vpc_attachment",
    "delete_verified_access_endpoint",
    "delete_verified_access_group",
    "delete_verified_access_instance",
    "delete_verified_access_trust_provider",
    "delete_virtual_edge_network_gateway",
    "delete_virtual_edge_network_gateway_allowed_advertisement",
    "delete_virtual_edge_network_gateway_route_table",
    "delete_virtual_edge_network_gateway_route_table_association",
    "delete_virtual_edge_network_gateway_routes",
    "delete_virtual_edge_network_route_server_peer",
    "delete_volume",
    "delete_vpc",
    "delete_vpc_block_public_access_exclusion",
    "delete_vpc_encryption_control",
    "delete_vpc_endpoint_connection_notifications",
    "delete_vpc_endpoint_service_configurations",
    "delete_vpc_endpoints",
    "delete_vpc_peering_connection",
    "delete_vpn_concentrator",
    "delete_vpn_connection",
    "delete_vpn_connection_route",
    "delete_vpn_gateway",
    "deprovision_byoip_cidr",
    "deprovision_ipam_byoasn",
    "deprovision_ipam_pool_cidr",
    "deprovision_public_ipv4_pool_cidr",
    "deregister_image",
    "deregister_instance_event_notification_attributes",
    "deregister_transit_gateway_multicast_group_members",
    "deregister_transit_gateway_multicast_group_sources",
    "describe_account_attributes",
    "describe_account_vpc_encryption_control",
    "describe_address_transfers",
    "describe_addresses",
    "describe_addresses_attribute",
    "describe_aggregate_id_format",
    "describe_application_status",
    "describe_application_status_check_associations",
    "describe_application_status_checks",
    "describe_availability_zones",
    "describe_aws_network_performance_metric_subscriptions",
    "describe_bundle_tasks",
    "describe_byoip_cidrs",
    "describe_capacity_block_extension_history",
    "describe_capacity_block_extension_offerings",
    "describe_capacity_block_offerings",
    "describe_capacity_block_status",
    "describe_capacity_blocks",
    "describe_capacity_manager_data_exports",
    "describe_capacity_reservation_billing_requests",
    "describe_capacity_reservation_cancellation_quotes",
    "describe_capacity_reservation_date_change_quotes",
    "describe_capacity_reservation_fleets",
    "describe_capacity_reservation_topology",
    "describe_capacity_reservations",
    "describe_carrier_gateways",
    "describe_classic_link_instances",
    "describe_client_vpn_authorization_rules",
    "describe_client_vpn_connections",
    "describe_client_vpn_endpoints",
    "describe_client_vpn_routes",
    "describe_client_vpn_target_networks",
    "describe_coip_pools",
    "describe_conversion_tasks",
    "describe_customer_gateways",
    "describe_declarative_policies_reports",
    "describe_dhcp_options",
    "describe_egress_only_internet_gateways",
    "describe_elastic_gpus",
    "describe_export_image_tasks",
    "describe_export_tasks",
    "describe_fast_launch_images",
    "describe_fast_snapshot_restores",
    "describe_fleet_history",
    "describe_fleet_instances",
    "describe_fleets",
    "describe_flow_logs",
    "describe_fpga_image_attribute",
    "describe_fpga_images",
    "describe_host_reservation_offerings",
    "describe_host_reservations",
    "describe_hosts",
    "describe_iam_instance_profile_associations",
    "describe_id_format",
    "describe_identity_id_format",
    "describe_image_attribute",
    "describe_image_references",
    "describe_image_usage_report_entries",
    "describe_image_usage_reports",
    "describe_images",
    "describe_import_image_tasks",
    "describe_import_snapshot_tasks",
    "describe_instance_attribute",
    "describe_instance_connect_endpoints",
    "describe_instance_credit_specifications",
    "describe_instance_event_notification_attributes",
    "describe_instance_event_windows",
    "describe_instance_image_metadata",
    "describe_instance_sql_ha_history_states",
    "describe_instance_sql_ha_states",
    "describe_instance_status",
    "describe_instance_topology",
    "describe_instance_type_offerings",
    "describe_instance_types",
    "describe_instances",
    "describe_internet_gateways",
    "describe_ipam_byoasn",
    "describe_ipam_external_resource_verification_tokens",
    "describe_ipam_internet_registry_associations",
    "describe_ipam_policies",
    "describe_ipam_pool_allocations",
    "describe_ipam_pools",
    "describe_ipam_prefix_list_resolver_targets",
    "describe_ipam_prefix_list_resolvers",
    "describe_ipam_resource_discoveries",
    "describe_ipam_resource_discovery_associations",
    "describe_ipam_scopes",
    "describe_ipams",
    "describe_ipv6_pools",
    "describe_key_pairs",
    "describe_launch_template_versions",
    "describe_launch_templates",
    "describe_local_gateway_route_table_virtual_interface_group_associations",
    "describe_local_gateway_route_table_vpc_associations",
    "describe_local_gateway_route_tables",
    "describe_local_gateway_virtual_interface_groups",
    "describe_local_gateway_virtual_interfaces",
    "describe_local_gateways",
    "describe_locked_snapshots",
    "describe_mac_hosts",
    "describe_mac_modification_tasks",
    "describe_managed_prefix_lists",
    "describe_metric_categories",
    "describe_moving_addresses",
    "describe_nat_gateways",
    "describe_network_acls",
    "describe_network_insights_access_scope_analyses",
    "describe_network_insights_access_scopes",
    "describe_network_insights_analyses",
    "describe_network_insights_paths",
    "describe_network_interface_attribute",
    "describe_network_interface_permissions",
    "describe_network_interfaces",
    "describe_networking_flex_cost_allocation_policies",
    "describe_networking_flex_cost_allocation_policy_associations",
    "describe_outpost_lags",
    "describe_placement_groups",
    "describe_prefix_lists",
    "describe_principal_id_format",
    "describe_public_ipv4_pools",
    "describe_regions",
    "describe_replace_root_volume_tasks",
    "describe_reserved_instances",
    "describe_reserved_instances_listings",
    "describe_reserved_instances_modifications",
    "describe_reserved_instances_offerings",
    "describe_route_server_endpoints",
    "describe_route_server_peers",
    "describe_route_servers",
    "describe_route_tables",
    "describe_scheduled_instance_availability",
    "describe_scheduled_instances",
    "describe_secondary_interfaces",
    "describe_secondary_network_acl_associations",
    "describe_secondary_network_acl_entries",
    "describe_secondary_network_acls",
    "describe_secondary_networks",
    "describe_secondary_subnets",
    "describe_security_group_references",
    "describe_security_group_rules",
    "describe_security_group_vpc_associations",
    "describe_security_groups",
    "describe_service_link_virtual_interfaces",
    "describe_snapshot_attribute",
    "describe_snapshot_tier_status",
    "describe_snapshots",
    "describe_spot_datafeed_subscription",
    "describe_spot_fleet_instances",
    "describe_spot_fleet_request_history",
    "describe_spot_fleet_requests",
    "describe_spot_instance_requests",
    "describe_spot_price_history",
    "describe_stale_security_groups",
    "describe_store_image_tasks",
    "describe_subnets",
    "describe_tags",
    "describe_traffic_mirror_filter_rules",
    "describe_traffic_mirror_filters",
    "describe_traffic_mirror_sessions",
    "describe_traffic_mirror_targets",
    "describe_transit_gateway_attachments",
    "describe_transit_gateway_connect_peers",
    "describe_transit_gateway_connects",
    "describe_transit_gateway_metering_policies",
    "describe_transit_gateway_multicast_domains",
    "describe_transit_gateway_network_function_attachments",
    "describe_transit_gateway_peering_attachments",
    "describe_transit_gateway_policy_tables",
    "describe_transit_gateway_route_table_announcements",
    "describe_transit_gateway_route_tables",
    "describe_transit_gateway_vpc_attachments",
    "describe_transit_gateways",
    "describe_trunk_interface_associations",
    "describe_verified_access_endpoints",
    "describe_verified_access_groups",
    "describe_verified_access_instance_logging_configurations",
    "describe_verified_access_instances",
    "describe_verified_access_trust_providers",
    "describe_virtual_edge_network_gateway_allowed_advertisements",
    "describe_virtual_edge_network_gateway_route_table_associations",
    "describe_virtual_edge_network_gateway_route_table_fib",
    "describe_virtual_edge_network_gateway_route_table_rib",
    "describe_virtual_edge_network_gateway_route_tables",
    "describe_virtual_edge_network_gateway_routes",
    "describe_virtual_edge_network_gateways",
    "describe_virtual_edge_network_route_server_peers",
    "describe_volume_attribute",
    "describe_volume_status",
    "describe_volumes",
    "describe_volumes_modifications",
    "describe_vpc_attribute",
    "describe_vpc_block_public_access_exclusions",
    "describe_vpc_block_public_access_options",
    "describe_vpc_classic_link",
    "describe_vpc_classic_link_dns_support",
    "describe_vpc_encryption_controls",
    "describe_vpc_endpoint_associations",
    "describe_vpc_endpoint_connection_notifications",
    "describe_vpc_endpoint_connections",
    "describe_vpc_endpoint_service_configurations",
    "describe_vpc_endpoint_service_permissions",
    "describe_vpc_endpoint_services",
    "describe_vpc_endpoints",
    "describe_vpc_peering_connections",
    "describe_vpcs",
    "describe_vpn_concentrators",
    "describe_vpn_connections",
    "describe_vpn_gateways",
    "detach_classic_link_vpc",
    "detach_image_watermark",
    "detach_internet_gateway",
    "detach_network_interface",
    "detach_verified_access_trust_provider",
    "detach_volume",
    "detach_vpn_gateway",
    "disable_address_transfer",
    "disable_allowed_images_settings",
    "disable_application_status_check_suppression",
    "disable_aws_network_performance_metric_subscription",
    "disable_capacity_manager",
    "disable_ebs_encryption_by_default",
    "disable_fast_launch",
    "disable_fast_snapshot_restores",
    "disable_image",
    "disable_image_block_public_access",
    "disable_image_deprecation",
    "disable_image_deregistration_protection",
    "disable_instance_sql_ha_standby_detections",
    "disable_ipam_organization_admin_account",
    "disable_ipam_policy",
    "disable_route_server_propagation",
    "disable_serial_console_access",
    "disable_snapshot_block_public_access",
    "disable_transit_gateway_route_table_propagation",
    "disable_vgw_route_propagation",
    "disable_vpc_classic_link",
    "disable_vpc_classic_link_dns_support",
    "disassociate_address",
    "disassociate_application_status_check",
    "disassociate_capacity_reservation_billing_owner",
    "disassociate_client_vpn_target_network",
    "disassociate_enclave_certificate_iam_role",
    "disassociate_iam_instance_profile",
    "disassociate_instance_event_window",
    "disassociate_ipam_byoasn",
    "disassociate_ipam_resource_discovery",
    "disassociate_kms_key_id",
    "disassociate_nat_gateway_address",
    "disassociate_networking_flex_cost_allocation_policy",
    "disassociate_route_server",
    "disassociate_route_table",
    "disassociate_security_group_vpc",
    "disassociate_subnet_cidr_block",
    "disassociate_transit_gateway_multicast_domain",
    "disassociate_transit_gateway_policy_table",
    "disassociate_transit_gateway_route_table",
    "disassociate_trunk_interface",
    "disassociate_vpc_cidr_block",
    "enable_address_transfer",
    "enable_allowed_images_settings",
    "enable_application_status_check_suppression",
    "enable_aws_network_performance_metric_subscription",
    "enable_capacity_manager",
    "enable_ebs_encryption_by_default",
    "enable_fast_launch",
    "enable_fast_snapshot_restores",
    "enable_image",
    "enable_image_block_public_access",
    "enable_image_deprecation",
    "enable_image_deregistration_protection",
    "enable_instance_sql_ha_standby_detections",
    "enable_ipam_internet_registry_association",
    "enable_ipam_organization_admin_account",
    "enable_ipam_policy",
    "enable_reachability_analyzer_organization_sharing",
    "enable_route_server_propagation",
    "enable_serial_console_access",
    "enable_snapshot_block_public_access",
    "enable_transit_gateway_route_table_propagation",
    "enable_vgw_route_propagation",
    "enable_volume_io",
    "enable_vpc_classic_link",
    "enable_vpc_classic_link_dns_support",
    "export_client_vpn_client_certificate_revocation_list",
    "export_client_vpn_client_configuration",
    "export_image",
    "export_transit_gateway_routes",
    "export_verified_access_instance_client_configuration",
    "failover_volumes",
    "get_active_vpn_tunnel_status",
    "get_allowed_images_settings",
    "get_associated_enclave_certificate_iam_roles",
    "get_associated_ipv6_pool_cidrs",
    "get_aws_network_performance_data",
    "get_capacity_manager_attributes",
    "get_capacity_manager_metric_data",
    "get_capacity_manager_metric_dimensions",
    "get_capacity_manager_monitored_tag_keys",
    "get_capacity_manager_supportability_scores",
    "get_capacity_reservation_usage",
    "get_client_vpn_endpoint_authorization_policy",
    "get_coip_pool_usage",
    "get_console_output",
    "get_console_screenshot",
    "get_declarative_policies_report_summary",
    "get_default_credit_specification",
    "get_ebs_default_kms_key_id",
    "get_ebs_encryption_by_default",
    "get_enabled_ipam_policy",
    "get_flow_logs_integration_template",
    "get_groups_for_capacity_reservation",
    "get_host_reservation_purchase_preview",
    "get_image_ancestry",
    "get_image_block_public_access_state",
    "get_image_findings",
    "get_instance_metadata_defaults",
    "get_instance_tpm_ek_pub",
    "get_instance_types_from_instance_requirements",
    "get_instance_uefi_data",
    "get_ipam_address_history",
    "get_ipam_discovered_accounts",
    "get_ipam_discovered_public_addresses",
    "get_ipam_discovered_resource_cidrs",
    "get_ipam_discovered_routes",
    "get_ipam_internet_registry_association_asns",
    "get_ipam_internet_registry_association_cidrs",
    "get_ipam_policy_allocation_rules",
    "get_ipam_policy_organization_targets",
    "get_ipam_pool_allocations",
    "get_ipam_pool_cidrs",
    "get_ipam_prefix_list_resolver_rules",
    "get_ipam_prefix_list_resolver_version_entries",
    "get_ipam_prefix_list_resolver_versions",
    "get_ipam_resource_cidrs",
    "get_ipam_route_origin_authorizations",
    "get_ipam_route_protection_findings",
    "get_ipam_routing_policy_registration_deltas",
    "get_ipam_routing_policy_registrations",
    "get_launch_template_data",
    "get_managed_prefix_list_associations",
    "get_managed_prefix_list_entries",
    "get_managed_resource_visibility",
    "get_network_insights_access_scope_analysis_findings",
    "get_network_insights_access_scope_content",
    "get_networking_flex_cost_allocation_policy_versions",
    "get_password_data",
    "get_reserved_instances_exchange_quote",
    "get_route_server_associations",
    "get_route_server_propagations",
    "get_route_server_routing_database",
    "get_security_groups_for_vpc",
    "get_serial_console_access_status",
    "get_snapshot_block_public_access_state",
    "get_spot_placement_scores",
    "get_subnet_cidr_reservations",
    "get_transit_gateway_attachment_nat_configuration",
    "get_transit_gateway_attachment_propagations",
    "get_transit_gateway_metering_policy_entries",
    "get_transit_gateway_multicast_domain_associations",
    "get_transit_gateway_policy_table_associations",
    "get_transit_gateway_policy_table_entries",
    "get_transit_gateway_prefix_list_references",
    "get_transit_gateway_route_table_associations",
    "get_transit_gateway_route_table_propagations",
    "get_verified_access_endpoint_policy",
    "get_verified_access_endpoint_targets",
    "get_verified_access_group_policy",
    "get_vpc_resources_blocking_encryption_enforcement",
    "get_vpn_connection_device_sample_configuration",
    "get_vpn_connection_device_types",
    "get_vpn_tunnel_replacement_status",
    "import_client_vpn_client_certificate_revocation_list",
    "import_image",
    "import_instance",
    "import_key_pair",
    "import_snapshot",
    "import_volume",
    "list_images_in_recycle_bin",
    "list_snapshots_in_recycle_bin",
    "list_volumes_in_recycle_bin",
    "lock_snapshot",
    "modify_account_vpc_encryption_control",
    "modify_address_attribute",
    "modify_application_status_check",
    "modify_availability_zone_group",
    "modify_capacity_reservation",
    "modify_capacity_reservation_fleet",
    "modify_client_vpn_endpoint",
    "modify_client_vpn_endpoint_authorization_policy",
    "modify_default_credit_specification",
    "modify_ebs_default_kms_key_id",
    "modify_fleet",
    "modify_fpga_image_attribute",
    "modify_hosts",
    "modify_id_format",
    "modify_identity_id_format",
    "modify_image_attribute",
    "modify_instance_attribute",
    "modify_instance_capacity_reservation_attributes",
    "modify_instance_connect_endpoint",
    "modify_instance_cpu_options",
    "modify_instance_credit_specification",
    "modify_instance_event_start_time",
    "modify_instance_event_window",
    "modify_instance_maintenance_options",
    "modify_instance_metadata_defaults",
    "modify_instance_metadata_options",
    "modify_instance_network_performance_options",
    "modify_instance_placement",
    "modify_ipam",
    "modify_ipam_policy_allocation_rules",
    "modify_ipam_pool",
    "modify_ipam_pool_allocation",
    "modify_ipam_prefix_list_resolver",
    "modify_ipam_prefix_list_resolver_target",
    "modify_ipam_resource_cidr",
    "modify_ipam_resource_discovery",
    "modify_ipam_routing_policy_registration",
    "modify_ipam_scope",
    "modify_launch_template",
    "modify_local_gateway_route",
    "modify_managed_prefix_list",
    "modify_managed_resource_visibility",
    "modify_metric_category",
    "modify_network_interface_attribute",
    "modify_networking_flex_cost_allocation_policy",
    "modify_private_dns_name_options",
    "modify_public_ip_dns_name_options",
    "modify_reserved_instances",
    "modify_route_server",
    "modify_security_group_rules",
    "modify_snapshot_attribute",
    "modify_snapshot_tier",
    "modify_spot_fleet_request",
    "modify_subnet_attribute",
    "modify_traffic_mirror_filter_network_services",
    "modify_traffic_mirror_filter_rule",
    "modify_traffic_mirror_session",
    "modify_transit_gateway",
    "modify_transit_gateway_attachment_nat_configuration",
    "modify_transit_gateway_metering_policy",
    "modify_transit_gateway_network_function_attachment",
    "modify_transit_gateway_peering_attachment",
    "modify_transit_gateway_policy_table_entry",
    "modify_transit_gateway_prefix_list_reference",
    "modify_transit_gateway_vpc_attachment",
    "modify_verified_access_endpoint",
    "modify_verified_access_endpoint_policy",
    "modify_verified_access_group",
    "modify_verified_access_group_policy",
    "modify_verified_access_instance",
    "modify_verified_access_instance_logging_configuration",
    "modify_verified_access_trust_provider",
    "modify_volume",
    "modify_volume_attribute",
    "modify_vpc_attribute",
    "modify_vpc_block_public_access_exclusion",
    "modify_vpc_block_public_access_options",
    "modify_vpc_encryption_control",
    "modify_vpc_endpoint",
    "modify_vpc_endpoint_connection_notification",
    "modify_vpc_endpoint_payer_responsibility",
    "modify_vpc_endpoint_service_configuration",
    "modify_vpc_endpoint_service_payer_responsibility",
    "modify_vpc_endpoint_service_permissions",
    "modify_vpc_peering_connection_options",
    "modify_vpc_tenancy",
    "modify_vpn_connection",
    "modify_vpn_connection_options",
    "modify_vpn_tunnel_certificate",
    "modify_vpn_tunnel_options",
    "monitor_instances",
    "move_address_to_vpc",
    "move_byoip_cidr_to_ipam",
    "move_capacity_reservation_instances",
    "provision_byoip_cidr",
    "provision_ipam_byoasn",
    "provision_ipam_pool_cidr",
    "provision_public_ipv4_pool_cidr",
    "purchase_capacity_block",
    "purchase_capacity_block_extension",
    "purchase_host_reservation",
    "purchase_reserved_instances_offering",
    "purchase_scheduled_instances",
    "reboot_instances",
    "register_image",
    "register_instance_event_notification_attributes",
    "register_transit_gateway_multicast_group_members",
    "register_transit_gateway_multicast_group_sources",
    "reject_capacity_reservation_billing_ownership",
    "reject_transit_gateway_client_vpn_attachment",
    "reject_transit_gateway_multicast_domain_associations",
    "reject_transit_gateway_peering_attachment",
    "reject_transit_gateway_sse_connect_attachment",
    "reject_transit_gateway_vpc_attachment",
    "reject_vpc_endpoint_connections",
    "reject_vpc_peering_connection",
    "release_address",
    "release_hosts",
    "release_ipam_pool_allocation",
    "replace_iam_instance_profile_association",
    "replace_image_criteria_in_allowed_images_settings",
    "replace_image_instance_type_specification",
    "replace_network_acl_association",
    "replace_network_acl_entry",
    "replace_route",
    "replace_route_table_association",
    "replace_transit_gateway_route",
    "replace_vpn_tunnel",
    "report_instance_status",
    "request_spot_fleet",
    "request_spot_instances",
    "reset_address_attribute",
    "reset_ebs_default_kms_key_id",
    "reset_fpga_image_attribute",
    "reset_image_attribute",
    "reset_instance_attribute",
    "reset_network_interface_attribute",
    "reset_snapshot_attribute",
    "restore_address_to_classic",
    "restore_image_from_recycle_bin",
    "restore_managed_prefix_list_version",
    "restore_snapshot_from_recycle_bin",
    "restore_snapshot_tier",
    "restore_volume_from_recycle_bin",
    "revoke_client_vpn_ingress",
    "revoke_security_group_egress",
    "revoke_security_group_ingress",
    "run_instances",
    "run_scheduled_instances",
    "search_local_gateway_routes",
    "search_transit_gateway_multicast_groups",
    "search_transit_gateway_routes",
    "send_diagnostic_interrupt",
    "start_declarative_policies_report",
    "start_instances",
    "start_network_insights_access_scope_analysis",
    "start_network_insights_analysis",
    "start_vpc_endpoint_service_private_dns_verification",
    "stop_instances",
    "terminate_client_vpn_connections",
    "terminate_instances",
    "unassign_ipv6_addresses",
    "unassign_private_ip_addresses",
    "unassign_private_nat_gateway_address",
    "unlock_snapshot",
    "unmonitor_instances",
    "update_capacity_manager_monitored_tag_keys",
    "update_capacity_manager_organizations_access",
    "update_interruptible_capacity_reservation_allocation",
    "update_security_group_rule_descriptions_egress",
    "update_security_group_rule_descriptions_ingress",
    "validate_security_group_quotas_for_interface",
    "withdraw_byoip_cidr",
]
