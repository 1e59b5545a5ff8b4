"""AWS Lambda: the function a task invokes or manages, and every version and alias of it."""

from __future__ import annotations

import re

from sfdsl._iam import _sdk
from sfdsl._iam._cfn import (
    Cfn,
    getatt,
    literal,
    ref_target,
    select,
    sub,
)
from sfdsl._iam._model import Env, Grant, Task, grant
from sfdsl._iam._rules._common import (
    _SUB_FIELD,
    _arn_fields,
    _dynamic,
    _is_arn,
    _lookup,
    _missing,
    _named,
    _template,
)

_FN_ARN = re.compile(r"arn:([^:]+):lambda:([^:]+):(\d{12}):function:([^:]+)(?::[^:]+)?")


_FN_PARTIAL = re.compile(r"(\d{12}):function:([^:]+)(?::[^:]+)?")


_FN_NAME = re.compile(r"([A-Za-z0-9_-]+)(?::[^:]+)?")


_QUALIFIED_TYPES = ("AWS::Lambda::Alias", "AWS::Lambda::Version")


_FN_ARN_SUB = re.compile(
    rf"(?P<base>arn:{_SUB_FIELD}:lambda:{_SUB_FIELD}:{_SUB_FIELD}:function:{_SUB_FIELD})"
    rf"(?::{_SUB_FIELD})?"
)


def function_resources(env: Env, value: Cfn, path: str, *, arn_expected: bool) -> list[Cfn]:
    """The function ARN and ``<arn>:*``, so any version or alias of it can be invoked.

    Running executions keep calling the version they started with while the role is
    shared with newer executions, so every qualifier of the function is granted.
    """
    base: Cfn
    lit = literal(value)
    if lit is not None:
        if m := _FN_ARN.fullmatch(lit):
            base = f"arn:{m[1]}:lambda:{m[2]}:{m[3]}:function:{m[4]}"
        elif m := _FN_PARTIAL.fullmatch(lit):
            base = sub("arn:", env.partition, ":lambda:", env.region, f":{m[1]}:function:{m[2]}")
        elif m := _FN_NAME.fullmatch(lit):
            base = env.arn("lambda", f"function:{m[1]}")
        else:
            env.fail(
                path,
                "expected a Lambda function name, partial ARN (123456789012:function:name) "
                f"or ARN, optionally with a version or alias, got {lit!r}",
            )
            return []
        return [base, sub(base, ":*")]
    ga = getatt(value)
    if (ga is not None and ga[1] == "Arn") or env.parameter(value) is not None:
        # A template Parameter is the text given at deploy time: taken to be the whole ARN.
        return [value, sub(value, ":*")]
    text = _template(value)
    if text is not None and (m := _FN_ARN_SUB.fullmatch(text)):
        # Fn::Sub "arn:${AWS::Partition}:lambda:${AWS::Region}:...": the same template, unqualified.
        inner = value["Fn::Sub"] if isinstance(value, dict) else text
        variables = inner[1] if isinstance(inner, list) and len(inner) > 1 else None
        base = {"Fn::Sub": [m["base"], variables] if variables else m["base"]}
        return [base, sub(base, ":*")]
    ref = ref_target(value)
    kind = env.resource_types.get(ref) if ref else None
    if kind == "AWS::Lambda::Function" or (ref and kind is None and not arn_expected):
        base = env.arn("lambda", "function:", value)
    elif kind in _QUALIFIED_TYPES or (ref and kind is None):
        base = env.arn("lambda", "function:", select(6, ":", value))
    elif _is_arn(value) or (arn_expected and _template(value) is None):
        f = _arn_fields(value)
        base = sub(
            "arn:",
            f["partition"],
            ":lambda:",
            f["region"],
            ":",
            f["account"],
            ":function:",
            select(6, ":", value),
        )
    else:
        base = env.arn("lambda", "function:", value)
    return [base, sub(base, ":*")]


def lambda_invoke(env: Env, task: Task) -> list[Grant]:
    """``lambda:InvokeFunction`` on the function of FunctionName and every version and
    alias of it (``<arn>:*``), since running executions keep calling the version they started
    with: https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html
    """
    arg, value = _lookup(env, task, "FunctionName")
    if arg.dynamic:
        wildcard = env.arn("lambda", "function:*")
        _dynamic(env, arg, "lambda:InvokeFunction", "every function in the account and region")
        return [grant("lambda:InvokeFunction", wildcard)]
    if value is None:
        if not arg.static:
            _missing(env, arg, "lambda:invoke")
        return []
    resources = function_resources(env, value, arg.path, arn_expected=False)
    return [grant("lambda:InvokeFunction", *resources)] if resources else []


def _qualified(value: Cfn) -> bool:
    """Whether a literal function name or ARN carries a version or alias."""
    lit = literal(value)
    return lit is not None and lit.count(":") in (1, 3, 7)


def lambda_functions(env: Env, task: Task) -> list[Grant]:
    """Lambda management calls: the function of FunctionName (a version or alias with a
    Qualifier), or the event source mapping:
    https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html

    As the Lambda developer guide lists them: function calls act on the function (a version or
    alias too when a Qualifier is given); CreateEventSourceMapping acts on ``"*"``, limited by
    ``lambda:FunctionArn``; Update/DeleteEventSourceMapping act on the mapping of UUID.
    """
    actions = tuple(f"lambda:{a}" for a in _sdk.iam_actions("lambda", task.api))
    if task.api in ("updateEventSourceMapping", "deleteEventSourceMapping"):
        mappings, _ = _named(
            env, task, "UUID", "lambda", "event-source-mapping", actions[0], sep=":"
        )
        return [grant(actions, *mappings)] if mappings else []
    arg, value = _lookup(env, task, "FunctionName")
    if arg.dynamic:
        _dynamic(env, arg, actions[0], "every function in the account and region")
        if task.api == "createEventSourceMapping":
            return [grant(actions, "*")]
        return [grant(actions, env.arn("lambda", "function:*"))]
    if value is None:
        return []
    resources = function_resources(env, value, arg.path, arn_expected=False)
    if not resources:
        return []
    if task.api == "createEventSourceMapping":
        return [grant(actions, "*", condition=[("ArnLike", "lambda:FunctionArn", resources)])]
    qualified = task.args.get("Qualifier").kind != "absent" or _qualified(value)
    return [grant(actions, *(resources if qualified else resources[:1]))]
