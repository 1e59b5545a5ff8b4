"""Typed builders of the AWS SDK integration of taxsettings (``aws-sdk:taxsettings:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

BatchDeleteTaxRegistrationParameters = TypedDict(
    "BatchDeleteTaxRegistrationParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)
BatchGetTaxExemptionsParameters = TypedDict(
    "BatchGetTaxExemptionsParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)

class Address(TypedDict, total=False):
    AddressLine1: S
    AddressLine2: S
    AddressLine3: S
    DistrictOrCounty: S
    City: S
    StateOrRegion: S
    PostalCode: S
    CountryCode: S

class MalaysiaAdditionalInfo(TypedDict, total=False):
    ServiceTaxCodes: L[Si]
    TaxInformationNumber: S
    BusinessRegistrationNumber: S

class IsraelAdditionalInfo(TypedDict, total=False):
    DealerType: S
    CustomerType: S

class EstoniaAdditionalInfo(TypedDict, total=False):
    RegistryCommercialCode: S

class CanadaAdditionalInfo(TypedDict, total=False):
    ProvincialSalesTaxId: S
    CanadaQuebecSalesTaxNumber: S
    CanadaRetailSalesTaxNumber: S
    IsResellerAccount: B

class SpainAdditionalInfo(TypedDict, total=False):
    RegistrationType: S

class KenyaAdditionalInfo(TypedDict, total=False):
    PersonType: S

class SouthKoreaAdditionalInfo(TypedDict, total=False):
    BusinessRepresentativeName: S
    LineOfBusiness: S
    ItemOfBusiness: S

class TurkeyAdditionalInfo(TypedDict, total=False):
    TaxOffice: S
    KepEmailId: S
    SecondaryTaxId: S
    Industries: S

class GeorgiaAdditionalInfo(TypedDict, total=False):
    PersonType: S

class ItalyAdditionalInfo(TypedDict, total=False):
    SdiAccountId: S
    CigNumber: S
    CupNumber: S
    TaxCode: S
    CustomerType: S

class RomaniaAdditionalInfo(TypedDict, total=False):
    TaxRegistrationNumberType: S

class UkraineAdditionalInfo(TypedDict, total=False):
    UkraineTrnType: S

class PolandAdditionalInfo(TypedDict, total=False):
    IndividualRegistrationNumber: S
    IsGroupVatEnabled: B
    TaxRegistrationNumberType: S

class SaudiArabiaAdditionalInfo(TypedDict, total=False):
    TaxRegistrationNumberType: S

class IndonesiaAdditionalInfo(TypedDict, total=False):
    TaxRegistrationNumberType: S
    PpnExceptionDesignationCode: S
    DecisionNumber: S

class VietnamAdditionalInfo(TypedDict, total=False):
    EnterpriseIdentificationNumber: S
    ElectronicTransactionCodeNumber: S
    PaymentVoucherNumber: S
    PaymentVoucherNumberDate: S
    VatCreditMethod: B

class EgyptAdditionalInfo(TypedDict, total=False):
    UniqueIdentificationNumber: S
    UniqueIdentificationNumberExpirationDate: S

class GreeceAdditionalInfo(TypedDict, total=False):
    ContractingAuthorityCode: S

class UzbekistanAdditionalInfo(TypedDict, total=False):
    TaxRegistrationNumberType: S
    VatRegistrationNumber: S

class PhilippinesAdditionalInfo(TypedDict, total=False):
    IsVatRegistered: B

class BelgiumAdditionalInfo(TypedDict, total=False):
    PeppolId: S
    IsMercuriusBoxEnabled: B

class ChileAdditionalInfo(TypedDict, total=False):
    DocumentType: S
    BusinessActivity: S

class FranceAdditionalInfo(TypedDict, total=False):
    SirenNumber: S
    EInvoiceRoutingCode: S

class MonacoAdditionalInfo(TypedDict, total=False):
    BusinessNumber: S

class GermanyAdditionalInfo(TypedDict, total=False):
    EconomicIdentificationNumber: S
    Steuernummer: S

class MexicoAdditionalInfo(TypedDict, total=False):
    TaxRegime: S
    TaxRegimeFullName: S
    CfdiUsageCode: S

class UnitedArabEmiratesAdditionalInfo(TypedDict, total=False):
    TaxRegistrationNumberType: S
    PeppolId: S
    TradeLicenseNumber: S
    EmiratesId: S

class NorwayAdditionalInfo(TypedDict, total=False):
    TaxRegistrationNumberType: S
    PeppolId: S

class NewZealandAdditionalInfo(TypedDict, total=False):
    PeppolId: S

class AdditionalInfoRequest(TypedDict, total=False):
    MalaysiaAdditionalInfo: X[MalaysiaAdditionalInfo]
    IsraelAdditionalInfo: X[IsraelAdditionalInfo]
    EstoniaAdditionalInfo: X[EstoniaAdditionalInfo]
    CanadaAdditionalInfo: X[CanadaAdditionalInfo]
    SpainAdditionalInfo: X[SpainAdditionalInfo]
    KenyaAdditionalInfo: X[KenyaAdditionalInfo]
    SouthKoreaAdditionalInfo: X[SouthKoreaAdditionalInfo]
    TurkeyAdditionalInfo: X[TurkeyAdditionalInfo]
    GeorgiaAdditionalInfo: X[GeorgiaAdditionalInfo]
    ItalyAdditionalInfo: X[ItalyAdditionalInfo]
    RomaniaAdditionalInfo: X[RomaniaAdditionalInfo]
    UkraineAdditionalInfo: X[UkraineAdditionalInfo]
    PolandAdditionalInfo: X[PolandAdditionalInfo]
    SaudiArabiaAdditionalInfo: X[SaudiArabiaAdditionalInfo]
    IndonesiaAdditionalInfo: X[IndonesiaAdditionalInfo]
    VietnamAdditionalInfo: X[VietnamAdditionalInfo]
    EgyptAdditionalInfo: X[EgyptAdditionalInfo]
    GreeceAdditionalInfo: X[GreeceAdditionalInfo]
    UzbekistanAdditionalInfo: X[UzbekistanAdditionalInfo]
    PhilippinesAdditionalInfo: X[PhilippinesAdditionalInfo]
    BelgiumAdditionalInfo: X[BelgiumAdditionalInfo]
    ChileAdditionalInfo: X[ChileAdditionalInfo]
    FranceAdditionalInfo: X[FranceAdditionalInfo]
    MonacoAdditionalInfo: X[MonacoAdditionalInfo]
    GermanyAdditionalInfo: X[GermanyAdditionalInfo]
    MexicoAdditionalInfo: X[MexicoAdditionalInfo]
    UnitedArabEmiratesAdditionalInfo: X[UnitedArabEmiratesAdditionalInfo]
    NorwayAdditionalInfo: X[NorwayAdditionalInfo]
    NewZealandAdditionalInfo: X[NewZealandAdditionalInfo]

class SourceS3Location(TypedDict, total=False):
    Bucket: S
    Key: S

class TaxRegistrationDocFile(TypedDict, total=False):
    FileName: S
    FileContent: S

class TaxRegistrationDocument(TypedDict, total=False):
    S3Location: X[SourceS3Location]
    File: X[TaxRegistrationDocFile]

class VerificationDetails(TypedDict, total=False):
    DateOfBirth: S
    TaxRegistrationDocuments: L[Xi[TaxRegistrationDocument]]

class TaxRegistrationEntry(TypedDict, total=False):
    RegistrationId: S
    RegistrationType: S
    LegalName: S
    LegalAddress: X[Address]
    Sector: S
    AdditionalTaxInformation: X[AdditionalInfoRequest]
    VerificationDetails: X[VerificationDetails]
    CertifiedEmailId: S

BatchPutTaxRegistrationParameters = TypedDict(
    "BatchPutTaxRegistrationParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "TaxRegistrationEntry": X[TaxRegistrationEntry],
        "TaxRegistrationEntry.$": str,
    },
    total=False,
)
DeleteSupplementalTaxRegistrationParameters = TypedDict(
    "DeleteSupplementalTaxRegistrationParameters",
    {"AuthorityId": S, "AuthorityId.$": str},
    total=False,
)
DeleteTaxRegistrationParameters = TypedDict(
    "DeleteTaxRegistrationParameters", {"AccountId": S, "AccountId.$": str}, total=False
)

class GetTaxExemptionTypesParameters(TypedDict, total=False): ...
class GetTaxInheritanceParameters(TypedDict, total=False): ...

GetTaxRegistrationParameters = TypedDict(
    "GetTaxRegistrationParameters", {"AccountId": S, "AccountId.$": str}, total=False
)

class DestinationS3Location(TypedDict, total=False):
    Bucket: S
    Prefix: S

class TaxDocumentMetadata(TypedDict, total=False):
    TaxDocumentAccessToken: S
    TaxDocumentName: S

GetTaxRegistrationDocumentParameters = TypedDict(
    "GetTaxRegistrationDocumentParameters",
    {
        "DestinationS3Location": X[DestinationS3Location],
        "DestinationS3Location.$": str,
        "TaxDocumentMetadata": X[TaxDocumentMetadata],
        "TaxDocumentMetadata.$": str,
    },
    total=False,
)
ListSupplementalTaxRegistrationsParameters = TypedDict(
    "ListSupplementalTaxRegistrationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTaxExemptionsParameters = TypedDict(
    "ListTaxExemptionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTaxRegistrationsParameters = TypedDict(
    "ListTaxRegistrationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class SupplementalTaxRegistrationEntry(TypedDict, total=False):
    RegistrationId: S
    RegistrationType: S
    LegalName: S
    Address: X[Address]

PutSupplementalTaxRegistrationParameters = TypedDict(
    "PutSupplementalTaxRegistrationParameters",
    {"TaxRegistrationEntry": X[SupplementalTaxRegistrationEntry], "TaxRegistrationEntry.$": str},
    total=False,
)

class Authority(TypedDict, total=False):
    Country: S
    State: S

class ExemptionCertificate(TypedDict, total=False):
    DocumentName: S
    DocumentFile: S

PutTaxExemptionParameters = TypedDict(
    "PutTaxExemptionParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "Authority": X[Authority],
        "Authority.$": str,
        "ExemptionType": S,
        "ExemptionType.$": str,
        "ExemptionCertificate": X[ExemptionCertificate],
        "ExemptionCertificate.$": str,
    },
    total=False,
)
PutTaxInheritanceParameters = TypedDict(
    "PutTaxInheritanceParameters", {"HeritageStatus": S, "HeritageStatus.$": str}, total=False
)
PutTaxRegistrationParameters = TypedDict(
    "PutTaxRegistrationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "TaxRegistrationEntry": X[TaxRegistrationEntry],
        "TaxRegistrationEntry.$": str,
    },
    total=False,
)
batch_delete_tax_registration: Builder[BatchDeleteTaxRegistrationParameters]
batch_get_tax_exemptions: Builder[BatchGetTaxExemptionsParameters]
batch_put_tax_registration: Builder[BatchPutTaxRegistrationParameters]
delete_supplemental_tax_registration: Builder[DeleteSupplementalTaxRegistrationParameters]
delete_tax_registration: Builder[DeleteTaxRegistrationParameters]
get_tax_exemption_types: Builder[GetTaxExemptionTypesParameters]
get_tax_inheritance: Builder[GetTaxInheritanceParameters]
get_tax_registration: Builder[GetTaxRegistrationParameters]
get_tax_registration_document: Builder[GetTaxRegistrationDocumentParameters]
list_supplemental_tax_registrations: Builder[ListSupplementalTaxRegistrationsParameters]
list_tax_exemptions: Builder[ListTaxExemptionsParameters]
list_tax_registrations: Builder[ListTaxRegistrationsParameters]
put_supplemental_tax_registration: Builder[PutSupplementalTaxRegistrationParameters]
put_tax_exemption: Builder[PutTaxExemptionParameters]
put_tax_inheritance: Builder[PutTaxInheritanceParameters]
put_tax_registration: Builder[PutTaxRegistrationParameters]

__all__ = [
    "batch_delete_tax_registration",
    "batch_get_tax_exemptions",
    "batch_put_tax_registration",
    "delete_supplemental_tax_registration",
    "delete_tax_registration",
    "get_tax_exemption_types",
    "get_tax_inheritance",
    "get_tax_registration",
    "get_tax_registration_document",
    "list_supplemental_tax_registrations",
    "list_tax_exemptions",
    "list_tax_registrations",
    "put_supplemental_tax_registration",
    "put_tax_exemption",
    "put_tax_inheritance",
    "put_tax_registration",
]
