"""Properties: random valid machines round-trip through ASL; random rule-breaking edits are rejected.

``valid_machines()`` is also used by ``test_oracles.py`` to check sfdsl's output against
asl-validator and cfn-lint.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import jsonata
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sfdsl import (
    Catch,
    Chain,
    Choice,
    Credentials,
    Fail,
    Jsonata,
    Map,
    Parallel,
    Pass,
    ProcessorConfig,
    Retry,
    State,
    StateMachine,
    States,
    Str,
    Succeed,
    Task,
    Var,
    Wait,
)
from sfdsl._conditions import Condition
from sfdsl._intrinsics import parse_intrinsic
from sfdsl.errors import ValidationError

Draw = Callable[[st.SearchStrategy[Any]], Any]
Language = str  # "JSONPath" or "JSONata"

LAMBDA = "arn:aws:states:::lambda:invoke"
FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:work"
UTC = dt.timezone.utc

# jsonata-python raises the recursion limit the first time it compiles an expression; do it now,
# or hypothesis warns that the limit changed during a test.
jsonata.Jsonata("1")

SETTINGS = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# --------------------------------------------------------------------------- values

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.text(st.characters(codec="utf-8", exclude_characters="%{}$"), max_size=8),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["a", "b", "key", "n"]), inner, max_size=3),
    ),
    max_leaves=6,
)
data_paths = st.sampled_from(["$.a", "$.b.c", "$.items[0]", "$.order.total", "$"])
field_paths = st.sampled_from(["$.a", "$.b.c", "$.items[0]", "$.order.total"])
jsonata = st.sampled_from(
    ["{% $states.input %}", "{% $states.input.a %}", "{% $count([1, 2]) %}", "{% 'text' %}"]
)


class Names:
    """Fresh state names, unique in the whole machine; also whether values may be typed objects."""

    def __init__(self, draw: Draw, *, typed: bool = False) -> None:
        self.draw = draw
        self.count = 0
        self.typed = typed

    def __call__(self, kind: str) -> str:
        self.count += 1
        style = self.draw(st.sampled_from(["plain", "spaced", "unicode", "long"]))
        base = {
            "plain": kind,
            "spaced": f"{kind} step",
            "unicode": f"{kind} é✓",
            "long": kind * (70 // len(kind)),
        }[style]
        return f"{base}{self.count}"[:80] if style != "long" else f"{base[:72]}-{self.count}"


def _typed(draw: Draw, names: Names) -> bool:
    """Write this value as an object (Var, Jsonata, States.X) rather than its ASL text?"""
    return names.typed and bool(draw(st.booleans()))


def _path(draw: Draw, names: Names, text: str) -> Any:
    return Var(text) if _typed(draw, names) else text


def _expr(draw: Draw, names: Names, text: str) -> Any:
    """A ``{% ... %}`` value, or the same expression as a Jsonata object."""
    return Jsonata(text) if _typed(draw, names) else text


def _call(text: str) -> Any:
    """The object of an intrinsic call, as States.X(..., Var(...)) builds it."""
    calls = {"States.Format('n={}', $.a)": States.Format("n={}", Var("$.a"))}
    return calls.get(text) or parse_intrinsic(text)


def _template(draw: Draw, names: Names, value: Any) -> Any:
    """A payload template with some ``"k.$"`` and ``{% %}`` entries written as objects."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key.endswith(".$") and _typed(draw, names):
                out[key[:-2]] = _call(item) if item.startswith("States.") else Var(item)
            else:
                out[key] = _template(draw, names, item)
        return out
    if isinstance(value, list):
        return [_template(draw, names, v) for v in value]
    if isinstance(value, str) and value.startswith("{%"):
        return _expr(draw, names, value)
    return value


# --------------------------------------------------------------------------- conditions


