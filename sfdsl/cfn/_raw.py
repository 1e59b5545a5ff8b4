"""CloudFormation written by hand: resources, outputs and conditions an :class:`App` carries.

The queues, tables and topics a workflow uses can live next to it, as plain template data
(``{"Type": "AWS::SQS::Queue", "Properties": {...}}``) or troposphere objects. They are checked
when the ``App`` is made, added to the template as they are (``${param:NAME}`` replaced), count
as existing for ``Ref``/``Fn::GetAtt`` in definitions, and tell the role derivation what each
``Ref`` returns.
"""

from __future__ import annotations

import copy
import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeAlias

from troposphere import AWSHelperFn, AWSObject, Output

from sfdsl.cfn._context import Context, Raw
from sfdsl.errors import Problem, ProblemCode, ValidationError

ResourceLike: TypeAlias = Mapping[str, Any] | AWSObject
"""A resource: ``{"Type": "AWS::...", "Properties": {...}}`` or a troposphere resource."""
OutputLike: TypeAlias = Mapping[str, Any] | Output
"""An output: ``{"Value": ..., "Description": ..., "Export": {"Name": ...}}`` or a troposphere
``Output``."""
ConditionLike: TypeAlias = Mapping[str, Any] | AWSHelperFn
"""A condition: ``{"Fn::Equals": [...]}`` (or ``Fn::And``/``Or``/``Not``, ``Condition``) or a
troposphere helper such as ``Equals(...)``."""

_LOGICAL_ID = re.compile(r"[A-Za-z0-9]{1,255}")
_TYPE = re.compile(r"AWS::[A-Za-z0-9]+::[A-Za-z0-9]+|Custom::[A-Za-z0-9_@-]{1,60}")
_RESOURCE_KEYS = (
    "Type",
    "Properties",
    "DependsOn",
    "Condition",
    "DeletionPolicy",
    "UpdateReplacePolicy",
    "UpdatePolicy",
    "CreationPolicy",
    "Metadata",
)
_DELETION = ("Delete", "Retain", "RetainExceptOnCreate", "Snapshot")
_REPLACE = ("Delete", "Retain", "Snapshot")
_OUTPUT_KEYS = ("Value", "Description", "Export", "Condition")
_CONDITION_FUNCTIONS = ("Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not", "Condition")
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


def _plain(value: Any) -> Any:
    from sfdsl.cfn._roles import plain_json

    return plain_json(value)


_INVALID: dict[str, ProblemCode] = {"resource": "invalid-raw-resource", "output": "invalid-output"}
"""The code of a malformed hand-written resource or output."""


def _items(value: object, what: str, problems: list[Problem]) -> list[tuple[str, Any]]:
    """``(logical id, item)`` pairs from a mapping or from titled troposphere objects."""
    if isinstance(value, Mapping):
        return [(k, v) for k, v in value.items()]
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        problems.append(
            Problem(
                f"{what} must be a dict of logical id -> {what[:-1]} or a list of titled "
                f"troposphere objects, got {type(value).__name__} {value!r}",
                what,
                _INVALID[what[:-1]],
            )
        )
        return []
    pairs: list[tuple[str, Any]] = []
    for i, item in enumerate(value):
        title = getattr(item, "title", None)
        if not isinstance(title, str) or not title:
            problems.append(
                Problem(
                    f"{what}[{i}] must be a troposphere object with a title (its logical id), "
                    f"got {type(item).__name__} {item!r}; give a dict {{'LogicalId': ...}} instead",
                    f"{what}[{i}]",
                    _INVALID[what],
                )
            )
            continue
        if any(title == t for t, _ in pairs):
            problems.append(
                Problem(
                    f"logical id {title!r} is given twice; each {what[:-1]} needs its own",
                    f"{what}.{title}",
                    "duplicate-logical-id",
                )
            )
            continue
        pairs.append((title, item))
    return pairs


def _check_id(lid: object, what: str, problems: list[Problem]) -> bool:
    if isinstance(lid, str) and _LOGICAL_ID.fullmatch(lid):
        return True
    fixed = re.sub(r"[^A-Za-z0-9]", "", str(lid))
    problems.append(
        Problem(
            f"logical id must be 1-255 letters and digits, got {lid!r}"
            + (f"; use {fixed!r}" if fixed else ""),
            f"{what}.{lid}",
            "logical-id",
        )
    )
    return False


