"""Typed builders of the AWS SDK integration of route53profiles (``aws-sdk:route53profiles:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AssociateProfileParameters = TypedDict(
    "AssociateProfileParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Priority": I,
        "Priority.$": str,
    },
    total=False,
)
AssociateResourceToProfileParameters = TypedDict(
    "AssociateResourceToProfileParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Name": S,
        "Name.$": str,
        "ResourceProperties": S,
        "ResourceProperties.$": str,
    },
    total=False,
)
CreateProfileParameters = TypedDict(
    "CreateProfileParameters",
    {
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteProfileParameters = TypedDict(
    "DeleteProfileParameters", {"ProfileId": S, "ProfileId.$": str}, total=False
)
DisassociateProfileParameters = TypedDict(
    "DisassociateProfileParameters",
    {"ProfileId": S, "ProfileId.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
DisassociateResourceFromProfileParameters = TypedDict(
    "DisassociateResourceFromProfileParameters",
    {"ProfileId": S, "ProfileId.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
GetProfileParameters = TypedDict(
    "GetProfileParameters", {"ProfileId": S, "ProfileId.$": str}, total=False
)
GetProfileAssociationParameters = TypedDict(
    "GetProfileAssociationParameters",
    {"ProfileAssociationId": S, "ProfileAssociationId.$": str},
    total=False,
)
GetProfileResourceAssociationParameters = TypedDict(
    "GetProfileResourceAssociationParameters",
    {"ProfileResourceAssociationId": S, "ProfileResourceAssociationId.$": str},
    total=False,
)
ListProfileAssociationsParameters = TypedDict(
    "ListProfileAssociationsParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "ProfileId": S,
        "ProfileId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProfileResourceAssociationsParameters = TypedDict(
    "ListProfileResourceAssociationsParameters",
    {
        "ProfileId": S,
        "ProfileId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProfilesParameters = TypedDict(
    "ListProfilesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
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
UpdateProfileAssociationParameters = TypedDict(
    "UpdateProfileAssociationParameters",
    {
        "ProfileAssociationId": S,
        "ProfileAssociationId.$": str,
        "Name": S,
        "Name.$": str,
        "Priority": I,
        "Priority.$": str,
    },
    total=False,
)
UpdateProfileResourceAssociationParameters = TypedDict(
    "UpdateProfileResourceAssociationParameters",
    {
        "ProfileResourceAssociationId": S,
        "ProfileResourceAssociationId.$": str,
        "Name": S,
        "Name.$": str,
        "ResourceProperties": S,
        "ResourceProperties.$": str,
    },
    total=False,
)
associate_profile: Builder[AssociateProfileParameters]
associate_resource_to_profile: Builder[AssociateResourceToProfileParameters]
create_profile: Builder[CreateProfileParameters]
delete_profile: Builder[DeleteProfileParameters]
disassociate_profile: Builder[DisassociateProfileParameters]
disassociate_resource_from_profile: Builder[DisassociateResourceFromProfileParameters]
get_profile: Builder[GetProfileParameters]
get_profile_association: Builder[GetProfileAssociationParameters]
get_profile_resource_association: Builder[GetProfileResourceAssociationParameters]
list_profile_associations: Builder[ListProfileAssociationsParameters]
list_profile_resource_associations: Builder[ListProfileResourceAssociationsParameters]
list_profiles: Builder[ListProfilesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_profile_association: Builder[UpdateProfileAssociationParameters]
update_profile_resource_association: Builder[UpdateProfileResourceAssociationParameters]

__all__ = [
    "associate_profile",
    "associate_resource_to_profile",
    "create_profile",
    "delete_profile",
    "disassociate_profile",
    "disassociate_resource_from_profile",
    "get_profile",
    "get_profile_association",
    "get_profile_resource_association",
    "list_profile_associations",
    "list_profile_resource_associations",
    "list_profiles",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_profile_association",
    "update_profile_resource_association",
]
