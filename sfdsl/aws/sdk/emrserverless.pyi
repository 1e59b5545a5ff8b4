"""Typed builders of the AWS SDK integration of emrserverless (``aws-sdk:emrserverless:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

CancelJobRunParameters = TypedDict(
    "CancelJobRunParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "JobRunId": S,
        "JobRunId.$": str,
        "ShutdownGracePeriodInSeconds": I,
        "ShutdownGracePeriodInSeconds.$": str,
    },
    total=False,
)

class WorkerResourceConfig(TypedDict, total=False):
    Cpu: S
    Memory: S
    Disk: S
    DiskType: S

class InitialCapacityConfig(TypedDict, total=False):
    WorkerCount: I
    WorkerConfiguration: X[WorkerResourceConfig]

class MaximumAllowedResources(TypedDict, total=False):
    Cpu: S
    Memory: S
    Disk: S

class AutoStartConfig(TypedDict, total=False):
    Enabled: B

class AutoStopConfig(TypedDict, total=False):
    Enabled: B
    IdleTimeoutMinutes: I

class NetworkConfiguration(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]

class ImageConfigurationInput(TypedDict, total=False):
    ImageUri: S
    ApplicationLevelDigestResolution: B

class WorkerTypeSpecificationInput(TypedDict, total=False):
    ImageConfiguration: X[ImageConfigurationInput]

class Configuration(TypedDict, total=False):
    Classification: S
    Properties: M[S]
    Configurations: L[Xi[Configuration]]

class S3MonitoringConfiguration(TypedDict, total=False):
    LogUri: S
    EncryptionKeyArn: S

class ManagedPersistenceMonitoringConfiguration(TypedDict, total=False):
    Enabled: B
    EncryptionKeyArn: S

class CloudWatchLoggingConfiguration(TypedDict, total=False):
    Enabled: B
    LogGroupName: S
    LogStreamNamePrefix: S
    EncryptionKeyArn: S
    LogTypes: M[L[Si]]

class PrometheusMonitoringConfiguration(TypedDict, total=False):
    RemoteWriteUrl: S

class MonitoringConfiguration(TypedDict, total=False):
    S3MonitoringConfiguration: X[S3MonitoringConfiguration]
    ManagedPersistenceMonitoringConfiguration: X[ManagedPersistenceMonitoringConfiguration]
    CloudWatchLoggingConfiguration: X[CloudWatchLoggingConfiguration]
    PrometheusMonitoringConfiguration: X[PrometheusMonitoringConfiguration]

class DiskEncryptionConfiguration(TypedDict, total=False):
    EncryptionContext: M[S]
    EncryptionKeyArn: S

class InteractiveConfiguration(TypedDict, total=False):
    StudioEnabled: B
    LivyEndpointEnabled: B
    SessionEnabled: B

class SchedulerConfiguration(TypedDict, total=False):
    QueueTimeoutMinutes: I
    MaxConcurrentRuns: I

class IdentityCenterConfigurationInput(TypedDict, total=False):
    IdentityCenterInstanceArn: S
    UserBackgroundSessionsEnabled: B

class JobLevelCostAllocationConfiguration(TypedDict, total=False):
    Enabled: B

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "Name": S,
        "Name.$": str,
        "ReleaseLabel": S,
        "ReleaseLabel.$": str,
        "Type": S,
        "Type.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "InitialCapacity": M[X[InitialCapacityConfig]],
        "InitialCapacity.$": str,
        "MaximumCapacity": X[MaximumAllowedResources],
        "MaximumCapacity.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "AutoStartConfiguration": X[AutoStartConfig],
        "AutoStartConfiguration.$": str,
        "AutoStopConfiguration": X[AutoStopConfig],
        "AutoStopConfiguration.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "Architecture": S,
        "Architecture.$": str,
        "ImageConfiguration": X[ImageConfigurationInput],
        "ImageConfiguration.$": str,
        "WorkerTypeSpecifications": M[X[WorkerTypeSpecificationInput]],
        "WorkerTypeSpecifications.$": str,
        "RuntimeConfiguration": L[Xi[Configuration]],
        "RuntimeConfiguration.$": str,
        "MonitoringConfiguration": X[MonitoringConfiguration],
        "MonitoringConfiguration.$": str,
        "DiskEncryptionConfiguration": X[DiskEncryptionConfiguration],
        "DiskEncryptionConfiguration.$": str,
        "InteractiveConfiguration": X[InteractiveConfiguration],
        "InteractiveConfiguration.$": str,
        "SchedulerConfiguration": X[SchedulerConfiguration],
        "SchedulerConfiguration.$": str,
        "IdentityCenterConfiguration": X[IdentityCenterConfigurationInput],
        "IdentityCenterConfiguration.$": str,
        "JobLevelCostAllocationConfiguration": X[JobLevelCostAllocationConfiguration],
        "JobLevelCostAllocationConfiguration.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetApplicationParameters = TypedDict(
    "GetApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
GetDashboardForJobRunParameters = TypedDict(
    "GetDashboardForJobRunParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "JobRunId": S,
        "JobRunId.$": str,
        "Attempt": I,
        "Attempt.$": str,
        "AccessSystemProfileLogs": B,
        "AccessSystemProfileLogs.$": str,
    },
    total=False,
)
GetJobRunParameters = TypedDict(
    "GetJobRunParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "JobRunId": S,
        "JobRunId.$": str,
        "Attempt": I,
        "Attempt.$": str,
    },
    total=False,
)
GetResourceDashboardParameters = TypedDict(
    "GetResourceDashboardParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "AccessSystemProfileLogs": B,
        "AccessSystemProfileLogs.$": str,
    },
    total=False,
)
GetSessionParameters = TypedDict(
    "GetSessionParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
GetSessionEndpointParameters = TypedDict(
    "GetSessionEndpointParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "States": L[Si],
        "States.$": str,
    },
    total=False,
)
ListJobRunAttemptsParameters = TypedDict(
    "ListJobRunAttemptsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "JobRunId": S,
        "JobRunId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListJobRunsParameters = TypedDict(
    "ListJobRunsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CreatedAtAfter": T,
        "CreatedAtAfter.$": str,
        "CreatedAtBefore": T,
        "CreatedAtBefore.$": str,
        "States": L[Si],
        "States.$": str,
        "Mode": S,
        "Mode.$": str,
    },
    total=False,
)
ListSessionsParameters = TypedDict(
    "ListSessionsParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "States": L[Si],
        "States.$": str,
        "CreatedAtAfter": T,
        "CreatedAtAfter.$": str,
        "CreatedAtBefore": T,
        "CreatedAtBefore.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
StartApplicationParameters = TypedDict(
    "StartApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)

class JobRunExecutionIamPolicy(TypedDict, total=False):
    Policy: S
    PolicyArns: L[Si]

class SparkSubmit(TypedDict, total=False):
    EntryPoint: S
    EntryPointArguments: L[Si]
    SparkSubmitParameters: S

class Hive(TypedDict, total=False):
    Query: S
    InitQueryFile: S
    Parameters: S

class JobDriver(TypedDict, total=False):
    SparkSubmit: X[SparkSubmit]
    Hive: X[Hive]

class ConfigurationOverrides(TypedDict, total=False):
    ApplicationConfiguration: L[Xi[Configuration]]
    MonitoringConfiguration: X[MonitoringConfiguration]
    DiskEncryptionConfiguration: X[DiskEncryptionConfiguration]

class RetryPolicy(TypedDict, total=False):
    MaxAttempts: I
    MaxFailedAttemptsPerHour: I

class FlexExecution(TypedDict, total=False):
    Enabled: B

StartJobRunParameters = TypedDict(
    "StartJobRunParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "ExecutionIamPolicy": X[JobRunExecutionIamPolicy],
        "ExecutionIamPolicy.$": str,
        "JobDriver": X[JobDriver],
        "JobDriver.$": str,
        "ConfigurationOverrides": X[ConfigurationOverrides],
        "ConfigurationOverrides.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "ExecutionTimeoutMinutes": I,
        "ExecutionTimeoutMinutes.$": str,
        "Name": S,
        "Name.$": str,
        "Mode": S,
        "Mode.$": str,
        "RetryPolicy": X[RetryPolicy],
        "RetryPolicy.$": str,
        "FlexExecution": X[FlexExecution],
        "FlexExecution.$": str,
    },
    total=False,
)

class SessionConfigurationOverrides(TypedDict, total=False):
    RuntimeConfiguration: L[Xi[Configuration]]

StartSessionParameters = TypedDict(
    "StartSessionParameters",
    {
        "ApplicationId": S,
        "ApplicationId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "ConfigurationOverrides": X[SessionConfigurationOverrides],
        "ConfigurationOverrides.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "IdleTimeoutMinutes": I,
        "IdleTimeoutMinutes.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
StopApplicationParameters = TypedDict(
    "StopApplicationParameters", {"ApplicationId": S, "ApplicationId.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
TerminateSessionParameters = TypedDict(
    "TerminateSessionParameters",
    {"ApplicationId": S, "ApplicationId.$": str, "SessionId": S, "SessionId.$": str},
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
        "ClientToken": S,
        "ClientToken.$": str,
        "InitialCapacity": M[X[InitialCapacityConfig]],
        "InitialCapacity.$": str,
        "MaximumCapacity": X[MaximumAllowedResources],
        "MaximumCapacity.$": str,
        "AutoStartConfiguration": X[AutoStartConfig],
        "AutoStartConfiguration.$": str,
        "AutoStopConfiguration": X[AutoStopConfig],
        "AutoStopConfiguration.$": str,
        "NetworkConfiguration": X[NetworkConfiguration],
        "NetworkConfiguration.$": str,
        "Architecture": S,
        "Architecture.$": str,
        "ImageConfiguration": X[ImageConfigurationInput],
        "ImageConfiguration.$": str,
        "WorkerTypeSpecifications": M[X[WorkerTypeSpecificationInput]],
        "WorkerTypeSpecifications.$": str,
        "InteractiveConfiguration": X[InteractiveConfiguration],
        "InteractiveConfiguration.$": str,
        "ReleaseLabel": S,
        "ReleaseLabel.$": str,
        "RuntimeConfiguration": L[Xi[Configuration]],
        "RuntimeConfiguration.$": str,
        "MonitoringConfiguration": X[MonitoringConfiguration],
        "MonitoringConfiguration.$": str,
        "DiskEncryptionConfiguration": X[DiskEncryptionConfiguration],
        "DiskEncryptionConfiguration.$": str,
        "SchedulerConfiguration": X[SchedulerConfiguration],
        "SchedulerConfiguration.$": str,
        "IdentityCenterConfiguration": X[IdentityCenterConfigurationInput],
        "IdentityCenterConfiguration.$": str,
        "JobLevelCostAllocationConfiguration": X[JobLevelCostAllocationConfiguration],
        "JobLevelCostAllocationConfiguration.$": str,
    },
    total=False,
)
cancel_job_run: Builder[CancelJobRunParameters]
create_application: Builder[CreateApplicationParameters]
delete_application: Builder[DeleteApplicationParameters]
get_application: Builder[GetApplicationParameters]
get_dashboard_for_job_run: Builder[GetDashboardForJobRunParameters]
get_job_run: Builder[GetJobRunParameters]
get_resource_dashboard: Builder[GetResourceDashboardParameters]
get_session: Builder[GetSessionParameters]
get_session_endpoint: Builder[GetSessionEndpointParameters]
list_applications: Builder[ListApplicationsParameters]
list_job_run_attempts: Builder[ListJobRunAttemptsParameters]
list_job_runs: Builder[ListJobRunsParameters]
list_sessions: Builder[ListSessionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_application: Builder[StartApplicationParameters]
start_job_run: Builder[StartJobRunParameters]
start_session: Builder[StartSessionParameters]
stop_application: Builder[StopApplicationParameters]
tag_resource: Builder[TagResourceParameters]
terminate_session: Builder[TerminateSessionParameters]
untag_resource: Builder[UntagResourceParameters]
update_application: Builder[UpdateApplicationParameters]

__all__ = [
    "cancel_job_run",
    "create_application",
    "delete_application",
    "get_application",
    "get_dashboard_for_job_run",
    "get_job_run",
    "get_resource_dashboard",
    "get_session",
    "get_session_endpoint",
    "list_applications",
    "list_job_run_attempts",
    "list_job_runs",
    "list_sessions",
    "list_tags_for_resource",
    "start_application",
    "start_job_run",
    "start_session",
    "stop_application",
    "tag_resource",
    "terminate_session",
    "untag_resource",
    "update_application",
]
