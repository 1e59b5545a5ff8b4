"""Typed builders of the AWS SDK integration of amplifybackend (``aws-sdk:amplifybackend:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, F, I, L, S, Si, X, Xi

CloneBackendParameters = TypedDict(
    "CloneBackendParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "TargetEnvironmentName": S,
        "TargetEnvironmentName.$": str,
    },
    total=False,
)

class ResourceConfig(TypedDict, total=False): ...

CreateBackendParameters = TypedDict(
    "CreateBackendParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "AppName": S,
        "AppName.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceConfig": X[ResourceConfig],
        "ResourceConfig.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)

class BackendAPIAppSyncAuthSettings(TypedDict, total=False):
    CognitoUserPoolId: S
    Description: S
    ExpirationTime: F
    OpenIDAuthTTL: S
    OpenIDClientId: S
    OpenIDIatTTL: S
    OpenIDIssueURL: S
    OpenIDProviderName: S

class BackendAPIAuthType(TypedDict, total=False):
    Mode: S
    Settings: X[BackendAPIAppSyncAuthSettings]

class BackendAPIConflictResolution(TypedDict, total=False):
    ResolutionStrategy: S

class BackendAPIResourceConfig(TypedDict, total=False):
    AdditionalAuthTypes: L[Xi[BackendAPIAuthType]]
    ApiName: S
    ConflictResolution: X[BackendAPIConflictResolution]
    DefaultAuthType: X[BackendAPIAuthType]
    Service: S
    TransformSchema: S

CreateBackendAPIParameters = TypedDict(
    "CreateBackendAPIParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceConfig": X[BackendAPIResourceConfig],
        "ResourceConfig.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)

class CreateBackendAuthIdentityPoolConfig(TypedDict, total=False):
    IdentityPoolName: S
    UnauthenticatedLogin: B

class EmailSettings(TypedDict, total=False):
    EmailMessage: S
    EmailSubject: S

class SmsSettings(TypedDict, total=False):
    SmsMessage: S

class CreateBackendAuthForgotPasswordConfig(TypedDict, total=False):
    DeliveryMethod: S
    EmailSettings: X[EmailSettings]
    SmsSettings: X[SmsSettings]

class Settings(TypedDict, total=False):
    MfaTypes: L[Si]
    SmsMessage: S

class CreateBackendAuthMFAConfig(TypedDict, total=False):
    MfaMode: S
    Settings: X[Settings]

class BackendAuthSocialProviderConfig(TypedDict, total=False):
    ClientId: S
    ClientSecret: S

class BackendAuthAppleProviderConfig(TypedDict, total=False):
    ClientId: S
    KeyId: S
    PrivateKey: S
    TeamId: S

class SocialProviderSettings(TypedDict, total=False):
    Facebook: X[BackendAuthSocialProviderConfig]
    Google: X[BackendAuthSocialProviderConfig]
    LoginWithAmazon: X[BackendAuthSocialProviderConfig]
    SignInWithApple: X[BackendAuthAppleProviderConfig]

class CreateBackendAuthOAuthConfig(TypedDict, total=False):
    DomainPrefix: S
    OAuthGrantType: S
    OAuthScopes: L[Si]
    RedirectSignInURIs: L[Si]
    RedirectSignOutURIs: L[Si]
    SocialProviderSettings: X[SocialProviderSettings]

class CreateBackendAuthPasswordPolicyConfig(TypedDict, total=False):
    AdditionalConstraints: L[Si]
    MinimumLength: F

class CreateBackendAuthVerificationMessageConfig(TypedDict, total=False):
    DeliveryMethod: S
    EmailSettings: X[EmailSettings]
    SmsSettings: X[SmsSettings]

class CreateBackendAuthUserPoolConfig(TypedDict, total=False):
    ForgotPassword: X[CreateBackendAuthForgotPasswordConfig]
    Mfa: X[CreateBackendAuthMFAConfig]
    OAuth: X[CreateBackendAuthOAuthConfig]
    PasswordPolicy: X[CreateBackendAuthPasswordPolicyConfig]
    RequiredSignUpAttributes: L[Si]
    SignInMethod: S
    UserPoolName: S
    VerificationMessage: X[CreateBackendAuthVerificationMessageConfig]

class CreateBackendAuthResourceConfig(TypedDict, total=False):
    AuthResources: S
    IdentityPoolConfigs: X[CreateBackendAuthIdentityPoolConfig]
    Service: S
    UserPoolConfigs: X[CreateBackendAuthUserPoolConfig]

CreateBackendAuthParameters = TypedDict(
    "CreateBackendAuthParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceConfig": X[CreateBackendAuthResourceConfig],
        "ResourceConfig.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
CreateBackendConfigParameters = TypedDict(
    "CreateBackendConfigParameters",
    {"AppId": S, "AppId.$": str, "BackendManagerAppId": S, "BackendManagerAppId.$": str},
    total=False,
)

class BackendStoragePermissions(TypedDict, total=False):
    Authenticated: L[Si]
    UnAuthenticated: L[Si]

class CreateBackendStorageResourceConfig(TypedDict, total=False):
    BucketName: S
    Permissions: X[BackendStoragePermissions]
    ServiceName: S

CreateBackendStorageParameters = TypedDict(
    "CreateBackendStorageParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceConfig": X[CreateBackendStorageResourceConfig],
        "ResourceConfig.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
CreateTokenParameters = TypedDict(
    "CreateTokenParameters", {"AppId": S, "AppId.$": str}, total=False
)
DeleteBackendParameters = TypedDict(
    "DeleteBackendParameters",
    {"AppId": S, "AppId.$": str, "BackendEnvironmentName": S, "BackendEnvironmentName.$": str},
    total=False,
)
DeleteBackendAPIParameters = TypedDict(
    "DeleteBackendAPIParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceConfig": X[BackendAPIResourceConfig],
        "ResourceConfig.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
DeleteBackendAuthParameters = TypedDict(
    "DeleteBackendAuthParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
DeleteBackendStorageParameters = TypedDict(
    "DeleteBackendStorageParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)
DeleteTokenParameters = TypedDict(
    "DeleteTokenParameters",
    {"AppId": S, "AppId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
GenerateBackendAPIModelsParameters = TypedDict(
    "GenerateBackendAPIModelsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
GetBackendParameters = TypedDict(
    "GetBackendParameters",
    {"AppId": S, "AppId.$": str, "BackendEnvironmentName": S, "BackendEnvironmentName.$": str},
    total=False,
)
GetBackendAPIParameters = TypedDict(
    "GetBackendAPIParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceConfig": X[BackendAPIResourceConfig],
        "ResourceConfig.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
GetBackendAPIModelsParameters = TypedDict(
    "GetBackendAPIModelsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
GetBackendAuthParameters = TypedDict(
    "GetBackendAuthParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
GetBackendJobParameters = TypedDict(
    "GetBackendJobParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "JobId": S,
        "JobId.$": str,
    },
    total=False,
)
GetBackendStorageParameters = TypedDict(
    "GetBackendStorageParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
GetTokenParameters = TypedDict(
    "GetTokenParameters",
    {"AppId": S, "AppId.$": str, "SessionId": S, "SessionId.$": str},
    total=False,
)
ImportBackendAuthParameters = TypedDict(
    "ImportBackendAuthParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "IdentityPoolId": S,
        "IdentityPoolId.$": str,
        "NativeClientId": S,
        "NativeClientId.$": str,
        "UserPoolId": S,
        "UserPoolId.$": str,
        "WebClientId": S,
        "WebClientId.$": str,
    },
    total=False,
)
ImportBackendStorageParameters = TypedDict(
    "ImportBackendStorageParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "BucketName": S,
        "BucketName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
    },
    total=False,
)
ListBackendJobsParameters = TypedDict(
    "ListBackendJobsParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "JobId": S,
        "JobId.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Operation": S,
        "Operation.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
ListS3BucketsParameters = TypedDict(
    "ListS3BucketsParameters", {"NextToken": S, "NextToken.$": str}, total=False
)
RemoveAllBackendsParameters = TypedDict(
    "RemoveAllBackendsParameters",
    {"AppId": S, "AppId.$": str, "CleanAmplifyApp": B, "CleanAmplifyApp.$": str},
    total=False,
)
RemoveBackendConfigParameters = TypedDict(
    "RemoveBackendConfigParameters", {"AppId": S, "AppId.$": str}, total=False
)
UpdateBackendAPIParameters = TypedDict(
    "UpdateBackendAPIParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceConfig": X[BackendAPIResourceConfig],
        "ResourceConfig.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)

class UpdateBackendAuthIdentityPoolConfig(TypedDict, total=False):
    UnauthenticatedLogin: B

class UpdateBackendAuthForgotPasswordConfig(TypedDict, total=False):
    DeliveryMethod: S
    EmailSettings: X[EmailSettings]
    SmsSettings: X[SmsSettings]

class UpdateBackendAuthMFAConfig(TypedDict, total=False):
    MfaMode: S
    Settings: X[Settings]

class UpdateBackendAuthOAuthConfig(TypedDict, total=False):
    DomainPrefix: S
    OAuthGrantType: S
    OAuthScopes: L[Si]
    RedirectSignInURIs: L[Si]
    RedirectSignOutURIs: L[Si]
    SocialProviderSettings: X[SocialProviderSettings]

class UpdateBackendAuthPasswordPolicyConfig(TypedDict, total=False):
    AdditionalConstraints: L[Si]
    MinimumLength: F

class UpdateBackendAuthVerificationMessageConfig(TypedDict, total=False):
    DeliveryMethod: S
    EmailSettings: X[EmailSettings]
    SmsSettings: X[SmsSettings]

class UpdateBackendAuthUserPoolConfig(TypedDict, total=False):
    ForgotPassword: X[UpdateBackendAuthForgotPasswordConfig]
    Mfa: X[UpdateBackendAuthMFAConfig]
    OAuth: X[UpdateBackendAuthOAuthConfig]
    PasswordPolicy: X[UpdateBackendAuthPasswordPolicyConfig]
    VerificationMessage: X[UpdateBackendAuthVerificationMessageConfig]

class UpdateBackendAuthResourceConfig(TypedDict, total=False):
    AuthResources: S
    IdentityPoolConfigs: X[UpdateBackendAuthIdentityPoolConfig]
    Service: S
    UserPoolConfigs: X[UpdateBackendAuthUserPoolConfig]

UpdateBackendAuthParameters = TypedDict(
    "UpdateBackendAuthParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceConfig": X[UpdateBackendAuthResourceConfig],
        "ResourceConfig.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)

class LoginAuthConfigReqObj(TypedDict, total=False):
    AwsCognitoIdentityPoolId: S
    AwsCognitoRegion: S
    AwsUserPoolsId: S
    AwsUserPoolsWebClientId: S

UpdateBackendConfigParameters = TypedDict(
    "UpdateBackendConfigParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "LoginAuthConfig": X[LoginAuthConfigReqObj],
        "LoginAuthConfig.$": str,
    },
    total=False,
)
UpdateBackendJobParameters = TypedDict(
    "UpdateBackendJobParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "JobId": S,
        "JobId.$": str,
        "Operation": S,
        "Operation.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)

class UpdateBackendStorageResourceConfig(TypedDict, total=False):
    Permissions: X[BackendStoragePermissions]
    ServiceName: S

UpdateBackendStorageParameters = TypedDict(
    "UpdateBackendStorageParameters",
    {
        "AppId": S,
        "AppId.$": str,
        "BackendEnvironmentName": S,
        "BackendEnvironmentName.$": str,
        "ResourceConfig": X[UpdateBackendStorageResourceConfig],
        "ResourceConfig.$": str,
        "ResourceName": S,
        "ResourceName.$": str,
    },
    total=False,
)
clone_backend: Builder[CloneBackendParameters]
create_backend: Builder[CreateBackendParameters]
create_backend_api: Builder[CreateBackendAPIParameters]
create_backend_auth: Builder[CreateBackendAuthParameters]
create_backend_config: Builder[CreateBackendConfigParameters]
create_backend_storage: Builder[CreateBackendStorageParameters]
create_token: Builder[CreateTokenParameters]
delete_backend: Builder[DeleteBackendParameters]
delete_backend_api: Builder[DeleteBackendAPIParameters]
delete_backend_auth: Builder[DeleteBackendAuthParameters]
delete_backend_storage: Builder[DeleteBackendStorageParameters]
delete_token: Builder[DeleteTokenParameters]
generate_backend_api_models: Builder[GenerateBackendAPIModelsParameters]
get_backend: Builder[GetBackendParameters]
get_backend_api: Builder[GetBackendAPIParameters]
get_backend_api_models: Builder[GetBackendAPIModelsParameters]
get_backend_auth: Builder[GetBackendAuthParameters]
get_backend_job: Builder[GetBackendJobParameters]
get_backend_storage: Builder[GetBackendStorageParameters]
get_token: Builder[GetTokenParameters]
import_backend_auth: Builder[ImportBackendAuthParameters]
import_backend_storage: Builder[ImportBackendStorageParameters]
list_backend_jobs: Builder[ListBackendJobsParameters]
list_s3_buckets: Builder[ListS3BucketsParameters]
remove_all_backends: Builder[RemoveAllBackendsParameters]
remove_backend_config: Builder[RemoveBackendConfigParameters]
update_backend_api: Builder[UpdateBackendAPIParameters]
update_backend_auth: Builder[UpdateBackendAuthParameters]
update_backend_config: Builder[UpdateBackendConfigParameters]
update_backend_job: Builder[UpdateBackendJobParameters]
update_backend_storage: Builder[UpdateBackendStorageParameters]

__all__ = [
    "clone_backend",
    "create_backend",
    "create_backend_api",
    "create_backend_auth",
    "create_backend_config",
    "create_backend_storage",
    "create_token",
    "delete_backend",
    "delete_backend_api",
    "delete_backend_auth",
    "delete_backend_storage",
    "delete_token",
    "generate_backend_api_models",
    "get_backend",
    "get_backend_api",
    "get_backend_api_models",
    "get_backend_auth",
    "get_backend_job",
    "get_backend_storage",
    "get_token",
    "import_backend_auth",
    "import_backend_storage",
    "list_backend_jobs",
    "list_s3_buckets",
    "remove_all_backends",
    "remove_backend_config",
    "update_backend_api",
    "update_backend_auth",
    "update_backend_config",
    "update_backend_job",
    "update_backend_storage",
]
