"""Choice conditions: typed path expressions that build ASL comparisons.

A path class (:class:`Var`, or the typed :class:`Str`, :class:`Num`, :class:`Bool`,
:class:`Timestamp`) overloads the comparison operators; the conditions it builds
(:class:`Comparison`, :class:`And`, :class:`Or`, :class:`Not`, :class:`JsonataCondition`)
are plain frozen values that combine with ``&``, ``|`` and ``~`` and refuse truthiness.

Example:
    >>> cond = (Var("$.status") == "DONE") & ~Var("$.error").is_present()
    >>> print(cond)
    $.status == "DONE" and not $.error present
    >>> condition_to_asl(cond)["And"][0]
    {'Variable': '$.status', 'StringEquals': 'DONE'}
"""

from __future__ import annotations

import datetime as _dt
import difflib
import functools
import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Generic,
    Literal,
    NoReturn,
    TypeAlias,
    TypeVar,
    Union,
    get_args,
)

import attrs

from sfdsl.errors import InvalidConditionError, InvalidPathError, Problem

# --------------------------------------------------------------------------- vocabulary

ComparisonOperator: TypeAlias = Literal[
    "StringEquals",
    "StringEqualsPath",
    "StringLessThan",
    "StringLessThanPath",
    "StringGreaterThan",
    "StringGreaterThanPath",
    "StringLessThanEquals",
    "StringLessThanEqualsPath",
    "StringGreaterThanEquals",
    "StringGreaterThanEqualsPath",
    "StringMatches",
    "NumericEquals",
    "NumericEqualsPath",
    "NumericLessThan",
    "NumericLessThanPath",
    "NumericGreaterThan",
    "NumericGreaterThanPath",
    "NumericLessThanEquals",
    "NumericLessThanEqualsPath",
    "NumericGreaterThanEquals",
    "NumericGreaterThanEqualsPath",
    "BooleanEquals",
    "BooleanEqualsPath",
    "TimestampEquals",
    "TimestampEqualsPath",
    "TimestampLessThan",
    "TimestampLessThanPath",
    "TimestampGreaterThan",
    "TimestampGreaterThanPath",
    "TimestampLessThanEquals",
    "TimestampLessThanEqualsPath",
    "TimestampGreaterThanEquals",
    "TimestampGreaterThanEqualsPath",
    "IsNull",
    "IsPresent",
    "IsNumeric",
    "IsString",
    "IsBoolean",
    "IsTimestamp",
]
"""Every comparison operator of an ASL (JSONPath) Choice rule."""

COMPARISON_OPERATORS: tuple[ComparisonOperator, ...] = get_args(ComparisonOperator)
"""The comparison operators, in the order of the ASL specification."""

ValueKind: TypeAlias = Literal["String", "Numeric", "Boolean", "Timestamp"]
"""The kind of value a comparison operator compares; the prefix of its name."""

ComparisonValue: TypeAlias = str | bool | int | float
"""The value of a :class:`Comparison`: a literal, or a path for ``...Path`` operators."""

_Suffix: TypeAlias = Literal[
    "Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals"
]
_SYMBOLS: dict[str, str] = {
    "Equals": "==",
    "LessThan": "<",
    "GreaterThan": ">",
    "LessThanEquals": "<=",
    "GreaterThanEquals": ">=",
}
_KINDS: tuple[ValueKind, ...] = get_args(ValueKind)
_TYPE_TESTS: dict[str, tuple[str, str]] = {
    # operator: (text when true, text when false)
    "IsNull": ("is null", "is not null"),
    "IsPresent": ("present", "absent"),
    "IsNumeric": ("is numeric", "is not numeric"),
    "IsString": ("is a string", "is not a string"),
    "IsBoolean": ("is a boolean", "is not a boolean"),
    "IsTimestamp": ("is a timestamp", "is not a timestamp"),
}
_PLURAL: dict[ValueKind, str] = {
    "String": "strings",
    "Numeric": "numbers",
    "Boolean": "booleans",
    "Timestamp": "timestamps",
}
_EXPECTED: dict[str, str] = {
    "String": "a string",
    "Numeric": "a number",
    "Boolean": "true or false",
    "Timestamp": "an RFC3339 timestamp string",
}
_RULE_KEYS = ("Next", "Assign", "Output")
"""Fields of a top-level Choice rule that belong to the Choice state, not to the condition."""

_RFC3339 = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|([+-])(\d{2}):(\d{2}))"
)
_PLACEHOLDER = re.compile(r"\$\{[^}]*\}")


def _split(op: str) -> tuple[str, str, bool]:
    """(kind, suffix, is_path) of a comparison operator, e.g. ('Numeric', 'LessThan', True)."""
    known = _SPLITS.get(op)
    if known is not None:
        return known
    return _split_text(op)


def _split_text(op: str) -> tuple[str, str, bool]:
    is_path = op.endswith("Path")
    base = op[: -len("Path")] if is_path else op
    for kind in _KINDS:
        if base.startswith(kind):
            return kind, base[len(kind) :], is_path
    return "", base, is_path  # StringMatches is String-kind but handled apart; Is* have no kind


# Computed once: building a comparison checks its operator, so this runs for every condition.
_OPERATORS: frozenset[str] = frozenset(COMPARISON_OPERATORS)
_SPLITS: dict[str, tuple[str, str, bool]] = {op: _split_text(op) for op in COMPARISON_OPERATORS}


# --------------------------------------------------------------------------- value checks


def _show(value: object) -> str:
    """*value* as JSON with its JSON type, for messages: ``"3" (a string)``."""
    if isinstance(value, bool):
        kind = "a boolean"
    elif isinstance(value, (int, float)):
        kind = "a number"
    elif isinstance(value, str):
        kind = "a string"
    elif value is None:
        kind = "null"
    elif isinstance(value, Mapping):
        kind = "an object"
    elif isinstance(value, (list, tuple)):
        kind = "an array"
    else:
        kind = f"a Python {type(value).__name__}"
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if value is None else f"{text} ({kind})"


@functools.lru_cache(maxsize=4096)
def _path_problem(text: str) -> str | None:
    # Cached: the same few paths are checked again by every comparison built on them.
    from sfdsl._jsonpath import path_problem

    return path_problem(text, reference=True)


