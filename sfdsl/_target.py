"""Command-line targets: find the state machine or App a ``TARGET`` argument names.

A target is one of:

- ``path/to/file.py`` or ``path/to/file.py:name``: a Python file, run like a script;
- ``package.module`` or ``package.module:name``: an importable module (the current directory is
  searched first, as with ``python -m``);
- ``path/to/definition.json`` (or ``.asl.json``, ``.yaml``, ``.yml``): an ASL document.

Without ``:name`` the module must define exactly one ``App``, or else exactly one
``StateMachine``. Problems with the target itself raise :class:`~sfdsl.errors.TargetError`;
an error raised by the user's code is reported with the user's own frames only. An invalid
workflow raises :class:`~sfdsl.errors.ValidationError` (see :func:`raised_at` for where).

Example:
    >>> target = load_target("examples/hello.py")
    >>> target.label, target.kind, target.obj.name
    ('examples/hello.py:machine', 'machine', 'hello')
"""

from __future__ import annotations

import importlib
import importlib.util
import itertools
import os
import re
import sys
import traceback
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, TypeAlias

import attrs

from sfdsl._limits import MAX_FILE_BYTES, read_text_file
from sfdsl._machine import StateMachine
from sfdsl.asl import machine_from_document, parse_document
from sfdsl.errors import DefinitionError, LimitError, TargetError, ValidationError

TargetKind: TypeAlias = Literal["machine", "app"]

ASL_SUFFIXES = (".json", ".yaml", ".yml")
"""File suffixes read as ASL documents (``.asl.json`` ends in ``.json``)."""

_SFDSL_DIR = str(Path(__file__).resolve().parent) + os.sep
_IMPORTLIB_DIR = str(Path(importlib.__file__).resolve().parent) + os.sep
_MODULE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
_ATTRIBUTE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
_MACHINE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,80}$")
_counter = itertools.count(1)


@attrs.frozen
class Target:
    """A loaded target: the object, what it is, and how to name it in messages.

    Example:
        >>> t = load_target("examples/hello.py:machine")
        >>> t.kind, t.label
        ('machine', 'examples/hello.py:machine')
    """

    obj: Any
    """The :class:`~sfdsl.StateMachine` or ``App``."""
    kind: TargetKind
    label: str
    """``file.py:name``, ``module:name`` or the ASL file's path."""
    source: Path | None = None
    """The file read: the ASL file, the Python file, or the module's file (None if it has none)."""

    @property
    def machines(self) -> tuple[StateMachine, ...]:
        """The state machines of the target (one, or every machine of an App).

        Example:
            >>> [m.name for m in load_target("examples/hello.py").machines]
            ['hello']
        """
        if self.kind == "machine":
            return (self.obj,)
        return machines_of(self.obj)

    @property
    def machines_by_name(self) -> dict[str, StateMachine]:
        """The state machines by name (an App's unnamed machines by their logical id).

        Example:
            >>> list(load_target("examples/hello.py").machines_by_name)
            ['hello']
        """
        if self.kind == "machine":
            return {self.obj.name or "": self.obj}
        named: dict[str, StateMachine] = {}
        for deployment in getattr(self.obj, "deployments", ()):
            machine = getattr(deployment, "machine", None)
            if isinstance(machine, StateMachine):
                named[machine.name or str(getattr(deployment, "logical_id", "?"))] = machine
        return named


def split_target(spec: str) -> tuple[str, str | None]:
    """Split ``where[:name]`` into its location and optional attribute name.

    A colon only separates a name when what follows it is an identifier (or dotted
    identifiers), so Windows drive letters stay part of the path.

    Example:
        >>> split_target("flows.py:orders")
        ('flows.py', 'orders')
        >>> split_target("pkg.flows")
        ('pkg.flows', None)
        >>> split_target("C:\\\\work\\\\flows.py")
        ('C:\\\\work\\\\flows.py', None)
    """
    where, sep, name = spec.rpartition(":")
    if sep and where and _ATTRIBUTE.match(name):
        return where, name
    return spec, None


