"""Typed builders of the AWS SDK integration of bedrockagent (``aws-sdk:bedrockagent:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, L, M, S, Si, X, Xi

class AgentDescriptor(TypedDict, total=False):
    AliasArn: S

AssociateAgentCollaboratorParameters = TypedDict(
    "AssociateAgentCollaboratorParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "AgentDescriptor": X[AgentDescriptor],
        "AgentDescriptor.$": str,
        "CollaboratorName": S,
        "CollaboratorName.$": str,
        "CollaborationInstruction": S,
        "CollaborationInstruction.$": str,
        "RelayConversationHistory": S,
        "RelayConversationHistory.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
AssociateAgentKnowledgeBaseParameters = TypedDict(
    "AssociateAgentKnowledgeBaseParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Description": S,
        "Description.$": str,
        "KnowledgeBaseState": S,
        "KnowledgeBaseState.$": str,
    },
    total=False,
)

class OrchestrationExecutor(TypedDict, total=False):
    Lambda: S

class CustomOrchestration(TypedDict, total=False):
    Executor: X[OrchestrationExecutor]

class InferenceConfiguration(TypedDict, total=False):
    Temperature: F
    TopP: F
    TopK: I
    MaximumLength: I
    StopSequences: L[Si]

class PromptConfiguration(TypedDict, total=False):
    PromptType: S
    PromptCreationMode: S
    PromptState: S
    BasePromptTemplate: S
    InferenceConfiguration: X[InferenceConfiguration]
    ParserMode: S
    FoundationModel: S
    AdditionalModelRequestFields: Doc

class PromptOverrideConfiguration(TypedDict, total=False):
    PromptConfigurations: L[Xi[PromptConfiguration]]
    OverrideLambda: S

class GuardrailConfiguration(TypedDict, total=False):
    GuardrailIdentifier: S
    GuardrailVersion: S

class SessionSummaryConfiguration(TypedDict, total=False):
    MaxRecentSessions: I

class MemoryConfiguration(TypedDict, total=False):
    EnabledMemoryTypes: L[Si]
    StorageDays: I
    SessionSummaryConfiguration: X[SessionSummaryConfiguration]

CreateAgentParameters = TypedDict(
    "CreateAgentParameters",
    {
        "AgentName": S,
        "AgentName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Instruction": S,
        "Instruction.$": str,
        "FoundationModel": S,
        "FoundationModel.$": str,
        "Description": S,
        "Description.$": str,
        "OrchestrationType": S,
        "OrchestrationType.$": str,
        "CustomOrchestration": X[CustomOrchestration],
        "CustomOrchestration.$": str,
        "IdleSessionTTLInSeconds": I,
        "IdleSessionTTLInSeconds.$": str,
        "AgentResourceRoleArn": S,
        "AgentResourceRoleArn.$": str,
        "CustomerEncryptionKeyArn": S,
        "CustomerEncryptionKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PromptOverrideConfiguration": X[PromptOverrideConfiguration],
        "PromptOverrideConfiguration.$": str,
        "GuardrailConfiguration": X[GuardrailConfiguration],
        "GuardrailConfiguration.$": str,
        "MemoryConfiguration": X[MemoryConfiguration],
        "MemoryConfiguration.$": str,
        "AgentCollaboration": S,
        "AgentCollaboration.$": str,
    },
    total=False,
)

class ActionGroupExecutor(TypedDict, total=False):
    Lambda: S
    CustomControl: S

class S3Identifier(TypedDict, total=False):
    S3BucketName: S
    S3ObjectKey: S

class APISchema(TypedDict, total=False):
    S3: X[S3Identifier]
    Payload: S

class ParameterDetail(TypedDict, total=False):
    Description: S
    Type: S
    Required: B

class Function(TypedDict, total=False):
    Name: S
    Description: S
    Parameters: M[X[ParameterDetail]]
    RequireConfirmation: S

class FunctionSchema(TypedDict, total=False):
    Functions: L[Xi[Function]]

CreateAgentActionGroupParameters = TypedDict(
    "CreateAgentActionGroupParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "ActionGroupName": S,
        "ActionGroupName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "ParentActionGroupSignature": S,
        "ParentActionGroupSignature.$": str,
        "ParentActionGroupSignatureParams": M[S],
        "ParentActionGroupSignatureParams.$": str,
        "ActionGroupExecutor": X[ActionGroupExecutor],
        "ActionGroupExecutor.$": str,
        "ApiSchema": X[APISchema],
        "ApiSchema.$": str,
        "ActionGroupState": S,
        "ActionGroupState.$": str,
        "FunctionSchema": X[FunctionSchema],
        "FunctionSchema.$": str,
    },
    total=False,
)

class AgentAliasRoutingConfigurationListItem(TypedDict, total=False):
    AgentVersion: S
    ProvisionedThroughput: S

CreateAgentAliasParameters = TypedDict(
    "CreateAgentAliasParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentAliasName": S,
        "AgentAliasName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "RoutingConfiguration": L[Xi[AgentAliasRoutingConfigurationListItem]],
        "RoutingConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DeletionProtectionConfiguration(TypedDict, total=False):
    DeletionProtectionStatus: S
    DeletionProtectionThreshold: I

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

class DailySchedule(TypedDict, total=False): ...

class WeeklySchedule(TypedDict, total=False):
    DayOfWeek: S

class LastDayOfMonth(TypedDict, total=False): ...

class DayOfMonth(TypedDict, total=False):
    DayNumber: I
    LastDayOfMonth: X[LastDayOfMonth]

class MonthlySchedule(TypedDict, total=False):
    DayOfMonth: X[DayOfMonth]

class SyncSchedule(TypedDict, total=False):
    Daily: X[DailySchedule]
    Weekly: X[WeeklySchedule]
    Monthly: X[MonthlySchedule]

class ManagedKnowledgeBaseConnectorConfiguration(TypedDict, total=False):
    DeletionProtectionConfiguration: X[DeletionProtectionConfiguration]
    MediaExtractionConfiguration: X[MediaExtractionConfiguration]
    ConnectorParameters: Doc
    SyncSchedule: X[SyncSchedule]

class S3DataSourceConfiguration(TypedDict, total=False):
    BucketArn: S
    InclusionPrefixes: L[Si]
    BucketOwnerAccountId: S

class SeedUrl(TypedDict, total=False):
    Url: S

class UrlConfiguration(TypedDict, total=False):
    SeedUrls: L[Xi[SeedUrl]]

class WebSourceConfiguration(TypedDict, total=False):
    UrlConfiguration: X[UrlConfiguration]

class WebCrawlerLimits(TypedDict, total=False):
    RateLimit: I
    MaxPages: I

class WebCrawlerConfiguration(TypedDict, total=False):
    CrawlerLimits: X[WebCrawlerLimits]
    InclusionFilters: L[Si]
    ExclusionFilters: L[Si]
    Scope: S
    UserAgent: S
    UserAgentHeader: S

class WebDataSourceConfiguration(TypedDict, total=False):
    SourceConfiguration: X[WebSourceConfiguration]
    CrawlerConfiguration: X[WebCrawlerConfiguration]

class ConfluenceSourceConfiguration(TypedDict, total=False):
    HostUrl: S
    HostType: S
    AuthType: S
    CredentialsSecretArn: S

class PatternObjectFilter(TypedDict, total=False):
    ObjectType: S
    InclusionFilters: L[Si]
    ExclusionFilters: L[Si]

class PatternObjectFilterConfiguration(TypedDict, total=False):
    Filters: L[Xi[PatternObjectFilter]]

class CrawlFilterConfiguration(TypedDict, total=False):
    Type: S
    PatternObjectFilter: X[PatternObjectFilterConfiguration]

class ConfluenceCrawlerConfiguration(TypedDict, total=False):
    FilterConfiguration: X[CrawlFilterConfiguration]

class ConfluenceDataSourceConfiguration(TypedDict, total=False):
    SourceConfiguration: X[ConfluenceSourceConfiguration]
    CrawlerConfiguration: X[ConfluenceCrawlerConfiguration]

class SalesforceSourceConfiguration(TypedDict, total=False):
    HostUrl: S
    AuthType: S
    CredentialsSecretArn: S

class SalesforceCrawlerConfiguration(TypedDict, total=False):
    FilterConfiguration: X[CrawlFilterConfiguration]

class SalesforceDataSourceConfiguration(TypedDict, total=False):
    SourceConfiguration: X[SalesforceSourceConfiguration]
    CrawlerConfiguration: X[SalesforceCrawlerConfiguration]

class SharePointSourceConfiguration(TypedDict, total=False):
    TenantId: S
    Domain: S
    SiteUrls: L[Si]
    HostType: S
    AuthType: S
    CredentialsSecretArn: S

class SharePointCrawlerConfiguration(TypedDict, total=False):
    FilterConfiguration: X[CrawlFilterConfiguration]

class SharePointDataSourceConfiguration(TypedDict, total=False):
    SourceConfiguration: X[SharePointSourceConfiguration]
    CrawlerConfiguration: X[SharePointCrawlerConfiguration]

class DataSourceConfiguration(TypedDict, total=False):
    Type: S
    ManagedKnowledgeBaseConnectorConfiguration: X[ManagedKnowledgeBaseConnectorConfiguration]
    S3Configuration: X[S3DataSourceConfiguration]
    WebConfiguration: X[WebDataSourceConfiguration]
    ConfluenceConfiguration: X[ConfluenceDataSourceConfiguration]
    SalesforceConfiguration: X[SalesforceDataSourceConfiguration]
    SharePointConfiguration: X[SharePointDataSourceConfiguration]

class ServerSideEncryptionConfiguration(TypedDict, total=False):
    KmsKeyArn: S

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

class S3Location(TypedDict, total=False):
    Uri: S

class IntermediateStorage(TypedDict, total=False):
    S3Location: X[S3Location]

class TransformationLambdaConfiguration(TypedDict, total=False):
    LambdaArn: S

class TransformationFunction(TypedDict, total=False):
    TransformationLambdaConfiguration: X[TransformationLambdaConfiguration]

class Transformation(TypedDict, total=False):
    TransformationFunction: X[TransformationFunction]
    StepToApply: S

class CustomTransformationConfiguration(TypedDict, total=False):
    IntermediateStorage: X[IntermediateStorage]
    Transformations: L[Xi[Transformation]]

class ParsingPrompt(TypedDict, total=False):
    ParsingPromptText: S

class BedrockFoundationModelConfiguration(TypedDict, total=False):
    ModelArn: S
    ParsingPrompt: X[ParsingPrompt]
    ParsingModality: S

class BedrockDataAutomationConfiguration(TypedDict, total=False):
    ParsingModality: S

class ParsingConfiguration(TypedDict, total=False):
    ParsingStrategy: S
    BedrockFoundationModelConfiguration: X[BedrockFoundationModelConfiguration]
    BedrockDataAutomationConfiguration: X[BedrockDataAutomationConfiguration]

class EnrichmentStrategyConfiguration(TypedDict, total=False):
    Method: S

class BedrockFoundationModelContextEnrichmentConfiguration(TypedDict, total=False):
    EnrichmentStrategyConfiguration: X[EnrichmentStrategyConfiguration]
    ModelArn: S

class ContextEnrichmentConfiguration(TypedDict, total=False):
    Type: S
    BedrockFoundationModelConfiguration: X[BedrockFoundationModelContextEnrichmentConfiguration]

class VectorIngestionConfiguration(TypedDict, total=False):
    ChunkingConfiguration: X[ChunkingConfiguration]
    CustomTransformationConfiguration: X[CustomTransformationConfiguration]
    ParsingConfiguration: X[ParsingConfiguration]
    ContextEnrichmentConfiguration: X[ContextEnrichmentConfiguration]

CreateDataSourceParameters = TypedDict(
    "CreateDataSourceParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DataSourceConfiguration": X[DataSourceConfiguration],
        "DataSourceConfiguration.$": str,
        "DataDeletionPolicy": S,
        "DataDeletionPolicy.$": str,
        "ServerSideEncryptionConfiguration": X[ServerSideEncryptionConfiguration],
        "ServerSideEncryptionConfiguration.$": str,
        "VectorIngestionConfiguration": X[VectorIngestionConfiguration],
        "VectorIngestionConfiguration.$": str,
    },
    total=False,
)

class InputFlowNodeConfiguration(TypedDict, total=False): ...
class OutputFlowNodeConfiguration(TypedDict, total=False): ...

class KnowledgeBasePromptTemplate(TypedDict, total=False):
    TextPromptTemplate: S

class PromptModelInferenceConfiguration(TypedDict, total=False):
    Temperature: F
    TopP: F
    MaxTokens: I
    StopSequences: L[Si]

class PromptInferenceConfiguration(TypedDict, total=False):
    Text: X[PromptModelInferenceConfiguration]

class VectorSearchBedrockRerankingModelConfiguration(TypedDict, total=False):
    ModelArn: S
    AdditionalModelRequestFields: M[Doc]

class FieldForReranking(TypedDict, total=False):
    FieldName: S

class RerankingMetadataSelectiveModeConfiguration(TypedDict, total=False):
    FieldsToInclude: L[Xi[FieldForReranking]]
    FieldsToExclude: L[Xi[FieldForReranking]]

class MetadataConfigurationForReranking(TypedDict, total=False):
    SelectionMode: S
    SelectiveModeConfiguration: X[RerankingMetadataSelectiveModeConfiguration]

class VectorSearchBedrockRerankingConfiguration(TypedDict, total=False):
    ModelConfiguration: X[VectorSearchBedrockRerankingModelConfiguration]
    NumberOfRerankedResults: I
    MetadataConfiguration: X[MetadataConfigurationForReranking]

class VectorSearchRerankingConfiguration(TypedDict, total=False):
    Type: S
    BedrockRerankingConfiguration: X[VectorSearchBedrockRerankingConfiguration]

class PerformanceConfiguration(TypedDict, total=False):
    Latency: S

class KnowledgeBaseOrchestrationConfiguration(TypedDict, total=False):
    PromptTemplate: X[KnowledgeBasePromptTemplate]
    InferenceConfig: X[PromptInferenceConfiguration]
    AdditionalModelRequestFields: M[Doc]
    PerformanceConfig: X[PerformanceConfiguration]

class KnowledgeBaseFlowNodeConfiguration(TypedDict, total=False):
    KnowledgeBaseId: S
    ModelId: S
    GuardrailConfiguration: X[GuardrailConfiguration]
    NumberOfResults: I
    PromptTemplate: X[KnowledgeBasePromptTemplate]
    InferenceConfiguration: X[PromptInferenceConfiguration]
    RerankingConfiguration: X[VectorSearchRerankingConfiguration]
    OrchestrationConfiguration: X[KnowledgeBaseOrchestrationConfiguration]

class FlowCondition(TypedDict, total=False):
    Name: S
    Expression: S

class ConditionFlowNodeConfiguration(TypedDict, total=False):
    Conditions: L[Xi[FlowCondition]]

class LexFlowNodeConfiguration(TypedDict, total=False):
    BotAliasArn: S
    LocaleId: S

class PromptFlowNodeResourceConfiguration(TypedDict, total=False):
    PromptArn: S

class CachePointBlock(TypedDict, total=False):
    Type: S

class PromptInputVariable(TypedDict, total=False):
    Name: S

class TextPromptTemplateConfiguration(TypedDict, total=False):
    Text: S
    CachePoint: X[CachePointBlock]
    InputVariables: L[Xi[PromptInputVariable]]

class ContentBlock(TypedDict, total=False):
    Text: S
    CachePoint: X[CachePointBlock]

class Message(TypedDict, total=False):
    Role: S
    Content: L[Xi[ContentBlock]]

class SystemContentBlock(TypedDict, total=False):
    Text: S
    CachePoint: X[CachePointBlock]

class ToolInputSchema(TypedDict, total=False):
    Json: Doc

class ToolSpecification(TypedDict, total=False):
    Name: S
    Description: S
    InputSchema: X[ToolInputSchema]
    Strict: B

class Tool(TypedDict, total=False):
    ToolSpec: X[ToolSpecification]
    CachePoint: X[CachePointBlock]

class AutoToolChoice(TypedDict, total=False): ...
class AnyToolChoice(TypedDict, total=False): ...

class SpecificToolChoice(TypedDict, total=False):
    Name: S

class ToolChoice(TypedDict, total=False):
    Auto: X[AutoToolChoice]
    Any: X[AnyToolChoice]
    Tool: X[SpecificToolChoice]

class ToolConfiguration(TypedDict, total=False):
    Tools: L[Xi[Tool]]
    ToolChoice: X[ToolChoice]

class ChatPromptTemplateConfiguration(TypedDict, total=False):
    Messages: L[Xi[Message]]
    System: L[Xi[SystemContentBlock]]
    InputVariables: L[Xi[PromptInputVariable]]
    ToolConfiguration: X[ToolConfiguration]

class PromptTemplateConfiguration(TypedDict, total=False):
    Text: X[TextPromptTemplateConfiguration]
    Chat: X[ChatPromptTemplateConfiguration]

class PromptFlowNodeInlineConfiguration(TypedDict, total=False):
    TemplateType: S
    TemplateConfiguration: X[PromptTemplateConfiguration]
    ModelId: S
    InferenceConfiguration: X[PromptInferenceConfiguration]
    AdditionalModelRequestFields: Doc

class PromptFlowNodeSourceConfiguration(TypedDict, total=False):
    Resource: X[PromptFlowNodeResourceConfiguration]
    Inline: X[PromptFlowNodeInlineConfiguration]

class PromptFlowNodeConfiguration(TypedDict, total=False):
    SourceConfiguration: X[PromptFlowNodeSourceConfiguration]
    GuardrailConfiguration: X[GuardrailConfiguration]

class LambdaFunctionFlowNodeConfiguration(TypedDict, total=False):
    LambdaArn: S

class StorageFlowNodeS3Configuration(TypedDict, total=False):
    BucketName: S

class StorageFlowNodeServiceConfiguration(TypedDict, total=False):
    S3: X[StorageFlowNodeS3Configuration]

class StorageFlowNodeConfiguration(TypedDict, total=False):
    ServiceConfiguration: X[StorageFlowNodeServiceConfiguration]

class AgentFlowNodeConfiguration(TypedDict, total=False):
    AgentAliasArn: S

class RetrievalFlowNodeS3Configuration(TypedDict, total=False):
    BucketName: S

class RetrievalFlowNodeServiceConfiguration(TypedDict, total=False):
    S3: X[RetrievalFlowNodeS3Configuration]

class RetrievalFlowNodeConfiguration(TypedDict, total=False):
    ServiceConfiguration: X[RetrievalFlowNodeServiceConfiguration]

class IteratorFlowNodeConfiguration(TypedDict, total=False): ...
class CollectorFlowNodeConfiguration(TypedDict, total=False): ...

class InlineCodeFlowNodeConfiguration(TypedDict, total=False):
    Code: S
    Language: S

class LoopFlowNodeConfiguration(TypedDict, total=False):
    Definition: X[FlowDefinition]

class LoopInputFlowNodeConfiguration(TypedDict, total=False): ...

class LoopControllerFlowNodeConfiguration(TypedDict, total=False):
    ContinueCondition: X[FlowCondition]
    MaxIterations: I

class FlowNodeConfiguration(TypedDict, total=False):
    Input: X[InputFlowNodeConfiguration]
    Output: X[OutputFlowNodeConfiguration]
    KnowledgeBase: X[KnowledgeBaseFlowNodeConfiguration]
    Condition: X[ConditionFlowNodeConfiguration]
    Lex: X[LexFlowNodeConfiguration]
    Prompt: X[PromptFlowNodeConfiguration]
    LambdaFunction: X[LambdaFunctionFlowNodeConfiguration]
    Storage: X[StorageFlowNodeConfiguration]
    Agent: X[AgentFlowNodeConfiguration]
    Retrieval: X[RetrievalFlowNodeConfiguration]
    Iterator: X[IteratorFlowNodeConfiguration]
    Collector: X[CollectorFlowNodeConfiguration]
    InlineCode: X[InlineCodeFlowNodeConfiguration]
    Loop: X[LoopFlowNodeConfiguration]
    LoopInput: X[LoopInputFlowNodeConfiguration]
    LoopController: X[LoopControllerFlowNodeConfiguration]

class FlowNodeInput(TypedDict, total=False):
    Name: S
    Type: S
    Expression: S
    Category: S

class FlowNodeOutput(TypedDict, total=False):
    Name: S
    Type: S

class FlowNode(TypedDict, total=False):
    Name: S
    Type: S
    Configuration: X[FlowNodeConfiguration]
    Inputs: L[Xi[FlowNodeInput]]
    Outputs: L[Xi[FlowNodeOutput]]

class FlowDataConnectionConfiguration(TypedDict, total=False):
    SourceOutput: S
    TargetInput: S

class FlowConditionalConnectionConfiguration(TypedDict, total=False):
    Condition: S

class FlowConnectionConfiguration(TypedDict, total=False):
    Data: X[FlowDataConnectionConfiguration]
    Conditional: X[FlowConditionalConnectionConfiguration]

class FlowConnection(TypedDict, total=False):
    Type: S
    Name: S
    Source: S
    Target: S
    Configuration: X[FlowConnectionConfiguration]

class FlowDefinition(TypedDict, total=False):
    Nodes: L[Xi[FlowNode]]
    Connections: L[Xi[FlowConnection]]

CreateFlowParameters = TypedDict(
    "CreateFlowParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "CustomerEncryptionKeyArn": S,
        "CustomerEncryptionKeyArn.$": str,
        "Definition": X[FlowDefinition],
        "Definition.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class FlowAliasRoutingConfigurationListItem(TypedDict, total=False):
    FlowVersion: S

class FlowAliasConcurrencyConfiguration(TypedDict, total=False):
    Type: S
    MaxConcurrency: I

CreateFlowAliasParameters = TypedDict(
    "CreateFlowAliasParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RoutingConfiguration": L[Xi[FlowAliasRoutingConfigurationListItem]],
        "RoutingConfiguration.$": str,
        "ConcurrencyConfiguration": X[FlowAliasConcurrencyConfiguration],
        "ConcurrencyConfiguration.$": str,
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateFlowVersionParameters = TypedDict(
    "CreateFlowVersionParameters",
    {
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AudioSegmentationConfiguration(TypedDict, total=False):
    FixedLengthDuration: I

class AudioConfiguration(TypedDict, total=False):
    SegmentationConfiguration: X[AudioSegmentationConfiguration]

class VideoSegmentationConfiguration(TypedDict, total=False):
    FixedLengthDuration: I

class VideoConfiguration(TypedDict, total=False):
    SegmentationConfiguration: X[VideoSegmentationConfiguration]

class BedrockEmbeddingModelConfiguration(TypedDict, total=False):
    Dimensions: I
    EmbeddingDataType: S
    Audio: L[Xi[AudioConfiguration]]
    Video: L[Xi[VideoConfiguration]]
    ModelConfiguration: Doc

class EmbeddingModelConfiguration(TypedDict, total=False):
    BedrockEmbeddingModelConfiguration: X[BedrockEmbeddingModelConfiguration]

class SupplementalDataStorageLocation(TypedDict, total=False):
    Type: S
    S3Location: X[S3Location]

class SupplementalDataStorageConfiguration(TypedDict, total=False):
    StorageLocations: L[Xi[SupplementalDataStorageLocation]]

class VectorKnowledgeBaseConfiguration(TypedDict, total=False):
    EmbeddingModelArn: S
    EmbeddingModelConfiguration: X[EmbeddingModelConfiguration]
    SupplementalDataStorageConfiguration: X[SupplementalDataStorageConfiguration]

class ManagedKnowledgeBaseConfiguration(TypedDict, total=False):
    EmbeddingModelType: S
    EmbeddingModelArn: S
    EmbeddingModelConfiguration: X[EmbeddingModelConfiguration]
    ServerSideEncryptionConfiguration: X[ServerSideEncryptionConfiguration]
    SupplementalDataStorageConfiguration: X[SupplementalDataStorageConfiguration]

class KendraKnowledgeBaseConfiguration(TypedDict, total=False):
    KendraIndexArn: S

class RedshiftQueryEngineAwsDataCatalogStorageConfiguration(TypedDict, total=False):
    TableNames: L[Si]

class RedshiftQueryEngineRedshiftStorageConfiguration(TypedDict, total=False):
    DatabaseName: S

class RedshiftQueryEngineStorageConfiguration(TypedDict, total=False):
    Type: S
    AwsDataCatalogConfiguration: X[RedshiftQueryEngineAwsDataCatalogStorageConfiguration]
    RedshiftConfiguration: X[RedshiftQueryEngineRedshiftStorageConfiguration]

class RedshiftServerlessAuthConfiguration(TypedDict, total=False):
    Type: S
    UsernamePasswordSecretArn: S

class RedshiftServerlessConfiguration(TypedDict, total=False):
    WorkgroupArn: S
    AuthConfiguration: X[RedshiftServerlessAuthConfiguration]

class RedshiftProvisionedAuthConfiguration(TypedDict, total=False):
    Type: S
    DatabaseUser: S
    UsernamePasswordSecretArn: S

class RedshiftProvisionedConfiguration(TypedDict, total=False):
    ClusterIdentifier: S
    AuthConfiguration: X[RedshiftProvisionedAuthConfiguration]

class RedshiftQueryEngineConfiguration(TypedDict, total=False):
    Type: S
    ServerlessConfiguration: X[RedshiftServerlessConfiguration]
    ProvisionedConfiguration: X[RedshiftProvisionedConfiguration]

class QueryGenerationColumn(TypedDict, total=False):
    Name: S
    Description: S
    Inclusion: S

class QueryGenerationTable(TypedDict, total=False):
    Name: S
    Description: S
    Inclusion: S
    Columns: L[Xi[QueryGenerationColumn]]

class CuratedQuery(TypedDict, total=False):
    NaturalLanguage: S
    Sql: S

class QueryGenerationContext(TypedDict, total=False):
    Tables: L[Xi[QueryGenerationTable]]
    CuratedQueries: L[Xi[CuratedQuery]]

class QueryGenerationConfiguration(TypedDict, total=False):
    ExecutionTimeoutSeconds: I
    GenerationContext: X[QueryGenerationContext]

class RedshiftConfiguration(TypedDict, total=False):
    StorageConfigurations: L[Xi[RedshiftQueryEngineStorageConfiguration]]
    QueryEngineConfiguration: X[RedshiftQueryEngineConfiguration]
    QueryGenerationConfiguration: X[QueryGenerationConfiguration]

class SqlKnowledgeBaseConfiguration(TypedDict, total=False):
    Type: S
    RedshiftConfiguration: X[RedshiftConfiguration]

class KnowledgeBaseConfiguration(TypedDict, total=False):
    Type: S
    VectorKnowledgeBaseConfiguration: X[VectorKnowledgeBaseConfiguration]
    ManagedKnowledgeBaseConfiguration: X[ManagedKnowledgeBaseConfiguration]
    KendraKnowledgeBaseConfiguration: X[KendraKnowledgeBaseConfiguration]
    SqlKnowledgeBaseConfiguration: X[SqlKnowledgeBaseConfiguration]

class OpenSearchServerlessFieldMapping(TypedDict, total=False):
    VectorField: S
    TextField: S
    MetadataField: S

class OpenSearchServerlessConfiguration(TypedDict, total=False):
    CollectionArn: S
    VectorIndexName: S
    FieldMapping: X[OpenSearchServerlessFieldMapping]

class OpenSearchManagedClusterFieldMapping(TypedDict, total=False):
    VectorField: S
    TextField: S
    MetadataField: S

class OpenSearchManagedClusterConfiguration(TypedDict, total=False):
    DomainEndpoint: S
    DomainArn: S
    VectorIndexName: S
    FieldMapping: X[OpenSearchManagedClusterFieldMapping]

class PineconeFieldMapping(TypedDict, total=False):
    TextField: S
    MetadataField: S

class PineconeConfiguration(TypedDict, total=False):
    ConnectionString: S
    CredentialsSecretArn: S
    Namespace: S
    FieldMapping: X[PineconeFieldMapping]

class RedisEnterpriseCloudFieldMapping(TypedDict, total=False):
    VectorField: S
    TextField: S
    MetadataField: S

class RedisEnterpriseCloudConfiguration(TypedDict, total=False):
    Endpoint: S
    VectorIndexName: S
    CredentialsSecretArn: S
    FieldMapping: X[RedisEnterpriseCloudFieldMapping]

class RdsFieldMapping(TypedDict, total=False):
    PrimaryKeyField: S
    VectorField: S
    TextField: S
    MetadataField: S
    CustomMetadataField: S

class RdsConfiguration(TypedDict, total=False):
    ResourceArn: S
    CredentialsSecretArn: S
    DatabaseName: S
    TableName: S
    FieldMapping: X[RdsFieldMapping]

class MongoDbAtlasFieldMapping(TypedDict, total=False):
    VectorField: S
    TextField: S
    MetadataField: S

class MongoDbAtlasConfiguration(TypedDict, total=False):
    Endpoint: S
    DatabaseName: S
    CollectionName: S
    VectorIndexName: S
    CredentialsSecretArn: S
    FieldMapping: X[MongoDbAtlasFieldMapping]
    EndpointServiceName: S
    TextIndexName: S

class NeptuneAnalyticsFieldMapping(TypedDict, total=False):
    TextField: S
    MetadataField: S

class NeptuneAnalyticsConfiguration(TypedDict, total=False):
    GraphArn: S
    FieldMapping: X[NeptuneAnalyticsFieldMapping]

class S3VectorsConfiguration(TypedDict, total=False):
    VectorBucketArn: S
    IndexArn: S
    IndexName: S

class StorageConfiguration(TypedDict, total=False):
    Type: S
    OpensearchServerlessConfiguration: X[OpenSearchServerlessConfiguration]
    OpensearchManagedClusterConfiguration: X[OpenSearchManagedClusterConfiguration]
    PineconeConfiguration: X[PineconeConfiguration]
    RedisEnterpriseCloudConfiguration: X[RedisEnterpriseCloudConfiguration]
    RdsConfiguration: X[RdsConfiguration]
    MongoDbAtlasConfiguration: X[MongoDbAtlasConfiguration]
    NeptuneAnalyticsConfiguration: X[NeptuneAnalyticsConfiguration]
    S3VectorsConfiguration: X[S3VectorsConfiguration]

class TrustedIdentitySource(TypedDict, total=False):
    IdentityStoreArn: S
    IdentityProviderArn: S

CreateKnowledgeBaseParameters = TypedDict(
    "CreateKnowledgeBaseParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "KnowledgeBaseConfiguration": X[KnowledgeBaseConfiguration],
        "KnowledgeBaseConfiguration.$": str,
        "StorageConfiguration": X[StorageConfiguration],
        "StorageConfiguration.$": str,
        "UserContextModeForRetrieval": S,
        "UserContextModeForRetrieval.$": str,
        "TrustedIdentitySources": L[Xi[TrustedIdentitySource]],
        "TrustedIdentitySources.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class PromptMetadataEntry(TypedDict, total=False):
    Key: S
    Value: S

class PromptAgentResource(TypedDict, total=False):
    AgentIdentifier: S

class PromptGenAiResource(TypedDict, total=False):
    Agent: X[PromptAgentResource]

class PromptVariant(TypedDict, total=False):
    Name: S
    TemplateType: S
    TemplateConfiguration: X[PromptTemplateConfiguration]
    ModelId: S
    InferenceConfiguration: X[PromptInferenceConfiguration]
    Metadata: L[Xi[PromptMetadataEntry]]
    AdditionalModelRequestFields: Doc
    GenAiResource: X[PromptGenAiResource]

CreatePromptParameters = TypedDict(
    "CreatePromptParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "CustomerEncryptionKeyArn": S,
        "CustomerEncryptionKeyArn.$": str,
        "DefaultVariant": S,
        "DefaultVariant.$": str,
        "Variants": L[Xi[PromptVariant]],
        "Variants.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreatePromptVersionParameters = TypedDict(
    "CreatePromptVersionParameters",
    {
        "PromptIdentifier": S,
        "PromptIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class RetrievalInstructionContent(TypedDict, total=False):
    RetrievalGuidance: S
    Persona: S
    AnswerFormat: S
    AnswerPolicy: S

CreateRetrievalInstructionParameters = TypedDict(
    "CreateRetrievalInstructionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Instruction": X[RetrievalInstructionContent],
        "Instruction.$": str,
        "Description": S,
        "Description.$": str,
        "CustomerEncryptionKeyArn": S,
        "CustomerEncryptionKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateRetrievalInstructionVersionParameters = TypedDict(
    "CreateRetrievalInstructionVersionParameters",
    {
        "RetrievalInstructionId": S,
        "RetrievalInstructionId.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateVpcConfigurationParameters = TypedDict(
    "CreateVpcConfigurationParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "ResourceTarget": S,
        "ResourceTarget.$": str,
        "Port": I,
        "Port.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "ResolutionMode": S,
        "ResolutionMode.$": str,
        "HostHeader": S,
        "HostHeader.$": str,
        "TlsServerName": S,
        "TlsServerName.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
DeleteAgentParameters = TypedDict(
    "DeleteAgentParameters",
    {"AgentId": S, "AgentId.$": str, "SkipResourceInUseCheck": B, "SkipResourceInUseCheck.$": str},
    total=False,
)
DeleteAgentActionGroupParameters = TypedDict(
    "DeleteAgentActionGroupParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "ActionGroupId": S,
        "ActionGroupId.$": str,
        "SkipResourceInUseCheck": B,
        "SkipResourceInUseCheck.$": str,
    },
    total=False,
)
DeleteAgentAliasParameters = TypedDict(
    "DeleteAgentAliasParameters",
    {"AgentId": S, "AgentId.$": str, "AgentAliasId": S, "AgentAliasId.$": str},
    total=False,
)
DeleteAgentVersionParameters = TypedDict(
    "DeleteAgentVersionParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "SkipResourceInUseCheck": B,
        "SkipResourceInUseCheck.$": str,
    },
    total=False,
)
DeleteDataSourceParameters = TypedDict(
    "DeleteDataSourceParameters",
    {"KnowledgeBaseId": S, "KnowledgeBaseId.$": str, "DataSourceId": S, "DataSourceId.$": str},
    total=False,
)
DeleteFlowParameters = TypedDict(
    "DeleteFlowParameters",
    {
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
        "SkipResourceInUseCheck": B,
        "SkipResourceInUseCheck.$": str,
    },
    total=False,
)
DeleteFlowAliasParameters = TypedDict(
    "DeleteFlowAliasParameters",
    {"FlowIdentifier": S, "FlowIdentifier.$": str, "AliasIdentifier": S, "AliasIdentifier.$": str},
    total=False,
)
DeleteFlowVersionParameters = TypedDict(
    "DeleteFlowVersionParameters",
    {
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
        "FlowVersion": S,
        "FlowVersion.$": str,
        "SkipResourceInUseCheck": B,
        "SkipResourceInUseCheck.$": str,
    },
    total=False,
)
DeleteKnowledgeBaseParameters = TypedDict(
    "DeleteKnowledgeBaseParameters", {"KnowledgeBaseId": S, "KnowledgeBaseId.$": str}, total=False
)

class CustomDocumentIdentifier(TypedDict, total=False):
    Id: S

class DocumentIdentifier(TypedDict, total=False):
    DataSourceType: S
    S3: X[S3Location]
    Custom: X[CustomDocumentIdentifier]

DeleteKnowledgeBaseDocumentsParameters = TypedDict(
    "DeleteKnowledgeBaseDocumentsParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DocumentIdentifiers": L[Xi[DocumentIdentifier]],
        "DocumentIdentifiers.$": str,
    },
    total=False,
)
DeletePromptParameters = TypedDict(
    "DeletePromptParameters",
    {"PromptIdentifier": S, "PromptIdentifier.$": str, "PromptVersion": S, "PromptVersion.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "ExpectedRevisionId": S, "ExpectedRevisionId.$": str},
    total=False,
)
DeleteRetrievalInstructionParameters = TypedDict(
    "DeleteRetrievalInstructionParameters",
    {
        "RetrievalInstructionId": S,
        "RetrievalInstructionId.$": str,
        "RetrievalInstructionVersion": S,
        "RetrievalInstructionVersion.$": str,
    },
    total=False,
)
DeleteVpcConfigurationParameters = TypedDict(
    "DeleteVpcConfigurationParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "VpcConfigurationId": S,
        "VpcConfigurationId.$": str,
    },
    total=False,
)
DisassociateAgentCollaboratorParameters = TypedDict(
    "DisassociateAgentCollaboratorParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "CollaboratorId": S,
        "CollaboratorId.$": str,
    },
    total=False,
)
DisassociateAgentKnowledgeBaseParameters = TypedDict(
    "DisassociateAgentKnowledgeBaseParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
    },
    total=False,
)
GetAgentParameters = TypedDict("GetAgentParameters", {"AgentId": S, "AgentId.$": str}, total=False)
GetAgentActionGroupParameters = TypedDict(
    "GetAgentActionGroupParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "ActionGroupId": S,
        "ActionGroupId.$": str,
    },
    total=False,
)
GetAgentAliasParameters = TypedDict(
    "GetAgentAliasParameters",
    {"AgentId": S, "AgentId.$": str, "AgentAliasId": S, "AgentAliasId.$": str},
    total=False,
)
GetAgentCollaboratorParameters = TypedDict(
    "GetAgentCollaboratorParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "CollaboratorId": S,
        "CollaboratorId.$": str,
    },
    total=False,
)
GetAgentKnowledgeBaseParameters = TypedDict(
    "GetAgentKnowledgeBaseParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
    },
    total=False,
)
GetAgentVersionParameters = TypedDict(
    "GetAgentVersionParameters",
    {"AgentId": S, "AgentId.$": str, "AgentVersion": S, "AgentVersion.$": str},
    total=False,
)
GetDataSourceParameters = TypedDict(
    "GetDataSourceParameters",
    {"KnowledgeBaseId": S, "KnowledgeBaseId.$": str, "DataSourceId": S, "DataSourceId.$": str},
    total=False,
)
GetFlowParameters = TypedDict(
    "GetFlowParameters",
    {"FlowIdentifier": S, "FlowIdentifier.$": str, "IncludedData": S, "IncludedData.$": str},
    total=False,
)
GetFlowAliasParameters = TypedDict(
    "GetFlowAliasParameters",
    {"FlowIdentifier": S, "FlowIdentifier.$": str, "AliasIdentifier": S, "AliasIdentifier.$": str},
    total=False,
)
GetFlowVersionParameters = TypedDict(
    "GetFlowVersionParameters",
    {
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
        "FlowVersion": S,
        "FlowVersion.$": str,
        "IncludedData": S,
        "IncludedData.$": str,
    },
    total=False,
)
GetIngestionJobParameters = TypedDict(
    "GetIngestionJobParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "IngestionJobId": S,
        "IngestionJobId.$": str,
    },
    total=False,
)
GetKnowledgeBaseParameters = TypedDict(
    "GetKnowledgeBaseParameters", {"KnowledgeBaseId": S, "KnowledgeBaseId.$": str}, total=False
)
GetKnowledgeBaseDocumentsParameters = TypedDict(
    "GetKnowledgeBaseDocumentsParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "DocumentIdentifiers": L[Xi[DocumentIdentifier]],
        "DocumentIdentifiers.$": str,
    },
    total=False,
)
GetPromptParameters = TypedDict(
    "GetPromptParameters",
    {
        "PromptIdentifier": S,
        "PromptIdentifier.$": str,
        "PromptVersion": S,
        "PromptVersion.$": str,
        "IncludedData": S,
        "IncludedData.$": str,
    },
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetRetrievalInstructionParameters = TypedDict(
    "GetRetrievalInstructionParameters",
    {
        "RetrievalInstructionId": S,
        "RetrievalInstructionId.$": str,
        "RetrievalInstructionVersion": S,
        "RetrievalInstructionVersion.$": str,
    },
    total=False,
)
GetVpcConfigurationParameters = TypedDict(
    "GetVpcConfigurationParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "VpcConfigurationId": S,
        "VpcConfigurationId.$": str,
    },
    total=False,
)

class MetadataAttributeValue(TypedDict, total=False):
    Type: S
    NumberValue: F
    BooleanValue: B
    StringValue: S
    StringListValue: L[Si]

class MetadataAttribute(TypedDict, total=False):
    Key: S
    Value: X[MetadataAttributeValue]

class CustomS3Location(TypedDict, total=False):
    Uri: S
    BucketOwnerAccountId: S

class DocumentAccessControlEntry(TypedDict, total=False):
    Name: S
    Type: S
    Access: S

class DocumentMetadata(TypedDict, total=False):
    Type: S
    InlineAttributes: L[Xi[MetadataAttribute]]
    S3Location: X[CustomS3Location]
    AccessControlList: L[Xi[DocumentAccessControlEntry]]

class ByteContentDoc(TypedDict, total=False):
    MimeType: S
    Data: S

class TextContentDoc(TypedDict, total=False):
    Data: S

class InlineContent(TypedDict, total=False):
    Type: S
    ByteContent: X[ByteContentDoc]
    TextContent: X[TextContentDoc]

class CustomContent(TypedDict, total=False):
    CustomDocumentIdentifier: X[CustomDocumentIdentifier]
    SourceType: S
    S3Location: X[CustomS3Location]
    InlineContent: X[InlineContent]

class S3Content(TypedDict, total=False):
    S3Location: X[S3Location]

class DocumentContent(TypedDict, total=False):
    DataSourceType: S
    Custom: X[CustomContent]
    S3: X[S3Content]

class KnowledgeBaseDocument(TypedDict, total=False):
    Metadata: X[DocumentMetadata]
    Content: X[DocumentContent]

IngestKnowledgeBaseDocumentsParameters = TypedDict(
    "IngestKnowledgeBaseDocumentsParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Documents": L[Xi[KnowledgeBaseDocument]],
        "Documents.$": str,
    },
    total=False,
)
ListAgentActionGroupsParameters = TypedDict(
    "ListAgentActionGroupsParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentAliasesParameters = TypedDict(
    "ListAgentAliasesParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentCollaboratorsParameters = TypedDict(
    "ListAgentCollaboratorsParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentKnowledgeBasesParameters = TypedDict(
    "ListAgentKnowledgeBasesParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentVersionsParameters = TypedDict(
    "ListAgentVersionsParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentsParameters = TypedDict(
    "ListAgentsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDataSourcesParameters = TypedDict(
    "ListDataSourcesParameters",
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
ListFlowAliasesParameters = TypedDict(
    "ListFlowAliasesParameters",
    {
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFlowVersionsParameters = TypedDict(
    "ListFlowVersionsParameters",
    {
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFlowsParameters = TypedDict(
    "ListFlowsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class IngestionJobFilter(TypedDict, total=False):
    Attribute: S
    Operator: S
    Values: L[Si]

class IngestionJobSortBy(TypedDict, total=False):
    Attribute: S
    Order: S

ListIngestionJobsParameters = TypedDict(
    "ListIngestionJobsParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "Filters": L[Xi[IngestionJobFilter]],
        "Filters.$": str,
        "SortBy": X[IngestionJobSortBy],
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListKnowledgeBaseDocumentsParameters = TypedDict(
    "ListKnowledgeBaseDocumentsParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
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
ListPromptsParameters = TypedDict(
    "ListPromptsParameters",
    {
        "PromptIdentifier": S,
        "PromptIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRetrievalInstructionVersionsParameters = TypedDict(
    "ListRetrievalInstructionVersionsParameters",
    {
        "RetrievalInstructionId": S,
        "RetrievalInstructionId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRetrievalInstructionsParameters = TypedDict(
    "ListRetrievalInstructionsParameters",
    {
        "Status": S,
        "Status.$": str,
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
ListVpcConfigurationsParameters = TypedDict(
    "ListVpcConfigurationsParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PrepareAgentParameters = TypedDict(
    "PrepareAgentParameters", {"AgentId": S, "AgentId.$": str}, total=False
)
PrepareFlowParameters = TypedDict(
    "PrepareFlowParameters", {"FlowIdentifier": S, "FlowIdentifier.$": str}, total=False
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
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
StartIngestionJobParameters = TypedDict(
    "StartIngestionJobParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
StopIngestionJobParameters = TypedDict(
    "StopIngestionJobParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "IngestionJobId": S,
        "IngestionJobId.$": str,
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
UpdateAgentParameters = TypedDict(
    "UpdateAgentParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "Instruction": S,
        "Instruction.$": str,
        "FoundationModel": S,
        "FoundationModel.$": str,
        "Description": S,
        "Description.$": str,
        "OrchestrationType": S,
        "OrchestrationType.$": str,
        "CustomOrchestration": X[CustomOrchestration],
        "CustomOrchestration.$": str,
        "IdleSessionTTLInSeconds": I,
        "IdleSessionTTLInSeconds.$": str,
        "AgentResourceRoleArn": S,
        "AgentResourceRoleArn.$": str,
        "CustomerEncryptionKeyArn": S,
        "CustomerEncryptionKeyArn.$": str,
        "PromptOverrideConfiguration": X[PromptOverrideConfiguration],
        "PromptOverrideConfiguration.$": str,
        "GuardrailConfiguration": X[GuardrailConfiguration],
        "GuardrailConfiguration.$": str,
        "MemoryConfiguration": X[MemoryConfiguration],
        "MemoryConfiguration.$": str,
        "AgentCollaboration": S,
        "AgentCollaboration.$": str,
    },
    total=False,
)
UpdateAgentActionGroupParameters = TypedDict(
    "UpdateAgentActionGroupParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "ActionGroupId": S,
        "ActionGroupId.$": str,
        "ActionGroupName": S,
        "ActionGroupName.$": str,
        "Description": S,
        "Description.$": str,
        "ParentActionGroupSignature": S,
        "ParentActionGroupSignature.$": str,
        "ParentActionGroupSignatureParams": M[S],
        "ParentActionGroupSignatureParams.$": str,
        "ActionGroupExecutor": X[ActionGroupExecutor],
        "ActionGroupExecutor.$": str,
        "ActionGroupState": S,
        "ActionGroupState.$": str,
        "ApiSchema": X[APISchema],
        "ApiSchema.$": str,
        "FunctionSchema": X[FunctionSchema],
        "FunctionSchema.$": str,
    },
    total=False,
)
UpdateAgentAliasParameters = TypedDict(
    "UpdateAgentAliasParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentAliasId": S,
        "AgentAliasId.$": str,
        "AgentAliasName": S,
        "AgentAliasName.$": str,
        "Description": S,
        "Description.$": str,
        "RoutingConfiguration": L[Xi[AgentAliasRoutingConfigurationListItem]],
        "RoutingConfiguration.$": str,
        "AliasInvocationState": S,
        "AliasInvocationState.$": str,
    },
    total=False,
)
UpdateAgentCollaboratorParameters = TypedDict(
    "UpdateAgentCollaboratorParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "CollaboratorId": S,
        "CollaboratorId.$": str,
        "AgentDescriptor": X[AgentDescriptor],
        "AgentDescriptor.$": str,
        "CollaboratorName": S,
        "CollaboratorName.$": str,
        "CollaborationInstruction": S,
        "CollaborationInstruction.$": str,
        "RelayConversationHistory": S,
        "RelayConversationHistory.$": str,
    },
    total=False,
)
UpdateAgentKnowledgeBaseParameters = TypedDict(
    "UpdateAgentKnowledgeBaseParameters",
    {
        "AgentId": S,
        "AgentId.$": str,
        "AgentVersion": S,
        "AgentVersion.$": str,
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Description": S,
        "Description.$": str,
        "KnowledgeBaseState": S,
        "KnowledgeBaseState.$": str,
    },
    total=False,
)
UpdateDataSourceParameters = TypedDict(
    "UpdateDataSourceParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "DataSourceId": S,
        "DataSourceId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DataSourceConfiguration": X[DataSourceConfiguration],
        "DataSourceConfiguration.$": str,
        "DataDeletionPolicy": S,
        "DataDeletionPolicy.$": str,
        "ServerSideEncryptionConfiguration": X[ServerSideEncryptionConfiguration],
        "ServerSideEncryptionConfiguration.$": str,
        "VectorIngestionConfiguration": X[VectorIngestionConfiguration],
        "VectorIngestionConfiguration.$": str,
    },
    total=False,
)
UpdateFlowParameters = TypedDict(
    "UpdateFlowParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "CustomerEncryptionKeyArn": S,
        "CustomerEncryptionKeyArn.$": str,
        "Definition": X[FlowDefinition],
        "Definition.$": str,
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
    },
    total=False,
)
UpdateFlowAliasParameters = TypedDict(
    "UpdateFlowAliasParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RoutingConfiguration": L[Xi[FlowAliasRoutingConfigurationListItem]],
        "RoutingConfiguration.$": str,
        "ConcurrencyConfiguration": X[FlowAliasConcurrencyConfiguration],
        "ConcurrencyConfiguration.$": str,
        "FlowIdentifier": S,
        "FlowIdentifier.$": str,
        "AliasIdentifier": S,
        "AliasIdentifier.$": str,
    },
    total=False,
)

class MetadataConfiguration(TypedDict, total=False):
    Name: S
    Type: S
    Searchability: S

UpdateKnowledgeBaseParameters = TypedDict(
    "UpdateKnowledgeBaseParameters",
    {
        "KnowledgeBaseId": S,
        "KnowledgeBaseId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "KnowledgeBaseConfiguration": X[KnowledgeBaseConfiguration],
        "KnowledgeBaseConfiguration.$": str,
        "StorageConfiguration": X[StorageConfiguration],
        "StorageConfiguration.$": str,
        "MetadataConfigurations": L[Xi[MetadataConfiguration]],
        "MetadataConfigurations.$": str,
        "UserContextModeForRetrieval": S,
        "UserContextModeForRetrieval.$": str,
        "TrustedIdentitySources": L[Xi[TrustedIdentitySource]],
        "TrustedIdentitySources.$": str,
    },
    total=False,
)
UpdatePromptParameters = TypedDict(
    "UpdatePromptParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "CustomerEncryptionKeyArn": S,
        "CustomerEncryptionKeyArn.$": str,
        "DefaultVariant": S,
        "DefaultVariant.$": str,
        "Variants": L[Xi[PromptVariant]],
        "Variants.$": str,
        "PromptIdentifier": S,
        "PromptIdentifier.$": str,
    },
    total=False,
)
UpdateRetrievalInstructionParameters = TypedDict(
    "UpdateRetrievalInstructionParameters",
    {
        "RetrievalInstructionId": S,
        "RetrievalInstructionId.$": str,
        "Instruction": X[RetrievalInstructionContent],
        "Instruction.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
ValidateFlowDefinitionParameters = TypedDict(
    "ValidateFlowDefinitionParameters",
    {"Definition": X[FlowDefinition], "Definition.$": str},
    total=False,
)
associate_agent_collaborator: Builder[AssociateAgentCollaboratorParameters]
associate_agent_knowledge_base: Builder[AssociateAgentKnowledgeBaseParameters]
create_agent: Builder[CreateAgentParameters]
create_agent_action_group: Builder[CreateAgentActionGroupParameters]
create_agent_alias: Builder[CreateAgentAliasParameters]
create_data_source: Builder[CreateDataSourceParameters]
create_flow: Builder[CreateFlowParameters]
create_flow_alias: Builder[CreateFlowAliasParameters]
create_flow_version: Builder[CreateFlowVersionParameters]
create_knowledge_base: Builder[CreateKnowledgeBaseParameters]
create_prompt: Builder[CreatePromptParameters]
create_prompt_version: Builder[CreatePromptVersionParameters]
create_retrieval_instruction: Builder[CreateRetrievalInstructionParameters]
create_retrieval_instruction_version: Builder[CreateRetrievalInstructionVersionParameters]
create_vpc_configuration: Builder[CreateVpcConfigurationParameters]
delete_agent: Builder[DeleteAgentParameters]
delete_agent_action_group: Builder[DeleteAgentActionGroupParameters]
delete_agent_alias: Builder[DeleteAgentAliasParameters]
delete_agent_version: Builder[DeleteAgentVersionParameters]
delete_data_source: Builder[DeleteDataSourceParameters]
delete_flow: Builder[DeleteFlowParameters]
delete_flow_alias: Builder[DeleteFlowAliasParameters]
delete_flow_version: Builder[DeleteFlowVersionParameters]
delete_knowledge_base: Builder[DeleteKnowledgeBaseParameters]
delete_knowledge_base_documents: Builder[DeleteKnowledgeBaseDocumentsParameters]
delete_prompt: Builder[DeletePromptParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_retrieval_instruction: Builder[DeleteRetrievalInstructionParameters]
delete_vpc_configuration: Builder[DeleteVpcConfigurationParameters]
disassociate_agent_collaborator: Builder[DisassociateAgentCollaboratorParameters]
disassociate_agent_knowledge_base: Builder[DisassociateAgentKnowledgeBaseParameters]
get_agent: Builder[GetAgentParameters]
get_agent_action_group: Builder[GetAgentActionGroupParameters]
get_agent_alias: Builder[GetAgentAliasParameters]
get_agent_collaborator: Builder[GetAgentCollaboratorParameters]
get_agent_knowledge_base: Builder[GetAgentKnowledgeBaseParameters]
get_agent_version: Builder[GetAgentVersionParameters]
get_data_source: Builder[GetDataSourceParameters]
get_flow: Builder[GetFlowParameters]
get_flow_alias: Builder[GetFlowAliasParameters]
get_flow_version: Builder[GetFlowVersionParameters]
get_ingestion_job: Builder[GetIngestionJobParameters]
get_knowledge_base: Builder[GetKnowledgeBaseParameters]
get_knowledge_base_documents: Builder[GetKnowledgeBaseDocumentsParameters]
get_prompt: Builder[GetPromptParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_retrieval_instruction: Builder[GetRetrievalInstructionParameters]
get_vpc_configuration: Builder[GetVpcConfigurationParameters]
ingest_knowledge_base_documents: Builder[IngestKnowledgeBaseDocumentsParameters]
list_agent_action_groups: Builder[ListAgentActionGroupsParameters]
list_agent_aliases: Builder[ListAgentAliasesParameters]
list_agent_collaborators: Builder[ListAgentCollaboratorsParameters]
list_agent_knowledge_bases: Builder[ListAgentKnowledgeBasesParameters]
list_agent_versions: Builder[ListAgentVersionsParameters]
list_agents: Builder[ListAgentsParameters]
list_data_sources: Builder[ListDataSourcesParameters]
list_flow_aliases: Builder[ListFlowAliasesParameters]
list_flow_versions: Builder[ListFlowVersionsParameters]
list_flows: Builder[ListFlowsParameters]
list_ingestion_jobs: Builder[ListIngestionJobsParameters]
list_knowledge_base_documents: Builder[ListKnowledgeBaseDocumentsParameters]
list_knowledge_bases: Builder[ListKnowledgeBasesParameters]
list_prompts: Builder[ListPromptsParameters]
list_retrieval_instruction_versions: Builder[ListRetrievalInstructionVersionsParameters]
list_retrieval_instructions: Builder[ListRetrievalInstructionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_vpc_configurations: Builder[ListVpcConfigurationsParameters]
prepare_agent: Builder[PrepareAgentParameters]
prepare_flow: Builder[PrepareFlowParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
start_ingestion_job: Builder[StartIngestionJobParameters]
stop_ingestion_job: Builder[StopIngestionJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_agent: Builder[UpdateAgentParameters]
update_agent_action_group: Builder[UpdateAgentActionGroupParameters]
update_agent_alias: Builder[UpdateAgentAliasParameters]
update_agent_collaborator: Builder[UpdateAgentCollaboratorParameters]
update_agent_knowledge_base: Builder[UpdateAgentKnowledgeBaseParameters]
update_data_source: Builder[UpdateDataSourceParameters]
update_flow: Builder[UpdateFlowParameters]
update_flow_alias: Builder[UpdateFlowAliasParameters]
update_knowledge_base: Builder[UpdateKnowledgeBaseParameters]
update_prompt: Builder[UpdatePromptParameters]
update_retrieval_instruction: Builder[UpdateRetrievalInstructionParameters]
validate_flow_definition: Builder[ValidateFlowDefinitionParameters]

__all__ = [
    "associate_agent_collaborator",
    "associate_agent_knowledge_base",
    "create_agent",
    "create_agent_action_group",
    "create_agent_alias",
    "create_data_source",
    "create_flow",
    "create_flow_alias",
    "create_flow_version",
    "create_knowledge_base",
    "create_prompt",
    "create_prompt_version",
    "create_retrieval_instruction",
    "create_retrieval_instruction_version",
    "create_vpc_configuration",
    "delete_agent",
    "delete_agent_action_group",
    "delete_agent_alias",
    "delete_agent_version",
    "delete_data_source",
    "delete_flow",
    "delete_flow_alias",
    "delete_flow_version",
    "delete_knowledge_base",
    "delete_knowledge_base_documents",
    "delete_prompt",
    "delete_resource_policy",
    "delete_retrieval_instruction",
    "delete_vpc_configuration",
    "disassociate_agent_collaborator",
    "disassociate_agent_knowledge_base",
    "get_agent",
    "get_agent_action_group",
    "get_agent_alias",
    "get_agent_collaborator",
    "get_agent_knowledge_base",
    "get_agent_version",
    "get_data_source",
    "get_flow",
    "get_flow_alias",
    "get_flow_version",
    "get_ingestion_job",
    "get_knowledge_base",
    "get_knowledge_base_documents",
    "get_prompt",
    "get_resource_policy",
    "get_retrieval_instruction",
    "get_vpc_configuration",
    "ingest_knowledge_base_documents",
    "list_agent_action_groups",
    "list_agent_aliases",
    "list_agent_collaborators",
    "list_agent_knowledge_bases",
    "list_agent_versions",
    "list_agents",
    "list_data_sources",
    "list_flow_aliases",
    "list_flow_versions",
    "list_flows",
    "list_ingestion_jobs",
    "list_knowledge_base_documents",
    "list_knowledge_bases",
    "list_prompts",
    "list_retrieval_instruction_versions",
    "list_retrieval_instructions",
    "list_tags_for_resource",
    "list_vpc_configurations",
    "prepare_agent",
    "prepare_flow",
    "put_resource_policy",
    "start_ingestion_job",
    "stop_ingestion_job",
    "tag_resource",
    "untag_resource",
    "update_agent",
    "update_agent_action_group",
    "update_agent_alias",
    "update_agent_collaborator",
    "update_agent_knowledge_base",
    "update_data_source",
    "update_flow",
    "update_flow_alias",
    "update_knowledge_base",
    "update_prompt",
    "update_retrieval_instruction",
    "validate_flow_definition",
]
