"""Typed builders of the AWS SDK integration of cloudwatch (``aws-sdk:cloudwatch:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, Fi, I, L, M, S, Si, T, X, Xi

AssociateDatasetKmsKeyParameters = TypedDict(
    "AssociateDatasetKmsKeyParameters",
    {"DatasetIdentifier": S, "DatasetIdentifier.$": str, "KmsKeyArn": S, "KmsKeyArn.$": str},
    total=False,
)

class ResourceMetricSelection(TypedDict, total=False):
    IncludeMetrics: L[Si]

CreateResourceMetricsConfigurationParameters = TypedDict(
    "CreateResourceMetricsConfigurationParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "MetricSelections": L[Xi[ResourceMetricSelection]],
        "MetricSelections.$": str,
    },
    total=False,
)
DeleteAlarmMuteRuleParameters = TypedDict(
    "DeleteAlarmMuteRuleParameters",
    {"AlarmMuteRuleName": S, "AlarmMuteRuleName.$": str},
    total=False,
)
DeleteAlarmsParameters = TypedDict(
    "DeleteAlarmsParameters", {"AlarmNames": L[Si], "AlarmNames.$": str}, total=False
)

class Dimension(TypedDict, total=False):
    Name: S
    Value: S

class SingleMetricAnomalyDetector(TypedDict, total=False):
    AccountId: S
    Namespace: S
    MetricName: S
    Dimensions: L[Xi[Dimension]]
    Stat: S

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

class MetricMathAnomalyDetector(TypedDict, total=False):
    MetricDataQueries: L[Xi[MetricDataQuery]]

DeleteAnomalyDetectorParameters = TypedDict(
    "DeleteAnomalyDetectorParameters",
    {
        "AnomalyDetectorId": S,
        "AnomalyDetectorId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "Dimensions": L[Xi[Dimension]],
        "Dimensions.$": str,
        "Stat": S,
        "Stat.$": str,
        "SingleMetricAnomalyDetector": X[SingleMetricAnomalyDetector],
        "SingleMetricAnomalyDetector.$": str,
        "MetricMathAnomalyDetector": X[MetricMathAnomalyDetector],
        "MetricMathAnomalyDetector.$": str,
    },
    total=False,
)
DeleteDashboardsParameters = TypedDict(
    "DeleteDashboardsParameters", {"DashboardNames": L[Si], "DashboardNames.$": str}, total=False
)
DeleteInsightRulesParameters = TypedDict(
    "DeleteInsightRulesParameters", {"RuleNames": L[Si], "RuleNames.$": str}, total=False
)
DeleteMetricDataQueryDefinitionParameters = TypedDict(
    "DeleteMetricDataQueryDefinitionParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteMetricStreamParameters = TypedDict(
    "DeleteMetricStreamParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteResourceMetricsConfigurationParameters = TypedDict(
    "DeleteResourceMetricsConfigurationParameters",
    {"ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
DescribeAlarmContributorsParameters = TypedDict(
    "DescribeAlarmContributorsParameters",
    {"AlarmName": S, "AlarmName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeAlarmHistoryParameters = TypedDict(
    "DescribeAlarmHistoryParameters",
    {
        "AlarmName": S,
        "AlarmName.$": str,
        "AlarmContributorId": S,
        "AlarmContributorId.$": str,
        "AlarmTypes": L[Si],
        "AlarmTypes.$": str,
        "HistoryItemType": S,
        "HistoryItemType.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ScanBy": S,
        "ScanBy.$": str,
    },
    total=False,
)
DescribeAlarmsParameters = TypedDict(
    "DescribeAlarmsParameters",
    {
        "AlarmNames": L[Si],
        "AlarmNames.$": str,
        "AlarmNamePrefix": S,
        "AlarmNamePrefix.$": str,
        "AlarmTypes": L[Si],
        "AlarmTypes.$": str,
        "ChildrenOfAlarmName": S,
        "ChildrenOfAlarmName.$": str,
        "ParentsOfAlarmName": S,
        "ParentsOfAlarmName.$": str,
        "StateValue": S,
        "StateValue.$": str,
        "ActionPrefix": S,
        "ActionPrefix.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeAlarmsForMetricParameters = TypedDict(
    "DescribeAlarmsForMetricParameters",
    {
        "MetricName": S,
        "MetricName.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Statistic": S,
        "Statistic.$": str,
        "ExtendedStatistic": S,
        "ExtendedStatistic.$": str,
        "Dimensions": L[Xi[Dimension]],
        "Dimensions.$": str,
        "Period": I,
        "Period.$": str,
        "Unit": S,
        "Unit.$": str,
    },
    total=False,
)
DescribeAnomalyDetectorsParameters = TypedDict(
    "DescribeAnomalyDetectorsParameters",
    {
        "AnomalyDetectorIds": L[Si],
        "AnomalyDetectorIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "Dimensions": L[Xi[Dimension]],
        "Dimensions.$": str,
        "AnomalyDetectorTypes": L[Si],
        "AnomalyDetectorTypes.$": str,
    },
    total=False,
)
DescribeInsightRulesParameters = TypedDict(
    "DescribeInsightRulesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
DisableAlarmActionsParameters = TypedDict(
    "DisableAlarmActionsParameters", {"AlarmNames": L[Si], "AlarmNames.$": str}, total=False
)
DisableInsightRulesParameters = TypedDict(
    "DisableInsightRulesParameters", {"RuleNames": L[Si], "RuleNames.$": str}, total=False
)
DisassociateDatasetKmsKeyParameters = TypedDict(
    "DisassociateDatasetKmsKeyParameters",
    {"DatasetIdentifier": S, "DatasetIdentifier.$": str},
    total=False,
)
EnableAlarmActionsParameters = TypedDict(
    "EnableAlarmActionsParameters", {"AlarmNames": L[Si], "AlarmNames.$": str}, total=False
)
EnableInsightRulesParameters = TypedDict(
    "EnableInsightRulesParameters", {"RuleNames": L[Si], "RuleNames.$": str}, total=False
)
GetAlarmMuteRuleParameters = TypedDict(
    "GetAlarmMuteRuleParameters", {"AlarmMuteRuleName": S, "AlarmMuteRuleName.$": str}, total=False
)
GetDashboardParameters = TypedDict(
    "GetDashboardParameters", {"DashboardName": S, "DashboardName.$": str}, total=False
)
GetDatasetParameters = TypedDict(
    "GetDatasetParameters", {"DatasetIdentifier": S, "DatasetIdentifier.$": str}, total=False
)
GetInsightRuleReportParameters = TypedDict(
    "GetInsightRuleReportParameters",
    {
        "RuleName": S,
        "RuleName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Period": I,
        "Period.$": str,
        "MaxContributorCount": I,
        "MaxContributorCount.$": str,
        "Metrics": L[Si],
        "Metrics.$": str,
        "OrderBy": S,
        "OrderBy.$": str,
    },
    total=False,
)

class LabelOptions(TypedDict, total=False):
    Timezone: S

GetMetricDataParameters = TypedDict(
    "GetMetricDataParameters",
    {
        "MetricDataQueries": L[Xi[MetricDataQuery]],
        "MetricDataQueries.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ScanBy": S,
        "ScanBy.$": str,
        "MaxDatapoints": I,
        "MaxDatapoints.$": str,
        "LabelOptions": X[LabelOptions],
        "LabelOptions.$": str,
    },
    total=False,
)
GetMetricDataQueryDefinitionParameters = TypedDict(
    "GetMetricDataQueryDefinitionParameters", {"Id": S, "Id.$": str}, total=False
)
GetMetricStatisticsParameters = TypedDict(
    "GetMetricStatisticsParameters",
    {
        "Namespace": S,
        "Namespace.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "Dimensions": L[Xi[Dimension]],
        "Dimensions.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Period": I,
        "Period.$": str,
        "Statistics": L[Si],
        "Statistics.$": str,
        "ExtendedStatistics": L[Si],
        "ExtendedStatistics.$": str,
        "Unit": S,
        "Unit.$": str,
    },
    total=False,
)
GetMetricStreamParameters = TypedDict(
    "GetMetricStreamParameters", {"Name": S, "Name.$": str}, total=False
)
GetMetricWidgetImageParameters = TypedDict(
    "GetMetricWidgetImageParameters",
    {"MetricWidget": S, "MetricWidget.$": str, "OutputFormat": S, "OutputFormat.$": str},
    total=False,
)

class GetOTelEnrichmentParameters(TypedDict, total=False): ...

GetResourceMetricsConfigurationParameters = TypedDict(
    "GetResourceMetricsConfigurationParameters",
    {"ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
ListAlarmMuteRulesParameters = TypedDict(
    "ListAlarmMuteRulesParameters",
    {
        "AlarmName": S,
        "AlarmName.$": str,
        "Statuses": L[Si],
        "Statuses.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDashboardsParameters = TypedDict(
    "ListDashboardsParameters",
    {"DashboardNamePrefix": S, "DashboardNamePrefix.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListManagedInsightRulesParameters = TypedDict(
    "ListManagedInsightRulesParameters",
    {
        "ResourceARN": S,
        "ResourceARN.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMetricDataQueryDefinitionsParameters = TypedDict(
    "ListMetricDataQueryDefinitionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListMetricStreamsParameters = TypedDict(
    "ListMetricStreamsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class DimensionFilter(TypedDict, total=False):
    Name: S
    Value: S

ListMetricsParameters = TypedDict(
    "ListMetricsParameters",
    {
        "Namespace": S,
        "Namespace.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "Dimensions": L[Xi[DimensionFilter]],
        "Dimensions.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RecentlyActive": S,
        "RecentlyActive.$": str,
        "IncludeLinkedAccounts": B,
        "IncludeLinkedAccounts.$": str,
        "OwningAccount": S,
        "OwningAccount.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)

class Schedule(TypedDict, total=False):
    Expression: S
    Duration: S
    Timezone: S

class Rule(TypedDict, total=False):
    Schedule: X[Schedule]

class MuteTargets(TypedDict, total=False):
    AlarmNames: L[Si]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

PutAlarmMuteRuleParameters = TypedDict(
    "PutAlarmMuteRuleParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Rule": X[Rule],
        "Rule.$": str,
        "MuteTargets": X[MuteTargets],
        "MuteTargets.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "ExpireDate": T,
        "ExpireDate.$": str,
    },
    total=False,
)

class Range(TypedDict, total=False):
    StartTime: T
    EndTime: T

class AnomalyDetectorConfiguration(TypedDict, total=False):
    ExcludedTimeRanges: L[Xi[Range]]
    MetricTimezone: S
    AdaptationSpeed: S
    OutlierFilteringStrength: S

class MetricCharacteristics(TypedDict, total=False):
    PeriodicSpikes: B

PutAnomalyDetectorParameters = TypedDict(
    "PutAnomalyDetectorParameters",
    {
        "Namespace": S,
        "Namespace.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "Dimensions": L[Xi[Dimension]],
        "Dimensions.$": str,
        "Stat": S,
        "Stat.$": str,
        "Configuration": X[AnomalyDetectorConfiguration],
        "Configuration.$": str,
        "MetricCharacteristics": X[MetricCharacteristics],
        "MetricCharacteristics.$": str,
        "SingleMetricAnomalyDetector": X[SingleMetricAnomalyDetector],
        "SingleMetricAnomalyDetector.$": str,
        "MetricMathAnomalyDetector": X[MetricMathAnomalyDetector],
        "MetricMathAnomalyDetector.$": str,
    },
    total=False,
)

class AlarmTagsPropagation(TypedDict, total=False):
    Enabled: B
    IncludedTagKeys: L[Si]
    ExcludedTagKeys: L[Si]

class ActionConfiguration(TypedDict, total=False):
    AlarmTagsPropagation: X[AlarmTagsPropagation]

PutCompositeAlarmParameters = TypedDict(
    "PutCompositeAlarmParameters",
    {
        "ActionsEnabled": B,
        "ActionsEnabled.$": str,
        "AlarmActions": L[Si],
        "AlarmActions.$": str,
        "AlarmDescription": S,
        "AlarmDescription.$": str,
        "AlarmName": S,
        "AlarmName.$": str,
        "AlarmRule": S,
        "AlarmRule.$": str,
        "InsufficientDataActions": L[Si],
        "InsufficientDataActions.$": str,
        "OkActions": L[Si],
        "OkActions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ActionsSuppressor": S,
        "ActionsSuppressor.$": str,
        "ActionsSuppressorWaitPeriod": I,
        "ActionsSuppressorWaitPeriod.$": str,
        "ActionsSuppressorExtensionPeriod": I,
        "ActionsSuppressorExtensionPeriod.$": str,
        "ActionConfiguration": X[ActionConfiguration],
        "ActionConfiguration.$": str,
    },
    total=False,
)
PutDashboardParameters = TypedDict(
    "PutDashboardParameters",
    {
        "DashboardName": S,
        "DashboardName.$": str,
        "DashboardBody": S,
        "DashboardBody.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
PutInsightRuleParameters = TypedDict(
    "PutInsightRuleParameters",
    {
        "RuleName": S,
        "RuleName.$": str,
        "RuleState": S,
        "RuleState.$": str,
        "RuleDefinition": S,
        "RuleDefinition.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ApplyOnTransformedLogs": B,
        "ApplyOnTransformedLogs.$": str,
    },
    total=False,
)

class ScheduleConfiguration(TypedDict, total=False):
    ScheduleExpression: S
    StartTimeOffset: I
    EndTimeOffset: I

class ScheduledQueryConfiguration(TypedDict, total=False):
    QueryString: S
    LogGroupIdentifiers: L[Si]
    QueryARN: S
    ScheduledQueryRoleARN: S
    ScheduleConfiguration: X[ScheduleConfiguration]
    AggregationExpression: S
    Tags: L[Xi[Tag]]

class WarmUpConfiguration(TypedDict, total=False):
    WarmUpPeriodDurationInMinutes: I
    OnlyStartEvaluatingAfterWarmUpPeriodEnds: B

PutLogAlarmParameters = TypedDict(
    "PutLogAlarmParameters",
    {
        "AlarmName": S,
        "AlarmName.$": str,
        "AlarmDescription": S,
        "AlarmDescription.$": str,
        "ScheduledQueryConfiguration": X[ScheduledQueryConfiguration],
        "ScheduledQueryConfiguration.$": str,
        "ActionLogLineCount": I,
        "ActionLogLineCount.$": str,
        "ActionLogLineRoleArn": S,
        "ActionLogLineRoleArn.$": str,
        "ActionsEnabled": B,
        "ActionsEnabled.$": str,
        "OkActions": L[Si],
        "OkActions.$": str,
        "AlarmActions": L[Si],
        "AlarmActions.$": str,
        "InsufficientDataActions": L[Si],
        "InsufficientDataActions.$": str,
        "QueryResultsToEvaluate": I,
        "QueryResultsToEvaluate.$": str,
        "QueryResultsToAlarm": I,
        "QueryResultsToAlarm.$": str,
        "Threshold": F,
        "Threshold.$": str,
        "ComparisonOperator": S,
        "ComparisonOperator.$": str,
        "TreatMissingData": S,
        "TreatMissingData.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "WarmUpConfiguration": X[WarmUpConfiguration],
        "WarmUpConfiguration.$": str,
        "ActionConfiguration": X[ActionConfiguration],
        "ActionConfiguration.$": str,
    },
    total=False,
)

class ManagedRule(TypedDict, total=False):
    TemplateName: S
    ResourceARN: S
    Tags: L[Xi[Tag]]

PutManagedInsightRulesParameters = TypedDict(
    "PutManagedInsightRulesParameters",
    {"ManagedRules": L[Xi[ManagedRule]], "ManagedRules.$": str},
    total=False,
)

class WallClockWindow(TypedDict, total=False):
    Timezone: S

class SlidingWindow(TypedDict, total=False): ...

class EvaluationWindow(TypedDict, total=False):
    WallClockWindow: X[WallClockWindow]
    SlidingWindow: X[SlidingWindow]

class AlarmPromQLCriteria(TypedDict, total=False):
    Query: S
    PendingPeriod: I
    RecoveryPeriod: I

class EvaluationCriteria(TypedDict, total=False):
    PromQLCriteria: X[AlarmPromQLCriteria]

PutMetricAlarmParameters = TypedDict(
    "PutMetricAlarmParameters",
    {
        "AlarmName": S,
        "AlarmName.$": str,
        "AlarmDescription": S,
        "AlarmDescription.$": str,
        "ActionsEnabled": B,
        "ActionsEnabled.$": str,
        "OkActions": L[Si],
        "OkActions.$": str,
        "AlarmActions": L[Si],
        "AlarmActions.$": str,
        "InsufficientDataActions": L[Si],
        "InsufficientDataActions.$": str,
        "MetricName": S,
        "MetricName.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Statistic": S,
        "Statistic.$": str,
        "ExtendedStatistic": S,
        "ExtendedStatistic.$": str,
        "Dimensions": L[Xi[Dimension]],
        "Dimensions.$": str,
        "Period": I,
        "Period.$": str,
        "Unit": S,
        "Unit.$": str,
        "EvaluationPeriods": I,
        "EvaluationPeriods.$": str,
        "DatapointsToAlarm": I,
        "DatapointsToAlarm.$": str,
        "Threshold": F,
        "Threshold.$": str,
        "ComparisonOperator": S,
        "ComparisonOperator.$": str,
        "TreatMissingData": S,
        "TreatMissingData.$": str,
        "EvaluateLowSampleCountPercentile": S,
        "EvaluateLowSampleCountPercentile.$": str,
        "Metrics": L[Xi[MetricDataQuery]],
        "Metrics.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ThresholdMetricId": S,
        "ThresholdMetricId.$": str,
        "EvaluationWindow": X[EvaluationWindow],
        "EvaluationWindow.$": str,
        "WarmUpConfiguration": X[WarmUpConfiguration],
        "WarmUpConfiguration.$": str,
        "EvaluationCriteria": X[EvaluationCriteria],
        "EvaluationCriteria.$": str,
        "EvaluationInterval": I,
        "EvaluationInterval.$": str,
        "ActionConfiguration": X[ActionConfiguration],
        "ActionConfiguration.$": str,
    },
    total=False,
)

class StatisticSet(TypedDict, total=False):
    SampleCount: F
    Sum: F
    Minimum: F
    Maximum: F

class MetricDatum(TypedDict, total=False):
    MetricName: S
    Dimensions: L[Xi[Dimension]]
    Timestamp: T
    Value: F
    StatisticValues: X[StatisticSet]
    Values: L[Fi]
    Counts: L[Fi]
    Unit: S
    StorageResolution: I

class Entity(TypedDict, total=False):
    KeyAttributes: M[S]
    Attributes: M[S]

class EntityMetricData(TypedDict, total=False):
    Entity: X[Entity]
    MetricData: L[Xi[MetricDatum]]

PutMetricDataParameters = TypedDict(
    "PutMetricDataParameters",
    {
        "Namespace": S,
        "Namespace.$": str,
        "MetricData": L[Xi[MetricDatum]],
        "MetricData.$": str,
        "EntityMetricData": L[Xi[EntityMetricData]],
        "EntityMetricData.$": str,
        "StrictEntityValidation": B,
        "StrictEntityValidation.$": str,
    },
    total=False,
)
PutMetricDataQueryDefinitionParameters = TypedDict(
    "PutMetricDataQueryDefinitionParameters",
    {
        "Id": S,
        "Id.$": str,
        "Path": S,
        "Path.$": str,
        "Expression": S,
        "Expression.$": str,
        "Type": S,
        "Type.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class MetricStreamFilter(TypedDict, total=False):
    Namespace: S
    MetricNames: L[Si]

class MetricStreamStatisticsMetric(TypedDict, total=False):
    Namespace: S
    MetricName: S

class MetricStreamStatisticsConfiguration(TypedDict, total=False):
    IncludeMetrics: L[Xi[MetricStreamStatisticsMetric]]
    AdditionalStatistics: L[Si]

PutMetricStreamParameters = TypedDict(
    "PutMetricStreamParameters",
    {
        "Name": S,
        "Name.$": str,
        "IncludeFilters": L[Xi[MetricStreamFilter]],
        "IncludeFilters.$": str,
        "ExcludeFilters": L[Xi[MetricStreamFilter]],
        "ExcludeFilters.$": str,
        "FirehoseArn": S,
        "FirehoseArn.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "OutputFormat": S,
        "OutputFormat.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "StatisticsConfigurations": L[Xi[MetricStreamStatisticsConfiguration]],
        "StatisticsConfigurations.$": str,
        "IncludeLinkedAccountsMetrics": B,
        "IncludeLinkedAccountsMetrics.$": str,
    },
    total=False,
)
SetAlarmStateParameters = TypedDict(
    "SetAlarmStateParameters",
    {
        "AlarmName": S,
        "AlarmName.$": str,
        "StateValue": S,
        "StateValue.$": str,
        "StateReason": S,
        "StateReason.$": str,
        "StateReasonData": S,
        "StateReasonData.$": str,
    },
    total=False,
)
StartMetricStreamsParameters = TypedDict(
    "StartMetricStreamsParameters", {"Names": L[Si], "Names.$": str}, total=False
)

class OTelEnrichmentMetricSelector(TypedDict, total=False):
    Namespace: S
    MetricNames: L[Si]

StartOTelEnrichmentParameters = TypedDict(
    "StartOTelEnrichmentParameters",
    {
        "IncludeFilters": L[Xi[OTelEnrichmentMetricSelector]],
        "IncludeFilters.$": str,
        "ExcludeFilters": L[Xi[OTelEnrichmentMetricSelector]],
        "ExcludeFilters.$": str,
        "EnableTagEnrichment": B,
        "EnableTagEnrichment.$": str,
    },
    total=False,
)
StopMetricStreamsParameters = TypedDict(
    "StopMetricStreamsParameters", {"Names": L[Si], "Names.$": str}, total=False
)

class StopOTelEnrichmentParameters(TypedDict, total=False): ...

TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateOTelEnrichmentParameters = TypedDict(
    "UpdateOTelEnrichmentParameters",
    {
        "IncludeFilters": L[Xi[OTelEnrichmentMetricSelector]],
        "IncludeFilters.$": str,
        "ExcludeFilters": L[Xi[OTelEnrichmentMetricSelector]],
        "ExcludeFilters.$": str,
        "EnableTagEnrichment": B,
        "EnableTagEnrichment.$": str,
    },
    total=False,
)
UpdateResourceMetricsConfigurationParameters = TypedDict(
    "UpdateResourceMetricsConfigurationParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "MetricSelections": L[Xi[ResourceMetricSelection]],
        "MetricSelections.$": str,
    },
    total=False,
)
associate_dataset_kms_key: Builder[AssociateDatasetKmsKeyParameters]
create_resource_metrics_configuration: Builder[CreateResourceMetricsConfigurationParameters]
delete_alarm_mute_rule: Builder[DeleteAlarmMuteRuleParameters]
delete_alarms: Builder[DeleteAlarmsParameters]
delete_anomaly_detector: Builder[DeleteAnomalyDetectorParameters]
delete_dashboards: Builder[DeleteDashboardsParameters]
delete_insight_rules: Builder[DeleteInsightRulesParameters]
delete_metric_data_query_definition: Builder[DeleteMetricDataQueryDefinitionParameters]
delete_metric_stream: Builder[DeleteMetricStreamParameters]
delete_resource_metrics_configuration: Builder[DeleteResourceMetricsConfigurationParameters]
describe_alarm_contributors: Builder[DescribeAlarmContributorsParameters]
describe_alarm_history: Builder[DescribeAlarmHistoryParameters]
describe_alarms: Builder[DescribeAlarmsParameters]
describe_alarms_for_metric: Builder[DescribeAlarmsForMetricParameters]
describe_anomaly_detectors: Builder[DescribeAnomalyDetectorsParameters]
describe_insight_rules: Builder[DescribeInsightRulesParameters]
disable_alarm_actions: Builder[DisableAlarmActionsParameters]
disable_insight_rules: Builder[DisableInsightRulesParameters]
disassociate_dataset_kms_key: Builder[DisassociateDatasetKmsKeyParameters]
enable_alarm_actions: Builder[EnableAlarmActionsParameters]
enable_insight_rules: Builder[EnableInsightRulesParameters]
get_alarm_mute_rule: Builder[GetAlarmMuteRuleParameters]
get_dashboard: Builder[GetDashboardParameters]
get_dataset: Builder[GetDatasetParameters]
get_insight_rule_report: Builder[GetInsightRuleReportParameters]
get_metric_data: Builder[GetMetricDataParameters]
get_metric_data_query_definition: Builder[GetMetricDataQueryDefinitionParameters]
get_metric_statistics: Builder[GetMetricStatisticsParameters]
get_metric_stream: Builder[GetMetricStreamParameters]
get_metric_widget_image: Builder[GetMetricWidgetImageParameters]
get_o_tel_enrichment: Builder[GetOTelEnrichmentParameters]
get_resource_metrics_configuration: Builder[GetResourceMetricsConfigurationParameters]
list_alarm_mute_rules: Builder[ListAlarmMuteRulesParameters]
list_dashboards: Builder[ListDashboardsParameters]
list_managed_insight_rules: Builder[ListManagedInsightRulesParameters]
list_metric_data_query_definitions: Builder[ListMetricDataQueryDefinitionsParameters]
list_metric_streams: Builder[ListMetricStreamsParameters]
list_metrics: Builder[ListMetricsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_alarm_mute_rule: Builder[PutAlarmMuteRuleParameters]
put_anomaly_detector: Builder[PutAnomalyDetectorParameters]
put_composite_alarm: Builder[PutCompositeAlarmParameters]
put_dashboard: Builder[PutDashboardParameters]
put_insight_rule: Builder[PutInsightRuleParameters]
put_log_alarm: Builder[PutLogAlarmParameters]
put_managed_insight_rules: Builder[PutManagedInsightRulesParameters]
put_metric_alarm: Builder[PutMetricAlarmParameters]
put_metric_data: Builder[PutMetricDataParameters]
put_metric_data_query_definition: Builder[PutMetricDataQueryDefinitionParameters]
put_metric_stream: Builder[PutMetricStreamParameters]
set_alarm_state: Builder[SetAlarmStateParameters]
start_metric_streams: Builder[StartMetricStreamsParameters]
start_o_tel_enrichment: Builder[StartOTelEnrichmentParameters]
stop_metric_streams: Builder[StopMetricStreamsParameters]
stop_o_tel_enrichment: Builder[StopOTelEnrichmentParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_o_tel_enrichment: Builder[UpdateOTelEnrichmentParameters]
update_resource_metrics_configuration: Builder[UpdateResourceMetricsConfigurationParameters]

__all__ = [
    "associate_dataset_kms_key",
    "create_resource_metrics_configuration",
    "delete_alarm_mute_rule",
    "delete_alarms",
    "delete_anomaly_detector",
    "delete_dashboards",
    "delete_insight_rules",
    "delete_metric_data_query_definition",
    "delete_metric_stream",
    "delete_resource_metrics_configuration",
    "describe_alarm_contributors",
    "describe_alarm_history",
    "describe_alarms",
    "describe_alarms_for_metric",
    "describe_anomaly_detectors",
    "describe_insight_rules",
    "disable_alarm_actions",
    "disable_insight_rules",
    "disassociate_dataset_kms_key",
    "enable_alarm_actions",
    "enable_insight_rules",
    "get_alarm_mute_rule",
    "get_dashboard",
    "get_dataset",
    "get_insight_rule_report",
    "get_metric_data",
    "get_metric_data_query_definition",
    "get_metric_statistics",
    "get_metric_stream",
    "get_metric_widget_image",
    "get_o_tel_enrichment",
    "get_resource_metrics_configuration",
    "list_alarm_mute_rules",
    "list_dashboards",
    "list_managed_insight_rules",
    "list_metric_data_query_definitions",
    "list_metric_streams",
    "list_metrics",
    "list_tags_for_resource",
    "put_alarm_mute_rule",
    "put_anomaly_detector",
    "put_composite_alarm",
    "put_dashboard",
    "put_insight_rule",
    "put_log_alarm",
    "put_managed_insight_rules",
    "put_metric_alarm",
    "put_metric_data",
    "put_metric_data_query_definition",
    "put_metric_stream",
    "set_alarm_state",
    "start_metric_streams",
    "start_o_tel_enrichment",
    "stop_metric_streams",
    "stop_o_tel_enrichment",
    "tag_resource",
    "untag_resource",
    "update_o_tel_enrichment",
    "update_resource_metrics_configuration",
]
