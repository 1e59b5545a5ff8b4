"""CloudFormation values as plain data: intrinsics, logical ids, option errors, frozen options.

The lowest layer of :mod:`sfdsl.cfn`: what the option classes users build (``App``,
``Function``, ``Schedule``...) and the resource builders both need. Nothing here knows about a
template; troposphere is not imported.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeAlias

from sfdsl._render import is_intrinsic
from sfdsl._values import BUILD_PARAM, FrozenDict, FrozenList
from sfdsl.errors import Problem, ValidationError

CfnValue: TypeAlias = str | dict[str, Any]
"""A literal string or a CloudFormation intrinsic such as ``{"Fn::GetAtt": ["Fn", "Arn"]}``."""

PARTITION: dict[str, Any] = {"Ref": "AWS::Partition"}
REGION: dict[str, Any] = {"Ref": "AWS::Region"}
ACCOUNT: dict[str, Any] = {"Ref": "AWS::AccountId"}

PARAM = BUILD_PARAM
"""A ``${param:NAME}`` build parameter in text."""


def option_error(message: str) -> ValidationError:
    """The error for an option with a wrong value, its text being *message*.

    A :class:`~sfdsl.errors.ValidationError`, so ``except SfdslError`` catches it, and so does
    ``except ValueError``.

    Example:
        >>> err = option_error("level must be one of ALL, ERROR, FATAL, OFF, got 'DEBUG'")
        >>> isinstance(err, ValueError), str(err)
        (True, "level must be one of ALL, ERROR, FATAL, OFF, got 'DEBUG'")
    """
    return ValidationError([Problem(message, code="invalid-option")])


def norm(name: str) -> str:
    """A logical id from a name, as the serverless framework makes them.

    The first character is upper-cased, ``-`` becomes ``Dash`` and ``_`` becomes ``Underscore``;
    any other character that is not a letter or digit is dropped.

    Example:
        >>> norm("review-order_v2")
        'ReviewDashorderUnderscorev2'
    """
    text = name.replace("-", "Dash").replace("_", "Underscore")
    text = "".join(c for c in text if c.isascii() and c.isalnum())
    return text[:1].upper() + text[1:]


def sub(*parts: CfnValue) -> CfnValue:
    """Join literal and intrinsic parts into one string or one ``Fn::Sub`` (IAM's joiner).

    Example:
        >>> sub("arn:", PARTITION, ":s3:::bucket")
        {'Fn::Sub': 'arn:${AWS::Partition}:s3:::bucket'}
    """
    # Imported when first called: sfdsl._iam (a lower layer) loads the IAM rules, which
    # `import sfdsl.cfn` does not need.
    from sfdsl._iam._cfn import sub as join

    return join(*parts)


def arn(service: str, resource: CfnValue, *, region: bool = True, account: bool = True) -> CfnValue:
    """``arn:${AWS::Partition}:<service>:${AWS::Region}:${AWS::AccountId}:<resource>``.

    Example:
        >>> arn("states", "stateMachine:pay")
        {'Fn::Sub': 'arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:pay'}
    """
    return sub(
        "arn:",
        PARTITION,
        f":{service}:",
        REGION if region else "",
        ":",
        ACCOUNT if account else "",
        ":",
        resource,
    )


def getatt(logical_id: str, attribute: str) -> dict[str, Any]:
    """``{"Fn::GetAtt": [logical_id, attribute]}``.

    Example:
        >>> getatt("Hello", "Arn")
        {'Fn::GetAtt': ['Hello', 'Arn']}
    """
    return {"Fn::GetAtt": [logical_id, attribute]}


def ref(logical_id: str) -> dict[str, Any]:
    """``{"Ref": logical_id}``.

    Example:
        >>> ref("Jobs")
        {'Ref': 'Jobs'}
    """
    return {"Ref": logical_id}


def key(value: object) -> str:
    """The JSON text of *value* (keys sorted): how two CloudFormation values compare.

    Example:
        >>> key({"Ref": "A"}) == key({"Ref": "A"})
        True
    """
    return json.dumps(value, sort_keys=True)


def plain_json(value: Any) -> Any:
    """awacs/troposphere objects and frozen options (at any depth) as plain JSON data.

    Example:
        >>> type(plain_json(frozen({"a": [1]}))["a"]).__name__
        'list'
    """
    to_json = getattr(value, "to_json", None)
    if callable(to_json) and not isinstance(value, (str, bytes)):
        return json.loads(to_json())
    json_repr = getattr(value, "JSONrepr", None)
    if callable(json_repr):
        return plain_json(json_repr())
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return plain_json(to_dict())
    if isinstance(value, Mapping):
        return {str(k): plain_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_json(v) for v in value]
    return value


# --- converters that make options frozen and hashable -------------------------------------


_READ_ONLY = (
    "this {kind} belongs to a CloudFormation option and is read-only (options are frozen); "
    "change a copy, {kind}(...), and make a new option with it: attrs.evolve(option, "
    "field=...), or an App's with_... methods"
)


class OptionDict(FrozenDict):
    """A read-only dict kept by a CloudFormation option: equal to a plain dict, hashable.

    Example:
        >>> tags = OptionDict({"team": "orders"})
        >>> tags == {"team": "orders"}, hash(tags) == hash(OptionDict({"team": "orders"}))
        (True, True)
    """

    __slots__ = ()
    READ_ONLY: ClassVar[str] = _READ_ONLY


class OptionList(FrozenList):
    """A read-only list kept by a CloudFormation option: equal to a plain list, hashable.

    Example:
        >>> OptionList([1, 2]) == [1, 2]
        True
    """

    __slots__ = ()
    READ_ONLY: ClassVar[str] = _READ_ONLY


def frozen(value: Any) -> Any:
    """A read-only, hashable copy of a JSON value (dicts and lists at any depth).

    What option fields that take a CloudFormation value or JSON data keep, so an option is
    truly frozen: ``dict(value)`` gives a copy to change. Other values are kept as they are.

    Example:
        >>> role = frozen({"Fn::GetAtt": ["Worker", "Arn"]})
        >>> role == {"Fn::GetAtt": ["Worker", "Arn"]}, hash(role) == hash(frozen(dict(role)))
        (True, True)
        >>> role["Fn::GetAtt"].append("x")
        Traceback (most recent call last):
        ...
        TypeError: this list belongs to a CloudFormation option and is read-only (options are frozen); change a copy, list(...), and make a new option with it: attrs.evolve(option, field=...), or an App's with_... methods
    """
    if isinstance(value, Mapping):
        return OptionDict({k: frozen(v) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return OptionList([frozen(v) for v in value])
    return value


def frozen_tags(value: Mapping[str, object]) -> Mapping[str, str]:
    """Tags (or build parameters) as a read-only mapping of text to text.

    Example:
        >>> frozen_tags({"team": "orders", "tier": 1})
        {'team': 'orders', 'tier': '1'}
    """
    return OptionDict({str(k): str(v) for k, v in dict(value).items()})


def frozen_values(value: Iterable[Any]) -> tuple[Any, ...]:
    """A tuple of frozen values (CloudFormation values, statements, names).

    Example:
        >>> frozen_values([{"Ref": "A"}, "b"])
        ({'Ref': 'A'}, 'b')
    """
    return tuple(frozen(v) for v in value)


def frozen_groups(value: Mapping[str, Iterable[Any]] | None) -> Mapping[str, tuple[Any, ...]]:
    """A read-only mapping of names to tuples of frozen values (``pass_roles``, ``bucket_keys``).

    Example:
        >>> frozen_groups({"Job": ["arn:aws:iam::123456789012:role/run"]})
        {'Job': ('arn:aws:iam::123456789012:role/run',)}
    """
    return OptionDict({str(k): frozen_values(v) for k, v in (value or {}).items()})


def frozen_mapping(value: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """A read-only copy of a mapping of JSON values, ``None`` kept.

    Example:
        >>> frozen_mapping({"application/json": "{}"})
        {'application/json': '{}'}
    """
    if value is None:
        return None
    return OptionDict({k: frozen(v) for k, v in value.items()})


def strings(value: Iterable[str]) -> tuple[str, ...]:
    """A tuple of strings from any iterable (a list given by the user).

    Example:
        >>> strings(["a", "b"])
        ('a', 'b')
    """
    return tuple(value)


__all__ = [
    "ACCOUNT",
    "PARAM",
    "PARTITION",
    "REGION",
    "CfnValue",
    "OptionDict",
    "OptionList",
    "arn",
    "frozen",
    "frozen_groups",
    "frozen_mapping",
    "frozen_tags",
    "frozen_values",
    "getatt",
    "is_intrinsic",
    "key",
    "norm",
    "option_error",
    "plain_json",
    "ref",
    "strings",
    "sub",
]
