"""Typed builders of the AWS SDK integration of wickr (``aws-sdk:wickr:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, S, Si, T, X, Xi

class BatchCreateUserRequestItem(TypedDict, total=False):
    FirstName: S
    LastName: S
    SecurityGroupIds: L[Si]
    Username: S
    InviteCode: S
    InviteCodeTtl: I
    CodeValidation: B

BatchCreateUserParameters = TypedDict(
    "BatchCreateUserParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "Users": L[Xi[BatchCreateUserRequestItem]],
        "Users.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
BatchDeleteUserParameters = TypedDict(
    "BatchDeleteUserParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "UserIds": L[Si],
        "UserIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
BatchLookupUserUnameParameters = TypedDict(
    "BatchLookupUserUnameParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "Unames": L[Si],
        "Unames.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
BatchReinviteUserParameters = TypedDict(
    "BatchReinviteUserParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "UserIds": L[Si],
        "UserIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
BatchResetDevicesForUserParameters = TypedDict(
    "BatchResetDevicesForUserParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "UserId": S,
        "UserId.$": str,
        "AppIds": L[Si],
        "AppIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
BatchToggleUserSuspendStatusParameters = TypedDict(
    "BatchToggleUserSuspendStatusParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "Suspend": B,
        "Suspend.$": str,
        "UserIds": L[Si],
        "UserIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateBotParameters = TypedDict(
    "CreateBotParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "Username": S,
        "Username.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "Challenge": S,
        "Challenge.$": str,
    },
    total=False,
)
CreateDataRetentionBotParameters = TypedDict(
    "CreateDataRetentionBotParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
CreateDataRetentionBotChallengeParameters = TypedDict(
    "CreateDataRetentionBotChallengeParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
CreateNetworkParameters = TypedDict(
    "CreateNetworkParameters",
    {
        "NetworkName": S,
        "NetworkName.$": str,
        "AccessLevel": S,
        "AccessLevel.$": str,
        "EnablePremiumFreeTrial": B,
        "EnablePremiumFreeTrial.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
    },
    total=False,
)

class WickrAwsNetworks(TypedDict, total=False):
    Region: S
    NetworkId: S

class PermittedWickrEnterpriseNetwork(TypedDict, total=False):
    Domain: S
    NetworkId: S

class SecurityGroupSettingsRequest(TypedDict, total=False):
    LockoutThreshold: I
    PermittedNetworks: L[Si]
    EnableGuestFederation: B
    GlobalFederation: B
    FederationMode: I
    EnableRestrictedGlobalFederation: B
    PermittedWickrAwsNetworks: L[Xi[WickrAwsNetworks]]
    PermittedWickrEnterpriseNetworks: L[Xi[PermittedWickrEnterpriseNetwork]]

CreateSecurityGroupParameters = TypedDict(
    "CreateSecurityGroupParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "Name": S,
        "Name.$": str,
        "SecurityGroupSettings": X[SecurityGroupSettingsRequest],
        "SecurityGroupSettings.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
DeleteBotParameters = TypedDict(
    "DeleteBotParameters",
    {"NetworkId": S, "NetworkId.$": str, "BotId": S, "BotId.$": str},
    total=False,
)
DeleteDataRetentionBotParameters = TypedDict(
    "DeleteDataRetentionBotParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
DeleteNetworkParameters = TypedDict(
    "DeleteNetworkParameters",
    {"NetworkId": S, "NetworkId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
DeleteSecurityGroupParameters = TypedDict(
    "DeleteSecurityGroupParameters",
    {"NetworkId": S, "NetworkId.$": str, "GroupId": S, "GroupId.$": str},
    total=False,
)
GetBotParameters = TypedDict(
    "GetBotParameters",
    {"NetworkId": S, "NetworkId.$": str, "BotId": S, "BotId.$": str},
    total=False,
)
GetBotsCountParameters = TypedDict(
    "GetBotsCountParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
GetDataRetentionBotParameters = TypedDict(
    "GetDataRetentionBotParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
GetGuestUserHistoryCountParameters = TypedDict(
    "GetGuestUserHistoryCountParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
GetNetworkParameters = TypedDict(
    "GetNetworkParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
GetNetworkSettingsParameters = TypedDict(
    "GetNetworkSettingsParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
GetOidcInfoParameters = TypedDict(
    "GetOidcInfoParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "Code": S,
        "Code.$": str,
        "GrantType": S,
        "GrantType.$": str,
        "RedirectUri": S,
        "RedirectUri.$": str,
        "Url": S,
        "Url.$": str,
        "ClientSecret": S,
        "ClientSecret.$": str,
        "CodeVerifier": S,
        "CodeVerifier.$": str,
        "Certificate": S,
        "Certificate.$": str,
    },
    total=False,
)
GetOpentdfConfigParameters = TypedDict(
    "GetOpentdfConfigParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
GetSecurityGroupParameters = TypedDict(
    "GetSecurityGroupParameters",
    {"NetworkId": S, "NetworkId.$": str, "GroupId": S, "GroupId.$": str},
    total=False,
)
GetUserParameters = TypedDict(
    "GetUserParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "UserId": S,
        "UserId.$": str,
        "StartTime": T,
        "StartTime.$": str,
        "EndTime": T,
        "EndTime.$": str,
    },
    total=False,
)
GetUsersCountParameters = TypedDict(
    "GetUsersCountParameters", {"NetworkId": S, "NetworkId.$": str}, total=False
)
ListBlockedGuestUsersParameters = TypedDict(
    "ListBlockedGuestUsersParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortDirection": S,
        "SortDirection.$": str,
        "SortFields": S,
        "SortFields.$": str,
        "Username": S,
        "Username.$": str,
        "Admin": S,
        "Admin.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListBotsParameters = TypedDict(
    "ListBotsParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortFields": S,
        "SortFields.$": str,
        "SortDirection": S,
        "SortDirection.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Username": S,
        "Username.$": str,
        "Status": I,
        "Status.$": str,
        "GroupId": S,
        "GroupId.$": str,
    },
    total=False,
)
ListDevicesForUserParameters = TypedDict(
    "ListDevicesForUserParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "UserId": S,
        "UserId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortFields": S,
        "SortFields.$": str,
        "SortDirection": S,
        "SortDirection.$": str,
    },
    total=False,
)
ListGuestUsersParameters = TypedDict(
    "ListGuestUsersParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortDirection": S,
        "SortDirection.$": str,
        "SortFields": S,
        "SortFields.$": str,
        "Username": S,
        "Username.$": str,
        "BillingPeriod": S,
        "BillingPeriod.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListNetworksParameters = TypedDict(
    "ListNetworksParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "SortFields": S,
        "SortFields.$": str,
        "SortDirection": S,
        "SortDirection.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListSecurityGroupUsersParameters = TypedDict(
    "ListSecurityGroupUsersParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortFields": S,
        "SortFields.$": str,
        "SortDirection": S,
        "SortDirection.$": str,
    },
    total=False,
)
ListSecurityGroupsParameters = TypedDict(
    "ListSecurityGroupsParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortFields": S,
        "SortFields.$": str,
        "SortDirection": S,
        "SortDirection.$": str,
    },
    total=False,
)
ListUsersParameters = TypedDict(
    "ListUsersParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "SortFields": S,
        "SortFields.$": str,
        "SortDirection": S,
        "SortDirection.$": str,
        "FirstName": S,
        "FirstName.$": str,
        "LastName": S,
        "LastName.$": str,
        "Username": S,
        "Username.$": str,
        "Status": I,
        "Status.$": str,
        "GroupId": S,
        "GroupId.$": str,
    },
    total=False,
)
RegisterOidcConfigParameters = TypedDict(
    "RegisterOidcConfigParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "CompanyId": S,
        "CompanyId.$": str,
        "CustomUsername": S,
        "CustomUsername.$": str,
        "ExtraAuthParams": S,
        "ExtraAuthParams.$": str,
        "Issuer": S,
        "Issuer.$": str,
        "Scopes": S,
        "Scopes.$": str,
        "Secret": S,
        "Secret.$": str,
        "SsoTokenBufferMinutes": I,
        "SsoTokenBufferMinutes.$": str,
        "UserId": S,
        "UserId.$": str,
    },
    total=False,
)
RegisterOidcConfigTestParameters = TypedDict(
    "RegisterOidcConfigTestParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "ExtraAuthParams": S,
        "ExtraAuthParams.$": str,
        "Issuer": S,
        "Issuer.$": str,
        "Scopes": S,
        "Scopes.$": str,
        "Certificate": S,
        "Certificate.$": str,
    },
    total=False,
)
RegisterOpentdfConfigParameters = TypedDict(
    "RegisterOpentdfConfigParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ClientSecret": S,
        "ClientSecret.$": str,
        "Domain": S,
        "Domain.$": str,
        "Provider": S,
        "Provider.$": str,
        "DryRun": B,
        "DryRun.$": str,
    },
    total=False,
)
UpdateBotParameters = TypedDict(
    "UpdateBotParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "BotId": S,
        "BotId.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "Challenge": S,
        "Challenge.$": str,
        "Suspend": B,
        "Suspend.$": str,
    },
    total=False,
)
UpdateDataRetentionParameters = TypedDict(
    "UpdateDataRetentionParameters",
    {"NetworkId": S, "NetworkId.$": str, "ActionType": S, "ActionType.$": str},
    total=False,
)
UpdateGuestUserParameters = TypedDict(
    "UpdateGuestUserParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "UsernameHash": S,
        "UsernameHash.$": str,
        "Block": B,
        "Block.$": str,
    },
    total=False,
)
UpdateNetworkParameters = TypedDict(
    "UpdateNetworkParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "NetworkName": S,
        "NetworkName.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "EncryptionKeyArn": S,
        "EncryptionKeyArn.$": str,
    },
    total=False,
)

class ReadReceiptConfig(TypedDict, total=False):
    Status: S

class ConsentPopupConfig(TypedDict, total=False):
    Enabled: B
    Header: S
    Content: S
    CloseButtonLabel: S

class NetworkSettings(TypedDict, total=False):
    EnableClientMetrics: B
    ReadReceiptConfig: X[ReadReceiptConfig]
    DataRetention: B
    EnableTrustedDataFormat: B
    ConsentPopup: X[ConsentPopupConfig]

UpdateNetworkSettingsParameters = TypedDict(
    "UpdateNetworkSettingsParameters",
    {"NetworkId": S, "NetworkId.$": str, "Settings": X[NetworkSettings], "Settings.$": str},
    total=False,
)

class CallingSettings(TypedDict, total=False):
    CanStart11Call: B
    CanVideoCall: B
    ForceTcpCall: B

class PasswordRequirements(TypedDict, total=False):
    Lowercase: I
    MinLength: I
    Numbers: I
    Symbols: I
    Uppercase: I

class ShredderSettings(TypedDict, total=False):
    CanProcessManually: B
    Intensity: I

class SecurityGroupSettings(TypedDict, total=False):
    AlwaysReauthenticate: B
    AtakPackageValues: L[Si]
    Calling: X[CallingSettings]
    CheckForUpdates: B
    EnableAtak: B
    EnableCrashReports: B
    EnableFileDownload: B
    EnableGuestFederation: B
    EnableNotificationPreview: B
    EnableOpenAccessOption: B
    EnableRestrictedGlobalFederation: B
    FilesEnabled: B
    ForceDeviceLockout: I
    ForceOpenAccess: B
    ForceReadReceipts: B
    GlobalFederation: B
    IsAtoEnabled: B
    IsLinkPreviewEnabled: B
    LocationAllowMaps: B
    LocationEnabled: B
    MaxAutoDownloadSize: I
    MaxBor: I
    MaxTtl: I
    MessageForwardingEnabled: B
    PasswordRequirements: X[PasswordRequirements]
    PresenceEnabled: B
    QuickResponses: L[Si]
    ShowMasterRecoveryKey: B
    Shredder: X[ShredderSettings]
    SsoMaxIdleMinutes: I
    MaxNonSsoSessionMinutes: I
    FederationMode: I
    LockoutThreshold: I
    PermittedNetworks: L[Si]
    PermittedWickrAwsNetworks: L[Xi[WickrAwsNetworks]]
    PermittedWickrEnterpriseNetworks: L[Xi[PermittedWickrEnterpriseNetwork]]

UpdateSecurityGroupParameters = TypedDict(
    "UpdateSecurityGroupParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "GroupId": S,
        "GroupId.$": str,
        "Name": S,
        "Name.$": str,
        "SecurityGroupSettings": X[SecurityGroupSettings],
        "SecurityGroupSettings.$": str,
    },
    total=False,
)

class UpdateUserDetails(TypedDict, total=False):
    FirstName: S
    LastName: S
    Username: S
    SecurityGroupIds: L[Si]
    InviteCode: S
    InviteCodeTtl: I
    CodeValidation: B

UpdateUserParameters = TypedDict(
    "UpdateUserParameters",
    {
        "NetworkId": S,
        "NetworkId.$": str,
        "UserId": S,
        "UserId.$": str,
        "UserDetails": X[UpdateUserDetails],
        "UserDetails.$": str,
    },
    total=False,
)
batch_create_user: Builder[BatchCreateUserParameters]
batch_delete_user: Builder[BatchDeleteUserParameters]
batch_lookup_user_uname: Builder[BatchLookupUserUnameParameters]
batch_reinvite_user: Builder[BatchReinviteUserParameters]
batch_reset_devices_for_user: Builder[BatchResetDevicesForUserParameters]
batch_toggle_user_suspend_status: Builder[BatchToggleUserSuspendStatusParameters]
create_bot: Builder[CreateBotParameters]
create_data_retention_bot: Builder[CreateDataRetentionBotParameters]
create_data_retention_bot_challenge: Builder[CreateDataRetentionBotChallengeParameters]
create_network: Builder[CreateNetworkParameters]
create_security_group: Builder[CreateSecurityGroupParameters]
delete_bot: Builder[DeleteBotParameters]
delete_data_retention_bot: Builder[DeleteDataRetentionBotParameters]
delete_network: Builder[DeleteNetworkParameters]
delete_security_group: Builder[DeleteSecurityGroupParameters]
get_bot: Builder[GetBotParameters]
get_bots_count: Builder[GetBotsCountParameters]
get_data_retention_bot: Builder[GetDataRetentionBotParameters]
get_guest_user_history_count: Builder[GetGuestUserHistoryCountParameters]
get_network: Builder[GetNetworkParameters]
get_network_settings: Builder[GetNetworkSettingsParameters]
get_oidc_info: Builder[GetOidcInfoParameters]
get_opentdf_config: Builder[GetOpentdfConfigParameters]
get_security_group: Builder[GetSecurityGroupParameters]
get_user: Builder[GetUserParameters]
get_users_count: Builder[GetUsersCountParameters]
list_blocked_guest_users: Builder[ListBlockedGuestUsersParameters]
list_bots: Builder[ListBotsParameters]
list_devices_for_user: Builder[ListDevicesForUserParameters]
list_guest_users: Builder[ListGuestUsersParameters]
list_networks: Builder[ListNetworksParameters]
list_security_group_users: Builder[ListSecurityGroupUsersParameters]
list_security_groups: Builder[ListSecurityGroupsParameters]
list_users: Builder[ListUsersParameters]
register_oidc_config: Builder[RegisterOidcConfigParameters]
register_oidc_config_test: Builder[RegisterOidcConfigTestParameters]
register_opentdf_config: Builder[RegisterOpentdfConfigParameters]
update_bot: Builder[UpdateBotParameters]
update_data_retention: Builder[UpdateDataRetentionParameters]
update_guest_user: Builder[UpdateGuestUserParameters]
update_network: Builder[UpdateNetworkParameters]
update_network_settings: Builder[UpdateNetworkSettingsParameters]
update_security_group: Builder[UpdateSecurityGroupParameters]
update_user: Builder[UpdateUserParameters]

__all__ = [
    "batch_create_user",
    "batch_delete_user",
    "batch_lookup_user_uname",
    "batch_reinvite_user",
    "batch_reset_devices_for_user",
    "batch_toggle_user_suspend_status",
    "create_bot",
    "create_data_retention_bot",
    "create_data_retention_bot_challenge",
    "create_network",
    "create_security_group",
    "delete_bot",
    "delete_data_retention_bot",
    "delete_network",
    "delete_security_group",
    "get_bot",
    "get_bots_count",
    "get_data_retention_bot",
    "get_guest_user_history_count",
    "get_network",
    "get_network_settings",
    "get_oidc_info",
    "get_opentdf_config",
    "get_security_group",
    "get_user",
    "get_users_count",
    "list_blocked_guest_users",
    "list_bots",
    "list_devices_for_user",
    "list_guest_users",
    "list_networks",
    "list_security_group_users",
    "list_security_groups",
    "list_users",
    "register_oidc_config",
    "register_oidc_config_test",
    "register_opentdf_config",
    "update_bot",
    "update_data_retention",
    "update_guest_user",
    "update_network",
    "update_network_settings",
    "update_security_group",
    "update_user",
]
