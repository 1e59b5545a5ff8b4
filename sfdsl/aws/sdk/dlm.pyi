"""Typed builders of the AWS SDK integration of dlm (``aws-sdk:dlm:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class Script(TypedDict, total=False):
    Stages: L[Si]
    ExecutionHandlerService: S
    ExecutionHandler: S
    ExecuteOperationOnScriptFailure: B
    ExecutionTimeout: I
    MaximumRetryCount: I

class CreateRule(TypedDict, total=False):
    Location: S
    Interval: I
    IntervalUnit: S
    Times: L[Si]
    CronExpression: S
    Scripts: L[Xi[Script]]

class RetainRule(TypedDict, total=False):
    Count: I
    Interval: I
    IntervalUnit: S

class FastRestoreRule(TypedDict, total=False):
    Count: I
    Interval: I
    IntervalUnit: S
    AvailabilityZones: L[Si]
    AvailabilityZoneIds: L[Si]

class CrossRegionCopyRetainRule(TypedDict, total=False):
    Interval: I
    IntervalUnit: S

class CrossRegionCopyDeprecateRule(TypedDict, total=False):
    Interval: I
    IntervalUnit: S

class CrossRegionCopyRule(TypedDict, total=False):
    TargetRegion: S
    Target: S
    Encrypted: B
    CmkArn: S
    CopyTags: B
    RetainRule: X[CrossRegionCopyRetainRule]
    DeprecateRule: X[CrossRegionCopyDeprecateRule]

class ShareRule(TypedDict, total=False):
    TargetAccounts: L[Si]
    UnshareInterval: I
    UnshareIntervalUnit: S

class DeprecateRule(TypedDict, total=False):
    Count: I
    Interval: I
    IntervalUnit: S

class RetentionArchiveTier(TypedDict, total=False):
    Count: I
    Interval: I
    IntervalUnit: S

class ArchiveRetainRule(TypedDict, total=False):
    RetentionArchiveTier: X[RetentionArchiveTier]

class ArchiveRule(TypedDict, total=False):
    RetainRule: X[ArchiveRetainRule]

class Schedule(TypedDict, total=False):
    Name: S
    CopyTags: B
    TagsToAdd: L[Xi[Tag]]
    VariableTags: L[Xi[Tag]]
    CreateRule: X[CreateRule]
    RetainRule: X[RetainRule]
    FastRestoreRule: X[FastRestoreRule]
    CrossRegionCopyRules: L[Xi[CrossRegionCopyRule]]
    ShareRules: L[Xi[ShareRule]]
    DeprecateRule: X[DeprecateRule]
    ArchiveRule: X[ArchiveRule]

class Parameters(TypedDict, total=False):
    ExcludeBootVolume: B
    NoReboot: B
    ExcludeDataVolumeTags: L[Xi[Tag]]

class EventParameters(TypedDict, total=False):
    EventType: S
    SnapshotOwner: L[Si]
    DescriptionRegex: S

class EventSource(TypedDict, total=False):
    Type: S
    Parameters: X[EventParameters]

class EncryptionConfiguration(TypedDict, total=False):
    Encrypted: B
    CmkArn: S

class CrossRegionCopyAction(TypedDict, total=False):
    Target: S
    EncryptionConfiguration: X[EncryptionConfiguration]
    RetainRule: X[CrossRegionCopyRetainRule]

class Action(TypedDict, total=False):
    Name: S
    CrossRegionCopy: L[Xi[CrossRegionCopyAction]]

class CrossRegionCopyTarget(TypedDict, total=False):
    TargetRegion: S

class CopyInterval(TypedDict, total=False):
    Interval: I
    IntervalUnit: S

class CrossRegionCopyConfiguration(TypedDict, total=False):
    CopyInterval: X[CopyInterval]
    Destinations: L[Xi[CrossRegionCopyTarget]]

class Exclusions(TypedDict, total=False):
    ExcludeBootVolumes: B
    ExcludeVolumeTypes: L[Si]
    ExcludeTags: L[Xi[Tag]]

class PolicyDetails(TypedDict, total=False):
    PolicyType: S
    ResourceTypes: L[Si]
    ResourceLocations: L[Si]
    TargetTags: L[Xi[Tag]]
    Schedules: L[Xi[Schedule]]
    Parameters: X[Parameters]
    EventSource: X[EventSource]
    Actions: L[Xi[Action]]
    PolicyLanguage: S
    ResourceType: S
    CreateInterval: I
    RetainInterval: I
    CopyTags: B
    CrossRegionCopyTargets: L[Xi[CrossRegionCopyTarget]]
    CrossRegionCopyConfiguration: X[CrossRegionCopyConfiguration]
    ExtendDeletion: B
    Exclusions: X[Exclusions]

CreateLifecyclePolicyParameters = TypedDict(
    "CreateLifecyclePolicyParameters",
    {
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "Description": S,
        "Description.$": str,
        "State": S,
        "State.$": str,
        "PolicyDetails": X[PolicyDetails],
        "PolicyDetails.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DefaultPolicy": S,
        "DefaultPolicy.$": str,
        "PolicyClass": S,
        "PolicyClass.$": str,
        "CreateInterval": I,
        "CreateInterval.$": str,
        "RetainInterval": I,
        "RetainInterval.$": str,
        "CopyTags": B,
        "CopyTags.$": str,
        "ExtendDeletion": B,
        "ExtendDeletion.$": str,
        "CrossRegionCopyTargets": L[Xi[CrossRegionCopyTarget]],
        "CrossRegionCopyTargets.$": str,
        "CrossRegionCopyConfiguration": X[CrossRegionCopyConfiguration],
        "CrossRegionCopyConfiguration.$": str,
        "Exclusions": X[Exclusions],
        "Exclusions.$": str,
    },
    total=False,
)
DeleteLifecyclePolicyParameters = TypedDict(
    "DeleteLifecyclePolicyParameters", {"PolicyId": S, "PolicyId.$": str}, total=False
)
GetLifecyclePoliciesParameters = TypedDict(
    "GetLifecyclePoliciesParameters",
    {
        "PolicyIds": L[Si],
        "PolicyIds.$": str,
        "State": S,
        "State.$": str,
        "ResourceTypes": L[Si],
        "ResourceTypes.$": str,
        "TargetTags": L[Si],
        "TargetTags.$": str,
        "TagsToAdd": L[Si],
        "TagsToAdd.$": str,
        "DefaultPolicyType": S,
        "DefaultPolicyType.$": str,
        "PolicyClass": S,
        "PolicyClass.$": str,
    },
    total=False,
)
GetLifecyclePolicyParameters = TypedDict(
    "GetLifecyclePolicyParameters", {"PolicyId": S, "PolicyId.$": str}, total=False
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
UpdateLifecyclePolicyParameters = TypedDict(
    "UpdateLifecyclePolicyParameters",
    {
        "PolicyId": S,
        "PolicyId.$": str,
        "ExecutionRoleArn": S,
        "ExecutionRoleArn.$": str,
        "State": S,
        "State.$": str,
        "Description": S,
        "Description.$": str,
        "PolicyDetails": X[PolicyDetails],
        "PolicyDetails.$": str,
        "CreateInterval": I,
        "CreateInterval.$": str,
        "RetainInterval": I,
        "RetainInterval.$": str,
        "CopyTags": B,
        "CopyTags.$": str,
        "ExtendDeletion": B,
        "ExtendDeletion.$": str,
        "CrossRegionCopyTargets": L[Xi[CrossRegionCopyTarget]],
        "CrossRegionCopyTargets.$": str,
        "CrossRegionCopyConfiguration": X[CrossRegionCopyConfiguration],
        "CrossRegionCopyConfiguration.$": str,
        "Exclusions": X[Exclusions],
        "Exclusions.$": str,
    },
    total=False,
)
create_lifecycle_policy: Builder[CreateLifecyclePolicyParameters]
delete_lifecycle_policy: Builder[DeleteLifecyclePolicyParameters]
get_lifecycle_policies: Builder[GetLifecyclePoliciesParameters]
get_lifecycle_policy: Builder[GetLifecyclePolicyParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_lifecycle_policy: Builder[UpdateLifecyclePolicyParameters]

__all__ = [
    "create_lifecycle_policy",
    "delete_lifecycle_policy",
    "get_lifecycle_policies",
    "get_lifecycle_policy",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_lifecycle_policy",
]
