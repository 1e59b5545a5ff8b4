"""Walking an ASL document's states, those inside Parallel branches and Map processors too."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any


def nested_states(asl: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """Every ``(name, state)`` of *asl*, each followed by the states nested inside it.

    States inside a Parallel's ``Branches`` and a Map's ``ItemProcessor`` (or legacy
    ``Iterator``) come right after the state that holds them, in document order.

    Example:
        >>> inner = {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}
        >>> asl = {"States": {"P": {"Type": "Parallel", "Branches": [inner]}, "C": {}}}
        >>> [name for name, _ in nested_states(asl)]
        ['P', 'B', 'C']
    """
    states = asl.get("States")
    if not isinstance(states, Mapping):
        return
    for name, state in states.items():
        yield name, state
        if not isinstance(state, Mapping):
            continue
        graphs = [b for b in state.get("Branches", ()) if isinstance(b, Mapping)]
        graphs += [
            state[k] for k in ("ItemProcessor", "Iterator") if isinstance(state.get(k), Mapping)
        ]
        for graph in graphs:
            yield from nested_states(graph)


__all__ = ["nested_states"]
