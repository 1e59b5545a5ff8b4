"""Typed builders of the AWS SDK integration of wisdom (``aws-sdk:wisdom:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class ServerSideEncryptionConfiguration(TypedDict, total=False):
    KmsKeyId: S

CreateAssistantParameters = TypedDict(
    "CreateAssistantParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "ServerSideEncryptionConfiguration": X[ServerSideEncryptionConfiguration],
        "ServerSideEncryptionConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)

class AssistantAssociationInputData(TypedDict, total=False):
    KnowledgeBaseId: S

CreateAssistantAssociationParameters = TypedDict(
    "CreateAssistantAssociationParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "Association": X[AssistantAssociationInputData],
        "Association.$": str,
        "AssociationType": S,
        "AssociationType.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateContentParameters = TypedDict(
    "CreateContentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "Name": S,
        "Name.$": str,
        "OverrideLinkOutUri": S,
        "OverrideLinkOutUri.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Title": S,
        "Title.$": str,
        "UploadId": S,
        "UploadId.$": str,
    },
    total=False,
)

class RenderingConfiguration(TypedDict, total=False):
    TemplateUri: S

class AppIntegrationsConfiguration(TypedDict, total=False):
    AppIntegrationArn: S
    ObjectFields: L[Si]

class SourceConfiguration(TypedDict, total=False):
    AppIntegrations: X[AppIntegrationsConfiguration]

CreateKnowledgeBaseParameters = TypedDict(
    "CreateKnowledgeBaseParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "KnowledgeBaseType": S,
        "KnowledgeBaseType.$": str,
        "Name": S,
        "Name.$": str,
        "RenderingConfiguration": X[RenderingConfiguration],
        "RenderingConfiguration.$": str,
        "ServerSideEncryptionConfiguration": X[ServerSideEncryptionConfiguration],
        "ServerSideEncryptionConfiguration.$": str,
        "SourceConfiguration": X[SourceConfiguration],
        "SourceConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class QuickResponseDataProvider(TypedDict, total=False):
    Content: S

class GroupingConfiguration(TypedDict, total=False):
    Criteria: S
    Values: L[Si]

CreateQuickResponseParameters = TypedDict(
    "CreateQuickResponseParameters",
    {
        "Channels": L[Si],
        "Channels.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Content": X[QuickResponseDataProvider],
        "Content.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Description": S,
        "Description.$": str,
        "GroupingConfiguration": X[GroupingConfiguration],
        "GroupingConfiguration.$": str,
        "IsActive": B,
        "IsActive.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Language": S,
        "Language.$": str,
        "Name": S,
        "Name.$": str,
        "ShortcutKey": S,
        "ShortcutKey.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateSessionParameters = TypedDict(
    "CreateSessionParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAssistantParameters = TypedDict(
    "DeleteAssistantParameters", {"AssistantId": S, "AssistantId.$": str}, total=False
)
DeleteAssistantAssociationParameters = TypedDict(
    "DeleteAssistantAssociationParameters",
    {
        "AssistantAssociationId": S,
        "AssistantAssociationId.$": str,
        "AssistantId": S,
        "AssistantId.$": str,
    },
    total=False,
)
DeleteContentParameters = TypedDict(
    "DeleteContentParameters",
    {"ContentId": S, "ContentId.$": str, "KnowledgeBaseId": S, "KnowledgeBaseId.$": str},
    total=False,
)
DeleteImportJobParameters = TypedDict(
    "DeleteImportJobParameters",
    {"ImportJobId": S, "ImportJobId.$": str, "KnowledgeBaseId": S, "KnowledgeBaseId.$": str},
    total=False,
)
DeleteKnowledgeBaseParameters = TypedDict(
    "DeleteKnowledgeBaseParameters", {"KnowledgeBaseId": S, "KnowledgeBaseId.$": str}, total=False
)
DeleteQuickResponseParameters = TypedDict(
    "DeleteQuickResponseParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "QuickResponseId": S,
        "QuickResponseId.$": str,
    },
    total=False,
)
GetAssistantParameters = TypedDict(
    "GetAssistantParameters", {"AssistantId": S, "AssistantId.$": str}, total=False
)
GetAssistantAssociationParameters = TypedDict(
    "GetAssistantAssociationParameters",
    {
        "AssistantAssociationId": S,
        "AssistantAssociationId.$": str,
        "AssistantId": S,
        "AssistantId.$": str,
    },
    total=False,
)
GetContentParameters = TypedDict(
    "GetContentParameters",
    {"ContentId": S, "ContentId.$": str, "KnowledgeBaseId": S, "KnowledgeBaseId.$": str},
    total=False,
)
GetContentSummaryParameters = TypedDict(
    "GetContentSummaryParameters",
    {"ContentId": S, "ContentId.$": str, "KnowledgeBaseId": S, "KnowledgeBaseId.$": str},
    total=False,
)
GetImportJobParameters = TypedDict(
    "GetImportJobParameters",
    {"ImportJobId": S, "ImportJobId.$": str, "KnowledgeBaseId": S, "KnowledgeBaseId.$": str},
    total=False,
)
GetKnowledgeBaseParameters = TypedDict(
    "GetKnowledgeBaseParameters", {"KnowledgeBaseId": S, "KnowledgeBaseId.$": str}, total=False
)
GetQuickResponseParameters = TypedDict(
    "GetQuickResponseParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "QuickResponseId": S,
        "QuickResponseId.$": str,
    },
    total=False,
)
GetRecommendationsParameters = TypedDict(
    "GetRecommendationsParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "WaitTimeSeconds": I,
        "WaitTimeSeconds.$": str,
    },
    total=False,
)
GetSessionParameters = TypedDict(
    "GetSessionParameters",
    {"AssistantId": S, "AssistantId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
ListAssistantAssociationsParameters = TypedDict(
    "ListAssistantAssociationsParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAssistantsParameters = TypedDict(
    "ListAssistantsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListContentsParameters = TypedDict(
    "ListContentsParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListImportJobsParameters = TypedDict(
    "ListImportJobsParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListKnowledgeBasesParameters = TypedDict(
    "ListKnowledgeBasesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListQuickResponsesParameters = TypedDict(
    "ListQuickResponsesParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
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
NotifyRecommendationsReceivedParameters = TypedDict(
    "NotifyRecommendationsReceivedParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "RecommendationIds": L[Si],
        "RecommendationIds.$": str,
        "SessionId": S,
        "SessionId.$": str,
    },
    total=False,
)
QueryAssistantParameters = TypedDict(
    "QueryAssistantParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "QueryText": S,
        "QueryText.$": str,
    },
    total=False,
)
RemoveKnowledgeBaseTemplateUriParameters = TypedDict(
    "RemoveKnowledgeBaseTemplateUriParameters",
    {"KnowledgeBaseId": S, "KnowledgeBaseId.$": str},
    total=False,
)

class Filter(TypedDict, total=False):
    Field: S
    Operator: S
    Value: S

class SearchExpression(TypedDict, total=False):
    Filters: L[Xi[Filter]]

SearchContentParameters = TypedDict(
    "SearchContentParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SearchExpression": X[SearchExpression],
        "SearchExpression.$": str,
    },
    total=False,
)

class QuickResponseFilterField(TypedDict, total=False):
    IncludeNoExistence: B
    Name: S
    Operator: S
    Values: L[Si]

class QuickResponseOrderField(TypedDict, total=False):
    Name: S
    Order: S

class QuickResponseQueryField(TypedDict, total=False):
    AllowFuzziness: B
    Name: S
    Operator: S
    Priority: S
    Values: L[Si]

class QuickResponseSearchExpression(TypedDict, total=False):
    Filters: L[Xi[QuickResponseFilterField]]
    OrderOnField: X[QuickResponseOrderField]
    Queries: L[Xi[QuickResponseQueryField]]

SearchQuickResponsesParameters = TypedDict(
    "SearchQuickResponsesParameters",
    {
        "Attributes": M[S],
        "Attributes.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SearchExpression": X[QuickResponseSearchExpression],
        "SearchExpression.$": str,
    },
    total=False,
)
SearchSessionsParameters = TypedDict(
    "SearchSessionsParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SearchExpression": X[SearchExpression],
        "SearchExpression.$": str,
    },
    total=False,
)
StartContentUploadParameters = TypedDict(
    "StartContentUploadParameters",
    {
        "ContentType": S,
        "ContentType.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "PresignedUrlTimeToLive": I,
        "PresignedUrlTimeToLive.$": str,
    },
    total=False,
)

class ConnectConfiguration(TypedDict, total=False):
    InstanceId: S

class Configuration(TypedDict, total=False):
    ConnectConfiguration: X[ConnectConfiguration]

class ExternalSourceConfiguration(TypedDict, total=False):
    Configuration: X[Configuration]
    Source: S

StartImportJobParameters = TypedDict(
    "StartImportJobParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ExternalSourceConfiguration": X[ExternalSourceConfiguration],
        "ExternalSourceConfiguration.$": str,
        "ImportJobType": S,
        "ImportJobType.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "UploadId": S,
        "UploadId.$": str,
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
UpdateContentParameters = TypedDict(
    "UpdateContentParameters",
    {
        "ContentId": S,
        "ContentId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "OverrideLinkOutUri": S,
        "OverrideLinkOutUri.$": str,
        "RemoveOverrideLinkOutUri": B,
        "RemoveOverrideLinkOutUri.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "Title": S,
        "Title.$": str,
        "UploadId": S,
        "UploadId.$": str,
    },
    total=False,
)
UpdateKnowledgeBaseTemplateUriParameters = TypedDict(
    "UpdateKnowledgeBaseTemplateUriParameters",
    {"KnowledgeBaseId": S, "KnowledgeBaseId.$": str, "TemplateUri": S, "TemplateUri.$": str},
    total=False,
)
UpdateQuickResponseParameters = TypedDict(
    "UpdateQuickResponseParameters",
    {
        "Channels": L[Si],
        "Channels.$": str,
        "Content": X[QuickResponseDataProvider],
        "Content.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Description": S,
        "Description.$": str,
        "GroupingConfiguration": X[GroupingConfiguration],
        "GroupingConfiguration.$": str,
        "IsActive": B,
        "IsActive.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Language": S,
        "Language.$": str,
        "Name": S,
        "Name.$": str,
        "QuickResponseId": S,
        "QuickResponseId.$": str,
        "RemoveDescription": B,
        "RemoveDescription.$": str,
        "RemoveGroupingConfiguration": B,
        "RemoveGroupingConfiguration.$": str,
        "RemoveShortcutKey": B,
        "RemoveShortcutKey.$": str,
        "ShortcutKey": S,
        "ShortcutKey.$": str,
    },
    total=False,
)
create_assistant: Builder[CreateAssistantParameters]
create_assistant_association: Builder[CreateAssistantAssociationParameters]
create_content: Builder[CreateContentParameters]
create_knowledge_base: Builder[CreateKnowledgeBaseParameters]
create_quick_response: Builder[CreateQuickResponseParameters]
create_session: Builder[CreateSessionParameters]
delete_assistant: Builder[DeleteAssistantParameters]
delete_assistant_association: Builder[DeleteAssistantAssociationParameters]
delete_content: Builder[DeleteContentParameters]
delete_import_job: Builder[DeleteImportJobParameters]
delete_knowledge_base: Builder[DeleteKnowledgeBaseParameters]
delete_quick_response: Builder[DeleteQuickResponseParameters]
get_assistant: Builder[GetAssistantParameters]
get_assistant_association: Builder[GetAssistantAssociationParameters]
get_content: Builder[GetContentParameters]
get_content_summary: Builder[GetContentSummaryParameters]
get_import_job: Builder[GetImportJobParameters]
get_knowledge_base: Builder[GetKnowledgeBaseParameters]
get_quick_response: Builder[GetQuickResponseParameters]
get_recommendations: Builder[GetRecommendationsParameters]
get_session: Builder[GetSessionParameters]
list_assistant_associations: Builder[ListAssistantAssociationsParameters]
list_assistants: Builder[ListAssistantsParameters]
list_contents: Builder[ListContentsParameters]
list_import_jobs: Builder[ListImportJobsParameters]
list_knowledge_bases: Builder[ListKnowledgeBasesParameters]
list_quick_responses: Builder[ListQuickResponsesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
notify_recommendations_received: Builder[NotifyRecommendationsReceivedParameters]
query_assistant: Builder[QueryAssistantParameters]
remove_knowledge_base_template_uri: Builder[RemoveKnowledgeBaseTemplateUriParameters]
search_content: Builder[SearchContentParameters]
search_quick_responses: Builder[SearchQuickResponsesParameters]
search_sessions: Builder[SearchSessionsParameters]
start_content_upload: Builder[StartContentUploadParameters]
start_import_job: Builder[StartImportJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_content: Builder[UpdateContentParameters]
update_knowledge_base_template_uri: Builder[UpdateKnowledgeBaseTemplateUriParameters]
update_quick_response: Builder[UpdateQuickResponseParameters]

__all__ = [
    "create_assistant",
    "create_assistant_association",
    "create_content",
    "create_knowledge_base",
    "create_quick_response",
    "create_session",
    "delete_assistant",
    "delete_assistant_association",
    "delete_content",
    "delete_import_job",
    "delete_knowledge_base",
    "delete_quick_response",
    "get_assistant",
    "get_assistant_association",
    "get_content",
    "get_content_summary",
    "get_import_job",
    "get_knowledge_base",
    "get_quick_response",
    "get_recommendations",
    "get_session",
    "list_assistant_associations",
    "list_assistants",
    "list_contents",
    "list_import_jobs",
    "list_knowledge_bases",
    "list_quick_responses",
    "list_tags_for_resource",
    "notify_recommendations_received",
    "query_assistant",
    "remove_knowledge_base_template_uri",
    "search_content",
    "search_quick_responses",
    "search_sessions",
    "start_content_upload",
    "start_import_job",
    "tag_resource",
    "untag_resource",
    "update_content",
    "update_knowledge_base_template_uri",
    "update_quick_response",
]
