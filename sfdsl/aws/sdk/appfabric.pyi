"""Typed builders of the AWS SDK integration of appfabric (``aws-sdk:appfabric:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

BatchGetUserAccessTasksParameters = TypedDict(
    "BatchGetUserAccessTasksParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "TaskIdList": L[Si],
        "TaskIdList.$": str,
    },
    total=False,
)

class AuthRequest(TypedDict, total=False):
    RedirectUri: S
    Code: S

ConnectAppAuthorizationParameters = TypedDict(
    "ConnectAppAuthorizationParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "AppAuthorizationIdentifier": S,
        "AppAuthorizationIdentifier.$": str,
        "AuthRequest": X[AuthRequest],
        "AuthRequest.$": str,
    },
    total=False,
)

class Oauth2Credential(TypedDict, total=False):
    ClientId: S
    ClientSecret: S

class ApiKeyCredential(TypedDict, total=False):
    ApiKey: S

class Credential(TypedDict, total=False):
    Oauth2Credential: X[Oauth2Credential]
    ApiKeyCredential: X[ApiKeyCredential]

class Tenant(TypedDict, total=False):
    TenantIdentifier: S
    TenantDisplayName: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateAppAuthorizationParameters = TypedDict(
    "CreateAppAuthorizationParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "App": S,
        "App.$": str,
        "Credential": X[Credential],
        "Credential.$": str,
        "Tenant": X[Tenant],
        "Tenant.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateAppBundleParameters = TypedDict(
    "CreateAppBundleParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "CustomerManagedKeyIdentifier": S,
        "CustomerManagedKeyIdentifier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateIngestionParameters = TypedDict(
    "CreateIngestionParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "App": S,
        "App.$": str,
        "TenantId": S,
        "TenantId.$": str,
        "IngestionType": S,
        "IngestionType.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AuditLogProcessingConfiguration(TypedDict, total=False):
    Schema: S
    Format: S

class ProcessingConfiguration(TypedDict, total=False):
    AuditLog: X[AuditLogProcessingConfiguration]

class S3Bucket(TypedDict, total=False):
    BucketName: S
    Prefix: S

class FirehoseStream(TypedDict, total=False):
    StreamName: S

class Destination(TypedDict, total=False):
    S3Bucket: X[S3Bucket]
    FirehoseStream: X[FirehoseStream]

class AuditLogDestinationConfiguration(TypedDict, total=False):
    Destination: X[Destination]

class DestinationConfiguration(TypedDict, total=False):
    AuditLog: X[AuditLogDestinationConfiguration]

CreateIngestionDestinationParameters = TypedDict(
    "CreateIngestionDestinationParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "IngestionIdentifier": S,
        "IngestionIdentifier.$": str,
        "ProcessingConfiguration": X[ProcessingConfiguration],
        "ProcessingConfiguration.$": str,
        "DestinationConfiguration": X[DestinationConfiguration],
        "DestinationConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteAppAuthorizationParameters = TypedDict(
    "DeleteAppAuthorizationParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "AppAuthorizationIdentifier": S,
        "AppAuthorizationIdentifier.$": str,
    },
    total=False,
)
DeleteAppBundleParameters = TypedDict(
    "DeleteAppBundleParameters",
    {"AppBundleIdentifier": S, "AppBundleIdentifier.$": str},
    total=False,
)
DeleteIngestionParameters = TypedDict(
    "DeleteIngestionParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "IngestionIdentifier": S,
        "IngestionIdentifier.$": str,
    },
    total=False,
)
DeleteIngestionDestinationParameters = TypedDict(
    "DeleteIngestionDestinationParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "IngestionIdentifier": S,
        "IngestionIdentifier.$": str,
        "IngestionDestinationIdentifier": S,
        "IngestionDestinationIdentifier.$": str,
    },
    total=False,
)
GetAppAuthorizationParameters = TypedDict(
    "GetAppAuthorizationParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "AppAuthorizationIdentifier": S,
        "AppAuthorizationIdentifier.$": str,
    },
    total=False,
)
GetAppBundleParameters = TypedDict(
    "GetAppBundleParameters", {"AppBundleIdentifier": S, "AppBundleIdentifier.$": str}, total=False
)
GetIngestionParameters = TypedDict(
    "GetIngestionParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "IngestionIdentifier": S,
        "IngestionIdentifier.$": str,
    },
    total=False,
)
GetIngestionDestinationParameters = TypedDict(
    "GetIngestionDestinationParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "IngestionIdentifier": S,
        "IngestionIdentifier.$": str,
        "IngestionDestinationIdentifier": S,
        "IngestionDestinationIdentifier.$": str,
    },
    total=False,
)
ListAppAuthorizationsParameters = TypedDict(
    "ListAppAuthorizationsParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAppBundlesParameters = TypedDict(
    "ListAppBundlesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListIngestionDestinationsParameters = TypedDict(
    "ListIngestionDestinationsParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "IngestionIdentifier": S,
        "IngestionIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListIngestionsParameters = TypedDict(
    "ListIngestionsParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
StartIngestionParameters = TypedDict(
    "StartIngestionParameters",
    {
        "IngestionIdentifier": S,
        "IngestionIdentifier.$": str,
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
    },
    total=False,
)
StartUserAccessTasksParameters = TypedDict(
    "StartUserAccessTasksParameters",
    {"AppBundleIdentifier": S, "AppBundleIdentifier.$": str, "Email": S, "Email.$": str},
    total=False,
)
StopIngestionParameters = TypedDict(
    "StopIngestionParameters",
    {
        "IngestionIdentifier": S,
        "IngestionIdentifier.$": str,
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
    },
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
UpdateAppAuthorizationParameters = TypedDict(
    "UpdateAppAuthorizationParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "AppAuthorizationIdentifier": S,
        "AppAuthorizationIdentifier.$": str,
        "Credential": X[Credential],
        "Credential.$": str,
        "Tenant": X[Tenant],
        "Tenant.$": str,
    },
    total=False,
)
UpdateIngestionDestinationParameters = TypedDict(
    "UpdateIngestionDestinationParameters",
    {
        "AppBundleIdentifier": S,
        "AppBundleIdentifier.$": str,
        "IngestionIdentifier": S,
        "IngestionIdentifier.$": str,
        "IngestionDestinationIdentifier": S,
        "IngestionDestinationIdentifier.$": str,
        "DestinationConfiguration": X[DestinationConfiguration],
        "DestinationConfiguration.$": str,
    },
    total=False,
)
batch_get_user_access_tasks: Builder[BatchGetUserAccessTasksParameters]
connect_app_authorization: Builder[ConnectAppAuthorizationParameters]
create_app_authorization: Builder[CreateAppAuthorizationParameters]
create_app_bundle: Builder[CreateAppBundleParameters]
create_ingestion: Builder[CreateIngestionParameters]
create_ingestion_destination: Builder[CreateIngestionDestinationParameters]
delete_app_authorization: Builder[DeleteAppAuthorizationParameters]
delete_app_bundle: Builder[DeleteAppBundleParameters]
delete_ingestion: Builder[DeleteIngestionParameters]
delete_ingestion_destination: Builder[DeleteIngestionDestinationParameters]
get_app_authorization: Builder[GetAppAuthorizationParameters]
get_app_bundle: Builder[GetAppBundleParameters]
get_ingestion: Builder[GetIngestionParameters]
get_ingestion_destination: Builder[GetIngestionDestinationParameters]
list_app_authorizations: Builder[ListAppAuthorizationsParameters]
list_app_bundles: Builder[ListAppBundlesParameters]
list_ingestion_destinations: Builder[ListIngestionDestinationsParameters]
list_ingestions: Builder[ListIngestionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_ingestion: Builder[StartIngestionParameters]
start_user_access_tasks: Builder[StartUserAccessTasksParameters]
stop_ingestion: Builder[StopIngestionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_app_authorization: Builder[UpdateAppAuthorizationParameters]
update_ingestion_destination: Builder[UpdateIngestionDestinationParameters]

__all__ = [
    "batch_get_user_access_tasks",
    "connect_app_authorization",
    "create_app_authorization",
    "create_app_bundle",
    "create_ingestion",
    "create_ingestion_destination",
    "delete_app_authorization",
    "delete_app_bundle",
    "delete_ingestion",
    "delete_ingestion_destination",
    "get_app_authorization",
    "get_app_bundle",
    "get_ingestion",
    "get_ingestion_destination",
    "list_app_authorizations",
    "list_app_bundles",
    "list_ingestion_destinations",
    "list_ingestions",
    "list_tags_for_resource",
    "start_ingestion",
    "start_user_access_tasks",
    "stop_ingestion",
    "tag_resource",
    "untag_resource",
    "update_app_authorization",
    "update_ingestion_destination",
]
