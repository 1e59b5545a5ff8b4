"""Task mocks for local runs: Python mocks and the Step Functions Local mock configuration."""

from __future__ import annotations

import bisect
import json
import os
import re
import traceback
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeAlias

import attrs

from sfdsl._intrinsics import data_problem
from sfdsl._limits import MAX_DEPTH, MAX_INT_DIGITS, read_text_file
from sfdsl._resources import ResourceArn, task_resource
from sfdsl._runner._mockshape import (
    MOCK_VALIDATION_MODES,
    MockValidation,
    result_problems,
    result_shape,
)
from sfdsl._runner._walk import nested_states
from sfdsl.errors import ExecutionSetupError, MissingMockError, MockValidationError, Problem


def _called(resource: object) -> ResourceArn:
    """What *resource* calls (a :class:`ResourceArn` is what :func:`task_resource` found already)."""
    return resource if isinstance(resource, ResourceArn) else task_resource(resource)


def _invokes_lambda(call: ResourceArn) -> bool:
    """True for ``arn:aws:states:::lambda:invoke`` (any pattern): its result is the Invoke response."""
    return (call.kind, call.service, call.action) == ("integration", "lambda", "invoke")


class MockError(Exception):
    """Raised by (or given as) a mock to make the task fail with an error name and a cause.

    Example:
        >>> err = MockError("Payment.Declined", "card expired")
        >>> err.error, err.cause
        ('Payment.Declined', 'card expired')
    """

    def __init__(self, error: str, cause: str | None = None) -> None:
        self.error = error
        self.cause = cause
        super().__init__(f"{error}: {cause}" if cause is not None else error)


@attrs.frozen
class Delayed:
    """A mocked response that takes *seconds* of virtual time (for TimeoutSeconds/HeartbeatSeconds).

    ``response`` is a value, a :class:`MockError` or a callable, like any other mock.
    A task whose mock takes longer than its ``TimeoutSeconds`` fails with ``States.Timeout``;
    longer than its ``HeartbeatSeconds``, with ``States.HeartbeatTimeout``.

    Example:
        >>> Delayed({"ok": True}, seconds=30).seconds
        30
    """

    response: Any
    seconds: float = 0


@attrs.frozen
class LambdaHandler:
    """Call a Python Lambda handler ``handler(event, context)`` in process as the task.

    For a Task that calls a function directly (its ARN, a version or alias, a ``${Name}`` or
    CloudFormation value standing for one), the handler's return value is the result;
    for ``arn:aws:states:::lambda:invoke`` the result is the Invoke API response
    (``{"Payload": ..., "StatusCode": 200, ...}``) and the event is the ``Payload`` argument.
    An exception becomes the task error named after its class, with Lambda's JSON cause.

    Example:
        >>> def handler(event, context):
        ...     return {"total": sum(event["items"])}
        >>> LambdaHandler(handler).call({"items": [1, 2]}, "arn:aws:lambda:us-east-1:1:function:f")
        {'total': 3}
    """

    handler: Callable[[Any, Any], Any]
    function_name: str = "local-function"

    def call(self, payload: Any, resource: object) -> Any:
        """Run the handler on *payload* as the task of *resource*; raise :class:`MockError` on failure.

        *resource* is the Task's ``Resource`` (or what :func:`~sfdsl._resources.task_resource`
        found it calls).

        Example:
            >>> def handler(event, context):
            ...     raise ValueError("no items")
            >>> try:
            ...     LambdaHandler(handler).call({}, "arn:aws:lambda:us-east-1:1:function:f")
            ... except MockError as err:
            ...     print(err.error)
            ValueError
        """
        invoke = _invokes_lambda(_called(resource))
        event = payload
        if invoke and isinstance(payload, Mapping):
            event = payload.get("Payload")
        request_id = str(uuid.uuid4())
        context = _LambdaContext(self.function_name, request_id)
        try:
            value = self.handler(event, context)
        except Exception as exc:
            cause = {
                "errorMessage": str(exc),
                "errorType": type(exc).__name__,
                "requestId": request_id,
                "stackTrace": traceback.format_tb(exc.__traceback__),
            }
            raise MockError(type(exc).__name__, json.dumps(cause)) from exc
        if invoke:
            return {"ExecutedVersion": "$LATEST", "Payload": value, "StatusCode": 200}
        return value


