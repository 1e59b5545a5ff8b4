"""Typed builders of the AWS SDK integration of securitylake (``aws-sdk:securitylake:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

class AwsLogSourceConfiguration(TypedDict, total=False):
    Accounts: L[Si]
    Regions: L[Si]
    SourceName: S
    SourceVersion: S

CreateAwsLogSourceParameters = TypedDict(
    "CreateAwsLogSourceParameters",
    {"Sources": L[Xi[AwsLogSourceConfiguration]], "Sources.$": str},
    total=False,
)

class CustomLogSourceCrawlerConfiguration(TypedDict, total=False):
    RoleArn: S

class AwsIdentity(TypedDict, total=False):
    ExternalId: S
    Principal: S

class CustomLogSourceConfiguration(TypedDict, total=False):
    CrawlerConfiguration: X[CustomLogSourceCrawlerConfiguration]
    ProviderIdentity: X[AwsIdentity]

CreateCustomLogSourceParameters = TypedDict(
    "CreateCustomLogSourceParameters",
    {
        "Configuration": X[CustomLogSourceConfiguration],
        "Configuration.$": str,
        "EventClasses": L[Si],
        "EventClasses.$": str,
        "SourceName": S,
        "SourceName.$": str,
        "SourceVersion": S,
        "SourceVersion.$": str,
    },
    total=False,
)

class DataLakeEncryptionConfiguration(TypedDict, total=False):
    KmsKeyId: S

class DataLakeLifecycleExpiration(TypedDict, total=False):
    Days: I

class DataLakeLifecycleTransition(TypedDict, total=False):
    Days: I
    StorageClass: S

class DataLakeLifecycleConfiguration(TypedDict, total=False):
    Expiration: X[DataLakeLifecycleExpiration]
    Transitions: L[Xi[DataLakeLifecycleTransition]]

class DataLakeReplicationConfiguration(TypedDict, total=False):
    Regions: L[Si]
    RoleArn: S

class DataLakeConfiguration(TypedDict, total=False):
    EncryptionConfiguration: X[DataLakeEncryptionConfiguration]
    LifecycleConfiguration: X[DataLakeLifecycleConfiguration]
    Region: S
    ReplicationConfiguration: X[DataLakeReplicationConfiguration]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateDataLakeParameters = TypedDict(
    "CreateDataLakeParameters",
    {
        "Configurations": L[Xi[DataLakeConfiguration]],
        "Configurations.$": str,
        "MetaStoreManagerRoleArn": S,
        "MetaStoreManagerRoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateDataLakeExceptionSubscriptionParameters = TypedDict(
    "CreateDataLakeExceptionSubscriptionParameters",
    {
        "ExceptionTimeToLive": I,
        "ExceptionTimeToLive.$": str,
        "NotificationEndpoint": S,
        "NotificationEndpoint.$": str,
        "SubscriptionProtocol": S,
        "SubscriptionProtocol.$": str,
    },
    total=False,
)

class AwsLogSourceResource(TypedDict, total=False):
    SourceName: S
    SourceVersion: S

class DataLakeAutoEnableNewAccountConfiguration(TypedDict, total=False):
    Region: S
    Sources: L[Xi[AwsLogSourceResource]]

CreateDataLakeOrganizationConfigurationParameters = TypedDict(
    "CreateDataLakeOrganizationConfigurationParameters",
    {
        "AutoEnableNewAccount": L[Xi[DataLakeAutoEnableNewAccountConfiguration]],
        "AutoEnableNewAccount.$": str,
    },
    total=False,
)

class CustomLogSourceAttributes(TypedDict, total=False):
    CrawlerArn: S
    DatabaseArn: S
    TableArn: S

class CustomLogSourceProvider(TypedDict, total=False):
    Location: S
    RoleArn: S

class CustomLogSourceResource(TypedDict, total=False):
    Attributes: X[CustomLogSourceAttributes]
    Provider: X[CustomLogSourceProvider]
    SourceName: S
    SourceVersion: S

class LogSourceResource(TypedDict, total=False):
    AwsLogSource: X[AwsLogSourceResource]
    CustomLogSource: X[CustomLogSourceResource]

CreateSubscriberParameters = TypedDict(
    "CreateSubscriberParameters",
    {
        "AccessTypes": L[Si],
        "AccessTypes.$": str,
        "Sources": L[Xi[LogSourceResource]],
        "Sources.$": str,
        "SubscriberDescription": S,
        "SubscriberDescription.$": str,
        "SubscriberIdentity": X[AwsIdentity],
        "SubscriberIdentity.$": str,
        "SubscriberName": S,
        "SubscriberName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class HttpsNotificationConfiguration(TypedDict, total=False):
    AuthorizationApiKeyName: S
    AuthorizationApiKeyValue: S
    Endpoint: S
    HttpMethod: S
    TargetRoleArn: S

class SqsNotificationConfiguration(TypedDict, total=False): ...

class NotificationConfiguration(TypedDict, total=False):
    HttpsNotificationConfiguration: X[HttpsNotificationConfiguration]
    SqsNotificationConfiguration: X[SqsNotificationConfiguration]

CreateSubscriberNotificationParameters = TypedDict(
    "CreateSubscriberNotificationParameters",
    {
        "Configuration": X[NotificationConfiguration],
        "Configuration.$": str,
        "SubscriberId": S,
        "SubscriberId.$": str,
    },
    total=False,
)
DeleteAwsLogSourceParameters = TypedDict(
    "DeleteAwsLogSourceParameters",
    {"Sources": L[Xi[AwsLogSourceConfiguration]], "Sources.$": str},
    total=False,
)
DeleteCustomLogSourceParameters = TypedDict(
    "DeleteCustomLogSourceParameters",
    {"SourceName": S, "SourceName.$": str, "SourceVersion": S, "SourceVersion.$": str},
    total=False,
)
DeleteDataLakeParameters = TypedDict(
    "DeleteDataLakeParameters", {"Regions": L[Si], "Regions.$": str}, total=False
)

class DeleteDataLakeExceptionSubscriptionParameters(TypedDict, total=False): ...

DeleteDataLakeOrganizationConfigurationParameters = TypedDict(
    "DeleteDataLakeOrganizationConfigurationParameters",
    {
        "AutoEnableNewAccount": L[Xi[DataLakeAutoEnableNewAccountConfiguration]],
        "AutoEnableNewAccount.$": str,
    },
    total=False,
)
DeleteSubscriberParameters = TypedDict(
    "DeleteSubscriberParameters", {"SubscriberId": S, "SubscriberId.$": str}, total=False
)
DeleteSubscriberNotificationParameters = TypedDict(
    "DeleteSubscriberNotificationParameters",
    {"SubscriberId": S, "SubscriberId.$": str},
    total=False,
)

class DeregisterDataLakeDelegatedAdministratorParameters(TypedDict, total=False): ...
class GetDataLakeExceptionSubscriptionParameters(TypedDict, total=False): ...
class GetDataLakeOrganizationConfigurationParameters(TypedDict, total=False): ...

GetDataLakeSourcesParameters = TypedDict(
    "GetDataLakeSourcesParameters",
    {
        "Accounts": L[Si],
        "Accounts.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetSubscriberParameters = TypedDict(
    "GetSubscriberParameters", {"SubscriberId": S, "SubscriberId.$": str}, total=False
)
ListDataLakeExceptionsParameters = TypedDict(
    "ListDataLakeExceptionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Regions": L[Si],
        "Regions.$": str,
    },
    total=False,
)
ListDataLakesParameters = TypedDict(
    "ListDataLakesParameters", {"Regions": L[Si], "Regions.$": str}, total=False
)
ListLogSourcesParameters = TypedDict(
    "ListLogSourcesParameters",
    {
        "Accounts": L[Si],
        "Accounts.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "Sources": L[Xi[LogSourceResource]],
        "Sources.$": str,
    },
    total=False,
)
ListSubscribersParameters = TypedDict(
    "ListSubscribersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RegisterDataLakeDelegatedAdministratorParameters = TypedDict(
    "RegisterDataLakeDelegatedAdministratorParameters",
    {"AccountId": S, "AccountId.$": str},
    total=False,
)
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
UpdateDataLakeParameters = TypedDict(
    "UpdateDataLakeParameters",
    {
        "Configurations": L[Xi[DataLakeConfiguration]],
        "Configurations.$": str,
        "MetaStoreManagerRoleArn": S,
        "MetaStoreManagerRoleArn.$": str,
    },
    total=False,
)
UpdateDataLakeExceptionSubscriptionParameters = TypedDict(
    "UpdateDataLakeExceptionSubscriptionParameters",
    {
        "ExceptionTimeToLive": I,
        "ExceptionTimeToLive.$": str,
        "NotificationEndpoint": S,
        "NotificationEndpoint.$": str,
        "SubscriptionProtocol": S,
        "SubscriptionProtocol.$": str,
    },
    total=False,
)
UpdateSubscriberParameters = TypedDict(
    "UpdateSubscriberParameters",
    {
        "Sources": L[Xi[LogSourceResource]],
        "Sources.$": str,
        "SubscriberDescription": S,
        "SubscriberDescription.$": str,
        "SubscriberId": S,
        "SubscriberId.$": str,
        "SubscriberIdentity": X[AwsIdentity],
        "SubscriberIdentity.$": str,
        "SubscriberName": S,
        "SubscriberName.$": str,
    },
    total=False,
)
UpdateSubscriberNotificationParameters = TypedDict(
    "UpdateSubscriberNotificationParameters",
    {
        "Configuration": X[NotificationConfiguration],
        "Configuration.$": str,
        "SubscriberId": S,
        "SubscriberId.$": str,
    },
    total=False,
)
create_aws_log_source: Builder[CreateAwsLogSourceParameters]
create_custom_log_source: Builder[CreateCustomLogSourceParameters]
create_data_lake: Builder[CreateDataLakeParameters]
create_data_lake_exception_subscription: Builder[CreateDataLakeExceptionSubscriptionParameters]
create_data_lake_organization_configuration: Builder[
    CreateDataLakeOrganizationConfigurationParameters
]
create_subscriber: Builder[CreateSubscriberParameters]
create_subscriber_notification: Builder[CreateSubscriberNotificationParameters]
delete_aws_log_source: Builder[DeleteAwsLogSourceParameters]
delete_custom_log_source: Builder[DeleteCustomLogSourceParameters]
delete_data_lake: Builder[DeleteDataLakeParameters]
delete_data_lake_exception_subscription: Builder[DeleteDataLakeExceptionSubscriptionParameters]
delete_data_lake_organization_configuration: Builder[
    DeleteDataLakeOrganizationConfigurationParameters
]
delete_subscriber: Builder[DeleteSubscriberParameters]
delete_subscriber_notification: Builder[DeleteSubscriberNotificationParameters]
deregister_data_lake_delegated_administrator: Builder[
    DeregisterDataLakeDelegatedAdministratorParameters
]
get_data_lake_exception_subscription: Builder[GetDataLakeExceptionSubscriptionParameters]
get_data_lake_organization_configuration: Builder[GetDataLakeOrganizationConfigurationParameters]
get_data_lake_sources: Builder[GetDataLakeSourcesParameters]
get_subscriber: Builder[GetSubscriberParameters]
list_data_lake_exceptions: Builder[ListDataLakeExceptionsParameters]
list_data_lakes: Builder[ListDataLakesParameters]
list_log_sources: Builder[ListLogSourcesParameters]
list_subscribers: Builder[ListSubscribersParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
register_data_lake_delegated_administrator: Builder[
    RegisterDataLakeDelegatedAdministratorParameters
]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_data_lake: Builder[UpdateDataLakeParameters]
update_data_lake_exception_subscription: Builder[UpdateDataLakeExceptionSubscriptionParameters]
update_subscriber: Builder[UpdateSubscriberParameters]
update_subscriber_notification: Builder[UpdateSubscriberNotificationParameters]

__all__ = [
    "create_aws_log_source",
    "create_custom_log_source",
    "create_data_lake",
    "create_data_lake_exception_subscription",
    "create_data_lake_organization_configuration",
    "create_subscriber",
    "create_subscriber_notification",
    "delete_aws_log_source",
    "delete_custom_log_source",
    "delete_data_lake",
    "delete_data_lake_exception_subscription",
    "delete_data_lake_organization_configuration",
    "delete_subscriber",
    "delete_subscriber_notification",
    "deregister_data_lake_delegated_administrator",
    "get_data_lake_exception_subscription",
    "get_data_lake_organization_configuration",
    "get_data_lake_sources",
    "get_subscriber",
    "list_data_lake_exceptions",
    "list_data_lakes",
    "list_log_sources",
    "list_subscribers",
    "list_tags_for_resource",
    "register_data_lake_delegated_administrator",
    "tag_resource",
    "untag_resource",
    "update_data_lake",
    "update_data_lake_exception_subscription",
    "update_subscriber",
    "update_subscriber_notification",
]
