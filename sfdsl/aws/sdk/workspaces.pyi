"""Typed builders of the AWS SDK integration of workspaces (``aws-sdk:workspaces:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AcceptAccountLinkInvitationParameters = TypedDict(
    "AcceptAccountLinkInvitationParameters",
    {"LinkId": S, "LinkId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
AssociateAccountModelsParameters = TypedDict(
    "AssociateAccountModelsParameters", {"ModelIds": L[Si], "ModelIds.$": str}, total=False
)
AssociateAgentEnforcedPolicyParameters = TypedDict(
    "AssociateAgentEnforcedPolicyParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "PolicyId": S, "PolicyId.$": str},
    total=False,
)
AssociateConnectionAliasParameters = TypedDict(
    "AssociateConnectionAliasParameters",
    {"AliasId": S, "AliasId.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
AssociateIpGroupsParameters = TypedDict(
    "AssociateIpGroupsParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "GroupIds": L[Si], "GroupIds.$": str},
    total=False,
)
AssociateWorkspaceAgenticConnectorsParameters = TypedDict(
    "AssociateWorkspaceAgenticConnectorsParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "AgenticConnectorIds": L[Si],
        "AgenticConnectorIds.$": str,
    },
    total=False,
)
AssociateWorkspaceAgenticContextsParameters = TypedDict(
    "AssociateWorkspaceAgenticContextsParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "AgenticContextIds": L[Si],
        "AgenticContextIds.$": str,
    },
    total=False,
)
AssociateWorkspaceApplicationParameters = TypedDict(
    "AssociateWorkspaceApplicationParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "ApplicationId": S, "ApplicationId.$": str},
    total=False,
)
AssociateWorkspaceEnforcedPolicyParameters = TypedDict(
    "AssociateWorkspaceEnforcedPolicyParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "PolicyId": S, "PolicyId.$": str},
    total=False,
)
AssociateWorkspaceModelsParameters = TypedDict(
    "AssociateWorkspaceModelsParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "ModelIds": L[Si], "ModelIds.$": str},
    total=False,
)

class IpRuleItem(TypedDict, total=False):
    IpRule: S
    RuleDesc: S

AuthorizeIpRulesParameters = TypedDict(
    "AuthorizeIpRulesParameters",
    {"GroupId": S, "GroupId.$": str, "UserRules": L[Xi[IpRuleItem]], "UserRules.$": str},
    total=False,
)
BatchGetAgentEnforcedPolicyParameters = TypedDict(
    "BatchGetAgentEnforcedPolicyParameters", {"PolicyIds": L[Si], "PolicyIds.$": str}, total=False
)
BatchGetAgentRuntimeParameters = TypedDict(
    "BatchGetAgentRuntimeParameters",
    {"AgentRuntimeIds": L[Si], "AgentRuntimeIds.$": str},
    total=False,
)
BatchGetAgenticConnectorParameters = TypedDict(
    "BatchGetAgenticConnectorParameters",
    {"AgenticConnectorIds": L[Si], "AgenticConnectorIds.$": str},
    total=False,
)
BatchGetAgenticContextMetadataParameters = TypedDict(
    "BatchGetAgenticContextMetadataParameters",
    {"AgenticContextIds": L[Si], "AgenticContextIds.$": str},
    total=False,
)
BatchGetAgenticPersonaConfigurationParameters = TypedDict(
    "BatchGetAgenticPersonaConfigurationParameters",
    {"AgenticPersonaConfigurationIds": L[Si], "AgenticPersonaConfigurationIds.$": str},
    total=False,
)
BatchGetModelParameters = TypedDict(
    "BatchGetModelParameters", {"ModelIds": L[Si], "ModelIds.$": str}, total=False
)
BatchGetWorkspaceEnforcedPolicyParameters = TypedDict(
    "BatchGetWorkspaceEnforcedPolicyParameters",
    {"PolicyIds": L[Si], "PolicyIds.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CopyWorkspaceImageParameters = TypedDict(
    "CopyWorkspaceImageParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SourceImageId": S,
        "SourceImageId.$": str,
        "SourceRegion": S,
        "SourceRegion.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateAccountLinkInvitationParameters = TypedDict(
    "CreateAccountLinkInvitationParameters",
    {"TargetAccountId": S, "TargetAccountId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
CreateAgentEnforcedPolicyParameters = TypedDict(
    "CreateAgentEnforcedPolicyParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "PolicyBody": S,
        "PolicyBody.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateAgenticContextParameters = TypedDict(
    "CreateAgenticContextParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ContextType": S,
        "ContextType.$": str,
        "TargetFilePath": S,
        "TargetFilePath.$": str,
        "ContextBody": S,
        "ContextBody.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateAgenticPersonaConfigurationParameters = TypedDict(
    "CreateAgenticPersonaConfigurationParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ModelIds": L[Si],
        "ModelIds.$": str,
        "AgenticConnectorIds": L[Si],
        "AgenticConnectorIds.$": str,
        "AgenticContextIds": L[Si],
        "AgenticContextIds.$": str,
        "WorkspaceEnforcedPolicyId": S,
        "WorkspaceEnforcedPolicyId.$": str,
        "AgentEnforcedPolicyId": S,
        "AgentEnforcedPolicyId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateConnectClientAddInParameters = TypedDict(
    "CreateConnectClientAddInParameters",
    {"ResourceId": S, "ResourceId.$": str, "Name": S, "Name.$": str, "Url": S, "Url.$": str},
    total=False,
)
CreateConnectionAliasParameters = TypedDict(
    "CreateConnectionAliasParameters",
    {"ConnectionString": S, "ConnectionString.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
CreateIpGroupParameters = TypedDict(
    "CreateIpGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "GroupDesc": S,
        "GroupDesc.$": str,
        "UserRules": L[Xi[IpRuleItem]],
        "UserRules.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class StandbyWorkspace(TypedDict, total=False):
    PrimaryWorkspaceId: S
    VolumeEncryptionKey: S
    DirectoryId: S
    Tags: L[Xi[Tag]]
    DataReplication: S

CreateStandbyWorkspacesParameters = TypedDict(
    "CreateStandbyWorkspacesParameters",
    {
        "PrimaryRegion": S,
        "PrimaryRegion.$": str,
        "StandbyWorkspaces": L[Xi[StandbyWorkspace]],
        "StandbyWorkspaces.$": str,
    },
    total=False,
)
CreateTagsParameters = TypedDict(
    "CreateTagsParameters",
    {"ResourceId": S, "ResourceId.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
CreateUpdatedWorkspaceImageParameters = TypedDict(
    "CreateUpdatedWorkspaceImageParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "SourceImageId": S,
        "SourceImageId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ComputeType(TypedDict, total=False):
    Name: S

class UserStorage(TypedDict, total=False):
    Capacity: S

class RootStorage(TypedDict, total=False):
    Capacity: S

CreateWorkspaceBundleParameters = TypedDict(
    "CreateWorkspaceBundleParameters",
    {
        "BundleName": S,
        "BundleName.$": str,
        "BundleDescription": S,
        "BundleDescription.$": str,
        "ImageId": S,
        "ImageId.$": str,
        "ComputeType": X[ComputeType],
        "ComputeType.$": str,
        "UserStorage": X[UserStorage],
        "UserStorage.$": str,
        "RootStorage": X[RootStorage],
        "RootStorage.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateWorkspaceEnforcedPolicyParameters = TypedDict(
    "CreateWorkspaceEnforcedPolicyParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "PolicyBody": S,
        "PolicyBody.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateWorkspaceImageParameters = TypedDict(
    "CreateWorkspaceImageParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class GlobalAcceleratorForWorkSpace(TypedDict, total=False):
    Mode: S
    PreferredProtocol: S

class WorkspaceProperties(TypedDict, total=False):
    RunningMode: S
    RunningModeAutoStopTimeoutInMinutes: I
    RootVolumeSizeGib: I
    UserVolumeSizeGib: I
    ComputeTypeName: S
    Protocols: L[Si]
    OperatingSystemName: S
    GlobalAccelerator: X[GlobalAcceleratorForWorkSpace]
    NestedVirtualizationEnabled: B

class WorkspaceRequest(TypedDict, total=False):
    DirectoryId: S
    UserName: S
    BundleId: S
    VolumeEncryptionKey: S
    UserVolumeEncryptionEnabled: B
    RootVolumeEncryptionEnabled: B
    WorkspaceProperties: X[WorkspaceProperties]
    Tags: L[Xi[Tag]]
    WorkspaceName: S
    Ipv6Address: S
    AgenticPersonaConfigurationId: S

CreateWorkspacesParameters = TypedDict(
    "CreateWorkspacesParameters",
    {"Workspaces": L[Xi[WorkspaceRequest]], "Workspaces.$": str},
    total=False,
)

class Capacity(TypedDict, total=False):
    DesiredUserSessions: I

class ApplicationSettingsRequest(TypedDict, total=False):
    Status: S
    SettingsGroup: S

class TimeoutSettings(TypedDict, total=False):
    DisconnectTimeoutInSeconds: I
    IdleDisconnectTimeoutInSeconds: I
    MaxUserDurationInSeconds: I

CreateWorkspacesPoolParameters = TypedDict(
    "CreateWorkspacesPoolParameters",
    {
        "PoolName": S,
        "PoolName.$": str,
        "Description": S,
        "Description.$": str,
        "BundleId": S,
        "BundleId.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "Capacity": X[Capacity],
        "Capacity.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ApplicationSettings": X[ApplicationSettingsRequest],
        "ApplicationSettings.$": str,
        "TimeoutSettings": X[TimeoutSettings],
        "TimeoutSettings.$": str,
        "RunningMode": S,
        "RunningMode.$": str,
    },
    total=False,
)
DeleteAccountLinkInvitationParameters = TypedDict(
    "DeleteAccountLinkInvitationParameters",
    {"LinkId": S, "LinkId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteAgentEnforcedPolicyParameters = TypedDict(
    "DeleteAgentEnforcedPolicyParameters", {"PolicyId": S, "PolicyId.$": str}, total=False
)
DeleteAgenticContextParameters = TypedDict(
    "DeleteAgenticContextParameters",
    {"AgenticContextId": S, "AgenticContextId.$": str},
    total=False,
)
DeleteAgenticPersonaConfigurationParameters = TypedDict(
    "DeleteAgenticPersonaConfigurationParameters",
    {"AgenticPersonaConfigurationId": S, "AgenticPersonaConfigurationId.$": str},
    total=False,
)
DeleteClientBrandingParameters = TypedDict(
    "DeleteClientBrandingParameters",
    {"ResourceId": S, "ResourceId.$": str, "Platforms": L[Si], "Platforms.$": str},
    total=False,
)
DeleteConnectClientAddInParameters = TypedDict(
    "DeleteConnectClientAddInParameters",
    {"AddInId": S, "AddInId.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
DeleteConnectionAliasParameters = TypedDict(
    "DeleteConnectionAliasParameters", {"AliasId": S, "AliasId.$": str}, total=False
)
DeleteIpGroupParameters = TypedDict(
    "DeleteIpGroupParameters", {"GroupId": S, "GroupId.$": str}, total=False
)
DeleteTagsParameters = TypedDict(
    "DeleteTagsParameters",
    {"ResourceId": S, "ResourceId.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
DeleteWorkspaceBundleParameters = TypedDict(
    "DeleteWorkspaceBundleParameters", {"BundleId": S, "BundleId.$": str}, total=False
)
DeleteWorkspaceEnforcedPolicyParameters = TypedDict(
    "DeleteWorkspaceEnforcedPolicyParameters", {"PolicyId": S, "PolicyId.$": str}, total=False
)
DeleteWorkspaceImageParameters = TypedDict(
    "DeleteWorkspaceImageParameters", {"ImageId": S, "ImageId.$": str}, total=False
)
DeployWorkspaceApplicationsParameters = TypedDict(
    "DeployWorkspaceApplicationsParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "Force": B, "Force.$": str},
    total=False,
)
DeregisterWorkspaceDirectoryParameters = TypedDict(
    "DeregisterWorkspaceDirectoryParameters", {"DirectoryId": S, "DirectoryId.$": str}, total=False
)

class DescribeAccountParameters(TypedDict, total=False): ...

DescribeAccountModificationsParameters = TypedDict(
    "DescribeAccountModificationsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
DescribeApplicationAssociationsParameters = TypedDict(
    "DescribeApplicationAssociationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ApplicationId": S,
        "ApplicationId.$": str,
        "AssociatedResourceTypes": L[Si],
        "AssociatedResourceTypes.$": str,
    },
    total=False,
)
DescribeApplicationsParameters = TypedDict(
    "DescribeApplicationsParameters",
    {
        "ApplicationIds": L[Si],
        "ApplicationIds.$": str,
        "ComputeTypeNames": L[Si],
        "ComputeTypeNames.$": str,
        "LicenseType": S,
        "LicenseType.$": str,
        "OperatingSystemNames": L[Si],
        "OperatingSystemNames.$": str,
        "Owner": S,
        "Owner.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeBundleAssociationsParameters = TypedDict(
    "DescribeBundleAssociationsParameters",
    {
        "BundleId": S,
        "BundleId.$": str,
        "AssociatedResourceTypes": L[Si],
        "AssociatedResourceTypes.$": str,
    },
    total=False,
)
DescribeClientBrandingParameters = TypedDict(
    "DescribeClientBrandingParameters", {"ResourceId": S, "ResourceId.$": str}, total=False
)
DescribeClientPropertiesParameters = TypedDict(
    "DescribeClientPropertiesParameters", {"ResourceIds": L[Si], "ResourceIds.$": str}, total=False
)
DescribeConnectClientAddInsParameters = TypedDict(
    "DescribeConnectClientAddInsParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeConnectionAliasPermissionsParameters = TypedDict(
    "DescribeConnectionAliasPermissionsParameters",
    {
        "AliasId": S,
        "AliasId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeConnectionAliasesParameters = TypedDict(
    "DescribeConnectionAliasesParameters",
    {
        "AliasIds": L[Si],
        "AliasIds.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeCustomWorkspaceImageImportParameters = TypedDict(
    "DescribeCustomWorkspaceImageImportParameters", {"ImageId": S, "ImageId.$": str}, total=False
)
DescribeImageAssociationsParameters = TypedDict(
    "DescribeImageAssociationsParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "AssociatedResourceTypes": L[Si],
        "AssociatedResourceTypes.$": str,
    },
    total=False,
)
DescribeIpGroupsParameters = TypedDict(
    "DescribeIpGroupsParameters",
    {
        "GroupIds": L[Si],
        "GroupIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeTagsParameters = TypedDict(
    "DescribeTagsParameters", {"ResourceId": S, "ResourceId.$": str}, total=False
)
DescribeWorkspaceAssociationsParameters = TypedDict(
    "DescribeWorkspaceAssociationsParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "AssociatedResourceTypes": L[Si],
        "AssociatedResourceTypes.$": str,
    },
    total=False,
)
DescribeWorkspaceBundlesParameters = TypedDict(
    "DescribeWorkspaceBundlesParameters",
    {
        "BundleIds": L[Si],
        "BundleIds.$": str,
        "Owner": S,
        "Owner.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribeWorkspaceDirectoriesFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

DescribeWorkspaceDirectoriesParameters = TypedDict(
    "DescribeWorkspaceDirectoriesParameters",
    {
        "DirectoryIds": L[Si],
        "DirectoryIds.$": str,
        "WorkspaceDirectoryNames": L[Si],
        "WorkspaceDirectoryNames.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[DescribeWorkspaceDirectoriesFilter]],
        "Filters.$": str,
    },
    total=False,
)
DescribeWorkspaceImagePermissionsParameters = TypedDict(
    "DescribeWorkspaceImagePermissionsParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeWorkspaceImagesParameters = TypedDict(
    "DescribeWorkspaceImagesParameters",
    {
        "ImageIds": L[Si],
        "ImageIds.$": str,
        "ImageType": S,
        "ImageType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeWorkspaceSnapshotsParameters = TypedDict(
    "DescribeWorkspaceSnapshotsParameters", {"WorkspaceId": S, "WorkspaceId.$": str}, total=False
)
DescribeWorkspacesParameters = TypedDict(
    "DescribeWorkspacesParameters",
    {
        "WorkspaceIds": L[Si],
        "WorkspaceIds.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "UserName": S,
        "UserName.$": str,
        "BundleId": S,
        "BundleId.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "WorkspaceName": S,
        "WorkspaceName.$": str,
    },
    total=False,
)
DescribeWorkspacesConnectionStatusParameters = TypedDict(
    "DescribeWorkspacesConnectionStatusParameters",
    {"WorkspaceIds": L[Si], "WorkspaceIds.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeWorkspacesPoolSessionsParameters = TypedDict(
    "DescribeWorkspacesPoolSessionsParameters",
    {
        "PoolId": S,
        "PoolId.$": str,
        "UserId": S,
        "UserId.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DescribeWorkspacesPoolsFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

DescribeWorkspacesPoolsParameters = TypedDict(
    "DescribeWorkspacesPoolsParameters",
    {
        "PoolIds": L[Si],
        "PoolIds.$": str,
        "Filters": L[Xi[DescribeWorkspacesPoolsFilter]],
        "Filters.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DisassociateAccountModelsParameters = TypedDict(
    "DisassociateAccountModelsParameters", {"ModelIds": L[Si], "ModelIds.$": str}, total=False
)
DisassociateConnectionAliasParameters = TypedDict(
    "DisassociateConnectionAliasParameters", {"AliasId": S, "AliasId.$": str}, total=False
)
DisassociateIpGroupsParameters = TypedDict(
    "DisassociateIpGroupsParameters",
    {"DirectoryId": S, "DirectoryId.$": str, "GroupIds": L[Si], "GroupIds.$": str},
    total=False,
)
DisassociateWorkspaceAgenticConnectorsParameters = TypedDict(
    "DisassociateWorkspaceAgenticConnectorsParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "AgenticConnectorIds": L[Si],
        "AgenticConnectorIds.$": str,
    },
    total=False,
)
DisassociateWorkspaceAgenticContextsParameters = TypedDict(
    "DisassociateWorkspaceAgenticContextsParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "AgenticContextIds": L[Si],
        "AgenticContextIds.$": str,
    },
    total=False,
)
DisassociateWorkspaceApplicationParameters = TypedDict(
    "DisassociateWorkspaceApplicationParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "ApplicationId": S, "ApplicationId.$": str},
    total=False,
)
DisassociateWorkspaceModelsParameters = TypedDict(
    "DisassociateWorkspaceModelsParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "ModelIds": L[Si], "ModelIds.$": str},
    total=False,
)
GetAccountLinkParameters = TypedDict(
    "GetAccountLinkParameters",
    {"LinkId": S, "LinkId.$": str, "LinkedAccountId": S, "LinkedAccountId.$": str},
    total=False,
)

class GetAgenticAccountSetupParameters(TypedDict, total=False): ...

GetAgenticContextParameters = TypedDict(
    "GetAgenticContextParameters", {"AgenticContextId": S, "AgenticContextId.$": str}, total=False
)
GetAgenticWorkspaceConfigurationParameters = TypedDict(
    "GetAgenticWorkspaceConfigurationParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str},
    total=False,
)

class DefaultImportClientBrandingAttributes(TypedDict, total=False):
    Logo: S
    SupportEmail: S
    SupportLink: S
    ForgotPasswordLink: S
    LoginMessage: M[S]

class IosImportClientBrandingAttributes(TypedDict, total=False):
    Logo: S
    Logo2x: S
    Logo3x: S
    SupportEmail: S
    SupportLink: S
    ForgotPasswordLink: S
    LoginMessage: M[S]

ImportClientBrandingParameters = TypedDict(
    "ImportClientBrandingParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "DeviceTypeWindows": X[DefaultImportClientBrandingAttributes],
        "DeviceTypeWindows.$": str,
        "DeviceTypeOsx": X[DefaultImportClientBrandingAttributes],
        "DeviceTypeOsx.$": str,
        "DeviceTypeAndroid": X[DefaultImportClientBrandingAttributes],
        "DeviceTypeAndroid.$": str,
        "DeviceTypeIos": X[IosImportClientBrandingAttributes],
        "DeviceTypeIos.$": str,
        "DeviceTypeLinux": X[DefaultImportClientBrandingAttributes],
        "DeviceTypeLinux.$": str,
        "DeviceTypeWeb": X[DefaultImportClientBrandingAttributes],
        "DeviceTypeWeb.$": str,
    },
    total=False,
)

class ImageSourceIdentifier(TypedDict, total=False):
    Ec2ImportTaskId: S
    ImageBuildVersionArn: S
    Ec2ImageId: S

ImportCustomWorkspaceImageParameters = TypedDict(
    "ImportCustomWorkspaceImageParameters",
    {
        "ImageName": S,
        "ImageName.$": str,
        "ImageDescription": S,
        "ImageDescription.$": str,
        "ComputeType": S,
        "ComputeType.$": str,
        "Protocol": S,
        "Protocol.$": str,
        "ImageSource": X[ImageSourceIdentifier],
        "ImageSource.$": str,
        "InfrastructureConfigurationArn": S,
        "InfrastructureConfigurationArn.$": str,
        "Platform": S,
        "Platform.$": str,
        "OsVersion": S,
        "OsVersion.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ImageValidationMode": S,
        "ImageValidationMode.$": str,
    },
    total=False,
)
ImportWorkspaceImageParameters = TypedDict(
    "ImportWorkspaceImageParameters",
    {
        "Ec2ImageId": S,
        "Ec2ImageId.$": str,
        "IngestionProcess": S,
        "IngestionProcess.$": str,
        "ImageName": S,
        "ImageName.$": str,
        "ImageDescription": S,
        "ImageDescription.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Applications": L[Si],
        "Applications.$": str,
    },
    total=False,
)
ListAccountLinksParameters = TypedDict(
    "ListAccountLinksParameters",
    {
        "LinkStatusFilter": L[Si],
        "LinkStatusFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAccountModelsParameters = TypedDict(
    "ListAccountModelsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListAgentEnforcedPoliciesParameters = TypedDict(
    "ListAgentEnforcedPoliciesParameters",
    {
        "Owner": S,
        "Owner.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgenticConnectorsParameters = TypedDict(
    "ListAgenticConnectorsParameters",
    {
        "ActivationStatus": S,
        "ActivationStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgenticContextsParameters = TypedDict(
    "ListAgenticContextsParameters",
    {
        "ContextType": S,
        "ContextType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListAgenticPersonaConfigurationsParameters = TypedDict(
    "ListAgenticPersonaConfigurationsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListAvailableManagementCidrRangesParameters = TypedDict(
    "ListAvailableManagementCidrRangesParameters",
    {
        "ManagementCidrRangeConstraint": S,
        "ManagementCidrRangeConstraint.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSupportedModelsParameters = TypedDict(
    "ListSupportedModelsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListWorkspaceEnforcedPoliciesParameters = TypedDict(
    "ListWorkspaceEnforcedPoliciesParameters",
    {
        "Owner": S,
        "Owner.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
MigrateWorkspaceParameters = TypedDict(
    "MigrateWorkspaceParameters",
    {"SourceWorkspaceId": S, "SourceWorkspaceId.$": str, "BundleId": S, "BundleId.$": str},
    total=False,
)
ModifyAccountParameters = TypedDict(
    "ModifyAccountParameters",
    {
        "DedicatedTenancySupport": S,
        "DedicatedTenancySupport.$": str,
        "DedicatedTenancyManagementCidrRange": S,
        "DedicatedTenancyManagementCidrRange.$": str,
    },
    total=False,
)

class CertificateBasedAuthProperties(TypedDict, total=False):
    Status: S
    CertificateAuthorityArn: S

ModifyCertificateBasedAuthPropertiesParameters = TypedDict(
    "ModifyCertificateBasedAuthPropertiesParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "CertificateBasedAuthProperties": X[CertificateBasedAuthProperties],
        "CertificateBasedAuthProperties.$": str,
        "PropertiesToDelete": L[Si],
        "PropertiesToDelete.$": str,
    },
    total=False,
)

class ClientProperties(TypedDict, total=False):
    ReconnectEnabled: S
    LogUploadEnabled: S
    ClientExperiencePolicy: S

ModifyClientPropertiesParameters = TypedDict(
    "ModifyClientPropertiesParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "ClientProperties": X[ClientProperties],
        "ClientProperties.$": str,
    },
    total=False,
)
ModifyEndpointEncryptionModeParameters = TypedDict(
    "ModifyEndpointEncryptionModeParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "EndpointEncryptionMode": S,
        "EndpointEncryptionMode.$": str,
    },
    total=False,
)

class SamlProperties(TypedDict, total=False):
    Status: S
    UserAccessUrl: S
    RelayStateParameterName: S

ModifySamlPropertiesParameters = TypedDict(
    "ModifySamlPropertiesParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "SamlProperties": X[SamlProperties],
        "SamlProperties.$": str,
        "PropertiesToDelete": L[Si],
        "PropertiesToDelete.$": str,
    },
    total=False,
)

class SelfservicePermissions(TypedDict, total=False):
    RestartWorkspace: S
    IncreaseVolumeSize: S
    ChangeComputeType: S
    SwitchRunningMode: S
    RebuildWorkspace: S
    NestedVirtualization: S
    EnableEndUserAdvisor: S

ModifySelfservicePermissionsParameters = TypedDict(
    "ModifySelfservicePermissionsParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "SelfservicePermissions": X[SelfservicePermissions],
        "SelfservicePermissions.$": str,
    },
    total=False,
)

class UserSetting(TypedDict, total=False):
    Action: S
    Permission: S
    MaximumLength: I

class StorageConnector(TypedDict, total=False):
    ConnectorType: S
    Status: S

class GlobalAcceleratorForDirectory(TypedDict, total=False):
    Mode: S
    PreferredProtocol: S

class StreamingProperties(TypedDict, total=False):
    StreamingExperiencePreferredProtocol: S
    UserSettings: L[Xi[UserSetting]]
    StorageConnectors: L[Xi[StorageConnector]]
    GlobalAccelerator: X[GlobalAcceleratorForDirectory]

ModifyStreamingPropertiesParameters = TypedDict(
    "ModifyStreamingPropertiesParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "StreamingProperties": X[StreamingProperties],
        "StreamingProperties.$": str,
    },
    total=False,
)

class AccessEndpoint(TypedDict, total=False):
    AccessEndpointType: S
    VpcEndpointId: S

class AccessEndpointConfig(TypedDict, total=False):
    AccessEndpoints: L[Xi[AccessEndpoint]]
    InternetFallbackProtocols: L[Si]

class WorkspaceAccessProperties(TypedDict, total=False):
    DeviceTypeWindows: S
    DeviceTypeOsx: S
    DeviceTypeWeb: S
    DeviceTypeIos: S
    DeviceTypeAndroid: S
    DeviceTypeChromeOs: S
    DeviceTypeZeroClient: S
    DeviceTypeLinux: S
    DeviceTypeWorkSpacesThinClient: S
    AccessEndpointConfig: X[AccessEndpointConfig]

ModifyWorkspaceAccessPropertiesParameters = TypedDict(
    "ModifyWorkspaceAccessPropertiesParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "WorkspaceAccessProperties": X[WorkspaceAccessProperties],
        "WorkspaceAccessProperties.$": str,
    },
    total=False,
)

class WorkspaceCreationProperties(TypedDict, total=False):
    EnableInternetAccess: B
    DefaultOu: S
    CustomSecurityGroupId: S
    UserEnabledAsLocalAdministrator: B
    EnableMaintenanceMode: B
    InstanceIamRoleArn: S

ModifyWorkspaceCreationPropertiesParameters = TypedDict(
    "ModifyWorkspaceCreationPropertiesParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "WorkspaceCreationProperties": X[WorkspaceCreationProperties],
        "WorkspaceCreationProperties.$": str,
    },
    total=False,
)
ModifyWorkspacePropertiesParameters = TypedDict(
    "ModifyWorkspacePropertiesParameters",
    {
        "WorkspaceId": S,
        "WorkspaceId.$": str,
        "WorkspaceProperties": X[WorkspaceProperties],
        "WorkspaceProperties.$": str,
        "DataReplication": S,
        "DataReplication.$": str,
    },
    total=False,
)
ModifyWorkspaceStateParameters = TypedDict(
    "ModifyWorkspaceStateParameters",
    {"WorkspaceId": S, "WorkspaceId.$": str, "WorkspaceState": S, "WorkspaceState.$": str},
    total=False,
)

class RebootRequest(TypedDict, total=False):
    WorkspaceId: S

RebootWorkspacesParameters = TypedDict(
    "RebootWorkspacesParameters",
    {"RebootWorkspaceRequests": L[Xi[RebootRequest]], "RebootWorkspaceRequests.$": str},
    total=False,
)

class RebuildRequest(TypedDict, total=False):
    WorkspaceId: S

RebuildWorkspacesParameters = TypedDict(
    "RebuildWorkspacesParameters",
    {"RebuildWorkspaceRequests": L[Xi[RebuildRequest]], "RebuildWorkspaceRequests.$": str},
    total=False,
)

class MicrosoftEntraConfig(TypedDict, total=False):
    TenantId: S
    ApplicationConfigSecretArn: S

class ActiveDirectoryConfig(TypedDict, total=False):
    DomainName: S
    ServiceAccountSecretArn: S

RegisterWorkspaceDirectoryParameters = TypedDict(
    "RegisterWorkspaceDirectoryParameters",
    {
        "DirectoryId": S,
        "DirectoryId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "EnableSelfService": B,
        "EnableSelfService.$": str,
        "Tenancy": S,
        "Tenancy.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "WorkspaceDirectoryName": S,
        "WorkspaceDirectoryName.$": str,
        "WorkspaceDirectoryDescription": S,
        "WorkspaceDirectoryDescription.$": str,
        "UserIdentityType": S,
        "UserIdentityType.$": str,
        "WorkspaceOsUserMode": S,
        "WorkspaceOsUserMode.$": str,
        "IdcInstanceArn": S,
        "IdcInstanceArn.$": str,
        "MicrosoftEntraConfig": X[MicrosoftEntraConfig],
        "MicrosoftEntraConfig.$": str,
        "WorkspaceType": S,
        "WorkspaceType.$": str,
        "ActiveDirectoryConfig": X[ActiveDirectoryConfig],
        "ActiveDirectoryConfig.$": str,
    },
    total=False,
)
RejectAccountLinkInvitationParameters = TypedDict(
    "RejectAccountLinkInvitationParameters",
    {"LinkId": S, "LinkId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
RestoreWorkspaceParameters = TypedDict(
    "RestoreWorkspaceParameters", {"WorkspaceId": S, "WorkspaceId.$": str}, total=False
)
RevokeIpRulesParameters = TypedDict(
    "RevokeIpRulesParameters",
    {"GroupId": S, "GroupId.$": str, "UserRules": L[Si], "UserRules.$": str},
    total=False,
)
StartAgenticAccountSetupParameters = TypedDict(
    "StartAgenticAccountSetupParameters", {"ClientToken": S, "ClientToken.$": str}, total=False
)

class StartRequest(TypedDict, total=False):
    WorkspaceId: S

StartWorkspacesParameters = TypedDict(
    "StartWorkspacesParameters",
    {"StartWorkspaceRequests": L[Xi[StartRequest]], "StartWorkspaceRequests.$": str},
    total=False,
)
StartWorkspacesPoolParameters = TypedDict(
    "StartWorkspacesPoolParameters", {"PoolId": S, "PoolId.$": str}, total=False
)

class StopRequest(TypedDict, total=False):
    WorkspaceId: S

StopWorkspacesParameters = TypedDict(
    "StopWorkspacesParameters",
    {"StopWorkspaceRequests": L[Xi[StopRequest]], "StopWorkspaceRequests.$": str},
    total=False,
)
StopWorkspacesPoolParameters = TypedDict(
    "StopWorkspacesPoolParameters", {"PoolId": S, "PoolId.$": str}, total=False
)

class TerminateRequest(TypedDict, total=False):
    WorkspaceId: S

TerminateWorkspacesParameters = TypedDict(
    "TerminateWorkspacesParameters",
    {"TerminateWorkspaceRequests": L[Xi[TerminateRequest]], "TerminateWorkspaceRequests.$": str},
    total=False,
)
TerminateWorkspacesPoolParameters = TypedDict(
    "TerminateWorkspacesPoolParameters", {"PoolId": S, "PoolId.$": str}, total=False
)
TerminateWorkspacesPoolSessionParameters = TypedDict(
    "TerminateWorkspacesPoolSessionParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
UpdateAgenticConnectorActivationStatusParameters = TypedDict(
    "UpdateAgenticConnectorActivationStatusParameters",
    {
        "AgenticConnectorId": S,
        "AgenticConnectorId.$": str,
        "ActivationStatus": S,
        "ActivationStatus.$": str,
    },
    total=False,
)
UpdateConnectClientAddInParameters = TypedDict(
    "UpdateConnectClientAddInParameters",
    {
        "AddInId": S,
        "AddInId.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "Name": S,
        "Name.$": str,
        "Url": S,
        "Url.$": str,
    },
    total=False,
)

class ConnectionAliasPermission(TypedDict, total=False):
    SharedAccountId: S
    AllowAssociation: B

UpdateConnectionAliasPermissionParameters = TypedDict(
    "UpdateConnectionAliasPermissionParameters",
    {
        "AliasId": S,
        "AliasId.$": str,
        "ConnectionAliasPermission": X[ConnectionAliasPermission],
        "ConnectionAliasPermission.$": str,
    },
    total=False,
)
UpdateRulesOfIpGroupParameters = TypedDict(
    "UpdateRulesOfIpGroupParameters",
    {"GroupId": S, "GroupId.$": str, "UserRules": L[Xi[IpRuleItem]], "UserRules.$": str},
    total=False,
)
UpdateWorkspaceBundleParameters = TypedDict(
    "UpdateWorkspaceBundleParameters",
    {"BundleId": S, "BundleId.$": str, "ImageId": S, "ImageId.$": str},
    total=False,
)
UpdateWorkspaceImagePermissionParameters = TypedDict(
    "UpdateWorkspaceImagePermissionParameters",
    {
        "ImageId": S,
        "ImageId.$": str,
        "AllowCopyImage": B,
        "AllowCopyImage.$": str,
        "SharedAccountId": S,
        "SharedAccountId.$": str,
    },
    total=False,
)
UpdateWorkspacesPoolParameters = TypedDict(
    "UpdateWorkspacesPoolParameters",
    {
        "PoolId": S,
        "PoolId.$": str,
        "Description": S,
        "Description.$": str,
        "BundleId": S,
        "BundleId.$": str,
        "DirectoryId": S,
        "DirectoryId.$": str,
        "Capacity": X[Capacity],
        "Capacity.$": str,
        "ApplicationSettings": X[ApplicationSettingsRequest],
        "ApplicationSettings.$": str,
        "TimeoutSettings": X[TimeoutSettings],
        "TimeoutSettings.$": str,
        "RunningMode": S,
        "RunningMode.$": str,
    },
    total=False,
)
accept_account_link_invitation: Builder[AcceptAccountLinkInvitationParameters]
associate_account_models: Builder[AssociateAccountModelsParameters]
associate_agent_enforced_policy: Builder[AssociateAgentEnforcedPolicyParameters]
associate_connection_alias: Builder[AssociateConnectionAliasParameters]
associate_ip_groups: Builder[AssociateIpGroupsParameters]
associate_workspace_agentic_connectors: Builder[AssociateWorkspaceAgenticConnectorsParameters]
associate_workspace_agentic_contexts: Builder[AssociateWorkspaceAgenticContextsParameters]
associate_workspace_application: Builder[AssociateWorkspaceApplicationParameters]
associate_workspace_enforced_policy: Builder[AssociateWorkspaceEnforcedPolicyParameters]
associate_workspace_models: Builder[AssociateWorkspaceModelsParameters]
authorize_ip_rules: Builder[AuthorizeIpRulesParameters]
batch_get_agent_enforced_policy: Builder[BatchGetAgentEnforcedPolicyParameters]
batch_get_agent_runtime: Builder[BatchGetAgentRuntimeParameters]
batch_get_agentic_connector: Builder[BatchGetAgenticConnectorParameters]
batch_get_agentic_context_metadata: Builder[BatchGetAgenticContextMetadataParameters]
batch_get_agentic_persona_configuration: Builder[BatchGetAgenticPersonaConfigurationParameters]
batch_get_model: Builder[BatchGetModelParameters]
batch_get_workspace_enforced_policy: Builder[BatchGetWorkspaceEnforcedPolicyParameters]
copy_workspace_image: Builder[CopyWorkspaceImageParameters]
create_account_link_invitation: Builder[CreateAccountLinkInvitationParameters]
create_agent_enforced_policy: Builder[CreateAgentEnforcedPolicyParameters]
create_agentic_context: Builder[CreateAgenticContextParameters]
create_agentic_persona_configuration: Builder[CreateAgenticPersonaConfigurationParameters]
create_connect_client_add_in: Builder[CreateConnectClientAddInParameters]
create_connection_alias: Builder[CreateConnectionAliasParameters]
create_ip_group: Builder[CreateIpGroupParameters]
create_standby_workspaces: Builder[CreateStandbyWorkspacesParameters]
create_tags: Builder[CreateTagsParameters]
create_updated_workspace_image: Builder[CreateUpdatedWorkspaceImageParameters]
create_workspace_bundle: Builder[CreateWorkspaceBundleParameters]
create_workspace_enforced_policy: Builder[CreateWorkspaceEnforcedPolicyParameters]
create_workspace_image: Builder[CreateWorkspaceImageParameters]
create_workspaces: Builder[CreateWorkspacesParameters]
create_workspaces_pool: Builder[CreateWorkspacesPoolParameters]
delete_account_link_invitation: Builder[DeleteAccountLinkInvitationParameters]
delete_agent_enforced_policy: Builder[DeleteAgentEnforcedPolicyParameters]
delete_agentic_context: Builder[DeleteAgenticContextParameters]
delete_agentic_persona_configuration: Builder[DeleteAgenticPersonaConfigurationParameters]
delete_client_branding: Builder[DeleteClientBrandingParameters]
delete_connect_client_add_in: Builder[DeleteConnectClientAddInParameters]
delete_connection_alias: Builder[DeleteConnectionAliasParameters]
delete_ip_group: Builder[DeleteIpGroupParameters]
delete_tags: Builder[DeleteTagsParameters]
delete_workspace_bundle: Builder[DeleteWorkspaceBundleParameters]
delete_workspace_enforced_policy: Builder[DeleteWorkspaceEnforcedPolicyParameters]
delete_workspace_image: Builder[DeleteWorkspaceImageParameters]
deploy_workspace_applications: Builder[DeployWorkspaceApplicationsParameters]
deregister_workspace_directory: Builder[DeregisterWorkspaceDirectoryParameters]
describe_account: Builder[DescribeAccountParameters]
describe_account_modifications: Builder[DescribeAccountModificationsParameters]
describe_application_associations: Builder[DescribeApplicationAssociationsParameters]
describe_applications: Builder[DescribeApplicationsParameters]
describe_bundle_associations: Builder[DescribeBundleAssociationsParameters]
describe_client_branding: Builder[DescribeClientBrandingParameters]
describe_client_properties: Builder[DescribeClientPropertiesParameters]
describe_connect_client_add_ins: Builder[DescribeConnectClientAddInsParameters]
describe_connection_alias_permissions: Builder[DescribeConnectionAliasPermissionsParameters]
describe_connection_aliases: Builder[DescribeConnectionAliasesParameters]
describe_custom_workspace_image_import: Builder[DescribeCustomWorkspaceImageImportParameters]
describe_image_associations: Builder[DescribeImageAssociationsParameters]
describe_ip_groups: Builder[DescribeIpGroupsParameters]
describe_tags: Builder[DescribeTagsParameters]
describe_workspace_associations: Builder[DescribeWorkspaceAssociationsParameters]
describe_workspace_bundles: Builder[DescribeWorkspaceBundlesParameters]
describe_workspace_directories: Builder[DescribeWorkspaceDirectoriesParameters]
describe_workspace_image_permissions: Builder[DescribeWorkspaceImagePermissionsParameters]
describe_workspace_images: Builder[DescribeWorkspaceImagesParameters]
describe_workspace_snapshots: Builder[DescribeWorkspaceSnapshotsParameters]
describe_workspaces: Builder[DescribeWorkspacesParameters]
describe_workspaces_connection_status: Builder[DescribeWorkspacesConnectionStatusParameters]
describe_workspaces_pool_sessions: Builder[DescribeWorkspacesPoolSessionsParameters]
describe_workspaces_pools: Builder[DescribeWorkspacesPoolsParameters]
disassociate_account_models: Builder[DisassociateAccountModelsParameters]
disassociate_connection_alias: Builder[DisassociateConnectionAliasParameters]
disassociate_ip_groups: Builder[DisassociateIpGroupsParameters]
disassociate_workspace_agentic_connectors: Builder[DisassociateWorkspaceAgenticConnectorsParameters]
disassociate_workspace_agentic_contexts: Builder[DisassociateWorkspaceAgenticContextsParameters]
disassociate_workspace_application: Builder[DisassociateWorkspaceApplicationParameters]
disassociate_workspace_models: Builder[DisassociateWorkspaceModelsParameters]
get_account_link: Builder[GetAccountLinkParameters]
get_agentic_account_setup: Builder[GetAgenticAccountSetupParameters]
get_agentic_context: Builder[GetAgenticContextParameters]
get_agentic_workspace_configuration: Builder[GetAgenticWorkspaceConfigurationParameters]
import_client_branding: Builder[ImportClientBrandingParameters]
import_custom_workspace_image: Builder[ImportCustomWorkspaceImageParameters]
import_workspace_image: Builder[ImportWorkspaceImageParameters]
list_account_links: Builder[ListAccountLinksParameters]
list_account_models: Builder[ListAccountModelsParameters]
list_agent_enforced_policies: Builder[ListAgentEnforcedPoliciesParameters]
list_agentic_connectors: Builder[ListAgenticConnectorsParameters]
list_agentic_contexts: Builder[ListAgenticContextsParameters]
list_agentic_persona_configurations: Builder[ListAgenticPersonaConfigurationsParameters]
list_available_management_cidr_ranges: Builder[ListAvailableManagementCidrRangesParameters]
list_supported_models: Builder[ListSupportedModelsParameters]
list_workspace_enforced_policies: Builder[ListWorkspaceEnforcedPoliciesParameters]
migrate_workspace: Builder[MigrateWorkspaceParameters]
modify_account: Builder[ModifyAccountParameters]
modify_certificate_based_auth_properties: Builder[ModifyCertificateBasedAuthPropertiesParameters]
modify_client_properties: Builder[ModifyClientPropertiesParameters]
modify_endpoint_encryption_mode: Builder[ModifyEndpointEncryptionModeParameters]
modify_saml_properties: Builder[ModifySamlPropertiesParameters]
modify_selfservice_permissions: Builder[ModifySelfservicePermissionsParameters]
modify_streaming_properties: Builder[ModifyStreamingPropertiesParameters]
modify_workspace_access_properties: Builder[ModifyWorkspaceAccessPropertiesParameters]
modify_workspace_creation_properties: Builder[ModifyWorkspaceCreationPropertiesParameters]
modify_workspace_properties: Builder[ModifyWorkspacePropertiesParameters]
modify_workspace_state: Builder[ModifyWorkspaceStateParameters]
reboot_workspaces: Builder[RebootWorkspacesParameters]
rebuild_workspaces: Builder[RebuildWorkspacesParameters]
register_workspace_directory: Builder[RegisterWorkspaceDirectoryParameters]
reject_account_link_invitation: Builder[RejectAccountLinkInvitationParameters]
restore_workspace: Builder[RestoreWorkspaceParameters]
revoke_ip_rules: Builder[RevokeIpRulesParameters]
start_agentic_account_setup: Builder[StartAgenticAccountSetupParameters]
start_workspaces: Builder[StartWorkspacesParameters]
start_workspaces_pool: Builder[StartWorkspacesPoolParameters]
stop_workspaces: Builder[StopWorkspacesParameters]
stop_workspaces_pool: Builder[StopWorkspacesPoolParameters]
terminate_workspaces: Builder[TerminateWorkspacesParameters]
terminate_workspaces_pool: Builder[TerminateWorkspacesPoolParameters]
terminate_workspaces_pool_session: Builder[TerminateWorkspacesPoolSessionParameters]
update_agentic_connector_activation_status: Builder[
    UpdateAgenticConnectorActivationStatusParameters
]
update_connect_client_add_in: Builder[UpdateConnectClientAddInParameters]
update_connection_alias_permission: Builder[UpdateConnectionAliasPermissionParameters]
update_rules_of_ip_group: Builder[UpdateRulesOfIpGroupParameters]
update_workspace_bundle: Builder[UpdateWorkspaceBundleParameters]
update_workspace_image_permission: Builder[UpdateWorkspaceImagePermissionParameters]
update_workspaces_pool: Builder[UpdateWorkspacesPoolParameters]

__all__ = [
    "accept_account_link_invitation",
    "associate_account_models",
    "associate_agent_enforced_policy",
    "associate_connection_alias",
    "associate_ip_groups",
    "associate_workspace_agentic_connectors",
    "associate_workspace_agentic_contexts",
    "associate_workspace_application",
    "associate_workspace_enforced_policy",
    "associate_workspace_models",
    "authorize_ip_rules",
    "batch_get_agent_enforced_policy",
    "batch_get_agent_runtime",
    "batch_get_agentic_connector",
    "batch_get_agentic_context_metadata",
    "batch_get_agentic_persona_configuration",
    "batch_get_model",
    "batch_get_workspace_enforced_policy",
    "copy_workspace_image",
    "create_account_link_invitation",
    "create_agent_enforced_policy",
    "create_agentic_context",
    "create_agentic_persona_configuration",
    "create_connect_client_add_in",
    "create_connection_alias",
    "create_ip_group",
    "create_standby_workspaces",
    "create_tags",
    "create_updated_workspace_image",
    "create_workspace_bundle",
    "create_workspace_enforced_policy",
    "create_workspace_image",
    "create_workspaces",
    "create_workspaces_pool",
    "delete_account_link_invitation",
    "delete_agent_enforced_policy",
    "delete_agentic_context",
    "delete_agentic_persona_configuration",
    "delete_client_branding",
    "delete_connect_client_add_in",
    "delete_connection_alias",
    "delete_ip_group",
    "delete_tags",
    "delete_workspace_bundle",
    "delete_workspace_enforced_policy",
    "delete_workspace_image",
    "deploy_workspace_applications",
    "deregister_workspace_directory",
    "describe_account",
    "describe_account_modifications",
    "describe_application_associations",
    "describe_applications",
    "describe_bundle_associations",
    "describe_client_branding",
    "describe_client_properties",
    "describe_connect_client_add_ins",
    "describe_connection_alias_permissions",
    "describe_connection_aliases",
    "describe_custom_workspace_image_import",
    "describe_image_associations",
    "describe_ip_groups",
    "describe_tags",
    "describe_workspace_associations",
    "describe_workspace_bundles",
    "describe_workspace_directories",
    "describe_workspace_image_permissions",
    "describe_workspace_images",
    "describe_workspace_snapshots",
    "describe_workspaces",
    "describe_workspaces_connection_status",
    "describe_workspaces_pool_sessions",
    "describe_workspaces_pools",
    "disassociate_account_models",
    "disassociate_connection_alias",
    "disassociate_ip_groups",
    "disassociate_workspace_agentic_connectors",
    "disassociate_workspace_agentic_contexts",
    "disassociate_workspace_application",
    "disassociate_workspace_models",
    "get_account_link",
    "get_agentic_account_setup",
    "get_agentic_context",
    "get_agentic_workspace_configuration",
    "import_client_branding",
    "import_custom_workspace_image",
    "import_workspace_image",
    "list_account_links",
    "list_account_models",
    "list_agent_enforced_policies",
    "list_agentic_connectors",
    "list_agentic_contexts",
    "list_agentic_persona_configurations",
    "list_available_management_cidr_ranges",
    "list_supported_models",
    "list_workspace_enforced_policies",
    "migrate_workspace",
    "modify_account",
    "modify_certificate_based_auth_properties",
    "modify_client_properties",
    "modify_endpoint_encryption_mode",
    "modify_saml_properties",
    "modify_selfservice_permissions",
    "modify_streaming_properties",
    "modify_workspace_access_properties",
    "modify_workspace_creation_properties",
    "modify_workspace_properties",
    "modify_workspace_state",
    "reboot_workspaces",
    "rebuild_workspaces",
    "register_workspace_directory",
    "reject_account_link_invitation",
    "restore_workspace",
    "revoke_ip_rules",
    "start_agentic_account_setup",
    "start_workspaces",
    "start_workspaces_pool",
    "stop_workspaces",
    "stop_workspaces_pool",
    "terminate_workspaces",
    "terminate_workspaces_pool",
    "terminate_workspaces_pool_session",
    "update_agentic_connector_activation_status",
    "update_connect_client_add_in",
    "update_connection_alias_permission",
    "update_rules_of_ip_group",
    "update_workspace_bundle",
    "update_workspace_image_permission",
    "update_workspaces_pool",
]
