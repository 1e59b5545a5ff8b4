"""JSONPath as Step Functions understands it: parsing, validation, evaluation and ResultPath updates.

Step Functions evaluates JSONPath with Jayway semantics: a *definite* path (only fields and
indexes) selects one value, any other path selects a list of matches. Paths start with ``$``
(the state input), ``$$`` (the context object) or ``$name`` (a workflow variable).

Example:
    >>> p = parse_path("$.orders[0].id")
    >>> p.is_reference
    True
    >>> evaluate(p, {"orders": [{"id": 7}]})
    7
    >>> evaluate("$.orders[*].id", {"orders": [{"id": 7}, {"id": 8}]})
    [7, 8]
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import ClassVar, Literal, TypeAlias

import attrs

from sfdsl._jsontypes import json_type
from sfdsl.errors import InvalidPathError, Problem

Root: TypeAlias = Literal["$", "$$", "var"]
CompareOp: TypeAlias = Literal[
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "=~",
    "in",
    "nin",
    "subsetof",
    "anyof",
    "noneof",
    "size",
    "empty",
]

SUPPORTED_FUNCTIONS: tuple[str, ...] = ("length",)
"""Path functions Step Functions accepts at the end of a path (``$.items.length()``)."""

_JAYWAY_FUNCTIONS = frozenset(
    {"min", "max", "avg", "stddev", "sum", "keys", "concat", "append", "first", "last", "index"}
)
_VARIABLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")
_INT = re.compile(r"-?[0-9]+")
_WORD_OPS: tuple[CompareOp, ...] = ("subsetof", "noneof", "anyof", "empty", "size", "nin", "in")
_SYMBOL_OPS: tuple[CompareOp, ...] = ("==", "!=", "<=", ">=", "=~", "<", ">")


# --------------------------------------------------------------------------- segments


_LENGTH_SCRIPT = re.compile(r"\(\s*@\.length\s*-\s*(\d+)\s*\)")
_BARE_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


@attrs.frozen
class Field:
    """Select the member *name* of an object: ``.name`` or ``['name']``.

    Example:
        >>> parse_path("$['a b']").segments
        (Field(name='a b'),)
    """

    name: str


@attrs.frozen
class Index:
    """Select the element at *index* of an array (negative counts from the end): ``[2]``.

    Example:
        >>> parse_path("$[-1]").segments
        (Index(index=-1),)
    """

    index: int


@attrs.frozen
class Slice:
    """Select a range of array elements, Python-style: ``[1:3]``, ``[-2:]``, ``[::2]``.

    Example:
        >>> parse_path("$[1:]").segments
        (Slice(start=1, stop=None, step=None),)
    """

    start: int | None = None
    stop: int | None = None
    step: int | None = None


@attrs.frozen
class Wildcard:
    """Select every member of an object or every element of an array: ``.*`` or ``[*]``.

    Example:
        >>> parse_path("$.a[*]").segments
        (Field(name='a'), Wildcard())
    """


@attrs.frozen
class Union:
    """Select several members or elements: ``['a','b']`` or ``[0,2]``.

    Names selected as the last segment are merged into one object, as Jayway does.

    Example:
        >>> parse_path("$['a','b']").segments
        (Union(items=('a', 'b')),)
    """

    items: tuple[str | int, ...]


@attrs.frozen
class RecursiveDescent:
    """Apply *segment* at every depth below the current node: ``..name``, ``..*``, ``..[0]``.

    Example:
        >>> parse_path("$..price").segments
        (RecursiveDescent(segment=Field(name='price')),)
    """

    segment: Field | Index | Slice | Wildcard | Union | Filter


@attrs.frozen
class Filter:
    """Keep the array elements for which *expr* holds: ``[?(@.price < 10)]``.

    Example:
        >>> parse_path("$[?(@.isbn)]").segments[0].expr
        Exists(path=CurrentPath(segments=(Field(name='isbn'),)))
    """

    expr: FilterExpr


@attrs.frozen
class Function:
    """A path function applied to what the path selected so far: ``.length()``.

    Example:
        >>> parse_path("$.items.length()").segments[-1]
        Function(name='length')
    """

    name: str


Segment: TypeAlias = (
    "Field | Index | Slice | Wildcard | Union | RecursiveDescent | Filter | Function"
)


# --------------------------------------------------------------------------- filter expressions


@attrs.frozen
class CurrentPath:
    """A path relative to the element being filtered: ``@.price``.

    Example:
        >>> CurrentPath((Field("price"),)).segments
        (Field(name='price'),)
    """

    segments: tuple[Segment, ...]


@attrs.frozen
class Regex:
    """A regular expression operand of ``=~``: ``/^a.*/i``.

    Example:
        >>> Regex("^a", "i").compiled().match("Abc") is not None
        True
    """

    pattern: str
    flags: str = ""

    def compiled(self) -> re.Pattern[str]:
        """Return the compiled pattern (``i`` ignores case, ``m`` multiline, ``s`` dot-all)."""
        flags = 0
        for ch in self.flags:
            flags |= {"i": re.IGNORECASE, "m": re.MULTILINE, "s": re.DOTALL}.get(ch, 0)
        return re.compile(self.pattern, flags)


@attrs.frozen
class Value:
    """A JSON literal inside a filter: ``'abc'``, ``10``, ``true``, ``null``, ``[1, 2]``.

    Example:
        >>> parse_path("$[?(@.a == 'x')]").segments[0].expr.right
        Value(value='x')
    """

    value: object


Operand: TypeAlias = "CurrentPath | JsonPath | Value | Regex"


@attrs.frozen
class Comparison:
    """``left op right``, e.g. ``@.price < 10`` or ``@.tag in ['a', 'b']``.

    Example:
        >>> parse_path("$[?(@.p < 10)]").segments[0].expr.op
        '<'
    """

    left: Operand
    op: CompareOp
    right: Operand


@attrs.frozen
class Exists:
    """True when *path* selects something: ``[?(@.isbn)]``.

    Example:
        >>> isinstance(parse_path("$[?(@.isbn)]").segments[0].expr, Exists)
        True
    """

    path: CurrentPath | JsonPath


@attrs.frozen
class And:
    """All of *items* hold: ``a && b``.

    Example:
        >>> isinstance(parse_path("$[?(@.a && @.b)]").segments[0].expr, And)
        True
    """

    items: tuple[FilterExpr, ...]


@attrs.frozen
class Or:
    """Any of *items* holds: ``a || b``.

    Example:
        >>> isinstance(parse_path("$[?(@.a || @.b)]").segments[0].expr, Or)
        True
    """

    items: tuple[FilterExpr, ...]


@attrs.frozen
class Not:
    """*expr* does not hold: ``!(@.a)``.

    Example:
        >>> isinstance(parse_path("$[?(!@.a)]").segments[0].expr, Not)
        True
    """

    expr: FilterExpr


FilterExpr: TypeAlias = "Comparison | Exists | And | Or | Not"


# --------------------------------------------------------------------------- the path


@attrs.frozen
class JsonPath:
    """A parsed path; build one with :func:`parse_path` or :func:`parse_reference_path`.

    Example:
        >>> p = parse_path("$order.items[0]")
        >>> (p.root, p.variable, str(p))
        ('var', 'order', '$order.items[0]')
    """

    _SFDSL_KIND: ClassVar[str] = "path"

    text: str
    root: Root
    variable: str | None
    segments: tuple[Segment, ...]

    @property
    def is_reference(self) -> bool:
        """True for a definite path made of fields and indexes only (an ASL *Reference Path*).

        Example:
            >>> parse_path("$.a[0]").is_reference, parse_path("$.a[*]").is_reference
            (True, False)
        """
        return all(isinstance(s, (Field, Index)) for s in self.segments)

    @property
    def is_definite(self) -> bool:
        """True when the path selects at most one value (Jayway's *definite* path).

        Example:
            >>> parse_path("$.a.length()").is_definite, parse_path("$..a").is_definite
            (True, False)
        """
        return _is_definite(self.segments)

    @property
    def normalized(self) -> str:
        """The path in Jayway's bracket form, as AWS prints it in error causes.

        Example:
            >>> parse_path("$.a.b[0]").normalized
            "$['a']['b'][0]"
        """
        return _root_text(self) + "".join(_segment_text(s) for s in self.segments)

    def __str__(self) -> str:
        return self.text


class PathNotFoundError(LookupError):
    """A definite path selected nothing at run time (Jayway's ``PathNotFoundException``).

    Example:
        >>> try:
        ...     evaluate("$.missing", {})
        ... except PathNotFoundError as err:
        ...     print(err.path, "|", err)
        $.missing | No results for path: $['missing']
    """

    def __init__(self, path: str, detail: str) -> None:
        self.path = path
        self.detail = detail
        super().__init__(detail)


def _is_definite(segments: tuple[Segment, ...]) -> bool:
    for i, seg in enumerate(segments):
        if isinstance(seg, (Field, Index, Function)):
            continue
        last_before_function = all(isinstance(s, Function) for s in segments[i + 1 :])
        if (
            isinstance(seg, Union)
            and last_before_function
            and all(isinstance(x, str) for x in seg.items)
        ):
            continue
        return False
    return True


def _root_text(path: JsonPath) -> str:
    return f"${path.variable}" if path.root == "var" else path.root


def _quote(name: str) -> str:
    return "'" + name.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _segment_text(seg: Segment) -> str:
    if isinstance(seg, Field):
        return f"[{_quote(seg.name)}]"
    if isinstance(seg, Index):
        return f"[{seg.index}]"
    if isinstance(seg, Slice):
        parts = ["" if v is None else str(v) for v in (seg.start, seg.stop)]
        text = ":".join(parts)
        return f"[{text}:{seg.step}]" if seg.step is not None else f"[{text}]"
    if isinstance(seg, Wildcard):
        return "[*]"
    if isinstance(seg, Union):
        return "[" + ",".join(_quote(x) if isinstance(x, str) else str(x) for x in seg.items) + "]"
    if isinstance(seg, RecursiveDescent):
        return ".." + _segment_text(seg.segment)
    if isinstance(seg, Filter):
        return "[?]"
    return f".{seg.name}()"


# --------------------------------------------------------------------------- parser


_NAME_STOP_TOP = frozenset(".[()")
_NAME_STOP_FILTER = frozenset(".[()]=<>!&|, \t\n\r")


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.starts: list[int] = []

    # -- helpers
    def _found(self) -> str:
        if self.pos >= len(self.text):
            return "the end of the path"
        return repr(self.text[self.pos])

    def fail(
        self, expected: str, *, at: int | None = None, found: str | None = None
    ) -> InvalidPathError:
        if at is not None:
            self.pos = at
        got = found if found is not None else self._found()
        msg = f"invalid path {self.text!r}: expected {expected} at position {self.pos}, found {got}"
        return InvalidPathError([Problem(msg, code="invalid-path")])

    def peek(self, n: int = 1) -> str:
        return self.text[self.pos : self.pos + n]

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def skip_ws(self) -> None:
        while not self.at_end() and self.text[self.pos] in " \t\n\r":
            self.pos += 1

    def expect(self, token: str, what: str | None = None) -> None:
        if not self.text.startswith(token, self.pos):
            raise self.fail(what or repr(token))
        self.pos += len(token)

    # -- paths
    def parse(self) -> JsonPath:
        path = self.path(in_filter=False)
        if not self.at_end():
            raise self.fail("'.', '..' or '[' to continue the path")
        return path

    def path(self, *, in_filter: bool) -> JsonPath:
        start = self.pos
        if not self.peek() == "$":
            raise self.fail("'$', '$$' or '$variable' at the start of the path")
        root: Root
        variable: str | None = None
        if self.peek(2) == "$$":
            root = "$$"
            self.pos += 2
        else:
            self.pos += 1
            m = _VARIABLE_NAME.match(self.text, self.pos)
            if m:
                root, variable = "var", m.group()
                self.pos = m.end()
            else:
                root = "$"
        segments = self.segments(in_filter=in_filter)
        return JsonPath(self.text[start : self.pos], root, variable, segments)

    def segments(self, *, in_filter: bool) -> tuple[Segment, ...]:
        segs: list[Segment] = []
        while not self.at_end():
            if in_filter:
                save = self.pos
                self.skip_ws()
                if self.peek() not in (".", "["):
                    self.pos = save
                    break
                self.pos = save
            ch = self.peek()
            if not in_filter:
                self.starts.append(self.pos)
            if segs and isinstance(segs[-1], Function):
                raise self.fail(f"the end of the path after the function {segs[-1].name}()")
            if self.peek(2) == "..":
                self.pos += 2
                segs.append(RecursiveDescent(self.descent_target(in_filter=in_filter)))
            elif ch == ".":
                self.pos += 1
                if self.peek() == "[":
                    segs.append(self.bracket())
                elif self.peek() == "*":
                    self.pos += 1
                    segs.append(Wildcard())
                else:
                    segs.append(self.dot_name(in_filter=in_filter))
            elif ch == "[":
                segs.append(self.bracket())
            else:
                break
        return tuple(segs)

    def descent_target(
        self, *, in_filter: bool
    ) -> Field | Index | Slice | Wildcard | Union | Filter:
        if self.peek() == "*":
            self.pos += 1
            return Wildcard()
        if self.peek() == "[":
            seg = self.bracket()
            if isinstance(
                seg, (RecursiveDescent, Function)
            ):  # pragma: no cover - bracket() never returns these
                raise self.fail("a name, '*' or '[' after '..'")
            return seg
        seg2 = self.dot_name(in_filter=in_filter)
        if isinstance(seg2, Function):
            raise self.fail("a name, '*' or '[' after '..'", found=f"the function {seg2.name}()")
        return seg2

    def dot_name(self, *, in_filter: bool) -> Field | Function:
        stops = _NAME_STOP_FILTER if in_filter else _NAME_STOP_TOP
        start = self.pos
        while not self.at_end() and self.text[self.pos] not in stops:
            if not in_filter and self.text[self.pos] in " \t\n\r":
                raise self.fail(
                    f"a field name without spaces (write $['{self.text[start:].split('.')[0]}'] "
                    "for names with spaces)"
                )
            self.pos += 1
        name = self.text[start : self.pos]
        if not name:
            raise self.fail("a field name, '*' or '[' after '.'")
        if self.peek() == "(":
            name_at = start
            self.pos += 1
            self.skip_ws()
            if self.peek() != ")":
                raise self.fail(f"')': path function {name}() takes no arguments")
            self.pos += 1
            if name in SUPPORTED_FUNCTIONS:
                return Function(name)
            known = "a Jayway function that" if name in _JAYWAY_FUNCTIONS else "a function that"
            raise self.fail(
                f"{known} Step Functions supports (only length())",
                at=name_at,
                found=f"{name}()",
            )
        return Field(name)

    def bracket(self) -> Field | Index | Slice | Wildcard | Union | Filter:
        open_at = self.pos
        self.expect("[")
        self.skip_ws()
        ch = self.peek()
        seg: Field | Index | Slice | Wildcard | Union | Filter
        if ch == "*":
            self.pos += 1
            seg = Wildcard()
        elif ch == "?":
            self.pos += 1
            self.skip_ws()
            self.expect("(", "'(' after '[?' (filters are written [?(...)])")
            expr = self.filter_or()
            self.skip_ws()
            self.expect(")", "')' to close the filter")
            seg = Filter(expr)
        elif ch in ("'", '"'):
            names = [self.quoted()]
            self.skip_ws()
            while self.peek() == ",":
                self.pos += 1
                self.skip_ws()
                if self.peek() not in ("'", '"'):
                    raise self.fail("a quoted name after ',' (unions cannot mix names and indexes)")
                names.append(self.quoted())
                self.skip_ws()
            seg = Field(names[0]) if len(names) == 1 else Union(tuple(names))
        elif ch == "-" or ch.isdigit() or ch == ":":
            seg = self.index_or_slice()
        elif ch == "(":
            # Jayway's script form for "n-th from the end", e.g. [(@.length-1)]
            m = _LENGTH_SCRIPT.match(self.text, self.pos)
            if not m:
                raise self.fail("a script of the form '(@.length-N)' after '['")
            self.pos = m.end()
            seg = Index(-int(m.group(1)))
        else:
            raise self.fail(
                "an index, a slice, '*', a quoted name or a filter '?(...)' after '['",
            )
        self.skip_ws()
        if self.at_end():
            raise self.fail(f"']' to close the '[' opened at position {open_at}")
        self.expect("]", f"']' to close the '[' opened at position {open_at}")
        return seg

    def integer(self) -> int | None:
        m = _INT.match(self.text, self.pos)
        if not m:
            return None
        self.pos = m.end()
        return int(m.group())

    def index_or_slice(self) -> Index | Slice | Union:
        first = self.integer()
        self.skip_ws()
        if self.peek() == ":":
            parts: list[int | None] = [first]
            while self.peek() == ":" and len(parts) < 3:
                self.pos += 1
                self.skip_ws()
                parts.append(self.integer())
                self.skip_ws()
            parts += [None] * (3 - len(parts))
            if parts[2] == 0:
                raise self.fail("a non-zero slice step", at=self.pos - 1, found="0")
            return Slice(parts[0], parts[1], parts[2])
        if first is None:
            raise self.fail("an integer index")
        items: list[int] = [first]
        while self.peek() == ",":
            self.pos += 1
            self.skip_ws()
            nxt = self.integer()
            if nxt is None:
                raise self.fail("an integer index after ',' (unions cannot mix names and indexes)")
            items.append(nxt)
            self.skip_ws()
        return Index(first) if len(items) == 1 else Union(tuple(items))

    def quoted(self) -> str:
        quote = self.text[self.pos]
        start = self.pos
        self.pos += 1
        out: list[str] = []
        while True:
            if self.at_end():
                raise self.fail(f"a closing {quote} for the string opened at position {start}")
            ch = self.text[self.pos]
            if ch == "\\" and self.pos + 1 < len(self.text):
                # like AWS: only the enclosing quote and the backslash itself are escaped;
                # any other backslash stays in the name ($['a\\"b'] names the key a\"b)
                nxt = self.text[self.pos + 1]
                out.append(nxt if nxt in (quote, "\\") else ch + nxt)
                self.pos += 2
                continue
            self.pos += 1
            if ch == quote:
                return "".join(out)
            out.append(ch)

    # -- filters
    def filter_or(self) -> FilterExpr:
        items = [self.filter_and()]
        while True:
            self.skip_ws()
            if self.peek(2) != "||":
                break
            self.pos += 2
            items.append(self.filter_and())
        return items[0] if len(items) == 1 else Or(tuple(items))

    def filter_and(self) -> FilterExpr:
        items = [self.filter_unary()]
        while True:
            self.skip_ws()
            if self.peek(2) != "&&":
                break
            self.pos += 2
            items.append(self.filter_unary())
        return items[0] if len(items) == 1 else And(tuple(items))

    def filter_unary(self) -> FilterExpr:
        self.skip_ws()
        if self.peek() == "!" and self.peek(2) != "!=":
            self.pos += 1
            return Not(self.filter_unary())
        if self.peek() == "(":
            self.pos += 1
            expr = self.filter_or()
            self.skip_ws()
            self.expect(")", "')' to close the parenthesis")
            return expr
        return self.comparison()

    def comparison(self) -> FilterExpr:
        left_at = self.pos
        left = self.operand()
        self.skip_ws()
        op = self.operator()
        if op is None:
            if isinstance(left, (CurrentPath, JsonPath)):
                return Exists(left)
            raise self.fail(
                "a comparison operator (==, !=, <, <=, >, >=, =~, in, nin, ...) after a value"
            )
        self.skip_ws()
        right = self.operand()
        if op == "=~" and not isinstance(right, Regex):
            raise self.fail("a regular expression /.../ after '=~'", at=left_at)
        return Comparison(left, op, right)

    def operator(self) -> CompareOp | None:
        for sym in _SYMBOL_OPS:
            if self.text.startswith(sym, self.pos):
                self.pos += len(sym)
                return sym
        for word in _WORD_OPS:
            end = self.pos + len(word)
            if self.text.startswith(word, self.pos) and (
                end >= len(self.text) or not self.text[end].isalnum()
            ):
                self.pos = end
                return word
        return None

    def operand(self) -> Operand:
        self.skip_ws()
        ch = self.peek()
        if ch == "@":
            self.pos += 1
            return CurrentPath(self.segments(in_filter=True))
        if ch == "$":
            return self.path(in_filter=True)
        if ch in ("'", '"'):
            return Value(self.quoted())
        if ch == "/":
            return self.regex()
        if ch in ("[", "{"):
            return Value(self.json_literal())
        m = _NUMBER.match(self.text, self.pos)
        if m:
            self.pos = m.end()
            text = m.group()
            return Value(float(text) if any(c in text for c in ".eE") else int(text))
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return Value(val)
        word_m = _BARE_WORD.match(self.text, self.pos)
        if word_m:
            # The service accepts unquoted words here and compares them as strings.
            self.pos = word_m.end()
            return Value(word_m.group())
        raise self.fail("a value ('@...', '$...', a string, number, true, false, null or [...])")

    def regex(self) -> Regex:
        start = self.pos
        self.pos += 1
        out: list[str] = []
        while True:
            if self.at_end():
                raise self.fail(
                    f"a closing '/' for the regular expression opened at position {start}"
                )
            ch = self.text[self.pos]
            if ch == "\\" and self.pos + 1 < len(self.text):
                out.append(self.text[self.pos : self.pos + 2])
                self.pos += 2
                continue
            self.pos += 1
            if ch == "/":
                break
            out.append(ch)
        flags_start = self.pos
        while not self.at_end() and self.text[self.pos] in "imsx":
            self.pos += 1
        rx = Regex("".join(out), self.text[flags_start : self.pos])
        try:
            rx.compiled()
        except re.error as err:
            raise self.fail(
                "a valid regular expression", at=start, found=f"/{rx.pattern}/ ({err})"
            ) from None
        return rx

    def json_literal(self) -> object:
        start = self.pos
        closing = {"[": "]", "{": "}"}
        stack: list[str] = []
        quote: str | None = None
        while not self.at_end():
            ch = self.text[self.pos]
            self.pos += 1
            if quote:
                if ch == "\\":
                    self.pos += 1
                elif ch == quote:
                    quote = None
                continue
            if ch in ("'", '"'):
                quote = ch
            elif ch in closing:
                stack.append(closing[ch])
            elif stack and ch == stack[-1]:
                stack.pop()
                if not stack:
                    break
        raw = self.text[start : self.pos]
        if stack:
            raise self.fail(f"a closing {stack[-1]!r} for the literal opened at position {start}")
        try:
            return json.loads(_single_to_double_quotes(raw))
        except ValueError:
            raise self.fail("a JSON array or object literal", at=start, found=repr(raw)) from None


def _single_to_double_quotes(raw: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == '"':
            j = i + 1
            while j < len(raw) and raw[j] != '"':
                j += 2 if raw[j] == "\\" else 1
            out.append(raw[i : j + 1])
            i = j + 1
        elif ch == "'":
            j = i + 1
            buf: list[str] = []
            while j < len(raw) and raw[j] != "'":
                if raw[j] == "\\" and j + 1 < len(raw):
                    buf.append(raw[j + 1])
                    j += 2
                else:
                    buf.append(raw[j])
                    j += 1
            out.append(json.dumps("".join(buf)))
            i = j + 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)


# --------------------------------------------------------------------------- public parsing API


def parse_path(text: str) -> JsonPath:
    """Parse any JSONPath that Step Functions accepts (``InputPath``, ``Parameters`` values, ...).

    Raises:
        InvalidPathError: the text is not a path; the message gives the position and what is allowed.

    Example:
        >>> parse_path("$.store.book[?(@.price < 10)].title").is_reference
        False
        >>> parse_path("$.a[")
        Traceback (most recent call last):
        ...
        sfdsl.errors.InvalidPathError: invalid path '$.a[': expected an index, a slice, '*', a quoted name or a filter '?(...)' after '[' at position 4, found the end of the path
    """
    if not isinstance(text, str):
        msg = f"a path must be a str starting with '$', got {type(text).__name__} {text!r}"
        raise InvalidPathError([Problem(msg, code="invalid-path")])
    return _Parser(text).parse()


def parse_reference_path(text: str) -> JsonPath:
    """Parse a *Reference Path* (``ResultPath``, ``OutputPath``, ``ItemsPath``, ...).

    Only ``.field``, ``['field']`` and ``[index]`` are allowed after the root.

    Raises:
        InvalidPathError: not a path, or the path uses wildcards, slices, filters, unions,
            ``..`` or functions.

    Example:
        >>> parse_reference_path("$.result['x y'][0]").segments
        (Field(name='result'), Field(name='x y'), Index(index=0))
        >>> parse_reference_path("$.items[*]")
        Traceback (most recent call last):
        ...
        sfdsl.errors.InvalidPathError: invalid reference path '$.items[*]': found a wildcard '*' at position 7; a reference path may only contain .field, ['field'] and [index]
    """
    path = parse_path(text)
    if path.is_reference:
        return path
    parser = _Parser(text)
    parser.parse()
    index, seg = next(
        (i, s) for i, s in enumerate(path.segments) if not isinstance(s, (Field, Index))
    )
    msg = (
        f"invalid reference path {text!r}: found {_describe(seg)} at position {parser.starts[index]}; "
        "a reference path may only contain .field, ['field'] and [index]"
    )
    raise InvalidPathError([Problem(msg, code="invalid-path")])


def _describe(seg: Segment) -> str:
    if isinstance(seg, Wildcard):
        return "a wildcard '*'"
    if isinstance(seg, Slice):
        return "a slice"
    if isinstance(seg, Union):
        return "a union"
    if isinstance(seg, RecursiveDescent):
        return "a recursive descent '..'"
    if isinstance(seg, Filter):
        return "a filter '[?(...)]'"
    if isinstance(seg, Function):
        return f"the function {seg.name}()"
    return repr(seg)  # pragma: no cover - fields and indexes are allowed


_SIMPLE_PATH = re.compile(r"\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[0-9]+\])*\Z")


def path_problem(text: str, *, reference: bool = False) -> str | None:
    """Return why *text* is not a valid path (or reference path), or None when it is valid.

    Example:
        >>> path_problem("$.a.b") is None
        True
        >>> path_problem("a.b")
        "invalid path 'a.b': expected '$', '$$' or '$variable' at the start of the path at position 0, found 'a'"
    """
    if _SIMPLE_PATH.match(text):
        return None  # the common '$.a.b[0]' shape needs no full parse
    try:
        if reference:
            parse_reference_path(text)
        else:
            parse_path(text)
    except InvalidPathError as err:
        return str(err)
    return None


# --------------------------------------------------------------------------- evaluation


class _Missing:
    """Marker for "selected nothing" (distinct from a JSON null)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING = _Missing()


@attrs.frozen
class _Env:
    root: object
    context: object
    variables: Mapping[str, object]


def evaluate(
    path: JsonPath | str,
    data: object,
    *,
    context: object = None,
    variables: Mapping[str, object] | None = None,
) -> object:
    """Return what *path* selects, with Step Functions (Jayway) semantics.

    A definite path returns the value itself; any other path returns the list of matches
    (possibly empty). ``$$`` paths read *context*, ``$name`` paths read *variables*.

    Raises:
        PathNotFoundError: a definite path selects nothing (AWS fails the state with
            ``States.Runtime``).
        InvalidPathError: *path* is a str that does not parse.

    Example:
        >>> doc = {"book": [{"title": "A", "price": 8}, {"title": "B", "price": 12}]}
        >>> evaluate("$.book[?(@.price < 10)].title", doc)
        ['A']
        >>> evaluate("$$.Execution.Id", {}, context={"Execution": {"Id": "x"}})
        'x'
        >>> evaluate("$order.id", {}, variables={"order": {"id": 3}})
        3
    """
    p = parse_path(path) if isinstance(path, str) else path
    env = _Env(data, context, variables or {})
    if p.root == "$":
        start: object = data
    elif p.root == "$$":
        start = context
    else:
        assert p.variable is not None
        if p.variable not in env.variables:
            detail = f"The variable ${p.variable} is not defined (path {p.text})"
            raise PathNotFoundError(p.text, detail)
        start = env.variables[p.variable]
    segments = p.segments
    func = segments[-1] if segments and isinstance(segments[-1], Function) else None
    if func is not None:
        segments = segments[:-1]
    if _is_definite(segments):
        value = _definite(p, segments, start, env)
    else:
        value = list(_select(segments, 0, start, env, leaf_merge=True))
    if func is not None:
        return _apply_function(p, func, value)
    return value


def _definite(p: JsonPath, segments: tuple[Segment, ...], start: object, env: _Env) -> object:
    node = start
    for i, seg in enumerate(segments):
        nxt: object = MISSING
        if isinstance(seg, Field) and isinstance(node, dict):
            nxt = node.get(seg.name, MISSING)
        elif isinstance(seg, Index) and isinstance(node, list):
            if -len(node) <= seg.index < len(node):
                nxt = node[seg.index]
        elif isinstance(seg, Union) and isinstance(node, dict):
            nxt = {k: node[k] for k in seg.items if isinstance(k, str) and k in node}
        if nxt is MISSING:
            done = _root_text(p) + "".join(_segment_text(s) for s in segments[: i + 1])
            if i == len(segments) - 1:
                raise PathNotFoundError(p.text, f"No results for path: {done}")
            raise PathNotFoundError(p.text, f"Missing property in path {done}")
        node = nxt
    return node


def _apply_function(p: JsonPath, func: Function, value: object) -> object:
    if isinstance(value, (list, dict, str)):
        return len(value)
    detail = (
        f"Invalid function call {func.name}() in path {p.text}: {json_type(value)} has no length"
    )
    raise PathNotFoundError(p.text, detail)


def _select(
    segments: tuple[Segment, ...], i: int, node: object, env: _Env, *, leaf_merge: bool
) -> Iterator[object]:
    if i == len(segments):
        yield node
        return
    seg = segments[i]
    is_leaf = i == len(segments) - 1
    for child in _step(seg, node, env, is_leaf=is_leaf and leaf_merge):
        yield from _select(segments, i + 1, child, env, leaf_merge=leaf_merge)


def _step(seg: Segment, node: object, env: _Env, *, is_leaf: bool) -> Iterator[object]:
    if isinstance(seg, Field):
        if isinstance(node, dict) and seg.name in node:
            yield node[seg.name]
    elif isinstance(seg, Index):
        if isinstance(node, list) and -len(node) <= seg.index < len(node):
            yield node[seg.index]
    elif isinstance(seg, Slice):
        if isinstance(node, list):
            yield from node[seg.start : seg.stop : seg.step]
    elif isinstance(seg, Wildcard):
        if isinstance(node, dict):
            yield from node.values()
        elif isinstance(node, list):
            yield from node
    elif isinstance(seg, Union):
        if all(isinstance(x, str) for x in seg.items):
            if isinstance(node, dict):
                if is_leaf:
                    yield {k: node[k] for k in seg.items if isinstance(k, str) and k in node}
                else:
                    yield from (node[k] for k in seg.items if isinstance(k, str) and k in node)
        elif isinstance(node, list):
            for x in seg.items:
                if isinstance(x, int) and -len(node) <= x < len(node):
                    yield node[x]
    elif isinstance(seg, Filter):
        if isinstance(node, list):
            yield from (item for item in node if _holds(seg.expr, item, env))
        elif isinstance(node, dict) and _holds(seg.expr, node, env):
            yield node
    elif isinstance(seg, RecursiveDescent):
        yield from _descend(seg.segment, node, env)


def _descend(seg: Segment, node: object, env: _Env) -> Iterator[object]:
    yield from _step(seg, node, env, is_leaf=False)
    if isinstance(node, dict):
        for child in node.values():
            if isinstance(child, (dict, list)):
                yield from _descend(seg, child, env)
    elif isinstance(node, list):
        for child in node:
            if isinstance(child, (dict, list)):
                yield from _descend(seg, child, env)


# -- filters


def _operand(op: Operand, item: object, env: _Env) -> object:
    if isinstance(op, Value):
        return op.value
    if isinstance(op, Regex):
        return op
    if isinstance(op, CurrentPath):
        segments, start = op.segments, item
        text = "@"
    else:
        segments = op.segments
        text = op.text
        if op.root == "$":
            start = env.root
        elif op.root == "$$":
            start = env.context
        elif op.variable is not None and op.variable in env.variables:
            start = env.variables[op.variable]
        else:
            return MISSING
    func = segments[-1] if segments and isinstance(segments[-1], Function) else None
    if func is not None:
        segments = segments[:-1]
    if _is_definite(segments):
        matches = list(_select(segments, 0, start, env, leaf_merge=True))
        value: object = matches[0] if matches else MISSING
    else:
        value = list(_select(segments, 0, start, env, leaf_merge=True))
    if func is not None and value is not MISSING:
        if isinstance(value, (list, dict, str)):
            return len(value)
        del text
        return MISSING
    return value


def _holds(expr: FilterExpr, item: object, env: _Env) -> bool:
    if isinstance(expr, And):
        return all(_holds(e, item, env) for e in expr.items)
    if isinstance(expr, Or):
        return any(_holds(e, item, env) for e in expr.items)
    if isinstance(expr, Not):
        return not _holds(expr.expr, item, env)
    if isinstance(expr, Exists):
        value = _operand(expr.path, item, env)
        if isinstance(expr.path, CurrentPath) and not _is_definite(expr.path.segments):
            return bool(value)
        return value is not MISSING
    left = _operand(expr.left, item, env)
    right = _operand(expr.right, item, env)
    return _compare(left, expr.op, right)


def _is_number(v: object) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _as_decimal(v: object) -> Decimal | None:
    try:
        if _is_number(v):
            return Decimal(str(v))
        if isinstance(v, str):
            return Decimal(v.strip())
    except InvalidOperation:
        return None
    return None


def json_equal(a: object, b: object) -> bool:
    """Compare two JSON values the way Step Functions does (``true`` is not ``1``).

    Example:
        >>> json_equal(True, 1), json_equal([1, {"a": None}], [1, {"a": None}])
        (False, True)
    """
    if isinstance(a, bool) or isinstance(b, bool):
        return isinstance(a, bool) and isinstance(b, bool) and a == b
    if _is_number(a) and _is_number(b):
        return a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    return type(a) is type(b) and a == b


def _filter_equal(left: object, right: object) -> bool:
    # Jayway compares a number with a string holding the same number as equal.
    if (_is_number(left) and isinstance(right, str)) or (
        isinstance(left, str) and _is_number(right)
    ):
        dl, dr = _as_decimal(left), _as_decimal(right)
        return dl is not None and dr is not None and dl == dr
    if _is_number(left) and _is_number(right):
        return _as_decimal(left) == _as_decimal(right)
    return json_equal(left, right)


def _order(left: object, right: object) -> int | None:
    if _is_number(left) and _is_number(right):
        dl, dr = _as_decimal(left), _as_decimal(right)
        if dl is None or dr is None:
            return None
        return (dl > dr) - (dl < dr)
    if isinstance(left, str) and isinstance(right, str):
        return (left > right) - (left < right)
    return None


def _contains(container: object, value: object) -> bool:
    return isinstance(container, list) and any(_filter_equal(value, x) for x in container)


def _compare(left: object, op: CompareOp, right: object) -> bool:
    if op == "!=":
        return not _compare(left, "==", right)
    if left is MISSING or right is MISSING:
        return False
    if op == "==":
        return _filter_equal(left, right)
    if op in ("<", "<=", ">", ">="):
        order = _order(left, right)
        if order is None:
            return False
        return {"<": order < 0, "<=": order <= 0, ">": order > 0, ">=": order >= 0}[op]
    if op == "=~":
        return (
            isinstance(left, str)
            and isinstance(right, Regex)
            and right.compiled().fullmatch(left) is not None
        )
    if op == "in":
        return _contains(right, left)
    if op == "nin":
        return isinstance(right, list) and not _contains(right, left)
    if op == "subsetof":
        return isinstance(left, list) and all(_contains(right, x) for x in left)
    if op == "anyof":
        return isinstance(left, list) and any(_contains(right, x) for x in left)
    if op == "noneof":
        return isinstance(left, list) and not any(_contains(right, x) for x in left)
    if op == "size":
        return isinstance(left, (list, str)) and _is_number(right) and len(left) == right
    # op == "empty"
    return isinstance(left, (list, str)) and isinstance(right, bool) and (len(left) == 0) == right


# --------------------------------------------------------------------------- ResultPath


def set_path(data: object, path: JsonPath | str, value: object) -> object:
    """Return a new document with *value* placed at the reference *path* (``ResultPath`` semantics).

    ``$`` replaces the whole document. Missing objects along the path are created; *data*
    itself is never modified.

    Raises:
        InvalidPathError: *path* is not a reference path starting with ``$``.
        ValueError: the path crosses a value that is not an object (or an array, for an
            index), or an index is out of range; the message says where.

    Example:
        >>> set_path({"a": 1}, "$.r.x", 2)
        {'a': 1, 'r': {'x': 2}}
        >>> set_path({"a": 1}, "$", [1])
        [1]
        >>> set_path({"a": 1}, "$.a.b", 2)
        Traceback (most recent call last):
        ...
        ValueError: cannot apply ResultPath '$.a.b': $['a'] is a number, not an object, so it cannot hold the field 'b'
    """
    p = parse_reference_path(path) if isinstance(path, str) else path
    if not p.is_reference:
        msg = f"ResultPath must be a reference path, got {p.text!r}"
        raise InvalidPathError([Problem(msg, code="invalid-path")])
    if p.root != "$":
        msg = f"ResultPath must start with '$' (the state input), got {p.text!r}"
        raise InvalidPathError([Problem(msg, code="invalid-path")])
    if not p.segments:
        return value
    new_root = copy.copy(data)
    node = new_root
    for i, seg in enumerate(p.segments):
        last = i == len(p.segments) - 1
        where = "$" + "".join(_segment_text(s) for s in p.segments[:i])
        if isinstance(seg, Field):
            if not isinstance(node, dict):
                msg = (
                    f"cannot apply ResultPath {p.text!r}: {where} is {_a(json_type(node))}, "
                    f"not an object, so it cannot hold the field {seg.name!r}"
                )
                raise ValueError(msg)
            if last:
                node[seg.name] = value
            else:
                child = node.get(seg.name, MISSING)
                child = {} if child is MISSING else copy.copy(child)
                node[seg.name] = child
                node = child
        else:
            assert isinstance(seg, Index)
            if not isinstance(node, list):
                msg = (
                    f"cannot apply ResultPath {p.text!r}: {where} is {_a(json_type(node))}, "
                    f"not an array, so it cannot be indexed with [{seg.index}]"
                )
                raise ValueError(msg)
            if not -len(node) <= seg.index < len(node):
                msg = (
                    f"cannot apply ResultPath {p.text!r}: index [{seg.index}] is out of range "
                    f"for {where}, an array of {len(node)} element(s)"
                )
                raise ValueError(msg)
            if last:
                node[seg.index] = value
            else:
                child = copy.copy(node[seg.index])
                node[seg.index] = child
                node = child
    return new_root


def _a(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind


def format_number(value: float) -> str:
    """Render a float as Java's ``Double.toString`` does (AWS runs on the JVM).

    Example:
        >>> format_number(1.1), format_number(1e7), format_number(0.0001), format_number(2.0)
        ('1.1', '1.0E7', '1.0E-4', '2.0')
    """
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    mag = abs(value)
    if 1e-3 <= mag < 1e7:
        text = repr(value)
        if "e" in text:  # pragma: no cover - repr never uses exponents in this range
            text = f"{value:f}"
        return text if "." in text else text + ".0"
    # shortest round-trip digits, then the decimal point after the first one
    sign = "-" if value < 0 else ""
    shortest = repr(mag)
    if "e" in shortest:
        head, _, tail = shortest.partition("e")
        exponent = int(tail)
        digits_only = head.replace(".", "")
    else:
        int_part, _, frac = shortest.partition(".")
        frac = frac.rstrip("0")
        if int_part != "0":
            exponent = len(int_part) - 1
            digits_only = (int_part + frac).rstrip("0") or "0"
        else:
            stripped = frac.lstrip("0")
            exponent = -(len(frac) - len(stripped) + 1)
            digits_only = stripped
    digits_only = digits_only.rstrip("0") or "0"
    first, rest = digits_only[0], digits_only[1:] or "0"
    return f"{sign}{first}.{rest}E{exponent}"
