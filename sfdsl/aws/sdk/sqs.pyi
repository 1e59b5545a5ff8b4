"""Typed builders of the AWS SDK integration of sqs (``aws-sdk:sqs:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X, Xi

AddPermissionParameters = TypedDict(
    "AddPermissionParameters",
    {
        "QueueUrl": S,
        "QueueUrl.$": str,
        "Label": S,
        "Label.$": str,
        "AwsAccountIds": L[Si],
        "AwsAccountIds.$": str,
        "Actions": L[Si],
        "Actions.$": str,
    },
    total=False,
)
CancelMessageMoveTaskParameters = TypedDict(
    "CancelMessageMoveTaskParameters", {"TaskHandle": S, "TaskHandle.$": str}, total=False
)
ChangeMessageVisibilityParameters = TypedDict(
    "ChangeMessageVisibilityParameters",
    {
        "QueueUrl": S,
        "QueueUrl.$": str,
        "ReceiptHandle": S,
        "ReceiptHandle.$": str,
        "VisibilityTimeout": I,
        "VisibilityTimeout.$": str,
    },
    total=False,
)

class ChangeMessageVisibilityBatchRequestEntry(TypedDict, total=False):
    Id: S
    ReceiptHandle: S
    VisibilityTimeout: I

ChangeMessageVisibilityBatchParameters = TypedDict(
    "ChangeMessageVisibilityBatchParameters",
    {
        "QueueUrl": S,
        "QueueUrl.$": str,
        "Entries": L[Xi[ChangeMessageVisibilityBatchRequestEntry]],
        "Entries.$": str,
    },
    total=False,
)
CreateQueueParameters = TypedDict(
    "CreateQueueParameters",
    {
        "QueueName": S,
        "QueueName.$": str,
        "Attributes": M[S],
        "Attributes.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteMessageParameters = TypedDict(
    "DeleteMessageParameters",
    {"QueueUrl": S, "QueueUrl.$": str, "ReceiptHandle": S, "ReceiptHandle.$": str},
    total=False,
)

class DeleteMessageBatchRequestEntry(TypedDict, total=False):
    Id: S
    ReceiptHandle: S

DeleteMessageBatchParameters = TypedDict(
    "DeleteMessageBatchParameters",
    {
        "QueueUrl": S,
        "QueueUrl.$": str,
        "Entries": L[Xi[DeleteMessageBatchRequestEntry]],
        "Entries.$": str,
    },
    total=False,
)
DeleteQueueParameters = TypedDict(
    "DeleteQueueParameters", {"QueueUrl": S, "QueueUrl.$": str}, total=False
)
GetQueueAttributesParameters = TypedDict(
    "GetQueueAttributesParameters",
    {"QueueUrl": S, "QueueUrl.$": str, "AttributeNames": L[Si], "AttributeNames.$": str},
    total=False,
)
GetQueueUrlParameters = TypedDict(
    "GetQueueUrlParameters",
    {
        "QueueName": S,
        "QueueName.$": str,
        "QueueOwnerAWSAccountId": S,
        "QueueOwnerAWSAccountId.$": str,
    },
    total=False,
)
ListDeadLetterSourceQueuesParameters = TypedDict(
    "ListDeadLetterSourceQueuesParameters",
    {
        "QueueUrl": S,
        "QueueUrl.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListMessageMoveTasksParameters = TypedDict(
    "ListMessageMoveTasksParameters",
    {"SourceArn": S, "SourceArn.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListQueueTagsParameters = TypedDict(
    "ListQueueTagsParameters", {"QueueUrl": S, "QueueUrl.$": str}, total=False
)
ListQueuesParameters = TypedDict(
    "ListQueuesParameters",
    {
        "QueueNamePrefix": S,
        "QueueNamePrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
PurgeQueueParameters = TypedDict(
    "PurgeQueueParameters", {"QueueUrl": S, "QueueUrl.$": str}, total=False
)
ReceiveMessageParameters = TypedDict(
    "ReceiveMessageParameters",
    {
        "QueueUrl": S,
        "QueueUrl.$": str,
        "AttributeNames": L[Si],
        "AttributeNames.$": str,
        "MessageSystemAttributeNames": L[Si],
        "MessageSystemAttributeNames.$": str,
        "MessageAttributeNames": L[Si],
        "MessageAttributeNames.$": str,
        "MaxNumberOfMessages": I,
        "MaxNumberOfMessages.$": str,
        "VisibilityTimeout": I,
        "VisibilityTimeout.$": str,
        "WaitTimeSeconds": I,
        "WaitTimeSeconds.$": str,
        "ReceiveRequestAttemptId": S,
        "ReceiveRequestAttemptId.$": str,
    },
    total=False,
)
RemovePermissionParameters = TypedDict(
    "RemovePermissionParameters",
    {"QueueUrl": S, "QueueUrl.$": str, "Label": S, "Label.$": str},
    total=False,
)

class MessageAttributeValue(TypedDict, total=False):
    StringValue: S
    BinaryValue: S
    StringListValues: L[Si]
    BinaryListValues: L[Si]
    DataType: S

class MessageSystemAttributeValue(TypedDict, total=False):
    StringValue: S
    BinaryValue: S
    StringListValues: L[Si]
    BinaryListValues: L[Si]
    DataType: S

SendMessageParameters = TypedDict(
    "SendMessageParameters",
    {
        "QueueUrl": S,
        "QueueUrl.$": str,
        "MessageBody": S,
        "MessageBody.$": str,
        "DelaySeconds": I,
        "DelaySeconds.$": str,
        "MessageAttributes": M[X[MessageAttributeValue]],
        "MessageAttributes.$": str,
        "MessageSystemAttributes": M[X[MessageSystemAttributeValue]],
        "MessageSystemAttributes.$": str,
        "MessageDeduplicationId": S,
        "MessageDeduplicationId.$": str,
        "MessageGroupId": S,
        "MessageGroupId.$": str,
    },
    total=False,
)

class SendMessageBatchRequestEntry(TypedDict, total=False):
    Id: S
    MessageBody: S
    DelaySeconds: I
    MessageAttributes: M[X[MessageAttributeValue]]
    MessageSystemAttributes: M[X[MessageSystemAttributeValue]]
    MessageDeduplicationId: S
    MessageGroupId: S

SendMessageBatchParameters = TypedDict(
    "SendMessageBatchParameters",
    {
        "QueueUrl": S,
        "QueueUrl.$": str,
        "Entries": L[Xi[SendMessageBatchRequestEntry]],
        "Entries.$": str,
    },
    total=False,
)
SetQueueAttributesParameters = TypedDict(
    "SetQueueAttributesParameters",
    {"QueueUrl": S, "QueueUrl.$": str, "Attributes": M[S], "Attributes.$": str},
    total=False,
)
StartMessageMoveTaskParameters = TypedDict(
    "StartMessageMoveTaskParameters",
    {
        "SourceArn": S,
        "SourceArn.$": str,
        "DestinationArn": S,
        "DestinationArn.$": str,
        "MaxNumberOfMessagesPerSecond": I,
        "MaxNumberOfMessagesPerSecond.$": str,
    },
    total=False,
)
TagQueueParameters = TypedDict(
    "TagQueueParameters",
    {"QueueUrl": S, "QueueUrl.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagQueueParameters = TypedDict(
    "UntagQueueParameters",
    {"QueueUrl": S, "QueueUrl.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
add_permission: Builder[AddPermissionParameters]
cancel_message_move_task: Builder[CancelMessageMoveTaskParameters]
change_message_visibility: Builder[ChangeMessageVisibilityParameters]
change_message_visibility_batch: Builder[ChangeMessageVisibilityBatchParameters]
create_queue: Builder[CreateQueueParameters]
delete_message: Builder[DeleteMessageParameters]
delete_message_batch: Builder[DeleteMessageBatchParameters]
delete_queue: Builder[DeleteQueueParameters]
get_queue_attributes: Builder[GetQueueAttributesParameters]
get_queue_url: Builder[GetQueueUrlParameters]
list_dead_letter_source_queues: Builder[ListDeadLetterSourceQueuesParameters]
list_message_move_tasks: Builder[ListMessageMoveTasksParameters]
list_queue_tags: Builder[ListQueueTagsParameters]
list_queues: Builder[ListQueuesParameters]
purge_queue: Builder[PurgeQueueParameters]
receive_message: Builder[ReceiveMessageParameters]
remove_permission: Builder[RemovePermissionParameters]
send_message: Builder[SendMessageParameters]
send_message_batch: Builder[SendMessageBatchParameters]
set_queue_attributes: Builder[SetQueueAttributesParameters]
start_message_move_task: Builder[StartMessageMoveTaskParameters]
tag_queue: Builder[TagQueueParameters]
untag_queue: Builder[UntagQueueParameters]

__all__ = [
    "add_permission",
    "cancel_message_move_task",
    "change_message_visibility",
    "change_message_visibility_batch",
    "create_queue",
    "delete_message",
    "delete_message_batch",
    "delete_queue",
    "get_queue_attributes",
    "get_queue_url",
    "list_dead_letter_source_queues",
    "list_message_move_tasks",
    "list_queue_tags",
    "list_queues",
    "purge_queue",
    "receive_message",
    "remove_permission",
    "send_message",
    "send_message_batch",
    "set_queue_attributes",
    "start_message_move_task",
    "tag_queue",
    "untag_queue",
]
