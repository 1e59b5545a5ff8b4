"""Fuzzing `sfdsl import`: hostile text in ASL and serverless.yml never changes the program.

Each property imports generated documents and checks that the importer raises nothing but
SfdslError, that the code it writes compiles, holds nothing but sfdsl constructors (so running
it does nothing else), builds the same definition (for a serverless.yml, the very App the
importer made: what an sfdsl constructor refuses is an import error, never code that fails when
it runs), and is the same on a second import.
Bounded: a few hundred examples in all, a few seconds each property.
"""

from __future__ import annotations

import ast
import json
import string
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_serverless import hostile_service

from sfdsl import StateMachine
from sfdsl._codegen import GeneratedModule, generate_python
from sfdsl._serverless import _imported, import_serverless
from sfdsl.errors import SfdslError

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Every line terminator str.splitlines knows, NUL, other controls, quotes, backslashes, a lone
# surrogate, and the pieces of a Python statement.
_NASTY = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\x00\x1b\t\"'\\#;\ud800"
_PIECES = ['"""', "'''", "\r\n", "import os", "os.system('x')", "raise SystemExit(3)", "${", "}"]
texts = st.lists(
    st.sampled_from(_PIECES) | st.text(alphabet=_NASTY + string.ascii_letters, max_size=4),
    max_size=6,
).map("".join)
names = texts.filter(lambda t: bool(t) and t.isprintable())  # state names hold no controls


def only_sfdsl(module: GeneratedModule) -> dict[str, Any]:
    """Compile *module*, check that it holds only imports of sfdsl and assignments of
    constructor calls, literals and operators, and run it; return its namespace."""
    tree = ast.parse(module.code)
    imported: set[str] = set()
    assigned: set[str] = set()
    for i, node in enumerate(tree.body):
        if i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue  # the docstring
        if isinstance(node, ast.ImportFrom):
            assert node.module in ("sfdsl", "sfdsl.cfn", "typing"), ast.dump(node)
            imported |= {a.asname or a.name for a in node.names}
            continue
        assert isinstance(node, ast.Assign), ast.dump(node)
        assert [type(t) for t in node.targets] == [ast.Name]
        for inner in ast.walk(node.value):
            assert isinstance(inner, _ALLOWED), ast.dump(inner)
            if isinstance(inner, ast.Name):
                assert inner.id in imported | assigned | {"True", "False", "None"}, inner.id
        assigned.add(node.targets[0].id)  # type: ignore[attr-defined]
    namespace: dict[str, Any] = {}
    exec(compile(tree, "<generated>", "exec"), namespace)
    return namespace


_ALLOWED = (
    ast.Call,
    ast.Name,
    ast.Load,
    ast.Attribute,
    ast.Constant,
    ast.Dict,
    ast.List,
    ast.Tuple,
    ast.keyword,
    ast.UnaryOp,
    ast.USub,
    ast.Invert,
    ast.BinOp,
    ast.BitAnd,
    ast.BitOr,
    ast.Compare,
    ast.Eq,
    ast.NotEq,
    ast.Lt,
    ast.LtE,
    ast.Gt,
    ast.GtE,
)


def _asl(comment: str, name: str, text: str, key: str) -> dict[str, Any]:
    return {
        "Comment": comment,
        "StartAt": name,
        "States": {
            name: {
                "Type": "Pass",
                "Comment": text,
                "Parameters": {key: text, "p.$": "$.x", "f.$": "States.Format('{}', $.y)"},
                "Result": {key: [text, 1, None, True]},
                "ResultPath": "$.r",
                "Next": "Check",
            },
            "Check": {
                "Type": "Choice",
                "Choices": [
                    {"Variable": "$.v", "StringEquals": text, "Next": "Stop", "Comment": comment},
                    {
                        "And": [
                            {"Variable": "$.n", "NumericGreaterThan": 1, "Comment": comment},
                            {
                                "Variable": f"$.{key}" if key.isidentifier() else "$.k",
                                "StringMatches": text.replace("\\", ""),
                            },
                        ],
                        "Next": "Done",
                    },
                ],
                "Default": "Done",
            },
            "Stop": {"Type": "Fail", "Error": text, "Cause": comment},
            "Done": {"Type": "Succeed", "Comment": text},
        },
    }


