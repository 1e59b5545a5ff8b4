"""Typed builders of the AWS SDK integration of datasync (``aws-sdk:datasync:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

CancelTaskExecutionParameters = TypedDict(
    "CancelTaskExecutionParameters", {"TaskExecutionArn": S, "TaskExecutionArn.$": str}, total=False
)

class TagListEntry(TypedDict, total=False):
    Key: S
    Value: S

CreateAgentParameters = TypedDict(
    "CreateAgentParameters",
    {
        "ActivationKey": S,
        "ActivationKey.$": str,
        "AgentName": S,
        "AgentName.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
        "VpcEndpointId": S,
        "VpcEndpointId.$": str,
        "SubnetArns": L[Si],
        "SubnetArns.$": str,
        "SecurityGroupArns": L[Si],
        "SecurityGroupArns.$": str,
    },
    total=False,
)

class AzureBlobSasConfiguration(TypedDict, total=False):
    Token: S

class AzureOidcConfig(TypedDict, total=False):
    TenantId: S
    ClientId: S

class AzureFederatedIdentityConfig(TypedDict, total=False):
    AwsIamRole: S
    AzureOidc: X[AzureOidcConfig]

class CmkSecretConfig(TypedDict, total=False):
    SecretArn: S
    KmsKeyArn: S

class CustomSecretConfig(TypedDict, total=False):
    SecretArn: S
    SecretAccessRoleArn: S

CreateLocationAzureBlobParameters = TypedDict(
    "CreateLocationAzureBlobParameters",
    {
        "ContainerUrl": S,
        "ContainerUrl.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "SasConfiguration": X[AzureBlobSasConfiguration],
        "SasConfiguration.$": str,
        "FederatedIdentity": X[AzureFederatedIdentityConfig],
        "FederatedIdentity.$": str,
        "BlobType": S,
        "BlobType.$": str,
        "AccessTier": S,
        "AccessTier.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "AgentArns": L[Si],
        "AgentArns.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
        "CmkSecretConfig": X[CmkSecretConfig],
        "CmkSecretConfig.$": str,
        "CustomSecretConfig": X[CustomSecretConfig],
        "CustomSecretConfig.$": str,
    },
    total=False,
)

class Ec2Config(TypedDict, total=False):
    SubnetArn: S
    SecurityGroupArns: L[Si]

CreateLocationEfsParameters = TypedDict(
    "CreateLocationEfsParameters",
    {
        "Subdirectory": S,
        "Subdirectory.$": str,
        "EfsFilesystemArn": S,
        "EfsFilesystemArn.$": str,
        "Ec2Config": X[Ec2Config],
        "Ec2Config.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
        "AccessPointArn": S,
        "AccessPointArn.$": str,
        "FileSystemAccessRoleArn": S,
        "FileSystemAccessRoleArn.$": str,
        "InTransitEncryption": S,
        "InTransitEncryption.$": str,
    },
    total=False,
)
CreateLocationFsxLustreParameters = TypedDict(
    "CreateLocationFsxLustreParameters",
    {
        "FsxFilesystemArn": S,
        "FsxFilesystemArn.$": str,
        "SecurityGroupArns": L[Si],
        "SecurityGroupArns.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
    },
    total=False,
)

class NfsMountOptions(TypedDict, total=False):
    Version: S

class FsxProtocolNfs(TypedDict, total=False):
    MountOptions: X[NfsMountOptions]

class SmbMountOptions(TypedDict, total=False):
    Version: S

class ManagedSecretConfig(TypedDict, total=False):
    SecretArn: S

class FsxProtocolSmb(TypedDict, total=False):
    Domain: S
    MountOptions: X[SmbMountOptions]
    Password: S
    User: S
    ManagedSecretConfig: X[ManagedSecretConfig]
    CmkSecretConfig: X[CmkSecretConfig]
    CustomSecretConfig: X[CustomSecretConfig]

class FsxProtocol(TypedDict, total=False):
    Nfs: X[FsxProtocolNfs]
    Smb: X[FsxProtocolSmb]

CreateLocationFsxOntapParameters = TypedDict(
    "CreateLocationFsxOntapParameters",
    {
        "Protocol": X[FsxProtocol],
        "Protocol.$": str,
        "SecurityGroupArns": L[Si],
        "SecurityGroupArns.$": str,
        "StorageVirtualMachineArn": S,
        "StorageVirtualMachineArn.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
    },
    total=False,
)
CreateLocationFsxOpenZfsParameters = TypedDict(
    "CreateLocationFsxOpenZfsParameters",
    {
        "FsxFilesystemArn": S,
        "FsxFilesystemArn.$": str,
        "Protocol": X[FsxProtocol],
        "Protocol.$": str,
        "SecurityGroupArns": L[Si],
        "SecurityGroupArns.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
    },
    total=False,
)
CreateLocationFsxWindowsParameters = TypedDict(
    "CreateLocationFsxWindowsParameters",
    {
        "Subdirectory": S,
        "Subdirectory.$": str,
        "FsxFilesystemArn": S,
        "FsxFilesystemArn.$": str,
        "SecurityGroupArns": L[Si],
        "SecurityGroupArns.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
        "User": S,
        "User.$": str,
        "Domain": S,
        "Domain.$": str,
        "Password": S,
        "Password.$": str,
        "CmkSecretConfig": X[CmkSecretConfig],
        "CmkSecretConfig.$": str,
        "CustomSecretConfig": X[CustomSecretConfig],
        "CustomSecretConfig.$": str,
    },
    total=False,
)

class HdfsNameNode(TypedDict, total=False):
    Hostname: S
    Port: I

class QopConfiguration(TypedDict, total=False):
    RpcProtection: S
    DataTransferProtection: S

CreateLocationHdfsParameters = TypedDict(
    "CreateLocationHdfsParameters",
    {
        "Subdirectory": S,
        "Subdirectory.$": str,
        "NameNodes": L[Xi[HdfsNameNode]],
        "NameNodes.$": str,
        "BlockSize": I,
        "BlockSize.$": str,
        "ReplicationFactor": I,
        "ReplicationFactor.$": str,
        "KmsKeyProviderUri": S,
        "KmsKeyProviderUri.$": str,
        "QopConfiguration": X[QopConfiguration],
        "QopConfiguration.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "SimpleUser": S,
        "SimpleUser.$": str,
        "KerberosPrincipal": S,
        "KerberosPrincipal.$": str,
        "KerberosKeytab": S,
        "KerberosKeytab.$": str,
        "KerberosKrb5Conf": S,
        "KerberosKrb5Conf.$": str,
        "AgentArns": L[Si],
        "AgentArns.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
        "CmkSecretConfig": X[CmkSecretConfig],
        "CmkSecretConfig.$": str,
        "CustomSecretConfig": X[CustomSecretConfig],
        "CustomSecretConfig.$": str,
    },
    total=False,
)

class OnPremConfig(TypedDict, total=False):
    AgentArns: L[Si]

CreateLocationNfsParameters = TypedDict(
    "CreateLocationNfsParameters",
    {
        "Subdirectory": S,
        "Subdirectory.$": str,
        "ServerHostname": S,
        "ServerHostname.$": str,
        "OnPremConfig": X[OnPremConfig],
        "OnPremConfig.$": str,
        "MountOptions": X[NfsMountOptions],
        "MountOptions.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
    },
    total=False,
)

class GoogleOidcConfig(TypedDict, total=False):
    ProjectName: S
    ProjectNumber: S
    IdentityPoolName: S
    IdentityProviderName: S

class ObjectStorageExternalIdentityConfig(TypedDict, total=False):
    GoogleOidc: X[GoogleOidcConfig]

class ObjectStorageFederatedIdentityConfig(TypedDict, total=False):
    AwsIamRole: S
    ExternalIdentity: X[ObjectStorageExternalIdentityConfig]

CreateLocationObjectStorageParameters = TypedDict(
    "CreateLocationObjectStorageParameters",
    {
        "ServerHostname": S,
        "ServerHostname.$": str,
        "ServerPort": I,
        "ServerPort.$": str,
        "ServerProtocol": S,
        "ServerProtocol.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "BucketName": S,
        "BucketName.$": str,
        "AccessKey": S,
        "AccessKey.$": str,
        "SecretKey": S,
        "SecretKey.$": str,
        "FederatedIdentity": X[ObjectStorageFederatedIdentityConfig],
        "FederatedIdentity.$": str,
        "AgentArns": L[Si],
        "AgentArns.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
        "ServerCertificate": S,
        "ServerCertificate.$": str,
        "CmkSecretConfig": X[CmkSecretConfig],
        "CmkSecretConfig.$": str,
        "CustomSecretConfig": X[CustomSecretConfig],
        "CustomSecretConfig.$": str,
    },
    total=False,
)

class S3Config(TypedDict, total=False):
    BucketAccessRoleArn: S

CreateLocationS3Parameters = TypedDict(
    "CreateLocationS3Parameters",
    {
        "Subdirectory": S,
        "Subdirectory.$": str,
        "S3BucketArn": S,
        "S3BucketArn.$": str,
        "S3StorageClass": S,
        "S3StorageClass.$": str,
        "S3Config": X[S3Config],
        "S3Config.$": str,
        "AgentArns": L[Si],
        "AgentArns.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
    },
    total=False,
)
CreateLocationSmbParameters = TypedDict(
    "CreateLocationSmbParameters",
    {
        "Subdirectory": S,
        "Subdirectory.$": str,
        "ServerHostname": S,
        "ServerHostname.$": str,
        "User": S,
        "User.$": str,
        "Domain": S,
        "Domain.$": str,
        "Password": S,
        "Password.$": str,
        "CmkSecretConfig": X[CmkSecretConfig],
        "CmkSecretConfig.$": str,
        "CustomSecretConfig": X[CustomSecretConfig],
        "CustomSecretConfig.$": str,
        "AgentArns": L[Si],
        "AgentArns.$": str,
        "MountOptions": X[SmbMountOptions],
        "MountOptions.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "DnsIpAddresses": L[Si],
        "DnsIpAddresses.$": str,
        "KerberosPrincipal": S,
        "KerberosPrincipal.$": str,
        "KerberosKeytab": S,
        "KerberosKeytab.$": str,
        "KerberosKrb5Conf": S,
        "KerberosKrb5Conf.$": str,
    },
    total=False,
)

class Options(TypedDict, total=False):
    VerifyMode: S
    OverwriteMode: S
    Atime: S
    Mtime: S
    Uid: S
    Gid: S
    PreserveDeletedFiles: S
    PreserveDevices: S
    PosixPermissions: S
    BytesPerSecond: I
    TaskQueueing: S
    LogLevel: S
    TransferMode: S
    SecurityDescriptorCopyFlags: S
    ObjectTags: S
    ObjectMetadata: S

class FilterRule(TypedDict, total=False):
    FilterType: S
    Value: S

class TaskSchedule(TypedDict, total=False):
    ScheduleExpression: S
    Status: S

class S3ManifestConfig(TypedDict, total=False):
    ManifestObjectPath: S
    BucketAccessRoleArn: S
    S3BucketArn: S
    ManifestObjectVersionId: S

class SourceManifestConfig(TypedDict, total=False):
    S3: X[S3ManifestConfig]

class ManifestConfig(TypedDict, total=False):
    Action: S
    Format: S
    Source: X[SourceManifestConfig]

class ReportDestinationS3(TypedDict, total=False):
    Subdirectory: S
    S3BucketArn: S
    BucketAccessRoleArn: S

class ReportDestination(TypedDict, total=False):
    S3: X[ReportDestinationS3]

class ReportOverride(TypedDict, total=False):
    ReportLevel: S

class ReportOverrides(TypedDict, total=False):
    Transferred: X[ReportOverride]
    Verified: X[ReportOverride]
    Deleted: X[ReportOverride]
    Skipped: X[ReportOverride]

class TaskReportConfig(TypedDict, total=False):
    Destination: X[ReportDestination]
    OutputType: S
    ReportLevel: S
    ObjectVersionIds: S
    Overrides: X[ReportOverrides]

CreateTaskParameters = TypedDict(
    "CreateTaskParameters",
    {
        "SourceLocationArn": S,
        "SourceLocationArn.$": str,
        "DestinationLocationArn": S,
        "DestinationLocationArn.$": str,
        "CloudWatchLogGroupArn": S,
        "CloudWatchLogGroupArn.$": str,
        "Name": S,
        "Name.$": str,
        "Options": X[Options],
        "Options.$": str,
        "Excludes": L[Xi[FilterRule]],
        "Excludes.$": str,
        "Schedule": X[TaskSchedule],
        "Schedule.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
        "Includes": L[Xi[FilterRule]],
        "Includes.$": str,
        "ManifestConfig": X[ManifestConfig],
        "ManifestConfig.$": str,
        "TaskReportConfig": X[TaskReportConfig],
        "TaskReportConfig.$": str,
        "TaskMode": S,
        "TaskMode.$": str,
    },
    total=False,
)
DeleteAgentParameters = TypedDict(
    "DeleteAgentParameters", {"AgentArn": S, "AgentArn.$": str}, total=False
)
DeleteLocationParameters = TypedDict(
    "DeleteLocationParameters", {"LocationArn": S, "LocationArn.$": str}, total=False
)
DeleteTaskParameters = TypedDict(
    "DeleteTaskParameters", {"TaskArn": S, "TaskArn.$": str}, total=False
)
DescribeAgentParameters = TypedDict(
    "DescribeAgentParameters", {"AgentArn": S, "AgentArn.$": str}, total=False
)
DescribeLocationAzureBlobParameters = TypedDict(
    "DescribeLocationAzureBlobParameters", {"LocationArn": S, "LocationArn.$": str}, total=False
)
DescribeLocationEfsParameters = TypedDict(
    "DescribeLocationEfsParameters", {"LocationArn": S, "LocationArn.$": str}, total=False
)
DescribeLocationFsxLustreParameters = TypedDict(
    "DescribeLocationFsxLustreParameters", {"LocationArn": S, "LocationArn.$": str}, total=False
)
DescribeLocationFsxOntapParameters = TypedDict(
    "DescribeLocationFsxOntapParameters", {"LocationArn": S, "LocationArn.$": str}, total=False
)
DescribeLocationFsxOpenZfsParameters = TypedDict(
    "DescribeLocationFsxOpenZfsParameters", {"LocationArn": S, "LocationArn.$": str}, total=False
)
DescribeLocationFsxWindowsParameters = TypedDict(
    "DescribeLocationFsxWindowsParameters", {"LocationArn": S, "LocationArn.$": str}, total=False
)
DescribeLocationHdfsParameters = TypedDict(
    "DescribeLocationHdfsParameters", {"LocationArn": S, "LocationArn.$": str}, total=False
)
DescribeLocationNfsParameters = TypedDict(
    "DescribeLocationNfsParameters", {"LocationArn": S, "LocationArn.$": str}, total=False
)
DescribeLocationObjectStorageParameters = TypedDict(
    "DescribeLocationObjectStorageParameters", {"LocationArn": S, "LocationArn.$": str}, total=False
)
DescribeLocationS3Parameters = TypedDict(
    "DescribeLocationS3Parameters", {"LocationArn": S, "LocationArn.$": str}, total=False
)
DescribeLocationSmbParameters = TypedDict(
    "DescribeLocationSmbParameters", {"LocationArn": S, "LocationArn.$": str}, total=False
)
DescribeTaskParameters = TypedDict(
    "DescribeTaskParameters", {"TaskArn": S, "TaskArn.$": str}, total=False
)
DescribeTaskExecutionParameters = TypedDict(
    "DescribeTaskExecutionParameters",
    {"TaskExecutionArn": S, "TaskExecutionArn.$": str},
    total=False,
)
ListAgentsParameters = TypedDict(
    "ListAgentsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class LocationFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

ListLocationsParameters = TypedDict(
    "ListLocationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[LocationFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTaskExecutionsParameters = TypedDict(
    "ListTaskExecutionsParameters",
    {
        "TaskArn": S,
        "TaskArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class TaskFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

ListTasksParameters = TypedDict(
    "ListTasksParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[TaskFilter]],
        "Filters.$": str,
    },
    total=False,
)
StartTaskExecutionParameters = TypedDict(
    "StartTaskExecutionParameters",
    {
        "TaskArn": S,
        "TaskArn.$": str,
        "OverrideOptions": X[Options],
        "OverrideOptions.$": str,
        "Includes": L[Xi[FilterRule]],
        "Includes.$": str,
        "Excludes": L[Xi[FilterRule]],
        "Excludes.$": str,
        "ManifestConfig": X[ManifestConfig],
        "ManifestConfig.$": str,
        "TaskReportConfig": X[TaskReportConfig],
        "TaskReportConfig.$": str,
        "Tags": L[Xi[TagListEntry]],
        "Tags.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[TagListEntry]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Keys": L[Si], "Keys.$": str},
    total=False,
)
UpdateAgentParameters = TypedDict(
    "UpdateAgentParameters",
    {"AgentArn": S, "AgentArn.$": str, "Name": S, "Name.$": str},
    total=False,
)
UpdateLocationAzureBlobParameters = TypedDict(
    "UpdateLocationAzureBlobParameters",
    {
        "LocationArn": S,
        "LocationArn.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "SasConfiguration": X[AzureBlobSasConfiguration],
        "SasConfiguration.$": str,
        "FederatedIdentity": X[AzureFederatedIdentityConfig],
        "FederatedIdentity.$": str,
        "BlobType": S,
        "BlobType.$": str,
        "AccessTier": S,
        "AccessTier.$": str,
        "AgentArns": L[Si],
        "AgentArns.$": str,
        "CmkSecretConfig": X[CmkSecretConfig],
        "CmkSecretConfig.$": str,
        "CustomSecretConfig": X[CustomSecretConfig],
        "CustomSecretConfig.$": str,
    },
    total=False,
)
UpdateLocationEfsParameters = TypedDict(
    "UpdateLocationEfsParameters",
    {
        "LocationArn": S,
        "LocationArn.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "AccessPointArn": S,
        "AccessPointArn.$": str,
        "FileSystemAccessRoleArn": S,
        "FileSystemAccessRoleArn.$": str,
        "InTransitEncryption": S,
        "InTransitEncryption.$": str,
    },
    total=False,
)
UpdateLocationFsxLustreParameters = TypedDict(
    "UpdateLocationFsxLustreParameters",
    {"LocationArn": S, "LocationArn.$": str, "Subdirectory": S, "Subdirectory.$": str},
    total=False,
)

class FsxUpdateProtocolSmb(TypedDict, total=False):
    Domain: S
    MountOptions: X[SmbMountOptions]
    Password: S
    User: S
    CmkSecretConfig: X[CmkSecretConfig]
    CustomSecretConfig: X[CustomSecretConfig]

class FsxUpdateProtocol(TypedDict, total=False):
    Nfs: X[FsxProtocolNfs]
    Smb: X[FsxUpdateProtocolSmb]

UpdateLocationFsxOntapParameters = TypedDict(
    "UpdateLocationFsxOntapParameters",
    {
        "LocationArn": S,
        "LocationArn.$": str,
        "Protocol": X[FsxUpdateProtocol],
        "Protocol.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
    },
    total=False,
)
UpdateLocationFsxOpenZfsParameters = TypedDict(
    "UpdateLocationFsxOpenZfsParameters",
    {
        "LocationArn": S,
        "LocationArn.$": str,
        "Protocol": X[FsxProtocol],
        "Protocol.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
    },
    total=False,
)
UpdateLocationFsxWindowsParameters = TypedDict(
    "UpdateLocationFsxWindowsParameters",
    {
        "LocationArn": S,
        "LocationArn.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "Domain": S,
        "Domain.$": str,
        "User": S,
        "User.$": str,
        "Password": S,
        "Password.$": str,
        "CmkSecretConfig": X[CmkSecretConfig],
        "CmkSecretConfig.$": str,
        "CustomSecretConfig": X[CustomSecretConfig],
        "CustomSecretConfig.$": str,
    },
    total=False,
)
UpdateLocationHdfsParameters = TypedDict(
    "UpdateLocationHdfsParameters",
    {
        "LocationArn": S,
        "LocationArn.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "NameNodes": L[Xi[HdfsNameNode]],
        "NameNodes.$": str,
        "BlockSize": I,
        "BlockSize.$": str,
        "ReplicationFactor": I,
        "ReplicationFactor.$": str,
        "KmsKeyProviderUri": S,
        "KmsKeyProviderUri.$": str,
        "QopConfiguration": X[QopConfiguration],
        "QopConfiguration.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "SimpleUser": S,
        "SimpleUser.$": str,
        "KerberosPrincipal": S,
        "KerberosPrincipal.$": str,
        "KerberosKeytab": S,
        "KerberosKeytab.$": str,
        "KerberosKrb5Conf": S,
        "KerberosKrb5Conf.$": str,
        "AgentArns": L[Si],
        "AgentArns.$": str,
        "CmkSecretConfig": X[CmkSecretConfig],
        "CmkSecretConfig.$": str,
        "CustomSecretConfig": X[CustomSecretConfig],
        "CustomSecretConfig.$": str,
    },
    total=False,
)
UpdateLocationNfsParameters = TypedDict(
    "UpdateLocationNfsParameters",
    {
        "LocationArn": S,
        "LocationArn.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "ServerHostname": S,
        "ServerHostname.$": str,
        "OnPremConfig": X[OnPremConfig],
        "OnPremConfig.$": str,
        "MountOptions": X[NfsMountOptions],
        "MountOptions.$": str,
    },
    total=False,
)
UpdateLocationObjectStorageParameters = TypedDict(
    "UpdateLocationObjectStorageParameters",
    {
        "LocationArn": S,
        "LocationArn.$": str,
        "ServerPort": I,
        "ServerPort.$": str,
        "ServerProtocol": S,
        "ServerProtocol.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "ServerHostname": S,
        "ServerHostname.$": str,
        "AccessKey": S,
        "AccessKey.$": str,
        "SecretKey": S,
        "SecretKey.$": str,
        "FederatedIdentity": X[ObjectStorageFederatedIdentityConfig],
        "FederatedIdentity.$": str,
        "AgentArns": L[Si],
        "AgentArns.$": str,
        "ServerCertificate": S,
        "ServerCertificate.$": str,
        "CmkSecretConfig": X[CmkSecretConfig],
        "CmkSecretConfig.$": str,
        "CustomSecretConfig": X[CustomSecretConfig],
        "CustomSecretConfig.$": str,
    },
    total=False,
)
UpdateLocationS3Parameters = TypedDict(
    "UpdateLocationS3Parameters",
    {
        "LocationArn": S,
        "LocationArn.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "S3StorageClass": S,
        "S3StorageClass.$": str,
        "S3Config": X[S3Config],
        "S3Config.$": str,
    },
    total=False,
)
UpdateLocationSmbParameters = TypedDict(
    "UpdateLocationSmbParameters",
    {
        "LocationArn": S,
        "LocationArn.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "ServerHostname": S,
        "ServerHostname.$": str,
        "User": S,
        "User.$": str,
        "Domain": S,
        "Domain.$": str,
        "Password": S,
        "Password.$": str,
        "CmkSecretConfig": X[CmkSecretConfig],
        "CmkSecretConfig.$": str,
        "CustomSecretConfig": X[CustomSecretConfig],
        "CustomSecretConfig.$": str,
        "AgentArns": L[Si],
        "AgentArns.$": str,
        "MountOptions": X[SmbMountOptions],
        "MountOptions.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "DnsIpAddresses": L[Si],
        "DnsIpAddresses.$": str,
        "KerberosPrincipal": S,
        "KerberosPrincipal.$": str,
        "KerberosKeytab": S,
        "KerberosKeytab.$": str,
        "KerberosKrb5Conf": S,
        "KerberosKrb5Conf.$": str,
    },
    total=False,
)
UpdateTaskParameters = TypedDict(
    "UpdateTaskParameters",
    {
        "TaskArn": S,
        "TaskArn.$": str,
        "Options": X[Options],
        "Options.$": str,
        "Excludes": L[Xi[FilterRule]],
        "Excludes.$": str,
        "Schedule": X[TaskSchedule],
        "Schedule.$": str,
        "Name": S,
        "Name.$": str,
        "CloudWatchLogGroupArn": S,
        "CloudWatchLogGroupArn.$": str,
        "Includes": L[Xi[FilterRule]],
        "Includes.$": str,
        "ManifestConfig": X[ManifestConfig],
        "ManifestConfig.$": str,
        "TaskReportConfig": X[TaskReportConfig],
        "TaskReportConfig.$": str,
    },
    total=False,
)
UpdateTaskExecutionParameters = TypedDict(
    "UpdateTaskExecutionParameters",
    {"TaskExecutionArn": S, "TaskExecutionArn.$": str, "Options": X[Options], "Options.$": str},
    total=False,
)
cancel_task_execution: Builder[CancelTaskExecutionParameters]
create_agent: Builder[CreateAgentParameters]
create_location_azure_blob: Builder[CreateLocationAzureBlobParameters]
create_location_efs: Builder[CreateLocationEfsParameters]
create_location_fsx_lustre: Builder[CreateLocationFsxLustreParameters]
create_location_fsx_ontap: Builder[CreateLocationFsxOntapParameters]
create_location_fsx_open_zfs: Builder[CreateLocationFsxOpenZfsParameters]
create_location_fsx_windows: Builder[CreateLocationFsxWindowsParameters]
create_location_hdfs: Builder[CreateLocationHdfsParameters]
create_location_nfs: Builder[CreateLocationNfsParameters]
create_location_object_storage: Builder[CreateLocationObjectStorageParameters]
create_location_s3: Builder[CreateLocationS3Parameters]
create_location_smb: Builder[CreateLocationSmbParameters]
create_task: Builder[CreateTaskParameters]
delete_agent: Builder[DeleteAgentParameters]
delete_location: Builder[DeleteLocationParameters]
delete_task: Builder[DeleteTaskParameters]
describe_agent: Builder[DescribeAgentParameters]
describe_location_azure_blob: Builder[DescribeLocationAzureBlobParameters]
describe_location_efs: Builder[DescribeLocationEfsParameters]
describe_location_fsx_lustre: Builder[DescribeLocationFsxLustreParameters]
describe_location_fsx_ontap: Builder[DescribeLocationFsxOntapParameters]
describe_location_fsx_open_zfs: Builder[DescribeLocationFsxOpenZfsParameters]
describe_location_fsx_windows: Builder[DescribeLocationFsxWindowsParameters]
describe_location_hdfs: Builder[DescribeLocationHdfsParameters]
describe_location_nfs: Builder[DescribeLocationNfsParameters]
describe_location_object_storage: Builder[DescribeLocationObjectStorageParameters]
describe_location_s3: Builder[DescribeLocationS3Parameters]
describe_location_smb: Builder[DescribeLocationSmbParameters]
describe_task: Builder[DescribeTaskParameters]
describe_task_execution: Builder[DescribeTaskExecutionParameters]
list_agents: Builder[ListAgentsParameters]
list_locations: Builder[ListLocationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_task_executions: Builder[ListTaskExecutionsParameters]
list_tasks: Builder[ListTasksParameters]
start_task_execution: Builder[StartTaskExecutionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_agent: Builder[UpdateAgentParameters]
update_location_azure_blob: Builder[UpdateLocationAzureBlobParameters]
update_location_efs: Builder[UpdateLocationEfsParameters]
update_location_fsx_lustre: Builder[UpdateLocationFsxLustreParameters]
update_location_fsx_ontap: Builder[UpdateLocationFsxOntapParameters]
update_location_fsx_open_zfs: Builder[UpdateLocationFsxOpenZfsParameters]
update_location_fsx_windows: Builder[UpdateLocationFsxWindowsParameters]
update_location_hdfs: Builder[UpdateLocationHdfsParameters]
update_location_nfs: Builder[UpdateLocationNfsParameters]
update_location_object_storage: Builder[UpdateLocationObjectStorageParameters]
update_location_s3: Builder[UpdateLocationS3Parameters]
update_location_smb: Builder[UpdateLocationSmbParameters]
update_task: Builder[UpdateTaskParameters]
update_task_execution: Builder[UpdateTaskExecutionParameters]

__all__ = [
    "cancel_task_execution",
    "create_agent",
    "create_location_azure_blob",
    "create_location_efs",
    "create_location_fsx_lustre",
    "create_location_fsx_ontap",
    "create_location_fsx_open_zfs",
    "create_location_fsx_windows",
    "create_location_hdfs",
    "create_location_nfs",
    "create_location_object_storage",
    "create_location_s3",
    "create_location_smb",
    "create_task",
    "delete_agent",
    "delete_location",
    "delete_task",
    "describe_agent",
    "describe_location_azure_blob",
    "describe_location_efs",
    "describe_location_fsx_lustre",
    "describe_location_fsx_ontap",
    "describe_location_fsx_open_zfs",
    "describe_location_fsx_windows",
    "describe_location_hdfs",
    "describe_location_nfs",
    "describe_location_object_storage",
    "describe_location_s3",
    "describe_location_smb",
    "describe_task",
    "describe_task_execution",
    "list_agents",
    "list_locations",
    "list_tags_for_resource",
    "list_task_executions",
    "list_tasks",
    "start_task_execution",
    "tag_resource",
    "untag_resource",
    "update_agent",
    "update_location_azure_blob",
    "update_location_efs",
    "update_location_fsx_lustre",
    "update_location_fsx_ontap",
    "update_location_fsx_open_zfs",
    "update_location_fsx_windows",
    "update_location_hdfs",
    "update_location_nfs",
    "update_location_object_storage",
    "update_location_s3",
    "update_location_smb",
    "update_task",
    "update_task_execution",
]
