"""Typed builders of the AWS SDK integration of sqs.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AddPermissionParameters = TypedDict(
        "AddPermissionParameters",
        {
            "QueueUrl": Any,
            "QueueUrl.$": Any,
            "Label": Any,
            "Label.$": Any,
            "AwsAccountIds": Any,
            "AwsAccountIds.$": Any,
            "Actions": Any,
            "Actions.$": Any,
        },
        total=False,
    )
    CancelMessageMoveTaskParameters = TypedDict(
        "CancelMessageMoveTaskParameters", {"TaskHandle": Any, "TaskHandle.$": Any}, total=False
    )
    ChangeMessageVisibilityParameters = TypedDict(
        "ChangeMessageVisibilityParameters",
        {
            "QueueUrl": Any,
            "QueueUrl.$": Any,
            "ReceiptHandle": Any,
            "ReceiptHandle.$": Any,
            "VisibilityTimeout": Any,
            "VisibilityTimeout.$": Any,
        },
        total=False,
    )
    ChangeMessageVisibilityBatchParameters = TypedDict(
        "ChangeMessageVisibilityBatchParameters",
        {"QueueUrl": Any, "QueueUrl.$": Any, "Entries": Any, "Entries.$": Any},
        total=False,
    )
    CreateQueueParameters = TypedDict(
        "CreateQueueParameters",
        {
            "QueueName": Any,
            "QueueName.$": Any,
            "Attributes": Any,
            "Attributes.$": Any,
            "Tags": Any,
            "Tags.$": Any,
        },
        total=False,
    )
    DeleteMessageParameters = TypedDict(
        "DeleteMessageParameters",
        {"QueueUrl": Any, "QueueUrl.$": Any, "ReceiptHandle": Any, "ReceiptHandle.$": Any},
        total=False,
    )
    DeleteMessageBatchParameters = TypedDict(
        "DeleteMessageBatchParameters",
        {"QueueUrl": Any, "QueueUrl.$": Any, "Entries": Any, "Entries.$": Any},
        total=False,
    )
    DeleteQueueParameters = TypedDict(
        "DeleteQueueParameters", {"QueueUrl": Any, "QueueUrl.$": Any}, total=False
    )
    GetQueueAttributesParameters = TypedDict(
        "GetQueueAttributesParameters",
        {"QueueUrl": Any, "QueueUrl.$": Any, "AttributeNames": Any, "AttributeNames.$": Any},
        total=False,
    )
    GetQueueUrlParameters = TypedDict(
        "GetQueueUrlParameters",
        {
            "QueueName": Any,
            "QueueName.$": Any,
            "QueueOwnerAWSAccountId": Any,
            "QueueOwnerAWSAccountId.$": Any,
        },
        total=False,
    )
    ListDeadLetterSourceQueuesParameters = TypedDict(
        "ListDeadLetterSourceQueuesParameters",
        {
            "QueueUrl": Any,
            "QueueUrl.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    ListMessageMoveTasksParameters = TypedDict(
        "ListMessageMoveTasksParameters",
        {"SourceArn": Any, "SourceArn.$": Any, "MaxResults": Any, "MaxResults.$": Any},
        total=False,
    )
    ListQueueTagsParameters = TypedDict(
        "ListQueueTagsParameters", {"QueueUrl": Any, "QueueUrl.$": Any}, total=False
    )
    ListQueuesParameters = TypedDict(
        "ListQueuesParameters",
        {
            "QueueNamePrefix": Any,
            "QueueNamePrefix.$": Any,
            "NextToken": Any,
            "NextToken.$": Any,
            "MaxResults": Any,
            "MaxResults.$": Any,
        },
        total=False,
    )
    PurgeQueueParameters = TypedDict(
        "PurgeQueueParameters", {"QueueUrl": Any, "QueueUrl.$": Any}, total=False
    )
    ReceiveMessageParameters = TypedDict(
        "ReceiveMessageParameters",
        {
            "QueueUrl": Any,
            "QueueUrl.$": Any,
            "AttributeNames": Any,
            "AttributeNames.$": Any,
            "MessageSystemAttributeNames": Any,
            "MessageSystemAttributeNames.$": Any,
            "MessageAttributeNames": Any,
            "MessageAttributeNames.$": Any,
            "MaxNumberOfMessages": Any,
            "MaxNumberOfMessages.$": Any,
            "VisibilityTimeout": Any,
            "VisibilityTimeout.$": Any,
            "WaitTimeSeconds": Any,
            "WaitTimeSeconds.$": Any,
            "ReceiveRequestAttemptId": Any,
            "ReceiveRequestAttemptId.$": Any,
        },
        total=False,
    )
    RemovePermissionParameters = TypedDict(
        "RemovePermissionParameters",
        {"QueueUrl": Any, "QueueUrl.$": Any, "Label": Any, "Label.$": Any},
        total=False,
    )
    SendMessageParameters = TypedDict(
        "SendMessageParameters",
        {
            "QueueUrl": Any,
            "QueueUrl.$": Any,
            "MessageBody": Any,
            "MessageBody.$": Any,
            "DelaySeconds": Any,
            "DelaySeconds.$": Any,
            "MessageAttributes": Any,
            "MessageAttributes.$": Any,
            "MessageSystemAttributes": Any,
            "MessageSystemAttributes.$": Any,
            "MessageDeduplicationId": Any,
            "MessageDeduplicationId.$": Any,
            "MessageGroupId": Any,
            "MessageGroupId.$": Any,
        },
        total=False,
    )
    SendMessageBatchParameters = TypedDict(
        "SendMessageBatchParameters",
        {"QueueUrl": Any, "QueueUrl.$": Any, "Entries": Any, "Entries.$": Any},
        total=False,
    )
    SetQueueAttributesParameters = TypedDict(
        "SetQueueAttributesParameters",
        {"QueueUrl": Any, "QueueUrl.$": Any, "Attributes": Any, "Attributes.$": Any},
        total=False,
    )
    StartMessageMoveTaskParameters = TypedDict(
        "StartMessageMoveTaskParameters",
        {
            "SourceArn": Any,
            "SourceArn.$": Any,
            "DestinationArn": Any,
            "DestinationArn.$": Any,
            "MaxNumberOfMessagesPerSecond": Any,
            "MaxNumberOfMessagesPerSecond.$": Any,
        },
        total=False,
    )
    TagQueueParameters = TypedDict(
        "TagQueueParameters",
        {"QueueUrl": Any, "QueueUrl.$": Any, "Tags": Any, "Tags.$": Any},
        total=False,
    )
    UntagQueueParameters = TypedDict(
        "UntagQueueParameters",
        {"QueueUrl": Any, "QueueUrl.$": Any, "TagKeys": Any, "TagKeys.$": Any},
        total=False,
    )


def add_permission(
    name: str,
    parameters: AddPermissionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:addPermission (``arn:aws:states:::aws-sdk:sqs:addPermission``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:addPermission", parameters, pattern, options)


def cancel_message_move_task(
    name: str,
    parameters: CancelMessageMoveTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:cancelMessageMoveTask (``arn:aws:states:::aws-sdk:sqs:cancelMessageMoveTask``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:cancelMessageMoveTask", parameters, pattern, options)


def change_message_visibility(
    name: str,
    parameters: ChangeMessageVisibilityParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:changeMessageVisibility (``arn:aws:states:::aws-sdk:sqs:changeMessageVisibility``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:changeMessageVisibility", parameters, pattern, options)


def change_message_visibility_batch(
    name: str,
    parameters: ChangeMessageVisibilityBatchParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:changeMessageVisibilityBatch (``arn:aws:states:::aws-sdk:sqs:changeMessageVisibilityBatch``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:changeMessageVisibilityBatch", parameters, pattern, options)


def create_queue(
    name: str,
    parameters: CreateQueueParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:createQueue (``arn:aws:states:::aws-sdk:sqs:createQueue``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:createQueue", parameters, pattern, options)


def delete_message(
    name: str,
    parameters: DeleteMessageParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:deleteMessage (``arn:aws:states:::aws-sdk:sqs:deleteMessage``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:deleteMessage", parameters, pattern, options)


def delete_message_batch(
    name: str,
    parameters: DeleteMessageBatchParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:deleteMessageBatch (``arn:aws:states:::aws-sdk:sqs:deleteMessageBatch``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:deleteMessageBatch", parameters, pattern, options)


def delete_queue(
    name: str,
    parameters: DeleteQueueParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:deleteQueue (``arn:aws:states:::aws-sdk:sqs:deleteQueue``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:deleteQueue", parameters, pattern, options)


def get_queue_attributes(
    name: str,
    parameters: GetQueueAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:getQueueAttributes (``arn:aws:states:::aws-sdk:sqs:getQueueAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:getQueueAttributes", parameters, pattern, options)


def get_queue_url(
    name: str,
    parameters: GetQueueUrlParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:getQueueUrl (``arn:aws:states:::aws-sdk:sqs:getQueueUrl``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:getQueueUrl", parameters, pattern, options)


def list_dead_letter_source_queues(
    name: str,
    parameters: ListDeadLetterSourceQueuesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:listDeadLetterSourceQueues (``arn:aws:states:::aws-sdk:sqs:listDeadLetterSourceQueues``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:listDeadLetterSourceQueues", parameters, pattern, options)


def list_message_move_tasks(
    name: str,
    parameters: ListMessageMoveTasksParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:listMessageMoveTasks (``arn:aws:states:::aws-sdk:sqs:listMessageMoveTasks``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:listMessageMoveTasks", parameters, pattern, options)


def list_queue_tags(
    name: str,
    parameters: ListQueueTagsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:listQueueTags (``arn:aws:states:::aws-sdk:sqs:listQueueTags``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:listQueueTags", parameters, pattern, options)


def list_queues(
    name: str,
    parameters: ListQueuesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:listQueues (``arn:aws:states:::aws-sdk:sqs:listQueues``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:listQueues", parameters, pattern, options)


def purge_queue(
    name: str,
    parameters: PurgeQueueParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:purgeQueue (``arn:aws:states:::aws-sdk:sqs:purgeQueue``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:purgeQueue", parameters, pattern, options)


def receive_message(
    name: str,
    parameters: ReceiveMessageParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:receiveMessage (``arn:aws:states:::aws-sdk:sqs:receiveMessage``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:receiveMessage", parameters, pattern, options)


def remove_permission(
    name: str,
    parameters: RemovePermissionParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:removePermission (``arn:aws:states:::aws-sdk:sqs:removePermission``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:removePermission", parameters, pattern, options)


def send_message(
    name: str,
    parameters: SendMessageParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:sendMessage (``arn:aws:states:::aws-sdk:sqs:sendMessage``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:sendMessage", parameters, pattern, options)


def send_message_batch(
    name: str,
    parameters: SendMessageBatchParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:sendMessageBatch (``arn:aws:states:::aws-sdk:sqs:sendMessageBatch``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:sendMessageBatch", parameters, pattern, options)


def set_queue_attributes(
    name: str,
    parameters: SetQueueAttributesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:setQueueAttributes (``arn:aws:states:::aws-sdk:sqs:setQueueAttributes``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:setQueueAttributes", parameters, pattern, options)


def start_message_move_task(
    name: str,
    parameters: StartMessageMoveTaskParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:startMessageMoveTask (``arn:aws:states:::aws-sdk:sqs:startMessageMoveTask``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:startMessageMoveTask", parameters, pattern, options)


def tag_queue(
    name: str,
    parameters: TagQueueParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:tagQueue (``arn:aws:states:::aws-sdk:sqs:tagQueue``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:tagQueue", parameters, pattern, options)


def untag_queue(
    name: str,
    parameters: UntagQueueParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sqs:untagQueue (``arn:aws:states:::aws-sdk:sqs:untagQueue``); the parameters are checked against its API model."""
    return sdk_task(name, "sqs:untagQueue", parameters, pattern, options)


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
