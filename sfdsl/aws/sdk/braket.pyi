"""Typed builders of the AWS SDK integration of braket (``aws-sdk:braket:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, T, X, Xi

CancelJobParameters = TypedDict("CancelJobParameters", {"JobArn": S, "JobArn.$": str}, total=False)
CancelQuantumTaskParameters = TypedDict(
    "CancelQuantumTaskParameters",
    {"QuantumTaskArn": S, "QuantumTaskArn.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)

class ScriptModeConfig(TypedDict, total=False):
    EntryPoint: S
    S3Uri: S
    CompressionType: S

class ContainerImage(TypedDict, total=False):
    Uri: S

class AlgorithmSpecification(TypedDict, total=False):
    ScriptModeConfig: X[ScriptModeConfig]
    ContainerImage: X[ContainerImage]

class S3DataSource(TypedDict, total=False):
    S3Uri: S

class DataSource(TypedDict, total=False):
    S3DataSource: X[S3DataSource]

class InputFileConfig(TypedDict, total=False):
    ChannelName: S
    ContentType: S
    DataSource: X[DataSource]

class JobOutputDataConfig(TypedDict, total=False):
    KmsKeyId: S
    S3Path: S

class JobCheckpointConfig(TypedDict, total=False):
    LocalPath: S
    S3Uri: S

class JobStoppingCondition(TypedDict, total=False):
    MaxRuntimeInSeconds: I

class InstanceConfig(TypedDict, total=False):
    InstanceType: S
    VolumeSizeInGb: I
    InstanceCount: I

class DeviceConfig(TypedDict, total=False):
    Device: S

class Association(TypedDict, total=False):
    Arn: S
    Type: S

CreateJobParameters = TypedDict(
    "CreateJobParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "AlgorithmSpecification": X[AlgorithmSpecification],
        "AlgorithmSpecification.$": str,
        "InputDataConfig": L[Xi[InputFileConfig]],
        "InputDataConfig.$": str,
        "OutputDataConfig": X[JobOutputDataConfig],
        "OutputDataConfig.$": str,
        "CheckpointConfig": X[JobCheckpointConfig],
        "CheckpointConfig.$": str,
        "JobName": S,
        "JobName.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "StoppingCondition": X[JobStoppingCondition],
        "StoppingCondition.$": str,
        "InstanceConfig": X[InstanceConfig],
        "InstanceConfig.$": str,
        "HyperParameters": M[S],
        "HyperParameters.$": str,
        "DeviceConfig": X[DeviceConfig],
        "DeviceConfig.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Associations": L[Xi[Association]],
        "Associations.$": str,
    },
    total=False,
)

class ExperimentalCapabilities(TypedDict, total=False):
    Enabled: S

CreateQuantumTaskParameters = TypedDict(
    "CreateQuantumTaskParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DeviceArn": S,
        "DeviceArn.$": str,
        "DeviceParameters": S,
        "DeviceParameters.$": str,
        "Shots": I,
        "Shots.$": str,
        "OutputS3Bucket": S,
        "OutputS3Bucket.$": str,
        "OutputS3KeyPrefix": S,
        "OutputS3KeyPrefix.$": str,
        "Action": S,
        "Action.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "JobToken": S,
        "JobToken.$": str,
        "Associations": L[Xi[Association]],
        "Associations.$": str,
        "ExperimentalCapabilities": X[ExperimentalCapabilities],
        "ExperimentalCapabilities.$": str,
    },
    total=False,
)

class TimePeriod(TypedDict, total=False):
    StartAt: T
    EndAt: T

CreateSpendingLimitParameters = TypedDict(
    "CreateSpendingLimitParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "DeviceArn": S,
        "DeviceArn.$": str,
        "SpendingLimit": S,
        "SpendingLimit.$": str,
        "TimePeriod": X[TimePeriod],
        "TimePeriod.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteSpendingLimitParameters = TypedDict(
    "DeleteSpendingLimitParameters", {"SpendingLimitArn": S, "SpendingLimitArn.$": str}, total=False
)
GetDeviceParameters = TypedDict(
    "GetDeviceParameters", {"DeviceArn": S, "DeviceArn.$": str}, total=False
)
GetJobParameters = TypedDict(
    "GetJobParameters",
    {
        "JobArn": S,
        "JobArn.$": str,
        "AdditionalAttributeNames": L[Si],
        "AdditionalAttributeNames.$": str,
    },
    total=False,
)
GetQuantumTaskParameters = TypedDict(
    "GetQuantumTaskParameters",
    {
        "QuantumTaskArn": S,
        "QuantumTaskArn.$": str,
        "AdditionalAttributeNames": L[Si],
        "AdditionalAttributeNames.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)

class SearchDevicesFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

SearchDevicesParameters = TypedDict(
    "SearchDevicesParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[SearchDevicesFilter]],
        "Filters.$": str,
    },
    total=False,
)

class SearchJobsFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

SearchJobsParameters = TypedDict(
    "SearchJobsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[SearchJobsFilter]],
        "Filters.$": str,
    },
    total=False,
)

class SearchQuantumTasksFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

SearchQuantumTasksParameters = TypedDict(
    "SearchQuantumTasksParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[SearchQuantumTasksFilter]],
        "Filters.$": str,
    },
    total=False,
)

class SearchSpendingLimitsFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Operator: S

SearchSpendingLimitsParameters = TypedDict(
    "SearchSpendingLimitsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filters": L[Xi[SearchSpendingLimitsFilter]],
        "Filters.$": str,
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
UpdateSpendingLimitParameters = TypedDict(
    "UpdateSpendingLimitParameters",
    {
        "SpendingLimitArn": S,
        "SpendingLimitArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "SpendingLimit": S,
        "SpendingLimit.$": str,
        "TimePeriod": X[TimePeriod],
        "TimePeriod.$": str,
    },
    total=False,
)
cancel_job: Builder[CancelJobParameters]
cancel_quantum_task: Builder[CancelQuantumTaskParameters]
create_job: Builder[CreateJobParameters]
create_quantum_task: Builder[CreateQuantumTaskParameters]
create_spending_limit: Builder[CreateSpendingLimitParameters]
delete_spending_limit: Builder[DeleteSpendingLimitParameters]
get_device: Builder[GetDeviceParameters]
get_job: Builder[GetJobParameters]
get_quantum_task: Builder[GetQuantumTaskParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
search_devices: Builder[SearchDevicesParameters]
search_jobs: Builder[SearchJobsParameters]
search_quantum_tasks: Builder[SearchQuantumTasksParameters]
search_spending_limits: Builder[SearchSpendingLimitsParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_spending_limit: Builder[UpdateSpendingLimitParameters]

__all__ = [
    "cancel_job",
    "cancel_quantum_task",
    "create_job",
    "create_quantum_task",
    "create_spending_limit",
    "delete_spending_limit",
    "get_device",
    "get_job",
    "get_quantum_task",
    "list_tags_for_resource",
    "search_devices",
    "search_jobs",
    "search_quantum_tasks",
    "search_spending_limits",
    "tag_resource",
    "untag_resource",
    "update_spending_limit",
]
