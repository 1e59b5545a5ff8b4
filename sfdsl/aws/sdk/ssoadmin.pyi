"""Typed builders of the AWS SDK integration of ssoadmin (``aws-sdk:ssoadmin:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, Doc, I, L, S, Si, X, Xi

AddRegionParameters = TypedDict(
    "AddRegionParameters",
    {"InstanceArn": S, "InstanceArn.$": str, "RegionName": S, "RegionName.$": str},
    total=False,
)

class CustomerManagedPolicyReference(TypedDict, total=False):
    Name: S
    Path: S

AttachCustomerManagedPolicyReferenceToPermissionSetParameters = TypedDict(
    "AttachCustomerManagedPolicyReferenceToPermissionSetParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "CustomerManagedPolicyReference": X[CustomerManagedPolicyReference],
        "CustomerManagedPolicyReference.$": str,
    },
    total=False,
)
AttachManagedPolicyToPermissionSetParameters = TypedDict(
    "AttachManagedPolicyToPermissionSetParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "ManagedPolicyArn": S,
        "ManagedPolicyArn.$": str,
    },
    total=False,
)
CreateAccountAssignmentParameters = TypedDict(
    "CreateAccountAssignmentParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "TargetId": S,
        "TargetId.$": str,
        "TargetType": S,
        "TargetType.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
    },
    total=False,
)

class SignInOptions(TypedDict, total=False):
    Origin: S
    ApplicationUrl: S

class PortalOptions(TypedDict, total=False):
    SignInOptions: X[SignInOptions]
    Visibility: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateApplicationParameters = TypedDict(
    "CreateApplicationParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "ApplicationProviderArn": S,
        "ApplicationProviderArn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "PortalOptions": X[PortalOptions],
        "PortalOptions.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "Status": S,
        "Status.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
CreateApplicationAssignmentParameters = TypedDict(
    "CreateApplicationAssignmentParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
    },
    total=False,
)
CreateInstanceParameters = TypedDict(
    "CreateInstanceParameters",
    {
        "Name": S,
        "Name.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class AccessControlAttributeValue(TypedDict, total=False):
    Source: L[Si]

class AccessControlAttribute(TypedDict, total=False):
    Key: S
    Value: X[AccessControlAttributeValue]

class InstanceAccessControlAttributeConfiguration(TypedDict, total=False):
    AccessControlAttributes: L[Xi[AccessControlAttribute]]

CreateInstanceAccessControlAttributeConfigurationParameters = TypedDict(
    "CreateInstanceAccessControlAttributeConfigurationParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "InstanceAccessControlAttributeConfiguration": X[
            InstanceAccessControlAttributeConfiguration
        ],
        "InstanceAccessControlAttributeConfiguration.$": str,
    },
    total=False,
)
CreatePermissionSetParameters = TypedDict(
    "CreatePermissionSetParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "InstanceArn": S,
        "InstanceArn.$": str,
        "SessionDuration": S,
        "SessionDuration.$": str,
        "RelayState": S,
        "RelayState.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class OidcJwtConfiguration(TypedDict, total=False):
    IssuerUrl: S
    ClaimAttributePath: S
    IdentityStoreAttributePath: S
    JwksRetrievalOption: S

class TrustedTokenIssuerConfiguration(TypedDict, total=False):
    OidcJwtConfiguration: X[OidcJwtConfiguration]

CreateTrustedTokenIssuerParameters = TypedDict(
    "CreateTrustedTokenIssuerParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "Name": S,
        "Name.$": str,
        "TrustedTokenIssuerType": S,
        "TrustedTokenIssuerType.$": str,
        "TrustedTokenIssuerConfiguration": X[TrustedTokenIssuerConfiguration],
        "TrustedTokenIssuerConfiguration.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
DeleteAccountAssignmentParameters = TypedDict(
    "DeleteAccountAssignmentParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "TargetId": S,
        "TargetId.$": str,
        "TargetType": S,
        "TargetType.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
    },
    total=False,
)
DeleteApplicationParameters = TypedDict(
    "DeleteApplicationParameters", {"ApplicationArn": S, "ApplicationArn.$": str}, total=False
)
DeleteApplicationAccessScopeParameters = TypedDict(
    "DeleteApplicationAccessScopeParameters",
    {"ApplicationArn": S, "ApplicationArn.$": str, "Scope": S, "Scope.$": str},
    total=False,
)
DeleteApplicationAssignmentParameters = TypedDict(
    "DeleteApplicationAssignmentParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
    },
    total=False,
)
DeleteApplicationAuthenticationMethodParameters = TypedDict(
    "DeleteApplicationAuthenticationMethodParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "AuthenticationMethodType": S,
        "AuthenticationMethodType.$": str,
    },
    total=False,
)
DeleteApplicationGrantParameters = TypedDict(
    "DeleteApplicationGrantParameters",
    {"ApplicationArn": S, "ApplicationArn.$": str, "GrantType": S, "GrantType.$": str},
    total=False,
)
DeleteInlinePolicyFromPermissionSetParameters = TypedDict(
    "DeleteInlinePolicyFromPermissionSetParameters",
    {"InstanceArn": S, "InstanceArn.$": str, "PermissionSetArn": S, "PermissionSetArn.$": str},
    total=False,
)
DeleteInstanceParameters = TypedDict(
    "DeleteInstanceParameters", {"InstanceArn": S, "InstanceArn.$": str}, total=False
)
DeleteInstanceAccessControlAttributeConfigurationParameters = TypedDict(
    "DeleteInstanceAccessControlAttributeConfigurationParameters",
    {"InstanceArn": S, "InstanceArn.$": str},
    total=False,
)
DeletePermissionSetParameters = TypedDict(
    "DeletePermissionSetParameters",
    {"InstanceArn": S, "InstanceArn.$": str, "PermissionSetArn": S, "PermissionSetArn.$": str},
    total=False,
)
DeletePermissionsBoundaryFromPermissionSetParameters = TypedDict(
    "DeletePermissionsBoundaryFromPermissionSetParameters",
    {"InstanceArn": S, "InstanceArn.$": str, "PermissionSetArn": S, "PermissionSetArn.$": str},
    total=False,
)
DeleteTrustedTokenIssuerParameters = TypedDict(
    "DeleteTrustedTokenIssuerParameters",
    {"TrustedTokenIssuerArn": S, "TrustedTokenIssuerArn.$": str},
    total=False,
)
DescribeAccountAssignmentCreationStatusParameters = TypedDict(
    "DescribeAccountAssignmentCreationStatusParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "AccountAssignmentCreationRequestId": S,
        "AccountAssignmentCreationRequestId.$": str,
    },
    total=False,
)
DescribeAccountAssignmentDeletionStatusParameters = TypedDict(
    "DescribeAccountAssignmentDeletionStatusParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "AccountAssignmentDeletionRequestId": S,
        "AccountAssignmentDeletionRequestId.$": str,
    },
    total=False,
)
DescribeApplicationParameters = TypedDict(
    "DescribeApplicationParameters", {"ApplicationArn": S, "ApplicationArn.$": str}, total=False
)
DescribeApplicationAssignmentParameters = TypedDict(
    "DescribeApplicationAssignmentParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
    },
    total=False,
)
DescribeApplicationProviderParameters = TypedDict(
    "DescribeApplicationProviderParameters",
    {"ApplicationProviderArn": S, "ApplicationProviderArn.$": str},
    total=False,
)
DescribeInstanceParameters = TypedDict(
    "DescribeInstanceParameters", {"InstanceArn": S, "InstanceArn.$": str}, total=False
)
DescribeInstanceAccessControlAttributeConfigurationParameters = TypedDict(
    "DescribeInstanceAccessControlAttributeConfigurationParameters",
    {"InstanceArn": S, "InstanceArn.$": str},
    total=False,
)
DescribePermissionSetParameters = TypedDict(
    "DescribePermissionSetParameters",
    {"InstanceArn": S, "InstanceArn.$": str, "PermissionSetArn": S, "PermissionSetArn.$": str},
    total=False,
)
DescribePermissionSetProvisioningStatusParameters = TypedDict(
    "DescribePermissionSetProvisioningStatusParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "ProvisionPermissionSetRequestId": S,
        "ProvisionPermissionSetRequestId.$": str,
    },
    total=False,
)
DescribeRegionParameters = TypedDict(
    "DescribeRegionParameters",
    {"InstanceArn": S, "InstanceArn.$": str, "RegionName": S, "RegionName.$": str},
    total=False,
)
DescribeTrustedTokenIssuerParameters = TypedDict(
    "DescribeTrustedTokenIssuerParameters",
    {"TrustedTokenIssuerArn": S, "TrustedTokenIssuerArn.$": str},
    total=False,
)
DetachCustomerManagedPolicyReferenceFromPermissionSetParameters = TypedDict(
    "DetachCustomerManagedPolicyReferenceFromPermissionSetParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "CustomerManagedPolicyReference": X[CustomerManagedPolicyReference],
        "CustomerManagedPolicyReference.$": str,
    },
    total=False,
)
DetachManagedPolicyFromPermissionSetParameters = TypedDict(
    "DetachManagedPolicyFromPermissionSetParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "ManagedPolicyArn": S,
        "ManagedPolicyArn.$": str,
    },
    total=False,
)
GetApplicationAccessScopeParameters = TypedDict(
    "GetApplicationAccessScopeParameters",
    {"ApplicationArn": S, "ApplicationArn.$": str, "Scope": S, "Scope.$": str},
    total=False,
)
GetApplicationAssignmentConfigurationParameters = TypedDict(
    "GetApplicationAssignmentConfigurationParameters",
    {"ApplicationArn": S, "ApplicationArn.$": str},
    total=False,
)
GetApplicationAuthenticationMethodParameters = TypedDict(
    "GetApplicationAuthenticationMethodParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "AuthenticationMethodType": S,
        "AuthenticationMethodType.$": str,
    },
    total=False,
)
GetApplicationGrantParameters = TypedDict(
    "GetApplicationGrantParameters",
    {"ApplicationArn": S, "ApplicationArn.$": str, "GrantType": S, "GrantType.$": str},
    total=False,
)
GetApplicationSessionConfigurationParameters = TypedDict(
    "GetApplicationSessionConfigurationParameters",
    {"ApplicationArn": S, "ApplicationArn.$": str},
    total=False,
)
GetInlinePolicyForPermissionSetParameters = TypedDict(
    "GetInlinePolicyForPermissionSetParameters",
    {"InstanceArn": S, "InstanceArn.$": str, "PermissionSetArn": S, "PermissionSetArn.$": str},
    total=False,
)
GetPermissionsBoundaryForPermissionSetParameters = TypedDict(
    "GetPermissionsBoundaryForPermissionSetParameters",
    {"InstanceArn": S, "InstanceArn.$": str, "PermissionSetArn": S, "PermissionSetArn.$": str},
    total=False,
)

class OperationStatusFilter(TypedDict, total=False):
    Status: S

ListAccountAssignmentCreationStatusParameters = TypedDict(
    "ListAccountAssignmentCreationStatusParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[OperationStatusFilter],
        "Filter.$": str,
    },
    total=False,
)
ListAccountAssignmentDeletionStatusParameters = TypedDict(
    "ListAccountAssignmentDeletionStatusParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[OperationStatusFilter],
        "Filter.$": str,
    },
    total=False,
)
ListAccountAssignmentsParameters = TypedDict(
    "ListAccountAssignmentsParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListAccountAssignmentsFilter(TypedDict, total=False):
    AccountId: S

ListAccountAssignmentsForPrincipalParameters = TypedDict(
    "ListAccountAssignmentsForPrincipalParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
        "Filter": X[ListAccountAssignmentsFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListAccountsForProvisionedPermissionSetParameters = TypedDict(
    "ListAccountsForProvisionedPermissionSetParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "ProvisioningStatus": S,
        "ProvisioningStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListApplicationAccessScopesParameters = TypedDict(
    "ListApplicationAccessScopesParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListApplicationAssignmentsParameters = TypedDict(
    "ListApplicationAssignmentsParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)

class ListApplicationAssignmentsFilter(TypedDict, total=False):
    ApplicationArn: S

ListApplicationAssignmentsForPrincipalParameters = TypedDict(
    "ListApplicationAssignmentsForPrincipalParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PrincipalId": S,
        "PrincipalId.$": str,
        "PrincipalType": S,
        "PrincipalType.$": str,
        "Filter": X[ListApplicationAssignmentsFilter],
        "Filter.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListApplicationAuthenticationMethodsParameters = TypedDict(
    "ListApplicationAuthenticationMethodsParameters",
    {"ApplicationArn": S, "ApplicationArn.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListApplicationGrantsParameters = TypedDict(
    "ListApplicationGrantsParameters",
    {"ApplicationArn": S, "ApplicationArn.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListApplicationProvidersParameters = TypedDict(
    "ListApplicationProvidersParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)

class ListApplicationsFilter(TypedDict, total=False):
    ApplicationAccount: S
    ApplicationProvider: S

ListApplicationsParameters = TypedDict(
    "ListApplicationsParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[ListApplicationsFilter],
        "Filter.$": str,
    },
    total=False,
)
ListCustomerManagedPolicyReferencesInPermissionSetParameters = TypedDict(
    "ListCustomerManagedPolicyReferencesInPermissionSetParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListInstancesParameters = TypedDict(
    "ListInstancesParameters",
    {
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "RegionScope": S,
        "RegionScope.$": str,
    },
    total=False,
)
ListManagedPoliciesInPermissionSetParameters = TypedDict(
    "ListManagedPoliciesInPermissionSetParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListPermissionSetProvisioningStatusParameters = TypedDict(
    "ListPermissionSetProvisioningStatusParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Filter": X[OperationStatusFilter],
        "Filter.$": str,
    },
    total=False,
)
ListPermissionSetsParameters = TypedDict(
    "ListPermissionSetsParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
    },
    total=False,
)
ListPermissionSetsProvisionedToAccountParameters = TypedDict(
    "ListPermissionSetsProvisionedToAccountParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "AccountId": S,
        "AccountId.$": str,
        "ProvisioningStatus": S,
        "ProvisioningStatus.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListRegionsParameters = TypedDict(
    "ListRegionsParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTagsForResourceParameters = TypedDict(
    "ListTagsForResourceParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ListTrustedTokenIssuersParameters = TypedDict(
    "ListTrustedTokenIssuersParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
    },
    total=False,
)
ProvisionPermissionSetParameters = TypedDict(
    "ProvisionPermissionSetParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "TargetId": S,
        "TargetId.$": str,
        "TargetType": S,
        "TargetType.$": str,
    },
    total=False,
)
PutApplicationAccessScopeParameters = TypedDict(
    "PutApplicationAccessScopeParameters",
    {
        "Scope": S,
        "Scope.$": str,
        "AuthorizedTargets": L[Si],
        "AuthorizedTargets.$": str,
        "ApplicationArn": S,
        "ApplicationArn.$": str,
    },
    total=False,
)
PutApplicationAssignmentConfigurationParameters = TypedDict(
    "PutApplicationAssignmentConfigurationParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "AssignmentRequired": B,
        "AssignmentRequired.$": str,
    },
    total=False,
)

class IamAuthenticationMethod(TypedDict, total=False):
    ActorPolicy: Doc

class AuthenticationMethod(TypedDict, total=False):
    Iam: X[IamAuthenticationMethod]

PutApplicationAuthenticationMethodParameters = TypedDict(
    "PutApplicationAuthenticationMethodParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "AuthenticationMethodType": S,
        "AuthenticationMethodType.$": str,
        "AuthenticationMethod": X[AuthenticationMethod],
        "AuthenticationMethod.$": str,
    },
    total=False,
)

class AuthorizationCodeGrant(TypedDict, total=False):
    RedirectUris: L[Si]

class AuthorizedTokenIssuer(TypedDict, total=False):
    TrustedTokenIssuerArn: S
    AuthorizedAudiences: L[Si]

class JwtBearerGrant(TypedDict, total=False):
    AuthorizedTokenIssuers: L[Xi[AuthorizedTokenIssuer]]

class RefreshTokenGrant(TypedDict, total=False): ...
class TokenExchangeGrant(TypedDict, total=False): ...

class Grant(TypedDict, total=False):
    AuthorizationCode: X[AuthorizationCodeGrant]
    JwtBearer: X[JwtBearerGrant]
    RefreshToken: X[RefreshTokenGrant]
    TokenExchange: X[TokenExchangeGrant]

PutApplicationGrantParameters = TypedDict(
    "PutApplicationGrantParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "GrantType": S,
        "GrantType.$": str,
        "Grant": X[Grant],
        "Grant.$": str,
    },
    total=False,
)
PutApplicationSessionConfigurationParameters = TypedDict(
    "PutApplicationSessionConfigurationParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "UserBackgroundSessionApplicationStatus": S,
        "UserBackgroundSessionApplicationStatus.$": str,
    },
    total=False,
)
PutInlinePolicyToPermissionSetParameters = TypedDict(
    "PutInlinePolicyToPermissionSetParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "InlinePolicy": S,
        "InlinePolicy.$": str,
    },
    total=False,
)

class PermissionsBoundary(TypedDict, total=False):
    CustomerManagedPolicyReference: X[CustomerManagedPolicyReference]
    ManagedPolicyArn: S

PutPermissionsBoundaryToPermissionSetParameters = TypedDict(
    "PutPermissionsBoundaryToPermissionSetParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "PermissionsBoundary": X[PermissionsBoundary],
        "PermissionsBoundary.$": str,
    },
    total=False,
)
RemoveRegionParameters = TypedDict(
    "RemoveRegionParameters",
    {"InstanceArn": S, "InstanceArn.$": str, "RegionName": S, "RegionName.$": str},
    total=False,
)
TagResourceParameters = TypedDict(
    "TagResourceParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UntagResourceParameters = TypedDict(
    "UntagResourceParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "ResourceArn": S,
        "ResourceArn.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
    },
    total=False,
)

class UpdateApplicationPortalOptions(TypedDict, total=False):
    SignInOptions: X[SignInOptions]

UpdateApplicationParameters = TypedDict(
    "UpdateApplicationParameters",
    {
        "ApplicationArn": S,
        "ApplicationArn.$": str,
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "Status": S,
        "Status.$": str,
        "PortalOptions": X[UpdateApplicationPortalOptions],
        "PortalOptions.$": str,
    },
    total=False,
)

class EncryptionConfiguration(TypedDict, total=False):
    KeyType: S
    KmsKeyArn: S

class NetworkConfigurationInfo(TypedDict, total=False):
    VpceAccessRequired: B
    RestrictSourceVpcs: L[Si]
    AllowSourceIps: L[Si]
    ExcludeApplicationArns: L[Si]

UpdateInstanceParameters = TypedDict(
    "UpdateInstanceParameters",
    {
        "Name": S,
        "Name.$": str,
        "InstanceArn": S,
        "InstanceArn.$": str,
        "EncryptionConfiguration": X[EncryptionConfiguration],
        "EncryptionConfiguration.$": str,
        "PermissionSetsEnabled": B,
        "PermissionSetsEnabled.$": str,
        "NetworkConfiguration": X[NetworkConfigurationInfo],
        "NetworkConfiguration.$": str,
    },
    total=False,
)
UpdateInstanceAccessControlAttributeConfigurationParameters = TypedDict(
    "UpdateInstanceAccessControlAttributeConfigurationParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "InstanceAccessControlAttributeConfiguration": X[
            InstanceAccessControlAttributeConfiguration
        ],
        "InstanceAccessControlAttributeConfiguration.$": str,
    },
    total=False,
)
UpdatePermissionSetParameters = TypedDict(
    "UpdatePermissionSetParameters",
    {
        "InstanceArn": S,
        "InstanceArn.$": str,
        "PermissionSetArn": S,
        "PermissionSetArn.$": str,
        "Description": S,
        "Description.$": str,
        "SessionDuration": S,
        "SessionDuration.$": str,
        "RelayState": S,
        "RelayState.$": str,
    },
    total=False,
)

class OidcJwtUpdateConfiguration(TypedDict, total=False):
    ClaimAttributePath: S
    IdentityStoreAttributePath: S
    JwksRetrievalOption: S

class TrustedTokenIssuerUpdateConfiguration(TypedDict, total=False):
    OidcJwtConfiguration: X[OidcJwtUpdateConfiguration]

UpdateTrustedTokenIssuerParameters = TypedDict(
    "UpdateTrustedTokenIssuerParameters",
    {
        "TrustedTokenIssuerArn": S,
        "TrustedTokenIssuerArn.$": str,
        "Name": S,
        "Name.$": str,
        "TrustedTokenIssuerConfiguration": X[TrustedTokenIssuerUpdateConfiguration],
        "TrustedTokenIssuerConfiguration.$": str,
    },
    total=False,
)
add_region: Builder[AddRegionParameters]
attach_customer_managed_policy_reference_to_permission_set: Builder[
    AttachCustomerManagedPolicyReferenceToPermissionSetParameters
]
attach_managed_policy_to_permission_set: Builder[AttachManagedPolicyToPermissionSetParameters]
create_account_assignment: Builder[CreateAccountAssignmentParameters]
create_application: Builder[CreateApplicationParameters]
create_application_assignment: Builder[CreateApplicationAssignmentParameters]
create_instance: Builder[CreateInstanceParameters]
create_instance_access_control_attribute_configuration: Builder[
    CreateInstanceAccessControlAttributeConfigurationParameters
]
create_permission_set: Builder[CreatePermissionSetParameters]
create_trusted_token_issuer: Builder[CreateTrustedTokenIssuerParameters]
delete_account_assignment: Builder[DeleteAccountAssignmentParameters]
delete_application: Builder[DeleteApplicationParameters]
delete_application_access_scope: Builder[DeleteApplicationAccessScopeParameters]
delete_application_assignment: Builder[DeleteApplicationAssignmentParameters]
delete_application_authentication_method: Builder[DeleteApplicationAuthenticationMethodParameters]
delete_application_grant: Builder[DeleteApplicationGrantParameters]
delete_inline_policy_from_permission_set: Builder[DeleteInlinePolicyFromPermissionSetParameters]
delete_instance: Builder[DeleteInstanceParameters]
delete_instance_access_control_attribute_configuration: Builder[
    DeleteInstanceAccessControlAttributeConfigurationParameters
]
delete_permission_set: Builder[DeletePermissionSetParameters]
delete_permissions_boundary_from_permission_set: Builder[
    DeletePermissionsBoundaryFromPermissionSetParameters
]
delete_trusted_token_issuer: Builder[DeleteTrustedTokenIssuerParameters]
describe_account_assignment_creation_status: Builder[
    DescribeAccountAssignmentCreationStatusParameters
]
describe_account_assignment_deletion_status: Builder[
    DescribeAccountAssignmentDeletionStatusParameters
]
describe_application: Builder[DescribeApplicationParameters]
describe_application_assignment: Builder[DescribeApplicationAssignmentParameters]
describe_application_provider: Builder[DescribeApplicationProviderParameters]
describe_instance: Builder[DescribeInstanceParameters]
describe_instance_access_control_attribute_configuration: Builder[
    DescribeInstanceAccessControlAttributeConfigurationParameters
]
describe_permission_set: Builder[DescribePermissionSetParameters]
describe_permission_set_provisioning_status: Builder[
    DescribePermissionSetProvisioningStatusParameters
]
describe_region: Builder[DescribeRegionParameters]
describe_trusted_token_issuer: Builder[DescribeTrustedTokenIssuerParameters]
detach_customer_managed_policy_reference_from_permission_set: Builder[
    DetachCustomerManagedPolicyReferenceFromPermissionSetParameters
]
detach_managed_policy_from_permission_set: Builder[DetachManagedPolicyFromPermissionSetParameters]
get_application_access_scope: Builder[GetApplicationAccessScopeParameters]
get_application_assignment_configuration: Builder[GetApplicationAssignmentConfigurationParameters]
get_application_authentication_method: Builder[GetApplicationAuthenticationMethodParameters]
get_application_grant: Builder[GetApplicationGrantParameters]
get_application_session_configuration: Builder[GetApplicationSessionConfigurationParameters]
get_inline_policy_for_permission_set: Builder[GetInlinePolicyForPermissionSetParameters]
get_permissions_boundary_for_permission_set: Builder[
    GetPermissionsBoundaryForPermissionSetParameters
]
list_account_assignment_creation_status: Builder[ListAccountAssignmentCreationStatusParameters]
list_account_assignment_deletion_status: Builder[ListAccountAssignmentDeletionStatusParameters]
list_account_assignments: Builder[ListAccountAssignmentsParameters]
list_account_assignments_for_principal: Builder[ListAccountAssignmentsForPrincipalParameters]
list_accounts_for_provisioned_permission_set: Builder[
    ListAccountsForProvisionedPermissionSetParameters
]
list_application_access_scopes: Builder[ListApplicationAccessScopesParameters]
list_application_assignments: Builder[ListApplicationAssignmentsParameters]
list_application_assignments_for_principal: Builder[
    ListApplicationAssignmentsForPrincipalParameters
]
list_application_authentication_methods: Builder[ListApplicationAuthenticationMethodsParameters]
list_application_grants: Builder[ListApplicationGrantsParameters]
list_application_providers: Builder[ListApplicationProvidersParameters]
list_applications: Builder[ListApplicationsParameters]
list_customer_managed_policy_references_in_permission_set: Builder[
    ListCustomerManagedPolicyReferencesInPermissionSetParameters
]
list_instances: Builder[ListInstancesParameters]
list_managed_policies_in_permission_set: Builder[ListManagedPoliciesInPermissionSetParameters]
list_permission_set_provisioning_status: Builder[ListPermissionSetProvisioningStatusParameters]
list_permission_sets: Builder[ListPermissionSetsParameters]
list_permission_sets_provisioned_to_account: Builder[
    ListPermissionSetsProvisionedToAccountParameters
]
list_regions: Builder[ListRegionsParameters]
list_tags_for_resource: Builder[ListTagsForResourceParameters]
list_trusted_token_issuers: Builder[ListTrustedTokenIssuersParameters]
provision_permission_set: Builder[ProvisionPermissionSetParameters]
put_application_access_scope: Builder[PutApplicationAccessScopeParameters]
put_application_assignment_configuration: Builder[PutApplicationAssignmentConfigurationParameters]
put_application_authentication_method: Builder[PutApplicationAuthenticationMethodParameters]
put_application_grant: Builder[PutApplicationGrantParameters]
put_application_session_configuration: Builder[PutApplicationSessionConfigurationParameters]
put_inline_policy_to_permission_set: Builder[PutInlinePolicyToPermissionSetParameters]
put_permissions_boundary_to_permission_set: Builder[PutPermissionsBoundaryToPermissionSetParameters]
remove_region: Builder[RemoveRegionParameters]
tag_resource: Builder[TagResourceParameters]
untag_resource: Builder[UntagResourceParameters]
update_application: Builder[UpdateApplicationParameters]
update_instance: Builder[UpdateInstanceParameters]
update_instance_access_control_attribute_configuration: Builder[
    UpdateInstanceAccessControlAttributeConfigurationParameters
]
update_permission_set: Builder[UpdatePermissionSetParameters]
update_trusted_token_issuer: Builder[UpdateTrustedTokenIssuerParameters]

__all__ = [
    "add_region",
    "attach_customer_managed_policy_reference_to_permission_set",
    "attach_managed_policy_to_permission_set",
    "create_account_assignment",
    "create_application",
    "create_application_assignment",
    "create_instance",
    "create_instance_access_control_attribute_configuration",
    "create_permission_set",
    "create_trusted_token_issuer",
    "delete_account_assignment",
    "delete_application",
    "delete_application_access_scope",
    "delete_application_assignment",
    "delete_application_authentication_method",
    "delete_application_grant",
    "delete_inline_policy_from_permission_set",
    "delete_instance",
    "delete_instance_access_control_attribute_configuration",
    "delete_permission_set",
    "delete_permissions_boundary_from_permission_set",
    "delete_trusted_token_issuer",
    "describe_account_assignment_creation_status",
    "describe_account_assignment_deletion_status",
    "describe_application",
    "describe_application_assignment",
    "describe_application_provider",
    "describe_instance",
    "describe_instance_access_control_attribute_configuration",
    "describe_permission_set",
    "describe_permission_set_provisioning_status",
    "describe_region",
    "describe_trusted_token_issuer",
    "detach_customer_managed_policy_reference_from_permission_set",
    "detach_managed_policy_from_permission_set",
    "get_application_access_scope",
    "get_application_assignment_configuration",
    "get_application_authentication_method",
    "get_application_grant",
    "get_application_session_configuration",
    "get_inline_policy_for_permission_set",
    "get_permissions_boundary_for_permission_set",
    "list_account_assignment_creation_status",
    "list_account_assignment_deletion_status",
    "list_account_assignments",
    "list_account_assignments_for_principal",
    "list_accounts_for_provisioned_permission_set",
    "list_application_access_scopes",
    "list_application_assignments",
    "list_application_assignments_for_principal",
    "list_application_authentication_methods",
    "list_application_grants",
    "list_application_providers",
    "list_applications",
    "list_customer_managed_policy_references_in_permission_set",
    "list_instances",
    "list_managed_policies_in_permission_set",
    "list_permission_set_provisioning_status",
    "list_permission_sets",
    "list_permission_sets_provisioned_to_account",
    "list_regions",
    "list_tags_for_resource",
    "list_trusted_token_issuers",
    "provision_permission_set",
    "put_application_access_scope",
    "put_application_assignment_configuration",
    "put_application_authentication_method",
    "put_application_grant",
    "put_application_session_configuration",
    "put_inline_policy_to_permission_set",
    "put_permissions_boundary_to_permission_set",
    "remove_region",
    "tag_resource",
    "untag_resource",
    "update_application",
    "update_instance",
    "update_instance_access_control_attribute_configuration",
    "update_permission_set",
    "update_trusted_token_issuer",
]
