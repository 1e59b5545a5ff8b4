"""The interpreter: states compiled once per run, executed with virtual time and mocks."""

from __future__ import annotations

import heapq
import json
import math
import random
import sys
from collections import ChainMap
from collections.abc import Callable, Mapping, MutableMapping
from datetime import datetime, timedelta
from typing import Any

from sfdsl import _intrinsics, _jsonpath
from sfdsl._resources import task_resource
from sfdsl._runner import _jsonata
from sfdsl._runner._choice import compile_rule
from sfdsl._runner._failure import (
    DATA_LIMIT_EXCEEDED,
    EXCEED_TOLERATED,
    EXPRESS_MAX_EXECUTION_SECONDS,
    HEARTBEAT_TIMEOUT,
    HISTORY_LIMIT,
    INLINE_MAP_CONCURRENCY,
    INTRINSIC_FAILURE,
    MAX_EXECUTION_SECONDS,
    NO_CHOICE_MATCHED,
    PAYLOAD_LIMIT,
    RUNTIME,
    TIMEOUT,
    UNCATCHABLE,
    Failure,
    StateError,
    TerminalFailure,
    matches,
)
from sfdsl._runner._mocks import Mocks
from sfdsl._runner._reader import ReaderFailure, read_items
from sfdsl._runner._result import RawEvent, iso_timestamp
from sfdsl._runner._timestamps import parse_timestamp
from sfdsl.errors import ExecutionSetupError

Scope = MutableMapping[str, Any]
"""The variables visible to a state: a ChainMap whose first map is the current scope."""

QUERY_EVALUATION_ERROR = _jsonata.QUERY_EVALUATION_ERROR
_NOT_FOUND: Any = object()
_EMPTY: Mapping[str, Any] = {}
_DEFAULT_TIMEOUT = 99999999


def json_text(value: object) -> str:
    """Compact JSON text, as the service prints values in causes and history."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def over_payload_limit(value: Any) -> bool:
    """True when *value*, as JSON text in UTF-8, is larger than the service's payload limit."""
    if _bounded_size(value, PAYLOAD_LIMIT) >= 0:
        return False
    text = _encode(value)
    if len(text) > PAYLOAD_LIMIT:
        return True
    # A character takes at most 4 bytes: only encode when it could matter.
    return len(text) * 4 > PAYLOAD_LIMIT and len(_intrinsics.utf8(text)) > PAYLOAD_LIMIT


_encode = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode
_SCALAR_BOUND = 32  # the longest JSON text of a number, true, false or null, with room to spare


def _bounded_size(value: Any, budget: int) -> int:
    """*budget* less an upper bound of *value*'s JSON size; negative once over (stops early).

    Cheaper than encoding for the small values most states pass along.
    """
    if isinstance(value, str):
        # At most 6 bytes a character (an escape such as \u0000), plus the quotes.
        return budget - 6 * len(value) - 2
    if isinstance(value, dict):
        budget -= 2
        for key, item in value.items():
            key_size = 6 * len(key) if isinstance(key, str) else _SCALAR_BOUND
            budget = _bounded_size(item, budget - key_size - 4)
            if budget < 0:
                return budget
        return budget
    if isinstance(value, list):
        budget -= 2
        for item in value:
            budget = _bounded_size(item, budget - 1)
            if budget < 0:
                return budget
        return budget
    return budget - _SCALAR_BOUND


def _too_large(what: str) -> str:
    return (
        f"The state/task '{what}' returned a result with a size exceeding the maximum number "
        "of bytes service limit."
    )


class TransitionLimitExceeded(Exception):
    """The run exceeded ``max_transitions``."""


class HistoryLimitExceeded(Exception):
    """The execution history reached the service's 25,000 events."""


class _Env:
    """What a state's fields are evaluated against: input, variables and the context object."""

    __slots__ = (
        "entered_clock",
        "map_item",
        "retry_count",
        "retry_counts",
        "run",
        "scope",
        "state",
    )

    def __init__(self, run: Run, state: State, scope: Scope, entered_clock: float) -> None:
        self.run = run
        self.state = state
        self.scope = scope
        self.entered_clock = entered_clock
        self.retry_count = 0
        self.retry_counts: dict[int, int] = {}
        self.map_item: dict[str, Any] | None = None

    def context(self) -> dict[str, Any]:
        run = self.run
        ctx: dict[str, Any] = {
            "Execution": run.execution_context,
            "State": {
                "EnteredTime": iso_timestamp(
                    run.start_time + timedelta(seconds=self.entered_clock)
                ),
                "Name": self.state.name,
                "RetryCount": self.retry_count,
            },
            "StateMachine": run.machine_context,
        }
        if self.map_item is not None:
            ctx["Map"] = {"Item": self.map_item}
        if self.state.type == "Task" and ".waitForTaskToken" in self.state.asl.get("Resource", ""):
            ctx["Task"] = {"Token": "local-task-token"}
        return ctx

    def read(self, path: _jsonpath.JsonPath, data: Any) -> Any:
        """Evaluate *path* against *data* (``$``), the context (``$$``) or the variables."""
        root = path.root
        if root == "$":
            return _jsonpath.evaluate(path, data)
        if root == "$$":
            return _jsonpath.evaluate(path, data, context=self.context())
        return _jsonpath.evaluate(path, data, variables=self.scope)

    def read_field(self, path: _jsonpath.JsonPath, data: Any) -> Any:
        """Like :meth:`read`, failing with the service's States.Runtime cause."""
        try:
            return self.read(path, data)
        except _jsonpath.PathNotFoundError as err:
            raise StateError(RUNTIME, f"Invalid path '{path.text}' : {err.detail}") from err

    def bindings(
        self, data: Any, *, result: Any = _NOT_FOUND, error_output: Any = _NOT_FOUND
    ) -> dict[str, Any]:
        states: dict[str, Any] = {"input": data}
        if self.state.needs_context:
            states["context"] = self.context()
        if result is not _NOT_FOUND:
            states["result"] = result
        if error_output is not _NOT_FOUND:
            states["errorOutput"] = error_output
        out = dict(self.scope)
        out["states"] = states
        return out


# --------------------------------------------------------------------------- payload templates

PayloadFn = Callable[[_Env, Any], Any]


