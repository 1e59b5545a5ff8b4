"""Typed builders of the AWS SDK integration of apigatewayv2 (``aws-sdk:apigatewayv2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

class Cors(TypedDict, total=False):
    AllowCredentials: B
    AllowHeaders: L[Si]
    AllowMethods: L[Si]
    AllowOrigins: L[Si]
    ExposeHeaders: L[Si]
    MaxAge: I

CreateApiParameters = TypedDict(
    "CreateApiParameters",
    {
        "ApiKeySelectionExpression": S,
        "ApiKeySelectionExpression.$": str,
        "CorsConfiguration": X[Cors],
        "CorsConfiguration.$": str,
        "CredentialsArn": S,
        "CredentialsArn.$": str,
        "Description": S,
        "Description.$": str,
        "DisableSchemaValidation": B,
        "DisableSchemaValidation.$": str,
        "DisableExecuteApiEndpoint": B,
        "DisableExecuteApiEndpoint.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "Name": S,
        "Name.$": str,
        "ProtocolType": S,
        "ProtocolType.$": str,
        "RouteKey": S,
        "RouteKey.$": str,
        "RouteSelectionExpression": S,
        "RouteSelectionExpression.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Target": S,
        "Target.$": str,
        "Version": S,
        "Version.$": str,
    },
    total=False,
)
CreateApiMappingParameters = TypedDict(
    "CreateApiMappingParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ApiMappingKey": S,
        "ApiMappingKey.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "Stage": S,
        "Stage.$": str,
    },
    total=False,
)

class JWTConfiguration(TypedDict, total=False):
    Audience: L[Si]
    Issuer: S

CreateAuthorizerParameters = TypedDict(
    "CreateAuthorizerParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "AuthorizerCredentialsArn": S,
        "AuthorizerCredentialsArn.$": str,
        "AuthorizerPayloadFormatVersion": S,
        "AuthorizerPayloadFormatVersion.$": str,
        "AuthorizerResultTtlInSeconds": I,
        "AuthorizerResultTtlInSeconds.$": str,
        "AuthorizerType": S,
        "AuthorizerType.$": str,
        "AuthorizerUri": S,
        "AuthorizerUri.$": str,
        "EnableSimpleResponses": B,
        "EnableSimpleResponses.$": str,
        "IdentitySource": L[Si],
        "IdentitySource.$": str,
        "IdentityValidationExpression": S,
        "IdentityValidationExpression.$": str,
        "JwtConfiguration": X[JWTConfiguration],
        "JwtConfiguration.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
CreateDeploymentParameters = TypedDict(
    "CreateDeploymentParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Description": S,
        "Description.$": str,
        "StageName": S,
        "StageName.$": str,
    },
    total=False,
)

class DomainNameConfiguration(TypedDict, total=False):
    ApiGatewayDomainName: S
    CertificateArn: S
    CertificateName: S
    CertificateUploadDate: T
    DomainNameStatus: S
    DomainNameStatusMessage: S
    EndpointType: S
    HostedZoneId: S
    IpAddressType: S
    SecurityPolicy: S
    OwnershipVerificationCertificateArn: S

class MutualTlsAuthenticationInput(TypedDict, total=False):
    TruststoreUri: S
    TruststoreVersion: S

CreateDomainNameParameters = TypedDict(
    "CreateDomainNameParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameConfigurations": L[Xi[DomainNameConfiguration]],
        "DomainNameConfigurations.$": str,
        "MutualTlsAuthentication": X[MutualTlsAuthenticationInput],
        "MutualTlsAuthentication.$": str,
        "RoutingMode": S,
        "RoutingMode.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class TlsConfigInput(TypedDict, total=False):
    ServerNameToVerify: S

CreateIntegrationParameters = TypedDict(
    "CreateIntegrationParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ConnectionId": S,
        "ConnectionId.$": str,
        "ConnectionType": S,
        "ConnectionType.$": str,
        "ContentHandlingStrategy": S,
        "ContentHandlingStrategy.$": str,
        "CredentialsArn": S,
        "CredentialsArn.$": str,
        "Description": S,
        "Description.$": str,
        "IntegrationMethod": S,
        "IntegrationMethod.$": str,
        "IntegrationSubtype": S,
        "IntegrationSubtype.$": str,
        "IntegrationType": S,
        "IntegrationType.$": str,
        "IntegrationUri": S,
        "IntegrationUri.$": str,
        "PassthroughBehavior": S,
        "PassthroughBehavior.$": str,
        "PayloadFormatVersion": S,
        "PayloadFormatVersion.$": str,
        "RequestParameters": M[S],
        "RequestParameters.$": str,
        "RequestTemplates": M[S],
        "RequestTemplates.$": str,
        "ResponseParameters": M[M[S]],
        "ResponseParameters.$": str,
        "TemplateSelectionExpression": S,
        "TemplateSelectionExpression.$": str,
        "TimeoutInMillis": I,
        "TimeoutInMillis.$": str,
        "TlsConfig": X[TlsConfigInput],
        "TlsConfig.$": str,
    },
    total=False,
)
CreateIntegrationResponseParameters = TypedDict(
    "CreateIntegrationResponseParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ContentHandlingStrategy": S,
        "ContentHandlingStrategy.$": str,
        "IntegrationId": S,
        "IntegrationId.$": str,
        "IntegrationResponseKey": S,
        "IntegrationResponseKey.$": str,
        "ResponseParameters": M[S],
        "ResponseParameters.$": str,
        "ResponseTemplates": M[S],
        "ResponseTemplates.$": str,
        "TemplateSelectionExpression": S,
        "TemplateSelectionExpression.$": str,
    },
    total=False,
)
CreateModelParameters = TypedDict(
    "CreateModelParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Schema": S,
        "Schema.$": str,
    },
    total=False,
)

class CognitoConfig(TypedDict, total=False):
    AppClientId: S
    UserPoolArn: S
    UserPoolDomain: S

class None_(TypedDict, total=False): ...

Authorization = TypedDict(
    "Authorization", {"CognitoConfig": X[CognitoConfig], "None": X[None_]}, total=False
)

class ACMManaged(TypedDict, total=False):
    CertificateArn: S
    DomainName: S

EndpointConfigurationRequest = TypedDict(
    "EndpointConfigurationRequest", {"AcmManaged": X[ACMManaged], "None": X[None_]}, total=False
)

class CustomColors(TypedDict, total=False):
    AccentColor: S
    BackgroundColor: S
    ErrorValidationColor: S
    HeaderColor: S
    NavigationColor: S
    TextColor: S

class PortalTheme(TypedDict, total=False):
    CustomColors: X[CustomColors]
    LogoLastUploaded: T

class PortalContent(TypedDict, total=False):
    Description: S
    DisplayName: S
    Theme: X[PortalTheme]

CreatePortalParameters = TypedDict(
    "CreatePortalParameters",
    {
        "Authorization": X[Authorization],
        "Authorization.$": str,
        "EndpointConfiguration": X[EndpointConfigurationRequest],
        "EndpointConfiguration.$": str,
        "IncludedPortalProductArns": L[Si],
        "IncludedPortalProductArns.$": str,
        "LogoUri": S,
        "LogoUri.$": str,
        "PortalContent": X[PortalContent],
        "PortalContent.$": str,
        "RumAppMonitorName": S,
        "RumAppMonitorName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreatePortalProductParameters = TypedDict(
    "CreatePortalProductParameters",
    {
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DisplayContent(TypedDict, total=False):
    Body: S
    Title: S

CreateProductPageParameters = TypedDict(
    "CreateProductPageParameters",
    {
        "DisplayContent": X[DisplayContent],
        "DisplayContent.$": str,
        "PortalProductId": S,
        "PortalProductId.$": str,
    },
    total=False,
)

class DisplayContentOverrides(TypedDict, total=False):
    Body: S
    Endpoint: S
    OperationName: S

EndpointDisplayContent = TypedDict(
    "EndpointDisplayContent",
    {"None": X[None_], "Overrides": X[DisplayContentOverrides]},
    total=False,
)

class IdentifierParts(TypedDict, total=False):
    Method: S
    Path: S
    RestApiId: S
    Stage: S

class RestEndpointIdentifier(TypedDict, total=False):
    IdentifierParts: X[IdentifierParts]

CreateProductRestEndpointPageParameters = TypedDict(
    "CreateProductRestEndpointPageParameters",
    {
        "DisplayContent": X[EndpointDisplayContent],
        "DisplayContent.$": str,
        "PortalProductId": S,
        "PortalProductId.$": str,
        "RestEndpointIdentifier": X[RestEndpointIdentifier],
        "RestEndpointIdentifier.$": str,
        "TryItState": S,
        "TryItState.$": str,
    },
    total=False,
)

class ParameterConstraints(TypedDict, total=False):
    Required: B

CreateRouteParameters = TypedDict(
    "CreateRouteParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ApiKeyRequired": B,
        "ApiKeyRequired.$": str,
        "AuthorizationScopes": L[Si],
        "AuthorizationScopes.$": str,
        "AuthorizationType": S,
        "AuthorizationType.$": str,
        "AuthorizerId": S,
        "AuthorizerId.$": str,
        "ModelSelectionExpression": S,
        "ModelSelectionExpression.$": str,
        "OperationName": S,
        "OperationName.$": str,
        "RequestModels": M[S],
        "RequestModels.$": str,
        "RequestParameters": M[X[ParameterConstraints]],
        "RequestParameters.$": str,
        "RouteKey": S,
        "RouteKey.$": str,
        "RouteResponseSelectionExpression": S,
        "RouteResponseSelectionExpression.$": str,
        "Target": S,
        "Target.$": str,
    },
    total=False,
)
CreateRouteResponseParameters = TypedDict(
    "CreateRouteResponseParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ModelSelectionExpression": S,
        "ModelSelectionExpression.$": str,
        "ResponseModels": M[S],
        "ResponseModels.$": str,
        "ResponseParameters": M[X[ParameterConstraints]],
        "ResponseParameters.$": str,
        "RouteId": S,
        "RouteId.$": str,
        "RouteResponseKey": S,
        "RouteResponseKey.$": str,
    },
    total=False,
)

class RoutingRuleActionInvokeApi(TypedDict, total=False):
    ApiId: S
    Stage: S
    StripBasePath: B

class RoutingRuleAction(TypedDict, total=False):
    InvokeApi: X[RoutingRuleActionInvokeApi]

class RoutingRuleMatchBasePaths(TypedDict, total=False):
    AnyOf: L[Si]

class RoutingRuleMatchHeaderValue(TypedDict, total=False):
    Header: S
    ValueGlob: S

class RoutingRuleMatchHeaders(TypedDict, total=False):
    AnyOf: L[Xi[RoutingRuleMatchHeaderValue]]

class RoutingRuleCondition(TypedDict, total=False):
    MatchBasePaths: X[RoutingRuleMatchBasePaths]
    MatchHeaders: X[RoutingRuleMatchHeaders]

CreateRoutingRuleParameters = TypedDict(
    "CreateRoutingRuleParameters",
    {
        "Actions": L[Xi[RoutingRuleAction]],
        "Actions.$": str,
        "Conditions": L[Xi[RoutingRuleCondition]],
        "Conditions.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameId": S,
        "DomainNameId.$": str,
        "Priority": I,
        "Priority.$": str,
    },
    total=False,
)

class AccessLogSettings(TypedDict, total=False):
    DestinationArn: S
    Format: S

class RouteSettings(TypedDict, total=False):
    DataTraceEnabled: B
    DetailedMetricsEnabled: B
    LoggingLevel: S
    ThrottlingBurstLimit: I
    ThrottlingRateLimit: F

CreateStageParameters = TypedDict(
    "CreateStageParameters",
    {
        "AccessLogSettings": X[AccessLogSettings],
        "AccessLogSettings.$": str,
        "ApiId": S,
        "ApiId.$": str,
        "AutoDeploy": B,
        "AutoDeploy.$": str,
        "ClientCertificateId": S,
        "ClientCertificateId.$": str,
        "DefaultRouteSettings": X[RouteSettings],
        "DefaultRouteSettings.$": str,
        "DeploymentId": S,
        "DeploymentId.$": str,
        "Description": S,
        "Description.$": str,
        "RouteSettings": M[X[RouteSettings]],
        "RouteSettings.$": str,
        "StageName": S,
        "StageName.$": str,
        "StageVariables": M[S],
        "StageVariables.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateVpcLinkParameters = TypedDict(
    "CreateVpcLinkParameters",
    {
        "Name": S,
        "Name.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteAccessLogSettingsParameters = TypedDict(
    "DeleteAccessLogSettingsParameters",
    {"ApiId": S, "ApiId.$": str, "StageName": S, "StageName.$": str},
    total=False,
)
DeleteApiParameters = TypedDict("DeleteApiParameters", {"ApiId": S, "ApiId.$": str}, total=False)
DeleteApiMappingParameters = TypedDict(
    "DeleteApiMappingParameters",
    {"ApiMappingId": S, "ApiMappingId.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
DeleteAuthorizerParameters = TypedDict(
    "DeleteAuthorizerParameters",
    {"ApiId": S, "ApiId.$": str, "AuthorizerId": S, "AuthorizerId.$": str},
    total=False,
)
DeleteCorsConfigurationParameters = TypedDict(
    "DeleteCorsConfigurationParameters", {"ApiId": S, "ApiId.$": str}, total=False
)
DeleteDeploymentParameters = TypedDict(
    "DeleteDeploymentParameters",
    {"ApiId": S, "ApiId.$": str, "DeploymentId": S, "DeploymentId.$": str},
    total=False,
)
DeleteDomainNameParameters = TypedDict(
    "DeleteDomainNameParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
DeleteIntegrationParameters = TypedDict(
    "DeleteIntegrationParameters",
    {"ApiId": S, "ApiId.$": str, "IntegrationId": S, "IntegrationId.$": str},
    total=False,
)
DeleteIntegrationResponseParameters = TypedDict(
    "DeleteIntegrationResponseParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "IntegrationId": S,
        "IntegrationId.$": str,
        "IntegrationResponseId": S,
        "IntegrationResponseId.$": str,
    },
    total=False,
)
DeleteModelParameters = TypedDict(
    "DeleteModelParameters",
    {"ApiId": S, "ApiId.$": str, "ModelId": S, "ModelId.$": str},
    total=False,
)
DeletePortalParameters = TypedDict(
    "DeletePortalParameters", {"PortalId": S, "PortalId.$": str}, total=False
)
DeletePortalProductParameters = TypedDict(
    "DeletePortalProductParameters", {"PortalProductId": S, "PortalProductId.$": str}, total=False
)
DeletePortalProductSharingPolicyParameters = TypedDict(
    "DeletePortalProductSharingPolicyParameters",
    {"PortalProductId": S, "PortalProductId.$": str},
    total=False,
)
DeleteProductPageParameters = TypedDict(
    "DeleteProductPageParameters",
    {"PortalProductId": S, "PortalProductId.$": str, "ProductPageId": S, "ProductPageId.$": str},
    total=False,
)
DeleteProductRestEndpointPageParameters = TypedDict(
    "DeleteProductRestEndpointPageParameters",
    {
        "PortalProductId": S,
        "PortalProductId.$": str,
        "ProductRestEndpointPageId": S,
        "ProductRestEndpointPageId.$": str,
    },
    total=False,
)
DeleteRouteParameters = TypedDict(
    "DeleteRouteParameters",
    {"ApiId": S, "ApiId.$": str, "RouteId": S, "RouteId.$": str},
    total=False,
)
DeleteRouteRequestParameterParameters = TypedDict(
    "DeleteRouteRequestParameterParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "RequestParameterKey": S,
        "RequestParameterKey.$": str,
        "RouteId": S,
        "RouteId.$": str,
    },
    total=False,
)
DeleteRouteResponseParameters = TypedDict(
    "DeleteRouteResponseParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "RouteId": S,
        "RouteId.$": str,
        "RouteResponseId": S,
        "RouteResponseId.$": str,
    },
    total=False,
)
DeleteRouteSettingsParameters = TypedDict(
    "DeleteRouteSettingsParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "RouteKey": S,
        "RouteKey.$": str,
        "StageName": S,
        "StageName.$": str,
    },
    total=False,
)
DeleteRoutingRuleParameters = TypedDict(
    "DeleteRoutingRuleParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameId": S,
        "DomainNameId.$": str,
        "RoutingRuleId": S,
        "RoutingRuleId.$": str,
    },
    total=False,
)
DeleteStageParameters = TypedDict(
    "DeleteStageParameters",
    {"ApiId": S, "ApiId.$": str, "StageName": S, "StageName.$": str},
    total=False,
)
DeleteVpcLinkParameters = TypedDict(
    "DeleteVpcLinkParameters", {"VpcLinkId": S, "VpcLinkId.$": str}, total=False
)
DisablePortalParameters = TypedDict(
    "DisablePortalParameters", {"PortalId": S, "PortalId.$": str}, total=False
)
ExportApiParameters = TypedDict(
    "ExportApiParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ExportVersion": S,
        "ExportVersion.$": str,
        "IncludeExtensions": B,
        "IncludeExtensions.$": str,
        "OutputType": S,
        "OutputType.$": str,
        "Specification": S,
        "Specification.$": str,
        "StageName": S,
        "StageName.$": str,
    },
    total=False,
)
GetApiParameters = TypedDict("GetApiParameters", {"ApiId": S, "ApiId.$": str}, total=False)
GetApiMappingParameters = TypedDict(
    "GetApiMappingParameters",
    {"ApiMappingId": S, "ApiMappingId.$": str, "DomainName": S, "DomainName.$": str},
    total=False,
)
GetApiMappingsParameters = TypedDict(
    "GetApiMappingsParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetApisParameters = TypedDict(
    "GetApisParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
GetAuthorizerParameters = TypedDict(
    "GetAuthorizerParameters",
    {"ApiId": S, "ApiId.$": str, "AuthorizerId": S, "AuthorizerId.$": str},
    total=False,
)
GetAuthorizersParameters = TypedDict(
    "GetAuthorizersParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetDeploymentParameters = TypedDict(
    "GetDeploymentParameters",
    {"ApiId": S, "ApiId.$": str, "DeploymentId": S, "DeploymentId.$": str},
    total=False,
)
GetDeploymentsParameters = TypedDict(
    "GetDeploymentsParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetDomainNameParameters = TypedDict(
    "GetDomainNameParameters", {"DomainName": S, "DomainName.$": str}, total=False
)
GetDomainNamesParameters = TypedDict(
    "GetDomainNamesParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
GetIntegrationParameters = TypedDict(
    "GetIntegrationParameters",
    {"ApiId": S, "ApiId.$": str, "IntegrationId": S, "IntegrationId.$": str},
    total=False,
)
GetIntegrationResponseParameters = TypedDict(
    "GetIntegrationResponseParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "IntegrationId": S,
        "IntegrationId.$": str,
        "IntegrationResponseId": S,
        "IntegrationResponseId.$": str,
    },
    total=False,
)
GetIntegrationResponsesParameters = TypedDict(
    "GetIntegrationResponsesParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "IntegrationId": S,
        "IntegrationId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetIntegrationsParameters = TypedDict(
    "GetIntegrationsParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetModelParameters = TypedDict(
    "GetModelParameters", {"ApiId": S, "ApiId.$": str, "ModelId": S, "ModelId.$": str}, total=False
)
GetModelTemplateParameters = TypedDict(
    "GetModelTemplateParameters",
    {"ApiId": S, "ApiId.$": str, "ModelId": S, "ModelId.$": str},
    total=False,
)
GetModelsParameters = TypedDict(
    "GetModelsParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetPortalParameters = TypedDict(
    "GetPortalParameters", {"PortalId": S, "PortalId.$": str}, total=False
)
GetPortalProductParameters = TypedDict(
    "GetPortalProductParameters",
    {
        "PortalProductId": S,
        "PortalProductId.$": str,
        "ResourceOwnerAccountId": S,
        "ResourceOwnerAccountId.$": str,
    },
    total=False,
)
GetPortalProductSharingPolicyParameters = TypedDict(
    "GetPortalProductSharingPolicyParameters",
    {"PortalProductId": S, "PortalProductId.$": str},
    total=False,
)
GetProductPageParameters = TypedDict(
    "GetProductPageParameters",
    {
        "PortalProductId": S,
        "PortalProductId.$": str,
        "ProductPageId": S,
        "ProductPageId.$": str,
        "ResourceOwnerAccountId": S,
        "ResourceOwnerAccountId.$": str,
    },
    total=False,
)
GetProductRestEndpointPageParameters = TypedDict(
    "GetProductRestEndpointPageParameters",
    {
        "IncludeRawDisplayContent": S,
        "IncludeRawDisplayContent.$": str,
        "PortalProductId": S,
        "PortalProductId.$": str,
        "ProductRestEndpointPageId": S,
        "ProductRestEndpointPageId.$": str,
        "ResourceOwnerAccountId": S,
        "ResourceOwnerAccountId.$": str,
    },
    total=False,
)
GetRouteParameters = TypedDict(
    "GetRouteParameters", {"ApiId": S, "ApiId.$": str, "RouteId": S, "RouteId.$": str}, total=False
)
GetRouteResponseParameters = TypedDict(
    "GetRouteResponseParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "RouteId": S,
        "RouteId.$": str,
        "RouteResponseId": S,
        "RouteResponseId.$": str,
    },
    total=False,
)
GetRouteResponsesParameters = TypedDict(
    "GetRouteResponsesParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RouteId": S,
        "RouteId.$": str,
    },
    total=False,
)
GetRoutesParameters = TypedDict(
    "GetRoutesParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetRoutingRuleParameters = TypedDict(
    "GetRoutingRuleParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameId": S,
        "DomainNameId.$": str,
        "RoutingRuleId": S,
        "RoutingRuleId.$": str,
    },
    total=False,
)
GetStageParameters = TypedDict(
    "GetStageParameters",
    {"ApiId": S, "ApiId.$": str, "StageName": S, "StageName.$": str},
    total=False,
)
GetStagesParameters = TypedDict(
    "GetStagesParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetTagsParameters = TypedDict(
    "GetTagsParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetVpcLinkParameters = TypedDict(
    "GetVpcLinkParameters", {"VpcLinkId": S, "VpcLinkId.$": str}, total=False
)
GetVpcLinksParameters = TypedDict(
    "GetVpcLinksParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ImportApiParameters = TypedDict(
    "ImportApiParameters",
    {
        "Basepath": S,
        "Basepath.$": str,
        "Body": S,
        "Body.$": str,
        "FailOnWarnings": B,
        "FailOnWarnings.$": str,
    },
    total=False,
)
ListPortalProductsParameters = TypedDict(
    "ListPortalProductsParameters",
    {
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
    },
    total=False,
)
ListPortalsParameters = TypedDict(
    "ListPortalsParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListProductPagesParameters = TypedDict(
    "ListProductPagesParameters",
    {
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PortalProductId": S,
        "PortalProductId.$": str,
        "ResourceOwnerAccountId": S,
        "ResourceOwnerAccountId.$": str,
    },
    total=False,
)
ListProductRestEndpointPagesParameters = TypedDict(
    "ListProductRestEndpointPagesParameters",
    {
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "PortalProductId": S,
        "PortalProductId.$": str,
        "ResourceOwnerAccountId": S,
        "ResourceOwnerAccountId.$": str,
    },
    total=False,
)
ListRoutingRulesParameters = TypedDict(
    "ListRoutingRulesParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameId": S,
        "DomainNameId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PreviewPortalParameters = TypedDict(
    "PreviewPortalParameters", {"PortalId": S, "PortalId.$": str}, total=False
)
PublishPortalParameters = TypedDict(
    "PublishPortalParameters",
    {"Description": S, "Description.$": str, "PortalId": S, "PortalId.$": str},
    total=False,
)
PutPortalProductSharingPolicyParameters = TypedDict(
    "PutPortalProductSharingPolicyParameters",
    {"PolicyDocument": S, "PolicyDocument.$": str, "PortalProductId": S, "PortalProductId.$": str},
    total=False,
)
PutRoutingRuleParameters = TypedDict(
    "PutRoutingRuleParameters",
    {
        "Actions": L[Xi[RoutingRuleAction]],
        "Actions.$": str,
        "Conditions": L[Xi[RoutingRuleCondition]],
        "Conditions.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameId": S,
        "DomainNameId.$": str,
        "Priority": I,
        "Priority.$": str,
        "RoutingRuleId": S,
        "RoutingRuleId.$": str,
    },
    total=False,
)
ReimportApiParameters = TypedDict(
    "ReimportApiParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "Basepath": S,
        "Basepath.$": str,
        "Body": S,
        "Body.$": str,
        "FailOnWarnings": B,
        "FailOnWarnings.$": str,
    },
    total=False,
)
ResetAuthorizersCacheParameters = TypedDict(
    "ResetAuthorizersCacheParameters",
    {"ApiId": S, "ApiId.$": str, "StageName": S, "StageName.$": str},
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
UpdateApiParameters = TypedDict(
    "UpdateApiParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ApiKeySelectionExpression": S,
        "ApiKeySelectionExpression.$": str,
        "CorsConfiguration": X[Cors],
        "CorsConfiguration.$": str,
        "CredentialsArn": S,
        "CredentialsArn.$": str,
        "Description": S,
        "Description.$": str,
        "DisableSchemaValidation": B,
        "DisableSchemaValidation.$": str,
        "DisableExecuteApiEndpoint": B,
        "DisableExecuteApiEndpoint.$": str,
        "IpAddressType": S,
        "IpAddressType.$": str,
        "Name": S,
        "Name.$": str,
        "RouteKey": S,
        "RouteKey.$": str,
        "RouteSelectionExpression": S,
        "RouteSelectionExpression.$": str,
        "Target": S,
        "Target.$": str,
        "Version": S,
        "Version.$": str,
    },
    total=False,
)
UpdateApiMappingParameters = TypedDict(
    "UpdateApiMappingParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ApiMappingId": S,
        "ApiMappingId.$": str,
        "ApiMappingKey": S,
        "ApiMappingKey.$": str,
        "DomainName": S,
        "DomainName.$": str,
        "Stage": S,
        "Stage.$": str,
    },
    total=False,
)
UpdateAuthorizerParameters = TypedDict(
    "UpdateAuthorizerParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "AuthorizerCredentialsArn": S,
        "AuthorizerCredentialsArn.$": str,
        "AuthorizerId": S,
        "AuthorizerId.$": str,
        "AuthorizerPayloadFormatVersion": S,
        "AuthorizerPayloadFormatVersion.$": str,
        "AuthorizerResultTtlInSeconds": I,
        "AuthorizerResultTtlInSeconds.$": str,
        "AuthorizerType": S,
        "AuthorizerType.$": str,
        "AuthorizerUri": S,
        "AuthorizerUri.$": str,
        "EnableSimpleResponses": B,
        "EnableSimpleResponses.$": str,
        "IdentitySource": L[Si],
        "IdentitySource.$": str,
        "IdentityValidationExpression": S,
        "IdentityValidationExpression.$": str,
        "JwtConfiguration": X[JWTConfiguration],
        "JwtConfiguration.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateDeploymentParameters = TypedDict(
    "UpdateDeploymentParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "DeploymentId": S,
        "DeploymentId.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateDomainNameParameters = TypedDict(
    "UpdateDomainNameParameters",
    {
        "DomainName": S,
        "DomainName.$": str,
        "DomainNameConfigurations": L[Xi[DomainNameConfiguration]],
        "DomainNameConfigurations.$": str,
        "MutualTlsAuthentication": X[MutualTlsAuthenticationInput],
        "MutualTlsAuthentication.$": str,
        "RoutingMode": S,
        "RoutingMode.$": str,
    },
    total=False,
)
UpdateIntegrationParameters = TypedDict(
    "UpdateIntegrationParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ConnectionId": S,
        "ConnectionId.$": str,
        "ConnectionType": S,
        "ConnectionType.$": str,
        "ContentHandlingStrategy": S,
        "ContentHandlingStrategy.$": str,
        "CredentialsArn": S,
        "CredentialsArn.$": str,
        "Description": S,
        "Description.$": str,
        "IntegrationId": S,
        "IntegrationId.$": str,
        "IntegrationMethod": S,
        "IntegrationMethod.$": str,
        "IntegrationSubtype": S,
        "IntegrationSubtype.$": str,
        "IntegrationType": S,
        "IntegrationType.$": str,
        "IntegrationUri": S,
        "IntegrationUri.$": str,
        "PassthroughBehavior": S,
        "PassthroughBehavior.$": str,
        "PayloadFormatVersion": S,
        "PayloadFormatVersion.$": str,
        "RequestParameters": M[S],
        "RequestParameters.$": str,
        "RequestTemplates": M[S],
        "RequestTemplates.$": str,
        "ResponseParameters": M[M[S]],
        "ResponseParameters.$": str,
        "TemplateSelectionExpression": S,
        "TemplateSelectionExpression.$": str,
        "TimeoutInMillis": I,
        "TimeoutInMillis.$": str,
        "TlsConfig": X[TlsConfigInput],
        "TlsConfig.$": str,
    },
    total=False,
)
UpdateIntegrationResponseParameters = TypedDict(
    "UpdateIntegrationResponseParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ContentHandlingStrategy": S,
        "ContentHandlingStrategy.$": str,
        "IntegrationId": S,
        "IntegrationId.$": str,
        "IntegrationResponseId": S,
        "IntegrationResponseId.$": str,
        "IntegrationResponseKey": S,
        "IntegrationResponseKey.$": str,
        "ResponseParameters": M[S],
        "ResponseParameters.$": str,
        "ResponseTemplates": M[S],
        "ResponseTemplates.$": str,
        "TemplateSelectionExpression": S,
        "TemplateSelectionExpression.$": str,
    },
    total=False,
)
UpdateModelParameters = TypedDict(
    "UpdateModelParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "Description": S,
        "Description.$": str,
        "ModelId": S,
        "ModelId.$": str,
        "Name": S,
        "Name.$": str,
        "Schema": S,
        "Schema.$": str,
    },
    total=False,
)
UpdatePortalParameters = TypedDict(
    "UpdatePortalParameters",
    {
        "Authorization": X[Authorization],
        "Authorization.$": str,
        "EndpointConfiguration": X[EndpointConfigurationRequest],
        "EndpointConfiguration.$": str,
        "IncludedPortalProductArns": L[Si],
        "IncludedPortalProductArns.$": str,
        "LogoUri": S,
        "LogoUri.$": str,
        "PortalContent": X[PortalContent],
        "PortalContent.$": str,
        "PortalId": S,
        "PortalId.$": str,
        "RumAppMonitorName": S,
        "RumAppMonitorName.$": str,
    },
    total=False,
)

class Section(TypedDict, total=False):
    ProductRestEndpointPageArns: L[Si]
    SectionName: S

class DisplayOrder(TypedDict, total=False):
    Contents: L[Xi[Section]]
    OverviewPageArn: S
    ProductPageArns: L[Si]

UpdatePortalProductParameters = TypedDict(
    "UpdatePortalProductParameters",
    {
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "DisplayOrder": X[DisplayOrder],
        "DisplayOrder.$": str,
        "PortalProductId": S,
        "PortalProductId.$": str,
    },
    total=False,
)
UpdateProductPageParameters = TypedDict(
    "UpdateProductPageParameters",
    {
        "DisplayContent": X[DisplayContent],
        "DisplayContent.$": str,
        "PortalProductId": S,
        "PortalProductId.$": str,
        "ProductPageId": S,
        "ProductPageId.$": str,
    },
    total=False,
)
UpdateProductRestEndpointPageParameters = TypedDict(
    "UpdateProductRestEndpointPageParameters",
    {
        "DisplayContent": X[EndpointDisplayContent],
        "DisplayContent.$": str,
        "PortalProductId": S,
        "PortalProductId.$": str,
        "ProductRestEndpointPageId": S,
        "ProductRestEndpointPageId.$": str,
        "TryItState": S,
        "TryItState.$": str,
    },
    total=False,
)
UpdateRouteParameters = TypedDict(
    "UpdateRouteParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ApiKeyRequired": B,
        "ApiKeyRequired.$": str,
        "AuthorizationScopes": L[Si],
        "AuthorizationScopes.$": str,
        "AuthorizationType": S,
        "AuthorizationType.$": str,
        "AuthorizerId": S,
        "AuthorizerId.$": str,
        "ModelSelectionExpression": S,
        "ModelSelectionExpression.$": str,
        "OperationName": S,
        "OperationName.$": str,
        "RequestModels": M[S],
        "RequestModels.$": str,
        "RequestParameters": M[X[ParameterConstraints]],
        "RequestParameters.$": str,
        "RouteId": S,
        "RouteId.$": str,
        "RouteKey": S,
        "RouteKey.$": str,
        "RouteResponseSelectionExpression": S,
        "RouteResponseSelectionExpression.$": str,
        "Target": S,
        "Target.$": str,
    },
    total=False,
)
UpdateRouteResponseParameters = TypedDict(
    "UpdateRouteResponseParameters",
    {
        "ApiId": S,
        "ApiId.$": str,
        "ModelSelectionExpression": S,
        "ModelSelectionExpression.$": str,
        "ResponseModels": M[S],
        "ResponseModels.$": str,
        "ResponseParameters": M[X[ParameterConstraints]],
        "ResponseParameters.$": str,
        "RouteId": S,
        "RouteId.$": str,
        "RouteResponseId": S,
        "RouteResponseId.$": str,
        "RouteResponseKey": S,
        "RouteResponseKey.$": str,
    },
    total=False,
)
UpdateStageParameters = TypedDict(
    "UpdateStageParameters",
    {
        "AccessLogSettings": X[AccessLogSettings],
        "AccessLogSettings.$": str,
        "ApiId": S,
        "ApiId.$": str,
        "AutoDeploy": B,
        "AutoDeploy.$": str,
        "ClientCertificateId": S,
        "ClientCertificateId.$": str,
        "DefaultRouteSettings": X[RouteSettings],
        "DefaultRouteSettings.$": str,
        "DeploymentId": S,
        "DeploymentId.$": str,
        "Description": S,
        "Description.$": str,
        "RouteSettings": M[X[RouteSettings]],
        "RouteSettings.$": str,
        "StageName": S,
        "StageName.$": str,
        "StageVariables": M[S],
        "StageVariables.$": str,
    },
    total=False,
)
UpdateVpcLinkParameters = TypedDict(
    "UpdateVpcLinkParameters",
    {"Name": S, "Name.$": str, "VpcLinkId": S, "VpcLinkId.$": str},
    total=False,
)
create_api: Builder[CreateApiParameters]
create_api_mapping: Builder[CreateApiMappingParameters]
create_authorizer: Builder[CreateAuthorizerParameters]
create_deployment: Builder[CreateDeploymentParameters]
create_domain_name: Builder[CreateDomainNameParameters]
create_integration: Builder[CreateIntegrationParameters]
create_integration_response: Builder[CreateIntegrationResponseParameters]
create_model: Builder[CreateModelParameters]
create_portal: Builder[CreatePortalParameters]
create_portal_product: Builder[CreatePortalProductParameters]
create_product_page: Builder[CreateProductPageParameters]
create_product_rest_endpoint_page: Builder[CreateProductRestEndpointPageParameters]
create_route: Builder[CreateRouteParameters]
create_route_response: Builder[CreateRouteResponseParameters]
create_routing_rule: Builder[CreateRoutingRuleParameters]
create_stage: Builder[CreateStageParameters]
create_vpc_link: Builder[CreateVpcLinkParameters]
delete_access_log_settings: Builder[DeleteAccessLogSettingsParameters]
delete_api: Builder[DeleteApiParameters]
delete_api_mapping: Builder[DeleteApiMappingParameters]
delete_authorizer: Builder[DeleteAuthorizerParameters]
delete_cors_configuration: Builder[DeleteCorsConfigurationParameters]
delete_deployment: Builder[DeleteDeploymentParameters]
delete_domain_name: Builder[DeleteDomainNameParameters]
delete_integration: Builder[DeleteIntegrationParameters]
delete_integration_response: Builder[DeleteIntegrationResponseParameters]
delete_model: Builder[DeleteModelParameters]
delete_portal: Builder[DeletePortalParameters]
delete_portal_product: Builder[DeletePortalProductParameters]
delete_portal_product_sharing_policy: Builder[DeletePortalProductSharingPolicyParameters]
delete_product_page: Builder[DeleteProductPageParameters]
delete_product_rest_endpoint_page: Builder[DeleteProductRestEndpointPageParameters]
delete_route: Builder[DeleteRouteParameters]
delete_route_request_parameter: Builder[DeleteRouteRequestParameterParameters]
delete_route_response: Builder[DeleteRouteResponseParameters]
delete_route_settings: Builder[DeleteRouteSettingsParameters]
delete_routing_rule: Builder[DeleteRoutingRuleParameters]
delete_stage: Builder[DeleteStageParameters]
delete_vpc_link: Builder[DeleteVpcLinkParameters]
disable_portal: Builder[DisablePortalParameters]
export_api: Builder[ExportApiParameters]
get_api: Builder[GetApiParameters]
get_api_mapping: Builder[GetApiMappingParameters]
get_api_mappings: Builder[GetApiMappingsParameters]
get_apis: Builder[GetApisParameters]
get_authorizer: Builder[GetAuthorizerParameters]
get_authorizers: Builder[GetAuthorizersParameters]
get_deployment: Builder[GetDeploymentParameters]
get_deployments: Builder[GetDeploymentsParameters]
get_domain_name: Builder[GetDomainNameParameters]
get_domain_names: Builder[GetDomainNamesParameters]
get_integration: Builder[GetIntegrationParameters]
get_integration_response: Builder[GetIntegrationResponseParameters]
get_integration_responses: Builder[GetIntegrationResponsesParameters]
get_integrations: Builder[GetIntegrationsParameters]
get_model: Builder[GetModelParameters]
get_model_template: Builder[GetModelTemplateParameters]
get_models: Builder[GetModelsParameters]
get_portal: Builder[GetPortalParameters]
get_portal_product: Builder[GetPortalProductParameters]
get_portal_product_sharing_policy: Builder[GetPortalProductSharingPolicyParameters]
get_product_page: Builder[GetProductPageParameters]
get_product_rest_endpoint_page: Builder[GetProductRestEndpointPageParameters]
get_route: Builder[GetRouteParameters]
get_route_response: Builder[GetRouteResponseParameters]
get_route_responses: Builder[GetRouteResponsesParameters]
get_routes: Builder[GetRoutesParameters]
get_routing_rule: Builder[GetRoutingRuleParameters]
get_stage: Builder[GetStageParameters]
get_stages: Builder[GetStagesParameters]
get_tags: Builder[GetTagsParameters]
get_vpc_link: Builder[GetVpcLinkParameters]
get_vpc_links: Builder[GetVpcLinksParameters]
import_api: Builder[ImportApiParameters]
list_portal_products: Builder[ListPortalProductsParameters]
list_portals: Builder[ListPortalsParameters]
list_product_pages: Builder[ListProductPagesParameters]
list_product_rest_endpoint_pages: Builder[ListProductRestEndpointPagesParameters]
list_routing_rules: Builder[ListRoutingRulesParameters]
preview_portal: Builder[PreviewPortalParameters]
publish_portal: Builder[PublishPortalParameters]
put_portal_product_sharing_policy: Builder[PutPortalProductSharingPolicyParameters]
put_routing_rule: Builder[PutRoutingRuleParameters]
reimport_api: Builder[ReimportApiParameters]
reset_authorizers_cache: Builder[ResetAuthorizersCacheParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_api: Builder[UpdateApiParameters]
update_api_mapping: Builder[UpdateApiMappingParameters]
update_authorizer: Builder[UpdateAuthorizerParameters]
update_deployment: Builder[UpdateDeploymentParameters]
update_domain_name: Builder[UpdateDomainNameParameters]
update_integration: Builder[UpdateIntegrationParameters]
update_integration_response: Builder[UpdateIntegrationResponseParameters]
update_model: Builder[UpdateModelParameters]
update_portal: Builder[UpdatePortalParameters]
update_portal_product: Builder[UpdatePortalProductParameters]
update_product_page: Builder[UpdateProductPageParameters]
update_product_rest_endpoint_page: Builder[UpdateProductRestEndpointPageParameters]
update_route: Builder[UpdateRouteParameters]
update_route_response: Builder[UpdateRouteResponseParameters]
update_stage: Builder[UpdateStageParameters]
update_vpc_link: Builder[UpdateVpcLinkParameters]

__all__ = [
    "create_api",
    "create_api_mapping",
    "create_authorizer",
    "create_deployment",
    "create_domain_name",
    "create_integration",
    "create_integration_response",
    "create_model",
    "create_portal",
    "create_portal_product",
    "create_product_page",
    "create_product_rest_endpoint_page",
    "create_route",
    "create_route_response",
    "create_routing_rule",
    "create_stage",
    "create_vpc_link",
    "delete_access_log_settings",
    "delete_api",
    "delete_api_mapping",
    "delete_authorizer",
    "delete_cors_configuration",
    "delete_deployment",
    "delete_domain_name",
    "delete_integration",
    "delete_integration_response",
    "delete_model",
    "delete_portal",
    "delete_portal_product",
    "delete_portal_product_sharing_policy",
    "delete_product_page",
    "delete_product_rest_endpoint_page",
    "delete_route",
    "delete_route_request_parameter",
    "delete_route_response",
    "delete_route_settings",
    "delete_routing_rule",
    "delete_stage",
    "delete_vpc_link",
    "disable_portal",
    "export_api",
    "get_api",
    "get_api_mapping",
    "get_api_mappings",
    "get_apis",
    "get_authorizer",
    "get_authorizers",
    "get_deployment",
    "get_deployments",
    "get_domain_name",
    "get_domain_names",
    "get_integration",
    "get_integration_response",
    "get_integration_responses",
    "get_integrations",
    "get_model",
    "get_model_template",
    "get_models",
    "get_portal",
    "get_portal_product",
    "get_portal_product_sharing_policy",
    "get_product_page",
    "get_product_rest_endpoint_page",
    "get_route",
    "get_route_response",
    "get_route_responses",
    "get_routes",
    "get_routing_rule",
    "get_stage",
    "get_stages",
    "get_tags",
    "get_vpc_link",
    "get_vpc_links",
    "import_api",
    "list_portal_products",
    "list_portals",
    "list_product_pages",
    "list_product_rest_endpoint_pages",
    "list_routing_rules",
    "preview_portal",
    "publish_portal",
    "put_portal_product_sharing_policy",
    "put_routing_rule",
    "reimport_api",
    "reset_authorizers_cache",
    "tag_resource",
    "untag_resource",
    "update_api",
    "update_api_mapping",
    "update_authorizer",
    "update_deployment",
    "update_domain_name",
    "update_integration",
    "update_integration_response",
    "update_model",
    "update_portal",
    "update_portal_product",
    "update_product_page",
    "update_product_rest_endpoint_page",
    "update_route",
    "update_route_response",
    "update_stage",
    "update_vpc_link",
]