@attrs.frozen
class _LambdaContext:
    function_name: str
    aws_request_id: str
    function_version: str = "$LATEST"
    memory_limit_in_mb: int = 128

    def get_remaining_time_in_millis(self) -> int:
        return 900_000


@attrs.frozen
class InvokeResponse:
    """A mocked Lambda Invoke API response (``{"StatusCode": 200, "Payload": ...}``).

    The Step Functions Local format gives Lambda results this way, also for Task states that
    call a function directly; for those the service's task result is the ``Payload``, however
    the resource is written (an ARN, a version or alias, ``${Name}``, ``Fn::GetAtt``, ``Ref``,
    ``Fn::Sub``, a partial ARN). For ``arn:aws:states:::lambda:invoke`` it is the whole response.

    Example:
        >>> response = InvokeResponse({"StatusCode": 200, "Payload": 1})
        >>> response.result_for("arn:aws:lambda:r:1:function:f"), response.result_for("${FnAlias}")
        (1, 1)
        >>> response.result_for("arn:aws:states:::lambda:invoke")
        {'StatusCode': 200, 'Payload': 1}
    """

    response: Any

    def result_for(self, resource: object) -> Any:
        """The task result this response stands for, given the task's resource (or what it calls)."""
        if _called(resource).kind == "lambda" and isinstance(self.response, Mapping):
            return self.response.get("Payload")
        return self.response


MockSpec: TypeAlias = Callable[[Any], Any] | MockError | Delayed | LambdaHandler | Any
"""A mock: a callable ``input -> result``, a fixed result, a :class:`MockError`, a
:class:`Delayed` or :class:`LambdaHandler`, or a ``tuple`` of these for successive attempts."""


@attrs.frozen
class Outcome:
    """What a mocked task did: its result or its error, and the virtual time it took."""

    value: Any = None
    error: MockError | None = None
    seconds: float = 0


def _check_spec(spec: object, where: str) -> None:
    if isinstance(spec, tuple):
        if not spec:
            msg = f"mock for {where} is an empty tuple; give at least one response per attempt"
            raise ExecutionSetupError(msg)
        for item in spec:
            if isinstance(item, tuple):
                msg = f"mock for {where} nests a tuple in a tuple; a tuple lists one response per attempt"
                raise ExecutionSetupError(msg)


