"""Typed builders of the AWS SDK integration of scheduler (``aws-sdk:scheduler:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, Mi, S, Si, T, X, Xi

class DeadLetterConfig(TypedDict, total=False):
    Arn: S

class RetryPolicy(TypedDict, total=False):
    MaximumEventAgeInSeconds: I
    MaximumRetryAttempts: I

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

class EcsParameters(TypedDict, total=False):
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
    Tags: L[Mi[S]]

class EventBridgeParameters(TypedDict, total=False):
    DetailType: S
    Source: S

class EventBridgePutEventsV2Parameters(TypedDict, total=False):
    DetailType: S
    Source: S

class EventBridgePutRawEventsParameters(TypedDict, total=False):
    Metadata: M[S]

class KinesisParameters(TypedDict, total=False):
    PartitionKey: S

class SageMakerPipelineParameter(TypedDict, total=False):
    Name: S
    Value: S

class SageMakerPipelineParameters(TypedDict, total=False):
    PipelineParameterList: L[Xi[SageMakerPipelineParameter]]

class SqsParameters(TypedDict, total=False):
    MessageGroupId: S

class Target(TypedDict, total=False):
    Arn: S
    RoleArn: S
    DeadLetterConfig: X[DeadLetterConfig]
    RetryPolicy: X[RetryPolicy]
    Input: S
    EcsParameters: X[EcsParameters]
    EventBridgeParameters: X[EventBridgeParameters]
    EventBridgePutEventsV2Parameters: X[EventBridgePutEventsV2Parameters]
    EventBridgePutRawEventsParameters: X[EventBridgePutRawEventsParameters]
    KinesisParameters: X[KinesisParameters]
    SageMakerPipelineParameters: X[SageMakerPipelineParameters]
    SqsParameters: X[SqsParameters]

class FlexibleTimeWindow(TypedDict, total=False):
    Mode: S
    MaximumWindowInMinutes: I

CreateScheduleParameters = TypedDict(
    "CreateScheduleParameters",
    {
        "Name": S,
        "Name.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "ScheduleExpression": S,
        "ScheduleExpression.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "Description": S,
        "Description.$": str,
        "ScheduleExpressionTimezone": S,
        "ScheduleExpressionTimezone.$": str,
        "State": S,
        "State.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Target": X[Target],
        "Target.$": str,
        "FlexibleTimeWindow": X[FlexibleTimeWindow],
        "FlexibleTimeWindow.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ActionAfterCompletion": S,
        "ActionAfterCompletion.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateScheduleGroupParameters = TypedDict(
    "CreateScheduleGroupParameters",
    {
        "Name": S,
        "Name.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteScheduleParameters = TypedDict(
    "DeleteScheduleParameters",
    {
        "Name": S,
        "Name.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteScheduleGroupParameters = TypedDict(
    "DeleteScheduleGroupParameters",
    {"Name": S, "Name.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
GetScheduleParameters = TypedDict(
    "GetScheduleParameters",
    {"Name": S, "Name.$": str, "GroupName": S, "GroupName.$": str},
    total=False,
)
GetScheduleGroupParameters = TypedDict(
    "GetScheduleGroupParameters", {"Name": S, "Name.$": str}, total=False
)
ListScheduleGroupsParameters = TypedDict(
    "ListScheduleGroupsParameters",
    {
        "NamePrefix": S,
        "NamePrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListSchedulesParameters = TypedDict(
    "ListSchedulesParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "NamePrefix": S,
        "NamePrefix.$": str,
        "State": S,
        "State.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateScheduleParameters = TypedDict(
    "UpdateScheduleParameters",
    {
        "Name": S,
        "Name.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "ScheduleExpression": S,
        "ScheduleExpression.$": str,
        "StartDate": T,
        "StartDate.$": str,
        "EndDate": T,
        "EndDate.$": str,
        "Description": S,
        "Description.$": str,
        "ScheduleExpressionTimezone": S,
        "ScheduleExpressionTimezone.$": str,
        "State": S,
        "State.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "Target": X[Target],
        "Target.$": str,
        "FlexibleTimeWindow": X[FlexibleTimeWindow],
        "FlexibleTimeWindow.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "ActionAfterCompletion": S,
        "ActionAfterCompletion.$": str,
    },
    total=False,
)
create_schedule: Builder[CreateScheduleParameters]
create_schedule_group: Builder[CreateScheduleGroupParameters]
delete_schedule: Builder[DeleteScheduleParameters]
delete_schedule_group: Builder[DeleteScheduleGroupParameters]
get_schedule: Builder[GetScheduleParameters]
get_schedule_group: Builder[GetScheduleGroupParameters]
list_schedule_groups: Builder[ListScheduleGroupsParameters]
list_schedules: Builder[ListSchedulesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_schedule: Builder[UpdateScheduleParameters]

__all__ = [
    "create_schedule",
    "create_schedule_group",
    "delete_schedule",
    "delete_schedule_group",
    "get_schedule",
    "get_schedule_group",
    "list_schedule_groups",
    "list_schedules",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_schedule",
]