def load_target(spec: str) -> Target:
    """Load the state machine or App named by *spec* (see the module documentation).

    Raises:
        TargetError: the file or module does not exist, cannot be imported (the message shows
            the user's frames), defines no or several candidates, or ``:name`` is missing.
        ValidationError: the workflow is invalid (raised while the module was imported, or
            while the ASL document was read).

    Example:
        >>> load_target("examples/missing.py")
        Traceback (most recent call last):
        ...
        sfdsl.errors.TargetError: no such file: examples/missing.py
    """
    if not spec.strip():
        msg = "TARGET is empty; give a Python file, a module or an ASL file (JSON or YAML)"
        raise TargetError(msg)
    if spec.endswith(":"):
        choose = "" if spec[:-1].lower().endswith(ASL_SUFFIXES) else f"name it ({spec}NAME) or "
        msg = f"{spec!r} ends with ':' but names nothing after it; {choose}drop the ':'"
        raise TargetError(msg)
    where, name = split_target(spec)
    if where.lower().endswith(ASL_SUFFIXES):
        if name is not None:
            msg = f"{spec}: ':{name}' cannot select anything in an ASL file; drop ':{name}'"
            raise TargetError(msg)
        return _load_asl(Path(where))
    looks_like_path = where.endswith(".py") or "/" in where or os.sep in where
    if looks_like_path or Path(where).is_file():
        path = Path(where)
        if not path.is_file():
            hint = " (a directory, not a file)" if path.is_dir() else ""
            msg = f"no such file: {where}{hint}"
            raise TargetError(msg)
        if not where.endswith(".py"):
            msg = (
                f"{where} is neither a Python file (.py) nor an ASL file "
                f"({', '.join(ASL_SUFFIXES)}); rename it or give a module name"
            )
            raise TargetError(msg)
        _check_module_size(path)
        module = _import_file(path)
    else:
        if not _MODULE_NAME.match(where):
            msg = (
                f"{where!r} is not a file, a module name or an ASL file; "
                "expected path/to/file.py[:name], package.module[:name] or definition.json"
            )
            raise TargetError(msg)
        module = _import_module(where)
    return _pick(module, where, name)


def machines_of(app: Any) -> tuple[StateMachine, ...]:
    """The state machines an App holds (read from its deployments).

    Example:
        >>> machines_of(object())
        ()
    """
    held = getattr(app, "deployments", ())
    machines = (getattr(d, "machine", None) for d in held)
    return tuple(m for m in machines if isinstance(m, StateMachine))


def is_app(obj: object) -> bool:
    """True for an sfdsl ``App`` (checked by class name, so ``sfdsl.cfn`` stays unimported).

    Example:
        >>> is_app(object())
        False
    """
    return any(
        cls.__name__ == "App" and cls.__module__.startswith("sfdsl") for cls in type(obj).__mro__
    )


def raised_at(exc: BaseException) -> str | None:
    """``file:line`` of the innermost user frame (not sfdsl's or importlib's) that raised *exc*.

    Example:
        >>> raised_at(ValueError("never raised")) is None
        True
    """
    frames = _user_frames(exc.__traceback__)
    if not frames:
        return None
    last = frames[-1]
    return f"{_display_path(last.filename)}:{last.lineno}"


def format_user_error(exc: BaseException) -> str:
    """*exc* formatted like a traceback, with only the user's frames and no header line.

    Example:
        >>> print(format_user_error(ZeroDivisionError("division by zero")))
        ZeroDivisionError: division by zero
    """
    return "".join(_format_chain(exc, set())).rstrip("\n")


