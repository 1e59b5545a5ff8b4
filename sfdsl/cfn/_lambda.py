"""Lambda functions a workflow calls: defined in the template, referenced, or given by ARN.

A :class:`Function` hands out :class:`~sfdsl.Placeholder` values (``.arn``, ``.latest``,
``.version``, ``.alias``) to use inside Task resources and parameters; the template builder
puts their CloudFormation values into ``DefinitionSubstitutions``.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any, Literal

import attrs

from sfdsl._values import Placeholder
from sfdsl.cfn._values import (
    CfnValue,
    frozen,
    frozen_mapping,
    getatt,
    is_intrinsic,
    norm,
    option_error,
    ref,
)

_SCHEDULE = re.compile(r"^(cron\(.+\)|rate\(.+\)|at\(.+\))$")
_ALIAS_NAME = re.compile(r"^(?!^[0-9]+$)[a-zA-Z0-9-_]{1,128}$")
_FN_ARN = re.compile(
    r"^arn:[^:]+:lambda:[^:]*:[^:]*:function:(?P<name>[A-Za-z0-9_-]+)(:(?P<q>.+))?$"
)


def _positive(_obj: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name} must be an int >= 0, got {value!r}"
        raise option_error(msg)


@attrs.frozen
class ScheduledScaling:
    """A scheduled change of provisioned concurrency (``ScalableTarget.ScheduledActions``).

    Example:
        >>> ScheduledScaling("day", "cron(0 8 * * ? *)", min_capacity=10, max_capacity=10).name
        'day'
    """

    name: str
    schedule: str = attrs.field()
    min_capacity: int = attrs.field(kw_only=True, validator=_positive)
    max_capacity: int = attrs.field(kw_only=True, validator=_positive)
    timezone: str | None = attrs.field(default=None, kw_only=True)

    @schedule.validator
    def _check_schedule(self, _attr: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _SCHEDULE.match(value):
            msg = (
                f"schedule must be 'cron(...)', 'rate(...)' or 'at(...)', got {value!r}; "
                "for example 'cron(0 8 * * ? *)'"
            )
            raise option_error(msg)


def _scheduled(value: Iterable[ScheduledScaling]) -> tuple[ScheduledScaling, ...]:
    return tuple(value)


@attrs.frozen
class Autoscaling:
    """Application Auto Scaling for a function's provisioned concurrency.

    Args:
        min_capacity, max_capacity: bounds of provisioned concurrency.
        target_utilization: target tracking on ``LambdaProvisionedConcurrencyUtilization``
            (a fraction, e.g. ``0.7``); ``None`` for no target tracking policy.
        scheduled: scheduled capacity changes.

    Example:
        >>> Autoscaling(1, 10, target_utilization=0.7).max_capacity
        10
    """

    min_capacity: int = attrs.field(validator=_positive)
    max_capacity: int = attrs.field(validator=_positive)
    target_utilization: float | None = attrs.field(default=None, kw_only=True)
    scheduled: tuple[ScheduledScaling, ...] = attrs.field(
        default=(), kw_only=True, converter=_scheduled
    )

    @target_utilization.validator
    def _check_target(self, _attr: attrs.Attribute[float | None], value: float | None) -> None:
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int | float) or not 0.1 <= value <= 0.9
        ):
            msg = f"target_utilization must be a fraction between 0.1 and 0.9, got {value!r}"
            raise option_error(msg)

    def __attrs_post_init__(self) -> None:
        if self.min_capacity > self.max_capacity:
            msg = (
                f"min_capacity ({self.min_capacity}) must not exceed max_capacity "
                f"({self.max_capacity})"
            )
            raise option_error(msg)


@attrs.frozen
class ProvisionedConcurrency:
    """Provisioned concurrency on an alias of a published version.

    Tasks that use :attr:`Function.arn` then call the alias, which is where the warm workers are.

    Example:
        >>> ProvisionedConcurrency(3).alias
        'provisioned'
    """

    executions: int = attrs.field(validator=_positive)
    alias: str = attrs.field(default="provisioned", kw_only=True)
    autoscaling: Autoscaling | None = attrs.field(default=None, kw_only=True)

    @alias.validator
    def _check_alias(self, _attr: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _ALIAS_NAME.match(value):
            msg = f"alias must be 1-128 letters, digits, '-' or '_' and not only digits, got {value!r}"
            raise option_error(msg)


Kind = Literal["defined", "ref", "arn"]


@attrs.frozen
class Function:
    """A Lambda function that tasks call.

    Create one with the constructor (the function is defined in the template),
    :meth:`ref` (a function with that logical id is defined elsewhere in the same template) or
    :meth:`from_arn` (a function outside the stack).

    Handles for Task resources and parameters:

    - :attr:`arn`: what tasks should call: the provisioned-concurrency alias when there is one,
      else the exact version when ``exact_version=True``, else the function ARN;
    - :attr:`latest`: the unqualified ARN (``$LATEST``);
    - :attr:`version`: the ``AWS::Lambda::Version`` published with this template;
    - :attr:`alias`: the provisioned-concurrency alias.

    Example:
        >>> from sfdsl import StateMachine, Task
        >>> hello = Function("Hello", code="def handler(e, c):\\n    return e\\n")
        >>> StateMachine(Task("Hello", resource=hello.arn)).to_asl()["States"]["Hello"]["Resource"]
        '${HelloArn}'
    """

    logical_id: str = attrs.field()
    kind: Kind = attrs.field(default="defined", kw_only=True)
    function_arn: str | None = attrs.field(default=None, kw_only=True)
    code: str | None = attrs.field(default=None, kw_only=True)
    code_uri: str | None = attrs.field(default=None, kw_only=True)
    handler: str = attrs.field(default="index.handler", kw_only=True)
    runtime: str = attrs.field(default="python3.12", kw_only=True)
    function_name: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    memory_size: int | None = attrs.field(default=None, kw_only=True)
    timeout: int | None = attrs.field(default=None, kw_only=True)
    environment: Mapping[str, str] = attrs.field(
        factory=dict, kw_only=True, converter=frozen_mapping
    )
    role: CfnValue | None = attrs.field(default=None, kw_only=True, converter=frozen)
    exact_version: bool = attrs.field(default=False, kw_only=True)
    version_key: str | None = attrs.field(default=None, kw_only=True)
    provisioned: ProvisionedConcurrency | None = attrs.field(default=None, kw_only=True)

    @logical_id.validator
    def _check_id(self, _attr: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9]{1,200}", value):
            msg = f"logical_id must be 1-200 letters and digits, got {value!r}"
            raise option_error(msg)

    def __attrs_post_init__(self) -> None:
        if self.kind == "defined" and (self.code is None) == (self.code_uri is None):
            msg = (
                f"Function {self.logical_id!r} needs exactly one of code= (inline source) or "
                "code_uri= ('s3://bucket/key'); use Function.ref() for a function defined elsewhere"
            )
            raise option_error(msg)
        if self.code_uri is not None and not re.fullmatch(r"s3://[^/]+/.+", self.code_uri):
            msg = f"code_uri must be 's3://bucket/key', got {self.code_uri!r}"
            raise option_error(msg)
        if self.kind == "arn" and (self.provisioned or self.exact_version):
            msg = (
                f"Function {self.logical_id!r} is given by ARN, so this template cannot publish "
                "versions or aliases of it; pass a qualified ARN ('...:function:name:alias') instead"
            )
            raise option_error(msg)

    @classmethod
    def ref(
        cls,
        logical_id: str,
        *,
        exact_version: bool = False,
        version_key: str | None = None,
        provisioned: ProvisionedConcurrency | None = None,
    ) -> Function:
        """A function defined elsewhere in the same template, by its logical id.

        Versions and aliases are still created here; ``version_key`` (for example the code's
        hash) decides when a new version is published.

        Example:
            >>> Function.ref("Worker").latest
            Placeholder(name='WorkerArn', value={'Fn::GetAtt': ['Worker', 'Arn']})
        """
        return cls(
            logical_id,
            kind="ref",
            exact_version=exact_version,
            version_key=version_key,
            provisioned=provisioned,
        )

    @classmethod
    def from_arn(cls, function_arn: str, *, logical_id: str | None = None) -> Function:
        """A function outside this stack, by ARN (may be qualified with a version or alias).

        Example:
            >>> f = Function.from_arn("arn:aws:lambda:us-east-1:123456789012:function:hello:2")
            >>> f.arn.name, f.arn.value
            ('HelloArn', 'arn:aws:lambda:us-east-1:123456789012:function:hello:2')
        """
        m = _FN_ARN.match(function_arn) if isinstance(function_arn, str) else None
        if m is None and not (isinstance(function_arn, str) and "${" in function_arn):
            msg = (
                "function_arn must be 'arn:<partition>:lambda:<region>:<account>:function:<name>', "
                f"got {function_arn!r}"
            )
            raise option_error(msg)
        if m is None:
            # arn:${AWS::Partition}:lambda:${AWS::Region}:...:function:name: still named by it.
            m = re.search(r":function:(?P<name>[A-Za-z0-9_-]+)(:|$)", function_arn)
        name = logical_id or (norm(m["name"]) if m else "Function")
        return cls(name, kind="arn", function_arn=function_arn)

    # --- handles -------------------------------------------------------------------------

    @property
    def arn(self) -> Placeholder:
        """What a task should call (alias, exact version or function, in that order).

        Example:
            >>> code = "def handler(e, c): return e"
            >>> Function("Charge", code=code).arn.value
            {'Fn::GetAtt': ['Charge', 'Arn']}
            >>> Function("Charge", code=code, exact_version=True).arn.name
            'ChargeVersion'
            >>> Function("Charge", code=code, provisioned=ProvisionedConcurrency(2)).arn.name
            'ChargeAlias'
        """
        if self.provisioned is not None:
            return self.alias
        if self.exact_version:
            return self.version
        return self.latest

    @property
    def latest(self) -> Placeholder:
        """The unqualified function ARN: calls ``$LATEST``.

        Example:
            >>> Function("Charge", code="def handler(e, c): return e", exact_version=True).latest
            Placeholder(name='ChargeArn', value={'Fn::GetAtt': ['Charge', 'Arn']})
        """
        value: CfnValue
        if self.kind == "arn":
            assert self.function_arn is not None
            value = self.function_arn
        else:
            value = getatt(self.logical_id, "Arn")
        return Placeholder(f"{self.logical_id}Arn", value)

    @property
    def version(self) -> Placeholder:
        """The version published by this template (``AWS::Lambda::Version``; Ref is its ARN).

        Raises:
            ValueError: for a function given by ARN (:meth:`from_arn`).

        Example:
            >>> fn = Function("Charge", code="def handler(e, c): return e")
            >>> fn.version.value == {"Ref": fn.version_logical_id}
            True
        """
        self._needs_template("version")
        return Placeholder(f"{self.logical_id}Version", ref(self.version_logical_id))

    @property
    def alias(self) -> Placeholder:
        """The provisioned-concurrency alias (``AWS::Lambda::Alias``; Ref is its ARN).

        Raises:
            ValueError: when the function has no ``provisioned=``.

        Example:
            >>> fn = Function.ref("Charge", provisioned=ProvisionedConcurrency(2))
            >>> fn.alias
            Placeholder(name='ChargeAlias', value={'Ref': 'ChargeProvConcLambdaAlias'})
        """
        if self.provisioned is None:
            msg = (
                f"Function {self.logical_id!r} has no alias: pass "
                "provisioned=ProvisionedConcurrency(n) to create one"
            )
            raise option_error(msg)
        return Placeholder(f"{self.logical_id}Alias", ref(self.alias_logical_id))

    def _needs_template(self, what: str) -> None:
        if self.kind == "arn":
            msg = (
                f"Function {self.logical_id!r} is given by ARN, so it has no {what} in this "
                "template; use a qualified ARN ('...:function:name:3') with Function.from_arn"
            )
            raise option_error(msg)

    # --- logical ids -------------------------------------------------------------------------

    @property
    def version_logical_id(self) -> str:
        """``<id>Version<hash>``: the hash changes with the code, so CloudFormation publishes anew.

        Example:
            >>> v1, v2 = (Function.ref("Charge", version_key=k).version_logical_id for k in ("1", "2"))
            >>> v1.startswith("ChargeVersion"), v1 == v2
            (True, False)
        """
        return f"{self.logical_id}Version{self.code_hash()[:10]}"

    @property
    def alias_logical_id(self) -> str:
        """``<id>ProvConcLambdaAlias``, as the serverless framework names it.

        Example:
            >>> Function.ref("Charge").alias_logical_id
            'ChargeProvConcLambdaAlias'
        """
        return f"{self.logical_id}ProvConcLambdaAlias"

    @property
    def role_logical_id(self) -> str:
        """The generated execution role of a function defined here without ``role=``.

        Example:
            >>> Function("Charge", code="def handler(e, c): return e").role_logical_id
            'ChargeRole'
        """
        return f"{self.logical_id}Role"

    def code_hash(self) -> str:
        """A hash of everything that a published version freezes (code and configuration).

        Example:
            >>> small = Function("Charge", code="def handler(e, c): return e", memory_size=128)
            >>> large = Function("Charge", code="def handler(e, c): return e", memory_size=1024)
            >>> small.code_hash() == large.code_hash()
            False
        """
        data = {
            "code": self.code,
            "code_uri": self.code_uri,
            "handler": self.handler,
            "runtime": self.runtime,
            "memory": self.memory_size,
            "timeout": self.timeout,
            "environment": dict(sorted(self.environment.items())),
            "description": self.description,
            "key": self.version_key,
            "id": self.logical_id,
        }
        text = json.dumps(data, sort_keys=True)
        return hashlib.sha256(text.encode()).hexdigest()

    def targets(self) -> dict[str, str]:
        """Substitution values that reach ``$LATEST``, by their JSON text (none for an ARN).

        Example:
            >>> sorted(Function.ref("Charge").targets())
            ['{"Fn::GetAtt": ["Charge", "Arn"]}', '{"Ref": "Charge"}']
        """
        if self.kind == "arn":
            return {}
        values: list[CfnValue] = [getatt(self.logical_id, "Arn"), ref(self.logical_id)]
        return {json.dumps(v, sort_keys=True): self.logical_id for v in values}


def latest_problem(fn: Function, value: object) -> bool:
    """True when *value* (a substitution or literal ARN) calls *fn* through ``$LATEST``."""
    if fn.kind == "arn":
        return False
    if is_intrinsic(value):
        return json.dumps(value, sort_keys=True) in fn.targets()
    if isinstance(value, str) and fn.function_name:
        m = _FN_ARN.match(value)
        return bool(m and m["name"] == fn.function_name and m["q"] in (None, "$LATEST"))
    return False


# --- runtimes -----------------------------------------------------------------------------


@functools.cache
def lambda_runtimes() -> dict[str, dict[str, str]]:
    """Lambda runtime identifier -> its ``deprecated``, ``create_block`` and ``update_block`` dates.

    From the "Lambda runtimes" page of the AWS Lambda developer guide
    (https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html, "Deprecated runtimes"
    and "Supported runtimes"); the table is ``sfdsl/cfn/lambda_runtimes.json``.

    Example:
        >>> lambda_runtimes()["python3.7"]["create_block"]
        '2024-01-09'
    """
    text = resources.files("sfdsl.cfn").joinpath("lambda_runtimes.json").read_text("utf-8")
    table: dict[str, dict[str, str]] = json.loads(text)["runtimes"]
    return table


def runtime_problem(runtime: str, today: datetime.date) -> tuple[str, str] | None:
    """``("error" | "warning", message)`` for a Lambda runtime on *today*, else ``None``.

    Lambda refuses to create a function with a runtime past its "block function create"
    date (an error); a deprecated runtime gets no security patches (a warning).

    Example:
        >>> runtime_problem("python3.7", datetime.date(2026, 12, 7))[0]
        'error'
        >>> runtime_problem("python3.9", datetime.date(2026, 12, 7))[0]
        'warning'
        >>> runtime_problem("python3.12", datetime.date(2026, 12, 7)) is None
        True
    """
    dates = lambda_runtimes().get(runtime)
    if dates is None:
        return None
    successor = dates.get("successor")
    fix = f"use {successor}" if successor else "use a supported runtime"
    page = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html"
    if datetime.date.fromisoformat(dates["create_block"]) <= today:
        return (
            "error",
            f"runtime {runtime!r} is blocked for new functions since {dates['create_block']} "
            f"(updates of existing ones since {dates['update_block']}), so Lambda refuses to "
            f"create this function; {fix} ({page})",
        )
    if datetime.date.fromisoformat(dates["deprecated"]) <= today:
        return (
            "warning",
            f"runtime {runtime!r} is deprecated since {dates['deprecated']} (no more security "
            f"patches); Lambda blocks creating functions with it from {dates['create_block']}; "
            f"{fix} ({page})",
        )
    return None


__all__ = [
    "Autoscaling",
    "Function",
    "Kind",
    "ProvisionedConcurrency",
    "ScheduledScaling",
    "lambda_runtimes",
    "latest_problem",
    "runtime_problem",
]