def _intrinsic_call(text: str, field: str) -> PayloadFn:
    call = _intrinsics.parse_intrinsic(text)

    def evaluate(env: _Env, data: Any) -> Any:
        def resolve(path: _jsonpath.JsonPath) -> Any:
            try:
                return env.read(path, data)
            except _jsonpath.PathNotFoundError as err:
                raise StateError(
                    RUNTIME,
                    f"The JsonPath argument for the field '{path.text}' could not be found in "
                    f"the input '{json_text(data)}'",
                ) from err

        try:
            return _intrinsics.evaluate_intrinsic(call, resolve)
        except _intrinsics.IntrinsicEvaluationError as err:
            raise StateError(INTRINSIC_FAILURE, str(err)) from err

    return evaluate


def _path_value(text: str, field: str) -> PayloadFn:
    if _intrinsics.is_intrinsic(text):
        return _intrinsic_call(text, field)
    path = _jsonpath.parse_path(text)

    def evaluate(env: _Env, data: Any) -> Any:
        try:
            return env.read(path, data)
        except _jsonpath.PathNotFoundError as err:
            raise StateError(
                RUNTIME,
                f"The JSONPath '{path.text}' specified for the field '{field}' could not be "
                f"found in the input '{json_text(data)}'",
            ) from err

    return evaluate


def compile_payload(template: Any) -> PayloadFn:
    """Compile a JSONPath payload template (``Parameters``, ``ResultSelector``, ``Assign``...)."""
    if isinstance(template, dict):
        parts: list[tuple[str, PayloadFn | None, Any]] = []
        dynamic = False
        for key, value in template.items():
            if key.endswith(".$") and isinstance(value, str):
                parts.append((key[:-2], _path_value(value, key), None))
                dynamic = True
            else:
                sub = compile_payload(value)
                if getattr(sub, "constant", _NOT_FOUND) is _NOT_FOUND:
                    parts.append((key, sub, None))
                    dynamic = True
                else:
                    parts.append((key, None, value))
        if not dynamic:
            return _constant(template)

        def build(env: _Env, data: Any) -> Any:
            return {k: (fn(env, data) if fn is not None else v) for k, fn, v in parts}

        return build
    if isinstance(template, list):
        items = [compile_payload(v) for v in template]
        if all(getattr(f, "constant", _NOT_FOUND) is not _NOT_FOUND for f in items):
            return _constant(template)
        return lambda env, data: [f(env, data) for f in items]
    return _constant(template)


def _constant(value: Any) -> PayloadFn:
    def const(_env: _Env, _data: Any) -> Any:
        return value

    const.constant = value  # type: ignore[attr-defined]
    return const


# --------------------------------------------------------------------------- states


class Rule:
    """A Retry or Catch rule."""

    __slots__ = (
        "assign",
        "backoff",
        "error_equals",
        "interval",
        "jitter",
        "max_attempts",
        "max_delay",
        "next",
        "output",
        "result_path",
    )

    def __init__(self, asl: Mapping[str, Any], state: State) -> None:
        self.error_equals = tuple(asl.get("ErrorEquals", ()))
        self.interval = float(asl.get("IntervalSeconds", 1))
        self.max_attempts = int(asl.get("MaxAttempts", 3))
        self.backoff = float(asl.get("BackoffRate", 2.0))
        self.max_delay = asl.get("MaxDelaySeconds")
        self.jitter = asl.get("JitterStrategy", "NONE")
        self.next = asl.get("Next")
        self.result_path = state.reference_path(asl, "ResultPath")
        self.output = state.jsonata_template(asl, "Output")
        self.assign = state.assign_of(asl)


class State:
    """A state compiled once: its fields parsed, its templates and expressions ready."""

    def __init__(
        self, name: str, asl: Mapping[str, Any], query_language: str, engine: Engine
    ) -> None:
        if not isinstance(asl, Mapping) or not isinstance(asl.get("Type"), str):
            msg = f"state {name!r} must be an object with a 'Type', got {asl!r}"
            raise ExecutionSetupError(msg)
        self.name = name
        self.asl = asl
        self.type: str = asl["Type"]
        self.jsonata = asl.get("QueryLanguage", query_language) == "JSONata"
        self.query_language = "JSONata" if self.jsonata else "JSONPath"
        self.needs_context = self.jsonata and "context" in json.dumps(asl)
        self.next: str | None = asl.get("Next")
        self.end = bool(asl.get("End")) or self.type in ("Succeed", "Fail")
        self.input_path = self.optional_path(asl, "InputPath")
        self.output_path = self.optional_path(asl, "OutputPath")
        self.result_path = self.reference_path(asl, "ResultPath")
        self.parameters = self.payload(asl, "Parameters")
        self.result_selector = self.payload(asl, "ResultSelector")
        self.output = self.jsonata_template(asl, "Output")
        self.arguments = self.jsonata_template(asl, "Arguments")
        self.assign = self.assign_of(asl)
        self.retriers = tuple(Rule(r, self) for r in asl.get("Retry", ()))
        self.catchers = tuple(Rule(c, self) for c in asl.get("Catch", ()))
        self.event_prefix = self.type

    # compile helpers ------------------------------------------------------------------------
    def optional_path(self, asl: Mapping[str, Any], key: str) -> _jsonpath.JsonPath | str | None:
        if self.jsonata or key not in asl:
            return "$"
        if asl[key] is None:
            return None
        return _jsonpath.parse_path(asl[key])

    def reference_path(self, asl: Mapping[str, Any], key: str) -> _jsonpath.JsonPath | str | None:
        if self.jsonata or key not in asl:
            return "$"
        if asl[key] is None:
            return None
        return _jsonpath.parse_reference_path(asl[key])

    def payload(self, asl: Mapping[str, Any], key: str) -> PayloadFn | None:
        if self.jsonata or key not in asl:
            return None
        return compile_payload(asl[key])

    def jsonata_template(self, asl: Mapping[str, Any], key: str) -> _jsonata.Template | None:
        if not self.jsonata or key not in asl:
            return None
        return _jsonata.compile_template(asl[key], key)

    def assign_of(
        self, asl: Mapping[str, Any]
    ) -> Callable[[_Env, Any, dict[str, Any]], dict[str, Any]] | None:
        if "Assign" not in asl:
            return None
        template = asl["Assign"]
        if self.jsonata:
            compiled = _jsonata.compile_template(template, "Assign")

            def assign_jsonata(env: _Env, data: Any, bindings: dict[str, Any]) -> dict[str, Any]:
                return dict(compiled(bindings))

            return assign_jsonata
        payload = compile_payload(template)

        def assign_jsonpath(env: _Env, data: Any, bindings: dict[str, Any]) -> dict[str, Any]:
            return dict(payload(env, data))

        return assign_jsonpath

    # runtime helpers --------------------------------------------------------------------------
    def effective_input(self, env: _Env, data: Any) -> Any:
        """InputPath then Parameters (JSONPath) or Arguments (JSONata)."""
        if self.jsonata:
            if self.arguments is None:
                return data
            return self.arguments(env.bindings(data))
        value = self.apply_input_path(env, data)
        if self.parameters is not None:
            value = self.parameters(env, value)
        return value

    def apply_input_path(self, env: _Env, data: Any) -> Any:
        path = self.input_path
        if path == "$":
            return data
        if path is None:
            return {}
        assert isinstance(path, _jsonpath.JsonPath)
        return env.read_field(path, data)

    def finish(
        self, env: _Env, raw_input: Any, result: Any, *, assign_input: Any = _NOT_FOUND
    ) -> tuple[Any, dict[str, Any] | None]:
        """ResultSelector, Assign, ResultPath and OutputPath (or Output): the state output."""
        if self.jsonata:
            bindings = env.bindings(raw_input, result=result)
            assigned = self.assign(env, None, bindings) if self.assign else None
            output = self.output(bindings) if self.output is not None else result
            return output, assigned
        if self.result_selector is not None:
            result = self.result_selector(env, result)
        assigned = None
        if self.assign is not None:
            target = result if assign_input is _NOT_FOUND else assign_input
            assigned = self.assign(env, target, _EMPTY)  # type: ignore[arg-type]
        output = self.apply_result_path(env, raw_input, result, self.result_path)
        return self.apply_output_path(env, output), assigned

    def apply_result_path(
        self, env: _Env, raw_input: Any, result: Any, path: _jsonpath.JsonPath | str | None
    ) -> Any:
        if path == "$":
            return result
        if path is None:
            return raw_input
        assert isinstance(path, _jsonpath.JsonPath)
        try:
            return _jsonpath.set_path(raw_input, path, result)
        except ValueError as err:
            raise StateError(RUNTIME, f"Invalid path '{path.text}' : {err}") from err

    def apply_output_path(self, env: _Env, output: Any) -> Any:
        path = self.output_path
        if path == "$":
            return output
        if path is None:
            return {}
        assert isinstance(path, _jsonpath.JsonPath)
        return env.read_field(path, output)

    def evaluate_field(self, env: _Env, data: Any, key: str) -> Any:
        """A field that may be a literal, a ``{% %}`` expression (JSONata) or have a ``Path`` form."""
        asl = self.asl
        if self.jsonata:
            value = asl.get(key)
            text = _jsonata.expression_text(value)
            if text is not None:
                return _jsonata.Expression(text, key).evaluate(env.bindings(data))
            return value
        if key + "Path" in asl:
            path = _jsonpath.parse_path(asl[key + "Path"])
            return env.read_field(path, data)
        return asl.get(key)

    def execute(
        self, run: Run, env: _Env, data: Any
    ) -> tuple[str | None, Any, dict[str, Any] | None]:
        """Run the state on *data*: (next state, output, assigned variables)."""
        raise NotImplementedError


