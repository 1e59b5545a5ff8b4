"""Typed builders of the AWS SDK integration of cloudtrail (``aws-sdk:cloudtrail:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsParameters = TypedDict(
    "AddTagsParameters",
    {"ResourceId": S, "ResourceId.$": str, "TagsList": L[Xi[Tag]], "TagsList.$": str},
    total=False,
)
CancelQueryParameters = TypedDict(
    "CancelQueryParameters",
    {
        "EventDataStore": S,
        "EventDataStore.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "EventDataStoreOwnerAccountId": S,
        "EventDataStoreOwnerAccountId.$": str,
    },
    total=False,
)

class Destination(TypedDict, total=False):
    Type: S
    Location: S

CreateChannelParameters = TypedDict(
    "CreateChannelParameters",
    {
        "Name": S,
        "Name.$": str,
        "Source": S,
        "Source.$": str,
        "Destinations": L[Xi[Destination]],
        "Destinations.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class RefreshScheduleFrequency(TypedDict, total=False):
    Unit: S
    Value: I

class RefreshSchedule(TypedDict, total=False):
    Frequency: X[RefreshScheduleFrequency]
    Status: S
    TimeOfDay: S

class RequestWidget(TypedDict, total=False):
    QueryStatement: S
    QueryParameters: L[Si]
    ViewProperties: M[S]

CreateDashboardParameters = TypedDict(
    "CreateDashboardParameters",
    {
        "Name": S,
        "Name.$": str,
        "RefreshSchedule": X[RefreshSchedule],
        "RefreshSchedule.$": str,
        "TagsList": L[Xi[Tag]],
        "TagsList.$": str,
        "TerminationProtectionEnabled": B,
        "TerminationProtectionEnabled.$": str,
        "Widgets": L[Xi[RequestWidget]],
        "Widgets.$": str,
    },
    total=False,
)

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

CreateEventDataStoreParameters = TypedDict(
    "CreateEventDataStoreParameters",
    {
        "Name": S,
        "Name.$": str,
        "AdvancedEventSelectors": L[Xi[AdvancedEventSelector]],
        "AdvancedEventSelectors.$": str,
        "MultiRegionEnabled": B,
        "MultiRegionEnabled.$": str,
        "OrganizationEnabled": B,
        "OrganizationEnabled.$": str,
        "RetentionPeriod": I,
        "RetentionPeriod.$": str,
        "TerminationProtectionEnabled": B,
        "TerminationProtectionEnabled.$": str,
        "TagsList": L[Xi[Tag]],
        "TagsList.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "StartIngestion": B,
        "StartIngestion.$": str,
        "BillingMode": S,
        "BillingMode.$": str,
    },
    total=False,
)
CreateTrailParameters = TypedDict(
    "CreateTrailParameters",
    {
        "Name": S,
        "Name.$": str,
        "S3BucketName": S,
        "S3BucketName.$": str,
        "S3KeyPrefix": S,
        "S3KeyPrefix.$": str,
        "SnsTopicName": S,
        "SnsTopicName.$": str,
        "IncludeGlobalServiceEvents": B,
        "IncludeGlobalServiceEvents.$": str,
        "IsMultiRegionTrail": B,
        "IsMultiRegionTrail.$": str,
        "EnableLogFileValidation": B,
        "EnableLogFileValidation.$": str,
        "CloudWatchLogsLogGroupArn": S,
        "CloudWatchLogsLogGroupArn.$": str,
        "CloudWatchLogsRoleArn": S,
        "CloudWatchLogsRoleArn.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "IsOrganizationTrail": B,
        "IsOrganizationTrail.$": str,
        "TagsList": L[Xi[Tag]],
        "TagsList.$": str,
        "RecursiveLogging": B,
        "RecursiveLogging.$": str,
    },
    total=False,
)
DeleteChannelParameters = TypedDict(
    "DeleteChannelParameters", {"Channel": S, "Channel.$": str}, total=False
)
DeleteDashboardParameters = TypedDict(
    "DeleteDashboardParameters", {"DashboardId": S, "DashboardId.$": str}, total=False
)
DeleteEventDataStoreParameters = TypedDict(
    "DeleteEventDataStoreParameters", {"EventDataStore": S, "EventDataStore.$": str}, total=False
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteTrailParameters = TypedDict("DeleteTrailParameters", {"Name": S, "Name.$": str}, total=False)
DeregisterOrganizationDelegatedAdminParameters = TypedDict(
    "DeregisterOrganizationDelegatedAdminParameters",
    {"DelegatedAdminAccountId": S, "DelegatedAdminAccountId.$": str},
    total=False,
)
DescribeQueryParameters = TypedDict(
    "DescribeQueryParameters",
    {
        "EventDataStore": S,
        "EventDataStore.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "QueryAlias": S,
        "QueryAlias.$": str,
        "RefreshId": S,
        "RefreshId.$": str,
        "EventDataStoreOwnerAccountId": S,
        "EventDataStoreOwnerAccountId.$": str,
    },
    total=False,
)
DescribeTrailsParameters = TypedDict(
    "DescribeTrailsParameters",
    {
        "TrailNameList": L[Si],
        "TrailNameList.$": str,
        "IncludeShadowTrails": B,
        "IncludeShadowTrails.$": str,
    },
    total=False,
)
DisableFederationParameters = TypedDict(
    "DisableFederationParameters", {"EventDataStore": S, "EventDataStore.$": str}, total=False
)
EnableFederationParameters = TypedDict(
    "EnableFederationParameters",
    {
        "EventDataStore": S,
        "EventDataStore.$": str,
        "FederationRoleArn": S,
        "FederationRoleArn.$": str,
    },
    total=False,
)
GenerateQueryParameters = TypedDict(
    "GenerateQueryParameters",
    {"EventDataStores": L[Si], "EventDataStores.$": str, "Prompt": S, "Prompt.$": str},
    total=False,
)
GetChannelParameters = TypedDict(
    "GetChannelParameters", {"Channel": S, "Channel.$": str}, total=False
)
GetDashboardParameters = TypedDict(
    "GetDashboardParameters", {"DashboardId": S, "DashboardId.$": str}, total=False
)
GetEventConfigurationParameters = TypedDict(
    "GetEventConfigurationParameters",
    {"TrailName": S, "TrailName.$": str, "EventDataStore": S, "EventDataStore.$": str},
    total=False,
)
GetEventDataStoreParameters = TypedDict(
    "GetEventDataStoreParameters", {"EventDataStore": S, "EventDataStore.$": str}, total=False
)
GetEventSelectorsParameters = TypedDict(
    "GetEventSelectorsParameters", {"TrailName": S, "TrailName.$": str}, total=False
)
GetImportParameters = TypedDict(
    "GetImportParameters", {"ImportId": S, "ImportId.$": str}, total=False
)
GetInsightSelectorsParameters = TypedDict(
    "GetInsightSelectorsParameters",
    {"TrailName": S, "TrailName.$": str, "EventDataStore": S, "EventDataStore.$": str},
    total=False,
)
GetQueryResultsParameters = TypedDict(
    "GetQueryResultsParameters",
    {
        "EventDataStore": S,
        "EventDataStore.$": str,
        "QueryId": S,
        "QueryId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxQueryResults": I,
        "MaxQueryResults.$": str,
        "EventDataStoreOwnerAccountId": S,
        "EventDataStoreOwnerAccountId.$": str,
    },
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetTrailParameters = TypedDict("GetTrailParameters", {"Name": S, "Name.$": str}, total=False)
GetTrailStatusParameters = TypedDict(
    "GetTrailStatusParameters", {"Name": S, "Name.$": str}, total=False
)
ListChannelsParameters = TypedDict(
    "ListChannelsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDashboardsParameters = TypedDict(
    "ListDashboardsParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "Type": S,
        "Type.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEventDataStoresParameters = TypedDict(
    "ListEventDataStoresParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListImportFailuresParameters = TypedDict(
    "ListImportFailuresParameters",
    {
        "ImportId": S,
        "ImportId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListImportsParameters = TypedDict(
    "ListImportsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "Destination": S,
        "Destination.$": str,
        "ImportStatus": S,
        "ImportStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInsightsDataParameters = TypedDict(
    "ListInsightsDataParameters",
    {
        "InsightSource": S,
        "InsightSource.$": str,
        "DataType": S,
        "DataType.$": str,
        "Dimensions": M[S],
        "Dimensions.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInsightsMetricDataParameters = TypedDict(
    "ListInsightsMetricDataParameters",
    {
        "TrailName": S,
        "TrailName.$": str,
        "EventSource": S,
        "EventSource.$": str,
        "EventName": S,
        "EventName.$": str,
        "InsightType": S,
        "InsightType.$": str,
        "ErrorCode": S,
        "ErrorCode.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Period": I,
        "Period.$": str,
        "DataType": S,
        "DataType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPublicKeysParameters = TypedDict(
    "ListPublicKeysParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListQueriesParameters = TypedDict(
    "ListQueriesParameters",
    {
        "EventDataStore": S,
        "EventDataStore.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "QueryStatus": S,
        "QueryStatus.$": str,
    },
    total=False,
)
ListTagsParameters = TypedDict(
    "ListTagsParameters",
    {"ResourceIdList": L[Si], "ResourceIdList.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTrailsParameters = TypedDict(
    "ListTrailsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)

class LookupAttribute(TypedDict, total=False):
    AttributeKey: S
    AttributeValue: S

LookupEventsParameters = TypedDict(
    "LookupEventsParameters",
    {
        "LookupAttributes": L[Xi[LookupAttribute]],
        "LookupAttributes.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "EventCategory": S,
        "EventCategory.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ContextKeySelector(TypedDict, total=False):
    Type: S
    EqualsValue: L[Si]

class AggregationConfiguration(TypedDict, total=False):
    Templates: L[Si]
    EventCategory: S

PutEventConfigurationParameters = TypedDict(
    "PutEventConfigurationParameters",
    {
        "TrailName": S,
        "TrailName.$": str,
        "EventDataStore": S,
        "EventDataStore.$": str,
        "MaxEventSize": S,
        "MaxEventSize.$": str,
        "ContextKeySelectors": L[Xi[ContextKeySelector]],
        "ContextKeySelectors.$": str,
        "AggregationConfigurations": L[Xi[AggregationConfiguration]],
        "AggregationConfigurations.$": str,
    },
    total=False,
)

class DataResource(TypedDict, total=False):
    Type: S
    Values: L[Si]

class EventSelector(TypedDict, total=False):
    ReadWriteType: S
    IncludeManagementEvents: B
    DataResources: L[Xi[DataResource]]
    ExcludeManagementEventSources: L[Si]

PutEventSelectorsParameters = TypedDict(
    "PutEventSelectorsParameters",
    {
        "TrailName": S,
        "TrailName.$": str,
        "EventSelectors": L[Xi[EventSelector]],
        "EventSelectors.$": str,
        "AdvancedEventSelectors": L[Xi[AdvancedEventSelector]],
        "AdvancedEventSelectors.$": str,
    },
    total=False,
)

class InsightSelector(TypedDict, total=False):
    InsightType: S
    EventCategories: L[Si]

PutInsightSelectorsParameters = TypedDict(
    "PutInsightSelectorsParameters",
    {
        "TrailName": S,
        "TrailName.$": str,
        "InsightSelectors": L[Xi[InsightSelector]],
        "InsightSelectors.$": str,
        "EventDataStore": S,
        "EventDataStore.$": str,
        "InsightsDestination": S,
        "InsightsDestination.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "ResourcePolicy": S, "ResourcePolicy.$": str},
    total=False,
)
RegisterOrganizationDelegatedAdminParameters = TypedDict(
    "RegisterOrganizationDelegatedAdminParameters",
    {"MemberAccountId": S, "MemberAccountId.$": str},
    total=False,
)
RemoveTagsParameters = TypedDict(
    "RemoveTagsParameters",
    {"ResourceId": S, "ResourceId.$": str, "TagsList": L[Xi[Tag]], "TagsList.$": str},
    total=False,
)
RestoreEventDataStoreParameters = TypedDict(
    "RestoreEventDataStoreParameters", {"EventDataStore": S, "EventDataStore.$": str}, total=False
)
SearchSampleQueriesParameters = TypedDict(
    "SearchSampleQueriesParameters",
    {
        "SearchPhrase": S,
        "SearchPhrase.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
StartDashboardRefreshParameters = TypedDict(
    "StartDashboardRefreshParameters",
    {
        "DashboardId": S,
        "DashboardId.$": str,
        "QueryParameterValues": M[S],
        "QueryParameterValues.$": str,
    },
    total=False,
)
StartEventDataStoreIngestionParameters = TypedDict(
    "StartEventDataStoreIngestionParameters",
    {"EventDataStore": S, "EventDataStore.$": str},
    total=False,
)

class S3ImportSource(TypedDict, total=False):
    S3LocationUri: S
    S3BucketRegion: S
    S3BucketAccessRoleArn: S

class ImportSource(TypedDict, total=False):
    S3: X[S3ImportSource]

StartImportParameters = TypedDict(
    "StartImportParameters",
    {
        "Destinations": L[Si],
        "Destinations.$": str,
        "ImportSource": X[ImportSource],
        "ImportSource.$": str,
        "StartEventTime": T,
        "StartEventTime.$": str,
        "EndEventTime": T,
        "EndEventTime.$": str,
        "ImportId": S,
        "ImportId.$": str,
    },
    total=False,
)
StartLoggingParameters = TypedDict(
    "StartLoggingParameters", {"Name": S, "Name.$": str}, total=False
)
StartQueryParameters = TypedDict(
    "StartQueryParameters",
    {
        "QueryStatement": S,
        "QueryStatement.$": str,
        "DeliveryS3Uri": S,
        "DeliveryS3Uri.$": str,
        "QueryAlias": S,
        "QueryAlias.$": str,
        "QueryParameters": L[Si],
        "QueryParameters.$": str,
        "EventDataStoreOwnerAccountId": S,
        "EventDataStoreOwnerAccountId.$": str,
    },
    total=False,
)
StopEventDataStoreIngestionParameters = TypedDict(
    "StopEventDataStoreIngestionParameters",
    {"EventDataStore": S, "EventDataStore.$": str},
    total=False,
)
StopImportParameters = TypedDict(
    "StopImportParameters", {"ImportId": S, "ImportId.$": str}, total=False
)
StopLoggingParameters = TypedDict("StopLoggingParameters", {"Name": S, "Name.$": str}, total=False)
UpdateChannelParameters = TypedDict(
    "UpdateChannelParameters",
    {
        "Channel": S,
        "Channel.$": str,
        "Destinations": L[Xi[Destination]],
        "Destinations.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateDashboardParameters = TypedDict(
    "UpdateDashboardParameters",
    {
        "DashboardId": S,
        "DashboardId.$": str,
        "Widgets": L[Xi[RequestWidget]],
        "Widgets.$": str,
        "RefreshSchedule": X[RefreshSchedule],
        "RefreshSchedule.$": str,
        "TerminationProtectionEnabled": B,
        "TerminationProtectionEnabled.$": str,
    },
    total=False,
)
UpdateEventDataStoreParameters = TypedDict(
    "UpdateEventDataStoreParameters",
    {
        "EventDataStore": S,
        "EventDataStore.$": str,
        "Name": S,
        "Name.$": str,
        "AdvancedEventSelectors": L[Xi[AdvancedEventSelector]],
        "AdvancedEventSelectors.$": str,
        "MultiRegionEnabled": B,
        "MultiRegionEnabled.$": str,
        "OrganizationEnabled": B,
        "OrganizationEnabled.$": str,
        "RetentionPeriod": I,
        "RetentionPeriod.$": str,
        "TerminationProtectionEnabled": B,
        "TerminationProtectionEnabled.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "BillingMode": S,
        "BillingMode.$": str,
    },
    total=False,
)
UpdateTrailParameters = TypedDict(
    "UpdateTrailParameters",
    {
        "Name": S,
        "Name.$": str,
        "S3BucketName": S,
        "S3BucketName.$": str,
        "S3KeyPrefix": S,
        "S3KeyPrefix.$": str,
        "SnsTopicName": S,
        "SnsTopicName.$": str,
        "IncludeGlobalServiceEvents": B,
        "IncludeGlobalServiceEvents.$": str,
        "IsMultiRegionTrail": B,
        "IsMultiRegionTrail.$": str,
        "EnableLogFileValidation": B,
        "EnableLogFileValidation.$": str,
        "CloudWatchLogsLogGroupArn": S,
        "CloudWatchLogsLogGroupArn.$": str,
        "CloudWatchLogsRoleArn": S,
        "CloudWatchLogsRoleArn.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "IsOrganizationTrail": B,
        "IsOrganizationTrail.$": str,
        "RecursiveLogging": B,
        "RecursiveLogging.$": str,
    },
    total=False,
)
add_tags: Builder[AddTagsParameters]
cancel_query: Builder[CancelQueryParameters]
create_channel: Builder[CreateChannelParameters]
create_dashboard: Builder[CreateDashboardParameters]
create_event_data_store: Builder[CreateEventDataStoreParameters]
create_trail: Builder[CreateTrailParameters]
delete_channel: Builder[DeleteChannelParameters]
delete_dashboard: Builder[DeleteDashboardParameters]
delete_event_data_store: Builder[DeleteEventDataStoreParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_trail: Builder[DeleteTrailParameters]
deregister_organization_delegated_admin: Builder[DeregisterOrganizationDelegatedAdminParameters]
describe_query: Builder[DescribeQueryParameters]
describe_trails: Builder[DescribeTrailsParameters]
disable_federation: Builder[DisableFederationParameters]
enable_federation: Builder[EnableFederationParameters]
generate_query: Builder[GenerateQueryParameters]
get_channel: Builder[GetChannelParameters]
get_dashboard: Builder[GetDashboardParameters]
get_event_configuration: Builder[GetEventConfigurationParameters]
get_event_data_store: Builder[GetEventDataStoreParameters]
get_event_selectors: Builder[GetEventSelectorsParameters]
get_import: Builder[GetImportParameters]
get_insight_selectors: Builder[GetInsightSelectorsParameters]
get_query_results: Builder[GetQueryResultsParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_trail: Builder[GetTrailParameters]
get_trail_status: Builder[GetTrailStatusParameters]
list_channels: Builder[ListChannelsParameters]
list_dashboards: Builder[ListDashboardsParameters]
list_event_data_stores: Builder[ListEventDataStoresParameters]
list_import_failures: Builder[ListImportFailuresParameters]
list_imports: Builder[ListImportsParameters]
list_insights_data: Builder[ListInsightsDataParameters]
list_insights_metric_data: Builder[ListInsightsMetricDataParameters]
list_public_keys: Builder[ListPublicKeysParameters]
list_queries: Builder[ListQueriesParameters]
list_tags: Builder[ListTagsParameters]
list_trails: Builder[ListTrailsParameters]
lookup_events: Builder[LookupEventsParameters]
put_event_configuration: Builder[PutEventConfigurationParameters]
put_event_selectors: Builder[PutEventSelectorsParameters]
put_insight_selectors: Builder[PutInsightSelectorsParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
register_organization_delegated_admin: Builder[RegisterOrganizationDelegatedAdminParameters]
remove_tags: Builder[RemoveTagsParameters]
restore_event_data_store: Builder[RestoreEventDataStoreParameters]
search_sample_queries: Builder[SearchSampleQueriesParameters]
start_dashboard_refresh: Builder[StartDashboardRefreshParameters]
start_event_data_store_ingestion: Builder[StartEventDataStoreIngestionParameters]
start_import: Builder[StartImportParameters]
start_logging: Builder[StartLoggingParameters]
start_query: Builder[StartQueryParameters]
stop_event_data_store_ingestion: Builder[StopEventDataStoreIngestionParameters]
stop_import: Builder[StopImportParameters]
stop_logging: Builder[StopLoggingParameters]
update_channel: Builder[UpdateChannelParameters]
update_dashboard: Builder[UpdateDashboardParameters]
update_event_data_store: Builder[UpdateEventDataStoreParameters]
update_trail: Builder[UpdateTrailParameters]

__all__ = [
    "add_tags",
    "cancel_query",
    "create_channel",
    "create_dashboard",
    "create_event_data_store",
    "create_trail",
    "delete_channel",
    "delete_dashboard",
    "delete_event_data_store",
    "delete_resource_policy",
    "delete_trail",
    "deregister_organization_delegated_admin",
    "describe_query",
    "describe_trails",
    "disable_federation",
    "enable_federation",
    "generate_query",
    "get_channel",
    "get_dashboard",
    "get_event_configuration",
    "get_event_data_store",
    "get_event_selectors",
    "get_import",
    "get_insight_selectors",
    "get_query_results",
    "get_resource_policy",
    "get_trail",
    "get_trail_status",
    "list_channels",
    "list_dashboards",
    "list_event_data_stores",
    "list_import_failures",
    "list_imports",
    "list_insights_data",
    "list_insights_metric_data",
    "list_public_keys",
    "list_queries",
    "list_tags",
    "list_trails",
    "lookup_events",
    "put_event_configuration",
    "put_event_selectors",
    "put_insight_selectors",
    "put_resource_policy",
    "register_organization_delegated_admin",
    "remove_tags",
    "restore_event_data_store",
    "search_sample_queries",
    "start_dashboard_refresh",
    "start_event_data_store_ingestion",
    "start_import",
    "start_logging",
    "start_query",
    "stop_event_data_store_ingestion",
    "stop_import",
    "stop_logging",
    "update_channel",
    "update_dashboard",
    "update_event_data_store",
    "update_trail",
]
