"""Generate the typed AWS SDK builders of ``sfdsl.aws.sdk``: ``python -m sfdsl._sdk._typed``.

Every service Step Functions can call through the AWS SDK integration gets two files in
``sfdsl/aws/sdk``:

- ``<service>.pyi``, read by type checkers and IDEs only: per action a ``TypedDict`` of its
  parameters (Step Functions' names, each also as a ``"Name.$"`` path key) and a builder typed
  with it; every structure the parameters hold is a ``TypedDict`` of its own (shared between the
  actions that use it), so nested names and value types are checked too;
- ``<service>.py``, a few lines: the builders are made from the API model when first used.

The files are rendered here in the layout ``ruff format`` gives them, without running ruff, so
regenerating gives the same bytes whatever is installed; a test compares them with the shipped
ones for the pinned botocore.
"""

from __future__ import annotations

import functools
import keyword
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Final

import attrs

from sfdsl._sdk._check import DEPRECATED_SERVICES, UNSUPPORTED_ACTIONS
from sfdsl._sdk._models import ServiceModel, botocore_version, load, services
from sfdsl._sdk._naming import _words, member_name

FOLDER: Final = Path(__file__).resolve().parents[1] / "aws" / "sdk"
LINE_LENGTH: Final = 100
"""The line length of the generated files (the project's ``ruff`` setting)."""

_INDENT: Final = "    "
_SCALARS: Final[Mapping[str, str]] = {
    # model type -> the alias of sfdsl/aws/sdk/_types.py
    "string": "S",
    "blob": "S",
    "integer": "I",
    "long": "I",
    "float": "F",
    "double": "F",
    "boolean": "B",
    "timestamp": "T",
    "document": "Doc",
}
_GENERICS: Final = ("L", "M", "X")
# Names the stubs import (each alias also in its list-item form, "Si"); a shape of the same name
# gets a trailing underscore.
_IMPORTED: Final = frozenset(
    {
        *(a + i for a in (*_SCALARS.values(), *_GENERICS) for i in ("", "i")),
        "Builder",
        "TypedDict",
    }
)


def python_name(operation: str) -> str:
    """The builder's name for an API operation, in snake_case.

    Example:
        >>> python_name("DescribeDBInstances"), python_name("ListObjectsV2")
        ('describe_db_instances', 'list_objects_v2')
    """
    return "_".join(w.lower() for w in _words(operation))


def module_name(service: str) -> str:
    """The module of *service* in ``sfdsl.aws.sdk`` (a Python keyword gets an underscore).

    Example:
        >>> module_name("dynamodb"), module_name("lambda")
        ('dynamodb', 'lambda_')
    """
    return service + "_" if keyword.iskeyword(service) else service


@functools.cache
def actions(service: str) -> Mapping[str, str]:
    """The builders of *service*: Python name -> the action Step Functions calls.

    Actions Step Functions documents as not callable have no builder.

    Example:
        >>> actions("sqs")["send_message"], "invoke_async" in actions("lambda")
        ('sendMessage', False)
    """
    model = _model(service)
    skipped = UNSUPPORTED_ACTIONS.get(service, frozenset())
    return {
        python_name(action[:1].upper() + action[1:]): action
        for action in sorted(model.operations)
        if action not in skipped
    }


def service_names() -> tuple[str, ...]:
    """The services that get typed builders: every one botocore has a model for, but deprecated ones.

    Example:
        >>> {"dynamodb", "sfn", "cloudwatchlogs"} <= set(service_names())
        True
    """
    return tuple(sorted(name for name in services() if name not in DEPRECATED_SERVICES))


def _model(service: str) -> ServiceModel:
    model = load(service)
    if model is None:
        msg = f"botocore has no model for {service!r}"
        raise LookupError(msg)
    return model


# --------------------------------------------------------------------------- layout
# The layout ``ruff format`` gives the statements of the stubs (``Name = TypedDict(...)``,
# ``class Name(TypedDict, total=False):``, ``name: Builder[Name]``, the import, ``__all__``): a
# statement stays on one line when it fits, else its brackets open one level at a time (the first
# level whose contents fit on one line stays flat).


@attrs.frozen
class _Type:
    """A type expression: an alias or a ``TypedDict``, with the argument it is subscripted with."""

    name: str
    argument: _Type | None = None

    def flat(self) -> str:
        return self.name if self.argument is None else f"{self.name}[{self.argument.flat()}]"


@attrs.frozen
class _Item:
    """A typed entry: a dict item (``"Key": T``) or an annotation (``Key: T``)."""

    prefix: str
    type: _Type

    def flat(self) -> str:
        return self.prefix + self.type.flat()


