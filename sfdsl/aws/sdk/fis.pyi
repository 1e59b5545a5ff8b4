"""Typed builders of the AWS SDK integration of fis (``aws-sdk:fis:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X, Xi

class CreateExperimentTemplateStopConditionInput(TypedDict, total=False):
    Source: S
    Value: S

class ExperimentTemplateTargetInputFilter(TypedDict, total=False):
    Path: S
    Values: L[Si]

class CreateExperimentTemplateTargetInput(TypedDict, total=False):
    ResourceType: S
    ResourceArns: L[Si]
    ResourceTags: M[S]
    Filters: L[Xi[ExperimentTemplateTargetInputFilter]]
    SelectionMode: S
    Parameters: M[S]

class CreateExperimentTemplateActionInput(TypedDict, total=False):
    ActionId: S
    Description: S
    Parameters: M[S]
    Targets: M[S]
    StartAfter: L[Si]

class ExperimentTemplateCloudWatchLogsLogConfigurationInput(TypedDict, total=False):
    LogGroupArn: S

class ExperimentTemplateS3LogConfigurationInput(TypedDict, total=False):
    BucketName: S
    Prefix: S

class CreateExperimentTemplateLogConfigurationInput(TypedDict, total=False):
    CloudWatchLogsConfiguration: X[ExperimentTemplateCloudWatchLogsLogConfigurationInput]
    S3Configuration: X[ExperimentTemplateS3LogConfigurationInput]
    LogSchemaVersion: I

class CreateExperimentTemplateExperimentOptionsInput(TypedDict, total=False):
    AccountTargeting: S
    EmptyTargetResolutionMode: S

class ReportConfigurationS3OutputInput(TypedDict, total=False):
    BucketName: S
    Prefix: S

class ExperimentTemplateReportConfigurationOutputsInput(TypedDict, total=False):
    S3Configuration: X[ReportConfigurationS3OutputInput]

class ReportConfigurationCloudWatchDashboardInput(TypedDict, total=False):
    DashboardIdentifier: S

class ExperimentTemplateReportConfigurationDataSourcesInput(TypedDict, total=False):
    CloudWatchDashboards: L[Xi[ReportConfigurationCloudWatchDashboardInput]]

class CreateExperimentTemplateReportConfigurationInput(TypedDict, total=False):
    Outputs: X[ExperimentTemplateReportConfigurationOutputsInput]
    DataSources: X[ExperimentTemplateReportConfigurationDataSourcesInput]
    PreExperimentDuration: S
    PostExperimentDuration: S

CreateExperimentTemplateParameters = TypedDict(
    "CreateExperimentTemplateParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "StopConditions": L[Xi[CreateExperimentTemplateStopConditionInput]],
        "StopConditions.$": str,
        "Targets": M[X[CreateExperimentTemplateTargetInput]],
        "Targets.$": str,
        "Actions": M[X[CreateExperimentTemplateActionInput]],
        "Actions.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "LogConfiguration": X[CreateExperimentTemplateLogConfigurationInput],
        "LogConfiguration.$": str,
        "ExperimentOptions": X[CreateExperimentTemplateExperimentOptionsInput],
        "ExperimentOptions.$": str,
        "ExperimentReportConfiguration": X[CreateExperimentTemplateReportConfigurationInput],
        "ExperimentReportConfiguration.$": str,
    },
    total=False,
)
CreateTargetAccountConfigurationParameters = TypedDict(
    "CreateTargetAccountConfigurationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ExperimentTemplateId": S,
        "ExperimentTemplateId.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
DeleteExperimentTemplateParameters = TypedDict(
    "DeleteExperimentTemplateParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteTargetAccountConfigurationParameters = TypedDict(
    "DeleteTargetAccountConfigurationParameters",
    {"ExperimentTemplateId": S, "ExperimentTemplateId.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
GetActionParameters = TypedDict("GetActionParameters", {"Id": S, "Id.$": str}, total=False)
GetExperimentParameters = TypedDict("GetExperimentParameters", {"Id": S, "Id.$": str}, total=False)
GetExperimentTargetAccountConfigurationParameters = TypedDict(
    "GetExperimentTargetAccountConfigurationParameters",
    {"ExperimentId": S, "ExperimentId.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
GetExperimentTemplateParameters = TypedDict(
    "GetExperimentTemplateParameters", {"Id": S, "Id.$": str}, total=False
)
GetSafetyLeverParameters = TypedDict(
    "GetSafetyLeverParameters", {"Id": S, "Id.$": str}, total=False
)
GetTargetAccountConfigurationParameters = TypedDict(
    "GetTargetAccountConfigurationParameters",
    {"ExperimentTemplateId": S, "ExperimentTemplateId.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
GetTargetResourceTypeParameters = TypedDict(
    "GetTargetResourceTypeParameters", {"ResourceType": S, "ResourceType.$": str}, total=False
)
ListActionsParameters = TypedDict(
    "ListActionsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListExperimentResolvedTargetsParameters = TypedDict(
    "ListExperimentResolvedTargetsParameters",
    {
        "ExperimentId": S,
        "ExperimentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TargetName": S,
        "TargetName.$": str,
    },
    total=False,
)
ListExperimentTargetAccountConfigurationsParameters = TypedDict(
    "ListExperimentTargetAccountConfigurationsParameters",
    {"ExperimentId": S, "ExperimentId.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListExperimentTemplatesParameters = TypedDict(
    "ListExperimentTemplatesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListExperimentsParameters = TypedDict(
    "ListExperimentsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ExperimentTemplateId": S,
        "ExperimentTemplateId.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTargetAccountConfigurationsParameters = TypedDict(
    "ListTargetAccountConfigurationsParameters",
    {
        "ExperimentTemplateId": S,
        "ExperimentTemplateId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTargetResourceTypesParameters = TypedDict(
    "ListTargetResourceTypesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class StartExperimentExperimentOptionsInput(TypedDict, total=False):
    ActionsMode: S

StartExperimentParameters = TypedDict(
    "StartExperimentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ExperimentTemplateId": S,
        "ExperimentTemplateId.$": str,
        "ExperimentOptions": X[StartExperimentExperimentOptionsInput],
        "ExperimentOptions.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StopExperimentParameters = TypedDict(
    "StopExperimentParameters", {"Id": S, "Id.$": str}, total=False
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

class UpdateExperimentTemplateStopConditionInput(TypedDict, total=False):
    Source: S
    Value: S

class UpdateExperimentTemplateTargetInput(TypedDict, total=False):
    ResourceType: S
    ResourceArns: L[Si]
    ResourceTags: M[S]
    Filters: L[Xi[ExperimentTemplateTargetInputFilter]]
    SelectionMode: S
    Parameters: M[S]

class UpdateExperimentTemplateActionInputItem(TypedDict, total=False):
    ActionId: S
    Description: S
    Parameters: M[S]
    Targets: M[S]
    StartAfter: L[Si]

class UpdateExperimentTemplateLogConfigurationInput(TypedDict, total=False):
    CloudWatchLogsConfiguration: X[ExperimentTemplateCloudWatchLogsLogConfigurationInput]
    S3Configuration: X[ExperimentTemplateS3LogConfigurationInput]
    LogSchemaVersion: I

class UpdateExperimentTemplateExperimentOptionsInput(TypedDict, total=False):
    EmptyTargetResolutionMode: S

class UpdateExperimentTemplateReportConfigurationInput(TypedDict, total=False):
    Outputs: X[ExperimentTemplateReportConfigurationOutputsInput]
    DataSources: X[ExperimentTemplateReportConfigurationDataSourcesInput]
    PreExperimentDuration: S
    PostExperimentDuration: S

UpdateExperimentTemplateParameters = TypedDict(
    "UpdateExperimentTemplateParameters",
    {
        "Id": S,
        "Id.$": str,
        "Description": S,
        "Description.$": str,
        "StopConditions": L[Xi[UpdateExperimentTemplateStopConditionInput]],
        "StopConditions.$": str,
        "Targets": M[X[UpdateExperimentTemplateTargetInput]],
        "Targets.$": str,
        "Actions": M[X[UpdateExperimentTemplateActionInputItem]],
        "Actions.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "LogConfiguration": X[UpdateExperimentTemplateLogConfigurationInput],
        "LogConfiguration.$": str,
        "ExperimentOptions": X[UpdateExperimentTemplateExperimentOptionsInput],
        "ExperimentOptions.$": str,
        "ExperimentReportConfiguration": X[UpdateExperimentTemplateReportConfigurationInput],
        "ExperimentReportConfiguration.$": str,
    },
    total=False,
)

class UpdateSafetyLeverStateInput(TypedDict, total=False):
    Status: S
    Reason: S

UpdateSafetyLeverStateParameters = TypedDict(
    "UpdateSafetyLeverStateParameters",
    {"Id": S, "Id.$": str, "State": X[UpdateSafetyLeverStateInput], "State.$": str},
    total=False,
)
UpdateTargetAccountConfigurationParameters = TypedDict(
    "UpdateTargetAccountConfigurationParameters",
    {
        "ExperimentTemplateId": S,
        "ExperimentTemplateId.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
create_experiment_template: Builder[CreateExperimentTemplateParameters]
create_target_account_configuration: Builder[CreateTargetAccountConfigurationParameters]
delete_experiment_template: Builder[DeleteExperimentTemplateParameters]
delete_target_account_configuration: Builder[DeleteTargetAccountConfigurationParameters]
get_action: Builder[GetActionParameters]
get_experiment: Builder[GetExperimentParameters]
get_experiment_target_account_configuration: Builder[
    GetExperimentTargetAccountConfigurationParameters
]
get_experiment_template: Builder[GetExperimentTemplateParameters]
get_safety_lever: Builder[GetSafetyLeverParameters]
get_target_account_configuration: Builder[GetTargetAccountConfigurationParameters]
get_target_resource_type: Builder[GetTargetResourceTypeParameters]
list_actions: Builder[ListActionsParameters]
list_experiment_resolved_targets: Builder[ListExperimentResolvedTargetsParameters]
list_experiment_target_account_configurations: Builder[
    ListExperimentTargetAccountConfigurationsParameters
]
list_experiment_templates: Builder[ListExperimentTemplatesParameters]
list_experiments: Builder[ListExperimentsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_target_account_configurations: Builder[ListTargetAccountConfigurationsParameters]
list_target_resource_types: Builder[ListTargetResourceTypesParameters]
start_experiment: Builder[StartExperimentParameters]
stop_experiment: Builder[StopExperimentParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_experiment_template: Builder[UpdateExperimentTemplateParameters]
update_safety_lever_state: Builder[UpdateSafetyLeverStateParameters]
update_target_account_configuration: Builder[UpdateTargetAccountConfigurationParameters]

__all__ = [
    "create_experiment_template",
    "create_target_account_configuration",
    "delete_experiment_template",
    "delete_target_account_configuration",
    "get_action",
    "get_experiment",
    "get_experiment_target_account_configuration",
    "get_experiment_template",
    "get_safety_lever",
    "get_target_account_configuration",
    "get_target_resource_type",
    "list_actions",
    "list_experiment_resolved_targets",
    "list_experiment_target_account_configurations",
    "list_experiment_templates",
    "list_experiments",
    "list_tags_for_resource",
    "list_target_account_configurations",
    "list_target_resource_types",
    "start_experiment",
    "stop_experiment",
    "tag_resource",
    "untag_resource",
    "update_experiment_template",
    "update_safety_lever_state",
    "update_target_account_configuration",
]
