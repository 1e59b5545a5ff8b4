"""`sfdsl import` for ASL: the generated Python reads idiomatically and builds the same ASL."""

from __future__ import annotations

import functools
import json
import re
import shutil
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS as REPO_CORPUS

from sfdsl import Pass, StateMachine
from sfdsl._codegen import (
    FluentField,
    GeneratedModule,
    ModuleWriter,
    condition_code,
    dynamic_code,
    generate_python,
    payload_code,
    python_refusals,
    safe_identifier,
)
from sfdsl._conditions import condition_from_asl
from sfdsl.cfn import (
    Activity,
    Alarms,
    ApiEndpoint,
    App,
    Authorizer,
    Autoscaling,
    Cors,
    Encryption,
    EventRule,
    Function,
    InputTransformer,
    Logging,
    Metric,
    Notifications,
    ProvisionedConcurrency,
    Publish,
    RestApi,
    RetryPolicy,
    Schedule,
    ScheduledScaling,
    Target,
    UsagePlan,
    render,
    template_for,
)
from sfdsl.errors import SfdslError

CORPUS_ASL = REPO_CORPUS / "asl"
CORPUS_FILES = sorted(
    p for folder in ("valid", "realworld") for p in (CORPUS_ASL / folder).glob("*.json")
)


def build(module: GeneratedModule, variable: str = "machine") -> StateMachine:
    namespace: dict[str, Any] = {}
    exec(compile(module.code, "<generated>", "exec"), namespace)
    machine = namespace[variable]
    assert isinstance(machine, StateMachine)
    return machine


def body(module: GeneratedModule) -> str:
    """The code after the docstring and notes: imports and statements."""
    return re.split(r"^from sfdsl import (?:\([^)]*\)|.*)\n", module.code, flags=re.MULTILINE)[1]


def machine_of(states: dict[str, Any], start: str | None = None, **top: Any) -> dict[str, Any]:
    return {**top, "StartAt": start or next(iter(states)), "States": states}


# --------------------------------------------------------------------------- the corpus


@functools.cache
def _accepted(path: Path) -> dict[str, Any] | None:
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    try:
        StateMachine.from_asl(doc)
    except SfdslError:
        return None
    return doc


# Definitions StateMachine.from_asl refuses have no Python to generate (tests/test_corpus_asl.py
# says which and why).
ACCEPTED_FILES = [p for p in CORPUS_FILES if _accepted(p) is not None]