@attrs.frozen
class _Bracket:
    """A bracketed list of items (``(...)``, ``{...}``, ``[...]``) after a head text."""

    head: str
    open: str
    close: str
    items: tuple[str | _Item | _Bracket, ...]
    call: bool = False

    def flat(self) -> str:
        inner = ", ".join(i if isinstance(i, str) else i.flat() for i in self.items)
        return f"{self.head}{self.open}{inner}{self.close}"

    def lay(self, level: int, tail: str = "") -> Iterator[str]:
        """The lines of the bracket at indentation *level*, *tail* following its close."""
        indent = _INDENT * level
        flat = self.flat()
        if len(indent) + len(flat) + len(tail) <= LINE_LENGTH:
            yield indent + flat + tail
            return
        yield indent + self.head + self.open
        inner = ", ".join(i if isinstance(i, str) else i.flat() for i in self.items)
        if self.call and len(indent) + len(_INDENT) + len(inner) <= LINE_LENGTH:
            # ruff keeps a call's arguments together on their own line when they fit.
            yield indent + _INDENT + inner
        else:
            for item in self.items:
                if isinstance(item, str):
                    yield indent + _INDENT + item + ","
                elif isinstance(item, _Item):
                    yield from _lay_item(item.prefix, item.type, level + 1, ",")
                else:
                    yield from item.lay(level + 1, ",")
        yield indent + self.close + tail


def _lay_item(prefix: str, type_: _Type, level: int, tail: str) -> Iterator[str]:
    """A typed entry; one too long opens its outermost subscript (``X[`` ... ``]``), as ruff does."""
    indent = _INDENT * level
    flat = prefix + type_.flat()
    if len(indent) + len(flat) + len(tail) <= LINE_LENGTH or type_.argument is None:
        yield indent + flat + tail
        return
    yield indent + prefix + type_.name + "["
    yield from _lay_item("", type_.argument, level + 1, "")
    yield indent + "]" + tail


# --------------------------------------------------------------------------- stubs


def _py_str(text: str) -> str:
    # Model names are ASCII letters, digits and a few punctuation marks; the double-quoted
    # form ruff prefers.
    if not re.fullmatch(r"[\x20-\x7e]*", text) or '"' in text or "\\" in text:
        msg = f"unexpected character in a model name: {text!r}"
        raise ValueError(msg)
    return f'"{text}"'


@attrs.frozen
class _Statement:
    """``target = <call>``; when even ``target = Call(`` is too long, ruff brackets the call."""

    target: str
    value: _Bracket

    def lay(self, level: int) -> Iterator[str]:
        whole = attrs.evolve(self.value, head=f"{self.target} = {self.value.head}")
        bracketed = list(self.value.lay(level + 1))
        if len(_INDENT * level) + len(whole.head) + 1 <= LINE_LENGTH or any(
            len(line) > LINE_LENGTH for line in bracketed
        ):
            yield from whole.lay(level)
        else:
            yield f"{_INDENT * level}{self.target} = ("
            yield from bracketed
            yield f"{_INDENT * level})"


def _typed_dict(name: str, members: str | _Bracket) -> _Statement:
    args = (_py_str(name), members, "total=False")
    return _Statement(name, _Bracket("TypedDict", "(", ")", args, call=True))


@attrs.frozen
class _Class:
    """``class Name(TypedDict, total=False):`` with one annotated line per member."""

    name: str
    members: tuple[_Item, ...]

    def lay(self, level: int) -> Iterator[str]:
        head = _Bracket(f"class {self.name}", "(", ")", ("TypedDict", "total=False"), call=True)
        yield from head.lay(level, ":" if self.members else ": ...")
        for member in self.members:
            yield from _lay_item(member.prefix, member.type, level + 1, "")


def _identifier(name: str) -> bool:
    return name.isidentifier() and not keyword.iskeyword(name)


