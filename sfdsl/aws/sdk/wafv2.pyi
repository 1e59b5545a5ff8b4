"""Typed builders of the AWS SDK integration of wafv2 (``aws-sdk:wafv2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, M, S, Si, T, X, Xi

AssociateWebACLParameters = TypedDict(
    "AssociateWebACLParameters",
    {"WebACLArn": S, "WebACLArn.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)

class SingleHeader(TypedDict, total=False):
    Name: S

class SingleQueryArgument(TypedDict, total=False):
    Name: S

class AllQueryArguments(TypedDict, total=False): ...
class UriPath(TypedDict, total=False): ...
class QueryString(TypedDict, total=False): ...

class Body(TypedDict, total=False):
    OversizeHandling: S

class Method(TypedDict, total=False): ...
class All(TypedDict, total=False): ...

class JsonMatchPattern(TypedDict, total=False):
    All: X[All]
    IncludedPaths: L[Si]

class JsonBody(TypedDict, total=False):
    MatchPattern: X[JsonMatchPattern]
    MatchScope: S
    InvalidFallbackBehavior: S
    OversizeHandling: S

class HeaderMatchPattern(TypedDict, total=False):
    All: X[All]
    IncludedHeaders: L[Si]
    ExcludedHeaders: L[Si]

class Headers(TypedDict, total=False):
    MatchPattern: X[HeaderMatchPattern]
    MatchScope: S
    OversizeHandling: S

class CookieMatchPattern(TypedDict, total=False):
    All: X[All]
    IncludedCookies: L[Si]
    ExcludedCookies: L[Si]

class Cookies(TypedDict, total=False):
    MatchPattern: X[CookieMatchPattern]
    MatchScope: S
    OversizeHandling: S

class HeaderOrder(TypedDict, total=False):
    OversizeHandling: S

class JA3Fingerprint(TypedDict, total=False):
    FallbackBehavior: S

class JA4Fingerprint(TypedDict, total=False):
    FallbackBehavior: S

class UriFragment(TypedDict, total=False):
    FallbackBehavior: S

class FieldToMatch(TypedDict, total=False):
    SingleHeader: X[SingleHeader]
    SingleQueryArgument: X[SingleQueryArgument]
    AllQueryArguments: X[AllQueryArguments]
    UriPath: X[UriPath]
    QueryString: X[QueryString]
    Body: X[Body]
    Method: X[Method]
    JsonBody: X[JsonBody]
    Headers: X[Headers]
    Cookies: X[Cookies]
    HeaderOrder: X[HeaderOrder]
    Ja3Fingerprint: X[JA3Fingerprint]
    Ja4Fingerprint: X[JA4Fingerprint]
    UriFragment: X[UriFragment]

class TextTransformation(TypedDict, total=False):
    Priority: I
    Type: S

class PreParseTextTransformation(TypedDict, total=False):
    Priority: I
    Type: S

class ByteMatchStatement(TypedDict, total=False):
    SearchString: S
    FieldToMatch: X[FieldToMatch]
    TextTransformations: L[Xi[TextTransformation]]
    PreParseTextTransformations: L[Xi[PreParseTextTransformation]]
    PositionalConstraint: S

class SqliMatchStatement(TypedDict, total=False):
    FieldToMatch: X[FieldToMatch]
    TextTransformations: L[Xi[TextTransformation]]
    PreParseTextTransformations: L[Xi[PreParseTextTransformation]]
    SensitivityLevel: S

class XssMatchStatement(TypedDict, total=False):
    FieldToMatch: X[FieldToMatch]
    TextTransformations: L[Xi[TextTransformation]]
    PreParseTextTransformations: L[Xi[PreParseTextTransformation]]

class SizeConstraintStatement(TypedDict, total=False):
    FieldToMatch: X[FieldToMatch]
    ComparisonOperator: S
    Size: I
    TextTransformations: L[Xi[TextTransformation]]
    PreParseTextTransformations: L[Xi[PreParseTextTransformation]]

class ForwardedIPConfig(TypedDict, total=False):
    HeaderName: S
    FallbackBehavior: S

class GeoMatchStatement(TypedDict, total=False):
    CountryCodes: L[Si]
    ForwardedIPConfig: X[ForwardedIPConfig]

class ExcludedRule(TypedDict, total=False):
    Name: S

class CustomHTTPHeader(TypedDict, total=False):
    Name: S
    Value: S

class CustomResponse(TypedDict, total=False):
    ResponseCode: I
    CustomResponseBodyKey: S
    ResponseHeaders: L[Xi[CustomHTTPHeader]]

class BlockAction(TypedDict, total=False):
    CustomResponse: X[CustomResponse]

class CustomRequestHandling(TypedDict, total=False):
    InsertHeaders: L[Xi[CustomHTTPHeader]]

class AllowAction(TypedDict, total=False):
    CustomRequestHandling: X[CustomRequestHandling]

class CountAction(TypedDict, total=False):
    CustomRequestHandling: X[CustomRequestHandling]

class CaptchaAction(TypedDict, total=False):
    CustomRequestHandling: X[CustomRequestHandling]

class ChallengeAction(TypedDict, total=False):
    CustomRequestHandling: X[CustomRequestHandling]

class MonetizeAction(TypedDict, total=False):
    PriceMultiplier: S

class RuleAction(TypedDict, total=False):
    Block: X[BlockAction]
    Allow: X[AllowAction]
    Count: X[CountAction]
    Captcha: X[CaptchaAction]
    Challenge: X[ChallengeAction]
    Monetize: X[MonetizeAction]

class RuleActionOverride(TypedDict, total=False):
    Name: S
    ActionToUse: X[RuleAction]

class RuleGroupReferenceStatement(TypedDict, total=False):
    Arn: S
    ExcludedRules: L[Xi[ExcludedRule]]
    RuleActionOverrides: L[Xi[RuleActionOverride]]

class IPSetForwardedIPConfig(TypedDict, total=False):
    HeaderName: S
    FallbackBehavior: S
    Position: S

class IPSetReferenceStatement(TypedDict, total=False):
    Arn: S
    IpSetForwardedIPConfig: X[IPSetForwardedIPConfig]

class RegexPatternSetReferenceStatement(TypedDict, total=False):
    Arn: S
    FieldToMatch: X[FieldToMatch]
    TextTransformations: L[Xi[TextTransformation]]
    PreParseTextTransformations: L[Xi[PreParseTextTransformation]]

class RateLimitHeader(TypedDict, total=False):
    Name: S
    TextTransformations: L[Xi[TextTransformation]]

class RateLimitCookie(TypedDict, total=False):
    Name: S
    TextTransformations: L[Xi[TextTransformation]]

class RateLimitQueryArgument(TypedDict, total=False):
    Name: S
    TextTransformations: L[Xi[TextTransformation]]

class RateLimitQueryString(TypedDict, total=False):
    TextTransformations: L[Xi[TextTransformation]]

class RateLimitHTTPMethod(TypedDict, total=False): ...
class RateLimitForwardedIP(TypedDict, total=False): ...
class RateLimitIP(TypedDict, total=False): ...

class RateLimitLabelNamespace(TypedDict, total=False):
    Namespace: S

class RateLimitUriPath(TypedDict, total=False):
    TextTransformations: L[Xi[TextTransformation]]

class RateLimitJA3Fingerprint(TypedDict, total=False):
    FallbackBehavior: S

class RateLimitJA4Fingerprint(TypedDict, total=False):
    FallbackBehavior: S

class RateLimitAsn(TypedDict, total=False): ...

class RateBasedStatementCustomKey(TypedDict, total=False):
    Header: X[RateLimitHeader]
    Cookie: X[RateLimitCookie]
    QueryArgument: X[RateLimitQueryArgument]
    QueryString: X[RateLimitQueryString]
    HttpMethod: X[RateLimitHTTPMethod]
    ForwardedIP: X[RateLimitForwardedIP]
    Ip: X[RateLimitIP]
    LabelNamespace: X[RateLimitLabelNamespace]
    UriPath: X[RateLimitUriPath]
    Ja3Fingerprint: X[RateLimitJA3Fingerprint]
    Ja4Fingerprint: X[RateLimitJA4Fingerprint]
    Asn: X[RateLimitAsn]

class RateBasedStatement(TypedDict, total=False):
    Limit: I
    EvaluationWindowSec: I
    AggregateKeyType: S
    ScopeDownStatement: X[Statement]
    ForwardedIPConfig: X[ForwardedIPConfig]
    CustomKeys: L[Xi[RateBasedStatementCustomKey]]

class AndStatement(TypedDict, total=False):
    Statements: L[Xi[Statement]]

class OrStatement(TypedDict, total=False):
    Statements: L[Xi[Statement]]

class NotStatement(TypedDict, total=False):
    Statement: X[Statement]

class UsernameField(TypedDict, total=False):
    Identifier: S

class PasswordField(TypedDict, total=False):
    Identifier: S

class AWSManagedRulesBotControlRuleSet(TypedDict, total=False):
    InspectionLevel: S
    EnableMachineLearning: B

class RequestInspection(TypedDict, total=False):
    PayloadType: S
    UsernameField: X[UsernameField]
    PasswordField: X[PasswordField]

class ResponseInspectionStatusCode(TypedDict, total=False):
    SuccessCodes: L[Ii]
    FailureCodes: L[Ii]

class ResponseInspectionHeader(TypedDict, total=False):
    Name: S
    SuccessValues: L[Si]
    FailureValues: L[Si]

class ResponseInspectionBodyContains(TypedDict, total=False):
    SuccessStrings: L[Si]
    FailureStrings: L[Si]

class ResponseInspectionJson(TypedDict, total=False):
    Identifier: S
    SuccessValues: L[Si]
    FailureValues: L[Si]

class ResponseInspection(TypedDict, total=False):
    StatusCode: X[ResponseInspectionStatusCode]
    Header: X[ResponseInspectionHeader]
    BodyContains: X[ResponseInspectionBodyContains]
    Json: X[ResponseInspectionJson]

class AWSManagedRulesATPRuleSet(TypedDict, total=False):
    LoginPath: S
    RequestInspection: X[RequestInspection]
    ResponseInspection: X[ResponseInspection]
    EnableRegexInPath: B

class EmailField(TypedDict, total=False):
    Identifier: S

class PhoneNumberField(TypedDict, total=False):
    Identifier: S

class AddressField(TypedDict, total=False):
    Identifier: S

class RequestInspectionACFP(TypedDict, total=False):
    PayloadType: S
    UsernameField: X[UsernameField]
    PasswordField: X[PasswordField]
    EmailField: X[EmailField]
    PhoneNumberFields: L[Xi[PhoneNumberField]]
    AddressFields: L[Xi[AddressField]]

class AWSManagedRulesACFPRuleSet(TypedDict, total=False):
    CreationPath: S
    RegistrationPagePath: S
    RequestInspection: X[RequestInspectionACFP]
    ResponseInspection: X[ResponseInspection]
    EnableRegexInPath: B

class Regex(TypedDict, total=False):
    RegexString: S

class ClientSideAction(TypedDict, total=False):
    UsageOfAction: S
    Sensitivity: S
    ExemptUriRegularExpressions: L[Xi[Regex]]

class ClientSideActionConfig(TypedDict, total=False):
    Challenge: X[ClientSideAction]

class AWSManagedRulesAntiDDoSRuleSet(TypedDict, total=False):
    ClientSideActionConfig: X[ClientSideActionConfig]
    SensitivityToBlock: S

class DisableBedrockGuardrails(TypedDict, total=False): ...

class BedrockGuardrailsRequestOnly(TypedDict, total=False):
    RoleArn: S

class BedrockGuardrailsRequestAndResponse(TypedDict, total=False):
    RoleArn: S

class BedrockGuardrails(TypedDict, total=False):
    Disable: X[DisableBedrockGuardrails]
    ProtectRequestOnly: X[BedrockGuardrailsRequestOnly]
    ProtectRequestAndResponse: X[BedrockGuardrailsRequestAndResponse]

class AWSManagedRulesAISecurityRuleSet(TypedDict, total=False):
    BedrockGuardrails: X[BedrockGuardrails]

class ManagedRuleGroupConfig(TypedDict, total=False):
    LoginPath: S
    PayloadType: S
    UsernameField: X[UsernameField]
    PasswordField: X[PasswordField]
    AwsManagedRulesBotControlRuleSet: X[AWSManagedRulesBotControlRuleSet]
    AwsManagedRulesATPRuleSet: X[AWSManagedRulesATPRuleSet]
    AwsManagedRulesACFPRuleSet: X[AWSManagedRulesACFPRuleSet]
    AwsManagedRulesAntiDDoSRuleSet: X[AWSManagedRulesAntiDDoSRuleSet]
    AwsManagedRulesAISecurityRuleSet: X[AWSManagedRulesAISecurityRuleSet]

class ManagedRuleGroupStatement(TypedDict, total=False):
    VendorName: S
    Name: S
    Version: S
    ExcludedRules: L[Xi[ExcludedRule]]
    ScopeDownStatement: X[Statement]
    ManagedRuleGroupConfigs: L[Xi[ManagedRuleGroupConfig]]
    RuleActionOverrides: L[Xi[RuleActionOverride]]

class LabelMatchStatement(TypedDict, total=False):
    Scope: S
    Key: S

class RegexMatchStatement(TypedDict, total=False):
    RegexString: S
    FieldToMatch: X[FieldToMatch]
    TextTransformations: L[Xi[TextTransformation]]
    PreParseTextTransformations: L[Xi[PreParseTextTransformation]]

class AsnMatchStatement(TypedDict, total=False):
    AsnList: L[Ii]
    ForwardedIPConfig: X[ForwardedIPConfig]

class Statement(TypedDict, total=False):
    ByteMatchStatement: X[ByteMatchStatement]
    SqliMatchStatement: X[SqliMatchStatement]
    XssMatchStatement: X[XssMatchStatement]
    SizeConstraintStatement: X[SizeConstraintStatement]
    GeoMatchStatement: X[GeoMatchStatement]
    RuleGroupReferenceStatement: X[RuleGroupReferenceStatement]
    IpSetReferenceStatement: X[IPSetReferenceStatement]
    RegexPatternSetReferenceStatement: X[RegexPatternSetReferenceStatement]
    RateBasedStatement: X[RateBasedStatement]
    AndStatement: X[AndStatement]
    OrStatement: X[OrStatement]
    NotStatement: X[NotStatement]
    ManagedRuleGroupStatement: X[ManagedRuleGroupStatement]
    LabelMatchStatement: X[LabelMatchStatement]
    RegexMatchStatement: X[RegexMatchStatement]
    AsnMatchStatement: X[AsnMatchStatement]

class NoneAction(TypedDict, total=False): ...

OverrideAction = TypedDict(
    "OverrideAction", {"Count": X[CountAction], "None": X[NoneAction]}, total=False
)

class Label(TypedDict, total=False):
    Name: S

class VisibilityConfig(TypedDict, total=False):
    SampledRequestsEnabled: B
    CloudWatchMetricsEnabled: B
    MetricName: S

class ImmunityTimeProperty(TypedDict, total=False):
    ImmunityTime: I

class CaptchaConfig(TypedDict, total=False):
    ImmunityTimeProperty: X[ImmunityTimeProperty]

class ChallengeConfig(TypedDict, total=False):
    ImmunityTimeProperty: X[ImmunityTimeProperty]

class Rule(TypedDict, total=False):
    Name: S
    Priority: I
    Statement: X[Statement]
    Action: X[RuleAction]
    OverrideAction: X[OverrideAction]
    RuleLabels: L[Xi[Label]]
    VisibilityConfig: X[VisibilityConfig]
    CaptchaConfig: X[CaptchaConfig]
    ChallengeConfig: X[ChallengeConfig]

CheckCapacityParameters = TypedDict(
    "CheckCapacityParameters",
    {"Scope": S, "Scope.$": str, "Rules": L[Xi[Rule]], "Rules.$": str},
    total=False,
)
CreateAPIKeyParameters = TypedDict(
    "CreateAPIKeyParameters",
    {"Scope": S, "Scope.$": str, "TokenDomains": L[Si], "TokenDomains.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateIPSetParameters = TypedDict(
    "CreateIPSetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Description": S,
        "Description.$": str,
        "IpAddressVersion": S,
        "IpAddressVersion.$": str,
        "Addresses": L[Si],
        "Addresses.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateRegexPatternSetParameters = TypedDict(
    "CreateRegexPatternSetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Description": S,
        "Description.$": str,
        "RegularExpressionList": L[Xi[Regex]],
        "RegularExpressionList.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CustomResponseBody(TypedDict, total=False):
    ContentType: S
    Content: S

class Price(TypedDict, total=False):
    Amount: S
    Currency: S

class PaymentNetwork(TypedDict, total=False):
    Chain: S
    WalletAddress: S
    Prices: L[Xi[Price]]

class CryptoConfig(TypedDict, total=False):
    PaymentNetworks: L[Xi[PaymentNetwork]]

class ConnectedAccountPrice(TypedDict, total=False):
    Amount: S
    Currency: S

class ConnectedAccountChainConfig(TypedDict, total=False):
    Chain: S
    Prices: L[Xi[ConnectedAccountPrice]]

class ConnectedAccountConfig(TypedDict, total=False):
    ConnectedAccountArn: S
    PaymentNetworks: L[Xi[ConnectedAccountChainConfig]]

class MonetizationConfig(TypedDict, total=False):
    CryptoConfig: X[CryptoConfig]
    ConnectedAccountConfigs: L[Xi[ConnectedAccountConfig]]
    CurrencyMode: S

CreateRuleGroupParameters = TypedDict(
    "CreateRuleGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Capacity": I,
        "Capacity.$": str,
        "Description": S,
        "Description.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
        "VisibilityConfig": X[VisibilityConfig],
        "VisibilityConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CustomResponseBodies": M[X[CustomResponseBody]],
        "CustomResponseBodies.$": str,
        "MonetizationConfig": X[MonetizationConfig],
        "MonetizationConfig.$": str,
    },
    total=False,
)

class DefaultAction(TypedDict, total=False):
    Block: X[BlockAction]
    Allow: X[AllowAction]

class FieldToProtect(TypedDict, total=False):
    FieldType: S
    FieldKeys: L[Si]

class DataProtection(TypedDict, total=False):
    Field: X[FieldToProtect]
    Action: S
    ExcludeRuleMatchDetails: B
    ExcludeRateBasedDetails: B

class DataProtectionConfig(TypedDict, total=False):
    DataProtections: L[Xi[DataProtection]]

class RequestBodyAssociatedResourceTypeConfig(TypedDict, total=False):
    DefaultSizeInspectionLimit: S

class ChallengeJavascriptSdkInjectionConfig(TypedDict, total=False): ...

class AssociationConfig(TypedDict, total=False):
    RequestBody: M[X[RequestBodyAssociatedResourceTypeConfig]]
    ChallengeJavascriptSdkInjection: M[X[ChallengeJavascriptSdkInjectionConfig]]

class OnSourceDDoSProtectionConfig(TypedDict, total=False):
    AlbLowReputationMode: S

class ApplicationAttribute(TypedDict, total=False):
    Name: S
    Values: L[Si]

class ApplicationConfig(TypedDict, total=False):
    Attributes: L[Xi[ApplicationAttribute]]

class AnalyticsConfig(TypedDict, total=False):
    Mode: S

CreateWebACLParameters = TypedDict(
    "CreateWebACLParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "DefaultAction": X[DefaultAction],
        "DefaultAction.$": str,
        "Description": S,
        "Description.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
        "VisibilityConfig": X[VisibilityConfig],
        "VisibilityConfig.$": str,
        "DataProtectionConfig": X[DataProtectionConfig],
        "DataProtectionConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CustomResponseBodies": M[X[CustomResponseBody]],
        "CustomResponseBodies.$": str,
        "CaptchaConfig": X[CaptchaConfig],
        "CaptchaConfig.$": str,
        "ChallengeConfig": X[ChallengeConfig],
        "ChallengeConfig.$": str,
        "TokenDomains": L[Si],
        "TokenDomains.$": str,
        "AssociationConfig": X[AssociationConfig],
        "AssociationConfig.$": str,
        "OnSourceDDoSProtectionConfig": X[OnSourceDDoSProtectionConfig],
        "OnSourceDDoSProtectionConfig.$": str,
        "ApplicationConfig": X[ApplicationConfig],
        "ApplicationConfig.$": str,
        "MonetizationConfig": X[MonetizationConfig],
        "MonetizationConfig.$": str,
        "AnalyticsConfig": X[AnalyticsConfig],
        "AnalyticsConfig.$": str,
    },
    total=False,
)
DeleteAPIKeyParameters = TypedDict(
    "DeleteAPIKeyParameters",
    {"Scope": S, "Scope.$": str, "ApiKey": S, "ApiKey.$": str},
    total=False,
)
DeleteFirewallManagerRuleGroupsParameters = TypedDict(
    "DeleteFirewallManagerRuleGroupsParameters",
    {"WebACLArn": S, "WebACLArn.$": str, "WebACLLockToken": S, "WebACLLockToken.$": str},
    total=False,
)
DeleteIPSetParameters = TypedDict(
    "DeleteIPSetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Id": S,
        "Id.$": str,
        "LockToken": S,
        "LockToken.$": str,
    },
    total=False,
)
DeleteLoggingConfigurationParameters = TypedDict(
    "DeleteLoggingConfigurationParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "LogType": S,
        "LogType.$": str,
        "LogScope": S,
        "LogScope.$": str,
    },
    total=False,
)
DeletePermissionPolicyParameters = TypedDict(
    "DeletePermissionPolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteRegexPatternSetParameters = TypedDict(
    "DeleteRegexPatternSetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Id": S,
        "Id.$": str,
        "LockToken": S,
        "LockToken.$": str,
    },
    total=False,
)
DeleteRuleGroupParameters = TypedDict(
    "DeleteRuleGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Id": S,
        "Id.$": str,
        "LockToken": S,
        "LockToken.$": str,
    },
    total=False,
)
DeleteWebACLParameters = TypedDict(
    "DeleteWebACLParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Id": S,
        "Id.$": str,
        "LockToken": S,
        "LockToken.$": str,
    },
    total=False,
)
DescribeAllManagedProductsParameters = TypedDict(
    "DescribeAllManagedProductsParameters", {"Scope": S, "Scope.$": str}, total=False
)
DescribeManagedProductsByVendorParameters = TypedDict(
    "DescribeManagedProductsByVendorParameters",
    {"VendorName": S, "VendorName.$": str, "Scope": S, "Scope.$": str},
    total=False,
)
DescribeManagedRuleGroupParameters = TypedDict(
    "DescribeManagedRuleGroupParameters",
    {
        "VendorName": S,
        "VendorName.$": str,
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "VersionName": S,
        "VersionName.$": str,
    },
    total=False,
)
DisassociateWebACLParameters = TypedDict(
    "DisassociateWebACLParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GenerateMobileSdkReleaseUrlParameters = TypedDict(
    "GenerateMobileSdkReleaseUrlParameters",
    {"Platform": S, "Platform.$": str, "ReleaseVersion": S, "ReleaseVersion.$": str},
    total=False,
)
GetDecryptedAPIKeyParameters = TypedDict(
    "GetDecryptedAPIKeyParameters",
    {"Scope": S, "Scope.$": str, "ApiKey": S, "ApiKey.$": str},
    total=False,
)
GetEventParameters = TypedDict(
    "GetEventParameters",
    {
        "Scope": S,
        "Scope.$": str,
        "EventId": S,
        "EventId.$": str,
        "WebAclArn": S,
        "WebAclArn.$": str,
    },
    total=False,
)
GetEventActorParameters = TypedDict(
    "GetEventActorParameters",
    {"Scope": S, "Scope.$": str, "EventActorId": S, "EventActorId.$": str},
    total=False,
)
GetIPSetParameters = TypedDict(
    "GetIPSetParameters",
    {"Name": S, "Name.$": str, "Scope": S, "Scope.$": str, "Id": S, "Id.$": str},
    total=False,
)
GetLoggingConfigurationParameters = TypedDict(
    "GetLoggingConfigurationParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "LogType": S,
        "LogType.$": str,
        "LogScope": S,
        "LogScope.$": str,
    },
    total=False,
)
GetManagedRuleSetParameters = TypedDict(
    "GetManagedRuleSetParameters",
    {"Name": S, "Name.$": str, "Scope": S, "Scope.$": str, "Id": S, "Id.$": str},
    total=False,
)
GetMobileSdkReleaseParameters = TypedDict(
    "GetMobileSdkReleaseParameters",
    {"Platform": S, "Platform.$": str, "ReleaseVersion": S, "ReleaseVersion.$": str},
    total=False,
)
GetPermissionPolicyParameters = TypedDict(
    "GetPermissionPolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetRateBasedStatementManagedKeysParameters = TypedDict(
    "GetRateBasedStatementManagedKeysParameters",
    {
        "Scope": S,
        "Scope.$": str,
        "WebACLName": S,
        "WebACLName.$": str,
        "WebACLId": S,
        "WebACLId.$": str,
        "RuleGroupRuleName": S,
        "RuleGroupRuleName.$": str,
        "RuleName": S,
        "RuleName.$": str,
    },
    total=False,
)
GetRegexPatternSetParameters = TypedDict(
    "GetRegexPatternSetParameters",
    {"Name": S, "Name.$": str, "Scope": S, "Scope.$": str, "Id": S, "Id.$": str},
    total=False,
)

class TimeWindow(TypedDict, total=False):
    StartTime: T
    EndTime: T

class MonetizationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

GetRevenueStatisticsParameters = TypedDict(
    "GetRevenueStatisticsParameters",
    {
        "StatisticType": S,
        "StatisticType.$": str,
        "TimeWindow": X[TimeWindow],
        "TimeWindow.$": str,
        "Scope": S,
        "Scope.$": str,
        "Currency": S,
        "Currency.$": str,
        "GroupBy": S,
        "GroupBy.$": str,
        "Filters": L[Xi[MonetizationFilter]],
        "Filters.$": str,
        "NextMarker": S,
        "NextMarker.$": str,
        "Limit": I,
        "Limit.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
GetRevenueStatisticsSummaryParameters = TypedDict(
    "GetRevenueStatisticsSummaryParameters",
    {
        "TimeWindow": X[TimeWindow],
        "TimeWindow.$": str,
        "Scope": S,
        "Scope.$": str,
        "Currency": S,
        "Currency.$": str,
        "Filters": L[Xi[MonetizationFilter]],
        "Filters.$": str,
    },
    total=False,
)
GetRevenueStatisticsTimeSeriesParameters = TypedDict(
    "GetRevenueStatisticsTimeSeriesParameters",
    {
        "StatisticType": S,
        "StatisticType.$": str,
        "TimeWindow": X[TimeWindow],
        "TimeWindow.$": str,
        "Scope": S,
        "Scope.$": str,
        "Interval": S,
        "Interval.$": str,
        "Currency": S,
        "Currency.$": str,
        "GroupBy": S,
        "GroupBy.$": str,
        "Filters": L[Xi[MonetizationFilter]],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextMarker": S,
        "NextMarker.$": str,
    },
    total=False,
)
GetRuleGroupParameters = TypedDict(
    "GetRuleGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Id": S,
        "Id.$": str,
        "Arn": S,
        "Arn.$": str,
    },
    total=False,
)
GetSampledRequestsParameters = TypedDict(
    "GetSampledRequestsParameters",
    {
        "WebAclArn": S,
        "WebAclArn.$": str,
        "RuleMetricName": S,
        "RuleMetricName.$": str,
        "Scope": S,
        "Scope.$": str,
        "TimeWindow": X[TimeWindow],
        "TimeWindow.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
GetTopPathStatisticsByTrafficParameters = TypedDict(
    "GetTopPathStatisticsByTrafficParameters",
    {
        "WebAclArn": S,
        "WebAclArn.$": str,
        "Scope": S,
        "Scope.$": str,
        "UriPathPrefix": S,
        "UriPathPrefix.$": str,
        "TimeWindow": X[TimeWindow],
        "TimeWindow.$": str,
        "BotCategory": S,
        "BotCategory.$": str,
        "BotOrganization": S,
        "BotOrganization.$": str,
        "BotName": S,
        "BotName.$": str,
        "Limit": I,
        "Limit.$": str,
        "NumberOfTopTrafficBotsPerPath": I,
        "NumberOfTopTrafficBotsPerPath.$": str,
        "NextMarker": S,
        "NextMarker.$": str,
    },
    total=False,
)
GetWebACLParameters = TypedDict(
    "GetWebACLParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Id": S,
        "Id.$": str,
        "Arn": S,
        "Arn.$": str,
    },
    total=False,
)
GetWebACLForResourceParameters = TypedDict(
    "GetWebACLForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListAPIKeysParameters = TypedDict(
    "ListAPIKeysParameters",
    {"Scope": S, "Scope.$": str, "NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListAvailableManagedRuleGroupVersionsParameters = TypedDict(
    "ListAvailableManagedRuleGroupVersionsParameters",
    {
        "VendorName": S,
        "VendorName.$": str,
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "NextMarker": S,
        "NextMarker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListAvailableManagedRuleGroupsParameters = TypedDict(
    "ListAvailableManagedRuleGroupsParameters",
    {"Scope": S, "Scope.$": str, "NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListEventActorsParameters = TypedDict(
    "ListEventActorsParameters",
    {
        "Scope": S,
        "Scope.$": str,
        "TimeWindow": X[TimeWindow],
        "TimeWindow.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextMarker": S,
        "NextMarker.$": str,
    },
    total=False,
)

class EventFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

class ApiPatternFilter(TypedDict, total=False):
    Method: S
    PathPattern: S
    Port: I
    Domains: L[Si]

ListEventsParameters = TypedDict(
    "ListEventsParameters",
    {
        "Scope": S,
        "Scope.$": str,
        "TimeWindow": X[TimeWindow],
        "TimeWindow.$": str,
        "Filters": L[Xi[EventFilter]],
        "Filters.$": str,
        "ApiPatternFilters": L[Xi[ApiPatternFilter]],
        "ApiPatternFilters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextMarker": S,
        "NextMarker.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "Include": L[Si],
        "Include.$": str,
    },
    total=False,
)
ListEventsByWebACLParameters = TypedDict(
    "ListEventsByWebACLParameters",
    {
        "Scope": S,
        "Scope.$": str,
        "WebAclArn": S,
        "WebAclArn.$": str,
        "TimeWindow": X[TimeWindow],
        "TimeWindow.$": str,
        "Filters": L[Xi[EventFilter]],
        "Filters.$": str,
        "ApiPatternFilters": L[Xi[ApiPatternFilter]],
        "ApiPatternFilters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextMarker": S,
        "NextMarker.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "Include": L[Si],
        "Include.$": str,
    },
    total=False,
)
ListIPSetsParameters = TypedDict(
    "ListIPSetsParameters",
    {"Scope": S, "Scope.$": str, "NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListLoggingConfigurationsParameters = TypedDict(
    "ListLoggingConfigurationsParameters",
    {
        "Scope": S,
        "Scope.$": str,
        "NextMarker": S,
        "NextMarker.$": str,
        "Limit": I,
        "Limit.$": str,
        "LogScope": S,
        "LogScope.$": str,
    },
    total=False,
)
ListManagedRuleSetsParameters = TypedDict(
    "ListManagedRuleSetsParameters",
    {"Scope": S, "Scope.$": str, "NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListMobileSdkReleasesParameters = TypedDict(
    "ListMobileSdkReleasesParameters",
    {
        "Platform": S,
        "Platform.$": str,
        "NextMarker": S,
        "NextMarker.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListRegexPatternSetsParameters = TypedDict(
    "ListRegexPatternSetsParameters",
    {"Scope": S, "Scope.$": str, "NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListResourcesForWebACLParameters = TypedDict(
    "ListResourcesForWebACLParameters",
    {"WebACLArn": S, "WebACLArn.$": str, "ResourceType": S, "ResourceType.$": str},
    total=False,
)
ListRuleGroupsParameters = TypedDict(
    "ListRuleGroupsParameters",
    {"Scope": S, "Scope.$": str, "NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ListSettlementRecordsParameters = TypedDict(
    "ListSettlementRecordsParameters",
    {
        "TimeWindow": X[TimeWindow],
        "TimeWindow.$": str,
        "Scope": S,
        "Scope.$": str,
        "Currency": S,
        "Currency.$": str,
        "Filters": L[Xi[MonetizationFilter]],
        "Filters.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextMarker": S,
        "NextMarker.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "NextMarker": S,
        "NextMarker.$": str,
        "Limit": I,
        "Limit.$": str,
        "ResourceARN": S,
        "ResourceARN.$": str,
    },
    total=False,
)
ListWebACLsParameters = TypedDict(
    "ListWebACLsParameters",
    {"Scope": S, "Scope.$": str, "NextMarker": S, "NextMarker.$": str, "Limit": I, "Limit.$": str},
    total=False,
)

class ActionCondition(TypedDict, total=False):
    Action: S

class LabelNameCondition(TypedDict, total=False):
    LabelName: S

class Condition(TypedDict, total=False):
    ActionCondition: X[ActionCondition]
    LabelNameCondition: X[LabelNameCondition]

class Filter(TypedDict, total=False):
    Behavior: S
    Requirement: S
    Conditions: L[Xi[Condition]]

class LoggingFilter(TypedDict, total=False):
    Filters: L[Xi[Filter]]
    DefaultBehavior: S

class LoggingConfiguration(TypedDict, total=False):
    ResourceArn: S
    LogDestinationConfigs: L[Si]
    RedactedFields: L[Xi[FieldToMatch]]
    ManagedByFirewallManager: B
    LoggingFilter: X[LoggingFilter]
    LogType: S
    LogScope: S

PutLoggingConfigurationParameters = TypedDict(
    "PutLoggingConfigurationParameters",
    {"LoggingConfiguration": X[LoggingConfiguration], "LoggingConfiguration.$": str},
    total=False,
)

class VersionToPublish(TypedDict, total=False):
    AssociatedRuleGroupArn: S
    ForecastedLifetime: I

PutManagedRuleSetVersionsParameters = TypedDict(
    "PutManagedRuleSetVersionsParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Id": S,
        "Id.$": str,
        "LockToken": S,
        "LockToken.$": str,
        "RecommendedVersion": S,
        "RecommendedVersion.$": str,
        "VersionsToPublish": M[X[VersionToPublish]],
        "VersionsToPublish.$": str,
    },
    total=False,
)
PutPermissionPolicyParameters = TypedDict(
    "PutPermissionPolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Policy": S, "Policy.$": str},
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
UpdateIPSetParameters = TypedDict(
    "UpdateIPSetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Id": S,
        "Id.$": str,
        "Description": S,
        "Description.$": str,
        "Addresses": L[Si],
        "Addresses.$": str,
        "LockToken": S,
        "LockToken.$": str,
    },
    total=False,
)
UpdateManagedRuleSetVersionExpiryDateParameters = TypedDict(
    "UpdateManagedRuleSetVersionExpiryDateParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Id": S,
        "Id.$": str,
        "LockToken": S,
        "LockToken.$": str,
        "VersionToExpire": S,
        "VersionToExpire.$": str,
        "ExpiryTimestamp": T,
        "ExpiryTimestamp.$": str,
    },
    total=False,
)
UpdateRegexPatternSetParameters = TypedDict(
    "UpdateRegexPatternSetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Id": S,
        "Id.$": str,
        "Description": S,
        "Description.$": str,
        "RegularExpressionList": L[Xi[Regex]],
        "RegularExpressionList.$": str,
        "LockToken": S,
        "LockToken.$": str,
    },
    total=False,
)
UpdateRuleGroupParameters = TypedDict(
    "UpdateRuleGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Id": S,
        "Id.$": str,
        "Description": S,
        "Description.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
        "VisibilityConfig": X[VisibilityConfig],
        "VisibilityConfig.$": str,
        "LockToken": S,
        "LockToken.$": str,
        "CustomResponseBodies": M[X[CustomResponseBody]],
        "CustomResponseBodies.$": str,
        "MonetizationConfig": X[MonetizationConfig],
        "MonetizationConfig.$": str,
    },
    total=False,
)
UpdateWebACLParameters = TypedDict(
    "UpdateWebACLParameters",
    {
        "Name": S,
        "Name.$": str,
        "Scope": S,
        "Scope.$": str,
        "Id": S,
        "Id.$": str,
        "DefaultAction": X[DefaultAction],
        "DefaultAction.$": str,
        "Description": S,
        "Description.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
        "VisibilityConfig": X[VisibilityConfig],
        "VisibilityConfig.$": str,
        "DataProtectionConfig": X[DataProtectionConfig],
        "DataProtectionConfig.$": str,
        "LockToken": S,
        "LockToken.$": str,
        "CustomResponseBodies": M[X[CustomResponseBody]],
        "CustomResponseBodies.$": str,
        "CaptchaConfig": X[CaptchaConfig],
        "CaptchaConfig.$": str,
        "ChallengeConfig": X[ChallengeConfig],
        "ChallengeConfig.$": str,
        "TokenDomains": L[Si],
        "TokenDomains.$": str,
        "AssociationConfig": X[AssociationConfig],
        "AssociationConfig.$": str,
        "OnSourceDDoSProtectionConfig": X[OnSourceDDoSProtectionConfig],
        "OnSourceDDoSProtectionConfig.$": str,
        "ApplicationConfig": X[ApplicationConfig],
        "ApplicationConfig.$": str,
        "MonetizationConfig": X[MonetizationConfig],
        "MonetizationConfig.$": str,
        "AnalyticsConfig": X[AnalyticsConfig],
        "AnalyticsConfig.$": str,
    },
    total=False,
)
associate_web_acl: Builder[AssociateWebACLParameters]
check_capacity: Builder[CheckCapacityParameters]
create_api_key: Builder[CreateAPIKeyParameters]
create_ip_set: Builder[CreateIPSetParameters]
create_regex_pattern_set: Builder[CreateRegexPatternSetParameters]
create_rule_group: Builder[CreateRuleGroupParameters]
create_web_acl: Builder[CreateWebACLParameters]
delete_api_key: Builder[DeleteAPIKeyParameters]
delete_firewall_manager_rule_groups: Builder[DeleteFirewallManagerRuleGroupsParameters]
delete_ip_set: Builder[DeleteIPSetParameters]
delete_logging_configuration: Builder[DeleteLoggingConfigurationParameters]
delete_permission_policy: Builder[DeletePermissionPolicyParameters]
delete_regex_pattern_set: Builder[DeleteRegexPatternSetParameters]
delete_rule_group: Builder[DeleteRuleGroupParameters]
delete_web_acl: Builder[DeleteWebACLParameters]
describe_all_managed_products: Builder[DescribeAllManagedProductsParameters]
describe_managed_products_by_vendor: Builder[DescribeManagedProductsByVendorParameters]
describe_managed_rule_group: Builder[DescribeManagedRuleGroupParameters]
disassociate_web_acl: Builder[DisassociateWebACLParameters]
generate_mobile_sdk_release_url: Builder[GenerateMobileSdkReleaseUrlParameters]
get_decrypted_api_key: Builder[GetDecryptedAPIKeyParameters]
get_event: Builder[GetEventParameters]
get_event_actor: Builder[GetEventActorParameters]
get_ip_set: Builder[GetIPSetParameters]
get_logging_configuration: Builder[GetLoggingConfigurationParameters]
get_managed_rule_set: Builder[GetManagedRuleSetParameters]
get_mobile_sdk_release: Builder[GetMobileSdkReleaseParameters]
get_permission_policy: Builder[GetPermissionPolicyParameters]
get_rate_based_statement_managed_keys: Builder[GetRateBasedStatementManagedKeysParameters]
get_regex_pattern_set: Builder[GetRegexPatternSetParameters]
get_revenue_statistics: Builder[GetRevenueStatisticsParameters]
get_revenue_statistics_summary: Builder[GetRevenueStatisticsSummaryParameters]
get_revenue_statistics_time_series: Builder[GetRevenueStatisticsTimeSeriesParameters]
get_rule_group: Builder[GetRuleGroupParameters]
get_sampled_requests: Builder[GetSampledRequestsParameters]
get_top_path_statistics_by_traffic: Builder[GetTopPathStatisticsByTrafficParameters]
get_web_acl: Builder[GetWebACLParameters]
get_web_acl_for_resource: Builder[GetWebACLForResourceParameters]
list_api_keys: Builder[ListAPIKeysParameters]
list_available_managed_rule_group_versions: Builder[ListAvailableManagedRuleGroupVersionsParameters]
list_available_managed_rule_groups: Builder[ListAvailableManagedRuleGroupsParameters]
list_event_actors: Builder[ListEventActorsParameters]
list_events: Builder[ListEventsParameters]
list_events_by_web_acl: Builder[ListEventsByWebACLParameters]
list_ip_sets: Builder[ListIPSetsParameters]
list_logging_configurations: Builder[ListLoggingConfigurationsParameters]
list_managed_rule_sets: Builder[ListManagedRuleSetsParameters]
list_mobile_sdk_releases: Builder[ListMobileSdkReleasesParameters]
list_regex_pattern_sets: Builder[ListRegexPatternSetsParameters]
list_resources_for_web_acl: Builder[ListResourcesForWebACLParameters]
list_rule_groups: Builder[ListRuleGroupsParameters]
list_settlement_records: Builder[ListSettlementRecordsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_web_ac_ls: Builder[ListWebACLsParameters]
put_logging_configuration: Builder[PutLoggingConfigurationParameters]
put_managed_rule_set_versions: Builder[PutManagedRuleSetVersionsParameters]
put_permission_policy: Builder[PutPermissionPolicyParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_ip_set: Builder[UpdateIPSetParameters]
update_managed_rule_set_version_expiry_date: Builder[
    UpdateManagedRuleSetVersionExpiryDateParameters
]
update_regex_pattern_set: Builder[UpdateRegexPatternSetParameters]
update_rule_group: Builder[UpdateRuleGroupParameters]
update_web_acl: Builder[UpdateWebACLParameters]

__all__ = [
    "associate_web_acl",
    "check_capacity",
    "create_api_key",
    "create_ip_set",
    "create_regex_pattern_set",
    "create_rule_group",
    "create_web_acl",
    "delete_api_key",
    "delete_firewall_manager_rule_groups",
    "delete_ip_set",
    "delete_logging_configuration",
    "delete_permission_policy",
    "delete_regex_pattern_set",
    "delete_rule_group",
    "delete_web_acl",
    "describe_all_managed_products",
    "describe_managed_products_by_vendor",
    "describe_managed_rule_group",
    "disassociate_web_acl",
    "generate_mobile_sdk_release_url",
    "get_decrypted_api_key",
    "get_event",
    "get_event_actor",
    "get_ip_set",
    "get_logging_configuration",
    "get_managed_rule_set",
    "get_mobile_sdk_release",
    "get_permission_policy",
    "get_rate_based_statement_managed_keys",
    "get_regex_pattern_set",
    "get_revenue_statistics",
    "get_revenue_statistics_summary",
    "get_revenue_statistics_time_series",
    "get_rule_group",
    "get_sampled_requests",
    "get_top_path_statistics_by_traffic",
    "get_web_acl",
    "get_web_acl_for_resource",
    "list_api_keys",
    "list_available_managed_rule_group_versions",
    "list_available_managed_rule_groups",
    "list_event_actors",
    "list_events",
    "list_events_by_web_acl",
    "list_ip_sets",
    "list_logging_configurations",
    "list_managed_rule_sets",
    "list_mobile_sdk_releases",
    "list_regex_pattern_sets",
    "list_resources_for_web_acl",
    "list_rule_groups",
    "list_settlement_records",
    "list_tags_for_resource",
    "list_web_ac_ls",
    "put_logging_configuration",
    "put_managed_rule_set_versions",
    "put_permission_policy",
    "tag_resource",
    "untag_resource",
    "update_ip_set",
    "update_managed_rule_set_version_expiry_date",
    "update_regex_pattern_set",
    "update_rule_group",
    "update_web_acl",
]
