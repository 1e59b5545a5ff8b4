"""Typed builders of the AWS SDK integration of bedrockruntime (``aws-sdk:bedrockruntime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, L, M, S, Si, T, X, Xi

class GuardrailTextBlock(TypedDict, total=False):
    Text: S
    Qualifiers: L[Si]

class GuardrailImageSource(TypedDict, total=False):
    Bytes: S

class GuardrailImageBlock(TypedDict, total=False):
    Format: S
    Source: X[GuardrailImageSource]

class GuardrailContentBlock(TypedDict, total=False):
    Text: X[GuardrailTextBlock]
    Image: X[GuardrailImageBlock]

ApplyGuardrailParameters = TypedDict(
    "ApplyGuardrailParameters",
    {
        "GuardrailIdentifier": S,
        "GuardrailIdentifier.$": str,
        "GuardrailVersion": S,
        "GuardrailVersion.$": str,
        "Source": S,
        "Source.$": str,
        "Content": L[Xi[GuardrailContentBlock]],
        "Content.$": str,
        "OutputScope": S,
        "OutputScope.$": str,
    },
    total=False,
)

class S3Location(TypedDict, total=False):
    Uri: S
    BucketOwner: S

class ImageSource(TypedDict, total=False):
    Bytes: S
    S3Location: X[S3Location]

class ErrorBlock(TypedDict, total=False):
    Message: S

class ImageBlock(TypedDict, total=False):
    Format: S
    Source: X[ImageSource]
    Error: X[ErrorBlock]

class DocumentContentBlock(TypedDict, total=False):
    Text: S

class DocumentSource(TypedDict, total=False):
    Bytes: S
    S3Location: X[S3Location]
    Text: S
    Content: L[Xi[DocumentContentBlock]]

class CitationsConfig(TypedDict, total=False):
    Enabled: B

class DocumentBlock(TypedDict, total=False):
    Format: S
    Name: S
    Source: X[DocumentSource]
    Context: S
    Citations: X[CitationsConfig]

class VideoSource(TypedDict, total=False):
    Bytes: S
    S3Location: X[S3Location]

class VideoBlock(TypedDict, total=False):
    Format: S
    Source: X[VideoSource]

class AudioSource(TypedDict, total=False):
    Bytes: S
    S3Location: X[S3Location]

class AudioBlock(TypedDict, total=False):
    Format: S
    Source: X[AudioSource]
    Error: X[ErrorBlock]

class ToolUseBlock(TypedDict, total=False):
    ToolUseId: S
    Name: S
    Input: Doc
    Type: S

class SearchResultContentBlock(TypedDict, total=False):
    Text: S

class SearchResultBlock(TypedDict, total=False):
    Source: S
    Title: S
    Content: L[Xi[SearchResultContentBlock]]
    Citations: X[CitationsConfig]

class ToolResultContentBlock(TypedDict, total=False):
    Json: Doc
    Text: S
    Image: X[ImageBlock]
    Document: X[DocumentBlock]
    Video: X[VideoBlock]
    SearchResult: X[SearchResultBlock]

class ToolResultBlock(TypedDict, total=False):
    ToolUseId: S
    Content: L[Xi[ToolResultContentBlock]]
    Status: S
    Type: S

class GuardrailConverseTextBlock(TypedDict, total=False):
    Text: S
    Qualifiers: L[Si]

class GuardrailConverseImageSource(TypedDict, total=False):
    Bytes: S

class GuardrailConverseImageBlock(TypedDict, total=False):
    Format: S
    Source: X[GuardrailConverseImageSource]

class GuardrailConverseContentBlock(TypedDict, total=False):
    Text: X[GuardrailConverseTextBlock]
    Image: X[GuardrailConverseImageBlock]

class CachePointBlock(TypedDict, total=False):
    Type: S
    Ttl: S

class ReasoningTextBlock(TypedDict, total=False):
    Text: S
    Signature: S

class ReasoningContentBlock(TypedDict, total=False):
    ReasoningText: X[ReasoningTextBlock]
    RedactedContent: S

class CitationGeneratedContent(TypedDict, total=False):
    Text: S

class CitationSourceContent(TypedDict, total=False):
    Text: S

class WebLocation(TypedDict, total=False):
    Url: S
    Domain: S

class DocumentCharLocation(TypedDict, total=False):
    DocumentIndex: I
    Start: I
    End: I

class DocumentPageLocation(TypedDict, total=False):
    DocumentIndex: I
    Start: I
    End: I

class DocumentChunkLocation(TypedDict, total=False):
    DocumentIndex: I
    Start: I
    End: I

class SearchResultLocation(TypedDict, total=False):
    SearchResultIndex: I
    Start: I
    End: I

class CitationLocation(TypedDict, total=False):
    Web: X[WebLocation]
    DocumentChar: X[DocumentCharLocation]
    DocumentPage: X[DocumentPageLocation]
    DocumentChunk: X[DocumentChunkLocation]
    SearchResultLocation: X[SearchResultLocation]

class Citation(TypedDict, total=False):
    Title: S
    Source: S
    SourceContent: L[Xi[CitationSourceContent]]
    Location: X[CitationLocation]

class CitationsContentBlock(TypedDict, total=False):
    Content: L[Xi[CitationGeneratedContent]]
    Citations: L[Xi[Citation]]

class ToolReference(TypedDict, total=False):
    Type: S
    Name: S
    ServerName: S

class ToolAdditionBlock(TypedDict, total=False):
    Tool: X[ToolReference]

class ToolRemovalBlock(TypedDict, total=False):
    Tool: X[ToolReference]

class ContentBlock(TypedDict, total=False):
    Text: S
    Image: X[ImageBlock]
    Document: X[DocumentBlock]
    Video: X[VideoBlock]
    Audio: X[AudioBlock]
    ToolUse: X[ToolUseBlock]
    ToolResult: X[ToolResultBlock]
    GuardContent: X[GuardrailConverseContentBlock]
    CachePoint: X[CachePointBlock]
    ReasoningContent: X[ReasoningContentBlock]
    CitationsContent: X[CitationsContentBlock]
    SearchResult: X[SearchResultBlock]
    ToolAddition: X[ToolAdditionBlock]
    ToolRemoval: X[ToolRemovalBlock]

class Message(TypedDict, total=False):
    Role: S
    Content: L[Xi[ContentBlock]]

class SystemContentBlock(TypedDict, total=False):
    Text: S
    GuardContent: X[GuardrailConverseContentBlock]
    CachePoint: X[CachePointBlock]

class InferenceConfiguration(TypedDict, total=False):
    MaxTokens: I
    Temperature: F
    TopP: F
    StopSequences: L[Si]

class ToolInputSchema(TypedDict, total=False):
    Json: Doc

class ToolSpecification(TypedDict, total=False):
    Name: S
    Description: S
    InputSchema: X[ToolInputSchema]
    Strict: B

class SystemTool(TypedDict, total=False):
    Name: S

class Tool(TypedDict, total=False):
    ToolSpec: X[ToolSpecification]
    SystemTool: X[SystemTool]
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

class GuardrailConfiguration(TypedDict, total=False):
    GuardrailIdentifier: S
    GuardrailVersion: S
    Trace: S

class PromptVariableValues(TypedDict, total=False):
    Text: S

class PerformanceConfiguration(TypedDict, total=False):
    Latency: S

class ServiceTier(TypedDict, total=False):
    Type: S

class JsonSchemaDefinition(TypedDict, total=False):
    Schema: S
    Name: S
    Description: S

class OutputFormatStructure(TypedDict, total=False):
    JsonSchema: X[JsonSchemaDefinition]

class OutputFormat(TypedDict, total=False):
    Type: S
    Structure: X[OutputFormatStructure]

class OutputConfig(TypedDict, total=False):
    TextFormat: X[OutputFormat]
    Effort: S

ConverseParameters = TypedDict(
    "ConverseParameters",
    {
        "ModelId": S,
        "ModelId.$": str,
        "Messages": L[Xi[Message]],
        "Messages.$": str,
        "System": L[Xi[SystemContentBlock]],
        "System.$": str,
        "InferenceConfig": X[InferenceConfiguration],
        "InferenceConfig.$": str,
        "ToolConfig": X[ToolConfiguration],
        "ToolConfig.$": str,
        "GuardrailConfig": X[GuardrailConfiguration],
        "GuardrailConfig.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "AdditionalModelRequestFields": Doc,
        "AdditionalModelRequestFields.$": str,
        "PromptVariables": M[X[PromptVariableValues]],
        "PromptVariables.$": str,
        "AdditionalModelResponseFieldPaths": L[Si],
        "AdditionalModelResponseFieldPaths.$": str,
        "RequestMetadata": M[S],
        "RequestMetadata.$": str,
        "PerformanceConfig": X[PerformanceConfiguration],
        "PerformanceConfig.$": str,
        "ServiceTier": X[ServiceTier],
        "ServiceTier.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
    },
    total=False,
)

class GuardrailStreamConfiguration(TypedDict, total=False):
    GuardrailIdentifier: S
    GuardrailVersion: S
    Trace: S
    StreamProcessingMode: S

ConverseStreamParameters = TypedDict(
    "ConverseStreamParameters",
    {
        "ModelId": S,
        "ModelId.$": str,
        "Messages": L[Xi[Message]],
        "Messages.$": str,
        "System": L[Xi[SystemContentBlock]],
        "System.$": str,
        "InferenceConfig": X[InferenceConfiguration],
        "InferenceConfig.$": str,
        "ToolConfig": X[ToolConfiguration],
        "ToolConfig.$": str,
        "GuardrailConfig": X[GuardrailStreamConfiguration],
        "GuardrailConfig.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
        "AdditionalModelRequestFields": Doc,
        "AdditionalModelRequestFields.$": str,
        "PromptVariables": M[X[PromptVariableValues]],
        "PromptVariables.$": str,
        "AdditionalModelResponseFieldPaths": L[Si],
        "AdditionalModelResponseFieldPaths.$": str,
        "RequestMetadata": M[S],
        "RequestMetadata.$": str,
        "PerformanceConfig": X[PerformanceConfiguration],
        "PerformanceConfig.$": str,
        "ServiceTier": X[ServiceTier],
        "ServiceTier.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
    },
    total=False,
)

class InvokeModelTokensRequest(TypedDict, total=False):
    Body: S

class ConverseTokensRequest(TypedDict, total=False):
    Messages: L[Xi[Message]]
    System: L[Xi[SystemContentBlock]]
    ToolConfig: X[ToolConfiguration]
    AdditionalModelRequestFields: Doc

class CountTokensInput(TypedDict, total=False):
    InvokeModel: X[InvokeModelTokensRequest]
    Converse: X[ConverseTokensRequest]

CountTokensParameters = TypedDict(
    "CountTokensParameters",
    {"ModelId": S, "ModelId.$": str, "Input": X[CountTokensInput], "Input.$": str},
    total=False,
)
GetAsyncInvokeParameters = TypedDict(
    "GetAsyncInvokeParameters", {"InvocationArn": S, "InvocationArn.$": str}, total=False
)

class GuardrailChecksContentBlock(TypedDict, total=False):
    Text: S

class GuardrailChecksMessage(TypedDict, total=False):
    Role: S
    Content: L[Xi[GuardrailChecksContentBlock]]

class GuardrailChecksContentFilterCategoryConfig(TypedDict, total=False):
    Category: S

class GuardrailChecksContentFilterConfig(TypedDict, total=False):
    Categories: L[Xi[GuardrailChecksContentFilterCategoryConfig]]

class GuardrailChecksPromptAttackCategoryConfig(TypedDict, total=False):
    Category: S

class GuardrailChecksPromptAttackConfig(TypedDict, total=False):
    Categories: L[Xi[GuardrailChecksPromptAttackCategoryConfig]]

class GuardrailChecksSensitiveInformationEntityConfig(TypedDict, total=False):
    Type: S

class GuardrailChecksSensitiveInformationConfig(TypedDict, total=False):
    Entities: L[Xi[GuardrailChecksSensitiveInformationEntityConfig]]

class GuardrailChecksConfig(TypedDict, total=False):
    ContentFilter: X[GuardrailChecksContentFilterConfig]
    PromptAttack: X[GuardrailChecksPromptAttackConfig]
    SensitiveInformation: X[GuardrailChecksSensitiveInformationConfig]

InvokeGuardrailChecksParameters = TypedDict(
    "InvokeGuardrailChecksParameters",
    {
        "Messages": L[Xi[GuardrailChecksMessage]],
        "Messages.$": str,
        "Checks": X[GuardrailChecksConfig],
        "Checks.$": str,
    },
    total=False,
)
InvokeModelParameters = TypedDict(
    "InvokeModelParameters",
    {
        "Body": S,
        "Body.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Accept": S,
        "Accept.$": str,
        "ModelId": S,
        "ModelId.$": str,
        "Trace": S,
        "Trace.$": str,
        "GuardrailIdentifier": S,
        "GuardrailIdentifier.$": str,
        "GuardrailVersion": S,
        "GuardrailVersion.$": str,
        "PerformanceConfigLatency": S,
        "PerformanceConfigLatency.$": str,
        "ServiceTier": S,
        "ServiceTier.$": str,
        "RequestMetadata": S,
        "RequestMetadata.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
    },
    total=False,
)

class BidirectionalInputPayloadPart(TypedDict, total=False):
    Bytes: S

class InvokeModelWithBidirectionalStreamInput(TypedDict, total=False):
    Chunk: X[BidirectionalInputPayloadPart]

InvokeModelWithBidirectionalStreamParameters = TypedDict(
    "InvokeModelWithBidirectionalStreamParameters",
    {
        "ModelId": S,
        "ModelId.$": str,
        "Body": X[InvokeModelWithBidirectionalStreamInput],
        "Body.$": str,
    },
    total=False,
)
InvokeModelWithResponseStreamParameters = TypedDict(
    "InvokeModelWithResponseStreamParameters",
    {
        "Body": S,
        "Body.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Accept": S,
        "Accept.$": str,
        "ModelId": S,
        "ModelId.$": str,
        "Trace": S,
        "Trace.$": str,
        "GuardrailIdentifier": S,
        "GuardrailIdentifier.$": str,
        "GuardrailVersion": S,
        "GuardrailVersion.$": str,
        "PerformanceConfigLatency": S,
        "PerformanceConfigLatency.$": str,
        "ServiceTier": S,
        "ServiceTier.$": str,
        "RequestMetadata": S,
        "RequestMetadata.$": str,
        "ProjectIdentifier": S,
        "ProjectIdentifier.$": str,
    },
    total=False,
)
ListAsyncInvokesParameters = TypedDict(
    "ListAsyncInvokesParameters",
    {
        "SubmitTimeAfter": T,
        "SubmitTimeAfter.$": str,
        "SubmitTimeBefore": T,
        "SubmitTimeBefore.$": str,
        "StatusEquals": S,
        "StatusEquals.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)

class AsyncInvokeS3OutputDataConfig(TypedDict, total=False):
    S3Uri: S
    KmsKeyId: S
    BucketOwner: S

class AsyncInvokeOutputDataConfig(TypedDict, total=False):
    S3OutputDataConfig: X[AsyncInvokeS3OutputDataConfig]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

StartAsyncInvokeParameters = TypedDict(
    "StartAsyncInvokeParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ModelId": S,
        "ModelId.$": str,
        "ModelInput": Doc,
        "ModelInput.$": str,
        "OutputDataConfig": X[AsyncInvokeOutputDataConfig],
        "OutputDataConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
apply_guardrail: Builder[ApplyGuardrailParameters]
converse: Builder[ConverseParameters]
converse_stream: Builder[ConverseStreamParameters]
count_tokens: Builder[CountTokensParameters]
get_async_invoke: Builder[GetAsyncInvokeParameters]
invoke_guardrail_checks: Builder[InvokeGuardrailChecksParameters]
invoke_model: Builder[InvokeModelParameters]
invoke_model_with_bidirectional_stream: Builder[InvokeModelWithBidirectionalStreamParameters]
invoke_model_with_response_stream: Builder[InvokeModelWithResponseStreamParameters]
list_async_invokes: Builder[ListAsyncInvokesParameters]
start_async_invoke: Builder[StartAsyncInvokeParameters]

__all__ = [
    "apply_guardrail",
    "converse",
    "converse_stream",
    "count_tokens",
    "get_async_invoke",
    "invoke_guardrail_checks",
    "invoke_model",
    "invoke_model_with_bidirectional_stream",
    "invoke_model_with_response_stream",
    "list_async_invokes",
    "start_async_invoke",
]