@attrs.frozen(init=False)
class Mocks:
    """Mocked task results, by state name and by resource.

    Each mock is a callable (called with the task's input; it returns the result or raises
    :class:`MockError`), a fixed result, a :class:`MockError`, :class:`Delayed`,
    :class:`LambdaHandler`, or a ``tuple`` of these for successive attempts of the state
    (the last one repeats). A mock by state name wins over one by resource. Lists and dicts are
    fixed results; only a tuple means "one per attempt".

    A Map state's name mocks its ``ItemReader`` (the items, as a list).

    *validation* says how a run checks each mocked result against what the integration can
    return (``"strict"``, ``"present"`` or ``"none"``; see :func:`~sfdsl._runner.run`'s
    ``mock_validation``, which sets it).

    Example:
        >>> mocks = Mocks({"Charge": (MockError("Busy"), {"paid": True})},
        ...               resources={"arn:aws:lambda:us-east-1:1:function:f": lambda e: e})
        >>> mocks.respond("Charge", "arn:x", {}, attempt=1).value
        {'paid': True}
    """

    states: Mapping[str, Any]
    resources: Mapping[str, Any]
    validation: MockValidation = "present"

    def __init__(
        self,
        states: Mapping[str, Any] | None = None,
        *,
        resources: Mapping[str, Any] | None = None,
        validation: MockValidation = "present",
    ) -> None:
        states = dict(states or {})
        resources = dict(resources or {})
        for name, spec in states.items():
            _check_spec(spec, f"state {name!r}")
        for name, spec in resources.items():
            _check_spec(spec, f"resource {name!r}")
        if validation not in MOCK_VALIDATION_MODES:
            msg = (
                f"mock validation must be one of {', '.join(map(repr, MOCK_VALIDATION_MODES))}, "
                f"got {validation!r}"
            )
            raise ExecutionSetupError(msg)
        self.__attrs_init__(states, resources, validation)

    def with_validation(self, validation: MockValidation) -> Mocks:
        """The same mocks, their results checked in mode *validation*.

        Example:
            >>> Mocks({"A": 1}).with_validation("strict").validation
            'strict'
        """
        return Mocks(self.states, resources=self.resources, validation=validation)

    @classmethod
    def coerce(cls, mocks: Mocks | Mapping[str, Any] | None) -> Mocks:
        """Accept a :class:`Mocks`, ``None``, or a mapping (keys starting ``arn:`` are resources).

        Example:
            >>> Mocks.coerce({"A": 1, "arn:aws:states:::sns:publish": {}}).resources
            {'arn:aws:states:::sns:publish': {}}
        """
        if mocks is None:
            return cls()
        if isinstance(mocks, Mocks):
            return mocks
        if not isinstance(mocks, Mapping):
            msg = f"mocks must be a Mocks object or a mapping of state names to mocks, got {type(mocks).__name__}"
            raise ExecutionSetupError(msg)
        states = {k: v for k, v in mocks.items() if not str(k).startswith("arn:")}
        resources = {k: v for k, v in mocks.items() if str(k).startswith("arn:")}
        return cls(states, resources=resources)

    def has(self, state: str, resource: str | None) -> bool:
        """True when a mock exists for the state or its resource.

        Example:
            >>> mocks = Mocks({"Charge": {}}, resources={"arn:aws:states:::sns:publish": {}})
            >>> mocks.has("Charge", None), mocks.has("Notify", "arn:aws:states:::sns:publish")
            (True, True)
            >>> mocks.has("Ship", "arn:aws:states:::sqs:sendMessage")
            False
        """
        return state in self.states or (resource is not None and resource in self.resources)

    def respond(
        self,
        state: str,
        resource: str,
        payload: Any,
        *,
        attempt: int,
        call: ResourceArn | None = None,
    ) -> Outcome:
        """Run the mock of *state* (or *resource*) for the given attempt (0-based, per state).

        *call* is what the resource calls (:func:`~sfdsl._resources.task_resource`, by default
        read from *resource*): it decides how a Lambda response becomes the task result.

        Raises :class:`~sfdsl.errors.MissingMockError` when there is no mock.

        Example:
            >>> mocks = Mocks({"Charge": (MockError("Busy"), {"paid": True})})
            >>> mocks.respond("Charge", "arn:x", {}, attempt=0).error
            MockError('Busy')
            >>> mocks.respond("Charge", "arn:x", {}, attempt=5).value
            {'paid': True}
        """
        if state in self.states:
            spec = self.states[state]
            where, who = f"mocks[{state!r}]", f"the mock of state {state!r}"
        elif resource in self.resources:
            spec = self.resources[resource]
            where, who = (
                f"mocks[{resource!r}]",
                f"the mock of resource {resource!r} (state {state!r})",
            )
        else:
            raise MissingMockError(state, resource)
        if isinstance(spec, tuple):
            index = min(attempt, len(spec) - 1)
            spec = spec[index]
            where += f"[{index}]"
        call = call or task_resource(resource)

        def check(raw: Any) -> None:
            # Values fixed in advance were checked before the run; a callable's result now.
            if self.validation == "none":
                return
            problems = response_problems(raw, call, self.validation, where=where, who=who)
            if problems:
                raise MockValidationError(problems, self.validation)

        return _respond(spec, call, payload, check=check)


