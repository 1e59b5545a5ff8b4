"""Typed builders of the AWS SDK integration of billing (``aws-sdk:billing:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

AssociateContractParameters = TypedDict(
    "AssociateContractParameters",
    {"ContractArn": S, "ContractArn.$": str, "ContractDocumentId": S, "ContractDocumentId.$": str},
    total=False,
)
AssociateSourceViewsParameters = TypedDict(
    "AssociateSourceViewsParameters",
    {"Arn": S, "Arn.$": str, "SourceViews": L[Si], "SourceViews.$": str},
    total=False,
)
CancelContractualInvestmentAttestationParameters = TypedDict(
    "CancelContractualInvestmentAttestationParameters",
    {
        "AttestationId": S,
        "AttestationId.$": str,
        "ContractArn": S,
        "ContractArn.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)

class DimensionValues(TypedDict, total=False):
    Key: S
    Values: L[Si]

class TagValues(TypedDict, total=False):
    Key: S
    Values: L[Si]

class CostCategoryValues(TypedDict, total=False):
    Key: S
    Values: L[Si]

class TimeRange(TypedDict, total=False):
    BeginDateInclusive: T
    EndDateInclusive: T

class Expression(TypedDict, total=False):
    Dimensions: X[DimensionValues]
    Tags: X[TagValues]
    CostCategories: X[CostCategoryValues]
    TimeRange: X[TimeRange]

class ResourceTag(TypedDict, total=False):
    Key: S
    Value: S

CreateBillingViewParameters = TypedDict(
    "CreateBillingViewParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SourceViews": L[Si],
        "SourceViews.$": str,
        "DataFilterExpression": X[Expression],
        "DataFilterExpression.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
    },
    total=False,
)

class ApproverDetails(TypedDict, total=False):
    Name: S
    Title: S
    Email: S

class Amount(TypedDict, total=False):
    CurrencyCode: S
    CurrencyAmount: S

class AttestationQuantity(TypedDict, total=False):
    AttestationVolume: S
    AttestationUnit: S

class AttestationValue(TypedDict, total=False):
    AttestationAmount: X[Amount]
    AttestationQuantities: L[Xi[AttestationQuantity]]

class InvestmentDistribution(TypedDict, total=False):
    AccountId: S
    InvestmentAmount: X[Amount]

class AttestationDetails(TypedDict, total=False):
    AttestationValue: X[AttestationValue]
    InvestmentDistributions: L[Xi[InvestmentDistribution]]

class AdditionalRecipient(TypedDict, total=False):
    Email: S

CreateContractualInvestmentAttestationParameters = TypedDict(
    "CreateContractualInvestmentAttestationParameters",
    {
        "ContractArn": S,
        "ContractArn.$": str,
        "InvestmentSummaryId": S,
        "InvestmentSummaryId.$": str,
        "InvestmentId": S,
        "InvestmentId.$": str,
        "ContractDocumentId": S,
        "ContractDocumentId.$": str,
        "ApproverDetails": X[ApproverDetails],
        "ApproverDetails.$": str,
        "InvestmentDisbursedAt": T,
        "InvestmentDisbursedAt.$": str,
        "AttestationDetails": X[AttestationDetails],
        "AttestationDetails.$": str,
        "AdditionalRecipients": L[Xi[AdditionalRecipient]],
        "AdditionalRecipients.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteBillingViewParameters = TypedDict(
    "DeleteBillingViewParameters", {"Arn": S, "Arn.$": str, "Force": B, "Force.$": str}, total=False
)
DisassociateContractParameters = TypedDict(
    "DisassociateContractParameters", {"ContractArn": S, "ContractArn.$": str}, total=False
)
DisassociateSourceViewsParameters = TypedDict(
    "DisassociateSourceViewsParameters",
    {"Arn": S, "Arn.$": str, "SourceViews": L[Si], "SourceViews.$": str},
    total=False,
)

class BillingFeatureFilter(TypedDict, total=False):
    Name: S
    Value: L[Si]

GetBillingPreferencesParameters = TypedDict(
    "GetBillingPreferencesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Features": L[Si],
        "Features.$": str,
        "Filters": L[Xi[BillingFeatureFilter]],
        "Filters.$": str,
    },
    total=False,
)
GetBillingViewParameters = TypedDict(
    "GetBillingViewParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetContractInformationParameters = TypedDict(
    "GetContractInformationParameters", {"ContractArn": S, "ContractArn.$": str}, total=False
)
GetCreditAllocationHistoryParameters = TypedDict(
    "GetCreditAllocationHistoryParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "CreditId": I,
        "CreditId.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetCreditsParameters = TypedDict(
    "GetCreditsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "PayerAccountFlag": B,
        "PayerAccountFlag.$": str,
    },
    total=False,
)
GetEnterpriseSupportChargeSummaryParameters = TypedDict(
    "GetEnterpriseSupportChargeSummaryParameters",
    {"BillingMonth": S, "BillingMonth.$": str},
    total=False,
)
GetEnterpriseSupportContractDetailsParameters = TypedDict(
    "GetEnterpriseSupportContractDetailsParameters",
    {"BillingMonth": S, "BillingMonth.$": str},
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class BillingViewSegmentTimeRange(TypedDict, total=False):
    BeginDateInclusive: T
    EndDateExclusive: T

ListBillingViewSegmentsParameters = TypedDict(
    "ListBillingViewSegmentsParameters",
    {
        "TimeRange": X[BillingViewSegmentTimeRange],
        "TimeRange.$": str,
        "Arn": S,
        "Arn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ActiveTimeRange(TypedDict, total=False):
    ActiveAfterInclusive: T
    ActiveBeforeInclusive: T

class StringSearch(TypedDict, total=False):
    SearchOption: S
    SearchValue: S

ListBillingViewsParameters = TypedDict(
    "ListBillingViewsParameters",
    {
        "ActiveTimeRange": X[ActiveTimeRange],
        "ActiveTimeRange.$": str,
        "Arns": L[Si],
        "Arns.$": str,
        "BillingViewTypes": L[Si],
        "BillingViewTypes.$": str,
        "Names": L[Xi[StringSearch]],
        "Names.$": str,
        "OwnerAccountId": S,
        "OwnerAccountId.$": str,
        "SourceAccountId": S,
        "SourceAccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBusinessSupportAccountChargesParameters = TypedDict(
    "ListBusinessSupportAccountChargesParameters",
    {
        "BillingMonth": S,
        "BillingMonth.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBusinessSupportSubscriptionHistoryParameters = TypedDict(
    "ListBusinessSupportSubscriptionHistoryParameters",
    {
        "BillingMonth": S,
        "BillingMonth.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListContractsParameters = TypedDict(
    "ListContractsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListContractualInvestmentAttestationsParameters = TypedDict(
    "ListContractualInvestmentAttestationsParameters",
    {
        "ContractArn": S,
        "ContractArn.$": str,
        "InvestmentSummaryId": S,
        "InvestmentSummaryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListContractualInvestmentSummariesParameters = TypedDict(
    "ListContractualInvestmentSummariesParameters",
    {
        "ContractArn": S,
        "ContractArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListContractualInvestmentsParameters = TypedDict(
    "ListContractualInvestmentsParameters",
    {
        "ContractArn": S,
        "ContractArn.$": str,
        "InvestmentSummaryId": S,
        "InvestmentSummaryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEnterpriseSupportLinkedAccountChargesParameters = TypedDict(
    "ListEnterpriseSupportLinkedAccountChargesParameters",
    {
        "BillingMonth": S,
        "BillingMonth.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSourceViewsForBillingViewParameters = TypedDict(
    "ListSourceViewsForBillingViewParameters",
    {
        "Arn": S,
        "Arn.$": str,
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
RedeemCreditsParameters = TypedDict(
    "RedeemCreditsParameters", {"PromoCode": S, "PromoCode.$": str}, total=False
)

class SplitPortion(TypedDict, total=False):
    Amount: S
    Description: S

SplitCreditParameters = TypedDict(
    "SplitCreditParameters",
    {
        "CreditId": S,
        "CreditId.$": str,
        "Portions": L[Xi[SplitPortion]],
        "Portions.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
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
TransferCreditParameters = TypedDict(
    "TransferCreditParameters",
    {
        "CreditId": S,
        "CreditId.$": str,
        "DestinationAccountId": S,
        "DestinationAccountId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "ResourceTagKeys": L[Si], "ResourceTagKeys.$": str},
    total=False,
)

class BillingPreferenceForKey(TypedDict, total=False):
    Key: S
    Value: S

UpdateBillingPreferencesParameters = TypedDict(
    "UpdateBillingPreferencesParameters",
    {
        "Feature": S,
        "Feature.$": str,
        "BillingPreferencesPerKey": L[Xi[BillingPreferenceForKey]],
        "BillingPreferencesPerKey.$": str,
    },
    total=False,
)
UpdateBillingViewParameters = TypedDict(
    "UpdateBillingViewParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DataFilterExpression": X[Expression],
        "DataFilterExpression.$": str,
    },
    total=False,
)
associate_contract: Builder[AssociateContractParameters]
associate_source_views: Builder[AssociateSourceViewsParameters]
cancel_contractual_investment_attestation: Builder[CancelContractualInvestmentAttestationParameters]
create_billing_view: Builder[CreateBillingViewParameters]
create_contractual_investment_attestation: Builder[CreateContractualInvestmentAttestationParameters]
delete_billing_view: Builder[DeleteBillingViewParameters]
disassociate_contract: Builder[DisassociateContractParameters]
disassociate_source_views: Builder[DisassociateSourceViewsParameters]
get_billing_preferences: Builder[GetBillingPreferencesParameters]
get_billing_view: Builder[GetBillingViewParameters]
get_contract_information: Builder[GetContractInformationParameters]
get_credit_allocation_history: Builder[GetCreditAllocationHistoryParameters]
get_credits: Builder[GetCreditsParameters]
get_enterprise_support_charge_summary: Builder[GetEnterpriseSupportChargeSummaryParameters]
get_enterprise_support_contract_details: Builder[GetEnterpriseSupportContractDetailsParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
list_billing_view_segments: Builder[ListBillingViewSegmentsParameters]
list_billing_views: Builder[ListBillingViewsParameters]
list_business_support_account_charges: Builder[ListBusinessSupportAccountChargesParameters]
list_business_support_subscription_history: Builder[
    ListBusinessSupportSubscriptionHistoryParameters
]
list_contracts: Builder[ListContractsParameters]
list_contractual_investment_attestations: Builder[ListContractualInvestmentAttestationsParameters]
list_contractual_investment_summaries: Builder[ListContractualInvestmentSummariesParameters]
list_contractual_investments: Builder[ListContractualInvestmentsParameters]
list_enterprise_support_linked_account_charges: Builder[
    ListEnterpriseSupportLinkedAccountChargesParameters
]
list_source_views_for_billing_view: Builder[ListSourceViewsForBillingViewParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
redeem_credits: Builder[RedeemCreditsParameters]
split_credit: Builder[SplitCreditParameters]
tag_resource: Builder[TagResourceParameters]
transfer_credit: Builder[TransferCreditParameters]
untag_resource: Builder[UntagResourceParameters]
update_billing_preferences: Builder[UpdateBillingPreferencesParameters]
update_billing_view: Builder[UpdateBillingViewParameters]

__all__ = [
    "associate_contract",
    "associate_source_views",
    "cancel_contractual_investment_attestation",
    "create_billing_view",
    "create_contractual_investment_attestation",
    "delete_billing_view",
    "disassociate_contract",
    "disassociate_source_views",
    "get_billing_preferences",
    "get_billing_view",
    "get_contract_information",
    "get_credit_allocation_history",
    "get_credits",
    "get_enterprise_support_charge_summary",
    "get_enterprise_support_contract_details",
    "get_resource_policy",
    "list_billing_view_segments",
    "list_billing_views",
    "list_business_support_account_charges",
    "list_business_support_subscription_history",
    "list_contracts",
    "list_contractual_investment_attestations",
    "list_contractual_investment_summaries",
    "list_contractual_investments",
    "list_enterprise_support_linked_account_charges",
    "list_source_views_for_billing_view",
    "list_tags_for_resource",
    "redeem_credits",
    "split_credit",
    "tag_resource",
    "transfer_credit",
    "untag_resource",
    "update_billing_preferences",
    "update_billing_view",
]
