"""Checks of the built template for what CloudFormation, IAM or Lambda refuse at deploy time.

They are mistakes cfn-lint and the services report on templates users built, found at build
time (and so by ``sfdsl validate``) with the option or the state that holds them: a
``DependsOn`` naming nothing, a role's name where its ARN is needed, a text that is not an ARN
where the generated role names it as a resource, an account id that is not 12 digits, a Lambda
runtime that is deprecated or blocked for new functions.
"""

from __future__ import annotations

import datetime
import difflib
import re
from collections.abc import Iterator, Mapping
from typing import Any

from troposphere import BaseAWSObject

from sfdsl.cfn._app import App
from sfdsl.cfn._build.context import Context, Raw
from sfdsl.cfn._lambda import runtime_problem
from sfdsl.cfn._values import CfnValue

_PLACEHOLDER = re.compile(r"\$\{[^}]*\}")
_ARN = re.compile(r"arn:[^:\s\"']*:[^:\s\"']*:[^:\s\"']*:(?P<account>[^:\s\"'/]*):")
_HIDDEN = "\x00"


def role_problem(ctx: Context, value: CfnValue | None, field: str) -> str | None:
    """Why *value* cannot be a role ARN: a ``Ref`` to an ``AWS::IAM::Role`` gives its name.

    Example:
        >>> from troposphere import Template, iam
        >>> template = Template()
        >>> _ = template.add_resource(iam.Role("Worker", AssumeRolePolicyDocument={}))
        >>> print(role_problem(Context(template, {}), {"Ref": "Worker"}, "role"))
        role is {'Ref': 'Worker'}, the name of the role, but an ARN is needed; write {'Fn::GetAtt': ['Worker', 'Arn']}
    """
    if not isinstance(value, dict) or set(value) != {"Ref"} or not isinstance(value["Ref"], str):
        return None
    target = value["Ref"]
    found = ctx.template.resources.get(target)
    if getattr(found, "resource_type", None) != "AWS::IAM::Role":
        return None
    fix = {"Fn::GetAtt": [target, "Arn"]}
    return f"{field} is {value!r}, the name of the role, but an ARN is needed; write {fix!r}"


def check_template(ctx: Context, app: App, built: set[str]) -> None:
    """Report what CloudFormation or IAM would refuse in the resources this build added."""
    _depends_on(ctx, app)
    _roles(ctx, app)
    not_arns = {
        text: lid
        for lid in sorted(built)
        if getattr(ctx.template.resources.get(lid), "resource_type", "") == "AWS::IAM::Role"
        for text in _policy_resources(ctx.template.resources[lid].properties)
        if not text.startswith("arn:") and text != "*" and "${" not in text
    }
    reported: set[str] = set()  # an ARN of the definition is in its role's policy too
    for lid in sorted(built):
        resource = ctx.template.resources.get(lid)
        if resource is None:
            continue
        for parts, key, text in _arn_candidates(resource.properties, not_arns):
            if text in not_arns and not_arns[text] != lid:
                # The field whose text the generated role's policy names as a resource.
                ctx.fail(
                    f"{key} must be an ARN (arn:<partition>:<service>:<region>:<account>:...), "
                    f"got {text!r}: IAM refuses the role's policy on it",
                    _path(lid, parts),
                    "not-an-arn",
                )
                not_arns.pop(text)
            else:
                _account(ctx, text, (lid, parts), reported)
    for text, role in not_arns.items():
        ctx.fail(
            f"the generated role's policy names {text!r} as a resource, which is not an ARN, so "
            "IAM refuses it; write an ARN in the workflow",
            f"{role}.Policies",
            "not-an-arn",
        )


def _policy_resources(properties: Mapping[str, Any]) -> list[str]:
    """The literal ``Resource`` strings of a role's policies."""
    found: list[str] = []
    policies = properties.get("Policies", ())
    for policy in policies if isinstance(policies, list) else ():
        data = policy.properties if isinstance(policy, BaseAWSObject) else policy
        document = data.get("PolicyDocument", {}) if isinstance(data, Mapping) else {}
        statements = document.get("Statement", ()) if isinstance(document, Mapping) else ()
        for statement in statements if isinstance(statements, list) else ():
            resources = statement.get("Resource", ()) if isinstance(statement, Mapping) else ()
            items = resources if isinstance(resources, list) else [resources]
            found.extend(item for item in items if isinstance(item, str))
    return found


def check_runtimes(ctx: Context, app: App, today: datetime.date | None = None) -> None:
    """A function defined in the app with a deprecated or blocked runtime."""
    day = today or _today()
    for i, fn in enumerate(app.functions):
        if fn.kind != "defined":
            continue
        found = runtime_problem(fn.runtime, day)
        if found is None:
            continue
        severity, message = found
        path = f"functions[{i}].runtime"
        if severity == "error":
            ctx.fail(f"Function {fn.logical_id!r}: {message}", path, "lambda-runtime")
        else:
            ctx.warn(f"Function {fn.logical_id!r}: {message}", path, "lambda-runtime")


