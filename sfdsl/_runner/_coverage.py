"""Which states and transitions of a workflow local runs exercised, and which they never did.

A :class:`Coverage` is a value: the states and transitions a machine has (from its ASL, inside
Parallel branches and Map processors too), and those the runs entered and took. Coverages of
the same machine merge; :meth:`Coverage.render` writes the report.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from sfdsl._runner import load_machine
from sfdsl._runner._walk import nested_states

if TYPE_CHECKING:
    from sfdsl._runner._result import Execution


@attrs.frozen(order=True)
class Transition:
    """One way out of a state: ``Next``, ``End``, ``Choices[i]``, ``Default``, ``Retry[i]`` or ``Catch[i]``.

    Example:
        >>> str(Transition("Check", "Choices[0]", "Small"))
        'Check: Choices[0] -> Small'
        >>> str(Transition("Charge", "Retry[0]"))
        'Charge: Retry[0]'
    """

    state: str
    label: str
    target: str | None = None

    def __str__(self) -> str:
        return f"{self.state}: {self.label}" + (f" -> {self.target}" if self.target else "")


def _graph_parts(asl: Mapping[str, Any]) -> Iterator[tuple[str, Transition | None]]:
    for name, state in nested_states(asl):
        if not isinstance(state, Mapping):
            continue
        yield name, None
        kind = state.get("Type")
        if kind == "Choice":
            for i, rule in enumerate(state.get("Choices", ())):
                if isinstance(rule, Mapping):
                    yield name, Transition(name, f"Choices[{i}]", rule.get("Next"))
            if "Default" in state:
                yield name, Transition(name, "Default", state["Default"])
        elif isinstance(state.get("Next"), str):
            yield name, Transition(name, "Next", state["Next"])
        elif kind != "Fail":
            yield name, Transition(name, "End")
        for field in ("Retry", "Catch"):
            for i, rule in enumerate(state.get(field, ())):
                target = rule.get("Next") if isinstance(rule, Mapping) else None
                yield name, Transition(name, f"{field}[{i}]", target)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part // whole}%" if whole else "100%"


@attrs.frozen
class Coverage:
    """The states and transitions of a machine, and those that runs exercised.

    Example:
        >>> from sfdsl._runner import run
        >>> machine = {"StartAt": "Check", "States": {
        ...     "Check": {"Type": "Choice", "Default": "Big",
        ...               "Choices": [{"Variable": "$.n", "NumericLessThan": 10, "Next": "Small"}]},
        ...     "Small": {"Type": "Succeed"}, "Big": {"Type": "Succeed"}}}
        >>> cov = Coverage.of(machine, run(machine, {"n": 1}))
        >>> sorted(cov.missed_states), [str(t) for t in cov.missed_transitions]
        (['Big'], ['Check: Default -> Big', 'Big: End'])
        >>> cov = cov.merge(Coverage.of(machine, run(machine, {"n": 50})))
        >>> cov.complete, cov.runs
        (True, 2)
    """

    states: tuple[str, ...]
    """Every state of the machine, in document order (inner states after their parent)."""
    transitions: tuple[Transition, ...]
    visited: frozenset[str] = frozenset()
    taken: frozenset[tuple[str, str]] = frozenset()
    runs: int = 0

    @classmethod
    def of(cls, machine: Any, *executions: Execution) -> Coverage:
        """The coverage of *machine* (any form :func:`~sfdsl._runner.run` takes) by *executions*.

        Example:
            >>> Coverage.of({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}).states
            ('A',)
        """
        parts = list(_graph_parts(load_machine(machine)))
        coverage = cls(
            tuple(dict.fromkeys(name for name, _ in parts)),
            tuple(t for _, t in parts if t is not None),
        )
        for execution in executions:
            coverage = coverage.add(execution)
        return coverage

    def add(self, execution: Execution) -> Coverage:
        """This coverage with what *execution* (a run of the same machine) exercised.

        Example:
            >>> from sfdsl._runner import run
            >>> m = {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}
            >>> Coverage.of(m).add(run(m)).visited
            frozenset({'A'})
        """
        return attrs.evolve(
            self,
            visited=self.visited | frozenset(execution.path),
            taken=self.taken | execution.taken,
            runs=self.runs + 1,
        )

    def merge(self, other: Coverage) -> Coverage:
        """The coverage of both sets of runs (of the same machine).

        Raises ``ValueError`` for coverages of machines with other states or transitions.

        Example:
            >>> m = {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}
            >>> Coverage.of(m).merge(Coverage.of(m)).runs
            0
        """
        if (self.states, self.transitions) != (other.states, other.transitions):
            msg = "cannot merge the coverages of two different state machines"
            raise ValueError(msg)
        return attrs.evolve(
            self,
            visited=self.visited | other.visited,
            taken=self.taken | other.taken,
            runs=self.runs + other.runs,
        )

    @property
    def missed_states(self) -> tuple[str, ...]:
        """The states no run entered, in document order.

        Example:
            >>> Coverage.of({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}).missed_states
            ('A',)
        """
        return tuple(s for s in self.states if s not in self.visited)

    @property
    def missed_transitions(self) -> tuple[Transition, ...]:
        """The transitions no run took, in document order.

        Example:
            >>> m = {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}
            >>> Coverage.of(m).missed_transitions
            (Transition(state='A', label='End', target=None),)
        """
        return tuple(t for t in self.transitions if (t.state, t.label) not in self.taken)

    @property
    def complete(self) -> bool:
        """True when every state was entered and every transition taken.

        Example:
            >>> from sfdsl._runner import run
            >>> m = {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}
            >>> Coverage.of(m).complete, Coverage.of(m, run(m)).complete
            (False, True)
        """
        return not self.missed_states and not self.missed_transitions

    def render(self) -> str:
        """The report: totals, then what the runs never exercised.

        Example:
            >>> from sfdsl._runner import MockError, run
            >>> m = {"StartAt": "T", "States": {"T": {
            ...     "Type": "Task", "Resource": "arn:aws:states:us-east-1:1:activity:a", "End": True,
            ...     "Retry": [{"ErrorEquals": ["Busy"]}]}}}
            >>> print(Coverage.of(m, run(m, mocks={"T": {}})).render())
            coverage of 1 run: 1 of 1 states (100%), 1 of 2 transitions (50%)
            transitions never taken:
              - T: Retry[0]
        """
        states, transitions = len(self.states), len(self.transitions)
        entered = states - len(self.missed_states)
        took = transitions - len(self.missed_transitions)
        lines = [
            f"coverage of {self.runs} run{'s' if self.runs != 1 else ''}: "
            f"{entered} of {states} states ({_percent(entered, states)}), "
            f"{took} of {transitions} transitions ({_percent(took, transitions)})"
        ]
        if self.missed_states:
            lines.append("states never entered:")
            lines += [f"  - {name}" for name in self.missed_states]
        if self.missed_transitions:
            lines.append("transitions never taken:")
            lines += [f"  - {t}" for t in self.missed_transitions]
        return "\n".join(lines)


__all__ = ["Coverage", "Transition"]
