"""Event sources that start a state machine: schedules, EventBridge rules, API Gateway."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

import attrs

from sfdsl.cfn._alarms import InputTransformer, events_queue_policy, events_trust
from sfdsl.cfn._context import CfnValue, Context, getatt, norm, option_error, ref, sub, tropo

if TYPE_CHECKING:
    from sfdsl.cfn._app import App
    from sfdsl.cfn._template import MachineBuild

_RATE = re.compile(r"^rate\((?P<n>\d+) (?P<unit>minute|minutes|hour|hours|day|days)\)$")
_CRON = re.compile(r"^cron\((?P<body>[^)]*)\)$")
_AT = re.compile(r"^at\(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\)$")
_MONTHS: Final = (
    "JAN",
    "FEB",
    "MAR",
    "APR",
    "MAY",
    "JUN",
    "JUL",
    "AUG",
    "SEP",
    "OCT",
    "NOV",
    "DEC",
)
_DAYS: Final = ("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")


@attrs.frozen
class _CronField:
    name: str
    low: int
    high: int
    names: tuple[str, ...] = ()

    @property
    def expected(self) -> str:
        span = f"{self.low}-{self.high}"
        return f"{span} or {self.names[0]}-{self.names[-1]}" if self.names else span


_CRON_FIELDS: Final = (
    _CronField("minutes", 0, 59),
    _CronField("hours", 0, 23),
    _CronField("day-of-month", 1, 31),
    _CronField("month", 1, 12, _MONTHS),
    _CronField("day-of-week", 1, 7, _DAYS),
    _CronField("year", 1970, 2199),
)
_DOM_SPECIAL = re.compile(r"^(L|LW|(?P<day>\d+)W)$")
_DOW_SPECIAL = re.compile(r"^(L|(?P<day>\w+)L|(?P<nth_day>\w+)#(?P<nth>\d+))$")
_SPECIAL: Final = {"day-of-month": _DOM_SPECIAL, "day-of-week": _DOW_SPECIAL}


def _cron_value(field: _CronField, text: str) -> int | None:
    if text.isdigit():
        n = int(text)
        return n if field.low <= n <= field.high else None
    if text in field.names:
        return field.names.index(text) + field.low
    return None


def _cron_field_problem(field: _CronField, text: str) -> str | None:
    """Why one cron field is invalid (syntax or range), or ``None``."""
    bad = f"invalid {field.name} field {text!r}"
    if text == "?":
        if field.name in ("day-of-month", "day-of-week"):
            return None
        return f"{bad}: '?' is allowed only in day-of-month and day-of-week"
    special = _SPECIAL.get(field.name)
    for item in text.split(","):
        m = special.match(item) if special else None
        if m:
            if field.name == "day-of-week" and m["nth"] and not 1 <= int(m["nth"]) <= 5:
                return f"{bad}: the week number after '#' must be 1-5, got {m['nth']}"
            days = [m.group(g) for g in m.re.groupindex if g != "nth" and m.group(g)]
            if any(_cron_value(field, d) is None for d in days):
                return f"{bad}: expected a {field.name} value {field.expected}"
            continue
        base, slash, step = item.partition("/")
        if slash and not (step.isdigit() and int(step) >= 1):
            return f"{bad}: the increment after '/' must be a positive integer, got {step!r}"
        if base == "*":
            continue
        ends = base.split("-")
        if len(ends) > 2 or not all(ends):
            return f"{bad}: expected a value, a range 'a-b', '*' or an increment 'a/n'"
        for end in ends:
            if _cron_value(field, end) is None:
                return f"{bad}: {end!r} is out of range; expected {field.expected}"
    return None


def schedule_problem(expression: str, *, scheduler: bool = False) -> str | None:
    """Why *expression* is not a valid schedule expression, or ``None``.

    Example:
        >>> schedule_problem("rate(1 minutes)")
        "rate(1 minutes): the unit must be singular for 1; write 'rate(1 minute)'"
        >>> schedule_problem("cron(0 12 * * ? *)") is None
        True
    """
    if not isinstance(expression, str):
        return f"a schedule expression must be a string, got {expression!r}"
    m = _RATE.match(expression)
    if m:
        n, unit = int(m["n"]), m["unit"]
        if n < 1:
            return f"{expression}: the value must be a positive integer"
        if n == 1 and unit.endswith("s"):
            return f"{expression}: the unit must be singular for 1; write 'rate(1 {unit[:-1]})'"
        if n > 1 and not unit.endswith("s"):
            return f"{expression}: the unit must be plural for {n}; write 'rate({n} {unit}s)'"
        return None
    if expression.startswith("rate("):
        return (
            f"{expression}: expected 'rate(<positive integer> minute(s)|hour(s)|day(s))', "
            "e.g. 'rate(5 minutes)'"
        )
    m = _CRON.match(expression)
    if m:
        fields = m["body"].split()
        if len(fields) != 6:
            return (
                f"{expression}: a cron expression has 6 fields (minutes hours day-of-month month "
                f"day-of-week year), got {len(fields)}; e.g. 'cron(0 12 * * ? *)'"
            )
        for field, value in zip(_CRON_FIELDS, fields, strict=True):
            problem = _cron_field_problem(field, value.upper())
            if problem:
                return f"{expression}: {problem}"
        if (fields[2] == "?") == (fields[4] == "?"):
            return (
                f"{expression}: exactly one of day-of-month and day-of-week must be '?'; "
                "e.g. 'cron(0 12 * * ? *)'"
            )
        return None
    if _AT.match(expression):
        if scheduler:
            return None
        return (
            f"{expression}: a one-time 'at(...)' schedule needs EventBridge Scheduler; "
            "pass scheduler=True"
        )
    forms = "'rate(...)', 'cron(...)'" + (" or 'at(yyyy-mm-ddThh:mm:ss)'" if scheduler else "")
    return f"{expression!r} is not a schedule expression; use {forms}"


def _upper(value: str) -> str:
    return str(value).upper()


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


def _values(value: Iterable[CfnValue]) -> tuple[CfnValue, ...]:
    return tuple(value)


@attrs.frozen
class RetryPolicy:
    """How EventBridge retries delivering to the state machine.

    Example:
        >>> RetryPolicy(max_retry_attempts=3).max_event_age_seconds
        86400
    """

    max_event_age_seconds: int = attrs.field(default=86400, kw_only=True)
    max_retry_attempts: int = attrs.field(default=185, kw_only=True)

    def to_cfn(self) -> dict[str, int]:
        """The ``RetryPolicy`` property of an EventBridge target.

        Example:
            >>> RetryPolicy(max_retry_attempts=3).to_cfn()
            {'MaximumEventAgeInSeconds': 86400, 'MaximumRetryAttempts': 3}
        """
        return {
            "MaximumEventAgeInSeconds": self.max_event_age_seconds,
            "MaximumRetryAttempts": self.max_retry_attempts,
        }


def _one_input(obj: Any) -> None:
    given = [n for n in ("input", "input_path", "input_transformer") if getattr(obj, n) is not None]
    if len(given) > 1:
        msg = f"give at most one of input, input_path, input_transformer; got {', '.join(given)}"
        raise option_error(msg)


@attrs.frozen
class Schedule:
    """Start the state machine on a schedule (EventBridge rule, or EventBridge Scheduler).

    Args:
        expression: ``rate(...)`` or ``cron(...)`` (Scheduler also ``at(...)``), checked now.
        input: a JSON value (or text) given as the execution input.
        scheduler: use EventBridge Scheduler (``AWS::Scheduler::Schedule``), which has time zones.
        role: an existing role ARN for the rule or schedule; ``None`` generates one.

    Example:
        >>> Schedule("rate(10 minutes)", input={"key1": "value1"}).enabled
        True
        >>> Schedule("rate(2 hour)")
        Traceback (most recent call last):
        ...
        sfdsl.errors.ValidationError: rate(2 hour): the unit must be plural for 2; write 'rate(2 hours)'
    """

    expression: str = attrs.field()
    enabled: bool = attrs.field(default=True, kw_only=True)
    input: Any = attrs.field(default=None, kw_only=True)
    input_path: str | None = attrs.field(default=None, kw_only=True)
    input_transformer: InputTransformer | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    role: CfnValue | None = attrs.field(default=None, kw_only=True)
    scheduler: bool = attrs.field(default=False, kw_only=True)
    timezone: str | None = attrs.field(default=None, kw_only=True)
    retry_policy: RetryPolicy | None = attrs.field(default=None, kw_only=True)
    dead_letter_arn: CfnValue | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        problem = schedule_problem(self.expression, scheduler=self.scheduler)
        if problem:
            raise option_error(problem)
        _one_input(self)
        if self.timezone is not None and not self.scheduler:
            msg = "timezone needs EventBridge Scheduler: pass scheduler=True"
            raise option_error(msg)
        if self.scheduler and (self.input_path is not None or self.input_transformer is not None):
            msg = "EventBridge Scheduler has no input_path or input_transformer; use input="
            raise option_error(msg)


@attrs.frozen
class EventRule:
    """Start the state machine when an EventBridge event matches *pattern*.

    Example:
        >>> EventRule({"source": ["aws.ec2"]}, bus="orders").bus
        'orders'
    """

    pattern: Mapping[str, Any]
    bus: CfnValue | None = attrs.field(default=None, kw_only=True)
    enabled: bool = attrs.field(default=True, kw_only=True)
    input: Any = attrs.field(default=None, kw_only=True)
    input_path: str | None = attrs.field(default=None, kw_only=True)
    input_transformer: InputTransformer | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    role: CfnValue | None = attrs.field(default=None, kw_only=True)
    retry_policy: RetryPolicy | None = attrs.field(default=None, kw_only=True)
    dead_letter_arn: CfnValue | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.pattern, Mapping) or not self.pattern:
            msg = f"pattern must be a non-empty event pattern dict, got {self.pattern!r}"
            raise option_error(msg)
        _one_input(self)


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

    origins: tuple[str, ...] = attrs.field(default=("*",), kw_only=True, converter=_strings)
    headers: tuple[str, ...] = attrs.field(
        default=DEFAULT_CORS_HEADERS, kw_only=True, converter=_strings
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
    function_arn: CfnValue | None = None
    provider_arns: tuple[CfnValue, ...] = attrs.field(default=(), converter=_values)
    authorizer_id: CfnValue | None = None
    identity_source: str = "method.request.header.Authorization"
    result_ttl_seconds: int = 300
    scopes: tuple[str, ...] = attrs.field(default=(), converter=_strings)

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
    request_templates: Mapping[str, str] | None = attrs.field(default=None, kw_only=True)
    action: Literal["StartExecution", "StartSyncExecution"] = attrs.field(
        default="StartExecution", kw_only=True
    )
    role: CfnValue | None = attrs.field(default=None, kw_only=True)

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

    api_keys: tuple[str, ...] = attrs.field(converter=_strings)
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


Event: TypeAlias = Schedule | EventRule | ApiEndpoint
"""An event source of a state machine."""


def _input_text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def _target_options(ctx: Context, event: Schedule | EventRule, path: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if event.input is not None:
        out["Input"] = ctx.params(_input_text(event.input), path)
    if event.input_path is not None:
        out["InputPath"] = event.input_path
    if event.input_transformer is not None:
        out["InputTransformer"] = {
            "InputPathsMap": dict(event.input_transformer.paths),
            "InputTemplate": event.input_transformer.template,
        }
    if event.retry_policy is not None:
        out["RetryPolicy"] = event.retry_policy.to_cfn()
    if event.dead_letter_arn is not None:
        out["DeadLetterConfig"] = {"Arn": ctx.params(event.dead_letter_arn, path)}
    return out


def _start_role(
    ctx: Context,
    mb: MachineBuild,
    lid: str,
    service: str,
    path: str,
    extra: dict[str, Any] | None = None,
) -> CfnValue:
    """The role *service* assumes to start the machine, shared by the machine's events.

    *extra* (e.g. ``sqs:SendMessage`` on a dead-letter queue) is added to its policy.
    """
    from troposphere import iam

    statements: list[dict[str, Any]] = ctx.shared.setdefault(f"start-role:{lid}", [])
    if not statements:
        statements.append(mb.start_statement("states:StartExecution"))
    if extra is not None and extra not in statements:
        statements.append(extra)
    document = {"Version": "2012-10-17", "Statement": list(statements)}
    if ctx.clashes(lid, iam.Role, "role that starts the state machine", path):
        pass
    elif lid not in ctx.template.resources:
        if ctx.logical_id(lid, "role", path):
            ctx.add(
                iam.Role,
                lid,
                {
                    "AssumeRolePolicyDocument": events_trust(service),
                    "Policies": [{"PolicyName": "start-execution", "PolicyDocument": document}],
                },
            )
    elif extra is not None:
        ctx.template.resources[lid] = _with_policy(ctx.template.resources[lid], document)
    return getatt(lid, "Arn")


def _with_policy(role: Any, document: dict[str, Any]) -> Any:
    """A copy of a generated role whose first policy is *document* (the original is untouched)."""
    import copy

    role = copy.deepcopy(role)
    role.Policies[0].PolicyDocument = tropo(document)
    return role


def _send_to_dlq(queue: CfnValue) -> dict[str, Any]:
    return {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": queue}


def dlq_policy_warning(queue: CfnValue) -> str:
    """The build warning for an EventBridge rule's dead-letter queue outside the template.

    Example:
        >>> print(dlq_policy_warning("arn:aws:sqs:us-east-1:123456789012:dlq"))
        ... # doctest: +NORMALIZE_WHITESPACE
        dead_letter_arn "arn:aws:sqs:us-east-1:123456789012:dlq" is not a queue of this template,
        so sfdsl cannot let EventBridge send undeliverable events to it; add to the queue's policy
        a statement that allows the service events.amazonaws.com sqs:SendMessage on the queue,
        with the condition ArnEquals aws:SourceArn = the ARN of this event's rule
    """
    return (
        f"dead_letter_arn {json.dumps(queue)} is not a queue of this template, so sfdsl cannot "
        "let EventBridge send undeliverable events to it; add to the queue's policy a statement "
        "that allows the service events.amazonaws.com sqs:SendMessage on the queue, with the "
        "condition ArnEquals aws:SourceArn = the ARN of this event's rule"
    )


def _dlq_policies(ctx: Context, dlqs: dict[str, tuple[CfnValue, list[tuple[str, str]]]]) -> None:
    """Queue policies that let EventBridge send a rule's undeliverable events to its DLQ.

    A queue defined in the template gets one ``AWS::SQS::QueuePolicy`` (``<queue>DlqPolicy``)
    naming every rule that uses it; for any other queue the build warns: its owner has to add
    the statement.
    """
    from troposphere import sqs

    for queue, uses in dlqs.values():
        target = queue["Fn::GetAtt"][0] if isinstance(queue, dict) and "Fn::GetAtt" in queue else ""
        kind = getattr(ctx.template.resources.get(target), "resource_type", None)
        if kind != "AWS::SQS::Queue":
            for _rule_id, path in uses:
                ctx.warn(dlq_policy_warning(queue), path, "dlq-policy")
            continue
        lid = f"{target}DlqPolicy"
        rules: list[str] = ctx.shared.setdefault(f"dlq-policy:{lid}", [])
        if not rules and not ctx.logical_id(lid, "dead-letter queue policy", uses[0][1]):
            continue
        rules.extend(rule_id for rule_id, _path in uses)
        ctx.template.resources.pop(lid, None)  # a later machine's rules join the same policy
        ctx.add(sqs.QueuePolicy, lid, events_queue_policy(queue, [getatt(r, "Arn") for r in rules]))


def build_events(ctx: Context, app: App, mb: MachineBuild, events_: tuple[Event, ...]) -> None:
    """Add the rules, schedules, API methods and roles of one machine's events."""
    from troposphere import events, scheduler

    counts = {"schedule": 0, "rule": 0}
    dlqs: dict[str, tuple[CfnValue, list[tuple[str, str]]]] = {}
    for i, event in enumerate(events_):
        path = f"{mb.logical_id}.events[{i}]"
        if isinstance(event, ApiEndpoint):
            build_api_endpoint(ctx, app, mb, event, path)
            continue
        if isinstance(event, Schedule):
            counts["schedule"] += 1
            n = counts["schedule"]
            if event.scheduler:
                lid = f"{mb.logical_id}SchedulerSchedule{n}"
                if not ctx.logical_id(lid, "schedule", path):
                    continue
                dlq = (
                    ctx.params(event.dead_letter_arn, path)
                    if event.dead_letter_arn is not None
                    else None
                )
                if event.role is not None:
                    role = ctx.params(event.role, path)
                    if dlq is not None:
                        ctx.warn(
                            "EventBridge Scheduler sends undeliverable events to the "
                            "dead-letter queue with the schedule's role, so the given role "
                            f"must allow sqs:SendMessage on {json.dumps(dlq)}",
                            path,
                            "dlq-role",
                        )
                else:
                    role = _start_role(
                        ctx,
                        mb,
                        f"{mb.logical_id}SchedulerRole",
                        "scheduler.amazonaws.com",
                        path,
                        _send_to_dlq(dlq) if dlq is not None else None,
                    )
                target: dict[str, Any] = {"Arn": mb.start_arn, "RoleArn": role}
                if event.input is not None:
                    target["Input"] = ctx.params(_input_text(event.input), path)
                if event.retry_policy is not None:
                    target["RetryPolicy"] = event.retry_policy.to_cfn()
                if dlq is not None:
                    target["DeadLetterConfig"] = {"Arn": dlq}
                props: dict[str, Any] = {
                    "FlexibleTimeWindow": {"Mode": "OFF"},
                    "ScheduleExpression": event.expression,
                    "State": "ENABLED" if event.enabled else "DISABLED",
                    "Target": target,
                }
                if event.timezone:
                    props["ScheduleExpressionTimezone"] = event.timezone
                if event.name:
                    props["Name"] = ctx.params(event.name, path)
                if event.description:
                    props["Description"] = event.description
                ctx.add(scheduler.Schedule, lid, props)
                continue
            lid = f"{mb.logical_id}EventsRuleSchedule{n}"
            pattern_props: dict[str, Any] = {"ScheduleExpression": event.expression}
        else:
            counts["rule"] += 1
            n = counts["rule"]
            lid = f"{mb.logical_id}EventsRule{n}"
            pattern_props = {"EventPattern": ctx.params(dict(event.pattern), path)}
            if event.bus is not None:
                pattern_props["EventBusName"] = ctx.params(event.bus, path)
        if not ctx.logical_id(lid, "event rule", path):
            continue
        role = (
            ctx.params(event.role, path)
            if event.role is not None
            else _start_role(ctx, mb, f"{mb.logical_id}EventsRole", "events.amazonaws.com", path)
        )
        target = {
            "Arn": mb.start_arn,
            "Id": f"{mb.logical_id}Target"[:64],
            "RoleArn": role,
            **_target_options(ctx, event, path),
        }
        props = {**pattern_props, "State": "ENABLED" if event.enabled else "DISABLED"}
        if event.name:
            props["Name"] = ctx.params(event.name, path)
        if event.description:
            props["Description"] = event.description
        props["Targets"] = [target]
        ctx.add(events.Rule, lid, props)
        if "DeadLetterConfig" in target:
            queue = target["DeadLetterConfig"]["Arn"]
            dlqs.setdefault(json.dumps(queue, sort_keys=True), (queue, []))[1].append((lid, path))
    _dlq_policies(ctx, dlqs)


