"""Typed builders of the AWS SDK integration of bcmpricingcalculator (``aws-sdk:bcmpricingcalculator:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, F, I, L, M, S, Si, T, X, Xi

class AddReservedInstanceAction(TypedDict, total=False):
    ReservedInstancesOfferingId: S
    InstanceCount: I

class AddSavingsPlanAction(TypedDict, total=False):
    SavingsPlanOfferingId: S
    Commitment: F

class NegateReservedInstanceAction(TypedDict, total=False):
    ReservedInstancesId: S

class NegateSavingsPlanAction(TypedDict, total=False):
    SavingsPlanId: S

class BillScenarioCommitmentModificationAction(TypedDict, total=False):
    AddReservedInstanceAction: X[AddReservedInstanceAction]
    AddSavingsPlanAction: X[AddSavingsPlanAction]
    NegateReservedInstanceAction: X[NegateReservedInstanceAction]
    NegateSavingsPlanAction: X[NegateSavingsPlanAction]

class BatchCreateBillScenarioCommitmentModificationEntry(TypedDict, total=False):
    Key: S
    Group: S
    UsageAccountId: S
    CommitmentAction: X[BillScenarioCommitmentModificationAction]

BatchCreateBillScenarioCommitmentModificationParameters = TypedDict(
    "BatchCreateBillScenarioCommitmentModificationParameters",
    {
        "BillScenarioId": S,
        "BillScenarioId.$": str,
        "CommitmentModifications": L[Xi[BatchCreateBillScenarioCommitmentModificationEntry]],
        "CommitmentModifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class UsageAmount(TypedDict, total=False):
    StartHour: T
    Amount: F

class BillInterval(TypedDict, total=False):
    Start: T
    End: T

class ExpressionFilter(TypedDict, total=False):
    Key: S
    MatchOptions: L[Si]
    Values: L[Si]

class Expression(TypedDict, total=False):
    And: L[Xi[Expression]]
    Or: L[Xi[Expression]]
    Not: X[Expression]
    CostCategories: X[ExpressionFilter]
    Dimensions: X[ExpressionFilter]
    Tags: X[ExpressionFilter]

class HistoricalUsageEntity(TypedDict, total=False):
    ServiceCode: S
    UsageType: S
    Operation: S
    Location: S
    UsageAccountId: S
    BillInterval: X[BillInterval]
    FilterExpression: X[Expression]

class BatchCreateBillScenarioUsageModificationEntry(TypedDict, total=False):
    ServiceCode: S
    UsageType: S
    Operation: S
    AvailabilityZone: S
    Key: S
    Group: S
    UsageAccountId: S
    Amounts: L[Xi[UsageAmount]]
    HistoricalUsage: X[HistoricalUsageEntity]

BatchCreateBillScenarioUsageModificationParameters = TypedDict(
    "BatchCreateBillScenarioUsageModificationParameters",
    {
        "BillScenarioId": S,
        "BillScenarioId.$": str,
        "UsageModifications": L[Xi[BatchCreateBillScenarioUsageModificationEntry]],
        "UsageModifications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class BatchCreateWorkloadEstimateUsageEntry(TypedDict, total=False):
    ServiceCode: S
    UsageType: S
    Operation: S
    Key: S
    Group: S
    UsageAccountId: S
    Amount: F
    HistoricalUsage: X[HistoricalUsageEntity]

BatchCreateWorkloadEstimateUsageParameters = TypedDict(
    "BatchCreateWorkloadEstimateUsageParameters",
    {
        "WorkloadEstimateId": S,
        "WorkloadEstimateId.$": str,
        "Usage": L[Xi[BatchCreateWorkloadEstimateUsageEntry]],
        "Usage.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
BatchDeleteBillScenarioCommitmentModificationParameters = TypedDict(
    "BatchDeleteBillScenarioCommitmentModificationParameters",
    {"BillScenarioId": S, "BillScenarioId.$": str, "Ids": L[Si], "Ids.$": str},
    total=False,
)
BatchDeleteBillScenarioUsageModificationParameters = TypedDict(
    "BatchDeleteBillScenarioUsageModificationParameters",
    {"BillScenarioId": S, "BillScenarioId.$": str, "Ids": L[Si], "Ids.$": str},
    total=False,
)
BatchDeleteWorkloadEstimateUsageParameters = TypedDict(
    "BatchDeleteWorkloadEstimateUsageParameters",
    {"WorkloadEstimateId": S, "WorkloadEstimateId.$": str, "Ids": L[Si], "Ids.$": str},
    total=False,
)

class BatchUpdateBillScenarioCommitmentModificationEntry(TypedDict, total=False):
    Id: S
    Group: S

BatchUpdateBillScenarioCommitmentModificationParameters = TypedDict(
    "BatchUpdateBillScenarioCommitmentModificationParameters",
    {
        "BillScenarioId": S,
        "BillScenarioId.$": str,
        "CommitmentModifications": L[Xi[BatchUpdateBillScenarioCommitmentModificationEntry]],
        "CommitmentModifications.$": str,
    },
    total=False,
)

class BatchUpdateBillScenarioUsageModificationEntry(TypedDict, total=False):
    Id: S
    Group: S
    Amounts: L[Xi[UsageAmount]]

BatchUpdateBillScenarioUsageModificationParameters = TypedDict(
    "BatchUpdateBillScenarioUsageModificationParameters",
    {
        "BillScenarioId": S,
        "BillScenarioId.$": str,
        "UsageModifications": L[Xi[BatchUpdateBillScenarioUsageModificationEntry]],
        "UsageModifications.$": str,
    },
    total=False,
)

class BatchUpdateWorkloadEstimateUsageEntry(TypedDict, total=False):
    Id: S
    Group: S
    Amount: F

BatchUpdateWorkloadEstimateUsageParameters = TypedDict(
    "BatchUpdateWorkloadEstimateUsageParameters",
    {
        "WorkloadEstimateId": S,
        "WorkloadEstimateId.$": str,
        "Usage": L[Xi[BatchUpdateWorkloadEstimateUsageEntry]],
        "Usage.$": str,
    },
    total=False,
)
CreateBillEstimateParameters = TypedDict(
    "CreateBillEstimateParameters",
    {
        "BillScenarioId": S,
        "BillScenarioId.$": str,
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateBillScenarioParameters = TypedDict(
    "CreateBillScenarioParameters",
    {
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "GroupSharingPreference": S,
        "GroupSharingPreference.$": str,
        "CostCategoryGroupSharingPreferenceArn": S,
        "CostCategoryGroupSharingPreferenceArn.$": str,
    },
    total=False,
)
CreateWorkloadEstimateParameters = TypedDict(
    "CreateWorkloadEstimateParameters",
    {
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "RateType": S,
        "RateType.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteBillEstimateParameters = TypedDict(
    "DeleteBillEstimateParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteBillScenarioParameters = TypedDict(
    "DeleteBillScenarioParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteWorkloadEstimateParameters = TypedDict(
    "DeleteWorkloadEstimateParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetBillEstimateParameters = TypedDict(
    "GetBillEstimateParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetBillScenarioParameters = TypedDict(
    "GetBillScenarioParameters", {"Identifier": S, "Identifier.$": str}, total=False
)

class GetPreferencesParameters(TypedDict, total=False): ...

class GetUsageLinesEstimatedCostInput(TypedDict, total=False):
    ServiceCode: S
    UsageType: S
    Operation: S
    Key: S
    Amount: F

GetUsageLinesEstimatedCostParameters = TypedDict(
    "GetUsageLinesEstimatedCostParameters",
    {
        "Usage": L[Xi[GetUsageLinesEstimatedCostInput]],
        "Usage.$": str,
        "RateType": S,
        "RateType.$": str,
    },
    total=False,
)
GetWorkloadEstimateParameters = TypedDict(
    "GetWorkloadEstimateParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
ListBillEstimateCommitmentsParameters = TypedDict(
    "ListBillEstimateCommitmentsParameters",
    {
        "BillEstimateId": S,
        "BillEstimateId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBillEstimateInputCommitmentModificationsParameters = TypedDict(
    "ListBillEstimateInputCommitmentModificationsParameters",
    {
        "BillEstimateId": S,
        "BillEstimateId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListUsageFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    MatchOption: S

ListBillEstimateInputUsageModificationsParameters = TypedDict(
    "ListBillEstimateInputUsageModificationsParameters",
    {
        "BillEstimateId": S,
        "BillEstimateId.$": str,
        "Filters": L[Xi[ListUsageFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListBillEstimateLineItemsFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    MatchOption: S

ListBillEstimateLineItemsParameters = TypedDict(
    "ListBillEstimateLineItemsParameters",
    {
        "BillEstimateId": S,
        "BillEstimateId.$": str,
        "Filters": L[Xi[ListBillEstimateLineItemsFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListBillEstimatesFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    MatchOption: S

class FilterTimestamp(TypedDict, total=False):
    AfterTimestamp: T
    BeforeTimestamp: T

ListBillEstimatesParameters = TypedDict(
    "ListBillEstimatesParameters",
    {
        "Filters": L[Xi[ListBillEstimatesFilter]],
        "Filters.$": str,
        "CreatedAtFilter": X[FilterTimestamp],
        "CreatedAtFilter.$": str,
        "ExpiresAtFilter": X[FilterTimestamp],
        "ExpiresAtFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBillScenarioCommitmentModificationsParameters = TypedDict(
    "ListBillScenarioCommitmentModificationsParameters",
    {
        "BillScenarioId": S,
        "BillScenarioId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBillScenarioUsageModificationsParameters = TypedDict(
    "ListBillScenarioUsageModificationsParameters",
    {
        "BillScenarioId": S,
        "BillScenarioId.$": str,
        "Filters": L[Xi[ListUsageFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListBillScenariosFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    MatchOption: S

ListBillScenariosParameters = TypedDict(
    "ListBillScenariosParameters",
    {
        "Filters": L[Xi[ListBillScenariosFilter]],
        "Filters.$": str,
        "CreatedAtFilter": X[FilterTimestamp],
        "CreatedAtFilter.$": str,
        "ExpiresAtFilter": X[FilterTimestamp],
        "ExpiresAtFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Arn": S, "Arn.$": str}, total=False
)
ListWorkloadEstimateUsageParameters = TypedDict(
    "ListWorkloadEstimateUsageParameters",
    {
        "WorkloadEstimateId": S,
        "WorkloadEstimateId.$": str,
        "Filters": L[Xi[ListUsageFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListWorkloadEstimatesFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    MatchOption: S

ListWorkloadEstimatesParameters = TypedDict(
    "ListWorkloadEstimatesParameters",
    {
        "CreatedAtFilter": X[FilterTimestamp],
        "CreatedAtFilter.$": str,
        "ExpiresAtFilter": X[FilterTimestamp],
        "ExpiresAtFilter.$": str,
        "Filters": L[Xi[ListWorkloadEstimatesFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters", {"Arn": S, "Arn.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateBillEstimateParameters = TypedDict(
    "UpdateBillEstimateParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "ExpiresAt": T,
        "ExpiresAt.$": str,
    },
    total=False,
)
UpdateBillScenarioParameters = TypedDict(
    "UpdateBillScenarioParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "ExpiresAt": T,
        "ExpiresAt.$": str,
        "GroupSharingPreference": S,
        "GroupSharingPreference.$": str,
        "CostCategoryGroupSharingPreferenceArn": S,
        "CostCategoryGroupSharingPreferenceArn.$": str,
    },
    total=False,
)
UpdatePreferencesParameters = TypedDict(
    "UpdatePreferencesParameters",
    {
        "ManagementAccountRateTypeSelections": L[Si],
        "ManagementAccountRateTypeSelections.$": str,
        "MemberAccountRateTypeSelections": L[Si],
        "MemberAccountRateTypeSelections.$": str,
        "StandaloneAccountRateTypeSelections": L[Si],
        "StandaloneAccountRateTypeSelections.$": str,
    },
    total=False,
)
UpdateWorkloadEstimateParameters = TypedDict(
    "UpdateWorkloadEstimateParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "ExpiresAt": T,
        "ExpiresAt.$": str,
    },
    total=False,
)
batch_create_bill_scenario_commitment_modification: Builder[
    BatchCreateBillScenarioCommitmentModificationParameters
]
batch_create_bill_scenario_usage_modification: Builder[
    BatchCreateBillScenarioUsageModificationParameters
]
batch_create_workload_estimate_usage: Builder[BatchCreateWorkloadEstimateUsageParameters]
batch_delete_bill_scenario_commitment_modification: Builder[
    BatchDeleteBillScenarioCommitmentModificationParameters
]
batch_delete_bill_scenario_usage_modification: Builder[
    BatchDeleteBillScenarioUsageModificationParameters
]
batch_delete_workload_estimate_usage: Builder[BatchDeleteWorkloadEstimateUsageParameters]
batch_update_bill_scenario_commitment_modification: Builder[
    BatchUpdateBillScenarioCommitmentModificationParameters
]
batch_update_bill_scenario_usage_modification: Builder[
    BatchUpdateBillScenarioUsageModificationParameters
]
batch_update_workload_estimate_usage: Builder[BatchUpdateWorkloadEstimateUsageParameters]
create_bill_estimate: Builder[CreateBillEstimateParameters]
create_bill_scenario: Builder[CreateBillScenarioParameters]
create_workload_estimate: Builder[CreateWorkloadEstimateParameters]
delete_bill_estimate: Builder[DeleteBillEstimateParameters]
delete_bill_scenario: Builder[DeleteBillScenarioParameters]
delete_workload_estimate: Builder[DeleteWorkloadEstimateParameters]
get_bill_estimate: Builder[GetBillEstimateParameters]
get_bill_scenario: Builder[GetBillScenarioParameters]
get_preferences: Builder[GetPreferencesParameters]
get_usage_lines_estimated_cost: Builder[GetUsageLinesEstimatedCostParameters]
get_workload_estimate: Builder[GetWorkloadEstimateParameters]
list_bill_estimate_commitments: Builder[ListBillEstimateCommitmentsParameters]
list_bill_estimate_input_commitment_modifications: Builder[
    ListBillEstimateInputCommitmentModificationsParameters
]
list_bill_estimate_input_usage_modifications: Builder[
    ListBillEstimateInputUsageModificationsParameters
]
list_bill_estimate_line_items: Builder[ListBillEstimateLineItemsParameters]
list_bill_estimates: Builder[ListBillEstimatesParameters]
list_bill_scenario_commitment_modifications: Builder[
    ListBillScenarioCommitmentModificationsParameters
]
list_bill_scenario_usage_modifications: Builder[ListBillScenarioUsageModificationsParameters]
list_bill_scenarios: Builder[ListBillScenariosParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_workload_estimate_usage: Builder[ListWorkloadEstimateUsageParameters]
list_workload_estimates: Builder[ListWorkloadEstimatesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_bill_estimate: Builder[UpdateBillEstimateParameters]
update_bill_scenario: Builder[UpdateBillScenarioParameters]
update_preferences: Builder[UpdatePreferencesParameters]
update_workload_estimate: Builder[UpdateWorkloadEstimateParameters]

__all__ = [
    "batch_create_bill_scenario_commitment_modification",
    "batch_create_bill_scenario_usage_modification",
    "batch_create_workload_estimate_usage",
    "batch_delete_bill_scenario_commitment_modification",
    "batch_delete_bill_scenario_usage_modification",
    "batch_delete_workload_estimate_usage",
    "batch_update_bill_scenario_commitment_modification",
    "batch_update_bill_scenario_usage_modification",
    "batch_update_workload_estimate_usage",
    "create_bill_estimate",
    "create_bill_scenario",
    "create_workload_estimate",
    "delete_bill_estimate",
    "delete_bill_scenario",
    "delete_workload_estimate",
    "get_bill_estimate",
    "get_bill_scenario",
    "get_preferences",
    "get_usage_lines_estimated_cost",
    "get_workload_estimate",
    "list_bill_estimate_commitments",
    "list_bill_estimate_input_commitment_modifications",
    "list_bill_estimate_input_usage_modifications",
    "list_bill_estimate_line_items",
    "list_bill_estimates",
    "list_bill_scenario_commitment_modifications",
    "list_bill_scenario_usage_modifications",
    "list_bill_scenarios",
    "list_tags_for_resource",
    "list_workload_estimate_usage",
    "list_workload_estimates",
    "tag_resource",
    "untag_resource",
    "update_bill_estimate",
    "update_bill_scenario",
    "update_preferences",
    "update_workload_estimate",
]
