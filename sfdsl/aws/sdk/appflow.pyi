"""Typed builders of the AWS SDK integration of appflow (``aws-sdk:appflow:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

CancelFlowExecutionsParameters = TypedDict(
    "CancelFlowExecutionsParameters",
    {"FlowName": S, "FlowName.$": str, "ExecutionIds": L[Si], "ExecutionIds.$": str},
    total=False,
)

class AmplitudeConnectorProfileProperties(TypedDict, total=False): ...

class DatadogConnectorProfileProperties(TypedDict, total=False):
    InstanceUrl: S

class DynatraceConnectorProfileProperties(TypedDict, total=False):
    InstanceUrl: S

class GoogleAnalyticsConnectorProfileProperties(TypedDict, total=False): ...
class HoneycodeConnectorProfileProperties(TypedDict, total=False): ...

class InforNexusConnectorProfileProperties(TypedDict, total=False):
    InstanceUrl: S

class MarketoConnectorProfileProperties(TypedDict, total=False):
    InstanceUrl: S

class RedshiftConnectorProfileProperties(TypedDict, total=False):
    DatabaseUrl: S
    BucketName: S
    BucketPrefix: S
    RoleArn: S
    DataApiRoleArn: S
    IsRedshiftServerless: B
    ClusterIdentifier: S
    WorkgroupName: S
    DatabaseName: S

class SalesforceConnectorProfileProperties(TypedDict, total=False):
    InstanceUrl: S
    IsSandboxEnvironment: B
    UsePrivateLinkForMetadataAndAuthorization: B

class ServiceNowConnectorProfileProperties(TypedDict, total=False):
    InstanceUrl: S

class SingularConnectorProfileProperties(TypedDict, total=False): ...

class SlackConnectorProfileProperties(TypedDict, total=False):
    InstanceUrl: S

class SnowflakeConnectorProfileProperties(TypedDict, total=False):
    Warehouse: S
    Stage: S
    BucketName: S
    BucketPrefix: S
    PrivateLinkServiceName: S
    AccountName: S
    Region: S

class TrendmicroConnectorProfileProperties(TypedDict, total=False): ...

class VeevaConnectorProfileProperties(TypedDict, total=False):
    InstanceUrl: S

class ZendeskConnectorProfileProperties(TypedDict, total=False):
    InstanceUrl: S

class OAuthProperties(TypedDict, total=False):
    TokenUrl: S
    AuthCodeUrl: S
    OAuthScopes: L[Si]

class SAPODataConnectorProfileProperties(TypedDict, total=False):
    ApplicationHostUrl: S
    ApplicationServicePath: S
    PortNumber: I
    ClientNumber: S
    LogonLanguage: S
    PrivateLinkServiceName: S
    OAuthProperties: X[OAuthProperties]
    DisableSSO: B

class OAuth2Properties(TypedDict, total=False):
    TokenUrl: S
    OAuth2GrantType: S
    TokenUrlCustomProperties: M[S]

class CustomConnectorProfileProperties(TypedDict, total=False):
    ProfileProperties: M[S]
    OAuth2Properties: X[OAuth2Properties]

class PardotConnectorProfileProperties(TypedDict, total=False):
    InstanceUrl: S
    IsSandboxEnvironment: B
    BusinessUnitId: S

class ConnectorProfileProperties(TypedDict, total=False):
    Amplitude: X[AmplitudeConnectorProfileProperties]
    Datadog: X[DatadogConnectorProfileProperties]
    Dynatrace: X[DynatraceConnectorProfileProperties]
    GoogleAnalytics: X[GoogleAnalyticsConnectorProfileProperties]
    Honeycode: X[HoneycodeConnectorProfileProperties]
    InforNexus: X[InforNexusConnectorProfileProperties]
    Marketo: X[MarketoConnectorProfileProperties]
    Redshift: X[RedshiftConnectorProfileProperties]
    Salesforce: X[SalesforceConnectorProfileProperties]
    ServiceNow: X[ServiceNowConnectorProfileProperties]
    Singular: X[SingularConnectorProfileProperties]
    Slack: X[SlackConnectorProfileProperties]
    Snowflake: X[SnowflakeConnectorProfileProperties]
    Trendmicro: X[TrendmicroConnectorProfileProperties]
    Veeva: X[VeevaConnectorProfileProperties]
    Zendesk: X[ZendeskConnectorProfileProperties]
    SapoData: X[SAPODataConnectorProfileProperties]
    CustomConnector: X[CustomConnectorProfileProperties]
    Pardot: X[PardotConnectorProfileProperties]

class AmplitudeConnectorProfileCredentials(TypedDict, total=False):
    ApiKey: S
    SecretKey: S

class DatadogConnectorProfileCredentials(TypedDict, total=False):
    ApiKey: S
    ApplicationKey: S

class DynatraceConnectorProfileCredentials(TypedDict, total=False):
    ApiToken: S

class ConnectorOAuthRequest(TypedDict, total=False):
    AuthCode: S
    RedirectUri: S
    CodeVerifier: S

class GoogleAnalyticsConnectorProfileCredentials(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    AccessToken: S
    RefreshToken: S
    OAuthRequest: X[ConnectorOAuthRequest]

class HoneycodeConnectorProfileCredentials(TypedDict, total=False):
    AccessToken: S
    RefreshToken: S
    OAuthRequest: X[ConnectorOAuthRequest]

class InforNexusConnectorProfileCredentials(TypedDict, total=False):
    AccessKeyId: S
    UserId: S
    SecretAccessKey: S
    Datakey: S

class MarketoConnectorProfileCredentials(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    AccessToken: S
    OAuthRequest: X[ConnectorOAuthRequest]

class RedshiftConnectorProfileCredentials(TypedDict, total=False):
    Username: S
    Password: S

class SalesforceConnectorProfileCredentials(TypedDict, total=False):
    AccessToken: S
    RefreshToken: S
    OAuthRequest: X[ConnectorOAuthRequest]
    ClientCredentialsArn: S
    OAuth2GrantType: S
    JwtToken: S

class OAuth2Credentials(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    AccessToken: S
    RefreshToken: S
    OAuthRequest: X[ConnectorOAuthRequest]

class ServiceNowConnectorProfileCredentials(TypedDict, total=False):
    Username: S
    Password: S
    OAuth2Credentials: X[OAuth2Credentials]

class SingularConnectorProfileCredentials(TypedDict, total=False):
    ApiKey: S

class SlackConnectorProfileCredentials(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    AccessToken: S
    OAuthRequest: X[ConnectorOAuthRequest]

class SnowflakeConnectorProfileCredentials(TypedDict, total=False):
    Username: S
    Password: S
    PrivateKey: S

class TrendmicroConnectorProfileCredentials(TypedDict, total=False):
    ApiSecretKey: S

class VeevaConnectorProfileCredentials(TypedDict, total=False):
    Username: S
    Password: S

class ZendeskConnectorProfileCredentials(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    AccessToken: S
    OAuthRequest: X[ConnectorOAuthRequest]

class BasicAuthCredentials(TypedDict, total=False):
    Username: S
    Password: S

class OAuthCredentials(TypedDict, total=False):
    ClientId: S
    ClientSecret: S
    AccessToken: S
    RefreshToken: S
    OAuthRequest: X[ConnectorOAuthRequest]

class SAPODataConnectorProfileCredentials(TypedDict, total=False):
    BasicAuthCredentials: X[BasicAuthCredentials]
    OAuthCredentials: X[OAuthCredentials]

class ApiKeyCredentials(TypedDict, total=False):
    ApiKey: S
    ApiSecretKey: S

class CustomAuthCredentials(TypedDict, total=False):
    CustomAuthenticationType: S
    CredentialsMap: M[S]

class CustomConnectorProfileCredentials(TypedDict, total=False):
    AuthenticationType: S
    Basic: X[BasicAuthCredentials]
    Oauth2: X[OAuth2Credentials]
    ApiKey: X[ApiKeyCredentials]
    Custom: X[CustomAuthCredentials]

class PardotConnectorProfileCredentials(TypedDict, total=False):
    AccessToken: S
    RefreshToken: S
    OAuthRequest: X[ConnectorOAuthRequest]
    ClientCredentialsArn: S

class ConnectorProfileCredentials(TypedDict, total=False):
    Amplitude: X[AmplitudeConnectorProfileCredentials]
    Datadog: X[DatadogConnectorProfileCredentials]
    Dynatrace: X[DynatraceConnectorProfileCredentials]
    GoogleAnalytics: X[GoogleAnalyticsConnectorProfileCredentials]
    Honeycode: X[HoneycodeConnectorProfileCredentials]
    InforNexus: X[InforNexusConnectorProfileCredentials]
    Marketo: X[MarketoConnectorProfileCredentials]
    Redshift: X[RedshiftConnectorProfileCredentials]
    Salesforce: X[SalesforceConnectorProfileCredentials]
    ServiceNow: X[ServiceNowConnectorProfileCredentials]
    Singular: X[SingularConnectorProfileCredentials]
    Slack: X[SlackConnectorProfileCredentials]
    Snowflake: X[SnowflakeConnectorProfileCredentials]
    Trendmicro: X[TrendmicroConnectorProfileCredentials]
    Veeva: X[VeevaConnectorProfileCredentials]
    Zendesk: X[ZendeskConnectorProfileCredentials]
    SapoData: X[SAPODataConnectorProfileCredentials]
    CustomConnector: X[CustomConnectorProfileCredentials]
    Pardot: X[PardotConnectorProfileCredentials]

class ConnectorProfileConfig(TypedDict, total=False):
    ConnectorProfileProperties: X[ConnectorProfileProperties]
    ConnectorProfileCredentials: X[ConnectorProfileCredentials]

CreateConnectorProfileParameters = TypedDict(
    "CreateConnectorProfileParameters",
    {
        "ConnectorProfileName": S,
        "ConnectorProfileName.$": str,
        "KmsArn": S,
        "KmsArn.$": str,
        "ConnectorType": S,
        "ConnectorType.$": str,
        "ConnectorLabel": S,
        "ConnectorLabel.$": str,
        "ConnectionMode": S,
        "ConnectionMode.$": str,
        "ConnectorProfileConfig": X[ConnectorProfileConfig],
        "ConnectorProfileConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ScheduledTriggerProperties(TypedDict, total=False):
    ScheduleExpression: S
    DataPullMode: S
    ScheduleStartTime: T
    ScheduleEndTime: T
    Timezone: S
    ScheduleOffset: I
    FirstExecutionFrom: T
    FlowErrorDeactivationThreshold: I

class TriggerProperties(TypedDict, total=False):
    Scheduled: X[ScheduledTriggerProperties]

class TriggerConfig(TypedDict, total=False):
    TriggerType: S
    TriggerProperties: X[TriggerProperties]

class AmplitudeSourceProperties(TypedDict, total=False):
    Object: S

class DatadogSourceProperties(TypedDict, total=False):
    Object: S

class DynatraceSourceProperties(TypedDict, total=False):
    Object: S

class GoogleAnalyticsSourceProperties(TypedDict, total=False):
    Object: S

class InforNexusSourceProperties(TypedDict, total=False):
    Object: S

class MarketoSourceProperties(TypedDict, total=False):
    Object: S

class S3InputFormatConfig(TypedDict, total=False):
    S3InputFileType: S

class S3SourceProperties(TypedDict, total=False):
    BucketName: S
    BucketPrefix: S
    S3InputFormatConfig: X[S3InputFormatConfig]

class SalesforceSourceProperties(TypedDict, total=False):
    Object: S
    EnableDynamicFieldUpdate: B
    IncludeDeletedRecords: B
    DataTransferApi: S

class ServiceNowSourceProperties(TypedDict, total=False):
    Object: S

class SingularSourceProperties(TypedDict, total=False):
    Object: S

class SlackSourceProperties(TypedDict, total=False):
    Object: S

class TrendmicroSourceProperties(TypedDict, total=False):
    Object: S

class VeevaSourceProperties(TypedDict, total=False):
    Object: S
    DocumentType: S
    IncludeSourceFiles: B
    IncludeRenditions: B
    IncludeAllVersions: B

class ZendeskSourceProperties(TypedDict, total=False):
    Object: S

class SAPODataParallelismConfig(TypedDict, total=False):
    MaxParallelism: I

class SAPODataPaginationConfig(TypedDict, total=False):
    MaxPageSize: I

class SAPODataSourceProperties(TypedDict, total=False):
    ObjectPath: S
    ParallelismConfig: X[SAPODataParallelismConfig]
    PaginationConfig: X[SAPODataPaginationConfig]

class DataTransferApi(TypedDict, total=False):
    Name: S
    Type: S

class CustomConnectorSourceProperties(TypedDict, total=False):
    EntityName: S
    CustomProperties: M[S]
    DataTransferApi: X[DataTransferApi]

class PardotSourceProperties(TypedDict, total=False):
    Object: S

class SourceConnectorProperties(TypedDict, total=False):
    Amplitude: X[AmplitudeSourceProperties]
    Datadog: X[DatadogSourceProperties]
    Dynatrace: X[DynatraceSourceProperties]
    GoogleAnalytics: X[GoogleAnalyticsSourceProperties]
    InforNexus: X[InforNexusSourceProperties]
    Marketo: X[MarketoSourceProperties]
    S3: X[S3SourceProperties]
    Salesforce: X[SalesforceSourceProperties]
    ServiceNow: X[ServiceNowSourceProperties]
    Singular: X[SingularSourceProperties]
    Slack: X[SlackSourceProperties]
    Trendmicro: X[TrendmicroSourceProperties]
    Veeva: X[VeevaSourceProperties]
    Zendesk: X[ZendeskSourceProperties]
    SapoData: X[SAPODataSourceProperties]
    CustomConnector: X[CustomConnectorSourceProperties]
    Pardot: X[PardotSourceProperties]

class IncrementalPullConfig(TypedDict, total=False):
    DatetimeTypeFieldName: S

class SourceFlowConfig(TypedDict, total=False):
    ConnectorType: S
    ApiVersion: S
    ConnectorProfileName: S
    SourceConnectorProperties: X[SourceConnectorProperties]
    IncrementalPullConfig: X[IncrementalPullConfig]

class ErrorHandlingConfig(TypedDict, total=False):
    FailOnFirstDestinationError: B
    BucketPrefix: S
    BucketName: S

class RedshiftDestinationProperties(TypedDict, total=False):
    Object: S
    IntermediateBucketName: S
    BucketPrefix: S
    ErrorHandlingConfig: X[ErrorHandlingConfig]

class PrefixConfig(TypedDict, total=False):
    PrefixType: S
    PrefixFormat: S
    PathPrefixHierarchy: L[Si]

class AggregationConfig(TypedDict, total=False):
    AggregationType: S
    TargetFileSize: I

class S3OutputFormatConfig(TypedDict, total=False):
    FileType: S
    PrefixConfig: X[PrefixConfig]
    AggregationConfig: X[AggregationConfig]
    PreserveSourceDataTyping: B

class S3DestinationProperties(TypedDict, total=False):
    BucketName: S
    BucketPrefix: S
    S3OutputFormatConfig: X[S3OutputFormatConfig]

class SalesforceDestinationProperties(TypedDict, total=False):
    Object: S
    IdFieldNames: L[Si]
    ErrorHandlingConfig: X[ErrorHandlingConfig]
    WriteOperationType: S
    DataTransferApi: S

class SnowflakeDestinationProperties(TypedDict, total=False):
    Object: S
    IntermediateBucketName: S
    BucketPrefix: S
    ErrorHandlingConfig: X[ErrorHandlingConfig]

class EventBridgeDestinationProperties(TypedDict, total=False):
    Object: S
    ErrorHandlingConfig: X[ErrorHandlingConfig]

class LookoutMetricsDestinationProperties(TypedDict, total=False): ...

class UpsolverS3OutputFormatConfig(TypedDict, total=False):
    FileType: S
    PrefixConfig: X[PrefixConfig]
    AggregationConfig: X[AggregationConfig]

class UpsolverDestinationProperties(TypedDict, total=False):
    BucketName: S
    BucketPrefix: S
    S3OutputFormatConfig: X[UpsolverS3OutputFormatConfig]

class HoneycodeDestinationProperties(TypedDict, total=False):
    Object: S
    ErrorHandlingConfig: X[ErrorHandlingConfig]

class CustomerProfilesDestinationProperties(TypedDict, total=False):
    DomainName: S
    ObjectTypeName: S

class ZendeskDestinationProperties(TypedDict, total=False):
    Object: S
    IdFieldNames: L[Si]
    ErrorHandlingConfig: X[ErrorHandlingConfig]
    WriteOperationType: S

class MarketoDestinationProperties(TypedDict, total=False):
    Object: S
    ErrorHandlingConfig: X[ErrorHandlingConfig]

class CustomConnectorDestinationProperties(TypedDict, total=False):
    EntityName: S
    ErrorHandlingConfig: X[ErrorHandlingConfig]
    WriteOperationType: S
    IdFieldNames: L[Si]
    CustomProperties: M[S]

class SuccessResponseHandlingConfig(TypedDict, total=False):
    BucketPrefix: S
    BucketName: S

class SAPODataDestinationProperties(TypedDict, total=False):
    ObjectPath: S
    SuccessResponseHandlingConfig: X[SuccessResponseHandlingConfig]
    IdFieldNames: L[Si]
    ErrorHandlingConfig: X[ErrorHandlingConfig]
    WriteOperationType: S

class DestinationConnectorProperties(TypedDict, total=False):
    Redshift: X[RedshiftDestinationProperties]
    S3: X[S3DestinationProperties]
    Salesforce: X[SalesforceDestinationProperties]
    Snowflake: X[SnowflakeDestinationProperties]
    EventBridge: X[EventBridgeDestinationProperties]
    LookoutMetrics: X[LookoutMetricsDestinationProperties]
    Upsolver: X[UpsolverDestinationProperties]
    Honeycode: X[HoneycodeDestinationProperties]
    CustomerProfiles: X[CustomerProfilesDestinationProperties]
    Zendesk: X[ZendeskDestinationProperties]
    Marketo: X[MarketoDestinationProperties]
    CustomConnector: X[CustomConnectorDestinationProperties]
    SapoData: X[SAPODataDestinationProperties]

class DestinationFlowConfig(TypedDict, total=False):
    ConnectorType: S
    ApiVersion: S
    ConnectorProfileName: S
    DestinationConnectorProperties: X[DestinationConnectorProperties]

class ConnectorOperator(TypedDict, total=False):
    Amplitude: S
    Datadog: S
    Dynatrace: S
    GoogleAnalytics: S
    InforNexus: S
    Marketo: S
    S3: S
    Salesforce: S
    ServiceNow: S
    Singular: S
    Slack: S
    Trendmicro: S
    Veeva: S
    Zendesk: S
    SapoData: S
    CustomConnector: S
    Pardot: S

class Task(TypedDict, total=False):
    SourceFields: L[Si]
    ConnectorOperator: X[ConnectorOperator]
    DestinationField: S
    TaskType: S
    TaskProperties: M[S]

class GlueDataCatalogConfig(TypedDict, total=False):
    RoleArn: S
    DatabaseName: S
    TablePrefix: S

class MetadataCatalogConfig(TypedDict, total=False):
    GlueDataCatalog: X[GlueDataCatalogConfig]

CreateFlowParameters = TypedDict(
    "CreateFlowParameters",
    {
        "FlowName": S,
        "FlowName.$": str,
        "Description": S,
        "Description.$": str,
        "KmsArn": S,
        "KmsArn.$": str,
        "TriggerConfig": X[TriggerConfig],
        "TriggerConfig.$": str,
        "SourceFlowConfig": X[SourceFlowConfig],
        "SourceFlowConfig.$": str,
        "DestinationFlowConfigList": L[Xi[DestinationFlowConfig]],
        "DestinationFlowConfigList.$": str,
        "Tasks": L[Xi[Task]],
        "Tasks.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "MetadataCatalogConfig": X[MetadataCatalogConfig],
        "MetadataCatalogConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteConnectorProfileParameters = TypedDict(
    "DeleteConnectorProfileParameters",
    {
        "ConnectorProfileName": S,
        "ConnectorProfileName.$": str,
        "ForceDelete": B,
        "ForceDelete.$": str,
    },
    total=False,
)
DeleteFlowParameters = TypedDict(
    "DeleteFlowParameters",
    {"FlowName": S, "FlowName.$": str, "ForceDelete": B, "ForceDelete.$": str},
    total=False,
)
DescribeConnectorParameters = TypedDict(
    "DescribeConnectorParameters",
    {"ConnectorType": S, "ConnectorType.$": str, "ConnectorLabel": S, "ConnectorLabel.$": str},
    total=False,
)
DescribeConnectorEntityParameters = TypedDict(
    "DescribeConnectorEntityParameters",
    {
        "ConnectorEntityName": S,
        "ConnectorEntityName.$": str,
        "ConnectorType": S,
        "ConnectorType.$": str,
        "ConnectorProfileName": S,
        "ConnectorProfileName.$": str,
        "ApiVersion": S,
        "ApiVersion.$": str,
    },
    total=False,
)
DescribeConnectorProfilesParameters = TypedDict(
    "DescribeConnectorProfilesParameters",
    {
        "ConnectorProfileNames": L[Si],
        "ConnectorProfileNames.$": str,
        "ConnectorType": S,
        "ConnectorType.$": str,
        "ConnectorLabel": S,
        "ConnectorLabel.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeConnectorsParameters = TypedDict(
    "DescribeConnectorsParameters",
    {
        "ConnectorTypes": L[Si],
        "ConnectorTypes.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeFlowParameters = TypedDict(
    "DescribeFlowParameters", {"FlowName": S, "FlowName.$": str}, total=False
)
DescribeFlowExecutionRecordsParameters = TypedDict(
    "DescribeFlowExecutionRecordsParameters",
    {
        "FlowName": S,
        "FlowName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConnectorEntitiesParameters = TypedDict(
    "ListConnectorEntitiesParameters",
    {
        "ConnectorProfileName": S,
        "ConnectorProfileName.$": str,
        "ConnectorType": S,
        "ConnectorType.$": str,
        "EntitiesPath": S,
        "EntitiesPath.$": str,
        "ApiVersion": S,
        "ApiVersion.$": str,
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
ListFlowsParameters = TypedDict(
    "ListFlowsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class LambdaConnectorProvisioningConfig(TypedDict, total=False):
    LambdaArn: S

class ConnectorProvisioningConfig(TypedDict, total=False):
    Lambda: X[LambdaConnectorProvisioningConfig]

RegisterConnectorParameters = TypedDict(
    "RegisterConnectorParameters",
    {
        "ConnectorLabel": S,
        "ConnectorLabel.$": str,
        "Description": S,
        "Description.$": str,
        "ConnectorProvisioningType": S,
        "ConnectorProvisioningType.$": str,
        "ConnectorProvisioningConfig": X[ConnectorProvisioningConfig],
        "ConnectorProvisioningConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ResetConnectorMetadataCacheParameters = TypedDict(
    "ResetConnectorMetadataCacheParameters",
    {
        "ConnectorProfileName": S,
        "ConnectorProfileName.$": str,
        "ConnectorType": S,
        "ConnectorType.$": str,
        "ConnectorEntityName": S,
        "ConnectorEntityName.$": str,
        "EntitiesPath": S,
        "EntitiesPath.$": str,
        "ApiVersion": S,
        "ApiVersion.$": str,
    },
    total=False,
)
StartFlowParameters = TypedDict(
    "StartFlowParameters",
    {"FlowName": S, "FlowName.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
StopFlowParameters = TypedDict(
    "StopFlowParameters", {"FlowName": S, "FlowName.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UnregisterConnectorParameters = TypedDict(
    "UnregisterConnectorParameters",
    {"ConnectorLabel": S, "ConnectorLabel.$": str, "ForceDelete": B, "ForceDelete.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateConnectorProfileParameters = TypedDict(
    "UpdateConnectorProfileParameters",
    {
        "ConnectorProfileName": S,
        "ConnectorProfileName.$": str,
        "ConnectionMode": S,
        "ConnectionMode.$": str,
        "ConnectorProfileConfig": X[ConnectorProfileConfig],
        "ConnectorProfileConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateConnectorRegistrationParameters = TypedDict(
    "UpdateConnectorRegistrationParameters",
    {
        "ConnectorLabel": S,
        "ConnectorLabel.$": str,
        "Description": S,
        "Description.$": str,
        "ConnectorProvisioningConfig": X[ConnectorProvisioningConfig],
        "ConnectorProvisioningConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateFlowParameters = TypedDict(
    "UpdateFlowParameters",
    {
        "FlowName": S,
        "FlowName.$": str,
        "Description": S,
        "Description.$": str,
        "TriggerConfig": X[TriggerConfig],
        "TriggerConfig.$": str,
        "SourceFlowConfig": X[SourceFlowConfig],
        "SourceFlowConfig.$": str,
        "DestinationFlowConfigList": L[Xi[DestinationFlowConfig]],
        "DestinationFlowConfigList.$": str,
        "Tasks": L[Xi[Task]],
        "Tasks.$": str,
        "MetadataCatalogConfig": X[MetadataCatalogConfig],
        "MetadataCatalogConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
cancel_flow_executions: Builder[CancelFlowExecutionsParameters]
create_connector_profile: Builder[CreateConnectorProfileParameters]
create_flow: Builder[CreateFlowParameters]
delete_connector_profile: Builder[DeleteConnectorProfileParameters]
delete_flow: Builder[DeleteFlowParameters]
describe_connector: Builder[DescribeConnectorParameters]
describe_connector_entity: Builder[DescribeConnectorEntityParameters]
describe_connector_profiles: Builder[DescribeConnectorProfilesParameters]
describe_connectors: Builder[DescribeConnectorsParameters]
describe_flow: Builder[DescribeFlowParameters]
describe_flow_execution_records: Builder[DescribeFlowExecutionRecordsParameters]
list_connector_entities: Builder[ListConnectorEntitiesParameters]
list_connectors: Builder[ListConnectorsParameters]
list_flows: Builder[ListFlowsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
register_connector: Builder[RegisterConnectorParameters]
reset_connector_metadata_cache: Builder[ResetConnectorMetadataCacheParameters]
start_flow: Builder[StartFlowParameters]
stop_flow: Builder[StopFlowParameters]
tag_resource: Builder[TagResourceParameters]
unregister_connector: Builder[UnregisterConnectorParameters]
untag_resource: Builder[UntagResourceParameters]
update_connector_profile: Builder[UpdateConnectorProfileParameters]
update_connector_registration: Builder[UpdateConnectorRegistrationParameters]
update_flow: Builder[UpdateFlowParameters]

__all__ = [
    "cancel_flow_executions",
    "create_connector_profile",
    "create_flow",
    "delete_connector_profile",
    "delete_flow",
    "describe_connector",
    "describe_connector_entity",
    "describe_connector_profiles",
    "describe_connectors",
    "describe_flow",
    "describe_flow_execution_records",
    "list_connector_entities",
    "list_connectors",
    "list_flows",
    "list_tags_for_resource",
    "register_connector",
    "reset_connector_metadata_cache",
    "start_flow",
    "stop_flow",
    "tag_resource",
    "unregister_connector",
    "untag_resource",
    "update_connector_profile",
    "update_connector_registration",
    "update_flow",
]
