"""Typed builders of the AWS SDK integration of lambda.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AddLayerVersionPermissionParameters = TypedDict(
        "AddLayerVersionPermissionParameters",
        {
            "LayerName": Any,
            "LayerName.$": Any,
            "VersionNumber": Any,
            "VersionNumber.$": Any,
            "StatementId": Any,
            "StatementId.$": Any,
            "Action": Any,
            "Action.$": Any,
            "Principal": Any,
            "Principal.$": Any,
            "OrganizationId": Any,
            "OrganizationId.$": Any,
            "RevisionId": Any,
            "RevisionId.$": Any,
        },
        total=False,
    )
    AddPermissionParameters = TypedDict(
        "AddPermissionParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "StatementId": Any,
            "StatementId.$": Any,
            "Action": Any,
            "Action.$": Any,
            "Principal": Any,
            "Principal.$": Any,
            "SourceArn": Any,
            "SourceArn.$": Any,
            "FunctionUrlAuthType": Any,
            "FunctionUrlAuthType.$": Any,
            "InvokedViaFunctionUrl": Any,
            "InvokedViaFunctionUrl.$": Any,
            "SourceAccount": Any,
            "SourceAccount.$": Any,
            "EventSourceToken": Any,
            "EventSourceToken.$": Any,
            "Qualifier": Any,
            "Qualifier.$": Any,
            "RevisionId": Any,
            "RevisionId.$": Any,
            "PrincipalOrgID": Any,
            "PrincipalOrgID.$": Any,
        },
        total=False,
    )
    CheckpointDurableExecutionParameters = TypedDict(
        "CheckpointDurableExecutionParameters",
        {
            "DurableExecutionArn": Any,
            "DurableExecutionArn.$": Any,
            "CheckpointToken": Any,
            "CheckpointToken.$": Any,
            "Updates": Any,
            "Updates.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
        },
        total=False,
    )
    CreateAliasParameters = TypedDict(
        "CreateAliasParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Name": Any,
            "Name.$": Any,
            "FunctionVersion": Any,
            "FunctionVersion.$": Any,
            "Description": Any,
            "Description.$": Any,
            "RoutingConfig": Any,
            "RoutingConfig.$": Any,
        },
        total=False,
    )
    CreateCapacityProviderParameters = TypedDict(
        "CreateCapacityProviderParameters",
        {
            "CapacityProviderName": Any,
            "CapacityProviderName.$": Any,
            "VpcConfig": Any,
            "VpcConfig.$": Any,
            "PermissionsConfig": Any,
            "PermissionsConfig.$": Any,
            "InstanceRequirements": Any,
            "InstanceRequirements.$": Any,
            "CapacityProviderScalingConfig": Any,
            "CapacityProviderScalingConfig.$": Any,
            "KmsKeyArn": Any,
            "KmsKeyArn.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "PropagateTags": Any,
            "PropagateTags.$": Any,
            "TelemetryConfig": Any,
            "TelemetryConfig.$": Any,
        },
        total=False,
    )
    CreateCodeSigningConfigParameters = TypedDict(
        "CreateCodeSigningConfigParameters",
        {
            "Description": Any,
            "Description.$": Any,
            "AllowedPublishers": Any,
            "AllowedPublishers.$": Any,
            "CodeSigningPolicies": Any,
            "CodeSigningPolicies.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    CreateEventSourceMappingParameters = TypedDict(
        "CreateEventSourceMappingParameters",
        {
            "EventSourceArn": Any,
            "EventSourceArn.$": Any,
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Enabled": Any,
            "Enabled.$": Any,
            "BatchSize": Any,
            "BatchSize.$": Any,
            "FilterCriteria": Any,
            "FilterCriteria.$": Any,
            "KmsKeyArn": Any,
            "KmsKeyArn.$": Any,
            "MetricsConfig": Any,
            "MetricsConfig.$": Any,
            "LoggingConfig": Any,
            "LoggingConfig.$": Any,
            "ScalingConfig": Any,
            "ScalingConfig.$": Any,
            "MaximumBatchingWindowInSeconds": Any,
            "MaximumBatchingWindowInSeconds.$": Any,
            "ParallelizationFactor": Any,
            "ParallelizationFactor.$": Any,
            "StartingPosition": Any,
            "StartingPosition.$": Any,
            "StartingPositionTimestamp": Any,
            "StartingPositionTimestamp.$": Any,
            "DestinationConfig": Any,
            "DestinationConfig.$": Any,
            "MaximumRecordAgeInSeconds": Any,
            "MaximumRecordAgeInSeconds.$": Any,
            "BisectBatchOnFunctionError": Any,
            "BisectBatchOnFunctionError.$": Any,
            "MaximumRetryAttempts": Any,
            "MaximumRetryAttempts.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TumblingWindowInSeconds": Any,
            "TumblingWindowInSeconds.$": Any,
            "Topics": Any,
            "Topics.$": Any,
            "Queues": Any,
            "Queues.$": Any,
            "SourceAccessConfigurations": Any,
            "SourceAccessConfigurations.$": Any,
            "SelfManagedEventSource": Any,
            "SelfManagedEventSource.$": Any,
            "FunctionResponseTypes": Any,
            "FunctionResponseTypes.$": Any,
            "AmazonManagedKafkaEventSourceConfig": Any,
            "AmazonManagedKafkaEventSourceConfig.$": Any,
            "SelfManagedKafkaEventSourceConfig": Any,
            "SelfManagedKafkaEventSourceConfig.$": Any,
            "DocumentDBEventSourceConfig": Any,
            "DocumentDBEventSourceConfig.$": Any,
            "ProvisionedPollerConfig": Any,
            "ProvisionedPollerConfig.$": Any,
        },
        total=False,
    )
    CreateFunctionParameters = TypedDict(
        "CreateFunctionParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Runtime": Any,
            "Runtime.$": Any,
            "Role": Any,
            "Role.$": Any,
            "Handler": Any,
            "Handler.$": Any,
            "Code": Any,
            "Code.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Timeout": Any,
            "Timeout.$": Any,
            "MemorySize": Any,
            "MemorySize.$": Any,
            "Publish": Any,
            "Publish.$": Any,
            "PublishTo": Any,
            "PublishTo.$": Any,
            "VpcConfig": Any,
            "VpcConfig.$": Any,
            "PackageType": Any,
            "PackageType.$": Any,
            "DeadLetterConfig": Any,
            "DeadLetterConfig.$": Any,
            "Environment": Any,
            "Environment.$": Any,
            "KmsKeyArn": Any,
            "KmsKeyArn.$": Any,
            "TracingConfig": Any,
            "TracingConfig.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "Layers": Any,
            "Layers.$": Any,
            "FileSystemConfigs": Any,
            "FileSystemConfigs.$": Any,
            "CodeSigningConfigArn": Any,
            "CodeSigningConfigArn.$": Any,
            "ImageConfig": Any,
            "ImageConfig.$": Any,
            "Architectures": Any,
            "Architectures.$": Any,
            "EphemeralStorage": Any,
            "EphemeralStorage.$": Any,
            "SnapStart": Any,
            "SnapStart.$": Any,
            "LoggingConfig": Any,
            "LoggingConfig.$": Any,
            "TenancyConfig": Any,
            "TenancyConfig.$": Any,
            "CapacityProviderConfig": Any,
            "CapacityProviderConfig.$": Any,
            "DurableConfig": Any,
            "DurableConfig.$": Any,
            "RuntimeConfig": Any,
            "RuntimeConfig.$": Any,
            "AcceleratorConfig": Any,
            "AcceleratorConfig.$": Any,
        },
        total=False,
    )
    CreateFunctionUrlConfigParameters = TypedDict(
        "CreateFunctionUrlConfigParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Qualifier": Any,
            "Qualifier.$": Any,
            "AuthType": Any,
            "AuthType.$": Any,
            "Cors": Any,
            "Cors.$": Any,
            "InvokeMode": Any,
            "InvokeMode.$": Any,
        },
        total=False,
    )
    DeleteAliasParameters = TypedDict(
        "DeleteAliasParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Name": Any, "Name.$": Any},
        total=False,
    )
    DeleteCapacityProviderParameters = TypedDict(
        "DeleteCapacityProviderParameters",
        {"CapacityProviderName": Any, "CapacityProviderName.$": Any},
        total=False,
    )
    DeleteCodeSigningConfigParameters = TypedDict(
        "DeleteCodeSigningConfigParameters",
        {"CodeSigningConfigArn": Any, "CodeSigningConfigArn.$": Any},
        total=False,
    )
    DeleteDurableExecutionParameters = TypedDict(
        "DeleteDurableExecutionParameters",
        {"DurableExecutionArn": Any, "DurableExecutionArn.$": Any},
        total=False,
    )
    DeleteEventSourceMappingParameters = TypedDict(
        "DeleteEventSourceMappingParameters", {"Uuid": Any, "Uuid.$": Any}, total=False
    )
    DeleteFunctionParameters = TypedDict(
        "DeleteFunctionParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Qualifier": Any, "Qualifier.$": Any},
        total=False,
    )
    DeleteFunctionCodeSigningConfigParameters = TypedDict(
        "DeleteFunctionCodeSigningConfigParameters",
        {"FunctionName": Any, "FunctionName.$": Any},
        total=False,
    )
    DeleteFunctionConcurrencyParameters = TypedDict(
        "DeleteFunctionConcurrencyParameters",
        {"FunctionName": Any, "FunctionName.$": Any},
        total=False,
    )
    DeleteFunctionEventInvokeConfigParameters = TypedDict(
        "DeleteFunctionEventInvokeConfigParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Qualifier": Any, "Qualifier.$": Any},
        total=False,
    )
    DeleteFunctionUrlConfigParameters = TypedDict(
        "DeleteFunctionUrlConfigParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Qualifier": Any, "Qualifier.$": Any},
        total=False,
    )
    DeleteLayerVersionParameters = TypedDict(
        "DeleteLayerVersionParameters",
        {"LayerName": Any, "LayerName.$": Any, "VersionNumber": Any, "VersionNumber.$": Any},
        total=False,
    )
    DeleteProvisionedConcurrencyConfigParameters = TypedDict(
        "DeleteProvisionedConcurrencyConfigParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Qualifier": Any, "Qualifier.$": Any},
        total=False,
    )
    DeleteResourcePolicyParameters = TypedDict(
        "DeleteResourcePolicyParameters",
        {"ResourceArn": Any, "ResourceArn.$": Any, "RevisionId": Any, "RevisionId.$": Any},
        total=False,
    )

    class GetAccountSettingsParameters(TypedDict, total=False):
        pass

    GetAliasParameters = TypedDict(
        "GetAliasParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Name": Any, "Name.$": Any},
        total=False,
    )
    GetCapacityProviderParameters = TypedDict(
        "GetCapacityProviderParameters",
        {"CapacityProviderName": Any, "CapacityProviderName.$": Any},
        total=False,
    )
    GetCodeSigningConfigParameters = TypedDict(
        "GetCodeSigningConfigParameters",
        {"CodeSigningConfigArn": Any, "CodeSigningConfigArn.$": Any},
        total=False,
    )
    GetDurableExecutionParameters = TypedDict(
        "GetDurableExecutionParameters",
        {
            "DurableExecutionArn": Any,
            "DurableExecutionArn.$": Any,
            "IncludeExecutionData": Any,
            "IncludeExecutionData.$": Any,
        },
        total=False,
    )
    GetDurableExecutionHistoryParameters = TypedDict(
        "GetDurableExecutionHistoryParameters",
        {
            "DurableExecutionArn": Any,
            "DurableExecutionArn.$": Any,
            "IncludeExecutionData": Any,
            "IncludeExecutionData.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "ReverseOrder": Any,
            "ReverseOrder.$": Any,
        },
        total=False,
    )
    GetDurableExecutionStateParameters = TypedDict(
        "GetDurableExecutionStateParameters",
        {
            "DurableExecutionArn": Any,
            "DurableExecutionArn.$": Any,
            "CheckpointToken": Any,
            "CheckpointToken.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    GetEventSourceMappingParameters = TypedDict(
        "GetEventSourceMappingParameters", {"Uuid": Any, "Uuid.$": Any}, total=False
    )
    GetFunctionParameters = TypedDict(
        "GetFunctionParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Qualifier": Any, "Qualifier.$": Any},
        total=False,
    )
    GetFunctionCodeSigningConfigParameters = TypedDict(
        "GetFunctionCodeSigningConfigParameters",
        {"FunctionName": Any, "FunctionName.$": Any},
        total=False,
    )
    GetFunctionConcurrencyParameters = TypedDict(
        "GetFunctionConcurrencyParameters",
        {"FunctionName": Any, "FunctionName.$": Any},
        total=False,
    )
    GetFunctionConfigurationParameters = TypedDict(
        "GetFunctionConfigurationParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Qualifier": Any, "Qualifier.$": Any},
        total=False,
    )
    GetFunctionEventInvokeConfigParameters = TypedDict(
        "GetFunctionEventInvokeConfigParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Qualifier": Any, "Qualifier.$": Any},
        total=False,
    )
    GetFunctionRecursionConfigParameters = TypedDict(
        "GetFunctionRecursionConfigParameters",
        {"FunctionName": Any, "FunctionName.$": Any},
        total=False,
    )
    GetFunctionScalingConfigParameters = TypedDict(
        "GetFunctionScalingConfigParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Qualifier": Any, "Qualifier.$": Any},
        total=False,
    )
    GetFunctionUrlConfigParameters = TypedDict(
        "GetFunctionUrlConfigParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Qualifier": Any, "Qualifier.$": Any},
        total=False,
    )
    GetLayerVersionParameters = TypedDict(
        "GetLayerVersionParameters",
        {"LayerName": Any, "LayerName.$": Any, "VersionNumber": Any, "VersionNumber.$": Any},
        total=False,
    )
    GetLayerVersionByArnParameters = TypedDict(
        "GetLayerVersionByArnParameters", {"Arn": Any, "Arn.$": Any}, total=False
    )
    GetLayerVersionPolicyParameters = TypedDict(
        "GetLayerVersionPolicyParameters",
        {"LayerName": Any, "LayerName.$": Any, "VersionNumber": Any, "VersionNumber.$": Any},
        total=False,
    )
    GetPolicyParameters = TypedDict(
        "GetPolicyParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Qualifier": Any, "Qualifier.$": Any},
        total=False,
    )
    GetProvisionedConcurrencyConfigParameters = TypedDict(
        "GetProvisionedConcurrencyConfigParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Qualifier": Any, "Qualifier.$": Any},
        total=False,
    )
    GetResourcePolicyParameters = TypedDict(
        "GetResourcePolicyParameters", {"ResourceArn": Any, "ResourceArn.$": Any}, total=False
    )
    GetRuntimeManagementConfigParameters = TypedDict(
        "GetRuntimeManagementConfigParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "Qualifier": Any, "Qualifier.$": Any},
        total=False,
    )
    InvokeParameters = TypedDict(
        "InvokeParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "InvocationType": Any,
            "InvocationType.$": Any,
            "LogType": Any,
            "LogType.$": Any,
            "ClientContext": Any,
            "ClientContext.$": Any,
            "DurableExecutionName": Any,
            "DurableExecutionName.$": Any,
            "Payload": Any,
            "Payload.$": Any,
            "Qualifier": Any,
            "Qualifier.$": Any,
            "TenantId": Any,
            "TenantId.$": Any,
        },
        total=False,
    )
    InvokeAsyncParameters = TypedDict(
        "InvokeAsyncParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "InvokeArgs": Any, "InvokeArgs.$": Any},
        total=False,
    )
    InvokeWithResponseStreamParameters = TypedDict(
        "InvokeWithResponseStreamParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "LogType": Any,
            "LogType.$": Any,
            "ClientContext": Any,
            "ClientContext.$": Any,
            "Qualifier": Any,
            "Qualifier.$": Any,
            "Payload": Any,
            "Payload.$": Any,
            "TenantId": Any,
            "TenantId.$": Any,
            "InvocationType": Any,
            "InvocationType.$": Any,
        },
        total=False,
    )
    ListAliasesParameters = TypedDict(
        "ListAliasesParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "FunctionVersion": Any,
            "FunctionVersion.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    ListCapacityProvidersParameters = TypedDict(
        "ListCapacityProvidersParameters",
        {
            "State": Any,
            "State.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    ListCodeSigningConfigsParameters = TypedDict(
        "ListCodeSigningConfigsParameters",
        {"Marker": Any, "Marker.$": Any, "MaxItems": Any, "MaxItems.$": Any},
        total=False,
    )
    ListDurableExecutionsByFunctionParameters = TypedDict(
        "ListDurableExecutionsByFunctionParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Qualifier": Any,
            "Qualifier.$": Any,
            "DurableExecutionName": Any,
            "DurableExecutionName.$": Any,
            "Statuses": Any,
            "Statuses.$": Any,
            "StartedAfter": Any,
            "StartedAfter.$": Any,
            "StartedBefore": Any,
            "StartedBefore.$": Any,
            "ReverseOrder": Any,
            "ReverseOrder.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    ListEventSourceMappingsParameters = TypedDict(
        "ListEventSourceMappingsParameters",
        {
            "EventSourceArn": Any,
            "EventSourceArn.$": Any,
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    ListFunctionEventInvokeConfigsParameters = TypedDict(
        "ListFunctionEventInvokeConfigsParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    ListFunctionUrlConfigsParameters = TypedDict(
        "ListFunctionUrlConfigsParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    ListFunctionVersionsByCapacityProviderParameters = TypedDict(
        "ListFunctionVersionsByCapacityProviderParameters",
        {
            "CapacityProviderName": Any,
            "CapacityProviderName.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    ListFunctionsParameters = TypedDict(
        "ListFunctionsParameters",
        {
            "MasterRegion": Any,
            "MasterRegion.$": Any,
            "FunctionVersion": Any,
            "FunctionVersion.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    ListFunctionsByCodeSigningConfigParameters = TypedDict(
        "ListFunctionsByCodeSigningConfigParameters",
        {
            "CodeSigningConfigArn": Any,
            "CodeSigningConfigArn.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    ListLayerVersionsParameters = TypedDict(
        "ListLayerVersionsParameters",
        {
            "CompatibleArchitecture": Any,
            "CompatibleArchitecture.$": Any,
            "CompatibleRuntime": Any,
            "CompatibleRuntime.$": Any,
            "LayerName": Any,
            "LayerName.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    ListLayersParameters = TypedDict(
        "ListLayersParameters",
        {
            "CompatibleArchitecture": Any,
            "CompatibleArchitecture.$": Any,
            "CompatibleRuntime": Any,
            "CompatibleRuntime.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    ListProvisionedConcurrencyConfigsParameters = TypedDict(
        "ListProvisionedConcurrencyConfigsParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    ListTagsParameters = TypedDict(
        "ListTagsParameters", {"Resource": Any, "Resource.$": Any}, total=False
    )
    ListVersionsByFunctionParameters = TypedDict(
        "ListVersionsByFunctionParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Marker": Any,
            "Marker.$": Any,
            "MaxItems": Any,
            "MaxItems.$": Any,
        },
        total=False,
    )
    PauseDurableExecutionParameters = TypedDict(
        "PauseDurableExecutionParameters",
        {
            "DurableExecutionArn": Any,
            "DurableExecutionArn.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "Reason": Any,
            "Reason.$": Any,
            "ExecutionTimeoutPaused": Any,
            "ExecutionTimeoutPaused.$": Any,
        },
        total=False,
    )
    PublishLayerVersionParameters = TypedDict(
        "PublishLayerVersionParameters",
        {
            "LayerName": Any,
            "LayerName.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Content": Any,
            "Content.$": Any,
            "CompatibleArchitectures": Any,
            "CompatibleArchitectures.$": Any,
            "CompatibleRuntimes": Any,
            "CompatibleRuntimes.$": Any,
            "LicenseInfo": Any,
            "LicenseInfo.$": Any,
        },
        total=False,
    )
    PublishVersionParameters = TypedDict(
        "PublishVersionParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "CodeSha256": Any,
            "CodeSha256.$": Any,
            "Description": Any,
            "Description.$": Any,
            "RevisionId": Any,
            "RevisionId.$": Any,
            "PublishTo": Any,
            "PublishTo.$": Any,
        },
        total=False,
    )
    PutFunctionCodeSigningConfigParameters = TypedDict(
        "PutFunctionCodeSigningConfigParameters",
        {
            "CodeSigningConfigArn": Any,
            "CodeSigningConfigArn.$": Any,
            "FunctionName": Any,
            "FunctionName.$": Any,
        },
        total=False,
    )
    PutFunctionConcurrencyParameters = TypedDict(
        "PutFunctionConcurrencyParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "ReservedConcurrentExecutions": Any,
            "ReservedConcurrentExecutions.$": Any,
        },
        total=False,
    )
    PutFunctionEventInvokeConfigParameters = TypedDict(
        "PutFunctionEventInvokeConfigParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Qualifier": Any,
            "Qualifier.$": Any,
            "MaximumRetryAttempts": Any,
            "MaximumRetryAttempts.$": Any,
            "MaximumEventAgeInSeconds": Any,
            "MaximumEventAgeInSeconds.$": Any,
            "DestinationConfig": Any,
            "DestinationConfig.$": Any,
        },
        total=False,
    )
    PutFunctionRecursionConfigParameters = TypedDict(
        "PutFunctionRecursionConfigParameters",
        {"FunctionName": Any, "FunctionName.$": Any, "RecursiveLoop": Any, "RecursiveLoop.$": Any},
        total=False,
    )
    PutFunctionScalingConfigParameters = TypedDict(
        "PutFunctionScalingConfigParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Qualifier": Any,
            "Qualifier.$": Any,
            "FunctionScalingConfig": Any,
            "FunctionScalingConfig.$": Any,
        },
        total=False,
    )
    PutProvisionedConcurrencyConfigParameters = TypedDict(
        "PutProvisionedConcurrencyConfigParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Qualifier": Any,
            "Qualifier.$": Any,
            "ProvisionedConcurrentExecutions": Any,
            "ProvisionedConcurrentExecutions.$": Any,
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
            "RevisionId": Any,
            "RevisionId.$": Any,
        },
        total=False,
    )
    PutRuntimeManagementConfigParameters = TypedDict(
        "PutRuntimeManagementConfigParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Qualifier": Any,
            "Qualifier.$": Any,
            "UpdateRuntimeOn": Any,
            "UpdateRuntimeOn.$": Any,
            "RuntimeVersionArn": Any,
            "RuntimeVersionArn.$": Any,
        },
        total=False,
    )
    RemoveLayerVersionPermissionParameters = TypedDict(
        "RemoveLayerVersionPermissionParameters",
        {
            "LayerName": Any,
            "LayerName.$": Any,
            "VersionNumber": Any,
            "VersionNumber.$": Any,
            "StatementId": Any,
            "StatementId.$": Any,
            "RevisionId": Any,
            "RevisionId.$": Any,
        },
        total=False,
    )
    RemovePermissionParameters = TypedDict(
        "RemovePermissionParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "StatementId": Any,
            "StatementId.$": Any,
            "Qualifier": Any,
            "Qualifier.$": Any,
            "RevisionId": Any,
            "RevisionId.$": Any,
        },
        total=False,
    )
    ResumeDurableExecutionParameters = TypedDict(
        "ResumeDurableExecutionParameters",
        {
            "DurableExecutionArn": Any,
            "DurableExecutionArn.$": Any,
            "ClientToken": Any,
            "ClientToken.$": Any,
            "Reason": Any,
            "Reason.$": Any,
        },
        total=False,
    )
    SendDurableExecutionCallbackFailureParameters = TypedDict(
        "SendDurableExecutionCallbackFailureParameters",
        {"CallbackId": Any, "CallbackId.$": Any, "Error": Any, "Error.$": Any},
        total=False,
    )
    SendDurableExecutionCallbackHeartbeatParameters = TypedDict(
        "SendDurableExecutionCallbackHeartbeatParameters",
        {"CallbackId": Any, "CallbackId.$": Any},
        total=False,
    )
    SendDurableExecutionCallbackSuccessParameters = TypedDict(
        "SendDurableExecutionCallbackSuccessParameters",
        {"CallbackId": Any, "CallbackId.$": Any, "Result": Any, "Result.$": Any},
        total=False,
    )
    StopDurableExecutionParameters = TypedDict(
        "StopDurableExecutionParameters",
        {"DurableExecutionArn": Any, "DurableExecutionArn.$": Any, "Error": Any, "Error.$": Any},
        total=False,
    )
    TagResourceParameters = TypedDict(
        "TagResourceParameters",
        {"Resource": Any, "Resource.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    UntagResourceParameters = TypedDict(
        "UntagResourceParameters",
        {"Resource": Any, "Resource.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )
    UpdateAliasParameters = TypedDict(
        "UpdateAliasParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Name": Any,
            "Name.$": Any,
            "FunctionVersion": Any,
            "FunctionVersion.$": Any,
            "Description": Any,
            "Description.$": Any,
            "RoutingConfig": Any,
            "RoutingConfig.$": Any,
            "RevisionId": Any,
            "RevisionId.$": Any,
        },
        total=False,
    )
    UpdateCapacityProviderParameters = TypedDict(
        "UpdateCapacityProviderParameters",
        {
            "CapacityProviderName": Any,
            "CapacityProviderName.$": Any,
            "CapacityProviderScalingConfig": Any,
            "CapacityProviderScalingConfig.$": Any,
            "PropagateTags": Any,
            "PropagateTags.$": Any,
            "TelemetryConfig": Any,
            "TelemetryConfig.$": Any,
        },
        total=False,
    )
    UpdateCodeSigningConfigParameters = TypedDict(
        "UpdateCodeSigningConfigParameters",
        {
            "CodeSigningConfigArn": Any,
            "CodeSigningConfigArn.$": Any,
            "Description": Any,
            "Description.$": Any,
            "AllowedPublishers": Any,
            "AllowedPublishers.$": Any,
            "CodeSigningPolicies": Any,
            "CodeSigningPolicies.$": Any,
        },
        total=False,
    )
    UpdateEventSourceMappingParameters = TypedDict(
        "UpdateEventSourceMappingParameters",
        {
            "Uuid": Any,
            "Uuid.$": Any,
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Enabled": Any,
            "Enabled.$": Any,
            "BatchSize": Any,
            "BatchSize.$": Any,
            "FilterCriteria": Any,
            "FilterCriteria.$": Any,
            "KmsKeyArn": Any,
            "KmsKeyArn.$": Any,
            "MetricsConfig": Any,
            "MetricsConfig.$": Any,
            "LoggingConfig": Any,
            "LoggingConfig.$": Any,
            "ScalingConfig": Any,
            "ScalingConfig.$": Any,
            "MaximumBatchingWindowInSeconds": Any,
            "MaximumBatchingWindowInSeconds.$": Any,
            "ParallelizationFactor": Any,
            "ParallelizationFactor.$": Any,
            "DestinationConfig": Any,
            "DestinationConfig.$": Any,
            "MaximumRecordAgeInSeconds": Any,
            "MaximumRecordAgeInSeconds.$": Any,
            "BisectBatchOnFunctionError": Any,
            "BisectBatchOnFunctionError.$": Any,
            "MaximumRetryAttempts": Any,
            "MaximumRetryAttempts.$": Any,
            "TumblingWindowInSeconds": Any,
            "TumblingWindowInSeconds.$": Any,
            "SourceAccessConfigurations": Any,
            "SourceAccessConfigurations.$": Any,
            "FunctionResponseTypes": Any,
            "FunctionResponseTypes.$": Any,
            "AmazonManagedKafkaEventSourceConfig": Any,
            "AmazonManagedKafkaEventSourceConfig.$": Any,
            "SelfManagedKafkaEventSourceConfig": Any,
            "SelfManagedKafkaEventSourceConfig.$": Any,
            "DocumentDBEventSourceConfig": Any,
            "DocumentDBEventSourceConfig.$": Any,
            "ProvisionedPollerConfig": Any,
            "ProvisionedPollerConfig.$": Any,
        },
        total=False,
    )
    UpdateFunctionCodeParameters = TypedDict(
        "UpdateFunctionCodeParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "ZipFile": Any,
            "ZipFile.$": Any,
            "S3Bucket": Any,
            "S3Bucket.$": Any,
            "S3Key": Any,
            "S3Key.$": Any,
            "S3ObjectVersion": Any,
            "S3ObjectVersion.$": Any,
            "S3ObjectStorageMode": Any,
            "S3ObjectStorageMode.$": Any,
            "ImageUri": Any,
            "ImageUri.$": Any,
            "Architectures": Any,
            "Architectures.$": Any,
            "Publish": Any,
            "Publish.$": Any,
            "PublishTo": Any,
            "PublishTo.$": Any,
            "DryRun": Any,
            "DryRun.$": Any,
            "RevisionId": Any,
            "RevisionId.$": Any,
            "SourceKMSKeyArn": Any,
            "SourceKMSKeyArn.$": Any,
        },
        total=False,
    )
    UpdateFunctionConfigurationParameters = TypedDict(
        "UpdateFunctionConfigurationParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Role": Any,
            "Role.$": Any,
            "Handler": Any,
            "Handler.$": Any,
            "Description": Any,
            "Description.$": Any,
            "Timeout": Any,
            "Timeout.$": Any,
            "MemorySize": Any,
            "MemorySize.$": Any,
            "VpcConfig": Any,
            "VpcConfig.$": Any,
            "Environment": Any,
            "Environment.$": Any,
            "Runtime": Any,
            "Runtime.$": Any,
            "DeadLetterConfig": Any,
            "DeadLetterConfig.$": Any,
            "KmsKeyArn": Any,
            "KmsKeyArn.$": Any,
            "TracingConfig": Any,
            "TracingConfig.$": Any,
            "RevisionId": Any,
            "RevisionId.$": Any,
            "Layers": Any,
            "Layers.$": Any,
            "FileSystemConfigs": Any,
            "FileSystemConfigs.$": Any,
            "ImageConfig": Any,
            "ImageConfig.$": Any,
            "EphemeralStorage": Any,
            "EphemeralStorage.$": Any,
            "SnapStart": Any,
            "SnapStart.$": Any,
            "LoggingConfig": Any,
            "LoggingConfig.$": Any,
            "CapacityProviderConfig": Any,
            "CapacityProviderConfig.$": Any,
            "DurableConfig": Any,
            "DurableConfig.$": Any,
            "RuntimeConfig": Any,
            "RuntimeConfig.$": Any,
            "AcceleratorConfig": Any,
            "AcceleratorConfig.$": Any,
        },
        total=False,
    )
    UpdateFunctionEventInvokeConfigParameters = TypedDict(
        "UpdateFunctionEventInvokeConfigParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Qualifier": Any,
            "Qualifier.$": Any,
            "MaximumRetryAttempts": Any,
            "MaximumRetryAttempts.$": Any,
            "MaximumEventAgeInSeconds": Any,
            "MaximumEventAgeInSeconds.$": Any,
            "DestinationConfig": Any,
            "DestinationConfig.$": Any,
        },
        total=False,
    )
    UpdateFunctionUrlConfigParameters = TypedDict(
        "UpdateFunctionUrlConfigParameters",
        {
            "FunctionName": Any,
            "FunctionName.$": Any,
            "Qualifier": Any,
            "Qualifier.$": Any,
            "AuthType": Any,
            "AuthType.$": Any,
            "Cors": Any,
            "Cors.$": Any,
            "InvokeMode": Any,
            "InvokeMode.$": Any,
        },
        total=False,
    )


def add_layer_version_permission(
    name: str,
    parameters: AddLayerVersionPermissionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:addLayerVersionPermission (``arn:aws:states:::aws-sdk:lambda:addLayerVersionPermission``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:addLayerVersionPermission", parameters, pattern, options)


def add_permission(
    name: str,
    parameters: AddPermissionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:addPermission (``arn:aws:states:::aws-sdk:lambda:addPermission``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:addPermission", parameters, pattern, options)


def checkpoint_durable_execution(
    name: str,
    parameters: CheckpointDurableExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:checkpointDurableExecution (``arn:aws:states:::aws-sdk:lambda:checkpointDurableExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:checkpointDurableExecution", parameters, pattern, options)


def create_alias(
    name: str,
    parameters: CreateAliasParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:createAlias (``arn:aws:states:::aws-sdk:lambda:createAlias``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:createAlias", parameters, pattern, options)


def create_capacity_provider(
    name: str,
    parameters: CreateCapacityProviderParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:createCapacityProvider (``arn:aws:states:::aws-sdk:lambda:createCapacityProvider``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:createCapacityProvider", parameters, pattern, options)


def create_code_signing_config(
    name: str,
    parameters: CreateCodeSigningConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:createCodeSigningConfig (``arn:aws:states:::aws-sdk:lambda:createCodeSigningConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:createCodeSigningConfig", parameters, pattern, options)


def create_event_source_mapping(
    name: str,
    parameters: CreateEventSourceMappingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:createEventSourceMapping (``arn:aws:states:::aws-sdk:lambda:createEventSourceMapping``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:createEventSourceMapping", parameters, pattern, options)


def create_function(
    name: str,
    parameters: CreateFunctionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:createFunction (``arn:aws:states:::aws-sdk:lambda:createFunction``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:createFunction", parameters, pattern, options)


def create_function_url_config(
    name: str,
    parameters: CreateFunctionUrlConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:createFunctionUrlConfig (``arn:aws:states:::aws-sdk:lambda:createFunctionUrlConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:createFunctionUrlConfig", parameters, pattern, options)


def delete_alias(
    name: str,
    parameters: DeleteAliasParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteAlias (``arn:aws:states:::aws-sdk:lambda:deleteAlias``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteAlias", parameters, pattern, options)


def delete_capacity_provider(
    name: str,
    parameters: DeleteCapacityProviderParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteCapacityProvider (``arn:aws:states:::aws-sdk:lambda:deleteCapacityProvider``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteCapacityProvider", parameters, pattern, options)


def delete_code_signing_config(
    name: str,
    parameters: DeleteCodeSigningConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteCodeSigningConfig (``arn:aws:states:::aws-sdk:lambda:deleteCodeSigningConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteCodeSigningConfig", parameters, pattern, options)


def delete_durable_execution(
    name: str,
    parameters: DeleteDurableExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteDurableExecution (``arn:aws:states:::aws-sdk:lambda:deleteDurableExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteDurableExecution", parameters, pattern, options)


def delete_event_source_mapping(
    name: str,
    parameters: DeleteEventSourceMappingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteEventSourceMapping (``arn:aws:states:::aws-sdk:lambda:deleteEventSourceMapping``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteEventSourceMapping", parameters, pattern, options)


def delete_function(
    name: str,
    parameters: DeleteFunctionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteFunction (``arn:aws:states:::aws-sdk:lambda:deleteFunction``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteFunction", parameters, pattern, options)


def delete_function_code_signing_config(
    name: str,
    parameters: DeleteFunctionCodeSigningConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteFunctionCodeSigningConfig (``arn:aws:states:::aws-sdk:lambda:deleteFunctionCodeSigningConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteFunctionCodeSigningConfig", parameters, pattern, options)


def delete_function_concurrency(
    name: str,
    parameters: DeleteFunctionConcurrencyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteFunctionConcurrency (``arn:aws:states:::aws-sdk:lambda:deleteFunctionConcurrency``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteFunctionConcurrency", parameters, pattern, options)


def delete_function_event_invoke_config(
    name: str,
    parameters: DeleteFunctionEventInvokeConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteFunctionEventInvokeConfig (``arn:aws:states:::aws-sdk:lambda:deleteFunctionEventInvokeConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteFunctionEventInvokeConfig", parameters, pattern, options)


def delete_function_url_config(
    name: str,
    parameters: DeleteFunctionUrlConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteFunctionUrlConfig (``arn:aws:states:::aws-sdk:lambda:deleteFunctionUrlConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteFunctionUrlConfig", parameters, pattern, options)


def delete_layer_version(
    name: str,
    parameters: DeleteLayerVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteLayerVersion (``arn:aws:states:::aws-sdk:lambda:deleteLayerVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteLayerVersion", parameters, pattern, options)


def delete_provisioned_concurrency_config(
    name: str,
    parameters: DeleteProvisionedConcurrencyConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteProvisionedConcurrencyConfig (``arn:aws:states:::aws-sdk:lambda:deleteProvisionedConcurrencyConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteProvisionedConcurrencyConfig", parameters, pattern, options)


def delete_resource_policy(
    name: str,
    parameters: DeleteResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:deleteResourcePolicy (``arn:aws:states:::aws-sdk:lambda:deleteResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:deleteResourcePolicy", parameters, pattern, options)


def get_account_settings(
    name: str,
    parameters: GetAccountSettingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getAccountSettings (``arn:aws:states:::aws-sdk:lambda:getAccountSettings``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getAccountSettings", parameters, pattern, options)


def get_alias(
    name: str,
    parameters: GetAliasParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getAlias (``arn:aws:states:::aws-sdk:lambda:getAlias``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getAlias", parameters, pattern, options)


def get_capacity_provider(
    name: str,
    parameters: GetCapacityProviderParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getCapacityProvider (``arn:aws:states:::aws-sdk:lambda:getCapacityProvider``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getCapacityProvider", parameters, pattern, options)


def get_code_signing_config(
    name: str,
    parameters: GetCodeSigningConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getCodeSigningConfig (``arn:aws:states:::aws-sdk:lambda:getCodeSigningConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getCodeSigningConfig", parameters, pattern, options)


def get_durable_execution(
    name: str,
    parameters: GetDurableExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getDurableExecution (``arn:aws:states:::aws-sdk:lambda:getDurableExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getDurableExecution", parameters, pattern, options)


def get_durable_execution_history(
    name: str,
    parameters: GetDurableExecutionHistoryParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getDurableExecutionHistory (``arn:aws:states:::aws-sdk:lambda:getDurableExecutionHistory``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getDurableExecutionHistory", parameters, pattern, options)


def get_durable_execution_state(
    name: str,
    parameters: GetDurableExecutionStateParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getDurableExecutionState (``arn:aws:states:::aws-sdk:lambda:getDurableExecutionState``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getDurableExecutionState", parameters, pattern, options)


def get_event_source_mapping(
    name: str,
    parameters: GetEventSourceMappingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getEventSourceMapping (``arn:aws:states:::aws-sdk:lambda:getEventSourceMapping``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getEventSourceMapping", parameters, pattern, options)


def get_function(
    name: str,
    parameters: GetFunctionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getFunction (``arn:aws:states:::aws-sdk:lambda:getFunction``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getFunction", parameters, pattern, options)


def get_function_code_signing_config(
    name: str,
    parameters: GetFunctionCodeSigningConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getFunctionCodeSigningConfig (``arn:aws:states:::aws-sdk:lambda:getFunctionCodeSigningConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getFunctionCodeSigningConfig", parameters, pattern, options)


def get_function_concurrency(
    name: str,
    parameters: GetFunctionConcurrencyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getFunctionConcurrency (``arn:aws:states:::aws-sdk:lambda:getFunctionConcurrency``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getFunctionConcurrency", parameters, pattern, options)


def get_function_configuration(
    name: str,
    parameters: GetFunctionConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getFunctionConfiguration (``arn:aws:states:::aws-sdk:lambda:getFunctionConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getFunctionConfiguration", parameters, pattern, options)


def get_function_event_invoke_config(
    name: str,
    parameters: GetFunctionEventInvokeConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getFunctionEventInvokeConfig (``arn:aws:states:::aws-sdk:lambda:getFunctionEventInvokeConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getFunctionEventInvokeConfig", parameters, pattern, options)


def get_function_recursion_config(
    name: str,
    parameters: GetFunctionRecursionConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getFunctionRecursionConfig (``arn:aws:states:::aws-sdk:lambda:getFunctionRecursionConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getFunctionRecursionConfig", parameters, pattern, options)


def get_function_scaling_config(
    name: str,
    parameters: GetFunctionScalingConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getFunctionScalingConfig (``arn:aws:states:::aws-sdk:lambda:getFunctionScalingConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getFunctionScalingConfig", parameters, pattern, options)


def get_function_url_config(
    name: str,
    parameters: GetFunctionUrlConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getFunctionUrlConfig (``arn:aws:states:::aws-sdk:lambda:getFunctionUrlConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getFunctionUrlConfig", parameters, pattern, options)


def get_layer_version(
    name: str,
    parameters: GetLayerVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getLayerVersion (``arn:aws:states:::aws-sdk:lambda:getLayerVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getLayerVersion", parameters, pattern, options)


def get_layer_version_by_arn(
    name: str,
    parameters: GetLayerVersionByArnParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getLayerVersionByArn (``arn:aws:states:::aws-sdk:lambda:getLayerVersionByArn``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getLayerVersionByArn", parameters, pattern, options)


def get_layer_version_policy(
    name: str,
    parameters: GetLayerVersionPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getLayerVersionPolicy (``arn:aws:states:::aws-sdk:lambda:getLayerVersionPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getLayerVersionPolicy", parameters, pattern, options)


def get_policy(
    name: str,
    parameters: GetPolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getPolicy (``arn:aws:states:::aws-sdk:lambda:getPolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getPolicy", parameters, pattern, options)


def get_provisioned_concurrency_config(
    name: str,
    parameters: GetProvisionedConcurrencyConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getProvisionedConcurrencyConfig (``arn:aws:states:::aws-sdk:lambda:getProvisionedConcurrencyConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getProvisionedConcurrencyConfig", parameters, pattern, options)


def get_resource_policy(
    name: str,
    parameters: GetResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getResourcePolicy (``arn:aws:states:::aws-sdk:lambda:getResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getResourcePolicy", parameters, pattern, options)


def get_runtime_management_config(
    name: str,
    parameters: GetRuntimeManagementConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:getRuntimeManagementConfig (``arn:aws:states:::aws-sdk:lambda:getRuntimeManagementConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:getRuntimeManagementConfig", parameters, pattern, options)


def invoke(
    name: str,
    parameters: InvokeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:invoke (``arn:aws:states:::aws-sdk:lambda:invoke``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:invoke", parameters, pattern, options)


def invoke_async(
    name: str,
    parameters: InvokeAsyncParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:invokeAsync (``arn:aws:states:::aws-sdk:lambda:invokeAsync``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:invokeAsync", parameters, pattern, options)


def invoke_with_response_stream(
    name: str,
    parameters: InvokeWithResponseStreamParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:invokeWithResponseStream (``arn:aws:states:::aws-sdk:lambda:invokeWithResponseStream``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:invokeWithResponseStream", parameters, pattern, options)


def list_aliases(
    name: str,
    parameters: ListAliasesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listAliases (``arn:aws:states:::aws-sdk:lambda:listAliases``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listAliases", parameters, pattern, options)


def list_capacity_providers(
    name: str,
    parameters: ListCapacityProvidersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listCapacityProviders (``arn:aws:states:::aws-sdk:lambda:listCapacityProviders``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listCapacityProviders", parameters, pattern, options)


def list_code_signing_configs(
    name: str,
    parameters: ListCodeSigningConfigsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listCodeSigningConfigs (``arn:aws:states:::aws-sdk:lambda:listCodeSigningConfigs``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listCodeSigningConfigs", parameters, pattern, options)


def list_durable_executions_by_function(
    name: str,
    parameters: ListDurableExecutionsByFunctionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listDurableExecutionsByFunction (``arn:aws:states:::aws-sdk:lambda:listDurableExecutionsByFunction``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listDurableExecutionsByFunction", parameters, pattern, options)


def list_event_source_mappings(
    name: str,
    parameters: ListEventSourceMappingsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listEventSourceMappings (``arn:aws:states:::aws-sdk:lambda:listEventSourceMappings``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listEventSourceMappings", parameters, pattern, options)


def list_function_event_invoke_configs(
    name: str,
    parameters: ListFunctionEventInvokeConfigsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listFunctionEventInvokeConfigs (``arn:aws:states:::aws-sdk:lambda:listFunctionEventInvokeConfigs``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listFunctionEventInvokeConfigs", parameters, pattern, options)


def list_function_url_configs(
    name: str,
    parameters: ListFunctionUrlConfigsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listFunctionUrlConfigs (``arn:aws:states:::aws-sdk:lambda:listFunctionUrlConfigs``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listFunctionUrlConfigs", parameters, pattern, options)


def list_function_versions_by_capacity_provider(
    name: str,
    parameters: ListFunctionVersionsByCapacityProviderParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listFunctionVersionsByCapacityProvider (``arn:aws:states:::aws-sdk:lambda:listFunctionVersionsByCapacityProvider``); the parameters are checked against its API model."""
    return sdk_task(
        name, "lambda:listFunctionVersionsByCapacityProvider", parameters, pattern, options
    )


