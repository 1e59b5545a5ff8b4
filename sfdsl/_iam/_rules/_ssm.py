"""AWS Systems Manager Parameter Store: parameters by name, names or path."""

from __future__ import annotations

from sfdsl._iam import _sdk
from sfdsl._iam._cfn import (
    Cfn,
    literal,
    sub,
)
from sfdsl._iam._model import Arg, Env, Grant, Task, grant
from sfdsl._iam._rules._common import _dynamic, _is_arn, _lookup

_SSM_BY_NAME = (
    "getParameter",
    "putParameter",
    "deleteParameter",
    "getParameterHistory",
    "labelParameterVersion",
    "unlabelParameterVersion",
)


def _parameter_arn(env: Env, value: Cfn) -> Cfn:
    """``parameter/<name>``: a hierarchical name's leading ``/`` is not doubled, and a
    ``:version`` or ``:label`` selector is not part of the ARN."""
    lit = literal(value)
    if lit is not None:
        if lit.startswith("arn:"):
            return lit
        return env.arn("ssm", f"parameter/{lit.split(':', 1)[0].lstrip('/')}")
    if _is_arn(value):
        return value
    return env.arn("ssm", "parameter/", value)


def ssm_parameters(env: Env, task: Task) -> list[Grant]:
    """Parameters of Name, Names or Path: a hierarchical name's leading ``/`` is not
    doubled, a ``:version`` selector is no part of the ARN, a path also grants what is below it:
    https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-access.html
    """
    actions = tuple(f"ssm:{a}" for a in _sdk.iam_actions("ssm", task.api))
    wildcard = env.arn("ssm", "parameter/*")
    if task.api == "getParametersByPath":
        arg, value = _lookup(env, task, "Path")
        if arg.dynamic:
            _dynamic(env, arg, actions[0], "every parameter in the account and region")
            return [grant(actions, wildcard)]
        if value is None:
            return []
        path = literal(value)
        if path is not None and not path.startswith("arn:"):
            if not path.strip("/"):
                return [grant(actions, wildcard)]
            value = path.rstrip("/")
        base = _parameter_arn(env, value)
        return [grant(actions, base, sub(base, "/*"))]
    if task.api in _SSM_BY_NAME:
        arg, value = _lookup(env, task, "Name")
        if arg.dynamic:
            _dynamic(env, arg, actions[0], "every parameter in the account and region")
            return [grant(actions, wildcard)]
        return [grant(actions, _parameter_arn(env, value))] if value is not None else []
    arg = task.args.get("Names")
    if arg.dynamic or (arg.static and not isinstance(arg.raw, list)):
        _dynamic(env, arg, actions[0], "every parameter in the account and region")
        return [grant(actions, wildcard)]
    if not arg.static:
        return []
    names: list[Cfn] = []
    for i, item in enumerate(arg.raw):
        value = env.value(Arg("static", item, f"{arg.path}[{i}]"))
        if value is not None:
            names.append(_parameter_arn(env, value))
    return [grant(actions, *names)] if names else []
