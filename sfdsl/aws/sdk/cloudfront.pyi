"""Typed builders of the AWS SDK integration of cloudfront (``aws-sdk:cloudfront:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, S, Si, X, Xi

AssociateAliasParameters = TypedDict(
    "AssociateAliasParameters",
    {"TargetDistributionId": S, "TargetDistributionId.$": str, "Alias": S, "Alias.$": str},
    total=False,
)
AssociateDistributionTenantWebACLParameters = TypedDict(
    "AssociateDistributionTenantWebACLParameters",
    {"Id": S, "Id.$": str, "WebACLArn": S, "WebACLArn.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
AssociateDistributionWebACLParameters = TypedDict(
    "AssociateDistributionWebACLParameters",
    {"Id": S, "Id.$": str, "WebACLArn": S, "WebACLArn.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
CopyDistributionParameters = TypedDict(
    "CopyDistributionParameters",
    {
        "PrimaryDistributionId": S,
        "PrimaryDistributionId.$": str,
        "Staging": B,
        "Staging.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "CallerReference": S,
        "CallerReference.$": str,
        "Enabled": B,
        "Enabled.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class Tags(TypedDict, total=False):
    Items: L[Xi[Tag]]

class IpamCidrConfig(TypedDict, total=False):
    Cidr: S
    IpamPoolArn: S
    AnycastIp: S
    Status: S

CreateAnycastIpListParameters = TypedDict(
    "CreateAnycastIpListParameters",
    {
        "Name": S,
        "Name.$": str,
        "IpCount": I,
        "IpCount.$": str,
        "Tags": X[Tags],
        "Tags.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "IpamCidrConfigs": L[Xi[IpamCidrConfig]],
        "IpamCidrConfigs.$": str,
    },
    total=False,
)

class Headers(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class CachePolicyHeadersConfig(TypedDict, total=False):
    HeaderBehavior: S
    Headers: X[Headers]

class CookieNames(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class CachePolicyCookiesConfig(TypedDict, total=False):
    CookieBehavior: S
    Cookies: X[CookieNames]

class QueryStringNames(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class CachePolicyQueryStringsConfig(TypedDict, total=False):
    QueryStringBehavior: S
    QueryStrings: X[QueryStringNames]

class ParametersInCacheKeyAndForwardedToOrigin(TypedDict, total=False):
    EnableAcceptEncodingGzip: B
    EnableAcceptEncodingBrotli: B
    HeadersConfig: X[CachePolicyHeadersConfig]
    CookiesConfig: X[CachePolicyCookiesConfig]
    QueryStringsConfig: X[CachePolicyQueryStringsConfig]

class CachePolicyConfig(TypedDict, total=False):
    Comment: S
    Name: S
    DefaultTTL: I
    MaxTTL: I
    MinTTL: I
    ParametersInCacheKeyAndForwardedToOrigin: X[ParametersInCacheKeyAndForwardedToOrigin]

CreateCachePolicyParameters = TypedDict(
    "CreateCachePolicyParameters",
    {"CachePolicyConfig": X[CachePolicyConfig], "CachePolicyConfig.$": str},
    total=False,
)

class CloudFrontOriginAccessIdentityConfig(TypedDict, total=False):
    CallerReference: S
    Comment: S

CreateCloudFrontOriginAccessIdentityParameters = TypedDict(
    "CreateCloudFrontOriginAccessIdentityParameters",
    {
        "CloudFrontOriginAccessIdentityConfig": X[CloudFrontOriginAccessIdentityConfig],
        "CloudFrontOriginAccessIdentityConfig.$": str,
    },
    total=False,
)

class KeyValueStoreAssociation(TypedDict, total=False):
    KeyValueStoreARN: S

class KeyValueStoreAssociations(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[KeyValueStoreAssociation]]

class FunctionConfig(TypedDict, total=False):
    Comment: S
    Runtime: S
    KeyValueStoreAssociations: X[KeyValueStoreAssociations]

CreateConnectionFunctionParameters = TypedDict(
    "CreateConnectionFunctionParameters",
    {
        "Name": S,
        "Name.$": str,
        "ConnectionFunctionConfig": X[FunctionConfig],
        "ConnectionFunctionConfig.$": str,
        "ConnectionFunctionCode": S,
        "ConnectionFunctionCode.$": str,
        "Tags": X[Tags],
        "Tags.$": str,
    },
    total=False,
)

class ViewerFallback(TypedDict, total=False):
    DistributionId: S

CreateConnectionGroupParameters = TypedDict(
    "CreateConnectionGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Ipv6Enabled": B,
        "Ipv6Enabled.$": str,
        "Tags": X[Tags],
        "Tags.$": str,
        "AnycastIpListId": S,
        "AnycastIpListId.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "ViewerFallback": X[ViewerFallback],
        "ViewerFallback.$": str,
    },
    total=False,
)

class StagingDistributionDnsNames(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class SessionStickinessConfig(TypedDict, total=False):
    IdleTTL: I
    MaximumTTL: I

class ContinuousDeploymentSingleWeightConfig(TypedDict, total=False):
    Weight: F
    SessionStickinessConfig: X[SessionStickinessConfig]

class ContinuousDeploymentSingleHeaderConfig(TypedDict, total=False):
    Header: S
    Value: S

class TrafficConfig(TypedDict, total=False):
    SingleWeightConfig: X[ContinuousDeploymentSingleWeightConfig]
    SingleHeaderConfig: X[ContinuousDeploymentSingleHeaderConfig]
    Type: S

class ContinuousDeploymentPolicyConfig(TypedDict, total=False):
    StagingDistributionDnsNames: X[StagingDistributionDnsNames]
    Enabled: B
    TrafficConfig: X[TrafficConfig]

CreateContinuousDeploymentPolicyParameters = TypedDict(
    "CreateContinuousDeploymentPolicyParameters",
    {
        "ContinuousDeploymentPolicyConfig": X[ContinuousDeploymentPolicyConfig],
        "ContinuousDeploymentPolicyConfig.$": str,
    },
    total=False,
)

class Aliases(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class OriginCustomHeader(TypedDict, total=False):
    HeaderName: S
    HeaderValue: S

class CustomHeaders(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[OriginCustomHeader]]

class S3OriginConfig(TypedDict, total=False):
    OriginAccessIdentity: S
    OriginReadTimeout: I

class OriginSslProtocols(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class OriginMtlsConfig(TypedDict, total=False):
    ClientCertificateArn: S

class CustomOriginConfig(TypedDict, total=False):
    HttpPort: I
    HttpsPort: I
    OriginProtocolPolicy: S
    OriginSslProtocols: X[OriginSslProtocols]
    OriginReadTimeout: I
    OriginKeepaliveTimeout: I
    IpAddressType: S
    OriginMtlsConfig: X[OriginMtlsConfig]
    OriginHttpVersion: S

class VpcOriginConfig(TypedDict, total=False):
    VpcOriginId: S
    OwnerAccountId: S
    OriginReadTimeout: I
    OriginKeepaliveTimeout: I
    OriginHttpVersion: S

class OriginShield(TypedDict, total=False):
    Enabled: B
    OriginShieldRegion: S

class Origin(TypedDict, total=False):
    Id: S
    DomainName: S
    OriginPath: S
    CustomHeaders: X[CustomHeaders]
    S3OriginConfig: X[S3OriginConfig]
    CustomOriginConfig: X[CustomOriginConfig]
    VpcOriginConfig: X[VpcOriginConfig]
    ConnectionAttempts: I
    ConnectionTimeout: I
    ResponseCompletionTimeout: I
    OriginShield: X[OriginShield]
    OriginAccessControlId: S

class Origins(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[Origin]]

class StatusCodes(TypedDict, total=False):
    Quantity: I
    Items: L[Ii]

class OriginGroupFailoverCriteria(TypedDict, total=False):
    StatusCodes: X[StatusCodes]

class OriginGroupMember(TypedDict, total=False):
    OriginId: S

class OriginGroupMembers(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[OriginGroupMember]]

class OriginGroup(TypedDict, total=False):
    Id: S
    FailoverCriteria: X[OriginGroupFailoverCriteria]
    Members: X[OriginGroupMembers]
    SelectionCriteria: S

class OriginGroups(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[OriginGroup]]

class TrustedSigners(TypedDict, total=False):
    Enabled: B
    Quantity: I
    Items: L[Si]

class TrustedKeyGroups(TypedDict, total=False):
    Enabled: B
    Quantity: I
    Items: L[Si]

class CachedMethods(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class AllowedMethods(TypedDict, total=False):
    Quantity: I
    Items: L[Si]
    CachedMethods: X[CachedMethods]

class LambdaFunctionAssociation(TypedDict, total=False):
    LambdaFunctionARN: S
    EventType: S
    IncludeBody: B

class LambdaFunctionAssociations(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[LambdaFunctionAssociation]]

class FunctionAssociation(TypedDict, total=False):
    FunctionARN: S
    EventType: S

class FunctionAssociations(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[FunctionAssociation]]

class GrpcConfig(TypedDict, total=False):
    Enabled: B

class CookiePreference(TypedDict, total=False):
    Forward: S
    WhitelistedNames: X[CookieNames]

class QueryStringCacheKeys(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class ForwardedValues(TypedDict, total=False):
    QueryString: B
    Cookies: X[CookiePreference]
    Headers: X[Headers]
    QueryStringCacheKeys: X[QueryStringCacheKeys]

class DefaultCacheBehavior(TypedDict, total=False):
    TargetOriginId: S
    TrustedSigners: X[TrustedSigners]
    TrustedKeyGroups: X[TrustedKeyGroups]
    ViewerProtocolPolicy: S
    AllowedMethods: X[AllowedMethods]
    SmoothStreaming: B
    Compress: B
    LambdaFunctionAssociations: X[LambdaFunctionAssociations]
    FunctionAssociations: X[FunctionAssociations]
    FieldLevelEncryptionId: S
    RealtimeLogConfigArn: S
    CachePolicyId: S
    OriginRequestPolicyId: S
    ResponseHeadersPolicyId: S
    GrpcConfig: X[GrpcConfig]
    ForwardedValues: X[ForwardedValues]
    MinTTL: I
    DefaultTTL: I
    MaxTTL: I

class CacheBehavior(TypedDict, total=False):
    PathPattern: S
    TargetOriginId: S
    TrustedSigners: X[TrustedSigners]
    TrustedKeyGroups: X[TrustedKeyGroups]
    ViewerProtocolPolicy: S
    AllowedMethods: X[AllowedMethods]
    SmoothStreaming: B
    Compress: B
    LambdaFunctionAssociations: X[LambdaFunctionAssociations]
    FunctionAssociations: X[FunctionAssociations]
    FieldLevelEncryptionId: S
    RealtimeLogConfigArn: S
    CachePolicyId: S
    OriginRequestPolicyId: S
    ResponseHeadersPolicyId: S
    GrpcConfig: X[GrpcConfig]
    ForwardedValues: X[ForwardedValues]
    MinTTL: I
    DefaultTTL: I
    MaxTTL: I

class CacheBehaviors(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[CacheBehavior]]

class CustomErrorResponse(TypedDict, total=False):
    ErrorCode: I
    ResponsePagePath: S
    ResponseCode: S
    ErrorCachingMinTTL: I

class CustomErrorResponses(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[CustomErrorResponse]]

class LoggingConfig(TypedDict, total=False):
    Enabled: B
    IncludeCookies: B
    Bucket: S
    Prefix: S

class ViewerCertificate(TypedDict, total=False):
    CloudFrontDefaultCertificate: B
    IamCertificateId: S
    AcmCertificateArn: S
    SslSupportMethod: S
    MinimumProtocolVersion: S
    Certificate: S
    CertificateSource: S

class GeoRestriction(TypedDict, total=False):
    RestrictionType: S
    Quantity: I
    Items: L[Si]

class Restrictions(TypedDict, total=False):
    GeoRestriction: X[GeoRestriction]

class StringSchemaConfig(TypedDict, total=False):
    Comment: S
    DefaultValue: S
    Required: B

class ParameterDefinitionSchema(TypedDict, total=False):
    StringSchema: X[StringSchemaConfig]

class ParameterDefinition(TypedDict, total=False):
    Name: S
    Definition: X[ParameterDefinitionSchema]

class TenantConfig(TypedDict, total=False):
    ParameterDefinitions: L[Xi[ParameterDefinition]]

class TrustStoreConfig(TypedDict, total=False):
    TrustStoreId: S
    AdvertiseTrustStoreCaNames: B
    IgnoreCertificateExpiry: B

class ViewerMtlsConfig(TypedDict, total=False):
    Mode: S
    TrustStoreConfig: X[TrustStoreConfig]

class ConnectionFunctionAssociation(TypedDict, total=False):
    Id: S

class CacheTagConfig(TypedDict, total=False):
    HeaderName: S

class DistributionConfig(TypedDict, total=False):
    CallerReference: S
    Aliases: X[Aliases]
    DefaultRootObject: S
    Origins: X[Origins]
    OriginGroups: X[OriginGroups]
    DefaultCacheBehavior: X[DefaultCacheBehavior]
    CacheBehaviors: X[CacheBehaviors]
    CustomErrorResponses: X[CustomErrorResponses]
    Comment: S
    Logging: X[LoggingConfig]
    PriceClass: S
    Enabled: B
    ViewerCertificate: X[ViewerCertificate]
    Restrictions: X[Restrictions]
    WebACLId: S
    HttpVersion: S
    IsIPV6Enabled: B
    ContinuousDeploymentPolicyId: S
    Staging: B
    AnycastIpListId: S
    TenantConfig: X[TenantConfig]
    ConnectionMode: S
    ViewerMtlsConfig: X[ViewerMtlsConfig]
    ConnectionFunctionAssociation: X[ConnectionFunctionAssociation]
    CacheTagConfig: X[CacheTagConfig]

CreateDistributionParameters = TypedDict(
    "CreateDistributionParameters",
    {"DistributionConfig": X[DistributionConfig], "DistributionConfig.$": str},
    total=False,
)

class DomainItem(TypedDict, total=False):
    Domain: S
    ServeOn: S

class WebAclCustomization(TypedDict, total=False):
    Action: S
    Arn: S

class Certificate(TypedDict, total=False):
    Arn: S

class GeoRestrictionCustomization(TypedDict, total=False):
    RestrictionType: S
    Locations: L[Si]

class Customizations(TypedDict, total=False):
    WebAcl: X[WebAclCustomization]
    Certificate: X[Certificate]
    GeoRestrictions: X[GeoRestrictionCustomization]

class Parameter(TypedDict, total=False):
    Name: S
    Value: S

class ManagedCertificateRequest(TypedDict, total=False):
    ValidationTokenHost: S
    PrimaryDomainName: S
    CertificateTransparencyLoggingPreference: S

CreateDistributionTenantParameters = TypedDict(
    "CreateDistributionTenantParameters",
    {
        "DistributionId": S,
        "DistributionId.$": str,
        "Name": S,
        "Name.$": str,
        "Domains": L[Xi[DomainItem]],
        "Domains.$": str,
        "Tags": X[Tags],
        "Tags.$": str,
        "Customizations": X[Customizations],
        "Customizations.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
        "ConnectionGroupId": S,
        "ConnectionGroupId.$": str,
        "ManagedCertificateRequest": X[ManagedCertificateRequest],
        "ManagedCertificateRequest.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "OnDomainTakeover": S,
        "OnDomainTakeover.$": str,
    },
    total=False,
)

class DistributionConfigWithTags(TypedDict, total=False):
    DistributionConfig: X[DistributionConfig]
    Tags: X[Tags]

CreateDistributionWithTagsParameters = TypedDict(
    "CreateDistributionWithTagsParameters",
    {
        "DistributionConfigWithTags": X[DistributionConfigWithTags],
        "DistributionConfigWithTags.$": str,
    },
    total=False,
)

class QueryArgProfile(TypedDict, total=False):
    QueryArg: S
    ProfileId: S

class QueryArgProfiles(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[QueryArgProfile]]

class QueryArgProfileConfig(TypedDict, total=False):
    ForwardWhenQueryArgProfileIsUnknown: B
    QueryArgProfiles: X[QueryArgProfiles]

class ContentTypeProfile(TypedDict, total=False):
    Format: S
    ProfileId: S
    ContentType: S

class ContentTypeProfiles(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[ContentTypeProfile]]

class ContentTypeProfileConfig(TypedDict, total=False):
    ForwardWhenContentTypeIsUnknown: B
    ContentTypeProfiles: X[ContentTypeProfiles]

class FieldLevelEncryptionConfig(TypedDict, total=False):
    CallerReference: S
    Comment: S
    QueryArgProfileConfig: X[QueryArgProfileConfig]
    ContentTypeProfileConfig: X[ContentTypeProfileConfig]

CreateFieldLevelEncryptionConfigParameters = TypedDict(
    "CreateFieldLevelEncryptionConfigParameters",
    {
        "FieldLevelEncryptionConfig": X[FieldLevelEncryptionConfig],
        "FieldLevelEncryptionConfig.$": str,
    },
    total=False,
)

class FieldPatterns(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class EncryptionEntity(TypedDict, total=False):
    PublicKeyId: S
    ProviderId: S
    FieldPatterns: X[FieldPatterns]

class EncryptionEntities(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[EncryptionEntity]]

class FieldLevelEncryptionProfileConfig(TypedDict, total=False):
    Name: S
    CallerReference: S
    Comment: S
    EncryptionEntities: X[EncryptionEntities]

CreateFieldLevelEncryptionProfileParameters = TypedDict(
    "CreateFieldLevelEncryptionProfileParameters",
    {
        "FieldLevelEncryptionProfileConfig": X[FieldLevelEncryptionProfileConfig],
        "FieldLevelEncryptionProfileConfig.$": str,
    },
    total=False,
)
CreateFunctionParameters = TypedDict(
    "CreateFunctionParameters",
    {
        "Name": S,
        "Name.$": str,
        "FunctionConfig": X[FunctionConfig],
        "FunctionConfig.$": str,
        "FunctionCode": S,
        "FunctionCode.$": str,
        "Tags": X[Tags],
        "Tags.$": str,
    },
    total=False,
)

class Paths(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class InvalidationBatch(TypedDict, total=False):
    Paths: X[Paths]
    CallerReference: S

CreateInvalidationParameters = TypedDict(
    "CreateInvalidationParameters",
    {
        "DistributionId": S,
        "DistributionId.$": str,
        "InvalidationBatch": X[InvalidationBatch],
        "InvalidationBatch.$": str,
    },
    total=False,
)
CreateInvalidationForDistributionTenantParameters = TypedDict(
    "CreateInvalidationForDistributionTenantParameters",
    {"Id": S, "Id.$": str, "InvalidationBatch": X[InvalidationBatch], "InvalidationBatch.$": str},
    total=False,
)

class KeyGroupConfig(TypedDict, total=False):
    Name: S
    Items: L[Si]
    Comment: S

CreateKeyGroupParameters = TypedDict(
    "CreateKeyGroupParameters",
    {"KeyGroupConfig": X[KeyGroupConfig], "KeyGroupConfig.$": str},
    total=False,
)

class ImportSource(TypedDict, total=False):
    SourceType: S
    SourceARN: S

CreateKeyValueStoreParameters = TypedDict(
    "CreateKeyValueStoreParameters",
    {
        "Name": S,
        "Name.$": str,
        "Comment": S,
        "Comment.$": str,
        "ImportSource": X[ImportSource],
        "ImportSource.$": str,
        "Tags": X[Tags],
        "Tags.$": str,
    },
    total=False,
)

class RealtimeMetricsSubscriptionConfig(TypedDict, total=False):
    RealtimeMetricsSubscriptionStatus: S

class MonitoringSubscription(TypedDict, total=False):
    RealtimeMetricsSubscriptionConfig: X[RealtimeMetricsSubscriptionConfig]

CreateMonitoringSubscriptionParameters = TypedDict(
    "CreateMonitoringSubscriptionParameters",
    {
        "DistributionId": S,
        "DistributionId.$": str,
        "MonitoringSubscription": X[MonitoringSubscription],
        "MonitoringSubscription.$": str,
    },
    total=False,
)

class OriginAccessControlConfig(TypedDict, total=False):
    Name: S
    Description: S
    SigningProtocol: S
    SigningBehavior: S
    OriginAccessControlOriginType: S

CreateOriginAccessControlParameters = TypedDict(
    "CreateOriginAccessControlParameters",
    {"OriginAccessControlConfig": X[OriginAccessControlConfig], "OriginAccessControlConfig.$": str},
    total=False,
)

class OriginRequestPolicyHeadersConfig(TypedDict, total=False):
    HeaderBehavior: S
    Headers: X[Headers]

class OriginRequestPolicyCookiesConfig(TypedDict, total=False):
    CookieBehavior: S
    Cookies: X[CookieNames]

class OriginRequestPolicyQueryStringsConfig(TypedDict, total=False):
    QueryStringBehavior: S
    QueryStrings: X[QueryStringNames]

class OriginRequestPolicyConfig(TypedDict, total=False):
    Comment: S
    Name: S
    HeadersConfig: X[OriginRequestPolicyHeadersConfig]
    CookiesConfig: X[OriginRequestPolicyCookiesConfig]
    QueryStringsConfig: X[OriginRequestPolicyQueryStringsConfig]

CreateOriginRequestPolicyParameters = TypedDict(
    "CreateOriginRequestPolicyParameters",
    {"OriginRequestPolicyConfig": X[OriginRequestPolicyConfig], "OriginRequestPolicyConfig.$": str},
    total=False,
)

class PublicKeyConfig(TypedDict, total=False):
    CallerReference: S
    Name: S
    EncodedKey: S
    Comment: S

CreatePublicKeyParameters = TypedDict(
    "CreatePublicKeyParameters",
    {"PublicKeyConfig": X[PublicKeyConfig], "PublicKeyConfig.$": str},
    total=False,
)

class KinesisStreamConfig(TypedDict, total=False):
    RoleARN: S
    StreamARN: S

class EndPoint(TypedDict, total=False):
    StreamType: S
    KinesisStreamConfig: X[KinesisStreamConfig]

CreateRealtimeLogConfigParameters = TypedDict(
    "CreateRealtimeLogConfigParameters",
    {
        "EndPoints": L[Xi[EndPoint]],
        "EndPoints.$": str,
        "Fields": L[Si],
        "Fields.$": str,
        "Name": S,
        "Name.$": str,
        "SamplingRate": I,
        "SamplingRate.$": str,
    },
    total=False,
)

class ResponseHeadersPolicyAccessControlAllowOrigins(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class ResponseHeadersPolicyAccessControlAllowHeaders(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class ResponseHeadersPolicyAccessControlAllowMethods(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class ResponseHeadersPolicyAccessControlExposeHeaders(TypedDict, total=False):
    Quantity: I
    Items: L[Si]

class ResponseHeadersPolicyCorsConfig(TypedDict, total=False):
    AccessControlAllowOrigins: X[ResponseHeadersPolicyAccessControlAllowOrigins]
    AccessControlAllowHeaders: X[ResponseHeadersPolicyAccessControlAllowHeaders]
    AccessControlAllowMethods: X[ResponseHeadersPolicyAccessControlAllowMethods]
    AccessControlAllowCredentials: B
    AccessControlExposeHeaders: X[ResponseHeadersPolicyAccessControlExposeHeaders]
    AccessControlMaxAgeSec: I
    OriginOverride: B

class ResponseHeadersPolicyXSSProtection(TypedDict, total=False):
    Override: B
    Protection: B
    ModeBlock: B
    ReportUri: S

class ResponseHeadersPolicyFrameOptions(TypedDict, total=False):
    Override: B
    FrameOption: S

class ResponseHeadersPolicyReferrerPolicy(TypedDict, total=False):
    Override: B
    ReferrerPolicy: S

class ResponseHeadersPolicyContentSecurityPolicy(TypedDict, total=False):
    Override: B
    ContentSecurityPolicy: S

class ResponseHeadersPolicyContentTypeOptions(TypedDict, total=False):
    Override: B

class ResponseHeadersPolicyStrictTransportSecurity(TypedDict, total=False):
    Override: B
    IncludeSubdomains: B
    Preload: B
    AccessControlMaxAgeSec: I

class ResponseHeadersPolicySecurityHeadersConfig(TypedDict, total=False):
    XssProtection: X[ResponseHeadersPolicyXSSProtection]
    FrameOptions: X[ResponseHeadersPolicyFrameOptions]
    ReferrerPolicy: X[ResponseHeadersPolicyReferrerPolicy]
    ContentSecurityPolicy: X[ResponseHeadersPolicyContentSecurityPolicy]
    ContentTypeOptions: X[ResponseHeadersPolicyContentTypeOptions]
    StrictTransportSecurity: X[ResponseHeadersPolicyStrictTransportSecurity]

class ResponseHeadersPolicyServerTimingHeadersConfig(TypedDict, total=False):
    Enabled: B
    SamplingRate: F

class ResponseHeadersPolicyCustomHeader(TypedDict, total=False):
    Header: S
    Value: S
    Override: B

class ResponseHeadersPolicyCustomHeadersConfig(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[ResponseHeadersPolicyCustomHeader]]

class ResponseHeadersPolicyRemoveHeader(TypedDict, total=False):
    Header: S

class ResponseHeadersPolicyRemoveHeadersConfig(TypedDict, total=False):
    Quantity: I
    Items: L[Xi[ResponseHeadersPolicyRemoveHeader]]

class ResponseHeadersPolicyConfig(TypedDict, total=False):
    Comment: S
    Name: S
    CorsConfig: X[ResponseHeadersPolicyCorsConfig]
    SecurityHeadersConfig: X[ResponseHeadersPolicySecurityHeadersConfig]
    ServerTimingHeadersConfig: X[ResponseHeadersPolicyServerTimingHeadersConfig]
    CustomHeadersConfig: X[ResponseHeadersPolicyCustomHeadersConfig]
    RemoveHeadersConfig: X[ResponseHeadersPolicyRemoveHeadersConfig]

CreateResponseHeadersPolicyParameters = TypedDict(
    "CreateResponseHeadersPolicyParameters",
    {
        "ResponseHeadersPolicyConfig": X[ResponseHeadersPolicyConfig],
        "ResponseHeadersPolicyConfig.$": str,
    },
    total=False,
)

class S3Origin(TypedDict, total=False):
    DomainName: S
    OriginAccessIdentity: S

class StreamingLoggingConfig(TypedDict, total=False):
    Enabled: B
    Bucket: S
    Prefix: S

class StreamingDistributionConfig(TypedDict, total=False):
    CallerReference: S
    S3Origin: X[S3Origin]
    Aliases: X[Aliases]
    Comment: S
    Logging: X[StreamingLoggingConfig]
    TrustedSigners: X[TrustedSigners]
    PriceClass: S
    Enabled: B

CreateStreamingDistributionParameters = TypedDict(
    "CreateStreamingDistributionParameters",
    {
        "StreamingDistributionConfig": X[StreamingDistributionConfig],
        "StreamingDistributionConfig.$": str,
    },
    total=False,
)

class StreamingDistributionConfigWithTags(TypedDict, total=False):
    StreamingDistributionConfig: X[StreamingDistributionConfig]
    Tags: X[Tags]

CreateStreamingDistributionWithTagsParameters = TypedDict(
    "CreateStreamingDistributionWithTagsParameters",
    {
        "StreamingDistributionConfigWithTags": X[StreamingDistributionConfigWithTags],
        "StreamingDistributionConfigWithTags.$": str,
    },
    total=False,
)

class CaCertificatesBundleS3Location(TypedDict, total=False):
    Bucket: S
    Key: S
    Region: S
    Version: S

class CaCertificatesBundleSource(TypedDict, total=False):
    CaCertificatesBundleS3Location: X[CaCertificatesBundleS3Location]

CreateTrustStoreParameters = TypedDict(
    "CreateTrustStoreParameters",
    {
        "Name": S,
        "Name.$": str,
        "CaCertificatesBundleSource": X[CaCertificatesBundleSource],
        "CaCertificatesBundleSource.$": str,
        "UseClientCertificateOCSPEndpoint": B,
        "UseClientCertificateOCSPEndpoint.$": str,
        "Tags": X[Tags],
        "Tags.$": str,
    },
    total=False,
)

class VpcOriginEndpointConfig(TypedDict, total=False):
    Name: S
    Arn: S
    HttpPort: I
    HttpsPort: I
    OriginProtocolPolicy: S
    OriginSslProtocols: X[OriginSslProtocols]
    IpAddressType: S

CreateVpcOriginParameters = TypedDict(
    "CreateVpcOriginParameters",
    {
        "VpcOriginEndpointConfig": X[VpcOriginEndpointConfig],
        "VpcOriginEndpointConfig.$": str,
        "Tags": X[Tags],
        "Tags.$": str,
    },
    total=False,
)
DeleteAnycastIpListParameters = TypedDict(
    "DeleteAnycastIpListParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteCachePolicyParameters = TypedDict(
    "DeleteCachePolicyParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteCloudFrontOriginAccessIdentityParameters = TypedDict(
    "DeleteCloudFrontOriginAccessIdentityParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteConnectionFunctionParameters = TypedDict(
    "DeleteConnectionFunctionParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteConnectionGroupParameters = TypedDict(
    "DeleteConnectionGroupParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteContinuousDeploymentPolicyParameters = TypedDict(
    "DeleteContinuousDeploymentPolicyParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteDistributionParameters = TypedDict(
    "DeleteDistributionParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteDistributionTenantParameters = TypedDict(
    "DeleteDistributionTenantParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteFieldLevelEncryptionConfigParameters = TypedDict(
    "DeleteFieldLevelEncryptionConfigParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteFieldLevelEncryptionProfileParameters = TypedDict(
    "DeleteFieldLevelEncryptionProfileParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteFunctionParameters = TypedDict(
    "DeleteFunctionParameters",
    {"Name": S, "Name.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteKeyGroupParameters = TypedDict(
    "DeleteKeyGroupParameters", {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str}, total=False
)
DeleteKeyValueStoreParameters = TypedDict(
    "DeleteKeyValueStoreParameters",
    {"Name": S, "Name.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteMonitoringSubscriptionParameters = TypedDict(
    "DeleteMonitoringSubscriptionParameters",
    {"DistributionId": S, "DistributionId.$": str},
    total=False,
)
DeleteOriginAccessControlParameters = TypedDict(
    "DeleteOriginAccessControlParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteOriginRequestPolicyParameters = TypedDict(
    "DeleteOriginRequestPolicyParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeletePublicKeyParameters = TypedDict(
    "DeletePublicKeyParameters", {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str}, total=False
)
DeleteRealtimeLogConfigParameters = TypedDict(
    "DeleteRealtimeLogConfigParameters",
    {"Name": S, "Name.$": str, "Arn": S, "Arn.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteResponseHeadersPolicyParameters = TypedDict(
    "DeleteResponseHeadersPolicyParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteStreamingDistributionParameters = TypedDict(
    "DeleteStreamingDistributionParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteTrustStoreParameters = TypedDict(
    "DeleteTrustStoreParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DeleteVpcOriginParameters = TypedDict(
    "DeleteVpcOriginParameters", {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str}, total=False
)
DescribeConnectionFunctionParameters = TypedDict(
    "DescribeConnectionFunctionParameters",
    {"Identifier": S, "Identifier.$": str, "Stage": S, "Stage.$": str},
    total=False,
)
DescribeFunctionParameters = TypedDict(
    "DescribeFunctionParameters",
    {"Name": S, "Name.$": str, "Stage": S, "Stage.$": str},
    total=False,
)
DescribeKeyValueStoreParameters = TypedDict(
    "DescribeKeyValueStoreParameters", {"Name": S, "Name.$": str}, total=False
)
DisassociateDistributionTenantWebACLParameters = TypedDict(
    "DisassociateDistributionTenantWebACLParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
DisassociateDistributionWebACLParameters = TypedDict(
    "DisassociateDistributionWebACLParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
GetAnycastIpListParameters = TypedDict(
    "GetAnycastIpListParameters", {"Id": S, "Id.$": str}, total=False
)
GetCachePolicyParameters = TypedDict(
    "GetCachePolicyParameters", {"Id": S, "Id.$": str}, total=False
)
GetCachePolicyConfigParameters = TypedDict(
    "GetCachePolicyConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetCloudFrontOriginAccessIdentityParameters = TypedDict(
    "GetCloudFrontOriginAccessIdentityParameters", {"Id": S, "Id.$": str}, total=False
)
GetCloudFrontOriginAccessIdentityConfigParameters = TypedDict(
    "GetCloudFrontOriginAccessIdentityConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetConnectionFunctionParameters = TypedDict(
    "GetConnectionFunctionParameters",
    {"Identifier": S, "Identifier.$": str, "Stage": S, "Stage.$": str},
    total=False,
)
GetConnectionGroupParameters = TypedDict(
    "GetConnectionGroupParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetConnectionGroupByRoutingEndpointParameters = TypedDict(
    "GetConnectionGroupByRoutingEndpointParameters",
    {"RoutingEndpoint": S, "RoutingEndpoint.$": str},
    total=False,
)
GetContinuousDeploymentPolicyParameters = TypedDict(
    "GetContinuousDeploymentPolicyParameters", {"Id": S, "Id.$": str}, total=False
)
GetContinuousDeploymentPolicyConfigParameters = TypedDict(
    "GetContinuousDeploymentPolicyConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetDistributionParameters = TypedDict(
    "GetDistributionParameters", {"Id": S, "Id.$": str}, total=False
)
GetDistributionConfigParameters = TypedDict(
    "GetDistributionConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetDistributionTenantParameters = TypedDict(
    "GetDistributionTenantParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetDistributionTenantByDomainParameters = TypedDict(
    "GetDistributionTenantByDomainParameters", {"Domain": S, "Domain.$": str}, total=False
)
GetFieldLevelEncryptionParameters = TypedDict(
    "GetFieldLevelEncryptionParameters", {"Id": S, "Id.$": str}, total=False
)
GetFieldLevelEncryptionConfigParameters = TypedDict(
    "GetFieldLevelEncryptionConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetFieldLevelEncryptionProfileParameters = TypedDict(
    "GetFieldLevelEncryptionProfileParameters", {"Id": S, "Id.$": str}, total=False
)
GetFieldLevelEncryptionProfileConfigParameters = TypedDict(
    "GetFieldLevelEncryptionProfileConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetFunctionParameters = TypedDict(
    "GetFunctionParameters", {"Name": S, "Name.$": str, "Stage": S, "Stage.$": str}, total=False
)
GetInvalidationParameters = TypedDict(
    "GetInvalidationParameters",
    {"DistributionId": S, "DistributionId.$": str, "Id": S, "Id.$": str},
    total=False,
)
GetInvalidationForDistributionTenantParameters = TypedDict(
    "GetInvalidationForDistributionTenantParameters",
    {"DistributionTenantId": S, "DistributionTenantId.$": str, "Id": S, "Id.$": str},
    total=False,
)
GetKeyGroupParameters = TypedDict("GetKeyGroupParameters", {"Id": S, "Id.$": str}, total=False)
GetKeyGroupConfigParameters = TypedDict(
    "GetKeyGroupConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetManagedCertificateDetailsParameters = TypedDict(
    "GetManagedCertificateDetailsParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetMonitoringSubscriptionParameters = TypedDict(
    "GetMonitoringSubscriptionParameters",
    {"DistributionId": S, "DistributionId.$": str},
    total=False,
)
GetOriginAccessControlParameters = TypedDict(
    "GetOriginAccessControlParameters", {"Id": S, "Id.$": str}, total=False
)
GetOriginAccessControlConfigParameters = TypedDict(
    "GetOriginAccessControlConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetOriginRequestPolicyParameters = TypedDict(
    "GetOriginRequestPolicyParameters", {"Id": S, "Id.$": str}, total=False
)
GetOriginRequestPolicyConfigParameters = TypedDict(
    "GetOriginRequestPolicyConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetPublicKeyParameters = TypedDict("GetPublicKeyParameters", {"Id": S, "Id.$": str}, total=False)
GetPublicKeyConfigParameters = TypedDict(
    "GetPublicKeyConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetRealtimeLogConfigParameters = TypedDict(
    "GetRealtimeLogConfigParameters",
    {"Name": S, "Name.$": str, "Arn": S, "Arn.$": str},
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetResponseHeadersPolicyParameters = TypedDict(
    "GetResponseHeadersPolicyParameters", {"Id": S, "Id.$": str}, total=False
)
GetResponseHeadersPolicyConfigParameters = TypedDict(
    "GetResponseHeadersPolicyConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetStreamingDistributionParameters = TypedDict(
    "GetStreamingDistributionParameters", {"Id": S, "Id.$": str}, total=False
)
GetStreamingDistributionConfigParameters = TypedDict(
    "GetStreamingDistributionConfigParameters", {"Id": S, "Id.$": str}, total=False
)
GetTrustStoreParameters = TypedDict(
    "GetTrustStoreParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetVpcOriginParameters = TypedDict("GetVpcOriginParameters", {"Id": S, "Id.$": str}, total=False)
ListAnycastIpListsParameters = TypedDict(
    "ListAnycastIpListsParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": I, "MaxItems.$": str},
    total=False,
)
ListCachePoliciesParameters = TypedDict(
    "ListCachePoliciesParameters",
    {"Type": S, "Type.$": str, "Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListCloudFrontOriginAccessIdentitiesParameters = TypedDict(
    "ListCloudFrontOriginAccessIdentitiesParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListConflictingAliasesParameters = TypedDict(
    "ListConflictingAliasesParameters",
    {
        "DistributionId": S,
        "DistributionId.$": str,
        "Alias": S,
        "Alias.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListConnectionFunctionsParameters = TypedDict(
    "ListConnectionFunctionsParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": I, "MaxItems.$": str, "Stage": S, "Stage.$": str},
    total=False,
)

class ConnectionGroupAssociationFilter(TypedDict, total=False):
    AnycastIpListId: S

ListConnectionGroupsParameters = TypedDict(
    "ListConnectionGroupsParameters",
    {
        "AssociationFilter": X[ConnectionGroupAssociationFilter],
        "AssociationFilter.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListContinuousDeploymentPoliciesParameters = TypedDict(
    "ListContinuousDeploymentPoliciesParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)

class DistributionTenantAssociationFilter(TypedDict, total=False):
    DistributionId: S
    ConnectionGroupId: S

ListDistributionTenantsParameters = TypedDict(
    "ListDistributionTenantsParameters",
    {
        "AssociationFilter": X[DistributionTenantAssociationFilter],
        "AssociationFilter.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListDistributionTenantsByCustomizationParameters = TypedDict(
    "ListDistributionTenantsByCustomizationParameters",
    {
        "WebACLArn": S,
        "WebACLArn.$": str,
        "CertificateArn": S,
        "CertificateArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListDistributionsParameters = TypedDict(
    "ListDistributionsParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListDistributionsByAnycastIpListIdParameters = TypedDict(
    "ListDistributionsByAnycastIpListIdParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
        "AnycastIpListId": S,
        "AnycastIpListId.$": str,
    },
    total=False,
)
ListDistributionsByCachePolicyIdParameters = TypedDict(
    "ListDistributionsByCachePolicyIdParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
        "CachePolicyId": S,
        "CachePolicyId.$": str,
    },
    total=False,
)
ListDistributionsByConnectionFunctionParameters = TypedDict(
    "ListDistributionsByConnectionFunctionParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "ConnectionFunctionIdentifier": S,
        "ConnectionFunctionIdentifier.$": str,
    },
    total=False,
)
ListDistributionsByConnectionModeParameters = TypedDict(
    "ListDistributionsByConnectionModeParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "ConnectionMode": S,
        "ConnectionMode.$": str,
    },
    total=False,
)
ListDistributionsByKeyGroupParameters = TypedDict(
    "ListDistributionsByKeyGroupParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
        "KeyGroupId": S,
        "KeyGroupId.$": str,
    },
    total=False,
)
ListDistributionsByOriginRequestPolicyIdParameters = TypedDict(
    "ListDistributionsByOriginRequestPolicyIdParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
        "OriginRequestPolicyId": S,
        "OriginRequestPolicyId.$": str,
    },
    total=False,
)
ListDistributionsByOwnedResourceParameters = TypedDict(
    "ListDistributionsByOwnedResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
    },
    total=False,
)
ListDistributionsByRealtimeLogConfigParameters = TypedDict(
    "ListDistributionsByRealtimeLogConfigParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
        "RealtimeLogConfigName": S,
        "RealtimeLogConfigName.$": str,
        "RealtimeLogConfigArn": S,
        "RealtimeLogConfigArn.$": str,
    },
    total=False,
)
ListDistributionsByResponseHeadersPolicyIdParameters = TypedDict(
    "ListDistributionsByResponseHeadersPolicyIdParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
        "ResponseHeadersPolicyId": S,
        "ResponseHeadersPolicyId.$": str,
    },
    total=False,
)
ListDistributionsByTrustStoreParameters = TypedDict(
    "ListDistributionsByTrustStoreParameters",
    {
        "TrustStoreIdentifier": S,
        "TrustStoreIdentifier.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
    },
    total=False,
)
ListDistributionsByVpcOriginIdParameters = TypedDict(
    "ListDistributionsByVpcOriginIdParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
        "VpcOriginId": S,
        "VpcOriginId.$": str,
    },
    total=False,
)
ListDistributionsByWebACLIdParameters = TypedDict(
    "ListDistributionsByWebACLIdParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
        "WebACLId": S,
        "WebACLId.$": str,
    },
    total=False,
)

class DistributionResourceId(TypedDict, total=False):
    DistributionId: S
    DistributionTenantId: S

ListDomainConflictsParameters = TypedDict(
    "ListDomainConflictsParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainControlValidationResource": X[DistributionResourceId],
        "DomainControlValidationResource.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
ListFieldLevelEncryptionConfigsParameters = TypedDict(
    "ListFieldLevelEncryptionConfigsParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListFieldLevelEncryptionProfilesParameters = TypedDict(
    "ListFieldLevelEncryptionProfilesParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListFunctionsParameters = TypedDict(
    "ListFunctionsParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str, "Stage": S, "Stage.$": str},
    total=False,
)
ListInvalidationsParameters = TypedDict(
    "ListInvalidationsParameters",
    {
        "DistributionId": S,
        "DistributionId.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": S,
        "MaxItems.$": str,
    },
    total=False,
)
ListInvalidationsForDistributionTenantParameters = TypedDict(
    "ListInvalidationsForDistributionTenantParameters",
    {"Id": S, "Id.$": str, "Marker": S, "Marker.$": str, "MaxItems": I, "MaxItems.$": str},
    total=False,
)
ListKeyGroupsParameters = TypedDict(
    "ListKeyGroupsParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListKeyValueStoresParameters = TypedDict(
    "ListKeyValueStoresParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str, "Status": S, "Status.$": str},
    total=False,
)
ListOriginAccessControlsParameters = TypedDict(
    "ListOriginAccessControlsParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListOriginRequestPoliciesParameters = TypedDict(
    "ListOriginRequestPoliciesParameters",
    {"Type": S, "Type.$": str, "Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListPublicKeysParameters = TypedDict(
    "ListPublicKeysParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListRealtimeLogConfigsParameters = TypedDict(
    "ListRealtimeLogConfigsParameters",
    {"MaxItems": S, "MaxItems.$": str, "Marker": S, "Marker.$": str},
    total=False,
)
ListResponseHeadersPoliciesParameters = TypedDict(
    "ListResponseHeadersPoliciesParameters",
    {"Type": S, "Type.$": str, "Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListStreamingDistributionsParameters = TypedDict(
    "ListStreamingDistributionsParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Resource": S, "Resource.$": str}, total=False
)
ListTrustStoresParameters = TypedDict(
    "ListTrustStoresParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": I, "MaxItems.$": str},
    total=False,
)
ListVpcOriginsParameters = TypedDict(
    "ListVpcOriginsParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": S, "MaxItems.$": str},
    total=False,
)
PublishConnectionFunctionParameters = TypedDict(
    "PublishConnectionFunctionParameters",
    {"Id": S, "Id.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
PublishFunctionParameters = TypedDict(
    "PublishFunctionParameters",
    {"Name": S, "Name.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "PolicyDocument": S, "PolicyDocument.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"Resource": S, "Resource.$": str, "Tags": X[Tags], "Tags.$": str},
    total=False,
)
TestConnectionFunctionParameters = TypedDict(
    "TestConnectionFunctionParameters",
    {
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "Stage": S,
        "Stage.$": str,
        "ConnectionObject": S,
        "ConnectionObject.$": str,
    },
    total=False,
)
TestFunctionParameters = TypedDict(
    "TestFunctionParameters",
    {
        "Name": S,
        "Name.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "Stage": S,
        "Stage.$": str,
        "EventObject": S,
        "EventObject.$": str,
    },
    total=False,
)

class TagKeys(TypedDict, total=False):
    Items: L[Si]

UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Resource": S, "Resource.$": str, "TagKeys": X[TagKeys], "TagKeys.$": str},
    total=False,
)
UpdateAnycastIpListParameters = TypedDict(
    "UpdateAnycastIpListParameters",
    {
        "Id": S,
        "Id.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "IpamCidrConfigs": L[Xi[IpamCidrConfig]],
        "IpamCidrConfigs.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateCachePolicyParameters = TypedDict(
    "UpdateCachePolicyParameters",
    {
        "CachePolicyConfig": X[CachePolicyConfig],
        "CachePolicyConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateCloudFrontOriginAccessIdentityParameters = TypedDict(
    "UpdateCloudFrontOriginAccessIdentityParameters",
    {
        "CloudFrontOriginAccessIdentityConfig": X[CloudFrontOriginAccessIdentityConfig],
        "CloudFrontOriginAccessIdentityConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateConnectionFunctionParameters = TypedDict(
    "UpdateConnectionFunctionParameters",
    {
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "ConnectionFunctionConfig": X[FunctionConfig],
        "ConnectionFunctionConfig.$": str,
        "ConnectionFunctionCode": S,
        "ConnectionFunctionCode.$": str,
    },
    total=False,
)
UpdateConnectionGroupParameters = TypedDict(
    "UpdateConnectionGroupParameters",
    {
        "Id": S,
        "Id.$": str,
        "Ipv6Enabled": B,
        "Ipv6Enabled.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "AnycastIpListId": S,
        "AnycastIpListId.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "ViewerFallback": X[ViewerFallback],
        "ViewerFallback.$": str,
    },
    total=False,
)
UpdateContinuousDeploymentPolicyParameters = TypedDict(
    "UpdateContinuousDeploymentPolicyParameters",
    {
        "ContinuousDeploymentPolicyConfig": X[ContinuousDeploymentPolicyConfig],
        "ContinuousDeploymentPolicyConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateDistributionParameters = TypedDict(
    "UpdateDistributionParameters",
    {
        "DistributionConfig": X[DistributionConfig],
        "DistributionConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateDistributionTenantParameters = TypedDict(
    "UpdateDistributionTenantParameters",
    {
        "Id": S,
        "Id.$": str,
        "DistributionId": S,
        "DistributionId.$": str,
        "Domains": L[Xi[DomainItem]],
        "Domains.$": str,
        "Customizations": X[Customizations],
        "Customizations.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
        "ConnectionGroupId": S,
        "ConnectionGroupId.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "ManagedCertificateRequest": X[ManagedCertificateRequest],
        "ManagedCertificateRequest.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "OnDomainTakeover": S,
        "OnDomainTakeover.$": str,
    },
    total=False,
)
UpdateDistributionWithStagingConfigParameters = TypedDict(
    "UpdateDistributionWithStagingConfigParameters",
    {
        "Id": S,
        "Id.$": str,
        "StagingDistributionId": S,
        "StagingDistributionId.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateDomainAssociationParameters = TypedDict(
    "UpdateDomainAssociationParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "TargetResource": X[DistributionResourceId],
        "TargetResource.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateFieldLevelEncryptionConfigParameters = TypedDict(
    "UpdateFieldLevelEncryptionConfigParameters",
    {
        "FieldLevelEncryptionConfig": X[FieldLevelEncryptionConfig],
        "FieldLevelEncryptionConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateFieldLevelEncryptionProfileParameters = TypedDict(
    "UpdateFieldLevelEncryptionProfileParameters",
    {
        "FieldLevelEncryptionProfileConfig": X[FieldLevelEncryptionProfileConfig],
        "FieldLevelEncryptionProfileConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateFunctionParameters = TypedDict(
    "UpdateFunctionParameters",
    {
        "Name": S,
        "Name.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
        "FunctionConfig": X[FunctionConfig],
        "FunctionConfig.$": str,
        "FunctionCode": S,
        "FunctionCode.$": str,
    },
    total=False,
)
UpdateKeyGroupParameters = TypedDict(
    "UpdateKeyGroupParameters",
    {
        "KeyGroupConfig": X[KeyGroupConfig],
        "KeyGroupConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateKeyValueStoreParameters = TypedDict(
    "UpdateKeyValueStoreParameters",
    {"Name": S, "Name.$": str, "Comment": S, "Comment.$": str, "IfMatch": S, "IfMatch.$": str},
    total=False,
)
UpdateOriginAccessControlParameters = TypedDict(
    "UpdateOriginAccessControlParameters",
    {
        "OriginAccessControlConfig": X[OriginAccessControlConfig],
        "OriginAccessControlConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateOriginRequestPolicyParameters = TypedDict(
    "UpdateOriginRequestPolicyParameters",
    {
        "OriginRequestPolicyConfig": X[OriginRequestPolicyConfig],
        "OriginRequestPolicyConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdatePublicKeyParameters = TypedDict(
    "UpdatePublicKeyParameters",
    {
        "PublicKeyConfig": X[PublicKeyConfig],
        "PublicKeyConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateRealtimeLogConfigParameters = TypedDict(
    "UpdateRealtimeLogConfigParameters",
    {
        "EndPoints": L[Xi[EndPoint]],
        "EndPoints.$": str,
        "Fields": L[Si],
        "Fields.$": str,
        "Name": S,
        "Name.$": str,
        "Arn": S,
        "Arn.$": str,
        "SamplingRate": I,
        "SamplingRate.$": str,
    },
    total=False,
)
UpdateResponseHeadersPolicyParameters = TypedDict(
    "UpdateResponseHeadersPolicyParameters",
    {
        "ResponseHeadersPolicyConfig": X[ResponseHeadersPolicyConfig],
        "ResponseHeadersPolicyConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateStreamingDistributionParameters = TypedDict(
    "UpdateStreamingDistributionParameters",
    {
        "StreamingDistributionConfig": X[StreamingDistributionConfig],
        "StreamingDistributionConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateTrustStoreParameters = TypedDict(
    "UpdateTrustStoreParameters",
    {
        "Id": S,
        "Id.$": str,
        "CaCertificatesBundleSource": X[CaCertificatesBundleSource],
        "CaCertificatesBundleSource.$": str,
        "UseClientCertificateOCSPEndpoint": B,
        "UseClientCertificateOCSPEndpoint.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
UpdateVpcOriginParameters = TypedDict(
    "UpdateVpcOriginParameters",
    {
        "VpcOriginEndpointConfig": X[VpcOriginEndpointConfig],
        "VpcOriginEndpointConfig.$": str,
        "Id": S,
        "Id.$": str,
        "IfMatch": S,
        "IfMatch.$": str,
    },
    total=False,
)
VerifyDnsConfigurationParameters = TypedDict(
    "VerifyDnsConfigurationParameters",
    {"Domain": S, "Domain.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
associate_alias: Builder[AssociateAliasParameters]
associate_distribution_tenant_web_acl: Builder[AssociateDistributionTenantWebACLParameters]
associate_distribution_web_acl: Builder[AssociateDistributionWebACLParameters]
copy_distribution: Builder[CopyDistributionParameters]
create_anycast_ip_list: Builder[CreateAnycastIpListParameters]
create_cache_policy: Builder[CreateCachePolicyParameters]
create_cloud_front_origin_access_identity: Builder[CreateCloudFrontOriginAccessIdentityParameters]
create_connection_function: Builder[CreateConnectionFunctionParameters]
create_connection_group: Builder[CreateConnectionGroupParameters]
create_continuous_deployment_policy: Builder[CreateContinuousDeploymentPolicyParameters]
create_distribution: Builder[CreateDistributionParameters]
create_distribution_tenant: Builder[CreateDistributionTenantParameters]
create_distribution_with_tags: Builder[CreateDistributionWithTagsParameters]
create_field_level_encryption_config: Builder[CreateFieldLevelEncryptionConfigParameters]
create_field_level_encryption_profile: Builder[CreateFieldLevelEncryptionProfileParameters]
create_function: Builder[CreateFunctionParameters]
create_invalidation: Builder[CreateInvalidationParameters]
create_invalidation_for_distribution_tenant: Builder[
    CreateInvalidationForDistributionTenantParameters
]
create_key_group: Builder[CreateKeyGroupParameters]
create_key_value_store: Builder[CreateKeyValueStoreParameters]
create_monitoring_subscription: Builder[CreateMonitoringSubscriptionParameters]
create_origin_access_control: Builder[CreateOriginAccessControlParameters]
create_origin_request_policy: Builder[CreateOriginRequestPolicyParameters]
create_public_key: Builder[CreatePublicKeyParameters]
create_realtime_log_config: Builder[CreateRealtimeLogConfigParameters]
create_response_headers_policy: Builder[CreateResponseHeadersPolicyParameters]
create_streaming_distribution: Builder[CreateStreamingDistributionParameters]
create_streaming_distribution_with_tags: Builder[CreateStreamingDistributionWithTagsParameters]
create_trust_store: Builder[CreateTrustStoreParameters]
create_vpc_origin: Builder[CreateVpcOriginParameters]
delete_anycast_ip_list: Builder[DeleteAnycastIpListParameters]
delete_cache_policy: Builder[DeleteCachePolicyParameters]
delete_cloud_front_origin_access_identity: Builder[DeleteCloudFrontOriginAccessIdentityParameters]
delete_connection_function: Builder[DeleteConnectionFunctionParameters]
delete_connection_group: Builder[DeleteConnectionGroupParameters]
delete_continuous_deployment_policy: Builder[DeleteContinuousDeploymentPolicyParameters]
delete_distribution: Builder[DeleteDistributionParameters]
delete_distribution_tenant: Builder[DeleteDistributionTenantParameters]
delete_field_level_encryption_config: Builder[DeleteFieldLevelEncryptionConfigParameters]
delete_field_level_encryption_profile: Builder[DeleteFieldLevelEncryptionProfileParameters]
delete_function: Builder[DeleteFunctionParameters]
delete_key_group: Builder[DeleteKeyGroupParameters]
delete_key_value_store: Builder[DeleteKeyValueStoreParameters]
delete_monitoring_subscription: Builder[DeleteMonitoringSubscriptionParameters]
delete_origin_access_control: Builder[DeleteOriginAccessControlParameters]
delete_origin_request_policy: Builder[DeleteOriginRequestPolicyParameters]
delete_public_key: Builder[DeletePublicKeyParameters]
delete_realtime_log_config: Builder[DeleteRealtimeLogConfigParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_response_headers_policy: Builder[DeleteResponseHeadersPolicyParameters]
delete_streaming_distribution: Builder[DeleteStreamingDistributionParameters]
delete_trust_store: Builder[DeleteTrustStoreParameters]
delete_vpc_origin: Builder[DeleteVpcOriginParameters]
describe_connection_function: Builder[DescribeConnectionFunctionParameters]
describe_function: Builder[DescribeFunctionParameters]
describe_key_value_store: Builder[DescribeKeyValueStoreParameters]
disassociate_distribution_tenant_web_acl: Builder[DisassociateDistributionTenantWebACLParameters]
disassociate_distribution_web_acl: Builder[DisassociateDistributionWebACLParameters]
get_anycast_ip_list: Builder[GetAnycastIpListParameters]
get_cache_policy: Builder[GetCachePolicyParameters]
get_cache_policy_config: Builder[GetCachePolicyConfigParameters]
get_cloud_front_origin_access_identity: Builder[GetCloudFrontOriginAccessIdentityParameters]
get_cloud_front_origin_access_identity_config: Builder[
    GetCloudFrontOriginAccessIdentityConfigParameters
]
get_connection_function: Builder[GetConnectionFunctionParameters]
get_connection_group: Builder[GetConnectionGroupParameters]
get_connection_group_by_routing_endpoint: Builder[GetConnectionGroupByRoutingEndpointParameters]
get_continuous_deployment_policy: Builder[GetContinuousDeploymentPolicyParameters]
get_continuous_deployment_policy_config: Builder[GetContinuousDeploymentPolicyConfigParameters]
get_distribution: Builder[GetDistributionParameters]
get_distribution_config: Builder[GetDistributionConfigParameters]
get_distribution_tenant: Builder[GetDistributionTenantParameters]
get_distribution_tenant_by_domain: Builder[GetDistributionTenantByDomainParameters]
get_field_level_encryption: Builder[GetFieldLevelEncryptionParameters]
get_field_level_encryption_config: Builder[GetFieldLevelEncryptionConfigParameters]
get_field_level_encryption_profile: Builder[GetFieldLevelEncryptionProfileParameters]
get_field_level_encryption_profile_config: Builder[GetFieldLevelEncryptionProfileConfigParameters]
get_function: Builder[GetFunctionParameters]
get_invalidation: Builder[GetInvalidationParameters]
get_invalidation_for_distribution_tenant: Builder[GetInvalidationForDistributionTenantParameters]
get_key_group: Builder[GetKeyGroupParameters]
get_key_group_config: Builder[GetKeyGroupConfigParameters]
get_managed_certificate_details: Builder[GetManagedCertificateDetailsParameters]
get_monitoring_subscription: Builder[GetMonitoringSubscriptionParameters]
get_origin_access_control: Builder[GetOriginAccessControlParameters]
get_origin_access_control_config: Builder[GetOriginAccessControlConfigParameters]
get_origin_request_policy: Builder[GetOriginRequestPolicyParameters]
get_origin_request_policy_config: Builder[GetOriginRequestPolicyConfigParameters]
get_public_key: Builder[GetPublicKeyParameters]
get_public_key_config: Builder[GetPublicKeyConfigParameters]
get_realtime_log_config: Builder[GetRealtimeLogConfigParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_response_headers_policy: Builder[GetResponseHeadersPolicyParameters]
get_response_headers_policy_config: Builder[GetResponseHeadersPolicyConfigParameters]
get_streaming_distribution: Builder[GetStreamingDistributionParameters]
get_streaming_distribution_config: Builder[GetStreamingDistributionConfigParameters]
get_trust_store: Builder[GetTrustStoreParameters]
get_vpc_origin: Builder[GetVpcOriginParameters]
list_anycast_ip_lists: Builder[ListAnycastIpListsParameters]
list_cache_policies: Builder[ListCachePoliciesParameters]
list_cloud_front_origin_access_identities: Builder[ListCloudFrontOriginAccessIdentitiesParameters]
list_conflicting_aliases: Builder[ListConflictingAliasesParameters]
list_connection_functions: Builder[ListConnectionFunctionsParameters]
list_connection_groups: Builder[ListConnectionGroupsParameters]
list_continuous_deployment_policies: Builder[ListContinuousDeploymentPoliciesParameters]
list_distribution_tenants: Builder[ListDistributionTenantsParameters]
list_distribution_tenants_by_customization: Builder[
    ListDistributionTenantsByCustomizationParameters
]
list_distributions: Builder[ListDistributionsParameters]
list_distributions_by_anycast_ip_list_id: Builder[ListDistributionsByAnycastIpListIdParameters]
list_distributions_by_cache_policy_id: Builder[ListDistributionsByCachePolicyIdParameters]
list_distributions_by_connection_function: Builder[ListDistributionsByConnectionFunctionParameters]
list_distributions_by_connection_mode: Builder[ListDistributionsByConnectionModeParameters]
list_distributions_by_key_group: Builder[ListDistributionsByKeyGroupParameters]
list_distributions_by_origin_request_policy_id: Builder[
    ListDistributionsByOriginRequestPolicyIdParameters
]
list_distributions_by_owned_resource: Builder[ListDistributionsByOwnedResourceParameters]
list_distributions_by_realtime_log_config: Builder[ListDistributionsByRealtimeLogConfigParameters]
list_distributions_by_response_headers_policy_id: Builder[
    ListDistributionsByResponseHeadersPolicyIdParameters
]
list_distributions_by_trust_store: Builder[ListDistributionsByTrustStoreParameters]
list_distributions_by_vpc_origin_id: Builder[ListDistributionsByVpcOriginIdParameters]
list_distributions_by_web_acl_id: Builder[ListDistributionsByWebACLIdParameters]
list_domain_conflicts: Builder[ListDomainConflictsParameters]
list_field_level_encryption_configs: Builder[ListFieldLevelEncryptionConfigsParameters]
list_field_level_encryption_profiles: Builder[ListFieldLevelEncryptionProfilesParameters]
list_functions: Builder[ListFunctionsParameters]
list_invalidations: Builder[ListInvalidationsParameters]
list_invalidations_for_distribution_tenant: Builder[
    ListInvalidationsForDistributionTenantParameters
]
list_key_groups: Builder[ListKeyGroupsParameters]
list_key_value_stores: Builder[ListKeyValueStoresParameters]
list_origin_access_controls: Builder[ListOriginAccessControlsParameters]
list_origin_request_policies: Builder[ListOriginRequestPoliciesParameters]
list_public_keys: Builder[ListPublicKeysParameters]
list_realtime_log_configs: Builder[ListRealtimeLogConfigsParameters]
list_response_headers_policies: Builder[ListResponseHeadersPoliciesParameters]
list_streaming_distributions: Builder[ListStreamingDistributionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_trust_stores: Builder[ListTrustStoresParameters]
list_vpc_origins: Builder[ListVpcOriginsParameters]
publish_connection_function: Builder[PublishConnectionFunctionParameters]
publish_function: Builder[PublishFunctionParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
tag_resource: Builder[TagResourceParameters]
test_connection_function: Builder[TestConnectionFunctionParameters]
test_function: Builder[TestFunctionParameters]
untag_resource: Builder[UntagResourceParameters]
update_anycast_ip_list: Builder[UpdateAnycastIpListParameters]
update_cache_policy: Builder[UpdateCachePolicyParameters]
update_cloud_front_origin_access_identity: Builder[UpdateCloudFrontOriginAccessIdentityParameters]
update_connection_function: Builder[UpdateConnectionFunctionParameters]
update_connection_group: Builder[UpdateConnectionGroupParameters]
update_continuous_deployment_policy: Builder[UpdateContinuousDeploymentPolicyParameters]
update_distribution: Builder[UpdateDistributionParameters]
update_distribution_tenant: Builder[UpdateDistributionTenantParameters]
update_distribution_with_staging_config: Builder[UpdateDistributionWithStagingConfigParameters]
update_domain_association: Builder[UpdateDomainAssociationParameters]
update_field_level_encryption_config: Builder[UpdateFieldLevelEncryptionConfigParameters]
update_field_level_encryption_profile: Builder[UpdateFieldLevelEncryptionProfileParameters]
update_function: Builder[UpdateFunctionParameters]
update_key_group: Builder[UpdateKeyGroupParameters]
update_key_value_store: Builder[UpdateKeyValueStoreParameters]
update_origin_access_control: Builder[UpdateOriginAccessControlParameters]
update_origin_request_policy: Builder[UpdateOriginRequestPolicyParameters]
update_public_key: Builder[UpdatePublicKeyParameters]
update_realtime_log_config: Builder[UpdateRealtimeLogConfigParameters]
update_response_headers_policy: Builder[UpdateResponseHeadersPolicyParameters]
update_streaming_distribution: Builder[UpdateStreamingDistributionParameters]
update_trust_store: Builder[UpdateTrustStoreParameters]
update_vpc_origin: Builder[UpdateVpcOriginParameters]
verify_dns_configuration: Builder[VerifyDnsConfigurationParameters]

__all__ = [
    "associate_alias",
    "associate_distribution_tenant_web_acl",
    "associate_distribution_web_acl",
    "copy_distribution",
    "create_anycast_ip_list",
    "create_cache_policy",
    "create_cloud_front_origin_access_identity",
    "create_connection_function",
    "create_connection_group",
    "create_continuous_deployment_policy",
    "create_distribution",
    "create_distribution_tenant",
    "create_distribution_with_tags",
    "create_field_level_encryption_config",
    "create_field_level_encryption_profile",
    "create_function",
    "create_invalidation",
    "create_invalidation_for_distribution_tenant",
    "create_key_group",
    "create_key_value_store",
    "create_monitoring_subscription",
    "create_origin_access_control",
    "create_origin_request_policy",
    "create_public_key",
    "create_realtime_log_config",
    "create_response_headers_policy",
    "create_streaming_distribution",
    "create_streaming_distribution_with_tags",
    "create_trust_store",
    "create_vpc_origin",
    "delete_anycast_ip_list",
    "delete_cache_policy",
    "delete_cloud_front_origin_access_identity",
    "delete_connection_function",
    "delete_connection_group",
    "delete_continuous_deployment_policy",
    "delete_distribution",
    "delete_distribution_tenant",
    "delete_field_level_encryption_config",
    "delete_field_level_encryption_profile",
    "delete_function",
    "delete_key_group",
    "delete_key_value_store",
    "delete_monitoring_subscription",
    "delete_origin_access_control",
    "delete_origin_request_policy",
    "delete_public_key",
    "delete_realtime_log_config",
    "delete_resource_policy",
    "delete_response_headers_policy",
    "delete_streaming_distribution",
    "delete_trust_store",
    "delete_vpc_origin",
    "describe_connection_function",
    "describe_function",
    "describe_key_value_store",
    "disassociate_distribution_tenant_web_acl",
    "disassociate_distribution_web_acl",
    "get_anycast_ip_list",
    "get_cache_policy",
    "get_cache_policy_config",
    "get_cloud_front_origin_access_identity",
    "get_cloud_front_origin_access_identity_config",
    "get_connection_function",
    "get_connection_group",
    "get_connection_group_by_routing_endpoint",
    "get_continuous_deployment_policy",
    "get_continuous_deployment_policy_config",
    "get_distribution",
    "get_distribution_config",
    "get_distribution_tenant",
    "get_distribution_tenant_by_domain",
    "get_field_level_encryption",
    "get_field_level_encryption_config",
    "get_field_level_encryption_profile",
    "get_field_level_encryption_profile_config",
    "get_function",
    "get_invalidation",
    "get_invalidation_for_distribution_tenant",
    "get_key_group",
    "get_key_group_config",
    "get_managed_certificate_details",
    "get_monitoring_subscription",
    "get_origin_access_control",
    "get_origin_access_control_config",
    "get_origin_request_policy",
    "get_origin_request_policy_config",
    "get_public_key",
    "get_public_key_config",
    "get_realtime_log_config",
    "get_resource_policy",
    "get_response_headers_policy",
    "get_response_headers_policy_config",
    "get_streaming_distribution",
    "get_streaming_distribution_config",
    "get_trust_store",
    "get_vpc_origin",
    "list_anycast_ip_lists",
    "list_cache_policies",
    "list_cloud_front_origin_access_identities",
    "list_conflicting_aliases",
    "list_connection_functions",
    "list_connection_groups",
    "list_continuous_deployment_policies",
    "list_distribution_tenants",
    "list_distribution_tenants_by_customization",
    "list_distributions",
    "list_distributions_by_anycast_ip_list_id",
    "list_distributions_by_cache_policy_id",
    "list_distributions_by_connection_function",
    "list_distributions_by_connection_mode",
    "list_distributions_by_key_group",
    "list_distributions_by_origin_request_policy_id",
    "list_distributions_by_owned_resource",
    "list_distributions_by_realtime_log_config",
    "list_distributions_by_response_headers_policy_id",
    "list_distributions_by_trust_store",
    "list_distributions_by_vpc_origin_id",
    "list_distributions_by_web_acl_id",
    "list_domain_conflicts",
    "list_field_level_encryption_configs",
    "list_field_level_encryption_profiles",
    "list_functions",
    "list_invalidations",
    "list_invalidations_for_distribution_tenant",
    "list_key_groups",
    "list_key_value_stores",
    "list_origin_access_controls",
    "list_origin_request_policies",
    "list_public_keys",
    "list_realtime_log_configs",
    "list_response_headers_policies",
    "list_streaming_distributions",
    "list_tags_for_resource",
    "list_trust_stores",
    "list_vpc_origins",
    "publish_connection_function",
    "publish_function",
    "put_resource_policy",
    "tag_resource",
    "test_connection_function",
    "test_function",
    "untag_resource",
    "update_anycast_ip_list",
    "update_cache_policy",
    "update_cloud_front_origin_access_identity",
    "update_connection_function",
    "update_connection_group",
    "update_continuous_deployment_policy",
    "update_distribution",
    "update_distribution_tenant",
    "update_distribution_with_staging_config",
    "update_domain_association",
    "update_field_level_encryption_config",
    "update_field_level_encryption_profile",
    "update_function",
    "update_key_group",
    "update_key_value_store",
    "update_origin_access_control",
    "update_origin_request_policy",
    "update_public_key",
    "update_realtime_log_config",
    "update_response_headers_policy",
    "update_streaming_distribution",
    "update_trust_store",
    "update_vpc_origin",
    "verify_dns_configuration",
]
