"""Typed builders of the AWS SDK integration of appmesh (``aws-sdk:appmesh:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, Ii, L, S, Si, X, Xi

class GatewayRouteHostnameRewrite(TypedDict, total=False):
    DefaultTargetHostname: S

class GrpcGatewayRouteRewrite(TypedDict, total=False):
    Hostname: X[GatewayRouteHostnameRewrite]

class GatewayRouteVirtualService(TypedDict, total=False):
    VirtualServiceName: S

class GatewayRouteTarget(TypedDict, total=False):
    Port: I
    VirtualService: X[GatewayRouteVirtualService]

class GrpcGatewayRouteAction(TypedDict, total=False):
    Rewrite: X[GrpcGatewayRouteRewrite]
    Target: X[GatewayRouteTarget]

class GatewayRouteHostnameMatch(TypedDict, total=False):
    Exact: S
    Suffix: S

class MatchRange(TypedDict, total=False):
    End: I
    Start: I

class GrpcMetadataMatchMethod(TypedDict, total=False):
    Exact: S
    Prefix: S
    Range: X[MatchRange]
    Regex: S
    Suffix: S

class GrpcGatewayRouteMetadata(TypedDict, total=False):
    Invert: B
    Match: X[GrpcMetadataMatchMethod]
    Name: S

class GrpcGatewayRouteMatch(TypedDict, total=False):
    Hostname: X[GatewayRouteHostnameMatch]
    Metadata: L[Xi[GrpcGatewayRouteMetadata]]
    Port: I
    ServiceName: S

class GrpcGatewayRoute(TypedDict, total=False):
    Action: X[GrpcGatewayRouteAction]
    Match: X[GrpcGatewayRouteMatch]

class HttpGatewayRoutePathRewrite(TypedDict, total=False):
    Exact: S

class HttpGatewayRoutePrefixRewrite(TypedDict, total=False):
    DefaultPrefix: S
    Value: S

class HttpGatewayRouteRewrite(TypedDict, total=False):
    Hostname: X[GatewayRouteHostnameRewrite]
    Path: X[HttpGatewayRoutePathRewrite]
    Prefix: X[HttpGatewayRoutePrefixRewrite]

class HttpGatewayRouteAction(TypedDict, total=False):
    Rewrite: X[HttpGatewayRouteRewrite]
    Target: X[GatewayRouteTarget]

class HeaderMatchMethod(TypedDict, total=False):
    Exact: S
    Prefix: S
    Range: X[MatchRange]
    Regex: S
    Suffix: S

class HttpGatewayRouteHeader(TypedDict, total=False):
    Invert: B
    Match: X[HeaderMatchMethod]
    Name: S

class HttpPathMatch(TypedDict, total=False):
    Exact: S
    Regex: S

class QueryParameterMatch(TypedDict, total=False):
    Exact: S

class HttpQueryParameter(TypedDict, total=False):
    Match: X[QueryParameterMatch]
    Name: S

class HttpGatewayRouteMatch(TypedDict, total=False):
    Headers: L[Xi[HttpGatewayRouteHeader]]
    Hostname: X[GatewayRouteHostnameMatch]
    Method: S
    Path: X[HttpPathMatch]
    Port: I
    Prefix: S
    QueryParameters: L[Xi[HttpQueryParameter]]

class HttpGatewayRoute(TypedDict, total=False):
    Action: X[HttpGatewayRouteAction]
    Match: X[HttpGatewayRouteMatch]

class GatewayRouteSpec(TypedDict, total=False):
    GrpcRoute: X[GrpcGatewayRoute]
    Http2Route: X[HttpGatewayRoute]
    HttpRoute: X[HttpGatewayRoute]
    Priority: I

class TagRef(TypedDict, total=False):
    Key: S
    Value: S

CreateGatewayRouteParameters = TypedDict(
    "CreateGatewayRouteParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "GatewayRouteName": S,
        "GatewayRouteName.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "Spec": X[GatewayRouteSpec],
        "Spec.$": str,
        "Tags": L[Xi[TagRef]],
        "Tags.$": str,
        "VirtualGatewayName": S,
        "VirtualGatewayName.$": str,
    },
    total=False,
)

class EgressFilter(TypedDict, total=False):
    Type: S

class MeshServiceDiscovery(TypedDict, total=False):
    IpPreference: S

class MeshSpec(TypedDict, total=False):
    EgressFilter: X[EgressFilter]
    ServiceDiscovery: X[MeshServiceDiscovery]

CreateMeshParameters = TypedDict(
    "CreateMeshParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "Spec": X[MeshSpec],
        "Spec.$": str,
        "Tags": L[Xi[TagRef]],
        "Tags.$": str,
    },
    total=False,
)

class WeightedTarget(TypedDict, total=False):
    Port: I
    VirtualNode: S
    Weight: I

class GrpcRouteAction(TypedDict, total=False):
    WeightedTargets: L[Xi[WeightedTarget]]

class GrpcRouteMetadataMatchMethod(TypedDict, total=False):
    Exact: S
    Prefix: S
    Range: X[MatchRange]
    Regex: S
    Suffix: S

class GrpcRouteMetadata(TypedDict, total=False):
    Invert: B
    Match: X[GrpcRouteMetadataMatchMethod]
    Name: S

class GrpcRouteMatch(TypedDict, total=False):
    Metadata: L[Xi[GrpcRouteMetadata]]
    MethodName: S
    Port: I
    ServiceName: S

class Duration(TypedDict, total=False):
    Unit: S
    Value: I

class GrpcRetryPolicy(TypedDict, total=False):
    GrpcRetryEvents: L[Si]
    HttpRetryEvents: L[Si]
    MaxRetries: I
    PerRetryTimeout: X[Duration]
    TcpRetryEvents: L[Si]

class GrpcTimeout(TypedDict, total=False):
    Idle: X[Duration]
    PerRequest: X[Duration]

class GrpcRoute(TypedDict, total=False):
    Action: X[GrpcRouteAction]
    Match: X[GrpcRouteMatch]
    RetryPolicy: X[GrpcRetryPolicy]
    Timeout: X[GrpcTimeout]

class HttpRouteAction(TypedDict, total=False):
    WeightedTargets: L[Xi[WeightedTarget]]

class HttpRouteHeader(TypedDict, total=False):
    Invert: B
    Match: X[HeaderMatchMethod]
    Name: S

class HttpRouteMatch(TypedDict, total=False):
    Headers: L[Xi[HttpRouteHeader]]
    Method: S
    Path: X[HttpPathMatch]
    Port: I
    Prefix: S
    QueryParameters: L[Xi[HttpQueryParameter]]
    Scheme: S

class HttpRetryPolicy(TypedDict, total=False):
    HttpRetryEvents: L[Si]
    MaxRetries: I
    PerRetryTimeout: X[Duration]
    TcpRetryEvents: L[Si]

class HttpTimeout(TypedDict, total=False):
    Idle: X[Duration]
    PerRequest: X[Duration]

class HttpRoute(TypedDict, total=False):
    Action: X[HttpRouteAction]
    Match: X[HttpRouteMatch]
    RetryPolicy: X[HttpRetryPolicy]
    Timeout: X[HttpTimeout]

class TcpRouteAction(TypedDict, total=False):
    WeightedTargets: L[Xi[WeightedTarget]]

class TcpRouteMatch(TypedDict, total=False):
    Port: I

class TcpTimeout(TypedDict, total=False):
    Idle: X[Duration]

class TcpRoute(TypedDict, total=False):
    Action: X[TcpRouteAction]
    Match: X[TcpRouteMatch]
    Timeout: X[TcpTimeout]

class RouteSpec(TypedDict, total=False):
    GrpcRoute: X[GrpcRoute]
    Http2Route: X[HttpRoute]
    HttpRoute: X[HttpRoute]
    Priority: I
    TcpRoute: X[TcpRoute]

CreateRouteParameters = TypedDict(
    "CreateRouteParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "RouteName": S,
        "RouteName.$": str,
        "Spec": X[RouteSpec],
        "Spec.$": str,
        "Tags": L[Xi[TagRef]],
        "Tags.$": str,
        "VirtualRouterName": S,
        "VirtualRouterName.$": str,
    },
    total=False,
)

class VirtualGatewayListenerTlsFileCertificate(TypedDict, total=False):
    CertificateChain: S
    PrivateKey: S

class VirtualGatewayListenerTlsSdsCertificate(TypedDict, total=False):
    SecretName: S

class VirtualGatewayClientTlsCertificate(TypedDict, total=False):
    File: X[VirtualGatewayListenerTlsFileCertificate]
    Sds: X[VirtualGatewayListenerTlsSdsCertificate]

class SubjectAlternativeNameMatchers(TypedDict, total=False):
    Exact: L[Si]

class SubjectAlternativeNames(TypedDict, total=False):
    Match: X[SubjectAlternativeNameMatchers]

class VirtualGatewayTlsValidationContextAcmTrust(TypedDict, total=False):
    CertificateAuthorityArns: L[Si]

class VirtualGatewayTlsValidationContextFileTrust(TypedDict, total=False):
    CertificateChain: S

class VirtualGatewayTlsValidationContextSdsTrust(TypedDict, total=False):
    SecretName: S

class VirtualGatewayTlsValidationContextTrust(TypedDict, total=False):
    Acm: X[VirtualGatewayTlsValidationContextAcmTrust]
    File: X[VirtualGatewayTlsValidationContextFileTrust]
    Sds: X[VirtualGatewayTlsValidationContextSdsTrust]

class VirtualGatewayTlsValidationContext(TypedDict, total=False):
    SubjectAlternativeNames: X[SubjectAlternativeNames]
    Trust: X[VirtualGatewayTlsValidationContextTrust]

class VirtualGatewayClientPolicyTls(TypedDict, total=False):
    Certificate: X[VirtualGatewayClientTlsCertificate]
    Enforce: B
    Ports: L[Ii]
    Validation: X[VirtualGatewayTlsValidationContext]

class VirtualGatewayClientPolicy(TypedDict, total=False):
    Tls: X[VirtualGatewayClientPolicyTls]

class VirtualGatewayBackendDefaults(TypedDict, total=False):
    ClientPolicy: X[VirtualGatewayClientPolicy]

class VirtualGatewayGrpcConnectionPool(TypedDict, total=False):
    MaxRequests: I

class VirtualGatewayHttpConnectionPool(TypedDict, total=False):
    MaxConnections: I
    MaxPendingRequests: I

class VirtualGatewayHttp2ConnectionPool(TypedDict, total=False):
    MaxRequests: I

class VirtualGatewayConnectionPool(TypedDict, total=False):
    Grpc: X[VirtualGatewayGrpcConnectionPool]
    Http: X[VirtualGatewayHttpConnectionPool]
    Http2: X[VirtualGatewayHttp2ConnectionPool]

class VirtualGatewayHealthCheckPolicy(TypedDict, total=False):
    HealthyThreshold: I
    IntervalMillis: I
    Path: S
    Port: I
    Protocol: S
    TimeoutMillis: I
    UnhealthyThreshold: I

class VirtualGatewayPortMapping(TypedDict, total=False):
    Port: I
    Protocol: S

class VirtualGatewayListenerTlsAcmCertificate(TypedDict, total=False):
    CertificateArn: S

class VirtualGatewayListenerTlsCertificate(TypedDict, total=False):
    Acm: X[VirtualGatewayListenerTlsAcmCertificate]
    File: X[VirtualGatewayListenerTlsFileCertificate]
    Sds: X[VirtualGatewayListenerTlsSdsCertificate]

class VirtualGatewayListenerTlsValidationContextTrust(TypedDict, total=False):
    File: X[VirtualGatewayTlsValidationContextFileTrust]
    Sds: X[VirtualGatewayTlsValidationContextSdsTrust]

class VirtualGatewayListenerTlsValidationContext(TypedDict, total=False):
    SubjectAlternativeNames: X[SubjectAlternativeNames]
    Trust: X[VirtualGatewayListenerTlsValidationContextTrust]

class VirtualGatewayListenerTls(TypedDict, total=False):
    Certificate: X[VirtualGatewayListenerTlsCertificate]
    Mode: S
    Validation: X[VirtualGatewayListenerTlsValidationContext]

class VirtualGatewayListener(TypedDict, total=False):
    ConnectionPool: X[VirtualGatewayConnectionPool]
    HealthCheck: X[VirtualGatewayHealthCheckPolicy]
    PortMapping: X[VirtualGatewayPortMapping]
    Tls: X[VirtualGatewayListenerTls]

class JsonFormatRef(TypedDict, total=False):
    Key: S
    Value: S

class LoggingFormat(TypedDict, total=False):
    Json: L[Xi[JsonFormatRef]]
    Text: S

class VirtualGatewayFileAccessLog(TypedDict, total=False):
    Format: X[LoggingFormat]
    Path: S

class VirtualGatewayAccessLog(TypedDict, total=False):
    File: X[VirtualGatewayFileAccessLog]

class VirtualGatewayLogging(TypedDict, total=False):
    AccessLog: X[VirtualGatewayAccessLog]

class VirtualGatewaySpec(TypedDict, total=False):
    BackendDefaults: X[VirtualGatewayBackendDefaults]
    Listeners: L[Xi[VirtualGatewayListener]]
    Logging: X[VirtualGatewayLogging]

CreateVirtualGatewayParameters = TypedDict(
    "CreateVirtualGatewayParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "Spec": X[VirtualGatewaySpec],
        "Spec.$": str,
        "Tags": L[Xi[TagRef]],
        "Tags.$": str,
        "VirtualGatewayName": S,
        "VirtualGatewayName.$": str,
    },
    total=False,
)

class ListenerTlsFileCertificate(TypedDict, total=False):
    CertificateChain: S
    PrivateKey: S

class ListenerTlsSdsCertificate(TypedDict, total=False):
    SecretName: S

class ClientTlsCertificate(TypedDict, total=False):
    File: X[ListenerTlsFileCertificate]
    Sds: X[ListenerTlsSdsCertificate]

class TlsValidationContextAcmTrust(TypedDict, total=False):
    CertificateAuthorityArns: L[Si]

class TlsValidationContextFileTrust(TypedDict, total=False):
    CertificateChain: S

class TlsValidationContextSdsTrust(TypedDict, total=False):
    SecretName: S

class TlsValidationContextTrust(TypedDict, total=False):
    Acm: X[TlsValidationContextAcmTrust]
    File: X[TlsValidationContextFileTrust]
    Sds: X[TlsValidationContextSdsTrust]

class TlsValidationContext(TypedDict, total=False):
    SubjectAlternativeNames: X[SubjectAlternativeNames]
    Trust: X[TlsValidationContextTrust]

class ClientPolicyTls(TypedDict, total=False):
    Certificate: X[ClientTlsCertificate]
    Enforce: B
    Ports: L[Ii]
    Validation: X[TlsValidationContext]

class ClientPolicy(TypedDict, total=False):
    Tls: X[ClientPolicyTls]

class BackendDefaults(TypedDict, total=False):
    ClientPolicy: X[ClientPolicy]

class VirtualServiceBackend(TypedDict, total=False):
    ClientPolicy: X[ClientPolicy]
    VirtualServiceName: S

class Backend(TypedDict, total=False):
    VirtualService: X[VirtualServiceBackend]

class VirtualNodeGrpcConnectionPool(TypedDict, total=False):
    MaxRequests: I

class VirtualNodeHttpConnectionPool(TypedDict, total=False):
    MaxConnections: I
    MaxPendingRequests: I

class VirtualNodeHttp2ConnectionPool(TypedDict, total=False):
    MaxRequests: I

class VirtualNodeTcpConnectionPool(TypedDict, total=False):
    MaxConnections: I

class VirtualNodeConnectionPool(TypedDict, total=False):
    Grpc: X[VirtualNodeGrpcConnectionPool]
    Http: X[VirtualNodeHttpConnectionPool]
    Http2: X[VirtualNodeHttp2ConnectionPool]
    Tcp: X[VirtualNodeTcpConnectionPool]

class HealthCheckPolicy(TypedDict, total=False):
    HealthyThreshold: I
    IntervalMillis: I
    Path: S
    Port: I
    Protocol: S
    TimeoutMillis: I
    UnhealthyThreshold: I

class OutlierDetection(TypedDict, total=False):
    BaseEjectionDuration: X[Duration]
    Interval: X[Duration]
    MaxEjectionPercent: I
    MaxServerErrors: I

class PortMapping(TypedDict, total=False):
    Port: I
    Protocol: S

class ListenerTimeout(TypedDict, total=False):
    Grpc: X[GrpcTimeout]
    Http: X[HttpTimeout]
    Http2: X[HttpTimeout]
    Tcp: X[TcpTimeout]

class ListenerTlsAcmCertificate(TypedDict, total=False):
    CertificateArn: S

class ListenerTlsCertificate(TypedDict, total=False):
    Acm: X[ListenerTlsAcmCertificate]
    File: X[ListenerTlsFileCertificate]
    Sds: X[ListenerTlsSdsCertificate]

class ListenerTlsValidationContextTrust(TypedDict, total=False):
    File: X[TlsValidationContextFileTrust]
    Sds: X[TlsValidationContextSdsTrust]

class ListenerTlsValidationContext(TypedDict, total=False):
    SubjectAlternativeNames: X[SubjectAlternativeNames]
    Trust: X[ListenerTlsValidationContextTrust]

class ListenerTls(TypedDict, total=False):
    Certificate: X[ListenerTlsCertificate]
    Mode: S
    Validation: X[ListenerTlsValidationContext]

class Listener(TypedDict, total=False):
    ConnectionPool: X[VirtualNodeConnectionPool]
    HealthCheck: X[HealthCheckPolicy]
    OutlierDetection: X[OutlierDetection]
    PortMapping: X[PortMapping]
    Timeout: X[ListenerTimeout]
    Tls: X[ListenerTls]

class FileAccessLog(TypedDict, total=False):
    Format: X[LoggingFormat]
    Path: S

class AccessLog(TypedDict, total=False):
    File: X[FileAccessLog]

class Logging(TypedDict, total=False):
    AccessLog: X[AccessLog]

class AwsCloudMapInstanceAttribute(TypedDict, total=False):
    Key: S
    Value: S

class AwsCloudMapServiceDiscovery(TypedDict, total=False):
    Attributes: L[Xi[AwsCloudMapInstanceAttribute]]
    IpPreference: S
    NamespaceName: S
    ServiceName: S

class DnsServiceDiscovery(TypedDict, total=False):
    Hostname: S
    IpPreference: S
    ResponseType: S

class ServiceDiscovery(TypedDict, total=False):
    AwsCloudMap: X[AwsCloudMapServiceDiscovery]
    Dns: X[DnsServiceDiscovery]

class VirtualNodeSpec(TypedDict, total=False):
    BackendDefaults: X[BackendDefaults]
    Backends: L[Xi[Backend]]
    Listeners: L[Xi[Listener]]
    Logging: X[Logging]
    ServiceDiscovery: X[ServiceDiscovery]

CreateVirtualNodeParameters = TypedDict(
    "CreateVirtualNodeParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "Spec": X[VirtualNodeSpec],
        "Spec.$": str,
        "Tags": L[Xi[TagRef]],
        "Tags.$": str,
        "VirtualNodeName": S,
        "VirtualNodeName.$": str,
    },
    total=False,
)

class VirtualRouterListener(TypedDict, total=False):
    PortMapping: X[PortMapping]

class VirtualRouterSpec(TypedDict, total=False):
    Listeners: L[Xi[VirtualRouterListener]]

CreateVirtualRouterParameters = TypedDict(
    "CreateVirtualRouterParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "Spec": X[VirtualRouterSpec],
        "Spec.$": str,
        "Tags": L[Xi[TagRef]],
        "Tags.$": str,
        "VirtualRouterName": S,
        "VirtualRouterName.$": str,
    },
    total=False,
)

class VirtualNodeServiceProvider(TypedDict, total=False):
    VirtualNodeName: S

class VirtualRouterServiceProvider(TypedDict, total=False):
    VirtualRouterName: S

class VirtualServiceProvider(TypedDict, total=False):
    VirtualNode: X[VirtualNodeServiceProvider]
    VirtualRouter: X[VirtualRouterServiceProvider]

class VirtualServiceSpec(TypedDict, total=False):
    Provider: X[VirtualServiceProvider]

CreateVirtualServiceParameters = TypedDict(
    "CreateVirtualServiceParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "Spec": X[VirtualServiceSpec],
        "Spec.$": str,
        "Tags": L[Xi[TagRef]],
        "Tags.$": str,
        "VirtualServiceName": S,
        "VirtualServiceName.$": str,
    },
    total=False,
)
DeleteGatewayRouteParameters = TypedDict(
    "DeleteGatewayRouteParameters",
    {
        "GatewayRouteName": S,
        "GatewayRouteName.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "VirtualGatewayName": S,
        "VirtualGatewayName.$": str,
    },
    total=False,
)
DeleteMeshParameters = TypedDict(
    "DeleteMeshParameters", {"MeshName": S, "MeshName.$": str}, total=False
)
DeleteRouteParameters = TypedDict(
    "DeleteRouteParameters",
    {
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "RouteName": S,
        "RouteName.$": str,
        "VirtualRouterName": S,
        "VirtualRouterName.$": str,
    },
    total=False,
)
DeleteVirtualGatewayParameters = TypedDict(
    "DeleteVirtualGatewayParameters",
    {
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "VirtualGatewayName": S,
        "VirtualGatewayName.$": str,
    },
    total=False,
)
DeleteVirtualNodeParameters = TypedDict(
    "DeleteVirtualNodeParameters",
    {
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "VirtualNodeName": S,
        "VirtualNodeName.$": str,
    },
    total=False,
)
DeleteVirtualRouterParameters = TypedDict(
    "DeleteVirtualRouterParameters",
    {
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "VirtualRouterName": S,
        "VirtualRouterName.$": str,
    },
    total=False,
)
DeleteVirtualServiceParameters = TypedDict(
    "DeleteVirtualServiceParameters",
    {
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "VirtualServiceName": S,
        "VirtualServiceName.$": str,
    },
    total=False,
)
DescribeGatewayRouteParameters = TypedDict(
    "DescribeGatewayRouteParameters",
    {
        "GatewayRouteName": S,
        "GatewayRouteName.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "VirtualGatewayName": S,
        "VirtualGatewayName.$": str,
    },
    total=False,
)
DescribeMeshParameters = TypedDict(
    "DescribeMeshParameters",
    {"MeshName": S, "MeshName.$": str, "MeshOwner": S, "MeshOwner.$": str},
    total=False,
)
DescribeRouteParameters = TypedDict(
    "DescribeRouteParameters",
    {
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "RouteName": S,
        "RouteName.$": str,
        "VirtualRouterName": S,
        "VirtualRouterName.$": str,
    },
    total=False,
)
DescribeVirtualGatewayParameters = TypedDict(
    "DescribeVirtualGatewayParameters",
    {
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "VirtualGatewayName": S,
        "VirtualGatewayName.$": str,
    },
    total=False,
)
DescribeVirtualNodeParameters = TypedDict(
    "DescribeVirtualNodeParameters",
    {
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "VirtualNodeName": S,
        "VirtualNodeName.$": str,
    },
    total=False,
)
DescribeVirtualRouterParameters = TypedDict(
    "DescribeVirtualRouterParameters",
    {
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "VirtualRouterName": S,
        "VirtualRouterName.$": str,
    },
    total=False,
)
DescribeVirtualServiceParameters = TypedDict(
    "DescribeVirtualServiceParameters",
    {
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "VirtualServiceName": S,
        "VirtualServiceName.$": str,
    },
    total=False,
)
ListGatewayRoutesParameters = TypedDict(
    "ListGatewayRoutesParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "VirtualGatewayName": S,
        "VirtualGatewayName.$": str,
    },
    total=False,
)
ListMeshesParameters = TypedDict(
    "ListMeshesParameters",
    {"Limit": I, "Limit.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRoutesParameters = TypedDict(
    "ListRoutesParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "VirtualRouterName": S,
        "VirtualRouterName.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
ListVirtualGatewaysParameters = TypedDict(
    "ListVirtualGatewaysParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListVirtualNodesParameters = TypedDict(
    "ListVirtualNodesParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListVirtualRoutersParameters = TypedDict(
    "ListVirtualRoutersParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListVirtualServicesParameters = TypedDict(
    "ListVirtualServicesParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[TagRef]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateGatewayRouteParameters = TypedDict(
    "UpdateGatewayRouteParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "GatewayRouteName": S,
        "GatewayRouteName.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "Spec": X[GatewayRouteSpec],
        "Spec.$": str,
        "VirtualGatewayName": S,
        "VirtualGatewayName.$": str,
    },
    total=False,
)
UpdateMeshParameters = TypedDict(
    "UpdateMeshParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "Spec": X[MeshSpec],
        "Spec.$": str,
    },
    total=False,
)
UpdateRouteParameters = TypedDict(
    "UpdateRouteParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "RouteName": S,
        "RouteName.$": str,
        "Spec": X[RouteSpec],
        "Spec.$": str,
        "VirtualRouterName": S,
        "VirtualRouterName.$": str,
    },
    total=False,
)
UpdateVirtualGatewayParameters = TypedDict(
    "UpdateVirtualGatewayParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "Spec": X[VirtualGatewaySpec],
        "Spec.$": str,
        "VirtualGatewayName": S,
        "VirtualGatewayName.$": str,
    },
    total=False,
)
UpdateVirtualNodeParameters = TypedDict(
    "UpdateVirtualNodeParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "Spec": X[VirtualNodeSpec],
        "Spec.$": str,
        "VirtualNodeName": S,
        "VirtualNodeName.$": str,
    },
    total=False,
)
UpdateVirtualRouterParameters = TypedDict(
    "UpdateVirtualRouterParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "Spec": X[VirtualRouterSpec],
        "Spec.$": str,
        "VirtualRouterName": S,
        "VirtualRouterName.$": str,
    },
    total=False,
)
UpdateVirtualServiceParameters = TypedDict(
    "UpdateVirtualServiceParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "MeshName": S,
        "MeshName.$": str,
        "MeshOwner": S,
        "MeshOwner.$": str,
        "Spec": X[VirtualServiceSpec],
        "Spec.$": str,
        "VirtualServiceName": S,
        "VirtualServiceName.$": str,
    },
    total=False,
)
create_gateway_route: Builder[CreateGatewayRouteParameters]
create_mesh: Builder[CreateMeshParameters]
create_route: Builder[CreateRouteParameters]
create_virtual_gateway: Builder[CreateVirtualGatewayParameters]
create_virtual_node: Builder[CreateVirtualNodeParameters]
create_virtual_router: Builder[CreateVirtualRouterParameters]
create_virtual_service: Builder[CreateVirtualServiceParameters]
delete_gateway_route: Builder[DeleteGatewayRouteParameters]
delete_mesh: Builder[DeleteMeshParameters]
delete_route: Builder[DeleteRouteParameters]
delete_virtual_gateway: Builder[DeleteVirtualGatewayParameters]
delete_virtual_node: Builder[DeleteVirtualNodeParameters]
delete_virtual_router: Builder[DeleteVirtualRouterParameters]
delete_virtual_service: Builder[DeleteVirtualServiceParameters]
describe_gateway_route: Builder[DescribeGatewayRouteParameters]
describe_mesh: Builder[DescribeMeshParameters]
describe_route: Builder[DescribeRouteParameters]
describe_virtual_gateway: Builder[DescribeVirtualGatewayParameters]
describe_virtual_node: Builder[DescribeVirtualNodeParameters]
describe_virtual_router: Builder[DescribeVirtualRouterParameters]
describe_virtual_service: Builder[DescribeVirtualServiceParameters]
list_gateway_routes: Builder[ListGatewayRoutesParameters]
list_meshes: Builder[ListMeshesParameters]
list_routes: Builder[ListRoutesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_virtual_gateways: Builder[ListVirtualGatewaysParameters]
list_virtual_nodes: Builder[ListVirtualNodesParameters]
list_virtual_routers: Builder[ListVirtualRoutersParameters]
list_virtual_services: Builder[ListVirtualServicesParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_gateway_route: Builder[UpdateGatewayRouteParameters]
update_mesh: Builder[UpdateMeshParameters]
update_route: Builder[UpdateRouteParameters]
update_virtual_gateway: Builder[UpdateVirtualGatewayParameters]
update_virtual_node: Builder[UpdateVirtualNodeParameters]
update_virtual_router: Builder[UpdateVirtualRouterParameters]
update_virtual_service: Builder[UpdateVirtualServiceParameters]

__all__ = [
    "create_gateway_route",
    "create_mesh",
    "create_route",
    "create_virtual_gateway",
    "create_virtual_node",
    "create_virtual_router",
    "create_virtual_service",
    "delete_gateway_route",
    "delete_mesh",
    "delete_route",
    "delete_virtual_gateway",
    "delete_virtual_node",
    "delete_virtual_router",
    "delete_virtual_service",
    "describe_gateway_route",
    "describe_mesh",
    "describe_route",
    "describe_virtual_gateway",
    "describe_virtual_node",
    "describe_virtual_router",
    "describe_virtual_service",
    "list_gateway_routes",
    "list_meshes",
    "list_routes",
    "list_tags_for_resource",
    "list_virtual_gateways",
    "list_virtual_nodes",
    "list_virtual_routers",
    "list_virtual_services",
    "tag_resource",
    "untag_resource",
    "update_gateway_route",
    "update_mesh",
    "update_route",
    "update_virtual_gateway",
    "update_virtual_node",
    "update_virtual_router",
    "update_virtual_service",
]
