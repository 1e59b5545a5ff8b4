"""Typed builders of the AWS SDK integration of migrationhubrefactorspaces (``aws-sdk:migrationhubrefactorspaces:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X

class ApiGatewayProxyInput(TypedDict, total=False):
    EndpointType: S
    StageName: S

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "ApiGatewayProxy": X[ApiGatewayProxyInput],
        "ApiGatewayProxy.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "ProxyType": S,
        "ProxyType.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "VpcId": S,
        "VpcId.$": str,
    },
    total=False,
)
CreateEnvironmentParameters = TypedDict(
    "CreateEnvironmentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "NetworkFabricType": S,
        "NetworkFabricType.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class DefaultRouteInput(TypedDict, total=False):
    ActivationState: S

class UriPathRouteInput(TypedDict, total=False):
    ActivationState: S
    AppendSourcePath: B
    IncludeChildPaths: B
    Methods: L[Si]
    SourcePath: S

CreateRouteParameters = TypedDict(
    "CreateRouteParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "DefaultRoute": X[DefaultRouteInput],
        "DefaultRoute.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "RouteType": S,
        "RouteType.$": str,
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "UriPathRoute": X[UriPathRouteInput],
        "UriPathRoute.$": str,
    },
    total=False,
)

class LambdaEndpointInput(TypedDict, total=False):
    Arn: S

class UrlEndpointInput(TypedDict, total=False):
    HealthUrl: S
    Url: S

CreateServiceParameters = TypedDict(
    "CreateServiceParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "EndpointType": S,
        "EndpointType.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "LambdaEndpoint": X[LambdaEndpointInput],
        "LambdaEndpoint.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "UrlEndpoint": X[UrlEndpointInput],
        "UrlEndpoint.$": str,
        "VpcId": S,
        "VpcId.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
    },
    total=False,
)
DeleteEnvironmentParameters = TypedDict(
    "DeleteEnvironmentParameters",
    {"EnvironmentIdentifier": S, "EnvironmentIdentifier.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteRouteParameters = TypedDict(
    "DeleteRouteParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "RouteIdentifier": S,
        "RouteIdentifier.$": str,
    },
    total=False,
)
DeleteServiceParameters = TypedDict(
    "DeleteServiceParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
    },
    total=False,
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
    },
    total=False,
)
GetEnvironmentParameters = TypedDict(
    "GetEnvironmentParameters",
    {"EnvironmentIdentifier": S, "EnvironmentIdentifier.$": str},
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetRouteParameters = TypedDict(
    "GetRouteParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "RouteIdentifier": S,
        "RouteIdentifier.$": str,
    },
    total=False,
)
GetServiceParameters = TypedDict(
    "GetServiceParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "ServiceIdentifier": S,
        "ServiceIdentifier.$": str,
    },
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEnvironmentVpcsParameters = TypedDict(
    "ListEnvironmentVpcsParameters",
    {
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEnvironmentsParameters = TypedDict(
    "ListEnvironmentsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRoutesParameters = TypedDict(
    "ListRoutesParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServicesParameters = TypedDict(
    "ListServicesParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
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
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"Policy": S, "Policy.$": str, "ResourceArn": S, "ResourceArn.$": str},
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
UpdateRouteParameters = TypedDict(
    "UpdateRouteParameters",
    {
        "ActivationState": S,
        "ActivationState.$": str,
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "RouteIdentifier": S,
        "RouteIdentifier.$": str,
    },
    total=False,
)
create_application: Builder[CreateApplicationParameters]
create_environment: Builder[CreateEnvironmentParameters]
create_route: Builder[CreateRouteParameters]
create_service: Builder[CreateServiceParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_environment: Builder[DeleteEnvironmentParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_route: Builder[DeleteRouteParameters]
delete_service: Builder[DeleteServiceParameters]
get_application: Builder[GetApplicationParameters]
get_environment: Builder[GetEnvironmentParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_route: Builder[GetRouteParameters]
get_service: Builder[GetServiceParameters]
list_applications: Builder[ListApplicationsParameters]
list_environment_vpcs: Builder[ListEnvironmentVpcsParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_routes: Builder[ListRoutesParameters]
list_services: Builder[ListServicesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_route: Builder[UpdateRouteParameters]

__all__ = [
    "create_application",
    "create_environment",
    "create_route",
    "create_service",
    "delete_application",
    "delete_environment",
    "delete_resource_policy",
    "delete_route",
    "delete_service",
    "get_application",
    "get_environment",
    "get_resource_policy",
    "get_route",
    "get_service",
    "list_applications",
    "list_environment_vpcs",
    "list_environments",
    "list_routes",
    "list_services",
    "list_tags_for_resource",
    "put_resource_policy",
    "tag_resource",
    "untag_resource",
    "update_route",
]
