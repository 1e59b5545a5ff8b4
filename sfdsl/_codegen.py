"""Python source from ASL: the code generator behind ``sfdsl import``.

:func:`generate_python` turns an ASL definition (or a :class:`~sfdsl.StateMachine`) into an
idiomatic sfdsl module: states named as in the source, linear runs written as chains, Choice
rules as typed conditions, intrinsic functions as ``States.*`` builders and ``.$`` paths as
``Var(...)``. Every idiomatic form is checked to give back exactly the same ASL; when one does
not, the generator keeps the literal ASL form and says so in :attr:`GeneratedModule.notes`.

:class:`ModuleWriter` is the reusable part: it collects imports, variable names and statements
for any number of state machines, so an importer for other formats (``serverless.yml``) writes
each machine's definition with the same code.

Example:
    >>> asl = {"StartAt": "Hello", "States": {
    ...     "Hello": {"Type": "Pass", "Next": "Done"}, "Done": {"Type": "Succeed"}}}
    >>> module = generate_python(asl)
    >>> namespace: dict[str, object] = {}
    >>> exec(module.code, namespace)
    >>> namespace["machine"].to_asl() == asl
    True
"""

from __future__ import annotations

import builtins
import contextlib
import datetime
import json
import keyword
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

import sfdsl
from sfdsl._chain import Graph
from sfdsl._codes import CODES
from sfdsl._conditions import And, Comparison, JsonataCondition, Not, Or, Var, condition_to_asl
from sfdsl._intrinsics import HASH_ALGORITHMS, IntrinsicCall, States, is_intrinsic, parse_intrinsic
from sfdsl._jsonpath import JsonPath
from sfdsl._machine import StateMachine, state_refusals
from sfdsl._states import Choice, Map, Parallel, State, target_name
from sfdsl._values import (
    DISCARD,
    Jsonata,
    Placeholder,
    _scalar,
    freeze_template,
    json_problems,
    render,
)
from sfdsl.errors import DefinitionError, Problem, SfdslError

LINE_LENGTH = 88
"""The default line length of generated code (ruff's default)."""

_INDENT = "    "


