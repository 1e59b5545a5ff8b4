"""Typed builders of the AWS SDK integration of migrationhubstrategy (``aws-sdk:migrationhubstrategy:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

GetApplicationComponentDetailsParameters = TypedDict(
    "GetApplicationComponentDetailsParameters",
    {"ApplicationComponentId": S, "ApplicationComponentId.$": str},
    total=False,
)
GetApplicationComponentStrategiesParameters = TypedDict(
    "GetApplicationComponentStrategiesParameters",
    {"ApplicationComponentId": S, "ApplicationComponentId.$": str},
    total=False,
)
GetAssessmentParameters = TypedDict("GetAssessmentParameters", {"Id": S, "Id.$": str}, total=False)
GetImportFileTaskParameters = TypedDict(
    "GetImportFileTaskParameters", {"Id": S, "Id.$": str}, total=False
)

class GetLatestAssessmentIdParameters(TypedDict, total=False): ...
class GetPortfolioPreferencesParameters(TypedDict, total=False): ...
class GetPortfolioSummaryParameters(TypedDict, total=False): ...

GetRecommendationReportDetailsParameters = TypedDict(
    "GetRecommendationReportDetailsParameters", {"Id": S, "Id.$": str}, total=False
)
GetServerDetailsParameters = TypedDict(
    "GetServerDetailsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServerId": S,
        "ServerId.$": str,
    },
    total=False,
)
GetServerStrategiesParameters = TypedDict(
    "GetServerStrategiesParameters", {"ServerId": S, "ServerId.$": str}, total=False
)
ListAnalyzableServersParameters = TypedDict(
    "ListAnalyzableServersParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Sort": S,
        "Sort.$": str,
    },
    total=False,
)

class Group(TypedDict, total=False):
    Name: S
    Value: S

ListApplicationComponentsParameters = TypedDict(
    "ListApplicationComponentsParameters",
    {
        "ApplicationComponentCriteria": S,
        "ApplicationComponentCriteria.$": str,
        "FilterValue": S,
        "FilterValue.$": str,
        "GroupIdFilter": L[Xi[Group]],
        "GroupIdFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Sort": S,
        "Sort.$": str,
    },
    total=False,
)
ListCollectorsParameters = TypedDict(
    "ListCollectorsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListImportFileTaskParameters = TypedDict(
    "ListImportFileTaskParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListServersParameters = TypedDict(
    "ListServersParameters",
    {
        "FilterValue": S,
        "FilterValue.$": str,
        "GroupIdFilter": L[Xi[Group]],
        "GroupIdFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServerCriteria": S,
        "ServerCriteria.$": str,
        "Sort": S,
        "Sort.$": str,
    },
    total=False,
)

class AwsManagedResources(TypedDict, total=False):
    TargetDestination: L[Si]

class NoManagementPreference(TypedDict, total=False):
    TargetDestination: L[Si]

class SelfManageResources(TypedDict, total=False):
    TargetDestination: L[Si]

class ManagementPreference(TypedDict, total=False):
    AwsManagedResources: X[AwsManagedResources]
    NoPreference: X[NoManagementPreference]
    SelfManageResources: X[SelfManageResources]

class ApplicationPreferences(TypedDict, total=False):
    ManagementPreference: X[ManagementPreference]

class Heterogeneous(TypedDict, total=False):
    TargetDatabaseEngine: L[Si]

class Homogeneous(TypedDict, total=False):
    TargetDatabaseEngine: L[Si]

class NoDatabaseMigrationPreference(TypedDict, total=False):
    TargetDatabaseEngine: L[Si]

class DatabaseMigrationPreference(TypedDict, total=False):
    Heterogeneous: X[Heterogeneous]
    Homogeneous: X[Homogeneous]
    NoPreference: X[NoDatabaseMigrationPreference]

class DatabasePreferences(TypedDict, total=False):
    DatabaseManagementPreference: S
    DatabaseMigrationPreference: X[DatabaseMigrationPreference]

class BusinessGoals(TypedDict, total=False):
    LicenseCostReduction: I
    ModernizeInfrastructureWithCloudNativeTechnologies: I
    ReduceOperationalOverheadWithManagedServices: I
    SpeedOfMigration: I

class PrioritizeBusinessGoals(TypedDict, total=False):
    BusinessGoals: X[BusinessGoals]

PutPortfolioPreferencesParameters = TypedDict(
    "PutPortfolioPreferencesParameters",
    {
        "ApplicationMode": S,
        "ApplicationMode.$": str,
        "ApplicationPreferences": X[ApplicationPreferences],
        "ApplicationPreferences.$": str,
        "DatabasePreferences": X[DatabasePreferences],
        "DatabasePreferences.$": str,
        "PrioritizeBusinessGoals": X[PrioritizeBusinessGoals],
        "PrioritizeBusinessGoals.$": str,
    },
    total=False,
)

class AssessmentTarget(TypedDict, total=False):
    Condition: S
    Name: S
    Values: L[Si]

StartAssessmentParameters = TypedDict(
    "StartAssessmentParameters",
    {
        "AssessmentDataSourceType": S,
        "AssessmentDataSourceType.$": str,
        "AssessmentTargets": L[Xi[AssessmentTarget]],
        "AssessmentTargets.$": str,
        "S3bucketForAnalysisData": S,
        "S3bucketForAnalysisData.$": str,
        "S3bucketForReportData": S,
        "S3bucketForReportData.$": str,
    },
    total=False,
)
StartImportFileTaskParameters = TypedDict(
    "StartImportFileTaskParameters",
    {
        "S3Bucket": S,
        "S3Bucket.$": str,
        "DataSourceType": S,
        "DataSourceType.$": str,
        "GroupId": L[Xi[Group]],
        "GroupId.$": str,
        "Name": S,
        "Name.$": str,
        "S3bucketForReportData": S,
        "S3bucketForReportData.$": str,
        "S3key": S,
        "S3key.$": str,
    },
    total=False,
)
StartRecommendationReportGenerationParameters = TypedDict(
    "StartRecommendationReportGenerationParameters",
    {
        "GroupIdFilter": L[Xi[Group]],
        "GroupIdFilter.$": str,
        "OutputFormat": S,
        "OutputFormat.$": str,
    },
    total=False,
)
StopAssessmentParameters = TypedDict(
    "StopAssessmentParameters", {"AssessmentId": S, "AssessmentId.$": str}, total=False
)

class SourceCode(TypedDict, total=False):
    Location: S
    ProjectName: S
    SourceVersion: S
    VersionControl: S

class StrategyOption(TypedDict, total=False):
    IsPreferred: B
    Strategy: S
    TargetDestination: S
    ToolName: S

UpdateApplicationComponentConfigParameters = TypedDict(
    "UpdateApplicationComponentConfigParameters",
    {
        "AppType": S,
        "AppType.$": str,
        "ApplicationComponentId": S,
        "ApplicationComponentId.$": str,
        "ConfigureOnly": B,
        "ConfigureOnly.$": str,
        "InclusionStatus": S,
        "InclusionStatus.$": str,
        "SecretsManagerKey": S,
        "SecretsManagerKey.$": str,
        "SourceCodeList": L[Xi[SourceCode]],
        "SourceCodeList.$": str,
        "StrategyOption": X[StrategyOption],
        "StrategyOption.$": str,
    },
    total=False,
)
UpdateServerConfigParameters = TypedDict(
    "UpdateServerConfigParameters",
    {
        "ServerId": S,
        "ServerId.$": str,
        "StrategyOption": X[StrategyOption],
        "StrategyOption.$": str,
    },
    total=False,
)
get_application_component_details: Builder[GetApplicationComponentDetailsParameters]
get_application_component_strategies: Builder[GetApplicationComponentStrategiesParameters]
get_assessment: Builder[GetAssessmentParameters]
get_import_file_task: Builder[GetImportFileTaskParameters]
get_latest_assessment_id: Builder[GetLatestAssessmentIdParameters]
get_portfolio_preferences: Builder[GetPortfolioPreferencesParameters]
get_portfolio_summary: Builder[GetPortfolioSummaryParameters]
get_recommendation_report_details: Builder[GetRecommendationReportDetailsParameters]
get_server_details: Builder[GetServerDetailsParameters]
get_server_strategies: Builder[GetServerStrategiesParameters]
list_analyzable_servers: Builder[ListAnalyzableServersParameters]
list_application_components: Builder[ListApplicationComponentsParameters]
list_collectors: Builder[ListCollectorsParameters]
list_import_file_task: Builder[ListImportFileTaskParameters]
list_servers: Builder[ListServersParameters]
put_portfolio_preferences: Builder[PutPortfolioPreferencesParameters]
start_assessment: Builder[StartAssessmentParameters]
start_import_file_task: Builder[StartImportFileTaskParameters]
start_recommendation_report_generation: Builder[StartRecommendationReportGenerationParameters]
stop_assessment: Builder[StopAssessmentParameters]
update_application_component_config: Builder[UpdateApplicationComponentConfigParameters]
update_server_config: Builder[UpdateServerConfigParameters]

__all__ = [
    "get_application_component_details",
    "get_application_component_strategies",
    "get_assessment",
    "get_import_file_task",
    "get_latest_assessment_id",
    "get_portfolio_preferences",
    "get_portfolio_summary",
    "get_recommendation_report_details",
    "get_server_details",
    "get_server_strategies",
    "list_analyzable_servers",
    "list_application_components",
    "list_collectors",
    "list_import_file_task",
    "list_servers",
    "put_portfolio_preferences",
    "start_assessment",
    "start_import_file_task",
    "start_recommendation_report_generation",
    "stop_assessment",
    "update_application_component_config",
    "update_server_config",
]
