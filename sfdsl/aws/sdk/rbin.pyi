"""Typed builders of the AWS SDK integration of rbin (``aws-sdk:rbin:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

class RetentionPeriod(TypedDict, total=False):
    RetentionPeriodValue: I
    RetentionPeriodUnit: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class ResourceTag(TypedDict, total=False):
    ResourceTagKey: S
    ResourceTagValue: S

class UnlockDelay(TypedDict, total=False):
    UnlockDelayValue: I
    UnlockDelayUnit: S

class LockConfiguration(TypedDict, total=False):
    UnlockDelay: X[UnlockDelay]

CreateRuleParameters = TypedDict(
    "CreateRuleParameters",
    {
        "RetentionPeriod": X[RetentionPeriod],
        "RetentionPeriod.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
        "LockConfiguration": X[LockConfiguration],
        "LockConfiguration.$": str,
        "ExcludeResourceTags": L[Xi[ResourceTag]],
        "ExcludeResourceTags.$": str,
    },
    total=False,
)
DeleteRuleParameters = TypedDict(
    "DeleteRuleParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
GetRuleParameters = TypedDict(
    "GetRuleParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
ListRulesParameters = TypedDict(
    "ListRulesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
        "LockState": S,
        "LockState.$": str,
        "ExcludeResourceTags": L[Xi[ResourceTag]],
        "ExcludeResourceTags.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
LockRuleParameters = TypedDict(
    "LockRuleParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "LockConfiguration": X[LockConfiguration],
        "LockConfiguration.$": str,
    },
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
UnlockRuleParameters = TypedDict(
    "UnlockRuleParameters", {"Identifier": S, "Identifier.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateRuleParameters = TypedDict(
    "UpdateRuleParameters",
    {
        "Identifier": S,
        "Identifier.$": str,
        "RetentionPeriod": X[RetentionPeriod],
        "RetentionPeriod.$": str,
        "Description": S,
        "Description.$": str,
        "ResourceType": S,
        "ResourceType.$": str,
        "ResourceTags": L[Xi[ResourceTag]],
        "ResourceTags.$": str,
        "ExcludeResourceTags": L[Xi[ResourceTag]],
        "ExcludeResourceTags.$": str,
    },
    total=False,
)
create_rule: Builder[CreateRuleParameters]
delete_rule: Builder[DeleteRuleParameters]
get_rule: Builder[GetRuleParameters]
list_rules: Builder[ListRulesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
lock_rule: Builder[LockRuleParameters]
tag_resource: Builder[TagResourceParameters]
unlock_rule: Builder[UnlockRuleParameters]
untag_resource: Builder[UntagResourceParameters]
update_rule: Builder[UpdateRuleParameters]

__all__ = [
    "create_rule",
    "delete_rule",
    "get_rule",
    "list_rules",
    "list_tags_for_resource",
    "lock_rule",
    "tag_resource",
    "unlock_rule",
    "untag_resource",
    "update_rule",
]
