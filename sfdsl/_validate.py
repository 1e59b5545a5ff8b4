"""Whole-graph checks of a state machine: targets, reachability, names, query languages.

All problems are collected with their path (``States.P.Branches[0].States.X.Next``) and returned
together; nothing here raises.
"""

from __future__ import annotations

import difflib
import functools
from collections import deque
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, get_args

import attrs

from sfdsl._chain import Graph
from sfdsl._chain import labelled_targets as _targets
from sfdsl._checks import _kind
from sfdsl._intrinsics import States as _StatesNames
from sfdsl._resources import ResourceArn, resource_warning
from sfdsl._sdk import machine_problems as sdk_machine_problems
from sfdsl._states import (
    Choice,
    ChoiceRule,
    Fail,
    Map,
    Parallel,
    Pass,
    State,
    Succeed,
    Task,
    target_name,
)
from sfdsl._typing import QueryLanguage
from sfdsl._values import DISCARD, Placeholder
from sfdsl.errors import Problem

if TYPE_CHECKING:
    from sfdsl._sdk._check import ResultMember


def validate_graph(
    graph: Graph,
    *,
    language: QueryLanguage = "JSONPath",
    machine_type: str = "STANDARD",
) -> list[Problem]:
    """Every problem of *graph* and its nested branches, plus warnings (severity ``warning``).

    Example:
        >>> from sfdsl import Pass
        >>> from sfdsl._chain import Graph
        >>> for p in validate_graph(Graph("A", [Pass("A", next_state="B")])):
        ...     print(p)
        Next target 'B' does not exist; states here are: 'A'  @ States.A.Next
    """
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    # An unknown QueryLanguage is reported where it is set; which fields it allows is unknown.
    known = language in _LANGUAGES
    _check_graph(
        graph,
        "",
        language if known else "JSONPath",
        machine_type,
        problems,
        seen,
        outer=frozenset(),
        flow=_Flow(),
        language_known=known,
    )
    problems.extend(_error_name_warnings(graph))
    return problems


_LANGUAGES: tuple[QueryLanguage, ...] = get_args(QueryLanguage)


def _walk(graph: Graph, here: str = "") -> Iterable[tuple[State, str]]:
    """Every state of *graph* and its nested branches, with the path of the graph that holds it.

    The path ends with a dot (``States.P.Branches[0].``), or is empty at the top.
    """
    for state in graph.states:
        yield state, here
        for label, sub in _subgraphs(state):
            yield from _walk(sub, f"{here}States.{state.name}.{label}.")


@functools.cache
def _service_errors() -> tuple[str, ...]:
    """The error names Step Functions raises (the constants of ``States``), sorted."""
    names = vars(_StatesNames).items()
    return tuple(sorted(v for k, v in names if k[:1].isupper() and isinstance(v, str)))


_RULE_FIELDS = (("Retry", "retry_rules"), ("Catch", "catch_rules"))


def _error_name_warnings(graph: Graph) -> list[Problem]:
    """Retry/Catch names in the reserved ``States.`` namespace that nothing can raise.

    Step Functions raises only its own ``States.*`` errors; any other ``States.`` name matches
    only when a Fail state of the machine raises it, so it is most likely a misspelling.
    """
    states = list(_walk(graph))
    raised = {s.error for s, _ in states if isinstance(s, Fail) and isinstance(s.error, str)}
    known = _service_errors()
    problems: list[Problem] = []
    for state, here in states:
        for kind, field in _RULE_FIELDS:
            for i, rule in enumerate(getattr(state, field, ()) or ()):
                names = getattr(rule, "errors", ())
                for j, name in enumerate(names if isinstance(names, tuple) else ()):
                    if (
                        not isinstance(name, str)
                        or not name.startswith("States.")
                        or name in known
                        or name in raised
                    ):
                        continue
                    close = difflib.get_close_matches(name, known, n=1, cutoff=0.85)
                    hint = f"did you mean {close[0]!r}? " if close else ""
                    problems.append(
                        Problem(
                            f"{name!r} is not an error Step Functions raises, and no Fail state "
                            f"here raises it, so this rule most likely never matches; {hint}"
                            "States.* names are reserved for the service's own errors",
                            f"{here}States.{state.name}.{kind}[{i}].ErrorEquals[{j}]",
                            "unknown-states-error",
                            "warning",
                        )
                    )
    return problems


def _subgraphs(state: State) -> list[tuple[str, Graph]]:
    if isinstance(state, Parallel):
        return [(f"Branches[{i}]", g) for i, g in enumerate(state.branches) if isinstance(g, Graph)]
    if isinstance(state, Map) and isinstance(state.item_processor, Graph):
        return [("Iterator" if state.legacy_iterator else "ItemProcessor", state.item_processor)]
    return []