# --- API Gateway ---------------------------------------------------------------------------

API_ID: Final = "ApiGatewayRestApi"
API_ROLE_ID: Final = "ApigatewayToStepFunctionsRole"

_DEFAULT_TEMPLATE = (
    "#set( $body = $util.escapeJavaScript($input.json('$')) )\n"
    '{"input": "$body", "name": "$context.requestId", "stateMachineArn": "${StateMachineArn}"}'
)
_FORM_TEMPLATE = (
    "#set( $body = $util.escapeJavaScript($util.urlDecode($input.body)) )\n"
    '{"input": "$body", "name": "$context.requestId", "stateMachineArn": "${StateMachineArn}"}'
)


def _api(ctx: Context, app: App, path: str) -> Any:
    from troposphere import apigateway

    if ctx.clashes(API_ID, apigateway.RestApi, "REST API", path):
        return None
    if API_ID in ctx.template.resources:
        return ctx.template.resources[API_ID]
    settings = app.api or RestApi()
    name = settings.name or (f"{app.name}-{settings.stage}" if app.name else settings.stage)
    return ctx.add(
        apigateway.RestApi,
        API_ID,
        {
            "Name": ctx.params(name),
            "EndpointConfiguration": {"Types": [settings.endpoint_type]},
        },
    )


