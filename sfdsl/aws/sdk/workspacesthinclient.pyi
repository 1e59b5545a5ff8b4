"""Typed builders of the AWS SDK integration of workspacesthinclient (``aws-sdk:workspacesthinclient:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X

class MaintenanceWindow(TypedDict, total=False):
    Type: S
    StartTimeHour: I
    StartTimeMinute: I
    EndTimeHour: I
    EndTimeMinute: I
    DaysOfTheWeek: L[Si]
    ApplyTimeOf: S

CreateEnvironmentParameters = TypedDict(
    "CreateEnvironmentParameters",
    {
        "Name": S,
        "Name.$": str,
        "DesktopArn": S,
        "DesktopArn.$": str,
        "DesktopEndpoint": S,
        "DesktopEndpoint.$": str,
        "SoftwareSetUpdateSchedule": S,
        "SoftwareSetUpdateSchedule.$": str,
        "MaintenanceWindow": X[MaintenanceWindow],
        "MaintenanceWindow.$": str,
        "SoftwareSetUpdateMode": S,
        "SoftwareSetUpdateMode.$": str,
        "DesiredSoftwareSetId": S,
        "DesiredSoftwareSetId.$": str,
        "KmsKeyArn": S,
        "KmsKeyArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": M[S],
        "Tags.$": str,
        "DeviceCreationTags": M[S],
        "DeviceCreationTags.$": str,
    },
    total=False,
)
DeleteDeviceParameters = TypedDict(
    "DeleteDeviceParameters",
    {"Id": S, "Id.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteEnvironmentParameters = TypedDict(
    "DeleteEnvironmentParameters",
    {"Id": S, "Id.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeregisterDeviceParameters = TypedDict(
    "DeregisterDeviceParameters",
    {
        "Id": S,
        "Id.$": str,
        "TargetDeviceStatus": S,
        "TargetDeviceStatus.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
GetDeviceParameters = TypedDict("GetDeviceParameters", {"Id": S, "Id.$": str}, total=False)
GetEnvironmentParameters = TypedDict(
    "GetEnvironmentParameters", {"Id": S, "Id.$": str}, total=False
)
GetSoftwareSetParameters = TypedDict(
    "GetSoftwareSetParameters", {"Id": S, "Id.$": str}, total=False
)
ListDevicesParameters = TypedDict(
    "ListDevicesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListEnvironmentsParameters = TypedDict(
    "ListEnvironmentsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListSoftwareSetsParameters = TypedDict(
    "ListSoftwareSetsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
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
UpdateDeviceParameters = TypedDict(
    "UpdateDeviceParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "DesiredSoftwareSetId": S,
        "DesiredSoftwareSetId.$": str,
        "SoftwareSetUpdateSchedule": S,
        "SoftwareSetUpdateSchedule.$": str,
    },
    total=False,
)
UpdateEnvironmentParameters = TypedDict(
    "UpdateEnvironmentParameters",
    {
        "Id": S,
        "Id.$": str,
        "Name": S,
        "Name.$": str,
        "DesktopArn": S,
        "DesktopArn.$": str,
        "DesktopEndpoint": S,
        "DesktopEndpoint.$": str,
        "SoftwareSetUpdateSchedule": S,
        "SoftwareSetUpdateSchedule.$": str,
        "MaintenanceWindow": X[MaintenanceWindow],
        "MaintenanceWindow.$": str,
        "SoftwareSetUpdateMode": S,
        "SoftwareSetUpdateMode.$": str,
        "DesiredSoftwareSetId": S,
        "DesiredSoftwareSetId.$": str,
        "DeviceCreationTags": M[S],
        "DeviceCreationTags.$": str,
    },
    total=False,
)
UpdateSoftwareSetParameters = TypedDict(
    "UpdateSoftwareSetParameters",
    {"Id": S, "Id.$": str, "ValidationStatus": S, "ValidationStatus.$": str},
    total=False,
)
create_environment: Builder[CreateEnvironmentParameters]
delete_device: Builder[DeleteDeviceParameters]
delete_environment: Builder[DeleteEnvironmentParameters]
deregister_device: Builder[DeregisterDeviceParameters]
get_device: Builder[GetDeviceParameters]
get_environment: Builder[GetEnvironmentParameters]
get_software_set: Builder[GetSoftwareSetParameters]
list_devices: Builder[ListDevicesParameters]
list_environments: Builder[ListEnvironmentsParameters]
list_software_sets: Builder[ListSoftwareSetsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_device: Builder[UpdateDeviceParameters]
update_environment: Builder[UpdateEnvironmentParameters]
update_software_set: Builder[UpdateSoftwareSetParameters]

__all__ = [
    "create_environment",
    "delete_device",
    "delete_environment",
    "deregister_device",
    "get_device",
    "get_environment",
    "get_software_set",
    "list_devices",
    "list_environments",
    "list_software_sets",
    "list_tags_for_resource",
    "tag_resource",
    "untag_resource",
    "update_device",
    "update_environment",
    "update_software_set",
]