@attrs.frozen
class _Stub:
    """The stub of one service: its ``TypedDict`` statements in order, and the aliases they use."""

    model: ServiceModel
    names: dict[str, str] = attrs.field(factory=dict)  # shape -> TypedDict name
    statements: list[_Statement | _Class] = attrs.field(factory=list)
    used: set[str] = attrs.field(factory=set)
    aliases: set[str] = attrs.field(factory=set)

    def type_of(self, shape_name: str, *, item: bool = False) -> _Type:
        """The type of a value of *shape_name*; an *item* of a list takes no path or intrinsic."""
        shape = self.model.shapes[shape_name]
        kind = shape.get("type", "string")
        if kind == "structure" and not shape.get("document"):
            return self.alias("X", item, self.structure(shape_name))
        if kind == "list":
            return self.alias("L", item, self.type_of(shape["member"]["shape"], item=True))
        if kind == "map":
            return self.alias("M", item, self.type_of(shape["value"]["shape"]))
        scalar = _SCALARS["document" if kind == "structure" else kind]
        return self.alias(scalar, item and scalar != "Doc")

    def alias(self, name: str, item: bool, argument: _Type | str | None = None) -> _Type:
        name += "i" if item else ""
        self.aliases.add(name)
        return _Type(name, _Type(argument) if isinstance(argument, str) else argument)

    def structure(self, shape_name: str, name: str | None = None, *, paths: bool = False) -> str:
        """The ``TypedDict`` of a structure (written once, before the first that uses it)."""
        known = self.names.get(shape_name)
        if known is not None:
            return known
        name = name or shape_name
        while name in _IMPORTED or name in self.used or not _identifier(name):
            name += "_"
        self.names[shape_name] = name
        self.used.add(name)
        members = [
            (member_name(m), self.type_of(ref["shape"]))
            for m, ref in self.model.shapes[shape_name].get("members", {}).items()
        ]
        if (not paths or not members) and all(_identifier(key) for key, _ in members):
            self.statements.append(_Class(name, tuple(_Item(f"{k}: ", t) for k, t in members)))
            return name
        entries: list[_Item] = []
        for key, value in members:
            entries.append(_Item(f"{_py_str(key)}: ", value))
            if paths:
                entries.append(_Item(f"{_py_str(key + '.$')}: ", _Type("str")))
        self.statements.append(_typed_dict(name, _Bracket("", "{", "}", tuple(entries))))
        return name

    def parameters(self, operation: str, action: str) -> str:
        """The ``TypedDict`` of an action's parameters (``"Name.$"`` path keys too)."""
        shape = self.model.operations[action].get("input", {}).get("shape")
        name = f"{operation}Parameters"
        if shape is None:
            if name not in self.used:
                self.used.add(name)
                self.statements.append(_Class(name, ()))
            return name
        return self.structure(shape, name, paths=True)


def stub(service: str) -> str:
    """The source of ``sfdsl/aws/sdk/<service>.pyi``."""
    state = _Stub(_model(service))
    builders = [
        _Item(
            f"{python}: ",
            _Type("Builder", _Type(state.parameters(action[:1].upper() + action[1:], action))),
        )
        for python, action in actions(service).items()
    ]
    imports = sorted({*state.aliases, "Builder"})
    lines = [
        f'"""{_doc(service)}"""',
        "",
        "from typing_extensions import TypedDict",
        "",
        *_import_lines("sfdsl.aws.sdk._types", imports),
        "",
    ]
    previous: _Statement | _Class | None = None
    for statement in state.statements:
        if previous is not None and _blank_between(previous, statement):
            lines.append("")
        lines.extend(statement.lay(0))
        previous = statement
    if isinstance(previous, _Class):
        lines.append("")
    for builder in builders:
        lines.extend(_lay_item(builder.prefix, builder.type, 0, ""))
    exports = tuple(_py_str(b) for b in sorted(actions(service)))
    lines.extend(["", *_Bracket("__all__ = ", "[", "]", exports).lay(0)])
    return "\n".join(lines) + "\n"


def _blank_between(previous: _Statement | _Class, statement: _Statement | _Class) -> bool:
    # The stub layout: a class with a body is set apart by blank lines, a class without one from
    # other statements; statements that are not classes follow each other directly.
    if isinstance(previous, _Class) != isinstance(statement, _Class):
        return True
    return any(isinstance(s, _Class) and s.members for s in (previous, statement))


def _import_lines(module: str, names: Sequence[str]) -> Iterator[str]:
    flat = f"from {module} import {', '.join(names)}"
    if len(flat) <= LINE_LENGTH:
        yield flat
    else:
        yield from _Bracket(f"from {module} import ", "(", ")", tuple(names)).lay(0)


def _doc(service: str) -> str:
    return (
        f"Typed builders of the AWS SDK integration of {service} (``aws-sdk:{service}:<action>``).\n"
        f"\nGenerated from botocore {botocore_version()} by ``python -m sfdsl._sdk._typed``; "
        "do not edit.\n"
    )


def runtime(service: str) -> str:
    """The source of ``sfdsl/aws/sdk/<service>.py``: the builders come from the model when used."""
    return "\n".join(
        [
            f'"""{_doc(service)}"""',
            "",
            "from sfdsl.aws.sdk import builders",
            "",
            f"__getattr__, __dir__ = builders({_py_str(service)})",
            "",
        ]
    )


def files() -> dict[Path, str]:
    """Every generated file and its content."""
    out: dict[Path, str] = {}
    for service in service_names():
        module = module_name(service)
        out[FOLDER / f"{module}.pyi"] = stub(service)
        out[FOLDER / f"{module}.py"] = runtime(service)
    return out


def stale(folder: Path = FOLDER) -> list[Path]:
    """Generated modules in *folder* of services that no longer have one (to delete)."""
    keep = {module_name(s) for s in service_names()}
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix in (".py", ".pyi") and not p.stem.startswith("_") and p.stem not in keep
    )


def main() -> None:
    """Write the modules, and delete those of services botocore no longer has."""
    for path, text in files().items():
        path.write_text(text, encoding="utf-8")
    for path in stale():
        path.unlink()


if __name__ == "__main__":
    main()
