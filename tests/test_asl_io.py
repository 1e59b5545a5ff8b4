"""ASL in and out: sources from_asl reads, deterministic JSON, and SfdslErrors for bad documents."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import cattrs
import jsonata
import pytest
from conftest import CORPUS as REPO_CORPUS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sfdsl import (
    DISCARD,
    Catch,
    Choice,
    Fail,
    Map,
    Parallel,
    Pass,
    Placeholder,
    ProcessorConfig,
    Retry,
    State,
    StateMachine,
    Succeed,
    Task,
    Var,
    Wait,
)
from sfdsl import _write as writer
from sfdsl._fields import asl_names
from sfdsl._write import asl_converter
from sfdsl.errors import DefinitionError, SfdslError, ValidationError

LAMBDA = "arn:aws:states:::lambda:invoke"
DOCUMENT = {
    "Comment": "hello",
    "StartAt": "Hello",
    "States": {
        "Hello": {"Type": "Pass", "Result": "world", "Next": "Done"},
        "Done": {"Type": "Succeed"},
    },
}
YAML = """\
Comment: hello
StartAt: Hello
States:
  Hello: {Type: Pass, Result: world, Next: Done}
  Done:
    Type: Succeed
"""


# --------------------------------------------------------------------------- sources


@pytest.mark.parametrize(
    "source",
    [
        pytest.param(lambda tmp: DOCUMENT, id="dict"),
        pytest.param(lambda tmp: json.dumps(DOCUMENT), id="json-text"),
        pytest.param(lambda tmp: json.dumps(DOCUMENT, indent=4), id="json-text-indented"),
        pytest.param(lambda tmp: YAML, id="yaml-text"),
        pytest.param(lambda tmp: _write(tmp / "m.json", json.dumps(DOCUMENT)), id="json-path"),
        pytest.param(
            lambda tmp: str(_write(tmp / "m.asl.json", json.dumps(DOCUMENT))), id="json-str-path"
        ),
        pytest.param(lambda tmp: _write(tmp / "m.yaml", YAML), id="yaml-path"),
        pytest.param(lambda tmp: str(_write(tmp / "m.yml", YAML)), id="yaml-str-path"),
    ],
)
def test_from_asl_reads_every_source(source: Any, tmp_path: Path) -> None:
    machine = StateMachine.from_asl(source(tmp_path))
    assert machine.to_asl() == DOCUMENT
    assert machine.comment == "hello"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("source", "message", "code"),
    [
        ("nofile.json", "no such file: nofile.json", "no-such-file"),
        ("\x00", "cannot read '\\x00': a file name cannot hold a NUL character", "unreadable"),
        (
            '{"StartAt": ',
            "text is not valid JSON: Expecting value: line 1 column 13 (char 12)",
            "unreadable",
        ),
        (
            "- 1\n- 2\n",
            "text is not valid JSON (Expecting value: line 1 column 1 (char 0)) "
            "and is not a YAML mapping",
            "unreadable",
        ),
        ("[1, 2]", "an ASL definition must be a JSON object, got an array", "invalid-definition"),
    ],
)
def test_unreadable_sources_raise_definition_error(source: str, message: str, code: str) -> None:
    with pytest.raises(DefinitionError) as info:
        StateMachine.from_asl(source)
    assert [(p.message, p.path, p.code) for p in info.value.problems] == [(message, "", code)]
    assert info.value.subject == "definition"


def test_to_json_then_from_file(tmp_path: Path) -> None:
    machine = StateMachine.from_asl(DOCUMENT)
    path = _write(tmp_path / "machine.json", machine.to_json())
    assert StateMachine.from_asl(path) == machine


def test_name_and_type_are_given_to_from_asl() -> None:
    machine = StateMachine.from_asl(DOCUMENT, name="Greeter", type="EXPRESS")
    assert (machine.name, machine.type) == ("Greeter", "EXPRESS")


# --------------------------------------------------------------------------- JSON out


def test_to_json_formats() -> None:
    machine = StateMachine(Pass("Café ✓").next(Succeed("Done")))
    assert machine.to_json(indent=None) == (
        '{"StartAt": "Café ✓", "States": {"Café ✓": {"Type": "Pass", "Next": "Done"}, '
        '"Done": {"Type": "Succeed"}}}'
    )
    assert machine.to_json() == "\n".join(
        [
            "{",
            '  "StartAt": "Café ✓",',
            '  "States": {',
            '    "Café ✓": {',
            '      "Type": "Pass",',
            '      "Next": "Done"',
            "    },",
            '    "Done": {',
            '      "Type": "Succeed"',
            "    }",
            "  }",
            "}",
        ]
    )


def test_state_keys_follow_the_order_states_were_added() -> None:
    c = Pass("Z").next(Choice("M").when(Var("$.a") == 1, Pass("A")).otherwise(Pass("B")))
    assert list(StateMachine(c).to_asl()["States"]) == ["Z", "M", "A", "B"]


def test_field_order_inside_a_state_is_fixed() -> None:
    # Built with keyword arguments in a different order: the output order does not change.
    one = Task("T", resource=LAMBDA, timeout_seconds=5, comment="c", result_path="$.r", end=True)
    two = Task("T", end=True, result_path="$.r", comment="c", timeout_seconds=5, resource=LAMBDA)
    assert json.dumps(one.to_asl()) == json.dumps(two.to_asl())
    assert list(one.to_asl()) == [
        "Type",
        "Comment",
        "Resource",
        "ResultPath",
        "TimeoutSeconds",
        "End",
    ]


def test_null_paths_are_written_and_read_as_null() -> None:
    document = {
        "StartAt": "A",
        "States": {
            "A": {
                "Type": "Pass",
                "InputPath": None,
                "ResultPath": None,
                "OutputPath": None,
                "End": True,
            }
        },
    }
    assert StateMachine.from_asl(document).to_asl() == document


def test_placeholders_round_trip() -> None:
    document = {
        "StartAt": "T",
        "States": {"T": {"Type": "Task", "Resource": "${FnArn}", "End": True}},
    }
    built = StateMachine(Task("T", resource=Placeholder("FnArn", "arn:aws:lambda:::function:f")))
    assert built.to_asl() == document
    assert StateMachine.from_asl(document).to_asl() == document


def test_nested_graphs_round_trip() -> None:
    machine = StateMachine(
        Parallel(
            "P",
            branches=[
                Task("Work", resource=LAMBDA).catch(Catch(["States.ALL"], next=Pass("Recover"))),
                Pass("Other"),
            ],
        )
    )
    assert StateMachine.from_asl(machine.to_json()) == machine
    assert StateMachine.from_asl(machine.to_json()).to_json() == machine.to_json()


# --------------------------------------------------------------------------- bad documents

L = LAMBDA


def _one(state: Any) -> dict[str, Any]:
    return {"StartAt": "A", "States": {"A": state}}


# (document, the problems reported, as (message, path))
BAD_DOCUMENTS: list[tuple[str, Any, list[tuple[str, str]]]] = [
    (
        "state-not-object",
        _one("x"),
        [("a state must be an object, got a string", "States.A")],
    ),
    (
        "no-type",
        _one({}),
        [
            (
                "Type is required: one of Task, Pass, Wait, Choice, Parallel, Map, Succeed, Fail",
                "States.A.Type",
            )
        ],
    ),
    (
        "retry-not-array",
        _one({"Type": "Task", "Resource": L, "Retry": {}, "End": True}),
        [("Retry must be an array, got an object", "States.A.Retry")],
    ),
    (
        "retry-item-not-object",
        _one({"Type": "Task", "Resource": L, "Retry": [1], "End": True}),
        [("expected an object, got a number", "States.A.Retry[0]")],
    ),
    (
        "error-equals-not-array",
        _one({"Type": "Task", "Resource": L, "Retry": [{"ErrorEquals": "X"}], "End": True}),
        [
            (
                "ErrorEquals must be an array of error names, got a string",
                "States.A.Retry[0].ErrorEquals",
            )
        ],
    ),
    (
        "catch-without-next",
        _one({"Type": "Task", "Resource": L, "Catch": [{"ErrorEquals": ["X"]}], "End": True}),
        [
            (
                "Next is required: the state to go to when the error is caught",
                "States.A.Catch[0].Next",
            )
        ],
    ),
    (
        "retry-unknown-field",
        _one(
            {
                "Type": "Task",
                "Resource": L,
                "Retry": [{"ErrorEquals": ["X"], "Max": 1}],
                "End": True,
            }
        ),
        [
            (
                "unknown field 'Max' in Retry; allowed fields: BackoffRate, Comment, ErrorEquals, "
                "IntervalSeconds, JitterStrategy, MaxAttempts, MaxDelaySeconds",
                "States.A.Retry[0].Max",
            )
        ],
    ),
    (
        "branch-not-object",
        _one({"Type": "Parallel", "Branches": [1], "End": True}),
        [
            (
                "each branch must be an object with StartAt and States, got a number",
                "States.A.Branches[0]",
            )
        ],
    ),
    (
        "processor-not-object",
        _one({"Type": "Map", "ItemProcessor": [], "End": True}),
        [("expected an object with StartAt and States, got an array", "States.A.ItemProcessor")],
    ),
    (
        "processor-and-iterator",
        _one(
            {
                "Type": "Map",
                "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}},
                "Iterator": {"StartAt": "C", "States": {"C": {"Type": "Succeed"}}},
                "End": True,
            }
        ),
        [
            (
                "ItemProcessor and Iterator cannot both be set; keep ItemProcessor",
                "States.A.Iterator",
            )
        ],
    ),
    (
        "end-not-boolean",
        _one({"Type": "Pass", "End": "yes"}),
        [("End must be true or false, got 'yes'", "States.A.End")],
    ),
    ("end-null", _one({"Type": "Pass", "End": None}), [("End cannot be null", "States.A.End")]),
    (
        "next-not-string",
        _one({"Type": "Pass", "Next": 5}),
        [
            (
                "a transition target must be a state name, state or chain, got a number",
                "States.A.Next",
            )
        ],
    ),
    (
        "seconds-boolean",
        _one({"Type": "Wait", "Seconds": True, "End": True}),
        [("expected a whole number, got a boolean True", "States.A.Seconds")],
    ),
    (
        "credentials-not-object",
        _one({"Type": "Task", "Resource": L, "Credentials": "x", "End": True}),
        [("Credentials must be an object with RoleArn, got a string", "States.A.Credentials")],
    ),
    (
        "comment-number",
        _one({"Type": "Pass", "Comment": 5, "End": True}),
        [("expected a string, got a number 5", "States.A.Comment")],
    ),
    (
        "fail-error-number",
        _one({"Type": "Fail", "Error": 5}),
        [("expected a string, got a number 5", "States.A.Error")],
    ),
    (
        "unknown-state-field",
        _one({"Type": "Succeed", "ResultPath": "$.x"}),
        [
            (
                "unknown field 'ResultPath' for a Succeed state (ResultPath is not allowed on a "
                "Succeed state); allowed fields: Comment, InputPath, Output, OutputPath, "
                "QueryLanguage, Type",
                "States.A.ResultPath",
            )
        ],
    ),
    (
        "unknown-machine-field",
        {**_one({"Type": "Succeed"}), "Foo": 1},
        [
            (
                "unknown field 'Foo' in state machine; allowed fields: Comment, QueryLanguage, "
                "StartAt, States, TimeoutSeconds, Version",
                "Foo",
            )
        ],
    ),
    (
        "machine-timeout-string",
        {**_one({"Type": "Succeed"}), "TimeoutSeconds": "x"},
        [("expected a whole number, got a string 'x'", "TimeoutSeconds")],
    ),
    (
        "processor-config-mode",
        _one(
            {
                "Type": "Map",
                "ItemProcessor": {
                    "ProcessorConfig": {"Mode": "X"},
                    "StartAt": "B",
                    "States": {"B": {"Type": "Succeed"}},
                },
                "End": True,
            }
        ),
        [
            (
                'expected one of "INLINE", "DISTRIBUTED", got \'X\'',
                "States.A.ItemProcessor.ProcessorConfig.Mode",
            )
        ],
    ),
    (
        "item-reader-without-resource",
        _one(
            {
                "Type": "Map",
                "ItemReader": {},
                "ItemProcessor": {"StartAt": "B", "States": {"B": {"Type": "Succeed"}}},
                "End": True,
            }
        ),
        [("Resource is required in ItemReader", "States.A.ItemReader.Resource")],
    ),
    (
        "branch-without-states",
        _one({"Type": "Parallel", "Branches": [{"StartAt": "B"}], "End": True}),
        [("States is required: an object of state name to state", "States.A.Branches[0].States")],
    ),
    (
        "states-array",
        {"StartAt": "A", "States": []},
        [("States must be an object of state name to state, got an array", "States")],
    ),
]


@pytest.mark.parametrize(
    ("document", "problems"), [b[1:] for b in BAD_DOCUMENTS], ids=[b[0] for b in BAD_DOCUMENTS]
)
def test_bad_documents_raise_sfdsl_errors_with_paths(
    document: Any, problems: list[tuple[str, str]]
) -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl(document)
    assert isinstance(info.value, SfdslError)
    assert [(p.message, p.path) for p in info.value.problems] == problems


TYPES = "Task, Pass, Wait, Choice, Parallel, Map, Succeed, Fail"
WAIT_ONE_OF = "a Wait state needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath"

# A document missing what a state or the machine needs: (id, document, [(message, path, code)]).
REQUIRED: list[tuple[str, Any, list[tuple[str, str, str]]]] = [
    (
        "task-resource",
        _one({"Type": "Task", "End": True}),
        [
            (
                "Resource is required in a Task state: the ARN of the work to do, "
                "e.g. 'arn:aws:states:::lambda:invoke'",
                "States.A.Resource",
                "required",
            )
        ],
    ),
    (
        "task-resource-listed-with-the-other-problems",
        _one({"Type": "Task", "TimeoutSeconds": 0, "Next": "Nowhere"}),
        [
            (
                "Resource is required in a Task state: the ARN of the work to do, "
                "e.g. 'arn:aws:states:::lambda:invoke'",
                "States.A.Resource",
                "required",
            ),
            ("TimeoutSeconds must be >= 1 (got 0)", "States.A.TimeoutSeconds", "out-of-range"),
            (
                "Next target 'Nowhere' does not exist; states here are: 'A'",
                "States.A.Next",
                "missing-target",
            ),
        ],
    ),
    (
        "wait-duration",
        _one({"Type": "Wait", "End": True}),
        [(f"{WAIT_ONE_OF}, got none", "States.A", "wait-duration")],
    ),
    (
        "choice-choices",
        {
            "StartAt": "A",
            "States": {"A": {"Type": "Choice", "Default": "B"}, "B": {"Type": "Succeed"}},
        },
        [
            (
                "a Choice state needs at least one rule; add one with .when(condition, target)",
                "States.A.Choices",
                "choice-without-rules",
            )
        ],
    ),
    (
        "parallel-branches",
        _one({"Type": "Parallel", "End": True}),
        [
            (
                "a Parallel state needs at least one branch; pass branches=[...]",
                "States.A.Branches",
                "parallel-without-branches",
            )
        ],
    ),
    (
        "map-item-processor",
        _one({"Type": "Map", "End": True}),
        [
            (
                "a Map state needs an item processor (the steps run for each item); "
                "pass item_processor=<state or chain>",
                "States.A.ItemProcessor",
                "map-without-processor",
            )
        ],
    ),
    (
        "fail-fields-of-the-wrong-type",
        _one({"Type": "Fail", "Error": 5, "Cause": ["x"]}),
        [
            ("expected a string, got a number 5", "States.A.Error", "type"),
            ("expected a string, got an array ['x']", "States.A.Cause", "type"),
        ],
    ),
    (
        "type-missing",
        _one({"End": True}),
        [(f"Type is required: one of {TYPES}", "States.A.Type", "required")],
    ),
    (
        "type-unknown",
        _one({"Type": "Lambda", "End": True}),
        [(f"Type must be one of {TYPES}, got 'Lambda'", "States.A.Type", "unknown-state-type")],
    ),
    (
        "type-not-a-string",
        _one({"Type": 3, "End": True}),
        [(f"Type must be one of {TYPES}, got 3", "States.A.Type", "unknown-state-type")],
    ),
    (
        "start-at-missing",
        {"States": {"A": {"Type": "Succeed"}}},
        [("StartAt is required: the name of the first state", "StartAt", "required")],
    ),
    (
        "start-at-not-a-string",
        {"StartAt": ["A"], "States": {"A": {"Type": "Succeed"}}},
        [("StartAt must be a state name, got an array", "StartAt", "invalid-definition")],
    ),
    (
        "states-missing",
        {"StartAt": "A"},
        [("States is required: an object of state name to state", "States", "required")],
    ),
    (
        "states-not-an-object",
        {"StartAt": "A", "States": "A"},
        [
            (
                "States must be an object of state name to state, got a string",
                "States",
                "invalid-definition",
            )
        ],
    ),
    (
        "states-empty",
        {"StartAt": "A", "States": {}},
        [("States must contain at least one state", "States", "invalid-definition")],
    ),
    (
        "branch-start-at-missing",
        _one(
            {"Type": "Parallel", "Branches": [{"States": {"B": {"Type": "Succeed"}}}], "End": True}
        ),
        [
            (
                "StartAt is required: the name of the first state",
                "States.A.Branches[0].StartAt",
                "required",
            )
        ],
    ),
    (
        "map-body-states-missing",
        _one({"Type": "Map", "ItemProcessor": {"StartAt": "B"}, "End": True}),
        [
            (
                "States is required: an object of state name to state",
                "States.A.ItemProcessor.States",
                "required",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("document", "problems"), [r[1:] for r in REQUIRED], ids=[r[0] for r in REQUIRED]
)
def test_missing_or_mistyped_required_fields_are_problems(
    document: Any, problems: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl(document)
    assert [(p.message, p.path, p.code) for p in info.value.problems] == problems


def test_task_without_resource_names_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl(_one({"Type": "Task", "End": True}))
    assert [(p.path, p.code) for p in info.value.problems] == [("States.A.Resource", "required")]


@pytest.mark.parametrize(
    ("state", "problem"),
    [
        pytest.param(
            {"Type": "Choice", "Choices": [{"Variable": "$.a", "IsPresent": True}]},
            (
                "a Choice rule needs Next: the state to go to when it matches",
                "States.A.Choices[0].Next",
            ),
            id="rule-without-next",
        ),
        pytest.param(
            {"Type": "Choice", "Choices": "x"},
            ("Choices must be an array, got a string", "States.A.Choices"),
            id="choices-not-array",
        ),
    ],
)
def test_a_bad_choice_gives_one_problem(state: dict[str, Any], problem: tuple[str, str]) -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl(_one(state))
    assert [(p.message, p.path) for p in info.value.problems] == [problem]


def test_a_missing_start_at_gives_one_problem() -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl({"States": {"A": {"Type": "Succeed"}}})
    assert [(p.message, p.path) for p in info.value.problems] == [
        ("StartAt is required: the name of the first state", "StartAt")
    ]


@pytest.mark.parametrize(
    "document",
    [
        {},
        {"StartAt": 1, "States": {"A": {"Type": "Succeed"}}},
        {"StartAt": "A", "States": {}},
        _one(
            {"Type": "Choice", "Choices": [{"Variable": "$.a", "NumericEquals": "x", "Next": "A"}]}
        ),
        _one(
            {
                "Type": "Choice",
                "Choices": [{"Variable": "$.a", "IsPresent": True, "Next": "B"}],
                "Default": 3,
            }
        ),
        _one({"Type": "Pass", "Parameters": {"a.$": None}, "End": True}),
        _one({"Type": "Parallel", "Branches": [{"StartAt": 1, "States": 2}], "End": True}),
        _one({"Type": "Map", "ItemProcessor": {"States": {}}, "End": True}),
        _one({"Type": "Task", "Resource": 5, "End": True}),
        _one(
            {
                "Type": "Task",
                "Resource": L,
                "Catch": [{"ErrorEquals": ["X"], "Next": 5}],
                "End": True,
            }
        ),
        _one({"Type": "Wait", "Timestamp": 5, "End": True}),
        _one({"Type": "Pass", "Assign": [], "End": True}),
        _one({"Type": ["Pass"], "End": True}),
        _one({"Type": {"Pass": 1}, "Next": "A"}),
    ],
)
def test_malformed_documents_never_raise_python_errors(document: Any) -> None:
    with pytest.raises(SfdslError) as info:
        StateMachine.from_asl(document)
    assert isinstance(info.value, ValidationError)
    assert info.value.problems


CORPUS = REPO_CORPUS / "asl"
CORPUS_FILES = sorted(p for d in ("valid", "realworld") for p in (CORPUS / d).glob("*.json"))
ASL_KEYS = [
    "Type", "Next", "End", "Default", "Choices", "Branches", "ItemProcessor", "Iterator",
    "StartAt", "States", "Resource", "Parameters", "ResultPath", "ResultSelector", "Catch",
    "Retry", "ErrorEquals", "Variable", "And", "Or", "Not", "StringEquals", "IsPresent",
    "Seconds", "Items", "ItemReader", "ItemBatcher", "ProcessorConfig", "Mode", "Credentials",
    "Assign", "Output", "Arguments", "QueryLanguage", "TimeoutSeconds", "Error", "Cause", "a.$",
]  # fmt: skip
ASL_STRINGS = [
    "", "$", "$.a", "$$.Execution.Id", "$[", "States.Format('{}', $.a)", "States.ALL",
    "{% $states.input %}", "{% 1", "${Fn}", "arn:aws:states:::lambda:invoke",
    "Task", "Pass", "Choice", "Map", "Parallel", "Wait", "Succeed", "Fail", "INLINE",
]  # fmt: skip
JSONISH = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-2, max_value=10**12)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.sampled_from(ASL_STRINGS)
    | st.text(max_size=4),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(ASL_KEYS) | st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=6,
)


# jsonata-python raises the recursion limit the first time it compiles an expression; do it now,
# or hypothesis warns that the limit changed during a test.
jsonata.Jsonata("1")


def _locations(value: Any, where: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [where]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _locations(item, (*where, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _locations(item, (*where, i))
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mutated_corpus_documents_raise_only_sfdsl_errors(data: st.DataObject) -> None:
    document: Any = json.loads(data.draw(st.sampled_from(CORPUS_FILES)).read_text())
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        where = data.draw(st.sampled_from(_locations(document)))
        value = data.draw(JSONISH)
        if not where:
            document = value
            continue
        parent = document
        for step in where[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "delete", "add"]))
        if action == "delete" and isinstance(parent, dict):
            del parent[where[-1]]
        elif action == "add" and isinstance(parent, dict):
            parent[data.draw(st.sampled_from(ASL_KEYS))] = value
        else:
            parent[where[-1]] = value
    # Accepted, or rejected with an SfdslError: anything else escapes and fails the test.
    with contextlib.suppress(SfdslError):
        StateMachine.from_asl(document)


def test_an_unknown_query_language_is_reported_once() -> None:
    document = {
        "QueryLanguage": "JSONPath2",
        "StartAt": "A",
        "States": {"A": {"Type": "Pass", "Output": {"a": 1}, "End": True}},
    }
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl(document)
    assert [(p.message, p.path) for p in info.value.problems] == [
        ('expected one of "JSONPath", "JSONata", got \'JSONPath2\'', "QueryLanguage")
    ]


def test_a_yaml_key_that_is_not_a_string_is_located_by_a_string_path() -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl("StartAt: A\n1: x\nStates:\n  A:\n    Type: Succeed\n")
    assert [p.path for p in info.value.problems] == ["1"]


WAIT_UNTIL_YAML = """\
Comment: 2026-01-31
StartAt: Until
States:
  Until:
    Type: Wait
    Timestamp: {timestamp}
    End: true
