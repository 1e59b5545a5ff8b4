"""Typed builders of the AWS SDK integration of ssm.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AddTagsToResourceParameters = TypedDict(
        "AddTagsToResourceParameters",
        {
            "ResourceType": Any,
            "ResourceType.$": Any,
            "ResourceId": Any,
            "ResourceId.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    AssociateOpsItemRelatedItemParameters = TypedDict(
        "AssociateOpsItemRelatedItemParameters",
        {
            "OpsItemId": Any,
            "OpsItemId.$": Any,
            "AssociationType": Any,
            "AssociationType.$": Any,
            "ResourceType": Any,
            "ResourceType.$": Any,
            "ResourceUri": Any,
            "ResourceUri.$": Any,
        },
        total=False,
    )
    CancelCommandParameters = TypedDict(
        "CancelCommandParameters",
        {"CommandId": Any, "CommandId.$": Any, "InstanceIds": Any, "InstanceIds.$": Any},
        total=False,
    )
    CancelMaintenanceWindowExecutionParameters = TypedDict(
        "CancelMaintenanceWindowExecutionParameters",
        {"WindowExecutionId": Any, "WindowExecutionId.$": Any},
        total=False,
    )
    CreateActivationParameters = TypedDict(
        "CreateActivationParameters",
        {
            "Description": Any,
            "Description.$": Any,
            "DefaultInstanceName": Any,
            "DefaultInstanceName.$": Any,
            "IamRole": Any,
            "IamRole.$": Any,
            "RegistrationLimit": Any,
            "RegistrationLimit.$": Any,
            "ExpirationDate": Any,
            "ExpirationDate.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "RegistrationMetadata": Any,
            "RegistrationMetadata.$": Any,
        },
        total=False,
    )
    CreateAssociationParameters = TypedDict(
        "CreateAssociationParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "DocumentVersion": Any,
            "DocumentVersion.$": Any,
            "InstanceId": Any,
            "InstanceId.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
            "Targets": Any,
            "Targets.$": Any,
            "ScheduleExpression": Any,
            "ScheduleExpression.$": Any,
            "OutputLocation": Any,
            "OutputLocation.$": Any,
            "AssociationName": Any,
            "AssociationName.$": Any,
            "AutomationTargetParameterName": Any,
            "AutomationTargetParameterName.$": Any,
            "MaxErrors": Any,
            "MaxErrors.$": Any,
            "MaxConcurrency": Any,
            "MaxConcurrency.$": Any,
            "ComplianceSeverity": Any,
            "ComplianceSeverity.$": Any,
            "SyncCompliance": Any,
            "SyncCompliance.$": Any,
            "ApplyOnlyAtCronInterval": Any,
            "ApplyOnlyAtCronInterval.$": Any,
            "CalendarNames": Any,
            "CalendarNames.$": Any,
            "TargetLocations": Any,
            "TargetLocations.$": Any,
            "ScheduleOffset": Any,
            "ScheduleOffset.$": Any,
            "Duration": Any,
            "Duration.$": Any,
            "TargetMaps": Any,
            "TargetMaps.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "AlarmConfiguration": Any,
            "AlarmConfiguration.$": Any,
            "AssociationDispatchAssumeRole": Any,
            "AssociationDispatchAssumeRole.$": Any,
        },
        total=False,
    )
    CreateAssociationBatchParameters = TypedDict(
        "CreateAssociationBatchParameters",
        {
            "Entries": Any,
            "Entries.$": Any,
            "AssociationDispatchAssumeRole": Any,
            "AssociationDispatchAssumeRole.$": Any,
        },
        total=False,
    )
    CreateCloudConnectorParameters = TypedDict(
        "CreateCloudConnectorParameters",
        {
            "DisplayName": Any,
            "DisplayName.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Configuration": Any,
            "Configuration.$": Any,
            "ConfigConnectorArn": Any,
            "ConfigConnectorArn.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateDocumentParameters = TypedDict(
        "CreateDocumentParameters",
        {
            "Content": Any,
            "Content.$": Any,
            "Requires": Any,
            "Requires.$": Any,
            "Attachments": Any,
            "Attachments.$": Any,
            "Name": Any,
            "Name.$": Any,
            "DisplayName": Any,
            "DisplayName.$": Any,
            "VersionName": Any,
            "VersionName.$": Any,
            "DocumentType": Any,
            "DocumentType.$": Any,
            "DocumentFormat": Any,
            "DocumentFormat.$": Any,
            "TargetType": Any,
            "TargetType.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "CloudProviders": Any,
            "CloudProviders.$": Any,
        },
        total=False,
    )
    CreateMaintenanceWindowParameters = TypedDict(
        "CreateMaintenanceWindowParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "StartDate": Any,
            "StartDate.$": Any,
            "EndDate": Any,
            "EndDate.$": Any,
            "Schedule": Any,
            "Schedule.$": Any,
            "ScheduleTimezone": Any,
            "ScheduleTimezone.$": Any,
            "ScheduleOffset": Any,
            "ScheduleOffset.$": Any,
            "Duration": Any,
            "Duration.$": Any,
            "Cutoff": Any,
            "Cutoff.$": Any,
            "AllowUnassociatedTargets": Any,
            "AllowUnassociatedTargets.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateOpsItemParameters = TypedDict(
        "CreateOpsItemParameters",
        {
            "Description": Any,
            "Description.$": Any,
            "OpsItemType": Any,
            "OpsItemType.$": Any,
            "OperationalData": Any,
            "OperationalData.$": Any,
            "Notifications": Any,
            "Notifications.$": Any,
            "Priority": Any,
            "Priority.$": Any,
            "RelatedOpsItems": Any,
            "RelatedOpsItems.$": Any,
            "Source": Any,
            "Source.$": Any,
            "Title": Any,
            "Title.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "Category": Any,
            "Category.$": Any,
            "Severity": Any,
            "Severity.$": Any,
            "ActualStartTime": Any,
            "ActualStartTime.$": Any,
            "ActualEndTime": Any,
            "ActualEndTime.$": Any,
            "PlannedStartTime": Any,
            "PlannedStartTime.$": Any,
            "PlannedEndTime": Any,
            "PlannedEndTime.$": Any,
            "AccountId": Any,
            "AccountId.$": Any,
        },
        total=False,
    )
    CreateOpsMetadataParameters = TypedDict(
        "CreateOpsMetadataParameters",
        {
            "ResourceId": Any,
            "ResourceId.$": Any,
            "Metadata": Any,
            "Metadata.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreatePatchBaselineParameters = TypedDict(
        "CreatePatchBaselineParameters",
        {
            "OperatingSystem": Any,
            "OperatingSystem.$": Any,
            "Name": Any,
            "Name.$": Any,
            "GlobalFilters": Any,
            "GlobalFilters.$": Any,
            "ApprovalRules": Any,
            "ApprovalRules.$": Any,
            "ApprovedPatches": Any,
            "ApprovedPatches.$": Any,
            "ApprovedPatchesComplianceLevel": Any,
            "ApprovedPatchesComplianceLevel.$": Any,
            "ApprovedPatchesEnableNonSecurity": Any,
            "ApprovedPatchesEnableNonSecurity.$": Any,
            "RejectedPatches": Any,
            "RejectedPatches.$": Any,
            "RejectedPatchesAction": Any,
            "RejectedPatchesAction.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Sources": Any,
            "Sources.$": Any,
            "AvailableSecurityUpdatesComplianceStatus": Any,
            "AvailableSecurityUpdatesComplianceStatus.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateResourceDataSyncParameters = TypedDict(
        "CreateResourceDataSyncParameters",
        {
            "SyncName": Any,
            "SyncName.$": Any,
            "S3Destination": Any,
            "S3Destination.$": Any,
            "SyncType": Any,
            "SyncType.$": Any,
            "SyncSource": Any,
            "SyncSource.$": Any,
        },
        total=False,
    )
    DeleteActivationParameters = TypedDict(
        "DeleteActivationParameters", {"ActivationId": Any, "ActivationId.$": Any}, total=False
    )
    DeleteAssociationParameters = TypedDict(
        "DeleteAssociationParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "InstanceId": Any,
            "InstanceId.$": Any,
            "AssociationId": Any,
            "AssociationId.$": Any,
        },
        total=False,
    )
    DeleteCloudConnectorParameters = TypedDict(
        "DeleteCloudConnectorParameters",
        {"CloudConnectorId": Any, "CloudConnectorId.$": Any},
        total=False,
    )
    DeleteDocumentParameters = TypedDict(
        "DeleteDocumentParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "DocumentVersion": Any,
            "DocumentVersion.$": Any,
            "VersionName": Any,
            "VersionName.$": Any,
            "Force": Any,
            "Force.$": Any,
        },
        total=False,
    )
    DeleteInventoryParameters = TypedDict(
        "DeleteInventoryParameters",
        {
            "TypeName": Any,
            "TypeName.$": Any,
            "SchemaDeleteOption": Any,
            "SchemaDeleteOption.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    DeleteMaintenanceWindowParameters = TypedDict(
        "DeleteMaintenanceWindowParameters", {"WindowId": Any, "WindowId.$": Any}, total=False
    )
    DeleteOpsItemParameters = TypedDict(
        "DeleteOpsItemParameters", {"OpsItemId": Any, "OpsItemId.$": Any}, total=False
    )
    DeleteOpsMetadataParameters = TypedDict(
        "DeleteOpsMetadataParameters", {"OpsMetadataArn": Any, "OpsMetadataArn.$": Any}, total=False
    )
    DeleteParameterParameters = TypedDict(
        "DeleteParameterParameters", {"Name": Any, "Name.$": Any}, total=False
    )
    DeleteParametersParameters = TypedDict(
        "DeleteParametersParameters", {"Names": Any, "Names.$": Any}, total=False
    )
    DeletePatchBaselineParameters = TypedDict(
        "DeletePatchBaselineParameters", {"BaselineId": Any, "BaselineId.$": Any}, total=False
    )
    DeleteResourceDataSyncParameters = TypedDict(
        "DeleteResourceDataSyncParameters",
        {"SyncName": Any, "SyncName.$": Any, "SyncType": Any, "SyncType.$": Any},
        total=False,
    )
    DeleteResourcePolicyParameters = TypedDict(
        "DeleteResourcePolicyParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "PolicyId": Any,
            "PolicyId.$": Any,
            "PolicyHash": Any,
            "PolicyHash.$": Any,
            "DeletionMode": Any,
            "DeletionMode.$": Any,
        },
        total=False,
    )

    class DeregisterDefaultHostManagementConfigurationParameters(TypedDict, total=False):
        pass

    DeregisterManagedInstanceParameters = TypedDict(
        "DeregisterManagedInstanceParameters", {"InstanceId": Any, "InstanceId.$": Any}, total=False
    )
    DeregisterPatchBaselineForPatchGroupParameters = TypedDict(
        "DeregisterPatchBaselineForPatchGroupParameters",
        {"BaselineId": Any, "BaselineId.$": Any, "PatchGroup": Any, "PatchGroup.$": Any},
        total=False,
    )
    DeregisterTargetFromMaintenanceWindowParameters = TypedDict(
        "DeregisterTargetFromMaintenanceWindowParameters",
        {
            "WindowId": Any,
            "WindowId.$": Any,
            "WindowTargetId": Any,
            "WindowTargetId.$": Any,
            "Safe": Any,
            "Safe.$": Any,
        },
        total=False,
    )
    DeregisterTaskFromMaintenanceWindowParameters = TypedDict(
        "DeregisterTaskFromMaintenanceWindowParameters",
        {"WindowId": Any, "WindowId.$": Any, "WindowTaskId": Any, "WindowTaskId.$": Any},
        total=False,
    )
    DescribeActivationsParameters = TypedDict(
        "DescribeActivationsParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeAssociationParameters = TypedDict(
        "DescribeAssociationParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "InstanceId": Any,
            "InstanceId.$": Any,
            "AssociationId": Any,
            "AssociationId.$": Any,
            "AssociationVersion": Any,
            "AssociationVersion.$": Any,
        },
        total=False,
    )
    DescribeAssociationExecutionTargetsParameters = TypedDict(
        "DescribeAssociationExecutionTargetsParameters",
        {
            "AssociationId": Any,
            "AssociationId.$": Any,
            "ExecutionId": Any,
            "ExecutionId.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeAssociationExecutionsParameters = TypedDict(
        "DescribeAssociationExecutionsParameters",
        {
            "AssociationId": Any,
            "AssociationId.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeAutomationExecutionsParameters = TypedDict(
        "DescribeAutomationExecutionsParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeAutomationStepExecutionsParameters = TypedDict(
        "DescribeAutomationStepExecutionsParameters",
        {
            "AutomationExecutionId": Any,
            "AutomationExecutionId.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "ReverseOrder": Any,
            "ReverseOrder.$": Any,
        },
        total=False,
    )
    DescribeAvailablePatchesParameters = TypedDict(
        "DescribeAvailablePatchesParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeDocumentParameters = TypedDict(
        "DescribeDocumentParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "DocumentVersion": Any,
            "DocumentVersion.$": Any,
            "VersionName": Any,
            "VersionName.$": Any,
        },
        total=False,
    )
    DescribeDocumentPermissionParameters = TypedDict(
        "DescribeDocumentPermissionParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "PermissionType": Any,
            "PermissionType.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeEffectiveInstanceAssociationsParameters = TypedDict(
        "DescribeEffectiveInstanceAssociationsParameters",
        {
            "InstanceId": Any,
            "InstanceId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeEffectivePatchesForPatchBaselineParameters = TypedDict(
        "DescribeEffectivePatchesForPatchBaselineParameters",
        {
            "BaselineId": Any,
            "BaselineId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeInstanceAssociationsStatusParameters = TypedDict(
        "DescribeInstanceAssociationsStatusParameters",
        {
            "InstanceId": Any,
            "InstanceId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeInstanceInformationParameters = TypedDict(
        "DescribeInstanceInformationParameters",
        {
            "InstanceInformationFilterList": Any,
            "InstanceInformationFilterList.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeInstancePatchStatesParameters = TypedDict(
        "DescribeInstancePatchStatesParameters",
        {
            "InstanceIds": Any,
            "InstanceIds.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    DescribeInstancePatchStatesForPatchGroupParameters = TypedDict(
        "DescribeInstancePatchStatesForPatchGroupParameters",
        {
            "PatchGroup": Any,
            "PatchGroup.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    DescribeInstancePatchesParameters = TypedDict(
        "DescribeInstancePatchesParameters",
        {
            "InstanceId": Any,
            "InstanceId.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    DescribeInstancePropertiesParameters = TypedDict(
        "DescribeInstancePropertiesParameters",
        {
            "InstancePropertyFilterList": Any,
            "InstancePropertyFilterList.$": Any,
            "FiltersWithOperator": Any,
            "FiltersWithOperator.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeInventoryDeletionsParameters = TypedDict(
        "DescribeInventoryDeletionsParameters",
        {
            "DeletionId": Any,
            "DeletionId.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    DescribeMaintenanceWindowExecutionTaskInvocationsParameters = TypedDict(
        "DescribeMaintenanceWindowExecutionTaskInvocationsParameters",
        {
            "WindowExecutionId": Any,
            "WindowExecutionId.$": Any,
            "TaskId": Any,
            "TaskId.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeMaintenanceWindowExecutionTasksParameters = TypedDict(
        "DescribeMaintenanceWindowExecutionTasksParameters",
        {
            "WindowExecutionId": Any,
            "WindowExecutionId.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeMaintenanceWindowExecutionsParameters = TypedDict(
        "DescribeMaintenanceWindowExecutionsParameters",
        {
            "WindowId": Any,
            "WindowId.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeMaintenanceWindowScheduleParameters = TypedDict(
        "DescribeMaintenanceWindowScheduleParameters",
        {
            "WindowId": Any,
            "WindowId.$": Any,
            "Targets": Any,
            "Targets.$": Any,
            "ResourceType": Any,
            "ResourceType.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeMaintenanceWindowTargetsParameters = TypedDict(
        "DescribeMaintenanceWindowTargetsParameters",
        {
            "WindowId": Any,
            "WindowId.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeMaintenanceWindowTasksParameters = TypedDict(
        "DescribeMaintenanceWindowTasksParameters",
        {
            "WindowId": Any,
            "WindowId.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeMaintenanceWindowsParameters = TypedDict(
        "DescribeMaintenanceWindowsParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeMaintenanceWindowsForTargetParameters = TypedDict(
        "DescribeMaintenanceWindowsForTargetParameters",
        {
            "Targets": Any,
            "Targets.$": Any,
            "ResourceType": Any,
            "ResourceType.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeOpsItemsParameters = TypedDict(
        "DescribeOpsItemsParameters",
        {
            "OpsItemFilters": Any,
            "OpsItemFilters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeParametersParameters = TypedDict(
        "DescribeParametersParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "ParameterFilters": Any,
            "ParameterFilters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Shared": Any,
            "Shared.$": Any,
        },
        total=False,
    )
    DescribePatchBaselinesParameters = TypedDict(
        "DescribePatchBaselinesParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribePatchGroupStateParameters = TypedDict(
        "DescribePatchGroupStateParameters", {"PatchGroup": Any, "PatchGroup.$": Any}, total=False
    )
    DescribePatchGroupsParameters = TypedDict(
        "DescribePatchGroupsParameters",
        {
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribePatchPropertiesParameters = TypedDict(
        "DescribePatchPropertiesParameters",
        {
            "OperatingSystem": Any,
            "OperatingSystem.$": Any,
            "Property": Any,
            "Property.$": Any,
            "PatchSet": Any,
            "PatchSet.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    DescribeSessionsParameters = TypedDict(
        "DescribeSessionsParameters",
        {
            "State": Any,
            "State.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Filters": Any,
            "Filters.$": Any,
        },
        total=False,
    )
    DisassociateOpsItemRelatedItemParameters = TypedDict(
        "DisassociateOpsItemRelatedItemParameters",
        {"OpsItemId": Any, "OpsItemId.$": Any, "AssociationId": Any, "AssociationId.$": Any},
        total=False,
    )
    GetAccessTokenParameters = TypedDict(
        "GetAccessTokenParameters", {"AccessRequestId": Any, "AccessRequestId.$": Any}, total=False
    )
    GetAutomationExecutionParameters = TypedDict(
        "GetAutomationExecutionParameters",
        {"AutomationExecutionId": Any, "AutomationExecutionId.$": Any},
        total=False,
    )
    GetCalendarStateParameters = TypedDict(
        "GetCalendarStateParameters",
        {"CalendarNames": Any, "CalendarNames.$": Any, "AtTime": Any, "AtTime.$": Any},
        total=False,
    )
    GetCloudConnectorParameters = TypedDict(
        "GetCloudConnectorParameters",
        {"CloudConnectorId": Any, "CloudConnectorId.$": Any},
        total=False,
    )
    GetCommandInvocationParameters = TypedDict(
        "GetCommandInvocationParameters",
        {
            "CommandId": Any,
            "CommandId.$": Any,
            "InstanceId": Any,
            "InstanceId.$": Any,
            "PluginName": Any,
            "PluginName.$": Any,
        },
        total=False,
    )
    GetConnectionStatusParameters = TypedDict(
        "GetConnectionStatusParameters", {"Target": Any, "Target.$": Any}, total=False
    )
    GetDefaultPatchBaselineParameters = TypedDict(
        "GetDefaultPatchBaselineParameters",
        {"OperatingSystem": Any, "OperatingSystem.$": Any},
        total=False,
    )
    GetDeployablePatchSnapshotForInstanceParameters = TypedDict(
        "GetDeployablePatchSnapshotForInstanceParameters",
        {
            "InstanceId": Any,
            "InstanceId.$": Any,
            "SnapshotId": Any,
            "SnapshotId.$": Any,
            "BaselineOverride": Any,
            "BaselineOverride.$": Any,
            "UseS3DualStackEndpoint": Any,
            "UseS3DualStackEndpoint.$": Any,
        },
        total=False,
    )
    GetDocumentParameters = TypedDict(
        "GetDocumentParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "VersionName": Any,
            "VersionName.$": Any,
            "DocumentVersion": Any,
            "DocumentVersion.$": Any,
            "DocumentFormat": Any,
            "DocumentFormat.$": Any,
        },
        total=False,
    )
    GetExecutionPreviewParameters = TypedDict(
        "GetExecutionPreviewParameters",
        {"ExecutionPreviewId": Any, "ExecutionPreviewId.$": Any},
        total=False,
    )
    GetInventoryParameters = TypedDict(
        "GetInventoryParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "Aggregators": Any,
            "Aggregators.$": Any,
            "ResultAttributes": Any,
            "ResultAttributes.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    GetInventorySchemaParameters = TypedDict(
        "GetInventorySchemaParameters",
        {
            "TypeName": Any,
            "TypeName.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "Aggregator": Any,
            "Aggregator.$": Any,
            "SubType": Any,
            "SubType.$": Any,
        },
        total=False,
    )
    GetMaintenanceWindowParameters = TypedDict(
        "GetMaintenanceWindowParameters", {"WindowId": Any, "WindowId.$": Any}, total=False
    )
    GetMaintenanceWindowExecutionParameters = TypedDict(
        "GetMaintenanceWindowExecutionParameters",
        {"WindowExecutionId": Any, "WindowExecutionId.$": Any},
        total=False,
    )
    GetMaintenanceWindowExecutionTaskParameters = TypedDict(
        "GetMaintenanceWindowExecutionTaskParameters",
        {"WindowExecutionId": Any, "WindowExecutionId.$": Any, "TaskId": Any, "TaskId.$": Any},
        total=False,
    )
    GetMaintenanceWindowExecutionTaskInvocationParameters = TypedDict(
        "GetMaintenanceWindowExecutionTaskInvocationParameters",
        {
            "WindowExecutionId": Any,
            "WindowExecutionId.$": Any,
            "TaskId": Any,
            "TaskId.$": Any,
            "InvocationId": Any,
            "InvocationId.$": Any,
        },
        total=False,
    )
    GetMaintenanceWindowTaskParameters = TypedDict(
        "GetMaintenanceWindowTaskParameters",
        {"WindowId": Any, "WindowId.$": Any, "WindowTaskId": Any, "WindowTaskId.$": Any},
        total=False,
    )
    GetOpsItemParameters = TypedDict(
        "GetOpsItemParameters",
        {"OpsItemId": Any, "OpsItemId.$": Any, "OpsItemArn": Any, "OpsItemArn.$": Any},
        total=False,
    )
    GetOpsMetadataParameters = TypedDict(
        "GetOpsMetadataParameters",
        {
            "OpsMetadataArn": Any,
            "OpsMetadataArn.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    GetOpsSummaryParameters = TypedDict(
        "GetOpsSummaryParameters",
        {
            "SyncName": Any,
            "SyncName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Aggregators": Any,
            "Aggregators.$": Any,
            "ResultAttributes": Any,
            "ResultAttributes.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    GetParameterParameters = TypedDict(
        "GetParameterParameters",
        {"Name": Any, "Name.$": Any, "WithDecryption": Any, "WithDecryption.$": Any},
        total=False,
    )
    GetParameterHistoryParameters = TypedDict(
        "GetParameterHistoryParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "WithDecryption": Any,
            "WithDecryption.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    GetParametersParameters = TypedDict(
        "GetParametersParameters",
        {"Names": Any, "Names.$": Any, "WithDecryption": Any, "WithDecryption.$": Any},
        total=False,
    )
    GetParametersByPathParameters = TypedDict(
        "GetParametersByPathParameters",
        {
            "Path": Any,
            "Path.$": Any,
            "Recursive": Any,
            "Recursive.$": Any,
            "ParameterFilters": Any,
            "ParameterFilters.$": Any,
            "WithDecryption": Any,
            "WithDecryption.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    GetPatchBaselineParameters = TypedDict(
        "GetPatchBaselineParameters", {"BaselineId": Any, "BaselineId.$": Any}, total=False
    )
    GetPatchBaselineForPatchGroupParameters = TypedDict(
        "GetPatchBaselineForPatchGroupParameters",
        {"PatchGroup": Any, "PatchGroup.$": Any, "OperatingSystem": Any, "OperatingSystem.$": Any},
        total=False,
    )
    GetResourcePoliciesParameters = TypedDict(
        "GetResourcePoliciesParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    GetServiceSettingParameters = TypedDict(
        "GetServiceSettingParameters", {"SettingId": Any, "SettingId.$": Any}, total=False
    )
    LabelParameterVersionParameters = TypedDict(
        "LabelParameterVersionParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "ParameterVersion": Any,
            "ParameterVersion.$": Any,
            "Labels": Any,
            "Labels.$": Any,
        },
        total=False,
    )
    ListAssociationVersionsParameters = TypedDict(
        "ListAssociationVersionsParameters",
        {
            "AssociationId": Any,
            "AssociationId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListAssociationsParameters = TypedDict(
        "ListAssociationsParameters",
        {
            "AssociationFilterList": Any,
            "AssociationFilterList.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListCloudConnectorsParameters = TypedDict(
        "ListCloudConnectorsParameters",
        {
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Filters": Any,
            "Filters.$": Any,
        },
        total=False,
    )
    ListCommandInvocationsParameters = TypedDict(
        "ListCommandInvocationsParameters",
        {
            "CommandId": Any,
            "CommandId.$": Any,
            "InstanceId": Any,
            "InstanceId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Details": Any,
            "Details.$": Any,
        },
        total=False,
    )
    ListCommandsParameters = TypedDict(
        "ListCommandsParameters",
        {
            "CommandId": Any,
            "CommandId.$": Any,
            "InstanceId": Any,
            "InstanceId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "Filters": Any,
            "Filters.$": Any,
        },
        total=False,
    )
    ListComplianceItemsParameters = TypedDict(
        "ListComplianceItemsParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "ResourceIds": Any,
            "ResourceIds.$": Any,
            "ResourceTypes": Any,
            "ResourceTypes.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListComplianceSummariesParameters = TypedDict(
        "ListComplianceSummariesParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListDocumentMetadataHistoryParameters = TypedDict(
        "ListDocumentMetadataHistoryParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "DocumentVersion": Any,
            "DocumentVersion.$": Any,
            "Metadata": Any,
            "Metadata.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListDocumentVersionsParameters = TypedDict(
        "ListDocumentVersionsParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListDocumentsParameters = TypedDict(
        "ListDocumentsParameters",
        {
            "DocumentFilterList": Any,
            "DocumentFilterList.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListInventoryEntriesParameters = TypedDict(
        "ListInventoryEntriesParameters",
        {
            "InstanceId": Any,
            "InstanceId.$": Any,
            "TypeName": Any,
            "TypeName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListNodesParameters = TypedDict(
        "ListNodesParameters",
        {
            "SyncName": Any,
            "SyncName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListNodesSummaryParameters = TypedDict(
        "ListNodesSummaryParameters",
        {
            "SyncName": Any,
            "SyncName.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "Aggregators": Any,
            "Aggregators.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListOpsItemEventsParameters = TypedDict(
        "ListOpsItemEventsParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListOpsItemRelatedItemsParameters = TypedDict(
        "ListOpsItemRelatedItemsParameters",
        {
            "OpsItemId": Any,
            "OpsItemId.$": Any,
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListOpsMetadataParameters = TypedDict(
        "ListOpsMetadataParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )
    ListResourceComplianceSummariesParameters = TypedDict(
        "ListResourceComplianceSummariesParameters",
        {
            "Filters": Any,
            "Filters.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListResourceDataSyncParameters = TypedDict(
        "ListResourceDataSyncParameters",
        {
            "SyncType": Any,
            "SyncType.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListTagsForResourceParameters = TypedDict(
        "ListTagsForResourceParameters",
        {"ResourceType": Any, "ResourceType.$": Any, "ResourceId": Any, "ResourceId.$": Any},
        total=False,
    )
    ModifyDocumentPermissionParameters = TypedDict(
        "ModifyDocumentPermissionParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "PermissionType": Any,
            "PermissionType.$": Any,
            "AccountIdsToAdd": Any,
            "AccountIdsToAdd.$": Any,
            "AccountIdsToRemove": Any,
            "AccountIdsToRemove.$": Any,
            "SharedDocumentVersion": Any,
            "SharedDocumentVersion.$": Any,
        },
        total=False,
    )
    PutComplianceItemsParameters = TypedDict(
        "PutComplianceItemsParameters",
        {
            "ResourceId": Any,
            "ResourceId.$": Any,
            "ResourceType": Any,
            "ResourceType.$": Any,
            "ComplianceType": Any,
            "ComplianceType.$": Any,
            "ExecutionSummary": Any,
            "ExecutionSummary.$": Any,
            "Items": Any,
            "Items.$": Any,
            "ItemContentHash": Any,
            "ItemContentHash.$": Any,
            "UploadType": Any,
            "UploadType.$": Any,
        },
        total=False,
    )
    PutInventoryParameters = TypedDict(
        "PutInventoryParameters",
        {"InstanceId": Any, "InstanceId.$": Any, "Items": Any, "Items.$": Any},
        total=False,
    )
    PutParameterParameters = TypedDict(
        "PutParameterParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Value": Any,
            "Value.$": Any,
            "Type": Any,
            "Type.$": Any,
            "KeyId": Any,
            "KeyId.$": Any,
            "Overwrite": Any,
            "Overwrite.$": Any,
            "AllowedPattern": Any,
            "AllowedPattern.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "Tier": Any,
            "Tier.$": Any,
            "Policies": Any,
            "Policies.$": Any,
            "DataType": Any,
            "DataType.$": Any,
        },
        total=False,
    )
    PutResourcePolicyParameters = TypedDict(
        "PutResourcePolicyParameters",
        {
            "ResourceArn": Any,
            "ResourceArn.$": Any,
            "Policy": Any,
            "Policy.$": Any,
            "PolicyId": Any,
            "PolicyId.$": Any,
            "PolicyHash": Any,
            "PolicyHash.$": Any,
        },
        total=False,
    )
    RegisterDefaultHostManagementConfigurationParameters = TypedDict(
        "RegisterDefaultHostManagementConfigurationParameters",
        {
            "PermissionModel": Any,
            "PermissionModel.$": Any,
            "RoleArn": Any,
            "RoleArn.$": Any,
            "Overwrite": Any,
            "Overwrite.$": Any,
        },
        total=False,
    )
    RegisterDefaultPatchBaselineParameters = TypedDict(
        "RegisterDefaultPatchBaselineParameters",
        {"BaselineId": Any, "BaselineId.$": Any},
        total=False,
    )
    RegisterPatchBaselineForPatchGroupParameters = TypedDict(
        "RegisterPatchBaselineForPatchGroupParameters",
        {"BaselineId": Any, "BaselineId.$": Any, "PatchGroup": Any, "PatchGroup.$": Any},
        total=False,
    )
    RegisterTargetWithMaintenanceWindowParameters = TypedDict(
        "RegisterTargetWithMaintenanceWindowParameters",
        {
            "WindowId": Any,
            "WindowId.$": Any,
            "ResourceType": Any,
            "ResourceType.$": Any,
            "Targets": Any,
            "Targets.$": Any,
            "OwnerInformation": Any,
            "OwnerInformation.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    RegisterTaskWithMaintenanceWindowParameters = TypedDict(
        "RegisterTaskWithMaintenanceWindowParameters",
        {
            "WindowId": Any,
            "WindowId.$": Any,
            "Targets": Any,
            "Targets.$": Any,
            "TaskArn": Any,
            "TaskArn.$": Any,
            "ServiceRoleArn": Any,
            "ServiceRoleArn.$": Any,
            "TaskType": Any,
            "TaskType.$": Any,
            "TaskParameters": Any,
            "TaskParameters.$": Any,
            "TaskInvocationParameters": Any,
            "TaskInvocationParameters.$": Any,
            "Priority": Any,
            "Priority.$": Any,
            "MaxConcurrency": Any,
            "MaxConcurrency.$": Any,
            "MaxErrors": Any,
            "MaxErrors.$": Any,
            "LoggingInfo": Any,
            "LoggingInfo.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "CutoffBehavior": Any,
            "CutoffBehavior.$": Any,
            "AlarmConfiguration": Any,
            "AlarmConfiguration.$": Any,
        },
        total=False,
    )
    RemoveTagsFromResourceParameters = TypedDict(
        "RemoveTagsFromResourceParameters",
        {
            "ResourceType": Any,
            "ResourceType.$": Any,
            "ResourceId": Any,
            "ResourceId.$": Any,
            "TagKeys": Any,
            "TagKeys.$": Any,
        },
        total=False,
    )
    ResetServiceSettingParameters = TypedDict(
        "ResetServiceSettingParameters", {"SettingId": Any, "SettingId.$": Any}, total=False
    )
    ResumeSessionParameters = TypedDict(
        "ResumeSessionParameters", {"SessionId": Any, "SessionId.$": Any}, total=False
    )
    SendAutomationSignalParameters = TypedDict(
        "SendAutomationSignalParameters",
        {
            "AutomationExecutionId": Any,
            "AutomationExecutionId.$": Any,
            "SignalType": Any,
            "SignalType.$": Any,
            "Payload": Any,
            "Payload.$": Any,
        },
        total=False,
    )
    SendCommandParameters = TypedDict(
        "SendCommandParameters",
        {
            "InstanceIds": Any,
            "InstanceIds.$": Any,
            "Targets": Any,
            "Targets.$": Any,
            "DocumentName": Any,
            "DocumentName.$": Any,
            "DocumentVersion": Any,
            "DocumentVersion.$": Any,
            "DocumentHash": Any,
            "DocumentHash.$": Any,
            "DocumentHashType": Any,
            "DocumentHashType.$": Any,
            "TimeoutSeconds": Any,
            "TimeoutSeconds.$": Any,
            "Comment": Any,
            "Comment.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
            "OutputS3Region": Any,
            "OutputS3Region.$": Any,
            "OutputS3BucketName": Any,
            "OutputS3BucketName.$": Any,
            "OutputS3KeyPrefix": Any,
            "OutputS3KeyPrefix.$": Any,
            "MaxConcurrency": Any,
            "MaxConcurrency.$": Any,
            "MaxErrors": Any,
            "MaxErrors.$": Any,
            "ServiceRoleArn": Any,
            "ServiceRoleArn.$": Any,
            "NotificationConfig": Any,
            "NotificationConfig.$": Any,
            "CloudWatchOutputConfig": Any,
            "CloudWatchOutputConfig.$": Any,
            "AlarmConfiguration": Any,
            "AlarmConfiguration.$": Any,
        },
        total=False,
    )
    StartAccessRequestParameters = TypedDict(
        "StartAccessRequestParameters",
        {
            "Reason": Any,
            "Reason.$": Any,
            "Targets": Any,
            "Targets.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    StartAssociationsOnceParameters = TypedDict(
        "StartAssociationsOnceParameters",
        {"AssociationIds": Any, "AssociationIds.$": Any},
        total=False,
    )
    StartAutomationExecutionParameters = TypedDict(
        "StartAutomationExecutionParameters",
        {
            "DocumentName": Any,
            "DocumentName.$": Any,
            "DocumentVersion": Any,
            "DocumentVersion.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "Mode": Any,
            "Mode.$": Any,
            "TargetParameterName": Any,
            "TargetParameterName.$": Any,
            "Targets": Any,
            "Targets.$": Any,
            "TargetMaps": Any,
            "TargetMaps.$": Any,
            "MaxConcurrency": Any,
            "MaxConcurrency.$": Any,
            "MaxErrors": Any,
            "MaxErrors.$": Any,
            "TargetLocations": Any,
            "TargetLocations.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "AlarmConfiguration": Any,
            "AlarmConfiguration.$": Any,
            "TargetLocationsURL": Any,
            "TargetLocationsURL.$": Any,
        },
        total=False,
    )
    StartChangeRequestExecutionParameters = TypedDict(
        "StartChangeRequestExecutionParameters",
        {
            "ScheduledTime": Any,
            "ScheduledTime.$": Any,
            "DocumentName": Any,
            "DocumentName.$": Any,
            "DocumentVersion": Any,
            "DocumentVersion.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
            "ChangeRequestName": Any,
            "ChangeRequestName.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "AutoApprove": Any,
            "AutoApprove.$": Any,
            "Runbooks": Any,
            "Runbooks.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "ScheduledEndTime": Any,
            "ScheduledEndTime.$": Any,
            "ChangeDetails": Any,
            "ChangeDetails.$": Any,
        },
        total=False,
    )
    StartExecutionPreviewParameters = TypedDict(
        "StartExecutionPreviewParameters",
        {
            "DocumentName": Any,
            "DocumentName.$": Any,
            "DocumentVersion": Any,
            "DocumentVersion.$": Any,
            "ExecutionInputs": Any,
            "ExecutionInputs.$": Any,
        },
        total=False,
    )
    StartSessionParameters = TypedDict(
        "StartSessionParameters",
        {
            "Target": Any,
            "Target.$": Any,
            "DocumentName": Any,
            "DocumentName.$": Any,
            "Reason": Any,
            "Reason.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
        },
        total=False,
    )
    StopAutomationExecutionParameters = TypedDict(
        "StopAutomationExecutionParameters",
        {"AutomationExecutionId": Any, "AutomationExecutionId.$": Any, "Type": Any, "Type.$": Any},
        total=False,
    )
    TerminateSessionParameters = TypedDict(
        "TerminateSessionParameters", {"SessionId": Any, "SessionId.$": Any}, total=False
    )
    UnlabelParameterVersionParameters = TypedDict(
        "UnlabelParameterVersionParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "ParameterVersion": Any,
            "ParameterVersion.$": Any,
            "Labels": Any,
            "Labels.$": Any,
        },
        total=False,
    )
    UpdateAssociationParameters = TypedDict(
        "UpdateAssociationParameters",
        {
            "AssociationId": Any,
            "AssociationId.$": Any,
            "Parameters": Any,
            "Parameters.$": Any,
            "DocumentVersion": Any,
            "DocumentVersion.$": Any,
            "ScheduleExpression": Any,
            "ScheduleExpression.$": Any,
            "OutputLocation": Any,
            "OutputLocation.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Targets": Any,
            "Targets.$": Any,
            "AssociationName": Any,
            "AssociationName.$": Any,
            "AssociationVersion": Any,
            "AssociationVersion.$": Any,
            "AutomationTargetParameterName": Any,
            "AutomationTargetParameterName.$": Any,
            "MaxErrors": Any,
            "MaxErrors.$": Any,
            "MaxConcurrency": Any,
            "MaxConcurrency.$": Any,
            "ComplianceSeverity": Any,
            "ComplianceSeverity.$": Any,
            "SyncCompliance": Any,
            "SyncCompliance.$": Any,
            "ApplyOnlyAtCronInterval": Any,
            "ApplyOnlyAtCronInterval.$": Any,
            "CalendarNames": Any,
            "CalendarNames.$": Any,
            "TargetLocations": Any,
            "TargetLocations.$": Any,
            "ScheduleOffset": Any,
            "ScheduleOffset.$": Any,
            "Duration": Any,
            "Duration.$": Any,
            "TargetMaps": Any,
            "TargetMaps.$": Any,
            "AlarmConfiguration": Any,
            "AlarmConfiguration.$": Any,
            "AssociationDispatchAssumeRole": Any,
            "AssociationDispatchAssumeRole.$": Any,
        },
        total=False,
    )
    UpdateAssociationStatusParameters = TypedDict(
        "UpdateAssociationStatusParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "InstanceId": Any,
            "InstanceId.$": Any,
            "AssociationStatus": Any,
            "AssociationStatus.$": Any,
        },
        total=False,
    )
    UpdateCloudConnectorParameters = TypedDict(
        "UpdateCloudConnectorParameters",
        {
            "CloudConnectorId": Any,
            "CloudConnectorId.$": Any,
            "DisplayName": Any,
            "DisplayName.$": Any,
            "Configuration": Any,
            "Configuration.$": Any,
            "Description": Any,
            "Description.$": Any,
        },
        total=False,
    )
    UpdateDocumentParameters = TypedDict(
        "UpdateDocumentParameters",
        {
            "Content": Any,
            "Content.$": Any,
            "Attachments": Any,
            "Attachments.$": Any,
            "Name": Any,
            "Name.$": Any,
            "DisplayName": Any,
            "DisplayName.$": Any,
            "VersionName": Any,
            "VersionName.$": Any,
            "DocumentVersion": Any,
            "DocumentVersion.$": Any,
            "DocumentFormat": Any,
            "DocumentFormat.$": Any,
            "TargetType": Any,
            "TargetType.$": Any,
            "CloudProviders": Any,
            "CloudProviders.$": Any,
        },
        total=False,
    )
    UpdateDocumentDefaultVersionParameters = TypedDict(
        "UpdateDocumentDefaultVersionParameters",
        {"Name": Any, "Name.$": Any, "DocumentVersion": Any, "DocumentVersion.$": Any},
        total=False,
    )
    UpdateDocumentMetadataParameters = TypedDict(
        "UpdateDocumentMetadataParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "DocumentVersion": Any,
            "DocumentVersion.$": Any,
            "DocumentReviews": Any,
            "DocumentReviews.$": Any,
        },
        total=False,
    )
    UpdateMaintenanceWindowParameters = TypedDict(
        "UpdateMaintenanceWindowParameters",
        {
            "WindowId": Any,
            "WindowId.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "StartDate": Any,
            "StartDate.$": Any,
            "EndDate": Any,
            "EndDate.$": Any,
            "Schedule": Any,
            "Schedule.$": Any,
            "ScheduleTimezone": Any,
            "ScheduleTimezone.$": Any,
            "ScheduleOffset": Any,
            "ScheduleOffset.$": Any,
            "Duration": Any,
            "Duration.$": Any,
            "Cutoff": Any,
            "Cutoff.$": Any,
            "AllowUnassociatedTargets": Any,
            "AllowUnassociatedTargets.$": Any,
            "Enabled": Any,
            "Enabled.$": Any,
            "Replace": Any,
            "Replace.$": Any,
        },
        total=False,
    )
    UpdateMaintenanceWindowTargetParameters = TypedDict(
        "UpdateMaintenanceWindowTargetParameters",
        {
            "WindowId": Any,
            "WindowId.$": Any,
            "WindowTargetId": Any,
            "WindowTargetId.$": Any,
            "Targets": Any,
            "Targets.$": Any,
            "OwnerInformation": Any,
            "OwnerInformation.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Replace": Any,
            "Replace.$": Any,
        },
        total=False,
    )
    UpdateMaintenanceWindowTaskParameters = TypedDict(
        "UpdateMaintenanceWindowTaskParameters",
        {
            "WindowId": Any,
            "WindowId.$": Any,
            "WindowTaskId": Any,
            "WindowTaskId.$": Any,
            "Targets": Any,
            "Targets.$": Any,
            "TaskArn": Any,
            "TaskArn.$": Any,
            "ServiceRoleArn": Any,
            "ServiceRoleArn.$": Any,
            "TaskParameters": Any,
            "TaskParameters.$": Any,
            "TaskInvocationParameters": Any,
            "TaskInvocationParameters.$": Any,
            "Priority": Any,
            "Priority.$": Any,
            "MaxConcurrency": Any,
            "MaxConcurrency.$": Any,
            "MaxErrors": Any,
            "MaxErrors.$": Any,
            "LoggingInfo": Any,
            "LoggingInfo.$": Any,
            "Name": Any,
            "Name.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Replace": Any,
            "Replace.$": Any,
            "CutoffBehavior": Any,
            "CutoffBehavior.$": Any,
            "AlarmConfiguration": Any,
            "AlarmConfiguration.$": Any,
        },
        total=False,
    )
    UpdateManagedInstanceRoleParameters = TypedDict(
        "UpdateManagedInstanceRoleParameters",
        {"InstanceId": Any, "InstanceId.$": Any, "IamRole": Any, "IamRole.$": Any},
        total=False,
    )
    UpdateOpsItemParameters = TypedDict(
        "UpdateOpsItemParameters",
        {
            "Description": Any,
            "Description.$": Any,
            "OperationalData": Any,
            "OperationalData.$": Any,
            "OperationalDataToDelete": Any,
            "OperationalDataToDelete.$": Any,
            "Notifications": Any,
            "Notifications.$": Any,
            "Priority": Any,
            "Priority.$": Any,
            "RelatedOpsItems": Any,
            "RelatedOpsItems.$": Any,
            "Status": Any,
            "Status.$": Any,
            "OpsItemId": Any,
            "OpsItemId.$": Any,
            "Title": Any,
            "Title.$": Any,
            "Category": Any,
            "Category.$": Any,
            "Severity": Any,
            "Severity.$": Any,
            "ActualStartTime": Any,
            "ActualStartTime.$": Any,
            "ActualEndTime": Any,
            "ActualEndTime.$": Any,
            "PlannedStartTime": Any,
            "PlannedStartTime.$": Any,
            "PlannedEndTime": Any,
            "PlannedEndTime.$": Any,
            "OpsItemArn": Any,
            "OpsItemArn.$": Any,
        },
        total=False,
    )
    UpdateOpsMetadataParameters = TypedDict(
        "UpdateOpsMetadataParameters",
        {
            "OpsMetadataArn": Any,
            "OpsMetadataArn.$": Any,
            "MetadataToUpdate": Any,
            "MetadataToUpdate.$": Any,
            "KeysToDelete": Any,
            "KeysToDelete.$": Any,
        },
        total=False,
    )
    UpdatePatchBaselineParameters = TypedDict(
        "UpdatePatchBaselineParameters",
        {
            "BaselineId": Any,
            "BaselineId.$": Any,
            "Name": Any,
            "Name.$": Any,
            "GlobalFilters": Any,
            "GlobalFilters.$": Any,
            "ApprovalRules": Any,
            "ApprovalRules.$": Any,
            "ApprovedPatches": Any,
            "ApprovedPatches.$": Any,
            "ApprovedPatchesComplianceLevel": Any,
            "ApprovedPatchesComplianceLevel.$": Any,
            "ApprovedPatchesEnableNonSecurity": Any,
            "ApprovedPatchesEnableNonSecurity.$": Any,
            "RejectedPatches": Any,
            "RejectedPatches.$": Any,
            "RejectedPatchesAction": Any,
            "RejectedPatchesAction.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Sources": Any,
            "Sources.$": Any,
            "AvailableSecurityUpdatesComplianceStatus": Any,
            "AvailableSecurityUpdatesComplianceStatus.$": Any,
            "Replace": Any,
            "Replace.$": Any,
        },
        total=False,
    )
    UpdateResourceDataSyncParameters = TypedDict(
        "UpdateResourceDataSyncParameters",
        {
            "SyncName": Any,
            "SyncName.$": Any,
            "SyncType": Any,
            "SyncType.$": Any,
            "SyncSource": Any,
            "SyncSource.$": Any,
        },
        total=False,
    )
    UpdateServiceSettingParameters = TypedDict(
        "UpdateServiceSettingParameters",
        {"SettingId": Any, "SettingId.$": Any, "SettingValue": Any, "SettingValue.$": Any},
        total=False,
    )
    ValidateCloudConnectorParameters = TypedDict(
        "ValidateCloudConnectorParameters",
        {
            "CloudConnectorId": Any,
            "CloudConnectorId.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
        },
        total=False,
    )


def add_tags_to_resource(
    name: str,
    parameters: AddTagsToResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:addTagsToResource (``arn:aws:states:::aws-sdk:ssm:addTagsToResource``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:addTagsToResource", parameters, pattern, options)


def associate_ops_item_related_item(
    name: str,
    parameters: AssociateOpsItemRelatedItemParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:associateOpsItemRelatedItem (``arn:aws:states:::aws-sdk:ssm:associateOpsItemRelatedItem``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:associateOpsItemRelatedItem", parameters, pattern, options)


def cancel_command(
    name: str,
    parameters: CancelCommandParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:cancelCommand (``arn:aws:states:::aws-sdk:ssm:cancelCommand``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:cancelCommand", parameters, pattern, options)


def cancel_maintenance_window_execution(
    name: str,
    parameters: CancelMaintenanceWindowExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:cancelMaintenanceWindowExecution (``arn:aws:states:::aws-sdk:ssm:cancelMaintenanceWindowExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:cancelMaintenanceWindowExecution", parameters, pattern, options)


def create_activation(
    name: str,
    parameters: CreateActivationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:createActivation (``arn:aws:states:::aws-sdk:ssm:createActivation``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:createActivation", parameters, pattern, options)


def create_association(
    name: str,
    parameters: CreateAssociationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:createAssociation (``arn:aws:states:::aws-sdk:ssm:createAssociation``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:createAssociation", parameters, pattern, options)


def create_association_batch(
    name: str,
    parameters: CreateAssociationBatchParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:createAssociationBatch (``arn:aws:states:::aws-sdk:ssm:createAssociationBatch``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:createAssociationBatch", parameters, pattern, options)


def create_cloud_connector(
    name: str,
    parameters: CreateCloudConnectorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:createCloudConnector (``arn:aws:states:::aws-sdk:ssm:createCloudConnector``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:createCloudConnector", parameters, pattern, options)


def create_document(
    name: str,
    parameters: CreateDocumentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:createDocument (``arn:aws:states:::aws-sdk:ssm:createDocument``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:createDocument", parameters, pattern, options)


def create_maintenance_window(
    name: str,
    parameters: CreateMaintenanceWindowParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:createMaintenanceWindow (``arn:aws:states:::aws-sdk:ssm:createMaintenanceWindow``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:createMaintenanceWindow", parameters, pattern, options)


def create_ops_item(
    name: str,
    parameters: CreateOpsItemParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:createOpsItem (``arn:aws:states:::aws-sdk:ssm:createOpsItem``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:createOpsItem", parameters, pattern, options)


def create_ops_metadata(
    name: str,
    parameters: CreateOpsMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:createOpsMetadata (``arn:aws:states:::aws-sdk:ssm:createOpsMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:createOpsMetadata", parameters, pattern, options)


def create_patch_baseline(
    name: str,
    parameters: CreatePatchBaselineParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:createPatchBaseline (``arn:aws:states:::aws-sdk:ssm:createPatchBaseline``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:createPatchBaseline", parameters, pattern, options)


def create_resource_data_sync(
    name: str,
    parameters: CreateResourceDataSyncParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:createResourceDataSync (``arn:aws:states:::aws-sdk:ssm:createResourceDataSync``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:createResourceDataSync", parameters, pattern, options)


def delete_activation(
    name: str,
    parameters: DeleteActivationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deleteActivation (``arn:aws:states:::aws-sdk:ssm:deleteActivation``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deleteActivation", parameters, pattern, options)


def delete_association(
    name: str,
    parameters: DeleteAssociationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deleteAssociation (``arn:aws:states:::aws-sdk:ssm:deleteAssociation``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deleteAssociation", parameters, pattern, options)


def delete_cloud_connector(
    name: str,
    parameters: DeleteCloudConnectorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deleteCloudConnector (``arn:aws:states:::aws-sdk:ssm:deleteCloudConnector``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deleteCloudConnector", parameters, pattern, options)


def delete_document(
    name: str,
    parameters: DeleteDocumentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deleteDocument (``arn:aws:states:::aws-sdk:ssm:deleteDocument``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deleteDocument", parameters, pattern, options)


def delete_inventory(
    name: str,
    parameters: DeleteInventoryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deleteInventory (``arn:aws:states:::aws-sdk:ssm:deleteInventory``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deleteInventory", parameters, pattern, options)


def delete_maintenance_window(
    name: str,
    parameters: DeleteMaintenanceWindowParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deleteMaintenanceWindow (``arn:aws:states:::aws-sdk:ssm:deleteMaintenanceWindow``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deleteMaintenanceWindow", parameters, pattern, options)


def delete_ops_item(
    name: str,
    parameters: DeleteOpsItemParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deleteOpsItem (``arn:aws:states:::aws-sdk:ssm:deleteOpsItem``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deleteOpsItem", parameters, pattern, options)


def delete_ops_metadata(
    name: str,
    parameters: DeleteOpsMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deleteOpsMetadata (``arn:aws:states:::aws-sdk:ssm:deleteOpsMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deleteOpsMetadata", parameters, pattern, options)


def delete_parameter(
    name: str,
    parameters: DeleteParameterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deleteParameter (``arn:aws:states:::aws-sdk:ssm:deleteParameter``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deleteParameter", parameters, pattern, options)


def delete_parameters(
    name: str,
    parameters: DeleteParametersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deleteParameters (``arn:aws:states:::aws-sdk:ssm:deleteParameters``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deleteParameters", parameters, pattern, options)


def delete_patch_baseline(
    name: str,
    parameters: DeletePatchBaselineParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deletePatchBaseline (``arn:aws:states:::aws-sdk:ssm:deletePatchBaseline``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deletePatchBaseline", parameters, pattern, options)


def delete_resource_data_sync(
    name: str,
    parameters: DeleteResourceDataSyncParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deleteResourceDataSync (``arn:aws:states:::aws-sdk:ssm:deleteResourceDataSync``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deleteResourceDataSync", parameters, pattern, options)


def delete_resource_policy(
    name: str,
    parameters: DeleteResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deleteResourcePolicy (``arn:aws:states:::aws-sdk:ssm:deleteResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deleteResourcePolicy", parameters, pattern, options)


def deregister_default_host_management_configuration(
    name: str,
    parameters: DeregisterDefaultHostManagementConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deregisterDefaultHostManagementConfiguration (``arn:aws:states:::aws-sdk:ssm:deregisterDefaultHostManagementConfiguration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "ssm:deregisterDefaultHostManagementConfiguration", parameters, pattern, options
    )


def deregister_managed_instance(
    name: str,
    parameters: DeregisterManagedInstanceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deregisterManagedInstance (``arn:aws:states:::aws-sdk:ssm:deregisterManagedInstance``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deregisterManagedInstance", parameters, pattern, options)


def deregister_patch_baseline_for_patch_group(
    name: str,
    parameters: DeregisterPatchBaselineForPatchGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deregisterPatchBaselineForPatchGroup (``arn:aws:states:::aws-sdk:ssm:deregisterPatchBaselineForPatchGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deregisterPatchBaselineForPatchGroup", parameters, pattern, options)


def deregister_target_from_maintenance_window(
    name: str,
    parameters: DeregisterTargetFromMaintenanceWindowParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deregisterTargetFromMaintenanceWindow (``arn:aws:states:::aws-sdk:ssm:deregisterTargetFromMaintenanceWindow``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deregisterTargetFromMaintenanceWindow", parameters, pattern, options)


def deregister_task_from_maintenance_window(
    name: str,
    parameters: DeregisterTaskFromMaintenanceWindowParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:deregisterTaskFromMaintenanceWindow (``arn:aws:states:::aws-sdk:ssm:deregisterTaskFromMaintenanceWindow``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:deregisterTaskFromMaintenanceWindow", parameters, pattern, options)


def describe_activations(
    name: str,
    parameters: DescribeActivationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeActivations (``arn:aws:states:::aws-sdk:ssm:describeActivations``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeActivations", parameters, pattern, options)


def describe_association(
    name: str,
    parameters: DescribeAssociationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeAssociation (``arn:aws:states:::aws-sdk:ssm:describeAssociation``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeAssociation", parameters, pattern, options)


def describe_association_execution_targets(
    name: str,
    parameters: DescribeAssociationExecutionTargetsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeAssociationExecutionTargets (``arn:aws:states:::aws-sdk:ssm:describeAssociationExecutionTargets``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeAssociationExecutionTargets", parameters, pattern, options)


def describe_association_executions(
    name: str,
    parameters: DescribeAssociationExecutionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeAssociationExecutions (``arn:aws:states:::aws-sdk:ssm:describeAssociationExecutions``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeAssociationExecutions", parameters, pattern, options)


def describe_automation_executions(
    name: str,
    parameters: DescribeAutomationExecutionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeAutomationExecutions (``arn:aws:states:::aws-sdk:ssm:describeAutomationExecutions``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeAutomationExecutions", parameters, pattern, options)


def describe_automation_step_executions(
    name: str,
    parameters: DescribeAutomationStepExecutionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeAutomationStepExecutions (``arn:aws:states:::aws-sdk:ssm:describeAutomationStepExecutions``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeAutomationStepExecutions", parameters, pattern, options)


def describe_available_patches(
    name: str,
    parameters: DescribeAvailablePatchesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeAvailablePatches (``arn:aws:states:::aws-sdk:ssm:describeAvailablePatches``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeAvailablePatches", parameters, pattern, options)


def describe_document(
    name: str,
    parameters: DescribeDocumentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeDocument (``arn:aws:states:::aws-sdk:ssm:describeDocument``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeDocument", parameters, pattern, options)


def describe_document_permission(
    name: str,
    parameters: DescribeDocumentPermissionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeDocumentPermission (``arn:aws:states:::aws-sdk:ssm:describeDocumentPermission``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeDocumentPermission", parameters, pattern, options)


def describe_effective_instance_associations(
    name: str,
    parameters: DescribeEffectiveInstanceAssociationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeEffectiveInstanceAssociations (``arn:aws:states:::aws-sdk:ssm:describeEffectiveInstanceAssociations``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeEffectiveInstanceAssociations", parameters, pattern, options)


def describe_effective_patches_for_patch_baseline(
    name: str,
    parameters: DescribeEffectivePatchesForPatchBaselineParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeEffectivePatchesForPatchBaseline (``arn:aws:states:::aws-sdk:ssm:describeEffectivePatchesForPatchBaseline``); the parameters are checked against its API model."""
    return sdk_task(
        name, "ssm:describeEffectivePatchesForPatchBaseline", parameters, pattern, options
    )


