"""Lambda functions a workflow calls: defined in the template, referenced, or given by ARN.

A :class:`Function` hands out :class:`~sfdsl.Placeholder` values (``.arn``, ``.latest``,
``.version``, ``.alias``) to use inside Task resources and parameters; the template builder
puts their CloudFormation values into ``DefinitionSubstitutions``.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import attrs

from sfdsl._values import Placeholder
from sfdsl.cfn._context import CfnValue, Context, getatt, is_intrinsic, norm, option_error, ref, sub

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
    environment: Mapping[str, str] = attrs.field(factory=dict, kw_only=True)
    role: CfnValue | None = attrs.field(default=None, kw_only=True)
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


def build_function(ctx: Context, fn: Function, path: str) -> None:
    """Add a function, its role, version, alias and autoscaling to the template."""
    from troposphere import awslambda, iam

    if fn.kind == "defined":
        if not ctx.logical_id(fn.logical_id, "Lambda function", path, fn.logical_id):
            return
        role: CfnValue
        if fn.role is None:
            role = getatt(fn.role_logical_id, "Arn")
            if ctx.logical_id(fn.role_logical_id, "Lambda execution role", path):
                ctx.add(
                    iam.Role,
                    fn.role_logical_id,
                    {
                        "AssumeRolePolicyDocument": {
                            "Version": "2012-10-17",
                            "Statement": [
                                {
                                    "Effect": "Allow",
                                    "Principal": {"Service": "lambda.amazonaws.com"},
                                    "Action": "sts:AssumeRole",
                                }
                            ],
                        },
                        "ManagedPolicyArns": [
                            sub(
                                "arn:",
                                {"Ref": "AWS::Partition"},
                                ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                            )
                        ],
                    },
                )
        else:
            role = fn.role
        props: dict[str, Any] = {
            "Handler": fn.handler,
            "Runtime": fn.runtime,
            "Role": role,
        }
        if fn.code is not None:
            props["Code"] = {"ZipFile": ctx.params(fn.code, path)}
        else:
            assert fn.code_uri is not None
            bucket, _, key = fn.code_uri[len("s3://") :].partition("/")
            props["Code"] = {"S3Bucket": ctx.params(bucket, path), "S3Key": ctx.params(key, path)}
        if fn.function_name is not None:
            props["FunctionName"] = ctx.params(fn.function_name, path)
        if fn.description is not None:
            props["Description"] = fn.description
        if fn.memory_size is not None:
            props["MemorySize"] = fn.memory_size
        if fn.timeout is not None:
            props["Timeout"] = fn.timeout
        if fn.environment:
            props["Environment"] = {"Variables": ctx.params(dict(fn.environment), path)}
        ctx.add(awslambda.Function, fn.logical_id, props)
    if fn.kind == "arn":
        return
    if fn.kind == "ref" and not _referenced_function(ctx, fn, path):
        return
    if not (fn.exact_version or fn.provisioned):
        return
    version_id = fn.version_logical_id
    if ctx.logical_id(version_id, "Lambda version", path):
        # Retained: executions that started on a version keep calling it after an update.
        ctx.add(
            awslambda.Version,
            version_id,
            {"FunctionName": ref(fn.logical_id)},
            retain=True,
        )
    pc = fn.provisioned
    if pc is None:
        return
    alias_id = fn.alias_logical_id
    if not ctx.logical_id(alias_id, "Lambda alias", path):
        return
    ctx.add(
        awslambda.Alias,
        alias_id,
        {
            "FunctionName": ref(fn.logical_id),
            "FunctionVersion": getatt(version_id, "Version"),
            "Name": pc.alias,
            "ProvisionedConcurrencyConfig": {"ProvisionedConcurrentExecutions": pc.executions},
        },
    )
    if pc.autoscaling is not None:
        _autoscaling(ctx, fn, pc, pc.autoscaling, path)


def _referenced_function(ctx: Context, fn: Function, path: str) -> bool:
    """Whether the template has the function that ``Function.ref`` names; a problem if not."""
    resource = ctx.template.resources.get(fn.logical_id)
    kind = getattr(resource, "resource_type", None)
    if kind in ("AWS::Lambda::Function", "AWS::Serverless::Function"):
        return True
    if resource is None:
        ctx.shared.setdefault("missing-resources", set()).add(fn.logical_id)
        found = "the template has no resource with that logical id"
    else:
        found = f"{fn.logical_id!r} is a {kind}"
    ctx.fail(
        f"Function.ref({fn.logical_id!r}) needs a Lambda function {fn.logical_id!r} in the "
        f"template, but {found}; add the function to your troposphere Template and build "
        f"with App.add_to(template), or define it here with Function({fn.logical_id!r}, "
        "code=...)",
        path,
        "missing-resource",
    )
    return False


def _autoscaling(
    ctx: Context, fn: Function, pc: ProvisionedConcurrency, scaling: Autoscaling, path: str
) -> None:
    from troposphere import applicationautoscaling as aas

    target_id = f"{fn.logical_id}ProvConcScalableTarget"
    if not ctx.logical_id(target_id, "scalable target", path):
        return
    props: dict[str, Any] = {
        "MinCapacity": scaling.min_capacity,
        "MaxCapacity": scaling.max_capacity,
        "ResourceId": sub("function:", ref(fn.logical_id), f":{pc.alias}"),
        "ScalableDimension": "lambda:function:ProvisionedConcurrency",
        "ServiceNamespace": "lambda",
    }
    if scaling.scheduled:
        actions = []
        for action in scaling.scheduled:
            item: dict[str, Any] = {
                "ScheduledActionName": action.name,
                "Schedule": action.schedule,
                "ScalableTargetAction": {
                    "MinCapacity": action.min_capacity,
                    "MaxCapacity": action.max_capacity,
                },
            }
            if action.timezone:
                item["Timezone"] = action.timezone
            actions.append(item)
        props["ScheduledActions"] = actions
    ctx.add(aas.ScalableTarget, target_id, props, depends_on=[fn.alias_logical_id])
    if scaling.target_utilization is not None:
        policy_id = f"{fn.logical_id}ProvConcScalingPolicy"
        if ctx.logical_id(policy_id, "scaling policy", path):
            ctx.add(
                aas.ScalingPolicy,
                policy_id,
                {
                    "PolicyName": f"{fn.logical_id}ProvisionedConcurrencyUtilization",
                    "PolicyType": "TargetTrackingScaling",
                    "ScalingTargetId": ref(target_id),
                    "TargetTrackingScalingPolicyConfiguration": {
                        "TargetValue": scaling.target_utilization,
                        "PredefinedMetricSpecification": {
                            "PredefinedMetricType": "LambdaProvisionedConcurrencyUtilization"
                        },
                    },
                },
            )


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


__all__ = [
    "Autoscaling",
    "Function",
    "ProvisionedConcurrency",
    "ScheduledScaling",
    "build_function",
    "latest_problem",
]
