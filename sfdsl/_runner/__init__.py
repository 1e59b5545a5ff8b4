"""Run workflows locally: an ASL interpreter with mocks and virtual time.

Example:
    >>> machine = {
    ...     "StartAt": "Wait",
    ...     "States": {
    ...         "Wait": {"Type": "Wait", "Seconds": 300, "Next": "Charge"},
    ...         "Charge": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:charge",
    ...                    "ResultPath": "$.payment", "End": True},
    ...     },
    ... }
    >>> result = run(machine, {"order": 7}, mocks={"Charge": {"paid": True}})
    >>> result.status, result.output, result.duration.total_seconds()
    ('SUCCEEDED', {'order': 7, 'payment': {'paid': True}}, 300.0)
"""

from __future__ import annotations

import difflib
import json
import os
import warnings
from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING, Any

from sfdsl._intrinsics import data_problem, utf8
from sfdsl._render import collect_placeholders
from sfdsl._runner._engine import (
    Engine,
    HistoryLimitExceeded,
    Run,
    State,
    TransitionLimitExceeded,
    _Caught,
    _MachineTimedOut,
    _Retriable,
    new_scope,
)
from sfdsl._runner._failure import (
    HISTORY_LIMIT_CAUSE,
    MAX_EXECUTION_SECONDS,
    PAYLOAD_LIMIT,
    RUNTIME,
    TIMEOUT,
    Failure,
)
from sfdsl._runner._mocks import (
    Delayed,
    InvokeResponse,
    LambdaHandler,
    MockConfig,
    MockError,
    Mocks,
    load_mock_config,
    mocks_problems,
)
from sfdsl._runner._mockshape import MockValidation
from sfdsl._runner._result import Execution, HistoryEvent, StateResult, iso_timestamp
from sfdsl._runner._walk import nested_states
from sfdsl.asl import from_asl, read_document
from sfdsl.errors import (
    DefinitionError,
    ExecutionSetupError,
    MockValidationError,
    SfdslWarning,
)

if TYPE_CHECKING:
    from sfdsl._machine import MachineType

TRANSITION_LIMIT_ERROR = "sfdsl.TransitionLimitExceeded"
"""The error of a run stopped (status ``ABORTED``) because it exceeded ``max_transitions``."""

_ACCOUNT = "123456789012"
_REGION = "us-east-1"


def load_machine(machine: Any) -> dict[str, Any]:
    """Return the ASL document of *machine*: a mapping, JSON text, a file path or a ``to_asl()`` object.

    Raises :class:`~sfdsl.errors.ExecutionSetupError` when it cannot be read.

    Example:
        >>> load_machine('{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}')["StartAt"]
        'A'
    """
    if hasattr(machine, "to_asl") and callable(machine.to_asl):
        machine = machine.to_asl()
    if isinstance(machine, Mapping):
        return dict(machine)
    if isinstance(machine, os.PathLike):
        # The ASL reader's limits: 16 MiB, UTF-8, bounded YAML aliases and nesting.
        try:
            return load_machine(read_document(machine).data)
        except DefinitionError as err:
            # Each message names the file.
            msg = "; ".join(p.message for p in err.problems)
            raise ExecutionSetupError(msg) from err
    if isinstance(machine, str):
        try:
            loaded = json.loads(machine)
        except json.JSONDecodeError as err:
            msg = f"the state machine is not valid JSON ({err}); pass a dict, JSON text or a file path"
            raise ExecutionSetupError(msg) from err
        if not isinstance(loaded, Mapping):
            msg = f"the state machine must be a JSON object, got {type(loaded).__name__}"
            raise ExecutionSetupError(msg)
        return dict(loaded)
    msg = (
        "machine must be a StateMachine, an ASL dict, JSON text or a path to an ASL file, "
        f"got {type(machine).__name__}"
    )
    raise ExecutionSetupError(msg)


def _resource_values(machine: Any, asl: Mapping[str, Any]) -> dict[str, object]:
    """A StateMachine's ``${Name}`` placeholders, with their values, for its ASL *asl*.

    An ASL document has none. The placeholders are collected by :mod:`sfdsl._render`, which
    loads neither sfdsl.cfn nor troposphere.
    """
    if not hasattr(machine, "to_asl"):
        return {}
    return dict(collect_placeholders(machine))


def _merge(base: dict[str, Any], extra: Mapping[str, Any] | None) -> dict[str, Any]:
    if not extra:
        return base
    out = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = {**out[key], **value}
        else:
            out[key] = value
    return out


