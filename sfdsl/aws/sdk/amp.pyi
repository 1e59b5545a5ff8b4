"""Typed builders of the AWS SDK integration of amp (``aws-sdk:amp:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

CreateAlertManagerDefinitionParameters = TypedDict(
    "CreateAlertManagerDefinitionParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Data": S,
        "Data.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AnomalyDetectorMissingDataAction(TypedDict, total=False):
    MarkAsAnomaly: B
    Skip: B

class IgnoreNearExpected(TypedDict, total=False):
    Amount: F
    Ratio: F

class RandomCutForestConfiguration(TypedDict, total=False):
    Query: S
    ShingleSize: I
    SampleSize: I
    IgnoreNearExpectedFromAbove: X[IgnoreNearExpected]
    IgnoreNearExpectedFromBelow: X[IgnoreNearExpected]

class AnomalyDetectorConfiguration(TypedDict, total=False):
    RandomCutForest: X[RandomCutForestConfiguration]

CreateAnomalyDetectorParameters = TypedDict(
    "CreateAnomalyDetectorParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Alias": S,
        "Alias.$": str,
        "EvaluationIntervalInSeconds": I,
        "EvaluationIntervalInSeconds.$": str,
        "MissingDataAction": X[AnomalyDetectorMissingDataAction],
        "MissingDataAction.$": str,
        "Configuration": X[AnomalyDetectorConfiguration],
        "Configuration.$": str,
        "Labels": M[S],
        "Labels.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateLoggingConfigurationParameters = TypedDict(
    "CreateLoggingConfigurationParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "LogGroupArn": S,
        "LogGroupArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class CloudWatchLogDestination(TypedDict, total=False):
    LogGroupArn: S

class LoggingFilter(TypedDict, total=False):
    QspThreshold: I

class LoggingDestination(TypedDict, total=False):
    CloudWatchLogs: X[CloudWatchLogDestination]
    Filters: X[LoggingFilter]

CreateQueryLoggingConfigurationParameters = TypedDict(
    "CreateQueryLoggingConfigurationParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Destinations": L[Xi[LoggingDestination]],
        "Destinations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateRuleGroupsNamespaceParameters = TypedDict(
    "CreateRuleGroupsNamespaceParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Data": S,
        "Data.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ScrapeConfiguration(TypedDict, total=False):
    ConfigurationBlob: S

class EksConfiguration(TypedDict, total=False):
    ClusterArn: S
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]

class VpcConfiguration(TypedDict, total=False):
    SecurityGroupIds: L[Si]
    SubnetIds: L[Si]

class Source(TypedDict, total=False):
    EksConfiguration: X[EksConfiguration]
    VpcConfiguration: X[VpcConfiguration]

class AmpConfiguration(TypedDict, total=False):
    WorkspaceArn: S

class CloudWatchConfiguration(TypedDict, total=False):
    DatasetArn: S

class Destination(TypedDict, total=False):
    AmpConfiguration: X[AmpConfiguration]
    CloudWatchConfiguration: X[CloudWatchConfiguration]

class RoleConfiguration(TypedDict, total=False):
    SourceRoleArn: S
    TargetRoleArn: S

class OpenSearchExporterConfiguration(TypedDict, total=False):
    DomainArn: S

class KafkaExporterConfiguration(TypedDict, total=False):
    ClusterArn: S
    TopicFilter: S
    ConsumerGroupFilter: S

class ExporterConfiguration(TypedDict, total=False):
    OpenSearchConfiguration: X[OpenSearchExporterConfiguration]
    KafkaConfiguration: X[KafkaExporterConfiguration]

CreateScraperParameters = TypedDict(
    "CreateScraperParameters",
    {
        "Alias": S,
        "Alias.$": str,
        "ScrapeConfiguration": X[ScrapeConfiguration],
        "ScrapeConfiguration.$": str,
        "Source": X[Source],
        "Source.$": str,
        "Destination": X[Destination],
        "Destination.$": str,
        "RoleConfiguration": X[RoleConfiguration],
        "RoleConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Exporters": L[Xi[ExporterConfiguration]],
        "Exporters.$": str,
    },
    total=False,
)
CreateWorkspaceParameters = TypedDict(
    "CreateWorkspaceParameters",
    {
        "Alias": S,
        "Alias.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)
DeleteAlertManagerDefinitionParameters = TypedDict(
    "DeleteAlertManagerDefinitionParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteAnomalyDetectorParameters = TypedDict(
    "DeleteAnomalyDetectorParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "AnomalyDetectorId": S,
        "AnomalyDetectorId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteLoggingConfigurationParameters = TypedDict(
    "DeleteLoggingConfigurationParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteQueryLoggingConfigurationParameters = TypedDict(
    "DeleteQueryLoggingConfigurationParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
DeleteRuleGroupsNamespaceParameters = TypedDict(
    "DeleteRuleGroupsNamespaceParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteScraperParameters = TypedDict(
    "DeleteScraperParameters",
    {"ScraperId": S, "ScraperId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteScraperLoggingConfigurationParameters = TypedDict(
    "DeleteScraperLoggingConfigurationParameters",
    {"ScraperId": S, "ScraperId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteWorkspaceParameters = TypedDict(
    "DeleteWorkspaceParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DescribeAlertManagerDefinitionParameters = TypedDict(
    "DescribeAlertManagerDefinitionParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str},
    total=False,
)
DescribeAnomalyDetectorParameters = TypedDict(
    "DescribeAnomalyDetectorParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "AnomalyDetectorId": S, "AnomalyDetectorId.$": str},
    total=False,
)
DescribeLoggingConfigurationParameters = TypedDict(
    "DescribeLoggingConfigurationParameters", {"WorkspaceId": S, "WorkspaceId.$": str}, total=False
)
DescribeQueryLoggingConfigurationParameters = TypedDict(
    "DescribeQueryLoggingConfigurationParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str},
    total=False,
)
DescribeResourcePolicyParameters = TypedDict(
    "DescribeResourcePolicyParameters", {"WorkspaceId": S, "WorkspaceId.$": str}, total=False
)
DescribeRuleGroupsNamespaceParameters = TypedDict(
    "DescribeRuleGroupsNamespaceParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DescribeScraperParameters = TypedDict(
    "DescribeScraperParameters", {"ScraperId": S, "ScraperId.$": str}, total=False
)
DescribeScraperLoggingConfigurationParameters = TypedDict(
    "DescribeScraperLoggingConfigurationParameters",
    {"ScraperId": S, "ScraperId.$": str},
    total=False,
)
DescribeWorkspaceParameters = TypedDict(
    "DescribeWorkspaceParameters", {"WorkspaceId": S, "WorkspaceId.$": str}, total=False
)
DescribeWorkspaceConfigurationParameters = TypedDict(
    "DescribeWorkspaceConfigurationParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str},
    total=False,
)

class GetDefaultScraperConfigurationParameters(TypedDict, total=False): ...

ListAnomalyDetectorsParameters = TypedDict(
    "ListAnomalyDetectorsParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Alias": S,
        "Alias.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRuleGroupsNamespacesParameters = TypedDict(
    "ListRuleGroupsNamespacesParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListScrapersParameters = TypedDict(
    "ListScrapersParameters",
    {
        "Filters": M[L[Si]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListWorkspacesParameters = TypedDict(
    "ListWorkspacesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "Alias": S,
        "Alias.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PutAlertManagerDefinitionParameters = TypedDict(
    "PutAlertManagerDefinitionParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Data": S,
        "Data.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
PutAnomalyDetectorParameters = TypedDict(
    "PutAnomalyDetectorParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "AnomalyDetectorId": S,
        "AnomalyDetectorId.$": str,
        "EvaluationIntervalInSeconds": I,
        "EvaluationIntervalInSeconds.$": str,
        "MissingDataAction": X[AnomalyDetectorMissingDataAction],
        "MissingDataAction.$": str,
        "Configuration": X[AnomalyDetectorConfiguration],
        "Configuration.$": str,
        "Labels": M[S],
        "Labels.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
PutRuleGroupsNamespaceParameters = TypedDict(
    "PutRuleGroupsNamespaceParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Data": S,
        "Data.$": str,
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
UpdateLoggingConfigurationParameters = TypedDict(
    "UpdateLoggingConfigurationParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "LogGroupArn": S,
        "LogGroupArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateQueryLoggingConfigurationParameters = TypedDict(
    "UpdateQueryLoggingConfigurationParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Destinations": L[Xi[LoggingDestination]],
        "Destinations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateScraperParameters = TypedDict(
    "UpdateScraperParameters",
    {
        "ScraperId": S,
        "ScraperId.$": str,
        "Alias": S,
        "Alias.$": str,
        "ScrapeConfiguration": X[ScrapeConfiguration],
        "ScrapeConfiguration.$": str,
        "Destination": X[Destination],
        "Destination.$": str,
        "RoleConfiguration": X[RoleConfiguration],
        "RoleConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Exporters": L[Xi[ExporterConfiguration]],
        "Exporters.$": str,
    },
    total=False,
)

class ScraperLoggingDestination(TypedDict, total=False):
    CloudWatchLogs: X[CloudWatchLogDestination]

class ComponentConfig(TypedDict, total=False):
    Options: M[S]

class ScraperComponent(TypedDict, total=False):
    Type: S
    Config: X[ComponentConfig]

UpdateScraperLoggingConfigurationParameters = TypedDict(
    "UpdateScraperLoggingConfigurationParameters",
    {
        "ScraperId": S,
        "ScraperId.$": str,
        "LoggingDestination": X[ScraperLoggingDestination],
        "LoggingDestination.$": str,
        "ScraperComponents": L[Xi[ScraperComponent]],
        "ScraperComponents.$": str,
    },
    total=False,
)
UpdateWorkspaceAliasParameters = TypedDict(
    "UpdateWorkspaceAliasParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Alias": S,
        "Alias.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class LimitsPerLabelSetEntry(TypedDict, total=False):
    MaxSeries: I

class LimitsPerLabelSet(TypedDict, total=False):
    Limits: X[LimitsPerLabelSetEntry]
    LabelSet: M[S]

UpdateWorkspaceConfigurationParameters = TypedDict(
    "UpdateWorkspaceConfigurationParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "LimitsPerLabelSet": L[Xi[LimitsPerLabelSet]],
        "LimitsPerLabelSet.$": str,
        "RetentionPeriodInDays": I,
        "RetentionPeriodInDays.$": str,
        "OutOfOrderTimeWindowInSeconds": I,
        "OutOfOrderTimeWindowInSeconds.$": str,
        "RuleQueryOffsetInSeconds": I,
        "RuleQueryOffsetInSeconds.$": str,
    },
    total=False,
)
create_alert_manager_definition: Builder[CreateAlertManagerDefinitionParameters]
create_anomaly_detector: Builder[CreateAnomalyDetectorParameters]
create_logging_configuration: Builder[CreateLoggingConfigurationParameters]
create_query_logging_configuration: Builder[CreateQueryLoggingConfigurationParameters]
create_rule_groups_namespace: Builder[CreateRuleGroupsNamespaceParameters]
create_scraper: Builder[CreateScraperParameters]
create_workspace: Builder[CreateWorkspaceParameters]
delete_alert_manager_definition: Builder[DeleteAlertManagerDefinitionParameters]
delete_anomaly_detector: Builder[DeleteAnomalyDetectorParameters]
delete_logging_configuration: Builder[DeleteLoggingConfigurationParameters]
delete_query_logging_configuration: Builder[DeleteQueryLoggingConfigurationParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_rule_groups_namespace: Builder[DeleteRuleGroupsNamespaceParameters]
delete_scraper: Builder[DeleteScraperParameters]
delete_scraper_logging_configuration: Builder[DeleteScraperLoggingConfigurationParameters]
delete_workspace: Builder[DeleteWorkspaceParameters]
describe_alert_manager_definition: Builder[DescribeAlertManagerDefinitionParameters]
describe_anomaly_detector: Builder[DescribeAnomalyDetectorParameters]
describe_logging_configuration: Builder[DescribeLoggingConfigurationParameters]
describe_query_logging_configuration: Builder[DescribeQueryLoggingConfigurationParameters]
describe_resource_policy: Builder[DescribeResourcePolicyParameters]
describe_rule_groups_namespace: Builder[DescribeRuleGroupsNamespaceParameters]
describe_scraper: Builder[DescribeScraperParameters]
describe_scraper_logging_configuration: Builder[DescribeScraperLoggingConfigurationParameters]
describe_workspace: Builder[DescribeWorkspaceParameters]
describe_workspace_configuration: Builder[DescribeWorkspaceConfigurationParameters]
get_default_scraper_configuration: Builder[GetDefaultScraperConfigurationParameters]
list_anomaly_detectors: Builder[ListAnomalyDetectorsParameters]
list_rule_groups_namespaces: Builder[ListRuleGroupsNamespacesParameters]
list_scrapers: Builder[ListScrapersParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_workspaces: Builder[ListWorkspacesParameters]
put_alert_manager_definition: Builder[PutAlertManagerDefinitionParameters]
put_anomaly_detector: Builder[PutAnomalyDetectorParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
put_rule_groups_namespace: Builder[PutRuleGroupsNamespaceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_logging_configuration: Builder[UpdateLoggingConfigurationParameters]
update_query_logging_configuration: Builder[UpdateQueryLoggingConfigurationParameters]
update_scraper: Builder[UpdateScraperParameters]
update_scraper_logging_configuration: Builder[UpdateScraperLoggingConfigurationParameters]
update_workspace_alias: Builder[UpdateWorkspaceAliasParameters]
update_workspace_configuration: Builder[UpdateWorkspaceConfigurationParameters]

__all__ = [
    "create_alert_manager_definition",
    "create_anomaly_detector",
    "create_logging_configuration",
    "create_query_logging_configuration",
    "create_rule_groups_namespace",
    "create_scraper",
    "create_workspace",
    "delete_alert_manager_definition",
    "delete_anomaly_detector",
    "delete_logging_configuration",
    "delete_query_logging_configuration",
    "delete_resource_policy",
    "delete_rule_groups_namespace",
    "delete_scraper",
    "delete_scraper_logging_configuration",
    "delete_workspace",
    "describe_alert_manager_definition",
    "describe_anomaly_detector",
    "describe_logging_configuration",
    "describe_query_logging_configuration",
    "describe_resource_policy",
    "describe_rule_groups_namespace",
    "describe_scraper",
    "describe_scraper_logging_configuration",
    "describe_workspace",
    "describe_workspace_configuration",
    "get_default_scraper_configuration",
    "list_anomaly_detectors",
    "list_rule_groups_namespaces",
    "list_scrapers",
    "list_tags_for_resource",
    "list_workspaces",
    "put_alert_manager_definition",
    "put_anomaly_detector",
    "put_resource_policy",
    "put_rule_groups_namespace",
    "tag_resource",
    "untag_resource",
    "update_logging_configuration",
    "update_query_logging_configuration",
    "update_scraper",
    "update_scraper_logging_configuration",
    "update_workspace_alias",
    "update_workspace_configuration",
]