@pytest.mark.parametrize("path", ACCEPTED_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_round_trip(path: Path) -> None:
    doc = _accepted(path)
    module = generate_python(path)
    assert build(module).to_asl() == doc


def test_corpus_counts() -> None:
    accepted = [d for d in map(_accepted, CORPUS_FILES) if d is not None]
    same = sum(build(generate_python(d)).to_asl() == d for d in accepted)
    counts = f"{len(CORPUS_FILES)} files, {len(accepted)} accepted, {same} round-tripped"
    assert len(CORPUS_FILES) >= 270, counts
    assert same == len(accepted), counts


def _sample(n: int) -> list[Path]:
    step = max(1, len(CORPUS_FILES) // n)
    return [p for p in CORPUS_FILES[::step] if _accepted(p) is not None][:n]


@pytest.mark.slow
def test_generated_modules_pass_mypy_strict_and_ruff(tmp_path: Path) -> None:
    from mypy import api

    files = []
    for i, path in enumerate(_sample(20)):
        target = tmp_path / f"workflow_{i}.py"
        target.write_text(generate_python(path).code, encoding="utf-8")
        files.append(str(target))
    stdout, stderr, status = api.run(
        ["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"), *files]
    )
    assert status == 0, stdout + stderr
    ruff = shutil.which("ruff")
    if ruff is not None:
        done = subprocess.run(
            [
                ruff,
                "check",
                "--isolated",
                "--select",
                "E4,E7,E9,F,I,B,UP,SIM,RUF,C4,PIE,RET",
                *files,
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout + done.stderr


# --------------------------------------------------------------------------- structure


def test_linear_run_is_a_chain() -> None:
    doc = machine_of(
        {
            "Validate": {"Type": "Pass", "Next": "Charge"},
            "Charge": {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Next": "Done",
            },
            "Done": {"Type": "Succeed"},
        }
    )
    module = generate_python(doc)
    assert body(module) == (
        "\n"
        "validate = (\n"
        '    Pass("Validate")\n'
        '    .next(Task("Charge", resource="arn:aws:states:::lambda:invoke"))\n'
        '    .next(Succeed("Done"))\n'
        ")\n"
        "machine = StateMachine(validate)\n"
    )
    assert build(module).to_asl() == doc


def test_loop_goes_back_by_name_and_shared_target_is_one_variable() -> None:
    doc = machine_of(
        {
            "Poll": {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Next": "Ready?",
            },
            "Ready?": {
                "Type": "Choice",
                "Choices": [
                    {"Variable": "$.ready", "BooleanEquals": True, "Next": "Done"},
                    {"Variable": "$.failed", "BooleanEquals": True, "Next": "Done"},
                ],
                "Default": "Wait",
            },
            "Done": {"Type": "Succeed"},
            "Wait": {"Type": "Wait", "Seconds": 5, "Next": "Poll"},
        }
    )
    module = generate_python(doc)
    assert body(module) == (
        "\n"
        'done = Succeed("Done")\n'
        'wait = Wait("Wait", seconds=5).next("Poll")\n'
        'poll = Task("Poll", resource="arn:aws:states:::lambda:invoke").next(\n'
        '    Choice("Ready?")\n'
        '    .when(Var("$.ready").eq(True), done)\n'
        '    .when(Var("$.failed").eq(True), done)\n'
        "    .otherwise(wait)\n"
        ")\n"
        "machine = StateMachine(poll)\n"
    )
    assert build(module).to_asl() == doc


def test_retry_catch_parallel_and_map() -> None:
    doc = machine_of(
        {
            "Fan": {
                "Type": "Parallel",
                "Branches": [
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}},
                    {
                        "Comment": "second",
                        "StartAt": "a",
                        "States": {"a": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Succeed"}},
                    },
                ],
                "Retry": [{"ErrorEquals": ["States.ALL"], "MaxAttempts": 2, "BackoffRate": 2.0}],
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Oops", "ResultPath": None}],
                "Next": "Each",
            },
            "Oops": {"Type": "Fail", "Error": "Broken"},
            "Each": {
                "Type": "Map",
                "ItemsPath": "$.items",
                "ItemProcessor": {
                    "StartAt": "Item",
                    "States": {"Item": {"Type": "Pass", "End": True}},
                },
                "End": True,
            },
        }
    )
    module = generate_python(doc)
    assert body(module) == (
        "\n"
        'a = Pass("a").next(Succeed("B"))\n'
        "fan = (\n"
        '    Parallel("Fan", branches=(Graph.of(Pass("A")), Graph.of(a, comment="second")))\n'
        "    .retry(Retry([States.ALL], max_attempts=2, backoff_rate=2.0))\n"
        '    .catch(Catch([States.ALL], next=Fail("Oops", error="Broken"), result_path=DISCARD))\n'
        '    .next(Map("Each", item_processor=Graph.of(Pass("Item")), items_path="$.items"))\n'
        ")\n"
        "machine = StateMachine(fan)\n"
    )
    assert build(module).to_asl() == doc


def test_imports_are_sorted_and_only_what_is_used() -> None:
    module = generate_python(
        machine_of({"X": {"Type": "Pass", "Result": None, "ResultPath": None, "End": True}})
    )
    assert "from sfdsl import DISCARD, Pass, StateMachine\n" in module.code


def test_module_says_where_it_came_from(tmp_path: Path) -> None:
    path = tmp_path / "flow.asl.yaml"
    path.write_text("StartAt: A\nStates:\n  A:\n    Type: Succeed\n", encoding="utf-8")
    module = generate_python(path)
    assert module.code.startswith(
        f'"""Step Functions workflow generated by `sfdsl import`.\n\nSource: {path}\n"""\n'
    )
    assert build(module).to_asl() == {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}


@pytest.mark.parametrize(
    ("source", "origin"),
    [
        ('{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}', "ASL text"),
        ({"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}, "an ASL definition"),
    ],
)
def test_sources(source: Any, origin: str) -> None:
    module = generate_python(source)
    assert f"Source: {origin}\n" in module.code
    assert build(module).to_asl() == {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}


def test_from_a_machine_keeps_name_type_and_fields() -> None:
    from sfdsl import Pass

    machine = StateMachine(
        Pass("A"), name="Orders", comment="c", timeout_seconds=60, version="1.0", type="EXPRESS"
    )
    module = generate_python(machine)
    assert body(module).endswith(
        'machine = StateMachine(\n    Pass("A"),\n    name="Orders",\n    comment="c",\n'
        '    timeout_seconds=60,\n    version="1.0",\n    type="EXPRESS",\n)\n'
    )
    rebuilt = build(module)
    assert (rebuilt.name, rebuilt.type, rebuilt.to_asl()) == ("Orders", "EXPRESS", machine.to_asl())


def test_name_argument_sets_the_machine_name() -> None:
    module = generate_python(machine_of({"A": {"Type": "Succeed"}}), name="Flow")
    assert build(module).name == "Flow"


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("variable", "assigned", "noted"),
    [
        ("machine", "machine", False),
        ("OrderFlow", "OrderFlow", False),
        ("class", "class_machine", True),
        ("2fast", "machine_2fast", True),
        ("my-flow", "my_flow", True),
        ("Task", "task", True),
    ],
)
def test_machine_variable_is_always_usable(variable: str, assigned: str, noted: bool) -> None:
    module = generate_python(machine_of({"A": {"Type": "Succeed"}}), variable=variable)
    assert build(module, assigned).to_asl() == machine_of({"A": {"Type": "Succeed"}})
    expected = (
        (
            f"{variable!r} is not a usable Python variable name; "
            f"the state machine is assigned to {assigned!r}",
        )
        if noted
        else ()
    )
    assert module.notes == expected


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        ("ProcessOrder", "process_order"),
        ("Process order #2", "process_order_2"),
        ("ValidateHTTPRequest", "validate_http_request"),
        ("pass", "pass_state"),
        ("list", "list_state"),
        ("match", "match_state"),
        ("42", "state_42"),
        ("Überprüfen", "uberprufen"),
        ("日本", "state"),
        ("", "state"),
    ],
)
def test_safe_identifier(text: str, identifier: str) -> None:
    assert safe_identifier(text) == identifier


def test_state_names_stay_strings_even_when_they_are_not_identifiers() -> None:
    doc = machine_of(
        {
            "class": {"Type": "Pass", "Next": 'It\'s "done"'},
            'It\'s "done"': {"Type": "Pass", "Next": "class2"},
            "class2": {
                "Type": "Choice",
                "Choices": [{"Variable": "$.x", "IsPresent": True, "Next": "class"}],
                "Default": "日本",
            },
            "日本": {"Type": "Succeed"},
        }
    )
    module = generate_python(doc)
    assert build(module).to_asl() == doc
    assert "class_state = (\n" in module.code


# --------------------------------------------------------------------------- conditions


@pytest.mark.parametrize(
    ("rule", "code"),
    [
        ({"Variable": "$.x", "NumericEquals": 1}, 'Var("$.x") == 1'),
        ({"Variable": "$.x", "NumericGreaterThanEquals": 1.5}, 'Var("$.x") >= 1.5'),
        ({"Variable": "$.s", "StringEquals": "a"}, 'Var("$.s") == "a"'),
        ({"Variable": "$.a", "StringLessThanPath": "$.b"}, 'Str("$.a") < Str("$.b")'),
        ({"Variable": "$.a", "NumericEqualsPath": "$.b"}, 'Num("$.a") == Num("$.b")'),
        ({"Variable": "$.a", "BooleanEqualsPath": "$.b"}, 'Bool("$.a") == Bool("$.b")'),
        ({"Variable": "$.ok", "BooleanEquals": True}, 'Var("$.ok").eq(True)'),
        ({"Not": {"Variable": "$.ok", "BooleanEquals": False}}, 'Var("$.ok").ne(False)'),
        ({"Not": {"Variable": "$.s", "StringEquals": "a"}}, 'Var("$.s") != "a"'),
        ({"Not": {"Variable": "$.n", "NumericLessThan": 3}}, '~(Var("$.n") < 3)'),
        ({"Variable": "$.x", "IsPresent": False}, 'Var("$.x").is_present(False)'),
        ({"Not": {"Variable": "$.x", "IsNull": True}}, '~Var("$.x").is_null()'),
        ({"Variable": "$.f", "StringMatches": "*.csv"}, 'Var("$.f").matches("*.csv")'),
        (
            {"Variable": "$.t", "TimestampLessThan": "2024-01-31T00:00:00Z"},
            'Timestamp("$.t") < "2024-01-31T00:00:00Z"',
        ),
        (
            {"Variable": "$.t", "TimestampEqualsPath": "$.u"},
            'Timestamp("$.t") == Timestamp("$.u")',
        ),
        (
            {
                "And": [
                    {"Variable": "$.a", "NumericEquals": 1},
                    {"Variable": "$.b", "IsString": True},
                ]
            },
            '(Var("$.a") == 1) & Var("$.b").is_string()',
        ),
        (
            {
                "Or": [
                    {
                        "And": [
                            {"Variable": "$.a", "NumericEquals": 1},
                            {"Variable": "$.b", "NumericEquals": 2},
                        ]
                    },
                    {"Variable": "$.c", "StringEquals": "x"},
                ]
            },
            '((Var("$.a") == 1) & (Var("$.b") == 2)) | (Var("$.c") == "x")',
        ),
        (
            {
                "And": [
                    {"Variable": "$.a", "NumericEquals": 1},
                    {
                        "And": [
                            {"Variable": "$.b", "NumericEquals": 2},
                            {"Variable": "$.c", "NumericEquals": 3},
                        ]
                    },
                ]
            },
            'And(Var("$.a") == 1, (Var("$.b") == 2) & (Var("$.c") == 3))',
        ),
        ({"Or": [{"Variable": "$.a", "IsPresent": True}]}, 'Or(Var("$.a").is_present())'),
        (
            {
                "Not": {
                    "Or": [
                        {"Variable": "$.a", "IsPresent": True},
                        {"Variable": "$.b", "IsPresent": True},
                    ]
                }
            },
            '~(Var("$.a").is_present() | Var("$.b").is_present())',
        ),
    ],
)
def test_conditions_are_typed_expressions(rule: dict[str, Any], code: str) -> None:
    condition = condition_from_asl(rule)
    writer = ModuleWriter()
    assert condition_code(condition, writer).flat() == code
    assert writer.notes == ()
    doc = machine_of(
        {
            "C": {"Type": "Choice", "Choices": [{**rule, "Next": "Y"}], "Default": "Y"},
            "Y": {"Type": "Succeed"},
        }
    )
    assert build(generate_python(doc)).to_asl() == doc


def test_condition_comment_is_kept_with_the_constructor_and_noted() -> None:
    rule = {"And": [{"Variable": "$.a", "NumericEquals": 1, "Comment": "one"}], "Comment": "all"}
    writer = ModuleWriter()
    code = condition_code(condition_from_asl(rule), writer).flat()
    assert code == 'And(Comparison("$.a", "NumericEquals", 1, comment="one"), comment="all")'
    assert writer.notes == (
        "the condition $.a == 1 has a Comment, so it is written as Comparison(...)",
    )


def test_jsonata_rule_is_a_string_condition() -> None:
    doc = machine_of(
        {
            "C": {
                "Type": "Choice",
                "Choices": [
                    {"Condition": "{% $states.input.n > 1 %}", "Next": "Y", "Comment": "big"}
                ],
                "Default": "Y",
            },
            "Y": {"Type": "Succeed"},
        },
        QueryLanguage="JSONata",
    )
    module = generate_python(doc)
    assert '.when("{% $states.input.n > 1 %}", y, comment="big")' in module.code
    assert build(module).to_asl() == doc


# --------------------------------------------------------------------------- payloads


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("$.order.id", 'Var("$.order.id")'),
        ("$$.Execution.Id", 'Var("$$.Execution.Id")'),
        ("States.Format('Hi {}', $.name)", 'States.Format("Hi {}", Var("$.name"))'),
        ("States.Format('\\{{}\\}', $.n)", 'States.Format("\\\\{{}\\\\}", Var("$.n"))'),
        ("States.StringSplit($.csv, ',')", 'States.StringSplit(Var("$.csv"), ",")'),
        ("States.Array(1, 'a', true, null)", 'States.Array(1, "a", True, None)'),
        (
            "States.ArrayLength(States.StringToJson($.s))",
            'States.ArrayLength(States.StringToJson(Var("$.s")))',
        ),
        ("States.JsonMerge($.a, $.b, false)", 'States.JsonMerge(Var("$.a"), Var("$.b"))'),
        ("States.UUID()", "States.UUID()"),
        ("States.Hash($.d, 'SHA-256')", 'States.Hash(Var("$.d"), "SHA-256")'),
    ],
)
def test_dynamic_values_as_objects(text: str, code: str) -> None:
    writer = ModuleWriter()
    node = dynamic_code(text, writer)
    assert node is not None
    assert node.flat() == code
    assert writer.notes == ()


