"""Typed builders of the AWS SDK integration of appintegrations (``aws-sdk:appintegrations:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class ExternalUrlConfig(TypedDict, total=False):
    AccessUrl: S
    ApprovedOrigins: L[Si]

class ApplicationSourceConfig(TypedDict, total=False):
    ExternalUrlConfig: X[ExternalUrlConfig]

class Subscription(TypedDict, total=False):
    Event: S
    Description: S

class Publication(TypedDict, total=False):
    Event: S
    Schema: S
    Description: S

class ContactHandling(TypedDict, total=False):
    Scope: S

class ApplicationConfig(TypedDict, total=False):
    ContactHandling: X[ContactHandling]

class IframeConfig(TypedDict, total=False):
    Allow: L[Si]
    Sandbox: L[Si]

class AuthConfig(TypedDict, total=False):
    AuthType: S
    CredentialProviderIdentifier: S
    AudienceOverride: S

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Description": S,
        "Description.$": str,
        "ApplicationSourceConfig": X[ApplicationSourceConfig],
        "ApplicationSourceConfig.$": str,
        "Subscriptions": L[Xi[Subscription]],
        "Subscriptions.$": str,
        "Publications": L[Xi[Publication]],
        "Publications.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Permissions": L[Si],
        "Permissions.$": str,
        "IsService": B,
        "IsService.$": str,
        "InitializationTimeout": I,
        "InitializationTimeout.$": str,
        "ApplicationConfig": X[ApplicationConfig],
        "ApplicationConfig.$": str,
        "IframeConfig": X[IframeConfig],
        "IframeConfig.$": str,
        "ApplicationType": S,
        "ApplicationType.$": str,
        "AuthConfig": X[AuthConfig],
        "AuthConfig.$": str,
    },
    total=False,
)

class ScheduleConfiguration(TypedDict, total=False):
    FirstExecutionFrom: S
    Object: S
    ScheduleExpression: S

class FileConfiguration(TypedDict, total=False):
    Folders: L[Si]
    Filters: M[L[Si]]

CreateDataIntegrationParameters = TypedDict(
    "CreateDataIntegrationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "KmsKey": S,
        "KmsKey.$": str,
        "SourceURI": S,
        "SourceURI.$": str,
        "ScheduleConfig": X[ScheduleConfiguration],
        "ScheduleConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "FileConfiguration": X[FileConfiguration],
        "FileConfiguration.$": str,
        "ObjectConfiguration": M[M[L[Si]]],
        "ObjectConfiguration.$": str,
    },
    total=False,
)

class OnDemandConfiguration(TypedDict, total=False):
    StartTime: S
    EndTime: S

class ExecutionConfiguration(TypedDict, total=False):
    ExecutionMode: S
    OnDemandConfiguration: X[OnDemandConfiguration]
    ScheduleConfiguration: X[ScheduleConfiguration]

CreateDataIntegrationAssociationParameters = TypedDict(
    "CreateDataIntegrationAssociationParameters",
    {
        "DataIntegrationIdentifier": S,
        "DataIntegrationIdentifier.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ObjectConfiguration": M[M[L[Si]]],
        "ObjectConfiguration.$": str,
        "DestinationURI": S,
        "DestinationURI.$": str,
        "ClientAssociationMetadata": M[S],
        "ClientAssociationMetadata.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ExecutionConfiguration": X[ExecutionConfiguration],
        "ExecutionConfiguration.$": str,
    },
    total=False,
)

class EventFilter(TypedDict, total=False):
    Source: S

CreateEventIntegrationParameters = TypedDict(
    "CreateEventIntegrationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "EventFilter": X[EventFilter],
        "EventFilter.$": str,
        "EventBridgeBus": S,
        "EventBridgeBus.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"Arn": S, "Arn.$": str, "Force": B, "Force.$": str}, total=False
)
DeleteDataIntegrationParameters = TypedDict(
    "DeleteDataIntegrationParameters",
    {"DataIntegrationIdentifier": S, "DataIntegrationIdentifier.$": str},
    total=False,
)
DeleteEventIntegrationParameters = TypedDict(
    "DeleteEventIntegrationParameters", {"Name": S, "Name.$": str}, total=False
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetDataIntegrationParameters = TypedDict(
    "GetDataIntegrationParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetEventIntegrationParameters = TypedDict(
    "GetEventIntegrationParameters", {"Name": S, "Name.$": str}, total=False
)
ListApplicationAssociationsParameters = TypedDict(
    "ListApplicationAssociationsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ApplicationType": S,
        "ApplicationType.$": str,
    },
    total=False,
)
ListDataIntegrationAssociationsParameters = TypedDict(
    "ListDataIntegrationAssociationsParameters",
    {
        "DataIntegrationIdentifier": S,
        "DataIntegrationIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataIntegrationsParameters = TypedDict(
    "ListDataIntegrationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListEventIntegrationAssociationsParameters = TypedDict(
    "ListEventIntegrationAssociationsParameters",
    {
        "EventIntegrationName": S,
        "EventIntegrationName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListEventIntegrationsParameters = TypedDict(
    "ListEventIntegrationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
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
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ApplicationSourceConfig": X[ApplicationSourceConfig],
        "ApplicationSourceConfig.$": str,
        "Subscriptions": L[Xi[Subscription]],
        "Subscriptions.$": str,
        "Publications": L[Xi[Publication]],
        "Publications.$": str,
        "Permissions": L[Si],
        "Permissions.$": str,
        "IsService": B,
        "IsService.$": str,
        "InitializationTimeout": I,
        "InitializationTimeout.$": str,
        "ApplicationConfig": X[ApplicationConfig],
        "ApplicationConfig.$": str,
        "IframeConfig": X[IframeConfig],
        "IframeConfig.$": str,
        "ApplicationType": S,
        "ApplicationType.$": str,
        "AuthConfig": X[AuthConfig],
        "AuthConfig.$": str,
    },
    total=False,
)
UpdateDataIntegrationParameters = TypedDict(
    "UpdateDataIntegrationParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateDataIntegrationAssociationParameters = TypedDict(
    "UpdateDataIntegrationAssociationParameters",
    {
        "DataIntegrationIdentifier": S,
        "DataIntegrationIdentifier.$": str,
        "DataIntegrationAssociationIdentifier": S,
        "DataIntegrationAssociationIdentifier.$": str,
        "ExecutionConfiguration": X[ExecutionConfiguration],
        "ExecutionConfiguration.$": str,
    },
    total=False,
)
UpdateEventIntegrationParameters = TypedDict(
    "UpdateEventIntegrationParameters",
    {"Name": S, "Name.$": str, "Description": S, "Description.$": str},
    total=False,
)
create_application: Builder[CreateApplicationParameters]
create_data_integration: Builder[CreateDataIntegrationParameters]
create_data_integration_association: Builder[CreateDataIntegrationAssociationParameters]
create_event_integration: Builder[CreateEventIntegrationParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_data_integration: Builder[DeleteDataIntegrationParameters]
delete_event_integration: Builder[DeleteEventIntegrationParameters]
get_application: Builder[GetApplicationParameters]
get_data_integration: Builder[GetDataIntegrationParameters]
get_event_integration: Builder[GetEventIntegrationParameters]
list_application_associations: Builder[ListApplicationAssociationsParameters]
list_applications: Builder[ListApplicationsParameters]
list_data_integration_associations: Builder[ListDataIntegrationAssociationsParameters]
list_data_integrations: Builder[ListDataIntegrationsParameters]
list_event_integration_associations: Builder[ListEventIntegrationAssociationsParameters]
list_event_integrations: Builder[ListEventIntegrationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_application: Builder[UpdateApplicationParameters]
update_data_integration: Builder[UpdateDataIntegrationParameters]
update_data_integration_association: Builder[UpdateDataIntegrationAssociationParameters]
update_event_integration: Builder[UpdateEventIntegrationParameters]

__all__ = [
    "create_application",
    "create_data_integration",
    "create_data_integration_association",
    "create_event_integration",
    "delete_application",
    "delete_data_integration",
    "delete_event_integration",
    "get_application",
    "get_data_integration",
    "get_event_integration",
    "list_application_associations",
    "list_applications",
    "list_data_integration_associations",
    "list_data_integrations",
    "list_event_integration_associations",
    "list_event_integrations",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_application",
    "update_data_integration",
    "update_data_integration_association",
    "update_event_integration",
]
