"""Typed builders of the AWS SDK integration of lambda (``aws-sdk:lambda:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

AddLayerVersionPermissionParameters = TypedDict(
    "AddLayerVersionPermissionParameters",
    {
        "LayerName": S,
        "LayerName.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
        "StatementId": S,
        "StatementId.$": str,
        "Action": S,
        "Action.$": str,
        "Principal": S,
        "Principal.$": str,
        "OrganizationId": S,
        "OrganizationId.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
AddPermissionParameters = TypedDict(
    "AddPermissionParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "StatementId": S,
        "StatementId.$": str,
        "Action": S,
        "Action.$": str,
        "Principal": S,
        "Principal.$": str,
        "SourceArn": S,
        "SourceArn.$": str,
        "FunctionUrlAuthType": S,
        "FunctionUrlAuthType.$": str,
        "InvokedViaFunctionUrl": B,
        "InvokedViaFunctionUrl.$": str,
        "SourceAccount": S,
        "SourceAccount.$": str,
        "EventSourceToken": S,
        "EventSourceToken.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "PrincipalOrgID": S,
        "PrincipalOrgID.$": str,
    },
    total=False,
)

class ErrorObject(TypedDict, total=False):
    ErrorMessage: S
    ErrorType: S
    ErrorData: S
    StackTrace: L[Si]

class ContextOptions(TypedDict, total=False):
    ReplayChildren: B

class StepOptions(TypedDict, total=False):
    NextAttemptDelaySeconds: I

class WaitOptions(TypedDict, total=False):
    WaitSeconds: I

class CallbackOptions(TypedDict, total=False):
    TimeoutSeconds: I
    HeartbeatTimeoutSeconds: I

class ChainedInvokeOptions(TypedDict, total=False):
    FunctionName: S
    TenantId: S
    XAmznTraceId: S

class OperationUpdate(TypedDict, total=False):
    Id: S
    ParentId: S
    Name: S
    Type: S
    SubType: S
    Action: S
    Payload: S
    Error: X[ErrorObject]
    ContextOptions: X[ContextOptions]
    StepOptions: X[StepOptions]
    WaitOptions: X[WaitOptions]
    CallbackOptions: X[CallbackOptions]
    ChainedInvokeOptions: X[ChainedInvokeOptions]

CheckpointDurableExecutionParameters = TypedDict(
    "CheckpointDurableExecutionParameters",
    {
        "DurableExecutionArn": S,
        "DurableExecutionArn.$": str,
        "CheckpointToken": S,
        "CheckpointToken.$": str,
        "Updates": L[Xi[OperationUpdate]],
        "Updates.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class AliasRoutingConfiguration(TypedDict, total=False):
    AdditionalVersionWeights: M[F]

CreateAliasParameters = TypedDict(
    "CreateAliasParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Name": S,
        "Name.$": str,
        "FunctionVersion": S,
        "FunctionVersion.$": str,
        "Description": S,
        "Description.$": str,
        "RoutingConfig": X[AliasRoutingConfiguration],
        "RoutingConfig.$": str,
    },
    total=False,
)

class CapacityProviderVpcConfig(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]

class CapacityProviderPermissionsConfig(TypedDict, total=False):
    CapacityProviderOperatorRoleArn: S

class InstanceRequirements(TypedDict, total=False):
    Architectures: L[Si]
    AllowedInstanceTypes: L[Si]
    ExcludedInstanceTypes: L[Si]

class TargetTrackingScalingPolicy(TypedDict, total=False):
    PredefinedMetricType: S
    TargetValue: F

class CapacityProviderScalingConfig(TypedDict, total=False):
    MaxVCpuCount: I
    ScalingMode: S
    ScalingPolicies: L[Xi[TargetTrackingScalingPolicy]]

class PropagateTags(TypedDict, total=False):
    Mode: S
    ExplicitTags: M[S]

class CapacityProviderLoggingConfig(TypedDict, total=False):
    SystemLogLevel: S
    LogGroup: S

class CapacityProviderTelemetryConfig(TypedDict, total=False):
    LoggingConfig: X[CapacityProviderLoggingConfig]

CreateCapacityProviderParameters = TypedDict(
    "CreateCapacityProviderParameters",
    {
        "CapacityProviderName": S,
        "CapacityProviderName.$": str,
        "VpcConfig": X[CapacityProviderVpcConfig],
        "VpcConfig.$": str,
        "PermissionsConfig": X[CapacityProviderPermissionsConfig],
        "PermissionsConfig.$": str,
        "InstanceRequirements": X[InstanceRequirements],
        "InstanceRequirements.$": str,
        "CapacityProviderScalingConfig": X[CapacityProviderScalingConfig],
        "CapacityProviderScalingConfig.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "PropagateTags": X[PropagateTags],
        "PropagateTags.$": str,
        "TelemetryConfig": X[CapacityProviderTelemetryConfig],
        "TelemetryConfig.$": str,
    },
    total=False,
)

class AllowedPublishers(TypedDict, total=False):
    SigningProfileVersionArns: L[Si]

class CodeSigningPolicies(TypedDict, total=False):
    UntrustedArtifactOnDeployment: S

CreateCodeSigningConfigParameters = TypedDict(
    "CreateCodeSigningConfigParameters",
    {
        "Description": S,
        "Description.$": str,
        "AllowedPublishers": X[AllowedPublishers],
        "AllowedPublishers.$": str,
        "CodeSigningPolicies": X[CodeSigningPolicies],
        "CodeSigningPolicies.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class Filter(TypedDict, total=False):
    Pattern: S

class FilterCriteria(TypedDict, total=False):
    Filters: L[Xi[Filter]]

class EventSourceMappingMetricsConfig(TypedDict, total=False):
    Metrics: L[Si]

class EventSourceMappingLoggingConfig(TypedDict, total=False):
    SystemLogLevel: S

class ScalingConfig(TypedDict, total=False):
    MaximumConcurrency: I

class OnSuccess(TypedDict, total=False):
    Destination: S

class OnFailure(TypedDict, total=False):
    Destination: S

class DestinationConfig(TypedDict, total=False):
    OnSuccess: X[OnSuccess]
    OnFailure: X[OnFailure]

class SourceAccessConfiguration(TypedDict, total=False):
    Type: S
    Uri: S

class SelfManagedEventSource(TypedDict, total=False):
    Endpoints: M[L[Si]]

class KafkaSchemaRegistryAccessConfig(TypedDict, total=False):
    Type: S
    Uri: S

class KafkaSchemaValidationConfig(TypedDict, total=False):
    Attribute: S

class KafkaSchemaRegistryConfig(TypedDict, total=False):
    SchemaRegistryURI: S
    EventRecordFormat: S
    AccessConfigs: L[Xi[KafkaSchemaRegistryAccessConfig]]
    SchemaValidationConfigs: L[Xi[KafkaSchemaValidationConfig]]

class AmazonManagedKafkaEventSourceConfig(TypedDict, total=False):
    ConsumerGroupId: S
    SchemaRegistryConfig: X[KafkaSchemaRegistryConfig]

class SelfManagedKafkaEventSourceConfig(TypedDict, total=False):
    ConsumerGroupId: S
    SchemaRegistryConfig: X[KafkaSchemaRegistryConfig]
    ConsumptionMode: S

class DocumentDBEventSourceConfig(TypedDict, total=False):
    DatabaseName: S
    CollectionName: S
    FullDocument: S

class ProvisionedPollerConfig(TypedDict, total=False):
    MinimumPollers: I
    MaximumPollers: I
    PollerGroupName: S

CreateEventSourceMappingParameters = TypedDict(
    "CreateEventSourceMappingParameters",
    {
        "EventSourceArn": S,
        "EventSourceArn.$": str,
        "FunctionName": S,
        "FunctionName.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "BatchSize": I,
        "BatchSize.$": str,
        "FilterCriteria": X[FilterCriteria],
        "FilterCriteria.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "MetricsConfig": X[EventSourceMappingMetricsConfig],
        "MetricsConfig.$": str,
        "LoggingConfig": X[EventSourceMappingLoggingConfig],
        "LoggingConfig.$": str,
        "ScalingConfig": X[ScalingConfig],
        "ScalingConfig.$": str,
        "MaximumBatchingWindowInSeconds": I,
        "MaximumBatchingWindowInSeconds.$": str,
        "ParallelizationFactor": I,
        "ParallelizationFactor.$": str,
        "StartingPosition": S,
        "StartingPosition.$": str,
        "StartingPositionTimestamp": T,
        "StartingPositionTimestamp.$": str,
        "DestinationConfig": X[DestinationConfig],
        "DestinationConfig.$": str,
        "MaximumRecordAgeInSeconds": I,
        "MaximumRecordAgeInSeconds.$": str,
        "BisectBatchOnFunctionError": B,
        "BisectBatchOnFunctionError.$": str,
        "MaximumRetryAttempts": I,
        "MaximumRetryAttempts.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "TumblingWindowInSeconds": I,
        "TumblingWindowInSeconds.$": str,
        "Topics": L[Si],
        "Topics.$": str,
        "Queues": L[Si],
        "Queues.$": str,
        "SourceAccessConfigurations": L[Xi[SourceAccessConfiguration]],
        "SourceAccessConfigurations.$": str,
        "SelfManagedEventSource": X[SelfManagedEventSource],
        "SelfManagedEventSource.$": str,
        "FunctionResponseTypes": L[Si],
        "FunctionResponseTypes.$": str,
        "AmazonManagedKafkaEventSourceConfig": X[AmazonManagedKafkaEventSourceConfig],
        "AmazonManagedKafkaEventSourceConfig.$": str,
        "SelfManagedKafkaEventSourceConfig": X[SelfManagedKafkaEventSourceConfig],
        "SelfManagedKafkaEventSourceConfig.$": str,
        "DocumentDBEventSourceConfig": X[DocumentDBEventSourceConfig],
        "DocumentDBEventSourceConfig.$": str,
        "ProvisionedPollerConfig": X[ProvisionedPollerConfig],
        "ProvisionedPollerConfig.$": str,
    },
    total=False,
)

class FunctionCode(TypedDict, total=False):
    ZipFile: S
    S3Bucket: S
    S3Key: S
    S3ObjectVersion: S
    S3ObjectStorageMode: S
    ImageUri: S
    SourceKMSKeyArn: S

class VpcConfig(TypedDict, total=False):
    SubnetIds: L[Si]
    SecurityGroupIds: L[Si]
    Ipv6AllowedForDualStack: B

class DeadLetterConfig(TypedDict, total=False):
    TargetArn: S

class Environment(TypedDict, total=False):
    Variables: M[S]

class TracingConfig(TypedDict, total=False):
    Mode: S

class S3FilesConfig(TypedDict, total=False):
    DirectS3Read: S

class FileSystemConfig(TypedDict, total=False):
    Arn: S
    LocalMountPath: S
    S3FilesConfig: X[S3FilesConfig]

class ImageConfig(TypedDict, total=False):
    EntryPoint: L[Si]
    Command: L[Si]
    WorkingDirectory: S

class EphemeralStorage(TypedDict, total=False):
    Size: I

class SnapStart(TypedDict, total=False):
    ApplyOn: S

class LoggingConfig(TypedDict, total=False):
    LogFormat: S
    ApplicationLogLevel: S
    SystemLogLevel: S
    LogGroup: S

class TenancyConfig(TypedDict, total=False):
    TenantIsolationMode: S

class LambdaManagedInstancesCapacityProviderConfig(TypedDict, total=False):
    CapacityProviderArn: S
    PerExecutionEnvironmentMaxConcurrency: I
    ExecutionEnvironmentMemoryGiBPerVCpu: F

class CapacityProviderConfig(TypedDict, total=False):
    LambdaManagedInstancesCapacityProviderConfig: X[LambdaManagedInstancesCapacityProviderConfig]

class DurableConfig(TypedDict, total=False):
    KmsKeyArn: S
    RetentionPeriodInDays: I
    ExecutionTimeout: I

class FunctionRuntimeConfig(TypedDict, total=False):
    RuntimeArn: S
    RuntimeAlias: S

class AcceleratorConfig(TypedDict, total=False):
    AcceleratorMemorySize: I

CreateFunctionParameters = TypedDict(
    "CreateFunctionParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Runtime": S,
        "Runtime.$": str,
        "Role": S,
        "Role.$": str,
        "Handler": S,
        "Handler.$": str,
        "Code": X[FunctionCode],
        "Code.$": str,
        "Description": S,
        "Description.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "MemorySize": I,
        "MemorySize.$": str,
        "Publish": B,
        "Publish.$": str,
        "PublishTo": S,
        "PublishTo.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "PackageType": S,
        "PackageType.$": str,
        "DeadLetterConfig": X[DeadLetterConfig],
        "DeadLetterConfig.$": str,
        "Environment": X[Environment],
        "Environment.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "TracingConfig": X[TracingConfig],
        "TracingConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Layers": L[Si],
        "Layers.$": str,
        "FileSystemConfigs": L[Xi[FileSystemConfig]],
        "FileSystemConfigs.$": str,
        "CodeSigningConfigArn": S,
        "CodeSigningConfigArn.$": str,
        "ImageConfig": X[ImageConfig],
        "ImageConfig.$": str,
        "Architectures": L[Si],
        "Architectures.$": str,
        "EphemeralStorage": X[EphemeralStorage],
        "EphemeralStorage.$": str,
        "SnapStart": X[SnapStart],
        "SnapStart.$": str,
        "LoggingConfig": X[LoggingConfig],
        "LoggingConfig.$": str,
        "TenancyConfig": X[TenancyConfig],
        "TenancyConfig.$": str,
        "CapacityProviderConfig": X[CapacityProviderConfig],
        "CapacityProviderConfig.$": str,
        "DurableConfig": X[DurableConfig],
        "DurableConfig.$": str,
        "RuntimeConfig": X[FunctionRuntimeConfig],
        "RuntimeConfig.$": str,
        "AcceleratorConfig": X[AcceleratorConfig],
        "AcceleratorConfig.$": str,
    },
    total=False,
)

class Cors(TypedDict, total=False):
    AllowCredentials: B
    AllowHeaders: L[Si]
    AllowMethods: L[Si]
    AllowOrigins: L[Si]
    ExposeHeaders: L[Si]
    MaxAge: I

CreateFunctionUrlConfigParameters = TypedDict(
    "CreateFunctionUrlConfigParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "Cors": X[Cors],
        "Cors.$": str,
        "InvokeMode": S,
        "InvokeMode.$": str,
    },
    total=False,
)
DeleteAliasParameters = TypedDict(
    "DeleteAliasParameters",
    {"FunctionName": S, "FunctionName.$": str, "Name": S, "Name.$": str},
    total=False,
)
DeleteCapacityProviderParameters = TypedDict(
    "DeleteCapacityProviderParameters",
    {"CapacityProviderName": S, "CapacityProviderName.$": str},
    total=False,
)
DeleteCodeSigningConfigParameters = TypedDict(
    "DeleteCodeSigningConfigParameters",
    {"CodeSigningConfigArn": S, "CodeSigningConfigArn.$": str},
    total=False,
)
DeleteDurableExecutionParameters = TypedDict(
    "DeleteDurableExecutionParameters",
    {"DurableExecutionArn": S, "DurableExecutionArn.$": str},
    total=False,
)
DeleteEventSourceMappingParameters = TypedDict(
    "DeleteEventSourceMappingParameters", {"Uuid": S, "Uuid.$": str}, total=False
)
DeleteFunctionParameters = TypedDict(
    "DeleteFunctionParameters",
    {"FunctionName": S, "FunctionName.$": str, "Qualifier": S, "Qualifier.$": str},
    total=False,
)
DeleteFunctionCodeSigningConfigParameters = TypedDict(
    "DeleteFunctionCodeSigningConfigParameters",
    {"FunctionName": S, "FunctionName.$": str},
    total=False,
)
DeleteFunctionConcurrencyParameters = TypedDict(
    "DeleteFunctionConcurrencyParameters", {"FunctionName": S, "FunctionName.$": str}, total=False
)
DeleteFunctionEventInvokeConfigParameters = TypedDict(
    "DeleteFunctionEventInvokeConfigParameters",
    {"FunctionName": S, "FunctionName.$": str, "Qualifier": S, "Qualifier.$": str},
    total=False,
)
DeleteFunctionUrlConfigParameters = TypedDict(
    "DeleteFunctionUrlConfigParameters",
    {"FunctionName": S, "FunctionName.$": str, "Qualifier": S, "Qualifier.$": str},
    total=False,
)
DeleteLayerVersionParameters = TypedDict(
    "DeleteLayerVersionParameters",
    {"LayerName": S, "LayerName.$": str, "VersionNumber": I, "VersionNumber.$": str},
    total=False,
)
DeleteProvisionedConcurrencyConfigParameters = TypedDict(
    "DeleteProvisionedConcurrencyConfigParameters",
    {"FunctionName": S, "FunctionName.$": str, "Qualifier": S, "Qualifier.$": str},
    total=False,
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "RevisionId": S, "RevisionId.$": str},
    total=False,
)

class GetAccountSettingsParameters(TypedDict, total=False): ...

GetAliasParameters = TypedDict(
    "GetAliasParameters",
    {"FunctionName": S, "FunctionName.$": str, "Name": S, "Name.$": str},
    total=False,
)
GetCapacityProviderParameters = TypedDict(
    "GetCapacityProviderParameters",
    {"CapacityProviderName": S, "CapacityProviderName.$": str},
    total=False,
)
GetCodeSigningConfigParameters = TypedDict(
    "GetCodeSigningConfigParameters",
    {"CodeSigningConfigArn": S, "CodeSigningConfigArn.$": str},
    total=False,
)
GetDurableExecutionParameters = TypedDict(
    "GetDurableExecutionParameters",
    {
        "DurableExecutionArn": S,
        "DurableExecutionArn.$": str,
        "IncludeExecutionData": B,
        "IncludeExecutionData.$": str,
    },
    total=False,
)
GetDurableExecutionHistoryParameters = TypedDict(
    "GetDurableExecutionHistoryParameters",
    {
        "DurableExecutionArn": S,
        "DurableExecutionArn.$": str,
        "IncludeExecutionData": B,
        "IncludeExecutionData.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "Marker": S,
        "Marker.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
    },
    total=False,
)
GetDurableExecutionStateParameters = TypedDict(
    "GetDurableExecutionStateParameters",
    {
        "DurableExecutionArn": S,
        "DurableExecutionArn.$": str,
        "CheckpointToken": S,
        "CheckpointToken.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
GetEventSourceMappingParameters = TypedDict(
    "GetEventSourceMappingParameters", {"Uuid": S, "Uuid.$": str}, total=False
)
GetFunctionParameters = TypedDict(
    "GetFunctionParameters",
    {"FunctionName": S, "FunctionName.$": str, "Qualifier": S, "Qualifier.$": str},
    total=False,
)
GetFunctionCodeSigningConfigParameters = TypedDict(
    "GetFunctionCodeSigningConfigParameters",
    {"FunctionName": S, "FunctionName.$": str},
    total=False,
)
GetFunctionConcurrencyParameters = TypedDict(
    "GetFunctionConcurrencyParameters", {"FunctionName": S, "FunctionName.$": str}, total=False
)
GetFunctionConfigurationParameters = TypedDict(
    "GetFunctionConfigurationParameters",
    {"FunctionName": S, "FunctionName.$": str, "Qualifier": S, "Qualifier.$": str},
    total=False,
)
GetFunctionEventInvokeConfigParameters = TypedDict(
    "GetFunctionEventInvokeConfigParameters",
    {"FunctionName": S, "FunctionName.$": str, "Qualifier": S, "Qualifier.$": str},
    total=False,
)
GetFunctionRecursionConfigParameters = TypedDict(
    "GetFunctionRecursionConfigParameters", {"FunctionName": S, "FunctionName.$": str}, total=False
)
GetFunctionScalingConfigParameters = TypedDict(
    "GetFunctionScalingConfigParameters",
    {"FunctionName": S, "FunctionName.$": str, "Qualifier": S, "Qualifier.$": str},
    total=False,
)
GetFunctionUrlConfigParameters = TypedDict(
    "GetFunctionUrlConfigParameters",
    {"FunctionName": S, "FunctionName.$": str, "Qualifier": S, "Qualifier.$": str},
    total=False,
)
GetLayerVersionParameters = TypedDict(
    "GetLayerVersionParameters",
    {"LayerName": S, "LayerName.$": str, "VersionNumber": I, "VersionNumber.$": str},
    total=False,
)
GetLayerVersionByArnParameters = TypedDict(
    "GetLayerVersionByArnParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetLayerVersionPolicyParameters = TypedDict(
    "GetLayerVersionPolicyParameters",
    {"LayerName": S, "LayerName.$": str, "VersionNumber": I, "VersionNumber.$": str},
    total=False,
)
GetPolicyParameters = TypedDict(
    "GetPolicyParameters",
    {"FunctionName": S, "FunctionName.$": str, "Qualifier": S, "Qualifier.$": str},
    total=False,
)
GetProvisionedConcurrencyConfigParameters = TypedDict(
    "GetProvisionedConcurrencyConfigParameters",
    {"FunctionName": S, "FunctionName.$": str, "Qualifier": S, "Qualifier.$": str},
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
GetRuntimeManagementConfigParameters = TypedDict(
    "GetRuntimeManagementConfigParameters",
    {"FunctionName": S, "FunctionName.$": str, "Qualifier": S, "Qualifier.$": str},
    total=False,
)
InvokeParameters = TypedDict(
    "InvokeParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "InvocationType": S,
        "InvocationType.$": str,
        "LogType": S,
        "LogType.$": str,
        "ClientContext": S,
        "ClientContext.$": str,
        "DurableExecutionName": S,
        "DurableExecutionName.$": str,
        "Payload": S,
        "Payload.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "TenantId": S,
        "TenantId.$": str,
    },
    total=False,
)
InvokeWithResponseStreamParameters = TypedDict(
    "InvokeWithResponseStreamParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "LogType": S,
        "LogType.$": str,
        "ClientContext": S,
        "ClientContext.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "Payload": S,
        "Payload.$": str,
        "TenantId": S,
        "TenantId.$": str,
        "InvocationType": S,
        "InvocationType.$": str,
    },
    total=False,
)
ListAliasesParameters = TypedDict(
    "ListAliasesParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "FunctionVersion": S,
        "FunctionVersion.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListCapacityProvidersParameters = TypedDict(
    "ListCapacityProvidersParameters",
    {"State": S, "State.$": str, "Marker": S, "Marker.$": str, "MaxItems": I, "MaxItems.$": str},
    total=False,
)
ListCodeSigningConfigsParameters = TypedDict(
    "ListCodeSigningConfigsParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": I, "MaxItems.$": str},
    total=False,
)
ListDurableExecutionsByFunctionParameters = TypedDict(
    "ListDurableExecutionsByFunctionParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "DurableExecutionName": S,
        "DurableExecutionName.$": str,
        "Statuses": L[Si],
        "Statuses.$": str,
        "StartedAfter": T,
        "StartedAfter.$": str,
        "StartedBefore": T,
        "StartedBefore.$": str,
        "ReverseOrder": B,
        "ReverseOrder.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListEventSourceMappingsParameters = TypedDict(
    "ListEventSourceMappingsParameters",
    {
        "EventSourceArn": S,
        "EventSourceArn.$": str,
        "FunctionName": S,
        "FunctionName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListFunctionEventInvokeConfigsParameters = TypedDict(
    "ListFunctionEventInvokeConfigsParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListFunctionUrlConfigsParameters = TypedDict(
    "ListFunctionUrlConfigsParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListFunctionVersionsByCapacityProviderParameters = TypedDict(
    "ListFunctionVersionsByCapacityProviderParameters",
    {
        "CapacityProviderName": S,
        "CapacityProviderName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListFunctionsParameters = TypedDict(
    "ListFunctionsParameters",
    {
        "MasterRegion": S,
        "MasterRegion.$": str,
        "FunctionVersion": S,
        "FunctionVersion.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListFunctionsByCodeSigningConfigParameters = TypedDict(
    "ListFunctionsByCodeSigningConfigParameters",
    {
        "CodeSigningConfigArn": S,
        "CodeSigningConfigArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListLayerVersionsParameters = TypedDict(
    "ListLayerVersionsParameters",
    {
        "CompatibleArchitecture": S,
        "CompatibleArchitecture.$": str,
        "CompatibleRuntime": S,
        "CompatibleRuntime.$": str,
        "LayerName": S,
        "LayerName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListLayersParameters = TypedDict(
    "ListLayersParameters",
    {
        "CompatibleArchitecture": S,
        "CompatibleArchitecture.$": str,
        "CompatibleRuntime": S,
        "CompatibleRuntime.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListProvisionedConcurrencyConfigsParameters = TypedDict(
    "ListProvisionedConcurrencyConfigsParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListTagsParameters = TypedDict(
    "ListTagsParameters", {"Resource": S, "Resource.$": str}, total=False
)
ListVersionsByFunctionParameters = TypedDict(
    "ListVersionsByFunctionParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
PauseDurableExecutionParameters = TypedDict(
    "PauseDurableExecutionParameters",
    {
        "DurableExecutionArn": S,
        "DurableExecutionArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Reason": S,
        "Reason.$": str,
        "ExecutionTimeoutPaused": B,
        "ExecutionTimeoutPaused.$": str,
    },
    total=False,
)

class LayerVersionContentInput(TypedDict, total=False):
    S3Bucket: S
    S3Key: S
    S3ObjectVersion: S
    S3ObjectStorageMode: S
    ZipFile: S

PublishLayerVersionParameters = TypedDict(
    "PublishLayerVersionParameters",
    {
        "LayerName": S,
        "LayerName.$": str,
        "Description": S,
        "Description.$": str,
        "Content": X[LayerVersionContentInput],
        "Content.$": str,
        "CompatibleArchitectures": L[Si],
        "CompatibleArchitectures.$": str,
        "CompatibleRuntimes": L[Si],
        "CompatibleRuntimes.$": str,
        "LicenseInfo": S,
        "LicenseInfo.$": str,
    },
    total=False,
)
PublishVersionParameters = TypedDict(
    "PublishVersionParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "CodeSha256": S,
        "CodeSha256.$": str,
        "Description": S,
        "Description.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "PublishTo": S,
        "PublishTo.$": str,
    },
    total=False,
)
PutFunctionCodeSigningConfigParameters = TypedDict(
    "PutFunctionCodeSigningConfigParameters",
    {
        "CodeSigningConfigArn": S,
        "CodeSigningConfigArn.$": str,
        "FunctionName": S,
        "FunctionName.$": str,
    },
    total=False,
)
PutFunctionConcurrencyParameters = TypedDict(
    "PutFunctionConcurrencyParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "ReservedConcurrentExecutions": I,
        "ReservedConcurrentExecutions.$": str,
    },
    total=False,
)
PutFunctionEventInvokeConfigParameters = TypedDict(
    "PutFunctionEventInvokeConfigParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "MaximumRetryAttempts": I,
        "MaximumRetryAttempts.$": str,
        "MaximumEventAgeInSeconds": I,
        "MaximumEventAgeInSeconds.$": str,
        "DestinationConfig": X[DestinationConfig],
        "DestinationConfig.$": str,
    },
    total=False,
)
PutFunctionRecursionConfigParameters = TypedDict(
    "PutFunctionRecursionConfigParameters",
    {"FunctionName": S, "FunctionName.$": str, "RecursiveLoop": S, "RecursiveLoop.$": str},
    total=False,
)

class FunctionScalingConfig(TypedDict, total=False):
    MinExecutionEnvironments: I
    MaxExecutionEnvironments: I

PutFunctionScalingConfigParameters = TypedDict(
    "PutFunctionScalingConfigParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "FunctionScalingConfig": X[FunctionScalingConfig],
        "FunctionScalingConfig.$": str,
    },
    total=False,
)
PutProvisionedConcurrencyConfigParameters = TypedDict(
    "PutProvisionedConcurrencyConfigParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "ProvisionedConcurrentExecutions": I,
        "ProvisionedConcurrentExecutions.$": str,
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
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
PutRuntimeManagementConfigParameters = TypedDict(
    "PutRuntimeManagementConfigParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "UpdateRuntimeOn": S,
        "UpdateRuntimeOn.$": str,
        "RuntimeVersionArn": S,
        "RuntimeVersionArn.$": str,
    },
    total=False,
)
RemoveLayerVersionPermissionParameters = TypedDict(
    "RemoveLayerVersionPermissionParameters",
    {
        "LayerName": S,
        "LayerName.$": str,
        "VersionNumber": I,
        "VersionNumber.$": str,
        "StatementId": S,
        "StatementId.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
RemovePermissionParameters = TypedDict(
    "RemovePermissionParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "StatementId": S,
        "StatementId.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
ResumeDurableExecutionParameters = TypedDict(
    "ResumeDurableExecutionParameters",
    {
        "DurableExecutionArn": S,
        "DurableExecutionArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
SendDurableExecutionCallbackFailureParameters = TypedDict(
    "SendDurableExecutionCallbackFailureParameters",
    {"CallbackId": S, "CallbackId.$": str, "Error": X[ErrorObject], "Error.$": str},
    total=False,
)
SendDurableExecutionCallbackHeartbeatParameters = TypedDict(
    "SendDurableExecutionCallbackHeartbeatParameters",
    {"CallbackId": S, "CallbackId.$": str},
    total=False,
)
SendDurableExecutionCallbackSuccessParameters = TypedDict(
    "SendDurableExecutionCallbackSuccessParameters",
    {"CallbackId": S, "CallbackId.$": str, "Result": S, "Result.$": str},
    total=False,
)
StopDurableExecutionParameters = TypedDict(
    "StopDurableExecutionParameters",
    {
        "DurableExecutionArn": S,
        "DurableExecutionArn.$": str,
        "Error": X[ErrorObject],
        "Error.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"Resource": S, "Resource.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Resource": S, "Resource.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateAliasParameters = TypedDict(
    "UpdateAliasParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Name": S,
        "Name.$": str,
        "FunctionVersion": S,
        "FunctionVersion.$": str,
        "Description": S,
        "Description.$": str,
        "RoutingConfig": X[AliasRoutingConfiguration],
        "RoutingConfig.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
    },
    total=False,
)
UpdateCapacityProviderParameters = TypedDict(
    "UpdateCapacityProviderParameters",
    {
        "CapacityProviderName": S,
        "CapacityProviderName.$": str,
        "CapacityProviderScalingConfig": X[CapacityProviderScalingConfig],
        "CapacityProviderScalingConfig.$": str,
        "PropagateTags": X[PropagateTags],
        "PropagateTags.$": str,
        "TelemetryConfig": X[CapacityProviderTelemetryConfig],
        "TelemetryConfig.$": str,
    },
    total=False,
)
UpdateCodeSigningConfigParameters = TypedDict(
    "UpdateCodeSigningConfigParameters",
    {
        "CodeSigningConfigArn": S,
        "CodeSigningConfigArn.$": str,
        "Description": S,
        "Description.$": str,
        "AllowedPublishers": X[AllowedPublishers],
        "AllowedPublishers.$": str,
        "CodeSigningPolicies": X[CodeSigningPolicies],
        "CodeSigningPolicies.$": str,
    },
    total=False,
)
UpdateEventSourceMappingParameters = TypedDict(
    "UpdateEventSourceMappingParameters",
    {
        "Uuid": S,
        "Uuid.$": str,
        "FunctionName": S,
        "FunctionName.$": str,
        "Enabled": B,
        "Enabled.$": str,
        "BatchSize": I,
        "BatchSize.$": str,
        "FilterCriteria": X[FilterCriteria],
        "FilterCriteria.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "MetricsConfig": X[EventSourceMappingMetricsConfig],
        "MetricsConfig.$": str,
        "LoggingConfig": X[EventSourceMappingLoggingConfig],
        "LoggingConfig.$": str,
        "ScalingConfig": X[ScalingConfig],
        "ScalingConfig.$": str,
        "MaximumBatchingWindowInSeconds": I,
        "MaximumBatchingWindowInSeconds.$": str,
        "ParallelizationFactor": I,
        "ParallelizationFactor.$": str,
        "DestinationConfig": X[DestinationConfig],
        "DestinationConfig.$": str,
        "MaximumRecordAgeInSeconds": I,
        "MaximumRecordAgeInSeconds.$": str,
        "BisectBatchOnFunctionError": B,
        "BisectBatchOnFunctionError.$": str,
        "MaximumRetryAttempts": I,
        "MaximumRetryAttempts.$": str,
        "TumblingWindowInSeconds": I,
        "TumblingWindowInSeconds.$": str,
        "SourceAccessConfigurations": L[Xi[SourceAccessConfiguration]],
        "SourceAccessConfigurations.$": str,
        "FunctionResponseTypes": L[Si],
        "FunctionResponseTypes.$": str,
        "AmazonManagedKafkaEventSourceConfig": X[AmazonManagedKafkaEventSourceConfig],
        "AmazonManagedKafkaEventSourceConfig.$": str,
        "SelfManagedKafkaEventSourceConfig": X[SelfManagedKafkaEventSourceConfig],
        "SelfManagedKafkaEventSourceConfig.$": str,
        "DocumentDBEventSourceConfig": X[DocumentDBEventSourceConfig],
        "DocumentDBEventSourceConfig.$": str,
        "ProvisionedPollerConfig": X[ProvisionedPollerConfig],
        "ProvisionedPollerConfig.$": str,
    },
    total=False,
)
UpdateFunctionCodeParameters = TypedDict(
    "UpdateFunctionCodeParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "ZipFile": S,
        "ZipFile.$": str,
        "S3Bucket": S,
        "S3Bucket.$": str,
        "S3Key": S,
        "S3Key.$": str,
        "S3ObjectVersion": S,
        "S3ObjectVersion.$": str,
        "S3ObjectStorageMode": S,
        "S3ObjectStorageMode.$": str,
        "ImageUri": S,
        "ImageUri.$": str,
        "Architectures": L[Si],
        "Architectures.$": str,
        "Publish": B,
        "Publish.$": str,
        "PublishTo": S,
        "PublishTo.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "SourceKMSKeyArn": S,
        "SourceKMSKeyArn.$": str,
    },
    total=False,
)
UpdateFunctionConfigurationParameters = TypedDict(
    "UpdateFunctionConfigurationParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Role": S,
        "Role.$": str,
        "Handler": S,
        "Handler.$": str,
        "Description": S,
        "Description.$": str,
        "Timeout": I,
        "Timeout.$": str,
        "MemorySize": I,
        "MemorySize.$": str,
        "VpcConfig": X[VpcConfig],
        "VpcConfig.$": str,
        "Environment": X[Environment],
        "Environment.$": str,
        "Runtime": S,
        "Runtime.$": str,
        "DeadLetterConfig": X[DeadLetterConfig],
        "DeadLetterConfig.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "TracingConfig": X[TracingConfig],
        "TracingConfig.$": str,
        "RevisionId": S,
        "RevisionId.$": str,
        "Layers": L[Si],
        "Layers.$": str,
        "FileSystemConfigs": L[Xi[FileSystemConfig]],
        "FileSystemConfigs.$": str,
        "ImageConfig": X[ImageConfig],
        "ImageConfig.$": str,
        "EphemeralStorage": X[EphemeralStorage],
        "EphemeralStorage.$": str,
        "SnapStart": X[SnapStart],
        "SnapStart.$": str,
        "LoggingConfig": X[LoggingConfig],
        "LoggingConfig.$": str,
        "CapacityProviderConfig": X[CapacityProviderConfig],
        "CapacityProviderConfig.$": str,
        "DurableConfig": X[DurableConfig],
        "DurableConfig.$": str,
        "RuntimeConfig": X[FunctionRuntimeConfig],
        "RuntimeConfig.$": str,
        "AcceleratorConfig": X[AcceleratorConfig],
        "AcceleratorConfig.$": str,
    },
    total=False,
)
UpdateFunctionEventInvokeConfigParameters = TypedDict(
    "UpdateFunctionEventInvokeConfigParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "MaximumRetryAttempts": I,
        "MaximumRetryAttempts.$": str,
        "MaximumEventAgeInSeconds": I,
        "MaximumEventAgeInSeconds.$": str,
        "DestinationConfig": X[DestinationConfig],
        "DestinationConfig.$": str,
    },
    total=False,
)
UpdateFunctionUrlConfigParameters = TypedDict(
    "UpdateFunctionUrlConfigParameters",
    {
        "FunctionName": S,
        "FunctionName.$": str,
        "Qualifier": S,
        "Qualifier.$": str,
        "AuthType": S,
        "AuthType.$": str,
        "Cors": X[Cors],
        "Cors.$": str,
        "InvokeMode": S,
        "InvokeMode.$": str,
    },
    total=False,
)
add_layer_version_permission: Builder[AddLayerVersionPermissionParameters]
add_permission: Builder[AddPermissionParameters]
checkpoint_durable_execution: Builder[CheckpointDurableExecutionParameters]
create_alias: Builder[CreateAliasParameters]
create_capacity_provider: Builder[CreateCapacityProviderParameters]
create_code_signing_config: Builder[CreateCodeSigningConfigParameters]
create_event_source_mapping: Builder[CreateEventSourceMappingParameters]
create_function: Builder[CreateFunctionParameters]
create_function_url_config: Builder[CreateFunctionUrlConfigParameters]
delete_alias: Builder[DeleteAliasParameters]
delete_capacity_provider: Builder[DeleteCapacityProviderParameters]
delete_code_signing_config: Builder[DeleteCodeSigningConfigParameters]
delete_durable_execution: Builder[DeleteDurableExecutionParameters]
delete_event_source_mapping: Builder[DeleteEventSourceMappingParameters]
delete_function: Builder[DeleteFunctionParameters]
delete_function_code_signing_config: Builder[DeleteFunctionCodeSigningConfigParameters]
delete_function_concurrency: Builder[DeleteFunctionConcurrencyParameters]
delete_function_event_invoke_config: Builder[DeleteFunctionEventInvokeConfigParameters]
delete_function_url_config: Builder[DeleteFunctionUrlConfigParameters]
delete_layer_version: Builder[DeleteLayerVersionParameters]
delete_provisioned_concurrency_config: Builder[DeleteProvisionedConcurrencyConfigParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
get_account_settings: Builder[GetAccountSettingsParameters]
get_alias: Builder[GetAliasParameters]
get_capacity_provider: Builder[GetCapacityProviderParameters]
get_code_signing_config: Builder[GetCodeSigningConfigParameters]
get_durable_execution: Builder[GetDurableExecutionParameters]
get_durable_execution_history: Builder[GetDurableExecutionHistoryParameters]
get_durable_execution_state: Builder[GetDurableExecutionStateParameters]
get_event_source_mapping: Builder[GetEventSourceMappingParameters]
get_function: Builder[GetFunctionParameters]
get_function_code_signing_config: Builder[GetFunctionCodeSigningConfigParameters]
get_function_concurrency: Builder[GetFunctionConcurrencyParameters]
get_function_configuration: Builder[GetFunctionConfigurationParameters]
get_function_event_invoke_config: Builder[GetFunctionEventInvokeConfigParameters]
get_function_recursion_config: Builder[GetFunctionRecursionConfigParameters]
get_function_scaling_config: Builder[GetFunctionScalingConfigParameters]
get_function_url_config: Builder[GetFunctionUrlConfigParameters]
get_layer_version: Builder[GetLayerVersionParameters]
get_layer_version_by_arn: Builder[GetLayerVersionByArnParameters]
get_layer_version_policy: Builder[GetLayerVersionPolicyParameters]
get_policy: Builder[GetPolicyParameters]
get_provisioned_concurrency_config: Builder[GetProvisionedConcurrencyConfigParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_runtime_management_config: Builder[GetRuntimeManagementConfigParameters]
invoke: Builder[InvokeParameters]
invoke_with_response_stream: Builder[InvokeWithResponseStreamParameters]
list_aliases: Builder[ListAliasesParameters]
list_capacity_providers: Builder[ListCapacityProvidersParameters]
list_code_signing_configs: Builder[ListCodeSigningConfigsParameters]
list_durable_executions_by_function: Builder[ListDurableExecutionsByFunctionParameters]
list_event_source_mappings: Builder[ListEventSourceMappingsParameters]
list_function_event_invoke_configs: Builder[ListFunctionEventInvokeConfigsParameters]
list_function_url_configs: Builder[ListFunctionUrlConfigsParameters]
list_function_versions_by_capacity_provider: Builder[
    ListFunctionVersionsByCapacityProviderParameters
]
list_functions: Builder[ListFunctionsParameters]
list_functions_by_code_signing_config: Builder[ListFunctionsByCodeSigningConfigParameters]
list_layer_versions: Builder[ListLayerVersionsParameters]
list_layers: Builder[ListLayersParameters]
list_provisioned_concurrency_configs: Builder[ListProvisionedConcurrencyConfigsParameters]
list_tags: Builder[ListTagsParameters]
list_versions_by_function: Builder[ListVersionsByFunctionParameters]
pause_durable_execution: Builder[PauseDurableExecutionParameters]
publish_layer_version: Builder[PublishLayerVersionParameters]
publish_version: Builder[PublishVersionParameters]
put_function_code_signing_config: Builder[PutFunctionCodeSigningConfigParameters]
put_function_concurrency: Builder[PutFunctionConcurrencyParameters]
put_function_event_invoke_config: Builder[PutFunctionEventInvokeConfigParameters]
put_function_recursion_config: Builder[PutFunctionRecursionConfigParameters]
put_function_scaling_config: Builder[PutFunctionScalingConfigParameters]
put_provisioned_concurrency_config: Builder[PutProvisionedConcurrencyConfigParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
put_runtime_management_config: Builder[PutRuntimeManagementConfigParameters]
remove_layer_version_permission: Builder[RemoveLayerVersionPermissionParameters]
remove_permission: Builder[RemovePermissionParameters]
resume_durable_execution: Builder[ResumeDurableExecutionParameters]
send_durable_execution_callback_failure: Builder[SendDurableExecutionCallbackFailureParameters]
send_durable_execution_callback_heartbeat: Builder[SendDurableExecutionCallbackHeartbeatParameters]
send_durable_execution_callback_success: Builder[SendDurableExecutionCallbackSuccessParameters]
stop_durable_execution: Builder[StopDurableExecutionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_alias: Builder[UpdateAliasParameters]
update_capacity_provider: Builder[UpdateCapacityProviderParameters]
update_code_signing_config: Builder[UpdateCodeSigningConfigParameters]
update_event_source_mapping: Builder[UpdateEventSourceMappingParameters]
update_function_code: Builder[UpdateFunctionCodeParameters]
update_function_configuration: Builder[UpdateFunctionConfigurationParameters]
update_function_event_invoke_config: Builder[UpdateFunctionEventInvokeConfigParameters]
update_function_url_config: Builder[UpdateFunctionUrlConfigParameters]

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
