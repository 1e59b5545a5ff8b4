"""What a local run returns: :class:`Execution`, :class:`StateResult` and :class:`HistoryEvent`."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, Literal, TypeAlias

import attrs

ExecutionStatus: TypeAlias = Literal["SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED"]
"""The final status of a local run, as the service names it."""

StateStatus: TypeAlias = Literal["SUCCEEDED", "FAILED", "RETRIABLE", "CAUGHT_ERROR"]
"""The status of a single state run by :func:`~sfdsl._runner.test_state`, as TestState names it."""

RawEvent: TypeAlias = "tuple[str, int, float, dict[str, Any] | None]"
"""An event as the engine records it: type, previous event id, virtual clock, details."""

# Keys of the details that the service gives as JSON text rather than as JSON values.
_JSON_TEXT_KEYS = frozenset({"input", "output", "parameters"})


def _json_text(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _details_key(event_type: str) -> str:
    for suffix, key in (
        ("StateEntered", "stateEnteredEventDetails"),
        ("StateExited", "stateExitedEventDetails"),
    ):
        if event_type.endswith(suffix):
            return key
    return event_type[0].lower() + event_type[1:] + "EventDetails"


def iso_timestamp(moment: datetime) -> str:
    """Format *moment* the way the service prints timestamps in the context object.

    Example:
        >>> iso_timestamp(datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc))
        '2024-01-02T03:04:05.678Z'
    """
    utc = moment.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


@attrs.frozen
class HistoryEvent:
    """One event of a local run's history, named and numbered like the service's.

    ``details`` holds the event's details with ``input``/``output`` as JSON values (the service
    gives them as JSON text; :meth:`to_json_dict` does the same).

    Example:
        >>> from datetime import datetime, timezone
        >>> event = HistoryEvent(2, 1, "PassStateEntered", datetime(2024, 1, 1, tzinfo=timezone.utc),
        ...                      {"name": "Hello", "input": {"a": 1}})
        >>> event.to_json_dict()["stateEnteredEventDetails"]
        {'name': 'Hello', 'input': '{"a":1}'}
    """

    id: int
    previous_event_id: int
    type: str
    timestamp: datetime
    details: Mapping[str, Any] = attrs.field(factory=dict)

    def to_json_dict(self) -> dict[str, Any]:
        """Render the event like an entry of the service's ``GetExecutionHistory`` response.

        Example:
            >>> from datetime import datetime, timezone
            >>> HistoryEvent(1, 0, "ExecutionStarted", datetime(2024, 1, 1, tzinfo=timezone.utc),
            ...              {"input": {}}).to_json_dict()["timestamp"]
            '2024-01-01T00:00:00.000Z'
        """
        out: dict[str, Any] = {
            "id": self.id,
            "previousEventId": self.previous_event_id,
            "timestamp": iso_timestamp(self.timestamp),
            "type": self.type,
        }
        if self.details:
            out[_details_key(self.type)] = {
                k: _json_text(v) if k in _JSON_TEXT_KEYS else v for k, v in self.details.items()
            }
        return out


def build_history(raw: Sequence[RawEvent], start: datetime) -> tuple[HistoryEvent, ...]:
    """Turn the engine's raw events into :class:`HistoryEvent` objects (ids start at 1)."""
    return tuple(
        HistoryEvent(i, prev, kind, start + timedelta(seconds=clock), details or {})
        for i, (kind, prev, clock, details) in enumerate(raw, start=1)
    )


