"""Typed builders of the AWS SDK integration of launchwizard (``aws-sdk:launchwizard:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, Xi

CreateDeploymentParameters = TypedDict(
    "CreateDeploymentParameters",
    {
        "WorkloadName": S,
        "WorkloadName.$": str,
        "DeploymentPatternName": S,
        "DeploymentPatternName.$": str,
        "Name": S,
        "Name.$": str,
        "Specifications": M[S],
        "Specifications.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteDeploymentParameters = TypedDict(
    "DeleteDeploymentParameters", {"DeploymentId": S, "DeploymentId.$": str}, total=False
)
GetDeploymentParameters = TypedDict(
    "GetDeploymentParameters", {"DeploymentId": S, "DeploymentId.$": str}, total=False
)
GetDeploymentPatternVersionParameters = TypedDict(
    "GetDeploymentPatternVersionParameters",
    {
        "WorkloadName": S,
        "WorkloadName.$": str,
        "DeploymentPatternName": S,
        "DeploymentPatternName.$": str,
        "DeploymentPatternVersionName": S,
        "DeploymentPatternVersionName.$": str,
    },
    total=False,
)
GetWorkloadParameters = TypedDict(
    "GetWorkloadParameters", {"WorkloadName": S, "WorkloadName.$": str}, total=False
)
GetWorkloadDeploymentPatternParameters = TypedDict(
    "GetWorkloadDeploymentPatternParameters",
    {
        "WorkloadName": S,
        "WorkloadName.$": str,
        "DeploymentPatternName": S,
        "DeploymentPatternName.$": str,
    },
    total=False,
)
ListDeploymentEventsParameters = TypedDict(
    "ListDeploymentEventsParameters",
    {
        "DeploymentId": S,
        "DeploymentId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class DeploymentPatternVersionFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListDeploymentPatternVersionsParameters = TypedDict(
    "ListDeploymentPatternVersionsParameters",
    {
        "WorkloadName": S,
        "WorkloadName.$": str,
        "DeploymentPatternName": S,
        "DeploymentPatternName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filters": L[Xi[DeploymentPatternVersionFilter]],
        "Filters.$": str,
    },
    total=False,
)

class DeploymentFilter(TypedDict, total=False):
    Name: S
    Values: L[Si]

ListDeploymentsParameters = TypedDict(
    "ListDeploymentsParameters",
    {
        "Filters": L[Xi[DeploymentFilter]],
        "Filters.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListWorkloadDeploymentPatternsParameters = TypedDict(
    "ListWorkloadDeploymentPatternsParameters",
    {
        "WorkloadName": S,
        "WorkloadName.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListWorkloadsParameters = TypedDict(
    "ListWorkloadsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
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
UpdateDeploymentParameters = TypedDict(
    "UpdateDeploymentParameters",
    {
        "DeploymentId": S,
        "DeploymentId.$": str,
        "Specifications": M[S],
        "Specifications.$": str,
        "WorkloadVersionName": S,
        "WorkloadVersionName.$": str,
        "DeploymentPatternVersionName": S,
        "DeploymentPatternVersionName.$": str,
        "DryRun": B,
        "DryRun.$": str,
        "Force": B,
        "Force.$": str,
    },
    total=False,
)
create_deployment: Builder[CreateDeploymentParameters]
delete_deployment: Builder[DeleteDeploymentParameters]
get_deployment: Builder[GetDeploymentParameters]
get_deployment_pattern_version: Builder[GetDeploymentPatternVersionParameters]
get_workload: Builder[GetWorkloadParameters]
get_workload_deployment_pattern: Builder[GetWorkloadDeploymentPatternParameters]
list_deployment_events: Builder[ListDeploymentEventsParameters]
list_deployment_pattern_versions: Builder[ListDeploymentPatternVersionsParameters]
list_deployments: Builder[ListDeploymentsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_workload_deployment_patterns: Builder[ListWorkloadDeploymentPatternsParameters]
list_workloads: Builder[ListWorkloadsParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_deployment: Builder[UpdateDeploymentParameters]

__all__ = [
    "create_deployment",
    "delete_deployment",
    "get_deployment",
    "get_deployment_pattern_version",
    "get_workload",
    "get_workload_deployment_pattern",
    "list_deployment_events",
    "list_deployment_pattern_versions",
    "list_deployments",
    "list_tags_for_resource",
    "list_workload_deployment_patterns",
    "list_workloads",
    "tag_resource",
    "untag_resource",
    "update_deployment",
]