def _comparisons() -> st.SearchStrategy[Condition]:
    when = st.datetimes(
        min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=st.just(UTC)
    ).map(lambda d: d.replace(microsecond=0))
    number = st.one_of(
        st.integers(min_value=-1000, max_value=1000),
        st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    )
    text = st.text(st.characters(codec="utf-8", exclude_characters="*\\"), max_size=6)
    return st.one_of(
        st.builds(lambda p, v: Var(p) == v, field_paths, text),
        st.builds(lambda p, v: Var(p) == v, field_paths, number),
        st.builds(lambda p, v: Var(p) == v, field_paths, st.booleans()),
        st.builds(lambda p, v: Var(p) < v, field_paths, number),
        st.builds(lambda p, v: Var(p) >= v, field_paths, text),
        st.builds(lambda p, v: Var(p) > v, field_paths, when),
        st.builds(lambda p: Var(p).is_present(), field_paths),
        st.builds(lambda p, f: Var(p).is_null(f), field_paths, st.booleans()),
        st.builds(lambda p: Var(p).is_numeric(), field_paths),
        st.builds(lambda p: Var(p).is_string(), field_paths),
        st.builds(lambda p: Var(p).is_boolean(), field_paths),
        st.builds(lambda p: Var(p).is_timestamp(), field_paths),
        st.builds(lambda p: Var(p).matches("order-*.json"), field_paths),
        st.builds(lambda a, b: Str(a) <= Str(b), field_paths, field_paths),
    )


conditions: st.SearchStrategy[Condition] = st.recursive(
    _comparisons(),
    lambda inner: st.one_of(
        st.builds(lambda a, b: a & b, inner, inner),
        st.builds(lambda a, b: a | b, inner, inner),
        st.builds(lambda a: ~a, inner),
    ),
    max_leaves=4,
)
jsonata_conditions = st.sampled_from(
    [
        "{% $states.input.n > 3 %}",
        "{% $exists($states.input.a) %}",
        "{% $states.input.kind = 'gift' and $states.input.total < 100 %}",
    ]
)


# --------------------------------------------------------------------------- states


def _some(draw: Draw, **options: st.SearchStrategy[Any]) -> dict[str, Any]:
    """A random subset of keyword arguments."""
    return {k: draw(v) for k, v in options.items() if draw(st.booleans())}


def _io(draw: Draw, names: Names, language: Language) -> dict[str, Any]:
    if language == "JSONata":
        fields = _some(draw, output=st.one_of(jsonata, st.just({"v": "{% $states.input %}"})))
        return {k: _template(draw, names, v) for k, v in fields.items()}
    fields = _some(draw, input_path=data_paths, output_path=data_paths)
    return {k: _path(draw, names, v) for k, v in fields.items()}


def _assign(draw: Draw, names: Names, language: Language) -> dict[str, Any]:
    if language == "JSONata":
        fields = _some(draw, assign=st.just({"seen": "{% $states.input %}", "n": 1}))
    else:
        fields = _some(draw, assign=st.just({"seen.$": "$", "n": 1}))
    return {k: _template(draw, names, v) for k, v in fields.items()}


