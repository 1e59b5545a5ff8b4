"""Typed builders of the AWS SDK integration of chime (``aws-sdk:chime:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, X, Xi

AssociatePhoneNumberWithUserParameters = TypedDict(
    "AssociatePhoneNumberWithUserParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "UserId": S,
        "UserId.$": str,
        "E164PhoneNumber": S,
        "E164PhoneNumber.$": str,
    },
    total=False,
)

class SigninDelegateGroup(TypedDict, total=False):
    GroupName: S

AssociateSigninDelegateGroupsWithAccountParameters = TypedDict(
    "AssociateSigninDelegateGroupsWithAccountParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "SigninDelegateGroups": L[Xi[SigninDelegateGroup]],
        "SigninDelegateGroups.$": str,
    },
    total=False,
)

class MembershipItem(TypedDict, total=False):
    MemberId: S
    Role: S

BatchCreateRoomMembershipParameters = TypedDict(
    "BatchCreateRoomMembershipParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "RoomId": S,
        "RoomId.$": str,
        "MembershipItemList": L[Xi[MembershipItem]],
        "MembershipItemList.$": str,
    },
    total=False,
)
BatchDeletePhoneNumberParameters = TypedDict(
    "BatchDeletePhoneNumberParameters",
    {"PhoneNumberIds": L[Si], "PhoneNumberIds.$": str},
    total=False,
)
BatchSuspendUserParameters = TypedDict(
    "BatchSuspendUserParameters",
    {"AccountId": S, "AccountId.$": str, "UserIdList": L[Si], "UserIdList.$": str},
    total=False,
)
BatchUnsuspendUserParameters = TypedDict(
    "BatchUnsuspendUserParameters",
    {"AccountId": S, "AccountId.$": str, "UserIdList": L[Si], "UserIdList.$": str},
    total=False,
)

class UpdatePhoneNumberRequestItem(TypedDict, total=False):
    PhoneNumberId: S
    ProductType: S
    CallingName: S

BatchUpdatePhoneNumberParameters = TypedDict(
    "BatchUpdatePhoneNumberParameters",
    {
        "UpdatePhoneNumberRequestItems": L[Xi[UpdatePhoneNumberRequestItem]],
        "UpdatePhoneNumberRequestItems.$": str,
    },
    total=False,
)

class AlexaForBusinessMetadata(TypedDict, total=False):
    IsAlexaForBusinessEnabled: B
    AlexaForBusinessRoomArn: S

class UpdateUserRequestItem(TypedDict, total=False):
    UserId: S
    LicenseType: S
    UserType: S
    AlexaForBusinessMetadata: X[AlexaForBusinessMetadata]

BatchUpdateUserParameters = TypedDict(
    "BatchUpdateUserParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "UpdateUserRequestItems": L[Xi[UpdateUserRequestItem]],
        "UpdateUserRequestItems.$": str,
    },
    total=False,
)
CreateAccountParameters = TypedDict(
    "CreateAccountParameters", {"Name": S, "Name.$": str}, total=False
)
CreateBotParameters = TypedDict(
    "CreateBotParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Domain": S,
        "Domain.$": str,
    },
    total=False,
)
CreateMeetingDialOutParameters = TypedDict(
    "CreateMeetingDialOutParameters",
    {
        "MeetingId": S,
        "MeetingId.$": str,
        "FromPhoneNumber": S,
        "FromPhoneNumber.$": str,
        "ToPhoneNumber": S,
        "ToPhoneNumber.$": str,
        "JoinToken": S,
        "JoinToken.$": str,
    },
    total=False,
)
CreatePhoneNumberOrderParameters = TypedDict(
    "CreatePhoneNumberOrderParameters",
    {"ProductType": S, "ProductType.$": str, "E164PhoneNumbers": L[Si], "E164PhoneNumbers.$": str},
    total=False,
)
CreateRoomParameters = TypedDict(
    "CreateRoomParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Name": S,
        "Name.$": str,
        "ClientRequestToken": S,
        "ClientRequestToken.$": str,
    },
    total=False,
)
CreateRoomMembershipParameters = TypedDict(
    "CreateRoomMembershipParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "RoomId": S,
        "RoomId.$": str,
        "MemberId": S,
        "MemberId.$": str,
        "Role": S,
        "Role.$": str,
    },
    total=False,
)
CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Username": S,
        "Username.$": str,
        "Email": S,
        "Email.$": str,
        "UserType": S,
        "UserType.$": str,
    },
    total=False,
)
DeleteAccountParameters = TypedDict(
    "DeleteAccountParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
DeleteEventsConfigurationParameters = TypedDict(
    "DeleteEventsConfigurationParameters",
    {"AccountId": S, "AccountId.$": str, "BotId": S, "BotId.$": str},
    total=False,
)
DeletePhoneNumberParameters = TypedDict(
    "DeletePhoneNumberParameters", {"PhoneNumberId": S, "PhoneNumberId.$": str}, total=False
)
DeleteRoomParameters = TypedDict(
    "DeleteRoomParameters",
    {"AccountId": S, "AccountId.$": str, "RoomId": S, "RoomId.$": str},
    total=False,
)
DeleteRoomMembershipParameters = TypedDict(
    "DeleteRoomMembershipParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "RoomId": S,
        "RoomId.$": str,
        "MemberId": S,
        "MemberId.$": str,
    },
    total=False,
)
DisassociatePhoneNumberFromUserParameters = TypedDict(
    "DisassociatePhoneNumberFromUserParameters",
    {"AccountId": S, "AccountId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
DisassociateSigninDelegateGroupsFromAccountParameters = TypedDict(
    "DisassociateSigninDelegateGroupsFromAccountParameters",
    {"AccountId": S, "AccountId.$": str, "GroupNames": L[Si], "GroupNames.$": str},
    total=False,
)
GetAccountParameters = TypedDict(
    "GetAccountParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetAccountSettingsParameters = TypedDict(
    "GetAccountSettingsParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetBotParameters = TypedDict(
    "GetBotParameters",
    {"AccountId": S, "AccountId.$": str, "BotId": S, "BotId.$": str},
    total=False,
)
GetEventsConfigurationParameters = TypedDict(
    "GetEventsConfigurationParameters",
    {"AccountId": S, "AccountId.$": str, "BotId": S, "BotId.$": str},
    total=False,
)

class GetGlobalSettingsParameters(TypedDict, total=False): ...

GetPhoneNumberParameters = TypedDict(
    "GetPhoneNumberParameters", {"PhoneNumberId": S, "PhoneNumberId.$": str}, total=False
)
GetPhoneNumberOrderParameters = TypedDict(
    "GetPhoneNumberOrderParameters",
    {"PhoneNumberOrderId": S, "PhoneNumberOrderId.$": str},
    total=False,
)

class GetPhoneNumberSettingsParameters(TypedDict, total=False): ...

GetRetentionSettingsParameters = TypedDict(
    "GetRetentionSettingsParameters", {"AccountId": S, "AccountId.$": str}, total=False
)
GetRoomParameters = TypedDict(
    "GetRoomParameters",
    {"AccountId": S, "AccountId.$": str, "RoomId": S, "RoomId.$": str},
    total=False,
)
GetUserParameters = TypedDict(
    "GetUserParameters",
    {"AccountId": S, "AccountId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
GetUserSettingsParameters = TypedDict(
    "GetUserSettingsParameters",
    {"AccountId": S, "AccountId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
InviteUsersParameters = TypedDict(
    "InviteUsersParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "UserEmailList": L[Si],
        "UserEmailList.$": str,
        "UserType": S,
        "UserType.$": str,
    },
    total=False,
)
ListAccountsParameters = TypedDict(
    "ListAccountsParameters",
    {
        "Name": S,
        "Name.$": str,
        "UserEmail": S,
        "UserEmail.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListBotsParameters = TypedDict(
    "ListBotsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPhoneNumberOrdersParameters = TypedDict(
    "ListPhoneNumberOrdersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPhoneNumbersParameters = TypedDict(
    "ListPhoneNumbersParameters",
    {
        "Status": S,
        "Status.$": str,
        "ProductType": S,
        "ProductType.$": str,
        "FilterName": S,
        "FilterName.$": str,
        "FilterValue": S,
        "FilterValue.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRoomMembershipsParameters = TypedDict(
    "ListRoomMembershipsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "RoomId": S,
        "RoomId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRoomsParameters = TypedDict(
    "ListRoomsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "MemberId": S,
        "MemberId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSupportedPhoneNumberCountriesParameters = TypedDict(
    "ListSupportedPhoneNumberCountriesParameters",
    {"ProductType": S, "ProductType.$": str},
    total=False,
)
ListUsersParameters = TypedDict(
    "ListUsersParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "UserEmail": S,
        "UserEmail.$": str,
        "UserType": S,
        "UserType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
LogoutUserParameters = TypedDict(
    "LogoutUserParameters",
    {"AccountId": S, "AccountId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
PutEventsConfigurationParameters = TypedDict(
    "PutEventsConfigurationParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BotId": S,
        "BotId.$": str,
        "OutboundEventsHTTPSEndpoint": S,
        "OutboundEventsHTTPSEndpoint.$": str,
        "LambdaFunctionArn": S,
        "LambdaFunctionArn.$": str,
    },
    total=False,
)

class RoomRetentionSettings(TypedDict, total=False):
    RetentionDays: I

class ConversationRetentionSettings(TypedDict, total=False):
    RetentionDays: I

class RetentionSettings(TypedDict, total=False):
    RoomRetentionSettings: X[RoomRetentionSettings]
    ConversationRetentionSettings: X[ConversationRetentionSettings]

PutRetentionSettingsParameters = TypedDict(
    "PutRetentionSettingsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "RetentionSettings": X[RetentionSettings],
        "RetentionSettings.$": str,
    },
    total=False,
)
RedactConversationMessageParameters = TypedDict(
    "RedactConversationMessageParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "ConversationId": S,
        "ConversationId.$": str,
        "MessageId": S,
        "MessageId.$": str,
    },
    total=False,
)
RedactRoomMessageParameters = TypedDict(
    "RedactRoomMessageParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "RoomId": S,
        "RoomId.$": str,
        "MessageId": S,
        "MessageId.$": str,
    },
    total=False,
)
RegenerateSecurityTokenParameters = TypedDict(
    "RegenerateSecurityTokenParameters",
    {"AccountId": S, "AccountId.$": str, "BotId": S, "BotId.$": str},
    total=False,
)
ResetPersonalPINParameters = TypedDict(
    "ResetPersonalPINParameters",
    {"AccountId": S, "AccountId.$": str, "UserId": S, "UserId.$": str},
    total=False,
)
RestorePhoneNumberParameters = TypedDict(
    "RestorePhoneNumberParameters", {"PhoneNumberId": S, "PhoneNumberId.$": str}, total=False
)
SearchAvailablePhoneNumbersParameters = TypedDict(
    "SearchAvailablePhoneNumbersParameters",
    {
        "AreaCode": S,
        "AreaCode.$": str,
        "City": S,
        "City.$": str,
        "Country": S,
        "Country.$": str,
        "State": S,
        "State.$": str,
        "TollFreePrefix": S,
        "TollFreePrefix.$": str,
        "PhoneNumberType": S,
        "PhoneNumberType.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
UpdateAccountParameters = TypedDict(
    "UpdateAccountParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "Name": S,
        "Name.$": str,
        "DefaultLicense": S,
        "DefaultLicense.$": str,
    },
    total=False,
)

class AccountSettings(TypedDict, total=False):
    DisableRemoteControl: B
    EnableDialOut: B

UpdateAccountSettingsParameters = TypedDict(
    "UpdateAccountSettingsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "AccountSettings": X[AccountSettings],
        "AccountSettings.$": str,
    },
    total=False,
)
UpdateBotParameters = TypedDict(
    "UpdateBotParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "BotId": S,
        "BotId.$": str,
        "Disabled": B,
        "Disabled.$": str,
    },
    total=False,
)

class BusinessCallingSettings(TypedDict, total=False):
    CdrBucket: S

class VoiceConnectorSettings(TypedDict, total=False):
    CdrBucket: S

UpdateGlobalSettingsParameters = TypedDict(
    "UpdateGlobalSettingsParameters",
    {
        "BusinessCalling": X[BusinessCallingSettings],
        "BusinessCalling.$": str,
        "VoiceConnector": X[VoiceConnectorSettings],
        "VoiceConnector.$": str,
    },
    total=False,
)
UpdatePhoneNumberParameters = TypedDict(
    "UpdatePhoneNumberParameters",
    {
        "PhoneNumberId": S,
        "PhoneNumberId.$": str,
        "ProductType": S,
        "ProductType.$": str,
        "CallingName": S,
        "CallingName.$": str,
    },
    total=False,
)
UpdatePhoneNumberSettingsParameters = TypedDict(
    "UpdatePhoneNumberSettingsParameters", {"CallingName": S, "CallingName.$": str}, total=False
)
UpdateRoomParameters = TypedDict(
    "UpdateRoomParameters",
    {"AccountId": S, "AccountId.$": str, "RoomId": S, "RoomId.$": str, "Name": S, "Name.$": str},
    total=False,
)
UpdateRoomMembershipParameters = TypedDict(
    "UpdateRoomMembershipParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "RoomId": S,
        "RoomId.$": str,
        "MemberId": S,
        "MemberId.$": str,
        "Role": S,
        "Role.$": str,
    },
    total=False,
)
UpdateUserParameters = TypedDict(
    "UpdateUserParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "UserId": S,
        "UserId.$": str,
        "LicenseType": S,
        "LicenseType.$": str,
        "UserType": S,
        "UserType.$": str,
        "AlexaForBusinessMetadata": X[AlexaForBusinessMetadata],
        "AlexaForBusinessMetadata.$": str,
    },
    total=False,
)

class TelephonySettings(TypedDict, total=False):
    InboundCalling: B
    OutboundCalling: B
    Sms: B

class UserSettings(TypedDict, total=False):
    Telephony: X[TelephonySettings]

UpdateUserSettingsParameters = TypedDict(
    "UpdateUserSettingsParameters",
    {
        "AccountId": S,
        "AccountId.$": str,
        "UserId": S,
        "UserId.$": str,
        "UserSettings": X[UserSettings],
        "UserSettings.$": str,
    },
    total=False,
)
associate_phone_number_with_user: Builder[AssociatePhoneNumberWithUserParameters]
associate_signin_delegate_groups_with_account: Builder[
    AssociateSigninDelegateGroupsWithAccountParameters
]
batch_create_room_membership: Builder[BatchCreateRoomMembershipParameters]
batch_delete_phone_number: Builder[BatchDeletePhoneNumberParameters]
batch_suspend_user: Builder[BatchSuspendUserParameters]
batch_unsuspend_user: Builder[BatchUnsuspendUserParameters]
batch_update_phone_number: Builder[BatchUpdatePhoneNumberParameters]
batch_update_user: Builder[BatchUpdateUserParameters]
create_account: Builder[CreateAccountParameters]
create_bot: Builder[CreateBotParameters]
create_meeting_dial_out: Builder[CreateMeetingDialOutParameters]
create_phone_number_order: Builder[CreatePhoneNumberOrderParameters]
create_room: Builder[CreateRoomParameters]
create_room_membership: Builder[CreateRoomMembershipParameters]
create_user: Builder[CreateUserParameters]
delete_account: Builder[DeleteAccountParameters]
delete_events_configuration: Builder[DeleteEventsConfigurationParameters]
delete_phone_number: Builder[DeletePhoneNumberParameters]
delete_room: Builder[DeleteRoomParameters]
delete_room_membership: Builder[DeleteRoomMembershipParameters]
disassociate_phone_number_from_user: Builder[DisassociatePhoneNumberFromUserParameters]
disassociate_signin_delegate_groups_from_account: Builder[
    DisassociateSigninDelegateGroupsFromAccountParameters
]
get_account: Builder[GetAccountParameters]
get_account_settings: Builder[GetAccountSettingsParameters]
get_bot: Builder[GetBotParameters]
get_events_configuration: Builder[GetEventsConfigurationParameters]
get_global_settings: Builder[GetGlobalSettingsParameters]
get_phone_number: Builder[GetPhoneNumberParameters]
get_phone_number_order: Builder[GetPhoneNumberOrderParameters]
get_phone_number_settings: Builder[GetPhoneNumberSettingsParameters]
get_retention_settings: Builder[GetRetentionSettingsParameters]
get_room: Builder[GetRoomParameters]
get_user: Builder[GetUserParameters]
get_user_settings: Builder[GetUserSettingsParameters]
invite_users: Builder[InviteUsersParameters]
list_accounts: Builder[ListAccountsParameters]
list_bots: Builder[ListBotsParameters]
list_phone_number_orders: Builder[ListPhoneNumberOrdersParameters]
list_phone_numbers: Builder[ListPhoneNumbersParameters]
list_room_memberships: Builder[ListRoomMembershipsParameters]
list_rooms: Builder[ListRoomsParameters]
list_supported_phone_number_countries: Builder[ListSupportedPhoneNumberCountriesParameters]
list_users: Builder[ListUsersParameters]
logout_user: Builder[LogoutUserParameters]
put_events_configuration: Builder[PutEventsConfigurationParameters]
put_retention_settings: Builder[PutRetentionSettingsParameters]
redact_conversation_message: Builder[RedactConversationMessageParameters]
redact_room_message: Builder[RedactRoomMessageParameters]
regenerate_security_token: Builder[RegenerateSecurityTokenParameters]
reset_personal_pin: Builder[ResetPersonalPINParameters]
restore_phone_number: Builder[RestorePhoneNumberParameters]
search_available_phone_numbers: Builder[SearchAvailablePhoneNumbersParameters]
update_account: Builder[UpdateAccountParameters]
update_account_settings: Builder[UpdateAccountSettingsParameters]
update_bot: Builder[UpdateBotParameters]
update_global_settings: Builder[UpdateGlobalSettingsParameters]
update_phone_number: Builder[UpdatePhoneNumberParameters]
update_phone_number_settings: Builder[UpdatePhoneNumberSettingsParameters]
update_room: Builder[UpdateRoomParameters]
update_room_membership: Builder[UpdateRoomMembershipParameters]
update_user: Builder[UpdateUserParameters]
update_user_settings: Builder[UpdateUserSettingsParameters]

__all__ = [
    "associate_phone_number_with_user",
    "associate_signin_delegate_groups_with_account",
    "batch_create_room_membership",
    "batch_delete_phone_number",
    "batch_suspend_user",
    "batch_unsuspend_user",
    "batch_update_phone_number",
    "batch_update_user",
    "create_account",
    "create_bot",
    "create_meeting_dial_out",
    "create_phone_number_order",
    "create_room",
    "create_room_membership",
    "create_user",
    "delete_account",
    "delete_events_configuration",
    "delete_phone_number",
    "delete_room",
    "delete_room_membership",
    "disassociate_phone_number_from_user",
    "disassociate_signin_delegate_groups_from_account",
    "get_account",
    "get_account_settings",
    "get_bot",
    "get_events_configuration",
    "get_global_settings",
    "get_phone_number",
    "get_phone_number_order",
    "get_phone_number_settings",
    "get_retention_settings",
    "get_room",
    "get_user",
    "get_user_settings",
    "invite_users",
    "list_accounts",
    "list_bots",
    "list_phone_number_orders",
    "list_phone_numbers",
    "list_room_memberships",
    "list_rooms",
    "list_supported_phone_number_countries",
    "list_users",
    "logout_user",
    "put_events_configuration",
    "put_retention_settings",
    "redact_conversation_message",
    "redact_room_message",
    "regenerate_security_token",
    "reset_personal_pin",
    "restore_phone_number",
    "search_available_phone_numbers",
    "update_account",
    "update_account_settings",
    "update_bot",
    "update_global_settings",
    "update_phone_number",
    "update_phone_number_settings",
    "update_room",
    "update_room_membership",
    "update_user",
    "update_user_settings",
]