def _format_chain(exc: BaseException, seen: set[int]) -> Iterator[str]:
    seen.add(id(exc))
    if exc.__cause__ is not None and id(exc.__cause__) not in seen:
        yield from _format_chain(exc.__cause__, seen)
        yield "\nwhich caused:\n\n"
    elif (
        exc.__context__ is not None
        and not exc.__suppress_context__
        and id(exc.__context__) not in seen
    ):
        yield from _format_chain(exc.__context__, seen)
        yield "\nand while handling it:\n\n"
    frames = traceback.StackSummary.from_list(_user_frames(exc.__traceback__))
    only = traceback.TracebackException(type(exc), exc, None, compact=True)
    here = f'File "{os.getcwd()}{os.sep}'
    for line in itertools.chain(frames.format(), only.format_exception_only()):
        yield line.replace(here, 'File "', 1)


def _user_frames(tb: types.TracebackType | None) -> list[traceback.FrameSummary]:
    return [
        frame
        for frame in traceback.extract_tb(tb)
        # "<...>" names code that has no file of its own (attrs' generated methods, frozen
        # importlib).
        if not frame.filename.startswith(("<", _SFDSL_DIR, _IMPORTLIB_DIR))
    ]


def _display_path(filename: str) -> str:
    try:
        return os.path.relpath(filename)
    except ValueError:  # another drive on Windows
        return filename


def not_asl_hint(doc: object) -> str | None:
    """How to get the ASL definition out of *doc* when it is another AWS document, else None.

    Recognises a CloudFormation template and ``aws stepfunctions describe-state-machine``
    output, two files often mistaken for a definition.

    Example:
        >>> not_asl_hint({"Resources": {}})
        'for a CloudFormation template, save the Definition of its AWS::StepFunctions::StateMachine to a file and use that'
        >>> not_asl_hint({"StartAt": "A", "States": {}}) is None
        True
    """
    if not isinstance(doc, dict) or "StartAt" in doc or "States" in doc:
        return None
    if isinstance(doc.get("definition"), str):
        return (
            "for `aws stepfunctions describe-state-machine` output, save its definition field "
            "to a file and use that"
        )
    if "Resources" in doc or "AWSTemplateFormatVersion" in doc:
        return (
            "for a CloudFormation template, save the Definition of its "
            "AWS::StepFunctions::StateMachine to a file and use that"
        )
    return None


def _load_asl(path: Path) -> Target:
    if not path.is_file():
        hint = " (a directory, not a file)" if path.is_dir() else ""
        msg = f"no such file: {path}{hint}"
        raise TargetError(msg)
    try:
        text = read_text_file(path, what="ASL definition")
    except LimitError:
        raise
    except DefinitionError as exc:
        raise TargetError(exc.problems[0].message) from None
    if not text.strip():
        msg = f"{path} is empty; expected an ASL definition (an object with StartAt and States)"
        raise TargetError(msg)
    document = parse_document(text, origin=str(path))
    other_document = not_asl_hint(document.data)
    if other_document:
        msg = (
            f"{path} is not an ASL definition (an object with StartAt and States); {other_document}"
        )
        raise TargetError(msg)
    stem = path.name.split(".", 1)[0]
    name = stem if _MACHINE_NAME.match(stem) else None
    machine = machine_from_document(document, name=name)
    return Target(machine, "machine", str(path), path)


