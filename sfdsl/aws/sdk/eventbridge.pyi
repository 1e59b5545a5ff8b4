"""Typed builders of the AWS SDK integration of eventbridge (``aws-sdk:eventbridge:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

ActivateEventSourceParameters = TypedDict(
    "ActivateEventSourceParameters", {"Name": S, "Name.$": str}, total=False
)
CancelReplayParameters = TypedDict(
    "CancelReplayParameters", {"ReplayName": S, "ReplayName.$": str}, total=False
)
CreateApiDestinationParameters = TypedDict(
    "CreateApiDestinationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ConnectionArn": S,
        "ConnectionArn.$": str,
        "InvocationEndpoint": S,
        "InvocationEndpoint.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "InvocationRateLimitPerSecond": I,
        "InvocationRateLimitPerSecond.$": str,
    },
    total=False,
)
CreateArchiveParameters = TypedDict(
    "CreateArchiveParameters",
    {
        "ArchiveName": S,
        "ArchiveName.$": str,
        "EventSourceArn": S,
        "EventSourceArn.$": str,
        "Description": S,
        "Description.$": str,
        "EventPattern": S,
        "EventPattern.$": str,
        "RetentionDays": I,
        "RetentionDays.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
    },
    total=False,
)

class CreateConnectionBasicAuthRequestParameters(TypedDict, total=False):
    Username: S
    Password: S

class CreateConnectionOAuthClientRequestParameters(TypedDict, total=False):
    ClientID: S
    ClientSecret: S

class ConnectionHeaderParameter(TypedDict, total=False):
    Key: S
    Value: S
    IsValueSecret: B

class ConnectionQueryStringParameter(TypedDict, total=False):
    Key: S
    Value: S
    IsValueSecret: B

class ConnectionBodyParameter(TypedDict, total=False):
    Key: S
    Value: S
    IsValueSecret: B

class ConnectionHttpParameters(TypedDict, total=False):
    HeaderParameters: L[Xi[ConnectionHeaderParameter]]
    QueryStringParameters: L[Xi[ConnectionQueryStringParameter]]
    BodyParameters: L[Xi[ConnectionBodyParameter]]

class CreateConnectionOAuthRequestParameters(TypedDict, total=False):
    ClientParameters: X[CreateConnectionOAuthClientRequestParameters]
    AuthorizationEndpoint: S
    HttpMethod: S
    OAuthHttpParameters: X[ConnectionHttpParameters]

class CreateConnectionApiKeyAuthRequestParameters(TypedDict, total=False):
    ApiKeyName: S
    ApiKeyValue: S

class ConnectivityResourceConfigurationArn(TypedDict, total=False):
    ResourceConfigurationArn: S

class ConnectivityResourceParameters(TypedDict, total=False):
    ResourceParameters: X[ConnectivityResourceConfigurationArn]

class CreateConnectionAuthRequestParameters(TypedDict, total=False):
    BasicAuthParameters: X[CreateConnectionBasicAuthRequestParameters]
    OAuthParameters: X[CreateConnectionOAuthRequestParameters]
    ApiKeyAuthParameters: X[CreateConnectionApiKeyAuthRequestParameters]
    InvocationHttpParameters: X[ConnectionHttpParameters]
    ConnectivityParameters: X[ConnectivityResourceParameters]

CreateConnectionParameters = TypedDict(
    "CreateConnectionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AuthorizationType": S,
        "AuthorizationType.$": str,
        "AuthParameters": X[CreateConnectionAuthRequestParameters],
        "AuthParameters.$": str,
        "InvocationConnectivityParameters": X[ConnectivityResourceParameters],
        "InvocationConnectivityParameters.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
    },
    total=False,
)

class Primary(TypedDict, total=False):
    HealthCheck: S

class Secondary(TypedDict, total=False):
    Route: S

class FailoverConfig(TypedDict, total=False):
    Primary: X[Primary]
    Secondary: X[Secondary]

class RoutingConfig(TypedDict, total=False):
    FailoverConfig: X[FailoverConfig]

class ReplicationConfig(TypedDict, total=False):
    State: S

class EndpointEventBus(TypedDict, total=False):
    EventBusArn: S

CreateEndpointParameters = TypedDict(
    "CreateEndpointParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RoutingConfig": X[RoutingConfig],
        "RoutingConfig.$": str,
        "ReplicationConfig": X[ReplicationConfig],
        "ReplicationConfig.$": str,
        "EventBuses": L[Xi[EndpointEventBus]],
        "EventBuses.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)

class DeadLetterConfig(TypedDict, total=False):
    Arn: S

class LogConfig(TypedDict, total=False):
    IncludeDetail: S
    Level: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateEventBusParameters = TypedDict(
    "CreateEventBusParameters",
    {
        "Name": S,
        "Name.$": str,
        "EventSourceName": S,
        "EventSourceName.$": str,
        "Description": S,
        "Description.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
        "DeadLetterConfig": X[DeadLetterConfig],
        "DeadLetterConfig.$": str,
        "LogConfig": X[LogConfig],
        "LogConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreatePartnerEventSourceParameters = TypedDict(
    "CreatePartnerEventSourceParameters",
    {"Name": S, "Name.$": str, "Account": S, "Account.$": str},
    total=False,
)
DeactivateEventSourceParameters = TypedDict(
    "DeactivateEventSourceParameters", {"Name": S, "Name.$": str}, total=False
)
DeauthorizeConnectionParameters = TypedDict(
    "DeauthorizeConnectionParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteApiDestinationParameters = TypedDict(
    "DeleteApiDestinationParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteArchiveParameters = TypedDict(
    "DeleteArchiveParameters", {"ArchiveName": S, "ArchiveName.$": str}, total=False
)
DeleteConnectionParameters = TypedDict(
    "DeleteConnectionParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteEndpointParameters = TypedDict(
    "DeleteEndpointParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteEventBusParameters = TypedDict(
    "DeleteEventBusParameters", {"Name": S, "Name.$": str}, total=False
)
DeletePartnerEventSourceParameters = TypedDict(
    "DeletePartnerEventSourceParameters",
    {"Name": S, "Name.$": str, "Account": S, "Account.$": str},
    total=False,
)
DeleteRuleParameters = TypedDict(
    "DeleteRuleParameters",
    {
        "Name": S,
        "Name.$": str,
        "EventBusName": S,
        "EventBusName.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
DescribeApiDestinationParameters = TypedDict(
    "DescribeApiDestinationParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeArchiveParameters = TypedDict(
    "DescribeArchiveParameters", {"ArchiveName": S, "ArchiveName.$": str}, total=False
)
DescribeConnectionParameters = TypedDict(
    "DescribeConnectionParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeEndpointParameters = TypedDict(
    "DescribeEndpointParameters",
    {"Name": S, "Name.$": str, "HomeRegion": S, "HomeRegion.$": str},
    total=False,
)
DescribeEventBusParameters = TypedDict(
    "DescribeEventBusParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeEventSourceParameters = TypedDict(
    "DescribeEventSourceParameters", {"Name": S, "Name.$": str}, total=False
)
DescribePartnerEventSourceParameters = TypedDict(
    "DescribePartnerEventSourceParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeReplayParameters = TypedDict(
    "DescribeReplayParameters", {"ReplayName": S, "ReplayName.$": str}, total=False
)
DescribeRuleParameters = TypedDict(
    "DescribeRuleParameters",
    {"Name": S, "Name.$": str, "EventBusName": S, "EventBusName.$": str},
    total=False,
)
DisableRuleParameters = TypedDict(
    "DisableRuleParameters",
    {"Name": S, "Name.$": str, "EventBusName": S, "EventBusName.$": str},
    total=False,
)
EnableRuleParameters = TypedDict(
    "EnableRuleParameters",
    {"Name": S, "Name.$": str, "EventBusName": S, "EventBusName.$": str},
    total=False,
)
ListApiDestinationsParameters = TypedDict(
    "ListApiDestinationsParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "ConnectionArn": S,
        "ConnectionArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListArchivesParameters = TypedDict(
    "ListArchivesParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "EventSourceArn": S,
        "EventSourceArn.$": str,
        "State": S,
        "State.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListConnectionsParameters = TypedDict(
    "ListConnectionsParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "ConnectionState": S,
        "ConnectionState.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListEndpointsParameters = TypedDict(
    "ListEndpointsParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "HomeRegion": S,
        "HomeRegion.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEventBusesParameters = TypedDict(
    "ListEventBusesParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListEventSourcesParameters = TypedDict(
    "ListEventSourcesParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListPartnerEventSourceAccountsParameters = TypedDict(
    "ListPartnerEventSourceAccountsParameters",
    {
        "EventSourceName": S,
        "EventSourceName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListPartnerEventSourcesParameters = TypedDict(
    "ListPartnerEventSourcesParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListReplaysParameters = TypedDict(
    "ListReplaysParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "State": S,
        "State.$": str,
        "EventSourceArn": S,
        "EventSourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListRuleNamesByTargetParameters = TypedDict(
    "ListRuleNamesByTargetParameters",
    {
        "TargetArn": S,
        "TargetArn.$": str,
        "EventBusName": S,
        "EventBusName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListRulesParameters = TypedDict(
    "ListRulesParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "EventBusName": S,
        "EventBusName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
ListTargetsByRuleParameters = TypedDict(
    "ListTargetsByRuleParameters",
    {
        "Rule": S,
        "Rule.$": str,
        "EventBusName": S,
        "EventBusName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)

class PutEventsRequestEntry(TypedDict, total=False):
    Time: T
    Source: S
    Resources: L[Si]
    DetailType: S
    Detail: S
    EventBusName: S
    TraceHeader: S

PutEventsParameters = TypedDict(
    "PutEventsParameters",
    {
        "Entries": L[Xi[PutEventsRequestEntry]],
        "Entries.$": str,
        "EndpointId": S,
        "EndpointId.$": str,
    },
    total=False,
)

class PutPartnerEventsRequestEntry(TypedDict, total=False):
    Time: T
    Source: S
    Resources: L[Si]
    DetailType: S
    Detail: S

PutPartnerEventsParameters = TypedDict(
    "PutPartnerEventsParameters",
    {"Entries": L[Xi[PutPartnerEventsRequestEntry]], "Entries.$": str},
    total=False,
)

class Condition(TypedDict, total=False):
    Type: S
    Key: S
    Value: S

PutPermissionParameters = TypedDict(
    "PutPermissionParameters",
    {
        "EventBusName": S,
        "EventBusName.$": str,
        "Action": S,
        "Action.$": str,
        "Principal": S,
        "Principal.$": str,
        "StatementId": S,
        "StatementId.$": str,
        "Condition": X[Condition],
        "Condition.$": str,
        "Policy": S,
        "Policy.$": str,
    },
    total=False,
)
PutRuleParameters = TypedDict(
    "PutRuleParameters",
    {
        "Name": S,
        "Name.$": str,
        "ScheduleExpression": S,
        "ScheduleExpression.$": str,
        "EventPattern": S,
        "EventPattern.$": str,
        "State": S,
        "State.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "EventBusName": S,
        "EventBusName.$": str,
    },
    total=False,
)

class InputTransformer(TypedDict, total=False):
    InputPathsMap: M[S]
    InputTemplate: S

class KinesisParameters(TypedDict, total=False):
    PartitionKeyPath: S

class RunCommandTarget(TypedDict, total=False):
    Key: S
    Values: L[Si]

class RunCommandParameters(TypedDict, total=False):
    RunCommandTargets: L[Xi[RunCommandTarget]]

class AwsVpcConfiguration(TypedDict, total=False):
    Subnets: L[Si]
    SecurityGroups: L[Si]
    AssignPublicIp: S

class NetworkConfiguration(TypedDict, total=False):
    AwsvpcConfiguration: X[AwsVpcConfiguration]

class CapacityProviderStrategyItem(TypedDict, total=False):
    CapacityProvider: S
    Weight: I
    Base: I

class PlacementConstraint(TypedDict, total=False):
    Type: S
    Expression: S

class PlacementStrategy(TypedDict, total=False):
    Type: S
    Field: S

class EcsParameters(TypedDict, total=False):
    TaskDefinitionArn: S
    TaskCount: I
    LaunchType: S
    NetworkConfiguration: X[NetworkConfiguration]
    PlatformVersion: S
    Group: S
    CapacityProviderStrategy: L[Xi[CapacityProviderStrategyItem]]
    EnableECSManagedTags: B
    EnableExecuteCommand: B
    PlacementConstraints: L[Xi[PlacementConstraint]]
    PlacementStrategy: L[Xi[PlacementStrategy]]
    PropagateTags: S
    ReferenceId: S
    Tags: L[Xi[Tag]]

class BatchArrayProperties(TypedDict, total=False):
    Size: I

class BatchRetryStrategy(TypedDict, total=False):
    Attempts: I

class BatchParameters(TypedDict, total=False):
    JobDefinition: S
    JobName: S
    ArrayProperties: X[BatchArrayProperties]
    RetryStrategy: X[BatchRetryStrategy]

class SqsParameters(TypedDict, total=False):
    MessageGroupId: S

class HttpParameters(TypedDict, total=False):
    PathParameterValues: L[Si]
    HeaderParameters: M[S]
    QueryStringParameters: M[S]

class RedshiftDataParameters(TypedDict, total=False):
    SecretManagerArn: S
    Database: S
    DbUser: S
    Sql: S
    StatementName: S
    WithEvent: B
    Sqls: L[Si]

class SageMakerPipelineParameter(TypedDict, total=False):
    Name: S
    Value: S

class SageMakerPipelineParameters(TypedDict, total=False):
    PipelineParameterList: L[Xi[SageMakerPipelineParameter]]

class RetryPolicy(TypedDict, total=False):
    MaximumRetryAttempts: I
    MaximumEventAgeInSeconds: I

class AppSyncParameters(TypedDict, total=False):
    GraphQLOperation: S

class Target(TypedDict, total=False):
    Id: S
    Arn: S
    RoleArn: S
    Input: S
    InputPath: S
    InputTransformer: X[InputTransformer]
    KinesisParameters: X[KinesisParameters]
    RunCommandParameters: X[RunCommandParameters]
    EcsParameters: X[EcsParameters]
    BatchParameters: X[BatchParameters]
    SqsParameters: X[SqsParameters]
    HttpParameters: X[HttpParameters]
    RedshiftDataParameters: X[RedshiftDataParameters]
    SageMakerPipelineParameters: X[SageMakerPipelineParameters]
    DeadLetterConfig: X[DeadLetterConfig]
    RetryPolicy: X[RetryPolicy]
    AppSyncParameters: X[AppSyncParameters]

PutTargetsParameters = TypedDict(
    "PutTargetsParameters",
    {
        "Rule": S,
        "Rule.$": str,
        "EventBusName": S,
        "EventBusName.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
    },
    total=False,
)
RemovePermissionParameters = TypedDict(
    "RemovePermissionParameters",
    {
        "StatementId": S,
        "StatementId.$": str,
        "RemoveAllPermissions": B,
        "RemoveAllPermissions.$": str,
        "EventBusName": S,
        "EventBusName.$": str,
    },
    total=False,
)
RemoveTargetsParameters = TypedDict(
    "RemoveTargetsParameters",
    {
        "Rule": S,
        "Rule.$": str,
        "EventBusName": S,
        "EventBusName.$": str,
        "Ids": L[Si],
        "Ids.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)

class ReplayDestination(TypedDict, total=False):
    Arn: S
    FilterArns: L[Si]

StartReplayParameters = TypedDict(
    "StartReplayParameters",
    {
        "ReplayName": S,
        "ReplayName.$": str,
        "Description": S,
        "Description.$": str,
        "EventSourceArn": S,
        "EventSourceArn.$": str,
        "EventStartTime": T,
        "EventStartTime.$": str,
        "EventEndTime": T,
        "EventEndTime.$": str,
        "Destination": X[ReplayDestination],
        "Destination.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TestEventPatternParameters = TypedDict(
    "TestEventPatternParameters",
    {"EventPattern": S, "EventPattern.$": str, "Event": S, "Event.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateApiDestinationParameters = TypedDict(
    "UpdateApiDestinationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ConnectionArn": S,
        "ConnectionArn.$": str,
        "InvocationEndpoint": S,
        "InvocationEndpoint.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "InvocationRateLimitPerSecond": I,
        "InvocationRateLimitPerSecond.$": str,
    },
    total=False,
)
UpdateArchiveParameters = TypedDict(
    "UpdateArchiveParameters",
    {
        "ArchiveName": S,
        "ArchiveName.$": str,
        "Description": S,
        "Description.$": str,
        "EventPattern": S,
        "EventPattern.$": str,
        "RetentionDays": I,
        "RetentionDays.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
    },
    total=False,
)

class UpdateConnectionBasicAuthRequestParameters(TypedDict, total=False):
    Username: S
    Password: S

class UpdateConnectionOAuthClientRequestParameters(TypedDict, total=False):
    ClientID: S
    ClientSecret: S

class UpdateConnectionOAuthRequestParameters(TypedDict, total=False):
    ClientParameters: X[UpdateConnectionOAuthClientRequestParameters]
    AuthorizationEndpoint: S
    HttpMethod: S
    OAuthHttpParameters: X[ConnectionHttpParameters]

class UpdateConnectionApiKeyAuthRequestParameters(TypedDict, total=False):
    ApiKeyName: S
    ApiKeyValue: S

class UpdateConnectionAuthRequestParameters(TypedDict, total=False):
    BasicAuthParameters: X[UpdateConnectionBasicAuthRequestParameters]
    OAuthParameters: X[UpdateConnectionOAuthRequestParameters]
    ApiKeyAuthParameters: X[UpdateConnectionApiKeyAuthRequestParameters]
    InvocationHttpParameters: X[ConnectionHttpParameters]
    ConnectivityParameters: X[ConnectivityResourceParameters]

UpdateConnectionParameters = TypedDict(
    "UpdateConnectionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AuthorizationType": S,
        "AuthorizationType.$": str,
        "AuthParameters": X[UpdateConnectionAuthRequestParameters],
        "AuthParameters.$": str,
        "InvocationConnectivityParameters": X[ConnectivityResourceParameters],
        "InvocationConnectivityParameters.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
    },
    total=False,
)
UpdateEndpointParameters = TypedDict(
    "UpdateEndpointParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RoutingConfig": X[RoutingConfig],
        "RoutingConfig.$": str,
        "ReplicationConfig": X[ReplicationConfig],
        "ReplicationConfig.$": str,
        "EventBuses": L[Xi[EndpointEventBus]],
        "EventBuses.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
UpdateEventBusParameters = TypedDict(
    "UpdateEventBusParameters",
    {
        "Name": S,
        "Name.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "DeadLetterConfig": X[DeadLetterConfig],
        "DeadLetterConfig.$": str,
        "LogConfig": X[LogConfig],
        "LogConfig.$": str,
    },
    total=False,
)
activate_event_source: Builder[ActivateEventSourceParameters]
cancel_replay: Builder[CancelReplayParameters]
create_api_destination: Builder[CreateApiDestinationParameters]
create_archive: Builder[CreateArchiveParameters]
create_connection: Builder[CreateConnectionParameters]
create_endpoint: Builder[CreateEndpointParameters]
create_event_bus: Builder[CreateEventBusParameters]
create_partner_event_source: Builder[CreatePartnerEventSourceParameters]
deactivate_event_source: Builder[DeactivateEventSourceParameters]
deauthorize_connection: Builder[DeauthorizeConnectionParameters]
delete_api_destination: Builder[DeleteApiDestinationParameters]
delete_archive: Builder[DeleteArchiveParameters]
delete_connection: Builder[DeleteConnectionParameters]
delete_endpoint: Builder[DeleteEndpointParameters]
delete_event_bus: Builder[DeleteEventBusParameters]
delete_partner_event_source: Builder[DeletePartnerEventSourceParameters]
delete_rule: Builder[DeleteRuleParameters]
describe_api_destination: Builder[DescribeApiDestinationParameters]
describe_archive: Builder[DescribeArchiveParameters]
describe_connection: Builder[DescribeConnectionParameters]
describe_endpoint: Builder[DescribeEndpointParameters]
describe_event_bus: Builder[DescribeEventBusParameters]
describe_event_source: Builder[DescribeEventSourceParameters]
describe_partner_event_source: Builder[DescribePartnerEventSourceParameters]
describe_replay: Builder[DescribeReplayParameters]
describe_rule: Builder[DescribeRuleParameters]
disable_rule: Builder[DisableRuleParameters]
enable_rule: Builder[EnableRuleParameters]
list_api_destinations: Builder[ListApiDestinationsParameters]
list_archives: Builder[ListArchivesParameters]
list_connections: Builder[ListConnectionsParameters]
list_endpoints: Builder[ListEndpointsParameters]
list_event_buses: Builder[ListEventBusesParameters]
list_event_sources: Builder[ListEventSourcesParameters]
list_partner_event_source_accounts: Builder[ListPartnerEventSourceAccountsParameters]
list_partner_event_sources: Builder[ListPartnerEventSourcesParameters]
list_replays: Builder[ListReplaysParameters]
list_rule_names_by_target: Builder[ListRuleNamesByTargetParameters]
list_rules: Builder[ListRulesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_targets_by_rule: Builder[ListTargetsByRuleParameters]
put_events: Builder[PutEventsParameters]
put_partner_events: Builder[PutPartnerEventsParameters]
put_permission: Builder[PutPermissionParameters]
put_rule: Builder[PutRuleParameters]
put_targets: Builder[PutTargetsParameters]
remove_permission: Builder[RemovePermissionParameters]
remove_targets: Builder[RemoveTargetsParameters]
start_replay: Builder[StartReplayParameters]
tag_resource: Builder[TagResourceParameters]
test_event_pattern: Builder[TestEventPatternParameters]
untag_resource: Builder[UntagResourceParameters]
update_api_destination: Builder[UpdateApiDestinationParameters]
update_archive: Builder[UpdateArchiveParameters]
update_connection: Builder[UpdateConnectionParameters]
update_endpoint: Builder[UpdateEndpointParameters]
update_event_bus: Builder[UpdateEventBusParameters]

__all__ = [
    "activate_event_source",
    "cancel_replay",
    "create_api_destination",
    "create_archive",
    "create_connection",
    "create_endpoint",
    "create_event_bus",
    "create_partner_event_source",
    "deactivate_event_source",
    "deauthorize_connection",
    "delete_api_destination",
    "delete_archive",
    "delete_connection",
    "delete_endpoint",
    "delete_event_bus",
    "delete_partner_event_source",
    "delete_rule",
    "describe_api_destination",
    "describe_archive",
    "describe_connection",
    "describe_endpoint",
    "describe_event_bus",
    "describe_event_source",
    "describe_partner_event_source",
    "describe_replay",
    "describe_rule",
    "disable_rule",
    "enable_rule",
    "list_api_destinations",
    "list_archives",
    "list_connections",
    "list_endpoints",
    "list_event_buses",
    "list_event_sources",
    "list_partner_event_source_accounts",
    "list_partner_event_sources",
    "list_replays",
    "list_rule_names_by_target",
    "list_rules",
    "list_tags_for_resource",
    "list_targets_by_rule",
    "put_events",
    "put_partner_events",
    "put_permission",
    "put_rule",
    "put_targets",
    "remove_permission",
    "remove_targets",
    "start_replay",
    "tag_resource",
    "test_event_pattern",
    "untag_resource",
    "update_api_destination",
    "update_archive",
    "update_connection",
    "update_endpoint",
    "update_event_bus",
]
