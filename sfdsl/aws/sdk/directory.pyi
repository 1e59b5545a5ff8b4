"""Typed builders of the AWS SDK integration of directory (``aws-sdk:directory:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

AcceptSharedDirectoryParameters = TypedDict(
    "AcceptSharedDirectoryParameters",
    {"SharedDirectoryId": S, "SharedDirectoryId.$": str},
    total=False,
)

class IpRoute(TypedDict, total=False):
    CidrIp: S
    CidrIpv6: S
    Description: S

AddIpRoutesParameters = TypedDict(
    "AddIpRoutesParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "IpRoutes": L[Xi[IpRoute]],
        "IpRoutes.$": str,
        "UpdateSecurityGroupForDirectoryControllers": B,
        "UpdateSecurityGroupForDirectoryControllers.$": str,
    },
    total=False,
)

class DirectoryVpcSettings(TypedDict, total=False):
    VpcId: S
    SubnetIds: L[Si]

AddRegionParameters = TypedDict(
    "AddRegionParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "RegionName": S,
        "RegionName.$": str,
        "VpcSettings": X[DirectoryVpcSettings],
        "VpcSettings.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsToResourceParameters = TypedDict(
    "AddTagsToResourceParameters",
    {"ResourceId": S, "ResourceId.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
CancelSchemaExtensionParameters = TypedDict(
    "CancelSchemaExtensionParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "SchemaExtensionId": S, "SchemaExtensionId.$": str},
    total=False,
)

class DirectoryConnectSettings(TypedDict, total=False):
    VpcId: S
    SubnetIds: L[Si]
    CustomerDnsIps: L[Si]
    CustomerDnsIpsV6: L[Si]
    CustomerUserName: S

ConnectDirectoryParameters = TypedDict(
    "ConnectDirectoryParameters",
    {
        "Name": S,
        "Name.$": str,
        "ShortName": S,
        "ShortName.$": str,
        "Password": S,
        "Password.$": str,
        "Description": S,
        "Description.$": str,
        "Size": S,
        "Size.$": str,
        "ConnectSettings": X[DirectoryConnectSettings],
        "ConnectSettings.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
    },
    total=False,
)
CreateAliasParameters = TypedDict(
    "CreateAliasParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "Alias": S, "Alias.$": str},
    total=False,
)

class Attribute(TypedDict, total=False):
    Name: S
    Value: S

CreateComputerParameters = TypedDict(
    "CreateComputerParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "ComputerName": S,
        "ComputerName.$": str,
        "Password": S,
        "Password.$": str,
        "OrganizationalUnitDistinguishedName": S,
        "OrganizationalUnitDistinguishedName.$": str,
        "ComputerAttributes": L[Xi[Attribute]],
        "ComputerAttributes.$": str,
    },
    total=False,
)
CreateConditionalForwarderParameters = TypedDict(
    "CreateConditionalForwarderParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "RemoteDomainName": S,
        "RemoteDomainName.$": str,
        "DnsIpAddrs": L[Si],
        "DnsIpAddrs.$": str,
        "DnsIpv6Addrs": L[Si],
        "DnsIpv6Addrs.$": str,
    },
    total=False,
)
CreateDirectoryParameters = TypedDict(
    "CreateDirectoryParameters",
    {
        "Name": S,
        "Name.$": str,
        "ShortName": S,
        "ShortName.$": str,
        "Password": S,
        "Password.$": str,
        "Description": S,
        "Description.$": str,
        "Size": S,
        "Size.$": str,
        "VpcSettings": X[DirectoryVpcSettings],
        "VpcSettings.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
    },
    total=False,
)
CreateHybridADParameters = TypedDict(
    "CreateHybridADParameters",
    {
        "SecretArn": S,
        "SecretArn.$": str,
        "AssessmentId": S,
        "AssessmentId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateLogSubscriptionParameters = TypedDict(
    "CreateLogSubscriptionParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "LogGroupName": S, "LogGroupName.$": str},
    total=False,
)
CreateMicrosoftADParameters = TypedDict(
    "CreateMicrosoftADParameters",
    {
        "Name": S,
        "Name.$": str,
        "ShortName": S,
        "ShortName.$": str,
        "Password": S,
        "Password.$": str,
        "Description": S,
        "Description.$": str,
        "VpcSettings": X[DirectoryVpcSettings],
        "VpcSettings.$": str,
        "Edition": S,
        "Edition.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
    },
    total=False,
)
CreateSnapshotParameters = TypedDict(
    "CreateSnapshotParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "Name": S, "Name.$": str},
    total=False,
)
CreateTrustParameters = TypedDict(
    "CreateTrustParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "RemoteDomainName": S,
        "RemoteDomainName.$": str,
        "TrustPassword": S,
        "TrustPassword.$": str,
        "TrustDirection": S,
        "TrustDirection.$": str,
        "TrustType": S,
        "TrustType.$": str,
        "ConditionalForwarderIpAddrs": L[Si],
        "ConditionalForwarderIpAddrs.$": str,
        "ConditionalForwarderIpv6Addrs": L[Si],
        "ConditionalForwarderIpv6Addrs.$": str,
        "SelectiveAuth": S,
        "SelectiveAuth.$": str,
    },
    total=False,
)
DeleteADAssessmentParameters = TypedDict(
    "DeleteADAssessmentParameters", {"AssessmentId": S, "AssessmentId.$": str}, total=False
)
DeleteConditionalForwarderParameters = TypedDict(
    "DeleteConditionalForwarderParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "RemoteDomainName": S, "RemoteDomainName.$": str},
    total=False,
)
DeleteDirectoryParameters = TypedDict(
    "DeleteDirectoryParameters", {"DirectoryId": S, "DirectoryId.$": str}, total=False
)
DeleteLogSubscriptionParameters = TypedDict(
    "DeleteLogSubscriptionParameters", {"DirectoryId": S, "DirectoryId.$": str}, total=False
)
DeleteSnapshotParameters = TypedDict(
    "DeleteSnapshotParameters", {"SnapshotId": S, "SnapshotId.$": str}, total=False
)
DeleteTrustParameters = TypedDict(
    "DeleteTrustParameters",
    {
        "TrustId": S,
        "TrustId.$": str,
        "DeleteAssociatedConditionalForwarder": B,
        "DeleteAssociatedConditionalForwarder.$": str,
    },
    total=False,
)
DeregisterCertificateParameters = TypedDict(
    "DeregisterCertificateParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "CertificateId": S, "CertificateId.$": str},
    total=False,
)
DeregisterEventTopicParameters = TypedDict(
    "DeregisterEventTopicParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "TopicName": S, "TopicName.$": str},
    total=False,
)
DescribeADAssessmentParameters = TypedDict(
    "DescribeADAssessmentParameters", {"AssessmentId": S, "AssessmentId.$": str}, total=False
)
DescribeCAEnrollmentPolicyParameters = TypedDict(
    "DescribeCAEnrollmentPolicyParameters", {"DirectoryId": S, "DirectoryId.$": str}, total=False
)
DescribeCertificateParameters = TypedDict(
    "DescribeCertificateParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "CertificateId": S, "CertificateId.$": str},
    total=False,
)
DescribeClientAuthenticationSettingsParameters = TypedDict(
    "DescribeClientAuthenticationSettingsParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "Type": S,
        "Type.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeConditionalForwardersParameters = TypedDict(
    "DescribeConditionalForwardersParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "RemoteDomainNames": L[Si],
        "RemoteDomainNames.$": str,
    },
    total=False,
)
DescribeDirectoriesParameters = TypedDict(
    "DescribeDirectoriesParameters",
    {
        "DirectoryIds": L[Si],
        "DirectoryIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeDirectoryDataAccessParameters = TypedDict(
    "DescribeDirectoryDataAccessParameters", {"DirectoryId": S, "DirectoryId.$": str}, total=False
)
DescribeDomainControllersParameters = TypedDict(
    "DescribeDomainControllersParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "DomainControllerIds": L[Si],
        "DomainControllerIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeEventTopicsParameters = TypedDict(
    "DescribeEventTopicsParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "TopicNames": L[Si], "TopicNames.$": str},
    total=False,
)
DescribeHybridADUpdateParameters = TypedDict(
    "DescribeHybridADUpdateParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "UpdateType": S,
        "UpdateType.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeLDAPSSettingsParameters = TypedDict(
    "DescribeLDAPSSettingsParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "Type": S,
        "Type.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeRegionsParameters = TypedDict(
    "DescribeRegionsParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "RegionName": S,
        "RegionName.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeSettingsParameters = TypedDict(
    "DescribeSettingsParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeSharedDirectoriesParameters = TypedDict(
    "DescribeSharedDirectoriesParameters",
    {
        "OwnerDirectoryId": S,
        "OwnerDirectoryId.$": str,
        "SharedDirectoryIds": L[Si],
        "SharedDirectoryIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeSnapshotsParameters = TypedDict(
    "DescribeSnapshotsParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "SnapshotIds": L[Si],
        "SnapshotIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeTrustsParameters = TypedDict(
    "DescribeTrustsParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "TrustIds": L[Si],
        "TrustIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeUpdateDirectoryParameters = TypedDict(
    "DescribeUpdateDirectoryParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "UpdateType": S,
        "UpdateType.$": str,
        "RegionName": S,
        "RegionName.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DisableCAEnrollmentPolicyParameters = TypedDict(
    "DisableCAEnrollmentPolicyParameters", {"DirectoryId": S, "DirectoryId.$": str}, total=False
)
DisableClientAuthenticationParameters = TypedDict(
    "DisableClientAuthenticationParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "Type": S, "Type.$": str},
    total=False,
)
DisableDirectoryDataAccessParameters = TypedDict(
    "DisableDirectoryDataAccessParameters", {"DirectoryId": S, "DirectoryId.$": str}, total=False
)
DisableLDAPSParameters = TypedDict(
    "DisableLDAPSParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "Type": S, "Type.$": str},
    total=False,
)
DisableRadiusParameters = TypedDict(
    "DisableRadiusParameters", {"DirectoryId": S, "DirectoryId.$": str}, total=False
)
DisableSsoParameters = TypedDict(
    "DisableSsoParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "UserName": S,
        "UserName.$": str,
        "Password": S,
        "Password.$": str,
    },
    total=False,
)
EnableCAEnrollmentPolicyParameters = TypedDict(
    "EnableCAEnrollmentPolicyParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "PcaConnectorArn": S, "PcaConnectorArn.$": str},
    total=False,
)
EnableClientAuthenticationParameters = TypedDict(
    "EnableClientAuthenticationParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "Type": S, "Type.$": str},
    total=False,
)
EnableDirectoryDataAccessParameters = TypedDict(
    "EnableDirectoryDataAccessParameters", {"DirectoryId": S, "DirectoryId.$": str}, total=False
)
EnableLDAPSParameters = TypedDict(
    "EnableLDAPSParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "Type": S, "Type.$": str},
    total=False,
)

class RadiusSettings(TypedDict, total=False):
    RadiusServers: L[Si]
    RadiusServersIpv6: L[Si]
    RadiusPort: I
    RadiusTimeout: I
    RadiusRetries: I
    SharedSecret: S
    AuthenticationProtocol: S
    DisplayLabel: S
    UseSameUsername: B

EnableRadiusParameters = TypedDict(
    "EnableRadiusParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "RadiusSettings": X[RadiusSettings],
        "RadiusSettings.$": str,
    },
    total=False,
)
EnableSsoParameters = TypedDict(
    "EnableSsoParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "UserName": S,
        "UserName.$": str,
        "Password": S,
        "Password.$": str,
    },
    total=False,
)

class GetDirectoryLimitsParameters(TypedDict, total=False): ...

GetSnapshotLimitsParameters = TypedDict(
    "GetSnapshotLimitsParameters", {"DirectoryId": S, "DirectoryId.$": str}, total=False
)
ListADAssessmentsParameters = TypedDict(
    "ListADAssessmentsParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListCertificatesParameters = TypedDict(
    "ListCertificatesParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListIpRoutesParameters = TypedDict(
    "ListIpRoutesParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListLogSubscriptionsParameters = TypedDict(
    "ListLogSubscriptionsParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListSchemaExtensionsParameters = TypedDict(
    "ListSchemaExtensionsParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)

class ClientCertAuthSettings(TypedDict, total=False):
    OcspUrl: S

RegisterCertificateParameters = TypedDict(
    "RegisterCertificateParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "CertificateData": S,
        "CertificateData.$": str,
        "Type": S,
        "Type.$": str,
        "ClientCertAuthSettings": X[ClientCertAuthSettings],
        "ClientCertAuthSettings.$": str,
    },
    total=False,
)
RegisterEventTopicParameters = TypedDict(
    "RegisterEventTopicParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "TopicName": S, "TopicName.$": str},
    total=False,
)
RejectSharedDirectoryParameters = TypedDict(
    "RejectSharedDirectoryParameters",
    {"SharedDirectoryId": S, "SharedDirectoryId.$": str},
    total=False,
)
RemoveIpRoutesParameters = TypedDict(
    "RemoveIpRoutesParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "CidrIps": L[Si],
        "CidrIps.$": str,
        "CidrIpv6s": L[Si],
        "CidrIpv6s.$": str,
    },
    total=False,
)
RemoveRegionParameters = TypedDict(
    "RemoveRegionParameters", {"DirectoryId": S, "DirectoryId.$": str}, total=False
)
RemoveTagsFromResourceParameters = TypedDict(
    "RemoveTagsFromResourceParameters",
    {"ResourceId": S, "ResourceId.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
ResetUserPasswordParameters = TypedDict(
    "ResetUserPasswordParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "UserName": S,
        "UserName.$": str,
        "NewPassword": S,
        "NewPassword.$": str,
    },
    total=False,
)
RestoreFromSnapshotParameters = TypedDict(
    "RestoreFromSnapshotParameters", {"SnapshotId": S, "SnapshotId.$": str}, total=False
)

class ShareTarget(TypedDict, total=False):
    Id: S
    Type: S

ShareDirectoryParameters = TypedDict(
    "ShareDirectoryParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "ShareNotes": S,
        "ShareNotes.$": str,
        "ShareTarget": X[ShareTarget],
        "ShareTarget.$": str,
        "ShareMethod": S,
        "ShareMethod.$": str,
    },
    total=False,
)

class AssessmentConfiguration(TypedDict, total=False):
    CustomerDnsIps: L[Si]
    DnsName: S
    VpcSettings: X[DirectoryVpcSettings]
    InstanceIds: L[Si]
    SecurityGroupIds: L[Si]

StartADAssessmentParameters = TypedDict(
    "StartADAssessmentParameters",
    {
        "AssessmentConfiguration": X[AssessmentConfiguration],
        "AssessmentConfiguration.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
    },
    total=False,
)
StartSchemaExtensionParameters = TypedDict(
    "StartSchemaExtensionParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "CreateSnapshotBeforeSchemaExtension": B,
        "CreateSnapshotBeforeSchemaExtension.$": str,
        "LdifContent": S,
        "LdifContent.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class UnshareTarget(TypedDict, total=False):
    Id: S
    Type: S

UnshareDirectoryParameters = TypedDict(
    "UnshareDirectoryParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "UnshareTarget": X[UnshareTarget],
        "UnshareTarget.$": str,
    },
    total=False,
)
UpdateConditionalForwarderParameters = TypedDict(
    "UpdateConditionalForwarderParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "RemoteDomainName": S,
        "RemoteDomainName.$": str,
        "DnsIpAddrs": L[Si],
        "DnsIpAddrs.$": str,
        "DnsIpv6Addrs": L[Si],
        "DnsIpv6Addrs.$": str,
    },
    total=False,
)

class OSUpdateSettings(TypedDict, total=False):
    OsVersion: S

class DirectorySizeUpdateSettings(TypedDict, total=False):
    DirectorySize: S

class NetworkUpdateSettings(TypedDict, total=False):
    NetworkType: S
    CustomerDnsIpsV6: L[Si]

UpdateDirectorySetupParameters = TypedDict(
    "UpdateDirectorySetupParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "UpdateType": S,
        "UpdateType.$": str,
        "OsUpdateSettings": X[OSUpdateSettings],
        "OsUpdateSettings.$": str,
        "DirectorySizeUpdateSettings": X[DirectorySizeUpdateSettings],
        "DirectorySizeUpdateSettings.$": str,
        "NetworkUpdateSettings": X[NetworkUpdateSettings],
        "NetworkUpdateSettings.$": str,
        "CreateSnapshotBeforeUpdate": B,
        "CreateSnapshotBeforeUpdate.$": str,
    },
    total=False,
)

class HybridAdministratorAccountUpdate(TypedDict, total=False):
    SecretArn: S

class HybridCustomerInstancesSettings(TypedDict, total=False):
    CustomerDnsIps: L[Si]
    InstanceIds: L[Si]

UpdateHybridADParameters = TypedDict(
    "UpdateHybridADParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "HybridAdministratorAccountUpdate": X[HybridAdministratorAccountUpdate],
        "HybridAdministratorAccountUpdate.$": str,
        "SelfManagedInstancesSettings": X[HybridCustomerInstancesSettings],
        "SelfManagedInstancesSettings.$": str,
    },
    total=False,
)
UpdateNumberOfDomainControllersParameters = TypedDict(
    "UpdateNumberOfDomainControllersParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "DesiredNumber": I, "DesiredNumber.$": str},
    total=False,
)
UpdateRadiusParameters = TypedDict(
    "UpdateRadiusParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "RadiusSettings": X[RadiusSettings],
        "RadiusSettings.$": str,
    },
    total=False,
)

class Setting(TypedDict, total=False):
    Name: S
    Value: S

UpdateSettingsParameters = TypedDict(
    "UpdateSettingsParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "Settings": L[Xi[Setting]], "Settings.$": str},
    total=False,
)
UpdateTrustParameters = TypedDict(
    "UpdateTrustParameters",
    {"TrustId": S, "TrustId.$": str, "SelectiveAuth": S, "SelectiveAuth.$": str},
    total=False,
)
VerifyTrustParameters = TypedDict(
    "VerifyTrustParameters", {"TrustId": S, "TrustId.$": str}, total=False
)
accept_shared_directory: Builder[AcceptSharedDirectoryParameters]
add_ip_routes: Builder[AddIpRoutesParameters]
add_region: Builder[AddRegionParameters]
add_tags_to_resource: Builder[AddTagsToResourceParameters]
cancel_schema_extension: Builder[CancelSchemaExtensionParameters]
connect_directory: Builder[ConnectDirectoryParameters]
create_alias: Builder[CreateAliasParameters]
create_computer: Builder[CreateComputerParameters]
create_conditional_forwarder: Builder[CreateConditionalForwarderParameters]
create_directory: Builder[CreateDirectoryParameters]
create_hybrid_ad: Builder[CreateHybridADParameters]
create_log_subscription: Builder[CreateLogSubscriptionParameters]
create_microsoft_ad: Builder[CreateMicrosoftADParameters]
create_snapshot: Builder[CreateSnapshotParameters]
create_trust: Builder[CreateTrustParameters]
delete_ad_assessment: Builder[DeleteADAssessmentParameters]
delete_conditional_forwarder: Builder[DeleteConditionalForwarderParameters]
delete_directory: Builder[DeleteDirectoryParameters]
delete_log_subscription: Builder[DeleteLogSubscriptionParameters]
delete_snapshot: Builder[DeleteSnapshotParameters]
delete_trust: Builder[DeleteTrustParameters]
deregister_certificate: Builder[DeregisterCertificateParameters]
deregister_event_topic: Builder[DeregisterEventTopicParameters]
describe_ad_assessment: Builder[DescribeADAssessmentParameters]
describe_ca_enrollment_policy: Builder[DescribeCAEnrollmentPolicyParameters]
describe_certificate: Builder[DescribeCertificateParameters]
describe_client_authentication_settings: Builder[DescribeClientAuthenticationSettingsParameters]
describe_conditional_forwarders: Builder[DescribeConditionalForwardersParameters]
describe_directories: Builder[DescribeDirectoriesParameters]
describe_directory_data_access: Builder[DescribeDirectoryDataAccessParameters]
describe_domain_controllers: Builder[DescribeDomainControllersParameters]
describe_event_topics: Builder[DescribeEventTopicsParameters]
describe_hybrid_ad_update: Builder[DescribeHybridADUpdateParameters]
describe_ldaps_settings: Builder[DescribeLDAPSSettingsParameters]
describe_regions: Builder[DescribeRegionsParameters]
describe_settings: Builder[DescribeSettingsParameters]
describe_shared_directories: Builder[DescribeSharedDirectoriesParameters]
describe_snapshots: Builder[DescribeSnapshotsParameters]
describe_trusts: Builder[DescribeTrustsParameters]
describe_update_directory: Builder[DescribeUpdateDirectoryParameters]
disable_ca_enrollment_policy: Builder[DisableCAEnrollmentPolicyParameters]
disable_client_authentication: Builder[DisableClientAuthenticationParameters]
disable_directory_data_access: Builder[DisableDirectoryDataAccessParameters]
disable_ldaps: Builder[DisableLDAPSParameters]
disable_radius: Builder[DisableRadiusParameters]
disable_sso: Builder[DisableSsoParameters]
enable_ca_enrollment_policy: Builder[EnableCAEnrollmentPolicyParameters]
enable_client_authentication: Builder[EnableClientAuthenticationParameters]
enable_directory_data_access: Builder[EnableDirectoryDataAccessParameters]
enable_ldaps: Builder[EnableLDAPSParameters]
enable_radius: Builder[EnableRadiusParameters]
enable_sso: Builder[EnableSsoParameters]
get_directory_limits: Builder[GetDirectoryLimitsParameters]
get_snapshot_limits: Builder[GetSnapshotLimitsParameters]
list_ad_assessments: Builder[ListADAssessmentsParameters]
list_certificates: Builder[ListCertificatesParameters]
list_ip_routes: Builder[ListIpRoutesParameters]
list_log_subscriptions: Builder[ListLogSubscriptionsParameters]
list_schema_extensions: Builder[ListSchemaExtensionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
register_certificate: Builder[RegisterCertificateParameters]
register_event_topic: Builder[RegisterEventTopicParameters]
reject_shared_directory: Builder[RejectSharedDirectoryParameters]
remove_ip_routes: Builder[RemoveIpRoutesParameters]
remove_region: Builder[RemoveRegionParameters]
remove_tags_from_resource: Builder[RemoveTagsFromResourceParameters]
reset_user_password: Builder[ResetUserPasswordParameters]
restore_from_snapshot: Builder[RestoreFromSnapshotParameters]
share_directory: Builder[ShareDirectoryParameters]
start_ad_assessment: Builder[StartADAssessmentParameters]
start_schema_extension: Builder[StartSchemaExtensionParameters]
unshare_directory: Builder[UnshareDirectoryParameters]
update_conditional_forwarder: Builder[UpdateConditionalForwarderParameters]
update_directory_setup: Builder[UpdateDirectorySetupParameters]
update_hybrid_ad: Builder[UpdateHybridADParameters]
update_number_of_domain_controllers: Builder[UpdateNumberOfDomainControllersParameters]
update_radius: Builder[UpdateRadiusParameters]
update_settings: Builder[UpdateSettingsParameters]
update_trust: Builder[UpdateTrustParameters]
verify_trust: Builder[VerifyTrustParameters]

__all__ = [
    "accept_shared_directory",
    "add_ip_routes",
    "add_region",
    "add_tags_to_resource",
    "cancel_schema_extension",
    "connect_directory",
    "create_alias",
    "create_computer",
    "create_conditional_forwarder",
    "create_directory",
    "create_hybrid_ad",
    "create_log_subscription",
    "create_microsoft_ad",
    "create_snapshot",
    "create_trust",
    "delete_ad_assessment",
    "delete_conditional_forwarder",
    "delete_directory",
    "delete_log_subscription",
    "delete_snapshot",
    "delete_trust",
    "deregister_certificate",
    "deregister_event_topic",
    "describe_ad_assessment",
    "describe_ca_enrollment_policy",
    "describe_certificate",
    "describe_client_authentication_settings",
    "describe_conditional_forwarders",
    "describe_directories",
    "describe_directory_data_access",
    "describe_domain_controllers",
    "describe_event_topics",
    "describe_hybrid_ad_update",
    "describe_ldaps_settings",
    "describe_regions",
    "describe_settings",
    "describe_shared_directories",
    "describe_snapshots",
    "describe_trusts",
    "describe_update_directory",
    "disable_ca_enrollment_policy",
    "disable_client_authentication",
    "disable_directory_data_access",
    "disable_ldaps",
    "disable_radius",
    "disable_sso",
    "enable_ca_enrollment_policy",
    "enable_client_authentication",
    "enable_directory_data_access",
    "enable_ldaps",
    "enable_radius",
    "enable_sso",
    "get_directory_limits",
    "get_snapshot_limits",
    "list_ad_assessments",
    "list_certificates",
    "list_ip_routes",
    "list_log_subscriptions",
    "list_schema_extensions",
    "list_tags_for_resource",
    "register_certificate",
    "register_event_topic",
    "reject_shared_directory",
    "remove_ip_routes",
    "remove_region",
    "remove_tags_from_resource",
    "reset_user_password",
    "restore_from_snapshot",
    "share_directory",
    "start_ad_assessment",
    "start_schema_extension",
    "unshare_directory",
    "update_conditional_forwarder",
    "update_directory_setup",
    "update_hybrid_ad",
    "update_number_of_domain_controllers",
    "update_radius",
    "update_settings",
    "update_trust",
    "verify_trust",
]