def _check_graph(
    graph: Graph,
    prefix: str,
    language: QueryLanguage,
    machine_type: str,
    problems: list[Problem],
    seen: dict[str, str],
    *,
    outer: frozenset[str],
    flow: _Flow,
    entry: frozenset[str] = frozenset(),
    language_known: bool = True,
) -> None:
    here = f"{prefix}." if prefix else ""
    # A missing target of this graph (not of its branches) makes its loops look like traps.
    dangling = False
    by_name: dict[str, State] = {}
    for state in graph.states:
        path = f"{here}States.{state.name}"
        if state.name in by_name or state.name in seen:
            first = seen.get(state.name, path)
            problems.append(
                Problem(
                    f"state name {state.name!r} is used twice (also at {first}); "
                    "names must be unique in the whole machine, branches included: rename one",
                    path,
                    "duplicate-state-name",
                )
            )
        by_name.setdefault(state.name, state)
        seen.setdefault(state.name, path)

    if graph.start_at not in by_name:
        dangling = True
        problems.append(
            Problem(
                f"StartAt {graph.start_at!r} is not a state here; "
                f"{_did_you_mean(graph.start_at, by_name)}states are: {_names(by_name)}",
                f"{here}StartAt",
                "missing-target",
            )
        )

    inner_outer: frozenset[str] | None = None
    successors: dict[str, list[str]] = {}  # of each state by_name holds
    paths = flow.paths(graph)
    closed = flow.closed(graph)
    # Most graphs (every branch without a Choice) have nothing to track: share the empty one.
    bits = _Bits(paths, closed) if paths or closed else _NO_BITS
    present: dict[str, int] | None = None
    for state in graph.states:
        path = f"{here}States.{state.name}"
        own = state.query_language if state.query_language in _LANGUAGES else None
        effective: QueryLanguage = own or language
        known = own is not None or (state.query_language is None and language_known)
        if state.query_language == "JSONPath" and language == "JSONata" and not prefix:
            problems.append(
                Problem(
                    "QueryLanguage cannot be JSONPath inside a JSONata machine or branch; "
                    "remove the state's query_language or make the machine JSONPath",
                    f"{path}.QueryLanguage",
                    "query-language-downgrade",
                )
            )
        if state.query_language is None and language_known:
            found = state.language_problems(effective)
            if found:
                problems.extend(p.under(prefix) for p in found)
        targets = _targets(state)
        if by_name[state.name] is state:
            successors[state.name] = [t[0] for t in targets]
        for target in targets:
            if target[0] not in by_name:
                dangling = True
                where = "is outside this branch" if target[0] in outer else "does not exist"
                problems.append(
                    Problem(
                        f"{target[1]} target {target[0]!r} {where}; "
                        f"{_did_you_mean(target[0], by_name)}states here are: {_names(by_name)}",
                        f"{path}.{target[1]}",
                        "missing-target",
                    )
                )
        if (
            state.has_next_slot()
            and getattr(state, "next_state", None) is None
            and not getattr(state, "end", False)
        ):
            problems.append(
                Problem(
                    f"{state.TYPE} state has neither Next nor End; set next_state=... or end=True",
                    path,
                    "no-transition",
                )
            )
        if isinstance(state, Task):
            problems.extend(_task_problems(state, path, machine_type))
            problems.extend(sdk_machine_problems(state, path))
        if isinstance(state, Map) and not state.distributed:
            problems.extend(_inline_map_warnings(state, path))
        if isinstance(state, Map) and state.item_reader is not None:
            problems.extend(state.item_reader.advice(f"{path}.ItemReader"))
        problems.extend(_payload_object_warnings(state, path))
        if isinstance(state, Choice) and not state.choices:
            problems.append(
                Problem(
                    "a Choice state needs at least one rule; add one with .when(condition, target)",
                    f"{path}.Choices",
                    "choice-without-rules",
                )
            )
        if isinstance(state, Map) and state.distributed and machine_type == "EXPRESS":
            problems.append(
                Problem(
                    "a distributed Map cannot run in an EXPRESS state machine; use STANDARD or an inline Map",
                    path,
                    "express-unsupported",
                )
            )
        subgraphs = _subgraphs(state)
        if subgraphs and inner_outer is None:
            inner_outer = outer | frozenset(by_name)
        for key, sub in subgraphs:
            sub_entry: frozenset[str] = frozenset()
            if effective == "JSONPath" and flow.paths(sub):
                if present is None:
                    present = _present_on_entry(graph, by_name, bits, bits.of(entry), flow)
                sub_entry = _entry_paths(state, present.get(state.name, 0), bits, flow, sub)
            _check_graph(
                sub,
                f"{path}.{key}",
                effective,
                machine_type,
                problems,
                seen,
                outer=inner_outer or frozenset(),
                flow=flow,
                entry=sub_entry,
                language_known=known,
            )

    if graph.start_at in by_name and not dangling:
        _reachability(graph, successors, by_name, here, problems)
    elif graph.start_at in by_name:
        _unreachable_only(graph, successors, by_name, here, problems)
    if paths or bits.closed:
        if present is None:
            present = _present_on_entry(graph, by_name, bits, bits.of(entry), flow)
        problems.extend(_choice_warnings(graph, here, present, bits, flow))