@pytest.mark.parametrize(
    ("text", "note"),
    [
        (
            "States.ArrayRange(1,5,1)",
            "intrinsic function 'States.ArrayRange(1,5,1)' is kept as a string",
        ),
        (
            "States.Format('{}',$.a)",
            "intrinsic function \"States.Format('{}',$.a)\" is kept as a string",
        ),
    ],
)
def test_intrinsics_that_would_change_are_kept_as_strings(text: str, note: str) -> None:
    writer = ModuleWriter()
    assert dynamic_code(text, writer) is None
    assert writer.notes == (note,)


def test_payload_keeps_what_does_not_round_trip() -> None:
    writer = ModuleWriter()
    payload = {
        "id.$": "$.id",
        "both": 1,
        "both.$": "$.other",
        "nested": [{"x.$": "States.UUID()", "literal": "$.not-a-path"}],
        "many.$": "$..deep",
    }
    code = payload_code(payload, writer).flat()
    assert code == (
        '{"id": Var("$.id"), "both": 1, "both.$": "$.other", '
        '"nested": [{"x": States.UUID(), "literal": "$.not-a-path"}], "many.$": "$..deep"}'
    )


def test_task_payloads_round_trip() -> None:
    doc = machine_of(
        {
            "Call": {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Parameters": {
                    "FunctionName": "f",
                    "Payload": {"id.$": "$.id", "msg.$": "States.Format('Hi {}', $.name)"},
                },
                "ResultSelector": {"body.$": "$.Payload"},
                "Credentials": {"RoleArn.$": "$.role"},
                "End": True,
            }
        }
    )
    module = generate_python(doc)
    assert 'credentials=Credentials(Var("$.role"))' in module.code
    assert '"msg": States.Format("Hi {}", Var("$.name"))' in module.code
    assert build(module).to_asl() == doc


