"""Typed builders of the AWS SDK integration of resourceexplorer2 (``aws-sdk:resourceexplorer2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateDefaultViewParameters = TypedDict(
    "AssociateDefaultViewParameters", {"ViewArn": S, "ViewArn.$": str}, total=False
)
BatchGetViewParameters = TypedDict(
    "BatchGetViewParameters", {"ViewArns": L[Si], "ViewArns.$": str}, total=False
)
CreateIndexParameters = TypedDict(
    "CreateIndexParameters",
    {"ClientToken": S, "ClientToken.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
CreateResourceExplorerSetupParameters = TypedDict(
    "CreateResourceExplorerSetupParameters",
    {
        "RegionList": L[Si],
        "RegionList.$": str,
        "AggregatorRegions": L[Si],
        "AggregatorRegions.$": str,
        "ViewName": S,
        "ViewName.$": str,
    },
    total=False,
)

class IncludedProperty(TypedDict, total=False):
    Name: S

class SearchFilter(TypedDict, total=False):
    FilterString: S

CreateViewParameters = TypedDict(
    "CreateViewParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ViewName": S,
        "ViewName.$": str,
        "IncludedProperties": L[Xi[IncludedProperty]],
        "IncludedProperties.$": str,
        "Scope": S,
        "Scope.$": str,
        "Filters": X[SearchFilter],
        "Filters.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteIndexParameters = TypedDict("DeleteIndexParameters", {"Arn": S, "Arn.$": str}, total=False)
DeleteResourceExplorerSetupParameters = TypedDict(
    "DeleteResourceExplorerSetupParameters",
    {
        "RegionList": L[Si],
        "RegionList.$": str,
        "DeleteInAllRegions": B,
        "DeleteInAllRegions.$": str,
    },
    total=False,
)
DeleteViewParameters = TypedDict(
    "DeleteViewParameters", {"ViewArn": S, "ViewArn.$": str}, total=False
)

class DisassociateDefaultViewParameters(TypedDict, total=False): ...
class GetAccountLevelServiceConfigurationParameters(TypedDict, total=False): ...
class GetDefaultViewParameters(TypedDict, total=False): ...
class GetIndexParameters(TypedDict, total=False): ...

GetManagedViewParameters = TypedDict(
    "GetManagedViewParameters", {"ManagedViewArn": S, "ManagedViewArn.$": str}, total=False
)
GetResourceExplorerSetupParameters = TypedDict(
    "GetResourceExplorerSetupParameters",
    {
        "TaskId": S,
        "TaskId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class GetServiceIndexParameters(TypedDict, total=False): ...

GetServiceViewParameters = TypedDict(
    "GetServiceViewParameters", {"ServiceViewArn": S, "ServiceViewArn.$": str}, total=False
)
GetViewParameters = TypedDict("GetViewParameters", {"ViewArn": S, "ViewArn.$": str}, total=False)
ListIndexesParameters = TypedDict(
    "ListIndexesParameters",
    {
        "Type": S,
        "Type.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListIndexesForMembersParameters = TypedDict(
    "ListIndexesForMembersParameters",
    {
        "AccountIdList": L[Si],
        "AccountIdList.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListManagedViewsParameters = TypedDict(
    "ListManagedViewsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServicePrincipal": S,
        "ServicePrincipal.$": str,
    },
    total=False,
)
ListResourcesParameters = TypedDict(
    "ListResourcesParameters",
    {
        "Filters": X[SearchFilter],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ViewArn": S,
        "ViewArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceIndexesParameters = TypedDict(
    "ListServiceIndexesParameters",
    {
        "Regions": L[Si],
        "Regions.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListServiceViewsParameters = TypedDict(
    "ListServiceViewsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListStreamingAccessForServicesParameters = TypedDict(
    "ListStreamingAccessForServicesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListSupportedResourceTypesParameters = TypedDict(
    "ListSupportedResourceTypesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListViewsParameters = TypedDict(
    "ListViewsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
SearchParameters = TypedDict(
    "SearchParameters",
    {
        "QueryString": S,
        "QueryString.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ViewArn": S,
        "ViewArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
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
UpdateIndexTypeParameters = TypedDict(
    "UpdateIndexTypeParameters", {"Arn": S, "Arn.$": str, "Type": S, "Type.$": str}, total=False
)
UpdateViewParameters = TypedDict(
    "UpdateViewParameters",
    {
        "ViewArn": S,
        "ViewArn.$": str,
        "IncludedProperties": L[Xi[IncludedProperty]],
        "IncludedProperties.$": str,
        "Filters": X[SearchFilter],
        "Filters.$": str,
    },
    total=False,
)
associate_default_view: Builder[AssociateDefaultViewParameters]
batch_get_view: Builder[BatchGetViewParameters]
create_index: Builder[CreateIndexParameters]
create_resource_explorer_setup: Builder[CreateResourceExplorerSetupParameters]
create_view: Builder[CreateViewParameters]
delete_index: Builder[DeleteIndexParameters]
delete_resource_explorer_setup: Builder[DeleteResourceExplorerSetupParameters]
delete_view: Builder[DeleteViewParameters]
disassociate_default_view: Builder[DisassociateDefaultViewParameters]
get_account_level_service_configuration: Builder[GetAccountLevelServiceConfigurationParameters]
get_default_view: Builder[GetDefaultViewParameters]
get_index: Builder[GetIndexParameters]
get_managed_view: Builder[GetManagedViewParameters]
get_resource_explorer_setup: Builder[GetResourceExplorerSetupParameters]
get_service_index: Builder[GetServiceIndexParameters]
get_service_view: Builder[GetServiceViewParameters]
get_view: Builder[GetViewParameters]
list_indexes: Builder[ListIndexesParameters]
list_indexes_for_members: Builder[ListIndexesForMembersParameters]
list_managed_views: Builder[ListManagedViewsParameters]
list_resources: Builder[ListResourcesParameters]
list_service_indexes: Builder[ListServiceIndexesParameters]
list_service_views: Builder[ListServiceViewsParameters]
list_streaming_access_for_services: Builder[ListStreamingAccessForServicesParameters]
list_supported_resource_types: Builder[ListSupportedResourceTypesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_views: Builder[ListViewsParameters]
search: Builder[SearchParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_index_type: Builder[UpdateIndexTypeParameters]
update_view: Builder[UpdateViewParameters]

__all__ = [
    "associate_default_view",
    "batch_get_view",
    "create_index",
    "create_resource_explorer_setup",
    "create_view",
    "delete_index",
    "delete_resource_explorer_setup",
    "delete_view",
    "disassociate_default_view",
    "get_account_level_service_configuration",
    "get_default_view",
    "get_index",
    "get_managed_view",
    "get_resource_explorer_setup",
    "get_service_index",
    "get_service_view",
    "get_view",
    "list_indexes",
    "list_indexes_for_members",
    "list_managed_views",
    "list_resources",
    "list_service_indexes",
    "list_service_views",
    "list_streaming_access_for_services",
    "list_supported_resource_types",
    "list_tags_for_resource",
    "list_views",
    "search",
    "tag_resource",
    "untag_resource",
    "update_index_type",
    "update_view",
]
