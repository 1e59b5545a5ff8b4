"""Typed builders of the AWS SDK integration of snowdevicemanagement (``aws-sdk:snowdevicemanagement:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X

CancelTaskParameters = TypedDict(
    "CancelTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)

class Reboot(TypedDict, total=False): ...
class Unlock(TypedDict, total=False): ...

class Command(TypedDict, total=False):
    Reboot: X[Reboot]
    Unlock: X[Unlock]

CreateTaskParameters = TypedDict(
    "CreateTaskParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "Command": X[Command],
        "Command.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Targets": L[Si],
        "Targets.$": str,
    },
    total=False,
)
DescribeDeviceParameters = TypedDict(
    "DescribeDeviceParameters", {"ManagedDeviceId": S, "ManagedDeviceId.$": str}, total=False
)
DescribeDeviceEc2InstancesParameters = TypedDict(
    "DescribeDeviceEc2InstancesParameters",
    {"InstanceIds": L[Si], "InstanceIds.$": str, "ManagedDeviceId": S, "ManagedDeviceId.$": str},
    total=False,
)
DescribeExecutionParameters = TypedDict(
    "DescribeExecutionParameters",
    {"ManagedDeviceId": S, "ManagedDeviceId.$": str, "TaskId": S, "TaskId.$": str},
    total=False,
)
DescribeTaskParameters = TypedDict(
    "DescribeTaskParameters", {"TaskId": S, "TaskId.$": str}, total=False
)
ListDeviceResourcesParameters = TypedDict(
    "ListDeviceResourcesParameters",
    {
        "ManagedDeviceId": S,
        "ManagedDeviceId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)
ListDevicesParameters = TypedDict(
    "ListDevicesParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListExecutionsParameters = TypedDict(
    "ListExecutionsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "State": S,
        "State.$": str,
        "TaskId": S,
        "TaskId.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTasksParameters = TypedDict(
    "ListTasksParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "State": S,
        "State.$": str,
    },
    total=False,
)
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
cancel_task: Builder[CancelTaskParameters]
create_task: Builder[CreateTaskParameters]
describe_device: Builder[DescribeDeviceParameters]
describe_device_ec2_instances: Builder[DescribeDeviceEc2InstancesParameters]
describe_execution: Builder[DescribeExecutionParameters]
describe_task: Builder[DescribeTaskParameters]
list_device_resources: Builder[ListDeviceResourcesParameters]
list_devices: Builder[ListDevicesParameters]
list_executions: Builder[ListExecutionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_tasks: Builder[ListTasksParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "cancel_task",
    "create_task",
    "describe_device",
    "describe_device_ec2_instances",
    "describe_execution",
    "describe_task",
    "list_device_resources",
    "list_devices",
    "list_executions",
    "list_tags_for_resource",
    "list_tasks",
    "tag_resource",
    "untag_resource",
]
