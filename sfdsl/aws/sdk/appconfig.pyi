"""Typed builders of the AWS SDK integration of appconfig (``aws-sdk:appconfig:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, Fi, I, L, M, S, Si, X, Xi

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {"Name": S, "Name.$": str, "Description": S, "Description.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)

class Validator(TypedDict, total=False):
    Type: S
    Content: S

CreateConfigurationProfileParameters = TypedDict(
    "CreateConfigurationProfileParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "LocationUri": S,
        "LocationUri.$": str,
        "RetrievalRoleArn": S,
        "RetrievalRoleArn.$": str,
        "Validators": L[Xi[Validator]],
        "Validators.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Type": S,
        "Type.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
    },
    total=False,
)
CreateDeploymentStrategyParameters = TypedDict(
    "CreateDeploymentStrategyParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DeploymentDurationInMinutes": I,
        "DeploymentDurationInMinutes.$": str,
        "FinalBakeTimeInMinutes": I,
        "FinalBakeTimeInMinutes.$": str,
        "GrowthFactor": F,
        "GrowthFactor.$": str,
        "GrowthType": S,
        "GrowthType.$": str,
        "ReplicateTo": S,
        "ReplicateTo.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Monitor(TypedDict, total=False):
    AlarmArn: S
    AlarmRoleArn: S

CreateEnvironmentParameters = TypedDict(
    "CreateEnvironmentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Monitors": L[Xi[Monitor]],
        "Monitors.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class AttributeValue(TypedDict, total=False):
    StringValue: S
    NumberValue: F
    BooleanValue: B
    StringArray: L[Si]
    NumberArray: L[Fi]

class FlagValue(TypedDict, total=False):
    Enabled: B
    AttributeValues: M[X[AttributeValue]]

class TreatmentInput(TypedDict, total=False):
    Weight: F
    Description: S
    FlagValue: X[FlagValue]

CreateExperimentDefinitionParameters = TypedDict(
    "CreateExperimentDefinitionParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "Name": S,
        "Name.$": str,
        "ConfigurationProfileIdentifier": S,
        "ConfigurationProfileIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "FlagKey": S,
        "FlagKey.$": str,
        "Treatments": L[Xi[TreatmentInput]],
        "Treatments.$": str,
        "Control": X[TreatmentInput],
        "Control.$": str,
        "AudienceRule": S,
        "AudienceRule.$": str,
        "Hypothesis": S,
        "Hypothesis.$": str,
        "AudienceDescription": S,
        "AudienceDescription.$": str,
        "LaunchCriteria": S,
        "LaunchCriteria.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Action(TypedDict, total=False):
    Name: S
    Description: S
    Uri: S
    RoleArn: S

class Parameter(TypedDict, total=False):
    Description: S
    Required: B
    Dynamic: B

CreateExtensionParameters = TypedDict(
    "CreateExtensionParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Actions": M[L[Xi[Action]]],
        "Actions.$": str,
        "Parameters": M[X[Parameter]],
        "Parameters.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "LatestVersionNumber": I,
        "LatestVersionNumber.$": str,
    },
    total=False,
)
CreateExtensionAssociationParameters = TypedDict(
    "CreateExtensionAssociationParameters",
    {
        "ExtensionIdentifier": S,
        "ExtensionIdentifier.$": str,
        "ExtensionVersionNumber": I,
        "ExtensionVersionNumber.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateHostedConfigurationVersionParameters = TypedDict(
    "CreateHostedConfigurationVersionParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ConfigurationProfileId": S,
        "ConfigurationProfileId.$": str,
        "Description": S,
        "Description.$": str,
        "Content": S,
        "Content.$": str,
        "ContentType": S,
        "ContentType.$": str,
        "LatestVersionNumber": I,
        "LatestVersionNumber.$": str,
        "VersionLabel": S,
        "VersionLabel.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteConfigurationProfileParameters = TypedDict(
    "DeleteConfigurationProfileParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ConfigurationProfileId": S,
        "ConfigurationProfileId.$": str,
        "DeletionProtectionCheck": S,
        "DeletionProtectionCheck.$": str,
    },
    total=False,
)
DeleteDeploymentStrategyParameters = TypedDict(
    "DeleteDeploymentStrategyParameters",
    {"DeploymentStrategyId": S, "DeploymentStrategyId.$": str},
    total=False,
)
DeleteEnvironmentParameters = TypedDict(
    "DeleteEnvironmentParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "DeletionProtectionCheck": S,
        "DeletionProtectionCheck.$": str,
    },
    total=False,
)
DeleteExperimentDefinitionParameters = TypedDict(
    "DeleteExperimentDefinitionParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "ExperimentDefinitionIdentifier": S,
        "ExperimentDefinitionIdentifier.$": str,
        "DeleteType": S,
        "DeleteType.$": str,
    },
    total=False,
)
DeleteExtensionParameters = TypedDict(
    "DeleteExtensionParameters",
    {
        "ExtensionIdentifier": S,
        "ExtensionIdentifier.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)
DeleteExtensionAssociationParameters = TypedDict(
    "DeleteExtensionAssociationParameters",
    {"ExtensionAssociationId": S, "ExtensionAssociationId.$": str},
    total=False,
)
DeleteHostedConfigurationVersionParameters = TypedDict(
    "DeleteHostedConfigurationVersionParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ConfigurationProfileId": S,
        "ConfigurationProfileId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)

class GetAccountSettingsParameters(TypedDict, total=False): ...

GetApplicationParameters = TypedDict(
    "GetApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetConfigurationParameters = TypedDict(
    "GetConfigurationParameters",
    {
        "Application": S,
        "Application.$": str,
        "Environment": S,
        "Environment.$": str,
        "Configuration": S,
        "Configuration.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ClientConfigurationVersion": S,
        "ClientConfigurationVersion.$": str,
    },
    total=False,
)
GetConfigurationProfileParameters = TypedDict(
    "GetConfigurationProfileParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ConfigurationProfileId": S,
        "ConfigurationProfileId.$": str,
    },
    total=False,
)
GetDeploymentParameters = TypedDict(
    "GetDeploymentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "DeploymentNumber": I,
        "DeploymentNumber.$": str,
    },
    total=False,
)
GetDeploymentStrategyParameters = TypedDict(
    "GetDeploymentStrategyParameters",
    {"DeploymentStrategyId": S, "DeploymentStrategyId.$": str},
    total=False,
)
GetEnvironmentParameters = TypedDict(
    "GetEnvironmentParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "EnvironmentId": S, "EnvironmentId.$": str},
    total=False,
)
GetExperimentDefinitionParameters = TypedDict(
    "GetExperimentDefinitionParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "ExperimentDefinitionIdentifier": S,
        "ExperimentDefinitionIdentifier.$": str,
    },
    total=False,
)
GetExperimentRunParameters = TypedDict(
    "GetExperimentRunParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "ExperimentDefinitionIdentifier": S,
        "ExperimentDefinitionIdentifier.$": str,
        "Run": I,
        "Run.$": str,
    },
    total=False,
)
GetExtensionParameters = TypedDict(
    "GetExtensionParameters",
    {
        "ExtensionIdentifier": S,
        "ExtensionIdentifier.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)
GetExtensionAssociationParameters = TypedDict(
    "GetExtensionAssociationParameters",
    {"ExtensionAssociationId": S, "ExtensionAssociationId.$": str},
    total=False,
)
GetHostedConfigurationVersionParameters = TypedDict(
    "GetHostedConfigurationVersionParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ConfigurationProfileId": S,
        "ConfigurationProfileId.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListConfigurationProfilesParameters = TypedDict(
    "ListConfigurationProfilesParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
ListDeploymentStrategiesParameters = TypedDict(
    "ListDeploymentStrategiesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDeploymentsParameters = TypedDict(
    "ListDeploymentsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEnvironmentsParameters = TypedDict(
    "ListEnvironmentsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExperimentDefinitionsParameters = TypedDict(
    "ListExperimentDefinitionsParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "ConfigurationProfileIdentifier": S,
        "ConfigurationProfileIdentifier.$": str,
        "EnvironmentIdentifier": S,
        "EnvironmentIdentifier.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExperimentRunEventsParameters = TypedDict(
    "ListExperimentRunEventsParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "ExperimentDefinitionIdentifier": S,
        "ExperimentDefinitionIdentifier.$": str,
        "Run": I,
        "Run.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExperimentRunsParameters = TypedDict(
    "ListExperimentRunsParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "ExperimentDefinitionIdentifier": S,
        "ExperimentDefinitionIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListExtensionAssociationsParameters = TypedDict(
    "ListExtensionAssociationsParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ExtensionIdentifier": S,
        "ExtensionIdentifier.$": str,
        "ExtensionVersionNumber": I,
        "ExtensionVersionNumber.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExtensionsParameters = TypedDict(
    "ListExtensionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
ListHostedConfigurationVersionsParameters = TypedDict(
    "ListHostedConfigurationVersionsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ConfigurationProfileId": S,
        "ConfigurationProfileId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "VersionLabel": S,
        "VersionLabel.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
StartDeploymentParameters = TypedDict(
    "StartDeploymentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "DeploymentStrategyId": S,
        "DeploymentStrategyId.$": str,
        "ConfigurationProfileId": S,
        "ConfigurationProfileId.$": str,
        "ConfigurationVersion": S,
        "ConfigurationVersion.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
        "DynamicExtensionParameters": M[S],
        "DynamicExtensionParameters.$": str,
        "LatestDeploymentNumber": I,
        "LatestDeploymentNumber.$": str,
    },
    total=False,
)

class TreatmentOverrides(TypedDict, total=False):
    Inline: M[S]

class DeploymentParameters(TypedDict, total=False):
    DynamicExtensionParameters: M[S]
    Tags: M[S]

StartExperimentRunParameters = TypedDict(
    "StartExperimentRunParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "ExperimentDefinitionIdentifier": S,
        "ExperimentDefinitionIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "ExposurePercentage": F,
        "ExposurePercentage.$": str,
        "TreatmentOverrides": X[TreatmentOverrides],
        "TreatmentOverrides.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DeploymentParameters": X[DeploymentParameters],
        "DeploymentParameters.$": str,
    },
    total=False,
)
StopDeploymentParameters = TypedDict(
    "StopDeploymentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "DeploymentNumber": I,
        "DeploymentNumber.$": str,
        "AllowRevert": B,
        "AllowRevert.$": str,
    },
    total=False,
)

class ExperimentRunResult(TypedDict, total=False):
    ExecutiveSummary: S
    ReasonsToLaunch: S
    ReasonsNotToLaunch: S

StopExperimentRunParameters = TypedDict(
    "StopExperimentRunParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "ExperimentDefinitionIdentifier": S,
        "ExperimentDefinitionIdentifier.$": str,
        "Run": I,
        "Run.$": str,
        "Result": X[ExperimentRunResult],
        "Result.$": str,
        "DeploymentParameters": X[DeploymentParameters],
        "DeploymentParameters.$": str,
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

class DeletionProtectionSettings(TypedDict, total=False):
    Enabled: B
    ProtectionPeriodInMinutes: I

class VendedMetricsSettings(TypedDict, total=False):
    Enabled: B

UpdateAccountSettingsParameters = TypedDict(
    "UpdateAccountSettingsParameters",
    {
        "DeletionProtection": X[DeletionProtectionSettings],
        "DeletionProtection.$": str,
        "VendedMetrics": X[VendedMetricsSettings],
        "VendedMetrics.$": str,
    },
    total=False,
)
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateConfigurationProfileParameters = TypedDict(
    "UpdateConfigurationProfileParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ConfigurationProfileId": S,
        "ConfigurationProfileId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "RetrievalRoleArn": S,
        "RetrievalRoleArn.$": str,
        "Validators": L[Xi[Validator]],
        "Validators.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
    },
    total=False,
)
UpdateDeploymentStrategyParameters = TypedDict(
    "UpdateDeploymentStrategyParameters",
    {
        "DeploymentStrategyId": S,
        "DeploymentStrategyId.$": str,
        "Description": S,
        "Description.$": str,
        "DeploymentDurationInMinutes": I,
        "DeploymentDurationInMinutes.$": str,
        "FinalBakeTimeInMinutes": I,
        "FinalBakeTimeInMinutes.$": str,
        "GrowthFactor": F,
        "GrowthFactor.$": str,
        "GrowthType": S,
        "GrowthType.$": str,
    },
    total=False,
)
UpdateEnvironmentParameters = TypedDict(
    "UpdateEnvironmentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Monitors": L[Xi[Monitor]],
        "Monitors.$": str,
    },
    total=False,
)
UpdateExperimentDefinitionParameters = TypedDict(
    "UpdateExperimentDefinitionParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "ExperimentDefinitionIdentifier": S,
        "ExperimentDefinitionIdentifier.$": str,
        "Treatments": L[Xi[TreatmentInput]],
        "Treatments.$": str,
        "Control": X[TreatmentInput],
        "Control.$": str,
        "Hypothesis": S,
        "Hypothesis.$": str,
        "AudienceRule": S,
        "AudienceRule.$": str,
        "AudienceDescription": S,
        "AudienceDescription.$": str,
        "LaunchCriteria": S,
        "LaunchCriteria.$": str,
    },
    total=False,
)
UpdateExperimentRunParameters = TypedDict(
    "UpdateExperimentRunParameters",
    {
        "ApplicationIdentifier": S,
        "ApplicationIdentifier.$": str,
        "ExperimentDefinitionIdentifier": S,
        "ExperimentDefinitionIdentifier.$": str,
        "Run": I,
        "Run.$": str,
        "Description": S,
        "Description.$": str,
        "ExposurePercentage": F,
        "ExposurePercentage.$": str,
        "TreatmentOverrides": X[TreatmentOverrides],
        "TreatmentOverrides.$": str,
        "DeploymentParameters": X[DeploymentParameters],
        "DeploymentParameters.$": str,
    },
    total=False,
)
UpdateExtensionParameters = TypedDict(
    "UpdateExtensionParameters",
    {
        "ExtensionIdentifier": S,
        "ExtensionIdentifier.$": str,
        "Description": S,
        "Description.$": str,
        "Actions": M[L[Xi[Action]]],
        "Actions.$": str,
        "Parameters": M[X[Parameter]],
        "Parameters.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
    },
    total=False,
)
UpdateExtensionAssociationParameters = TypedDict(
    "UpdateExtensionAssociationParameters",
    {
        "ExtensionAssociationId": S,
        "ExtensionAssociationId.$": str,
        "Parameters": M[S],
        "Parameters.$": str,
    },
    total=False,
)
ValidateConfigurationParameters = TypedDict(
    "ValidateConfigurationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ConfigurationProfileId": S,
        "ConfigurationProfileId.$": str,
        "ConfigurationVersion": S,
        "ConfigurationVersion.$": str,
    },
    total=False,
)
create_application: Builder[CreateApplicationParameters]
create_configuration_profile: Builder[CreateConfigurationProfileParameters]
create_deployment_strategy: Builder[CreateDeploymentStrategyParameters]
create_environment: Builder[CreateEnvironmentParameters]
create_experiment_definition: Builder[CreateExperimentDefinitionParameters]
create_extension: Builder[CreateExtensionParameters]
create_extension_association: Builder[CreateExtensionAssociationParameters]
create_hosted_configuration_version: Builder[CreateHostedConfigurationVersionParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_configuration_profile: Builder[DeleteConfigurationProfileParameters]
delete_deployment_strategy: Builder[DeleteDeploymentStrategyParameters]
delete_environment: Builder[DeleteEnvironmentParameters]
delete_experiment_definition: Builder[DeleteExperimentDefinitionParameters]
delete_extension: Builder[DeleteExtensionParameters]
delete_extension_association: Builder[DeleteExtensionAssociationParameters]
delete_hosted_configuration_version: Builder[DeleteHostedConfigurationVersionParameters]
get_account_settings: Builder[GetAccountSettingsParameters]
get_application: Builder[GetApplicationParameters]
get_configuration: Builder[GetConfigurationParameters]
get_configuration_profile: Builder[GetConfigurationProfileParameters]
get_deployment: Builder[GetDeploymentParameters]
get_deployment_strategy: Builder[GetDeploymentStrategyParameters]
get_environment: Builder[GetEnvironmentParameters]
get_experiment_definition: Builder[GetExperimentDefinitionParameters]
get_experiment_run: Builder[GetExperimentRunParameters]
get_extension: Builder[GetExtensionParameters]
get_extension_association: Builder[GetExtensionAssociationParameters]
get_hosted_configuration_version: Builder[GetHostedConfigurationVersionParameters]
list_applications: Builder[ListApplicationsParameters]
list_configuration_profiles: Builder[ListConfigurationProfilesParameters]
list_deployment_strategies: Builder[ListDeploymentStrategiesParameters]
list_deployments: Builder[ListDeploymentsParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_experiment_definitions: Builder[ListExperimentDefinitionsParameters]
list_experiment_run_events: Builder[ListExperimentRunEventsParameters]
list_experiment_runs: Builder[ListExperimentRunsParameters]
list_extension_associations: Builder[ListExtensionAssociationsParameters]
list_extensions: Builder[ListExtensionsParameters]
list_hosted_configuration_versions: Builder[ListHostedConfigurationVersionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_deployment: Builder[StartDeploymentParameters]
start_experiment_run: Builder[StartExperimentRunParameters]
stop_deployment: Builder[StopDeploymentParameters]
stop_experiment_run: Builder[StopExperimentRunParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_account_settings: Builder[UpdateAccountSettingsParameters]
update_application: Builder[UpdateApplicationParameters]
update_configuration_profile: Builder[UpdateConfigurationProfileParameters]
update_deployment_strategy: Builder[UpdateDeploymentStrategyParameters]
update_environment: Builder[UpdateEnvironmentParameters]
update_experiment_definition: Builder[UpdateExperimentDefinitionParameters]
update_experiment_run: Builder[UpdateExperimentRunParameters]
update_extension: Builder[UpdateExtensionParameters]
update_extension_association: Builder[UpdateExtensionAssociationParameters]
validate_configuration: Builder[ValidateConfigurationParameters]

__all__ = [
    "create_application",
    "create_configuration_profile",
    "create_deployment_strategy",
    "create_environment",
    "create_experiment_definition",
    "create_extension",
    "create_extension_association",
    "create_hosted_configuration_version",
    "delete_application",
    "delete_configuration_profile",
    "delete_deployment_strategy",
    "delete_environment",
    "delete_experiment_definition",
    "delete_extension",
    "delete_extension_association",
    "delete_hosted_configuration_version",
    "get_account_settings",
    "get_application",
    "get_configuration",
    "get_configuration_profile",
    "get_deployment",
    "get_deployment_strategy",
    "get_environment",
    "get_experiment_definition",
    "get_experiment_run",
    "get_extension",
    "get_extension_association",
    "get_hosted_configuration_version",
    "list_applications",
    "list_configuration_profiles",
    "list_deployment_strategies",
    "list_deployments",
    "list_environments",
    "list_experiment_definitions",
    "list_experiment_run_events",
    "list_experiment_runs",
    "list_extension_associations",
    "list_extensions",
    "list_hosted_configuration_versions",
    "list_tags_for_resource",
    "start_deployment",
    "start_experiment_run",
    "stop_deployment",
    "stop_experiment_run",
    "tag_resource",
    "untag_resource",
    "update_account_settings",
    "update_application",
    "update_configuration_profile",
    "update_deployment_strategy",
    "update_environment",
    "update_experiment_definition",
    "update_experiment_run",
    "update_extension",
    "update_extension_association",
    "validate_configuration",
]
