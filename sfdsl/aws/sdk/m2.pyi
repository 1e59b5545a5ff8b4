"""Typed builders of the AWS SDK integration of m2 (``aws-sdk:m2:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

CancelBatchJobExecutionParameters = TypedDict(
    "CancelBatchJobExecutionParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "AuthSecretsManagerArn": S,
        "AuthSecretsManagerArn.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
    },
    total=False,
)

class Definition(TypedDict, total=False):
    Content: S
    S3Location: S

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Definition": X[Definition],
        "Definition.$": str,
        "Description": S,
        "Description.$": str,
        "EngineType": S,
        "EngineType.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Name": S,
        "Name.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class ExternalLocation(TypedDict, total=False):
    S3Location: S

class DataSetExportItem(TypedDict, total=False):
    DatasetName: S
    ExternalLocation: X[ExternalLocation]

class DataSetExportConfig(TypedDict, total=False):
    DataSets: L[Xi[DataSetExportItem]]
    S3Location: S

CreateDataSetExportTaskParameters = TypedDict(
    "CreateDataSetExportTaskParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ExportConfig": X[DataSetExportConfig],
        "ExportConfig.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
    },
    total=False,
)

class GdgAttributes(TypedDict, total=False):
    Limit: I
    RollDisposition: S

class PoAttributes(TypedDict, total=False):
    Encoding: S
    Format: S
    MemberFileExtensions: L[Si]

class PsAttributes(TypedDict, total=False):
    Encoding: S
    Format: S

class AlternateKey(TypedDict, total=False):
    AllowDuplicates: B
    Length: I
    Name: S
    Offset: I

class PrimaryKey(TypedDict, total=False):
    Length: I
    Name: S
    Offset: I

class VsamAttributes(TypedDict, total=False):
    AlternateKeys: L[Xi[AlternateKey]]
    Compressed: B
    Encoding: S
    Format: S
    PrimaryKey: X[PrimaryKey]

class DatasetOrgAttributes(TypedDict, total=False):
    Gdg: X[GdgAttributes]
    Po: X[PoAttributes]
    Ps: X[PsAttributes]
    Vsam: X[VsamAttributes]

class RecordLength(TypedDict, total=False):
    Max: I
    Min: I

class DataSet(TypedDict, total=False):
    DatasetName: S
    DatasetOrg: X[DatasetOrgAttributes]
    RecordLength: X[RecordLength]
    RelativePath: S
    StorageType: S

class DataSetImportItem(TypedDict, total=False):
    DataSet: X[DataSet]
    ExternalLocation: X[ExternalLocation]

class DataSetImportConfig(TypedDict, total=False):
    DataSets: L[Xi[DataSetImportItem]]
    S3Location: S

CreateDataSetImportTaskParameters = TypedDict(
    "CreateDataSetImportTaskParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ImportConfig": X[DataSetImportConfig],
        "ImportConfig.$": str,
    },
    total=False,
)
CreateDeploymentParameters = TypedDict(
    "CreateDeploymentParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ApplicationVersion": I,
        "ApplicationVersion.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
    },
    total=False,
)

class HighAvailabilityConfig(TypedDict, total=False):
    DesiredCapacity: I

class EfsStorageConfiguration(TypedDict, total=False):
    FileSystemId: S
    MountPoint: S

class FsxStorageConfiguration(TypedDict, total=False):
    FileSystemId: S
    MountPoint: S

class StorageConfiguration(TypedDict, total=False):
    Efs: X[EfsStorageConfiguration]
    Fsx: X[FsxStorageConfiguration]

CreateEnvironmentParameters = TypedDict(
    "CreateEnvironmentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "EngineType": S,
        "EngineType.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "HighAvailabilityConfig": X[HighAvailabilityConfig],
        "HighAvailabilityConfig.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "KmsKeyId": S,
        "KmsKeyId.$": str,
        "Name": S,
        "Name.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
        "PubliclyAccessible": B,
        "PubliclyAccessible.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "StorageConfigurations": L[Xi[StorageConfiguration]],
        "StorageConfigurations.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
DeleteApplicationFromEnvironmentParameters = TypedDict(
    "DeleteApplicationFromEnvironmentParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "EnvironmentId": S, "EnvironmentId.$": str},
    total=False,
)
DeleteEnvironmentParameters = TypedDict(
    "DeleteEnvironmentParameters", {"EnvironmentId": S, "EnvironmentId.$": str}, total=False
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetApplicationVersionParameters = TypedDict(
    "GetApplicationVersionParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ApplicationVersion": I,
        "ApplicationVersion.$": str,
    },
    total=False,
)
GetBatchJobExecutionParameters = TypedDict(
    "GetBatchJobExecutionParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "ExecutionId": S, "ExecutionId.$": str},
    total=False,
)
GetDataSetDetailsParameters = TypedDict(
    "GetDataSetDetailsParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "DataSetName": S, "DataSetName.$": str},
    total=False,
)
GetDataSetExportTaskParameters = TypedDict(
    "GetDataSetExportTaskParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "TaskId": S, "TaskId.$": str},
    total=False,
)
GetDataSetImportTaskParameters = TypedDict(
    "GetDataSetImportTaskParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "TaskId": S, "TaskId.$": str},
    total=False,
)
GetDeploymentParameters = TypedDict(
    "GetDeploymentParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "DeploymentId": S, "DeploymentId.$": str},
    total=False,
)
GetEnvironmentParameters = TypedDict(
    "GetEnvironmentParameters", {"EnvironmentId": S, "EnvironmentId.$": str}, total=False
)

class GetSignedBluinsightsUrlParameters(TypedDict, total=False): ...

ListApplicationVersionsParameters = TypedDict(
    "ListApplicationVersionsParameters",
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
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Names": L[Si],
        "Names.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBatchJobDefinitionsParameters = TypedDict(
    "ListBatchJobDefinitionsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Prefix": S,
        "Prefix.$": str,
    },
    total=False,
)
ListBatchJobExecutionsParameters = TypedDict(
    "ListBatchJobExecutionsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ExecutionIds": L[Si],
        "ExecutionIds.$": str,
        "JobName": S,
        "JobName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StartedAfter": T,
        "StartedAfter.$": str,
        "StartedBefore": T,
        "StartedBefore.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListBatchJobRestartPointsParameters = TypedDict(
    "ListBatchJobRestartPointsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "AuthSecretsManagerArn": S,
        "AuthSecretsManagerArn.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
    },
    total=False,
)
ListDataSetExportHistoryParameters = TypedDict(
    "ListDataSetExportHistoryParameters",
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
ListDataSetImportHistoryParameters = TypedDict(
    "ListDataSetImportHistoryParameters",
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
ListDataSetsParameters = TypedDict(
    "ListDataSetsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NameFilter": S,
        "NameFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Prefix": S,
        "Prefix.$": str,
    },
    total=False,
)
ListDeploymentsParameters = TypedDict(
    "ListDeploymentsParameters",
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
ListEngineVersionsParameters = TypedDict(
    "ListEngineVersionsParameters",
    {
        "EngineType": S,
        "EngineType.$": str,
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
        "EngineType": S,
        "EngineType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Names": L[Si],
        "Names.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
StartApplicationParameters = TypedDict(
    "StartApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)

class FileBatchJobIdentifier(TypedDict, total=False):
    FileName: S
    FolderPath: S

class JobStepRestartMarker(TypedDict, total=False):
    FromProcStep: S
    FromStep: S
    Skip: B
    StepCheckpoint: I
    ToProcStep: S
    ToStep: S

class RestartBatchJobIdentifier(TypedDict, total=False):
    ExecutionId: S
    JobStepRestartMarker: X[JobStepRestartMarker]

class JobIdentifier(TypedDict, total=False):
    FileName: S
    ScriptName: S

class S3BatchJobIdentifier(TypedDict, total=False):
    Bucket: S
    Identifier: X[JobIdentifier]
    KeyPrefix: S

class ScriptBatchJobIdentifier(TypedDict, total=False):
    ScriptName: S

class BatchJobIdentifier(TypedDict, total=False):
    FileBatchJobIdentifier: X[FileBatchJobIdentifier]
    RestartBatchJobIdentifier: X[RestartBatchJobIdentifier]
    S3BatchJobIdentifier: X[S3BatchJobIdentifier]
    ScriptBatchJobIdentifier: X[ScriptBatchJobIdentifier]

StartBatchJobParameters = TypedDict(
    "StartBatchJobParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "AuthSecretsManagerArn": S,
        "AuthSecretsManagerArn.$": str,
        "BatchJobIdentifier": X[BatchJobIdentifier],
        "BatchJobIdentifier.$": str,
        "JobParams": M[S],
        "JobParams.$": str,
    },
    total=False,
)
StopApplicationParameters = TypedDict(
    "StopApplicationParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "ForceStop": B, "ForceStop.$": str},
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
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "CurrentApplicationVersion": I,
        "CurrentApplicationVersion.$": str,
        "Definition": X[Definition],
        "Definition.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateEnvironmentParameters = TypedDict(
    "UpdateEnvironmentParameters",
    {
        "ApplyDuringMaintenanceWindow": B,
        "ApplyDuringMaintenanceWindow.$": str,
        "DesiredCapacity": I,
        "DesiredCapacity.$": str,
        "EngineVersion": S,
        "EngineVersion.$": str,
        "EnvironmentId": S,
        "EnvironmentId.$": str,
        "ForceUpdate": B,
        "ForceUpdate.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "PreferredMaintenanceWindow": S,
        "PreferredMaintenanceWindow.$": str,
    },
    total=False,
)
cancel_batch_job_execution: Builder[CancelBatchJobExecutionParameters]
create_application: Builder[CreateApplicationParameters]
create_data_set_export_task: Builder[CreateDataSetExportTaskParameters]
create_data_set_import_task: Builder[CreateDataSetImportTaskParameters]
create_deployment: Builder[CreateDeploymentParameters]
create_environment: Builder[CreateEnvironmentParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_application_from_environment: Builder[DeleteApplicationFromEnvironmentParameters]
delete_environment: Builder[DeleteEnvironmentParameters]
get_application: Builder[GetApplicationParameters]
get_application_version: Builder[GetApplicationVersionParameters]
get_batch_job_execution: Builder[GetBatchJobExecutionParameters]
get_data_set_details: Builder[GetDataSetDetailsParameters]
get_data_set_export_task: Builder[GetDataSetExportTaskParameters]
get_data_set_import_task: Builder[GetDataSetImportTaskParameters]
get_deployment: Builder[GetDeploymentParameters]
get_environment: Builder[GetEnvironmentParameters]
get_signed_bluinsights_url: Builder[GetSignedBluinsightsUrlParameters]
list_application_versions: Builder[ListApplicationVersionsParameters]
list_applications: Builder[ListApplicationsParameters]
list_batch_job_definitions: Builder[ListBatchJobDefinitionsParameters]
list_batch_job_executions: Builder[ListBatchJobExecutionsParameters]
list_batch_job_restart_points: Builder[ListBatchJobRestartPointsParameters]
list_data_set_export_history: Builder[ListDataSetExportHistoryParameters]
list_data_set_import_history: Builder[ListDataSetImportHistoryParameters]
list_data_sets: Builder[ListDataSetsParameters]
list_deployments: Builder[ListDeploymentsParameters]
list_engine_versions: Builder[ListEngineVersionsParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_application: Builder[StartApplicationParameters]
start_batch_job: Builder[StartBatchJobParameters]
stop_application: Builder[StopApplicationParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_application: Builder[UpdateApplicationParameters]
update_environment: Builder[UpdateEnvironmentParameters]

__all__ = [
    "cancel_batch_job_execution",
    "create_application",
    "create_data_set_export_task",
    "create_data_set_import_task",
    "create_deployment",
    "create_environment",
    "delete_application",
    "delete_application_from_environment",
    "delete_environment",
    "get_application",
    "get_application_version",
    "get_batch_job_execution",
    "get_data_set_details",
    "get_data_set_export_task",
    "get_data_set_import_task",
    "get_deployment",
    "get_environment",
    "get_signed_bluinsights_url",
    "list_application_versions",
    "list_applications",
    "list_batch_job_definitions",
    "list_batch_job_executions",
    "list_batch_job_restart_points",
    "list_data_set_export_history",
    "list_data_set_import_history",
    "list_data_sets",
    "list_deployments",
    "list_engine_versions",
    "list_environments",
    "list_tags_for_resource",
    "start_application",
    "start_batch_job",
    "stop_application",
    "tag_resource",
    "untag_resource",
    "update_application",
    "update_environment",
]
