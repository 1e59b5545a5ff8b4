"""Typed builders of the AWS SDK integration of observabilityadmin (``aws-sdk:observabilityadmin:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class SourceLogsConfiguration(TypedDict, total=False):
    LogGroupSelectionCriteria: S
    DataSourceSelectionCriteria: S
    EncryptedLogGroupStrategy: S
    CentralizeWithDataProtection: S

class SourceMetricsConfiguration(TypedDict, total=False):
    MetricsSelectionCriteria: S

class SourceProfilesConfiguration(TypedDict, total=False):
    ProfilesSelectionCriteria: S

class SourceContextGraphConfiguration(TypedDict, total=False): ...

class CentralizationRuleSource(TypedDict, total=False):
    Regions: L[Si]
    Scope: S
    SourceLogsConfiguration: X[SourceLogsConfiguration]
    SourceMetricsConfiguration: X[SourceMetricsConfiguration]
    SourceProfilesConfiguration: X[SourceProfilesConfiguration]
    SourceContextGraphConfiguration: X[SourceContextGraphConfiguration]

class LogsEncryptionConfiguration(TypedDict, total=False):
    EncryptionStrategy: S
    KmsKeyArn: S
    EncryptionConflictResolutionStrategy: S
    EncryptionScope: S

class LogsBackupConfiguration(TypedDict, total=False):
    Region: S
    KmsKeyArn: S

class LogGroupNameConfiguration(TypedDict, total=False):
    LogGroupNamePattern: S

class TagPropagationConfiguration(TypedDict, total=False):
    DestinationRoleArn: S
    TagConflictResolutionStrategy: S

class DestinationLogsConfiguration(TypedDict, total=False):
    LogsEncryptionConfiguration: X[LogsEncryptionConfiguration]
    BackupConfiguration: X[LogsBackupConfiguration]
    LogGroupNameConfiguration: X[LogGroupNameConfiguration]
    TagPropagationConfiguration: X[TagPropagationConfiguration]
    LogGroupDeletionProtection: S

class MetricsBackupConfiguration(TypedDict, total=False):
    Region: S

class DestinationMetricsConfiguration(TypedDict, total=False):
    BackupConfiguration: X[MetricsBackupConfiguration]

class ProfilesBackupConfiguration(TypedDict, total=False):
    Region: S

class DestinationProfilesConfiguration(TypedDict, total=False):
    BackupConfiguration: X[ProfilesBackupConfiguration]

class CentralizationRuleDestination(TypedDict, total=False):
    Region: S
    Account: S
    DestinationLogsConfiguration: X[DestinationLogsConfiguration]
    DestinationMetricsConfiguration: X[DestinationMetricsConfiguration]
    DestinationProfilesConfiguration: X[DestinationProfilesConfiguration]

class CentralizationRule(TypedDict, total=False):
    Source: X[CentralizationRuleSource]
    Destination: X[CentralizationRuleDestination]

CreateCentralizationRuleForOrganizationParameters = TypedDict(
    "CreateCentralizationRuleForOrganizationParameters",
    {
        "RuleName": S,
        "RuleName.$": str,
        "Rule": X[CentralizationRule],
        "Rule.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AzureConnectorConfiguration(TypedDict, total=False):
    TenantIdentifier: S
    ClientIdentifier: S

class ConnectorConfiguration(TypedDict, total=False):
    Azure: X[AzureConnectorConfiguration]

CreateConnectorParameters = TypedDict(
    "CreateConnectorParameters",
    {
        "ConnectorConfiguration": X[ConnectorConfiguration],
        "ConnectorConfiguration.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateDatasetIntegrationParameters = TypedDict(
    "CreateDatasetIntegrationParameters",
    {"RoleArn": S, "RoleArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)

class Encryption(TypedDict, total=False):
    SseAlgorithm: S
    KmsKeyArn: S

CreateS3TableIntegrationParameters = TypedDict(
    "CreateS3TableIntegrationParameters",
    {
        "Encryption": X[Encryption],
        "Encryption.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class TelemetryPipelineConfiguration(TypedDict, total=False):
    Body: S

CreateTelemetryPipelineParameters = TypedDict(
    "CreateTelemetryPipelineParameters",
    {
        "Name": S,
        "Name.$": str,
        "Configuration": X[TelemetryPipelineConfiguration],
        "Configuration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class VPCFlowLogParameters(TypedDict, total=False):
    LogFormat: S
    TrafficType: S
    MaxAggregationInterval: I

class AdvancedFieldSelector(TypedDict, total=False):
    Field: S
    EqualsValue: L[Si]
    StartsWith: L[Si]
    EndsWith: L[Si]
    NotEquals: L[Si]
    NotStartsWith: L[Si]
    NotEndsWith: L[Si]

class AdvancedEventSelector(TypedDict, total=False):
    Name: S
    FieldSelectors: L[Xi[AdvancedFieldSelector]]

class CloudtrailParameters(TypedDict, total=False):
    AdvancedEventSelectors: L[Xi[AdvancedEventSelector]]

class ELBLoadBalancerLoggingParameters(TypedDict, total=False):
    OutputFormat: S
    FieldDelimiter: S

class SingleHeader(TypedDict, total=False):
    Name: S

class FieldToMatch(TypedDict, total=False):
    SingleHeader: X[SingleHeader]
    UriPath: S
    QueryString: S
    Method: S

class ActionCondition(TypedDict, total=False):
    Action: S

class LabelNameCondition(TypedDict, total=False):
    LabelName: S

class Condition(TypedDict, total=False):
    ActionCondition: X[ActionCondition]
    LabelNameCondition: X[LabelNameCondition]

class Filter(TypedDict, total=False):
    Behavior: S
    Requirement: S
    Conditions: L[Xi[Condition]]

class LoggingFilter(TypedDict, total=False):
    Filters: L[Xi[Filter]]
    DefaultBehavior: S

class WAFLoggingParameters(TypedDict, total=False):
    RedactedFields: L[Xi[FieldToMatch]]
    LoggingFilter: X[LoggingFilter]
    LogType: S

class LogDeliveryParameters(TypedDict, total=False):
    LogTypes: L[Si]

class MskMonitoringParameters(TypedDict, total=False):
    EnhancedMonitoring: S

class TelemetryDestinationConfiguration(TypedDict, total=False):
    DestinationType: S
    DestinationPattern: S
    RetentionInDays: I
    VpcFlowLogParameters: X[VPCFlowLogParameters]
    CloudtrailParameters: X[CloudtrailParameters]
    ElbLoadBalancerLoggingParameters: X[ELBLoadBalancerLoggingParameters]
    WafLoggingParameters: X[WAFLoggingParameters]
    LogDeliveryParameters: X[LogDeliveryParameters]
    MskMonitoringParameters: X[MskMonitoringParameters]
    KmsKeyArn: S

class TelemetryRule(TypedDict, total=False):
    ResourceType: S
    TelemetryType: S
    TelemetrySourceTypes: L[Si]
    DestinationConfiguration: X[TelemetryDestinationConfiguration]
    Scope: S
    SelectionCriteria: S
    AllowFieldUpdates: B
    Regions: L[Si]
    AllRegions: B

CreateTelemetryRuleParameters = TypedDict(
    "CreateTelemetryRuleParameters",
    {
        "RuleName": S,
        "RuleName.$": str,
        "Rule": X[TelemetryRule],
        "Rule.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateTelemetryRuleForOrganizationParameters = TypedDict(
    "CreateTelemetryRuleForOrganizationParameters",
    {
        "RuleName": S,
        "RuleName.$": str,
        "Rule": X[TelemetryRule],
        "Rule.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteCentralizationRuleForOrganizationParameters = TypedDict(
    "DeleteCentralizationRuleForOrganizationParameters",
    {"RuleIdentifier": S, "RuleIdentifier.$": str},
    total=False,
)
DeleteConnectorParameters = TypedDict(
    "DeleteConnectorParameters",
    {"ConnectorIdentifier": S, "ConnectorIdentifier.$": str},
    total=False,
)
DeleteDatasetIntegrationParameters = TypedDict(
    "DeleteDatasetIntegrationParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteS3TableIntegrationParameters = TypedDict(
    "DeleteS3TableIntegrationParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteTelemetryPipelineParameters = TypedDict(
    "DeleteTelemetryPipelineParameters",
    {"PipelineIdentifier": S, "PipelineIdentifier.$": str},
    total=False,
)
DeleteTelemetryRuleParameters = TypedDict(
    "DeleteTelemetryRuleParameters", {"RuleIdentifier": S, "RuleIdentifier.$": str}, total=False
)
DeleteTelemetryRuleForOrganizationParameters = TypedDict(
    "DeleteTelemetryRuleForOrganizationParameters",
    {"RuleIdentifier": S, "RuleIdentifier.$": str},
    total=False,
)
GetCentralizationRuleForOrganizationParameters = TypedDict(
    "GetCentralizationRuleForOrganizationParameters",
    {"RuleIdentifier": S, "RuleIdentifier.$": str},
    total=False,
)
GetConnectorParameters = TypedDict(
    "GetConnectorParameters", {"ConnectorIdentifier": S, "ConnectorIdentifier.$": str}, total=False
)
GetConnectorTelemetryManifestParameters = TypedDict(
    "GetConnectorTelemetryManifestParameters",
    {"ConnectorIdentifier": S, "ConnectorIdentifier.$": str},
    total=False,
)
GetConnectorTelemetrySetupParameters = TypedDict(
    "GetConnectorTelemetrySetupParameters",
    {"ConnectorIdentifier": S, "ConnectorIdentifier.$": str, "Format": S, "Format.$": str},
    total=False,
)
GetDatasetIntegrationParameters = TypedDict(
    "GetDatasetIntegrationParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetS3TableIntegrationParameters = TypedDict(
    "GetS3TableIntegrationParameters", {"Arn": S, "Arn.$": str}, total=False
)

class GetTelemetryEnrichmentStatusParameters(TypedDict, total=False): ...
class GetTelemetryEvaluationStatusParameters(TypedDict, total=False): ...
class GetTelemetryEvaluationStatusForOrganizationParameters(TypedDict, total=False): ...

GetTelemetryPipelineParameters = TypedDict(
    "GetTelemetryPipelineParameters",
    {"PipelineIdentifier": S, "PipelineIdentifier.$": str},
    total=False,
)
GetTelemetryRuleParameters = TypedDict(
    "GetTelemetryRuleParameters", {"RuleIdentifier": S, "RuleIdentifier.$": str}, total=False
)
GetTelemetryRuleForOrganizationParameters = TypedDict(
    "GetTelemetryRuleForOrganizationParameters",
    {"RuleIdentifier": S, "RuleIdentifier.$": str},
    total=False,
)
GetThirdPartyTelemetryEnrichmentParameters = TypedDict(
    "GetThirdPartyTelemetryEnrichmentParameters",
    {"TelemetryEnrichmentIdentifier": S, "TelemetryEnrichmentIdentifier.$": str},
    total=False,
)
ListCentralizationRulesForOrganizationParameters = TypedDict(
    "ListCentralizationRulesForOrganizationParameters",
    {
        "RuleNamePrefix": S,
        "RuleNamePrefix.$": str,
        "AllRegions": B,
        "AllRegions.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConnectorsParameters = TypedDict(
    "ListConnectorsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDatasetIntegrationsParameters = TypedDict(
    "ListDatasetIntegrationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListResourceTelemetryParameters = TypedDict(
    "ListResourceTelemetryParameters",
    {
        "ResourceIdentifierPrefix": S,
        "ResourceIdentifierPrefix.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "TelemetryConfigurationState": M[S],
        "TelemetryConfigurationState.$": str,
        "ResourceTags": M[S],
        "ResourceTags.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourceTelemetryForOrganizationParameters = TypedDict(
    "ListResourceTelemetryForOrganizationParameters",
    {
        "AccountIdentifiers": L[Si],
        "AccountIdentifiers.$": str,
        "ResourceIdentifierPrefix": S,
        "ResourceIdentifierPrefix.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "TelemetryConfigurationState": M[S],
        "TelemetryConfigurationState.$": str,
        "ResourceTags": M[S],
        "ResourceTags.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AzureManagementGroupsQuery(TypedDict, total=False):
    ParentManagementGroupId: S

class AzureSubscriptionsQuery(TypedDict, total=False):
    ManagementGroupId: S

class AzureQueryScope(TypedDict, total=False):
    ManagementGroupId: S
    SubscriptionIds: L[Si]

class AzureResourceTypesQuery(TypedDict, total=False):
    Scope: X[AzureQueryScope]

class AzureRegionsQuery(TypedDict, total=False):
    Scope: X[AzureQueryScope]

class TagFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

class AzureResourceIdsQuery(TypedDict, total=False):
    Scope: X[AzureQueryScope]
    ResourceType: S
    Region: S
    TagFilters: L[Xi[TagFilter]]

class AzureEventHubsQuery(TypedDict, total=False):
    Scope: X[AzureQueryScope]
    NamespaceName: S
    Region: S

class AzureConnectorQuery(TypedDict, total=False):
    ManagementGroups: X[AzureManagementGroupsQuery]
    Subscriptions: X[AzureSubscriptionsQuery]
    ResourceTypes: X[AzureResourceTypesQuery]
    Regions: X[AzureRegionsQuery]
    ResourceIds: X[AzureResourceIdsQuery]
    EventHubs: X[AzureEventHubsQuery]

class ConnectorQuery(TypedDict, total=False):
    Azure: X[AzureConnectorQuery]

ListResourcesByConnectorParameters = TypedDict(
    "ListResourcesByConnectorParameters",
    {
        "ConnectorIdentifier": S,
        "ConnectorIdentifier.$": str,
        "Selector": X[ConnectorQuery],
        "Selector.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListS3TableIntegrationsParameters = TypedDict(
    "ListS3TableIntegrationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
ListTelemetryPipelinesParameters = TypedDict(
    "ListTelemetryPipelinesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTelemetryRulesParameters = TypedDict(
    "ListTelemetryRulesParameters",
    {
        "RuleNamePrefix": S,
        "RuleNamePrefix.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTelemetryRulesForOrganizationParameters = TypedDict(
    "ListTelemetryRulesForOrganizationParameters",
    {
        "RuleNamePrefix": S,
        "RuleNamePrefix.$": str,
        "SourceAccountIds": L[Si],
        "SourceAccountIds.$": str,
        "SourceOrganizationUnitIds": L[Si],
        "SourceOrganizationUnitIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListThirdPartyTelemetryEnrichmentsParameters = TypedDict(
    "ListThirdPartyTelemetryEnrichmentsParameters",
    {
        "Status": S,
        "Status.$": str,
        "TelemetrySource": S,
        "TelemetrySource.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AllSubscriptions(TypedDict, total=False): ...

class AzureSubscriptionScope(TypedDict, total=False):
    All: X[AllSubscriptions]
    Ids: L[Si]

class AzureResourceIdScope(TypedDict, total=False):
    Region: S
    ResourceIds: L[Si]

class AzureScope(TypedDict, total=False):
    Subscriptions: X[AzureSubscriptionScope]
    Regions: L[Si]
    ResourceTypes: L[Si]
    TagFilters: L[Xi[TagFilter]]
    Resources: L[Xi[AzureResourceIdScope]]

class AzureScopeItem(TypedDict, total=False):
    TelemetryTypes: L[Si]
    Scope: X[AzureScope]

class TelemetryManifestSource(TypedDict, total=False):
    Azure: L[Xi[AzureScopeItem]]

class AzureEventHubConfiguration(TypedDict, total=False):
    Tier: S
    PartitionCount: I

class AzureFlowLogStorageAccountScope(TypedDict, total=False):
    Region: S
    StorageAccountIds: L[Si]

class AzureCustomerManagedFlowLogs(TypedDict, total=False):
    StorageAccounts: L[Xi[AzureFlowLogStorageAccountScope]]

class AzureAwsManagedFlowLogs(TypedDict, total=False):
    RetentionDays: I

class AzureFlowLogsInfrastructure(TypedDict, total=False):
    CustomerManaged: X[AzureCustomerManagedFlowLogs]
    AwsManaged: X[AzureAwsManagedFlowLogs]

class AzureInfrastructure(TypedDict, total=False):
    SubscriptionId: S
    EventHubs: L[Xi[AzureEventHubConfiguration]]
    FlowLogs: X[AzureFlowLogsInfrastructure]

class TelemetryManifestInfrastructure(TypedDict, total=False):
    Azure: X[AzureInfrastructure]

class TelemetryManifest(TypedDict, total=False):
    Source: X[TelemetryManifestSource]
    Infrastructure: X[TelemetryManifestInfrastructure]

PutConnectorTelemetryManifestParameters = TypedDict(
    "PutConnectorTelemetryManifestParameters",
    {
        "ConnectorIdentifier": S,
        "ConnectorIdentifier.$": str,
        "Manifest": X[TelemetryManifest],
        "Manifest.$": str,
        "ExpectedVersion": I,
        "ExpectedVersion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class StartTelemetryEnrichmentParameters(TypedDict, total=False): ...

StartTelemetryEvaluationParameters = TypedDict(
    "StartTelemetryEvaluationParameters",
    {"Regions": L[Si], "Regions.$": str, "AllRegions": B, "AllRegions.$": str},
    total=False,
)
StartTelemetryEvaluationForOrganizationParameters = TypedDict(
    "StartTelemetryEvaluationForOrganizationParameters",
    {"Regions": L[Si], "Regions.$": str, "AllRegions": B, "AllRegions.$": str},
    total=False,
)
StartTelemetryPipelineRefreshParameters = TypedDict(
    "StartTelemetryPipelineRefreshParameters",
    {"PipelineIdentifier": S, "PipelineIdentifier.$": str},
    total=False,
)

class AzureTelemetrySourceConfigurationInput(TypedDict, total=False):
    AwsConfigConnectorArn: S

class TelemetrySourceConfigurationInput(TypedDict, total=False):
    Azure: X[AzureTelemetrySourceConfigurationInput]

StartThirdPartyTelemetryEnrichmentParameters = TypedDict(
    "StartThirdPartyTelemetryEnrichmentParameters",
    {
        "Name": S,
        "Name.$": str,
        "TelemetrySourceConfiguration": X[TelemetrySourceConfigurationInput],
        "TelemetrySourceConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class StopTelemetryEnrichmentParameters(TypedDict, total=False): ...
class StopTelemetryEvaluationParameters(TypedDict, total=False): ...
class StopTelemetryEvaluationForOrganizationParameters(TypedDict, total=False): ...

StopThirdPartyTelemetryEnrichmentParameters = TypedDict(
    "StopThirdPartyTelemetryEnrichmentParameters",
    {"TelemetryEnrichmentIdentifier": S, "TelemetryEnrichmentIdentifier.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)

class Record(TypedDict, total=False):
    Data: S
    Type: S

TestTelemetryPipelineParameters = TypedDict(
    "TestTelemetryPipelineParameters",
    {
        "Records": L[Xi[Record]],
        "Records.$": str,
        "Configuration": X[TelemetryPipelineConfiguration],
        "Configuration.$": str,
        "SignalType": S,
        "SignalType.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateCentralizationRuleForOrganizationParameters = TypedDict(
    "UpdateCentralizationRuleForOrganizationParameters",
    {"RuleIdentifier": S, "RuleIdentifier.$": str, "Rule": X[CentralizationRule], "Rule.$": str},
    total=False,
)
UpdateDatasetIntegrationParameters = TypedDict(
    "UpdateDatasetIntegrationParameters",
    {"Arn": S, "Arn.$": str, "RoleArn": S, "RoleArn.$": str},
    total=False,
)
UpdateTelemetryPipelineParameters = TypedDict(
    "UpdateTelemetryPipelineParameters",
    {
        "PipelineIdentifier": S,
        "PipelineIdentifier.$": str,
        "Configuration": X[TelemetryPipelineConfiguration],
        "Configuration.$": str,
    },
    total=False,
)
UpdateTelemetryRuleParameters = TypedDict(
    "UpdateTelemetryRuleParameters",
    {"RuleIdentifier": S, "RuleIdentifier.$": str, "Rule": X[TelemetryRule], "Rule.$": str},
    total=False,
)
UpdateTelemetryRuleForOrganizationParameters = TypedDict(
    "UpdateTelemetryRuleForOrganizationParameters",
    {"RuleIdentifier": S, "RuleIdentifier.$": str, "Rule": X[TelemetryRule], "Rule.$": str},
    total=False,
)
ValidateTelemetryPipelineConfigurationParameters = TypedDict(
    "ValidateTelemetryPipelineConfigurationParameters",
    {"Configuration": X[TelemetryPipelineConfiguration], "Configuration.$": str},
    total=False,
)
create_centralization_rule_for_organization: Builder[
    CreateCentralizationRuleForOrganizationParameters
]
create_connector: Builder[CreateConnectorParameters]
create_dataset_integration: Builder[CreateDatasetIntegrationParameters]
create_s3_table_integration: Builder[CreateS3TableIntegrationParameters]
create_telemetry_pipeline: Builder[CreateTelemetryPipelineParameters]
create_telemetry_rule: Builder[CreateTelemetryRuleParameters]
create_telemetry_rule_for_organization: Builder[CreateTelemetryRuleForOrganizationParameters]
delete_centralization_rule_for_organization: Builder[
    DeleteCentralizationRuleForOrganizationParameters
]
delete_connector: Builder[DeleteConnectorParameters]
delete_dataset_integration: Builder[DeleteDatasetIntegrationParameters]
delete_s3_table_integration: Builder[DeleteS3TableIntegrationParameters]
delete_telemetry_pipeline: Builder[DeleteTelemetryPipelineParameters]
delete_telemetry_rule: Builder[DeleteTelemetryRuleParameters]
delete_telemetry_rule_for_organization: Builder[DeleteTelemetryRuleForOrganizationParameters]
get_centralization_rule_for_organization: Builder[GetCentralizationRuleForOrganizationParameters]
get_connector: Builder[GetConnectorParameters]
get_connector_telemetry_manifest: Builder[GetConnectorTelemetryManifestParameters]
get_connector_telemetry_setup: Builder[GetConnectorTelemetrySetupParameters]
get_dataset_integration: Builder[GetDatasetIntegrationParameters]
get_s3_table_integration: Builder[GetS3TableIntegrationParameters]
get_telemetry_enrichment_status: Builder[GetTelemetryEnrichmentStatusParameters]
get_telemetry_evaluation_status: Builder[GetTelemetryEvaluationStatusParameters]
get_telemetry_evaluation_status_for_organization: Builder[
    GetTelemetryEvaluationStatusForOrganizationParameters
]
get_telemetry_pipeline: Builder[GetTelemetryPipelineParameters]
get_telemetry_rule: Builder[GetTelemetryRuleParameters]
get_telemetry_rule_for_organization: Builder[GetTelemetryRuleForOrganizationParameters]
get_third_party_telemetry_enrichment: Builder[GetThirdPartyTelemetryEnrichmentParameters]
list_centralization_rules_for_organization: Builder[
    ListCentralizationRulesForOrganizationParameters
]
list_connectors: Builder[ListConnectorsParameters]
list_dataset_integrations: Builder[ListDatasetIntegrationsParameters]
list_resource_telemetry: Builder[ListResourceTelemetryParameters]
list_resource_telemetry_for_organization: Builder[ListResourceTelemetryForOrganizationParameters]
list_resources_by_connector: Builder[ListResourcesByConnectorParameters]
list_s3_table_integrations: Builder[ListS3TableIntegrationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_telemetry_pipelines: Builder[ListTelemetryPipelinesParameters]
list_telemetry_rules: Builder[ListTelemetryRulesParameters]
list_telemetry_rules_for_organization: Builder[ListTelemetryRulesForOrganizationParameters]
list_third_party_telemetry_enrichments: Builder[ListThirdPartyTelemetryEnrichmentsParameters]
put_connector_telemetry_manifest: Builder[PutConnectorTelemetryManifestParameters]
start_telemetry_enrichment: Builder[StartTelemetryEnrichmentParameters]
start_telemetry_evaluation: Builder[StartTelemetryEvaluationParameters]
start_telemetry_evaluation_for_organization: Builder[
    StartTelemetryEvaluationForOrganizationParameters
]
start_telemetry_pipeline_refresh: Builder[StartTelemetryPipelineRefreshParameters]
start_third_party_telemetry_enrichment: Builder[StartThirdPartyTelemetryEnrichmentParameters]
stop_telemetry_enrichment: Builder[StopTelemetryEnrichmentParameters]
stop_telemetry_evaluation: Builder[StopTelemetryEvaluationParameters]
stop_telemetry_evaluation_for_organization: Builder[
    StopTelemetryEvaluationForOrganizationParameters
]
stop_third_party_telemetry_enrichment: Builder[StopThirdPartyTelemetryEnrichmentParameters]
tag_resource: Builder[TagResourceParameters]
test_telemetry_pipeline: Builder[TestTelemetryPipelineParameters]
untag_resource: Builder[UntagResourceParameters]
update_centralization_rule_for_organization: Builder[
    UpdateCentralizationRuleForOrganizationParameters
]
update_dataset_integration: Builder[UpdateDatasetIntegrationParameters]
update_telemetry_pipeline: Builder[UpdateTelemetryPipelineParameters]
update_telemetry_rule: Builder[UpdateTelemetryRuleParameters]
update_telemetry_rule_for_organization: Builder[UpdateTelemetryRuleForOrganizationParameters]
validate_telemetry_pipeline_configuration: Builder[ValidateTelemetryPipelineConfigurationParameters]

__all__ = [
    "create_centralization_rule_for_organization",
    "create_connector",
    "create_dataset_integration",
    "create_s3_table_integration",
    "create_telemetry_pipeline",
    "create_telemetry_rule",
    "create_telemetry_rule_for_organization",
    "delete_centralization_rule_for_organization",
    "delete_connector",
    "delete_dataset_integration",
    "delete_s3_table_integration",
    "delete_telemetry_pipeline",
    "delete_telemetry_rule",
    "delete_telemetry_rule_for_organization",
    "get_centralization_rule_for_organization",
    "get_connector",
    "get_connector_telemetry_manifest",
    "get_connector_telemetry_setup",
    "get_dataset_integration",
    "get_s3_table_integration",
    "get_telemetry_enrichment_status",
    "get_telemetry_evaluation_status",
    "get_telemetry_evaluation_status_for_organization",
    "get_telemetry_pipeline",
    "get_telemetry_rule",
    "get_telemetry_rule_for_organization",
    "get_third_party_telemetry_enrichment",
    "list_centralization_rules_for_organization",
    "list_connectors",
    "list_dataset_integrations",
    "list_resource_telemetry",
    "list_resource_telemetry_for_organization",
    "list_resources_by_connector",
    "list_s3_table_integrations",
    "list_tags_for_resource",
    "list_telemetry_pipelines",
    "list_telemetry_rules",
    "list_telemetry_rules_for_organization",
    "list_third_party_telemetry_enrichments",
    "put_connector_telemetry_manifest",
    "start_telemetry_enrichment",
    "start_telemetry_evaluation",
    "start_telemetry_evaluation_for_organization",
    "start_telemetry_pipeline_refresh",
    "start_third_party_telemetry_enrichment",
    "stop_telemetry_enrichment",
    "stop_telemetry_evaluation",
    "stop_telemetry_evaluation_for_organization",
    "stop_third_party_telemetry_enrichment",
    "tag_resource",
    "test_telemetry_pipeline",
    "untag_resource",
    "update_centralization_rule_for_organization",
    "update_dataset_integration",
    "update_telemetry_pipeline",
    "update_telemetry_rule",
    "update_telemetry_rule_for_organization",
    "validate_telemetry_pipeline_configuration",
]
