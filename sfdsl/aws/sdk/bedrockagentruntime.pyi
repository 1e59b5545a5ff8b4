"""Typed builders of the AWS SDK integration of bedrockagentruntime (``aws-sdk:bedrockagentruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, L, M, S, Si, T, X, Xi

class BedrockFoundationModelModelConfiguration(TypedDict, total=False):
    ModelArn: S

class BedrockFoundationModelConfiguration(TypedDict, total=False):
    ModelConfiguration: X[BedrockFoundationModelModelConfiguration]

class MantleFoundationModelModelConfiguration(TypedDict, total=False):
    ModelArn: S
    ProjectId: S

class MantleFoundationModelConfiguration(TypedDict, total=False):
    ModelConfiguration: X[MantleFoundationModelModelConfiguration]

class FoundationModelConfiguration(TypedDict, total=False):
    BedrockFoundationModelConfiguration: X[BedrockFoundationModelConfiguration]
    MantleFoundationModelConfiguration: X[MantleFoundationModelConfiguration]
    Type: S

class AgenticRetrieveBedrockRerankingModelConfiguration(TypedDict, total=False):
    ModelArn: S

class AgenticRetrieveBedrockRerankingConfiguration(TypedDict, total=False):
    ModelConfiguration: X[AgenticRetrieveBedrockRerankingModelConfiguration]

class AgenticRetrieveRerankingConfiguration(TypedDict, total=False):
    BedrockRerankingConfiguration: X[AgenticRetrieveBedrockRerankingConfiguration]
    Type: S

class AgenticRetrieveConfiguration(TypedDict, total=False):
    FoundationModelConfiguration: X[FoundationModelConfiguration]
    FoundationModelType: S
    MaxAgentIteration: I
    RerankingConfiguration: X[AgenticRetrieveRerankingConfiguration]
    RerankingModelType: S

class AgenticRetrieveMemoryMetadataFilterLeft(TypedDict, total=False):
    MetadataKey: S

class AgenticRetrieveMemoryMetadataValue(TypedDict, total=False):
    DateTimeValue: T
    NumberValue: F
    StringListValue: L[Si]
    StringValue: S

class AgenticRetrieveMemoryMetadataFilterRight(TypedDict, total=False):
    MetadataValue: X[AgenticRetrieveMemoryMetadataValue]

class AgenticRetrieveMemoryMetadataFilter(TypedDict, total=False):
    Left: X[AgenticRetrieveMemoryMetadataFilterLeft]
    Operator: S
    Right: X[AgenticRetrieveMemoryMetadataFilterRight]

class AgenticRetrieveMemoryRetrievalConfig(TypedDict, total=False):
    MetadataFilters: L[Xi[AgenticRetrieveMemoryMetadataFilter]]
    Namespace: S
    NamespacePath: S
    StrategyId: S

class AgenticRetrieveMemorySessionBinding(TypedDict, total=False):
    ActorId: S
    SessionId: S

class AgenticRetrieveMemoryConfiguration(TypedDict, total=False):
    MemoryId: S
    PersistenceMode: S
    RetrievalConfigs: L[Xi[AgenticRetrieveMemoryRetrievalConfig]]
    SessionBinding: X[AgenticRetrieveMemorySessionBinding]

class AgenticRetrieveMessageContent(TypedDict, total=False):
    Text: S

class AgenticRetrieveMessage(TypedDict, total=False):
    Content: X[AgenticRetrieveMessageContent]
    Role: S

class AgenticRetrieveBedrockGuardrailConfiguration(TypedDict, total=False):
    GuardrailId: S
    GuardrailVersion: S

class AgenticRetrievePolicyConfiguration(TypedDict, total=False):
    BedrockGuardrailConfiguration: X[AgenticRetrieveBedrockGuardrailConfiguration]

class AgenticRetrieveInstructionConfiguration(TypedDict, total=False):
    RetrievalInstructionId: S
    Version: S

class FilterAttribute(TypedDict, total=False):
    Key: S
    Value: Doc

class RetrievalFilter(TypedDict, total=False):
    AndAll: L[Xi[RetrievalFilter]]
    EqualsValue: X[FilterAttribute]
    GreaterThan: X[FilterAttribute]
    GreaterThanOrEquals: X[FilterAttribute]
    In: X[FilterAttribute]
    LessThan: X[FilterAttribute]
    LessThanOrEquals: X[FilterAttribute]
    ListContains: X[FilterAttribute]
    NotEquals: X[FilterAttribute]
    NotIn: X[FilterAttribute]
    OrAll: L[Xi[RetrievalFilter]]
    StartsWith: X[FilterAttribute]
    StringContains: X[FilterAttribute]

class RetrievalOverrides(TypedDict, total=False):
    Filter: X[RetrievalFilter]
    MaxNumberOfResults: I

class KnowledgeBaseRetrieverConfiguration(TypedDict, total=False):
    KnowledgeBaseId: S
    RetrievalOverrides: X[RetrievalOverrides]

class RetrieverConfiguration(TypedDict, total=False):
    KnowledgeBase: X[KnowledgeBaseRetrieverConfiguration]

class AgenticRetriever(TypedDict, total=False):
    Configuration: X[RetrieverConfiguration]
    Description: S

class UserContext(TypedDict, total=False):
    UserId: S

AgenticRetrieveStreamParameters = TypedDict(
    "AgenticRetrieveStreamParameters",
    {
        "AgenticRetrieveConfiguration": X[AgenticRetrieveConfiguration],
        "AgenticRetrieveConfiguration.$": str,
        "GenerateResponse": B,
        "GenerateResponse.$": str,
        "MemoryConfiguration": X[AgenticRetrieveMemoryConfiguration],
        "MemoryConfiguration.$": str,
        "Messages": L[Xi[AgenticRetrieveMessage]],
        "Messages.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PolicyConfiguration": X[AgenticRetrievePolicyConfiguration],
        "PolicyConfiguration.$": str,
        "RetrievalInstructionConfiguration": X[AgenticRetrieveInstructionConfiguration],
        "RetrievalInstructionConfiguration.$": str,
        "Retrievers": L[Xi[AgenticRetriever]],
        "Retrievers.$": str,
        "UserContext": X[UserContext],
        "UserContext.$": str,
    },
    total=False,
)
CheckIngestedDocumentAclParameters = TypedDict(
    "CheckIngestedDocumentAclParameters",
    {
        "DataSourceId": S,
        "DataSourceId.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "UserContext": X[UserContext],
        "UserContext.$": str,
    },
    total=False,
)
CreateInvocationParameters = TypedDict(
    "CreateInvocationParameters",
    {
        "Description": S,
        "Description.$": str,
        "InvocationId": S,
        "InvocationId.$": str,
        "SessionIdentifier": S,
        "SessionIdentifier.$": str,
    },
    total=False,
)
CreateSessionParameters = TypedDict(
    "CreateSessionParameters",
    {
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "SessionMetadata": M[S],
        "SessionMetadata.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAgentMemoryParameters = TypedDict(
    "DeleteAgentMemoryParameters",
    {
        "AgentAliasId": S,
        "AgentAliasId.$": str,
        "AgentId": S,
        "AgentId.$": str,
        "MemoryId": S,
        "MemoryId.$": str,
        "SessionId": S,
        "SessionId.$": str,
    },
    total=False,
)
DeleteSessionParameters = TypedDict(
    "DeleteSessionParameters", {"SessionIdentifier": S, "SessionIdentifier.$": str}, total=False
)
EndSessionParameters = TypedDict(
    "EndSessionParameters", {"SessionIdentifier": S, "SessionIdentifier.$": str}, total=False
)

class QueryGenerationInput(TypedDict, total=False):
    Text: S
    Type: S

class TextToSqlKnowledgeBaseConfiguration(TypedDict, total=False):
    KnowledgeBaseArn: S

class TextToSqlConfiguration(TypedDict, total=False):
    KnowledgeBaseConfiguration: X[TextToSqlKnowledgeBaseConfiguration]
    Type: S

class TransformationConfiguration(TypedDict, total=False):
    Mode: S
    TextToSqlConfiguration: X[TextToSqlConfiguration]

GenerateQueryParameters = TypedDict(
    "GenerateQueryParameters",
    {
        "QueryGenerationInput": X[QueryGenerationInput],
        "QueryGenerationInput.$": str,
        "TransformationConfiguration": X[TransformationConfiguration],
        "TransformationConfiguration.$": str,
    },
    total=False,
)
GetAgentMemoryParameters = TypedDict(
    "GetAgentMemoryParameters",
    {
        "AgentAliasId": S,
        "AgentAliasId.$": str,
        "AgentId": S,
        "AgentId.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "MemoryId": S,
        "MemoryId.$": str,
        "MemoryType": S,
        "MemoryType.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetDocumentContentParameters = TypedDict(
    "GetDocumentContentParameters",
    {
        "DataSourceId": S,
        "DataSourceId.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "MediaId": S,
        "MediaId.$": str,
        "OutputFormat": S,
        "OutputFormat.$": str,
        "UserContext": X[UserContext],
        "UserContext.$": str,
    },
    total=False,
)
GetExecutionFlowSnapshotParameters = TypedDict(
    "GetExecutionFlowSnapshotParameters",
    {
        "ExecutionIdentifier": S,
        "ExecutionIdentifier.$": str,
        "FlowAliasIdentifier": S,
        "FlowAliasIdentifier.$": str,
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
    },
    total=False,
)
GetFlowExecutionParameters = TypedDict(
    "GetFlowExecutionParameters",
    {
        "ExecutionIdentifier": S,
        "ExecutionIdentifier.$": str,
        "FlowAliasIdentifier": S,
        "FlowAliasIdentifier.$": str,
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
    },
    total=False,
)
GetIngestedDocumentAclParameters = TypedDict(
    "GetIngestedDocumentAclParameters",
    {
        "DataSourceId": S,
        "DataSourceId.$": str,
        "DocumentId": S,
        "DocumentId.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
    },
    total=False,
)
GetInvocationStepParameters = TypedDict(
    "GetInvocationStepParameters",
    {
        "InvocationIdentifier": S,
        "InvocationIdentifier.$": str,
        "InvocationStepId": S,
        "InvocationStepId.$": str,
        "SessionIdentifier": S,
        "SessionIdentifier.$": str,
    },
    total=False,
)
GetSessionParameters = TypedDict(
    "GetSessionParameters", {"SessionIdentifier": S, "SessionIdentifier.$": str}, total=False
)

class PerformanceConfiguration(TypedDict, total=False):
    Latency: S

class BedrockModelConfigurations(TypedDict, total=False):
    PerformanceConfig: X[PerformanceConfiguration]

class PromptCreationConfigurations(TypedDict, total=False):
    ExcludePreviousThinkingSteps: B
    PreviousConversationTurnsToInclude: I

class ContentBlock(TypedDict, total=False):
    Text: S

class Message(TypedDict, total=False):
    Content: L[Xi[ContentBlock]]
    Role: S

class ConversationHistory(TypedDict, total=False):
    Messages: L[Xi[Message]]

class ByteContentFile(TypedDict, total=False):
    Data: S
    MediaType: S

class S3ObjectFile(TypedDict, total=False):
    Uri: S

class FileSource(TypedDict, total=False):
    ByteContent: X[ByteContentFile]
    S3Location: X[S3ObjectFile]
    SourceType: S

class InputFile(TypedDict, total=False):
    Name: S
    Source: X[FileSource]
    UseCase: S

class FieldForReranking(TypedDict, total=False):
    FieldName: S

class RerankingMetadataSelectiveModeConfiguration(TypedDict, total=False):
    FieldsToExclude: L[Xi[FieldForReranking]]
    FieldsToInclude: L[Xi[FieldForReranking]]

class MetadataConfigurationForReranking(TypedDict, total=False):
    SelectionMode: S
    SelectiveModeConfiguration: X[RerankingMetadataSelectiveModeConfiguration]

class ManagedSearchBedrockRerankingModelConfiguration(TypedDict, total=False):
    AdditionalModelRequestFields: M[Doc]
    ModelArn: S

class ManagedSearchBedrockRerankingConfiguration(TypedDict, total=False):
    MetadataConfiguration: X[MetadataConfigurationForReranking]
    ModelConfiguration: X[ManagedSearchBedrockRerankingModelConfiguration]
    NumberOfRerankedResults: I

class ManagedSearchRerankingConfiguration(TypedDict, total=False):
    BedrockRerankingConfiguration: X[ManagedSearchBedrockRerankingConfiguration]
    Type: S

class ManagedSearchConfiguration(TypedDict, total=False):
    Filter: X[RetrievalFilter]
    NumberOfResults: I
    RerankingConfiguration: X[ManagedSearchRerankingConfiguration]
    RerankingModelType: S

class MetadataAttributeSchema(TypedDict, total=False):
    Description: S
    Key: S
    Type: S

class ImplicitFilterConfiguration(TypedDict, total=False):
    MetadataAttributes: L[Xi[MetadataAttributeSchema]]
    ModelArn: S

class VectorSearchBedrockRerankingModelConfiguration(TypedDict, total=False):
    AdditionalModelRequestFields: M[Doc]
    ModelArn: S

class VectorSearchBedrockRerankingConfiguration(TypedDict, total=False):
    MetadataConfiguration: X[MetadataConfigurationForReranking]
    ModelConfiguration: X[VectorSearchBedrockRerankingModelConfiguration]
    NumberOfRerankedResults: I

class VectorSearchRerankingConfiguration(TypedDict, total=False):
    BedrockRerankingConfiguration: X[VectorSearchBedrockRerankingConfiguration]
    Type: S

class KnowledgeBaseVectorSearchConfiguration(TypedDict, total=False):
    Filter: X[RetrievalFilter]
    ImplicitFilterConfiguration: X[ImplicitFilterConfiguration]
    NumberOfResults: I
    OverrideSearchType: S
    RerankingConfiguration: X[VectorSearchRerankingConfiguration]

class KnowledgeBaseRetrievalConfiguration(TypedDict, total=False):
    ManagedSearchConfiguration: X[ManagedSearchConfiguration]
    VectorSearchConfiguration: X[KnowledgeBaseVectorSearchConfiguration]

class KnowledgeBaseConfiguration(TypedDict, total=False):
    KnowledgeBaseId: S
    RetrievalConfiguration: X[KnowledgeBaseRetrievalConfiguration]

class ImageInputSource(TypedDict, total=False):
    Bytes: S

class ImageInput(TypedDict, total=False):
    Format: S
    Source: X[ImageInputSource]

class ContentBody(TypedDict, total=False):
    Body: S
    Images: L[Xi[ImageInput]]

class ApiResult(TypedDict, total=False):
    ActionGroup: S
    AgentId: S
    ApiPath: S
    ConfirmationState: S
    HttpMethod: S
    HttpStatusCode: I
    ResponseBody: M[X[ContentBody]]
    ResponseState: S

class FunctionResult(TypedDict, total=False):
    ActionGroup: S
    AgentId: S
    ConfirmationState: S
    Function: S
    ResponseBody: M[X[ContentBody]]
    ResponseState: S

class InvocationResultMember(TypedDict, total=False):
    ApiResult: X[ApiResult]
    FunctionResult: X[FunctionResult]

class SessionState(TypedDict, total=False):
    ConversationHistory: X[ConversationHistory]
    Files: L[Xi[InputFile]]
    InvocationId: S
    KnowledgeBaseConfigurations: L[Xi[KnowledgeBaseConfiguration]]
    PromptSessionAttributes: M[S]
    ReturnControlInvocationResults: L[Xi[InvocationResultMember]]
    SessionAttributes: M[S]

class StreamingConfigurations(TypedDict, total=False):
    ApplyGuardrailInterval: I
    StreamFinalResponse: B

InvokeAgentParameters = TypedDict(
    "InvokeAgentParameters",
    {
        "AgentAliasId": S,
        "AgentAliasId.$": str,
        "AgentId": S,
        "AgentId.$": str,
        "BedrockModelConfigurations": X[BedrockModelConfigurations],
        "BedrockModelConfigurations.$": str,
        "EnableTrace": B,
        "EnableTrace.$": str,
        "EndSession": B,
        "EndSession.$": str,
        "InputText": S,
        "InputText.$": str,
        "MemoryId": S,
        "MemoryId.$": str,
        "PromptCreationConfigurations": X[PromptCreationConfigurations],
        "PromptCreationConfigurations.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "SessionState": X[SessionState],
        "SessionState.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "StreamingConfigurations": X[StreamingConfigurations],
        "StreamingConfigurations.$": str,
    },
    total=False,
)

class FlowInputContent(TypedDict, total=False):
    Document: Doc

class FlowInput(TypedDict, total=False):
    Content: X[FlowInputContent]
    NodeInputName: S
    NodeName: S
    NodeOutputName: S

class ModelPerformanceConfiguration(TypedDict, total=False):
    PerformanceConfig: X[PerformanceConfiguration]

InvokeFlowParameters = TypedDict(
    "InvokeFlowParameters",
    {
        "EnableTrace": B,
        "EnableTrace.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
        "FlowAliasIdentifier": S,
        "FlowAliasIdentifier.$": str,
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
        "Inputs": L[Xi[FlowInput]],
        "Inputs.$": str,
        "ModelPerformanceConfiguration": X[ModelPerformanceConfiguration],
        "ModelPerformanceConfiguration.$": str,
    },
    total=False,
)

class ActionGroupExecutor(TypedDict, total=False):
    CustomControl: S
    Lambda: S

class S3Identifier(TypedDict, total=False):
    S3BucketName: S
    S3ObjectKey: S

class APISchema(TypedDict, total=False):
    Payload: S
    S3: X[S3Identifier]

class ParameterDetail(TypedDict, total=False):
    Description: S
    Required: B
    Type: S

class FunctionDefinition(TypedDict, total=False):
    Description: S
    Name: S
    Parameters: M[X[ParameterDetail]]
    RequireConfirmation: S

class FunctionSchema(TypedDict, total=False):
    Functions: L[Xi[FunctionDefinition]]

class AgentActionGroup(TypedDict, total=False):
    ActionGroupExecutor: X[ActionGroupExecutor]
    ActionGroupName: S
    ApiSchema: X[APISchema]
    Description: S
    FunctionSchema: X[FunctionSchema]
    ParentActionGroupSignature: S
    ParentActionGroupSignatureParams: M[S]

class InlineBedrockModelConfigurations(TypedDict, total=False):
    PerformanceConfig: X[PerformanceConfiguration]

class CollaboratorConfiguration(TypedDict, total=False):
    AgentAliasArn: S
    CollaboratorInstruction: S
    CollaboratorName: S
    RelayConversationHistory: S

class GuardrailConfigurationWithArn(TypedDict, total=False):
    GuardrailIdentifier: S
    GuardrailVersion: S

class KnowledgeBase(TypedDict, total=False):
    Description: S
    KnowledgeBaseId: S
    RetrievalConfiguration: X[KnowledgeBaseRetrievalConfiguration]

class InferenceConfiguration(TypedDict, total=False):
    MaximumLength: I
    StopSequences: L[Si]
    Temperature: F
    TopK: I
    TopP: F

class PromptConfiguration(TypedDict, total=False):
    AdditionalModelRequestFields: Doc
    BasePromptTemplate: S
    FoundationModel: S
    InferenceConfiguration: X[InferenceConfiguration]
    ParserMode: S
    PromptCreationMode: S
    PromptState: S
    PromptType: S

class PromptOverrideConfiguration(TypedDict, total=False):
    OverrideLambda: S
    PromptConfigurations: L[Xi[PromptConfiguration]]

class Collaborator(TypedDict, total=False):
    ActionGroups: L[Xi[AgentActionGroup]]
    AgentCollaboration: S
    AgentName: S
    CollaboratorConfigurations: L[Xi[CollaboratorConfiguration]]
    CustomerEncryptionKeyArn: S
    FoundationModel: S
    GuardrailConfiguration: X[GuardrailConfigurationWithArn]
    IdleSessionTTLInSeconds: I
    Instruction: S
    KnowledgeBases: L[Xi[KnowledgeBase]]
    PromptOverrideConfiguration: X[PromptOverrideConfiguration]

class OrchestrationExecutor(TypedDict, total=False):
    Lambda: S

class CustomOrchestration(TypedDict, total=False):
    Executor: X[OrchestrationExecutor]

class InlineSessionState(TypedDict, total=False):
    ConversationHistory: X[ConversationHistory]
    Files: L[Xi[InputFile]]
    InvocationId: S
    PromptSessionAttributes: M[S]
    ReturnControlInvocationResults: L[Xi[InvocationResultMember]]
    SessionAttributes: M[S]

InvokeInlineAgentParameters = TypedDict(
    "InvokeInlineAgentParameters",
    {
        "ActionGroups": L[Xi[AgentActionGroup]],
        "ActionGroups.$": str,
        "AgentCollaboration": S,
        "AgentCollaboration.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "BedrockModelConfigurations": X[InlineBedrockModelConfigurations],
        "BedrockModelConfigurations.$": str,
        "CollaboratorConfigurations": L[Xi[CollaboratorConfiguration]],
        "CollaboratorConfigurations.$": str,
        "Collaborators": L[Xi[Collaborator]],
        "Collaborators.$": str,
        "CustomOrchestration": X[CustomOrchestration],
        "CustomOrchestration.$": str,
        "CustomerEncryptionKeyArn": S,
        "CustomerEncryptionKeyArn.$": str,
        "EnableTrace": B,
        "EnableTrace.$": str,
        "EndSession": B,
        "EndSession.$": str,
        "FoundationModel": S,
        "FoundationModel.$": str,
        "GuardrailConfiguration": X[GuardrailConfigurationWithArn],
        "GuardrailConfiguration.$": str,
        "IdleSessionTTLInSeconds": I,
        "IdleSessionTTLInSeconds.$": str,
        "InlineSessionState": X[InlineSessionState],
        "InlineSessionState.$": str,
        "InputText": S,
        "InputText.$": str,
        "Instruction": S,
        "Instruction.$": str,
        "KnowledgeBases": L[Xi[KnowledgeBase]],
        "KnowledgeBases.$": str,
        "OrchestrationType": S,
        "OrchestrationType.$": str,
        "PromptCreationConfigurations": X[PromptCreationConfigurations],
        "PromptCreationConfigurations.$": str,
        "PromptOverrideConfiguration": X[PromptOverrideConfiguration],
        "PromptOverrideConfiguration.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "StreamingConfigurations": X[StreamingConfigurations],
        "StreamingConfigurations.$": str,
    },
    total=False,
)
ListFlowExecutionEventsParameters = TypedDict(
    "ListFlowExecutionEventsParameters",
    {
        "EventType": S,
        "EventType.$": str,
        "ExecutionIdentifier": S,
        "ExecutionIdentifier.$": str,
        "FlowAliasIdentifier": S,
        "FlowAliasIdentifier.$": str,
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFlowExecutionsParameters = TypedDict(
    "ListFlowExecutionsParameters",
    {
        "FlowAliasIdentifier": S,
        "FlowAliasIdentifier.$": str,
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInvocationStepsParameters = TypedDict(
    "ListInvocationStepsParameters",
    {
        "InvocationIdentifier": S,
        "InvocationIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SessionIdentifier": S,
        "SessionIdentifier.$": str,
    },
    total=False,
)
ListInvocationsParameters = TypedDict(
    "ListInvocationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SessionIdentifier": S,
        "SessionIdentifier.$": str,
    },
    total=False,
)
ListSessionsParameters = TypedDict(
    "ListSessionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class TextPrompt(TypedDict, total=False):
    Text: S

class InputPrompt(TypedDict, total=False):
    TextPrompt: X[TextPrompt]

OptimizePromptParameters = TypedDict(
    "OptimizePromptParameters",
    {"Input": X[InputPrompt], "Input.$": str, "TargetModelId": S, "TargetModelId.$": str},
    total=False,
)

class S3Location(TypedDict, total=False):
    Uri: S

class ImageSource(TypedDict, total=False):
    Bytes: S
    S3Location: X[S3Location]

class ImageBlock(TypedDict, total=False):
    Format: S
    Source: X[ImageSource]

class BedrockSessionContentBlock(TypedDict, total=False):
    Image: X[ImageBlock]
    Text: S

class InvocationStepPayload(TypedDict, total=False):
    ContentBlocks: L[Xi[BedrockSessionContentBlock]]

PutInvocationStepParameters = TypedDict(
    "PutInvocationStepParameters",
    {
        "InvocationIdentifier": S,
        "InvocationIdentifier.$": str,
        "InvocationStepId": S,
        "InvocationStepId.$": str,
        "InvocationStepTime": T,
        "InvocationStepTime.$": str,
        "Payload": X[InvocationStepPayload],
        "Payload.$": str,
        "SessionIdentifier": S,
        "SessionIdentifier.$": str,
    },
    total=False,
)

class RerankTextDocument(TypedDict, total=False):
    Text: S

class RerankQuery(TypedDict, total=False):
    TextQuery: X[RerankTextDocument]
    Type: S

class BedrockRerankingModelConfiguration(TypedDict, total=False):
    AdditionalModelRequestFields: M[Doc]
    ModelArn: S

class BedrockRerankingConfiguration(TypedDict, total=False):
    ModelConfiguration: X[BedrockRerankingModelConfiguration]
    NumberOfResults: I

class RerankingConfiguration(TypedDict, total=False):
    BedrockRerankingConfiguration: X[BedrockRerankingConfiguration]
    Type: S

class RerankDocument(TypedDict, total=False):
    JsonDocument: Doc
    TextDocument: X[RerankTextDocument]
    Type: S

class RerankSource(TypedDict, total=False):
    InlineDocumentSource: X[RerankDocument]
    Type: S

RerankParameters = TypedDict(
    "RerankParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "Queries": L[Xi[RerankQuery]],
        "Queries.$": str,
        "RerankingConfiguration": X[RerankingConfiguration],
        "RerankingConfiguration.$": str,
        "Sources": L[Xi[RerankSource]],
        "Sources.$": str,
    },
    total=False,
)

class GuardrailConfiguration(TypedDict, total=False):
    GuardrailId: S
    GuardrailVersion: S

class InputImage(TypedDict, total=False):
    Format: S
    InlineContent: S

class KnowledgeBaseQuery(TypedDict, total=False):
    Image: X[InputImage]
    Text: S
    Type: S

RetrieveParameters = TypedDict(
    "RetrieveParameters",
    {
        "GuardrailConfiguration": X[GuardrailConfiguration],
        "GuardrailConfiguration.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RetrievalConfiguration": X[KnowledgeBaseRetrievalConfiguration],
        "RetrievalConfiguration.$": str,
        "RetrievalQuery": X[KnowledgeBaseQuery],
        "RetrievalQuery.$": str,
        "UserContext": X[UserContext],
        "UserContext.$": str,
    },
    total=False,
)

class RetrieveAndGenerateInput(TypedDict, total=False):
    Text: S

class TextInferenceConfig(TypedDict, total=False):
    MaxTokens: I
    StopSequences: L[Si]
    Temperature: F
    TopP: F

class InferenceConfig(TypedDict, total=False):
    TextInferenceConfig: X[TextInferenceConfig]

class PromptTemplate(TypedDict, total=False):
    TextPromptTemplate: S

class ExternalSourcesGenerationConfiguration(TypedDict, total=False):
    AdditionalModelRequestFields: M[Doc]
    GuardrailConfiguration: X[GuardrailConfiguration]
    InferenceConfig: X[InferenceConfig]
    PerformanceConfig: X[PerformanceConfiguration]
    PromptTemplate: X[PromptTemplate]

class ByteContentDoc(TypedDict, total=False):
    ContentType: S
    Data: S
    Identifier: S

class S3ObjectDoc(TypedDict, total=False):
    Uri: S

class ExternalSource(TypedDict, total=False):
    ByteContent: X[ByteContentDoc]
    S3Location: X[S3ObjectDoc]
    SourceType: S

class ExternalSourcesRetrieveAndGenerateConfiguration(TypedDict, total=False):
    GenerationConfiguration: X[ExternalSourcesGenerationConfiguration]
    ModelArn: S
    Sources: L[Xi[ExternalSource]]

class GenerationConfiguration(TypedDict, total=False):
    AdditionalModelRequestFields: M[Doc]
    GuardrailConfiguration: X[GuardrailConfiguration]
    InferenceConfig: X[InferenceConfig]
    PerformanceConfig: X[PerformanceConfiguration]
    PromptTemplate: X[PromptTemplate]

class QueryTransformationConfiguration(TypedDict, total=False):
    Type: S

class OrchestrationConfiguration(TypedDict, total=False):
    AdditionalModelRequestFields: M[Doc]
    InferenceConfig: X[InferenceConfig]
    PerformanceConfig: X[PerformanceConfiguration]
    PromptTemplate: X[PromptTemplate]
    QueryTransformationConfiguration: X[QueryTransformationConfiguration]

class KnowledgeBaseRetrieveAndGenerateConfiguration(TypedDict, total=False):
    GenerationConfiguration: X[GenerationConfiguration]
    KnowledgeBaseId: S
    ModelArn: S
    OrchestrationConfiguration: X[OrchestrationConfiguration]
    RetrievalConfiguration: X[KnowledgeBaseRetrievalConfiguration]

class RetrieveAndGenerateConfiguration(TypedDict, total=False):
    ExternalSourcesConfiguration: X[ExternalSourcesRetrieveAndGenerateConfiguration]
    KnowledgeBaseConfiguration: X[KnowledgeBaseRetrieveAndGenerateConfiguration]
    Type: S

class RetrieveAndGenerateSessionConfiguration(TypedDict, total=False):
    KmsKeyArn: S

RetrieveAndGenerateParameters = TypedDict(
    "RetrieveAndGenerateParameters",
    {
        "Input": X[RetrieveAndGenerateInput],
        "Input.$": str,
        "RetrieveAndGenerateConfiguration": X[RetrieveAndGenerateConfiguration],
        "RetrieveAndGenerateConfiguration.$": str,
        "SessionConfiguration": X[RetrieveAndGenerateSessionConfiguration],
        "SessionConfiguration.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "UserContext": X[UserContext],
        "UserContext.$": str,
    },
    total=False,
)
RetrieveAndGenerateStreamParameters = TypedDict(
    "RetrieveAndGenerateStreamParameters",
    {
        "Input": X[RetrieveAndGenerateInput],
        "Input.$": str,
        "RetrieveAndGenerateConfiguration": X[RetrieveAndGenerateConfiguration],
        "RetrieveAndGenerateConfiguration.$": str,
        "SessionConfiguration": X[RetrieveAndGenerateSessionConfiguration],
        "SessionConfiguration.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "UserContext": X[UserContext],
        "UserContext.$": str,
    },
    total=False,
)
StartFlowExecutionParameters = TypedDict(
    "StartFlowExecutionParameters",
    {
        "FlowAliasIdentifier": S,
        "FlowAliasIdentifier.$": str,
        "FlowExecutionName": S,
        "FlowExecutionName.$": str,
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
        "Inputs": L[Xi[FlowInput]],
        "Inputs.$": str,
        "ModelPerformanceConfiguration": X[ModelPerformanceConfiguration],
        "ModelPerformanceConfiguration.$": str,
    },
    total=False,
)
StopFlowExecutionParameters = TypedDict(
    "StopFlowExecutionParameters",
    {
        "ExecutionIdentifier": S,
        "ExecutionIdentifier.$": str,
        "FlowAliasIdentifier": S,
        "FlowAliasIdentifier.$": str,
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
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
UpdateSessionParameters = TypedDict(
    "UpdateSessionParameters",
    {
        "SessionIdentifier": S,
        "SessionIdentifier.$": str,
        "SessionMetadata": M[S],
        "SessionMetadata.$": str,
    },
    total=False,
)
agentic_retrieve_stream: Builder[AgenticRetrieveStreamParameters]
check_ingested_document_acl: Builder[CheckIngestedDocumentAclParameters]
create_invocation: Builder[CreateInvocationParameters]
create_session: Builder[CreateSessionParameters]
delete_agent_memory: Builder[DeleteAgentMemoryParameters]
delete_session: Builder[DeleteSessionParameters]
end_session: Builder[EndSessionParameters]
generate_query: Builder[GenerateQueryParameters]
get_agent_memory: Builder[GetAgentMemoryParameters]
get_document_content: Builder[GetDocumentContentParameters]
get_execution_flow_snapshot: Builder[GetExecutionFlowSnapshotParameters]
get_flow_execution: Builder[GetFlowExecutionParameters]
get_ingested_document_acl: Builder[GetIngestedDocumentAclParameters]
get_invocation_step: Builder[GetInvocationStepParameters]
get_session: Builder[GetSessionParameters]
invoke_agent: Builder[InvokeAgentParameters]
invoke_flow: Builder[InvokeFlowParameters]
invoke_inline_agent: Builder[InvokeInlineAgentParameters]
list_flow_execution_events: Builder[ListFlowExecutionEventsParameters]
list_flow_executions: Builder[ListFlowExecutionsParameters]
list_invocation_steps: Builder[ListInvocationStepsParameters]
list_invocations: Builder[ListInvocationsParameters]
list_sessions: Builder[ListSessionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
optimize_prompt: Builder[OptimizePromptParameters]
put_invocation_step: Builder[PutInvocationStepParameters]
rerank: Builder[RerankParameters]
retrieve: Builder[RetrieveParameters]
retrieve_and_generate: Builder[RetrieveAndGenerateParameters]
retrieve_and_generate_stream: Builder[RetrieveAndGenerateStreamParameters]
start_flow_execution: Builder[StartFlowExecutionParameters]
stop_flow_execution: Builder[StopFlowExecutionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_session: Builder[UpdateSessionParameters]

__all__ = [
    "agentic_retrieve_stream",
    "check_ingested_document_acl",
    "create_invocation",
    "create_session",
    "delete_agent_memory",
    "delete_session",
    "end_session",
    "generate_query",
    "get_agent_memory",
    "get_document_content",
    "get_execution_flow_snapshot",
    "get_flow_execution",
    "get_ingested_document_acl",
    "get_invocation_step",
    "get_session",
    "invoke_agent",
    "invoke_flow",
    "invoke_inline_agent",
    "list_flow_execution_events",
    "list_flow_executions",
    "list_invocation_steps",
    "list_invocations",
    "list_sessions",
    "list_tags_for_resource",
    "optimize_prompt",
    "put_invocation_step",
    "rerank",
    "retrieve",
    "retrieve_and_generate",
    "retrieve_and_generate_stream",
    "start_flow_execution",
    "stop_flow_execution",
    "tag_resource",
    "untag_resource",
    "update_session",
]
