"""JSONata for local runs: compiled expressions and templates, with the service's extra functions.

Step Functions adds ``$partition``, ``$range``, ``$hash``, ``$random``, ``$uuid`` and ``$parse`` to
JSONata; they are registered on every compiled expression.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import random
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any

from sfdsl import _intrinsics
from sfdsl._jsontypes import json_type
from sfdsl._runner._failure import StateError

_EXPRESSION = re.compile(r"^\{%(.*)%\}$", re.DOTALL)

QUERY_EVALUATION_ERROR = "States.QueryEvaluationError"

MAX_STEPS = 200_000
"""sfdsl's bound on the evaluation steps of one JSONata expression (a few seconds of work);
past it the expression fails with States.QueryEvaluationError, as an endless recursion would."""
MAX_DEPTH = 1_500
"""sfdsl's bound on the nesting of evaluation (about 500 levels of a recursive function)."""


class _Budget:
    """Counts the steps and the depth of one evaluation; stops it past the bounds."""

    __slots__ = ("depth", "steps")

    def __init__(self) -> None:
        self.steps = 0
        self.depth = 0

    def enter(self, _expr: Any, _input: Any, env: Any) -> None:
        if env.is_parallel_call:
            return
        self.steps += 1
        self.depth += 1
        if self.steps > MAX_STEPS:
            raise _OverBudget(f"the evaluation took more than {MAX_STEPS} steps")
        if self.depth > MAX_DEPTH:
            raise _OverBudget(f"the evaluation nested more than {MAX_DEPTH} levels deep")

    def leave(self, _expr: Any, _input: Any, env: Any, _result: Any) -> None:
        if not env.is_parallel_call:
            self.depth -= 1


class _OverBudget(Exception):
    pass


def expression_text(value: object) -> str | None:
    """The JSONata expression in *value* if it is a ``{% ... %}`` string, else None.

    Example:
        >>> expression_text("{% $states.input.a %}"), expression_text("plain")
        ('$states.input.a', None)
    """
    if isinstance(value, str):
        m = _EXPRESSION.match(value)
        if m:
            return m.group(1).strip()
    return None


class _Undefined:
    __slots__ = ()

    def __repr__(self) -> str:
        return "UNDEFINED"


UNDEFINED: Any = _Undefined()
"""What an expression that returns nothing evaluates to."""


def _json_text(value: object) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _fn_partition(array: Any, size: Any) -> Any:
    if not isinstance(array, list) or not isinstance(size, (int, float)) or size <= 0:
        msg = "$partition expects an array and a positive chunk size"
        raise ValueError(msg)
    step = int(size)
    return [list(array[i : i + step]) for i in range(0, len(array), step)]


RANGE_MAX = 1000
"""The most items ``$range`` creates: the service's documented bound of States.ArrayRange."""


def _fn_range(start: Any, end: Any, step: Any) -> Any:
    values = (start, end, step)
    if (
        not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values)
        or step == 0
    ):
        msg = "$range expects numeric start, end and a non-zero step"
        raise ValueError(msg)
    count = math.floor((end - start) / step) + 1 if math.isfinite((end - start) / step) else 0
    if count > RANGE_MAX:
        msg = f"$range would create {count} items; at most {RANGE_MAX} are allowed"
        raise ValueError(msg)
    # jsonata loads only when a JSONata expression runs (see compile_expression).
    from jsonata.utils import Utils

    # A sequence, not an array: like the service, a one-element range is that element.
    out = Utils.create_sequence()
    current = start
    while (step > 0 and current <= end) or (step < 0 and current >= end):
        out.append(current)
        current += step
    return out


def _fn_hash(data: Any, algorithm: Any) -> Any:
    names = {
        "MD5": "md5",
        "SHA-1": "sha1",
        "SHA-256": "sha256",
        "SHA-384": "sha384",
        "SHA-512": "sha512",
    }
    if not isinstance(data, str) or algorithm not in names:
        msg = "$hash expects a string and one of MD5, SHA-1, SHA-256, SHA-384, SHA-512"
        raise ValueError(msg)
    return hashlib.new(names[algorithm], _intrinsics.utf8(data)).hexdigest()


def _fn_random(seed: Any = None) -> Any:
    return random.Random(seed).random() if seed is not None else random.random()


def _fn_uuid() -> Any:
    return str(uuid.uuid4())


def _fn_parse(text: Any) -> Any:
    if not isinstance(text, str):
        msg = "$parse expects a string"
        raise ValueError(msg)
    return json.loads(text)


_EXTRA_FUNCTIONS: dict[str, Callable[..., Any]] = {
    "partition": _fn_partition,
    "range": _fn_range,
    "hash": _fn_hash,
    "random": _fn_random,
    "uuid": _fn_uuid,
    "parse": _fn_parse,
}


class _NotFinite(Exception):
    pass


def _to_json(value: Any) -> Any:
    """Convert a JSONata result to plain JSON: nulls restored, whole floats made ints.

    Raises _NotFinite for NaN or an infinity, which JSON cannot hold (JSONata itself refuses
    them: ``$number('NaN')`` is an error there).
    """
    # jsonata loads only when a JSONata expression runs (see compile_expression).
    from jsonata.utils import Utils

    if value is Utils.NULL_VALUE:
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _NotFinite(value)
        if value.is_integer() and abs(value) < 2**63:
            return int(value)
        return value
    if isinstance(value, list):
        return [_to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _to_json(v) for k, v in value.items()}
    return value


def _is_function(value: Any) -> bool:
    # jsonata loads only when a JSONata expression runs (see compile_expression).
    from jsonata.utils import Utils

    if value is Utils.NULL_VALUE:
        return False
    return not isinstance(value, (str, int, float, bool, list, dict, type(None)))


