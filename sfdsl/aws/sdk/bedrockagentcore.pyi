"""Typed builders of the AWS SDK integration of bedrockagentcore (``aws-sdk:bedrockagentcore:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, F, I, L, M, S, Si, T, X, Xi

AuthorizePaymentIntentParameters = TypedDict(
    "AuthorizePaymentIntentParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentIntentId": S,
        "PaymentIntentId.$": str,
        "PartnerCallbackResult": S,
        "PartnerCallbackResult.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class MemoryContent(TypedDict, total=False):
    Text: S

class MemoryRecordMetadataValue(TypedDict, total=False):
    StringValue: S
    StringListValue: L[Si]
    NumberValue: F
    DateTimeValue: T

class MemoryRecordCreateInput(TypedDict, total=False):
    RequestIdentifier: S
    Namespaces: L[Si]
    Content: X[MemoryContent]
    Timestamp: T
    MemoryStrategyId: S
    Metadata: M[X[MemoryRecordMetadataValue]]

class RecordExpirySpecification(TypedDict, total=False):
    RecordExpiryDurationDays: I
    Action: S

BatchCreateMemoryRecordsParameters = TypedDict(
    "BatchCreateMemoryRecordsParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "Records": L[Xi[MemoryRecordCreateInput]],
        "Records.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "RecordExpirySpecification": X[RecordExpirySpecification],
        "RecordExpirySpecification.$": str,
    },
    total=False,
)

class MemoryRecordDeleteInput(TypedDict, total=False):
    MemoryRecordId: S
    Namespace: S

BatchDeleteMemoryRecordsParameters = TypedDict(
    "BatchDeleteMemoryRecordsParameters",
    {"MemoryId": S, "MemoryId.$": str, "Records": L[Xi[MemoryRecordDeleteInput]], "Records.$": str},
    total=False,
)

class MemoryRecordUpdateInput(TypedDict, total=False):
    MemoryRecordId: S
    Timestamp: T
    Content: X[MemoryContent]
    Namespaces: L[Si]
    SourceNamespaces: L[Si]
    MemoryStrategyId: S
    Metadata: M[X[MemoryRecordMetadataValue]]

BatchUpdateMemoryRecordsParameters = TypedDict(
    "BatchUpdateMemoryRecordsParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "Records": L[Xi[MemoryRecordUpdateInput]],
        "Records.$": str,
        "RecordExpirySpecification": X[RecordExpirySpecification],
        "RecordExpirySpecification.$": str,
    },
    total=False,
)
CancelPaymentIntentParameters = TypedDict(
    "CancelPaymentIntentParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentIntentId": S,
        "PaymentIntentId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class PaymentIntentAmount(TypedDict, total=False):
    Value: S
    Currency: S

CapturePaymentIntentParameters = TypedDict(
    "CapturePaymentIntentParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentIntentId": S,
        "PaymentIntentId.$": str,
        "CaptureAmount": X[PaymentIntentAmount],
        "CaptureAmount.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class UserIdentifier(TypedDict, total=False):
    UserToken: S
    UserId: S

CompleteResourceTokenAuthParameters = TypedDict(
    "CompleteResourceTokenAuthParameters",
    {
        "UserIdentifier": X[UserIdentifier],
        "UserIdentifier.$": str,
        "SessionUri": S,
        "SessionUri.$": str,
    },
    total=False,
)

class ConfigurationBundleRef(TypedDict, total=False):
    BundleArn: S
    BundleVersion: S

class TargetRef(TypedDict, total=False):
    Name: S

class VariantConfiguration(TypedDict, total=False):
    ConfigurationBundle: X[ConfigurationBundleRef]
    Target: X[TargetRef]

class Variant(TypedDict, total=False):
    Name: S
    Weight: I
    VariantConfiguration: X[VariantConfiguration]

class GatewayFilter(TypedDict, total=False):
    TargetPaths: L[Si]

class PerVariantOnlineEvaluationConfig(TypedDict, total=False):
    Name: S
    OnlineEvaluationConfigArn: S

class ABTestEvaluationConfig(TypedDict, total=False):
    OnlineEvaluationConfigArn: S
    PerVariantOnlineEvaluationConfig: L[Xi[PerVariantOnlineEvaluationConfig]]

CreateABTestParameters = TypedDict(
    "CreateABTestParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "GatewayArn": S,
        "GatewayArn.$": str,
        "Variants": L[Xi[Variant]],
        "Variants.$": str,
        "GatewayFilter": X[GatewayFilter],
        "GatewayFilter.$": str,
        "EvaluationConfig": X[ABTestEvaluationConfig],
        "EvaluationConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "EnableOnCreate": B,
        "EnableOnCreate.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateBuyerApprovalUrlParameters = TypedDict(
    "CreateBuyerApprovalUrlParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentIntentId": S,
        "PaymentIntentId.$": str,
        "ParentOrigin": S,
        "ParentOrigin.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class Content(TypedDict, total=False):
    Text: S

class Conversational(TypedDict, total=False):
    Content: X[Content]
    Role: S

class MemoryJsonData(TypedDict, total=False):
    Content: Doc

class PayloadType(TypedDict, total=False):
    Conversational: X[Conversational]
    Blob: Doc
    Json: X[MemoryJsonData]

class Branch(TypedDict, total=False):
    RootEventId: S
    Name: S

class MetadataValue(TypedDict, total=False):
    StringValue: S

class ExtractionConfig(TypedDict, total=False):
    NamespaceVariables: M[S]

CreateEventParameters = TypedDict(
    "CreateEventParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "EventTimestamp": T,
        "EventTimestamp.$": str,
        "Payload": L[Xi[PayloadType]],
        "Payload.$": str,
        "Branch": X[Branch],
        "Branch.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Metadata": M[X[MetadataValue]],
        "Metadata.$": str,
        "ExtractionMode": S,
        "ExtractionMode.$": str,
        "ExtractionConfig": X[ExtractionConfig],
        "ExtractionConfig.$": str,
    },
    total=False,
)

class LinkedAccountEmail(TypedDict, total=False):
    EmailAddress: S

class LinkedAccountSms(TypedDict, total=False):
    PhoneNumber: S

class LinkedAccountDeveloperJwt(TypedDict, total=False):
    Kid: S
    Sub: S

class OAuth2Authentication(TypedDict, total=False):
    Sub: S
    EmailAddress: S
    Name: S
    Username: S

class LinkedAccountOAuth2(TypedDict, total=False):
    Google: X[OAuth2Authentication]
    Apple: X[OAuth2Authentication]
    X: X[OAuth2Authentication]
    Telegram: X[OAuth2Authentication]
    Github: X[OAuth2Authentication]

class LinkedAccount(TypedDict, total=False):
    Email: X[LinkedAccountEmail]
    Sms: X[LinkedAccountSms]
    DeveloperJwt: X[LinkedAccountDeveloperJwt]
    OAuth2: X[LinkedAccountOAuth2]

class EmbeddedCryptoWallet(TypedDict, total=False):
    Network: S
    LinkedAccounts: L[Xi[LinkedAccount]]
    WalletAddress: S
    RedirectUrl: S

class PaymentInstrumentDetails(TypedDict, total=False):
    EmbeddedCryptoWallet: X[EmbeddedCryptoWallet]

CreatePaymentInstrumentParameters = TypedDict(
    "CreatePaymentInstrumentParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentConnectorId": S,
        "PaymentConnectorId.$": str,
        "PaymentInstrumentType": S,
        "PaymentInstrumentType.$": str,
        "PaymentInstrumentDetails": X[PaymentInstrumentDetails],
        "PaymentInstrumentDetails.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class PaymentLineItem(TypedDict, total=False):
    Sku: S
    Quantity: I
    Amount: X[PaymentIntentAmount]

class PaymentIntentAmountBreakdown(TypedDict, total=False):
    Shipping: X[PaymentIntentAmount]
    Tax: X[PaymentIntentAmount]
    Discount: X[PaymentIntentAmount]

class Merchant(TypedDict, total=False):
    Name: S
    Website: S

class PaymentIntentCheckoutDetails(TypedDict, total=False):
    LineItems: L[Xi[PaymentLineItem]]
    TotalAmount: X[PaymentIntentAmount]
    AmountBreakdown: X[PaymentIntentAmountBreakdown]
    AmountMode: S
    ReturnUrl: S
    ReferenceId: S
    Merchant: X[Merchant]

CreatePaymentIntentParameters = TypedDict(
    "CreatePaymentIntentParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentConnectorId": S,
        "PaymentConnectorId.$": str,
        "CheckoutDetails": X[PaymentIntentCheckoutDetails],
        "CheckoutDetails.$": str,
        "CaptureStrategy": S,
        "CaptureStrategy.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class Amount(TypedDict, total=False):
    Value: S
    Currency: S

class SessionLimits(TypedDict, total=False):
    MaxSpendAmount: X[Amount]

CreatePaymentSessionParameters = TypedDict(
    "CreatePaymentSessionParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "Limits": X[SessionLimits],
        "Limits.$": str,
        "ExpiryTimeInMinutes": I,
        "ExpiryTimeInMinutes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteABTestParameters = TypedDict(
    "DeleteABTestParameters", {"AbTestId": S, "AbTestId.$": str}, total=False
)
DeleteBatchEvaluationParameters = TypedDict(
    "DeleteBatchEvaluationParameters",
    {"BatchEvaluationId": S, "BatchEvaluationId.$": str},
    total=False,
)
DeleteCapacityProviderSessionParameters = TypedDict(
    "DeleteCapacityProviderSessionParameters",
    {"CapacityProviderId": S, "CapacityProviderId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
DeleteDatasetGenerationParameters = TypedDict(
    "DeleteDatasetGenerationParameters",
    {"DatasetId": S, "DatasetId.$": str, "GenerationId": S, "GenerationId.$": str},
    total=False,
)
DeleteEventParameters = TypedDict(
    "DeleteEventParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "EventId": S,
        "EventId.$": str,
        "ActorId": S,
        "ActorId.$": str,
    },
    total=False,
)
DeleteMemoryRecordParameters = TypedDict(
    "DeleteMemoryRecordParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "MemoryRecordId": S,
        "MemoryRecordId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
DeletePaymentInstrumentParameters = TypedDict(
    "DeletePaymentInstrumentParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentConnectorId": S,
        "PaymentConnectorId.$": str,
        "PaymentInstrumentId": S,
        "PaymentInstrumentId.$": str,
    },
    total=False,
)
DeletePaymentSessionParameters = TypedDict(
    "DeletePaymentSessionParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentSessionId": S,
        "PaymentSessionId.$": str,
    },
    total=False,
)
DeleteRecommendationParameters = TypedDict(
    "DeleteRecommendationParameters",
    {"RecommendationId": S, "RecommendationId.$": str},
    total=False,
)

class EvaluationInput(TypedDict, total=False):
    SessionSpans: L[Doc]

class EvaluationTarget(TypedDict, total=False):
    SpanIds: L[Si]
    TraceIds: L[Si]

class SpanContext(TypedDict, total=False):
    SessionId: S
    TraceId: S
    SpanId: S

class Context(TypedDict, total=False):
    SpanContext: X[SpanContext]

class EvaluationContent(TypedDict, total=False):
    Text: S

class EvaluationExpectedTrajectory(TypedDict, total=False):
    ToolNames: L[Si]

class EvaluationReferenceInput(TypedDict, total=False):
    Context: X[Context]
    ExpectedResponse: X[EvaluationContent]
    Assertions: L[Xi[EvaluationContent]]
    ExpectedTrajectory: X[EvaluationExpectedTrajectory]

EvaluateParameters = TypedDict(
    "EvaluateParameters",
    {
        "EvaluatorId": S,
        "EvaluatorId.$": str,
        "EvaluationInput": X[EvaluationInput],
        "EvaluationInput.$": str,
        "EvaluationTarget": X[EvaluationTarget],
        "EvaluationTarget.$": str,
        "EvaluationReferenceInputs": L[Xi[EvaluationReferenceInput]],
        "EvaluationReferenceInputs.$": str,
    },
    total=False,
)
GetABTestParameters = TypedDict(
    "GetABTestParameters", {"AbTestId": S, "AbTestId.$": str}, total=False
)
GetAgentCardParameters = TypedDict(
    "GetAgentCardParameters",
    {
        "RuntimeSessionId": S,
        "RuntimeSessionId.$": str,
        "AgentRuntimeArn": S,
        "AgentRuntimeArn.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
    },
    total=False,
)
GetAgentInsightParameters = TypedDict(
    "GetAgentInsightParameters",
    {"ApplicationName": S, "ApplicationName.$": str, "AgentInsightId": S, "AgentInsightId.$": str},
    total=False,
)
GetBatchEvaluationParameters = TypedDict(
    "GetBatchEvaluationParameters",
    {"BatchEvaluationId": S, "BatchEvaluationId.$": str},
    total=False,
)
GetBrowserSessionParameters = TypedDict(
    "GetBrowserSessionParameters",
    {"BrowserIdentifier": S, "BrowserIdentifier.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
GetCodeInterpreterSessionParameters = TypedDict(
    "GetCodeInterpreterSessionParameters",
    {
        "CodeInterpreterIdentifier": S,
        "CodeInterpreterIdentifier.$": str,
        "SessionId": S,
        "SessionId.$": str,
    },
    total=False,
)
GetDatasetGenerationParameters = TypedDict(
    "GetDatasetGenerationParameters",
    {"DatasetId": S, "DatasetId.$": str, "GenerationId": S, "GenerationId.$": str},
    total=False,
)
GetEventParameters = TypedDict(
    "GetEventParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "EventId": S,
        "EventId.$": str,
    },
    total=False,
)
GetMemoryRecordParameters = TypedDict(
    "GetMemoryRecordParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "MemoryRecordId": S,
        "MemoryRecordId.$": str,
        "Namespace": S,
        "Namespace.$": str,
    },
    total=False,
)
GetPaymentInstrumentParameters = TypedDict(
    "GetPaymentInstrumentParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentConnectorId": S,
        "PaymentConnectorId.$": str,
        "PaymentInstrumentId": S,
        "PaymentInstrumentId.$": str,
    },
    total=False,
)
GetPaymentInstrumentBalanceParameters = TypedDict(
    "GetPaymentInstrumentBalanceParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentConnectorId": S,
        "PaymentConnectorId.$": str,
        "PaymentInstrumentId": S,
        "PaymentInstrumentId.$": str,
        "Chain": S,
        "Chain.$": str,
        "Token": S,
        "Token.$": str,
    },
    total=False,
)
GetPaymentIntentParameters = TypedDict(
    "GetPaymentIntentParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentIntentId": S,
        "PaymentIntentId.$": str,
    },
    total=False,
)
GetPaymentSessionParameters = TypedDict(
    "GetPaymentSessionParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentSessionId": S,
        "PaymentSessionId.$": str,
    },
    total=False,
)
GetRecommendationParameters = TypedDict(
    "GetRecommendationParameters", {"RecommendationId": S, "RecommendationId.$": str}, total=False
)
GetResourceApiKeyParameters = TypedDict(
    "GetResourceApiKeyParameters",
    {
        "WorkloadIdentityToken": S,
        "WorkloadIdentityToken.$": str,
        "ResourceCredentialProviderName": S,
        "ResourceCredentialProviderName.$": str,
    },
    total=False,
)
GetResourceOauth2TokenParameters = TypedDict(
    "GetResourceOauth2TokenParameters",
    {
        "WorkloadIdentityToken": S,
        "WorkloadIdentityToken.$": str,
        "ResourceCredentialProviderName": S,
        "ResourceCredentialProviderName.$": str,
        "Scopes": L[Si],
        "Scopes.$": str,
        "Oauth2Flow": S,
        "Oauth2Flow.$": str,
        "SessionUri": S,
        "SessionUri.$": str,
        "ResourceOauth2ReturnUrl": S,
        "ResourceOauth2ReturnUrl.$": str,
        "ForceAuthentication": B,
        "ForceAuthentication.$": str,
        "CustomParameters": M[S],
        "CustomParameters.$": str,
        "CustomState": S,
        "CustomState.$": str,
        "Resources": L[Si],
        "Resources.$": str,
        "Audiences": L[Si],
        "Audiences.$": str,
    },
    total=False,
)

class CoinbaseCdpTokenRequestInput(TypedDict, total=False):
    RequestMethod: S
    RequestHost: S
    RequestPath: S
    IncludeWalletAuthToken: B
    RequestBody: S

class StripePrivyTokenRequestInput(TypedDict, total=False):
    RequestHost: S
    RequestPath: S
    RequestBody: S
    IncludeAuthorizationSignature: B

class StripeTokenRequestInput(TypedDict, total=False): ...
class PayPalTokenRequestInput(TypedDict, total=False): ...

class PaymentTokenRequestInput(TypedDict, total=False):
    CoinbaseCdpTokenRequest: X[CoinbaseCdpTokenRequestInput]
    StripePrivyTokenRequest: X[StripePrivyTokenRequestInput]
    StripeTokenRequest: X[StripeTokenRequestInput]
    PayPalTokenRequest: X[PayPalTokenRequestInput]

GetResourcePaymentTokenParameters = TypedDict(
    "GetResourcePaymentTokenParameters",
    {
        "WorkloadIdentityToken": S,
        "WorkloadIdentityToken.$": str,
        "ResourceCredentialProviderName": S,
        "ResourceCredentialProviderName.$": str,
        "PaymentTokenRequest": X[PaymentTokenRequestInput],
        "PaymentTokenRequest.$": str,
    },
    total=False,
)
GetWorkloadAccessTokenParameters = TypedDict(
    "GetWorkloadAccessTokenParameters", {"WorkloadName": S, "WorkloadName.$": str}, total=False
)
GetWorkloadAccessTokenForJWTParameters = TypedDict(
    "GetWorkloadAccessTokenForJWTParameters",
    {"WorkloadName": S, "WorkloadName.$": str, "UserToken": S, "UserToken.$": str},
    total=False,
)
GetWorkloadAccessTokenForUserIdParameters = TypedDict(
    "GetWorkloadAccessTokenForUserIdParameters",
    {"WorkloadName": S, "WorkloadName.$": str, "UserId": S, "UserId.$": str},
    total=False,
)

class IngestPayloadType(TypedDict, total=False):
    Conversational: X[Conversational]
    Json: X[MemoryJsonData]

class InlineMemoryContent(TypedDict, total=False):
    Payload: L[Xi[IngestPayloadType]]

class ContentSource(TypedDict, total=False):
    Inline: X[InlineMemoryContent]

IngestDataParameters = TypedDict(
    "IngestDataParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "Source": X[ContentSource],
        "Source.$": str,
        "ContentTimestamp": T,
        "ContentTimestamp.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ExtractionConfig": X[ExtractionConfig],
        "ExtractionConfig.$": str,
        "Metadata": M[X[MetadataValue]],
        "Metadata.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
InitiatePaymentIntentParameters = TypedDict(
    "InitiatePaymentIntentParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentIntentId": S,
        "PaymentIntentId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
InvokeAgentRuntimeParameters = TypedDict(
    "InvokeAgentRuntimeParameters",
    {
        "ContentType": S,
        "ContentType.$": str,
        "Accept": S,
        "Accept.$": str,
        "McpSessionId": S,
        "McpSessionId.$": str,
        "RuntimeSessionId": S,
        "RuntimeSessionId.$": str,
        "McpProtocolVersion": S,
        "McpProtocolVersion.$": str,
        "McpMethod": S,
        "McpMethod.$": str,
        "McpName": S,
        "McpName.$": str,
        "RuntimeUserId": S,
        "RuntimeUserId.$": str,
        "TraceId": S,
        "TraceId.$": str,
        "TraceParent": S,
        "TraceParent.$": str,
        "TraceState": S,
        "TraceState.$": str,
        "Baggage": S,
        "Baggage.$": str,
        "AgentRuntimeArn": S,
        "AgentRuntimeArn.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "Payload": S,
        "Payload.$": str,
    },
    total=False,
)

class InvokeAgentRuntimeCommandRequestBody(TypedDict, total=False):
    Command: S
    Timeout: I

InvokeAgentRuntimeCommandParameters = TypedDict(
    "InvokeAgentRuntimeCommandParameters",
    {
        "ContentType": S,
        "ContentType.$": str,
        "Accept": S,
        "Accept.$": str,
        "RuntimeSessionId": S,
        "RuntimeSessionId.$": str,
        "TraceId": S,
        "TraceId.$": str,
        "TraceParent": S,
        "TraceParent.$": str,
        "TraceState": S,
        "TraceState.$": str,
        "Baggage": S,
        "Baggage.$": str,
        "AgentRuntimeArn": S,
        "AgentRuntimeArn.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "Body": X[InvokeAgentRuntimeCommandRequestBody],
        "Body.$": str,
    },
    total=False,
)

class MouseClickArguments(TypedDict, total=False):
    X: I
    Y: I
    Button: S
    ClickCount: I

class MouseMoveArguments(TypedDict, total=False):
    X: I
    Y: I

class MouseDragArguments(TypedDict, total=False):
    EndX: I
    EndY: I
    StartX: I
    StartY: I
    Button: S

class MouseScrollArguments(TypedDict, total=False):
    X: I
    Y: I
    DeltaX: I
    DeltaY: I

class KeyTypeArguments(TypedDict, total=False):
    Text: S

class KeyPressArguments(TypedDict, total=False):
    Key: S
    Presses: I

class KeyShortcutArguments(TypedDict, total=False):
    Keys: L[Si]

class ScreenshotArguments(TypedDict, total=False):
    Format: S

class BrowserAction(TypedDict, total=False):
    MouseClick: X[MouseClickArguments]
    MouseMove: X[MouseMoveArguments]
    MouseDrag: X[MouseDragArguments]
    MouseScroll: X[MouseScrollArguments]
    KeyType: X[KeyTypeArguments]
    KeyPress: X[KeyPressArguments]
    KeyShortcut: X[KeyShortcutArguments]
    Screenshot: X[ScreenshotArguments]

InvokeBrowserParameters = TypedDict(
    "InvokeBrowserParameters",
    {
        "BrowserIdentifier": S,
        "BrowserIdentifier.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "Action": X[BrowserAction],
        "Action.$": str,
    },
    total=False,
)

class InputContentBlock(TypedDict, total=False):
    Path: S
    Text: S
    Blob: S

class ToolArguments(TypedDict, total=False):
    Code: S
    Language: S
    ClearContext: B
    Command: S
    Path: S
    Paths: L[Si]
    Content: L[Xi[InputContentBlock]]
    DirectoryPath: S
    TaskId: S
    Runtime: S

InvokeCodeInterpreterParameters = TypedDict(
    "InvokeCodeInterpreterParameters",
    {
        "CodeInterpreterIdentifier": S,
        "CodeInterpreterIdentifier.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "TraceId": S,
        "TraceId.$": str,
        "TraceParent": S,
        "TraceParent.$": str,
        "Name": S,
        "Name.$": str,
        "Arguments": X[ToolArguments],
        "Arguments.$": str,
    },
    total=False,
)

class HarnessToolUseBlock(TypedDict, total=False):
    Name: S
    ToolUseId: S
    Input: Doc
    Type: S
    ServerName: S

class HarnessToolResultContentBlock(TypedDict, total=False):
    Text: S
    Json: Doc

class HarnessToolResultBlock(TypedDict, total=False):
    ToolUseId: S
    Content: L[Xi[HarnessToolResultContentBlock]]
    Status: S
    Type: S

class HarnessReasoningTextBlock(TypedDict, total=False):
    Text: S
    Signature: S

class HarnessReasoningContentBlock(TypedDict, total=False):
    ReasoningText: X[HarnessReasoningTextBlock]
    RedactedContent: S

class HarnessContentBlock(TypedDict, total=False):
    Text: S
    ToolUse: X[HarnessToolUseBlock]
    ToolResult: X[HarnessToolResultBlock]
    ReasoningContent: X[HarnessReasoningContentBlock]

class HarnessMessage(TypedDict, total=False):
    Role: S
    Content: L[Xi[HarnessContentBlock]]

class HarnessBedrockModelConfig(TypedDict, total=False):
    ModelId: S
    MaxTokens: I
    Temperature: F
    TopP: F
    ApiFormat: S
    AdditionalParams: Doc

class HarnessOpenAiModelConfig(TypedDict, total=False):
    ModelId: S
    ApiKeyArn: S
    ApiBase: S
    MaxTokens: I
    Temperature: F
    TopP: F
    ApiFormat: S
    AdditionalParams: Doc

class HarnessGeminiModelConfig(TypedDict, total=False):
    ModelId: S
    ApiKeyArn: S
    MaxTokens: I
    Temperature: F
    TopP: F
    TopK: I
    AdditionalParams: Doc

class HarnessLiteLlmModelConfig(TypedDict, total=False):
    ModelId: S
    ApiKeyArn: S
    ApiBase: S
    MaxTokens: I
    Temperature: F
    TopP: F
    AdditionalParams: Doc

class HarnessModelConfiguration(TypedDict, total=False):
    BedrockModelConfig: X[HarnessBedrockModelConfig]
    OpenAiModelConfig: X[HarnessOpenAiModelConfig]
    GeminiModelConfig: X[HarnessGeminiModelConfig]
    LiteLlmModelConfig: X[HarnessLiteLlmModelConfig]

class HarnessSystemContentBlock(TypedDict, total=False):
    Text: S

class IamCredentialProvider(TypedDict, total=False):
    Service: S
    Region: S

class Unit(TypedDict, total=False): ...

HarnessRemoteMcpOutboundAuth = TypedDict(
    "HarnessRemoteMcpOutboundAuth",
    {"AwsIam": X[IamCredentialProvider], "None": X[Unit]},
    total=False,
)

class HarnessRemoteMcpConfig(TypedDict, total=False):
    Url: S
    Headers: M[S]
    OutboundAuth: X[HarnessRemoteMcpOutboundAuth]

class HarnessAgentCoreBrowserConfig(TypedDict, total=False):
    BrowserArn: S

class OAuthCredentialProvider(TypedDict, total=False):
    ProviderArn: S
    Scopes: L[Si]
    CustomParameters: M[S]
    GrantType: S
    DefaultReturnUrl: S

HarnessGatewayOutboundAuth = TypedDict(
    "HarnessGatewayOutboundAuth",
    {"AwsIam": X[Unit], "None": X[Unit], "Oauth": X[OAuthCredentialProvider]},
    total=False,
)

class HarnessAgentCoreGatewayConfig(TypedDict, total=False):
    GatewayArn: S
    OutboundAuth: X[HarnessGatewayOutboundAuth]

class HarnessInlineFunctionConfig(TypedDict, total=False):
    Description: S
    InputSchema: Doc

class HarnessAgentCoreCodeInterpreterConfig(TypedDict, total=False):
    CodeInterpreterArn: S

class HarnessToolConfiguration(TypedDict, total=False):
    RemoteMcp: X[HarnessRemoteMcpConfig]
    AgentCoreBrowser: X[HarnessAgentCoreBrowserConfig]
    AgentCoreGateway: X[HarnessAgentCoreGatewayConfig]
    InlineFunction: X[HarnessInlineFunctionConfig]
    AgentCoreCodeInterpreter: X[HarnessAgentCoreCodeInterpreterConfig]

class HarnessTool(TypedDict, total=False):
    Type: S
    Name: S
    Config: X[HarnessToolConfiguration]

class HarnessSkillS3Source(TypedDict, total=False):
    Uri: S

class HarnessSkillGitAuth(TypedDict, total=False):
    CredentialArn: S
    Username: S

class HarnessSkillGitSource(TypedDict, total=False):
    Url: S
    Path: S
    Auth: X[HarnessSkillGitAuth]

class HarnessSkillAwsSkillsSource(TypedDict, total=False):
    Paths: L[Si]

class HarnessSkill(TypedDict, total=False):
    Path: S
    S3: X[HarnessSkillS3Source]
    Git: X[HarnessSkillGitSource]
    AwsSkills: X[HarnessSkillAwsSkillsSource]

InvokeHarnessParameters = TypedDict(
    "InvokeHarnessParameters",
    {
        "HarnessArn": S,
        "HarnessArn.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "RuntimeSessionId": S,
        "RuntimeSessionId.$": str,
        "RuntimeUserId": S,
        "RuntimeUserId.$": str,
        "TraceParent": S,
        "TraceParent.$": str,
        "TraceState": S,
        "TraceState.$": str,
        "TraceId": S,
        "TraceId.$": str,
        "Baggage": S,
        "Baggage.$": str,
        "Messages": L[Xi[HarnessMessage]],
        "Messages.$": str,
        "Model": X[HarnessModelConfiguration],
        "Model.$": str,
        "SystemPrompt": L[Xi[HarnessSystemContentBlock]],
        "SystemPrompt.$": str,
        "Tools": L[Xi[HarnessTool]],
        "Tools.$": str,
        "Skills": L[Xi[HarnessSkill]],
        "Skills.$": str,
        "AllowedTools": L[Si],
        "AllowedTools.$": str,
        "MaxIterations": I,
        "MaxIterations.$": str,
        "MaxTokens": I,
        "MaxTokens.$": str,
        "TimeoutSeconds": I,
        "TimeoutSeconds.$": str,
        "ActorId": S,
        "ActorId.$": str,
    },
    total=False,
)

class DomainFilter(TypedDict, total=False):
    Include: L[Si]
    Exclude: L[Si]

class PublishedDateFilter(TypedDict, total=False):
    PublishedAfter: T
    PublishedBefore: T

class WebSearchFilters(TypedDict, total=False):
    DomainFilter: X[DomainFilter]
    PublishedDateFilter: X[PublishedDateFilter]

class WebSearchUserLocation(TypedDict, total=False):
    Country: S

InvokeWebSearchParameters = TypedDict(
    "InvokeWebSearchParameters",
    {
        "WebSearchId": S,
        "WebSearchId.$": str,
        "SearchQuery": S,
        "SearchQuery.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": X[WebSearchFilters],
        "Filters.$": str,
        "UserLocation": X[WebSearchUserLocation],
        "UserLocation.$": str,
    },
    total=False,
)
ListABTestsParameters = TypedDict(
    "ListABTestsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListActorsParameters = TypedDict(
    "ListActorsParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgentInsightsParameters = TypedDict(
    "ListAgentInsightsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "BatchEvaluationId": S,
        "BatchEvaluationId.$": str,
        "ArchiveStatus": S,
        "ArchiveStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBatchEvaluationsParameters = TypedDict(
    "ListBatchEvaluationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListBrowserSessionsParameters = TypedDict(
    "ListBrowserSessionsParameters",
    {
        "BrowserIdentifier": S,
        "BrowserIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListCodeInterpreterSessionsParameters = TypedDict(
    "ListCodeInterpreterSessionsParameters",
    {
        "CodeInterpreterIdentifier": S,
        "CodeInterpreterIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListDatasetGenerationsParameters = TypedDict(
    "ListDatasetGenerationsParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class BranchFilter(TypedDict, total=False):
    Name: S
    IncludeParentBranches: B

class LeftExpression(TypedDict, total=False):
    MetadataKey: S

class RightExpression(TypedDict, total=False):
    MetadataValue: X[MetadataValue]

class EventMetadataFilterExpression(TypedDict, total=False):
    Left: X[LeftExpression]
    Operator: S
    Right: X[RightExpression]

class FilterInput(TypedDict, total=False):
    Branch: X[BranchFilter]
    EventMetadata: L[Xi[EventMetadataFilterExpression]]

ListEventsParameters = TypedDict(
    "ListEventsParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "IncludePayloads": B,
        "IncludePayloads.$": str,
        "Filter": X[FilterInput],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ExtractionJobFilterInput(TypedDict, total=False):
    StrategyId: S
    SessionId: S
    ActorId: S
    Status: S

ListMemoryExtractionJobsParameters = TypedDict(
    "ListMemoryExtractionJobsParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[ExtractionJobFilterInput],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class MemoryRecordLeftExpression(TypedDict, total=False):
    MetadataKey: S

class MemoryRecordRightExpression(TypedDict, total=False):
    MetadataValue: X[MemoryRecordMetadataValue]

class MemoryMetadataFilterExpression(TypedDict, total=False):
    Left: X[MemoryRecordLeftExpression]
    Operator: S
    Right: X[MemoryRecordRightExpression]

ListMemoryRecordsParameters = TypedDict(
    "ListMemoryRecordsParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "NamespacePath": S,
        "NamespacePath.$": str,
        "MemoryStrategyId": S,
        "MemoryStrategyId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MetadataFilters": L[Xi[MemoryMetadataFilterExpression]],
        "MetadataFilters.$": str,
    },
    total=False,
)
ListPaymentInstrumentsParameters = TypedDict(
    "ListPaymentInstrumentsParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentConnectorId": S,
        "PaymentConnectorId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPaymentSessionsParameters = TypedDict(
    "ListPaymentSessionsParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRecommendationsParameters = TypedDict(
    "ListRecommendationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StatusFilter": S,
        "StatusFilter.$": str,
    },
    total=False,
)

class SessionFilter(TypedDict, total=False):
    EventFilter: S

ListSessionsParameters = TypedDict(
    "ListSessionsParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "ActorId": S,
        "ActorId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[SessionFilter],
        "Filter.$": str,
    },
    total=False,
)

class CryptoX402PaymentInput(TypedDict, total=False):
    Version: S
    Payload: Doc
    Permit2AllowanceLimit: S

class MppPaymentInput(TypedDict, total=False):
    Version: S
    WwwAuthenticateHeaders: L[Si]
    BuyerPaysGasFees: B

class DpopJwk(TypedDict, total=False):
    Kty: S
    Crv: S
    X: S
    Y: S

class AwsBillingPaymentOptions(TypedDict, total=False):
    DpopJwk: X[DpopJwk]

class AwsBillingX402PaymentInput(TypedDict, total=False):
    Version: S
    Payload: Doc
    Options: X[AwsBillingPaymentOptions]

class PaymentInput(TypedDict, total=False):
    CryptoX402: X[CryptoX402PaymentInput]
    Mpp: X[MppPaymentInput]
    AwsBillingX402: X[AwsBillingX402PaymentInput]

ProcessPaymentParameters = TypedDict(
    "ProcessPaymentParameters",
    {
        "UserId": S,
        "UserId.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "PaymentManagerArn": S,
        "PaymentManagerArn.$": str,
        "PaymentSessionId": S,
        "PaymentSessionId.$": str,
        "PaymentInstrumentId": S,
        "PaymentInstrumentId.$": str,
        "PaymentType": S,
        "PaymentType.$": str,
        "PaymentInput": X[PaymentInput],
        "PaymentInput.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class SearchCriteria(TypedDict, total=False):
    SearchQuery: S
    MemoryStrategyId: S
    TopK: I
    MetadataFilters: L[Xi[MemoryMetadataFilterExpression]]

RetrieveMemoryRecordsParameters = TypedDict(
    "RetrieveMemoryRecordsParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "NamespacePath": S,
        "NamespacePath.$": str,
        "SearchCriteria": X[SearchCriteria],
        "SearchCriteria.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
SaveBrowserSessionProfileParameters = TypedDict(
    "SaveBrowserSessionProfileParameters",
    {
        "TraceId": S,
        "TraceId.$": str,
        "TraceParent": S,
        "TraceParent.$": str,
        "ProfileIdentifier": S,
        "ProfileIdentifier.$": str,
        "BrowserIdentifier": S,
        "BrowserIdentifier.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
SearchRegistryRecordsParameters = TypedDict(
    "SearchRegistryRecordsParameters",
    {
        "SearchQuery": S,
        "SearchQuery.$": str,
        "RegistryIds": L[Si],
        "RegistryIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": Doc,
        "Filters.$": str,
    },
    total=False,
)

class Evaluator(TypedDict, total=False):
    EvaluatorId: S

class Insight(TypedDict, total=False):
    InsightId: S

class SessionFilterConfig(TypedDict, total=False):
    StartTime: T
    EndTime: T

class SessionTraceIds(TypedDict, total=False):
    SessionId: S
    TraceIds: L[Si]

class CloudWatchFilterConfig(TypedDict, total=False):
    SessionIds: L[Si]
    TimeRange: X[SessionFilterConfig]
    SessionTraceIds: L[Xi[SessionTraceIds]]

class CloudWatchLogsSource(TypedDict, total=False):
    ServiceNames: L[Si]
    LogGroupNames: L[Si]
    LogGroupNamePrefixes: L[Si]
    FilterConfig: X[CloudWatchFilterConfig]

class OnlineEvaluationConfigSource(TypedDict, total=False):
    OnlineEvaluationConfigArn: S
    TimeRange: X[SessionFilterConfig]

class DataSourceConfig(TypedDict, total=False):
    CloudWatchLogs: X[CloudWatchLogsSource]
    OnlineEvaluationConfigSource: X[OnlineEvaluationConfigSource]

class GroundTruthTurnInput(TypedDict, total=False):
    Prompt: S

class GroundTruthTurn(TypedDict, total=False):
    Input: X[GroundTruthTurnInput]
    ExpectedResponse: X[EvaluationContent]

class InlineGroundTruth(TypedDict, total=False):
    Assertions: L[Xi[EvaluationContent]]
    ExpectedTrajectory: X[EvaluationExpectedTrajectory]
    Turns: L[Xi[GroundTruthTurn]]

class GroundTruthSource(TypedDict, total=False):
    Inline: X[InlineGroundTruth]

class SessionMetadataShape(TypedDict, total=False):
    SessionId: S
    TestScenarioId: S
    GroundTruth: X[GroundTruthSource]
    Metadata: M[S]

class EvaluationMetadata(TypedDict, total=False):
    SessionMetadata: L[Xi[SessionMetadataShape]]

class CloudWatchOutputConfig(TypedDict, total=False):
    LogGroupName: S
    LogStreamName: S
    MetricsNamespace: S
    ResultDestination: S

class OutputConfig(TypedDict, total=False):
    CloudWatchConfig: X[CloudWatchOutputConfig]

class DatasetSource(TypedDict, total=False):
    DatasetId: S
    DatasetVersion: S

class AgentCoreRuntimeInvocation(TypedDict, total=False):
    AgentRuntimeEndpointArn: S
    RequestTemplate: S

class AgentInvocationConfig(TypedDict, total=False):
    AgentCoreRuntime: X[AgentCoreRuntimeInvocation]

class DatasetExecutionConfig(TypedDict, total=False):
    Dataset: X[DatasetSource]
    AgentInvocation: X[AgentInvocationConfig]

StartBatchEvaluationParameters = TypedDict(
    "StartBatchEvaluationParameters",
    {
        "BatchEvaluationName": S,
        "BatchEvaluationName.$": str,
        "Evaluators": L[Xi[Evaluator]],
        "Evaluators.$": str,
        "Insights": L[Xi[Insight]],
        "Insights.$": str,
        "DataSourceConfig": X[DataSourceConfig],
        "DataSourceConfig.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EvaluationMetadata": X[EvaluationMetadata],
        "EvaluationMetadata.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Description": S,
        "Description.$": str,
        "OutputConfig": X[OutputConfig],
        "OutputConfig.$": str,
        "DatasetExecutionConfig": X[DatasetExecutionConfig],
        "DatasetExecutionConfig.$": str,
    },
    total=False,
)

class ViewPort(TypedDict, total=False):
    Width: I
    Height: I

class S3Location(TypedDict, total=False):
    Bucket: S
    Prefix: S
    VersionId: S

class ResourceLocation(TypedDict, total=False):
    S3: X[S3Location]

class BrowserExtension(TypedDict, total=False):
    Location: X[ResourceLocation]

class BrowserProfileConfiguration(TypedDict, total=False):
    ProfileIdentifier: S

class BasicAuth(TypedDict, total=False):
    SecretArn: S

class ProxyCredentials(TypedDict, total=False):
    BasicAuth: X[BasicAuth]

class ExternalProxy(TypedDict, total=False):
    Server: S
    Port: I
    DomainPatterns: L[Si]
    Credentials: X[ProxyCredentials]

class Proxy(TypedDict, total=False):
    ExternalProxy: X[ExternalProxy]

class ProxyBypass(TypedDict, total=False):
    DomainPatterns: L[Si]

class ProxyConfiguration(TypedDict, total=False):
    Proxies: L[Xi[Proxy]]
    Bypass: X[ProxyBypass]

class BrowserEnterprisePolicy(TypedDict, total=False):
    Location: X[ResourceLocation]
    Type: S

class SecretsManagerLocation(TypedDict, total=False):
    SecretArn: S

class CertificateLocation(TypedDict, total=False):
    SecretsManager: X[SecretsManagerLocation]

class Certificate(TypedDict, total=False):
    Location: X[CertificateLocation]

class S3FilesConfiguration(TypedDict, total=False):
    AccessPointArn: S
    MountPath: S
    FileSystemArn: S

class EfsConfiguration(TypedDict, total=False):
    AccessPointArn: S
    MountPath: S
    FileSystemArn: S

class ToolsFileSystemConfiguration(TypedDict, total=False):
    S3FilesConfiguration: X[S3FilesConfiguration]
    EfsConfiguration: X[EfsConfiguration]

StartBrowserSessionParameters = TypedDict(
    "StartBrowserSessionParameters",
    {
        "TraceId": S,
        "TraceId.$": str,
        "TraceParent": S,
        "TraceParent.$": str,
        "BrowserIdentifier": S,
        "BrowserIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "SessionTimeoutSeconds": I,
        "SessionTimeoutSeconds.$": str,
        "ViewPort": X[ViewPort],
        "ViewPort.$": str,
        "Extensions": L[Xi[BrowserExtension]],
        "Extensions.$": str,
        "ProfileConfiguration": X[BrowserProfileConfiguration],
        "ProfileConfiguration.$": str,
        "ProxyConfiguration": X[ProxyConfiguration],
        "ProxyConfiguration.$": str,
        "EnterprisePolicies": L[Xi[BrowserEnterprisePolicy]],
        "EnterprisePolicies.$": str,
        "Certificates": L[Xi[Certificate]],
        "Certificates.$": str,
        "FilesystemConfigurations": L[Xi[ToolsFileSystemConfiguration]],
        "FilesystemConfigurations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StartCodeInterpreterSessionParameters = TypedDict(
    "StartCodeInterpreterSessionParameters",
    {
        "TraceId": S,
        "TraceId.$": str,
        "TraceParent": S,
        "TraceParent.$": str,
        "CodeInterpreterIdentifier": S,
        "CodeInterpreterIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "SessionTimeoutSeconds": I,
        "SessionTimeoutSeconds.$": str,
        "Certificates": L[Xi[Certificate]],
        "Certificates.$": str,
        "FilesystemConfigurations": L[Xi[ToolsFileSystemConfiguration]],
        "FilesystemConfigurations.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class CloudWatchLogsSourceConfig(TypedDict, total=False):
    LogGroupNames: L[Si]
    LogGroupNamePrefixes: L[Si]
    ServiceNames: L[Si]
    StartTime: T
    EndTime: T

class OnlineEvaluationSourceConfig(TypedDict, total=False):
    OnlineEvaluationConfigArn: S
    StartTime: T
    EndTime: T

class BatchEvaluationSourceConfig(TypedDict, total=False):
    BatchEvaluationArn: S

class TraceSourceConfig(TypedDict, total=False):
    CloudWatchLogs: X[CloudWatchLogsSourceConfig]
    OnlineEvaluation: X[OnlineEvaluationSourceConfig]
    BatchEvaluation: X[BatchEvaluationSourceConfig]

class GenerationFilterValue(TypedDict, total=False):
    StringValue: S
    DoubleValue: F
    BooleanValue: B

class GenerationAttributeFilter(TypedDict, total=False):
    Key: S
    Operator: S
    Value: X[GenerationFilterValue]

class TurnCountRange(TypedDict, total=False):
    Min: I
    Max: I

class EvaluatorFilter(TypedDict, total=False):
    EvaluatorId: S
    EvaluationDimensionName: S
    Operator: S
    Value: X[GenerationFilterValue]
    Aggregation: S

class GenerationFilters(TypedDict, total=False):
    AttributeFilters: L[Xi[GenerationAttributeFilter]]
    TurnCount: X[TurnCountRange]
    EvaluatorFilters: L[Xi[EvaluatorFilter]]

class GenerationIdentifiers(TypedDict, total=False):
    SessionIds: L[Si]
    TraceIds: L[Si]

class GenerationSelection(TypedDict, total=False):
    Filters: X[GenerationFilters]
    Identifiers: X[GenerationIdentifiers]

class GenerationSamplingConfig(TypedDict, total=False):
    MaxScenarios: I

class GroundTruthConfig(TypedDict, total=False):
    Fields: L[Si]
    QualityFilters: L[Xi[EvaluatorFilter]]

class CustomDataIdentifier(TypedDict, total=False):
    Name: S
    Regex: S

class RedactionConfiguration(TypedDict, total=False):
    Identifiers: L[Si]
    CustomDataIdentifiers: L[Xi[CustomDataIdentifier]]

class TraceGenerationSource(TypedDict, total=False):
    SourceConfig: X[TraceSourceConfig]
    Selection: X[GenerationSelection]
    Sampling: X[GenerationSamplingConfig]
    GroundTruth: X[GroundTruthConfig]
    RedactionConfiguration: X[RedactionConfiguration]

class GenerationSource(TypedDict, total=False):
    TraceGeneration: X[TraceGenerationSource]

StartDatasetGenerationParameters = TypedDict(
    "StartDatasetGenerationParameters",
    {
        "DatasetId": S,
        "DatasetId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ScenarioType": S,
        "ScenarioType.$": str,
        "Source": X[GenerationSource],
        "Source.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class ExtractionJob(TypedDict, total=False):
    JobId: S

StartMemoryExtractionJobParameters = TypedDict(
    "StartMemoryExtractionJobParameters",
    {
        "MemoryId": S,
        "MemoryId.$": str,
        "ExtractionJob": X[ExtractionJob],
        "ExtractionJob.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class SystemPromptConfigurationBundle(TypedDict, total=False):
    BundleArn: S
    VersionId: S
    SystemPromptJsonPath: S

class SystemPromptConfig(TypedDict, total=False):
    Text: S
    ConfigurationBundle: X[SystemPromptConfigurationBundle]

class FilterValue(TypedDict, total=False):
    StringValue: S
    DoubleValue: F
    BooleanValue: B

class CloudWatchLogsFilter(TypedDict, total=False):
    Key: S
    Operator: S
    Value: X[FilterValue]

class CloudWatchLogsRule(TypedDict, total=False):
    Filters: L[Xi[CloudWatchLogsFilter]]

class CloudWatchLogsTraceConfig(TypedDict, total=False):
    LogGroupArns: L[Si]
    ServiceNames: L[Si]
    StartTime: T
    EndTime: T
    Rule: X[CloudWatchLogsRule]

class BatchEvaluationTraceConfig(TypedDict, total=False):
    BatchEvaluationArn: S

class OnlineEvaluationTraceConfig(TypedDict, total=False):
    OnlineEvaluationConfigArn: S
    StartTime: T
    EndTime: T

class AgentTracesConfig(TypedDict, total=False):
    SessionSpans: L[Doc]
    CloudwatchLogs: X[CloudWatchLogsTraceConfig]
    BatchEvaluation: X[BatchEvaluationTraceConfig]
    OnlineEvaluation: X[OnlineEvaluationTraceConfig]

class RecommendationEvaluatorReference(TypedDict, total=False):
    EvaluatorArn: S

class RecommendationEvaluationConfig(TypedDict, total=False):
    Evaluators: L[Xi[RecommendationEvaluatorReference]]

class SystemPromptRecommendationConfig(TypedDict, total=False):
    SystemPrompt: X[SystemPromptConfig]
    AgentTraces: X[AgentTracesConfig]
    EvaluationConfig: X[RecommendationEvaluationConfig]

class ToolDescriptionConfig(TypedDict, total=False):
    Text: S

class ToolDescriptionInput(TypedDict, total=False):
    ToolName: S
    ToolDescription: X[ToolDescriptionConfig]

class ToolDescriptionTextInput(TypedDict, total=False):
    Tools: L[Xi[ToolDescriptionInput]]

class ConfigurationBundleToolEntry(TypedDict, total=False):
    ToolName: S
    ToolDescriptionJsonPath: S

class ToolDescriptionConfigurationBundle(TypedDict, total=False):
    BundleArn: S
    VersionId: S
    Tools: L[Xi[ConfigurationBundleToolEntry]]

class ToolDescriptionSource(TypedDict, total=False):
    ToolDescriptionText: X[ToolDescriptionTextInput]
    ConfigurationBundle: X[ToolDescriptionConfigurationBundle]

class ToolDescriptionRecommendationConfig(TypedDict, total=False):
    ToolDescription: X[ToolDescriptionSource]
    AgentTraces: X[AgentTracesConfig]

class RecommendationConfig(TypedDict, total=False):
    SystemPromptRecommendationConfig: X[SystemPromptRecommendationConfig]
    ToolDescriptionRecommendationConfig: X[ToolDescriptionRecommendationConfig]

StartRecommendationParameters = TypedDict(
    "StartRecommendationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Type": S,
        "Type.$": str,
        "RecommendationConfig": X[RecommendationConfig],
        "RecommendationConfig.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StopBatchEvaluationParameters = TypedDict(
    "StopBatchEvaluationParameters",
    {"BatchEvaluationId": S, "BatchEvaluationId.$": str},
    total=False,
)
StopBrowserSessionParameters = TypedDict(
    "StopBrowserSessionParameters",
    {
        "TraceId": S,
        "TraceId.$": str,
        "TraceParent": S,
        "TraceParent.$": str,
        "BrowserIdentifier": S,
        "BrowserIdentifier.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StopCodeInterpreterSessionParameters = TypedDict(
    "StopCodeInterpreterSessionParameters",
    {
        "TraceId": S,
        "TraceId.$": str,
        "TraceParent": S,
        "TraceParent.$": str,
        "CodeInterpreterIdentifier": S,
        "CodeInterpreterIdentifier.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
StopRuntimeSessionParameters = TypedDict(
    "StopRuntimeSessionParameters",
    {
        "RuntimeSessionId": S,
        "RuntimeSessionId.$": str,
        "AgentRuntimeArn": S,
        "AgentRuntimeArn.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateABTestParameters = TypedDict(
    "UpdateABTestParameters",
    {
        "AbTestId": S,
        "AbTestId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Variants": L[Xi[Variant]],
        "Variants.$": str,
        "GatewayFilter": X[GatewayFilter],
        "GatewayFilter.$": str,
        "EvaluationConfig": X[ABTestEvaluationConfig],
        "EvaluationConfig.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "ExecutionStatus": S,
        "ExecutionStatus.$": str,
    },
    total=False,
)
UpdateAgentInsightParameters = TypedDict(
    "UpdateAgentInsightParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "AgentInsightId": S,
        "AgentInsightId.$": str,
        "ArchiveStatus": S,
        "ArchiveStatus.$": str,
    },
    total=False,
)

class AutomationStreamUpdate(TypedDict, total=False):
    StreamStatus: S

class StreamUpdate(TypedDict, total=False):
    AutomationStreamUpdate: X[AutomationStreamUpdate]

UpdateBrowserStreamParameters = TypedDict(
    "UpdateBrowserStreamParameters",
    {
        "BrowserIdentifier": S,
        "BrowserIdentifier.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "StreamUpdate": X[StreamUpdate],
        "StreamUpdate.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
authorize_payment_intent: Builder[AuthorizePaymentIntentParameters]
batch_create_memory_records: Builder[BatchCreateMemoryRecordsParameters]
batch_delete_memory_records: Builder[BatchDeleteMemoryRecordsParameters]
batch_update_memory_records: Builder[BatchUpdateMemoryRecordsParameters]
cancel_payment_intent: Builder[CancelPaymentIntentParameters]
capture_payment_intent: Builder[CapturePaymentIntentParameters]
complete_resource_token_auth: Builder[CompleteResourceTokenAuthParameters]
create_ab_test: Builder[CreateABTestParameters]
create_buyer_approval_url: Builder[CreateBuyerApprovalUrlParameters]
create_event: Builder[CreateEventParameters]
create_payment_instrument: Builder[CreatePaymentInstrumentParameters]
create_payment_intent: Builder[CreatePaymentIntentParameters]
create_payment_session: Builder[CreatePaymentSessionParameters]
delete_ab_test: Builder[DeleteABTestParameters]
delete_batch_evaluation: Builder[DeleteBatchEvaluationParameters]
delete_capacity_provider_session: Builder[DeleteCapacityProviderSessionParameters]
delete_dataset_generation: Builder[DeleteDatasetGenerationParameters]
delete_event: Builder[DeleteEventParameters]
delete_memory_record: Builder[DeleteMemoryRecordParameters]
delete_payment_instrument: Builder[DeletePaymentInstrumentParameters]
delete_payment_session: Builder[DeletePaymentSessionParameters]
delete_recommendation: Builder[DeleteRecommendationParameters]
evaluate: Builder[EvaluateParameters]
get_ab_test: Builder[GetABTestParameters]
get_agent_card: Builder[GetAgentCardParameters]
get_agent_insight: Builder[GetAgentInsightParameters]
get_batch_evaluation: Builder[GetBatchEvaluationParameters]
get_browser_session: Builder[GetBrowserSessionParameters]
get_code_interpreter_session: Builder[GetCodeInterpreterSessionParameters]
get_dataset_generation: Builder[GetDatasetGenerationParameters]
get_event: Builder[GetEventParameters]
get_memory_record: Builder[GetMemoryRecordParameters]
get_payment_instrument: Builder[GetPaymentInstrumentParameters]
get_payment_instrument_balance: Builder[GetPaymentInstrumentBalanceParameters]
get_payment_intent: Builder[GetPaymentIntentParameters]
get_payment_session: Builder[GetPaymentSessionParameters]
get_recommendation: Builder[GetRecommendationParameters]
get_resource_api_key: Builder[GetResourceApiKeyParameters]
get_resource_oauth2_token: Builder[GetResourceOauth2TokenParameters]
get_resource_payment_token: Builder[GetResourcePaymentTokenParameters]
get_workload_access_token: Builder[GetWorkloadAccessTokenParameters]
get_workload_access_token_for_jwt: Builder[GetWorkloadAccessTokenForJWTParameters]
get_workload_access_token_for_user_id: Builder[GetWorkloadAccessTokenForUserIdParameters]
ingest_data: Builder[IngestDataParameters]
initiate_payment_intent: Builder[InitiatePaymentIntentParameters]
invoke_agent_runtime: Builder[InvokeAgentRuntimeParameters]
invoke_agent_runtime_command: Builder[InvokeAgentRuntimeCommandParameters]
invoke_browser: Builder[InvokeBrowserParameters]
invoke_code_interpreter: Builder[InvokeCodeInterpreterParameters]
invoke_harness: Builder[InvokeHarnessParameters]
invoke_web_search: Builder[InvokeWebSearchParameters]
list_ab_tests: Builder[ListABTestsParameters]
list_actors: Builder[ListActorsParameters]
list_agent_insights: Builder[ListAgentInsightsParameters]
list_batch_evaluations: Builder[ListBatchEvaluationsParameters]
list_browser_sessions: Builder[ListBrowserSessionsParameters]
list_code_interpreter_sessions: Builder[ListCodeInterpreterSessionsParameters]
list_dataset_generations: Builder[ListDatasetGenerationsParameters]
list_events: Builder[ListEventsParameters]
list_memory_extraction_jobs: Builder[ListMemoryExtractionJobsParameters]
list_memory_records: Builder[ListMemoryRecordsParameters]
list_payment_instruments: Builder[ListPaymentInstrumentsParameters]
list_payment_sessions: Builder[ListPaymentSessionsParameters]
list_recommendations: Builder[ListRecommendationsParameters]
list_sessions: Builder[ListSessionsParameters]
process_payment: Builder[ProcessPaymentParameters]
retrieve_memory_records: Builder[RetrieveMemoryRecordsParameters]
save_browser_session_profile: Builder[SaveBrowserSessionProfileParameters]
search_registry_records: Builder[SearchRegistryRecordsParameters]
start_batch_evaluation: Builder[StartBatchEvaluationParameters]
start_browser_session: Builder[StartBrowserSessionParameters]
start_code_interpreter_session: Builder[StartCodeInterpreterSessionParameters]
start_dataset_generation: Builder[StartDatasetGenerationParameters]
start_memory_extraction_job: Builder[StartMemoryExtractionJobParameters]
start_recommendation: Builder[StartRecommendationParameters]
stop_batch_evaluation: Builder[StopBatchEvaluationParameters]
stop_browser_session: Builder[StopBrowserSessionParameters]
stop_code_interpreter_session: Builder[StopCodeInterpreterSessionParameters]
stop_runtime_session: Builder[StopRuntimeSessionParameters]
update_ab_test: Builder[UpdateABTestParameters]
update_agent_insight: Builder[UpdateAgentInsightParameters]
update_browser_stream: Builder[UpdateBrowserStreamParameters]

__all__ = [
    "authorize_payment_intent",
    "batch_create_memory_records",
    "batch_delete_memory_records",
    "batch_update_memory_records",
    "cancel_payment_intent",
    "capture_payment_intent",
    "complete_resource_token_auth",
    "create_ab_test",
    "create_buyer_approval_url",
    "create_event",
    "create_payment_instrument",
    "create_payment_intent",
    "create_payment_session",
    "delete_ab_test",
    "delete_batch_evaluation",
    "delete_capacity_provider_session",
    "delete_dataset_generation",
    "delete_event",
    "delete_memory_record",
    "delete_payment_instrument",
    "delete_payment_session",
    "delete_recommendation",
    "evaluate",
    "get_ab_test",
    "get_agent_card",
    "get_agent_insight",
    "get_batch_evaluation",
    "get_browser_session",
    "get_code_interpreter_session",
    "get_dataset_generation",
    "get_event",
    "get_memory_record",
    "get_payment_instrument",
    "get_payment_instrument_balance",
    "get_payment_intent",
    "get_payment_session",
    "get_recommendation",
    "get_resource_api_key",
    "get_resource_oauth2_token",
    "get_resource_payment_token",
    "get_workload_access_token",
    "get_workload_access_token_for_jwt",
    "get_workload_access_token_for_user_id",
    "ingest_data",
    "initiate_payment_intent",
    "invoke_agent_runtime",
    "invoke_agent_runtime_command",
    "invoke_browser",
    "invoke_code_interpreter",
    "invoke_harness",
    "invoke_web_search",
    "list_ab_tests",
    "list_actors",
    "list_agent_insights",
    "list_batch_evaluations",
    "list_browser_sessions",
    "list_code_interpreter_sessions",
    "list_dataset_generations",
    "list_events",
    "list_memory_extraction_jobs",
    "list_memory_records",
    "list_payment_instruments",
    "list_payment_sessions",
    "list_recommendations",
    "list_sessions",
    "process_payment",
    "retrieve_memory_records",
    "save_browser_session_profile",
    "search_registry_records",
    "start_batch_evaluation",
    "start_browser_session",
    "start_code_interpreter_session",
    "start_dataset_generation",
    "start_memory_extraction_job",
    "start_recommendation",
    "stop_batch_evaluation",
    "stop_browser_session",
    "stop_code_interpreter_session",
    "stop_runtime_session",
    "update_ab_test",
    "update_agent_insight",
    "update_browser_stream",
]