"""


def test_yaml_timestamps_stay_the_strings_written() -> None:
    machine = StateMachine.from_asl(WAIT_UNTIL_YAML.format(timestamp="2026-01-31T12:00:00Z"))
    assert machine.comment == "2026-01-31"
    assert machine.to_asl()["States"]["Until"] == {
        "Type": "Wait",
        "Timestamp": "2026-01-31T12:00:00Z",
        "End": True,
    }


def test_a_yaml_timestamp_that_is_not_rfc3339_is_reported_as_written() -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl(WAIT_UNTIL_YAML.format(timestamp="2026-01-31 12:00:00"))
    assert [(p.message, p.path) for p in info.value.problems] == [
        (
            "'2026-01-31 12:00:00' is not an RFC 3339 timestamp; write e.g. "
            "'2026-01-31T12:00:00Z' (date, 'T', time and a 'Z' or +hh:mm offset)",
            "States.Until.Timestamp",
        )
    ]


# --------------------------------------------------------------------------- repeated keys


def test_a_state_name_repeated_in_json_is_reported_not_dropped(tmp_path: Path) -> None:
    path = tmp_path / "dup.json"
    path.write_text(
        '{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}, '
        '"A": {"Type": "Succeed"}}}',
        encoding="utf-8",
    )
    with pytest.raises(DefinitionError) as caught:
        StateMachine.from_asl(path)
    [problem] = caught.value.problems
    assert problem.path == "States.A"
    assert problem.code == "duplicate-key"
    assert "key 'A' appears twice in the same object; JSON keeps only the last one" in (
        problem.message
    )
    assert "DUPLICATE_STATE_NAME" in problem.message


def test_repeated_keys_deeper_in_json_are_each_reported() -> None:
    text = (
        '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": {"x": 1, "x": 2}, '
        '"End": true, "End": true}}}'
    )
    with pytest.raises(DefinitionError) as caught:
        StateMachine.from_asl(text)
    assert sorted(p.path for p in caught.value.problems) == ["States.A.End", "States.A.Result.x"]


def test_a_state_name_repeated_in_yaml_is_reported_with_its_line() -> None:
    text = "StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n  A:\n    Type: Succeed\n"
    with pytest.raises(DefinitionError) as caught:
        StateMachine.from_asl(text)
    [problem] = caught.value.problems
    assert "key 'A' appears twice in the same mapping (line 6)" in problem.message


def test_yaml_merge_keys_still_load() -> None:
    text = (
        "StartAt: A\nStates:\n  A: &pass\n    Type: Pass\n    End: true\n"
        "  B:\n    <<: *pass\n    Comment: copy\n"
    )
    with pytest.raises(SfdslError) as caught:  # B is unreachable, so it was read, merged
        StateMachine.from_asl(text)
    assert [(p.code, p.path) for p in caught.value.problems] == [("unreachable-state", "States.B")]


# --------------------------------------------------------------------------- hostile documents

PASS_YAML = "StartAt: A\nStates:\n  A: {Type: Pass, End: true}\n"
BILLION_LAUGHS = (
    "\n".join(
        ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        + [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    )
    + "\n"
    + PASS_YAML
)


def _limit_problem(source: Any) -> tuple[str, str]:
    from sfdsl.errors import LimitError

    with pytest.raises(LimitError) as caught:
        StateMachine.from_asl(source)
    (problem,) = caught.value.problems
    return problem.message, problem.path


def test_yaml_alias_expansion_is_bounded() -> None:
    assert _limit_problem(BILLION_LAUGHS) == (
        "text line 7: the aliases expand to more than 1,000,000 values, more than sfdsl reads "
        "(MAX_YAML_NODES in docs/limits.md); write the values out or share less",
        "a6",
    )


def test_yaml_alias_count_is_bounded() -> None:
    text = "a: &x 1\nb: [" + ", ".join(["*x"] * 10_001) + "]\n" + PASS_YAML
    assert _limit_problem(text) == (
        "text line 2: more than 10,000 aliases (*name), more than sfdsl expands "
        "(MAX_YAML_ALIASES in docs/limits.md); write the values out",
        "",
    )


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("a: &x [*x]\n", "a[0]"),
        ("a: &x {b: *x}\n", "a.b"),
        ("a: &x {b: [1, {c: *x}]}\n", "a.b[1].c"),
    ],
)
def test_a_recursive_yaml_alias_is_refused(text: str, path: str) -> None:
    assert _limit_problem(text + PASS_YAML) == (
        "text line 1: an alias refers to a value that holds it (a recursive alias); JSON, and so "
        "Step Functions, has no recursive values: write the value out",
        path,
    )


DEEP_MESSAGE = (
    "{origin} nests objects and arrays more than 256 levels deep{where}, deeper than sfdsl reads "
    "(MAX_DEPTH in docs/limits.md); flatten the data or split the workflow"
)


@pytest.mark.parametrize(
    ("text", "origin", "where"),
    [
        ("[" * 100_000 + "]" * 100_000, "text", ""),
        ('{"a": ' + "[" * 300 + "]" * 300 + "}", "text", " (at ...[0]" + "[0]" * 19 + ")"),
        ("a: " + "[" * 5_000 + "]" * 5_000 + "\n", "text line 1", ""),
    ],
    ids=["json", "json-in-an-object", "yaml"],
)
def test_deeply_nested_documents_are_refused(text: str, origin: str, where: str) -> None:
    message, _ = _limit_problem(text)
    assert message == DEEP_MESSAGE.format(origin=origin, where=where)


def test_aliases_cannot_nest_deeper_than_the_limit() -> None:
    text = "a: &x " + "[" * 200 + "]" * 200 + "\nb: " + "[" * 100 + "*x" + "]" * 100 + "\n"
    # b holds 100 levels and then the 200 of x: 43 levels down, 257 levels remain.
    assert _limit_problem(text + PASS_YAML)[0] == DEEP_MESSAGE.format(
        origin="text line 2", where=" (at ..." + "[0]" * 20 + ")"
    )


def test_depth_within_the_limit_is_read() -> None:
    value: Any = 1
    for _ in range(250):
        value = {"v": value}
    doc = {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": value, "End": True}}}
    assert StateMachine.from_asl(json.dumps(doc)).to_asl() == doc


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": ' + "7" * 4_301 + "}}}",
            "text: the number 77777777777777777777... has more than 4,300 digits, more than "
            "Python reads (MAX_INT_DIGITS in docs/limits.md); write it as a string",
        ),
        (
            "Result: " + "7" * 4_301 + "\n" + PASS_YAML,
            "text line 1: the number 77777777777777777777... has more than 4,300 digits, more "
            "than Python reads (MAX_INT_DIGITS in docs/limits.md); quote it to keep it as text",
        ),
    ],
    ids=["json", "yaml"],
)
def test_integers_longer_than_python_reads_are_a_clear_error(text: str, message: str) -> None:
    assert _limit_problem(text)[0] == message


@pytest.mark.parametrize(
    ("value", "read", "why", "fix"),
    [
        ("1:30", 90, "YAML 1.1 reads 1:30 in base 60", "90 for the number"),
        ("yes", True, "YAML 1.1 reads yes as true", "true for the boolean"),
        ("off", False, "YAML 1.1 reads off as false", "false for the boolean"),
        ("0777", 511, "YAML 1.1 reads a leading 0 as octal", "511 for the number"),
        ("0b11", 3, "YAML 1.1 reads 0b as binary", "3 for the number"),
        ("1_000", 1000, "YAML 1.1 ignores the underscores", "1000 for the number"),
    ],
)
def test_yaml_11_type_changes_are_warnings_with_line_and_fix(
    value: str, read: Any, why: str, fix: str
) -> None:
    text = f"StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result: {value}\n    End: true\n"
    machine = StateMachine.from_asl(text)
    assert machine.to_asl()["States"]["A"]["Result"] == read
    shown = json.dumps(read)
    assert [(w.message, w.path, w.code) for w in machine.warnings] == [
        (
            f"text line 5: the unquoted {value} is read as the "
            f"{'boolean' if isinstance(read, bool) else 'number'} {shown} ({why}); "
            f'write "{value}" (quoted) to keep the text, or {fix}',
            "States.A.Result",
            "yaml-type-change",
        )
    ]


@pytest.mark.parametrize(
    "value", ["true", "False", "12", "-3", "1.5", "1e3", '"1:30"', "'yes'", "0x1F", "~"]
)
def test_values_yaml_12_reads_the_same_give_no_warning(value: str) -> None:
    text = f"StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result: {value}\n    End: true\n"
    assert StateMachine.from_asl(text).warnings == ()


def test_a_non_utf8_file_is_a_definition_error(tmp_path: Path) -> None:
    path = tmp_path / "flow.asl.json"
    path.write_bytes(b'{"StartAt": "\xff"}')
    with pytest.raises(DefinitionError) as caught:
        StateMachine.from_asl(path)
    assert [(p.message, p.code) for p in caught.value.problems] == [
        (
            f"cannot read {path}: it is not UTF-8 text (byte 0xff at offset 13); the ASL "
            "definition must be a UTF-8 text file",
            "unreadable",
        )
    ]


def test_a_folder_is_a_definition_error(tmp_path: Path) -> None:
    with pytest.raises(DefinitionError) as caught:
        StateMachine.from_asl(tmp_path)
    assert caught.value.problems[0].message == (
        f"{tmp_path} is a directory; give the ASL definition file"
    )


def test_a_file_over_the_cap_is_not_read_whole(tmp_path: Path) -> None:
    from sfdsl.errors import LimitError

    path = tmp_path / "big.json"
    with path.open("wb") as out:
        out.truncate(16 * 1_048_576 + 1)
    with pytest.raises(LimitError) as caught:
        StateMachine.from_asl(path)
    assert caught.value.problems[0].message == (
        f"{path} (ASL definition) is larger than 16,777,216 bytes, the most sfdsl reads "
        "(MAX_FILE_BYTES in docs/limits.md)"
    )


def test_an_endless_stream_is_read_only_up_to_the_cap() -> None:
    from sfdsl.errors import LimitError

    if not Path("/dev/zero").exists():
        pytest.skip("needs /dev/zero (a POSIX system)")
    with pytest.raises(LimitError):
        StateMachine.from_asl(Path("/dev/zero"))


@pytest.mark.parametrize("source", [b'{"a": 1}', 42, None, ["StartAt"]])
def test_from_asl_of_an_unsupported_source_is_a_definition_error(source: Any) -> None:
    with pytest.raises(DefinitionError):
        StateMachine.from_asl(source)


@pytest.mark.parametrize(
    ("document", "path"),
    [
        (
            {"StartAt": "W", "States": {"W": {"Type": "Wait", "Seconds": 10**5000, "End": True}}},
            "States.W.Seconds",
        ),
        ({"StartAt": "W", "States": {"W": {"Type": -(10**5000), "End": True}}}, "States.W.Type"),
        (
            {"StartAt": "W", "States": {"W": {"Type": "Pass", "Result": [10**4300], "End": True}}},
            "States.W.Result[0]",
        ),
    ],
    ids=["field", "type", "payload"],
)
def test_python_integers_longer_than_python_prints_are_a_limit_error(
    document: dict[str, Any], path: str
) -> None:
    assert _limit_problem(document) == (
        f"the ASL definition: a number at {path} has more than 4,300 digits, more than Python "
        "converts to text (MAX_INT_DIGITS in docs/limits.md); write it as a string",
        path,
    )


def test_an_integer_of_4300_digits_is_read() -> None:
    document = {
        "StartAt": "W",
        "States": {"W": {"Type": "Pass", "Result": 10**4300 - 1, "End": True}},
    }
    assert StateMachine.from_asl(document).to_asl() == document


def test_a_document_that_holds_itself_is_refused_as_too_deep() -> None:
    document: dict[str, Any] = {"StartAt": "A", "States": {}}
    document["States"]["A"] = {"Type": "Pass", "Result": document, "End": True}
    message, _ = _limit_problem(document)
    assert message.startswith("the ASL definition nests objects and arrays more than 256 levels")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b'{"StartAt": "\xff"}',
            "cannot read {path}: it is not UTF-8 text (byte 0xff at offset 13); the ASL "
            "definition must be a UTF-8 text file",
        ),
        (
            BILLION_LAUGHS.encode(),
            "{path} line 7: the aliases expand to more than 1,000,000 values, more than sfdsl "
            "reads (MAX_YAML_NODES in docs/limits.md); write the values out or share less",
        ),
    ],
    ids=["not-utf8", "alias-bomb"],
)
def test_run_of_an_unreadable_file_is_a_setup_error(
    content: bytes, message: str, tmp_path: Path
) -> None:
    from sfdsl import run
    from sfdsl.errors import ExecutionSetupError

    path = tmp_path / "flow.yaml"
    path.write_bytes(content)
    with pytest.raises(ExecutionSetupError) as caught:
        run(path)
    assert str(caught.value) == message.format(path=path)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda huge: StateMachine(Pass("A"), timeout_seconds=huge),
            "TimeoutSeconds must be <= 99999999 (got an integer of more than 4,300 digits)",
        ),
        (
            lambda huge: StateMachine(Pass("A"), timeout_seconds=-huge),
            "TimeoutSeconds must be >= 1 (got an integer of more than 4,300 digits)",
        ),
    ],
    ids=["too-large", "too-small"],
)
def test_python_integers_longer_than_python_prints_are_described(build: Any, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        build(10**4300)
    assert [p.message for p in caught.value.problems] == [message]


# --------------------------------------------------------------------------- rules read by cattrs

TASK_ARN = "arn:aws:lambda:us-east-1:123456789012:function:f"


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        pytest.param(
            {
                "Type": "Task",
                "Resource": TASK_ARN,
                "End": True,
                "Catch": [{"ErrorEquals": "States.ALL", "Foo": 1}],
            },
            [
                (
                    "ErrorEquals must be an array of error names, got a string",
                    "States.S.Catch[0].ErrorEquals",
                    "invalid-definition",
                ),
                (
                    "unknown field 'Foo' in Catch; allowed fields: Assign, Comment, ErrorEquals, "
                    "Next, Output, ResultPath",
                    "States.S.Catch[0].Foo",
                    "unknown-field",
                ),
                (
                    "Next is required: the state to go to when the error is caught",
                    "States.S.Catch[0].Next",
                    "required",
                ),
            ],
            id="every-problem-of-a-catcher-in-document-order",
        ),
        pytest.param(
            {
                "Type": "Map",
                "End": True,
                "ItemProcessor": {
                    "ProcessorConfig": {"Mode": "DISTRIBUTED", "ExecutionType": "STANDARD"},
                    "StartAt": "P",
                    "States": {"P": {"Type": "Succeed"}},
                },
                "ItemReader": {
                    "Resource": "arn:aws:states:::s3:getObject",
                    "Parameters": {"Bucket": "b", "Key": "k"},
                    "ReaderConfig": {"InputType": "CSV", "Bad": 1},
                },
            },
            [
                (
                    "unknown field 'Bad' in ReaderConfig; allowed fields: CSVDelimiter, "
                    "CSVHeaderLocation, CSVHeaders, InputType, ItemsPointer, ManifestType, "
                    "MaxItems, MaxItemsPath, Transformation",
                    "States.S.ItemReader.ReaderConfig.Bad",
                    "unknown-field",
                )
            ],
            id="a-nested-part-at-its-path",
        ),
        pytest.param(
            {
                "Type": "Task",
                "Resource": TASK_ARN,
                "End": True,
                "Retry": [{"ErrorEquals": ["States.ALL"], "BackoffRate": 0.5, "MaxAttempts": -1}],
            },
            [
                (
                    "MaxAttempts must be >= 0 (got -1)",
                    "States.S.Retry[0].MaxAttempts",
                    "out-of-range",
                ),
                (
                    "BackoffRate must be >= 1.0 (got 0.5)",
                    "States.S.Retry[0].BackoffRate",
                    "out-of-range",
                ),
            ],
            id="the-rule-s-own-checks-under-its-path",
        ),
    ],
)
def test_rules_are_read_by_their_field_declarations_with_every_problem(
    state: dict[str, Any], expected: list[tuple[str, str, str]]
) -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl({"StartAt": "S", "States": {"S": state}})
    assert [(p.message, p.path, p.code) for p in info.value.problems] == expected


@pytest.mark.parametrize(
    "rule",
    [
        Retry(["States.Timeout"], interval_seconds=2, max_attempts=3, backoff_rate=2.0),
        Retry(["States.ALL"], max_delay_seconds=60, jitter_strategy="FULL", comment="c"),
        Catch(["States.ALL"], next="Done", result_path=DISCARD, comment="c"),
        Catch(["States.ALL"], next="Done", result_path="$.error", assign={"x": 1}),
    ],
    ids=repr,
)
def test_a_rule_read_back_from_its_asl_equals_itself(rule: Retry | Catch) -> None:
    from sfdsl._read import _CONVERTER

    assert _CONVERTER.structure(rule.to_asl(), type(rule)) == rule


# --------------------------------------------------------------------------- writing: cattrs

_WAIT_LANE = Pass("Lane", end=True)


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        pytest.param(
            Task("T", resource=LAMBDA, comment="c", result_path=DISCARD, end=True)
            .retry(Retry(["States.ALL"], max_attempts=2))
            .catch(Catch(["States.ALL"], next=Succeed("Done"))),
            [
                ("Type", "Task"),
                ("Comment", "c"),  # before Resource, as declared, though Resource is required
                ("Resource", LAMBDA),
                ("ResultPath", None),  # DISCARD
                ("Retry", [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2}]),
                ("Catch", [{"ErrorEquals": ["States.ALL"], "Next": "Done"}]),  # a state's name
                ("End", True),
            ],
            id="task",
        ),
        pytest.param(
            Pass("P", parameters={"id": Var("$.id")}, next_state="Q"),
            [("Type", "Pass"), ("Parameters", {"id.$": "$.id"}), ("Next", "Q")],  # no End: false
            id="pass-template-and-next",
        ),
        pytest.param(
            Pass("P", query_language="JSONata", output={"n": "{% 1 + 1 %}"}, end=True),
            [
                ("Type", "Pass"),
                ("QueryLanguage", "JSONata"),
                ("Output", {"n": "{% 1 + 1 %}"}),
                ("End", True),
            ],
            id="pass-jsonata",
        ),
        pytest.param(
            Choice("C").when(Var("$.x") == 1, Succeed("S"), comment="one").otherwise("F"),
            [
                ("Type", "Choice"),
                (
                    "Choices",
                    [{"Variable": "$.x", "NumericEquals": 1, "Next": "S", "Comment": "one"}],
                ),
                ("Default", "F"),
            ],
            id="choice-rule-condition-first",
        ),
        pytest.param(
            Parallel("Par", branches=[Pass("A", end=True)], end=True),
            [
                ("Type", "Parallel"),
                ("Branches", [{"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}}]),
                ("End", True),
            ],
            id="parallel-graphs",
        ),
        pytest.param(
            Map(
                "Each",
                comment="m",
                item_processor=_WAIT_LANE,
                processor_config=ProcessorConfig("INLINE"),
                legacy_iterator=True,
                items_path="$.xs",
                end=True,
            ),
            [
                ("Type", "Map"),
                ("Comment", "m"),
                (
                    "Iterator",
                    {
                        "ProcessorConfig": {"Mode": "INLINE"},
                        "StartAt": "Lane",
                        "States": {"Lane": {"Type": "Pass", "End": True}},
                    },
                ),
                ("ItemsPath", "$.xs"),
                ("End", True),
            ],
            id="map-legacy-iterator-with-its-processor-config",
        ),
        pytest.param(
            Map("Each", item_processor=_WAIT_LANE, max_concurrency=2, next_state="After"),
            [
                ("Type", "Map"),
                (
                    "ItemProcessor",
                    {"StartAt": "Lane", "States": {"Lane": {"Type": "Pass", "End": True}}},
                ),
                ("MaxConcurrency", 2),
                ("Next", "After"),
            ],
            id="map-item-processor",
        ),
        pytest.param(
            Wait("W", seconds=5, end=True),
            [("Type", "Wait"), ("Seconds", 5), ("End", True)],
            id="wait",
        ),
        pytest.param(Succeed("S"), [("Type", "Succeed")], id="succeed"),
        pytest.param(
            Fail("F", error="E", cause="why"),
            [("Type", "Fail"), ("Error", "E"), ("Cause", "why")],
            id="fail",
        ),
    ],
)
def test_each_state_type_is_written_by_the_cattrs_converter(
    state: Any, expected: list[tuple[str, Any]]
) -> None:
    """The converter's unstructure is the state's ASL, keys in the order the fields are declared."""
    written = asl_converter().unstructure(state)
    assert list(written.items()) == expected
    assert list(state.to_asl().items()) == expected


def test_to_asl_goes_through_the_process_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    converter = cattrs.Converter()
    converter.register_unstructure_hook(Retry, lambda rule: {"hooked": list(rule.errors)})
    converter.register_unstructure_hook(Pass, lambda state: {"hooked": state.name})
    monkeypatch.setattr(writer, "_CONVERTER", [converter])
    monkeypatch.setattr(writer, "_HOOKS", {})
    assert Retry(["States.ALL"]).to_asl() == {"hooked": ["States.ALL"]}
    assert StateMachine(Pass("A")).to_asl()["States"] == {"A": {"hooked": "A"}}


@pytest.mark.parametrize("cls", [Retry, Catch, ProcessorConfig, Wait, Task], ids=repr)
def test_the_writing_hooks_are_generated_by_cattrs_from_the_field_declarations(cls: type) -> None:
    hook = asl_converter().get_unstructure_hook(cls)
    overrides: dict[str, Any] = vars(hook)["overrides"]  # cattrs keeps them on what it generates
    renames = {name: o.rename for name, o in overrides.items()}
    declared = {f.name: key for key, f in asl_names(cls).items()}
    if issubclass(cls, State):
        declared = {"TYPE": "Type", **declared}
    assert renames == declared
    assert all(o.omit_if_default for name, o in overrides.items() if name != "TYPE")
