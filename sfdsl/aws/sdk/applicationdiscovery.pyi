"""Typed builders of the AWS SDK integration of applicationdiscovery (``aws-sdk:applicationdiscovery:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, T, X, Xi

AssociateConfigurationItemsToApplicationParameters = TypedDict(
    "AssociateConfigurationItemsToApplicationParameters",
    {
        "ApplicationConfigurationId": S,
        "ApplicationConfigurationId.$": str,
        "ConfigurationIds": L[Si],
        "ConfigurationIds.$": str,
    },
    total=False,
)

class DeleteAgent(TypedDict, total=False):
    AgentId: S
    Force: B

BatchDeleteAgentsParameters = TypedDict(
    "BatchDeleteAgentsParameters",
    {"DeleteAgents": L[Xi[DeleteAgent]], "DeleteAgents.$": str},
    total=False,
)
BatchDeleteImportDataParameters = TypedDict(
    "BatchDeleteImportDataParameters",
    {"ImportTaskIds": L[Si], "ImportTaskIds.$": str, "DeleteHistory": B, "DeleteHistory.$": str},
    total=False,
)
CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {"Name": S, "Name.$": str, "Description": S, "Description.$": str, "Wave": S, "Wave.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateTagsParameters = TypedDict(
    "CreateTagsParameters",
    {"ConfigurationIds": L[Si], "ConfigurationIds.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
DeleteApplicationsParameters = TypedDict(
    "DeleteApplicationsParameters",
    {"ConfigurationIds": L[Si], "ConfigurationIds.$": str},
    total=False,
)
DeleteTagsParameters = TypedDict(
    "DeleteTagsParameters",
    {"ConfigurationIds": L[Si], "ConfigurationIds.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)

class Filter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Condition: S

DescribeAgentsParameters = TypedDict(
    "DescribeAgentsParameters",
    {
        "AgentIds": L[Si],
        "AgentIds.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeBatchDeleteConfigurationTaskParameters = TypedDict(
    "DescribeBatchDeleteConfigurationTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
DescribeConfigurationsParameters = TypedDict(
    "DescribeConfigurationsParameters",
    {"ConfigurationIds": L[Si], "ConfigurationIds.$": str},
    total=False,
)
DescribeContinuousExportsParameters = TypedDict(
    "DescribeContinuousExportsParameters",
    {
        "ExportIds": L[Si],
        "ExportIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeExportConfigurationsParameters = TypedDict(
    "DescribeExportConfigurationsParameters",
    {
        "ExportIds": L[Si],
        "ExportIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ExportFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Condition: S

DescribeExportTasksParameters = TypedDict(
    "DescribeExportTasksParameters",
    {
        "ExportIds": L[Si],
        "ExportIds.$": str,
        "Filters": L[Xi[ExportFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ImportTaskFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeImportTasksParameters = TypedDict(
    "DescribeImportTasksParameters",
    {
        "Filters": L[Xi[ImportTaskFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class TagFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeTagsParameters = TypedDict(
    "DescribeTagsParameters",
    {
        "Filters": L[Xi[TagFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DisassociateConfigurationItemsFromApplicationParameters = TypedDict(
    "DisassociateConfigurationItemsFromApplicationParameters",
    {
        "ApplicationConfigurationId": S,
        "ApplicationConfigurationId.$": str,
        "ConfigurationIds": L[Si],
        "ConfigurationIds.$": str,
    },
    total=False,
)

class ExportConfigurationsParameters(TypedDict, total=False): ...
class GetDiscoverySummaryParameters(TypedDict, total=False): ...

class OrderByElement(TypedDict, total=False):
    FieldName: S
    SortOrder: S

ListConfigurationsParameters = TypedDict(
    "ListConfigurationsParameters",
    {
        "ConfigurationType": S,
        "ConfigurationType.$": str,
        "Filters": L[Xi[Filter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "OrderBy": L[Xi[OrderByElement]],
        "OrderBy.$": str,
    },
    total=False,
)
ListServerNeighborsParameters = TypedDict(
    "ListServerNeighborsParameters",
    {
        "ConfigurationId": S,
        "ConfigurationId.$": str,
        "PortInformationNeeded": B,
        "PortInformationNeeded.$": str,
        "NeighborConfigurationIds": L[Si],
        "NeighborConfigurationIds.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
StartBatchDeleteConfigurationTaskParameters = TypedDict(
    "StartBatchDeleteConfigurationTaskParameters",
    {
        "ConfigurationType": S,
        "ConfigurationType.$": str,
        "ConfigurationIds": L[Si],
        "ConfigurationIds.$": str,
    },
    total=False,
)

class StartContinuousExportParameters(TypedDict, total=False): ...

StartDataCollectionByAgentIdsParameters = TypedDict(
    "StartDataCollectionByAgentIdsParameters", {"AgentIds": L[Si], "AgentIds.$": str}, total=False
)

class UsageMetricBasis(TypedDict, total=False):
    Name: S
    PercentageAdjust: F

class ReservedInstanceOptions(TypedDict, total=False):
    PurchasingOption: S
    OfferingClass: S
    TermLength: S

class Ec2RecommendationsExportPreferences(TypedDict, total=False):
    Enabled: B
    CpuPerformanceMetricBasis: X[UsageMetricBasis]
    RamPerformanceMetricBasis: X[UsageMetricBasis]
    Tenancy: S
    ExcludedInstanceTypes: L[Si]
    PreferredRegion: S
    ReservedInstanceOptions: X[ReservedInstanceOptions]

class ExportPreferences(TypedDict, total=False):
    Ec2RecommendationsPreferences: X[Ec2RecommendationsExportPreferences]

StartExportTaskParameters = TypedDict(
    "StartExportTaskParameters",
    {
        "ExportDataFormat": L[Si],
        "ExportDataFormat.$": str,
        "Filters": L[Xi[ExportFilter]],
        "Filters.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Preferences": X[ExportPreferences],
        "Preferences.$": str,
    },
    total=False,
)
StartImportTaskParameters = TypedDict(
    "StartImportTaskParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Name": S,
        "Name.$": str,
        "ImportUrl": S,
        "ImportUrl.$": str,
    },
    total=False,
)
StopContinuousExportParameters = TypedDict(
    "StopContinuousExportParameters", {"ExportId": S, "ExportId.$": str}, total=False
)
StopDataCollectionByAgentIdsParameters = TypedDict(
    "StopDataCollectionByAgentIdsParameters", {"AgentIds": L[Si], "AgentIds.$": str}, total=False
)
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "ConfigurationId": S,
        "ConfigurationId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Wave": S,
        "Wave.$": str,
    },
    total=False,
)
associate_configuration_items_to_application: Builder[
    AssociateConfigurationItemsToApplicationParameters
]
batch_delete_agents: Builder[BatchDeleteAgentsParameters]
batch_delete_import_data: Builder[BatchDeleteImportDataParameters]
create_application: Builder[CreateApplicationParameters]
create_tags: Builder[CreateTagsParameters]
delete_applications: Builder[DeleteApplicationsParameters]
delete_tags: Builder[DeleteTagsParameters]
describe_agents: Builder[DescribeAgentsParameters]
describe_batch_delete_configuration_task: Builder[DescribeBatchDeleteConfigurationTaskParameters]
describe_configurations: Builder[DescribeConfigurationsParameters]
describe_continuous_exports: Builder[DescribeContinuousExportsParameters]
describe_export_configurations: Builder[DescribeExportConfigurationsParameters]
describe_export_tasks: Builder[DescribeExportTasksParameters]
describe_import_tasks: Builder[DescribeImportTasksParameters]
describe_tags: Builder[DescribeTagsParameters]
disassociate_configuration_items_from_application: Builder[
    DisassociateConfigurationItemsFromApplicationParameters
]
export_configurations: Builder[ExportConfigurationsParameters]
get_discovery_summary: Builder[GetDiscoverySummaryParameters]
list_configurations: Builder[ListConfigurationsParameters]
list_server_neighbors: Builder[ListServerNeighborsParameters]
start_batch_delete_configuration_task: Builder[StartBatchDeleteConfigurationTaskParameters]
start_continuous_export: Builder[StartContinuousExportParameters]
start_data_collection_by_agent_ids: Builder[StartDataCollectionByAgentIdsParameters]
start_export_task: Builder[StartExportTaskParameters]
start_import_task: Builder[StartImportTaskParameters]
stop_continuous_export: Builder[StopContinuousExportParameters]
stop_data_collection_by_agent_ids: Builder[StopDataCollectionByAgentIdsParameters]
update_application: Builder[UpdateApplicationParameters]

__all__ = [
    "associate_configuration_items_to_application",
    "batch_delete_agents",
    "batch_delete_import_data",
    "create_application",
    "create_tags",
    "delete_applications",
    "delete_tags",
    "describe_agents",
    "describe_batch_delete_configuration_task",
    "describe_configurations",
    "describe_continuous_exports",
    "describe_export_configurations",
    "describe_export_tasks",
    "describe_import_tasks",
    "describe_tags",
    "disassociate_configuration_items_from_application",
    "export_configurations",
    "get_discovery_summary",
    "list_configurations",
    "list_server_neighbors",
    "start_batch_delete_configuration_task",
    "start_continuous_export",
    "start_data_collection_by_agent_ids",
    "start_export_task",
    "start_import_task",
    "stop_continuous_export",
    "stop_data_collection_by_agent_ids",
    "update_application",
]
