"""Typed builders of the AWS SDK integration of lambdaweb (``aws-sdk:lambdaweb:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X, Xi

class S3Object(TypedDict, total=False):
    Bucket: S
    Key: S
    VersionId: S

class CodeConfig(TypedDict, total=False):
    S3Object: X[S3Object]

class RuntimeConfig(TypedDict, total=False):
    Runtime: S

class BuildConfig(TypedDict, total=False):
    CodeConfig: X[CodeConfig]
    RuntimeConfig: X[RuntimeConfig]

class LoggingConfig(TypedDict, total=False):
    LogGroup: S
    ApplicationLogLevel: S
    SystemLogLevel: S

class TelemetryConfig(TypedDict, total=False):
    LoggingConfig: X[LoggingConfig]

class ServiceConfig(TypedDict, total=False):
    ExecutionRoleArn: S
    TimeoutSeconds: I
    EgressNetworkConnectorArn: S
    MaxConcurrencyPerEnvironment: I
    EnvironmentVariables: M[S]
    TelemetryConfig: X[TelemetryConfig]

class RevisionConfig(TypedDict, total=False):
    Description: S
    KmsKeyArn: S
    BuildConfig: X[BuildConfig]
    ServiceConfig: X[ServiceConfig]

class ScalingConfig(TypedDict, total=False):
    MaxEnvironments: I

class ThrottleConfig(TypedDict, total=False):
    RateLimit: I

class EndpointConfig(TypedDict, total=False):
    EndpointName: S
    Description: S
    EndpointType: S
    AuthType: S
    AutoDeploymentMode: S
    Regions: L[Si]
    ScalingConfig: X[ScalingConfig]
    ThrottleConfig: X[ThrottleConfig]

CreateWebFunctionParameters = TypedDict(
    "CreateWebFunctionParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "RevisionConfig": X[RevisionConfig],
        "RevisionConfig.$": str,
        "EndpointConfig": X[EndpointConfig],
        "EndpointConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class RevisionWeight(TypedDict, total=False):
    RevisionId: S
    Weight: I

CreateWebFunctionEndpointParameters = TypedDict(
    "CreateWebFunctionEndpointParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "Description": S,
        "Description.$": str,
        "EndpointType": S,
        "EndpointType.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "AutoDeploymentMode": S,
        "AutoDeploymentMode.$": str,
        "RevisionWeights": L[Xi[RevisionWeight]],
        "RevisionWeights.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "ScalingConfig": X[ScalingConfig],
        "ScalingConfig.$": str,
        "ThrottleConfig": X[ThrottleConfig],
        "ThrottleConfig.$": str,
    },
    total=False,
)
CreateWebFunctionRevisionParameters = TypedDict(
    "CreateWebFunctionRevisionParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Description": S,
        "Description.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "BuildConfig": X[BuildConfig],
        "BuildConfig.$": str,
        "ServiceConfig": X[ServiceConfig],
        "ServiceConfig.$": str,
    },
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "RevisionId": S, "RevisionId.$": str},
    total=False,
)
DeleteWebFunctionParameters = TypedDict(
    "DeleteWebFunctionParameters", {"FunctionName": S, "FunctionName.$": str}, total=False
)
DeleteWebFunctionEndpointParameters = TypedDict(
    "DeleteWebFunctionEndpointParameters",
    {"FunctionName": S, "FunctionName.$": str, "EndpointName": S, "EndpointName.$": str},
    total=False,
)
DeleteWebFunctionRevisionParameters = TypedDict(
    "DeleteWebFunctionRevisionParameters",
    {"FunctionName": S, "FunctionName.$": str, "RevisionId": S, "RevisionId.$": str},
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class GetWebAccountSettingsParameters(TypedDict, total=False): ...

GetWebFunctionParameters = TypedDict(
    "GetWebFunctionParameters", {"FunctionName": S, "FunctionName.$": str}, total=False
)
GetWebFunctionEndpointParameters = TypedDict(
    "GetWebFunctionEndpointParameters",
    {"FunctionName": S, "FunctionName.$": str, "EndpointName": S, "EndpointName.$": str},
    total=False,
)
GetWebFunctionRevisionParameters = TypedDict(
    "GetWebFunctionRevisionParameters",
    {"FunctionName": S, "FunctionName.$": str, "RevisionId": S, "RevisionId.$": str},
    total=False,
)
ListTagsParameters = TypedDict(
    "ListTagsParameters", {"Resource": S, "Resource.$": str}, total=False
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListWebFunctionEndpointsParameters = TypedDict(
    "ListWebFunctionEndpointsParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListWebFunctionRevisionsParameters = TypedDict(
    "ListWebFunctionRevisionsParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListWebFunctionsParameters = TypedDict(
    "ListWebFunctionsParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Policy": S,
        "Policy.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"Resource": S, "Resource.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Resource": S, "Resource.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateWebFunctionEndpointParameters = TypedDict(
    "UpdateWebFunctionEndpointParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "EndpointName": S,
        "EndpointName.$": str,
        "Description": S,
        "Description.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "AutoDeploymentMode": S,
        "AutoDeploymentMode.$": str,
        "RevisionWeights": L[Xi[RevisionWeight]],
        "RevisionWeights.$": str,
        "ScalingConfig": X[ScalingConfig],
        "ScalingConfig.$": str,
        "ThrottleConfig": X[ThrottleConfig],
        "ThrottleConfig.$": str,
    },
    total=False,
)
create_web_function: Builder[CreateWebFunctionParameters]
create_web_function_endpoint: Builder[CreateWebFunctionEndpointParameters]
create_web_function_revision: Builder[CreateWebFunctionRevisionParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_web_function: Builder[DeleteWebFunctionParameters]
delete_web_function_endpoint: Builder[DeleteWebFunctionEndpointParameters]
delete_web_function_revision: Builder[DeleteWebFunctionRevisionParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_web_account_settings: Builder[GetWebAccountSettingsParameters]
get_web_function: Builder[GetWebFunctionParameters]
get_web_function_endpoint: Builder[GetWebFunctionEndpointParameters]
get_web_function_revision: Builder[GetWebFunctionRevisionParameters]
list_tags: Builder[ListTagsParameters]
list_web_function_endpoints: Builder[ListWebFunctionEndpointsParameters]
list_web_function_revisions: Builder[ListWebFunctionRevisionsParameters]
list_web_functions: Builder[ListWebFunctionsParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_web_function_endpoint: Builder[UpdateWebFunctionEndpointParameters]

__all__ = [
    "create_web_function",
    "create_web_function_endpoint",
    "create_web_function_revision",
    "delete_resource_policy",
    "delete_web_function",
    "delete_web_function_endpoint",
    "delete_web_function_revision",
    "get_resource_policy",
    "get_web_account_settings",
    "get_web_function",
    "get_web_function_endpoint",
    "get_web_function_revision",
    "list_tags",
    "list_web_function_endpoints",
    "list_web_function_revisions",
    "list_web_functions",
    "put_resource_policy",
    "tag_resource",
    "untag_resource",
    "update_web_function_endpoint",
]
