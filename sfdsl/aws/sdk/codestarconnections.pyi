"""Typed builders of the AWS SDK integration of codestarconnections (``aws-sdk:codestarconnections:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateConnectionParameters = TypedDict(
    "CreateConnectionParameters",
    {
        "ProviderType": S,
        "ProviderType.$": str,
        "ConnectionName": S,
        "ConnectionName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "HostArn": S,
        "HostArn.$": str,
    },
    total=False,
)

class VpcConfiguration(TypedDict, total=False):
    VpcId: S
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]
    TlsCertificate: S

CreateHostParameters = TypedDict(
    "CreateHostParameters",
    {
        "Name": S,
        "Name.$": str,
        "ProviderType": S,
        "ProviderType.$": str,
        "ProviderEndpoint": S,
        "ProviderEndpoint.$": str,
        "VpcConfiguration": X[VpcConfiguration],
        "VpcConfiguration.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateRepositoryLinkParameters = TypedDict(
    "CreateRepositoryLinkParameters",
    {
        "ConnectionArn": S,
        "ConnectionArn.$": str,
        "OwnerId": S,
        "OwnerId.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSyncConfigurationParameters = TypedDict(
    "CreateSyncConfigurationParameters",
    {
        "Branch": S,
        "Branch.$": str,
        "ConfigFile": S,
        "ConfigFile.$": str,
        "RepositoryLinkId": S,
        "RepositoryLinkId.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "SyncType": S,
        "SyncType.$": str,
        "PublishDeploymentStatus": S,
        "PublishDeploymentStatus.$": str,
        "TriggerResourceUpdateOn": S,
        "TriggerResourceUpdateOn.$": str,
    },
    total=False,
)
DeleteConnectionParameters = TypedDict(
    "DeleteConnectionParameters", {"ConnectionArn": S, "ConnectionArn.$": str}, total=False
)
DeleteHostParameters = TypedDict(
    "DeleteHostParameters", {"HostArn": S, "HostArn.$": str}, total=False
)
DeleteRepositoryLinkParameters = TypedDict(
    "DeleteRepositoryLinkParameters",
    {"RepositoryLinkId": S, "RepositoryLinkId.$": str},
    total=False,
)
DeleteSyncConfigurationParameters = TypedDict(
    "DeleteSyncConfigurationParameters",
    {"SyncType": S, "SyncType.$": str, "ResourceName": S, "ResourceName.$": str},
    total=False,
)
GetConnectionParameters = TypedDict(
    "GetConnectionParameters", {"ConnectionArn": S, "ConnectionArn.$": str}, total=False
)
GetHostParameters = TypedDict("GetHostParameters", {"HostArn": S, "HostArn.$": str}, total=False)
GetRepositoryLinkParameters = TypedDict(
    "GetRepositoryLinkParameters", {"RepositoryLinkId": S, "RepositoryLinkId.$": str}, total=False
)
GetRepositorySyncStatusParameters = TypedDict(
    "GetRepositorySyncStatusParameters",
    {
        "Branch": S,
        "Branch.$": str,
        "RepositoryLinkId": S,
        "RepositoryLinkId.$": str,
        "SyncType": S,
        "SyncType.$": str,
    },
    total=False,
)
GetResourceSyncStatusParameters = TypedDict(
    "GetResourceSyncStatusParameters",
    {"ResourceName": S, "ResourceName.$": str, "SyncType": S, "SyncType.$": str},
    total=False,
)
GetSyncBlockerSummaryParameters = TypedDict(
    "GetSyncBlockerSummaryParameters",
    {"SyncType": S, "SyncType.$": str, "ResourceName": S, "ResourceName.$": str},
    total=False,
)
GetSyncConfigurationParameters = TypedDict(
    "GetSyncConfigurationParameters",
    {"SyncType": S, "SyncType.$": str, "ResourceName": S, "ResourceName.$": str},
    total=False,
)
ListConnectionsParameters = TypedDict(
    "ListConnectionsParameters",
    {
        "ProviderTypeFilter": S,
        "ProviderTypeFilter.$": str,
        "HostArnFilter": S,
        "HostArnFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListHostsParameters = TypedDict(
    "ListHostsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRepositoryLinksParameters = TypedDict(
    "ListRepositoryLinksParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRepositorySyncDefinitionsParameters = TypedDict(
    "ListRepositorySyncDefinitionsParameters",
    {"RepositoryLinkId": S, "RepositoryLinkId.$": str, "SyncType": S, "SyncType.$": str},
    total=False,
)
ListSyncConfigurationsParameters = TypedDict(
    "ListSyncConfigurationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RepositoryLinkId": S,
        "RepositoryLinkId.$": str,
        "SyncType": S,
        "SyncType.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateHostParameters = TypedDict(
    "UpdateHostParameters",
    {
        "HostArn": S,
        "HostArn.$": str,
        "ProviderEndpoint": S,
        "ProviderEndpoint.$": str,
        "VpcConfiguration": X[VpcConfiguration],
        "VpcConfiguration.$": str,
    },
    total=False,
)
UpdateRepositoryLinkParameters = TypedDict(
    "UpdateRepositoryLinkParameters",
    {
        "ConnectionArn": S,
        "ConnectionArn.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "RepositoryLinkId": S,
        "RepositoryLinkId.$": str,
    },
    total=False,
)
UpdateSyncBlockerParameters = TypedDict(
    "UpdateSyncBlockerParameters",
    {
        "Id": S,
        "Id.$": str,
        "SyncType": S,
        "SyncType.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
        "ResolvedReason": S,
        "ResolvedReason.$": str,
    },
    total=False,
)
UpdateSyncConfigurationParameters = TypedDict(
    "UpdateSyncConfigurationParameters",
    {
        "Branch": S,
        "Branch.$": str,
        "ConfigFile": S,
        "ConfigFile.$": str,
        "RepositoryLinkId": S,
        "RepositoryLinkId.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "SyncType": S,
        "SyncType.$": str,
        "PublishDeploymentStatus": S,
        "PublishDeploymentStatus.$": str,
        "TriggerResourceUpdateOn": S,
        "TriggerResourceUpdateOn.$": str,
    },
    total=False,
)
create_connection: Builder[CreateConnectionParameters]
create_host: Builder[CreateHostParameters]
create_repository_link: Builder[CreateRepositoryLinkParameters]
create_sync_configuration: Builder[CreateSyncConfigurationParameters]
delete_connection: Builder[DeleteConnectionParameters]
delete_host: Builder[DeleteHostParameters]
delete_repository_link: Builder[DeleteRepositoryLinkParameters]
delete_sync_configuration: Builder[DeleteSyncConfigurationParameters]
get_connection: Builder[GetConnectionParameters]
get_host: Builder[GetHostParameters]
get_repository_link: Builder[GetRepositoryLinkParameters]
get_repository_sync_status: Builder[GetRepositorySyncStatusParameters]
get_resource_sync_status: Builder[GetResourceSyncStatusParameters]
get_sync_blocker_summary: Builder[GetSyncBlockerSummaryParameters]
get_sync_configuration: Builder[GetSyncConfigurationParameters]
list_connections: Builder[ListConnectionsParameters]
list_hosts: Builder[ListHostsParameters]
list_repository_links: Builder[ListRepositoryLinksParameters]
list_repository_sync_definitions: Builder[ListRepositorySyncDefinitionsParameters]
list_sync_configurations: Builder[ListSyncConfigurationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_host: Builder[UpdateHostParameters]
update_repository_link: Builder[UpdateRepositoryLinkParameters]
update_sync_blocker: Builder[UpdateSyncBlockerParameters]
update_sync_configuration: Builder[UpdateSyncConfigurationParameters]

__all__ = [
    "create_connection",
    "create_host",
    "create_repository_link",
    "create_sync_configuration",
    "delete_connection",
    "delete_host",
    "delete_repository_link",
    "delete_sync_configuration",
    "get_connection",
    "get_host",
    "get_repository_link",
    "get_repository_sync_status",
    "get_resource_sync_status",
    "get_sync_blocker_summary",
    "get_sync_configuration",
    "list_connections",
    "list_hosts",
    "list_repository_links",
    "list_repository_sync_definitions",
    "list_sync_configurations",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_host",
    "update_repository_link",
    "update_sync_blocker",
    "update_sync_configuration",
]
