"""Typed builders of the AWS SDK integration of controltower (``aws-sdk:controltower:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, X, Xi

CreateLandingZoneParameters = TypedDict(
    "CreateLandingZoneParameters",
    {
        "Version": S,
        "Version.$": str,
        "RemediationTypes": L[Si],
        "RemediationTypes.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Manifest": Doc,
        "Manifest.$": str,
    },
    total=False,
)
DeleteLandingZoneParameters = TypedDict(
    "DeleteLandingZoneParameters",
    {"LandingZoneIdentifier": S, "LandingZoneIdentifier.$": str},
    total=False,
)
DisableBaselineParameters = TypedDict(
    "DisableBaselineParameters",
    {"EnabledBaselineIdentifier": S, "EnabledBaselineIdentifier.$": str},
    total=False,
)
DisableControlParameters = TypedDict(
    "DisableControlParameters",
    {
        "ControlIdentifier": S,
        "ControlIdentifier.$": str,
        "TargetIdentifier": S,
        "TargetIdentifier.$": str,
        "EnabledControlIdentifier": S,
        "EnabledControlIdentifier.$": str,
    },
    total=False,
)

class EnabledBaselineParameter(TypedDict, total=False):
    Key: S
    Value: Doc

EnableBaselineParameters = TypedDict(
    "EnableBaselineParameters",
    {
        "BaselineVersion": S,
        "BaselineVersion.$": str,
        "Parameters": L[Xi[EnabledBaselineParameter]],
        "Parameters.$": str,
        "BaselineIdentifier": S,
        "BaselineIdentifier.$": str,
        "TargetIdentifier": S,
        "TargetIdentifier.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)

class EnabledControlParameter(TypedDict, total=False):
    Key: S
    Value: Doc

EnableControlParameters = TypedDict(
    "EnableControlParameters",
    {
        "ControlIdentifier": S,
        "ControlIdentifier.$": str,
        "TargetIdentifier": S,
        "TargetIdentifier.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "Parameters": L[Xi[EnabledControlParameter]],
        "Parameters.$": str,
    },
    total=False,
)
GetBaselineParameters = TypedDict(
    "GetBaselineParameters", {"BaselineIdentifier": S, "BaselineIdentifier.$": str}, total=False
)
GetBaselineOperationParameters = TypedDict(
    "GetBaselineOperationParameters",
    {"OperationIdentifier": S, "OperationIdentifier.$": str},
    total=False,
)
GetControlOperationParameters = TypedDict(
    "GetControlOperationParameters",
    {"OperationIdentifier": S, "OperationIdentifier.$": str},
    total=False,
)
GetEnabledBaselineParameters = TypedDict(
    "GetEnabledBaselineParameters",
    {"EnabledBaselineIdentifier": S, "EnabledBaselineIdentifier.$": str},
    total=False,
)
GetEnabledControlParameters = TypedDict(
    "GetEnabledControlParameters",
    {"EnabledControlIdentifier": S, "EnabledControlIdentifier.$": str},
    total=False,
)
GetLandingZoneParameters = TypedDict(
    "GetLandingZoneParameters",
    {"LandingZoneIdentifier": S, "LandingZoneIdentifier.$": str},
    total=False,
)
GetLandingZoneOperationParameters = TypedDict(
    "GetLandingZoneOperationParameters",
    {"OperationIdentifier": S, "OperationIdentifier.$": str},
    total=False,
)
ListBaselinesParameters = TypedDict(
    "ListBaselinesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)

class ControlOperationFilter(TypedDict, total=False):
    ControlIdentifiers: L[Si]
    TargetIdentifiers: L[Si]
    EnabledControlIdentifiers: L[Si]
    Statuses: L[Si]
    ControlOperationTypes: L[Si]

ListControlOperationsParameters = TypedDict(
    "ListControlOperationsParameters",
    {
        "Filter": X[ControlOperationFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class EnabledBaselineFilter(TypedDict, total=False):
    TargetIdentifiers: L[Si]
    BaselineIdentifiers: L[Si]
    ParentIdentifiers: L[Si]
    Statuses: L[Si]
    InheritanceDriftStatuses: L[Si]
    SourceDriftStatuses: L[Si]

ListEnabledBaselinesParameters = TypedDict(
    "ListEnabledBaselinesParameters",
    {
        "Filter": X[EnabledBaselineFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "IncludeChildren": B,
        "IncludeChildren.$": str,
    },
    total=False,
)

class EnabledControlFilter(TypedDict, total=False):
    ControlIdentifiers: L[Si]
    Statuses: L[Si]
    DriftStatuses: L[Si]
    ParentIdentifiers: L[Si]
    InheritanceDriftStatuses: L[Si]
    ResourceDriftStatuses: L[Si]

ListEnabledControlsParameters = TypedDict(
    "ListEnabledControlsParameters",
    {
        "TargetIdentifier": S,
        "TargetIdentifier.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "Filter": X[EnabledControlFilter],
        "Filter.$": str,
        "IncludeChildren": B,
        "IncludeChildren.$": str,
    },
    total=False,
)

class LandingZoneOperationFilter(TypedDict, total=False):
    Types: L[Si]
    Statuses: L[Si]

ListLandingZoneOperationsParameters = TypedDict(
    "ListLandingZoneOperationsParameters",
    {
        "Filter": X[LandingZoneOperationFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListLandingZonesParameters = TypedDict(
    "ListLandingZonesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ResetEnabledBaselineParameters = TypedDict(
    "ResetEnabledBaselineParameters",
    {"EnabledBaselineIdentifier": S, "EnabledBaselineIdentifier.$": str},
    total=False,
)
ResetEnabledControlParameters = TypedDict(
    "ResetEnabledControlParameters",
    {"EnabledControlIdentifier": S, "EnabledControlIdentifier.$": str},
    total=False,
)
ResetLandingZoneParameters = TypedDict(
    "ResetLandingZoneParameters",
    {"LandingZoneIdentifier": S, "LandingZoneIdentifier.$": str},
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
UpdateEnabledBaselineParameters = TypedDict(
    "UpdateEnabledBaselineParameters",
    {
        "BaselineVersion": S,
        "BaselineVersion.$": str,
        "Parameters": L[Xi[EnabledBaselineParameter]],
        "Parameters.$": str,
        "EnabledBaselineIdentifier": S,
        "EnabledBaselineIdentifier.$": str,
    },
    total=False,
)
UpdateEnabledControlParameters = TypedDict(
    "UpdateEnabledControlParameters",
    {
        "Parameters": L[Xi[EnabledControlParameter]],
        "Parameters.$": str,
        "EnabledControlIdentifier": S,
        "EnabledControlIdentifier.$": str,
    },
    total=False,
)
UpdateLandingZoneParameters = TypedDict(
    "UpdateLandingZoneParameters",
    {
        "Version": S,
        "Version.$": str,
        "RemediationTypes": L[Si],
        "RemediationTypes.$": str,
        "LandingZoneIdentifier": S,
        "LandingZoneIdentifier.$": str,
        "Manifest": Doc,
        "Manifest.$": str,
    },
    total=False,
)
create_landing_zone: Builder[CreateLandingZoneParameters]
delete_landing_zone: Builder[DeleteLandingZoneParameters]
disable_baseline: Builder[DisableBaselineParameters]
disable_control: Builder[DisableControlParameters]
enable_baseline: Builder[EnableBaselineParameters]
enable_control: Builder[EnableControlParameters]
get_baseline: Builder[GetBaselineParameters]
get_baseline_operation: Builder[GetBaselineOperationParameters]
get_control_operation: Builder[GetControlOperationParameters]
get_enabled_baseline: Builder[GetEnabledBaselineParameters]
get_enabled_control: Builder[GetEnabledControlParameters]
get_landing_zone: Builder[GetLandingZoneParameters]
get_landing_zone_operation: Builder[GetLandingZoneOperationParameters]
list_baselines: Builder[ListBaselinesParameters]
list_control_operations: Builder[ListControlOperationsParameters]
list_enabled_baselines: Builder[ListEnabledBaselinesParameters]
list_enabled_controls: Builder[ListEnabledControlsParameters]
list_landing_zone_operations: Builder[ListLandingZoneOperationsParameters]
list_landing_zones: Builder[ListLandingZonesParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
reset_enabled_baseline: Builder[ResetEnabledBaselineParameters]
reset_enabled_control: Builder[ResetEnabledControlParameters]
reset_landing_zone: Builder[ResetLandingZoneParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_enabled_baseline: Builder[UpdateEnabledBaselineParameters]
update_enabled_control: Builder[UpdateEnabledControlParameters]
update_landing_zone: Builder[UpdateLandingZoneParameters]

__all__ = [
    "create_landing_zone",
    "delete_landing_zone",
    "disable_baseline",
    "disable_control",
    "enable_baseline",
    "enable_control",
    "get_baseline",
    "get_baseline_operation",
    "get_control_operation",
    "get_enabled_baseline",
    "get_enabled_control",
    "get_landing_zone",
    "get_landing_zone_operation",
    "list_baselines",
    "list_control_operations",
    "list_enabled_baselines",
    "list_enabled_controls",
    "list_landing_zone_operations",
    "list_landing_zones",
    "list_tags_for_resource",
    "reset_enabled_baseline",
    "reset_enabled_control",
    "reset_landing_zone",
    "tag_resource",
    "untag_resource",
    "update_enabled_baseline",
    "update_enabled_control",
    "update_landing_zone",
]