@attrs.frozen(eq=False)
class Execution:
    """The result of :func:`~sfdsl._runner.run`: status, output or error, states visited, history.

    ``path`` lists the names of the states entered, in the order they ran, nested states
    included: the branches of a Parallel one after the other, the iterations of a Map in item
    order (a retried state appears once per attempt of its enclosing state, once otherwise).
    ``duration`` is virtual: the sum of the Wait times, Retry intervals and mocked task
    durations, which cost no real time.

    Example:
        >>> from sfdsl._runner import run
        >>> result = run({"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}}, {"x": 1})
        >>> result.succeeded, result.output, result.path
        (True, {'x': 1}, ['A'])
        >>> result.to_json_dict()
        {'status': 'SUCCEEDED', 'output': {'x': 1}}
        >>> [e.type for e in result.history]
        ['ExecutionStarted', 'PassStateEntered', 'PassStateExited', 'ExecutionSucceeded']
    """

    status: ExecutionStatus
    output: Any = None
    error: str | None = None
    cause: str | None = None
    path: list[str] = attrs.field(factory=list)
    start_time: datetime = attrs.field(factory=lambda: datetime.now(timezone.utc))
    duration: timedelta = timedelta(0)
    transitions: int = 0
    raw_events: Sequence[RawEvent] = attrs.field(default=(), repr=False, alias="raw_events")
    taken: frozenset[tuple[str, str]] = attrs.field(factory=frozenset, repr=False, eq=False)
    """The transitions the run took: (state, ``"Next"``, ``"End"``, ``"Choices[i]"``,
    ``"Default"``, ``"Retry[i]"`` or ``"Catch[i]"``); see :class:`~sfdsl._runner.Coverage`."""

    @property
    def succeeded(self) -> bool:
        """True when the run ended with status ``SUCCEEDED``.

        Example:
            >>> from sfdsl._runner import run
            >>> run({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}).succeeded
            True
        """
        return self.status == "SUCCEEDED"

    @property
    def failed(self) -> bool:
        """True when the run did not succeed (``FAILED``, ``TIMED_OUT`` or ``ABORTED``).

        Example:
            >>> from sfdsl._runner import run
            >>> run({"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E"}}}).failed
            True
        """
        return self.status != "SUCCEEDED"

    @functools.cached_property
    def history(self) -> tuple[HistoryEvent, ...]:
        """The events of the run, in order, with virtual timestamps (example on the class)."""
        return build_history(self.raw_events, self.start_time)

    def events(self, *types: str) -> list[HistoryEvent]:
        """The history events whose type is one of *types* (all events without arguments).

        Example:
            >>> from sfdsl._runner import run
            >>> machine = {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 300, "End": True}}}
            >>> [e.details["name"] for e in run(machine).events("WaitStateExited")]
            ['W']
        """
        if not types:
            return list(self.history)
        wanted = set(types)
        return [e for e in self.history if e.type in wanted]

    def to_json_dict(self, history: bool = False) -> dict[str, Any]:
        """The object the ``sfdsl run`` command prints: status and output, or error and cause.

        ``error``/``cause`` are present (possibly ``None``) for every status but ``SUCCEEDED``.

        Example:
            >>> from sfdsl._runner import run
            >>> failing = {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "E", "Cause": "c"}}}
            >>> run(failing).to_json_dict()
            {'status': 'FAILED', 'error': 'E', 'cause': 'c'}
        """
        out: dict[str, Any] = {"status": self.status}
        if self.status == "SUCCEEDED":
            out["output"] = self.output
        else:
            out["error"] = self.error
            out["cause"] = self.cause
        if history:
            out["history"] = [e.to_json_dict() for e in self.history]
        return out

    def format_history(self) -> str:
        """The history as readable lines (one event a line), for assertion messages.

        Example:
            >>> from sfdsl._runner import run
            >>> print(run({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}).format_history())
              1 ExecutionStarted         +0.000s input={} roleArn='arn:aws:iam::123456789012:role/sfdsl-local'
              2 SucceedStateEntered      +0.000s name='A' input={}
              3 SucceedStateExited       +0.000s name='A' output={}
              4 ExecutionSucceeded       +0.000s output={}
        """
        lines = []
        for kind_id, (kind, _prev, clock, details) in enumerate(self.raw_events, start=1):
            shown = " ".join(
                f"{k}={_json_text(v) if k in _JSON_TEXT_KEYS else repr(v)}"
                for k, v in (details or {}).items()
            )
            lines.append(f"{kind_id:3d} {kind:<24} +{clock:.3f}s {shown}".rstrip())
        return "\n".join(lines)


@attrs.frozen(eq=False)
class StateResult:
    """The result of :func:`~sfdsl._runner.test_state`: one state run by itself.

    ``status`` follows the TestState API: ``SUCCEEDED``, ``FAILED``, ``CAUGHT_ERROR`` (a Catch
    matched; ``next_state`` is the catcher's target) or ``RETRIABLE`` (a Retry would run the
    state again). ``variables`` holds the variables after the state's ``Assign``.

    Example:
        >>> from sfdsl._runner import test_state
        >>> r = test_state({"Type": "Pass", "Result": 1, "ResultPath": "$.n", "Next": "B"}, "A", {})
        >>> r.status, r.output, r.next_state
        ('SUCCEEDED', {'n': 1}, 'B')
    """

    status: StateStatus
    output: Any = None
    error: str | None = None
    cause: str | None = None
    next_state: str | None = None
    variables: Mapping[str, Any] = attrs.field(factory=dict)
    execution: Execution | None = attrs.field(default=None, repr=False)

    @property
    def succeeded(self) -> bool:
        """True when the state ended with status ``SUCCEEDED``.

        Example:
            >>> from sfdsl._runner import test_state
            >>> test_state({"Type": "Fail", "Error": "E"}, "F", {}).succeeded
            False
        """
        return self.status == "SUCCEEDED"
