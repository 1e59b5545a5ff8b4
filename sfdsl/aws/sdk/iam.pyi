"""Typed builders of the AWS SDK integration of iam (``aws-sdk:iam:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, I, L, M, S, Si, X, Xi

AcceptDelegationRequestParameters = TypedDict(
    "AcceptDelegationRequestParameters",
    {"DelegationRequestId": S, "DelegationRequestId.$": str},
    total=False,
)

class ReplacementValueEntry(TypedDict, total=False):
    Values: L[Si]

AcquireRoleParameters = TypedDict(
    "AcquireRoleParameters",
    {
        "TemplateArn": S,
        "TemplateArn.$": str,
        "TemplateMinorVersion": I,
        "TemplateMinorVersion.$": str,
        "ReplacementValues": M[X[ReplacementValueEntry]],
        "ReplacementValues.$": str,
    },
    total=False,
)
AddClientIDToOpenIDConnectProviderParameters = TypedDict(
    "AddClientIDToOpenIDConnectProviderParameters",
    {
        "OpenIDConnectProviderArn": S,
        "OpenIDConnectProviderArn.$": str,
        "ClientID": S,
        "ClientID.$": str,
    },
    total=False,
)
AddRoleToInstanceProfileParameters = TypedDict(
    "AddRoleToInstanceProfileParameters",
    {"InstanceProfileName": S, "InstanceProfileName.$": str, "RoleName": S, "RoleName.$": str},
    total=False,
)
AddUserToGroupParameters = TypedDict(
    "AddUserToGroupParameters",
    {"GroupName": S, "GroupName.$": str, "UserName": S, "UserName.$": str},
    total=False,
)
AssociateDelegationRequestParameters = TypedDict(
    "AssociateDelegationRequestParameters",
    {"DelegationRequestId": S, "DelegationRequestId.$": str},
    total=False,
)
AttachGroupPolicyParameters = TypedDict(
    "AttachGroupPolicyParameters",
    {"GroupName": S, "GroupName.$": str, "PolicyArn": S, "PolicyArn.$": str},
    total=False,
)
AttachRolePolicyParameters = TypedDict(
    "AttachRolePolicyParameters",
    {"RoleName": S, "RoleName.$": str, "PolicyArn": S, "PolicyArn.$": str},
    total=False,
)
AttachUserPolicyParameters = TypedDict(
    "AttachUserPolicyParameters",
    {"UserName": S, "UserName.$": str, "PolicyArn": S, "PolicyArn.$": str},
    total=False,
)
ChangePasswordParameters = TypedDict(
    "ChangePasswordParameters",
    {"OldPassword": S, "OldPassword.$": str, "NewPassword": S, "NewPassword.$": str},
    total=False,
)
CreateAccessKeyParameters = TypedDict(
    "CreateAccessKeyParameters", {"UserName": S, "UserName.$": str}, total=False
)
CreateAccountAliasParameters = TypedDict(
    "CreateAccountAliasParameters", {"AccountAlias": S, "AccountAlias.$": str}, total=False
)

class PolicyParameter(TypedDict, total=False):
    Name: S
    Values: L[Si]
    Type: S

class DelegationPermission(TypedDict, total=False):
    PolicyTemplateArn: S
    Parameters: L[Xi[PolicyParameter]]

CreateDelegationRequestParameters = TypedDict(
    "CreateDelegationRequestParameters",
    {
        "OwnerAccountId": S,
        "OwnerAccountId.$": str,
        "Description": S,
        "Description.$": str,
        "Permissions": X[DelegationPermission],
        "Permissions.$": str,
        "RequestMessage": S,
        "RequestMessage.$": str,
        "RequestorWorkflowId": S,
        "RequestorWorkflowId.$": str,
        "RedirectUrl": S,
        "RedirectUrl.$": str,
        "NotificationChannel": S,
        "NotificationChannel.$": str,
        "SessionDuration": I,
        "SessionDuration.$": str,
        "OnlySendByOwner": B,
        "OnlySendByOwner.$": str,
    },
    total=False,
)
CreateGroupParameters = TypedDict(
    "CreateGroupParameters",
    {"Path": S, "Path.$": str, "GroupName": S, "GroupName.$": str},
    total=False,
)

class Tag(TypedDict, total=False):
    Key: S
    Value: S

CreateInstanceProfileParameters = TypedDict(
    "CreateInstanceProfileParameters",
    {
        "InstanceProfileName": S,
        "InstanceProfileName.$": str,
        "Path": S,
        "Path.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateLoginProfileParameters = TypedDict(
    "CreateLoginProfileParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "Password": S,
        "Password.$": str,
        "PasswordResetRequired": B,
        "PasswordResetRequired.$": str,
        "MaxSigninSessionDuration": I,
        "MaxSigninSessionDuration.$": str,
    },
    total=False,
)

class ContextProviderKeyDefinition(TypedDict, total=False):
    SourceKey: S
    TargetKey: S

class ContextProvider(TypedDict, total=False):
    KeyDefinitionList: L[Xi[ContextProviderKeyDefinition]]
    SubjectSourceKey: S
    SubjectTypeValue: S
    SubjectTypeSourceKey: S

CreateOpenIDConnectProviderParameters = TypedDict(
    "CreateOpenIDConnectProviderParameters",
    {
        "Url": S,
        "Url.$": str,
        "ClientIDList": L[Si],
        "ClientIDList.$": str,
        "ThumbprintList": L[Si],
        "ThumbprintList.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "ContextProvider": X[ContextProvider],
        "ContextProvider.$": str,
        "IdentityCenterInstanceArn": S,
        "IdentityCenterInstanceArn.$": str,
    },
    total=False,
)
CreatePolicyParameters = TypedDict(
    "CreatePolicyParameters",
    {
        "PolicyName": S,
        "PolicyName.$": str,
        "Path": S,
        "Path.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "Description": S,
        "Description.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreatePolicyVersionParameters = TypedDict(
    "CreatePolicyVersionParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
        "SetAsDefault": B,
        "SetAsDefault.$": str,
    },
    total=False,
)
CreateRoleParameters = TypedDict(
    "CreateRoleParameters",
    {
        "Path": S,
        "Path.$": str,
        "RoleName": S,
        "RoleName.$": str,
        "AssumeRolePolicyDocument": S,
        "AssumeRolePolicyDocument.$": str,
        "Description": S,
        "Description.$": str,
        "MaxSessionDuration": I,
        "MaxSessionDuration.$": str,
        "MaxSigninSessionDuration": I,
        "MaxSigninSessionDuration.$": str,
        "PermissionsBoundary": S,
        "PermissionsBoundary.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateSAMLProviderParameters = TypedDict(
    "CreateSAMLProviderParameters",
    {
        "SamlMetadataDocument": S,
        "SamlMetadataDocument.$": str,
        "Name": S,
        "Name.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "AssertionEncryptionMode": S,
        "AssertionEncryptionMode.$": str,
        "AddPrivateKey": S,
        "AddPrivateKey.$": str,
        "ContextProvider": X[ContextProvider],
        "ContextProvider.$": str,
        "IdentityCenterInstanceArn": S,
        "IdentityCenterInstanceArn.$": str,
    },
    total=False,
)
CreateServiceLinkedRoleParameters = TypedDict(
    "CreateServiceLinkedRoleParameters",
    {
        "AwsServiceName": S,
        "AwsServiceName.$": str,
        "Description": S,
        "Description.$": str,
        "CustomSuffix": S,
        "CustomSuffix.$": str,
    },
    total=False,
)
CreateServiceSpecificCredentialParameters = TypedDict(
    "CreateServiceSpecificCredentialParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "CredentialAgeDays": I,
        "CredentialAgeDays.$": str,
    },
    total=False,
)
CreateUserParameters = TypedDict(
    "CreateUserParameters",
    {
        "Path": S,
        "Path.$": str,
        "UserName": S,
        "UserName.$": str,
        "PermissionsBoundary": S,
        "PermissionsBoundary.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateVirtualMFADeviceParameters = TypedDict(
    "CreateVirtualMFADeviceParameters",
    {
        "Path": S,
        "Path.$": str,
        "VirtualMFADeviceName": S,
        "VirtualMFADeviceName.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
CreateWorkloadIdentityProviderParameters = TypedDict(
    "CreateWorkloadIdentityProviderParameters",
    {
        "ProviderName": S,
        "ProviderName.$": str,
        "Description": S,
        "Description.$": str,
        "Scheme": S,
        "Scheme.$": str,
        "WorkloadIdentityDomain": S,
        "WorkloadIdentityDomain.$": str,
        "ResourceScope": S,
        "ResourceScope.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)

class WorkloadIdentityPrivateCa(TypedDict, total=False):
    CertificateAuthorityId: S
    AccountId: S

class WorkloadIdentityOutboundSignerConfiguration(TypedDict, total=False):
    X509: X[WorkloadIdentityPrivateCa]

CreateWorkloadIdentityProviderOutboundSignerParameters = TypedDict(
    "CreateWorkloadIdentityProviderOutboundSignerParameters",
    {
        "WorkloadIdentityProviderArn": S,
        "WorkloadIdentityProviderArn.$": str,
        "OutboundSigner": X[WorkloadIdentityOutboundSignerConfiguration],
        "OutboundSigner.$": str,
        "SigningDelayInHours": I,
        "SigningDelayInHours.$": str,
    },
    total=False,
)

class WorkloadIdentityReplacementValueEntry(TypedDict, total=False):
    Values: L[Si]

class WorkloadIdentityTemplateDefinitionType(TypedDict, total=False):
    TemplateDefinitionArn: S
    ReplacementValues: M[X[WorkloadIdentityReplacementValueEntry]]

CreateWorkloadIdentityTemplateParameters = TypedDict(
    "CreateWorkloadIdentityTemplateParameters",
    {
        "Name": S,
        "Name.$": str,
        "Description": S,
        "Description.$": str,
        "ResourceScope": S,
        "ResourceScope.$": str,
        "WorkloadIdentityProviderArn": S,
        "WorkloadIdentityProviderArn.$": str,
        "PathPrefix": S,
        "PathPrefix.$": str,
        "PathPattern": S,
        "PathPattern.$": str,
        "AttestationPolicy": S,
        "AttestationPolicy.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TemplateDefinition": X[WorkloadIdentityTemplateDefinitionType],
        "TemplateDefinition.$": str,
    },
    total=False,
)
DeactivateMFADeviceParameters = TypedDict(
    "DeactivateMFADeviceParameters",
    {"UserName": S, "UserName.$": str, "SerialNumber": S, "SerialNumber.$": str},
    total=False,
)
DeleteAccessKeyParameters = TypedDict(
    "DeleteAccessKeyParameters",
    {"UserName": S, "UserName.$": str, "AccessKeyId": S, "AccessKeyId.$": str},
    total=False,
)
DeleteAccountAliasParameters = TypedDict(
    "DeleteAccountAliasParameters", {"AccountAlias": S, "AccountAlias.$": str}, total=False
)

class DeleteAccountPasswordPolicyParameters(TypedDict, total=False): ...

DeleteGroupParameters = TypedDict(
    "DeleteGroupParameters", {"GroupName": S, "GroupName.$": str}, total=False
)
DeleteGroupPolicyParameters = TypedDict(
    "DeleteGroupPolicyParameters",
    {"GroupName": S, "GroupName.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)
DeleteInstanceProfileParameters = TypedDict(
    "DeleteInstanceProfileParameters",
    {"InstanceProfileName": S, "InstanceProfileName.$": str},
    total=False,
)
DeleteLoginProfileParameters = TypedDict(
    "DeleteLoginProfileParameters", {"UserName": S, "UserName.$": str}, total=False
)
DeleteOpenIDConnectProviderParameters = TypedDict(
    "DeleteOpenIDConnectProviderParameters",
    {"OpenIDConnectProviderArn": S, "OpenIDConnectProviderArn.$": str},
    total=False,
)
DeletePolicyParameters = TypedDict(
    "DeletePolicyParameters", {"PolicyArn": S, "PolicyArn.$": str}, total=False
)
DeletePolicyVersionParameters = TypedDict(
    "DeletePolicyVersionParameters",
    {"PolicyArn": S, "PolicyArn.$": str, "VersionId": S, "VersionId.$": str},
    total=False,
)
DeleteRoleParameters = TypedDict(
    "DeleteRoleParameters", {"RoleName": S, "RoleName.$": str}, total=False
)
DeleteRolePermissionsBoundaryParameters = TypedDict(
    "DeleteRolePermissionsBoundaryParameters", {"RoleName": S, "RoleName.$": str}, total=False
)
DeleteRolePolicyParameters = TypedDict(
    "DeleteRolePolicyParameters",
    {"RoleName": S, "RoleName.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)
DeleteSAMLProviderParameters = TypedDict(
    "DeleteSAMLProviderParameters", {"SamlProviderArn": S, "SamlProviderArn.$": str}, total=False
)
DeleteSSHPublicKeyParameters = TypedDict(
    "DeleteSSHPublicKeyParameters",
    {"UserName": S, "UserName.$": str, "SshPublicKeyId": S, "SshPublicKeyId.$": str},
    total=False,
)
DeleteServerCertificateParameters = TypedDict(
    "DeleteServerCertificateParameters",
    {"ServerCertificateName": S, "ServerCertificateName.$": str},
    total=False,
)
DeleteServiceLinkedRoleParameters = TypedDict(
    "DeleteServiceLinkedRoleParameters", {"RoleName": S, "RoleName.$": str}, total=False
)
DeleteServiceSpecificCredentialParameters = TypedDict(
    "DeleteServiceSpecificCredentialParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "ServiceSpecificCredentialId": S,
        "ServiceSpecificCredentialId.$": str,
    },
    total=False,
)
DeleteSigningCertificateParameters = TypedDict(
    "DeleteSigningCertificateParameters",
    {"UserName": S, "UserName.$": str, "CertificateId": S, "CertificateId.$": str},
    total=False,
)
DeleteUserParameters = TypedDict(
    "DeleteUserParameters", {"UserName": S, "UserName.$": str}, total=False
)
DeleteUserPermissionsBoundaryParameters = TypedDict(
    "DeleteUserPermissionsBoundaryParameters", {"UserName": S, "UserName.$": str}, total=False
)
DeleteUserPolicyParameters = TypedDict(
    "DeleteUserPolicyParameters",
    {"UserName": S, "UserName.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)
DeleteVirtualMFADeviceParameters = TypedDict(
    "DeleteVirtualMFADeviceParameters", {"SerialNumber": S, "SerialNumber.$": str}, total=False
)
DeleteWorkloadIdentityProviderParameters = TypedDict(
    "DeleteWorkloadIdentityProviderParameters",
    {"WorkloadIdentityProviderArn": S, "WorkloadIdentityProviderArn.$": str},
    total=False,
)
DeleteWorkloadIdentityProviderOutboundSignerParameters = TypedDict(
    "DeleteWorkloadIdentityProviderOutboundSignerParameters",
    {
        "WorkloadIdentityProviderArn": S,
        "WorkloadIdentityProviderArn.$": str,
        "OutboundSigner": X[WorkloadIdentityOutboundSignerConfiguration],
        "OutboundSigner.$": str,
    },
    total=False,
)
DeleteWorkloadIdentityProviderResourcePolicyParameters = TypedDict(
    "DeleteWorkloadIdentityProviderResourcePolicyParameters",
    {"WorkloadIdentityProviderArn": S, "WorkloadIdentityProviderArn.$": str},
    total=False,
)
DeleteWorkloadIdentityTemplateParameters = TypedDict(
    "DeleteWorkloadIdentityTemplateParameters",
    {"WorkloadIdentityTemplateArn": S, "WorkloadIdentityTemplateArn.$": str},
    total=False,
)
DeleteWorkloadIdentityTemplateAttestationPolicyParameters = TypedDict(
    "DeleteWorkloadIdentityTemplateAttestationPolicyParameters",
    {"WorkloadIdentityTemplateArn": S, "WorkloadIdentityTemplateArn.$": str},
    total=False,
)
DetachGroupPolicyParameters = TypedDict(
    "DetachGroupPolicyParameters",
    {"GroupName": S, "GroupName.$": str, "PolicyArn": S, "PolicyArn.$": str},
    total=False,
)
DetachRolePolicyParameters = TypedDict(
    "DetachRolePolicyParameters",
    {"RoleName": S, "RoleName.$": str, "PolicyArn": S, "PolicyArn.$": str},
    total=False,
)
DetachUserPolicyParameters = TypedDict(
    "DetachUserPolicyParameters",
    {"UserName": S, "UserName.$": str, "PolicyArn": S, "PolicyArn.$": str},
    total=False,
)

class DisableOrganizationLevelResourcesParameters(TypedDict, total=False): ...
class DisableOrganizationsRootCredentialsManagementParameters(TypedDict, total=False): ...
class DisableOrganizationsRootSessionsParameters(TypedDict, total=False): ...
class DisableOutboundWebIdentityFederationParameters(TypedDict, total=False): ...

DisableWorkloadIdentityProviderOutboundSignerParameters = TypedDict(
    "DisableWorkloadIdentityProviderOutboundSignerParameters",
    {
        "WorkloadIdentityProviderArn": S,
        "WorkloadIdentityProviderArn.$": str,
        "SignerType": S,
        "SignerType.$": str,
    },
    total=False,
)
EnableMFADeviceParameters = TypedDict(
    "EnableMFADeviceParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "SerialNumber": S,
        "SerialNumber.$": str,
        "AuthenticationCode1": S,
        "AuthenticationCode1.$": str,
        "AuthenticationCode2": S,
        "AuthenticationCode2.$": str,
    },
    total=False,
)

class EnableOrganizationLevelResourcesParameters(TypedDict, total=False): ...
class EnableOrganizationsRootCredentialsManagementParameters(TypedDict, total=False): ...
class EnableOrganizationsRootSessionsParameters(TypedDict, total=False): ...
class EnableOutboundWebIdentityFederationParameters(TypedDict, total=False): ...

EnableWorkloadIdentityProviderOutboundSignerParameters = TypedDict(
    "EnableWorkloadIdentityProviderOutboundSignerParameters",
    {
        "WorkloadIdentityProviderArn": S,
        "WorkloadIdentityProviderArn.$": str,
        "SignerType": S,
        "SignerType.$": str,
        "SigningDelayInHours": I,
        "SigningDelayInHours.$": str,
    },
    total=False,
)

class GenerateCredentialReportParameters(TypedDict, total=False): ...

GenerateOrganizationsAccessReportParameters = TypedDict(
    "GenerateOrganizationsAccessReportParameters",
    {
        "EntityPath": S,
        "EntityPath.$": str,
        "OrganizationsPolicyId": S,
        "OrganizationsPolicyId.$": str,
    },
    total=False,
)
GenerateServiceLastAccessedDetailsParameters = TypedDict(
    "GenerateServiceLastAccessedDetailsParameters",
    {"Arn": S, "Arn.$": str, "Granularity": S, "Granularity.$": str},
    total=False,
)
GetAccessKeyLastUsedParameters = TypedDict(
    "GetAccessKeyLastUsedParameters", {"AccessKeyId": S, "AccessKeyId.$": str}, total=False
)
GetAccountAuthorizationDetailsParameters = TypedDict(
    "GetAccountAuthorizationDetailsParameters",
    {
        "Filter": L[Si],
        "Filter.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)

class GetAccountPasswordPolicyParameters(TypedDict, total=False): ...
class GetAccountPropertiesParameters(TypedDict, total=False): ...
class GetAccountSummaryParameters(TypedDict, total=False): ...

GetContextKeysForCustomPolicyParameters = TypedDict(
    "GetContextKeysForCustomPolicyParameters",
    {"PolicyInputList": L[Si], "PolicyInputList.$": str},
    total=False,
)
GetContextKeysForPrincipalPolicyParameters = TypedDict(
    "GetContextKeysForPrincipalPolicyParameters",
    {
        "PolicySourceArn": S,
        "PolicySourceArn.$": str,
        "PolicyInputList": L[Si],
        "PolicyInputList.$": str,
    },
    total=False,
)

class GetCredentialReportParameters(TypedDict, total=False): ...

GetDelegationRequestParameters = TypedDict(
    "GetDelegationRequestParameters",
    {
        "DelegationRequestId": S,
        "DelegationRequestId.$": str,
        "DelegationPermissionCheck": B,
        "DelegationPermissionCheck.$": str,
    },
    total=False,
)
GetGroupParameters = TypedDict(
    "GetGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
GetGroupPolicyParameters = TypedDict(
    "GetGroupPolicyParameters",
    {"GroupName": S, "GroupName.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)
GetHumanReadableSummaryParameters = TypedDict(
    "GetHumanReadableSummaryParameters",
    {"EntityArn": S, "EntityArn.$": str, "Locale": S, "Locale.$": str},
    total=False,
)
GetInstanceProfileParameters = TypedDict(
    "GetInstanceProfileParameters",
    {"InstanceProfileName": S, "InstanceProfileName.$": str},
    total=False,
)
GetLoginProfileParameters = TypedDict(
    "GetLoginProfileParameters", {"UserName": S, "UserName.$": str}, total=False
)
GetMFADeviceParameters = TypedDict(
    "GetMFADeviceParameters",
    {"SerialNumber": S, "SerialNumber.$": str, "UserName": S, "UserName.$": str},
    total=False,
)
GetOpenIDConnectProviderParameters = TypedDict(
    "GetOpenIDConnectProviderParameters",
    {"OpenIDConnectProviderArn": S, "OpenIDConnectProviderArn.$": str},
    total=False,
)
GetOrganizationsAccessReportParameters = TypedDict(
    "GetOrganizationsAccessReportParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "Marker": S,
        "Marker.$": str,
        "SortKey": S,
        "SortKey.$": str,
    },
    total=False,
)

class GetOutboundWebIdentityFederationInfoParameters(TypedDict, total=False): ...

GetPolicyParameters = TypedDict(
    "GetPolicyParameters", {"PolicyArn": S, "PolicyArn.$": str}, total=False
)
GetPolicyVersionParameters = TypedDict(
    "GetPolicyVersionParameters",
    {"PolicyArn": S, "PolicyArn.$": str, "VersionId": S, "VersionId.$": str},
    total=False,
)
GetRoleParameters = TypedDict("GetRoleParameters", {"RoleName": S, "RoleName.$": str}, total=False)
GetRolePolicyParameters = TypedDict(
    "GetRolePolicyParameters",
    {"RoleName": S, "RoleName.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)
GetRoleTemplateVersionParameters = TypedDict(
    "GetRoleTemplateVersionParameters",
    {"TemplateArn": S, "TemplateArn.$": str, "MinorVersion": I, "MinorVersion.$": str},
    total=False,
)
GetSAMLProviderParameters = TypedDict(
    "GetSAMLProviderParameters", {"SamlProviderArn": S, "SamlProviderArn.$": str}, total=False
)
GetSSHPublicKeyParameters = TypedDict(
    "GetSSHPublicKeyParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "SshPublicKeyId": S,
        "SshPublicKeyId.$": str,
        "Encoding": S,
        "Encoding.$": str,
    },
    total=False,
)
GetServerCertificateParameters = TypedDict(
    "GetServerCertificateParameters",
    {"ServerCertificateName": S, "ServerCertificateName.$": str},
    total=False,
)
GetServiceLastAccessedDetailsParameters = TypedDict(
    "GetServiceLastAccessedDetailsParameters",
    {"JobId": S, "JobId.$": str, "MaxItems": I, "MaxItems.$": str, "Marker": S, "Marker.$": str},
    total=False,
)
GetServiceLastAccessedDetailsWithEntitiesParameters = TypedDict(
    "GetServiceLastAccessedDetailsWithEntitiesParameters",
    {
        "JobId": S,
        "JobId.$": str,
        "ServiceNamespace": S,
        "ServiceNamespace.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
GetServiceLinkedRoleDeletionStatusParameters = TypedDict(
    "GetServiceLinkedRoleDeletionStatusParameters",
    {"DeletionTaskId": S, "DeletionTaskId.$": str},
    total=False,
)
GetUserParameters = TypedDict("GetUserParameters", {"UserName": S, "UserName.$": str}, total=False)
GetUserPolicyParameters = TypedDict(
    "GetUserPolicyParameters",
    {"UserName": S, "UserName.$": str, "PolicyName": S, "PolicyName.$": str},
    total=False,
)
GetWorkloadIdentityProviderParameters = TypedDict(
    "GetWorkloadIdentityProviderParameters",
    {"WorkloadIdentityProviderArn": S, "WorkloadIdentityProviderArn.$": str},
    total=False,
)
GetWorkloadIdentityProviderDeletionStatusParameters = TypedDict(
    "GetWorkloadIdentityProviderDeletionStatusParameters",
    {"DeletionTaskId": S, "DeletionTaskId.$": str},
    total=False,
)
GetWorkloadIdentityProviderResourcePolicyParameters = TypedDict(
    "GetWorkloadIdentityProviderResourcePolicyParameters",
    {"WorkloadIdentityProviderArn": S, "WorkloadIdentityProviderArn.$": str},
    total=False,
)
GetWorkloadIdentityTemplateParameters = TypedDict(
    "GetWorkloadIdentityTemplateParameters",
    {"WorkloadIdentityTemplateArn": S, "WorkloadIdentityTemplateArn.$": str},
    total=False,
)
GetWorkloadIdentityTemplateAttestationPolicyParameters = TypedDict(
    "GetWorkloadIdentityTemplateAttestationPolicyParameters",
    {"WorkloadIdentityTemplateArn": S, "WorkloadIdentityTemplateArn.$": str},
    total=False,
)
ListAccessKeysParameters = TypedDict(
    "ListAccessKeysParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListAccountAliasesParameters = TypedDict(
    "ListAccountAliasesParameters",
    {"Marker": S, "Marker.$": str, "MaxItems": I, "MaxItems.$": str},
    total=False,
)
ListAttachedGroupPoliciesParameters = TypedDict(
    "ListAttachedGroupPoliciesParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "PathPrefix": S,
        "PathPrefix.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListAttachedRolePoliciesParameters = TypedDict(
    "ListAttachedRolePoliciesParameters",
    {
        "RoleName": S,
        "RoleName.$": str,
        "PathPrefix": S,
        "PathPrefix.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListAttachedUserPoliciesParameters = TypedDict(
    "ListAttachedUserPoliciesParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "PathPrefix": S,
        "PathPrefix.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListDelegationRequestsParameters = TypedDict(
    "ListDelegationRequestsParameters",
    {
        "OwnerId": S,
        "OwnerId.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListEntitiesForPolicyParameters = TypedDict(
    "ListEntitiesForPolicyParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "EntityFilter": S,
        "EntityFilter.$": str,
        "PathPrefix": S,
        "PathPrefix.$": str,
        "PolicyUsageFilter": S,
        "PolicyUsageFilter.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListGroupPoliciesParameters = TypedDict(
    "ListGroupPoliciesParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListGroupsParameters = TypedDict(
    "ListGroupsParameters",
    {
        "PathPrefix": S,
        "PathPrefix.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListGroupsForUserParameters = TypedDict(
    "ListGroupsForUserParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListInstanceProfileTagsParameters = TypedDict(
    "ListInstanceProfileTagsParameters",
    {
        "InstanceProfileName": S,
        "InstanceProfileName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListInstanceProfilesParameters = TypedDict(
    "ListInstanceProfilesParameters",
    {
        "PathPrefix": S,
        "PathPrefix.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListInstanceProfilesForRoleParameters = TypedDict(
    "ListInstanceProfilesForRoleParameters",
    {
        "RoleName": S,
        "RoleName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListMFADeviceTagsParameters = TypedDict(
    "ListMFADeviceTagsParameters",
    {
        "SerialNumber": S,
        "SerialNumber.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListMFADevicesParameters = TypedDict(
    "ListMFADevicesParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListOpenIDConnectProviderTagsParameters = TypedDict(
    "ListOpenIDConnectProviderTagsParameters",
    {
        "OpenIDConnectProviderArn": S,
        "OpenIDConnectProviderArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)

class ListOpenIDConnectProvidersParameters(TypedDict, total=False): ...
class ListOrganizationsFeaturesParameters(TypedDict, total=False): ...

ListPoliciesParameters = TypedDict(
    "ListPoliciesParameters",
    {
        "Scope": S,
        "Scope.$": str,
        "OnlyAttached": B,
        "OnlyAttached.$": str,
        "PathPrefix": S,
        "PathPrefix.$": str,
        "PolicyUsageFilter": S,
        "PolicyUsageFilter.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListPoliciesGrantingServiceAccessParameters = TypedDict(
    "ListPoliciesGrantingServiceAccessParameters",
    {
        "Marker": S,
        "Marker.$": str,
        "Arn": S,
        "Arn.$": str,
        "ServiceNamespaces": L[Si],
        "ServiceNamespaces.$": str,
    },
    total=False,
)
ListPolicyTagsParameters = TypedDict(
    "ListPolicyTagsParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListPolicyVersionsParameters = TypedDict(
    "ListPolicyVersionsParameters",
    {
        "PolicyArn": S,
        "PolicyArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListRolePoliciesParameters = TypedDict(
    "ListRolePoliciesParameters",
    {
        "RoleName": S,
        "RoleName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListRoleTagsParameters = TypedDict(
    "ListRoleTagsParameters",
    {
        "RoleName": S,
        "RoleName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListRolesParameters = TypedDict(
    "ListRolesParameters",
    {
        "PathPrefix": S,
        "PathPrefix.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListSAMLProviderTagsParameters = TypedDict(
    "ListSAMLProviderTagsParameters",
    {
        "SamlProviderArn": S,
        "SamlProviderArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)

class ListSAMLProvidersParameters(TypedDict, total=False): ...

ListSSHPublicKeysParameters = TypedDict(
    "ListSSHPublicKeysParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListServerCertificateTagsParameters = TypedDict(
    "ListServerCertificateTagsParameters",
    {
        "ServerCertificateName": S,
        "ServerCertificateName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListServerCertificatesParameters = TypedDict(
    "ListServerCertificatesParameters",
    {
        "PathPrefix": S,
        "PathPrefix.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListServiceSpecificCredentialsParameters = TypedDict(
    "ListServiceSpecificCredentialsParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "ServiceName": S,
        "ServiceName.$": str,
        "AllUsers": B,
        "AllUsers.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListSigningCertificatesParameters = TypedDict(
    "ListSigningCertificatesParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListUserPoliciesParameters = TypedDict(
    "ListUserPoliciesParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListUserTagsParameters = TypedDict(
    "ListUserTagsParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListUsersParameters = TypedDict(
    "ListUsersParameters",
    {
        "PathPrefix": S,
        "PathPrefix.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListVirtualMFADevicesParameters = TypedDict(
    "ListVirtualMFADevicesParameters",
    {
        "AssignmentStatus": S,
        "AssignmentStatus.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListWorkloadIdentityProviderOutboundSignersParameters = TypedDict(
    "ListWorkloadIdentityProviderOutboundSignersParameters",
    {
        "WorkloadIdentityProviderArn": S,
        "WorkloadIdentityProviderArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListWorkloadIdentityProviderTagsParameters = TypedDict(
    "ListWorkloadIdentityProviderTagsParameters",
    {
        "WorkloadIdentityProviderArn": S,
        "WorkloadIdentityProviderArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListWorkloadIdentityProvidersParameters = TypedDict(
    "ListWorkloadIdentityProvidersParameters",
    {
        "ResourceScope": S,
        "ResourceScope.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListWorkloadIdentityTemplateTagsParameters = TypedDict(
    "ListWorkloadIdentityTemplateTagsParameters",
    {
        "WorkloadIdentityTemplateArn": S,
        "WorkloadIdentityTemplateArn.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
    },
    total=False,
)
ListWorkloadIdentityTemplatesParameters = TypedDict(
    "ListWorkloadIdentityTemplatesParameters",
    {
        "WorkloadIdentityProviderArn": S,
        "WorkloadIdentityProviderArn.$": str,
        "ResourceScope": S,
        "ResourceScope.$": str,
        "Marker": S,
        "Marker.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "Filter": S,
        "Filter.$": str,
    },
    total=False,
)
PutAccountPropertiesParameters = TypedDict(
    "PutAccountPropertiesParameters", {"Properties": M[S], "Properties.$": str}, total=False
)
PutGroupPolicyParameters = TypedDict(
    "PutGroupPolicyParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
    },
    total=False,
)
PutRolePermissionsBoundaryParameters = TypedDict(
    "PutRolePermissionsBoundaryParameters",
    {"RoleName": S, "RoleName.$": str, "PermissionsBoundary": S, "PermissionsBoundary.$": str},
    total=False,
)
PutRolePolicyParameters = TypedDict(
    "PutRolePolicyParameters",
    {
        "RoleName": S,
        "RoleName.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
    },
    total=False,
)
PutUserPermissionsBoundaryParameters = TypedDict(
    "PutUserPermissionsBoundaryParameters",
    {"UserName": S, "UserName.$": str, "PermissionsBoundary": S, "PermissionsBoundary.$": str},
    total=False,
)
PutUserPolicyParameters = TypedDict(
    "PutUserPolicyParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "PolicyName": S,
        "PolicyName.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
    },
    total=False,
)
PutWorkloadIdentityProviderResourcePolicyParameters = TypedDict(
    "PutWorkloadIdentityProviderResourcePolicyParameters",
    {
        "WorkloadIdentityProviderArn": S,
        "WorkloadIdentityProviderArn.$": str,
        "PolicyDocument": S,
        "PolicyDocument.$": str,
    },
    total=False,
)
PutWorkloadIdentityTemplateAttestationPolicyParameters = TypedDict(
    "PutWorkloadIdentityTemplateAttestationPolicyParameters",
    {
        "WorkloadIdentityTemplateArn": S,
        "WorkloadIdentityTemplateArn.$": str,
        "AttestationPolicy": S,
        "AttestationPolicy.$": str,
    },
    total=False,
)
RejectDelegationRequestParameters = TypedDict(
    "RejectDelegationRequestParameters",
    {"DelegationRequestId": S, "DelegationRequestId.$": str, "Notes": S, "Notes.$": str},
    total=False,
)
RemoveClientIDFromOpenIDConnectProviderParameters = TypedDict(
    "RemoveClientIDFromOpenIDConnectProviderParameters",
    {
        "OpenIDConnectProviderArn": S,
        "OpenIDConnectProviderArn.$": str,
        "ClientID": S,
        "ClientID.$": str,
    },
    total=False,
)
RemoveRoleFromInstanceProfileParameters = TypedDict(
    "RemoveRoleFromInstanceProfileParameters",
    {"InstanceProfileName": S, "InstanceProfileName.$": str, "RoleName": S, "RoleName.$": str},
    total=False,
)
RemoveUserFromGroupParameters = TypedDict(
    "RemoveUserFromGroupParameters",
    {"GroupName": S, "GroupName.$": str, "UserName": S, "UserName.$": str},
    total=False,
)
ResetServiceSpecificCredentialParameters = TypedDict(
    "ResetServiceSpecificCredentialParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "ServiceSpecificCredentialId": S,
        "ServiceSpecificCredentialId.$": str,
    },
    total=False,
)
ResyncMFADeviceParameters = TypedDict(
    "ResyncMFADeviceParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "SerialNumber": S,
        "SerialNumber.$": str,
        "AuthenticationCode1": S,
        "AuthenticationCode1.$": str,
        "AuthenticationCode2": S,
        "AuthenticationCode2.$": str,
    },
    total=False,
)
SendDelegationTokenParameters = TypedDict(
    "SendDelegationTokenParameters",
    {"DelegationRequestId": S, "DelegationRequestId.$": str},
    total=False,
)
SetDefaultPolicyVersionParameters = TypedDict(
    "SetDefaultPolicyVersionParameters",
    {"PolicyArn": S, "PolicyArn.$": str, "VersionId": S, "VersionId.$": str},
    total=False,
)
SetSecurityTokenServicePreferencesParameters = TypedDict(
    "SetSecurityTokenServicePreferencesParameters",
    {"GlobalEndpointTokenVersion": S, "GlobalEndpointTokenVersion.$": str},
    total=False,
)

class OrderedOrganizationPolicyType(TypedDict, total=False):
    ServiceControlPolicyInputList: L[Si]

class ContextEntry(TypedDict, total=False):
    ContextKeyName: S
    ContextKeyValues: L[Si]
    ContextKeyType: S

SimulateCustomPolicyParameters = TypedDict(
    "SimulateCustomPolicyParameters",
    {
        "PolicyInputList": L[Si],
        "PolicyInputList.$": str,
        "PermissionsBoundaryPolicyInputList": L[Si],
        "PermissionsBoundaryPolicyInputList.$": str,
        "OrderedOrganizationPolicyInputList": L[Xi[OrderedOrganizationPolicyType]],
        "OrderedOrganizationPolicyInputList.$": str,
        "ActionNames": L[Si],
        "ActionNames.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "ResourcePolicy": S,
        "ResourcePolicy.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "CallerArn": S,
        "CallerArn.$": str,
        "ContextEntries": L[Xi[ContextEntry]],
        "ContextEntries.$": str,
        "ResourceHandlingOption": S,
        "ResourceHandlingOption.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)

class InlinePolicyIdentifierType(TypedDict, total=False):
    PolicyName: S
    AttachmentType: S
    AttachmentName: S

class PolicyIdentifier(TypedDict, total=False):
    PolicyType: S
    PolicyArn: S
    InlinePolicyIdentifier: X[InlinePolicyIdentifierType]

SimulatePrincipalPolicyParameters = TypedDict(
    "SimulatePrincipalPolicyParameters",
    {
        "PolicySourceArn": S,
        "PolicySourceArn.$": str,
        "PolicyInputList": L[Si],
        "PolicyInputList.$": str,
        "PermissionsBoundaryPolicyInputList": L[Si],
        "PermissionsBoundaryPolicyInputList.$": str,
        "PolicyExclusionList": L[Xi[PolicyIdentifier]],
        "PolicyExclusionList.$": str,
        "ActionNames": L[Si],
        "ActionNames.$": str,
        "ResourceArns": L[Si],
        "ResourceArns.$": str,
        "ResourcePolicy": S,
        "ResourcePolicy.$": str,
        "ResourceOwner": S,
        "ResourceOwner.$": str,
        "CallerArn": S,
        "CallerArn.$": str,
        "ContextEntries": L[Xi[ContextEntry]],
        "ContextEntries.$": str,
        "ResourceHandlingOption": S,
        "ResourceHandlingOption.$": str,
        "MaxItems": I,
        "MaxItems.$": str,
        "Marker": S,
        "Marker.$": str,
    },
    total=False,
)
TagInstanceProfileParameters = TypedDict(
    "TagInstanceProfileParameters",
    {"InstanceProfileName": S, "InstanceProfileName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TagMFADeviceParameters = TypedDict(
    "TagMFADeviceParameters",
    {"SerialNumber": S, "SerialNumber.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TagOpenIDConnectProviderParameters = TypedDict(
    "TagOpenIDConnectProviderParameters",
    {
        "OpenIDConnectProviderArn": S,
        "OpenIDConnectProviderArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
TagPolicyParameters = TypedDict(
    "TagPolicyParameters",
    {"PolicyArn": S, "PolicyArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TagRoleParameters = TypedDict(
    "TagRoleParameters",
    {"RoleName": S, "RoleName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TagSAMLProviderParameters = TypedDict(
    "TagSAMLProviderParameters",
    {"SamlProviderArn": S, "SamlProviderArn.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TagServerCertificateParameters = TypedDict(
    "TagServerCertificateParameters",
    {"ServerCertificateName": S, "ServerCertificateName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TagUserParameters = TypedDict(
    "TagUserParameters",
    {"UserName": S, "UserName.$": str, "Tags": L[Xi[Tag]], "Tags.$": str},
    total=False,
)
TagWorkloadIdentityProviderParameters = TypedDict(
    "TagWorkloadIdentityProviderParameters",
    {
        "WorkloadIdentityProviderArn": S,
        "WorkloadIdentityProviderArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
TagWorkloadIdentityTemplateParameters = TypedDict(
    "TagWorkloadIdentityTemplateParameters",
    {
        "WorkloadIdentityTemplateArn": S,
        "WorkloadIdentityTemplateArn.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UntagInstanceProfileParameters = TypedDict(
    "UntagInstanceProfileParameters",
    {"InstanceProfileName": S, "InstanceProfileName.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UntagMFADeviceParameters = TypedDict(
    "UntagMFADeviceParameters",
    {"SerialNumber": S, "SerialNumber.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UntagOpenIDConnectProviderParameters = TypedDict(
    "UntagOpenIDConnectProviderParameters",
    {
        "OpenIDConnectProviderArn": S,
        "OpenIDConnectProviderArn.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
    },
    total=False,
)
UntagPolicyParameters = TypedDict(
    "UntagPolicyParameters",
    {"PolicyArn": S, "PolicyArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UntagRoleParameters = TypedDict(
    "UntagRoleParameters",
    {"RoleName": S, "RoleName.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UntagSAMLProviderParameters = TypedDict(
    "UntagSAMLProviderParameters",
    {"SamlProviderArn": S, "SamlProviderArn.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UntagServerCertificateParameters = TypedDict(
    "UntagServerCertificateParameters",
    {
        "ServerCertificateName": S,
        "ServerCertificateName.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
    },
    total=False,
)
UntagUserParameters = TypedDict(
    "UntagUserParameters",
    {"UserName": S, "UserName.$": str, "TagKeys": L[Si], "TagKeys.$": str},
    total=False,
)
UntagWorkloadIdentityProviderParameters = TypedDict(
    "UntagWorkloadIdentityProviderParameters",
    {
        "WorkloadIdentityProviderArn": S,
        "WorkloadIdentityProviderArn.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
    },
    total=False,
)
UntagWorkloadIdentityTemplateParameters = TypedDict(
    "UntagWorkloadIdentityTemplateParameters",
    {
        "WorkloadIdentityTemplateArn": S,
        "WorkloadIdentityTemplateArn.$": str,
        "TagKeys": L[Si],
        "TagKeys.$": str,
    },
    total=False,
)
UpdateAccessKeyParameters = TypedDict(
    "UpdateAccessKeyParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "AccessKeyId": S,
        "AccessKeyId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateAccountPasswordPolicyParameters = TypedDict(
    "UpdateAccountPasswordPolicyParameters",
    {
        "MinimumPasswordLength": I,
        "MinimumPasswordLength.$": str,
        "RequireSymbols": B,
        "RequireSymbols.$": str,
        "RequireNumbers": B,
        "RequireNumbers.$": str,
        "RequireUppercaseCharacters": B,
        "RequireUppercaseCharacters.$": str,
        "RequireLowercaseCharacters": B,
        "RequireLowercaseCharacters.$": str,
        "AllowUsersToChangePassword": B,
        "AllowUsersToChangePassword.$": str,
        "MaxPasswordAge": I,
        "MaxPasswordAge.$": str,
        "PasswordReusePrevention": I,
        "PasswordReusePrevention.$": str,
        "HardExpiry": B,
        "HardExpiry.$": str,
    },
    total=False,
)
UpdateAssumeRolePolicyParameters = TypedDict(
    "UpdateAssumeRolePolicyParameters",
    {"RoleName": S, "RoleName.$": str, "PolicyDocument": S, "PolicyDocument.$": str},
    total=False,
)
UpdateDelegationRequestParameters = TypedDict(
    "UpdateDelegationRequestParameters",
    {"DelegationRequestId": S, "DelegationRequestId.$": str, "Notes": S, "Notes.$": str},
    total=False,
)
UpdateGroupParameters = TypedDict(
    "UpdateGroupParameters",
    {
        "GroupName": S,
        "GroupName.$": str,
        "NewPath": S,
        "NewPath.$": str,
        "NewGroupName": S,
        "NewGroupName.$": str,
    },
    total=False,
)
UpdateLoginProfileParameters = TypedDict(
    "UpdateLoginProfileParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "Password": S,
        "Password.$": str,
        "PasswordResetRequired": B,
        "PasswordResetRequired.$": str,
        "MaxSigninSessionDuration": I,
        "MaxSigninSessionDuration.$": str,
        "ResetMaxSigninSessionDuration": B,
        "ResetMaxSigninSessionDuration.$": str,
    },
    total=False,
)
UpdateOpenIDConnectProviderParameters = TypedDict(
    "UpdateOpenIDConnectProviderParameters",
    {
        "OpenIDConnectProviderArn": S,
        "OpenIDConnectProviderArn.$": str,
        "ContextProvider": X[ContextProvider],
        "ContextProvider.$": str,
        "IdentityCenterInstanceArn": S,
        "IdentityCenterInstanceArn.$": str,
        "RemoveContextProvider": B,
        "RemoveContextProvider.$": str,
        "RemoveIdentityCenterInstance": B,
        "RemoveIdentityCenterInstance.$": str,
    },
    total=False,
)
UpdateOpenIDConnectProviderThumbprintParameters = TypedDict(
    "UpdateOpenIDConnectProviderThumbprintParameters",
    {
        "OpenIDConnectProviderArn": S,
        "OpenIDConnectProviderArn.$": str,
        "ThumbprintList": L[Si],
        "ThumbprintList.$": str,
    },
    total=False,
)
UpdateRoleParameters = TypedDict(
    "UpdateRoleParameters",
    {
        "RoleName": S,
        "RoleName.$": str,
        "Description": S,
        "Description.$": str,
        "MaxSessionDuration": I,
        "MaxSessionDuration.$": str,
        "MaxSigninSessionDuration": I,
        "MaxSigninSessionDuration.$": str,
        "ResetMaxSigninSessionDuration": B,
        "ResetMaxSigninSessionDuration.$": str,
    },
    total=False,
)
UpdateRoleDescriptionParameters = TypedDict(
    "UpdateRoleDescriptionParameters",
    {"RoleName": S, "RoleName.$": str, "Description": S, "Description.$": str},
    total=False,
)
UpdateSAMLProviderParameters = TypedDict(
    "UpdateSAMLProviderParameters",
    {
        "SamlMetadataDocument": S,
        "SamlMetadataDocument.$": str,
        "SamlProviderArn": S,
        "SamlProviderArn.$": str,
        "AssertionEncryptionMode": S,
        "AssertionEncryptionMode.$": str,
        "AddPrivateKey": S,
        "AddPrivateKey.$": str,
        "RemovePrivateKey": S,
        "RemovePrivateKey.$": str,
        "ContextProvider": X[ContextProvider],
        "ContextProvider.$": str,
        "IdentityCenterInstanceArn": S,
        "IdentityCenterInstanceArn.$": str,
        "RemoveContextProvider": B,
        "RemoveContextProvider.$": str,
        "RemoveIdentityCenterInstance": B,
        "RemoveIdentityCenterInstance.$": str,
    },
    total=False,
)
UpdateSSHPublicKeyParameters = TypedDict(
    "UpdateSSHPublicKeyParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "SshPublicKeyId": S,
        "SshPublicKeyId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateServerCertificateParameters = TypedDict(
    "UpdateServerCertificateParameters",
    {
        "ServerCertificateName": S,
        "ServerCertificateName.$": str,
        "NewPath": S,
        "NewPath.$": str,
        "NewServerCertificateName": S,
        "NewServerCertificateName.$": str,
    },
    total=False,
)
UpdateServiceSpecificCredentialParameters = TypedDict(
    "UpdateServiceSpecificCredentialParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "ServiceSpecificCredentialId": S,
        "ServiceSpecificCredentialId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateSigningCertificateParameters = TypedDict(
    "UpdateSigningCertificateParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "CertificateId": S,
        "CertificateId.$": str,
        "Status": S,
        "Status.$": str,
    },
    total=False,
)
UpdateUserParameters = TypedDict(
    "UpdateUserParameters",
    {
        "UserName": S,
        "UserName.$": str,
        "NewPath": S,
        "NewPath.$": str,
        "NewUserName": S,
        "NewUserName.$": str,
    },
    total=False,
)
UpdateWorkloadIdentityProviderOutboundSignerParameters = TypedDict(
    "UpdateWorkloadIdentityProviderOutboundSignerParameters",
    {
        "WorkloadIdentityProviderArn": S,
        "WorkloadIdentityProviderArn.$": str,
        "OutboundSigner": X[WorkloadIdentityOutboundSignerConfiguration],
        "OutboundSigner.$": str,
        "SigningDelayInHours": I,
        "SigningDelayInHours.$": str,
    },
    total=False,
)
UploadSSHPublicKeyParameters = TypedDict(
    "UploadSSHPublicKeyParameters",
    {"UserName": S, "UserName.$": str, "SshPublicKeyBody": S, "SshPublicKeyBody.$": str},
    total=False,
)
UploadServerCertificateParameters = TypedDict(
    "UploadServerCertificateParameters",
    {
        "Path": S,
        "Path.$": str,
        "ServerCertificateName": S,
        "ServerCertificateName.$": str,
        "CertificateBody": S,
        "CertificateBody.$": str,
        "PrivateKey": S,
        "PrivateKey.$": str,
        "CertificateChain": S,
        "CertificateChain.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
    },
    total=False,
)
UploadSigningCertificateParameters = TypedDict(
    "UploadSigningCertificateParameters",
    {"UserName": S, "UserName.$": str, "CertificateBody": S, "CertificateBody.$": str},
    total=False,
)
accept_delegation_request: Builder[AcceptDelegationRequestParameters]
acquire_role: Builder[AcquireRoleParameters]
add_client_id_to_open_id_connect_provider: Builder[AddClientIDToOpenIDConnectProviderParameters]
add_role_to_instance_profile: Builder[AddRoleToInstanceProfileParameters]
add_user_to_group: Builder[AddUserToGroupParameters]
associate_delegation_request: Builder[AssociateDelegationRequestParameters]
attach_group_policy: Builder[AttachGroupPolicyParameters]
attach_role_policy: Builder[AttachRolePolicyParameters]
attach_user_policy: Builder[AttachUserPolicyParameters]
change_password: Builder[ChangePasswordParameters]
create_access_key: Builder[CreateAccessKeyParameters]
create_account_alias: Builder[CreateAccountAliasParameters]
create_delegation_request: Builder[CreateDelegationRequestParameters]
create_group: Builder[CreateGroupParameters]
create_instance_profile: Builder[CreateInstanceProfileParameters]
create_login_profile: Builder[CreateLoginProfileParameters]
create_open_id_connect_provider: Builder[CreateOpenIDConnectProviderParameters]
create_policy: Builder[CreatePolicyParameters]
create_policy_version: Builder[CreatePolicyVersionParameters]
create_role: Builder[CreateRoleParameters]
create_saml_provider: Builder[CreateSAMLProviderParameters]
create_service_linked_role: Builder[CreateServiceLinkedRoleParameters]
create_service_specific_credential: Builder[CreateServiceSpecificCredentialParameters]
create_user: Builder[CreateUserParameters]
create_virtual_mfa_device: Builder[CreateVirtualMFADeviceParameters]
create_workload_identity_provider: Builder[CreateWorkloadIdentityProviderParameters]
create_workload_identity_provider_outbound_signer: Builder[
    CreateWorkloadIdentityProviderOutboundSignerParameters
]
create_workload_identity_template: Builder[CreateWorkloadIdentityTemplateParameters]
deactivate_mfa_device: Builder[DeactivateMFADeviceParameters]
delete_access_key: Builder[DeleteAccessKeyParameters]
delete_account_alias: Builder[DeleteAccountAliasParameters]
delete_account_password_policy: Builder[DeleteAccountPasswordPolicyParameters]
delete_group: Builder[DeleteGroupParameters]
delete_group_policy: Builder[DeleteGroupPolicyParameters]
delete_instance_profile: Builder[DeleteInstanceProfileParameters]
delete_login_profile: Builder[DeleteLoginProfileParameters]
delete_open_id_connect_provider: Builder[DeleteOpenIDConnectProviderParameters]
delete_policy: Builder[DeletePolicyParameters]
delete_policy_version: Builder[DeletePolicyVersionParameters]
delete_role: Builder[DeleteRoleParameters]
delete_role_permissions_boundary: Builder[DeleteRolePermissionsBoundaryParameters]
delete_role_policy: Builder[DeleteRolePolicyParameters]
delete_saml_provider: Builder[DeleteSAMLProviderParameters]
delete_ssh_public_key: Builder[DeleteSSHPublicKeyParameters]
delete_server_certificate: Builder[DeleteServerCertificateParameters]
delete_service_linked_role: Builder[DeleteServiceLinkedRoleParameters]
delete_service_specific_credential: Builder[DeleteServiceSpecificCredentialParameters]
delete_signing_certificate: Builder[DeleteSigningCertificateParameters]
delete_user: Builder[DeleteUserParameters]
delete_user_permissions_boundary: Builder[DeleteUserPermissionsBoundaryParameters]
delete_user_policy: Builder[DeleteUserPolicyParameters]
delete_virtual_mfa_device: Builder[DeleteVirtualMFADeviceParameters]
delete_workload_identity_provider: Builder[DeleteWorkloadIdentityProviderParameters]
delete_workload_identity_provider_outbound_signer: Builder[
    DeleteWorkloadIdentityProviderOutboundSignerParameters
]
delete_workload_identity_provider_resource_policy: Builder[
    DeleteWorkloadIdentityProviderResourcePolicyParameters
]
delete_workload_identity_template: Builder[DeleteWorkloadIdentityTemplateParameters]
delete_workload_identity_template_attestation_policy: Builder[
    DeleteWorkloadIdentityTemplateAttestationPolicyParameters
]
detach_group_policy: Builder[DetachGroupPolicyParameters]
detach_role_policy: Builder[DetachRolePolicyParameters]
detach_user_policy: Builder[DetachUserPolicyParameters]
disable_organization_level_resources: Builder[DisableOrganizationLevelResourcesParameters]
disable_organizations_root_credentials_management: Builder[
    DisableOrganizationsRootCredentialsManagementParameters
]
disable_organizations_root_sessions: Builder[DisableOrganizationsRootSessionsParameters]
disable_outbound_web_identity_federation: Builder[DisableOutboundWebIdentityFederationParameters]
disable_workload_identity_provider_outbound_signer: Builder[
    DisableWorkloadIdentityProviderOutboundSignerParameters
]
enable_mfa_device: Builder[EnableMFADeviceParameters]
enable_organization_level_resources: Builder[EnableOrganizationLevelResourcesParameters]
enable_organizations_root_credentials_management: Builder[
    EnableOrganizationsRootCredentialsManagementParameters
]
enable_organizations_root_sessions: Builder[EnableOrganizationsRootSessionsParameters]
enable_outbound_web_identity_federation: Builder[EnableOutboundWebIdentityFederationParameters]
enable_workload_identity_provider_outbound_signer: Builder[
    EnableWorkloadIdentityProviderOutboundSignerParameters
]
generate_credential_report: Builder[GenerateCredentialReportParameters]
generate_organizations_access_report: Builder[GenerateOrganizationsAccessReportParameters]
generate_service_last_accessed_details: Builder[GenerateServiceLastAccessedDetailsParameters]
get_access_key_last_used: Builder[GetAccessKeyLastUsedParameters]
get_account_authorization_details: Builder[GetAccountAuthorizationDetailsParameters]
get_account_password_policy: Builder[GetAccountPasswordPolicyParameters]
get_account_properties: Builder[GetAccountPropertiesParameters]
get_account_summary: Builder[GetAccountSummaryParameters]
get_context_keys_for_custom_policy: Builder[GetContextKeysForCustomPolicyParameters]
get_context_keys_for_principal_policy: Builder[GetContextKeysForPrincipalPolicyParameters]
get_credential_report: Builder[GetCredentialReportParameters]
get_delegation_request: Builder[GetDelegationRequestParameters]
get_group: Builder[GetGroupParameters]
get_group_policy: Builder[GetGroupPolicyParameters]
get_human_readable_summary: Builder[GetHumanReadableSummaryParameters]
get_instance_profile: Builder[GetInstanceProfileParameters]
get_login_profile: Builder[GetLoginProfileParameters]
get_mfa_device: Builder[GetMFADeviceParameters]
get_open_id_connect_provider: Builder[GetOpenIDConnectProviderParameters]
get_organizations_access_report: Builder[GetOrganizationsAccessReportParameters]
get_outbound_web_identity_federation_info: Builder[GetOutboundWebIdentityFederationInfoParameters]
get_policy: Builder[GetPolicyParameters]
get_policy_version: Builder[GetPolicyVersionParameters]
get_role: Builder[GetRoleParameters]
get_role_policy: Builder[GetRolePolicyParameters]
get_role_template_version: Builder[GetRoleTemplateVersionParameters]
get_saml_provider: Builder[GetSAMLProviderParameters]
get_ssh_public_key: Builder[GetSSHPublicKeyParameters]
get_server_certificate: Builder[GetServerCertificateParameters]
get_service_last_accessed_details: Builder[GetServiceLastAccessedDetailsParameters]
get_service_last_accessed_details_with_entities: Builder[
    GetServiceLastAccessedDetailsWithEntitiesParameters
]
get_service_linked_role_deletion_status: Builder[GetServiceLinkedRoleDeletionStatusParameters]
get_user: Builder[GetUserParameters]
get_user_policy: Builder[GetUserPolicyParameters]
get_workload_identity_provider: Builder[GetWorkloadIdentityProviderParameters]
get_workload_identity_provider_deletion_status: Builder[
    GetWorkloadIdentityProviderDeletionStatusParameters
]
get_workload_identity_provider_resource_policy: Builder[
    GetWorkloadIdentityProviderResourcePolicyParameters
]
get_workload_identity_template: Builder[GetWorkloadIdentityTemplateParameters]
get_workload_identity_template_attestation_policy: Builder[
    GetWorkloadIdentityTemplateAttestationPolicyParameters
]
list_access_keys: Builder[ListAccessKeysParameters]
list_account_aliases: Builder[ListAccountAliasesParameters]
list_attached_group_policies: Builder[ListAttachedGroupPoliciesParameters]
list_attached_role_policies: Builder[ListAttachedRolePoliciesParameters]
list_attached_user_policies: Builder[ListAttachedUserPoliciesParameters]
list_delegation_requests: Builder[ListDelegationRequestsParameters]
list_entities_for_policy: Builder[ListEntitiesForPolicyParameters]
list_group_policies: Builder[ListGroupPoliciesParameters]
list_groups: Builder[ListGroupsParameters]
list_groups_for_user: Builder[ListGroupsForUserParameters]
list_instance_profile_tags: Builder[ListInstanceProfileTagsParameters]
list_instance_profiles: Builder[ListInstanceProfilesParameters]
list_instance_profiles_for_role: Builder[ListInstanceProfilesForRoleParameters]
list_mfa_device_tags: Builder[ListMFADeviceTagsParameters]
list_mfa_devices: Builder[ListMFADevicesParameters]
list_open_id_connect_provider_tags: Builder[ListOpenIDConnectProviderTagsParameters]
list_open_id_connect_providers: Builder[ListOpenIDConnectProvidersParameters]
list_organizations_features: Builder[ListOrganizationsFeaturesParameters]
list_policies: Builder[ListPoliciesParameters]
list_policies_granting_service_access: Builder[ListPoliciesGrantingServiceAccessParameters]
list_policy_tags: Builder[ListPolicyTagsParameters]
list_policy_versions: Builder[ListPolicyVersionsParameters]
list_role_policies: Builder[ListRolePoliciesParameters]
list_role_tags: Builder[ListRoleTagsParameters]
list_roles: Builder[ListRolesParameters]
list_saml_provider_tags: Builder[ListSAMLProviderTagsParameters]
list_saml_providers: Builder[ListSAMLProvidersParameters]
list_ssh_public_keys: Builder[ListSSHPublicKeysParameters]
list_server_certificate_tags: Builder[ListServerCertificateTagsParameters]
list_server_certificates: Builder[ListServerCertificatesParameters]
list_service_specific_credentials: Builder[ListServiceSpecificCredentialsParameters]
list_signing_certificates: Builder[ListSigningCertificatesParameters]
list_user_policies: Builder[ListUserPoliciesParameters]
list_user_tags: Builder[ListUserTagsParameters]
list_users: Builder[ListUsersParameters]
list_virtual_mfa_devices: Builder[ListVirtualMFADevicesParameters]
list_workload_identity_provider_outbound_signers: Builder[
    ListWorkloadIdentityProviderOutboundSignersParameters
]
list_workload_identity_provider_tags: Builder[ListWorkloadIdentityProviderTagsParameters]
list_workload_identity_providers: Builder[ListWorkloadIdentityProvidersParameters]
list_workload_identity_template_tags: Builder[ListWorkloadIdentityTemplateTagsParameters]
list_workload_identity_templates: Builder[ListWorkloadIdentityTemplatesParameters]
put_account_properties: Builder[PutAccountPropertiesParameters]
put_group_policy: Builder[PutGroupPolicyParameters]
put_role_permissions_boundary: Builder[PutRolePermissionsBoundaryParameters]
put_role_policy: Builder[PutRolePolicyParameters]
put_user_permissions_boundary: Builder[PutUserPermissionsBoundaryParameters]
put_user_policy: Builder[PutUserPolicyParameters]
put_workload_identity_provider_resource_policy: Builder[
    PutWorkloadIdentityProviderResourcePolicyParameters
]
put_workload_identity_template_attestation_policy: Builder[
    PutWorkloadIdentityTemplateAttestationPolicyParameters
]
reject_delegation_request: Builder[RejectDelegationRequestParameters]
remove_client_id_from_open_id_connect_provider: Builder[
    RemoveClientIDFromOpenIDConnectProviderParameters
]
remove_role_from_instance_profile: Builder[RemoveRoleFromInstanceProfileParameters]
remove_user_from_group: Builder[RemoveUserFromGroupParameters]
reset_service_specific_credential: Builder[ResetServiceSpecificCredentialParameters]
resync_mfa_device: Builder[ResyncMFADeviceParameters]
send_delegation_token: Builder[SendDelegationTokenParameters]
set_default_policy_version: Builder[SetDefaultPolicyVersionParameters]
set_security_token_service_preferences: Builder[SetSecurityTokenServicePreferencesParameters]
simulate_custom_policy: Builder[SimulateCustomPolicyParameters]
simulate_principal_policy: Builder[SimulatePrincipalPolicyParameters]
tag_instance_profile: Builder[TagInstanceProfileParameters]
tag_mfa_device: Builder[TagMFADeviceParameters]
tag_open_id_connect_provider: Builder[TagOpenIDConnectProviderParameters]
tag_policy: Builder[TagPolicyParameters]
tag_role: Builder[TagRoleParameters]
tag_saml_provider: Builder[TagSAMLProviderParameters]
tag_server_certificate: Builder[TagServerCertificateParameters]
tag_user: Builder[TagUserParameters]
tag_workload_identity_provider: Builder[TagWorkloadIdentityProviderParameters]
tag_workload_identity_template: Builder[TagWorkloadIdentityTemplateParameters]
untag_instance_profile: Builder[UntagInstanceProfileParameters]
untag_mfa_device: Builder[UntagMFADeviceParameters]
untag_open_id_connect_provider: Builder[UntagOpenIDConnectProviderParameters]
untag_policy: Builder[UntagPolicyParameters]
untag_role: Builder[UntagRoleParameters]
untag_saml_provider: Builder[UntagSAMLProviderParameters]
untag_server_certificate: Builder[UntagServerCertificateParameters]
untag_user: Builder[UntagUserParameters]
untag_workload_identity_provider: Builder[UntagWorkloadIdentityProviderParameters]
untag_workload_identity_template: Builder[UntagWorkloadIdentityTemplateParameters]
update_access_key: Builder[UpdateAccessKeyParameters]
update_account_password_policy: Builder[UpdateAccountPasswordPolicyParameters]
update_assume_role_policy: Builder[UpdateAssumeRolePolicyParameters]
update_delegation_request: Builder[UpdateDelegationRequestParameters]
update_group: Builder[UpdateGroupParameters]
update_login_profile: Builder[UpdateLoginProfileParameters]
update_open_id_connect_provider: Builder[UpdateOpenIDConnectProviderParameters]
update_open_id_connect_provider_thumbprint: Builder[UpdateOpenIDConnectProviderThumbprintParameters]
update_role: Builder[UpdateRoleParameters]
update_role_description: Builder[UpdateRoleDescriptionParameters]
update_saml_provider: Builder[UpdateSAMLProviderParameters]
update_ssh_public_key: Builder[UpdateSSHPublicKeyParameters]
update_server_certificate: Builder[UpdateServerCertificateParameters]
update_service_specific_credential: Builder[UpdateServiceSpecificCredentialParameters]
update_signing_certificate: Builder[UpdateSigningCertificateParameters]
update_user: Builder[UpdateUserParameters]
update_workload_identity_provider_outbound_signer: Builder[
    UpdateWorkloadIdentityProviderOutboundSignerParameters
]
upload_ssh_public_key: Builder[UploadSSHPublicKeyParameters]
upload_server_certificate: Builder[UploadServerCertificateParameters]
upload_signing_certificate: Builder[UploadSigningCertificateParameters]

__all__ = [
    "accept_delegation_request",
    "acquire_role",
    "add_client_id_to_open_id_connect_provider",
    "add_role_to_instance_profile",
    "add_user_to_group",
    "associate_delegation_request",
    "attach_group_policy",
    "attach_role_policy",
    "attach_user_policy",
    "change_password",
    "create_access_key",
    "create_account_alias",
    "create_delegation_request",
    "create_group",
    "create_instance_profile",
    "create_login_profile",
    "create_open_id_connect_provider",
    "create_policy",
    "create_policy_version",
    "create_role",
    "create_saml_provider",
    "create_service_linked_role",
    "create_service_specific_credential",
    "create_user",
    "create_virtual_mfa_device",
    "create_workload_identity_provider",
    "create_workload_identity_provider_outbound_signer",
    "create_workload_identity_template",
    "deactivate_mfa_device",
    "delete_access_key",
    "delete_account_alias",
    "delete_account_password_policy",
    "delete_group",
    "delete_group_policy",
    "delete_instance_profile",
    "delete_login_profile",
    "delete_open_id_connect_provider",
    "delete_policy",
    "delete_policy_version",
    "delete_role",
    "delete_role_permissions_boundary",
    "delete_role_policy",
    "delete_saml_provider",
    "delete_server_certificate",
    "delete_service_linked_role",
    "delete_service_specific_credential",
    "delete_signing_certificate",
    "delete_ssh_public_key",
    "delete_user",
    "delete_user_permissions_boundary",
    "delete_user_policy",
    "delete_virtual_mfa_device",
    "delete_workload_identity_provider",
    "delete_workload_identity_provider_outbound_signer",
    "delete_workload_identity_provider_resource_policy",
    "delete_workload_identity_template",
    "delete_workload_identity_template_attestation_policy",
    "detach_group_policy",
    "detach_role_policy",
    "detach_user_policy",
    "disable_organization_level_resources",
    "disable_organizations_root_credentials_management",
    "disable_organizations_root_sessions",
    "disable_outbound_web_identity_federation",
    "disable_workload_identity_provider_outbound_signer",
    "enable_mfa_device",
    "enable_organization_level_resources",
    "enable_organizations_root_credentials_management",
    "enable_organizations_root_sessions",
    "enable_outbound_web_identity_federation",
    "enable_workload_identity_provider_outbound_signer",
    "generate_credential_report",
    "generate_organizations_access_report",
    "generate_service_last_accessed_details",
    "get_access_key_last_used",
    "get_account_authorization_details",
    "get_account_password_policy",
    "get_account_properties",
    "get_account_summary",
    "get_context_keys_for_custom_policy",
    "get_context_keys_for_principal_policy",
    "get_credential_report",
    "get_delegation_request",
    "get_group",
    "get_group_policy",
    "get_human_readable_summary",
    "get_instance_profile",
    "get_login_profile",
    "get_mfa_device",
    "get_open_id_connect_provider",
    "get_organizations_access_report",
    "get_outbound_web_identity_federation_info",
    "get_policy",
    "get_policy_version",
    "get_role",
    "get_role_policy",
    "get_role_template_version",
    "get_saml_provider",
    "get_server_certificate",
    "get_service_last_accessed_details",
    "get_service_last_accessed_details_with_entities",
    "get_service_linked_role_deletion_status",
    "get_ssh_public_key",
    "get_user",
    "get_user_policy",
    "get_workload_identity_provider",
    "get_workload_identity_provider_deletion_status",
    "get_workload_identity_provider_resource_policy",
    "get_workload_identity_template",
    "get_workload_identity_template_attestation_policy",
    "list_access_keys",
    "list_account_aliases",
    "list_attached_group_policies",
    "list_attached_role_policies",
    "list_attached_user_policies",
    "list_delegation_requests",
    "list_entities_for_policy",
    "list_group_policies",
    "list_groups",
    "list_groups_for_user",
    "list_instance_profile_tags",
    "list_instance_profiles",
    "list_instance_profiles_for_role",
    "list_mfa_device_tags",
    "list_mfa_devices",
    "list_open_id_connect_provider_tags",
    "list_open_id_connect_providers",
    "list_organizations_features",
    "list_policies",
    "list_policies_granting_service_access",
    "list_policy_tags",
    "list_policy_versions",
    "list_role_policies",
    "list_role_tags",
    "list_roles",
    "list_saml_provider_tags",
    "list_saml_providers",
    "list_server_certificate_tags",
    "list_server_certificates",
    "list_service_specific_credentials",
    "list_signing_certificates",
    "list_ssh_public_keys",
    "list_user_policies",
    "list_user_tags",
    "list_users",
    "list_virtual_mfa_devices",
    "list_workload_identity_provider_outbound_signers",
    "list_workload_identity_provider_tags",
    "list_workload_identity_providers",
    "list_workload_identity_template_tags",
    "list_workload_identity_templates",
    "put_account_properties",
    "put_group_policy",
    "put_role_permissions_boundary",
    "put_role_policy",
    "put_user_permissions_boundary",
    "put_user_policy",
    "put_workload_identity_provider_resource_policy",
    "put_workload_identity_template_attestation_policy",
    "reject_delegation_request",
    "remove_client_id_from_open_id_connect_provider",
    "remove_role_from_instance_profile",
    "remove_user_from_group",
    "reset_service_specific_credential",
    "resync_mfa_device",
    "send_delegation_token",
    "set_default_policy_version",
    "set_security_token_service_preferences",
    "simulate_custom_policy",
    "simulate_principal_policy",
    "tag_instance_profile",
    "tag_mfa_device",
    "tag_open_id_connect_provider",
    "tag_policy",
    "tag_role",
    "tag_saml_provider",
    "tag_server_certificate",
    "tag_user",
    "tag_workload_identity_provider",
    "tag_workload_identity_template",
    "untag_instance_profile",
    "untag_mfa_device",
    "untag_open_id_connect_provider",
    "untag_policy",
    "untag_role",
    "untag_saml_provider",
    "untag_server_certificate",
    "untag_user",
    "untag_workload_identity_provider",
    "untag_workload_identity_template",
    "update_access_key",
    "update_account_password_policy",
    "update_assume_role_policy",
    "update_delegation_request",
    "update_group",
    "update_login_profile",
    "update_open_id_connect_provider",
    "update_open_id_connect_provider_thumbprint",
    "update_role",
    "update_role_description",
    "update_saml_provider",
    "update_server_certificate",
    "update_service_specific_credential",
    "update_signing_certificate",
    "update_ssh_public_key",
    "update_user",
    "update_workload_identity_provider_outbound_signer",
    "upload_server_certificate",
    "upload_signing_certificate",
    "upload_ssh_public_key",
]
