"""Typed builders of the AWS SDK integration of pcaconnectorad (``aws-sdk:pcaconnectorad:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class VpcInformation(TypedDict, total=False):
    IpAddressType: S
    SecurityGroupIds: L[Si]

CreateConnectorParameters = TypedDict(
    "CreateConnectorParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "VpcInformation": X[VpcInformation],
        "VpcInformation.$": str,
    },
    total=False,
)
CreateDirectoryRegistrationParameters = TypedDict(
    "CreateDirectoryRegistrationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateServicePrincipalNameParameters = TypedDict(
    "CreateServicePrincipalNameParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ConnectorArn": S,
        "ConnectorArn.$": str,
        "DirectoryRegistrationArn": S,
        "DirectoryRegistrationArn.$": str,
    },
    total=False,
)

class ValidityPeriod(TypedDict, total=False):
    Period: I
    PeriodType: S

class CertificateValidity(TypedDict, total=False):
    RenewalPeriod: X[ValidityPeriod]
    ValidityPeriod: X[ValidityPeriod]

class EnrollmentFlagsV2(TypedDict, total=False):
    EnableKeyReuseOnNtTokenKeysetStorageFull: B
    IncludeSymmetricAlgorithms: B
    NoSecurityExtension: B
    RemoveInvalidCertificateFromPersonalStore: B
    UserInteractionRequired: B

class ApplicationPolicy(TypedDict, total=False):
    PolicyObjectIdentifier: S
    PolicyType: S

class ApplicationPolicies(TypedDict, total=False):
    Critical: B
    Policies: L[Xi[ApplicationPolicy]]

class KeyUsageFlags(TypedDict, total=False):
    DataEncipherment: B
    DigitalSignature: B
    KeyAgreement: B
    KeyEncipherment: B
    NonRepudiation: B

class KeyUsage(TypedDict, total=False):
    Critical: B
    UsageFlags: X[KeyUsageFlags]

class ExtensionsV2(TypedDict, total=False):
    ApplicationPolicies: X[ApplicationPolicies]
    KeyUsage: X[KeyUsage]

class GeneralFlagsV2(TypedDict, total=False):
    AutoEnrollment: B
    MachineType: B

class PrivateKeyAttributesV2(TypedDict, total=False):
    CryptoProviders: L[Si]
    KeySpec: S
    MinimalKeyLength: I

class PrivateKeyFlagsV2(TypedDict, total=False):
    ClientVersion: S
    ExportableKey: B
    StrongKeyProtectionRequired: B

class SubjectNameFlagsV2(TypedDict, total=False):
    RequireCommonName: B
    RequireDirectoryPath: B
    RequireDnsAsCn: B
    RequireEmail: B
    SanRequireDirectoryGuid: B
    SanRequireDns: B
    SanRequireDomainDns: B
    SanRequireEmail: B
    SanRequireSpn: B
    SanRequireUpn: B

class TemplateV2(TypedDict, total=False):
    CertificateValidity: X[CertificateValidity]
    EnrollmentFlags: X[EnrollmentFlagsV2]
    Extensions: X[ExtensionsV2]
    GeneralFlags: X[GeneralFlagsV2]
    PrivateKeyAttributes: X[PrivateKeyAttributesV2]
    PrivateKeyFlags: X[PrivateKeyFlagsV2]
    SubjectNameFlags: X[SubjectNameFlagsV2]
    SupersededTemplates: L[Si]

class EnrollmentFlagsV3(TypedDict, total=False):
    EnableKeyReuseOnNtTokenKeysetStorageFull: B
    IncludeSymmetricAlgorithms: B
    NoSecurityExtension: B
    RemoveInvalidCertificateFromPersonalStore: B
    UserInteractionRequired: B

class ExtensionsV3(TypedDict, total=False):
    ApplicationPolicies: X[ApplicationPolicies]
    KeyUsage: X[KeyUsage]

class GeneralFlagsV3(TypedDict, total=False):
    AutoEnrollment: B
    MachineType: B

class KeyUsagePropertyFlags(TypedDict, total=False):
    Decrypt: B
    KeyAgreement: B
    Sign: B

class KeyUsageProperty(TypedDict, total=False):
    PropertyFlags: X[KeyUsagePropertyFlags]
    PropertyType: S

class PrivateKeyAttributesV3(TypedDict, total=False):
    Algorithm: S
    CryptoProviders: L[Si]
    KeySpec: S
    KeyUsageProperty: X[KeyUsageProperty]
    MinimalKeyLength: I

class PrivateKeyFlagsV3(TypedDict, total=False):
    ClientVersion: S
    ExportableKey: B
    RequireAlternateSignatureAlgorithm: B
    StrongKeyProtectionRequired: B

class SubjectNameFlagsV3(TypedDict, total=False):
    RequireCommonName: B
    RequireDirectoryPath: B
    RequireDnsAsCn: B
    RequireEmail: B
    SanRequireDirectoryGuid: B
    SanRequireDns: B
    SanRequireDomainDns: B
    SanRequireEmail: B
    SanRequireSpn: B
    SanRequireUpn: B

class TemplateV3(TypedDict, total=False):
    CertificateValidity: X[CertificateValidity]
    EnrollmentFlags: X[EnrollmentFlagsV3]
    Extensions: X[ExtensionsV3]
    GeneralFlags: X[GeneralFlagsV3]
    HashAlgorithm: S
    PrivateKeyAttributes: X[PrivateKeyAttributesV3]
    PrivateKeyFlags: X[PrivateKeyFlagsV3]
    SubjectNameFlags: X[SubjectNameFlagsV3]
    SupersededTemplates: L[Si]

class EnrollmentFlagsV4(TypedDict, total=False):
    EnableKeyReuseOnNtTokenKeysetStorageFull: B
    IncludeSymmetricAlgorithms: B
    NoSecurityExtension: B
    RemoveInvalidCertificateFromPersonalStore: B
    UserInteractionRequired: B

class ExtensionsV4(TypedDict, total=False):
    ApplicationPolicies: X[ApplicationPolicies]
    KeyUsage: X[KeyUsage]

class GeneralFlagsV4(TypedDict, total=False):
    AutoEnrollment: B
    MachineType: B

class PrivateKeyAttributesV4(TypedDict, total=False):
    Algorithm: S
    CryptoProviders: L[Si]
    KeySpec: S
    KeyUsageProperty: X[KeyUsageProperty]
    MinimalKeyLength: I

class PrivateKeyFlagsV4(TypedDict, total=False):
    ClientVersion: S
    ExportableKey: B
    RequireAlternateSignatureAlgorithm: B
    RequireSameKeyRenewal: B
    StrongKeyProtectionRequired: B
    UseLegacyProvider: B

class SubjectNameFlagsV4(TypedDict, total=False):
    RequireCommonName: B
    RequireDirectoryPath: B
    RequireDnsAsCn: B
    RequireEmail: B
    SanRequireDirectoryGuid: B
    SanRequireDns: B
    SanRequireDomainDns: B
    SanRequireEmail: B
    SanRequireSpn: B
    SanRequireUpn: B

class TemplateV4(TypedDict, total=False):
    CertificateValidity: X[CertificateValidity]
    EnrollmentFlags: X[EnrollmentFlagsV4]
    Extensions: X[ExtensionsV4]
    GeneralFlags: X[GeneralFlagsV4]
    HashAlgorithm: S
    PrivateKeyAttributes: X[PrivateKeyAttributesV4]
    PrivateKeyFlags: X[PrivateKeyFlagsV4]
    SubjectNameFlags: X[SubjectNameFlagsV4]
    SupersededTemplates: L[Si]

class TemplateDefinition(TypedDict, total=False):
    TemplateV2: X[TemplateV2]
    TemplateV3: X[TemplateV3]
    TemplateV4: X[TemplateV4]

CreateTemplateParameters = TypedDict(
    "CreateTemplateParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ConnectorArn": S,
        "ConnectorArn.$": str,
        "Definition": X[TemplateDefinition],
        "Definition.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AccessRights(TypedDict, total=False):
    AutoEnroll: S
    Enroll: S

CreateTemplateGroupAccessControlEntryParameters = TypedDict(
    "CreateTemplateGroupAccessControlEntryParameters",
    {
        "AccessRights": X[AccessRights],
        "AccessRights.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "GroupDisplayName": S,
        "GroupDisplayName.$": str,
        "GroupSecurityIdentifier": S,
        "GroupSecurityIdentifier.$": str,
        "TemplateArn": S,
        "TemplateArn.$": str,
    },
    total=False,
)
DeleteConnectorParameters = TypedDict(
    "DeleteConnectorParameters", {"ConnectorArn": S, "ConnectorArn.$": str}, total=False
)
DeleteDirectoryRegistrationParameters = TypedDict(
    "DeleteDirectoryRegistrationParameters",
    {"DirectoryRegistrationArn": S, "DirectoryRegistrationArn.$": str},
    total=False,
)
DeleteServicePrincipalNameParameters = TypedDict(
    "DeleteServicePrincipalNameParameters",
    {
        "ConnectorArn": S,
        "ConnectorArn.$": str,
        "DirectoryRegistrationArn": S,
        "DirectoryRegistrationArn.$": str,
    },
    total=False,
)
DeleteTemplateParameters = TypedDict(
    "DeleteTemplateParameters", {"TemplateArn": S, "TemplateArn.$": str}, total=False
)
DeleteTemplateGroupAccessControlEntryParameters = TypedDict(
    "DeleteTemplateGroupAccessControlEntryParameters",
    {
        "GroupSecurityIdentifier": S,
        "GroupSecurityIdentifier.$": str,
        "TemplateArn": S,
        "TemplateArn.$": str,
    },
    total=False,
)
GetConnectorParameters = TypedDict(
    "GetConnectorParameters", {"ConnectorArn": S, "ConnectorArn.$": str}, total=False
)
GetDirectoryRegistrationParameters = TypedDict(
    "GetDirectoryRegistrationParameters",
    {"DirectoryRegistrationArn": S, "DirectoryRegistrationArn.$": str},
    total=False,
)
GetServicePrincipalNameParameters = TypedDict(
    "GetServicePrincipalNameParameters",
    {
        "ConnectorArn": S,
        "ConnectorArn.$": str,
        "DirectoryRegistrationArn": S,
        "DirectoryRegistrationArn.$": str,
    },
    total=False,
)
GetTemplateParameters = TypedDict(
    "GetTemplateParameters", {"TemplateArn": S, "TemplateArn.$": str}, total=False
)
GetTemplateGroupAccessControlEntryParameters = TypedDict(
    "GetTemplateGroupAccessControlEntryParameters",
    {
        "GroupSecurityIdentifier": S,
        "GroupSecurityIdentifier.$": str,
        "TemplateArn": S,
        "TemplateArn.$": str,
    },
    total=False,
)
ListConnectorsParameters = TypedDict(
    "ListConnectorsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDirectoryRegistrationsParameters = TypedDict(
    "ListDirectoryRegistrationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListServicePrincipalNamesParameters = TypedDict(
    "ListServicePrincipalNamesParameters",
    {
        "DirectoryRegistrationArn": S,
        "DirectoryRegistrationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTemplateGroupAccessControlEntriesParameters = TypedDict(
    "ListTemplateGroupAccessControlEntriesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TemplateArn": S,
        "TemplateArn.$": str,
    },
    total=False,
)
ListTemplatesParameters = TypedDict(
    "ListTemplatesParameters",
    {
        "ConnectorArn": S,
        "ConnectorArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
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
UpdateTemplateParameters = TypedDict(
    "UpdateTemplateParameters",
    {
        "Definition": X[TemplateDefinition],
        "Definition.$": str,
        "ReenrollAllCertificateHolders": B,
        "ReenrollAllCertificateHolders.$": str,
        "TemplateArn": S,
        "TemplateArn.$": str,
    },
    total=False,
)
UpdateTemplateGroupAccessControlEntryParameters = TypedDict(
    "UpdateTemplateGroupAccessControlEntryParameters",
    {
        "AccessRights": X[AccessRights],
        "AccessRights.$": str,
        "GroupDisplayName": S,
        "GroupDisplayName.$": str,
        "GroupSecurityIdentifier": S,
        "GroupSecurityIdentifier.$": str,
        "TemplateArn": S,
        "TemplateArn.$": str,
    },
    total=False,
)
create_connector: Builder[CreateConnectorParameters]
create_directory_registration: Builder[CreateDirectoryRegistrationParameters]
create_service_principal_name: Builder[CreateServicePrincipalNameParameters]
create_template: Builder[CreateTemplateParameters]
create_template_group_access_control_entry: Builder[CreateTemplateGroupAccessControlEntryParameters]
delete_connector: Builder[DeleteConnectorParameters]
delete_directory_registration: Builder[DeleteDirectoryRegistrationParameters]
delete_service_principal_name: Builder[DeleteServicePrincipalNameParameters]
delete_template: Builder[DeleteTemplateParameters]
delete_template_group_access_control_entry: Builder[DeleteTemplateGroupAccessControlEntryParameters]
get_connector: Builder[GetConnectorParameters]
get_directory_registration: Builder[GetDirectoryRegistrationParameters]
get_service_principal_name: Builder[GetServicePrincipalNameParameters]
get_template: Builder[GetTemplateParameters]
get_template_group_access_control_entry: Builder[GetTemplateGroupAccessControlEntryParameters]
list_connectors: Builder[ListConnectorsParameters]
list_directory_registrations: Builder[ListDirectoryRegistrationsParameters]
list_service_principal_names: Builder[ListServicePrincipalNamesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_template_group_access_control_entries: Builder[ListTemplateGroupAccessControlEntriesParameters]
list_templates: Builder[ListTemplatesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_template: Builder[UpdateTemplateParameters]
update_template_group_access_control_entry: Builder[UpdateTemplateGroupAccessControlEntryParameters]

__all__ = [
    "create_connector",
    "create_directory_registration",
    "create_service_principal_name",
    "create_template",
    "create_template_group_access_control_entry",
    "delete_connector",
    "delete_directory_registration",
    "delete_service_principal_name",
    "delete_template",
    "delete_template_group_access_control_entry",
    "get_connector",
    "get_directory_registration",
    "get_service_principal_name",
    "get_template",
    "get_template_group_access_control_entry",
    "list_connectors",
    "list_directory_registrations",
    "list_service_principal_names",
    "list_tags_for_resource",
    "list_template_group_access_control_entries",
    "list_templates",
    "tag_resource",
    "untag_resource",
    "update_template",
    "update_template_group_access_control_entry",
]