def timestamp_problem(text: str) -> str | None:
    """Return why *text* is not an ASL timestamp (RFC3339, uppercase ``T`` and ``Z``), or None.

    A deployment placeholder such as ``${Deadline}`` is accepted.

    Example:
        >>> timestamp_problem("2024-01-31T09:30:00Z") is None
        True
        >>> timestamp_problem("2024-01-31 09:30:00")
        "'2024-01-31 09:30:00' is not an RFC3339 timestamp such as '2024-01-31T09:30:00Z' (uppercase T, and Z or an offset like +01:00)"
    """
    if _PLACEHOLDER.search(text):
        return None
    m = _RFC3339.fullmatch(text)
    ok = m is not None
    if m is not None:
        y, mo, d, h, mi, s = (int(g) for g in m.groups()[:6])
        try:
            _dt.datetime(y, mo, d, h, mi, s)
        except ValueError:
            ok = False
        if m.group(9) is not None and (int(m.group(10)) > 23 or int(m.group(11)) > 59):
            ok = False
    if ok:
        return None
    return (
        f"{text!r} is not an RFC3339 timestamp such as '2024-01-31T09:30:00Z' "
        "(uppercase T, and Z or an offset like +01:00)"
    )


def format_timestamp(value: _dt.datetime) -> str:
    """Serialize an aware datetime as an ASL timestamp (RFC3339, ``Z`` for UTC).

    Raises:
        InvalidConditionError: *value* is naive (has no timezone).

    Example:
        >>> format_timestamp(_dt.datetime(2024, 1, 31, 9, 30, tzinfo=_dt.timezone.utc))
        '2024-01-31T09:30:00Z'
    """
    offset = value.utcoffset()
    if offset is None:
        msg = (
            f"a timestamp comparison needs a timezone-aware datetime, got the naive {value!r}; "
            "attach a timezone, e.g. value.replace(tzinfo=datetime.timezone.utc)"
        )
        raise InvalidConditionError([Problem(msg, code=InvalidConditionError.code)])
    text = value.isoformat()
    return text[: -len("+00:00")] + "Z" if offset == _dt.timedelta(0) else text


def _pattern_problem(pattern: str) -> str | None:
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            if i + 1 >= len(pattern) or pattern[i + 1] not in "*\\":
                return (
                    f"StringMatches pattern {pattern!r} has a backslash at position {i} that "
                    "escapes neither '*' nor '\\'; only '*' is special: write '\\*' for a literal "
                    "star and '\\\\' for a literal backslash"
                )
            i += 2
        else:
            i += 1
    return None


def _same_suffix(kind: str, op: str) -> str:
    """The operator of *kind* doing what *op* does, e.g. ('Numeric', 'StringLessThan')."""
    _, suffix, is_path = _split(op)
    if op == "StringMatches" or (kind == "Boolean" and suffix != "Equals"):
        return ""
    return f"{kind}{suffix}{'Path' if is_path else ''}"


def _value_kind(value: object) -> ValueKind | None:
    if isinstance(value, bool):
        return "Boolean"
    if isinstance(value, (int, float)):
        return "Numeric"
    if isinstance(value, str):
        return "String"
    return None


def _comparison_problems(
    variable: object, operator: object, value: object
) -> list[tuple[str, str]]:
    """Every problem with a comparison, as (field, message) pairs; empty when it is valid."""
    out: list[tuple[str, str]] = []
    if not isinstance(variable, str):
        out.append(
            (
                "Variable",
                f"Variable must be a reference path such as '$.status', got {_show(variable)}",
            )
        )
    elif (why := _path_problem(variable)) is not None:
        out.append(("Variable", f"Variable must be a reference path: {why}"))
    if not isinstance(operator, str) or operator not in _OPERATORS:
        near = difflib.get_close_matches(str(operator), COMPARISON_OPERATORS, n=1)
        fix = f"; did you mean {near[0]!r}?" if near else ""
        out.append(("operator", f"{operator!r} is not an ASL comparison operator{fix}"))
        return out
    out += [(operator, m) for m in _value_problems(operator, value)]
    return out


def _value_problems(op: str, value: object) -> list[str]:
    kind, _, is_path = _split(op)
    if op in _TYPE_TESTS:
        if not isinstance(value, bool):
            return [f"{op} must be true or false, got {_show(value)}"]
        return []
    if is_path:
        if not isinstance(value, str):
            plain = op[: -len("Path")]
            return [
                f"{op} must be a reference path to compare with, such as '$.limit', got {_show(value)}; "
                f"use {plain} to compare with a literal value"
            ]
        why = _path_problem(value)
        return [] if why is None else [f"{op} must be a reference path: {why}"]
    actual = _value_kind(value)
    wanted = kind or "String"
    if actual != wanted and not (wanted == "Timestamp" and actual == "String"):
        msg = f"{op} must be {_EXPECTED[wanted]}, got {_show(value)}"
        better = _same_suffix(actual, op) if actual is not None else ""
        if actual is not None and better:
            msg += f"; use {better} to compare {_PLURAL[actual]}"
        elif value is None:
            msg += "; use IsNull to test for null"
        return [msg]
    if kind == "Numeric" and isinstance(value, float) and not math.isfinite(value):
        return [f"{op} must be a finite number, got {value!r}"]
    if kind == "Timestamp" and isinstance(value, str):
        if timestamp_problem(value) is None:
            return []
        return [
            f"{op} must be an RFC3339 timestamp such as '2024-01-31T09:30:00Z' (uppercase T, "
            f"and Z or an offset like +01:00), got {value!r}"
        ]
    if op == "StringMatches" and isinstance(value, str):
        why = _pattern_problem(value)
        return [] if why is None else [why]
    return []


def _raise(problems: Iterable[str], subject: str = "condition") -> NoReturn:
    probs = [Problem(m, code=InvalidConditionError.code) for m in problems]
    raise InvalidConditionError(probs, subject="workflow" if len(probs) == 1 else subject)


def _check_comment(comment: object) -> None:
    if comment is not None and not isinstance(comment, str):
        _raise([f"Comment must be a string, got {_show(comment)}"])


# --------------------------------------------------------------------------- conditions


class _Logic:
    """Truthiness refusal shared by every condition."""

    __slots__ = ()

    def __bool__(self) -> NoReturn:
        msg = "a Condition has no truth value: use `a & b` not `a and b`, `~a` not `not a`"
        raise TypeError(msg)

    def describe(self) -> str:
        """A one-line, human-readable form of this condition (also its ``str()``).

        Example:
            >>> (Var("$.n") >= 3).describe()
            '$.n >= 3'
        """
        return _describe(self)  # type: ignore[arg-type]  # _Logic is only mixed into Condition classes

    def __str__(self) -> str:
        return self.describe()