@SETTINGS
@given(comment=texts, name=names, text=texts, key=texts)
def test_asl_import_is_safe_exact_and_deterministic(
    comment: str, name: str, text: str, key: str
) -> None:
    try:
        machine = StateMachine.from_asl(_asl(comment, name, text, key))
        module = generate_python(machine)
    except SfdslError:
        return
    assert generate_python(machine) == module
    rebuilt = only_sfdsl(module)["machine"]
    assert rebuilt.to_json() == machine.to_json()


@SETTINGS
@given(text=texts)
def test_serverless_import_is_safe_exact_and_deterministic(text: str) -> None:
    doc = hostile_service(text)
    source = json.dumps(doc) + "\n"
    try:
        module, app = _imported(source, {}, False)
    except SfdslError:
        return
    assert import_serverless(source) == module
    namespace = only_sfdsl(module)
    assert namespace["app"] == app
    definition = doc["stepFunctions"]["stateMachines"][text]["definition"]
    machine = namespace["app"].deployments[0].machine
    assert machine.to_json() == StateMachine.from_asl(definition).to_json()


_YAML_PIECES = [
    "service: s\n",
    "stepFunctions:\n  stateMachines:\n    m:\n      definition:\n",
    "        StartAt: A\n        States:\n          A: {Type: Pass, End: true}\n",
    "custom:\n  a: &a [1, 2, *a]\n",
    "x: ${self:x}\n",
    "y: ${file(../../etc/passwd)}\n",
    "z: ${env:HOME}\n",
    "w: ${ssm:/secret}\n",
    "v: !GetAtt a.Arn\n",
    "u: ${self:custom.a}\n",
    "  - \r\x85\u2028\n",
    'q: \'"""\'\n',
    "k: [${self:service}, ${opt:stage, 'dev'}]\n",
    "n: 1:30\n",
    "m: 99999999999999999999999999999999999999999999999999\n",
]


@SETTINGS
@given(st.lists(st.sampled_from(_YAML_PIECES) | texts, min_size=1, max_size=8).map("".join))
def test_any_serverless_text_imports_or_raises_sfdsl_error(text: str) -> None:
    try:
        module, app = _imported(text + "\n", {}, False)
    except SfdslError:
        return
    assert "/etc/passwd" not in module.code.replace("${file(../../etc/passwd)}", "")
    assert import_serverless(text + "\n") == module
    assert only_sfdsl(module)["app"] == app


@SETTINGS
@given(text=texts, key=texts, value=st.none() | st.booleans() | st.integers() | texts)
def test_option_objects_are_written_as_code_that_builds_them(
    text: str, key: str, value: object
) -> None:
    from sfdsl import Pass
    from sfdsl._codegen import ModuleWriter
    from sfdsl.cfn import ApiEndpoint, App, EventRule, Function, Schedule

    try:
        hello = Function(
            "Hello", code_uri="s3://bucket/hello.zip", description=text, environment={"K": text}
        )
        app = (
            App(name="shop", tags={key: text})
            .with_functions(hello)
            .add(
                StateMachine(Pass("P", comment=text, result={key: value}), name="flow"),
                logical_id="Flow",
                events=[
                    Schedule("rate(1 hour)", description=text, input={key: [value, text]}),
                    EventRule({"detail": {key: [text]}}, input_path="$.detail"),
                    ApiEndpoint("orders", request_templates={"application/json": text}),
                ],
            )
        )
    except SfdslError:
        return
    writer = ModuleWriter()
    writer.add_object("hello", hello, handles=("arn",))
    writer.add_object("app", app, keep=True)
    module = writer.module(text)
    assert only_sfdsl(module)["app"] == app
