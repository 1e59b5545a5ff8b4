"""Typed builders of the AWS SDK integration of arczonalshift (``aws-sdk:arczonalshift:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, Xi

CancelPracticeRunParameters = TypedDict(
    "CancelPracticeRunParameters", {"ZonalShiftId": S, "ZonalShiftId.$": str}, total=False
)
CancelZonalShiftParameters = TypedDict(
    "CancelZonalShiftParameters", {"ZonalShiftId": S, "ZonalShiftId.$": str}, total=False
)

class ControlCondition(TypedDict, total=False):
    Type: S
    AlarmIdentifier: S

CreatePracticeRunConfigurationParameters = TypedDict(
    "CreatePracticeRunConfigurationParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "BlockedWindows": L[Si],
        "BlockedWindows.$": str,
        "BlockedDates": L[Si],
        "BlockedDates.$": str,
        "BlockingAlarms": L[Xi[ControlCondition]],
        "BlockingAlarms.$": str,
        "AllowedWindows": L[Si],
        "AllowedWindows.$": str,
        "OutcomeAlarms": L[Xi[ControlCondition]],
        "OutcomeAlarms.$": str,
    },
    total=False,
)
DeletePracticeRunConfigurationParameters = TypedDict(
    "DeletePracticeRunConfigurationParameters",
    {"ResourceIdentifier": S, "ResourceIdentifier.$": str},
    total=False,
)

class GetAutoshiftObserverNotificationStatusParameters(TypedDict, total=False): ...

GetManagedResourceParameters = TypedDict(
    "GetManagedResourceParameters",
    {"ResourceIdentifier": S, "ResourceIdentifier.$": str},
    total=False,
)
ListAutoshiftsParameters = TypedDict(
    "ListAutoshiftsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListManagedResourcesParameters = TypedDict(
    "ListManagedResourcesParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListZonalShiftsParameters = TypedDict(
    "ListZonalShiftsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
    },
    total=False,
)
StartPracticeRunParameters = TypedDict(
    "StartPracticeRunParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "AwayFrom": S,
        "AwayFrom.$": str,
        "Comment": S,
        "Comment.$": str,
    },
    total=False,
)
StartZonalShiftParameters = TypedDict(
    "StartZonalShiftParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "AwayFrom": S,
        "AwayFrom.$": str,
        "ExpiresIn": S,
        "ExpiresIn.$": str,
        "Comment": S,
        "Comment.$": str,
    },
    total=False,
)
UpdateAutoshiftObserverNotificationStatusParameters = TypedDict(
    "UpdateAutoshiftObserverNotificationStatusParameters",
    {"Status": S, "Status.$": str},
    total=False,
)
UpdatePracticeRunConfigurationParameters = TypedDict(
    "UpdatePracticeRunConfigurationParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "BlockedWindows": L[Si],
        "BlockedWindows.$": str,
        "BlockedDates": L[Si],
        "BlockedDates.$": str,
        "BlockingAlarms": L[Xi[ControlCondition]],
        "BlockingAlarms.$": str,
        "AllowedWindows": L[Si],
        "AllowedWindows.$": str,
        "OutcomeAlarms": L[Xi[ControlCondition]],
        "OutcomeAlarms.$": str,
    },
    total=False,
)
UpdateZonalAutoshiftConfigurationParameters = TypedDict(
    "UpdateZonalAutoshiftConfigurationParameters",
    {
        "ResourceIdentifier": S,
        "ResourceIdentifier.$": str,
        "ZonalAutoshiftStatus": S,
        "ZonalAutoshiftStatus.$": str,
    },
    total=False,
)
UpdateZonalShiftParameters = TypedDict(
    "UpdateZonalShiftParameters",
    {
        "ZonalShiftId": S,
        "ZonalShiftId.$": str,
        "Comment": S,
        "Comment.$": str,
        "ExpiresIn": S,
        "ExpiresIn.$": str,
    },
    total=False,
)
cancel_practice_run: Builder[CancelPracticeRunParameters]
cancel_zonal_shift: Builder[CancelZonalShiftParameters]
create_practice_run_configuration: Builder[CreatePracticeRunConfigurationParameters]
delete_practice_run_configuration: Builder[DeletePracticeRunConfigurationParameters]
get_autoshift_observer_notification_status: Builder[
    GetAutoshiftObserverNotificationStatusParameters
]
get_managed_resource: Builder[GetManagedResourceParameters]
list_autoshifts: Builder[ListAutoshiftsParameters]
list_managed_resources: Builder[ListManagedResourcesParameters]
list_zonal_shifts: Builder[ListZonalShiftsParameters]
start_practice_run: Builder[StartPracticeRunParameters]
start_zonal_shift: Builder[StartZonalShiftParameters]
update_autoshift_observer_notification_status: Builder[
    UpdateAutoshiftObserverNotificationStatusParameters
]
update_practice_run_configuration: Builder[UpdatePracticeRunConfigurationParameters]
update_zonal_autoshift_configuration: Builder[UpdateZonalAutoshiftConfigurationParameters]
update_zonal_shift: Builder[UpdateZonalShiftParameters]

__all__ = [
    "cancel_practice_run",
    "cancel_zonal_shift",
    "create_practice_run_configuration",
    "delete_practice_run_configuration",
    "get_autoshift_observer_notification_status",
    "get_managed_resource",
    "list_autoshifts",
    "list_managed_resources",
    "list_zonal_shifts",
    "start_practice_run",
    "start_zonal_shift",
    "update_autoshift_observer_notification_status",
    "update_practice_run_configuration",
    "update_zonal_autoshift_configuration",
    "update_zonal_shift",
]
