"""Typed builders of the AWS SDK integration of servicecatalogappregistry (``aws-sdk:servicecatalogappregistry:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X

AssociateAttributeGroupParameters = TypedDict(
    "AssociateAttributeGroupParameters",
    {"Application": S, "Application.$": str, "AttributeGroup": S, "AttributeGroup.$": str},
    total=False,
)
AssociateResourceParameters = TypedDict(
    "AssociateResourceParameters",
    {
        "Application": S,
        "Application.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "Resource": S,
        "Resource.$": str,
        "Options": L[Si],
        "Options.$": str,
    },
    total=False,
)
CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateAttributeGroupParameters = TypedDict(
    "CreateAttributeGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Attributes": S,
        "Attributes.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"Application": S, "Application.$": str}, total=False
)
DeleteAttributeGroupParameters = TypedDict(
    "DeleteAttributeGroupParameters", {"AttributeGroup": S, "AttributeGroup.$": str}, total=False
)
DisassociateAttributeGroupParameters = TypedDict(
    "DisassociateAttributeGroupParameters",
    {"Application": S, "Application.$": str, "AttributeGroup": S, "AttributeGroup.$": str},
    total=False,
)
DisassociateResourceParameters = TypedDict(
    "DisassociateResourceParameters",
    {
        "Application": S,
        "Application.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "Resource": S,
        "Resource.$": str,
    },
    total=False,
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters", {"Application": S, "Application.$": str}, total=False
)
GetAssociatedResourceParameters = TypedDict(
    "GetAssociatedResourceParameters",
    {
        "Application": S,
        "Application.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "Resource": S,
        "Resource.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceTagStatus": L[Si],
        "ResourceTagStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetAttributeGroupParameters = TypedDict(
    "GetAttributeGroupParameters", {"AttributeGroup": S, "AttributeGroup.$": str}, total=False
)

class GetConfigurationParameters(TypedDict, total=False): ...

ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAssociatedAttributeGroupsParameters = TypedDict(
    "ListAssociatedAttributeGroupsParameters",
    {
        "Application": S,
        "Application.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAssociatedResourcesParameters = TypedDict(
    "ListAssociatedResourcesParameters",
    {
        "Application": S,
        "Application.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAttributeGroupsParameters = TypedDict(
    "ListAttributeGroupsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListAttributeGroupsForApplicationParameters = TypedDict(
    "ListAttributeGroupsForApplicationParameters",
    {
        "Application": S,
        "Application.$": str,
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

class TagQueryConfiguration(TypedDict, total=False):
    TagKey: S

class AppRegistryConfiguration(TypedDict, total=False):
    TagQueryConfiguration: X[TagQueryConfiguration]

PutConfigurationParameters = TypedDict(
    "PutConfigurationParameters",
    {"Configuration": X[AppRegistryConfiguration], "Configuration.$": str},
    total=False,
)
SyncResourceParameters = TypedDict(
    "SyncResourceParameters",
    {"ResourceType": S, "ResourceType.$": str, "Resource": S, "Resource.$": str},
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
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "Application": S,
        "Application.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateAttributeGroupParameters = TypedDict(
    "UpdateAttributeGroupParameters",
    {
        "AttributeGroup": S,
        "AttributeGroup.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Attributes": S,
        "Attributes.$": str,
    },
    total=False,
)
associate_attribute_group: Builder[AssociateAttributeGroupParameters]
associate_resource: Builder[AssociateResourceParameters]
create_application: Builder[CreateApplicationParameters]
create_attribute_group: Builder[CreateAttributeGroupParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_attribute_group: Builder[DeleteAttributeGroupParameters]
disassociate_attribute_group: Builder[DisassociateAttributeGroupParameters]
disassociate_resource: Builder[DisassociateResourceParameters]
get_application: Builder[GetApplicationParameters]
get_associated_resource: Builder[GetAssociatedResourceParameters]
get_attribute_group: Builder[GetAttributeGroupParameters]
get_configuration: Builder[GetConfigurationParameters]
list_applications: Builder[ListApplicationsParameters]
list_associated_attribute_groups: Builder[ListAssociatedAttributeGroupsParameters]
list_associated_resources: Builder[ListAssociatedResourcesParameters]
list_attribute_groups: Builder[ListAttributeGroupsParameters]
list_attribute_groups_for_application: Builder[ListAttributeGroupsForApplicationParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_configuration: Builder[PutConfigurationParameters]
sync_resource: Builder[SyncResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_application: Builder[UpdateApplicationParameters]
update_attribute_group: Builder[UpdateAttributeGroupParameters]

__all__ = [
    "associate_attribute_group",
    "associate_resource",
    "create_application",
    "create_attribute_group",
    "delete_application",
    "delete_attribute_group",
    "disassociate_attribute_group",
    "disassociate_resource",
    "get_application",
    "get_associated_resource",
    "get_attribute_group",
    "get_configuration",
    "list_applications",
    "list_associated_attribute_groups",
    "list_associated_resources",
    "list_attribute_groups",
    "list_attribute_groups_for_application",
    "list_tags_for_resource",
    "put_configuration",
    "sync_resource",
    "tag_resource",
    "untag_resource",
    "update_application",
    "update_attribute_group",
]
