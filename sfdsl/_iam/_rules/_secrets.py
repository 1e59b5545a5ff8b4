"""AWS Secrets Manager: a secret by name or ARN, with the suffix Secrets Manager adds."""

from __future__ import annotations

import re

from sfdsl._iam import _sdk
from sfdsl._iam._cfn import (
    Cfn,
    literal,
    ref_target,
)
from sfdsl._iam._model import Env, Grant, Task, grant
from sfdsl._iam._rules._common import _dynamic, _is_arn, _lookup

_SECRET_SUFFIX = re.compile(r".*:secret:.+-[A-Za-z0-9]{6}")


def secret_arn(env: Env, value: Cfn) -> Cfn:
    """A secret ARN from a name or ARN; a name (or partial ARN) gets the ``-??????`` suffix
    Secrets Manager appends to every secret's ARN."""
    lit = literal(value)
    if lit is not None:
        if lit.startswith("arn:"):
            return lit if _SECRET_SUFFIX.fullmatch(lit) else f"{lit}-??????"
        return env.arn("secretsmanager", f"secret:{lit}-??????")
    if ref_target(value) is not None and env.parameter(value) is None:
        return value  # Ref to an AWS::SecretsManager::Secret is its ARN.
    if _is_arn(value):
        return value
    return env.arn("secretsmanager", "secret:", value, "-??????")


def secretsmanager(env: Env, task: Task) -> list[Grant]:
    """The secret of SecretId (or Name); a name, or an ARN without it, gets the
    ``-??????`` suffix Secrets Manager adds to every secret's ARN:
    https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html
    """
    actions = tuple(f"secretsmanager:{a}" for a in _sdk.iam_actions("secretsmanager", task.api))
    name = "Name" if task.api == "createSecret" else "SecretId"
    arg, value = _lookup(env, task, name)
    if arg.dynamic:
        _dynamic(env, arg, actions[0], "every secret in the account and region")
        return [grant(actions, env.arn("secretsmanager", "secret:*"))]
    return [grant(actions, secret_arn(env, value))] if value is not None else []
