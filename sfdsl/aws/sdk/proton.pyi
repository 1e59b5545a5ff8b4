"""Typed builders of the AWS SDK integration of proton (``aws-sdk:proton:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

AcceptEnvironmentAccountConnectionParameters = TypedDict(
    "AcceptEnvironmentAccountConnectionParameters", {"Id": S, "Id.$": str}, total=False
)
CancelComponentDeploymentParameters = TypedDict(
    "CancelComponentDeploymentParameters", {"ComponentName": S, "ComponentName.$": str}, total=False
)
CancelEnvironmentDeploymentParameters = TypedDict(
    "CancelEnvironmentDeploymentParameters",
    {"EnvironmentName": S, "EnvironmentName.$": str},
    total=False,
)
CancelServiceInstanceDeploymentParameters = TypedDict(
    "CancelServiceInstanceDeploymentParameters",
    {
        "ServiceInstanceName": S,
        "ServiceInstanceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)
CancelServicePipelineDeploymentParameters = TypedDict(
    "CancelServicePipelineDeploymentParameters",
    {"ServiceName": S, "ServiceName.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateComponentParameters = TypedDict(
    "CreateComponentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Manifest": S,
        "Manifest.$": str,
        "Name": S,
        "Name.$": str,
        "ServiceInstanceName": S,
        "ServiceInstanceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "ServiceSpec": S,
        "ServiceSpec.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TemplateFile": S,
        "TemplateFile.$": str,
    },
    total=False,
)

class RepositoryBranchInput(TypedDict, total=False):
    Branch: S
    Name: S
    Provider: S

CreateEnvironmentParameters = TypedDict(
    "CreateEnvironmentParameters",
    {
        "CodebuildRoleArn": S,
        "CodebuildRoleArn.$": str,
        "ComponentRoleArn": S,
        "ComponentRoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "EnvironmentAccountConnectionId": S,
        "EnvironmentAccountConnectionId.$": str,
        "Name": S,
        "Name.$": str,
        "ProtonServiceRoleArn": S,
        "ProtonServiceRoleArn.$": str,
        "ProvisioningRepository": X[RepositoryBranchInput],
        "ProvisioningRepository.$": str,
        "Spec": S,
        "Spec.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TemplateMajorVersion": S,
        "TemplateMajorVersion.$": str,
        "TemplateMinorVersion": S,
        "TemplateMinorVersion.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
CreateEnvironmentAccountConnectionParameters = TypedDict(
    "CreateEnvironmentAccountConnectionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "CodebuildRoleArn": S,
        "CodebuildRoleArn.$": str,
        "ComponentRoleArn": S,
        "ComponentRoleArn.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "ManagementAccountId": S,
        "ManagementAccountId.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateEnvironmentTemplateParameters = TypedDict(
    "CreateEnvironmentTemplateParameters",
    {
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "EncryptionKey": S,
        "EncryptionKey.$": str,
        "Name": S,
        "Name.$": str,
        "Provisioning": S,
        "Provisioning.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class S3ObjectSource(TypedDict, total=False):
    Bucket: S
    Key: S

class TemplateVersionSourceInput(TypedDict, total=False):
    S3: X[S3ObjectSource]

CreateEnvironmentTemplateVersionParameters = TypedDict(
    "CreateEnvironmentTemplateVersionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "MajorVersion": S,
        "MajorVersion.$": str,
        "Source": X[TemplateVersionSourceInput],
        "Source.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
CreateRepositoryParameters = TypedDict(
    "CreateRepositoryParameters",
    {
        "ConnectionArn": S,
        "ConnectionArn.$": str,
        "EncryptionKey": S,
        "EncryptionKey.$": str,
        "Name": S,
        "Name.$": str,
        "Provider": S,
        "Provider.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateServiceParameters = TypedDict(
    "CreateServiceParameters",
    {
        "BranchName": S,
        "BranchName.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "RepositoryConnectionArn": S,
        "RepositoryConnectionArn.$": str,
        "RepositoryId": S,
        "RepositoryId.$": str,
        "Spec": S,
        "Spec.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TemplateMajorVersion": S,
        "TemplateMajorVersion.$": str,
        "TemplateMinorVersion": S,
        "TemplateMinorVersion.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
CreateServiceInstanceParameters = TypedDict(
    "CreateServiceInstanceParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Name": S,
        "Name.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "Spec": S,
        "Spec.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TemplateMajorVersion": S,
        "TemplateMajorVersion.$": str,
        "TemplateMinorVersion": S,
        "TemplateMinorVersion.$": str,
    },
    total=False,
)
CreateServiceSyncConfigParameters = TypedDict(
    "CreateServiceSyncConfigParameters",
    {
        "Branch": S,
        "Branch.$": str,
        "FilePath": S,
        "FilePath.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryProvider": S,
        "RepositoryProvider.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)
CreateServiceTemplateParameters = TypedDict(
    "CreateServiceTemplateParameters",
    {
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "EncryptionKey": S,
        "EncryptionKey.$": str,
        "Name": S,
        "Name.$": str,
        "PipelineProvisioning": S,
        "PipelineProvisioning.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class CompatibleEnvironmentTemplateInput(TypedDict, total=False):
    MajorVersion: S
    TemplateName: S

CreateServiceTemplateVersionParameters = TypedDict(
    "CreateServiceTemplateVersionParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "CompatibleEnvironmentTemplates": L[Xi[CompatibleEnvironmentTemplateInput]],
        "CompatibleEnvironmentTemplates.$": str,
        "Description": S,
        "Description.$": str,
        "MajorVersion": S,
        "MajorVersion.$": str,
        "Source": X[TemplateVersionSourceInput],
        "Source.$": str,
        "SupportedComponentSources": L[Si],
        "SupportedComponentSources.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
CreateTemplateSyncConfigParameters = TypedDict(
    "CreateTemplateSyncConfigParameters",
    {
        "Branch": S,
        "Branch.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryProvider": S,
        "RepositoryProvider.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateType": S,
        "TemplateType.$": str,
    },
    total=False,
)
DeleteComponentParameters = TypedDict(
    "DeleteComponentParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteDeploymentParameters = TypedDict(
    "DeleteDeploymentParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteEnvironmentParameters = TypedDict(
    "DeleteEnvironmentParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteEnvironmentAccountConnectionParameters = TypedDict(
    "DeleteEnvironmentAccountConnectionParameters", {"Id": S, "Id.$": str}, total=False
)
DeleteEnvironmentTemplateParameters = TypedDict(
    "DeleteEnvironmentTemplateParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteEnvironmentTemplateVersionParameters = TypedDict(
    "DeleteEnvironmentTemplateVersionParameters",
    {
        "MajorVersion": S,
        "MajorVersion.$": str,
        "MinorVersion": S,
        "MinorVersion.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
DeleteRepositoryParameters = TypedDict(
    "DeleteRepositoryParameters",
    {"Name": S, "Name.$": str, "Provider": S, "Provider.$": str},
    total=False,
)
DeleteServiceParameters = TypedDict(
    "DeleteServiceParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteServiceSyncConfigParameters = TypedDict(
    "DeleteServiceSyncConfigParameters", {"ServiceName": S, "ServiceName.$": str}, total=False
)
DeleteServiceTemplateParameters = TypedDict(
    "DeleteServiceTemplateParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteServiceTemplateVersionParameters = TypedDict(
    "DeleteServiceTemplateVersionParameters",
    {
        "MajorVersion": S,
        "MajorVersion.$": str,
        "MinorVersion": S,
        "MinorVersion.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
DeleteTemplateSyncConfigParameters = TypedDict(
    "DeleteTemplateSyncConfigParameters",
    {"TemplateName": S, "TemplateName.$": str, "TemplateType": S, "TemplateType.$": str},
    total=False,
)

class GetAccountSettingsParameters(TypedDict, total=False): ...

GetComponentParameters = TypedDict(
    "GetComponentParameters", {"Name": S, "Name.$": str}, total=False
)
GetDeploymentParameters = TypedDict(
    "GetDeploymentParameters",
    {
        "ComponentName": S,
        "ComponentName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "Id": S,
        "Id.$": str,
        "ServiceInstanceName": S,
        "ServiceInstanceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)
GetEnvironmentParameters = TypedDict(
    "GetEnvironmentParameters", {"Name": S, "Name.$": str}, total=False
)
GetEnvironmentAccountConnectionParameters = TypedDict(
    "GetEnvironmentAccountConnectionParameters", {"Id": S, "Id.$": str}, total=False
)
GetEnvironmentTemplateParameters = TypedDict(
    "GetEnvironmentTemplateParameters", {"Name": S, "Name.$": str}, total=False
)
GetEnvironmentTemplateVersionParameters = TypedDict(
    "GetEnvironmentTemplateVersionParameters",
    {
        "MajorVersion": S,
        "MajorVersion.$": str,
        "MinorVersion": S,
        "MinorVersion.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
GetRepositoryParameters = TypedDict(
    "GetRepositoryParameters",
    {"Name": S, "Name.$": str, "Provider": S, "Provider.$": str},
    total=False,
)
GetRepositorySyncStatusParameters = TypedDict(
    "GetRepositorySyncStatusParameters",
    {
        "Branch": S,
        "Branch.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryProvider": S,
        "RepositoryProvider.$": str,
        "SyncType": S,
        "SyncType.$": str,
    },
    total=False,
)

class GetResourcesSummaryParameters(TypedDict, total=False): ...

GetServiceParameters = TypedDict("GetServiceParameters", {"Name": S, "Name.$": str}, total=False)
GetServiceInstanceParameters = TypedDict(
    "GetServiceInstanceParameters",
    {"Name": S, "Name.$": str, "ServiceName": S, "ServiceName.$": str},
    total=False,
)
GetServiceInstanceSyncStatusParameters = TypedDict(
    "GetServiceInstanceSyncStatusParameters",
    {
        "ServiceInstanceName": S,
        "ServiceInstanceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)
GetServiceSyncBlockerSummaryParameters = TypedDict(
    "GetServiceSyncBlockerSummaryParameters",
    {
        "ServiceInstanceName": S,
        "ServiceInstanceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)
GetServiceSyncConfigParameters = TypedDict(
    "GetServiceSyncConfigParameters", {"ServiceName": S, "ServiceName.$": str}, total=False
)
GetServiceTemplateParameters = TypedDict(
    "GetServiceTemplateParameters", {"Name": S, "Name.$": str}, total=False
)
GetServiceTemplateVersionParameters = TypedDict(
    "GetServiceTemplateVersionParameters",
    {
        "MajorVersion": S,
        "MajorVersion.$": str,
        "MinorVersion": S,
        "MinorVersion.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
GetTemplateSyncConfigParameters = TypedDict(
    "GetTemplateSyncConfigParameters",
    {"TemplateName": S, "TemplateName.$": str, "TemplateType": S, "TemplateType.$": str},
    total=False,
)
GetTemplateSyncStatusParameters = TypedDict(
    "GetTemplateSyncStatusParameters",
    {
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateType": S,
        "TemplateType.$": str,
        "TemplateVersion": S,
        "TemplateVersion.$": str,
    },
    total=False,
)
ListComponentOutputsParameters = TypedDict(
    "ListComponentOutputsParameters",
    {
        "ComponentName": S,
        "ComponentName.$": str,
        "DeploymentId": S,
        "DeploymentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListComponentProvisionedResourcesParameters = TypedDict(
    "ListComponentProvisionedResourcesParameters",
    {"ComponentName": S, "ComponentName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListComponentsParameters = TypedDict(
    "ListComponentsParameters",
    {
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServiceInstanceName": S,
        "ServiceInstanceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)
ListDeploymentsParameters = TypedDict(
    "ListDeploymentsParameters",
    {
        "ComponentName": S,
        "ComponentName.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServiceInstanceName": S,
        "ServiceInstanceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)
ListEnvironmentAccountConnectionsParameters = TypedDict(
    "ListEnvironmentAccountConnectionsParameters",
    {
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RequestedBy": S,
        "RequestedBy.$": str,
        "Statuses": L[Si],
        "Statuses.$": str,
    },
    total=False,
)
ListEnvironmentOutputsParameters = TypedDict(
    "ListEnvironmentOutputsParameters",
    {
        "DeploymentId": S,
        "DeploymentId.$": str,
        "EnvironmentName": S,
        "EnvironmentName.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEnvironmentProvisionedResourcesParameters = TypedDict(
    "ListEnvironmentProvisionedResourcesParameters",
    {"EnvironmentName": S, "EnvironmentName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListEnvironmentTemplateVersionsParameters = TypedDict(
    "ListEnvironmentTemplateVersionsParameters",
    {
        "MajorVersion": S,
        "MajorVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
ListEnvironmentTemplatesParameters = TypedDict(
    "ListEnvironmentTemplatesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class EnvironmentTemplateFilter(TypedDict, total=False):
    MajorVersion: S
    TemplateName: S

ListEnvironmentsParameters = TypedDict(
    "ListEnvironmentsParameters",
    {
        "EnvironmentTemplates": L[Xi[EnvironmentTemplateFilter]],
        "EnvironmentTemplates.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRepositoriesParameters = TypedDict(
    "ListRepositoriesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListRepositorySyncDefinitionsParameters = TypedDict(
    "ListRepositorySyncDefinitionsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryProvider": S,
        "RepositoryProvider.$": str,
        "SyncType": S,
        "SyncType.$": str,
    },
    total=False,
)
ListServiceInstanceOutputsParameters = TypedDict(
    "ListServiceInstanceOutputsParameters",
    {
        "DeploymentId": S,
        "DeploymentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServiceInstanceName": S,
        "ServiceInstanceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)
ListServiceInstanceProvisionedResourcesParameters = TypedDict(
    "ListServiceInstanceProvisionedResourcesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "ServiceInstanceName": S,
        "ServiceInstanceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)

class ListServiceInstancesFilter(TypedDict, total=False):
    Key: S
    Value: S

ListServiceInstancesParameters = TypedDict(
    "ListServiceInstancesParameters",
    {
        "Filters": L[Xi[ListServiceInstancesFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "SortOrder": S,
        "SortOrder.$": str,
    },
    total=False,
)
ListServicePipelineOutputsParameters = TypedDict(
    "ListServicePipelineOutputsParameters",
    {
        "DeploymentId": S,
        "DeploymentId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)
ListServicePipelineProvisionedResourcesParameters = TypedDict(
    "ListServicePipelineProvisionedResourcesParameters",
    {"NextToken": S, "NextToken.$": str, "ServiceName": S, "ServiceName.$": str},
    total=False,
)
ListServiceTemplateVersionsParameters = TypedDict(
    "ListServiceTemplateVersionsParameters",
    {
        "MajorVersion": S,
        "MajorVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
ListServiceTemplatesParameters = TypedDict(
    "ListServiceTemplatesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListServicesParameters = TypedDict(
    "ListServicesParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
    },
    total=False,
)

class Output(TypedDict, total=False):
    Key: S
    ValueString: S

NotifyResourceDeploymentStatusChangeParameters = TypedDict(
    "NotifyResourceDeploymentStatusChangeParameters",
    {
        "DeploymentId": S,
        "DeploymentId.$": str,
        "Outputs": L[Xi[Output]],
        "Outputs.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Status": S,
        "Status.$": str,
        "StatusMessage": S,
        "StatusMessage.$": str,
    },
    total=False,
)
RejectEnvironmentAccountConnectionParameters = TypedDict(
    "RejectEnvironmentAccountConnectionParameters", {"Id": S, "Id.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAccountSettingsParameters = TypedDict(
    "UpdateAccountSettingsParameters",
    {
        "DeletePipelineProvisioningRepository": B,
        "DeletePipelineProvisioningRepository.$": str,
        "PipelineCodebuildRoleArn": S,
        "PipelineCodebuildRoleArn.$": str,
        "PipelineProvisioningRepository": X[RepositoryBranchInput],
        "PipelineProvisioningRepository.$": str,
        "PipelineServiceRoleArn": S,
        "PipelineServiceRoleArn.$": str,
    },
    total=False,
)
UpdateComponentParameters = TypedDict(
    "UpdateComponentParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DeploymentType": S,
        "DeploymentType.$": str,
        "Description": S,
        "Description.$": str,
        "Name": S,
        "Name.$": str,
        "ServiceInstanceName": S,
        "ServiceInstanceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "ServiceSpec": S,
        "ServiceSpec.$": str,
        "TemplateFile": S,
        "TemplateFile.$": str,
    },
    total=False,
)
UpdateEnvironmentParameters = TypedDict(
    "UpdateEnvironmentParameters",
    {
        "CodebuildRoleArn": S,
        "CodebuildRoleArn.$": str,
        "ComponentRoleArn": S,
        "ComponentRoleArn.$": str,
        "DeploymentType": S,
        "DeploymentType.$": str,
        "Description": S,
        "Description.$": str,
        "EnvironmentAccountConnectionId": S,
        "EnvironmentAccountConnectionId.$": str,
        "Name": S,
        "Name.$": str,
        "ProtonServiceRoleArn": S,
        "ProtonServiceRoleArn.$": str,
        "ProvisioningRepository": X[RepositoryBranchInput],
        "ProvisioningRepository.$": str,
        "Spec": S,
        "Spec.$": str,
        "TemplateMajorVersion": S,
        "TemplateMajorVersion.$": str,
        "TemplateMinorVersion": S,
        "TemplateMinorVersion.$": str,
    },
    total=False,
)
UpdateEnvironmentAccountConnectionParameters = TypedDict(
    "UpdateEnvironmentAccountConnectionParameters",
    {
        "CodebuildRoleArn": S,
        "CodebuildRoleArn.$": str,
        "ComponentRoleArn": S,
        "ComponentRoleArn.$": str,
        "Id": S,
        "Id.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
    },
    total=False,
)
UpdateEnvironmentTemplateParameters = TypedDict(
    "UpdateEnvironmentTemplateParameters",
    {
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateEnvironmentTemplateVersionParameters = TypedDict(
    "UpdateEnvironmentTemplateVersionParameters",
    {
        "Description": S,
        "Description.$": str,
        "MajorVersion": S,
        "MajorVersion.$": str,
        "MinorVersion": S,
        "MinorVersion.$": str,
        "Status": S,
        "Status.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
UpdateServiceParameters = TypedDict(
    "UpdateServiceParameters",
    {"Description": S, "Description.$": str, "Name": S, "Name.$": str, "Spec": S, "Spec.$": str},
    total=False,
)
UpdateServiceInstanceParameters = TypedDict(
    "UpdateServiceInstanceParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DeploymentType": S,
        "DeploymentType.$": str,
        "Name": S,
        "Name.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "Spec": S,
        "Spec.$": str,
        "TemplateMajorVersion": S,
        "TemplateMajorVersion.$": str,
        "TemplateMinorVersion": S,
        "TemplateMinorVersion.$": str,
    },
    total=False,
)
UpdateServicePipelineParameters = TypedDict(
    "UpdateServicePipelineParameters",
    {
        "DeploymentType": S,
        "DeploymentType.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "Spec": S,
        "Spec.$": str,
        "TemplateMajorVersion": S,
        "TemplateMajorVersion.$": str,
        "TemplateMinorVersion": S,
        "TemplateMinorVersion.$": str,
    },
    total=False,
)
UpdateServiceSyncBlockerParameters = TypedDict(
    "UpdateServiceSyncBlockerParameters",
    {"Id": S, "Id.$": str, "ResolvedReason": S, "ResolvedReason.$": str},
    total=False,
)
UpdateServiceSyncConfigParameters = TypedDict(
    "UpdateServiceSyncConfigParameters",
    {
        "Branch": S,
        "Branch.$": str,
        "FilePath": S,
        "FilePath.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryProvider": S,
        "RepositoryProvider.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)
UpdateServiceTemplateParameters = TypedDict(
    "UpdateServiceTemplateParameters",
    {
        "Description": S,
        "Description.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Name": S,
        "Name.$": str,
    },
    total=False,
)
UpdateServiceTemplateVersionParameters = TypedDict(
    "UpdateServiceTemplateVersionParameters",
    {
        "CompatibleEnvironmentTemplates": L[Xi[CompatibleEnvironmentTemplateInput]],
        "CompatibleEnvironmentTemplates.$": str,
        "Description": S,
        "Description.$": str,
        "MajorVersion": S,
        "MajorVersion.$": str,
        "MinorVersion": S,
        "MinorVersion.$": str,
        "Status": S,
        "Status.$": str,
        "SupportedComponentSources": L[Si],
        "SupportedComponentSources.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
    },
    total=False,
)
UpdateTemplateSyncConfigParameters = TypedDict(
    "UpdateTemplateSyncConfigParameters",
    {
        "Branch": S,
        "Branch.$": str,
        "RepositoryName": S,
        "RepositoryName.$": str,
        "RepositoryProvider": S,
        "RepositoryProvider.$": str,
        "Subdirectory": S,
        "Subdirectory.$": str,
        "TemplateName": S,
        "TemplateName.$": str,
        "TemplateType": S,
        "TemplateType.$": str,
    },
    total=False,
)
accept_environment_account_connection: Builder[AcceptEnvironmentAccountConnectionParameters]
cancel_component_deployment: Builder[CancelComponentDeploymentParameters]
cancel_environment_deployment: Builder[CancelEnvironmentDeploymentParameters]
cancel_service_instance_deployment: Builder[CancelServiceInstanceDeploymentParameters]
cancel_service_pipeline_deployment: Builder[CancelServicePipelineDeploymentParameters]
create_component: Builder[CreateComponentParameters]
create_environment: Builder[CreateEnvironmentParameters]
create_environment_account_connection: Builder[CreateEnvironmentAccountConnectionParameters]
create_environment_template: Builder[CreateEnvironmentTemplateParameters]
create_environment_template_version: Builder[CreateEnvironmentTemplateVersionParameters]
create_repository: Builder[CreateRepositoryParameters]
create_service: Builder[CreateServiceParameters]
create_service_instance: Builder[CreateServiceInstanceParameters]
create_service_sync_config: Builder[CreateServiceSyncConfigParameters]
create_service_template: Builder[CreateServiceTemplateParameters]
create_service_template_version: Builder[CreateServiceTemplateVersionParameters]
create_template_sync_config: Builder[CreateTemplateSyncConfigParameters]
delete_component: Builder[DeleteComponentParameters]
delete_deployment: Builder[DeleteDeploymentParameters]
delete_environment: Builder[DeleteEnvironmentParameters]
delete_environment_account_connection: Builder[DeleteEnvironmentAccountConnectionParameters]
delete_environment_template: Builder[DeleteEnvironmentTemplateParameters]
delete_environment_template_version: Builder[DeleteEnvironmentTemplateVersionParameters]
delete_repository: Builder[DeleteRepositoryParameters]
delete_service: Builder[DeleteServiceParameters]
delete_service_sync_config: Builder[DeleteServiceSyncConfigParameters]
delete_service_template: Builder[DeleteServiceTemplateParameters]
delete_service_template_version: Builder[DeleteServiceTemplateVersionParameters]
delete_template_sync_config: Builder[DeleteTemplateSyncConfigParameters]
get_account_settings: Builder[GetAccountSettingsParameters]
get_component: Builder[GetComponentParameters]
get_deployment: Builder[GetDeploymentParameters]
get_environment: Builder[GetEnvironmentParameters]
get_environment_account_connection: Builder[GetEnvironmentAccountConnectionParameters]
get_environment_template: Builder[GetEnvironmentTemplateParameters]
get_environment_template_version: Builder[GetEnvironmentTemplateVersionParameters]
get_repository: Builder[GetRepositoryParameters]
get_repository_sync_status: Builder[GetRepositorySyncStatusParameters]
get_resources_summary: Builder[GetResourcesSummaryParameters]
get_service: Builder[GetServiceParameters]
get_service_instance: Builder[GetServiceInstanceParameters]
get_service_instance_sync_status: Builder[GetServiceInstanceSyncStatusParameters]
get_service_sync_blocker_summary: Builder[GetServiceSyncBlockerSummaryParameters]
get_service_sync_config: Builder[GetServiceSyncConfigParameters]
get_service_template: Builder[GetServiceTemplateParameters]
get_service_template_version: Builder[GetServiceTemplateVersionParameters]
get_template_sync_config: Builder[GetTemplateSyncConfigParameters]
get_template_sync_status: Builder[GetTemplateSyncStatusParameters]
list_component_outputs: Builder[ListComponentOutputsParameters]
list_component_provisioned_resources: Builder[ListComponentProvisionedResourcesParameters]
list_components: Builder[ListComponentsParameters]
list_deployments: Builder[ListDeploymentsParameters]
list_environment_account_connections: Builder[ListEnvironmentAccountConnectionsParameters]
list_environment_outputs: Builder[ListEnvironmentOutputsParameters]
list_environment_provisioned_resources: Builder[ListEnvironmentProvisionedResourcesParameters]
list_environment_template_versions: Builder[ListEnvironmentTemplateVersionsParameters]
list_environment_templates: Builder[ListEnvironmentTemplatesParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_repositories: Builder[ListRepositoriesParameters]
list_repository_sync_definitions: Builder[ListRepositorySyncDefinitionsParameters]
list_service_instance_outputs: Builder[ListServiceInstanceOutputsParameters]
list_service_instance_provisioned_resources: Builder[
    ListServiceInstanceProvisionedResourcesParameters
]
list_service_instances: Builder[ListServiceInstancesParameters]
list_service_pipeline_outputs: Builder[ListServicePipelineOutputsParameters]
list_service_pipeline_provisioned_resources: Builder[
    ListServicePipelineProvisionedResourcesParameters
]
list_service_template_versions: Builder[ListServiceTemplateVersionsParameters]
list_service_templates: Builder[ListServiceTemplatesParameters]
list_services: Builder[ListServicesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
notify_resource_deployment_status_change: Builder[NotifyResourceDeploymentStatusChangeParameters]
reject_environment_account_connection: Builder[RejectEnvironmentAccountConnectionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_account_settings: Builder[UpdateAccountSettingsParameters]
update_component: Builder[UpdateComponentParameters]
update_environment: Builder[UpdateEnvironmentParameters]
update_environment_account_connection: Builder[UpdateEnvironmentAccountConnectionParameters]
update_environment_template: Builder[UpdateEnvironmentTemplateParameters]
update_environment_template_version: Builder[UpdateEnvironmentTemplateVersionParameters]
update_service: Builder[UpdateServiceParameters]
update_service_instance: Builder[UpdateServiceInstanceParameters]
update_service_pipeline: Builder[UpdateServicePipelineParameters]
update_service_sync_blocker: Builder[UpdateServiceSyncBlockerParameters]
update_service_sync_config: Builder[UpdateServiceSyncConfigParameters]
update_service_template: Builder[UpdateServiceTemplateParameters]
update_service_template_version: Builder[UpdateServiceTemplateVersionParameters]
update_template_sync_config: Builder[UpdateTemplateSyncConfigParameters]

__all__ = [
    "accept_environment_account_connection",
    "cancel_component_deployment",
    "cancel_environment_deployment",
    "cancel_service_instance_deployment",
    "cancel_service_pipeline_deployment",
    "create_component",
    "create_environment",
    "create_environment_account_connection",
    "create_environment_template",
    "create_environment_template_version",
    "create_repository",
    "create_service",
    "create_service_instance",
    "create_service_sync_config",
    "create_service_template",
    "create_service_template_version",
    "create_template_sync_config",
    "delete_component",
    "delete_deployment",
    "delete_environment",
    "delete_environment_account_connection",
    "delete_environment_template",
    "delete_environment_template_version",
    "delete_repository",
    "delete_service",
    "delete_service_sync_config",
    "delete_service_template",
    "delete_service_template_version",
    "delete_template_sync_config",
    "get_account_settings",
    "get_component",
    "get_deployment",
    "get_environment",
    "get_environment_account_connection",
    "get_environment_template",
    "get_environment_template_version",
    "get_repository",
    "get_repository_sync_status",
    "get_resources_summary",
    "get_service",
    "get_service_instance",
    "get_service_instance_sync_status",
    "get_service_sync_blocker_summary",
    "get_service_sync_config",
    "get_service_template",
    "get_service_template_version",
    "get_template_sync_config",
    "get_template_sync_status",
    "list_component_outputs",
    "list_component_provisioned_resources",
    "list_components",
    "list_deployments",
    "list_environment_account_connections",
    "list_environment_outputs",
    "list_environment_provisioned_resources",
    "list_environment_template_versions",
    "list_environment_templates",
    "list_environments",
    "list_repositories",
    "list_repository_sync_definitions",
    "list_service_instance_outputs",
    "list_service_instance_provisioned_resources",
    "list_service_instances",
    "list_service_pipeline_outputs",
    "list_service_pipeline_provisioned_resources",
    "list_service_template_versions",
    "list_service_templates",
    "list_services",
    "list_tags_for_resource",
    "notify_resource_deployment_status_change",
    "reject_environment_account_connection",
    "tag_resource",
    "untag_resource",
    "update_account_settings",
    "update_component",
    "update_environment",
    "update_environment_account_connection",
    "update_environment_template",
    "update_environment_template_version",
    "update_service",
    "update_service_instance",
    "update_service_pipeline",
    "update_service_sync_blocker",
    "update_service_sync_config",
    "update_service_template",
    "update_service_template_version",
    "update_template_sync_config",
]