def _respond(
    spec: Any,
    resource: ResourceArn,
    payload: Any,
    seconds: float = 0,
    check: Callable[[Any], None] | None = None,
) -> Outcome:
    if isinstance(spec, Delayed):
        return _respond(spec.response, resource, payload, seconds + spec.seconds, check)
    if isinstance(spec, MockError):
        return Outcome(error=spec, seconds=seconds)
    try:
        if isinstance(spec, LambdaHandler):
            value = spec.call(payload, resource)
        elif callable(spec):
            value = spec(payload)
            if check is not None:
                check(value)
        else:
            value = spec
    except MockError as err:
        return Outcome(error=err, seconds=seconds)
    if isinstance(value, InvokeResponse):
        value = value.result_for(resource)
    return Outcome(value=value, seconds=seconds)


_RANGE = re.compile(r"^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$")


@attrs.frozen
class MockConfig:
    """An AWS Step Functions Local mock configuration (``StateMachines`` and ``MockedResponses``).

    Example:
        >>> config = load_mock_config({
        ...     "StateMachines": {"Orders": {"TestCases": {"HappyPath": {"Charge": "Paid"}}}},
        ...     "MockedResponses": {"Paid": {"0": {"Return": {"StatusCode": 200, "Payload": {"ok": True}}}}},
        ... })
        >>> mocks = config.mocks_for("HappyPath")
        >>> mocks.respond("Charge", "arn:aws:lambda:us-east-1:1:function:charge", {}, attempt=0).value
        {'ok': True}
    """

    state_machines: Mapping[str, Mapping[str, Mapping[str, str]]]
    responses: Mapping[str, tuple[Any, ...]]

    def mocks_for(self, test_case: str, state_machine: str | None = None) -> Mocks:
        """The mocks of *test_case* of *state_machine* (by default, the file's only state machine).

        Raises :class:`~sfdsl.errors.ExecutionSetupError` naming the available choices when the
        state machine or test case does not exist or the state machine is ambiguous.

        Example:
            >>> config = load_mock_config({
            ...     "StateMachines": {"Orders": {"TestCases": {"Declined": {"Charge": "NoFunds"}}}},
            ...     "MockedResponses": {"NoFunds": {"0": {"Throw": {"Error": "Declined"}}}},
            ... })
            >>> mocks = config.mocks_for("Declined", state_machine="Orders")
            >>> mocks.respond("Charge", "arn:x", {}, attempt=0).error.error
            'Declined'
        """
        names = sorted(self.state_machines)
        if state_machine is None:
            if len(names) != 1:
                msg = (
                    f"the mock configuration defines {len(names)} state machines "
                    f"({', '.join(map(repr, names)) or 'none'}); choose one with state_machine=NAME"
                )
                raise ExecutionSetupError(msg)
            state_machine = names[0]
        if state_machine not in self.state_machines:
            msg = (
                f"state machine {state_machine!r} is not in the mock configuration; "
                f"it defines {', '.join(map(repr, names)) or 'none'}"
            )
            raise ExecutionSetupError(msg)
        cases = self.state_machines[state_machine]
        if test_case not in cases:
            msg = (
                f"test case {test_case!r} is not defined for state machine {state_machine!r}; "
                f"it defines {', '.join(map(repr, sorted(cases))) or 'none'}"
            )
            raise ExecutionSetupError(msg)
        states: dict[str, Any] = {}
        for state, response_name in cases[test_case].items():
            if response_name not in self.responses:
                msg = (
                    f"test case {test_case!r} maps state {state!r} to mocked response "
                    f"{response_name!r}, which MockedResponses does not define"
                )
                raise ExecutionSetupError(msg)
            states[state] = self.responses[response_name]
        return Mocks(states)