class PassState(State):
    def __init__(self, name: str, asl: Mapping[str, Any], ql: str, engine: Engine) -> None:
        super().__init__(name, asl, ql, engine)
        self.has_result = "Result" in asl
        self.result = asl.get("Result")

    def execute(
        self, run: Run, env: _Env, data: Any
    ) -> tuple[str | None, Any, dict[str, Any] | None]:
        if self.jsonata:
            bindings = env.bindings(data)
            assigned = self.assign(env, None, bindings) if self.assign else None
            output = self.output(bindings) if self.output is not None else data
            return self.next, output, assigned
        if self.has_result:
            self.apply_input_path(env, data)
            result = self.result
        else:
            result = self.effective_input(env, data)
        output, assigned = self.finish(env, data, result)
        return self.next, output, assigned


class ChoiceState(State):
    def __init__(self, name: str, asl: Mapping[str, Any], ql: str, engine: Engine) -> None:
        super().__init__(name, asl, ql, engine)
        self.default: str | None = asl.get("Default")
        self.rules: list[tuple[Any, str, Any, Any]] = []
        for rule in asl.get("Choices", ()):
            if self.jsonata:
                text = _jsonata.expression_text(rule.get("Condition"))
                condition: Any = (
                    _jsonata.Expression(text, "Condition")
                    if text is not None
                    else rule.get("Condition")
                )
                output = (
                    _jsonata.compile_template(rule["Output"], "Output")
                    if "Output" in rule
                    else None
                )
            else:
                condition = compile_rule(rule)
                output = None
            self.rules.append((condition, rule["Next"], self.assign_of(rule), output))

    def execute(
        self, run: Run, env: _Env, data: Any
    ) -> tuple[str | None, Any, dict[str, Any] | None]:
        if self.jsonata:
            bindings = env.bindings(data)
            for index, (condition, nxt, assign, output) in enumerate(self.rules):
                matched = (
                    condition.evaluate(bindings)
                    if isinstance(condition, _jsonata.Expression)
                    else condition
                )
                if matched is True:
                    run.taken.add((self.name, f"Choices[{index}]"))
                    return self._leave_jsonata(
                        env, bindings, data, nxt, assign or self.assign, output
                    )
            if self.default is None:
                raise Failure(NO_CHOICE_MATCHED, _no_match_cause(self.name))
            run.taken.add((self.name, "Default"))
            return self._leave_jsonata(env, bindings, data, self.default, self.assign, None)
        effective = self.apply_input_path(env, data)
        read = env.read
        for index, (predicate, nxt, assign, _output) in enumerate(self.rules):
            if predicate(effective, read):
                run.taken.add((self.name, f"Choices[{index}]"))
                return self._leave(env, effective, nxt, assign)
        if self.default is None:
            raise Failure(NO_CHOICE_MATCHED, _no_match_cause(self.name))
        run.taken.add((self.name, "Default"))
        return self._leave(env, effective, self.default, None)

    def _leave(
        self, env: _Env, effective: Any, nxt: str, rule_assign: Any
    ) -> tuple[str, Any, dict[str, Any] | None]:
        assigned: dict[str, Any] | None = None
        if self.assign is not None:
            assigned = self.assign(env, effective, _EMPTY)  # type: ignore[arg-type]
        if rule_assign is not None:
            assigned = {**(assigned or {}), **rule_assign(env, effective, _EMPTY)}
        return nxt, self.apply_output_path(env, effective), assigned

    def _leave_jsonata(
        self, env: _Env, bindings: dict[str, Any], data: Any, nxt: str, assign: Any, output: Any
    ) -> tuple[str, Any, dict[str, Any] | None]:
        assigned = assign(env, None, bindings) if assign is not None else None
        out_template = output if output is not None else self.output
        return nxt, out_template(bindings) if out_template is not None else data, assigned


