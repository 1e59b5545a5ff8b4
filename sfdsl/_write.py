"""The ASL writer: any frozen attrs model written by the ASL names its fields declare.

Writing is a pure function of the model: unset fields (``None``, empty, ``End: false``) are
omitted, keys come in the order the fields are declared, and equal objects give equal ASL. The
writer knows no state class: a field's metadata says how it is written (see
:func:`sfdsl._fields.asl`), nested values write themselves (``to_asl``), and graphs and
transition targets are recognised by their role (:mod:`sfdsl._kinds`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from sfdsl._kinds import ChainRole, GraphRole, StateRole, target_name
from sfdsl._values import DISCARD, render

# How a field's value is written: (attribute, ASL key, template language or None, is a
# transition target, hook writing the entries itself or None, omit False).
_Plan = tuple[tuple[str, str, Any, bool, Any, bool], ...]
_PLANS: dict[type, _Plan] = {}
_SCALARS: Final = frozenset({str, int, float, bool})


def dumps(document: Any, *, indent: int | None = 2) -> str:
    """JSON text for an ASL document, deterministic for equal input.

    Example:
        >>> dumps({"b": 1, "a": "é"}, indent=None)
        '{"b": 1, "a": "é"}'
    """
    return json.dumps(document, indent=indent, ensure_ascii=False)


def _plan(cls: type) -> _Plan:
    """How each ASL field of *cls* is written, worked out once per class from its metadata."""
    found = _PLANS.get(cls)
    if found is None:
        found = tuple(
            (
                f.name,
                f.metadata.get("asl") or "",
                f.metadata.get("template"),
                bool(f.metadata.get("target")),
                f.metadata.get("write"),
                bool(f.metadata.get("omit_false")),
            )
            for f in attrs.fields(cls)
            if f.metadata.get("asl") is not None or f.metadata.get("write") is not None
        )
        _PLANS[cls] = found
    return found


def value_to_asl(value: Any) -> Any:
    """A nested value as ASL: a rule or sub-object, a graph, a list of them, or plain JSON.

    Example:
        >>> from sfdsl import Retry
        >>> value_to_asl((Retry(["States.ALL"]),))
        [{'ErrorEquals': ['States.ALL']}]
    """
    if isinstance(value, tuple):
        return [value_to_asl(v) for v in value]
    if isinstance(value, GraphRole):
        return graph_to_asl(value)
    to_asl: Callable[[], Any] | None = getattr(value, "to_asl", None)
    if to_asl is not None and attrs.has(type(value)):
        return to_asl()
    return render(value, "JSONPath")


def fields_to_asl(obj: Any, out: dict[str, Any] | None = None) -> dict[str, Any]:
    """The ASL fields of the attrs object *obj*, added to *out* (a new dict when not given).

    Example:
        >>> from sfdsl import Retry
        >>> fields_to_asl(Retry(["States.Timeout"], max_attempts=2))
        {'ErrorEquals': ['States.Timeout'], 'MaxAttempts': 2}
    """
    if out is None:
        out = {}
    for name, key, template, is_target, hook, omit_false in _plan(type(obj)):
        value = getattr(obj, name)
        if hook is not None:
            out.update(hook(obj, value))
            continue
        if value is None or value == () or (omit_false and value is False):
            continue
        if type(value) in _SCALARS:  # most fields: written as they are
            out[key] = value
        elif template is not None:
            out[key] = render(value, template)
        elif value is DISCARD:
            out[key] = None
        elif is_target and isinstance(value, (str, StateRole, ChainRole)):
            out[key] = target_name(value)
        else:
            out[key] = value_to_asl(value)
    return out


def state_to_asl(state: Any) -> dict[str, Any]:
    """One state as ASL (without its name): ``Type``, then its fields.

    Example:
        >>> from sfdsl import Wait
        >>> state_to_asl(Wait("W", seconds=5, end=True))
        {'Type': 'Wait', 'Seconds': 5, 'End': True}
    """
    return fields_to_asl(state, {"Type": state.TYPE})


def graph_to_asl(graph: Any) -> dict[str, Any]:
    """A graph (branch or Map body) as ``{"StartAt", "States"}`` (with its ``Comment``).

    Example:
        >>> from sfdsl import Graph, Succeed
        >>> graph_to_asl(Graph.of(Succeed("S")))
        {'StartAt': 'S', 'States': {'S': {'Type': 'Succeed'}}}
    """
    out: dict[str, Any] = {}
    if graph.comment is not None:
        out["Comment"] = graph.comment
    out["StartAt"] = graph.start_at
    out["States"] = states_to_asl(graph.states)
    return out


def states_to_asl(states: Any) -> dict[str, Any]:
    """``States``: each state's ASL under its name.

    Example:
        >>> from sfdsl import Succeed
        >>> states_to_asl([Succeed("S")])
        {'S': {'Type': 'Succeed'}}
    """
    return {s.name: state_to_asl(s) for s in states}


def entries(**values: Any) -> Mapping[str, Any]:
    """The ASL entries of the given values that are set, in order (for hand-written parts).

    Example:
        >>> entries(Comment=None, StartAt="A")
        {'StartAt': 'A'}
    """
    return {k: v for k, v in values.items() if v is not None}


__all__ = [
    "dumps",
    "entries",
    "fields_to_asl",
    "graph_to_asl",
    "state_to_asl",
    "states_to_asl",
    "value_to_asl",
]
