"""Typed builders of the AWS SDK integration of cloudwatchomni (``aws-sdk:cloudwatchomni:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, Li, M, S, Si, T, X, Xi

class SloReportBurnRateInput(TypedDict, total=False):
    WindowMinutes: I

BatchGetOmniSloReportParameters = TypedDict(
    "BatchGetOmniSloReportParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "SloIds": L[Si],
        "SloIds.$": str,
        "BurnRate": X[SloReportBurnRateInput],
        "BurnRate.$": str,
    },
    total=False,
)
CompleteExperimentRunParameters = TypedDict(
    "CompleteExperimentRunParameters",
    {"ExperimentId": S, "ExperimentId.$": str, "RunId": S, "RunId.$": str},
    total=False,
)

class AccessGrantPrincipalAttribute(TypedDict, total=False):
    Key: S
    Value: S

class AccessGrantPrincipal(TypedDict, total=False):
    PrincipalType: S
    PrincipalId: S
    PrincipalAttributes: L[Xi[AccessGrantPrincipalAttribute]]

class RowScope(TypedDict, total=False):
    Field: S
    Operator: S
    Values: L[Si]

class ResourceScope(TypedDict, total=False):
    ResourceType: S
    ResourceArns: L[Si]
    Tags: M[S]
    SignalTypes: L[Si]
    RowScopeGroups: L[Li[Xi[RowScope]]]

class ScopedActions(TypedDict, total=False):
    Actions: L[Si]
    Resources: L[Xi[ResourceScope]]
    ContextConditions: M[L[Si]]

CreateAccessGrantParameters = TypedDict(
    "CreateAccessGrantParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "SpaceId": S,
        "SpaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Principal": X[AccessGrantPrincipal],
        "Principal.$": str,
        "Permission": S,
        "Permission.$": str,
        "ScopedActions": L[Xi[ScopedActions]],
        "ScopedActions.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateAccessProfileParameters = TypedDict(
    "CreateAccessProfileParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AlertRuleQuery(TypedDict, total=False):
    Language: S
    Expression: S

class AlertCondition(TypedDict, total=False):
    ThresholdMode: S
    ThresholdField: S
    Comparator: S
    WarningThreshold: F
    CriticalThreshold: F

class AlertEvaluation(TypedDict, total=False):
    IntervalSeconds: I
    PendingDurationSeconds: I
    RecoveryDurationSeconds: I

class NoData(TypedDict, total=False):
    TreatAs: S

class TelemetryRule(TypedDict, total=False):
    Query: X[AlertRuleQuery]
    Condition: X[AlertCondition]
    Evaluation: X[AlertEvaluation]
    NoData: X[NoData]

class SloBurnRateCondition(TypedDict, total=False):
    WindowMinutes: I
    ShortWindowMinutes: I
    WarningThreshold: F
    CriticalThreshold: F

class SloErrorBudgetCondition(TypedDict, total=False):
    WarningThreshold: F
    CriticalThreshold: F

class SloAlertCondition(TypedDict, total=False):
    BurnRate: X[SloBurnRateCondition]
    ErrorBudget: X[SloErrorBudgetCondition]

class SloRule(TypedDict, total=False):
    SloId: S
    Condition: X[SloAlertCondition]
    Evaluation: X[AlertEvaluation]
    NoData: X[NoData]

class Rule(TypedDict, total=False):
    TelemetryRule: X[TelemetryRule]
    SloRule: X[SloRule]

class NotificationTrigger(TypedDict, total=False):
    StateValues: L[Si]

class NotificationTarget(TypedDict, total=False):
    Type: S
    Arn: S
    Metadata: M[S]

class NotificationRule(TypedDict, total=False):
    Trigger: X[NotificationTrigger]
    Target: X[NotificationTarget]

CreateAlertParameters = TypedDict(
    "CreateAlertParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Rule": X[Rule],
        "Rule.$": str,
        "NotificationsEnabled": B,
        "NotificationsEnabled.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "NotificationRules": L[Xi[NotificationRule]],
        "NotificationRules.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class IdentityCenterCrossRegionConfiguration(TypedDict, total=False):
    Enabled: B

class IdentityCenterConfiguration(TypedDict, total=False):
    IdentityCenterInstanceArn: S
    CrossRegionConfiguration: X[IdentityCenterCrossRegionConfiguration]

class IdentityProviderConfiguration(TypedDict, total=False):
    IdentityCenterConfiguration: X[IdentityCenterConfiguration]

CreateDomainParameters = TypedDict(
    "CreateDomainParameters",
    {
        "Name": S,
        "Name.$": str,
        "IdentityProviders": L[Si],
        "IdentityProviders.$": str,
        "IdentityProviderConfiguration": X[IdentityProviderConfiguration],
        "IdentityProviderConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class OrganizationAccessGrantPrincipal(TypedDict, total=False):
    PrincipalType: S
    PrincipalId: S
    PrincipalAttributes: L[Xi[AccessGrantPrincipalAttribute]]

CreateDomainAccessGrantForOrganizationParameters = TypedDict(
    "CreateDomainAccessGrantForOrganizationParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "Name": S,
        "Name.$": str,
        "Principal": X[OrganizationAccessGrantPrincipal],
        "Principal.$": str,
        "Permission": S,
        "Permission.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateDomainForOrganizationParameters = TypedDict(
    "CreateDomainForOrganizationParameters",
    {
        "Name": S,
        "Name.$": str,
        "IdentityProviders": L[Si],
        "IdentityProviders.$": str,
        "IdentityProviderConfiguration": X[IdentityProviderConfiguration],
        "IdentityProviderConfiguration.$": str,
        "DomainAccessRoleArn": S,
        "DomainAccessRoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AgentCoreRuntimeDefinition(TypedDict, total=False):
    RuntimeArn: S

class HttpsEndpointDefinition(TypedDict, total=False):
    BaseUrl: S

class Unit(TypedDict, total=False): ...

class TargetDefinition(TypedDict, total=False):
    AgentCoreRuntime: X[AgentCoreRuntimeDefinition]
    HttpsEndpoint: X[HttpsEndpointDefinition]
    Custom: X[Unit]

class ExperimentTarget(TypedDict, total=False):
    Name: S
    ServiceName: S
    Environment: S
    Definition: X[TargetDefinition]

class DatasetExperimentConfig(TypedDict, total=False):
    ExecutionRoleArn: S
    ResultsLogGroup: S
    TraceLogGroups: L[Si]
    CollectTraceStats: B

class ExperimentConfig(TypedDict, total=False):
    Dataset: X[DatasetExperimentConfig]

CreateExperimentParameters = TypedDict(
    "CreateExperimentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Target": X[ExperimentTarget],
        "Target.$": str,
        "ExperimentType": S,
        "ExperimentType.$": str,
        "ExperimentConfig": X[ExperimentConfig],
        "ExperimentConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class OAuthCodeCredential(TypedDict, total=False):
    AuthCode: S

class OAuthClientCredential(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    ProviderId: S

class ApiKeyCredential(TypedDict, total=False):
    ApiKeyValue: S

class IntegrationCredential(TypedDict, total=False):
    OauthCodeCredential: X[OAuthCodeCredential]
    OauthClientCredential: X[OAuthClientCredential]
    ApiKeyCredential: X[ApiKeyCredential]

CreateIntegrationParameters = TypedDict(
    "CreateIntegrationParameters",
    {
        "IntegrationType": S,
        "IntegrationType.$": str,
        "Name": S,
        "Name.$": str,
        "Credential": X[IntegrationCredential],
        "Credential.$": str,
        "IntegrationAttributes": M[S],
        "IntegrationAttributes.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateLookupParameters = TypedDict(
    "CreateLookupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Body": S,
        "Body.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateOmniDashboardParameters = TypedDict(
    "CreateOmniDashboardParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Body": S,
        "Body.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class SloServiceAttributes(TypedDict, total=False):
    ServiceName: S
    ServiceNamespace: S
    CloudProvider: S
    CloudAccountId: S
    CloudRegion: S
    DeploymentEnvironmentName: S

class SliEvents(TypedDict, total=False):
    Bad: X[AlertRuleQuery]
    Good: X[AlertRuleQuery]
    Total: X[AlertRuleQuery]

class SliPeriodCondition(TypedDict, total=False):
    Comparator: S
    Threshold: F

class SliPeriods(TypedDict, total=False):
    PeriodMinutes: I
    Query: X[AlertRuleQuery]
    Good: X[SliPeriodCondition]
    Bad: X[SliPeriodCondition]

class Sli(TypedDict, total=False):
    Events: X[SliEvents]
    Periods: X[SliPeriods]

class SloRollingWindow(TypedDict, total=False):
    Days: I

class SloCalendarWindow(TypedDict, total=False):
    Unit: S
    WeekStartDay: S
    TimeZone: S

class SloTimeWindow(TypedDict, total=False):
    Rolling: X[SloRollingWindow]
    Calendar: X[SloCalendarWindow]

class SloObjective(TypedDict, total=False):
    Target: F
    WarningBudgetConsumedRatio: F
    TimeWindow: X[SloTimeWindow]

CreateOmniSloParameters = TypedDict(
    "CreateOmniSloParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ServiceAttributes": X[SloServiceAttributes],
        "ServiceAttributes.$": str,
        "Sli": X[Sli],
        "Sli.$": str,
        "Objective": X[SloObjective],
        "Objective.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateOneTimeDeepLinkCodeParameters = TypedDict(
    "CreateOneTimeDeepLinkCodeParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "TtlSeconds": I,
        "TtlSeconds.$": str,
        "RedirectUrl": S,
        "RedirectUrl.$": str,
    },
    total=False,
)

class SpaceDataAccessRoleConfiguration(TypedDict, total=False):
    IncludePolicies: L[Si]

class AgentCoreEvaluationRoleConfiguration(TypedDict, total=False): ...

CreateProvisioningRolesForOrganizationParameters = TypedDict(
    "CreateProvisioningRolesForOrganizationParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "TargetAccountId": S,
        "TargetAccountId.$": str,
        "SpaceDataAccessRoleConfiguration": X[SpaceDataAccessRoleConfiguration],
        "SpaceDataAccessRoleConfiguration.$": str,
        "AgentCoreEvaluationRoleConfiguration": X[AgentCoreEvaluationRoleConfiguration],
        "AgentCoreEvaluationRoleConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class SpaceIdentityCenterConfiguration(TypedDict, total=False):
    Region: S

class EncryptionConfiguration(TypedDict, total=False):
    EncryptionStrategy: S
    KmsKeyArn: S

CreateSpaceParameters = TypedDict(
    "CreateSpaceParameters",
    {
        "Name": S,
        "Name.$": str,
        "DomainId": S,
        "DomainId.$": str,
        "IdentityCenterConfiguration": X[SpaceIdentityCenterConfiguration],
        "IdentityCenterConfiguration.$": str,
        "DataAccessRoleArn": S,
        "DataAccessRoleArn.$": str,
        "AgentCoreEvaluationRoleArn": S,
        "AgentCoreEvaluationRoleArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateViewParameters = TypedDict(
    "CreateViewParameters",
    {
        "Name": S,
        "Name.$": str,
        "Definition": S,
        "Definition.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteAccessGrantParameters = TypedDict(
    "DeleteAccessGrantParameters", {"GrantId": S, "GrantId.$": str}, total=False
)
DeleteAccessProfileParameters = TypedDict(
    "DeleteAccessProfileParameters",
    {"SpaceId": S, "SpaceId.$": str, "ProfileId": S, "ProfileId.$": str},
    total=False,
)
DeleteAlertParameters = TypedDict(
    "DeleteAlertParameters",
    {"SpaceId": S, "SpaceId.$": str, "AlertId": S, "AlertId.$": str},
    total=False,
)
DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
DeleteDomainAccessGrantForOrganizationParameters = TypedDict(
    "DeleteDomainAccessGrantForOrganizationParameters",
    {"GrantId": S, "GrantId.$": str},
    total=False,
)
DeleteDomainForOrganizationParameters = TypedDict(
    "DeleteDomainForOrganizationParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
DeleteExperimentParameters = TypedDict(
    "DeleteExperimentParameters", {"ExperimentId": S, "ExperimentId.$": str}, total=False
)
DeleteExperimentRunParameters = TypedDict(
    "DeleteExperimentRunParameters",
    {"ExperimentId": S, "ExperimentId.$": str, "RunId": S, "RunId.$": str},
    total=False,
)

class IntegrationIdentifier(TypedDict, total=False):
    IntegrationId: S
    IntegrationArn: S
    IntegrationName: S

DeleteIntegrationParameters = TypedDict(
    "DeleteIntegrationParameters",
    {"Identifier": X[IntegrationIdentifier], "Identifier.$": str},
    total=False,
)
DeleteLookupParameters = TypedDict(
    "DeleteLookupParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteOmniDashboardParameters = TypedDict(
    "DeleteOmniDashboardParameters",
    {"SpaceId": S, "SpaceId.$": str, "DashboardId": S, "DashboardId.$": str},
    total=False,
)
DeleteOmniSloParameters = TypedDict(
    "DeleteOmniSloParameters",
    {"SpaceId": S, "SpaceId.$": str, "SloId": S, "SloId.$": str, "Force": B, "Force.$": str},
    total=False,
)
DeleteSpaceParameters = TypedDict(
    "DeleteSpaceParameters", {"SpaceId": S, "SpaceId.$": str}, total=False
)
DeleteViewParameters = TypedDict("DeleteViewParameters", {"Name": S, "Name.$": str}, total=False)
GetAccessGrantParameters = TypedDict(
    "GetAccessGrantParameters", {"GrantId": S, "GrantId.$": str}, total=False
)
GetAccessProfileParameters = TypedDict(
    "GetAccessProfileParameters",
    {"SpaceId": S, "SpaceId.$": str, "ProfileId": S, "ProfileId.$": str},
    total=False,
)
GetAlertParameters = TypedDict(
    "GetAlertParameters",
    {"SpaceId": S, "SpaceId.$": str, "AlertId": S, "AlertId.$": str},
    total=False,
)

class KeyFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

class NodeFilters(TypedDict, total=False):
    NodeId: S
    NodeType: S
    Name: S
    Tags: L[Xi[KeyFilter]]
    TelemetryAttributes: L[Xi[KeyFilter]]
    Region: L[Si]
    CloudProvider: L[Si]
    SourceAccountId: L[Si]
    Namespace: L[Si]
    Category: L[Si]
    Stage: L[Si]
    Sources: L[Si]

class EdgeFilters(TypedDict, total=False):
    EdgeId: S
    From: S
    To: S
    EdgeType: S
    Operations: L[Si]
    TelemetryAttributes: L[Xi[KeyFilter]]
    Sources: L[Si]

GetContextGraphParameters = TypedDict(
    "GetContextGraphParameters",
    {
        "NodeFilters": X[NodeFilters],
        "NodeFilters.$": str,
        "EdgeFilters": X[EdgeFilters],
        "EdgeFilters.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Depth": I,
        "Depth.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "MaxEdgesPerNode": I,
        "MaxEdgesPerNode.$": str,
        "IncludeMetadata": B,
        "IncludeMetadata.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetDomainParameters = TypedDict(
    "GetDomainParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
GetDomainAccessGrantForOrganizationParameters = TypedDict(
    "GetDomainAccessGrantForOrganizationParameters", {"GrantId": S, "GrantId.$": str}, total=False
)
GetDomainForOrganizationParameters = TypedDict(
    "GetDomainForOrganizationParameters", {"DomainId": S, "DomainId.$": str}, total=False
)
GetExperimentParameters = TypedDict(
    "GetExperimentParameters", {"ExperimentId": S, "ExperimentId.$": str}, total=False
)
GetExperimentRunParameters = TypedDict(
    "GetExperimentRunParameters",
    {"ExperimentId": S, "ExperimentId.$": str, "RunId": S, "RunId.$": str},
    total=False,
)
GetIntegrationParameters = TypedDict(
    "GetIntegrationParameters",
    {"Identifier": X[IntegrationIdentifier], "Identifier.$": str},
    total=False,
)

class GetIntelligenceConfigurationParameters(TypedDict, total=False): ...

GetLookupParameters = TypedDict(
    "GetLookupParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetLookupDataParameters = TypedDict(
    "GetLookupDataParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetOmniDashboardParameters = TypedDict(
    "GetOmniDashboardParameters",
    {"SpaceId": S, "SpaceId.$": str, "DashboardId": S, "DashboardId.$": str},
    total=False,
)
GetOmniSloParameters = TypedDict(
    "GetOmniSloParameters",
    {"SpaceId": S, "SpaceId.$": str, "SloId": S, "SloId.$": str},
    total=False,
)
GetSpaceParameters = TypedDict("GetSpaceParameters", {"SpaceId": S, "SpaceId.$": str}, total=False)

class SpaceCredentialRequestContext(TypedDict, total=False):
    SpaceId: S
    DomainId: S
    TargetAccountId: S

GetSpaceCredentialsForOrganizationParameters = TypedDict(
    "GetSpaceCredentialsForOrganizationParameters",
    {
        "Context": X[SpaceCredentialRequestContext],
        "Context.$": str,
        "CredentialType": S,
        "CredentialType.$": str,
    },
    total=False,
)

class DataAccessTarget(TypedDict, total=False):
    Actions: L[Si]

GetSpaceDataAccessParameters = TypedDict(
    "GetSpaceDataAccessParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "TargetScopes": L[Xi[DataAccessTarget]],
        "TargetScopes.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "AuditContext": M[S],
        "AuditContext.$": str,
    },
    total=False,
)
GetTelemetryQueryResultsParameters = TypedDict(
    "GetTelemetryQueryResultsParameters",
    {
        "QueryId": S,
        "QueryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetViewParameters = TypedDict("GetViewParameters", {"Name": S, "Name.$": str}, total=False)
ListAccessGrantsParameters = TypedDict(
    "ListAccessGrantsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "SpaceId": S,
        "SpaceId.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
        "Permission": S,
        "Permission.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAccessProfilesParameters = TypedDict(
    "ListAccessProfilesParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class AlertFilterCriteria(TypedDict, total=False):
    Names: L[Si]
    NamePrefix: S
    Ids: L[Si]
    StateValue: L[Si]
    NotificationsEnabled: B
    SloIds: L[Si]

ListAlertsParameters = TypedDict(
    "ListAlertsParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "FilterCriteria": X[AlertFilterCriteria],
        "FilterCriteria.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class IntelligenceTimeRange(TypedDict, total=False):
    Start: T
    End: T

ListAnomaliesParameters = TypedDict(
    "ListAnomaliesParameters",
    {
        "TimeRange": X[IntelligenceTimeRange],
        "TimeRange.$": str,
        "Services": L[Si],
        "Services.$": str,
        "SignalTypes": L[Si],
        "SignalTypes.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Severity": S,
        "Severity.$": str,
        "SourceAccountId": L[Si],
        "SourceAccountId.$": str,
        "AnomalyIds": L[Si],
        "AnomalyIds.$": str,
    },
    total=False,
)
ListDomainAccessGrantsForOrganizationParameters = TypedDict(
    "ListDomainAccessGrantsForOrganizationParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
        "Permission": S,
        "Permission.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDomainsParameters = TypedDict(
    "ListDomainsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListExperimentRunsParameters = TypedDict(
    "ListExperimentRunsParameters",
    {
        "ExperimentId": S,
        "ExperimentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExperimentsParameters = TypedDict(
    "ListExperimentsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ExperimentType": S,
        "ExperimentType.$": str,
        "TargetServiceName": S,
        "TargetServiceName.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
    },
    total=False,
)
ListIntegrationsParameters = TypedDict(
    "ListIntegrationsParameters",
    {
        "IntegrationType": S,
        "IntegrationType.$": str,
        "Status": S,
        "Status.$": str,
        "Name": S,
        "Name.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLookupsParameters = TypedDict(
    "ListLookupsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class ObservationFilters(TypedDict, total=False):
    Status: L[Si]
    Severity: L[Si]
    Services: L[Si]
    TimeRange: X[IntelligenceTimeRange]

ListObservationsParameters = TypedDict(
    "ListObservationsParameters",
    {
        "Filters": X[ObservationFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ObservationIds": L[Si],
        "ObservationIds.$": str,
    },
    total=False,
)
ListOmniDashboardsParameters = TypedDict(
    "ListOmniDashboardsParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "NamePrefix": S,
        "NamePrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SloFilterCriteria(TypedDict, total=False):
    NamePrefix: S
    Names: L[Si]
    Ids: L[Si]
    StateValue: L[Si]

ListOmniSlosParameters = TypedDict(
    "ListOmniSlosParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "FilterCriteria": X[SloFilterCriteria],
        "FilterCriteria.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSpacesParameters = TypedDict(
    "ListSpacesParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSpacesForOrganizationParameters = TypedDict(
    "ListSpacesForOrganizationParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTelemetryFieldsParameters = TypedDict(
    "ListTelemetryFieldsParameters",
    {
        "DataSetName": S,
        "DataSetName.$": str,
        "TelemetryType": S,
        "TelemetryType.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTelemetryQuerySessionsParameters = TypedDict(
    "ListTelemetryQuerySessionsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListViewsParameters = TypedDict(
    "ListViewsParameters",
    {
        "Type": S,
        "Type.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ExperimentProducer(TypedDict, total=False):
    Kind: S
    Name: S
    Version: S
    ExternalId: S

class RuleThreshold(TypedDict, total=False):
    MinScore: F
    MaxScore: F
    PassLabels: L[Si]

class EvaluatorCriterion(TypedDict, total=False):
    EvaluatorId: S
    Threshold: X[RuleThreshold]

class CaseCriterion(TypedDict, total=False):
    Evaluator: X[EvaluatorCriterion]

class EvaluatorRef(TypedDict, total=False):
    EvaluatorId: S

class RunMetric(TypedDict, total=False):
    PassRate: X[Unit]
    NotScoredRate: X[Unit]
    EvaluatorAverage: X[EvaluatorRef]
    RegressedCases: X[Unit]
    FixedCases: X[Unit]
    RegressedScores: X[Unit]
    UnpairedCaseRate: X[Unit]

class ControlBound(TypedDict, total=False):
    MinDelta: F
    Mode: S

class GateBound(TypedDict, total=False):
    Min: F
    Max: F
    VsControl: X[ControlBound]

class RunGate(TypedDict, total=False):
    Metric: X[RunMetric]
    Bound: X[GateBound]

class ExperimentRule(TypedDict, total=False):
    Source: S
    Name: S
    CaseCriteria: L[Xi[CaseCriterion]]
    Gates: L[Xi[RunGate]]
    ContentHash: S

class AgentCoreRuntimeTarget(TypedDict, total=False):
    EndpointArn: S
    RequestTemplate: S
    Version: S

class HttpsEndpointTarget(TypedDict, total=False):
    Url: S
    Version: S

class CustomTarget(TypedDict, total=False):
    Version: S
    Endpoint: S

class TargetConfig(TypedDict, total=False):
    AgentCoreRuntime: X[AgentCoreRuntimeTarget]
    HttpsEndpoint: X[HttpsEndpointTarget]
    Custom: X[CustomTarget]

class LatestPassedFilter(TypedDict, total=False):
    EndpointArn: S

class ControlSource(TypedDict, total=False):
    Target: X[TargetConfig]
    RunId: S
    LatestPassed: X[LatestPassedFilter]

class ExperimentEvaluator(TypedDict, total=False):
    EvaluatorId: S
    RatingScale: S
    ScoreDirection: S

class ExperimentRunDataset(TypedDict, total=False):
    Source: S
    Id: S
    Name: S
    Version: S
    CaseCount: I
    ContentHash: S

class ReportedRunInfo(TypedDict, total=False):
    Producer: X[ExperimentProducer]
    Rule: X[ExperimentRule]
    Control: X[ControlSource]
    Evaluators: L[Xi[ExperimentEvaluator]]
    Target: X[TargetConfig]
    Dataset: X[ExperimentRunDataset]
    Metadata: M[S]
    Description: S
    StartedAt: T

class CaseTurn(TypedDict, total=False):
    TraceId: S
    Input: S
    Output: S
    Truncated: L[Si]

class ScoringError(TypedDict, total=False):
    Code: S

class CaseEvaluatorResult(TypedDict, total=False):
    EvaluatorId: S
    Score: F
    Label: S
    Explanation: S
    ExplanationTruncated: B
    Error: X[ScoringError]

class ExperimentCaseResult(TypedDict, total=False):
    CaseId: S
    SessionId: S
    ExecutionStatus: S
    StatusReason: S
    Turns: L[Xi[CaseTurn]]
    Evaluators: L[Xi[CaseEvaluatorResult]]

PutExperimentRunResultsParameters = TypedDict(
    "PutExperimentRunResultsParameters",
    {
        "ExperimentId": S,
        "ExperimentId.$": str,
        "RunId": S,
        "RunId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Run": X[ReportedRunInfo],
        "Run.$": str,
        "Results": L[Xi[ExperimentCaseResult]],
        "Results.$": str,
    },
    total=False,
)

class IntelligenceNotificationTarget(TypedDict, total=False):
    Type: S
    Arn: S
    Metadata: M[S]

class IntelligenceNotificationFilter(TypedDict, total=False):
    Services: L[Si]
    MinimumSeverity: S

class IntelligenceNotificationTargetEntry(TypedDict, total=False):
    TargetId: S
    Target: X[IntelligenceNotificationTarget]
    Filter: X[IntelligenceNotificationFilter]

class AutoInvestigationEntry(TypedDict, total=False):
    IntegrationArn: S
    MinimumSeverity: S

PutIntelligenceConfigurationParameters = TypedDict(
    "PutIntelligenceConfigurationParameters",
    {
        "IntelligenceEnabled": B,
        "IntelligenceEnabled.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "RemoveKmsKey": B,
        "RemoveKmsKey.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "NotificationTargets": L[Xi[IntelligenceNotificationTargetEntry]],
        "NotificationTargets.$": str,
        "AutoInvestigations": L[Xi[AutoInvestigationEntry]],
        "AutoInvestigations.$": str,
    },
    total=False,
)
SearchPrincipalsParameters = TypedDict(
    "SearchPrincipalsParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "SearchQuery": S,
        "SearchQuery.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
StartExperimentRunParameters = TypedDict(
    "StartExperimentRunParameters",
    {
        "ExperimentId": S,
        "ExperimentId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Rule": X[ExperimentRule],
        "Rule.$": str,
        "Evaluators": L[Xi[ExperimentEvaluator]],
        "Evaluators.$": str,
        "Target": X[TargetConfig],
        "Target.$": str,
        "Dataset": X[ExperimentRunDataset],
        "Dataset.$": str,
        "Control": X[ControlSource],
        "Control.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
StartTelemetryQueryParameters = TypedDict(
    "StartTelemetryQueryParameters",
    {"QueryString": S, "QueryString.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
StartTelemetryQuerySessionParameters = TypedDict(
    "StartTelemetryQuerySessionParameters", {"SessionName": S, "SessionName.$": str}, total=False
)
StopExperimentRunParameters = TypedDict(
    "StopExperimentRunParameters",
    {
        "ExperimentId": S,
        "ExperimentId.$": str,
        "RunId": S,
        "RunId.$": str,
        "Detail": S,
        "Detail.$": str,
    },
    total=False,
)
StopTelemetryQueryParameters = TypedDict(
    "StopTelemetryQueryParameters", {"QueryId": S, "QueryId.$": str}, total=False
)
StopTelemetryQuerySessionParameters = TypedDict(
    "StopTelemetryQuerySessionParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
SubmitFeedbackParameters = TypedDict(
    "SubmitFeedbackParameters", {"Text": S, "Text.$": str}, total=False
)
UpdateAccessProfileParameters = TypedDict(
    "UpdateAccessProfileParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateAlertParameters = TypedDict(
    "UpdateAlertParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "AlertId": S,
        "AlertId.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Rule": X[Rule],
        "Rule.$": str,
        "NotificationsEnabled": B,
        "NotificationsEnabled.$": str,
        "NotificationRules": L[Xi[NotificationRule]],
        "NotificationRules.$": str,
    },
    total=False,
)
UpdateDomainParameters = TypedDict(
    "UpdateDomainParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "Name": S,
        "Name.$": str,
        "IdentityProviders": L[Si],
        "IdentityProviders.$": str,
        "IdentityProviderConfiguration": X[IdentityProviderConfiguration],
        "IdentityProviderConfiguration.$": str,
    },
    total=False,
)
UpdateDomainForOrganizationParameters = TypedDict(
    "UpdateDomainForOrganizationParameters",
    {
        "DomainId": S,
        "DomainId.$": str,
        "Name": S,
        "Name.$": str,
        "IdentityProviders": L[Si],
        "IdentityProviders.$": str,
        "IdentityProviderConfiguration": X[IdentityProviderConfiguration],
        "IdentityProviderConfiguration.$": str,
    },
    total=False,
)
UpdateExperimentParameters = TypedDict(
    "UpdateExperimentParameters",
    {
        "ExperimentId": S,
        "ExperimentId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ExperimentConfig": X[ExperimentConfig],
        "ExperimentConfig.$": str,
        "BaselineRunId": S,
        "BaselineRunId.$": str,
    },
    total=False,
)
UpdateIntegrationParameters = TypedDict(
    "UpdateIntegrationParameters",
    {
        "Identifier": X[IntegrationIdentifier],
        "Identifier.$": str,
        "Credential": X[IntegrationCredential],
        "Credential.$": str,
        "IntegrationAttributes": M[S],
        "IntegrationAttributes.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
UpdateLookupParameters = TypedDict(
    "UpdateLookupParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Description": S,
        "Description.$": str,
        "Body": S,
        "Body.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)
UpdateOmniDashboardParameters = TypedDict(
    "UpdateOmniDashboardParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "DashboardId": S,
        "DashboardId.$": str,
        "Body": S,
        "Body.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateOmniSloParameters = TypedDict(
    "UpdateOmniSloParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "SloId": S,
        "SloId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ServiceAttributes": X[SloServiceAttributes],
        "ServiceAttributes.$": str,
        "Sli": X[Sli],
        "Sli.$": str,
        "Objective": X[SloObjective],
        "Objective.$": str,
    },
    total=False,
)
UpdateSpaceParameters = TypedDict(
    "UpdateSpaceParameters",
    {
        "SpaceId": S,
        "SpaceId.$": str,
        "IdentityCenterConfiguration": X[SpaceIdentityCenterConfiguration],
        "IdentityCenterConfiguration.$": str,
        "Name": S,
        "Name.$": str,
        "AgentCoreEvaluationRoleArn": S,
        "AgentCoreEvaluationRoleArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
    },
    total=False,
)
UpdateViewParameters = TypedDict(
    "UpdateViewParameters",
    {
        "Name": S,
        "Name.$": str,
        "Definition": S,
        "Definition.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
batch_get_omni_slo_report: Builder[BatchGetOmniSloReportParameters]
complete_experiment_run: Builder[CompleteExperimentRunParameters]
create_access_grant: Builder[CreateAccessGrantParameters]
create_access_profile: Builder[CreateAccessProfileParameters]
create_alert: Builder[CreateAlertParameters]
create_domain: Builder[CreateDomainParameters]
create_domain_access_grant_for_organization: Builder[
    CreateDomainAccessGrantForOrganizationParameters
]
create_domain_for_organization: Builder[CreateDomainForOrganizationParameters]
create_experiment: Builder[CreateExperimentParameters]
create_integration: Builder[CreateIntegrationParameters]
create_lookup: Builder[CreateLookupParameters]
create_omni_dashboard: Builder[CreateOmniDashboardParameters]
create_omni_slo: Builder[CreateOmniSloParameters]
create_one_time_deep_link_code: Builder[CreateOneTimeDeepLinkCodeParameters]
create_provisioning_roles_for_organization: Builder[
    CreateProvisioningRolesForOrganizationParameters
]
create_space: Builder[CreateSpaceParameters]
create_view: Builder[CreateViewParameters]
delete_access_grant: Builder[DeleteAccessGrantParameters]
delete_access_profile: Builder[DeleteAccessProfileParameters]
delete_alert: Builder[DeleteAlertParameters]
delete_domain: Builder[DeleteDomainParameters]
delete_domain_access_grant_for_organization: Builder[
    DeleteDomainAccessGrantForOrganizationParameters
]
delete_domain_for_organization: Builder[DeleteDomainForOrganizationParameters]
delete_experiment: Builder[DeleteExperimentParameters]
delete_experiment_run: Builder[DeleteExperimentRunParameters]
delete_integration: Builder[DeleteIntegrationParameters]
delete_lookup: Builder[DeleteLookupParameters]
delete_omni_dashboard: Builder[DeleteOmniDashboardParameters]
delete_omni_slo: Builder[DeleteOmniSloParameters]
delete_space: Builder[DeleteSpaceParameters]
delete_view: Builder[DeleteViewParameters]
get_access_grant: Builder[GetAccessGrantParameters]
get_access_profile: Builder[GetAccessProfileParameters]
get_alert: Builder[GetAlertParameters]
get_context_graph: Builder[GetContextGraphParameters]
get_domain: Builder[GetDomainParameters]
get_domain_access_grant_for_organization: Builder[GetDomainAccessGrantForOrganizationParameters]
get_domain_for_organization: Builder[GetDomainForOrganizationParameters]
get_experiment: Builder[GetExperimentParameters]
get_experiment_run: Builder[GetExperimentRunParameters]
get_integration: Builder[GetIntegrationParameters]
get_intelligence_configuration: Builder[GetIntelligenceConfigurationParameters]
get_lookup: Builder[GetLookupParameters]
get_lookup_data: Builder[GetLookupDataParameters]
get_omni_dashboard: Builder[GetOmniDashboardParameters]
get_omni_slo: Builder[GetOmniSloParameters]
get_space: Builder[GetSpaceParameters]
get_space_credentials_for_organization: Builder[GetSpaceCredentialsForOrganizationParameters]
get_space_data_access: Builder[GetSpaceDataAccessParameters]
get_telemetry_query_results: Builder[GetTelemetryQueryResultsParameters]
get_view: Builder[GetViewParameters]
list_access_grants: Builder[ListAccessGrantsParameters]
list_access_profiles: Builder[ListAccessProfilesParameters]
list_alerts: Builder[ListAlertsParameters]
list_anomalies: Builder[ListAnomaliesParameters]
list_domain_access_grants_for_organization: Builder[ListDomainAccessGrantsForOrganizationParameters]
list_domains: Builder[ListDomainsParameters]
list_experiment_runs: Builder[ListExperimentRunsParameters]
list_experiments: Builder[ListExperimentsParameters]
list_integrations: Builder[ListIntegrationsParameters]
list_lookups: Builder[ListLookupsParameters]
list_observations: Builder[ListObservationsParameters]
list_omni_dashboards: Builder[ListOmniDashboardsParameters]
list_omni_slos: Builder[ListOmniSlosParameters]
list_spaces: Builder[ListSpacesParameters]
list_spaces_for_organization: Builder[ListSpacesForOrganizationParameters]
list_telemetry_fields: Builder[ListTelemetryFieldsParameters]
list_telemetry_query_sessions: Builder[ListTelemetryQuerySessionsParameters]
list_views: Builder[ListViewsParameters]
put_experiment_run_results: Builder[PutExperimentRunResultsParameters]
put_intelligence_configuration: Builder[PutIntelligenceConfigurationParameters]
search_principals: Builder[SearchPrincipalsParameters]
start_experiment_run: Builder[StartExperimentRunParameters]
start_telemetry_query: Builder[StartTelemetryQueryParameters]
start_telemetry_query_session: Builder[StartTelemetryQuerySessionParameters]
stop_experiment_run: Builder[StopExperimentRunParameters]
stop_telemetry_query: Builder[StopTelemetryQueryParameters]
stop_telemetry_query_session: Builder[StopTelemetryQuerySessionParameters]
submit_feedback: Builder[SubmitFeedbackParameters]
update_access_profile: Builder[UpdateAccessProfileParameters]
update_alert: Builder[UpdateAlertParameters]
update_domain: Builder[UpdateDomainParameters]
update_domain_for_organization: Builder[UpdateDomainForOrganizationParameters]
update_experiment: Builder[UpdateExperimentParameters]
update_integration: Builder[UpdateIntegrationParameters]
update_lookup: Builder[UpdateLookupParameters]
update_omni_dashboard: Builder[UpdateOmniDashboardParameters]
update_omni_slo: Builder[UpdateOmniSloParameters]
update_space: Builder[UpdateSpaceParameters]
update_view: Builder[UpdateViewParameters]

__all__ = [
    "batch_get_omni_slo_report",
    "complete_experiment_run",
    "create_access_grant",
    "create_access_profile",
    "create_alert",
    "create_domain",
    "create_domain_access_grant_for_organization",
    "create_domain_for_organization",
    "create_experiment",
    "create_integration",
    "create_lookup",
    "create_omni_dashboard",
    "create_omni_slo",
    "create_one_time_deep_link_code",
    "create_provisioning_roles_for_organization",
    "create_space",
    "create_view",
    "delete_access_grant",
    "delete_access_profile",
    "delete_alert",
    "delete_domain",
    "delete_domain_access_grant_for_organization",
    "delete_domain_for_organization",
    "delete_experiment",
    "delete_experiment_run",
    "delete_integration",
    "delete_lookup",
    "delete_omni_dashboard",
    "delete_omni_slo",
    "delete_space",
    "delete_view",
    "get_access_grant",
    "get_access_profile",
    "get_alert",
    "get_context_graph",
    "get_domain",
    "get_domain_access_grant_for_organization",
    "get_domain_for_organization",
    "get_experiment",
    "get_experiment_run",
    "get_integration",
    "get_intelligence_configuration",
    "get_lookup",
    "get_lookup_data",
    "get_omni_dashboard",
    "get_omni_slo",
    "get_space",
    "get_space_credentials_for_organization",
    "get_space_data_access",
    "get_telemetry_query_results",
    "get_view",
    "list_access_grants",
    "list_access_profiles",
    "list_alerts",
    "list_anomalies",
    "list_domain_access_grants_for_organization",
    "list_domains",
    "list_experiment_runs",
    "list_experiments",
    "list_integrations",
    "list_lookups",
    "list_observations",
    "list_omni_dashboards",
    "list_omni_slos",
    "list_spaces",
    "list_spaces_for_organization",
    "list_telemetry_fields",
    "list_telemetry_query_sessions",
    "list_views",
    "put_experiment_run_results",
    "put_intelligence_configuration",
    "search_principals",
    "start_experiment_run",
    "start_telemetry_query",
    "start_telemetry_query_session",
    "stop_experiment_run",
    "stop_telemetry_query",
    "stop_telemetry_query_session",
    "submit_feedback",
    "update_access_profile",
    "update_alert",
    "update_domain",
    "update_domain_for_organization",
    "update_experiment",
    "update_integration",
    "update_lookup",
    "update_omni_dashboard",
    "update_omni_slo",
    "update_space",
    "update_view",
]