def _did_you_mean(name: str, by_name: Mapping[str, State]) -> str:
    """``"did you mean 'X'? "`` for the state name closest to a misspelt *name*, else ``""``."""
    close = difflib.get_close_matches(name, list(by_name), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}? " if close else ""


def _names(by_name: Mapping[str, State]) -> str:
    names = list(by_name)
    shown = ", ".join(repr(n) for n in names[:8])
    return shown + (f" and {len(names) - 8} more" if len(names) > 8 else "")


def _is_terminal(state: State) -> bool:
    return isinstance(state, (Succeed, Fail)) or bool(getattr(state, "end", False))


def _unreachable_only(
    graph: Graph,
    successors: Mapping[str, list[str]],
    by_name: Mapping[str, State],
    here: str,
    problems: list[Problem],
) -> None:
    """Report unreachable states but not terminal reachability, which a missing target explains."""
    scratch: list[Problem] = []
    _reachability(graph, successors, by_name, here, scratch)
    problems.extend(p for p in scratch if p.code == "unreachable-state")


def _reachability(
    graph: Graph,
    successors: Mapping[str, list[str]],
    by_name: Mapping[str, State],
    here: str,
    problems: list[Problem],
) -> None:
    """Report unreachable states, and reachable ones from which no terminal state is reachable."""
    reached: dict[str, list[str]] = {}  # each reached state's successors
    queue = deque([graph.start_at])
    while queue:
        name = queue.popleft()
        if name in reached or name not in by_name:
            continue
        reached[name] = successors[name]
        queue.extend(reached[name])
    for name in by_name:
        if name not in reached:
            problems.append(
                Problem(
                    f"state {name!r} is unreachable from {graph.start_at!r}; "
                    "link to it from another state or remove it",
                    f"{here}States.{name}",
                    "unreachable-state",
                )
            )
    # Every reachable state must be able to reach a terminal state (no trap cycles).
    preds: dict[str, list[str]] = {n: [] for n in by_name}
    for name, targets in reached.items():
        for succ in targets:
            if succ in preds:
                preds[succ].append(name)
    live: set[str] = set()
    terminal = [n for n in reached if _is_terminal(by_name[n])]
    queue = deque(terminal)
    while queue:
        name = queue.popleft()
        if name in live:
            continue
        live.add(name)
        queue.extend(preds[name])
    if not terminal:
        problems.append(
            Problem(
                "no terminal state is reachable: add a Succeed or Fail state, or end=True on the last state",
                f"{here}States",
                "no-terminal-state",
            )
        )
        return
    trapped = [n for n in reached if n not in live]
    if trapped:
        problems.append(
            Problem(
                f"states {', '.join(repr(n) for n in trapped)} loop forever: no path from them reaches "
                "a Succeed, Fail or End state; add an exit (e.g. a Choice rule or a Catch) to the loop",
                f"{here}States.{trapped[0]}",
                "no-path-to-end",
            )
        )


_DISTRIBUTED_ONLY = (
    "item_reader",
    "item_batcher",
    "result_writer",
    "label",
    "tolerated_failure_count",
    "tolerated_failure_count_path",
    "tolerated_failure_percentage",
    "tolerated_failure_percentage_path",
)


def _inline_map_warnings(state: Map, path: str) -> list[Problem]:
    fields = attrs.fields_dict(Map)
    return [
        Problem(
            f"{fields[f].metadata['asl']} only takes effect in a distributed Map; "
            "pass processor_config=ProcessorConfig('DISTRIBUTED', 'STANDARD') or remove it",
            f"{path}.{fields[f].metadata['asl']}",
            "distributed-only",
            "warning",
        )
        for f in _DISTRIBUTED_ONLY
        if getattr(state, f) is not None
    ]


_PAYLOAD_FIELDS = (("Parameters", "parameters"), ("ResultSelector", "result_selector"))


