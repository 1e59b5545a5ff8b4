"""Typed builders of the AWS SDK integration of credentialbroker (``aws-sdk:credentialbroker:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import B, Builder, L, M, S, Si

CompleteOAuthSessionBindingParameters = TypedDict(
    "CompleteOAuthSessionBindingParameters", {"SessionUri": S, "SessionUri.$": str}, total=False
)
GetApiKeyParameters = TypedDict(
    "GetApiKeyParameters", {"CredentialProviderArn": S, "CredentialProviderArn.$": str}, total=False
)
GetOAuthTokenParameters = TypedDict(
    "GetOAuthTokenParameters",
    {
        "CredentialProviderArn": S,
        "CredentialProviderArn.$": str,
        "GrantType": S,
        "GrantType.$": str,
        "Scopes": L[Si],
        "Scopes.$": str,
        "Resources": L[Si],
        "Resources.$": str,
        "Audiences": L[Si],
        "Audiences.$": str,
        "CustomParameters": M[S],
        "CustomParameters.$": str,
        "ForceAuthentication": B,
        "ForceAuthentication.$": str,
        "SessionUri": S,
        "SessionUri.$": str,
    },
    total=False,
)
StartOAuthSessionParameters = TypedDict(
    "StartOAuthSessionParameters",
    {
        "CredentialProviderArn": S,
        "CredentialProviderArn.$": str,
        "Scopes": L[Si],
        "Scopes.$": str,
        "SessionBindingUrl": S,
        "SessionBindingUrl.$": str,
        "Resources": L[Si],
        "Resources.$": str,
        "Audiences": L[Si],
        "Audiences.$": str,
        "CustomParameters": M[S],
        "CustomParameters.$": str,
        "CustomState": S,
        "CustomState.$": str,
    },
    total=False,
)
complete_o_auth_session_binding: Builder[CompleteOAuthSessionBindingParameters]
get_api_key: Builder[GetApiKeyParameters]
get_o_auth_token: Builder[GetOAuthTokenParameters]
start_o_auth_session: Builder[StartOAuthSessionParameters]

__all__ = [
    "complete_o_auth_session_binding",
    "get_api_key",
    "get_o_auth_token",
    "start_o_auth_session",
]