def _retries(draw: Draw) -> list[Retry]:
    errors = st.lists(
        st.sampled_from(["States.Timeout", "States.TaskFailed", "Custom.Error", "Lambda.Unknown"]),
        min_size=1,
        max_size=3,
        unique=True,
    )
    rules = [
        Retry(
            draw(errors),
            **_some(
                draw,
                interval_seconds=st.integers(1, 30),
                max_attempts=st.integers(0, 5),
                backoff_rate=st.floats(1.0, 5.0),
                max_delay_seconds=st.integers(1, 3600),
                jitter_strategy=st.sampled_from(["FULL", "NONE"]),
            ),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    if draw(st.booleans()):
        rules.append(Retry(["States.ALL"], max_attempts=draw(st.integers(0, 3))))
    return rules


def _catches(draw: Draw, names: Names, language: Language, inherited: Language) -> list[Catch]:
    """Catchers of a *language* state; handlers are siblings, so they take *inherited*."""
    out = []
    for i in range(draw(st.integers(0, 2))):
        last = i == 1 and draw(st.booleans())
        handler: State = (
            Fail(names("Failed"), error="Caught")
            if draw(st.booleans())
            else Pass(names("Handle"), **_assign(draw, names, inherited))
        )
        extra = (
            _some(draw, output=st.just("{% $states.errorOutput %}"))
            if language == "JSONata"
            else _some(draw, result_path=st.sampled_from(["$.error", "$"]))
        )
        extra = {
            k: _template(draw, names, v) if k == "output" else _path(draw, names, v)
            for k, v in extra.items()
        }
        errors = (
            ["States.ALL"] if last else [draw(st.sampled_from(["Custom.Error", "States.Timeout"]))]
        )
        out.append(Catch(errors, next=handler, **extra))
    return out


def _language(draw: Draw, inherited: Language) -> tuple[Language, dict[str, Any]]:
    """The state's language: inherited, or JSONata set on the state inside JSONPath."""
    if inherited == "JSONPath" and draw(st.integers(0, 5)) == 0:
        return "JSONata", {"query_language": "JSONata"}
    return inherited, {}


def _pass(draw: Draw, names: Names, inherited: Language) -> State:
    language, ql = _language(draw, inherited)
    fields = _io(draw, names, language) | _assign(draw, names, language) | ql
    if language == "JSONPath":
        fields |= draw(
            st.sampled_from(
                [
                    {},
                    {"result": draw(json_values)},
                    {"parameters": {"id.$": "$.a", "fixed": draw(json_values)}},
                    {"parameters": {"text.$": "States.Format('n={}', $.a)"}},
                    {"parameters": {"run.$": "$$.Execution.Id"}},
                ]
            )
        )
        if "parameters" in fields:
            fields["parameters"] = _template(draw, names, fields["parameters"])
        fields |= _some(draw, result_path=st.sampled_from(["$.out", "$"]))
    fields |= _some(draw, comment=st.text(max_size=10))
    return Pass(names("Pass"), **fields)


def _task(draw: Draw, names: Names, inherited: Language) -> State:
    language, ql = _language(draw, inherited)
    fields = _io(draw, names, language) | _assign(draw, names, language) | ql
    if language == "JSONPath":
        fields["parameters"] = {"FunctionName": FUNCTION, "Payload.$": "$"}
        fields |= _some(
            draw,
            result_selector=st.just({"body.$": "$.Payload"}),
            result_path=st.sampled_from(["$.result", "$"]),
        )
        role = st.sampled_from(
            [Var("$.role"), States.Format("arn:aws:iam::{}:role/Worker", Var("$.account"))]
        )
    else:
        fields["arguments"] = {"FunctionName": FUNCTION, "Payload": "{% $states.input %}"}
        role = st.just(Jsonata("$states.input.role"))
    fields = {k: _template(draw, names, v) if isinstance(v, dict) else v for k, v in fields.items()}
    if "result_path" in fields:
        fields["result_path"] = _path(draw, names, fields["result_path"])
    if _typed(draw, names):
        fields["credentials"] = Credentials(draw(role))
    timeout = draw(st.one_of(st.none(), st.integers(2, 3600)))
    if timeout is not None:
        fields["timeout_seconds"] = timeout
        if draw(st.booleans()):
            fields["heartbeat_seconds"] = draw(st.integers(1, timeout - 1))
    state = Task(names("Task"), resource=LAMBDA, **fields)
    return state.retry(*_retries(draw)).catch(*_catches(draw, names, language, inherited))


def _wait(draw: Draw, names: Names, inherited: Language) -> State:
    language, ql = _language(draw, inherited)
    fields = _io(draw, names, language) | ql
    timestamp = st.sampled_from(["2026-01-31T12:00:00Z", "2030-06-01T00:00:00.5+02:00"])
    if language == "JSONPath":
        fields |= draw(
            st.sampled_from(
                [
                    {"seconds": draw(st.integers(0, 600))},
                    {"seconds_path": _path(draw, names, "$.delay")},
                    {"timestamp": draw(timestamp)},
                    {"timestamp_path": _path(draw, names, "$.until")},
                ]
            )
        )
    else:
        fields |= draw(
            st.sampled_from(
                [
                    {"seconds": draw(st.integers(0, 600))},
                    {"seconds": _expr(draw, names, "{% $states.input.delay %}")},
                    {"timestamp": draw(timestamp)},
                ]
            )
        )
    return Wait(names("Wait"), **fields)


def _terminal(draw: Draw, names: Names, language: Language) -> State:
    if draw(st.booleans()):
        return Succeed(names("Done"), **_io(draw, names, language))
    if language == "JSONata":
        fields = _some(draw, error=st.just("Bad"), cause=jsonata)
        if "cause" in fields:
            fields["cause"] = _expr(draw, names, fields["cause"])
        return Fail(names("Fail"), **fields)
    return Fail(
        names("Fail"),
        **draw(
            st.sampled_from(
                [
                    {},
                    {"error": "Bad", "cause": "because"},
                    {"error_path": "$.error", "cause_path": "States.Format('bad {}', $.a)"},
                    {
                        "error_path": _path(draw, names, "$.error"),
                        "cause_path": States.Format("bad {}", Var("$.a"))
                        if _typed(draw, names)
                        else "States.Format('bad {}', $.a)",
                    },
                ]
            )
        ),
    )


def _choice(draw: Draw, names: Names, inherited: Language, depth: int) -> Chain:
    language, ql = _language(draw, inherited)
    choice = Choice(names("Choice"), **_assign(draw, names, language) | ql)
    if language == "JSONPath":
        paths = _some(draw, input_path=data_paths, output_path=data_paths)
        choice = choice.with_(**{k: _path(draw, names, v) for k, v in paths.items()})
    for _ in range(draw(st.integers(1, 3))):
        # Targets are siblings of the Choice: they take the inherited language.
        target: State | Chain = (
            _terminal(draw, names, inherited)
            if draw(st.booleans())
            else _fragment(draw, names, inherited, depth + 1)
        )
        cond = draw(jsonata_conditions if language == "JSONata" else conditions)
        choice = choice.when(cond, target)
    if draw(st.booleans()):
        choice = choice.otherwise(Pass(names("Otherwise")))
    return Chain.of(choice)


def _polling_loop(draw: Draw, names: Names, language: Language) -> Chain:
    wait = Wait(names("Wait"), seconds=draw(st.integers(1, 60)))
    poll = Pass(names("Poll"))
    back = draw(st.sampled_from(["name", "object"]))
    check = Choice(names("Check"))
    cond = draw(jsonata_conditions if language == "JSONata" else conditions)
    check = check.when(cond, wait.name if back == "name" else wait).otherwise(Pass(names("Out")))
    return wait.next(poll).next(check)


def _parallel(draw: Draw, names: Names, inherited: Language, depth: int) -> State:
    # Only leaf states set JSONata themselves: whether the states of a branch inherit a
    # Parallel's or Map's own QueryLanguage is where sfdsl and cfn-lint disagree.
    language, ql = inherited, dict[str, Any]()
    branches = [_fragment(draw, names, language, depth + 1) for _ in range(draw(st.integers(1, 3)))]
    fields = _io(draw, names, language) | _assign(draw, names, language) | ql
    if language == "JSONPath":
        fields |= _some(draw, result_path=st.just("$.branches"), parameters=st.just({"a.$": "$.a"}))
    else:
        fields |= _some(draw, arguments=st.just({"a": "{% $states.input.a %}"}))
    fields = {k: _template(draw, names, v) if isinstance(v, dict) else v for k, v in fields.items()}
    state = Parallel(names("Parallel"), branches=branches, **fields)
    return state.retry(*_retries(draw)).catch(*_catches(draw, names, language, inherited))


def _map(draw: Draw, names: Names, inherited: Language, depth: int) -> State:
    # Only leaf states set JSONata themselves: whether the states of a branch inherit a
    # Parallel's or Map's own QueryLanguage is where sfdsl and cfn-lint disagree.
    language, ql = inherited, dict[str, Any]()
    body = _fragment(draw, names, language, depth + 1)
    fields = _io(draw, names, language) | _assign(draw, names, language) | ql
    fields |= _some(draw, max_concurrency=st.integers(0, 40))
    if language == "JSONPath":
        fields |= _some(
            draw,
            items_path=st.just("$.items"),
            item_selector=st.just({"item.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index"}),
            result_path=st.just("$.results"),
        )
    else:
        fields |= _some(
            draw,
            items=st.sampled_from(["{% $states.input.items %}", [1, 2, 3]]),
            item_selector=st.just({"item": "{% $states.context.Map.Item.Value %}"}),
        )
    if draw(st.integers(0, 4)) == 0:
        fields |= {
            "processor_config": ProcessorConfig(
                "DISTRIBUTED", draw(st.sampled_from(["STANDARD", "EXPRESS"]))
            ),
            "label": "batch",
        } | _some(
            draw,
            tolerated_failure_percentage=st.integers(0, 100),
            tolerated_failure_count=st.integers(0, 10),
        )
    elif draw(st.booleans()):
        fields["processor_config"] = ProcessorConfig("INLINE")
    fields = {
        k: _template(draw, names, v) if isinstance(v, (dict, str)) and k != "label" else v
        for k, v in fields.items()
    }
    if "items_path" in fields:
        fields["items_path"] = _path(draw, names, fields["items_path"])
    state = Map(names("Map"), item_processor=body, **fields)
    return state.retry(*_retries(draw))


def _piece(draw: Draw, names: Names, language: Language, depth: int) -> State | Chain:
    kinds = ["pass", "task", "wait", "choice", "loop"]
    if depth < 2:
        kinds += ["parallel", "map"]
    kind = draw(st.sampled_from(kinds))
    if kind == "pass":
        return _pass(draw, names, language)
    if kind == "task":
        return _task(draw, names, language)
    if kind == "wait":
        return _wait(draw, names, language)
    if kind == "choice":
        return _choice(draw, names, language, depth)
    if kind == "loop":
        return _polling_loop(draw, names, language)
    if kind == "parallel":
        return _parallel(draw, names, language, depth)
    return _map(draw, names, language, depth)


def _fragment(draw: Draw, names: Names, language: Language, depth: int) -> Chain:
    result = Chain.of(_piece(draw, names, language, depth))
    for _ in range(draw(st.integers(0, 3 if depth == 0 else 1))):
        if not result.ends:
            break
        result = result.next(_piece(draw, names, language, depth))
    if result.ends and draw(st.booleans()):
        result = result.next(_terminal(draw, names, language))
    return result


@st.composite
def valid_machines(draw: Draw, *, typed: bool = False) -> StateMachine:
    """A random valid state machine: nested Parallel/Map, typed Choices, Retry/Catch, both languages.

    With *typed*, some paths, payload entries, JSONata values and intrinsic calls are written as
    objects (``Var``, ``Jsonata``, ``States.X``) instead of their ASL text, and Tasks may assume a
    role chosen at run time.
    """
    language = draw(st.sampled_from([None, "JSONPath", "JSONata"]))
    names = Names(draw, typed=typed)
    definition = _fragment(draw, names, language or "JSONPath", 0)
    return StateMachine(
        definition,
        query_language=language,
        **_some(draw, timeout_seconds=st.integers(1, 86400), version=st.just("1.0")),
    )


# --------------------------------------------------------------------------- round trips


@SETTINGS
@given(valid_machines())
def test_valid_machines_round_trip(machine: StateMachine) -> None:
    document = machine.to_asl()
    again = StateMachine.from_asl(document)
    assert again == machine
    assert again.to_asl() == document
    text = machine.to_json()
    assert StateMachine.from_asl(text).to_json() == text
    assert json.loads(text) == document


@SETTINGS
@given(valid_machines(typed=True))
def test_machines_built_with_typed_values_round_trip(machine: StateMachine) -> None:
    document = machine.to_asl()
    again = StateMachine.from_asl(document)
    assert again == machine
    assert hash(again) == hash(machine)
    assert again.to_asl() == document
    assert StateMachine.from_asl(machine.to_json()).to_json() == machine.to_json()


@SETTINGS
@given(valid_machines())
def test_rebuilding_from_the_same_graph_gives_byte_identical_json(machine: StateMachine) -> None:
    rebuilt = StateMachine(
        machine.graph,
        query_language=machine.query_language,
        timeout_seconds=machine.timeout_seconds,
        version=machine.version,
    )
    assert rebuilt == machine
    assert rebuilt.to_json() == machine.to_json()
    assert rebuilt.to_json(indent=None) == machine.to_json(indent=None)


# --------------------------------------------------------------------------- mutations


def _graphs(doc: dict[str, Any], prefix: str = "") -> list[tuple[str, dict[str, Any]]]:
    """Every graph of the document (machine, branches, Map bodies) with its path prefix."""
    here = f"{prefix}." if prefix else ""
    found = [(prefix, doc)]
    for name, state in doc["States"].items():
        path = f"{here}States.{name}"
        for i, branch in enumerate(state.get("Branches", [])):
            found += _graphs(branch, f"{path}.Branches[{i}]")
        for key in ("ItemProcessor", "Iterator"):
            if key in state:
                found += _graphs(state[key], f"{path}.{key}")
    return found


def _states(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], str]]:
    """Every state: (path, name, state, language)."""
    out = []
    top = doc.get("QueryLanguage", "JSONPath")

    def walk(graph: dict[str, Any], prefix: str, language: str) -> None:
        here = f"{prefix}." if prefix else ""
        for name, state in graph["States"].items():
            path = f"{here}States.{name}"
            own = state.get("QueryLanguage", language)
            out.append((path, name, state, own))
            for i, branch in enumerate(state.get("Branches", [])):
                walk(branch, f"{path}.Branches[{i}]", own)
            for key in ("ItemProcessor", "Iterator"):
                if key in state:
                    walk(state[key], f"{path}.{key}", own)

    walk(doc, "", top)
    return out


