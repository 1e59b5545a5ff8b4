"""CloudFormation written by hand: resources, outputs and conditions an :class:`App` carries.

The queues, tables and topics a workflow uses can live next to it, as plain template data
(``{"Type": "AWS::SQS::Queue", "Properties": {...}}``) or troposphere objects. They are checked
when the ``App`` is made, added to the template as they are (``${param:NAME}`` replaced), count
as existing for ``Ref``/``Fn::GetAtt`` in definitions, and tell the role derivation what each
``Ref`` returns.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, TypeAlias

from troposphere import AWSHelperFn, AWSObject, Output

from sfdsl.cfn._values import plain_json as _plain
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


__all__ = [
    "ConditionLike",
    "OutputLike",
    "ResourceLike",
    "conditions",
    "outputs",
    "resources",
]
