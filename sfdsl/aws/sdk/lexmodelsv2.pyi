"""Typed builders of the AWS SDK integration of lexmodelsv2 (``aws-sdk:lexmodelsv2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

class NewCustomVocabularyItem(TypedDict, total=False):
    Phrase: S
    Weight: I
    DisplayAs: S

BatchCreateCustomVocabularyItemParameters = TypedDict(
    "BatchCreateCustomVocabularyItemParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "CustomVocabularyItemList": L[Xi[NewCustomVocabularyItem]],
        "CustomVocabularyItemList.$": str,
    },
    total=False,
)

class CustomVocabularyEntryId(TypedDict, total=False):
    ItemId: S

BatchDeleteCustomVocabularyItemParameters = TypedDict(
    "BatchDeleteCustomVocabularyItemParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "CustomVocabularyItemList": L[Xi[CustomVocabularyEntryId]],
        "CustomVocabularyItemList.$": str,
    },
    total=False,
)

class CustomVocabularyItem(TypedDict, total=False):
    ItemId: S
    Phrase: S
    Weight: I
    DisplayAs: S

BatchUpdateCustomVocabularyItemParameters = TypedDict(
    "BatchUpdateCustomVocabularyItemParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "CustomVocabularyItemList": L[Xi[CustomVocabularyItem]],
        "CustomVocabularyItemList.$": str,
    },
    total=False,
)
BuildBotLocaleParameters = TypedDict(
    "BuildBotLocaleParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
    },
    total=False,
)

class DataPrivacy(TypedDict, total=False):
    ChildDirected: B

class BotMember(TypedDict, total=False):
    BotMemberId: S
    BotMemberName: S
    BotMemberAliasId: S
    BotMemberAliasName: S
    BotMemberVersion: S

class ErrorLogSettings(TypedDict, total=False):
    Enabled: B

CreateBotParameters = TypedDict(
    "CreateBotParameters",
    {
        "BotName": S,
        "BotName.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "DataPrivacy": X[DataPrivacy],
        "DataPrivacy.$": str,
        "IdleSessionTTLInSeconds": I,
        "IdleSessionTTLInSeconds.$": str,
        "BotTags": M[S],
        "BotTags.$": str,
        "TestBotAliasTags": M[S],
        "TestBotAliasTags.$": str,
        "BotType": S,
        "BotType.$": str,
        "BotMembers": L[Xi[BotMember]],
        "BotMembers.$": str,
        "ErrorLogSettings": X[ErrorLogSettings],
        "ErrorLogSettings.$": str,
    },
    total=False,
)

class LambdaCodeHook(TypedDict, total=False):
    LambdaARN: S
    CodeHookInterfaceVersion: S

class CodeHookSpecification(TypedDict, total=False):
    LambdaCodeHook: X[LambdaCodeHook]

class BotAliasLocaleSettings(TypedDict, total=False):
    Enabled: B
    CodeHookSpecification: X[CodeHookSpecification]

class CloudWatchLogGroupLogDestination(TypedDict, total=False):
    CloudWatchLogGroupArn: S
    LogPrefix: S

class TextLogDestination(TypedDict, total=False):
    CloudWatch: X[CloudWatchLogGroupLogDestination]

class TextLogSetting(TypedDict, total=False):
    Enabled: B
    Destination: X[TextLogDestination]
    SelectiveLoggingEnabled: B

class S3BucketLogDestination(TypedDict, total=False):
    KmsKeyArn: S
    S3BucketArn: S
    LogPrefix: S

class AudioLogDestination(TypedDict, total=False):
    S3Bucket: X[S3BucketLogDestination]

class AudioLogSetting(TypedDict, total=False):
    Enabled: B
    Destination: X[AudioLogDestination]
    SelectiveLoggingEnabled: B

class ConversationLogSettings(TypedDict, total=False):
    TextLogSettings: L[Xi[TextLogSetting]]
    AudioLogSettings: L[Xi[AudioLogSetting]]

class SentimentAnalysisSettings(TypedDict, total=False):
    DetectSentiment: B

CreateBotAliasParameters = TypedDict(
    "CreateBotAliasParameters",
    {
        "BotAliasName": S,
        "BotAliasName.$": str,
        "Description": S,
        "Description.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "BotAliasLocaleSettings": M[X[BotAliasLocaleSettings]],
        "BotAliasLocaleSettings.$": str,
        "ConversationLogSettings": X[ConversationLogSettings],
        "ConversationLogSettings.$": str,
        "SentimentAnalysisSettings": X[SentimentAnalysisSettings],
        "SentimentAnalysisSettings.$": str,
        "BotId": S,
        "BotId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class VoiceSettings(TypedDict, total=False):
    Engine: S
    VoiceId: S

class SpeechFoundationModel(TypedDict, total=False):
    ModelArn: S
    VoiceId: S

class UnifiedSpeechSettings(TypedDict, total=False):
    SpeechFoundationModel: X[SpeechFoundationModel]

class AudioFillerSettings(TypedDict, total=False):
    Enabled: B
    AudioType: S
    StartDelayInMilliseconds: I
    MinimumPlayDurationInMilliseconds: I
    ResponseDeliveryDelayInMilliseconds: I

class DeepgramSpeechModelConfig(TypedDict, total=False):
    ApiTokenSecretArn: S
    ModelId: S

class SpeechModelConfig(TypedDict, total=False):
    DeepgramConfig: X[DeepgramSpeechModelConfig]

class SpeechRecognitionSettings(TypedDict, total=False):
    SpeechModelPreference: S
    SpeechModelConfig: X[SpeechModelConfig]

class BedrockGuardrailConfiguration(TypedDict, total=False):
    Identifier: S
    Version: S

class BedrockModelSpecification(TypedDict, total=False):
    ModelArn: S
    Guardrail: X[BedrockGuardrailConfiguration]
    TraceStatus: S
    CustomPrompt: S

class SlotResolutionImprovementSpecification(TypedDict, total=False):
    Enabled: B
    BedrockModelSpecification: X[BedrockModelSpecification]

class IntentDisambiguationSettings(TypedDict, total=False):
    Enabled: B
    MaxDisambiguationIntents: I
    CustomDisambiguationMessage: S

class NluImprovementSpecification(TypedDict, total=False):
    Enabled: B
    AssistedNluMode: S
    IntentDisambiguationSettings: X[IntentDisambiguationSettings]

class RuntimeSettings(TypedDict, total=False):
    SlotResolutionImprovement: X[SlotResolutionImprovementSpecification]
    NluImprovement: X[NluImprovementSpecification]

class DescriptiveBotBuilderSpecification(TypedDict, total=False):
    Enabled: B
    BedrockModelSpecification: X[BedrockModelSpecification]

class SampleUtteranceGenerationSpecification(TypedDict, total=False):
    Enabled: B
    BedrockModelSpecification: X[BedrockModelSpecification]

class BuildtimeSettings(TypedDict, total=False):
    DescriptiveBotBuilder: X[DescriptiveBotBuilderSpecification]
    SampleUtteranceGeneration: X[SampleUtteranceGenerationSpecification]

class GenerativeAISettings(TypedDict, total=False):
    RuntimeSettings: X[RuntimeSettings]
    BuildtimeSettings: X[BuildtimeSettings]

class SpeakerDiarizationSettings(TypedDict, total=False):
    Enabled: B

CreateBotLocaleParameters = TypedDict(
    "CreateBotLocaleParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "Description": S,
        "Description.$": str,
        "NluIntentConfidenceThreshold": F,
        "NluIntentConfidenceThreshold.$": str,
        "VoiceSettings": X[VoiceSettings],
        "VoiceSettings.$": str,
        "UnifiedSpeechSettings": X[UnifiedSpeechSettings],
        "UnifiedSpeechSettings.$": str,
        "AudioFillerSettings": X[AudioFillerSettings],
        "AudioFillerSettings.$": str,
        "SpeechRecognitionSettings": X[SpeechRecognitionSettings],
        "SpeechRecognitionSettings.$": str,
        "GenerativeAISettings": X[GenerativeAISettings],
        "GenerativeAISettings.$": str,
        "SpeechDetectionSensitivity": S,
        "SpeechDetectionSensitivity.$": str,
        "SpeakerDiarizationSettings": X[SpeakerDiarizationSettings],
        "SpeakerDiarizationSettings.$": str,
    },
    total=False,
)
CreateBotReplicaParameters = TypedDict(
    "CreateBotReplicaParameters",
    {"BotId": S, "BotId.$": str, "ReplicaRegion": S, "ReplicaRegion.$": str},
    total=False,
)

class BotVersionLocaleDetails(TypedDict, total=False):
    SourceBotVersion: S

CreateBotVersionParameters = TypedDict(
    "CreateBotVersionParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "Description": S,
        "Description.$": str,
        "BotVersionLocaleSpecification": M[X[BotVersionLocaleDetails]],
        "BotVersionLocaleSpecification.$": str,
    },
    total=False,
)

class BotExportSpecification(TypedDict, total=False):
    BotId: S
    BotVersion: S

class BotLocaleExportSpecification(TypedDict, total=False):
    BotId: S
    BotVersion: S
    LocaleId: S

class CustomVocabularyExportSpecification(TypedDict, total=False):
    BotId: S
    BotVersion: S
    LocaleId: S

class TestSetExportSpecification(TypedDict, total=False):
    TestSetId: S

class ExportResourceSpecification(TypedDict, total=False):
    BotExportSpecification: X[BotExportSpecification]
    BotLocaleExportSpecification: X[BotLocaleExportSpecification]
    CustomVocabularyExportSpecification: X[CustomVocabularyExportSpecification]
    TestSetExportSpecification: X[TestSetExportSpecification]

CreateExportParameters = TypedDict(
    "CreateExportParameters",
    {
        "ResourceSpecification": X[ExportResourceSpecification],
        "ResourceSpecification.$": str,
        "FileFormat": S,
        "FileFormat.$": str,
        "FilePassword": S,
        "FilePassword.$": str,
    },
    total=False,
)

class SampleUtterance(TypedDict, total=False):
    Utterance: S

class DialogCodeHookSettings(TypedDict, total=False):
    Enabled: B

class PlainTextMessage(TypedDict, total=False):
    Value: S

class CustomPayload(TypedDict, total=False):
    Value: S

class SSMLMessage(TypedDict, total=False):
    Value: S

class Button(TypedDict, total=False):
    Text: S
    Value: S

class ImageResponseCard(TypedDict, total=False):
    Title: S
    Subtitle: S
    ImageUrl: S
    Buttons: L[Xi[Button]]

class Message(TypedDict, total=False):
    PlainTextMessage: X[PlainTextMessage]
    CustomPayload: X[CustomPayload]
    SsmlMessage: X[SSMLMessage]
    ImageResponseCard: X[ImageResponseCard]

class MessageGroup(TypedDict, total=False):
    Message: X[Message]
    Variations: L[Xi[Message]]

class ResponseSpecification(TypedDict, total=False):
    MessageGroups: L[Xi[MessageGroup]]
    AllowInterrupt: B

class DialogAction(TypedDict, total=False):
    Type: S
    SlotToElicit: S
    SuppressNextMessage: B

class SlotValue(TypedDict, total=False):
    InterpretedValue: S

class SlotValueOverride(TypedDict, total=False):
    Shape: S
    Value: X[SlotValue]
    Values: L[Xi[SlotValueOverride]]

class IntentOverride(TypedDict, total=False):
    Name: S
    Slots: M[X[SlotValueOverride]]

class DialogState(TypedDict, total=False):
    DialogAction: X[DialogAction]
    Intent: X[IntentOverride]
    SessionAttributes: M[S]

class Condition(TypedDict, total=False):
    ExpressionString: S

class ConditionalBranch(TypedDict, total=False):
    Name: S
    Condition: X[Condition]
    NextStep: X[DialogState]
    Response: X[ResponseSpecification]

class DefaultConditionalBranch(TypedDict, total=False):
    NextStep: X[DialogState]
    Response: X[ResponseSpecification]

class ConditionalSpecification(TypedDict, total=False):
    Active: B
    ConditionalBranches: L[Xi[ConditionalBranch]]
    DefaultBranch: X[DefaultConditionalBranch]

class PostFulfillmentStatusSpecification(TypedDict, total=False):
    SuccessResponse: X[ResponseSpecification]
    FailureResponse: X[ResponseSpecification]
    TimeoutResponse: X[ResponseSpecification]
    SuccessNextStep: X[DialogState]
    SuccessConditional: X[ConditionalSpecification]
    FailureNextStep: X[DialogState]
    FailureConditional: X[ConditionalSpecification]
    TimeoutNextStep: X[DialogState]
    TimeoutConditional: X[ConditionalSpecification]

class FulfillmentStartResponseSpecification(TypedDict, total=False):
    DelayInSeconds: I
    MessageGroups: L[Xi[MessageGroup]]
    AllowInterrupt: B

class FulfillmentUpdateResponseSpecification(TypedDict, total=False):
    FrequencyInSeconds: I
    MessageGroups: L[Xi[MessageGroup]]
    AllowInterrupt: B

class FulfillmentUpdatesSpecification(TypedDict, total=False):
    Active: B
    StartResponse: X[FulfillmentStartResponseSpecification]
    UpdateResponse: X[FulfillmentUpdateResponseSpecification]
    TimeoutInSeconds: I

class FulfillmentCodeHookSettings(TypedDict, total=False):
    Enabled: B
    PostFulfillmentStatusSpecification: X[PostFulfillmentStatusSpecification]
    FulfillmentUpdatesSpecification: X[FulfillmentUpdatesSpecification]
    Active: B

class AllowedInputTypes(TypedDict, total=False):
    AllowAudioInput: B
    AllowDTMFInput: B

class AudioSpecification(TypedDict, total=False):
    MaxLengthMs: I
    EndTimeoutMs: I

class DTMFSpecification(TypedDict, total=False):
    MaxLength: I
    EndTimeoutMs: I
    DeletionCharacter: S
    EndCharacter: S

class AudioAndDTMFInputSpecification(TypedDict, total=False):
    StartTimeoutMs: I
    AudioSpecification: X[AudioSpecification]
    DtmfSpecification: X[DTMFSpecification]

class TextInputSpecification(TypedDict, total=False):
    StartTimeoutMs: I

class PromptAttemptSpecification(TypedDict, total=False):
    AllowInterrupt: B
    AllowedInputTypes: X[AllowedInputTypes]
    AudioAndDTMFInputSpecification: X[AudioAndDTMFInputSpecification]
    TextInputSpecification: X[TextInputSpecification]

class PromptSpecification(TypedDict, total=False):
    MessageGroups: L[Xi[MessageGroup]]
    MaxRetries: I
    AllowInterrupt: B
    MessageSelectionStrategy: S
    PromptAttemptsSpecification: M[X[PromptAttemptSpecification]]

class PostDialogCodeHookInvocationSpecification(TypedDict, total=False):
    SuccessResponse: X[ResponseSpecification]
    SuccessNextStep: X[DialogState]
    SuccessConditional: X[ConditionalSpecification]
    FailureResponse: X[ResponseSpecification]
    FailureNextStep: X[DialogState]
    FailureConditional: X[ConditionalSpecification]
    TimeoutResponse: X[ResponseSpecification]
    TimeoutNextStep: X[DialogState]
    TimeoutConditional: X[ConditionalSpecification]

class DialogCodeHookInvocationSetting(TypedDict, total=False):
    EnableCodeHookInvocation: B
    Active: B
    InvocationLabel: S
    PostCodeHookSpecification: X[PostDialogCodeHookInvocationSpecification]

class ElicitationCodeHookInvocationSetting(TypedDict, total=False):
    EnableCodeHookInvocation: B
    InvocationLabel: S

class IntentConfirmationSetting(TypedDict, total=False):
    PromptSpecification: X[PromptSpecification]
    DeclinationResponse: X[ResponseSpecification]
    Active: B
    ConfirmationResponse: X[ResponseSpecification]
    ConfirmationNextStep: X[DialogState]
    ConfirmationConditional: X[ConditionalSpecification]
    DeclinationNextStep: X[DialogState]
    DeclinationConditional: X[ConditionalSpecification]
    FailureResponse: X[ResponseSpecification]
    FailureNextStep: X[DialogState]
    FailureConditional: X[ConditionalSpecification]
    CodeHook: X[DialogCodeHookInvocationSetting]
    ElicitationCodeHook: X[ElicitationCodeHookInvocationSetting]

class IntentClosingSetting(TypedDict, total=False):
    ClosingResponse: X[ResponseSpecification]
    Active: B
    NextStep: X[DialogState]
    Conditional: X[ConditionalSpecification]

class InputContext(TypedDict, total=False):
    Name: S

class OutputContext(TypedDict, total=False):
    Name: S
    TimeToLiveInSeconds: I
    TurnsToLive: I

class KendraConfiguration(TypedDict, total=False):
    KendraIndex: S
    QueryFilterStringEnabled: B
    QueryFilterString: S

class InitialResponseSetting(TypedDict, total=False):
    InitialResponse: X[ResponseSpecification]
    NextStep: X[DialogState]
    Conditional: X[ConditionalSpecification]
    CodeHook: X[DialogCodeHookInvocationSetting]

class ExactResponseFields(TypedDict, total=False):
    QuestionField: S
    AnswerField: S

class OpensearchConfiguration(TypedDict, total=False):
    DomainEndpoint: S
    IndexName: S
    ExactResponse: B
    ExactResponseFields: X[ExactResponseFields]
    IncludeFields: L[Si]

class QnAKendraConfiguration(TypedDict, total=False):
    KendraIndex: S
    QueryFilterStringEnabled: B
    QueryFilterString: S
    ExactResponse: B

class BedrockKnowledgeStoreExactResponseFields(TypedDict, total=False):
    AnswerField: S

class BedrockKnowledgeStoreConfiguration(TypedDict, total=False):
    BedrockKnowledgeBaseArn: S
    ExactResponse: B
    ExactResponseFields: X[BedrockKnowledgeStoreExactResponseFields]

class DataSourceConfiguration(TypedDict, total=False):
    OpensearchConfiguration: X[OpensearchConfiguration]
    KendraConfiguration: X[QnAKendraConfiguration]
    BedrockKnowledgeStoreConfiguration: X[BedrockKnowledgeStoreConfiguration]

class QnAIntentConfiguration(TypedDict, total=False):
    DataSourceConfiguration: X[DataSourceConfiguration]
    BedrockModelConfiguration: X[BedrockModelSpecification]

class QInConnectAssistantConfiguration(TypedDict, total=False):
    AssistantArn: S

class QInConnectIntentConfiguration(TypedDict, total=False):
    QInConnectAssistantConfiguration: X[QInConnectAssistantConfiguration]

CreateIntentParameters = TypedDict(
    "CreateIntentParameters",
    {
        "IntentName": S,
        "IntentName.$": str,
        "IntentDisplayName": S,
        "IntentDisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "ParentIntentSignature": S,
        "ParentIntentSignature.$": str,
        "SampleUtterances": L[Xi[SampleUtterance]],
        "SampleUtterances.$": str,
        "DialogCodeHook": X[DialogCodeHookSettings],
        "DialogCodeHook.$": str,
        "FulfillmentCodeHook": X[FulfillmentCodeHookSettings],
        "FulfillmentCodeHook.$": str,
        "IntentConfirmationSetting": X[IntentConfirmationSetting],
        "IntentConfirmationSetting.$": str,
        "IntentClosingSetting": X[IntentClosingSetting],
        "IntentClosingSetting.$": str,
        "InputContexts": L[Xi[InputContext]],
        "InputContexts.$": str,
        "OutputContexts": L[Xi[OutputContext]],
        "OutputContexts.$": str,
        "KendraConfiguration": X[KendraConfiguration],
        "KendraConfiguration.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "InitialResponseSetting": X[InitialResponseSetting],
        "InitialResponseSetting.$": str,
        "QnAIntentConfiguration": X[QnAIntentConfiguration],
        "QnAIntentConfiguration.$": str,
        "QInConnectIntentConfiguration": X[QInConnectIntentConfiguration],
        "QInConnectIntentConfiguration.$": str,
    },
    total=False,
)
CreateResourcePolicyParameters = TypedDict(
    "CreateResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)

class Principal(TypedDict, total=False):
    Service: S
    Arn: S

CreateResourcePolicyStatementParameters = TypedDict(
    "CreateResourcePolicyStatementParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "StatementId": S,
        "StatementId.$": str,
        "Effect": S,
        "Effect.$": str,
        "Principal": L[Xi[Principal]],
        "Principal.$": str,
        "Action": L[Si],
        "Action.$": str,
        "Condition": M[M[S]],
        "Condition.$": str,
        "ExpectedRevisionId": S,
        "ExpectedRevisionId.$": str,
    },
    total=False,
)

class SlotDefaultValue(TypedDict, total=False):
    DefaultValue: S

class SlotDefaultValueSpecification(TypedDict, total=False):
    DefaultValueList: L[Xi[SlotDefaultValue]]

class StillWaitingResponseSpecification(TypedDict, total=False):
    MessageGroups: L[Xi[MessageGroup]]
    FrequencyInSeconds: I
    TimeoutInSeconds: I
    AllowInterrupt: B

class WaitAndContinueSpecification(TypedDict, total=False):
    WaitingResponse: X[ResponseSpecification]
    ContinueResponse: X[ResponseSpecification]
    StillWaitingResponse: X[StillWaitingResponseSpecification]
    Active: B

class SlotCaptureSetting(TypedDict, total=False):
    CaptureResponse: X[ResponseSpecification]
    CaptureNextStep: X[DialogState]
    CaptureConditional: X[ConditionalSpecification]
    FailureResponse: X[ResponseSpecification]
    FailureNextStep: X[DialogState]
    FailureConditional: X[ConditionalSpecification]
    CodeHook: X[DialogCodeHookInvocationSetting]
    ElicitationCodeHook: X[ElicitationCodeHookInvocationSetting]

class SlotResolutionSetting(TypedDict, total=False):
    SlotResolutionStrategy: S

class SlotValueElicitationSetting(TypedDict, total=False):
    DefaultValueSpecification: X[SlotDefaultValueSpecification]
    SlotConstraint: S
    PromptSpecification: X[PromptSpecification]
    SampleUtterances: L[Xi[SampleUtterance]]
    WaitAndContinueSpecification: X[WaitAndContinueSpecification]
    SlotCaptureSetting: X[SlotCaptureSetting]
    SlotResolutionSetting: X[SlotResolutionSetting]

class ObfuscationSetting(TypedDict, total=False):
    ObfuscationSettingType: S

class MultipleValuesSetting(TypedDict, total=False):
    AllowMultipleValues: B

class SubSlotValueElicitationSetting(TypedDict, total=False):
    DefaultValueSpecification: X[SlotDefaultValueSpecification]
    PromptSpecification: X[PromptSpecification]
    SampleUtterances: L[Xi[SampleUtterance]]
    WaitAndContinueSpecification: X[WaitAndContinueSpecification]

class Specifications(TypedDict, total=False):
    SlotTypeId: S
    ValueElicitationSetting: X[SubSlotValueElicitationSetting]

class SubSlotSetting(TypedDict, total=False):
    Expression: S
    SlotSpecifications: M[X[Specifications]]

CreateSlotParameters = TypedDict(
    "CreateSlotParameters",
    {
        "SlotName": S,
        "SlotName.$": str,
        "Description": S,
        "Description.$": str,
        "SlotTypeId": S,
        "SlotTypeId.$": str,
        "ValueElicitationSetting": X[SlotValueElicitationSetting],
        "ValueElicitationSetting.$": str,
        "ObfuscationSetting": X[ObfuscationSetting],
        "ObfuscationSetting.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "IntentId": S,
        "IntentId.$": str,
        "MultipleValuesSetting": X[MultipleValuesSetting],
        "MultipleValuesSetting.$": str,
        "SubSlotSetting": X[SubSlotSetting],
        "SubSlotSetting.$": str,
    },
    total=False,
)

class SampleValue(TypedDict, total=False):
    Value: S

class SlotTypeValue(TypedDict, total=False):
    SampleValue: X[SampleValue]
    Synonyms: L[Xi[SampleValue]]

class SlotValueRegexFilter(TypedDict, total=False):
    Pattern: S

class AdvancedRecognitionSetting(TypedDict, total=False):
    AudioRecognitionStrategy: S

class SlotValueSelectionSetting(TypedDict, total=False):
    ResolutionStrategy: S
    RegexFilter: X[SlotValueRegexFilter]
    AdvancedRecognitionSetting: X[AdvancedRecognitionSetting]

class GrammarSlotTypeSource(TypedDict, total=False):
    S3BucketName: S
    S3ObjectKey: S
    KmsKeyArn: S

class GrammarSlotTypeSetting(TypedDict, total=False):
    Source: X[GrammarSlotTypeSource]

class ExternalSourceSetting(TypedDict, total=False):
    GrammarSlotTypeSetting: X[GrammarSlotTypeSetting]

class SubSlotTypeComposition(TypedDict, total=False):
    Name: S
    SlotTypeId: S

class CompositeSlotTypeSetting(TypedDict, total=False):
    SubSlots: L[Xi[SubSlotTypeComposition]]

CreateSlotTypeParameters = TypedDict(
    "CreateSlotTypeParameters",
    {
        "SlotTypeName": S,
        "SlotTypeName.$": str,
        "Description": S,
        "Description.$": str,
        "SlotTypeValues": L[Xi[SlotTypeValue]],
        "SlotTypeValues.$": str,
        "ValueSelectionSetting": X[SlotValueSelectionSetting],
        "ValueSelectionSetting.$": str,
        "ParentSlotTypeSignature": S,
        "ParentSlotTypeSignature.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "ExternalSourceSetting": X[ExternalSourceSetting],
        "ExternalSourceSetting.$": str,
        "CompositeSlotTypeSetting": X[CompositeSlotTypeSetting],
        "CompositeSlotTypeSetting.$": str,
    },
    total=False,
)

class TestSetDiscrepancyReportBotAliasTarget(TypedDict, total=False):
    BotId: S
    BotAliasId: S
    LocaleId: S

class TestSetDiscrepancyReportResourceTarget(TypedDict, total=False):
    BotAliasTarget: X[TestSetDiscrepancyReportBotAliasTarget]

CreateTestSetDiscrepancyReportParameters = TypedDict(
    "CreateTestSetDiscrepancyReportParameters",
    {
        "TestSetId": S,
        "TestSetId.$": str,
        "Target": X[TestSetDiscrepancyReportResourceTarget],
        "Target.$": str,
    },
    total=False,
)

class CreateUploadUrlParameters(TypedDict, total=False): ...

DeleteBotParameters = TypedDict(
    "DeleteBotParameters",
    {"BotId": S, "BotId.$": str, "SkipResourceInUseCheck": B, "SkipResourceInUseCheck.$": str},
    total=False,
)
DeleteBotAliasParameters = TypedDict(
    "DeleteBotAliasParameters",
    {
        "BotAliasId": S,
        "BotAliasId.$": str,
        "BotId": S,
        "BotId.$": str,
        "SkipResourceInUseCheck": B,
        "SkipResourceInUseCheck.$": str,
    },
    total=False,
)
DeleteBotAnalyzerRecommendationParameters = TypedDict(
    "DeleteBotAnalyzerRecommendationParameters",
    {"BotId": S, "BotId.$": str, "BotAnalyzerRequestId": S, "BotAnalyzerRequestId.$": str},
    total=False,
)
DeleteBotLocaleParameters = TypedDict(
    "DeleteBotLocaleParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
    },
    total=False,
)
DeleteBotReplicaParameters = TypedDict(
    "DeleteBotReplicaParameters",
    {"BotId": S, "BotId.$": str, "ReplicaRegion": S, "ReplicaRegion.$": str},
    total=False,
)
DeleteBotVersionParameters = TypedDict(
    "DeleteBotVersionParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "SkipResourceInUseCheck": B,
        "SkipResourceInUseCheck.$": str,
    },
    total=False,
)
DeleteCustomVocabularyParameters = TypedDict(
    "DeleteCustomVocabularyParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
    },
    total=False,
)
DeleteExportParameters = TypedDict(
    "DeleteExportParameters", {"ExportId": S, "ExportId.$": str}, total=False
)
DeleteImportParameters = TypedDict(
    "DeleteImportParameters", {"ImportId": S, "ImportId.$": str}, total=False
)
DeleteIntentParameters = TypedDict(
    "DeleteIntentParameters",
    {
        "IntentId": S,
        "IntentId.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
    },
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "ExpectedRevisionId": S, "ExpectedRevisionId.$": str},
    total=False,
)
DeleteResourcePolicyStatementParameters = TypedDict(
    "DeleteResourcePolicyStatementParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "StatementId": S,
        "StatementId.$": str,
        "ExpectedRevisionId": S,
        "ExpectedRevisionId.$": str,
    },
    total=False,
)
DeleteSlotParameters = TypedDict(
    "DeleteSlotParameters",
    {
        "SlotId": S,
        "SlotId.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "IntentId": S,
        "IntentId.$": str,
    },
    total=False,
)
DeleteSlotTypeParameters = TypedDict(
    "DeleteSlotTypeParameters",
    {
        "SlotTypeId": S,
        "SlotTypeId.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "SkipResourceInUseCheck": B,
        "SkipResourceInUseCheck.$": str,
    },
    total=False,
)
DeleteTestSetParameters = TypedDict(
    "DeleteTestSetParameters", {"TestSetId": S, "TestSetId.$": str}, total=False
)
DeleteUtterancesParameters = TypedDict(
    "DeleteUtterancesParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "SessionId": S,
        "SessionId.$": str,
    },
    total=False,
)
DescribeBotParameters = TypedDict(
    "DescribeBotParameters", {"BotId": S, "BotId.$": str}, total=False
)
DescribeBotAliasParameters = TypedDict(
    "DescribeBotAliasParameters",
    {"BotAliasId": S, "BotAliasId.$": str, "BotId": S, "BotId.$": str},
    total=False,
)
DescribeBotAnalyzerRecommendationParameters = TypedDict(
    "DescribeBotAnalyzerRecommendationParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotAnalyzerRequestId": S,
        "BotAnalyzerRequestId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeBotLocaleParameters = TypedDict(
    "DescribeBotLocaleParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
    },
    total=False,
)
DescribeBotRecommendationParameters = TypedDict(
    "DescribeBotRecommendationParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "BotRecommendationId": S,
        "BotRecommendationId.$": str,
    },
    total=False,
)
DescribeBotReplicaParameters = TypedDict(
    "DescribeBotReplicaParameters",
    {"BotId": S, "BotId.$": str, "ReplicaRegion": S, "ReplicaRegion.$": str},
    total=False,
)
DescribeBotResourceGenerationParameters = TypedDict(
    "DescribeBotResourceGenerationParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "GenerationId": S,
        "GenerationId.$": str,
    },
    total=False,
)
DescribeBotVersionParameters = TypedDict(
    "DescribeBotVersionParameters",
    {"BotId": S, "BotId.$": str, "BotVersion": S, "BotVersion.$": str},
    total=False,
)
DescribeCustomVocabularyMetadataParameters = TypedDict(
    "DescribeCustomVocabularyMetadataParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
    },
    total=False,
)
DescribeExportParameters = TypedDict(
    "DescribeExportParameters", {"ExportId": S, "ExportId.$": str}, total=False
)
DescribeImportParameters = TypedDict(
    "DescribeImportParameters", {"ImportId": S, "ImportId.$": str}, total=False
)
DescribeIntentParameters = TypedDict(
    "DescribeIntentParameters",
    {
        "IntentId": S,
        "IntentId.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
    },
    total=False,
)
DescribeResourcePolicyParameters = TypedDict(
    "DescribeResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DescribeSlotParameters = TypedDict(
    "DescribeSlotParameters",
    {
        "SlotId": S,
        "SlotId.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "IntentId": S,
        "IntentId.$": str,
    },
    total=False,
)
DescribeSlotTypeParameters = TypedDict(
    "DescribeSlotTypeParameters",
    {
        "SlotTypeId": S,
        "SlotTypeId.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
    },
    total=False,
)
DescribeTestExecutionParameters = TypedDict(
    "DescribeTestExecutionParameters", {"TestExecutionId": S, "TestExecutionId.$": str}, total=False
)
DescribeTestSetParameters = TypedDict(
    "DescribeTestSetParameters", {"TestSetId": S, "TestSetId.$": str}, total=False
)
DescribeTestSetDiscrepancyReportParameters = TypedDict(
    "DescribeTestSetDiscrepancyReportParameters",
    {"TestSetDiscrepancyReportId": S, "TestSetDiscrepancyReportId.$": str},
    total=False,
)
DescribeTestSetGenerationParameters = TypedDict(
    "DescribeTestSetGenerationParameters",
    {"TestSetGenerationId": S, "TestSetGenerationId.$": str},
    total=False,
)
GenerateBotElementParameters = TypedDict(
    "GenerateBotElementParameters",
    {
        "IntentId": S,
        "IntentId.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
    },
    total=False,
)
GetTestExecutionArtifactsUrlParameters = TypedDict(
    "GetTestExecutionArtifactsUrlParameters",
    {"TestExecutionId": S, "TestExecutionId.$": str},
    total=False,
)

class RelativeAggregationDuration(TypedDict, total=False):
    TimeDimension: S
    TimeValue: I

class UtteranceAggregationDuration(TypedDict, total=False):
    RelativeAggregationDuration: X[RelativeAggregationDuration]

class AggregatedUtterancesSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

class AggregatedUtterancesFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

ListAggregatedUtterancesParameters = TypedDict(
    "ListAggregatedUtterancesParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotAliasId": S,
        "BotAliasId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "AggregationDuration": X[UtteranceAggregationDuration],
        "AggregationDuration.$": str,
        "SortBy": X[AggregatedUtterancesSortBy],
        "SortBy.$": str,
        "Filters": L[Xi[AggregatedUtterancesFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBotAliasReplicasParameters = TypedDict(
    "ListBotAliasReplicasParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "ReplicaRegion": S,
        "ReplicaRegion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBotAliasesParameters = TypedDict(
    "ListBotAliasesParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBotAnalyzerHistoryParameters = TypedDict(
    "ListBotAnalyzerHistoryParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class BotLocaleSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

class BotLocaleFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

ListBotLocalesParameters = TypedDict(
    "ListBotLocalesParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "SortBy": X[BotLocaleSortBy],
        "SortBy.$": str,
        "Filters": L[Xi[BotLocaleFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBotRecommendationsParameters = TypedDict(
    "ListBotRecommendationsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBotReplicasParameters = TypedDict(
    "ListBotReplicasParameters", {"BotId": S, "BotId.$": str}, total=False
)

class GenerationSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

ListBotResourceGenerationsParameters = TypedDict(
    "ListBotResourceGenerationsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "SortBy": X[GenerationSortBy],
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class BotVersionReplicaSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

ListBotVersionReplicasParameters = TypedDict(
    "ListBotVersionReplicasParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "ReplicaRegion": S,
        "ReplicaRegion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": X[BotVersionReplicaSortBy],
        "SortBy.$": str,
    },
    total=False,
)

class BotVersionSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

ListBotVersionsParameters = TypedDict(
    "ListBotVersionsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "SortBy": X[BotVersionSortBy],
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class BotSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

class BotFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

ListBotsParameters = TypedDict(
    "ListBotsParameters",
    {
        "SortBy": X[BotSortBy],
        "SortBy.$": str,
        "Filters": L[Xi[BotFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class BuiltInIntentSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

ListBuiltInIntentsParameters = TypedDict(
    "ListBuiltInIntentsParameters",
    {
        "LocaleId": S,
        "LocaleId.$": str,
        "SortBy": X[BuiltInIntentSortBy],
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class BuiltInSlotTypeSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

ListBuiltInSlotTypesParameters = TypedDict(
    "ListBuiltInSlotTypesParameters",
    {
        "LocaleId": S,
        "LocaleId.$": str,
        "SortBy": X[BuiltInSlotTypeSortBy],
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCustomVocabularyItemsParameters = TypedDict(
    "ListCustomVocabularyItemsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ExportSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

class ExportFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

ListExportsParameters = TypedDict(
    "ListExportsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "SortBy": X[ExportSortBy],
        "SortBy.$": str,
        "Filters": L[Xi[ExportFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
    },
    total=False,
)

class ImportSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

class ImportFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

ListImportsParameters = TypedDict(
    "ListImportsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "SortBy": X[ImportSortBy],
        "SortBy.$": str,
        "Filters": L[Xi[ImportFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
    },
    total=False,
)

class AnalyticsIntentMetric(TypedDict, total=False):
    Name: S
    Statistic: S
    Order: S

class AnalyticsBinBySpecification(TypedDict, total=False):
    Name: S
    Interval: S
    Order: S

class AnalyticsIntentGroupBySpecification(TypedDict, total=False):
    Name: S

class AnalyticsIntentFilter(TypedDict, total=False):
    Name: S
    Operator: S
    Values: L[Si]

ListIntentMetricsParameters = TypedDict(
    "ListIntentMetricsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "StartDateTime": T,
        "StartDateTime.$": str,
        "EndDateTime": T,
        "EndDateTime.$": str,
        "Metrics": L[Xi[AnalyticsIntentMetric]],
        "Metrics.$": str,
        "BinBy": L[Xi[AnalyticsBinBySpecification]],
        "BinBy.$": str,
        "GroupBy": L[Xi[AnalyticsIntentGroupBySpecification]],
        "GroupBy.$": str,
        "Filters": L[Xi[AnalyticsIntentFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AnalyticsPathFilter(TypedDict, total=False):
    Name: S
    Operator: S
    Values: L[Si]

ListIntentPathsParameters = TypedDict(
    "ListIntentPathsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "StartDateTime": T,
        "StartDateTime.$": str,
        "EndDateTime": T,
        "EndDateTime.$": str,
        "IntentPath": S,
        "IntentPath.$": str,
        "Filters": L[Xi[AnalyticsPathFilter]],
        "Filters.$": str,
    },
    total=False,
)

class AnalyticsIntentStageMetric(TypedDict, total=False):
    Name: S
    Statistic: S
    Order: S

class AnalyticsIntentStageGroupBySpecification(TypedDict, total=False):
    Name: S

class AnalyticsIntentStageFilter(TypedDict, total=False):
    Name: S
    Operator: S
    Values: L[Si]

ListIntentStageMetricsParameters = TypedDict(
    "ListIntentStageMetricsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "StartDateTime": T,
        "StartDateTime.$": str,
        "EndDateTime": T,
        "EndDateTime.$": str,
        "Metrics": L[Xi[AnalyticsIntentStageMetric]],
        "Metrics.$": str,
        "BinBy": L[Xi[AnalyticsBinBySpecification]],
        "BinBy.$": str,
        "GroupBy": L[Xi[AnalyticsIntentStageGroupBySpecification]],
        "GroupBy.$": str,
        "Filters": L[Xi[AnalyticsIntentStageFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class IntentSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

class IntentFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

ListIntentsParameters = TypedDict(
    "ListIntentsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "SortBy": X[IntentSortBy],
        "SortBy.$": str,
        "Filters": L[Xi[IntentFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRecommendedIntentsParameters = TypedDict(
    "ListRecommendedIntentsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "BotRecommendationId": S,
        "BotRecommendationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class SessionDataSortBy(TypedDict, total=False):
    Name: S
    Order: S

class AnalyticsSessionFilter(TypedDict, total=False):
    Name: S
    Operator: S
    Values: L[Si]

ListSessionAnalyticsDataParameters = TypedDict(
    "ListSessionAnalyticsDataParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "StartDateTime": T,
        "StartDateTime.$": str,
        "EndDateTime": T,
        "EndDateTime.$": str,
        "SortBy": X[SessionDataSortBy],
        "SortBy.$": str,
        "Filters": L[Xi[AnalyticsSessionFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AnalyticsSessionMetric(TypedDict, total=False):
    Name: S
    Statistic: S
    Order: S

class AnalyticsSessionGroupBySpecification(TypedDict, total=False):
    Name: S

ListSessionMetricsParameters = TypedDict(
    "ListSessionMetricsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "StartDateTime": T,
        "StartDateTime.$": str,
        "EndDateTime": T,
        "EndDateTime.$": str,
        "Metrics": L[Xi[AnalyticsSessionMetric]],
        "Metrics.$": str,
        "BinBy": L[Xi[AnalyticsBinBySpecification]],
        "BinBy.$": str,
        "GroupBy": L[Xi[AnalyticsSessionGroupBySpecification]],
        "GroupBy.$": str,
        "Filters": L[Xi[AnalyticsSessionFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class SlotTypeSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

class SlotTypeFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

ListSlotTypesParameters = TypedDict(
    "ListSlotTypesParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "SortBy": X[SlotTypeSortBy],
        "SortBy.$": str,
        "Filters": L[Xi[SlotTypeFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class SlotSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

class SlotFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

ListSlotsParameters = TypedDict(
    "ListSlotsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "IntentId": S,
        "IntentId.$": str,
        "SortBy": X[SlotSortBy],
        "SortBy.$": str,
        "Filters": L[Xi[SlotFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)

class ConversationLevelTestResultsFilterBy(TypedDict, total=False):
    EndToEndResult: S

class TestExecutionResultFilterBy(TypedDict, total=False):
    ResultTypeFilter: S
    ConversationLevelTestResultsFilterBy: X[ConversationLevelTestResultsFilterBy]

ListTestExecutionResultItemsParameters = TypedDict(
    "ListTestExecutionResultItemsParameters",
    {
        "TestExecutionId": S,
        "TestExecutionId.$": str,
        "ResultFilterBy": X[TestExecutionResultFilterBy],
        "ResultFilterBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class TestExecutionSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

ListTestExecutionsParameters = TypedDict(
    "ListTestExecutionsParameters",
    {
        "SortBy": X[TestExecutionSortBy],
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTestSetRecordsParameters = TypedDict(
    "ListTestSetRecordsParameters",
    {
        "TestSetId": S,
        "TestSetId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class TestSetSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

ListTestSetsParameters = TypedDict(
    "ListTestSetsParameters",
    {
        "SortBy": X[TestSetSortBy],
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class UtteranceDataSortBy(TypedDict, total=False):
    Name: S
    Order: S

class AnalyticsUtteranceFilter(TypedDict, total=False):
    Name: S
    Operator: S
    Values: L[Si]

ListUtteranceAnalyticsDataParameters = TypedDict(
    "ListUtteranceAnalyticsDataParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "StartDateTime": T,
        "StartDateTime.$": str,
        "EndDateTime": T,
        "EndDateTime.$": str,
        "SortBy": X[UtteranceDataSortBy],
        "SortBy.$": str,
        "Filters": L[Xi[AnalyticsUtteranceFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AnalyticsUtteranceMetric(TypedDict, total=False):
    Name: S
    Statistic: S
    Order: S

class AnalyticsUtteranceGroupBySpecification(TypedDict, total=False):
    Name: S

class AnalyticsUtteranceAttribute(TypedDict, total=False):
    Name: S

ListUtteranceMetricsParameters = TypedDict(
    "ListUtteranceMetricsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "StartDateTime": T,
        "StartDateTime.$": str,
        "EndDateTime": T,
        "EndDateTime.$": str,
        "Metrics": L[Xi[AnalyticsUtteranceMetric]],
        "Metrics.$": str,
        "BinBy": L[Xi[AnalyticsBinBySpecification]],
        "BinBy.$": str,
        "GroupBy": L[Xi[AnalyticsUtteranceGroupBySpecification]],
        "GroupBy.$": str,
        "Attributes": L[Xi[AnalyticsUtteranceAttribute]],
        "Attributes.$": str,
        "Filters": L[Xi[AnalyticsUtteranceFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AssociatedTranscriptFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

SearchAssociatedTranscriptsParameters = TypedDict(
    "SearchAssociatedTranscriptsParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "BotRecommendationId": S,
        "BotRecommendationId.$": str,
        "SearchOrder": S,
        "SearchOrder.$": str,
        "Filters": L[Xi[AssociatedTranscriptFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextIndex": I,
        "NextIndex.$": str,
    },
    total=False,
)
StartBotAnalyzerParameters = TypedDict(
    "StartBotAnalyzerParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "AnalysisScope": S,
        "AnalysisScope.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
    },
    total=False,
)

class PathFormat(TypedDict, total=False):
    ObjectPrefixes: L[Si]

class DateRangeFilter(TypedDict, total=False):
    StartDateTime: T
    EndDateTime: T

class LexTranscriptFilter(TypedDict, total=False):
    DateRangeFilter: X[DateRangeFilter]

class TranscriptFilter(TypedDict, total=False):
    LexTranscriptFilter: X[LexTranscriptFilter]

class S3BucketTranscriptSource(TypedDict, total=False):
    S3BucketName: S
    PathFormat: X[PathFormat]
    TranscriptFormat: S
    TranscriptFilter: X[TranscriptFilter]
    KmsKeyArn: S

class TranscriptSourceSetting(TypedDict, total=False):
    S3BucketTranscriptSource: X[S3BucketTranscriptSource]

class EncryptionSetting(TypedDict, total=False):
    KmsKeyArn: S
    BotLocaleExportPassword: S
    AssociatedTranscriptsPassword: S

StartBotRecommendationParameters = TypedDict(
    "StartBotRecommendationParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "TranscriptSourceSetting": X[TranscriptSourceSetting],
        "TranscriptSourceSetting.$": str,
        "EncryptionSetting": X[EncryptionSetting],
        "EncryptionSetting.$": str,
    },
    total=False,
)
StartBotResourceGenerationParameters = TypedDict(
    "StartBotResourceGenerationParameters",
    {
        "GenerationInputPrompt": S,
        "GenerationInputPrompt.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
    },
    total=False,
)

class BotImportSpecification(TypedDict, total=False):
    BotName: S
    RoleArn: S
    DataPrivacy: X[DataPrivacy]
    ErrorLogSettings: X[ErrorLogSettings]
    IdleSessionTTLInSeconds: I
    BotTags: M[S]
    TestBotAliasTags: M[S]

class BotLocaleImportSpecification(TypedDict, total=False):
    BotId: S
    BotVersion: S
    LocaleId: S
    NluIntentConfidenceThreshold: F
    VoiceSettings: X[VoiceSettings]
    SpeechRecognitionSettings: X[SpeechRecognitionSettings]
    SpeechDetectionSensitivity: S
    UnifiedSpeechSettings: X[UnifiedSpeechSettings]
    AudioFillerSettings: X[AudioFillerSettings]
    SpeakerDiarizationSettings: X[SpeakerDiarizationSettings]

class CustomVocabularyImportSpecification(TypedDict, total=False):
    BotId: S
    BotVersion: S
    LocaleId: S

class TestSetStorageLocation(TypedDict, total=False):
    S3BucketName: S
    S3Path: S
    KmsKeyArn: S

class TestSetImportInputLocation(TypedDict, total=False):
    S3BucketName: S
    S3Path: S

class TestSetImportResourceSpecification(TypedDict, total=False):
    TestSetName: S
    Description: S
    RoleArn: S
    StorageLocation: X[TestSetStorageLocation]
    ImportInputLocation: X[TestSetImportInputLocation]
    Modality: S
    TestSetTags: M[S]

class ImportResourceSpecification(TypedDict, total=False):
    BotImportSpecification: X[BotImportSpecification]
    BotLocaleImportSpecification: X[BotLocaleImportSpecification]
    CustomVocabularyImportSpecification: X[CustomVocabularyImportSpecification]
    TestSetImportResourceSpecification: X[TestSetImportResourceSpecification]

StartImportParameters = TypedDict(
    "StartImportParameters",
    {
        "ImportId": S,
        "ImportId.$": str,
        "ResourceSpecification": X[ImportResourceSpecification],
        "ResourceSpecification.$": str,
        "MergeStrategy": S,
        "MergeStrategy.$": str,
        "FilePassword": S,
        "FilePassword.$": str,
    },
    total=False,
)

class BotAliasTestExecutionTarget(TypedDict, total=False):
    BotId: S
    BotAliasId: S
    LocaleId: S

class TestExecutionTarget(TypedDict, total=False):
    BotAliasTarget: X[BotAliasTestExecutionTarget]

StartTestExecutionParameters = TypedDict(
    "StartTestExecutionParameters",
    {
        "TestSetId": S,
        "TestSetId.$": str,
        "Target": X[TestExecutionTarget],
        "Target.$": str,
        "ApiMode": S,
        "ApiMode.$": str,
        "TestExecutionModality": S,
        "TestExecutionModality.$": str,
    },
    total=False,
)

class ConversationLogsDataSourceFilterBy(TypedDict, total=False):
    StartTime: T
    EndTime: T
    InputMode: S

class ConversationLogsDataSource(TypedDict, total=False):
    BotId: S
    BotAliasId: S
    LocaleId: S
    Filter: X[ConversationLogsDataSourceFilterBy]

class TestSetGenerationDataSource(TypedDict, total=False):
    ConversationLogsDataSource: X[ConversationLogsDataSource]

StartTestSetGenerationParameters = TypedDict(
    "StartTestSetGenerationParameters",
    {
        "TestSetName": S,
        "TestSetName.$": str,
        "Description": S,
        "Description.$": str,
        "StorageLocation": X[TestSetStorageLocation],
        "StorageLocation.$": str,
        "GenerationDataSource": X[TestSetGenerationDataSource],
        "GenerationDataSource.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "TestSetTags": M[S],
        "TestSetTags.$": str,
    },
    total=False,
)
StopBotAnalyzerParameters = TypedDict(
    "StopBotAnalyzerParameters",
    {"BotId": S, "BotId.$": str, "BotAnalyzerRequestId": S, "BotAnalyzerRequestId.$": str},
    total=False,
)
StopBotRecommendationParameters = TypedDict(
    "StopBotRecommendationParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "BotRecommendationId": S,
        "BotRecommendationId.$": str,
    },
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
UpdateBotParameters = TypedDict(
    "UpdateBotParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotName": S,
        "BotName.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "DataPrivacy": X[DataPrivacy],
        "DataPrivacy.$": str,
        "IdleSessionTTLInSeconds": I,
        "IdleSessionTTLInSeconds.$": str,
        "BotType": S,
        "BotType.$": str,
        "BotMembers": L[Xi[BotMember]],
        "BotMembers.$": str,
        "ErrorLogSettings": X[ErrorLogSettings],
        "ErrorLogSettings.$": str,
    },
    total=False,
)
UpdateBotAliasParameters = TypedDict(
    "UpdateBotAliasParameters",
    {
        "BotAliasId": S,
        "BotAliasId.$": str,
        "BotAliasName": S,
        "BotAliasName.$": str,
        "Description": S,
        "Description.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "BotAliasLocaleSettings": M[X[BotAliasLocaleSettings]],
        "BotAliasLocaleSettings.$": str,
        "ConversationLogSettings": X[ConversationLogSettings],
        "ConversationLogSettings.$": str,
        "SentimentAnalysisSettings": X[SentimentAnalysisSettings],
        "SentimentAnalysisSettings.$": str,
        "BotId": S,
        "BotId.$": str,
    },
    total=False,
)
UpdateBotLocaleParameters = TypedDict(
    "UpdateBotLocaleParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "Description": S,
        "Description.$": str,
        "NluIntentConfidenceThreshold": F,
        "NluIntentConfidenceThreshold.$": str,
        "VoiceSettings": X[VoiceSettings],
        "VoiceSettings.$": str,
        "UnifiedSpeechSettings": X[UnifiedSpeechSettings],
        "UnifiedSpeechSettings.$": str,
        "AudioFillerSettings": X[AudioFillerSettings],
        "AudioFillerSettings.$": str,
        "SpeechRecognitionSettings": X[SpeechRecognitionSettings],
        "SpeechRecognitionSettings.$": str,
        "GenerativeAISettings": X[GenerativeAISettings],
        "GenerativeAISettings.$": str,
        "SpeechDetectionSensitivity": S,
        "SpeechDetectionSensitivity.$": str,
        "SpeakerDiarizationSettings": X[SpeakerDiarizationSettings],
        "SpeakerDiarizationSettings.$": str,
    },
    total=False,
)
UpdateBotRecommendationParameters = TypedDict(
    "UpdateBotRecommendationParameters",
    {
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "BotRecommendationId": S,
        "BotRecommendationId.$": str,
        "EncryptionSetting": X[EncryptionSetting],
        "EncryptionSetting.$": str,
    },
    total=False,
)
UpdateExportParameters = TypedDict(
    "UpdateExportParameters",
    {"ExportId": S, "ExportId.$": str, "FilePassword": S, "FilePassword.$": str},
    total=False,
)

class SlotPriority(TypedDict, total=False):
    Priority: I
    SlotId: S

UpdateIntentParameters = TypedDict(
    "UpdateIntentParameters",
    {
        "IntentId": S,
        "IntentId.$": str,
        "IntentName": S,
        "IntentName.$": str,
        "IntentDisplayName": S,
        "IntentDisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "ParentIntentSignature": S,
        "ParentIntentSignature.$": str,
        "SampleUtterances": L[Xi[SampleUtterance]],
        "SampleUtterances.$": str,
        "DialogCodeHook": X[DialogCodeHookSettings],
        "DialogCodeHook.$": str,
        "FulfillmentCodeHook": X[FulfillmentCodeHookSettings],
        "FulfillmentCodeHook.$": str,
        "SlotPriorities": L[Xi[SlotPriority]],
        "SlotPriorities.$": str,
        "IntentConfirmationSetting": X[IntentConfirmationSetting],
        "IntentConfirmationSetting.$": str,
        "IntentClosingSetting": X[IntentClosingSetting],
        "IntentClosingSetting.$": str,
        "InputContexts": L[Xi[InputContext]],
        "InputContexts.$": str,
        "OutputContexts": L[Xi[OutputContext]],
        "OutputContexts.$": str,
        "KendraConfiguration": X[KendraConfiguration],
        "KendraConfiguration.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "InitialResponseSetting": X[InitialResponseSetting],
        "InitialResponseSetting.$": str,
        "QnAIntentConfiguration": X[QnAIntentConfiguration],
        "QnAIntentConfiguration.$": str,
        "QInConnectIntentConfiguration": X[QInConnectIntentConfiguration],
        "QInConnectIntentConfiguration.$": str,
    },
    total=False,
)
UpdateResourcePolicyParameters = TypedDict(
    "UpdateResourcePolicyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Policy": S,
        "Policy.$": str,
        "ExpectedRevisionId": S,
        "ExpectedRevisionId.$": str,
    },
    total=False,
)
UpdateSlotParameters = TypedDict(
    "UpdateSlotParameters",
    {
        "SlotId": S,
        "SlotId.$": str,
        "SlotName": S,
        "SlotName.$": str,
        "Description": S,
        "Description.$": str,
        "SlotTypeId": S,
        "SlotTypeId.$": str,
        "ValueElicitationSetting": X[SlotValueElicitationSetting],
        "ValueElicitationSetting.$": str,
        "ObfuscationSetting": X[ObfuscationSetting],
        "ObfuscationSetting.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "IntentId": S,
        "IntentId.$": str,
        "MultipleValuesSetting": X[MultipleValuesSetting],
        "MultipleValuesSetting.$": str,
        "SubSlotSetting": X[SubSlotSetting],
        "SubSlotSetting.$": str,
    },
    total=False,
)
UpdateSlotTypeParameters = TypedDict(
    "UpdateSlotTypeParameters",
    {
        "SlotTypeId": S,
        "SlotTypeId.$": str,
        "SlotTypeName": S,
        "SlotTypeName.$": str,
        "Description": S,
        "Description.$": str,
        "SlotTypeValues": L[Xi[SlotTypeValue]],
        "SlotTypeValues.$": str,
        "ValueSelectionSetting": X[SlotValueSelectionSetting],
        "ValueSelectionSetting.$": str,
        "ParentSlotTypeSignature": S,
        "ParentSlotTypeSignature.$": str,
        "BotId": S,
        "BotId.$": str,
        "BotVersion": S,
        "BotVersion.$": str,
        "LocaleId": S,
        "LocaleId.$": str,
        "ExternalSourceSetting": X[ExternalSourceSetting],
        "ExternalSourceSetting.$": str,
        "CompositeSlotTypeSetting": X[CompositeSlotTypeSetting],
        "CompositeSlotTypeSetting.$": str,
    },
    total=False,
)
UpdateTestSetParameters = TypedDict(
    "UpdateTestSetParameters",
    {
        "TestSetId": S,
        "TestSetId.$": str,
        "TestSetName": S,
        "TestSetName.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
batch_create_custom_vocabulary_item: Builder[BatchCreateCustomVocabularyItemParameters]
batch_delete_custom_vocabulary_item: Builder[BatchDeleteCustomVocabularyItemParameters]
batch_update_custom_vocabulary_item: Builder[BatchUpdateCustomVocabularyItemParameters]
build_bot_locale: Builder[BuildBotLocaleParameters]
create_bot: Builder[CreateBotParameters]
create_bot_alias: Builder[CreateBotAliasParameters]
create_bot_locale: Builder[CreateBotLocaleParameters]
create_bot_replica: Builder[CreateBotReplicaParameters]
create_bot_version: Builder[CreateBotVersionParameters]
create_export: Builder[CreateExportParameters]
create_intent: Builder[CreateIntentParameters]
create_resource_policy: Builder[CreateResourcePolicyParameters]
create_resource_policy_statement: Builder[CreateResourcePolicyStatementParameters]
create_slot: Builder[CreateSlotParameters]
create_slot_type: Builder[CreateSlotTypeParameters]
create_test_set_discrepancy_report: Builder[CreateTestSetDiscrepancyReportParameters]
create_upload_url: Builder[CreateUploadUrlParameters]
delete_bot: Builder[DeleteBotParameters]
delete_bot_alias: Builder[DeleteBotAliasParameters]
delete_bot_analyzer_recommendation: Builder[DeleteBotAnalyzerRecommendationParameters]
delete_bot_locale: Builder[DeleteBotLocaleParameters]
delete_bot_replica: Builder[DeleteBotReplicaParameters]
delete_bot_version: Builder[DeleteBotVersionParameters]
delete_custom_vocabulary: Builder[DeleteCustomVocabularyParameters]
delete_export: Builder[DeleteExportParameters]
delete_import: Builder[DeleteImportParameters]
delete_intent: Builder[DeleteIntentParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_resource_policy_statement: Builder[DeleteResourcePolicyStatementParameters]
delete_slot: Builder[DeleteSlotParameters]
delete_slot_type: Builder[DeleteSlotTypeParameters]
delete_test_set: Builder[DeleteTestSetParameters]
delete_utterances: Builder[DeleteUtterancesParameters]
describe_bot: Builder[DescribeBotParameters]
describe_bot_alias: Builder[DescribeBotAliasParameters]
describe_bot_analyzer_recommendation: Builder[DescribeBotAnalyzerRecommendationParameters]
describe_bot_locale: Builder[DescribeBotLocaleParameters]
describe_bot_recommendation: Builder[DescribeBotRecommendationParameters]
describe_bot_replica: Builder[DescribeBotReplicaParameters]
describe_bot_resource_generation: Builder[DescribeBotResourceGenerationParameters]
describe_bot_version: Builder[DescribeBotVersionParameters]
describe_custom_vocabulary_metadata: Builder[DescribeCustomVocabularyMetadataParameters]
describe_export: Builder[DescribeExportParameters]
describe_import: Builder[DescribeImportParameters]
describe_intent: Builder[DescribeIntentParameters]
describe_resource_policy: Builder[DescribeResourcePolicyParameters]
describe_slot: Builder[DescribeSlotParameters]
describe_slot_type: Builder[DescribeSlotTypeParameters]
describe_test_execution: Builder[DescribeTestExecutionParameters]
describe_test_set: Builder[DescribeTestSetParameters]
describe_test_set_discrepancy_report: Builder[DescribeTestSetDiscrepancyReportParameters]
describe_test_set_generation: Builder[DescribeTestSetGenerationParameters]
generate_bot_element: Builder[GenerateBotElementParameters]
get_test_execution_artifacts_url: Builder[GetTestExecutionArtifactsUrlParameters]
list_aggregated_utterances: Builder[ListAggregatedUtterancesParameters]
list_bot_alias_replicas: Builder[ListBotAliasReplicasParameters]
list_bot_aliases: Builder[ListBotAliasesParameters]
list_bot_analyzer_history: Builder[ListBotAnalyzerHistoryParameters]
list_bot_locales: Builder[ListBotLocalesParameters]
list_bot_recommendations: Builder[ListBotRecommendationsParameters]
list_bot_replicas: Builder[ListBotReplicasParameters]
list_bot_resource_generations: Builder[ListBotResourceGenerationsParameters]
list_bot_version_replicas: Builder[ListBotVersionReplicasParameters]
list_bot_versions: Builder[ListBotVersionsParameters]
list_bots: Builder[ListBotsParameters]
list_built_in_intents: Builder[ListBuiltInIntentsParameters]
list_built_in_slot_types: Builder[ListBuiltInSlotTypesParameters]
list_custom_vocabulary_items: Builder[ListCustomVocabularyItemsParameters]
list_exports: Builder[ListExportsParameters]
list_imports: Builder[ListImportsParameters]
list_intent_metrics: Builder[ListIntentMetricsParameters]
list_intent_paths: Builder[ListIntentPathsParameters]
list_intent_stage_metrics: Builder[ListIntentStageMetricsParameters]
list_intents: Builder[ListIntentsParameters]
list_recommended_intents: Builder[ListRecommendedIntentsParameters]
list_session_analytics_data: Builder[ListSessionAnalyticsDataParameters]
list_session_metrics: Builder[ListSessionMetricsParameters]
list_slot_types: Builder[ListSlotTypesParameters]
list_slots: Builder[ListSlotsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_test_execution_result_items: Builder[ListTestExecutionResultItemsParameters]
list_test_executions: Builder[ListTestExecutionsParameters]
list_test_set_records: Builder[ListTestSetRecordsParameters]
list_test_sets: Builder[ListTestSetsParameters]
list_utterance_analytics_data: Builder[ListUtteranceAnalyticsDataParameters]
list_utterance_metrics: Builder[ListUtteranceMetricsParameters]
search_associated_transcripts: Builder[SearchAssociatedTranscriptsParameters]
start_bot_analyzer: Builder[StartBotAnalyzerParameters]
start_bot_recommendation: Builder[StartBotRecommendationParameters]
start_bot_resource_generation: Builder[StartBotResourceGenerationParameters]
start_import: Builder[StartImportParameters]
start_test_execution: Builder[StartTestExecutionParameters]
start_test_set_generation: Builder[StartTestSetGenerationParameters]
stop_bot_analyzer: Builder[StopBotAnalyzerParameters]
stop_bot_recommendation: Builder[StopBotRecommendationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_bot: Builder[UpdateBotParameters]
update_bot_alias: Builder[UpdateBotAliasParameters]
update_bot_locale: Builder[UpdateBotLocaleParameters]
update_bot_recommendation: Builder[UpdateBotRecommendationParameters]
update_export: Builder[UpdateExportParameters]
update_intent: Builder[UpdateIntentParameters]
update_resource_policy: Builder[UpdateResourcePolicyParameters]
update_slot: Builder[UpdateSlotParameters]
update_slot_type: Builder[UpdateSlotTypeParameters]
update_test_set: Builder[UpdateTestSetParameters]

__all__ = [
    "batch_create_custom_vocabulary_item",
    "batch_delete_custom_vocabulary_item",
    "batch_update_custom_vocabulary_item",
    "build_bot_locale",
    "create_bot",
    "create_bot_alias",
    "create_bot_locale",
    "create_bot_replica",
    "create_bot_version",
    "create_export",
    "create_intent",
    "create_resource_policy",
    "create_resource_policy_statement",
    "create_slot",
    "create_slot_type",
    "create_test_set_discrepancy_report",
    "create_upload_url",
    "delete_bot",
    "delete_bot_alias",
    "delete_bot_analyzer_recommendation",
    "delete_bot_locale",
    "delete_bot_replica",
    "delete_bot_version",
    "delete_custom_vocabulary",
    "delete_export",
    "delete_import",
    "delete_intent",
    "delete_resource_policy",
    "delete_resource_policy_statement",
    "delete_slot",
    "delete_slot_type",
    "delete_test_set",
    "delete_utterances",
    "describe_bot",
    "describe_bot_alias",
    "describe_bot_analyzer_recommendation",
    "describe_bot_locale",
    "describe_bot_recommendation",
    "describe_bot_replica",
    "describe_bot_resource_generation",
    "describe_bot_version",
    "describe_custom_vocabulary_metadata",
    "describe_export",
    "describe_import",
    "describe_intent",
    "describe_resource_policy",
    "describe_slot",
    "describe_slot_type",
    "describe_test_execution",
    "describe_test_set",
    "describe_test_set_discrepancy_report",
    "describe_test_set_generation",
    "generate_bot_element",
    "get_test_execution_artifacts_url",
    "list_aggregated_utterances",
    "list_bot_alias_replicas",
    "list_bot_aliases",
    "list_bot_analyzer_history",
    "list_bot_locales",
    "list_bot_recommendations",
    "list_bot_replicas",
    "list_bot_resource_generations",
    "list_bot_version_replicas",
    "list_bot_versions",
    "list_bots",
    "list_built_in_intents",
    "list_built_in_slot_types",
    "list_custom_vocabulary_items",
    "list_exports",
    "list_imports",
    "list_intent_metrics",
    "list_intent_paths",
    "list_intent_stage_metrics",
    "list_intents",
    "list_recommended_intents",
    "list_session_analytics_data",
    "list_session_metrics",
    "list_slot_types",
    "list_slots",
    "list_tags_for_resource",
    "list_test_execution_result_items",
    "list_test_executions",
    "list_test_set_records",
    "list_test_sets",
    "list_utterance_analytics_data",
    "list_utterance_metrics",
    "search_associated_transcripts",
    "start_bot_analyzer",
    "start_bot_recommendation",
    "start_bot_resource_generation",
    "start_import",
    "start_test_execution",
    "start_test_set_generation",
    "stop_bot_analyzer",
    "stop_bot_recommendation",
    "tag_resource",
    "untag_resource",
    "update_bot",
    "update_bot_alias",
    "update_bot_locale",
    "update_bot_recommendation",
    "update_export",
    "update_intent",
    "update_resource_policy",
    "update_slot",
    "update_slot_type",
    "update_test_set",
]
