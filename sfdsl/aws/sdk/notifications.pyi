"""Typed builders of the AWS SDK integration of notifications (``aws-sdk:notifications:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, T

AssociateChannelParameters = TypedDict(
    "AssociateChannelParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "NotificationConfigurationArn": S,
        "NotificationConfigurationArn.$": str,
    },
    total=False,
)
AssociateManagedNotificationAccountContactParameters = TypedDict(
    "AssociateManagedNotificationAccountContactParameters",
    {
        "ContactIdentifier": S,
        "ContactIdentifier.$": str,
        "ManagedNotificationConfigurationArn": S,
        "ManagedNotificationConfigurationArn.$": str,
        "IsSensitiveEventsSubscribed": B,
        "IsSensitiveEventsSubscribed.$": str,
    },
    total=False,
)
AssociateManagedNotificationAdditionalChannelParameters = TypedDict(
    "AssociateManagedNotificationAdditionalChannelParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "ManagedNotificationConfigurationArn": S,
        "ManagedNotificationConfigurationArn.$": str,
        "IsSensitiveEventsSubscribed": B,
        "IsSensitiveEventsSubscribed.$": str,
    },
    total=False,
)
AssociateOrganizationalUnitParameters = TypedDict(
    "AssociateOrganizationalUnitParameters",
    {
        "OrganizationalUnitId": S,
        "OrganizationalUnitId.$": str,
        "NotificationConfigurationArn": S,
        "NotificationConfigurationArn.$": str,
    },
    total=False,
)
CreateEventRuleParameters = TypedDict(
    "CreateEventRuleParameters",
    {
        "NotificationConfigurationArn": S,
        "NotificationConfigurationArn.$": str,
        "Source": S,
        "Source.$": str,
        "EventType": S,
        "EventType.$": str,
        "EventPattern": S,
        "EventPattern.$": str,
        "Regions": L[Si],
        "Regions.$": str,
    },
    total=False,
)
CreateNotificationConfigurationParameters = TypedDict(
    "CreateNotificationConfigurationParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AggregationDuration": S,
        "AggregationDuration.$": str,
        "Tags": M[S],
        "Tags.$": str,
    },
    total=False,
)
DeleteEventRuleParameters = TypedDict(
    "DeleteEventRuleParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeleteNotificationConfigurationParameters = TypedDict(
    "DeleteNotificationConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
DeregisterNotificationHubParameters = TypedDict(
    "DeregisterNotificationHubParameters",
    {"NotificationHubRegion": S, "NotificationHubRegion.$": str},
    total=False,
)

class DisableNotificationsAccessForOrganizationParameters(TypedDict, total=False): ...

DisassociateChannelParameters = TypedDict(
    "DisassociateChannelParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "NotificationConfigurationArn": S,
        "NotificationConfigurationArn.$": str,
    },
    total=False,
)
DisassociateManagedNotificationAccountContactParameters = TypedDict(
    "DisassociateManagedNotificationAccountContactParameters",
    {
        "ContactIdentifier": S,
        "ContactIdentifier.$": str,
        "ManagedNotificationConfigurationArn": S,
        "ManagedNotificationConfigurationArn.$": str,
    },
    total=False,
)
DisassociateManagedNotificationAdditionalChannelParameters = TypedDict(
    "DisassociateManagedNotificationAdditionalChannelParameters",
    {
        "ChannelArn": S,
        "ChannelArn.$": str,
        "ManagedNotificationConfigurationArn": S,
        "ManagedNotificationConfigurationArn.$": str,
    },
    total=False,
)
DisassociateOrganizationalUnitParameters = TypedDict(
    "DisassociateOrganizationalUnitParameters",
    {
        "OrganizationalUnitId": S,
        "OrganizationalUnitId.$": str,
        "NotificationConfigurationArn": S,
        "NotificationConfigurationArn.$": str,
    },
    total=False,
)

class EnableNotificationsAccessForOrganizationParameters(TypedDict, total=False): ...

GetEventRuleParameters = TypedDict("GetEventRuleParameters", {"Arn": S, "Arn.$": str}, total=False)
GetManagedNotificationChildEventParameters = TypedDict(
    "GetManagedNotificationChildEventParameters",
    {"Arn": S, "Arn.$": str, "Locale": S, "Locale.$": str},
    total=False,
)
GetManagedNotificationConfigurationParameters = TypedDict(
    "GetManagedNotificationConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetManagedNotificationEventParameters = TypedDict(
    "GetManagedNotificationEventParameters",
    {"Arn": S, "Arn.$": str, "Locale": S, "Locale.$": str},
    total=False,
)
GetNotificationConfigurationParameters = TypedDict(
    "GetNotificationConfigurationParameters", {"Arn": S, "Arn.$": str}, total=False
)
GetNotificationEventParameters = TypedDict(
    "GetNotificationEventParameters",
    {"Arn": S, "Arn.$": str, "Locale": S, "Locale.$": str},
    total=False,
)

class GetNotificationsAccessForOrganizationParameters(TypedDict, total=False): ...

ListChannelsParameters = TypedDict(
    "ListChannelsParameters",
    {
        "NotificationConfigurationArn": S,
        "NotificationConfigurationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListEventRulesParameters = TypedDict(
    "ListEventRulesParameters",
    {
        "NotificationConfigurationArn": S,
        "NotificationConfigurationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListManagedNotificationChannelAssociationsParameters = TypedDict(
    "ListManagedNotificationChannelAssociationsParameters",
    {
        "ManagedNotificationConfigurationArn": S,
        "ManagedNotificationConfigurationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListManagedNotificationChildEventsParameters = TypedDict(
    "ListManagedNotificationChildEventsParameters",
    {
        "AggregateManagedNotificationEventArn": S,
        "AggregateManagedNotificationEventArn.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Locale": S,
        "Locale.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "RelatedAccount": S,
        "RelatedAccount.$": str,
        "OrganizationalUnitId": S,
        "OrganizationalUnitId.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListManagedNotificationConfigurationsParameters = TypedDict(
    "ListManagedNotificationConfigurationsParameters",
    {
        "ChannelIdentifier": S,
        "ChannelIdentifier.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListManagedNotificationEventsParameters = TypedDict(
    "ListManagedNotificationEventsParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Locale": S,
        "Locale.$": str,
        "Source": S,
        "Source.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "OrganizationalUnitId": S,
        "OrganizationalUnitId.$": str,
        "RelatedAccount": S,
        "RelatedAccount.$": str,
        "IncludeSensitiveEvents": B,
        "IncludeSensitiveEvents.$": str,
    },
    total=False,
)
ListMemberAccountsParameters = TypedDict(
    "ListMemberAccountsParameters",
    {
        "NotificationConfigurationArn": S,
        "NotificationConfigurationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MemberAccount": S,
        "MemberAccount.$": str,
        "Status": S,
        "Status.$": str,
        "OrganizationalUnitId": S,
        "OrganizationalUnitId.$": str,
    },
    total=False,
)
ListNotificationConfigurationsParameters = TypedDict(
    "ListNotificationConfigurationsParameters",
    {
        "EventRuleSource": S,
        "EventRuleSource.$": str,
        "ChannelArn": S,
        "ChannelArn.$": str,
        "Status": S,
        "Status.$": str,
        "Subtype": S,
        "Subtype.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNotificationEventsParameters = TypedDict(
    "ListNotificationEventsParameters",
    {
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
        "Locale": S,
        "Locale.$": str,
        "Source": S,
        "Source.$": str,
        "IncludeChildEvents": B,
        "IncludeChildEvents.$": str,
        "AggregateNotificationEventArn": S,
        "AggregateNotificationEventArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "OrganizationalUnitId": S,
        "OrganizationalUnitId.$": str,
    },
    total=False,
)
ListNotificationHubsParameters = TypedDict(
    "ListNotificationHubsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListOrganizationalUnitsParameters = TypedDict(
    "ListOrganizationalUnitsParameters",
    {
        "NotificationConfigurationArn": S,
        "NotificationConfigurationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"Arn": S, "Arn.$": str}, total=False
)
RegisterNotificationHubParameters = TypedDict(
    "RegisterNotificationHubParameters",
    {"NotificationHubRegion": S, "NotificationHubRegion.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters", {"Arn": S, "Arn.$": str, "Tags": M[S], "Tags.$": str}, total=False
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"Arn": S, "Arn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateEventRuleParameters = TypedDict(
    "UpdateEventRuleParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "EventPattern": S,
        "EventPattern.$": str,
        "Regions": L[Si],
        "Regions.$": str,
    },
    total=False,
)
UpdateManagedNotificationChannelAssociationParameters = TypedDict(
    "UpdateManagedNotificationChannelAssociationParameters",
    {
        "ManagedNotificationConfigurationArn": S,
        "ManagedNotificationConfigurationArn.$": str,
        "ChannelIdentifier": S,
        "ChannelIdentifier.$": str,
        "IsSensitiveEventsSubscribed": B,
        "IsSensitiveEventsSubscribed.$": str,
    },
    total=False,
)
UpdateNotificationConfigurationParameters = TypedDict(
    "UpdateNotificationConfigurationParameters",
    {
        "Arn": S,
        "Arn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "AggregationDuration": S,
        "AggregationDuration.$": str,
    },
    total=False,
)
associate_channel: Builder[AssociateChannelParameters]
associate_managed_notification_account_contact: Builder[
    AssociateManagedNotificationAccountContactParameters
]
associate_managed_notification_additional_channel: Builder[
    AssociateManagedNotificationAdditionalChannelParameters
]
associate_organizational_unit: Builder[AssociateOrganizationalUnitParameters]
create_event_rule: Builder[CreateEventRuleParameters]
create_notification_configuration: Builder[CreateNotificationConfigurationParameters]
delete_event_rule: Builder[DeleteEventRuleParameters]
delete_notification_configuration: Builder[DeleteNotificationConfigurationParameters]
deregister_notification_hub: Builder[DeregisterNotificationHubParameters]
disable_notifications_access_for_organization: Builder[
    DisableNotificationsAccessForOrganizationParameters
]
disassociate_channel: Builder[DisassociateChannelParameters]
disassociate_managed_notification_account_contact: Builder[
    DisassociateManagedNotificationAccountContactParameters
]
disassociate_managed_notification_additional_channel: Builder[
    DisassociateManagedNotificationAdditionalChannelParameters
]
disassociate_organizational_unit: Builder[DisassociateOrganizationalUnitParameters]
enable_notifications_access_for_organization: Builder[
    EnableNotificationsAccessForOrganizationParameters
]
get_event_rule: Builder[GetEventRuleParameters]
get_managed_notification_child_event: Builder[GetManagedNotificationChildEventParameters]
get_managed_notification_configuration: Builder[GetManagedNotificationConfigurationParameters]
get_managed_notification_event: Builder[GetManagedNotificationEventParameters]
get_notification_configuration: Builder[GetNotificationConfigurationParameters]
get_notification_event: Builder[GetNotificationEventParameters]
get_notifications_access_for_organization: Builder[GetNotificationsAccessForOrganizationParameters]
list_channels: Builder[ListChannelsParameters]
list_event_rules: Builder[ListEventRulesParameters]
list_managed_notification_channel_associations: Builder[
    ListManagedNotificationChannelAssociationsParameters
]
list_managed_notification_child_events: Builder[ListManagedNotificationChildEventsParameters]
list_managed_notification_configurations: Builder[ListManagedNotificationConfigurationsParameters]
list_managed_notification_events: Builder[ListManagedNotificationEventsParameters]
list_member_accounts: Builder[ListMemberAccountsParameters]
list_notification_configurations: Builder[ListNotificationConfigurationsParameters]
list_notification_events: Builder[ListNotificationEventsParameters]
list_notification_hubs: Builder[ListNotificationHubsParameters]
list_organizational_units: Builder[ListOrganizationalUnitsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
register_notification_hub: Builder[RegisterNotificationHubParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_event_rule: Builder[UpdateEventRuleParameters]
update_managed_notification_channel_association: Builder[
    UpdateManagedNotificationChannelAssociationParameters
]
update_notification_configuration: Builder[UpdateNotificationConfigurationParameters]

__all__ = [
    "associate_channel",
    "associate_managed_notification_account_contact",
    "associate_managed_notification_additional_channel",
    "associate_organizational_unit",
    "create_event_rule",
    "create_notification_configuration",
    "delete_event_rule",
    "delete_notification_configuration",
    "deregister_notification_hub",
    "disable_notifications_access_for_organization",
    "disassociate_channel",
    "disassociate_managed_notification_account_contact",
    "disassociate_managed_notification_additional_channel",
    "disassociate_organizational_unit",
    "enable_notifications_access_for_organization",
    "get_event_rule",
    "get_managed_notification_child_event",
    "get_managed_notification_configuration",
    "get_managed_notification_event",
    "get_notification_configuration",
    "get_notification_event",
    "get_notifications_access_for_organization",
    "list_channels",
    "list_event_rules",
    "list_managed_notification_channel_associations",
    "list_managed_notification_child_events",
    "list_managed_notification_configurations",
    "list_managed_notification_events",
    "list_member_accounts",
    "list_notification_configurations",
    "list_notification_events",
    "list_notification_hubs",
    "list_organizational_units",
    "list_tags_for_resource",
    "register_notification_hub",
    "tag_resource",
    "untag_resource",
    "update_event_rule",
    "update_managed_notification_channel_association",
    "update_notification_configuration",
]
