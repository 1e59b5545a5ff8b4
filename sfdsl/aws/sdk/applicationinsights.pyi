"""Typed builders of the AWS SDK integration of applicationinsights (``aws-sdk:applicationinsights:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class WorkloadConfiguration(TypedDict, total=False):
    WorkloadName: S
    Tier: S
    Configuration: S

AddWorkloadParameters = TypedDict(
    "AddWorkloadParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "WorkloadConfiguration": X[WorkloadConfiguration],
        "WorkloadConfiguration.$": str,
    },
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "OpsCenterEnabled": B,
        "OpsCenterEnabled.$": str,
        "CweMonitorEnabled": B,
        "CweMonitorEnabled.$": str,
        "OpsItemSNSTopicArn": S,
        "OpsItemSNSTopicArn.$": str,
        "SnsNotificationArn": S,
        "SnsNotificationArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AutoConfigEnabled": B,
        "AutoConfigEnabled.$": str,
        "AutoCreate": B,
        "AutoCreate.$": str,
        "GroupingType": S,
        "GroupingType.$": str,
        "AttachMissingPermission": B,
        "AttachMissingPermission.$": str,
    },
    total=False,
)
CreateComponentParameters = TypedDict(
    "CreateComponentParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "ResourceList": L[Si],
        "ResourceList.$": str,
    },
    total=False,
)
CreateLogPatternParameters = TypedDict(
    "CreateLogPatternParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "PatternSetName": S,
        "PatternSetName.$": str,
        "PatternName": S,
        "PatternName.$": str,
        "Pattern": S,
        "Pattern.$": str,
        "Rank": I,
        "Rank.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"ResourceGroupName": S, "ResourceGroupName.$": str}, total=False
)
DeleteComponentParameters = TypedDict(
    "DeleteComponentParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
    },
    total=False,
)
DeleteLogPatternParameters = TypedDict(
    "DeleteLogPatternParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "PatternSetName": S,
        "PatternSetName.$": str,
        "PatternName": S,
        "PatternName.$": str,
    },
    total=False,
)
DescribeApplicationParameters = TypedDict(
    "DescribeApplicationParameters",
    {"ResourceGroupName": S, "ResourceGroupName.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
DescribeComponentParameters = TypedDict(
    "DescribeComponentParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
DescribeComponentConfigurationParameters = TypedDict(
    "DescribeComponentConfigurationParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
DescribeComponentConfigurationRecommendationParameters = TypedDict(
    "DescribeComponentConfigurationRecommendationParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "Tier": S,
        "Tier.$": str,
        "WorkloadName": S,
        "WorkloadName.$": str,
        "RecommendationType": S,
        "RecommendationType.$": str,
    },
    total=False,
)
DescribeLogPatternParameters = TypedDict(
    "DescribeLogPatternParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "PatternSetName": S,
        "PatternSetName.$": str,
        "PatternName": S,
        "PatternName.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
DescribeObservationParameters = TypedDict(
    "DescribeObservationParameters",
    {"ObservationId": S, "ObservationId.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
DescribeProblemParameters = TypedDict(
    "DescribeProblemParameters",
    {"ProblemId": S, "ProblemId.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
DescribeProblemObservationsParameters = TypedDict(
    "DescribeProblemObservationsParameters",
    {"ProblemId": S, "ProblemId.$": str, "AccountId": S, "AccountId.$": str},
    total=False,
)
DescribeWorkloadParameters = TypedDict(
    "DescribeWorkloadParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "WorkloadId": S,
        "WorkloadId.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
ListComponentsParameters = TypedDict(
    "ListComponentsParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
ListConfigurationHistoryParameters = TypedDict(
    "ListConfigurationHistoryParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "EventStatus": S,
        "EventStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
ListLogPatternSetsParameters = TypedDict(
    "ListLogPatternSetsParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
ListLogPatternsParameters = TypedDict(
    "ListLogPatternsParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "PatternSetName": S,
        "PatternSetName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
ListProblemsParameters = TypedDict(
    "ListProblemsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "Visibility": S,
        "Visibility.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
ListWorkloadsParameters = TypedDict(
    "ListWorkloadsParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "AccountId": S,
        "AccountId.$": str,
    },
    total=False,
)
RemoveWorkloadParameters = TypedDict(
    "RemoveWorkloadParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "WorkloadId": S,
        "WorkloadId.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceARN": S, "ResourceARN.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "OpsCenterEnabled": B,
        "OpsCenterEnabled.$": str,
        "CweMonitorEnabled": B,
        "CweMonitorEnabled.$": str,
        "OpsItemSNSTopicArn": S,
        "OpsItemSNSTopicArn.$": str,
        "SnsNotificationArn": S,
        "SnsNotificationArn.$": str,
        "RemoveSNSTopic": B,
        "RemoveSNSTopic.$": str,
        "AutoConfigEnabled": B,
        "AutoConfigEnabled.$": str,
        "AttachMissingPermission": B,
        "AttachMissingPermission.$": str,
    },
    total=False,
)
UpdateComponentParameters = TypedDict(
    "UpdateComponentParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "NewComponentName": S,
        "NewComponentName.$": str,
        "ResourceList": L[Si],
        "ResourceList.$": str,
    },
    total=False,
)
UpdateComponentConfigurationParameters = TypedDict(
    "UpdateComponentConfigurationParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "Monitor": B,
        "Monitor.$": str,
        "Tier": S,
        "Tier.$": str,
        "ComponentConfiguration": S,
        "ComponentConfiguration.$": str,
        "AutoConfigEnabled": B,
        "AutoConfigEnabled.$": str,
    },
    total=False,
)
UpdateLogPatternParameters = TypedDict(
    "UpdateLogPatternParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "PatternSetName": S,
        "PatternSetName.$": str,
        "PatternName": S,
        "PatternName.$": str,
        "Pattern": S,
        "Pattern.$": str,
        "Rank": I,
        "Rank.$": str,
    },
    total=False,
)
UpdateProblemParameters = TypedDict(
    "UpdateProblemParameters",
    {
        "ProblemId": S,
        "ProblemId.$": str,
        "UpdateStatus": S,
        "UpdateStatus.$": str,
        "Visibility": S,
        "Visibility.$": str,
    },
    total=False,
)
UpdateWorkloadParameters = TypedDict(
    "UpdateWorkloadParameters",
    {
        "ResourceGroupName": S,
        "ResourceGroupName.$": str,
        "ComponentName": S,
        "ComponentName.$": str,
        "WorkloadId": S,
        "WorkloadId.$": str,
        "WorkloadConfiguration": X[WorkloadConfiguration],
        "WorkloadConfiguration.$": str,
    },
    total=False,
)
add_workload: Builder[AddWorkloadParameters]
create_application: Builder[CreateApplicationParameters]
create_component: Builder[CreateComponentParameters]
create_log_pattern: Builder[CreateLogPatternParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_component: Builder[DeleteComponentParameters]
delete_log_pattern: Builder[DeleteLogPatternParameters]
describe_application: Builder[DescribeApplicationParameters]
describe_component: Builder[DescribeComponentParameters]
describe_component_configuration: Builder[DescribeComponentConfigurationParameters]
describe_component_configuration_recommendation: Builder[
    DescribeComponentConfigurationRecommendationParameters
]
describe_log_pattern: Builder[DescribeLogPatternParameters]
describe_observation: Builder[DescribeObservationParameters]
describe_problem: Builder[DescribeProblemParameters]
describe_problem_observations: Builder[DescribeProblemObservationsParameters]
describe_workload: Builder[DescribeWorkloadParameters]
list_applications: Builder[ListApplicationsParameters]
list_components: Builder[ListComponentsParameters]
list_configuration_history: Builder[ListConfigurationHistoryParameters]
list_log_pattern_sets: Builder[ListLogPatternSetsParameters]
list_log_patterns: Builder[ListLogPatternsParameters]
list_problems: Builder[ListProblemsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_workloads: Builder[ListWorkloadsParameters]
remove_workload: Builder[RemoveWorkloadParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_application: Builder[UpdateApplicationParameters]
update_component: Builder[UpdateComponentParameters]
update_component_configuration: Builder[UpdateComponentConfigurationParameters]
update_log_pattern: Builder[UpdateLogPatternParameters]
update_problem: Builder[UpdateProblemParameters]
update_workload: Builder[UpdateWorkloadParameters]

__all__ = [
    "add_workload",
    "create_application",
    "create_component",
    "create_log_pattern",
    "delete_application",
    "delete_component",
    "delete_log_pattern",
    "describe_application",
    "describe_component",
    "describe_component_configuration",
    "describe_component_configuration_recommendation",
    "describe_log_pattern",
    "describe_observation",
    "describe_problem",
    "describe_problem_observations",
    "describe_workload",
    "list_applications",
    "list_components",
    "list_configuration_history",
    "list_log_pattern_sets",
    "list_log_patterns",
    "list_problems",
    "list_tags_for_resource",
    "list_workloads",
    "remove_workload",
    "tag_resource",
    "untag_resource",
    "update_application",
    "update_component",
    "update_component_configuration",
    "update_log_pattern",
    "update_problem",
    "update_workload",
]
