"""Typed builders of the AWS SDK integration of schemas (``aws-sdk:schemas:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si

CreateDiscovererParameters = TypedDict(
    "CreateDiscovererParameters",
    {
        "Description": S,
        "Description.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "CrossAccount": B,
        "CrossAccount.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateRegistryParameters = TypedDict(
    "CreateRegistryParameters",
    {
        "Description": S,
        "Description.$": str,
        "RegistryName": S,
        "RegistryName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateSchemaParameters = TypedDict(
    "CreateSchemaParameters",
    {
        "Content": S,
        "Content.$": str,
        "Description": S,
        "Description.$": str,
        "RegistryName": S,
        "RegistryName.$": str,
        "SchemaName": S,
        "SchemaName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
DeleteDiscovererParameters = TypedDict(
    "DeleteDiscovererParameters", {"DiscovererId": S, "DiscovererId.$": str}, total=False
)
DeleteRegistryParameters = TypedDict(
    "DeleteRegistryParameters", {"RegistryName": S, "RegistryName.$": str}, total=False
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"RegistryName": S, "RegistryName.$": str}, total=False
)
DeleteSchemaParameters = TypedDict(
    "DeleteSchemaParameters",
    {"RegistryName": S, "RegistryName.$": str, "SchemaName": S, "SchemaName.$": str},
    total=False,
)
DeleteSchemaVersionParameters = TypedDict(
    "DeleteSchemaVersionParameters",
    {
        "RegistryName": S,
        "RegistryName.$": str,
        "SchemaName": S,
        "SchemaName.$": str,
        "SchemaVersion": S,
        "SchemaVersion.$": str,
    },
    total=False,
)
DescribeCodeBindingParameters = TypedDict(
    "DescribeCodeBindingParameters",
    {
        "Language": S,
        "Language.$": str,
        "RegistryName": S,
        "RegistryName.$": str,
        "SchemaName": S,
        "SchemaName.$": str,
        "SchemaVersion": S,
        "SchemaVersion.$": str,
    },
    total=False,
)
DescribeDiscovererParameters = TypedDict(
    "DescribeDiscovererParameters", {"DiscovererId": S, "DiscovererId.$": str}, total=False
)
DescribeRegistryParameters = TypedDict(
    "DescribeRegistryParameters", {"RegistryName": S, "RegistryName.$": str}, total=False
)
DescribeSchemaParameters = TypedDict(
    "DescribeSchemaParameters",
    {
        "RegistryName": S,
        "RegistryName.$": str,
        "SchemaName": S,
        "SchemaName.$": str,
        "SchemaVersion": S,
        "SchemaVersion.$": str,
    },
    total=False,
)
ExportSchemaParameters = TypedDict(
    "ExportSchemaParameters",
    {
        "RegistryName": S,
        "RegistryName.$": str,
        "SchemaName": S,
        "SchemaName.$": str,
        "SchemaVersion": S,
        "SchemaVersion.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
GetCodeBindingSourceParameters = TypedDict(
    "GetCodeBindingSourceParameters",
    {
        "Language": S,
        "Language.$": str,
        "RegistryName": S,
        "RegistryName.$": str,
        "SchemaName": S,
        "SchemaName.$": str,
        "SchemaVersion": S,
        "SchemaVersion.$": str,
    },
    total=False,
)
GetDiscoveredSchemaParameters = TypedDict(
    "GetDiscoveredSchemaParameters",
    {"Events": L[Si], "Events.$": str, "Type": S, "Type.$": str},
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"RegistryName": S, "RegistryName.$": str}, total=False
)
ListDiscoverersParameters = TypedDict(
    "ListDiscoverersParameters",
    {
        "DiscovererIdPrefix": S,
        "DiscovererIdPrefix.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SourceArnPrefix": S,
        "SourceArnPrefix.$": str,
    },
    total=False,
)
ListRegistriesParameters = TypedDict(
    "ListRegistriesParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RegistryNamePrefix": S,
        "RegistryNamePrefix.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
ListSchemaVersionsParameters = TypedDict(
    "ListSchemaVersionsParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RegistryName": S,
        "RegistryName.$": str,
        "SchemaName": S,
        "SchemaName.$": str,
    },
    total=False,
)
ListSchemasParameters = TypedDict(
    "ListSchemasParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RegistryName": S,
        "RegistryName.$": str,
        "SchemaNamePrefix": S,
        "SchemaNamePrefix.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
PutCodeBindingParameters = TypedDict(
    "PutCodeBindingParameters",
    {
        "Language": S,
        "Language.$": str,
        "RegistryName": S,
        "RegistryName.$": str,
        "SchemaName": S,
        "SchemaName.$": str,
        "SchemaVersion": S,
        "SchemaVersion.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "Policy": S,
        "Policy.$": str,
        "RegistryName": S,
        "RegistryName.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
SearchSchemasParameters = TypedDict(
    "SearchSchemasParameters",
    {
        "Keywords": S,
        "Keywords.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RegistryName": S,
        "RegistryName.$": str,
    },
    total=False,
)
StartDiscovererParameters = TypedDict(
    "StartDiscovererParameters", {"DiscovererId": S, "DiscovererId.$": str}, total=False
)
StopDiscovererParameters = TypedDict(
    "StopDiscovererParameters", {"DiscovererId": S, "DiscovererId.$": str}, total=False
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
UpdateDiscovererParameters = TypedDict(
    "UpdateDiscovererParameters",
    {
        "Description": S,
        "Description.$": str,
        "DiscovererId": S,
        "DiscovererId.$": str,
        "CrossAccount": B,
        "CrossAccount.$": str,
    },
    total=False,
)
UpdateRegistryParameters = TypedDict(
    "UpdateRegistryParameters",
    {"Description": S, "Description.$": str, "RegistryName": S, "RegistryName.$": str},
    total=False,
)
UpdateSchemaParameters = TypedDict(
    "UpdateSchemaParameters",
    {
        "ClientTokenId": S,
        "ClientTokenId.$": str,
        "Content": S,
        "Content.$": str,
        "Description": S,
        "Description.$": str,
        "RegistryName": S,
        "RegistryName.$": str,
        "SchemaName": S,
        "SchemaName.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
create_discoverer: Builder[CreateDiscovererParameters]
create_registry: Builder[CreateRegistryParameters]
create_schema: Builder[CreateSchemaParameters]
delete_discoverer: Builder[DeleteDiscovererParameters]
delete_registry: Builder[DeleteRegistryParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_schema: Builder[DeleteSchemaParameters]
delete_schema_version: Builder[DeleteSchemaVersionParameters]
describe_code_binding: Builder[DescribeCodeBindingParameters]
describe_discoverer: Builder[DescribeDiscovererParameters]
describe_registry: Builder[DescribeRegistryParameters]
describe_schema: Builder[DescribeSchemaParameters]
export_schema: Builder[ExportSchemaParameters]
get_code_binding_source: Builder[GetCodeBindingSourceParameters]
get_discovered_schema: Builder[GetDiscoveredSchemaParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
list_discoverers: Builder[ListDiscoverersParameters]
list_registries: Builder[ListRegistriesParameters]
list_schema_versions: Builder[ListSchemaVersionsParameters]
list_schemas: Builder[ListSchemasParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_code_binding: Builder[PutCodeBindingParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
search_schemas: Builder[SearchSchemasParameters]
start_discoverer: Builder[StartDiscovererParameters]
stop_discoverer: Builder[StopDiscovererParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_discoverer: Builder[UpdateDiscovererParameters]
update_registry: Builder[UpdateRegistryParameters]
update_schema: Builder[UpdateSchemaParameters]

__all__ = [
    "create_discoverer",
    "create_registry",
    "create_schema",
    "delete_discoverer",
    "delete_registry",
    "delete_resource_policy",
    "delete_schema",
    "delete_schema_version",
    "describe_code_binding",
    "describe_discoverer",
    "describe_registry",
    "describe_schema",
    "export_schema",
    "get_code_binding_source",
    "get_discovered_schema",
    "get_resource_policy",
    "list_discoverers",
    "list_registries",
    "list_schema_versions",
    "list_schemas",
    "list_tags_for_resource",
    "put_code_binding",
    "put_resource_policy",
    "search_schemas",
    "start_discoverer",
    "stop_discoverer",
    "tag_resource",
    "untag_resource",
    "update_discoverer",
    "update_registry",
    "update_schema",
]
