"""Typed builders of the AWS SDK integration of signin (``aws-sdk:signin:<action>``).

Generated from botocore 1.44.18 by ``python -m sfdsl._sdk._typed``; do not edit.
"""

from typing_extensions import TypedDict

from sfdsl.aws.sdk._types import Builder, I, L, S, Si, X

BatchRevokeSessionsParameters = TypedDict(
    "BatchRevokeSessionsParameters",
    {
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "SessionArns": L[Si],
        "SessionArns.$": str,
        "Reason": S,
        "Reason.$": str,
    },
    total=False,
)
CreateBearerTokenParameters = TypedDict(
    "CreateBearerTokenParameters",
    {
        "GrantType": S,
        "GrantType.$": str,
        "Resource": S,
        "Resource.$": str,
        "DurationSeconds": I,
        "DurationSeconds.$": str,
    },
    total=False,
)

class CreateOAuth2TokenRequestBody(TypedDict, total=False):
    ClientId: S
    GrantType: S
    Code: S
    RedirectUri: S
    CodeVerifier: S
    RefreshToken: S

CreateOAuth2TokenParameters = TypedDict(
    "CreateOAuth2TokenParameters",
    {"TokenInput": X[CreateOAuth2TokenRequestBody], "TokenInput.$": str},
    total=False,
)
CreateOAuth2TokenWithIAMParameters = TypedDict(
    "CreateOAuth2TokenWithIAMParameters",
    {"GrantType": S, "GrantType.$": str, "Resource": S, "Resource.$": str},
    total=False,
)
CreateOAuth2TokenWithTokenExchangeParameters = TypedDict(
    "CreateOAuth2TokenWithTokenExchangeParameters",
    {
        "GrantType": S,
        "GrantType.$": str,
        "SubjectToken": S,
        "SubjectToken.$": str,
        "SubjectTokenType": S,
        "SubjectTokenType.$": str,
        "Assertion": S,
        "Assertion.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "Resource": S,
        "Resource.$": str,
        "Scope": S,
        "Scope.$": str,
    },
    total=False,
)
DeleteConsoleAuthorizationConfigurationParameters = TypedDict(
    "DeleteConsoleAuthorizationConfigurationParameters",
    {"TargetId": S, "TargetId.$": str},
    total=False,
)
DeleteResourcePermissionStatementParameters = TypedDict(
    "DeleteResourcePermissionStatementParameters",
    {"StatementId": S, "StatementId.$": str, "ClientToken": S, "ClientToken.$": str},
    total=False,
)
GetConsoleAuthorizationConfigurationParameters = TypedDict(
    "GetConsoleAuthorizationConfigurationParameters",
    {"TargetId": S, "TargetId.$": str},
    total=False,
)

class GetResourcePolicyParameters(TypedDict, total=False): ...

GetSessionParameters = TypedDict(
    "GetSessionParameters",
    {"SessionArn": S, "SessionArn.$": str, "PrincipalArn": S, "PrincipalArn.$": str},
    total=False,
)
IntrospectOAuth2TokenWithIAMParameters = TypedDict(
    "IntrospectOAuth2TokenWithIAMParameters",
    {"Token": S, "Token.$": str, "TokenTypeHint": S, "TokenTypeHint.$": str},
    total=False,
)
ListResourcePermissionStatementsParameters = TypedDict(
    "ListResourcePermissionStatementsParameters",
    {"MaxResults": I, "MaxResults.$": str, "NextToken": S, "NextToken.$": str},
    total=False,
)
ListSessionsParameters = TypedDict(
    "ListSessionsParameters",
    {
        "PrincipalArn": S,
        "PrincipalArn.$": str,
        "MaxResults": I,
        "MaxResults.$": str,
        "NextToken": S,
        "NextToken.$": str,
        "Status": S,
        "Status.$": str,
        "ClientId": S,
        "ClientId.$": str,
        "IssuedAfter": I,
        "IssuedAfter.$": str,
        "IssuedBefore": I,
        "IssuedBefore.$": str,
    },
    total=False,
)
PutConsoleAuthorizationConfigurationParameters = TypedDict(
    "PutConsoleAuthorizationConfigurationParameters",
    {"TargetId": S, "TargetId.$": str},
    total=False,
)
PutResourcePermissionStatementParameters = TypedDict(
    "PutResourcePermissionStatementParameters",
    {
        "SourceVpc": S,
        "SourceVpc.$": str,
        "SigninSourceVpce": S,
        "SigninSourceVpce.$": str,
        "ConsoleSourceVpce": S,
        "ConsoleSourceVpce.$": str,
        "VpcSourceIp": S,
        "VpcSourceIp.$": str,
        "SourceIp": S,
        "SourceIp.$": str,
        "RequestedRegion": S,
        "RequestedRegion.$": str,
        "ExcludedPrincipal": S,
        "ExcludedPrincipal.$": str,
        "ClientToken": S,
        "ClientToken.$": str,
    },
    total=False,
)
RevokeOAuth2TokenWithIAMParameters = TypedDict(
    "RevokeOAuth2TokenWithIAMParameters", {"Token": S, "Token.$": str}, total=False
)
batch_revoke_sessions: Builder[BatchRevokeSessionsParameters]
create_bearer_token: Builder[CreateBearerTokenParameters]
create_o_auth2_token: Builder[CreateOAuth2TokenParameters]
create_o_auth2_token_with_iam: Builder[CreateOAuth2TokenWithIAMParameters]
create_o_auth2_token_with_token_exchange: Builder[CreateOAuth2TokenWithTokenExchangeParameters]
delete_console_authorization_configuration: Builder[
    DeleteConsoleAuthorizationConfigurationParameters
]
delete_resource_permission_statement: Builder[DeleteResourcePermissionStatementParameters]
get_console_authorization_configuration: Builder[GetConsoleAuthorizationConfigurationParameters]
get_resource_policy: Builder[GetResourcePolicyParameters]
get_session: Builder[GetSessionParameters]
introspect_o_auth2_token_with_iam: Builder[IntrospectOAuth2TokenWithIAMParameters]
list_resource_permission_statements: Builder[ListResourcePermissionStatementsParameters]
list_sessions: Builder[ListSessionsParameters]
put_console_authorization_configuration: Builder[PutConsoleAuthorizationConfigurationParameters]
put_resource_permission_statement: Builder[PutResourcePermissionStatementParameters]
revoke_o_auth2_token_with_iam: Builder[RevokeOAuth2TokenWithIAMParameters]

__all__ = [
    "batch_revoke_sessions",
    "create_bearer_token",
    "create_o_auth2_token",
    "create_o_auth2_token_with_iam",
    "create_o_auth2_token_with_token_exchange",
    "delete_console_authorization_configuration",
    "delete_resource_permission_statement",
    "get_console_authorization_configuration",
    "get_resource_policy",
    "get_session",
    "introspect_o_auth2_token_with_iam",
    "list_resource_permission_statements",
    "list_sessions",
    "put_console_authorization_configuration",
    "put_resource_permission_statement",
    "revoke_o_auth2_token_with_iam",
]
