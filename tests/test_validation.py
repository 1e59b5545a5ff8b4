"""Validation when objects are built: field rules, graph rules, warnings, every problem at once."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sfdsl import (
    DISCARD,
    Catch,
    Choice,
    Fail,
    Graph,
    ItemBatcher,
    Jsonata,
    Map,
    Parallel,
    Pass,
    ProcessorConfig,
    Retry,
    State,
    StateMachine,
    States,
    Succeed,
    Task,
    Var,
    Wait,
)
from sfdsl.errors import Problem, SfdslError, ValidationError

LAMBDA = "arn:aws:states:::lambda:invoke"
EXCLUSIVE = "cannot both be set; keep only one of them"
ALL_LAST = (
    "a rule with States.ALL must be the last one: rules after it never match; move it to the end"
)
ALL_ALONE = (
    "States.ALL must be the only error name in its ErrorEquals; "
    "put the other names in a rule of their own before it"
)
NOT_RFC3339 = (
    "is not an RFC 3339 timestamp; write e.g. '2026-01-31T12:00:00Z' "
    "(date, 'T', time and a 'Z' or +hh:mm offset)"
)


def problems_of(build: Callable[[], object]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        build()
    return [(p.message, p.path) for p in info.value.problems]


def task(**fields: Any) -> Task:
    return Task("X", resource=LAMBDA, end=True, **fields)


def a_map(**fields: Any) -> Map:
    return Map("X", item_processor=Pass("Item"), end=True, **fields)


# --------------------------------------------------------------------------- field rules

FIELD_RULES: list[tuple[str, Callable[[], object], list[tuple[str, str]]]] = [
    # mutually exclusive pairs
    (
        "timeout-and-path",
        lambda: task(timeout_seconds=5, timeout_seconds_path="$.t"),
        [(f"TimeoutSeconds and TimeoutSecondsPath {EXCLUSIVE}", "States.X.TimeoutSecondsPath")],
    ),
    (
        "heartbeat-and-path",
        lambda: task(heartbeat_seconds=5, heartbeat_seconds_path="$.h"),
        [
            (
                f"HeartbeatSeconds and HeartbeatSecondsPath {EXCLUSIVE}",
                "States.X.HeartbeatSecondsPath",
            )
        ],
    ),
    (
        "parameters-and-arguments",
        lambda: task(
            parameters={"FunctionName": "f", "Payload": 1},
            arguments={"FunctionName": "f", "Payload": 1},
        ),
        [(f"Parameters and Arguments {EXCLUSIVE}", "States.X.Arguments")],
    ),
    (
        "error-and-path",
        lambda: Fail("X", error="E", error_path="$.e"),
        [(f"Error and ErrorPath {EXCLUSIVE}", "States.X.ErrorPath")],
    ),
    (
        "cause-and-path",
        lambda: Fail("X", cause="C", cause_path="$.c"),
        [(f"Cause and CausePath {EXCLUSIVE}", "States.X.CausePath")],
    ),
    (
        "items-and-path",
        lambda: a_map(items_path="$.xs", items=[1]),
        [(f"ItemsPath and Items {EXCLUSIVE}", "States.X.Items")],
    ),
    (
        "item-selector-and-parameters",
        lambda: a_map(item_selector={"a": 1}, parameters={"a": 1}),
        [(f"ItemSelector and Parameters {EXCLUSIVE}", "States.X.Parameters")],
    ),
    (
        "max-concurrency-and-path",
        lambda: a_map(max_concurrency=1, max_concurrency_path="$.m"),
        [(f"MaxConcurrency and MaxConcurrencyPath {EXCLUSIVE}", "States.X.MaxConcurrencyPath")],
    ),
    (
        "tolerated-count-and-path",
        lambda: a_map(tolerated_failure_count=1, tolerated_failure_count_path="$.n"),
        [
            (
                f"ToleratedFailureCount and ToleratedFailureCountPath {EXCLUSIVE}",
                "States.X.ToleratedFailureCountPath",
            )
        ],
    ),
    (
        "tolerated-percentage-and-path",
        lambda: a_map(tolerated_failure_percentage=1, tolerated_failure_percentage_path="$.n"),
        [
            (
                f"ToleratedFailurePercentage and ToleratedFailurePercentagePath {EXCLUSIVE}",
                "States.X.ToleratedFailurePercentagePath",
            )
        ],
    ),
    (
        "wait-none",
        lambda: Wait("X", end=True),
        [
            (
                "a Wait state needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath, got none",
                "States.X",
            )
        ],
    ),
    (
        "wait-seconds-and-timestamp",
        lambda: Wait("X", seconds=1, timestamp="2026-01-01T00:00:00Z", end=True),
        [
            (
                "a Wait state needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath, "
                "got Seconds, Timestamp",
                "States.X",
            )
        ],
    ),
    (
        "wait-seconds-path-and-timestamp-path",
        lambda: Wait("X", seconds_path="$.s", timestamp_path="$.t", end=True),
        [
            (
                "a Wait state needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath, "
                "got SecondsPath, TimestampPath",
                "States.X",
            )
        ],
    ),
    # ranges
    (
        "backoff-rate",
        lambda: Retry(["States.ALL"], backoff_rate=0.5),
        [("BackoffRate must be >= 1.0 (got 0.5)", "Retry.BackoffRate")],
    ),
    (
        "max-attempts",
        lambda: Retry(["States.ALL"], max_attempts=-1),
        [("MaxAttempts must be >= 0 (got -1)", "Retry.MaxAttempts")],
    ),
    (
        "interval-seconds",
        lambda: Retry(["States.ALL"], interval_seconds=0),
        [("IntervalSeconds must be >= 1 (got 0)", "Retry.IntervalSeconds")],
    ),
    (
        "max-delay-low",
        lambda: Retry(["States.ALL"], max_delay_seconds=0),
        [("MaxDelaySeconds must be >= 1 (got 0)", "Retry.MaxDelaySeconds")],
    ),
    (
        "max-delay-high",
        lambda: Retry(["States.ALL"], max_delay_seconds=31622401),
        [("MaxDelaySeconds must be <= 31622400 (got 31622401)", "Retry.MaxDelaySeconds")],
    ),
    (
        "jitter",
        lambda: Retry(["States.ALL"], jitter_strategy="SOME"),  # type: ignore[arg-type]
        [('expected one of "FULL", "NONE", got \'SOME\'', "Retry.JitterStrategy")],
    ),
    (
        "retry-empty-errors",
        lambda: Retry([]),
        [
            (
                "ErrorEquals must be a non-empty list of error names, e.g. [States.ALL]",
                "Retry.ErrorEquals",
            )
        ],
    ),
    (
        "tolerated-percentage-high",
        lambda: a_map(tolerated_failure_percentage=100.5),
        [
            (
                "ToleratedFailurePercentage must be <= 100 (got 100.5)",
                "States.X.ToleratedFailurePercentage",
            )
        ],
    ),
    (
        "tolerated-percentage-low",
        lambda: a_map(tolerated_failure_percentage=-1),
        [
            (
                "ToleratedFailurePercentage must be >= 0 (got -1)",
                "States.X.ToleratedFailurePercentage",
            )
        ],
    ),
    (
        "max-concurrency",
        lambda: a_map(max_concurrency=-1),
        [("MaxConcurrency must be >= 0 (got -1)", "States.X.MaxConcurrency")],
    ),
    (
        "timeout-zero",
        lambda: task(timeout_seconds=0),
        [("TimeoutSeconds must be >= 1 (got 0)", "States.X.TimeoutSeconds")],
    ),
    (
        "wait-negative",
        lambda: Wait("X", seconds=-1, end=True),
        [("Seconds must be >= 0 (got -1)", "States.X.Seconds")],
    ),
    (
        "wait-seconds-string",
        lambda: Wait("X", seconds="5", end=True),
        [
            (
                "expected a number or a JSONata expression '{% ... %}', got the string '5'",
                "States.X.Seconds",
            )
        ],
    ),
    (
        "heartbeat-equals-timeout",
        lambda: task(timeout_seconds=10, heartbeat_seconds=10),
        [
            (
                "HeartbeatSeconds (10) must be smaller than TimeoutSeconds (10); "
                "lower the heartbeat or raise the timeout",
                "States.X.HeartbeatSeconds",
            )
        ],
    ),
    (
        "heartbeat-above-timeout",
        lambda: task(timeout_seconds=10, heartbeat_seconds=60),
        [
            (
                "HeartbeatSeconds (60) must be smaller than TimeoutSeconds (10); "
                "lower the heartbeat or raise the timeout",
                "States.X.HeartbeatSeconds",
            )
        ],
    ),
    # States.ALL alone and last
    (
        "retry-all-not-alone",
        lambda: Retry(["States.ALL", "Custom"]),
        [(ALL_ALONE, "Retry.ErrorEquals")],
    ),
    (
        "catch-all-not-alone",
        lambda: Catch(["Custom", "States.ALL"], next="H"),
        [(ALL_ALONE, "Catch.ErrorEquals")],
    ),
    (
        "retry-all-not-last",
        lambda: task().retry(Retry(["States.ALL"]), Retry(["Custom"])),
        [(ALL_LAST, "States.X.Retry[0].ErrorEquals")],
    ),
    (
        "retry-all-not-last-added-later",
        lambda: task().retry(Retry(["States.ALL"])).retry(Retry(["Custom"])),
        [(ALL_LAST, "States.X.Retry[0].ErrorEquals")],
    ),
    (
        "catch-all-not-last",
        lambda: task().catch(Catch(["States.ALL"], next="H"), Catch(["Custom"], next="H")),
        [(ALL_LAST, "States.X.Catch[0].ErrorEquals")],
    ),
    (
        "catch-all-not-last-in-constructor",
        lambda: Parallel(
            "X",
            branches=[Pass("B")],
            catch_rules=[Catch(["States.ALL"], next="H"), Catch(["Custom"], next="H")],
            end=True,
        ),
        [(ALL_LAST, "States.X.Catch[0].ErrorEquals")],
    ),
    # structure
    (
        "parallel-without-branches",
        lambda: Parallel("X", end=True),
        [("a Parallel state needs at least one branch; pass branches=[...]", "States.X.Branches")],
    ),
    (
        "map-without-processor",
        lambda: Map("X", end=True),
        [
            (
                "a Map state needs an item processor (the steps run for each item); "
                "pass item_processor=<state or chain>",
                "States.X.ItemProcessor",
            )
        ],
    ),
    (
        "next-and-end",
        lambda: Pass("X", next_state="Y", end=True),
        [
            (
                "a state cannot have both Next and End; remove end=True or the next state",
                "States.X.End",
            )
        ],
    ),
    (
        "empty-name",
        lambda: Pass("", end=True),
        [("a state name must not be empty", "States")],
    ),
    (
        "name-81-characters",
        lambda: Pass("n" * 81, end=True),
        [
            (
                f"state name {'n' * 20!r}... is 81 characters long; the limit is 80: use a shorter name",
                f"States.{'n' * 81}",
            )
        ],
    ),
    (
        "name-with-control-character",
        lambda: Pass("a\tb", end=True),
        [("state name 'a\\tb' contains control characters", "States.a\tb")],
    ),
    (
        "name-with-noncharacter",
        lambda: Pass("a\ufffeb", end=True),
        [
            (
                "state name 'a\\ufffeb' contains characters Step Functions rejects "
                "(U+FFFE, U+FFFF or a lone surrogate); remove them",
                "States.a\\ufffeb",
            )
        ],
    ),
    (
        "name-with-lone-surrogate",
        lambda: Pass("a\ud800", end=True),
        [
            (
                "state name 'a\\ud800' contains characters Step Functions rejects "
                "(U+FFFE, U+FFFF or a lone surrogate); remove them",
                "States.a\\ud800",
            )
        ],
    ),
    (
        "execution-type-needs-distributed",
        lambda: a_map(processor_config=ProcessorConfig("INLINE", "EXPRESS")),
        [
            (
                "ExecutionType is only allowed with Mode DISTRIBUTED; "
                "set mode='DISTRIBUTED' or remove execution_type",
                "States.X.ItemProcessor.ProcessorConfig.ExecutionType",
            )
        ],
    ),
    # payload templates
    (
        "duplicate-x-and-x-dollar",
        lambda: Pass("X", parameters={"a": 1, "a.$": "$.a"}, end=True),
        [("fields 'a' and 'a.$' collide (both set 'a'); keep one", "States.X.Parameters.a.$")],
    ),
    (
        "duplicate-x-and-x-dollar-nested",
        lambda: task(result_selector={"o": {"a.$": "$.a", "a": "x"}}),
        [
            (
                "fields 'a' and 'a.$' collide (both set 'a'); keep one",
                "States.X.ResultSelector.o.a.$",
            )
        ],
    ),
    (
        "dollar-value-bad-path",
        lambda: Pass("X", parameters={"a.$": "$..x["}, end=True),
        [
            (
                "invalid path '$..x[': expected an index, a slice, '*', a quoted name or a filter "
                "'?(...)' after '[' at position 5, found the end of the path",
                "States.X.Parameters.a.$",
            )
        ],
    ),
    (
        "dollar-value-intrinsic-arity",
        lambda: Pass("X", parameters={"a.$": "States.ArrayLength($.a, $.b)"}, end=True),
        [
            (
                "invalid intrinsic function 'States.ArrayLength($.a, $.b)': "
                "States.ArrayLength takes 1 argument, got 2",
                "States.X.Parameters.a.$",
            )
        ],
    ),
    (
        "dollar-value-format-arity",
        lambda: Pass("X", parameters={"a.$": "States.Format('{} {}', $.a)"}, end=True),
        [
            (
                "invalid intrinsic function \"States.Format('{} {}', $.a)\": States.Format template "
                "'{} {}' has 2 placeholders {} but 1 value follows; give one value per {} "
                r"(escape literal braces as \\{ and \\})",
                "States.X.Parameters.a.$",
            )
        ],
    ),
    (
        "result-path-into-variable",
        lambda: Pass("X", result_path="$$.Execution", end=True),
        [
            (
                "ResultPath must point into the state's data ('$' or '$.field'), got '$$.Execution'; "
                "to keep a value in a variable use Assign",
                "States.X.ResultPath",
            )
        ],
    ),
    (
        "items-path-intrinsic",
        lambda: a_map(items_path="States.Array(1)"),
        [
            (
                "ItemsPath must be a path, not an intrinsic function ('States.Array(1)'); "
                "compute the value with Parameters first",
                "States.X.ItemsPath",
            )
        ],
    ),
    (
        "assign-bad-variable-name",
        lambda: Pass("X", assign={"1st": 1}, end=True),
        [
            (
                "variable name '1st' is not allowed; use up to 80 characters without spaces, "
                "'.', '$', '[' or ']', not starting with a digit",
                "States.X.Assign.1st",
            )
        ],
    ),
    (
        "assign-reserved-states-variable",
        lambda: Pass("X", assign={"states.$": "$.x"}, end=True),
        [
            (
                "variable name 'states' is reserved: Step Functions sets $states itself; "
                "choose another name",
                "States.X.Assign.states.$",
            )
        ],
    ),
    # JSONata braces
    (
        "jsonata-no-closing",
        lambda: Pass("X", output="{% $x", end=True),
        [
            (
                "JSONata expression '{% $x' has no closing '%}'; write '{% expression %}'",
                "States.X.Output",
            )
        ],
    ),
    (
        "jsonata-no-opening",
        lambda: Pass("X", output={"a": "$x %}"}, end=True),
        [
            (
                "JSONata expression '$x %}' has no opening '{%'; write '{% expression %}'",
                "States.X.Output.a",
            )
        ],
    ),
    (
        "jsonata-empty",
        lambda: Pass("X", output=["{%  %}"], end=True),
        [("a JSONata expression '{% %}' must not be empty", "States.X.Output[0]")],
    ),
    (
        "jsonata-does-not-parse",
        lambda: task(arguments={"FunctionName": "f", "Payload": "{% $x + %}"}),
        [
            (
                "JSONata expression '{% $x + %}' does not parse: Unexpected end of expression",
                "States.X.Arguments.Payload",
            )
        ],
    ),
    (
        "jsonata-seconds-no-closing",
        lambda: Wait("X", seconds="{% 5", end=True),
        [
            (
                "JSONata expression '{% 5' has no closing '%}'; write '{% expression %}'",
                "States.X.Seconds",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("build", "expected"), [r[1:] for r in FIELD_RULES], ids=[r[0] for r in FIELD_RULES]
)
def test_field_rules(build: Callable[[], object], expected: list[tuple[str, str]]) -> None:
    assert problems_of(build) == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(
            "foo",
            "the value of 'a.$' must be a JSONPath ('$...') or an intrinsic function "
            "('States.Format(...)'), got 'foo'; drop the '.$' suffix for a literal value",
        ),
        pytest.param(
            5,
            "the value of 'a.$' must be a JSONPath or an intrinsic function string, got a number 5; "
            "drop the '.$' suffix for a literal value",
        ),
    ],
)
def test_dollar_values_must_be_paths_or_intrinsics(value: object, message: str) -> None:
    assert problems_of(lambda: Pass("X", parameters={"a.$": value}, end=True)) == [
        (message, "States.X.Parameters.a.$")
    ]


@pytest.mark.parametrize(
    "value", ["foo", 5, None, "$..x[", "States.Nope()", "States.UUID(1)"], ids=repr
)
def test_dollar_values_that_are_not_paths_are_located(value: object) -> None:
    problems = problems_of(lambda: Pass("X", parameters={"a.$": value}, end=True))
    assert [path for _, path in problems] == ["States.X.Parameters.a.$"]


@pytest.mark.parametrize(
    "name", ["n" * 80, "A", "with spaces and : punctuation!", "Émoji ✓", "$.looks.like.a.path"]
)
def test_state_names_of_1_to_80_characters_are_accepted(name: str) -> None:
    machine = StateMachine(Pass(name))
    assert machine.start_at == name
    assert StateMachine.from_asl(machine.to_asl()) == machine


@pytest.mark.parametrize(
    ("timestamp", "ok"),
    [
        ("2026-01-31T12:00:00Z", True),
        ("2026-01-31T12:00:00.123456Z", True),
        ("2026-01-31T12:00:00+05:30", True),
        ("2026-01-31T12:00:00-00:00", True),
        ("2024-02-29T00:00:00Z", True),
        ("2026-01-31 12:00:00Z", False),
        ("2026-01-31T12:00:00", False),
        ("2026-01-31", False),
        ("2026-02-29T00:00:00Z", False),
        ("2026-13-01T00:00:00Z", False),
        ("2026-01-31T24:00:00Z", False),
        ("2026-01-31T12:60:00Z", False),
        ("2026-01-31T12:00:00+0530", False),
        ("26-01-31T12:00:00Z", False),
    ],
)
def test_wait_timestamps_are_rfc3339(timestamp: str, ok: bool) -> None:
    def build() -> Wait:
        return Wait("X", timestamp=timestamp, end=True)

    if ok:
        assert build().timestamp == timestamp
    else:
        assert problems_of(build) == [(f"{timestamp!r} {NOT_RFC3339}", "States.X.Timestamp")]


def test_every_problem_of_a_state_is_reported_together() -> None:
    def build() -> Task:
        return Task(
            "X",
            resource=LAMBDA,
            input_path="not a path",
            timeout_seconds=5,
            timeout_seconds_path="$.t",
            heartbeat_seconds=0,
            end=True,
        )

    with pytest.raises(ValidationError) as info:
        build()
    assert [(p.path, p.code) for p in info.value.problems] == [
        ("States.X.InputPath", "invalid-path"),
        ("States.X.TimeoutSecondsPath", "mutually-exclusive"),
        ("States.X.HeartbeatSeconds", "out-of-range"),
    ]
    assert str(info.value).startswith("invalid state 'X' (3 problems):\n  - ")


# --------------------------------------------------------------------------- graph rules


def machine_problems(build: Callable[[], object]) -> list[tuple[str, str]]:
    return problems_of(build)


GRAPH_RULES: list[tuple[str, Callable[[], object], list[tuple[str, str]]]] = [
    (
        "start-at-missing",
        lambda: StateMachine(Graph("Nope", [Pass("A", end=True)])),
        [("StartAt 'Nope' is not a state here; states are: 'A'", "StartAt")],
    ),
    (
        "next-missing",
        lambda: StateMachine(Pass("A", next_state="B")),
        [("Next target 'B' does not exist; states here are: 'A'", "States.A.Next")],
    ),
    (
        "choice-targets-missing",
        lambda: StateMachine(Choice("C").when(Var("$.a").is_present(), "Nope").otherwise("Gone")),
        [
            (
                "Choices[0].Next target 'Nope' does not exist; states here are: 'C'",
                "States.C.Choices[0].Next",
            ),
            ("Default target 'Gone' does not exist; states here are: 'C'", "States.C.Default"),
        ],
    ),
    (
        "catch-target-missing",
        lambda: StateMachine(task().catch(Catch(["States.ALL"], next="Nope"))),
        [
            (
                "Catch[0].Next target 'Nope' does not exist; states here are: 'X'",
                "States.X.Catch[0].Next",
            )
        ],
    ),
    (
        "next-leaves-a-parallel-branch",
        lambda: StateMachine(
            Pass("Out").next(Parallel("P", branches=[Pass("B", next_state="Out")], end=True))
        ),
        [
            (
                "Next target 'Out' is outside this branch; states here are: 'B'",
                "States.P.Branches[0].States.B.Next",
            )
        ],
    ),
    (
        "catch-leaves-a-map-body",
        lambda: StateMachine(
            Pass("Out").next(
                Map(
                    "M",
                    item_processor=Task("B", resource=LAMBDA).catch(
                        Catch(["States.ALL"], next="Out")
                    ),
                    end=True,
                )
            )
        ),
        [
            (
                "Catch[0].Next target 'Out' is outside this branch; states here are: 'B'",
                "States.M.ItemProcessor.States.B.Catch[0].Next",
            )
        ],
    ),
    (
        "unreachable",
        lambda: StateMachine(Graph("A", [Pass("A", end=True), Pass("B", end=True)])),
        [
            (
                "state 'B' is unreachable from 'A'; link to it from another state or remove it",
                "States.B",
            )
        ],
    ),
    (
        "unreachable-in-a-branch",
        lambda: StateMachine(
            Parallel("P", branches=[Graph("A", [Succeed("A"), Succeed("B")])], end=True)
        ),
        [
            (
                "state 'B' is unreachable from 'A'; link to it from another state or remove it",
                "States.P.Branches[0].States.B",
            )
        ],
    ),
    (
        "no-terminal-state",
        lambda: StateMachine(Graph("A", [Pass("A", next_state="B"), Pass("B", next_state="A")])),
        [
            (
                "no terminal state is reachable: add a Succeed or Fail state, or end=True on the last state",
                "States",
            )
        ],
    ),
    (
        "trap-cycle",
        lambda: StateMachine(
            Graph(
                "C",
                [
                    Choice("C").when(Var("$.done").is_present(), "S").otherwise("L1"),
                    Succeed("S"),
                    Pass("L1", next_state="L2"),
                    Pass("L2", next_state="L1"),
                ],
            )
        ),
        [
            (
                "states 'L1', 'L2' loop forever: no path from them reaches a Succeed, Fail or End "
                "state; add an exit (e.g. a Choice rule or a Catch) to the loop",
                "States.L1",
            )
        ],
    ),
    (
        "trap-cycle-in-a-map-body",
        lambda: StateMachine(
            Map("M", item_processor=Graph("L", [Pass("L", next_state="L")]), end=True)
        ),
        [
            (
                "no terminal state is reachable: add a Succeed or Fail state, or end=True on the last state",
                "States.M.ItemProcessor.States",
            )
        ],
    ),
    (
        "choice-without-rules",
        lambda: StateMachine(Choice("C").otherwise(Succeed("S"))),
        [
            (
                "a Choice state needs at least one rule; add one with .when(condition, target)",
                "States.C.Choices",
            )
        ],
    ),
    (
        "duplicate-name-top-and-branch",
        lambda: StateMachine(Pass("A").next(Parallel("P", branches=[Pass("A")], end=True))),
        [
            (
                "state name 'A' is used twice (also at States.A); names must be unique in the whole "
                "machine, branches included: rename one",
                "States.P.Branches[0].States.A",
            )
        ],
    ),
    (
        "duplicate-name-two-branches",
        lambda: StateMachine(Parallel("P", branches=[Pass("A"), Pass("A")], end=True)),
        [
            (
                "state name 'A' is used twice (also at States.P.Branches[0].States.A); names must be "
                "unique in the whole machine, branches included: rename one",
                "States.P.Branches[1].States.A",
            )
        ],
    ),
    (
        "duplicate-name-branch-and-map-body",
        lambda: StateMachine(
            Parallel("P", branches=[Pass("X")]).next(Map("M", item_processor=Pass("X")))
        ),
        [
            (
                "state name 'X' is used twice (also at States.P.Branches[0].States.X); names must "
                "be unique in the whole machine, branches included: rename one",
                "States.M.ItemProcessor.States.X",
            )
        ],
    ),
    (
        "duplicate-name-nested-two-levels",
        lambda: StateMachine(
            Pass("Deep").next(
                Parallel(
                    "P",
                    branches=[Map("M", item_processor=Parallel("Q", branches=[Pass("Deep")]))],
                )
            )
        ),
        [
            (
                "state name 'Deep' is used twice (also at States.Deep); names must be unique in the "
                "whole machine, branches included: rename one",
                "States.P.Branches[0].States.M.ItemProcessor.States.Q.Branches[0].States.Deep",
            )
        ],
    ),
    (
        "express-sync",
        lambda: StateMachine(
            Task("T", resource="arn:aws:states:::states:startExecution.sync"), type="EXPRESS"
        ),
        [
            (
                "an EXPRESS state machine does not support the '.sync' integration pattern; "
                "use a STANDARD machine or call the service without waiting",
                "States.T.Resource",
            )
        ],
    ),
    (
        "express-sync-2",
        lambda: StateMachine(
            Task("T", resource="arn:aws:states:::states:startExecution.sync:2"), type="EXPRESS"
        ),
        [
            (
                "an EXPRESS state machine does not support the '.sync:2' integration pattern; "
                "use a STANDARD machine or call the service without waiting",
                "States.T.Resource",
            )
        ],
    ),
    (
        "express-wait-for-task-token",
        lambda: StateMachine(
            Task("T", resource="arn:aws:states:::sqs:sendMessage.waitForTaskToken"),
            type="EXPRESS",
        ),
        [
            (
                "an EXPRESS state machine does not support the '.waitForTaskToken' integration "
                "pattern; use a STANDARD machine or call the service without waiting",
                "States.T.Resource",
            )
        ],
    ),
    (
        "express-distributed-map",
        lambda: StateMachine(
            a_map(processor_config=ProcessorConfig("DISTRIBUTED", "STANDARD")), type="EXPRESS"
        ),
        [
            (
                "a distributed Map cannot run in an EXPRESS state machine; use STANDARD or an inline Map",
                "States.X",
            )
        ],
    ),
    (
        "machine-fields",
        lambda: StateMachine(
            Pass("A"),
            timeout_seconds=0,
            version="2.0",
            query_language="XPath",  # type: ignore[arg-type]
        ),
        [
            ("TimeoutSeconds must be >= 1 (got 0)", "TimeoutSeconds"),
            ("Version must be \"1.0\", got '2.0'", "Version"),
            ('expected one of "JSONPath", "JSONata", got \'XPath\'', "QueryLanguage"),
        ],
    ),
    (
        "machine-name",
        lambda: StateMachine(Pass("A"), name="bad name"),
        [("a state machine name must be 1-80 letters, digits, '-' or '_', got 'bad name'", "name")],
    ),
]


@pytest.mark.parametrize(
    ("build", "expected"), [r[1:] for r in GRAPH_RULES], ids=[r[0] for r in GRAPH_RULES]
)
def test_graph_rules(build: Callable[[], object], expected: list[tuple[str, str]]) -> None:
    assert machine_problems(build) == expected


@pytest.mark.parametrize(
    "resource",
    [
        "arn:aws:states:::states:startExecution.sync",
        "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
    ],
)
def test_standard_machines_accept_every_integration_pattern(resource: str) -> None:
    assert StateMachine(Task("T", resource=resource)).type == "STANDARD"


def test_express_machines_accept_request_response() -> None:
    machine = StateMachine(Task("T", resource="arn:aws:states:::sqs:sendMessage"), type="EXPRESS")
    assert machine.warnings == ()


def test_the_polling_loop_is_not_a_trap() -> None:
    loop = (
        Wait("Wait", seconds=5)
        .next(Task("Poll", resource=LAMBDA))
        .next(Choice("Done?").when(Var("$.status") == "DONE", Succeed("Ok")).otherwise("Wait"))
    )
    assert StateMachine(loop).start_at == "Wait"


def test_a_loop_left_through_a_catch_is_not_a_trap() -> None:
    loop = Graph(
        "Work",
        [
            Task("Work", resource=LAMBDA, next_state="Again").catch(
                Catch(["States.ALL"], next=Fail("Stop"))
            ),
            Pass("Again", next_state="Work"),
            Fail("Stop"),
        ],
    )
    assert StateMachine(loop).states[0].name == "Work"


def test_every_problem_of_a_machine_is_reported_together() -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine(
            Graph(
                "A",
                [
                    Pass("A", next_state="Missing"),
                    Parallel("P", branches=[Pass("A")], next_state="A"),
                    Succeed("Lost"),
                ],
            ),
            name="Orders",
        )
    assert info.value.problems == (
        Problem(
            "Next target 'Missing' does not exist; states here are: 'A', 'P', 'Lost'",
            "States.A.Next",
            "missing-target",
        ),
        Problem(
            "state name 'A' is used twice (also at States.A); names must be unique in the whole "
            "machine, branches included: rename one",
            "States.P.Branches[0].States.A",
            "duplicate-state-name",
        ),
        Problem(
            "state 'P' is unreachable from 'A'; link to it from another state or remove it",
            "States.P",
            "unreachable-state",
        ),
        Problem(
            "state 'Lost' is unreachable from 'A'; link to it from another state or remove it",
            "States.Lost",
            "unreachable-state",
        ),
    )
    assert str(info.value) == "\n".join(
        [
            "invalid state machine 'Orders' (4 problems):",
            *(f"  - {p.message}  @ {p.path}" for p in info.value.problems),
        ]
    )


def test_three_independent_mistakes_read_from_asl_give_three_problems() -> None:
    document = {
        "StartAt": "Charge",
        "States": {
            "Charge": {
                "Type": "Task",
                "Resource": LAMBDA,
                "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 0.5}],
                "Next": "Ship",
            },
            "Ship": {"Type": "Pass", "Next": "Done", "End": True},
            "Done": {
                "Type": "Parallel",
                "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "Next": "Charge"}}}],
                "End": True,
            },
        },
    }
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl(document)
    assert [(p.message, p.path) for p in info.value.problems] == [
        ("BackoffRate must be >= 1.0 (got 0.5)", "States.Charge.Retry[0].BackoffRate"),
        (
            "a state cannot have both Next and End; remove end=True or the next state",
            "States.Ship.End",
        ),
        (
            "Next target 'Charge' is outside this branch; states here are: 'B'",
            "States.Done.Branches[0].States.B.Next",
        ),
    ]


def test_errors_are_sfdsl_errors_and_value_errors() -> None:
    with pytest.raises(SfdslError):
        Pass("A", next_state="B", end=True)
    with pytest.raises(ValueError, match=r"^invalid state 'A' \(1 problem\):"):
        Pass("A", next_state="B", end=True)


# --------------------------------------------------------------------------- warnings

UNGUARDED = (
    "rule 0 compares $.status but no earlier state guarantees it; if it is absent the execution "
    "fails with States.Runtime: guard it with Var('$.status').is_present() & ..."
)


def test_unguarded_choice_variable_warns() -> None:
    machine = StateMachine(
        Choice("Check").when(Var("$.status") == "DONE", Succeed("Ok")).otherwise(Fail("No"))
    )
    assert machine.warnings == (
        Problem(UNGUARDED, "States.Check.Choices[0]", "unguarded-choice-variable", "warning"),
    )


def test_unguarded_choice_variable_in_a_polling_loop_warns() -> None:
    loop = (
        Wait("Wait", seconds=5)
        .next(Task("Poll", resource=LAMBDA))
        .next(Choice("Check").when(Var("$.status") == "DONE", Succeed("Ok")).otherwise("Wait"))
    )
    # lambda:invoke's result is never the function's output: its members are the API's.
    assert [(w.path, w.code) for w in StateMachine(loop).warnings] == [
        ("States.Check.Choices[0]", "unknown-result-field")
    ]


@pytest.mark.parametrize(
    "before",
    [
        pytest.param(None, id="guarded-with-is-present"),
        pytest.param(Pass("Set", result="DONE", result_path="$.status"), id="written-by-result"),
        pytest.param(Pass("Set", result={"status": "x"}), id="written-by-whole-result"),
        pytest.param(Pass("Set", parameters={"status": "x"}), id="written-by-parameters"),
        pytest.param(
            Task("Set", resource=LAMBDA, result_selector={"status.$": "$.Payload.s"}),
            id="written-by-result-selector",
        ),
        pytest.param(Pass("Set", result={"status": "x"}, result_path="$"), id="written-at-root"),
    ],
)
def test_guarded_or_written_choice_variables_do_not_warn(before: Pass | Task | None) -> None:
    if before is None:
        condition = Var("$.status").is_present() & (Var("$.status") == "DONE")
        machine = StateMachine(Choice("Check").when(condition, Succeed("Ok")).otherwise(Fail("No")))
    else:
        rule = Var("$.status") == "DONE"
        machine = StateMachine(
            before.next(Choice("Check").when(rule, Succeed("Ok")).otherwise(Fail("No")))
        )
    assert machine.warnings == ()


def _unguarded(machine: StateMachine) -> list[tuple[str, str]]:
    return [
        (w.path, w.message.split(" but ")[0])
        for w in machine.warnings
        if w.code == "unguarded-choice-variable"
    ]


def _check(var: str = "$.status") -> Choice:
    return Choice("Check").when(Var(var) == "DONE", Succeed("Ok")).otherwise(Fail("No"))


FN = "arn:aws:lambda:us-east-1:123456789012:function:poll"

# (machine, expected warnings as (path, "rule i compares $.x"))
CHOICE_DATA_FLOW: list[tuple[str, Callable[[], StateMachine], list[tuple[str, str]]]] = [
    (
        "map-item-selector-writes-the-iteration-input",
        lambda: StateMachine(
            Map("M", item_processor=_check(), item_selector={"status.$": "$$.Map.Item.Value"})
        ),
        [],
    ),
    (
        "map-item-without-selector-is-unknown",
        lambda: StateMachine(Map("M", item_processor=_check())),
        [("States.M.ItemProcessor.States.Check.Choices[0]", "rule 0 compares $.status")],
    ),
    (
        "parallel-branch-sees-what-was-written-before",
        lambda: StateMachine(
            Pass("Set", result={"status": "DONE"}).next(Parallel("P", branches=[_check()]))
        ),
        [],
    ),
    (
        "parallel-parameters-write-the-branch-input",
        lambda: StateMachine(Parallel("P", branches=[_check()], parameters={"status": "x"})),
        [],
    ),
    (
        "parallel-parameters-replace-what-was-written-before",
        lambda: StateMachine(
            Pass("Set", result={"status": "DONE"}).next(
                Parallel("P", branches=[_check()], parameters={"other": 1})
            )
        ),
        [("States.P.Branches[0].States.Check.Choices[0]", "rule 0 compares $.status")],
    ),
    (
        "is-present-in-an-earlier-choice-guards-the-next-one",
        lambda: StateMachine(
            Choice("Has?").when(Var("$.status").is_present(), _check()).otherwise(Succeed("Skip"))
        ),
        [],
    ),
    (
        "a-rule-that-ran-guards-the-rules-after-it",
        lambda: StateMachine(
            Choice("Check")
            .when(Var("$.status") == "A", Succeed("A"))
            .when(Var("$.status") == "B", Succeed("B"))
            .otherwise(Fail("No"))
        ),
        [("States.Check.Choices[0]", "rule 0 compares $.status")],
    ),
    (
        "a-task-result-replaces-what-was-written-before",
        lambda: StateMachine(
            Pass("Set", result={"status": "DONE"}).next(Task("Poll", resource=FN)).next(_check())
        ),
        [("States.Check.Choices[0]", "rule 0 compares $.status")],
    ),
    (
        "a-task-result-path-keeps-what-was-written-before",
        lambda: StateMachine(
            Pass("Set", result={"status": "DONE"})
            .next(Task("Poll", resource=FN, result_path="$.poll"))
            .next(_check())
        ),
        [],
    ),
    (
        "lambda-invoke-always-returns-a-payload",
        lambda: StateMachine(Task("Poll", resource=LAMBDA).next(_check("$.Payload.status"))),
        [],
    ),
    (
        "a-discarded-result-writes-nothing",
        lambda: StateMachine(
            Task(
                "Poll", resource=FN, result_selector={"status.$": "$.s"}, result_path=DISCARD
            ).next(_check())
        ),
        [("States.Check.Choices[0]", "rule 0 compares $.status")],
    ),
    (
        "output-path-keeps-only-part-of-what-was-written",
        lambda: StateMachine(
            Pass("Set", result={"job": {"status": "DONE"}}, output_path="$.job").next(_check())
        ),
        [],
    ),
    (
        "a-catch-result-path-writes-the-error",
        lambda: StateMachine(
            Task("Call", resource=FN).catch(
                Catch([States.ALL], next=_check("$.error.Error"), result_path="$.error")
            )
        ),
        [],
    ),
    (
        "choice-input-path-moves-the-variable",
        lambda: StateMachine(
            Pass("Set", result={"status": "DONE"}, result_path="$.job").next(
                _check().with_(input_path="$.job")
            )
        ),
        [],
    ),
]


@pytest.mark.parametrize(
    ("build", "expected"),
    [c[1:] for c in CHOICE_DATA_FLOW],
    ids=[c[0] for c in CHOICE_DATA_FLOW],
)
def test_choice_variables_follow_the_data(
    build: Callable[[], StateMachine], expected: list[tuple[str, str]]
) -> None:
    assert _unguarded(build()) == expected


def test_warnings_do_not_stop_building() -> None:
    machine = StateMachine(
        Map("M", item_processor=Pass("A"), label="rows").next(Task("T", resource="module:hello"))
    )
    assert machine.warnings == (
        Problem(
            "Label only takes effect in a distributed Map; "
            "pass processor_config=ProcessorConfig('DISTRIBUTED', 'STANDARD') or remove it",
            "States.M.Label",
            "distributed-only",
            "warning",
        ),
        Problem(
            "Resource 'module:hello' is not an ARN: Step Functions rejects it at deploy time "
            "(local runs can mock it)",
            "States.T.Resource",
            "resource-not-arn",
            "warning",
        ),
    )


PAYLOAD_NOT_OBJECT = (
    "should be an object (the ASL specification makes it a payload template), got {}; "
    "put the value under a key, e.g. {{'value.$': '$.path'}} or {{'value': ...}}"
)


@pytest.mark.parametrize(
    ("state", "field", "got"),
    [
        pytest.param(
            Pass("A", parameters="$.order"),
            "Parameters",
            "a string '$.order', which is passed on as text: no path in it is evaluated",
            id="path-text-as-parameters",
        ),
        pytest.param(
            Task("A", resource=LAMBDA, result_selector="$.Payload"),
            "ResultSelector",
            "a string '$.Payload', which is passed on as text: no path in it is evaluated",
            id="path-text-as-result-selector",
        ),
        pytest.param(Pass("A", parameters=5), "Parameters", "a number 5", id="number"),
        pytest.param(Pass("A", parameters=["abc"]), "Parameters", "an array ['abc']", id="array"),
    ],
)
def test_a_payload_template_that_is_not_an_object_warns(state: State, field: str, got: str) -> None:
    assert StateMachine(state).warnings == (
        Problem(
            f"{field} {PAYLOAD_NOT_OBJECT.format(got)}",
            f"States.A.{field}",
            "payload-not-object",
            "warning",
        ),
    )


def test_a_payload_template_that_is_not_an_object_warns_inside_branches() -> None:
    machine = StateMachine.from_asl(
        {
            "StartAt": "P",
            "States": {
                "P": {
                    "Type": "Parallel",
                    "Branches": [
                        {
                            "StartAt": "B",
                            "States": {"B": {"Type": "Pass", "Parameters": "x", "End": True}},
                        }
                    ],
                    "End": True,
                }
            },
        }
    )
    assert [(w.path, w.code) for w in machine.warnings] == [
        ("States.P.Branches[0].States.B.Parameters", "payload-not-object")
    ]


def test_sfdsl_validate_shows_choice_warnings_and_exits_0(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sfdsl.cli import app

    definition = tmp_path / "poll.asl.json"
    definition.write_text(json.dumps(StateMachine(_check()).to_asl()), encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(definition)])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"{definition}: valid state machine 'poll' (3 states, 1 warning)",
        f"warning: {UNGUARDED}  @ States.Check.Choices[0]",
    ]


def test_the_readme_error_example_is_what_sfdsl_prints() -> None:
    import doctest
    import re

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    fences = re.findall(r"^```(\w+)\n(.*?)^```$", readme, re.MULTILINE | re.DOTALL)
    intro = next(body for lang, body in fences if lang == "python")
    (session,) = [body for lang, body in fences if lang == "pycon"]
    namespace: dict[str, object] = {}
    exec(compile(intro, "README.md", "exec"), namespace)
    example = doctest.DocTestParser().get_doctest(session, namespace, "README", "README.md", 0)
    report: list[str] = []
    runner = doctest.DocTestRunner()
    runner.run(example, out=report.append)
    assert "".join(report) == ""
    assert runner.summarize(verbose=False) == (0, 3)


# --------------------------------------------------------------------------- values ASL would write as text

NOT_IN_ARRAY = (
    "inside an array is not evaluated: ASL evaluates only the values of object keys ending in "
    "'.$', so it would be written as the text"
)
VAR_IN_JSONATA = "a JSONPath Var('$.a') means nothing in a JSONata state: it would be written as the text '$.a'; write '{% $states.input.a %}' (or Jsonata('$states.input.a'))"
INTRINSIC_IN_JSONATA = (
    "intrinsic functions are evaluated only in JSONPath states: States.Array($.a) would be "
    "written as text here; compute the value with a JSONata expression ('{% ... %}', e.g. "
    "$join, $string, [..]) instead"
)
JSONATA_IN_PARAMETERS = (
    "'{% $x %}' is a JSONata expression, but Parameters is a JSONPath field: it would be passed "
    "on as text; use a path such as Var('$.x') here, or set query_language='JSONata' and use "
    "arguments=/output="
)
JSONATA_IN_JSONPATH_STATE = (
    "'{% $x %}' is a JSONata expression, but this is a JSONPath state: it would be passed on as "
    "text; use a path (in Python, 'key': Var('$.x')), or set query_language='JSONata' on the "
    "state or machine"
)
DOLLAR_KEY_IN_JSONATA = (
    "key 'a.$' ends in '.$', which JSONata states do not evaluate: '$.a' would be written as "
    "text under the key 'a.$'; write 'a': '{% $states.input.a %}' instead"
)


ACTIVITY = "arn:aws:states:us-east-1:123456789012:activity:work"


def jsonata_task(**fields: Any) -> Task:
    # An activity takes any input: these cases are about the payload, not an API's parameters.
    return Task("X", resource=ACTIVITY, end=True, query_language="JSONata", **fields)


UNEVALUATED: list[tuple[str, Callable[[], object], list[tuple[str, str]]]] = [
    (
        "var-in-array",
        lambda: Pass("X", parameters={"ids": [Var("$.a"), "b", 1]}, end=True),
        [
            (
                f"a path (Var('$.a')) {NOT_IN_ARRAY} '$.a'; wrap the list in "
                "States.Array(Var('$.a'), 'b', 1) under the key 'ids'",
                "States.X.Parameters.ids[0]",
            )
        ],
    ),
    (
        "intrinsic-in-array-of-objects",
        lambda: task(result_selector={"xs": [{"k": 1}, States.Array(Var("$.a"))]}),
        [
            (
                f"an intrinsic call (States.Array($.a)) {NOT_IN_ARRAY} 'States.Array($.a)'; "
                "ASL computes values only as the value of an object key; build the array with "
                "States.Array(...) under a key of its own, or in an earlier state",
                "States.X.ResultSelector.xs[1]",
            )
        ],
    ),
    (
        "var-in-array-in-assign",
        lambda: Pass("X", assign={"ids": [Var("$.a")]}, end=True),
        [
            (
                f"a path (Var('$.a')) {NOT_IN_ARRAY} '$.a'; wrap the list in "
                "States.Array(Var('$.a')) under the key 'ids' "
                "(in a JSONata state, write the array as a '{% [...] %}' expression)",
                "States.X.Assign.ids[0]",
            )
        ],
    ),
    (
        "var-as-whole-parameters",
        lambda: Pass("X", parameters=Var("$.a"), end=True),
        [
            (
                "a path (Var('$.a')) as the whole Parameters is not evaluated: it would be "
                "written as the text '$.a'; put it under a key, e.g. "
                "parameters={'value': Var('$.a')}",
                "States.X.Parameters",
            )
        ],
    ),
    (
        "var-as-whole-item-selector",
        lambda: a_map(item_selector=Var("$$.Map.Item.Value")),
        [
            (
                "a path (Var('$$.Map.Item.Value')) as the whole ItemSelector is not evaluated: "
                "it would be written as the text '$$.Map.Item.Value'; put it under a key, e.g. "
                "item_selector={'value': Var('$$.Map.Item.Value')}",
                "States.X.ItemSelector",
            )
        ],
    ),
    (
        "var-in-result",
        lambda: Pass("X", result={"id": Var("$.a")}, end=True),
        [
            (
                "Result is never evaluated: a path (Var('$.a')) would be written as the text "
                "'$.a'; compute values with parameters={'id': Var('$.a')} "
                "(or output= in a JSONata state)",
                "States.X.Result.id",
            )
        ],
    ),
    (
        "jsonata-in-result",
        lambda: Pass("X", result=[Jsonata("$x")], end=True),
        [
            (
                "Result is never evaluated: a JSONata expression (Jsonata('$x')) would be "
                "written as the text '{% $x %}'; compute values with output= in a JSONata state",
                "States.X.Result[0]",
            )
        ],
    ),
    (
        "var-in-arguments",
        lambda: jsonata_task(arguments={"a": Var("$.a")}),
        [(VAR_IN_JSONATA, "States.X.Arguments.a")],
    ),
    (
        "var-as-whole-output",
        lambda: jsonata_task(output=Var("$.a")),
        [(VAR_IN_JSONATA, "States.X.Output")],
    ),
    (
        "intrinsic-in-output-array",
        lambda: jsonata_task(output={"xs": [States.Array(Var("$.a"))]}),
        [(INTRINSIC_IN_JSONATA, "States.X.Output.xs[0]")],
    ),
    (
        "var-in-catch-output",
        lambda: jsonata_task().catch(
            Catch(["States.ALL"], next=Fail("F"), output={"a": Var("$.a")})
        ),
        [(VAR_IN_JSONATA, "Catch.Output.a")],
    ),
    (
        "var-in-items",
        lambda: Map("X", item_processor=Pass("I"), items=[Var("$.a")], end=True),
        [(VAR_IN_JSONATA, "States.X.Items[0]")],
    ),
    (
        "dollar-key-in-arguments",
        lambda: jsonata_task(arguments={"a.$": "$.a"}),
        [(DOLLAR_KEY_IN_JSONATA, "States.X.Arguments.a.$")],
    ),
    (
        "var-in-assign-of-a-jsonata-state",
        lambda: Pass("X", assign={"a": Var("$.a")}, query_language="JSONata", end=True),
        [(DOLLAR_KEY_IN_JSONATA, "States.X.Assign.a.$")],
    ),
    (
        "jsonata-in-parameters",
        lambda: Pass("X", parameters={"a": Jsonata("$x")}, end=True),
        [(JSONATA_IN_PARAMETERS, "States.X.Parameters.a")],
    ),
    (
        "jsonata-text-in-parameters-array",
        lambda: Pass("X", parameters={"a": ["{% $x %}"]}, end=True),
        [(JSONATA_IN_PARAMETERS, "States.X.Parameters.a[0]")],
    ),
    (
        "jsonata-in-assign-of-a-jsonpath-state",
        lambda: Pass("X", assign={"a": Jsonata("$x")}, query_language="JSONPath", end=True),
        [(JSONATA_IN_JSONPATH_STATE, "States.X.Assign.a")],
    ),
]


@pytest.mark.parametrize(
    ("build", "expected"), [r[1:] for r in UNEVALUATED], ids=[r[0] for r in UNEVALUATED]
)
def test_values_asl_would_write_as_text_are_errors(
    build: Callable[[], object], expected: list[tuple[str, str]]
) -> None:
    assert problems_of(build) == expected


MACHINE_UNEVALUATED: list[tuple[str, Callable[[], StateMachine], list[tuple[str, str]]]] = [
    (
        "var-in-assign-inherits-jsonata",
        lambda: StateMachine(Pass("X", assign={"a": Var("$.a")}), query_language="JSONata"),
        [(DOLLAR_KEY_IN_JSONATA, "States.X.Assign.a.$")],
    ),
    (
        "var-in-choice-rule-assign-inherits-jsonata",
        lambda: StateMachine(
            Choice("X").when("{% true %}", Succeed("Y"), assign={"a": Var("$.a")}),
            query_language="JSONata",
        ),
        [(DOLLAR_KEY_IN_JSONATA, "States.X.Choices[0].Assign.a.$")],
    ),
    (
        "var-in-batch-input-inherits-jsonata",
        lambda: StateMachine(
            a_map(
                processor_config=ProcessorConfig("DISTRIBUTED", "STANDARD"),
                item_batcher=ItemBatcher(max_items_per_batch=2, batch_input={"a": Var("$.a")}),
            ),
            query_language="JSONata",
        ),
        [(DOLLAR_KEY_IN_JSONATA, "States.X.ItemBatcher.BatchInput.a.$")],
    ),
    (
        "jsonata-in-item-selector-of-a-jsonpath-machine",
        lambda: StateMachine(a_map(item_selector={"a": Jsonata("$x")})),
        [(JSONATA_IN_JSONPATH_STATE, "States.X.ItemSelector.a")],
    ),
    (
        "jsonata-in-catch-assign-of-a-jsonpath-machine",
        lambda: StateMachine(
            task().catch(Catch(["States.ALL"], next=Fail("F"), assign={"a": Jsonata("$x")}))
        ),
        [(JSONATA_IN_JSONPATH_STATE, "States.X.Catch[0].Assign.a")],
    ),
    (
        "catch-output-in-a-jsonpath-machine",
        lambda: StateMachine(task().catch(Catch(["States.ALL"], next=Fail("F"), output={"a": 1}))),
        [
            (
                "Output is a JSONata field, not allowed in a JSONPath state's catcher; "
                "use result_path=... or set query_language='JSONata'",
                "States.X.Catch[0].Output",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("build", "expected"),
    [r[1:] for r in MACHINE_UNEVALUATED],
    ids=[r[0] for r in MACHINE_UNEVALUATED],
)
def test_templates_of_either_language_are_judged_by_the_machine(
    build: Callable[[], StateMachine], expected: list[tuple[str, str]]
) -> None:
    assert machine_problems(build) == expected


@pytest.mark.parametrize(
    "state",
    [
        Pass("X", assign={"a": Var("$.a"), "b": States.Array(Var("$.b"))}),
        a_map(item_selector={"a": Var("$$.Map.Item.Value")}),
    ],
    ids=["assign", "item-selector"],
)
def test_templates_of_either_language_keep_paths_in_a_jsonpath_machine(state: State) -> None:
    machine = StateMachine(state)
    assert StateMachine.from_asl(machine.to_asl()) == machine


def test_jsonata_in_either_template_is_kept_in_a_jsonata_machine() -> None:
    machine = StateMachine(
        Pass("X", assign={"a": Jsonata("$states.input.a")}), query_language="JSONata"
    )
    assert machine.to_asl()["States"]["X"]["Assign"] == {"a": "{% $states.input.a %}"}


# --------------------------------------------------------------------------- invalid QueryLanguage


@pytest.mark.parametrize("language", ["Foo", "", "jsonata"])
def test_an_invalid_state_query_language_is_one_problem(language: str) -> None:
    assert problems_of(
        lambda: Pass("X", query_language=language, output={"a": 1}, parameters={"b": 1})  # type: ignore[arg-type]
    ) == [(f'expected one of "JSONPath", "JSONata", got {language!r}', "States.X.QueryLanguage")]


@pytest.mark.parametrize("language", ["", {}, "jsonpath"], ids=["empty", "dict", "lowercase"])
def test_an_invalid_machine_query_language_is_one_problem(language: Any) -> None:
    # Output is allowed only in JSONata: an invalid language must not be taken for JSONPath.
    assert machine_problems(
        lambda: StateMachine(Pass("X", output={"a": 1}), query_language=language)
    ) == [(f'expected one of "JSONPath", "JSONata", got {language!r}', "QueryLanguage")]


# --------------------------------------------------------------------------- reserved error names


def _lambda_task(name: str) -> Task:
    return Task(name, resource="arn:aws:states:::lambda:invoke", parameters={"FunctionName": "f"})


def test_a_misspelt_states_error_name_warns_with_the_likely_name() -> None:
    machine = StateMachine(_lambda_task("T").retry(Retry(["States.Timout"])))
    [warning] = [w for w in machine.warnings if w.code == "unknown-states-error"]
    assert warning.severity == "warning"
    assert warning.path == "States.T.Retry[0].ErrorEquals[0]"
    assert "'States.Timout' is not an error Step Functions raises" in warning.message
    assert "did you mean 'States.Timeout'?" in warning.message


def test_a_states_error_name_raised_by_a_fail_state_does_not_warn() -> None:
    raiser = Parallel("Vote", branches=[Fail("Enough", error="States.QuorumMet")])
    machine = StateMachine(raiser.catch(Catch(["States.QuorumMet"], next=Succeed("Done"))))
    assert [w for w in machine.warnings if w.code == "unknown-states-error"] == []


def test_unknown_states_error_names_are_found_inside_branches() -> None:
    inner = _lambda_task("Inner").catch(Catch(["States.Nope"], next=Succeed("Caught")))
    machine = StateMachine(Parallel("P", branches=[inner]))
    [warning] = [w for w in machine.warnings if w.code == "unknown-states-error"]
    assert warning.path == "States.P.Branches[0].States.Inner.Catch[0].ErrorEquals[0]"
    assert "did you mean" not in warning.message


@pytest.mark.parametrize("name", [States.Timeout, States.TaskFailed, States.ALL, "Custom.Error"])
def test_service_and_custom_error_names_do_not_warn(name: str) -> None:
    machine = StateMachine(_lambda_task("T").retry(Retry([name])))
    assert [w for w in machine.warnings if w.code == "unknown-states-error"] == []


# --------------------------------------------------------------------------- Choice Default


def test_a_second_otherwise_with_another_target_is_refused() -> None:
    choice = Choice("C").when(Var("$.a") == 1, "A").otherwise("B")
    with pytest.raises(ValidationError) as caught:
        choice.otherwise(Pass("Z"))
    [problem] = caught.value.errors
    assert problem.path == "States.C.Default"
    assert problem.message == (
        "this Choice already has a Default, 'B'; call .otherwise(...) once, "
        "or replace the Default with .with_(default=...)"
    )
    assert choice.otherwise("B").default == "B"
    assert choice.with_(default="Z").default == "Z"


def test_a_distributed_map_needs_an_execution_type() -> None:
    with pytest.raises(ValidationError) as caught:
        Map("Each", item_processor=Pass("One"), processor_config=ProcessorConfig("DISTRIBUTED"))
    [problem] = caught.value.errors
    assert problem.path == "States.Each.ItemProcessor.ProcessorConfig.ExecutionType"
    assert problem.message == (
        "a distributed Map needs an ExecutionType for its child workflow executions; pass "
        "ProcessorConfig('DISTRIBUTED', 'STANDARD') or ProcessorConfig('DISTRIBUTED', 'EXPRESS')"
    )


def test_a_distributed_map_without_execution_type_in_asl_is_rejected() -> None:
    asl = {
        "StartAt": "Each",
        "States": {
            "Each": {
                "Type": "Map",
                "ItemProcessor": {
                    "ProcessorConfig": {"Mode": "DISTRIBUTED"},
                    "StartAt": "One",
                    "States": {"One": {"Type": "Pass", "End": True}},
                },
                "End": True,
            }
        },
    }
    with pytest.raises(SfdslError) as caught:
        StateMachine.from_asl(asl)
    assert [p.path for p in caught.value.problems] == [
        "States.Each.ItemProcessor.ProcessorConfig.ExecutionType"
    ]


# ---------------------------------------------------------------- every problem at once


def read_problems(definition: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl(definition)
    return [(p.message, p.path) for p in info.value.problems]


def one_state(state: dict[str, Any]) -> dict[str, Any]:
    return {"StartAt": "T", "States": {"T": state, "Done": {"Type": "Succeed"}}}


FUNCTION_ARN = "arn:aws:lambda:us-east-1:123456789012:function:f"


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (
            {
                "Type": "Task",
                "Resource": FUNCTION_ARN,
                "TimeoutSeconds": 0,
                "Next": "Done",
                "Retry": [
                    {"ErrorEquals": ["States.ALL"], "BackoffRate": 0.5},
                    {"ErrorEquals": ["X"], "MaxAttempts": -1},
                ],
            },
            [
                ("BackoffRate must be >= 1.0 (got 0.5)", "States.T.Retry[0].BackoffRate"),
                ("MaxAttempts must be >= 0 (got -1)", "States.T.Retry[1].MaxAttempts"),
                ("TimeoutSeconds must be >= 1 (got 0)", "States.T.TimeoutSeconds"),
            ],
        ),
        (
            {
                "Type": "Task",
                "Resource": FUNCTION_ARN,
                "Next": "Done",
                "HeartbeatSeconds": 0,
                "Catch": [
                    {"ErrorEquals": ["A"], "Next": "Done", "ResultPath": "bad"},
                    {"ErrorEquals": ["B"]},
                ],
            },
            [
                (
                    "invalid path 'bad': expected '$', '$$' or '$variable' at the start of the "
                    "path at position 0, found 'b'",
                    "States.T.Catch[0].ResultPath",
                ),
                (
                    "Next is required: the state to go to when the error is caught",
                    "States.T.Catch[1].Next",
                ),
                ("HeartbeatSeconds must be >= 1 (got 0)", "States.T.HeartbeatSeconds"),
            ],
        ),
        (
            {
                "Type": "Choice",
                "InputPath": "bad",
                "Choices": [
                    {"Variable": "$.a", "NumericEquals": "1", "Next": "Done"},
                    {"Variable": "$.b", "StringEquals": "x"},
                ],
                "Default": "Done",
            },
            [
                (
                    'NumericEquals must be a number, got "1" (a string); '
                    "use StringEquals to compare strings",
                    "States.T.Choices[0].NumericEquals",
                ),
                (
                    "a Choice rule needs Next: the state to go to when it matches",
                    "States.T.Choices[1].Next",
                ),
                (
                    "invalid path 'bad': expected '$', '$$' or '$variable' at the start of the "
                    "path at position 0, found 'b'",
                    "States.T.InputPath",
                ),
            ],
        ),
        (
            {
                "Type": "Parallel",
                "Next": "Done",
                "OutputPath": "bad",
                "Branches": [5, {"StartAt": "A", "States": {"A": {"Type": "Wait", "End": True}}}],
            },
            [
                (
                    "each branch must be an object with StartAt and States, got a number",
                    "States.T.Branches[0]",
                ),
                (
                    "a Wait state needs exactly one of Seconds, SecondsPath, Timestamp, "
                    "TimestampPath, got none",
                    "States.T.Branches[1].States.A",
                ),
                (
                    "invalid path 'bad': expected '$', '$$' or '$variable' at the start of the "
                    "path at position 0, found 'b'",
                    "States.T.OutputPath",
                ),
            ],
        ),
    ],
    ids=["retry", "catch", "choices", "branches"],
)
def test_reading_asl_reports_every_bad_rule_and_the_states_other_fields(
    state: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    assert sorted(read_problems(one_state(state))) == sorted(expected)


def test_python_reports_every_bad_branch_and_the_states_other_fields() -> None:
    build: Callable[[], object] = lambda: Parallel("P", branches=[5, "x"], input_path="bad")  # type: ignore[list-item]  # noqa: E731
    assert problems_of(build) == [
        ("each branch must be a state, chain or Graph, got int", "States.P.Branches[0]"),
        ("each branch must be a state, chain or Graph, got str", "States.P.Branches[1]"),
        (
            "invalid path 'bad': expected '$', '$$' or '$variable' at the start of the path at "
            "position 0, found 'b'",
            "States.P.InputPath",
        ),
    ]


def test_python_reports_every_problem_of_one_rule() -> None:
    assert problems_of(lambda: Retry(["X"], backoff_rate=0.5, max_attempts=-1)) == [
        ("MaxAttempts must be >= 0 (got -1)", "Retry.MaxAttempts"),
        ("BackoffRate must be >= 1.0 (got 0.5)", "Retry.BackoffRate"),
    ]


# ---------------------------------------------------------------- never reject what AWS accepts

JSONATA_TEXT = (
    "'{% $sum($states.input.n) %}' is a JSONata expression, but this is a JSONPath state: it "
    "would be passed on as text; use a path (in Python, 'key': Var('$.x')), or set "
    "query_language='JSONata' on the state or machine"
)


def jsonata_text_in_assign(language: str | None) -> dict[str, Any]:
    state: dict[str, Any] = {
        "Type": "Pass",
        "Assign": {"total": "{% $sum($states.input.n) %}"},
        "End": True,
    }
    if language is not None:
        state["QueryLanguage"] = language
    return {"StartAt": "P", "States": {"P": state}}


@pytest.mark.parametrize("language", [None, "JSONPath"], ids=["machine", "state"])
def test_jsonata_text_in_a_jsonpath_assign_is_read_with_a_warning(language: str | None) -> None:
    machine = StateMachine.from_asl(jsonata_text_in_assign(language))
    assert [(w.message, w.path, w.code, w.severity) for w in machine.warnings] == [
        (JSONATA_TEXT, "States.P.Assign.total", "jsonata-text-in-jsonpath", "warning")
    ]
    assert machine.to_asl() == jsonata_text_in_assign(language)


@pytest.mark.parametrize("language", [None, "JSONPath"], ids=["machine", "state"])
def test_strict_reading_makes_the_warning_an_error(language: str | None) -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl(jsonata_text_in_assign(language), strict=True)
    assert [(p.path, p.code, p.severity) for p in info.value.problems] == [
        ("States.P.Assign.total", "jsonata-text-in-jsonpath", "error")
    ]


def test_strict_reading_through_the_asl_module_too() -> None:
    from sfdsl.asl import from_asl

    assert len(from_asl(jsonata_text_in_assign(None)).warnings) == 1
    with pytest.raises(ValidationError):
        from_asl(jsonata_text_in_assign(None), strict=True)


def test_python_refuses_jsonata_text_in_a_jsonpath_assign() -> None:
    assert problems_of(
        lambda: StateMachine(Pass("P", assign={"total": "{% $sum($states.input.n) %}"}))
    ) == [(JSONATA_TEXT, "States.P.Assign.total")]


def test_a_jsonata_constant_condition_is_read_written_and_run() -> None:
    from sfdsl import run

    document = {
        "QueryLanguage": "JSONata",
        "StartAt": "C",
        "States": {
            "C": {
                "Type": "Choice",
                "Choices": [{"Condition": True, "Next": "Yes"}],
                "Default": "No",
            },
            "Yes": {"Type": "Succeed"},
            "No": {"Type": "Fail"},
        },
    }
    machine = StateMachine.from_asl(document)
    assert machine.to_asl() == document
    assert run(machine, {}).path == ["C", "Yes"]
    in_python = Choice("C").when(True, Succeed("Yes")).otherwise(Fail("No"))
    assert StateMachine(in_python, query_language="JSONata") == machine


@pytest.mark.parametrize(
    "config",
    [{"Mode": "INLINE"}, {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"}],
    ids=["inline", "distributed"],
)
def test_a_processor_config_inside_the_legacy_iterator_is_read(config: dict[str, Any]) -> None:
    document = {
        "StartAt": "M",
        "States": {
            "M": {
                "Type": "Map",
                "Iterator": {
                    "ProcessorConfig": config,
                    "StartAt": "Each",
                    "States": {"Each": {"Type": "Pass", "End": True}},
                },
                "End": True,
            }
        },
    }
    machine = StateMachine.from_asl(document)
    assert machine.to_asl() == document
    assert machine.warnings == ()


def test_sdk_parameters_in_the_sdk_for_java_v2_spelling_name_the_resource() -> None:
    from sfdsl._iam import derive_statements

    definition = {
        "StartAt": "Stop",
        "States": {
            "Stop": {
                "Type": "Task",
                "Resource": "arn:aws:states:::aws-sdk:rds:stopDBInstance",
                "Parameters": {"DbInstanceIdentifier": "orders"},
                "End": True,
            }
        },
    }
    derived = derive_statements(definition)
    assert [json.loads(s.to_json()) for s in derived.statements] == [
        {
            "Action": ["rds:StopDBInstance"],
            "Effect": "Allow",
            "Resource": [
                {"Fn::Sub": "arn:${AWS::Partition}:rds:${AWS::Region}:${AWS::AccountId}:db:orders"}
            ],
        }
    ]


@pytest.mark.parametrize("command", ["validate", "build", "run"])
def test_the_cli_strict_flag_fails_on_warnings(command: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sfdsl.cli import app

    path = tmp_path / "flow.json"
    path.write_text(json.dumps(jsonata_text_in_assign(None)))
    relaxed = CliRunner().invoke(app, [command, str(path)])
    assert relaxed.exit_code == 0, relaxed.output
    strict = CliRunner().invoke(app, [command, "--strict", str(path)])
    assert strict.exit_code == 1
    assert "(--strict: warnings are errors) (1 problem):" in strict.output
    assert "States.P.Assign.total" in strict.output


# ---------------------------------------------------------------- problem codes and their page

ROOT = Path(__file__).resolve().parents[1]
_CODE_CALLS = {"Problem", "add", "fail", "warn"}


def _codes_used() -> dict[str, str]:
    """Every problem code written in the package, with a file that uses it.

    Found as the ``code=`` of a call, the third argument of ``Problem``/``add``/``fail``/``warn``,
    the default of a ``code`` parameter, and the ``code`` class attribute of an exception.
    """
    import ast

    used: dict[str, str] = {}
    for path in sorted((ROOT / "sfdsl").rglob("*.py")):
        where = str(path.relative_to(ROOT))
        for node in ast.walk(ast.parse(path.read_text())):
            found: list[ast.expr] = []
            if isinstance(node, ast.Call):
                fn = node.func
                name = getattr(fn, "id", None) or getattr(fn, "attr", "")
                found += [k.value for k in node.keywords if k.arg == "code"]
                if name in _CODE_CALLS and len(node.args) >= 3:
                    found.append(node.args[2])
            elif isinstance(node, ast.FunctionDef):
                args = node.args
                pos = args.posonlyargs + args.args
                pairs = [
                    *zip(pos[len(pos) - len(args.defaults) :], args.defaults, strict=True),
                    *zip(args.kwonlyargs, args.kw_defaults, strict=True),
                ]
                found += [d for a, d in pairs if a.arg == "code" and d is not None]
            elif (
                isinstance(node, ast.AnnAssign)
                and isinstance(node.target, ast.Name)
                and node.target.id == "code"
                and node.value is not None
            ):
                found.append(node.value)
            for value in found:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    used.setdefault(value.value, where)
    return used


def test_every_code_used_in_the_package_is_in_the_table_of_codes() -> None:
    from sfdsl._codes import CODES

    used = _codes_used()
    assert len(used) > 80, "the scan finds the codes"
    assert {code: where for code, where in used.items() if code not in CODES} == {}


def test_the_errors_page_lists_every_code() -> None:
    from sfdsl._codes import markdown_table

    page = (ROOT / "docs" / "errors.md").read_text()
    shown = page.split("<!-- codes:start -->\n", 1)[1].split("\n<!-- codes:end -->", 1)[0]
    assert shown == markdown_table(), (
        "update docs/errors.md with: python -c 'from sfdsl._codes import markdown_table; "
        "print(markdown_table())'"
    )


def test_every_problem_the_package_builds_has_a_specific_code() -> None:
    import ast

    left: list[str] = []
    for path in sorted((ROOT / "sfdsl").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call) or getattr(node.func, "id", "") != "Problem":
                continue
            code = node.args[2] if len(node.args) >= 3 else None
            code = next((k.value for k in node.keywords if k.arg == "code"), code)
            if code is None or (isinstance(code, ast.Constant) and code.value == "invalid"):
                left.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert left == []


def _no_mock_run() -> object:
    from sfdsl import run

    return run(StateMachine(Task("Charge", resource="arn:aws:states:::sns:publish")), {})


@pytest.mark.parametrize(
    ("mistake", "raised", "codes"),
    [
        (lambda: Var("x.y"), "InvalidPathError", [("invalid-path", "")]),
        (
            lambda: Pass("P", input_path="x.y"),
            "InvalidPathError",
            [("invalid-path", "States.P.InputPath")],
        ),
        (
            lambda: StateMachine(Pass("P", result_path="$.a[*]")),
            "InvalidPathError",
            [("invalid-path", "States.P.ResultPath")],
        ),
        (
            lambda: StateMachine.from_asl(
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "InputPath": "x", "End": True}}}
            ),
            "InvalidPathError",
            [("invalid-path", "States.P.InputPath")],
        ),
        (
            lambda: Pass("P", parameters={"a.$": "States.Format(("}),
            "InvalidIntrinsicError",
            [("invalid-intrinsic", "States.P.Parameters.a.$")],
        ),
        (
            lambda: Pass("P", input_path="x.y", comment=5),  # type: ignore[arg-type]
            "ValidationError",
            [("type", "States.P.Comment"), ("invalid-path", "States.P.InputPath")],
        ),
        (_no_mock_run, "MissingMockError", []),
    ],
)
def test_the_same_mistake_raises_the_same_class_however_it_is_written(
    mistake: Callable[[], object], raised: str, codes: list[tuple[str, str]]
) -> None:
    with pytest.raises(SfdslError) as caught:
        mistake()
    assert type(caught.value).__name__ == raised
    assert [(p.code, p.path) for p in getattr(caught.value, "problems", ())] == codes


def test_a_missing_mock_names_the_state_and_resource_in_fields() -> None:
    from sfdsl.errors import ExecutionSetupError, MissingMockError

    with pytest.raises(MissingMockError) as caught:
        _no_mock_run()
    err = caught.value
    assert isinstance(err, ExecutionSetupError)
    assert (err.state, err.resource, err.code) == (
        "Charge",
        "arn:aws:states:::sns:publish",
        "missing-mock",
    )
    assert str(err) == f"{err.problem}; {err.fix}"
    assert (
        err.problem == "no mock for task state 'Charge' (resource 'arn:aws:states:::sns:publish')"
    )


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (
            lambda: StateMachine(
                Graph(
                    "Approved?",
                    [
                        Choice("Approved?")
                        .when(Var("$.ok") == True, "Approved")  # noqa: E712
                        .otherwise("Declnied"),
                        Succeed("Approved"),
                        Fail("Declined"),
                    ],
                )
            ),
            (
                "Default target 'Declnied' does not exist; did you mean 'Declined'? states here "
                "are: 'Approved?', 'Approved', 'Declined'",
                "States.Approved?.Default",
            ),
        ),
        (
            lambda: StateMachine(
                Task("Charge", resource=LAMBDA)
                .catch(Catch(["States.ALL"], next="Refnd"))
                .next(Pass("Refund"))
            ),
            (
                "Catch[0].Next target 'Refnd' does not exist; did you mean 'Refund'? states here "
                "are: 'Charge', 'Refund'",
                "States.Charge.Catch[0].Next",
            ),
        ),
        (
            lambda: StateMachine(Graph("Strat", [Pass("Start", end=True)])),
            (
                "StartAt 'Strat' is not a state here; did you mean 'Start'? states are: 'Start'",
                "StartAt",
            ),
        ),
        (
            lambda: StateMachine(Pass("A", next_state="Zzz")),
            ("Next target 'Zzz' does not exist; states here are: 'A'", "States.A.Next"),
        ),
    ],
    ids=["default", "catch", "start-at", "nothing-close"],
)
def test_a_misspelt_target_gets_the_likely_name(
    build: Callable[[], object], expected: tuple[str, str]
) -> None:
    assert expected in problems_of(build)


# ---------------------------------------------------------------- None is not DISCARD

NONE_RESULT_PATH = (
    "result_path=None leaves ResultPath unset (the state's result replaces its input), which is "
    "seldom what None is meant to say: to discard the result and keep the input write "
    "result_path=DISCARD (ResultPath: null); to leave it unset, leave result_path out"
)


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (
            lambda: Task("T", resource=LAMBDA, result_path=None),
            (NONE_RESULT_PATH, "States.T.ResultPath"),
        ),
        (
            lambda: Pass("P", input_path=None),
            (
                "input_path=None leaves InputPath unset (the state gets its whole input), which "
                "is seldom what None is meant to say: to give the state an empty input ({}) "
                "write input_path=DISCARD (InputPath: null); to leave it unset, leave input_path "
                "out",
                "States.P.InputPath",
            ),
        ),
        (
            lambda: Map("M", item_processor=Pass("I"), output_path=None),
            (
                "output_path=None leaves OutputPath unset (the state passes on its whole output), "
                "which is seldom what None is meant to say: to pass on an empty output ({}) write "
                "output_path=DISCARD (OutputPath: null); to leave it unset, leave output_path out",
                "States.M.OutputPath",
            ),
        ),
        (
            lambda: Catch(["States.ALL"], next="Failed", result_path=None),
            (
                "result_path=None leaves ResultPath unset (the error output replaces the input), "
                "which is seldom what None is meant to say: to discard it and keep the input "
                "write result_path=DISCARD (ResultPath: null); to leave it unset, leave "
                "result_path out",
                "Catch.ResultPath",
            ),
        ),
        (
            lambda: Pass("P", result_path="$.r").with_(result_path=None),
            (NONE_RESULT_PATH, "States.P.ResultPath"),
        ),
    ],
    ids=["task-result", "pass-input", "map-output", "catch-result", "with_"],
)
def test_none_for_a_path_is_refused_pointing_at_discard(
    build: Callable[[], object], expected: tuple[str, str]
) -> None:
    with pytest.raises(ValidationError) as info:
        build()
    assert [(p.message, p.path, p.code) for p in info.value.problems] == [
        (*expected, "none-is-not-discard")
    ]


def test_unset_and_discard_paths_still_work() -> None:
    unset = Pass("P", result={"a": 1})
    assert unset.result_path is None
    assert "ResultPath" not in unset.to_asl()
    assert unset.with_(comment="c").result_path is None
    dropped = unset.with_(result_path=DISCARD, end=True)
    assert dropped.to_asl()["ResultPath"] is None
    assert StateMachine.from_asl(StateMachine(dropped).to_asl()).states[0] == dropped


def test_a_trap_loop_in_asl_is_a_warning_as_the_service_accepts_it() -> None:
    document = {
        "StartAt": "Done?",
        "States": {
            "Done?": {
                "Type": "Choice",
                "Choices": [{"Variable": "$.done", "BooleanEquals": True, "Next": "Done"}],
                "Default": "L1",
            },
            "L1": {"Type": "Pass", "Next": "L2"},
            "L2": {"Type": "Pass", "Next": "L1"},
            "Done": {"Type": "Succeed"},
        },
    }
    machine = StateMachine.from_asl(document)
    assert ("States.L1", "no-path-to-end", "warning") in [
        (w.path, w.code, w.severity) for w in machine.warnings
    ]
    with pytest.raises(ValidationError):
        StateMachine.from_asl(document, strict=True)
    in_python = Graph.of(
        Choice("Done?").when(Var("$.done") == True, Succeed("Done")).otherwise("L1")  # noqa: E712
    )
    loop = Graph(
        "Done?", [*in_python.states, Pass("L1", next_state="L2"), Pass("L2", next_state="L1")]
    )
    assert "no-path-to-end" in [p.code for p in _errors_of(lambda: StateMachine(loop))]


def _errors_of(build: Callable[[], object]) -> list[Problem]:
    with pytest.raises(ValidationError) as info:
        build()
    return list(info.value.problems)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("JSONPath", ("jsonata-text-in-jsonpath", "warning")),
        ("JSONata", ("invalid-jsonata", "error")),
    ],
)
def test_unfinished_jsonata_text_in_assign_is_judged_by_the_state_language(
    language: str, expected: tuple[str, str]
) -> None:
    document = {
        "QueryLanguage": language,
        "StartAt": "P",
        "States": {"P": {"Type": "Pass", "Assign": {"x": "{% 1"}, "End": True}},
    }
    if expected[1] == "warning":
        found = StateMachine.from_asl(document).warnings
    else:
        with pytest.raises(ValidationError) as info:
            StateMachine.from_asl(document)
        found = info.value.problems
    assert [(p.path, p.code, p.severity) for p in found] == [("States.P.Assign.x", *expected)]


@pytest.mark.parametrize(
    ("build", "path"),
    [
        (lambda: Pass("A", result={"x": 10**5000}), "States.A.Result.x"),
        (lambda: Pass("A", parameters={"x": [10**5000]}), "States.A.Parameters.x[0]"),
        (lambda: Pass("A", assign={"n": -(10**4400)}), "States.A.Assign.n"),
    ],
    ids=["result", "parameters", "assign"],
)
def test_an_integer_json_cannot_write_is_refused_when_the_state_is_built(
    build: Callable[[], object], path: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        build()
    [problem] = caught.value.problems
    assert (problem.path, problem.code) == (path, "limit-exceeded")
    assert problem.message.startswith("an integer of more than 4,300 digits cannot be written")
