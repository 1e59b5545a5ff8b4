"""pytest helpers for local runs: assertions that print the execution history when they fail.

Example:
    >>> from sfdsl._runner import run
    >>> machine = {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": 1, "Next": "B"},
    ...                                      "B": {"Type": "Succeed"}}}
    >>> result = run(machine, {})
    >>> assert_succeeded(result, output=1)
    >>> assert_path(result, ["A", "B"])
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sfdsl._runner import Execution, MockError, Mocks, StateResult, run, test_state
from sfdsl._runner._coverage import Coverage, Transition
from sfdsl._runner._result import HistoryEvent

_UNSET: Any = object()


def _explain(result: Execution, problem: str) -> str:
    head = f"{problem}\nstatus: {result.status}"
    if result.status == "SUCCEEDED":
        head += f"\noutput: {result.output!r}"
    else:
        head += f"\nerror: {result.error!r}\ncause: {result.cause!r}"
    return f"{head}\nstates visited: {result.path}\nhistory:\n{result.format_history()}"


def assert_succeeded(result: Execution, *, output: Any = _UNSET) -> None:
    """Assert that the run succeeded (with *output*, when given); show the history if not.

    Example:
        >>> from sfdsl._runner import run
        >>> failing = run({"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Boom"}}})
        >>> try:
        ...     assert_succeeded(failing)
        ... except AssertionError as err:
        ...     print(str(err).splitlines()[:3])
        ['the run did not succeed', 'status: FAILED', "error: 'Boom'"]
    """
    if result.status != "SUCCEEDED":
        raise AssertionError(_explain(result, "the run did not succeed"))
    if output is not _UNSET and result.output != output:
        raise AssertionError(_explain(result, f"the output differs; expected {output!r}"))


def assert_failed(
    result: Execution, error: str | None = _UNSET, cause: str | None = _UNSET
) -> None:
    """Assert that the run failed (with *error* and *cause*, when given); show the history if not.

    Example:
        >>> from sfdsl._runner import run
        >>> r = run({"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Boom", "Cause": "c"}}})
        >>> assert_failed(r, "Boom", "c")
    """
    if result.status == "SUCCEEDED":
        raise AssertionError(_explain(result, "the run succeeded; a failure was expected"))
    if error is not _UNSET and result.error != error:
        raise AssertionError(_explain(result, f"the error differs; expected {error!r}"))
    if cause is not _UNSET and result.cause != cause:
        raise AssertionError(_explain(result, f"the cause differs; expected {cause!r}"))


def assert_path(result: Execution, expected: Sequence[str]) -> None:
    """Assert the exact sequence of states visited (nested states included).

    Example:
        >>> from sfdsl._runner import run
        >>> assert_path(run({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}), ["A"])
    """
    if list(result.path) != list(expected):
        raise AssertionError(
            _explain(result, f"the states visited differ; expected {list(expected)}")
        )


def assert_visited(result: Execution, *states: str) -> None:
    """Assert that each of *states* was entered at least once.

    Example:
        >>> from sfdsl._runner import run
        >>> assert_visited(run({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}), "A")
    """
    missing = [s for s in states if s not in result.path]
    if missing:
        raise AssertionError(_explain(result, f"states never entered: {missing}"))


def assert_not_visited(result: Execution, *states: str) -> None:
    """Assert that none of *states* was entered.

    Example:
        >>> from sfdsl._runner import run
        >>> assert_not_visited(run({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}), "B")
    """
    entered = [s for s in states if s in result.path]
    if entered:
        raise AssertionError(_explain(result, f"states entered but not expected: {entered}"))


def events_of(result: Execution, state: str) -> list[HistoryEvent]:
    """The history events that name *state* (its entered/exited events).

    Example:
        >>> from sfdsl._runner import run
        >>> [e.type for e in events_of(run({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}), "A")]
        ['SucceedStateEntered', 'SucceedStateExited']
    """
    return [e for e in result.history if e.details.get("name") == state]


class CoverageRecorder:
    """Gathers the coverage of one machine over several runs, such as a whole test module's.

    Use :meth:`run` in place of :func:`~sfdsl._runner.run` (or :meth:`add` a run's result);
    :attr:`coverage` is the :class:`Coverage` so far, and :meth:`assert_complete` fails listing
    the states and transitions no run exercised.

    Example:
        >>> machine = {"StartAt": "Check", "States": {
        ...     "Check": {"Type": "Choice", "Default": "Big",
        ...               "Choices": [{"Variable": "$.n", "NumericLessThan": 10, "Next": "Small"}]},
        ...     "Small": {"Type": "Succeed"}, "Big": {"Type": "Succeed"}}}
        >>> recorder = CoverageRecorder(machine)
        >>> recorder.run({"n": 1}).status
        'SUCCEEDED'
        >>> print(recorder.coverage.render())
        coverage of 1 run: 2 of 3 states (66%), 2 of 4 transitions (50%)
        states never entered:
          - Big
        transitions never taken:
          - Check: Default -> Big
          - Big: End
        >>> _ = recorder.run({"n": 50})
        >>> recorder.assert_complete()
    """

    def __init__(self, machine: Any) -> None:
        self.machine = machine
        self.coverage = Coverage.of(machine)

    def run(self, input: object = None, **options: Any) -> Execution:
        """Run the machine (with :func:`~sfdsl._runner.run`'s *options*) and record the run.

        Example:
            >>> recorder = CoverageRecorder({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}})
            >>> recorder.run({}, max_transitions=10).status, recorder.coverage.runs
            ('SUCCEEDED', 1)
        """
        result = run(self.machine, input, **options)
        self.add(result)
        return result

    def add(self, result: Execution) -> None:
        """Record *result*, a run of the machine.

        Example:
            >>> m = {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}
            >>> recorder = CoverageRecorder(m)
            >>> recorder.add(run(m))
            >>> recorder.coverage.visited
            frozenset({'A'})
        """
        self.coverage = self.coverage.add(result)

    def assert_complete(self) -> None:
        """Assert that the runs entered every state and took every transition.

        Example:
            >>> recorder = CoverageRecorder({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}})
            >>> try:
            ...     recorder.assert_complete()
            ... except AssertionError as err:
            ...     print(str(err).splitlines()[0])
            coverage of 0 runs: 0 of 1 states (0%), 0 of 1 transitions (0%)
        """
        if not self.coverage.complete:
            raise AssertionError(self.coverage.render())


__all__ = [
    "Coverage",
    "CoverageRecorder",
    "Execution",
    "MockError",
    "Mocks",
    "StateResult",
    "Transition",
    "assert_failed",
    "assert_not_visited",
    "assert_path",
    "assert_succeeded",
    "assert_visited",
    "events_of",
    "run",
    "test_state",
]
