"""Choice rules (JSONPath query language) compiled once into predicates."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sfdsl import _jsonpath
from sfdsl._runner._failure import RUNTIME, StateError
from sfdsl._runner._timestamps import parse_timestamp

Reader = Callable[[_jsonpath.JsonPath, Any], Any]
"""Reads a path against the state input (raises PathNotFoundError when it selects nothing)."""

Predicate = Callable[[Any, Reader], bool]

_MISSING: Any = object()


def _is_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


class _Glob:
    """A StringMatches pattern: ``*`` matches any text, ``\\*`` and ``\\\\`` are literal.

    Matching finds the literal parts left to right, without backtracking: a regular expression
    would take exponential time on patterns such as ``*a*a*a*a*b``.

    Example:
        >>> g = _Glob("log-*.txt")
        >>> g.matches("log-2024.txt"), g.matches("log-.txt"), g.matches("log.txt")
        (True, True, False)
        >>> _Glob("a\\\\*b").matches("a*b"), _Glob("a\\\\*b").matches("axb")
        (True, False)
    """

    __slots__ = ("parts",)

    def __init__(self, pattern: str) -> None:
        parts: list[str] = []
        current: list[str] = []
        i = 0
        while i < len(pattern):
            ch = pattern[i]
            if ch == "\\" and i + 1 < len(pattern):
                current.append(pattern[i + 1])
                i += 2
                continue
            if ch == "*":
                parts.append("".join(current))
                current = []
            else:
                current.append(ch)
            i += 1
        parts.append("".join(current))
        self.parts = parts

    def matches(self, text: str) -> bool:
        parts = self.parts
        if len(parts) == 1:
            return text == parts[0]
        first, *middle, last = parts
        if len(text) < len(first) + len(last) or not (
            text.startswith(first) and text.endswith(last)
        ):
            return False
        position, end = len(first), len(text) - len(last)
        for part in middle:
            found = text.find(part, position, end)
            if found < 0:
                return False
            position = found + len(part)
        return True


def _timestamp(v: object) -> datetime | None:
    return parse_timestamp(v) if isinstance(v, str) else None


def _compare(kind: str, op: str, left: Any, right: Any) -> bool:
    """Compare two values of the operator's kind; a value of another kind never matches."""
    if kind == "String":
        if not isinstance(left, str) or not isinstance(right, str):
            return False
    elif kind == "Numeric":
        if not _is_number(left) or not _is_number(right):
            return False
    elif kind == "Boolean":
        if not isinstance(left, bool) or not isinstance(right, bool):
            return False
    elif kind == "Timestamp":
        left, right = _timestamp(left), _timestamp(right)
        if left is None or right is None:
            return False
    if op == "Equals":
        return bool(left == right)
    if op == "LessThan":
        return bool(left < right)
    if op == "GreaterThan":
        return bool(left > right)
    if op == "LessThanEquals":
        return bool(left <= right)
    return bool(left >= right)


_COMPARISONS = {
    f"{kind}{op}": (kind, op)
    for kind in ("String", "Numeric", "Boolean", "Timestamp")
    for op in ("Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals")
    if kind != "Boolean" or op == "Equals"
}


def _type_test(name: str, value: Any) -> bool:
    if name == "IsNull":
        return value is None
    if name == "IsString":
        return isinstance(value, str)
    if name == "IsNumeric":
        return _is_number(value)
    if name == "IsBoolean":
        return isinstance(value, bool)
    return isinstance(value, str) and parse_timestamp(value) is not None


_TYPE_TESTS = ("IsNull", "IsPresent", "IsString", "IsNumeric", "IsBoolean", "IsTimestamp")


def _invalid_path(path: _jsonpath.JsonPath) -> StateError:
    return StateError(
        RUNTIME,
        f"Invalid path '{path.text}': The choice state's condition path references an invalid value.",
    )


def _read(read: Reader, path: _jsonpath.JsonPath, data: Any) -> Any:
    try:
        return read(path, data)
    except _jsonpath.PathNotFoundError as err:
        raise _invalid_path(path) from err


def compile_rule(rule: Mapping[str, Any]) -> Predicate:
    """Compile one JSONPath choice rule (without its ``Next``) into ``predicate(input, read)``.

    Example:
        >>> p = compile_rule({"Variable": "$.n", "NumericGreaterThan": 2})
        >>> p({"n": 3}, lambda path, data: _jsonpath.evaluate(path, data))
        True
    """
    if "And" in rule:
        parts = [compile_rule(r) for r in rule["And"]]
        return lambda data, read: all(p(data, read) for p in parts)
    if "Or" in rule:
        parts = [compile_rule(r) for r in rule["Or"]]
        return lambda data, read: any(p(data, read) for p in parts)
    if "Not" in rule:
        inner = compile_rule(rule["Not"])
        return lambda data, read: not inner(data, read)
    variable = _jsonpath.parse_path(rule["Variable"])
    for name in _TYPE_TESTS:
        if name in rule:
            expected = bool(rule[name])
            if name == "IsPresent":

                def is_present(data: Any, read: Reader, expected: bool = expected) -> bool:
                    try:
                        read(variable, data)
                    except _jsonpath.PathNotFoundError:
                        return not expected
                    return expected

                return is_present

            def type_test(
                data: Any, read: Reader, name: str = name, expected: bool = expected
            ) -> bool:
                return _type_test(name, _read(read, variable, data)) == expected

            return type_test
    if "StringMatches" in rule:
        pattern = _Glob(rule["StringMatches"])

        def string_matches(data: Any, read: Reader) -> bool:
            value = _read(read, variable, data)
            return isinstance(value, str) and pattern.matches(value)

        return string_matches
    for key, value in rule.items():
        if key in _COMPARISONS:
            kind, op = _COMPARISONS[key]
            return _literal_comparison(variable, kind, op, value)
        if key.endswith("Path") and key[:-4] in _COMPARISONS:
            kind, op = _COMPARISONS[key[:-4]]
            return _path_comparison(variable, kind, op, _jsonpath.parse_path(value))
    msg = f"choice rule has no comparison operator: {dict(rule)!r}"
    raise StateError(RUNTIME, msg)


def _literal_comparison(
    variable: _jsonpath.JsonPath, kind: str, op: str, expected: Any
) -> Predicate:
    if kind == "Timestamp":
        expected = _timestamp(expected)

        def timestamp_comparison(data: Any, read: Reader) -> bool:
            left = _timestamp(_read(read, variable, data))
            return left is not None and expected is not None and _compare("Raw", op, left, expected)

        return timestamp_comparison

    def comparison(data: Any, read: Reader) -> bool:
        return _compare(kind, op, _read(read, variable, data), expected)

    return comparison


def _path_comparison(
    variable: _jsonpath.JsonPath, kind: str, op: str, other: _jsonpath.JsonPath
) -> Predicate:
    def comparison(data: Any, read: Reader) -> bool:
        return _compare(kind, op, _read(read, variable, data), _read(read, other, data))

    return comparison
