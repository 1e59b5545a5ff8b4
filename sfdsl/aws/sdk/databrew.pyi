"""Typed builders of the AWS SDK integration of databrew (``aws-sdk:databrew:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, Ii, L, M, S, Si, X, Xi

BatchDeleteRecipeVersionParameters = TypedDict(
    "BatchDeleteRecipeVersionParameters",
    {"Name": S, "Name.$": str, "RecipeVersions": L[Si], "RecipeVersions.$": str},
    total=False,
)

class JsonOptions(TypedDict, total=False):
    MultiLine: B

class ExcelOptions(TypedDict, total=False):
    SheetNames: L[Si]
    SheetIndexes: L[Ii]
    HeaderRow: B

class CsvOptions(TypedDict, total=False):
    Delimiter: S
    HeaderRow: B

class FormatOptions(TypedDict, total=False):
    Json: X[JsonOptions]
    Excel: X[ExcelOptions]
    Csv: X[CsvOptions]

class S3Location(TypedDict, total=False):
    Bucket: S
    Key: S
    BucketOwner: S

class DataCatalogInputDefinition(TypedDict, total=False):
    CatalogId: S
    DatabaseName: S
    TableName: S
    TempDirectory: X[S3Location]

class DatabaseInputDefinition(TypedDict, total=False):
    GlueConnectionName: S
    DatabaseTableName: S
    TempDirectory: X[S3Location]
    QueryString: S

class Metadata(TypedDict, total=False):
    SourceArn: S

class Input(TypedDict, total=False):
    S3InputDefinition: X[S3Location]
    DataCatalogInputDefinition: X[DataCatalogInputDefinition]
    DatabaseInputDefinition: X[DatabaseInputDefinition]
    Metadata: X[Metadata]

class FilterExpression(TypedDict, total=False):
    Expression: S
    ValuesMap: M[S]

class FilesLimit(TypedDict, total=False):
    MaxFiles: I
    OrderedBy: S
    Order: S

class DatetimeOptions(TypedDict, total=False):
    Format: S
    TimezoneOffset: S
    LocaleCode: S

class DatasetParameter(TypedDict, total=False):
    Name: S
    Type: S
    DatetimeOptions: X[DatetimeOptions]
    CreateColumn: B
    Filter: X[FilterExpression]

class PathOptions(TypedDict, total=False):
    LastModifiedDateCondition: X[FilterExpression]
    FilesLimit: X[FilesLimit]
    Parameters: M[X[DatasetParameter]]

CreateDatasetParameters = TypedDict(
    "CreateDatasetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Format": S,
        "Format.$": str,
        "FormatOptions": X[FormatOptions],
        "FormatOptions.$": str,
        "Input": X[Input],
        "Input.$": str,
        "PathOptions": X[PathOptions],
        "PathOptions.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class StatisticOverride(TypedDict, total=False):
    Statistic: S
    Parameters: M[S]

class StatisticsConfiguration(TypedDict, total=False):
    IncludedStatistics: L[Si]
    Overrides: L[Xi[StatisticOverride]]

class ColumnSelector(TypedDict, total=False):
    Regex: S
    Name: S

class ColumnStatisticsConfiguration(TypedDict, total=False):
    Selectors: L[Xi[ColumnSelector]]
    Statistics: X[StatisticsConfiguration]

class AllowedStatistics(TypedDict, total=False):
    Statistics: L[Si]

class EntityDetectorConfiguration(TypedDict, total=False):
    EntityTypes: L[Si]
    AllowedStatistics: L[Xi[AllowedStatistics]]

class ProfileConfiguration(TypedDict, total=False):
    DatasetStatisticsConfiguration: X[StatisticsConfiguration]
    ProfileColumns: L[Xi[ColumnSelector]]
    ColumnStatisticsConfigurations: L[Xi[ColumnStatisticsConfiguration]]
    EntityDetectorConfiguration: X[EntityDetectorConfiguration]

class ValidationConfiguration(TypedDict, total=False):
    RulesetArn: S
    ValidationMode: S

class JobSample(TypedDict, total=False):
    Mode: S
    Size: I

CreateProfileJobParameters = TypedDict(
    "CreateProfileJobParameters",
    {
        "DatasetName": S,
        "DatasetName.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "EncryptionMode": S,
        "EncryptionMode.$": str,
        "Name": S,
        "Name.$": str,
        "LogSubscription": S,
        "LogSubscription.$": str,
        "MaxCapacity": I,
        "MaxCapacity.$": str,
        "MaxRetries": I,
        "MaxRetries.$": str,
        "OutputLocation": X[S3Location],
        "OutputLocation.$": str,
        "Configuration": X[ProfileConfiguration],
        "Configuration.$": str,
        "ValidationConfigurations": L[Xi[ValidationConfiguration]],
        "ValidationConfigurations.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "JobSample": X[JobSample],
        "JobSample.$": str,
    },
    total=False,
)

class Sample(TypedDict, total=False):
    Size: I
    Type: S

CreateProjectParameters = TypedDict(
    "CreateProjectParameters",
    {
        "DatasetName": S,
        "DatasetName.$": str,
        "Name": S,
        "Name.$": str,
        "RecipeName": S,
        "RecipeName.$": str,
        "Sample": X[Sample],
        "Sample.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class RecipeAction(TypedDict, total=False):
    Operation: S
    Parameters: M[S]

class ConditionExpression(TypedDict, total=False):
    Condition: S
    Value: S
    TargetColumn: S

class RecipeStep(TypedDict, total=False):
    Action: X[RecipeAction]
    ConditionExpressions: L[Xi[ConditionExpression]]

CreateRecipeParameters = TypedDict(
    "CreateRecipeParameters",
    {
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Steps": L[Xi[RecipeStep]],
        "Steps.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class CsvOutputOptions(TypedDict, total=False):
    Delimiter: S

class OutputFormatOptions(TypedDict, total=False):
    Csv: X[CsvOutputOptions]

class Output(TypedDict, total=False):
    CompressionFormat: S
    Format: S
    PartitionColumns: L[Si]
    Location: X[S3Location]
    Overwrite: B
    FormatOptions: X[OutputFormatOptions]
    MaxOutputFiles: I

class S3TableOutputOptions(TypedDict, total=False):
    Location: X[S3Location]

class DatabaseTableOutputOptions(TypedDict, total=False):
    TempDirectory: X[S3Location]
    TableName: S

class DataCatalogOutput(TypedDict, total=False):
    CatalogId: S
    DatabaseName: S
    TableName: S
    S3Options: X[S3TableOutputOptions]
    DatabaseOptions: X[DatabaseTableOutputOptions]
    Overwrite: B

class DatabaseOutput(TypedDict, total=False):
    GlueConnectionName: S
    DatabaseOptions: X[DatabaseTableOutputOptions]
    DatabaseOutputMode: S

class RecipeReference(TypedDict, total=False):
    Name: S
    RecipeVersion: S

CreateRecipeJobParameters = TypedDict(
    "CreateRecipeJobParameters",
    {
        "DatasetName": S,
        "DatasetName.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "EncryptionMode": S,
        "EncryptionMode.$": str,
        "Name": S,
        "Name.$": str,
        "LogSubscription": S,
        "LogSubscription.$": str,
        "MaxCapacity": I,
        "MaxCapacity.$": str,
        "MaxRetries": I,
        "MaxRetries.$": str,
        "Outputs": L[Xi[Output]],
        "Outputs.$": str,
        "DataCatalogOutputs": L[Xi[DataCatalogOutput]],
        "DataCatalogOutputs.$": str,
        "DatabaseOutputs": L[Xi[DatabaseOutput]],
        "DatabaseOutputs.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
        "RecipeReference": X[RecipeReference],
        "RecipeReference.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Timeout": I,
        "Timeout.$": str,
    },
    total=False,
)

class Threshold(TypedDict, total=False):
    Value: F
    Type: S
    Unit: S

class Rule(TypedDict, total=False):
    Name: S
    Disabled: B
    CheckExpression: S
    SubstitutionMap: M[S]
    Threshold: X[Threshold]
    ColumnSelectors: L[Xi[ColumnSelector]]

CreateRulesetParameters = TypedDict(
    "CreateRulesetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "TargetArn": S,
        "TargetArn.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateScheduleParameters = TypedDict(
    "CreateScheduleParameters",
    {
        "JobNames": L[Si],
        "JobNames.$": str,
        "CronExpression": S,
        "CronExpression.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
DeleteDatasetParameters = TypedDict(
    "DeleteDatasetParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteJobParameters = TypedDict("DeleteJobParameters", {"Name": S, "Name.$": str}, total=False)
DeleteProjectParameters = TypedDict(
    "DeleteProjectParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteRecipeVersionParameters = TypedDict(
    "DeleteRecipeVersionParameters",
    {"Name": S, "Name.$": str, "RecipeVersion": S, "RecipeVersion.$": str},
    total=False,
)
DeleteRulesetParameters = TypedDict(
    "DeleteRulesetParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteScheduleParameters = TypedDict(
    "DeleteScheduleParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeDatasetParameters = TypedDict(
    "DescribeDatasetParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeJobParameters = TypedDict("DescribeJobParameters", {"Name": S, "Name.$": str}, total=False)
DescribeJobRunParameters = TypedDict(
    "DescribeJobRunParameters", {"Name": S, "Name.$": str, "RunId": S, "RunId.$": str}, total=False
)
DescribeProjectParameters = TypedDict(
    "DescribeProjectParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeRecipeParameters = TypedDict(
    "DescribeRecipeParameters",
    {"Name": S, "Name.$": str, "RecipeVersion": S, "RecipeVersion.$": str},
    total=False,
)
DescribeRulesetParameters = TypedDict(
    "DescribeRulesetParameters", {"Name": S, "Name.$": str}, total=False
)
DescribeScheduleParameters = TypedDict(
    "DescribeScheduleParameters", {"Name": S, "Name.$": str}, total=False
)
ListDatasetsParameters = TypedDict(
    "ListDatasetsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListJobRunsParameters = TypedDict(
    "ListJobRunsParameters",
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
ListJobsParameters = TypedDict(
    "ListJobsParameters",
    {
        "DatasetName": S,
        "DatasetName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ProjectName": S,
        "ProjectName.$": str,
    },
    total=False,
)
ListProjectsParameters = TypedDict(
    "ListProjectsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListRecipeVersionsParameters = TypedDict(
    "ListRecipeVersionsParameters",
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
ListRecipesParameters = TypedDict(
    "ListRecipesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RecipeVersion": S,
        "RecipeVersion.$": str,
    },
    total=False,
)
ListRulesetsParameters = TypedDict(
    "ListRulesetsParameters",
    {
        "TargetArn": S,
        "TargetArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSchedulesParameters = TypedDict(
    "ListSchedulesParameters",
    {
        "JobName": S,
        "JobName.$": str,
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
PublishRecipeParameters = TypedDict(
    "PublishRecipeParameters",
    {"Description": S, "Description.$": str, "Name": S, "Name.$": str},
    total=False,
)

class ViewFrame(TypedDict, total=False):
    StartColumnIndex: I
    ColumnRange: I
    HiddenColumns: L[Si]
    StartRowIndex: I
    RowRange: I
    Analytics: S

SendProjectSessionActionParameters = TypedDict(
    "SendProjectSessionActionParameters",
    {
        "Preview": B,
        "Preview.$": str,
        "Name": S,
        "Name.$": str,
        "RecipeStep": X[RecipeStep],
        "RecipeStep.$": str,
        "StepIndex": I,
        "StepIndex.$": str,
        "ClientSessionId": S,
        "ClientSessionId.$": str,
        "ViewFrame": X[ViewFrame],
        "ViewFrame.$": str,
    },
    total=False,
)
StartJobRunParameters = TypedDict("StartJobRunParameters", {"Name": S, "Name.$": str}, total=False)
StartProjectSessionParameters = TypedDict(
    "StartProjectSessionParameters",
    {"Name": S, "Name.$": str, "AssumeControl": B, "AssumeControl.$": str},
    total=False,
)
StopJobRunParameters = TypedDict(
    "StopJobRunParameters", {"Name": S, "Name.$": str, "RunId": S, "RunId.$": str}, total=False
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
UpdateDatasetParameters = TypedDict(
    "UpdateDatasetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Format": S,
        "Format.$": str,
        "FormatOptions": X[FormatOptions],
        "FormatOptions.$": str,
        "Input": X[Input],
        "Input.$": str,
        "PathOptions": X[PathOptions],
        "PathOptions.$": str,
    },
    total=False,
)
UpdateProfileJobParameters = TypedDict(
    "UpdateProfileJobParameters",
    {
        "Configuration": X[ProfileConfiguration],
        "Configuration.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "EncryptionMode": S,
        "EncryptionMode.$": str,
        "Name": S,
        "Name.$": str,
        "LogSubscription": S,
        "LogSubscription.$": str,
        "MaxCapacity": I,
        "MaxCapacity.$": str,
        "MaxRetries": I,
        "MaxRetries.$": str,
        "OutputLocation": X[S3Location],
        "OutputLocation.$": str,
        "ValidationConfigurations": L[Xi[ValidationConfiguration]],
        "ValidationConfigurations.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "JobSample": X[JobSample],
        "JobSample.$": str,
    },
    total=False,
)
UpdateProjectParameters = TypedDict(
    "UpdateProjectParameters",
    {
        "Sample": X[Sample],
        "Sample.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateRecipeParameters = TypedDict(
    "UpdateRecipeParameters",
    {
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "Steps": L[Xi[RecipeStep]],
        "Steps.$": str,
    },
    total=False,
)
UpdateRecipeJobParameters = TypedDict(
    "UpdateRecipeJobParameters",
    {
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
        "EncryptionMode": S,
        "EncryptionMode.$": str,
        "Name": S,
        "Name.$": str,
        "LogSubscription": S,
        "LogSubscription.$": str,
        "MaxCapacity": I,
        "MaxCapacity.$": str,
        "MaxRetries": I,
        "MaxRetries.$": str,
        "Outputs": L[Xi[Output]],
        "Outputs.$": str,
        "DataCatalogOutputs": L[Xi[DataCatalogOutput]],
        "DataCatalogOutputs.$": str,
        "DatabaseOutputs": L[Xi[DatabaseOutput]],
        "DatabaseOutputs.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Timeout": I,
        "Timeout.$": str,
    },
    total=False,
)
UpdateRulesetParameters = TypedDict(
    "UpdateRulesetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Rules": L[Xi[Rule]],
        "Rules.$": str,
    },
    total=False,
)
UpdateScheduleParameters = TypedDict(
    "UpdateScheduleParameters",
    {
        "JobNames": L[Si],
        "JobNames.$": str,
        "CronExpression": S,
        "CronExpression.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
batch_delete_recipe_version: Builder[BatchDeleteRecipeVersionParameters]
create_dataset: Builder[CreateDatasetParameters]
create_profile_job: Builder[CreateProfileJobParameters]
create_project: Builder[CreateProjectParameters]
create_recipe: Builder[CreateRecipeParameters]
create_recipe_job: Builder[CreateRecipeJobParameters]
create_ruleset: Builder[CreateRulesetParameters]
create_schedule: Builder[CreateScheduleParameters]
delete_dataset: Builder[DeleteDatasetParameters]
delete_job: Builder[DeleteJobParameters]
delete_project: Builder[DeleteProjectParameters]
delete_recipe_version: Builder[DeleteRecipeVersionParameters]
delete_ruleset: Builder[DeleteRulesetParameters]
delete_schedule: Builder[DeleteScheduleParameters]
describe_dataset: Builder[DescribeDatasetParameters]
describe_job: Builder[DescribeJobParameters]
describe_job_run: Builder[DescribeJobRunParameters]
describe_project: Builder[DescribeProjectParameters]
describe_recipe: Builder[DescribeRecipeParameters]
describe_ruleset: Builder[DescribeRulesetParameters]
describe_schedule: Builder[DescribeScheduleParameters]
list_datasets: Builder[ListDatasetsParameters]
list_job_runs: Builder[ListJobRunsParameters]
list_jobs: Builder[ListJobsParameters]
list_projects: Builder[ListProjectsParameters]
list_recipe_versions: Builder[ListRecipeVersionsParameters]
list_recipes: Builder[ListRecipesParameters]
list_rulesets: Builder[ListRulesetsParameters]
list_schedules: Builder[ListSchedulesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
publish_recipe: Builder[PublishRecipeParameters]
send_project_session_action: Builder[SendProjectSessionActionParameters]
start_job_run: Builder[StartJobRunParameters]
start_project_session: Builder[StartProjectSessionParameters]
stop_job_run: Builder[StopJobRunParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_dataset: Builder[UpdateDatasetParameters]
update_profile_job: Builder[UpdateProfileJobParameters]
update_project: Builder[UpdateProjectParameters]
update_recipe: Builder[UpdateRecipeParameters]
update_recipe_job: Builder[UpdateRecipeJobParameters]
update_ruleset: Builder[UpdateRulesetParameters]
update_schedule: Builder[UpdateScheduleParameters]

__all__ = [
    "batch_delete_recipe_version",
    "create_dataset",
    "create_profile_job",
    "create_project",
    "create_recipe",
    "create_recipe_job",
    "create_ruleset",
    "create_schedule",
    "delete_dataset",
    "delete_job",
    "delete_project",
    "delete_recipe_version",
    "delete_ruleset",
    "delete_schedule",
    "describe_dataset",
    "describe_job",
    "describe_job_run",
    "describe_project",
    "describe_recipe",
    "describe_ruleset",
    "describe_schedule",
    "list_datasets",
    "list_job_runs",
    "list_jobs",
    "list_projects",
    "list_recipe_versions",
    "list_recipes",
    "list_rulesets",
    "list_schedules",
    "list_tags_for_resource",
    "publish_recipe",
    "send_project_session_action",
    "start_job_run",
    "start_project_session",
    "stop_job_run",
    "tag_resource",
    "untag_resource",
    "update_dataset",
    "update_profile_job",
    "update_project",
    "update_recipe",
    "update_recipe_job",
    "update_ruleset",
    "update_schedule",
]