def describe_instance_associations_status(
    name: str,
    parameters: DescribeInstanceAssociationsStatusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeInstanceAssociationsStatus (``arn:aws:states:::aws-sdk:ssm:describeInstanceAssociationsStatus``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeInstanceAssociationsStatus", parameters, pattern, options)


def describe_instance_information(
    name: str,
    parameters: DescribeInstanceInformationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeInstanceInformation (``arn:aws:states:::aws-sdk:ssm:describeInstanceInformation``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeInstanceInformation", parameters, pattern, options)


def describe_instance_patch_states(
    name: str,
    parameters: DescribeInstancePatchStatesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeInstancePatchStates (``arn:aws:states:::aws-sdk:ssm:describeInstancePatchStates``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeInstancePatchStates", parameters, pattern, options)


def describe_instance_patch_states_for_patch_group(
    name: str,
    parameters: DescribeInstancePatchStatesForPatchGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeInstancePatchStatesForPatchGroup (``arn:aws:states:::aws-sdk:ssm:describeInstancePatchStatesForPatchGroup``); the parameters are checked against its API model."""
    return sdk_task(
        name, "ssm:describeInstancePatchStatesForPatchGroup", parameters, pattern, options
    )


def describe_instance_patches(
    name: str,
    parameters: DescribeInstancePatchesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeInstancePatches (``arn:aws:states:::aws-sdk:ssm:describeInstancePatches``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeInstancePatches", parameters, pattern, options)


def describe_instance_properties(
    name: str,
    parameters: DescribeInstancePropertiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeInstanceProperties (``arn:aws:states:::aws-sdk:ssm:describeInstanceProperties``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeInstanceProperties", parameters, pattern, options)


def describe_inventory_deletions(
    name: str,
    parameters: DescribeInventoryDeletionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeInventoryDeletions (``arn:aws:states:::aws-sdk:ssm:describeInventoryDeletions``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeInventoryDeletions", parameters, pattern, options)


def describe_maintenance_window_execution_task_invocations(
    name: str,
    parameters: DescribeMaintenanceWindowExecutionTaskInvocationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeMaintenanceWindowExecutionTaskInvocations (``arn:aws:states:::aws-sdk:ssm:describeMaintenanceWindowExecutionTaskInvocations``); the parameters are checked against its API model."""
    return sdk_task(
        name, "ssm:describeMaintenanceWindowExecutionTaskInvocations", parameters, pattern, options
    )


def describe_maintenance_window_execution_tasks(
    name: str,
    parameters: DescribeMaintenanceWindowExecutionTasksParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeMaintenanceWindowExecutionTasks (``arn:aws:states:::aws-sdk:ssm:describeMaintenanceWindowExecutionTasks``); the parameters are checked against its API model."""
    return sdk_task(
        name, "ssm:describeMaintenanceWindowExecutionTasks", parameters, pattern, options
    )


def describe_maintenance_window_executions(
    name: str,
    parameters: DescribeMaintenanceWindowExecutionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeMaintenanceWindowExecutions (``arn:aws:states:::aws-sdk:ssm:describeMaintenanceWindowExecutions``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeMaintenanceWindowExecutions", parameters, pattern, options)


def describe_maintenance_window_schedule(
    name: str,
    parameters: DescribeMaintenanceWindowScheduleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeMaintenanceWindowSchedule (``arn:aws:states:::aws-sdk:ssm:describeMaintenanceWindowSchedule``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeMaintenanceWindowSchedule", parameters, pattern, options)


def describe_maintenance_window_targets(
    name: str,
    parameters: DescribeMaintenanceWindowTargetsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeMaintenanceWindowTargets (``arn:aws:states:::aws-sdk:ssm:describeMaintenanceWindowTargets``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeMaintenanceWindowTargets", parameters, pattern, options)


def describe_maintenance_window_tasks(
    name: str,
    parameters: DescribeMaintenanceWindowTasksParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeMaintenanceWindowTasks (``arn:aws:states:::aws-sdk:ssm:describeMaintenanceWindowTasks``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeMaintenanceWindowTasks", parameters, pattern, options)


def describe_maintenance_windows(
    name: str,
    parameters: DescribeMaintenanceWindowsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeMaintenanceWindows (``arn:aws:states:::aws-sdk:ssm:describeMaintenanceWindows``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeMaintenanceWindows", parameters, pattern, options)


def describe_maintenance_windows_for_target(
    name: str,
    parameters: DescribeMaintenanceWindowsForTargetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeMaintenanceWindowsForTarget (``arn:aws:states:::aws-sdk:ssm:describeMaintenanceWindowsForTarget``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeMaintenanceWindowsForTarget", parameters, pattern, options)


def describe_ops_items(
    name: str,
    parameters: DescribeOpsItemsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeOpsItems (``arn:aws:states:::aws-sdk:ssm:describeOpsItems``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeOpsItems", parameters, pattern, options)


def describe_parameters(
    name: str,
    parameters: DescribeParametersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeParameters (``arn:aws:states:::aws-sdk:ssm:describeParameters``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeParameters", parameters, pattern, options)


def describe_patch_baselines(
    name: str,
    parameters: DescribePatchBaselinesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describePatchBaselines (``arn:aws:states:::aws-sdk:ssm:describePatchBaselines``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describePatchBaselines", parameters, pattern, options)


def describe_patch_group_state(
    name: str,
    parameters: DescribePatchGroupStateParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describePatchGroupState (``arn:aws:states:::aws-sdk:ssm:describePatchGroupState``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describePatchGroupState", parameters, pattern, options)


def describe_patch_groups(
    name: str,
    parameters: DescribePatchGroupsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describePatchGroups (``arn:aws:states:::aws-sdk:ssm:describePatchGroups``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describePatchGroups", parameters, pattern, options)


def describe_patch_properties(
    name: str,
    parameters: DescribePatchPropertiesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describePatchProperties (``arn:aws:states:::aws-sdk:ssm:describePatchProperties``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describePatchProperties", parameters, pattern, options)


def describe_sessions(
    name: str,
    parameters: DescribeSessionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:describeSessions (``arn:aws:states:::aws-sdk:ssm:describeSessions``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:describeSessions", parameters, pattern, options)


def disassociate_ops_item_related_item(
    name: str,
    parameters: DisassociateOpsItemRelatedItemParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:disassociateOpsItemRelatedItem (``arn:aws:states:::aws-sdk:ssm:disassociateOpsItemRelatedItem``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:disassociateOpsItemRelatedItem", parameters, pattern, options)


def get_access_token(
    name: str,
    parameters: GetAccessTokenParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getAccessToken (``arn:aws:states:::aws-sdk:ssm:getAccessToken``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getAccessToken", parameters, pattern, options)


def get_automation_execution(
    name: str,
    parameters: GetAutomationExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getAutomationExecution (``arn:aws:states:::aws-sdk:ssm:getAutomationExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getAutomationExecution", parameters, pattern, options)


def get_calendar_state(
    name: str,
    parameters: GetCalendarStateParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getCalendarState (``arn:aws:states:::aws-sdk:ssm:getCalendarState``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getCalendarState", parameters, pattern, options)


def get_cloud_connector(
    name: str,
    parameters: GetCloudConnectorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getCloudConnector (``arn:aws:states:::aws-sdk:ssm:getCloudConnector``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getCloudConnector", parameters, pattern, options)


def get_command_invocation(
    name: str,
    parameters: GetCommandInvocationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getCommandInvocation (``arn:aws:states:::aws-sdk:ssm:getCommandInvocation``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getCommandInvocation", parameters, pattern, options)


def get_connection_status(
    name: str,
    parameters: GetConnectionStatusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getConnectionStatus (``arn:aws:states:::aws-sdk:ssm:getConnectionStatus``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getConnectionStatus", parameters, pattern, options)


def get_default_patch_baseline(
    name: str,
    parameters: GetDefaultPatchBaselineParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getDefaultPatchBaseline (``arn:aws:states:::aws-sdk:ssm:getDefaultPatchBaseline``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getDefaultPatchBaseline", parameters, pattern, options)


def get_deployable_patch_snapshot_for_instance(
    name: str,
    parameters: GetDeployablePatchSnapshotForInstanceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getDeployablePatchSnapshotForInstance (``arn:aws:states:::aws-sdk:ssm:getDeployablePatchSnapshotForInstance``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getDeployablePatchSnapshotForInstance", parameters, pattern, options)


def get_document(
    name: str,
    parameters: GetDocumentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getDocument (``arn:aws:states:::aws-sdk:ssm:getDocument``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getDocument", parameters, pattern, options)


def get_execution_preview(
    name: str,
    parameters: GetExecutionPreviewParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getExecutionPreview (``arn:aws:states:::aws-sdk:ssm:getExecutionPreview``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getExecutionPreview", parameters, pattern, options)


def get_inventory(
    name: str,
    parameters: GetInventoryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getInventory (``arn:aws:states:::aws-sdk:ssm:getInventory``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getInventory", parameters, pattern, options)


def get_inventory_schema(
    name: str,
    parameters: GetInventorySchemaParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getInventorySchema (``arn:aws:states:::aws-sdk:ssm:getInventorySchema``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getInventorySchema", parameters, pattern, options)


def get_maintenance_window(
    name: str,
    parameters: GetMaintenanceWindowParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getMaintenanceWindow (``arn:aws:states:::aws-sdk:ssm:getMaintenanceWindow``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getMaintenanceWindow", parameters, pattern, options)


def get_maintenance_window_execution(
    name: str,
    parameters: GetMaintenanceWindowExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getMaintenanceWindowExecution (``arn:aws:states:::aws-sdk:ssm:getMaintenanceWindowExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getMaintenanceWindowExecution", parameters, pattern, options)


def get_maintenance_window_execution_task(
    name: str,
    parameters: GetMaintenanceWindowExecutionTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getMaintenanceWindowExecutionTask (``arn:aws:states:::aws-sdk:ssm:getMaintenanceWindowExecutionTask``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getMaintenanceWindowExecutionTask", parameters, pattern, options)


def get_maintenance_window_execution_task_invocation(
    name: str,
    parameters: GetMaintenanceWindowExecutionTaskInvocationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getMaintenanceWindowExecutionTaskInvocation (``arn:aws:states:::aws-sdk:ssm:getMaintenanceWindowExecutionTaskInvocation``); the parameters are checked against its API model."""
    return sdk_task(
        name, "ssm:getMaintenanceWindowExecutionTaskInvocation", parameters, pattern, options
    )


def get_maintenance_window_task(
    name: str,
    parameters: GetMaintenanceWindowTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getMaintenanceWindowTask (``arn:aws:states:::aws-sdk:ssm:getMaintenanceWindowTask``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getMaintenanceWindowTask", parameters, pattern, options)


def get_ops_item(
    name: str,
    parameters: GetOpsItemParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getOpsItem (``arn:aws:states:::aws-sdk:ssm:getOpsItem``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getOpsItem", parameters, pattern, options)


def get_ops_metadata(
    name: str,
    parameters: GetOpsMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getOpsMetadata (``arn:aws:states:::aws-sdk:ssm:getOpsMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getOpsMetadata", parameters, pattern, options)


def get_ops_summary(
    name: str,
    parameters: GetOpsSummaryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getOpsSummary (``arn:aws:states:::aws-sdk:ssm:getOpsSummary``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getOpsSummary", parameters, pattern, options)


def get_parameter(
    name: str,
    parameters: GetParameterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getParameter (``arn:aws:states:::aws-sdk:ssm:getParameter``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getParameter", parameters, pattern, options)


def get_parameter_history(
    name: str,
    parameters: GetParameterHistoryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getParameterHistory (``arn:aws:states:::aws-sdk:ssm:getParameterHistory``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getParameterHistory", parameters, pattern, options)


def get_parameters(
    name: str,
    parameters: GetParametersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getParameters (``arn:aws:states:::aws-sdk:ssm:getParameters``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getParameters", parameters, pattern, options)


def get_parameters_by_path(
    name: str,
    parameters: GetParametersByPathParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getParametersByPath (``arn:aws:states:::aws-sdk:ssm:getParametersByPath``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getParametersByPath", parameters, pattern, options)


def get_patch_baseline(
    name: str,
    parameters: GetPatchBaselineParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getPatchBaseline (``arn:aws:states:::aws-sdk:ssm:getPatchBaseline``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getPatchBaseline", parameters, pattern, options)


def get_patch_baseline_for_patch_group(
    name: str,
    parameters: GetPatchBaselineForPatchGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getPatchBaselineForPatchGroup (``arn:aws:states:::aws-sdk:ssm:getPatchBaselineForPatchGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getPatchBaselineForPatchGroup", parameters, pattern, options)


def get_resource_policies(
    name: str,
    parameters: GetResourcePoliciesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getResourcePolicies (``arn:aws:states:::aws-sdk:ssm:getResourcePolicies``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getResourcePolicies", parameters, pattern, options)


def get_service_setting(
    name: str,
    parameters: GetServiceSettingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:getServiceSetting (``arn:aws:states:::aws-sdk:ssm:getServiceSetting``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:getServiceSetting", parameters, pattern, options)


def label_parameter_version(
    name: str,
    parameters: LabelParameterVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:labelParameterVersion (``arn:aws:states:::aws-sdk:ssm:labelParameterVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:labelParameterVersion", parameters, pattern, options)


def list_association_versions(
    name: str,
    parameters: ListAssociationVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listAssociationVersions (``arn:aws:states:::aws-sdk:ssm:listAssociationVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listAssociationVersions", parameters, pattern, options)


def list_associations(
    name: str,
    parameters: ListAssociationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listAssociations (``arn:aws:states:::aws-sdk:ssm:listAssociations``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listAssociations", parameters, pattern, options)


def list_cloud_connectors(
    name: str,
    parameters: ListCloudConnectorsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listCloudConnectors (``arn:aws:states:::aws-sdk:ssm:listCloudConnectors``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listCloudConnectors", parameters, pattern, options)


def list_command_invocations(
    name: str,
    parameters: ListCommandInvocationsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listCommandInvocations (``arn:aws:states:::aws-sdk:ssm:listCommandInvocations``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listCommandInvocations", parameters, pattern, options)


def list_commands(
    name: str,
    parameters: ListCommandsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listCommands (``arn:aws:states:::aws-sdk:ssm:listCommands``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listCommands", parameters, pattern, options)


def list_compliance_items(
    name: str,
    parameters: ListComplianceItemsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listComplianceItems (``arn:aws:states:::aws-sdk:ssm:listComplianceItems``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listComplianceItems", parameters, pattern, options)


def list_compliance_summaries(
    name: str,
    parameters: ListComplianceSummariesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listComplianceSummaries (``arn:aws:states:::aws-sdk:ssm:listComplianceSummaries``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listComplianceSummaries", parameters, pattern, options)


def list_document_metadata_history(
    name: str,
    parameters: ListDocumentMetadataHistoryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listDocumentMetadataHistory (``arn:aws:states:::aws-sdk:ssm:listDocumentMetadataHistory``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listDocumentMetadataHistory", parameters, pattern, options)


def list_document_versions(
    name: str,
    parameters: ListDocumentVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listDocumentVersions (``arn:aws:states:::aws-sdk:ssm:listDocumentVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listDocumentVersions", parameters, pattern, options)


def list_documents(
    name: str,
    parameters: ListDocumentsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listDocuments (``arn:aws:states:::aws-sdk:ssm:listDocuments``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listDocuments", parameters, pattern, options)


def list_inventory_entries(
    name: str,
    parameters: ListInventoryEntriesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listInventoryEntries (``arn:aws:states:::aws-sdk:ssm:listInventoryEntries``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listInventoryEntries", parameters, pattern, options)


def list_nodes(
    name: str,
    parameters: ListNodesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listNodes (``arn:aws:states:::aws-sdk:ssm:listNodes``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listNodes", parameters, pattern, options)


def list_nodes_summary(
    name: str,
    parameters: ListNodesSummaryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listNodesSummary (``arn:aws:states:::aws-sdk:ssm:listNodesSummary``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listNodesSummary", parameters, pattern, options)


def list_ops_item_events(
    name: str,
    parameters: ListOpsItemEventsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listOpsItemEvents (``arn:aws:states:::aws-sdk:ssm:listOpsItemEvents``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listOpsItemEvents", parameters, pattern, options)


def list_ops_item_related_items(
    name: str,
    parameters: ListOpsItemRelatedItemsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listOpsItemRelatedItems (``arn:aws:states:::aws-sdk:ssm:listOpsItemRelatedItems``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listOpsItemRelatedItems", parameters, pattern, options)


def list_ops_metadata(
    name: str,
    parameters: ListOpsMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listOpsMetadata (``arn:aws:states:::aws-sdk:ssm:listOpsMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listOpsMetadata", parameters, pattern, options)


def list_resource_compliance_summaries(
    name: str,
    parameters: ListResourceComplianceSummariesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listResourceComplianceSummaries (``arn:aws:states:::aws-sdk:ssm:listResourceComplianceSummaries``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listResourceComplianceSummaries", parameters, pattern, options)


def list_resource_data_sync(
    name: str,
    parameters: ListResourceDataSyncParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listResourceDataSync (``arn:aws:states:::aws-sdk:ssm:listResourceDataSync``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listResourceDataSync", parameters, pattern, options)


def list_tags_for_resource(
    name: str,
    parameters: ListTagsForResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:listTagsForResource (``arn:aws:states:::aws-sdk:ssm:listTagsForResource``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:listTagsForResource", parameters, pattern, options)


def modify_document_permission(
    name: str,
    parameters: ModifyDocumentPermissionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:modifyDocumentPermission (``arn:aws:states:::aws-sdk:ssm:modifyDocumentPermission``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:modifyDocumentPermission", parameters, pattern, options)


def put_compliance_items(
    name: str,
    parameters: PutComplianceItemsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:putComplianceItems (``arn:aws:states:::aws-sdk:ssm:putComplianceItems``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:putComplianceItems", parameters, pattern, options)


def put_inventory(
    name: str,
    parameters: PutInventoryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:putInventory (``arn:aws:states:::aws-sdk:ssm:putInventory``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:putInventory", parameters, pattern, options)


def put_parameter(
    name: str,
    parameters: PutParameterParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:putParameter (``arn:aws:states:::aws-sdk:ssm:putParameter``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:putParameter", parameters, pattern, options)


def put_resource_policy(
    name: str,
    parameters: PutResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:putResourcePolicy (``arn:aws:states:::aws-sdk:ssm:putResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:putResourcePolicy", parameters, pattern, options)


def register_default_host_management_configuration(
    name: str,
    parameters: RegisterDefaultHostManagementConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:registerDefaultHostManagementConfiguration (``arn:aws:states:::aws-sdk:ssm:registerDefaultHostManagementConfiguration``); the parameters are checked against its API model."""
    return sdk_task(
        name, "ssm:registerDefaultHostManagementConfiguration", parameters, pattern, options
    )


def register_default_patch_baseline(
    name: str,
    parameters: RegisterDefaultPatchBaselineParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:registerDefaultPatchBaseline (``arn:aws:states:::aws-sdk:ssm:registerDefaultPatchBaseline``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:registerDefaultPatchBaseline", parameters, pattern, options)


def register_patch_baseline_for_patch_group(
    name: str,
    parameters: RegisterPatchBaselineForPatchGroupParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:registerPatchBaselineForPatchGroup (``arn:aws:states:::aws-sdk:ssm:registerPatchBaselineForPatchGroup``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:registerPatchBaselineForPatchGroup", parameters, pattern, options)


def register_target_with_maintenance_window(
    name: str,
    parameters: RegisterTargetWithMaintenanceWindowParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:registerTargetWithMaintenanceWindow (``arn:aws:states:::aws-sdk:ssm:registerTargetWithMaintenanceWindow``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:registerTargetWithMaintenanceWindow", parameters, pattern, options)


def register_task_with_maintenance_window(
    name: str,
    parameters: RegisterTaskWithMaintenanceWindowParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:registerTaskWithMaintenanceWindow (``arn:aws:states:::aws-sdk:ssm:registerTaskWithMaintenanceWindow``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:registerTaskWithMaintenanceWindow", parameters, pattern, options)


def remove_tags_from_resource(
    name: str,
    parameters: RemoveTagsFromResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:removeTagsFromResource (``arn:aws:states:::aws-sdk:ssm:removeTagsFromResource``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:removeTagsFromResource", parameters, pattern, options)


def reset_service_setting(
    name: str,
    parameters: ResetServiceSettingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:resetServiceSetting (``arn:aws:states:::aws-sdk:ssm:resetServiceSetting``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:resetServiceSetting", parameters, pattern, options)


def resume_session(
    name: str,
    parameters: ResumeSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:resumeSession (``arn:aws:states:::aws-sdk:ssm:resumeSession``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:resumeSession", parameters, pattern, options)


def send_automation_signal(
    name: str,
    parameters: SendAutomationSignalParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:sendAutomationSignal (``arn:aws:states:::aws-sdk:ssm:sendAutomationSignal``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:sendAutomationSignal", parameters, pattern, options)


def send_command(
    name: str,
    parameters: SendCommandParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:sendCommand (``arn:aws:states:::aws-sdk:ssm:sendCommand``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:sendCommand", parameters, pattern, options)


def start_access_request(
    name: str,
    parameters: StartAccessRequestParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:startAccessRequest (``arn:aws:states:::aws-sdk:ssm:startAccessRequest``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:startAccessRequest", parameters, pattern, options)


def start_associations_once(
    name: str,
    parameters: StartAssociationsOnceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:startAssociationsOnce (``arn:aws:states:::aws-sdk:ssm:startAssociationsOnce``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:startAssociationsOnce", parameters, pattern, options)


def start_automation_execution(
    name: str,
    parameters: StartAutomationExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:startAutomationExecution (``arn:aws:states:::aws-sdk:ssm:startAutomationExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:startAutomationExecution", parameters, pattern, options)


def start_change_request_execution(
    name: str,
    parameters: StartChangeRequestExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:startChangeRequestExecution (``arn:aws:states:::aws-sdk:ssm:startChangeRequestExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:startChangeRequestExecution", parameters, pattern, options)


def start_execution_preview(
    name: str,
    parameters: StartExecutionPreviewParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:startExecutionPreview (``arn:aws:states:::aws-sdk:ssm:startExecutionPreview``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:startExecutionPreview", parameters, pattern, options)


def start_session(
    name: str,
    parameters: StartSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:startSession (``arn:aws:states:::aws-sdk:ssm:startSession``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:startSession", parameters, pattern, options)


def stop_automation_execution(
    name: str,
    parameters: StopAutomationExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:stopAutomationExecution (``arn:aws:states:::aws-sdk:ssm:stopAutomationExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:stopAutomationExecution", parameters, pattern, options)


def terminate_session(
    name: str,
    parameters: TerminateSessionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:terminateSession (``arn:aws:states:::aws-sdk:ssm:terminateSession``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:terminateSession", parameters, pattern, options)


def unlabel_parameter_version(
    name: str,
    parameters: UnlabelParameterVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:unlabelParameterVersion (``arn:aws:states:::aws-sdk:ssm:unlabelParameterVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:unlabelParameterVersion", parameters, pattern, options)


def update_association(
    name: str,
    parameters: UpdateAssociationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateAssociation (``arn:aws:states:::aws-sdk:ssm:updateAssociation``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateAssociation", parameters, pattern, options)


def update_association_status(
    name: str,
    parameters: UpdateAssociationStatusParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateAssociationStatus (``arn:aws:states:::aws-sdk:ssm:updateAssociationStatus``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateAssociationStatus", parameters, pattern, options)


def update_cloud_connector(
    name: str,
    parameters: UpdateCloudConnectorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateCloudConnector (``arn:aws:states:::aws-sdk:ssm:updateCloudConnector``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateCloudConnector", parameters, pattern, options)


def update_document(
    name: str,
    parameters: UpdateDocumentParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateDocument (``arn:aws:states:::aws-sdk:ssm:updateDocument``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateDocument", parameters, pattern, options)


def update_document_default_version(
    name: str,
    parameters: UpdateDocumentDefaultVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateDocumentDefaultVersion (``arn:aws:states:::aws-sdk:ssm:updateDocumentDefaultVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateDocumentDefaultVersion", parameters, pattern, options)


def update_document_metadata(
    name: str,
    parameters: UpdateDocumentMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateDocumentMetadata (``arn:aws:states:::aws-sdk:ssm:updateDocumentMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateDocumentMetadata", parameters, pattern, options)


def update_maintenance_window(
    name: str,
    parameters: UpdateMaintenanceWindowParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateMaintenanceWindow (``arn:aws:states:::aws-sdk:ssm:updateMaintenanceWindow``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateMaintenanceWindow", parameters, pattern, options)


def update_maintenance_window_target(
    name: str,
    parameters: UpdateMaintenanceWindowTargetParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateMaintenanceWindowTarget (``arn:aws:states:::aws-sdk:ssm:updateMaintenanceWindowTarget``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateMaintenanceWindowTarget", parameters, pattern, options)


def update_maintenance_window_task(
    name: str,
    parameters: UpdateMaintenanceWindowTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateMaintenanceWindowTask (``arn:aws:states:::aws-sdk:ssm:updateMaintenanceWindowTask``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateMaintenanceWindowTask", parameters, pattern, options)


def update_managed_instance_role(
    name: str,
    parameters: UpdateManagedInstanceRoleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateManagedInstanceRole (``arn:aws:states:::aws-sdk:ssm:updateManagedInstanceRole``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateManagedInstanceRole", parameters, pattern, options)


def update_ops_item(
    name: str,
    parameters: UpdateOpsItemParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateOpsItem (``arn:aws:states:::aws-sdk:ssm:updateOpsItem``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateOpsItem", parameters, pattern, options)


def update_ops_metadata(
    name: str,
    parameters: UpdateOpsMetadataParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateOpsMetadata (``arn:aws:states:::aws-sdk:ssm:updateOpsMetadata``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateOpsMetadata", parameters, pattern, options)


def update_patch_baseline(
    name: str,
    parameters: UpdatePatchBaselineParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updatePatchBaseline (``arn:aws:states:::aws-sdk:ssm:updatePatchBaseline``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updatePatchBaseline", parameters, pattern, options)


def update_resource_data_sync(
    name: str,
    parameters: UpdateResourceDataSyncParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateResourceDataSync (``arn:aws:states:::aws-sdk:ssm:updateResourceDataSync``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateResourceDataSync", parameters, pattern, options)


def update_service_setting(
    name: str,
    parameters: UpdateServiceSettingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:updateServiceSetting (``arn:aws:states:::aws-sdk:ssm:updateServiceSetting``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:updateServiceSetting", parameters, pattern, options)


def validate_cloud_connector(
    name: str,
    parameters: ValidateCloudConnectorParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call ssm:validateCloudConnector (``arn:aws:states:::aws-sdk:ssm:validateCloudConnector``); the parameters are checked against its API model."""
    return sdk_task(name, "ssm:validateCloudConnector", parameters, pattern, options)


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