class _JsonPathLogic(_Logic):
    """``&``, ``|``, ``~`` for JSONPath conditions."""

    __slots__ = ()

    def __and__(self, other: JsonPathCondition) -> And:
        if not isinstance(other, _JsonPathLogic):
            return NotImplemented
        return And(*_operands(self, And), *_operands(other, And))

    def __or__(self, other: JsonPathCondition) -> Or:
        if not isinstance(other, _JsonPathLogic):
            return NotImplemented
        return Or(*_operands(self, Or), *_operands(other, Or))

    def __invert__(self) -> Not:
        return Not(self)  # type: ignore[arg-type]  # _JsonPathLogic is only mixed into JSONPath conditions


def _operands(cond: object, cls: type[And] | type[Or]) -> tuple[JsonPathCondition, ...]:
    if isinstance(cond, cls) and cond.comment is None:
        return cond.conditions
    return (cond,)  # type: ignore[return-value]  # callers pass JSONPath conditions only


@attrs.frozen
class Comparison(_JsonPathLogic):
    """One ASL comparison: ``{"Variable": variable, operator: value}``.

    Usually built with a path class (``Var("$.n") > 3``). The value must suit the operator:
    a string for ``String*``, a number (not a bool) for ``Numeric*``, a bool for
    ``BooleanEquals`` and ``Is*``, an RFC3339 string for ``Timestamp*``, and a reference
    path for every ``...Path`` operator.

    Raises:
        InvalidConditionError: the variable, operator or value is invalid.

    Example:
        >>> Comparison("$.n", "NumericGreaterThan", 3)
        Comparison(variable='$.n', operator='NumericGreaterThan', value=3, comment=None)
        >>> Comparison("$.n", "NumericGreaterThan", "3")
        Traceback (most recent call last):
        ...
        sfdsl.errors.InvalidConditionError: NumericGreaterThan must be a number, got "3" (a string); use StringGreaterThan to compare strings
    """

    variable: str
    operator: ComparisonOperator
    value: ComparisonValue
    comment: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        problems = [m for _, m in _comparison_problems(self.variable, self.operator, self.value)]
        if problems:
            _raise(problems)
        _check_comment(self.comment)


def _check_operands(name: str, conditions: tuple[object, ...]) -> None:
    if not conditions:
        _raise([f"{name} needs at least one condition (ASL requires a non-empty array)"])
    bad = [c for c in conditions if not isinstance(c, _JsonPathLogic)]
    if bad:
        what = (
            "a JSONata condition cannot be nested in a JSONPath rule; combine JSONata "
            "conditions with & | ~ into one expression"
            if isinstance(bad[0], JsonataCondition)
            else "expected a condition such as Var('$.x') == 1"
        )
        _raise([f"{name} operands must be JSONPath conditions, got {bad[0]!r}; {what}"])


@attrs.frozen(init=False, repr=False)
class And(_JsonPathLogic):
    """True when every condition holds; ASL evaluates them in order and stops at the first false.

    Example:
        >>> print(And(Var("$.a") == 1, Var("$.b") == 2))
        $.a == 1 and $.b == 2
    """

    conditions: tuple[JsonPathCondition, ...]
    comment: str | None = None

    def __init__(self, *conditions: JsonPathCondition, comment: str | None = None) -> None:
        self.__attrs_init__(conditions, comment)

    def __attrs_post_init__(self) -> None:
        _check_operands("And", self.conditions)
        _check_comment(self.comment)

    def __repr__(self) -> str:
        return _repr_nary(self)


@attrs.frozen(init=False, repr=False)
class Or(_JsonPathLogic):
    """True when any condition holds; ASL evaluates them in order and stops at the first true.

    Example:
        >>> print(Or(Var("$.a") == 1, Var("$.b") == 2))
        $.a == 1 or $.b == 2
    """

    conditions: tuple[JsonPathCondition, ...]
    comment: str | None = None

    def __init__(self, *conditions: JsonPathCondition, comment: str | None = None) -> None:
        self.__attrs_init__(conditions, comment)

    def __attrs_post_init__(self) -> None:
        _check_operands("Or", self.conditions)
        _check_comment(self.comment)

    def __repr__(self) -> str:
        return _repr_nary(self)


def _repr_nary(cond: And | Or) -> str:
    parts = [repr(c) for c in cond.conditions]
    if cond.comment is not None:
        parts.append(f"comment={cond.comment!r}")
    return f"{type(cond).__name__}({', '.join(parts)})"


@attrs.frozen
class Not(_JsonPathLogic):
    """True when *condition* is false.

    Example:
        >>> print(Not(Var("$.done").is_present()))
        not $.done present
    """

    condition: JsonPathCondition
    comment: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        _check_operands("Not", (self.condition,))
        _check_comment(self.comment)


def _braced(expression: str | bool) -> str | bool:
    if not isinstance(expression, str):
        return expression  # reported by the validator with the field name
    text = expression.strip()
    return expression if text.startswith("{%") else "{% " + text + " %}"


@attrs.frozen
class JsonataCondition:
    """The ``Condition`` of a JSONata Choice rule: ``{% ... %}`` evaluating to true or false.

    A bare expression is wrapped in ``{% %}``. ``&``, ``|``, ``~`` build a combined
    JSONata expression.

    Raises:
        InvalidConditionError: the expression is not closed by ``%}`` or does not parse.

    Example:
        >>> JsonataCondition("$states.input.n > 3").expression
        '{% $states.input.n > 3 %}'
        >>> print(JsonataCondition("$a") & ~JsonataCondition("$b"))
        ($a) and ($not($b))
    """

    expression: str | bool = attrs.field(converter=_braced)
    comment: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        why = jsonata_problem(self.expression)
        if why is not None:
            _raise([why])
        _check_comment(self.comment)

    @property
    def body(self) -> str:
        """The expression without its ``{% %}`` braces.

        Example:
            >>> JsonataCondition("{% $x = 1 %}").body
            '$x = 1'
        """
        if isinstance(self.expression, bool):
            return "true" if self.expression else "false"
        return self.expression.strip()[2:-2].strip()

    def __bool__(self) -> NoReturn:
        msg = "a Condition has no truth value: use `a & b` not `a and b`, `~a` not `not a`"
        raise TypeError(msg)

    def __and__(self, other: JsonataCondition) -> JsonataCondition:
        if not isinstance(other, JsonataCondition):
            return NotImplemented
        return JsonataCondition(f"({self.body}) and ({other.body})")

    def __or__(self, other: JsonataCondition) -> JsonataCondition:
        if not isinstance(other, JsonataCondition):
            return NotImplemented
        return JsonataCondition(f"({self.body}) or ({other.body})")

    def __invert__(self) -> JsonataCondition:
        return JsonataCondition(f"$not({self.body})")

    def describe(self) -> str:
        """The expression without braces, for diagrams.

        Example:
            >>> JsonataCondition("{% $x = 1 %}").describe()
            '$x = 1'
        """
        return self.body

    def __str__(self) -> str:
        return self.describe()


