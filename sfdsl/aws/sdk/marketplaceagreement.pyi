"""Typed builders of the AWS SDK integration of marketplaceagreement (``aws-sdk:marketplaceagreement:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class AgreementApprovalPurchaseOrder(TypedDict, total=False):
    ChargeId: S
    PurchaseOrderReference: S

class BuyerAgreementApprovalApproverInput(TypedDict, total=False):
    AgreementApprovalId: S
    PurchaseOrders: L[Xi[AgreementApprovalPurchaseOrder]]
    Note: S
    ApproverOutcomeIdToOverride: S

AcceptAgreementApprovalParameters = TypedDict(
    "AcceptAgreementApprovalParameters",
    {
        "BuyerAgreementApprovalApproverInput": X[BuyerAgreementApprovalApproverInput],
        "BuyerAgreementApprovalApproverInput.$": str,
    },
    total=False,
)
AcceptAgreementCancellationRequestParameters = TypedDict(
    "AcceptAgreementCancellationRequestParameters",
    {
        "AgreementId": S,
        "AgreementId.$": str,
        "AgreementCancellationRequestId": S,
        "AgreementCancellationRequestId.$": str,
    },
    total=False,
)
AcceptAgreementPaymentRequestParameters = TypedDict(
    "AcceptAgreementPaymentRequestParameters",
    {
        "PaymentRequestId": S,
        "PaymentRequestId.$": str,
        "AgreementId": S,
        "AgreementId.$": str,
        "PurchaseOrderReference": S,
        "PurchaseOrderReference.$": str,
    },
    total=False,
)

class PurchaseOrder(TypedDict, total=False):
    ChargeId: S
    ChargeRevision: I
    AgreementId: S
    PurchaseOrderReference: S

AcceptAgreementRequestParameters = TypedDict(
    "AcceptAgreementRequestParameters",
    {
        "AgreementRequestId": S,
        "AgreementRequestId.$": str,
        "PurchaseOrders": L[Xi[PurchaseOrder]],
        "PurchaseOrders.$": str,
    },
    total=False,
)

class BatchCreateBillingAdjustmentRequestEntry(TypedDict, total=False):
    AgreementId: S
    OriginalInvoiceId: S
    AdjustmentAmount: S
    CurrencyCode: S
    AdjustmentReasonCode: S
    Description: S
    ClientToken: S

BatchCreateBillingAdjustmentRequestParameters = TypedDict(
    "BatchCreateBillingAdjustmentRequestParameters",
    {
        "BillingAdjustmentRequestEntries": L[Xi[BatchCreateBillingAdjustmentRequestEntry]],
        "BillingAdjustmentRequestEntries.$": str,
    },
    total=False,
)
CancelAgreementParameters = TypedDict(
    "CancelAgreementParameters", {"AgreementId": S, "AgreementId.$": str}, total=False
)
CancelAgreementCancellationRequestParameters = TypedDict(
    "CancelAgreementCancellationRequestParameters",
    {
        "AgreementId": S,
        "AgreementId.$": str,
        "AgreementCancellationRequestId": S,
        "AgreementCancellationRequestId.$": str,
        "CancellationReason": S,
        "CancellationReason.$": str,
    },
    total=False,
)
CancelAgreementPaymentRequestParameters = TypedDict(
    "CancelAgreementPaymentRequestParameters",
    {"PaymentRequestId": S, "PaymentRequestId.$": str, "AgreementId": S, "AgreementId.$": str},
    total=False,
)
CancelAgreementRequestParameters = TypedDict(
    "CancelAgreementRequestParameters",
    {"AgreementRequestId": S, "AgreementRequestId.$": str},
    total=False,
)

class Dimension(TypedDict, total=False):
    DimensionKey: S
    DimensionValue: I

class ConfigurableUpfrontPricingTermConfiguration(TypedDict, total=False):
    SelectorValue: S
    Dimensions: L[Xi[Dimension]]

class RenewalTermConfiguration(TypedDict, total=False):
    EnableAutoRenew: B

class VariablePaymentTermConfiguration(TypedDict, total=False):
    PaymentRequestApprovalStrategy: S
    ExpirationDuration: S

class RequestedTermConfiguration(TypedDict, total=False):
    ConfigurableUpfrontPricingTermConfiguration: X[ConfigurableUpfrontPricingTermConfiguration]
    RenewalTermConfiguration: X[RenewalTermConfiguration]
    VariablePaymentTermConfiguration: X[VariablePaymentTermConfiguration]

class RequestedTerm(TypedDict, total=False):
    Id: S
    Configuration: X[RequestedTermConfiguration]

class TaxConfiguration(TypedDict, total=False):
    TaxEstimation: S

class AcceptorContact(TypedDict, total=False):
    FirstName: S
    LastName: S
    EmailAddress: S
    CompanyName: S
    CountryCode: S

CreateAgreementRequestParameters = TypedDict(
    "CreateAgreementRequestParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Intent": S,
        "Intent.$": str,
        "RequestedTerms": L[Xi[RequestedTerm]],
        "RequestedTerms.$": str,
        "SourceAgreementIdentifier": S,
        "SourceAgreementIdentifier.$": str,
        "AgreementProposalIdentifier": S,
        "AgreementProposalIdentifier.$": str,
        "TaxConfiguration": X[TaxConfiguration],
        "TaxConfiguration.$": str,
        "AcceptorContact": X[AcceptorContact],
        "AcceptorContact.$": str,
    },
    total=False,
)
DescribeAgreementParameters = TypedDict(
    "DescribeAgreementParameters", {"AgreementId": S, "AgreementId.$": str}, total=False
)
GetAgreementApprovalParameters = TypedDict(
    "GetAgreementApprovalParameters",
    {"AgreementApprovalId": S, "AgreementApprovalId.$": str},
    total=False,
)
GetAgreementCancellationRequestParameters = TypedDict(
    "GetAgreementCancellationRequestParameters",
    {
        "AgreementCancellationRequestId": S,
        "AgreementCancellationRequestId.$": str,
        "AgreementId": S,
        "AgreementId.$": str,
    },
    total=False,
)
GetAgreementContactsParameters = TypedDict(
    "GetAgreementContactsParameters", {"AgreementId": S, "AgreementId.$": str}, total=False
)
GetAgreementEntitlementsParameters = TypedDict(
    "GetAgreementEntitlementsParameters",
    {
        "AgreementId": S,
        "AgreementId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetAgreementPaymentRequestParameters = TypedDict(
    "GetAgreementPaymentRequestParameters",
    {"PaymentRequestId": S, "PaymentRequestId.$": str, "AgreementId": S, "AgreementId.$": str},
    total=False,
)
GetAgreementRequestParameters = TypedDict(
    "GetAgreementRequestParameters",
    {"AgreementRequestId": S, "AgreementRequestId.$": str},
    total=False,
)
GetAgreementRequestApprovalPlansParameters = TypedDict(
    "GetAgreementRequestApprovalPlansParameters",
    {
        "AgreementRequestId": S,
        "AgreementRequestId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetAgreementRequestTermsParameters = TypedDict(
    "GetAgreementRequestTermsParameters",
    {
        "AgreementRequestId": S,
        "AgreementRequestId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetAgreementTermsParameters = TypedDict(
    "GetAgreementTermsParameters",
    {
        "AgreementId": S,
        "AgreementId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetBillingAdjustmentRequestParameters = TypedDict(
    "GetBillingAdjustmentRequestParameters",
    {
        "AgreementId": S,
        "AgreementId.$": str,
        "BillingAdjustmentRequestId": S,
        "BillingAdjustmentRequestId.$": str,
    },
    total=False,
)
ListAgreementApprovalsParameters = TypedDict(
    "ListAgreementApprovalsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "PartyType": S,
        "PartyType.$": str,
        "AgreementRequestId": S,
        "AgreementRequestId.$": str,
        "ApprovalType": S,
        "ApprovalType.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgreementCancellationRequestsParameters = TypedDict(
    "ListAgreementCancellationRequestsParameters",
    {
        "PartyType": S,
        "PartyType.$": str,
        "AgreementId": S,
        "AgreementId.$": str,
        "Status": S,
        "Status.$": str,
        "AgreementType": S,
        "AgreementType.$": str,
        "Catalog": S,
        "Catalog.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgreementChargesParameters = TypedDict(
    "ListAgreementChargesParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "AgreementId": S,
        "AgreementId.$": str,
        "AgreementType": S,
        "AgreementType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class InvoiceBillingPeriod(TypedDict, total=False):
    Month: I
    Year: I

ListAgreementInvoiceLineItemsParameters = TypedDict(
    "ListAgreementInvoiceLineItemsParameters",
    {
        "AgreementId": S,
        "AgreementId.$": str,
        "GroupBy": S,
        "GroupBy.$": str,
        "InvoiceId": S,
        "InvoiceId.$": str,
        "InvoiceType": S,
        "InvoiceType.$": str,
        "InvoiceBillingPeriod": X[InvoiceBillingPeriod],
        "InvoiceBillingPeriod.$": str,
        "BeforeIssuedTime": T,
        "BeforeIssuedTime.$": str,
        "AfterIssuedTime": T,
        "AfterIssuedTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgreementPaymentRequestsParameters = TypedDict(
    "ListAgreementPaymentRequestsParameters",
    {
        "PartyType": S,
        "PartyType.$": str,
        "AgreementType": S,
        "AgreementType.$": str,
        "Catalog": S,
        "Catalog.$": str,
        "AgreementId": S,
        "AgreementId.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgreementRequestsParameters = TypedDict(
    "ListAgreementRequestsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Status": S,
        "Status.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBillingAdjustmentRequestsParameters = TypedDict(
    "ListBillingAdjustmentRequestsParameters",
    {
        "AgreementId": S,
        "AgreementId.$": str,
        "Status": S,
        "Status.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Catalog": S,
        "Catalog.$": str,
        "AgreementType": S,
        "AgreementType.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class BuyerAgreementApprovalRejectionInput(TypedDict, total=False):
    AgreementApprovalId: S
    Note: S
    ApproverOutcomeIdToOverride: S

RejectAgreementApprovalParameters = TypedDict(
    "RejectAgreementApprovalParameters",
    {
        "BuyerAgreementApprovalRejectionInput": X[BuyerAgreementApprovalRejectionInput],
        "BuyerAgreementApprovalRejectionInput.$": str,
    },
    total=False,
)
RejectAgreementCancellationRequestParameters = TypedDict(
    "RejectAgreementCancellationRequestParameters",
    {
        "AgreementId": S,
        "AgreementId.$": str,
        "AgreementCancellationRequestId": S,
        "AgreementCancellationRequestId.$": str,
        "RejectionReason": S,
        "RejectionReason.$": str,
    },
    total=False,
)
RejectAgreementPaymentRequestParameters = TypedDict(
    "RejectAgreementPaymentRequestParameters",
    {
        "PaymentRequestId": S,
        "PaymentRequestId.$": str,
        "AgreementId": S,
        "AgreementId.$": str,
        "RejectionReason": S,
        "RejectionReason.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

class Sort(TypedDict, total=False):
    SortBy: S
    SortOrder: S

SearchAgreementsParameters = TypedDict(
    "SearchAgreementsParameters",
    {
        "Catalog": S,
        "Catalog.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "Sort": X[Sort],
        "Sort.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
SendAgreementCancellationRequestParameters = TypedDict(
    "SendAgreementCancellationRequestParameters",
    {
        "AgreementId": S,
        "AgreementId.$": str,
        "ReasonCode": S,
        "ReasonCode.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
SendAgreementPaymentRequestParameters = TypedDict(
    "SendAgreementPaymentRequestParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AgreementId": S,
        "AgreementId.$": str,
        "TermId": S,
        "TermId.$": str,
        "Name": S,
        "Name.$": str,
        "ChargeAmount": S,
        "ChargeAmount.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class BuyerAgreementApprovalPlanInput(TypedDict, total=False):
    PlanReference: S
    RequesterNote: S

class AgreementApprovalPlanInput(TypedDict, total=False):
    BuyerAgreementApprovalPlanInput: X[BuyerAgreementApprovalPlanInput]

StartAgreementApprovalsParameters = TypedDict(
    "StartAgreementApprovalsParameters",
    {
        "AgreementRequestId": S,
        "AgreementRequestId.$": str,
        "PlanInputs": L[Xi[AgreementApprovalPlanInput]],
        "PlanInputs.$": str,
        "PurchaseOrders": L[Xi[AgreementApprovalPurchaseOrder]],
        "PurchaseOrders.$": str,
    },
    total=False,
)
UpdatePurchaseOrdersParameters = TypedDict(
    "UpdatePurchaseOrdersParameters",
    {"PurchaseOrders": L[Xi[PurchaseOrder]], "PurchaseOrders.$": str},
    total=False,
)
accept_agreement_approval: Builder[AcceptAgreementApprovalParameters]
accept_agreement_cancellation_request: Builder[AcceptAgreementCancellationRequestParameters]
accept_agreement_payment_request: Builder[AcceptAgreementPaymentRequestParameters]
accept_agreement_request: Builder[AcceptAgreementRequestParameters]
batch_create_billing_adjustment_request: Builder[BatchCreateBillingAdjustmentRequestParameters]
cancel_agreement: Builder[CancelAgreementParameters]
cancel_agreement_cancellation_request: Builder[CancelAgreementCancellationRequestParameters]
cancel_agreement_payment_request: Builder[CancelAgreementPaymentRequestParameters]
cancel_agreement_request: Builder[CancelAgreementRequestParameters]
create_agreement_request: Builder[CreateAgreementRequestParameters]
describe_agreement: Builder[DescribeAgreementParameters]
get_agreement_approval: Builder[GetAgreementApprovalParameters]
get_agreement_cancellation_request: Builder[GetAgreementCancellationRequestParameters]
get_agreement_contacts: Builder[GetAgreementContactsParameters]
get_agreement_entitlements: Builder[GetAgreementEntitlementsParameters]
get_agreement_payment_request: Builder[GetAgreementPaymentRequestParameters]
get_agreement_request: Builder[GetAgreementRequestParameters]
get_agreement_request_approval_plans: Builder[GetAgreementRequestApprovalPlansParameters]
get_agreement_request_terms: Builder[GetAgreementRequestTermsParameters]
get_agreement_terms: Builder[GetAgreementTermsParameters]
get_billing_adjustment_request: Builder[GetBillingAdjustmentRequestParameters]
list_agreement_approvals: Builder[ListAgreementApprovalsParameters]
list_agreement_cancellation_requests: Builder[ListAgreementCancellationRequestsParameters]
list_agreement_charges: Builder[ListAgreementChargesParameters]
list_agreement_invoice_line_items: Builder[ListAgreementInvoiceLineItemsParameters]
list_agreement_payment_requests: Builder[ListAgreementPaymentRequestsParameters]
list_agreement_requests: Builder[ListAgreementRequestsParameters]
list_billing_adjustment_requests: Builder[ListBillingAdjustmentRequestsParameters]
reject_agreement_approval: Builder[RejectAgreementApprovalParameters]
reject_agreement_cancellation_request: Builder[RejectAgreementCancellationRequestParameters]
reject_agreement_payment_request: Builder[RejectAgreementPaymentRequestParameters]
search_agreements: Builder[SearchAgreementsParameters]
send_agreement_cancellation_request: Builder[SendAgreementCancellationRequestParameters]
send_agreement_payment_request: Builder[SendAgreementPaymentRequestParameters]
start_agreement_approvals: Builder[StartAgreementApprovalsParameters]
update_purchase_orders: Builder[UpdatePurchaseOrdersParameters]

__all__ = [
    "accept_agreement_approval",
    "accept_agreement_cancellation_request",
    "accept_agreement_payment_request",
    "accept_agreement_request",
    "batch_create_billing_adjustment_request",
    "cancel_agreement",
    "cancel_agreement_cancellation_request",
    "cancel_agreement_payment_request",
    "cancel_agreement_request",
    "create_agreement_request",
    "describe_agreement",
    "get_agreement_approval",
    "get_agreement_cancellation_request",
    "get_agreement_contacts",
    "get_agreement_entitlements",
    "get_agreement_payment_request",
    "get_agreement_request",
    "get_agreement_request_approval_plans",
    "get_agreement_request_terms",
    "get_agreement_terms",
    "get_billing_adjustment_request",
    "list_agreement_approvals",
    "list_agreement_cancellation_requests",
    "list_agreement_charges",
    "list_agreement_invoice_line_items",
    "list_agreement_payment_requests",
    "list_agreement_requests",
    "list_billing_adjustment_requests",
    "reject_agreement_approval",
    "reject_agreement_cancellation_request",
    "reject_agreement_payment_request",
    "search_agreements",
    "send_agreement_cancellation_request",
    "send_agreement_payment_request",
    "start_agreement_approvals",
    "update_purchase_orders",
]
