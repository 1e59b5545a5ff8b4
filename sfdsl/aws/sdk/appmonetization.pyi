"""Typed builders of the AWS SDK integration of appmonetization (``aws-sdk:appmonetization:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, F, Fi, I, L, M, S, Si, T, X, Xi

ArchiveMetricParameters = TypedDict(
    "ArchiveMetricParameters",
    {"AppId": S, "AppId.$": str, "MetricId": S, "MetricId.$": str},
    total=False,
)
ArchivePlanParameters = TypedDict(
    "ArchivePlanParameters", {"AppId": S, "AppId.$": str, "PlanId": S, "PlanId.$": str}, total=False
)
CancelSubscriptionParameters = TypedDict(
    "CancelSubscriptionParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "UserId": S,
        "UserId.$": str,
        "EffectiveAt": T,
        "EffectiveAt.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)

class CostTrackingConfiguration(TypedDict, total=False):
    RoleArn: S

CreateAppParameters = TypedDict(
    "CreateAppParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "CostTracking": X[CostTrackingConfiguration],
        "CostTracking.$": str,
    },
    total=False,
)

class DeveloperAddress(TypedDict, total=False):
    Street1: S
    Street2: S
    City: S
    State: S
    PostalCode: S
    Country: S

class TaxRegistration(TypedDict, total=False):
    CountryCode: S
    State: S
    CollectionType: S
    RegistrationType: S
    RegistrationId: S
    Locality: S

CreateAppPaymentRegistrationParameters = TypedDict(
    "CreateAppPaymentRegistrationParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "LegalName": S,
        "LegalName.$": str,
        "DeveloperAddress": X[DeveloperAddress],
        "DeveloperAddress.$": str,
        "TaxRegistrationNumber": S,
        "TaxRegistrationNumber.$": str,
        "BusinessType": S,
        "BusinessType.$": str,
        "Email": S,
        "Email.$": str,
        "SupportEmail": S,
        "SupportEmail.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "SupportPhone": S,
        "SupportPhone.$": str,
        "InvoiceLogo": S,
        "InvoiceLogo.$": str,
        "TaxRegistrations": L[Xi[TaxRegistration]],
        "TaxRegistrations.$": str,
        "ReturnUrl": S,
        "ReturnUrl.$": str,
        "RefreshUrl": S,
        "RefreshUrl.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
CreateBillingPortalSessionParameters = TypedDict(
    "CreateBillingPortalSessionParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "UserId": S,
        "UserId.$": str,
        "ReturnUrl": S,
        "ReturnUrl.$": str,
        "RefreshUrl": S,
        "RefreshUrl.$": str,
        "SessionDurationSeconds": I,
        "SessionDurationSeconds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)

class MetricFilter(TypedDict, total=False):
    Field: S
    Operator: S
    Values: L[Si]

class MetricDefinition(TypedDict, total=False):
    Filters: L[Xi[MetricFilter]]
    Function: S
    FunctionField: S
    GroupBy: L[Si]
    Period: S

CreateMetricParameters = TypedDict(
    "CreateMetricParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "EventType": S,
        "EventType.$": str,
        "UnitName": S,
        "UnitName.$": str,
        "Definition": X[MetricDefinition],
        "Definition.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CheckoutItem(TypedDict, total=False):
    OneTimePriceId: S
    Quantity: I

CreateOneTimeCheckoutSessionParameters = TypedDict(
    "CreateOneTimeCheckoutSessionParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "UserId": S,
        "UserId.$": str,
        "Items": L[Xi[CheckoutItem]],
        "Items.$": str,
        "ReturnUrl": S,
        "ReturnUrl.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)

class Price(TypedDict, total=False):
    CurrencyCode: S
    Amount: S

class OneTimePriceDefinition(TypedDict, total=False):
    Name: S
    Price: X[Price]
    MetricId: S
    Capacity: I

CreateOneTimePriceParameters = TypedDict(
    "CreateOneTimePriceParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "Definition": X[OneTimePriceDefinition],
        "Definition.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class TierBand(TypedDict, total=False):
    FirstUnit: I
    LastUnit: I
    UnitPrice: X[Price]

class TieredOverage(TypedDict, total=False):
    Semantics: S
    Tiers: L[Xi[TierBand]]

class AppQuota(TypedDict, total=False):
    IncludedQuantity: I
    OveragePolicy: S
    OveragePrice: X[Price]
    TieredOverage: X[TieredOverage]
    MaxQuantity: I

class TieredPrice(TypedDict, total=False):
    Semantics: S
    Tiers: L[Xi[TierBand]]

class AppTieredQuota(TypedDict, total=False):
    IncludedQuantity: I
    TieredPrice: X[TieredPrice]
    MaxQuantity: I

class AppQuotaConfig(TypedDict, total=False):
    Flat: X[AppQuota]
    Tiered: X[AppTieredQuota]

class PaymentFailurePolicy(TypedDict, total=False):
    RetryAttempts: I
    RetryWindowDays: I
    DowngradeToPlanId: S

class PlanDefinition(TypedDict, total=False):
    Name: S
    Description: S
    BillingCycle: S
    SubscriptionPrice: X[Price]
    IncludedQuotas: M[X[AppQuotaConfig]]
    TaxCode: S
    PaymentFailurePolicy: X[PaymentFailurePolicy]

CreatePlanParameters = TypedDict(
    "CreatePlanParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "Definition": X[PlanDefinition],
        "Definition.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateSubscriptionCheckoutSessionParameters = TypedDict(
    "CreateSubscriptionCheckoutSessionParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "UserId": S,
        "UserId.$": str,
        "PlanId": S,
        "PlanId.$": str,
        "ReturnUrl": S,
        "ReturnUrl.$": str,
        "RefreshUrl": S,
        "RefreshUrl.$": str,
        "SessionDurationSeconds": I,
        "SessionDurationSeconds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
DeleteAppParameters = TypedDict(
    "DeleteAppParameters",
    {"AppId": S, "AppId.$": str, "Identifier": S, "Identifier.$": str, "Scope": S, "Scope.$": str},
    total=False,
)
DeleteOneTimePriceParameters = TypedDict(
    "DeleteOneTimePriceParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "OneTimePriceId": S,
        "OneTimePriceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteThirdPartyCostParameters = TypedDict(
    "DeleteThirdPartyCostParameters",
    {"AppId": S, "AppId.$": str, "CostId": S, "CostId.$": str},
    total=False,
)
GetAppParameters = TypedDict(
    "GetAppParameters",
    {"AppId": S, "AppId.$": str, "Identifier": S, "Identifier.$": str, "Scope": S, "Scope.$": str},
    total=False,
)
GetAppInfraCostSummaryParameters = TypedDict(
    "GetAppInfraCostSummaryParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "StartedAt": T,
        "StartedAt.$": str,
        "EndedAt": T,
        "EndedAt.$": str,
        "CostType": S,
        "CostType.$": str,
        "GroupBy": S,
        "GroupBy.$": str,
        "FilterBy": M[L[Si]],
        "FilterBy.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
GetAppPaymentRegistrationParameters = TypedDict(
    "GetAppPaymentRegistrationParameters",
    {"AppId": S, "AppId.$": str, "Scope": S, "Scope.$": str},
    total=False,
)
GetAppRevenueSummaryParameters = TypedDict(
    "GetAppRevenueSummaryParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "Period": S,
        "Period.$": str,
        "GroupBy": S,
        "GroupBy.$": str,
        "FilterBy": M[L[Si]],
        "FilterBy.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
GetAppSubscriptionSummaryParameters = TypedDict(
    "GetAppSubscriptionSummaryParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "GroupBy": S,
        "GroupBy.$": str,
        "FilterBy": M[L[Si]],
        "FilterBy.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
GetAppUsageSummaryParameters = TypedDict(
    "GetAppUsageSummaryParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "StartedAt": T,
        "StartedAt.$": str,
        "EndedAt": T,
        "EndedAt.$": str,
        "GroupBy": S,
        "GroupBy.$": str,
        "FilterBy": M[L[Si]],
        "FilterBy.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
GetEntitlementDecisionParameters = TypedDict(
    "GetEntitlementDecisionParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "UserId": S,
        "UserId.$": str,
        "EventType": S,
        "EventType.$": str,
        "Scope": S,
        "Scope.$": str,
        "Quantity": S,
        "Quantity.$": str,
        "Properties": M[S],
        "Properties.$": str,
    },
    total=False,
)
GetMetricParameters = TypedDict(
    "GetMetricParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "MetricId": S,
        "MetricId.$": str,
        "Stage": S,
        "Stage.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
GetMetricUsageParameters = TypedDict(
    "GetMetricUsageParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "UserId": S,
        "UserId.$": str,
        "StartedAt": T,
        "StartedAt.$": str,
        "EndedAt": T,
        "EndedAt.$": str,
        "Scope": S,
        "Scope.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetOneTimePriceParameters = TypedDict(
    "GetOneTimePriceParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "OneTimePriceId": S,
        "OneTimePriceId.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
GetPlanParameters = TypedDict(
    "GetPlanParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "PlanId": S,
        "PlanId.$": str,
        "Stage": S,
        "Stage.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)

class BillableAction(TypedDict, total=False):
    Name: S
    Unit: S
    UnitCost: F
    TypicalMonthlyUsage: F
    MinutesSaved: F
    MoneySaved: F
    ValuePerUse: F

class FeatureScores(TypedDict, total=False):
    AppScores: M[F]
    Weights: M[F]

class CostInputs(TypedDict, total=False):
    Source: S
    Unknown: L[Si]
    FixedMonthlyCost: F
    Margins: L[Fi]

class Comparable(TypedDict, total=False):
    Name: S
    Url: S
    Mechanism: S
    Price: X[Price]
    Cap: F
    IncludedUnits: F
    OverageRate: F
    Quality: F
    Features: M[F]

class OutsideOption(TypedDict, total=False):
    Name: S
    MonthlyCost: F
    Quality: F
    Features: M[F]

class AlternativeInputs(TypedDict, total=False):
    ComparablesOptIn: S
    Comparables: L[Xi[Comparable]]
    OutsideOptions: L[Xi[OutsideOption]]

class MeasuredConversion(TypedDict, total=False):
    PayingUsers: I
    Users: I

class CustomerType(TypedDict, total=False):
    Name: S
    Share: F
    UsageMultiplier: F
    ValuePerUseMultiplier: F
    UsageSpread: S
    FeatureWeights: M[F]

class CheckoutDropOff(TypedDict, total=False):
    FreePlan: F
    Flat: F
    PerUse: F
    Tiered: F

class MarketInputs(TypedDict, total=False):
    ExpectedUsers: I
    MeasuredConversion: X[MeasuredConversion]
    CustomerTypes: L[Xi[CustomerType]]
    CheckoutDropOff: X[CheckoutDropOff]

class PlanPrice(TypedDict, total=False):
    PlanCode: S
    ActionName: S
    Price: X[Price]

class PublishedPrice(TypedDict, total=False):
    CurrencyCode: S
    Amount: S

class PlanOptions(TypedDict, total=False):
    PricingModelPreference: S
    FreeTierInclusion: S
    MaxTierInclusion: S
    AnnualPlanInclusion: S
    CreditPackInclusion: S
    PlanPrices: L[Xi[PlanPrice]]
    PublishedPrice: X[PublishedPrice]

class RequestContext(TypedDict, total=False):
    NonAwsCostsNote: S
    ValueBasis: S
    ExpectedUsersBasis: S
    UsageSources: M[S]
    CustomerTypeDescriptions: M[S]

GetPlanRecommendationParameters = TypedDict(
    "GetPlanRecommendationParameters",
    {
        "AppName": S,
        "AppName.$": str,
        "Segment": S,
        "Segment.$": str,
        "AppType": S,
        "AppType.$": str,
        "ValueKind": S,
        "ValueKind.$": str,
        "Actions": L[Xi[BillableAction]],
        "Actions.$": str,
        "HourlyRate": F,
        "HourlyRate.$": str,
        "ValueShare": F,
        "ValueShare.$": str,
        "Features": X[FeatureScores],
        "Features.$": str,
        "Costs": X[CostInputs],
        "Costs.$": str,
        "Alternatives": X[AlternativeInputs],
        "Alternatives.$": str,
        "Market": X[MarketInputs],
        "Market.$": str,
        "PlanOptions": X[PlanOptions],
        "PlanOptions.$": str,
        "Context": X[RequestContext],
        "Context.$": str,
    },
    total=False,
)
GetSubscriptionParameters = TypedDict(
    "GetSubscriptionParameters",
    {"AppId": S, "AppId.$": str, "UserId": S, "UserId.$": str, "Scope": S, "Scope.$": str},
    total=False,
)
GetSubscriptionHistoryParameters = TypedDict(
    "GetSubscriptionHistoryParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "UserId": S,
        "UserId.$": str,
        "EffectiveAfter": T,
        "EffectiveAfter.$": str,
        "EffectiveBefore": T,
        "EffectiveBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
GetThirdPartyCostParameters = TypedDict(
    "GetThirdPartyCostParameters",
    {"AppId": S, "AppId.$": str, "CostId": S, "CostId.$": str},
    total=False,
)
ListAppsParameters = TypedDict(
    "ListAppsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListMetricsParameters = TypedDict(
    "ListMetricsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "Stage": S,
        "Stage.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
ListOneTimePricesParameters = TypedDict(
    "ListOneTimePricesParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "Stage": S,
        "Stage.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
ListPlansParameters = TypedDict(
    "ListPlansParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "Stage": S,
        "Stage.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
ListSubscriptionsParameters = TypedDict(
    "ListSubscriptionsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListThirdPartyCostsParameters = TypedDict(
    "ListThirdPartyCostsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PublishDraftParameters = TypedDict(
    "PublishDraftParameters", {"AppId": S, "AppId.$": str}, total=False
)
PutAwsServiceEventParameters = TypedDict(
    "PutAwsServiceEventParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "UserId": S,
        "UserId.$": str,
        "Service": S,
        "Service.$": str,
        "Operation": S,
        "Operation.$": str,
        "Quantity": S,
        "Quantity.$": str,
        "Timestamp": T,
        "Timestamp.$": str,
        "AwsRegion": S,
        "AwsRegion.$": str,
        "Properties": M[S],
        "Properties.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)

class CustomCharge(TypedDict, total=False):
    ChargeId: S
    Description: S
    Amount: S
    Currency: S
    MetricId: S
    TaxCode: S

PutCustomChargesParameters = TypedDict(
    "PutCustomChargesParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "UserId": S,
        "UserId.$": str,
        "Charges": L[Xi[CustomCharge]],
        "Charges.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
PutEventParameters = TypedDict(
    "PutEventParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "UserId": S,
        "UserId.$": str,
        "EventType": S,
        "EventType.$": str,
        "Quantity": S,
        "Quantity.$": str,
        "Timestamp": T,
        "Timestamp.$": str,
        "Properties": M[S],
        "Properties.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
PutThirdPartyCostParameters = TypedDict(
    "PutThirdPartyCostParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "CostId": S,
        "CostId.$": str,
        "Label": S,
        "Label.$": str,
        "Amount": S,
        "Amount.$": str,
        "Frequency": S,
        "Frequency.$": str,
        "Currency": S,
        "Currency.$": str,
        "Description": S,
        "Description.$": str,
        "EffectiveFrom": S,
        "EffectiveFrom.$": str,
        "EffectiveTo": S,
        "EffectiveTo.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
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
UpdateAppParameters = TypedDict(
    "UpdateAppParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Scope": S,
        "Scope.$": str,
        "CostTracking": X[CostTrackingConfiguration],
        "CostTracking.$": str,
    },
    total=False,
)
UpdateAppPaymentRegistrationParameters = TypedDict(
    "UpdateAppPaymentRegistrationParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "PaymentRegistrationId": S,
        "PaymentRegistrationId.$": str,
        "LegalName": S,
        "LegalName.$": str,
        "DeveloperAddress": X[DeveloperAddress],
        "DeveloperAddress.$": str,
        "TaxRegistrationNumber": S,
        "TaxRegistrationNumber.$": str,
        "Email": S,
        "Email.$": str,
        "SupportEmail": S,
        "SupportEmail.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "SupportPhone": S,
        "SupportPhone.$": str,
        "InvoiceLogo": S,
        "InvoiceLogo.$": str,
        "TaxRegistrations": L[Xi[TaxRegistration]],
        "TaxRegistrations.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
UpdateMetricParameters = TypedDict(
    "UpdateMetricParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "MetricId": S,
        "MetricId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "EventType": S,
        "EventType.$": str,
        "UnitName": S,
        "UnitName.$": str,
        "Definition": X[MetricDefinition],
        "Definition.$": str,
    },
    total=False,
)
UpdateOneTimePriceParameters = TypedDict(
    "UpdateOneTimePriceParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "OneTimePriceId": S,
        "OneTimePriceId.$": str,
        "Definition": X[OneTimePriceDefinition],
        "Definition.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdatePlanParameters = TypedDict(
    "UpdatePlanParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "PlanId": S,
        "PlanId.$": str,
        "Definition": X[PlanDefinition],
        "Definition.$": str,
    },
    total=False,
)
archive_metric: Builder[ArchiveMetricParameters]
archive_plan: Builder[ArchivePlanParameters]
cancel_subscription: Builder[CancelSubscriptionParameters]
create_app: Builder[CreateAppParameters]
create_app_payment_registration: Builder[CreateAppPaymentRegistrationParameters]
create_billing_portal_session: Builder[CreateBillingPortalSessionParameters]
create_metric: Builder[CreateMetricParameters]
create_one_time_checkout_session: Builder[CreateOneTimeCheckoutSessionParameters]
create_one_time_price: Builder[CreateOneTimePriceParameters]
create_plan: Builder[CreatePlanParameters]
create_subscription_checkout_session: Builder[CreateSubscriptionCheckoutSessionParameters]
delete_app: Builder[DeleteAppParameters]
delete_one_time_price: Builder[DeleteOneTimePriceParameters]
delete_third_party_cost: Builder[DeleteThirdPartyCostParameters]
get_app: Builder[GetAppParameters]
get_app_infra_cost_summary: Builder[GetAppInfraCostSummaryParameters]
get_app_payment_registration: Builder[GetAppPaymentRegistrationParameters]
get_app_revenue_summary: Builder[GetAppRevenueSummaryParameters]
get_app_subscription_summary: Builder[GetAppSubscriptionSummaryParameters]
get_app_usage_summary: Builder[GetAppUsageSummaryParameters]
get_entitlement_decision: Builder[GetEntitlementDecisionParameters]
get_metric: Builder[GetMetricParameters]
get_metric_usage: Builder[GetMetricUsageParameters]
get_one_time_price: Builder[GetOneTimePriceParameters]
get_plan: Builder[GetPlanParameters]
get_plan_recommendation: Builder[GetPlanRecommendationParameters]
get_subscription: Builder[GetSubscriptionParameters]
get_subscription_history: Builder[GetSubscriptionHistoryParameters]
get_third_party_cost: Builder[GetThirdPartyCostParameters]
list_apps: Builder[ListAppsParameters]
list_metrics: Builder[ListMetricsParameters]
list_one_time_prices: Builder[ListOneTimePricesParameters]
list_plans: Builder[ListPlansParameters]
list_subscriptions: Builder[ListSubscriptionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_third_party_costs: Builder[ListThirdPartyCostsParameters]
publish_draft: Builder[PublishDraftParameters]
put_aws_service_event: Builder[PutAwsServiceEventParameters]
put_custom_charges: Builder[PutCustomChargesParameters]
put_event: Builder[PutEventParameters]
put_third_party_cost: Builder[PutThirdPartyCostParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_app: Builder[UpdateAppParameters]
update_app_payment_registration: Builder[UpdateAppPaymentRegistrationParameters]
update_metric: Builder[UpdateMetricParameters]
update_one_time_price: Builder[UpdateOneTimePriceParameters]
update_plan: Builder[UpdatePlanParameters]

__all__ = [
    "archive_metric",
    "archive_plan",
    "cancel_subscription",
    "create_app",
    "create_app_payment_registration",
    "create_billing_portal_session",
    "create_metric",
    "create_one_time_checkout_session",
    "create_one_time_price",
    "create_plan",
    "create_subscription_checkout_session",
    "delete_app",
    "delete_one_time_price",
    "delete_third_party_cost",
    "get_app",
    "get_app_infra_cost_summary",
    "get_app_payment_registration",
    "get_app_revenue_summary",
    "get_app_subscription_summary",
    "get_app_usage_summary",
    "get_entitlement_decision",
    "get_metric",
    "get_metric_usage",
    "get_one_time_price",
    "get_plan",
    "get_plan_recommendation",
    "get_subscription",
    "get_subscription_history",
    "get_third_party_cost",
    "list_apps",
    "list_metrics",
    "list_one_time_prices",
    "list_plans",
    "list_subscriptions",
    "list_tags_for_resource",
    "list_third_party_costs",
    "publish_draft",
    "put_aws_service_event",
    "put_custom_charges",
    "put_event",
    "put_third_party_cost",
    "tag_resource",
    "untag_resource",
    "update_app",
    "update_app_payment_registration",
    "update_metric",
    "update_one_time_price",
    "update_plan",
]
