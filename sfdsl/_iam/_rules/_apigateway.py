"""Amazon API Gateway: execute-api:Invoke for tasks that sign their calls with the role."""

from __future__ import annotations

import re

from sfdsl._iam._cfn import (
    Cfn,
    literal,
    select,
    sub,
)
from sfdsl._iam._model import Env, Grant, Task, grant
from sfdsl._iam._rules._common import _dynamic, _lookup

_API_ENDPOINT = re.compile(r"([a-z0-9]+)\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?")


def apigateway_invoke(env: Env, task: Task) -> list[Grant]:
    """``execute-api:Invoke`` when the task signs its calls with the role (``IAM_ROLE``).

    With ``NO_AUTH`` (the default) or ``RESOURCE_POLICY``, the API itself decides who may
    call it, so the role needs nothing.
    """
    action = "execute-api:Invoke"
    auth_arg, auth = _lookup(env, task, "AuthType")
    if auth_arg.dynamic:
        _dynamic(env, auth_arg, action, "the API in case it is IAM_ROLE")
    elif auth != "IAM_ROLE":
        return []
    endpoint_arg, endpoint = _lookup(env, task, "ApiEndpoint")
    text = literal(endpoint) if endpoint is not None else None
    api: Cfn = "*"
    region: Cfn = env.region
    if text is not None and (m := _API_ENDPOINT.fullmatch(text)):
        api, region = m[1], m[2]
    elif endpoint_arg.dynamic:
        _dynamic(env, endpoint_arg, action, "every API in the account and region")
    elif endpoint is not None and text is None:
        api = select(0, ".", endpoint)
    else:
        env.warn(
            endpoint_arg.path,
            "the API id is not in ApiEndpoint (expected <api-id>.execute-api.<region>."
            f"amazonaws.com), so {action} is granted on every API in the account and region",
        )
    parts: list[Cfn] = []
    for name in ("Stage", "Method", "Path"):
        arg, value = _lookup(env, task, name)
        if arg.dynamic:
            _dynamic(env, arg, action, f"every {name.lower()} of the API")
        if value is None:
            parts.append("*")
        else:
            lit = literal(value)
            parts.append(lit.lstrip("/") if lit is not None and name == "Path" else value)
    resource = sub(
        "arn:",
        env.partition,
        ":execute-api:",
        region,
        ":",
        env.account,
        ":",
        api,
        "/",
        parts[0],
        "/",
        parts[1],
        "/",
        parts[2],
    )
    return [grant(action, resource)]