def _payload_object_warnings(state: State, path: str) -> list[Problem]:
    # The ASL specification makes these payload templates, which are objects; the linters accept
    # other JSON, used as a literal, which is rarely what was meant.
    problems: list[Problem] = []
    for field, attribute in _PAYLOAD_FIELDS:
        value = getattr(state, attribute, None)
        if value is None or isinstance(value, (Mapping, Placeholder)):
            continue
        as_text = ", which is passed on as text: no path in it is evaluated" * isinstance(
            value, str
        )
        problems.append(
            Problem(
                f"{field} should be an object (the ASL specification makes it a payload "
                f"template), got {_kind(value)} {value!r}{as_text}; put the value under a key, "
                "e.g. {'value.$': '$.path'} or {'value': ...}",
                f"{path}.{field}",
                "payload-not-object",
                "warning",
            )
        )
    return problems


def _task_problems(state: Task, path: str, machine_type: str) -> list[Problem]:
    if isinstance(state.resource, str):
        warning = resource_warning(state.resource)
        if warning:
            return [Problem(warning, f"{path}.Resource", "resource-not-arn", "warning")]
    if machine_type != "EXPRESS" or not isinstance(state.resource, str):
        return []
    arn = ResourceArn.parse(state.resource)
    if arn.pattern in (".sync", ".sync:2", ".waitForTaskToken"):
        return [
            Problem(
                f"an EXPRESS state machine does not support the {arn.pattern!r} integration pattern; "
                "use a STANDARD machine or call the service without waiting",
                f"{path}.Resource",
                "express-unsupported",
            )
        ]
    return []


# --------------------------------------------------------------------------- warnings

# Result fields an optimized integration always returns beyond what its API model marks
# required (request-response pattern only); the others are the output shape's
# (sfdsl._sdk._check.result_members).
_RESULT_FIELDS: Mapping[tuple[str, str], tuple[str, ...]] = {
    ("lambda", "invoke"): ("Payload", "StatusCode"),
    ("apigateway", "invoke"): ("StatusCode",),
}


def _result_fields(state: State) -> tuple[str, ...]:
    if not isinstance(state, Task) or not isinstance(state.resource, str):
        return ()
    if ":states:::" not in state.resource:
        return ()  # cheap test first: a function or activity ARN returns any JSON
    return _resource_result_fields(state.resource)


@functools.lru_cache(maxsize=1024)
def _resource_result_fields(resource: str) -> tuple[str, ...]:
    arn = ResourceArn.parse(resource)
    if arn.kind not in ("integration", "sdk") or arn.pattern:
        return ()
    if arn.kind == "integration" and (arn.service, arn.action) in _RESULT_FIELDS:
        return _RESULT_FIELDS[arn.service, arn.action]
    # The API models are read only for workflows that call AWS services (as in _result_member).
    from sfdsl._sdk._check import result_members

    return result_members(arn.service, arn.action, sdk=arn.kind == "sdk")


def _written_paths(state: State) -> set[str]:
    """Data paths certainly present in the output of *state* because the state writes them."""
    result_path = getattr(state, "result_path", None)
    if isinstance(state, Pass) and state.result is not None:
        payload: Any = state.result
    elif isinstance(state, (Pass, Task, Parallel, Map)):
        payload = getattr(state, "result_selector", None) or (
            state.parameters if isinstance(state, Pass) else None
        )
    else:
        payload = None
    keys = list(_flat_keys(payload)) if isinstance(payload, Mapping) else []
    if payload is None:
        keys = list(_result_fields(state))
    if isinstance(state, Pass) and payload is None:
        written: set[str] = set()
    elif isinstance(result_path, str) and result_path != "$":
        written = {result_path} | {f"{result_path}.{k}" for k in keys if "." not in k}
    elif result_path is None or result_path == "$":
        written = {f"$.{k}" for k in keys}
    else:  # ResultPath null: the result is discarded
        written = set()
    return _through_output(written, getattr(state, "output_path", None))


def _through_output(paths: Iterable[str], output_path: object) -> set[str]:
    """*paths* as seen after ``OutputPath`` keeps only a part of the document."""
    if output_path is None or output_path == "$":
        return set(paths)
    if not isinstance(output_path, str):  # OutputPath null: the output is {}
        return set()
    return _rebase(paths, output_path)


def _rebase(paths: Iterable[str], base: str) -> set[str]:
    return {f"${p[len(base) :]}" for p in paths if p.startswith((f"{base}.", f"{base}["))}


def _flat_keys(payload: Mapping[str, Any], prefix: str = "") -> Iterable[str]:
    for key, value in payload.items():
        name = f"{prefix}{key.removesuffix('.$')}"
        yield name
        if isinstance(value, Mapping) and not key.endswith(".$"):
            yield from _flat_keys(value, f"{name}.")


