"""The JSON type of a value, for messages: the one place that names it.

A leaf module (it imports nothing from sfdsl), shared by the checks, the ASL reader, the JSONPath
and intrinsic-function evaluators and the local runner.
"""

from __future__ import annotations

from collections.abc import Mapping


def json_type(value: object) -> str:
    """The JSON type name of *value*: ``null``, ``boolean``, ``number``, ``string``, ``array``,
    ``object``, or the Python type's name for a value that is not JSON.

    Example:
        >>> [json_type(v) for v in (None, True, 1.5, "s", [1], (1,), {"a": 1}, {1})]
        ['null', 'boolean', 'number', 'string', 'array', 'array', 'object', 'set']
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, (list, tuple)):
        return "array"
    if isinstance(value, Mapping):
        return "object"
    return type(value).__name__


def a_json_type(value: object) -> str:
    """:func:`json_type` with its article, to follow "got": ``null``, ``a string``, ``an array``.

    Example:
        >>> [a_json_type(v) for v in (None, "s", [1], {}, 3, {1}, Ellipsis)]
        ['null', 'a string', 'an array', 'an object', 'a number', 'a set', 'an ellipsis']
    """
    name = json_type(value)
    if name == "null":
        return name
    return f"{'an' if name[0] in 'aeiouAEIOU' else 'a'} {name}"


__all__ = ["a_json_type", "json_type"]
