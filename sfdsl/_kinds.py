"""The roles states, chains and graphs play, known to every layer of the core.

This module imports nothing of sfdsl. The field checks, the ASL writer and the chains test a
value's role (``isinstance(value, StateRole)``) instead of importing the classes that play it,
which live in the layers above them (see the contract in ``.importlinter``).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, Final, Protocol, TypeVar

import attrs

_T = TypeVar("_T")


class StateRole:
    """A state: a transition target, named by its ``name``.

    Example:
        >>> from sfdsl import Pass
        >>> isinstance(Pass("A"), StateRole)
        True
    """

    __slots__ = ()
    name: str


class ChainRole:
    """A chain of states: a transition target, named by its first state, ``start``.

    Example:
        >>> from sfdsl import Pass
        >>> isinstance(Pass("A").next(Pass("B")), ChainRole)
        True
    """

    __slots__ = ()
    start: str


class GraphRole:
    """A closed workflow body (``StartAt`` and ``States``): a machine, branch or Map body.

    Example:
        >>> from sfdsl import Graph, Pass
        >>> isinstance(Graph.of(Pass("A")), GraphRole)
        True
    """

    __slots__ = ()


class AslWritable(Protocol):
    """A value that writes itself as ASL (a rule, a sub-object of a Map, a condition)."""

    def to_asl(self) -> Any: ...


def target_name(target: str | StateRole | ChainRole) -> str:
    """The state name a transition target stands for: the name, the state's, the chain's start.

    Example:
        >>> from sfdsl import Pass
        >>> target_name(Pass("A")), target_name("B"), target_name(Pass("C").next(Pass("D")))
        ('A', 'B', 'C')
    """
    if isinstance(target, str):
        return target
    if isinstance(target, StateRole):
        return target.name
    return target.start


class _NotGiven(enum.Enum):
    NOT_GIVEN = "NOT_GIVEN"


NOT_GIVEN: Final = _NotGiven.NOT_GIVEN
"""The default of ``input_path``/``output_path``/``result_path``: not set (stored as ``None``)."""


_COPIERS: dict[type, Callable[[Any, dict[str, Any]], Any]] = {}


def _copier(cls: type) -> Callable[[Any, dict[str, Any]], Any]:
    """A function that copies an instance of the frozen attrs class *cls* with some fields changed.

    Generated once per class: one statement per field, no loop, as attrs does for ``__init__``.
    """
    names = [a.name for a in attrs.fields(cls)]
    lines = ["def copy(obj, changes):", "    new = new_(cls)", "    get = changes.get"]
    lines += [f"    set_(new, {n!r}, get({n!r}, obj.{n}))" for n in names]
    lines.append("    return new")
    scope: dict[str, Any] = {"new_": object.__new__, "set_": object.__setattr__, "cls": cls}
    exec("\n".join(lines), scope)  # the source is built from attrs field names only
    copier: Callable[[Any, dict[str, Any]], Any] = scope["copy"]
    _COPIERS[cls] = copier
    return copier


def replace(obj: _T, **changes: Any) -> _T:
    """A copy of a frozen attrs object with fields that were checked on their own replaced.

    The object's checks do not run again: only for changes that cannot make a valid object
    invalid (wiring a checked target, appending a checked rule).

    Example:
        >>> from sfdsl import Pass
        >>> replace(Pass("A"), end=True).end
        True
    """
    copier = _COPIERS.get(type(obj)) or _copier(type(obj))
    result: _T = copier(obj, changes)
    return result


__all__ = [
    "NOT_GIVEN",
    "AslWritable",
    "ChainRole",
    "GraphRole",
    "StateRole",
    "replace",
    "target_name",
]