# ---------------------------------------------------------------- data flow into Choice states
#
# Which data paths are certainly present in each state's input is a forward "must" data-flow
# problem: a path is present on entry to a state only when it is present on every transition
# into it. Each graph is solved once, with one bit per path its Choices test (Python ints as bit
# vectors), iterating in reverse postorder to a fixpoint: O((states + transitions) x paths / 64).


@attrs.frozen
class _RuleFacts:
    """What one Choice rule tells the analysis (paths as the rule reads them, after InputPath)."""

    unguarded: tuple[str, ...]  # read without an IsPresent guard, sorted
    tested: tuple[str, ...]  # read, guarded or not, sorted
    read: tuple[str, ...]  # read or tested for presence, sorted
    if_true: frozenset[str]  # certainly present when the rule matched
    if_false: frozenset[str]  # certainly present when it did not match (and did not fail)


def _analysed(state: State) -> bool:
    return isinstance(state, Choice) and (state.query_language or "JSONPath") == "JSONPath"


def _rule_facts(rule: object) -> _RuleFacts | None:
    """The facts of a JSONPath rule; None for a rule the analysis cannot read."""
    # The conditions module loads with the first Choice: validating and writing a machine built
    # in Python without one skips it.
    from sfdsl._conditions import guarded_paths, present_when, tested_paths

    if not isinstance(rule, ChoiceRule):
        return None
    try:
        tested = tested_paths(rule.condition)
        unguarded = tested - guarded_paths(rule.condition)
        if_true = present_when(rule.condition, True)
        if_false = present_when(rule.condition, False)
        return _RuleFacts(
            tuple(sorted(unguarded)),
            tuple(sorted(tested)),
            tuple(sorted(tested | if_true | if_false)),
            if_true,
            if_false,
        )
    except (TypeError, AttributeError):
        return None


def _data_path(var: str, choice: Choice) -> str:
    """Where *var*, read by *choice*, sits in the state's input (before its InputPath)."""
    return _outer(var, choice.input_path if isinstance(choice.input_path, str) else "$")


def _branch_base(state: Parallel) -> str | None:
    """The input path a Parallel's branches start from, or None when they start from other data."""
    if state.parameters is not None:
        return None
    if state.input_path is None or state.input_path == "$":
        return "$"
    return state.input_path if isinstance(state.input_path, str) else None


Closed = tuple[str, str]
"""A closed result: where a call's whole result is (``$`` or a ResultPath), and its resource."""


def _closed_result(state: State) -> Closed | None:
    """Where *state* puts the whole result of a request-response call, with its resource."""
    if not isinstance(state, Task) or not isinstance(state.resource, str):
        return None
    if ":states:::" not in state.resource or state.result_selector is not None:
        return None
    if state.output_path not in (None, "$") or state.query_language == "JSONata":
        return None
    place = state.result_path
    if place is None:
        place = "$"
    if not isinstance(place, str) or _call(state.resource) is None:
        return None
    return place, state.resource


@functools.lru_cache(maxsize=1024)
def _call(resource: str) -> tuple[str, str, bool] | None:
    """(service, action, AWS SDK integration) of a request-response call's resource."""
    arn = ResourceArn.parse(resource)
    if arn.kind not in ("integration", "sdk") or arn.pattern:
        return None
    return arn.service, arn.action, arn.kind == "sdk"


class _Flow:
    """The data-flow analysis of one validation: facts per rule and paths per graph, computed once."""

    def __init__(self) -> None:
        self.rules: dict[int, tuple[_RuleFacts | None, ...]] = {}
        self.needed: dict[int, tuple[str, ...]] = {}
        self.results: dict[int, tuple[Closed, ...]] = {}

    def facts(self, choice: Choice) -> tuple[_RuleFacts | None, ...]:
        key = id(choice)
        if key not in self.rules:
            self.rules[key] = tuple(_rule_facts(rule) for rule in choice.choices)
        return self.rules[key]

    def paths(self, graph: Graph) -> tuple[str, ...]:
        """The data paths whose presence matters to the Choices of *graph*, enclosing ones included.

        The Choices of a Parallel branch that starts with the Parallel's input count too, at
        the place of the Parallel's input where they read.
        """
        key = id(graph)
        if key in self.needed:
            return self.needed[key]
        out: dict[str, None] = {}
        # With results of calls about, a guarded path matters too: a member the result never
        # has is still one, unless a later state wrote it.
        every = bool(self.closed(graph))
        for state in graph.states:
            if isinstance(state, Choice) and _analysed(state):
                for facts in self.facts(state):
                    read = (facts.read if every else facts.unguarded) if facts else ()
                    for var in read:
                        if var.startswith("$."):
                            out.update(dict.fromkeys(_prefixes(_data_path(var, state))))
            if isinstance(state, Parallel) and (base := _branch_base(state)) is not None:
                for branch in state.branches:
                    if isinstance(branch, Graph):
                        out.update(dict.fromkeys(_outer(p, base) for p in self.paths(branch)))
        self.needed[key] = tuple(out)
        return self.needed[key]

    def closed(self, graph: Graph) -> tuple[Closed, ...]:
        """The results of calls with a known output shape that the Choices of *graph* may read.

        Each is the place a Task puts its result (``$`` or its ``ResultPath``) and its
        resource, for the Tasks whose result reaches the next state whole (request-response,
        no ``ResultSelector``, no ``OutputPath``) at a place the Choices read in or under.
        """
        key = id(graph)
        if key in self.results:
            return self.results[key]
        read: set[str] = set()
        for state in graph.states:
            if isinstance(state, Choice) and _analysed(state):
                for facts in self.facts(state):
                    for var in facts.read if facts else ():
                        if var.startswith("$."):
                            read.update(_prefixes(_data_path(var, state)))
        out: dict[Closed, None] = {}
        for state in graph.states if read else ():
            result = _closed_result(state)
            if result is not None and (result[0] == "$" or result[0] in read):
                out[result] = None
        self.results[key] = tuple(out)
        return self.results[key]