def _parse_response(name: str, key: str, entry: object) -> Any:
    where = f"MockedResponses.{name}.{key}"
    if not isinstance(entry, Mapping) or len(entry.keys() & {"Return", "Throw"}) != 1:
        msg = f"{where} must be an object with exactly one of 'Return' or 'Throw', got {entry!r}"
        raise ExecutionSetupError(msg)
    if "Return" in entry:
        return InvokeResponse(entry["Return"])
    throw = entry["Throw"]
    if not isinstance(throw, Mapping) or not isinstance(throw.get("Error"), str):
        msg = (
            f"{where}.Throw must be an object with a string 'Error' (and a 'Cause'), got {throw!r}"
        )
        raise ExecutionSetupError(msg)
    cause = throw.get("Cause")
    return MockError(throw["Error"], None if cause is None else str(cause))


class AttemptResponses(tuple):  # type: ignore[type-arg]
    """The responses of a mocked response, by attempt, without one entry per attempt.

    Holds one response per key of the mock file (``"0"``, ``"1-3"``, ...); ``len()`` is the
    number of attempts covered and indexing finds the key covering an attempt, so a range such
    as ``"0-999999999"`` takes no memory.

    Example:
        >>> r = AttemptResponses([(0, 0, "a"), (1, 999_999_999, "b")])
        >>> len(r), r[0], r[5_000_000], list(r)
        (1000000000, 'a', 'b', ['a', 'b'])
    """

    _lasts: tuple[int, ...]
    _firsts: tuple[int, ...]
    name: str
    """The mocked response's name in ``MockedResponses``."""

    def __new__(cls, segments: Sequence[tuple[int, int, Any]], name: str = "") -> AttemptResponses:
        self = super().__new__(cls, [response for _first, _last, response in segments])
        self._firsts = tuple(first for first, _last, _response in segments)
        self._lasts = tuple(last for _first, last, _response in segments)
        self.name = name
        return self

    def keys(self) -> list[str]:
        """The keys of the mock file, one per response (``"0"``, ``"1-3"``).

        Example:
            >>> AttemptResponses([(0, 0, "a"), (1, 3, "b")]).keys()
            ['0', '1-3']
        """
        return [
            str(first) if first == last else f"{first}-{last}"
            for first, last in zip(self._firsts, self._lasts, strict=True)
        ]

    def __len__(self) -> int:
        return self._lasts[-1] + 1 if self._lasts else 0

    def __getitem__(self, attempt: Any) -> Any:
        if not isinstance(attempt, int) or not 0 <= attempt < len(self):
            msg = f"attempt {attempt!r} is outside 0-{len(self) - 1}"
            raise IndexError(msg)
        return tuple.__getitem__(self, bisect.bisect_left(self._lasts, attempt))


_MAX_KEY_DIGITS = 18
"""The most digits of an attempt number in a key (far more attempts than any run makes)."""


def _parse_responses(name: str, attempts: object, users: str) -> AttemptResponses:
    where = f"MockedResponses.{name}{users}"
    if not isinstance(attempts, Mapping) or not attempts:
        msg = f"{where} must be an object mapping attempt numbers to responses"
        raise ExecutionSetupError(msg)
    segments: list[tuple[int, int, Any]] = []
    for key, entry in attempts.items():
        m = _RANGE.match(str(key))
        if not m:
            msg = f"{where} has key {key!r}; expected an attempt number such as '0' or a range such as '1-3'"
            raise ExecutionSetupError(msg)
        if max(len(m.group(1)), len(m.group(2) or "")) > _MAX_KEY_DIGITS:
            msg = f"{where} has key {key!r}: attempt numbers have at most {_MAX_KEY_DIGITS} digits"
            raise ExecutionSetupError(msg)
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        if last < first:
            msg = (
                f"{where} has key {key!r}: the range ends before it starts; write '{last}-{first}'"
            )
            raise ExecutionSetupError(msg)
        segments.append((first, last, _parse_response(name, str(key), entry)))
    segments.sort(key=lambda s: s[0])
    expected = 0
    for first, last, _response in segments:
        if first < expected:
            msg = f"{where} gives attempt {first} more than one response; keys must not overlap"
            raise ExecutionSetupError(msg)
        if first > expected:
            gap = str(expected) if first == expected + 1 else f"{expected}-{first - 1}"
            msg = f"{where} has no response for attempt(s) {gap}; attempts count from 0"
            raise ExecutionSetupError(msg)
        expected = last + 1
    return AttemptResponses(segments, name)


