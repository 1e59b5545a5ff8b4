"""Typed builders of the AWS SDK integration of workspacesinstances (``aws-sdk:workspacesinstances:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

AssociateVolumeParameters = TypedDict(
    "AssociateVolumeParameters",
    {
        "WorkspaceInstanceId": S,
        "WorkspaceInstanceId.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "Device": S,
        "Device.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class TagSpecification(TypedDict, total=False):
    ResourceType: S
    Tags: L[Xi[Tag]]

CreateVolumeParameters = TypedDict(
    "CreateVolumeParameters",
    {
        "AvailabilityZone": S,
        "AvailabilityZone.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Encrypted": B,
        "Encrypted.$": str,
        "Iops": I,
        "Iops.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "SizeInGB": I,
        "SizeInGB.$": str,
        "SnapshotId": S,
        "SnapshotId.$": str,
        "TagSpecifications": L[Xi[TagSpecification]],
        "TagSpecifications.$": str,
        "Throughput": I,
        "Throughput.$": str,
        "VolumeType": S,
        "VolumeType.$": str,
    },
    total=False,
)

class EbsBlockDevice(TypedDict, total=False):
    VolumeType: S
    Encrypted: B
    KmsKeyId: S
    Iops: I
    Throughput: I
    VolumeSize: I

class BlockDeviceMappingRequest(TypedDict, total=False):
    DeviceName: S
    Ebs: X[EbsBlockDevice]
    NoDevice: S
    VirtualName: S

class CapacityReservationTarget(TypedDict, total=False):
    CapacityReservationId: S
    CapacityReservationResourceGroupArn: S

class CapacityReservationSpecification(TypedDict, total=False):
    CapacityReservationPreference: S
    CapacityReservationTarget: X[CapacityReservationTarget]

class CpuOptionsRequest(TypedDict, total=False):
    AmdSevSnp: S
    CoreCount: I
    ThreadsPerCore: I
    NestedVirtualization: S

class CreditSpecificationRequest(TypedDict, total=False):
    CpuCredits: S

class EnclaveOptionsRequest(TypedDict, total=False):
    Enabled: B

class HibernationOptionsRequest(TypedDict, total=False):
    Configured: B

class IamInstanceProfileSpecification(TypedDict, total=False):
    Arn: S
    Name: S

class SpotMarketOptions(TypedDict, total=False):
    BlockDurationMinutes: I
    InstanceInterruptionBehavior: S
    MaxPrice: S
    SpotInstanceType: S
    ValidUntilUtc: T

class InstanceMarketOptionsRequest(TypedDict, total=False):
    MarketType: S
    SpotOptions: X[SpotMarketOptions]

class InstanceIpv6Address(TypedDict, total=False):
    Ipv6Address: S
    IsPrimaryIpv6: B

class LicenseConfigurationRequest(TypedDict, total=False):
    LicenseConfigurationArn: S

class InstanceMaintenanceOptionsRequest(TypedDict, total=False):
    AutoRecovery: S

class InstanceMetadataOptionsRequest(TypedDict, total=False):
    HttpEndpoint: S
    HttpProtocolIpv6: S
    HttpPutResponseHopLimit: I
    HttpTokens: S
    InstanceMetadataTags: S

class RunInstancesMonitoringEnabled(TypedDict, total=False):
    Enabled: B

class ConnectionTrackingSpecificationRequest(TypedDict, total=False):
    TcpEstablishedTimeout: I
    UdpStreamTimeout: I
    UdpTimeout: I

class EnaSrdUdpSpecificationRequest(TypedDict, total=False):
    EnaSrdUdpEnabled: B

class EnaSrdSpecificationRequest(TypedDict, total=False):
    EnaSrdEnabled: B
    EnaSrdUdpSpecification: X[EnaSrdUdpSpecificationRequest]

class Ipv4PrefixSpecificationRequest(TypedDict, total=False):
    Ipv4Prefix: S

class Ipv6PrefixSpecificationRequest(TypedDict, total=False):
    Ipv6Prefix: S

class PrivateIpAddressSpecification(TypedDict, total=False):
    Primary: B
    PrivateIpAddress: S

class InstanceNetworkInterfaceSpecification(TypedDict, total=False):
    AssociateCarrierIpAddress: B
    AssociatePublicIpAddress: B
    ConnectionTrackingSpecification: X[ConnectionTrackingSpecificationRequest]
    Description: S
    DeviceIndex: I
    EnaSrdSpecification: X[EnaSrdSpecificationRequest]
    InterfaceType: S
    Ipv4Prefixes: L[Xi[Ipv4PrefixSpecificationRequest]]
    Ipv4PrefixCount: I
    Ipv6AddressCount: I
    Ipv6Addresses: L[Xi[InstanceIpv6Address]]
    Ipv6Prefixes: L[Xi[Ipv6PrefixSpecificationRequest]]
    Ipv6PrefixCount: I
    NetworkCardIndex: I
    NetworkInterfaceId: S
    PrimaryIpv6: B
    PrivateIpAddress: S
    PrivateIpAddresses: L[Xi[PrivateIpAddressSpecification]]
    SecondaryPrivateIpAddressCount: I
    Groups: L[Si]
    SubnetId: S

class InstanceNetworkPerformanceOptionsRequest(TypedDict, total=False):
    BandwidthWeighting: S

class Placement(TypedDict, total=False):
    Affinity: S
    AvailabilityZone: S
    GroupId: S
    GroupName: S
    HostId: S
    HostResourceGroupArn: S
    PartitionNumber: I
    Tenancy: S

class PrivateDnsNameOptionsRequest(TypedDict, total=False):
    HostnameType: S
    EnableResourceNameDnsARecord: B
    EnableResourceNameDnsAAAARecord: B

class ManagedInstanceRequest(TypedDict, total=False):
    BlockDeviceMappings: L[Xi[BlockDeviceMappingRequest]]
    CapacityReservationSpecification: X[CapacityReservationSpecification]
    CpuOptions: X[CpuOptionsRequest]
    CreditSpecification: X[CreditSpecificationRequest]
    DisableApiStop: B
    EbsOptimized: B
    EnablePrimaryIpv6: B
    EnclaveOptions: X[EnclaveOptionsRequest]
    HibernationOptions: X[HibernationOptionsRequest]
    IamInstanceProfile: X[IamInstanceProfileSpecification]
    ImageId: S
    InstanceMarketOptions: X[InstanceMarketOptionsRequest]
    InstanceType: S
    Ipv6Addresses: L[Xi[InstanceIpv6Address]]
    Ipv6AddressCount: I
    KernelId: S
    KeyName: S
    LicenseSpecifications: L[Xi[LicenseConfigurationRequest]]
    MaintenanceOptions: X[InstanceMaintenanceOptionsRequest]
    MetadataOptions: X[InstanceMetadataOptionsRequest]
    Monitoring: X[RunInstancesMonitoringEnabled]
    NetworkInterfaces: L[Xi[InstanceNetworkInterfaceSpecification]]
    NetworkPerformanceOptions: X[InstanceNetworkPerformanceOptionsRequest]
    Placement: X[Placement]
    PrivateDnsNameOptions: X[PrivateDnsNameOptionsRequest]
    PrivateIpAddress: S
    RamdiskId: S
    SecurityGroupIds: L[Si]
    SecurityGroups: L[Si]
    SubnetId: S
    TagSpecifications: L[Xi[TagSpecification]]
    UserData: S

class BillingConfiguration(TypedDict, total=False):
    BillingMode: S

CreateWorkspaceInstanceParameters = TypedDict(
    "CreateWorkspaceInstanceParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ManagedInstance": X[ManagedInstanceRequest],
        "ManagedInstance.$": str,
        "BillingConfiguration": X[BillingConfiguration],
        "BillingConfiguration.$": str,
    },
    total=False,
)
DeleteVolumeParameters = TypedDict(
    "DeleteVolumeParameters", {"VolumeId": S, "VolumeId.$": str}, total=False
)
DeleteWorkspaceInstanceParameters = TypedDict(
    "DeleteWorkspaceInstanceParameters",
    {"WorkspaceInstanceId": S, "WorkspaceInstanceId.$": str},
    total=False,
)
DisassociateVolumeParameters = TypedDict(
    "DisassociateVolumeParameters",
    {
        "WorkspaceInstanceId": S,
        "WorkspaceInstanceId.$": str,
        "VolumeId": S,
        "VolumeId.$": str,
        "Device": S,
        "Device.$": str,
        "DisassociateMode": S,
        "DisassociateMode.$": str,
    },
    total=False,
)
GetWorkspaceInstanceParameters = TypedDict(
    "GetWorkspaceInstanceParameters",
    {"WorkspaceInstanceId": S, "WorkspaceInstanceId.$": str},
    total=False,
)

class InstanceConfigurationFilter(TypedDict, total=False):
    BillingMode: S
    PlatformType: S
    Tenancy: S

ListInstanceTypesParameters = TypedDict(
    "ListInstanceTypesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "InstanceConfigurationFilter": X[InstanceConfigurationFilter],
        "InstanceConfigurationFilter.$": str,
    },
    total=False,
)
ListRegionsParameters = TypedDict(
    "ListRegionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"WorkspaceInstanceId": S, "WorkspaceInstanceId.$": str},
    total=False,
)
ListWorkspaceInstancesParameters = TypedDict(
    "ListWorkspaceInstancesParameters",
    {
        "ProvisionStates": L[Si],
        "ProvisionStates.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ModifyVolumeParameters = TypedDict(
    "ModifyVolumeParameters",
    {
        "VolumeId": S,
        "VolumeId.$": str,
        "SizeInGB": I,
        "SizeInGB.$": str,
        "VolumeType": S,
        "VolumeType.$": str,
        "Iops": I,
        "Iops.$": str,
        "Throughput": I,
        "Throughput.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"WorkspaceInstanceId": S, "WorkspaceInstanceId.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"WorkspaceInstanceId": S, "WorkspaceInstanceId.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
associate_volume: Builder[AssociateVolumeParameters]
create_volume: Builder[CreateVolumeParameters]
create_workspace_instance: Builder[CreateWorkspaceInstanceParameters]
delete_volume: Builder[DeleteVolumeParameters]
delete_workspace_instance: Builder[DeleteWorkspaceInstanceParameters]
disassociate_volume: Builder[DisassociateVolumeParameters]
get_workspace_instance: Builder[GetWorkspaceInstanceParameters]
list_instance_types: Builder[ListInstanceTypesParameters]
list_regions: Builder[ListRegionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_workspace_instances: Builder[ListWorkspaceInstancesParameters]
modify_volume: Builder[ModifyVolumeParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "associate_volume",
    "create_volume",
    "create_workspace_instance",
    "delete_volume",
    "delete_workspace_instance",
    "disassociate_volume",
    "get_workspace_instance",
    "list_instance_types",
    "list_regions",
    "list_tags_for_resource",
    "list_workspace_instances",
    "modify_volume",
    "tag_resource",
    "untag_resource",
]