def _no_match_cause(name: str) -> str:
    return f"No Choice Rules matched for state '{name}' and no Default was specified."


class WaitState(State):
    def execute(
        self, run: Run, env: _Env, data: Any
    ) -> tuple[str | None, Any, dict[str, Any] | None]:
        asl = self.asl
        effective = data if self.jsonata else self.apply_input_path(env, data)
        seconds = self._seconds(env, effective, asl)
        if seconds > 0:
            run.advance(seconds)
        if self.jsonata:
            bindings = env.bindings(data)
            assigned = self.assign(env, None, bindings) if self.assign else None
            return self.next, self.output(bindings) if self.output is not None else data, assigned
        assigned = self.assign(env, effective, _EMPTY) if self.assign else None  # type: ignore[arg-type]
        return self.next, self.apply_output_path(env, effective), assigned

    def _seconds(self, env: _Env, data: Any, asl: Mapping[str, Any]) -> float:
        if "Seconds" in asl:
            value = self.evaluate_field(env, data, "Seconds")
            if self.jsonata and (not _is_int(value) or not 0 <= value <= _LONG_MAX):
                raise StateError(
                    QUERY_EVALUATION_ERROR,
                    f"The Seconds field must be a non-negative integer, got {json_text(value)}",
                )
            return float(min(value, _LONG_MAX))
        if "SecondsPath" in asl:
            path = _jsonpath.parse_path(asl["SecondsPath"])
            value = env.read_field(path, data)
            if not _is_int(value) or value > _LONG_MAX:
                raise StateError(
                    RUNTIME,
                    f"The SecondsPath parameter cannot be parsed as a long value: {path.text} == {_plain(value)}",
                )
            if value < 0:
                raise StateError(
                    RUNTIME,
                    f"The SecondsPath parameter references a negative value: {path.text} == {_plain(value)}",
                )
            return float(value)
        if "Timestamp" in asl:
            value = self.evaluate_field(env, data, "Timestamp")
            moment = parse_timestamp(value) if isinstance(value, str) else None
            if moment is None:
                raise StateError(
                    QUERY_EVALUATION_ERROR if self.jsonata else RUNTIME,
                    "The Timestamp field cannot be parsed as an ISO-8601 extended offset "
                    f"date-time format string: {_plain(value)}",
                )
            return env.run.seconds_until(moment)
        if "TimestampPath" in asl:
            path = _jsonpath.parse_path(asl["TimestampPath"])
            value = env.read_field(path, data)
            moment = parse_timestamp(value) if isinstance(value, str) else None
            if moment is None:
                raise StateError(
                    RUNTIME,
                    "The TimestampPath parameter does not reference a valid ISO-8601 extended "
                    f"offset date-time format string: {path.text} == {_plain(value)}",
                )
            return env.run.seconds_until(moment)
        return 0.0


