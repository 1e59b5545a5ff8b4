"""Typed builders of the AWS SDK integration of qconnect (``aws-sdk:qconnect:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, L, M, S, Si, T, X, Xi

ActivateMessageTemplateParameters = TypedDict(
    "ActivateMessageTemplateParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MessageTemplateId": S,
        "MessageTemplateId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)

class TagCondition(TypedDict, total=False):
    Key: S
    Value: S

class OrCondition(TypedDict, total=False):
    AndConditions: L[Xi[TagCondition]]
    TagCondition: X[TagCondition]

class TagFilter(TypedDict, total=False):
    TagCondition: X[TagCondition]
    AndConditions: L[Xi[TagCondition]]
    OrConditions: L[Xi[OrCondition]]

class KnowledgeBaseAssociationConfigurationData(TypedDict, total=False):
    ContentTagFilter: X[TagFilter]
    MaxResults: I
    OverrideKnowledgeBaseSearchType: S

class AssociationConfigurationData(TypedDict, total=False):
    KnowledgeBaseAssociationConfigurationData: X[KnowledgeBaseAssociationConfigurationData]

class AssociationConfiguration(TypedDict, total=False):
    AssociationId: S
    AssociationType: S
    AssociationConfigurationData: X[AssociationConfigurationData]

class ManualSearchAIAgentConfiguration(TypedDict, total=False):
    AnswerGenerationAIPromptId: S
    AnswerGenerationAIGuardrailId: S
    AssociationConfigurations: L[Xi[AssociationConfiguration]]
    Locale: S

class AnswerRecommendationAIAgentConfiguration(TypedDict, total=False):
    IntentLabelingGenerationAIPromptId: S
    QueryReformulationAIPromptId: S
    AnswerGenerationAIPromptId: S
    AnswerGenerationAIGuardrailId: S
    AssociationConfigurations: L[Xi[AssociationConfiguration]]
    Locale: S
    SuggestedMessages: L[Si]

class SelfServiceAIAgentConfiguration(TypedDict, total=False):
    SelfServicePreProcessingAIPromptId: S
    SelfServiceAnswerGenerationAIPromptId: S
    SelfServiceAIGuardrailId: S
    AssociationConfigurations: L[Xi[AssociationConfiguration]]

class EmailResponseAIAgentConfiguration(TypedDict, total=False):
    EmailResponseAIPromptId: S
    EmailQueryReformulationAIPromptId: S
    Locale: S
    AssociationConfigurations: L[Xi[AssociationConfiguration]]

class EmailOverviewAIAgentConfiguration(TypedDict, total=False):
    EmailOverviewAIPromptId: S
    Locale: S

class EmailGenerativeAnswerAIAgentConfiguration(TypedDict, total=False):
    EmailGenerativeAnswerAIPromptId: S
    EmailQueryReformulationAIPromptId: S
    Locale: S
    AssociationConfigurations: L[Xi[AssociationConfiguration]]

class ToolInstruction(TypedDict, total=False):
    Instruction: S
    Examples: L[Si]

class ToolOverrideConstantInputValue(TypedDict, total=False):
    Type: S
    Value: S

class ToolOverrideInputValueConfiguration(TypedDict, total=False):
    Constant: X[ToolOverrideConstantInputValue]

class ToolOverrideInputValue(TypedDict, total=False):
    JsonPath: S
    Value: X[ToolOverrideInputValueConfiguration]

class ToolOutputConfiguration(TypedDict, total=False):
    OutputVariableNameOverride: S
    SessionDataNamespace: S

class ToolOutputFilter(TypedDict, total=False):
    JsonPath: S
    OutputConfiguration: X[ToolOutputConfiguration]

class Annotation(TypedDict, total=False):
    Title: S
    DestructiveHint: B

class UserInteractionConfiguration(TypedDict, total=False):
    IsUserConfirmationRequired: B

class ToolConfiguration(TypedDict, total=False):
    ToolName: S
    ToolType: S
    Title: S
    ToolId: S
    Description: S
    Instruction: X[ToolInstruction]
    OverrideInputValues: L[Xi[ToolOverrideInputValue]]
    OutputFilters: L[Xi[ToolOutputFilter]]
    InputSchema: Doc
    OutputSchema: Doc
    Annotations: X[Annotation]
    UserInteractionConfiguration: X[UserInteractionConfiguration]

class ContextDataDestinationConfiguration(TypedDict, total=False):
    Key: S

class DestinationTypeConfiguration(TypedDict, total=False):
    ContextData: X[ContextDataDestinationConfiguration]

class DestinationConfiguration(TypedDict, total=False):
    DestinationType: S
    Destination: X[DestinationTypeConfiguration]

class DataRequestFulfillmentConfiguration(TypedDict, total=False):
    DataRequestType: S
    MaxSingleContextCharacters: I

class ContextFulfillmentConfiguration(TypedDict, total=False):
    DataRequestFulfillmentConfiguration: X[DataRequestFulfillmentConfiguration]

class DataConfiguration(TypedDict, total=False):
    ContextFulfillmentTiming: S
    ContextFulfillmentConfiguration: X[ContextFulfillmentConfiguration]

class ContextConfigurationEntry(TypedDict, total=False):
    DestinationConfiguration: X[DestinationConfiguration]
    DataConfiguration: X[DataConfiguration]

class ContextConfiguration(TypedDict, total=False):
    Entries: L[Xi[ContextConfigurationEntry]]
    MaxMergedContextCharacters: I

class AgentTarget(TypedDict, total=False):
    AiAgentId: S
    ApplicationId: S

class MultiAgentInstruction(TypedDict, total=False):
    Instruction: S
    Examples: L[Si]

class DelegateAgentConfiguration(TypedDict, total=False):
    AgentTarget: X[AgentTarget]
    Instruction: X[MultiAgentInstruction]

class HandoffAgentConfiguration(TypedDict, total=False):
    AgentTarget: X[AgentTarget]
    Instruction: X[MultiAgentInstruction]
    AudioStreamingEnabled: B
    ImmediateHandoff: B

class MultiAgentConfiguration(TypedDict, total=False):
    DelegateAgentConfiguration: X[DelegateAgentConfiguration]
    HandoffAgentConfiguration: X[HandoffAgentConfiguration]

class OrchestrationAIAgentConfiguration(TypedDict, total=False):
    OrchestrationAIPromptId: S
    OrchestrationAIGuardrailId: S
    ToolConfigurations: L[Xi[ToolConfiguration]]
    ContextConfiguration: X[ContextConfiguration]
    MultiAgentConfigurations: L[Xi[MultiAgentConfiguration]]
    ConnectInstanceArn: S
    Locale: S
    InputSchemas: L[Doc]
    OutputSchemas: L[Doc]

class NoteTakingAIAgentConfiguration(TypedDict, total=False):
    NoteTakingAIPromptId: S
    NoteTakingAIGuardrailId: S
    Locale: S

class CaseSummarizationAIAgentConfiguration(TypedDict, total=False):
    CaseSummarizationAIPromptId: S
    CaseSummarizationAIGuardrailId: S
    Locale: S

class AIAgentConfiguration(TypedDict, total=False):
    ManualSearchAIAgentConfiguration: X[ManualSearchAIAgentConfiguration]
    AnswerRecommendationAIAgentConfiguration: X[AnswerRecommendationAIAgentConfiguration]
    SelfServiceAIAgentConfiguration: X[SelfServiceAIAgentConfiguration]
    EmailResponseAIAgentConfiguration: X[EmailResponseAIAgentConfiguration]
    EmailOverviewAIAgentConfiguration: X[EmailOverviewAIAgentConfiguration]
    EmailGenerativeAnswerAIAgentConfiguration: X[EmailGenerativeAnswerAIAgentConfiguration]
    OrchestrationAIAgentConfiguration: X[OrchestrationAIAgentConfiguration]
    NoteTakingAIAgentConfiguration: X[NoteTakingAIAgentConfiguration]
    CaseSummarizationAIAgentConfiguration: X[CaseSummarizationAIAgentConfiguration]

CreateAIAgentParameters = TypedDict(
    "CreateAIAgentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AssistantId": S,
        "AssistantId.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Configuration": X[AIAgentConfiguration],
        "Configuration.$": str,
        "VisibilityStatus": S,
        "VisibilityStatus.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
CreateAIAgentVersionParameters = TypedDict(
    "CreateAIAgentVersionParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AiAgentId": S,
        "AiAgentId.$": str,
        "ModifiedTime": T,
        "ModifiedTime.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class GuardrailTopicConfig(TypedDict, total=False):
    Name: S
    Definition: S
    Examples: L[Si]
    Type: S

class AIGuardrailTopicPolicyConfig(TypedDict, total=False):
    TopicsConfig: L[Xi[GuardrailTopicConfig]]

class GuardrailContentFilterConfig(TypedDict, total=False):
    Type: S
    InputStrength: S
    OutputStrength: S

class AIGuardrailContentPolicyConfig(TypedDict, total=False):
    FiltersConfig: L[Xi[GuardrailContentFilterConfig]]

class GuardrailWordConfig(TypedDict, total=False):
    Text: S

class GuardrailManagedWordsConfig(TypedDict, total=False):
    Type: S

class AIGuardrailWordPolicyConfig(TypedDict, total=False):
    WordsConfig: L[Xi[GuardrailWordConfig]]
    ManagedWordListsConfig: L[Xi[GuardrailManagedWordsConfig]]

class GuardrailPiiEntityConfig(TypedDict, total=False):
    Type: S
    Action: S

class GuardrailRegexConfig(TypedDict, total=False):
    Name: S
    Description: S
    Pattern: S
    Action: S

class AIGuardrailSensitiveInformationPolicyConfig(TypedDict, total=False):
    PiiEntitiesConfig: L[Xi[GuardrailPiiEntityConfig]]
    RegexesConfig: L[Xi[GuardrailRegexConfig]]

class GuardrailContextualGroundingFilterConfig(TypedDict, total=False):
    Type: S
    Threshold: F

class AIGuardrailContextualGroundingPolicyConfig(TypedDict, total=False):
    FiltersConfig: L[Xi[GuardrailContextualGroundingFilterConfig]]

CreateAIGuardrailParameters = TypedDict(
    "CreateAIGuardrailParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AssistantId": S,
        "AssistantId.$": str,
        "Name": S,
        "Name.$": str,
        "BlockedInputMessaging": S,
        "BlockedInputMessaging.$": str,
        "BlockedOutputsMessaging": S,
        "BlockedOutputsMessaging.$": str,
        "VisibilityStatus": S,
        "VisibilityStatus.$": str,
        "Description": S,
        "Description.$": str,
        "TopicPolicyConfig": X[AIGuardrailTopicPolicyConfig],
        "TopicPolicyConfig.$": str,
        "ContentPolicyConfig": X[AIGuardrailContentPolicyConfig],
        "ContentPolicyConfig.$": str,
        "WordPolicyConfig": X[AIGuardrailWordPolicyConfig],
        "WordPolicyConfig.$": str,
        "SensitiveInformationPolicyConfig": X[AIGuardrailSensitiveInformationPolicyConfig],
        "SensitiveInformationPolicyConfig.$": str,
        "ContextualGroundingPolicyConfig": X[AIGuardrailContextualGroundingPolicyConfig],
        "ContextualGroundingPolicyConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateAIGuardrailVersionParameters = TypedDict(
    "CreateAIGuardrailVersionParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AiGuardrailId": S,
        "AiGuardrailId.$": str,
        "ModifiedTime": T,
        "ModifiedTime.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class TextFullAIPromptEditTemplateConfiguration(TypedDict, total=False):
    Text: S

class AIPromptTemplateConfiguration(TypedDict, total=False):
    TextFullAIPromptEditTemplateConfiguration: X[TextFullAIPromptEditTemplateConfiguration]

class AIPromptInferenceConfiguration(TypedDict, total=False):
    Temperature: F
    TopP: F
    TopK: I
    MaxTokensToSample: I

CreateAIPromptParameters = TypedDict(
    "CreateAIPromptParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AssistantId": S,
        "AssistantId.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "TemplateConfiguration": X[AIPromptTemplateConfiguration],
        "TemplateConfiguration.$": str,
        "VisibilityStatus": S,
        "VisibilityStatus.$": str,
        "TemplateType": S,
        "TemplateType.$": str,
        "ModelId": S,
        "ModelId.$": str,
        "ApiFormat": S,
        "ApiFormat.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Description": S,
        "Description.$": str,
        "InferenceConfiguration": X[AIPromptInferenceConfiguration],
        "InferenceConfiguration.$": str,
    },
    total=False,
)
CreateAIPromptVersionParameters = TypedDict(
    "CreateAIPromptVersionParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AiPromptId": S,
        "AiPromptId.$": str,
        "ModifiedTime": T,
        "ModifiedTime.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ReplicaKmsKey(TypedDict, total=False):
    Arn: S

class ServerSideEncryptionConfiguration(TypedDict, total=False):
    KmsKeyId: S
    ReplicaKmsKeys: L[Xi[ReplicaKmsKey]]

CreateAssistantParameters = TypedDict(
    "CreateAssistantParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ServerSideEncryptionConfiguration": X[ServerSideEncryptionConfiguration],
        "ServerSideEncryptionConfiguration.$": str,
    },
    total=False,
)

class ExternalBedrockKnowledgeBaseConfig(TypedDict, total=False):
    BedrockKnowledgeBaseArn: S
    AccessRoleArn: S

class AssistantAssociationInputData(TypedDict, total=False):
    KnowledgeBaseId: S
    ExternalBedrockKnowledgeBaseConfig: X[ExternalBedrockKnowledgeBaseConfig]

CreateAssistantAssociationParameters = TypedDict(
    "CreateAssistantAssociationParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AssociationType": S,
        "AssociationType.$": str,
        "Association": X[AssistantAssociationInputData],
        "Association.$": str,
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
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Name": S,
        "Name.$": str,
        "Title": S,
        "Title.$": str,
        "OverrideLinkOutUri": S,
        "OverrideLinkOutUri.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AmazonConnectGuideAssociationData(TypedDict, total=False):
    FlowId: S

class ContentAssociationContents(TypedDict, total=False):
    AmazonConnectGuideAssociation: X[AmazonConnectGuideAssociationData]

CreateContentAssociationParameters = TypedDict(
    "CreateContentAssociationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ContentId": S,
        "ContentId.$": str,
        "AssociationType": S,
        "AssociationType.$": str,
        "Association": X[ContentAssociationContents],
        "Association.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AppIntegrationsConfiguration(TypedDict, total=False):
    AppIntegrationArn: S
    ObjectFields: L[Si]

class SeedUrl(TypedDict, total=False):
    Url: S

class UrlConfiguration(TypedDict, total=False):
    SeedUrls: L[Xi[SeedUrl]]

class WebCrawlerLimits(TypedDict, total=False):
    RateLimit: I

class WebCrawlerConfiguration(TypedDict, total=False):
    UrlConfiguration: X[UrlConfiguration]
    CrawlerLimits: X[WebCrawlerLimits]
    InclusionFilters: L[Si]
    ExclusionFilters: L[Si]
    Scope: S

class ManagedSourceConfiguration(TypedDict, total=False):
    WebCrawlerConfiguration: X[WebCrawlerConfiguration]

class SourceConfiguration(TypedDict, total=False):
    AppIntegrations: X[AppIntegrationsConfiguration]
    ManagedSourceConfiguration: X[ManagedSourceConfiguration]

class RenderingConfiguration(TypedDict, total=False):
    TemplateUri: S

class FixedSizeChunkingConfiguration(TypedDict, total=False):
    MaxTokens: I
    OverlapPercentage: I

class HierarchicalChunkingLevelConfiguration(TypedDict, total=False):
    MaxTokens: I

class HierarchicalChunkingConfiguration(TypedDict, total=False):
    LevelConfigurations: L[Xi[HierarchicalChunkingLevelConfiguration]]
    OverlapTokens: I

class SemanticChunkingConfiguration(TypedDict, total=False):
    MaxTokens: I
    BufferSize: I
    BreakpointPercentileThreshold: I

class ChunkingConfiguration(TypedDict, total=False):
    ChunkingStrategy: S
    FixedSizeChunkingConfiguration: X[FixedSizeChunkingConfiguration]
    HierarchicalChunkingConfiguration: X[HierarchicalChunkingConfiguration]
    SemanticChunkingConfiguration: X[SemanticChunkingConfiguration]

class ParsingPrompt(TypedDict, total=False):
    ParsingPromptText: S

class BedrockFoundationModelConfigurationForParsing(TypedDict, total=False):
    ModelArn: S
    ParsingPrompt: X[ParsingPrompt]

class ParsingConfiguration(TypedDict, total=False):
    ParsingStrategy: S
    BedrockFoundationModelConfiguration: X[BedrockFoundationModelConfigurationForParsing]

class VectorIngestionConfiguration(TypedDict, total=False):
    ChunkingConfiguration: X[ChunkingConfiguration]
    ParsingConfiguration: X[ParsingConfiguration]

CreateKnowledgeBaseParameters = TypedDict(
    "CreateKnowledgeBaseParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "KnowledgeBaseType": S,
        "KnowledgeBaseType.$": str,
        "SourceConfiguration": X[SourceConfiguration],
        "SourceConfiguration.$": str,
        "RenderingConfiguration": X[RenderingConfiguration],
        "RenderingConfiguration.$": str,
        "VectorIngestionConfiguration": X[VectorIngestionConfiguration],
        "VectorIngestionConfiguration.$": str,
        "ServerSideEncryptionConfiguration": X[ServerSideEncryptionConfiguration],
        "ServerSideEncryptionConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class MessageTemplateBodyContentProvider(TypedDict, total=False):
    Content: S

class EmailMessageTemplateContentBody(TypedDict, total=False):
    PlainText: X[MessageTemplateBodyContentProvider]
    Html: X[MessageTemplateBodyContentProvider]

class EmailHeader(TypedDict, total=False):
    Name: S
    Value: S

class EmailMessageTemplateContent(TypedDict, total=False):
    Subject: S
    Body: X[EmailMessageTemplateContentBody]
    Headers: L[Xi[EmailHeader]]

class SMSMessageTemplateContentBody(TypedDict, total=False):
    PlainText: X[MessageTemplateBodyContentProvider]

class SMSMessageTemplateContent(TypedDict, total=False):
    Body: X[SMSMessageTemplateContentBody]

class WhatsAppMessageTemplateContent(TypedDict, total=False):
    Data: S

class PushADMMessageTemplateContent(TypedDict, total=False):
    Title: S
    Body: X[MessageTemplateBodyContentProvider]
    Action: S
    Sound: S
    Url: S
    ImageUrl: S
    ImageIconUrl: S
    SmallImageIconUrl: S
    RawContent: X[MessageTemplateBodyContentProvider]

class PushAPNSMessageTemplateContent(TypedDict, total=False):
    Title: S
    Body: X[MessageTemplateBodyContentProvider]
    Action: S
    Sound: S
    Url: S
    MediaUrl: S
    RawContent: X[MessageTemplateBodyContentProvider]

class PushFCMMessageTemplateContent(TypedDict, total=False):
    Title: S
    Body: X[MessageTemplateBodyContentProvider]
    Action: S
    Sound: S
    Url: S
    ImageUrl: S
    ImageIconUrl: S
    SmallImageIconUrl: S
    RawContent: X[MessageTemplateBodyContentProvider]

class PushBaiduMessageTemplateContent(TypedDict, total=False):
    Title: S
    Body: X[MessageTemplateBodyContentProvider]
    Action: S
    Sound: S
    Url: S
    ImageUrl: S
    ImageIconUrl: S
    SmallImageIconUrl: S
    RawContent: X[MessageTemplateBodyContentProvider]

class PushMessageTemplateContent(TypedDict, total=False):
    Adm: X[PushADMMessageTemplateContent]
    Apns: X[PushAPNSMessageTemplateContent]
    Fcm: X[PushFCMMessageTemplateContent]
    Baidu: X[PushBaiduMessageTemplateContent]

class MessageTemplateContentProvider(TypedDict, total=False):
    Email: X[EmailMessageTemplateContent]
    Sms: X[SMSMessageTemplateContent]
    WhatsApp: X[WhatsAppMessageTemplateContent]
    Push: X[PushMessageTemplateContent]

class WhatsAppMessageTemplateSourceConfiguration(TypedDict, total=False):
    BusinessAccountId: S
    TemplateId: S
    Components: L[Si]

class MessageTemplateSourceConfiguration(TypedDict, total=False):
    WhatsApp: X[WhatsAppMessageTemplateSourceConfiguration]

class SystemEndpointAttributes(TypedDict, total=False):
    Address: S

class SystemAttributes(TypedDict, total=False):
    Name: S
    CustomerEndpoint: X[SystemEndpointAttributes]
    SystemEndpoint: X[SystemEndpointAttributes]

class AgentAttributes(TypedDict, total=False):
    FirstName: S
    LastName: S

class ProfileCatalogItem(TypedDict, total=False):
    Id: S
    Name: S
    Code: S
    Type: S
    Category: S
    Description: S
    AdditionalInformation: S
    ImageLink: S
    Link: S
    CreatedAt: S
    UpdatedAt: S
    Price: S
    Attributes: M[S]

class ProfileRecommendation(TypedDict, total=False):
    Score: F
    CatalogItem: X[ProfileCatalogItem]

class CustomerProfileAttributes(TypedDict, total=False):
    ProfileId: S
    ProfileARN: S
    FirstName: S
    MiddleName: S
    LastName: S
    AccountNumber: S
    EmailAddress: S
    PhoneNumber: S
    AdditionalInformation: S
    PartyType: S
    BusinessName: S
    BirthDate: S
    Gender: S
    MobilePhoneNumber: S
    HomePhoneNumber: S
    BusinessPhoneNumber: S
    BusinessEmailAddress: S
    Address1: S
    Address2: S
    Address3: S
    Address4: S
    City: S
    County: S
    Country: S
    PostalCode: S
    Province: S
    State: S
    ShippingAddress1: S
    ShippingAddress2: S
    ShippingAddress3: S
    ShippingAddress4: S
    ShippingCity: S
    ShippingCounty: S
    ShippingCountry: S
    ShippingPostalCode: S
    ShippingProvince: S
    ShippingState: S
    MailingAddress1: S
    MailingAddress2: S
    MailingAddress3: S
    MailingAddress4: S
    MailingCity: S
    MailingCounty: S
    MailingCountry: S
    MailingPostalCode: S
    MailingProvince: S
    MailingState: S
    BillingAddress1: S
    BillingAddress2: S
    BillingAddress3: S
    BillingAddress4: S
    BillingCity: S
    BillingCounty: S
    BillingCountry: S
    BillingPostalCode: S
    BillingProvince: S
    BillingState: S
    Custom: M[S]
    Recommendations: L[Xi[ProfileRecommendation]]
    CalculatedAttributes: M[S]

class MessageTemplateAttributes(TypedDict, total=False):
    SystemAttributes: X[SystemAttributes]
    AgentAttributes: X[AgentAttributes]
    CustomerProfileAttributes: X[CustomerProfileAttributes]
    CustomAttributes: M[S]
    CaseAttributes: M[S]

class GroupingConfiguration(TypedDict, total=False):
    Criteria: S
    Values: L[Si]

CreateMessageTemplateParameters = TypedDict(
    "CreateMessageTemplateParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Name": S,
        "Name.$": str,
        "Content": X[MessageTemplateContentProvider],
        "Content.$": str,
        "Description": S,
        "Description.$": str,
        "ChannelSubtype": S,
        "ChannelSubtype.$": str,
        "Language": S,
        "Language.$": str,
        "SourceConfiguration": X[MessageTemplateSourceConfiguration],
        "SourceConfiguration.$": str,
        "DefaultAttributes": X[MessageTemplateAttributes],
        "DefaultAttributes.$": str,
        "GroupingConfiguration": X[GroupingConfiguration],
        "GroupingConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateMessageTemplateAttachmentParameters = TypedDict(
    "CreateMessageTemplateAttachmentParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MessageTemplateId": S,
        "MessageTemplateId.$": str,
        "ContentDisposition": S,
        "ContentDisposition.$": str,
        "Name": S,
        "Name.$": str,
        "Body": S,
        "Body.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateMessageTemplateVersionParameters = TypedDict(
    "CreateMessageTemplateVersionParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MessageTemplateId": S,
        "MessageTemplateId.$": str,
        "MessageTemplateContentSha256": S,
        "MessageTemplateContentSha256.$": str,
    },
    total=False,
)

class QuickResponseDataProvider(TypedDict, total=False):
    Content: S

CreateQuickResponseParameters = TypedDict(
    "CreateQuickResponseParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Name": S,
        "Name.$": str,
        "Content": X[QuickResponseDataProvider],
        "Content.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "GroupingConfiguration": X[GroupingConfiguration],
        "GroupingConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "ShortcutKey": S,
        "ShortcutKey.$": str,
        "IsActive": B,
        "IsActive.$": str,
        "Channels": L[Si],
        "Channels.$": str,
        "Language": S,
        "Language.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AIAgentConfigurationData(TypedDict, total=False):
    AiAgentId: S
    Enabled: B

class OrchestratorConfigurationEntry(TypedDict, total=False):
    AiAgentId: S
    OrchestratorUseCase: S

CreateSessionParameters = TypedDict(
    "CreateSessionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AssistantId": S,
        "AssistantId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TagFilter": X[TagFilter],
        "TagFilter.$": str,
        "AiAgentConfiguration": M[X[AIAgentConfigurationData]],
        "AiAgentConfiguration.$": str,
        "ContactArn": S,
        "ContactArn.$": str,
        "OrchestratorConfigurationList": L[Xi[OrchestratorConfigurationEntry]],
        "OrchestratorConfigurationList.$": str,
        "RemoveOrchestratorConfigurationList": B,
        "RemoveOrchestratorConfigurationList.$": str,
    },
    total=False,
)
DeactivateMessageTemplateParameters = TypedDict(
    "DeactivateMessageTemplateParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MessageTemplateId": S,
        "MessageTemplateId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)
DeleteAIAgentParameters = TypedDict(
    "DeleteAIAgentParameters",
    {"AssistantId": S, "AssistantId.$": str, "AiAgentId": S, "AiAgentId.$": str},
    total=False,
)
DeleteAIAgentVersionParameters = TypedDict(
    "DeleteAIAgentVersionParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AiAgentId": S,
        "AiAgentId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)
DeleteAIGuardrailParameters = TypedDict(
    "DeleteAIGuardrailParameters",
    {"AssistantId": S, "AssistantId.$": str, "AiGuardrailId": S, "AiGuardrailId.$": str},
    total=False,
)
DeleteAIGuardrailVersionParameters = TypedDict(
    "DeleteAIGuardrailVersionParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AiGuardrailId": S,
        "AiGuardrailId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)
DeleteAIPromptParameters = TypedDict(
    "DeleteAIPromptParameters",
    {"AssistantId": S, "AssistantId.$": str, "AiPromptId": S, "AiPromptId.$": str},
    total=False,
)
DeleteAIPromptVersionParameters = TypedDict(
    "DeleteAIPromptVersionParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AiPromptId": S,
        "AiPromptId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
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
    {"KnowledgeBaseId": S, "KnowledgeBaseId.$": str, "ContentId": S, "ContentId.$": str},
    total=False,
)
DeleteContentAssociationParameters = TypedDict(
    "DeleteContentAssociationParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ContentId": S,
        "ContentId.$": str,
        "ContentAssociationId": S,
        "ContentAssociationId.$": str,
    },
    total=False,
)
DeleteImportJobParameters = TypedDict(
    "DeleteImportJobParameters",
    {"KnowledgeBaseId": S, "KnowledgeBaseId.$": str, "ImportJobId": S, "ImportJobId.$": str},
    total=False,
)
DeleteKnowledgeBaseParameters = TypedDict(
    "DeleteKnowledgeBaseParameters", {"KnowledgeBaseId": S, "KnowledgeBaseId.$": str}, total=False
)
DeleteMessageTemplateParameters = TypedDict(
    "DeleteMessageTemplateParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MessageTemplateId": S,
        "MessageTemplateId.$": str,
    },
    total=False,
)
DeleteMessageTemplateAttachmentParameters = TypedDict(
    "DeleteMessageTemplateAttachmentParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MessageTemplateId": S,
        "MessageTemplateId.$": str,
        "AttachmentId": S,
        "AttachmentId.$": str,
    },
    total=False,
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
GetAIAgentParameters = TypedDict(
    "GetAIAgentParameters",
    {"AssistantId": S, "AssistantId.$": str, "AiAgentId": S, "AiAgentId.$": str},
    total=False,
)
GetAIGuardrailParameters = TypedDict(
    "GetAIGuardrailParameters",
    {"AssistantId": S, "AssistantId.$": str, "AiGuardrailId": S, "AiGuardrailId.$": str},
    total=False,
)
GetAIPromptParameters = TypedDict(
    "GetAIPromptParameters",
    {"AssistantId": S, "AssistantId.$": str, "AiPromptId": S, "AiPromptId.$": str},
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
GetContentAssociationParameters = TypedDict(
    "GetContentAssociationParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ContentId": S,
        "ContentId.$": str,
        "ContentAssociationId": S,
        "ContentAssociationId.$": str,
    },
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
GetMessageTemplateParameters = TypedDict(
    "GetMessageTemplateParameters",
    {
        "MessageTemplateId": S,
        "MessageTemplateId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
    },
    total=False,
)
GetNextMessageParameters = TypedDict(
    "GetNextMessageParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "NextMessageToken": S,
        "NextMessageToken.$": str,
    },
    total=False,
)
GetQuickResponseParameters = TypedDict(
    "GetQuickResponseParameters",
    {
        "QuickResponseId": S,
        "QuickResponseId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
    },
    total=False,
)
GetRecommendationsParameters = TypedDict(
    "GetRecommendationsParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "WaitTimeSeconds": I,
        "WaitTimeSeconds.$": str,
        "NextChunkToken": S,
        "NextChunkToken.$": str,
        "RecommendationType": S,
        "RecommendationType.$": str,
    },
    total=False,
)
GetSessionParameters = TypedDict(
    "GetSessionParameters",
    {"AssistantId": S, "AssistantId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
ListAIAgentVersionsParameters = TypedDict(
    "ListAIAgentVersionsParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AiAgentId": S,
        "AiAgentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Origin": S,
        "Origin.$": str,
    },
    total=False,
)
ListAIAgentsParameters = TypedDict(
    "ListAIAgentsParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Origin": S,
        "Origin.$": str,
    },
    total=False,
)
ListAIGuardrailVersionsParameters = TypedDict(
    "ListAIGuardrailVersionsParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AiGuardrailId": S,
        "AiGuardrailId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAIGuardrailsParameters = TypedDict(
    "ListAIGuardrailsParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAIPromptVersionsParameters = TypedDict(
    "ListAIPromptVersionsParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AiPromptId": S,
        "AiPromptId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Origin": S,
        "Origin.$": str,
    },
    total=False,
)
ListAIPromptsParameters = TypedDict(
    "ListAIPromptsParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Origin": S,
        "Origin.$": str,
    },
    total=False,
)
ListAssistantAssociationsParameters = TypedDict(
    "ListAssistantAssociationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AssistantId": S,
        "AssistantId.$": str,
    },
    total=False,
)
ListAssistantsParameters = TypedDict(
    "ListAssistantsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListContentAssociationsParameters = TypedDict(
    "ListContentAssociationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ContentId": S,
        "ContentId.$": str,
    },
    total=False,
)
ListContentsParameters = TypedDict(
    "ListContentsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
    },
    total=False,
)
ListImportJobsParameters = TypedDict(
    "ListImportJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
    },
    total=False,
)
ListKnowledgeBasesParameters = TypedDict(
    "ListKnowledgeBasesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListMessageTemplateVersionsParameters = TypedDict(
    "ListMessageTemplateVersionsParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MessageTemplateId": S,
        "MessageTemplateId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMessageTemplatesParameters = TypedDict(
    "ListMessageTemplatesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
    },
    total=False,
)
ListMessagesParameters = TypedDict(
    "ListMessagesParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": S,
        "Filter.$": str,
    },
    total=False,
)
ListModelsParameters = TypedDict(
    "ListModelsParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AiPromptType": S,
        "AiPromptType.$": str,
        "ModelLifecycle": S,
        "ModelLifecycle.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListQuickResponsesParameters = TypedDict(
    "ListQuickResponsesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
    },
    total=False,
)
ListSpansParameters = TypedDict(
    "ListSpansParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "SessionId": S,
        "SessionId.$": str,
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
NotifyRecommendationsReceivedParameters = TypedDict(
    "NotifyRecommendationsReceivedParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "RecommendationIds": L[Si],
        "RecommendationIds.$": str,
    },
    total=False,
)

class GenerativeContentFeedbackData(TypedDict, total=False):
    Relevance: S

class ContentFeedbackData(TypedDict, total=False):
    GenerativeContentFeedbackData: X[GenerativeContentFeedbackData]

PutFeedbackParameters = TypedDict(
    "PutFeedbackParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "TargetId": S,
        "TargetId.$": str,
        "TargetType": S,
        "TargetType.$": str,
        "ContentFeedback": X[ContentFeedbackData],
        "ContentFeedback.$": str,
    },
    total=False,
)

class QueryConditionItem(TypedDict, total=False):
    Field: S
    Comparator: S
    Value: S

class QueryCondition(TypedDict, total=False):
    Single: X[QueryConditionItem]

class QueryTextInputData(TypedDict, total=False):
    Text: S

class IntentInputData(TypedDict, total=False):
    IntentId: S

class CaseSummarizationInputData(TypedDict, total=False):
    CaseArn: S

class QueryInputData(TypedDict, total=False):
    QueryTextInputData: X[QueryTextInputData]
    IntentInputData: X[IntentInputData]
    CaseSummarizationInputData: X[CaseSummarizationInputData]

QueryAssistantParameters = TypedDict(
    "QueryAssistantParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "QueryText": S,
        "QueryText.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "QueryCondition": L[Xi[QueryCondition]],
        "QueryCondition.$": str,
        "QueryInputData": X[QueryInputData],
        "QueryInputData.$": str,
        "OverrideKnowledgeBaseSearchType": S,
        "OverrideKnowledgeBaseSearchType.$": str,
    },
    total=False,
)
RegisterAssistantReplicaKeyParameters = TypedDict(
    "RegisterAssistantReplicaKeyParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "ReplicaKmsKey": X[ReplicaKmsKey],
        "ReplicaKmsKey.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
RegisterKnowledgeBaseReplicaKeyParameters = TypedDict(
    "RegisterKnowledgeBaseReplicaKeyParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ReplicaKmsKey": X[ReplicaKmsKey],
        "ReplicaKmsKey.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
RemoveAssistantAIAgentParameters = TypedDict(
    "RemoveAssistantAIAgentParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AiAgentType": S,
        "AiAgentType.$": str,
        "OrchestratorUseCase": S,
        "OrchestratorUseCase.$": str,
    },
    total=False,
)
RemoveKnowledgeBaseTemplateUriParameters = TypedDict(
    "RemoveKnowledgeBaseTemplateUriParameters",
    {"KnowledgeBaseId": S, "KnowledgeBaseId.$": str},
    total=False,
)
RenderMessageTemplateParameters = TypedDict(
    "RenderMessageTemplateParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MessageTemplateId": S,
        "MessageTemplateId.$": str,
        "Attributes": X[MessageTemplateAttributes],
        "Attributes.$": str,
    },
    total=False,
)

class KnowledgeSource(TypedDict, total=False):
    AssistantAssociationIds: L[Si]

class FilterAttribute(TypedDict, total=False):
    Key: S
    Value: Doc

class RetrievalFilterConfiguration(TypedDict, total=False):
    AndAll: L[Xi[RetrievalFilterConfiguration]]
    EqualsValue: X[FilterAttribute]
    GreaterThan: X[FilterAttribute]
    GreaterThanOrEquals: X[FilterAttribute]
    In: X[FilterAttribute]
    LessThan: X[FilterAttribute]
    LessThanOrEquals: X[FilterAttribute]
    ListContains: X[FilterAttribute]
    NotEquals: X[FilterAttribute]
    NotIn: X[FilterAttribute]
    OrAll: L[Xi[RetrievalFilterConfiguration]]
    StartsWith: X[FilterAttribute]
    StringContains: X[FilterAttribute]

class RetrievalConfiguration(TypedDict, total=False):
    KnowledgeSource: X[KnowledgeSource]
    Filter: X[RetrievalFilterConfiguration]
    NumberOfResults: I
    OverrideKnowledgeBaseSearchType: S

RetrieveParameters = TypedDict(
    "RetrieveParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "RetrievalConfiguration": X[RetrievalConfiguration],
        "RetrievalConfiguration.$": str,
        "RetrievalQuery": S,
        "RetrievalQuery.$": str,
    },
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
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "SearchExpression": X[SearchExpression],
        "SearchExpression.$": str,
    },
    total=False,
)

class MessageTemplateQueryField(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S
    AllowFuzziness: B
    Priority: S

class MessageTemplateFilterField(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S
    IncludeNoExistence: B

class MessageTemplateOrderField(TypedDict, total=False):
    Name: S
    Order: S

class MessageTemplateSearchExpression(TypedDict, total=False):
    Queries: L[Xi[MessageTemplateQueryField]]
    Filters: L[Xi[MessageTemplateFilterField]]
    OrderOnField: X[MessageTemplateOrderField]

SearchMessageTemplatesParameters = TypedDict(
    "SearchMessageTemplatesParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "SearchExpression": X[MessageTemplateSearchExpression],
        "SearchExpression.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class QuickResponseQueryField(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S
    AllowFuzziness: B
    Priority: S

class QuickResponseFilterField(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S
    IncludeNoExistence: B

class QuickResponseOrderField(TypedDict, total=False):
    Name: S
    Order: S

class QuickResponseSearchExpression(TypedDict, total=False):
    Queries: L[Xi[QuickResponseQueryField]]
    Filters: L[Xi[QuickResponseFilterField]]
    OrderOnField: X[QuickResponseOrderField]

SearchQuickResponsesParameters = TypedDict(
    "SearchQuickResponsesParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "SearchExpression": X[QuickResponseSearchExpression],
        "SearchExpression.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
    },
    total=False,
)
SearchSessionsParameters = TypedDict(
    "SearchSessionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AssistantId": S,
        "AssistantId.$": str,
        "SearchExpression": X[SearchExpression],
        "SearchExpression.$": str,
    },
    total=False,
)

class CitationSpan(TypedDict, total=False):
    BeginOffsetInclusive: I
    EndOffsetExclusive: I

class Citation(TypedDict, total=False):
    ContentId: S
    Title: S
    KnowledgeBaseId: S
    CitationSpan: X[CitationSpan]
    SourceURL: S
    ReferenceType: S

class AIGuardrailAssessment(TypedDict, total=False):
    Blocked: B

class TextMessage(TypedDict, total=False):
    Value: S
    Citations: L[Xi[Citation]]
    AiGuardrailAssessment: X[AIGuardrailAssessment]

class ToolUseResultData(TypedDict, total=False):
    ToolUseId: S
    ToolName: S
    ToolResult: Doc
    InputSchema: Doc

class MessageData(TypedDict, total=False):
    Text: X[TextMessage]
    ToolUseResult: X[ToolUseResultData]
    Data: Doc

class MessageInput(TypedDict, total=False):
    Value: X[MessageData]

class SelfServiceConversationHistory(TypedDict, total=False):
    TurnNumber: I
    InputTranscript: S
    BotResponse: S
    Timestamp: T

class ConversationContext(TypedDict, total=False):
    SelfServiceConversationHistory: L[Xi[SelfServiceConversationHistory]]

class MessageConfiguration(TypedDict, total=False):
    GenerateFillerMessage: B
    GenerateChunkedMessage: B

SendMessageParameters = TypedDict(
    "SendMessageParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "Type": S,
        "Type.$": str,
        "Message": X[MessageInput],
        "Message.$": str,
        "AiAgentId": S,
        "AiAgentId.$": str,
        "ConversationContext": X[ConversationContext],
        "ConversationContext.$": str,
        "Configuration": X[MessageConfiguration],
        "Configuration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "OrchestratorUseCase": S,
        "OrchestratorUseCase.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "OriginRequestId": S,
        "OriginRequestId.$": str,
    },
    total=False,
)
StartContentUploadParameters = TypedDict(
    "StartContentUploadParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ContentType": S,
        "ContentType.$": str,
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
    Source: S
    Configuration: X[Configuration]

StartImportJobParameters = TypedDict(
    "StartImportJobParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ImportJobType": S,
        "ImportJobType.$": str,
        "UploadId": S,
        "UploadId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
        "ExternalSourceConfiguration": X[ExternalSourceConfiguration],
        "ExternalSourceConfiguration.$": str,
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
UpdateAIAgentParameters = TypedDict(
    "UpdateAIAgentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AssistantId": S,
        "AssistantId.$": str,
        "AiAgentId": S,
        "AiAgentId.$": str,
        "VisibilityStatus": S,
        "VisibilityStatus.$": str,
        "Configuration": X[AIAgentConfiguration],
        "Configuration.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateAIGuardrailParameters = TypedDict(
    "UpdateAIGuardrailParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AssistantId": S,
        "AssistantId.$": str,
        "AiGuardrailId": S,
        "AiGuardrailId.$": str,
        "VisibilityStatus": S,
        "VisibilityStatus.$": str,
        "BlockedInputMessaging": S,
        "BlockedInputMessaging.$": str,
        "BlockedOutputsMessaging": S,
        "BlockedOutputsMessaging.$": str,
        "Description": S,
        "Description.$": str,
        "TopicPolicyConfig": X[AIGuardrailTopicPolicyConfig],
        "TopicPolicyConfig.$": str,
        "ContentPolicyConfig": X[AIGuardrailContentPolicyConfig],
        "ContentPolicyConfig.$": str,
        "WordPolicyConfig": X[AIGuardrailWordPolicyConfig],
        "WordPolicyConfig.$": str,
        "SensitiveInformationPolicyConfig": X[AIGuardrailSensitiveInformationPolicyConfig],
        "SensitiveInformationPolicyConfig.$": str,
        "ContextualGroundingPolicyConfig": X[AIGuardrailContextualGroundingPolicyConfig],
        "ContextualGroundingPolicyConfig.$": str,
    },
    total=False,
)
UpdateAIPromptParameters = TypedDict(
    "UpdateAIPromptParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AssistantId": S,
        "AssistantId.$": str,
        "AiPromptId": S,
        "AiPromptId.$": str,
        "VisibilityStatus": S,
        "VisibilityStatus.$": str,
        "TemplateConfiguration": X[AIPromptTemplateConfiguration],
        "TemplateConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "ModelId": S,
        "ModelId.$": str,
        "InferenceConfiguration": X[AIPromptInferenceConfiguration],
        "InferenceConfiguration.$": str,
    },
    total=False,
)
UpdateAssistantAIAgentParameters = TypedDict(
    "UpdateAssistantAIAgentParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "AiAgentType": S,
        "AiAgentType.$": str,
        "Configuration": X[AIAgentConfigurationData],
        "Configuration.$": str,
        "OrchestratorUseCase": S,
        "OrchestratorUseCase.$": str,
    },
    total=False,
)
UpdateContentParameters = TypedDict(
    "UpdateContentParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ContentId": S,
        "ContentId.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "Title": S,
        "Title.$": str,
        "OverrideLinkOutUri": S,
        "OverrideLinkOutUri.$": str,
        "RemoveOverrideLinkOutUri": B,
        "RemoveOverrideLinkOutUri.$": str,
        "Metadata": M[S],
        "Metadata.$": str,
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
UpdateMessageTemplateParameters = TypedDict(
    "UpdateMessageTemplateParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MessageTemplateId": S,
        "MessageTemplateId.$": str,
        "Content": X[MessageTemplateContentProvider],
        "Content.$": str,
        "Language": S,
        "Language.$": str,
        "SourceConfiguration": X[MessageTemplateSourceConfiguration],
        "SourceConfiguration.$": str,
        "DefaultAttributes": X[MessageTemplateAttributes],
        "DefaultAttributes.$": str,
    },
    total=False,
)
UpdateMessageTemplateMetadataParameters = TypedDict(
    "UpdateMessageTemplateMetadataParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MessageTemplateId": S,
        "MessageTemplateId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "GroupingConfiguration": X[GroupingConfiguration],
        "GroupingConfiguration.$": str,
    },
    total=False,
)
UpdateQuickResponseParameters = TypedDict(
    "UpdateQuickResponseParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "QuickResponseId": S,
        "QuickResponseId.$": str,
        "Name": S,
        "Name.$": str,
        "Content": X[QuickResponseDataProvider],
        "Content.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "GroupingConfiguration": X[GroupingConfiguration],
        "GroupingConfiguration.$": str,
        "RemoveGroupingConfiguration": B,
        "RemoveGroupingConfiguration.$": str,
        "Description": S,
        "Description.$": str,
        "RemoveDescription": B,
        "RemoveDescription.$": str,
        "ShortcutKey": S,
        "ShortcutKey.$": str,
        "RemoveShortcutKey": B,
        "RemoveShortcutKey.$": str,
        "IsActive": B,
        "IsActive.$": str,
        "Channels": L[Si],
        "Channels.$": str,
        "Language": S,
        "Language.$": str,
    },
    total=False,
)
UpdateSessionParameters = TypedDict(
    "UpdateSessionParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "Description": S,
        "Description.$": str,
        "TagFilter": X[TagFilter],
        "TagFilter.$": str,
        "AiAgentConfiguration": M[X[AIAgentConfigurationData]],
        "AiAgentConfiguration.$": str,
        "OrchestratorConfigurationList": L[Xi[OrchestratorConfigurationEntry]],
        "OrchestratorConfigurationList.$": str,
        "RemoveOrchestratorConfigurationList": B,
        "RemoveOrchestratorConfigurationList.$": str,
    },
    total=False,
)

class RuntimeSessionDataValue(TypedDict, total=False):
    StringValue: S

class RuntimeSessionData(TypedDict, total=False):
    Key: S
    Value: X[RuntimeSessionDataValue]

UpdateSessionDataParameters = TypedDict(
    "UpdateSessionDataParameters",
    {
        "AssistantId": S,
        "AssistantId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "Data": L[Xi[RuntimeSessionData]],
        "Data.$": str,
    },
    total=False,
)
activate_message_template: Builder[ActivateMessageTemplateParameters]
create_ai_agent: Builder[CreateAIAgentParameters]
create_ai_agent_version: Builder[CreateAIAgentVersionParameters]
create_ai_guardrail: Builder[CreateAIGuardrailParameters]
create_ai_guardrail_version: Builder[CreateAIGuardrailVersionParameters]
create_ai_prompt: Builder[CreateAIPromptParameters]
create_ai_prompt_version: Builder[CreateAIPromptVersionParameters]
create_assistant: Builder[CreateAssistantParameters]
create_assistant_association: Builder[CreateAssistantAssociationParameters]
create_content: Builder[CreateContentParameters]
create_content_association: Builder[CreateContentAssociationParameters]
create_knowledge_base: Builder[CreateKnowledgeBaseParameters]
create_message_template: Builder[CreateMessageTemplateParameters]
create_message_template_attachment: Builder[CreateMessageTemplateAttachmentParameters]
create_message_template_version: Builder[CreateMessageTemplateVersionParameters]
create_quick_response: Builder[CreateQuickResponseParameters]
create_session: Builder[CreateSessionParameters]
deactivate_message_template: Builder[DeactivateMessageTemplateParameters]
delete_ai_agent: Builder[DeleteAIAgentParameters]
delete_ai_agent_version: Builder[DeleteAIAgentVersionParameters]
delete_ai_guardrail: Builder[DeleteAIGuardrailParameters]
delete_ai_guardrail_version: Builder[DeleteAIGuardrailVersionParameters]
delete_ai_prompt: Builder[DeleteAIPromptParameters]
delete_ai_prompt_version: Builder[DeleteAIPromptVersionParameters]
delete_assistant: Builder[DeleteAssistantParameters]
delete_assistant_association: Builder[DeleteAssistantAssociationParameters]
delete_content: Builder[DeleteContentParameters]
delete_content_association: Builder[DeleteContentAssociationParameters]
delete_import_job: Builder[DeleteImportJobParameters]
delete_knowledge_base: Builder[DeleteKnowledgeBaseParameters]
delete_message_template: Builder[DeleteMessageTemplateParameters]
delete_message_template_attachment: Builder[DeleteMessageTemplateAttachmentParameters]
delete_quick_response: Builder[DeleteQuickResponseParameters]
get_ai_agent: Builder[GetAIAgentParameters]
get_ai_guardrail: Builder[GetAIGuardrailParameters]
get_ai_prompt: Builder[GetAIPromptParameters]
get_assistant: Builder[GetAssistantParameters]
get_assistant_association: Builder[GetAssistantAssociationParameters]
get_content: Builder[GetContentParameters]
get_content_association: Builder[GetContentAssociationParameters]
get_content_summary: Builder[GetContentSummaryParameters]
get_import_job: Builder[GetImportJobParameters]
get_knowledge_base: Builder[GetKnowledgeBaseParameters]
get_message_template: Builder[GetMessageTemplateParameters]
get_next_message: Builder[GetNextMessageParameters]
get_quick_response: Builder[GetQuickResponseParameters]
get_recommendations: Builder[GetRecommendationsParameters]
get_session: Builder[GetSessionParameters]
list_ai_agent_versions: Builder[ListAIAgentVersionsParameters]
list_ai_agents: Builder[ListAIAgentsParameters]
list_ai_guardrail_versions: Builder[ListAIGuardrailVersionsParameters]
list_ai_guardrails: Builder[ListAIGuardrailsParameters]
list_ai_prompt_versions: Builder[ListAIPromptVersionsParameters]
list_ai_prompts: Builder[ListAIPromptsParameters]
list_assistant_associations: Builder[ListAssistantAssociationsParameters]
list_assistants: Builder[ListAssistantsParameters]
list_content_associations: Builder[ListContentAssociationsParameters]
list_contents: Builder[ListContentsParameters]
list_import_jobs: Builder[ListImportJobsParameters]
list_knowledge_bases: Builder[ListKnowledgeBasesParameters]
list_message_template_versions: Builder[ListMessageTemplateVersionsParameters]
list_message_templates: Builder[ListMessageTemplatesParameters]
list_messages: Builder[ListMessagesParameters]
list_models: Builder[ListModelsParameters]
list_quick_responses: Builder[ListQuickResponsesParameters]
list_spans: Builder[ListSpansParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
notify_recommendations_received: Builder[NotifyRecommendationsReceivedParameters]
put_feedback: Builder[PutFeedbackParameters]
query_assistant: Builder[QueryAssistantParameters]
register_assistant_replica_key: Builder[RegisterAssistantReplicaKeyParameters]
register_knowledge_base_replica_key: Builder[RegisterKnowledgeBaseReplicaKeyParameters]
remove_assistant_ai_agent: Builder[RemoveAssistantAIAgentParameters]
remove_knowledge_base_template_uri: Builder[RemoveKnowledgeBaseTemplateUriParameters]
render_message_template: Builder[RenderMessageTemplateParameters]
retrieve: Builder[RetrieveParameters]
search_content: Builder[SearchContentParameters]
search_message_templates: Builder[SearchMessageTemplatesParameters]
search_quick_responses: Builder[SearchQuickResponsesParameters]
search_sessions: Builder[SearchSessionsParameters]
send_message: Builder[SendMessageParameters]
start_content_upload: Builder[StartContentUploadParameters]
start_import_job: Builder[StartImportJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_ai_agent: Builder[UpdateAIAgentParameters]
update_ai_guardrail: Builder[UpdateAIGuardrailParameters]
update_ai_prompt: Builder[UpdateAIPromptParameters]
update_assistant_ai_agent: Builder[UpdateAssistantAIAgentParameters]
update_content: Builder[UpdateContentParameters]
update_knowledge_base_template_uri: Builder[UpdateKnowledgeBaseTemplateUriParameters]
update_message_template: Builder[UpdateMessageTemplateParameters]
update_message_template_metadata: Builder[UpdateMessageTemplateMetadataParameters]
update_quick_response: Builder[UpdateQuickResponseParameters]
update_session: Builder[UpdateSessionParameters]
update_session_data: Builder[UpdateSessionDataParameters]

__all__ = [
    "activate_message_template",
    "create_ai_agent",
    "create_ai_agent_version",
    "create_ai_guardrail",
    "create_ai_guardrail_version",
    "create_ai_prompt",
    "create_ai_prompt_version",
    "create_assistant",
    "create_assistant_association",
    "create_content",
    "create_content_association",
    "create_knowledge_base",
    "create_message_template",
    "create_message_template_attachment",
    "create_message_template_version",
    "create_quick_response",
    "create_session",
    "deactivate_message_template",
    "delete_ai_agent",
    "delete_ai_agent_version",
    "delete_ai_guardrail",
    "delete_ai_guardrail_version",
    "delete_ai_prompt",
    "delete_ai_prompt_version",
    "delete_assistant",
    "delete_assistant_association",
    "delete_content",
    "delete_content_association",
    "delete_import_job",
    "delete_knowledge_base",
    "delete_message_template",
    "delete_message_template_attachment",
    "delete_quick_response",
    "get_ai_agent",
    "get_ai_guardrail",
    "get_ai_prompt",
    "get_assistant",
    "get_assistant_association",
    "get_content",
    "get_content_association",
    "get_content_summary",
    "get_import_job",
    "get_knowledge_base",
    "get_message_template",
    "get_next_message",
    "get_quick_response",
    "get_recommendations",
    "get_session",
    "list_ai_agent_versions",
    "list_ai_agents",
    "list_ai_guardrail_versions",
    "list_ai_guardrails",
    "list_ai_prompt_versions",
    "list_ai_prompts",
    "list_assistant_associations",
    "list_assistants",
    "list_content_associations",
    "list_contents",
    "list_import_jobs",
    "list_knowledge_bases",
    "list_message_template_versions",
    "list_message_templates",
    "list_messages",
    "list_models",
    "list_quick_responses",
    "list_spans",
    "list_tags_for_resource",
    "notify_recommendations_received",
    "put_feedback",
    "query_assistant",
    "register_assistant_replica_key",
    "register_knowledge_base_replica_key",
    "remove_assistant_ai_agent",
    "remove_knowledge_base_template_uri",
    "render_message_template",
    "retrieve",
    "search_content",
    "search_message_templates",
    "search_quick_responses",
    "search_sessions",
    "send_message",
    "start_content_upload",
    "start_import_job",
    "tag_resource",
    "untag_resource",
    "update_ai_agent",
    "update_ai_guardrail",
    "update_ai_prompt",
    "update_assistant_ai_agent",
    "update_content",
    "update_knowledge_base_template_uri",
    "update_message_template",
    "update_message_template_metadata",
    "update_quick_response",
    "update_session",
    "update_session_data",
]
