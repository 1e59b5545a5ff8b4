"""Typed builders of the AWS SDK integration of gameliftstreams (``aws-sdk:gameliftstreams:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class VpcTransitConfiguration(TypedDict, total=False):
    VpcId: S
    Ipv4CidrBlocks: L[Si]

class LocationConfiguration(TypedDict, total=False):
    LocationName: S
    AlwaysOnCapacity: I
    OnDemandCapacity: I
    TargetIdleCapacity: I
    MaximumCapacity: I
    VpcTransitConfiguration: X[VpcTransitConfiguration]

AddStreamGroupLocationsParameters = TypedDict(
    "AddStreamGroupLocationsParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "LocationConfigurations": L[Xi[LocationConfiguration]],
        "LocationConfigurations.$": str,
    },
    total=False,
)
AssociateApplicationsParameters = TypedDict(
    "AssociateApplicationsParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "ApplicationIdentifiers": L[Si],
        "ApplicationIdentifiers.$": str,
    },
    total=False,
)

class RuntimeEnvironment(TypedDict, total=False):
    Type: S
    Version: S

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "Description": S,
        "Description.$": str,
        "RuntimeEnvironment": X[RuntimeEnvironment],
        "RuntimeEnvironment.$": str,
        "ExecutablePath": S,
        "ExecutablePath.$": str,
        "ApplicationSourceUri": S,
        "ApplicationSourceUri.$": str,
        "ApplicationLogPaths": L[Si],
        "ApplicationLogPaths.$": str,
        "ApplicationLogOutputUri": S,
        "ApplicationLogOutputUri.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateStreamGroupParameters = TypedDict(
    "CreateStreamGroupParameters",
    {
        "Description": S,
        "Description.$": str,
        "StreamClass": S,
        "StreamClass.$": str,
        "DefaultApplicationIdentifier": S,
        "DefaultApplicationIdentifier.$": str,
        "LocationConfigurations": L[Xi[LocationConfiguration]],
        "LocationConfigurations.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateStreamSessionAdminShellParameters = TypedDict(
    "CreateStreamSessionAdminShellParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "StreamSessionIdentifier": S,
        "StreamSessionIdentifier.$": str,
    },
    total=False,
)
CreateStreamSessionConnectionParameters = TypedDict(
    "CreateStreamSessionConnectionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "StreamSessionIdentifier": S,
        "StreamSessionIdentifier.$": str,
        "SignalRequest": S,
        "SignalRequest.$": str,
    },
    total=False,
)

class Resolution(TypedDict, total=False):
    Width: I
    Height: I

class DisplayConfiguration(TypedDict, total=False):
    Resolution: X[Resolution]

CreateStreamUrlParameters = TypedDict(
    "CreateStreamUrlParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "UrlExpiresAfterMinutes": I,
        "UrlExpiresAfterMinutes.$": str,
        "UsageLimit": I,
        "UsageLimit.$": str,
        "Description": S,
        "Description.$": str,
        "Locations": L[Si],
        "Locations.$": str,
        "SessionLengthSeconds": I,
        "SessionLengthSeconds.$": str,
        "AdditionalLaunchArgs": L[Si],
        "AdditionalLaunchArgs.$": str,
        "AdditionalEnvironmentVariables": M[S],
        "AdditionalEnvironmentVariables.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "DisplayConfiguration": X[DisplayConfiguration],
        "DisplayConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteStreamGroupParameters = TypedDict(
    "DeleteStreamGroupParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DisassociateApplicationsParameters = TypedDict(
    "DisassociateApplicationsParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "ApplicationIdentifiers": L[Si],
        "ApplicationIdentifiers.$": str,
    },
    total=False,
)
ExportStreamSessionFilesParameters = TypedDict(
    "ExportStreamSessionFilesParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "StreamSessionIdentifier": S,
        "StreamSessionIdentifier.$": str,
        "OutputUri": S,
        "OutputUri.$": str,
    },
    total=False,
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetStreamGroupParameters = TypedDict(
    "GetStreamGroupParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetStreamSessionParameters = TypedDict(
    "GetStreamSessionParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "StreamSessionIdentifier": S,
        "StreamSessionIdentifier.$": str,
    },
    total=False,
)
GetStreamUrlParameters = TypedDict(
    "GetStreamUrlParameters",
    {"Identifier": S, "Identifier.$": str, "StreamUrlIdentifier": S, "StreamUrlIdentifier.$": str},
    total=False,
)
ListApplicationShaderCachesParameters = TypedDict(
    "ListApplicationShaderCachesParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListStreamGroupsParameters = TypedDict(
    "ListStreamGroupsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListStreamSessionsParameters = TypedDict(
    "ListStreamSessionsParameters",
    {
        "Status": S,
        "Status.$": str,
        "ExportFilesStatus": S,
        "ExportFilesStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Identifier": S,
        "Identifier.$": str,
    },
    total=False,
)
ListStreamSessionsByAccountParameters = TypedDict(
    "ListStreamSessionsByAccountParameters",
    {
        "Status": S,
        "Status.$": str,
        "ExportFilesStatus": S,
        "ExportFilesStatus.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStreamUrlsParameters = TypedDict(
    "ListStreamUrlsParameters",
    {
        "Status": S,
        "Status.$": str,
        "StreamGroupIdentifier": S,
        "StreamGroupIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RemoveStreamGroupLocationsParameters = TypedDict(
    "RemoveStreamGroupLocationsParameters",
    {"Identifier": S, "Identifier.$": str, "Locations": L[Si], "Locations.$": str},
    total=False,
)
RevokeStreamUrlParameters = TypedDict(
    "RevokeStreamUrlParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "StreamUrlIdentifier": S,
        "StreamUrlIdentifier.$": str,
        "RevocationMode": S,
        "RevocationMode.$": str,
    },
    total=False,
)

class PerformanceStatsConfiguration(TypedDict, total=False):
    SharedWithClient: B

StartStreamSessionParameters = TypedDict(
    "StartStreamSessionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "SignalRequest": S,
        "SignalRequest.$": str,
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "UserId": S,
        "UserId.$": str,
        "Locations": L[Si],
        "Locations.$": str,
        "ConnectionTimeoutSeconds": I,
        "ConnectionTimeoutSeconds.$": str,
        "SessionLengthSeconds": I,
        "SessionLengthSeconds.$": str,
        "AdditionalLaunchArgs": L[Si],
        "AdditionalLaunchArgs.$": str,
        "AdditionalEnvironmentVariables": M[S],
        "AdditionalEnvironmentVariables.$": str,
        "PerformanceStatsConfiguration": X[PerformanceStatsConfiguration],
        "PerformanceStatsConfiguration.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "DisplayConfiguration": X[DisplayConfiguration],
        "DisplayConfiguration.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TerminateStreamSessionParameters = TypedDict(
    "TerminateStreamSessionParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "StreamSessionIdentifier": S,
        "StreamSessionIdentifier.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Description": S,
        "Description.$": str,
        "ApplicationLogPaths": L[Si],
        "ApplicationLogPaths.$": str,
        "ApplicationLogOutputUri": S,
        "ApplicationLogOutputUri.$": str,
    },
    total=False,
)
UpdateStreamGroupParameters = TypedDict(
    "UpdateStreamGroupParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "LocationConfigurations": L[Xi[LocationConfiguration]],
        "LocationConfigurations.$": str,
        "Description": S,
        "Description.$": str,
        "DefaultApplicationIdentifier": S,
        "DefaultApplicationIdentifier.$": str,
    },
    total=False,
)
add_stream_group_locations: Builder[AddStreamGroupLocationsParameters]
associate_applications: Builder[AssociateApplicationsParameters]
create_application: Builder[CreateApplicationParameters]
create_stream_group: Builder[CreateStreamGroupParameters]
create_stream_session_admin_shell: Builder[CreateStreamSessionAdminShellParameters]
create_stream_session_connection: Builder[CreateStreamSessionConnectionParameters]
create_stream_url: Builder[CreateStreamUrlParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_stream_group: Builder[DeleteStreamGroupParameters]
disassociate_applications: Builder[DisassociateApplicationsParameters]
export_stream_session_files: Builder[ExportStreamSessionFilesParameters]
get_application: Builder[GetApplicationParameters]
get_stream_group: Builder[GetStreamGroupParameters]
get_stream_session: Builder[GetStreamSessionParameters]
get_stream_url: Builder[GetStreamUrlParameters]
list_application_shader_caches: Builder[ListApplicationShaderCachesParameters]
list_applications: Builder[ListApplicationsParameters]
list_stream_groups: Builder[ListStreamGroupsParameters]
list_stream_sessions: Builder[ListStreamSessionsParameters]
list_stream_sessions_by_account: Builder[ListStreamSessionsByAccountParameters]
list_stream_urls: Builder[ListStreamUrlsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
remove_stream_group_locations: Builder[RemoveStreamGroupLocationsParameters]
revoke_stream_url: Builder[RevokeStreamUrlParameters]
start_stream_session: Builder[StartStreamSessionParameters]
tag_resource: Builder[TagResourceParameters]
terminate_stream_session: Builder[TerminateStreamSessionParameters]
untag_resource: Builder[UntagResourceParameters]
update_application: Builder[UpdateApplicationParameters]
update_stream_group: Builder[UpdateStreamGroupParameters]

__all__ = [
    "add_stream_group_locations",
    "associate_applications",
    "create_application",
    "create_stream_group",
    "create_stream_session_admin_shell",
    "create_stream_session_connection",
    "create_stream_url",
    "delete_application",
    "delete_stream_group",
    "disassociate_applications",
    "export_stream_session_files",
    "get_application",
    "get_stream_group",
    "get_stream_session",
    "get_stream_url",
    "list_application_shader_caches",
    "list_applications",
    "list_stream_groups",
    "list_stream_sessions",
    "list_stream_sessions_by_account",
    "list_stream_urls",
    "list_tags_for_resource",
    "remove_stream_group_locations",
    "revoke_stream_url",
    "start_stream_session",
    "tag_resource",
    "terminate_stream_session",
    "untag_resource",
    "update_application",
    "update_stream_group",
]
