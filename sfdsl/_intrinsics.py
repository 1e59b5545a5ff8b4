"""Intrinsic functions (``States.Format(...)`` and friends): parsing, checks, builders, evaluation.

Example:
    >>> call = parse_intrinsic("States.MathAdd($.n, 1)")
    >>> call.name, call.args[1]
    ('States.MathAdd', 1)
    >>> evaluate_intrinsic(call, lambda p: 41)
    42
    >>> str(States.Format("Hello {}", parse_path("$.name")))
    "States.Format('Hello {}', $.name)"
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
import uuid
from collections.abc import Callable, Sequence
from typing import ClassVar, Final, Literal, Protocol, TypeAlias, get_args, runtime_checkable

import attrs

from sfdsl._jsonpath import JsonPath, format_number, json_equal, parse_path
from sfdsl._jsontypes import json_type
from sfdsl._limits import MAX_DEPTH, MAX_INT_DIGITS
from sfdsl.errors import InvalidIntrinsicError, InvalidPathError, Problem

IntrinsicArg: TypeAlias = "str | int | float | bool | JsonPath | IntrinsicCall | None"
Kind: TypeAlias = Literal["any", "string", "number", "integer", "boolean", "array", "object"]
HashAlgorithm: TypeAlias = Literal["MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512"]

HASH_ALGORITHMS: Final[tuple[str, ...]] = get_args(HashAlgorithm)
_HASHLIB = {
    "MD5": "md5",
    "SHA-1": "sha1",
    "SHA-256": "sha256",
    "SHA-384": "sha384",
    "SHA-512": "sha512",
}
# The limits the service documents for each function, on
# https://docs.aws.amazon.com/step-functions/latest/dg/intrinsic-functions.html
_ARRAY_RANGE_MAX: Final = 1000
_BASE64_MAX: Final = 10000
_HASH_MAX: Final = 10000
# Integer arguments are Java ints: States.MathAdd documents the range, MathRandom shares it.
_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1


@runtime_checkable
class HasPath(Protocol):
    """Anything carrying a JSONPath text in ``.path`` (for example a condition's ``Var("$.x")``).

    Example:
        >>> class V:
        ...     path = "$.x"
        >>> isinstance(V(), HasPath)
        True
    """

    @property
    def path(self) -> str: ...


PathLike: TypeAlias = "JsonPath | IntrinsicCall | HasPath"
"""A value known only at run time: a path or a nested intrinsic call."""
ArgLike: TypeAlias = "str | int | float | bool | JsonPath | IntrinsicCall | HasPath | None"
StrArg: TypeAlias = "str | JsonPath | IntrinsicCall | HasPath"
NumArg: TypeAlias = "int | float | JsonPath | IntrinsicCall | HasPath"
IntArg: TypeAlias = "int | JsonPath | IntrinsicCall | HasPath"


class IntrinsicEvaluationError(Exception):
    """An intrinsic function failed at run time; :attr:`cause` is the ``States.IntrinsicFailure`` cause.

    Example:
        >>> err = IntrinsicEvaluationError("boom")
        >>> err.cause
        'boom'
    """

    def __init__(self, cause: str) -> None:
        self.cause = cause
        super().__init__(cause)


@attrs.frozen
class _Signature:
    params: tuple[Kind, ...]
    returns: Kind
    optional: int = 0  # how many trailing params may be left out
    variadic: Kind | None = None  # kind of extra arguments, when any number is allowed


_SIGNATURES: dict[str, _Signature] = {
    "States.Format": _Signature(("string",), "string", variadic="any"),
    "States.StringToJson": _Signature(("string",), "any"),
    "States.JsonToString": _Signature(("any",), "string"),
    "States.Array": _Signature((), "array", variadic="any"),
    "States.ArrayPartition": _Signature(("array", "integer"), "array"),
    "States.ArrayContains": _Signature(("array", "any"), "boolean"),
    "States.ArrayRange": _Signature(("integer", "integer", "integer"), "array"),
    "States.ArrayGetItem": _Signature(("array", "integer"), "any"),
    "States.ArrayLength": _Signature(("array",), "integer"),
    "States.ArrayUnique": _Signature(("array",), "array"),
    "States.Base64Encode": _Signature(("string",), "string"),
    "States.Base64Decode": _Signature(("string",), "string"),
    "States.Hash": _Signature(("string", "string"), "string"),
    "States.JsonMerge": _Signature(("object", "object", "boolean"), "object"),
    "States.MathRandom": _Signature(("integer", "integer", "integer"), "integer", optional=1),
    "States.MathAdd": _Signature(("number", "number"), "integer"),
    "States.StringSplit": _Signature(("string", "string"), "array"),
    "States.UUID": _Signature((), "string"),
}
FUNCTION_NAMES: Final[tuple[str, ...]] = tuple(_SIGNATURES)
"""The 18 intrinsic functions of Step Functions, by full name."""


# --------------------------------------------------------------------------- the call


@attrs.frozen
class IntrinsicCall:
    """One intrinsic function call; ``str()`` gives its ASL text.

    String arguments hold their value (escapes removed), except the template of
    ``States.Format``, which keeps ``\\{``, ``\\}`` and ``\\\\`` so that literal braces stay
    distinct from ``{}`` placeholders.

    Example:
        >>> call = IntrinsicCall("States.StringSplit", ("a,b", ","))
        >>> str(call)
        "States.StringSplit('a,b', ',')"
        >>> str(IntrinsicCall("States.Array", ("it's", 1.5, True, None)))
        "States.Array('it\\\\'s', 1.5, true, null)"
    """

    _SFDSL_KIND: ClassVar[str] = "intrinsic"

    name: str
    args: tuple[IntrinsicArg, ...] = ()

    def __str__(self) -> str:
        rendered = [
            _render(arg, template=(self.name == "States.Format" and i == 0))
            for i, arg in enumerate(self.args)
        ]
        return f"{self.name}({', '.join(rendered)})"

    def to_asl(self) -> str:
        """Return the ASL text of the call (same as ``str()``).

        Example:
            >>> States.UUID().to_asl()
            'States.UUID()'
        """
        return str(self)


def _render(arg: IntrinsicArg, *, template: bool = False) -> str:
    if isinstance(arg, str):
        if template:
            return "'" + arg.replace("'", "\\'") + "'"
        escaped = re.sub(r"(['{}\\])", r"\\\1", arg)
        return f"'{escaped}'"
    if arg is None:
        return "null"
    if isinstance(arg, bool):
        return "true" if arg else "false"
    if isinstance(arg, int):
        return str(arg)
    if isinstance(arg, float):
        return repr(arg)
    return str(arg)


# --------------------------------------------------------------------------- parsing

_NAME = re.compile(r"States\.([A-Za-z0-9]+)")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_LOOKS_LIKE = re.compile(r"\s*States\.[A-Za-z0-9]+\s*\(")


def is_intrinsic(text: str) -> bool:
    """True when *text* looks like an intrinsic call (``States.Name(`` at the start).

    Example:
        >>> is_intrinsic("States.Format('{}', $.a)"), is_intrinsic("$.a")
        (True, False)
    """
    return isinstance(text, str) and _LOOKS_LIKE.match(text) is not None


def _error(msg: str) -> InvalidIntrinsicError:
    return InvalidIntrinsicError([Problem(msg, code="invalid-intrinsic")])


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def found(self) -> str:
        if self.pos >= len(self.text):
            return "the end of the text"
        return repr(self.text[self.pos])

    def fail(self, expected: str, *, found: str | None = None) -> InvalidIntrinsicError:
        got = self.found() if found is None else found
        return _error(
            f"invalid intrinsic function {self.text!r}: expected {expected} "
            f"at position {self.pos}, found {got}"
        )

    def skip_ws(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def parse(self) -> IntrinsicCall:
        self.skip_ws()
        call = self.call()
        self.skip_ws()
        if self.pos < len(self.text):
            raise self.fail(f"nothing after the closing ')' of {call.name}")
        return call

    def call(self) -> IntrinsicCall:
        start = self.pos
        m = _NAME.match(self.text, self.pos)
        if not m:
            raise self.fail("a function name 'States.<Name>'")
        name = m.group()
        if name not in _SIGNATURES:
            close = [n for n in FUNCTION_NAMES if n.lower() == name.lower()]
            hint = f"; did you mean {close[0]}?" if close else ""
            raise _error(
                f"invalid intrinsic function {self.text!r}: unknown function {name} at position "
                f"{start}; the functions are {', '.join(FUNCTION_NAMES)}{hint}"
            )
        self.pos = m.end()
        self.skip_ws()
        if self.text[self.pos : self.pos + 1] != "(":
            raise self.fail(f"'(' after {name}")
        self.pos += 1
        args: list[IntrinsicArg] = []
        positions: list[int] = []
        self.skip_ws()
        if self.text[self.pos : self.pos + 1] == ")":
            self.pos += 1
        else:
            while True:
                self.skip_ws()
                positions.append(self.pos)
                args.append(self.argument(template=(name == "States.Format" and not args)))
                self.skip_ws()
                ch = self.text[self.pos : self.pos + 1]
                if ch == ",":
                    self.pos += 1
                    continue
                if ch == ")":
                    self.pos += 1
                    break
                raise self.fail(f"',' or ')' after argument {len(args)} of {name}")
        call = IntrinsicCall(name, tuple(args))
        problem = _check(call, positions)
        if problem:
            raise _error(f"invalid intrinsic function {self.text!r}: {problem}")
        return call

    def argument(self, *, template: bool) -> IntrinsicArg:
        ch = self.text[self.pos : self.pos + 1]
        if ch == "'":
            return self.string(template=template)
        if ch == "$":
            return self.path()
        if self.text.startswith("States.", self.pos):
            return self.call()
        m = _NUMBER.match(self.text, self.pos)
        if m:
            self.pos = m.end()
            text = m.group()
            return float(text) if any(c in text for c in ".eE") else int(text)
        for word, value in (("true", True), ("false", False), ("null", None)):
            end = self.pos + len(word)
            if self.text.startswith(word, self.pos) and not self.text[end : end + 1].isalnum():
                self.pos = end
                return value
        raise self.fail(
            "an argument: a 'string', a number, true, false, null, a path ($...) "
            "or a nested States.* call"
        )

    def string(self, *, template: bool) -> str:
        start = self.pos
        self.pos += 1
        out: list[str] = []
        while True:
            if self.pos >= len(self.text):
                self.pos = start
                raise self.fail("a closing ' for the string", found="an unterminated string")
            ch = self.text[self.pos]
            if ch == "\\" and self.pos + 1 < len(self.text):
                nxt = self.text[self.pos + 1]
                if template and nxt in "{}\\":
                    out.append(ch + nxt)
                elif nxt in "'{}\\":
                    out.append(nxt)
                else:
                    self.pos += 1
                    raise self.fail(
                        "an escape the service accepts (\\', \\{, \\} or \\\\)",
                        found=f"the escape '\\{nxt}'",
                    )
                self.pos += 2
                continue
            self.pos += 1
            if ch == "'":
                return "".join(out)
            out.append(ch)

    def path(self) -> JsonPath:
        start = self.pos
        depth = 0
        quote: str | None = None
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if quote:
                if ch == "\\":
                    self.pos += 1
                elif ch == quote:
                    quote = None
            elif ch in "'\"":
                quote = ch
            elif ch in "[(":
                depth += 1
            elif ch in "])":
                if depth == 0:
                    break
                depth -= 1
            elif ch == "," and depth == 0:
                break
            self.pos += 1
        text = self.text[start : self.pos].rstrip()
        try:
            return parse_path(text)
        except InvalidPathError as err:
            self.pos = start
            raise self.fail("a valid path", found=f"{text!r} ({err})") from None


def parse_intrinsic(text: str) -> IntrinsicCall:
    """Parse an intrinsic function call and check it as far as its literal arguments allow.

    Raises:
        InvalidIntrinsicError: bad syntax, unknown function, wrong number of arguments or a
            literal argument of the wrong kind; the message names the function, the argument
            and what was expected.

    Example:
        >>> parse_intrinsic("States.Array(1, 'a', $.b, States.UUID())").args[2]
        JsonPath(text='$.b', root='$', variable=None, segments=(Field(name='b'),))
        >>> parse_intrinsic("States.MathAdd('a', 1)")
        Traceback (most recent call last):
        ...
        sfdsl.errors.InvalidIntrinsicError: invalid intrinsic function "States.MathAdd('a', 1)": States.MathAdd argument 1 (at position 15) must be a number, got the string 'a'
    """
    if not isinstance(text, str):
        msg = f"an intrinsic function must be a str, got {type(text).__name__} {text!r}"
        raise _error(msg)
    return _Parser(text).parse()


def intrinsic_problem(text: str) -> str | None:
    """Return why *text* is not a valid intrinsic call, or None when it is valid.

    Example:
        >>> intrinsic_problem("States.UUID()") is None
        True
        >>> print(intrinsic_problem("States.Hash($.a, 'SHA-3')"))
        invalid intrinsic function "States.Hash($.a, 'SHA-3')": States.Hash argument 2 (at position 17) must be one of 'MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', got 'SHA-3'
    """
    try:
        parse_intrinsic(text)
    except InvalidIntrinsicError as err:
        return str(err)
    return None


# --------------------------------------------------------------------------- static checks


def _literal_kind(arg: IntrinsicArg) -> Kind | None:
    """The kind of a literal or nested call's result; None for a path (unknown until run time)."""
    if isinstance(arg, JsonPath):
        return None
    if isinstance(arg, IntrinsicCall):
        return _SIGNATURES[arg.name].returns
    if isinstance(arg, bool):
        return "boolean"
    if isinstance(arg, int):
        return "integer"
    if isinstance(arg, float):
        return "number"
    if isinstance(arg, str):
        return "string"
    return "any"  # null


def _kind_ok(expected: Kind, got: Kind) -> bool:
    if expected == "any" or got == "any":
        return True
    if expected == "number":
        return got in ("number", "integer")
    if expected == "integer" and got == "number":
        return True  # a float literal is checked by value below
    return expected == got


_KIND_TEXT: dict[str, str] = {
    "string": "a string",
    "number": "a number",
    "integer": "an integer",
    "boolean": "a boolean",
    "array": "an array",
    "object": "an object",
    "any": "any value",
}


def _describe(arg: IntrinsicArg) -> str:
    if isinstance(arg, IntrinsicCall):
        return f"{arg.name}(...), which returns {_KIND_TEXT[_SIGNATURES[arg.name].returns]}"
    if arg is None:
        return "null"
    if isinstance(arg, bool):
        return "the boolean " + ("true" if arg else "false")
    if isinstance(arg, str):
        return f"the string {_render(arg)}"
    return f"the number {_render(arg)}"


def _check(call: IntrinsicCall, positions: Sequence[int] | None = None) -> str | None:
    """Return the first problem with *call*'s arity or literal arguments, or None."""
    sig = _SIGNATURES.get(call.name)
    if sig is None:
        return f"unknown function {call.name}; the functions are {', '.join(FUNCTION_NAMES)}"
    n = len(call.args)
    lo, hi = len(sig.params) - sig.optional, len(sig.params)
    if sig.variadic is None and not lo <= n <= hi:
        want = str(lo) if lo == hi else f"{lo} or {hi}"
        return f"{call.name} takes {want} argument{'s' if hi != 1 else ''}, got {n}"
    if sig.variadic is not None and n < lo:
        return f"{call.name} takes at least {lo} argument{'s' if lo != 1 else ''}, got {n}"

    def where(i: int) -> str:
        at = f" (at position {positions[i]})" if positions and i < len(positions) else ""
        return f"{call.name} argument {i + 1}{at}"

    for i, arg in enumerate(call.args):
        expected = sig.params[i] if i < len(sig.params) else (sig.variadic or "any")
        got = _literal_kind(arg)
        if got is not None and not _kind_ok(expected, got):
            return f"{where(i)} must be {_KIND_TEXT[expected]}, got {_describe(arg)}"
        if expected == "integer" and isinstance(arg, float) and not arg.is_integer():
            return f"{where(i)} must be an integer, got {_describe(arg)}"
    return _check_values(call, where)


def _check_values(call: IntrinsicCall, where: Callable[[int], str]) -> str | None:
    a = call.args
    if call.name == "States.Format" and isinstance(a[0], str):
        holes = _count_placeholders(a[0])
        if holes != len(a) - 1:
            return (
                f"{call.name} template {_render(a[0], template=True)} has {holes} placeholder"
                f"{'s' if holes != 1 else ''} {{}} but {len(a) - 1} value"
                f"{'s' if len(a) != 2 else ''} follow{'s' if len(a) == 2 else ''}; "
                "give one value per {} (escape literal braces as \\\\{ and \\\\})"
            )
    if call.name == "States.Hash" and isinstance(a[1], str) and a[1] not in HASH_ALGORITHMS:
        algos = ", ".join(repr(x) for x in HASH_ALGORITHMS)
        return f"{where(1)} must be one of {algos}, got {a[1]!r}"
    if call.name == "States.JsonMerge" and a[2] is True:
        return f"{where(2)} must be false: only shallow merges are supported, got true"
    if call.name == "States.ArrayRange":
        if _is_num(a[2]) and a[2] == 0:
            return f"{where(2)} (the step) must not be 0"
        if all(_is_num(x) for x in a):
            count = _range_count(int(a[0]), int(a[1]), int(a[2]))  # type: ignore[arg-type]
            if count > _ARRAY_RANGE_MAX:
                return f"{call.name} would create {count} items; at most {_ARRAY_RANGE_MAX} are allowed"
    if call.name == "States.ArrayPartition" and _is_num(a[1]) and a[1] <= 0:  # type: ignore[operator]
        return f"{where(1)} (the chunk size) must be greater than 0, got {_render(a[1])}"
    if call.name == "States.ArrayGetItem" and _is_num(a[1]) and a[1] < 0:  # type: ignore[operator]
        return f"{where(1)} (the index) must be 0 or more, got {_render(a[1])}"
    if call.name in _JAVA_INT_ARGS:
        for i in _JAVA_INT_ARGS[call.name]:
            if i < len(a) and _is_num(a[i]) and not _INT_MIN <= a[i] <= _INT_MAX:  # type: ignore[operator]
                return f"{where(i)} must be between {_INT_MIN} and {_INT_MAX}, got {_render(a[i])}"
    if call.name == "States.MathRandom" and _is_num(a[0]) and _is_num(a[1]) and a[0] >= a[1]:  # type: ignore[operator]
        return f"{call.name} start ({_render(a[0])}) must be less than end ({_render(a[1])})"
    text_max = _TEXT_MAX.get(call.name)
    for i, arg in enumerate(a):
        if text_max is not None and i == 0 and isinstance(arg, str) and len(arg) > text_max:
            return f"{where(i)} must be at most {text_max} characters, got {len(arg)}"
        if isinstance(arg, IntrinsicCall):
            problem = _check(arg)
            if problem:
                return problem
    return None


def _is_num(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


_JAVA_INT_ARGS: Final[dict[str, tuple[int, ...]]] = {"States.MathRandom": (0, 1, 2)}
"""The arguments the service reads as Java ints (-2147483648 to 2147483647)."""

_TEXT_MAX: Final[dict[str, int]] = {
    "States.Base64Encode": _BASE64_MAX,
    "States.Base64Decode": _BASE64_MAX,
    "States.Hash": _HASH_MAX,
}
"""The functions whose first argument has a documented maximum length, in characters."""


def _range_count(start: int, end: int, step: int) -> int:
    if step > 0:
        return max(0, (end - start) // step + 1)
    return max(0, (start - end) // -step + 1)


def _count_placeholders(template: str) -> int:
    count, i = 0, 0
    while i < len(template):
        if template[i] == "\\":
            i += 2
            continue
        if template.startswith("{}", i):
            count += 1
            i += 2
            continue
        i += 1
    return count


# --------------------------------------------------------------------------- builders


def _to_arg(value: object, func: str, index: int) -> IntrinsicArg:
    if value is None or isinstance(value, (str, bool, int, float, JsonPath, IntrinsicCall)):
        if isinstance(value, float) and not math.isfinite(value):
            msg = f"{func} argument {index + 1} must be a finite number, got {value!r}"
            raise _error(msg)
        return value
    if isinstance(value, HasPath):
        return parse_path(value.path)
    msg = (
        f"{func} argument {index + 1} must be a str, int, float, bool, None, a path or an "
        f"intrinsic call, got {type(value).__name__} {value!r}"
    )
    raise _error(msg)


def _build(name: str, *args: object) -> IntrinsicCall:
    call = IntrinsicCall(name, tuple(_to_arg(a, name, i) for i, a in enumerate(args)))
    problem = _check(call)
    if problem:
        raise _error(problem)
    return call


class States:
    """Step Functions names: error-name constants and builders for every intrinsic function.

    A plain ``str`` argument is always a string literal; pass a path (``parse_path(...)``,
    ``Var("$.x")``) or another call for values known at run time.

    Example:
        >>> States.TaskFailed
        'States.TaskFailed'
        >>> str(States.MathAdd(parse_path("$.count"), 1))
        'States.MathAdd($.count, 1)'
        >>> States.Format("{} {}", "a")
        Traceback (most recent call last):
        ...
        sfdsl.errors.InvalidIntrinsicError: States.Format template '{} {}' has 2 placeholders {} but 1 value follows; give one value per {} (escape literal braces as \\\\{ and \\\\})
    """

    ALL: Final = "States.ALL"
    DataLimitExceeded: Final = "States.DataLimitExceeded"
    ExceedToleratedFailureThreshold: Final = "States.ExceedToleratedFailureThreshold"
    HeartbeatTimeout: Final = "States.HeartbeatTimeout"
    HttpSocket: Final = "States.Http.Socket"
    IntrinsicFailure: Final = "States.IntrinsicFailure"
    ItemReaderFailed: Final = "States.ItemReaderFailed"
    NoChoiceMatched: Final = "States.NoChoiceMatched"
    ParameterPathFailure: Final = "States.ParameterPathFailure"
    Permissions: Final = "States.Permissions"
    QueryEvaluationError: Final = "States.QueryEvaluationError"
    ResultPathMatchFailure: Final = "States.ResultPathMatchFailure"
    ResultWriterFailed: Final = "States.ResultWriterFailed"
    Runtime: Final = "States.Runtime"
    TaskFailed: Final = "States.TaskFailed"
    Timeout: Final = "States.Timeout"
    BranchFailed: Final = "States.BranchFailed"

    @staticmethod
    def Format(template: StrArg, *values: ArgLike) -> IntrinsicCall:
        """``States.Format``: fill each ``{}`` of *template* with the next value.

        Example:
            >>> str(States.Format("Hi {}, you are {}", parse_path("$.name"), 7))
            "States.Format('Hi {}, you are {}', $.name, 7)"
        """
        return _build("States.Format", template, *values)

    @staticmethod
    def StringToJson(text: StrArg) -> IntrinsicCall:
        """``States.StringToJson``: parse a JSON text.

        Example:
            >>> str(States.StringToJson(parse_path("$.body")))
            'States.StringToJson($.body)'
        """
        return _build("States.StringToJson", text)

    @staticmethod
    def JsonToString(value: PathLike) -> IntrinsicCall:
        """``States.JsonToString``: serialize a value as compact JSON.

        Example:
            >>> str(States.JsonToString(parse_path("$.payload")))
            'States.JsonToString($.payload)'
        """
        return _build("States.JsonToString", value)

    @staticmethod
    def Array(*items: ArgLike) -> IntrinsicCall:
        """``States.Array``: an array of the values.

        Example:
            >>> str(States.Array(1, "two", parse_path("$.three")))
            "States.Array(1, 'two', $.three)"
        """
        return _build("States.Array", *items)

    @staticmethod
    def ArrayPartition(array: PathLike, chunk_size: IntArg) -> IntrinsicCall:
        """``States.ArrayPartition``: split an array into chunks of *chunk_size*.

        Example:
            >>> str(States.ArrayPartition(parse_path("$.items"), 2))
            'States.ArrayPartition($.items, 2)'
        """
        return _build("States.ArrayPartition", array, chunk_size)

    @staticmethod
    def ArrayContains(array: PathLike, value: ArgLike) -> IntrinsicCall:
        """``States.ArrayContains``: whether *value* is in the array.

        Example:
            >>> str(States.ArrayContains(parse_path("$.tags"), "x"))
            "States.ArrayContains($.tags, 'x')"
        """
        return _build("States.ArrayContains", array, value)

    @staticmethod
    def ArrayRange(start: IntArg, end: IntArg, step: IntArg) -> IntrinsicCall:
        """``States.ArrayRange``: integers from *start* to *end* inclusive (at most 1000).

        Example:
            >>> str(States.ArrayRange(0, 10, 2))
            'States.ArrayRange(0, 10, 2)'
        """
        return _build("States.ArrayRange", start, end, step)

    @staticmethod
    def ArrayGetItem(array: PathLike, index: IntArg) -> IntrinsicCall:
        """``States.ArrayGetItem``: the item at *index*.

        Example:
            >>> str(States.ArrayGetItem(parse_path("$.items"), 0))
            'States.ArrayGetItem($.items, 0)'
        """
        return _build("States.ArrayGetItem", array, index)

    @staticmethod
    def ArrayLength(array: PathLike) -> IntrinsicCall:
        """``States.ArrayLength``: the number of items.

        Example:
            >>> str(States.ArrayLength(parse_path("$.items")))
            'States.ArrayLength($.items)'
        """
        return _build("States.ArrayLength", array)

    @staticmethod
    def ArrayUnique(array: PathLike) -> IntrinsicCall:
        """``States.ArrayUnique``: the array without duplicates (first occurrences kept).

        Example:
            >>> str(States.ArrayUnique(parse_path("$.items")))
            'States.ArrayUnique($.items)'
        """
        return _build("States.ArrayUnique", array)

    @staticmethod
    def Base64Encode(text: StrArg) -> IntrinsicCall:
        """``States.Base64Encode``: Base64 of the UTF-8 bytes of *text* (at most 10000 characters).

        Example:
            >>> str(States.Base64Encode("hi"))
            "States.Base64Encode('hi')"
        """
        return _build("States.Base64Encode", text)

    @staticmethod
    def Base64Decode(text: StrArg) -> IntrinsicCall:
        """``States.Base64Decode``: decode Base64 into a UTF-8 string.

        Example:
            >>> str(States.Base64Decode(parse_path("$.b64")))
            'States.Base64Decode($.b64)'
        """
        return _build("States.Base64Decode", text)

    @staticmethod
    def Hash(data: StrArg, algorithm: HashAlgorithm | PathLike) -> IntrinsicCall:
        """``States.Hash``: hex digest of *data* with MD5, SHA-1, SHA-256, SHA-384 or SHA-512.

        Example:
            >>> str(States.Hash(parse_path("$.data"), "SHA-256"))
            "States.Hash($.data, 'SHA-256')"
        """
        return _build("States.Hash", data, algorithm)

    @staticmethod
    def JsonMerge(left: PathLike, right: PathLike, deep: Literal[False] = False) -> IntrinsicCall:
        """``States.JsonMerge``: shallow merge, keys of *right* win (deep merge is not supported).

        Example:
            >>> str(States.JsonMerge(parse_path("$.a"), parse_path("$.b")))
            'States.JsonMerge($.a, $.b, false)'
        """
        return _build("States.JsonMerge", left, right, deep)

    @staticmethod
    def MathRandom(start: IntArg, end: IntArg, seed: IntArg | None = None) -> IntrinsicCall:
        """``States.MathRandom``: a random integer in [*start*, *end*), optionally seeded.

        Example:
            >>> str(States.MathRandom(1, 10)), str(States.MathRandom(1, 10, 42))
            ('States.MathRandom(1, 10)', 'States.MathRandom(1, 10, 42)')
        """
        if seed is None:
            return _build("States.MathRandom", start, end)
        return _build("States.MathRandom", start, end, seed)

    @staticmethod
    def MathAdd(a: NumArg, b: NumArg) -> IntrinsicCall:
        """``States.MathAdd``: the sum of two numbers (each rounded to an integer first).

        Example:
            >>> str(States.MathAdd(parse_path("$.n"), -1))
            'States.MathAdd($.n, -1)'
        """
        return _build("States.MathAdd", a, b)

    @staticmethod
    def StringSplit(text: StrArg, delimiters: StrArg) -> IntrinsicCall:
        """``States.StringSplit``: split at any of the *delimiters* characters, dropping empty parts.

        Example:
            >>> str(States.StringSplit(parse_path("$.csv"), ","))
            "States.StringSplit($.csv, ',')"
        """
        return _build("States.StringSplit", text, delimiters)

    @staticmethod
    def UUID() -> IntrinsicCall:
        """``States.UUID``: a random version 4 UUID.

        Example:
            >>> str(States.UUID())
            'States.UUID()'
        """
        return _build("States.UUID")


# --------------------------------------------------------------------------- evaluation


def evaluate_intrinsic(call: IntrinsicCall, resolve: Callable[[JsonPath], object]) -> object:
    """Evaluate *call*; *resolve* returns the value of a path argument.

    Raises:
        IntrinsicEvaluationError: an argument has the wrong type or value at run time
            (Step Functions fails the state with ``States.IntrinsicFailure``).
        PathNotFoundError: whatever *resolve* raises for a missing path is passed through.

    Example:
        >>> doc = {"name": "Ada", "items": [1, 2, 2]}
        >>> from sfdsl._jsonpath import evaluate
        >>> resolve = lambda p: evaluate(p, doc)
        >>> evaluate_intrinsic(parse_intrinsic("States.Format('Hi {}', $.name)"), resolve)
        'Hi Ada'
        >>> evaluate_intrinsic(parse_intrinsic("States.ArrayUnique($.items)"), resolve)
        [1, 2]
    """
    values = [
        evaluate_intrinsic(a, resolve)
        if isinstance(a, IntrinsicCall)
        else resolve(a)
        if isinstance(a, JsonPath)
        else a
        for a in call.args
    ]
    impl = _IMPLEMENTATIONS[call.name]
    return impl(call.name, values)


def _fail(func: str, cause: str) -> IntrinsicEvaluationError:
    return IntrinsicEvaluationError(f"{func}: {cause}")


def _want(func: str, values: list[object], i: int, kind: Kind) -> object:
    v = values[i]
    ok = {
        "string": isinstance(v, str),
        "array": isinstance(v, list),
        "object": isinstance(v, dict),
        "boolean": isinstance(v, bool),
        "number": _is_num(v),
        "integer": _is_num(v) and float(v).is_integer(),  # type: ignore[arg-type]
        "any": True,
    }[kind]
    if not ok:
        got = (
            json_to_string(v)
            if json_type(v) != "object" or len(json_to_string(v)) < 200
            else "{...}"
        )
        cause = (
            f"argument {i + 1} must be {_KIND_TEXT[kind]}, got {_a(json_type(v))} ({got})"
            if not (kind == "integer" and _is_num(v))
            else f"argument {i + 1} must be an integer, got {got}"
        )
        raise _fail(func, cause)
    return v


def _a(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind


def json_to_string(value: object) -> str:
    """Serialize *value* as compact JSON the way Step Functions does (Jackson on the JVM).

    Keys keep their order, non-ASCII characters are written as is and floats print like
    Java's ``Double.toString``.

    Example:
        >>> json_to_string({"a": [1, 2.5, "é"], "b": None, "c": 1e20})
        '{"a":[1,2.5,"é"],"b":null,"c":1.0E20}'
    """
    if isinstance(value, dict):
        return "{" + ",".join(f"{_json_str(k)}:{json_to_string(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(json_to_string(v) for v in value) + "]"
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, str):
        return _json_str(value)
    return json.dumps(value)


def _json_str(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def to_format_string(value: object) -> str:
    """Render *value* as ``States.Format`` does: Java ``toString`` (objects as ``{k=v}``).

    Example:
        >>> to_format_string({"Arg1": 1, "Arg2": [], "s": "x"}), to_format_string(None)
        ('{Arg1=1, Arg2=[], s=x}', 'null')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}={to_format_string(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(to_format_string(v) for v in value) + "]"
    return str(value)


def _java_round(x: float) -> int:
    return math.floor(x + 0.5)


def _as_int(func: str, values: list[object], i: int) -> int:
    v = _want(func, values, i, "integer")
    assert isinstance(v, (int, float))
    return int(v)


def _format(func: str, values: list[object]) -> object:
    template = _want(func, values, 0, "string")
    assert isinstance(template, str)
    out: list[str] = []
    args = values[1:]
    used, i = 0, 0
    while i < len(template):
        ch = template[i]
        if ch == "\\" and i + 1 < len(template):
            out.append(template[i + 1])
            i += 2
            continue
        if template.startswith("{}", i):
            if used >= len(args):
                raise _fail(
                    func,
                    f"the template has more {{}} placeholders than the {len(args)} value(s) given",
                )
            out.append(to_format_string(args[used]))
            used += 1
            i += 2
            continue
        out.append(ch)
        i += 1
    if used != len(args):
        raise _fail(
            func, f"the template has {used} {{}} placeholder(s) but {len(args)} value(s) were given"
        )
    return "".join(out)


def _string_to_json(func: str, values: list[object]) -> object:
    text = _want(func, values, 0, "string")
    assert isinstance(text, str)
    if not text.strip():
        return None
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as err:
        detail = f"{err.msg} at position {err.pos}"
        raise _fail(func, f"argument 1 is not valid JSON ({detail}): {_clip(text)}") from None
    except _NotJson as err:
        raise _fail(func, f"argument 1 is not valid JSON ({err}): {_clip(text)}") from None
    except RecursionError:
        problem: str | None = f"it is nested more than {MAX_DEPTH} levels deep"
    except ValueError:  # an integer of more digits than Python converts
        problem = f"it holds an integer of more than {MAX_INT_DIGITS} digits"
    else:
        problem = data_problem(value)
    if problem is not None:
        raise _fail(func, f"argument 1 cannot be read: {problem} (sfdsl's bound on local runs)")
    return value


class _NotJson(ValueError):
    pass


def _no_constant(name: str) -> object:
    # JSON has no NaN or Infinity; the service's parser refuses them.
    msg = f"{name} is not a JSON value"
    raise _NotJson(msg)


def _clip(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


_INT_DIGITS_BOUND: Final = 10**MAX_INT_DIGITS


def data_problem(value: object, max_depth: int | None = MAX_DEPTH) -> str | None:
    """What keeps *value* from being JSON data a run can handle, or None.

    NaN and infinities (JSON has neither), integers of more than ``MAX_INT_DIGITS`` digits
    and, unless *max_depth* is None, arrays and objects nested more than *max_depth* levels
    (``MAX_DEPTH``, see docs/limits.md). Iterative, so any depth is measured without recursion.

    Example:
        >>> data_problem({"a": [1, 2.5]}), data_problem([float("nan")])
        (None, 'it holds nan, which is not a JSON number')
        >>> data_problem([[1]], max_depth=1)
        'it is nested more than 1 levels deep'
    """
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, float):
            if not math.isfinite(item):
                return f"it holds {item!r}, which is not a JSON number"
        elif isinstance(item, int) and not isinstance(item, bool):
            if abs(item) >= _INT_DIGITS_BOUND:
                return f"it holds an integer of more than {MAX_INT_DIGITS} digits"
        elif isinstance(item, (list, dict)):
            if max_depth is not None and depth >= max_depth:
                return f"it is nested more than {max_depth} levels deep"
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return None


def _array_partition(func: str, values: list[object]) -> object:
    array = _want(func, values, 0, "array")
    size = _as_int(func, values, 1)
    assert isinstance(array, list)
    if size <= 0:
        raise _fail(func, f"the chunk size (argument 2) must be greater than 0, got {size}")
    return [array[i : i + size] for i in range(0, len(array), size)]


def _array_contains(func: str, values: list[object]) -> object:
    array = _want(func, values, 0, "array")
    assert isinstance(array, list)
    return any(json_equal(item, values[1]) for item in array)


def _array_range(func: str, values: list[object]) -> object:
    start, end, step = (_as_int(func, values, i) for i in range(3))
    if step == 0:
        raise _fail(func, "the step (argument 3) must not be 0")
    count = _range_count(start, end, step)
    if count > _ARRAY_RANGE_MAX:
        raise _fail(func, f"the range has {count} items; at most {_ARRAY_RANGE_MAX} are allowed")
    return [start + k * step for k in range(count)]


def _array_get_item(func: str, values: list[object]) -> object:
    array = _want(func, values, 0, "array")
    index = _as_int(func, values, 1)
    assert isinstance(array, list)
    if not 0 <= index < len(array):
        raise _fail(func, f"index {index} is out of bounds for an array of {len(array)} item(s)")
    return array[index]


def _array_length(func: str, values: list[object]) -> object:
    array = _want(func, values, 0, "array")
    assert isinstance(array, list)
    return len(array)


def _array_unique(func: str, values: list[object]) -> object:
    array = _want(func, values, 0, "array")
    assert isinstance(array, list)
    # A hashable key per item, equal exactly when json_equal is true: linear time, where
    # comparing each item with every kept one took hours for an array of 30,000 items.
    out: list[object] = []
    seen: set[object] = set()
    for item in array:
        key = _equality_key(item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _equality_key(value: object) -> object:
    """A hashable stand-in for *value*: equal keys for values :func:`json_equal` finds equal.

    Example:
        >>> _equality_key(1) == _equality_key(1.0), _equality_key(True) == _equality_key(1)
        (True, False)
    """
    if isinstance(value, bool):
        return ("boolean", value)
    if isinstance(value, (int, float)):
        return ("number", value)
    if isinstance(value, list):
        return ("array", tuple(_equality_key(item) for item in value))
    if isinstance(value, dict):
        return ("object", frozenset((k, _equality_key(v)) for k, v in value.items()))
    return (type(value).__name__, value)


def _base64_encode(func: str, values: list[object]) -> object:
    text = _want(func, values, 0, "string")
    assert isinstance(text, str)
    if len(text) > _BASE64_MAX:
        raise _fail(
            func, f"the input has {len(text)} characters; at most {_BASE64_MAX} are allowed"
        )
    return base64.b64encode(utf8(text)).decode("ascii")


def _base64_decode(func: str, values: list[object]) -> object:
    text = _want(func, values, 0, "string")
    assert isinstance(text, str)
    if len(text) > _BASE64_MAX:
        raise _fail(
            func, f"the input has {len(text)} characters; at most {_BASE64_MAX} are allowed"
        )
    try:
        return base64.b64decode(text, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise _fail(func, f"argument 1 is not valid Base64 of UTF-8 text: {text}") from None


def _hash(func: str, values: list[object]) -> object:
    data = _want(func, values, 0, "string")
    algorithm = _want(func, values, 1, "string")
    assert isinstance(data, str)
    if len(data) > _HASH_MAX:
        raise _fail(func, f"the input has {len(data)} characters; at most {_HASH_MAX} are allowed")
    if algorithm not in _HASHLIB:
        raise _fail(
            func,
            f"the algorithm (argument 2) must be one of {', '.join(HASH_ALGORITHMS)}, got {algorithm}",
        )
    return hashlib.new(_HASHLIB[str(algorithm)], utf8(data)).hexdigest()


def utf8(text: str) -> bytes:
    """*text* in UTF-8 as the service's JVM encodes it: a lone surrogate becomes ``?``.

    Example:
        >>> utf8("é" + chr(0xD800))
        b'\\xc3\\xa9?'
    """
    return text.encode("utf-8", "replace")


def _json_merge(func: str, values: list[object]) -> object:
    left = _want(func, values, 0, "object")
    right = _want(func, values, 1, "object")
    deep = _want(func, values, 2, "boolean")
    assert isinstance(left, dict)
    assert isinstance(right, dict)
    if deep:
        raise _fail(func, "argument 3 must be false: only shallow merges are supported")
    return {**left, **right}


class _JavaRandom:
    """``java.util.Random``, so that a seeded ``States.MathRandom`` is reproducible."""

    _MULT, _ADD, _MASK = 0x5DEECE66D, 0xB, (1 << 48) - 1

    def __init__(self, seed: int) -> None:
        self.seed = (seed ^ self._MULT) & self._MASK

    def _next(self, bits: int) -> int:
        self.seed = (self.seed * self._MULT + self._ADD) & self._MASK
        r = self.seed >> (48 - bits)
        return r - (1 << 32) if r >= 1 << 31 else r

    def next_int(self, bound: int) -> int:
        r = self._next(31)
        m = bound - 1
        if bound & m == 0:
            return (bound * r) >> 31
        u = r
        r = u % bound
        while u - r + m >= 1 << 31:
            u = self._next(31)
            r = u % bound
        return r


def _java_int(func: str, values: list[object], i: int) -> int:
    value = _as_int(func, values, i)
    if not _INT_MIN <= value <= _INT_MAX:
        raise _fail(
            func, f"argument {i + 1} must be between {_INT_MIN} and {_INT_MAX}, got {value}"
        )
    return value


def _math_random(func: str, values: list[object]) -> object:
    start, end = _java_int(func, values, 0), _java_int(func, values, 1)
    if start >= end:
        raise _fail(func, f"start ({start}) must be less than end ({end})")
    if len(values) == 3:
        rng = _JavaRandom(_java_int(func, values, 2))
    else:
        rng = _JavaRandom(uuid.uuid4().int & ((1 << 63) - 1))
    if end - start <= _INT_MAX:
        return start + rng.next_int(end - start)
    # A span wider than a Java int: draw ints until one falls in [start, end), as Java's
    # Random.nextInt(origin, bound) does; each draw succeeds with probability above 1/2.
    while True:
        drawn = rng._next(32)
        if start <= drawn < end:
            return drawn


def _math_add(func: str, values: list[object]) -> object:
    a, b = (_want(func, values, i, "number") for i in range(2))
    total = _java_round(a) + _java_round(b)  # type: ignore[arg-type]
    for i, v in enumerate((a, b)):
        if not _INT_MIN <= _java_round(v) <= _INT_MAX:  # type: ignore[arg-type]
            raise _fail(
                func, f"argument {i + 1} must be between {_INT_MIN} and {_INT_MAX}, got {v}"
            )
    return total


def _string_split(func: str, values: list[object]) -> object:
    text = _want(func, values, 0, "string")
    delimiters = _want(func, values, 1, "string")
    assert isinstance(text, str)
    assert isinstance(delimiters, str)
    if not delimiters:
        return [text] if text else []
    pattern = "[" + re.escape(delimiters) + "]"
    return [part for part in re.split(pattern, text) if part]


def _uuid(func: str, values: list[object]) -> object:
    del func, values
    return str(uuid.uuid4())


def _array(func: str, values: list[object]) -> object:
    del func
    return list(values)


def _json_to_string(func: str, values: list[object]) -> object:
    del func
    return json_to_string(values[0])


_IMPLEMENTATIONS: dict[str, Callable[[str, list[object]], object]] = {
    "States.Format": _format,
    "States.StringToJson": _string_to_json,
    "States.JsonToString": _json_to_string,
    "States.Array": _array,
    "States.ArrayPartition": _array_partition,
    "States.ArrayContains": _array_contains,
    "States.ArrayRange": _array_range,
    "States.ArrayGetItem": _array_get_item,
    "States.ArrayLength": _array_length,
    "States.ArrayUnique": _array_unique,
    "States.Base64Encode": _base64_encode,
    "States.Base64Decode": _base64_decode,
    "States.Hash": _hash,
    "States.JsonMerge": _json_merge,
    "States.MathRandom": _math_random,
    "States.MathAdd": _math_add,
    "States.StringSplit": _string_split,
    "States.UUID": _uuid,
}
