"""Typed builders of the AWS SDK integration of billingconductor (``aws-sdk:billingconductor:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

AssociateAccountsParameters = TypedDict(
    "AssociateAccountsParameters",
    {"Arn": S, "Arn.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)
AssociatePricingRulesParameters = TypedDict(
    "AssociatePricingRulesParameters",
    {"Arn": S, "Arn.$": str, "PricingRuleArns": L[Si], "PricingRuleArns.$": str},
    total=False,
)

class CustomLineItemBillingPeriodRange(TypedDict, total=False):
    InclusiveStartBillingPeriod: S
    ExclusiveEndBillingPeriod: S

BatchAssociateResourcesToCustomLineItemParameters = TypedDict(
    "BatchAssociateResourcesToCustomLineItemParameters",
    {
        "TargetArn": S,
        "TargetArn.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "BillingPeriodRange": X[CustomLineItemBillingPeriodRange],
        "BillingPeriodRange.$": str,
    },
    total=False,
)
BatchDisassociateResourcesFromCustomLineItemParameters = TypedDict(
    "BatchDisassociateResourcesFromCustomLineItemParameters",
    {
        "TargetArn": S,
        "TargetArn.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "BillingPeriodRange": X[CustomLineItemBillingPeriodRange],
        "BillingPeriodRange.$": str,
    },
    total=False,
)

class AccountGrouping(TypedDict, total=False):
    LinkedAccountIds: L[Si]
    AutoAssociate: B
    ResponsibilityTransferArn: S

class ComputationPreference(TypedDict, total=False):
    PricingPlanArn: S

CreateBillingGroupParameters = TypedDict(
    "CreateBillingGroupParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "AccountGrouping": X[AccountGrouping],
        "AccountGrouping.$": str,
        "ComputationPreference": X[ComputationPreference],
        "ComputationPreference.$": str,
        "PrimaryAccountId": S,
        "PrimaryAccountId.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CustomLineItemFlatChargeDetails(TypedDict, total=False):
    ChargeValue: F

class CustomLineItemPercentageChargeDetails(TypedDict, total=False):
    PercentageValue: F
    AssociatedValues: L[Si]

class LineItemFilter(TypedDict, total=False):
    Attribute: S
    MatchOption: S
    Values: L[Si]
    AttributeValues: L[Si]

class CustomLineItemChargeDetails(TypedDict, total=False):
    Flat: X[CustomLineItemFlatChargeDetails]
    Percentage: X[CustomLineItemPercentageChargeDetails]
    Type: S
    LineItemFilters: L[Xi[LineItemFilter]]

class PresentationObject(TypedDict, total=False):
    Service: S

CreateCustomLineItemParameters = TypedDict(
    "CreateCustomLineItemParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "BillingGroupArn": S,
        "BillingGroupArn.$": str,
        "BillingPeriodRange": X[CustomLineItemBillingPeriodRange],
        "BillingPeriodRange.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ChargeDetails": X[CustomLineItemChargeDetails],
        "ChargeDetails.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "ComputationRule": S,
        "ComputationRule.$": str,
        "PresentationDetails": X[PresentationObject],
        "PresentationDetails.$": str,
    },
    total=False,
)
CreatePricingPlanParameters = TypedDict(
    "CreatePricingPlanParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "PricingRuleArns": L[Si],
        "PricingRuleArns.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CreateFreeTierConfig(TypedDict, total=False):
    Activated: B

class CustomTier(TypedDict, total=False):
    BeginRangeInclusive: F
    EndRangeExclusive: F
    RateValue: F

class CreateTieringInput(TypedDict, total=False):
    FreeTier: X[CreateFreeTierConfig]
    CustomTiers: L[Xi[CustomTier]]

CreatePricingRuleParameters = TypedDict(
    "CreatePricingRuleParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Scope": S,
        "Scope.$": str,
        "Type": S,
        "Type.$": str,
        "ModifierPercentage": F,
        "ModifierPercentage.$": str,
        "Service": S,
        "Service.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "BillingEntity": S,
        "BillingEntity.$": str,
        "Tiering": X[CreateTieringInput],
        "Tiering.$": str,
        "UsageType": S,
        "UsageType.$": str,
        "Operation": S,
        "Operation.$": str,
    },
    total=False,
)
DeleteBillingGroupParameters = TypedDict(
    "DeleteBillingGroupParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteCustomLineItemParameters = TypedDict(
    "DeleteCustomLineItemParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "BillingPeriodRange": X[CustomLineItemBillingPeriodRange],
        "BillingPeriodRange.$": str,
    },
    total=False,
)
DeletePricingPlanParameters = TypedDict(
    "DeletePricingPlanParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeletePricingRuleParameters = TypedDict(
    "DeletePricingRuleParameters", {"Arn": S, "Arn.$": str}, total=False
)
DisassociateAccountsParameters = TypedDict(
    "DisassociateAccountsParameters",
    {"Arn": S, "Arn.$": str, "AccountIds": L[Si], "AccountIds.$": str},
    total=False,
)
DisassociatePricingRulesParameters = TypedDict(
    "DisassociatePricingRulesParameters",
    {"Arn": S, "Arn.$": str, "PricingRuleArns": L[Si], "PricingRuleArns.$": str},
    total=False,
)

class BillingPeriodRange(TypedDict, total=False):
    InclusiveStartBillingPeriod: S
    ExclusiveEndBillingPeriod: S

GetBillingGroupCostReportParameters = TypedDict(
    "GetBillingGroupCostReportParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "BillingPeriodRange": X[BillingPeriodRange],
        "BillingPeriodRange.$": str,
        "GroupBy": L[Si],
        "GroupBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetBillingTransferPreferenceParameters = TypedDict(
    "GetBillingTransferPreferenceParameters",
    {"ResponsibilityTransferArn": S, "ResponsibilityTransferArn.$": str},
    total=False,
)

class ListAccountAssociationsFilter(TypedDict, total=False):
    Association: S
    AccountId: S
    AccountIds: L[Si]

ListAccountAssociationsParameters = TypedDict(
    "ListAccountAssociationsParameters",
    {
        "BillingPeriod": S,
        "BillingPeriod.$": str,
        "Filters": X[ListAccountAssociationsFilter],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListBillingGroupCostReportsFilter(TypedDict, total=False):
    BillingGroupArns: L[Si]

ListBillingGroupCostReportsParameters = TypedDict(
    "ListBillingGroupCostReportsParameters",
    {
        "BillingPeriod": S,
        "BillingPeriod.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": X[ListBillingGroupCostReportsFilter],
        "Filters.$": str,
    },
    total=False,
)

class StringSearch(TypedDict, total=False):
    SearchOption: S
    SearchValue: S

class ListBillingGroupsFilter(TypedDict, total=False):
    Arns: L[Si]
    PricingPlan: S
    Statuses: L[Si]
    AutoAssociate: B
    PrimaryAccountIds: L[Si]
    BillingGroupTypes: L[Si]
    Names: L[Xi[StringSearch]]
    ResponsibilityTransferArns: L[Si]

ListBillingGroupsParameters = TypedDict(
    "ListBillingGroupsParameters",
    {
        "BillingPeriod": S,
        "BillingPeriod.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": X[ListBillingGroupsFilter],
        "Filters.$": str,
    },
    total=False,
)

class ListCustomLineItemVersionsBillingPeriodRangeFilter(TypedDict, total=False):
    StartBillingPeriod: S
    EndBillingPeriod: S

class ListCustomLineItemVersionsFilter(TypedDict, total=False):
    BillingPeriodRange: X[ListCustomLineItemVersionsBillingPeriodRangeFilter]

ListCustomLineItemVersionsParameters = TypedDict(
    "ListCustomLineItemVersionsParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": X[ListCustomLineItemVersionsFilter],
        "Filters.$": str,
    },
    total=False,
)

class ListCustomLineItemsFilter(TypedDict, total=False):
    Names: L[Si]
    BillingGroups: L[Si]
    Arns: L[Si]
    AccountIds: L[Si]

ListCustomLineItemsParameters = TypedDict(
    "ListCustomLineItemsParameters",
    {
        "BillingPeriod": S,
        "BillingPeriod.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": X[ListCustomLineItemsFilter],
        "Filters.$": str,
    },
    total=False,
)

class ListPricingPlansFilter(TypedDict, total=False):
    Arns: L[Si]

ListPricingPlansParameters = TypedDict(
    "ListPricingPlansParameters",
    {
        "BillingPeriod": S,
        "BillingPeriod.$": str,
        "Filters": X[ListPricingPlansFilter],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPricingPlansAssociatedWithPricingRuleParameters = TypedDict(
    "ListPricingPlansAssociatedWithPricingRuleParameters",
    {
        "BillingPeriod": S,
        "BillingPeriod.$": str,
        "PricingRuleArn": S,
        "PricingRuleArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListPricingRulesFilter(TypedDict, total=False):
    Arns: L[Si]

ListPricingRulesParameters = TypedDict(
    "ListPricingRulesParameters",
    {
        "BillingPeriod": S,
        "BillingPeriod.$": str,
        "Filters": X[ListPricingRulesFilter],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPricingRulesAssociatedToPricingPlanParameters = TypedDict(
    "ListPricingRulesAssociatedToPricingPlanParameters",
    {
        "BillingPeriod": S,
        "BillingPeriod.$": str,
        "PricingPlanArn": S,
        "PricingPlanArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListResourcesAssociatedToCustomLineItemFilter(TypedDict, total=False):
    Relationship: S

ListResourcesAssociatedToCustomLineItemParameters = TypedDict(
    "ListResourcesAssociatedToCustomLineItemParameters",
    {
        "BillingPeriod": S,
        "BillingPeriod.$": str,
        "Arn": S,
        "Arn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": X[ListResourcesAssociatedToCustomLineItemFilter],
        "Filters.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
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

class UpdateBillingGroupAccountGrouping(TypedDict, total=False):
    AutoAssociate: B
    ResponsibilityTransferArn: S

UpdateBillingGroupParameters = TypedDict(
    "UpdateBillingGroupParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Status": S,
        "Status.$": str,
        "ComputationPreference": X[ComputationPreference],
        "ComputationPreference.$": str,
        "Description": S,
        "Description.$": str,
        "AccountGrouping": X[UpdateBillingGroupAccountGrouping],
        "AccountGrouping.$": str,
    },
    total=False,
)

class AutoTransferBillingGroupCreationPreference(TypedDict, total=False):
    Enabled: B
    PricingPlanArn: S

UpdateBillingTransferPreferenceParameters = TypedDict(
    "UpdateBillingTransferPreferenceParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ResponsibilityTransferArn": S,
        "ResponsibilityTransferArn.$": str,
        "AutoBillingTransferBillingGroupCreation": X[AutoTransferBillingGroupCreationPreference],
        "AutoBillingTransferBillingGroupCreation.$": str,
    },
    total=False,
)

class UpdateCustomLineItemFlatChargeDetails(TypedDict, total=False):
    ChargeValue: F

class UpdateCustomLineItemPercentageChargeDetails(TypedDict, total=False):
    PercentageValue: F

class UpdateCustomLineItemChargeDetails(TypedDict, total=False):
    Flat: X[UpdateCustomLineItemFlatChargeDetails]
    Percentage: X[UpdateCustomLineItemPercentageChargeDetails]
    LineItemFilters: L[Xi[LineItemFilter]]

UpdateCustomLineItemParameters = TypedDict(
    "UpdateCustomLineItemParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ChargeDetails": X[UpdateCustomLineItemChargeDetails],
        "ChargeDetails.$": str,
        "BillingPeriodRange": X[CustomLineItemBillingPeriodRange],
        "BillingPeriodRange.$": str,
    },
    total=False,
)
UpdatePricingPlanParameters = TypedDict(
    "UpdatePricingPlanParameters",
    {"Arn": S, "Arn.$": str, "Name": S, "Name.$": str, "Description": S, "Description.$": str},
    total=False,
)

class UpdateFreeTierConfig(TypedDict, total=False):
    Activated: B

class UpdateTieringInput(TypedDict, total=False):
    FreeTier: X[UpdateFreeTierConfig]
    CustomTiers: L[Xi[CustomTier]]

UpdatePricingRuleParameters = TypedDict(
    "UpdatePricingRuleParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "ModifierPercentage": F,
        "ModifierPercentage.$": str,
        "Tiering": X[UpdateTieringInput],
        "Tiering.$": str,
    },
    total=False,
)
associate_accounts: Builder[AssociateAccountsParameters]
associate_pricing_rules: Builder[AssociatePricingRulesParameters]
batch_associate_resources_to_custom_line_item: Builder[
    BatchAssociateResourcesToCustomLineItemParameters
]
batch_disassociate_resources_from_custom_line_item: Builder[
    BatchDisassociateResourcesFromCustomLineItemParameters
]
create_billing_group: Builder[CreateBillingGroupParameters]
create_custom_line_item: Builder[CreateCustomLineItemParameters]
create_pricing_plan: Builder[CreatePricingPlanParameters]
create_pricing_rule: Builder[CreatePricingRuleParameters]
delete_billing_group: Builder[DeleteBillingGroupParameters]
delete_custom_line_item: Builder[DeleteCustomLineItemParameters]
delete_pricing_plan: Builder[DeletePricingPlanParameters]
delete_pricing_rule: Builder[DeletePricingRuleParameters]
disassociate_accounts: Builder[DisassociateAccountsParameters]
disassociate_pricing_rules: Builder[DisassociatePricingRulesParameters]
get_billing_group_cost_report: Builder[GetBillingGroupCostReportParameters]
get_billing_transfer_preference: Builder[GetBillingTransferPreferenceParameters]
list_account_associations: Builder[ListAccountAssociationsParameters]
list_billing_group_cost_reports: Builder[ListBillingGroupCostReportsParameters]
list_billing_groups: Builder[ListBillingGroupsParameters]
list_custom_line_item_versions: Builder[ListCustomLineItemVersionsParameters]
list_custom_line_items: Builder[ListCustomLineItemsParameters]
list_pricing_plans: Builder[ListPricingPlansParameters]
list_pricing_plans_associated_with_pricing_rule: Builder[
    ListPricingPlansAssociatedWithPricingRuleParameters
]
list_pricing_rules: Builder[ListPricingRulesParameters]
list_pricing_rules_associated_to_pricing_plan: Builder[
    ListPricingRulesAssociatedToPricingPlanParameters
]
list_resources_associated_to_custom_line_item: Builder[
    ListResourcesAssociatedToCustomLineItemParameters
]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_billing_group: Builder[UpdateBillingGroupParameters]
update_billing_transfer_preference: Builder[UpdateBillingTransferPreferenceParameters]
update_custom_line_item: Builder[UpdateCustomLineItemParameters]
update_pricing_plan: Builder[UpdatePricingPlanParameters]
update_pricing_rule: Builder[UpdatePricingRuleParameters]

__all__ = [
    "associate_accounts",
    "associate_pricing_rules",
    "batch_associate_resources_to_custom_line_item",
    "batch_disassociate_resources_from_custom_line_item",
    "create_billing_group",
    "create_custom_line_item",
    "create_pricing_plan",
    "create_pricing_rule",
    "delete_billing_group",
    "delete_custom_line_item",
    "delete_pricing_plan",
    "delete_pricing_rule",
    "disassociate_accounts",
    "disassociate_pricing_rules",
    "get_billing_group_cost_report",
    "get_billing_transfer_preference",
    "list_account_associations",
    "list_billing_group_cost_reports",
    "list_billing_groups",
    "list_custom_line_item_versions",
    "list_custom_line_items",
    "list_pricing_plans",
    "list_pricing_plans_associated_with_pricing_rule",
    "list_pricing_rules",
    "list_pricing_rules_associated_to_pricing_plan",
    "list_resources_associated_to_custom_line_item",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_billing_group",
    "update_billing_transfer_preference",
    "update_custom_line_item",
    "update_pricing_plan",
    "update_pricing_rule",
]
