"""Typed builders of the AWS SDK integration of invoicing (``aws-sdk:invoicing:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

BatchGetInvoiceProfileParameters = TypedDict(
    "BatchGetInvoiceProfileParameters", {"AccountIds": L[Si], "AccountIds.$": str}, total=False
)

class InvoiceUnitRule(TypedDict, total=False):
    LinkedAccounts: L[Si]
    BillSourceAccounts: L[Si]

class ResourceTag(TypedDict, total=False):
    Key: S
    Value: S

CreateInvoiceUnitParameters = TypedDict(
    "CreateInvoiceUnitParameters",
    {
        "Name": S,
        "Name.$": str,
        "InvoiceReceiver": S,
        "InvoiceReceiver.$": str,
        "Description": S,
        "Description.$": str,
        "TaxInheritanceDisabled": B,
        "TaxInheritanceDisabled.$": str,
        "Rule": X[InvoiceUnitRule],
        "Rule.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ProcurementPortalPreferenceSelector(TypedDict, total=False):
    InvoiceUnitArns: L[Si]
    SellerOfRecords: L[Si]

class TestEnvPreferenceInput(TypedDict, total=False):
    BuyerDomain: S
    BuyerIdentifier: S
    SupplierDomain: S
    SupplierIdentifier: S
    ProcurementPortalSharedSecret: S
    ProcurementPortalInstanceEndpoint: S

class PurchaseOrderDataSource(TypedDict, total=False):
    EinvoiceDeliveryDocumentType: S
    PurchaseOrderDataSourceType: S

class EinvoiceDeliveryPreference(TypedDict, total=False):
    EinvoiceDeliveryDocumentTypes: L[Si]
    EinvoiceDeliveryAttachmentTypes: L[Si]
    Protocol: S
    PurchaseOrderDataSources: L[Xi[PurchaseOrderDataSource]]
    ConnectionTestingMethod: S
    EinvoiceDeliveryActivationDate: T

class MarketplacePunchOutPreference(TypedDict, total=False):
    ApprovalRequestRedirectUrl: S

class Contact(TypedDict, total=False):
    Name: S
    Email: S

CreateProcurementPortalPreferenceParameters = TypedDict(
    "CreateProcurementPortalPreferenceParameters",
    {
        "ProcurementPortalName": S,
        "ProcurementPortalName.$": str,
        "BuyerDomain": S,
        "BuyerDomain.$": str,
        "BuyerIdentifier": S,
        "BuyerIdentifier.$": str,
        "SupplierDomain": S,
        "SupplierDomain.$": str,
        "SupplierIdentifier": S,
        "SupplierIdentifier.$": str,
        "Selector": X[ProcurementPortalPreferenceSelector],
        "Selector.$": str,
        "ProcurementPortalSharedSecret": S,
        "ProcurementPortalSharedSecret.$": str,
        "ProcurementPortalInstanceEndpoint": S,
        "ProcurementPortalInstanceEndpoint.$": str,
        "TestEnvPreference": X[TestEnvPreferenceInput],
        "TestEnvPreference.$": str,
        "EinvoiceDeliveryEnabled": B,
        "EinvoiceDeliveryEnabled.$": str,
        "EinvoiceDeliveryPreference": X[EinvoiceDeliveryPreference],
        "EinvoiceDeliveryPreference.$": str,
        "PurchaseOrderRetrievalEnabled": B,
        "PurchaseOrderRetrievalEnabled.$": str,
        "MarketplacePunchOutEnabled": B,
        "MarketplacePunchOutEnabled.$": str,
        "MarketplacePunchOutPreference": X[MarketplacePunchOutPreference],
        "MarketplacePunchOutPreference.$": str,
        "Contacts": L[Xi[Contact]],
        "Contacts.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteInvoiceUnitParameters = TypedDict(
    "DeleteInvoiceUnitParameters",
    {"InvoiceUnitArn": S, "InvoiceUnitArn.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteProcurementPortalPreferenceParameters = TypedDict(
    "DeleteProcurementPortalPreferenceParameters",
    {
        "ProcurementPortalPreferenceArn": S,
        "ProcurementPortalPreferenceArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetInvoicePDFParameters = TypedDict(
    "GetInvoicePDFParameters", {"InvoiceId": S, "InvoiceId.$": str}, total=False
)
GetInvoiceUnitParameters = TypedDict(
    "GetInvoiceUnitParameters",
    {"InvoiceUnitArn": S, "InvoiceUnitArn.$": str, "AsOf": T, "AsOf.$": str},
    total=False,
)
GetProcurementPortalPreferenceParameters = TypedDict(
    "GetProcurementPortalPreferenceParameters",
    {"ProcurementPortalPreferenceArn": S, "ProcurementPortalPreferenceArn.$": str},
    total=False,
)

class InvoiceSummariesSelector(TypedDict, total=False):
    ResourceType: S
    Value: S

class DateInterval(TypedDict, total=False):
    StartDate: T
    EndDate: T

class BillingPeriod(TypedDict, total=False):
    Month: I
    Year: I

class InvoiceSummariesFilter(TypedDict, total=False):
    TimeInterval: X[DateInterval]
    BillingPeriod: X[BillingPeriod]
    InvoicingEntity: S
    ReceiverRole: S

ListInvoiceSummariesParameters = TypedDict(
    "ListInvoiceSummariesParameters",
    {
        "Selector": X[InvoiceSummariesSelector],
        "Selector.$": str,
        "Filter": X[InvoiceSummariesFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class Filters(TypedDict, total=False):
    Names: L[Si]
    InvoiceReceivers: L[Si]
    Accounts: L[Si]
    BillSourceAccounts: L[Si]

ListInvoiceUnitsParameters = TypedDict(
    "ListInvoiceUnitsParameters",
    {
        "Filters": X[Filters],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AsOf": T,
        "AsOf.$": str,
    },
    total=False,
)
ListProcurementPortalPreferencesParameters = TypedDict(
    "ListProcurementPortalPreferencesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListProcurementPortalSuppliersParameters = TypedDict(
    "ListProcurementPortalSuppliersParameters",
    {
        "PortalIdentifier": S,
        "PortalIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListProcurementPortalsParameters = TypedDict(
    "ListProcurementPortalsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutProcurementPortalPreferenceParameters = TypedDict(
    "PutProcurementPortalPreferenceParameters",
    {
        "ProcurementPortalPreferenceArn": S,
        "ProcurementPortalPreferenceArn.$": str,
        "Selector": X[ProcurementPortalPreferenceSelector],
        "Selector.$": str,
        "ProcurementPortalSharedSecret": S,
        "ProcurementPortalSharedSecret.$": str,
        "ProcurementPortalInstanceEndpoint": S,
        "ProcurementPortalInstanceEndpoint.$": str,
        "TestEnvPreference": X[TestEnvPreferenceInput],
        "TestEnvPreference.$": str,
        "EinvoiceDeliveryEnabled": B,
        "EinvoiceDeliveryEnabled.$": str,
        "EinvoiceDeliveryPreference": X[EinvoiceDeliveryPreference],
        "EinvoiceDeliveryPreference.$": str,
        "PurchaseOrderRetrievalEnabled": B,
        "PurchaseOrderRetrievalEnabled.$": str,
        "MarketplacePunchOutEnabled": B,
        "MarketplacePunchOutEnabled.$": str,
        "MarketplacePunchOutPreference": X[MarketplacePunchOutPreference],
        "MarketplacePunchOutPreference.$": str,
        "Contacts": L[Xi[Contact]],
        "Contacts.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
SendProcurementPortalValidationParameters = TypedDict(
    "SendProcurementPortalValidationParameters",
    {
        "ProcurementPortalPreferenceArn": S,
        "ProcurementPortalPreferenceArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "ResourceTagKeys": L[Si], "ResourceTagKeys.$": str},
    total=False,
)
UpdateInvoiceUnitParameters = TypedDict(
    "UpdateInvoiceUnitParameters",
    {
        "InvoiceUnitArn": S,
        "InvoiceUnitArn.$": str,
        "Description": S,
        "Description.$": str,
        "TaxInheritanceDisabled": B,
        "TaxInheritanceDisabled.$": str,
        "Rule": X[InvoiceUnitRule],
        "Rule.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateProcurementPortalPreferenceStatusParameters = TypedDict(
    "UpdateProcurementPortalPreferenceStatusParameters",
    {
        "ProcurementPortalPreferenceArn": S,
        "ProcurementPortalPreferenceArn.$": str,
        "EinvoiceDeliveryPreferenceStatus": S,
        "EinvoiceDeliveryPreferenceStatus.$": str,
        "EinvoiceDeliveryPreferenceStatusReason": S,
        "EinvoiceDeliveryPreferenceStatusReason.$": str,
        "PurchaseOrderRetrievalPreferenceStatus": S,
        "PurchaseOrderRetrievalPreferenceStatus.$": str,
        "PurchaseOrderRetrievalPreferenceStatusReason": S,
        "PurchaseOrderRetrievalPreferenceStatusReason.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
VerifyProcurementPortalValidationParameters = TypedDict(
    "VerifyProcurementPortalValidationParameters",
    {
        "ProcurementPortalPreferenceArn": S,
        "ProcurementPortalPreferenceArn.$": str,
        "Code": S,
        "Code.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
batch_get_invoice_profile: Builder[BatchGetInvoiceProfileParameters]
create_invoice_unit: Builder[CreateInvoiceUnitParameters]
create_procurement_portal_preference: Builder[CreateProcurementPortalPreferenceParameters]
delete_invoice_unit: Builder[DeleteInvoiceUnitParameters]
delete_procurement_portal_preference: Builder[DeleteProcurementPortalPreferenceParameters]
get_invoice_pdf: Builder[GetInvoicePDFParameters]
get_invoice_unit: Builder[GetInvoiceUnitParameters]
get_procurement_portal_preference: Builder[GetProcurementPortalPreferenceParameters]
list_invoice_summaries: Builder[ListInvoiceSummariesParameters]
list_invoice_units: Builder[ListInvoiceUnitsParameters]
list_procurement_portal_preferences: Builder[ListProcurementPortalPreferencesParameters]
list_procurement_portal_suppliers: Builder[ListProcurementPortalSuppliersParameters]
list_procurement_portals: Builder[ListProcurementPortalsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_procurement_portal_preference: Builder[PutProcurementPortalPreferenceParameters]
send_procurement_portal_validation: Builder[SendProcurementPortalValidationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_invoice_unit: Builder[UpdateInvoiceUnitParameters]
update_procurement_portal_preference_status: Builder[
    UpdateProcurementPortalPreferenceStatusParameters
]
verify_procurement_portal_validation: Builder[VerifyProcurementPortalValidationParameters]

__all__ = [
    "batch_get_invoice_profile",
    "create_invoice_unit",
    "create_procurement_portal_preference",
    "delete_invoice_unit",
    "delete_procurement_portal_preference",
    "get_invoice_pdf",
    "get_invoice_unit",
    "get_procurement_portal_preference",
    "list_invoice_summaries",
    "list_invoice_units",
    "list_procurement_portal_preferences",
    "list_procurement_portal_suppliers",
    "list_procurement_portals",
    "list_tags_for_resource",
    "put_procurement_portal_preference",
    "send_procurement_portal_validation",
    "tag_resource",
    "untag_resource",
    "update_invoice_unit",
    "update_procurement_portal_preference_status",
    "verify_procurement_portal_validation",
]