# --------------------------------------------------------------------------- layout


def test_layout_without_ruff(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda _name: None)
    path = next(p for p in CORPUS_FILES if "parallel" in p.name and _accepted(p) is not None)
    module = generate_python(path)
    assert build(module).to_asl() == _accepted(path)
    compile(module.code, "<generated>", "exec")
    assert all(not line.endswith(" ") for line in module.code.splitlines())


def test_module_writer_holds_several_machines() -> None:
    writer = ModuleWriter()
    first = writer.add_machine(StateMachine.from_asl(machine_of({"A": {"Type": "Succeed"}})))
    second = writer.add_machine(
        StateMachine.from_asl(machine_of({"A": {"Type": "Succeed"}})), variable="machine"
    )
    module = writer.module("Two.")
    assert (first, second) == ("machine", "machine_2")
    assert build(module, "machine_2").to_asl() == machine_of({"A": {"Type": "Succeed"}})


def test_machine_built_in_python_keeps_placeholders_paths_and_intrinsics() -> None:
    from sfdsl import Placeholder, States, Task, Var

    machine = StateMachine(
        Task(
            "T",
            resource="arn:aws:states:::lambda:invoke",
            parameters={
                "FunctionName": Placeholder("Fn", {"Ref": "F"}),
                "Payload": Var("$.x"),
                "Qualifier": States.Format("{}", Var("$.y")),
            },
        )
    )
    module = generate_python(machine)
    assert body(module) == (
        "\n"
        "t = Task(\n"
        '    "T",\n'
        '    resource="arn:aws:states:::lambda:invoke",\n'
        "    parameters={\n"
        '        "FunctionName": Placeholder("Fn", {"Ref": "F"}),\n'
        '        "Payload": Var("$.x"),\n'
        '        "Qualifier": States.Format("{}", Var("$.y")),\n'
        "    },\n"
        ")\n"
        "machine = StateMachine(t)\n"
    )
    rebuilt = build(module)
    assert rebuilt.to_asl() == machine.to_asl()


def test_state_variables_never_collide() -> None:
    doc = machine_of(
        {
            "Pick": {
                "Type": "Choice",
                "Choices": [{"Variable": "$.x", "IsPresent": True, "Next": "Go"}],
                "Default": "go",
            },
            "Go": {"Type": "Pass", "Next": "End here"},
            "go": {"Type": "Pass", "Next": "End here"},
            "End here": {"Type": "Succeed"},
        }
    )
    module = generate_python(doc)
    assert body(module) == (
        "\n"
        'go = Pass("Go").next("End here")\n'
        'end_here = Succeed("End here")\n'
        'go_2 = Pass("go").next(end_here)\n'
        'pick = Choice("Pick").when(Var("$.x").is_present(), go).otherwise(go_2)\n'
        "machine = StateMachine(pick)\n"
    )
    assert build(module).to_asl() == doc


def test_yaml_text_source() -> None:
    module = generate_python("StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n")
    assert "Source: ASL text\n" in module.code
    assert build(module).to_asl() == machine_of({"A": {"Type": "Pass", "End": True}})