def _resource_id(ctx: Context, path: str, where: str) -> CfnValue | None:
    from troposphere import apigateway

    parent: CfnValue = getatt(API_ID, "RootResourceId")
    so_far = ""
    for part in path.strip("/").split("/"):
        so_far = f"{so_far}/{part}"
        lid = "ApiGatewayResource" + "".join(
            norm(re.sub(r"[{}]", "", p).replace(".", "Dot").replace("+", "Plus"))
            + ("Var" if "{" in p else "")
            for p in so_far.strip("/").split("/")
        )
        if ctx.clashes(lid, apigateway.Resource, f"API resource {so_far}", where):
            return None
        if lid not in ctx.template.resources:
            ctx.add(
                apigateway.Resource,
                lid,
                {"ParentId": parent, "PathPart": part, "RestApiId": ref(API_ID)},
            )
        parent = ref(lid)
    return parent


def build_api_endpoint(
    ctx: Context, app: App, mb: MachineBuild, endpoint: ApiEndpoint, path: str
) -> None:
    """Add the API (once), the path resources, the method, CORS, authorizer and role."""
    from troposphere import apigateway, awslambda, iam

    if endpoint.action == "StartSyncExecution" and mb.deployment.machine.type != "EXPRESS":
        ctx.fail(
            "action='StartSyncExecution' needs an EXPRESS state machine (Step Functions runs "
            f"synchronous executions only for EXPRESS workflows), but {mb.name or mb.logical_id!r} "
            "is STANDARD; use StateMachine(..., type='EXPRESS') or action='StartExecution'",
            path,
            "sync-execution-standard",
        )
        return
    if _api(ctx, app, path) is None:
        return
    resource = _resource_id(ctx, endpoint.path, path)
    if resource is None:
        return
    resource_name = (
        str(resource["Ref"])[len("ApiGatewayResource") :] if isinstance(resource, dict) else ""
    )
    method_id = f"ApiGatewayMethod{resource_name}{endpoint.method.title()}"
    if not ctx.logical_id(method_id, "API method", path):
        return
    if endpoint.role is not None:
        credentials = ctx.params(endpoint.role, path)
    else:
        credentials = getatt(API_ROLE_ID, "Arn")
        statement = mb.start_statement(f"states:{endpoint.action}")
        statements: list[dict[str, Any]] = ctx.shared.setdefault("api-role-statements", [])
        if statement not in statements:
            statements.append(statement)
        document = {"Version": "2012-10-17", "Statement": list(statements)}
        if ctx.clashes(API_ROLE_ID, iam.Role, "role of the API", path):
            return
        if API_ROLE_ID not in ctx.template.resources:
            ctx.add(
                iam.Role,
                API_ROLE_ID,
                {
                    "AssumeRolePolicyDocument": events_trust("apigateway.amazonaws.com"),
                    "Policies": [
                        {"PolicyName": "apigatewaytostepfunctions", "PolicyDocument": document}
                    ],
                },
            )
        else:
            ctx.template.resources[API_ROLE_ID] = _with_policy(
                ctx.template.resources[API_ROLE_ID], document
            )
    templates = endpoint.request_templates
    if templates is None:
        templates = {
            "application/json": _DEFAULT_TEMPLATE,
            "application/x-www-form-urlencoded": _FORM_TEMPLATE,
        }
    request_templates = {
        content_type: {"Fn::Sub": [text, {"StateMachineArn": mb.start_arn}]}
        if "${StateMachineArn}" in text
        else text
        for content_type, text in templates.items()
    }
    cors = Cors() if endpoint.cors is True else endpoint.cors or None
    response_parameters: dict[str, Any] = {}
    method_response_parameters: dict[str, bool] = {}
    if cors is not None:
        response_parameters["method.response.header.Access-Control-Allow-Origin"] = (
            f"'{','.join(cors.origins)}'"
        )
        method_response_parameters["method.response.header.Access-Control-Allow-Origin"] = True
    integration_responses: list[dict[str, Any]] = [
        {"StatusCode": "200", "SelectionPattern": ""},
        {"StatusCode": "400", "SelectionPattern": "4\\d{2}"},
    ]
    method_responses: list[dict[str, Any]] = [{"StatusCode": "200"}, {"StatusCode": "400"}]
    if response_parameters:
        for item in integration_responses:
            item["ResponseParameters"] = dict(response_parameters)
        for item in method_responses:
            item["ResponseParameters"] = dict(method_response_parameters)
    props: dict[str, Any] = {
        "HttpMethod": endpoint.method,
        "ResourceId": resource,
        "RestApiId": ref(API_ID),
        "ApiKeyRequired": endpoint.private,
        "AuthorizationType": "NONE",
        "Integration": {
            "Type": "AWS",
            "IntegrationHttpMethod": "POST",
            "Uri": sub(
                "arn:",
                {"Ref": "AWS::Partition"},
                ":apigateway:",
                {"Ref": "AWS::Region"},
                f":states:action/{endpoint.action}",
            ),
            "Credentials": credentials,
            "PassthroughBehavior": "NEVER",
            "RequestTemplates": request_templates,
            "IntegrationResponses": integration_responses,
        },
        "MethodResponses": method_responses,
    }
    auth = endpoint.authorizer
    if auth is not None:
        props["AuthorizationType"] = {"TOKEN": "CUSTOM", "REQUEST": "CUSTOM"}.get(
            auth.type, auth.type
        )
        if auth.type != "AWS_IAM":
            if auth.authorizer_id is not None:
                props["AuthorizerId"] = auth.authorizer_id
            else:
                _authorizer(ctx, auth, path, apigateway, awslambda)
                props["AuthorizerId"] = ref(auth.logical_id)
        if auth.scopes:
            props["AuthorizationScopes"] = list(auth.scopes)
    ctx.add(apigateway.Method, method_id, props)
    if cors is not None:
        _cors(ctx, resource, resource_name, endpoint, cors, path)
    _deployment(ctx, app, path)


