"""Typed builders of the AWS SDK integration of acmpca (``aws-sdk:acmpca:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class BatchCreateCertificateAuthorityReplicaRequestEntry(TypedDict, total=False):
    ReplicaRegion: S
    Tags: L[Xi[Tag]]
    IdempotencyToken: S

BatchCreateCertificateAuthorityReplicaParameters = TypedDict(
    "BatchCreateCertificateAuthorityReplicaParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "Replicas": L[Xi[BatchCreateCertificateAuthorityReplicaRequestEntry]],
        "Replicas.$": str,
    },
    total=False,
)

class CustomAttribute(TypedDict, total=False):
    ObjectIdentifier: S
    Value: S

class ASN1Subject(TypedDict, total=False):
    Country: S
    Organization: S
    OrganizationalUnit: S
    DistinguishedNameQualifier: S
    State: S
    CommonName: S
    SerialNumber: S
    Locality: S
    Title: S
    Surname: S
    GivenName: S
    Initials: S
    Pseudonym: S
    GenerationQualifier: S
    CustomAttributes: L[Xi[CustomAttribute]]

class KeyUsage(TypedDict, total=False):
    DigitalSignature: B
    NonRepudiation: B
    KeyEncipherment: B
    DataEncipherment: B
    KeyAgreement: B
    KeyCertSign: B
    CrlSign: B
    EncipherOnly: B
    DecipherOnly: B

class AccessMethod(TypedDict, total=False):
    CustomObjectIdentifier: S
    AccessMethodType: S

class OtherName(TypedDict, total=False):
    TypeId: S
    Value: S

class EdiPartyName(TypedDict, total=False):
    PartyName: S
    NameAssigner: S

class GeneralName(TypedDict, total=False):
    OtherName: X[OtherName]
    Rfc822Name: S
    DnsName: S
    DirectoryName: X[ASN1Subject]
    EdiPartyName: X[EdiPartyName]
    UniformResourceIdentifier: S
    IpAddress: S
    RegisteredId: S

class AccessDescription(TypedDict, total=False):
    AccessMethod: X[AccessMethod]
    AccessLocation: X[GeneralName]

class CsrExtensions(TypedDict, total=False):
    KeyUsage: X[KeyUsage]
    SubjectInformationAccess: L[Xi[AccessDescription]]

class CertificateAuthorityConfiguration(TypedDict, total=False):
    KeyAlgorithm: S
    SigningAlgorithm: S
    Subject: X[ASN1Subject]
    CsrExtensions: X[CsrExtensions]

class CrlDistributionPointExtensionConfiguration(TypedDict, total=False):
    OmitExtension: B

class CrlConfiguration(TypedDict, total=False):
    Enabled: B
    ExpirationInDays: I
    CustomCname: S
    S3BucketName: S
    S3ObjectAcl: S
    CrlDistributionPointExtensionConfiguration: X[CrlDistributionPointExtensionConfiguration]
    CrlType: S
    CustomPath: S

class OcspConfiguration(TypedDict, total=False):
    Enabled: B
    OcspCustomCname: S

class RevocationConfiguration(TypedDict, total=False):
    CrlConfiguration: X[CrlConfiguration]
    OcspConfiguration: X[OcspConfiguration]

class ServiceAffiliation(TypedDict, total=False):
    ServiceAffiliationCode: S

CreateCertificateAuthorityParameters = TypedDict(
    "CreateCertificateAuthorityParameters",
    {
        "CertificateAuthorityConfiguration": X[CertificateAuthorityConfiguration],
        "CertificateAuthorityConfiguration.$": str,
        "RevocationConfiguration": X[RevocationConfiguration],
        "RevocationConfiguration.$": str,
        "CertificateAuthorityType": S,
        "CertificateAuthorityType.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "KeyStorageSecurityStandard": S,
        "KeyStorageSecurityStandard.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "UsageMode": S,
        "UsageMode.$": str,
        "ServiceAffiliation": X[ServiceAffiliation],
        "ServiceAffiliation.$": str,
    },
    total=False,
)
CreateCertificateAuthorityAssociationParameters = TypedDict(
    "CreateCertificateAuthorityAssociationParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "AssociatedResourceArn": S,
        "AssociatedResourceArn.$": str,
    },
    total=False,
)
CreateCertificateAuthorityAuditReportParameters = TypedDict(
    "CreateCertificateAuthorityAuditReportParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "S3BucketName": S,
        "S3BucketName.$": str,
        "AuditReportResponseFormat": S,
        "AuditReportResponseFormat.$": str,
    },
    total=False,
)
CreateCertificateAuthorityReplicaParameters = TypedDict(
    "CreateCertificateAuthorityReplicaParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "ReplicaRegion": S,
        "ReplicaRegion.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
CreatePermissionParameters = TypedDict(
    "CreatePermissionParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "Principal": S,
        "Principal.$": str,
        "SourceAccount": S,
        "SourceAccount.$": str,
        "Actions": L[Si],
        "Actions.$": str,
    },
    total=False,
)
DeleteCertificateAuthorityParameters = TypedDict(
    "DeleteCertificateAuthorityParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "PermanentDeletionTimeInDays": I,
        "PermanentDeletionTimeInDays.$": str,
    },
    total=False,
)
DeleteCertificateAuthorityAssociationParameters = TypedDict(
    "DeleteCertificateAuthorityAssociationParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "AssociatedResourceArn": S,
        "AssociatedResourceArn.$": str,
    },
    total=False,
)
DeletePermissionParameters = TypedDict(
    "DeletePermissionParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "Principal": S,
        "Principal.$": str,
        "SourceAccount": S,
        "SourceAccount.$": str,
    },
    total=False,
)
DeletePolicyParameters = TypedDict(
    "DeletePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DescribeCertificateAuthorityParameters = TypedDict(
    "DescribeCertificateAuthorityParameters",
    {"CertificateAuthorityArn": S, "CertificateAuthorityArn.$": str},
    total=False,
)
DescribeCertificateAuthorityAuditReportParameters = TypedDict(
    "DescribeCertificateAuthorityAuditReportParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "AuditReportId": S,
        "AuditReportId.$": str,
    },
    total=False,
)
GetCertificateParameters = TypedDict(
    "GetCertificateParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "CertificateArn": S,
        "CertificateArn.$": str,
    },
    total=False,
)
GetCertificateAuthorityCertificateParameters = TypedDict(
    "GetCertificateAuthorityCertificateParameters",
    {"CertificateAuthorityArn": S, "CertificateAuthorityArn.$": str},
    total=False,
)
GetCertificateAuthorityCsrParameters = TypedDict(
    "GetCertificateAuthorityCsrParameters",
    {"CertificateAuthorityArn": S, "CertificateAuthorityArn.$": str},
    total=False,
)
GetPolicyParameters = TypedDict(
    "GetPolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ImportCertificateAuthorityCertificateParameters = TypedDict(
    "ImportCertificateAuthorityCertificateParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "Certificate": S,
        "Certificate.$": str,
        "CertificateChain": S,
        "CertificateChain.$": str,
    },
    total=False,
)

class Qualifier(TypedDict, total=False):
    CpsUri: S

class PolicyQualifierInfo(TypedDict, total=False):
    PolicyQualifierId: S
    Qualifier: X[Qualifier]

class PolicyInformation(TypedDict, total=False):
    CertPolicyId: S
    PolicyQualifiers: L[Xi[PolicyQualifierInfo]]

class ExtendedKeyUsage(TypedDict, total=False):
    ExtendedKeyUsageType: S
    ExtendedKeyUsageObjectIdentifier: S

class CustomExtension(TypedDict, total=False):
    ObjectIdentifier: S
    Value: S
    Critical: B

class Extensions(TypedDict, total=False):
    CertificatePolicies: L[Xi[PolicyInformation]]
    ExtendedKeyUsage: L[Xi[ExtendedKeyUsage]]
    KeyUsage: X[KeyUsage]
    SubjectAlternativeNames: L[Xi[GeneralName]]
    CustomExtensions: L[Xi[CustomExtension]]

class ApiPassthrough(TypedDict, total=False):
    Extensions: X[Extensions]
    Subject: X[ASN1Subject]

class Validity(TypedDict, total=False):
    Value: I
    Type: S

IssueCertificateParameters = TypedDict(
    "IssueCertificateParameters",
    {
        "ApiPassthrough": X[ApiPassthrough],
        "ApiPassthrough.$": str,
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "Csr": S,
        "Csr.$": str,
        "SigningAlgorithm": S,
        "SigningAlgorithm.$": str,
        "TemplateArn": S,
        "TemplateArn.$": str,
        "Validity": X[Validity],
        "Validity.$": str,
        "ValidityNotBefore": X[Validity],
        "ValidityNotBefore.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "ReturnValues": S,
        "ReturnValues.$": str,
    },
    total=False,
)
ListCertificateAuthoritiesParameters = TypedDict(
    "ListCertificateAuthoritiesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
    },
    total=False,
)
ListCertificateAuthorityAssociationsParameters = TypedDict(
    "ListCertificateAuthorityAssociationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
    },
    total=False,
)
ListCertificateAuthorityReplicasParameters = TypedDict(
    "ListCertificateAuthorityReplicasParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
    },
    total=False,
)
ListPermissionsParameters = TypedDict(
    "ListPermissionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
    },
    total=False,
)
ListTagsParameters = TypedDict(
    "ListTagsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
    },
    total=False,
)
PutPolicyParameters = TypedDict(
    "PutPolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
RestoreCertificateAuthorityParameters = TypedDict(
    "RestoreCertificateAuthorityParameters",
    {"CertificateAuthorityArn": S, "CertificateAuthorityArn.$": str},
    total=False,
)
RevokeCertificateParameters = TypedDict(
    "RevokeCertificateParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "CertificateSerial": S,
        "CertificateSerial.$": str,
        "RevocationReason": S,
        "RevocationReason.$": str,
    },
    total=False,
)
TagCertificateAuthorityParameters = TypedDict(
    "TagCertificateAuthorityParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UntagCertificateAuthorityParameters = TypedDict(
    "UntagCertificateAuthorityParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UpdateCertificateAuthorityParameters = TypedDict(
    "UpdateCertificateAuthorityParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "RevocationConfiguration": X[RevocationConfiguration],
        "RevocationConfiguration.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
batch_create_certificate_authority_replica: Builder[
    BatchCreateCertificateAuthorityReplicaParameters
]
create_certificate_authority: Builder[CreateCertificateAuthorityParameters]
create_certificate_authority_association: Builder[CreateCertificateAuthorityAssociationParameters]
create_certificate_authority_audit_report: Builder[CreateCertificateAuthorityAuditReportParameters]
create_certificate_authority_replica: Builder[CreateCertificateAuthorityReplicaParameters]
create_permission: Builder[CreatePermissionParameters]
delete_certificate_authority: Builder[DeleteCertificateAuthorityParameters]
delete_certificate_authority_association: Builder[DeleteCertificateAuthorityAssociationParameters]
delete_permission: Builder[DeletePermissionParameters]
delete_policy: Builder[DeletePolicyParameters]
describe_certificate_authority: Builder[DescribeCertificateAuthorityParameters]
describe_certificate_authority_audit_report: Builder[
    DescribeCertificateAuthorityAuditReportParameters
]
get_certificate: Builder[GetCertificateParameters]
get_certificate_authority_certificate: Builder[GetCertificateAuthorityCertificateParameters]
get_certificate_authority_csr: Builder[GetCertificateAuthorityCsrParameters]
get_policy: Builder[GetPolicyParameters]
import_certificate_authority_certificate: Builder[ImportCertificateAuthorityCertificateParameters]
issue_certificate: Builder[IssueCertificateParameters]
list_certificate_authorities: Builder[ListCertificateAuthoritiesParameters]
list_certificate_authority_associations: Builder[ListCertificateAuthorityAssociationsParameters]
list_certificate_authority_replicas: Builder[ListCertificateAuthorityReplicasParameters]
list_permissions: Builder[ListPermissionsParameters]
list_tags: Builder[ListTagsParameters]
put_policy: Builder[PutPolicyParameters]
restore_certificate_authority: Builder[RestoreCertificateAuthorityParameters]
revoke_certificate: Builder[RevokeCertificateParameters]
tag_certificate_authority: Builder[TagCertificateAuthorityParameters]
untag_certificate_authority: Builder[UntagCertificateAuthorityParameters]
update_certificate_authority: Builder[UpdateCertificateAuthorityParameters]

__all__ = [
    "batch_create_certificate_authority_replica",
    "create_certificate_authority",
    "create_certificate_authority_association",
    "create_certificate_authority_audit_report",
    "create_certificate_authority_replica",
    "create_permission",
    "delete_certificate_authority",
    "delete_certificate_authority_association",
    "delete_permission",
    "delete_policy",
    "describe_certificate_authority",
    "describe_certificate_authority_audit_report",
    "get_certificate",
    "get_certificate_authority_certificate",
    "get_certificate_authority_csr",
    "get_policy",
    "import_certificate_authority_certificate",
    "issue_certificate",
    "list_certificate_authorities",
    "list_certificate_authority_associations",
    "list_certificate_authority_replicas",
    "list_permissions",
    "list_tags",
    "put_policy",
    "restore_certificate_authority",
    "revoke_certificate",
    "tag_certificate_authority",
    "untag_certificate_authority",
    "update_certificate_authority",
]
