"""Typed builders of the AWS SDK integration of emrcontainers (``aws-sdk:emrcontainers:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

CancelJobRunParameters = TypedDict(
    "CancelJobRunParameters",
    {"Id": S, "Id.$": str, "VirtualClusterId": S, "VirtualClusterId.$": str},
    total=False,
)

class Configuration(TypedDict, total=False):
    Classification: S
    Properties: M[S]
    Configurations: L[Xi[Configuration]]

class ParametricCloudWatchMonitoringConfiguration(TypedDict, total=False):
    LogGroupName: S
    LogStreamNamePrefix: S

class ParametricS3MonitoringConfiguration(TypedDict, total=False):
    LogUri: S

class ParametricMonitoringConfiguration(TypedDict, total=False):
    PersistentAppUI: S
    CloudWatchMonitoringConfiguration: X[ParametricCloudWatchMonitoringConfiguration]
    S3MonitoringConfiguration: X[ParametricS3MonitoringConfiguration]

class ParametricConfigurationOverrides(TypedDict, total=False):
    ApplicationConfiguration: L[Xi[Configuration]]
    MonitoringConfiguration: X[ParametricMonitoringConfiguration]

class SparkSubmitJobDriver(TypedDict, total=False):
    EntryPoint: S
    EntryPointArguments: L[Si]
    SparkSubmitParameters: S

class SparkSqlJobDriver(TypedDict, total=False):
    EntryPoint: S
    SparkSqlParameters: S

class JobDriver(TypedDict, total=False):
    SparkSubmitJobDriver: X[SparkSubmitJobDriver]
    SparkSqlJobDriver: X[SparkSqlJobDriver]

class TemplateParameterConfiguration(TypedDict, total=False):
    Type: S
    DefaultValue: S

class JobTemplateData(TypedDict, total=False):
    ExecutionRoleArn: S
    ReleaseLabel: S
    ConfigurationOverrides: X[ParametricConfigurationOverrides]
    JobDriver: X[JobDriver]
    ParameterConfiguration: M[X[TemplateParameterConfiguration]]
    JobTags: M[S]

CreateJobTemplateParameters = TypedDict(
    "CreateJobTemplateParameters",
    {
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "JobTemplateData": X[JobTemplateData],
        "JobTemplateData.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
    },
    total=False,
)

class ManagedLogs(TypedDict, total=False):
    AllowAWSToRetainLogs: S
    EncryptionKeyArn: S

class CloudWatchMonitoringConfiguration(TypedDict, total=False):
    LogGroupName: S
    LogStreamNamePrefix: S

class S3MonitoringConfiguration(TypedDict, total=False):
    LogUri: S
    EncryptionKeyArn: S

class ContainerLogRotationConfiguration(TypedDict, total=False):
    RotationSize: S
    MaxFilesToKeep: I

class MonitoringConfiguration(TypedDict, total=False):
    ManagedLogs: X[ManagedLogs]
    PersistentAppUI: S
    CloudWatchMonitoringConfiguration: X[CloudWatchMonitoringConfiguration]
    S3MonitoringConfiguration: X[S3MonitoringConfiguration]
    ContainerLogRotationConfiguration: X[ContainerLogRotationConfiguration]

class ConfigurationOverrides(TypedDict, total=False):
    ApplicationConfiguration: L[Xi[Configuration]]
    MonitoringConfiguration: X[MonitoringConfiguration]

CreateManagedEndpointParameters = TypedDict(
    "CreateManagedEndpointParameters",
    {
        "Name": S,
        "Name.$": str,
        "VirtualClusterId": S,
        "VirtualClusterId.$": str,
        "Type": S,
        "Type.$": str,
        "ReleaseLabel": S,
        "ReleaseLabel.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "CertificateArn": S,
        "CertificateArn.$": str,
        "ConfigurationOverrides": X[ConfigurationOverrides],
        "ConfigurationOverrides.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "SessionIdleTimeoutInMinutes": I,
        "SessionIdleTimeoutInMinutes.$": str,
    },
    total=False,
)

class EksInfo(TypedDict, total=False):
    Namespace: S
    NodeLabel: S

class ContainerInfo(TypedDict, total=False):
    EksInfo: X[EksInfo]

class ContainerProvider(TypedDict, total=False):
    Type: S
    Id: S
    Info: X[ContainerInfo]

class SecureNamespaceInfo(TypedDict, total=False):
    ClusterId: S
    Namespace: S

class LakeFormationConfiguration(TypedDict, total=False):
    AuthorizedSessionTagValue: S
    SecureNamespaceInfo: X[SecureNamespaceInfo]
    QueryEngineRoleArn: S

class TLSCertificateConfiguration(TypedDict, total=False):
    CertificateProviderType: S
    PublicCertificateSecretArn: S
    PrivateCertificateSecretArn: S

class InTransitEncryptionConfiguration(TypedDict, total=False):
    TlsCertificateConfiguration: X[TLSCertificateConfiguration]

class EncryptionConfiguration(TypedDict, total=False):
    InTransitEncryptionConfiguration: X[InTransitEncryptionConfiguration]

class AuthorizationConfiguration(TypedDict, total=False):
    LakeFormationConfiguration: X[LakeFormationConfiguration]
    EncryptionConfiguration: X[EncryptionConfiguration]

class IdentityCenterConfiguration(TypedDict, total=False):
    EnableIdentityCenter: B
    IdentityCenterApplicationAssignmentRequired: B
    IdentityCenterInstanceARN: S
    EmrIdentityCenterApplicationARN: S

class IAMConfiguration(TypedDict, total=False):
    SystemRole: S

class AuthenticationConfiguration(TypedDict, total=False):
    IdentityCenterConfiguration: X[IdentityCenterConfiguration]
    IamConfiguration: X[IAMConfiguration]

class SecurityConfigurationData(TypedDict, total=False):
    AuthorizationConfiguration: X[AuthorizationConfiguration]
    AuthenticationConfiguration: X[AuthenticationConfiguration]

CreateSecurityConfigurationParameters = TypedDict(
    "CreateSecurityConfigurationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "ContainerProvider": X[ContainerProvider],
        "ContainerProvider.$": str,
        "SecurityConfigurationData": X[SecurityConfigurationData],
        "SecurityConfigurationData.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class SchedulerConfiguration(TypedDict, total=False):
    MaxInQueueJobRuns: I
    MaxConcurrentJobRuns: I

CreateVirtualClusterParameters = TypedDict(
    "CreateVirtualClusterParameters",
    {
        "Name": S,
        "Name.$": str,
        "ContainerProvider": X[ContainerProvider],
        "ContainerProvider.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "SecurityConfigurationId": S,
        "SecurityConfigurationId.$": str,
        "SessionEnabled": B,
        "SessionEnabled.$": str,
        "SchedulerConfiguration": X[SchedulerConfiguration],
        "SchedulerConfiguration.$": str,
    },
    total=False,
)
DeleteJobTemplateParameters = TypedDict(
    "DeleteJobTemplateParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteManagedEndpointParameters = TypedDict(
    "DeleteManagedEndpointParameters",
    {"Id": S, "Id.$": str, "VirtualClusterId": S, "VirtualClusterId.$": str},
    total=False,
)
DeleteSecurityConfigurationParameters = TypedDict(
    "DeleteSecurityConfigurationParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteVirtualClusterParameters = TypedDict(
    "DeleteVirtualClusterParameters", {"Id": S, "Id.$": str}, total=False
)
DescribeJobRunParameters = TypedDict(
    "DescribeJobRunParameters",
    {"Id": S, "Id.$": str, "VirtualClusterId": S, "VirtualClusterId.$": str},
    total=False,
)
DescribeJobTemplateParameters = TypedDict(
    "DescribeJobTemplateParameters", {"Id": S, "Id.$": str}, total=False
)
DescribeManagedEndpointParameters = TypedDict(
    "DescribeManagedEndpointParameters",
    {"Id": S, "Id.$": str, "VirtualClusterId": S, "VirtualClusterId.$": str},
    total=False,
)
DescribeSecurityConfigurationParameters = TypedDict(
    "DescribeSecurityConfigurationParameters", {"Id": S, "Id.$": str}, total=False
)
DescribeVirtualClusterParameters = TypedDict(
    "DescribeVirtualClusterParameters", {"Id": S, "Id.$": str}, total=False
)
GetManagedEndpointSessionCredentialsParameters = TypedDict(
    "GetManagedEndpointSessionCredentialsParameters",
    {
        "EndpointIdentifier": S,
        "EndpointIdentifier.$": str,
        "VirtualClusterIdentifier": S,
        "VirtualClusterIdentifier.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "CredentialType": S,
        "CredentialType.$": str,
        "DurationInSeconds": I,
        "DurationInSeconds.$": str,
        "LogContext": S,
        "LogContext.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
ListJobRunsParameters = TypedDict(
    "ListJobRunsParameters",
    {
        "VirtualClusterId": S,
        "VirtualClusterId.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "Name": S,
        "Name.$": str,
        "States": L[Si],
        "States.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListJobTemplatesParameters = TypedDict(
    "ListJobTemplatesParameters",
    {
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListManagedEndpointsParameters = TypedDict(
    "ListManagedEndpointsParameters",
    {
        "VirtualClusterId": S,
        "VirtualClusterId.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "Types": L[Si],
        "Types.$": str,
        "States": L[Si],
        "States.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSecurityConfigurationsParameters = TypedDict(
    "ListSecurityConfigurationsParameters",
    {
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
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
ListVirtualClustersParameters = TypedDict(
    "ListVirtualClustersParameters",
    {
        "ContainerProviderId": S,
        "ContainerProviderId.$": str,
        "ContainerProviderType": S,
        "ContainerProviderType.$": str,
        "CreatedAfter": T,
        "CreatedAfter.$": str,
        "CreatedBefore": T,
        "CreatedBefore.$": str,
        "States": L[Si],
        "States.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "EksAccessEntryIntegrated": B,
        "EksAccessEntryIntegrated.$": str,
    },
    total=False,
)

class RetryPolicyConfiguration(TypedDict, total=False):
    MaxAttempts: I

StartJobRunParameters = TypedDict(
    "StartJobRunParameters",
    {
        "Name": S,
        "Name.$": str,
        "VirtualClusterId": S,
        "VirtualClusterId.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "ReleaseLabel": S,
        "ReleaseLabel.$": str,
        "JobDriver": X[JobDriver],
        "JobDriver.$": str,
        "ConfigurationOverrides": X[ConfigurationOverrides],
        "ConfigurationOverrides.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "JobTemplateId": S,
        "JobTemplateId.$": str,
        "JobTemplateParameters": M[S],
        "JobTemplateParameters.$": str,
        "RetryPolicyConfiguration": X[RetryPolicyConfiguration],
        "RetryPolicyConfiguration.$": str,
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
UpdateVirtualClusterParameters = TypedDict(
    "UpdateVirtualClusterParameters",
    {
        "Id": S,
        "Id.$": str,
        "SchedulerConfiguration": X[SchedulerConfiguration],
        "SchedulerConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
cancel_job_run: Builder[CancelJobRunParameters]
create_job_template: Builder[CreateJobTemplateParameters]
create_managed_endpoint: Builder[CreateManagedEndpointParameters]
create_security_configuration: Builder[CreateSecurityConfigurationParameters]
create_virtual_cluster: Builder[CreateVirtualClusterParameters]
delete_job_template: Builder[DeleteJobTemplateParameters]
delete_managed_endpoint: Builder[DeleteManagedEndpointParameters]
delete_security_configuration: Builder[DeleteSecurityConfigurationParameters]
delete_virtual_cluster: Builder[DeleteVirtualClusterParameters]
describe_job_run: Builder[DescribeJobRunParameters]
describe_job_template: Builder[DescribeJobTemplateParameters]
describe_managed_endpoint: Builder[DescribeManagedEndpointParameters]
describe_security_configuration: Builder[DescribeSecurityConfigurationParameters]
describe_virtual_cluster: Builder[DescribeVirtualClusterParameters]
get_managed_endpoint_session_credentials: Builder[GetManagedEndpointSessionCredentialsParameters]
list_job_runs: Builder[ListJobRunsParameters]
list_job_templates: Builder[ListJobTemplatesParameters]
list_managed_endpoints: Builder[ListManagedEndpointsParameters]
list_security_configurations: Builder[ListSecurityConfigurationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_virtual_clusters: Builder[ListVirtualClustersParameters]
start_job_run: Builder[StartJobRunParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_virtual_cluster: Builder[UpdateVirtualClusterParameters]

__all__ = [
    "cancel_job_run",
    "create_job_template",
    "create_managed_endpoint",
    "create_security_configuration",
    "create_virtual_cluster",
    "delete_job_template",
    "delete_managed_endpoint",
    "delete_security_configuration",
    "delete_virtual_cluster",
    "describe_job_run",
    "describe_job_template",
    "describe_managed_endpoint",
    "describe_security_configuration",
    "describe_virtual_cluster",
    "get_managed_endpoint_session_credentials",
    "list_job_runs",
    "list_job_templates",
    "list_managed_endpoints",
    "list_security_configurations",
    "list_tags_for_resource",
    "list_virtual_clusters",
    "start_job_run",
    "tag_resource",
    "untag_resource",
    "update_virtual_cluster",
]
