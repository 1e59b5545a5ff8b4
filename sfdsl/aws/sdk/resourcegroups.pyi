"""Typed builders of the AWS SDK integration of resourcegroups (``aws-sdk:resourcegroups:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X, Xi

CancelTagSyncTaskParameters = TypedDict(
    "CancelTagSyncTaskParameters", {"TaskArn": S, "TaskArn.$": str}, total=False
)

class ResourceQuery(TypedDict, total=False):
    Type: S
    Query: S

class GroupConfigurationParameter(TypedDict, total=False):
    Name: S
    Values: L[Si]

class GroupConfigurationItem(TypedDict, total=False):
    Type: S
    Parameters: L[Xi[GroupConfigurationParameter]]

CreateGroupParameters = TypedDict(
    "CreateGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ResourceQuery": X[ResourceQuery],
        "ResourceQuery.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Configuration": L[Xi[GroupConfigurationItem]],
        "Configuration.$": str,
        "Criticality": I,
        "Criticality.$": str,
        "Owner": S,
        "Owner.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
    },
    total=False,
)
DeleteGroupParameters = TypedDict(
    "DeleteGroupParameters",
    {"GroupName": S, "GroupName.$": str, "Group": S, "Group.$": str},
    total=False,
)

class GetAccountSettingsParameters(TypedDict, total=False): ...

GetGroupParameters = TypedDict(
    "GetGroupParameters",
    {"GroupName": S, "GroupName.$": str, "Group": S, "Group.$": str},
    total=False,
)
GetGroupConfigurationParameters = TypedDict(
    "GetGroupConfigurationParameters", {"Group": S, "Group.$": str}, total=False
)
GetGroupQueryParameters = TypedDict(
    "GetGroupQueryParameters",
    {"GroupName": S, "GroupName.$": str, "Group": S, "Group.$": str},
    total=False,
)
GetTagSyncTaskParameters = TypedDict(
    "GetTagSyncTaskParameters", {"TaskArn": S, "TaskArn.$": str}, total=False
)
GetTagsParameters = TypedDict("GetTagsParameters", {"Arn": S, "Arn.$": str}, total=False)
GroupResourcesParameters = TypedDict(
    "GroupResourcesParameters",
    {"Group": S, "Group.$": str, "ResourceArns": L[Si], "ResourceArns.$": str},
    total=False,
)

class ResourceFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListGroupResourcesParameters = TypedDict(
    "ListGroupResourcesParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "Group": S,
        "Group.$": str,
        "Filters": L[Xi[ResourceFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListGroupingStatusesFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListGroupingStatusesParameters = TypedDict(
    "ListGroupingStatusesParameters",
    {
        "Group": S,
        "Group.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[ListGroupingStatusesFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class GroupFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListGroupsParameters = TypedDict(
    "ListGroupsParameters",
    {
        "Filters": L[Xi[GroupFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListTagSyncTasksFilter(TypedDict, total=False):
    GroupArn: S
    GroupName: S

ListTagSyncTasksParameters = TypedDict(
    "ListTagSyncTasksParameters",
    {
        "Filters": L[Xi[ListTagSyncTasksFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PutGroupConfigurationParameters = TypedDict(
    "PutGroupConfigurationParameters",
    {
        "Group": S,
        "Group.$": str,
        "Configuration": L[Xi[GroupConfigurationItem]],
        "Configuration.$": str,
    },
    total=False,
)
SearchResourcesParameters = TypedDict(
    "SearchResourcesParameters",
    {
        "ResourceQuery": X[ResourceQuery],
        "ResourceQuery.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
StartTagSyncTaskParameters = TypedDict(
    "StartTagSyncTaskParameters",
    {
        "Group": S,
        "Group.$": str,
        "TagKey": S,
        "TagKey.$": str,
        "TagValue": S,
        "TagValue.$": str,
        "ResourceQuery": X[ResourceQuery],
        "ResourceQuery.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
TagParameters = TypedDict(
    "TagParameters", {"Arn": S, "Arn.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
UngroupResourcesParameters = TypedDict(
    "UngroupResourcesParameters",
    {"Group": S, "Group.$": str, "ResourceArns": L[Si], "ResourceArns.$": str},
    total=False,
)
UntagParameters = TypedDict(
    "UntagParameters", {"Arn": S, "Arn.$": str, "Keys": L[Si], "Keys.$": str}, total=False
)
UpdateAccountSettingsParameters = TypedDict(
    "UpdateAccountSettingsParameters",
    {"GroupLifecycleEventsDesiredStatus": S, "GroupLifecycleEventsDesiredStatus.$": str},
    total=False,
)
UpdateGroupParameters = TypedDict(
    "UpdateGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "Group": S,
        "Group.$": str,
        "Description": S,
        "Description.$": str,
        "Criticality": I,
        "Criticality.$": str,
        "Owner": S,
        "Owner.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
    },
    total=False,
)
UpdateGroupQueryParameters = TypedDict(
    "UpdateGroupQueryParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "Group": S,
        "Group.$": str,
        "ResourceQuery": X[ResourceQuery],
        "ResourceQuery.$": str,
    },
    total=False,
)
cancel_tag_sync_task: Builder[CancelTagSyncTaskParameters]
create_group: Builder[CreateGroupParameters]
delete_group: Builder[DeleteGroupParameters]
get_account_settings: Builder[GetAccountSettingsParameters]
get_group: Builder[GetGroupParameters]
get_group_configuration: Builder[GetGroupConfigurationParameters]
get_group_query: Builder[GetGroupQueryParameters]
get_tag_sync_task: Builder[GetTagSyncTaskParameters]
get_tags: Builder[GetTagsParameters]
group_resources: Builder[GroupResourcesParameters]
list_group_resources: Builder[ListGroupResourcesParameters]
list_grouping_statuses: Builder[ListGroupingStatusesParameters]
list_groups: Builder[ListGroupsParameters]
list_tag_sync_tasks: Builder[ListTagSyncTasksParameters]
put_group_configuration: Builder[PutGroupConfigurationParameters]
search_resources: Builder[SearchResourcesParameters]
start_tag_sync_task: Builder[StartTagSyncTaskParameters]
tag: Builder[TagParameters]
ungroup_resources: Builder[UngroupResourcesParameters]
untag: Builder[UntagParameters]
update_account_settings: Builder[UpdateAccountSettingsParameters]
update_group: Builder[UpdateGroupParameters]
update_group_query: Builder[UpdateGroupQueryParameters]

__all__ = [
    "cancel_tag_sync_task",
    "create_group",
    "delete_group",
    "get_account_settings",
    "get_group",
    "get_group_configuration",
    "get_group_query",
    "get_tag_sync_task",
    "get_tags",
    "group_resources",
    "list_group_resources",
    "list_grouping_statuses",
    "list_groups",
    "list_tag_sync_tasks",
    "put_group_configuration",
    "search_resources",
    "start_tag_sync_task",
    "tag",
    "ungroup_resources",
    "untag",
    "update_account_settings",
    "update_group",
    "update_group_query",
]
