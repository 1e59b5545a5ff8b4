"""Typed builders of the AWS SDK integration of devopsguru (``aws-sdk:devopsguru:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, T, X, Xi

class SnsChannelConfig(TypedDict, total=False):
    TopicArn: S

class NotificationFilterConfig(TypedDict, total=False):
    Severities: L[Si]
    MessageTypes: L[Si]

class NotificationChannelConfig(TypedDict, total=False):
    Sns: X[SnsChannelConfig]
    Filters: X[NotificationFilterConfig]

AddNotificationChannelParameters = TypedDict(
    "AddNotificationChannelParameters",
    {"Config": X[NotificationChannelConfig], "Config.$": str},
    total=False,
)
DeleteInsightParameters = TypedDict("DeleteInsightParameters", {"Id": S, "Id.$": str}, total=False)

class DescribeAccountHealthParameters(TypedDict, total=False): ...

DescribeAccountOverviewParameters = TypedDict(
    "DescribeAccountOverviewParameters",
    {"FromTime": T, "FromTime.$": str, "ToTime": T, "ToTime.$": str},
    total=False,
)
DescribeAnomalyParameters = TypedDict(
    "DescribeAnomalyParameters",
    {"Id": S, "Id.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)

class DescribeEventSourcesConfigParameters(TypedDict, total=False): ...

DescribeFeedbackParameters = TypedDict(
    "DescribeFeedbackParameters", {"InsightId": S, "InsightId.$": str}, total=False
)
DescribeInsightParameters = TypedDict(
    "DescribeInsightParameters",
    {"Id": S, "Id.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
DescribeOrganizationHealthParameters = TypedDict(
    "DescribeOrganizationHealthParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "OrganizationalUnitIds": L[Si],
        "OrganizationalUnitIds.$": str,
    },
    total=False,
)
DescribeOrganizationOverviewParameters = TypedDict(
    "DescribeOrganizationOverviewParameters",
    {
        "FromTime": T,
        "FromTime.$": str,
        "ToTime": T,
        "ToTime.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "OrganizationalUnitIds": L[Si],
        "OrganizationalUnitIds.$": str,
    },
    total=False,
)
DescribeOrganizationResourceCollectionHealthParameters = TypedDict(
    "DescribeOrganizationResourceCollectionHealthParameters",
    {
        "OrganizationResourceCollectionType": S,
        "OrganizationResourceCollectionType.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "OrganizationalUnitIds": L[Si],
        "OrganizationalUnitIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeResourceCollectionHealthParameters = TypedDict(
    "DescribeResourceCollectionHealthParameters",
    {
        "ResourceCollectionType": S,
        "ResourceCollectionType.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribeServiceIntegrationParameters(TypedDict, total=False): ...

GetCostEstimationParameters = TypedDict(
    "GetCostEstimationParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
GetResourceCollectionParameters = TypedDict(
    "GetResourceCollectionParameters",
    {
        "ResourceCollectionType": S,
        "ResourceCollectionType.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class StartTimeRange(TypedDict, total=False):
    FromTime: T
    ToTime: T

class ServiceCollection(TypedDict, total=False):
    ServiceNames: L[Si]

class ListAnomaliesForInsightFilters(TypedDict, total=False):
    ServiceCollection: X[ServiceCollection]

ListAnomaliesForInsightParameters = TypedDict(
    "ListAnomaliesForInsightParameters",
    {
        "InsightId": S,
        "InsightId.$": str,
        "StartTimeRange": X[StartTimeRange],
        "StartTimeRange.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "Filters": X[ListAnomaliesForInsightFilters],
        "Filters.$": str,
    },
    total=False,
)
ListAnomalousLogGroupsParameters = TypedDict(
    "ListAnomalousLogGroupsParameters",
    {
        "InsightId": S,
        "InsightId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class EventTimeRange(TypedDict, total=False):
    FromTime: T
    ToTime: T

class CloudFormationCollection(TypedDict, total=False):
    StackNames: L[Si]

class TagCollection(TypedDict, total=False):
    AppBoundaryKey: S
    TagValues: L[Si]

class ResourceCollection(TypedDict, total=False):
    CloudFormation: X[CloudFormationCollection]
    Tags: L[Xi[TagCollection]]

class ListEventsFilters(TypedDict, total=False):
    InsightId: S
    EventTimeRange: X[EventTimeRange]
    EventClass: S
    EventSource: S
    DataSource: S
    ResourceCollection: X[ResourceCollection]

ListEventsParameters = TypedDict(
    "ListEventsParameters",
    {
        "Filters": X[ListEventsFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)

class ListInsightsOngoingStatusFilter(TypedDict, total=False):
    Type: S

class EndTimeRange(TypedDict, total=False):
    FromTime: T
    ToTime: T

class ListInsightsClosedStatusFilter(TypedDict, total=False):
    Type: S
    EndTimeRange: X[EndTimeRange]

class ListInsightsAnyStatusFilter(TypedDict, total=False):
    Type: S
    StartTimeRange: X[StartTimeRange]

class ListInsightsStatusFilter(TypedDict, total=False):
    Ongoing: X[ListInsightsOngoingStatusFilter]
    Closed: X[ListInsightsClosedStatusFilter]
    Any: X[ListInsightsAnyStatusFilter]

ListInsightsParameters = TypedDict(
    "ListInsightsParameters",
    {
        "StatusFilter": X[ListInsightsStatusFilter],
        "StatusFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListMonitoredResourcesFilters(TypedDict, total=False):
    ResourcePermission: S
    ResourceTypeFilters: L[Si]

ListMonitoredResourcesParameters = TypedDict(
    "ListMonitoredResourcesParameters",
    {
        "Filters": X[ListMonitoredResourcesFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNotificationChannelsParameters = TypedDict(
    "ListNotificationChannelsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListOrganizationInsightsParameters = TypedDict(
    "ListOrganizationInsightsParameters",
    {
        "StatusFilter": X[ListInsightsStatusFilter],
        "StatusFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "OrganizationalUnitIds": L[Si],
        "OrganizationalUnitIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRecommendationsParameters = TypedDict(
    "ListRecommendationsParameters",
    {
        "InsightId": S,
        "InsightId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Locale": S,
        "Locale.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)

class InsightFeedback(TypedDict, total=False):
    Id: S
    Feedback: S

PutFeedbackParameters = TypedDict(
    "PutFeedbackParameters",
    {"InsightFeedback": X[InsightFeedback], "InsightFeedback.$": str},
    total=False,
)
RemoveNotificationChannelParameters = TypedDict(
    "RemoveNotificationChannelParameters", {"Id": S, "Id.$": str}, total=False
)

class SearchInsightsFilters(TypedDict, total=False):
    Severities: L[Si]
    Statuses: L[Si]
    ResourceCollection: X[ResourceCollection]
    ServiceCollection: X[ServiceCollection]

SearchInsightsParameters = TypedDict(
    "SearchInsightsParameters",
    {
        "StartTimeRange": X[StartTimeRange],
        "StartTimeRange.$": str,
        "Filters": X[SearchInsightsFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)

class SearchOrganizationInsightsFilters(TypedDict, total=False):
    Severities: L[Si]
    Statuses: L[Si]
    ResourceCollection: X[ResourceCollection]
    ServiceCollection: X[ServiceCollection]

SearchOrganizationInsightsParameters = TypedDict(
    "SearchOrganizationInsightsParameters",
    {
        "AccountIds": L[Si],
        "AccountIds.$": str,
        "StartTimeRange": X[StartTimeRange],
        "StartTimeRange.$": str,
        "Filters": X[SearchOrganizationInsightsFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)

class CloudFormationCostEstimationResourceCollectionFilter(TypedDict, total=False):
    StackNames: L[Si]

class TagCostEstimationResourceCollectionFilter(TypedDict, total=False):
    AppBoundaryKey: S
    TagValues: L[Si]

class CostEstimationResourceCollectionFilter(TypedDict, total=False):
    CloudFormation: X[CloudFormationCostEstimationResourceCollectionFilter]
    Tags: L[Xi[TagCostEstimationResourceCollectionFilter]]

StartCostEstimationParameters = TypedDict(
    "StartCostEstimationParameters",
    {
        "ResourceCollection": X[CostEstimationResourceCollectionFilter],
        "ResourceCollection.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AmazonCodeGuruProfilerIntegration(TypedDict, total=False):
    Status: S

class EventSourcesConfig(TypedDict, total=False):
    AmazonCodeGuruProfiler: X[AmazonCodeGuruProfilerIntegration]

UpdateEventSourcesConfigParameters = TypedDict(
    "UpdateEventSourcesConfigParameters",
    {"EventSources": X[EventSourcesConfig], "EventSources.$": str},
    total=False,
)

class UpdateCloudFormationCollectionFilter(TypedDict, total=False):
    StackNames: L[Si]

class UpdateTagCollectionFilter(TypedDict, total=False):
    AppBoundaryKey: S
    TagValues: L[Si]

class UpdateResourceCollectionFilter(TypedDict, total=False):
    CloudFormation: X[UpdateCloudFormationCollectionFilter]
    Tags: L[Xi[UpdateTagCollectionFilter]]

UpdateResourceCollectionParameters = TypedDict(
    "UpdateResourceCollectionParameters",
    {
        "Action": S,
        "Action.$": str,
        "ResourceCollection": X[UpdateResourceCollectionFilter],
        "ResourceCollection.$": str,
    },
    total=False,
)

class OpsCenterIntegrationConfig(TypedDict, total=False):
    OptInStatus: S

class LogsAnomalyDetectionIntegrationConfig(TypedDict, total=False):
    OptInStatus: S

class KMSServerSideEncryptionIntegrationConfig(TypedDict, total=False):
    KmsKeyId: S
    OptInStatus: S
    Type: S

class UpdateServiceIntegrationConfig(TypedDict, total=False):
    OpsCenter: X[OpsCenterIntegrationConfig]
    LogsAnomalyDetection: X[LogsAnomalyDetectionIntegrationConfig]
    KmsServerSideEncryption: X[KMSServerSideEncryptionIntegrationConfig]

UpdateServiceIntegrationParameters = TypedDict(
    "UpdateServiceIntegrationParameters",
    {"ServiceIntegration": X[UpdateServiceIntegrationConfig], "ServiceIntegration.$": str},
    total=False,
)
add_notification_channel: Builder[AddNotificationChannelParameters]
delete_insight: Builder[DeleteInsightParameters]
describe_account_health: Builder[DescribeAccountHealthParameters]
describe_account_overview: Builder[DescribeAccountOverviewParameters]
describe_anomaly: Builder[DescribeAnomalyParameters]
describe_event_sources_config: Builder[DescribeEventSourcesConfigParameters]
describe_feedback: Builder[DescribeFeedbackParameters]
describe_insight: Builder[DescribeInsightParameters]
describe_organization_health: Builder[DescribeOrganizationHealthParameters]
describe_organization_overview: Builder[DescribeOrganizationOverviewParameters]
describe_organization_resource_collection_health: Builder[
    DescribeOrganizationResourceCollectionHealthParameters
]
describe_resource_collection_health: Builder[DescribeResourceCollectionHealthParameters]
describe_service_integration: Builder[DescribeServiceIntegrationParameters]
get_cost_estimation: Builder[GetCostEstimationParameters]
get_resource_collection: Builder[GetResourceCollectionParameters]
list_anomalies_for_insight: Builder[ListAnomaliesForInsightParameters]
list_anomalous_log_groups: Builder[ListAnomalousLogGroupsParameters]
list_events: Builder[ListEventsParameters]
list_insights: Builder[ListInsightsParameters]
list_monitored_resources: Builder[ListMonitoredResourcesParameters]
list_notification_channels: Builder[ListNotificationChannelsParameters]
list_organization_insights: Builder[ListOrganizationInsightsParameters]
list_recommendations: Builder[ListRecommendationsParameters]
put_feedback: Builder[PutFeedbackParameters]
remove_notification_channel: Builder[RemoveNotificationChannelParameters]
search_insights: Builder[SearchInsightsParameters]
search_organization_insights: Builder[SearchOrganizationInsightsParameters]
start_cost_estimation: Builder[StartCostEstimationParameters]
update_event_sources_config: Builder[UpdateEventSourcesConfigParameters]
update_resource_collection: Builder[UpdateResourceCollectionParameters]
update_service_integration: Builder[UpdateServiceIntegrationParameters]

__all__ = [
    "add_notification_channel",
    "delete_insight",
    "describe_account_health",
    "describe_account_overview",
    "describe_anomaly",
    "describe_event_sources_config",
    "describe_feedback",
    "describe_insight",
    "describe_organization_health",
    "describe_organization_overview",
    "describe_organization_resource_collection_health",
    "describe_resource_collection_health",
    "describe_service_integration",
    "get_cost_estimation",
    "get_resource_collection",
    "list_anomalies_for_insight",
    "list_anomalous_log_groups",
    "list_events",
    "list_insights",
    "list_monitored_resources",
    "list_notification_channels",
    "list_organization_insights",
    "list_recommendations",
    "put_feedback",
    "remove_notification_channel",
    "search_insights",
    "search_organization_insights",
    "start_cost_estimation",
    "update_event_sources_config",
    "update_resource_collection",
    "update_service_integration",
]
