"""Typed builders of the AWS SDK integration of devopsagent (``aws-sdk:devopsagent:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, T, X, Xi

class SourceAwsConfiguration(TypedDict, total=False):
    AccountId: S
    AccountType: S
    AssumableRoleArn: S
    ExternalId: S
    AgentElevatedRoleArn: S
    AgentElevatedRoleArnStatus: S

class SourceAwsOrgUnit(TypedDict, total=False):
    OrganizationalUnitId: S
    AccountIds: L[Si]

class OrgSourceIssue(TypedDict, total=False):
    ReasonCode: S
    AccountCount: I
    AccountIds: L[Si]
    Message: S

class OrgSourceDeploymentState(TypedDict, total=False):
    DeployedAccountCount: I
    Issues: L[Xi[OrgSourceIssue]]
    LastEvaluatedAt: T

class SourceAwsOrgConfiguration(TypedDict, total=False):
    AccountType: S
    OrganizationalUnit: X[SourceAwsOrgUnit]
    DeploymentState: X[OrgSourceDeploymentState]

class AWSConfiguration(TypedDict, total=False):
    AssumableRoleArn: S
    AccountId: S
    AccountType: S
    AgentElevatedRoleArn: S
    AgentElevatedRoleArnStatus: S
    ServiceManagementRoleArn: S

class GitHubConfiguration(TypedDict, total=False):
    RepoName: S
    RepoId: S
    Owner: S
    OwnerType: S
    InstanceIdentifier: S
    RuntimeRoleArn: S
    ReleaseManagementAssociationId: S

class SlackChannel(TypedDict, total=False):
    ChannelName: S
    ChannelId: S

class SlackTransmissionTarget(TypedDict, total=False):
    OpsOncallTarget: X[SlackChannel]
    OpsSRETarget: X[SlackChannel]

class SlackBidirectionalConfiguration(TypedDict, total=False):
    RoleArn: S
    Enabled: B

class SlackConfiguration(TypedDict, total=False):
    WorkspaceId: S
    WorkspaceName: S
    TransmissionTarget: X[SlackTransmissionTarget]
    Bidirectional: X[SlackBidirectionalConfiguration]

class DynatraceConfiguration(TypedDict, total=False):
    EnvId: S
    Resources: L[Si]

class ServiceNowConfiguration(TypedDict, total=False):
    InstanceId: S
    AuthScopes: L[Si]

class MCPServerNewRelicConfiguration(TypedDict, total=False):
    AccountId: S
    Endpoint: S

class MCPToolDetail(TypedDict, total=False):
    Name: S
    ToolClassification: S

class MCPServerDatadogConfiguration(TypedDict, total=False):
    EnabledElevatedTools: L[Xi[MCPToolDetail]]

class MCPServerConfiguration(TypedDict, total=False):
    Tools: L[Si]
    ToolDetails: L[Xi[MCPToolDetail]]

class GitLabConfiguration(TypedDict, total=False):
    ProjectId: S
    ProjectPath: S
    InstanceIdentifier: S
    RuntimeRoleArn: S
    ReleaseManagementAssociationId: S

class MCPServerSplunkConfiguration(TypedDict, total=False): ...
class EventChannelConfiguration(TypedDict, total=False): ...

class AzureConfiguration(TypedDict, total=False):
    SubscriptionId: S

class AzureDevOpsConfiguration(TypedDict, total=False):
    OrganizationName: S
    ProjectId: S
    ProjectName: S

class MCPServerGrafanaConfiguration(TypedDict, total=False):
    Endpoint: S
    OrganizationId: S
    Tools: L[Si]
    EnabledElevatedTools: L[Xi[MCPToolDetail]]

class PagerDutyConfiguration(TypedDict, total=False):
    Services: L[Si]
    CustomerEmail: S

class MCPServerSigV4Configuration(TypedDict, total=False):
    Tools: L[Si]
    ToolDetails: L[Xi[MCPToolDetail]]

class RemoteAgentConfiguration(TypedDict, total=False): ...
class RemoteAgentSigV4Configuration(TypedDict, total=False): ...

class MSTeamsChannel(TypedDict, total=False):
    ChannelName: S
    ChannelId: S

class MSTeamsTransmissionTarget(TypedDict, total=False):
    OpsOncallTarget: X[MSTeamsChannel]
    OpsSRETarget: X[MSTeamsChannel]

class MSTeamsBidirectionalConfiguration(TypedDict, total=False):
    RoleArn: S
    Enabled: B

class MSTeamsConfiguration(TypedDict, total=False):
    TeamId: S
    TeamName: S
    TransmissionTarget: X[MSTeamsTransmissionTarget]
    Bidirectional: X[MSTeamsBidirectionalConfiguration]

class AgentSpaceConfiguration(TypedDict, total=False):
    TargetAgentSpaceArn: S
    RelationshipType: S
    TargetAgentSpaceName: S
    TargetAgentSpaceDescription: S

class PrivateNetworkAccess(TypedDict, total=False):
    PrivateConnectionName: S
    RuntimeRoleArn: S

class NetworkAccessConfiguration(TypedDict, total=False):
    PrivateAccess: X[PrivateNetworkAccess]

class ReleaseManagementConfiguration(TypedDict, total=False):
    Name: S
    NetworkAccess: X[NetworkAccessConfiguration]

class ServiceConfiguration(TypedDict, total=False):
    SourceAws: X[SourceAwsConfiguration]
    SourceAwsOrg: X[SourceAwsOrgConfiguration]
    Aws: X[AWSConfiguration]
    Github: X[GitHubConfiguration]
    Slack: X[SlackConfiguration]
    Dynatrace: X[DynatraceConfiguration]
    Servicenow: X[ServiceNowConfiguration]
    Mcpservernewrelic: X[MCPServerNewRelicConfiguration]
    Mcpserverdatadog: X[MCPServerDatadogConfiguration]
    Mcpserver: X[MCPServerConfiguration]
    Gitlab: X[GitLabConfiguration]
    Mcpserversplunk: X[MCPServerSplunkConfiguration]
    EventChannel: X[EventChannelConfiguration]
    Azure: X[AzureConfiguration]
    Azuredevops: X[AzureDevOpsConfiguration]
    Mcpservergrafana: X[MCPServerGrafanaConfiguration]
    Pagerduty: X[PagerDutyConfiguration]
    Mcpserversigv4: X[MCPServerSigV4Configuration]
    Remoteagent: X[RemoteAgentConfiguration]
    Remoteagentsigv4: X[RemoteAgentSigV4Configuration]
    Msteams: X[MSTeamsConfiguration]
    Agentspace: X[AgentSpaceConfiguration]
    ReleaseManagement: X[ReleaseManagementConfiguration]

class PatternFilter(TypedDict, total=False):
    Patterns: L[Si]

class TriggerFilterGroup(TypedDict, total=False):
    Events: L[Si]
    TargetBranches: X[PatternFilter]

class CapabilityConfiguration(TypedDict, total=False):
    Enabled: B
    TriggerFilterGroups: L[Xi[TriggerFilterGroup]]

AssociateServiceParameters = TypedDict(
    "AssociateServiceParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "ServiceId": S,
        "ServiceId.$": str,
        "Configuration": X[ServiceConfiguration],
        "Configuration.$": str,
        "Capabilities": M[X[CapabilityConfiguration]],
        "Capabilities.$": str,
    },
    total=False,
)
CreateAgentSpaceParameters = TypedDict(
    "CreateAgentSpaceParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Locale": S,
        "Locale.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Preferences": M[B],
        "Preferences.$": str,
        "AwsSourceMode": S,
        "AwsSourceMode.$": str,
    },
    total=False,
)

class AssetFileBody(TypedDict, total=False):
    Bytes: S
    Text: S

class AssetFileContent(TypedDict, total=False):
    Path: S
    Body: X[AssetFileBody]
    Metadata: Doc

class AssetZipContent(TypedDict, total=False):
    ZipFile: S

class AssetSourceUrlContent(TypedDict, total=False):
    Url: S

class AssetContent(TypedDict, total=False):
    File: X[AssetFileContent]
    Zip: X[AssetZipContent]
    SourceUrl: X[AssetSourceUrlContent]

CreateAssetParameters = TypedDict(
    "CreateAssetParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AssetType": S,
        "AssetType.$": str,
        "Metadata": Doc,
        "Metadata.$": str,
        "Content": X[AssetContent],
        "Content.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateAssetFileParameters = TypedDict(
    "CreateAssetFileParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "Path": S,
        "Path.$": str,
        "Content": X[AssetFileBody],
        "Content.$": str,
        "Metadata": Doc,
        "Metadata.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ReferenceInput(TypedDict, total=False):
    System: S
    Title: S
    ReferenceId: S
    ReferenceUrl: S
    AssociationId: S

CreateBacklogTaskParameters = TypedDict(
    "CreateBacklogTaskParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Reference": X[ReferenceInput],
        "Reference.$": str,
        "TaskType": S,
        "TaskType.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "Priority": S,
        "Priority.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateChatParameters = TypedDict(
    "CreateChatParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "UserType": S,
        "UserType.$": str,
    },
    total=False,
)

class ServiceManagedInput(TypedDict, total=False):
    HostAddress: S
    VpcId: S
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]
    IpAddressType: S
    Ipv4AddressesPerEni: I
    PortRanges: L[Si]
    Certificate: S
    DnsResolution: S

class SelfManagedInput(TypedDict, total=False):
    ResourceConfigurationId: S
    Certificate: S

class PrivateConnectionMode(TypedDict, total=False):
    ServiceManaged: X[ServiceManagedInput]
    SelfManaged: X[SelfManagedInput]

CreatePrivateConnectionParameters = TypedDict(
    "CreatePrivateConnectionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Mode": X[PrivateConnectionMode],
        "Mode.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CronSchedule(TypedDict, total=False):
    Expression: S

class DailyRecurrence(TypedDict, total=False): ...

class WeeklyRecurrence(TypedDict, total=False):
    DayOfWeek: S

class MonthlyRecurrence(TypedDict, total=False):
    DayOfMonth: I

class Recurrence(TypedDict, total=False):
    Daily: X[DailyRecurrence]
    Weekly: X[WeeklyRecurrence]
    Monthly: X[MonthlyRecurrence]

class TimeRangeSchedule(TypedDict, total=False):
    StartAfter: S
    StartBefore: S
    Recurrence: X[Recurrence]

class ScheduleSpec(TypedDict, total=False):
    Cron: X[CronSchedule]
    TimeRange: X[TimeRangeSchedule]

class ScheduleCondition(TypedDict, total=False):
    Expression: S
    Spec: X[ScheduleSpec]

class TriggerCondition(TypedDict, total=False):
    Schedule: X[ScheduleCondition]

CreateTriggerParameters = TypedDict(
    "CreateTriggerParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Type": S,
        "Type.$": str,
        "Condition": X[TriggerCondition],
        "Condition.$": str,
        "Action": Doc,
        "Action.$": str,
        "Status": S,
        "Status.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteAgentSpaceParameters = TypedDict(
    "DeleteAgentSpaceParameters", {"AgentSpaceId": S, "AgentSpaceId.$": str}, total=False
)
DeleteAssetParameters = TypedDict(
    "DeleteAssetParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "AssetId": S, "AssetId.$": str},
    total=False,
)
DeleteAssetFileParameters = TypedDict(
    "DeleteAssetFileParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "Path": S,
        "Path.$": str,
    },
    total=False,
)
DeletePrivateConnectionParameters = TypedDict(
    "DeletePrivateConnectionParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteTriggerParameters = TypedDict(
    "DeleteTriggerParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "TriggerId": S, "TriggerId.$": str},
    total=False,
)
DeregisterServiceParameters = TypedDict(
    "DeregisterServiceParameters", {"ServiceId": S, "ServiceId.$": str}, total=False
)
DescribePrivateConnectionParameters = TypedDict(
    "DescribePrivateConnectionParameters", {"Name": S, "Name.$": str}, total=False
)
DisableOperatorAppParameters = TypedDict(
    "DisableOperatorAppParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "AuthFlow": S, "AuthFlow.$": str},
    total=False,
)
DisassociateServiceParameters = TypedDict(
    "DisassociateServiceParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "AssociationId": S, "AssociationId.$": str},
    total=False,
)
EnableOperatorAppParameters = TypedDict(
    "EnableOperatorAppParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AuthFlow": S,
        "AuthFlow.$": str,
        "OperatorAppRoleArn": S,
        "OperatorAppRoleArn.$": str,
        "IdcInstanceArn": S,
        "IdcInstanceArn.$": str,
        "IssuerUrl": S,
        "IssuerUrl.$": str,
        "IdpClientId": S,
        "IdpClientId.$": str,
        "IdpClientSecret": S,
        "IdpClientSecret.$": str,
        "Provider": S,
        "Provider.$": str,
    },
    total=False,
)

class GetAccountUsageParameters(TypedDict, total=False): ...

GetAgentSpaceParameters = TypedDict(
    "GetAgentSpaceParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "IncludedData": S, "IncludedData.$": str},
    total=False,
)
GetAssetParameters = TypedDict(
    "GetAssetParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "AssetVersion": I,
        "AssetVersion.$": str,
    },
    total=False,
)
GetAssetContentParameters = TypedDict(
    "GetAssetContentParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "AssetVersion": I,
        "AssetVersion.$": str,
    },
    total=False,
)
GetAssetFileParameters = TypedDict(
    "GetAssetFileParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "Path": S,
        "Path.$": str,
        "AssetVersion": I,
        "AssetVersion.$": str,
    },
    total=False,
)
GetAssociationParameters = TypedDict(
    "GetAssociationParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "AssociationId": S, "AssociationId.$": str},
    total=False,
)
GetBacklogTaskParameters = TypedDict(
    "GetBacklogTaskParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "TaskId": S, "TaskId.$": str},
    total=False,
)
GetChatParameters = TypedDict(
    "GetChatParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "ExecutionId": S, "ExecutionId.$": str},
    total=False,
)
GetOperatorAppParameters = TypedDict(
    "GetOperatorAppParameters", {"AgentSpaceId": S, "AgentSpaceId.$": str}, total=False
)
GetRecommendationParameters = TypedDict(
    "GetRecommendationParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "RecommendationId": S,
        "RecommendationId.$": str,
        "RecommendationVersion": I,
        "RecommendationVersion.$": str,
    },
    total=False,
)
GetServiceParameters = TypedDict(
    "GetServiceParameters", {"ServiceId": S, "ServiceId.$": str}, total=False
)
GetTriggerParameters = TypedDict(
    "GetTriggerParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "TriggerId": S, "TriggerId.$": str},
    total=False,
)
ListAgentSpacesParameters = TypedDict(
    "ListAgentSpacesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludedData": S,
        "IncludedData.$": str,
    },
    total=False,
)
ListAssetFilesParameters = TypedDict(
    "ListAssetFilesParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "AssetVersion": I,
        "AssetVersion.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssetTypesParameters = TypedDict(
    "ListAssetTypesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAssetVersionsParameters = TypedDict(
    "ListAssetVersionsParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAssetsParameters = TypedDict(
    "ListAssetsParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AssetType": S,
        "AssetType.$": str,
        "UpdatedAfter": T,
        "UpdatedAfter.$": str,
        "UpdatedBefore": T,
        "UpdatedBefore.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssociationsParameters = TypedDict(
    "ListAssociationsParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "FilterServiceTypes": S,
        "FilterServiceTypes.$": str,
    },
    total=False,
)

class TaskFilter(TypedDict, total=False):
    CreatedAfter: T
    CreatedBefore: T
    Priority: L[Si]
    Status: L[Si]
    TaskType: L[Si]
    PrimaryTaskId: S

ListBacklogTasksParameters = TypedDict(
    "ListBacklogTasksParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Filter": X[TaskFilter],
        "Filter.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortField": S,
        "SortField.$": str,
        "Order": S,
        "Order.$": str,
    },
    total=False,
)
ListChatsParameters = TypedDict(
    "ListChatsParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ArchiveStatus": S,
        "ArchiveStatus.$": str,
    },
    total=False,
)
ListExecutionsParameters = TypedDict(
    "ListExecutionsParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "TaskId": S,
        "TaskId.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGoalsParameters = TypedDict(
    "ListGoalsParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Status": S,
        "Status.$": str,
        "GoalType": S,
        "GoalType.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListJournalRecordsParameters = TypedDict(
    "ListJournalRecordsParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RecordType": S,
        "RecordType.$": str,
        "Order": S,
        "Order.$": str,
    },
    total=False,
)
ListPendingMessagesParameters = TypedDict(
    "ListPendingMessagesParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "ExecutionId": S, "ExecutionId.$": str},
    total=False,
)

class ListPrivateConnectionsParameters(TypedDict, total=False): ...

ListRecommendationsParameters = TypedDict(
    "ListRecommendationsParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "TaskId": S,
        "TaskId.$": str,
        "GoalId": S,
        "GoalId.$": str,
        "Status": S,
        "Status.$": str,
        "Priority": S,
        "Priority.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServicesParameters = TypedDict(
    "ListServicesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "FilterServiceType": S,
        "FilterServiceType.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTriggersParameters = TypedDict(
    "ListTriggersParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListWebhooksParameters = TypedDict(
    "ListWebhooksParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "AssociationId": S, "AssociationId.$": str},
    total=False,
)

class DynatraceOAuthClientCredentialsConfig(TypedDict, total=False):
    ClientName: S
    ClientId: S
    ExchangeParameters: M[S]
    ClientSecret: S

class DynatraceServiceAuthorizationConfig(TypedDict, total=False):
    OAuthClientCredentials: X[DynatraceOAuthClientCredentialsConfig]

class DynatraceServiceDetails(TypedDict, total=False):
    AccountUrn: S
    AuthorizationConfig: X[DynatraceServiceAuthorizationConfig]

class ServiceNowOAuthClientCredentialsConfig(TypedDict, total=False):
    ClientName: S
    ClientId: S
    ExchangeParameters: M[S]
    ClientSecret: S

class ServiceNowServiceAuthorizationConfig(TypedDict, total=False):
    OAuthClientCredentials: X[ServiceNowOAuthClientCredentialsConfig]

class ServiceNowServiceDetails(TypedDict, total=False):
    InstanceUrl: S
    AuthorizationConfig: X[ServiceNowServiceAuthorizationConfig]

class MCPServerAuthorizationDiscoveryConfig(TypedDict, total=False):
    ReturnToEndpoint: S

class DatadogAuthorizationConfig(TypedDict, total=False):
    AuthorizationDiscovery: X[MCPServerAuthorizationDiscoveryConfig]

class DatadogServiceDetails(TypedDict, total=False):
    Name: S
    Endpoint: S
    Description: S
    AuthorizationConfig: X[DatadogAuthorizationConfig]

class MCPServerOAuthClientCredentialsConfig(TypedDict, total=False):
    ClientName: S
    ClientId: S
    ExchangeParameters: M[S]
    ClientSecret: S
    ExchangeUrl: S
    Scopes: L[Si]

class MCPServerOAuth3LOConfig(TypedDict, total=False):
    ClientName: S
    ClientId: S
    ExchangeParameters: M[S]
    ReturnToEndpoint: S
    AuthorizationUrl: S
    ExchangeUrl: S
    ClientSecret: S
    SupportCodeChallenge: B
    Scopes: L[Si]

class MCPServerAPIKeyConfig(TypedDict, total=False):
    ApiKeyName: S
    ApiKeyValue: S
    ApiKeyHeader: S

class MCPServerBearerTokenConfig(TypedDict, total=False):
    TokenName: S
    TokenValue: S
    AuthorizationHeader: S

class MCPServerCustomHeadersConfig(TypedDict, total=False):
    Headers: M[S]

class MCPServerAuthorizationConfig(TypedDict, total=False):
    OAuthClientCredentials: X[MCPServerOAuthClientCredentialsConfig]
    OAuth3LO: X[MCPServerOAuth3LOConfig]
    ApiKey: X[MCPServerAPIKeyConfig]
    BearerToken: X[MCPServerBearerTokenConfig]
    CustomHeaders: X[MCPServerCustomHeadersConfig]
    AuthorizationDiscovery: X[MCPServerAuthorizationDiscoveryConfig]

class MCPServerDetails(TypedDict, total=False):
    Name: S
    Endpoint: S
    Description: S
    AuthorizationConfig: X[MCPServerAuthorizationConfig]

class GitLabDetails(TypedDict, total=False):
    TargetUrl: S
    TokenType: S
    TokenValue: S
    GroupId: S

class NewRelicApiKeyConfig(TypedDict, total=False):
    ApiKey: S
    AccountId: S
    Region: S
    ApplicationIds: L[Si]
    EntityGuids: L[Si]
    AlertPolicyIds: L[Si]

class NewRelicServiceAuthorizationConfig(TypedDict, total=False):
    ApiKey: X[NewRelicApiKeyConfig]

class NewRelicServiceDetails(TypedDict, total=False):
    AuthorizationConfig: X[NewRelicServiceAuthorizationConfig]

class EventChannelDetails(TypedDict, total=False):
    Type: S

class GrafanaServiceDetails(TypedDict, total=False):
    Name: S
    Endpoint: S
    Description: S
    AuthorizationConfig: X[MCPServerAuthorizationConfig]

class PagerDutyOAuthClientCredentialsConfig(TypedDict, total=False):
    ClientName: S
    ClientId: S
    ExchangeParameters: M[S]
    ClientSecret: S

class PagerDutyAuthorizationConfig(TypedDict, total=False):
    OAuthClientCredentials: X[PagerDutyOAuthClientCredentialsConfig]

class PagerDutyDetails(TypedDict, total=False):
    Scopes: L[Si]
    AuthorizationConfig: X[PagerDutyAuthorizationConfig]

class RegisteredAzureIdentityDetails(TypedDict, total=False):
    TenantId: S
    ClientId: S
    WebIdentityRoleArn: S
    WebIdentityTokenAudiences: L[Si]

class MCPServerSigV4AuthorizationConfig(TypedDict, total=False):
    Region: S
    Service: S
    RoleArn: S
    McpRoleArn: S
    CustomHeaders: M[S]

class MCPServerSigV4ServiceDetails(TypedDict, total=False):
    Name: S
    Endpoint: S
    Description: S
    AuthorizationConfig: X[MCPServerSigV4AuthorizationConfig]

class RemoteAgentAPIKeyConfig(TypedDict, total=False):
    ApiKeyName: S
    ApiKeyValue: S
    ApiKeyHeader: S

class RemoteAgentOAuthClientCredentialsConfig(TypedDict, total=False):
    ClientName: S
    ClientId: S
    ExchangeParameters: M[S]
    ClientSecret: S
    ExchangeUrl: S
    Scopes: L[Si]

class RemoteAgentBearerTokenConfig(TypedDict, total=False):
    TokenName: S
    TokenValue: S
    AuthorizationHeader: S

class RemoteAgentAuthorizationConfig(TypedDict, total=False):
    ApiKey: X[RemoteAgentAPIKeyConfig]
    OAuthClientCredentials: X[RemoteAgentOAuthClientCredentialsConfig]
    BearerToken: X[RemoteAgentBearerTokenConfig]

class RemoteAgentServiceDetails(TypedDict, total=False):
    Name: S
    Endpoint: S
    Description: S
    AuthorizationConfig: X[RemoteAgentAuthorizationConfig]

class RemoteAgentSigV4AuthorizationConfig(TypedDict, total=False):
    Region: S
    Service: S
    RoleArn: S

class RemoteAgentSigV4ServiceDetails(TypedDict, total=False):
    Name: S
    Endpoint: S
    Description: S
    AuthorizationConfig: X[RemoteAgentSigV4AuthorizationConfig]

class AgentSpaceServiceDetails(TypedDict, total=False):
    AssumableRoleArn: S

class ServiceDetails(TypedDict, total=False):
    Dynatrace: X[DynatraceServiceDetails]
    Servicenow: X[ServiceNowServiceDetails]
    Mcpserverdatadog: X[DatadogServiceDetails]
    Mcpserver: X[MCPServerDetails]
    Gitlab: X[GitLabDetails]
    Mcpserversplunk: X[MCPServerDetails]
    Mcpservernewrelic: X[NewRelicServiceDetails]
    EventChannel: X[EventChannelDetails]
    Mcpservergrafana: X[GrafanaServiceDetails]
    Pagerduty: X[PagerDutyDetails]
    Azureidentity: X[RegisteredAzureIdentityDetails]
    Mcpserversigv4: X[MCPServerSigV4ServiceDetails]
    Remoteagent: X[RemoteAgentServiceDetails]
    Remoteagentsigv4: X[RemoteAgentSigV4ServiceDetails]
    Agentspace: X[AgentSpaceServiceDetails]

RegisterServiceParameters = TypedDict(
    "RegisterServiceParameters",
    {
        "Service": S,
        "Service.$": str,
        "ServiceDetails": X[ServiceDetails],
        "ServiceDetails.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "PrivateConnectionName": S,
        "PrivateConnectionName.$": str,
        "TargetUrlPrivateConnectionName": S,
        "TargetUrlPrivateConnectionName.$": str,
        "ExchangeUrlPrivateConnectionName": S,
        "ExchangeUrlPrivateConnectionName.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ApprovalAction(TypedDict, total=False):
    ToolUseId: S
    InterruptId: S
    ApprovalId: S
    ButtonText: S
    Action: S

class SendMessageContext(TypedDict, total=False):
    CurrentPage: S
    LastMessage: S
    UserActionResponse: S
    ApprovalAction: X[ApprovalAction]

SendMessageParameters = TypedDict(
    "SendMessageParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
        "Content": S,
        "Content.$": str,
        "Context": X[SendMessageContext],
        "Context.$": str,
        "UserId": S,
        "UserId.$": str,
        "AssetIds": L[Si],
        "AssetIds.$": str,
        "ModelTier": S,
        "ModelTier.$": str,
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
UpdateAgentSpaceParameters = TypedDict(
    "UpdateAgentSpaceParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Locale": S,
        "Locale.$": str,
        "Preferences": M[B],
        "Preferences.$": str,
        "AwsSourceMode": S,
        "AwsSourceMode.$": str,
    },
    total=False,
)

class ApprovalPattern(TypedDict, total=False):
    Tool: S
    ArgumentPins: M[S]

UpdateApprovalActionParameters = TypedDict(
    "UpdateApprovalActionParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "ApprovalId": S,
        "ApprovalId.$": str,
        "Action": S,
        "Action.$": str,
        "FinalPattern": X[ApprovalPattern],
        "FinalPattern.$": str,
        "Reason": S,
        "Reason.$": str,
        "TtlSeconds": I,
        "TtlSeconds.$": str,
        "SingleUse": B,
        "SingleUse.$": str,
    },
    total=False,
)
UpdateAssetParameters = TypedDict(
    "UpdateAssetParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "Metadata": Doc,
        "Metadata.$": str,
        "Content": X[AssetContent],
        "Content.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateAssetFileParameters = TypedDict(
    "UpdateAssetFileParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AssetId": S,
        "AssetId.$": str,
        "Path": S,
        "Path.$": str,
        "Content": X[AssetFileBody],
        "Content.$": str,
        "Metadata": Doc,
        "Metadata.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateAssociationParameters = TypedDict(
    "UpdateAssociationParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
        "Configuration": X[ServiceConfiguration],
        "Configuration.$": str,
        "Capabilities": M[X[CapabilityConfiguration]],
        "Capabilities.$": str,
    },
    total=False,
)
UpdateBacklogTaskParameters = TypedDict(
    "UpdateBacklogTaskParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "TaskId": S,
        "TaskId.$": str,
        "TaskStatus": S,
        "TaskStatus.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateChatParameters = TypedDict(
    "UpdateChatParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
        "Summary": S,
        "Summary.$": str,
        "ArchiveStatus": S,
        "ArchiveStatus.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class GoalScheduleInput(TypedDict, total=False):
    State: S

UpdateGoalParameters = TypedDict(
    "UpdateGoalParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "GoalId": S,
        "GoalId.$": str,
        "EvaluationSchedule": X[GoalScheduleInput],
        "EvaluationSchedule.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateOperatorAppIdpConfigParameters = TypedDict(
    "UpdateOperatorAppIdpConfigParameters",
    {"AgentSpaceId": S, "AgentSpaceId.$": str, "IdpClientSecret": S, "IdpClientSecret.$": str},
    total=False,
)
UpdatePrivateConnectionCertificateParameters = TypedDict(
    "UpdatePrivateConnectionCertificateParameters",
    {"Name": S, "Name.$": str, "Certificate": S, "Certificate.$": str},
    total=False,
)
UpdateRecommendationParameters = TypedDict(
    "UpdateRecommendationParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "RecommendationId": S,
        "RecommendationId.$": str,
        "Status": S,
        "Status.$": str,
        "AdditionalContext": S,
        "AdditionalContext.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateTriggerParameters = TypedDict(
    "UpdateTriggerParameters",
    {
        "AgentSpaceId": S,
        "AgentSpaceId.$": str,
        "TriggerId": S,
        "TriggerId.$": str,
        "Status": S,
        "Status.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ValidateAwsAssociationsParameters = TypedDict(
    "ValidateAwsAssociationsParameters", {"AgentSpaceId": S, "AgentSpaceId.$": str}, total=False
)
associate_service: Builder[AssociateServiceParameters]
create_agent_space: Builder[CreateAgentSpaceParameters]
create_asset: Builder[CreateAssetParameters]
create_asset_file: Builder[CreateAssetFileParameters]
create_backlog_task: Builder[CreateBacklogTaskParameters]
create_chat: Builder[CreateChatParameters]
create_private_connection: Builder[CreatePrivateConnectionParameters]
create_trigger: Builder[CreateTriggerParameters]
delete_agent_space: Builder[DeleteAgentSpaceParameters]
delete_asset: Builder[DeleteAssetParameters]
delete_asset_file: Builder[DeleteAssetFileParameters]
delete_private_connection: Builder[DeletePrivateConnectionParameters]
delete_trigger: Builder[DeleteTriggerParameters]
deregister_service: Builder[DeregisterServiceParameters]
describe_private_connection: Builder[DescribePrivateConnectionParameters]
disable_operator_app: Builder[DisableOperatorAppParameters]
disassociate_service: Builder[DisassociateServiceParameters]
enable_operator_app: Builder[EnableOperatorAppParameters]
get_account_usage: Builder[GetAccountUsageParameters]
get_agent_space: Builder[GetAgentSpaceParameters]
get_asset: Builder[GetAssetParameters]
get_asset_content: Builder[GetAssetContentParameters]
get_asset_file: Builder[GetAssetFileParameters]
get_association: Builder[GetAssociationParameters]
get_backlog_task: Builder[GetBacklogTaskParameters]
get_chat: Builder[GetChatParameters]
get_operator_app: Builder[GetOperatorAppParameters]
get_recommendation: Builder[GetRecommendationParameters]
get_service: Builder[GetServiceParameters]
get_trigger: Builder[GetTriggerParameters]
list_agent_spaces: Builder[ListAgentSpacesParameters]
list_asset_files: Builder[ListAssetFilesParameters]
list_asset_types: Builder[ListAssetTypesParameters]
list_asset_versions: Builder[ListAssetVersionsParameters]
list_assets: Builder[ListAssetsParameters]
list_associations: Builder[ListAssociationsParameters]
list_backlog_tasks: Builder[ListBacklogTasksParameters]
list_chats: Builder[ListChatsParameters]
list_executions: Builder[ListExecutionsParameters]
list_goals: Builder[ListGoalsParameters]
list_journal_records: Builder[ListJournalRecordsParameters]
list_pending_messages: Builder[ListPendingMessagesParameters]
list_private_connections: Builder[ListPrivateConnectionsParameters]
list_recommendations: Builder[ListRecommendationsParameters]
list_services: Builder[ListServicesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_triggers: Builder[ListTriggersParameters]
list_webhooks: Builder[ListWebhooksParameters]
register_service: Builder[RegisterServiceParameters]
send_message: Builder[SendMessageParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_agent_space: Builder[UpdateAgentSpaceParameters]
update_approval_action: Builder[UpdateApprovalActionParameters]
update_asset: Builder[UpdateAssetParameters]
update_asset_file: Builder[UpdateAssetFileParameters]
update_association: Builder[UpdateAssociationParameters]
update_backlog_task: Builder[UpdateBacklogTaskParameters]
update_chat: Builder[UpdateChatParameters]
update_goal: Builder[UpdateGoalParameters]
update_operator_app_idp_config: Builder[UpdateOperatorAppIdpConfigParameters]
update_private_connection_certificate: Builder[UpdatePrivateConnectionCertificateParameters]
update_recommendation: Builder[UpdateRecommendationParameters]
update_trigger: Builder[UpdateTriggerParameters]
validate_aws_associations: Builder[ValidateAwsAssociationsParameters]

__all__ = [
    "associate_service",
    "create_agent_space",
    "create_asset",
    "create_asset_file",
    "create_backlog_task",
    "create_chat",
    "create_private_connection",
    "create_trigger",
    "delete_agent_space",
    "delete_asset",
    "delete_asset_file",
    "delete_private_connection",
    "delete_trigger",
    "deregister_service",
    "describe_private_connection",
    "disable_operator_app",
    "disassociate_service",
    "enable_operator_app",
    "get_account_usage",
    "get_agent_space",
    "get_asset",
    "get_asset_content",
    "get_asset_file",
    "get_association",
    "get_backlog_task",
    "get_chat",
    "get_operator_app",
    "get_recommendation",
    "get_service",
    "get_trigger",
    "list_agent_spaces",
    "list_asset_files",
    "list_asset_types",
    "list_asset_versions",
    "list_assets",
    "list_associations",
    "list_backlog_tasks",
    "list_chats",
    "list_executions",
    "list_goals",
    "list_journal_records",
    "list_pending_messages",
    "list_private_connections",
    "list_recommendations",
    "list_services",
    "list_tags_for_resource",
    "list_triggers",
    "list_webhooks",
    "register_service",
    "send_message",
    "tag_resource",
    "untag_resource",
    "update_agent_space",
    "update_approval_action",
    "update_asset",
    "update_asset_file",
    "update_association",
    "update_backlog_task",
    "update_chat",
    "update_goal",
    "update_operator_app_idp_config",
    "update_private_connection_certificate",
    "update_recommendation",
    "update_trigger",
    "validate_aws_associations",
]
