"""Typed builders of the AWS SDK integration of cloudextensions (``aws-sdk:cloudextensions:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, X

class RuntimeCredentials(TypedDict, total=False): ...

class SecretKey(TypedDict, total=False):
    Literal: S
    Reference: S

class ExtensionKey(TypedDict, total=False):
    AccessKeyId: S
    SecretKey: X[SecretKey]

Authentication = TypedDict(
    "Authentication",
    {"None": B, "RuntimeCredentials": X[RuntimeCredentials], "ExtensionKey": X[ExtensionKey]},
    total=False,
)

class HttpInterfaceDefaults(TypedDict, total=False):
    Authentication: X[Authentication]

class InterfaceDefaults(TypedDict, total=False):
    Http: X[HttpInterfaceDefaults]

class ExtensionDefaults(TypedDict, total=False):
    ExecutionRole: S
    InterfaceDefaults: X[InterfaceDefaults]

CreateProfileParameters = TypedDict(
    "CreateProfileParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ExtensionDefaults": X[ExtensionDefaults],
        "ExtensionDefaults.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class HttpInterfaceOptions(TypedDict, total=False):
    Authentication: X[Authentication]
    BasePath: S

class InterfaceOptions(TypedDict, total=False):
    Http: X[HttpInterfaceOptions]

class VersionPolicy(TypedDict, total=False):
    UpdateStrategy: S
    VersionSelector: S

CreateProfileEntryParameters = TypedDict(
    "CreateProfileEntryParameters",
    {
        "ProfileIdentifier": S,
        "ProfileIdentifier.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ExtensionIdentifier": S,
        "ExtensionIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Interfaces": M[X[InterfaceOptions]],
        "Interfaces.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "VersionPolicy": X[VersionPolicy],
        "VersionPolicy.$": str,
        "Settings": Doc,
        "Settings.$": str,
        "Approve": L[Si],
        "Approve.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteProfileParameters = TypedDict(
    "DeleteProfileParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
DeleteProfileEntryParameters = TypedDict(
    "DeleteProfileEntryParameters",
    {"Identifier": S, "Identifier.$": str, "ProfileIdentifier": S, "ProfileIdentifier.$": str},
    total=False,
)
GetExtensionParameters = TypedDict(
    "GetExtensionParameters",
    {"Identifier": S, "Identifier.$": str, "ExtensionVersion": S, "ExtensionVersion.$": str},
    total=False,
)
GetProfileParameters = TypedDict(
    "GetProfileParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetProfileEntryParameters = TypedDict(
    "GetProfileEntryParameters",
    {"Identifier": S, "Identifier.$": str, "ProfileIdentifier": S, "ProfileIdentifier.$": str},
    total=False,
)
ListExtensionVersionsParameters = TypedDict(
    "ListExtensionVersionsParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "VersionSelector": S,
        "VersionSelector.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExtensionsParameters = TypedDict(
    "ListExtensionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListProfileEntriesParameters = TypedDict(
    "ListProfileEntriesParameters",
    {
        "ProfileIdentifier": S,
        "ProfileIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListProfilesParameters = TypedDict(
    "ListProfilesParameters",
    {
        "Name": S,
        "Name.$": str,
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
UpdateProfileParameters = TypedDict(
    "UpdateProfileParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ExtensionDefaults": X[ExtensionDefaults],
        "ExtensionDefaults.$": str,
    },
    total=False,
)
UpdateProfileEntryParameters = TypedDict(
    "UpdateProfileEntryParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "ProfileIdentifier": S,
        "ProfileIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Interfaces": M[X[InterfaceOptions]],
        "Interfaces.$": str,
        "ExecutionRole": S,
        "ExecutionRole.$": str,
        "VersionPolicy": X[VersionPolicy],
        "VersionPolicy.$": str,
        "Settings": Doc,
        "Settings.$": str,
        "Approve": L[Si],
        "Approve.$": str,
    },
    total=False,
)
create_profile: Builder[CreateProfileParameters]
create_profile_entry: Builder[CreateProfileEntryParameters]
delete_profile: Builder[DeleteProfileParameters]
delete_profile_entry: Builder[DeleteProfileEntryParameters]
get_extension: Builder[GetExtensionParameters]
get_profile: Builder[GetProfileParameters]
get_profile_entry: Builder[GetProfileEntryParameters]
list_extension_versions: Builder[ListExtensionVersionsParameters]
list_extensions: Builder[ListExtensionsParameters]
list_profile_entries: Builder[ListProfileEntriesParameters]
list_profiles: Builder[ListProfilesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_profile: Builder[UpdateProfileParameters]
update_profile_entry: Builder[UpdateProfileEntryParameters]

__all__ = [
    "create_profile",
    "create_profile_entry",
    "delete_profile",
    "delete_profile_entry",
    "get_extension",
    "get_profile",
    "get_profile_entry",
    "list_extension_versions",
    "list_extensions",
    "list_profile_entries",
    "list_profiles",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_profile",
    "update_profile_entry",
]
