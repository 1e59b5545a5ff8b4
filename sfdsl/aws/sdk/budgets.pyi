"""Typed builders of the AWS SDK integration of budgets (``aws-sdk:budgets:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

class Spend(TypedDict, total=False):
    Amount: S
    Unit: S

class BudgetLimitDimension(TypedDict, total=False):
    Type: S
    Key: S

class CostTypes(TypedDict, total=False):
    IncludeTax: B
    IncludeSubscription: B
    UseBlended: B
    IncludeRefund: B
    IncludeCredit: B
    IncludeUpfront: B
    IncludeRecurring: B
    IncludeOtherSubscription: B
    IncludeSupport: B
    IncludeDiscount: B
    UseAmortized: B

class TimePeriod(TypedDict, total=False):
    Start: T
    End: T

class CalculatedSpend(TypedDict, total=False):
    ActualSpend: X[Spend]
    ForecastedSpend: X[Spend]

class HistoricalOptions(TypedDict, total=False):
    BudgetAdjustmentPeriod: I
    LookBackAvailablePeriods: I

class AutoAdjustData(TypedDict, total=False):
    AutoAdjustType: S
    HistoricalOptions: X[HistoricalOptions]
    LastAutoAdjustTime: T

class ExpressionDimensionValues(TypedDict, total=False):
    Key: S
    Values: L[Si]
    MatchOptions: L[Si]

class IdentityCenterAttributeValues(TypedDict, total=False):
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
    Dimensions: X[ExpressionDimensionValues]
    IdentityCenterAttributes: X[IdentityCenterAttributeValues]
    Tags: X[TagValues]
    CostCategories: X[CostCategoryValues]
    ProductAttributes: X[ProductAttributeValues]

class HealthStatus(TypedDict, total=False):
    Status: S
    StatusReason: S
    LastUpdatedTime: T

class SpendSummary(TypedDict, total=False):
    PrincipalsWithSpend: I
    LimitsReached: I
    TotalSpend: X[Spend]
    LastUpdatedTime: T

class Budget(TypedDict, total=False):
    BudgetName: S
    BudgetLimit: X[Spend]
    BudgetLimitDimensions: L[Xi[BudgetLimitDimension]]
    SpendAttributions: L[Si]
    PlannedBudgetLimits: M[X[Spend]]
    CostFilters: M[L[Si]]
    CostTypes: X[CostTypes]
    TimeUnit: S
    TimePeriod: X[TimePeriod]
    CalculatedSpend: X[CalculatedSpend]
    BudgetType: S
    LastUpdatedTime: T
    AutoAdjustData: X[AutoAdjustData]
    FilterExpression: X[Expression]
    Metrics: L[Si]
    BillingViewArn: S
    HealthStatus: X[HealthStatus]
    SpendSummary: X[SpendSummary]

class Notification(TypedDict, total=False):
    NotificationType: S
    ComparisonOperator: S
    Threshold: F
    ThresholdType: S
    NotificationState: S
    InAlarmCount: I

class Subscriber(TypedDict, total=False):
    SubscriptionType: S
    Address: S

class NotificationWithSubscribers(TypedDict, total=False):
    Notification: X[Notification]
    Subscribers: L[Xi[Subscriber]]

class ResourceTag(TypedDict, total=False):
    Key: S
    Value: S

CreateBudgetParameters = TypedDict(
    "CreateBudgetParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Budget": X[Budget],
        "Budget.$": str,
        "NotificationsWithSubscribers": L[Xi[NotificationWithSubscribers]],
        "NotificationsWithSubscribers.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
    },
    total=False,
)

class ActionThreshold(TypedDict, total=False):
    ActionThresholdValue: F
    ActionThresholdType: S

class IamActionDefinition(TypedDict, total=False):
    PolicyArn: S
    Roles: L[Si]
    Groups: L[Si]
    Users: L[Si]

class ScpActionDefinition(TypedDict, total=False):
    PolicyId: S
    TargetIds: L[Si]

class SsmActionDefinition(TypedDict, total=False):
    ActionSubType: S
    Region: S
    InstanceIds: L[Si]

class BlockServiceActionDefinition(TypedDict, total=False):
    Service: S

class Definition(TypedDict, total=False):
    IamActionDefinition: X[IamActionDefinition]
    ScpActionDefinition: X[ScpActionDefinition]
    SsmActionDefinition: X[SsmActionDefinition]
    BlockServiceActionDefinition: X[BlockServiceActionDefinition]

CreateBudgetActionParameters = TypedDict(
    "CreateBudgetActionParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "NotificationType": S,
        "NotificationType.$": str,
        "ActionType": S,
        "ActionType.$": str,
        "ActionThreshold": X[ActionThreshold],
        "ActionThreshold.$": str,
        "Definition": X[Definition],
        "Definition.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "ApprovalModel": S,
        "ApprovalModel.$": str,
        "Subscribers": L[Xi[Subscriber]],
        "Subscribers.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
    },
    total=False,
)
CreateNotificationParameters = TypedDict(
    "CreateNotificationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "Notification": X[Notification],
        "Notification.$": str,
        "Subscribers": L[Xi[Subscriber]],
        "Subscribers.$": str,
    },
    total=False,
)
CreateSubscriberParameters = TypedDict(
    "CreateSubscriberParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "Notification": X[Notification],
        "Notification.$": str,
        "Subscriber": X[Subscriber],
        "Subscriber.$": str,
    },
    total=False,
)
DeleteBudgetParameters = TypedDict(
    "DeleteBudgetParameters",
    {"AccountId": S, "AccountId.$": str, "BudgetName": S, "BudgetName.$": str},
    total=False,
)
DeleteBudgetActionParameters = TypedDict(
    "DeleteBudgetActionParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "ActionId": S,
        "ActionId.$": str,
    },
    total=False,
)
DeleteNotificationParameters = TypedDict(
    "DeleteNotificationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "Notification": X[Notification],
        "Notification.$": str,
    },
    total=False,
)
DeleteSubscriberParameters = TypedDict(
    "DeleteSubscriberParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "Notification": X[Notification],
        "Notification.$": str,
        "Subscriber": X[Subscriber],
        "Subscriber.$": str,
    },
    total=False,
)
DescribeBudgetParameters = TypedDict(
    "DescribeBudgetParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "ShowFilterExpression": B,
        "ShowFilterExpression.$": str,
    },
    total=False,
)
DescribeBudgetActionParameters = TypedDict(
    "DescribeBudgetActionParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "ActionId": S,
        "ActionId.$": str,
    },
    total=False,
)
DescribeBudgetActionHistoriesParameters = TypedDict(
    "DescribeBudgetActionHistoriesParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "ActionId": S,
        "ActionId.$": str,
        "TimePeriod": X[TimePeriod],
        "TimePeriod.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeBudgetActionsForAccountParameters = TypedDict(
    "DescribeBudgetActionsForAccountParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Metrics": L[Si],
        "Metrics.$": str,
    },
    total=False,
)
DescribeBudgetActionsForBudgetParameters = TypedDict(
    "DescribeBudgetActionsForBudgetParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeBudgetNotificationsForAccountParameters = TypedDict(
    "DescribeBudgetNotificationsForAccountParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Metrics": L[Si],
        "Metrics.$": str,
    },
    total=False,
)
DescribeBudgetPerformanceHistoryParameters = TypedDict(
    "DescribeBudgetPerformanceHistoryParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "TimePeriod": X[TimePeriod],
        "TimePeriod.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class GroupDefinition(TypedDict, total=False):
    Type: S
    Key: S

DescribeBudgetSpendParameters = TypedDict(
    "DescribeBudgetSpendParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "GroupBy": L[Xi[GroupDefinition]],
        "GroupBy.$": str,
        "FilterExpression": X[Expression],
        "FilterExpression.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class SpendPrincipal(TypedDict, total=False):
    Type: S
    Id: S

DescribeBudgetSpendForPrincipalParameters = TypedDict(
    "DescribeBudgetSpendForPrincipalParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Principal": X[SpendPrincipal],
        "Principal.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeBudgetsParameters = TypedDict(
    "DescribeBudgetsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ShowFilterExpression": B,
        "ShowFilterExpression.$": str,
        "Metrics": L[Si],
        "Metrics.$": str,
    },
    total=False,
)
DescribeNotificationsForBudgetParameters = TypedDict(
    "DescribeNotificationsForBudgetParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeSubscribersForNotificationParameters = TypedDict(
    "DescribeSubscribersForNotificationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "Notification": X[Notification],
        "Notification.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ExecuteBudgetActionParameters = TypedDict(
    "ExecuteBudgetActionParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "ActionId": S,
        "ActionId.$": str,
        "ExecutionType": S,
        "ExecutionType.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {
        "ResourceARN": S,
        "ResourceARN.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "ResourceTagKeys": L[Si], "ResourceTagKeys.$": str},
    total=False,
)
UpdateBudgetParameters = TypedDict(
    "UpdateBudgetParameters",
    {"AccountId": S, "AccountId.$": str, "NewBudget": X[Budget], "NewBudget.$": str},
    total=False,
)
UpdateBudgetActionParameters = TypedDict(
    "UpdateBudgetActionParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "ActionId": S,
        "ActionId.$": str,
        "NotificationType": S,
        "NotificationType.$": str,
        "ActionThreshold": X[ActionThreshold],
        "ActionThreshold.$": str,
        "Definition": X[Definition],
        "Definition.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "ApprovalModel": S,
        "ApprovalModel.$": str,
        "Subscribers": L[Xi[Subscriber]],
        "Subscribers.$": str,
    },
    total=False,
)
UpdateNotificationParameters = TypedDict(
    "UpdateNotificationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "OldNotification": X[Notification],
        "OldNotification.$": str,
        "NewNotification": X[Notification],
        "NewNotification.$": str,
    },
    total=False,
)
UpdateSubscriberParameters = TypedDict(
    "UpdateSubscriberParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BudgetName": S,
        "BudgetName.$": str,
        "Notification": X[Notification],
        "Notification.$": str,
        "OldSubscriber": X[Subscriber],
        "OldSubscriber.$": str,
        "NewSubscriber": X[Subscriber],
        "NewSubscriber.$": str,
    },
    total=False,
)
create_budget: Builder[CreateBudgetParameters]
create_budget_action: Builder[CreateBudgetActionParameters]
create_notification: Builder[CreateNotificationParameters]
create_subscriber: Builder[CreateSubscriberParameters]
delete_budget: Builder[DeleteBudgetParameters]
delete_budget_action: Builder[DeleteBudgetActionParameters]
delete_notification: Builder[DeleteNotificationParameters]
delete_subscriber: Builder[DeleteSubscriberParameters]
describe_budget: Builder[DescribeBudgetParameters]
describe_budget_action: Builder[DescribeBudgetActionParameters]
describe_budget_action_histories: Builder[DescribeBudgetActionHistoriesParameters]
describe_budget_actions_for_account: Builder[DescribeBudgetActionsForAccountParameters]
describe_budget_actions_for_budget: Builder[DescribeBudgetActionsForBudgetParameters]
describe_budget_notifications_for_account: Builder[DescribeBudgetNotificationsForAccountParameters]
describe_budget_performance_history: Builder[DescribeBudgetPerformanceHistoryParameters]
describe_budget_spend: Builder[DescribeBudgetSpendParameters]
describe_budget_spend_for_principal: Builder[DescribeBudgetSpendForPrincipalParameters]
describe_budgets: Builder[DescribeBudgetsParameters]
describe_notifications_for_budget: Builder[DescribeNotificationsForBudgetParameters]
describe_subscribers_for_notification: Builder[DescribeSubscribersForNotificationParameters]
execute_budget_action: Builder[ExecuteBudgetActionParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_budget: Builder[UpdateBudgetParameters]
update_budget_action: Builder[UpdateBudgetActionParameters]
update_notification: Builder[UpdateNotificationParameters]
update_subscriber: Builder[UpdateSubscriberParameters]

__all__ = [
    "create_budget",
    "create_budget_action",
    "create_notification",
    "create_subscriber",
    "delete_budget",
    "delete_budget_action",
    "delete_notification",
    "delete_subscriber",
    "describe_budget",
    "describe_budget_action",
    "describe_budget_action_histories",
    "describe_budget_actions_for_account",
    "describe_budget_actions_for_budget",
    "describe_budget_notifications_for_account",
    "describe_budget_performance_history",
    "describe_budget_spend",
    "describe_budget_spend_for_principal",
    "describe_budgets",
    "describe_notifications_for_budget",
    "describe_subscribers_for_notification",
    "execute_budget_action",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_budget",
    "update_budget_action",
    "update_notification",
    "update_subscriber",
]