def _str_tuple(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _problem_tuple(values: Iterable[Problem]) -> tuple[Problem, ...]:
    return tuple(values)


@attrs.frozen
class GeneratedModule:
    """A generated Python module: its source and what could not be written idiomatically.

    Example:
        >>> m = GeneratedModule("x = 1\\n", notes=("kept a string",))
        >>> m.code, m.notes, m.read_files
        ('x = 1\\n', ('kept a string',), ())
    """

    code: str
    notes: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    read_files: tuple[str, ...] = attrs.field(default=(), kw_only=True, converter=_str_tuple)
    """Every file the import read (absolute paths, symbolic links resolved): the source and,
    for a serverless.yml, the files its ``${file(...)}`` variables read."""
    warnings: tuple[Problem, ...] = attrs.field(default=(), kw_only=True, converter=_problem_tuple)
    """The problems Step Functions accepts but sfdsl's Python constructors refuse: the module
    builds the machines that have any inside :func:`sfdsl.checked_as_asl`, with a comment
    naming each."""


# --------------------------------------------------------------------------- layout


class _Node:
    """A piece of Python source that can be laid out on one line or broken over several.

    The layout follows ``ruff format`` (the black style) closely, but needs no formatter: the
    generated code is the same whether ruff is installed or not.
    """

    def flat(self) -> str:
        raise NotImplementedError

    def lay(
        self, indent: int, used: int, width: int, *, tail: int = 0, bracketed: bool = False
    ) -> str:
        """The source, starting at column *used*, continuation lines indented by *indent*.

        *tail* characters follow on the last line; *bracketed* is true inside brackets, where
        a call chain needs no parentheses of its own to break over lines.
        """
        text = self.flat()
        if used + len(text) + tail <= width or not self._breakable():
            return text
        return self._broken(indent, used, width, tail=tail, bracketed=bracketed)

    def _breakable(self) -> bool:
        return False

    def _broken(self, indent: int, used: int, width: int, *, tail: int, bracketed: bool) -> str:
        return self.flat()


@attrs.frozen
class _Raw(_Node):
    text: str

    def flat(self) -> str:
        return self.text


@attrs.frozen
class _Seq(_Node):
    """Bracketed, comma-separated items: call arguments, lists and dicts."""

    opener: str
    items: tuple[tuple[str, _Node], ...]  # (prefix such as "key=" or '"k": ', value)
    closer: str
    is_tuple: bool = False

    def _joined(self) -> str:
        inner = ", ".join(prefix + node.flat() for prefix, node in self.items)
        if self.is_tuple and len(self.items) == 1:
            inner += ","
        return inner

    def flat(self) -> str:
        return f"{self.opener}{self._joined()}{self.closer}"

    def _breakable(self) -> bool:
        return bool(self.items)

    def _broken(self, indent: int, used: int, width: int, *, tail: int, bracketed: bool) -> str:
        pad = _INDENT * (indent + 1)
        close = "\n" + _INDENT * indent + self.closer
        if len(self.items) == 1 and not self.is_tuple:
            # One item goes on a line of its own, without a trailing comma.
            prefix, node = self.items[0]
            inner = node.lay(indent + 1, len(pad) + len(prefix), width, bracketed=True)
            return f"{self.opener}\n{pad}{prefix}{inner}{close}"
        joined = self._joined()
        # Call arguments that fit on one line stay together; collections get a line per item.
        if self.opener == "(" and not self.is_tuple and len(pad) + len(joined) <= width:
            return f"{self.opener}\n{pad}{joined}{close}"
        lines = [
            pad
            + prefix
            + node.lay(indent + 1, len(pad) + len(prefix), width, tail=1, bracketed=True)
            + ","
            for prefix, node in self.items
        ]
        return self.opener + "\n" + "\n".join(lines) + close


@attrs.frozen
class _Call(_Node):
    func: str
    args: _Seq

    def flat(self) -> str:
        return self.func + self.args.flat()

    def _breakable(self) -> bool:
        return self.args._breakable()

    def _broken(self, indent: int, used: int, width: int, *, tail: int, bracketed: bool) -> str:
        return self.func + self.args._broken(
            indent, used + len(self.func), width, tail=tail, bracketed=bracketed
        )


@attrs.frozen
class _Fluent(_Node):
    """``base.method(...).method(...)``; two or more calls break as one call per line."""

    base: _Node
    calls: tuple[_Call, ...]

    def flat(self) -> str:
        return self.base.flat() + "".join("." + c.flat() for c in self.calls)

    def _breakable(self) -> bool:
        return True

    def _broken(self, indent: int, used: int, width: int, *, tail: int, bracketed: bool) -> str:
        if len(self.calls) == 1:
            return self._one_call(indent, used, width, tail)
        inner = indent if bracketed else indent + 1
        pad = _INDENT * inner
        first = self.base.lay(inner, used if bracketed else len(pad), width)
        lines = [first if bracketed else pad + first]
        lines += [
            pad + "." + c.lay(inner, len(pad) + 1, width, tail=tail if bracketed else 0)
            for c in self.calls
        ]
        if bracketed:
            return "\n".join(lines)
        return "(\n" + "\n".join(lines) + "\n" + _INDENT * indent + ")"

    def _one_call(self, indent: int, used: int, width: int, tail: int) -> str:
        # Break the last call's arguments when its head fits; else the base's.
        call = self.calls[0]
        head = self.base.flat() + "." + call.func
        if used + len(head) + 1 <= width and call._breakable():
            return head + call.args._broken(
                indent, used + len(head), width, tail=tail, bracketed=True
            )
        base = self.base.lay(indent, used, width, bracketed=True)
        last = base.rsplit("\n", 1)[-1]
        start = len(last) if "\n" in base else used + len(last)
        return base + "." + call.lay(indent, start + 1, width, tail=tail, bracketed=True)


@attrs.frozen
class _Ops(_Node):
    """Operands joined by a binary operator; broken with the operator leading each new line."""

    parts: tuple[str, ...]
    symbol: str

    def flat(self) -> str:
        return f" {self.symbol} ".join(self.parts)

    def _breakable(self) -> bool:
        return len(self.parts) > 1

    def _broken(self, indent: int, used: int, width: int, *, tail: int, bracketed: bool) -> str:
        pad = _INDENT * (indent if bracketed else indent + 1)
        text = f"\n{pad}{self.symbol} ".join(self.parts)
        return text if bracketed else f"(\n{pad}{text}\n{_INDENT * indent})"


def _call(func: str, args: Iterable[_Node] = (), kwargs: Iterable[tuple[str, _Node]] = ()) -> _Call:
    items = tuple(("", a) for a in args) + tuple((f"{k}=", v) for k, v in kwargs)
    return _Call(func, _Seq("(", items, ")"))


def _fluent(base: _Node, calls: Sequence[_Call]) -> _Node:
    if not calls:
        return base
    if isinstance(base, _Fluent):
        return _Fluent(base.base, (*base.calls, *calls))
    return _Fluent(base, tuple(calls))


# --------------------------------------------------------------------------- literals


def py_str(text: str) -> str:
    """A Python string literal for *text*, in the quotes that need fewer escapes (double on a tie).

    Every character that is not printable (line terminators of any kind, NUL, controls, lone
    surrogates) is written as its escape, so the literal stays on one line whatever *text* is.

    Example:
        >>> print(py_str("it's"), py_str('say "hi"'), py_str("plain"), py_str("a\\rb"))
        "it's" 'say "hi"' "plain" "a\\rb"
    """
    quote = "'" if text.count('"') > text.count("'") else '"'
    if text.isprintable() and "\\" not in text and quote not in text:
        return quote + text + quote
    body = "".join(
        "\\" + ch if ch in (quote, "\\") else ch if ch.isprintable() else repr(ch)[1:-1]
        for ch in text
    )
    return quote + body + quote


def _literal(value: Any, writer: ModuleWriter) -> _Node:
    """Plain JSON data (and the few sfdsl values payloads may hold) as a Python expression."""
    if value is None or isinstance(value, bool):
        return _Raw(repr(value))
    if isinstance(value, int):
        # Python writes at most 4,300 decimal digits; hexadecimal has no such limit.
        return _Raw(repr(value) if abs(value).bit_length() < 14_000 else hex(value))
    if isinstance(value, str):
        return _Raw(py_str(value))
    if isinstance(value, datetime.date):
        # A YAML timestamp (serverless.yml): written as its ISO text, which JSON can hold.
        text = value.isoformat()
        writer.note(f"the YAML timestamp {text} is written as the text {text!r}")
        return _Raw(py_str(text))
    if isinstance(value, float):
        _refuse_non_json(value)
        return _Raw(repr(value))
    if value is DISCARD:
        writer.use("DISCARD")
        return _Raw("DISCARD")
    if isinstance(value, Mapping):
        return _Seq(
            "{",
            tuple((py_str(str(k)) + ": ", _literal(v, writer)) for k, v in value.items()),
            "}",
        )
    if isinstance(value, (list, tuple)):
        return _Seq("[", tuple(("", _literal(v, writer)) for v in value), "]")
    if isinstance(value, Jsonata):
        writer.use("Jsonata")
        return _call("Jsonata", [_Raw(py_str(value.expression))])
    if isinstance(value, Placeholder):
        if value.name in writer.handles:
            return _Raw(writer.handles[value.name])
        writer.use("Placeholder")
        args: list[_Node] = [_Raw(py_str(value.name))]
        if value.value is not None:
            args.append(_literal(value.value, writer))
        return _call("Placeholder", args)

    rendered = render(value)
    if rendered is value:  # not a value sfdsl renders: sets, bytes...
        _refuse_non_json(value, always=True)
    return _literal(rendered, writer)


def _refuse_non_json(value: Any, *, always: bool = False) -> None:
    """Raise DefinitionError for a value JSON cannot hold (NaN, infinity, a set, bytes...)."""
    problems = json_problems(value, "") or (json_problems(object(), "") if always else [])
    if problems:
        raise DefinitionError(problems, subject="value to write")


# --------------------------------------------------------------------------- names


_RESERVED = frozenset(dir(builtins)) | {"sfdsl"}


def safe_identifier(text: str, *, default: str = "state") -> str:
    """A snake_case Python identifier for *text*: never a keyword, a builtin or empty.

    Example:
        >>> safe_identifier("Process Order"), safe_identifier("class"), safe_identifier("3-D")
        ('process_order', 'class_state', 'state_3_d')
        >>> safe_identifier("ValidateHTTPRequest"), safe_identifier("¡Olé!")
        ('validate_http_request', 'ole')
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", ascii_text)
    words = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", words)
    name = re.sub(r"[^0-9a-zA-Z]+", "_", words).strip("_").lower()
    if not name:
        return default
    if name[0].isdigit():
        name = f"{default}_{name}"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in _RESERVED:
        name = f"{name}_{default}"
    return name


# --------------------------------------------------------------------------- the writer


_SFDSL_EXPORTS = (
    "DISCARD",
    "chain",
    "checked_as_asl",
    "And",
    "Bool",
    "Catch",
    "Choice",
    "Comparison",
    "Credentials",
    "Fail",
    "Graph",
    "ItemBatcher",
    "ItemReader",
    "Jsonata",
    "Map",
    "Not",
    "Num",
    "Or",
    "Parallel",
    "Pass",
    "Placeholder",
    "ProcessorConfig",
    "ReaderConfig",
    "ResultWriter",
    "Retry",
    "StateMachine",
    "States",
    "Str",
    "Succeed",
    "Task",
    "Timestamp",
    "Var",
    "Wait",
    "WriterConfig",
)


def _import_key(name: str) -> tuple[int, str]:
    # isort's order-by-type, as ruff applies it: CONSTANTS, Classes, functions.
    if name.isupper() and len(name) > 1:
        return (0, name)
    return (1, name) if name[:1].isupper() else (2, name)


class ModuleWriter:
    """Collects the statements, imports and notes of a generated module.

    One writer can hold several state machines (each with its own variable); names of
    variables never collide, and only the sfdsl names actually used are imported.

    Example:
        >>> from sfdsl import Pass, StateMachine
        >>> writer = ModuleWriter()
        >>> writer.add_machine(StateMachine(Pass("A")), variable="first")
        'first'
        >>> writer.add_machine(StateMachine(Pass("A")), variable="first")
        'first_2'
        >>> print(writer.module("Two machines.").code)
        \"\"\"Two machines.\"\"\"
        <BLANKLINE>
        from sfdsl import Pass, StateMachine
        <BLANKLINE>
        first = StateMachine(Pass("A"))
        <BLANKLINE>
        first_2 = StateMachine(Pass("A"))
        <BLANKLINE>
    """

    def __init__(self, *, line_length: int = LINE_LENGTH) -> None:
        self.line_length = line_length
        self._imports: set[str] = set()
        self._other_imports: set[tuple[str, str]] = set()
        self._names: set[str] = set(_SFDSL_EXPORTS)
        self._blocks: list[list[tuple[str, _Node] | str]] = []
        self._notes: list[str] = []
        self._warnings: list[Problem] = []
        # Placeholders written as an expression instead (by name): ``charge.arn`` for the
        # ``arn`` of the object bound to ``charge``
        self.handles: dict[str, str] = {}
        self._bound: list[tuple[object, str]] = []  # objects written once, then by variable
        # Fields of a class written as method calls (App.functions as .with_functions(...))
        self.fluent: dict[type, tuple[FluentField, ...]] = {}

    # -- bookkeeping

    def use(self, name: str) -> str:
        """Import *name* from sfdsl; returns it."""
        self._imports.add(name)
        return name

    def import_from(self, module: str, name: str) -> str:
        """Import *name* from another module (``from module import name``); returns it."""
        self._other_imports.add((module, name))
        self._names.add(name)
        return name

    def note(self, text: str) -> None:
        """Record something that was not translated idiomatically (listed once, in order)."""
        if text not in self._notes:
            self._notes.append(text)

    @property
    def notes(self) -> tuple[str, ...]:
        """The notes recorded so far."""
        return tuple(self._notes)

    def variable(self, wanted: str, *, default: str = "state", keep: bool = False) -> str:
        """A fresh, safe variable name based on *wanted* (``_2``, ``_3``... on collision).

        *wanted* is turned into snake_case unless *keep* is true.
        """
        base = wanted if keep else safe_identifier(wanted, default=default)
        name, n = base, 1
        while name in self._names:
            n += 1
            name = f"{base}_{n}"
        self._names.add(name)
        return name

    def add_assignment(self, target: str, value: _Node) -> None:
        """Append ``target = value`` as a statement of its own (*target* is a safe name)."""
        self._blocks.append([(target, value)])

    # -- model objects

    def add_object(
        self,
        wanted: str,
        obj: object,
        *,
        default: str = "value",
        keep: bool = False,
        handles: Sequence[str] = (),
    ) -> str:
        """Write ``variable = <code that builds obj>``; *obj* is then written as the variable.

        *handles* name properties of *obj* that give a :class:`~sfdsl.Placeholder` (``arn``,
        ``alias``...): wherever that placeholder is written, ``variable.handle`` is written
        instead (the first handle that gives it wins). Returns the variable's name.

        Example:
            >>> from sfdsl.cfn import Activity, App
            >>> writer = ModuleWriter()
            >>> review = Activity("review")
            >>> writer.add_object("review", review, handles=("arn",))
            'review'
            >>> print(writer.code(App("shop", activities=[review])).flat())
            App(name="shop", activities=(review,))
        """
        variable = self.variable(wanted, default=default, keep=keep)
        self.add_assignment(variable, self.code(obj))
        self.bind(obj, variable, handles)
        return variable

    def bind(self, obj: object, variable: str, handles: Sequence[str] = ()) -> None:
        """Write *obj* (and the placeholders of its *handles*) as *variable* from now on."""
        self._bound.append((obj, variable))
        for handle in handles:
            try:
                placeholder = getattr(obj, handle)
            except ValueError:  # a handle this object has not (a function without alias)
                continue
            if isinstance(placeholder, Placeholder):
                self.handles.setdefault(placeholder.name, f"{variable}.{handle}")

    def code(self, value: Any) -> _Node:
        """The Python expression that builds *value*: any sfdsl model object, recursively.

        An attrs object is written as its class (imported from its public module) called with
        the fields that differ from their defaults: required positional fields by position,
        the others as keyword arguments; a class in :attr:`fluent` gets those fields as method
        calls. Objects bound with :meth:`add_object` (and state machines, written with
        :meth:`add_machine` first) are written as their variable; tuples as tuples, mappings
        as dicts, text always through :func:`py_str`.

        Example:
            >>> from sfdsl.cfn import Alarms, Logging
            >>> print(ModuleWriter().code(Logging("ALL", include_execution_data=True)).flat())
            Logging(level="ALL", include_execution_data=True)
            >>> print(ModuleWriter().code(Alarms(alarm={"Ref": "Ops"})).flat())
            Alarms(alarm={"Ref": "Ops"})
        """
        for bound, variable in self._bound:
            if bound is value or (type(bound) is type(value) and bound == value):
                return _Raw(variable)
        if isinstance(value, StateMachine):
            wanted = safe_identifier(value.name or "machine", default="machine")
            return _Raw(self.add_machine(value, variable=wanted))
        if isinstance(value, Mapping):
            items = tuple((py_str(str(k)) + ": ", self.code(v)) for k, v in value.items())
            return _Seq("{", items, "}")
        if isinstance(value, tuple):
            return _Seq("(", tuple(("", self.code(v)) for v in value), ")", is_tuple=True)
        if isinstance(value, list):
            return _Seq("[", tuple(("", self.code(v)) for v in value), "]")
        if isinstance(value, (Placeholder, Jsonata)) or not attrs.has(type(value)):
            return _literal(value, self)
        cls = type(value)
        fluent = self.fluent.get(cls, ())
        args, kwargs = self._arguments(value, skip=frozenset(f.field for f in fluent))
        calls: list[_Call] = []
        for way in fluent:
            items = getattr(value, way.field)
            if not items:
                continue
            if way.each:
                for item in items:
                    a, k = self._arguments(item, positional=way.positional)
                    calls.append(_call(way.method, a, k))
            else:
                calls.append(_call(way.method, [self.code(i) for i in items]))
        return _fluent(_call(self._public(cls), args, kwargs), calls)

    def _arguments(
        self,
        obj: Any,
        *,
        skip: frozenset[str] = frozenset(),
        positional: int | None = None,
        value: Callable[[str, Any], _Node] | None = None,
    ) -> tuple[list[_Node], list[tuple[str, _Node]]]:
        """The arguments that build *obj*: its fields that differ from their defaults.

        Required fields that are not keyword-only go by position, the others by keyword; with
        *positional*, the first *positional* fields go by position and the others by keyword
        (for a method such as ``App.add``). *value* writes a field's value (by the field's
        name), :meth:`code` by default.
        """
        args: list[_Node] = []
        kwargs: list[tuple[str, _Node]] = []
        for i, field in enumerate(attrs.fields(type(obj))):
            if not field.init or field.name in skip:
                continue
            item = getattr(obj, field.name)
            if _is_default(field, item):
                continue
            node = self.code(item) if value is None else value(field.name, item)
            if positional is None:
                by_position = not field.kw_only and field.default is attrs.NOTHING
            else:
                by_position = i < positional
            if by_position:
                args.append(node)
            else:
                kwargs.append((field.alias or field.name, node))
        return args, kwargs

    def _public(self, cls: type) -> str:
        """Import *cls* from the public module that exports it (``sfdsl``, ``sfdsl.cfn``...)."""
        parts = cls.__module__.split(".")
        for n in range(1, len(parts) + 1):
            if parts[n - 1].startswith("_"):
                break
            module = ".".join(parts[:n])
            if getattr(sys.modules.get(module), cls.__name__, None) is cls:
                return (
                    self.use(cls.__name__)
                    if module == "sfdsl"
                    else self.import_from(module, cls.__name__)
                )
        msg = f"{cls.__module__}.{cls.__name__} is not exported by a public sfdsl module"
        raise TypeError(msg)

    # -- machines

    def add_machine(
        self,
        machine: StateMachine,
        *,
        variable: str = "machine",
        name: str | None = None,
    ) -> str:
        """Write the statements that build *machine* into a variable; returns the variable's name.

        *name* overrides the machine's own name.
        """
        usable = (
            variable.isidentifier()
            and not keyword.iskeyword(variable)
            and variable not in _SFDSL_EXPORTS
        )
        target = self.variable(variable, default="machine", keep=usable)
        if not usable:
            self.note(
                f"{variable!r} is not a usable Python variable name; "
                f"the state machine is assigned to {target!r}"
            )
        lines: list[tuple[str, _Node] | str] = []
        definition = _GraphWriter(self, lines).definition(machine.graph, top=True)
        kwargs: list[tuple[str, _Node]] = []
        machine_name = name if name is not None else machine.name
        for key, value in (
            ("name", machine_name),
            ("comment", machine.comment),
            ("timeout_seconds", machine.timeout_seconds),
            ("version", machine.version),
            ("query_language", machine.query_language),
        ):
            if value is not None:
                kwargs.append((key, _literal(value, self)))
        if machine.type != "STANDARD":
            kwargs.append(("type", _literal(machine.type, self)))
        call = _call(self.use("StateMachine"), [definition], kwargs)
        lines.append((target, call))
        refusals = python_refusals(machine)
        if refusals:
            self._warnings += [attrs.evolve(p, severity="warning") for p in refusals]
            lines = self._checked_as_asl(lines, refusals)
        self._blocks.append(lines)
        self._bound.append((machine, target))
        return target

    def _checked_as_asl(
        self, lines: list[tuple[str, _Node] | str], refusals: Sequence[Problem]
    ) -> list[tuple[str, _Node] | str]:
        """*lines* in a ``with checked_as_asl():`` block, after a comment naming each refusal."""
        return [
            "# Step Functions accepts these problems, which the Python constructors refuse, so",
            "# this machine is built with the checks of ASL read from a file (its warnings):",
            *(f"# - {comment_text(str(p))}" for p in refusals),
            f"with {self.use('checked_as_asl')}():",
            *(_statement(line, self.line_length, level=1) for line in lines),
        ]

    # -- output

    def module(self, docstring: str, *, read_files: Sequence[str] = ()) -> GeneratedModule:
        """The finished module: docstring, notes as comments, imports, statements.

        The layout is sfdsl's own (close to ``ruff format``), so the code does not depend on
        which tools are installed. Text from the input reaches the code only through
        :func:`py_str`, :func:`comment_text` and the docstring's escaping, so no input can
        change what the module does.
        """
        parts = [docstring_literal(docstring), ""]
        if self._notes:
            parts.append("# Notes from the import (what could not be written idiomatically):")
            parts += [f"# - {comment_text(n)}" for n in self._notes]
            parts.append("")
        imported: dict[str, set[str]] = {}
        for module, name in self._other_imports:
            imported.setdefault(module, set()).add(name)
        if self._imports:
            imported.setdefault("sfdsl", set()).update(self._imports)
        # Standard library first, then sfdsl, as isort sorts them.
        sections = [
            sorted(m for m in imported if m.split(".")[0] != "sfdsl"),
            sorted(m for m in imported if m.split(".")[0] == "sfdsl"),
        ]
        for modules in filter(None, sections):
            if parts[-1] != "":
                parts.append("")
            for module in modules:
                parts.append(_import_line(module, imported[module], self.line_length))
        body = "\n\n".join(
            "\n".join(_statement(line, self.line_length) for line in block)
            for block in self._blocks
        )
        code = "\n".join(parts) + "\n\n" + body + "\n"
        return GeneratedModule(
            code,
            notes=tuple(self._notes),
            read_files=tuple(read_files),
            warnings=tuple(self._warnings),
        )


@attrs.frozen
class FluentField:
    """A field :meth:`ModuleWriter.code` writes as method calls instead of a keyword argument.

    ``FluentField("functions", "with_functions")`` writes ``App.functions`` as one
    ``.with_functions(a, b)``; ``FluentField("deployments", "add", each=True)`` writes one
    ``.add(machine, logical_id=..., ...)`` per deployment, from the deployment's own fields
    (the first *positional* of them by position, the others as keyword arguments).

    Example:
        >>> FluentField("deployments", "add", each=True).positional
        1
    """

    field: str
    method: str
    each: bool = attrs.field(default=False, kw_only=True)
    positional: int = attrs.field(default=1, kw_only=True)


def _is_default(field: attrs.Attribute[Any], value: Any) -> bool:
    """True when *value* is what the constructor gives *field* when it is left out."""
    default: Any = field.default
    if default is attrs.NOTHING:
        return False
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        if default.takes_self:
            return False
        default = default.factory()
    if value is default:
        return True
    if isinstance(value, (bool, int, float, str)) and type(value) is not type(default):
        return False  # 1 is not True, 1.0 is not 1: they are written differently
    candidates = [default]
    if field.converter is not None and callable(field.converter):
        with contextlib.suppress(TypeError, ValueError):
            candidates.append(field.converter(default))
    return any(type(value) is type(c) and value == c for c in candidates) or any(
        isinstance(value, Mapping) and isinstance(c, Mapping) and dict(value) == dict(c)
        for c in candidates
    )


def _import_line(module: str, names: set[str], width: int) -> str:
    listed = sorted(names, key=_import_key)
    line = f"from {module} import {', '.join(listed)}"
    if len(line) <= width:
        return line
    inner = "".join(f"{_INDENT}{n},\n" for n in listed)
    return f"from {module} import (\n{inner})"


def _statement(line: tuple[str, _Node] | str, width: int, *, level: int = 0) -> str:
    pad = _INDENT * level
    if isinstance(line, str):
        return pad + line
    target, node = line
    return f"{pad}{target} = {node.lay(level, len(pad) + len(target) + 3, width)}"


def python_refusals(machine: StateMachine) -> list[Problem]:
    """What the Python constructors would refuse in *machine*, which Step Functions accepts.

    These are the problems of its states that only reading ASL makes warnings (AWS SDK and
    optimized integration parameters the models do not know, JSONata text in a JSONPath field)
    and those of the machine as a whole (a loop with no way out): building it in Python needs
    :func:`sfdsl.checked_as_asl`.

    Example:
        >>> machine = StateMachine.from_asl({"StartAt": "Ask", "States": {"Ask": {
        ...     "Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage",
        ...     "Parameters": {"QueueUrl": "https://q"}, "End": True}}})
        >>> print(*python_refusals(machine))
        sqs:sendMessage: Parameters requires 'MessageBody'; add it (or 'MessageBody.$' with a path)  @ States.Ask.Parameters.MessageBody
    """
    found = state_refusals(machine.graph)
    seen = {(p.code, p.path) for p in found}
    found += [
        attrs.evolve(p, severity="error")
        for p in machine.warnings
        if CODES[p.code].when_read is not None and (p.code, p.path) not in seen
    ]
    return found


def comment_text(text: str) -> str:
    """*text* for a ``#`` comment: one line, every character that is not printable escaped.

    Line terminators of any kind (``\\r``, ``\\n``, ``\\x0b``, ``\\x85``, U+2028...),
    NUL and other control characters are written as their escapes, so the comment cannot end
    early and put text of the input on a line of code.

    Example:
        >>> print(comment_text("a\\rimport os\\u2028b"))
        a\\rimport os\\u2028b
    """
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in text)


def docstring_literal(text: str) -> str:
    """A triple-quoted string literal holding *text* (quotes, backslashes and controls escaped).

    Example:
        >>> docstring_literal('say "hi"\\x00')[3:-3]
        'say \\\\"hi\\\\"\\\\x00'
    """
    body = "".join(
        ch if ch == "\n" or (ch.isprintable() and ch not in '"\\') else _escape(ch) for ch in text
    )
    return '"""' + body + '"""'


def _escape(ch: str) -> str:
    if ch in '"\\':
        return "\\" + ch
    return repr(ch)[1:-1]


# --------------------------------------------------------------------------- graphs


@attrs.define
class _Segment:
    """A linear run of states: each but the last goes to the next by ``Next``."""

    states: list[State]
    tail: str | None  # the state the last one goes to by Next, when that starts another segment
    variable: str = ""
    node: _Node | None = None
    done: bool = False
    active: bool = False


def _next_of(state: State) -> str | None:
    target = getattr(state, "next_state", None)
    if target is None:
        return None

    return target_name(target)


def _branch_targets(state: State) -> list[str]:
    """Targets of transitions other than Next: Choice rules, Default, Catch."""
    out: list[str] = []
    if isinstance(state, Choice):
        out += [target_name(r.next) for r in state.choices]
        if state.default is not None:
            out.append(target_name(state.default))
    out += [target_name(c.next) for c in getattr(state, "catch_rules", ())]
    return out


# Graphs with more separate runs of states than this are written flat (one statement a state).
_MAX_SEGMENTS = 200
# Runs of more states than this are written chain(a, b, ...) instead of a.next(b).next(...).
_MAX_FLUENT = 50


class _GraphWriter:
    """Writes one graph (machine, Parallel branch or Map body) as segments of chained states."""

    def __init__(self, writer: ModuleWriter, lines: list[tuple[str, _Node] | str]) -> None:
        self.w = writer
        self.lines = lines
        self.segments: dict[str, _Segment] = {}
        self.by_name: dict[str, State] = {}
        self.edges: dict[tuple[str, int], str] = {}

    def definition(self, graph: Graph, *, top: bool = False) -> _Node:
        """Emit the statements for *graph*; return the expression of its start.

        The comment of a machine's top graph is the machine's and is written there.
        """
        by_name = {s.name: s for s in graph.states}
        indegree: dict[str, int] = dict.fromkeys(by_name, 0)
        via_next: dict[str, bool] = dict.fromkeys(by_name, False)
        indegree[graph.start_at] = indegree.get(graph.start_at, 0) + 1
        for state in graph.states:
            nxt = _next_of(state)
            if nxt in indegree:
                indegree[nxt] += 1
                via_next[nxt] = True
            for target in _branch_targets(state):
                if target in indegree:
                    indegree[target] += 1
        heads = [n for n in by_name if n == graph.start_at or indegree[n] != 1 or not via_next[n]]
        segments: dict[str, _Segment] = {}
        covered: set[str] = set()
        for head in heads:
            run = [by_name[head]]
            covered.add(head)
            tail = _next_of(run[-1])
            while tail is not None and tail in by_name and tail not in heads:
                run.append(by_name[tail])
                covered.add(tail)
                tail = _next_of(run[-1])
            segments[head] = _Segment(run, tail)
        if covered != set(by_name) or graph.start_at not in segments:
            return self._low_level(
                graph,
                "a graph whose states are not all reachable from its start is written as "
                "Graph(start_at, [states]) with explicit next_state/end",
            )
        self.segments = segments
        self.by_name = by_name
        if len(segments) > _MAX_SEGMENTS:
            return self._low_level(
                graph,
                f"the graph starting at {graph.start_at!r} has {len(segments)} separate linear "
                f"runs of states (more than {_MAX_SEGMENTS}), so it is written as "
                "Graph(start_at, [states]) with explicit next_state/end",
            )
        edges = self._plan(graph.start_at, list(by_name))
        if edges is None:
            return self._low_level(
                graph,
                f"the states of the graph starting at {graph.start_at!r} are written as "
                "Graph(start_at, [states]) with explicit next_state/end, in their order in the "
                "source: no chaining of them lists them in that order, and another order would "
                "change the definition (and the template built from it)",
            )
        self.edges = edges
        start = self._visit(segments[graph.start_at])
        if top:
            return start
        # Branches and Map bodies are typed as Graph; Graph.of closes a state or chain.
        kwargs = [] if graph.comment is None else [("comment", _literal(graph.comment, self.w))]
        return _call(self.w.use("Graph") + ".of", [start], kwargs)

    def _plan(self, head: str, order: list[str]) -> dict[tuple[str, int], str] | None:
        """Which transitions hold the target state itself (the others name it), or None.

        A chain lists a state, then the states its object targets bring (Choice rules, Default,
        Catch), then the state it continues with. Each run of states is brought in by one
        transition, chosen so that the states are listed in *order* (the source's), which
        keeps the definition the same byte for byte. Transitions are numbered as
        :func:`_branch_targets` lists them; -1 is the run's Next.
        """
        edges: dict[tuple[str, int], str] = {}
        introduced: set[str] = set()
        completed: set[str] = set()  # runs whose states (and those they bring) are all listed
        position = 0

        def wanted(target: str | None) -> bool:
            return (
                target is not None
                and target in self.segments
                and target not in introduced
                and position < len(order)
                and order[position] == target
            )

        def walk(head: str) -> bool:
            nonlocal position
            introduced.add(head)
            segment = self.segments[head]
            for state in segment.states:
                if position >= len(order) or order[position] != state.name:
                    return False
                position += 1
                for slot, target in enumerate(_branch_targets(state)):
                    if target in completed:  # brings nothing new: the object reads better
                        edges[(state.name, slot)] = target
                    elif wanted(target):
                        edges[(state.name, slot)] = target
                        if not walk(target):
                            return False
            tail = segment.tail
            if tail is not None and (tail in completed or wanted(tail)):
                edges[(segment.states[-1].name, -1)] = tail
                if tail not in completed and not walk(tail):
                    return False
            completed.add(head)
            return True

        return edges if walk(head) and position == len(order) else None

    def _ref(self, source: str, slot: int, name: str) -> _Node:
        """A transition target: the state (its run's variable) if this transition brings it in,
        else its name."""
        segment = self.segments.get(name)
        if segment is None or not segment.done or self.edges.get((source, slot)) != name:
            return _Raw(py_str(name))
        assert segment.node is not None
        return segment.node

    def _visit_once(self, segment: _Segment) -> None:
        if not segment.done:
            self._visit(segment)

    def _visit(self, segment: _Segment) -> _Node:
        segment.active = True
        for state in segment.states:
            for slot, target in enumerate(_branch_targets(state)):
                if self.edges.get((state.name, slot)) == target:
                    self._visit_once(self.segments[target])
        last = segment.states[-1].name
        if segment.tail is not None and self.edges.get((last, -1)) == segment.tail:
            self._visit_once(self.segments[segment.tail])
        nodes = [_StateWriter(self).state(s) for s in segment.states]
        tail = None if segment.tail is None else self._ref(last, -1, segment.tail)
        expr: _Node
        if len(nodes) > _MAX_FLUENT:
            # A long run is one chain(...) call: its nesting does not grow with its length.
            calls = [] if tail is None else [_call("next", [tail])]
            expr = _fluent(_call(self.w.use("chain"), nodes), calls)
        else:
            calls = [_call("next", [n]) for n in nodes[1:]]
            if tail is not None:
                calls.append(_call("next", [tail]))
            expr = _fluent(nodes[0], calls)
        name = segment.states[0].name
        if (
            len(expr.flat()) <= 40
            and not calls
            and len(segment.states) == 1
            and self._used_once(name)
        ):
            segment.node = expr
        else:
            segment.variable = self.w.variable(name)
            self.lines.append((segment.variable, expr))
            segment.node = _Raw(segment.variable)
        segment.done = True
        segment.active = False
        return segment.node

    def _used_once(self, name: str) -> bool:
        count = 0
        for state in self.by_name.values():
            count += _branch_targets(state).count(name) + (_next_of(state) == name)
        return count <= 1

    def _low_level(self, graph: Graph, why: str) -> _Node:
        """Every state in its own statement, in the source's order, with explicit transitions.

        The states are collected in a ``Graph``; the code has the same shape whatever the
        number of states (no nesting that grows with it).
        """
        self.w.note(why)
        self.segments = {}
        self.edges = {}
        self.by_name = {s.name: s for s in graph.states}
        variables: list[tuple[str, _Node]] = []
        for state in graph.states:
            variable = self.w.variable(state.name)
            self.lines.append((variable, _StateWriter(self, explicit=True).state(state)))
            variables.append(("", _Raw(variable)))
        kwargs = [] if graph.comment is None else [("comment", _literal(graph.comment, self.w))]
        return _call(
            self.w.use("Graph"),
            [_Raw(py_str(graph.start_at)), _Seq("[", tuple(variables), "]")],
            kwargs,
        )


# --------------------------------------------------------------------------- states

_SKIP = frozenset(
    {
        "next_state",
        "end",
        "retry_rules",
        "catch_rules",
        "choices",
        "default",
        "branches",
        "item_processor",
        "legacy_iterator",
    }
)
_DYNAMIC_PAYLOADS = frozenset(
    {"parameters", "result_selector", "item_selector", "assign", "batch_input"}
)
_JSONATA_PAYLOADS = frozenset({"arguments", "output"})
_LAST = ("comment", "query_language")


class _StateWriter:
    def __init__(self, graph: _GraphWriter, *, explicit: bool = False) -> None:
        self.g = graph
        self.w = graph.w
        self.explicit = explicit

    def state(self, state: State) -> _Node:
        self.source, self.slot = state.name, -1
        cls = type(state)
        args, kwargs = self.arguments(state, skip=_SKIP)
        if isinstance(state, Parallel):
            branches = [_GraphWriter(self.w, self.g.lines).definition(b) for b in state.branches]
            items = tuple(("", b) for b in branches)
            kwargs.insert(0, ("branches", _Seq("(", items, ")", is_tuple=True)))
        if isinstance(state, Map) and state.item_processor is not None:
            body = _GraphWriter(self.w, self.g.lines).definition(state.item_processor)
            kwargs.insert(0, ("item_processor", body))
            if state.legacy_iterator:
                kwargs.append(("legacy_iterator", _Raw("True")))
        if self.explicit:
            nxt = _next_of(state)
            if nxt is not None:
                kwargs.append(("next_state", _Raw(py_str(nxt))))
            if getattr(state, "end", False):
                kwargs.append(("end", _Raw("True")))
            if isinstance(state, Choice) and state.default is not None:
                kwargs.append(("default", self.target(state.default)))
        node: _Node = _call(self.w.use(cls.__name__), args, kwargs)
        calls: list[_Call] = []
        retry = getattr(state, "retry_rules", ())
        if retry:
            calls.append(_call("retry", [self.obj(r) for r in retry]))
        catch = getattr(state, "catch_rules", ())
        if catch:
            calls.append(_call("catch", [self.obj(c) for c in catch]))
        if isinstance(state, Choice):
            calls += [self.rule(r) for r in state.choices]
            if state.default is not None and not self.explicit:
                calls.append(_call("otherwise", [self.target(state.default)]))
        return _fluent(node, calls)

    def target(self, target: object) -> _Node:
        """A transition of the state being written (they come in :func:`_branch_targets` order)."""
        name = target_name(target)  # type: ignore[arg-type]
        self.slot += 1
        if self.explicit:
            return _Raw(py_str(name))
        return self.g._ref(self.source, self.slot, name)

    def rule(self, rule: Any) -> _Call:
        cond = condition_code(rule.condition, self.w)
        kwargs = []
        if rule.assign is not None:
            kwargs.append(("assign", self.value("assign", rule.assign)))
        if rule.output is not None:
            kwargs.append(("output", self.value("output", rule.output)))
        if rule.comment is not None:
            kwargs.append(("comment", _literal(rule.comment, self.w)))
        return _call("when", [cond, self.target(rule.next)], kwargs)

    def arguments(
        self, obj: Any, *, skip: frozenset[str] = frozenset()
    ) -> tuple[list[_Node], list[tuple[str, _Node]]]:
        """The arguments of *obj*'s constructor call, with ``comment`` and ``query_language`` last."""
        args, kwargs = self.w._arguments(obj, skip=skip, value=self.value)
        return args, sorted(kwargs, key=lambda pair: pair[0] in _LAST)

    def obj(self, obj: Any) -> _Node:
        """A sub-object (Retry, Catch, ItemReader, ...) as its constructor call."""
        cls = type(obj)
        args, kwargs = self.arguments(obj)
        if cls.__name__ == "Catch":
            kwargs = [("next", self.target(obj.next)) if k == "next" else (k, v) for k, v in kwargs]
        return _call(self.w.use(cls.__name__), args, kwargs)

    def value(self, field: str, value: Any) -> _Node:
        if value is DISCARD:
            return _literal(value, self.w)
        if field == "errors":
            return _Seq("[", tuple(("", self.error_name(e)) for e in value), "]")
        if field in _DYNAMIC_PAYLOADS:
            return payload_code(_asl_keys(value), self.w)
        if field in _JSONATA_PAYLOADS:
            return _literal(_asl_keys(value, dynamic_keys=False), self.w)
        if isinstance(value, Placeholder):
            return _literal(value, self.w)
        if field == "role_arn":
            return payload_value(render(value, "JSONPath"), self.w, dynamic=_is_dynamic(value))
        if attrs.has(type(value)):
            return self.obj(value)
        if isinstance(value, tuple):
            return _Seq("(", tuple(("", self.value(field, v)) for v in value), ")", is_tuple=True)
        if field == "resource" and not isinstance(value, str):
            # Not a str as the model is typed, but accepted (a CloudFormation intrinsic).
            self.w.note(
                f"Resource {json.dumps(value)} is not a string; it is written as cast(Any, ...)"
            )
            return _call(
                self.w.import_from("typing", "cast"),
                [_Raw(self.w.import_from("typing", "Any")), _literal(value, self.w)],
            )
        return _literal(value, self.w)

    def error_name(self, name: str) -> _Node:
        constant = _error_constants().get(name)
        if constant is None:
            return _Raw(py_str(name))
        self.w.use("States")
        return _Raw(f"States.{constant}")


def _asl_keys(value: Any, *, dynamic_keys: bool = True) -> Any:
    """A payload with paths and intrinsic calls as their ASL text (``"key.$"`` entries).

    Placeholders and JSONata values stay objects, so their code keeps them.
    """
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if _is_dynamic(item):
                out[f"{key}.$" if dynamic_keys else key] = _scalar(item)
            else:
                out[key] = _asl_keys(item, dynamic_keys=dynamic_keys)
        return out
    if isinstance(value, (list, tuple)):
        return [_asl_keys(v, dynamic_keys=dynamic_keys) for v in value]
    return _scalar(value) if _is_dynamic(value) else value


def _is_dynamic(value: object) -> bool:
    return getattr(type(value), "_SFDSL_KIND", None) in ("path", "var", "intrinsic")


_ERRORS: dict[str, str] = {}


def _error_constants() -> dict[str, str]:
    if not _ERRORS:
        for attr, value in vars(States).items():
            if isinstance(value, str) and value.startswith("States.") and not attr.startswith("_"):
                _ERRORS[value] = attr
    return _ERRORS


# --------------------------------------------------------------------------- payloads


def payload_code(value: Any, writer: ModuleWriter) -> _Node:
    """A JSONPath payload template (``"key.$"`` entries) with paths and intrinsics as objects.

    Each ``"key.$": "..."`` entry becomes ``"key": Var(...)`` or ``"key": States.X(...)`` when
    that renders back to exactly the same text; otherwise it stays as it is.

    Example:
        >>> w = ModuleWriter()
        >>> print(payload_code({"id.$": "$.order.id", "msg.$": "States.Format('{}', $.n)"}, w).flat())
        {"id": Var("$.order.id"), "msg": States.Format("{}", Var("$.n"))}
    """
    if isinstance(value, Mapping):
        items: list[tuple[str, _Node]] = []
        for key, item in value.items():
            if isinstance(key, str) and key.endswith(".$") and isinstance(item, str):
                plain = key[:-2]
                if plain and plain not in value:
                    node = dynamic_code(item, writer)
                    if node is not None:
                        items.append((py_str(plain) + ": ", node))
                        continue
            items.append((py_str(str(key)) + ": ", payload_code(item, writer)))
        return _Seq("{", tuple(items), "}")
    if isinstance(value, list):
        return _Seq("[", tuple(("", payload_code(v, writer)) for v in value), "]")
    return _literal(value, writer)


def payload_value(value: Any, writer: ModuleWriter, *, dynamic: bool) -> _Node:
    """A single value that is a path or intrinsic when *dynamic*, else a literal."""
    if dynamic and isinstance(value, str):
        node = dynamic_code(value, writer)
        if node is not None:
            return node
        writer.note(f"cannot write {value!r} as a path or intrinsic object")
    return _literal(value, writer)


def dynamic_code(text: str, writer: ModuleWriter) -> _Node | None:
    """``Var(...)`` or a ``States.*`` builder that renders back to exactly *text*, else None.

    Example:
        >>> print(dynamic_code("$.a.b", ModuleWriter()).flat())
        Var("$.a.b")
        >>> dynamic_code("$.a[?(@.b > 1)]", ModuleWriter()) is None
        True
    """
    if is_intrinsic(text):
        return _intrinsic_code(text, writer)
    return _path_code(text, writer)


def _path_code(text: str, writer: ModuleWriter) -> _Node | None:
    try:
        var = Var(text)

        if render(freeze_template({"k": var})) != {"k.$": text}:
            return None
    except (SfdslError, ValueError, TypeError):
        return None
    writer.use("Var")
    return _call("Var", [_Raw(py_str(text))])


# How each builder's parameters are typed: P path or call only, S str, I int, N number,
# A anything, H a hash algorithm name, F the literal False.
_BUILDER_PARAMS: dict[str, tuple[str, str | None]] = {
    "States.Format": ("S", "A"),
    "States.StringToJson": ("S", None),
    "States.JsonToString": ("P", None),
    "States.Array": ("", "A"),
    "States.ArrayPartition": ("PI", None),
    "States.ArrayContains": ("PA", None),
    "States.ArrayRange": ("III", None),
    "States.ArrayGetItem": ("PI", None),
    "States.ArrayLength": ("P", None),
    "States.ArrayUnique": ("P", None),
    "States.Base64Encode": ("S", None),
    "States.Base64Decode": ("S", None),
    "States.Hash": ("SH", None),
    "States.JsonMerge": ("PPF", None),
    "States.MathRandom": ("III", None),
    "States.MathAdd": ("NN", None),
    "States.StringSplit": ("SS", None),
    "States.UUID": ("", None),
}


class _NotIdiomatic(Exception):
    pass


def _intrinsic_code(text: str, writer: ModuleWriter) -> _Node | None:
    try:
        call = parse_intrinsic(text)
        probe = ModuleWriter()
        node = _call_code(call, probe)
        if str(_evaluate(node.flat())) != text:
            raise _NotIdiomatic
    except (SfdslError, ValueError, TypeError, _NotIdiomatic):
        writer.note(f"intrinsic function {text!r} is kept as a string")
        return None
    for name in probe._imports:
        writer.use(name)
    return node


def _call_code(call: Any, writer: ModuleWriter) -> _Node:
    kinds, variadic = _BUILDER_PARAMS[call.name]
    args = list(call.args)
    if call.name == "States.JsonMerge":
        if len(args) != 3 or args[2] is not False:
            raise _NotIdiomatic
        args = args[:2]
    nodes: list[_Node] = []
    for i, arg in enumerate(args):
        kind = kinds[i] if i < len(kinds) else variadic
        if kind is None:
            raise _NotIdiomatic
        if isinstance(arg, IntrinsicCall):
            nodes.append(_call_code(arg, writer))
            continue
        if isinstance(arg, JsonPath):
            path = _path_code(arg.text, writer)
            if path is None:
                raise _NotIdiomatic
            nodes.append(path)
            continue
        ok = {
            "S": isinstance(arg, str),
            "I": isinstance(arg, int),
            "N": isinstance(arg, (int, float)),
            "A": True,
            "H": arg in HASH_ALGORITHMS,
            "P": False,
            "F": arg is False,
        }[kind]
        if not ok:
            raise _NotIdiomatic
        nodes.append(_literal(arg, writer))
    writer.use("States")
    return _call(call.name, nodes)


_NAMESPACE: dict[str, Any] = {}


def _evaluate(source: str) -> Any:
    """Evaluate generated source with the sfdsl names in scope (to check it round-trips)."""
    if not _NAMESPACE:
        _NAMESPACE.update({n: getattr(sfdsl, n) for n in _SFDSL_EXPORTS})
    return eval(source, dict(_NAMESPACE))  # only our own generated code


# --------------------------------------------------------------------------- conditions

_SUFFIX_OPS = {
    "Equals": "==",
    "LessThan": "<",
    "GreaterThan": ">",
    "LessThanEquals": "<=",
    "GreaterThanEquals": ">=",
}
_TYPED = {"String": "Str", "Numeric": "Num", "Boolean": "Bool", "Timestamp": "Timestamp"}
_TYPE_TESTS = {
    "IsNull": "is_null",
    "IsPresent": "is_present",
    "IsNumeric": "is_numeric",
    "IsString": "is_string",
    "IsBoolean": "is_boolean",
    "IsTimestamp": "is_timestamp",
}
# Python precedence of a condition's source: method calls bind tightest, then ~, &, |, and
# comparisons bind loosest of all.
_ATOM, _INVERT, _AND, _OR, _COMPARE = range(5)


def condition_code(condition: Any, writer: ModuleWriter) -> _Node:
    """Source for a Choice condition: typed comparisons combined with ``&``, ``|``, ``~``.

    Falls back to the constructors (``Comparison``, ``And``...) where the operators cannot
    express the rule exactly (comments, nested ``And`` in ``And``), and checks the result.

    Example:
        >>> from sfdsl import Var, Str
        >>> w = ModuleWriter()
        >>> print(condition_code((Var("$.n") > 1) & ~Str("$.a").eq(Str("$.b")), w).flat())
        (Var("$.n") > 1) & (Str("$.a") != Str("$.b"))
    """
    if isinstance(condition, JsonataCondition) and condition.comment is None:
        return _Raw(_condition_text(condition.expression))
    probe = ModuleWriter()
    text, level = _cond(condition, probe)
    try:
        ok = condition_to_asl(_evaluate(text)) == condition_to_asl(condition)
    except Exception:  # the check below writes the exact form instead
        ok = False
    if not ok:
        probe = ModuleWriter()
        text = _exact_cond(condition, probe)
        writer.note(f"the Choice condition {condition} is written with constructors")
    for name in probe._imports:
        writer.use(name)
    for note in probe.notes:
        writer.note(note)
    if ok and level in (_AND, _OR):
        symbol = "&" if level == _AND else "|"
        parts = tuple(_wrap(*_cond(c, ModuleWriter()), _AND) for c in condition.conditions)
        if f" {symbol} ".join(parts) == text:
            return _Ops(parts, symbol)
    return _Raw(text)


def _wrap(text: str, level: int, limit: int) -> str:
    return f"({text})" if level >= limit else text


def _cond(cond: Any, w: ModuleWriter) -> tuple[str, int]:
    if isinstance(cond, Comparison) and cond.comment is None:
        return _comparison(cond, w)
    if isinstance(cond, Not) and cond.comment is None:
        inner = cond.condition
        if (
            isinstance(inner, Comparison)
            and inner.comment is None
            and inner.operator.endswith(("Equals", "EqualsPath"))
            and "Than" not in inner.operator
        ):
            text, level = _comparison(inner, w, negate=True)
            if level != _ATOM or not text.endswith(".eq(True)"):
                return text, level
        text, level = _cond(inner, w)
        return "~" + _wrap(text, level, _INVERT), _INVERT
    if isinstance(cond, (And, Or)) and cond.comment is None:
        is_and = isinstance(cond, And)
        nested = any(type(c) is type(cond) and c.comment is None for c in cond.conditions)
        if len(cond.conditions) >= 2 and not nested:
            symbol, level = (" & ", _AND) if is_and else (" | ", _OR)
            parts = []
            for c in cond.conditions:
                text, lv = _cond(c, w)
                parts.append(_wrap(text, lv, _AND))
            return symbol.join(parts), level
    return _exact_cond(cond, w), _ATOM


def _comparison(cond: Any, w: ModuleWriter, *, negate: bool = False) -> tuple[str, int]:
    op, path, value = cond.operator, cond.variable, cond.value
    var = f"{w.use('Var')}({py_str(path)})"
    if op in _TYPE_TESTS:
        flag = not value if negate else value
        return f"{var}.{_TYPE_TESTS[op]}({'' if flag else 'False'})", _ATOM
    if op == "StringMatches":
        return f"{var}.matches({py_str(value)})", _ATOM
    kind = next(k for k in _TYPED if op.startswith(k))
    suffix = op[len(kind) :]
    is_path = suffix.endswith("Path")
    if is_path:
        suffix = suffix[: -len("Path")]
    symbol = "!=" if negate else _SUFFIX_OPS[suffix]
    if is_path:
        typed = w.use(_TYPED[kind])
        return f"{typed}({py_str(path)}) {symbol} {typed}({py_str(value)})", _COMPARE
    if kind == "Boolean":
        return f"{var}.{'ne' if negate else 'eq'}({value!r})", _ATOM
    if kind == "Timestamp":
        typed = w.use("Timestamp")
        return f"{typed}({py_str(path)}) {symbol} {py_str(value)}", _COMPARE
    return f"{var} {symbol} {_literal(value, w).flat()}", _COMPARE


def _exact_cond(cond: Any, w: ModuleWriter) -> str:
    """The condition built with its constructors, one to one with the ASL."""
    comment = "" if cond.comment is None else f", comment={py_str(cond.comment)}"
    if isinstance(cond, Comparison):
        if cond.comment is not None:
            w.note(f"the condition {cond} has a Comment, so it is written as Comparison(...)")
        return (
            f"{w.use('Comparison')}({py_str(cond.variable)}, {py_str(cond.operator)}, "
            f"{_literal(cond.value, w).flat()}{comment})"
        )
    if isinstance(cond, Not):
        return f"{w.use('Not')}({_cond(cond.condition, w)[0]}{comment})"
    if isinstance(cond, (And, Or)):
        name = w.use(type(cond).__name__)
        inner = ", ".join(_cond(c, w)[0] for c in cond.conditions)
        return f"{name}({inner}{comment})"
    if isinstance(cond, JsonataCondition):
        w.note("a JSONata condition with a comment cannot be written with .when(); kept as is")
        return _condition_text(cond.expression)
    msg = f"unknown condition type {type(cond).__name__}"
    raise TypeError(msg)


def _condition_text(expression: str | bool) -> str:
    """A JSONata condition as Python: its text, or ``True``/``False`` for a constant."""
    return repr(expression) if isinstance(expression, bool) else py_str(expression)


# --------------------------------------------------------------------------- entry point


def generate_python(
    source: dict[str, Any] | str | os.PathLike[str] | StateMachine,
    *,
    variable: str = "machine",
    name: str | None = None,
    line_length: int = LINE_LENGTH,
) -> GeneratedModule:
    """Idiomatic sfdsl Python for an ASL definition (a dict, JSON/YAML text or file, or a machine).

    The module defines one module-level :class:`~sfdsl.StateMachine` in *variable*; building it
    gives back the same ASL. *name* sets the machine's name (``StateMachine(..., name=...)``).

    Raises:
        DefinitionError: the document cannot be read.
        ValidationError: the definition is invalid (every problem listed).

    Example:
        >>> asl = {"StartAt": "Check", "States": {
        ...     "Check": {"Type": "Choice", "Default": "Done",
        ...               "Choices": [{"Variable": "$.n", "NumericGreaterThan": 3, "Next": "Big"}]},
        ...     "Big": {"Type": "Pass", "Next": "Done"},
        ...     "Done": {"Type": "Succeed"}}}
        >>> print(generate_python(asl, name="Sizes").code.split('\"\"\"')[2].strip())
        from sfdsl import Choice, Pass, StateMachine, Succeed, Var
        <BLANKLINE>
        done = Succeed("Done")
        big = Pass("Big").next(done)
        check = Choice("Check").when(Var("$.n") > 3, big).otherwise(done)
        machine = StateMachine(check, name="Sizes")
    """
    if isinstance(source, StateMachine):
        machine = source
        origin = "a StateMachine object"
    else:
        machine = StateMachine.from_asl(source, name=name)
        if isinstance(source, os.PathLike) or (
            isinstance(source, str)
            and not source.lstrip().startswith(("{", "["))
            and "\n" not in source
        ):
            origin = os.fspath(source)
        elif isinstance(source, dict):
            origin = "an ASL definition"
        else:
            origin = "ASL text"
    writer = ModuleWriter(line_length=line_length)
    writer.add_machine(machine, variable=variable, name=name)
    title = f"Step Functions workflow generated by `sfdsl import`.\n\nSource: {origin}\n"
    return writer.module(title)


__all__ = [
    "FluentField",
    "GeneratedModule",
    "ModuleWriter",
    "comment_text",
    "condition_code",
    "docstring_literal",
    "dynamic_code",
    "generate_python",
    "payload_code",
    "py_str",
    "python_refusals",
    "safe_identifier",
]