# --------------------------------------------------------------------------- exactness


def _template(machine: StateMachine) -> tuple[str, list[str]]:
    """The template's JSON text (or the build error) and the build's warnings."""
    import warnings

    from sfdsl import cfn

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            text = cfn.render(cfn.template_for(machine), "json")
        except SfdslError as exc:
            text = f"{type(exc).__name__}: {exc}"
    return text, [str(w.message) for w in caught]


@pytest.mark.parametrize("path", ACCEPTED_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_corpus_template_is_byte_identical(path: Path) -> None:
    # The docs promise that building the imported code gives the template of the ASL file.
    doc = _accepted(path)
    machine = StateMachine.from_asl(doc)
    rebuilt = build(generate_python(path))
    assert rebuilt.to_json() == machine.to_json()
    assert _template(rebuilt) == _template(machine)


def test_states_keep_their_order_when_no_chain_lists_them_so() -> None:
    # A Catch target listed after the state that follows: a chain would list it first.
    doc = machine_of(
        {
            "Work": {
                "Type": "Task",
                "Resource": "arn:aws:states:::lambda:invoke",
                "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Failed"}],
                "Next": "Done",
            },
            "Done": {"Type": "Succeed"},
            "Failed": {"Type": "Fail"},
        }
    )
    module = generate_python(doc)
    assert body(module) == (
        "\n"
        'work = Task("Work", resource="arn:aws:states:::lambda:invoke", next_state="Done").catch(\n'
        '    Catch([States.ALL], next="Failed")\n'
        ")\n"
        'done = Succeed("Done")\n'
        'failed = Fail("Failed")\n'
        'machine = StateMachine(Graph("Work", [work, done, failed]))\n'
    )
    assert module.notes == (
        "the states of the graph starting at 'Work' are written as Graph(start_at, [states]) "
        "with explicit next_state/end, in their order in the source: no chaining of them lists "
        "them in that order, and another order would change the definition (and the template "
        "built from it)",
    )
    assert build(module).to_json() == StateMachine.from_asl(doc).to_json()


def test_a_name_keeps_the_order_where_an_object_would_not() -> None:
    # "End here" is listed after "go", so the first run names it and the second brings it.
    doc = machine_of(
        {
            "Pick": {
                "Type": "Choice",
                "Choices": [{"Variable": "$.x", "IsPresent": True, "Next": "Go"}],
                "Default": "go",
            },
            "Go": {"Type": "Pass", "Next": "End here"},
            "End here": {"Type": "Succeed"},
            "go": {"Type": "Pass", "Next": "End here"},
        }
    )
    module = generate_python(doc)
    assert body(module) == (
        "\n"
        'end_here = Succeed("End here")\n'
        'go = Pass("Go").next(end_here)\n'
        'go_2 = Pass("go").next(end_here)\n'
        'pick = Choice("Pick").when(Var("$.x").is_present(), go).otherwise(go_2)\n'
        "machine = StateMachine(pick)\n"
    )
    assert build(module).to_json() == StateMachine.from_asl(doc).to_json()


def _linear(n: int) -> dict[str, Any]:
    states: dict[str, Any] = {f"S{i}": {"Type": "Pass", "Next": f"S{i + 1}"} for i in range(n)}
    states[f"S{n}"] = {"Type": "Succeed"}
    return machine_of(states)


@pytest.mark.parametrize("n", [51, 1500, 3000])
def test_long_linear_chain_compiles_and_builds_the_same_definition(n: int) -> None:
    doc = _linear(n)
    module = generate_python(doc)
    assert "= chain(\n" in module.code  # one call: no nesting that grows with the length
    assert build(module).to_json() == StateMachine.from_asl(doc).to_json()


def test_many_runs_are_written_one_statement_a_state() -> None:
    # Every Choice starts a run of its own; past 200 runs the graph is written flat.
    states: dict[str, Any] = {}
    for i in range(300):
        states[f"C{i}"] = {
            "Type": "Choice",
            "Choices": [{"Variable": "$.x", "NumericEquals": i, "Next": "Done"}],
            "Default": f"C{i + 1}" if i < 299 else "Done",
        }
    states["Done"] = {"Type": "Succeed"}
    doc = machine_of(states)
    module = generate_python(doc)
    assert module.notes[0].startswith(
        "the graph starting at 'C0' has 301 separate linear runs of states (more than 200)"
    )
    assert build(module).to_json() == StateMachine.from_asl(doc).to_json()


def test_output_does_not_depend_on_ruff(monkeypatch: pytest.MonkeyPatch) -> None:
    path = next(p for p in CORPUS_FILES if "parallel" in p.name and _accepted(p) is not None)
    with_tools = generate_python(path).code
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr(shutil, "which", lambda *_args, **_kwargs: None)
    assert generate_python(path).code == with_tools


# --------------------------------------------------------------------------- hostile text