def _authorizer(ctx: Context, auth: Authorizer, path: str, apigateway: Any, awslambda: Any) -> None:
    lid = auth.logical_id
    if ctx.clashes(lid, apigateway.Authorizer, f"authorizer {auth.name!r}", path):
        return
    if lid in ctx.template.resources:
        return
    props: dict[str, Any] = {
        "Name": auth.name or "default",
        "RestApiId": ref(API_ID),
        "Type": auth.type,
        "IdentitySource": auth.identity_source,
    }
    if auth.type == "COGNITO_USER_POOLS":
        props["ProviderARNs"] = list(auth.provider_arns)
    else:
        if auth.function_arn is None:
            ctx.fail(f"authorizer {auth.name!r} needs a function ARN", path, "authorizer")
            return
        props["AuthorizerUri"] = sub(
            "arn:",
            {"Ref": "AWS::Partition"},
            ":apigateway:",
            {"Ref": "AWS::Region"},
            ":lambda:path/2015-03-31/functions/",
            auth.function_arn,
            "/invocations",
        )
        props["AuthorizerResultTtlInSeconds"] = auth.result_ttl_seconds
        ctx.add(
            awslambda.Permission,
            f"{lid}LambdaPermission",
            {
                "Action": "lambda:InvokeFunction",
                "FunctionName": auth.function_arn,
                "Principal": "apigateway.amazonaws.com",
                "SourceArn": sub(
                    "arn:",
                    {"Ref": "AWS::Partition"},
                    ":execute-api:",
                    {"Ref": "AWS::Region"},
                    ":",
                    {"Ref": "AWS::AccountId"},
                    ":",
                    ref(API_ID),
                    "/authorizers/",
                    ref(lid),
                ),
            },
        )
    ctx.add(apigateway.Authorizer, lid, props)


