"""Typed builders of the AWS SDK integration of appsync (``aws-sdk:appsync:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateApiParameters = TypedDict(
    "AssociateApiParameters",
    {"DomainName": S, "DomainName.$": str, "ApiId": S, "ApiId.$": str},
    total=False,
)

class SourceApiAssociationConfig(TypedDict, total=False):
    MergeType: S

AssociateMergedGraphqlApiParameters = TypedDict(
    "AssociateMergedGraphqlApiParameters",
    {
        "SourceApiIdentifier": S,
        "SourceApiIdentifier.$": str,
        "MergedApiIdentifier": S,
        "MergedApiIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "SourceApiAssociationConfig": X[SourceApiAssociationConfig],
        "SourceApiAssociationConfig.$": str,
    },
    total=False,
)
AssociateSourceGraphqlApiParameters = TypedDict(
    "AssociateSourceGraphqlApiParameters",
    {
        "MergedApiIdentifier": S,
        "MergedApiIdentifier.$": str,
        "SourceApiIdentifier": S,
        "SourceApiIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "SourceApiAssociationConfig": X[SourceApiAssociationConfig],
        "SourceApiAssociationConfig.$": str,
    },
    total=False,
)

class CognitoConfig(TypedDict, total=False):
    UserPoolId: S
    AwsRegion: S
    AppIdClientRegex: S

class OpenIDConnectConfig(TypedDict, total=False):
    Issuer: S
    ClientId: S
    IatTTL: I
    AuthTTL: I

class LambdaAuthorizerConfig(TypedDict, total=False):
    AuthorizerResultTtlInSeconds: I
    AuthorizerUri: S
    IdentityValidationExpression: S

class AuthProvider(TypedDict, total=False):
    AuthType: S
    CognitoConfig: X[CognitoConfig]
    OpenIDConnectConfig: X[OpenIDConnectConfig]
    LambdaAuthorizerConfig: X[LambdaAuthorizerConfig]

class AuthMode(TypedDict, total=False):
    AuthType: S

class EventLogConfig(TypedDict, total=False):
    LogLevel: S
    CloudWatchLogsRoleArn: S

class EventConfig(TypedDict, total=False):
    AuthProviders: L[Xi[AuthProvider]]
    ConnectionAuthModes: L[Xi[AuthMode]]
    DefaultPublishAuthModes: L[Xi[AuthMode]]
    DefaultSubscribeAuthModes: L[Xi[AuthMode]]
    LogConfig: X[EventLogConfig]

CreateApiParameters = TypedDict(
    "CreateApiParameters",
    {
        "Name": S,
        "Name.$": str,
        "OwnerContact": S,
        "OwnerContact.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "EventConfig": X[EventConfig],
        "EventConfig.$": str,
    },
    total=False,
)
CreateApiCacheParameters = TypedDict(
    "CreateApiCacheParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Ttl": I,
        "Ttl.$": str,
        "TransitEncryptionEnabled": B,
        "TransitEncryptionEnabled.$": str,
        "AtRestEncryptionEnabled": B,
        "AtRestEncryptionEnabled.$": str,
        "ApiCachingBehavior": S,
        "ApiCachingBehavior.$": str,
        "Type": S,
        "Type.$": str,
        "HealthMetricsConfig": S,
        "HealthMetricsConfig.$": str,
    },
    total=False,
)
CreateApiKeyParameters = TypedDict(
    "CreateApiKeyParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Description": S,
        "Description.$": str,
        "Expires": I,
        "Expires.$": str,
    },
    total=False,
)

class LambdaConfig(TypedDict, total=False):
    InvokeType: S

class Integration(TypedDict, total=False):
    DataSourceName: S
    LambdaConfig: X[LambdaConfig]

class HandlerConfig(TypedDict, total=False):
    Behavior: S
    Integration: X[Integration]

class HandlerConfigs(TypedDict, total=False):
    OnPublish: X[HandlerConfig]
    OnSubscribe: X[HandlerConfig]

CreateChannelNamespaceParameters = TypedDict(
    "CreateChannelNamespaceParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Name": S,
        "Name.$": str,
        "SubscribeAuthModes": L[Xi[AuthMode]],
        "SubscribeAuthModes.$": str,
        "PublishAuthModes": L[Xi[AuthMode]],
        "PublishAuthModes.$": str,
        "CodeHandlers": S,
        "CodeHandlers.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "HandlerConfigs": X[HandlerConfigs],
        "HandlerConfigs.$": str,
    },
    total=False,
)

class DeltaSyncConfig(TypedDict, total=False):
    BaseTableTTL: I
    DeltaSyncTableName: S
    DeltaSyncTableTTL: I

class DynamodbDataSourceConfig(TypedDict, total=False):
    TableName: S
    AwsRegion: S
    UseCallerCredentials: B
    DeltaSyncConfig: X[DeltaSyncConfig]
    Versioned: B

class LambdaDataSourceConfig(TypedDict, total=False):
    LambdaFunctionArn: S

class ElasticsearchDataSourceConfig(TypedDict, total=False):
    Endpoint: S
    AwsRegion: S

class OpenSearchServiceDataSourceConfig(TypedDict, total=False):
    Endpoint: S
    AwsRegion: S

class AwsIamConfig(TypedDict, total=False):
    SigningRegion: S
    SigningServiceName: S

class AuthorizationConfig(TypedDict, total=False):
    AuthorizationType: S
    AwsIamConfig: X[AwsIamConfig]

class HttpDataSourceConfig(TypedDict, total=False):
    Endpoint: S
    AuthorizationConfig: X[AuthorizationConfig]

class RdsHttpEndpointConfig(TypedDict, total=False):
    AwsRegion: S
    DbClusterIdentifier: S
    DatabaseName: S
    Schema: S
    AwsSecretStoreArn: S

class RelationalDatabaseDataSourceConfig(TypedDict, total=False):
    RelationalDatabaseSourceType: S
    RdsHttpEndpointConfig: X[RdsHttpEndpointConfig]

class EventBridgeDataSourceConfig(TypedDict, total=False):
    EventBusArn: S

CreateDataSourceParameters = TypedDict(
    "CreateDataSourceParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "ServiceRoleArn": S,
        "ServiceRoleArn.$": str,
        "DynamodbConfig": X[DynamodbDataSourceConfig],
        "DynamodbConfig.$": str,
        "LambdaConfig": X[LambdaDataSourceConfig],
        "LambdaConfig.$": str,
        "ElasticsearchConfig": X[ElasticsearchDataSourceConfig],
        "ElasticsearchConfig.$": str,
        "OpenSearchServiceConfig": X[OpenSearchServiceDataSourceConfig],
        "OpenSearchServiceConfig.$": str,
        "HttpConfig": X[HttpDataSourceConfig],
        "HttpConfig.$": str,
        "RelationalDatabaseConfig": X[RelationalDatabaseDataSourceConfig],
        "RelationalDatabaseConfig.$": str,
        "EventBridgeConfig": X[EventBridgeDataSourceConfig],
        "EventBridgeConfig.$": str,
        "MetricsConfig": S,
        "MetricsConfig.$": str,
    },
    total=False,
)
CreateDomainNameParameters = TypedDict(
    "CreateDomainNameParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "CertificateArn": S,
        "CertificateArn.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class LambdaConflictHandlerConfig(TypedDict, total=False):
    LambdaConflictHandlerArn: S

class SyncConfig(TypedDict, total=False):
    ConflictHandler: S
    ConflictDetection: S
    LambdaConflictHandlerConfig: X[LambdaConflictHandlerConfig]

class AppSyncRuntime(TypedDict, total=False):
    Name: S
    RuntimeVersion: S

CreateFunctionParameters = TypedDict(
    "CreateFunctionParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DataSourceName": S,
        "DataSourceName.$": str,
        "RequestMappingTemplate": S,
        "RequestMappingTemplate.$": str,
        "ResponseMappingTemplate": S,
        "ResponseMappingTemplate.$": str,
        "FunctionVersion": S,
        "FunctionVersion.$": str,
        "SyncConfig": X[SyncConfig],
        "SyncConfig.$": str,
        "MaxBatchSize": I,
        "MaxBatchSize.$": str,
        "Runtime": X[AppSyncRuntime],
        "Runtime.$": str,
        "Code": S,
        "Code.$": str,
    },
    total=False,
)

class LogConfig(TypedDict, total=False):
    FieldLogLevel: S
    CloudWatchLogsRoleArn: S
    ExcludeVerboseContent: B

class UserPoolConfig(TypedDict, total=False):
    UserPoolId: S
    AwsRegion: S
    DefaultAction: S
    AppIdClientRegex: S

class CognitoUserPoolConfig(TypedDict, total=False):
    UserPoolId: S
    AwsRegion: S
    AppIdClientRegex: S

class AdditionalAuthenticationProvider(TypedDict, total=False):
    AuthenticationType: S
    OpenIDConnectConfig: X[OpenIDConnectConfig]
    UserPoolConfig: X[CognitoUserPoolConfig]
    LambdaAuthorizerConfig: X[LambdaAuthorizerConfig]

class EnhancedMetricsConfig(TypedDict, total=False):
    ResolverLevelMetricsBehavior: S
    DataSourceLevelMetricsBehavior: S
    OperationLevelMetricsConfig: S

CreateGraphqlApiParameters = TypedDict(
    "CreateGraphqlApiParameters",
    {
        "Name": S,
        "Name.$": str,
        "LogConfig": X[LogConfig],
        "LogConfig.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "UserPoolConfig": X[UserPoolConfig],
        "UserPoolConfig.$": str,
        "OpenIDConnectConfig": X[OpenIDConnectConfig],
        "OpenIDConnectConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AdditionalAuthenticationProviders": L[Xi[AdditionalAuthenticationProvider]],
        "AdditionalAuthenticationProviders.$": str,
        "XrayEnabled": B,
        "XrayEnabled.$": str,
        "LambdaAuthorizerConfig": X[LambdaAuthorizerConfig],
        "LambdaAuthorizerConfig.$": str,
        "ApiType": S,
        "ApiType.$": str,
        "MergedApiExecutionRoleArn": S,
        "MergedApiExecutionRoleArn.$": str,
        "Visibility": S,
        "Visibility.$": str,
        "OwnerContact": S,
        "OwnerContact.$": str,
        "IntrospectionConfig": S,
        "IntrospectionConfig.$": str,
        "QueryDepthLimit": I,
        "QueryDepthLimit.$": str,
        "ResolverCountLimit": I,
        "ResolverCountLimit.$": str,
        "EnhancedMetricsConfig": X[EnhancedMetricsConfig],
        "EnhancedMetricsConfig.$": str,
    },
    total=False,
)

class PipelineConfig(TypedDict, total=False):
    Functions: L[Si]

class CachingConfig(TypedDict, total=False):
    Ttl: I
    CachingKeys: L[Si]

CreateResolverParameters = TypedDict(
    "CreateResolverParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "FieldName": S,
        "FieldName.$": str,
        "DataSourceName": S,
        "DataSourceName.$": str,
        "RequestMappingTemplate": S,
        "RequestMappingTemplate.$": str,
        "ResponseMappingTemplate": S,
        "ResponseMappingTemplate.$": str,
        "Kind": S,
        "Kind.$": str,
        "PipelineConfig": X[PipelineConfig],
        "PipelineConfig.$": str,
        "SyncConfig": X[SyncConfig],
        "SyncConfig.$": str,
        "CachingConfig": X[CachingConfig],
        "CachingConfig.$": str,
        "MaxBatchSize": I,
        "MaxBatchSize.$": str,
        "Runtime": X[AppSyncRuntime],
        "Runtime.$": str,
        "Code": S,
        "Code.$": str,
        "MetricsConfig": S,
        "MetricsConfig.$": str,
    },
    total=False,
)
CreateTypeParameters = TypedDict(
    "CreateTypeParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Definition": S,
        "Definition.$": str,
        "Format": S,
        "Format.$": str,
    },
    total=False,
)
DeleteApiParameters = TypedDict("DeleteApiParameters", {"ApiId": S, "ApiId.$": str}, total=False)
DeleteApiCacheParameters = TypedDict(
    "DeleteApiCacheParameters", {"ApiId": S, "ApiId.$": str}, total=False
)
DeleteApiKeyParameters = TypedDict(
    "DeleteApiKeyParameters", {"ApiId": S, "ApiId.$": str, "Id": S, "Id.$": str}, total=False
)
DeleteChannelNamespaceParameters = TypedDict(
    "DeleteChannelNamespaceParameters",
    {"ApiId": S, "ApiId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteDataSourceParameters = TypedDict(
    "DeleteDataSourceParameters",
    {"ApiId": S, "ApiId.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteDomainNameParameters = TypedDict(
    "DeleteDomainNameParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DeleteFunctionParameters = TypedDict(
    "DeleteFunctionParameters",
    {"ApiId": S, "ApiId.$": str, "FunctionId": S, "FunctionId.$": str},
    total=False,
)
DeleteGraphqlApiParameters = TypedDict(
    "DeleteGraphqlApiParameters", {"ApiId": S, "ApiId.$": str}, total=False
)
DeleteResolverParameters = TypedDict(
    "DeleteResolverParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "FieldName": S,
        "FieldName.$": str,
    },
    total=False,
)
DeleteTypeParameters = TypedDict(
    "DeleteTypeParameters",
    {"ApiId": S, "ApiId.$": str, "TypeName": S, "TypeName.$": str},
    total=False,
)
DisassociateApiParameters = TypedDict(
    "DisassociateApiParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DisassociateMergedGraphqlApiParameters = TypedDict(
    "DisassociateMergedGraphqlApiParameters",
    {
        "SourceApiIdentifier": S,
        "SourceApiIdentifier.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
    },
    total=False,
)
DisassociateSourceGraphqlApiParameters = TypedDict(
    "DisassociateSourceGraphqlApiParameters",
    {
        "MergedApiIdentifier": S,
        "MergedApiIdentifier.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
    },
    total=False,
)
EvaluateCodeParameters = TypedDict(
    "EvaluateCodeParameters",
    {
        "Runtime": X[AppSyncRuntime],
        "Runtime.$": str,
        "Code": S,
        "Code.$": str,
        "Context": S,
        "Context.$": str,
        "Function": S,
        "Function.$": str,
    },
    total=False,
)
EvaluateMappingTemplateParameters = TypedDict(
    "EvaluateMappingTemplateParameters",
    {"Template": S, "Template.$": str, "Context": S, "Context.$": str},
    total=False,
)
FlushApiCacheParameters = TypedDict(
    "FlushApiCacheParameters", {"ApiId": S, "ApiId.$": str}, total=False
)
GetApiParameters = TypedDict("GetApiParameters", {"ApiId": S, "ApiId.$": str}, total=False)
GetApiAssociationParameters = TypedDict(
    "GetApiAssociationParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetApiCacheParameters = TypedDict(
    "GetApiCacheParameters", {"ApiId": S, "ApiId.$": str}, total=False
)
GetChannelNamespaceParameters = TypedDict(
    "GetChannelNamespaceParameters",
    {"ApiId": S, "ApiId.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetDataSourceParameters = TypedDict(
    "GetDataSourceParameters", {"ApiId": S, "ApiId.$": str, "Name": S, "Name.$": str}, total=False
)
GetDataSourceIntrospectionParameters = TypedDict(
    "GetDataSourceIntrospectionParameters",
    {
        "IntrospectionId": S,
        "IntrospectionId.$": str,
        "IncludeModelsSDL": B,
        "IncludeModelsSDL.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetDomainNameParameters = TypedDict(
    "GetDomainNameParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetFunctionParameters = TypedDict(
    "GetFunctionParameters",
    {"ApiId": S, "ApiId.$": str, "FunctionId": S, "FunctionId.$": str},
    total=False,
)
GetGraphqlApiParameters = TypedDict(
    "GetGraphqlApiParameters", {"ApiId": S, "ApiId.$": str}, total=False
)
GetGraphqlApiEnvironmentVariablesParameters = TypedDict(
    "GetGraphqlApiEnvironmentVariablesParameters", {"ApiId": S, "ApiId.$": str}, total=False
)
GetIntrospectionSchemaParameters = TypedDict(
    "GetIntrospectionSchemaParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Format": S,
        "Format.$": str,
        "IncludeDirectives": B,
        "IncludeDirectives.$": str,
    },
    total=False,
)
GetResolverParameters = TypedDict(
    "GetResolverParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "FieldName": S,
        "FieldName.$": str,
    },
    total=False,
)
GetSchemaCreationStatusParameters = TypedDict(
    "GetSchemaCreationStatusParameters", {"ApiId": S, "ApiId.$": str}, total=False
)
GetSourceApiAssociationParameters = TypedDict(
    "GetSourceApiAssociationParameters",
    {
        "MergedApiIdentifier": S,
        "MergedApiIdentifier.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
    },
    total=False,
)
GetTypeParameters = TypedDict(
    "GetTypeParameters",
    {"ApiId": S, "ApiId.$": str, "TypeName": S, "TypeName.$": str, "Format": S, "Format.$": str},
    total=False,
)
ListApiKeysParameters = TypedDict(
    "ListApiKeysParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListApisParameters = TypedDict(
    "ListApisParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListChannelNamespacesParameters = TypedDict(
    "ListChannelNamespacesParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataSourcesParameters = TypedDict(
    "ListDataSourcesParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDomainNamesParameters = TypedDict(
    "ListDomainNamesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListFunctionsParameters = TypedDict(
    "ListFunctionsParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListGraphqlApisParameters = TypedDict(
    "ListGraphqlApisParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ApiType": S,
        "ApiType.$": str,
        "Owner": S,
        "Owner.$": str,
    },
    total=False,
)
ListResolversParameters = TypedDict(
    "ListResolversParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListResolversByFunctionParameters = TypedDict(
    "ListResolversByFunctionParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "FunctionId": S,
        "FunctionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSourceApiAssociationsParameters = TypedDict(
    "ListSourceApiAssociationsParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
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
ListTypesParameters = TypedDict(
    "ListTypesParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Format": S,
        "Format.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTypesByAssociationParameters = TypedDict(
    "ListTypesByAssociationParameters",
    {
        "MergedApiIdentifier": S,
        "MergedApiIdentifier.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
        "Format": S,
        "Format.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PutGraphqlApiEnvironmentVariablesParameters = TypedDict(
    "PutGraphqlApiEnvironmentVariablesParameters",
    {"ApiId": S, "ApiId.$": str, "EnvironmentVariables": M[S], "EnvironmentVariables.$": str},
    total=False,
)

class RdsDataApiConfig(TypedDict, total=False):
    ResourceArn: S
    SecretArn: S
    DatabaseName: S

StartDataSourceIntrospectionParameters = TypedDict(
    "StartDataSourceIntrospectionParameters",
    {"RdsDataApiConfig": X[RdsDataApiConfig], "RdsDataApiConfig.$": str},
    total=False,
)
StartSchemaCreationParameters = TypedDict(
    "StartSchemaCreationParameters",
    {"ApiId": S, "ApiId.$": str, "Definition": S, "Definition.$": str},
    total=False,
)
StartSchemaMergeParameters = TypedDict(
    "StartSchemaMergeParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "MergedApiIdentifier": S,
        "MergedApiIdentifier.$": str,
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
UpdateApiParameters = TypedDict(
    "UpdateApiParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Name": S,
        "Name.$": str,
        "OwnerContact": S,
        "OwnerContact.$": str,
        "EventConfig": X[EventConfig],
        "EventConfig.$": str,
    },
    total=False,
)
UpdateApiCacheParameters = TypedDict(
    "UpdateApiCacheParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Ttl": I,
        "Ttl.$": str,
        "ApiCachingBehavior": S,
        "ApiCachingBehavior.$": str,
        "Type": S,
        "Type.$": str,
        "HealthMetricsConfig": S,
        "HealthMetricsConfig.$": str,
    },
    total=False,
)
UpdateApiKeyParameters = TypedDict(
    "UpdateApiKeyParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Id": S,
        "Id.$": str,
        "Description": S,
        "Description.$": str,
        "Expires": I,
        "Expires.$": str,
    },
    total=False,
)
UpdateChannelNamespaceParameters = TypedDict(
    "UpdateChannelNamespaceParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Name": S,
        "Name.$": str,
        "SubscribeAuthModes": L[Xi[AuthMode]],
        "SubscribeAuthModes.$": str,
        "PublishAuthModes": L[Xi[AuthMode]],
        "PublishAuthModes.$": str,
        "CodeHandlers": S,
        "CodeHandlers.$": str,
        "HandlerConfigs": X[HandlerConfigs],
        "HandlerConfigs.$": str,
    },
    total=False,
)
UpdateDataSourceParameters = TypedDict(
    "UpdateDataSourceParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "ServiceRoleArn": S,
        "ServiceRoleArn.$": str,
        "DynamodbConfig": X[DynamodbDataSourceConfig],
        "DynamodbConfig.$": str,
        "LambdaConfig": X[LambdaDataSourceConfig],
        "LambdaConfig.$": str,
        "ElasticsearchConfig": X[ElasticsearchDataSourceConfig],
        "ElasticsearchConfig.$": str,
        "OpenSearchServiceConfig": X[OpenSearchServiceDataSourceConfig],
        "OpenSearchServiceConfig.$": str,
        "HttpConfig": X[HttpDataSourceConfig],
        "HttpConfig.$": str,
        "RelationalDatabaseConfig": X[RelationalDatabaseDataSourceConfig],
        "RelationalDatabaseConfig.$": str,
        "EventBridgeConfig": X[EventBridgeDataSourceConfig],
        "EventBridgeConfig.$": str,
        "MetricsConfig": S,
        "MetricsConfig.$": str,
    },
    total=False,
)
UpdateDomainNameParameters = TypedDict(
    "UpdateDomainNameParameters",
    {"DomainName": S, "DomainName.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdateFunctionParameters = TypedDict(
    "UpdateFunctionParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "FunctionId": S,
        "FunctionId.$": str,
        "DataSourceName": S,
        "DataSourceName.$": str,
        "RequestMappingTemplate": S,
        "RequestMappingTemplate.$": str,
        "ResponseMappingTemplate": S,
        "ResponseMappingTemplate.$": str,
        "FunctionVersion": S,
        "FunctionVersion.$": str,
        "SyncConfig": X[SyncConfig],
        "SyncConfig.$": str,
        "MaxBatchSize": I,
        "MaxBatchSize.$": str,
        "Runtime": X[AppSyncRuntime],
        "Runtime.$": str,
        "Code": S,
        "Code.$": str,
    },
    total=False,
)
UpdateGraphqlApiParameters = TypedDict(
    "UpdateGraphqlApiParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Name": S,
        "Name.$": str,
        "LogConfig": X[LogConfig],
        "LogConfig.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "UserPoolConfig": X[UserPoolConfig],
        "UserPoolConfig.$": str,
        "OpenIDConnectConfig": X[OpenIDConnectConfig],
        "OpenIDConnectConfig.$": str,
        "AdditionalAuthenticationProviders": L[Xi[AdditionalAuthenticationProvider]],
        "AdditionalAuthenticationProviders.$": str,
        "XrayEnabled": B,
        "XrayEnabled.$": str,
        "LambdaAuthorizerConfig": X[LambdaAuthorizerConfig],
        "LambdaAuthorizerConfig.$": str,
        "MergedApiExecutionRoleArn": S,
        "MergedApiExecutionRoleArn.$": str,
        "OwnerContact": S,
        "OwnerContact.$": str,
        "IntrospectionConfig": S,
        "IntrospectionConfig.$": str,
        "QueryDepthLimit": I,
        "QueryDepthLimit.$": str,
        "ResolverCountLimit": I,
        "ResolverCountLimit.$": str,
        "EnhancedMetricsConfig": X[EnhancedMetricsConfig],
        "EnhancedMetricsConfig.$": str,
    },
    total=False,
)
UpdateResolverParameters = TypedDict(
    "UpdateResolverParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "FieldName": S,
        "FieldName.$": str,
        "DataSourceName": S,
        "DataSourceName.$": str,
        "RequestMappingTemplate": S,
        "RequestMappingTemplate.$": str,
        "ResponseMappingTemplate": S,
        "ResponseMappingTemplate.$": str,
        "Kind": S,
        "Kind.$": str,
        "PipelineConfig": X[PipelineConfig],
        "PipelineConfig.$": str,
        "SyncConfig": X[SyncConfig],
        "SyncConfig.$": str,
        "CachingConfig": X[CachingConfig],
        "CachingConfig.$": str,
        "MaxBatchSize": I,
        "MaxBatchSize.$": str,
        "Runtime": X[AppSyncRuntime],
        "Runtime.$": str,
        "Code": S,
        "Code.$": str,
        "MetricsConfig": S,
        "MetricsConfig.$": str,
    },
    total=False,
)
UpdateSourceApiAssociationParameters = TypedDict(
    "UpdateSourceApiAssociationParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "MergedApiIdentifier": S,
        "MergedApiIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "SourceApiAssociationConfig": X[SourceApiAssociationConfig],
        "SourceApiAssociationConfig.$": str,
    },
    total=False,
)
UpdateTypeParameters = TypedDict(
    "UpdateTypeParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "Definition": S,
        "Definition.$": str,
        "Format": S,
        "Format.$": str,
    },
    total=False,
)
associate_api: Builder[AssociateApiParameters]
associate_merged_graphql_api: Builder[AssociateMergedGraphqlApiParameters]
associate_source_graphql_api: Builder[AssociateSourceGraphqlApiParameters]
create_api: Builder[CreateApiParameters]
create_api_cache: Builder[CreateApiCacheParameters]
create_api_key: Builder[CreateApiKeyParameters]
create_channel_namespace: Builder[CreateChannelNamespaceParameters]
create_data_source: Builder[CreateDataSourceParameters]
create_domain_name: Builder[CreateDomainNameParameters]
create_function: Builder[CreateFunctionParameters]
create_graphql_api: Builder[CreateGraphqlApiParameters]
create_resolver: Builder[CreateResolverParameters]
create_type: Builder[CreateTypeParameters]
delete_api: Builder[DeleteApiParameters]
delete_api_cache: Builder[DeleteApiCacheParameters]
delete_api_key: Builder[DeleteApiKeyParameters]
delete_channel_namespace: Builder[DeleteChannelNamespaceParameters]
delete_data_source: Builder[DeleteDataSourceParameters]
delete_domain_name: Builder[DeleteDomainNameParameters]
delete_function: Builder[DeleteFunctionParameters]
delete_graphql_api: Builder[DeleteGraphqlApiParameters]
delete_resolver: Builder[DeleteResolverParameters]
delete_type: Builder[DeleteTypeParameters]
disassociate_api: Builder[DisassociateApiParameters]
disassociate_merged_graphql_api: Builder[DisassociateMergedGraphqlApiParameters]
disassociate_source_graphql_api: Builder[DisassociateSourceGraphqlApiParameters]
evaluate_code: Builder[EvaluateCodeParameters]
evaluate_mapping_template: Builder[EvaluateMappingTemplateParameters]
flush_api_cache: Builder[FlushApiCacheParameters]
get_api: Builder[GetApiParameters]
get_api_association: Builder[GetApiAssociationParameters]
get_api_cache: Builder[GetApiCacheParameters]
get_channel_namespace: Builder[GetChannelNamespaceParameters]
get_data_source: Builder[GetDataSourceParameters]
get_data_source_introspection: Builder[GetDataSourceIntrospectionParameters]
get_domain_name: Builder[GetDomainNameParameters]
get_function: Builder[GetFunctionParameters]
get_graphql_api: Builder[GetGraphqlApiParameters]
get_graphql_api_environment_variables: Builder[GetGraphqlApiEnvironmentVariablesParameters]
get_introspection_schema: Builder[GetIntrospectionSchemaParameters]
get_resolver: Builder[GetResolverParameters]
get_schema_creation_status: Builder[GetSchemaCreationStatusParameters]
get_source_api_association: Builder[GetSourceApiAssociationParameters]
get_type: Builder[GetTypeParameters]
list_api_keys: Builder[ListApiKeysParameters]
list_apis: Builder[ListApisParameters]
list_channel_namespaces: Builder[ListChannelNamespacesParameters]
list_data_sources: Builder[ListDataSourcesParameters]
list_domain_names: Builder[ListDomainNamesParameters]
list_functions: Builder[ListFunctionsParameters]
list_graphql_apis: Builder[ListGraphqlApisParameters]
list_resolvers: Builder[ListResolversParameters]
list_resolvers_by_function: Builder[ListResolversByFunctionParameters]
list_source_api_associations: Builder[ListSourceApiAssociationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_types: Builder[ListTypesParameters]
list_types_by_association: Builder[ListTypesByAssociationParameters]
put_graphql_api_environment_variables: Builder[PutGraphqlApiEnvironmentVariablesParameters]
start_data_source_introspection: Builder[StartDataSourceIntrospectionParameters]
start_schema_creation: Builder[StartSchemaCreationParameters]
start_schema_merge: Builder[StartSchemaMergeParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_api: Builder[UpdateApiParameters]
update_api_cache: Builder[UpdateApiCacheParameters]
update_api_key: Builder[UpdateApiKeyParameters]
update_channel_namespace: Builder[UpdateChannelNamespaceParameters]
update_data_source: Builder[UpdateDataSourceParameters]
update_domain_name: Builder[UpdateDomainNameParameters]
update_function: Builder[UpdateFunctionParameters]
update_graphql_api: Builder[UpdateGraphqlApiParameters]
update_resolver: Builder[UpdateResolverParameters]
update_source_api_association: Builder[UpdateSourceApiAssociationParameters]
update_type: Builder[UpdateTypeParameters]

__all__ = [
    "associate_api",
    "associate_merged_graphql_api",
    "associate_source_graphql_api",
    "create_api",
    "create_api_cache",
    "create_api_key",
    "create_channel_namespace",
    "create_data_source",
    "create_domain_name",
    "create_function",
    "create_graphql_api",
    "create_resolver",
    "create_type",
    "delete_api",
    "delete_api_cache",
    "delete_api_key",
    "delete_channel_namespace",
    "delete_data_source",
    "delete_domain_name",
    "delete_function",
    "delete_graphql_api",
    "delete_resolver",
    "delete_type",
    "disassociate_api",
    "disassociate_merged_graphql_api",
    "disassociate_source_graphql_api",
    "evaluate_code",
    "evaluate_mapping_template",
    "flush_api_cache",
    "get_api",
    "get_api_association",
    "get_api_cache",
    "get_channel_namespace",
    "get_data_source",
    "get_data_source_introspection",
    "get_domain_name",
    "get_function",
    "get_graphql_api",
    "get_graphql_api_environment_variables",
    "get_introspection_schema",
    "get_resolver",
    "get_schema_creation_status",
    "get_source_api_association",
    "get_type",
    "list_api_keys",
    "list_apis",
    "list_channel_namespaces",
    "list_data_sources",
    "list_domain_names",
    "list_functions",
    "list_graphql_apis",
    "list_resolvers",
    "list_resolvers_by_function",
    "list_source_api_associations",
    "list_tags_for_resource",
    "list_types",
    "list_types_by_association",
    "put_graphql_api_environment_variables",
    "start_data_source_introspection",
    "start_schema_creation",
    "start_schema_merge",
    "tag_resource",
    "untag_resource",
    "update_api",
    "update_api_cache",
    "update_api_key",
    "update_channel_namespace",
    "update_data_source",
    "update_domain_name",
    "update_function",
    "update_graphql_api",
    "update_resolver",
    "update_source_api_association",
    "update_type",
]