def load_mock_config(source: str | os.PathLike[str] | Mapping[str, Any]) -> MockConfig:
    """Read a Step Functions Local mock configuration from a file path or an already parsed dict.

    Raises :class:`~sfdsl.errors.ExecutionSetupError` when the file cannot be read or is malformed.

    Example:
        >>> config = load_mock_config({"StateMachines": {"M": {"TestCases": {"T": {"A": "R"}}}},
        ...                            "MockedResponses": {"R": {"0-1": {"Throw": {"Error": "E", "Cause": "c"}}}}})
        >>> [type(config.responses["R"][i]).__name__ for i in (0, 1)]
        ['MockError', 'MockError']
    """
    if isinstance(source, Mapping):
        data: Any = source
    else:
        path = Path(source)
        text = read_text_file(path, what="mock configuration")
        try:
            data = json.loads(text, parse_constant=_refuse_constant)
        except json.JSONDecodeError as err:
            msg = f"the mock configuration {str(path)!r} is not valid JSON: {err}"
            raise ExecutionSetupError(msg) from err
        except _NotJson as err:
            msg = f"the mock configuration {str(path)!r} is not valid JSON: {err}"
            raise ExecutionSetupError(msg) from None
        except ValueError:
            msg = (
                f"the mock configuration {str(path)!r} holds an integer of more than "
                f"{MAX_INT_DIGITS} digits, more than sfdsl reads (MAX_INT_DIGITS in docs/limits.md)"
            )
            raise ExecutionSetupError(msg) from None
        except RecursionError:
            msg = (
                f"the mock configuration {str(path)!r} nests objects and arrays more than "
                f"{MAX_DEPTH} levels deep (MAX_DEPTH in docs/limits.md)"
            )
            raise ExecutionSetupError(msg) from None
    problem = data_problem(data)
    if problem is not None:
        msg = f"the mock configuration is not JSON data a run can handle: {problem}"
        raise ExecutionSetupError(msg)
    if not isinstance(data, Mapping):
        msg = f"a mock configuration must be a JSON object with 'StateMachines' and 'MockedResponses', got {type(data).__name__}"
        raise ExecutionSetupError(msg)
    machines_raw = data.get("StateMachines", {})
    responses_raw = data.get("MockedResponses", {})
    if not isinstance(machines_raw, Mapping) or not isinstance(responses_raw, Mapping):
        msg = "a mock configuration's 'StateMachines' and 'MockedResponses' must be JSON objects"
        raise ExecutionSetupError(msg)
    machines: dict[str, dict[str, dict[str, str]]] = {}
    for sm_name, sm in machines_raw.items():
        cases = sm.get("TestCases") if isinstance(sm, Mapping) else None
        if not isinstance(cases, Mapping):
            msg = f"StateMachines.{sm_name} must be an object with 'TestCases'"
            raise ExecutionSetupError(msg)
        machines[sm_name] = {}
        for case_name, case in cases.items():
            if not isinstance(case, Mapping) or not all(isinstance(v, str) for v in case.values()):
                msg = f"StateMachines.{sm_name}.TestCases.{case_name} must map state names to mocked response names"
                raise ExecutionSetupError(msg)
            machines[sm_name][case_name] = dict(case)
    responses = {
        name: _parse_responses(name, attempts, _users(machines, name))
        for name, attempts in responses_raw.items()
    }
    return MockConfig(machines, responses)