def _check_json(value: object, what: str) -> None:
    problem = data_problem(value)
    if problem is not None:
        msg = f"{what} is not JSON data a run can handle: {problem}"
        raise ExecutionSetupError(msg)
    try:
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    except (TypeError, ValueError) as err:
        msg = f"{what} must be JSON data (dicts, lists, str, numbers, bools, None): {err}"
        raise ExecutionSetupError(msg) from err
    size = len(utf8(text))
    if size > PAYLOAD_LIMIT:
        msg = (
            f"{what} is {size} bytes of JSON; the service accepts at most {PAYLOAD_LIMIT} "
            "bytes (its 256 KiB payload quota)"
        )
        raise ExecutionSetupError(msg)


def _validate(machine: Any, asl: Mapping[str, Any], machine_type: MachineType) -> None:
    """Check an ASL document as ``sfdsl validate`` does (a StateMachine is checked already)."""
    if hasattr(machine, "to_asl"):
        return
    with warnings.catch_warnings():
        # Warnings are advice for `sfdsl validate`; a run reports what happens instead.
        warnings.simplefilter("ignore", SfdslWarning)
        from_asl(dict(asl), type=machine_type)


def run(
    machine: Any,
    input: object = None,
    *,
    mocks: Mocks | Mapping[str, Any] | None = None,
    max_transitions: int = 10_000,
    name: str = "local",
    start_time: datetime | None = None,
    context: Mapping[str, Any] | None = None,
    validate: bool = True,
    type: MachineType | None = None,
    mock_validation: MockValidation = "present",
) -> Execution:
    """Run *machine* on *input* in process, with mocked tasks and a virtual clock.

    Args:
        machine: a ``StateMachine`` (anything with ``to_asl()``), an ASL dict, JSON text or a
            path to an ASL file (JSON or YAML).
        input: the execution input (JSON data; ``None`` means ``{}`` like the service).
        mocks: task results by state name or resource (:class:`Mocks`, or a mapping whose keys
            starting with ``arn:`` are resources).
        max_transitions: states entered before the run stops with status ``ABORTED`` and error
            ``sfdsl.TransitionLimitExceeded`` (guards against endless loops).
        name: the execution name (``$$.Execution.Name``).
        start_time: when the virtual clock starts (default: now, UTC).
        context: overrides merged into the context object (``{"Execution": {"Id": ...}}``).
        validate: check an ASL document as ``sfdsl validate`` does before running it;
            ``False`` runs a document exactly as given (one recorded from the service, say).
        type: ``"STANDARD"`` or ``"EXPRESS"``, whose limits the run follows (default: the
            StateMachine's type; ``"STANDARD"`` for an ASL document).
        mock_validation: how each mocked result is checked against what the integration it
            stands for can return (the API model's output shape, the Lambda Invoke response),
            as the TestState API checks its mocks: ``"strict"`` (required fields present and
            every field conforming), ``"present"`` (every field given conforming) or ``"none"``.

    The run follows the service's limits: a Standard execution's 25,000 history events (it then
    fails with ``States.Runtime``) and one year of (virtual) time (it then times out), an Express
    execution's five minutes, and 256 KiB of input; every retry counts as a transition toward
    *max_transitions*.

    Raises :class:`~sfdsl.errors.ValidationError` when an ASL document (not a ``StateMachine``)
    has problems ``sfdsl validate`` reports as errors, and
    :class:`~sfdsl.errors.ExecutionSetupError` when the machine, input or mocks cannot be used
    (a task without a mock, for example), :class:`~sfdsl.errors.MockValidationError` (one) when
    mocked results cannot come from their integrations; a workflow failure is a ``FAILED`` result.

    Example:
        >>> machine = {"StartAt": "Check", "States": {
        ...     "Check": {"Type": "Choice", "Default": "Big",
        ...               "Choices": [{"Variable": "$.n", "NumericLessThan": 10, "Next": "Small"}]},
        ...     "Small": {"Type": "Pass", "Result": "small", "End": True},
        ...     "Big": {"Type": "Fail", "Error": "TooBig", "Cause": "n >= 10"}}}
        >>> run(machine, {"n": 3}).output
        'small'
        >>> r = run(machine, {"n": 30})
        >>> r.status, r.error, r.cause, r.path
        ('FAILED', 'TooBig', 'n >= 10', ['Check', 'Big'])
    """
    asl = load_machine(machine)
    machine_type: MachineType = type or getattr(machine, "type", None) or "STANDARD"
    if validate:
        _validate(machine, asl, machine_type)
    problem = data_problem(asl, max_depth=None)
    if problem is not None:
        msg = f"the state machine definition is not JSON data a run can handle: {problem}"
        raise ExecutionSetupError(msg)
    if input is None:
        input = {}
    _check_json(input, "input")
    start = (start_time or datetime.now(timezone.utc)).astimezone(timezone.utc)
    start = start.replace(microsecond=start.microsecond // 1000 * 1000)
    if start > datetime.max.replace(tzinfo=timezone.utc) - timedelta(seconds=MAX_EXECUTION_SECONDS):
        msg = f"start_time {start.isoformat()} leaves no room for a run of up to one year"
        raise ExecutionSetupError(msg)
    engine = Engine(
        Mocks.coerce(mocks).with_validation(mock_validation), _resource_values(machine, asl)
    )
    graph = engine.compile_graph(asl, asl.get("QueryLanguage", "JSONPath"))
    _check_mocked_states(engine.mocks, asl)
    lies = mocks_problems(engine.mocks, asl, engine.resource_values, mock_validation)
    if lies:
        raise MockValidationError(lies, mock_validation)
    machine_name = str(getattr(machine, "name", None) or "LocalStateMachine")
    machine_arn = f"arn:aws:states:{_REGION}:{_ACCOUNT}:stateMachine:{machine_name}"
    execution_context = _merge(
        {
            "Id": f"arn:aws:states:{_REGION}:{_ACCOUNT}:execution:{machine_name}:{name}",
            "Input": input,
            "Name": name,
            "RoleArn": f"arn:aws:iam::{_ACCOUNT}:role/sfdsl-local",
            "StartTime": iso_timestamp(start),
            "RedriveCount": 0,
        },
        (context or {}).get("Execution"),
    )
    machine_context = _merge(
        {"Id": machine_arn, "Name": machine_name}, (context or {}).get("StateMachine")
    )
    timeout = asl.get("TimeoutSeconds")
    state_run = Run(
        engine,
        max_transitions=max_transitions,
        start_time=start,
        execution_context=execution_context,
        machine_context=machine_context,
        timeout=float(timeout) if isinstance(timeout, (int, float)) else None,
        machine_type=machine_type,
    )
    state_run.emit("ExecutionStarted", {"input": input, "roleArn": execution_context["RoleArn"]})
    status: Any = "SUCCEEDED"
    output: Any = None
    error: str | None = None
    cause: str | None = None
    try:
        output = state_run.run_graph(graph, input, new_scope())
    except Failure as failure:
        status, error, cause = "FAILED", failure.error, failure.cause
    except _MachineTimedOut:
        state_run.recording = True
        state_run.clock = min(state_run.clock, state_run.deadline)
        status, error, cause = "TIMED_OUT", TIMEOUT, None
    except HistoryLimitExceeded:
        state_run.recording = True
        status, error, cause = "FAILED", RUNTIME, HISTORY_LIMIT_CAUSE
    except TransitionLimitExceeded:
        state_run.recording = True
        status, error = "ABORTED", TRANSITION_LIMIT_ERROR
        cause = (
            f"the run stopped after {max_transitions} state transitions (max_transitions="
            f"{max_transitions}); the workflow may loop forever, or raise max_transitions"
        )
    state_run.recording = True
    state_run.history_room += 1  # the last event: ExecutionFailed is the 25,000th
    if status == "SUCCEEDED":
        state_run.emit("ExecutionSucceeded", {"output": output})
    else:
        details = {k: v for k, v in (("error", error), ("cause", cause)) if v is not None}
        kind = {"FAILED": "ExecutionFailed", "TIMED_OUT": "ExecutionTimedOut"}.get(
            status, "ExecutionAborted"
        )
        state_run.emit(kind, details or None)
    return Execution(
        status=status,
        output=output,
        error=error,
        cause=cause,
        path=state_run.path,
        start_time=start,
        duration=timedelta(seconds=state_run.clock),
        transitions=state_run.transitions,
        raw_events=state_run.events,
        taken=frozenset(state_run.taken),
    )


def _state_names(asl: Mapping[str, Any]) -> list[str]:
    """The names of the states of *asl*, with those inside Parallel branches and Map processors."""
    return [name for name, _ in nested_states(asl)]


def _check_mocked_states(mocks: Mocks, asl: Mapping[str, Any]) -> None:
    """A mock for a state the machine does not have is a typo: say so rather than ignore it."""
    names = _state_names(asl)
    unknown = [name for name in mocks.states if name not in names]
    if not unknown:
        return
    problems = []
    for name in unknown:
        close = difflib.get_close_matches(name, names, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        problems.append(f"{name!r}{hint}")
    msg = (
        f"the mocks name {'a state' if len(unknown) == 1 else 'states'} that the state machine "
        f"does not have: {', '.join(problems)}; its states are {', '.join(map(repr, names))} "
        "(mock a task by its state name, or by its resource with a key starting with 'arn:')"
    )
    raise ExecutionSetupError(msg)


def _find_state(asl: Mapping[str, Any], name: str, ql: str) -> tuple[Mapping[str, Any], str] | None:
    ql = asl.get("QueryLanguage", ql)
    states = asl.get("States")
    if not isinstance(states, Mapping):
        return None
    if name in states:
        return states[name], ql
    for state in states.values():
        if not isinstance(state, Mapping):
            continue
        inner_ql = state.get("QueryLanguage", ql)
        graphs = list(state.get("Branches", ()))
        graphs += [
            state[k] for k in ("ItemProcessor", "Iterator") if isinstance(state.get(k), Mapping)
        ]
        for graph in graphs:
            found = _find_state(graph, name, inner_ql)
            if found is not None:
                return found
    return None


def test_state(
    machine_or_state_asl: Any,
    state_name: str,
    input: object = None,  # noqa: PT028
    *,
    mocks: Mocks | Mapping[str, Any] | None = None,  # noqa: PT028
    variables: Mapping[str, Any] | None = None,  # noqa: PT028
    mock_validation: MockValidation = "present",  # noqa: PT028
) -> StateResult:
    """Run one state by itself on *input*, like the service's TestState API.

    *machine_or_state_asl* is a state machine (any form :func:`run` accepts), in which the
    state named *state_name* is looked up (nested states included), or the ASL of one state.
    Retries are not run: a matching Retry gives status ``RETRIABLE``; a matching Catch gives
    ``CAUGHT_ERROR`` with the catcher's output and ``next_state``. The mocked result is checked
    in *mock_validation*'s mode, as :func:`run` checks it.

    Example:
        >>> task = {"Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Next": "Done",
        ...         "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Oops"}]}
        >>> r = test_state(task, "Notify", {}, mocks={"Notify": MockError("SNS.Down", "503")})
        >>> r.status, r.next_state, r.output
        ('CAUGHT_ERROR', 'Oops', {'Error': 'SNS.Down', 'Cause': '503'})
    """
    asl: Any = machine_or_state_asl
    if not (isinstance(asl, Mapping) and "Type" in asl):
        asl = load_machine(asl)
    if "Type" in asl:
        state_asl, ql = asl, "JSONPath"
    else:
        found = _find_state(asl, state_name, "JSONPath")
        if found is None:
            msg = f"the state machine has no state named {state_name!r}"
            raise ExecutionSetupError(msg)
        state_asl, ql = found
    if input is None:
        input = {}
    _check_json(input, "input")
    engine = Engine(
        Mocks.coerce(mocks).with_validation(mock_validation),
        _resource_values(machine_or_state_asl, asl),
    )
    state: State = engine.compile_state(state_name, state_asl, ql)
    lies = mocks_problems(
        engine.mocks, {"States": {state_name: state_asl}}, engine.resource_values, mock_validation
    )
    if lies:
        raise MockValidationError(lies, mock_validation)
    start = datetime.now(timezone.utc)
    state_run = Run(
        engine,
        max_transitions=10_000,
        start_time=start,
        execution_context={
            "Id": "local",
            "Input": input,
            "Name": "local",
            "StartTime": iso_timestamp(start),
        },
        machine_context={"Id": "local", "Name": "LocalStateMachine"},
    )
    scope = new_scope(variables)
    status: Any = "SUCCEEDED"
    output: Any = None
    error = cause = None
    next_state: str | None = None
    try:
        next_state, output = state_run.run_state(state, input, scope, retry=False)
    except _Retriable as retriable:
        status, error, cause = "RETRIABLE", retriable.failure.error, retriable.failure.cause
    except _Caught as caught:
        status, output, next_state = "CAUGHT_ERROR", caught.output, caught.next
        error, cause = caught.failure.error, caught.failure.cause
        if caught.assigned:
            scope.update(caught.assigned)
    except Failure as failure:
        status, error, cause = "FAILED", failure.error, failure.cause
    execution = Execution(
        status="SUCCEEDED" if status == "SUCCEEDED" else "FAILED",
        output=output,
        error=error,
        cause=cause,
        path=state_run.path,
        start_time=start,
        duration=timedelta(seconds=state_run.clock),
        transitions=state_run.transitions,
        raw_events=state_run.events,
    )
    return StateResult(
        status=status,
        output=output,
        error=error,
        cause=cause,
        next_state=next_state,
        variables=dict(scope),
        execution=execution,
    )


test_state.__test__ = False  # type: ignore[attr-defined]

__all__ = [
    "TRANSITION_LIMIT_ERROR",
    "Delayed",
    "Execution",
    "HistoryEvent",
    "InvokeResponse",
    "LambdaHandler",
    "MockConfig",
    "MockError",
    "Mocks",
    "StateResult",
    "load_machine",
    "load_mock_config",
    "run",
    "test_state",
]