def _outer(path: str, base: str) -> str:
    """*path* of a document that is the part *base* of a larger one, as a path of the larger one."""
    return path if base == "$" else f"{base}{path[1:]}"


class _Bits:
    """Bit vectors (Python ints) over the data paths of one graph, and its closed results.

    A path's bit says the path is present. A closed result's bit says the place holds, on every
    way in, the whole result of a call whose output shape is known (the Task's resource): what
    the Choices read under it is then a member of that shape, present, optional or impossible.
    Writing at the place or around it ends a closed result; writing inside it adds a path.
    """

    __slots__ = ("all", "closed", "index", "places", "under")

    def __init__(self, paths: Iterable[str], closed: Iterable[Closed] = ()) -> None:
        self.index = {path: 1 << i for i, path in enumerate(paths)}
        first = len(self.index)
        self.closed = {result: 1 << (first + i) for i, result in enumerate(closed)}
        # The closed results at each place, with their bits.
        self.places: dict[str, list[tuple[str, int]]] = {}
        for (place, resource), bit in self.closed.items():
            self.places.setdefault(place, []).append((resource, bit))
        self.all = (1 << (first + len(self.closed))) - 1
        # The bits of the paths, and closed results, at or inside each enclosing path.
        self.under: dict[str, int] = {}
        places = [*self.index.items(), *((place, bit) for (place, _), bit in self.closed.items())]
        for path, bit in places:
            for prefix in _prefixes(path):
                self.under[prefix] = self.under.get(prefix, 0) | bit

    def of(self, paths: Iterable[str]) -> int:
        """The bits of *paths* (paths that no Choice tests have none)."""
        bits = 0
        index = self.index
        for path in paths:
            bits |= index.get(path, 0)
        return bits

    def within(self, path: str) -> int:
        """The bits of *path* and of the objects that hold it: any of them written counts."""
        return self.of(_prefixes(path))

    def kept_around(self, result_path: object) -> int:
        """The paths that survive a result written at *result_path*."""
        if result_path is DISCARD:
            return self.all
        if not isinstance(result_path, str):
            return self.all
        return self.all & ~self.under.get(result_path, 0)


_NO_BITS: Final = _Bits(())
"""The bits of a graph with no path to track and no closed result (never changed)."""


def _kept(state: State, bits: _Bits) -> int:
    """The paths of the input of *state* that are still present in its output."""
    if getattr(state, "output_path", None) not in (None, "$"):
        return 0
    input_path = getattr(state, "input_path", None)
    if not isinstance(state, (Pass, Task, Parallel, Map)):
        return bits.all if input_path in (None, "$") else 0
    result_path = state.result_path
    if result_path is None or result_path == "$":
        replaced = not isinstance(state, Pass) or state.result is not None
        kept = not replaced and state.parameters is None and input_path in (None, "$")
        return bits.all if kept else 0
    return bits.kept_around(result_path)


Edge = tuple[str, int, int]
"""One transition: the target, the input paths it keeps, the paths it writes."""


def _written_bits(state: State, bits: _Bits) -> int:
    """The bits of :func:`_written_paths`, without building them when none can be tested, and
    of the closed result the state writes."""
    result = _closed_result(state) if bits.closed else None
    closed = bits.closed.get(result, 0) if result is not None else 0
    result_path = getattr(state, "result_path", None)
    if (
        isinstance(result_path, str)
        and result_path != "$"
        and getattr(state, "output_path", None) in (None, "$")
        and result_path not in bits.under
    ):
        return closed  # every path written is at or below ResultPath, and no Choice tests one there
    return bits.of(_written_paths(state)) | closed


