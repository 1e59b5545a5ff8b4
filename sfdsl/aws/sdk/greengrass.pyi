"""Typed builders of the AWS SDK integration of greengrass (``aws-sdk:greengrass:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AssociateRoleToGroupParameters = TypedDict(
    "AssociateRoleToGroupParameters",
    {"GroupId": S, "GroupId.$": str, "RoleArn": S, "RoleArn.$": str},
    total=False,
)
AssociateServiceRoleToAccountParameters = TypedDict(
    "AssociateServiceRoleToAccountParameters", {"RoleArn": S, "RoleArn.$": str}, total=False
)

class Connector(TypedDict, total=False):
    ConnectorArn: S
    Id: S
    Parameters: M[S]

class ConnectorDefinitionVersion(TypedDict, total=False):
    Connectors: L[Xi[Connector]]

CreateConnectorDefinitionParameters = TypedDict(
    "CreateConnectorDefinitionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "InitialVersion": X[ConnectorDefinitionVersion],
        "InitialVersion.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateConnectorDefinitionVersionParameters = TypedDict(
    "CreateConnectorDefinitionVersionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "ConnectorDefinitionId": S,
        "ConnectorDefinitionId.$": str,
        "Connectors": L[Xi[Connector]],
        "Connectors.$": str,
    },
    total=False,
)

class Core(TypedDict, total=False):
    CertificateArn: S
    Id: S
    SyncShadow: B
    ThingArn: S

class CoreDefinitionVersion(TypedDict, total=False):
    Cores: L[Xi[Core]]

CreateCoreDefinitionParameters = TypedDict(
    "CreateCoreDefinitionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "InitialVersion": X[CoreDefinitionVersion],
        "InitialVersion.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateCoreDefinitionVersionParameters = TypedDict(
    "CreateCoreDefinitionVersionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "CoreDefinitionId": S,
        "CoreDefinitionId.$": str,
        "Cores": L[Xi[Core]],
        "Cores.$": str,
    },
    total=False,
)
CreateDeploymentParameters = TypedDict(
    "CreateDeploymentParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "DeploymentId": S,
        "DeploymentId.$": str,
        "DeploymentType": S,
        "DeploymentType.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "GroupVersionId": S,
        "GroupVersionId.$": str,
    },
    total=False,
)

class Device(TypedDict, total=False):
    CertificateArn: S
    Id: S
    SyncShadow: B
    ThingArn: S

class DeviceDefinitionVersion(TypedDict, total=False):
    Devices: L[Xi[Device]]

CreateDeviceDefinitionParameters = TypedDict(
    "CreateDeviceDefinitionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "InitialVersion": X[DeviceDefinitionVersion],
        "InitialVersion.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateDeviceDefinitionVersionParameters = TypedDict(
    "CreateDeviceDefinitionVersionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "DeviceDefinitionId": S,
        "DeviceDefinitionId.$": str,
        "Devices": L[Xi[Device]],
        "Devices.$": str,
    },
    total=False,
)

class FunctionRunAsConfig(TypedDict, total=False):
    Gid: I
    Uid: I

class FunctionDefaultExecutionConfig(TypedDict, total=False):
    IsolationMode: S
    RunAs: X[FunctionRunAsConfig]

class FunctionDefaultConfig(TypedDict, total=False):
    Execution: X[FunctionDefaultExecutionConfig]

class FunctionExecutionConfig(TypedDict, total=False):
    IsolationMode: S
    RunAs: X[FunctionRunAsConfig]

class ResourceAccessPolicy(TypedDict, total=False):
    Permission: S
    ResourceId: S

class FunctionConfigurationEnvironment(TypedDict, total=False):
    AccessSysfs: B
    Execution: X[FunctionExecutionConfig]
    ResourceAccessPolicies: L[Xi[ResourceAccessPolicy]]
    Variables: M[S]

class FunctionConfiguration(TypedDict, total=False):
    EncodingType: S
    Environment: X[FunctionConfigurationEnvironment]
    ExecArgs: S
    Executable: S
    MemorySize: I
    Pinned: B
    Timeout: I
    FunctionRuntimeOverride: S

class Function(TypedDict, total=False):
    FunctionArn: S
    FunctionConfiguration: X[FunctionConfiguration]
    Id: S

class FunctionDefinitionVersion(TypedDict, total=False):
    DefaultConfig: X[FunctionDefaultConfig]
    Functions: L[Xi[Function]]

CreateFunctionDefinitionParameters = TypedDict(
    "CreateFunctionDefinitionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "InitialVersion": X[FunctionDefinitionVersion],
        "InitialVersion.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateFunctionDefinitionVersionParameters = TypedDict(
    "CreateFunctionDefinitionVersionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "DefaultConfig": X[FunctionDefaultConfig],
        "DefaultConfig.$": str,
        "FunctionDefinitionId": S,
        "FunctionDefinitionId.$": str,
        "Functions": L[Xi[Function]],
        "Functions.$": str,
    },
    total=False,
)

class GroupVersion(TypedDict, total=False):
    ConnectorDefinitionVersionArn: S
    CoreDefinitionVersionArn: S
    DeviceDefinitionVersionArn: S
    FunctionDefinitionVersionArn: S
    LoggerDefinitionVersionArn: S
    ResourceDefinitionVersionArn: S
    SubscriptionDefinitionVersionArn: S

CreateGroupParameters = TypedDict(
    "CreateGroupParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "InitialVersion": X[GroupVersion],
        "InitialVersion.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateGroupCertificateAuthorityParameters = TypedDict(
    "CreateGroupCertificateAuthorityParameters",
    {"AmznClientToken": S, "AmznClientToken.$": str, "GroupId": S, "GroupId.$": str},
    total=False,
)
CreateGroupVersionParameters = TypedDict(
    "CreateGroupVersionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "ConnectorDefinitionVersionArn": S,
        "ConnectorDefinitionVersionArn.$": str,
        "CoreDefinitionVersionArn": S,
        "CoreDefinitionVersionArn.$": str,
        "DeviceDefinitionVersionArn": S,
        "DeviceDefinitionVersionArn.$": str,
        "FunctionDefinitionVersionArn": S,
        "FunctionDefinitionVersionArn.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "LoggerDefinitionVersionArn": S,
        "LoggerDefinitionVersionArn.$": str,
        "ResourceDefinitionVersionArn": S,
        "ResourceDefinitionVersionArn.$": str,
        "SubscriptionDefinitionVersionArn": S,
        "SubscriptionDefinitionVersionArn.$": str,
    },
    total=False,
)

class Logger(TypedDict, total=False):
    Component: S
    Id: S
    Level: S
    Space: I
    Type: S

class LoggerDefinitionVersion(TypedDict, total=False):
    Loggers: L[Xi[Logger]]

CreateLoggerDefinitionParameters = TypedDict(
    "CreateLoggerDefinitionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "InitialVersion": X[LoggerDefinitionVersion],
        "InitialVersion.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateLoggerDefinitionVersionParameters = TypedDict(
    "CreateLoggerDefinitionVersionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "LoggerDefinitionId": S,
        "LoggerDefinitionId.$": str,
        "Loggers": L[Xi[Logger]],
        "Loggers.$": str,
    },
    total=False,
)

class GroupOwnerSetting(TypedDict, total=False):
    AutoAddGroupOwner: B
    GroupOwner: S

class LocalDeviceResourceData(TypedDict, total=False):
    GroupOwnerSetting: X[GroupOwnerSetting]
    SourcePath: S

class LocalVolumeResourceData(TypedDict, total=False):
    DestinationPath: S
    GroupOwnerSetting: X[GroupOwnerSetting]
    SourcePath: S

class ResourceDownloadOwnerSetting(TypedDict, total=False):
    GroupOwner: S
    GroupPermission: S

class S3MachineLearningModelResourceData(TypedDict, total=False):
    DestinationPath: S
    OwnerSetting: X[ResourceDownloadOwnerSetting]
    S3Uri: S

class SageMakerMachineLearningModelResourceData(TypedDict, total=False):
    DestinationPath: S
    OwnerSetting: X[ResourceDownloadOwnerSetting]
    SageMakerJobArn: S

class SecretsManagerSecretResourceData(TypedDict, total=False):
    Arn: S
    AdditionalStagingLabelsToDownload: L[Si]

class ResourceDataContainer(TypedDict, total=False):
    LocalDeviceResourceData: X[LocalDeviceResourceData]
    LocalVolumeResourceData: X[LocalVolumeResourceData]
    S3MachineLearningModelResourceData: X[S3MachineLearningModelResourceData]
    SageMakerMachineLearningModelResourceData: X[SageMakerMachineLearningModelResourceData]
    SecretsManagerSecretResourceData: X[SecretsManagerSecretResourceData]

class Resource(TypedDict, total=False):
    Id: S
    Name: S
    ResourceDataContainer: X[ResourceDataContainer]

class ResourceDefinitionVersion(TypedDict, total=False):
    Resources: L[Xi[Resource]]

CreateResourceDefinitionParameters = TypedDict(
    "CreateResourceDefinitionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "InitialVersion": X[ResourceDefinitionVersion],
        "InitialVersion.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateResourceDefinitionVersionParameters = TypedDict(
    "CreateResourceDefinitionVersionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "ResourceDefinitionId": S,
        "ResourceDefinitionId.$": str,
        "Resources": L[Xi[Resource]],
        "Resources.$": str,
    },
    total=False,
)
CreateSoftwareUpdateJobParameters = TypedDict(
    "CreateSoftwareUpdateJobParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "S3UrlSignerRole": S,
        "S3UrlSignerRole.$": str,
        "SoftwareToUpdate": S,
        "SoftwareToUpdate.$": str,
        "UpdateAgentLogLevel": S,
        "UpdateAgentLogLevel.$": str,
        "UpdateTargets": L[Si],
        "UpdateTargets.$": str,
        "UpdateTargetsArchitecture": S,
        "UpdateTargetsArchitecture.$": str,
        "UpdateTargetsOperatingSystem": S,
        "UpdateTargetsOperatingSystem.$": str,
    },
    total=False,
)

class Subscription(TypedDict, total=False):
    Id: S
    Source: S
    Subject: S
    Target: S

class SubscriptionDefinitionVersion(TypedDict, total=False):
    Subscriptions: L[Xi[Subscription]]

CreateSubscriptionDefinitionParameters = TypedDict(
    "CreateSubscriptionDefinitionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "InitialVersion": X[SubscriptionDefinitionVersion],
        "InitialVersion.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateSubscriptionDefinitionVersionParameters = TypedDict(
    "CreateSubscriptionDefinitionVersionParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "SubscriptionDefinitionId": S,
        "SubscriptionDefinitionId.$": str,
        "Subscriptions": L[Xi[Subscription]],
        "Subscriptions.$": str,
    },
    total=False,
)
DeleteConnectorDefinitionParameters = TypedDict(
    "DeleteConnectorDefinitionParameters",
    {"ConnectorDefinitionId": S, "ConnectorDefinitionId.$": str},
    total=False,
)
DeleteCoreDefinitionParameters = TypedDict(
    "DeleteCoreDefinitionParameters",
    {"CoreDefinitionId": S, "CoreDefinitionId.$": str},
    total=False,
)
DeleteDeviceDefinitionParameters = TypedDict(
    "DeleteDeviceDefinitionParameters",
    {"DeviceDefinitionId": S, "DeviceDefinitionId.$": str},
    total=False,
)
DeleteFunctionDefinitionParameters = TypedDict(
    "DeleteFunctionDefinitionParameters",
    {"FunctionDefinitionId": S, "FunctionDefinitionId.$": str},
    total=False,
)
DeleteGroupParameters = TypedDict(
    "DeleteGroupParameters", {"GroupId": S, "GroupId.$": str}, total=False
)
DeleteLoggerDefinitionParameters = TypedDict(
    "DeleteLoggerDefinitionParameters",
    {"LoggerDefinitionId": S, "LoggerDefinitionId.$": str},
    total=False,
)
DeleteResourceDefinitionParameters = TypedDict(
    "DeleteResourceDefinitionParameters",
    {"ResourceDefinitionId": S, "ResourceDefinitionId.$": str},
    total=False,
)
DeleteSubscriptionDefinitionParameters = TypedDict(
    "DeleteSubscriptionDefinitionParameters",
    {"SubscriptionDefinitionId": S, "SubscriptionDefinitionId.$": str},
    total=False,
)
DisassociateRoleFromGroupParameters = TypedDict(
    "DisassociateRoleFromGroupParameters", {"GroupId": S, "GroupId.$": str}, total=False
)

class DisassociateServiceRoleFromAccountParameters(TypedDict, total=False): ...

GetAssociatedRoleParameters = TypedDict(
    "GetAssociatedRoleParameters", {"GroupId": S, "GroupId.$": str}, total=False
)
GetBulkDeploymentStatusParameters = TypedDict(
    "GetBulkDeploymentStatusParameters",
    {"BulkDeploymentId": S, "BulkDeploymentId.$": str},
    total=False,
)
GetConnectivityInfoParameters = TypedDict(
    "GetConnectivityInfoParameters", {"ThingName": S, "ThingName.$": str}, total=False
)
GetConnectorDefinitionParameters = TypedDict(
    "GetConnectorDefinitionParameters",
    {"ConnectorDefinitionId": S, "ConnectorDefinitionId.$": str},
    total=False,
)
GetConnectorDefinitionVersionParameters = TypedDict(
    "GetConnectorDefinitionVersionParameters",
    {
        "ConnectorDefinitionId": S,
        "ConnectorDefinitionId.$": str,
        "ConnectorDefinitionVersionId": S,
        "ConnectorDefinitionVersionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetCoreDefinitionParameters = TypedDict(
    "GetCoreDefinitionParameters", {"CoreDefinitionId": S, "CoreDefinitionId.$": str}, total=False
)
GetCoreDefinitionVersionParameters = TypedDict(
    "GetCoreDefinitionVersionParameters",
    {
        "CoreDefinitionId": S,
        "CoreDefinitionId.$": str,
        "CoreDefinitionVersionId": S,
        "CoreDefinitionVersionId.$": str,
    },
    total=False,
)
GetDeploymentStatusParameters = TypedDict(
    "GetDeploymentStatusParameters",
    {"DeploymentId": S, "DeploymentId.$": str, "GroupId": S, "GroupId.$": str},
    total=False,
)
GetDeviceDefinitionParameters = TypedDict(
    "GetDeviceDefinitionParameters",
    {"DeviceDefinitionId": S, "DeviceDefinitionId.$": str},
    total=False,
)
GetDeviceDefinitionVersionParameters = TypedDict(
    "GetDeviceDefinitionVersionParameters",
    {
        "DeviceDefinitionId": S,
        "DeviceDefinitionId.$": str,
        "DeviceDefinitionVersionId": S,
        "DeviceDefinitionVersionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetFunctionDefinitionParameters = TypedDict(
    "GetFunctionDefinitionParameters",
    {"FunctionDefinitionId": S, "FunctionDefinitionId.$": str},
    total=False,
)
GetFunctionDefinitionVersionParameters = TypedDict(
    "GetFunctionDefinitionVersionParameters",
    {
        "FunctionDefinitionId": S,
        "FunctionDefinitionId.$": str,
        "FunctionDefinitionVersionId": S,
        "FunctionDefinitionVersionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetGroupParameters = TypedDict("GetGroupParameters", {"GroupId": S, "GroupId.$": str}, total=False)
GetGroupCertificateAuthorityParameters = TypedDict(
    "GetGroupCertificateAuthorityParameters",
    {"CertificateAuthorityId": S, "CertificateAuthorityId.$": str, "GroupId": S, "GroupId.$": str},
    total=False,
)
GetGroupCertificateConfigurationParameters = TypedDict(
    "GetGroupCertificateConfigurationParameters", {"GroupId": S, "GroupId.$": str}, total=False
)
GetGroupVersionParameters = TypedDict(
    "GetGroupVersionParameters",
    {"GroupId": S, "GroupId.$": str, "GroupVersionId": S, "GroupVersionId.$": str},
    total=False,
)
GetLoggerDefinitionParameters = TypedDict(
    "GetLoggerDefinitionParameters",
    {"LoggerDefinitionId": S, "LoggerDefinitionId.$": str},
    total=False,
)
GetLoggerDefinitionVersionParameters = TypedDict(
    "GetLoggerDefinitionVersionParameters",
    {
        "LoggerDefinitionId": S,
        "LoggerDefinitionId.$": str,
        "LoggerDefinitionVersionId": S,
        "LoggerDefinitionVersionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetResourceDefinitionParameters = TypedDict(
    "GetResourceDefinitionParameters",
    {"ResourceDefinitionId": S, "ResourceDefinitionId.$": str},
    total=False,
)
GetResourceDefinitionVersionParameters = TypedDict(
    "GetResourceDefinitionVersionParameters",
    {
        "ResourceDefinitionId": S,
        "ResourceDefinitionId.$": str,
        "ResourceDefinitionVersionId": S,
        "ResourceDefinitionVersionId.$": str,
    },
    total=False,
)

class GetServiceRoleForAccountParameters(TypedDict, total=False): ...

GetSubscriptionDefinitionParameters = TypedDict(
    "GetSubscriptionDefinitionParameters",
    {"SubscriptionDefinitionId": S, "SubscriptionDefinitionId.$": str},
    total=False,
)
GetSubscriptionDefinitionVersionParameters = TypedDict(
    "GetSubscriptionDefinitionVersionParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "SubscriptionDefinitionId": S,
        "SubscriptionDefinitionId.$": str,
        "SubscriptionDefinitionVersionId": S,
        "SubscriptionDefinitionVersionId.$": str,
    },
    total=False,
)
GetThingRuntimeConfigurationParameters = TypedDict(
    "GetThingRuntimeConfigurationParameters", {"ThingName": S, "ThingName.$": str}, total=False
)
ListBulkDeploymentDetailedReportsParameters = TypedDict(
    "ListBulkDeploymentDetailedReportsParameters",
    {
        "BulkDeploymentId": S,
        "BulkDeploymentId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBulkDeploymentsParameters = TypedDict(
    "ListBulkDeploymentsParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListConnectorDefinitionVersionsParameters = TypedDict(
    "ListConnectorDefinitionVersionsParameters",
    {
        "ConnectorDefinitionId": S,
        "ConnectorDefinitionId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListConnectorDefinitionsParameters = TypedDict(
    "ListConnectorDefinitionsParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListCoreDefinitionVersionsParameters = TypedDict(
    "ListCoreDefinitionVersionsParameters",
    {
        "CoreDefinitionId": S,
        "CoreDefinitionId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListCoreDefinitionsParameters = TypedDict(
    "ListCoreDefinitionsParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListDeploymentsParameters = TypedDict(
    "ListDeploymentsParameters",
    {
        "GroupId": S,
        "GroupId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDeviceDefinitionVersionsParameters = TypedDict(
    "ListDeviceDefinitionVersionsParameters",
    {
        "DeviceDefinitionId": S,
        "DeviceDefinitionId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListDeviceDefinitionsParameters = TypedDict(
    "ListDeviceDefinitionsParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListFunctionDefinitionVersionsParameters = TypedDict(
    "ListFunctionDefinitionVersionsParameters",
    {
        "FunctionDefinitionId": S,
        "FunctionDefinitionId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListFunctionDefinitionsParameters = TypedDict(
    "ListFunctionDefinitionsParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListGroupCertificateAuthoritiesParameters = TypedDict(
    "ListGroupCertificateAuthoritiesParameters", {"GroupId": S, "GroupId.$": str}, total=False
)
ListGroupVersionsParameters = TypedDict(
    "ListGroupVersionsParameters",
    {
        "GroupId": S,
        "GroupId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListGroupsParameters = TypedDict(
    "ListGroupsParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListLoggerDefinitionVersionsParameters = TypedDict(
    "ListLoggerDefinitionVersionsParameters",
    {
        "LoggerDefinitionId": S,
        "LoggerDefinitionId.$": str,
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListLoggerDefinitionsParameters = TypedDict(
    "ListLoggerDefinitionsParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListResourceDefinitionVersionsParameters = TypedDict(
    "ListResourceDefinitionVersionsParameters",
    {
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceDefinitionId": S,
        "ResourceDefinitionId.$": str,
    },
    total=False,
)
ListResourceDefinitionsParameters = TypedDict(
    "ListResourceDefinitionsParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListSubscriptionDefinitionVersionsParameters = TypedDict(
    "ListSubscriptionDefinitionVersionsParameters",
    {
        "MaxResults": S,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "SubscriptionDefinitionId": S,
        "SubscriptionDefinitionId.$": str,
    },
    total=False,
)
ListSubscriptionDefinitionsParameters = TypedDict(
    "ListSubscriptionDefinitionsParameters",
    {"MaxResults": S, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ResetDeploymentsParameters = TypedDict(
    "ResetDeploymentsParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "Force": B,
        "Force.$": str,
        "GroupId": S,
        "GroupId.$": str,
    },
    total=False,
)
StartBulkDeploymentParameters = TypedDict(
    "StartBulkDeploymentParameters",
    {
        "AmznClientToken": S,
        "AmznClientToken.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "InputFileUri": S,
        "InputFileUri.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
StopBulkDeploymentParameters = TypedDict(
    "StopBulkDeploymentParameters", {"BulkDeploymentId": S, "BulkDeploymentId.$": str}, total=False
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

class ConnectivityInfo(TypedDict, total=False):
    HostAddress: S
    Id: S
    Metadata: S
    PortNumber: I

UpdateConnectivityInfoParameters = TypedDict(
    "UpdateConnectivityInfoParameters",
    {
        "ConnectivityInfo": L[Xi[ConnectivityInfo]],
        "ConnectivityInfo.$": str,
        "ThingName": S,
        "ThingName.$": str,
    },
    total=False,
)
UpdateConnectorDefinitionParameters = TypedDict(
    "UpdateConnectorDefinitionParameters",
    {"ConnectorDefinitionId": S, "ConnectorDefinitionId.$": str, "Name": S, "Name.$": str},
    total=False,
)
UpdateCoreDefinitionParameters = TypedDict(
    "UpdateCoreDefinitionParameters",
    {"CoreDefinitionId": S, "CoreDefinitionId.$": str, "Name": S, "Name.$": str},
    total=False,
)
UpdateDeviceDefinitionParameters = TypedDict(
    "UpdateDeviceDefinitionParameters",
    {"DeviceDefinitionId": S, "DeviceDefinitionId.$": str, "Name": S, "Name.$": str},
    total=False,
)
UpdateFunctionDefinitionParameters = TypedDict(
    "UpdateFunctionDefinitionParameters",
    {"FunctionDefinitionId": S, "FunctionDefinitionId.$": str, "Name": S, "Name.$": str},
    total=False,
)
UpdateGroupParameters = TypedDict(
    "UpdateGroupParameters", {"GroupId": S, "GroupId.$": str, "Name": S, "Name.$": str}, total=False
)
UpdateGroupCertificateConfigurationParameters = TypedDict(
    "UpdateGroupCertificateConfigurationParameters",
    {
        "CertificateExpiryInMilliseconds": S,
        "CertificateExpiryInMilliseconds.$": str,
        "GroupId": S,
        "GroupId.$": str,
    },
    total=False,
)
UpdateLoggerDefinitionParameters = TypedDict(
    "UpdateLoggerDefinitionParameters",
    {"LoggerDefinitionId": S, "LoggerDefinitionId.$": str, "Name": S, "Name.$": str},
    total=False,
)
UpdateResourceDefinitionParameters = TypedDict(
    "UpdateResourceDefinitionParameters",
    {"Name": S, "Name.$": str, "ResourceDefinitionId": S, "ResourceDefinitionId.$": str},
    total=False,
)
UpdateSubscriptionDefinitionParameters = TypedDict(
    "UpdateSubscriptionDefinitionParameters",
    {"Name": S, "Name.$": str, "SubscriptionDefinitionId": S, "SubscriptionDefinitionId.$": str},
    total=False,
)

class TelemetryConfigurationUpdate(TypedDict, total=False):
    Telemetry: S

UpdateThingRuntimeConfigurationParameters = TypedDict(
    "UpdateThingRuntimeConfigurationParameters",
    {
        "TelemetryConfiguration": X[TelemetryConfigurationUpdate],
        "TelemetryConfiguration.$": str,
        "ThingName": S,
        "ThingName.$": str,
    },
    total=False,
)
associate_role_to_group: Builder[AssociateRoleToGroupParameters]
associate_service_role_to_account: Builder[AssociateServiceRoleToAccountParameters]
create_connector_definition: Builder[CreateConnectorDefinitionParameters]
create_connector_definition_version: Builder[CreateConnectorDefinitionVersionParameters]
create_core_definition: Builder[CreateCoreDefinitionParameters]
create_core_definition_version: Builder[CreateCoreDefinitionVersionParameters]
create_deployment: Builder[CreateDeploymentParameters]
create_device_definition: Builder[CreateDeviceDefinitionParameters]
create_device_definition_version: Builder[CreateDeviceDefinitionVersionParameters]
create_function_definition: Builder[CreateFunctionDefinitionParameters]
create_function_definition_version: Builder[CreateFunctionDefinitionVersionParameters]
create_group: Builder[CreateGroupParameters]
create_group_certificate_authority: Builder[CreateGroupCertificateAuthorityParameters]
create_group_version: Builder[CreateGroupVersionParameters]
create_logger_definition: Builder[CreateLoggerDefinitionParameters]
create_logger_definition_version: Builder[CreateLoggerDefinitionVersionParameters]
create_resource_definition: Builder[CreateResourceDefinitionParameters]
create_resource_definition_version: Builder[CreateResourceDefinitionVersionParameters]
create_software_update_job: Builder[CreateSoftwareUpdateJobParameters]
create_subscription_definition: Builder[CreateSubscriptionDefinitionParameters]
create_subscription_definition_version: Builder[CreateSubscriptionDefinitionVersionParameters]
delete_connector_definition: Builder[DeleteConnectorDefinitionParameters]
delete_core_definition: Builder[DeleteCoreDefinitionParameters]
delete_device_definition: Builder[DeleteDeviceDefinitionParameters]
delete_function_definition: Builder[DeleteFunctionDefinitionParameters]
delete_group: Builder[DeleteGroupParameters]
delete_logger_definition: Builder[DeleteLoggerDefinitionParameters]
delete_resource_definition: Builder[DeleteResourceDefinitionParameters]
delete_subscription_definition: Builder[DeleteSubscriptionDefinitionParameters]
disassociate_role_from_group: Builder[DisassociateRoleFromGroupParameters]
disassociate_service_role_from_account: Builder[DisassociateServiceRoleFromAccountParameters]
get_associated_role: Builder[GetAssociatedRoleParameters]
get_bulk_deployment_status: Builder[GetBulkDeploymentStatusParameters]
get_connectivity_info: Builder[GetConnectivityInfoParameters]
get_connector_definition: Builder[GetConnectorDefinitionParameters]
get_connector_definition_version: Builder[GetConnectorDefinitionVersionParameters]
get_core_definition: Builder[GetCoreDefinitionParameters]
get_core_definition_version: Builder[GetCoreDefinitionVersionParameters]
get_deployment_status: Builder[GetDeploymentStatusParameters]
get_device_definition: Builder[GetDeviceDefinitionParameters]
get_device_definition_version: Builder[GetDeviceDefinitionVersionParameters]
get_function_definition: Builder[GetFunctionDefinitionParameters]
get_function_definition_version: Builder[GetFunctionDefinitionVersionParameters]
get_group: Builder[GetGroupParameters]
get_group_certificate_authority: Builder[GetGroupCertificateAuthorityParameters]
get_group_certificate_configuration: Builder[GetGroupCertificateConfigurationParameters]
get_group_version: Builder[GetGroupVersionParameters]
get_logger_definition: Builder[GetLoggerDefinitionParameters]
get_logger_definition_version: Builder[GetLoggerDefinitionVersionParameters]
get_resource_definition: Builder[GetResourceDefinitionParameters]
get_resource_definition_version: Builder[GetResourceDefinitionVersionParameters]
get_service_role_for_account: Builder[GetServiceRoleForAccountParameters]
get_subscription_definition: Builder[GetSubscriptionDefinitionParameters]
get_subscription_definition_version: Builder[GetSubscriptionDefinitionVersionParameters]
get_thing_runtime_configuration: Builder[GetThingRuntimeConfigurationParameters]
list_bulk_deployment_detailed_reports: Builder[ListBulkDeploymentDetailedReportsParameters]
list_bulk_deployments: Builder[ListBulkDeploymentsParameters]
list_connector_definition_versions: Builder[ListConnectorDefinitionVersionsParameters]
list_connector_definitions: Builder[ListConnectorDefinitionsParameters]
list_core_definition_versions: Builder[ListCoreDefinitionVersionsParameters]
list_core_definitions: Builder[ListCoreDefinitionsParameters]
list_deployments: Builder[ListDeploymentsParameters]
list_device_definition_versions: Builder[ListDeviceDefinitionVersionsParameters]
list_device_definitions: Builder[ListDeviceDefinitionsParameters]
list_function_definition_versions: Builder[ListFunctionDefinitionVersionsParameters]
list_function_definitions: Builder[ListFunctionDefinitionsParameters]
list_group_certificate_authorities: Builder[ListGroupCertificateAuthoritiesParameters]
list_group_versions: Builder[ListGroupVersionsParameters]
list_groups: Builder[ListGroupsParameters]
list_logger_definition_versions: Builder[ListLoggerDefinitionVersionsParameters]
list_logger_definitions: Builder[ListLoggerDefinitionsParameters]
list_resource_definition_versions: Builder[ListResourceDefinitionVersionsParameters]
list_resource_definitions: Builder[ListResourceDefinitionsParameters]
list_subscription_definition_versions: Builder[ListSubscriptionDefinitionVersionsParameters]
list_subscription_definitions: Builder[ListSubscriptionDefinitionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
reset_deployments: Builder[ResetDeploymentsParameters]
start_bulk_deployment: Builder[StartBulkDeploymentParameters]
stop_bulk_deployment: Builder[StopBulkDeploymentParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_connectivity_info: Builder[UpdateConnectivityInfoParameters]
update_connector_definition: Builder[UpdateConnectorDefinitionParameters]
update_core_definition: Builder[UpdateCoreDefinitionParameters]
update_device_definition: Builder[UpdateDeviceDefinitionParameters]
update_function_definition: Builder[UpdateFunctionDefinitionParameters]
update_group: Builder[UpdateGroupParameters]
update_group_certificate_configuration: Builder[UpdateGroupCertificateConfigurationParameters]
update_logger_definition: Builder[UpdateLoggerDefinitionParameters]
update_resource_definition: Builder[UpdateResourceDefinitionParameters]
update_subscription_definition: Builder[UpdateSubscriptionDefinitionParameters]
update_thing_runtime_configuration: Builder[UpdateThingRuntimeConfigurationParameters]

__all__ = [
    "associate_role_to_group",
    "associate_service_role_to_account",
    "create_connector_definition",
    "create_connector_definition_version",
    "create_core_definition",
    "create_core_definition_version",
    "create_deployment",
    "create_device_definition",
    "create_device_definition_version",
    "create_function_definition",
    "create_function_definition_version",
    "create_group",
    "create_group_certificate_authority",
    "create_group_version",
    "create_logger_definition",
    "create_logger_definition_version",
    "create_resource_definition",
    "create_resource_definition_version",
    "create_software_update_job",
    "create_subscription_definition",
    "create_subscription_definition_version",
    "delete_connector_definition",
    "delete_core_definition",
    "delete_device_definition",
    "delete_function_definition",
    "delete_group",
    "delete_logger_definition",
    "delete_resource_definition",
    "delete_subscription_definition",
    "disassociate_role_from_group",
    "disassociate_service_role_from_account",
    "get_associated_role",
    "get_bulk_deployment_status",
    "get_connectivity_info",
    "get_connector_definition",
    "get_connector_definition_version",
    "get_core_definition",
    "get_core_definition_version",
    "get_deployment_status",
    "get_device_definition",
    "get_device_definition_version",
    "get_function_definition",
    "get_function_definition_version",
    "get_group",
    "get_group_certificate_authority",
    "get_group_certificate_configuration",
    "get_group_version",
    "get_logger_definition",
    "get_logger_definition_version",
    "get_resource_definition",
    "get_resource_definition_version",
    "get_service_role_for_account",
    "get_subscription_definition",
    "get_subscription_definition_version",
    "get_thing_runtime_configuration",
    "list_bulk_deployment_detailed_reports",
    "list_bulk_deployments",
    "list_connector_definition_versions",
    "list_connector_definitions",
    "list_core_definition_versions",
    "list_core_definitions",
    "list_deployments",
    "list_device_definition_versions",
    "list_device_definitions",
    "list_function_definition_versions",
    "list_function_definitions",
    "list_group_certificate_authorities",
    "list_group_versions",
    "list_groups",
    "list_logger_definition_versions",
    "list_logger_definitions",
    "list_resource_definition_versions",
    "list_resource_definitions",
    "list_subscription_definition_versions",
    "list_subscription_definitions",
    "list_tags_for_resource",
    "reset_deployments",
    "start_bulk_deployment",
    "stop_bulk_deployment",
    "tag_resource",
    "untag_resource",
    "update_connectivity_info",
    "update_connector_definition",
    "update_core_definition",
    "update_device_definition",
    "update_function_definition",
    "update_group",
    "update_group_certificate_configuration",
    "update_logger_definition",
    "update_resource_definition",
    "update_subscription_definition",
    "update_thing_runtime_configuration",
]
