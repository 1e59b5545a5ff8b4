"""Typed builders of the AWS SDK integration of ssmcontacts (``aws-sdk:ssmcontacts:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T, X, Xi

AcceptPageParameters = TypedDict(
    "AcceptPageParameters",
    {
        "PageId": S,
        "PageId.$": str,
        "ContactChannelId": S,
        "ContactChannelId.$": str,
        "AcceptType": S,
        "AcceptType.$": str,
        "Note": S,
        "Note.$": str,
        "AcceptCode": S,
        "AcceptCode.$": str,
        "AcceptCodeValidation": S,
        "AcceptCodeValidation.$": str,
    },
    total=False,
)
ActivateContactChannelParameters = TypedDict(
    "ActivateContactChannelParameters",
    {
        "ContactChannelId": S,
        "ContactChannelId.$": str,
        "ActivationCode": S,
        "ActivationCode.$": str,
    },
    total=False,
)

class ChannelTargetInfo(TypedDict, total=False):
    ContactChannelId: S
    RetryIntervalInMinutes: I

class ContactTargetInfo(TypedDict, total=False):
    ContactId: S
    IsEssential: B

class Target(TypedDict, total=False):
    ChannelTargetInfo: X[ChannelTargetInfo]
    ContactTargetInfo: X[ContactTargetInfo]

class Stage(TypedDict, total=False):
    DurationInMinutes: I
    Targets: L[Xi[Target]]

class Plan(TypedDict, total=False):
    Stages: L[Xi[Stage]]
    RotationIds: L[Si]

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateContactParameters = TypedDict(
    "CreateContactParameters",
    {
        "Alias": S,
        "Alias.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Type": S,
        "Type.$": str,
        "Plan": X[Plan],
        "Plan.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)

class ContactChannelAddress(TypedDict, total=False):
    SimpleAddress: S

CreateContactChannelParameters = TypedDict(
    "CreateContactChannelParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "Name": S,
        "Name.$": str,
        "Type": S,
        "Type.$": str,
        "DeliveryAddress": X[ContactChannelAddress],
        "DeliveryAddress.$": str,
        "DeferActivation": B,
        "DeferActivation.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)

class HandOffTime(TypedDict, total=False):
    HourOfDay: I
    MinuteOfHour: I

class MonthlySetting(TypedDict, total=False):
    DayOfMonth: I
    HandOffTime: X[HandOffTime]

class WeeklySetting(TypedDict, total=False):
    DayOfWeek: S
    HandOffTime: X[HandOffTime]

class CoverageTime(TypedDict, total=False):
    Start: X[HandOffTime]
    End: X[HandOffTime]

class RecurrenceSettings(TypedDict, total=False):
    MonthlySettings: L[Xi[MonthlySetting]]
    WeeklySettings: L[Xi[WeeklySetting]]
    DailySettings: L[Xi[HandOffTime]]
    NumberOfOnCalls: I
    ShiftCoverages: M[L[Xi[CoverageTime]]]
    RecurrenceMultiplier: I

CreateRotationParameters = TypedDict(
    "CreateRotationParameters",
    {
        "Name": S,
        "Name.$": str,
        "ContactIds": L[Si],
        "ContactIds.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "TimeZoneId": S,
        "TimeZoneId.$": str,
        "Recurrence": X[RecurrenceSettings],
        "Recurrence.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
CreateRotationOverrideParameters = TypedDict(
    "CreateRotationOverrideParameters",
    {
        "RotationId": S,
        "RotationId.$": str,
        "NewContactIds": L[Si],
        "NewContactIds.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
DeactivateContactChannelParameters = TypedDict(
    "DeactivateContactChannelParameters",
    {"ContactChannelId": S, "ContactChannelId.$": str},
    total=False,
)
DeleteContactParameters = TypedDict(
    "DeleteContactParameters", {"ContactId": S, "ContactId.$": str}, total=False
)
DeleteContactChannelParameters = TypedDict(
    "DeleteContactChannelParameters",
    {"ContactChannelId": S, "ContactChannelId.$": str},
    total=False,
)
DeleteRotationParameters = TypedDict(
    "DeleteRotationParameters", {"RotationId": S, "RotationId.$": str}, total=False
)
DeleteRotationOverrideParameters = TypedDict(
    "DeleteRotationOverrideParameters",
    {"RotationId": S, "RotationId.$": str, "RotationOverrideId": S, "RotationOverrideId.$": str},
    total=False,
)
DescribeEngagementParameters = TypedDict(
    "DescribeEngagementParameters", {"EngagementId": S, "EngagementId.$": str}, total=False
)
DescribePageParameters = TypedDict(
    "DescribePageParameters", {"PageId": S, "PageId.$": str}, total=False
)
GetContactParameters = TypedDict(
    "GetContactParameters", {"ContactId": S, "ContactId.$": str}, total=False
)
GetContactChannelParameters = TypedDict(
    "GetContactChannelParameters", {"ContactChannelId": S, "ContactChannelId.$": str}, total=False
)
GetContactPolicyParameters = TypedDict(
    "GetContactPolicyParameters", {"ContactArn": S, "ContactArn.$": str}, total=False
)
GetRotationParameters = TypedDict(
    "GetRotationParameters", {"RotationId": S, "RotationId.$": str}, total=False
)
GetRotationOverrideParameters = TypedDict(
    "GetRotationOverrideParameters",
    {"RotationId": S, "RotationId.$": str, "RotationOverrideId": S, "RotationOverrideId.$": str},
    total=False,
)
ListContactChannelsParameters = TypedDict(
    "ListContactChannelsParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListContactsParameters = TypedDict(
    "ListContactsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "AliasPrefix": S,
        "AliasPrefix.$": str,
        "Type": S,
        "Type.$": str,
    },
    total=False,
)

class TimeRange(TypedDict, total=False):
    StartTime: T
    EndTime: T

ListEngagementsParameters = TypedDict(
    "ListEngagementsParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "IncidentId": S,
        "IncidentId.$": str,
        "TimeRangeValue": X[TimeRange],
        "TimeRangeValue.$": str,
    },
    total=False,
)
ListPageReceiptsParameters = TypedDict(
    "ListPageReceiptsParameters",
    {
        "PageId": S,
        "PageId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPageResolutionsParameters = TypedDict(
    "ListPageResolutionsParameters",
    {"NextToken": S, "NextToken.$": str, "PageId": S, "PageId.$": str},
    total=False,
)
ListPagesByContactParameters = TypedDict(
    "ListPagesByContactParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPagesByEngagementParameters = TypedDict(
    "ListPagesByEngagementParameters",
    {
        "EngagementId": S,
        "EngagementId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)

class PreviewOverride(TypedDict, total=False):
    NewMembers: L[Si]
    StartTime: T
    EndTime: T

ListPreviewRotationShiftsParameters = TypedDict(
    "ListPreviewRotationShiftsParameters",
    {
        "RotationStartTime": T,
        "RotationStartTime.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Members": L[Si],
        "Members.$": str,
        "TimeZoneId": S,
        "TimeZoneId.$": str,
        "Recurrence": X[RecurrenceSettings],
        "Recurrence.$": str,
        "Overrides": L[Xi[PreviewOverride]],
        "Overrides.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRotationOverridesParameters = TypedDict(
    "ListRotationOverridesParameters",
    {
        "RotationId": S,
        "RotationId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRotationShiftsParameters = TypedDict(
    "ListRotationShiftsParameters",
    {
        "RotationId": S,
        "RotationId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListRotationsParameters = TypedDict(
    "ListRotationsParameters",
    {
        "RotationNamePrefix": S,
        "RotationNamePrefix.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceARN": S, "ResourceARN.$": str}, total=False
)
PutContactPolicyParameters = TypedDict(
    "PutContactPolicyParameters",
    {"ContactArn": S, "ContactArn.$": str, "Policy": S, "Policy.$": str},
    total=False,
)
SendActivationCodeParameters = TypedDict(
    "SendActivationCodeParameters", {"ContactChannelId": S, "ContactChannelId.$": str}, total=False
)
StartEngagementParameters = TypedDict(
    "StartEngagementParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "Sender": S,
        "Sender.$": str,
        "Subject": S,
        "Subject.$": str,
        "Content": S,
        "Content.$": str,
        "PublicSubject": S,
        "PublicSubject.$": str,
        "PublicContent": S,
        "PublicContent.$": str,
        "IncidentId": S,
        "IncidentId.$": str,
        "IdempotencyToken": S,
        "IdempotencyToken.$": str,
    },
    total=False,
)
StopEngagementParameters = TypedDict(
    "StopEngagementParameters",
    {"EngagementId": S, "EngagementId.$": str, "Reason": S, "Reason.$": str},
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
UpdateContactParameters = TypedDict(
    "UpdateContactParameters",
    {
        "ContactId": S,
        "ContactId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Plan": X[Plan],
        "Plan.$": str,
    },
    total=False,
)
UpdateContactChannelParameters = TypedDict(
    "UpdateContactChannelParameters",
    {
        "ContactChannelId": S,
        "ContactChannelId.$": str,
        "Name": S,
        "Name.$": str,
        "DeliveryAddress": X[ContactChannelAddress],
        "DeliveryAddress.$": str,
    },
    total=False,
)
UpdateRotationParameters = TypedDict(
    "UpdateRotationParameters",
    {
        "RotationId": S,
        "RotationId.$": str,
        "ContactIds": L[Si],
        "ContactIds.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "TimeZoneId": S,
        "TimeZoneId.$": str,
        "Recurrence": X[RecurrenceSettings],
        "Recurrence.$": str,
    },
    total=False,
)
accept_page: Builder[AcceptPageParameters]
activate_contact_channel: Builder[ActivateContactChannelParameters]
create_contact: Builder[CreateContactParameters]
create_contact_channel: Builder[CreateContactChannelParameters]
create_rotation: Builder[CreateRotationParameters]
create_rotation_override: Builder[CreateRotationOverrideParameters]
deactivate_contact_channel: Builder[DeactivateContactChannelParameters]
delete_contact: Builder[DeleteContactParameters]
delete_contact_channel: Builder[DeleteContactChannelParameters]
delete_rotation: Builder[DeleteRotationParameters]
delete_rotation_override: Builder[DeleteRotationOverrideParameters]
describe_engagement: Builder[DescribeEngagementParameters]
describe_page: Builder[DescribePageParameters]
get_contact: Builder[GetContactParameters]
get_contact_channel: Builder[GetContactChannelParameters]
get_contact_policy: Builder[GetContactPolicyParameters]
get_rotation: Builder[GetRotationParameters]
get_rotation_override: Builder[GetRotationOverrideParameters]
list_contact_channels: Builder[ListContactChannelsParameters]
list_contacts: Builder[ListContactsParameters]
list_engagements: Builder[ListEngagementsParameters]
list_page_receipts: Builder[ListPageReceiptsParameters]
list_page_resolutions: Builder[ListPageResolutionsParameters]
list_pages_by_contact: Builder[ListPagesByContactParameters]
list_pages_by_engagement: Builder[ListPagesByEngagementParameters]
list_preview_rotation_shifts: Builder[ListPreviewRotationShiftsParameters]
list_rotation_overrides: Builder[ListRotationOverridesParameters]
list_rotation_shifts: Builder[ListRotationShiftsParameters]
list_rotations: Builder[ListRotationsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
put_contact_policy: Builder[PutContactPolicyParameters]
send_activation_code: Builder[SendActivationCodeParameters]
start_engagement: Builder[StartEngagementParameters]
stop_engagement: Builder[StopEngagementParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_contact: Builder[UpdateContactParameters]
update_contact_channel: Builder[UpdateContactChannelParameters]
update_rotation: Builder[UpdateRotationParameters]

__all__ = [
    "accept_page",
    "activate_contact_channel",
    "create_contact",
    "create_contact_channel",
    "create_rotation",
    "create_rotation_override",
    "deactivate_contact_channel",
    "delete_contact",
    "delete_contact_channel",
    "delete_rotation",
    "delete_rotation_override",
    "describe_engagement",
    "describe_page",
    "get_contact",
    "get_contact_channel",
    "get_contact_policy",
    "get_rotation",
    "get_rotation_override",
    "list_contact_channels",
    "list_contacts",
    "list_engagements",
    "list_page_receipts",
    "list_page_resolutions",
    "list_pages_by_contact",
    "list_pages_by_engagement",
    "list_preview_rotation_shifts",
    "list_rotation_overrides",
    "list_rotation_shifts",
    "list_rotations",
    "list_tags_for_resource",
    "put_contact_policy",
    "send_activation_code",
    "start_engagement",
    "stop_engagement",
    "tag_resource",
    "untag_resource",
    "update_contact",
    "update_contact_channel",
    "update_rotation",
]
