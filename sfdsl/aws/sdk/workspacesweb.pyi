"""Typed builders of the AWS SDK integration of workspacesweb (``aws-sdk:workspacesweb:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, M, S, Si, X, Xi

AssociateBrowserSettingsParameters = TypedDict(
    "AssociateBrowserSettingsParameters",
    {"PortalArn": S, "PortalArn.$": str, "BrowserSettingsArn": S, "BrowserSettingsArn.$": str},
    total=False,
)
AssociateDataProtectionSettingsParameters = TypedDict(
    "AssociateDataProtectionSettingsParameters",
    {
        "PortalArn": S,
        "PortalArn.$": str,
        "DataProtectionSettingsArn": S,
        "DataProtectionSettingsArn.$": str,
    },
    total=False,
)
AssociateIpAccessSettingsParameters = TypedDict(
    "AssociateIpAccessSettingsParameters",
    {"PortalArn": S, "PortalArn.$": str, "IpAccessSettingsArn": S, "IpAccessSettingsArn.$": str},
    total=False,
)
AssociateNetworkSettingsParameters = TypedDict(
    "AssociateNetworkSettingsParameters",
    {"PortalArn": S, "PortalArn.$": str, "NetworkSettingsArn": S, "NetworkSettingsArn.$": str},
    total=False,
)
AssociateSessionLoggerParameters = TypedDict(
    "AssociateSessionLoggerParameters",
    {"PortalArn": S, "PortalArn.$": str, "SessionLoggerArn": S, "SessionLoggerArn.$": str},
    total=False,
)
AssociateTrustStoreParameters = TypedDict(
    "AssociateTrustStoreParameters",
    {"PortalArn": S, "PortalArn.$": str, "TrustStoreArn": S, "TrustStoreArn.$": str},
    total=False,
)
AssociateUserAccessLoggingSettingsParameters = TypedDict(
    "AssociateUserAccessLoggingSettingsParameters",
    {
        "PortalArn": S,
        "PortalArn.$": str,
        "UserAccessLoggingSettingsArn": S,
        "UserAccessLoggingSettingsArn.$": str,
    },
    total=False,
)
AssociateUserSettingsParameters = TypedDict(
    "AssociateUserSettingsParameters",
    {"PortalArn": S, "PortalArn.$": str, "UserSettingsArn": S, "UserSettingsArn.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class WebContentFilteringPolicy(TypedDict, total=False):
    BlockedCategories: L[Si]
    AllowedUrls: L[Si]
    BlockedUrls: L[Si]

CreateBrowserSettingsParameters = TypedDict(
    "CreateBrowserSettingsParameters",
    {
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CustomerManagedKey": S,
        "CustomerManagedKey.$": str,
        "AdditionalEncryptionContext": M[S],
        "AdditionalEncryptionContext.$": str,
        "BrowserPolicy": S,
        "BrowserPolicy.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "WebContentFilteringPolicy": X[WebContentFilteringPolicy],
        "WebContentFilteringPolicy.$": str,
    },
    total=False,
)

class CustomPattern(TypedDict, total=False):
    PatternName: S
    PatternRegex: S
    PatternDescription: S
    KeywordRegex: S

class RedactionPlaceHolder(TypedDict, total=False):
    RedactionPlaceHolderType: S
    RedactionPlaceHolderText: S

class InlineRedactionPattern(TypedDict, total=False):
    BuiltInPatternId: S
    CustomPattern: X[CustomPattern]
    RedactionPlaceHolder: X[RedactionPlaceHolder]
    EnforcedUrls: L[Si]
    ExemptUrls: L[Si]
    ConfidenceLevel: I

class InlineRedactionConfiguration(TypedDict, total=False):
    InlineRedactionPatterns: L[Xi[InlineRedactionPattern]]
    GlobalEnforcedUrls: L[Si]
    GlobalExemptUrls: L[Si]
    GlobalConfidenceLevel: I

CreateDataProtectionSettingsParameters = TypedDict(
    "CreateDataProtectionSettingsParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CustomerManagedKey": S,
        "CustomerManagedKey.$": str,
        "AdditionalEncryptionContext": M[S],
        "AdditionalEncryptionContext.$": str,
        "InlineRedactionConfiguration": X[InlineRedactionConfiguration],
        "InlineRedactionConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateIdentityProviderParameters = TypedDict(
    "CreateIdentityProviderParameters",
    {
        "PortalArn": S,
        "PortalArn.$": str,
        "IdentityProviderName": S,
        "IdentityProviderName.$": str,
        "IdentityProviderType": S,
        "IdentityProviderType.$": str,
        "IdentityProviderDetails": M[S],
        "IdentityProviderDetails.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class IpRule(TypedDict, total=False):
    IpRange: S
    Description: S

CreateIpAccessSettingsParameters = TypedDict(
    "CreateIpAccessSettingsParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CustomerManagedKey": S,
        "CustomerManagedKey.$": str,
        "AdditionalEncryptionContext": M[S],
        "AdditionalEncryptionContext.$": str,
        "IpRules": L[Xi[IpRule]],
        "IpRules.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateNetworkSettingsParameters = TypedDict(
    "CreateNetworkSettingsParameters",
    {
        "VpcId": S,
        "VpcId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreatePortalParameters = TypedDict(
    "CreatePortalParameters",
    {
        "DisplayName": S,
        "DisplayName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "CustomerManagedKey": S,
        "CustomerManagedKey.$": str,
        "AdditionalEncryptionContext": M[S],
        "AdditionalEncryptionContext.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "MaxConcurrentSessions": I,
        "MaxConcurrentSessions.$": str,
        "PortalCustomDomain": S,
        "PortalCustomDomain.$": str,
    },
    total=False,
)

class Unit(TypedDict, total=False): ...

class EventFilter(TypedDict, total=False):
    All: X[Unit]
    Include: L[Si]

class S3LogConfiguration(TypedDict, total=False):
    Bucket: S
    KeyPrefix: S
    BucketOwner: S
    LogFileFormat: S
    FolderStructure: S

class LogConfiguration(TypedDict, total=False):
    S3: X[S3LogConfiguration]

CreateSessionLoggerParameters = TypedDict(
    "CreateSessionLoggerParameters",
    {
        "EventFilter": X[EventFilter],
        "EventFilter.$": str,
        "LogConfiguration": X[LogConfiguration],
        "LogConfiguration.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "CustomerManagedKey": S,
        "CustomerManagedKey.$": str,
        "AdditionalEncryptionContext": M[S],
        "AdditionalEncryptionContext.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateTrustStoreParameters = TypedDict(
    "CreateTrustStoreParameters",
    {
        "CertificateList": L[Si],
        "CertificateList.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateUserAccessLoggingSettingsParameters = TypedDict(
    "CreateUserAccessLoggingSettingsParameters",
    {
        "KinesisStreamArn": S,
        "KinesisStreamArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class CookieSpecification(TypedDict, total=False):
    Domain: S
    Name: S
    Path: S

class CookieSynchronizationConfiguration(TypedDict, total=False):
    Allowlist: L[Xi[CookieSpecification]]
    Blocklist: L[Xi[CookieSpecification]]

class ToolbarConfiguration(TypedDict, total=False):
    ToolbarType: S
    VisualMode: S
    HiddenToolbarItems: L[Si]
    MaxDisplayResolution: S

class IconImageInput(TypedDict, total=False):
    Blob: S
    S3Uri: S

class WallpaperImageInput(TypedDict, total=False):
    Blob: S
    S3Uri: S

class LocalizedBrandingStrings(TypedDict, total=False):
    BrowserTabTitle: S
    WelcomeText: S
    LoginTitle: S
    LoginDescription: S
    LoginButtonText: S
    ContactLink: S
    ContactButtonText: S
    LoadingText: S

class BrandingConfigurationCreateInput(TypedDict, total=False):
    Logo: X[IconImageInput]
    Wallpaper: X[WallpaperImageInput]
    Favicon: X[IconImageInput]
    LocalizedStrings: M[X[LocalizedBrandingStrings]]
    ColorTheme: S
    TermsOfService: S

CreateUserSettingsParameters = TypedDict(
    "CreateUserSettingsParameters",
    {
        "CopyAllowed": S,
        "CopyAllowed.$": str,
        "PasteAllowed": S,
        "PasteAllowed.$": str,
        "DownloadAllowed": S,
        "DownloadAllowed.$": str,
        "UploadAllowed": S,
        "UploadAllowed.$": str,
        "PrintAllowed": S,
        "PrintAllowed.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "DisconnectTimeoutInMinutes": I,
        "DisconnectTimeoutInMinutes.$": str,
        "IdleDisconnectTimeoutInMinutes": I,
        "IdleDisconnectTimeoutInMinutes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "CookieSynchronizationConfiguration": X[CookieSynchronizationConfiguration],
        "CookieSynchronizationConfiguration.$": str,
        "CustomerManagedKey": S,
        "CustomerManagedKey.$": str,
        "AdditionalEncryptionContext": M[S],
        "AdditionalEncryptionContext.$": str,
        "DeepLinkAllowed": S,
        "DeepLinkAllowed.$": str,
        "ToolbarConfiguration": X[ToolbarConfiguration],
        "ToolbarConfiguration.$": str,
        "BrandingConfigurationInput": X[BrandingConfigurationCreateInput],
        "BrandingConfigurationInput.$": str,
        "WebAuthnAllowed": S,
        "WebAuthnAllowed.$": str,
    },
    total=False,
)
DeleteBrowserSettingsParameters = TypedDict(
    "DeleteBrowserSettingsParameters",
    {"BrowserSettingsArn": S, "BrowserSettingsArn.$": str},
    total=False,
)
DeleteDataProtectionSettingsParameters = TypedDict(
    "DeleteDataProtectionSettingsParameters",
    {"DataProtectionSettingsArn": S, "DataProtectionSettingsArn.$": str},
    total=False,
)
DeleteIdentityProviderParameters = TypedDict(
    "DeleteIdentityProviderParameters",
    {"IdentityProviderArn": S, "IdentityProviderArn.$": str},
    total=False,
)
DeleteIpAccessSettingsParameters = TypedDict(
    "DeleteIpAccessSettingsParameters",
    {"IpAccessSettingsArn": S, "IpAccessSettingsArn.$": str},
    total=False,
)
DeleteNetworkSettingsParameters = TypedDict(
    "DeleteNetworkSettingsParameters",
    {"NetworkSettingsArn": S, "NetworkSettingsArn.$": str},
    total=False,
)
DeletePortalParameters = TypedDict(
    "DeletePortalParameters", {"PortalArn": S, "PortalArn.$": str}, total=False
)
DeleteSessionLoggerParameters = TypedDict(
    "DeleteSessionLoggerParameters", {"SessionLoggerArn": S, "SessionLoggerArn.$": str}, total=False
)
DeleteTrustStoreParameters = TypedDict(
    "DeleteTrustStoreParameters", {"TrustStoreArn": S, "TrustStoreArn.$": str}, total=False
)
DeleteUserAccessLoggingSettingsParameters = TypedDict(
    "DeleteUserAccessLoggingSettingsParameters",
    {"UserAccessLoggingSettingsArn": S, "UserAccessLoggingSettingsArn.$": str},
    total=False,
)
DeleteUserSettingsParameters = TypedDict(
    "DeleteUserSettingsParameters", {"UserSettingsArn": S, "UserSettingsArn.$": str}, total=False
)
DisassociateBrowserSettingsParameters = TypedDict(
    "DisassociateBrowserSettingsParameters", {"PortalArn": S, "PortalArn.$": str}, total=False
)
DisassociateDataProtectionSettingsParameters = TypedDict(
    "DisassociateDataProtectionSettingsParameters",
    {"PortalArn": S, "PortalArn.$": str},
    total=False,
)
DisassociateIpAccessSettingsParameters = TypedDict(
    "DisassociateIpAccessSettingsParameters", {"PortalArn": S, "PortalArn.$": str}, total=False
)
DisassociateNetworkSettingsParameters = TypedDict(
    "DisassociateNetworkSettingsParameters", {"PortalArn": S, "PortalArn.$": str}, total=False
)
DisassociateSessionLoggerParameters = TypedDict(
    "DisassociateSessionLoggerParameters", {"PortalArn": S, "PortalArn.$": str}, total=False
)
DisassociateTrustStoreParameters = TypedDict(
    "DisassociateTrustStoreParameters", {"PortalArn": S, "PortalArn.$": str}, total=False
)
DisassociateUserAccessLoggingSettingsParameters = TypedDict(
    "DisassociateUserAccessLoggingSettingsParameters",
    {"PortalArn": S, "PortalArn.$": str},
    total=False,
)
DisassociateUserSettingsParameters = TypedDict(
    "DisassociateUserSettingsParameters", {"PortalArn": S, "PortalArn.$": str}, total=False
)
ExpireSessionParameters = TypedDict(
    "ExpireSessionParameters",
    {"PortalId": S, "PortalId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
GetBrowserSettingsParameters = TypedDict(
    "GetBrowserSettingsParameters",
    {"BrowserSettingsArn": S, "BrowserSettingsArn.$": str},
    total=False,
)
GetDataProtectionSettingsParameters = TypedDict(
    "GetDataProtectionSettingsParameters",
    {"DataProtectionSettingsArn": S, "DataProtectionSettingsArn.$": str},
    total=False,
)
GetIdentityProviderParameters = TypedDict(
    "GetIdentityProviderParameters",
    {"IdentityProviderArn": S, "IdentityProviderArn.$": str},
    total=False,
)
GetIpAccessSettingsParameters = TypedDict(
    "GetIpAccessSettingsParameters",
    {"IpAccessSettingsArn": S, "IpAccessSettingsArn.$": str},
    total=False,
)
GetNetworkSettingsParameters = TypedDict(
    "GetNetworkSettingsParameters",
    {"NetworkSettingsArn": S, "NetworkSettingsArn.$": str},
    total=False,
)
GetPortalParameters = TypedDict(
    "GetPortalParameters", {"PortalArn": S, "PortalArn.$": str}, total=False
)
GetPortalServiceProviderMetadataParameters = TypedDict(
    "GetPortalServiceProviderMetadataParameters", {"PortalArn": S, "PortalArn.$": str}, total=False
)
GetSessionParameters = TypedDict(
    "GetSessionParameters",
    {"PortalId": S, "PortalId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
GetSessionLoggerParameters = TypedDict(
    "GetSessionLoggerParameters", {"SessionLoggerArn": S, "SessionLoggerArn.$": str}, total=False
)
GetTrustStoreParameters = TypedDict(
    "GetTrustStoreParameters", {"TrustStoreArn": S, "TrustStoreArn.$": str}, total=False
)
GetTrustStoreCertificateParameters = TypedDict(
    "GetTrustStoreCertificateParameters",
    {"TrustStoreArn": S, "TrustStoreArn.$": str, "Thumbprint": S, "Thumbprint.$": str},
    total=False,
)
GetUserAccessLoggingSettingsParameters = TypedDict(
    "GetUserAccessLoggingSettingsParameters",
    {"UserAccessLoggingSettingsArn": S, "UserAccessLoggingSettingsArn.$": str},
    total=False,
)
GetUserSettingsParameters = TypedDict(
    "GetUserSettingsParameters", {"UserSettingsArn": S, "UserSettingsArn.$": str}, total=False
)
ListBrowserSettingsParameters = TypedDict(
    "ListBrowserSettingsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListDataProtectionSettingsParameters = TypedDict(
    "ListDataProtectionSettingsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListIdentityProvidersParameters = TypedDict(
    "ListIdentityProvidersParameters",
    {
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PortalArn": S,
        "PortalArn.$": str,
    },
    total=False,
)
ListIpAccessSettingsParameters = TypedDict(
    "ListIpAccessSettingsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListNetworkSettingsParameters = TypedDict(
    "ListNetworkSettingsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListPortalsParameters = TypedDict(
    "ListPortalsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListSessionLoggersParameters = TypedDict(
    "ListSessionLoggersParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListSessionsParameters = TypedDict(
    "ListSessionsParameters",
    {
        "PortalId": S,
        "PortalId.$": str,
        "Username": S,
        "Username.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "SortBy": S,
        "SortBy.$": str,
        "Status": S,
        "Status.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters", {"ResourceArn": S, "ResourceArn.$": str}, total=False
)
ListTrustStoreCertificatesParameters = TypedDict(
    "ListTrustStoreCertificatesParameters",
    {
        "TrustStoreArn": S,
        "TrustStoreArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListTrustStoresParameters = TypedDict(
    "ListTrustStoresParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListUserAccessLoggingSettingsParameters = TypedDict(
    "ListUserAccessLoggingSettingsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListUserSettingsParameters = TypedDict(
    "ListUserSettingsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {"ResourceArn": S, "ResourceArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UpdateBrowserSettingsParameters = TypedDict(
    "UpdateBrowserSettingsParameters",
    {
        "BrowserSettingsArn": S,
        "BrowserSettingsArn.$": str,
        "BrowserPolicy": S,
        "BrowserPolicy.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "WebContentFilteringPolicy": X[WebContentFilteringPolicy],
        "WebContentFilteringPolicy.$": str,
    },
    total=False,
)
UpdateDataProtectionSettingsParameters = TypedDict(
    "UpdateDataProtectionSettingsParameters",
    {
        "DataProtectionSettingsArn": S,
        "DataProtectionSettingsArn.$": str,
        "InlineRedactionConfiguration": X[InlineRedactionConfiguration],
        "InlineRedactionConfiguration.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateIdentityProviderParameters = TypedDict(
    "UpdateIdentityProviderParameters",
    {
        "IdentityProviderArn": S,
        "IdentityProviderArn.$": str,
        "IdentityProviderName": S,
        "IdentityProviderName.$": str,
        "IdentityProviderType": S,
        "IdentityProviderType.$": str,
        "IdentityProviderDetails": M[S],
        "IdentityProviderDetails.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateIpAccessSettingsParameters = TypedDict(
    "UpdateIpAccessSettingsParameters",
    {
        "IpAccessSettingsArn": S,
        "IpAccessSettingsArn.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "Description": S,
        "Description.$": str,
        "IpRules": L[Xi[IpRule]],
        "IpRules.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateNetworkSettingsParameters = TypedDict(
    "UpdateNetworkSettingsParameters",
    {
        "NetworkSettingsArn": S,
        "NetworkSettingsArn.$": str,
        "VpcId": S,
        "VpcId.$": str,
        "SubnetIds": L[Si],
        "SubnetIds.$": str,
        "SecurityGroupIds": L[Si],
        "SecurityGroupIds.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdatePortalParameters = TypedDict(
    "UpdatePortalParameters",
    {
        "PortalArn": S,
        "PortalArn.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
        "AuthenticationType": S,
        "AuthenticationType.$": str,
        "InstanceType": S,
        "InstanceType.$": str,
        "MaxConcurrentSessions": I,
        "MaxConcurrentSessions.$": str,
        "PortalCustomDomain": S,
        "PortalCustomDomain.$": str,
    },
    total=False,
)
UpdateSessionLoggerParameters = TypedDict(
    "UpdateSessionLoggerParameters",
    {
        "SessionLoggerArn": S,
        "SessionLoggerArn.$": str,
        "EventFilter": X[EventFilter],
        "EventFilter.$": str,
        "LogConfiguration": X[LogConfiguration],
        "LogConfiguration.$": str,
        "DisplayName": S,
        "DisplayName.$": str,
    },
    total=False,
)
UpdateTrustStoreParameters = TypedDict(
    "UpdateTrustStoreParameters",
    {
        "TrustStoreArn": S,
        "TrustStoreArn.$": str,
        "CertificatesToAdd": L[Si],
        "CertificatesToAdd.$": str,
        "CertificatesToDelete": L[Si],
        "CertificatesToDelete.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
UpdateUserAccessLoggingSettingsParameters = TypedDict(
    "UpdateUserAccessLoggingSettingsParameters",
    {
        "UserAccessLoggingSettingsArn": S,
        "UserAccessLoggingSettingsArn.$": str,
        "KinesisStreamArn": S,
        "KinesisStreamArn.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)

class BrandingConfigurationUpdateInput(TypedDict, total=False):
    Logo: X[IconImageInput]
    Wallpaper: X[WallpaperImageInput]
    Favicon: X[IconImageInput]
    LocalizedStrings: M[X[LocalizedBrandingStrings]]
    ColorTheme: S
    TermsOfService: S

UpdateUserSettingsParameters = TypedDict(
    "UpdateUserSettingsParameters",
    {
        "UserSettingsArn": S,
        "UserSettingsArn.$": str,
        "CopyAllowed": S,
        "CopyAllowed.$": str,
        "PasteAllowed": S,
        "PasteAllowed.$": str,
        "DownloadAllowed": S,
        "DownloadAllowed.$": str,
        "UploadAllowed": S,
        "UploadAllowed.$": str,
        "PrintAllowed": S,
        "PrintAllowed.$": str,
        "DisconnectTimeoutInMinutes": I,
        "DisconnectTimeoutInMinutes.$": str,
        "IdleDisconnectTimeoutInMinutes": I,
        "IdleDisconnectTimeoutInMinutes.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "CookieSynchronizationConfiguration": X[CookieSynchronizationConfiguration],
        "CookieSynchronizationConfiguration.$": str,
        "DeepLinkAllowed": S,
        "DeepLinkAllowed.$": str,
        "ToolbarConfiguration": X[ToolbarConfiguration],
        "ToolbarConfiguration.$": str,
        "BrandingConfigurationInput": X[BrandingConfigurationUpdateInput],
        "BrandingConfigurationInput.$": str,
        "WebAuthnAllowed": S,
        "WebAuthnAllowed.$": str,
    },
    total=False,
)
associate_browser_settings: Builder[AssociateBrowserSettingsParameters]
associate_data_protection_settings: Builder[AssociateDataProtectionSettingsParameters]
associate_ip_access_settings: Builder[AssociateIpAccessSettingsParameters]
associate_network_settings: Builder[AssociateNetworkSettingsParameters]
associate_session_logger: Builder[AssociateSessionLoggerParameters]
associate_trust_store: Builder[AssociateTrustStoreParameters]
associate_user_access_logging_settings: Builder[AssociateUserAccessLoggingSettingsParameters]
associate_user_settings: Builder[AssociateUserSettingsParameters]
create_browser_settings: Builder[CreateBrowserSettingsParameters]
create_data_protection_settings: Builder[CreateDataProtectionSettingsParameters]
create_identity_provider: Builder[CreateIdentityProviderParameters]
create_ip_access_settings: Builder[CreateIpAccessSettingsParameters]
create_network_settings: Builder[CreateNetworkSettingsParameters]
create_portal: Builder[CreatePortalParameters]
create_session_logger: Builder[CreateSessionLoggerParameters]
create_trust_store: Builder[CreateTrustStoreParameters]
create_user_access_logging_settings: Builder[CreateUserAccessLoggingSettingsParameters]
create_user_settings: Builder[CreateUserSettingsParameters]
delete_browser_settings: Builder[DeleteBrowserSettingsParameters]
delete_data_protection_settings: Builder[DeleteDataProtectionSettingsParameters]
delete_identity_provider: Builder[DeleteIdentityProviderParameters]
delete_ip_access_settings: Builder[DeleteIpAccessSettingsParameters]
delete_network_settings: Builder[DeleteNetworkSettingsParameters]
delete_portal: Builder[DeletePortalParameters]
delete_session_logger: Builder[DeleteSessionLoggerParameters]
delete_trust_store: Builder[DeleteTrustStoreParameters]
delete_user_access_logging_settings: Builder[DeleteUserAccessLoggingSettingsParameters]
delete_user_settings: Builder[DeleteUserSettingsParameters]
disassociate_browser_settings: Builder[DisassociateBrowserSettingsParameters]
disassociate_data_protection_settings: Builder[DisassociateDataProtectionSettingsParameters]
disassociate_ip_access_settings: Builder[DisassociateIpAccessSettingsParameters]
disassociate_network_settings: Builder[DisassociateNetworkSettingsParameters]
disassociate_session_logger: Builder[DisassociateSessionLoggerParameters]
disassociate_trust_store: Builder[DisassociateTrustStoreParameters]
disassociate_user_access_logging_settings: Builder[DisassociateUserAccessLoggingSettingsParameters]
disassociate_user_settings: Builder[DisassociateUserSettingsParameters]
expire_session: Builder[ExpireSessionParameters]
get_browser_settings: Builder[GetBrowserSettingsParameters]
get_data_protection_settings: Builder[GetDataProtectionSettingsParameters]
get_identity_provider: Builder[GetIdentityProviderParameters]
get_ip_access_settings: Builder[GetIpAccessSettingsParameters]
get_network_settings: Builder[GetNetworkSettingsParameters]
get_portal: Builder[GetPortalParameters]
get_portal_service_provider_metadata: Builder[GetPortalServiceProviderMetadataParameters]
get_session: Builder[GetSessionParameters]
get_session_logger: Builder[GetSessionLoggerParameters]
get_trust_store: Builder[GetTrustStoreParameters]
get_trust_store_certificate: Builder[GetTrustStoreCertificateParameters]
get_user_access_logging_settings: Builder[GetUserAccessLoggingSettingsParameters]
get_user_settings: Builder[GetUserSettingsParameters]
list_browser_settings: Builder[ListBrowserSettingsParameters]
list_data_protection_settings: Builder[ListDataProtectionSettingsParameters]
list_identity_providers: Builder[ListIdentityProvidersParameters]
list_ip_access_settings: Builder[ListIpAccessSettingsParameters]
list_network_settings: Builder[ListNetworkSettingsParameters]
list_portals: Builder[ListPortalsParameters]
list_session_loggers: Builder[ListSessionLoggersParameters]
list_sessions: Builder[ListSessionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_trust_store_certificates: Builder[ListTrustStoreCertificatesParameters]
list_trust_stores: Builder[ListTrustStoresParameters]
list_user_access_logging_settings: Builder[ListUserAccessLoggingSettingsParameters]
list_user_settings: Builder[ListUserSettingsParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_browser_settings: Builder[UpdateBrowserSettingsParameters]
update_data_protection_settings: Builder[UpdateDataProtectionSettingsParameters]
update_identity_provider: Builder[UpdateIdentityProviderParameters]
update_ip_access_settings: Builder[UpdateIpAccessSettingsParameters]
update_network_settings: Builder[UpdateNetworkSettingsParameters]
update_portal: Builder[UpdatePortalParameters]
update_session_logger: Builder[UpdateSessionLoggerParameters]
update_trust_store: Builder[UpdateTrustStoreParameters]
update_user_access_logging_settings: Builder[UpdateUserAccessLoggingSettingsParameters]
update_user_settings: Builder[UpdateUserSettingsParameters]

__all__ = [
    "associate_browser_settings",
    "associate_data_protection_settings",
    "associate_ip_access_settings",
    "associate_network_settings",
    "associate_session_logger",
    "associate_trust_store",
    "associate_user_access_logging_settings",
    "associate_user_settings",
    "create_browser_settings",
    "create_data_protection_settings",
    "create_identity_provider",
    "create_ip_access_settings",
    "create_network_settings",
    "create_portal",
    "create_session_logger",
    "create_trust_store",
    "create_user_access_logging_settings",
    "create_user_settings",
    "delete_browser_settings",
    "delete_data_protection_settings",
    "delete_identity_provider",
    "delete_ip_access_settings",
    "delete_network_settings",
    "delete_portal",
    "delete_session_logger",
    "delete_trust_store",
    "delete_user_access_logging_settings",
    "delete_user_settings",
    "disassociate_browser_settings",
    "disassociate_data_protection_settings",
    "disassociate_ip_access_settings",
    "disassociate_network_settings",
    "disassociate_session_logger",
    "disassociate_trust_store",
    "disassociate_user_access_logging_settings",
    "disassociate_user_settings",
    "expire_session",
    "get_browser_settings",
    "get_data_protection_settings",
    "get_identity_provider",
    "get_ip_access_settings",
    "get_network_settings",
    "get_portal",
    "get_portal_service_provider_metadata",
    "get_session",
    "get_session_logger",
    "get_trust_store",
    "get_trust_store_certificate",
    "get_user_access_logging_settings",
    "get_user_settings",
    "list_browser_settings",
    "list_data_protection_settings",
    "list_identity_providers",
    "list_ip_access_settings",
    "list_network_settings",
    "list_portals",
    "list_session_loggers",
    "list_sessions",
    "list_tags_for_resource",
    "list_trust_store_certificates",
    "list_trust_stores",
    "list_user_access_logging_settings",
    "list_user_settings",
    "tag_resource",
    "untag_resource",
    "update_browser_settings",
    "update_data_protection_settings",
    "update_identity_provider",
    "update_ip_access_settings",
    "update_network_settings",
    "update_portal",
    "update_session_logger",
    "update_trust_store",
    "update_user_access_logging_settings",
    "update_user_settings",
]
