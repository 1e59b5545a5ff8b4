"""Typed builders of the AWS SDK integration of autoscalingplans (``aws-sdk:autoscalingplans:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, T, X, Xi

class TagFilter(TypedDict, total=False):
    Key: S
    Values: L[Si]

class ApplicationSource(TypedDict, total=False):
    CloudFormationStackARN: S
    TagFilters: L[Xi[TagFilter]]

class PredefinedScalingMetricSpecification(TypedDict, total=False):
    PredefinedScalingMetricType: S
    ResourceLabel: S

class MetricDimension(TypedDict, total=False):
    Name: S
    Value: S

class CustomizedScalingMetricSpecification(TypedDict, total=False):
    MetricName: S
    Namespace: S
    Dimensions: L[Xi[MetricDimension]]
    Statistic: S
    Unit: S

class TargetTrackingConfiguration(TypedDict, total=False):
    PredefinedScalingMetricSpecification: X[PredefinedScalingMetricSpecification]
    CustomizedScalingMetricSpecification: X[CustomizedScalingMetricSpecification]
    TargetValue: F
    DisableScaleIn: B
    ScaleOutCooldown: I
    ScaleInCooldown: I
    EstimatedInstanceWarmup: I

class PredefinedLoadMetricSpecification(TypedDict, total=False):
    PredefinedLoadMetricType: S
    ResourceLabel: S

class CustomizedLoadMetricSpecification(TypedDict, total=False):
    MetricName: S
    Namespace: S
    Dimensions: L[Xi[MetricDimension]]
    Statistic: S
    Unit: S

class ScalingInstruction(TypedDict, total=False):
    ServiceNamespace: S
    ResourceId: S
    ScalableDimension: S
    MinCapacity: I
    MaxCapacity: I
    TargetTrackingConfigurations: L[Xi[TargetTrackingConfiguration]]
    PredefinedLoadMetricSpecification: X[PredefinedLoadMetricSpecification]
    CustomizedLoadMetricSpecification: X[CustomizedLoadMetricSpecification]
    ScheduledActionBufferTime: I
    PredictiveScalingMaxCapacityBehavior: S
    PredictiveScalingMaxCapacityBuffer: I
    PredictiveScalingMode: S
    ScalingPolicyUpdateBehavior: S
    DisableDynamicScaling: B

CreateScalingPlanParameters = TypedDict(
    "CreateScalingPlanParameters",
    {
        "ScalingPlanName": S,
        "ScalingPlanName.$": str,
        "ApplicationSource": X[ApplicationSource],
        "ApplicationSource.$": str,
        "ScalingInstructions": L[Xi[ScalingInstruction]],
        "ScalingInstructions.$": str,
    },
    total=False,
)
DeleteScalingPlanParameters = TypedDict(
    "DeleteScalingPlanParameters",
    {
        "ScalingPlanName": S,
        "ScalingPlanName.$": str,
        "ScalingPlanVersion": I,
        "ScalingPlanVersion.$": str,
    },
    total=False,
)
DescribeScalingPlanResourcesParameters = TypedDict(
    "DescribeScalingPlanResourcesParameters",
    {
        "ScalingPlanName": S,
        "ScalingPlanName.$": str,
        "ScalingPlanVersion": I,
        "ScalingPlanVersion.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
DescribeScalingPlansParameters = TypedDict(
    "DescribeScalingPlansParameters",
    {
        "ScalingPlanNames": L[Si],
        "ScalingPlanNames.$": str,
        "ScalingPlanVersion": I,
        "ScalingPlanVersion.$": str,
        "ApplicationSources": L[Xi[ApplicationSource]],
        "ApplicationSources.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
GetScalingPlanResourceForecastDataParameters = TypedDict(
    "GetScalingPlanResourceForecastDataParameters",
    {
        "ScalingPlanName": S,
        "ScalingPlanName.$": str,
        "ScalingPlanVersion": I,
        "ScalingPlanVersion.$": str,
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "ResourceId": S,
        "ResourceId.$": str,
        "ScalableDimension": S,
        "ScalableDimension.$": str,
        "ForecastDataType": S,
        "ForecastDataType.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
    },
    total=False,
)
UpdateScalingPlanParameters = TypedDict(
    "UpdateScalingPlanParameters",
    {
        "ScalingPlanName": S,
        "ScalingPlanName.$": str,
        "ScalingPlanVersion": I,
        "ScalingPlanVersion.$": str,
        "ApplicationSource": X[ApplicationSource],
        "ApplicationSource.$": str,
        "ScalingInstructions": L[Xi[ScalingInstruction]],
        "ScalingInstructions.$": str,
    },
    total=False,
)
create_scaling_plan: Builder[CreateScalingPlanParameters]
delete_scaling_plan: Builder[DeleteScalingPlanParameters]
describe_scaling_plan_resources: Builder[DescribeScalingPlanResourcesParameters]
describe_scaling_plans: Builder[DescribeScalingPlansParameters]
get_scaling_plan_resource_forecast_data: Builder[GetScalingPlanResourceForecastDataParameters]
update_scaling_plan: Builder[UpdateScalingPlanParameters]

__all__ = [
    "create_scaling_plan",
    "delete_scaling_plan",
    "describe_scaling_plan_resources",
    "describe_scaling_plans",
    "get_scaling_plan_resource_forecast_data",
    "update_scaling_plan",
]
