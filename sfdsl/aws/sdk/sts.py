"""Typed builders of the AWS SDK integration of sts.

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from typing_extensions import TypedDict, Unpack

from sfdsl._states import Task
from sfdsl.aws._build import TaskOptions
from sfdsl.aws.sdk import sdk_task

if TYPE_CHECKING:
    AssumeRoleParameters = TypedDict(
        "AssumeRoleParameters",
        {
            "RoleArn": Any,
            "RoleArn.$": Any,
            "RoleSessionName": Any,
            "RoleSessionName.$": Any,
            "PolicyArns": Any,
            "PolicyArns.$": Any,
            "Policy": Any,
            "Policy.$": Any,
            "DurationSeconds": Any,
            "DurationSeconds.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TransitiveTagKeys": Any,
            "TransitiveTagKeys.$": Any,
            "ExternalId": Any,
            "ExternalId.$": Any,
            "SerialNumber": Any,
            "SerialNumber.$": Any,
            "TokenCode": Any,
            "TokenCode.$": Any,
            "SourceIdentity": Any,
            "SourceIdentity.$": Any,
            "ProvidedContexts": Any,
            "ProvidedContexts.$": Any,
            "MinimumSessionTokenSize": Any,
            "MinimumSessionTokenSize.$": Any,
        },
        total=False,
    )
    AssumeRoleWithSAMLParameters = TypedDict(
        "AssumeRoleWithSAMLParameters",
        {
            "RoleArn": Any,
            "RoleArn.$": Any,
            "PrincipalArn": Any,
            "PrincipalArn.$": Any,
            "SamlAssertion": Any,
            "SamlAssertion.$": Any,
            "PolicyArns": Any,
            "PolicyArns.$": Any,
            "Policy": Any,
            "Policy.$": Any,
            "DurationSeconds": Any,
            "DurationSeconds.$": Any,
            "MinimumSessionTokenSize": Any,
            "MinimumSessionTokenSize.$": Any,
        },
        total=False,
    )
    AssumeRoleWithWebIdentityParameters = TypedDict(
        "AssumeRoleWithWebIdentityParameters",
        {
            "RoleArn": Any,
            "RoleArn.$": Any,
            "RoleSessionName": Any,
            "RoleSessionName.$": Any,
            "WebIdentityToken": Any,
            "WebIdentityToken.$": Any,
            "ProviderId": Any,
            "ProviderId.$": Any,
            "PolicyArns": Any,
            "PolicyArns.$": Any,
            "Policy": Any,
            "Policy.$": Any,
            "DurationSeconds": Any,
            "DurationSeconds.$": Any,
            "MinimumSessionTokenSize": Any,
            "MinimumSessionTokenSize.$": Any,
        },
        total=False,
    )
    AssumeRootParameters = TypedDict(
        "AssumeRootParameters",
        {
            "TargetPrincipal": Any,
            "TargetPrincipal.$": Any,
            "TaskPolicyArn": Any,
            "TaskPolicyArn.$": Any,
            "DurationSeconds": Any,
            "DurationSeconds.$": Any,
            "MinimumSessionTokenSize": Any,
            "MinimumSessionTokenSize.$": Any,
        },
        total=False,
    )
    DecodeAuthorizationMessageParameters = TypedDict(
        "DecodeAuthorizationMessageParameters",
        {"EncodedMessage": Any, "EncodedMessage.$": Any},
        total=False,
    )
    GetAccessKeyInfoParameters = TypedDict(
        "GetAccessKeyInfoParameters", {"AccessKeyId": Any, "AccessKeyId.$": Any}, total=False
    )

    class GetCallerIdentityParameters(TypedDict, total=False):
        pass

    GetCertificateParameters = TypedDict(
        "GetCertificateParameters",
        {
            "CertificateSigningRequest": Any,
            "CertificateSigningRequest.$": Any,
            "MaxDurationSeconds": Any,
            "MaxDurationSeconds.$": Any,
        },
        total=False,
    )
    GetDelegatedAccessTokenParameters = TypedDict(
        "GetDelegatedAccessTokenParameters",
        {"TradeInToken": Any, "TradeInToken.$": Any},
        total=False,
    )
    GetFederationTokenParameters = TypedDict(
        "GetFederationTokenParameters",
        {
            "Name": Any,
            "Name.$": Any,
            "Policy": Any,
            "Policy.$": Any,
            "PolicyArns": Any,
            "PolicyArns.$": Any,
            "DurationSeconds": Any,
            "DurationSeconds.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "MinimumSessionTokenSize": Any,
            "MinimumSessionTokenSize.$": Any,
        },
        total=False,
    )
    GetScopedCredentialsParameters = TypedDict(
        "GetScopedCredentialsParameters",
        {
            "Policy": Any,
            "Policy.$": Any,
            "DurationSeconds": Any,
            "DurationSeconds.$": Any,
            "MinimumSessionTokenSize": Any,
            "MinimumSessionTokenSize.$": Any,
            "ScopedSessionDescription": Any,
            "ScopedSessionDescription.$": Any,
        },
        total=False,
    )
    GetSessionTokenParameters = TypedDict(
        "GetSessionTokenParameters",
        {
            "DurationSeconds": Any,
            "DurationSeconds.$": Any,
            "SerialNumber": Any,
            "SerialNumber.$": Any,
            "TokenCode": Any,
            "TokenCode.$": Any,
            "MinimumSessionTokenSize": Any,
            "MinimumSessionTokenSize.$": Any,
        },
        total=False,
    )
    GetTrustBundlesParameters = TypedDict(
        "GetTrustBundlesParameters", {"ProviderArn": Any, "ProviderArn.$": Any}, total=False
    )
    GetWebIdentityTokenParameters = TypedDict(
        "GetWebIdentityTokenParameters",
        {
            "Audience": Any,
            "Audience.$": Any,
            "DurationSeconds": Any,
            "DurationSeconds.$": Any,
            "SigningAlgorithm": Any,
            "SigningAlgorithm.$": Any,
            "Scope": Any,
            "Scope.$": Any,
            "SubjectMode": Any,
            "SubjectMode.$": Any,
            "Tags": Any,
            "Tags.$": Any,
            "TokenType": Any,
            "TokenType.$": Any,
        },
        total=False,
    )
    IssueWorkloadIdentityContextParameters = TypedDict(
        "IssueWorkloadIdentityContextParameters",
        {
            "WorkloadIdentityTemplateArn": Any,
            "WorkloadIdentityTemplateArn.$": Any,
            "AttestationDocument": Any,
            "AttestationDocument.$": Any,
            "TargetRoleArn": Any,
            "TargetRoleArn.$": Any,
            "DurationSeconds": Any,
            "DurationSeconds.$": Any,
            "SessionDurationSeconds": Any,
            "SessionDurationSeconds.$": Any,
        },
        total=False,
    )


def assume_role(
    name: str,
    parameters: AssumeRoleParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:assumeRole (``arn:aws:states:::aws-sdk:sts:assumeRole``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:assumeRole", parameters, pattern, options)


def assume_role_with_saml(
    name: str,
    parameters: AssumeRoleWithSAMLParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:assumeRoleWithSAML (``arn:aws:states:::aws-sdk:sts:assumeRoleWithSAML``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:assumeRoleWithSAML", parameters, pattern, options)


def assume_role_with_web_identity(
    name: str,
    parameters: AssumeRoleWithWebIdentityParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:assumeRoleWithWebIdentity (``arn:aws:states:::aws-sdk:sts:assumeRoleWithWebIdentity``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:assumeRoleWithWebIdentity", parameters, pattern, options)


def assume_root(
    name: str,
    parameters: AssumeRootParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:assumeRoot (``arn:aws:states:::aws-sdk:sts:assumeRoot``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:assumeRoot", parameters, pattern, options)


def decode_authorization_message(
    name: str,
    parameters: DecodeAuthorizationMessageParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:decodeAuthorizationMessage (``arn:aws:states:::aws-sdk:sts:decodeAuthorizationMessage``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:decodeAuthorizationMessage", parameters, pattern, options)


def get_access_key_info(
    name: str,
    parameters: GetAccessKeyInfoParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:getAccessKeyInfo (``arn:aws:states:::aws-sdk:sts:getAccessKeyInfo``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:getAccessKeyInfo", parameters, pattern, options)


def get_caller_identity(
    name: str,
    parameters: GetCallerIdentityParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:getCallerIdentity (``arn:aws:states:::aws-sdk:sts:getCallerIdentity``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:getCallerIdentity", parameters, pattern, options)


def get_certificate(
    name: str,
    parameters: GetCertificateParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:getCertificate (``arn:aws:states:::aws-sdk:sts:getCertificate``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:getCertificate", parameters, pattern, options)


def get_delegated_access_token(
    name: str,
    parameters: GetDelegatedAccessTokenParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:getDelegatedAccessToken (``arn:aws:states:::aws-sdk:sts:getDelegatedAccessToken``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:getDelegatedAccessToken", parameters, pattern, options)


def get_federation_token(
    name: str,
    parameters: GetFederationTokenParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:getFederationToken (``arn:aws:states:::aws-sdk:sts:getFederationToken``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:getFederationToken", parameters, pattern, options)


def get_scoped_credentials(
    name: str,
    parameters: GetScopedCredentialsParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:getScopedCredentials (``arn:aws:states:::aws-sdk:sts:getScopedCredentials``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:getScopedCredentials", parameters, pattern, options)


def get_session_token(
    name: str,
    parameters: GetSessionTokenParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:getSessionToken (``arn:aws:states:::aws-sdk:sts:getSessionToken``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:getSessionToken", parameters, pattern, options)


def get_trust_bundles(
    name: str,
    parameters: GetTrustBundlesParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:getTrustBundles (``arn:aws:states:::aws-sdk:sts:getTrustBundles``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:getTrustBundles", parameters, pattern, options)


def get_web_identity_token(
    name: str,
    parameters: GetWebIdentityTokenParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:getWebIdentityToken (``arn:aws:states:::aws-sdk:sts:getWebIdentityToken``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:getWebIdentityToken", parameters, pattern, options)


def issue_workload_identity_context(
    name: str,
    parameters: IssueWorkloadIdentityContextParameters,
    /,
    *,
    pattern: Literal["request_response", "wait_for_task_token"] = "request_response",
    **options: Unpack[TaskOptions],
) -> Task:
    """Call sts:issueWorkloadIdentityContext (``arn:aws:states:::aws-sdk:sts:issueWorkloadIdentityContext``); the parameters are checked against its API model."""
    return sdk_task(name, "sts:issueWorkloadIdentityContext", parameters, pattern, options)


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