def _body(item: object, where: str, what: str, problems: list[Problem]) -> dict[str, Any] | None:
    if isinstance(item, Mapping):
        return _plain(item)  # type: ignore[no-any-return]
    if callable(getattr(item, "to_dict", None)) and getattr(item, "title", None) is not None:
        try:
            data = item.to_dict()  # type: ignore[attr-defined]
        except (ValueError, TypeError, AttributeError) as exc:
            problems.append(Problem(f"troposphere rejects it: {exc}", where, _INVALID[what]))
            return None
        return _plain(data)  # type: ignore[no-any-return]
    problems.append(
        Problem(
            f"must be a dict or a troposphere {'Output' if what == 'output' else what}, got "
            f"{type(item).__name__} {item!r}",
            where,
            _INVALID[what],
        )
    )
    return None


def _unknown_keys(
    body: Mapping[str, Any], allowed: tuple[str, ...], where: str, what: str
) -> list[Problem]:
    found = []
    for key in body:
        if key in allowed:
            continue
        close = difflib.get_close_matches(str(key), allowed, n=1)
        hint = f"did you mean {close[0]!r}?" if close else "remove it"
        found.append(
            Problem(
                f"{key!r} is not a key of a {what} (expected {', '.join(allowed)}); {hint}",
                f"{where}.{key}",
                _INVALID[what],
            )
        )
    return found


def _raise(problems: list[Problem], what: str) -> None:
    if problems:
        raise ValidationError(problems, subject=f"App {what}")


def resources(value: Mapping[str, ResourceLike] | Iterable[AWSObject]) -> dict[str, Any]:
    """Hand-written resources as plain template data, checked; raises ValidationError.

    Example:
        >>> resources({"Queue": {"Type": "AWS::SQS::Queue"}})
        {'Queue': {'Type': 'AWS::SQS::Queue'}}
        >>> resources({"Queue": {"Type": "SQS::Queue"}})
        Traceback (most recent call last):
        ...
        sfdsl.errors.ValidationError: invalid App resources (1 problem):
          - Type must be 'AWS::<Service>::<Resource>' or 'Custom::<Name>', got 'SQS::Queue'  @ resources.Queue.Type
    """
    return _checked(value, "resources", _check_resource)


def _checked(
    value: object, section: str, check: Callable[[dict[str, Any], str], list[Problem]]
) -> dict[str, Any]:
    """The items of *section* (``resources``, ``outputs``) as plain data, each passing *check*.

    Raises ValidationError with every problem of every item.
    """
    what = section[:-1]
    problems: list[Problem] = []
    out: dict[str, Any] = {}
    for lid, item in _items(value, section, problems):
        if not _check_id(lid, section, problems):
            continue
        where = f"{section}.{lid}"
        body = _body(item, where, what, problems)
        if body is None:
            continue
        found = check(body, where)
        if found:
            problems += found
            continue
        out[lid] = body
    _raise(problems, section)
    return out


def _check_resource(body: dict[str, Any], where: str) -> list[Problem]:
    found = _unknown_keys(body, _RESOURCE_KEYS, where, "resource")
    kind = body.get("Type")
    if "Type" not in body:
        found.append(
            Problem(
                "Type is missing; give the resource type, e.g. 'AWS::SQS::Queue'",
                f"{where}.Type",
                "invalid-resource",
            )
        )
    elif not isinstance(kind, str) or not _TYPE.fullmatch(kind):
        found.append(
            Problem(
                f"Type must be 'AWS::<Service>::<Resource>' or 'Custom::<Name>', got {kind!r}",
                f"{where}.Type",
                "invalid-resource",
            )
        )
    return found + _check_attributes(body, where)


def _check_attributes(body: Mapping[str, Any], where: str) -> list[Problem]:
    found: list[Problem] = []

    def bad(key: str, expected: str) -> None:
        found.append(
            Problem(
                f"{key} must be {expected}, got {body[key]!r}", f"{where}.{key}", "invalid-resource"
            )
        )

    if "Properties" in body and not isinstance(body["Properties"], Mapping):
        bad("Properties", "a mapping of property names to values")
    depends = body.get("DependsOn")
    if "DependsOn" in body and not (
        isinstance(depends, str)
        or (isinstance(depends, list) and all(isinstance(d, str) for d in depends))
    ):
        bad("DependsOn", "a logical id or a list of logical ids")
    if "Condition" in body and not isinstance(body["Condition"], str):
        bad("Condition", "the name of a condition")
    if "DeletionPolicy" in body and body["DeletionPolicy"] not in _DELETION:
        bad("DeletionPolicy", "one of " + ", ".join(_DELETION))
    if "UpdateReplacePolicy" in body and body["UpdateReplacePolicy"] not in _REPLACE:
        bad("UpdateReplacePolicy", "one of " + ", ".join(_REPLACE))
    for key in ("UpdatePolicy", "CreationPolicy", "Metadata"):
        if key in body and not isinstance(body[key], Mapping):
            bad(key, "a mapping")
    return found


