"""Typed builders of the AWS SDK integration of pipes (``aws-sdk:pipes:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class Filter(TypedDict, total=False):
    Pattern: S

class FilterCriteria(TypedDict, total=False):
    Filters: L[Xi[Filter]]

class DeadLetterConfig(TypedDict, total=False):
    Arn: S

class PipeSourceKinesisStreamParameters(TypedDict, total=False):
    BatchSize: I
    DeadLetterConfig: X[DeadLetterConfig]
    OnPartialBatchItemFailure: S
    MaximumBatchingWindowInSeconds: I
    MaximumRecordAgeInSeconds: I
    MaximumRetryAttempts: I
    ParallelizationFactor: I
    StartingPosition: S
    StartingPositionTimestamp: T

class PipeSourceDynamoDBStreamParameters(TypedDict, total=False):
    BatchSize: I
    DeadLetterConfig: X[DeadLetterConfig]
    OnPartialBatchItemFailure: S
    MaximumBatchingWindowInSeconds: I
    MaximumRecordAgeInSeconds: I
    MaximumRetryAttempts: I
    ParallelizationFactor: I
    StartingPosition: S

class PipeSourceSqsQueueParameters(TypedDict, total=False):
    BatchSize: I
    MaximumBatchingWindowInSeconds: I

class MQBrokerAccessCredentials(TypedDict, total=False):
    BasicAuth: S

class PipeSourceActiveMQBrokerParameters(TypedDict, total=False):
    Credentials: X[MQBrokerAccessCredentials]
    QueueName: S
    BatchSize: I
    MaximumBatchingWindowInSeconds: I

class PipeSourceRabbitMQBrokerParameters(TypedDict, total=False):
    Credentials: X[MQBrokerAccessCredentials]
    QueueName: S
    VirtualHost: S
    BatchSize: I
    MaximumBatchingWindowInSeconds: I

class MSKAccessCredentials(TypedDict, total=False):
    SaslScram512Auth: S
    ClientCertificateTlsAuth: S

class PipeSourceManagedStreamingKafkaParameters(TypedDict, total=False):
    TopicName: S
    StartingPosition: S
    BatchSize: I
    MaximumBatchingWindowInSeconds: I
    ConsumerGroupID: S
    Credentials: X[MSKAccessCredentials]

class SelfManagedKafkaAccessConfigurationCredentials(TypedDict, total=False):
    BasicAuth: S
    SaslScram512Auth: S
    SaslScram256Auth: S
    ClientCertificateTlsAuth: S

class SelfManagedKafkaAccessConfigurationVpc(TypedDict, total=False):
    Subnets: L[Si]
    SecurityGroup: L[Si]

class PipeSourceSelfManagedKafkaParameters(TypedDict, total=False):
    TopicName: S
    StartingPosition: S
    AdditionalBootstrapServers: L[Si]
    BatchSize: I
    MaximumBatchingWindowInSeconds: I
    ConsumerGroupID: S
    Credentials: X[SelfManagedKafkaAccessConfigurationCredentials]
    ServerRootCaCertificate: S
    Vpc: X[SelfManagedKafkaAccessConfigurationVpc]

class PipeSourceParameters(TypedDict, total=False):
    FilterCriteria: X[FilterCriteria]
    KinesisStreamParameters: X[PipeSourceKinesisStreamParameters]
    DynamoDBStreamParameters: X[PipeSourceDynamoDBStreamParameters]
    SqsQueueParameters: X[PipeSourceSqsQueueParameters]
    ActiveMQBrokerParameters: X[PipeSourceActiveMQBrokerParameters]
    RabbitMQBrokerParameters: X[PipeSourceRabbitMQBrokerParameters]
    ManagedStreamingKafkaParameters: X[PipeSourceManagedStreamingKafkaParameters]
    SelfManagedKafkaParameters: X[PipeSourceSelfManagedKafkaParameters]

class PipeEnrichmentHttpParameters(TypedDict, total=False):
    PathParameterValues: L[Si]
    HeaderParameters: M[S]
    QueryStringParameters: M[S]

class PipeEnrichmentParameters(TypedDict, total=False):
    InputTemplate: S
    HttpParameters: X[PipeEnrichmentHttpParameters]

class PipeTargetLambdaFunctionParameters(TypedDict, total=False):
    InvocationType: S

class PipeTargetStateMachineParameters(TypedDict, total=False):
    InvocationType: S

class PipeTargetKinesisStreamParameters(TypedDict, total=False):
    PartitionKey: S

class AwsVpcConfiguration(TypedDict, total=False):
    Subnets: L[Si]
    SecurityGroups: L[Si]
    AssignPublicIp: S

class NetworkConfiguration(TypedDict, total=False):
    AwsvpcConfiguration: X[AwsVpcConfiguration]

class CapacityProviderStrategyItem(TypedDict, total=False):
    CapacityProvider: S
    Weight: I
    Base: I

class PlacementConstraint(TypedDict, total=False):
    Type: S
    Expression: S

class PlacementStrategy(TypedDict, total=False):
    Type: S
    Field: S

class EcsEnvironmentVariable(TypedDict, total=False):
    Name: S
    Value: S

class EcsEnvironmentFile(TypedDict, total=False):
    Type: S
    Value: S

class EcsResourceRequirement(TypedDict, total=False):
    Type: S
    Value: S

class EcsContainerOverride(TypedDict, total=False):
    Command: L[Si]
    Cpu: I
    Environment: L[Xi[EcsEnvironmentVariable]]
    EnvironmentFiles: L[Xi[EcsEnvironmentFile]]
    Memory: I
    MemoryReservation: I
    Name: S
    ResourceRequirements: L[Xi[EcsResourceRequirement]]

class EcsEphemeralStorage(TypedDict, total=False):
    SizeInGiB: I

class EcsInferenceAcceleratorOverride(TypedDict, total=False):
    DeviceName: S
    DeviceType: S

class EcsTaskOverride(TypedDict, total=False):
    ContainerOverrides: L[Xi[EcsContainerOverride]]
    Cpu: S
    EphemeralStorage: X[EcsEphemeralStorage]
    ExecutionRoleArn: S
    InferenceAcceleratorOverrides: L[Xi[EcsInferenceAcceleratorOverride]]
    Memory: S
    TaskRoleArn: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class PipeTargetEcsTaskParameters(TypedDict, total=False):
    TaskDefinitionArn: S
    TaskCount: I
    LaunchType: S
    NetworkConfiguration: X[NetworkConfiguration]
    PlatformVersion: S
    Group: S
    CapacityProviderStrategy: L[Xi[CapacityProviderStrategyItem]]
    EnableECSManagedTags: B
    EnableExecuteCommand: B
    PlacementConstraints: L[Xi[PlacementConstraint]]
    PlacementStrategy: L[Xi[PlacementStrategy]]
    PropagateTags: S
    ReferenceId: S
    Overrides: X[EcsTaskOverride]
    Tags: L[Xi[Tag]]

class BatchArrayProperties(TypedDict, total=False):
    Size: I

class BatchRetryStrategy(TypedDict, total=False):
    Attempts: I

class BatchEnvironmentVariable(TypedDict, total=False):
    Name: S
    Value: S

class BatchResourceRequirement(TypedDict, total=False):
    Type: S
    Value: S

class BatchContainerOverrides(TypedDict, total=False):
    Command: L[Si]
    Environment: L[Xi[BatchEnvironmentVariable]]
    InstanceType: S
    ResourceRequirements: L[Xi[BatchResourceRequirement]]

class BatchJobDependency(TypedDict, total=False):
    JobId: S
    Type: S

class PipeTargetBatchJobParameters(TypedDict, total=False):
    JobDefinition: S
    JobName: S
    ArrayProperties: X[BatchArrayProperties]
    RetryStrategy: X[BatchRetryStrategy]
    ContainerOverrides: X[BatchContainerOverrides]
    DependsOn: L[Xi[BatchJobDependency]]
    Parameters: M[S]

class PipeTargetSqsQueueParameters(TypedDict, total=False):
    MessageGroupId: S
    MessageDeduplicationId: S

class PipeTargetHttpParameters(TypedDict, total=False):
    PathParameterValues: L[Si]
    HeaderParameters: M[S]
    QueryStringParameters: M[S]

class PipeTargetRedshiftDataParameters(TypedDict, total=False):
    SecretManagerArn: S
    Database: S
    DbUser: S
    StatementName: S
    WithEvent: B
    Sqls: L[Si]

class SageMakerPipelineParameter(TypedDict, total=False):
    Name: S
    Value: S

class PipeTargetSageMakerPipelineParameters(TypedDict, total=False):
    PipelineParameterList: L[Xi[SageMakerPipelineParameter]]

class PipeTargetEventBridgeEventBusParameters(TypedDict, total=False):
    EndpointId: S
    DetailType: S
    Source: S
    Resources: L[Si]
    Time: S

class PipeTargetCloudWatchLogsParameters(TypedDict, total=False):
    LogStreamName: S
    Timestamp: S

class DimensionMapping(TypedDict, total=False):
    DimensionValue: S
    DimensionValueType: S
    DimensionName: S

class SingleMeasureMapping(TypedDict, total=False):
    MeasureValue: S
    MeasureValueType: S
    MeasureName: S

class MultiMeasureAttributeMapping(TypedDict, total=False):
    MeasureValue: S
    MeasureValueType: S
    MultiMeasureAttributeName: S

class MultiMeasureMapping(TypedDict, total=False):
    MultiMeasureName: S
    MultiMeasureAttributeMappings: L[Xi[MultiMeasureAttributeMapping]]

class PipeTargetTimestreamParameters(TypedDict, total=False):
    TimeValue: S
    EpochTimeUnit: S
    TimeFieldType: S
    TimestampFormat: S
    VersionValue: S
    DimensionMappings: L[Xi[DimensionMapping]]
    SingleMeasureMappings: L[Xi[SingleMeasureMapping]]
    MultiMeasureMappings: L[Xi[MultiMeasureMapping]]

class PipeTargetParameters(TypedDict, total=False):
    InputTemplate: S
    LambdaFunctionParameters: X[PipeTargetLambdaFunctionParameters]
    StepFunctionStateMachineParameters: X[PipeTargetStateMachineParameters]
    KinesisStreamParameters: X[PipeTargetKinesisStreamParameters]
    EcsTaskParameters: X[PipeTargetEcsTaskParameters]
    BatchJobParameters: X[PipeTargetBatchJobParameters]
    SqsQueueParameters: X[PipeTargetSqsQueueParameters]
    HttpParameters: X[PipeTargetHttpParameters]
    RedshiftDataParameters: X[PipeTargetRedshiftDataParameters]
    SageMakerPipelineParameters: X[PipeTargetSageMakerPipelineParameters]
    EventBridgeEventBusParameters: X[PipeTargetEventBridgeEventBusParameters]
    CloudWatchLogsParameters: X[PipeTargetCloudWatchLogsParameters]
    TimestreamParameters: X[PipeTargetTimestreamParameters]

class S3LogDestinationParameters(TypedDict, total=False):
    BucketName: S
    BucketOwner: S
    OutputFormat: S
    Prefix: S

class FirehoseLogDestinationParameters(TypedDict, total=False):
    DeliveryStreamArn: S

class CloudwatchLogsLogDestinationParameters(TypedDict, total=False):
    LogGroupArn: S

class PipeLogConfigurationParameters(TypedDict, total=False):
    S3LogDestination: X[S3LogDestinationParameters]
    FirehoseLogDestination: X[FirehoseLogDestinationParameters]
    CloudwatchLogsLogDestination: X[CloudwatchLogsLogDestinationParameters]
    Level: S
    IncludeExecutionData: L[Si]

CreatePipeParameters = TypedDict(
    "CreatePipeParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DesiredState": S,
        "DesiredState.$": str,
        "Source": S,
        "Source.$": str,
        "SourceParameters": X[PipeSourceParameters],
        "SourceParameters.$": str,
        "Enrichment": S,
        "Enrichment.$": str,
        "EnrichmentParameters": X[PipeEnrichmentParameters],
        "EnrichmentParameters.$": str,
        "Target": S,
        "Target.$": str,
        "TargetParameters": X[PipeTargetParameters],
        "TargetParameters.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "LogConfiguration": X[PipeLogConfigurationParameters],
        "LogConfiguration.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
    },
    total=False,
)
DeletePipeParameters = TypedDict("DeletePipeParameters", {"Name": S, "Name.$": str}, total=False)
DescribePipeParameters = TypedDict(
    "DescribePipeParameters", {"Name": S, "Name.$": str}, total=False
)
ListPipesParameters = TypedDict(
    "ListPipesParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "DesiredState": S,
        "DesiredState.$": str,
        "CurrentState": S,
        "CurrentState.$": str,
        "SourcePrefix": S,
        "SourcePrefix.$": str,
        "TargetPrefix": S,
        "TargetPrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Limit": I,
        "Limit.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
StartPipeParameters = TypedDict("StartPipeParameters", {"Name": S, "Name.$": str}, total=False)
StopPipeParameters = TypedDict("StopPipeParameters", {"Name": S, "Name.$": str}, total=False)
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

class UpdatePipeSourceKinesisStreamParameters(TypedDict, total=False):
    BatchSize: I
    DeadLetterConfig: X[DeadLetterConfig]
    OnPartialBatchItemFailure: S
    MaximumBatchingWindowInSeconds: I
    MaximumRecordAgeInSeconds: I
    MaximumRetryAttempts: I
    ParallelizationFactor: I

class UpdatePipeSourceDynamoDBStreamParameters(TypedDict, total=False):
    BatchSize: I
    DeadLetterConfig: X[DeadLetterConfig]
    OnPartialBatchItemFailure: S
    MaximumBatchingWindowInSeconds: I
    MaximumRecordAgeInSeconds: I
    MaximumRetryAttempts: I
    ParallelizationFactor: I

class UpdatePipeSourceSqsQueueParameters(TypedDict, total=False):
    BatchSize: I
    MaximumBatchingWindowInSeconds: I

class UpdatePipeSourceActiveMQBrokerParameters(TypedDict, total=False):
    Credentials: X[MQBrokerAccessCredentials]
    BatchSize: I
    MaximumBatchingWindowInSeconds: I

class UpdatePipeSourceRabbitMQBrokerParameters(TypedDict, total=False):
    Credentials: X[MQBrokerAccessCredentials]
    BatchSize: I
    MaximumBatchingWindowInSeconds: I

class UpdatePipeSourceManagedStreamingKafkaParameters(TypedDict, total=False):
    BatchSize: I
    Credentials: X[MSKAccessCredentials]
    MaximumBatchingWindowInSeconds: I

class UpdatePipeSourceSelfManagedKafkaParameters(TypedDict, total=False):
    BatchSize: I
    MaximumBatchingWindowInSeconds: I
    Credentials: X[SelfManagedKafkaAccessConfigurationCredentials]
    ServerRootCaCertificate: S
    Vpc: X[SelfManagedKafkaAccessConfigurationVpc]

class UpdatePipeSourceParameters(TypedDict, total=False):
    FilterCriteria: X[FilterCriteria]
    KinesisStreamParameters: X[UpdatePipeSourceKinesisStreamParameters]
    DynamoDBStreamParameters: X[UpdatePipeSourceDynamoDBStreamParameters]
    SqsQueueParameters: X[UpdatePipeSourceSqsQueueParameters]
    ActiveMQBrokerParameters: X[UpdatePipeSourceActiveMQBrokerParameters]
    RabbitMQBrokerParameters: X[UpdatePipeSourceRabbitMQBrokerParameters]
    ManagedStreamingKafkaParameters: X[UpdatePipeSourceManagedStreamingKafkaParameters]
    SelfManagedKafkaParameters: X[UpdatePipeSourceSelfManagedKafkaParameters]

UpdatePipeParameters = TypedDict(
    "UpdatePipeParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "DesiredState": S,
        "DesiredState.$": str,
        "SourceParameters": X[UpdatePipeSourceParameters],
        "SourceParameters.$": str,
        "Enrichment": S,
        "Enrichment.$": str,
        "EnrichmentParameters": X[PipeEnrichmentParameters],
        "EnrichmentParameters.$": str,
        "Target": S,
        "Target.$": str,
        "TargetParameters": X[PipeTargetParameters],
        "TargetParameters.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "LogConfiguration": X[PipeLogConfigurationParameters],
        "LogConfiguration.$": str,
        "KmsKeyIdentifier": S,
        "KmsKeyIdentifier.$": str,
    },
    total=False,
)
create_pipe: Builder[CreatePipeParameters]
delete_pipe: Builder[DeletePipeParameters]
describe_pipe: Builder[DescribePipeParameters]
list_pipes: Builder[ListPipesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
start_pipe: Builder[StartPipeParameters]
stop_pipe: Builder[StopPipeParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_pipe: Builder[UpdatePipeParameters]

__all__ = [
    "create_pipe",
    "delete_pipe",
    "describe_pipe",
    "list_pipes",
    "list_tags_for_resource",
    "start_pipe",
    "stop_pipe",
    "tag_resource",
    "untag_resource",
    "update_pipe",
]
