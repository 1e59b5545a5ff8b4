"""Typed builders of the AWS SDK integration of codeartifact (``aws-sdk:codeartifact:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateExternalConnectionParameters = TypedDict(
    "AssociateExternalConnectionParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "ExternalConnection": S,
        "ExternalConnection.$": str,
    },
    total=False,
)
CopyPackageVersionsParameters = TypedDict(
    "CopyPackageVersionsParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "SourceRepository": S,
        "SourceRepository.$": str,
        "DestinationRepository": S,
        "DestinationRepository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
        "Versions": L[Si],
        "Versions.$": str,
        "VersionRevisions": M[S],
        "VersionRevisions.$": str,
        "AllowOverwrite": B,
        "AllowOverwrite.$": str,
        "IncludeFromUpstream": B,
        "IncludeFromUpstream.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateDomainParameters = TypedDict(
    "CreateDomainParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "EncryptionKey": S,
        "EncryptionKey.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreatePackageGroupParameters = TypedDict(
    "CreatePackageGroupParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "PackageGroup": S,
        "PackageGroup.$": str,
        "ContactInfo": S,
        "ContactInfo.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class UpstreamRepository(TypedDict, total=False):
    RepositoryName: S

CreateRepositoryParameters = TypedDict(
    "CreateRepositoryParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Description": S,
        "Description.$": str,
        "Upstreams": L[Xi[UpstreamRepository]],
        "Upstreams.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteDomainParameters = TypedDict(
    "DeleteDomainParameters",
    {"Domain": S, "Domain.$": str, "DomainOwner": S, "DomainOwner.$": str},
    total=False,
)
DeleteDomainPermissionsPolicyParameters = TypedDict(
    "DeleteDomainPermissionsPolicyParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "PolicyRevision": S,
        "PolicyRevision.$": str,
    },
    total=False,
)
DeletePackageParameters = TypedDict(
    "DeletePackageParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
    },
    total=False,
)
DeletePackageGroupParameters = TypedDict(
    "DeletePackageGroupParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "PackageGroup": S,
        "PackageGroup.$": str,
    },
    total=False,
)
DeletePackageVersionsParameters = TypedDict(
    "DeletePackageVersionsParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
        "Versions": L[Si],
        "Versions.$": str,
        "ExpectedStatus": S,
        "ExpectedStatus.$": str,
    },
    total=False,
)
DeleteRepositoryParameters = TypedDict(
    "DeleteRepositoryParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
    },
    total=False,
)
DeleteRepositoryPermissionsPolicyParameters = TypedDict(
    "DeleteRepositoryPermissionsPolicyParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "PolicyRevision": S,
        "PolicyRevision.$": str,
    },
    total=False,
)
DescribeDomainParameters = TypedDict(
    "DescribeDomainParameters",
    {"Domain": S, "Domain.$": str, "DomainOwner": S, "DomainOwner.$": str},
    total=False,
)
DescribePackageParameters = TypedDict(
    "DescribePackageParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
    },
    total=False,
)
DescribePackageGroupParameters = TypedDict(
    "DescribePackageGroupParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "PackageGroup": S,
        "PackageGroup.$": str,
    },
    total=False,
)
DescribePackageVersionParameters = TypedDict(
    "DescribePackageVersionParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
        "PackageVersion": S,
        "PackageVersion.$": str,
    },
    total=False,
)
DescribeRepositoryParameters = TypedDict(
    "DescribeRepositoryParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
    },
    total=False,
)
DisassociateExternalConnectionParameters = TypedDict(
    "DisassociateExternalConnectionParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "ExternalConnection": S,
        "ExternalConnection.$": str,
    },
    total=False,
)
DisposePackageVersionsParameters = TypedDict(
    "DisposePackageVersionsParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
        "Versions": L[Si],
        "Versions.$": str,
        "VersionRevisions": M[S],
        "VersionRevisions.$": str,
        "ExpectedStatus": S,
        "ExpectedStatus.$": str,
    },
    total=False,
)
GetAssociatedPackageGroupParameters = TypedDict(
    "GetAssociatedPackageGroupParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
    },
    total=False,
)
GetAuthorizationTokenParameters = TypedDict(
    "GetAuthorizationTokenParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
    },
    total=False,
)
GetDomainPermissionsPolicyParameters = TypedDict(
    "GetDomainPermissionsPolicyParameters",
    {"Domain": S, "Domain.$": str, "DomainOwner": S, "DomainOwner.$": str},
    total=False,
)
GetPackageVersionAssetParameters = TypedDict(
    "GetPackageVersionAssetParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
        "PackageVersion": S,
        "PackageVersion.$": str,
        "Asset": S,
        "Asset.$": str,
        "PackageVersionRevision": S,
        "PackageVersionRevision.$": str,
    },
    total=False,
)
GetPackageVersionReadmeParameters = TypedDict(
    "GetPackageVersionReadmeParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
        "PackageVersion": S,
        "PackageVersion.$": str,
    },
    total=False,
)
GetRepositoryEndpointParameters = TypedDict(
    "GetRepositoryEndpointParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "EndpointType": S,
        "EndpointType.$": str,
    },
    total=False,
)
GetRepositoryPermissionsPolicyParameters = TypedDict(
    "GetRepositoryPermissionsPolicyParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
    },
    total=False,
)
ListAllowedRepositoriesForGroupParameters = TypedDict(
    "ListAllowedRepositoriesForGroupParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "PackageGroup": S,
        "PackageGroup.$": str,
        "OriginRestrictionType": S,
        "OriginRestrictionType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAssociatedPackagesParameters = TypedDict(
    "ListAssociatedPackagesParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "PackageGroup": S,
        "PackageGroup.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Preview": B,
        "Preview.$": str,
    },
    total=False,
)
ListDomainsParameters = TypedDict(
    "ListDomainsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListPackageGroupsParameters = TypedDict(
    "ListPackageGroupsParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Prefix": S,
        "Prefix.$": str,
    },
    total=False,
)
ListPackageVersionAssetsParameters = TypedDict(
    "ListPackageVersionAssetsParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
        "PackageVersion": S,
        "PackageVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPackageVersionDependenciesParameters = TypedDict(
    "ListPackageVersionDependenciesParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
        "PackageVersion": S,
        "PackageVersion.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPackageVersionsParameters = TypedDict(
    "ListPackageVersionsParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
        "Status": S,
        "Status.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "OriginType": S,
        "OriginType.$": str,
    },
    total=False,
)
ListPackagesParameters = TypedDict(
    "ListPackagesParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackagePrefix": S,
        "PackagePrefix.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Publish": S,
        "Publish.$": str,
        "Upstream": S,
        "Upstream.$": str,
    },
    total=False,
)
ListRepositoriesParameters = TypedDict(
    "ListRepositoriesParameters",
    {
        "RepositoryPrefix": S,
        "RepositoryPrefix.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRepositoriesInDomainParameters = TypedDict(
    "ListRepositoriesInDomainParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "AdministratorAccount": S,
        "AdministratorAccount.$": str,
        "RepositoryPrefix": S,
        "RepositoryPrefix.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSubPackageGroupsParameters = TypedDict(
    "ListSubPackageGroupsParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "PackageGroup": S,
        "PackageGroup.$": str,
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
PublishPackageVersionParameters = TypedDict(
    "PublishPackageVersionParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
        "PackageVersion": S,
        "PackageVersion.$": str,
        "AssetContent": S,
        "AssetContent.$": str,
        "AssetName": S,
        "AssetName.$": str,
        "AssetSHA256": S,
        "AssetSHA256.$": str,
        "Unfinished": B,
        "Unfinished.$": str,
    },
    total=False,
)
PutDomainPermissionsPolicyParameters = TypedDict(
    "PutDomainPermissionsPolicyParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "PolicyRevision": S,
        "PolicyRevision.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
    },
    total=False,
)

class PackageOriginRestrictions(TypedDict, total=False):
    Publish: S
    Upstream: S

PutPackageOriginConfigurationParameters = TypedDict(
    "PutPackageOriginConfigurationParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
        "Restrictions": X[PackageOriginRestrictions],
        "Restrictions.$": str,
    },
    total=False,
)
PutRepositoryPermissionsPolicyParameters = TypedDict(
    "PutRepositoryPermissionsPolicyParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "PolicyRevision": S,
        "PolicyRevision.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
    },
    total=False,
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
UpdatePackageGroupParameters = TypedDict(
    "UpdatePackageGroupParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "PackageGroup": S,
        "PackageGroup.$": str,
        "ContactInfo": S,
        "ContactInfo.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)

class PackageGroupAllowedRepository(TypedDict, total=False):
    RepositoryName: S
    OriginRestrictionType: S

UpdatePackageGroupOriginConfigurationParameters = TypedDict(
    "UpdatePackageGroupOriginConfigurationParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "PackageGroup": S,
        "PackageGroup.$": str,
        "Restrictions": M[S],
        "Restrictions.$": str,
        "AddAllowedRepositories": L[Xi[PackageGroupAllowedRepository]],
        "AddAllowedRepositories.$": str,
        "RemoveAllowedRepositories": L[Xi[PackageGroupAllowedRepository]],
        "RemoveAllowedRepositories.$": str,
    },
    total=False,
)
UpdatePackageVersionsStatusParameters = TypedDict(
    "UpdatePackageVersionsStatusParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Format": S,
        "Format.$": str,
        "Namespace": S,
        "Namespace.$": str,
        "PackageValue": S,
        "PackageValue.$": str,
        "Versions": L[Si],
        "Versions.$": str,
        "VersionRevisions": M[S],
        "VersionRevisions.$": str,
        "ExpectedStatus": S,
        "ExpectedStatus.$": str,
        "TargetStatus": S,
        "TargetStatus.$": str,
    },
    total=False,
)
UpdateRepositoryParameters = TypedDict(
    "UpdateRepositoryParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "DomainOwner": S,
        "DomainOwner.$": str,
        "Repository": S,
        "Repository.$": str,
        "Description": S,
        "Description.$": str,
        "Upstreams": L[Xi[UpstreamRepository]],
        "Upstreams.$": str,
    },
    total=False,
)
associate_external_connection: Builder[AssociateExternalConnectionParameters]
copy_package_versions: Builder[CopyPackageVersionsParameters]
create_domain: Builder[CreateDomainParameters]
create_package_group: Builder[CreatePackageGroupParameters]
create_repository: Builder[CreateRepositoryParameters]
delete_domain: Builder[DeleteDomainParameters]
delete_domain_permissions_policy: Builder[DeleteDomainPermissionsPolicyParameters]
delete_package: Builder[DeletePackageParameters]
delete_package_group: Builder[DeletePackageGroupParameters]
delete_package_versions: Builder[DeletePackageVersionsParameters]
delete_repository: Builder[DeleteRepositoryParameters]
delete_repository_permissions_policy: Builder[DeleteRepositoryPermissionsPolicyParameters]
describe_domain: Builder[DescribeDomainParameters]
describe_package: Builder[DescribePackageParameters]
describe_package_group: Builder[DescribePackageGroupParameters]
describe_package_version: Builder[DescribePackageVersionParameters]
describe_repository: Builder[DescribeRepositoryParameters]
disassociate_external_connection: Builder[DisassociateExternalConnectionParameters]
dispose_package_versions: Builder[DisposePackageVersionsParameters]
get_associated_package_group: Builder[GetAssociatedPackageGroupParameters]
get_authorization_token: Builder[GetAuthorizationTokenParameters]
get_domain_permissions_policy: Builder[GetDomainPermissionsPolicyParameters]
get_package_version_asset: Builder[GetPackageVersionAssetParameters]
get_package_version_readme: Builder[GetPackageVersionReadmeParameters]
get_repository_endpoint: Builder[GetRepositoryEndpointParameters]
get_repository_permissions_policy: Builder[GetRepositoryPermissionsPolicyParameters]
list_allowed_repositories_for_group: Builder[ListAllowedRepositoriesForGroupParameters]
list_associated_packages: Builder[ListAssociatedPackagesParameters]
list_domains: Builder[ListDomainsParameters]
list_package_groups: Builder[ListPackageGroupsParameters]
list_package_version_assets: Builder[ListPackageVersionAssetsParameters]
list_package_version_dependencies: Builder[ListPackageVersionDependenciesParameters]
list_package_versions: Builder[ListPackageVersionsParameters]
list_packages: Builder[ListPackagesParameters]
list_repositories: Builder[ListRepositoriesParameters]
list_repositories_in_domain: Builder[ListRepositoriesInDomainParameters]
list_sub_package_groups: Builder[ListSubPackageGroupsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
publish_package_version: Builder[PublishPackageVersionParameters]
put_domain_permissions_policy: Builder[PutDomainPermissionsPolicyParameters]
put_package_origin_configuration: Builder[PutPackageOriginConfigurationParameters]
put_repository_permissions_policy: Builder[PutRepositoryPermissionsPolicyParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_package_group: Builder[UpdatePackageGroupParameters]
update_package_group_origin_configuration: Builder[UpdatePackageGroupOriginConfigurationParameters]
update_package_versions_status: Builder[UpdatePackageVersionsStatusParameters]
update_repository: Builder[UpdateRepositoryParameters]

__all__ = [
    "associate_external_connection",
    "copy_package_versions",
    "create_domain",
    "create_package_group",
    "create_repository",
    "delete_domain",
    "delete_domain_permissions_policy",
    "delete_package",
    "delete_package_group",
    "delete_package_versions",
    "delete_repository",
    "delete_repository_permissions_policy",
    "describe_domain",
    "describe_package",
    "describe_package_group",
    "describe_package_version",
    "describe_repository",
    "disassociate_external_connection",
    "dispose_package_versions",
    "get_associated_package_group",
    "get_authorization_token",
    "get_domain_permissions_policy",
    "get_package_version_asset",
    "get_package_version_readme",
    "get_repository_endpoint",
    "get_repository_permissions_policy",
    "list_allowed_repositories_for_group",
    "list_associated_packages",
    "list_domains",
    "list_package_groups",
    "list_package_version_assets",
    "list_package_version_dependencies",
    "list_package_versions",
    "list_packages",
    "list_repositories",
    "list_repositories_in_domain",
    "list_sub_package_groups",
    "list_tags_for_resource",
    "publish_package_version",
    "put_domain_permissions_policy",
    "put_package_origin_configuration",
    "put_repository_permissions_policy",
    "tag_resource",
    "untag_resource",
    "update_package_group",
    "update_package_group_origin_configuration",
    "update_package_versions_status",
    "update_repository",
]