def _check_module_size(path: Path) -> None:
    """Refuse a Python file larger than sfdsl reads (Python itself would read it whole)."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        msg = (
            f"{path} is {size:,} bytes, larger than the {MAX_FILE_BYTES:,} bytes sfdsl reads "
            "(MAX_FILE_BYTES in docs/limits.md); split it into modules"
        )
        raise TargetError(msg)


def _import_file(path: Path) -> types.ModuleType:
    resolved = path.resolve()
    stem = path.stem
    module_name = stem if stem.isidentifier() and stem not in sys.modules else ""
    module_name = module_name or f"_sfdsl_target_{next(_counter)}"
    spec = importlib.util.spec_from_file_location(module_name, resolved)
    if spec is None or spec.loader is None:  # pragma: no cover - only for odd loaders
        msg = f"cannot import {path}"
        raise TargetError(msg)
    module = importlib.util.module_from_spec(spec)
    # Run it as Python runs a script: its own directory first on sys.path, so that it can
    # import its sibling modules.
    folder = str(resolved.parent)
    if folder not in sys.path:
        sys.path.insert(0, folder)
    sys.modules[module_name] = module
    try:
        spec.loader.exec_module(module)
    except ValidationError:
        del sys.modules[module_name]
        raise
    except BaseException as exc:
        del sys.modules[module_name]
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise _user_error(str(path), exc) from None
    return module


def _import_module(name: str) -> types.ModuleType:
    cwd = os.getcwd()
    if cwd not in sys.path and "" not in sys.path:
        sys.path.insert(0, cwd)
    try:
        return importlib.import_module(name)
    except ValidationError:
        raise
    except ModuleNotFoundError as exc:
        # Only a module along the target's own dotted name is "not found"; a missing
        # import inside the user's module is the user's error, reported with its frames.
        parts = name.split(".")
        if exc.name in {".".join(parts[: i + 1]) for i in range(len(parts))}:
            msg = (
                f"no module named {exc.name!r} (looked for {name!r} from {cwd}); "
                "give a file path such as path/to/flows.py, or install the package"
            )
            raise TargetError(msg) from None
        raise _user_error(name, exc) from None
    except KeyboardInterrupt:
        raise
    except BaseException as exc:
        raise _user_error(name, exc) from None


def _user_error(where: str, exc: BaseException) -> TargetError:
    what = "cannot be imported" if isinstance(exc, (SyntaxError, ImportError)) else "raised"
    msg = f"{where} {what}:\n{format_user_error(exc)}"
    return TargetError(msg)


def _kind(obj: object) -> TargetKind | None:
    if isinstance(obj, StateMachine):
        return "machine"
    if is_app(obj):
        return "app"
    return None


def _pick(module: types.ModuleType, where: str, name: str | None) -> Target:
    file = getattr(module, "__file__", None)
    source = Path(file) if isinstance(file, str) else None
    if name is not None:
        obj: Any = module
        for part in name.split("."):
            if not hasattr(obj, part):
                found = _candidates(module)
                listed = ", ".join(found) or "none"
                msg = f"{where} has no attribute {name!r}; its state machines and Apps: {listed}"
                raise TargetError(msg)
            obj = getattr(obj, part)
        kind = _kind(obj)
        if kind is None:
            kind_name = type(obj).__name__
            article = "an" if kind_name[:1].lower() in "aeiou" else "a"
            msg = f"{where}:{name} is {article} {kind_name}, not a StateMachine or an App"
            raise TargetError(msg)
        return Target(obj, kind, f"{where}:{name}", source)
    found = _candidates(module)
    apps = {n: o for n, o in found.items() if _kind(o) == "app"}
    chosen = apps or found
    if len(chosen) == 1:
        ((attr, obj),) = chosen.items()
        kind = _kind(obj)
        assert kind is not None
        return Target(obj, kind, f"{where}:{attr}", source)
    if not chosen:
        msg = (
            f"{where} defines no StateMachine or App at module level; "
            "assign one to a module-level name, e.g. `machine = StateMachine(...)`"
        )
        raise TargetError(msg)
    what = "Apps" if apps else "state machines"
    names = ", ".join(chosen)
    msg = f"{where} defines {len(chosen)} {what} ({names}); choose one with {where}:NAME"
    raise TargetError(msg)


def _candidates(module: types.ModuleType) -> dict[str, Any]:
    """Module-level StateMachines and Apps by name, each object once (first name wins)."""
    seen: set[int] = set()
    found: dict[str, Any] = {}
    for attr, value in vars(module).items():
        if attr.startswith("_") or _kind(value) is None or id(value) in seen:
            continue
        seen.add(id(value))
        found[attr] = value
    return found


__all__ = [
    "ASL_SUFFIXES",
    "Target",
    "TargetKind",
    "format_user_error",
    "is_app",
    "load_target",
    "machines_of",
    "not_asl_hint",
    "raised_at",
    "split_target",
]
