"""Typed builders of the AWS SDK integration of sts (``aws-sdk:sts:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X, Xi

class PolicyDescriptorType(TypedDict, total=False):
    Arn: S

class Tag(TypedDict, total=False):
    Key: S
    Value: S

class ProvidedContext(TypedDict, total=False):
    ProviderArn: S
    ContextAssertion: S

AssumeRoleParameters = TypedDict(
    "AssumeRoleParameters",
    {
        "RoleArn": S,
        "RoleArn.$": str,
        "RoleSessionName": S,
        "RoleSessionName.$": str,
        "PolicyArns": L[Xi[PolicyDescriptorType]],
        "PolicyArns.$": str,
        "Policy": S,
        "Policy.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TransitiveTagKeys": L[Si],
        "TransitiveTagKeys.$": str,
        "ExternalId": S,
        "ExternalId.$": str,
        "SerialNumber": S,
        "SerialNumber.$": str,
        "TokenCode": S,
        "TokenCode.$": str,
        "SourceIdentity": S,
        "SourceIdentity.$": str,
        "ProvidedContexts": L[Xi[ProvidedContext]],
        "ProvidedContexts.$": str,
        "MinimumSessionTokenSize": I,
        "MinimumSessionTokenSize.$": str,
    },
    total=False,
)
AssumeRoleWithSAMLParameters = TypedDict(
    "AssumeRoleWithSAMLParameters",
    {
        "RoleArn": S,
        "RoleArn.$": str,
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "SamlAssertion": S,
        "SamlAssertion.$": str,
        "PolicyArns": L[Xi[PolicyDescriptorType]],
        "PolicyArns.$": str,
        "Policy": S,
        "Policy.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "MinimumSessionTokenSize": I,
        "MinimumSessionTokenSize.$": str,
    },
    total=False,
)
AssumeRoleWithWebIdentityParameters = TypedDict(
    "AssumeRoleWithWebIdentityParameters",
    {
        "RoleArn": S,
        "RoleArn.$": str,
        "RoleSessionName": S,
        "RoleSessionName.$": str,
        "WebIdentityToken": S,
        "WebIdentityToken.$": str,
        "ProviderId": S,
        "ProviderId.$": str,
        "PolicyArns": L[Xi[PolicyDescriptorType]],
        "PolicyArns.$": str,
        "Policy": S,
        "Policy.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "MinimumSessionTokenSize": I,
        "MinimumSessionTokenSize.$": str,
    },
    total=False,
)
AssumeRootParameters = TypedDict(
    "AssumeRootParameters",
    {
        "TargetPrincipal": S,
        "TargetPrincipal.$": str,
        "TaskPolicyArn": X[PolicyDescriptorType],
        "TaskPolicyArn.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "MinimumSessionTokenSize": I,
        "MinimumSessionTokenSize.$": str,
    },
    total=False,
)
DecodeAuthorizationMessageParameters = TypedDict(
    "DecodeAuthorizationMessageParameters",
    {"EncodedMessage": S, "EncodedMessage.$": str},
    total=False,
)
GetAccessKeyInfoParameters = TypedDict(
    "GetAccessKeyInfoParameters", {"AccessKeyId": S, "AccessKeyId.$": str}, total=False
)

class GetCallerIdentityParameters(TypedDict, total=False): ...

GetCertificateParameters = TypedDict(
    "GetCertificateParameters",
    {
        "CertificateSigningRequest": S,
        "CertificateSigningRequest.$": str,
        "MaxDurationSeconds": I,
        "MaxDurationSeconds.$": str,
    },
    total=False,
)
GetDelegatedAccessTokenParameters = TypedDict(
    "GetDelegatedAccessTokenParameters", {"TradeInToken": S, "TradeInToken.$": str}, total=False
)
GetFederationTokenParameters = TypedDict(
    "GetFederationTokenParameters",
    {
        "Name": S,
        "Name.$": str,
        "Policy": S,
        "Policy.$": str,
        "PolicyArns": L[Xi[PolicyDescriptorType]],
        "PolicyArns.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "MinimumSessionTokenSize": I,
        "MinimumSessionTokenSize.$": str,
    },
    total=False,
)
GetScopedCredentialsParameters = TypedDict(
    "GetScopedCredentialsParameters",
    {
        "Policy": S,
        "Policy.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "MinimumSessionTokenSize": I,
        "MinimumSessionTokenSize.$": str,
        "ScopedSessionDescription": S,
        "ScopedSessionDescription.$": str,
    },
    total=False,
)
GetSessionTokenParameters = TypedDict(
    "GetSessionTokenParameters",
    {
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "SerialNumber": S,
        "SerialNumber.$": str,
        "TokenCode": S,
        "TokenCode.$": str,
        "MinimumSessionTokenSize": I,
        "MinimumSessionTokenSize.$": str,
    },
    total=False,
)
GetTrustBundlesParameters = TypedDict(
    "GetTrustBundlesParameters", {"ProviderArn": S, "ProviderArn.$": str}, total=False
)
GetWebIdentityTokenParameters = TypedDict(
    "GetWebIdentityTokenParameters",
    {
        "Audience": L[Si],
        "Audience.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "SigningAlgorithm": S,
        "SigningAlgorithm.$": str,
        "Scope": S,
        "Scope.$": str,
        "SubjectMode": S,
        "SubjectMode.$": str,
        "Tags": L[Xi[Tag]],
        "Tags.$": str,
        "TokenType": S,
        "TokenType.$": str,
    },
    total=False,
)
IssueWorkloadIdentityContextParameters = TypedDict(
    "IssueWorkloadIdentityContextParameters",
    {
        "WorkloadIdentityTemplateArn": S,
        "WorkloadIdentityTemplateArn.$": str,
        "AttestationDocument": S,
        "AttestationDocument.$": str,
        "TargetRoleArn": S,
        "TargetRoleArn.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
        "SessionDurationSeconds": I,
        "SessionDurationSeconds.$": str,
    },
    total=False,
)
assume_role: Builder[AssumeRoleParameters]
assume_role_with_saml: Builder[AssumeRoleWithSAMLParameters]
assume_role_with_web_identity: Builder[AssumeRoleWithWebIdentityParameters]
assume_root: Builder[AssumeRootParameters]
decode_authorization_message: Builder[DecodeAuthorizationMessageParameters]
get_access_key_info: Builder[GetAccessKeyInfoParameters]
get_caller_identity: Builder[GetCallerIdentityParameters]
get_certificate: Builder[GetCertificateParameters]
get_delegated_access_token: Builder[GetDelegatedAccessTokenParameters]
get_federation_token: Builder[GetFederationTokenParameters]
get_scoped_credentials: Builder[GetScopedCredentialsParameters]
get_session_token: Builder[GetSessionTokenParameters]
get_trust_bundles: Builder[GetTrustBundlesParameters]
get_web_identity_token: Builder[GetWebIdentityTokenParameters]
issue_workload_identity_context: Builder[IssueWorkloadIdentityContextParameters]

__all__ = [
    "assume_role",
    "assume_role_with_saml",
    "assume_role_with_web_identity",
    "assume_root",
    "decode_authorization_message",
    "get_access_key_info",
    "get_caller_identity",
    "get_certificate",
    "get_delegated_access_token",
    "get_federation_token",
    "get_scoped_credentials",
    "get_session_token",
    "get_trust_bundles",
    "get_web_identity_token",
    "issue_workload_identity_context",
]
