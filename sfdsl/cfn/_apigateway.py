"""API Gateway options: a REST endpoint that starts an execution, its CORS, authorizer, keys."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Final, Literal, TypeAlias

import attrs

from sfdsl.cfn._values import (
    CfnValue,
    frozen,
    frozen_mapping,
    frozen_values,
    norm,
    option_error,
    strings,
)


def _upper(value: str) -> str:
    return str(value).upper()


DEFAULT_CORS_HEADERS: Final = (
    "Content-Type",
    "X-Amz-Date",
    "Authorization",
    "X-Api-Key",
    "X-Amz-Security-Token",
    "X-Amz-User-Agent",
)


@attrs.frozen
class Cors:
    """CORS for an endpoint: a MOCK ``OPTIONS`` method answering the preflight.

    The preflight answer is fixed, so it names one origin (or ``*``); several origins would
    need the origin echoed back per request, which a MOCK integration cannot do here.

    Raises:
        ValueError: not exactly one origin, or ``allow_credentials`` with the ``*`` origin.

    Example:
        >>> Cors(max_age=86400).origins
        ('*',)
    """

    origins: tuple[str, ...] = attrs.field(default=("*",), kw_only=True, converter=strings)
    headers: tuple[str, ...] = attrs.field(
        default=DEFAULT_CORS_HEADERS, kw_only=True, converter=strings
    )
    allow_credentials: bool = attrs.field(default=False, kw_only=True)
    max_age: int | None = attrs.field(default=None, kw_only=True)

    @origins.validator
    def _check_origins(
        self, _attr: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
    ) -> None:
        if len(value) != 1:
            msg = (
                f"Cors takes exactly one origin, got {list(value)!r}: the MOCK OPTIONS response "
                "returns one fixed Access-Control-Allow-Origin value and browsers reject a list; "
                "pass origins=['https://app.example.com'] or origins=['*']"
            )
            raise option_error(msg)

    def __attrs_post_init__(self) -> None:
        if self.allow_credentials and self.origins == ("*",):
            msg = (
                "Cors(allow_credentials=True) needs a specific origin: browsers reject "
                "credentialed responses whose Access-Control-Allow-Origin is '*'; pass "
                "origins=['https://app.example.com']"
            )
            raise option_error(msg)


AuthorizerType: TypeAlias = Literal["AWS_IAM", "TOKEN", "REQUEST", "COGNITO_USER_POOLS"]


@attrs.frozen
class Authorizer:
    """Who may call an endpoint. Use :meth:`iam`, :meth:`function`, :meth:`cognito` or :meth:`existing`.

    Example:
        >>> Authorizer.cognito("Users", ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/p"]).type
        'COGNITO_USER_POOLS'
    """

    type: AuthorizerType
    name: str | None = None
    function_arn: CfnValue | None = attrs.field(default=None, converter=frozen)
    provider_arns: tuple[CfnValue, ...] = attrs.field(default=(), converter=frozen_values)
    authorizer_id: CfnValue | None = attrs.field(default=None, converter=frozen)
    identity_source: str = "method.request.header.Authorization"
    result_ttl_seconds: int = 300
    scopes: tuple[str, ...] = attrs.field(default=(), converter=strings)

    @classmethod
    def iam(cls) -> Authorizer:
        """Callers sign requests with IAM credentials (``AWS_IAM``).

        Example:
            >>> Authorizer.iam().type
            'AWS_IAM'
        """
        return cls("AWS_IAM")

    @classmethod
    def function(
        cls,
        name: str,
        function_arn: CfnValue,
        *,
        type: Literal["TOKEN", "REQUEST"] = "TOKEN",
        identity_source: str = "method.request.header.Authorization",
        result_ttl_seconds: int = 300,
    ) -> Authorizer:
        """A Lambda authorizer (a permission lets API Gateway invoke the function).

        Example:
            >>> from sfdsl.cfn import Function
            >>> check = Function("CheckToken", code="def handler(event, context): ...")
            >>> auth = Authorizer.function("Tokens", check.arn, type="REQUEST")
            >>> auth.type, auth.function_arn.value
            ('REQUEST', {'Fn::GetAtt': ['CheckToken', 'Arn']})
        """
        return cls(
            type,
            name,
            function_arn,
            identity_source=identity_source,
            result_ttl_seconds=result_ttl_seconds,
        )

    @classmethod
    def cognito(
        cls, name: str, user_pool_arns: Iterable[CfnValue], *, scopes: Iterable[str] = ()
    ) -> Authorizer:
        """Cognito user pools (``COGNITO_USER_POOLS``), optionally requiring OAuth *scopes*.

        Example:
            >>> pool = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/p"
            >>> Authorizer.cognito("Users", [pool], scopes=["orders/write"]).scopes
            ('orders/write',)
        """
        return cls(
            "COGNITO_USER_POOLS", name, provider_arns=tuple(user_pool_arns), scopes=tuple(scopes)
        )

    @classmethod
    def existing(cls, authorizer_id: CfnValue, type: AuthorizerType = "TOKEN") -> Authorizer:
        """An authorizer that exists already (its id, or a ``Ref``).

        Example:
            >>> auth = Authorizer.existing({"Ref": "SharedAuthorizer"})
            >>> auth.type, auth.authorizer_id
            ('TOKEN', {'Ref': 'SharedAuthorizer'})
        """
        return cls(type, authorizer_id=authorizer_id)

    @property
    def logical_id(self) -> str:
        """The logical id of the ``AWS::ApiGateway::Authorizer`` made for it.

        Example:
            >>> Authorizer.cognito("Users", ["arn:aws:cognito-idp:us-east-1:1:userpool/p"]).logical_id
            'ApiGatewayAuthorizerUsers'
        """
        return f"ApiGatewayAuthorizer{norm(self.name or 'Default')}"


@attrs.frozen
class ApiEndpoint:
    """A REST API Gateway endpoint that starts an execution (``AWS`` integration, no Lambda).

    Args:
        path: e.g. ``"orders/{id}"``.
        method: an HTTP method or ``ANY``.
        cors: ``True`` for the default CORS, or :class:`Cors`.
        private: callers need an API key (see :class:`UsagePlan`).
        request_templates: content type to VTL template; the defaults send the body as input.
        action: ``StartExecution`` or, for EXPRESS machines, ``StartSyncExecution``.

    Example:
        >>> ApiEndpoint("posts/create", "POST", cors=True).method
        'POST'
    """

    path: str = attrs.field()
    method: str = attrs.field(default="POST", converter=_upper)
    cors: bool | Cors = attrs.field(default=False, kw_only=True)
    authorizer: Authorizer | None = attrs.field(default=None, kw_only=True)
    private: bool = attrs.field(default=False, kw_only=True)
    request_templates: Mapping[str, str] | None = attrs.field(
        default=None, kw_only=True, converter=frozen_mapping
    )
    action: Literal["StartExecution", "StartSyncExecution"] = attrs.field(
        default="StartExecution", kw_only=True
    )
    role: CfnValue | None = attrs.field(default=None, kw_only=True, converter=frozen)

    @path.validator
    def _check_path(self, _attr: attrs.Attribute[str], value: str) -> None:
        text = value.strip("/")
        if not text or not re.fullmatch(r"[A-Za-z0-9._\-{}+/]+", text) or "//" in text:
            msg = f"path must be like 'orders/{{id}}' (letters, digits, ._-, {{param}}), got {value!r}"
            raise option_error(msg)

    @method.validator
    def _check_method(self, _attr: attrs.Attribute[str], value: str) -> None:
        allowed = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY")
        if value not in allowed:
            msg = f"method must be one of {', '.join(allowed)}, got {value!r}"
            raise option_error(msg)


@attrs.frozen
class UsagePlan:
    """API keys and the usage plan they belong to (for ``private`` endpoints).

    Example:
        >>> UsagePlan(["myFirstKey"], quota_limit=5000, quota_period="MONTH").api_keys
        ('myFirstKey',)
    """

    api_keys: tuple[str, ...] = attrs.field(converter=strings)
    quota_limit: int | None = attrs.field(default=None, kw_only=True)
    quota_offset: int | None = attrs.field(default=None, kw_only=True)
    quota_period: Literal["DAY", "WEEK", "MONTH"] | None = attrs.field(default=None, kw_only=True)
    burst_limit: int | None = attrs.field(default=None, kw_only=True)
    rate_limit: float | None = attrs.field(default=None, kw_only=True)


@attrs.frozen
class RestApi:
    """App-wide settings of the REST API that :class:`ApiEndpoint` events share.

    Example:
        >>> RestApi(stage="${param:stage}").endpoint_type
        'REGIONAL'
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    stage: str = attrs.field(default="dev", kw_only=True)
    endpoint_type: Literal["REGIONAL", "EDGE", "PRIVATE"] = attrs.field(
        default="REGIONAL", kw_only=True
    )
    usage_plan: UsagePlan | None = attrs.field(default=None, kw_only=True)


__all__ = [
    "DEFAULT_CORS_HEADERS",
    "ApiEndpoint",
    "Authorizer",
    "AuthorizerType",
    "Cors",
    "RestApi",
    "UsagePlan",
]
