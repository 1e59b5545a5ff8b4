"""Typed builders of the AWS SDK integration of applicationautoscaling (``aws-sdk:applicationautoscaling:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, M, S, Si, T, X, Xi

DeleteScalingPolicyParameters = TypedDict(
    "DeleteScalingPolicyParameters",
    {
        "PolicyName": S,
        "PolicyName.$": str,
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ScalableDimension": S,
        "ScalableDimension.$": str,
    },
    total=False,
)
DeleteScheduledActionParameters = TypedDict(
    "DeleteScheduledActionParameters",
    {
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "ScheduledActionName": S,
        "ScheduledActionName.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ScalableDimension": S,
        "ScalableDimension.$": str,
    },
    total=False,
)
DeregisterScalableTargetParameters = TypedDict(
    "DeregisterScalableTargetParameters",
    {
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ScalableDimension": S,
        "ScalableDimension.$": str,
    },
    total=False,
)
DescribeScalableTargetsParameters = TypedDict(
    "DescribeScalableTargetsParameters",
    {
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "ResourceIds": L[Si],
        "ResourceIds.$": str,
        "ScalableDimension": S,
        "ScalableDimension.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeScalingActivitiesParameters = TypedDict(
    "DescribeScalingActivitiesParameters",
    {
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ScalableDimension": S,
        "ScalableDimension.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "IncludeNotScaledActivities": B,
        "IncludeNotScaledActivities.$": str,
    },
    total=False,
)
DescribeScalingPoliciesParameters = TypedDict(
    "DescribeScalingPoliciesParameters",
    {
        "PolicyNames": L[Si],
        "PolicyNames.$": str,
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ScalableDimension": S,
        "ScalableDimension.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeScheduledActionsParameters = TypedDict(
    "DescribeScheduledActionsParameters",
    {
        "ScheduledActionNames": L[Si],
        "ScheduledActionNames.$": str,
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ScalableDimension": S,
        "ScalableDimension.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetPredictiveScalingForecastParameters = TypedDict(
    "GetPredictiveScalingForecastParameters",
    {
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ScalableDimension": S,
        "ScalableDimension.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)

class StepAdjustment(TypedDict, total=False):
    MetricIntervalLowerBound: F
    MetricIntervalUpperBound: F
    ScalingAdjustment: I

class StepScalingPolicyConfiguration(TypedDict, total=False):
    AdjustmentType: S
    StepAdjustments: L[Xi[StepAdjustment]]
    MinAdjustmentMagnitude: I
    Cooldown: I
    MetricAggregationType: S

class PredefinedMetricSpecification(TypedDict, total=False):
    PredefinedMetricType: S
    ResourceLabel: S

class MetricDimension(TypedDict, total=False):
    Name: S
    Value: S

class TargetTrackingMetricDimension(TypedDict, total=False):
    Name: S
    Value: S

class TargetTrackingMetric(TypedDict, total=False):
    Dimensions: L[Xi[TargetTrackingMetricDimension]]
    MetricName: S
    Namespace: S

class TargetTrackingMetricStat(TypedDict, total=False):
    Metric: X[TargetTrackingMetric]
    Stat: S
    Unit: S

class TargetTrackingMetricDataQuery(TypedDict, total=False):
    Expression: S
    Id: S
    Label: S
    MetricStat: X[TargetTrackingMetricStat]
    ReturnData: B

class CustomizedMetricSpecification(TypedDict, total=False):
    MetricName: S
    Namespace: S
    Dimensions: L[Xi[MetricDimension]]
    Statistic: S
    Unit: S
    Metrics: L[Xi[TargetTrackingMetricDataQuery]]

class TargetTrackingScalingPolicyConfiguration(TypedDict, total=False):
    TargetValue: F
    PredefinedMetricSpecification: X[PredefinedMetricSpecification]
    CustomizedMetricSpecification: X[CustomizedMetricSpecification]
    ScaleOutCooldown: I
    ScaleInCooldown: I
    DisableScaleIn: B

class PredictiveScalingPredefinedMetricPairSpecification(TypedDict, total=False):
    PredefinedMetricType: S
    ResourceLabel: S

class PredictiveScalingPredefinedScalingMetricSpecification(TypedDict, total=False):
    PredefinedMetricType: S
    ResourceLabel: S

class PredictiveScalingPredefinedLoadMetricSpecification(TypedDict, total=False):
    PredefinedMetricType: S
    ResourceLabel: S

class PredictiveScalingMetricDimension(TypedDict, total=False):
    Name: S
    Value: S

class PredictiveScalingMetric(TypedDict, total=False):
    Dimensions: L[Xi[PredictiveScalingMetricDimension]]
    MetricName: S
    Namespace: S

class PredictiveScalingMetricStat(TypedDict, total=False):
    Metric: X[PredictiveScalingMetric]
    Stat: S
    Unit: S

class PredictiveScalingMetricDataQuery(TypedDict, total=False):
    Id: S
    Expression: S
    MetricStat: X[PredictiveScalingMetricStat]
    Label: S
    ReturnData: B

class PredictiveScalingCustomizedMetricSpecification(TypedDict, total=False):
    MetricDataQueries: L[Xi[PredictiveScalingMetricDataQuery]]

class PredictiveScalingMetricSpecification(TypedDict, total=False):
    TargetValue: F
    PredefinedMetricPairSpecification: X[PredictiveScalingPredefinedMetricPairSpecification]
    PredefinedScalingMetricSpecification: X[PredictiveScalingPredefinedScalingMetricSpecification]
    PredefinedLoadMetricSpecification: X[PredictiveScalingPredefinedLoadMetricSpecification]
    CustomizedScalingMetricSpecification: X[PredictiveScalingCustomizedMetricSpecification]
    CustomizedLoadMetricSpecification: X[PredictiveScalingCustomizedMetricSpecification]
    CustomizedCapacityMetricSpecification: X[PredictiveScalingCustomizedMetricSpecification]

class PredictiveScalingPolicyConfiguration(TypedDict, total=False):
    MetricSpecifications: L[Xi[PredictiveScalingMetricSpecification]]
    Mode: S
    SchedulingBufferTime: I
    MaxCapacityBreachBehavior: S
    MaxCapacityBuffer: I

PutScalingPolicyParameters = TypedDict(
    "PutScalingPolicyParameters",
    {
        "PolicyName": S,
        "PolicyName.$": str,
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ScalableDimension": S,
        "ScalableDimension.$": str,
        "PolicyType": S,
        "PolicyType.$": str,
        "StepScalingPolicyConfiguration": X[StepScalingPolicyConfiguration],
        "StepScalingPolicyConfiguration.$": str,
        "TargetTrackingScalingPolicyConfiguration": X[TargetTrackingScalingPolicyConfiguration],
        "TargetTrackingScalingPolicyConfiguration.$": str,
        "PredictiveScalingPolicyConfiguration": X[PredictiveScalingPolicyConfiguration],
        "PredictiveScalingPolicyConfiguration.$": str,
    },
    total=False,
)

class ScalableTargetAction(TypedDict, total=False):
    MinCapacity: I
    MaxCapacity: I

PutScheduledActionParameters = TypedDict(
    "PutScheduledActionParameters",
    {
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "Schedule": S,
        "Schedule.$": str,
        "Timezone": S,
        "Timezone.$": str,
        "ScheduledActionName": S,
        "ScheduledActionName.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ScalableDimension": S,
        "ScalableDimension.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "ScalableTargetAction": X[ScalableTargetAction],
        "ScalableTargetAction.$": str,
    },
    total=False,
)

class SuspendedState(TypedDict, total=False):
    DynamicScalingInSuspended: B
    DynamicScalingOutSuspended: B
    ScheduledScalingSuspended: B

RegisterScalableTargetParameters = TypedDict(
    "RegisterScalableTargetParameters",
    {
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ScalableDimension": S,
        "ScalableDimension.$": str,
        "MinCapacity": I,
        "MinCapacity.$": str,
        "MaxCapacity": I,
        "MaxCapacity.$": str,
        "RoleARN": S,
        "RoleARN.$": str,
        "SuspendedState": X[SuspendedState],
        "SuspendedState.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": M[S], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
delete_scaling_policy: Builder[DeleteScalingPolicyParameters]
delete_scheduled_action: Builder[DeleteScheduledActionParameters]
deregister_scalable_target: Builder[DeregisterScalableTargetParameters]
describe_scalable_targets: Builder[DescribeScalableTargetsParameters]
describe_scaling_activities: Builder[DescribeScalingActivitiesParameters]
describe_scaling_policies: Builder[DescribeScalingPoliciesParameters]
describe_scheduled_actions: Builder[DescribeScheduledActionsParameters]
get_predictive_scaling_forecast: Builder[GetPredictiveScalingForecastParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_scaling_policy: Builder[PutScalingPolicyParameters]
put_scheduled_action: Builder[PutScheduledActionParameters]
register_scalable_target: Builder[RegisterScalableTargetParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]

__all__ = [
    "delete_scaling_policy",
    "delete_scheduled_action",
    "deregister_scalable_target",
    "describe_scalable_targets",
    "describe_scaling_activities",
    "describe_scaling_policies",
    "describe_scheduled_actions",
    "get_predictive_scaling_forecast",
    "list_tags_for_resource",
    "put_scaling_policy",
    "put_scheduled_action",
    "register_scalable_target",
    "tag_resource",
    "untag_resource",
]
