"""Typed builders of the AWS SDK integration of ssm (``aws-sdk:ssm:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, Mi, S, Si, T, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

AddTagsToResourceParameters = TypedDict(
    "AddTagsToResourceParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
AssociateOpsItemRelatedItemParameters = TypedDict(
    "AssociateOpsItemRelatedItemParameters",
    {
        "OpsItemId": S,
        "OpsItemId.$": str,
        "AssociationType": S,
        "AssociationType.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceUri": S,
        "ResourceUri.$": str,
    },
    total=False,
)
CancelCommandParameters = TypedDict(
    "CancelCommandParameters",
    {"CommandId": S, "CommandId.$": str, "InstanceIds": L[Si], "InstanceIds.$": str},
    total=False,
)
CancelMaintenanceWindowExecutionParameters = TypedDict(
    "CancelMaintenanceWindowExecutionParameters",
    {"WindowExecutionId": S, "WindowExecutionId.$": str},
    total=False,
)

class RegistrationMetadataItem(TypedDict, total=False):
    Key: S
    Value: S

CreateActivationParameters = TypedDict(
    "CreateActivationParameters",
    {
        "Description": S,
        "Description.$": str,
        "DefaultInstanceName": S,
        "DefaultInstanceName.$": str,
        "IamRole": S,
        "IamRole.$": str,
        "RegistrationLimit": I,
        "RegistrationLimit.$": str,
        "ExpirationDate": T,
        "ExpirationDate.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "RegistrationMetadata": L[Xi[RegistrationMetadataItem]],
        "RegistrationMetadata.$": str,
    },
    total=False,
)

class Target(TypedDict, total=False):
    Key: S
    Values: L[Si]

class S3OutputLocation(TypedDict, total=False):
    OutputS3Region: S
    OutputS3BucketName: S
    OutputS3KeyPrefix: S

class InstanceAssociationOutputLocation(TypedDict, total=False):
    S3Location: X[S3OutputLocation]

class Alarm(TypedDict, total=False):
    Name: S

class AlarmConfiguration(TypedDict, total=False):
    IgnorePollAlarmFailure: B
    Alarms: L[Xi[Alarm]]

class TargetLocation(TypedDict, total=False):
    Accounts: L[Si]
    Regions: L[Si]
    TargetLocationMaxConcurrency: S
    TargetLocationMaxErrors: S
    ExecutionRoleName: S
    TargetLocationAlarmConfiguration: X[AlarmConfiguration]
    IncludeChildOrganizationUnits: B
    ExcludeAccounts: L[Si]
    Targets: L[Xi[Target]]
    TargetsMaxConcurrency: S
    TargetsMaxErrors: S

CreateAssociationParameters = TypedDict(
    "CreateAssociationParameters",
    {
        "Name": S,
        "Name.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "Parameters": M[L[Si]],
        "Parameters.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "ScheduleExpression": S,
        "ScheduleExpression.$": str,
        "OutputLocation": X[InstanceAssociationOutputLocation],
        "OutputLocation.$": str,
        "AssociationName": S,
        "AssociationName.$": str,
        "AutomationTargetParameterName": S,
        "AutomationTargetParameterName.$": str,
        "MaxErrors": S,
        "MaxErrors.$": str,
        "MaxConcurrency": S,
        "MaxConcurrency.$": str,
        "ComplianceSeverity": S,
        "ComplianceSeverity.$": str,
        "SyncCompliance": S,
        "SyncCompliance.$": str,
        "ApplyOnlyAtCronInterval": B,
        "ApplyOnlyAtCronInterval.$": str,
        "CalendarNames": L[Si],
        "CalendarNames.$": str,
        "TargetLocations": L[Xi[TargetLocation]],
        "TargetLocations.$": str,
        "ScheduleOffset": I,
        "ScheduleOffset.$": str,
        "Duration": I,
        "Duration.$": str,
        "TargetMaps": L[Mi[L[Si]]],
        "TargetMaps.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AlarmConfiguration": X[AlarmConfiguration],
        "AlarmConfiguration.$": str,
        "AssociationDispatchAssumeRole": S,
        "AssociationDispatchAssumeRole.$": str,
    },
    total=False,
)

class CreateAssociationBatchRequestEntry(TypedDict, total=False):
    Name: S
    InstanceId: S
    Parameters: M[L[Si]]
    AutomationTargetParameterName: S
    DocumentVersion: S
    Targets: L[Xi[Target]]
    ScheduleExpression: S
    OutputLocation: X[InstanceAssociationOutputLocation]
    AssociationName: S
    MaxErrors: S
    MaxConcurrency: S
    ComplianceSeverity: S
    SyncCompliance: S
    ApplyOnlyAtCronInterval: B
    CalendarNames: L[Si]
    TargetLocations: L[Xi[TargetLocation]]
    ScheduleOffset: I
    Duration: I
    TargetMaps: L[Mi[L[Si]]]
    AlarmConfiguration: X[AlarmConfiguration]

CreateAssociationBatchParameters = TypedDict(
    "CreateAssociationBatchParameters",
    {
        "Entries": L[Xi[CreateAssociationBatchRequestEntry]],
        "Entries.$": str,
        "AssociationDispatchAssumeRole": S,
        "AssociationDispatchAssumeRole.$": str,
    },
    total=False,
)

class AzureSubscription(TypedDict, total=False):
    Id: S
    DisplayName: S

class ConfigurationTargets(TypedDict, total=False):
    Subscriptions: L[Xi[AzureSubscription]]

class AzureConfiguration(TypedDict, total=False):
    TenantId: S
    TenantDisplayName: S
    ApplicationId: S
    ApplicationDisplayName: S
    Targets: X[ConfigurationTargets]

class GcpProject(TypedDict, total=False):
    ProjectId: S
    ProjectDisplayName: S

class GcpConfigurationTargets(TypedDict, total=False):
    Projects: L[Xi[GcpProject]]

class GcpConfiguration(TypedDict, total=False):
    OrganizationId: S
    WorkloadIdentityPoolProvider: S
    ServiceAccountEmail: S
    Targets: X[GcpConfigurationTargets]

class CloudConnectorConfiguration(TypedDict, total=False):
    AzureConfiguration: X[AzureConfiguration]
    GcpConfiguration: X[GcpConfiguration]

CreateCloudConnectorParameters = TypedDict(
    "CreateCloudConnectorParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "Configuration": X[CloudConnectorConfiguration],
        "Configuration.$": str,
        "ConfigConnectorArn": S,
        "ConfigConnectorArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class DocumentRequires(TypedDict, total=False):
    Name: S
    Version: S
    RequireType: S
    VersionName: S

class AttachmentsSource(TypedDict, total=False):
    Key: S
    Values: L[Si]
    Name: S

CreateDocumentParameters = TypedDict(
    "CreateDocumentParameters",
    {
        "Content": S,
        "Content.$": str,
        "Requires": L[Xi[DocumentRequires]],
        "Requires.$": str,
        "Attachments": L[Xi[AttachmentsSource]],
        "Attachments.$": str,
        "Name": S,
        "Name.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "DocumentType": S,
        "DocumentType.$": str,
        "DocumentFormat": S,
        "DocumentFormat.$": str,
        "TargetType": S,
        "TargetType.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CloudProviders": L[Si],
        "CloudProviders.$": str,
    },
    total=False,
)
CreateMaintenanceWindowParameters = TypedDict(
    "CreateMaintenanceWindowParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "StartDate": S,
        "StartDate.$": str,
        "EndDate": S,
        "EndDate.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "ScheduleTimezone": S,
        "ScheduleTimezone.$": str,
        "ScheduleOffset": I,
        "ScheduleOffset.$": str,
        "Duration": I,
        "Duration.$": str,
        "Cutoff": I,
        "Cutoff.$": str,
        "AllowUnassociatedTargets": B,
        "AllowUnassociatedTargets.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class OpsItemDataValue(TypedDict, total=False):
    Value: S
    Type: S

class OpsItemNotification(TypedDict, total=False):
    Arn: S

class RelatedOpsItem(TypedDict, total=False):
    OpsItemId: S

CreateOpsItemParameters = TypedDict(
    "CreateOpsItemParameters",
    {
        "Description": S,
        "Description.$": str,
        "OpsItemType": S,
        "OpsItemType.$": str,
        "OperationalData": M[X[OpsItemDataValue]],
        "OperationalData.$": str,
        "Notifications": L[Xi[OpsItemNotification]],
        "Notifications.$": str,
        "Priority": I,
        "Priority.$": str,
        "RelatedOpsItems": L[Xi[RelatedOpsItem]],
        "RelatedOpsItems.$": str,
        "Source": S,
        "Source.$": str,
        "Title": S,
        "Title.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Category": S,
        "Category.$": str,
        "Severity": S,
        "Severity.$": str,
        "ActualStartTime": T,
        "ActualStartTime.$": str,
        "ActualEndTime": T,
        "ActualEndTime.$": str,
        "PlannedStartTime": T,
        "PlannedStartTime.$": str,
        "PlannedEndTime": T,
        "PlannedEndTime.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)

class MetadataValue(TypedDict, total=False):
    Value: S

CreateOpsMetadataParameters = TypedDict(
    "CreateOpsMetadataParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "Metadata": M[X[MetadataValue]],
        "Metadata.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class PatchFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

class PatchFilterGroup(TypedDict, total=False):
    PatchFilters: L[Xi[PatchFilter]]

class PatchRule(TypedDict, total=False):
    PatchFilterGroup: X[PatchFilterGroup]
    ComplianceLevel: S
    ApproveAfterDays: I
    ApproveUntilDate: S
    EnableNonSecurity: B

class PatchRuleGroup(TypedDict, total=False):
    PatchRules: L[Xi[PatchRule]]

class PatchSource(TypedDict, total=False):
    Name: S
    Products: L[Si]
    Configuration: S

CreatePatchBaselineParameters = TypedDict(
    "CreatePatchBaselineParameters",
    {
        "OperatingSystem": S,
        "OperatingSystem.$": str,
        "Name": S,
        "Name.$": str,
        "GlobalFilters": X[PatchFilterGroup],
        "GlobalFilters.$": str,
        "ApprovalRules": X[PatchRuleGroup],
        "ApprovalRules.$": str,
        "ApprovedPatches": L[Si],
        "ApprovedPatches.$": str,
        "ApprovedPatchesComplianceLevel": S,
        "ApprovedPatchesComplianceLevel.$": str,
        "ApprovedPatchesEnableNonSecurity": B,
        "ApprovedPatchesEnableNonSecurity.$": str,
        "RejectedPatches": L[Si],
        "RejectedPatches.$": str,
        "RejectedPatchesAction": S,
        "RejectedPatchesAction.$": str,
        "Description": S,
        "Description.$": str,
        "Sources": L[Xi[PatchSource]],
        "Sources.$": str,
        "AvailableSecurityUpdatesComplianceStatus": S,
        "AvailableSecurityUpdatesComplianceStatus.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class ResourceDataSyncDestinationDataSharing(TypedDict, total=False):
    DestinationDataSharingType: S

class ResourceDataSyncS3Destination(TypedDict, total=False):
    BucketName: S
    Prefix: S
    SyncFormat: S
    Region: S
    AwskmsKeyARN: S
    DestinationDataSharing: X[ResourceDataSyncDestinationDataSharing]

class ResourceDataSyncOrganizationalUnit(TypedDict, total=False):
    OrganizationalUnitId: S

class ResourceDataSyncAwsOrganizationsSource(TypedDict, total=False):
    OrganizationSourceType: S
    OrganizationalUnits: L[Xi[ResourceDataSyncOrganizationalUnit]]

class ResourceDataSyncSource(TypedDict, total=False):
    SourceType: S
    AwsOrganizationsSource: X[ResourceDataSyncAwsOrganizationsSource]
    SourceRegions: L[Si]
    IncludeFutureRegions: B
    EnableAllOpsDataSources: B

CreateResourceDataSyncParameters = TypedDict(
    "CreateResourceDataSyncParameters",
    {
        "SyncName": S,
        "SyncName.$": str,
        "S3Destination": X[ResourceDataSyncS3Destination],
        "S3Destination.$": str,
        "SyncType": S,
        "SyncType.$": str,
        "SyncSource": X[ResourceDataSyncSource],
        "SyncSource.$": str,
    },
    total=False,
)
DeleteActivationParameters = TypedDict(
    "DeleteActivationParameters", {"ActivationId": S, "ActivationId.$": str}, total=False
)
DeleteAssociationParameters = TypedDict(
    "DeleteAssociationParameters",
    {
        "Name": S,
        "Name.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
    },
    total=False,
)
DeleteCloudConnectorParameters = TypedDict(
    "DeleteCloudConnectorParameters",
    {"CloudConnectorId": S, "CloudConnectorId.$": str},
    total=False,
)
DeleteDocumentParameters = TypedDict(
    "DeleteDocumentParameters",
    {
        "Name": S,
        "Name.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
DeleteInventoryParameters = TypedDict(
    "DeleteInventoryParameters",
    {
        "TypeName": S,
        "TypeName.$": str,
        "SchemaDeleteOption": S,
        "SchemaDeleteOption.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteMaintenanceWindowParameters = TypedDict(
    "DeleteMaintenanceWindowParameters", {"WindowId": S, "WindowId.$": str}, total=False
)
DeleteOpsItemParameters = TypedDict(
    "DeleteOpsItemParameters", {"OpsItemId": S, "OpsItemId.$": str}, total=False
)
DeleteOpsMetadataParameters = TypedDict(
    "DeleteOpsMetadataParameters", {"OpsMetadataArn": S, "OpsMetadataArn.$": str}, total=False
)
DeleteParameterParameters = TypedDict(
    "DeleteParameterParameters", {"Name": S, "Name.$": str}, total=False
)
DeleteParametersParameters = TypedDict(
    "DeleteParametersParameters", {"Names": L[Si], "Names.$": str}, total=False
)
DeletePatchBaselineParameters = TypedDict(
    "DeletePatchBaselineParameters", {"BaselineId": S, "BaselineId.$": str}, total=False
)
DeleteResourceDataSyncParameters = TypedDict(
    "DeleteResourceDataSyncParameters",
    {"SyncName": S, "SyncName.$": str, "SyncType": S, "SyncType.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "PolicyId": S,
        "PolicyId.$": str,
        "PolicyHash": S,
        "PolicyHash.$": str,
        "DeletionMode": S,
        "DeletionMode.$": str,
    },
    total=False,
)

class DeregisterDefaultHostManagementConfigurationParameters(TypedDict, total=False): ...

DeregisterManagedInstanceParameters = TypedDict(
    "DeregisterManagedInstanceParameters", {"InstanceId": S, "InstanceId.$": str}, total=False
)
DeregisterPatchBaselineForPatchGroupParameters = TypedDict(
    "DeregisterPatchBaselineForPatchGroupParameters",
    {"BaselineId": S, "BaselineId.$": str, "PatchGroup": S, "PatchGroup.$": str},
    total=False,
)
DeregisterTargetFromMaintenanceWindowParameters = TypedDict(
    "DeregisterTargetFromMaintenanceWindowParameters",
    {
        "WindowId": S,
        "WindowId.$": str,
        "WindowTargetId": S,
        "WindowTargetId.$": str,
        "Safe": B,
        "Safe.$": str,
    },
    total=False,
)
DeregisterTaskFromMaintenanceWindowParameters = TypedDict(
    "DeregisterTaskFromMaintenanceWindowParameters",
    {"WindowId": S, "WindowId.$": str, "WindowTaskId": S, "WindowTaskId.$": str},
    total=False,
)

class DescribeActivationsFilter(TypedDict, total=False):
    FilterKey: S
    FilterValues: L[Si]

DescribeActivationsParameters = TypedDict(
    "DescribeActivationsParameters",
    {
        "Filters": L[Xi[DescribeActivationsFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeAssociationParameters = TypedDict(
    "DescribeAssociationParameters",
    {
        "Name": S,
        "Name.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "AssociationId": S,
        "AssociationId.$": str,
        "AssociationVersion": S,
        "AssociationVersion.$": str,
    },
    total=False,
)

class AssociationExecutionTargetsFilter(TypedDict, total=False):
    Key: S
    Value: S

DescribeAssociationExecutionTargetsParameters = TypedDict(
    "DescribeAssociationExecutionTargetsParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "ExecutionId": S,
        "ExecutionId.$": str,
        "Filters": L[Xi[AssociationExecutionTargetsFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AssociationExecutionFilter(TypedDict, total=False):
    Key: S
    Value: S
    Type: S

DescribeAssociationExecutionsParameters = TypedDict(
    "DescribeAssociationExecutionsParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "Filters": L[Xi[AssociationExecutionFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AutomationExecutionFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

DescribeAutomationExecutionsParameters = TypedDict(
    "DescribeAutomationExecutionsParameters",
    {
        "Filters": L[Xi[AutomationExecutionFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class StepExecutionFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

DescribeAutomationStepExecutionsParameters = TypedDict(
    "DescribeAutomationStepExecutionsParameters",
    {
        "AutomationExecutionId": S,
        "AutomationExecutionId.$": str,
        "Filters": L[Xi[StepExecutionFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
    },
    total=False,
)

class PatchOrchestratorFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

DescribeAvailablePatchesParameters = TypedDict(
    "DescribeAvailablePatchesParameters",
    {
        "Filters": L[Xi[PatchOrchestratorFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeDocumentParameters = TypedDict(
    "DescribeDocumentParameters",
    {
        "Name": S,
        "Name.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "VersionName": S,
        "VersionName.$": str,
    },
    total=False,
)
DescribeDocumentPermissionParameters = TypedDict(
    "DescribeDocumentPermissionParameters",
    {
        "Name": S,
        "Name.$": str,
        "PermissionType": S,
        "PermissionType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeEffectiveInstanceAssociationsParameters = TypedDict(
    "DescribeEffectiveInstanceAssociationsParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeEffectivePatchesForPatchBaselineParameters = TypedDict(
    "DescribeEffectivePatchesForPatchBaselineParameters",
    {
        "BaselineId": S,
        "BaselineId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeInstanceAssociationsStatusParameters = TypedDict(
    "DescribeInstanceAssociationsStatusParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class InstanceInformationFilter(TypedDict, total=False):
    Key: S
    ValueSet: L[Si]

class InstanceInformationStringFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

DescribeInstanceInformationParameters = TypedDict(
    "DescribeInstanceInformationParameters",
    {
        "InstanceInformationFilterList": L[Xi[InstanceInformationFilter]],
        "InstanceInformationFilterList.$": str,
        "Filters": L[Xi[InstanceInformationStringFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeInstancePatchStatesParameters = TypedDict(
    "DescribeInstancePatchStatesParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class InstancePatchStateFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]
    Type: S

DescribeInstancePatchStatesForPatchGroupParameters = TypedDict(
    "DescribeInstancePatchStatesForPatchGroupParameters",
    {
        "PatchGroup": S,
        "PatchGroup.$": str,
        "Filters": L[Xi[InstancePatchStateFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeInstancePatchesParameters = TypedDict(
    "DescribeInstancePatchesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "Filters": L[Xi[PatchOrchestratorFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class InstancePropertyFilter(TypedDict, total=False):
    Key: S
    ValueSet: L[Si]

class InstancePropertyStringFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]
    Operator: S

DescribeInstancePropertiesParameters = TypedDict(
    "DescribeInstancePropertiesParameters",
    {
        "InstancePropertyFilterList": L[Xi[InstancePropertyFilter]],
        "InstancePropertyFilterList.$": str,
        "FiltersWithOperator": L[Xi[InstancePropertyStringFilter]],
        "FiltersWithOperator.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeInventoryDeletionsParameters = TypedDict(
    "DescribeInventoryDeletionsParameters",
    {
        "DeletionId": S,
        "DeletionId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class MaintenanceWindowFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

DescribeMaintenanceWindowExecutionTaskInvocationsParameters = TypedDict(
    "DescribeMaintenanceWindowExecutionTaskInvocationsParameters",
    {
        "WindowExecutionId": S,
        "WindowExecutionId.$": str,
        "TaskId": S,
        "TaskId.$": str,
        "Filters": L[Xi[MaintenanceWindowFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMaintenanceWindowExecutionTasksParameters = TypedDict(
    "DescribeMaintenanceWindowExecutionTasksParameters",
    {
        "WindowExecutionId": S,
        "WindowExecutionId.$": str,
        "Filters": L[Xi[MaintenanceWindowFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMaintenanceWindowExecutionsParameters = TypedDict(
    "DescribeMaintenanceWindowExecutionsParameters",
    {
        "WindowId": S,
        "WindowId.$": str,
        "Filters": L[Xi[MaintenanceWindowFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMaintenanceWindowScheduleParameters = TypedDict(
    "DescribeMaintenanceWindowScheduleParameters",
    {
        "WindowId": S,
        "WindowId.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "Filters": L[Xi[PatchOrchestratorFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMaintenanceWindowTargetsParameters = TypedDict(
    "DescribeMaintenanceWindowTargetsParameters",
    {
        "WindowId": S,
        "WindowId.$": str,
        "Filters": L[Xi[MaintenanceWindowFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMaintenanceWindowTasksParameters = TypedDict(
    "DescribeMaintenanceWindowTasksParameters",
    {
        "WindowId": S,
        "WindowId.$": str,
        "Filters": L[Xi[MaintenanceWindowFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMaintenanceWindowsParameters = TypedDict(
    "DescribeMaintenanceWindowsParameters",
    {
        "Filters": L[Xi[MaintenanceWindowFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeMaintenanceWindowsForTargetParameters = TypedDict(
    "DescribeMaintenanceWindowsForTargetParameters",
    {
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class OpsItemFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]
    Operator: S

DescribeOpsItemsParameters = TypedDict(
    "DescribeOpsItemsParameters",
    {
        "OpsItemFilters": L[Xi[OpsItemFilter]],
        "OpsItemFilters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ParametersFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

class ParameterStringFilter(TypedDict, total=False):
    Key: S
    Option: S
    Values: L[Si]

DescribeParametersParameters = TypedDict(
    "DescribeParametersParameters",
    {
        "Filters": L[Xi[ParametersFilter]],
        "Filters.$": str,
        "ParameterFilters": L[Xi[ParameterStringFilter]],
        "ParameterFilters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Shared": B,
        "Shared.$": str,
    },
    total=False,
)
DescribePatchBaselinesParameters = TypedDict(
    "DescribePatchBaselinesParameters",
    {
        "Filters": L[Xi[PatchOrchestratorFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribePatchGroupStateParameters = TypedDict(
    "DescribePatchGroupStateParameters", {"PatchGroup": S, "PatchGroup.$": str}, total=False
)
DescribePatchGroupsParameters = TypedDict(
    "DescribePatchGroupsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[PatchOrchestratorFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribePatchPropertiesParameters = TypedDict(
    "DescribePatchPropertiesParameters",
    {
        "OperatingSystem": S,
        "OperatingSystem.$": str,
        "Property": S,
        "Property.$": str,
        "PatchSet": S,
        "PatchSet.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class SessionFilter(TypedDict, total=False):
    Key: S
    Value: S

DescribeSessionsParameters = TypedDict(
    "DescribeSessionsParameters",
    {
        "State": S,
        "State.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[SessionFilter]],
        "Filters.$": str,
    },
    total=False,
)
DisassociateOpsItemRelatedItemParameters = TypedDict(
    "DisassociateOpsItemRelatedItemParameters",
    {"OpsItemId": S, "OpsItemId.$": str, "AssociationId": S, "AssociationId.$": str},
    total=False,
)
GetAccessTokenParameters = TypedDict(
    "GetAccessTokenParameters", {"AccessRequestId": S, "AccessRequestId.$": str}, total=False
)
GetAutomationExecutionParameters = TypedDict(
    "GetAutomationExecutionParameters",
    {"AutomationExecutionId": S, "AutomationExecutionId.$": str},
    total=False,
)
GetCalendarStateParameters = TypedDict(
    "GetCalendarStateParameters",
    {"CalendarNames": L[Si], "CalendarNames.$": str, "AtTime": S, "AtTime.$": str},
    total=False,
)
GetCloudConnectorParameters = TypedDict(
    "GetCloudConnectorParameters", {"CloudConnectorId": S, "CloudConnectorId.$": str}, total=False
)
GetCommandInvocationParameters = TypedDict(
    "GetCommandInvocationParameters",
    {
        "CommandId": S,
        "CommandId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "PluginName": S,
        "PluginName.$": str,
    },
    total=False,
)
GetConnectionStatusParameters = TypedDict(
    "GetConnectionStatusParameters", {"Target": S, "Target.$": str}, total=False
)
GetDefaultPatchBaselineParameters = TypedDict(
    "GetDefaultPatchBaselineParameters",
    {"OperatingSystem": S, "OperatingSystem.$": str},
    total=False,
)

class BaselineOverride(TypedDict, total=False):
    OperatingSystem: S
    GlobalFilters: X[PatchFilterGroup]
    ApprovalRules: X[PatchRuleGroup]
    ApprovedPatches: L[Si]
    ApprovedPatchesComplianceLevel: S
    RejectedPatches: L[Si]
    RejectedPatchesAction: S
    ApprovedPatchesEnableNonSecurity: B
    Sources: L[Xi[PatchSource]]
    AvailableSecurityUpdatesComplianceStatus: S

GetDeployablePatchSnapshotForInstanceParameters = TypedDict(
    "GetDeployablePatchSnapshotForInstanceParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "SnapshotId": S,
        "SnapshotId.$": str,
        "BaselineOverride": X[BaselineOverride],
        "BaselineOverride.$": str,
        "UseS3DualStackEndpoint": B,
        "UseS3DualStackEndpoint.$": str,
    },
    total=False,
)
GetDocumentParameters = TypedDict(
    "GetDocumentParameters",
    {
        "Name": S,
        "Name.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "DocumentFormat": S,
        "DocumentFormat.$": str,
    },
    total=False,
)
GetExecutionPreviewParameters = TypedDict(
    "GetExecutionPreviewParameters",
    {"ExecutionPreviewId": S, "ExecutionPreviewId.$": str},
    total=False,
)

class InventoryFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]
    Type: S

class InventoryGroup(TypedDict, total=False):
    Name: S
    Filters: L[Xi[InventoryFilter]]

class InventoryAggregator(TypedDict, total=False):
    Expression: S
    Aggregators: L[Xi[InventoryAggregator]]
    Groups: L[Xi[InventoryGroup]]

class ResultAttribute(TypedDict, total=False):
    TypeName: S

GetInventoryParameters = TypedDict(
    "GetInventoryParameters",
    {
        "Filters": L[Xi[InventoryFilter]],
        "Filters.$": str,
        "Aggregators": L[Xi[InventoryAggregator]],
        "Aggregators.$": str,
        "ResultAttributes": L[Xi[ResultAttribute]],
        "ResultAttributes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetInventorySchemaParameters = TypedDict(
    "GetInventorySchemaParameters",
    {
        "TypeName": S,
        "TypeName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Aggregator": B,
        "Aggregator.$": str,
        "SubType": B,
        "SubType.$": str,
    },
    total=False,
)
GetMaintenanceWindowParameters = TypedDict(
    "GetMaintenanceWindowParameters", {"WindowId": S, "WindowId.$": str}, total=False
)
GetMaintenanceWindowExecutionParameters = TypedDict(
    "GetMaintenanceWindowExecutionParameters",
    {"WindowExecutionId": S, "WindowExecutionId.$": str},
    total=False,
)
GetMaintenanceWindowExecutionTaskParameters = TypedDict(
    "GetMaintenanceWindowExecutionTaskParameters",
    {"WindowExecutionId": S, "WindowExecutionId.$": str, "TaskId": S, "TaskId.$": str},
    total=False,
)
GetMaintenanceWindowExecutionTaskInvocationParameters = TypedDict(
    "GetMaintenanceWindowExecutionTaskInvocationParameters",
    {
        "WindowExecutionId": S,
        "WindowExecutionId.$": str,
        "TaskId": S,
        "TaskId.$": str,
        "InvocationId": S,
        "InvocationId.$": str,
    },
    total=False,
)
GetMaintenanceWindowTaskParameters = TypedDict(
    "GetMaintenanceWindowTaskParameters",
    {"WindowId": S, "WindowId.$": str, "WindowTaskId": S, "WindowTaskId.$": str},
    total=False,
)
GetOpsItemParameters = TypedDict(
    "GetOpsItemParameters",
    {"OpsItemId": S, "OpsItemId.$": str, "OpsItemArn": S, "OpsItemArn.$": str},
    total=False,
)
GetOpsMetadataParameters = TypedDict(
    "GetOpsMetadataParameters",
    {
        "OpsMetadataArn": S,
        "OpsMetadataArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class OpsFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]
    Type: S

class OpsAggregator(TypedDict, total=False):
    AggregatorType: S
    TypeName: S
    AttributeName: S
    Values: M[S]
    Filters: L[Xi[OpsFilter]]
    Aggregators: L[Xi[OpsAggregator]]

class OpsResultAttribute(TypedDict, total=False):
    TypeName: S

GetOpsSummaryParameters = TypedDict(
    "GetOpsSummaryParameters",
    {
        "SyncName": S,
        "SyncName.$": str,
        "Filters": L[Xi[OpsFilter]],
        "Filters.$": str,
        "Aggregators": L[Xi[OpsAggregator]],
        "Aggregators.$": str,
        "ResultAttributes": L[Xi[OpsResultAttribute]],
        "ResultAttributes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetParameterParameters = TypedDict(
    "GetParameterParameters",
    {"Name": S, "Name.$": str, "WithDecryption": B, "WithDecryption.$": str},
    total=False,
)
GetParameterHistoryParameters = TypedDict(
    "GetParameterHistoryParameters",
    {
        "Name": S,
        "Name.$": str,
        "WithDecryption": B,
        "WithDecryption.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetParametersParameters = TypedDict(
    "GetParametersParameters",
    {"Names": L[Si], "Names.$": str, "WithDecryption": B, "WithDecryption.$": str},
    total=False,
)
GetParametersByPathParameters = TypedDict(
    "GetParametersByPathParameters",
    {
        "Path": S,
        "Path.$": str,
        "Recursive": B,
        "Recursive.$": str,
        "ParameterFilters": L[Xi[ParameterStringFilter]],
        "ParameterFilters.$": str,
        "WithDecryption": B,
        "WithDecryption.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetPatchBaselineParameters = TypedDict(
    "GetPatchBaselineParameters", {"BaselineId": S, "BaselineId.$": str}, total=False
)
GetPatchBaselineForPatchGroupParameters = TypedDict(
    "GetPatchBaselineForPatchGroupParameters",
    {"PatchGroup": S, "PatchGroup.$": str, "OperatingSystem": S, "OperatingSystem.$": str},
    total=False,
)
GetResourcePoliciesParameters = TypedDict(
    "GetResourcePoliciesParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
GetServiceSettingParameters = TypedDict(
    "GetServiceSettingParameters", {"SettingId": S, "SettingId.$": str}, total=False
)
LabelParameterVersionParameters = TypedDict(
    "LabelParameterVersionParameters",
    {
        "Name": S,
        "Name.$": str,
        "ParameterVersion": I,
        "ParameterVersion.$": str,
        "Labels": L[Si],
        "Labels.$": str,
    },
    total=False,
)
ListAssociationVersionsParameters = TypedDict(
    "ListAssociationVersionsParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class AssociationFilter(TypedDict, total=False):
    Key: S
    Value: S

ListAssociationsParameters = TypedDict(
    "ListAssociationsParameters",
    {
        "AssociationFilterList": L[Xi[AssociationFilter]],
        "AssociationFilterList.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class CloudConnectorFilter(TypedDict, total=False):
    FilterKey: S
    FilterValues: L[Si]

ListCloudConnectorsParameters = TypedDict(
    "ListCloudConnectorsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[CloudConnectorFilter]],
        "Filters.$": str,
    },
    total=False,
)

class CommandFilter(TypedDict, total=False):
    Key: S
    Value: S

ListCommandInvocationsParameters = TypedDict(
    "ListCommandInvocationsParameters",
    {
        "CommandId": S,
        "CommandId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[CommandFilter]],
        "Filters.$": str,
        "Details": B,
        "Details.$": str,
    },
    total=False,
)
ListCommandsParameters = TypedDict(
    "ListCommandsParameters",
    {
        "CommandId": S,
        "CommandId.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[CommandFilter]],
        "Filters.$": str,
    },
    total=False,
)

class ComplianceStringFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]
    Type: S

ListComplianceItemsParameters = TypedDict(
    "ListComplianceItemsParameters",
    {
        "Filters": L[Xi[ComplianceStringFilter]],
        "Filters.$": str,
        "ResourceIds": L[Si],
        "ResourceIds.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListComplianceSummariesParameters = TypedDict(
    "ListComplianceSummariesParameters",
    {
        "Filters": L[Xi[ComplianceStringFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDocumentMetadataHistoryParameters = TypedDict(
    "ListDocumentMetadataHistoryParameters",
    {
        "Name": S,
        "Name.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "Metadata": S,
        "Metadata.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDocumentVersionsParameters = TypedDict(
    "ListDocumentVersionsParameters",
    {
        "Name": S,
        "Name.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DocumentFilter(TypedDict, total=False):
    Key: S
    Value: S

class DocumentKeyValuesFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

ListDocumentsParameters = TypedDict(
    "ListDocumentsParameters",
    {
        "DocumentFilterList": L[Xi[DocumentFilter]],
        "DocumentFilterList.$": str,
        "Filters": L[Xi[DocumentKeyValuesFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInventoryEntriesParameters = TypedDict(
    "ListInventoryEntriesParameters",
    {
        "InstanceId": S,
        "InstanceId.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "Filters": L[Xi[InventoryFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class NodeFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]
    Type: S

ListNodesParameters = TypedDict(
    "ListNodesParameters",
    {
        "SyncName": S,
        "SyncName.$": str,
        "Filters": L[Xi[NodeFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class NodeAggregator(TypedDict, total=False):
    AggregatorType: S
    TypeName: S
    AttributeName: S
    Aggregators: L[Xi[NodeAggregator]]

ListNodesSummaryParameters = TypedDict(
    "ListNodesSummaryParameters",
    {
        "SyncName": S,
        "SyncName.$": str,
        "Filters": L[Xi[NodeFilter]],
        "Filters.$": str,
        "Aggregators": L[Xi[NodeAggregator]],
        "Aggregators.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class OpsItemEventFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]
    Operator: S

ListOpsItemEventsParameters = TypedDict(
    "ListOpsItemEventsParameters",
    {
        "Filters": L[Xi[OpsItemEventFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class OpsItemRelatedItemsFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]
    Operator: S

ListOpsItemRelatedItemsParameters = TypedDict(
    "ListOpsItemRelatedItemsParameters",
    {
        "OpsItemId": S,
        "OpsItemId.$": str,
        "Filters": L[Xi[OpsItemRelatedItemsFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class OpsMetadataFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

ListOpsMetadataParameters = TypedDict(
    "ListOpsMetadataParameters",
    {
        "Filters": L[Xi[OpsMetadataFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListResourceComplianceSummariesParameters = TypedDict(
    "ListResourceComplianceSummariesParameters",
    {
        "Filters": L[Xi[ComplianceStringFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListResourceDataSyncParameters = TypedDict(
    "ListResourceDataSyncParameters",
    {
        "SyncType": S,
        "SyncType.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"ResourceType": S, "ResourceType.$": str, "ResourceId": S, "ResourceId.$": str},
    total=False,
)
ModifyDocumentPermissionParameters = TypedDict(
    "ModifyDocumentPermissionParameters",
    {
        "Name": S,
        "Name.$": str,
        "PermissionType": S,
        "PermissionType.$": str,
        "AccountIdsToAdd": L[Si],
        "AccountIdsToAdd.$": str,
        "AccountIdsToRemove": L[Si],
        "AccountIdsToRemove.$": str,
        "SharedDocumentVersion": S,
        "SharedDocumentVersion.$": str,
    },
    total=False,
)

class ComplianceExecutionSummary(TypedDict, total=False):
    ExecutionTime: T
    ExecutionId: S
    ExecutionType: S

class ComplianceItemEntry(TypedDict, total=False):
    Id: S
    Title: S
    Severity: S
    Status: S
    Details: M[S]

PutComplianceItemsParameters = TypedDict(
    "PutComplianceItemsParameters",
    {
        "ResourceId": S,
        "ResourceId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ComplianceType": S,
        "ComplianceType.$": str,
        "ExecutionSummary": X[ComplianceExecutionSummary],
        "ExecutionSummary.$": str,
        "Items": L[Xi[ComplianceItemEntry]],
        "Items.$": str,
        "ItemContentHash": S,
        "ItemContentHash.$": str,
        "UploadType": S,
        "UploadType.$": str,
    },
    total=False,
)

class InventoryItem(TypedDict, total=False):
    TypeName: S
    SchemaVersion: S
    CaptureTime: S
    ContentHash: S
    Content: L[Mi[S]]
    Context: M[S]

PutInventoryParameters = TypedDict(
    "PutInventoryParameters",
    {"InstanceId": S, "InstanceId.$": str, "Items": L[Xi[InventoryItem]], "Items.$": str},
    total=False,
)
PutParameterParameters = TypedDict(
    "PutParameterParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Value": S,
        "Value.$": str,
        "Type": S,
        "Type.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "Overwrite": B,
        "Overwrite.$": str,
        "AllowedPattern": S,
        "AllowedPattern.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Tier": S,
        "Tier.$": str,
        "Policies": S,
        "Policies.$": str,
        "DataType": S,
        "DataType.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Policy": S,
        "Policy.$": str,
        "PolicyId": S,
        "PolicyId.$": str,
        "PolicyHash": S,
        "PolicyHash.$": str,
    },
    total=False,
)
RegisterDefaultHostManagementConfigurationParameters = TypedDict(
    "RegisterDefaultHostManagementConfigurationParameters",
    {
        "PermissionModel": S,
        "PermissionModel.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Overwrite": B,
        "Overwrite.$": str,
    },
    total=False,
)
RegisterDefaultPatchBaselineParameters = TypedDict(
    "RegisterDefaultPatchBaselineParameters", {"BaselineId": S, "BaselineId.$": str}, total=False
)
RegisterPatchBaselineForPatchGroupParameters = TypedDict(
    "RegisterPatchBaselineForPatchGroupParameters",
    {"BaselineId": S, "BaselineId.$": str, "PatchGroup": S, "PatchGroup.$": str},
    total=False,
)
RegisterTargetWithMaintenanceWindowParameters = TypedDict(
    "RegisterTargetWithMaintenanceWindowParameters",
    {
        "WindowId": S,
        "WindowId.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "OwnerInformation": S,
        "OwnerInformation.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class MaintenanceWindowTaskParameterValueExpression(TypedDict, total=False):
    Values: L[Si]

class CloudWatchOutputConfig(TypedDict, total=False):
    CloudWatchLogGroupName: S
    CloudWatchOutputEnabled: B

class NotificationConfig(TypedDict, total=False):
    NotificationArn: S
    NotificationEvents: L[Si]
    NotificationType: S

class MaintenanceWindowRunCommandParameters(TypedDict, total=False):
    Comment: S
    CloudWatchOutputConfig: X[CloudWatchOutputConfig]
    DocumentHash: S
    DocumentHashType: S
    DocumentVersion: S
    NotificationConfig: X[NotificationConfig]
    OutputS3BucketName: S
    OutputS3KeyPrefix: S
    Parameters: M[L[Si]]
    ServiceRoleArn: S
    TimeoutSeconds: I

class MaintenanceWindowAutomationParameters(TypedDict, total=False):
    DocumentVersion: S
    Parameters: M[L[Si]]

class MaintenanceWindowStepFunctionsParameters(TypedDict, total=False):
    Input: S
    Name: S

class MaintenanceWindowLambdaParameters(TypedDict, total=False):
    ClientContext: S
    Qualifier: S
    Payload: S

class MaintenanceWindowTaskInvocationParameters(TypedDict, total=False):
    RunCommand: X[MaintenanceWindowRunCommandParameters]
    Automation: X[MaintenanceWindowAutomationParameters]
    StepFunctions: X[MaintenanceWindowStepFunctionsParameters]
    Lambda: X[MaintenanceWindowLambdaParameters]

class LoggingInfo(TypedDict, total=False):
    S3BucketName: S
    S3KeyPrefix: S
    S3Region: S

RegisterTaskWithMaintenanceWindowParameters = TypedDict(
    "RegisterTaskWithMaintenanceWindowParameters",
    {
        "WindowId": S,
        "WindowId.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "TaskArn": S,
        "TaskArn.$": str,
        "ServiceRoleArn": S,
        "ServiceRoleArn.$": str,
        "TaskType": S,
        "TaskType.$": str,
        "TaskParameters": M[X[MaintenanceWindowTaskParameterValueExpression]],
        "TaskParameters.$": str,
        "TaskInvocationParameters": X[MaintenanceWindowTaskInvocationParameters],
        "TaskInvocationParameters.$": str,
        "Priority": I,
        "Priority.$": str,
        "MaxConcurrency": S,
        "MaxConcurrency.$": str,
        "MaxErrors": S,
        "MaxErrors.$": str,
        "LoggingInfo": X[LoggingInfo],
        "LoggingInfo.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "CutoffBehavior": S,
        "CutoffBehavior.$": str,
        "AlarmConfiguration": X[AlarmConfiguration],
        "AlarmConfiguration.$": str,
    },
    total=False,
)
RemoveTagsFromResourceParameters = TypedDict(
    "RemoveTagsFromResourceParameters",
    {
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
    },
    total=False,
)
ResetServiceSettingParameters = TypedDict(
    "ResetServiceSettingParameters", {"SettingId": S, "SettingId.$": str}, total=False
)
ResumeSessionParameters = TypedDict(
    "ResumeSessionParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
SendAutomationSignalParameters = TypedDict(
    "SendAutomationSignalParameters",
    {
        "AutomationExecutionId": S,
        "AutomationExecutionId.$": str,
        "SignalType": S,
        "SignalType.$": str,
        "Payload": M[L[Si]],
        "Payload.$": str,
    },
    total=False,
)
SendCommandParameters = TypedDict(
    "SendCommandParameters",
    {
        "InstanceIds": L[Si],
        "InstanceIds.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "DocumentName": S,
        "DocumentName.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "DocumentHash": S,
        "DocumentHash.$": str,
        "DocumentHashType": S,
        "DocumentHashType.$": str,
        "TimeoutSeconds": I,
        "TimeoutSeconds.$": str,
        "Comment": S,
        "Comment.$": str,
        "Parameters": M[L[Si]],
        "Parameters.$": str,
        "OutputS3Region": S,
        "OutputS3Region.$": str,
        "OutputS3BucketName": S,
        "OutputS3BucketName.$": str,
        "OutputS3KeyPrefix": S,
        "OutputS3KeyPrefix.$": str,
        "MaxConcurrency": S,
        "MaxConcurrency.$": str,
        "MaxErrors": S,
        "MaxErrors.$": str,
        "ServiceRoleArn": S,
        "ServiceRoleArn.$": str,
        "NotificationConfig": X[NotificationConfig],
        "NotificationConfig.$": str,
        "CloudWatchOutputConfig": X[CloudWatchOutputConfig],
        "CloudWatchOutputConfig.$": str,
        "AlarmConfiguration": X[AlarmConfiguration],
        "AlarmConfiguration.$": str,
    },
    total=False,
)
StartAccessRequestParameters = TypedDict(
    "StartAccessRequestParameters",
    {
        "Reason": S,
        "Reason.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
StartAssociationsOnceParameters = TypedDict(
    "StartAssociationsOnceParameters",
    {"AssociationIds": L[Si], "AssociationIds.$": str},
    total=False,
)
StartAutomationExecutionParameters = TypedDict(
    "StartAutomationExecutionParameters",
    {
        "DocumentName": S,
        "DocumentName.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "Parameters": M[L[Si]],
        "Parameters.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Mode": S,
        "Mode.$": str,
        "TargetParameterName": S,
        "TargetParameterName.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "TargetMaps": L[Mi[L[Si]]],
        "TargetMaps.$": str,
        "MaxConcurrency": S,
        "MaxConcurrency.$": str,
        "MaxErrors": S,
        "MaxErrors.$": str,
        "TargetLocations": L[Xi[TargetLocation]],
        "TargetLocations.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AlarmConfiguration": X[AlarmConfiguration],
        "AlarmConfiguration.$": str,
        "TargetLocationsURL": S,
        "TargetLocationsURL.$": str,
    },
    total=False,
)

class Runbook(TypedDict, total=False):
    DocumentName: S
    DocumentVersion: S
    Parameters: M[L[Si]]
    TargetParameterName: S
    Targets: L[Xi[Target]]
    TargetMaps: L[Mi[L[Si]]]
    MaxConcurrency: S
    MaxErrors: S
    TargetLocations: L[Xi[TargetLocation]]

StartChangeRequestExecutionParameters = TypedDict(
    "StartChangeRequestExecutionParameters",
    {
        "ScheduledTime": T,
        "ScheduledTime.$": str,
        "DocumentName": S,
        "DocumentName.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "Parameters": M[L[Si]],
        "Parameters.$": str,
        "ChangeRequestName": S,
        "ChangeRequestName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AutoApprove": B,
        "AutoApprove.$": str,
        "Runbooks": L[Xi[Runbook]],
        "Runbooks.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ScheduledEndTime": T,
        "ScheduledEndTime.$": str,
        "ChangeDetails": S,
        "ChangeDetails.$": str,
    },
    total=False,
)

class AutomationExecutionInputs(TypedDict, total=False):
    Parameters: M[L[Si]]
    TargetParameterName: S
    Targets: L[Xi[Target]]
    TargetMaps: L[Mi[L[Si]]]
    TargetLocations: L[Xi[TargetLocation]]
    TargetLocationsURL: S

class ExecutionInputs(TypedDict, total=False):
    Automation: X[AutomationExecutionInputs]

StartExecutionPreviewParameters = TypedDict(
    "StartExecutionPreviewParameters",
    {
        "DocumentName": S,
        "DocumentName.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "ExecutionInputs": X[ExecutionInputs],
        "ExecutionInputs.$": str,
    },
    total=False,
)
StartSessionParameters = TypedDict(
    "StartSessionParameters",
    {
        "Target": S,
        "Target.$": str,
        "DocumentName": S,
        "DocumentName.$": str,
        "Reason": S,
        "Reason.$": str,
        "Parameters": M[L[Si]],
        "Parameters.$": str,
    },
    total=False,
)
StopAutomationExecutionParameters = TypedDict(
    "StopAutomationExecutionParameters",
    {"AutomationExecutionId": S, "AutomationExecutionId.$": str, "Type": S, "Type.$": str},
    total=False,
)
TerminateSessionParameters = TypedDict(
    "TerminateSessionParameters", {"SessionId": S, "SessionId.$": str}, total=False
)
UnlabelParameterVersionParameters = TypedDict(
    "UnlabelParameterVersionParameters",
    {
        "Name": S,
        "Name.$": str,
        "ParameterVersion": I,
        "ParameterVersion.$": str,
        "Labels": L[Si],
        "Labels.$": str,
    },
    total=False,
)
UpdateAssociationParameters = TypedDict(
    "UpdateAssociationParameters",
    {
        "AssociationId": S,
        "AssociationId.$": str,
        "Parameters": M[L[Si]],
        "Parameters.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "ScheduleExpression": S,
        "ScheduleExpression.$": str,
        "OutputLocation": X[InstanceAssociationOutputLocation],
        "OutputLocation.$": str,
        "Name": S,
        "Name.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "AssociationName": S,
        "AssociationName.$": str,
        "AssociationVersion": S,
        "AssociationVersion.$": str,
        "AutomationTargetParameterName": S,
        "AutomationTargetParameterName.$": str,
        "MaxErrors": S,
        "MaxErrors.$": str,
        "MaxConcurrency": S,
        "MaxConcurrency.$": str,
        "ComplianceSeverity": S,
        "ComplianceSeverity.$": str,
        "SyncCompliance": S,
        "SyncCompliance.$": str,
        "ApplyOnlyAtCronInterval": B,
        "ApplyOnlyAtCronInterval.$": str,
        "CalendarNames": L[Si],
        "CalendarNames.$": str,
        "TargetLocations": L[Xi[TargetLocation]],
        "TargetLocations.$": str,
        "ScheduleOffset": I,
        "ScheduleOffset.$": str,
        "Duration": I,
        "Duration.$": str,
        "TargetMaps": L[Mi[L[Si]]],
        "TargetMaps.$": str,
        "AlarmConfiguration": X[AlarmConfiguration],
        "AlarmConfiguration.$": str,
        "AssociationDispatchAssumeRole": S,
        "AssociationDispatchAssumeRole.$": str,
    },
    total=False,
)

class AssociationStatus(TypedDict, total=False):
    Date: T
    Name: S
    Message: S
    AdditionalInfo: S

UpdateAssociationStatusParameters = TypedDict(
    "UpdateAssociationStatusParameters",
    {
        "Name": S,
        "Name.$": str,
        "InstanceId": S,
        "InstanceId.$": str,
        "AssociationStatus": X[AssociationStatus],
        "AssociationStatus.$": str,
    },
    total=False,
)
UpdateCloudConnectorParameters = TypedDict(
    "UpdateCloudConnectorParameters",
    {
        "CloudConnectorId": S,
        "CloudConnectorId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Configuration": X[CloudConnectorConfiguration],
        "Configuration.$": str,
        "Description": S,
        "Description.$": str,
    },
    total=False,
)
UpdateDocumentParameters = TypedDict(
    "UpdateDocumentParameters",
    {
        "Content": S,
        "Content.$": str,
        "Attachments": L[Xi[AttachmentsSource]],
        "Attachments.$": str,
        "Name": S,
        "Name.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "VersionName": S,
        "VersionName.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "DocumentFormat": S,
        "DocumentFormat.$": str,
        "TargetType": S,
        "TargetType.$": str,
        "CloudProviders": L[Si],
        "CloudProviders.$": str,
    },
    total=False,
)
UpdateDocumentDefaultVersionParameters = TypedDict(
    "UpdateDocumentDefaultVersionParameters",
    {"Name": S, "Name.$": str, "DocumentVersion": S, "DocumentVersion.$": str},
    total=False,
)

class DocumentReviewCommentSource(TypedDict, total=False):
    Type: S
    Content: S

class DocumentReviews(TypedDict, total=False):
    Action: S
    Comment: L[Xi[DocumentReviewCommentSource]]

UpdateDocumentMetadataParameters = TypedDict(
    "UpdateDocumentMetadataParameters",
    {
        "Name": S,
        "Name.$": str,
        "DocumentVersion": S,
        "DocumentVersion.$": str,
        "DocumentReviews": X[DocumentReviews],
        "DocumentReviews.$": str,
    },
    total=False,
)
UpdateMaintenanceWindowParameters = TypedDict(
    "UpdateMaintenanceWindowParameters",
    {
        "WindowId": S,
        "WindowId.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "StartDate": S,
        "StartDate.$": str,
        "EndDate": S,
        "EndDate.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "ScheduleTimezone": S,
        "ScheduleTimezone.$": str,
        "ScheduleOffset": I,
        "ScheduleOffset.$": str,
        "Duration": I,
        "Duration.$": str,
        "Cutoff": I,
        "Cutoff.$": str,
        "AllowUnassociatedTargets": B,
        "AllowUnassociatedTargets.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "Replace": B,
        "Replace.$": str,
    },
    total=False,
)
UpdateMaintenanceWindowTargetParameters = TypedDict(
    "UpdateMaintenanceWindowTargetParameters",
    {
        "WindowId": S,
        "WindowId.$": str,
        "WindowTargetId": S,
        "WindowTargetId.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "OwnerInformation": S,
        "OwnerInformation.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Replace": B,
        "Replace.$": str,
    },
    total=False,
)
UpdateMaintenanceWindowTaskParameters = TypedDict(
    "UpdateMaintenanceWindowTaskParameters",
    {
        "WindowId": S,
        "WindowId.$": str,
        "WindowTaskId": S,
        "WindowTaskId.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "TaskArn": S,
        "TaskArn.$": str,
        "ServiceRoleArn": S,
        "ServiceRoleArn.$": str,
        "TaskParameters": M[X[MaintenanceWindowTaskParameterValueExpression]],
        "TaskParameters.$": str,
        "TaskInvocationParameters": X[MaintenanceWindowTaskInvocationParameters],
        "TaskInvocationParameters.$": str,
        "Priority": I,
        "Priority.$": str,
        "MaxConcurrency": S,
        "MaxConcurrency.$": str,
        "MaxErrors": S,
        "MaxErrors.$": str,
        "LoggingInfo": X[LoggingInfo],
        "LoggingInfo.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Replace": B,
        "Replace.$": str,
        "CutoffBehavior": S,
        "CutoffBehavior.$": str,
        "AlarmConfiguration": X[AlarmConfiguration],
        "AlarmConfiguration.$": str,
    },
    total=False,
)
UpdateManagedInstanceRoleParameters = TypedDict(
    "UpdateManagedInstanceRoleParameters",
    {"InstanceId": S, "InstanceId.$": str, "IamRole": S, "IamRole.$": str},
    total=False,
)
UpdateOpsItemParameters = TypedDict(
    "UpdateOpsItemParameters",
    {
        "Description": S,
        "Description.$": str,
        "OperationalData": M[X[OpsItemDataValue]],
        "OperationalData.$": str,
        "OperationalDataToDelete": L[Si],
        "OperationalDataToDelete.$": str,
        "Notifications": L[Xi[OpsItemNotification]],
        "Notifications.$": str,
        "Priority": I,
        "Priority.$": str,
        "RelatedOpsItems": L[Xi[RelatedOpsItem]],
        "RelatedOpsItems.$": str,
        "Status": S,
        "Status.$": str,
        "OpsItemId": S,
        "OpsItemId.$": str,
        "Title": S,
        "Title.$": str,
        "Category": S,
        "Category.$": str,
        "Severity": S,
        "Severity.$": str,
        "ActualStartTime": T,
        "ActualStartTime.$": str,
        "ActualEndTime": T,
        "ActualEndTime.$": str,
        "PlannedStartTime": T,
        "PlannedStartTime.$": str,
        "PlannedEndTime": T,
        "PlannedEndTime.$": str,
        "OpsItemArn": S,
        "OpsItemArn.$": str,
    },
    total=False,
)
UpdateOpsMetadataParameters = TypedDict(
    "UpdateOpsMetadataParameters",
    {
        "OpsMetadataArn": S,
        "OpsMetadataArn.$": str,
        "MetadataToUpdate": M[X[MetadataValue]],
        "MetadataToUpdate.$": str,
        "KeysToDelete": L[Si],
        "KeysToDelete.$": str,
    },
    total=False,
)
UpdatePatchBaselineParameters = TypedDict(
    "UpdatePatchBaselineParameters",
    {
        "BaselineId": S,
        "BaselineId.$": str,
        "Name": S,
        "Name.$": str,
        "GlobalFilters": X[PatchFilterGroup],
        "GlobalFilters.$": str,
        "ApprovalRules": X[PatchRuleGroup],
        "ApprovalRules.$": str,
        "ApprovedPatches": L[Si],
        "ApprovedPatches.$": str,
        "ApprovedPatchesComplianceLevel": S,
        "ApprovedPatchesComplianceLevel.$": str,
        "ApprovedPatchesEnableNonSecurity": B,
        "ApprovedPatchesEnableNonSecurity.$": str,
        "RejectedPatches": L[Si],
        "RejectedPatches.$": str,
        "RejectedPatchesAction": S,
        "RejectedPatchesAction.$": str,
        "Description": S,
        "Description.$": str,
        "Sources": L[Xi[PatchSource]],
        "Sources.$": str,
        "AvailableSecurityUpdatesComplianceStatus": S,
        "AvailableSecurityUpdatesComplianceStatus.$": str,
        "Replace": B,
        "Replace.$": str,
    },
    total=False,
)
UpdateResourceDataSyncParameters = TypedDict(
    "UpdateResourceDataSyncParameters",
    {
        "SyncName": S,
        "SyncName.$": str,
        "SyncType": S,
        "SyncType.$": str,
        "SyncSource": X[ResourceDataSyncSource],
        "SyncSource.$": str,
    },
    total=False,
)
UpdateServiceSettingParameters = TypedDict(
    "UpdateServiceSettingParameters",
    {"SettingId": S, "SettingId.$": str, "SettingValue": S, "SettingValue.$": str},
    total=False,
)
ValidateCloudConnectorParameters = TypedDict(
    "ValidateCloudConnectorParameters",
    {
        "CloudConnectorId": S,
        "CloudConnectorId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
add_tags_to_resource: Builder[AddTagsToResourceParameters]
associate_ops_item_related_item: Builder[AssociateOpsItemRelatedItemParameters]
cancel_command: Builder[CancelCommandParameters]
cancel_maintenance_window_execution: Builder[CancelMaintenanceWindowExecutionParameters]
create_activation: Builder[CreateActivationParameters]
create_association: Builder[CreateAssociationParameters]
create_association_batch: Builder[CreateAssociationBatchParameters]
create_cloud_connector: Builder[CreateCloudConnectorParameters]
create_document: Builder[CreateDocumentParameters]
create_maintenance_window: Builder[CreateMaintenanceWindowParameters]
create_ops_item: Builder[CreateOpsItemParameters]
create_ops_metadata: Builder[CreateOpsMetadataParameters]
create_patch_baseline: Builder[CreatePatchBaselineParameters]
create_resource_data_sync: Builder[CreateResourceDataSyncParameters]
delete_activation: Builder[DeleteActivationParameters]
delete_association: Builder[DeleteAssociationParameters]
delete_cloud_connector: Builder[DeleteCloudConnectorParameters]
delete_document: Builder[DeleteDocumentParameters]
delete_inventory: Builder[DeleteInventoryParameters]
delete_maintenance_window: Builder[DeleteMaintenanceWindowParameters]
delete_ops_item: Builder[DeleteOpsItemParameters]
delete_ops_metadata: Builder[DeleteOpsMetadataParameters]
delete_parameter: Builder[DeleteParameterParameters]
delete_parameters: Builder[DeleteParametersParameters]
delete_patch_baseline: Builder[DeletePatchBaselineParameters]
delete_resource_data_sync: Builder[DeleteResourceDataSyncParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
deregister_default_host_management_configuration: Builder[
    DeregisterDefaultHostManagementConfigurationParameters
]
deregister_managed_instance: Builder[DeregisterManagedInstanceParameters]
deregister_patch_baseline_for_patch_group: Builder[DeregisterPatchBaselineForPatchGroupParameters]
deregister_target_from_maintenance_window: Builder[DeregisterTargetFromMaintenanceWindowParameters]
deregister_task_from_maintenance_window: Builder[DeregisterTaskFromMaintenanceWindowParameters]
describe_activations: Builder[DescribeActivationsParameters]
describe_association: Builder[DescribeAssociationParameters]
describe_association_execution_targets: Builder[DescribeAssociationExecutionTargetsParameters]
describe_association_executions: Builder[DescribeAssociationExecutionsParameters]
describe_automation_executions: Builder[DescribeAutomationExecutionsParameters]
describe_automation_step_executions: Builder[DescribeAutomationStepExecutionsParameters]
describe_available_patches: Builder[DescribeAvailablePatchesParameters]
describe_document: Builder[DescribeDocumentParameters]
describe_document_permission: Builder[DescribeDocumentPermissionParameters]
describe_effective_instance_associations: Builder[DescribeEffectiveInstanceAssociationsParameters]
describe_effective_patches_for_patch_baseline: Builder[
    DescribeEffectivePatchesForPatchBaselineParameters
]
describe_instance_associations_status: Builder[DescribeInstanceAssociationsStatusParameters]
describe_instance_information: Builder[DescribeInstanceInformationParameters]
describe_instance_patch_states: Builder[DescribeInstancePatchStatesParameters]
describe_instance_patch_states_for_patch_group: Builder[
    DescribeInstancePatchStatesForPatchGroupParameters
]
describe_instance_patches: Builder[DescribeInstancePatchesParameters]
describe_instance_properties: Builder[DescribeInstancePropertiesParameters]
describe_inventory_deletions: Builder[DescribeInventoryDeletionsParameters]
describe_maintenance_window_execution_task_invocations: Builder[
    DescribeMaintenanceWindowExecutionTaskInvocationsParameters
]
describe_maintenance_window_execution_tasks: Builder[
    DescribeMaintenanceWindowExecutionTasksParameters
]
describe_maintenance_window_executions: Builder[DescribeMaintenanceWindowExecutionsParameters]
describe_maintenance_window_schedule: Builder[DescribeMaintenanceWindowScheduleParameters]
describe_maintenance_window_targets: Builder[DescribeMaintenanceWindowTargetsParameters]
describe_maintenance_window_tasks: Builder[DescribeMaintenanceWindowTasksParameters]
describe_maintenance_windows: Builder[DescribeMaintenanceWindowsParameters]
describe_maintenance_windows_for_target: Builder[DescribeMaintenanceWindowsForTargetParameters]
describe_ops_items: Builder[DescribeOpsItemsParameters]
describe_parameters: Builder[DescribeParametersParameters]
describe_patch_baselines: Builder[DescribePatchBaselinesParameters]
describe_patch_group_state: Builder[DescribePatchGroupStateParameters]
describe_patch_groups: Builder[DescribePatchGroupsParameters]
describe_patch_properties: Builder[DescribePatchPropertiesParameters]
describe_sessions: Builder[DescribeSessionsParameters]
disassociate_ops_item_related_item: Builder[DisassociateOpsItemRelatedItemParameters]
get_access_token: Builder[GetAccessTokenParameters]
get_automation_execution: Builder[GetAutomationExecutionParameters]
get_calendar_state: Builder[GetCalendarStateParameters]
get_cloud_connector: Builder[GetCloudConnectorParameters]
get_command_invocation: Builder[GetCommandInvocationParameters]
get_connection_status: Builder[GetConnectionStatusParameters]
get_default_patch_baseline: Builder[GetDefaultPatchBaselineParameters]
get_deployable_patch_snapshot_for_instance: Builder[GetDeployablePatchSnapshotForInstanceParameters]
get_document: Builder[GetDocumentParameters]
get_execution_preview: Builder[GetExecutionPreviewParameters]
get_inventory: Builder[GetInventoryParameters]
get_inventory_schema: Builder[GetInventorySchemaParameters]
get_maintenance_window: Builder[GetMaintenanceWindowParameters]
get_maintenance_window_execution: Builder[GetMaintenanceWindowExecutionParameters]
get_maintenance_window_execution_task: Builder[GetMaintenanceWindowExecutionTaskParameters]
get_maintenance_window_execution_task_invocation: Builder[
    GetMaintenanceWindowExecutionTaskInvocationParameters
]
get_maintenance_window_task: Builder[GetMaintenanceWindowTaskParameters]
get_ops_item: Builder[GetOpsItemParameters]
get_ops_metadata: Builder[GetOpsMetadataParameters]
get_ops_summary: Builder[GetOpsSummaryParameters]
get_parameter: Builder[GetParameterParameters]
get_parameter_history: Builder[GetParameterHistoryParameters]
get_parameters: Builder[GetParametersParameters]
get_parameters_by_path: Builder[GetParametersByPathParameters]
get_patch_baseline: Builder[GetPatchBaselineParameters]
get_patch_baseline_for_patch_group: Builder[GetPatchBaselineForPatchGroupParameters]
get_resource_policies: Builder[GetResourcePoliciesParameters]
get_service_setting: Builder[GetServiceSettingParameters]
label_parameter_version: Builder[LabelParameterVersionParameters]
list_association_versions: Builder[ListAssociationVersionsParameters]
list_associations: Builder[ListAssociationsParameters]
list_cloud_connectors: Builder[ListCloudConnectorsParameters]
list_command_invocations: Builder[ListCommandInvocationsParameters]
list_commands: Builder[ListCommandsParameters]
list_compliance_items: Builder[ListComplianceItemsParameters]
list_compliance_summaries: Builder[ListComplianceSummariesParameters]
list_document_metadata_history: Builder[ListDocumentMetadataHistoryParameters]
list_document_versions: Builder[ListDocumentVersionsParameters]
list_documents: Builder[ListDocumentsParameters]
list_inventory_entries: Builder[ListInventoryEntriesParameters]
list_nodes: Builder[ListNodesParameters]
list_nodes_summary: Builder[ListNodesSummaryParameters]
list_ops_item_events: Builder[ListOpsItemEventsParameters]
list_ops_item_related_items: Builder[ListOpsItemRelatedItemsParameters]
list_ops_metadata: Builder[ListOpsMetadataParameters]
list_resource_compliance_summaries: Builder[ListResourceComplianceSummariesParameters]
list_resource_data_sync: Builder[ListResourceDataSyncParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
modify_document_permission: Builder[ModifyDocumentPermissionParameters]
put_compliance_items: Builder[PutComplianceItemsParameters]
put_inventory: Builder[PutInventoryParameters]
put_parameter: Builder[PutParameterParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
register_default_host_management_configuration: Builder[
    RegisterDefaultHostManagementConfigurationParameters
]
register_default_patch_baseline: Builder[RegisterDefaultPatchBaselineParameters]
register_patch_baseline_for_patch_group: Builder[RegisterPatchBaselineForPatchGroupParameters]
register_target_with_maintenance_window: Builder[RegisterTargetWithMaintenanceWindowParameters]
register_task_with_maintenance_window: Builder[RegisterTaskWithMaintenanceWindowParameters]
remove_tags_from_resource: Builder[RemoveTagsFromResourceParameters]
reset_service_setting: Builder[ResetServiceSettingParameters]
resume_session: Builder[ResumeSessionParameters]
send_automation_signal: Builder[SendAutomationSignalParameters]
send_command: Builder[SendCommandParameters]
start_access_request: Builder[StartAccessRequestParameters]
start_associations_once: Builder[StartAssociationsOnceParameters]
start_automation_execution: Builder[StartAutomationExecutionParameters]
start_change_request_execution: Builder[StartChangeRequestExecutionParameters]
start_execution_preview: Builder[StartExecutionPreviewParameters]
start_session: Builder[StartSessionParameters]
stop_automation_execution: Builder[StopAutomationExecutionParameters]
terminate_session: Builder[TerminateSessionParameters]
unlabel_parameter_version: Builder[UnlabelParameterVersionParameters]
update_association: Builder[UpdateAssociationParameters]
update_association_status: Builder[UpdateAssociationStatusParameters]
update_cloud_connector: Builder[UpdateCloudConnectorParameters]
update_document: Builder[UpdateDocumentParameters]
update_document_default_version: Builder[UpdateDocumentDefaultVersionParameters]
update_document_metadata: Builder[UpdateDocumentMetadataParameters]
update_maintenance_window: Builder[UpdateMaintenanceWindowParameters]
update_maintenance_window_target: Builder[UpdateMaintenanceWindowTargetParameters]
update_maintenance_window_task: Builder[UpdateMaintenanceWindowTaskParameters]
update_managed_instance_role: Builder[UpdateManagedInstanceRoleParameters]
update_ops_item: Builder[UpdateOpsItemParameters]
update_ops_metadata: Builder[UpdateOpsMetadataParameters]
update_patch_baseline: Builder[UpdatePatchBaselineParameters]
update_resource_data_sync: Builder[UpdateResourceDataSyncParameters]
update_service_setting: Builder[UpdateServiceSettingParameters]
validate_cloud_connector: Builder[ValidateCloudConnectorParameters]

__all__ = [
    "add_tags_to_resource",
    "associate_ops_item_related_item",
    "cancel_command",
    "cancel_maintenance_window_execution",
    "create_activation",
    "create_association",
    "create_association_batch",
    "create_cloud_connector",
    "create_document",
    "create_maintenance_window",
    "create_ops_item",
    "create_ops_metadata",
    "create_patch_baseline",
    "create_resource_data_sync",
    "delete_activation",
    "delete_association",
    "delete_cloud_connector",
    "delete_document",
    "delete_inventory",
    "delete_maintenance_window",
    "delete_ops_item",
    "delete_ops_metadata",
    "delete_parameter",
    "delete_parameters",
    "delete_patch_baseline",
    "delete_resource_data_sync",
    "delete_resource_policy",
    "deregister_default_host_management_configuration",
    "deregister_managed_instance",
    "deregister_patch_baseline_for_patch_group",
    "deregister_target_from_maintenance_window",
    "deregister_task_from_maintenance_window",
    "describe_activations",
    "describe_association",
    "describe_association_execution_targets",
    "describe_association_executions",
    "describe_automation_executions",
    "describe_automation_step_executions",
    "describe_available_patches",
    "describe_document",
    "describe_document_permission",
    "describe_effective_instance_associations",
    "describe_effective_patches_for_patch_baseline",
    "describe_instance_associations_status",
    "describe_instance_information",
    "describe_instance_patch_states",
    "describe_instance_patch_states_for_patch_group",
    "describe_instance_patches",
    "describe_instance_properties",
    "describe_inventory_deletions",
    "describe_maintenance_window_execution_task_invocations",
    "describe_maintenance_window_execution_tasks",
    "describe_maintenance_window_executions",
    "describe_maintenance_window_schedule",
    "describe_maintenance_window_targets",
    "describe_maintenance_window_tasks",
    "describe_maintenance_windows",
    "describe_maintenance_windows_for_target",
    "describe_ops_items",
    "describe_parameters",
    "describe_patch_baselines",
    "describe_patch_group_state",
    "describe_patch_groups",
    "describe_patch_properties",
    "describe_sessions",
    "disassociate_ops_item_related_item",
    "get_access_token",
    "get_automation_execution",
    "get_calendar_state",
    "get_cloud_connector",
    "get_command_invocation",
    "get_connection_status",
    "get_default_patch_baseline",
    "get_deployable_patch_snapshot_for_instance",
    "get_document",
    "get_execution_preview",
    "get_inventory",
    "get_inventory_schema",
    "get_maintenance_window",
    "get_maintenance_window_execution",
    "get_maintenance_window_execution_task",
    "get_maintenance_window_execution_task_invocation",
    "get_maintenance_window_task",
    "get_ops_item",
    "get_ops_metadata",
    "get_ops_summary",
    "get_parameter",
    "get_parameter_history",
    "get_parameters",
    "get_parameters_by_path",
    "get_patch_baseline",
    "get_patch_baseline_for_patch_group",
    "get_resource_policies",
    "get_service_setting",
    "label_parameter_version",
    "list_association_versions",
    "list_associations",
    "list_cloud_connectors",
    "list_command_invocations",
    "list_commands",
    "list_compliance_items",
    "list_compliance_summaries",
    "list_document_metadata_history",
    "list_document_versions",
    "list_documents",
    "list_inventory_entries",
    "list_nodes",
    "list_nodes_summary",
    "list_ops_item_events",
    "list_ops_item_related_items",
    "list_ops_metadata",
    "list_resource_compliance_summaries",
    "list_resource_data_sync",
    "list_tags_for_resource",
    "modify_document_permission",
    "put_compliance_items",
    "put_inventory",
    "put_parameter",
    "put_resource_policy",
    "register_default_host_management_configuration",
    "register_default_patch_baseline",
    "register_patch_baseline_for_patch_group",
    "register_target_with_maintenance_window",
    "register_task_with_maintenance_window",
    "remove_tags_from_resource",
    "reset_service_setting",
    "resume_session",
    "send_automation_signal",
    "send_command",
    "start_access_request",
    "start_associations_once",
    "start_automation_execution",
    "start_change_request_execution",
    "start_execution_preview",
    "start_session",
    "stop_automation_execution",
    "terminate_session",
    "unlabel_parameter_version",
    "update_association",
    "update_association_status",
    "update_cloud_connector",
    "update_document",
    "update_document_default_version",
    "update_document_metadata",
    "update_maintenance_window",
    "update_maintenance_window_target",
    "update_maintenance_window_task",
    "update_managed_instance_role",
    "update_ops_item",
    "update_ops_metadata",
    "update_patch_baseline",
    "update_resource_data_sync",
    "update_service_setting",
    "validate_cloud_connector",
]
