"""Typed builders of the AWS SDK integration of paymentcryptography (``aws-sdk:paymentcryptography:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AddKeyReplicationRegionsParameters = TypedDict(
    "AddKeyReplicationRegionsParameters",
    {
        "KeyIdentifier": S,
        "KeyIdentifier.$": str,
        "ReplicationRegions": L[Si],
        "ReplicationRegions.$": str,
    },
    total=False,
)
AssociateMpaTeamParameters = TypedDict(
    "AssociateMpaTeamParameters",
    {
        "Action": S,
        "Action.$": str,
        "MpaTeamArn": S,
        "MpaTeamArn.$": str,
        "RequesterComment": S,
        "RequesterComment.$": str,
    },
    total=False,
)
CreateAliasParameters = TypedDict(
    "CreateAliasParameters",
    {"AliasName": S, "AliasName.$": str, "KeyArn": S, "KeyArn.$": str},
    total=False,
)

class KeyModesOfUse(TypedDict, total=False):
    Encrypt: B
    Decrypt: B
    Wrap: B
    Unwrap: B
    Generate: B
    Sign: B
    Verify: B
    DeriveKey: B
    NoRestrictions: B

class KeyAttributes(TypedDict, total=False):
    KeyUsage: S
    KeyClass: S
    KeyAlgorithm: S
    KeyModesOfUse: X[KeyModesOfUse]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateKeyParameters = TypedDict(
    "CreateKeyParameters",
    {
        "KeyAttributes": X[KeyAttributes],
        "KeyAttributes.$": str,
        "KeyCheckValueAlgorithm": S,
        "KeyCheckValueAlgorithm.$": str,
        "Exportable": B,
        "Exportable.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DeriveKeyUsage": S,
        "DeriveKeyUsage.$": str,
        "ReplicationRegions": L[Si],
        "ReplicationRegions.$": str,
    },
    total=False,
)
DeleteAliasParameters = TypedDict(
    "DeleteAliasParameters", {"AliasName": S, "AliasName.$": str}, total=False
)
DeleteKeyParameters = TypedDict(
    "DeleteKeyParameters",
    {"KeyIdentifier": S, "KeyIdentifier.$": str, "DeleteKeyInDays": I, "DeleteKeyInDays.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DisableDefaultKeyReplicationRegionsParameters = TypedDict(
    "DisableDefaultKeyReplicationRegionsParameters",
    {"ReplicationRegions": L[Si], "ReplicationRegions.$": str},
    total=False,
)
DisassociateMpaTeamParameters = TypedDict(
    "DisassociateMpaTeamParameters",
    {"Action": S, "Action.$": str, "RequesterComment": S, "RequesterComment.$": str},
    total=False,
)
EnableDefaultKeyReplicationRegionsParameters = TypedDict(
    "EnableDefaultKeyReplicationRegionsParameters",
    {"ReplicationRegions": L[Si], "ReplicationRegions.$": str},
    total=False,
)

class KeyBlockHeaders(TypedDict, total=False):
    KeyModesOfUse: X[KeyModesOfUse]
    KeyExportability: S
    KeyVersion: S
    OptionalBlocks: M[S]

class ExportTr31KeyBlock(TypedDict, total=False):
    WrappingKeyIdentifier: S
    KeyBlockHeaders: X[KeyBlockHeaders]

class ExportTr34KeyBlock(TypedDict, total=False):
    CertificateAuthorityPublicKeyIdentifier: S
    WrappingKeyCertificate: S
    ExportToken: S
    SigningKeyIdentifier: S
    SigningKeyCertificate: S
    KeyBlockFormat: S
    RandomNonce: S
    KeyBlockHeaders: X[KeyBlockHeaders]

class ExportKeyCryptogram(TypedDict, total=False):
    CertificateAuthorityPublicKeyIdentifier: S
    WrappingKeyCertificate: S
    WrappingSpec: S

class DiffieHellmanDerivationData(TypedDict, total=False):
    SharedInformation: S

class ExportDiffieHellmanTr31KeyBlock(TypedDict, total=False):
    PrivateKeyIdentifier: S
    CertificateAuthorityPublicKeyIdentifier: S
    PublicKeyCertificate: S
    DeriveKeyAlgorithm: S
    KeyDerivationFunction: S
    KeyDerivationHashAlgorithm: S
    DerivationData: X[DiffieHellmanDerivationData]
    KeyBlockHeaders: X[KeyBlockHeaders]

class ExportAs2805KeyCryptogram(TypedDict, total=False):
    WrappingKeyIdentifier: S
    As2805KeyVariant: S

class ExportKeyMaterial(TypedDict, total=False):
    Tr31KeyBlock: X[ExportTr31KeyBlock]
    Tr34KeyBlock: X[ExportTr34KeyBlock]
    KeyCryptogram: X[ExportKeyCryptogram]
    DiffieHellmanTr31KeyBlock: X[ExportDiffieHellmanTr31KeyBlock]
    As2805KeyCryptogram: X[ExportAs2805KeyCryptogram]

class ExportDukptInitialKey(TypedDict, total=False):
    KeySerialNumber: S

class ExportAttributes(TypedDict, total=False):
    ExportDukptInitialKey: X[ExportDukptInitialKey]
    KeyCheckValueAlgorithm: S

ExportKeyParameters = TypedDict(
    "ExportKeyParameters",
    {
        "KeyMaterial": X[ExportKeyMaterial],
        "KeyMaterial.$": str,
        "ExportKeyIdentifier": S,
        "ExportKeyIdentifier.$": str,
        "ExportAttributes": X[ExportAttributes],
        "ExportAttributes.$": str,
    },
    total=False,
)
GetAliasParameters = TypedDict(
    "GetAliasParameters", {"AliasName": S, "AliasName.$": str}, total=False
)

class CertificateSubjectType(TypedDict, total=False):
    CommonName: S
    OrganizationUnit: S
    Organization: S
    City: S
    Country: S
    StateOrProvince: S
    EmailAddress: S

GetCertificateSigningRequestParameters = TypedDict(
    "GetCertificateSigningRequestParameters",
    {
        "KeyIdentifier": S,
        "KeyIdentifier.$": str,
        "SigningAlgorithm": S,
        "SigningAlgorithm.$": str,
        "CertificateSubject": X[CertificateSubjectType],
        "CertificateSubject.$": str,
    },
    total=False,
)

class GetDefaultKeyReplicationRegionsParameters(TypedDict, total=False): ...

GetKeyParameters = TypedDict(
    "GetKeyParameters", {"KeyIdentifier": S, "KeyIdentifier.$": str}, total=False
)
GetMpaTeamAssociationParameters = TypedDict(
    "GetMpaTeamAssociationParameters", {"Action": S, "Action.$": str}, total=False
)
GetParametersForExportParameters = TypedDict(
    "GetParametersForExportParameters",
    {
        "KeyMaterialType": S,
        "KeyMaterialType.$": str,
        "SigningKeyAlgorithm": S,
        "SigningKeyAlgorithm.$": str,
        "ReuseLastGeneratedToken": B,
        "ReuseLastGeneratedToken.$": str,
    },
    total=False,
)
GetParametersForImportParameters = TypedDict(
    "GetParametersForImportParameters",
    {
        "KeyMaterialType": S,
        "KeyMaterialType.$": str,
        "WrappingKeyAlgorithm": S,
        "WrappingKeyAlgorithm.$": str,
        "ReuseLastGeneratedToken": B,
        "ReuseLastGeneratedToken.$": str,
    },
    total=False,
)
GetPublicKeyCertificateParameters = TypedDict(
    "GetPublicKeyCertificateParameters", {"KeyIdentifier": S, "KeyIdentifier.$": str}, total=False
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class RootCertificatePublicKey(TypedDict, total=False):
    KeyAttributes: X[KeyAttributes]
    PublicKeyCertificate: S

class TrustedCertificatePublicKey(TypedDict, total=False):
    KeyAttributes: X[KeyAttributes]
    PublicKeyCertificate: S
    CertificateAuthorityPublicKeyIdentifier: S

class ImportTr31KeyBlock(TypedDict, total=False):
    WrappingKeyIdentifier: S
    WrappedKeyBlock: S

class ImportTr34KeyBlock(TypedDict, total=False):
    CertificateAuthorityPublicKeyIdentifier: S
    SigningKeyCertificate: S
    ImportToken: S
    WrappingKeyIdentifier: S
    WrappingKeyCertificate: S
    WrappedKeyBlock: S
    KeyBlockFormat: S
    RandomNonce: S

class ImportKeyCryptogram(TypedDict, total=False):
    KeyAttributes: X[KeyAttributes]
    Exportable: B
    WrappedKeyCryptogram: S
    ImportToken: S
    WrappingSpec: S

class ImportDiffieHellmanTr31KeyBlock(TypedDict, total=False):
    PrivateKeyIdentifier: S
    CertificateAuthorityPublicKeyIdentifier: S
    PublicKeyCertificate: S
    DeriveKeyAlgorithm: S
    KeyDerivationFunction: S
    KeyDerivationHashAlgorithm: S
    DerivationData: X[DiffieHellmanDerivationData]
    WrappedKeyBlock: S

class ImportAs2805KeyCryptogram(TypedDict, total=False):
    As2805KeyVariant: S
    KeyModesOfUse: X[KeyModesOfUse]
    KeyAlgorithm: S
    Exportable: B
    WrappingKeyIdentifier: S
    WrappedKeyCryptogram: S

class ImportKeyMaterial(TypedDict, total=False):
    RootCertificatePublicKey: X[RootCertificatePublicKey]
    TrustedCertificatePublicKey: X[TrustedCertificatePublicKey]
    Tr31KeyBlock: X[ImportTr31KeyBlock]
    Tr34KeyBlock: X[ImportTr34KeyBlock]
    KeyCryptogram: X[ImportKeyCryptogram]
    DiffieHellmanTr31KeyBlock: X[ImportDiffieHellmanTr31KeyBlock]
    As2805KeyCryptogram: X[ImportAs2805KeyCryptogram]

ImportKeyParameters = TypedDict(
    "ImportKeyParameters",
    {
        "KeyMaterial": X[ImportKeyMaterial],
        "KeyMaterial.$": str,
        "KeyCheckValueAlgorithm": S,
        "KeyCheckValueAlgorithm.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ReplicationRegions": L[Si],
        "ReplicationRegions.$": str,
        "RequesterComment": S,
        "RequesterComment.$": str,
    },
    total=False,
)
ListAliasesParameters = TypedDict(
    "ListAliasesParameters",
    {
        "KeyArn": S,
        "KeyArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListKeysParameters = TypedDict(
    "ListKeysParameters",
    {
        "KeyState": S,
        "KeyState.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
RemoveKeyReplicationRegionsParameters = TypedDict(
    "RemoveKeyReplicationRegionsParameters",
    {
        "KeyIdentifier": S,
        "KeyIdentifier.$": str,
        "ReplicationRegions": L[Si],
        "ReplicationRegions.$": str,
    },
    total=False,
)
RestoreKeyParameters = TypedDict(
    "RestoreKeyParameters", {"KeyIdentifier": S, "KeyIdentifier.$": str}, total=False
)
StartKeyUsageParameters = TypedDict(
    "StartKeyUsageParameters", {"KeyIdentifier": S, "KeyIdentifier.$": str}, total=False
)
StopKeyUsageParameters = TypedDict(
    "StopKeyUsageParameters", {"KeyIdentifier": S, "KeyIdentifier.$": str}, total=False
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
UpdateAliasParameters = TypedDict(
    "UpdateAliasParameters",
    {"AliasName": S, "AliasName.$": str, "KeyArn": S, "KeyArn.$": str},
    total=False,
)
add_key_replication_regions: Builder[AddKeyReplicationRegionsParameters]
associate_mpa_team: Builder[AssociateMpaTeamParameters]
create_alias: Builder[CreateAliasParameters]
create_key: Builder[CreateKeyParameters]
delete_alias: Builder[DeleteAliasParameters]
delete_key: Builder[DeleteKeyParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
disable_default_key_replication_regions: Builder[DisableDefaultKeyReplicationRegionsParameters]
disassociate_mpa_team: Builder[DisassociateMpaTeamParameters]
enable_default_key_replication_regions: Builder[EnableDefaultKeyReplicationRegionsParameters]
export_key: Builder[ExportKeyParameters]
get_alias: Builder[GetAliasParameters]
get_certificate_signing_request: Builder[GetCertificateSigningRequestParameters]
get_default_key_replication_regions: Builder[GetDefaultKeyReplicationRegionsParameters]
get_key: Builder[GetKeyParameters]
get_mpa_team_association: Builder[GetMpaTeamAssociationParameters]
get_parameters_for_export: Builder[GetParametersForExportParameters]
get_parameters_for_import: Builder[GetParametersForImportParameters]
get_public_key_certificate: Builder[GetPublicKeyCertificateParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
import_key: Builder[ImportKeyParameters]
list_aliases: Builder[ListAliasesParameters]
list_keys: Builder[ListKeysParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
remove_key_replication_regions: Builder[RemoveKeyReplicationRegionsParameters]
restore_key: Builder[RestoreKeyParameters]
start_key_usage: Builder[StartKeyUsageParameters]
stop_key_usage: Builder[StopKeyUsageParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_alias: Builder[UpdateAliasParameters]

__all__ = [
    "add_key_replication_regions",
    "associate_mpa_team",
    "create_alias",
    "create_key",
    "delete_alias",
    "delete_key",
    "delete_resource_policy",
    "disable_default_key_replication_regions",
    "disassociate_mpa_team",
    "enable_default_key_replication_regions",
    "export_key",
    "get_alias",
    "get_certificate_signing_request",
    "get_default_key_replication_regions",
    "get_key",
    "get_mpa_team_association",
    "get_parameters_for_export",
    "get_parameters_for_import",
    "get_public_key_certificate",
    "get_resource_policy",
    "import_key",
    "list_aliases",
    "list_keys",
    "list_tags_for_resource",
    "put_resource_policy",
    "remove_key_replication_regions",
    "restore_key",
    "start_key_usage",
    "stop_key_usage",
    "tag_resource",
    "untag_resource",
    "update_alias",
]
