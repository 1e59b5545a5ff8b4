"""Typed builders of the AWS SDK integration of applicationsignals (``aws-sdk:applicationsignals:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, Mi, S, Si, T, X, Xi

class BatchDeleteScope(TypedDict, total=False):
    Service: S
    Environment: S
    InstrumentationType: S

class BatchDeleteByResourceArns(TypedDict, total=False):
    ResourceArns: L[Si]
    InstrumentationType: S

class BatchDeleteDeletionTarget(TypedDict, total=False):
    Scope: X[BatchDeleteScope]
    ResourceArns: X[BatchDeleteByResourceArns]

BatchDeleteInstrumentationConfigurationsParameters = TypedDict(
    "BatchDeleteInstrumentationConfigurationsParameters",
    {"DeletionTarget": X[BatchDeleteDeletionTarget], "DeletionTarget.$": str},
    total=False,
)
BatchGetServiceLevelObjectiveBudgetReportParameters = TypedDict(
    "BatchGetServiceLevelObjectiveBudgetReportParameters",
    {"Timestamp": T, "Timestamp.$": str, "SloIds": L[Si], "SloIds.$": str},
    total=False,
)

class Window(TypedDict, total=False):
    DurationUnit: S
    Duration: I

class RecurrenceRule(TypedDict, total=False):
    Expression: S

class ExclusionWindow(TypedDict, total=False):
    Window: X[Window]
    StartTime: T
    RecurrenceRule: X[RecurrenceRule]
    Reason: S

BatchUpdateExclusionWindowsParameters = TypedDict(
    "BatchUpdateExclusionWindowsParameters",
    {
        "SloIds": L[Si],
        "SloIds.$": str,
        "AddExclusionWindows": L[Xi[ExclusionWindow]],
        "AddExclusionWindows.$": str,
        "RemoveExclusionWindows": L[Xi[ExclusionWindow]],
        "RemoveExclusionWindows.$": str,
    },
    total=False,
)

class CodeLocation(TypedDict, total=False):
    Language: S
    CodeUnit: S
    ClassName: S
    MethodName: S
    FilePath: S
    LineNumber: I

class Location(TypedDict, total=False):
    CodeLocation: X[CodeLocation]

class CaptureLimitsConfig(TypedDict, total=False):
    MaxHits: I
    MaxStringLength: I
    MaxCollectionWidth: I
    MaxCollectionDepth: I
    MaxStackFrames: I
    MaxStackTraceSize: I
    MaxObjectDepth: I
    MaxFieldsPerObject: I

class CodeCaptureConfiguration(TypedDict, total=False):
    CaptureArguments: L[Si]
    CaptureReturn: B
    CaptureStackTrace: B
    CaptureLocals: L[Si]
    CaptureLimits: X[CaptureLimitsConfig]

class CaptureConfiguration(TypedDict, total=False):
    CodeCapture: X[CodeCaptureConfiguration]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateInstrumentationConfigurationParameters = TypedDict(
    "CreateInstrumentationConfigurationParameters",
    {
        "InstrumentationType": S,
        "InstrumentationType.$": str,
        "Service": S,
        "Service.$": str,
        "Environment": S,
        "Environment.$": str,
        "SignalType": S,
        "SignalType.$": str,
        "Location": X[Location],
        "Location.$": str,
        "Description": S,
        "Description.$": str,
        "ExpiresAt": T,
        "ExpiresAt.$": str,
        "AttributeFilters": L[Mi[S]],
        "AttributeFilters.$": str,
        "CaptureConfiguration": X[CaptureConfiguration],
        "CaptureConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class MetricSource(TypedDict, total=False):
    MetricSourceKeyAttributes: M[S]
    MetricSourceAttributes: M[S]

class Dimension(TypedDict, total=False):
    Name: S
    Value: S

class Metric(TypedDict, total=False):
    Namespace: S
    MetricName: S
    Dimensions: L[Xi[Dimension]]

class MetricStat(TypedDict, total=False):
    Metric: X[Metric]
    Period: I
    Stat: S
    Unit: S

class MetricDataQuery(TypedDict, total=False):
    Id: S
    MetricStat: X[MetricStat]
    Expression: S
    Label: S
    ReturnData: B
    Period: I
    AccountId: S

class DependencyConfig(TypedDict, total=False):
    DependencyKeyAttributes: M[S]
    DependencyOperationName: S

class SelectionConfig(TypedDict, total=False):
    Type: S
    Pattern: S

class CompositeSliComponent(TypedDict, total=False):
    OperationName: S

class CompositeSliConfig(TypedDict, total=False):
    SelectionConfig: X[SelectionConfig]
    Components: L[Xi[CompositeSliComponent]]

class ServiceLevelIndicatorMetricConfig(TypedDict, total=False):
    KeyAttributes: M[S]
    OperationName: S
    MetricType: S
    MetricName: S
    Statistic: S
    PeriodSeconds: I
    MetricSource: X[MetricSource]
    MetricDataQueries: L[Xi[MetricDataQuery]]
    DependencyConfig: X[DependencyConfig]
    CompositeSliConfig: X[CompositeSliConfig]

class ServiceLevelIndicatorConfig(TypedDict, total=False):
    SliMetricConfig: X[ServiceLevelIndicatorMetricConfig]
    MetricThreshold: F
    ComparisonOperator: S

class MonitoredRequestCountMetricDataQueries(TypedDict, total=False):
    GoodCountMetric: L[Xi[MetricDataQuery]]
    BadCountMetric: L[Xi[MetricDataQuery]]

class RequestBasedServiceLevelIndicatorMetricConfig(TypedDict, total=False):
    KeyAttributes: M[S]
    OperationName: S
    MetricType: S
    TotalRequestCountMetric: L[Xi[MetricDataQuery]]
    MonitoredRequestCountMetric: X[MonitoredRequestCountMetricDataQueries]
    DependencyConfig: X[DependencyConfig]
    MetricSource: X[MetricSource]
    MetricName: S
    CompositeSliConfig: X[CompositeSliConfig]

class RequestBasedServiceLevelIndicatorConfig(TypedDict, total=False):
    RequestBasedSliMetricConfig: X[RequestBasedServiceLevelIndicatorMetricConfig]
    MetricThreshold: F
    ComparisonOperator: S

class RollingInterval(TypedDict, total=False):
    DurationUnit: S
    Duration: I

class CalendarInterval(TypedDict, total=False):
    StartTime: T
    DurationUnit: S
    Duration: I

class Interval(TypedDict, total=False):
    RollingInterval: X[RollingInterval]
    CalendarInterval: X[CalendarInterval]

class Goal(TypedDict, total=False):
    Interval: X[Interval]
    AttainmentGoal: F
    WarningThreshold: F

class BurnRateConfiguration(TypedDict, total=False):
    LookBackWindowMinutes: I

CreateServiceLevelObjectiveParameters = TypedDict(
    "CreateServiceLevelObjectiveParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SliConfig": X[ServiceLevelIndicatorConfig],
        "SliConfig.$": str,
        "RequestBasedSliConfig": X[RequestBasedServiceLevelIndicatorConfig],
        "RequestBasedSliConfig.$": str,
        "Goal": X[Goal],
        "Goal.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "BurnRateConfigurations": L[Xi[BurnRateConfiguration]],
        "BurnRateConfigurations.$": str,
        "CreateRecommendedSlo": B,
        "CreateRecommendedSlo.$": str,
        "AutoInvestigationEnabled": B,
        "AutoInvestigationEnabled.$": str,
    },
    total=False,
)

class DeleteGroupingConfigurationParameters(TypedDict, total=False): ...

class LocationIdentifier(TypedDict, total=False):
    CodeLocation: X[CodeLocation]
    LocationHash: S

DeleteInstrumentationConfigurationParameters = TypedDict(
    "DeleteInstrumentationConfigurationParameters",
    {
        "InstrumentationType": S,
        "InstrumentationType.$": str,
        "Service": S,
        "Service.$": str,
        "Environment": S,
        "Environment.$": str,
        "SignalType": S,
        "SignalType.$": str,
        "LocationIdentifier": X[LocationIdentifier],
        "LocationIdentifier.$": str,
    },
    total=False,
)
DeleteServiceLevelObjectiveParameters = TypedDict(
    "DeleteServiceLevelObjectiveParameters", {"Id": S, "Id.$": str}, total=False
)
GetInstrumentationConfigurationParameters = TypedDict(
    "GetInstrumentationConfigurationParameters",
    {
        "InstrumentationType": S,
        "InstrumentationType.$": str,
        "Service": S,
        "Service.$": str,
        "Environment": S,
        "Environment.$": str,
        "SignalType": S,
        "SignalType.$": str,
        "LocationIdentifier": X[LocationIdentifier],
        "LocationIdentifier.$": str,
    },
    total=False,
)
GetInstrumentationConfigurationStatusParameters = TypedDict(
    "GetInstrumentationConfigurationStatusParameters",
    {
        "InstrumentationType": S,
        "InstrumentationType.$": str,
        "Service": S,
        "Service.$": str,
        "Environment": S,
        "Environment.$": str,
        "SignalType": S,
        "SignalType.$": str,
        "LocationIdentifier": X[LocationIdentifier],
        "LocationIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetServiceParameters = TypedDict(
    "GetServiceParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "KeyAttributes": M[S],
        "KeyAttributes.$": str,
    },
    total=False,
)
GetServiceLevelObjectiveParameters = TypedDict(
    "GetServiceLevelObjectiveParameters", {"Id": S, "Id.$": str}, total=False
)

class ServiceEntity(TypedDict, total=False):
    Type: S
    Name: S
    Environment: S
    AwsAccountId: S

class ServiceLevelObjectiveEntity(TypedDict, total=False):
    SloName: S
    SloArn: S

class ServiceOperationEntity(TypedDict, total=False):
    Service: X[ServiceEntity]
    Operation: S
    MetricType: S

class CanaryEntity(TypedDict, total=False):
    CanaryName: S

class AuditTargetEntity(TypedDict, total=False):
    Service: X[ServiceEntity]
    Slo: X[ServiceLevelObjectiveEntity]
    ServiceOperation: X[ServiceOperationEntity]
    Canary: X[CanaryEntity]

class AuditTarget(TypedDict, total=False):
    Type: S
    Data: X[AuditTargetEntity]

ListAuditFindingsParameters = TypedDict(
    "ListAuditFindingsParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Auditors": L[Si],
        "Auditors.$": str,
        "AuditTargets": L[Xi[AuditTarget]],
        "AuditTargets.$": str,
        "DetailLevel": S,
        "DetailLevel.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEntityEventsParameters = TypedDict(
    "ListEntityEventsParameters",
    {
        "Entity": M[S],
        "Entity.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGroupingAttributeDefinitionsParameters = TypedDict(
    "ListGroupingAttributeDefinitionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "IncludeLinkedAccounts": B,
        "IncludeLinkedAccounts.$": str,
    },
    total=False,
)
ListInstrumentationConfigurationsParameters = TypedDict(
    "ListInstrumentationConfigurationsParameters",
    {
        "Service": S,
        "Service.$": str,
        "Environment": S,
        "Environment.$": str,
        "InstrumentationType": S,
        "InstrumentationType.$": str,
        "SyncedAt": T,
        "SyncedAt.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceDependenciesParameters = TypedDict(
    "ListServiceDependenciesParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "KeyAttributes": M[S],
        "KeyAttributes.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceDependentsParameters = TypedDict(
    "ListServiceDependentsParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "KeyAttributes": M[S],
        "KeyAttributes.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceLevelObjectiveExclusionWindowsParameters = TypedDict(
    "ListServiceLevelObjectiveExclusionWindowsParameters",
    {
        "Id": S,
        "Id.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceLevelObjectivesParameters = TypedDict(
    "ListServiceLevelObjectivesParameters",
    {
        "KeyAttributes": M[S],
        "KeyAttributes.$": str,
        "OperationName": S,
        "OperationName.$": str,
        "DependencyConfig": X[DependencyConfig],
        "DependencyConfig.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MetricSourceTypes": L[Si],
        "MetricSourceTypes.$": str,
        "IncludeLinkedAccounts": B,
        "IncludeLinkedAccounts.$": str,
        "SloOwnerAwsAccountId": S,
        "SloOwnerAwsAccountId.$": str,
        "MetricSource": X[MetricSource],
        "MetricSource.$": str,
    },
    total=False,
)
ListServiceOperationsParameters = TypedDict(
    "ListServiceOperationsParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "KeyAttributes": M[S],
        "KeyAttributes.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AttributeFilter(TypedDict, total=False):
    AttributeFilterName: S
    AttributeFilterValues: L[Si]

ListServiceStatesParameters = TypedDict(
    "ListServiceStatesParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeLinkedAccounts": B,
        "IncludeLinkedAccounts.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
        "AttributeFilters": L[Xi[AttributeFilter]],
        "AttributeFilters.$": str,
    },
    total=False,
)
ListServicesParameters = TypedDict(
    "ListServicesParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeLinkedAccounts": B,
        "IncludeLinkedAccounts.$": str,
        "AwsAccountId": S,
        "AwsAccountId.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class GroupingAttributeDefinition(TypedDict, total=False):
    GroupingName: S
    GroupingSourceKeys: L[Si]
    DefaultGroupingValue: S

PutGroupingConfigurationParameters = TypedDict(
    "PutGroupingConfigurationParameters",
    {
        "GroupingAttributeDefinitions": L[Xi[GroupingAttributeDefinition]],
        "GroupingAttributeDefinitions.$": str,
    },
    total=False,
)

class InstrumentationConfigurationStatusReport(TypedDict, total=False):
    InstrumentationType: S
    SignalType: S
    LocationHash: S
    Status: S
    Time: T
    ErrorCause: S

ReportInstrumentationConfigurationStatusParameters = TypedDict(
    "ReportInstrumentationConfigurationStatusParameters",
    {
        "Service": S,
        "Service.$": str,
        "Environment": S,
        "Environment.$": str,
        "Configurations": L[Xi[InstrumentationConfigurationStatusReport]],
        "Configurations.$": str,
    },
    total=False,
)

class StartDiscoveryParameters(TypedDict, total=False): ...

TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateServiceLevelObjectiveParameters = TypedDict(
    "UpdateServiceLevelObjectiveParameters",
    {
        "Id": S,
        "Id.$": str,
        "Description": S,
        "Description.$": str,
        "SliConfig": X[ServiceLevelIndicatorConfig],
        "SliConfig.$": str,
        "RequestBasedSliConfig": X[RequestBasedServiceLevelIndicatorConfig],
        "RequestBasedSliConfig.$": str,
        "Goal": X[Goal],
        "Goal.$": str,
        "BurnRateConfigurations": L[Xi[BurnRateConfiguration]],
        "BurnRateConfigurations.$": str,
        "AutoInvestigationEnabled": B,
        "AutoInvestigationEnabled.$": str,
    },
    total=False,
)
batch_delete_instrumentation_configurations: Builder[
    BatchDeleteInstrumentationConfigurationsParameters
]
batch_get_service_level_objective_budget_report: Builder[
    BatchGetServiceLevelObjectiveBudgetReportParameters
]
batch_update_exclusion_windows: Builder[BatchUpdateExclusionWindowsParameters]
create_instrumentation_configuration: Builder[CreateInstrumentationConfigurationParameters]
create_service_level_objective: Builder[CreateServiceLevelObjectiveParameters]
delete_grouping_configuration: Builder[DeleteGroupingConfigurationParameters]
delete_instrumentation_configuration: Builder[DeleteInstrumentationConfigurationParameters]
delete_service_level_objective: Builder[DeleteServiceLevelObjectiveParameters]
get_instrumentation_configuration: Builder[GetInstrumentationConfigurationParameters]
get_instrumentation_configuration_status: Builder[GetInstrumentationConfigurationStatusParameters]
get_service: Builder[GetServiceParameters]
get_service_level_objective: Builder[GetServiceLevelObjectiveParameters]
list_audit_findings: Builder[ListAuditFindingsParameters]
list_entity_events: Builder[ListEntityEventsParameters]
list_grouping_attribute_definitions: Builder[ListGroupingAttributeDefinitionsParameters]
list_instrumentation_configurations: Builder[ListInstrumentationConfigurationsParameters]
list_service_dependencies: Builder[ListServiceDependenciesParameters]
list_service_dependents: Builder[ListServiceDependentsParameters]
list_service_level_objective_exclusion_windows: Builder[
    ListServiceLevelObjectiveExclusionWindowsParameters
]
list_service_level_objectives: Builder[ListServiceLevelObjectivesParameters]
list_service_operations: Builder[ListServiceOperationsParameters]
list_service_states: Builder[ListServiceStatesParameters]
list_services: Builder[ListServicesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_grouping_configuration: Builder[PutGroupingConfigurationParameters]
report_instrumentation_configuration_status: Builder[
    ReportInstrumentationConfigurationStatusParameters
]
start_discovery: Builder[StartDiscoveryParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_service_level_objective: Builder[UpdateServiceLevelObjectiveParameters]

__all__ = [
    "batch_delete_instrumentation_configurations",
    "batch_get_service_level_objective_budget_report",
    "batch_update_exclusion_windows",
    "create_instrumentation_configuration",
    "create_service_level_objective",
    "delete_grouping_configuration",
    "delete_instrumentation_configuration",
    "delete_service_level_objective",
    "get_instrumentation_configuration",
    "get_instrumentation_configuration_status",
    "get_service",
    "get_service_level_objective",
    "list_audit_findings",
    "list_entity_events",
    "list_grouping_attribute_definitions",
    "list_instrumentation_configurations",
    "list_service_dependencies",
    "list_service_dependents",
    "list_service_level_objective_exclusion_windows",
    "list_service_level_objectives",
    "list_service_operations",
    "list_service_states",
    "list_services",
    "list_tags_for_resource",
    "put_grouping_configuration",
    "report_instrumentation_configuration_status",
    "start_discovery",
    "tag_resource",
    "untag_resource",
    "update_service_level_objective",
]
