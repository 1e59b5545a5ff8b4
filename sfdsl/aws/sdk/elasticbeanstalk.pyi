"""Typed builders of the AWS SDK integration of elasticbeanstalk (``aws-sdk:elasticbeanstalk:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

AbortEnvironmentUpdateParameters = TypedDict(
    "AbortEnvironmentUpdateParameters",
    {"EnvironmentId": S, "EnvironmentId.$": str, "EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)
ApplyEnvironmentManagedActionParameters = TypedDict(
    "ApplyEnvironmentManagedActionParameters",
    {
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "ActionId": S,
        "ActionId.$": str,
    },
    total=False,
)
AssociateEnvironmentOperationsRoleParameters = TypedDict(
    "AssociateEnvironmentOperationsRoleParameters",
    {"EnvironmentName": S, "EnvironmentName.$": str, "OperationsRole": S, "OperationsRole.$": str},
    total=False,
)
CheckDNSAvailabilityParameters = TypedDict(
    "CheckDNSAvailabilityParameters", {"CnamePrefix": S, "CnamePrefix.$": str}, total=False
)
ComposeEnvironmentsParameters = TypedDict(
    "ComposeEnvironmentsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "VersionLabels": L[Si],
        "VersionLabels.$": str,
    },
    total=False,
)

class MaxCountRule(TypedDict, total=False):
    Enabled: B
    MaxCount: I
    DeleteSourceFromS3: B

class MaxAgeRule(TypedDict, total=False):
    Enabled: B
    MaxAgeInDays: I
    DeleteSourceFromS3: B

class ApplicationVersionLifecycleConfig(TypedDict, total=False):
    MaxCountRule: X[MaxCountRule]
    MaxAgeRule: X[MaxAgeRule]

class ApplicationResourceLifecycleConfig(TypedDict, total=False):
    ServiceRole: S
    VersionLifecycleConfig: X[ApplicationVersionLifecycleConfig]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "Description": S,
        "Description.$": str,
        "ResourceLifecycleConfig": X[ApplicationResourceLifecycleConfig],
        "ResourceLifecycleConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class SourceBuildInformation(TypedDict, total=False):
    SourceType: S
    SourceRepository: S
    SourceLocation: S

class S3Location(TypedDict, total=False):
    S3Bucket: S
    S3Key: S

class BuildConfiguration(TypedDict, total=False):
    ArtifactName: S
    CodeBuildServiceRole: S
    ComputeType: S
    Image: S
    TimeoutInMinutes: I

class ImageSource(TypedDict, total=False):
    Uri: S

class ImageBuildConfiguration(TypedDict, total=False):
    Type: S
    DockerfileLocation: S
    Buildpack: S
    Architecture: S
    CodeBuildServiceRole: S
    ComputeType: S
    TimeoutInMinutes: I

class ImageConfiguration(TypedDict, total=False):
    Source: X[ImageSource]
    Build: X[ImageBuildConfiguration]

CreateApplicationVersionParameters = TypedDict(
    "CreateApplicationVersionParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "VersionLabel": S,
        "VersionLabel.$": str,
        "Description": S,
        "Description.$": str,
        "SourceBuildInformation": X[SourceBuildInformation],
        "SourceBuildInformation.$": str,
        "SourceBundle": X[S3Location],
        "SourceBundle.$": str,
        "BuildConfiguration": X[BuildConfiguration],
        "BuildConfiguration.$": str,
        "AutoCreateApplication": B,
        "AutoCreateApplication.$": str,
        "Process": B,
        "Process.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ImageConfiguration": X[ImageConfiguration],
        "ImageConfiguration.$": str,
    },
    total=False,
)

class SourceConfiguration(TypedDict, total=False):
    ApplicationName: S
    TemplateName: S

class ConfigurationOptionSetting(TypedDict, total=False):
    ResourceName: S
    Namespace: S
    OptionName: S
    Value: S

CreateConfigurationTemplateParameters = TypedDict(
    "CreateConfigurationTemplateParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "SolutionStackName": S,
        "SolutionStackName.$": str,
        "PlatformArn": S,
        "PlatformArn.$": str,
        "SourceConfiguration": X[SourceConfiguration],
        "SourceConfiguration.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "Description": S,
        "Description.$": str,
        "OptionSettings": L[Xi[ConfigurationOptionSetting]],
        "OptionSettings.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class EnvironmentTier(TypedDict, total=False):
    Name: S
    Type: S
    Version: S

class OptionSpecification(TypedDict, total=False):
    ResourceName: S
    Namespace: S
    OptionName: S

CreateEnvironmentParameters = TypedDict(
    "CreateEnvironmentParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "Description": S,
        "Description.$": str,
        "CnamePrefix": S,
        "CnamePrefix.$": str,
        "Tier": X[EnvironmentTier],
        "Tier.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "VersionLabel": S,
        "VersionLabel.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "SolutionStackName": S,
        "SolutionStackName.$": str,
        "PlatformArn": S,
        "PlatformArn.$": str,
        "OptionSettings": L[Xi[ConfigurationOptionSetting]],
        "OptionSettings.$": str,
        "OptionsToRemove": L[Xi[OptionSpecification]],
        "OptionsToRemove.$": str,
        "OperationsRole": S,
        "OperationsRole.$": str,
    },
    total=False,
)
CreatePlatformVersionParameters = TypedDict(
    "CreatePlatformVersionParameters",
    {
        "PlatformName": S,
        "PlatformName.$": str,
        "PlatformVersion": S,
        "PlatformVersion.$": str,
        "PlatformDefinitionBundle": X[S3Location],
        "PlatformDefinitionBundle.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "OptionSettings": L[Xi[ConfigurationOptionSetting]],
        "OptionSettings.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CreateStorageLocationParameters(TypedDict, total=False): ...

DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "TerminateEnvByForce": B,
        "TerminateEnvByForce.$": str,
    },
    total=False,
)
DeleteApplicationVersionParameters = TypedDict(
    "DeleteApplicationVersionParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "VersionLabel": S,
        "VersionLabel.$": str,
        "DeleteSourceBundle": B,
        "DeleteSourceBundle.$": str,
    },
    total=False,
)
DeleteConfigurationTemplateParameters = TypedDict(
    "DeleteConfigurationTemplateParameters",
    {"ApplicationName": S, "ApplicationName.$": str, "TemplateName": S, "TemplateName.$": str},
    total=False,
)
DeleteEnvironmentConfigurationParameters = TypedDict(
    "DeleteEnvironmentConfigurationParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
    },
    total=False,
)
DeletePlatformVersionParameters = TypedDict(
    "DeletePlatformVersionParameters", {"PlatformArn": S, "PlatformArn.$": str}, total=False
)

class DescribeAccountAttributesParameters(TypedDict, total=False): ...

DescribeApplicationVersionsParameters = TypedDict(
    "DescribeApplicationVersionsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "VersionLabels": L[Si],
        "VersionLabels.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeApplicationsParameters = TypedDict(
    "DescribeApplicationsParameters",
    {"ApplicationNames": L[Si], "ApplicationNames.$": str},
    total=False,
)
DescribeConfigurationOptionsParameters = TypedDict(
    "DescribeConfigurationOptionsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "SolutionStackName": S,
        "SolutionStackName.$": str,
        "PlatformArn": S,
        "PlatformArn.$": str,
        "Options": L[Xi[OptionSpecification]],
        "Options.$": str,
    },
    total=False,
)
DescribeConfigurationSettingsParameters = TypedDict(
    "DescribeConfigurationSettingsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
    },
    total=False,
)
DescribeEnvironmentHealthParameters = TypedDict(
    "DescribeEnvironmentHealthParameters",
    {
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "AttributeNames": L[Si],
        "AttributeNames.$": str,
    },
    total=False,
)
DescribeEnvironmentManagedActionHistoryParameters = TypedDict(
    "DescribeEnvironmentManagedActionHistoryParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
DescribeEnvironmentManagedActionsParameters = TypedDict(
    "DescribeEnvironmentManagedActionsParameters",
    {
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
DescribeEnvironmentResourcesParameters = TypedDict(
    "DescribeEnvironmentResourcesParameters",
    {"EnvironmentId": S, "EnvironmentId.$": str, "EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)
DescribeEnvironmentsParameters = TypedDict(
    "DescribeEnvironmentsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "VersionLabel": S,
        "VersionLabel.$": str,
        "EnvironmentIds": L[Si],
        "EnvironmentIds.$": str,
        "EnvironmentNames": L[Si],
        "EnvironmentNames.$": str,
        "IncludeDeleted": B,
        "IncludeDeleted.$": str,
        "IncludedDeletedBackTo": T,
        "IncludedDeletedBackTo.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeEventsParameters = TypedDict(
    "DescribeEventsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "VersionLabel": S,
        "VersionLabel.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "PlatformArn": S,
        "PlatformArn.$": str,
        "RequestId": S,
        "RequestId.$": str,
        "Severity": S,
        "Severity.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeInstancesHealthParameters = TypedDict(
    "DescribeInstancesHealthParameters",
    {
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "AttributeNames": L[Si],
        "AttributeNames.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribePlatformVersionParameters = TypedDict(
    "DescribePlatformVersionParameters", {"PlatformArn": S, "PlatformArn.$": str}, total=False
)
DisassociateEnvironmentOperationsRoleParameters = TypedDict(
    "DisassociateEnvironmentOperationsRoleParameters",
    {"EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)

class ListAvailableSolutionStacksParameters(TypedDict, total=False): ...

class SearchFilter(TypedDict, total=False):
    Attribute: S
    Operator: S
    Values: L[Si]

ListPlatformBranchesParameters = TypedDict(
    "ListPlatformBranchesParameters",
    {
        "Filters": L[Xi[SearchFilter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class PlatformFilter(TypedDict, total=False):
    Type: S
    Operator: S
    Values: L[Si]

ListPlatformVersionsParameters = TypedDict(
    "ListPlatformVersionsParameters",
    {
        "Filters": L[Xi[PlatformFilter]],
        "Filters.$": str,
        "MaxRecords": I,
        "MaxRecords.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
RebuildEnvironmentParameters = TypedDict(
    "RebuildEnvironmentParameters",
    {"EnvironmentId": S, "EnvironmentId.$": str, "EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)
RequestEnvironmentInfoParameters = TypedDict(
    "RequestEnvironmentInfoParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "InfoType": S,
        "InfoType.$": str,
    },
    total=False,
)
RestartAppServerParameters = TypedDict(
    "RestartAppServerParameters",
    {"EnvironmentId": S, "EnvironmentId.$": str, "EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)
RetrieveEnvironmentInfoParameters = TypedDict(
    "RetrieveEnvironmentInfoParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "InfoType": S,
        "InfoType.$": str,
    },
    total=False,
)
SwapEnvironmentCNAMEsParameters = TypedDict(
    "SwapEnvironmentCNAMEsParameters",
    {
        "SourceEnvironmentId": S,
        "SourceEnvironmentId.$": str,
        "SourceEnvironmentName": S,
        "SourceEnvironmentName.$": str,
        "DestinationEnvironmentId": S,
        "DestinationEnvironmentId.$": str,
        "DestinationEnvironmentName": S,
        "DestinationEnvironmentName.$": str,
    },
    total=False,
)
TerminateEnvironmentParameters = TypedDict(
    "TerminateEnvironmentParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "TerminateResources": B,
        "TerminateResources.$": str,
        "ForceTerminate": B,
        "ForceTerminate.$": str,
    },
    total=False,
)
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {"ApplicationName": S, "ApplicationName.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdateApplicationResourceLifecycleParameters = TypedDict(
    "UpdateApplicationResourceLifecycleParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "ResourceLifecycleConfig": X[ApplicationResourceLifecycleConfig],
        "ResourceLifecycleConfig.$": str,
    },
    total=False,
)
UpdateApplicationVersionParameters = TypedDict(
    "UpdateApplicationVersionParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "VersionLabel": S,
        "VersionLabel.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateConfigurationTemplateParameters = TypedDict(
    "UpdateConfigurationTemplateParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "Description": S,
        "Description.$": str,
        "OptionSettings": L[Xi[ConfigurationOptionSetting]],
        "OptionSettings.$": str,
        "OptionsToRemove": L[Xi[OptionSpecification]],
        "OptionsToRemove.$": str,
    },
    total=False,
)
UpdateEnvironmentParameters = TypedDict(
    "UpdateEnvironmentParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "Description": S,
        "Description.$": str,
        "Tier": X[EnvironmentTier],
        "Tier.$": str,
        "VersionLabel": S,
        "VersionLabel.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "SolutionStackName": S,
        "SolutionStackName.$": str,
        "PlatformArn": S,
        "PlatformArn.$": str,
        "OptionSettings": L[Xi[ConfigurationOptionSetting]],
        "OptionSettings.$": str,
        "OptionsToRemove": L[Xi[OptionSpecification]],
        "OptionsToRemove.$": str,
    },
    total=False,
)
UpdateTagsForResourceParameters = TypedDict(
    "UpdateTagsForResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "TagsToAdd": L[Xi[Tag]],
        "TagsToAdd.$": str,
        "TagsToRemove": L[Si],
        "TagsToRemove.$": str,
    },
    total=False,
)
ValidateConfigurationSettingsParameters = TypedDict(
    "ValidateConfigurationSettingsParameters",
    {
        "ApplicationName": S,
        "ApplicationName.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "OptionSettings": L[Xi[ConfigurationOptionSetting]],
        "OptionSettings.$": str,
    },
    total=False,
)
abort_environment_update: Builder[AbortEnvironmentUpdateParameters]
apply_environment_managed_action: Builder[ApplyEnvironmentManagedActionParameters]
associate_environment_operations_role: Builder[AssociateEnvironmentOperationsRoleParameters]
check_dns_availability: Builder[CheckDNSAvailabilityParameters]
compose_environments: Builder[ComposeEnvironmentsParameters]
create_application: Builder[CreateApplicationParameters]
create_application_version: Builder[CreateApplicationVersionParameters]
create_configuration_template: Builder[CreateConfigurationTemplateParameters]
create_environment: Builder[CreateEnvironmentParameters]
create_platform_version: Builder[CreatePlatformVersionParameters]
create_storage_location: Builder[CreateStorageLocationParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_application_version: Builder[DeleteApplicationVersionParameters]
delete_configuration_template: Builder[DeleteConfigurationTemplateParameters]
delete_environment_configuration: Builder[DeleteEnvironmentConfigurationParameters]
delete_platform_version: Builder[DeletePlatformVersionParameters]
describe_account_attributes: Builder[DescribeAccountAttributesParameters]
describe_application_versions: Builder[DescribeApplicationVersionsParameters]
describe_applications: Builder[DescribeApplicationsParameters]
describe_configuration_options: Builder[DescribeConfigurationOptionsParameters]
describe_configuration_settings: Builder[DescribeConfigurationSettingsParameters]
describe_environment_health: Builder[DescribeEnvironmentHealthParameters]
describe_environment_managed_action_history: Builder[
    DescribeEnvironmentManagedActionHistoryParameters
]
describe_environment_managed_actions: Builder[DescribeEnvironmentManagedActionsParameters]
describe_environment_resources: Builder[DescribeEnvironmentResourcesParameters]
describe_environments: Builder[DescribeEnvironmentsParameters]
describe_events: Builder[DescribeEventsParameters]
describe_instances_health: Builder[DescribeInstancesHealthParameters]
describe_platform_version: Builder[DescribePlatformVersionParameters]
disassociate_environment_operations_role: Builder[DisassociateEnvironmentOperationsRoleParameters]
list_available_solution_stacks: Builder[ListAvailableSolutionStacksParameters]
list_platform_branches: Builder[ListPlatformBranchesParameters]
list_platform_versions: Builder[ListPlatformVersionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
rebuild_environment: Builder[RebuildEnvironmentParameters]
request_environment_info: Builder[RequestEnvironmentInfoParameters]
restart_app_server: Builder[RestartAppServerParameters]
retrieve_environment_info: Builder[RetrieveEnvironmentInfoParameters]
swap_environment_cnam_es: Builder[SwapEnvironmentCNAMEsParameters]
terminate_environment: Builder[TerminateEnvironmentParameters]
update_application: Builder[UpdateApplicationParameters]
update_application_resource_lifecycle: Builder[UpdateApplicationResourceLifecycleParameters]
update_application_version: Builder[UpdateApplicationVersionParameters]
update_configuration_template: Builder[UpdateConfigurationTemplateParameters]
update_environment: Builder[UpdateEnvironmentParameters]
update_tags_for_resource: Builder[UpdateTagsForResourceParameters]
validate_configuration_settings: Builder[ValidateConfigurationSettingsParameters]

__all__ = [
    "abort_environment_update",
    "apply_environment_managed_action",
    "associate_environment_operations_role",
    "check_dns_availability",
    "compose_environments",
    "create_application",
    "create_application_version",
    "create_configuration_template",
    "create_environment",
    "create_platform_version",
    "create_storage_location",
    "delete_application",
    "delete_application_version",
    "delete_configuration_template",
    "delete_environment_configuration",
    "delete_platform_version",
    "describe_account_attributes",
    "describe_application_versions",
    "describe_applications",
    "describe_configuration_options",
    "describe_configuration_settings",
    "describe_environment_health",
    "describe_environment_managed_action_history",
    "describe_environment_managed_actions",
    "describe_environment_resources",
    "describe_environments",
    "describe_events",
    "describe_instances_health",
    "describe_platform_version",
    "disassociate_environment_operations_role",
    "list_available_solution_stacks",
    "list_platform_branches",
    "list_platform_versions",
    "list_tags_for_resource",
    "rebuild_environment",
    "request_environment_info",
    "restart_app_server",
    "retrieve_environment_info",
    "swap_environment_cnam_es",
    "terminate_environment",
    "update_application",
    "update_application_resource_lifecycle",
    "update_application_version",
    "update_configuration_template",
    "update_environment",
    "update_tags_for_resource",
    "validate_configuration_settings",
]
