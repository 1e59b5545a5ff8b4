"""Typed builders of the AWS SDK integration of cloudformation (``aws-sdk:cloudformation:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class ActivateOrganizationsAccessParameters(TypedDict, total=False): ...

class LoggingConfig(TypedDict, total=False):
    LogRoleArn: S
    LogGroupName: S

ActivateTypeParameters = TypedDict(
    "ActivateTypeParameters",
    {
        "Type": S,
        "Type.$": str,
        "PublicTypeArn": S,
        "PublicTypeArn.$": str,
        "PublisherId": S,
        "PublisherId.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "TypeNameAlias": S,
        "TypeNameAlias.$": str,
        "AutoUpdate": B,
        "AutoUpdate.$": str,
        "LoggingConfig": X[LoggingConfig],
        "LoggingConfig.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "VersionBump": S,
        "VersionBump.$": str,
        "MajorVersion": I,
        "MajorVersion.$": str,
    },
    total=False,
)

class TypeConfigurationIdentifier(TypedDict, total=False):
    TypeArn: S
    TypeConfigurationAlias: S
    TypeConfigurationArn: S
    Type: S
    TypeName: S

BatchDescribeTypeConfigurationsParameters = TypedDict(
    "BatchDescribeTypeConfigurationsParameters",
    {
        "TypeConfigurationIdentifiers": L[Xi[TypeConfigurationIdentifier]],
        "TypeConfigurationIdentifiers.$": str,
    },
    total=False,
)
CancelUpdateStackParameters = TypedDict(
    "CancelUpdateStackParameters",
    {"StackName": S, "StackName.$": str, "ClientRequestToken": S, "ClientRequestToken.$": str},
    total=False,
)
ContinueUpdateRollbackParameters = TypedDict(
    "ContinueUpdateRollbackParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "ResourcesToSkip": L[Si],
        "ResourcesToSkip.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ForceRollback": B,
        "ForceRollback.$": str,
    },
    total=False,
)

class Parameter(TypedDict, total=False):
    ParameterKey: S
    ParameterValue: S
    UsePreviousValue: B
    ResolvedValue: S

class RollbackTrigger(TypedDict, total=False):
    Arn: S
    Type: S

class RollbackConfiguration(TypedDict, total=False):
    RollbackTriggers: L[Xi[RollbackTrigger]]
    MonitoringTimeInMinutes: I

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class ResourceToImport(TypedDict, total=False):
    ResourceType: S
    LogicalResourceId: S
    ResourceIdentifier: M[S]

class DeploymentConfig(TypedDict, total=False):
    Mode: S
    DisableRollback: B

CreateChangeSetParameters = TypedDict(
    "CreateChangeSetParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "TemplateBody": S,
        "TemplateBody.$": str,
        "TemplateURL": S,
        "TemplateURL.$": str,
        "UsePreviousTemplate": B,
        "UsePreviousTemplate.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "RollbackConfiguration": X[RollbackConfiguration],
        "RollbackConfiguration.$": str,
        "NotificationARNs": L[Si],
        "NotificationARNs.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ChangeSetName": S,
        "ChangeSetName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Description": S,
        "Description.$": str,
        "ChangeSetType": S,
        "ChangeSetType.$": str,
        "ResourcesToImport": L[Xi[ResourceToImport]],
        "ResourcesToImport.$": str,
        "IncludeNestedStacks": B,
        "IncludeNestedStacks.$": str,
        "OnStackFailure": S,
        "OnStackFailure.$": str,
        "ImportExistingResources": B,
        "ImportExistingResources.$": str,
        "DeploymentMode": S,
        "DeploymentMode.$": str,
        "DeploymentConfig": X[DeploymentConfig],
        "DeploymentConfig.$": str,
        "DisableValidation": B,
        "DisableValidation.$": str,
    },
    total=False,
)

class ResourceDefinition(TypedDict, total=False):
    ResourceType: S
    LogicalResourceId: S
    ResourceIdentifier: M[S]

class TemplateConfiguration(TypedDict, total=False):
    DeletionPolicy: S
    UpdateReplacePolicy: S

CreateGeneratedTemplateParameters = TypedDict(
    "CreateGeneratedTemplateParameters",
    {
        "Resources": L[Xi[ResourceDefinition]],
        "Resources.$": str,
        "GeneratedTemplateName": S,
        "GeneratedTemplateName.$": str,
        "StackName": S,
        "StackName.$": str,
        "TemplateConfiguration": X[TemplateConfiguration],
        "TemplateConfiguration.$": str,
    },
    total=False,
)
CreateStackParameters = TypedDict(
    "CreateStackParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "TemplateBody": S,
        "TemplateBody.$": str,
        "TemplateURL": S,
        "TemplateURL.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
        "DisableRollback": B,
        "DisableRollback.$": str,
        "RollbackConfiguration": X[RollbackConfiguration],
        "RollbackConfiguration.$": str,
        "TimeoutInMinutes": I,
        "TimeoutInMinutes.$": str,
        "NotificationARNs": L[Si],
        "NotificationARNs.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "OnFailure": S,
        "OnFailure.$": str,
        "StackPolicyBody": S,
        "StackPolicyBody.$": str,
        "StackPolicyURL": S,
        "StackPolicyURL.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "EnableTerminationProtection": B,
        "EnableTerminationProtection.$": str,
        "RetainExceptOnCreate": B,
        "RetainExceptOnCreate.$": str,
        "DeploymentConfig": X[DeploymentConfig],
        "DeploymentConfig.$": str,
        "DisableValidation": B,
        "DisableValidation.$": str,
    },
    total=False,
)

class DeploymentTargets(TypedDict, total=False):
    Accounts: L[Si]
    AccountsUrl: S
    OrganizationalUnitIds: L[Si]
    AccountFilterType: S

class StackSetOperationPreferences(TypedDict, total=False):
    RegionConcurrencyType: S
    RegionOrder: L[Si]
    FailureToleranceCount: I
    FailureTolerancePercentage: I
    MaxConcurrentCount: I
    MaxConcurrentPercentage: I
    ConcurrencyMode: S

CreateStackInstancesParameters = TypedDict(
    "CreateStackInstancesParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "Accounts": L[Si],
        "Accounts.$": str,
        "DeploymentTargets": X[DeploymentTargets],
        "DeploymentTargets.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "ParameterOverrides": L[Xi[Parameter]],
        "ParameterOverrides.$": str,
        "OperationPreferences": X[StackSetOperationPreferences],
        "OperationPreferences.$": str,
        "OperationId": S,
        "OperationId.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)

class ResourceLocation(TypedDict, total=False):
    StackName: S
    LogicalResourceId: S

class ResourceMapping(TypedDict, total=False):
    Source: X[ResourceLocation]
    Destination: X[ResourceLocation]

class StackDefinition(TypedDict, total=False):
    StackName: S
    TemplateBody: S
    TemplateURL: S

CreateStackRefactorParameters = TypedDict(
    "CreateStackRefactorParameters",
    {
        "Description": S,
        "Description.$": str,
        "EnableStackCreation": B,
        "EnableStackCreation.$": str,
        "ResourceMappings": L[Xi[ResourceMapping]],
        "ResourceMappings.$": str,
        "StackDefinitions": L[Xi[StackDefinition]],
        "StackDefinitions.$": str,
    },
    total=False,
)

class AutoDeployment(TypedDict, total=False):
    Enabled: B
    RetainStacksOnAccountRemoval: B
    DependsOn: L[Si]

class ManagedExecution(TypedDict, total=False):
    Active: B

CreateStackSetParameters = TypedDict(
    "CreateStackSetParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "Description": S,
        "Description.$": str,
        "TemplateBody": S,
        "TemplateBody.$": str,
        "TemplateURL": S,
        "TemplateURL.$": str,
        "StackId": S,
        "StackId.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AdministrationRoleARN": S,
        "AdministrationRoleARN.$": str,
        "ExecutionRoleName": S,
        "ExecutionRoleName.$": str,
        "PermissionModel": S,
        "PermissionModel.$": str,
        "AutoDeployment": X[AutoDeployment],
        "AutoDeployment.$": str,
        "CallAs": S,
        "CallAs.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ManagedExecution": X[ManagedExecution],
        "ManagedExecution.$": str,
        "ExecutionRoleTemplateBody": S,
        "ExecutionRoleTemplateBody.$": str,
        "ExecutionRoleTemplateUrl": S,
        "ExecutionRoleTemplateUrl.$": str,
        "StackSetOutputBucket": S,
        "StackSetOutputBucket.$": str,
    },
    total=False,
)

class DeactivateOrganizationsAccessParameters(TypedDict, total=False): ...

DeactivateTypeParameters = TypedDict(
    "DeactivateTypeParameters",
    {"TypeName": S, "TypeName.$": str, "Type": S, "Type.$": str, "Arn": S, "Arn.$": str},
    total=False,
)
DeleteChangeSetParameters = TypedDict(
    "DeleteChangeSetParameters",
    {"ChangeSetName": S, "ChangeSetName.$": str, "StackName": S, "StackName.$": str},
    total=False,
)
DeleteGeneratedTemplateParameters = TypedDict(
    "DeleteGeneratedTemplateParameters",
    {"GeneratedTemplateName": S, "GeneratedTemplateName.$": str},
    total=False,
)
DeleteStackParameters = TypedDict(
    "DeleteStackParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "RetainResources": L[Si],
        "RetainResources.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "DeletionMode": S,
        "DeletionMode.$": str,
        "DeploymentConfig": X[DeploymentConfig],
        "DeploymentConfig.$": str,
    },
    total=False,
)
DeleteStackInstancesParameters = TypedDict(
    "DeleteStackInstancesParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "Accounts": L[Si],
        "Accounts.$": str,
        "DeploymentTargets": X[DeploymentTargets],
        "DeploymentTargets.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "OperationPreferences": X[StackSetOperationPreferences],
        "OperationPreferences.$": str,
        "RetainStacks": B,
        "RetainStacks.$": str,
        "OperationId": S,
        "OperationId.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)
DeleteStackSetParameters = TypedDict(
    "DeleteStackSetParameters",
    {"StackSetName": S, "StackSetName.$": str, "CallAs": S, "CallAs.$": str},
    total=False,
)
DeregisterTypeParameters = TypedDict(
    "DeregisterTypeParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Type": S,
        "Type.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "VersionId": S,
        "VersionId.$": str,
    },
    total=False,
)
DescribeAccountLimitsParameters = TypedDict(
    "DescribeAccountLimitsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
DescribeChangeSetParameters = TypedDict(
    "DescribeChangeSetParameters",
    {
        "ChangeSetName": S,
        "ChangeSetName.$": str,
        "StackName": S,
        "StackName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludePropertyValues": B,
        "IncludePropertyValues.$": str,
    },
    total=False,
)
DescribeChangeSetHooksParameters = TypedDict(
    "DescribeChangeSetHooksParameters",
    {
        "ChangeSetName": S,
        "ChangeSetName.$": str,
        "StackName": S,
        "StackName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "LogicalResourceId": S,
        "LogicalResourceId.$": str,
    },
    total=False,
)

class EventFilter(TypedDict, total=False):
    FailedEvents: B

DescribeEventsParameters = TypedDict(
    "DescribeEventsParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "ChangeSetName": S,
        "ChangeSetName.$": str,
        "OperationId": S,
        "OperationId.$": str,
        "Filters": X[EventFilter],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeGeneratedTemplateParameters = TypedDict(
    "DescribeGeneratedTemplateParameters",
    {"GeneratedTemplateName": S, "GeneratedTemplateName.$": str},
    total=False,
)
DescribeOrganizationsAccessParameters = TypedDict(
    "DescribeOrganizationsAccessParameters", {"CallAs": S, "CallAs.$": str}, total=False
)
DescribePublisherParameters = TypedDict(
    "DescribePublisherParameters", {"PublisherId": S, "PublisherId.$": str}, total=False
)
DescribeResourceScanParameters = TypedDict(
    "DescribeResourceScanParameters", {"ResourceScanId": S, "ResourceScanId.$": str}, total=False
)
DescribeStackDriftDetectionStatusParameters = TypedDict(
    "DescribeStackDriftDetectionStatusParameters",
    {"StackDriftDetectionId": S, "StackDriftDetectionId.$": str},
    total=False,
)
DescribeStackEventsParameters = TypedDict(
    "DescribeStackEventsParameters",
    {"StackName": S, "StackName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeStackInstanceParameters = TypedDict(
    "DescribeStackInstanceParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "StackInstanceAccount": S,
        "StackInstanceAccount.$": str,
        "StackInstanceRegion": S,
        "StackInstanceRegion.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)
DescribeStackRefactorParameters = TypedDict(
    "DescribeStackRefactorParameters", {"StackRefactorId": S, "StackRefactorId.$": str}, total=False
)
DescribeStackResourceParameters = TypedDict(
    "DescribeStackResourceParameters",
    {"StackName": S, "StackName.$": str, "LogicalResourceId": S, "LogicalResourceId.$": str},
    total=False,
)
DescribeStackResourceDriftsParameters = TypedDict(
    "DescribeStackResourceDriftsParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "StackResourceDriftStatusFilters": L[Si],
        "StackResourceDriftStatusFilters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
DescribeStackResourcesParameters = TypedDict(
    "DescribeStackResourcesParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "LogicalResourceId": S,
        "LogicalResourceId.$": str,
        "PhysicalResourceId": S,
        "PhysicalResourceId.$": str,
    },
    total=False,
)
DescribeStackSetParameters = TypedDict(
    "DescribeStackSetParameters",
    {"StackSetName": S, "StackSetName.$": str, "CallAs": S, "CallAs.$": str},
    total=False,
)
DescribeStackSetOperationParameters = TypedDict(
    "DescribeStackSetOperationParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "OperationId": S,
        "OperationId.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)
DescribeStacksParameters = TypedDict(
    "DescribeStacksParameters",
    {"StackName": S, "StackName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
DescribeTypeParameters = TypedDict(
    "DescribeTypeParameters",
    {
        "Type": S,
        "Type.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "Arn": S,
        "Arn.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "PublisherId": S,
        "PublisherId.$": str,
        "PublicVersionNumber": S,
        "PublicVersionNumber.$": str,
    },
    total=False,
)
DescribeTypeRegistrationParameters = TypedDict(
    "DescribeTypeRegistrationParameters",
    {"RegistrationToken": S, "RegistrationToken.$": str},
    total=False,
)
DetectStackDriftParameters = TypedDict(
    "DetectStackDriftParameters",
    {"StackName": S, "StackName.$": str, "LogicalResourceIds": L[Si], "LogicalResourceIds.$": str},
    total=False,
)
DetectStackResourceDriftParameters = TypedDict(
    "DetectStackResourceDriftParameters",
    {"StackName": S, "StackName.$": str, "LogicalResourceId": S, "LogicalResourceId.$": str},
    total=False,
)
DetectStackSetDriftParameters = TypedDict(
    "DetectStackSetDriftParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "OperationPreferences": X[StackSetOperationPreferences],
        "OperationPreferences.$": str,
        "OperationId": S,
        "OperationId.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)
EstimateTemplateCostParameters = TypedDict(
    "EstimateTemplateCostParameters",
    {
        "TemplateBody": S,
        "TemplateBody.$": str,
        "TemplateURL": S,
        "TemplateURL.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
    },
    total=False,
)
ExecuteChangeSetParameters = TypedDict(
    "ExecuteChangeSetParameters",
    {
        "ChangeSetName": S,
        "ChangeSetName.$": str,
        "StackName": S,
        "StackName.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "DisableRollback": B,
        "DisableRollback.$": str,
        "RetainExceptOnCreate": B,
        "RetainExceptOnCreate.$": str,
    },
    total=False,
)
ExecuteStackRefactorParameters = TypedDict(
    "ExecuteStackRefactorParameters", {"StackRefactorId": S, "StackRefactorId.$": str}, total=False
)
GetGeneratedTemplateParameters = TypedDict(
    "GetGeneratedTemplateParameters",
    {"Format": S, "Format.$": str, "GeneratedTemplateName": S, "GeneratedTemplateName.$": str},
    total=False,
)
GetHookResultParameters = TypedDict(
    "GetHookResultParameters", {"HookResultId": S, "HookResultId.$": str}, total=False
)
GetStackPolicyParameters = TypedDict(
    "GetStackPolicyParameters", {"StackName": S, "StackName.$": str}, total=False
)
GetTemplateParameters = TypedDict(
    "GetTemplateParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "ChangeSetName": S,
        "ChangeSetName.$": str,
        "TemplateStage": S,
        "TemplateStage.$": str,
    },
    total=False,
)

class TemplateSummaryConfig(TypedDict, total=False):
    TreatUnrecognizedResourceTypesAsWarnings: B

GetTemplateSummaryParameters = TypedDict(
    "GetTemplateSummaryParameters",
    {
        "TemplateBody": S,
        "TemplateBody.$": str,
        "TemplateURL": S,
        "TemplateURL.$": str,
        "StackName": S,
        "StackName.$": str,
        "StackSetName": S,
        "StackSetName.$": str,
        "CallAs": S,
        "CallAs.$": str,
        "TemplateSummaryConfig": X[TemplateSummaryConfig],
        "TemplateSummaryConfig.$": str,
    },
    total=False,
)
ImportStacksToStackSetParameters = TypedDict(
    "ImportStacksToStackSetParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "StackIds": L[Si],
        "StackIds.$": str,
        "StackIdsUrl": S,
        "StackIdsUrl.$": str,
        "OrganizationalUnitIds": L[Si],
        "OrganizationalUnitIds.$": str,
        "OperationPreferences": X[StackSetOperationPreferences],
        "OperationPreferences.$": str,
        "OperationId": S,
        "OperationId.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)
ListChangeSetsParameters = TypedDict(
    "ListChangeSetsParameters",
    {"StackName": S, "StackName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListExportsParameters = TypedDict(
    "ListExportsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
ListGeneratedTemplatesParameters = TypedDict(
    "ListGeneratedTemplatesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListHookResultsParameters = TypedDict(
    "ListHookResultsParameters",
    {
        "TargetType": S,
        "TargetType.$": str,
        "TargetId": S,
        "TargetId.$": str,
        "TypeArn": S,
        "TypeArn.$": str,
        "Status": S,
        "Status.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "HookCategory": S,
        "HookCategory.$": str,
    },
    total=False,
)
ListImportsParameters = TypedDict(
    "ListImportsParameters",
    {"ExportName": S, "ExportName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class ScannedResourceIdentifier(TypedDict, total=False):
    ResourceType: S
    ResourceIdentifier: M[S]

ListResourceScanRelatedResourcesParameters = TypedDict(
    "ListResourceScanRelatedResourcesParameters",
    {
        "ResourceScanId": S,
        "ResourceScanId.$": str,
        "Resources": L[Xi[ScannedResourceIdentifier]],
        "Resources.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListResourceScanResourcesParameters = TypedDict(
    "ListResourceScanResourcesParameters",
    {
        "ResourceScanId": S,
        "ResourceScanId.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ResourceTypePrefix": S,
        "ResourceTypePrefix.$": str,
        "TagKey": S,
        "TagKey.$": str,
        "TagValue": S,
        "TagValue.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListResourceScansParameters = TypedDict(
    "ListResourceScansParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ScanTypeFilter": S,
        "ScanTypeFilter.$": str,
    },
    total=False,
)
ListStackInstanceResourceDriftsParameters = TypedDict(
    "ListStackInstanceResourceDriftsParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StackInstanceResourceDriftStatuses": L[Si],
        "StackInstanceResourceDriftStatuses.$": str,
        "StackInstanceAccount": S,
        "StackInstanceAccount.$": str,
        "StackInstanceRegion": S,
        "StackInstanceRegion.$": str,
        "OperationId": S,
        "OperationId.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)

class StackInstanceFilter(TypedDict, total=False):
    Name: S
    Values: S

ListStackInstancesParameters = TypedDict(
    "ListStackInstancesParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[StackInstanceFilter]],
        "Filters.$": str,
        "StackInstanceAccount": S,
        "StackInstanceAccount.$": str,
        "StackInstanceRegion": S,
        "StackInstanceRegion.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)
ListStackRefactorActionsParameters = TypedDict(
    "ListStackRefactorActionsParameters",
    {
        "StackRefactorId": S,
        "StackRefactorId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStackRefactorsParameters = TypedDict(
    "ListStackRefactorsParameters",
    {
        "ExecutionStatusFilter": L[Si],
        "ExecutionStatusFilter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListStackResourcesParameters = TypedDict(
    "ListStackResourcesParameters",
    {"StackName": S, "StackName.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListStackSetAutoDeploymentTargetsParameters = TypedDict(
    "ListStackSetAutoDeploymentTargetsParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)

class OperationResultFilter(TypedDict, total=False):
    Name: S
    Values: S

ListStackSetOperationResultsParameters = TypedDict(
    "ListStackSetOperationResultsParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "OperationId": S,
        "OperationId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CallAs": S,
        "CallAs.$": str,
        "Filters": L[Xi[OperationResultFilter]],
        "Filters.$": str,
    },
    total=False,
)
ListStackSetOperationsParameters = TypedDict(
    "ListStackSetOperationsParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)
ListStackSetsParameters = TypedDict(
    "ListStackSetsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Status": S,
        "Status.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)
ListStacksParameters = TypedDict(
    "ListStacksParameters",
    {"NextToken": S, "NextToken.$": str, "StackStatusFilter": L[Si], "StackStatusFilter.$": str},
    total=False,
)
ListTypeRegistrationsParameters = TypedDict(
    "ListTypeRegistrationsParameters",
    {
        "Type": S,
        "Type.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "TypeArn": S,
        "TypeArn.$": str,
        "RegistrationStatusFilter": S,
        "RegistrationStatusFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTypeVersionsParameters = TypedDict(
    "ListTypeVersionsParameters",
    {
        "Type": S,
        "Type.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "Arn": S,
        "Arn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "DeprecatedStatus": S,
        "DeprecatedStatus.$": str,
        "PublisherId": S,
        "PublisherId.$": str,
    },
    total=False,
)

class TypeFilters(TypedDict, total=False):
    Category: S
    PublisherId: S
    TypeNamePrefix: S

ListTypesParameters = TypedDict(
    "ListTypesParameters",
    {
        "Visibility": S,
        "Visibility.$": str,
        "ProvisioningType": S,
        "ProvisioningType.$": str,
        "DeprecatedStatus": S,
        "DeprecatedStatus.$": str,
        "Type": S,
        "Type.$": str,
        "Filters": X[TypeFilters],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
PublishTypeParameters = TypedDict(
    "PublishTypeParameters",
    {
        "Type": S,
        "Type.$": str,
        "Arn": S,
        "Arn.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "PublicVersionNumber": S,
        "PublicVersionNumber.$": str,
    },
    total=False,
)
RecordHandlerProgressParameters = TypedDict(
    "RecordHandlerProgressParameters",
    {
        "BearerToken": S,
        "BearerToken.$": str,
        "OperationStatus": S,
        "OperationStatus.$": str,
        "CurrentOperationStatus": S,
        "CurrentOperationStatus.$": str,
        "StatusMessage": S,
        "StatusMessage.$": str,
        "ErrorCode": S,
        "ErrorCode.$": str,
        "ResourceModel": S,
        "ResourceModel.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
RegisterPublisherParameters = TypedDict(
    "RegisterPublisherParameters",
    {
        "AcceptTermsAndConditions": B,
        "AcceptTermsAndConditions.$": str,
        "ConnectionArn": S,
        "ConnectionArn.$": str,
    },
    total=False,
)
RegisterTypeParameters = TypedDict(
    "RegisterTypeParameters",
    {
        "Type": S,
        "Type.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "SchemaHandlerPackage": S,
        "SchemaHandlerPackage.$": str,
        "LoggingConfig": X[LoggingConfig],
        "LoggingConfig.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
RemoveAliasParameters = TypedDict(
    "RemoveAliasParameters", {"AliasName": S, "AliasName.$": str}, total=False
)
RollbackStackParameters = TypedDict(
    "RollbackStackParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "RetainExceptOnCreate": B,
        "RetainExceptOnCreate.$": str,
        "DeploymentConfig": X[DeploymentConfig],
        "DeploymentConfig.$": str,
    },
    total=False,
)
SetAliasParameters = TypedDict(
    "SetAliasParameters",
    {"StackName": S, "StackName.$": str, "AliasName": S, "AliasName.$": str},
    total=False,
)
SetStackPolicyParameters = TypedDict(
    "SetStackPolicyParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "StackPolicyBody": S,
        "StackPolicyBody.$": str,
        "StackPolicyURL": S,
        "StackPolicyURL.$": str,
    },
    total=False,
)
SetTypeConfigurationParameters = TypedDict(
    "SetTypeConfigurationParameters",
    {
        "TypeArn": S,
        "TypeArn.$": str,
        "Configuration": S,
        "Configuration.$": str,
        "ConfigurationAlias": S,
        "ConfigurationAlias.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
SetTypeDefaultVersionParameters = TypedDict(
    "SetTypeDefaultVersionParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Type": S,
        "Type.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "VersionId": S,
        "VersionId.$": str,
    },
    total=False,
)
SignalResourceParameters = TypedDict(
    "SignalResourceParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "LogicalResourceId": S,
        "LogicalResourceId.$": str,
        "UniqueId": S,
        "UniqueId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)

class ScanFilter(TypedDict, total=False):
    Types: L[Si]

StartResourceScanParameters = TypedDict(
    "StartResourceScanParameters",
    {
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "ScanFilters": L[Xi[ScanFilter]],
        "ScanFilters.$": str,
    },
    total=False,
)
StopStackSetOperationParameters = TypedDict(
    "StopStackSetOperationParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "OperationId": S,
        "OperationId.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)
TestTypeParameters = TypedDict(
    "TestTypeParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Type": S,
        "Type.$": str,
        "TypeName": S,
        "TypeName.$": str,
        "VersionId": S,
        "VersionId.$": str,
        "LogDeliveryBucket": S,
        "LogDeliveryBucket.$": str,
    },
    total=False,
)
UpdateGeneratedTemplateParameters = TypedDict(
    "UpdateGeneratedTemplateParameters",
    {
        "GeneratedTemplateName": S,
        "GeneratedTemplateName.$": str,
        "NewGeneratedTemplateName": S,
        "NewGeneratedTemplateName.$": str,
        "AddResources": L[Xi[ResourceDefinition]],
        "AddResources.$": str,
        "RemoveResources": L[Si],
        "RemoveResources.$": str,
        "RefreshAllResources": B,
        "RefreshAllResources.$": str,
        "TemplateConfiguration": X[TemplateConfiguration],
        "TemplateConfiguration.$": str,
    },
    total=False,
)
UpdateStackParameters = TypedDict(
    "UpdateStackParameters",
    {
        "StackName": S,
        "StackName.$": str,
        "TemplateBody": S,
        "TemplateBody.$": str,
        "TemplateURL": S,
        "TemplateURL.$": str,
        "UsePreviousTemplate": B,
        "UsePreviousTemplate.$": str,
        "StackPolicyDuringUpdateBody": S,
        "StackPolicyDuringUpdateBody.$": str,
        "StackPolicyDuringUpdateURL": S,
        "StackPolicyDuringUpdateURL.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "RollbackConfiguration": X[RollbackConfiguration],
        "RollbackConfiguration.$": str,
        "StackPolicyBody": S,
        "StackPolicyBody.$": str,
        "StackPolicyURL": S,
        "StackPolicyURL.$": str,
        "NotificationARNs": L[Si],
        "NotificationARNs.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DisableRollback": B,
        "DisableRollback.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "RetainExceptOnCreate": B,
        "RetainExceptOnCreate.$": str,
        "DeploymentConfig": X[DeploymentConfig],
        "DeploymentConfig.$": str,
        "DisableValidation": B,
        "DisableValidation.$": str,
    },
    total=False,
)
UpdateStackInstancesParameters = TypedDict(
    "UpdateStackInstancesParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "Accounts": L[Si],
        "Accounts.$": str,
        "DeploymentTargets": X[DeploymentTargets],
        "DeploymentTargets.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "ParameterOverrides": L[Xi[Parameter]],
        "ParameterOverrides.$": str,
        "OperationPreferences": X[StackSetOperationPreferences],
        "OperationPreferences.$": str,
        "OperationId": S,
        "OperationId.$": str,
        "CallAs": S,
        "CallAs.$": str,
    },
    total=False,
)
UpdateStackSetParameters = TypedDict(
    "UpdateStackSetParameters",
    {
        "StackSetName": S,
        "StackSetName.$": str,
        "Description": S,
        "Description.$": str,
        "TemplateBody": S,
        "TemplateBody.$": str,
        "TemplateURL": S,
        "TemplateURL.$": str,
        "UsePreviousTemplate": B,
        "UsePreviousTemplate.$": str,
        "Parameters": L[Xi[Parameter]],
        "Parameters.$": str,
        "Capabilities": L[Si],
        "Capabilities.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "OperationPreferences": X[StackSetOperationPreferences],
        "OperationPreferences.$": str,
        "AdministrationRoleARN": S,
        "AdministrationRoleARN.$": str,
        "ExecutionRoleName": S,
        "ExecutionRoleName.$": str,
        "DeploymentTargets": X[DeploymentTargets],
        "DeploymentTargets.$": str,
        "PermissionModel": S,
        "PermissionModel.$": str,
        "AutoDeployment": X[AutoDeployment],
        "AutoDeployment.$": str,
        "OperationId": S,
        "OperationId.$": str,
        "Accounts": L[Si],
        "Accounts.$": str,
        "Regions": L[Si],
        "Regions.$": str,
        "CallAs": S,
        "CallAs.$": str,
        "ManagedExecution": X[ManagedExecution],
        "ManagedExecution.$": str,
        "ExecutionRoleTemplateBody": S,
        "ExecutionRoleTemplateBody.$": str,
        "ExecutionRoleTemplateUrl": S,
        "ExecutionRoleTemplateUrl.$": str,
        "UseAdminExecutionRole": B,
        "UseAdminExecutionRole.$": str,
        "StackSetOutputBucket": S,
        "StackSetOutputBucket.$": str,
    },
    total=False,
)
UpdateTerminationProtectionParameters = TypedDict(
    "UpdateTerminationProtectionParameters",
    {
        "EnableTerminationProtection": B,
        "EnableTerminationProtection.$": str,
        "StackName": S,
        "StackName.$": str,
    },
    total=False,
)
ValidateTemplateParameters = TypedDict(
    "ValidateTemplateParameters",
    {"TemplateBody": S, "TemplateBody.$": str, "TemplateURL": S, "TemplateURL.$": str},
    total=False,
)
activate_organizations_access: Builder[ActivateOrganizationsAccessParameters]
activate_type: Builder[ActivateTypeParameters]
batch_describe_type_configurations: Builder[BatchDescribeTypeConfigurationsParameters]
cancel_update_stack: Builder[CancelUpdateStackParameters]
continue_update_rollback: Builder[ContinueUpdateRollbackParameters]
create_change_set: Builder[CreateChangeSetParameters]
create_generated_template: Builder[CreateGeneratedTemplateParameters]
create_stack: Builder[CreateStackParameters]
create_stack_instances: Builder[CreateStackInstancesParameters]
create_stack_refactor: Builder[CreateStackRefactorParameters]
create_stack_set: Builder[CreateStackSetParameters]
deactivate_organizations_access: Builder[DeactivateOrganizationsAccessParameters]
deactivate_type: Builder[DeactivateTypeParameters]
delete_change_set: Builder[DeleteChangeSetParameters]
delete_generated_template: Builder[DeleteGeneratedTemplateParameters]
delete_stack: Builder[DeleteStackParameters]
delete_stack_instances: Builder[DeleteStackInstancesParameters]
delete_stack_set: Builder[DeleteStackSetParameters]
deregister_type: Builder[DeregisterTypeParameters]
describe_account_limits: Builder[DescribeAccountLimitsParameters]
describe_change_set: Builder[DescribeChangeSetParameters]
describe_change_set_hooks: Builder[DescribeChangeSetHooksParameters]
describe_events: Builder[DescribeEventsParameters]
describe_generated_template: Builder[DescribeGeneratedTemplateParameters]
describe_organizations_access: Builder[DescribeOrganizationsAccessParameters]
describe_publisher: Builder[DescribePublisherParameters]
describe_resource_scan: Builder[DescribeResourceScanParameters]
describe_stack_drift_detection_status: Builder[DescribeStackDriftDetectionStatusParameters]
describe_stack_events: Builder[DescribeStackEventsParameters]
describe_stack_instance: Builder[DescribeStackInstanceParameters]
describe_stack_refactor: Builder[DescribeStackRefactorParameters]
describe_stack_resource: Builder[DescribeStackResourceParameters]
describe_stack_resource_drifts: Builder[DescribeStackResourceDriftsParameters]
describe_stack_resources: Builder[DescribeStackResourcesParameters]
describe_stack_set: Builder[DescribeStackSetParameters]
describe_stack_set_operation: Builder[DescribeStackSetOperationParameters]
describe_stacks: Builder[DescribeStacksParameters]
describe_type: Builder[DescribeTypeParameters]
describe_type_registration: Builder[DescribeTypeRegistrationParameters]
detect_stack_drift: Builder[DetectStackDriftParameters]
detect_stack_resource_drift: Builder[DetectStackResourceDriftParameters]
detect_stack_set_drift: Builder[DetectStackSetDriftParameters]
estimate_template_cost: Builder[EstimateTemplateCostParameters]
execute_change_set: Builder[ExecuteChangeSetParameters]
execute_stack_refactor: Builder[ExecuteStackRefactorParameters]
get_generated_template: Builder[GetGeneratedTemplateParameters]
get_hook_result: Builder[GetHookResultParameters]
get_stack_policy: Builder[GetStackPolicyParameters]
get_template: Builder[GetTemplateParameters]
get_template_summary: Builder[GetTemplateSummaryParameters]
import_stacks_to_stack_set: Builder[ImportStacksToStackSetParameters]
list_change_sets: Builder[ListChangeSetsParameters]
list_exports: Builder[ListExportsParameters]
list_generated_templates: Builder[ListGeneratedTemplatesParameters]
list_hook_results: Builder[ListHookResultsParameters]
list_imports: Builder[ListImportsParameters]
list_resource_scan_related_resources: Builder[ListResourceScanRelatedResourcesParameters]
list_resource_scan_resources: Builder[ListResourceScanResourcesParameters]
list_resource_scans: Builder[ListResourceScansParameters]
list_stack_instance_resource_drifts: Builder[ListStackInstanceResourceDriftsParameters]
list_stack_instances: Builder[ListStackInstancesParameters]
list_stack_refactor_actions: Builder[ListStackRefactorActionsParameters]
list_stack_refactors: Builder[ListStackRefactorsParameters]
list_stack_resources: Builder[ListStackResourcesParameters]
list_stack_set_auto_deployment_targets: Builder[ListStackSetAutoDeploymentTargetsParameters]
list_stack_set_operation_results: Builder[ListStackSetOperationResultsParameters]
list_stack_set_operations: Builder[ListStackSetOperationsParameters]
list_stack_sets: Builder[ListStackSetsParameters]
list_stacks: Builder[ListStacksParameters]
list_type_registrations: Builder[ListTypeRegistrationsParameters]
list_type_versions: Builder[ListTypeVersionsParameters]
list_types: Builder[ListTypesParameters]
publish_type: Builder[PublishTypeParameters]
record_handler_progress: Builder[RecordHandlerProgressParameters]
register_publisher: Builder[RegisterPublisherParameters]
register_type: Builder[RegisterTypeParameters]
remove_alias: Builder[RemoveAliasParameters]
rollback_stack: Builder[RollbackStackParameters]
set_alias: Builder[SetAliasParameters]
set_stack_policy: Builder[SetStackPolicyParameters]
set_type_configuration: Builder[SetTypeConfigurationParameters]
set_type_default_version: Builder[SetTypeDefaultVersionParameters]
signal_resource: Builder[SignalResourceParameters]
start_resource_scan: Builder[StartResourceScanParameters]
stop_stack_set_operation: Builder[StopStackSetOperationParameters]
test_type: Builder[TestTypeParameters]
update_generated_template: Builder[UpdateGeneratedTemplateParameters]
update_stack: Builder[UpdateStackParameters]
update_stack_instances: Builder[UpdateStackInstancesParameters]
update_stack_set: Builder[UpdateStackSetParameters]
update_termination_protection: Builder[UpdateTerminationProtectionParameters]
validate_template: Builder[ValidateTemplateParameters]

__all__ = [
    "activate_organizations_access",
    "activate_type",
    "batch_describe_type_configurations",
    "cancel_update_stack",
    "continue_update_rollback",
    "create_change_set",
    "create_generated_template",
    "create_stack",
    "create_stack_instances",
    "create_stack_refactor",
    "create_stack_set",
    "deactivate_organizations_access",
    "deactivate_type",
    "delete_change_set",
    "delete_generated_template",
    "delete_stack",
    "delete_stack_instances",
    "delete_stack_set",
    "deregister_type",
    "describe_account_limits",
    "describe_change_set",
    "describe_change_set_hooks",
    "describe_events",
    "describe_generated_template",
    "describe_organizations_access",
    "describe_publisher",
    "describe_resource_scan",
    "describe_stack_drift_detection_status",
    "describe_stack_events",
    "describe_stack_instance",
    "describe_stack_refactor",
    "describe_stack_resource",
    "describe_stack_resource_drifts",
    "describe_stack_resources",
    "describe_stack_set",
    "describe_stack_set_operation",
    "describe_stacks",
    "describe_type",
    "describe_type_registration",
    "detect_stack_drift",
    "detect_stack_resource_drift",
    "detect_stack_set_drift",
    "estimate_template_cost",
    "execute_change_set",
    "execute_stack_refactor",
    "get_generated_template",
    "get_hook_result",
    "get_stack_policy",
    "get_template",
    "get_template_summary",
    "import_stacks_to_stack_set",
    "list_change_sets",
    "list_exports",
    "list_generated_templates",
    "list_hook_results",
    "list_imports",
    "list_resource_scan_related_resources",
    "list_resource_scan_resources",
    "list_resource_scans",
    "list_stack_instance_resource_drifts",
    "list_stack_instances",
    "list_stack_refactor_actions",
    "list_stack_refactors",
    "list_stack_resources",
    "list_stack_set_auto_deployment_targets",
    "list_stack_set_operation_results",
    "list_stack_set_operations",
    "list_stack_sets",
    "list_stacks",
    "list_type_registrations",
    "list_type_versions",
    "list_types",
    "publish_type",
    "record_handler_progress",
    "register_publisher",
    "register_type",
    "remove_alias",
    "rollback_stack",
    "set_alias",
    "set_stack_policy",
    "set_type_configuration",
    "set_type_default_version",
    "signal_resource",
    "start_resource_scan",
    "stop_stack_set_operation",
    "test_type",
    "update_generated_template",
    "update_stack",
    "update_stack_instances",
    "update_stack_set",
    "update_termination_protection",
    "validate_template",
]