def _edges(state: State, bits: _Bits, flow: _Flow) -> list[Edge]:
    """Every transition out of *state*, with what it keeps of the input and what it writes."""
    kept = _kept(state, bits)
    out: list[Edge] = []
    nxt = getattr(state, "next_state", None)
    if nxt is not None:
        out.append((target_name(nxt), kept, _written_bits(state, bits)))
    if isinstance(state, Choice):
        analysed = _analysed(state)
        # Rule i is taken after rules 0..i-1 were false without failing.
        before: frozenset[str] = frozenset()
        for rule, facts in zip(state.choices, flow.facts(state), strict=True):
            written: set[str] = set()
            if analysed and facts is not None:
                written = _through_output(before | facts.if_true, state.output_path)
                before |= facts.if_false
            out.append((target_name(rule.next), kept, bits.of(written)))
        if state.default is not None:
            written = _through_output(before, state.output_path) if analysed else set()
            out.append((target_name(state.default), kept, bits.of(written)))
    for catcher in getattr(state, "catch_rules", ()):
        rp = getattr(catcher, "result_path", None)
        base = "$" if rp is None else rp
        keeps = bits.kept_around(rp) if rp is DISCARD or (isinstance(rp, str) and rp != "$") else 0
        written = set()
        if isinstance(base, str):
            written = {f"{base}.Error", f"{base}.Cause"} | ({base} if base != "$" else set())
        out.append((target_name(catcher.next), keeps, bits.of(written)))
    return out


def _present_on_entry(
    graph: Graph, by_name: Mapping[str, State], bits: _Bits, entry: int, flow: _Flow
) -> dict[str, int]:
    """The paths certainly present in the input of each state of *graph* (a must-analysis).

    States that StartAt cannot reach are solved apart, as if each unreached root started with
    nothing, so that they do not weaken what reachable states get.
    """
    edges = {name: _edges(state, bits, flow) for name, state in by_name.items()}
    region: dict[str, int] = {}
    start: dict[str, int] = {}  # the roots, with the paths present when they start
    order: list[str] = []  # reverse postorder, region by region
    roots = [graph.start_at] if graph.start_at in by_name else []
    for root in [*roots, *(s.name for s in graph.states)]:
        if root in region:
            continue
        number = len(start)
        start[root] = entry if number == 0 and roots else 0
        region[root] = number
        post: list[str] = []
        stack = [(root, iter(edges[root]))]
        while stack:
            name, successors = stack[-1]
            for target, _, _ in successors:
                if target in by_name and target not in region:
                    region[target] = number
                    stack.append((target, iter(edges[target])))
                    break
            else:
                stack.pop()
                post.append(name)
        order += reversed(post)
    position = {name: i for i, name in enumerate(order)}
    incoming: dict[str, list[Edge]] = {name: [] for name in by_name}
    loops = False  # with no edge back in the order, one pass reaches the fixpoint
    for name, out in edges.items():
        for target, kept, written in out:
            if target in incoming and region[target] == region[name]:
                incoming[target].append((name, kept, written))
                loops = loops or position[name] >= position[target]
    present = dict.fromkeys(by_name, bits.all)
    changed = True
    while changed:
        changed = False
        for name in order:
            value = start.get(name, bits.all)
            for source, kept, written in incoming[name]:
                value &= (present[source] & kept) | written
            if value != present[name]:
                present[name] = value
                changed = loops
    return present


def _choice_warnings(
    graph: Graph, here: str, present: Mapping[str, int], bits: _Bits, flow: _Flow
) -> list[Problem]:
    warnings: list[Problem] = []
    for choice in graph.states:
        if not isinstance(choice, Choice) or not _analysed(choice):
            continue
        on_entry = present.get(choice.name, 0)
        known: frozenset[str] = frozenset()
        for i, facts in enumerate(flow.facts(choice)):
            if facts is None:
                continue
            where = f"{here}States.{choice.name}.Choices[{i}]"
            guards = facts.if_true - frozenset(facts.tested)  # what IsPresent found
            for var in facts.read:
                if not var.startswith("$.") or _present(var, known):
                    continue
                data = _data_path(var, choice)
                guarded = var not in facts.unguarded
                found = _result_member(data, on_entry, bits) if bits.closed else None
                if found is not None:
                    # The result of a call: its output shape says, unless a later state wrote
                    # the path (or an object holding it) inside the result.
                    place, member = found
                    inside = [p for p in _prefixes(data) if len(p) > len(place)]
                    if on_entry & bits.of(inside) or member.kind == "required":
                        continue
                    if member.kind == "absent":
                        warnings.append(_absent_warning(i, var, guarded, place, member, where))
                    elif not guarded and not _present(
                        _as_read(choice, place, member), guards | known
                    ):
                        warnings.append(_optional_warning(i, var, choice, place, member, where))
                    continue
                if guarded or on_entry & bits.within(data):
                    continue
                warnings.append(
                    Problem(
                        f"rule {i} compares {var} but no earlier state guarantees it; if it is "
                        "absent the execution fails with States.Runtime: guard it with "
                        f"Var({var!r}).is_present() & ...",
                        where,
                        "unguarded-choice-variable",
                        "warning",
                    )
                )
            # A later rule is evaluated only when this one was false without failing.
            known |= facts.if_false
    return warnings