class _NotJson(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    msg = f"{name} is not a JSON value (JSON has no NaN or Infinity)"
    raise _NotJson(msg)


def _users(machines: Mapping[str, Mapping[str, Mapping[str, str]]], response: str) -> str:
    """ " (the mock of state 'A' in test case 'T')" for the states that use *response*."""
    uses = [
        f"state {state!r} in test case {case_name!r}"
        for cases in machines.values()
        for case_name, case in cases.items()
        for state, name in case.items()
        if name == response
    ]
    if not uses:
        return ""
    shown = ", ".join(uses[:3]) + (f" and {len(uses) - 3} more" if len(uses) > 3 else "")
    return f" (the mock of {shown})"


# --- Mocked results checked against the integration's output shape (_mockshape) ---------


def response_problems(
    raw: Any, call: ResourceArn, mode: MockValidation, *, where: str, who: str
) -> list[Problem]:
    """The problems of one mocked response *raw* (a value or an ``InvokeResponse``) for *call*.

    Example:
        >>> from sfdsl._resources import ResourceArn
        >>> call = ResourceArn.parse("arn:aws:states:::lambda:invoke")
        >>> [p.code for p in response_problems({"Payload": 1}, call, "strict", where="m", who="w")]
        ['mock-missing-field']
    """
    invoke = isinstance(raw, InvokeResponse)
    shape = result_shape(call, invoke_response=invoke)
    if shape is None or mode == "none":
        return []
    return result_problems(raw.response if invoke else raw, shape, mode, where=where, who=who)


def _fixed_responses(spec: Any, where: str) -> Iterator[tuple[Any, str]]:
    """The mocked values of *spec* known before the run, each with where it is written."""
    if isinstance(spec, AttemptResponses):
        for key, response in zip(spec.keys(), spec, strict=True):
            yield from _fixed_responses(response, f"MockedResponses.{spec.name}.{key}.Return")
    elif isinstance(spec, tuple):
        for i, item in enumerate(spec):
            yield from _fixed_responses(item, f"{where}[{i}]")
    elif isinstance(spec, Delayed):
        yield from _fixed_responses(spec.response, where)
    elif not isinstance(spec, (MockError, LambdaHandler)) and not callable(spec):
        yield spec, where


def _tasks(asl: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    for name, state in nested_states(asl):
        if isinstance(state, Mapping) and state.get("Type") == "Task":
            yield name, state


def mocks_problems(
    mocks: Any, asl: Mapping[str, Any], values: Mapping[str, object], mode: MockValidation
) -> list[Problem]:
    """The problems of every mocked result fixed before a run (values, not callables).

    *mocks* is a :class:`~sfdsl._runner.Mocks`; *values* the ``${Name}`` placeholders' values.
    A result a callable mock returns is checked when it returns it.

    Example:
        >>> asl = {"StartAt": "Get", "States": {"Get": {"Type": "Task", "End": True,
        ...        "Resource": "arn:aws:states:::dynamodb:getItem"}}}
        >>> [p.path for p in mocks_problems(Mocks({"Get": {"item": {}}}), asl, {}, "present")]
        ["mocks['Get'].item"]
    """
    if mode == "none":
        return []
    problems: list[Problem] = []
    for name, state in _tasks(asl):
        resource = state.get("Resource", "")
        call = task_resource(resource, values)
        key = resource if isinstance(resource, str) else call.text
        if name in mocks.states:
            spec, where, who = mocks.states[name], f"mocks[{name!r}]", f"the mock of state {name!r}"
        elif key in mocks.resources:
            spec, where = mocks.resources[key], f"mocks[{key!r}]"
            who = f"the mock of resource {key!r} (state {name!r})"
        else:
            continue
        for raw, at in _fixed_responses(spec, where):
            found = response_problems(raw, call, mode, where=at, who=who)
            problems += [p for p in found if p not in problems]
    return problems
