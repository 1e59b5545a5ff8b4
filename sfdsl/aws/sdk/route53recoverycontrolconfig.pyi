"""Typed builders of the AWS SDK integration of route53recoverycontrolconfig (``aws-sdk:route53recoverycontrolconfig:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X

CreateClusterParameters = TypedDict(
    "CreateClusterParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ClusterName": S,
        "ClusterName.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "NetworkType": S,
        "NetworkType.$": str,
    },
    total=False,
)
CreateControlPanelParameters = TypedDict(
    "CreateControlPanelParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "ControlPanelName": S,
        "ControlPanelName.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
CreateRoutingControlParameters = TypedDict(
    "CreateRoutingControlParameters",
    {
        "ClientToken": S,
        "ClientToken.$": str,
        "ClusterArn": S,
        "ClusterArn.$": str,
        "ControlPanelArn": S,
        "ControlPanelArn.$": str,
        "RoutingControlName": S,
        "RoutingControlName.$": str,
    },
    total=False,
)

class RuleConfig(TypedDict, total=False):
    Inverted: B
    Threshold: I
    Type: S

class NewAssertionRule(TypedDict, total=False):
    AssertedControls: L[Si]
    ControlPanelArn: S
    Name: S
    RuleConfig: X[RuleConfig]
    WaitPeriodMs: I

class NewGatingRule(TypedDict, total=False):
    ControlPanelArn: S
    GatingControls: L[Si]
    Name: S
    RuleConfig: X[RuleConfig]
    TargetControls: L[Si]
    WaitPeriodMs: I

CreateSafetyRuleParameters = TypedDict(
    "CreateSafetyRuleParameters",
    {
        "AssertionRule": X[NewAssertionRule],
        "AssertionRule.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "GatingRule": X[NewGatingRule],
        "GatingRule.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteClusterParameters = TypedDict(
    "DeleteClusterParameters", {"ClusterArn": S, "ClusterArn.$": str}, total=False
)
DeleteControlPanelParameters = TypedDict(
    "DeleteControlPanelParameters", {"ControlPanelArn": S, "ControlPanelArn.$": str}, total=False
)
DeleteRoutingControlParameters = TypedDict(
    "DeleteRoutingControlParameters",
    {"RoutingControlArn": S, "RoutingControlArn.$": str},
    total=False,
)
DeleteSafetyRuleParameters = TypedDict(
    "DeleteSafetyRuleParameters", {"SafetyRuleArn": S, "SafetyRuleArn.$": str}, total=False
)
DescribeClusterParameters = TypedDict(
    "DescribeClusterParameters", {"ClusterArn": S, "ClusterArn.$": str}, total=False
)
DescribeControlPanelParameters = TypedDict(
    "DescribeControlPanelParameters", {"ControlPanelArn": S, "ControlPanelArn.$": str}, total=False
)
DescribeRoutingControlParameters = TypedDict(
    "DescribeRoutingControlParameters",
    {"RoutingControlArn": S, "RoutingControlArn.$": str},
    total=False,
)
DescribeSafetyRuleParameters = TypedDict(
    "DescribeSafetyRuleParameters", {"SafetyRuleArn": S, "SafetyRuleArn.$": str}, total=False
)
GetResourcePolicyParameters = TypedDict(
    "GetResourcePolicyParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListAssociatedRoute53HealthChecksParameters = TypedDict(
    "ListAssociatedRoute53HealthChecksParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RoutingControlArn": S,
        "RoutingControlArn.$": str,
    },
    total=False,
)
ListClustersParameters = TypedDict(
    "ListClustersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListControlPanelsParameters = TypedDict(
    "ListControlPanelsParameters",
    {
        "ClusterArn": S,
        "ClusterArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRoutingControlsParameters = TypedDict(
    "ListRoutingControlsParameters",
    {
        "ControlPanelArn": S,
        "ControlPanelArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSafetyRulesParameters = TypedDict(
    "ListSafetyRulesParameters",
    {
        "ControlPanelArn": S,
        "ControlPanelArn.$": str,
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
UpdateClusterParameters = TypedDict(
    "UpdateClusterParameters",
    {"ClusterArn": S, "ClusterArn.$": str, "NetworkType": S, "NetworkType.$": str},
    total=False,
)
UpdateControlPanelParameters = TypedDict(
    "UpdateControlPanelParameters",
    {
        "ControlPanelArn": S,
        "ControlPanelArn.$": str,
        "ControlPanelName": S,
        "ControlPanelName.$": str,
    },
    total=False,
)
UpdateRoutingControlParameters = TypedDict(
    "UpdateRoutingControlParameters",
    {
        "RoutingControlArn": S,
        "RoutingControlArn.$": str,
        "RoutingControlName": S,
        "RoutingControlName.$": str,
    },
    total=False,
)

class AssertionRuleUpdate(TypedDict, total=False):
    Name: S
    SafetyRuleArn: S
    WaitPeriodMs: I

class GatingRuleUpdate(TypedDict, total=False):
    Name: S
    SafetyRuleArn: S
    WaitPeriodMs: I

UpdateSafetyRuleParameters = TypedDict(
    "UpdateSafetyRuleParameters",
    {
        "AssertionRuleUpdate": X[AssertionRuleUpdate],
        "AssertionRuleUpdate.$": str,
        "GatingRuleUpdate": X[GatingRuleUpdate],
        "GatingRuleUpdate.$": str,
    },
    total=False,
)
create_cluster: Builder[CreateClusterParameters]
create_control_panel: Builder[CreateControlPanelParameters]
create_routing_control: Builder[CreateRoutingControlParameters]
create_safety_rule: Builder[CreateSafetyRuleParameters]
delete_cluster: Builder[DeleteClusterParameters]
delete_control_panel: Builder[DeleteControlPanelParameters]
delete_routing_control: Builder[DeleteRoutingControlParameters]
delete_safety_rule: Builder[DeleteSafetyRuleParameters]
describe_cluster: Builder[DescribeClusterParameters]
describe_control_panel: Builder[DescribeControlPanelParameters]
describe_routing_control: Builder[DescribeRoutingControlParameters]
describe_safety_rule: Builder[DescribeSafetyRuleParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
list_associated_route53_health_checks: Builder[ListAssociatedRoute53HealthChecksParameters]
list_clusters: Builder[ListClustersParameters]
list_control_panels: Builder[ListControlPanelsParameters]
list_routing_controls: Builder[ListRoutingControlsParameters]
list_safety_rules: Builder[ListSafetyRulesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_cluster: Builder[UpdateClusterParameters]
update_control_panel: Builder[UpdateControlPanelParameters]
update_routing_control: Builder[UpdateRoutingControlParameters]
update_safety_rule: Builder[UpdateSafetyRuleParameters]

__all__ = [
    "create_cluster",
    "create_control_panel",
    "create_routing_control",
    "create_safety_rule",
    "delete_cluster",
    "delete_control_panel",
    "delete_routing_control",
    "delete_safety_rule",
    "describe_cluster",
    "describe_control_panel",
    "describe_routing_control",
    "describe_safety_rule",
    "get_resource_policy",
    "list_associated_route53_health_checks",
    "list_clusters",
    "list_control_panels",
    "list_routing_controls",
    "list_safety_rules",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_cluster",
    "update_control_panel",
    "update_routing_control",
    "update_safety_rule",
]
