"""Typed builders of the AWS SDK integration of acm (``aws-sdk:acm:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsToCertificateParameters = TypedDict(
    "AddTagsToCertificateParameters",
    {"CertificateArn": S, "CertificateArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class DomainScope(TypedDict, total=False):
    ExactDomain: S
    Subdomains: S
    Wildcards: S

class DnsPrevalidationOptions(TypedDict, total=False):
    DomainScope: X[DomainScope]
    HostedZoneId: S

class PrevalidationOptions(TypedDict, total=False):
    DnsPrevalidation: X[DnsPrevalidationOptions]

CreateAcmeDomainValidationParameters = TypedDict(
    "CreateAcmeDomainValidationParameters",
    {
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "AcmeEndpointArn": S,
        "AcmeEndpointArn.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "PrevalidationOptions": X[PrevalidationOptions],
        "PrevalidationOptions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class PublicCertificateAuthority(TypedDict, total=False):
    AllowedKeyAlgorithms: L[Si]

class CertificateAuthority(TypedDict, total=False):
    PublicCertificateAuthority: X[PublicCertificateAuthority]

CreateAcmeEndpointParameters = TypedDict(
    "CreateAcmeEndpointParameters",
    {
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "AuthorizationBehavior": S,
        "AuthorizationBehavior.$": str,
        "Contact": S,
        "Contact.$": str,
        "CertificateAuthority": X[CertificateAuthority],
        "CertificateAuthority.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CertificateTags": L[Xi[Tag]],
        "CertificateTags.$": str,
    },
    total=False,
)

class Expiration(TypedDict, total=False):
    Value: I
    Type: S

CreateAcmeExternalAccountBindingParameters = TypedDict(
    "CreateAcmeExternalAccountBindingParameters",
    {
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "AcmeEndpointArn": S,
        "AcmeEndpointArn.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Expiration": X[Expiration],
        "Expiration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteAcmeDomainValidationParameters = TypedDict(
    "DeleteAcmeDomainValidationParameters",
    {"AcmeDomainValidationArn": S, "AcmeDomainValidationArn.$": str},
    total=False,
)
DeleteAcmeEndpointParameters = TypedDict(
    "DeleteAcmeEndpointParameters", {"AcmeEndpointArn": S, "AcmeEndpointArn.$": str}, total=False
)
DeleteAcmeExternalAccountBindingParameters = TypedDict(
    "DeleteAcmeExternalAccountBindingParameters",
    {"AcmeExternalAccountBindingArn": S, "AcmeExternalAccountBindingArn.$": str},
    total=False,
)
DeleteCertificateParameters = TypedDict(
    "DeleteCertificateParameters", {"CertificateArn": S, "CertificateArn.$": str}, total=False
)
DeleteMemberCertificateParameters = TypedDict(
    "DeleteMemberCertificateParameters", {"CertificateArn": S, "CertificateArn.$": str}, total=False
)
DeleteMemberCertificateAuthorityParameters = TypedDict(
    "DeleteMemberCertificateAuthorityParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "PermanentDeletionTimeInDays": I,
        "PermanentDeletionTimeInDays.$": str,
    },
    total=False,
)
DescribeAcmeAccountParameters = TypedDict(
    "DescribeAcmeAccountParameters",
    {"AcmeEndpointArn": S, "AcmeEndpointArn.$": str, "AccountUrl": S, "AccountUrl.$": str},
    total=False,
)
DescribeAcmeDomainValidationParameters = TypedDict(
    "DescribeAcmeDomainValidationParameters",
    {"AcmeDomainValidationArn": S, "AcmeDomainValidationArn.$": str},
    total=False,
)
DescribeAcmeEndpointParameters = TypedDict(
    "DescribeAcmeEndpointParameters", {"AcmeEndpointArn": S, "AcmeEndpointArn.$": str}, total=False
)
DescribeAcmeExternalAccountBindingParameters = TypedDict(
    "DescribeAcmeExternalAccountBindingParameters",
    {"AcmeExternalAccountBindingArn": S, "AcmeExternalAccountBindingArn.$": str},
    total=False,
)
DescribeCertificateParameters = TypedDict(
    "DescribeCertificateParameters", {"CertificateArn": S, "CertificateArn.$": str}, total=False
)
ExportCertificateParameters = TypedDict(
    "ExportCertificateParameters",
    {"CertificateArn": S, "CertificateArn.$": str, "Passphrase": S, "Passphrase.$": str},
    total=False,
)

class GetAccountConfigurationParameters(TypedDict, total=False): ...

GetAcmeExternalAccountBindingCredentialsParameters = TypedDict(
    "GetAcmeExternalAccountBindingCredentialsParameters",
    {"AcmeExternalAccountBindingArn": S, "AcmeExternalAccountBindingArn.$": str},
    total=False,
)
GetCertificateParameters = TypedDict(
    "GetCertificateParameters", {"CertificateArn": S, "CertificateArn.$": str}, total=False
)

class GetInventoryConfigurationParameters(TypedDict, total=False): ...
class InventoryExpiryWindowOptions(TypedDict, total=False): ...
class InventoryIssuanceTypeOptions(TypedDict, total=False): ...
class InventoryRegionOptions(TypedDict, total=False): ...
class InventoryInUseOptions(TypedDict, total=False): ...
class InventoryKeyAlgorithmOptions(TypedDict, total=False): ...

class InventoryHighestFindingSeverityOptions(TypedDict, total=False):
    GroupBy: S

class InventoryAggregateRequest(TypedDict, total=False):
    ExpiryWindow: X[InventoryExpiryWindowOptions]
    IssuanceType: X[InventoryIssuanceTypeOptions]
    Region: X[InventoryRegionOptions]
    InUse: X[InventoryInUseOptions]
    KeyAlgorithm: X[InventoryKeyAlgorithmOptions]
    HighestFindingSeverity: X[InventoryHighestFindingSeverityOptions]

GetInventoryInsightsParameters = TypedDict(
    "GetInventoryInsightsParameters",
    {"RequestedAggregates": L[Xi[InventoryAggregateRequest]], "RequestedAggregates.$": str},
    total=False,
)
ImportCertificateParameters = TypedDict(
    "ImportCertificateParameters",
    {
        "CertificateArn": S,
        "CertificateArn.$": str,
        "Certificate": S,
        "Certificate.$": str,
        "PrivateKey": S,
        "PrivateKey.$": str,
        "CertificateChain": S,
        "CertificateChain.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
ListAcmeAccountsParameters = TypedDict(
    "ListAcmeAccountsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AcmeEndpointArn": S,
        "AcmeEndpointArn.$": str,
    },
    total=False,
)
ListAcmeDomainValidationsParameters = TypedDict(
    "ListAcmeDomainValidationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AcmeEndpointArn": S,
        "AcmeEndpointArn.$": str,
    },
    total=False,
)
ListAcmeEndpointsParameters = TypedDict(
    "ListAcmeEndpointsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAcmeExternalAccountBindingsParameters = TypedDict(
    "ListAcmeExternalAccountBindingsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AcmeEndpointArn": S,
        "AcmeEndpointArn.$": str,
    },
    total=False,
)
ListCertificateDomainValidationsParameters = TypedDict(
    "ListCertificateDomainValidationsParameters",
    {
        "CertificateArn": S,
        "CertificateArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)

class Filters(TypedDict, total=False):
    ExtendedKeyUsage: L[Si]
    KeyUsage: L[Si]
    KeyTypes: L[Si]
    ExportOption: S
    ManagedBy: S

ListCertificatesParameters = TypedDict(
    "ListCertificatesParameters",
    {
        "CertificateStatuses": L[Si],
        "CertificateStatuses.$": str,
        "CertificateKeyPairOrigins": L[Si],
        "CertificateKeyPairOrigins.$": str,
        "RootHierarchyTypes": L[Si],
        "RootHierarchyTypes.$": str,
        "Includes": X[Filters],
        "Includes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListInventoryFindingsParameters = TypedDict(
    "ListInventoryFindingsParameters",
    {
        "CertificateIdentifier": S,
        "CertificateIdentifier.$": str,
        "Severity": S,
        "Severity.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInventoryRelatedResourcesParameters = TypedDict(
    "ListInventoryRelatedResourcesParameters",
    {
        "CertificateIdentifier": S,
        "CertificateIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInventoryUsagesParameters = TypedDict(
    "ListInventoryUsagesParameters",
    {
        "CertificateIdentifier": S,
        "CertificateIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForCertificateParameters = TypedDict(
    "ListTagsForCertificateParameters", {"CertificateArn": S, "CertificateArn.$": str}, total=False
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class ExpiryEventsConfiguration(TypedDict, total=False):
    DaysBeforeExpiry: I

PutAccountConfigurationParameters = TypedDict(
    "PutAccountConfigurationParameters",
    {
        "ExpiryEvents": X[ExpiryEventsConfiguration],
        "ExpiryEvents.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)

class RegionalScope(TypedDict, total=False):
    Mode: S
    Regions: L[Si]

class AccountScope(TypedDict, total=False):
    Mode: S
    OrganizationalUnitIds: L[Si]
    AccountIds: L[Si]

class LifecycleManagement(TypedDict, total=False):
    Status: S

class InventoryExpiryNotification(TypedDict, total=False):
    Enabled: B
    Channel: S
    TopicArn: S
    LeadTimeDays: I
    Frequency: S

PutInventoryConfigurationParameters = TypedDict(
    "PutInventoryConfigurationParameters",
    {
        "RegionalScope": X[RegionalScope],
        "RegionalScope.$": str,
        "AccountScope": X[AccountScope],
        "AccountScope.$": str,
        "DataRetentionDays": I,
        "DataRetentionDays.$": str,
        "Status": S,
        "Status.$": str,
        "LifecycleManagement": X[LifecycleManagement],
        "LifecycleManagement.$": str,
        "ExpiryNotification": X[InventoryExpiryNotification],
        "ExpiryNotification.$": str,
        "InventoryTier": S,
        "InventoryTier.$": str,
    },
    total=False,
)
RemoveTagsFromCertificateParameters = TypedDict(
    "RemoveTagsFromCertificateParameters",
    {"CertificateArn": S, "CertificateArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
RenewCertificateParameters = TypedDict(
    "RenewCertificateParameters", {"CertificateArn": S, "CertificateArn.$": str}, total=False
)
RenewMemberCertificateParameters = TypedDict(
    "RenewMemberCertificateParameters", {"CertificateArn": S, "CertificateArn.$": str}, total=False
)

class DomainValidationOption(TypedDict, total=False):
    DomainName: S
    ValidationDomain: S

class CertificateOptions(TypedDict, total=False):
    CertificateTransparencyLoggingPreference: S
    Export: S
    ValidationMethod: S

RequestCertificateParameters = TypedDict(
    "RequestCertificateParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "ValidationMethod": S,
        "ValidationMethod.$": str,
        "SubjectAlternativeNames": L[Si],
        "SubjectAlternativeNames.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "DomainValidationOptions": L[Xi[DomainValidationOption]],
        "DomainValidationOptions.$": str,
        "Options": X[CertificateOptions],
        "Options.$": str,
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "KeyAlgorithm": S,
        "KeyAlgorithm.$": str,
        "ManagedBy": S,
        "ManagedBy.$": str,
        "CertificateUsage": S,
        "CertificateUsage.$": str,
        "RootHierarchyType": S,
        "RootHierarchyType.$": str,
    },
    total=False,
)
ResendValidationEmailParameters = TypedDict(
    "ResendValidationEmailParameters",
    {
        "CertificateArn": S,
        "CertificateArn.$": str,
        "Domain": S,
        "Domain.$": str,
        "ValidationDomain": S,
        "ValidationDomain.$": str,
    },
    total=False,
)
RestoreMemberCertificateAuthorityParameters = TypedDict(
    "RestoreMemberCertificateAuthorityParameters",
    {"CertificateAuthorityArn": S, "CertificateAuthorityArn.$": str},
    total=False,
)
RevokeAcmeAccountParameters = TypedDict(
    "RevokeAcmeAccountParameters",
    {"AcmeEndpointArn": S, "AcmeEndpointArn.$": str, "AccountUrl": S, "AccountUrl.$": str},
    total=False,
)
RevokeAcmeExternalAccountBindingParameters = TypedDict(
    "RevokeAcmeExternalAccountBindingParameters",
    {"AcmeExternalAccountBindingArn": S, "AcmeExternalAccountBindingArn.$": str},
    total=False,
)
RevokeCertificateParameters = TypedDict(
    "RevokeCertificateParameters",
    {
        "CertificateArn": S,
        "CertificateArn.$": str,
        "RevocationReason": S,
        "RevocationReason.$": str,
    },
    total=False,
)
RevokeMemberCertificateParameters = TypedDict(
    "RevokeMemberCertificateParameters",
    {
        "CertificateArn": S,
        "CertificateArn.$": str,
        "RevocationReason": S,
        "RevocationReason.$": str,
    },
    total=False,
)
RevokeMemberIssuedCertificateParameters = TypedDict(
    "RevokeMemberIssuedCertificateParameters",
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

class CommonNameFilter(TypedDict, total=False):
    Value: S
    ComparisonOperator: S

class SubjectFilter(TypedDict, total=False):
    CommonName: X[CommonNameFilter]

class DnsNameFilter(TypedDict, total=False):
    Value: S
    ComparisonOperator: S

class SubjectAlternativeNameFilter(TypedDict, total=False):
    DnsName: X[DnsNameFilter]

class TimestampRange(TypedDict, total=False):
    Start: T
    End: T

class X509AttributeFilter(TypedDict, total=False):
    Subject: X[SubjectFilter]
    SubjectAlternativeName: X[SubjectAlternativeNameFilter]
    ExtendedKeyUsage: S
    KeyUsage: S
    KeyAlgorithm: S
    SerialNumber: S
    NotAfter: X[TimestampRange]
    NotBefore: X[TimestampRange]

class AcmCertificateMetadataFilter(TypedDict, total=False):
    Status: S
    RenewalStatus: S
    Type: S
    InUse: B
    Exported: B
    ExportOption: S
    ManagedBy: S
    ValidationMethod: S
    CertificateKeyPairOrigin: S
    AcmeEndpointArn: S
    AcmeAccountId: S
    RootHierarchyType: S

class CertificateFilter(TypedDict, total=False):
    CertificateArn: S
    X509AttributeFilter: X[X509AttributeFilter]
    AcmCertificateMetadataFilter: X[AcmCertificateMetadataFilter]

class CertificateFilterStatement(TypedDict, total=False):
    And: L[Xi[CertificateFilterStatement]]
    Or: L[Xi[CertificateFilterStatement]]
    Not: X[CertificateFilterStatement]
    Filter: X[CertificateFilter]

SearchCertificatesParameters = TypedDict(
    "SearchCertificatesParameters",
    {
        "FilterStatement": X[CertificateFilterStatement],
        "FilterStatement.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)

class DomainPredicate(TypedDict, total=False):
    Value: S
    Match: S

class InventoryTimeRange(TypedDict, total=False):
    After: T
    Before: T

class AcmCertificateArnPredicate(TypedDict, total=False):
    Value: S
    Match: S

class PrivateCaCertificateAuthorityArnPredicate(TypedDict, total=False):
    Value: S
    Relationship: S

class InventoryFilterPredicate(TypedDict, total=False):
    Identifier: S
    MaterialType: S
    AccountId: S
    Region: S
    IssuanceType: S
    KeyAlgorithm: S
    UsageStatus: S
    Issuer: S
    Domain: X[DomainPredicate]
    NotAfter: X[InventoryTimeRange]
    RelatedResourceType: S
    HighestFindingSeverity: S
    AcmCertificateArn: X[AcmCertificateArnPredicate]
    PcaCertificateArn: S
    PcaCertificateAuthorityArn: X[PrivateCaCertificateAuthorityArnPredicate]
    IssuerWords: S
    SignatureAlgorithm: S

class InventoryFilterStatement(TypedDict, total=False):
    And: L[Xi[InventoryFilterStatement]]
    Or: L[Xi[InventoryFilterStatement]]
    Not: X[InventoryFilterStatement]
    Filter: X[InventoryFilterPredicate]

SearchInventoryParameters = TypedDict(
    "SearchInventoryParameters",
    {
        "Filter": X[InventoryFilterStatement],
        "Filter.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
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
UpdateAcmeDomainValidationParameters = TypedDict(
    "UpdateAcmeDomainValidationParameters",
    {
        "AcmeDomainValidationArn": S,
        "AcmeDomainValidationArn.$": str,
        "PrevalidationOptions": X[PrevalidationOptions],
        "PrevalidationOptions.$": str,
    },
    total=False,
)
UpdateAcmeEndpointParameters = TypedDict(
    "UpdateAcmeEndpointParameters",
    {
        "AcmeEndpointArn": S,
        "AcmeEndpointArn.$": str,
        "AuthorizationBehavior": S,
        "AuthorizationBehavior.$": str,
        "Contact": S,
        "Contact.$": str,
        "CertificateAuthority": X[CertificateAuthority],
        "CertificateAuthority.$": str,
    },
    total=False,
)
UpdateCertificateOptionsParameters = TypedDict(
    "UpdateCertificateOptionsParameters",
    {
        "CertificateArn": S,
        "CertificateArn.$": str,
        "Options": X[CertificateOptions],
        "Options.$": str,
    },
    total=False,
)

class PrivateCaCrlDistributionPointExtensionConfiguration(TypedDict, total=False):
    OmitExtension: B

class PrivateCaCrlConfiguration(TypedDict, total=False):
    Enabled: B
    ExpirationInDays: I
    CustomCname: S
    S3ObjectAcl: S
    CrlDistributionPointExtensionConfiguration: X[
        PrivateCaCrlDistributionPointExtensionConfiguration
    ]
    CrlType: S
    CustomPath: S

class PrivateCaOcspConfiguration(TypedDict, total=False):
    Enabled: B
    OcspCustomCname: S

class PrivateCaRevocationConfiguration(TypedDict, total=False):
    CrlConfiguration: X[PrivateCaCrlConfiguration]
    OcspConfiguration: X[PrivateCaOcspConfiguration]

UpdateMemberCertificateAuthorityParameters = TypedDict(
    "UpdateMemberCertificateAuthorityParameters",
    {
        "CertificateAuthorityArn": S,
        "CertificateAuthorityArn.$": str,
        "Status": S,
        "Status.$": str,
        "RevocationConfiguration": X[PrivateCaRevocationConfiguration],
        "RevocationConfiguration.$": str,
    },
    total=False,
)

class AcmCertificateOptions(TypedDict, total=False):
    Export: S
    ValidationMethod: S

UpdateMemberCertificateOptionsParameters = TypedDict(
    "UpdateMemberCertificateOptionsParameters",
    {
        "CertificateArn": S,
        "CertificateArn.$": str,
        "Options": X[AcmCertificateOptions],
        "Options.$": str,
    },
    total=False,
)
add_tags_to_certificate: Builder[AddTagsToCertificateParameters]
create_acme_domain_validation: Builder[CreateAcmeDomainValidationParameters]
create_acme_endpoint: Builder[CreateAcmeEndpointParameters]
create_acme_external_account_binding: Builder[CreateAcmeExternalAccountBindingParameters]
delete_acme_domain_validation: Builder[DeleteAcmeDomainValidationParameters]
delete_acme_endpoint: Builder[DeleteAcmeEndpointParameters]
delete_acme_external_account_binding: Builder[DeleteAcmeExternalAccountBindingParameters]
delete_certificate: Builder[DeleteCertificateParameters]
delete_member_certificate: Builder[DeleteMemberCertificateParameters]
delete_member_certificate_authority: Builder[DeleteMemberCertificateAuthorityParameters]
describe_acme_account: Builder[DescribeAcmeAccountParameters]
describe_acme_domain_validation: Builder[DescribeAcmeDomainValidationParameters]
describe_acme_endpoint: Builder[DescribeAcmeEndpointParameters]
describe_acme_external_account_binding: Builder[DescribeAcmeExternalAccountBindingParameters]
describe_certificate: Builder[DescribeCertificateParameters]
export_certificate: Builder[ExportCertificateParameters]
get_account_configuration: Builder[GetAccountConfigurationParameters]
get_acme_external_account_binding_credentials: Builder[
    GetAcmeExternalAccountBindingCredentialsParameters
]
get_certificate: Builder[GetCertificateParameters]
get_inventory_configuration: Builder[GetInventoryConfigurationParameters]
get_inventory_insights: Builder[GetInventoryInsightsParameters]
import_certificate: Builder[ImportCertificateParameters]
list_acme_accounts: Builder[ListAcmeAccountsParameters]
list_acme_domain_validations: Builder[ListAcmeDomainValidationsParameters]
list_acme_endpoints: Builder[ListAcmeEndpointsParameters]
list_acme_external_account_bindings: Builder[ListAcmeExternalAccountBindingsParameters]
list_certificate_domain_validations: Builder[ListCertificateDomainValidationsParameters]
list_certificates: Builder[ListCertificatesParameters]
list_inventory_findings: Builder[ListInventoryFindingsParameters]
list_inventory_related_resources: Builder[ListInventoryRelatedResourcesParameters]
list_inventory_usages: Builder[ListInventoryUsagesParameters]
list_tags_for_certificate: Builder[ListTagsForCertificateParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_account_configuration: Builder[PutAccountConfigurationParameters]
put_inventory_configuration: Builder[PutInventoryConfigurationParameters]
remove_tags_from_certificate: Builder[RemoveTagsFromCertificateParameters]
renew_certificate: Builder[RenewCertificateParameters]
renew_member_certificate: Builder[RenewMemberCertificateParameters]
request_certificate: Builder[RequestCertificateParameters]
resend_validation_email: Builder[ResendValidationEmailParameters]
restore_member_certificate_authority: Builder[RestoreMemberCertificateAuthorityParameters]
revoke_acme_account: Builder[RevokeAcmeAccountParameters]
revoke_acme_external_account_binding: Builder[RevokeAcmeExternalAccountBindingParameters]
revoke_certificate: Builder[RevokeCertificateParameters]
revoke_member_certificate: Builder[RevokeMemberCertificateParameters]
revoke_member_issued_certificate: Builder[RevokeMemberIssuedCertificateParameters]
search_certificates: Builder[SearchCertificatesParameters]
search_inventory: Builder[SearchInventoryParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_acme_domain_validation: Builder[UpdateAcmeDomainValidationParameters]
update_acme_endpoint: Builder[UpdateAcmeEndpointParameters]
update_certificate_options: Builder[UpdateCertificateOptionsParameters]
update_member_certificate_authority: Builder[UpdateMemberCertificateAuthorityParameters]
update_member_certificate_options: Builder[UpdateMemberCertificateOptionsParameters]

__all__ = [
    "add_tags_to_certificate",
    "create_acme_domain_validation",
    "create_acme_endpoint",
    "create_acme_external_account_binding",
    "delete_acme_domain_validation",
    "delete_acme_endpoint",
    "delete_acme_external_account_binding",
    "delete_certificate",
    "delete_member_certificate",
    "delete_member_certificate_authority",
    "describe_acme_account",
    "describe_acme_domain_validation",
    "describe_acme_endpoint",
    "describe_acme_external_account_binding",
    "describe_certificate",
    "export_certificate",
    "get_account_configuration",
    "get_acme_external_account_binding_credentials",
    "get_certificate",
    "get_inventory_configuration",
    "get_inventory_insights",
    "import_certificate",
    "list_acme_accounts",
    "list_acme_domain_validations",
    "list_acme_endpoints",
    "list_acme_external_account_bindings",
    "list_certificate_domain_validations",
    "list_certificates",
    "list_inventory_findings",
    "list_inventory_related_resources",
    "list_inventory_usages",
    "list_tags_for_certificate",
    "list_tags_for_resource",
    "put_account_configuration",
    "put_inventory_configuration",
    "remove_tags_from_certificate",
    "renew_certificate",
    "renew_member_certificate",
    "request_certificate",
    "resend_validation_email",
    "restore_member_certificate_authority",
    "revoke_acme_account",
    "revoke_acme_external_account_binding",
    "revoke_certificate",
    "revoke_member_certificate",
    "revoke_member_issued_certificate",
    "search_certificates",
    "search_inventory",
    "tag_resource",
    "untag_resource",
    "update_acme_domain_validation",
    "update_acme_endpoint",
    "update_certificate_options",
    "update_member_certificate_authority",
    "update_member_certificate_options",
]
