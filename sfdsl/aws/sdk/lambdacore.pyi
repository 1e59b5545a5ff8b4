"""Typed builders of the AWS SDK integration of lambdacore (``aws-sdk:lambdacore:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X

class ElasticIpConfiguration(TypedDict, total=False):
    Type: S

class NetworkConnectorVpcEgressConfiguration(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]
    NetworkProtocol: S
    AssociatedComputeResourceTypes: L[Si]
    ElasticIpConfiguration: X[ElasticIpConfiguration]

class NetworkConnectorConfiguration(TypedDict, total=False):
    VpcEgressConfiguration: X[NetworkConnectorVpcEgressConfiguration]

CreateNetworkConnectorParameters = TypedDict(
    "CreateNetworkConnectorParameters",
    {
        "Name": S,
        "Name.$": str,
        "Configuration": X[NetworkConnectorConfiguration],
        "Configuration.$": str,
        "OperatorRole": S,
        "OperatorRole.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class RuntimeReleaseLifecycle(TypedDict, total=False):
    ReleaseState: S
    DeprecationDate: S
    FunctionCreateBlockDate: S
    FunctionUpdateBlockDate: S

CreateRuntimeParameters = TypedDict(
    "CreateRuntimeParameters",
    {
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Description": S,
        "Description.$": str,
        "LicenseInfo": S,
        "LicenseInfo.$": str,
        "ReleaseLifecycle": X[RuntimeReleaseLifecycle],
        "ReleaseLifecycle.$": str,
    },
    total=False,
)
CreateRuntimeAliasParameters = TypedDict(
    "CreateRuntimeAliasParameters",
    {
        "RuntimeName": S,
        "RuntimeName.$": str,
        "RuntimeVersion": S,
        "RuntimeVersion.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ReleaseLifecycle": X[RuntimeReleaseLifecycle],
        "ReleaseLifecycle.$": str,
    },
    total=False,
)
CreateRuntimeVersionParameters = TypedDict(
    "CreateRuntimeVersionParameters",
    {
        "RuntimeName": S,
        "RuntimeName.$": str,
        "ImageUri": S,
        "ImageUri.$": str,
        "Name": S,
        "Name.$": str,
        "ReleaseNotes": S,
        "ReleaseNotes.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
DeleteNetworkConnectorParameters = TypedDict(
    "DeleteNetworkConnectorParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteRuntimeParameters = TypedDict(
    "DeleteRuntimeParameters",
    {
        "RuntimeName": S,
        "RuntimeName.$": str,
        "RecoveryWindowInDays": I,
        "RecoveryWindowInDays.$": str,
    },
    total=False,
)
DeleteRuntimeAliasParameters = TypedDict(
    "DeleteRuntimeAliasParameters",
    {
        "RuntimeName": S,
        "RuntimeName.$": str,
        "Name": S,
        "Name.$": str,
        "RecoveryWindowInDays": I,
        "RecoveryWindowInDays.$": str,
    },
    total=False,
)
DeleteRuntimeVersionParameters = TypedDict(
    "DeleteRuntimeVersionParameters",
    {
        "RuntimeName": S,
        "RuntimeName.$": str,
        "Name": S,
        "Name.$": str,
        "RecoveryWindowInDays": I,
        "RecoveryWindowInDays.$": str,
    },
    total=False,
)
GetNetworkConnectorParameters = TypedDict(
    "GetNetworkConnectorParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetRuntimeParameters = TypedDict(
    "GetRuntimeParameters", {"RuntimeName": S, "RuntimeName.$": str}, total=False
)
GetRuntimeAliasParameters = TypedDict(
    "GetRuntimeAliasParameters",
    {"RuntimeName": S, "RuntimeName.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetRuntimeVersionParameters = TypedDict(
    "GetRuntimeVersionParameters",
    {"RuntimeName": S, "RuntimeName.$": str, "Name": S, "Name.$": str},
    total=False,
)
ListNetworkConnectorVersionsParameters = TypedDict(
    "ListNetworkConnectorVersionsParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "State": S,
        "State.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListNetworkConnectorsParameters = TypedDict(
    "ListNetworkConnectorsParameters",
    {"State": S, "State.$": str, "Marker": S, "Marker.$": str, "MaxItems": I, "MaxItems.$": str},
    total=False,
)
ListRuntimeAliasesParameters = TypedDict(
    "ListRuntimeAliasesParameters",
    {
        "RuntimeName": S,
        "RuntimeName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRuntimeVersionsParameters = TypedDict(
    "ListRuntimeVersionsParameters",
    {
        "RuntimeName": S,
        "RuntimeName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRuntimesParameters = TypedDict(
    "ListRuntimesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
RestoreRuntimeParameters = TypedDict(
    "RestoreRuntimeParameters",
    {
        "RuntimeName": S,
        "RuntimeName.$": str,
        "RuntimeVersion": S,
        "RuntimeVersion.$": str,
        "RuntimeAlias": S,
        "RuntimeAlias.$": str,
    },
    total=False,
)
UpdateNetworkConnectorParameters = TypedDict(
    "UpdateNetworkConnectorParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Configuration": X[NetworkConnectorConfiguration],
        "Configuration.$": str,
        "OperatorRole": S,
        "OperatorRole.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateRuntimeParameters = TypedDict(
    "UpdateRuntimeParameters",
    {
        "RuntimeName": S,
        "RuntimeName.$": str,
        "Description": S,
        "Description.$": str,
        "LicenseInfo": S,
        "LicenseInfo.$": str,
        "ReleaseLifecycle": X[RuntimeReleaseLifecycle],
        "ReleaseLifecycle.$": str,
    },
    total=False,
)
UpdateRuntimeAliasParameters = TypedDict(
    "UpdateRuntimeAliasParameters",
    {
        "RuntimeName": S,
        "RuntimeName.$": str,
        "Name": S,
        "Name.$": str,
        "RuntimeVersion": S,
        "RuntimeVersion.$": str,
        "Description": S,
        "Description.$": str,
        "ReleaseLifecycle": X[RuntimeReleaseLifecycle],
        "ReleaseLifecycle.$": str,
    },
    total=False,
)
UpdateRuntimeVersionParameters = TypedDict(
    "UpdateRuntimeVersionParameters",
    {
        "RuntimeName": S,
        "RuntimeName.$": str,
        "Name": S,
        "Name.$": str,
        "ReleaseNotes": S,
        "ReleaseNotes.$": str,
    },
    total=False,
)
create_network_connector: Builder[CreateNetworkConnectorParameters]
create_runtime: Builder[CreateRuntimeParameters]
create_runtime_alias: Builder[CreateRuntimeAliasParameters]
create_runtime_version: Builder[CreateRuntimeVersionParameters]
delete_network_connector: Builder[DeleteNetworkConnectorParameters]
delete_runtime: Builder[DeleteRuntimeParameters]
delete_runtime_alias: Builder[DeleteRuntimeAliasParameters]
delete_runtime_version: Builder[DeleteRuntimeVersionParameters]
get_network_connector: Builder[GetNetworkConnectorParameters]
get_runtime: Builder[GetRuntimeParameters]
get_runtime_alias: Builder[GetRuntimeAliasParameters]
get_runtime_version: Builder[GetRuntimeVersionParameters]
list_network_connector_versions: Builder[ListNetworkConnectorVersionsParameters]
list_network_connectors: Builder[ListNetworkConnectorsParameters]
list_runtime_aliases: Builder[ListRuntimeAliasesParameters]
list_runtime_versions: Builder[ListRuntimeVersionsParameters]
list_runtimes: Builder[ListRuntimesParameters]
restore_runtime: Builder[RestoreRuntimeParameters]
update_network_connector: Builder[UpdateNetworkConnectorParameters]
update_runtime: Builder[UpdateRuntimeParameters]
update_runtime_alias: Builder[UpdateRuntimeAliasParameters]
update_runtime_version: Builder[UpdateRuntimeVersionParameters]

__all__ = [
    "create_network_connector",
    "create_runtime",
    "create_runtime_alias",
    "create_runtime_version",
    "delete_network_connector",
    "delete_runtime",
    "delete_runtime_alias",
    "delete_runtime_version",
    "get_network_connector",
    "get_runtime",
    "get_runtime_alias",
    "get_runtime_version",
    "list_network_connector_versions",
    "list_network_connectors",
    "list_runtime_aliases",
    "list_runtime_versions",
    "list_runtimes",
    "restore_runtime",
    "update_network_connector",
    "update_runtime",
    "update_runtime_alias",
    "update_runtime_version",
]