# Every line terminator str.splitlines knows, NUL, quotes, backslashes and docstring quotes.
HOSTILE = [
    'x\rimport os;os.system("echo PWNED")\r#',
    "x\nraise SystemExit(3)\n#",
    "x\r\nraise SystemExit(3)\r\n#",
    *(f"a{t}raise SystemExit(3){t}#" for t in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
    "nul\x00byte",
    '"""; raise SystemExit(3); """',
    "'''; raise SystemExit(3); '''",
    'back\\slash\\"',
    "\\",
    "end\\",
    "\x1b[31mred\x1b[0m",
]


@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_hostile_text_cannot_change_the_generated_program(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    name = text if text.isprintable() else "Start"  # state names hold no control characters
    doc = {
        "Comment": text,
        "StartAt": name,
        "States": {
            name: {
                "Type": "Pass",
                "Comment": text,
                "Parameters": {text: text, "p.$": "$.x"},
                "Result": {text: [text]},
                "ResultPath": "$.r",
                "Next": "Check",
            },
            "Check": {
                "Type": "Choice",
                "Choices": [
                    {"Variable": "$.v", "StringEquals": text, "Next": "Fail", "Comment": text}
                ],
                "Default": "Done",
            },
            "Fail": {"Type": "Fail", "Error": text, "Cause": text},
            "Done": {"Type": "Succeed", "Comment": text},
        },
    }
    machine = StateMachine.from_asl(doc)
    module = generate_python(machine)
    calls: list[object] = []
    monkeypatch.setattr(os, "system", lambda *args: calls.append(args))
    rebuilt = build(module)  # compiles and runs; SystemExit would fail the test
    assert calls == []
    assert rebuilt.to_json() == machine.to_json()
    for line in module.code.splitlines():
        assert not line.lstrip().startswith(("import os", "raise "))


@pytest.mark.parametrize("stem", ['a"""\rimport os', "b\\\nraise SystemExit(3)\n", "c\u2028d"])
def test_hostile_file_name_stays_in_the_docstring(tmp_path: Path, stem: str) -> None:
    import ast

    path = tmp_path / f"{stem}.asl.json"
    path.write_text('{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}', encoding="utf-8")
    module = generate_python(path)
    tree = ast.parse(module.code)
    assert ast.get_docstring(tree, clean=False) == (
        f"Step Functions workflow generated by `sfdsl import`.\n\nSource: {path}\n"
    )
    assert build(module).to_asl() == {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}


# --------------------------------------------------------------------------- model objects

_PROVISIONED = ProvisionedConcurrency(
    2,
    autoscaling=Autoscaling(
        1,
        5,
        target_utilization=0.7,
        scheduled=[ScheduledScaling("day", "cron(0 8 * * ? *)", min_capacity=2, max_capacity=4)],
    ),
)
_OBJECTS: list[object] = [
    Logging("ALL", include_execution_data=True, log_group={"Fn::GetAtt": ["Logs", "Arn"]}),
    Logging(retention_days=None),
    Encryption("arn:aws:kms:us-east-1:123456789012:key/k", reuse_period_seconds=900),
    Alarms(
        alarm={"Ref": "Ops"},
        metrics=[Metric("executionsFailed", period=60), "executionsTimedOut"],
        threshold=2.5,
    ),
    Notifications(
        failed=[
            Target.sns({"Ref": "Topic"}, input_path="$.detail"),
            Target.sqs("arn:aws:sqs:us-east-1:123456789012:q.fifo", message_group_id="g"),
        ],
        succeeded=Target.kinesis(
            "arn:aws:kinesis:us-east-1:123456789012:stream/runs",
            input_transformer=InputTransformer({"s": "$.detail.status"}, '"<s>"'),
        ),
    ),
    Schedule(
        "rate(1 hour)",
        enabled=False,
        input={"a": [1, 2.5, None, True], "b": {"c": "d"}},
        retry_policy=RetryPolicy(max_retry_attempts=3),
    ),
    Schedule("cron(0 8 * * ? *)", scheduler=True, timezone="Europe/Paris"),
    EventRule(
        {"source": ["aws.ec2"]},
        bus="orders",
        dead_letter_arn={"Fn::GetAtt": ["Dlq", "Arn"]},
        input_path="$.detail",
    ),
    ApiEndpoint(
        "orders/{id}",
        "GET",
        cors=Cors(origins=["https://shop.example"], allow_credentials=True),
        authorizer=Authorizer.cognito(
            "Users", ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/p"], scopes=["w"]
        ),
    ),
    ApiEndpoint(
        "x",
        authorizer=Authorizer.iam(),
        request_templates={"application/json": "$input.body"},
        action="StartSyncExecution",
    ),
    RestApi(stage="prod", usage_plan=UsagePlan(["key"], quota_limit=10, quota_period="DAY")),
    Function("Hello", code="def handler(e, c):\n    return e\n", environment={"A": "1"}),
    Function("Warm", code_uri="s3://bucket/warm.zip", provisioned=_PROVISIONED),
    Function.ref("Worker", exact_version=True),
    Function.from_arn("arn:aws:lambda:us-east-1:123456789012:function:hello:2"),
    Activity("review", tags={"team": "ops"}),
    Publish("live", deployment="CANARY", percentage=10, interval_minutes=5),
    Publish(deployment="ALL_AT_ONCE", rollback_alarms=[{"Ref": "Errors"}], description="v2"),
    App(
        name="shop",
        tags={"a": "b"},
        params={"stage": "dev"},
        placeholders="parameters",
        resources={"Queue": {"Type": "AWS::SQS::Queue"}},
    ),
]


def _run_value(writer: ModuleWriter, variable: str = "value") -> Any:
    namespace: dict[str, Any] = {}
    exec(compile(writer.module("Objects.").code, "<generated>", "exec"), namespace)
    return namespace[variable]


@pytest.mark.parametrize("obj", _OBJECTS, ids=lambda o: type(o).__name__)
def test_any_option_object_is_written_as_the_code_that_builds_it(obj: object) -> None:
    writer = ModuleWriter()
    writer.add_object("value", obj)
    assert _run_value(writer) == obj


@pytest.mark.parametrize(
    ("obj", "code"),
    [
        # a default left out; a field that is not required goes by keyword
        (Logging("ALL"), 'Logging(level="ALL")'),
        # None where the default is 30 is not the default: written
        (Logging(retention_days=None), "Logging(retention_days=None)"),
        # required fields by position, False where the default is True
        (Schedule("rate(1 hour)", enabled=False), 'Schedule("rate(1 hour)", enabled=False)'),
        (ApiEndpoint("orders"), 'ApiEndpoint("orders")'),
        (Authorizer.iam(), 'Authorizer("AWS_IAM")'),
        (Target.sns({"Ref": "Topic"}), 'Target("sns", {"Ref": "Topic"})'),
        # tuples as tuples, converted values as the constructor keeps them
        (
            Alarms(alarm="arn:aws:sns:us-east-1:123456789012:ops", metrics=["executionsFailed"]),
            'Alarms(alarm="arn:aws:sns:us-east-1:123456789012:ops", '
            'metrics=(Metric("ExecutionsFailed"),))',
        ),
        # 1 is not the default True, 2.0 is not 2: both written as given
        (Alarms(alarm={"Ref": "A"}, threshold=1.0), 'Alarms(alarm={"Ref": "A"}, threshold=1.0)'),
    ],
)
def test_object_code_lists_what_differs_from_the_defaults(obj: object, code: str) -> None:
    assert ModuleWriter().code(obj).flat() == code


def test_app_is_written_with_its_fluent_calls_and_its_objects_handles() -> None:
    from sfdsl import Task

    warm = Function("Warm", code_uri="s3://bucket/warm.zip", provisioned=ProvisionedConcurrency(1))
    review = Activity("review")
    flow = StateMachine(
        Task("Call", resource=warm.arn).next(Task("Review", resource=review.arn)), name="flow"
    )
    app = (
        App(name="shop")
        .with_functions(warm)
        .with_activities(review)
        .add(flow, logical_id="Flow", tracing=True, events=[Schedule("rate(1 hour)")])
    )
    writer = ModuleWriter()
    writer.fluent[App] = (
        FluentField("functions", "with_functions"),
        FluentField("activities", "with_activities"),
        FluentField("deployments", "add", each=True),
    )
    writer.add_object("warm", warm, handles=("alias", "arn", "latest"))
    writer.add_object("review", review, handles=("arn",))
    writer.add_object("app", app, keep=True)
    code = writer.module("An App.").code
    assert code.split('"""', 2)[2] == textwrap.dedent(
        """

        from sfdsl import StateMachine, Task
        from sfdsl.cfn import Activity, App, Function, ProvisionedConcurrency, Schedule

        warm = Function(
            "Warm", code_uri="s3://bucket/warm.zip", provisioned=ProvisionedConcurrency(1)
        )

        review = Activity("review")

        call = Task("Call", resource=warm.alias).next(Task("Review", resource=review.arn))
        flow = StateMachine(call, name="flow")

        app = (
            App(name="shop")
            .with_functions(warm)
            .with_activities(review)
            .add(flow, logical_id="Flow", tracing=True, events=(Schedule("rate(1 hour)"),))
        )
        """
    )
    built = _run_value(writer, "app")
    assert built == app
    assert render(template_for(built), "json") == render(template_for(app), "json")


@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_hostile_text_in_option_objects_stays_data(text: str) -> None:
    obj = App(name="shop", tags={text: text}, resources={"Q": {"Type": "AWS::SQS::Queue"}}).add(
        StateMachine(Pass("P", comment=text), name="flow", comment=text),
        logical_id="Flow",
        events=[Schedule("rate(1 hour)", description=text, input={text: [text]})],
    )
    writer = ModuleWriter()
    writer.add_object("value", obj)
    code = writer.module("Objects.").code
    assert all(not line.startswith(("raise", "import")) for line in code.splitlines())
    assert _run_value(writer) == obj


def test_object_without_a_public_class_is_refused() -> None:
    with pytest.raises(TypeError) as info:
        ModuleWriter().code(GeneratedModule("x = 1\n"))
    assert str(info.value) == (
        "sfdsl._codegen.GeneratedModule is not exported by a public sfdsl module"
    )


# --------------------------------------------------------------------------- checked_as_asl

_GET_MISSPELT = {
    "Type": "Task",
    "Resource": "arn:aws:states:::dynamodb:getItem",
    "Parameters": {"TableNmae": "orders", "Key": {"id": {"S.$": "$.id"}}},
    "End": True,
}
_QUERY_NEWER = {
    "Type": "Task",
    "Resource": "arn:aws:states:::aws-sdk:dynamodb:query",
    "Parameters": {"TableName": "orders", "ReadMode2031": "fast"},
    "End": True,
}
_REFUSED_IN_PYTHON = [
    pytest.param(
        machine_of({"Get": _GET_MISSPELT}),
        [
            ("sdk-unknown-parameter", "States.Get.Parameters.TableNmae"),
            ("sdk-missing-parameter", "States.Get.Parameters.TableName"),
        ],
        id="optimized-misspelt",
    ),
    pytest.param(
        machine_of({"Query": _QUERY_NEWER}),
        [("sdk-unknown-parameter", "States.Query.Parameters.ReadMode2031")],
        id="sdk-newer-than-model",
    ),
    pytest.param(
        machine_of(
            {
                "Fan": {
                    "Type": "Parallel",
                    "Branches": [machine_of({"Query": _QUERY_NEWER})],
                    "End": True,
                }
            }
        ),
        [("sdk-unknown-parameter", "States.Fan.Branches[0].States.Query.Parameters.ReadMode2031")],
        id="in-a-branch",
    ),
    pytest.param(
        machine_of({"P": {"Type": "Pass", "Parameters": {"x": "{% 1 %}"}, "End": True}}),
        [("jsonata-text-in-jsonpath", "States.P.Parameters.x")],
        id="jsonata-text",
    ),
    pytest.param(
        machine_of(
            {
                "Route": {
                    "Type": "Choice",
                    "Choices": [{"Variable": "$.x", "IsPresent": True, "Next": "Done"}],
                    "Default": "Spin",
                },
                "Done": {"Type": "Succeed"},
                "Spin": {"Type": "Pass", "Next": "Spin"},
            }
        ),
        [("no-path-to-end", "States.Spin")],
        id="loop-without-exit",
    ),
]


@pytest.mark.parametrize(("asl", "expected"), _REFUSED_IN_PYTHON)
def test_import_of_what_python_refuses_builds_it_in_checked_as_asl(
    asl: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    module = generate_python(asl)
    assert [(p.code, p.path, p.severity) for p in module.warnings] == [
        (code, path, "warning") for code, path in expected
    ]
    machine = StateMachine.from_asl(asl)
    assert [(p.code, p.path, p.severity) for p in python_refusals(machine)] == [
        (code, path, "error") for code, path in expected
    ]
    comments = [f"# - {p}" for p in module.warnings]
    lines = module.code.splitlines()
    start = lines.index("with checked_as_asl():")
    assert lines[start - len(comments) : start] == comments
    assert all(line.startswith("    ") for line in lines[start + 1 :] if line)
    machine = build(module)
    assert machine.to_asl() == asl
    assert [(w.code, w.path) for w in machine.warnings if (w.code, w.path) in expected] == expected


@pytest.mark.parametrize(("asl", "expected"), _REFUSED_IN_PYTHON)
def test_the_imported_code_raises_without_checked_as_asl(
    asl: dict[str, Any], expected: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import contextlib

    import sfdsl

    module = generate_python(asl)
    monkeypatch.setattr(sfdsl, "checked_as_asl", contextlib.nullcontext)
    with pytest.raises(SfdslError) as raised:
        build(module)
    found = [(p.code, p.path) for p in raised.value.problems]
    # A state refuses with its own path: a branch's state does not know the branch.
    assert found == [(code, re.sub(r"^.*\]\.(?=States\.)", "", path)) for code, path in expected]


def test_import_writes_the_refused_machine_in_a_checked_as_asl_block() -> None:
    module = generate_python(machine_of({"Query": _QUERY_NEWER}), name="Orders")
    assert body(module) == textwrap.dedent(
        """
        # Step Functions accepts these problems, which the Python constructors refuse, so
        # this machine is built with the checks of ASL read from a file (its warnings):
        # - dynamodb:query: unknown parameter 'ReadMode2031' in Parameters; its parameters are: AttributesToGet, ConditionalOperator, ConsistentRead, ExclusiveStartKey, ExpressionAttributeNames, ExpressionAttributeValues, FilterExpression, IndexName, KeyConditionExpression, KeyConditions, Limit, ProjectionExpression and 5 more  @ States.Query.Parameters.ReadMode2031
        with checked_as_asl():
            query = Task(
                "Query",
                resource="arn:aws:states:::aws-sdk:dynamodb:query",
                parameters={"TableName": "orders", "ReadMode2031": "fast"},
            )
            machine = StateMachine(query, name="Orders")
        """
    )
    assert "from sfdsl import StateMachine, Task, checked_as_asl\n" in module.code


def test_import_of_what_python_accepts_has_no_checked_as_asl_block() -> None:
    module = generate_python(machine_of({"P": {"Type": "Pass", "End": True}}))
    assert module.warnings == ()
    assert "checked_as_asl" not in module.code


def test_hostile_text_in_a_refused_problem_stays_in_its_comment() -> None:
    name = "Q\u2028import os"
    key = "a\rx = 1\nimport sys"
    asl = machine_of({name: {**_QUERY_NEWER, "Parameters": {"TableName": "t", key: 1}}})
    module = generate_python(asl)
    assert [p.code for p in module.warnings] == ["sdk-unknown-parameter"]
    lines = module.code.splitlines()
    start = lines.index("with checked_as_asl():")
    assert lines[start - 1].startswith("# - ")
    assert "Q\\u2028import os.Parameters.a\\rx = 1\\nimport sys" in lines[start - 1]
    assert not any(line.startswith(("import", "x = 1")) for line in lines)
    assert build(module).to_asl() == asl


def test_cli_import_prints_the_refused_problems_as_warnings(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sfdsl.cli import app

    source = tmp_path / "orders.asl.json"
    source.write_text(json.dumps(machine_of({"Get": _GET_MISSPELT})), encoding="utf-8")
    out = tmp_path / "orders.py"
    result = CliRunner().invoke(app, ["import", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "warning: dynamodb:getItem: unknown parameter 'TableNmae' in Parameters (did you mean "
        "'TableName'?); its parameters are: AttributesToGet, ConsistentRead, "
        "ExpressionAttributeNames, Key, ProjectionExpression, ReturnConsumedCapacity, TableName  "
        "@ States.Get.Parameters.TableNmae",
        "warning: dynamodb:getItem: Parameters requires 'TableName'; add it (or 'TableName.$' "
        "with a path)  @ States.Get.Parameters.TableName",
        f"wrote {out}: state machine 'orders' from {source}",
    ]
    namespace: dict[str, Any] = {}
    exec(compile(out.read_text(encoding="utf-8"), str(out), "exec"), namespace)
    assert namespace["machine"].to_asl() == machine_of({"Get": _GET_MISSPELT})
