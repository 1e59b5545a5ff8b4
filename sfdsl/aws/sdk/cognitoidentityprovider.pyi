"""Typed builders of the AWS SDK integration of cognitoidentityprovider (``aws-sdk:cognitoidentityprovider:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, M, S, Si, T, X, Xi

class NumberAttributeConstraintsType(TypedDict, total=False):
    MinValue: S
    MaxValue: S

class StringAttributeConstraintsType(TypedDict, total=False):
    MinLength: S
    MaxLength: S

class SchemaAttributeType(TypedDict, total=False):
    Name: S
    AttributeDataType: S
    DeveloperOnlyAttribute: B
    Mutable: B
    Required: B
    NumberAttributeConstraints: X[NumberAttributeConstraintsType]
    StringAttributeConstraints: X[StringAttributeConstraintsType]

AddCustomAttributesParameters = TypedDict(
    "AddCustomAttributesParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "CustomAttributes": L[Xi[SchemaAttributeType]],
        "CustomAttributes.$": str,
    },
    total=False,
)
AddUserPoolClientSecretParameters = TypedDict(
    "AddUserPoolClientSecretParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ClientSecret": S,
        "ClientSecret.$": str,
    },
    total=False,
)
AdminAddUserToGroupParameters = TypedDict(
    "AdminAddUserToGroupParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "GroupName": S,
        "GroupName.$": str,
    },
    total=False,
)
AdminConfirmSignUpParameters = TypedDict(
    "AdminConfirmSignUpParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)

class AttributeType(TypedDict, total=False):
    Name: S
    Value: S

AdminCreateUserParameters = TypedDict(
    "AdminCreateUserParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "UserAttributes": L[Xi[AttributeType]],
        "UserAttributes.$": str,
        "ValidationData": L[Xi[AttributeType]],
        "ValidationData.$": str,
        "TemporaryPassword": S,
        "TemporaryPassword.$": str,
        "ForceAliasCreation": B,
        "ForceAliasCreation.$": str,
        "MessageAction": S,
        "MessageAction.$": str,
        "DesiredDeliveryMediums": L[Si],
        "DesiredDeliveryMediums.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
AdminDeleteSoftwareTokenParameters = TypedDict(
    "AdminDeleteSoftwareTokenParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "Username": S, "Username.$": str},
    total=False,
)
AdminDeleteUserParameters = TypedDict(
    "AdminDeleteUserParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "Username": S, "Username.$": str},
    total=False,
)
AdminDeleteUserAttributesParameters = TypedDict(
    "AdminDeleteUserAttributesParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "UserAttributeNames": L[Si],
        "UserAttributeNames.$": str,
    },
    total=False,
)

class ProviderUserIdentifierType(TypedDict, total=False):
    ProviderName: S
    ProviderAttributeName: S
    ProviderAttributeValue: S

AdminDisableProviderForUserParameters = TypedDict(
    "AdminDisableProviderForUserParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "User": X[ProviderUserIdentifierType], "User.$": str},
    total=False,
)
AdminDisableUserParameters = TypedDict(
    "AdminDisableUserParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "Username": S, "Username.$": str},
    total=False,
)
AdminEnableUserParameters = TypedDict(
    "AdminEnableUserParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "Username": S, "Username.$": str},
    total=False,
)
AdminForgetDeviceParameters = TypedDict(
    "AdminForgetDeviceParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "DeviceKey": S,
        "DeviceKey.$": str,
    },
    total=False,
)
AdminGetDeviceParameters = TypedDict(
    "AdminGetDeviceParameters",
    {
        "DeviceKey": S,
        "DeviceKey.$": str,
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
    },
    total=False,
)
AdminGetUserParameters = TypedDict(
    "AdminGetUserParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "Username": S, "Username.$": str},
    total=False,
)
AdminGetUserAuthFactorsParameters = TypedDict(
    "AdminGetUserAuthFactorsParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "Username": S, "Username.$": str},
    total=False,
)

class AnalyticsMetadataType(TypedDict, total=False):
    AnalyticsEndpointId: S

class HttpHeader(TypedDict, total=False):
    HeaderName: S
    HeaderValue: S

class ContextDataType(TypedDict, total=False):
    IpAddress: S
    ServerName: S
    ServerPath: S
    HttpHeaders: L[Xi[HttpHeader]]
    EncodedData: S

AdminInitiateAuthParameters = TypedDict(
    "AdminInitiateAuthParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "AuthFlow": S,
        "AuthFlow.$": str,
        "AuthParameters": M[S],
        "AuthParameters.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
        "AnalyticsMetadata": X[AnalyticsMetadataType],
        "AnalyticsMetadata.$": str,
        "ContextData": X[ContextDataType],
        "ContextData.$": str,
        "Session": S,
        "Session.$": str,
    },
    total=False,
)
AdminLinkProviderForUserParameters = TypedDict(
    "AdminLinkProviderForUserParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "DestinationUser": X[ProviderUserIdentifierType],
        "DestinationUser.$": str,
        "SourceUser": X[ProviderUserIdentifierType],
        "SourceUser.$": str,
    },
    total=False,
)
AdminListDevicesParameters = TypedDict(
    "AdminListDevicesParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "Limit": I,
        "Limit.$": str,
        "PaginationToken": S,
        "PaginationToken.$": str,
    },
    total=False,
)
AdminListGroupsForUserParameters = TypedDict(
    "AdminListGroupsForUserParameters",
    {
        "Username": S,
        "Username.$": str,
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
AdminListUserAuthEventsParameters = TypedDict(
    "AdminListUserAuthEventsParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
AdminListUserSessionsParameters = TypedDict(
    "AdminListUserSessionsParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
AdminRemoveUserFromGroupParameters = TypedDict(
    "AdminRemoveUserFromGroupParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "GroupName": S,
        "GroupName.$": str,
    },
    total=False,
)
AdminResetUserPasswordParameters = TypedDict(
    "AdminResetUserPasswordParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
AdminRespondToAuthChallengeParameters = TypedDict(
    "AdminRespondToAuthChallengeParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ChallengeName": S,
        "ChallengeName.$": str,
        "ChallengeResponses": M[S],
        "ChallengeResponses.$": str,
        "Session": S,
        "Session.$": str,
        "AnalyticsMetadata": X[AnalyticsMetadataType],
        "AnalyticsMetadata.$": str,
        "ContextData": X[ContextDataType],
        "ContextData.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
AdminRevokeUserSessionParameters = TypedDict(
    "AdminRevokeUserSessionParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "RevokeAssociatedSessions": S,
        "RevokeAssociatedSessions.$": str,
    },
    total=False,
)

class SMSMfaSettingsType(TypedDict, total=False):
    Enabled: B
    PreferredMfa: B

class SoftwareTokenMfaSettingsType(TypedDict, total=False):
    Enabled: B
    PreferredMfa: B

class EmailMfaSettingsType(TypedDict, total=False):
    Enabled: B
    PreferredMfa: B

class WebAuthnMfaSettingsType(TypedDict, total=False):
    Enabled: B

AdminSetUserMFAPreferenceParameters = TypedDict(
    "AdminSetUserMFAPreferenceParameters",
    {
        "SmsMfaSettings": X[SMSMfaSettingsType],
        "SmsMfaSettings.$": str,
        "SoftwareTokenMfaSettings": X[SoftwareTokenMfaSettingsType],
        "SoftwareTokenMfaSettings.$": str,
        "EmailMfaSettings": X[EmailMfaSettingsType],
        "EmailMfaSettings.$": str,
        "WebAuthnMfaSettings": X[WebAuthnMfaSettingsType],
        "WebAuthnMfaSettings.$": str,
        "Username": S,
        "Username.$": str,
        "UserPoolId": S,
        "UserPoolId.$": str,
    },
    total=False,
)
AdminSetUserPasswordParameters = TypedDict(
    "AdminSetUserPasswordParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "Password": S,
        "Password.$": str,
        "Permanent": B,
        "Permanent.$": str,
    },
    total=False,
)

class MFAOptionType(TypedDict, total=False):
    DeliveryMedium: S
    AttributeName: S

AdminSetUserSettingsParameters = TypedDict(
    "AdminSetUserSettingsParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "MfaOptions": L[Xi[MFAOptionType]],
        "MfaOptions.$": str,
    },
    total=False,
)
AdminUpdateAuthEventFeedbackParameters = TypedDict(
    "AdminUpdateAuthEventFeedbackParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "EventId": S,
        "EventId.$": str,
        "FeedbackValue": S,
        "FeedbackValue.$": str,
    },
    total=False,
)
AdminUpdateDeviceStatusParameters = TypedDict(
    "AdminUpdateDeviceStatusParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "DeviceKey": S,
        "DeviceKey.$": str,
        "DeviceRememberedStatus": S,
        "DeviceRememberedStatus.$": str,
    },
    total=False,
)
AdminUpdateUserAttributesParameters = TypedDict(
    "AdminUpdateUserAttributesParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "UserAttributes": L[Xi[AttributeType]],
        "UserAttributes.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
AdminUserGlobalSignOutParameters = TypedDict(
    "AdminUserGlobalSignOutParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "Username": S, "Username.$": str},
    total=False,
)
AssociateSoftwareTokenParameters = TypedDict(
    "AssociateSoftwareTokenParameters",
    {"AccessToken": S, "AccessToken.$": str, "Session": S, "Session.$": str},
    total=False,
)
CancelPointInTimeRecoveryParameters = TypedDict(
    "CancelPointInTimeRecoveryParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "RestoreId": S, "RestoreId.$": str},
    total=False,
)
ChangePasswordParameters = TypedDict(
    "ChangePasswordParameters",
    {
        "PreviousPassword": S,
        "PreviousPassword.$": str,
        "ProposedPassword": S,
        "ProposedPassword.$": str,
        "AccessToken": S,
        "AccessToken.$": str,
    },
    total=False,
)
CompleteWebAuthnRegistrationParameters = TypedDict(
    "CompleteWebAuthnRegistrationParameters",
    {"AccessToken": S, "AccessToken.$": str, "Credential": Doc, "Credential.$": str},
    total=False,
)

class DeviceSecretVerifierConfigType(TypedDict, total=False):
    PasswordVerifier: S
    Salt: S

ConfirmDeviceParameters = TypedDict(
    "ConfirmDeviceParameters",
    {
        "AccessToken": S,
        "AccessToken.$": str,
        "DeviceKey": S,
        "DeviceKey.$": str,
        "DeviceSecretVerifierConfig": X[DeviceSecretVerifierConfigType],
        "DeviceSecretVerifierConfig.$": str,
        "DeviceName": S,
        "DeviceName.$": str,
    },
    total=False,
)

class UserContextDataType(TypedDict, total=False):
    IpAddress: S
    EncodedData: S

ConfirmForgotPasswordParameters = TypedDict(
    "ConfirmForgotPasswordParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "SecretHash": S,
        "SecretHash.$": str,
        "Username": S,
        "Username.$": str,
        "ConfirmationCode": S,
        "ConfirmationCode.$": str,
        "Password": S,
        "Password.$": str,
        "AnalyticsMetadata": X[AnalyticsMetadataType],
        "AnalyticsMetadata.$": str,
        "UserContextData": X[UserContextDataType],
        "UserContextData.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
ConfirmSignUpParameters = TypedDict(
    "ConfirmSignUpParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "SecretHash": S,
        "SecretHash.$": str,
        "Username": S,
        "Username.$": str,
        "ConfirmationCode": S,
        "ConfirmationCode.$": str,
        "ForceAliasCreation": B,
        "ForceAliasCreation.$": str,
        "AnalyticsMetadata": X[AnalyticsMetadataType],
        "AnalyticsMetadata.$": str,
        "UserContextData": X[UserContextDataType],
        "UserContextData.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
        "Session": S,
        "Session.$": str,
    },
    total=False,
)
CreateCIMDPolicyParameters = TypedDict(
    "CreateCIMDPolicyParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "CacheDuration": I,
        "CacheDuration.$": str,
        "UrlPatterns": L[Si],
        "UrlPatterns.$": str,
    },
    total=False,
)
CreateGroupParameters = TypedDict(
    "CreateGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Precedence": I,
        "Precedence.$": str,
    },
    total=False,
)
CreateIdentityProviderParameters = TypedDict(
    "CreateIdentityProviderParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
        "ProviderType": S,
        "ProviderType.$": str,
        "ProviderDetails": M[S],
        "ProviderDetails.$": str,
        "AttributeMapping": M[S],
        "AttributeMapping.$": str,
        "IdpIdentifiers": L[Si],
        "IdpIdentifiers.$": str,
        "AcrMapping": M[S],
        "AcrMapping.$": str,
    },
    total=False,
)

class AssetType(TypedDict, total=False):
    Category: S
    ColorMode: S
    Extension: S
    Bytes: S
    ResourceId: S

CreateManagedLoginBrandingParameters = TypedDict(
    "CreateManagedLoginBrandingParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "UseCognitoProvidedValues": B,
        "UseCognitoProvidedValues.$": str,
        "Settings": Doc,
        "Settings.$": str,
        "Assets": L[Xi[AssetType]],
        "Assets.$": str,
    },
    total=False,
)

class ResourceServerScopeType(TypedDict, total=False):
    ScopeName: S
    ScopeDescription: S

CreateResourceServerParameters = TypedDict(
    "CreateResourceServerParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Scopes": L[Xi[ResourceServerScopeType]],
        "Scopes.$": str,
    },
    total=False,
)
CreateTermsParameters = TypedDict(
    "CreateTermsParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "TermsName": S,
        "TermsName.$": str,
        "TermsSource": S,
        "TermsSource.$": str,
        "Enforcement": S,
        "Enforcement.$": str,
        "Links": M[S],
        "Links.$": str,
    },
    total=False,
)
CreateUserImportJobParameters = TypedDict(
    "CreateUserImportJobParameters",
    {
        "JobName": S,
        "JobName.$": str,
        "UserPoolId": S,
        "UserPoolId.$": str,
        "CloudWatchLogsRoleArn": S,
        "CloudWatchLogsRoleArn.$": str,
        "PasswordHashingAlgorithm": S,
        "PasswordHashingAlgorithm.$": str,
    },
    total=False,
)

class PasswordPolicyType(TypedDict, total=False):
    MinimumLength: I
    RequireUppercase: B
    RequireLowercase: B
    RequireNumbers: B
    RequireSymbols: B
    PasswordHistorySize: I
    TemporaryPasswordValidityDays: I

class SignInPolicyType(TypedDict, total=False):
    AllowedFirstAuthFactors: L[Si]

class UserPoolPolicyType(TypedDict, total=False):
    PasswordPolicy: X[PasswordPolicyType]
    SignInPolicy: X[SignInPolicyType]

class PreTokenGenerationVersionConfigType(TypedDict, total=False):
    LambdaVersion: S
    LambdaArn: S

class CustomSMSLambdaVersionConfigType(TypedDict, total=False):
    LambdaVersion: S
    LambdaArn: S

class CustomEmailLambdaVersionConfigType(TypedDict, total=False):
    LambdaVersion: S
    LambdaArn: S

class InboundFederationLambdaType(TypedDict, total=False):
    LambdaVersion: S
    LambdaArn: S

class LambdaConfigType(TypedDict, total=False):
    PreSignUp: S
    CustomMessage: S
    PostConfirmation: S
    PreAuthentication: S
    PostAuthentication: S
    DefineAuthChallenge: S
    CreateAuthChallenge: S
    VerifyAuthChallengeResponse: S
    PreTokenGeneration: S
    UserMigration: S
    PreTokenGenerationConfig: X[PreTokenGenerationVersionConfigType]
    CustomSMSSender: X[CustomSMSLambdaVersionConfigType]
    CustomEmailSender: X[CustomEmailLambdaVersionConfigType]
    KmsKeyID: S
    InboundFederation: X[InboundFederationLambdaType]

class VerificationMessageTemplateType(TypedDict, total=False):
    SmsMessage: S
    EmailMessage: S
    EmailSubject: S
    EmailMessageByLink: S
    EmailSubjectByLink: S
    DefaultEmailOption: S

class UserAttributeUpdateSettingsType(TypedDict, total=False):
    AttributesRequireVerificationBeforeUpdate: L[Si]

class DeviceConfigurationType(TypedDict, total=False):
    ChallengeRequiredOnNewDevice: B
    DeviceOnlyRememberedOnUserPrompt: B

class EmailConfigurationType(TypedDict, total=False):
    SourceArn: S
    ReplyToEmailAddress: S
    EmailSendingAccount: S
    From: S
    ConfigurationSet: S

class EumsSmsConfigurationType(TypedDict, total=False):
    CallerArn: S
    ExternalId: S
    OriginationIdentity: S
    ConfigurationSetName: S
    InEntityId: S
    InTemplateId: S
    Region: S

class SmsConfigurationType(TypedDict, total=False):
    SnsCallerArn: S
    ExternalId: S
    SnsRegion: S
    EumsSms: X[EumsSmsConfigurationType]

class MessageTemplateType(TypedDict, total=False):
    SmsMessage: S
    EmailMessage: S
    EmailSubject: S

class AdminCreateUserConfigType(TypedDict, total=False):
    AllowAdminCreateUserOnly: B
    UnusedAccountValidityDays: I
    InviteMessageTemplate: X[MessageTemplateType]

class AdvancedSecurityAdditionalFlowsType(TypedDict, total=False):
    CustomAuthMode: S

class UserPoolAddOnsType(TypedDict, total=False):
    AdvancedSecurityMode: S
    AdvancedSecurityAdditionalFlows: X[AdvancedSecurityAdditionalFlowsType]

class DcrConfigurationType(TypedDict, total=False):
    EnableStatus: S
    OpenDcrEnabled: B
    AuthenticatedGrantTypes: L[Si]
    OpenDcrGrantTypes: L[Si]
    AllowedScopes: L[Si]

class UsernameConfigurationType(TypedDict, total=False):
    CaseSensitive: B

class RecoveryOptionType(TypedDict, total=False):
    Priority: I
    Name: S

class AccountRecoverySettingType(TypedDict, total=False):
    RecoveryMechanisms: L[Xi[RecoveryOptionType]]

class KeyConfigurationType(TypedDict, total=False):
    KeyType: S
    KmsKeyArn: S

class IssuerConfigurationType(TypedDict, total=False):
    Type: S

class AcrLevelConfigType(TypedDict, total=False):
    AcrValue: S

CreateUserPoolParameters = TypedDict(
    "CreateUserPoolParameters",
    {
        "PoolName": S,
        "PoolName.$": str,
        "Policies": X[UserPoolPolicyType],
        "Policies.$": str,
        "DeletionProtection": S,
        "DeletionProtection.$": str,
        "LambdaConfig": X[LambdaConfigType],
        "LambdaConfig.$": str,
        "AutoVerifiedAttributes": L[Si],
        "AutoVerifiedAttributes.$": str,
        "AliasAttributes": L[Si],
        "AliasAttributes.$": str,
        "UsernameAttributes": L[Si],
        "UsernameAttributes.$": str,
        "SmsVerificationMessage": S,
        "SmsVerificationMessage.$": str,
        "EmailVerificationMessage": S,
        "EmailVerificationMessage.$": str,
        "EmailVerificationSubject": S,
        "EmailVerificationSubject.$": str,
        "VerificationMessageTemplate": X[VerificationMessageTemplateType],
        "VerificationMessageTemplate.$": str,
        "SmsAuthenticationMessage": S,
        "SmsAuthenticationMessage.$": str,
        "MfaConfiguration": S,
        "MfaConfiguration.$": str,
        "UserAttributeUpdateSettings": X[UserAttributeUpdateSettingsType],
        "UserAttributeUpdateSettings.$": str,
        "DeviceConfiguration": X[DeviceConfigurationType],
        "DeviceConfiguration.$": str,
        "EmailConfiguration": X[EmailConfigurationType],
        "EmailConfiguration.$": str,
        "SmsConfiguration": X[SmsConfigurationType],
        "SmsConfiguration.$": str,
        "UserPoolTags": M[S],
        "UserPoolTags.$": str,
        "AdminCreateUserConfig": X[AdminCreateUserConfigType],
        "AdminCreateUserConfig.$": str,
        "Schema": L[Xi[SchemaAttributeType]],
        "Schema.$": str,
        "UserPoolAddOns": X[UserPoolAddOnsType],
        "UserPoolAddOns.$": str,
        "DcrConfiguration": X[DcrConfigurationType],
        "DcrConfiguration.$": str,
        "UsernameConfiguration": X[UsernameConfigurationType],
        "UsernameConfiguration.$": str,
        "AccountRecoverySetting": X[AccountRecoverySettingType],
        "AccountRecoverySetting.$": str,
        "UserPoolTier": S,
        "UserPoolTier.$": str,
        "KeyConfiguration": X[KeyConfigurationType],
        "KeyConfiguration.$": str,
        "IssuerConfiguration": X[IssuerConfigurationType],
        "IssuerConfiguration.$": str,
        "AcrConfiguration": M[X[AcrLevelConfigType]],
        "AcrConfiguration.$": str,
    },
    total=False,
)

class TokenValidityUnitsType(TypedDict, total=False):
    AccessToken: S
    IdToken: S
    RefreshToken: S

class AnalyticsConfigurationType(TypedDict, total=False):
    ApplicationId: S
    ApplicationArn: S
    RoleArn: S
    ExternalId: S
    UserDataShared: B

class RefreshTokenRotationType(TypedDict, total=False):
    Feature: S
    RetryGracePeriodSeconds: I

CreateUserPoolClientParameters = TypedDict(
    "CreateUserPoolClientParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientName": S,
        "ClientName.$": str,
        "GenerateSecret": B,
        "GenerateSecret.$": str,
        "ClientSecret": S,
        "ClientSecret.$": str,
        "RefreshTokenValidity": I,
        "RefreshTokenValidity.$": str,
        "AccessTokenValidity": I,
        "AccessTokenValidity.$": str,
        "IdTokenValidity": I,
        "IdTokenValidity.$": str,
        "TokenValidityUnits": X[TokenValidityUnitsType],
        "TokenValidityUnits.$": str,
        "ReadAttributes": L[Si],
        "ReadAttributes.$": str,
        "WriteAttributes": L[Si],
        "WriteAttributes.$": str,
        "ExplicitAuthFlows": L[Si],
        "ExplicitAuthFlows.$": str,
        "SupportedIdentityProviders": L[Si],
        "SupportedIdentityProviders.$": str,
        "CallbackURLs": L[Si],
        "CallbackURLs.$": str,
        "LogoutURLs": L[Si],
        "LogoutURLs.$": str,
        "DefaultRedirectURI": S,
        "DefaultRedirectURI.$": str,
        "AllowedOAuthFlows": L[Si],
        "AllowedOAuthFlows.$": str,
        "AllowedOAuthScopes": L[Si],
        "AllowedOAuthScopes.$": str,
        "AllowedOAuthFlowsUserPoolClient": B,
        "AllowedOAuthFlowsUserPoolClient.$": str,
        "AnalyticsConfiguration": X[AnalyticsConfigurationType],
        "AnalyticsConfiguration.$": str,
        "PreventUserExistenceErrors": S,
        "PreventUserExistenceErrors.$": str,
        "EnableTokenRevocation": B,
        "EnableTokenRevocation.$": str,
        "EnablePropagateAdditionalUserContextData": B,
        "EnablePropagateAdditionalUserContextData.$": str,
        "AuthSessionValidity": I,
        "AuthSessionValidity.$": str,
        "RefreshTokenRotation": X[RefreshTokenRotationType],
        "RefreshTokenRotation.$": str,
        "PublishSecretsInAWSSecretsManager": B,
        "PublishSecretsInAWSSecretsManager.$": str,
    },
    total=False,
)

class CustomDomainConfigType(TypedDict, total=False):
    CertificateArn: S
    SecurityPolicy: S

class FailoverType(TypedDict, total=False):
    SecondaryRegion: S
    PrimaryRoute53HealthCheckId: S

class RoutingType(TypedDict, total=False):
    Failover: X[FailoverType]

CreateUserPoolDomainParameters = TypedDict(
    "CreateUserPoolDomainParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ManagedLoginVersion": I,
        "ManagedLoginVersion.$": str,
        "CustomDomainConfig": X[CustomDomainConfigType],
        "CustomDomainConfig.$": str,
        "Routing": X[RoutingType],
        "Routing.$": str,
    },
    total=False,
)
CreateUserPoolReplicaParameters = TypedDict(
    "CreateUserPoolReplicaParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "RegionName": S,
        "RegionName.$": str,
        "UserPoolTags": M[S],
        "UserPoolTags.$": str,
    },
    total=False,
)
DeleteCIMDPolicyParameters = TypedDict(
    "DeleteCIMDPolicyParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "CimdPolicyId": S, "CimdPolicyId.$": str},
    total=False,
)
DeleteGroupParameters = TypedDict(
    "DeleteGroupParameters",
    {"GroupName": S, "GroupName.$": str, "UserPoolId": S, "UserPoolId.$": str},
    total=False,
)
DeleteIdentityProviderParameters = TypedDict(
    "DeleteIdentityProviderParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "ProviderName": S, "ProviderName.$": str},
    total=False,
)
DeleteManagedLoginBrandingParameters = TypedDict(
    "DeleteManagedLoginBrandingParameters",
    {
        "ManagedLoginBrandingId": S,
        "ManagedLoginBrandingId.$": str,
        "UserPoolId": S,
        "UserPoolId.$": str,
    },
    total=False,
)
DeleteResourceServerParameters = TypedDict(
    "DeleteResourceServerParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DeleteTermsParameters = TypedDict(
    "DeleteTermsParameters",
    {"TermsId": S, "TermsId.$": str, "UserPoolId": S, "UserPoolId.$": str},
    total=False,
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters", {"AccessToken": S, "AccessToken.$": str}, total=False
)
DeleteUserAttributesParameters = TypedDict(
    "DeleteUserAttributesParameters",
    {
        "UserAttributeNames": L[Si],
        "UserAttributeNames.$": str,
        "AccessToken": S,
        "AccessToken.$": str,
    },
    total=False,
)
DeleteUserPoolParameters = TypedDict(
    "DeleteUserPoolParameters", {"UserPoolId": S, "UserPoolId.$": str}, total=False
)
DeleteUserPoolClientParameters = TypedDict(
    "DeleteUserPoolClientParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "ClientId": S, "ClientId.$": str},
    total=False,
)
DeleteUserPoolClientSecretParameters = TypedDict(
    "DeleteUserPoolClientSecretParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ClientSecretId": S,
        "ClientSecretId.$": str,
    },
    total=False,
)
DeleteUserPoolDomainParameters = TypedDict(
    "DeleteUserPoolDomainParameters",
    {"Domain": S, "Domain.$": str, "UserPoolId": S, "UserPoolId.$": str},
    total=False,
)
DeleteUserPoolReplicaParameters = TypedDict(
    "DeleteUserPoolReplicaParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "RegionName": S, "RegionName.$": str},
    total=False,
)
DeleteWebAuthnCredentialParameters = TypedDict(
    "DeleteWebAuthnCredentialParameters",
    {"AccessToken": S, "AccessToken.$": str, "CredentialId": S, "CredentialId.$": str},
    total=False,
)
DescribeCIMDPolicyParameters = TypedDict(
    "DescribeCIMDPolicyParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "CimdPolicyId": S, "CimdPolicyId.$": str},
    total=False,
)
DescribeIdentityProviderParameters = TypedDict(
    "DescribeIdentityProviderParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "ProviderName": S, "ProviderName.$": str},
    total=False,
)
DescribeManagedLoginBrandingParameters = TypedDict(
    "DescribeManagedLoginBrandingParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ManagedLoginBrandingId": S,
        "ManagedLoginBrandingId.$": str,
        "ReturnMergedResources": B,
        "ReturnMergedResources.$": str,
    },
    total=False,
)
DescribeManagedLoginBrandingByClientParameters = TypedDict(
    "DescribeManagedLoginBrandingByClientParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ReturnMergedResources": B,
        "ReturnMergedResources.$": str,
    },
    total=False,
)
DescribePointInTimeRecoveryParameters = TypedDict(
    "DescribePointInTimeRecoveryParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "RestoreId": S, "RestoreId.$": str},
    total=False,
)
DescribeResourceServerParameters = TypedDict(
    "DescribeResourceServerParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "Identifier": S, "Identifier.$": str},
    total=False,
)
DescribeRiskConfigurationParameters = TypedDict(
    "DescribeRiskConfigurationParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "ClientId": S, "ClientId.$": str},
    total=False,
)
DescribeTermsParameters = TypedDict(
    "DescribeTermsParameters",
    {"TermsId": S, "TermsId.$": str, "UserPoolId": S, "UserPoolId.$": str},
    total=False,
)
DescribeTermsByClientParameters = TypedDict(
    "DescribeTermsByClientParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "UserPoolId": S,
        "UserPoolId.$": str,
        "TermsName": S,
        "TermsName.$": str,
    },
    total=False,
)
DescribeUserImportJobParameters = TypedDict(
    "DescribeUserImportJobParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
DescribeUserPoolParameters = TypedDict(
    "DescribeUserPoolParameters", {"UserPoolId": S, "UserPoolId.$": str}, total=False
)
DescribeUserPoolClientParameters = TypedDict(
    "DescribeUserPoolClientParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "ClientId": S, "ClientId.$": str},
    total=False,
)
DescribeUserPoolDomainParameters = TypedDict(
    "DescribeUserPoolDomainParameters", {"Domain": S, "Domain.$": str}, total=False
)
ForgetDeviceParameters = TypedDict(
    "ForgetDeviceParameters",
    {"AccessToken": S, "AccessToken.$": str, "DeviceKey": S, "DeviceKey.$": str},
    total=False,
)
ForgotPasswordParameters = TypedDict(
    "ForgotPasswordParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "SecretHash": S,
        "SecretHash.$": str,
        "UserContextData": X[UserContextDataType],
        "UserContextData.$": str,
        "Username": S,
        "Username.$": str,
        "AnalyticsMetadata": X[AnalyticsMetadataType],
        "AnalyticsMetadata.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
GetCSVHeaderParameters = TypedDict(
    "GetCSVHeaderParameters", {"UserPoolId": S, "UserPoolId.$": str}, total=False
)
GetClientTokenParameters = TypedDict(
    "GetClientTokenParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "Secret": S,
        "Secret.$": str,
        "Scopes": L[Si],
        "Scopes.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
GetDerivedTokenParameters = TypedDict(
    "GetDerivedTokenParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "ClientSecret": S,
        "ClientSecret.$": str,
        "SubjectToken": S,
        "SubjectToken.$": str,
        "SubjectTokenType": S,
        "SubjectTokenType.$": str,
        "SubjectTokenProviderName": S,
        "SubjectTokenProviderName.$": str,
        "ActorToken": S,
        "ActorToken.$": str,
        "ActorTokenType": S,
        "ActorTokenType.$": str,
        "ActorTokenProviderName": S,
        "ActorTokenProviderName.$": str,
        "Scopes": L[Si],
        "Scopes.$": str,
        "Audiences": L[Si],
        "Audiences.$": str,
        "Resources": L[Si],
        "Resources.$": str,
        "RequestedTokenType": S,
        "RequestedTokenType.$": str,
    },
    total=False,
)
GetDeviceParameters = TypedDict(
    "GetDeviceParameters",
    {"DeviceKey": S, "DeviceKey.$": str, "AccessToken": S, "AccessToken.$": str},
    total=False,
)
GetGroupParameters = TypedDict(
    "GetGroupParameters",
    {"GroupName": S, "GroupName.$": str, "UserPoolId": S, "UserPoolId.$": str},
    total=False,
)
GetIdentityProviderByIdentifierParameters = TypedDict(
    "GetIdentityProviderByIdentifierParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "IdpIdentifier": S, "IdpIdentifier.$": str},
    total=False,
)
GetLogDeliveryConfigurationParameters = TypedDict(
    "GetLogDeliveryConfigurationParameters", {"UserPoolId": S, "UserPoolId.$": str}, total=False
)

class LimitDefinitionType(TypedDict, total=False):
    LimitClass: S
    Attributes: M[S]

GetProvisionedLimitParameters = TypedDict(
    "GetProvisionedLimitParameters",
    {"LimitDefinition": X[LimitDefinitionType], "LimitDefinition.$": str},
    total=False,
)
GetSigningCertificateParameters = TypedDict(
    "GetSigningCertificateParameters", {"UserPoolId": S, "UserPoolId.$": str}, total=False
)
GetTokensFromRefreshTokenParameters = TypedDict(
    "GetTokensFromRefreshTokenParameters",
    {
        "RefreshToken": S,
        "RefreshToken.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ClientSecret": S,
        "ClientSecret.$": str,
        "DeviceKey": S,
        "DeviceKey.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
GetUICustomizationParameters = TypedDict(
    "GetUICustomizationParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "ClientId": S, "ClientId.$": str},
    total=False,
)
GetUserParameters = TypedDict(
    "GetUserParameters", {"AccessToken": S, "AccessToken.$": str}, total=False
)
GetUserAttributeVerificationCodeParameters = TypedDict(
    "GetUserAttributeVerificationCodeParameters",
    {
        "AccessToken": S,
        "AccessToken.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
GetUserAuthFactorsParameters = TypedDict(
    "GetUserAuthFactorsParameters", {"AccessToken": S, "AccessToken.$": str}, total=False
)
GetUserPoolClientSessionConfigurationParameters = TypedDict(
    "GetUserPoolClientSessionConfigurationParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "ClientId": S, "ClientId.$": str},
    total=False,
)
GetUserPoolMfaConfigParameters = TypedDict(
    "GetUserPoolMfaConfigParameters", {"UserPoolId": S, "UserPoolId.$": str}, total=False
)
GetUserPoolSessionConfigurationParameters = TypedDict(
    "GetUserPoolSessionConfigurationParameters", {"UserPoolId": S, "UserPoolId.$": str}, total=False
)
GlobalSignOutParameters = TypedDict(
    "GlobalSignOutParameters", {"AccessToken": S, "AccessToken.$": str}, total=False
)
InitiateAuthParameters = TypedDict(
    "InitiateAuthParameters",
    {
        "AuthFlow": S,
        "AuthFlow.$": str,
        "AuthParameters": M[S],
        "AuthParameters.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "AnalyticsMetadata": X[AnalyticsMetadataType],
        "AnalyticsMetadata.$": str,
        "UserContextData": X[UserContextDataType],
        "UserContextData.$": str,
        "Session": S,
        "Session.$": str,
    },
    total=False,
)
InitiatePointInTimeRecoveryParameters = TypedDict(
    "InitiatePointInTimeRecoveryParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "RestoreTimestamp": T, "RestoreTimestamp.$": str},
    total=False,
)
ListCIMDPoliciesParameters = TypedDict(
    "ListCIMDPoliciesParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListClientMetadataURLsParameters = TypedDict(
    "ListClientMetadataURLsParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "CimdPolicyId": S,
        "CimdPolicyId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListDevicesParameters = TypedDict(
    "ListDevicesParameters",
    {
        "AccessToken": S,
        "AccessToken.$": str,
        "Limit": I,
        "Limit.$": str,
        "PaginationToken": S,
        "PaginationToken.$": str,
    },
    total=False,
)
ListGroupsParameters = TypedDict(
    "ListGroupsParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListIdentityProvidersParameters = TypedDict(
    "ListIdentityProvidersParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPointInTimeRecoveriesParameters = TypedDict(
    "ListPointInTimeRecoveriesParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListResourceServersParameters = TypedDict(
    "ListResourceServersParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
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
ListTermsParameters = TypedDict(
    "ListTermsParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListUserImportJobsParameters = TypedDict(
    "ListUserImportJobsParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "PaginationToken": S,
        "PaginationToken.$": str,
    },
    total=False,
)
ListUserPoolClientSecretsParameters = TypedDict(
    "ListUserPoolClientSecretsParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListUserPoolClientsParameters = TypedDict(
    "ListUserPoolClientsParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "ClientType": S,
        "ClientType.$": str,
    },
    total=False,
)
ListUserPoolReplicasParameters = TypedDict(
    "ListUserPoolReplicasParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListUserPoolsParameters = TypedDict(
    "ListUserPoolsParameters",
    {"NextToken": S, "NextToken.$": str, "MaxResults": I, "MaxResults.$": str},
    total=False,
)
ListUserSessionsParameters = TypedDict(
    "ListUserSessionsParameters",
    {"AccessToken": S, "AccessToken.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListUsersParameters = TypedDict(
    "ListUsersParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "AttributesToGet": L[Si],
        "AttributesToGet.$": str,
        "Limit": I,
        "Limit.$": str,
        "PaginationToken": S,
        "PaginationToken.$": str,
        "Filter": S,
        "Filter.$": str,
    },
    total=False,
)
ListUsersInGroupParameters = TypedDict(
    "ListUsersInGroupParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "GroupName": S,
        "GroupName.$": str,
        "Limit": I,
        "Limit.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListWebAuthnCredentialsParameters = TypedDict(
    "ListWebAuthnCredentialsParameters",
    {
        "AccessToken": S,
        "AccessToken.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ResendConfirmationCodeParameters = TypedDict(
    "ResendConfirmationCodeParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "SecretHash": S,
        "SecretHash.$": str,
        "UserContextData": X[UserContextDataType],
        "UserContextData.$": str,
        "Username": S,
        "Username.$": str,
        "AnalyticsMetadata": X[AnalyticsMetadataType],
        "AnalyticsMetadata.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
RespondToAuthChallengeParameters = TypedDict(
    "RespondToAuthChallengeParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "ChallengeName": S,
        "ChallengeName.$": str,
        "Session": S,
        "Session.$": str,
        "ChallengeResponses": M[S],
        "ChallengeResponses.$": str,
        "AnalyticsMetadata": X[AnalyticsMetadataType],
        "AnalyticsMetadata.$": str,
        "UserContextData": X[UserContextDataType],
        "UserContextData.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
RevokeTokenParameters = TypedDict(
    "RevokeTokenParameters",
    {
        "Token": S,
        "Token.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ClientSecret": S,
        "ClientSecret.$": str,
        "RevokeAssociatedSessions": S,
        "RevokeAssociatedSessions.$": str,
    },
    total=False,
)
RevokeUserSessionParameters = TypedDict(
    "RevokeUserSessionParameters",
    {
        "AccessToken": S,
        "AccessToken.$": str,
        "SessionId": S,
        "SessionId.$": str,
        "RevokeAssociatedSessions": S,
        "RevokeAssociatedSessions.$": str,
    },
    total=False,
)

class CloudWatchLogsConfigurationType(TypedDict, total=False):
    LogGroupArn: S

class S3ConfigurationType(TypedDict, total=False):
    BucketArn: S

class FirehoseConfigurationType(TypedDict, total=False):
    StreamArn: S

class LogConfigurationType(TypedDict, total=False):
    LogLevel: S
    EventSource: S
    CloudWatchLogsConfiguration: X[CloudWatchLogsConfigurationType]
    S3Configuration: X[S3ConfigurationType]
    FirehoseConfiguration: X[FirehoseConfigurationType]

SetLogDeliveryConfigurationParameters = TypedDict(
    "SetLogDeliveryConfigurationParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "LogConfigurations": L[Xi[LogConfigurationType]],
        "LogConfigurations.$": str,
    },
    total=False,
)

class CompromisedCredentialsActionsType(TypedDict, total=False):
    EventAction: S

class CompromisedCredentialsRiskConfigurationType(TypedDict, total=False):
    EventFilter: L[Si]
    Actions: X[CompromisedCredentialsActionsType]

class NotifyEmailType(TypedDict, total=False):
    Subject: S
    HtmlBody: S
    TextBody: S

class NotifyConfigurationType(TypedDict, total=False):
    From: S
    ReplyTo: S
    SourceArn: S
    BlockEmail: X[NotifyEmailType]
    NoActionEmail: X[NotifyEmailType]
    MfaEmail: X[NotifyEmailType]

class AccountTakeoverActionType(TypedDict, total=False):
    NotifyValue: B
    EventAction: S

class AccountTakeoverActionsType(TypedDict, total=False):
    LowAction: X[AccountTakeoverActionType]
    MediumAction: X[AccountTakeoverActionType]
    HighAction: X[AccountTakeoverActionType]

class AccountTakeoverRiskConfigurationType(TypedDict, total=False):
    NotifyConfiguration: X[NotifyConfigurationType]
    Actions: X[AccountTakeoverActionsType]

class RiskExceptionConfigurationType(TypedDict, total=False):
    BlockedIPRangeList: L[Si]
    SkippedIPRangeList: L[Si]

SetRiskConfigurationParameters = TypedDict(
    "SetRiskConfigurationParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "CompromisedCredentialsRiskConfiguration": X[CompromisedCredentialsRiskConfigurationType],
        "CompromisedCredentialsRiskConfiguration.$": str,
        "AccountTakeoverRiskConfiguration": X[AccountTakeoverRiskConfigurationType],
        "AccountTakeoverRiskConfiguration.$": str,
        "RiskExceptionConfiguration": X[RiskExceptionConfigurationType],
        "RiskExceptionConfiguration.$": str,
    },
    total=False,
)
SetUICustomizationParameters = TypedDict(
    "SetUICustomizationParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "Css": S,
        "Css.$": str,
        "ImageFile": S,
        "ImageFile.$": str,
    },
    total=False,
)
SetUserMFAPreferenceParameters = TypedDict(
    "SetUserMFAPreferenceParameters",
    {
        "SmsMfaSettings": X[SMSMfaSettingsType],
        "SmsMfaSettings.$": str,
        "SoftwareTokenMfaSettings": X[SoftwareTokenMfaSettingsType],
        "SoftwareTokenMfaSettings.$": str,
        "EmailMfaSettings": X[EmailMfaSettingsType],
        "EmailMfaSettings.$": str,
        "WebAuthnMfaSettings": X[WebAuthnMfaSettingsType],
        "WebAuthnMfaSettings.$": str,
        "AccessToken": S,
        "AccessToken.$": str,
    },
    total=False,
)

class ClientSSOSessionConfigType(TypedDict, total=False):
    MaxValidityMinutes: I

SetUserPoolClientSessionConfigurationParameters = TypedDict(
    "SetUserPoolClientSessionConfigurationParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "SsoSession": X[ClientSSOSessionConfigType],
        "SsoSession.$": str,
    },
    total=False,
)

class SmsMfaConfigType(TypedDict, total=False):
    SmsAuthenticationMessage: S
    SmsConfiguration: X[SmsConfigurationType]

class SoftwareTokenMfaConfigType(TypedDict, total=False):
    Enabled: B

class EmailMfaConfigType(TypedDict, total=False):
    Message: S
    Subject: S

class WebAuthnConfigurationType(TypedDict, total=False):
    RelyingPartyId: S
    UserVerification: S
    FactorConfiguration: S

SetUserPoolMfaConfigParameters = TypedDict(
    "SetUserPoolMfaConfigParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "SmsMfaConfiguration": X[SmsMfaConfigType],
        "SmsMfaConfiguration.$": str,
        "SoftwareTokenMfaConfiguration": X[SoftwareTokenMfaConfigType],
        "SoftwareTokenMfaConfiguration.$": str,
        "EmailMfaConfiguration": X[EmailMfaConfigType],
        "EmailMfaConfiguration.$": str,
        "MfaConfiguration": S,
        "MfaConfiguration.$": str,
        "WebAuthnConfiguration": X[WebAuthnConfigurationType],
        "WebAuthnConfiguration.$": str,
    },
    total=False,
)

class UserPoolTokenSessionConfigType(TypedDict, total=False):
    MaxPerUser: I

SetUserPoolSessionConfigurationParameters = TypedDict(
    "SetUserPoolSessionConfigurationParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "UserSessionTracking": S,
        "UserSessionTracking.$": str,
        "TokenSession": X[UserPoolTokenSessionConfigType],
        "TokenSession.$": str,
    },
    total=False,
)
SetUserSettingsParameters = TypedDict(
    "SetUserSettingsParameters",
    {
        "AccessToken": S,
        "AccessToken.$": str,
        "MfaOptions": L[Xi[MFAOptionType]],
        "MfaOptions.$": str,
    },
    total=False,
)
SignUpParameters = TypedDict(
    "SignUpParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "SecretHash": S,
        "SecretHash.$": str,
        "Username": S,
        "Username.$": str,
        "Password": S,
        "Password.$": str,
        "UserAttributes": L[Xi[AttributeType]],
        "UserAttributes.$": str,
        "ValidationData": L[Xi[AttributeType]],
        "ValidationData.$": str,
        "AnalyticsMetadata": X[AnalyticsMetadataType],
        "AnalyticsMetadata.$": str,
        "UserContextData": X[UserContextDataType],
        "UserContextData.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
StartPointInTimeRecoveryParameters = TypedDict(
    "StartPointInTimeRecoveryParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "RestoreId": S, "RestoreId.$": str},
    total=False,
)
StartUserImportJobParameters = TypedDict(
    "StartUserImportJobParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "JobId": S, "JobId.$": str},
    total=False,
)
StartWebAuthnRegistrationParameters = TypedDict(
    "StartWebAuthnRegistrationParameters", {"AccessToken": S, "AccessToken.$": str}, total=False
)
StopUserImportJobParameters = TypedDict(
    "StopUserImportJobParameters",
    {"UserPoolId": S, "UserPoolId.$": str, "JobId": S, "JobId.$": str},
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
UpdateAuthEventFeedbackParameters = TypedDict(
    "UpdateAuthEventFeedbackParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Username": S,
        "Username.$": str,
        "EventId": S,
        "EventId.$": str,
        "FeedbackToken": S,
        "FeedbackToken.$": str,
        "FeedbackValue": S,
        "FeedbackValue.$": str,
    },
    total=False,
)
UpdateCIMDPolicyParameters = TypedDict(
    "UpdateCIMDPolicyParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "CimdPolicyId": S,
        "CimdPolicyId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "CacheDuration": I,
        "CacheDuration.$": str,
        "UrlPatterns": L[Si],
        "UrlPatterns.$": str,
    },
    total=False,
)
UpdateClientMetadataURLStateParameters = TypedDict(
    "UpdateClientMetadataURLStateParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "CimdPolicyId": S,
        "CimdPolicyId.$": str,
        "Url": S,
        "Url.$": str,
        "Action": S,
        "Action.$": str,
    },
    total=False,
)
UpdateDeviceStatusParameters = TypedDict(
    "UpdateDeviceStatusParameters",
    {
        "AccessToken": S,
        "AccessToken.$": str,
        "DeviceKey": S,
        "DeviceKey.$": str,
        "DeviceRememberedStatus": S,
        "DeviceRememberedStatus.$": str,
    },
    total=False,
)
UpdateGroupParameters = TypedDict(
    "UpdateGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Description": S,
        "Description.$": str,
        "RoleArn": S,
        "RoleArn.$": str,
        "Precedence": I,
        "Precedence.$": str,
    },
    total=False,
)
UpdateIdentityProviderParameters = TypedDict(
    "UpdateIdentityProviderParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ProviderName": S,
        "ProviderName.$": str,
        "ProviderDetails": M[S],
        "ProviderDetails.$": str,
        "AttributeMapping": M[S],
        "AttributeMapping.$": str,
        "IdpIdentifiers": L[Si],
        "IdpIdentifiers.$": str,
        "AcrMapping": M[S],
        "AcrMapping.$": str,
    },
    total=False,
)
UpdateManagedLoginBrandingParameters = TypedDict(
    "UpdateManagedLoginBrandingParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ManagedLoginBrandingId": S,
        "ManagedLoginBrandingId.$": str,
        "UseCognitoProvidedValues": B,
        "UseCognitoProvidedValues.$": str,
        "Settings": Doc,
        "Settings.$": str,
        "Assets": L[Xi[AssetType]],
        "Assets.$": str,
    },
    total=False,
)
UpdateProvisionedLimitParameters = TypedDict(
    "UpdateProvisionedLimitParameters",
    {
        "LimitDefinition": X[LimitDefinitionType],
        "LimitDefinition.$": str,
        "RequestedLimitValue": I,
        "RequestedLimitValue.$": str,
    },
    total=False,
)
UpdateResourceServerParameters = TypedDict(
    "UpdateResourceServerParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Identifier": S,
        "Identifier.$": str,
        "Name": S,
        "Name.$": str,
        "Scopes": L[Xi[ResourceServerScopeType]],
        "Scopes.$": str,
    },
    total=False,
)
UpdateTermsParameters = TypedDict(
    "UpdateTermsParameters",
    {
        "TermsId": S,
        "TermsId.$": str,
        "UserPoolId": S,
        "UserPoolId.$": str,
        "TermsName": S,
        "TermsName.$": str,
        "TermsSource": S,
        "TermsSource.$": str,
        "Enforcement": S,
        "Enforcement.$": str,
        "Links": M[S],
        "Links.$": str,
    },
    total=False,
)
UpdateUserAttributesParameters = TypedDict(
    "UpdateUserAttributesParameters",
    {
        "UserAttributes": L[Xi[AttributeType]],
        "UserAttributes.$": str,
        "AccessToken": S,
        "AccessToken.$": str,
        "ClientMetadata": M[S],
        "ClientMetadata.$": str,
    },
    total=False,
)
UpdateUserPoolParameters = TypedDict(
    "UpdateUserPoolParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "Policies": X[UserPoolPolicyType],
        "Policies.$": str,
        "DeletionProtection": S,
        "DeletionProtection.$": str,
        "LambdaConfig": X[LambdaConfigType],
        "LambdaConfig.$": str,
        "AutoVerifiedAttributes": L[Si],
        "AutoVerifiedAttributes.$": str,
        "SmsVerificationMessage": S,
        "SmsVerificationMessage.$": str,
        "EmailVerificationMessage": S,
        "EmailVerificationMessage.$": str,
        "EmailVerificationSubject": S,
        "EmailVerificationSubject.$": str,
        "VerificationMessageTemplate": X[VerificationMessageTemplateType],
        "VerificationMessageTemplate.$": str,
        "SmsAuthenticationMessage": S,
        "SmsAuthenticationMessage.$": str,
        "UserAttributeUpdateSettings": X[UserAttributeUpdateSettingsType],
        "UserAttributeUpdateSettings.$": str,
        "MfaConfiguration": S,
        "MfaConfiguration.$": str,
        "DeviceConfiguration": X[DeviceConfigurationType],
        "DeviceConfiguration.$": str,
        "EmailConfiguration": X[EmailConfigurationType],
        "EmailConfiguration.$": str,
        "SmsConfiguration": X[SmsConfigurationType],
        "SmsConfiguration.$": str,
        "UserPoolTags": M[S],
        "UserPoolTags.$": str,
        "AdminCreateUserConfig": X[AdminCreateUserConfigType],
        "AdminCreateUserConfig.$": str,
        "UserPoolAddOns": X[UserPoolAddOnsType],
        "UserPoolAddOns.$": str,
        "DcrConfiguration": X[DcrConfigurationType],
        "DcrConfiguration.$": str,
        "AccountRecoverySetting": X[AccountRecoverySettingType],
        "AccountRecoverySetting.$": str,
        "PoolName": S,
        "PoolName.$": str,
        "UserPoolTier": S,
        "UserPoolTier.$": str,
        "KeyConfiguration": X[KeyConfigurationType],
        "KeyConfiguration.$": str,
        "IssuerConfiguration": X[IssuerConfigurationType],
        "IssuerConfiguration.$": str,
        "AcrConfiguration": M[X[AcrLevelConfigType]],
        "AcrConfiguration.$": str,
    },
    total=False,
)
UpdateUserPoolClientParameters = TypedDict(
    "UpdateUserPoolClientParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "ClientName": S,
        "ClientName.$": str,
        "RefreshTokenValidity": I,
        "RefreshTokenValidity.$": str,
        "AccessTokenValidity": I,
        "AccessTokenValidity.$": str,
        "IdTokenValidity": I,
        "IdTokenValidity.$": str,
        "TokenValidityUnits": X[TokenValidityUnitsType],
        "TokenValidityUnits.$": str,
        "ReadAttributes": L[Si],
        "ReadAttributes.$": str,
        "WriteAttributes": L[Si],
        "WriteAttributes.$": str,
        "ExplicitAuthFlows": L[Si],
        "ExplicitAuthFlows.$": str,
        "SupportedIdentityProviders": L[Si],
        "SupportedIdentityProviders.$": str,
        "CallbackURLs": L[Si],
        "CallbackURLs.$": str,
        "LogoutURLs": L[Si],
        "LogoutURLs.$": str,
        "DefaultRedirectURI": S,
        "DefaultRedirectURI.$": str,
        "AllowedOAuthFlows": L[Si],
        "AllowedOAuthFlows.$": str,
        "AllowedOAuthScopes": L[Si],
        "AllowedOAuthScopes.$": str,
        "AllowedOAuthFlowsUserPoolClient": B,
        "AllowedOAuthFlowsUserPoolClient.$": str,
        "AnalyticsConfiguration": X[AnalyticsConfigurationType],
        "AnalyticsConfiguration.$": str,
        "PreventUserExistenceErrors": S,
        "PreventUserExistenceErrors.$": str,
        "EnableTokenRevocation": B,
        "EnableTokenRevocation.$": str,
        "EnablePropagateAdditionalUserContextData": B,
        "EnablePropagateAdditionalUserContextData.$": str,
        "AuthSessionValidity": I,
        "AuthSessionValidity.$": str,
        "RefreshTokenRotation": X[RefreshTokenRotationType],
        "RefreshTokenRotation.$": str,
        "PublishSecretsInAWSSecretsManager": B,
        "PublishSecretsInAWSSecretsManager.$": str,
    },
    total=False,
)
UpdateUserPoolDomainParameters = TypedDict(
    "UpdateUserPoolDomainParameters",
    {
        "Domain": S,
        "Domain.$": str,
        "UserPoolId": S,
        "UserPoolId.$": str,
        "ManagedLoginVersion": I,
        "ManagedLoginVersion.$": str,
        "CustomDomainConfig": X[CustomDomainConfigType],
        "CustomDomainConfig.$": str,
        "Routing": X[RoutingType],
        "Routing.$": str,
    },
    total=False,
)
UpdateUserPoolReplicaParameters = TypedDict(
    "UpdateUserPoolReplicaParameters",
    {
        "UserPoolId": S,
        "UserPoolId.$": str,
        "RegionName": S,
        "RegionName.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
VerifySoftwareTokenParameters = TypedDict(
    "VerifySoftwareTokenParameters",
    {
        "AccessToken": S,
        "AccessToken.$": str,
        "Session": S,
        "Session.$": str,
        "UserCode": S,
        "UserCode.$": str,
        "FriendlyDeviceName": S,
        "FriendlyDeviceName.$": str,
    },
    total=False,
)
VerifyUserAttributeParameters = TypedDict(
    "VerifyUserAttributeParameters",
    {
        "AccessToken": S,
        "AccessToken.$": str,
        "AttributeName": S,
        "AttributeName.$": str,
        "Code": S,
        "Code.$": str,
    },
    total=False,
)
add_custom_attributes: Builder[AddCustomAttributesParameters]
add_user_pool_client_secret: Builder[AddUserPoolClientSecretParameters]
admin_add_user_to_group: Builder[AdminAddUserToGroupParameters]
admin_confirm_sign_up: Builder[AdminConfirmSignUpParameters]
admin_create_user: Builder[AdminCreateUserParameters]
admin_delete_software_token: Builder[AdminDeleteSoftwareTokenParameters]
admin_delete_user: Builder[AdminDeleteUserParameters]
admin_delete_user_attributes: Builder[AdminDeleteUserAttributesParameters]
admin_disable_provider_for_user: Builder[AdminDisableProviderForUserParameters]
admin_disable_user: Builder[AdminDisableUserParameters]
admin_enable_user: Builder[AdminEnableUserParameters]
admin_forget_device: Builder[AdminForgetDeviceParameters]
admin_get_device: Builder[AdminGetDeviceParameters]
admin_get_user: Builder[AdminGetUserParameters]
admin_get_user_auth_factors: Builder[AdminGetUserAuthFactorsParameters]
admin_initiate_auth: Builder[AdminInitiateAuthParameters]
admin_link_provider_for_user: Builder[AdminLinkProviderForUserParameters]
admin_list_devices: Builder[AdminListDevicesParameters]
admin_list_groups_for_user: Builder[AdminListGroupsForUserParameters]
admin_list_user_auth_events: Builder[AdminListUserAuthEventsParameters]
admin_list_user_sessions: Builder[AdminListUserSessionsParameters]
admin_remove_user_from_group: Builder[AdminRemoveUserFromGroupParameters]
admin_reset_user_password: Builder[AdminResetUserPasswordParameters]
admin_respond_to_auth_challenge: Builder[AdminRespondToAuthChallengeParameters]
admin_revoke_user_session: Builder[AdminRevokeUserSessionParameters]
admin_set_user_mfa_preference: Builder[AdminSetUserMFAPreferenceParameters]
admin_set_user_password: Builder[AdminSetUserPasswordParameters]
admin_set_user_settings: Builder[AdminSetUserSettingsParameters]
admin_update_auth_event_feedback: Builder[AdminUpdateAuthEventFeedbackParameters]
admin_update_device_status: Builder[AdminUpdateDeviceStatusParameters]
admin_update_user_attributes: Builder[AdminUpdateUserAttributesParameters]
admin_user_global_sign_out: Builder[AdminUserGlobalSignOutParameters]
associate_software_token: Builder[AssociateSoftwareTokenParameters]
cancel_point_in_time_recovery: Builder[CancelPointInTimeRecoveryParameters]
change_password: Builder[ChangePasswordParameters]
complete_web_authn_registration: Builder[CompleteWebAuthnRegistrationParameters]
confirm_device: Builder[ConfirmDeviceParameters]
confirm_forgot_password: Builder[ConfirmForgotPasswordParameters]
confirm_sign_up: Builder[ConfirmSignUpParameters]
create_cimd_policy: Builder[CreateCIMDPolicyParameters]
create_group: Builder[CreateGroupParameters]
create_identity_provider: Builder[CreateIdentityProviderParameters]
create_managed_login_branding: Builder[CreateManagedLoginBrandingParameters]
create_resource_server: Builder[CreateResourceServerParameters]
create_terms: Builder[CreateTermsParameters]
create_user_import_job: Builder[CreateUserImportJobParameters]
create_user_pool: Builder[CreateUserPoolParameters]
create_user_pool_client: Builder[CreateUserPoolClientParameters]
create_user_pool_domain: Builder[CreateUserPoolDomainParameters]
create_user_pool_replica: Builder[CreateUserPoolReplicaParameters]
delete_cimd_policy: Builder[DeleteCIMDPolicyParameters]
delete_group: Builder[DeleteGroupParameters]
delete_identity_provider: Builder[DeleteIdentityProviderParameters]
delete_managed_login_branding: Builder[DeleteManagedLoginBrandingParameters]
delete_resource_server: Builder[DeleteResourceServerParameters]
delete_terms: Builder[DeleteTermsParameters]
delete_user: Builder[DeleteUserParameters]
delete_user_attributes: Builder[DeleteUserAttributesParameters]
delete_user_pool: Builder[DeleteUserPoolParameters]
delete_user_pool_client: Builder[DeleteUserPoolClientParameters]
delete_user_pool_client_secret: Builder[DeleteUserPoolClientSecretParameters]
delete_user_pool_domain: Builder[DeleteUserPoolDomainParameters]
delete_user_pool_replica: Builder[DeleteUserPoolReplicaParameters]
delete_web_authn_credential: Builder[DeleteWebAuthnCredentialParameters]
describe_cimd_policy: Builder[DescribeCIMDPolicyParameters]
describe_identity_provider: Builder[DescribeIdentityProviderParameters]
describe_managed_login_branding: Builder[DescribeManagedLoginBrandingParameters]
describe_managed_login_branding_by_client: Builder[DescribeManagedLoginBrandingByClientParameters]
describe_point_in_time_recovery: Builder[DescribePointInTimeRecoveryParameters]
describe_resource_server: Builder[DescribeResourceServerParameters]
describe_risk_configuration: Builder[DescribeRiskConfigurationParameters]
describe_terms: Builder[DescribeTermsParameters]
describe_terms_by_client: Builder[DescribeTermsByClientParameters]
describe_user_import_job: Builder[DescribeUserImportJobParameters]
describe_user_pool: Builder[DescribeUserPoolParameters]
describe_user_pool_client: Builder[DescribeUserPoolClientParameters]
describe_user_pool_domain: Builder[DescribeUserPoolDomainParameters]
forget_device: Builder[ForgetDeviceParameters]
forgot_password: Builder[ForgotPasswordParameters]
get_csv_header: Builder[GetCSVHeaderParameters]
get_client_token: Builder[GetClientTokenParameters]
get_derived_token: Builder[GetDerivedTokenParameters]
get_device: Builder[GetDeviceParameters]
get_group: Builder[GetGroupParameters]
get_identity_provider_by_identifier: Builder[GetIdentityProviderByIdentifierParameters]
get_log_delivery_configuration: Builder[GetLogDeliveryConfigurationParameters]
get_provisioned_limit: Builder[GetProvisionedLimitParameters]
get_signing_certificate: Builder[GetSigningCertificateParameters]
get_tokens_from_refresh_token: Builder[GetTokensFromRefreshTokenParameters]
get_ui_customization: Builder[GetUICustomizationParameters]
get_user: Builder[GetUserParameters]
get_user_attribute_verification_code: Builder[GetUserAttributeVerificationCodeParameters]
get_user_auth_factors: Builder[GetUserAuthFactorsParameters]
get_user_pool_client_session_configuration: Builder[GetUserPoolClientSessionConfigurationParameters]
get_user_pool_mfa_config: Builder[GetUserPoolMfaConfigParameters]
get_user_pool_session_configuration: Builder[GetUserPoolSessionConfigurationParameters]
global_sign_out: Builder[GlobalSignOutParameters]
initiate_auth: Builder[InitiateAuthParameters]
initiate_point_in_time_recovery: Builder[InitiatePointInTimeRecoveryParameters]
list_cimd_policies: Builder[ListCIMDPoliciesParameters]
list_client_metadata_ur_ls: Builder[ListClientMetadataURLsParameters]
list_devices: Builder[ListDevicesParameters]
list_groups: Builder[ListGroupsParameters]
list_identity_providers: Builder[ListIdentityProvidersParameters]
list_point_in_time_recoveries: Builder[ListPointInTimeRecoveriesParameters]
list_resource_servers: Builder[ListResourceServersParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_terms: Builder[ListTermsParameters]
list_user_import_jobs: Builder[ListUserImportJobsParameters]
list_user_pool_client_secrets: Builder[ListUserPoolClientSecretsParameters]
list_user_pool_clients: Builder[ListUserPoolClientsParameters]
list_user_pool_replicas: Builder[ListUserPoolReplicasParameters]
list_user_pools: Builder[ListUserPoolsParameters]
list_user_sessions: Builder[ListUserSessionsParameters]
list_users: Builder[ListUsersParameters]
list_users_in_group: Builder[ListUsersInGroupParameters]
list_web_authn_credentials: Builder[ListWebAuthnCredentialsParameters]
resend_confirmation_code: Builder[ResendConfirmationCodeParameters]
respond_to_auth_challenge: Builder[RespondToAuthChallengeParameters]
revoke_token: Builder[RevokeTokenParameters]
revoke_user_session: Builder[RevokeUserSessionParameters]
set_log_delivery_configuration: Builder[SetLogDeliveryConfigurationParameters]
set_risk_configuration: Builder[SetRiskConfigurationParameters]
set_ui_customization: Builder[SetUICustomizationParameters]
set_user_mfa_preference: Builder[SetUserMFAPreferenceParameters]
set_user_pool_client_session_configuration: Builder[SetUserPoolClientSessionConfigurationParameters]
set_user_pool_mfa_config: Builder[SetUserPoolMfaConfigParameters]
set_user_pool_session_configuration: Builder[SetUserPoolSessionConfigurationParameters]
set_user_settings: Builder[SetUserSettingsParameters]
sign_up: Builder[SignUpParameters]
start_point_in_time_recovery: Builder[StartPointInTimeRecoveryParameters]
start_user_import_job: Builder[StartUserImportJobParameters]
start_web_authn_registration: Builder[StartWebAuthnRegistrationParameters]
stop_user_import_job: Builder[StopUserImportJobParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_auth_event_feedback: Builder[UpdateAuthEventFeedbackParameters]
update_cimd_policy: Builder[UpdateCIMDPolicyParameters]
update_client_metadata_url_state: Builder[UpdateClientMetadataURLStateParameters]
update_device_status: Builder[UpdateDeviceStatusParameters]
update_group: Builder[UpdateGroupParameters]
update_identity_provider: Builder[UpdateIdentityProviderParameters]
update_managed_login_branding: Builder[UpdateManagedLoginBrandingParameters]
update_provisioned_limit: Builder[UpdateProvisionedLimitParameters]
update_resource_server: Builder[UpdateResourceServerParameters]
update_terms: Builder[UpdateTermsParameters]
update_user_attributes: Builder[UpdateUserAttributesParameters]
update_user_pool: Builder[UpdateUserPoolParameters]
update_user_pool_client: Builder[UpdateUserPoolClientParameters]
update_user_pool_domain: Builder[UpdateUserPoolDomainParameters]
update_user_pool_replica: Builder[UpdateUserPoolReplicaParameters]
verify_software_token: Builder[VerifySoftwareTokenParameters]
verify_user_attribute: Builder[VerifyUserAttributeParameters]

__all__ = [
    "add_custom_attributes",
    "add_user_pool_client_secret",
    "admin_add_user_to_group",
    "admin_confirm_sign_up",
    "admin_create_user",
    "admin_delete_software_token",
    "admin_delete_user",
    "admin_delete_user_attributes",
    "admin_disable_provider_for_user",
    "admin_disable_user",
    "admin_enable_user",
    "admin_forget_device",
    "admin_get_device",
    "admin_get_user",
    "admin_get_user_auth_factors",
    "admin_initiate_auth",
    "admin_link_provider_for_user",
    "admin_list_devices",
    "admin_list_groups_for_user",
    "admin_list_user_auth_events",
    "admin_list_user_sessions",
    "admin_remove_user_from_group",
    "admin_reset_user_password",
    "admin_respond_to_auth_challenge",
    "admin_revoke_user_session",
    "admin_set_user_mfa_preference",
    "admin_set_user_password",
    "admin_set_user_settings",
    "admin_update_auth_event_feedback",
    "admin_update_device_status",
    "admin_update_user_attributes",
    "admin_user_global_sign_out",
    "associate_software_token",
    "cancel_point_in_time_recovery",
    "change_password",
    "complete_web_authn_registration",
    "confirm_device",
    "confirm_forgot_password",
    "confirm_sign_up",
    "create_cimd_policy",
    "create_group",
    "create_identity_provider",
    "create_managed_login_branding",
    "create_resource_server",
    "create_terms",
    "create_user_import_job",
    "create_user_pool",
    "create_user_pool_client",
    "create_user_pool_domain",
    "create_user_pool_replica",
    "delete_cimd_policy",
    "delete_group",
    "delete_identity_provider",
    "delete_managed_login_branding",
    "delete_resource_server",
    "delete_terms",
    "delete_user",
    "delete_user_attributes",
    "delete_user_pool",
    "delete_user_pool_client",
    "delete_user_pool_client_secret",
    "delete_user_pool_domain",
    "delete_user_pool_replica",
    "delete_web_authn_credential",
    "describe_cimd_policy",
    "describe_identity_provider",
    "describe_managed_login_branding",
    "describe_managed_login_branding_by_client",
    "describe_point_in_time_recovery",
    "describe_resource_server",
    "describe_risk_configuration",
    "describe_terms",
    "describe_terms_by_client",
    "describe_user_import_job",
    "describe_user_pool",
    "describe_user_pool_client",
    "describe_user_pool_domain",
    "forget_device",
    "forgot_password",
    "get_client_token",
    "get_csv_header",
    "get_derived_token",
    "get_device",
    "get_group",
    "get_identity_provider_by_identifier",
    "get_log_delivery_configuration",
    "get_provisioned_limit",
    "get_signing_certificate",
    "get_tokens_from_refresh_token",
    "get_ui_customization",
    "get_user",
    "get_user_attribute_verification_code",
    "get_user_auth_factors",
    "get_user_pool_client_session_configuration",
    "get_user_pool_mfa_config",
    "get_user_pool_session_configuration",
    "global_sign_out",
    "initiate_auth",
    "initiate_point_in_time_recovery",
    "list_cimd_policies",
    "list_client_metadata_ur_ls",
    "list_devices",
    "list_groups",
    "list_identity_providers",
    "list_point_in_time_recoveries",
    "list_resource_servers",
    "list_tags_for_resource",
    "list_terms",
    "list_user_import_jobs",
    "list_user_pool_client_secrets",
    "list_user_pool_clients",
    "list_user_pool_replicas",
    "list_user_pools",
    "list_user_sessions",
    "list_users",
    "list_users_in_group",
    "list_web_authn_credentials",
    "resend_confirmation_code",
    "respond_to_auth_challenge",
    "revoke_token",
    "revoke_user_session",
    "set_log_delivery_configuration",
    "set_risk_configuration",
    "set_ui_customization",
    "set_user_mfa_preference",
    "set_user_pool_client_session_configuration",
    "set_user_pool_mfa_config",
    "set_user_pool_session_configuration",
    "set_user_settings",
    "sign_up",
    "start_point_in_time_recovery",
    "start_user_import_job",
    "start_web_authn_registration",
    "stop_user_import_job",
    "tag_resource",
    "untag_resource",
    "update_auth_event_feedback",
    "update_cimd_policy",
    "update_client_metadata_url_state",
    "update_device_status",
    "update_group",
    "update_identity_provider",
    "update_managed_login_branding",
    "update_provisioned_limit",
    "update_resource_server",
    "update_terms",
    "update_user_attributes",
    "update_user_pool",
    "update_user_pool_client",
    "update_user_pool_domain",
    "update_user_pool_replica",
    "verify_software_token",
    "verify_user_attribute",
]