def jsonata_problem(expression: object) -> str | None:
    """Return why *expression* is not a valid JSONata ``Condition``, or None.

    Example:
        >>> jsonata_problem("{% $x = 1 %}") is None
        True
        >>> jsonata_problem("{% $x = %}")
        "Condition '{% $x = %}' is not a valid JSONata expression: Unexpected end of expression"
        >>> jsonata_problem(True) is None  # a JSONata constant, as the service accepts
        True
    """
    if isinstance(expression, bool):
        # The ASL specification: a JSONata Choice rule's "Condition" accepts a boolean value or a
        # JSONata string (https://states-language.net/spec.html, Choice Rules).
        return None
    if not isinstance(expression, str):
        return (
            f"Condition must be a JSONata expression string '{{% ... %}}', got {_show(expression)}"
        )
    text = expression.strip()
    if not (text.startswith("{%") and text.endswith("%}")) or len(text) < 4:
        return (
            f"Condition must be enclosed in '{{% ... %}}', got {expression!r}; "
            "write e.g. '{% $states.input.n > 3 %}'"
        )
    body = text[2:-2].strip()
    if not body:
        return "Condition '{% %}' is empty; write an expression such as '{% $states.input.ok %}'"
    if _PLACEHOLDER.search(body):
        return None
    error = _jsonata_parse_error(body)
    if error is not None:
        return f"Condition {expression!r} is not a valid JSONata expression: {error}"
    return None


# A condition read from ASL is checked when read and again when its rule is built: parse once.
@functools.lru_cache(maxsize=4096)
def _jsonata_parse_error(body: str) -> str | None:
    """Why the JSONata *body* does not parse (the parser's message), or None."""
    import jsonata  # imported here: jsonata is slow to import and only JSONata rules need it

    try:
        jsonata.Jsonata(body)
    except Exception as err:  # jsonata raises JException (a RuntimeError) or plain errors
        return str(err)
    return None


JsonPathCondition: TypeAlias = Comparison | And | Or | Not
"""A condition of a JSONPath Choice rule."""

Condition: TypeAlias = Comparison | And | Or | Not | JsonataCondition
"""Any Choice condition."""


# --------------------------------------------------------------------------- path classes