def list_functions(
    name: str,
    parameters: ListFunctionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listFunctions (``arn:aws:states:::aws-sdk:lambda:listFunctions``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listFunctions", parameters, pattern, options)


def list_functions_by_code_signing_config(
    name: str,
    parameters: ListFunctionsByCodeSigningConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listFunctionsByCodeSigningConfig (``arn:aws:states:::aws-sdk:lambda:listFunctionsByCodeSigningConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listFunctionsByCodeSigningConfig", parameters, pattern, options)


def list_layer_versions(
    name: str,
    parameters: ListLayerVersionsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listLayerVersions (``arn:aws:states:::aws-sdk:lambda:listLayerVersions``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listLayerVersions", parameters, pattern, options)


def list_layers(
    name: str,
    parameters: ListLayersParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listLayers (``arn:aws:states:::aws-sdk:lambda:listLayers``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listLayers", parameters, pattern, options)


def list_provisioned_concurrency_configs(
    name: str,
    parameters: ListProvisionedConcurrencyConfigsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listProvisionedConcurrencyConfigs (``arn:aws:states:::aws-sdk:lambda:listProvisionedConcurrencyConfigs``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listProvisionedConcurrencyConfigs", parameters, pattern, options)


def list_tags(
    name: str,
    parameters: ListTagsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listTags (``arn:aws:states:::aws-sdk:lambda:listTags``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listTags", parameters, pattern, options)


def list_versions_by_function(
    name: str,
    parameters: ListVersionsByFunctionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:listVersionsByFunction (``arn:aws:states:::aws-sdk:lambda:listVersionsByFunction``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:listVersionsByFunction", parameters, pattern, options)


def pause_durable_execution(
    name: str,
    parameters: PauseDurableExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:pauseDurableExecution (``arn:aws:states:::aws-sdk:lambda:pauseDurableExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:pauseDurableExecution", parameters, pattern, options)


def publish_layer_version(
    name: str,
    parameters: PublishLayerVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:publishLayerVersion (``arn:aws:states:::aws-sdk:lambda:publishLayerVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:publishLayerVersion", parameters, pattern, options)


def publish_version(
    name: str,
    parameters: PublishVersionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:publishVersion (``arn:aws:states:::aws-sdk:lambda:publishVersion``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:publishVersion", parameters, pattern, options)


def put_function_code_signing_config(
    name: str,
    parameters: PutFunctionCodeSigningConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:putFunctionCodeSigningConfig (``arn:aws:states:::aws-sdk:lambda:putFunctionCodeSigningConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:putFunctionCodeSigningConfig", parameters, pattern, options)


def put_function_concurrency(
    name: str,
    parameters: PutFunctionConcurrencyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:putFunctionConcurrency (``arn:aws:states:::aws-sdk:lambda:putFunctionConcurrency``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:putFunctionConcurrency", parameters, pattern, options)


def put_function_event_invoke_config(
    name: str,
    parameters: PutFunctionEventInvokeConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:putFunctionEventInvokeConfig (``arn:aws:states:::aws-sdk:lambda:putFunctionEventInvokeConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:putFunctionEventInvokeConfig", parameters, pattern, options)


def put_function_recursion_config(
    name: str,
    parameters: PutFunctionRecursionConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:putFunctionRecursionConfig (``arn:aws:states:::aws-sdk:lambda:putFunctionRecursionConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:putFunctionRecursionConfig", parameters, pattern, options)


def put_function_scaling_config(
    name: str,
    parameters: PutFunctionScalingConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:putFunctionScalingConfig (``arn:aws:states:::aws-sdk:lambda:putFunctionScalingConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:putFunctionScalingConfig", parameters, pattern, options)


def put_provisioned_concurrency_config(
    name: str,
    parameters: PutProvisionedConcurrencyConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:putProvisionedConcurrencyConfig (``arn:aws:states:::aws-sdk:lambda:putProvisionedConcurrencyConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:putProvisionedConcurrencyConfig", parameters, pattern, options)


def put_resource_policy(
    name: str,
    parameters: PutResourcePolicyParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:putResourcePolicy (``arn:aws:states:::aws-sdk:lambda:putResourcePolicy``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:putResourcePolicy", parameters, pattern, options)


def put_runtime_management_config(
    name: str,
    parameters: PutRuntimeManagementConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:putRuntimeManagementConfig (``arn:aws:states:::aws-sdk:lambda:putRuntimeManagementConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:putRuntimeManagementConfig", parameters, pattern, options)


def remove_layer_version_permission(
    name: str,
    parameters: RemoveLayerVersionPermissionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:removeLayerVersionPermission (``arn:aws:states:::aws-sdk:lambda:removeLayerVersionPermission``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:removeLayerVersionPermission", parameters, pattern, options)


def remove_permission(
    name: str,
    parameters: RemovePermissionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:removePermission (``arn:aws:states:::aws-sdk:lambda:removePermission``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:removePermission", parameters, pattern, options)


def resume_durable_execution(
    name: str,
    parameters: ResumeDurableExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:resumeDurableExecution (``arn:aws:states:::aws-sdk:lambda:resumeDurableExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:resumeDurableExecution", parameters, pattern, options)


def send_durable_execution_callback_failure(
    name: str,
    parameters: SendDurableExecutionCallbackFailureParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:sendDurableExecutionCallbackFailure (``arn:aws:states:::aws-sdk:lambda:sendDurableExecutionCallbackFailure``); the parameters are checked against its API model."""
    return sdk_task(
        name, "lambda:sendDurableExecutionCallbackFailure", parameters, pattern, options
    )


def send_durable_execution_callback_heartbeat(
    name: str,
    parameters: SendDurableExecutionCallbackHeartbeatParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:sendDurableExecutionCallbackHeartbeat (``arn:aws:states:::aws-sdk:lambda:sendDurableExecutionCallbackHeartbeat``); the parameters are checked against its API model."""
    return sdk_task(
        name, "lambda:sendDurableExecutionCallbackHeartbeat", parameters, pattern, options
    )


def send_durable_execution_callback_success(
    name: str,
    parameters: SendDurableExecutionCallbackSuccessParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:sendDurableExecutionCallbackSuccess (``arn:aws:states:::aws-sdk:lambda:sendDurableExecutionCallbackSuccess``); the parameters are checked against its API model."""
    return sdk_task(
        name, "lambda:sendDurableExecutionCallbackSuccess", parameters, pattern, options
    )


def stop_durable_execution(
    name: str,
    parameters: StopDurableExecutionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:stopDurableExecution (``arn:aws:states:::aws-sdk:lambda:stopDurableExecution``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:stopDurableExecution", parameters, pattern, options)


def tag_resource(
    name: str,
    parameters: TagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:tagResource (``arn:aws:states:::aws-sdk:lambda:tagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:tagResource", parameters, pattern, options)


def untag_resource(
    name: str,
    parameters: UntagResourceParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:untagResource (``arn:aws:states:::aws-sdk:lambda:untagResource``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:untagResource", parameters, pattern, options)


def update_alias(
    name: str,
    parameters: UpdateAliasParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:updateAlias (``arn:aws:states:::aws-sdk:lambda:updateAlias``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:updateAlias", parameters, pattern, options)


def update_capacity_provider(
    name: str,
    parameters: UpdateCapacityProviderParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:updateCapacityProvider (``arn:aws:states:::aws-sdk:lambda:updateCapacityProvider``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:updateCapacityProvider", parameters, pattern, options)


def update_code_signing_config(
    name: str,
    parameters: UpdateCodeSigningConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:updateCodeSigningConfig (``arn:aws:states:::aws-sdk:lambda:updateCodeSigningConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:updateCodeSigningConfig", parameters, pattern, options)


def update_event_source_mapping(
    name: str,
    parameters: UpdateEventSourceMappingParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:updateEventSourceMapping (``arn:aws:states:::aws-sdk:lambda:updateEventSourceMapping``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:updateEventSourceMapping", parameters, pattern, options)


def update_function_code(
    name: str,
    parameters: UpdateFunctionCodeParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:updateFunctionCode (``arn:aws:states:::aws-sdk:lambda:updateFunctionCode``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:updateFunctionCode", parameters, pattern, options)


def update_function_configuration(
    name: str,
    parameters: UpdateFunctionConfigurationParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:updateFunctionConfiguration (``arn:aws:states:::aws-sdk:lambda:updateFunctionConfiguration``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:updateFunctionConfiguration", parameters, pattern, options)


def update_function_event_invoke_config(
    name: str,
    parameters: UpdateFunctionEventInvokeConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:updateFunctionEventInvokeConfig (``arn:aws:states:::aws-sdk:lambda:updateFunctionEventInvokeConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:updateFunctionEventInvokeConfig", parameters, pattern, options)


def update_function_url_config(
    name: str,
    parameters: UpdateFunctionUrlConfigParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call lambda:updateFunctionUrlConfig (``arn:aws:states:::aws-sdk:lambda:updateFunctionUrlConfig``); the parameters are checked against its API model."""
    return sdk_task(name, "lambda:updateFunctionUrlConfig", parameters, pattern, options)


__all__ = [
    "add_layer_version_permission",
    "add_permission",
    "checkpoint_durable_execution",
    "create_alias",
    "create_capacity_provider",
    "create_code_signing_config",
    "create_event_source_mapping",
    "create_function",
    "create_function_url_config",
    "delete_alias",
    "delete_capacity_provider",
    "delete_code_signing_config",
    "delete_durable_execution",
    "delete_event_source_mapping",
    "delete_function",
    "delete_function_code_signing_config",
    "delete_function_concurrency",
    "delete_function_event_invoke_config",
    "delete_function_url_config",
    "delete_layer_version",
    "delete_provisioned_concurrency_config",
    "delete_resource_policy",
    "get_account_settings",
    "get_alias",
    "get_capacity_provider",
    "get_code_signing_config",
    "get_durable_execution",
    "get_durable_execution_history",
    "get_durable_execution_state",
    "get_event_source_mapping",
    "get_function",
    "get_function_code_signing_config",
    "get_function_concurrency",
    "get_function_configuration",
    "get_function_event_invoke_config",
    "get_function_recursion_config",
    "get_function_scaling_config",
    "get_function_url_config",
    "get_layer_version",
    "get_layer_version_by_arn",
    "get_layer_version_policy",
    "get_policy",
    "get_provisioned_concurrency_config",
    "get_resource_policy",
    "get_runtime_management_config",
    "invoke",
    "invoke_async",
    "invoke_with_response_stream",
    "list_aliases",
    "list_capacity_providers",
    "list_code_signing_configs",
    "list_durable_executions_by_function",
    "list_event_source_mappings",
    "list_function_event_invoke_configs",
    "list_function_url_configs",
    "list_function_versions_by_capacity_provider",
    "list_functions",
    "list_functions_by_code_signing_config",
    "list_layer_versions",
    "list_layers",
    "list_provisioned_concurrency_configs",
    "list_tags",
    "list_versions_by_function",
    "pause_durable_execution",
    "publish_layer_version",
    "publish_version",
    "put_function_code_signing_config",
    "put_function_concurrency",
    "put_function_event_invoke_config",
    "put_function_recursion_config",
    "put_function_scaling_config",
    "put_provisioned_concurrency_config",
    "put_resource_policy",
    "put_runtime_management_config",
    "remove_layer_version_permission",
    "remove_permission",
    "resume_durable_execution",
    "send_durable_execution_callback_failure",
    "send_durable_execution_callback_heartbeat",
    "send_durable_execution_callback_success",
    "stop_durable_execution",
    "tag_resource",
    "untag_resource",
    "update_alias",
    "update_capacity_provider",
    "update_code_signing_config",
    "update_event_source_mapping",
    "update_function_code",
    "update_function_configuration",
    "update_function_event_invoke_config",
    "update_function_url_config",
]
