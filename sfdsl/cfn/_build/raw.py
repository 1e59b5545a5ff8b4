"""The resources, outputs and conditions an :class:`~sfdsl.cfn.App` carries, added as they are."""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from troposphere import AWSObject, Output

from sfdsl.cfn._app import App
from sfdsl.cfn._build.context import Context, Raw

_SUB_NAME = re.compile(r"\$\{([^!}][^}]*)\}")


class RawResource(AWSObject):  # type: ignore[misc]
    """A resource given as template data, written to the template as it is.

    Example:
        >>> RawResource("Queue", {"Type": "AWS::SQS::Queue"}).to_dict()
        {'Type': 'AWS::SQS::Queue'}
    """

    def __init__(self, title: str, body: Mapping[str, Any]) -> None:
        self.resource_type = str(body["Type"])
        self.body = copy.deepcopy(dict(body))
        super().__init__(title, validation=False)

    def to_dict(self, validation: bool = True) -> dict[str, Any]:
        return copy.deepcopy(self.body)


class RawOutput(Output):  # type: ignore[misc]
    """An output given as template data, written to the template as it is.

    Example:
        >>> RawOutput("QueueUrl", {"Value": {"Ref": "Queue"}}).to_dict()
        {'Value': {'Ref': 'Queue'}}
    """

    def __init__(self, title: str, body: Mapping[str, Any]) -> None:
        self.body = copy.deepcopy(dict(body))
        super().__init__(title, validation=False)

    def to_dict(self, validation: bool = True) -> dict[str, Any]:
        return copy.deepcopy(self.body)


def add_raw(ctx: Context, app: App) -> None:
    """Add the app's resources, outputs and conditions to the template (before anything else)."""
    for name, body in app.conditions.items():
        if name in ctx.template.conditions:
            ctx.fail(
                f"condition {name!r} is already in the template; rename one of them",
                f"conditions.{name}",
                "duplicate-condition",
            )
            continue
        ctx.template.add_condition(name, Raw(ctx.params(body, f"conditions.{name}")))
    for lid, body in app.resources.items():
        where = f"resources.{lid}"
        if lid in ctx.template.resources or lid in ctx.template.parameters:
            kind = "a resource" if lid in ctx.template.resources else "a Parameter"
            ctx.fail(
                f"logical id {lid!r} is already {kind} of the template the app is added to; "
                "rename one of them",
                where,
                "duplicate-logical-id",
            )
            continue
        ctx.raw_resources[lid] = f"resources[{lid!r}] ({body['Type']})"
        ctx.template.add_resource(RawResource(lid, ctx.params(body, where)))
    for lid, body in app.outputs.items():
        if lid in ctx.template.outputs:
            ctx.fail(
                f"output {lid!r} is already in the template the app is added to; rename one "
                "of them",
                f"outputs.{lid}",
                "duplicate-output",
            )
            continue
        ctx.raw_outputs.add(lid)
        ctx.template.add_output(RawOutput(lid, ctx.params(body, f"outputs.{lid}")))


def check_raw_references(ctx: Context, app: App) -> None:
    """Every Ref, GetAtt, ``${Name}`` and Condition in hand-written items names something."""
    known = set(ctx.template.resources) | set(ctx.template.parameters)
    added = {
        "resources": ctx.template.resources,
        "outputs": ctx.template.outputs,
    }
    for section, items in (("resources", app.resources), ("outputs", app.outputs)):
        for lid in items:
            made = added[section].get(lid)
            if not isinstance(made, (RawResource, RawOutput)):
                continue  # not added: a clash, reported already
            body = made.body
            where = f"{section}.{lid}"
            for target, path in _references(body, where):
                if target not in known:
                    ctx.fail(
                        f"{target!r} is not in the template; define it (App(resources="
                        f"{{{target!r}: ...}}) or a Function, activity or state machine with "
                        "that logical id) or refer to something that is",
                        path,
                        "missing-resource",
                    )
            named = _conditions_named(body, where)
            if isinstance(body.get("Condition"), str):
                named.insert(0, (body["Condition"], f"{where}.Condition"))
            _check_conditions(ctx, named)
            depends = body.get("DependsOn", [])
            for dep in [depends] if isinstance(depends, str) else depends:
                if dep not in ctx.template.resources:
                    ctx.fail(
                        f"DependsOn names {dep!r}, which is not a resource of the template; "
                        "define it or leave it out of DependsOn",
                        f"{where}.DependsOn",
                        "missing-resource",
                    )
    for name, condition in app.conditions.items():
        _check_conditions(ctx, _conditions_named(condition, f"conditions.{name}"))


def _check_conditions(ctx: Context, named: list[tuple[str, str]]) -> None:
    for condition, path in named:
        if condition not in ctx.template.conditions:
            ctx.fail(
                f"condition {condition!r} is not in the template; define it with "
                f"App(conditions={{{condition!r}: {{'Fn::Equals': [...]}}}})",
                path,
                "missing-condition",
            )


def _conditions_named(value: Any, where: str) -> list[tuple[str, str]]:
    """``(condition, path)`` of every ``Fn::If`` and ``{"Condition": name}`` inside *value*."""
    found: list[tuple[str, str]] = []
    if isinstance(value, Mapping):
        if len(value) == 1:
            key, inner = next(iter(value.items()))
            if key == "Fn::If" and isinstance(inner, list) and inner and isinstance(inner[0], str):
                found.append((inner[0], where))
            elif key == "Condition" and isinstance(inner, str):
                found.append((inner, where))
        for key, item in value.items():
            if key != "Condition":
                found += _conditions_named(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _conditions_named(item, f"{where}[{i}]")
    return found


def _references(value: Any, where: str) -> list[tuple[str, str]]:
    """``(logical id, path)`` of every Ref, GetAtt and ``Fn::Sub`` name in *value*."""
    found: list[tuple[str, str]] = []
    if isinstance(value, Mapping):
        target = value.get("Ref")
        if len(value) == 1 and isinstance(target, str) and not target.startswith("AWS::"):
            found.append((target, where))
        att = value.get("Fn::GetAtt")
        if len(value) == 1 and isinstance(att, (list, str)) and att:
            first = att[0] if isinstance(att, list) else att.split(".")[0]
            if isinstance(first, str):
                found.append((first, where))
        sub = value.get("Fn::Sub")
        if len(value) == 1 and sub is not None:
            text, variables = (
                (sub[0], sub[1]) if isinstance(sub, list) and len(sub) == 2 else (sub, {})
            )
            if isinstance(text, str):
                for name in _SUB_NAME.findall(text):
                    head = name.split(".")[0]
                    if head not in variables and not head.startswith("AWS::"):
                        found.append((head, where))
            return found + _references(variables, where)
        for key, item in value.items():
            found += _references(item, f"{where}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _references(item, f"{where}[{i}]")
    return found


__all__ = ["RawOutput", "RawResource", "add_raw", "check_raw_references"]