def _cors(
    ctx: Context,
    resource: CfnValue,
    resource_name: str,
    endpoint: ApiEndpoint,
    cors: Cors,
    path: str,
) -> None:
    from troposphere import apigateway

    lid = f"ApiGatewayMethod{resource_name}Options"
    methods = ["OPTIONS"]
    if endpoint.method == "ANY":
        methods += ["DELETE", "GET", "HEAD", "PATCH", "POST", "PUT"]
    else:
        methods.append(endpoint.method)
    if ctx.clashes(lid, apigateway.Method, "CORS OPTIONS method", path):
        return
    if lid in ctx.template.resources:
        import copy

        # A copy: add_to leaves the caller's resources untouched until the build succeeds.
        existing = ctx.template.resources[lid] = copy.deepcopy(ctx.template.resources[lid])
        params = existing.Integration.IntegrationResponses[0].ResponseParameters
        key = "method.response.header.Access-Control-Allow-Methods"
        known = params[key].strip("'").split(",")
        params[key] = "'" + ",".join(sorted(set(known) | set(methods))) + "'"
        return
    headers = {
        "method.response.header.Access-Control-Allow-Origin": f"'{','.join(cors.origins)}'",
        "method.response.header.Access-Control-Allow-Headers": f"'{','.join(cors.headers)}'",
        "method.response.header.Access-Control-Allow-Methods": f"'{','.join(sorted(set(methods)))}'",
        "method.response.header.Access-Control-Allow-Credentials": (
            f"'{str(cors.allow_credentials).lower()}'"
        ),
    }
    if cors.max_age is not None:
        headers["method.response.header.Access-Control-Max-Age"] = f"'{cors.max_age}'"
    ctx.add(
        apigateway.Method,
        lid,
        {
            "HttpMethod": "OPTIONS",
            "ResourceId": resource,
            "RestApiId": ref(API_ID),
            "AuthorizationType": "NONE",
            "Integration": {
                "Type": "MOCK",
                "RequestTemplates": {"application/json": '{"statusCode": 200}'},
                "IntegrationResponses": [
                    {
                        "StatusCode": "200",
                        "ResponseParameters": headers,
                        "ResponseTemplates": {"application/json": ""},
                    }
                ],
            },
            "MethodResponses": [
                {"StatusCode": "200", "ResponseParameters": dict.fromkeys(headers, True)}
            ],
        },
    )
    del path


