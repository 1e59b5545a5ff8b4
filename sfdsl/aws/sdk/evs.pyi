"""Typed builders of the AWS SDK integration of evs (``aws-sdk:evs:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateEipToVlanParameters = TypedDict(
    "AssociateEipToVlanParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "VlanName": S,
        "VlanName.$": str,
        "AllocationId": S,
        "AllocationId.$": str,
    },
    total=False,
)
CreateEntitlementParameters = TypedDict(
    "CreateEntitlementParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "ConnectorId": S,
        "ConnectorId.$": str,
        "EntitlementType": S,
        "EntitlementType.$": str,
        "VmIds": L[Si],
        "VmIds.$": str,
    },
    total=False,
)

class ServiceAccessSecurityGroups(TypedDict, total=False):
    SecurityGroups: L[Si]

class InitialVlanInfo(TypedDict, total=False):
    Cidr: S

class InitialVlans(TypedDict, total=False):
    VmkManagement: X[InitialVlanInfo]
    VmManagement: X[InitialVlanInfo]
    VMotion: X[InitialVlanInfo]
    VSan: X[InitialVlanInfo]
    VTep: X[InitialVlanInfo]
    EdgeVTep: X[InitialVlanInfo]
    NsxUplink: X[InitialVlanInfo]
    Hcx: X[InitialVlanInfo]
    ExpansionVlan1: X[InitialVlanInfo]
    ExpansionVlan2: X[InitialVlanInfo]
    IsHcxPublic: B
    HcxNetworkAclId: S

class ConnectivityInfo(TypedDict, total=False):
    PrivateRouteServerPeerings: L[Si]

class LicenseInfo(TypedDict, total=False):
    SolutionKey: S
    VsanKey: S

class HostInfoForCreate(TypedDict, total=False):
    HostName: S
    KeyName: S
    InstanceType: S
    PlacementGroupId: S
    DedicatedHostId: S

class VcfHostnames(TypedDict, total=False):
    VCenter: S
    Nsx: S
    NsxManager1: S
    NsxManager2: S
    NsxManager3: S
    NsxEdge1: S
    NsxEdge2: S
    SddcManager: S
    CloudBuilder: S

CreateEnvironmentParameters = TypedDict(
    "CreateEnvironmentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ServiceAccessSecurityGroups": X[ServiceAccessSecurityGroups],
        "ServiceAccessSecurityGroups.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "ServiceAccessSubnetId": S,
        "ServiceAccessSubnetId.$": str,
        "VcfVersion": S,
        "VcfVersion.$": str,
        "TermsAccepted": B,
        "TermsAccepted.$": str,
        "InitialVlans": X[InitialVlans],
        "InitialVlans.$": str,
        "ConnectivityInfo": X[ConnectivityInfo],
        "ConnectivityInfo.$": str,
        "LicenseInfo": L[Xi[LicenseInfo]],
        "LicenseInfo.$": str,
        "Hosts": L[Xi[HostInfoForCreate]],
        "Hosts.$": str,
        "VcfHostnames": X[VcfHostnames],
        "VcfHostnames.$": str,
        "SiteId": S,
        "SiteId.$": str,
    },
    total=False,
)
CreateEnvironmentConnectorParameters = TypedDict(
    "CreateEnvironmentConnectorParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "Type": S,
        "Type.$": str,
        "ApplianceFqdn": S,
        "ApplianceFqdn.$": str,
        "SecretIdentifier": S,
        "SecretIdentifier.$": str,
    },
    total=False,
)
CreateEnvironmentHostParameters = TypedDict(
    "CreateEnvironmentHostParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "Host": X[HostInfoForCreate],
        "Host.$": str,
        "EsxVersion": S,
        "EsxVersion.$": str,
    },
    total=False,
)
DeleteEntitlementParameters = TypedDict(
    "DeleteEntitlementParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "ConnectorId": S,
        "ConnectorId.$": str,
        "EntitlementType": S,
        "EntitlementType.$": str,
        "VmIds": L[Si],
        "VmIds.$": str,
    },
    total=False,
)
DeleteEnvironmentParameters = TypedDict(
    "DeleteEnvironmentParameters",
    {"ClientToken": S, "ClientToken.$": str, "EnvironmentId": S, "EnvironmentId.$": str},
    total=False,
)
DeleteEnvironmentConnectorParameters = TypedDict(
    "DeleteEnvironmentConnectorParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "ConnectorId": S,
        "ConnectorId.$": str,
    },
    total=False,
)
DeleteEnvironmentHostParameters = TypedDict(
    "DeleteEnvironmentHostParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "HostName": S,
        "HostName.$": str,
    },
    total=False,
)
DisassociateEipFromVlanParameters = TypedDict(
    "DisassociateEipFromVlanParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "VlanName": S,
        "VlanName.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
    },
    total=False,
)

class GetAccountSettingsParameters(TypedDict, total=False): ...

GetDepotUrlParameters = TypedDict(
    "GetDepotUrlParameters",
    {"EnvironmentId": S, "EnvironmentId.$": str, "Rotate": B, "Rotate.$": str},
    total=False,
)
GetEnvironmentParameters = TypedDict(
    "GetEnvironmentParameters", {"EnvironmentId": S, "EnvironmentId.$": str}, total=False
)

class GetVersionsParameters(TypedDict, total=False): ...

ListEnvironmentConnectorsParameters = TypedDict(
    "ListEnvironmentConnectorsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
    },
    total=False,
)
ListEnvironmentHostsParameters = TypedDict(
    "ListEnvironmentHostsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
    },
    total=False,
)
ListEnvironmentVlansParameters = TypedDict(
    "ListEnvironmentVlansParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
    },
    total=False,
)
ListEnvironmentsParameters = TypedDict(
    "ListEnvironmentsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "State": L[Si],
        "State.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListVmEntitlementsParameters = TypedDict(
    "ListVmEntitlementsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "ConnectorId": S,
        "ConnectorId.$": str,
        "EntitlementType": S,
        "EntitlementType.$": str,
    },
    total=False,
)

class AccountSetting(TypedDict, total=False):
    Name: S
    Value: S

PutAccountSettingsParameters = TypedDict(
    "PutAccountSettingsParameters",
    {"Settings": L[Xi[AccountSetting]], "Settings.$": str},
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
UpdateEnvironmentConnectorParameters = TypedDict(
    "UpdateEnvironmentConnectorParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "ConnectorId": S,
        "ConnectorId.$": str,
        "ApplianceFqdn": S,
        "ApplianceFqdn.$": str,
        "SecretIdentifier": S,
        "SecretIdentifier.$": str,
    },
    total=False,
)
associate_eip_to_vlan: Builder[AssociateEipToVlanParameters]
create_entitlement: Builder[CreateEntitlementParameters]
create_environment: Builder[CreateEnvironmentParameters]
create_environment_connector: Builder[CreateEnvironmentConnectorParameters]
create_environment_host: Builder[CreateEnvironmentHostParameters]
delete_entitlement: Builder[DeleteEntitlementParameters]
delete_environment: Builder[DeleteEnvironmentParameters]
delete_environment_connector: Builder[DeleteEnvironmentConnectorParameters]
delete_environment_host: Builder[DeleteEnvironmentHostParameters]
disassociate_eip_from_vlan: Builder[DisassociateEipFromVlanParameters]
get_account_settings: Builder[GetAccountSettingsParameters]
get_depot_url: Builder[GetDepotUrlParameters]
get_environment: Builder[GetEnvironmentParameters]
get_versions: Builder[GetVersionsParameters]
list_environment_connectors: Builder[ListEnvironmentConnectorsParameters]
list_environment_hosts: Builder[ListEnvironmentHostsParameters]
list_environment_vlans: Builder[ListEnvironmentVlansParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_vm_entitlements: Builder[ListVmEntitlementsParameters]
put_account_settings: Builder[PutAccountSettingsParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_environment_connector: Builder[UpdateEnvironmentConnectorParameters]

__all__ = [
    "associate_eip_to_vlan",
    "create_entitlement",
    "create_environment",
    "create_environment_connector",
    "create_environment_host",
    "delete_entitlement",
    "delete_environment",
    "delete_environment_connector",
    "delete_environment_host",
    "disassociate_eip_from_vlan",
    "get_account_settings",
    "get_depot_url",
    "get_environment",
    "get_versions",
    "list_environment_connectors",
    "list_environment_hosts",
    "list_environment_vlans",
    "list_environments",
    "list_tags_for_resource",
    "list_vm_entitlements",
    "put_account_settings",
    "tag_resource",
    "untag_resource",
    "update_environment_connector",
]
