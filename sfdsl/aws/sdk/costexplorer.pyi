"""Typed builders of the AWS SDK integration of costexplorer (``aws-sdk:costexplorer:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, X, Xi

class DimensionValues(TypedDict, total=False):
    Key: S
    Values: L[Si]
    MatchOptions: L[Si]

class TagValues(TypedDict, total=False):
    Key: S
    Values: L[Si]
    MatchOptions: L[Si]

class CostCategoryValues(TypedDict, total=False):
    Key: S
    Values: L[Si]
    MatchOptions: L[Si]

class ProductAttributeValues(TypedDict, total=False):
    Key: S
    Values: L[Si]
    MatchOptions: L[Si]

class Expression(TypedDict, total=False):
    Or: L[Xi[Expression]]
    And: L[Xi[Expression]]
    Not: X[Expression]
    Dimensions: X[DimensionValues]
    Tags: X[TagValues]
    CostCategories: X[CostCategoryValues]
    ProductAttributes: X[ProductAttributeValues]

class AnomalyMonitor(TypedDict, total=False):
    MonitorArn: S
    MonitorName: S
    CreationDate: S
    LastUpdatedDate: S
    LastEvaluatedDate: S
    MonitorType: S
    MonitorDimension: S
    MonitorSpecification: X[Expression]
    DimensionalValueCount: I

class ResourceTag(TypedDict, total=False):
    Key: S
    Value: S

CreateAnomalyMonitorParameters = TypedDict(
    "CreateAnomalyMonitorParameters",
    {
        "AnomalyMonitor": X[AnomalyMonitor],
        "AnomalyMonitor.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
    },
    total=False,
)

class Subscriber(TypedDict, total=False):
    Address: S
    Type: S
    Status: S

class AnomalySubscription(TypedDict, total=False):
    SubscriptionArn: S
    AccountId: S
    MonitorArnList: L[Si]
    Subscribers: L[Xi[Subscriber]]
    Threshold: F
    Frequency: S
    SubscriptionName: S
    ThresholdExpression: X[Expression]

CreateAnomalySubscriptionParameters = TypedDict(
    "CreateAnomalySubscriptionParameters",
    {
        "AnomalySubscription": X[AnomalySubscription],
        "AnomalySubscription.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
    },
    total=False,
)

class CostCategoryInheritedValueDimension(TypedDict, total=False):
    DimensionName: S
    DimensionKey: S

class CostCategoryRule(TypedDict, total=False):
    Value: S
    Rule: X[Expression]
    InheritedValue: X[CostCategoryInheritedValueDimension]
    Type: S

class CostCategorySplitChargeRuleParameter(TypedDict, total=False):
    Type: S
    Values: L[Si]

class CostCategorySplitChargeRule(TypedDict, total=False):
    Source: S
    Targets: L[Si]
    Method: S
    Parameters: L[Xi[CostCategorySplitChargeRuleParameter]]

CreateCostCategoryDefinitionParameters = TypedDict(
    "CreateCostCategoryDefinitionParameters",
    {
        "Name": S,
        "Name.$": str,
        "EffectiveStart": S,
        "EffectiveStart.$": str,
        "RuleVersion": S,
        "RuleVersion.$": str,
        "Rules": L[Xi[CostCategoryRule]],
        "Rules.$": str,
        "DefaultValue": S,
        "DefaultValue.$": str,
        "SplitChargeRules": L[Xi[CostCategorySplitChargeRule]],
        "SplitChargeRules.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
    },
    total=False,
)
DeleteAnomalyMonitorParameters = TypedDict(
    "DeleteAnomalyMonitorParameters", {"MonitorArn": S, "MonitorArn.$": str}, total=False
)
DeleteAnomalySubscriptionParameters = TypedDict(
    "DeleteAnomalySubscriptionParameters",
    {"SubscriptionArn": S, "SubscriptionArn.$": str},
    total=False,
)
DeleteCostCategoryDefinitionParameters = TypedDict(
    "DeleteCostCategoryDefinitionParameters",
    {"CostCategoryArn": S, "CostCategoryArn.$": str},
    total=False,
)
DescribeCostCategoryDefinitionParameters = TypedDict(
    "DescribeCostCategoryDefinitionParameters",
    {"CostCategoryArn": S, "CostCategoryArn.$": str, "EffectiveOn": S, "EffectiveOn.$": str},
    total=False,
)

class AnomalyDateInterval(TypedDict, total=False):
    StartDate: S
    EndDate: S

class TotalImpactFilter(TypedDict, total=False):
    NumericOperator: S
    StartValue: F
    EndValue: F

GetAnomaliesParameters = TypedDict(
    "GetAnomaliesParameters",
    {
        "MonitorArn": S,
        "MonitorArn.$": str,
        "DateInterval": X[AnomalyDateInterval],
        "DateInterval.$": str,
        "Feedback": S,
        "Feedback.$": str,
        "TotalImpact": X[TotalImpactFilter],
        "TotalImpact.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetAnomalyMonitorsParameters = TypedDict(
    "GetAnomalyMonitorsParameters",
    {
        "MonitorArnList": L[Si],
        "MonitorArnList.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetAnomalySubscriptionsParameters = TypedDict(
    "GetAnomalySubscriptionsParameters",
    {
        "SubscriptionArnList": L[Si],
        "SubscriptionArnList.$": str,
        "MonitorArn": S,
        "MonitorArn.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetApproximateUsageRecordsParameters = TypedDict(
    "GetApproximateUsageRecordsParameters",
    {
        "Granularity": S,
        "Granularity.$": str,
        "Services": L[Si],
        "Services.$": str,
        "ApproximationDimension": S,
        "ApproximationDimension.$": str,
    },
    total=False,
)
GetCommitmentPurchaseAnalysisParameters = TypedDict(
    "GetCommitmentPurchaseAnalysisParameters", {"AnalysisId": S, "AnalysisId.$": str}, total=False
)

class DateInterval(TypedDict, total=False):
    Start: S
    End: S

class GroupDefinition(TypedDict, total=False):
    Type: S
    Key: S

GetCostAndUsageParameters = TypedDict(
    "GetCostAndUsageParameters",
    {
        "TimePeriod": X[DateInterval],
        "TimePeriod.$": str,
        "Granularity": S,
        "Granularity.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "Metrics": L[Si],
        "Metrics.$": str,
        "GroupBy": L[Xi[GroupDefinition]],
        "GroupBy.$": str,
        "BillingViewArn": S,
        "BillingViewArn.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
    },
    total=False,
)
GetCostAndUsageComparisonsParameters = TypedDict(
    "GetCostAndUsageComparisonsParameters",
    {
        "BillingViewArn": S,
        "BillingViewArn.$": str,
        "BaselineTimePeriod": X[DateInterval],
        "BaselineTimePeriod.$": str,
        "ComparisonTimePeriod": X[DateInterval],
        "ComparisonTimePeriod.$": str,
        "MetricForComparison": S,
        "MetricForComparison.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "GroupBy": L[Xi[GroupDefinition]],
        "GroupBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
    },
    total=False,
)
GetCostAndUsageWithResourcesParameters = TypedDict(
    "GetCostAndUsageWithResourcesParameters",
    {
        "TimePeriod": X[DateInterval],
        "TimePeriod.$": str,
        "Granularity": S,
        "Granularity.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "Metrics": L[Si],
        "Metrics.$": str,
        "GroupBy": L[Xi[GroupDefinition]],
        "GroupBy.$": str,
        "BillingViewArn": S,
        "BillingViewArn.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
    },
    total=False,
)

class SortDefinition(TypedDict, total=False):
    Key: S
    SortOrder: S

GetCostCategoriesParameters = TypedDict(
    "GetCostCategoriesParameters",
    {
        "SearchString": S,
        "SearchString.$": str,
        "TimePeriod": X[DateInterval],
        "TimePeriod.$": str,
        "CostCategoryName": S,
        "CostCategoryName.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "SortBy": L[Xi[SortDefinition]],
        "SortBy.$": str,
        "BillingViewArn": S,
        "BillingViewArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
    },
    total=False,
)
GetCostComparisonDriversParameters = TypedDict(
    "GetCostComparisonDriversParameters",
    {
        "BillingViewArn": S,
        "BillingViewArn.$": str,
        "BaselineTimePeriod": X[DateInterval],
        "BaselineTimePeriod.$": str,
        "ComparisonTimePeriod": X[DateInterval],
        "ComparisonTimePeriod.$": str,
        "MetricForComparison": S,
        "MetricForComparison.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "GroupBy": L[Xi[GroupDefinition]],
        "GroupBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
    },
    total=False,
)
GetCostForecastParameters = TypedDict(
    "GetCostForecastParameters",
    {
        "TimePeriod": X[DateInterval],
        "TimePeriod.$": str,
        "Metric": S,
        "Metric.$": str,
        "Granularity": S,
        "Granularity.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "BillingViewArn": S,
        "BillingViewArn.$": str,
        "PredictionIntervalLevel": I,
        "PredictionIntervalLevel.$": str,
    },
    total=False,
)
GetDimensionValuesParameters = TypedDict(
    "GetDimensionValuesParameters",
    {
        "SearchString": S,
        "SearchString.$": str,
        "TimePeriod": X[DateInterval],
        "TimePeriod.$": str,
        "Dimension": S,
        "Dimension.$": str,
        "DimensionKey": S,
        "DimensionKey.$": str,
        "Context": S,
        "Context.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "SortBy": L[Xi[SortDefinition]],
        "SortBy.$": str,
        "BillingViewArn": S,
        "BillingViewArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
    },
    total=False,
)
GetReservationCoverageParameters = TypedDict(
    "GetReservationCoverageParameters",
    {
        "TimePeriod": X[DateInterval],
        "TimePeriod.$": str,
        "GroupBy": L[Xi[GroupDefinition]],
        "GroupBy.$": str,
        "Granularity": S,
        "Granularity.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "Metrics": L[Si],
        "Metrics.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "SortBy": X[SortDefinition],
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class EC2Specification(TypedDict, total=False):
    OfferingClass: S

class ServiceSpecification(TypedDict, total=False):
    Ec2Specification: X[EC2Specification]

GetReservationPurchaseRecommendationParameters = TypedDict(
    "GetReservationPurchaseRecommendationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Service": S,
        "Service.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "AccountScope": S,
        "AccountScope.$": str,
        "LookbackPeriodInDays": S,
        "LookbackPeriodInDays.$": str,
        "TermInYears": S,
        "TermInYears.$": str,
        "PaymentOption": S,
        "PaymentOption.$": str,
        "ServiceSpecification": X[ServiceSpecification],
        "ServiceSpecification.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
    },
    total=False,
)
GetReservationUtilizationParameters = TypedDict(
    "GetReservationUtilizationParameters",
    {
        "TimePeriod": X[DateInterval],
        "TimePeriod.$": str,
        "GroupBy": L[Xi[GroupDefinition]],
        "GroupBy.$": str,
        "Granularity": S,
        "Granularity.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "SortBy": X[SortDefinition],
        "SortBy.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class RightsizingRecommendationConfiguration(TypedDict, total=False):
    RecommendationTarget: S
    BenefitsConsidered: B

GetRightsizingRecommendationParameters = TypedDict(
    "GetRightsizingRecommendationParameters",
    {
        "Filter": X[Expression],
        "Filter.$": str,
        "Configuration": X[RightsizingRecommendationConfiguration],
        "Configuration.$": str,
        "Service": S,
        "Service.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
    },
    total=False,
)
GetSavingsPlanPurchaseRecommendationDetailsParameters = TypedDict(
    "GetSavingsPlanPurchaseRecommendationDetailsParameters",
    {"RecommendationDetailId": S, "RecommendationDetailId.$": str},
    total=False,
)
GetSavingsPlansCoverageParameters = TypedDict(
    "GetSavingsPlansCoverageParameters",
    {
        "TimePeriod": X[DateInterval],
        "TimePeriod.$": str,
        "GroupBy": L[Xi[GroupDefinition]],
        "GroupBy.$": str,
        "Granularity": S,
        "Granularity.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "Metrics": L[Si],
        "Metrics.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortBy": X[SortDefinition],
        "SortBy.$": str,
    },
    total=False,
)
GetSavingsPlansPurchaseRecommendationParameters = TypedDict(
    "GetSavingsPlansPurchaseRecommendationParameters",
    {
        "SavingsPlansType": S,
        "SavingsPlansType.$": str,
        "TermInYears": S,
        "TermInYears.$": str,
        "PaymentOption": S,
        "PaymentOption.$": str,
        "AccountScope": S,
        "AccountScope.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "LookbackPeriodInDays": S,
        "LookbackPeriodInDays.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
    },
    total=False,
)
GetSavingsPlansUtilizationParameters = TypedDict(
    "GetSavingsPlansUtilizationParameters",
    {
        "TimePeriod": X[DateInterval],
        "TimePeriod.$": str,
        "Granularity": S,
        "Granularity.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "SortBy": X[SortDefinition],
        "SortBy.$": str,
    },
    total=False,
)
GetSavingsPlansUtilizationDetailsParameters = TypedDict(
    "GetSavingsPlansUtilizationDetailsParameters",
    {
        "TimePeriod": X[DateInterval],
        "TimePeriod.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "DataType": L[Si],
        "DataType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortBy": X[SortDefinition],
        "SortBy.$": str,
    },
    total=False,
)
GetTagsParameters = TypedDict(
    "GetTagsParameters",
    {
        "SearchString": S,
        "SearchString.$": str,
        "TimePeriod": X[DateInterval],
        "TimePeriod.$": str,
        "TagKey": S,
        "TagKey.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "SortBy": L[Xi[SortDefinition]],
        "SortBy.$": str,
        "BillingViewArn": S,
        "BillingViewArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
    },
    total=False,
)
GetUsageForecastParameters = TypedDict(
    "GetUsageForecastParameters",
    {
        "TimePeriod": X[DateInterval],
        "TimePeriod.$": str,
        "Metric": S,
        "Metric.$": str,
        "Granularity": S,
        "Granularity.$": str,
        "Filter": X[Expression],
        "Filter.$": str,
        "BillingViewArn": S,
        "BillingViewArn.$": str,
        "PredictionIntervalLevel": I,
        "PredictionIntervalLevel.$": str,
    },
    total=False,
)
ListCommitmentPurchaseAnalysesParameters = TypedDict(
    "ListCommitmentPurchaseAnalysesParameters",
    {
        "AnalysisStatus": S,
        "AnalysisStatus.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "AnalysisIds": L[Si],
        "AnalysisIds.$": str,
    },
    total=False,
)
ListCostAllocationTagBackfillHistoryParameters = TypedDict(
    "ListCostAllocationTagBackfillHistoryParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListCostAllocationTagsParameters = TypedDict(
    "ListCostAllocationTagsParameters",
    {
        "Status": S,
        "Status.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "Type": S,
        "Type.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListCostCategoryDefinitionsParameters = TypedDict(
    "ListCostCategoryDefinitionsParameters",
    {
        "EffectiveOn": S,
        "EffectiveOn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SupportedResourceTypes": L[Si],
        "SupportedResourceTypes.$": str,
    },
    total=False,
)
ListCostCategoryResourceAssociationsParameters = TypedDict(
    "ListCostCategoryResourceAssociationsParameters",
    {
        "CostCategoryArn": S,
        "CostCategoryArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSavingsPlansPurchaseRecommendationGenerationParameters = TypedDict(
    "ListSavingsPlansPurchaseRecommendationGenerationParameters",
    {
        "GenerationStatus": S,
        "GenerationStatus.$": str,
        "RecommendationIds": L[Si],
        "RecommendationIds.$": str,
        "PageSize": I,
        "PageSize.$": str,
        "NextPageToken": S,
        "NextPageToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ProvideAnomalyFeedbackParameters = TypedDict(
    "ProvideAnomalyFeedbackParameters",
    {"AnomalyId": S, "AnomalyId.$": str, "Feedback": S, "Feedback.$": str},
    total=False,
)

class SavingsPlans(TypedDict, total=False):
    PaymentOption: S
    SavingsPlansType: S
    Region: S
    InstanceFamily: S
    TermInYears: S
    SavingsPlansCommitment: F
    OfferingId: S

class SavingsPlansPurchaseAnalysisConfiguration(TypedDict, total=False):
    AccountScope: S
    AccountId: S
    AnalysisType: S
    SavingsPlansToAdd: L[Xi[SavingsPlans]]
    SavingsPlansToExclude: L[Si]
    LookBackTimePeriod: X[DateInterval]
    SavingsPlansTargetCoverage: I

class CommitmentPurchaseAnalysisConfiguration(TypedDict, total=False):
    SavingsPlansPurchaseAnalysisConfiguration: X[SavingsPlansPurchaseAnalysisConfiguration]

StartCommitmentPurchaseAnalysisParameters = TypedDict(
    "StartCommitmentPurchaseAnalysisParameters",
    {
        "CommitmentPurchaseAnalysisConfiguration": X[CommitmentPurchaseAnalysisConfiguration],
        "CommitmentPurchaseAnalysisConfiguration.$": str,
    },
    total=False,
)
StartCostAllocationTagBackfillParameters = TypedDict(
    "StartCostAllocationTagBackfillParameters",
    {"BackfillFrom": S, "BackfillFrom.$": str},
    total=False,
)

class StartSavingsPlansPurchaseRecommendationGenerationParameters(TypedDict, total=False): ...

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
UpdateAnomalyMonitorParameters = TypedDict(
    "UpdateAnomalyMonitorParameters",
    {"MonitorArn": S, "MonitorArn.$": str, "MonitorName": S, "MonitorName.$": str},
    total=False,
)
UpdateAnomalySubscriptionParameters = TypedDict(
    "UpdateAnomalySubscriptionParameters",
    {
        "SubscriptionArn": S,
        "SubscriptionArn.$": str,
        "Threshold": F,
        "Threshold.$": str,
        "Frequency": S,
        "Frequency.$": str,
        "MonitorArnList": L[Si],
        "MonitorArnList.$": str,
        "Subscribers": L[Xi[Subscriber]],
        "Subscribers.$": str,
        "SubscriptionName": S,
        "SubscriptionName.$": str,
        "ThresholdExpression": X[Expression],
        "ThresholdExpression.$": str,
    },
    total=False,
)

class CostAllocationTagStatusEntry(TypedDict, total=False):
    TagKey: S
    Status: S

UpdateCostAllocationTagsStatusParameters = TypedDict(
    "UpdateCostAllocationTagsStatusParameters",
    {
        "CostAllocationTagsStatus": L[Xi[CostAllocationTagStatusEntry]],
        "CostAllocationTagsStatus.$": str,
    },
    total=False,
)
UpdateCostCategoryDefinitionParameters = TypedDict(
    "UpdateCostCategoryDefinitionParameters",
    {
        "CostCategoryArn": S,
        "CostCategoryArn.$": str,
        "EffectiveStart": S,
        "EffectiveStart.$": str,
        "RuleVersion": S,
        "RuleVersion.$": str,
        "Rules": L[Xi[CostCategoryRule]],
        "Rules.$": str,
        "DefaultValue": S,
        "DefaultValue.$": str,
        "SplitChargeRules": L[Xi[CostCategorySplitChargeRule]],
        "SplitChargeRules.$": str,
    },
    total=False,
)
create_anomaly_monitor: Builder[CreateAnomalyMonitorParameters]
create_anomaly_subscription: Builder[CreateAnomalySubscriptionParameters]
create_cost_category_definition: Builder[CreateCostCategoryDefinitionParameters]
delete_anomaly_monitor: Builder[DeleteAnomalyMonitorParameters]
delete_anomaly_subscription: Builder[DeleteAnomalySubscriptionParameters]
delete_cost_category_definition: Builder[DeleteCostCategoryDefinitionParameters]
describe_cost_category_definition: Builder[DescribeCostCategoryDefinitionParameters]
get_anomalies: Builder[GetAnomaliesParameters]
get_anomaly_monitors: Builder[GetAnomalyMonitorsParameters]
get_anomaly_subscriptions: Builder[GetAnomalySubscriptionsParameters]
get_approximate_usage_records: Builder[GetApproximateUsageRecordsParameters]
get_commitment_purchase_analysis: Builder[GetCommitmentPurchaseAnalysisParameters]
get_cost_and_usage: Builder[GetCostAndUsageParameters]
get_cost_and_usage_comparisons: Builder[GetCostAndUsageComparisonsParameters]
get_cost_and_usage_with_resources: Builder[GetCostAndUsageWithResourcesParameters]
get_cost_categories: Builder[GetCostCategoriesParameters]
get_cost_comparison_drivers: Builder[GetCostComparisonDriversParameters]
get_cost_forecast: Builder[GetCostForecastParameters]
get_dimension_values: Builder[GetDimensionValuesParameters]
get_reservation_coverage: Builder[GetReservationCoverageParameters]
get_reservation_purchase_recommendation: Builder[GetReservationPurchaseRecommendationParameters]
get_reservation_utilization: Builder[GetReservationUtilizationParameters]
get_rightsizing_recommendation: Builder[GetRightsizingRecommendationParameters]
get_savings_plan_purchase_recommendation_details: Builder[
    GetSavingsPlanPurchaseRecommendationDetailsParameters
]
get_savings_plans_coverage: Builder[GetSavingsPlansCoverageParameters]
get_savings_plans_purchase_recommendation: Builder[GetSavingsPlansPurchaseRecommendationParameters]
get_savings_plans_utilization: Builder[GetSavingsPlansUtilizationParameters]
get_savings_plans_utilization_details: Builder[GetSavingsPlansUtilizationDetailsParameters]
get_tags: Builder[GetTagsParameters]
get_usage_forecast: Builder[GetUsageForecastParameters]
list_commitment_purchase_analyses: Builder[ListCommitmentPurchaseAnalysesParameters]
list_cost_allocation_tag_backfill_history: Builder[ListCostAllocationTagBackfillHistoryParameters]
list_cost_allocation_tags: Builder[ListCostAllocationTagsParameters]
list_cost_category_definitions: Builder[ListCostCategoryDefinitionsParameters]
list_cost_category_resource_associations: Builder[ListCostCategoryResourceAssociationsParameters]
list_savings_plans_purchase_recommendation_generation: Builder[
    ListSavingsPlansPurchaseRecommendationGenerationParameters
]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
provide_anomaly_feedback: Builder[ProvideAnomalyFeedbackParameters]
start_commitment_purchase_analysis: Builder[StartCommitmentPurchaseAnalysisParameters]
start_cost_allocation_tag_backfill: Builder[StartCostAllocationTagBackfillParameters]
start_savings_plans_purchase_recommendation_generation: Builder[
    StartSavingsPlansPurchaseRecommendationGenerationParameters
]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_anomaly_monitor: Builder[UpdateAnomalyMonitorParameters]
update_anomaly_subscription: Builder[UpdateAnomalySubscriptionParameters]
update_cost_allocation_tags_status: Builder[UpdateCostAllocationTagsStatusParameters]
update_cost_category_definition: Builder[UpdateCostCategoryDefinitionParameters]

__all__ = [
    "create_anomaly_monitor",
    "create_anomaly_subscription",
    "create_cost_category_definition",
    "delete_anomaly_monitor",
    "delete_anomaly_subscription",
    "delete_cost_category_definition",
    "describe_cost_category_definition",
    "get_anomalies",
    "get_anomaly_monitors",
    "get_anomaly_subscriptions",
    "get_approximate_usage_records",
    "get_commitment_purchase_analysis",
    "get_cost_and_usage",
    "get_cost_and_usage_comparisons",
    "get_cost_and_usage_with_resources",
    "get_cost_categories",
    "get_cost_comparison_drivers",
    "get_cost_forecast",
    "get_dimension_values",
    "get_reservation_coverage",
    "get_reservation_purchase_recommendation",
    "get_reservation_utilization",
    "get_rightsizing_recommendation",
    "get_savings_plan_purchase_recommendation_details",
    "get_savings_plans_coverage",
    "get_savings_plans_purchase_recommendation",
    "get_savings_plans_utilization",
    "get_savings_plans_utilization_details",
    "get_tags",
    "get_usage_forecast",
    "list_commitment_purchase_analyses",
    "list_cost_allocation_tag_backfill_history",
    "list_cost_allocation_tags",
    "list_cost_category_definitions",
    "list_cost_category_resource_associations",
    "list_savings_plans_purchase_recommendation_generation",
    "list_tags_for_resource",
    "provide_anomaly_feedback",
    "start_commitment_purchase_analysis",
    "start_cost_allocation_tag_backfill",
    "start_savings_plans_purchase_recommendation_generation",
    "tag_resource",
    "untag_resource",
    "update_anomaly_monitor",
    "update_anomaly_subscription",
    "update_cost_allocation_tags_status",
    "update_cost_category_definition",
]