def _made_for_the_api(ctx: Context, prefix: str, kind: str) -> list[str]:
    """What an earlier build into this template made for the shared API, to be made again.

    Only resources of that type which belong to the API (they name it, the usage plan or its
    deployment): anything else whose logical id merely starts with *prefix* stays, and a clash
    with it is reported.
    """
    made = []
    for lid, resource in ctx.template.resources.items():
        if not lid.startswith(prefix) or getattr(resource, "resource_type", None) != kind:
            continue
        data = json.dumps(resource.to_dict())
        if (
            f'{{"Ref": "{API_ID}"}}' in data
            or '{"Ref": "ApiGatewayUsagePlan"}' in data
            or (kind == "AWS::ApiGateway::ApiKey" and '"DependsOn": ["ApiGatewayDeployment' in data)
        ):
            made.append(lid)
    return made


def _deployment(ctx: Context, app: App, path: str) -> None:
    """(Re)create the deployment so it depends on every method; keys and usage plan follow."""
    from troposphere import apigateway

    methods = sorted(
        lid
        for lid, r in ctx.template.resources.items()
        if r.resource_type == "AWS::ApiGateway::Method"
    )
    for lid in _made_for_the_api(ctx, "ApiGatewayDeployment", "AWS::ApiGateway::Deployment"):
        del ctx.template.resources[lid]
    settings = app.api or RestApi()
    stage = ctx.params(settings.stage)
    digest = hashlib.sha256(json.dumps(methods).encode()).hexdigest()[:8]
    deployment_id = f"ApiGatewayDeployment{digest}"
    if not ctx.logical_id(deployment_id, "API deployment", path):
        return
    ctx.add(
        apigateway.Deployment,
        deployment_id,
        {"RestApiId": ref(API_ID), "StageName": stage},
        depends_on=methods,
    )
    if "ServiceEndpoint" not in ctx.template.outputs:
        ctx.output(
            "ServiceEndpoint",
            sub(
                "https://",
                ref(API_ID),
                ".execute-api.",
                {"Ref": "AWS::Region"},
                ".",
                {"Ref": "AWS::URLSuffix"},
                f"/{stage}",
            ),
            "URL of the API stage",
        )
    plan = settings.usage_plan
    if plan is None:
        return
    for prefix, kind in (
        ("ApiGatewayApiKey", "AWS::ApiGateway::ApiKey"),
        ("ApiGatewayUsagePlan", "AWS::ApiGateway::UsagePlan"),
        ("ApiGatewayUsagePlanKey", "AWS::ApiGateway::UsagePlanKey"),
    ):
        for lid in _made_for_the_api(ctx, prefix, kind):
            del ctx.template.resources[lid]
    plan_props: dict[str, Any] = {"ApiStages": [{"ApiId": ref(API_ID), "Stage": stage}]}
    if plan.quota_limit is not None:
        quota: dict[str, Any] = {"Limit": plan.quota_limit}
        if plan.quota_offset is not None:
            quota["Offset"] = plan.quota_offset
        if plan.quota_period is not None:
            quota["Period"] = plan.quota_period
        plan_props["Quota"] = quota
    throttle: dict[str, Any] = {}
    if plan.burst_limit is not None:
        throttle["BurstLimit"] = plan.burst_limit
    if plan.rate_limit is not None:
        throttle["RateLimit"] = plan.rate_limit
    if throttle:
        plan_props["Throttle"] = throttle
    if not ctx.logical_id("ApiGatewayUsagePlan", "usage plan", path):
        return
    ctx.add(apigateway.UsagePlan, "ApiGatewayUsagePlan", plan_props, depends_on=[deployment_id])
    for n, key_name in enumerate(plan.api_keys, start=1):
        key_id = f"ApiGatewayApiKey{n}"
        if not (
            ctx.logical_id(key_id, "API key", path)
            and ctx.logical_id(f"ApiGatewayUsagePlanKey{n}", "usage plan key", path)
        ):
            return
        ctx.add(
            apigateway.ApiKey,
            key_id,
            {"Enabled": True, "Name": ctx.params(key_name)},
            depends_on=[deployment_id],
        )
        ctx.add(
            apigateway.UsagePlanKey,
            f"ApiGatewayUsagePlanKey{n}",
            {"KeyId": ref(key_id), "KeyType": "API_KEY", "UsagePlanId": ref("ApiGatewayUsagePlan")},
        )


__all__ = [
    "DEFAULT_CORS_HEADERS",
    "ApiEndpoint",
    "Authorizer",
    "Cors",
    "Event",
    "EventRule",
    "RestApi",
    "RetryPolicy",
    "Schedule",
    "UsagePlan",
    "build_events",
    "dlq_policy_warning",
    "schedule_problem",
]
