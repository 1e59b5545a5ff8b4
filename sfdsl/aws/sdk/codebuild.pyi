"""Typed builders of the AWS SDK integration of codebuild (``aws-sdk:codebuild:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, Li, S, Si, X, Xi

BatchDeleteBuildsParameters = TypedDict(
    "BatchDeleteBuildsParameters", {"Ids": L[Si], "Ids.$": str}, total=False
)
BatchGetBuildBatchesParameters = TypedDict(
    "BatchGetBuildBatchesParameters", {"Ids": L[Si], "Ids.$": str}, total=False
)
BatchGetBuildsParameters = TypedDict(
    "BatchGetBuildsParameters", {"Ids": L[Si], "Ids.$": str}, total=False
)
BatchGetCommandExecutionsParameters = TypedDict(
    "BatchGetCommandExecutionsParameters",
    {
        "SandboxId": S,
        "SandboxId.$": str,
        "CommandExecutionIds": L[Si],
        "CommandExecutionIds.$": str,
    },
    total=False,
)
BatchGetFleetsParameters = TypedDict(
    "BatchGetFleetsParameters", {"Names": L[Si], "Names.$": str}, total=False
)
BatchGetProjectsParameters = TypedDict(
    "BatchGetProjectsParameters", {"Names": L[Si], "Names.$": str}, total=False
)
BatchGetReportGroupsParameters = TypedDict(
    "BatchGetReportGroupsParameters",
    {"ReportGroupArns": L[Si], "ReportGroupArns.$": str},
    total=False,
)
BatchGetReportsParameters = TypedDict(
    "BatchGetReportsParameters", {"ReportArns": L[Si], "ReportArns.$": str}, total=False
)
BatchGetSandboxesParameters = TypedDict(
    "BatchGetSandboxesParameters", {"Ids": L[Si], "Ids.$": str}, total=False
)

class ComputeConfiguration(TypedDict, total=False):
    VCpu: I
    Memory: I
    Disk: I
    MachineType: S
    InstanceType: S

class TargetTrackingScalingConfiguration(TypedDict, total=False):
    MetricType: S
    TargetValue: F

class ScalingConfigurationInput(TypedDict, total=False):
    ScalingType: S
    TargetTrackingScalingConfigs: L[Xi[TargetTrackingScalingConfiguration]]
    MaxCapacity: I

class VpcConfig(TypedDict, total=False):
    VpcId: S
    Subnets: L[Si]
    SecurityGroupIds: L[Si]

class FleetProxyRule(TypedDict, total=False):
    Type: S
    Effect: S
    Entities: L[Si]

class ProxyConfiguration(TypedDict, total=False):
    DefaultBehavior: S
    OrderedProxyRules: L[Xi[FleetProxyRule]]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateFleetParameters = TypedDict(
    "CreateFleetParameters",
    {
        "Name": S,
        "Name.$": str,
        "BaseCapacity": I,
        "BaseCapacity.$": str,
        "EnvironmentType": S,
        "EnvironmentType.$": str,
        "ComputeType": S,
        "ComputeType.$": str,
        "ComputeConfiguration": X[ComputeConfiguration],
        "ComputeConfiguration.$": str,
        "ScalingConfiguration": X[ScalingConfigurationInput],
        "ScalingConfiguration.$": str,
        "OverflowBehavior": S,
        "OverflowBehavior.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "ProxyConfiguration": X[ProxyConfiguration],
        "ProxyConfiguration.$": str,
        "ImageId": S,
        "ImageId.$": str,
        "FleetServiceRole": S,
        "FleetServiceRole.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class GitSubmodulesConfig(TypedDict, total=False):
    FetchSubmodules: B

class SourceAuth(TypedDict, total=False):
    Type: S
    Resource: S

class BuildStatusConfig(TypedDict, total=False):
    Context: S
    TargetUrl: S

class ProjectSource(TypedDict, total=False):
    Type: S
    Location: S
    GitCloneDepth: I
    GitSubmodulesConfig: X[GitSubmodulesConfig]
    Buildspec: S
    Auth: X[SourceAuth]
    ReportBuildStatus: B
    BuildStatusConfig: X[BuildStatusConfig]
    InsecureSsl: B
    SourceIdentifier: S

class ProjectSourceVersion(TypedDict, total=False):
    SourceIdentifier: S
    SourceVersion: S

class ProjectArtifacts(TypedDict, total=False):
    Type: S
    Location: S
    Path: S
    NamespaceType: S
    Name: S
    Packaging: S
    OverrideArtifactName: B
    EncryptionDisabled: B
    ArtifactIdentifier: S
    BucketOwnerAccess: S

class ProjectCache(TypedDict, total=False):
    Type: S
    Location: S
    Modes: L[Si]
    CacheNamespace: S

class ProjectFleet(TypedDict, total=False):
    FleetArn: S

class EnvironmentVariable(TypedDict, total=False):
    Name: S
    Value: S
    Type: S

class RegistryCredential(TypedDict, total=False):
    Credential: S
    CredentialProvider: S

class DockerServerStatus(TypedDict, total=False):
    Status: S
    Message: S

class DockerServer(TypedDict, total=False):
    ComputeType: S
    SecurityGroupIds: L[Si]
    Status: X[DockerServerStatus]

class ProjectEnvironment(TypedDict, total=False):
    Type: S
    Image: S
    ComputeType: S
    ComputeConfiguration: X[ComputeConfiguration]
    Fleet: X[ProjectFleet]
    EnvironmentVariables: L[Xi[EnvironmentVariable]]
    PrivilegedMode: B
    Certificate: S
    RegistryCredential: X[RegistryCredential]
    ImagePullCredentialsType: S
    DockerServer: X[DockerServer]
    HostKernel: S

class CloudWatchLogsConfig(TypedDict, total=False):
    Status: S
    GroupName: S
    StreamName: S

class S3LogsConfig(TypedDict, total=False):
    Status: S
    Location: S
    EncryptionDisabled: B
    BucketOwnerAccess: S

class LogsConfig(TypedDict, total=False):
    CloudWatchLogs: X[CloudWatchLogsConfig]
    S3Logs: X[S3LogsConfig]

class ProjectFileSystemLocation(TypedDict, total=False):
    Type: S
    Location: S
    MountPoint: S
    Identifier: S
    MountOptions: S

class BatchRestrictions(TypedDict, total=False):
    MaximumBuildsAllowed: I
    ComputeTypesAllowed: L[Si]
    FleetsAllowed: L[Si]

class ProjectBuildBatchConfig(TypedDict, total=False):
    ServiceRole: S
    CombineArtifacts: B
    Restrictions: X[BatchRestrictions]
    TimeoutInMins: I
    BatchReportMode: S

CreateProjectParameters = TypedDict(
    "CreateProjectParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Source": X[ProjectSource],
        "Source.$": str,
        "SecondarySources": L[Xi[ProjectSource]],
        "SecondarySources.$": str,
        "SourceVersion": S,
        "SourceVersion.$": str,
        "SecondarySourceVersions": L[Xi[ProjectSourceVersion]],
        "SecondarySourceVersions.$": str,
        "Artifacts": X[ProjectArtifacts],
        "Artifacts.$": str,
        "SecondaryArtifacts": L[Xi[ProjectArtifacts]],
        "SecondaryArtifacts.$": str,
        "Cache": X[ProjectCache],
        "Cache.$": str,
        "Environment": X[ProjectEnvironment],
        "Environment.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "TimeoutInMinutes": I,
        "TimeoutInMinutes.$": str,
        "QueuedTimeoutInMinutes": I,
        "QueuedTimeoutInMinutes.$": str,
        "EncryptionKey": S,
        "EncryptionKey.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "BadgeEnabled": B,
        "BadgeEnabled.$": str,
        "LogsConfig": X[LogsConfig],
        "LogsConfig.$": str,
        "FileSystemLocations": L[Xi[ProjectFileSystemLocation]],
        "FileSystemLocations.$": str,
        "BuildBatchConfig": X[ProjectBuildBatchConfig],
        "BuildBatchConfig.$": str,
        "ConcurrentBuildLimit": I,
        "ConcurrentBuildLimit.$": str,
        "AutoRetryLimit": I,
        "AutoRetryLimit.$": str,
    },
    total=False,
)

class S3ReportExportConfig(TypedDict, total=False):
    Bucket: S
    BucketOwner: S
    Path: S
    Packaging: S
    EncryptionKey: S
    EncryptionDisabled: B

class ReportExportConfig(TypedDict, total=False):
    ExportConfigType: S
    S3Destination: X[S3ReportExportConfig]

CreateReportGroupParameters = TypedDict(
    "CreateReportGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "ExportConfig": X[ReportExportConfig],
        "ExportConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class WebhookFilter(TypedDict, total=False):
    Type: S
    Pattern: S
    ExcludeMatchedPattern: B

class ScopeConfiguration(TypedDict, total=False):
    Name: S
    Domain: S
    Scope: S

class PullRequestBuildPolicy(TypedDict, total=False):
    RequiresCommentApproval: S
    ApproverRoles: L[Si]

CreateWebhookParameters = TypedDict(
    "CreateWebhookParameters",
    {
        "ProjectName": S,
        "ProjectName.$": str,
        "BranchFilter": S,
        "BranchFilter.$": str,
        "FilterGroups": L[Li[Xi[WebhookFilter]]],
        "FilterGroups.$": str,
        "BuildType": S,
        "BuildType.$": str,
        "ManualCreation": B,
        "ManualCreation.$": str,
        "ScopeConfiguration": X[ScopeConfiguration],
        "ScopeConfiguration.$": str,
        "PullRequestBuildPolicy": X[PullRequestBuildPolicy],
        "PullRequestBuildPolicy.$": str,
    },
    total=False,
)
DeleteBuildBatchParameters = TypedDict(
    "DeleteBuildBatchParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteFleetParameters = TypedDict("DeleteFleetParameters", {"Arn": S, "Arn.$": str}, total=False)
DeleteProjectParameters = TypedDict(
    "DeleteProjectParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteReportParameters = TypedDict("DeleteReportParameters", {"Arn": S, "Arn.$": str}, total=False)
DeleteReportGroupParameters = TypedDict(
    "DeleteReportGroupParameters",
    {"Arn": S, "Arn.$": str, "DeleteReports": B, "DeleteReports.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
DeleteSourceCredentialsParameters = TypedDict(
    "DeleteSourceCredentialsParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteWebhookParameters = TypedDict(
    "DeleteWebhookParameters", {"ProjectName": S, "ProjectName.$": str}, total=False
)
DescribeCodeCoveragesParameters = TypedDict(
    "DescribeCodeCoveragesParameters",
    {
        "ReportArn": S,
        "ReportArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "MinLineCoveragePercentage": F,
        "MinLineCoveragePercentage.$": str,
        "MaxLineCoveragePercentage": F,
        "MaxLineCoveragePercentage.$": str,
    },
    total=False,
)

class TestCaseFilter(TypedDict, total=False):
    Status: S
    Keyword: S

DescribeTestCasesParameters = TypedDict(
    "DescribeTestCasesParameters",
    {
        "ReportArn": S,
        "ReportArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[TestCaseFilter],
        "Filter.$": str,
    },
    total=False,
)
GetReportGroupTrendParameters = TypedDict(
    "GetReportGroupTrendParameters",
    {
        "ReportGroupArn": S,
        "ReportGroupArn.$": str,
        "NumOfReports": I,
        "NumOfReports.$": str,
        "TrendField": S,
        "TrendField.$": str,
    },
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ImportSourceCredentialsParameters = TypedDict(
    "ImportSourceCredentialsParameters",
    {
        "Username": S,
        "Username.$": str,
        "Token": S,
        "Token.$": str,
        "ServerType": S,
        "ServerType.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "ShouldOverwrite": B,
        "ShouldOverwrite.$": str,
    },
    total=False,
)
InvalidateProjectCacheParameters = TypedDict(
    "InvalidateProjectCacheParameters", {"ProjectName": S, "ProjectName.$": str}, total=False
)

class BuildBatchFilter(TypedDict, total=False):
    Status: S

ListBuildBatchesParameters = TypedDict(
    "ListBuildBatchesParameters",
    {
        "Filter": X[BuildBatchFilter],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBuildBatchesForProjectParameters = TypedDict(
    "ListBuildBatchesForProjectParameters",
    {
        "ProjectName": S,
        "ProjectName.$": str,
        "Filter": X[BuildBatchFilter],
        "Filter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBuildsParameters = TypedDict(
    "ListBuildsParameters",
    {"SortOrder": S, "SortOrder.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListBuildsForProjectParameters = TypedDict(
    "ListBuildsForProjectParameters",
    {
        "ProjectName": S,
        "ProjectName.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCommandExecutionsForSandboxParameters = TypedDict(
    "ListCommandExecutionsForSandboxParameters",
    {
        "SandboxId": S,
        "SandboxId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListCuratedEnvironmentImagesParameters(TypedDict, total=False): ...

ListFleetsParameters = TypedDict(
    "ListFleetsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
    },
    total=False,
)
ListProjectsParameters = TypedDict(
    "ListProjectsParameters",
    {
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListReportGroupsParameters = TypedDict(
    "ListReportGroupsParameters",
    {
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ReportFilter(TypedDict, total=False):
    Status: S

ListReportsParameters = TypedDict(
    "ListReportsParameters",
    {
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[ReportFilter],
        "Filter.$": str,
    },
    total=False,
)
ListReportsForReportGroupParameters = TypedDict(
    "ListReportsForReportGroupParameters",
    {
        "ReportGroupArn": S,
        "ReportGroupArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[ReportFilter],
        "Filter.$": str,
    },
    total=False,
)
ListSandboxesParameters = TypedDict(
    "ListSandboxesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSandboxesForProjectParameters = TypedDict(
    "ListSandboxesForProjectParameters",
    {
        "ProjectName": S,
        "ProjectName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSharedProjectsParameters = TypedDict(
    "ListSharedProjectsParameters",
    {
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSharedReportGroupsParameters = TypedDict(
    "ListSharedReportGroupsParameters",
    {
        "SortOrder": S,
        "SortOrder.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListSourceCredentialsParameters(TypedDict, total=False): ...

PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {"Policy": S, "Policy.$": str, "ResourceArn": S, "ResourceArn.$": str},
    total=False,
)
RetryBuildParameters = TypedDict(
    "RetryBuildParameters",
    {"Id": S, "Id.$": str, "IdempotencyToken": S, "IdempotencyToken.$": str},
    total=False,
)
RetryBuildBatchParameters = TypedDict(
    "RetryBuildBatchParameters",
    {
        "Id": S,
        "Id.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "RetryType": S,
        "RetryType.$": str,
    },
    total=False,
)
StartBuildParameters = TypedDict(
    "StartBuildParameters",
    {
        "ProjectName": S,
        "ProjectName.$": str,
        "SecondarySourcesOverride": L[Xi[ProjectSource]],
        "SecondarySourcesOverride.$": str,
        "SecondarySourcesVersionOverride": L[Xi[ProjectSourceVersion]],
        "SecondarySourcesVersionOverride.$": str,
        "SourceVersion": S,
        "SourceVersion.$": str,
        "ArtifactsOverride": X[ProjectArtifacts],
        "ArtifactsOverride.$": str,
        "SecondaryArtifactsOverride": L[Xi[ProjectArtifacts]],
        "SecondaryArtifactsOverride.$": str,
        "EnvironmentVariablesOverride": L[Xi[EnvironmentVariable]],
        "EnvironmentVariablesOverride.$": str,
        "SourceTypeOverride": S,
        "SourceTypeOverride.$": str,
        "SourceLocationOverride": S,
        "SourceLocationOverride.$": str,
        "SourceAuthOverride": X[SourceAuth],
        "SourceAuthOverride.$": str,
        "GitCloneDepthOverride": I,
        "GitCloneDepthOverride.$": str,
        "GitSubmodulesConfigOverride": X[GitSubmodulesConfig],
        "GitSubmodulesConfigOverride.$": str,
        "BuildspecOverride": S,
        "BuildspecOverride.$": str,
        "InsecureSslOverride": B,
        "InsecureSslOverride.$": str,
        "ReportBuildStatusOverride": B,
        "ReportBuildStatusOverride.$": str,
        "BuildStatusConfigOverride": X[BuildStatusConfig],
        "BuildStatusConfigOverride.$": str,
        "EnvironmentTypeOverride": S,
        "EnvironmentTypeOverride.$": str,
        "ImageOverride": S,
        "ImageOverride.$": str,
        "ComputeTypeOverride": S,
        "ComputeTypeOverride.$": str,
        "CertificateOverride": S,
        "CertificateOverride.$": str,
        "CacheOverride": X[ProjectCache],
        "CacheOverride.$": str,
        "ServiceRoleOverride": S,
        "ServiceRoleOverride.$": str,
        "PrivilegedModeOverride": B,
        "PrivilegedModeOverride.$": str,
        "TimeoutInMinutesOverride": I,
        "TimeoutInMinutesOverride.$": str,
        "QueuedTimeoutInMinutesOverride": I,
        "QueuedTimeoutInMinutesOverride.$": str,
        "EncryptionKeyOverride": S,
        "EncryptionKeyOverride.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "LogsConfigOverride": X[LogsConfig],
        "LogsConfigOverride.$": str,
        "RegistryCredentialOverride": X[RegistryCredential],
        "RegistryCredentialOverride.$": str,
        "ImagePullCredentialsTypeOverride": S,
        "ImagePullCredentialsTypeOverride.$": str,
        "DebugSessionEnabled": B,
        "DebugSessionEnabled.$": str,
        "FleetOverride": X[ProjectFleet],
        "FleetOverride.$": str,
        "AutoRetryLimitOverride": I,
        "AutoRetryLimitOverride.$": str,
        "HostKernelOverride": S,
        "HostKernelOverride.$": str,
    },
    total=False,
)
StartBuildBatchParameters = TypedDict(
    "StartBuildBatchParameters",
    {
        "ProjectName": S,
        "ProjectName.$": str,
        "SecondarySourcesOverride": L[Xi[ProjectSource]],
        "SecondarySourcesOverride.$": str,
        "SecondarySourcesVersionOverride": L[Xi[ProjectSourceVersion]],
        "SecondarySourcesVersionOverride.$": str,
        "SourceVersion": S,
        "SourceVersion.$": str,
        "ArtifactsOverride": X[ProjectArtifacts],
        "ArtifactsOverride.$": str,
        "SecondaryArtifactsOverride": L[Xi[ProjectArtifacts]],
        "SecondaryArtifactsOverride.$": str,
        "EnvironmentVariablesOverride": L[Xi[EnvironmentVariable]],
        "EnvironmentVariablesOverride.$": str,
        "SourceTypeOverride": S,
        "SourceTypeOverride.$": str,
        "SourceLocationOverride": S,
        "SourceLocationOverride.$": str,
        "SourceAuthOverride": X[SourceAuth],
        "SourceAuthOverride.$": str,
        "GitCloneDepthOverride": I,
        "GitCloneDepthOverride.$": str,
        "GitSubmodulesConfigOverride": X[GitSubmodulesConfig],
        "GitSubmodulesConfigOverride.$": str,
        "BuildspecOverride": S,
        "BuildspecOverride.$": str,
        "InsecureSslOverride": B,
        "InsecureSslOverride.$": str,
        "ReportBuildBatchStatusOverride": B,
        "ReportBuildBatchStatusOverride.$": str,
        "EnvironmentTypeOverride": S,
        "EnvironmentTypeOverride.$": str,
        "ImageOverride": S,
        "ImageOverride.$": str,
        "ComputeTypeOverride": S,
        "ComputeTypeOverride.$": str,
        "CertificateOverride": S,
        "CertificateOverride.$": str,
        "CacheOverride": X[ProjectCache],
        "CacheOverride.$": str,
        "ServiceRoleOverride": S,
        "ServiceRoleOverride.$": str,
        "PrivilegedModeOverride": B,
        "PrivilegedModeOverride.$": str,
        "BuildTimeoutInMinutesOverride": I,
        "BuildTimeoutInMinutesOverride.$": str,
        "QueuedTimeoutInMinutesOverride": I,
        "QueuedTimeoutInMinutesOverride.$": str,
        "EncryptionKeyOverride": S,
        "EncryptionKeyOverride.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
        "LogsConfigOverride": X[LogsConfig],
        "LogsConfigOverride.$": str,
        "RegistryCredentialOverride": X[RegistryCredential],
        "RegistryCredentialOverride.$": str,
        "ImagePullCredentialsTypeOverride": S,
        "ImagePullCredentialsTypeOverride.$": str,
        "BuildBatchConfigOverride": X[ProjectBuildBatchConfig],
        "BuildBatchConfigOverride.$": str,
        "DebugSessionEnabled": B,
        "DebugSessionEnabled.$": str,
    },
    total=False,
)
StartCommandExecutionParameters = TypedDict(
    "StartCommandExecutionParameters",
    {"SandboxId": S, "SandboxId.$": str, "Command": S, "Command.$": str, "Type": S, "Type.$": str},
    total=False,
)
StartSandboxParameters = TypedDict(
    "StartSandboxParameters",
    {"ProjectName": S, "ProjectName.$": str, "IdempotencyToken": S, "IdempotencyToken.$": str},
    total=False,
)
StartSandboxConnectionParameters = TypedDict(
    "StartSandboxConnectionParameters", {"SandboxId": S, "SandboxId.$": str}, total=False
)
StopBuildParameters = TypedDict("StopBuildParameters", {"Id": S, "Id.$": str}, total=False)
StopBuildBatchParameters = TypedDict(
    "StopBuildBatchParameters", {"Id": S, "Id.$": str}, total=False
)
StopSandboxParameters = TypedDict("StopSandboxParameters", {"Id": S, "Id.$": str}, total=False)
UpdateFleetParameters = TypedDict(
    "UpdateFleetParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "BaseCapacity": I,
        "BaseCapacity.$": str,
        "EnvironmentType": S,
        "EnvironmentType.$": str,
        "ComputeType": S,
        "ComputeType.$": str,
        "ComputeConfiguration": X[ComputeConfiguration],
        "ComputeConfiguration.$": str,
        "ScalingConfiguration": X[ScalingConfigurationInput],
        "ScalingConfiguration.$": str,
        "OverflowBehavior": S,
        "OverflowBehavior.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "ProxyConfiguration": X[ProxyConfiguration],
        "ProxyConfiguration.$": str,
        "ImageId": S,
        "ImageId.$": str,
        "FleetServiceRole": S,
        "FleetServiceRole.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UpdateProjectParameters = TypedDict(
    "UpdateProjectParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Source": X[ProjectSource],
        "Source.$": str,
        "SecondarySources": L[Xi[ProjectSource]],
        "SecondarySources.$": str,
        "SourceVersion": S,
        "SourceVersion.$": str,
        "SecondarySourceVersions": L[Xi[ProjectSourceVersion]],
        "SecondarySourceVersions.$": str,
        "Artifacts": X[ProjectArtifacts],
        "Artifacts.$": str,
        "SecondaryArtifacts": L[Xi[ProjectArtifacts]],
        "SecondaryArtifacts.$": str,
        "Cache": X[ProjectCache],
        "Cache.$": str,
        "Environment": X[ProjectEnvironment],
        "Environment.$": str,
        "ServiceRole": S,
        "ServiceRole.$": str,
        "TimeoutInMinutes": I,
        "TimeoutInMinutes.$": str,
        "QueuedTimeoutInMinutes": I,
        "QueuedTimeoutInMinutes.$": str,
        "EncryptionKey": S,
        "EncryptionKey.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "BadgeEnabled": B,
        "BadgeEnabled.$": str,
        "LogsConfig": X[LogsConfig],
        "LogsConfig.$": str,
        "FileSystemLocations": L[Xi[ProjectFileSystemLocation]],
        "FileSystemLocations.$": str,
        "BuildBatchConfig": X[ProjectBuildBatchConfig],
        "BuildBatchConfig.$": str,
        "ConcurrentBuildLimit": I,
        "ConcurrentBuildLimit.$": str,
        "AutoRetryLimit": I,
        "AutoRetryLimit.$": str,
    },
    total=False,
)
UpdateProjectVisibilityParameters = TypedDict(
    "UpdateProjectVisibilityParameters",
    {
        "ProjectArn": S,
        "ProjectArn.$": str,
        "ProjectVisibility": S,
        "ProjectVisibility.$": str,
        "ResourceAccessRole": S,
        "ResourceAccessRole.$": str,
    },
    total=False,
)
UpdateReportGroupParameters = TypedDict(
    "UpdateReportGroupParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "ExportConfig": X[ReportExportConfig],
        "ExportConfig.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UpdateWebhookParameters = TypedDict(
    "UpdateWebhookParameters",
    {
        "ProjectName": S,
        "ProjectName.$": str,
        "BranchFilter": S,
        "BranchFilter.$": str,
        "RotateSecret": B,
        "RotateSecret.$": str,
        "FilterGroups": L[Li[Xi[WebhookFilter]]],
        "FilterGroups.$": str,
        "BuildType": S,
        "BuildType.$": str,
        "PullRequestBuildPolicy": X[PullRequestBuildPolicy],
        "PullRequestBuildPolicy.$": str,
    },
    total=False,
)
batch_delete_builds: Builder[BatchDeleteBuildsParameters]
batch_get_build_batches: Builder[BatchGetBuildBatchesParameters]
batch_get_builds: Builder[BatchGetBuildsParameters]
batch_get_command_executions: Builder[BatchGetCommandExecutionsParameters]
batch_get_fleets: Builder[BatchGetFleetsParameters]
batch_get_projects: Builder[BatchGetProjectsParameters]
batch_get_report_groups: Builder[BatchGetReportGroupsParameters]
batch_get_reports: Builder[BatchGetReportsParameters]
batch_get_sandboxes: Builder[BatchGetSandboxesParameters]
create_fleet: Builder[CreateFleetParameters]
create_project: Builder[CreateProjectParameters]
create_report_group: Builder[CreateReportGroupParameters]
create_webhook: Builder[CreateWebhookParameters]
delete_build_batch: Builder[DeleteBuildBatchParameters]
delete_fleet: Builder[DeleteFleetParameters]
delete_project: Builder[DeleteProjectParameters]
delete_report: Builder[DeleteReportParameters]
delete_report_group: Builder[DeleteReportGroupParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_source_credentials: Builder[DeleteSourceCredentialsParameters]
delete_webhook: Builder[DeleteWebhookParameters]
describe_code_coverages: Builder[DescribeCodeCoveragesParameters]
describe_test_cases: Builder[DescribeTestCasesParameters]
get_report_group_trend: Builder[GetReportGroupTrendParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
import_source_credentials: Builder[ImportSourceCredentialsParameters]
invalidate_project_cache: Builder[InvalidateProjectCacheParameters]
list_build_batches: Builder[ListBuildBatchesParameters]
list_build_batches_for_project: Builder[ListBuildBatchesForProjectParameters]
list_builds: Builder[ListBuildsParameters]
list_builds_for_project: Builder[ListBuildsForProjectParameters]
list_command_executions_for_sandbox: Builder[ListCommandExecutionsForSandboxParameters]
list_curated_environment_images: Builder[ListCuratedEnvironmentImagesParameters]
list_fleets: Builder[ListFleetsParameters]
list_projects: Builder[ListProjectsParameters]
list_report_groups: Builder[ListReportGroupsParameters]
list_reports: Builder[ListReportsParameters]
list_reports_for_report_group: Builder[ListReportsForReportGroupParameters]
list_sandboxes: Builder[ListSandboxesParameters]
list_sandboxes_for_project: Builder[ListSandboxesForProjectParameters]
list_shared_projects: Builder[ListSharedProjectsParameters]
list_shared_report_groups: Builder[ListSharedReportGroupsParameters]
list_source_credentials: Builder[ListSourceCredentialsParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
retry_build: Builder[RetryBuildParameters]
retry_build_batch: Builder[RetryBuildBatchParameters]
start_build: Builder[StartBuildParameters]
start_build_batch: Builder[StartBuildBatchParameters]
start_command_execution: Builder[StartCommandExecutionParameters]
start_sandbox: Builder[StartSandboxParameters]
start_sandbox_connection: Builder[StartSandboxConnectionParameters]
stop_build: Builder[StopBuildParameters]
stop_build_batch: Builder[StopBuildBatchParameters]
stop_sandbox: Builder[StopSandboxParameters]
update_fleet: Builder[UpdateFleetParameters]
update_project: Builder[UpdateProjectParameters]
update_project_visibility: Builder[UpdateProjectVisibilityParameters]
update_report_group: Builder[UpdateReportGroupParameters]
update_webhook: Builder[UpdateWebhookParameters]

__all__ = [
    "batch_delete_builds",
    "batch_get_build_batches",
    "batch_get_builds",
    "batch_get_command_executions",
    "batch_get_fleets",
    "batch_get_projects",
    "batch_get_report_groups",
    "batch_get_reports",
    "batch_get_sandboxes",
    "create_fleet",
    "create_project",
    "create_report_group",
    "create_webhook",
    "delete_build_batch",
    "delete_fleet",
    "delete_project",
    "delete_report",
    "delete_report_group",
    "delete_resource_policy",
    "delete_source_credentials",
    "delete_webhook",
    "describe_code_coverages",
    "describe_test_cases",
    "get_report_group_trend",
    "get_resource_policy",
    "import_source_credentials",
    "invalidate_project_cache",
    "list_build_batches",
    "list_build_batches_for_project",
    "list_builds",
    "list_builds_for_project",
    "list_command_executions_for_sandbox",
    "list_curated_environment_images",
    "list_fleets",
    "list_projects",
    "list_report_groups",
    "list_reports",
    "list_reports_for_report_group",
    "list_sandboxes",
    "list_sandboxes_for_project",
    "list_shared_projects",
    "list_shared_report_groups",
    "list_source_credentials",
    "put_resource_policy",
    "retry_build",
    "retry_build_batch",
    "start_build",
    "start_build_batch",
    "start_command_execution",
    "start_sandbox",
    "start_sandbox_connection",
    "stop_build",
    "stop_build_batch",
    "stop_sandbox",
    "update_fleet",
    "update_project",
    "update_project_visibility",
    "update_report_group",
    "update_webhook",
]