def _validate_path(_inst: object, _attr: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        msg = f"a condition path must be a string such as '$.status', got {_show(value)}"
        raise InvalidPathError([Problem(msg, code=InvalidPathError.code)])
    why = _path_problem(value)
    if why is not None:
        raise InvalidPathError([Problem(why, code=InvalidPathError.code)])


@attrs.frozen(eq=False)
class _Path:
    """What every path class shares: the path and the type tests."""

    _SFDSL_KIND: ClassVar[str] = "var"

    path: str = attrs.field(validator=_validate_path)

    def compare(self, operator: ComparisonOperator, value: ComparisonValue) -> Comparison:
        """The comparison *operator* with *value*: the escape hatch for any ASL operator.

        Example:
            >>> Var("$.a").compare("StringEqualsPath", "$.b")
            Comparison(variable='$.a', operator='StringEqualsPath', value='$.b', comment=None)
        """
        return Comparison(self.path, operator, value)

    def is_present(self, flag: bool = True) -> Comparison:
        """``IsPresent``: the path exists in the input (the only test that never fails when absent).

        Example:
            >>> print(Var("$.x").is_present(), Var("$.x").is_present(False), sep=" | ")
            $.x present | $.x absent
        """
        return Comparison(self.path, "IsPresent", flag)

    def is_null(self, flag: bool = True) -> Comparison:
        """``IsNull``: the value is JSON null.

        Example:
            >>> print(Var("$.x").is_null())
            $.x is null
        """
        return Comparison(self.path, "IsNull", flag)

    def is_numeric(self, flag: bool = True) -> Comparison:
        """``IsNumeric``: the value is a number.

        Example:
            >>> print(Var("$.x").is_numeric(False))
            $.x is not numeric
        """
        return Comparison(self.path, "IsNumeric", flag)

    def is_string(self, flag: bool = True) -> Comparison:
        """``IsString``: the value is a string.

        Example:
            >>> print(Var("$.x").is_string())
            $.x is a string
        """
        return Comparison(self.path, "IsString", flag)

    def is_boolean(self, flag: bool = True) -> Comparison:
        """``IsBoolean``: the value is true or false.

        Example:
            >>> print(Var("$.x").is_boolean())
            $.x is a boolean
        """
        return Comparison(self.path, "IsBoolean", flag)

    def is_timestamp(self, flag: bool = True) -> Comparison:
        """``IsTimestamp``: the value is an RFC3339 timestamp string.

        Example:
            >>> print(Var("$.x").is_timestamp())
            $.x is a timestamp
        """
        return Comparison(self.path, "IsTimestamp", flag)

    def _identity_hash(self) -> int:
        # Paths are hashed by identity, as SQLAlchemy columns are: `==` builds a condition
        # instead of testing equality, so a value-based hash would make two paths with the
        # same text collide in a dict and then call `==`, which cannot answer.
        return id(self)


def _kind_error(path: _Path, symbol: str, other: object, expected: str) -> NoReturn:
    here = f"{type(path).__name__}({path.path!r})"
    if other is None:
        fix = f"; use {here}.is_null() to test for null"
    elif isinstance(other, _dt.date) and not isinstance(other, _dt.datetime):
        fix = "; use a timezone-aware datetime.datetime"
    elif isinstance(other, _Path):
        fix = f"; compare {type(path).__name__} paths with each other, or with a literal"
    elif (kind := _value_kind(other)) is not None or isinstance(other, _dt.datetime):
        cls = "Timestamp" if kind is None else {"String": "Str", "Numeric": "Num"}.get(kind, "Bool")
        fix = (
            f"; if {path.path} holds {_PLURAL[kind or 'Timestamp'][:-1]}s, use {cls}({path.path!r})"
        )
    else:
        fix = ""
    _raise([f"{here} {symbol} {_show_py(other)}: expected {expected}, got {_show_py(other)}{fix}"])


def _show_py(value: object) -> str:
    """*value* as Python shows it, for errors raised by Python operators."""
    if isinstance(value, _Path):
        return f"{type(value).__name__}({value.path!r})"
    return repr(value)


def _build(path: _Path, suffix: _Suffix, other: object) -> Comparison:
    """The comparison `path <suffix> other`, with the operator picked from *other*'s type."""
    symbol = _SYMBOLS[suffix]
    kind: ValueKind
    value: ComparisonValue
    if isinstance(other, _Path):
        if isinstance(other, Var):
            _raise(
                [
                    f"cannot compare two untyped paths ({path.path} {symbol} {other.path}): "
                    "ASL needs to know whether to compare strings, numbers, booleans or "
                    f"timestamps; write e.g. Num({path.path!r}) {symbol} Num({other.path!r}) "
                    "(or Str, Bool, Timestamp)"
                ]
            )
        kind = other._kind  # type: ignore[attr-defined]  # every typed path class sets _kind
        value = other.path
        op = f"{kind}{suffix}Path"
    else:
        if isinstance(other, bool):
            kind, value = "Boolean", other
        elif isinstance(other, (int, float)):
            kind, value = "Numeric", other
        elif isinstance(other, str):
            kind, value = "String", other
        elif isinstance(other, _dt.datetime):
            kind, value = "Timestamp", format_timestamp(other)
        else:
            _kind_error(path, symbol, other, "a str, int, float, bool, datetime or typed path")
        op = f"{kind}{suffix}"
    if kind == "Boolean" and suffix != "Equals":
        _raise(
            [
                f"{type(path).__name__}({path.path!r}) {symbol} {other!r}: booleans have no order; "
                "only == and != (BooleanEquals) compare booleans"
            ]
        )
    return Comparison(path.path, op, value)  # type: ignore[arg-type]  # op is built from the Literal's parts


_Other = TypeVar("_Other")


class Var(_Path):
    """A path in the state input (``$.x``), the context object (``$$.x``) or a variable (``$x``).

    Comparison operators build conditions; the ASL operator is picked from the value's
    Python type: ``str`` -> ``String*``, ``bool`` -> ``Boolean*``, ``int``/``float`` ->
    ``Numeric*``, aware ``datetime`` -> ``Timestamp*``. To compare two paths use the
    typed classes :class:`Str`, :class:`Num`, :class:`Bool` and :class:`Timestamp`.

    Raises:
        InvalidPathError: *path* is not a reference path.
        InvalidConditionError: a value of an unsupported type, or two untyped paths.

    Example:
        >>> print(Var("$.status") == "DONE", Var("$.n") > 3, Var("$.ok") != True, sep=" | ")
        $.status == "DONE" | $.n > 3 | $.ok != true
        >>> Var("$.n") < Num("$.limit")
        Comparison(variable='$.n', operator='NumericLessThanPath', value='$.limit', comment=None)
    """

    # `==` builds a condition rather than testing equality, so the signature differs from
    # object.__eq__(object) -> bool; mypy flags every such override, hence the ignores.
    def __eq__(self, other: ComparisonValue | _dt.datetime | Typed) -> Comparison:  # type: ignore[override]
        return _build(self, "Equals", other)

    def __ne__(self, other: ComparisonValue | _dt.datetime | Typed) -> Not:  # type: ignore[override]
        return Not(_build(self, "Equals", other))

    def __lt__(self, other: str | int | float | _dt.datetime | Str | Num | Timestamp) -> Comparison:
        return _build(self, "LessThan", other)

    def __le__(self, other: str | int | float | _dt.datetime | Str | Num | Timestamp) -> Comparison:
        return _build(self, "LessThanEquals", other)

    def __gt__(self, other: str | int | float | _dt.datetime | Str | Num | Timestamp) -> Comparison:
        return _build(self, "GreaterThan", other)

    def __ge__(self, other: str | int | float | _dt.datetime | Str | Num | Timestamp) -> Comparison:
        return _build(self, "GreaterThanEquals", other)

    def __hash__(self) -> int:
        return self._identity_hash()

    def eq(self, other: ComparisonValue | _dt.datetime | Typed) -> Comparison:
        """``==`` as a method.

        Example:
            >>> print(Var("$.a").eq(1))
            $.a == 1
        """
        return _build(self, "Equals", other)

    def ne(self, other: ComparisonValue | _dt.datetime | Typed) -> Not:
        """``!=`` as a method: ``Not`` of the equality.

        Example:
            >>> print(Var("$.a").ne("x"))
            $.a != "x"
        """
        return Not(_build(self, "Equals", other))

    def lt(self, other: str | int | float | _dt.datetime | Str | Num | Timestamp) -> Comparison:
        """``<`` as a method.

        Example:
            >>> print(Var("$.a").lt(1))
            $.a < 1
        """
        return _build(self, "LessThan", other)

    def le(self, other: str | int | float | _dt.datetime | Str | Num | Timestamp) -> Comparison:
        """``<=`` as a method.

        Example:
            >>> print(Var("$.a").le("m"))
            $.a <= "m"
        """
        return _build(self, "LessThanEquals", other)

    def gt(self, other: str | int | float | _dt.datetime | Str | Num | Timestamp) -> Comparison:
        """``>`` as a method.

        Example:
            >>> print(Var("$.a").gt(1.5))
            $.a > 1.5
        """
        return _build(self, "GreaterThan", other)

    def ge(self, other: str | int | float | _dt.datetime | Str | Num | Timestamp) -> Comparison:
        """``>=`` as a method.

        Example:
            >>> print(Var("$.a").ge(0))
            $.a >= 0
        """
        return _build(self, "GreaterThanEquals", other)

    def matches(self, pattern: str) -> Comparison:
        """``StringMatches``: *pattern* with ``*`` wildcards (``\\*`` and ``\\\\`` escape).

        Example:
            >>> print(Var("$.file").matches("*.csv"))
            $.file matches "*.csv"
        """
        return Comparison(self.path, "StringMatches", pattern)


class _Typed(_Path, Generic[_Other]):
    """A path whose value kind is known, so it can be compared with another path."""

    _kind: ClassVar[ValueKind]
    _accepts: ClassVar[tuple[type, ...]]
    _expected: ClassVar[str]

    def _check(self, symbol: str, other: object) -> None:
        if isinstance(other, _Path):
            if type(other) is not type(self):
                _kind_error(
                    self, symbol, other, f"{self._expected} or a {type(self).__name__} path"
                )
        elif not isinstance(other, self._accepts) or (
            isinstance(other, bool) and bool not in self._accepts
        ):
            _kind_error(self, symbol, other, f"{self._expected} or a {type(self).__name__} path")

    def _op(self, suffix: _Suffix, other: object) -> Comparison:
        self._check(_SYMBOLS[suffix], other)
        if isinstance(other, str) and self._kind == "Timestamp":
            return Comparison(self.path, f"Timestamp{suffix}", other)  # type: ignore[arg-type]  # built from the Literal's parts
        return _build(self, suffix, other)

    # `==` builds a condition rather than testing equality, so the signature differs from
    # object.__eq__(object) -> bool; mypy flags every such override, hence the ignores.
    def __eq__(self, other: _Other) -> Comparison:  # type: ignore[override]
        return self._op("Equals", other)

    def __ne__(self, other: _Other) -> Not:  # type: ignore[override]
        return Not(self._op("Equals", other))

    def __hash__(self) -> int:
        return self._identity_hash()

    def eq(self, other: _Other) -> Comparison:
        """``==`` as a method.

        Example:
            >>> print(Bool("$.ok").eq(True))
            $.ok == true
        """
        return self._op("Equals", other)

    def ne(self, other: _Other) -> Not:
        """``!=`` as a method: ``Not`` of the equality.

        Example:
            >>> print(Bool("$.ok").ne(Bool("$.expected")))
            $.ok != $.expected
        """
        return Not(self._op("Equals", other))


class _Ordered(_Typed[_Other]):
    """A typed path whose values have an order (strings, numbers, timestamps)."""

    def __lt__(self, other: _Other) -> Comparison:
        return self._op("LessThan", other)

    def __le__(self, other: _Other) -> Comparison:
        return self._op("LessThanEquals", other)

    def __gt__(self, other: _Other) -> Comparison:
        return self._op("GreaterThan", other)

    def __ge__(self, other: _Other) -> Comparison:
        return self._op("GreaterThanEquals", other)

    def lt(self, other: _Other) -> Comparison:
        """``<`` as a method.

        Example:
            >>> print(Num("$.a").lt(Num("$.b")))
            $.a < $.b
        """
        return self._op("LessThan", other)

    def le(self, other: _Other) -> Comparison:
        """``<=`` as a method.

        Example:
            >>> print(Num("$.a").le(3))
            $.a <= 3
        """
        return self._op("LessThanEquals", other)

    def gt(self, other: _Other) -> Comparison:
        """``>`` as a method.

        Example:
            >>> print(Str("$.a").gt("m"))
            $.a > "m"
        """
        return self._op("GreaterThan", other)

    def ge(self, other: _Other) -> Comparison:
        """``>=`` as a method.

        Example:
            >>> print(Num("$.a").ge(0))
            $.a >= 0
        """
        return self._op("GreaterThanEquals", other)


class Str(_Ordered[Union[str, "Str"]]):
    """A path holding a string: compares with ``str`` or another :class:`Str` (``String*``).

    Example:
        >>> Str("$.a") == Str("$.b")
        Comparison(variable='$.a', operator='StringEqualsPath', value='$.b', comment=None)
    """

    _kind: ClassVar[ValueKind] = "String"
    _accepts: ClassVar[tuple[type, ...]] = (str,)
    _expected: ClassVar[str] = "a str"

    def matches(self, pattern: str) -> Comparison:
        """``StringMatches``: *pattern* with ``*`` wildcards (``\\*`` and ``\\\\`` escape).

        Example:
            >>> print(Str("$.file").matches("report-*"))
            $.file matches "report-*"
        """
        return Comparison(self.path, "StringMatches", pattern)


class Num(_Ordered[Union[int, float, "Num"]]):
    """A path holding a number: compares with ``int``/``float`` or another :class:`Num`.

    Example:
        >>> Num("$.n") >= Num("$.min")
        Comparison(variable='$.n', operator='NumericGreaterThanEqualsPath', value='$.min', comment=None)
    """

    _kind: ClassVar[ValueKind] = "Numeric"
    _accepts: ClassVar[tuple[type, ...]] = (int, float)
    _expected: ClassVar[str] = "an int, a float"


class Bool(_Typed[Union[bool, "Bool"]]):
    """A path holding a boolean: compares with ``bool`` or another :class:`Bool` (no order).

    Example:
        >>> Bool("$.ok") == True
        Comparison(variable='$.ok', operator='BooleanEquals', value=True, comment=None)
    """

    _kind: ClassVar[ValueKind] = "Boolean"
    _accepts: ClassVar[tuple[type, ...]] = (bool,)
    _expected: ClassVar[str] = "a bool"

    if not TYPE_CHECKING:  # a type checker rejects `Bool(...) < x`; at run time, say why

        def _no_order(self, symbol: str, other: object) -> NoReturn:
            _raise(
                [
                    f"Bool({self.path!r}) {symbol} {_show_py(other)}: booleans have no order; "
                    "only == and != (BooleanEquals) compare booleans"
                ]
            )

        def __lt__(self, other: object) -> NoReturn:
            self._no_order("<", other)

        def __le__(self, other: object) -> NoReturn:
            self._no_order("<=", other)

        def __gt__(self, other: object) -> NoReturn:
            self._no_order(">", other)

        def __ge__(self, other: object) -> NoReturn:
            self._no_order(">=", other)


class Timestamp(_Ordered[Union[_dt.datetime, str, "Timestamp"]]):
    """A path holding an RFC3339 timestamp: compares with an aware ``datetime``, an RFC3339
    ``str`` or another :class:`Timestamp` (``Timestamp*``).

    Example:
        >>> from datetime import datetime, timezone
        >>> print(Timestamp("$.due") < datetime(2024, 1, 31, tzinfo=timezone.utc))
        $.due < 2024-01-31T00:00:00Z
    """

    _kind: ClassVar[ValueKind] = "Timestamp"
    _accepts: ClassVar[tuple[type, ...]] = (_dt.datetime, str)
    _expected: ClassVar[str] = "an aware datetime, an RFC3339 str"


Typed: TypeAlias = Str | Num | Bool | Timestamp
"""A path whose value kind is known."""


# --------------------------------------------------------------------------- describe


def _show_value(op: str, value: ComparisonValue) -> str:
    kind, _, is_path = _split(op)
    if is_path or kind == "Timestamp":
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _describe(cond: Condition, nested: bool = False) -> str:
    if isinstance(cond, Comparison):
        return _describe_comparison(cond)
    if isinstance(cond, JsonataCondition):
        return cond.body
    if isinstance(cond, Not):
        inner = cond.condition
        if isinstance(inner, Comparison) and inner.comment is None:
            _, suffix, _ = _split(inner.operator)
            if suffix == "Equals" and inner.operator not in _TYPE_TESTS:
                return _describe_comparison(inner, "!=")
        return "not " + _describe(inner, nested=True)
    word = " and " if isinstance(cond, And) else " or "
    text = word.join(_describe(c, nested=True) for c in cond.conditions)
    return f"({text})" if nested and len(cond.conditions) > 1 else text


def _describe_comparison(cond: Comparison, symbol: str = "") -> str:
    op, var, value = cond.operator, cond.variable, cond.value
    if op in _TYPE_TESTS:
        return f"{var} {_TYPE_TESTS[op][0 if value else 1]}"
    if op == "StringMatches":
        return f"{var} matches {_show_value(op, value)}"
    return f"{var} {symbol or _SYMBOLS[_split(op)[1]]} {_show_value(op, value)}"


# --------------------------------------------------------------------------- ASL in and out


def condition_to_asl(cond: Condition) -> dict[str, Any]:
    """The ASL of *cond*: a Choice rule without ``Next`` (the Choice state adds it).

    Example:
        >>> condition_to_asl(Var("$.n") > 3)
        {'Variable': '$.n', 'NumericGreaterThan': 3}
        >>> condition_to_asl(~(Var("$.s") == "x"))
        {'Not': {'Variable': '$.s', 'StringEquals': 'x'}}
    """
    out: dict[str, Any]
    if isinstance(cond, Comparison):
        out = {"Variable": cond.variable, cond.operator: cond.value}
    elif isinstance(cond, And):
        out = {"And": [condition_to_asl(c) for c in cond.conditions]}
    elif isinstance(cond, Or):
        out = {"Or": [condition_to_asl(c) for c in cond.conditions]}
    elif isinstance(cond, Not):
        out = {"Not": condition_to_asl(cond.condition)}
    else:
        out = {"Condition": cond.expression}
    if cond.comment is not None:
        out["Comment"] = cond.comment
    return out


def _join(path: str, field: str) -> str:
    if not path:
        return field
    return path + field if field.startswith("[") else f"{path}.{field}"


_KNOWN_FIELDS = (*COMPARISON_OPERATORS, "Variable", "And", "Or", "Not", "Condition", "Comment")


def condition_from_asl(data: Mapping[str, Any], path: str = "") -> Condition:
    """Read a Choice rule (or a condition nested in one) from ASL.

    ``Next``, ``Assign`` and ``Output`` of a top-level rule are ignored: they belong to the
    Choice state. Every problem is reported, each located under *path*.

    Raises:
        InvalidConditionError: (a :class:`~sfdsl.errors.ValidationError`) listing every problem.

    Example:
        >>> print(condition_from_asl({"Variable": "$.n", "NumericEquals": 1, "Next": "A"}))
        $.n == 1
        >>> condition_from_asl({"Variable": "$.n", "NumericEquals": "1"}, "States.C.Choices[0]")
        Traceback (most recent call last):
        ...
        sfdsl.errors.InvalidConditionError: invalid Choice rule (1 problem):
          - NumericEquals must be a number, got "1" (a string); use StringEquals to compare strings  @ States.C.Choices[0].NumericEquals
    """
    problems: list[Problem] = []
    cond = _read(data, path, problems, top=True)
    if problems or cond is None:
        raise InvalidConditionError(problems, subject="Choice rule")
    return cond


def _read(data: object, path: str, problems: list[Problem], *, top: bool) -> Condition | None:
    def problem(msg: str, field: str = "") -> None:
        problems.append(
            Problem(msg, _join(path, field) if field else path, InvalidConditionError.code)
        )

    if not isinstance(data, Mapping):
        problem(f"a Choice rule must be an object, got {_show(data)}")
        return None
    comment = data.get("Comment")
    if comment is not None and not isinstance(comment, str):
        problem(f"Comment must be a string, got {_show(comment)}", "Comment")
        comment = None
    for key in _RULE_KEYS:
        if key in data and not top:
            problem(
                f"{key} is only allowed on a top-level Choice rule, not inside And, Or or Not", key
            )
    unknown = [k for k in data if k not in _KNOWN_FIELDS and k not in _RULE_KEYS]
    for key in unknown:
        if key == "End":
            problem(
                "a Choice rule cannot end the execution; use Next to go to a Succeed state", key
            )
            continue
        near = difflib.get_close_matches(str(key), _KNOWN_FIELDS, n=1)
        fix = (
            f"did you mean {near[0]!r}?"
            if near
            else "expected Variable with one comparison operator, And, Or, Not or Condition"
        )
        problem(f"unknown field {key!r} in a Choice rule; {fix}", str(key))
    operators = [k for k in data if k in COMPARISON_OPERATORS]
    logic = [k for k in data if k in ("And", "Or", "Not")]
    forms = [*operators, *logic, *(["Condition"] if "Condition" in data else [])]
    if len(forms) > 1:
        problem(
            f"a Choice rule takes exactly one of a comparison operator, And, Or, Not or Condition, "
            f"found {len(forms)} ({', '.join(forms)}); combine conditions with And"
        )
        return None
    if not forms:
        if unknown:
            return None  # a misspelt operator is the likely cause, reported above
        if "Variable" in data:
            problem(
                "Variable has no comparison operator; add one such as StringEquals or IsPresent",
                "Variable",
            )
        else:
            problem(
                "a Choice rule needs a comparison (Variable with an operator such as "
                "StringEquals), And, Or, Not, or a JSONata Condition"
            )
        return None
    form = forms[0]
    if form != "Condition" and form not in COMPARISON_OPERATORS and "Variable" in data:
        problem(
            f"Variable cannot be used with {form}; put it in the conditions of {form}", "Variable"
        )
        return None
    if form == "Condition":
        if "Variable" in data:
            problem("Variable cannot be used with a JSONata Condition", "Variable")
        why = jsonata_problem(data["Condition"])
        if why is not None:
            problem(why, "Condition")
            return None
        return JsonataCondition(data["Condition"], comment=comment)
    if form == "Not":
        inner = _read(data["Not"], _join(path, "Not"), problems, top=False)
        if isinstance(inner, JsonataCondition):
            problem("Not cannot hold a JSONata Condition", "Not")
            return None
        return None if inner is None else Not(inner, comment=comment)
    if form in ("And", "Or"):
        items = data[form]
        if not isinstance(items, list) or not items:
            problem(f"{form} must be a non-empty array of conditions, got {_show(items)}", form)
            return None
        conds = [
            _read(c, _join(path, f"{form}[{i}]"), problems, top=False) for i, c in enumerate(items)
        ]
        for i, c in enumerate(conds):
            if isinstance(c, JsonataCondition):
                problem(f"{form} cannot hold a JSONata Condition", f"{form}[{i}]")
                return None
        if any(c is None for c in conds):
            return None
        cls = And if form == "And" else Or
        return cls(*conds, comment=comment)  # type: ignore[arg-type]  # None and JSONata excluded above
    if "Variable" not in data:
        problem(f"Variable is required with {form}: the path whose value is compared", "Variable")
        return None
    found = _comparison_problems(data["Variable"], form, data[form])
    for field, msg in found:
        problem(msg, field)
    if found:
        return None
    return Comparison(data["Variable"], form, data[form], comment=comment)


# --------------------------------------------------------------------------- analysis


def _reads(cond: Comparison) -> tuple[str, ...]:
    if cond.operator == "IsPresent":
        return ()
    if _split(cond.operator)[2]:
        return (cond.variable, str(cond.value))
    return (cond.variable,)


def _covered(path: str, known: frozenset[str]) -> bool:
    if path == "$" or path in known:
        return True
    return any(k.startswith((path + ".", path + "[")) for k in known)


def present_when(cond: Condition, outcome: bool) -> frozenset[str]:
    """Paths certainly present in the input once *cond* has evaluated to *outcome*.

    ``IsPresent`` guards count, and so does any comparison that was evaluated (it would
    have failed on an absent path). Use ``present_when(rule, False)`` for the paths known
    to the rules after it and to the Default branch.

    Example:
        >>> sorted(present_when(Var("$.a").is_present() & (Var("$.b") == 1), True))
        ['$.a', '$.b']
        >>> sorted(present_when(Var("$.a").is_present(), False))
        []
    """
    if isinstance(cond, JsonataCondition):
        return frozenset()
    if isinstance(cond, Comparison):
        if cond.operator == "IsPresent":
            return frozenset({cond.variable}) if cond.value == outcome else frozenset()
        return frozenset(_reads(cond))
    if isinstance(cond, Not):
        return present_when(cond.condition, not outcome)
    # And is true when all are true; Or is false when all are false: every operand ran.
    every = isinstance(cond, And) == outcome
    if every:
        return frozenset().union(*(present_when(c, outcome) for c in cond.conditions))
    # Otherwise operand i decided, after operands 0..i-1 gave the opposite outcome.
    options: list[frozenset[str]] = []
    before: frozenset[str] = frozenset()
    for c in cond.conditions:
        options.append(before | present_when(c, outcome))
        before |= present_when(c, not outcome)
    return frozenset.intersection(*options)


def _unsafe(cond: Condition, known: frozenset[str], out: set[str]) -> None:
    """Add to *out* every path read by *cond* that may be absent when it is read."""
    if isinstance(cond, JsonataCondition):
        return
    if isinstance(cond, Comparison):
        out.update(p for p in _reads(cond) if not _covered(p, known))
        return
    if isinstance(cond, Not):
        _unsafe(cond.condition, known, out)
        return
    # And/Or stop at the first false/true operand, so an operand runs only when the ones
    # before it gave the outcome that lets evaluation continue.
    going_on = isinstance(cond, And)
    for c in cond.conditions:
        _unsafe(c, known, out)
        known = known | present_when(c, going_on)


def tested_paths(cond: Condition) -> frozenset[str]:
    """Paths that *cond* reads and that fail the execution (``States.Runtime``) when absent.

    Every comparison reads its ``Variable`` (and a ``...Path`` operator its value path),
    except ``IsPresent``, which only tests presence. JSONata conditions are not analysed.

    Example:
        >>> sorted(tested_paths(Var("$.a").is_present() & (Num("$.b") > Num("$.c"))))
        ['$.b', '$.c']
    """
    if isinstance(cond, JsonataCondition):
        return frozenset()
    if isinstance(cond, Comparison):
        return frozenset(_reads(cond))
    if isinstance(cond, Not):
        return tested_paths(cond.condition)
    return frozenset().union(*(tested_paths(c) for c in cond.conditions))


# Its name starts with "test", and pytest must not collect it from doctest runs.
tested_paths.__test__ = False  # type: ignore[attr-defined]


def guarded_paths(cond: Condition) -> frozenset[str]:
    """Tested paths that *cond* only reads after an ``IsPresent`` guard has found them.

    ``tested_paths(c) - guarded_paths(c)`` are the paths that fail the execution if an
    earlier state does not guarantee them. A guard is ``IsPresent: true`` before the read
    in an ``And`` (or ``IsPresent: false`` before it in an ``Or``, or the ``Not`` forms).

    Example:
        >>> guarded = Var("$.x").is_present() & (Var("$.x") == "a")
        >>> sorted(guarded_paths(guarded))
        ['$.x']
        >>> sorted(guarded_paths((Var("$.x") == "a") & Var("$.x").is_present()))
        []
    """
    unsafe: set[str] = set()
    _unsafe(cond, frozenset(), unsafe)
    return tested_paths(cond) - unsafe


__all__ = [
    "COMPARISON_OPERATORS",
    "And",
    "Bool",
    "Comparison",
    "ComparisonOperator",
    "ComparisonValue",
    "Condition",
    "JsonPathCondition",
    "JsonataCondition",
    "Not",
    "Num",
    "Or",
    "Str",
    "Timestamp",
    "Typed",
    "ValueKind",
    "Var",
    "condition_from_asl",
    "condition_to_asl",
    "format_timestamp",
    "guarded_paths",
    "jsonata_problem",
    "present_when",
    "tested_paths",
    "timestamp_problem",
]