def _today() -> datetime.date:
    return datetime.date.today()


def _depends_on(ctx: Context, app: App) -> None:
    for dep in app.deployments:
        ids = sorted(lid for lid in ctx.template.resources if lid != dep.logical_id)
        for name in dep.depends_on:
            if name == dep.logical_id:
                ctx.fail(
                    f"depends_on names {name!r}, the state machine itself (CloudFormation "
                    "refuses a circular dependency); drop it",
                    f"{dep.logical_id}.depends_on",
                    "missing-dependency",
                )
                continue
            if name in ctx.template.resources:
                continue
            close = difflib.get_close_matches(name, ids, n=1)
            fix = f"did you mean {close[0]!r}?" if close else "name a resource of the template"
            ctx.fail(
                f"depends_on names {name!r}, which is not a resource of the template; {fix}",
                f"{dep.logical_id}.depends_on",
                "missing-dependency",
            )


def _roles(ctx: Context, app: App) -> None:
    for dep in app.deployments:
        given: list[tuple[str, CfnValue | None]] = [("role", dep.role)]
        given += [(f"events[{i}].role", getattr(e, "role", None)) for i, e in enumerate(dep.events)]
        for field, value in given:
            message = role_problem(ctx, value, field)
            if message is not None:
                ctx.fail(message, f"{dep.logical_id}.{field}", "role-name-for-arn")
    for i, fn in enumerate(app.functions):
        message = role_problem(ctx, getattr(fn, "role", None), "role")
        if message is not None:
            ctx.fail(
                f"Function {fn.logical_id!r}: {message}",
                f"functions[{i}].role",
                "role-name-for-arn",
            )


def _arn_candidates(
    value: Any, wanted: Mapping[str, str]
) -> Iterator[tuple[tuple[str | int, ...], str, str]]:
    """``(path parts, key, text)`` of the strings that hold an ARN or are *wanted*.

    Intrinsics are skipped (their values are not known at build time), but for the text of a
    ``Fn::Sub``. Walked with a stack, in document order: a definition has many strings, so a
    string's path is kept as a link to its parent's and made into parts only when yielded.
    """
    stack: list[tuple[Any, _Link, str]] = [(value, None, "")]
    while stack:
        item, link, key = stack.pop()
        if type(item) is str:
            if "arn:" in item or item in wanted:
                yield _parts(link), key, item
            continue
        if isinstance(item, Raw):
            item = item.data  # an intrinsic given as data
        elif isinstance(item, BaseAWSObject):
            item = item.properties  # a troposphere property, e.g. LoggingConfiguration
        if isinstance(item, str):
            if "arn:" in item or item in wanted:
                yield _parts(link), key, item
        elif isinstance(item, dict):
            inner = item.get("Fn::Sub") if len(item) == 1 else None
            if inner is not None:
                text = inner[0] if isinstance(inner, list) and inner else inner
                stack.append((text, link, key))
                continue
            stack.extend(
                [
                    (v, (link, k), k)
                    for k, v in reversed(item.items())
                    if isinstance(k, str) and k != "Ref" and not k.startswith("Fn::")
                ]
            )
        elif isinstance(item, list):
            stack.extend([(item[i], (link, i), key) for i in range(len(item) - 1, -1, -1)])


_Link = tuple[Any, str | int] | None
"""A path as a link to its parent's path and its last part (``None``: the root)."""


def _parts(link: _Link) -> tuple[str | int, ...]:
    parts: list[str | int] = []
    while link is not None:
        link, part = link
        parts.append(part)
    return tuple(reversed(parts))


def _path(lid: str, parts: tuple[str | int, ...]) -> str:
    """``Orders.States.Notify.Parameters.TopicArn`` (a definition's path is the ASL's)."""
    if parts[:1] == ("Definition",):
        parts = parts[1:]
    text = lid
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def _account(
    ctx: Context, text: str, where: tuple[str, tuple[str | int, ...]], reported: set[str]
) -> None:
    visible = _PLACEHOLDER.sub(_HIDDEN, text)
    for match in _ARN.finditer(visible):
        account = match.group("account")
        # Only digits: other ARNs hold something else there (apigateway:<region>:states:...).
        if not account.isdigit() or len(account) == 12 or account in reported:
            continue
        reported.add(account)
        ctx.fail(
            f"account id {account!r} in {text!r} is not 12 digits; write the 12-digit account "
            "id (or ${AWS::AccountId})",
            _path(*where),
            "account-id",
        )


__all__ = ["check_runtimes", "check_template", "role_problem"]
