"""The shape of a workflow: the State base class, chains (fragments with open ends) and graphs.

Every state type (:mod:`sfdsl._states`) extends :class:`State`, which holds what chains and
graphs need of a state: its name, its transitions, and how to wire them. A :class:`Chain` is
immutable: ``chain.next(x)`` returns a new chain and leaves ``chain`` as it was, so a fragment
can be reused in several places. Linear building (``a.next(b).next(c)...``) costs time
proportional to the number of states: chains built one from another share an append-only log,
and a chain that is extended a second time copies it first.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar, Literal, TypeAlias, Union, get_args

import attrs
from typing_extensions import Self

from sfdsl import _checks as chk
from sfdsl._fields import asl, field_problems, jsonata_value_fields, language_fields
from sfdsl._kinds import NOT_GIVEN, ChainRole, GraphRole, StateRole, replace
from sfdsl._kinds import target_name as _target_name
from sfdsl._typing import QueryLanguage
from sfdsl._values import Jsonata
from sfdsl._write import state_to_asl
from sfdsl.errors import Problem, ValidationError

Target: TypeAlias = Union[str, "State", "Chain"]
"""Where a transition goes: a state name, a state, or a chain (its first state)."""

StateType: TypeAlias = Literal[
    "Task", "Pass", "Wait", "Choice", "Parallel", "Map", "Succeed", "Fail"
]

# The path fields whose None is refused as ambiguous (DISCARD is the JSON null).
_IO_PATH_FIELDS = ("input_path", "output_path", "result_path")


def target_name(target: Target) -> str:
    """The state name a transition target stands for.

    Example:
        >>> from sfdsl import Pass
        >>> target_name(Pass("A")), target_name("B")
        ('A', 'B')
    """
    return _target_name(target)


def _is_object_target(target: object) -> bool:
    return target is not None and not isinstance(target, str)


# For a state class and a language: a function giving the values of the fields that
# State.language_problems judges, and the value of each that needs no judging.
_LANGUAGE_PLANS: dict[
    tuple[type, str], tuple[Callable[[Any], tuple[Any, ...]], tuple[Any, ...]]
] = {}


def _language_plan(
    cls: type, language: QueryLanguage
) -> tuple[Callable[[Any], tuple[Any, ...]], tuple[Any, ...]]:
    found = _LANGUAGE_PLANS.get((cls, language))
    if found is None:
        names = [name for name, _ in language_fields(cls, language)]
        if language == "JSONPath":
            names += [name for name, _ in jsonata_value_fields(cls)]
        declared = attrs.fields_dict(cls)
        names += [n for n in ("assign", "item_selector", "item_batcher") if n in declared]
        unset: list[Any] = [None] * len(names)
        for rules in ("catch_rules", "choices"):
            if rules in declared:
                names.append(rules)
                unset.append(())
        getter = operator.attrgetter(*names) if names else None
        values: Callable[[Any], tuple[Any, ...]]
        if getter is None:
            values = lambda state: ()  # noqa: E731
        elif len(names) == 1:
            values = lambda state: (getter(state),)  # noqa: E731
        else:
            values = getter
        found = (values, tuple(unset))
        _LANGUAGE_PLANS[(cls, language)] = found
    return found


@attrs.frozen
class State(StateRole):
    """Base class of every state. States are frozen: fluent methods return new states.

    A state keeps its values in the form its ASL gives them, so it equals (and hashes like) the
    state read back from its own ASL: payload templates are copied read-only, with paths and
    intrinsic calls as ``"key.$"`` entries (see :func:`~sfdsl._values.freeze_template`);
    ``Jsonata`` objects become their ``"{% ... %}"`` text; path fields hold the path text.

    Example:
        >>> from sfdsl import Pass
        >>> a = Pass("A")
        >>> b = a.with_(comment="first")
        >>> a.comment is None and b.comment == "first"
        True
        >>> from sfdsl import Var
        >>> shaped = Pass("S", parameters={"id": Var("$.order.id")}, input_path=Var("$.in"))
        >>> shaped.parameters, shaped.input_path
        ({'id.$': '$.order.id'}, '$.in')
        >>> shaped == Pass("S", parameters={"id.$": "$.order.id"}, input_path="$.in")
        True
    """

    TYPE: ClassVar[StateType]

    name: str
    comment: str | None = attrs.field(default=None, kw_only=True, metadata=asl("Comment", chk.text))
    query_language: QueryLanguage | None = attrs.field(
        default=None,
        kw_only=True,
        metadata=asl("QueryLanguage", chk.one_of, allowed=get_args(QueryLanguage)),
    )

    def __attrs_post_init__(self) -> None:
        problems = self.problems()
        # An unknown QueryLanguage is one problem; which fields it would allow is not guessed.
        if self.query_language in _LANGUAGES:
            problems += self.language_problems(self.query_language)
        chk.raise_if(problems, f"state {self.name!r}")

    @property
    def path(self) -> str:
        """This state's location in an ASL document: ``States.<name>``.

        Example:
            >>> from sfdsl import Pass
            >>> Pass("Greet").path
            'States.Greet'
        """
        return f"States.{self.name}"

    def problems(self) -> list[Problem]:
        """Every problem with this state's own fields (graph checks run on the machine).

        The constructor raises ``ValidationError`` with these problems, so a state that exists
        has none.

        Example:
            >>> from sfdsl import Wait
            >>> Wait("Pause", seconds=5).problems()
            []
            >>> Wait("Pause", seconds=-1)
            Traceback (most recent call last):
            ...
            sfdsl.errors.ValidationError: invalid state 'Pause' (1 problem):
              - Seconds must be >= 0 (got -1)  @ States.Pause.Seconds
        """
        path = self.path
        p = chk.state_name(self.name, "States")
        p += field_problems(self, path)
        return p + self._rule_problems(path)

    def _rule_problems(self, path: str) -> list[Problem]:
        """The problems of rules between fields (each field checked itself, by its declaration)."""
        return []

    def language_problems(self, language: QueryLanguage) -> list[Problem]:
        """Problems from fields that *language* (the state's or its machine's) does not allow.

        Example:
            >>> from sfdsl import Pass
            >>> shaped = Pass("Shape", output={"total": 1})
            >>> shaped.language_problems("JSONata")
            []
            >>> print(*shaped.language_problems("JSONPath"))
            Output is a JSONata field, not allowed in a JSONPath state; set query_language='JSONata' on the state or machine to use it  @ States.Shape.Output
        """
        values, unset = _language_plan(type(self), language)
        if all(map(operator.is_, values(self), unset)):
            return []  # none of the fields the language judges is set
        problems: list[Problem] = []
        if language == "JSONPath":
            for field_name, asl_name in jsonata_value_fields(type(self)):
                value = getattr(self, field_name)
                if isinstance(value, Jsonata) or (
                    isinstance(value, str) and value.startswith("{%")
                ):
                    problems.append(
                        Problem(
                            f"{asl_name} is a JSONata expression ({str(value)!r}), but JSONata is "
                            "only evaluated in JSONata states; set query_language='JSONata' or "
                            "give a fixed value",
                            f"{self.path}.{asl_name}",
                            # A Fail's Error and Cause are text: the service passes the text on.
                            "jsonata-text-in-jsonpath"
                            if field_name in ("error", "cause")
                            else "wrong-query-language",
                        )
                    )
        for field_name, asl_name in language_fields(type(self), language):
            if getattr(self, field_name) not in (None, (), False):
                if language == "JSONata":
                    fix = "JSONata states use Arguments, Output and Assign with {% %} expressions"
                else:
                    fix = "set query_language='JSONata' on the state or machine to use it"
                problems.append(
                    Problem(
                        f"{asl_name} is a {'JSONPath' if language == 'JSONata' else 'JSONata'} "
                        f"field, not allowed in a {language} state; {fix}",
                        f"{self.path}.{asl_name}",
                        "wrong-query-language",
                    )
                )
        for where, value in self._either_payloads():
            problems += chk.language_payload(value, f"{self.path}.{where}", language)
        if language == "JSONPath":
            for i, catcher in enumerate(getattr(self, "catch_rules", ())):
                if getattr(catcher, "output", None) is not None:
                    problems.append(
                        Problem(
                            "Output is a JSONata field, not allowed in a JSONPath state's catcher; "
                            "use result_path=... or set query_language='JSONata'",
                            f"{self.path}.Catch[{i}].Output",
                            "wrong-query-language",
                        )
                    )
        return problems

    def _either_payloads(self) -> list[tuple[str, Any]]:
        """(ASL location, value) of the templates whose meaning depends on the query language."""
        found: list[tuple[str, Any]] = []
        assign = getattr(self, "assign", None)
        if assign is not None:
            found.append(("Assign", assign))
        selector = getattr(self, "item_selector", None)
        if selector is not None:
            found.append(("ItemSelector", selector))
        batch_input = getattr(getattr(self, "item_batcher", None), "batch_input", None)
        if batch_input is not None:
            found.append(("ItemBatcher.BatchInput", batch_input))
        for key, rules in (("Catch", "catch_rules"), ("Choices", "choices")):
            for i, rule in enumerate(getattr(self, rules, ())):
                if getattr(rule, "assign", None) is not None:
                    found.append((f"{key}[{i}].Assign", rule.assign))
        return found

    def with_(self, **changes: Any) -> Self:
        """A copy of this state with some fields changed.

        Example:
            >>> from sfdsl import Pass
            >>> Pass("A").with_(comment="c").comment
            'c'
        """
        # An unset path is passed on as unset: None given there is refused as ambiguous.
        unset: dict[str, Any] = {
            name: NOT_GIVEN
            for name in _IO_PATH_FIELDS
            if name not in changes and getattr(self, name, NOT_GIVEN) is None
        }
        return attrs.evolve(self, **unset, **changes)

    def next(self, target: Target) -> Chain:
        """A chain that runs this state, then *target*.

        Example:
            >>> from sfdsl import Pass
            >>> chain = Pass("A").next(Pass("B"))
            >>> chain.start, chain.ends
            ('A', ('B',))
        """
        return Chain.of(self).next(target)

    def transitions(self) -> tuple[Target, ...]:
        """Every transition target held by this state (Next, Choice rules, Default, Catch).

        Example:
            >>> from sfdsl import Catch, Task
            >>> charge = Task("Charge", resource="arn:aws:states:::sns:publish", next_state="Ship")
            >>> charge.catch(Catch(["States.ALL"], next="Refund")).transitions()
            ('Ship', 'Refund')
            >>> from sfdsl import Choice, Var
            >>> Choice("Big?").when(Var("$.n") > 3, "Big").otherwise("Small").transitions()
            ('Big', 'Small')
        """
        return ()

    # A Choice continues to all of its targets; other states only to their Next (not Catch).
    CONTINUES_TO_EVERY_TARGET: ClassVar[bool] = False

    def _named_targets(self, name_of: Callable[[Target], str]) -> dict[str, Any]:
        """The changes that put target names in place of target objects (see strip_targets)."""
        changes: dict[str, Any] = {}
        nxt: Target | None = getattr(self, "next_state", None)
        if nxt is not None and _is_object_target(nxt):
            changes["next_state"] = name_of(nxt)
        rules: tuple[Any, ...] = getattr(self, "catch_rules", ())
        if any(_is_object_target(c.next) for c in rules):
            changes["catch_rules"] = tuple(
                replace(c, next=name_of(c.next)) if _is_object_target(c.next) else c for c in rules
            )
        return changes

    def _labelled_targets(self) -> list[tuple[str, str]]:
        """(target name, ASL field) of each transition: Next, then the catchers' Next."""
        out: list[tuple[str, str]] = []
        nxt = getattr(self, "next_state", None)
        if nxt is not None:
            out.append((target_name(nxt), "Next"))
        for i, c in enumerate(getattr(self, "catch_rules", ())):
            out.append((target_name(c.next), f"Catch[{i}].Next"))
        return out

    def has_next_slot(self) -> bool:
        """True when this state takes a Next/End (not Choice, Succeed or Fail).

        Example:
            >>> from sfdsl import Pass, Succeed
            >>> Pass("A").has_next_slot(), Succeed("Done").has_next_slot()
            (True, False)
        """
        return False

    def to_asl(self) -> dict[str, Any]:
        """This state as an ASL dict (without its name).

        Example:
            >>> from sfdsl import Pass
            >>> Pass("A", result={"x": 1}, end=True).to_asl()
            {'Type': 'Pass', 'Result': {'x': 1}, 'End': True}
        """
        return state_to_asl(self)


