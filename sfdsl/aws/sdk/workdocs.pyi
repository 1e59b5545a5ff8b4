"""Typed builders of the AWS SDK integration of workdocs (``aws-sdk:workdocs:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AbortDocumentVersionUploadParameters = TypedDict(
    "AbortDocumentVersionUploadParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "VersionId": S,
        "VersionId.$": str,
    },
    total=False,
)
ActivateUserParameters = TypedDict(
    "ActivateUserParameters",
    {"UserId": S, "UserId.$": str, "AuthenticationToken": S, "AuthenticationToken.$": str},
    total=False,
)

class SharePrincipal(TypedDict, total=False):
    Id: S
    Type: S
    Role: S

class NotificationOptions(TypedDict, total=False):
    SendEmail: B
    EmailMessage: S

AddResourcePermissionsParameters = TypedDict(
    "AddResourcePermissionsParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "Principals": L[Xi[SharePrincipal]],
        "Principals.$": str,
        "NotificationOptions": X[NotificationOptions],
        "NotificationOptions.$": str,
    },
    total=False,
)
CreateCommentParameters = TypedDict(
    "CreateCommentParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "ParentId": S,
        "ParentId.$": str,
        "ThreadId": S,
        "ThreadId.$": str,
        "Text": S,
        "Text.$": str,
        "Visibility": S,
        "Visibility.$": str,
        "NotifyCollaborators": B,
        "NotifyCollaborators.$": str,
    },
    total=False,
)
CreateCustomMetadataParameters = TypedDict(
    "CreateCustomMetadataParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "CustomMetadata": M[S],
        "CustomMetadata.$": str,
    },
    total=False,
)
CreateFolderParameters = TypedDict(
    "CreateFolderParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "Name": S,
        "Name.$": str,
        "ParentFolderId": S,
        "ParentFolderId.$": str,
    },
    total=False,
)
CreateLabelsParameters = TypedDict(
    "CreateLabelsParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "Labels": L[Si],
        "Labels.$": str,
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
    },
    total=False,
)
CreateNotificationSubscriptionParameters = TypedDict(
    "CreateNotificationSubscriptionParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "Endpoint": S,
        "Endpoint.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "SubscriptionType": S,
        "SubscriptionType.$": str,
    },
    total=False,
)

class StorageRuleType(TypedDict, total=False):
    StorageAllocatedInBytes: I
    StorageType: S

CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "Username": S,
        "Username.$": str,
        "EmailAddress": S,
        "EmailAddress.$": str,
        "GivenName": S,
        "GivenName.$": str,
        "Surname": S,
        "Surname.$": str,
        "Password": S,
        "Password.$": str,
        "TimeZoneId": S,
        "TimeZoneId.$": str,
        "StorageRule": X[StorageRuleType],
        "StorageRule.$": str,
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
    },
    total=False,
)
DeactivateUserParameters = TypedDict(
    "DeactivateUserParameters",
    {"UserId": S, "UserId.$": str, "AuthenticationToken": S, "AuthenticationToken.$": str},
    total=False,
)
DeleteCommentParameters = TypedDict(
    "DeleteCommentParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "CommentId": S,
        "CommentId.$": str,
    },
    total=False,
)
DeleteCustomMetadataParameters = TypedDict(
    "DeleteCustomMetadataParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "Keys": L[Si],
        "Keys.$": str,
        "DeleteAll": B,
        "DeleteAll.$": str,
    },
    total=False,
)
DeleteDocumentParameters = TypedDict(
    "DeleteDocumentParameters",
    {"AuthenticationToken": S, "AuthenticationToken.$": str, "DocumentId": S, "DocumentId.$": str},
    total=False,
)
DeleteDocumentVersionParameters = TypedDict(
    "DeleteDocumentVersionParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "DeletePriorVersions": B,
        "DeletePriorVersions.$": str,
    },
    total=False,
)
DeleteFolderParameters = TypedDict(
    "DeleteFolderParameters",
    {"AuthenticationToken": S, "AuthenticationToken.$": str, "FolderId": S, "FolderId.$": str},
    total=False,
)
DeleteFolderContentsParameters = TypedDict(
    "DeleteFolderContentsParameters",
    {"AuthenticationToken": S, "AuthenticationToken.$": str, "FolderId": S, "FolderId.$": str},
    total=False,
)
DeleteLabelsParameters = TypedDict(
    "DeleteLabelsParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "Labels": L[Si],
        "Labels.$": str,
        "DeleteAll": B,
        "DeleteAll.$": str,
    },
    total=False,
)
DeleteNotificationSubscriptionParameters = TypedDict(
    "DeleteNotificationSubscriptionParameters",
    {"SubscriptionId": S, "SubscriptionId.$": str, "OrganizationId": S, "OrganizationId.$": str},
    total=False,
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters",
    {"AuthenticationToken": S, "AuthenticationToken.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
DescribeActivitiesParameters = TypedDict(
    "DescribeActivitiesParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "OrganizationId": S,
        "OrganizationId.$": str,
        "ActivityTypes": S,
        "ActivityTypes.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "UserId": S,
        "UserId.$": str,
        "IncludeIndirectActivities": B,
        "IncludeIndirectActivities.$": str,
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeCommentsParameters = TypedDict(
    "DescribeCommentsParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeDocumentVersionsParameters = TypedDict(
    "DescribeDocumentVersionsParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
        "Include": S,
        "Include.$": str,
        "Fields": S,
        "Fields.$": str,
    },
    total=False,
)
DescribeFolderContentsParameters = TypedDict(
    "DescribeFolderContentsParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "FolderId": S,
        "FolderId.$": str,
        "Sort": S,
        "Sort.$": str,
        "Order": S,
        "Order.$": str,
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
        "Type": S,
        "Type.$": str,
        "Include": S,
        "Include.$": str,
    },
    total=False,
)
DescribeGroupsParameters = TypedDict(
    "DescribeGroupsParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "SearchQuery": S,
        "SearchQuery.$": str,
        "OrganizationId": S,
        "OrganizationId.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeNotificationSubscriptionsParameters = TypedDict(
    "DescribeNotificationSubscriptionsParameters",
    {
        "OrganizationId": S,
        "OrganizationId.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
DescribeResourcePermissionsParameters = TypedDict(
    "DescribeResourcePermissionsParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeRootFoldersParameters = TypedDict(
    "DescribeRootFoldersParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
DescribeUsersParameters = TypedDict(
    "DescribeUsersParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "OrganizationId": S,
        "OrganizationId.$": str,
        "UserIds": S,
        "UserIds.$": str,
        "Query": S,
        "Query.$": str,
        "Include": S,
        "Include.$": str,
        "Order": S,
        "Order.$": str,
        "Sort": S,
        "Sort.$": str,
        "Marker": S,
        "Marker.$": str,
        "Limit": I,
        "Limit.$": str,
        "Fields": S,
        "Fields.$": str,
    },
    total=False,
)
GetCurrentUserParameters = TypedDict(
    "GetCurrentUserParameters",
    {"AuthenticationToken": S, "AuthenticationToken.$": str},
    total=False,
)
GetDocumentParameters = TypedDict(
    "GetDocumentParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "IncludeCustomMetadata": B,
        "IncludeCustomMetadata.$": str,
    },
    total=False,
)
GetDocumentPathParameters = TypedDict(
    "GetDocumentPathParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "Limit": I,
        "Limit.$": str,
        "Fields": S,
        "Fields.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
GetDocumentVersionParameters = TypedDict(
    "GetDocumentVersionParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "Fields": S,
        "Fields.$": str,
        "IncludeCustomMetadata": B,
        "IncludeCustomMetadata.$": str,
    },
    total=False,
)
GetFolderParameters = TypedDict(
    "GetFolderParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "FolderId": S,
        "FolderId.$": str,
        "IncludeCustomMetadata": B,
        "IncludeCustomMetadata.$": str,
    },
    total=False,
)
GetFolderPathParameters = TypedDict(
    "GetFolderPathParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "FolderId": S,
        "FolderId.$": str,
        "Limit": I,
        "Limit.$": str,
        "Fields": S,
        "Fields.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
GetResourcesParameters = TypedDict(
    "GetResourcesParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "UserId": S,
        "UserId.$": str,
        "CollectionType": S,
        "CollectionType.$": str,
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
InitiateDocumentVersionUploadParameters = TypedDict(
    "InitiateDocumentVersionUploadParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "ContentCreatedTimestamp": T,
        "ContentCreatedTimestamp.$": str,
        "ContentModifiedTimestamp": T,
        "ContentModifiedTimestamp.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "DocumentSizeInBytes": I,
        "DocumentSizeInBytes.$": str,
        "ParentFolderId": S,
        "ParentFolderId.$": str,
    },
    total=False,
)
RemoveAllResourcePermissionsParameters = TypedDict(
    "RemoveAllResourcePermissionsParameters",
    {"AuthenticationToken": S, "AuthenticationToken.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
RemoveResourcePermissionParameters = TypedDict(
    "RemoveResourcePermissionParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
    },
    total=False,
)
RestoreDocumentVersionsParameters = TypedDict(
    "RestoreDocumentVersionsParameters",
    {"AuthenticationToken": S, "AuthenticationToken.$": str, "DocumentId": S, "DocumentId.$": str},
    total=False,
)

class SearchPrincipalType(TypedDict, total=False):
    Id: S
    Roles: L[Si]

class LongRangeType(TypedDict, total=False):
    StartValue: I
    EndValue: I

class DateRangeType(TypedDict, total=False):
    StartValue: T
    EndValue: T

class Filters(TypedDict, total=False):
    TextLocales: L[Si]
    ContentCategories: L[Si]
    ResourceTypes: L[Si]
    Labels: L[Si]
    Principals: L[Xi[SearchPrincipalType]]
    AncestorIds: L[Si]
    SearchCollectionTypes: L[Si]
    SizeRange: X[LongRangeType]
    CreatedRange: X[DateRangeType]
    ModifiedRange: X[DateRangeType]

class SearchSortResult(TypedDict, total=False):
    Field: S
    Order: S

SearchResourcesParameters = TypedDict(
    "SearchResourcesParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "QueryText": S,
        "QueryText.$": str,
        "QueryScopes": L[Si],
        "QueryScopes.$": str,
        "OrganizationId": S,
        "OrganizationId.$": str,
        "AdditionalResponseFields": L[Si],
        "AdditionalResponseFields.$": str,
        "Filters": X[Filters],
        "Filters.$": str,
        "OrderBy": L[Xi[SearchSortResult]],
        "OrderBy.$": str,
        "Limit": I,
        "Limit.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
UpdateDocumentParameters = TypedDict(
    "UpdateDocumentParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "Name": S,
        "Name.$": str,
        "ParentFolderId": S,
        "ParentFolderId.$": str,
        "ResourceState": S,
        "ResourceState.$": str,
    },
    total=False,
)
UpdateDocumentVersionParameters = TypedDict(
    "UpdateDocumentVersionParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "VersionStatus": S,
        "VersionStatus.$": str,
    },
    total=False,
)
UpdateFolderParameters = TypedDict(
    "UpdateFolderParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "FolderId": S,
        "FolderId.$": str,
        "Name": S,
        "Name.$": str,
        "ParentFolderId": S,
        "ParentFolderId.$": str,
        "ResourceState": S,
        "ResourceState.$": str,
    },
    total=False,
)
UpdateUserParameters = TypedDict(
    "UpdateUserParameters",
    {
        "AuthenticationToken": S,
        "AuthenticationToken.$": str,
        "UserId": S,
        "UserId.$": str,
        "GivenName": S,
        "GivenName.$": str,
        "Surname": S,
        "Surname.$": str,
        "Type": S,
        "Type.$": str,
        "StorageRule": X[StorageRuleType],
        "StorageRule.$": str,
        "TimeZoneId": S,
        "TimeZoneId.$": str,
        "Locale": S,
        "Locale.$": str,
        "GrantPoweruserPrivileges": S,
        "GrantPoweruserPrivileges.$": str,
    },
    total=False,
)
abort_document_version_upload: Builder[AbortDocumentVersionUploadParameters]
activate_user: Builder[ActivateUserParameters]
add_resource_permissions: Builder[AddResourcePermissionsParameters]
create_comment: Builder[CreateCommentParameters]
create_custom_metadata: Builder[CreateCustomMetadataParameters]
create_folder: Builder[CreateFolderParameters]
create_labels: Builder[CreateLabelsParameters]
create_notification_subscription: Builder[CreateNotificationSubscriptionParameters]
create_user: Builder[CreateUserParameters]
deactivate_user: Builder[DeactivateUserParameters]
delete_comment: Builder[DeleteCommentParameters]
delete_custom_metadata: Builder[DeleteCustomMetadataParameters]
delete_document: Builder[DeleteDocumentParameters]
delete_document_version: Builder[DeleteDocumentVersionParameters]
delete_folder: Builder[DeleteFolderParameters]
delete_folder_contents: Builder[DeleteFolderContentsParameters]
delete_labels: Builder[DeleteLabelsParameters]
delete_notification_subscription: Builder[DeleteNotificationSubscriptionParameters]
delete_user: Builder[DeleteUserParameters]
describe_activities: Builder[DescribeActivitiesParameters]
describe_comments: Builder[DescribeCommentsParameters]
describe_document_versions: Builder[DescribeDocumentVersionsParameters]
describe_folder_contents: Builder[DescribeFolderContentsParameters]
describe_groups: Builder[DescribeGroupsParameters]
describe_notification_subscriptions: Builder[DescribeNotificationSubscriptionsParameters]
describe_resource_permissions: Builder[DescribeResourcePermissionsParameters]
describe_root_folders: Builder[DescribeRootFoldersParameters]
describe_users: Builder[DescribeUsersParameters]
get_current_user: Builder[GetCurrentUserParameters]
get_document: Builder[GetDocumentParameters]
get_document_path: Builder[GetDocumentPathParameters]
get_document_version: Builder[GetDocumentVersionParameters]
get_folder: Builder[GetFolderParameters]
get_folder_path: Builder[GetFolderPathParameters]
get_resources: Builder[GetResourcesParameters]
initiate_document_version_upload: Builder[InitiateDocumentVersionUploadParameters]
remove_all_resource_permissions: Builder[RemoveAllResourcePermissionsParameters]
remove_resource_permission: Builder[RemoveResourcePermissionParameters]
restore_document_versions: Builder[RestoreDocumentVersionsParameters]
search_resources: Builder[SearchResourcesParameters]
update_document: Builder[UpdateDocumentParameters]
update_document_version: Builder[UpdateDocumentVersionParameters]
update_folder: Builder[UpdateFolderParameters]
update_user: Builder[UpdateUserParameters]

__all__ = [
    "abort_document_version_upload",
    "activate_user",
    "add_resource_permissions",
    "create_comment",
    "create_custom_metadata",
    "create_folder",
    "create_labels",
    "create_notification_subscription",
    "create_user",
    "deactivate_user",
    "delete_comment",
    "delete_custom_metadata",
    "delete_document",
    "delete_document_version",
    "delete_folder",
    "delete_folder_contents",
    "delete_labels",
    "delete_notification_subscription",
    "delete_user",
    "describe_activities",
    "describe_comments",
    "describe_document_versions",
    "describe_folder_contents",
    "describe_groups",
    "describe_notification_subscriptions",
    "describe_resource_permissions",
    "describe_root_folders",
    "describe_users",
    "get_current_user",
    "get_document",
    "get_document_path",
    "get_document_version",
    "get_folder",
    "get_folder_path",
    "get_resources",
    "initiate_document_version_upload",
    "remove_all_resource_permissions",
    "remove_resource_permission",
    "restore_document_versions",
    "search_resources",
    "update_document",
    "update_document_version",
    "update_folder",
    "update_user",
]