@functools.lru_cache(maxsize=2048)
def compile_expression(text: str) -> Any:
    """Parse a JSONata expression once (cached); the result has ``evaluate(input, bindings)``."""
    # jsonata is imported when a JSONata expression is run: runs of JSONPath workflows, and
    # `import sfdsl`, never load it (about 15 ms).
    import jsonata

    expr = jsonata.Jsonata(text)
    expr.set_output_convert_nulls(False)
    for name, fn in _EXTRA_FUNCTIONS.items():
        expr.register_lambda(name, fn)
    return expr


def _bindable(value: Any) -> Any:
    if value is None:
        # jsonata loads only when a JSONata expression runs (see compile_expression).
        from jsonata.utils import Utils

        return Utils.NULL_VALUE
    return value


class Expression:
    """A compiled ``{% ... %}`` expression of field *field* (for error causes)."""

    __slots__ = ("_compiled", "_error", "field", "text")

    def __init__(self, text: str, field: str) -> None:
        self.text = text
        self.field = field
        try:
            self._compiled = compile_expression(text)
            self._error = ""
        except Exception as err:
            self._compiled = None
            self._error = str(err)

    def evaluate(self, bindings: Mapping[str, Any], *, allow_undefined: bool = False) -> Any:
        """Evaluate with *bindings* (variables and ``states``); raise StateError on failure."""
        if self._compiled is None:
            raise StateError(
                QUERY_EVALUATION_ERROR,
                f"The JSONata expression '{self.text}' specified for the field '{self.field}' "
                f"could not be parsed: {self._error}",
            )
        budget = _Budget()
        frame = {k: _bindable(v) for k, v in bindings.items()}
        # The evaluator looks these callbacks up in the bindings before and after every step.
        frame["__evaluate_entry"] = budget.enter
        frame["__evaluate_exit"] = budget.leave
        try:
            raw = self._compiled.evaluate(None, frame)
        except _OverBudget as err:
            raise StateError(
                QUERY_EVALUATION_ERROR,
                f"The JSONata expression '{self.text}' specified for the field '{self.field}' "
                f"was stopped: {err} (sfdsl's bound on local runs).",
            ) from None
        except RecursionError:
            raise StateError(
                QUERY_EVALUATION_ERROR,
                f"The JSONata expression '{self.text}' specified for the field '{self.field}' "
                "was stopped: the evaluation nested too deeply (sfdsl's bound on local runs).",
            ) from None
        except Exception as err:
            raise StateError(
                QUERY_EVALUATION_ERROR,
                f"An error occurred while evaluating the JSONata expression '{self.text}' "
                f"specified for the field '{self.field}': {err}",
            ) from err
        if raw is None:
            if allow_undefined:
                return UNDEFINED
            raise StateError(
                QUERY_EVALUATION_ERROR,
                f"The JSONata expression '{self.text}' specified for the field '{self.field}' "
                "returned nothing (undefined).",
            )
        if _is_function(raw):
            raise StateError(
                QUERY_EVALUATION_ERROR,
                f"The JSONata expression '{self.text}' specified for the field '{self.field}' "
                "returned an unsupported result type.",
            )
        try:
            return _to_json(raw)
        except _NotFinite as err:
            raise StateError(
                QUERY_EVALUATION_ERROR,
                f"The JSONata expression '{self.text}' specified for the field '{self.field}' "
                f"returned {err.args[0]!r}, which is not a JSON number.",
            ) from None
        except RecursionError:
            raise StateError(
                QUERY_EVALUATION_ERROR,
                f"The JSONata expression '{self.text}' specified for the field '{self.field}' "
                "returned a value nested too deeply (sfdsl's bound on local runs).",
            ) from None

    def evaluate_typed(self, bindings: Mapping[str, Any], expected: str) -> Any:
        """Evaluate and require a JSON type (``array``, ``number``, ...)."""
        value = self.evaluate(bindings)
        if json_type(value) != expected:
            raise StateError(
                QUERY_EVALUATION_ERROR,
                f"The JSONata expression '{self.text}' specified for the field '{self.field}' "
                f"returned an unexpected result type. Expected '{expected}', but was "
                f"'{json_type(value)}' for value: {_json_text(value)}",
            )
        return value


Template = Callable[[Mapping[str, Any]], Any]
"""A compiled JSONata template: bindings -> value."""


def compile_template(value: Any, field: str) -> Template:
    """Compile a value whose strings may be ``{% %}`` expressions (recursively) into a function.

    *field* names the field in error causes (``Output``, ``Assign/x``, ...).

    Example:
        >>> t = compile_template({"a": "{% $states.input.n + 1 %}", "b": [1, "x"]}, "Output")
        >>> t({"states": {"input": {"n": 1}}})
        {'a': 2, 'b': [1, 'x']}
    """
    text = expression_text(value)
    if text is not None:
        expr = Expression(text, field)
        return expr.evaluate
    if isinstance(value, dict):
        parts = [(k, compile_template(v, f"{field}/{k}")) for k, v in value.items()]
        if all(getattr(p, "_constant", False) for _, p in parts):
            return _constant(value)
        return lambda bindings: {k: p(bindings) for k, p in parts}
    if isinstance(value, list):
        items = [compile_template(v, f"{field}[{i}]") for i, v in enumerate(value)]
        if all(getattr(p, "_constant", False) for p in items):
            return _constant(value)
        return lambda bindings: [p(bindings) for p in items]
    return _constant(value)


def _constant(value: Any) -> Template:
    def const(_bindings: Mapping[str, Any]) -> Any:
        return value

    const._constant = True  # type: ignore[attr-defined]
    return const
