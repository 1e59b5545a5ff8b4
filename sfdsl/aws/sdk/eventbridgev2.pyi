"""Typed builders of the AWS SDK integration of eventbridgev2 (``aws-sdk:eventbridgev2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X, Xi

class EncryptionConfiguration(TypedDict, total=False):
    KmsKeyIdentifier: S

class StorageConfiguration(TypedDict, total=False):
    RetentionPeriodInDays: I

CreateEventBusParameters = TypedDict(
    "CreateEventBusParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "StorageConfiguration": X[StorageConfiguration],
        "StorageConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class OnFailureConfiguration(TypedDict, total=False):
    Arn: S

class AwsServiceEventsSourceConfiguration(TypedDict, total=False):
    AwsService: S
    Pattern: S
    OnFailureConfiguration: X[OnFailureConfiguration]

class PartnerEventsSourceConfiguration(TypedDict, total=False):
    PartnerEventSourceArn: S
    Pattern: S
    PartnerBusKmsKeyIdentifier: S
    OnFailureConfiguration: X[OnFailureConfiguration]

class WebhookStaticTokenAuthConfiguration(TypedDict, total=False):
    TokenHttpHeader: S
    SecretValue: S

class WebhookBasicHttpAuthConfiguration(TypedDict, total=False):
    Username: S
    Password: S

class WebhookHmacAuthConfiguration(TypedDict, total=False):
    Algorithm: S
    Encoding: S
    SignatureHttpHeader: S
    SignaturePrefix: S
    Delimiter: S
    TimestampHttpHeader: S
    TimestampPrefix: S
    TimestampToleranceInSeconds: I
    MessageIdHttpHeader: S
    SignedMessageComposition: S
    SecretValue: S
    SecretEncoding: S

class WebhookAuthConfiguration(TypedDict, total=False):
    StaticTokenAuthConfiguration: X[WebhookStaticTokenAuthConfiguration]
    BasicHttpAuthConfiguration: X[WebhookBasicHttpAuthConfiguration]
    HmacAuthConfiguration: X[WebhookHmacAuthConfiguration]

class WebhookDeduplicationConfiguration(TypedDict, total=False):
    DeduplicationType: S

class LogConfiguration(TypedDict, total=False):
    Level: S
    IncludePayload: S

class WebhookEventsSourceConfiguration(TypedDict, total=False):
    AuthConfiguration: X[WebhookAuthConfiguration]
    KmsKeyIdentifier: S
    RoleArn: S
    MetadataHttpHeaders: L[Si]
    DeduplicationConfiguration: X[WebhookDeduplicationConfiguration]
    LogConfiguration: X[LogConfiguration]

class EventSourceConfiguration(TypedDict, total=False):
    AwsServiceEventsConfiguration: X[AwsServiceEventsSourceConfiguration]
    PartnerEventsConfiguration: X[PartnerEventsSourceConfiguration]
    WebhookEventsConfiguration: X[WebhookEventsSourceConfiguration]

CreateEventSourceParameters = TypedDict(
    "CreateEventSourceParameters",
    {
        "Name": S,
        "Name.$": str,
        "EventBusArn": S,
        "EventBusArn.$": str,
        "Configuration": X[EventSourceConfiguration],
        "Configuration.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class LambdaParameters(TypedDict, total=False):
    InvocationType: S
    Qualifier: S
    DurableExecutionName: S
    TenantId: S
    InvocationTimeoutSeconds: S

class SqsMessageAttributeValue(TypedDict, total=False):
    DataType: S
    StringValue: S
    BinaryValue: S

class SqsParameters(TypedDict, total=False):
    MessageGroupId: S
    MessageDeduplicationId: S
    DelaySeconds: S
    MessageAttributes: M[X[SqsMessageAttributeValue]]
    MessageSystemAttributes: M[X[SqsMessageAttributeValue]]

class SnsMessageAttributeValue(TypedDict, total=False):
    DataType: S
    StringValue: S
    BinaryValue: S

class SnsParameters(TypedDict, total=False):
    MessageGroupId: S
    MessageDeduplicationId: S
    Subject: S
    MessageStructure: S
    MessageAttributes: M[X[SnsMessageAttributeValue]]

class KinesisParameters(TypedDict, total=False):
    PartitionKey: S
    ExplicitHashKey: S

class StepFunctionsParameters(TypedDict, total=False):
    InvocationType: S
    Name: S
    TraceHeader: S
    InvocationTimeoutSeconds: S

class HttpParameters(TypedDict, total=False):
    PathParameterValues: L[Si]
    HeaderParameters: M[S]
    QueryStringParameters: M[S]
    InvocationTimeoutSeconds: S

class UniversalTargetParameters(TypedDict, total=False):
    Input: S
    InvocationTimeoutSeconds: S

class EventBusV2SystemMetadata(TypedDict, total=False):
    EventGroupId: S
    DeduplicationId: S

class DeduplicationConfiguration(TypedDict, total=False):
    DeduplicationType: S

class EventBusV2Parameters(TypedDict, total=False):
    Metadata: M[S]
    SystemMetadata: X[EventBusV2SystemMetadata]
    DeduplicationConfiguration: X[DeduplicationConfiguration]

class MskHeader(TypedDict, total=False):
    Key: S
    Value: S

class MskParameters(TypedDict, total=False):
    TopicName: S
    Compression: S
    Acks: S
    PartitionKey: S
    Headers: L[Xi[MskHeader]]
    ClientId: S
    Connectivity: S

class InvokeConfiguration(TypedDict, total=False):
    RoleArn: S
    LambdaParameters: X[LambdaParameters]
    SqsParameters: X[SqsParameters]
    SnsParameters: X[SnsParameters]
    KinesisParameters: X[KinesisParameters]
    StepFunctionsParameters: X[StepFunctionsParameters]
    HttpParameters: X[HttpParameters]
    UniversalTargetParameters: X[UniversalTargetParameters]
    EventBusV2Parameters: X[EventBusV2Parameters]
    MskParameters: X[MskParameters]
    TargetArn: S

class Filter(TypedDict, total=False):
    Pattern: S
    Scope: S

class FilterConfiguration(TypedDict, total=False):
    Language: S
    Filters: L[Xi[Filter]]

class PointInTimeConfiguration(TypedDict, total=False):
    PointType: S
    StartingPoint: T
    EndPoint: T

class BatchConfiguration(TypedDict, total=False):
    MaxBatchSize: I
    MaxBatchWindowInSeconds: I

class JsonataConfiguration(TypedDict, total=False):
    Expression: S

class Transformer(TypedDict, total=False):
    Type: S
    JsonataConfiguration: X[JsonataConfiguration]

class RetryPolicy(TypedDict, total=False):
    MaxRetryAttempts: I
    MaxEventAgeInSeconds: I
    RetryStrategy: S

CreateSubscriberParameters = TypedDict(
    "CreateSubscriberParameters",
    {
        "Name": S,
        "Name.$": str,
        "EventBusArn": S,
        "EventBusArn.$": str,
        "InvokeConfiguration": X[InvokeConfiguration],
        "InvokeConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "FilterConfiguration": X[FilterConfiguration],
        "FilterConfiguration.$": str,
        "Type": S,
        "Type.$": str,
        "StartingPosition": S,
        "StartingPosition.$": str,
        "PointInTimeConfiguration": X[PointInTimeConfiguration],
        "PointInTimeConfiguration.$": str,
        "BatchConfiguration": X[BatchConfiguration],
        "BatchConfiguration.$": str,
        "Transformer": X[Transformer],
        "Transformer.$": str,
        "RetryPolicy": X[RetryPolicy],
        "RetryPolicy.$": str,
        "OnFailureConfiguration": X[OnFailureConfiguration],
        "OnFailureConfiguration.$": str,
        "LogConfiguration": X[LogConfiguration],
        "LogConfiguration.$": str,
        "State": S,
        "State.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteEventBusParameters = TypedDict(
    "DeleteEventBusParameters", {"EventBusArn": S, "EventBusArn.$": str}, total=False
)
DeleteEventSourceParameters = TypedDict(
    "DeleteEventSourceParameters", {"EventSourceArn": S, "EventSourceArn.$": str}, total=False
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "ExpectedRevisionId": S,
        "ExpectedRevisionId.$": str,
    },
    total=False,
)
DeleteSubscriberParameters = TypedDict(
    "DeleteSubscriberParameters", {"SubscriberArn": S, "SubscriberArn.$": str}, total=False
)
DescribeEventBusParameters = TypedDict(
    "DescribeEventBusParameters", {"EventBusArn": S, "EventBusArn.$": str}, total=False
)
DescribeEventSourceParameters = TypedDict(
    "DescribeEventSourceParameters", {"EventSourceArn": S, "EventSourceArn.$": str}, total=False
)
DescribeSubscriberParameters = TypedDict(
    "DescribeSubscriberParameters", {"SubscriberArn": S, "SubscriberArn.$": str}, total=False
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)
ListEventBusesParameters = TypedDict(
    "ListEventBusesParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "EventBusAccountId": S,
        "EventBusAccountId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEventSourcesParameters = TypedDict(
    "ListEventSourcesParameters",
    {
        "EventBusArn": S,
        "EventBusArn.$": str,
        "NamePrefix": S,
        "NamePrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListResourcePoliciesParameters = TypedDict(
    "ListResourcePoliciesParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSubscribersParameters = TypedDict(
    "ListSubscribersParameters",
    {
        "EventBusArn": S,
        "EventBusArn.$": str,
        "NamePrefix": S,
        "NamePrefix.$": str,
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

class PutEventsSystemMetadata(TypedDict, total=False):
    EventGroupId: S
    DeduplicationId: S

class PutEventsRequestEntry(TypedDict, total=False):
    Source: S
    DetailType: S
    Detail: S
    Resources: L[Si]
    Time: T
    SystemMetadata: X[PutEventsSystemMetadata]

PutEventsParameters = TypedDict(
    "PutEventsParameters",
    {
        "EventBusArn": S,
        "EventBusArn.$": str,
        "Entries": L[Xi[PutEventsRequestEntry]],
        "Entries.$": str,
        "DeduplicationConfiguration": X[DeduplicationConfiguration],
        "DeduplicationConfiguration.$": str,
    },
    total=False,
)

class PutRawEventsSystemMetadata(TypedDict, total=False):
    ContentType: S
    DeduplicationId: S
    EventGroupId: S

class PutRawEventsRequestEntry(TypedDict, total=False):
    Data: S
    Metadata: M[S]
    SystemMetadata: X[PutRawEventsSystemMetadata]

class ConfluentPublicRegistryConfiguration(TypedDict, total=False):
    ConnectionArn: S

class SchemaRegistryConfiguration(TypedDict, total=False):
    RegistryUri: S
    ConfluentPublicRegistryConfiguration: X[ConfluentPublicRegistryConfiguration]

PutRawEventsParameters = TypedDict(
    "PutRawEventsParameters",
    {
        "EventBusArn": S,
        "EventBusArn.$": str,
        "Entries": L[Xi[PutRawEventsRequestEntry]],
        "Entries.$": str,
        "SchemaRegistryConfiguration": X[SchemaRegistryConfiguration],
        "SchemaRegistryConfiguration.$": str,
        "DeduplicationConfiguration": X[DeduplicationConfiguration],
        "DeduplicationConfiguration.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "ExpectedRevisionId": S,
        "ExpectedRevisionId.$": str,
    },
    total=False,
)
RevokeResourceParameters = TypedDict(
    "RevokeResourceParameters", {"Arn": S, "Arn.$": str}, total=False
)

class WebhookCredential(TypedDict, total=False):
    StaticTokenSecretValue: S
    BasicHttpPassword: S
    HmacSecretValue: S

RotateWebhookCredentialsParameters = TypedDict(
    "RotateWebhookCredentialsParameters",
    {
        "EventSourceArn": S,
        "EventSourceArn.$": str,
        "Credential": X[WebhookCredential],
        "Credential.$": str,
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
UpdateEventBusParameters = TypedDict(
    "UpdateEventBusParameters",
    {
        "EventBusArn": S,
        "EventBusArn.$": str,
        "Description": S,
        "Description.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "StorageConfiguration": X[StorageConfiguration],
        "StorageConfiguration.$": str,
    },
    total=False,
)
UpdateEventSourceParameters = TypedDict(
    "UpdateEventSourceParameters",
    {
        "EventSourceArn": S,
        "EventSourceArn.$": str,
        "Configuration": X[EventSourceConfiguration],
        "Configuration.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class UpdateInvokeConfiguration(TypedDict, total=False):
    RoleArn: S
    LambdaParameters: X[LambdaParameters]
    SqsParameters: X[SqsParameters]
    SnsParameters: X[SnsParameters]
    KinesisParameters: X[KinesisParameters]
    StepFunctionsParameters: X[StepFunctionsParameters]
    HttpParameters: X[HttpParameters]
    UniversalTargetParameters: X[UniversalTargetParameters]
    EventBusV2Parameters: X[EventBusV2Parameters]
    MskParameters: X[MskParameters]

UpdateSubscriberParameters = TypedDict(
    "UpdateSubscriberParameters",
    {
        "SubscriberArn": S,
        "SubscriberArn.$": str,
        "Description": S,
        "Description.$": str,
        "State": S,
        "State.$": str,
        "ResumePosition": S,
        "ResumePosition.$": str,
        "InvokeConfiguration": X[UpdateInvokeConfiguration],
        "InvokeConfiguration.$": str,
        "FilterConfiguration": X[FilterConfiguration],
        "FilterConfiguration.$": str,
        "BatchConfiguration": X[BatchConfiguration],
        "BatchConfiguration.$": str,
        "Transformer": X[Transformer],
        "Transformer.$": str,
        "RetryPolicy": X[RetryPolicy],
        "RetryPolicy.$": str,
        "OnFailureConfiguration": X[OnFailureConfiguration],
        "OnFailureConfiguration.$": str,
        "LogConfiguration": X[LogConfiguration],
        "LogConfiguration.$": str,
    },
    total=False,
)
create_event_bus: Builder[CreateEventBusParameters]
create_event_source: Builder[CreateEventSourceParameters]
create_subscriber: Builder[CreateSubscriberParameters]
delete_event_bus: Builder[DeleteEventBusParameters]
delete_event_source: Builder[DeleteEventSourceParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_subscriber: Builder[DeleteSubscriberParameters]
describe_event_bus: Builder[DescribeEventBusParameters]
describe_event_source: Builder[DescribeEventSourceParameters]
describe_subscriber: Builder[DescribeSubscriberParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
list_event_buses: Builder[ListEventBusesParameters]
list_event_sources: Builder[ListEventSourcesParameters]
list_resource_policies: Builder[ListResourcePoliciesParameters]
list_subscribers: Builder[ListSubscribersParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_events: Builder[PutEventsParameters]
put_raw_events: Builder[PutRawEventsParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
revoke_resource: Builder[RevokeResourceParameters]
rotate_webhook_credentials: Builder[RotateWebhookCredentialsParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_event_bus: Builder[UpdateEventBusParameters]
update_event_source: Builder[UpdateEventSourceParameters]
update_subscriber: Builder[UpdateSubscriberParameters]

__all__ = [
    "create_event_bus",
    "create_event_source",
    "create_subscriber",
    "delete_event_bus",
    "delete_event_source",
    "delete_resource_policy",
    "delete_subscriber",
    "describe_event_bus",
    "describe_event_source",
    "describe_subscriber",
    "get_resource_policy",
    "list_event_buses",
    "list_event_sources",
    "list_resource_policies",
    "list_subscribers",
    "list_tags_for_resource",
    "put_events",
    "put_raw_events",
    "put_resource_policy",
    "revoke_resource",
    "rotate_webhook_credentials",
    "tag_resource",
    "untag_resource",
    "update_event_bus",
    "update_event_source",
    "update_subscriber",
]
