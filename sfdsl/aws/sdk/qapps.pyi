"""Typed builders of the AWS SDK integration of qapps (``aws-sdk:qapps:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, T, X, Xi

AssociateLibraryItemReviewParameters = TypedDict(
    "AssociateLibraryItemReviewParameters",
    {"InstanceId": S, "InstanceId.$": str, "LibraryItemId": S, "LibraryItemId.$": str},
    total=False,
)
AssociateQAppWithUserParameters = TypedDict(
    "AssociateQAppWithUserParameters",
    {"InstanceId": S, "InstanceId.$": str, "AppId": S, "AppId.$": str},
    total=False,
)

class BatchCreateCategoryInputCategory(TypedDict, total=False):
    Id: S
    Title: S
    Color: S

BatchCreateCategoryParameters = TypedDict(
    "BatchCreateCategoryParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Categories": L[Xi[BatchCreateCategoryInputCategory]],
        "Categories.$": str,
    },
    total=False,
)
BatchDeleteCategoryParameters = TypedDict(
    "BatchDeleteCategoryParameters",
    {"InstanceId": S, "InstanceId.$": str, "Categories": L[Si], "Categories.$": str},
    total=False,
)

class CategoryInput(TypedDict, total=False):
    Id: S
    Title: S
    Color: S

BatchUpdateCategoryParameters = TypedDict(
    "BatchUpdateCategoryParameters",
    {"InstanceId": S, "InstanceId.$": str, "Categories": L[Xi[CategoryInput]], "Categories.$": str},
    total=False,
)
CreateLibraryItemParameters = TypedDict(
    "CreateLibraryItemParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AppId": S,
        "AppId.$": str,
        "AppVersion": I,
        "AppVersion.$": str,
        "Categories": L[Si],
        "Categories.$": str,
    },
    total=False,
)
CreatePresignedUrlParameters = TypedDict(
    "CreatePresignedUrlParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "CardId": S,
        "CardId.$": str,
        "AppId": S,
        "AppId.$": str,
        "FileContentsSha256": S,
        "FileContentsSha256.$": str,
        "FileName": S,
        "FileName.$": str,
        "Scope": S,
        "Scope.$": str,
        "SessionId": S,
        "SessionId.$": str,
    },
    total=False,
)

class TextInputCardInput(TypedDict, total=False):
    Title: S
    Id: S
    Type: S
    Placeholder: S
    DefaultValue: S

class DocumentAttributeValue(TypedDict, total=False):
    StringValue: S
    StringListValue: L[Si]
    LongValue: I
    DateValue: T

class DocumentAttribute(TypedDict, total=False):
    Name: S
    Value: X[DocumentAttributeValue]

class AttributeFilter(TypedDict, total=False):
    AndAllFilters: L[Xi[AttributeFilter]]
    OrAllFilters: L[Xi[AttributeFilter]]
    NotFilter: X[AttributeFilter]
    EqualsTo: X[DocumentAttribute]
    ContainsAll: X[DocumentAttribute]
    ContainsAny: X[DocumentAttribute]
    GreaterThan: X[DocumentAttribute]
    GreaterThanOrEquals: X[DocumentAttribute]
    LessThan: X[DocumentAttribute]
    LessThanOrEquals: X[DocumentAttribute]

class QQueryCardInput(TypedDict, total=False):
    Title: S
    Id: S
    Type: S
    Prompt: S
    OutputSource: S
    AttributeFilter: X[AttributeFilter]

class QPluginCardInput(TypedDict, total=False):
    Title: S
    Id: S
    Type: S
    Prompt: S
    PluginId: S
    ActionIdentifier: S

class FileUploadCardInput(TypedDict, total=False):
    Title: S
    Id: S
    Type: S
    Filename: S
    FileId: S
    AllowOverride: B

class FormInputCardMetadata(TypedDict, total=False):
    Schema: Doc

class FormInputCardInput(TypedDict, total=False):
    Title: S
    Id: S
    Type: S
    Metadata: X[FormInputCardMetadata]
    ComputeMode: S

class CardInput(TypedDict, total=False):
    TextInput: X[TextInputCardInput]
    QQuery: X[QQueryCardInput]
    QPlugin: X[QPluginCardInput]
    FileUpload: X[FileUploadCardInput]
    FormInput: X[FormInputCardInput]

class AppDefinitionInput(TypedDict, total=False):
    Cards: L[Xi[CardInput]]
    InitialPrompt: S

CreateQAppParameters = TypedDict(
    "CreateQAppParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "AppDefinition": X[AppDefinitionInput],
        "AppDefinition.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteLibraryItemParameters = TypedDict(
    "DeleteLibraryItemParameters",
    {"InstanceId": S, "InstanceId.$": str, "LibraryItemId": S, "LibraryItemId.$": str},
    total=False,
)
DeleteQAppParameters = TypedDict(
    "DeleteQAppParameters",
    {"InstanceId": S, "InstanceId.$": str, "AppId": S, "AppId.$": str},
    total=False,
)
DescribeQAppPermissionsParameters = TypedDict(
    "DescribeQAppPermissionsParameters",
    {"InstanceId": S, "InstanceId.$": str, "AppId": S, "AppId.$": str},
    total=False,
)
DisassociateLibraryItemReviewParameters = TypedDict(
    "DisassociateLibraryItemReviewParameters",
    {"InstanceId": S, "InstanceId.$": str, "LibraryItemId": S, "LibraryItemId.$": str},
    total=False,
)
DisassociateQAppFromUserParameters = TypedDict(
    "DisassociateQAppFromUserParameters",
    {"InstanceId": S, "InstanceId.$": str, "AppId": S, "AppId.$": str},
    total=False,
)
ExportQAppSessionDataParameters = TypedDict(
    "ExportQAppSessionDataParameters",
    {"InstanceId": S, "InstanceId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
GetLibraryItemParameters = TypedDict(
    "GetLibraryItemParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "LibraryItemId": S,
        "LibraryItemId.$": str,
        "AppId": S,
        "AppId.$": str,
    },
    total=False,
)
GetQAppParameters = TypedDict(
    "GetQAppParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AppId": S,
        "AppId.$": str,
        "AppVersion": I,
        "AppVersion.$": str,
    },
    total=False,
)
GetQAppSessionParameters = TypedDict(
    "GetQAppSessionParameters",
    {"InstanceId": S, "InstanceId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
GetQAppSessionMetadataParameters = TypedDict(
    "GetQAppSessionMetadataParameters",
    {"InstanceId": S, "InstanceId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
ImportDocumentParameters = TypedDict(
    "ImportDocumentParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "CardId": S,
        "CardId.$": str,
        "AppId": S,
        "AppId.$": str,
        "FileContentsBase64": S,
        "FileContentsBase64.$": str,
        "FileName": S,
        "FileName.$": str,
        "Scope": S,
        "Scope.$": str,
        "SessionId": S,
        "SessionId.$": str,
    },
    total=False,
)
ListCategoriesParameters = TypedDict(
    "ListCategoriesParameters", {"InstanceId": S, "InstanceId.$": str}, total=False
)
ListLibraryItemsParameters = TypedDict(
    "ListLibraryItemsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "CategoryId": S,
        "CategoryId.$": str,
    },
    total=False,
)
ListQAppSessionDataParameters = TypedDict(
    "ListQAppSessionDataParameters",
    {"InstanceId": S, "InstanceId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
ListQAppsParameters = TypedDict(
    "ListQAppsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)

class ConversationMessage(TypedDict, total=False):
    Body: S
    Type: S

class PredictQAppInputOptions(TypedDict, total=False):
    Conversation: L[Xi[ConversationMessage]]
    ProblemStatement: S

PredictQAppParameters = TypedDict(
    "PredictQAppParameters",
    {"InstanceId": S, "InstanceId.$": str, "Options": X[PredictQAppInputOptions], "Options.$": str},
    total=False,
)

class SubmissionMutation(TypedDict, total=False):
    SubmissionId: S
    MutationType: S

class CardValue(TypedDict, total=False):
    CardId: S
    Value: S
    SubmissionMutation: X[SubmissionMutation]

StartQAppSessionParameters = TypedDict(
    "StartQAppSessionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AppId": S,
        "AppId.$": str,
        "AppVersion": I,
        "AppVersion.$": str,
        "InitialValues": L[Xi[CardValue]],
        "InitialValues.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StopQAppSessionParameters = TypedDict(
    "StopQAppSessionParameters",
    {"InstanceId": S, "InstanceId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateLibraryItemParameters = TypedDict(
    "UpdateLibraryItemParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "LibraryItemId": S,
        "LibraryItemId.$": str,
        "Status": S,
        "Status.$": str,
        "Categories": L[Si],
        "Categories.$": str,
    },
    total=False,
)
UpdateLibraryItemMetadataParameters = TypedDict(
    "UpdateLibraryItemMetadataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "LibraryItemId": S,
        "LibraryItemId.$": str,
        "IsVerified": B,
        "IsVerified.$": str,
    },
    total=False,
)
UpdateQAppParameters = TypedDict(
    "UpdateQAppParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AppId": S,
        "AppId.$": str,
        "Title": S,
        "Title.$": str,
        "Description": S,
        "Description.$": str,
        "AppDefinition": X[AppDefinitionInput],
        "AppDefinition.$": str,
    },
    total=False,
)

class PermissionInput(TypedDict, total=False):
    Action: S
    Principal: S

UpdateQAppPermissionsParameters = TypedDict(
    "UpdateQAppPermissionsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "AppId": S,
        "AppId.$": str,
        "GrantPermissions": L[Xi[PermissionInput]],
        "GrantPermissions.$": str,
        "RevokePermissions": L[Xi[PermissionInput]],
        "RevokePermissions.$": str,
    },
    total=False,
)
UpdateQAppSessionParameters = TypedDict(
    "UpdateQAppSessionParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "Values": L[Xi[CardValue]],
        "Values.$": str,
    },
    total=False,
)

class SessionSharingConfiguration(TypedDict, total=False):
    Enabled: B
    AcceptResponses: B
    RevealCards: B

UpdateQAppSessionMetadataParameters = TypedDict(
    "UpdateQAppSessionMetadataParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "SessionName": S,
        "SessionName.$": str,
        "SharingConfiguration": X[SessionSharingConfiguration],
        "SharingConfiguration.$": str,
    },
    total=False,
)
associate_library_item_review: Builder[AssociateLibraryItemReviewParameters]
associate_q_app_with_user: Builder[AssociateQAppWithUserParameters]
batch_create_category: Builder[BatchCreateCategoryParameters]
batch_delete_category: Builder[BatchDeleteCategoryParameters]
batch_update_category: Builder[BatchUpdateCategoryParameters]
create_library_item: Builder[CreateLibraryItemParameters]
create_presigned_url: Builder[CreatePresignedUrlParameters]
create_q_app: Builder[CreateQAppParameters]
delete_library_item: Builder[DeleteLibraryItemParameters]
delete_q_app: Builder[DeleteQAppParameters]
describe_q_app_permissions: Builder[DescribeQAppPermissionsParameters]
disassociate_library_item_review: Builder[DisassociateLibraryItemReviewParameters]
disassociate_q_app_from_user: Builder[DisassociateQAppFromUserParameters]
export_q_app_session_data: Builder[ExportQAppSessionDataParameters]
get_library_item: Builder[GetLibraryItemParameters]
get_q_app: Builder[GetQAppParameters]
get_q_app_session: Builder[GetQAppSessionParameters]
get_q_app_session_metadata: Builder[GetQAppSessionMetadataParameters]
import_document: Builder[ImportDocumentParameters]
list_categories: Builder[ListCategoriesParameters]
list_library_items: Builder[ListLibraryItemsParameters]
list_q_app_session_data: Builder[ListQAppSessionDataParameters]
list_q_apps: Builder[ListQAppsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
predict_q_app: Builder[PredictQAppParameters]
start_q_app_session: Builder[StartQAppSessionParameters]
stop_q_app_session: Builder[StopQAppSessionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_library_item: Builder[UpdateLibraryItemParameters]
update_library_item_metadata: Builder[UpdateLibraryItemMetadataParameters]
update_q_app: Builder[UpdateQAppParameters]
update_q_app_permissions: Builder[UpdateQAppPermissionsParameters]
update_q_app_session: Builder[UpdateQAppSessionParameters]
update_q_app_session_metadata: Builder[UpdateQAppSessionMetadataParameters]

__all__ = [
    "associate_library_item_review",
    "associate_q_app_with_user",
    "batch_create_category",
    "batch_delete_category",
    "batch_update_category",
    "create_library_item",
    "create_presigned_url",
    "create_q_app",
    "delete_library_item",
    "delete_q_app",
    "describe_q_app_permissions",
    "disassociate_library_item_review",
    "disassociate_q_app_from_user",
    "export_q_app_session_data",
    "get_library_item",
    "get_q_app",
    "get_q_app_session",
    "get_q_app_session_metadata",
    "import_document",
    "list_categories",
    "list_library_items",
    "list_q_app_session_data",
    "list_q_apps",
    "list_tags_for_resource",
    "predict_q_app",
    "start_q_app_session",
    "stop_q_app_session",
    "tag_resource",
    "untag_resource",
    "update_library_item",
    "update_library_item_metadata",
    "update_q_app",
    "update_q_app_permissions",
    "update_q_app_session",
    "update_q_app_session_metadata",
]