def outputs(value: Mapping[str, OutputLike] | Iterable[Output]) -> dict[str, Any]:
    """Hand-written outputs as plain template data, checked; raises ValidationError.

    Example:
        >>> outputs({"QueueUrl": {"Value": {"Ref": "Queue"}}})
        {'QueueUrl': {'Value': {'Ref': 'Queue'}}}
    """
    return _checked(value, "outputs", _check_output)


def _check_output(body: dict[str, Any], where: str) -> list[Problem]:
    found = _unknown_keys(body, _OUTPUT_KEYS, where, "output")
    if "Value" not in body:
        found.append(
            Problem(
                "Value is missing; give what the output shows, e.g. {'Ref': 'OrdersQueue'}",
                f"{where}.Value",
                "invalid-output",
            )
        )
    export = body.get("Export")
    if "Export" in body and not (isinstance(export, Mapping) and set(export) == {"Name"}):
        found.append(
            Problem(
                f"Export must be {{'Name': ...}}, got {export!r}",
                f"{where}.Export",
                "invalid-output",
            )
        )
    if "Description" in body and not isinstance(body["Description"], str):
        found.append(
            Problem(
                f"Description must be a string, got {body['Description']!r}",
                f"{where}.Description",
                "invalid-output",
            )
        )
    if "Condition" in body and not isinstance(body["Condition"], str):
        found.append(
            Problem(
                f"Condition must be the name of a condition, got {body['Condition']!r}",
                f"{where}.Condition",
                "invalid-output",
            )
        )
    return found


def conditions(value: Mapping[str, ConditionLike]) -> dict[str, Any]:
    """Hand-written conditions as plain template data, checked; raises ValidationError.

    Example:
        >>> conditions({"IsProd": {"Fn::Equals": ["${param:stage}", "prod"]}})
        {'IsProd': {'Fn::Equals': ['${param:stage}', 'prod']}}
    """
    problems: list[Problem] = []
    out: dict[str, Any] = {}
    if not isinstance(value, Mapping):
        problems.append(
            Problem(
                f"conditions must be a dict of name -> condition, got {type(value).__name__}",
                "conditions",
                "invalid-condition",
            )
        )
        _raise(problems, "conditions")
    for name, item in value.items():
        if not _check_id(name, "conditions", problems):
            continue
        body = _plain(item)
        if not (
            isinstance(body, Mapping)
            and len(body) == 1
            and next(iter(body)) in _CONDITION_FUNCTIONS
        ):
            problems.append(
                Problem(
                    f"a condition must be one of {', '.join(_CONDITION_FUNCTIONS)} "
                    f"(e.g. {{'Fn::Equals': [{{'Ref': 'Stage'}}, 'prod']}}), got {body!r}",
                    f"conditions.{name}",
                    "invalid-condition",
                )
            )
            continue
        out[name] = body
    _raise(problems, "conditions")
    return out


# --------------------------------------------------------------------------- build


def add_raw(ctx: Context, app: Any) -> None:
    """Add the app's resources, outputs and conditions to the template (before anything else)."""
    raw: dict[str, str] = ctx.shared.setdefault("raw-resources", {})
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
        raw[lid] = f"resources[{lid!r}] ({body['Type']})"
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
        ctx.shared.setdefault("raw-outputs", set()).add(lid)
        ctx.template.add_output(RawOutput(lid, ctx.params(body, f"outputs.{lid}")))


def check_raw_references(ctx: Context, app: Any) -> None:
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
    for name, body in app.conditions.items():
        _check_conditions(ctx, _conditions_named(body, f"conditions.{name}"))


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


__all__ = [
    "ConditionLike",
    "OutputLike",
    "RawOutput",
    "RawResource",
    "ResourceLike",
    "add_raw",
    "check_raw_references",
    "conditions",
    "outputs",
    "resources",
]
