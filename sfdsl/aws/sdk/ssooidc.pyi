"""Typed builders of the AWS SDK integration of ssooidc (``aws-sdk:ssooidc:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, L, S, Si

CreateTokenParameters = TypedDict(
    "CreateTokenParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "ClientSecret": S,
        "ClientSecret.$": str,
        "GrantType": S,
        "GrantType.$": str,
        "DeviceCode": S,
        "DeviceCode.$": str,
        "Code": S,
        "Code.$": str,
        "RefreshToken": S,
        "RefreshToken.$": str,
        "Scope": L[Si],
        "Scope.$": str,
        "RedirectUri": S,
        "RedirectUri.$": str,
        "CodeVerifier": S,
        "CodeVerifier.$": str,
    },
    total=False,
)
CreateTokenWithIAMParameters = TypedDict(
    "CreateTokenWithIAMParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "GrantType": S,
        "GrantType.$": str,
        "Code": S,
        "Code.$": str,
        "RefreshToken": S,
        "RefreshToken.$": str,
        "Assertion": S,
        "Assertion.$": str,
        "Scope": L[Si],
        "Scope.$": str,
        "RedirectUri": S,
        "RedirectUri.$": str,
        "SubjectToken": S,
        "SubjectToken.$": str,
        "SubjectTokenType": S,
        "SubjectTokenType.$": str,
        "RequestedTokenType": S,
        "RequestedTokenType.$": str,
        "CodeVerifier": S,
        "CodeVerifier.$": str,
    },
    total=False,
)
RegisterClientParameters = TypedDict(
    "RegisterClientParameters",
    {
        "ClientName": S,
        "ClientName.$": str,
        "ClientType": S,
        "ClientType.$": str,
        "Scopes": L[Si],
        "Scopes.$": str,
        "RedirectUris": L[Si],
        "RedirectUris.$": str,
        "GrantTypes": L[Si],
        "GrantTypes.$": str,
        "IssuerUrl": S,
        "IssuerUrl.$": str,
        "EntitledApplicationArn": S,
        "EntitledApplicationArn.$": str,
    },
    total=False,
)
StartDeviceAuthorizationParameters = TypedDict(
    "StartDeviceAuthorizationParameters",
    {
        "ClientId": S,
        "ClientId.$": str,
        "ClientSecret": S,
        "ClientSecret.$": str,
        "StartUrl": S,
        "StartUrl.$": str,
    },
    total=False,
)
create_token: Builder[CreateTokenParameters]
create_token_with_iam: Builder[CreateTokenWithIAMParameters]
register_client: Builder[RegisterClientParameters]
start_device_authorization: Builder[StartDeviceAuthorizationParameters]

__all__ = ["create_token", "create_token_with_iam", "register_client", "start_device_authorization"]
