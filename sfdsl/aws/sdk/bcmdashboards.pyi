"""Typed builders of the AWS SDK integration of bcmdashboards (``aws-sdk:bcmdashboards:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class DateTimeValue(TypedDict, total=False):
    Type: S
    Value: S

class DateTimeRange(TypedDict, total=False):
    StartTime: X[DateTimeValue]
    EndTime: X[DateTimeValue]

class GroupDefinition(TypedDict, total=False):
    Key: S
    Type: S

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

class Expression(TypedDict, total=False):
    Or: L[Xi[Expression]]
    And: L[Xi[Expression]]
    Not: X[Expression]
    Dimensions: X[DimensionValues]
    Tags: X[TagValues]
    CostCategories: X[CostCategoryValues]

class CostAndUsageQuery(TypedDict, total=False):
    Metrics: L[Si]
    TimeRange: X[DateTimeRange]
    Granularity: S
    GroupBy: L[Xi[GroupDefinition]]
    Filter: X[Expression]

class SavingsPlansCoverageQuery(TypedDict, total=False):
    TimeRange: X[DateTimeRange]
    Metrics: L[Si]
    Granularity: S
    GroupBy: L[Xi[GroupDefinition]]
    Filter: X[Expression]

class SavingsPlansUtilizationQuery(TypedDict, total=False):
    TimeRange: X[DateTimeRange]
    Granularity: S
    Filter: X[Expression]

class ReservationCoverageQuery(TypedDict, total=False):
    TimeRange: X[DateTimeRange]
    GroupBy: L[Xi[GroupDefinition]]
    Granularity: S
    Filter: X[Expression]
    Metrics: L[Si]

class ReservationUtilizationQuery(TypedDict, total=False):
    TimeRange: X[DateTimeRange]
    GroupBy: L[Xi[GroupDefinition]]
    Granularity: S
    Filter: X[Expression]

class QueryParameters(TypedDict, total=False):
    CostAndUsage: X[CostAndUsageQuery]
    SavingsPlansCoverage: X[SavingsPlansCoverageQuery]
    SavingsPlansUtilization: X[SavingsPlansUtilizationQuery]
    ReservationCoverage: X[ReservationCoverageQuery]
    ReservationUtilization: X[ReservationUtilizationQuery]

class GraphDisplayConfig(TypedDict, total=False):
    VisualType: S

class TableDisplayConfigStruct(TypedDict, total=False): ...

class DisplayConfig(TypedDict, total=False):
    Graph: M[X[GraphDisplayConfig]]
    Table: X[TableDisplayConfigStruct]

class WidgetConfig(TypedDict, total=False):
    QueryParameters: X[QueryParameters]
    DisplayConfig: X[DisplayConfig]

class Widget(TypedDict, total=False):
    Id: S
    Title: S
    Description: S
    Width: I
    Height: I
    HorizontalOffset: I
    Configs: L[Xi[WidgetConfig]]

class ResourceTag(TypedDict, total=False):
    Key: S
    Value: S

CreateDashboardParameters = TypedDict(
    "CreateDashboardParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Widgets": L[Xi[Widget]],
        "Widgets.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
    },
    total=False,
)

class SchedulePeriod(TypedDict, total=False):
    StartTime: T
    EndTime: T

class ScheduleConfig(TypedDict, total=False):
    ScheduleExpression: S
    ScheduleExpressionTimeZone: S
    SchedulePeriod: X[SchedulePeriod]
    State: S

class ScheduledReportInput(TypedDict, total=False):
    Name: S
    DashboardArn: S
    ScheduledReportExecutionRoleArn: S
    ScheduleConfig: X[ScheduleConfig]
    Description: S
    WidgetIds: L[Si]
    WidgetDateRangeOverride: X[DateTimeRange]

CreateScheduledReportParameters = TypedDict(
    "CreateScheduledReportParameters",
    {
        "ScheduledReport": X[ScheduledReportInput],
        "ScheduledReport.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteDashboardParameters = TypedDict(
    "DeleteDashboardParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteScheduledReportParameters = TypedDict(
    "DeleteScheduledReportParameters", {"Arn": S, "Arn.$": str}, total=False
)
ExecuteScheduledReportParameters = TypedDict(
    "ExecuteScheduledReportParameters",
    {"Arn": S, "Arn.$": str, "ClientToken": S, "ClientToken.$": str, "DryRun": B, "DryRun.$": str},
    total=False,
)
GetDashboardParameters = TypedDict("GetDashboardParameters", {"Arn": S, "Arn.$": str}, total=False)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetScheduledReportParameters = TypedDict(
    "GetScheduledReportParameters", {"Arn": S, "Arn.$": str}, total=False
)
ListDashboardsParameters = TypedDict(
    "ListDashboardsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListScheduledReportsParameters = TypedDict(
    "ListScheduledReportsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
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
UpdateDashboardParameters = TypedDict(
    "UpdateDashboardParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Widgets": L[Xi[Widget]],
        "Widgets.$": str,
    },
    total=False,
)
UpdateScheduledReportParameters = TypedDict(
    "UpdateScheduledReportParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DashboardArn": S,
        "DashboardArn.$": str,
        "ScheduledReportExecutionRoleArn": S,
        "ScheduledReportExecutionRoleArn.$": str,
        "ScheduleConfig": X[ScheduleConfig],
        "ScheduleConfig.$": str,
        "WidgetIds": L[Si],
        "WidgetIds.$": str,
        "WidgetDateRangeOverride": X[DateTimeRange],
        "WidgetDateRangeOverride.$": str,
        "ClearWidgetIds": B,
        "ClearWidgetIds.$": str,
        "ClearWidgetDateRangeOverride": B,
        "ClearWidgetDateRangeOverride.$": str,
    },
    total=False,
)
create_dashboard: Builder[CreateDashboardParameters]
create_scheduled_report: Builder[CreateScheduledReportParameters]
delete_dashboard: Builder[DeleteDashboardParameters]
delete_scheduled_report: Builder[DeleteScheduledReportParameters]
execute_scheduled_report: Builder[ExecuteScheduledReportParameters]
get_dashboard: Builder[GetDashboardParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_scheduled_report: Builder[GetScheduledReportParameters]
list_dashboards: Builder[ListDashboardsParameters]
list_scheduled_reports: Builder[ListScheduledReportsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_dashboard: Builder[UpdateDashboardParameters]
update_scheduled_report: Builder[UpdateScheduledReportParameters]

__all__ = [
    "create_dashboard",
    "create_scheduled_report",
    "delete_dashboard",
    "delete_scheduled_report",
    "execute_scheduled_report",
    "get_dashboard",
    "get_resource_policy",
    "get_scheduled_report",
    "list_dashboards",
    "list_scheduled_reports",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_dashboard",
    "update_scheduled_report",
]