_LANGUAGES: tuple[QueryLanguage, ...] = get_args(QueryLanguage)


def is_open(state: State) -> bool:
    """True when *state* takes a Next but has neither Next nor End yet (an open end of a chain).

    Example:
        >>> from sfdsl import Pass, Succeed
        >>> is_open(Pass("A")), is_open(Pass("B", end=True)), is_open(Succeed("C"))
        (True, False, False)
    """
    return (
        state.has_next_slot()
        and getattr(state, "next_state", None) is None
        and not getattr(state, "end", False)
    )


def strip_targets(state: State) -> tuple[State, list[State | Chain]]:
    """Replace every object transition target of *state* by its name; return the objects too.

    Example:
        >>> from sfdsl import Pass
        >>> stripped, objects = strip_targets(Pass("A", next_state=Pass("B")))
        >>> stripped.next_state, [o.name for o in objects]
        ('B', ['B'])
    """
    objects: list[State | Chain] = []

    def name_of(target: Target) -> str:
        if not isinstance(target, str):
            objects.append(target)
        return target_name(target)

    changes = state._named_targets(name_of)
    if not changes:
        return state, objects
    return replace(state, **changes), objects


def labelled_targets(state: State) -> list[tuple[str, str]]:
    """(target name, ASL field) of every transition of *state*, in the order ASL lists them.

    Example:
        >>> from sfdsl import Catch, Task
        >>> task = Task("T", resource="arn:aws:states:::sns:publish", next_state="Ship")
        >>> labelled_targets(task.catch(Catch(["States.ALL"], next="Refund")))
        [('Ship', 'Next'), ('Refund', 'Catch[0].Next')]
    """
    return state._labelled_targets()


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
    return replace(state, **changes)


@attrs.frozen(eq=False, repr=False)
class Chain(ChainRole):
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
        # difflib (about 2 ms) loads only to name a misspelt target: `import sfdsl` skips it.
        import difflib

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
            for name, label in labelled_targets(state)
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
        if item.CONTINUES_TO_EVERY_TARGET or obj is nxt:
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
class Graph(GraphRole):
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


__all__ = [
    "Chain",
    "Definition",
    "Graph",
    "State",
    "StateType",
    "Target",
    "chain",
    "is_open",
    "labelled_targets",
    "strip_targets",
    "target_name",
]