_LONG_MAX = 2**63 - 1
"""The largest Java long: the service reads SecondsPath as one."""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _as_int(value: Any) -> int | None:
    """An integer, or a string holding one (the service parses the text), else None."""
    if _is_int(value):
        return int(value)
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _as_float(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


def _plain(value: Any) -> str:
    return value if isinstance(value, str) else json_text(value)


class SucceedState(State):
    def execute(
        self, run: Run, env: _Env, data: Any
    ) -> tuple[str | None, Any, dict[str, Any] | None]:
        if self.jsonata:
            return None, self.output(env.bindings(data)) if self.output is not None else data, None
        return None, self.apply_output_path(env, self.apply_input_path(env, data)), None


class FailState(State):
    def execute(
        self, run: Run, env: _Env, data: Any
    ) -> tuple[str | None, Any, dict[str, Any] | None]:
        error = self._field(env, data, "Error")
        cause = self._field(env, data, "Cause")
        raise Failure(error, cause)

    def _field(self, env: _Env, data: Any, key: str) -> str | None:
        asl = self.asl
        if not self.jsonata and key + "Path" in asl:
            text = asl[key + "Path"]
            if _intrinsics.is_intrinsic(text):
                value = _intrinsic_call(text, key + "Path")(env, data)
            else:
                value = env.read_field(_jsonpath.parse_path(text), data)
        else:
            value = self.evaluate_field(env, data, key)
        if value is None:
            return None
        return value if isinstance(value, str) else json_text(value)


# The history events of a Task, by what it calls: LambdaFunction*, Activity* or Task*.
_EVENT_KINDS = {"lambda": "LambdaFunction", "activity": "Activity"}


class TaskState(State):
    def __init__(self, name: str, asl: Mapping[str, Any], ql: str, engine: Engine) -> None:
        super().__init__(name, asl, ql, engine)
        resource = asl.get("Resource", "")
        # What the resource calls, however it is written, decides the result and the events.
        self.call = task_resource(resource, engine.resource_values)
        self.resource: str = resource if isinstance(resource, str) else self.call.text
        self.legacy_lambda = self.call.kind == "lambda"

    def _limit(self, env: _Env, data: Any, key: str) -> float | None:
        if key not in self.asl and key + "Path" not in self.asl:
            return None
        value = self.evaluate_field(env, data, key)
        if not _is_int(value) or value <= 0:
            raise StateError(
                RUNTIME if not self.jsonata else QUERY_EVALUATION_ERROR,
                f"The {key} field must be a positive integer, got {json_text(value)}",
            )
        return float(value)

    def execute(
        self, run: Run, env: _Env, data: Any
    ) -> tuple[str | None, Any, dict[str, Any] | None]:
        timeout = self._limit(env, data, "TimeoutSeconds") or _DEFAULT_TIMEOUT
        heartbeat = self._limit(env, data, "HeartbeatSeconds")
        payload = self.effective_input(env, data)
        if payload is not data and over_payload_limit(payload):
            raise TerminalFailure(
                DATA_LIMIT_EXCEEDED,
                f"The input of the state '{self.name}' after InputPath and "
                f"{'Arguments' if self.jsonata else 'Parameters'} is larger than the "
                f"{PAYLOAD_LIMIT}-byte payload limit.",
            )
        kind = _EVENT_KINDS.get(self.call.kind, "Task")
        if kind != "Task":
            scheduled: dict[str, Any] = {"input": payload, "resource": self.call.text}
            if timeout != _DEFAULT_TIMEOUT:
                scheduled["timeoutInSeconds"] = int(timeout)
            if kind == "Activity" and heartbeat is not None:
                scheduled["heartbeatInSeconds"] = int(heartbeat)
            run.emit(f"{kind}Scheduled", scheduled)
        # TaskScheduledEventDetails: the service name and the action (with its pattern), e.g.
        # "lambda"/"invoke" and, for SDK integrations, "aws-sdk:s3"/"listBuckets".
        sdk = "aws-sdk:" if self.call.kind == "sdk" else ""
        resource_type = f"{sdk}{self.call.service}"
        if kind == "Task":
            run.emit(
                "TaskScheduled",
                {
                    "parameters": payload,
                    "region": "us-east-1",
                    "resource": f"{self.call.action}{self.call.pattern}" or self.call.text,
                    "resourceType": resource_type,
                },
            )
        run.emit(f"{kind}Started", None)
        attempt = run.attempts.get(self.name, 0)
        run.attempts[self.name] = attempt + 1
        outcome = run.mocks.respond(
            self.name, self.resource, payload, attempt=attempt, call=self.call
        )
        if outcome.seconds:
            limit = min(timeout, heartbeat) if heartbeat is not None else timeout
            if outcome.seconds > limit:
                run.advance(limit)
                error = TIMEOUT if limit == timeout else HEARTBEAT_TIMEOUT
                run.emit(f"{kind}TimedOut", {"error": error})
                raise Failure(error, None)
            run.advance(outcome.seconds)
        if outcome.error is not None:
            details = {"error": outcome.error.error}
            if outcome.error.cause is not None:
                details["cause"] = outcome.error.cause
            run.emit(f"{kind}Failed", details)
            raise Failure(outcome.error.error, outcome.error.cause)
        result = outcome.value
        check_mocked_data(result, self.name)
        if over_payload_limit(result):
            # The service reports it as a task failure, which Retry and Catch handle.
            cause = _too_large(self.call.text if self.legacy_lambda else resource_type)
            run.emit(f"{kind}Failed", {"error": DATA_LIMIT_EXCEEDED, "cause": cause})
            raise Failure(DATA_LIMIT_EXCEEDED, cause)
        run.emit(f"{kind}Succeeded", {"output": result})
        output, assigned = self.finish(env, data, result)
        return self.next, output, assigned


class ParallelState(State):
    def __init__(self, name: str, asl: Mapping[str, Any], ql: str, engine: Engine) -> None:
        super().__init__(name, asl, ql, engine)
        self.branches = [
            engine.compile_graph(b, self.query_language) for b in asl.get("Branches", ())
        ]

    def execute(
        self, run: Run, env: _Env, data: Any
    ) -> tuple[str | None, Any, dict[str, Any] | None]:
        payload = self.effective_input(env, data)
        run.emit("ParallelStateStarted", None)
        results = []
        # The branches run at the same time: each starts at the state's start, and the state
        # goes on when the last one ends.
        start = latest = run.clock
        for branch in self.branches:
            run.clock = start
            results.append(run.run_graph(branch, payload, env.scope.new_child()))  # type: ignore[attr-defined]
            latest = max(latest, run.clock)
        run.clock = latest
        run.emit("ParallelStateSucceeded", None)
        output, assigned = self.finish(env, data, results)
        return self.next, output, assigned


class MapState(State):
    def __init__(self, name: str, asl: Mapping[str, Any], ql: str, engine: Engine) -> None:
        super().__init__(name, asl, ql, engine)
        processor = asl.get("ItemProcessor") or asl.get("Iterator") or {}
        config = processor.get("ProcessorConfig") or {}
        self.distributed = config.get("Mode") == "DISTRIBUTED"
        self.processor = engine.compile_graph(processor, self.query_language)
        self.items_path = self.optional_path(asl, "ItemsPath")
        selector_key = "ItemSelector" if "ItemSelector" in asl else "Parameters"
        self.item_selector: Any = None
        if selector_key in asl:
            if self.jsonata:
                self.item_selector = _jsonata.compile_template(asl[selector_key], selector_key)
            else:
                self.item_selector = compile_payload(asl[selector_key])
        self.parameters = None  # Parameters is the legacy ItemSelector of a Map state
        self.items_expr: _jsonata.Expression | None = None
        self.items_template: _jsonata.Template | None = None
        if self.jsonata and "Items" in asl:
            text = _jsonata.expression_text(asl["Items"])
            if text is not None:
                self.items_expr = _jsonata.Expression(text, "Items")
            else:
                self.items_template = _jsonata.compile_template(asl["Items"], "Items")
        self.batcher = asl.get("ItemBatcher")
        self.reader = asl.get("ItemReader")

    def _items(self, run: Run, env: _Env, data: Any, effective: Any) -> Any:
        if self.reader is not None:
            if not run.mocks.has(self.name, self.reader.get("Resource")):
                msg = (
                    f"Map state {self.name!r} reads its items with an ItemReader; mock it by the "
                    f"state's name, e.g. mocks={{{self.name!r}: [item, ...]}}"
                )
                raise ExecutionSetupError(msg)
            attempt = run.attempts.get(self.name, 0)
            run.attempts[self.name] = attempt + 1
            outcome = run.mocks.respond(
                self.name, self.reader.get("Resource", ""), effective, attempt=attempt
            )
            if outcome.error is not None:
                raise Failure(outcome.error.error, outcome.error.cause)
            check_mocked_data(outcome.value, self.name)
            config = self.reader.get("ReaderConfig") or {}
            try:
                items = read_items(outcome.value, config)
            except ReaderFailure as exc:
                raise Failure(exc.error, exc.cause) from None
            max_items = config.get("MaxItems")
            if isinstance(items, list) and isinstance(max_items, int) and max_items > 0:
                items = items[:max_items]
            return items
        if self.jsonata:
            if self.items_expr is not None:
                return self.items_expr.evaluate_typed(env.bindings(data), "array")
            if self.items_template is not None:
                return self.items_template(env.bindings(data))
            if not isinstance(effective, list):
                raise StateError(
                    QUERY_EVALUATION_ERROR,
                    f"Map state input must be an array but was: {json_text(effective)}",
                )
            return effective
        path = self.items_path
        items = effective if path == "$" else env.read_field(path, effective)  # type: ignore[arg-type]
        if not isinstance(items, list):
            raise StateError(
                RUNTIME, f"Map state input must be an array but was: {json_text(items)}"
            )
        return items

    def _int_field(self, env: _Env, data: Any, key: str) -> int:
        asl = self.asl
        if key + "Path" in asl and not self.jsonata:
            path = _jsonpath.parse_path(asl[key + "Path"])
            value = _as_int(env.read_field(path, data))
            if value is None:
                raise StateError(
                    RUNTIME,
                    f'The {key}Path field refers to value "{_plain(env.read_field(path, data))}" '
                    f"which is not a valid integer: {path.text}",
                )
            return value
        value = self.evaluate_field(env, data, key)
        return int(value) if _is_int(value) else 0

    def _percentage(self, env: _Env, data: Any) -> float:
        asl = self.asl
        key = "ToleratedFailurePercentage"
        if key + "Path" in asl and not self.jsonata:
            path = _jsonpath.parse_path(asl[key + "Path"])
            value = _as_float(env.read_field(path, data))
            if value is None:
                raise StateError(
                    RUNTIME,
                    f'The {key}Path field refers to value "{_plain(env.read_field(path, data))}" '
                    f"which is not a valid float: {path.text}",
                )
        else:
            value = self.evaluate_field(env, data, key)
            if value is None:
                return 0.0
        if not 0 <= value <= 100:
            raise StateError(RUNTIME, "ToleratedFailurePercentage must be between 0 and 100.")
        return float(value)

    def execute(
        self, run: Run, env: _Env, data: Any
    ) -> tuple[str | None, Any, dict[str, Any] | None]:
        effective = data if self.jsonata else self.apply_input_path(env, data)
        max_concurrency = self._int_field(env, effective, "MaxConcurrency")
        if max_concurrency < 0:
            raise StateError(
                QUERY_EVALUATION_ERROR if self.jsonata else RUNTIME,
                "MaxConcurrency cannot be negative; use 0 for no limit.",
            )
        has_tolerance = any(
            k in self.asl
            for k in (
                "ToleratedFailureCount",
                "ToleratedFailureCountPath",
                "ToleratedFailurePercentage",
                "ToleratedFailurePercentagePath",
            )
        )
        items = self._items(run, env, data, effective)
        run.emit("MapStateStarted", {"length": len(items)})
        tolerated_count = self._int_field(env, effective, "ToleratedFailureCount")
        if tolerated_count < 0:
            raise StateError(RUNTIME, "ToleratedFailureCount cannot be negative.")
        tolerated_pct = self._percentage(env, effective)
        inputs = self._iteration_inputs(run, env, data, effective, items)
        slots = max_concurrency or len(inputs)
        if not self.distributed:
            slots = min(slots, INLINE_MAP_CONCURRENCY)
        results = self._iterate(
            run, env, inputs, max(slots, 1), has_tolerance, tolerated_count, tolerated_pct
        )
        run.emit("MapStateSucceeded", None)
        output, assigned = self.finish(env, data, results)
        return self.next, output, assigned

    def _iteration_inputs(
        self, run: Run, env: _Env, data: Any, effective: Any, items: list[Any]
    ) -> Any:
        selector = self.item_selector
        if selector is None:
            selected: Any = items
        elif self.jsonata:
            selected = _LazyMapped(items, lambda i, item: self._select_jsonata(env, data, i, item))
        else:
            selected = _LazyMapped(
                items, lambda i, item: self._select_jsonpath(env, effective, i, item)
            )
        if self.batcher is None:
            return selected
        return self._batches(env, effective, list(selected))

    def _select_jsonpath(self, env: _Env, effective: Any, index: int, item: Any) -> Any:
        env.map_item = {"Index": index, "Value": item}
        try:
            return self.item_selector(env, effective)
        finally:
            env.map_item = None

    def _select_jsonata(self, env: _Env, data: Any, index: int, item: Any) -> Any:
        env.map_item = {"Index": index, "Value": item}
        try:
            bindings = env.bindings(data)
            bindings["states"]["context"] = env.context()
            return self.item_selector(bindings)
        finally:
            env.map_item = None

    def _batch_limit(
        self, env: _Env, effective: Any, batcher: Mapping[str, Any], key: str
    ) -> int | None:
        """An ItemBatcher limit (from *key* or *key*Path): a positive integer or None."""
        if key + "Path" in batcher and not self.jsonata:
            path = _jsonpath.parse_path(batcher[key + "Path"])
            found = env.read_field(path, effective)
            value = _as_int(found)
            if value is None or value <= 0:
                raise StateError(
                    RUNTIME,
                    f'The ItemBatcher {key}Path field refers to value "{_plain(found)}" which '
                    f"is not a positive integer: {path.text}",
                )
            return value
        if key not in batcher:
            return None
        value = batcher[key]
        text = _jsonata.expression_text(value) if self.jsonata else None
        if text is not None:
            value = _jsonata.Expression(text, key).evaluate(env.bindings(effective))
        if not _is_int(value) or value <= 0:
            raise StateError(
                QUERY_EVALUATION_ERROR if self.jsonata else RUNTIME,
                f"The ItemBatcher {key} field must be a positive integer, got {json_text(value)}",
            )
        return int(value)

    def _batches(self, env: _Env, effective: Any, items: list[Any]) -> list[Any]:
        batcher = self.batcher
        assert batcher is not None
        max_items = self._batch_limit(env, effective, batcher, "MaxItemsPerBatch")
        max_bytes = self._batch_limit(env, effective, batcher, "MaxInputBytesPerBatch")
        batch_input = batcher.get("BatchInput")
        if batch_input is not None:
            if self.jsonata:
                template = _jsonata.compile_template(batch_input, "BatchInput")
                batch_input = template(env.bindings(effective))
            else:
                batch_input = compile_payload(batch_input)(env, effective)
        batches: list[Any] = []
        current: list[Any] = []
        size = 0
        for item in items:
            item_size = len(_intrinsics.utf8(json_text(item)))
            full = (max_items is not None and len(current) >= max_items) or (
                max_bytes is not None and current and size + item_size > max_bytes
            )
            if full:
                batches.append(current)
                current, size = [], 0
            current.append(item)
            size += item_size
        if current:
            batches.append(current)
        out = []
        for batch in batches:
            entry: dict[str, Any] = {"Items": batch}
            if batch_input is not None:
                entry["BatchInput"] = batch_input
            out.append(entry)
        return out

    def _iterate(
        self,
        run: Run,
        env: _Env,
        inputs: Any,
        slots: int,
        has_tolerance: bool,
        tolerated_count: int,
        tolerated_pct: float,
    ) -> list[Any]:
        """Run the iterations, *slots* at a time in virtual time.

        Iteration i starts when a slot is free (the earliest end among those running); the
        state goes on when the last iteration ends.
        """
        total = len(inputs)
        free_at = [run.clock] * min(slots, total)
        latest = run.clock
        graph = self.processor
        distributed = self.distributed
        name = self.name
        results: list[Any] = []
        failures = 0
        if distributed:
            run.emit("MapRunStarted", None)
            saved = run.recording
            run.recording = False
        try:
            # The service chains each iteration's start to the previous iteration's last state
            # event, not to its MapIterationSucceeded.
            chain_to = run.last_event
            for index in range(total):
                run.clock = heapq.heappop(free_at)
                if not distributed:
                    run.last_event = chain_to
                    run.emit("MapIterationStarted", {"index": index, "name": name})
                try:
                    results.append(run.run_graph(graph, inputs[index], env.scope.new_child()))  # type: ignore[attr-defined]
                except TerminalFailure:
                    raise
                except Failure as failure:
                    heapq.heappush(free_at, run.clock)
                    latest = max(latest, run.clock)
                    if not distributed:
                        chain_to = run.last_event
                        run.emit("MapIterationFailed", {"index": index, "name": name})
                        run.last_event = chain_to
                    if not has_tolerance:
                        raise
                    failures += 1
                    results.append(_error_output(failure))
                    if failures > tolerated_count and (
                        tolerated_pct == 0 or failures * 100.0 / total > tolerated_pct
                    ):
                        raise Failure(
                            EXCEED_TOLERATED,
                            "The specified tolerated failure threshold was exceeded",
                        ) from None
                    continue
                heapq.heappush(free_at, run.clock)
                latest = max(latest, run.clock)
                if not distributed:
                    chain_to = run.last_event
                    run.emit("MapIterationSucceeded", {"index": index, "name": name})
            run.clock = latest
        except Failure:
            if distributed:
                run.recording = saved
                run.emit("MapRunFailed", None)
            raise
        if distributed:
            run.recording = saved
            run.emit("MapRunSucceeded", None)
        return results


class _LazyMapped:
    """items mapped on access (keeps one selected item alive at a time)."""

    __slots__ = ("fn", "items")

    def __init__(self, items: list[Any], fn: Callable[[int, Any], Any]) -> None:
        self.items = items
        self.fn = fn

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> Any:
        return self.fn(index, self.items[index])


def _error_output(failure: Failure) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if failure.error is not None:
        out["Error"] = failure.error
    if failure.cause is not None:
        out["Cause"] = failure.cause
    return out


_STATE_CLASSES: dict[str, type[State]] = {
    "Pass": PassState,
    "Choice": ChoiceState,
    "Wait": WaitState,
    "Succeed": SucceedState,
    "Fail": FailState,
    "Task": TaskState,
    "Parallel": ParallelState,
    "Map": MapState,
}


class Graph:
    """The states of a machine, a Parallel branch or a Map's item processor."""

    __slots__ = ("start_at", "states")

    def __init__(self, start_at: str, states: dict[str, State]) -> None:
        self.start_at = start_at
        self.states = states


class Engine:
    """Compiles a machine's states once; a :class:`Run` executes them."""

    def __init__(self, mocks: Mocks, resource_values: Mapping[str, object] | None = None) -> None:
        self.mocks = mocks
        # The value of each ${Name} placeholder of the machine, to tell what a Task calls.
        self.resource_values = resource_values or {}

    def compile_graph(self, asl: Mapping[str, Any], query_language: str) -> Graph:
        if not isinstance(asl, Mapping) or not isinstance(asl.get("States"), Mapping):
            msg = f"a state machine (or branch) must be an object with 'StartAt' and 'States', got {asl!r:.200}"
            raise ExecutionSetupError(msg)
        ql = asl.get("QueryLanguage", query_language)
        states = {name: self.compile_state(name, s, ql) for name, s in asl["States"].items()}
        start = asl.get("StartAt")
        if not isinstance(start, str) or start not in states:
            msg = f"StartAt names {start!r}, which is not a state; states are {', '.join(map(repr, states))}"
            raise ExecutionSetupError(msg)
        return Graph(start, states)

    def compile_state(self, name: str, asl: Mapping[str, Any], query_language: str) -> State:
        kind = asl.get("Type") if isinstance(asl, Mapping) else None
        cls = _STATE_CLASSES.get(kind) if isinstance(kind, str) else None
        if cls is None:
            msg = f"state {name!r} has Type {kind!r}; expected one of {', '.join(_STATE_CLASSES)}"
            raise ExecutionSetupError(msg)
        try:
            return cls(name, asl, query_language, self)
        except ExecutionSetupError:
            raise
        except Exception as err:
            msg = f"state {name!r} cannot be run: {err}"
            raise ExecutionSetupError(msg) from err


# Events the service does not chain to: the next event's previousEventId skips them.
_SIDE_EVENTS = frozenset(
    {
        "ExecutionStarted",
        "MapStateSucceeded",
        "ParallelStateSucceeded",
    }
)


class Run:
    """The mutable state of one execution: clock, history, states visited, mock attempts."""

    def __init__(
        self,
        engine: Engine,
        *,
        max_transitions: int,
        start_time: datetime,
        execution_context: dict[str, Any],
        machine_context: dict[str, Any],
        timeout: float | None = None,
        seed: int = 0,
        machine_type: str = "STANDARD",
    ) -> None:
        self.engine = engine
        self.mocks = engine.mocks
        self.max_transitions = max_transitions
        self.start_time = start_time
        self.execution_context = execution_context
        self.machine_context = machine_context
        self.timeout = timeout
        self.clock = 0.0
        self.events: list[RawEvent] = []
        self.path: list[str] = []
        self.transitions = 0
        self.attempts: dict[str, int] = {}
        self.recording = True
        self.last_event = 0
        self.random = random.Random(seed)
        # The transitions taken, as (state, "Next"/"End"/"Choices[i]"/"Default"/"Retry[i]"/
        # "Catch[i]"), for coverage reports.
        self.taken: set[tuple[str, str]] = set()
        # Room for the last event: the service's ExecutionFailed is the 25,000th. An Express
        # execution's history has no limit, but it lasts at most five minutes.
        express = machine_type == "EXPRESS"
        self.history_room = sys.maxsize if express else HISTORY_LIMIT - 1
        self.max_seconds = EXPRESS_MAX_EXECUTION_SECONDS if express else MAX_EXECUTION_SECONDS

    def emit(self, kind: str, details: dict[str, Any] | None) -> int:
        if not self.recording:
            return 0
        events = self.events
        if len(events) >= self.history_room:
            raise HistoryLimitExceeded
        events.append((kind, self.last_event, self.clock, details))
        n = len(events)
        if kind not in _SIDE_EVENTS:
            self.last_event = n
        return n

    def seconds_until(self, moment: datetime) -> float:
        now = self.start_time + timedelta(seconds=self.clock)
        return max(0.0, (moment - now).total_seconds())

    def check_timeout(self) -> None:
        if self.timeout is not None and self.clock > self.timeout:
            raise _MachineTimedOut

    @property
    def deadline(self) -> float:
        """When the execution times out: its TimeoutSeconds, at most the service's maximum."""
        return self.max_seconds if self.timeout is None else min(self.timeout, self.max_seconds)

    def advance(self, seconds: float) -> None:
        """Move the virtual clock on; past the deadline the execution times out then."""
        deadline = self.deadline
        if self.clock + seconds > deadline:
            self.clock = max(self.clock, deadline)
            raise _MachineTimedOut
        self.clock += seconds

    def run_graph(self, graph: Graph, data: Any, scope: Scope) -> Any:
        """Run states from the graph's StartAt until one ends; return the final output."""
        states = graph.states
        name: str | None = graph.start_at
        while name is not None:
            state = states.get(name)
            if state is None:
                msg = (
                    f"the run went to state {name!r}, which is not a state of its graph; states "
                    f"are {', '.join(map(repr, states))} (validation reports this: run with "
                    "validate=True)"
                )
                raise ExecutionSetupError(msg)
            name, data = self.run_state(state, data, scope)
        return data

    def run_state(
        self, state: State, data: Any, scope: Scope, *, retry: bool = True
    ) -> tuple[str | None, Any]:
        self.transitions += 1
        if self.transitions > self.max_transitions:
            raise TransitionLimitExceeded
        self.path.append(state.name)
        entered_prev = self.last_event
        entered = self.emit(state.type + "StateEntered", {"name": state.name, "input": data})
        env = _Env(self, state, scope, self.clock)
        while True:
            try:
                nxt, output, assigned = state.execute(self, env, data)
                if state.type not in ("Choice", "Fail"):
                    self.taken.add((state.name, "End" if nxt is None else "Next"))
                break
            except StateError as err:
                cause = (
                    f"An error occurred while executing the state '{state.name}' "
                    f"(entered at the event id #{entered}). {err.message}"
                )
                if err.error == QUERY_EVALUATION_ERROR:
                    self.last_event = entered_prev
                    self.emit(
                        "EvaluationFailed",
                        {"error": err.error, "cause": cause, "state": state.name},
                    )
                failure = Failure(err.error, cause)
            except Failure as caught:
                failure = caught
            handled = self.handle_failure(state, env, data, failure, retry=retry)
            if handled is None:
                # The service counts (and bills) every retry as a state transition.
                self.transitions += 1
                if self.transitions > self.max_transitions:
                    raise TransitionLimitExceeded
                continue
            nxt, output, assigned = handled
            break
        if output is not data and over_payload_limit(output):
            raise TerminalFailure(DATA_LIMIT_EXCEEDED, _too_large(state.name))
        if assigned is not None:
            scope.update(assigned)
        if state.type != "Fail":
            details: dict[str, Any] = {"name": state.name, "output": output}
            if assigned is not None:
                details["assignedVariables"] = {k: json_text(v) for k, v in assigned.items()}
            self.emit(state.type + "StateExited", details)
        if self.timeout is not None:
            self.check_timeout()
        return nxt, output

    def handle_failure(
        self, state: State, env: _Env, data: Any, failure: Failure, *, retry: bool
    ) -> tuple[str | None, Any, dict[str, Any] | None] | None:
        """Retry (return None), catch (return next/output/assigned) or re-raise *failure*."""
        if failure.error in UNCATCHABLE or isinstance(failure, TerminalFailure):
            raise failure
        for index, rule in enumerate(state.retriers):
            if matches(rule.error_equals, failure.error):
                done = env.retry_counts.get(index, 0)
                if done >= rule.max_attempts:
                    break
                if not retry:
                    raise _Retriable(failure)
                try:
                    delay = rule.interval * (rule.backoff**done)
                except OverflowError:
                    delay = math.inf
                if rule.max_delay is not None:
                    delay = min(delay, float(rule.max_delay))
                if rule.jitter == "FULL" and math.isfinite(delay):
                    delay = self.random.uniform(0, delay)
                self.advance(delay)
                env.retry_count += 1
                env.retry_counts[index] = done + 1
                self.taken.add((state.name, f"Retry[{index}]"))
                return None
        if state.type in ("Map", "Parallel"):
            self.emit(state.type + "StateFailed", None)
        for index, rule in enumerate(state.catchers):
            if matches(rule.error_equals, failure.error):
                self.taken.add((state.name, f"Catch[{index}]"))
                error_output = _error_output(failure)
                if state.jsonata:
                    bindings = env.bindings(data, error_output=error_output)
                    assigned = rule.assign(env, None, bindings) if rule.assign else None
                    output = rule.output(bindings) if rule.output is not None else error_output
                else:
                    assigned = rule.assign(env, error_output, _EMPTY) if rule.assign else None  # type: ignore[arg-type]
                    output = state.apply_result_path(env, data, error_output, rule.result_path)
                if not retry:
                    raise _Caught(rule.next, output, failure, assigned)
                return rule.next, output, assigned
        raise failure


class _MachineTimedOut(Exception):
    pass


class _Retriable(Exception):
    def __init__(self, failure: Failure) -> None:
        super().__init__(failure.error)
        self.failure = failure


class _Caught(Exception):
    def __init__(
        self, nxt: str | None, output: Any, failure: Failure, assigned: dict[str, Any] | None
    ) -> None:
        super().__init__(failure.error)
        self.next = nxt
        self.output = output
        self.failure = failure
        self.assigned = assigned


def check_mocked_data(value: Any, state: str) -> None:
    """Refuse a mock result that is not JSON data a run can handle (NaN, very deep nesting)."""
    problem = _intrinsics.data_problem(value)
    if problem is not None:
        msg = (
            f"the mock of state {state!r} returned a value that is not usable JSON data: {problem}"
        )
        raise ExecutionSetupError(msg)


def is_finite_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def new_scope(variables: Mapping[str, Any] | None = None) -> Scope:
    return ChainMap(dict(variables or {}))
