"""Typed builders of the AWS SDK integration of kinesis (``aws-sdk:kinesis:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

class AcknowledgeDeadLetterQueueRecordsRequestEntry(TypedDict, total=False):
    ReceiptHandle: S

AcknowledgeDeadLetterQueueRecordsParameters = TypedDict(
    "AcknowledgeDeadLetterQueueRecordsParameters",
    {
        "QueueARN": S,
        "QueueARN.$": str,
        "Entries": L[Xi[AcknowledgeDeadLetterQueueRecordsRequestEntry]],
        "Entries.$": str,
    },
    total=False,
)

class AcknowledgeQueueRecordsRequestEntry(TypedDict, total=False):
    ReceiptHandle: S

AcknowledgeQueueRecordsParameters = TypedDict(
    "AcknowledgeQueueRecordsParameters",
    {
        "QueueARN": S,
        "QueueARN.$": str,
        "Entries": L[Xi[AcknowledgeQueueRecordsRequestEntry]],
        "Entries.$": str,
    },
    total=False,
)
AddTagsToStreamParameters = TypedDict(
    "AddTagsToStreamParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)

class RecordConfiguration(TypedDict, total=False):
    RecordFormatType: S
    GsrSchemaARN: S

class ChannelStreamConfiguration(TypedDict, total=False):
    StreamARN: S
    RecordConfiguration: X[RecordConfiguration]

class DeadLetterQueueS3Configuration(TypedDict, total=False):
    BucketARN: S
    ExpectedBucketOwner: S
    ErrorOutputPrefix: S

class S3StorageConfiguration(TypedDict, total=False):
    BucketARN: S
    ExpectedBucketOwner: S
    OutputKeyTemplate: S
    StorageClass: S
    CompressionType: S

class S3DestinationConfiguration(TypedDict, total=False):
    DataFreshnessInSeconds: I
    DeadLetterQueueS3Configuration: X[DeadLetterQueueS3Configuration]
    StorageConfiguration: X[S3StorageConfiguration]

class PartitionField(TypedDict, total=False):
    Transform: S
    SourceName: S

class PartitionSpec(TypedDict, total=False):
    PartitionFields: L[Xi[PartitionField]]

class S3TablesConfiguration(TypedDict, total=False):
    TableBucketARN: S
    Namespace: S
    TableName: S
    CompressionType: S
    PartitionSpec: X[PartitionSpec]

class S3TablesDestinationConfiguration(TypedDict, total=False):
    DataFreshnessInSeconds: I
    DeadLetterQueueS3Configuration: X[DeadLetterQueueS3Configuration]
    S3TablesConfigurationList: L[Xi[S3TablesConfiguration]]

class ChannelEncryptionConfiguration(TypedDict, total=False):
    EncryptionType: S
    KeyId: S

class CloudWatchLogs(TypedDict, total=False):
    Enabled: B
    LogGroupName: S
    LogStreamName: S

class ChannelLoggingConfiguration(TypedDict, total=False):
    CloudWatchLogs: X[CloudWatchLogs]

CreateChannelParameters = TypedDict(
    "CreateChannelParameters",
    {
        "ChannelName": S,
        "ChannelName.$": str,
        "ServiceExecutionRoleARN": S,
        "ServiceExecutionRoleARN.$": str,
        "StreamConfigurationList": L[Xi[ChannelStreamConfiguration]],
        "StreamConfigurationList.$": str,
        "S3DestinationConfiguration": X[S3DestinationConfiguration],
        "S3DestinationConfiguration.$": str,
        "S3TablesDestinationConfiguration": X[S3TablesDestinationConfiguration],
        "S3TablesDestinationConfiguration.$": str,
        "EncryptionConfiguration": X[ChannelEncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "LoggingConfiguration": X[ChannelLoggingConfiguration],
        "LoggingConfiguration.$": str,
    },
    total=False,
)

class QueueStartingPosition(TypedDict, total=False):
    Type: S
    Timestamp: T

class QueueStreamConfiguration(TypedDict, total=False):
    StreamARN: S
    StartingPosition: X[QueueStartingPosition]

class DeadLetterConfiguration(TypedDict, total=False):
    TargetType: S
    MaxReceiveCount: I

class QueueAttributes(TypedDict, total=False):
    VisibilityTimeoutSeconds: I
    DeadLetterConfiguration: X[DeadLetterConfiguration]

CreateQueueParameters = TypedDict(
    "CreateQueueParameters",
    {
        "QueueName": S,
        "QueueName.$": str,
        "StreamConfigurationList": L[Xi[QueueStreamConfiguration]],
        "StreamConfigurationList.$": str,
        "QueueAttributes": X[QueueAttributes],
        "QueueAttributes.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class StreamModeDetails(TypedDict, total=False):
    StreamMode: S

CreateStreamParameters = TypedDict(
    "CreateStreamParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "ShardCount": I,
        "ShardCount.$": str,
        "StreamModeDetails": X[StreamModeDetails],
        "StreamModeDetails.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "WarmThroughputMiBps": I,
        "WarmThroughputMiBps.$": str,
        "MaxRecordSizeInKiB": I,
        "MaxRecordSizeInKiB.$": str,
        "RecordDistributionStrategy": S,
        "RecordDistributionStrategy.$": str,
    },
    total=False,
)
DecreaseStreamRetentionPeriodParameters = TypedDict(
    "DecreaseStreamRetentionPeriodParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "RetentionPeriodHours": I,
        "RetentionPeriodHours.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
DeleteChannelParameters = TypedDict(
    "DeleteChannelParameters", {"ChannelARN": S, "ChannelARN.$": str}, total=False
)
DeleteQueueParameters = TypedDict(
    "DeleteQueueParameters", {"QueueARN": S, "QueueARN.$": str}, total=False
)
DeleteResourcePolicyParameters = TypedDict(
    "DeleteResourcePolicyParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "StreamId": S, "StreamId.$": str},
    total=False,
)
DeleteStreamParameters = TypedDict(
    "DeleteStreamParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "EnforceConsumerDeletion": B,
        "EnforceConsumerDeletion.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
DeregisterStreamConsumerParameters = TypedDict(
    "DeregisterStreamConsumerParameters",
    {
        "StreamARN": S,
        "StreamARN.$": str,
        "ConsumerName": S,
        "ConsumerName.$": str,
        "ConsumerARN": S,
        "ConsumerARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)

class DescribeAccountSettingsParameters(TypedDict, total=False): ...

DescribeChannelParameters = TypedDict(
    "DescribeChannelParameters", {"ChannelARN": S, "ChannelARN.$": str}, total=False
)

class DescribeLimitsParameters(TypedDict, total=False): ...

DescribeQueueParameters = TypedDict(
    "DescribeQueueParameters", {"QueueARN": S, "QueueARN.$": str}, total=False
)
DescribeStreamParameters = TypedDict(
    "DescribeStreamParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "Limit": I,
        "Limit.$": str,
        "ExclusiveStartShardId": S,
        "ExclusiveStartShardId.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
DescribeStreamConsumerParameters = TypedDict(
    "DescribeStreamConsumerParameters",
    {
        "StreamARN": S,
        "StreamARN.$": str,
        "ConsumerName": S,
        "ConsumerName.$": str,
        "ConsumerARN": S,
        "ConsumerARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
DescribeStreamSummaryParameters = TypedDict(
    "DescribeStreamSummaryParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
DisableEnhancedMonitoringParameters = TypedDict(
    "DisableEnhancedMonitoringParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "ShardLevelMetrics": L[Si],
        "ShardLevelMetrics.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
EnableEnhancedMonitoringParameters = TypedDict(
    "EnableEnhancedMonitoringParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "ShardLevelMetrics": L[Si],
        "ShardLevelMetrics.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
GetRecordsParameters = TypedDict(
    "GetRecordsParameters",
    {
        "ShardIterator": S,
        "ShardIterator.$": str,
        "Limit": I,
        "Limit.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "StreamId": S, "StreamId.$": str},
    total=False,
)
GetShardIteratorParameters = TypedDict(
    "GetShardIteratorParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "ShardId": S,
        "ShardId.$": str,
        "ShardIteratorType": S,
        "ShardIteratorType.$": str,
        "StartingSequenceNumber": S,
        "StartingSequenceNumber.$": str,
        "Timestamp": T,
        "Timestamp.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
IncreaseStreamRetentionPeriodParameters = TypedDict(
    "IncreaseStreamRetentionPeriodParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "RetentionPeriodHours": I,
        "RetentionPeriodHours.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)

class StreamFilter(TypedDict, total=False):
    StreamARN: S
    StreamCreationTimestamp: T

ListChannelsParameters = TypedDict(
    "ListChannelsParameters",
    {
        "StreamFilter": L[Xi[StreamFilter]],
        "StreamFilter.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class QueueStreamFilter(TypedDict, total=False):
    StreamARN: S
    StreamCreationTimestamp: T

ListQueuesParameters = TypedDict(
    "ListQueuesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "StreamFilter": L[Xi[QueueStreamFilter]],
        "StreamFilter.$": str,
    },
    total=False,
)

class ShardFilter(TypedDict, total=False):
    Type: S
    ShardId: S
    Timestamp: T

ListShardsParameters = TypedDict(
    "ListShardsParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ExclusiveStartShardId": S,
        "ExclusiveStartShardId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StreamCreationTimestamp": T,
        "StreamCreationTimestamp.$": str,
        "ShardFilter": X[ShardFilter],
        "ShardFilter.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
ListStreamConsumersParameters = TypedDict(
    "ListStreamConsumersParameters",
    {
        "StreamARN": S,
        "StreamARN.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "StreamCreationTimestamp": T,
        "StreamCreationTimestamp.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
ListStreamsParameters = TypedDict(
    "ListStreamsParameters",
    {
        "Limit": I,
        "Limit.$": str,
        "ExclusiveStartStreamName": S,
        "ExclusiveStartStreamName.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "StreamId": S, "StreamId.$": str},
    total=False,
)
ListTagsForStreamParameters = TypedDict(
    "ListTagsForStreamParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "ExclusiveStartTagKey": S,
        "ExclusiveStartTagKey.$": str,
        "Limit": I,
        "Limit.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
MergeShardsParameters = TypedDict(
    "MergeShardsParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "ShardToMerge": S,
        "ShardToMerge.$": str,
        "AdjacentShardToMerge": S,
        "AdjacentShardToMerge.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
PutRecordParameters = TypedDict(
    "PutRecordParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "Data": S,
        "Data.$": str,
        "PartitionKey": S,
        "PartitionKey.$": str,
        "ExplicitHashKey": S,
        "ExplicitHashKey.$": str,
        "SequenceNumberForOrdering": S,
        "SequenceNumberForOrdering.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)

class PutRecordsRequestEntry(TypedDict, total=False):
    Data: S
    ExplicitHashKey: S
    PartitionKey: S

PutRecordsParameters = TypedDict(
    "PutRecordsParameters",
    {
        "Records": L[Xi[PutRecordsRequestEntry]],
        "Records.$": str,
        "StreamName": S,
        "StreamName.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
PutResourcePolicyParameters = TypedDict(
    "PutResourcePolicyParameters",
    {
        "ResourceARN": S,
        "ResourceARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "Policy": S,
        "Policy.$": str,
    },
    total=False,
)
ReceiveDeadLetterQueueRecordsParameters = TypedDict(
    "ReceiveDeadLetterQueueRecordsParameters",
    {
        "QueueARN": S,
        "QueueARN.$": str,
        "Limit": I,
        "Limit.$": str,
        "WaitTimeSeconds": I,
        "WaitTimeSeconds.$": str,
        "VisibilityTimeoutSeconds": I,
        "VisibilityTimeoutSeconds.$": str,
    },
    total=False,
)
ReceiveQueueRecordsParameters = TypedDict(
    "ReceiveQueueRecordsParameters",
    {
        "QueueARN": S,
        "QueueARN.$": str,
        "Limit": I,
        "Limit.$": str,
        "WaitTimeSeconds": I,
        "WaitTimeSeconds.$": str,
        "VisibilityTimeoutSeconds": I,
        "VisibilityTimeoutSeconds.$": str,
    },
    total=False,
)
RegisterStreamConsumerParameters = TypedDict(
    "RegisterStreamConsumerParameters",
    {
        "StreamARN": S,
        "StreamARN.$": str,
        "ConsumerName": S,
        "ConsumerName.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
RemoveTagsFromStreamParameters = TypedDict(
    "RemoveTagsFromStreamParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)

class RestoreDeadLetterQueueRecordsRequestEntry(TypedDict, total=False):
    ReceiptHandle: S

RestoreDeadLetterQueueRecordsParameters = TypedDict(
    "RestoreDeadLetterQueueRecordsParameters",
    {
        "QueueARN": S,
        "QueueARN.$": str,
        "Entries": L[Xi[RestoreDeadLetterQueueRecordsRequestEntry]],
        "Entries.$": str,
    },
    total=False,
)
SplitShardParameters = TypedDict(
    "SplitShardParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "ShardToSplit": S,
        "ShardToSplit.$": str,
        "NewStartingHashKey": S,
        "NewStartingHashKey.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
StartStreamEncryptionParameters = TypedDict(
    "StartStreamEncryptionParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "EncryptionType": S,
        "EncryptionType.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
StopStreamEncryptionParameters = TypedDict(
    "StopStreamEncryptionParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "EncryptionType": S,
        "EncryptionType.$": str,
        "KeyId": S,
        "KeyId.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {
        "Tags": M[S],
        "Tags.$": str,
        "ResourceARN": S,
        "ResourceARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {
        "TagKeys": L[Si],
        "TagKeys.$": str,
        "ResourceARN": S,
        "ResourceARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)

class MinimumThroughputBillingCommitmentInput(TypedDict, total=False):
    Status: S

UpdateAccountSettingsParameters = TypedDict(
    "UpdateAccountSettingsParameters",
    {
        "MinimumThroughputBillingCommitment": X[MinimumThroughputBillingCommitmentInput],
        "MinimumThroughputBillingCommitment.$": str,
    },
    total=False,
)

class S3DestinationUpdateInput(TypedDict, total=False):
    DataFreshnessInSeconds: I

class S3TablesDestinationUpdateInput(TypedDict, total=False):
    DataFreshnessInSeconds: I

class CloudWatchLogsUpdateInput(TypedDict, total=False):
    Enabled: B
    LogGroupName: S
    LogStreamName: S

class ChannelLoggingUpdateInput(TypedDict, total=False):
    CloudWatchLogs: X[CloudWatchLogsUpdateInput]

UpdateChannelParameters = TypedDict(
    "UpdateChannelParameters",
    {
        "ChannelARN": S,
        "ChannelARN.$": str,
        "S3DestinationConfiguration": X[S3DestinationUpdateInput],
        "S3DestinationConfiguration.$": str,
        "S3TablesDestinationConfiguration": X[S3TablesDestinationUpdateInput],
        "S3TablesDestinationConfiguration.$": str,
        "LoggingConfiguration": X[ChannelLoggingUpdateInput],
        "LoggingConfiguration.$": str,
    },
    total=False,
)

class UpdateDeadLetterQueueRecordsVisibilityRequestEntry(TypedDict, total=False):
    ReceiptHandle: S
    VisibilityTimeoutSeconds: I

UpdateDeadLetterQueueRecordsVisibilityParameters = TypedDict(
    "UpdateDeadLetterQueueRecordsVisibilityParameters",
    {
        "QueueARN": S,
        "QueueARN.$": str,
        "Entries": L[Xi[UpdateDeadLetterQueueRecordsVisibilityRequestEntry]],
        "Entries.$": str,
    },
    total=False,
)
UpdateMaxRecordSizeParameters = TypedDict(
    "UpdateMaxRecordSizeParameters",
    {
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "MaxRecordSizeInKiB": I,
        "MaxRecordSizeInKiB.$": str,
    },
    total=False,
)
UpdateQueueParameters = TypedDict(
    "UpdateQueueParameters",
    {
        "QueueARN": S,
        "QueueARN.$": str,
        "QueueAttributes": X[QueueAttributes],
        "QueueAttributes.$": str,
    },
    total=False,
)

class UpdateQueueRecordsVisibilityRequestEntry(TypedDict, total=False):
    ReceiptHandle: S
    VisibilityTimeoutSeconds: I

UpdateQueueRecordsVisibilityParameters = TypedDict(
    "UpdateQueueRecordsVisibilityParameters",
    {
        "QueueARN": S,
        "QueueARN.$": str,
        "Entries": L[Xi[UpdateQueueRecordsVisibilityRequestEntry]],
        "Entries.$": str,
    },
    total=False,
)
UpdateShardCountParameters = TypedDict(
    "UpdateShardCountParameters",
    {
        "StreamName": S,
        "StreamName.$": str,
        "TargetShardCount": I,
        "TargetShardCount.$": str,
        "ScalingType": S,
        "ScalingType.$": str,
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
    },
    total=False,
)
UpdateStreamModeParameters = TypedDict(
    "UpdateStreamModeParameters",
    {
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "StreamModeDetails": X[StreamModeDetails],
        "StreamModeDetails.$": str,
        "WarmThroughputMiBps": I,
        "WarmThroughputMiBps.$": str,
    },
    total=False,
)
UpdateStreamRecordDistributionStrategyParameters = TypedDict(
    "UpdateStreamRecordDistributionStrategyParameters",
    {
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "RecordDistributionStrategy": S,
        "RecordDistributionStrategy.$": str,
    },
    total=False,
)
UpdateStreamWarmThroughputParameters = TypedDict(
    "UpdateStreamWarmThroughputParameters",
    {
        "StreamARN": S,
        "StreamARN.$": str,
        "StreamName": S,
        "StreamName.$": str,
        "StreamId": S,
        "StreamId.$": str,
        "WarmThroughputMiBps": I,
        "WarmThroughputMiBps.$": str,
    },
    total=False,
)
acknowledge_dead_letter_queue_records: Builder[AcknowledgeDeadLetterQueueRecordsParameters]
acknowledge_queue_records: Builder[AcknowledgeQueueRecordsParameters]
add_tags_to_stream: Builder[AddTagsToStreamParameters]
create_channel: Builder[CreateChannelParameters]
create_queue: Builder[CreateQueueParameters]
create_stream: Builder[CreateStreamParameters]
decrease_stream_retention_period: Builder[DecreaseStreamRetentionPeriodParameters]
delete_channel: Builder[DeleteChannelParameters]
delete_queue: Builder[DeleteQueueParameters]
delete_resource_policy: Builder[DeleteResourcePolicyParameters]
delete_stream: Builder[DeleteStreamParameters]
deregister_stream_consumer: Builder[DeregisterStreamConsumerParameters]
describe_account_settings: Builder[DescribeAccountSettingsParameters]
describe_channel: Builder[DescribeChannelParameters]
describe_limits: Builder[DescribeLimitsParameters]
describe_queue: Builder[DescribeQueueParameters]
describe_stream: Builder[DescribeStreamParameters]
describe_stream_consumer: Builder[DescribeStreamConsumerParameters]
describe_stream_summary: Builder[DescribeStreamSummaryParameters]
disable_enhanced_monitoring: Builder[DisableEnhancedMonitoringParameters]
enable_enhanced_monitoring: Builder[EnableEnhancedMonitoringParameters]
get_records: Builder[GetRecordsParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_shard_iterator: Builder[GetShardIteratorParameters]
increase_stream_retention_period: Builder[IncreaseStreamRetentionPeriodParameters]
list_channels: Builder[ListChannelsParameters]
list_queues: Builder[ListQueuesParameters]
list_shards: Builder[ListShardsParameters]
list_stream_consumers: Builder[ListStreamConsumersParameters]
list_streams: Builder[ListStreamsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tags_for_stream: Builder[ListTagsForStreamParameters]
merge_shards: Builder[MergeShardsParameters]
put_record: Builder[PutRecordParameters]
put_records: Builder[PutRecordsParameters]
put_resource_policy: Builder[PutResourcePolicyParameters]
receive_dead_letter_queue_records: Builder[ReceiveDeadLetterQueueRecordsParameters]
receive_queue_records: Builder[ReceiveQueueRecordsParameters]
register_stream_consumer: Builder[RegisterStreamConsumerParameters]
remove_tags_from_stream: Builder[RemoveTagsFromStreamParameters]
restore_dead_letter_queue_records: Builder[RestoreDeadLetterQueueRecordsParameters]
split_shard: Builder[SplitShardParameters]
start_stream_encryption: Builder[StartStreamEncryptionParameters]
stop_stream_encryption: Builder[StopStreamEncryptionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_account_settings: Builder[UpdateAccountSettingsParameters]
update_channel: Builder[UpdateChannelParameters]
update_dead_letter_queue_records_visibility: Builder[
    UpdateDeadLetterQueueRecordsVisibilityParameters
]
update_max_record_size: Builder[UpdateMaxRecordSizeParameters]
update_queue: Builder[UpdateQueueParameters]
update_queue_records_visibility: Builder[UpdateQueueRecordsVisibilityParameters]
update_shard_count: Builder[UpdateShardCountParameters]
update_stream_mode: Builder[UpdateStreamModeParameters]
update_stream_record_distribution_strategy: Builder[
    UpdateStreamRecordDistributionStrategyParameters
]
update_stream_warm_throughput: Builder[UpdateStreamWarmThroughputParameters]

__all__ = [
    "acknowledge_dead_letter_queue_records",
    "acknowledge_queue_records",
    "add_tags_to_stream",
    "create_channel",
    "create_queue",
    "create_stream",
    "decrease_stream_retention_period",
    "delete_channel",
    "delete_queue",
    "delete_resource_policy",
    "delete_stream",
    "deregister_stream_consumer",
    "describe_account_settings",
    "describe_channel",
    "describe_limits",
    "describe_queue",
    "describe_stream",
    "describe_stream_consumer",
    "describe_stream_summary",
    "disable_enhanced_monitoring",
    "enable_enhanced_monitoring",
    "get_records",
    "get_resource_policy",
    "get_shard_iterator",
    "increase_stream_retention_period",
    "list_channels",
    "list_queues",
    "list_shards",
    "list_stream_consumers",
    "list_streams",
    "list_tags_for_resource",
    "list_tags_for_stream",
    "merge_shards",
    "put_record",
    "put_records",
    "put_resource_policy",
    "receive_dead_letter_queue_records",
    "receive_queue_records",
    "register_stream_consumer",
    "remove_tags_from_stream",
    "restore_dead_letter_queue_records",
    "split_shard",
    "start_stream_encryption",
    "stop_stream_encryption",
    "tag_resource",
    "untag_resource",
    "update_account_settings",
    "update_channel",
    "update_dead_letter_queue_records_visibility",
    "update_max_record_size",
    "update_queue",
    "update_queue_records_visibility",
    "update_shard_count",
    "update_stream_mode",
    "update_stream_record_distribution_strategy",
    "update_stream_warm_throughput",
]
