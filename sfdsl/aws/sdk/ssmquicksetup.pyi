"""Typed builders of the AWS SDK integration of ssmquicksetup (``aws-sdk:ssmquicksetup:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, Xi

class ConfigurationDefinitionInput(TypedDict, total=False):
    LocalDeploymentAdministrationRoleArn: S
    LocalDeploymentExecutionRoleName: S
    Parameters: M[S]
    Type: S
    TypeVersion: S

CreateConfigurationManagerParameters = TypedDict(
    "CreateConfigurationManagerParameters",
    {
        "ConfigurationDefinitions": L[Xi[ConfigurationDefinitionInput]],
        "ConfigurationDefinitions.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteConfigurationManagerParameters = TypedDict(
    "DeleteConfigurationManagerParameters", {"ManagerArn": S, "ManagerArn.$": str}, total=False
)
GetConfigurationParameters = TypedDict(
    "GetConfigurationParameters", {"ConfigurationId": S, "ConfigurationId.$": str}, total=False
)
GetConfigurationManagerParameters = TypedDict(
    "GetConfigurationManagerParameters", {"ManagerArn": S, "ManagerArn.$": str}, total=False
)

class GetServiceSettingsParameters(TypedDict, total=False): ...

class Filter(TypedDict, total=False):
    Key: S
    Values: L[Si]

ListConfigurationManagersParameters = TypedDict(
    "ListConfigurationManagersParameters",
    {
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "StartingToken": S,
        "StartingToken.$": str,
    },
    total=False,
)
ListConfigurationsParameters = TypedDict(
    "ListConfigurationsParameters",
    {
        "ConfigurationDefinitionId": S,
        "ConfigurationDefinitionId.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "ManagerArn": S,
        "ManagerArn.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "StartingToken": S,
        "StartingToken.$": str,
    },
    total=False,
)

class ListQuickSetupTypesParameters(TypedDict, total=False): ...

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
UpdateConfigurationDefinitionParameters = TypedDict(
    "UpdateConfigurationDefinitionParameters",
    {
        "Id": S,
        "Id.$": str,
        "LocalDeploymentAdministrationRoleArn": S,
        "LocalDeploymentAdministrationRoleArn.$": str,
        "LocalDeploymentExecutionRoleName": S,
        "LocalDeploymentExecutionRoleName.$": str,
        "ManagerArn": S,
        "ManagerArn.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "TypeVersion": S,
        "TypeVersion.$": str,
    },
    total=False,
)
UpdateConfigurationManagerParameters = TypedDict(
    "UpdateConfigurationManagerParameters",
    {
        "Description": S,
        "Description.$": str,
        "ManagerArn": S,
        "ManagerArn.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateServiceSettingsParameters = TypedDict(
    "UpdateServiceSettingsParameters",
    {"ExplorerEnablingRoleArn": S, "ExplorerEnablingRoleArn.$": str},
    total=False,
)
create_configuration_manager: Builder[CreateConfigurationManagerParameters]
delete_configuration_manager: Builder[DeleteConfigurationManagerParameters]
get_configuration: Builder[GetConfigurationParameters]
get_configuration_manager: Builder[GetConfigurationManagerParameters]
get_service_settings: Builder[GetServiceSettingsParameters]
list_configuration_managers: Builder[ListConfigurationManagersParameters]
list_configurations: Builder[ListConfigurationsParameters]
list_quick_setup_types: Builder[ListQuickSetupTypesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_configuration_definition: Builder[UpdateConfigurationDefinitionParameters]
update_configuration_manager: Builder[UpdateConfigurationManagerParameters]
update_service_settings: Builder[UpdateServiceSettingsParameters]

__all__ = [
    "create_configuration_manager",
    "delete_configuration_manager",
    "get_configuration",
    "get_configuration_manager",
    "get_service_settings",
    "list_configuration_managers",
    "list_configurations",
    "list_quick_setup_types",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_configuration_definition",
    "update_configuration_manager",
    "update_service_settings",
]
