"""Typed builders of the AWS SDK integration of apigateway (``aws-sdk:apigateway:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, X, Xi

class StageKey(TypedDict, total=False):
    RestApiId: S
    StageName: S

CreateApiKeyParameters = TypedDict(
    "CreateApiKeyParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "GenerateDistinctId": B,
        "GenerateDistinctId.$": str,
        "Value": S,
        "Value.$": str,
        "StageKeys": L[Xi[StageKey]],
        "StageKeys.$": str,
        "CustomerId": S,
        "CustomerId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class JwtAdditionalClaim(TypedDict, total=False):
    ClaimName: S
    Format: S
    Required: B
    ExpectedValues: L[Si]

class JwtIssuerInput(TypedDict, total=False):
    Issuer: S
    Audiences: L[Si]
    AdditionalClaims: L[Xi[JwtAdditionalClaim]]

class JwtConfigurationInput(TypedDict, total=False):
    Issuers: L[Xi[JwtIssuerInput]]
    DefaultAlgorithms: L[Si]

CreateAuthorizerParameters = TypedDict(
    "CreateAuthorizerParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "ProviderARNs": L[Si],
        "ProviderARNs.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "AuthorizerUri": S,
        "AuthorizerUri.$": str,
        "AuthorizerCredentials": S,
        "AuthorizerCredentials.$": str,
        "IdentitySource": S,
        "IdentitySource.$": str,
        "IdentityValidationExpression": S,
        "IdentityValidationExpression.$": str,
        "AuthorizerResultTtlInSeconds": I,
        "AuthorizerResultTtlInSeconds.$": str,
        "JwtConfiguration": X[JwtConfigurationInput],
        "JwtConfiguration.$": str,
    },
    total=False,
)
CreateBasePathMappingParameters = TypedDict(
    "CreateBasePathMappingParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameId": S,
        "DomainNameId.$": str,
        "BasePath": S,
        "BasePath.$": str,
        "RestApiId": S,
        "RestApiId.$": str,
        "Stage": S,
        "Stage.$": str,
    },
    total=False,
)

class DeploymentCanarySettings(TypedDict, total=False):
    PercentTraffic: F
    StageVariableOverrides: M[S]
    UseStageCache: B

CreateDeploymentParameters = TypedDict(
    "CreateDeploymentParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "StageName": S,
        "StageName.$": str,
        "StageDescription": S,
        "StageDescription.$": str,
        "Description": S,
        "Description.$": str,
        "CacheClusterEnabled": B,
        "CacheClusterEnabled.$": str,
        "CacheClusterSize": S,
        "CacheClusterSize.$": str,
        "Variables": M[S],
        "Variables.$": str,
        "CanarySettings": X[DeploymentCanarySettings],
        "CanarySettings.$": str,
        "TracingEnabled": B,
        "TracingEnabled.$": str,
    },
    total=False,
)

class DocumentationPartLocation(TypedDict, total=False):
    Type: S
    Path: S
    Method: S
    StatusCode: S
    Name: S

CreateDocumentationPartParameters = TypedDict(
    "CreateDocumentationPartParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Location": X[DocumentationPartLocation],
        "Location.$": str,
        "Properties": S,
        "Properties.$": str,
    },
    total=False,
)
CreateDocumentationVersionParameters = TypedDict(
    "CreateDocumentationVersionParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "DocumentationVersion": S,
        "DocumentationVersion.$": str,
        "StageName": S,
        "StageName.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class EndpointConfiguration(TypedDict, total=False):
    Types: L[Si]
    IpAddressType: S
    VpcEndpointIds: L[Si]

class MutualTlsAuthenticationInput(TypedDict, total=False):
    TruststoreUri: S
    TruststoreVersion: S

CreateDomainNameParameters = TypedDict(
    "CreateDomainNameParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "CertificateName": S,
        "CertificateName.$": str,
        "CertificateBody": S,
        "CertificateBody.$": str,
        "CertificatePrivateKey": S,
        "CertificatePrivateKey.$": str,
        "CertificateChain": S,
        "CertificateChain.$": str,
        "CertificateArn": S,
        "CertificateArn.$": str,
        "RegionalCertificateName": S,
        "RegionalCertificateName.$": str,
        "RegionalCertificateArn": S,
        "RegionalCertificateArn.$": str,
        "EndpointConfiguration": X[EndpointConfiguration],
        "EndpointConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "SecurityPolicy": S,
        "SecurityPolicy.$": str,
        "EndpointAccessMode": S,
        "EndpointAccessMode.$": str,
        "MutualTlsAuthentication": X[MutualTlsAuthenticationInput],
        "MutualTlsAuthentication.$": str,
        "OwnershipVerificationCertificateArn": S,
        "OwnershipVerificationCertificateArn.$": str,
        "Policy": S,
        "Policy.$": str,
        "RoutingMode": S,
        "RoutingMode.$": str,
    },
    total=False,
)
CreateDomainNameAccessAssociationParameters = TypedDict(
    "CreateDomainNameAccessAssociationParameters",
    {
        "DomainNameArn": S,
        "DomainNameArn.$": str,
        "AccessAssociationSourceType": S,
        "AccessAssociationSourceType.$": str,
        "AccessAssociationSource": S,
        "AccessAssociationSource.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateModelParameters = TypedDict(
    "CreateModelParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Schema": S,
        "Schema.$": str,
        "ContentType": S,
        "ContentType.$": str,
    },
    total=False,
)
CreateRequestValidatorParameters = TypedDict(
    "CreateRequestValidatorParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Name": S,
        "Name.$": str,
        "ValidateRequestBody": B,
        "ValidateRequestBody.$": str,
        "ValidateRequestParameters": B,
        "ValidateRequestParameters.$": str,
    },
    total=False,
)
CreateResourceParameters = TypedDict(
    "CreateResourceParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ParentId": S,
        "ParentId.$": str,
        "PathPart": S,
        "PathPart.$": str,
    },
    total=False,
)
CreateRestApiParameters = TypedDict(
    "CreateRestApiParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Version": S,
        "Version.$": str,
        "CloneFrom": S,
        "CloneFrom.$": str,
        "BinaryMediaTypes": L[Si],
        "BinaryMediaTypes.$": str,
        "MinimumCompressionSize": I,
        "MinimumCompressionSize.$": str,
        "ApiKeySource": S,
        "ApiKeySource.$": str,
        "EndpointConfiguration": X[EndpointConfiguration],
        "EndpointConfiguration.$": str,
        "Policy": S,
        "Policy.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DisableExecuteApiEndpoint": B,
        "DisableExecuteApiEndpoint.$": str,
        "SecurityPolicy": S,
        "SecurityPolicy.$": str,
        "EndpointAccessMode": S,
        "EndpointAccessMode.$": str,
    },
    total=False,
)

class CanarySettings(TypedDict, total=False):
    PercentTraffic: F
    DeploymentId: S
    StageVariableOverrides: M[S]
    UseStageCache: B

CreateStageParameters = TypedDict(
    "CreateStageParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "StageName": S,
        "StageName.$": str,
        "DeploymentId": S,
        "DeploymentId.$": str,
        "Description": S,
        "Description.$": str,
        "CacheClusterEnabled": B,
        "CacheClusterEnabled.$": str,
        "CacheClusterSize": S,
        "CacheClusterSize.$": str,
        "Variables": M[S],
        "Variables.$": str,
        "DocumentationVersion": S,
        "DocumentationVersion.$": str,
        "CanarySettings": X[CanarySettings],
        "CanarySettings.$": str,
        "TracingEnabled": B,
        "TracingEnabled.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ThrottleSettings(TypedDict, total=False):
    BurstLimit: I
    RateLimit: F

class ApiStage(TypedDict, total=False):
    ApiId: S
    Stage: S
    Throttle: M[X[ThrottleSettings]]

class QuotaSettings(TypedDict, total=False):
    Limit: I
    Offset: I
    Period: S

CreateUsagePlanParameters = TypedDict(
    "CreateUsagePlanParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ApiStages": L[Xi[ApiStage]],
        "ApiStages.$": str,
        "Throttle": X[ThrottleSettings],
        "Throttle.$": str,
        "Quota": X[QuotaSettings],
        "Quota.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateUsagePlanKeyParameters = TypedDict(
    "CreateUsagePlanKeyParameters",
    {
        "UsagePlanId": S,
        "UsagePlanId.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "KeyType": S,
        "KeyType.$": str,
    },
    total=False,
)
CreateVpcLinkParameters = TypedDict(
    "CreateVpcLinkParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TargetArns": L[Si],
        "TargetArns.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteApiKeyParameters = TypedDict(
    "DeleteApiKeyParameters", {"ApiKey": S, "ApiKey.$": str}, total=False
)
DeleteAuthorizerParameters = TypedDict(
    "DeleteAuthorizerParameters",
    {"RestApiId": S, "RestApiId.$": str, "AuthorizerId": S, "AuthorizerId.$": str},
    total=False,
)
DeleteBasePathMappingParameters = TypedDict(
    "DeleteBasePathMappingParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameId": S,
        "DomainNameId.$": str,
        "BasePath": S,
        "BasePath.$": str,
    },
    total=False,
)
DeleteClientCertificateParameters = TypedDict(
    "DeleteClientCertificateParameters",
    {"ClientCertificateId": S, "ClientCertificateId.$": str},
    total=False,
)
DeleteDeploymentParameters = TypedDict(
    "DeleteDeploymentParameters",
    {"RestApiId": S, "RestApiId.$": str, "DeploymentId": S, "DeploymentId.$": str},
    total=False,
)
DeleteDocumentationPartParameters = TypedDict(
    "DeleteDocumentationPartParameters",
    {"RestApiId": S, "RestApiId.$": str, "DocumentationPartId": S, "DocumentationPartId.$": str},
    total=False,
)
DeleteDocumentationVersionParameters = TypedDict(
    "DeleteDocumentationVersionParameters",
    {"RestApiId": S, "RestApiId.$": str, "DocumentationVersion": S, "DocumentationVersion.$": str},
    total=False,
)
DeleteDomainNameParameters = TypedDict(
    "DeleteDomainNameParameters",
    {"DomainName": S, "DomainName.$": str, "DomainNameId": S, "DomainNameId.$": str},
    total=False,
)
DeleteDomainNameAccessAssociationParameters = TypedDict(
    "DeleteDomainNameAccessAssociationParameters",
    {"DomainNameAccessAssociationArn": S, "DomainNameAccessAssociationArn.$": str},
    total=False,
)
DeleteGatewayResponseParameters = TypedDict(
    "DeleteGatewayResponseParameters",
    {"RestApiId": S, "RestApiId.$": str, "ResponseType": S, "ResponseType.$": str},
    total=False,
)
DeleteIntegrationParameters = TypedDict(
    "DeleteIntegrationParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
    },
    total=False,
)
DeleteIntegrationResponseParameters = TypedDict(
    "DeleteIntegrationResponseParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "StatusCode": S,
        "StatusCode.$": str,
    },
    total=False,
)
DeleteMethodParameters = TypedDict(
    "DeleteMethodParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
    },
    total=False,
)
DeleteMethodResponseParameters = TypedDict(
    "DeleteMethodResponseParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "StatusCode": S,
        "StatusCode.$": str,
    },
    total=False,
)
DeleteModelParameters = TypedDict(
    "DeleteModelParameters",
    {"RestApiId": S, "RestApiId.$": str, "ModelName": S, "ModelName.$": str},
    total=False,
)
DeleteRequestValidatorParameters = TypedDict(
    "DeleteRequestValidatorParameters",
    {"RestApiId": S, "RestApiId.$": str, "RequestValidatorId": S, "RequestValidatorId.$": str},
    total=False,
)
DeleteResourceParameters = TypedDict(
    "DeleteResourceParameters",
    {"RestApiId": S, "RestApiId.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
DeleteRestApiParameters = TypedDict(
    "DeleteRestApiParameters", {"RestApiId": S, "RestApiId.$": str}, total=False
)
DeleteStageParameters = TypedDict(
    "DeleteStageParameters",
    {"RestApiId": S, "RestApiId.$": str, "StageName": S, "StageName.$": str},
    total=False,
)
DeleteUsagePlanParameters = TypedDict(
    "DeleteUsagePlanParameters", {"UsagePlanId": S, "UsagePlanId.$": str}, total=False
)
DeleteUsagePlanKeyParameters = TypedDict(
    "DeleteUsagePlanKeyParameters",
    {"UsagePlanId": S, "UsagePlanId.$": str, "KeyId": S, "KeyId.$": str},
    total=False,
)
DeleteVpcLinkParameters = TypedDict(
    "DeleteVpcLinkParameters", {"VpcLinkId": S, "VpcLinkId.$": str}, total=False
)
FlushStageAuthorizersCacheParameters = TypedDict(
    "FlushStageAuthorizersCacheParameters",
    {"RestApiId": S, "RestApiId.$": str, "StageName": S, "StageName.$": str},
    total=False,
)
FlushStageCacheParameters = TypedDict(
    "FlushStageCacheParameters",
    {"RestApiId": S, "RestApiId.$": str, "StageName": S, "StageName.$": str},
    total=False,
)
GenerateClientCertificateParameters = TypedDict(
    "GenerateClientCertificateParameters",
    {"Description": S, "Description.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)

class GetAccountParameters(TypedDict, total=False): ...

GetApiKeyParameters = TypedDict(
    "GetApiKeyParameters",
    {"ApiKey": S, "ApiKey.$": str, "IncludeValue": B, "IncludeValue.$": str},
    total=False,
)
GetApiKeysParameters = TypedDict(
    "GetApiKeysParameters",
    {
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
        "NameQuery": S,
        "NameQuery.$": str,
        "CustomerId": S,
        "CustomerId.$": str,
        "IncludeValues": B,
        "IncludeValues.$": str,
    },
    total=False,
)
GetAuthorizerParameters = TypedDict(
    "GetAuthorizerParameters",
    {"RestApiId": S, "RestApiId.$": str, "AuthorizerId": S, "AuthorizerId.$": str},
    total=False,
)
GetAuthorizersParameters = TypedDict(
    "GetAuthorizersParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
GetBasePathMappingParameters = TypedDict(
    "GetBasePathMappingParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameId": S,
        "DomainNameId.$": str,
        "BasePath": S,
        "BasePath.$": str,
    },
    total=False,
)
GetBasePathMappingsParameters = TypedDict(
    "GetBasePathMappingsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameId": S,
        "DomainNameId.$": str,
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
GetClientCertificateParameters = TypedDict(
    "GetClientCertificateParameters",
    {"ClientCertificateId": S, "ClientCertificateId.$": str},
    total=False,
)
GetClientCertificatesParameters = TypedDict(
    "GetClientCertificatesParameters",
    {"Position": S, "Position.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
GetDeploymentParameters = TypedDict(
    "GetDeploymentParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "DeploymentId": S,
        "DeploymentId.$": str,
        "Embed": L[Si],
        "Embed.$": str,
    },
    total=False,
)
GetDeploymentsParameters = TypedDict(
    "GetDeploymentsParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
GetDocumentationPartParameters = TypedDict(
    "GetDocumentationPartParameters",
    {"RestApiId": S, "RestApiId.$": str, "DocumentationPartId": S, "DocumentationPartId.$": str},
    total=False,
)
GetDocumentationPartsParameters = TypedDict(
    "GetDocumentationPartsParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Type": S,
        "Type.$": str,
        "NameQuery": S,
        "NameQuery.$": str,
        "Path": S,
        "Path.$": str,
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
        "LocationStatus": S,
        "LocationStatus.$": str,
    },
    total=False,
)
GetDocumentationVersionParameters = TypedDict(
    "GetDocumentationVersionParameters",
    {"RestApiId": S, "RestApiId.$": str, "DocumentationVersion": S, "DocumentationVersion.$": str},
    total=False,
)
GetDocumentationVersionsParameters = TypedDict(
    "GetDocumentationVersionsParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
GetDomainNameParameters = TypedDict(
    "GetDomainNameParameters",
    {"DomainName": S, "DomainName.$": str, "DomainNameId": S, "DomainNameId.$": str},
    total=False,
)
GetDomainNameAccessAssociationsParameters = TypedDict(
    "GetDomainNameAccessAssociationsParameters",
    {
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
    },
    total=False,
)
GetDomainNamesParameters = TypedDict(
    "GetDomainNamesParameters",
    {
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
    },
    total=False,
)
GetExportParameters = TypedDict(
    "GetExportParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "StageName": S,
        "StageName.$": str,
        "ExportType": S,
        "ExportType.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "Accepts": S,
        "Accepts.$": str,
    },
    total=False,
)
GetGatewayResponseParameters = TypedDict(
    "GetGatewayResponseParameters",
    {"RestApiId": S, "RestApiId.$": str, "ResponseType": S, "ResponseType.$": str},
    total=False,
)
GetGatewayResponsesParameters = TypedDict(
    "GetGatewayResponsesParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
GetIntegrationParameters = TypedDict(
    "GetIntegrationParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
    },
    total=False,
)
GetIntegrationResponseParameters = TypedDict(
    "GetIntegrationResponseParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "StatusCode": S,
        "StatusCode.$": str,
    },
    total=False,
)
GetMethodParameters = TypedDict(
    "GetMethodParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
    },
    total=False,
)
GetMethodResponseParameters = TypedDict(
    "GetMethodResponseParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "StatusCode": S,
        "StatusCode.$": str,
    },
    total=False,
)
GetModelParameters = TypedDict(
    "GetModelParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ModelName": S,
        "ModelName.$": str,
        "Flatten": B,
        "Flatten.$": str,
    },
    total=False,
)
GetModelTemplateParameters = TypedDict(
    "GetModelTemplateParameters",
    {"RestApiId": S, "RestApiId.$": str, "ModelName": S, "ModelName.$": str},
    total=False,
)
GetModelsParameters = TypedDict(
    "GetModelsParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
GetRequestValidatorParameters = TypedDict(
    "GetRequestValidatorParameters",
    {"RestApiId": S, "RestApiId.$": str, "RequestValidatorId": S, "RequestValidatorId.$": str},
    total=False,
)
GetRequestValidatorsParameters = TypedDict(
    "GetRequestValidatorsParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
GetResourceParameters = TypedDict(
    "GetResourceParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "Embed": L[Si],
        "Embed.$": str,
    },
    total=False,
)
GetResourcesParameters = TypedDict(
    "GetResourcesParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
        "Embed": L[Si],
        "Embed.$": str,
    },
    total=False,
)
GetRestApiParameters = TypedDict(
    "GetRestApiParameters", {"RestApiId": S, "RestApiId.$": str}, total=False
)
GetRestApisParameters = TypedDict(
    "GetRestApisParameters",
    {"Position": S, "Position.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
GetSdkParameters = TypedDict(
    "GetSdkParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "StageName": S,
        "StageName.$": str,
        "SdkType": S,
        "SdkType.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
    },
    total=False,
)
GetSdkTypeParameters = TypedDict("GetSdkTypeParameters", {"Id": S, "Id.$": str}, total=False)
GetSdkTypesParameters = TypedDict(
    "GetSdkTypesParameters",
    {"Position": S, "Position.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
GetStageParameters = TypedDict(
    "GetStageParameters",
    {"RestApiId": S, "RestApiId.$": str, "StageName": S, "StageName.$": str},
    total=False,
)
GetStagesParameters = TypedDict(
    "GetStagesParameters",
    {"RestApiId": S, "RestApiId.$": str, "DeploymentId": S, "DeploymentId.$": str},
    total=False,
)
GetTagsParameters = TypedDict(
    "GetTagsParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
GetUsageParameters = TypedDict(
    "GetUsageParameters",
    {
        "UsagePlanId": S,
        "UsagePlanId.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "StartDate": S,
        "StartDate.$": str,
        "EndDate": S,
        "EndDate.$": str,
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
GetUsagePlanParameters = TypedDict(
    "GetUsagePlanParameters", {"UsagePlanId": S, "UsagePlanId.$": str}, total=False
)
GetUsagePlanKeyParameters = TypedDict(
    "GetUsagePlanKeyParameters",
    {"UsagePlanId": S, "UsagePlanId.$": str, "KeyId": S, "KeyId.$": str},
    total=False,
)
GetUsagePlanKeysParameters = TypedDict(
    "GetUsagePlanKeysParameters",
    {
        "UsagePlanId": S,
        "UsagePlanId.$": str,
        "Position": S,
        "Position.$": str,
        "Limit": I,
        "Limit.$": str,
        "NameQuery": S,
        "NameQuery.$": str,
    },
    total=False,
)
GetUsagePlansParameters = TypedDict(
    "GetUsagePlansParameters",
    {"Position": S, "Position.$": str, "KeyId": S, "KeyId.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
GetVpcLinkParameters = TypedDict(
    "GetVpcLinkParameters", {"VpcLinkId": S, "VpcLinkId.$": str}, total=False
)
GetVpcLinksParameters = TypedDict(
    "GetVpcLinksParameters",
    {"Position": S, "Position.$": str, "Limit": I, "Limit.$": str},
    total=False,
)
ImportApiKeysParameters = TypedDict(
    "ImportApiKeysParameters",
    {
        "Body": S,
        "Body.$": str,
        "Format": S,
        "Format.$": str,
        "FailOnWarnings": B,
        "FailOnWarnings.$": str,
    },
    total=False,
)
ImportDocumentationPartsParameters = TypedDict(
    "ImportDocumentationPartsParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Mode": S,
        "Mode.$": str,
        "FailOnWarnings": B,
        "FailOnWarnings.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
ImportRestApiParameters = TypedDict(
    "ImportRestApiParameters",
    {
        "FailOnWarnings": B,
        "FailOnWarnings.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
PutGatewayResponseParameters = TypedDict(
    "PutGatewayResponseParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResponseType": S,
        "ResponseType.$": str,
        "StatusCode": S,
        "StatusCode.$": str,
        "ResponseParameters": M[S],
        "ResponseParameters.$": str,
        "ResponseTemplates": M[S],
        "ResponseTemplates.$": str,
    },
    total=False,
)

class TlsConfig(TypedDict, total=False):
    InsecureSkipVerification: B

PutIntegrationParameters = TypedDict(
    "PutIntegrationParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "Type": S,
        "Type.$": str,
        "IntegrationHttpMethod": S,
        "IntegrationHttpMethod.$": str,
        "Uri": S,
        "Uri.$": str,
        "ConnectionType": S,
        "ConnectionType.$": str,
        "ConnectionId": S,
        "ConnectionId.$": str,
        "Credentials": S,
        "Credentials.$": str,
        "RequestParameters": M[S],
        "RequestParameters.$": str,
        "RequestTemplates": M[S],
        "RequestTemplates.$": str,
        "PassthroughBehavior": S,
        "PassthroughBehavior.$": str,
        "CacheNamespace": S,
        "CacheNamespace.$": str,
        "CacheKeyParameters": L[Si],
        "CacheKeyParameters.$": str,
        "ContentHandling": S,
        "ContentHandling.$": str,
        "TimeoutInMillis": I,
        "TimeoutInMillis.$": str,
        "TlsConfig": X[TlsConfig],
        "TlsConfig.$": str,
        "ResponseTransferMode": S,
        "ResponseTransferMode.$": str,
        "IntegrationTarget": S,
        "IntegrationTarget.$": str,
    },
    total=False,
)
PutIntegrationResponseParameters = TypedDict(
    "PutIntegrationResponseParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "StatusCode": S,
        "StatusCode.$": str,
        "SelectionPattern": S,
        "SelectionPattern.$": str,
        "ResponseParameters": M[S],
        "ResponseParameters.$": str,
        "ResponseTemplates": M[S],
        "ResponseTemplates.$": str,
        "ContentHandling": S,
        "ContentHandling.$": str,
    },
    total=False,
)
PutMethodParameters = TypedDict(
    "PutMethodParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "AuthorizationType": S,
        "AuthorizationType.$": str,
        "AuthorizerId": S,
        "AuthorizerId.$": str,
        "ApiKeyRequired": B,
        "ApiKeyRequired.$": str,
        "OperationName": S,
        "OperationName.$": str,
        "RequestParameters": M[B],
        "RequestParameters.$": str,
        "RequestModels": M[S],
        "RequestModels.$": str,
        "RequestValidatorId": S,
        "RequestValidatorId.$": str,
        "AuthorizationScopes": L[Si],
        "AuthorizationScopes.$": str,
    },
    total=False,
)
PutMethodResponseParameters = TypedDict(
    "PutMethodResponseParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "StatusCode": S,
        "StatusCode.$": str,
        "ResponseParameters": M[B],
        "ResponseParameters.$": str,
        "ResponseModels": M[S],
        "ResponseModels.$": str,
    },
    total=False,
)
PutRestApiParameters = TypedDict(
    "PutRestApiParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "Mode": S,
        "Mode.$": str,
        "FailOnWarnings": B,
        "FailOnWarnings.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "Body": S,
        "Body.$": str,
    },
    total=False,
)
RejectDomainNameAccessAssociationParameters = TypedDict(
    "RejectDomainNameAccessAssociationParameters",
    {
        "DomainNameAccessAssociationArn": S,
        "DomainNameAccessAssociationArn.$": str,
        "DomainNameArn": S,
        "DomainNameArn.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TestInvokeAuthorizerParameters = TypedDict(
    "TestInvokeAuthorizerParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "AuthorizerId": S,
        "AuthorizerId.$": str,
        "Headers": M[S],
        "Headers.$": str,
        "MultiValueHeaders": M[L[Si]],
        "MultiValueHeaders.$": str,
        "PathWithQueryString": S,
        "PathWithQueryString.$": str,
        "Body": S,
        "Body.$": str,
        "StageVariables": M[S],
        "StageVariables.$": str,
        "AdditionalContext": M[S],
        "AdditionalContext.$": str,
    },
    total=False,
)
TestInvokeMethodParameters = TypedDict(
    "TestInvokeMethodParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "PathWithQueryString": S,
        "PathWithQueryString.$": str,
        "Body": S,
        "Body.$": str,
        "Headers": M[S],
        "Headers.$": str,
        "MultiValueHeaders": M[L[Si]],
        "MultiValueHeaders.$": str,
        "ClientCertificateId": S,
        "ClientCertificateId.$": str,
        "StageVariables": M[S],
        "StageVariables.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)

class PatchOperation(TypedDict, total=False):
    Op: S
    Path: S
    Value: S
    From: S

UpdateAccountParameters = TypedDict(
    "UpdateAccountParameters",
    {"PatchOperations": L[Xi[PatchOperation]], "PatchOperations.$": str},
    total=False,
)
UpdateApiKeyParameters = TypedDict(
    "UpdateApiKeyParameters",
    {
        "ApiKey": S,
        "ApiKey.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateAuthorizerParameters = TypedDict(
    "UpdateAuthorizerParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "AuthorizerId": S,
        "AuthorizerId.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateBasePathMappingParameters = TypedDict(
    "UpdateBasePathMappingParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameId": S,
        "DomainNameId.$": str,
        "BasePath": S,
        "BasePath.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateClientCertificateParameters = TypedDict(
    "UpdateClientCertificateParameters",
    {
        "ClientCertificateId": S,
        "ClientCertificateId.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateDeploymentParameters = TypedDict(
    "UpdateDeploymentParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "DeploymentId": S,
        "DeploymentId.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateDocumentationPartParameters = TypedDict(
    "UpdateDocumentationPartParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "DocumentationPartId": S,
        "DocumentationPartId.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateDocumentationVersionParameters = TypedDict(
    "UpdateDocumentationVersionParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "DocumentationVersion": S,
        "DocumentationVersion.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateDomainNameParameters = TypedDict(
    "UpdateDomainNameParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameId": S,
        "DomainNameId.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateGatewayResponseParameters = TypedDict(
    "UpdateGatewayResponseParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResponseType": S,
        "ResponseType.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateIntegrationParameters = TypedDict(
    "UpdateIntegrationParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateIntegrationResponseParameters = TypedDict(
    "UpdateIntegrationResponseParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "StatusCode": S,
        "StatusCode.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateMethodParameters = TypedDict(
    "UpdateMethodParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateMethodResponseParameters = TypedDict(
    "UpdateMethodResponseParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "HttpMethod": S,
        "HttpMethod.$": str,
        "StatusCode": S,
        "StatusCode.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateModelParameters = TypedDict(
    "UpdateModelParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ModelName": S,
        "ModelName.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateRequestValidatorParameters = TypedDict(
    "UpdateRequestValidatorParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "RequestValidatorId": S,
        "RequestValidatorId.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateResourceParameters = TypedDict(
    "UpdateResourceParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateRestApiParameters = TypedDict(
    "UpdateRestApiParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateStageParameters = TypedDict(
    "UpdateStageParameters",
    {
        "RestApiId": S,
        "RestApiId.$": str,
        "StageName": S,
        "StageName.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateUsageParameters = TypedDict(
    "UpdateUsageParameters",
    {
        "UsagePlanId": S,
        "UsagePlanId.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateUsagePlanParameters = TypedDict(
    "UpdateUsagePlanParameters",
    {
        "UsagePlanId": S,
        "UsagePlanId.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
UpdateVpcLinkParameters = TypedDict(
    "UpdateVpcLinkParameters",
    {
        "VpcLinkId": S,
        "VpcLinkId.$": str,
        "PatchOperations": L[Xi[PatchOperation]],
        "PatchOperations.$": str,
    },
    total=False,
)
create_api_key: Builder[CreateApiKeyParameters]
create_authorizer: Builder[CreateAuthorizerParameters]
create_base_path_mapping: Builder[CreateBasePathMappingParameters]
create_deployment: Builder[CreateDeploymentParameters]
create_documentation_part: Builder[CreateDocumentationPartParameters]
create_documentation_version: Builder[CreateDocumentationVersionParameters]
create_domain_name: Builder[CreateDomainNameParameters]
create_domain_name_access_association: Builder[CreateDomainNameAccessAssociationParameters]
create_model: Builder[CreateModelParameters]
create_request_validator: Builder[CreateRequestValidatorParameters]
create_resource: Builder[CreateResourceParameters]
create_rest_api: Builder[CreateRestApiParameters]
create_stage: Builder[CreateStageParameters]
create_usage_plan: Builder[CreateUsagePlanParameters]
create_usage_plan_key: Builder[CreateUsagePlanKeyParameters]
create_vpc_link: Builder[CreateVpcLinkParameters]
delete_api_key: Builder[DeleteApiKeyParameters]
delete_authorizer: Builder[DeleteAuthorizerParameters]
delete_base_path_mapping: Builder[DeleteBasePathMappingParameters]
delete_client_certificate: Builder[DeleteClientCertificateParameters]
delete_deployment: Builder[DeleteDeploymentParameters]
delete_documentation_part: Builder[DeleteDocumentationPartParameters]
delete_documentation_version: Builder[DeleteDocumentationVersionParameters]
delete_domain_name: Builder[DeleteDomainNameParameters]
delete_domain_name_access_association: Builder[DeleteDomainNameAccessAssociationParameters]
delete_gateway_response: Builder[DeleteGatewayResponseParameters]
delete_integration: Builder[DeleteIntegrationParameters]
delete_integration_response: Builder[DeleteIntegrationResponseParameters]
delete_method: Builder[DeleteMethodParameters]
delete_method_response: Builder[DeleteMethodResponseParameters]
delete_model: Builder[DeleteModelParameters]
delete_request_validator: Builder[DeleteRequestValidatorParameters]
delete_resource: Builder[DeleteResourceParameters]
delete_rest_api: Builder[DeleteRestApiParameters]
delete_stage: Builder[DeleteStageParameters]
delete_usage_plan: Builder[DeleteUsagePlanParameters]
delete_usage_plan_key: Builder[DeleteUsagePlanKeyParameters]
delete_vpc_link: Builder[DeleteVpcLinkParameters]
flush_stage_authorizers_cache: Builder[FlushStageAuthorizersCacheParameters]
flush_stage_cache: Builder[FlushStageCacheParameters]
generate_client_certificate: Builder[GenerateClientCertificateParameters]
get_account: Builder[GetAccountParameters]
get_api_key: Builder[GetApiKeyParameters]
get_api_keys: Builder[GetApiKeysParameters]
get_authorizer: Builder[GetAuthorizerParameters]
get_authorizers: Builder[GetAuthorizersParameters]
get_base_path_mapping: Builder[GetBasePathMappingParameters]
get_base_path_mappings: Builder[GetBasePathMappingsParameters]
get_client_certificate: Builder[GetClientCertificateParameters]
get_client_certificates: Builder[GetClientCertificatesParameters]
get_deployment: Builder[GetDeploymentParameters]
get_deployments: Builder[GetDeploymentsParameters]
get_documentation_part: Builder[GetDocumentationPartParameters]
get_documentation_parts: Builder[GetDocumentationPartsParameters]
get_documentation_version: Builder[GetDocumentationVersionParameters]
get_documentation_versions: Builder[GetDocumentationVersionsParameters]
get_domain_name: Builder[GetDomainNameParameters]
get_domain_name_access_associations: Builder[GetDomainNameAccessAssociationsParameters]
get_domain_names: Builder[GetDomainNamesParameters]
get_export: Builder[GetExportParameters]
get_gateway_response: Builder[GetGatewayResponseParameters]
get_gateway_responses: Builder[GetGatewayResponsesParameters]
get_integration: Builder[GetIntegrationParameters]
get_integration_response: Builder[GetIntegrationResponseParameters]
get_method: Builder[GetMethodParameters]
get_method_response: Builder[GetMethodResponseParameters]
get_model: Builder[GetModelParameters]
get_model_template: Builder[GetModelTemplateParameters]
get_models: Builder[GetModelsParameters]
get_request_validator: Builder[GetRequestValidatorParameters]
get_request_validators: Builder[GetRequestValidatorsParameters]
get_resource: Builder[GetResourceParameters]
get_resources: Builder[GetResourcesParameters]
get_rest_api: Builder[GetRestApiParameters]
get_rest_apis: Builder[GetRestApisParameters]
get_sdk: Builder[GetSdkParameters]
get_sdk_type: Builder[GetSdkTypeParameters]
get_sdk_types: Builder[GetSdkTypesParameters]
get_stage: Builder[GetStageParameters]
get_stages: Builder[GetStagesParameters]
get_tags: Builder[GetTagsParameters]
get_usage: Builder[GetUsageParameters]
get_usage_plan: Builder[GetUsagePlanParameters]
get_usage_plan_key: Builder[GetUsagePlanKeyParameters]
get_usage_plan_keys: Builder[GetUsagePlanKeysParameters]
get_usage_plans: Builder[GetUsagePlansParameters]
get_vpc_link: Builder[GetVpcLinkParameters]
get_vpc_links: Builder[GetVpcLinksParameters]
import_api_keys: Builder[ImportApiKeysParameters]
import_documentation_parts: Builder[ImportDocumentationPartsParameters]
import_rest_api: Builder[ImportRestApiParameters]
put_gateway_response: Builder[PutGatewayResponseParameters]
put_integration: Builder[PutIntegrationParameters]
put_integration_response: Builder[PutIntegrationResponseParameters]
put_method: Builder[PutMethodParameters]
put_method_response: Builder[PutMethodResponseParameters]
put_rest_api: Builder[PutRestApiParameters]
reject_domain_name_access_association: Builder[RejectDomainNameAccessAssociationParameters]
tag_resource: Builder[TagResourceParameters]
test_invoke_authorizer: Builder[TestInvokeAuthorizerParameters]
test_invoke_method: Builder[TestInvokeMethodParameters]
untag_resource: Builder[UntagResourceParameters]
update_account: Builder[UpdateAccountParameters]
update_api_key: Builder[UpdateApiKeyParameters]
update_authorizer: Builder[UpdateAuthorizerParameters]
update_base_path_mapping: Builder[UpdateBasePathMappingParameters]
update_client_certificate: Builder[UpdateClientCertificateParameters]
update_deployment: Builder[UpdateDeploymentParameters]
update_documentation_part: Builder[UpdateDocumentationPartParameters]
update_documentation_version: Builder[UpdateDocumentationVersionParameters]
update_domain_name: Builder[UpdateDomainNameParameters]
update_gateway_response: Builder[UpdateGatewayResponseParameters]
update_integration: Builder[UpdateIntegrationParameters]
update_integration_response: Builder[UpdateIntegrationResponseParameters]
update_method: Builder[UpdateMethodParameters]
update_method_response: Builder[UpdateMethodResponseParameters]
update_model: Builder[UpdateModelParameters]
update_request_validator: Builder[UpdateRequestValidatorParameters]
update_resource: Builder[UpdateResourceParameters]
update_rest_api: Builder[UpdateRestApiParameters]
update_stage: Builder[UpdateStageParameters]
update_usage: Builder[UpdateUsageParameters]
update_usage_plan: Builder[UpdateUsagePlanParameters]
update_vpc_link: Builder[UpdateVpcLinkParameters]

__all__ = [
    "create_api_key",
    "create_authorizer",
    "create_base_path_mapping",
    "create_deployment",
    "create_documentation_part",
    "create_documentation_version",
    "create_domain_name",
    "create_domain_name_access_association",
    "create_model",
    "create_request_validator",
    "create_resource",
    "create_rest_api",
    "create_stage",
    "create_usage_plan",
    "create_usage_plan_key",
    "create_vpc_link",
    "delete_api_key",
    "delete_authorizer",
    "delete_base_path_mapping",
    "delete_client_certificate",
    "delete_deployment",
    "delete_documentation_part",
    "delete_documentation_version",
    "delete_domain_name",
    "delete_domain_name_access_association",
    "delete_gateway_response",
    "delete_integration",
    "delete_integration_response",
    "delete_method",
    "delete_method_response",
    "delete_model",
    "delete_request_validator",
    "delete_resource",
    "delete_rest_api",
    "delete_stage",
    "delete_usage_plan",
    "delete_usage_plan_key",
    "delete_vpc_link",
    "flush_stage_authorizers_cache",
    "flush_stage_cache",
    "generate_client_certificate",
    "get_account",
    "get_api_key",
    "get_api_keys",
    "get_authorizer",
    "get_authorizers",
    "get_base_path_mapping",
    "get_base_path_mappings",
    "get_client_certificate",
    "get_client_certificates",
    "get_deployment",
    "get_deployments",
    "get_documentation_part",
    "get_documentation_parts",
    "get_documentation_version",
    "get_documentation_versions",
    "get_domain_name",
    "get_domain_name_access_associations",
    "get_domain_names",
    "get_export",
    "get_gateway_response",
    "get_gateway_responses",
    "get_integration",
    "get_integration_response",
    "get_method",
    "get_method_response",
    "get_model",
    "get_model_template",
    "get_models",
    "get_request_validator",
    "get_request_validators",
    "get_resource",
    "get_resources",
    "get_rest_api",
    "get_rest_apis",
    "get_sdk",
    "get_sdk_type",
    "get_sdk_types",
    "get_stage",
    "get_stages",
    "get_tags",
    "get_usage",
    "get_usage_plan",
    "get_usage_plan_key",
    "get_usage_plan_keys",
    "get_usage_plans",
    "get_vpc_link",
    "get_vpc_links",
    "import_api_keys",
    "import_documentation_parts",
    "import_rest_api",
    "put_gateway_response",
    "put_integration",
    "put_integration_response",
    "put_method",
    "put_method_response",
    "put_rest_api",
    "reject_domain_name_access_association",
    "tag_resource",
    "test_invoke_authorizer",
    "test_invoke_method",
    "untag_resource",
    "update_account",
    "update_api_key",
    "update_authorizer",
    "update_base_path_mapping",
    "update_client_certificate",
    "update_deployment",
    "update_documentation_part",
    "update_documentation_version",
    "update_domain_name",
    "update_gateway_response",
    "update_integration",
    "update_integration_response",
    "update_method",
    "update_method_response",
    "update_model",
    "update_request_validator",
    "update_resource",
    "update_rest_api",
    "update_stage",
    "update_usage",
    "update_usage_plan",
    "update_vpc_link",
]
