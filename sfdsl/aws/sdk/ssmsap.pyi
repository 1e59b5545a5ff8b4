"""Typed builders of the AWS SDK integration of ssmsap (``aws-sdk:ssmsap:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

DeleteResourcePermissionParameters = TypedDict(
    "DeleteResourcePermissionParameters",
    {
        "ActionType": S,
        "ActionType.$": str,
        "SourceResourceArn": S,
        "SourceResourceArn.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)
DeregisterApplicationParameters = TypedDict(
    "DeregisterApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "AppRegistryArn": S,
        "AppRegistryArn.$": str,
    },
    total=False,
)
GetComponentParameters = TypedDict(
    "GetComponentParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "ComponentId": S, "ComponentId.$": str},
    total=False,
)
GetConfigurationCheckOperationParameters = TypedDict(
    "GetConfigurationCheckOperationParameters",
    {"OperationId": S, "OperationId.$": str},
    total=False,
)
GetDatabaseParameters = TypedDict(
    "GetDatabaseParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ComponentId": S,
        "ComponentId.$": str,
        "DatabaseId": S,
        "DatabaseId.$": str,
        "DatabaseArn": S,
        "DatabaseArn.$": str,
    },
    total=False,
)
GetOperationParameters = TypedDict(
    "GetOperationParameters", {"OperationId": S, "OperationId.$": str}, total=False
)
GetResourcePermissionParameters = TypedDict(
    "GetResourcePermissionParameters",
    {"ActionType": S, "ActionType.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Value: S
    Operator: S

ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListComponentsParameters = TypedDict(
    "ListComponentsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListConfigurationCheckDefinitionsParameters = TypedDict(
    "ListConfigurationCheckDefinitionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListConfigurationCheckOperationsParameters = TypedDict(
    "ListConfigurationCheckOperationsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ListMode": S,
        "ListMode.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListDatabasesParameters = TypedDict(
    "ListDatabasesParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ComponentId": S,
        "ComponentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListOperationEventsParameters = TypedDict(
    "ListOperationEventsParameters",
    {
        "OperationId": S,
        "OperationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListOperationsParameters = TypedDict(
    "ListOperationsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
    },
    total=False,
)
ListSubCheckResultsParameters = TypedDict(
    "ListSubCheckResultsParameters",
    {
        "OperationId": S,
        "OperationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSubCheckRuleResultsParameters = TypedDict(
    "ListSubCheckRuleResultsParameters",
    {
        "SubCheckResultId": S,
        "SubCheckResultId.$": str,
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
PutResourcePermissionParameters = TypedDict(
    "PutResourcePermissionParameters",
    {
        "ActionType": S,
        "ActionType.$": str,
        "SourceResourceArn": S,
        "SourceResourceArn.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)

class ApplicationCredential(TypedDict, total=False):
    DatabaseName: S
    CredentialType: S
    SecretId: S

class ComponentInfo(TypedDict, total=False):
    ComponentType: S
    Sid: S
    Ec2InstanceId: S

RegisterApplicationParameters = TypedDict(
    "RegisterApplicationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ApplicationType": S,
        "ApplicationType.$": str,
        "Instances": L[Si],
        "Instances.$": str,
        "SapInstanceNumber": S,
        "SapInstanceNumber.$": str,
        "Sid": S,
        "Sid.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Credentials": L[Xi[ApplicationCredential]],
        "Credentials.$": str,
        "DatabaseArn": S,
        "DatabaseArn.$": str,
        "ComponentsInfo": L[Xi[ComponentInfo]],
        "ComponentsInfo.$": str,
    },
    total=False,
)
StartApplicationParameters = TypedDict(
    "StartApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
StartApplicationRefreshParameters = TypedDict(
    "StartApplicationRefreshParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
StartConfigurationChecksParameters = TypedDict(
    "StartConfigurationChecksParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ConfigurationCheckIds": L[Si],
        "ConfigurationCheckIds.$": str,
    },
    total=False,
)
StopApplicationParameters = TypedDict(
    "StopApplicationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "StopConnectedEntity": S,
        "StopConnectedEntity.$": str,
        "IncludeEc2InstanceShutdown": B,
        "IncludeEc2InstanceShutdown.$": str,
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

class BackintConfig(TypedDict, total=False):
    BackintMode: S
    EnsureNoBackupInProcess: B

UpdateApplicationSettingsParameters = TypedDict(
    "UpdateApplicationSettingsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "CredentialsToAddOrUpdate": L[Xi[ApplicationCredential]],
        "CredentialsToAddOrUpdate.$": str,
        "CredentialsToRemove": L[Xi[ApplicationCredential]],
        "CredentialsToRemove.$": str,
        "Backint": X[BackintConfig],
        "Backint.$": str,
        "DatabaseArn": S,
        "DatabaseArn.$": str,
    },
    total=False,
)
delete_resource_permission: Builder[DeleteResourcePermissionParameters]
deregister_application: Builder[DeregisterApplicationParameters]
get_application: Builder[GetApplicationParameters]
get_component: Builder[GetComponentParameters]
get_configuration_check_operation: Builder[GetConfigurationCheckOperationParameters]
get_database: Builder[GetDatabaseParameters]
get_operation: Builder[GetOperationParameters]
get_resource_permission: Builder[GetResourcePermissionParameters]
list_applications: Builder[ListApplicationsParameters]
list_components: Builder[ListComponentsParameters]
list_configuration_check_definitions: Builder[ListConfigurationCheckDefinitionsParameters]
list_configuration_check_operations: Builder[ListConfigurationCheckOperationsParameters]
list_databases: Builder[ListDatabasesParameters]
list_operation_events: Builder[ListOperationEventsParameters]
list_operations: Builder[ListOperationsParameters]
list_sub_check_results: Builder[ListSubCheckResultsParameters]
list_sub_check_rule_results: Builder[ListSubCheckRuleResultsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_resource_permission: Builder[PutResourcePermissionParameters]
register_application: Builder[RegisterApplicationParameters]
start_application: Builder[StartApplicationParameters]
start_application_refresh: Builder[StartApplicationRefreshParameters]
start_configuration_checks: Builder[StartConfigurationChecksParameters]
stop_application: Builder[StopApplicationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_application_settings: Builder[UpdateApplicationSettingsParameters]

__all__ = [
    "delete_resource_permission",
    "deregister_application",
    "get_application",
    "get_component",
    "get_configuration_check_operation",
    "get_database",
    "get_operation",
    "get_resource_permission",
    "list_applications",
    "list_components",
    "list_configuration_check_definitions",
    "list_configuration_check_operations",
    "list_databases",
    "list_operation_events",
    "list_operations",
    "list_sub_check_results",
    "list_sub_check_rule_results",
    "list_tags_for_resource",
    "put_resource_permission",
    "register_application",
    "start_application",
    "start_application_refresh",
    "start_configuration_checks",
    "stop_application",
    "tag_resource",
    "untag_resource",
    "update_application_settings",
]
