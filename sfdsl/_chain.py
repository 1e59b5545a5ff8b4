"""Chains (workflow fragments with open ends) and graphs (a start state plus its states).

A :class:`Chain` is immutable: ``chain.next(x)`` returns a new chain and leaves ``chain`` as it
was, so a fragment can be reused in several places. Linear building (``a.next(b).next(c)...``)
costs time proportional to the number of states: chains built one from another share an
append-only log, and a chain that is extended a second time copies it first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Union

import attrs

from sfdsl._states import Choice, State, Target, _replace, is_open, strip_targets, target_name
from sfdsl.errors import Problem, ValidationError


class _Log:
    """Append-only storage shared by chains built one from another."""

    __slots__ = ("index", "states", "windex", "wires")

    def __init__(self) -> None:
        self.states: list[State] = []
        self.index: dict[str, list[int]] = {}
        self.wires: list[tuple[str, str]] = []
        self.windex: dict[str, list[int]] = {}

    def add_state(self, state: State) -> None:
        self.index.setdefault(state.name, []).append(len(self.states))
        self.states.append(state)

    def add_wire(self, source: str, target: str) -> None:
        self.windex.setdefault(source, []).append(len(self.wires))
        self.wires.append((source, target))


def _set(state: State, **changes: Any) -> State:
    """Change fields that cannot make a valid state invalid, without re-running its checks."""
    return _replace(state, **changes)


@attrs.frozen(eq=False, repr=False)
class Chain:
    """A workflow fragment: a start state, its states, and the open ends where it continues.

    Build chains with :meth:`State.next` and :meth:`Chain.next`, or :func:`chain`. Open ends are
    states that take a Next but have none yet; at the end of a machine or branch they become
    ``End: true``.

    Example:
        >>> from sfdsl import Pass, Succeed
        >>> c = Pass("A").next(Pass("B")).next(Succeed("Done"))
        >>> [s.name for s in c.states], c.ends
        (['A', 'B', 'Done'], ())
    """

    start: str
    ends: tuple[str, ...]
    _log: _Log
    _n: int
    _w: int

    @classmethod
    def of(cls, item: State | Chain) -> Chain:
        """The chain of a single state (with any states its targets bring), or *item* itself.

        Example:
            >>> from sfdsl import Pass
            >>> Chain.of(Pass("A")).ends
            ('A',)
        """
        if isinstance(item, Chain):
            return item
        if not isinstance(item, State):
            msg = f"expected a state or chain, got {type(item).__name__} {item!r}"
            raise TypeError(msg)
        log = _Log()
        return cls._make(item.name, _add(log, item), log)

    @classmethod
    def _make(cls, start: str, candidates: Iterable[str], log: _Log) -> Chain:
        result = cls(start, (), log, len(log.states), len(log.wires))
        object.__setattr__(result, "ends", result._open_ends(candidates))
        return result

    def _latest(self, name: str) -> State | None:
        positions = self._log.index.get(name)
        if not positions:
            return None
        for pos in reversed(positions):
            if pos < self._n:
                return self._log.states[pos]
        return None

    def _is_wired(self, name: str) -> bool:
        return any(pos < self._w for pos in self._log.windex.get(name, ()))

    def _open_ends(self, names: Iterable[str]) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for name in names:
            state = self._latest(name)
            if state is not None and is_open(state) and not self._is_wired(name):
                seen[name] = None
        return tuple(seen)

    def _writable(self) -> _Log:
        log = self._log
        if len(log.states) == self._n and len(log.wires) == self._w:
            return log
        fresh = _Log()
        for state in log.states[: self._n]:
            fresh.add_state(state)
        for source, dest in log.wires[: self._w]:
            fresh.add_wire(source, dest)
        return fresh

    def _no_open_end(self, target: object) -> Problem:
        """Why ``.next(target)`` cannot continue, naming a target that is no state (a typo)."""
        import difflib

        from sfdsl._validate import _targets

        msg = (
            f"cannot continue the chain starting at {self.start!r}: it has no open end "
            "(its last states are Succeed, Fail, Choice rules pointing elsewhere, or End=True)"
        )
        names = {s.name for s in self.states}
        offered = (
            target.states
            if isinstance(target, Chain)
            else (target,)
            if isinstance(target, State)
            else ()
        )
        known = [*names, *(s.name for s in offered)]
        unknown = [
            (state.name, label, name)
            for state in self.states
            for name, label in _targets(state)
            if name not in names
        ]
        for source, label, name in unknown:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            msg += f"; the {label} of {source!r} is {name!r}, which is no state of this chain{hint}"
        where = f"States.{unknown[0][0]}.{unknown[0][1]}" if unknown else f"States.{self.start}"
        return Problem(msg, where, "no-open-end")

    def next(self, target: Target) -> Chain:
        """A new chain in which every open end continues to *target* (a name, state or chain).

        Raises:
            ValidationError: when this chain has no open end (it ends in Succeed, Fail or End).

        Example:
            >>> from sfdsl import Pass, Var, Choice
            >>> c = Pass("A").next(Choice("C").when(Var("$.x") == 1, Pass("One")).otherwise(Pass("Other")))
            >>> c.ends
            ('One', 'Other')
            >>> c.next(Pass("Join")).ends
            ('Join',)
        """
        if not self.ends:
            raise ValidationError([self._no_open_end(target)], subject="chain")
        log = self._writable()
        name = target_name(target) if isinstance(target, (str, State, Chain)) else None
        if name is None:
            msg = f"Chain.next expects a state name, state or chain, got {type(target).__name__}"
            raise TypeError(msg)
        # A state is appended to this chain's log directly, not built as a chain of its own first.
        candidates = [] if isinstance(target, str) else _add(log, target)
        for end in self.ends:
            log.add_wire(end, name)
        return Chain._make(self.start, candidates, log)

    @property
    def states(self) -> tuple[State, ...]:
        """Every state of the chain, wired, in the order they were added.

        Raises:
            ValidationError: when two different states share a name.

        Example:
            >>> from sfdsl import Pass
            >>> [s.to_asl() for s in Pass("A").next(Pass("B")).states]
            [{'Type': 'Pass', 'Next': 'B'}, {'Type': 'Pass'}]
        """
        states, problems = self._flatten()
        if problems:
            raise ValidationError.of(problems, subject=f"chain starting at {self.start!r}")
        return states

    def _flatten(self) -> tuple[tuple[State, ...], list[Problem]]:
        by_name: dict[str, State] = {}
        problems: list[Problem] = []
        for state in self._log.states[: self._n]:
            seen = by_name.get(state.name)
            if seen is None:
                by_name[state.name] = state
            elif seen is not state and seen != state:
                problems.append(
                    Problem(
                        f"two different states are named {state.name!r} "
                        f"({seen.TYPE} and {state.TYPE}); state names must be unique, rename one",
                        f"States.{state.name}",
                        "duplicate-state-name",
                    )
                )
        for source, dest in self._log.wires[: self._w]:
            state = by_name[source]
            current = getattr(state, "next_state", None)
            if current is not None and current != dest:
                problems.append(
                    Problem(
                        f"state {source!r} would go to both {current!r} and {dest!r}",
                        f"States.{source}.Next",
                        "conflicting-next",
                    )
                )
                continue
            by_name[source] = _set(state, next_state=dest)
        return tuple(by_name.values()), problems

    def __iter__(self) -> Iterator[State]:
        return iter(self.states)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Chain):
            return NotImplemented
        return (self.start, self.ends, self._flatten()) == (
            other.start,
            other.ends,
            other._flatten(),
        )

    def __hash__(self) -> int:
        # Equal chains may hold a state more than once in their logs, so log sizes cannot
        # take part: the hash uses only what equal chains share.
        return hash((self.start, self.ends))

    def __repr__(self) -> str:
        names = [s.name for s in self._log.states[: self._n]]
        return f"Chain(start={self.start!r}, states={names!r}, ends={self.ends!r})"


def _add(log: _Log, item: State | Chain) -> list[str]:
    """Append *item* and the states its object targets bring to *log*; return its open ends.

    The ends are candidates: :meth:`Chain._make` keeps those still open in the finished log.
    """
    if isinstance(item, Chain):
        _merge(log, item)
        return list(item.ends)
    stripped, objects = strip_targets(item)
    log.add_state(stripped)
    nxt = getattr(item, "next_state", None)
    ends: list[str] = [item.name] if is_open(stripped) else []
    for obj in objects:
        sub_ends = _add(log, obj)
        if isinstance(item, Choice) or obj is nxt:
            ends.extend(sub_ends)
    return ends


def _merge(log: _Log, sub: Chain) -> None:
    for state in sub._log.states[: sub._n]:
        log.add_state(state)
    for source, dest in sub._log.wires[: sub._w]:
        log.add_wire(source, dest)


def chain(*items: State | Chain) -> Chain:
    """Chain states and chains one after another.

    Example:
        >>> from sfdsl import Pass
        >>> chain(Pass("A"), Pass("B"), Pass("C")).ends
        ('C',)
    """
    if not items:
        msg = "chain() needs at least one state or chain"
        raise TypeError(msg)
    result = Chain.of(items[0])
    for item in items[1:]:
        result = result.next(item)
    return result


Definition = Union[State, Chain, "Graph"]


def _as_tuple(states: Iterable[State]) -> tuple[State, ...]:
    return tuple(states)


@attrs.frozen
class Graph:
    """A closed workflow body: ``StartAt`` plus its states (a machine, Parallel branch or Map body).

    ``Graph.of(x)`` turns a state or chain into a graph, making its open ends ``End: true``.

    Example:
        >>> from sfdsl import Pass
        >>> g = Graph.of(Pass("A").next(Pass("B")))
        >>> g.start_at, [s.to_asl() for s in g.states]
        ('A', [{'Type': 'Pass', 'Next': 'B'}, {'Type': 'Pass', 'End': True}])
    """

    start_at: str
    states: tuple[State, ...] = attrs.field(converter=_as_tuple)
    comment: str | None = attrs.field(default=None, kw_only=True)

    @classmethod
    def of(cls, definition: Definition, *, comment: str | None = None) -> Graph:
        """A graph from a state, chain or graph; open ends become ``End: true``.

        Raises:
            ValidationError: when two different states share a name.

        Example:
            >>> from sfdsl import Pass
            >>> g = Graph.of(Pass("A").next(Pass("B")), comment="two steps")
            >>> g.start_at, g.state("B").to_asl(), g.comment
            ('A', {'Type': 'Pass', 'End': True}, 'two steps')
        """
        if isinstance(definition, Graph):
            return definition if comment is None else attrs.evolve(definition, comment=comment)
        built = Chain.of(definition)
        states = built.states
        closed = tuple(_set(s, end=True) if is_open(s) else s for s in states)
        return cls(built.start, closed, comment=comment)

    def state(self, name: str) -> State:
        """The state called *name*.

        Raises:
            KeyError: when there is none.

        Example:
            >>> from sfdsl import Pass
            >>> Graph.of(Pass("A").next(Pass("B"))).state("B").name
            'B'
        """
        for s in self.states:
            if s.name == name:
                return s
        raise KeyError(name)

    @property
    def names(self) -> tuple[str, ...]:
        """The state names, in order.

        Example:
            >>> from sfdsl import Pass
            >>> Graph.of(Pass("A").next(Pass("B"))).names
            ('A', 'B')
        """
        return tuple(s.name for s in self.states)


__all__ = ["Chain", "Definition", "Graph", "chain"]