Mutation = Callable[[Draw, dict[str, Any]], "tuple[str, str] | None"]


def _missing_start(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    prefix, graph = draw(st.sampled_from(_graphs(doc)))
    graph["StartAt"] = "No such state"
    return f"{prefix}.StartAt" if prefix else "StartAt", "missing-target"


def _next_and_end(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    ends = [(p, s) for p, _, s, _ in _states(doc) if s.get("End") is True]
    if not ends:
        return None
    path, state = draw(st.sampled_from(ends))
    state["Next"] = "Anywhere"
    return f"{path}.End", "next-and-end"


def _dangling_next(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    nexts = [(p, s) for p, _, s, _ in _states(doc) if "Next" in s]
    if not nexts:
        return None
    path, state = draw(st.sampled_from(nexts))
    state["Next"] = "Nowhere"
    return f"{path}.Next", "missing-target"


def _bad_backoff(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    recoverable = [
        (p, s) for p, _, s, _ in _states(doc) if s["Type"] in ("Task", "Parallel", "Map")
    ]
    if not recoverable:
        return None
    path, state = draw(st.sampled_from(recoverable))
    state["Retry"] = [
        {"ErrorEquals": ["Custom.Error"], "BackoffRate": 0.5},
        *state.get("Retry", []),
    ]
    return f"{path}.Retry[0].BackoffRate", "out-of-range"


def _negative_attempts(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    recoverable = [
        (p, s) for p, _, s, _ in _states(doc) if s["Type"] in ("Task", "Parallel", "Map")
    ]
    if not recoverable:
        return None
    path, state = draw(st.sampled_from(recoverable))
    state["Retry"] = [{"ErrorEquals": ["Custom.Error"], "MaxAttempts": -1}, *state.get("Retry", [])]
    return f"{path}.Retry[0].MaxAttempts", "out-of-range"


def _all_not_last(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    tasks = [(p, s) for p, _, s, _ in _states(doc) if s["Type"] == "Task"]
    if not tasks:
        return None
    path, state = draw(st.sampled_from(tasks))
    state["Retry"] = [{"ErrorEquals": ["States.ALL"]}, {"ErrorEquals": ["Custom.Error"]}]
    return f"{path}.Retry[0].ErrorEquals", "states-all-not-last"


def _duplicate_in_branch(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    nested = [(p, g) for p, g in _graphs(doc) if p]
    if not nested:
        return None
    prefix, graph = draw(st.sampled_from(nested))
    # Top-level names are registered before any branch is visited.
    taken = next(iter(doc["States"]))
    old = graph["StartAt"]
    graph["States"] = {taken if k == old else k: v for k, v in graph["States"].items()}
    graph["StartAt"] = taken
    for state in graph["States"].values():
        _rename_targets(state, old, taken)
    return f"{prefix}.States.{taken}", "duplicate-state-name"


def _rename_targets(state: dict[str, Any], old: str, new: str) -> None:
    if state.get("Next") == old:
        state["Next"] = new
    if state.get("Default") == old:
        state["Default"] = new
    for rule in [*state.get("Choices", []), *state.get("Catch", [])]:
        if rule.get("Next") == old:
            rule["Next"] = new


def _heartbeat_not_below_timeout(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    tasks = [(p, s) for p, _, s, _ in _states(doc) if s["Type"] == "Task"]
    if not tasks:
        return None
    path, state = draw(st.sampled_from(tasks))
    state["TimeoutSeconds"] = 10
    state["HeartbeatSeconds"] = draw(st.integers(10, 100))
    return f"{path}.HeartbeatSeconds", "heartbeat-not-below-timeout"


def _no_choices(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    choices = [(p, s) for p, _, s, _ in _states(doc) if s["Type"] == "Choice"]
    if not choices:
        return None
    path, state = draw(st.sampled_from(choices))
    state["Choices"] = []
    return f"{path}.Choices", "choice-without-rules"


def _dollar_not_a_path(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    passes = [
        (p, s) for p, _, s, lang in _states(doc) if s["Type"] == "Pass" and lang == "JSONPath"
    ]
    if not passes:
        return None
    path, state = draw(st.sampled_from(passes))
    state.pop("Result", None)
    state["Parameters"] = {
        "value.$": draw(st.sampled_from(["plain text", "States.Nope()", "$..["]))
    }
    return f"{path}.Parameters.value.$", ""


def _wrong_language_field(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    path, _, state, language = draw(st.sampled_from(_states(doc)))
    if state["Type"] in ("Fail",):
        return None
    field = "InputPath" if language == "JSONata" else "Output"
    state[field] = "$.a" if field == "InputPath" else "{% $states.input %}"
    return f"{path}.{field}", "wrong-query-language"


def _unknown_field(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    path, _, state, _ = draw(st.sampled_from(_states(doc)))
    state["Nonsense"] = 1
    return f"{path}.Nonsense", "unknown-field"


def _empty_branches(draw: Draw, doc: dict[str, Any]) -> tuple[str, str] | None:
    parallels = [(p, s) for p, _, s, _ in _states(doc) if s["Type"] == "Parallel"]
    if not parallels:
        return None
    path, state = draw(st.sampled_from(parallels))
    state["Branches"] = []
    return f"{path}.Branches", "parallel-without-branches"


MUTATIONS: list[Mutation] = [
    _missing_start,
    _next_and_end,
    _dangling_next,
    _bad_backoff,
    _negative_attempts,
    _all_not_last,
    _duplicate_in_branch,
    _heartbeat_not_below_timeout,
    _no_choices,
    _dollar_not_a_path,
    _wrong_language_field,
    _unknown_field,
    _empty_branches,
]


@pytest.mark.parametrize("mutate", MUTATIONS, ids=lambda m: m.__name__.strip("_"))
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
)
@given(machine=valid_machines(), data=st.data())
def test_a_mutation_that_breaks_a_rule_is_rejected_at_its_path(
    mutate: Mutation, machine: StateMachine, data: st.DataObject
) -> None:
    document = copy.deepcopy(machine.to_asl())
    where = mutate(data.draw, document)
    assume(where is not None)  # the machine may have nothing the mutation applies to
    assert where is not None
    path, code = where
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl(document)
    located = [p for p in info.value.problems if p.path == path]
    assert located, f"no problem at {path}: {info.value}"
    if code:
        assert code in {p.code for p in located}, info.value
