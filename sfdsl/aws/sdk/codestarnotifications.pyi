"""Typed builders of the AWS SDK integration of codestarnotifications (``aws-sdk:codestarnotifications:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class Target(TypedDict, total=False):
    TargetType: S
    TargetAddress: S

CreateNotificationRuleParameters = TypedDict(
    "CreateNotificationRuleParameters",
    {
        "Name": S,
        "Name.$": str,
        "EventTypeIds": L[Si],
        "EventTypeIds.$": str,
        "Resource": S,
        "Resource.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "DetailType": S,
        "DetailType.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
DeleteNotificationRuleParameters = TypedDict(
    "DeleteNotificationRuleParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteTargetParameters = TypedDict(
    "DeleteTargetParameters",
    {
        "TargetAddress": S,
        "TargetAddress.$": str,
        "ForceUnsubscribeAll": B,
        "ForceUnsubscribeAll.$": str,
    },
    total=False,
)
DescribeNotificationRuleParameters = TypedDict(
    "DescribeNotificationRuleParameters", {"Arn": S, "Arn.$": str}, total=False
)

class ListEventTypesFilter(TypedDict, total=False):
    Name: S
    Value: S

ListEventTypesParameters = TypedDict(
    "ListEventTypesParameters",
    {
        "Filters": L[Xi[ListEventTypesFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class ListNotificationRulesFilter(TypedDict, total=False):
    Name: S
    Value: S

ListNotificationRulesParameters = TypedDict(
    "ListNotificationRulesParameters",
    {
        "Filters": L[Xi[ListNotificationRulesFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Arn": S, "Arn.$": str}, total=False
)

class ListTargetsFilter(TypedDict, total=False):
    Name: S
    Value: S

ListTargetsParameters = TypedDict(
    "ListTargetsParameters",
    {
        "Filters": L[Xi[ListTargetsFilter]],
        "Filters.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
SubscribeParameters = TypedDict(
    "SubscribeParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Target": X[Target],
        "Target.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters", {"Arn": S, "Arn.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
UnsubscribeParameters = TypedDict(
    "UnsubscribeParameters",
    {"Arn": S, "Arn.$": str, "TargetAddress": S, "TargetAddress.$": str},
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateNotificationRuleParameters = TypedDict(
    "UpdateNotificationRuleParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Status": S,
        "Status.$": str,
        "EventTypeIds": L[Si],
        "EventTypeIds.$": str,
        "Targets": L[Xi[Target]],
        "Targets.$": str,
        "DetailType": S,
        "DetailType.$": str,
    },
    total=False,
)
create_notification_rule: Builder[CreateNotificationRuleParameters]
delete_notification_rule: Builder[DeleteNotificationRuleParameters]
delete_target: Builder[DeleteTargetParameters]
describe_notification_rule: Builder[DescribeNotificationRuleParameters]
list_event_types: Builder[ListEventTypesParameters]
list_notification_rules: Builder[ListNotificationRulesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_targets: Builder[ListTargetsParameters]
subscribe: Builder[SubscribeParameters]
tag_resource: Builder[TagResourceParameters]
unsubscribe: Builder[UnsubscribeParameters]
untag_resource: Builder[UntagResourceParameters]
update_notification_rule: Builder[UpdateNotificationRuleParameters]

__all__ = [
    "create_notification_rule",
    "delete_notification_rule",
    "delete_target",
    "describe_notification_rule",
    "list_event_types",
    "list_notification_rules",
    "list_tags_for_resource",
    "list_targets",
    "subscribe",
    "tag_resource",
    "unsubscribe",
    "untag_resource",
    "update_notification_rule",
]
