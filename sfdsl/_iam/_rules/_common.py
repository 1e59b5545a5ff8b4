"""Helpers the IAM rules of every service share: argument lookups, run-time warnings, ARN tests."""

from __future__ import annotations

import re
from collections.abc import Callable

from sfdsl._iam._cfn import (
    Cfn,
    getatt,
    literal,
    ref_target,
    select,
)
from sfdsl._iam._model import Arg, Env, Grant, Task
from sfdsl._iam._specs import _PIN

Rule = Callable[[Env, Task], list[Grant]]


def _field(path: str) -> str:
    """The field name at the end of a problem path (``...TopicArn.$`` -> ``TopicArn``)."""
    return path.removesuffix(".$").rsplit(".", 1)[-1]


def _dynamic(env: Env, arg: Arg, what: str, wildcard: str) -> None:
    env.warn(
        arg.path,
        f"{_field(arg.path)} is chosen at run time, so {what} is granted on {wildcard}; {_PIN}",
    )


def _missing(env: Env, arg: Arg, integration: str) -> None:
    env.fail(
        arg.path,
        f"{integration} needs {_field(arg.path)} to know which resource it "
        "uses; set it in Parameters/Arguments",
    )


def _template(value: Cfn) -> str | None:
    """The text of a value if it is a literal or a ``Fn::Sub`` template."""
    if isinstance(value, str):
        return value
    inner = value.get("Fn::Sub")
    if isinstance(inner, str):
        return inner
    if isinstance(inner, list) and inner and isinstance(inner[0], str):
        return inner[0]
    return None


def _is_arn(value: Cfn) -> bool:
    text = _template(value)
    if text is not None:
        return text.startswith("arn:")
    ga = getatt(value)
    return ga is not None and ga[1].endswith("Arn")


def _arn_fields(value: Cfn) -> dict[str, Cfn]:
    """Partition, region and account of an ARN known only at deploy time."""
    return {
        "partition": select(1, ":", value),
        "region": select(3, ":", value),
        "account": select(4, ":", value),
    }


def _lookup(env: Env, task: Task, name: str) -> tuple[Arg, Cfn | None]:
    arg = task.args.get(name)
    return arg, env.value(arg) if arg.static else None


# An ARN inside an Fn::Sub template: a field is literal text or ${...} (which may hold ':').
_SUB_FIELD = r"(?:\$\{[^}]*\}|[^:$])+"


def _pascal(api: str) -> str:
    return api[:1].upper() + api[1:]


def _named(
    env: Env,
    task: Task,
    param: str,
    service: str,
    kind: str,
    action: str,
    *,
    sep: str = "/",
    family: bool = False,
) -> tuple[list[Cfn], Arg]:
    """The ARN of a resource named by *param* (a name or an ARN)."""
    arg, value = _lookup(env, task, param)
    if arg.dynamic:
        _dynamic(env, arg, action, f"every {kind} in the account and region")
        return [env.arn(service, f"{kind}{sep}*")], arg
    if value is None:
        if not arg.static:
            _missing(env, arg, action)
        return [], arg
    lit = literal(value)
    if lit is not None and not lit.startswith("arn:"):
        suffix = ":*" if family and ":" not in lit else ""
        return [env.arn(service, f"{kind}{sep}{lit}{suffix}")], arg
    if lit is None and ref_target(value) is None and not _is_arn(value):
        return [env.arn(service, f"{kind}{sep}", value)], arg
    return [value], arg


_S3_URI = re.compile(r"s3://([^/]+)/?(.*)")
