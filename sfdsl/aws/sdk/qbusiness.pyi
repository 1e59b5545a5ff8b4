"""Typed builders of the AWS SDK integration of qbusiness (``aws-sdk:qbusiness:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, Doc, I, L, M, S, Si, T, X, Xi

class PermissionCondition(TypedDict, total=False):
    ConditionOperator: S
    ConditionKey: S
    ConditionValues: L[Si]

AssociatePermissionParameters = TypedDict(
    "AssociatePermissionParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "StatementId": S,
        "StatementId.$": str,
        "Actions": L[Si],
        "Actions.$": str,
        "Conditions": L[Xi[PermissionCondition]],
        "Conditions.$": str,
        "Principal": S,
        "Principal.$": str,
    },
    total=False,
)

class DeleteDocument(TypedDict, total=False):
    DocumentId: S

BatchDeleteDocumentParameters = TypedDict(
    "BatchDeleteDocumentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "Documents": L[Xi[DeleteDocument]],
        "Documents.$": str,
        "DataSourceSyncId": S,
        "DataSourceSyncId.$": str,
    },
    total=False,
)

class DocumentAttributeValue(TypedDict, total=False):
    StringValue: S
    StringListValue: L[Si]
    LongValue: I
    DateValue: T

class DocumentAttribute(TypedDict, total=False):
    Name: S
    Value: X[DocumentAttributeValue]

class S3(TypedDict, total=False):
    Bucket: S
    Key: S

class DocumentContent(TypedDict, total=False):
    Blob: S
    S3: X[S3]

class PrincipalUser(TypedDict, total=False):
    Id: S
    Access: S
    MembershipType: S

class PrincipalGroup(TypedDict, total=False):
    Name: S
    Access: S
    MembershipType: S

class Principal(TypedDict, total=False):
    User: X[PrincipalUser]
    Group: X[PrincipalGroup]

class AccessControl(TypedDict, total=False):
    Principals: L[Xi[Principal]]
    MemberRelation: S

class AccessConfiguration(TypedDict, total=False):
    AccessControls: L[Xi[AccessControl]]
    MemberRelation: S

class DocumentAttributeCondition(TypedDict, total=False):
    Key: S
    Operator: S
    Value: X[DocumentAttributeValue]

class DocumentAttributeTarget(TypedDict, total=False):
    Key: S
    Value: X[DocumentAttributeValue]
    AttributeValueOperator: S

class InlineDocumentEnrichmentConfiguration(TypedDict, total=False):
    Condition: X[DocumentAttributeCondition]
    Target: X[DocumentAttributeTarget]
    DocumentContentOperator: S

class HookConfiguration(TypedDict, total=False):
    InvocationCondition: X[DocumentAttributeCondition]
    LambdaArn: S
    S3BucketName: S
    RoleArn: S

class DocumentEnrichmentConfiguration(TypedDict, total=False):
    InlineConfigurations: L[Xi[InlineDocumentEnrichmentConfiguration]]
    PreExtractionHookConfiguration: X[HookConfiguration]
    PostExtractionHookConfiguration: X[HookConfiguration]

class ImageExtractionConfiguration(TypedDict, total=False):
    ImageExtractionStatus: S

class AudioExtractionConfiguration(TypedDict, total=False):
    AudioExtractionStatus: S

class VideoExtractionConfiguration(TypedDict, total=False):
    VideoExtractionStatus: S

class MediaExtractionConfiguration(TypedDict, total=False):
    ImageExtractionConfiguration: X[ImageExtractionConfiguration]
    AudioExtractionConfiguration: X[AudioExtractionConfiguration]
    VideoExtractionConfiguration: X[VideoExtractionConfiguration]

class Document(TypedDict, total=False):
    Id: S
    Attributes: L[Xi[DocumentAttribute]]
    Content: X[DocumentContent]
    ContentType: S
    Title: S
    AccessConfiguration: X[AccessConfiguration]
    DocumentEnrichmentConfiguration: X[DocumentEnrichmentConfiguration]
    MediaExtractionConfiguration: X[MediaExtractionConfiguration]

BatchPutDocumentParameters = TypedDict(
    "BatchPutDocumentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "Documents": L[Xi[Document]],
        "Documents.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "DataSourceSyncId": S,
        "DataSourceSyncId.$": str,
    },
    total=False,
)
CancelSubscriptionParameters = TypedDict(
    "CancelSubscriptionParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "SubscriptionId": S, "SubscriptionId.$": str},
    total=False,
)

class PluginConfiguration(TypedDict, total=False):
    PluginId: S

class ChatModeConfiguration(TypedDict, total=False):
    PluginConfiguration: X[PluginConfiguration]

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

class ConfigurationEvent(TypedDict, total=False):
    ChatMode: S
    ChatModeConfiguration: X[ChatModeConfiguration]
    AttributeFilter: X[AttributeFilter]

class TextInputEvent(TypedDict, total=False):
    UserMessage: S

class ConversationSource(TypedDict, total=False):
    ConversationId: S
    AttachmentId: S

class CopyFromSource(TypedDict, total=False):
    Conversation: X[ConversationSource]

class AttachmentInput(TypedDict, total=False):
    Data: S
    Name: S
    CopyFrom: X[CopyFromSource]

class AttachmentInputEvent(TypedDict, total=False):
    Attachment: X[AttachmentInput]

class ActionExecutionPayloadField(TypedDict, total=False):
    Value: Doc

class ActionExecutionEvent(TypedDict, total=False):
    PluginId: S
    Payload: M[X[ActionExecutionPayloadField]]
    PayloadFieldNameSeparator: S

class EndOfInputEvent(TypedDict, total=False): ...

class AuthChallengeResponseEvent(TypedDict, total=False):
    ResponseMap: M[S]

class ChatInputStream(TypedDict, total=False):
    ConfigurationEvent: X[ConfigurationEvent]
    TextEvent: X[TextInputEvent]
    AttachmentEvent: X[AttachmentInputEvent]
    ActionExecutionEvent: X[ActionExecutionEvent]
    EndOfInputEvent: X[EndOfInputEvent]
    AuthChallengeResponseEvent: X[AuthChallengeResponseEvent]

ChatParameters = TypedDict(
    "ChatParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "UserGroups": L[Si],
        "UserGroups.$": str,
        "ConversationId": S,
        "ConversationId.$": str,
        "ParentMessageId": S,
        "ParentMessageId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "InputStream": X[ChatInputStream],
        "InputStream.$": str,
    },
    total=False,
)

class ActionExecution(TypedDict, total=False):
    PluginId: S
    Payload: M[X[ActionExecutionPayloadField]]
    PayloadFieldNameSeparator: S

class AuthChallengeResponse(TypedDict, total=False):
    ResponseMap: M[S]

ChatSyncParameters = TypedDict(
    "ChatSyncParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "UserGroups": L[Si],
        "UserGroups.$": str,
        "UserMessage": S,
        "UserMessage.$": str,
        "Attachments": L[Xi[AttachmentInput]],
        "Attachments.$": str,
        "ActionExecution": X[ActionExecution],
        "ActionExecution.$": str,
        "AuthChallengeResponse": X[AuthChallengeResponse],
        "AuthChallengeResponse.$": str,
        "ConversationId": S,
        "ConversationId.$": str,
        "ParentMessageId": S,
        "ParentMessageId.$": str,
        "AttributeFilter": X[AttributeFilter],
        "AttributeFilter.$": str,
        "ChatMode": S,
        "ChatMode.$": str,
        "ChatModeConfiguration": X[ChatModeConfiguration],
        "ChatModeConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CheckDocumentAccessParameters = TypedDict(
    "CheckDocumentAccessParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "UserId": S,
        "UserId.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
    },
    total=False,
)
CreateAnonymousWebExperienceUrlParameters = TypedDict(
    "CreateAnonymousWebExperienceUrlParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "WebExperienceId": S,
        "WebExperienceId.$": str,
        "SessionDurationInMinutes": I,
        "SessionDurationInMinutes.$": str,
    },
    total=False,
)

class EncryptionConfiguration(TypedDict, total=False):
    KmsKeyId: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class AttachmentsConfiguration(TypedDict, total=False):
    AttachmentsControlMode: S

class QAppsConfiguration(TypedDict, total=False):
    QAppsControlMode: S

class PersonalizationConfiguration(TypedDict, total=False):
    PersonalizationControlMode: S

class QuickSightConfiguration(TypedDict, total=False):
    ClientNamespace: S

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "IdentityType": S,
        "IdentityType.$": str,
        "IamIdentityProviderArn": S,
        "IamIdentityProviderArn.$": str,
        "IdentityCenterInstanceArn": S,
        "IdentityCenterInstanceArn.$": str,
        "ClientIdsForOIDC": L[Si],
        "ClientIdsForOIDC.$": str,
        "Description": S,
        "Description.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AttachmentsConfiguration": X[AttachmentsConfiguration],
        "AttachmentsConfiguration.$": str,
        "QAppsConfiguration": X[QAppsConfiguration],
        "QAppsConfiguration.$": str,
        "PersonalizationConfiguration": X[PersonalizationConfiguration],
        "PersonalizationConfiguration.$": str,
        "QuickSightConfiguration": X[QuickSightConfiguration],
        "QuickSightConfiguration.$": str,
    },
    total=False,
)

class InstructionCollection(TypedDict, total=False):
    ResponseLength: S
    TargetAudience: S
    Perspective: S
    OutputStyle: S
    Identity: S
    Tone: S
    CustomInstructions: S
    Examples: S

class ResponseConfiguration(TypedDict, total=False):
    InstructionCollection: X[InstructionCollection]

CreateChatResponseConfigurationParameters = TypedDict(
    "CreateChatResponseConfigurationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ResponseConfigurations": M[X[ResponseConfiguration]],
        "ResponseConfigurations.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ActionFilterConfiguration(TypedDict, total=False):
    DocumentAttributeFilter: X[AttributeFilter]

class ActionConfiguration(TypedDict, total=False):
    Action: S
    FilterConfiguration: X[ActionFilterConfiguration]

class DataAccessorIdcTrustedTokenIssuerConfiguration(TypedDict, total=False):
    IdcTrustedTokenIssuerArn: S

class DataAccessorAuthenticationConfiguration(TypedDict, total=False):
    IdcTrustedTokenIssuerConfiguration: X[DataAccessorIdcTrustedTokenIssuerConfiguration]

class DataAccessorAuthenticationDetail(TypedDict, total=False):
    AuthenticationType: S
    AuthenticationConfiguration: X[DataAccessorAuthenticationConfiguration]
    ExternalIds: L[Si]

CreateDataAccessorParameters = TypedDict(
    "CreateDataAccessorParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Principal": S,
        "Principal.$": str,
        "ActionConfigurations": L[Xi[ActionConfiguration]],
        "ActionConfigurations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "AuthenticationDetail": X[DataAccessorAuthenticationDetail],
        "AuthenticationDetail.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class DataSourceVpcConfiguration(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]

CreateDataSourceParameters = TypedDict(
    "CreateDataSourceParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Configuration": Doc,
        "Configuration.$": str,
        "VpcConfiguration": X[DataSourceVpcConfiguration],
        "VpcConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "SyncSchedule": S,
        "SyncSchedule.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DocumentEnrichmentConfiguration": X[DocumentEnrichmentConfiguration],
        "DocumentEnrichmentConfiguration.$": str,
        "MediaExtractionConfiguration": X[MediaExtractionConfiguration],
        "MediaExtractionConfiguration.$": str,
    },
    total=False,
)

class IndexCapacityConfiguration(TypedDict, total=False):
    Units: I

CreateIndexParameters = TypedDict(
    "CreateIndexParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CapacityConfiguration": X[IndexCapacityConfiguration],
        "CapacityConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class BasicAuthConfiguration(TypedDict, total=False):
    SecretArn: S
    RoleArn: S

class OAuth2ClientCredentialConfiguration(TypedDict, total=False):
    SecretArn: S
    RoleArn: S
    AuthorizationUrl: S
    TokenUrl: S

class NoAuthConfiguration(TypedDict, total=False): ...

class IdcAuthConfiguration(TypedDict, total=False):
    IdcApplicationArn: S
    RoleArn: S

class PluginAuthConfiguration(TypedDict, total=False):
    BasicAuthConfiguration: X[BasicAuthConfiguration]
    OAuth2ClientCredentialConfiguration: X[OAuth2ClientCredentialConfiguration]
    NoAuthConfiguration: X[NoAuthConfiguration]
    IdcAuthConfiguration: X[IdcAuthConfiguration]

class APISchema(TypedDict, total=False):
    Payload: S
    S3: X[S3]

class CustomPluginConfiguration(TypedDict, total=False):
    Description: S
    ApiSchemaType: S
    ApiSchema: X[APISchema]

CreatePluginParameters = TypedDict(
    "CreatePluginParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Type": S,
        "Type.$": str,
        "AuthConfiguration": X[PluginAuthConfiguration],
        "AuthConfiguration.$": str,
        "ServerUrl": S,
        "ServerUrl.$": str,
        "CustomPluginConfiguration": X[CustomPluginConfiguration],
        "CustomPluginConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class NumberAttributeBoostingConfiguration(TypedDict, total=False):
    BoostingLevel: S
    BoostingType: S

class StringAttributeBoostingConfiguration(TypedDict, total=False):
    BoostingLevel: S
    AttributeValueBoosting: M[S]

class DateAttributeBoostingConfiguration(TypedDict, total=False):
    BoostingLevel: S
    BoostingDurationInSeconds: I

class StringListAttributeBoostingConfiguration(TypedDict, total=False):
    BoostingLevel: S

class DocumentAttributeBoostingConfiguration(TypedDict, total=False):
    NumberConfiguration: X[NumberAttributeBoostingConfiguration]
    StringConfiguration: X[StringAttributeBoostingConfiguration]
    DateConfiguration: X[DateAttributeBoostingConfiguration]
    StringListConfiguration: X[StringListAttributeBoostingConfiguration]

class NativeIndexConfiguration(TypedDict, total=False):
    IndexId: S
    Version: I
    BoostingOverride: M[X[DocumentAttributeBoostingConfiguration]]

class KendraIndexConfiguration(TypedDict, total=False):
    IndexId: S

class RetrieverConfiguration(TypedDict, total=False):
    NativeIndexConfiguration: X[NativeIndexConfiguration]
    KendraIndexConfiguration: X[KendraIndexConfiguration]

CreateRetrieverParameters = TypedDict(
    "CreateRetrieverParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Type": S,
        "Type.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Configuration": X[RetrieverConfiguration],
        "Configuration.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class SubscriptionPrincipal(TypedDict, total=False):
    User: S
    Group: S

CreateSubscriptionParameters = TypedDict(
    "CreateSubscriptionParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Principal": X[SubscriptionPrincipal],
        "Principal.$": str,
        "Type": S,
        "Type.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class UserAlias(TypedDict, total=False):
    IndexId: S
    DataSourceId: S
    UserId: S

CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "UserAliases": L[Xi[UserAlias]],
        "UserAliases.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class SamlProviderConfiguration(TypedDict, total=False):
    AuthenticationUrl: S

class OpenIDConnectProviderConfiguration(TypedDict, total=False):
    SecretsArn: S
    SecretsRole: S

class IdentityProviderConfiguration(TypedDict, total=False):
    SamlConfiguration: X[SamlProviderConfiguration]
    OpenIDConnectConfiguration: X[OpenIDConnectProviderConfiguration]

class BrowserExtensionConfiguration(TypedDict, total=False):
    EnabledBrowserExtensions: L[Si]

class CustomizationConfiguration(TypedDict, total=False):
    CustomCSSUrl: S
    LogoUrl: S
    FontUrl: S
    FaviconUrl: S

CreateWebExperienceParameters = TypedDict(
    "CreateWebExperienceParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Title": S,
        "Title.$": str,
        "Subtitle": S,
        "Subtitle.$": str,
        "WelcomeMessage": S,
        "WelcomeMessage.$": str,
        "SamplePromptsControlMode": S,
        "SamplePromptsControlMode.$": str,
        "Origins": L[Si],
        "Origins.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "IdentityProviderConfiguration": X[IdentityProviderConfiguration],
        "IdentityProviderConfiguration.$": str,
        "BrowserExtensionConfiguration": X[BrowserExtensionConfiguration],
        "BrowserExtensionConfiguration.$": str,
        "CustomizationConfiguration": X[CustomizationConfiguration],
        "CustomizationConfiguration.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteAttachmentParameters = TypedDict(
    "DeleteAttachmentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ConversationId": S,
        "ConversationId.$": str,
        "AttachmentId": S,
        "AttachmentId.$": str,
        "UserId": S,
        "UserId.$": str,
    },
    total=False,
)
DeleteChatControlsConfigurationParameters = TypedDict(
    "DeleteChatControlsConfigurationParameters",
    {"ApplicationId": S, "ApplicationId.$": str},
    total=False,
)
DeleteChatResponseConfigurationParameters = TypedDict(
    "DeleteChatResponseConfigurationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ChatResponseConfigurationId": S,
        "ChatResponseConfigurationId.$": str,
    },
    total=False,
)
DeleteConversationParameters = TypedDict(
    "DeleteConversationParameters",
    {
        "ConversationId": S,
        "ConversationId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "UserId": S,
        "UserId.$": str,
    },
    total=False,
)
DeleteDataAccessorParameters = TypedDict(
    "DeleteDataAccessorParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "DataAccessorId": S, "DataAccessorId.$": str},
    total=False,
)
DeleteDataSourceParameters = TypedDict(
    "DeleteDataSourceParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
    },
    total=False,
)
DeleteGroupParameters = TypedDict(
    "DeleteGroupParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
    },
    total=False,
)
DeleteIndexParameters = TypedDict(
    "DeleteIndexParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "IndexId": S, "IndexId.$": str},
    total=False,
)
DeletePluginParameters = TypedDict(
    "DeletePluginParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "PluginId": S, "PluginId.$": str},
    total=False,
)
DeleteRetrieverParameters = TypedDict(
    "DeleteRetrieverParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "RetrieverId": S, "RetrieverId.$": str},
    total=False,
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
DeleteWebExperienceParameters = TypedDict(
    "DeleteWebExperienceParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "WebExperienceId": S, "WebExperienceId.$": str},
    total=False,
)
DisassociatePermissionParameters = TypedDict(
    "DisassociatePermissionParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "StatementId": S, "StatementId.$": str},
    total=False,
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetChatControlsConfigurationParameters = TypedDict(
    "GetChatControlsConfigurationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetChatResponseConfigurationParameters = TypedDict(
    "GetChatResponseConfigurationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ChatResponseConfigurationId": S,
        "ChatResponseConfigurationId.$": str,
    },
    total=False,
)
GetDataAccessorParameters = TypedDict(
    "GetDataAccessorParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "DataAccessorId": S, "DataAccessorId.$": str},
    total=False,
)
GetDataSourceParameters = TypedDict(
    "GetDataSourceParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
    },
    total=False,
)
GetDocumentContentParameters = TypedDict(
    "GetDocumentContentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "OutputFormat": S,
        "OutputFormat.$": str,
    },
    total=False,
)
GetGroupParameters = TypedDict(
    "GetGroupParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
    },
    total=False,
)
GetIndexParameters = TypedDict(
    "GetIndexParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "IndexId": S, "IndexId.$": str},
    total=False,
)
GetMediaParameters = TypedDict(
    "GetMediaParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ConversationId": S,
        "ConversationId.$": str,
        "MessageId": S,
        "MessageId.$": str,
        "MediaId": S,
        "MediaId.$": str,
    },
    total=False,
)
GetPluginParameters = TypedDict(
    "GetPluginParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "PluginId": S, "PluginId.$": str},
    total=False,
)
GetPolicyParameters = TypedDict(
    "GetPolicyParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetRetrieverParameters = TypedDict(
    "GetRetrieverParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "RetrieverId": S, "RetrieverId.$": str},
    total=False,
)
GetUserParameters = TypedDict(
    "GetUserParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
GetWebExperienceParameters = TypedDict(
    "GetWebExperienceParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "WebExperienceId": S, "WebExperienceId.$": str},
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAttachmentsParameters = TypedDict(
    "ListAttachmentsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ConversationId": S,
        "ConversationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListChatResponseConfigurationsParameters = TypedDict(
    "ListChatResponseConfigurationsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConversationsParameters = TypedDict(
    "ListConversationsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDataAccessorsParameters = TypedDict(
    "ListDataAccessorsParameters",
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
ListDataSourceSyncJobsParameters = TypedDict(
    "ListDataSourceSyncJobsParameters",
    {
        "DataSourceId": S,
        "DataSourceId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
    },
    total=False,
)
ListDataSourcesParameters = TypedDict(
    "ListDataSourcesParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDocumentsParameters = TypedDict(
    "ListDocumentsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "DataSourceIds": L[Si],
        "DataSourceIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListGroupsParameters = TypedDict(
    "ListGroupsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "UpdatedEarlierThan": T,
        "UpdatedEarlierThan.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListIndicesParameters = TypedDict(
    "ListIndicesParameters",
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
ListMessagesParameters = TypedDict(
    "ListMessagesParameters",
    {
        "ConversationId": S,
        "ConversationId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPluginActionsParameters = TypedDict(
    "ListPluginActionsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "PluginId": S,
        "PluginId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPluginTypeActionsParameters = TypedDict(
    "ListPluginTypeActionsParameters",
    {
        "PluginType": S,
        "PluginType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPluginTypeMetadataParameters = TypedDict(
    "ListPluginTypeMetadataParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPluginsParameters = TypedDict(
    "ListPluginsParameters",
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
ListRetrieversParameters = TypedDict(
    "ListRetrieversParameters",
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
ListSubscriptionsParameters = TypedDict(
    "ListSubscriptionsParameters",
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
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
ListWebExperiencesParameters = TypedDict(
    "ListWebExperiencesParameters",
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

class MessageUsefulnessFeedback(TypedDict, total=False):
    Usefulness: S
    Reason: S
    Comment: S
    SubmittedAt: T

PutFeedbackParameters = TypedDict(
    "PutFeedbackParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "ConversationId": S,
        "ConversationId.$": str,
        "MessageId": S,
        "MessageId.$": str,
        "MessageCopiedAt": T,
        "MessageCopiedAt.$": str,
        "MessageUsefulness": X[MessageUsefulnessFeedback],
        "MessageUsefulness.$": str,
    },
    total=False,
)

class MemberGroup(TypedDict, total=False):
    GroupName: S
    Type: S

class MemberUser(TypedDict, total=False):
    UserId: S
    Type: S

class GroupMembers(TypedDict, total=False):
    MemberGroups: L[Xi[MemberGroup]]
    MemberUsers: L[Xi[MemberUser]]
    S3PathForGroupMembers: X[S3]

PutGroupParameters = TypedDict(
    "PutGroupParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "Type": S,
        "Type.$": str,
        "GroupMembers": X[GroupMembers],
        "GroupMembers.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)

class RetrieverContentSource(TypedDict, total=False):
    RetrieverId: S

class ContentSource(TypedDict, total=False):
    Retriever: X[RetrieverContentSource]

SearchRelevantContentParameters = TypedDict(
    "SearchRelevantContentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "QueryText": S,
        "QueryText.$": str,
        "ContentSource": X[ContentSource],
        "ContentSource.$": str,
        "AttributeFilter": X[AttributeFilter],
        "AttributeFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
StartDataSourceSyncJobParameters = TypedDict(
    "StartDataSourceSyncJobParameters",
    {
        "DataSourceId": S,
        "DataSourceId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
    },
    total=False,
)
StopDataSourceSyncJobParameters = TypedDict(
    "StopDataSourceSyncJobParameters",
    {
        "DataSourceId": S,
        "DataSourceId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class AutoSubscriptionConfiguration(TypedDict, total=False):
    AutoSubscribe: S
    DefaultSubscriptionType: S

UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IdentityCenterInstanceArn": S,
        "IdentityCenterInstanceArn.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "AttachmentsConfiguration": X[AttachmentsConfiguration],
        "AttachmentsConfiguration.$": str,
        "QAppsConfiguration": X[QAppsConfiguration],
        "QAppsConfiguration.$": str,
        "PersonalizationConfiguration": X[PersonalizationConfiguration],
        "PersonalizationConfiguration.$": str,
        "AutoSubscriptionConfiguration": X[AutoSubscriptionConfiguration],
        "AutoSubscriptionConfiguration.$": str,
    },
    total=False,
)

class OrchestrationConfiguration(TypedDict, total=False):
    Control: S

class BlockedPhrasesConfigurationUpdate(TypedDict, total=False):
    BlockedPhrasesToCreateOrUpdate: L[Si]
    BlockedPhrasesToDelete: L[Si]
    SystemMessageOverride: S

class UsersAndGroups(TypedDict, total=False):
    UserIds: L[Si]
    UserGroups: L[Si]

class ContentBlockerRule(TypedDict, total=False):
    SystemMessageOverride: S

class EligibleDataSource(TypedDict, total=False):
    IndexId: S
    DataSourceId: S

class ContentRetrievalRule(TypedDict, total=False):
    EligibleDataSources: L[Xi[EligibleDataSource]]

class RuleConfiguration(TypedDict, total=False):
    ContentBlockerRule: X[ContentBlockerRule]
    ContentRetrievalRule: X[ContentRetrievalRule]

class Rule(TypedDict, total=False):
    IncludedUsersAndGroups: X[UsersAndGroups]
    ExcludedUsersAndGroups: X[UsersAndGroups]
    RuleType: S
    RuleConfiguration: X[RuleConfiguration]

class TopicConfiguration(TypedDict, total=False):
    Name: S
    Description: S
    ExampleChatMessages: L[Si]
    Rules: L[Xi[Rule]]

class CreatorModeConfiguration(TypedDict, total=False):
    CreatorModeControl: S

class HallucinationReductionConfiguration(TypedDict, total=False):
    HallucinationReductionControl: S

UpdateChatControlsConfigurationParameters = TypedDict(
    "UpdateChatControlsConfigurationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ResponseScope": S,
        "ResponseScope.$": str,
        "OrchestrationConfiguration": X[OrchestrationConfiguration],
        "OrchestrationConfiguration.$": str,
        "BlockedPhrasesConfigurationUpdate": X[BlockedPhrasesConfigurationUpdate],
        "BlockedPhrasesConfigurationUpdate.$": str,
        "TopicConfigurationsToCreateOrUpdate": L[Xi[TopicConfiguration]],
        "TopicConfigurationsToCreateOrUpdate.$": str,
        "TopicConfigurationsToDelete": L[Xi[TopicConfiguration]],
        "TopicConfigurationsToDelete.$": str,
        "CreatorModeConfiguration": X[CreatorModeConfiguration],
        "CreatorModeConfiguration.$": str,
        "HallucinationReductionConfiguration": X[HallucinationReductionConfiguration],
        "HallucinationReductionConfiguration.$": str,
    },
    total=False,
)
UpdateChatResponseConfigurationParameters = TypedDict(
    "UpdateChatResponseConfigurationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ChatResponseConfigurationId": S,
        "ChatResponseConfigurationId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "ResponseConfigurations": M[X[ResponseConfiguration]],
        "ResponseConfigurations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateDataAccessorParameters = TypedDict(
    "UpdateDataAccessorParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "DataAccessorId": S,
        "DataAccessorId.$": str,
        "ActionConfigurations": L[Xi[ActionConfiguration]],
        "ActionConfigurations.$": str,
        "AuthenticationDetail": X[DataAccessorAuthenticationDetail],
        "AuthenticationDetail.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
    },
    total=False,
)
UpdateDataSourceParameters = TypedDict(
    "UpdateDataSourceParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Configuration": Doc,
        "Configuration.$": str,
        "VpcConfiguration": X[DataSourceVpcConfiguration],
        "VpcConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "SyncSchedule": S,
        "SyncSchedule.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "DocumentEnrichmentConfiguration": X[DocumentEnrichmentConfiguration],
        "DocumentEnrichmentConfiguration.$": str,
        "MediaExtractionConfiguration": X[MediaExtractionConfiguration],
        "MediaExtractionConfiguration.$": str,
    },
    total=False,
)

class DocumentAttributeConfiguration(TypedDict, total=False):
    Name: S
    Type: S
    Search: S

UpdateIndexParameters = TypedDict(
    "UpdateIndexParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "IndexId": S,
        "IndexId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "CapacityConfiguration": X[IndexCapacityConfiguration],
        "CapacityConfiguration.$": str,
        "DocumentAttributeConfigurations": L[Xi[DocumentAttributeConfiguration]],
        "DocumentAttributeConfigurations.$": str,
    },
    total=False,
)
UpdatePluginParameters = TypedDict(
    "UpdatePluginParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "PluginId": S,
        "PluginId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "State": S,
        "State.$": str,
        "ServerUrl": S,
        "ServerUrl.$": str,
        "CustomPluginConfiguration": X[CustomPluginConfiguration],
        "CustomPluginConfiguration.$": str,
        "AuthConfiguration": X[PluginAuthConfiguration],
        "AuthConfiguration.$": str,
    },
    total=False,
)
UpdateRetrieverParameters = TypedDict(
    "UpdateRetrieverParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "RetrieverId": S,
        "RetrieverId.$": str,
        "Configuration": X[RetrieverConfiguration],
        "Configuration.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
UpdateSubscriptionParameters = TypedDict(
    "UpdateSubscriptionParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "SubscriptionId": S,
        "SubscriptionId.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
UpdateUserParameters = TypedDict(
    "UpdateUserParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "UserId": S,
        "UserId.$": str,
        "UserAliasesToUpdate": L[Xi[UserAlias]],
        "UserAliasesToUpdate.$": str,
        "UserAliasesToDelete": L[Xi[UserAlias]],
        "UserAliasesToDelete.$": str,
    },
    total=False,
)

class SamlConfiguration(TypedDict, total=False):
    MetadataXML: S
    RoleArn: S
    UserIdAttribute: S
    UserGroupAttribute: S

class WebExperienceAuthConfiguration(TypedDict, total=False):
    SamlConfiguration: X[SamlConfiguration]

UpdateWebExperienceParameters = TypedDict(
    "UpdateWebExperienceParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "WebExperienceId": S,
        "WebExperienceId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "AuthenticationConfiguration": X[WebExperienceAuthConfiguration],
        "AuthenticationConfiguration.$": str,
        "Title": S,
        "Title.$": str,
        "Subtitle": S,
        "Subtitle.$": str,
        "WelcomeMessage": S,
        "WelcomeMessage.$": str,
        "SamplePromptsControlMode": S,
        "SamplePromptsControlMode.$": str,
        "IdentityProviderConfiguration": X[IdentityProviderConfiguration],
        "IdentityProviderConfiguration.$": str,
        "Origins": L[Si],
        "Origins.$": str,
        "BrowserExtensionConfiguration": X[BrowserExtensionConfiguration],
        "BrowserExtensionConfiguration.$": str,
        "CustomizationConfiguration": X[CustomizationConfiguration],
        "CustomizationConfiguration.$": str,
    },
    total=False,
)
associate_permission: Builder[AssociatePermissionParameters]
batch_delete_document: Builder[BatchDeleteDocumentParameters]
batch_put_document: Builder[BatchPutDocumentParameters]
cancel_subscription: Builder[CancelSubscriptionParameters]
chat: Builder[ChatParameters]
chat_sync: Builder[ChatSyncParameters]
check_document_access: Builder[CheckDocumentAccessParameters]
create_anonymous_web_experience_url: Builder[CreateAnonymousWebExperienceUrlParameters]
create_application: Builder[CreateApplicationParameters]
create_chat_response_configuration: Builder[CreateChatResponseConfigurationParameters]
create_data_accessor: Builder[CreateDataAccessorParameters]
create_data_source: Builder[CreateDataSourceParameters]
create_index: Builder[CreateIndexParameters]
create_plugin: Builder[CreatePluginParameters]
create_retriever: Builder[CreateRetrieverParameters]
create_subscription: Builder[CreateSubscriptionParameters]
create_user: Builder[CreateUserParameters]
create_web_experience: Builder[CreateWebExperienceParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_attachment: Builder[DeleteAttachmentParameters]
delete_chat_controls_configuration: Builder[DeleteChatControlsConfigurationParameters]
delete_chat_response_configuration: Builder[DeleteChatResponseConfigurationParameters]
delete_conversation: Builder[DeleteConversationParameters]
delete_data_accessor: Builder[DeleteDataAccessorParameters]
delete_data_source: Builder[DeleteDataSourceParameters]
delete_group: Builder[DeleteGroupParameters]
delete_index: Builder[DeleteIndexParameters]
delete_plugin: Builder[DeletePluginParameters]
delete_retriever: Builder[DeleteRetrieverParameters]
delete_user: Builder[DeleteUserParameters]
delete_web_experience: Builder[DeleteWebExperienceParameters]
disassociate_permission: Builder[DisassociatePermissionParameters]
get_application: Builder[GetApplicationParameters]
get_chat_controls_configuration: Builder[GetChatControlsConfigurationParameters]
get_chat_response_configuration: Builder[GetChatResponseConfigurationParameters]
get_data_accessor: Builder[GetDataAccessorParameters]
get_data_source: Builder[GetDataSourceParameters]
get_document_content: Builder[GetDocumentContentParameters]
get_group: Builder[GetGroupParameters]
get_index: Builder[GetIndexParameters]
get_media: Builder[GetMediaParameters]
get_plugin: Builder[GetPluginParameters]
get_policy: Builder[GetPolicyParameters]
get_retriever: Builder[GetRetrieverParameters]
get_user: Builder[GetUserParameters]
get_web_experience: Builder[GetWebExperienceParameters]
list_applications: Builder[ListApplicationsParameters]
list_attachments: Builder[ListAttachmentsParameters]
list_chat_response_configurations: Builder[ListChatResponseConfigurationsParameters]
list_conversations: Builder[ListConversationsParameters]
list_data_accessors: Builder[ListDataAccessorsParameters]
list_data_source_sync_jobs: Builder[ListDataSourceSyncJobsParameters]
list_data_sources: Builder[ListDataSourcesParameters]
list_documents: Builder[ListDocumentsParameters]
list_groups: Builder[ListGroupsParameters]
list_indices: Builder[ListIndicesParameters]
list_messages: Builder[ListMessagesParameters]
list_plugin_actions: Builder[ListPluginActionsParameters]
list_plugin_type_actions: Builder[ListPluginTypeActionsParameters]
list_plugin_type_metadata: Builder[ListPluginTypeMetadataParameters]
list_plugins: Builder[ListPluginsParameters]
list_retrievers: Builder[ListRetrieversParameters]
list_subscriptions: Builder[ListSubscriptionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_web_experiences: Builder[ListWebExperiencesParameters]
put_feedback: Builder[PutFeedbackParameters]
put_group: Builder[PutGroupParameters]
search_relevant_content: Builder[SearchRelevantContentParameters]
start_data_source_sync_job: Builder[StartDataSourceSyncJobParameters]
stop_data_source_sync_job: Builder[StopDataSourceSyncJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_application: Builder[UpdateApplicationParameters]
update_chat_controls_configuration: Builder[UpdateChatControlsConfigurationParameters]
update_chat_response_configuration: Builder[UpdateChatResponseConfigurationParameters]
update_data_accessor: Builder[UpdateDataAccessorParameters]
update_data_source: Builder[UpdateDataSourceParameters]
update_index: Builder[UpdateIndexParameters]
update_plugin: Builder[UpdatePluginParameters]
update_retriever: Builder[UpdateRetrieverParameters]
update_subscription: Builder[UpdateSubscriptionParameters]
update_user: Builder[UpdateUserParameters]
update_web_experience: Builder[UpdateWebExperienceParameters]

__all__ = [
    "associate_permission",
    "batch_delete_document",
    "batch_put_document",
    "cancel_subscription",
    "chat",
    "chat_sync",
    "check_document_access",
    "create_anonymous_web_experience_url",
    "create_application",
    "create_chat_response_configuration",
    "create_data_accessor",
    "create_data_source",
    "create_index",
    "create_plugin",
    "create_retriever",
    "create_subscription",
    "create_user",
    "create_web_experience",
    "delete_application",
    "delete_attachment",
    "delete_chat_controls_configuration",
    "delete_chat_response_configuration",
    "delete_conversation",
    "delete_data_accessor",
    "delete_data_source",
    "delete_group",
    "delete_index",
    "delete_plugin",
    "delete_retriever",
    "delete_user",
    "delete_web_experience",
    "disassociate_permission",
    "get_application",
    "get_chat_controls_configuration",
    "get_chat_response_configuration",
    "get_data_accessor",
    "get_data_source",
    "get_document_content",
    "get_group",
    "get_index",
    "get_media",
    "get_plugin",
    "get_policy",
    "get_retriever",
    "get_user",
    "get_web_experience",
    "list_applications",
    "list_attachments",
    "list_chat_response_configurations",
    "list_conversations",
    "list_data_accessors",
    "list_data_source_sync_jobs",
    "list_data_sources",
    "list_documents",
    "list_groups",
    "list_indices",
    "list_messages",
    "list_plugin_actions",
    "list_plugin_type_actions",
    "list_plugin_type_metadata",
    "list_plugins",
    "list_retrievers",
    "list_subscriptions",
    "list_tags_for_resource",
    "list_web_experiences",
    "put_feedback",
    "put_group",
    "search_relevant_content",
    "start_data_source_sync_job",
    "stop_data_source_sync_job",
    "tag_resource",
    "untag_resource",
    "update_application",
    "update_chat_controls_configuration",
    "update_chat_response_configuration",
    "update_data_accessor",
    "update_data_source",
    "update_index",
    "update_plugin",
    "update_retriever",
    "update_subscription",
    "update_user",
    "update_web_experience",
]