def _result_member(data: str, on_entry: int, bits: _Bits) -> tuple[str, ResultMember] | None:
    """The closed result holding the data path *data* on entry, and what its output shape says."""
    # Imported here: the API models are read only for workflows that call AWS services.
    from sfdsl._sdk._check import result_member

    # A place holding the path: one of the objects on its way (the path itself is the result's
    # member, not in it), or the whole input.
    for place in [*_prefixes(data)[1:], "$"]:
        held = [resource for resource, bit in bits.places.get(place, ()) if on_entry & bit]
        if not held:
            continue
        resource = held[0]  # at most one: writing a result at a place ends the others there
        inner = data if place == "$" else f"${data[len(place) :]}"
        call = _call(resource)
        if call is None:
            continue
        service, action, sdk = call
        always = () if sdk else _RESULT_FIELDS.get((service, action), ())
        found = result_member(service, action, inner, sdk=sdk, always=always)
        return None if found is None else (place, found)
    return None


def _as_read(choice: Choice, place: str, member: ResultMember) -> str:
    """The path of *member* of the result at *place* as *choice* reads it (after its InputPath)."""
    base = choice.input_path if isinstance(choice.input_path, str) else "$"
    at = member.where if place == "$" else f"{place}{member.where[1:]}"
    if base == "$":
        return at
    return f"${at[len(base) :]}" if at.startswith((f"{base}.", f"{base}[")) else "$"


def _optional_warning(
    i: int, var: str, choice: Choice, place: str, member: ResultMember, where: str
) -> Problem:
    at = _as_read(choice, place, member)
    if at == "$":
        at = var  # the member is outside what the Choice reads
    return Problem(
        f"rule {i} compares {var}, but the result of {member.label} (put at {place}) may leave "
        f"out {member.name!r}, an optional member of the API's output; if it is absent the "
        f"execution fails with States.Runtime: test it first, Var({at!r}).is_present() & ...",
        where,
        "unguarded-choice-variable",
        "warning",
    )


def _absent_warning(
    i: int, var: str, guarded: bool, place: str, member: ResultMember, where: str
) -> Problem:
    outcome = (
        "it is never present (is_present() is always false)"
        if guarded
        else "the execution fails with States.Runtime"
    )
    return Problem(
        f"rule {i} compares {var}, but the result of {member.label} (put at {place}) never has "
        f"{member.name!r}{member.hint}, so {outcome}; its members there are: {member.names}",
        where,
        "unknown-result-field",
        "warning",
    )


def _present(var: str, known: frozenset[str]) -> bool:
    return var in known or any(k.startswith((f"{var}.", f"{var}[")) for k in known)


def _prefixes(var: str) -> list[str]:
    out = [var]
    cut = max(var.rfind("."), var.rfind("["))
    while cut > 1:
        var = var[:cut]
        out.append(var)
        cut = max(var.rfind("."), var.rfind("["))
    return out


def _entry_paths(
    state: State, on_entry: int, bits: _Bits, flow: _Flow, sub: Graph
) -> frozenset[str]:
    """Data paths present when the branch or iteration *sub* of *state* starts."""
    if isinstance(state, Map):
        selector = state.item_selector if state.item_selector is not None else state.parameters
        if isinstance(selector, Mapping):
            return frozenset(f"$.{k}" for k in _flat_keys(selector))
        return frozenset()
    if not isinstance(state, Parallel):
        return frozenset()
    if isinstance(state.parameters, Mapping):
        return frozenset(f"$.{k}" for k in _flat_keys(state.parameters))
    base = _branch_base(state)
    if base is None:
        return frozenset()
    # A branch starts with the Parallel's input: what was present when the Parallel started.
    index = bits.index
    return frozenset(p for p in flow.paths(sub) if on_entry & index.get(_outer(p, base), 0))


__all__ = ["validate_graph"]
