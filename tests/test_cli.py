"""The ``sfdsl`` command, invoked in process with typer's CliRunner.

Real processes (exit codes, stdout of the installed entry point) are in test_cli_process.py.
"""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
import types
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner, Result

import sfdsl
import sfdsl.cli
from sfdsl import __version__
from sfdsl._diagram import GRAPHVIZ_INSTALL_HINT, to_dot, to_mermaid
from sfdsl.cli import app
from sfdsl.errors import BuildError, Problem, SfdslWarning

ASL = {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": {"x": 1}, "End": True}}}

FLOWS = """
from sfdsl import Fail, Map, Pass, StateMachine, Succeed, Task

ok = StateMachine(Pass("Hello").next(Succeed("Done")), name="ok")
with_warning = StateMachine(
    Map("Each", item_processor=Pass("Item"), label="batch"), name="warned"
)
charge = StateMachine(
    Task("Charge", resource="arn:aws:lambda:us-east-1:123456789012:function:charge"),
    name="charge",
)
failing = StateMachine(Fail("Boom", error="Oops", cause="on purpose"), name="failing")
"""

INVALID = """
from sfdsl import Pass, StateMachine, Task

machine = StateMachine(
    Pass("A").next(Task("A", resource="arn:aws:states:::lambda:invoke"))
)
"""

MOCKS: dict[str, Any] = {
    "StateMachines": {
        "charge": {
            "TestCases": {"HappyPath": {"Charge": "Paid"}, "Declined": {"Charge": "NoFunds"}}
        }
    },
    "MockedResponses": {
        "Paid": {"0": {"Return": {"StatusCode": 200, "Payload": {"paid": True}}}},
        "NoFunds": {"0": {"Throw": {"Error": "Card.Declined", "Cause": "insufficient funds"}}},
    },
}


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A current directory holding flows.py, invalid.py, ok.asl.json and mocks.json."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    before = set(sys.modules)
    (tmp_path / "flows.py").write_text(textwrap.dedent(FLOWS), encoding="utf-8")
    (tmp_path / "invalid.py").write_text(textwrap.dedent(INVALID), encoding="utf-8")
    (tmp_path / "ok.asl.json").write_text(json.dumps(ASL), encoding="utf-8")
    (tmp_path / "mocks.json").write_text(json.dumps(MOCKS), encoding="utf-8")
    yield tmp_path
    # Forget the user modules imported from the folder (not the libraries they imported).
    for name in set(sys.modules) - before:
        if str(getattr(sys.modules[name], "__file__", None) or "").startswith(str(tmp_path)):
            del sys.modules[name]


def invoke(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=input)


def test_version() -> None:
    result = invoke("--version")
    assert (result.exit_code, result.stdout) == (0, f"sfdsl {__version__}\n")


def test_no_arguments_prints_help_and_exits_2() -> None:
    result = invoke()
    assert result.exit_code == 2
    words = set(result.stdout.replace("│", " ").split())
    assert {"validate", "build", "run", "import", "graph"} <= words


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope"], "No such command 'nope'."),
        (["validate"], "Missing argument 'TARGET'."),
        (["build", "x.py", "--format", "xml"], "Invalid value for '--format' / '-f'"),
        (["run", "x.py", "--unknown"], "No such option: --unknown"),
    ],
)
def test_click_usage_errors_exit_2(args: list[str], message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def _converted(command: str, option: str, value: Any, *, by_typer: bool) -> Any:
    """*value* of *command*'s *option* converted by sfdsl's conversion or by typer's own."""
    import typer.main
    from typer._coercion import build_runtime_param

    click_command = typer.main.get_command(app).commands[command]  # type: ignore[attr-defined]
    ctx = click_command.context_class(click_command)
    (param,) = (p for p in click_command.get_params(ctx) if p.name == option)
    conversion = build_runtime_param(param.type_descriptor) if by_typer else param._runtime_param
    try:
        return conversion.coerce(value, param=param, ctx=ctx)
    except typer.BadParameter as exc:
        return f"BadParameter: {exc.format_message()}"


@pytest.mark.parametrize(
    ("command", "option", "value", "expected"),
    [
        ("build", "target", "flows.py:ok", "flows.py:ok"),
        ("build", "output", "t.json", Path("t.json")),
        (
            "build",
            "output",
            ".",
            "BadParameter: Invalid value for '--output' / '-o': file '.' is a directory.",
        ),
        ("build", "output", None, None),
        ("build", "fmt", "yaml", sfdsl.cli.Format.yaml),
        (
            "build",
            "fmt",
            "xml",
            "BadParameter: Invalid value for '--format' / '-f': 'xml' is not one of 'json', 'yaml'.",
        ),
        ("build", "param", ("a=1", "b=2"), ["a=1", "b=2"]),
        ("build", "param", None, ()),
        ("build", "strict", "true", True),
        ("run", "mock_validation", "none", sfdsl.cli.MockValidationMode.none),
        ("run", "input_", ("{}",), ["{}"]),
        ("import", "source", "x.asl.json", Path("x.asl.json")),
        ("graph", "fmt", "svg", sfdsl.cli.GraphFormat.svg),
        (
            "graph",
            "fmt",
            "SVG",
            "BadParameter: Invalid value for '--format' / '-f': 'SVG' is not one of 'mermaid', "
            "'dot', 'svg', 'png'.",
        ),
    ],
)
def test_option_values_are_converted_as_typer_converts_them(
    workdir: Path, command: str, option: str, value: Any, expected: Any
) -> None:
    """sfdsl converts its options' values itself, without typer's pydantic models.

    The one difference: pydantic starts a refused value's message with "Value error, ".
    """
    ours = _converted(command, option, value, by_typer=False)
    typers = _converted(command, option, value, by_typer=True)
    assert ours == expected
    assert ours == (typers.replace("Value error, ", "") if isinstance(typers, str) else typers)


def test_usage_errors_with_pydantic_free_conversion_keep_their_wording() -> None:
    result = invoke("build", "x.py", "--format", "xml")
    assert result.exit_code == 2
    words = " ".join(result.stderr.replace("│", " ").split())
    assert "Invalid value for '--format' / '-f': 'xml' is not one of 'json', 'yaml'." in words


@pytest.mark.parametrize(
    "message",
    ["plain", "tab\there\tand\tthere", "two\nlines", "Zoë → ☃", "[bold]not markup[/]", "x" * 200],
)
def test_messages_off_a_terminal_are_what_rich_writes_there(
    message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Off a terminal, messages are written without rich, as rich would write them."""
    import io

    from rich.console import Console
    from rich.text import Text

    stream = io.StringIO()
    rich = Console(file=stream, highlight=False, soft_wrap=True, emoji=False, markup=False)
    rich.print(Text.assemble(("warning: ", "yellow"), message))
    sfdsl.cli._console(stderr=True).say("warning: ", "yellow", message)
    assert capsys.readouterr().err == stream.getvalue()


@pytest.mark.parametrize(
    ("env", "stderr"),
    [
        ({}, "error: no such file: missing.py\n"),
        ({"FORCE_COLOR": "1"}, "\x1b[1;31merror: \x1b[0mno such file: missing.py\n"),
        ({"TTY_COMPATIBLE": "1"}, "\x1b[1;31merror: \x1b[0mno such file: missing.py\n"),
    ],
)
def test_messages_are_coloured_on_a_terminal_or_when_forced(
    workdir: Path, env: dict[str, str], stderr: str
) -> None:
    result = CliRunner().invoke(app, ["validate", "missing.py"], env=env)
    assert (result.exit_code, result.stderr) == (2, stderr)


# --- validate -------------------------------------------------------------------------


def test_validate_prints_a_one_line_summary(workdir: Path) -> None:
    result = invoke("validate", "flows.py:ok")
    assert (result.exit_code, result.stdout) == (
        0,
        "flows.py:ok: valid state machine 'ok' (2 states)\n",
    )


def test_validate_counts_nested_states_and_prints_warnings(workdir: Path) -> None:
    result = invoke("validate", "flows.py:with_warning")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "flows.py:with_warning: valid state machine 'warned' (2 states, 1 warning)",
        "warning: Label only takes effect in a distributed Map; pass "
        "processor_config=ProcessorConfig('DISTRIBUTED', 'STANDARD') or remove it  @ States.Each.Label",
    ]


def test_validate_asl_file(workdir: Path) -> None:
    result = invoke("validate", "ok.asl.json")
    assert (result.exit_code, result.stdout) == (
        0,
        "ok.asl.json: valid state machine 'ok' (1 state)\n",
    )


def test_validate_invalid_python_workflow_lists_problems_and_exits_1(workdir: Path) -> None:
    result = invoke("validate", "invalid.py")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: invalid state machine (1 problem):",
        "  - two different states are named 'A' (Pass and Task); state names must be unique, "
        "rename one  @ States.A",
        "  (raised at invalid.py:4)",
    ]


def test_validate_invalid_asl_lists_every_problem(workdir: Path) -> None:
    bad = {
        "StartAt": "A",
        "States": {
            "A": {"Type": "Pass", "Next": "Missing"},
            "B": {"Type": "Wait", "End": True},
        },
    }
    (workdir / "bad.json").write_text(json.dumps(bad), encoding="utf-8")
    result = invoke("validate", "bad.json", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["valid"] is False
    assert report["error"]["exit_code"] == 1
    assert sorted(p["path"] for p in report["error"]["problems"]) == [
        "States.A.Next",
        "States.B",
        "States.B",
    ]


def test_validate_json_report(workdir: Path) -> None:
    result = invoke("validate", "flows.py:with_warning", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "target": "flows.py:with_warning",
        "valid": True,
        "machines": [{"name": "warned", "states": 2}],
        "warnings": [
            {
                "message": "Label only takes effect in a distributed Map; pass "
                "processor_config=ProcessorConfig('DISTRIBUTED', 'STANDARD') or remove it",
                "path": "States.Each.Label",
                "code": "distributed-only",
                "severity": "warning",
            }
        ],
    }


def test_validate_json_report_for_a_target_error(workdir: Path) -> None:
    result = invoke("validate", "missing.py", "--json")
    assert result.exit_code == 2
    assert json.loads(result.stdout) == {
        "target": "missing.py",
        "valid": False,
        "machines": [],
        "warnings": [],
        "error": {"message": "no such file: missing.py", "exit_code": 2, "problems": []},
    }


@pytest.mark.parametrize(
    ("files", "target", "message"),
    [
        ({}, "missing.py", "error: no such file: missing.py\n"),
        (
            {},
            "flows.py",
            "error: flows.py defines 4 state machines (ok, with_warning, charge, failing); "
            "choose one with flows.py:NAME\n",
        ),
        ({"empty.py": "X = 1\n"}, "empty.py", None),
        ({"raising.py": "raise KeyError('stage')\n"}, "raising.py", None),
        ({"syntax.py": "def (\n"}, "syntax.py", None),
    ],
)
def test_validate_target_errors_exit_2_without_traceback(
    workdir: Path, files: Mapping[str, str], target: str, message: str | None
) -> None:
    for name, text in files.items():
        (workdir / name).write_text(text, encoding="utf-8")
    result = invoke("validate", target)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {target}" if message is None else message)
    assert "Traceback" not in result.stderr


# --- build ----------------------------------------------------------------------------


class FakeTemplate:
    def __init__(self, obj: Any, parameters: Mapping[str, str]) -> None:
        self.resources = {"Machine": obj, "MachineRole": None}
        self.parameters = dict(parameters)

    def to_dict(self) -> dict[str, Any]:
        return {"Resources": {"Machine": {"Type": "AWS::StepFunctions::StateMachine"}, "Role": {}}}


@pytest.fixture
def fake_cfn(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, dict[str, str], str]]:
    """A stand-in for ``sfdsl.cfn`` that records its calls, to test the command's wiring."""
    calls: list[tuple[Any, dict[str, str], str]] = []
    module = types.ModuleType("sfdsl.cfn")

    def template_for(obj: Any, *, parameters: Mapping[str, str] = {}) -> FakeTemplate:
        if parameters.get("fail") == "yes":
            raise BuildError([Problem("no IAM rule for 'x'", "States.T", "iam")], "application")
        import warnings

        # Like the real builder: the machine's own warnings, then the build's.
        for problem in getattr(obj, "warnings", ()):
            warnings.warn(str(problem), SfdslWarning, stacklevel=2)
        warnings.warn("resource '*' for states:StartExecution", SfdslWarning, stacklevel=2)
        return FakeTemplate(obj, parameters)

    def render(template: FakeTemplate, fmt: str) -> str:
        calls.append((template.resources["Machine"], template.parameters, fmt))
        return f"rendered as {fmt}"

    module.template_for = template_for  # type: ignore[attr-defined]
    module.render = render  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "sfdsl.cfn", module)
    monkeypatch.setattr(sfdsl, "cfn", module, raising=False)
    return calls


def test_build_calls_the_cloudformation_builder(
    workdir: Path, fake_cfn: list[tuple[Any, dict[str, str], str]]
) -> None:
    result = invoke("build", "flows.py:ok", "--param", "stage=prod", "-p", "region=eu-west-1")
    assert result.exit_code == 0
    assert result.stdout == "rendered as json\n"
    assert result.stderr == "warning: resource '*' for states:StartExecution\n"
    ((obj, params, fmt),) = fake_cfn
    assert (obj.name, params, fmt) == ("ok", {"stage": "prod", "region": "eu-west-1"}, "json")


@pytest.mark.parametrize(
    ("args", "fmt"),
    [
        (["-o", "t.yaml"], "yaml"),
        (["-o", "t.YML"], "yaml"),
        (["-o", "t.json"], "json"),
        (["-o", "t.template"], "json"),
        (["-o", "t.json", "--format", "yaml"], "yaml"),
    ],
)
def test_build_format_follows_the_output_suffix(
    workdir: Path, fake_cfn: list[tuple[Any, dict[str, str], str]], args: list[str], fmt: str
) -> None:
    result = invoke("build", "flows.py:ok", *args)
    assert result.exit_code == 0
    assert fake_cfn[0][2] == fmt
    assert (workdir / args[1]).read_text(encoding="utf-8") == f"rendered as {fmt}\n"
    assert result.stderr.splitlines()[-1] == (
        f"wrote {args[1]}: CloudFormation template of flows.py:ok (2 resources)"
    )


def test_build_json_report(workdir: Path, fake_cfn: list[tuple[Any, dict[str, str], str]]) -> None:
    result = invoke("build", "flows.py:with_warning", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {
        "target": "flows.py:with_warning",
        "format": "json",
        "output": None,
        "resources": 2,
        "warnings": [
            "Label only takes effect in a distributed Map; pass "
            "processor_config=ProcessorConfig('DISTRIBUTED', 'STANDARD') or remove it  @ States.Each.Label",
            "resource '*' for states:StartExecution",
        ],
        "template": FakeTemplate(None, {}).to_dict(),
    }


def test_build_error_exits_1_with_its_problems(
    workdir: Path, fake_cfn: list[tuple[Any, dict[str, str], str]]
) -> None:
    result = invoke("build", "flows.py:ok", "--param", "fail=yes")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "error: invalid application (1 problem):",
        "  - no IAM rule for 'x'  @ States.T",
    ]


# A misspelt TableName: two warnings of the machine, then the build cannot derive the IAM.
MISSPELT_TABLE = {
    "StartAt": "Get",
    "States": {
        "Get": {
            "Type": "Task",
            "Resource": "arn:aws:states:::dynamodb:getItem",
            "Parameters": {"TableNmae": "orders", "Key": {"id": {"S": "1"}}},
            "End": True,
        }
    },
}
MISSPELT_WARNINGS = [
    (
        "dynamodb:getItem: unknown parameter 'TableNmae' in Parameters (did you mean "
        "'TableName'?); its parameters are: AttributesToGet, ConsistentRead, "
        "ExpressionAttributeNames, Key, ProjectionExpression, ReturnConsumedCapacity, TableName",
        "States.Get.Parameters.TableNmae",
        "sdk-unknown-parameter",
    ),
    (
        "dynamodb:getItem: Parameters requires 'TableName'; add it (or 'TableName.$' with a path)",
        "States.Get.Parameters.TableName",
        "sdk-missing-parameter",
    ),
]
MISSPELT_ERROR = (
    "dynamodb:GetItem needs TableName to know which resource it uses; set it in "
    "Parameters/Arguments"
)
MISSPELT_TEXT = [
    "bad.asl.json: state machine 'bad' (2 warnings)",
    *(f"warning: {message}  @ {path}" for message, path, _ in MISSPELT_WARNINGS),
]
MISSPELT_ERROR_TEXT = [
    "error: invalid application (1 problem):",
    f"  - {MISSPELT_ERROR}  @ Bad.States.Get.Parameters.TableName",
]


def test_validate_failing_build_check_prints_the_machine_warnings_first(workdir: Path) -> None:
    (workdir / "bad.asl.json").write_text(json.dumps(MISSPELT_TABLE), encoding="utf-8")
    result = invoke("validate", "bad.asl.json")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == MISSPELT_TEXT
    assert result.stderr.splitlines() == MISSPELT_ERROR_TEXT


def test_build_failing_prints_the_machine_warnings_before_the_error(workdir: Path) -> None:
    (workdir / "bad.asl.json").write_text(json.dumps(MISSPELT_TABLE), encoding="utf-8")
    result = invoke("build", "bad.asl.json")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines() == MISSPELT_TEXT + MISSPELT_ERROR_TEXT


MISSPELT_APP = """
from sfdsl import Map, Pass, StateMachine
from sfdsl.cfn import App

get = StateMachine.from_asl("bad.asl.json", name="get")
each = StateMachine(Map("Each", item_processor=Pass("Item"), label="batch"), name="each")
ok = StateMachine(Pass("P"), name="ok")
app = App("shop").add(get).add(each).add(ok)
"""


@pytest.mark.parametrize("command", ["validate", "build"])
def test_an_app_failing_its_checks_prints_each_machines_warnings_under_its_name(
    workdir: Path, command: str
) -> None:
    (workdir / "bad.asl.json").write_text(json.dumps(MISSPELT_TABLE), encoding="utf-8")
    (workdir / "shop.py").write_text(MISSPELT_APP, encoding="utf-8")
    result = invoke(command, "shop.py")
    assert result.exit_code == 1
    warnings = [
        "shop.py:app: state machine 'get' (2 warnings)",
        *MISSPELT_TEXT[1:],
        "shop.py:app: state machine 'each' (1 warning)",
        "warning: Label only takes effect in a distributed Map; pass "
        "processor_config=ProcessorConfig('DISTRIBUTED', 'STANDARD') or remove it  "
        "@ States.Each.Label",
    ]
    error = [MISSPELT_ERROR_TEXT[0], MISSPELT_ERROR_TEXT[1].replace("Bad.", "Get.")]
    if command == "validate":
        assert (result.stdout.splitlines(), result.stderr.splitlines()) == (warnings, error)
    else:
        assert (result.stdout, result.stderr.splitlines()) == ("", warnings + error)


def test_validate_json_failing_build_check_reports_the_machine_warnings(workdir: Path) -> None:
    (workdir / "bad.asl.json").write_text(json.dumps(MISSPELT_TABLE), encoding="utf-8")
    result = invoke("validate", "bad.asl.json", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "target": "bad.asl.json",
        "valid": False,
        "machines": [],
        "warnings": [
            {"message": message, "path": path, "code": code, "severity": "warning"}
            for message, path, code in MISSPELT_WARNINGS
        ],
        "error": {
            "message": "\n".join(MISSPELT_ERROR_TEXT)[len("error: ") :],
            "exit_code": 1,
            "problems": [
                {
                    "message": MISSPELT_ERROR,
                    "path": "Bad.States.Get.Parameters.TableName",
                    "code": "iam-derivation",
                    "severity": "error",
                }
            ],
        },
    }


def test_build_json_failing_reports_the_machine_warnings(workdir: Path) -> None:
    (workdir / "bad.asl.json").write_text(json.dumps(MISSPELT_TABLE), encoding="utf-8")
    result = invoke("build", "bad.asl.json", "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["warnings"] == [f"{message}  @ {path}" for message, path, _ in MISSPELT_WARNINGS]
    assert report["error"]["problems"] == [
        {
            "message": MISSPELT_ERROR,
            "path": "Bad.States.Get.Parameters.TableName",
            "code": "iam-derivation",
            "severity": "error",
        }
    ]


def test_validate_strict_failure_lists_the_warnings_once_as_errors(workdir: Path) -> None:
    (workdir / "bad.asl.json").write_text(json.dumps(MISSPELT_TABLE), encoding="utf-8")
    result = invoke("validate", "bad.asl.json", "--strict")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        "error: invalid bad.asl.json (--strict: warnings are errors) (2 problems):",
        *(f"  - {message}  @ {path}" for message, path, _ in MISSPELT_WARNINGS),
    ]


def test_usage_error_of_build_prints_no_machine_warnings(workdir: Path) -> None:
    # The machine has a warning (an unknown parameter) and builds; --param Nope matches nothing.
    extra = json.loads(json.dumps(MISSPELT_TABLE))
    extra["States"]["Get"]["Parameters"]["TableName"] = "orders"
    (workdir / "bad.asl.json").write_text(json.dumps(extra), encoding="utf-8")
    result = invoke("build", "bad.asl.json", "--param", "Nope=1")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        "error: invalid application (1 problem):",
        "  - parameter 'Nope' matches no placeholder without a value (there are none); drop it",
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (["stage"], "--param expects KEY=VALUE (e.g. --param stage=prod), got 'stage'"),
        (["=prod"], "--param expects KEY=VALUE (e.g. --param stage=prod), got '=prod'"),
        (
            ["stage=a", "stage=b"],
            "--param stage is given twice ('a' and 'b'); give it once",
        ),
    ],
)
def test_build_bad_params_exit_2(workdir: Path, params: list[str], message: str) -> None:
    args = [arg for p in params for arg in ("--param", p)]
    result = invoke("build", "flows.py:ok", *args)
    assert (result.exit_code, result.stderr) == (2, f"error: {message}\n")


def test_build_into_a_missing_folder_exits_2(workdir: Path) -> None:
    result = invoke("build", "ok.asl.json", "-o", "no/such/dir/t.json")
    assert result.exit_code == 2
    assert result.stderr == (
        "error: cannot write no/such/dir/t.json: the folder no/such/dir does not exist; "
        "create it first\n"
    )


APP = """
from sfdsl import StateMachine, Task
from sfdsl.cfn import App

TOPIC = "arn:aws:sns:us-east-1:123456789012:orders-${param:stage}"
notify = StateMachine(
    Task("Notify", resource="arn:aws:states:::sns:publish",
         parameters={"TopicArn": TOPIC, "Message.$": "$"}),
    name="notify",
)
app = App("shop", params={"stage": "dev"}).add(notify)
"""


def test_build_an_app_with_a_parameter(workdir: Path) -> None:
    (workdir / "shop.py").write_text(APP, encoding="utf-8")
    result = invoke("build", "shop.py", "--param", "stage=prod", "-o", "template.yaml")
    assert result.exit_code == 0
    assert (
        result.stderr
        == "wrote template.yaml: CloudFormation template of shop.py:app (2 resources)\n"
    )
    template = yaml.safe_load((workdir / "template.yaml").read_text(encoding="utf-8"))
    machine = template["Resources"]["Notify"]
    assert machine["Type"] == "AWS::StepFunctions::StateMachine"
    parameters = machine["Properties"]["Definition"]["States"]["Notify"]["Parameters"]
    assert parameters["TopicArn"] == "arn:aws:sns:us-east-1:123456789012:orders-prod"


def test_build_with_an_undeclared_parameter_is_a_usage_error(workdir: Path) -> None:
    (workdir / "shop.py").write_text(APP, encoding="utf-8")
    result = invoke("build", "shop.py", "--param", "region=eu-west-1")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        "error: invalid application (1 problem):",
        "  - parameter 'region' is not declared by the app (declared: stage); "
        "declare it with App(params={'region': 'default'}) or drop it",
    ]


def test_build_an_asl_file_gives_its_machine_a_role(workdir: Path) -> None:
    result = invoke("build", "ok.asl.json", "--json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    resources = report["template"]["Resources"]
    assert sorted((name, r["Type"]) for name, r in resources.items()) == [
        ("Ok", "AWS::StepFunctions::StateMachine"),
        ("OkRole", "AWS::IAM::Role"),
    ]
    assert resources["Ok"]["Properties"]["Definition"] == ASL
    assert (report["resources"], report["output"], report["warnings"]) == (2, None, [])


# --- build: raw ASL with ${Name} deployment placeholders -----------------------------------

PLACEHOLDERS_ASL = {
    "StartAt": "Submit",
    "States": {
        "Submit": {
            "Type": "Task",
            "Resource": "arn:aws:states:::sqs:sendMessage",
            "Parameters": {"QueueUrl": "${JobsQueue}", "MessageBody.$": "$"},
            "Next": "Notify",
        },
        "Notify": {
            "Type": "Task",
            "Resource": "arn:aws:states:::sns:publish",
            "Parameters": {"TopicArn": "${TopicArn}", "Message": "queued"},
            "End": True,
        },
    },
}


def test_build_asl_with_placeholders_makes_template_parameters(workdir: Path) -> None:
    (workdir / "jobs.asl.json").write_text(json.dumps(PLACEHOLDERS_ASL), encoding="utf-8")
    result = invoke("build", "jobs.asl.json", "-o", "template.yaml")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "warning: ${JobsQueue} and ${TopicArn} have no value, so they are template Parameters; "
        "give their values when you deploy: aws cloudformation deploy --template-file TEMPLATE "
        "--stack-name STACK --capabilities CAPABILITY_IAM --parameter-overrides "
        "JobsQueue=VALUE TopicArn=VALUE (or at build time: --param NAME=VALUE)",
        "wrote template.yaml: CloudFormation template of jobs.asl.json (2 resources)",
    ]
    template = yaml.safe_load((workdir / "template.yaml").read_text(encoding="utf-8"))
    assert {k: v["AllowedPattern"] for k, v in template["Parameters"].items()} == {
        "JobsQueue": "https://[^/]+/[0-9]{12}/[^/]+",
        "TopicArn": "arn:.+",
    }
    assert template["Resources"]["Jobs"]["Properties"]["DefinitionSubstitutions"] == {
        "JobsQueue": {"Ref": "JobsQueue"},
        "TopicArn": {"Ref": "TopicArn"},
    }


def test_build_param_gives_a_placeholder_its_value_at_build_time(workdir: Path) -> None:
    (workdir / "jobs.asl.json").write_text(json.dumps(PLACEHOLDERS_ASL), encoding="utf-8")
    topic = "arn:aws:sns:us-east-1:123456789012:jobs"
    result = invoke("build", "jobs.asl.json", "--param", f"TopicArn={topic}", "--json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["warnings"] == [
        "${JobsQueue} has no value, so it is a template Parameter; give its value when you "
        "deploy: aws cloudformation deploy --template-file TEMPLATE --stack-name STACK "
        "--capabilities CAPABILITY_IAM --parameter-overrides JobsQueue=VALUE (or at build "
        "time: --param NAME=VALUE)"
    ]
    template = report["template"]
    assert list(template["Parameters"]) == ["JobsQueue"]
    assert template["Resources"]["Jobs"]["Properties"]["DefinitionSubstitutions"] == {
        "JobsQueue": {"Ref": "JobsQueue"},
        "TopicArn": topic,
    }
    statements = template["Resources"]["JobsRole"]["Properties"]["Policies"][0]
    assert statements["PolicyDocument"]["Statement"][-1] == {
        "Action": ["sns:Publish"],
        "Effect": "Allow",
        "Resource": [topic],
    }


def test_build_param_matching_no_placeholder_is_a_usage_error(workdir: Path) -> None:
    (workdir / "jobs.asl.json").write_text(json.dumps(PLACEHOLDERS_ASL), encoding="utf-8")
    result = invoke(
        "build", "jobs.asl.json", "--param", "TopicARN=arn:aws:sns:us-east-1:123456789012:t"
    )
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines() == [
        "error: invalid application (1 problem):",
        "  - parameter 'TopicARN' matches no placeholder without a value (JobsQueue, "
        "TopicArn); did you mean 'TopicArn'?",
    ]


def test_build_an_imported_module_with_placeholders(workdir: Path) -> None:
    (workdir / "jobs.asl.json").write_text(json.dumps(PLACEHOLDERS_ASL), encoding="utf-8")
    assert invoke("import", "jobs.asl.json", "-o", "jobs.py").exit_code == 0
    from_python = invoke(
        "build", "jobs.py", "--param", "TopicArn=arn:aws:sns:us-east-1:123456789012:t"
    )
    from_asl = invoke(
        "build", "jobs.asl.json", "--param", "TopicArn=arn:aws:sns:us-east-1:123456789012:t"
    )
    assert from_python.exit_code == from_asl.exit_code == 0
    assert from_python.stderr.splitlines()[0].startswith("warning: ${JobsQueue} has no value")
    assert json.loads(from_python.stdout) == json.loads(from_asl.stdout)


# Corpus definitions with ${...} placeholders that do not build, and why.
PLACEHOLDER_CORPUS_INVALID = {
    # QueryLanguage is written inside States (as a state) and the JSONata states carry no
    # QueryLanguage, so the definition is invalid; the service rejects it too.
    "sfwc__shared-fallback-state-jsonata__statemachine.json",
}
# cfn-lint findings on fields ASL allows and cfn-lint's schema lacks (see SCHEMA_GAPS in
# test_oracles.py): a Succeed state's OutputPath, a JSONPath Parallel state's Parameters.
PLACEHOLDER_CORPUS_LINT = {
    "sfwc__parallel-agent-early-stopping__main.json": [
        "E3601 Additional properties are not allowed ('OutputPath' was unexpected)"
    ],
    "sfwc__quorum-with-parallel-pattern__statemachine.json": [
        "E3601 Additional properties are not allowed ('Parameters' was unexpected)"
    ],
}


def test_every_corpus_asl_with_placeholders_builds_a_deployable_template(
    workdir: Path, corpus: Path
) -> None:
    from cfnlint.api import ManualArgs, lint

    sources = sorted(
        p for p in (corpus / "asl" / "realworld").iterdir() if "${" in p.read_text(encoding="utf-8")
    )
    assert len(sources) == 93
    rejected: set[str] = set()
    # One template holding every machine, linted once (each machine's logical id comes from
    # its file name); linting 90 templates one by one takes a minute.
    merged: dict[str, Any] = {"AWSTemplateFormatVersion": "2010-09-09", "Parameters": {}}
    resources: dict[str, Any] = {}
    source_of: dict[str, str] = {}
    for source in sources:
        result = invoke("build", str(source))
        if result.exit_code == 1:
            rejected.add(source.name)
            continue
        assert result.exit_code == 0, (source.name, result.stderr)
        assert "template Parameter" in result.stderr, source.name
        template = json.loads(result.stdout)
        assert not resources.keys() & template["Resources"].keys(), source.name
        resources.update(template["Resources"])
        source_of.update(dict.fromkeys(template["Resources"], source.name))
        for name, parameter in template["Parameters"].items():
            merged["Parameters"].setdefault(name, parameter)
    merged["Resources"] = resources
    matches = lint(json.dumps(merged, ensure_ascii=False), config=ManualArgs(regions=["us-east-1"]))
    findings: dict[str, list[str]] = {}
    for m in matches:
        findings.setdefault(source_of[m.path[1]], []).append(f"{m.rule.id} {m.message}")
    assert (rejected, findings) == (PLACEHOLDER_CORPUS_INVALID, PLACEHOLDER_CORPUS_LINT)


def test_build_invalid_workflow_exits_1(workdir: Path) -> None:
    result = invoke("build", "invalid.py")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: invalid state machine (1 problem):\n")


# --- run ------------------------------------------------------------------------------


def test_run_prints_one_json_object(workdir: Path) -> None:
    result = invoke("run", "ok.asl.json", "--input", '{"a": 1}')
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"status": "SUCCEEDED", "output": {"x": 1}}


def test_run_a_failing_workflow_still_exits_0(workdir: Path) -> None:
    result = invoke("run", "flows.py:failing")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"status": "FAILED", "error": "Oops", "cause": "on purpose"}


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("HappyPath", {"status": "SUCCEEDED", "output": {"paid": True}}),
        (
            "Declined",
            {"status": "FAILED", "error": "Card.Declined", "cause": "insufficient funds"},
        ),
    ],
)
def test_run_with_a_mock_file(workdir: Path, case: str, expected: dict[str, Any]) -> None:
    result = invoke("run", "flows.py:charge", "--mocks", "mocks.json", "--test-case", case)
    assert result.exit_code == 0
    assert json.loads(result.stdout) == expected


def test_run_picks_the_mock_files_state_machine(workdir: Path) -> None:
    other = {"TestCases": {"HappyPath": {"Charge": "NoFunds"}}}
    mocks = {**MOCKS, "StateMachines": {**MOCKS["StateMachines"], "other": other}}
    (workdir / "two.json").write_text(json.dumps(mocks), encoding="utf-8")
    args = ["run", "flows.py:charge", "--mocks", "two.json", "--test-case", "HappyPath"]
    # by default, the mock file's machine named like the machine being run
    assert json.loads(invoke(*args).stdout) == {"status": "SUCCEEDED", "output": {"paid": True}}
    result = invoke(*args, "--state-machine", "other")
    assert json.loads(result.stdout)["error"] == "Card.Declined"
    result = invoke("run", "flows.py:ok", *args[2:])
    assert (result.exit_code, result.stderr) == (
        2,
        "error: the mock configuration 'two.json' defines 2 state machines ('charge', 'other') "
        "and none is named 'ok'; choose one with --state-machine NAME\n",
    )


SHOP = """
from sfdsl import Pass, StateMachine
from sfdsl.cfn import App

app = App("shop").add(StateMachine(Pass("A", result="a"), name="first")).add(
    StateMachine(Pass("B", result="b"), name="second")
)
"""


@pytest.mark.parametrize(("name", "output"), [("first", "a"), ("second", "b")])
def test_run_picks_a_machine_of_an_app(workdir: Path, name: str, output: str) -> None:
    (workdir / "shop.py").write_text(SHOP, encoding="utf-8")
    result = invoke("run", "shop.py", "--state-machine", name)
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"status": "SUCCEEDED", "output": output}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "shop.py:app holds several state machines ('first', 'second')"),
        (
            ["--state-machine", "third"],
            "shop.py:app has no state machine 'third' ('first', 'second')",
        ),
    ],
)
def test_run_an_app_needs_a_known_machine(workdir: Path, args: list[str], message: str) -> None:
    (workdir / "shop.py").write_text(SHOP, encoding="utf-8")
    result = invoke("run", "shop.py", *args)
    assert (result.exit_code, result.stderr) == (
        2,
        f"error: {message}; choose one with --state-machine NAME\n",
    )


def test_run_with_history(workdir: Path) -> None:
    result = invoke("run", "ok.asl.json", "--history")
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert [e["type"] for e in out["history"]] == [
        "ExecutionStarted",
        "PassStateEntered",
        "PassStateExited",
        "ExecutionSucceeded",
    ]
    assert (out["status"], out["output"]) == ("SUCCEEDED", {"x": 1})


@pytest.mark.parametrize(
    ("source", "args", "stdin"),
    [
        ("file", ["--input", "@in.json"], None),
        ("stdin", ["--input", "@-"], '{"n": 5}'),
        ("text", ["--input", '{"n": 5}'], None),
    ],
)
def test_run_input_forms(workdir: Path, source: str, args: list[str], stdin: str | None) -> None:
    (workdir / "in.json").write_text('{"n": 5}', encoding="utf-8")
    (workdir / "echo.json").write_text(
        json.dumps({"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}}),
        encoding="utf-8",
    )
    result = invoke("run", "echo.json", *args, input=stdin)
    assert result.exit_code == 0, source
    assert json.loads(result.stdout) == {"status": "SUCCEEDED", "output": {"n": 5}}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["ok.asl.json", "--input", "{oops"],
            "--input is not valid JSON: Expecting property name enclosed in double quotes: "
            "line 1 column 2 (char 1); quote it for the shell, e.g. --input '{\"a\": 1}'",
        ),
        (
            ["ok.asl.json", "--input", "@nope.json"],
            "cannot read --input file nope.json: No such file or directory",
        ),
        (
            ["ok.asl.json", "--mocks", "mocks.json"],
            "--mocks needs --test-case NAME (the test case of the mock file to use)",
        ),
        (
            ["ok.asl.json", "--test-case", "HappyPath"],
            "--test-case selects mocks from a mock file; give the file with --mocks FILE",
        ),
        (
            ["ok.asl.json", "--state-machine", "charge"],
            "--state-machine picks a state machine of an App or of the mock file; "
            "give the mock file with --mocks FILE",
        ),
        (
            ["flows.py:charge", "--mocks", "mocks.json", "--test-case", "Nope"],
            "test case 'Nope' is not defined for state machine 'charge'; "
            "it defines 'Declined', 'HappyPath'",
        ),
        (
            ["flows.py:charge", "--mocks", "missing.json", "--test-case", "HappyPath"],
            "cannot read the mock configuration 'missing.json': No such file or directory",
        ),
        (
            ["flows.py:charge"],
            "no mock for task state 'Charge' (resource "
            "'arn:aws:lambda:us-east-1:123456789012:function:charge'); add one by state name, "
            "e.g. mocks={'Charge': {...}}, or by resource\n"
            "  (sfdsl run: give mocks with --mocks FILE --test-case NAME)",
        ),
        (["missing.json"], "no such file: missing.json"),
        (
            ["ok.asl.json", "--input", "{}", "-i", '{"a": 1}'],
            "--input is given 2 times ('{}', '{\"a\": 1}'); give the execution input once",
        ),
        (
            ["ok.asl.json", "--input", "@"],
            "--input @ needs a file name, e.g. --input @input.json (or @- for stdin)",
        ),
        (
            ["ok.asl.json", "--input", '{"a": [NaN]}'],
            "--input: NaN is not JSON (JSON has no NaN or Infinity); write a number or null",
        ),
        (
            ["ok.asl.json", "--input", "-Infinity"],
            "--input: -Infinity is not JSON (JSON has no NaN or Infinity); write a number or null",
        ),
        (
            ["ok.asl.json", "--input", '{"a": 1e400}'],
            "--input: the number 1e400 is out of range (JSON numbers are doubles, up to 1.8e308)",
        ),
        (
            ["ok.asl.json", "--input", "@binary.bin"],
            "cannot read --input file binary.bin: it is not UTF-8 text (byte offset 1)",
        ),
        (
            ["flows.py:charge", "--mocks", "binary.bin", "--test-case", "HappyPath"],
            "cannot read the mock configuration 'binary.bin': it is not UTF-8 text (byte offset 1)",
        ),
        (
            ["flows.py:charge", "--mocks", "ok.asl.json", "--test-case", "HappyPath"],
            "the mock configuration 'ok.asl.json' defines no state machines; it needs "
            '"StateMachines": {"NAME": {"TestCases": {...}}} and "MockedResponses"',
        ),
        (
            ["flows.py:charge", "--mocks", "unmocked.json", "--test-case", "HappyPath"],
            "no mock for task state 'Charge' (resource "
            "'arn:aws:lambda:us-east-1:123456789012:function:charge'); add the state's name and "
            "a mocked response name to StateMachines.charge.TestCases.HappyPath in unmocked.json",
        ),
    ],
)
def test_run_usage_errors_exit_2_and_print_nothing_on_stdout(
    workdir: Path, args: list[str], message: str
) -> None:
    (workdir / "binary.bin").write_bytes(b"{\xff\xfe}")
    unmocked = {**MOCKS, "StateMachines": {"charge": {"TestCases": {"HappyPath": {}}}}}
    (workdir / "unmocked.json").write_text(json.dumps(unmocked), encoding="utf-8")
    result = invoke("run", *args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"error: {message}\n")


CHATTY = """
from sfdsl import Pass, StateMachine

print("loading flows")
machine = StateMachine(Pass("A", result={"x": 1}), name="chatty")
"""


@pytest.mark.parametrize(
    ("args", "parse"),
    [
        (["run", "chatty.py"], json.loads),
        (["validate", "chatty.py", "--json"], json.loads),
        (["build", "chatty.py"], json.loads),
        (["build", "chatty.py", "--json"], json.loads),
        (["graph", "chatty.py"], str),
    ],
)
def test_what_the_users_module_prints_goes_to_stderr(
    workdir: Path, args: list[str], parse: Callable[[str], object]
) -> None:
    (workdir / "chatty.py").write_text(CHATTY, encoding="utf-8")
    result = invoke(*args)
    assert result.exit_code == 0
    assert "loading flows" not in result.stdout
    assert result.stderr.startswith("loading flows\n")
    assert parse(result.stdout)


def test_run_invalid_workflow_exits_1(workdir: Path) -> None:
    result = invoke("run", "invalid.py")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith("error: invalid state machine (1 problem):\n")


# The stored definitions of these cases have a Catch with an empty ErrorEquals, which the
# service rejects (the recorded runs used a modified definition): `sfdsl run` refuses them.
REJECTED = {
    "error_handling__TestTaskLambda__test_raise_custom_exception",
    "error_handling__TestTaskServiceLambda__test_raise_custom_exception",
}


def test_run_reproduces_the_recorded_mocked_executions(corpus: Path) -> None:
    """Every recorded case with a mock file, through the command line, as users would run it."""
    cases = sorted(p for p in (corpus / "executions_mocked").iterdir() if p.is_dir())
    assert len(cases) == 24
    mismatches = []
    rejected = set()
    for case in cases:
        test_case = (case / "test_case").read_text(encoding="utf-8").strip()
        result = invoke(
            "run",
            str(case / "definition.json"),
            "--input",
            f"@{case / 'input.json'}",
            "--mocks",
            str(case / "mocks.json"),
            "--test-case",
            test_case,
        )
        if result.exit_code == 1:
            rejected.add(case.name)
            continue
        recorded = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        expected = {k: recorded[k] for k in ("status", "output", "error", "cause") if k in recorded}
        got = json.loads(result.stdout) if result.exit_code == 0 else {"exit": result.exit_code}
        if {k: got.get(k) for k in expected} != expected:
            mismatches.append((case.name, expected, got))
    assert (mismatches, rejected) == ([], REJECTED)


# --- import ---------------------------------------------------------------------------

SERVERLESS = Path(__file__).parent / "fixtures" / "serverless"
IMPORTED_CORPUS = [
    "sfwc__account-vending-machine__statemachine.json",
    "sfwc__either-or-parallel-pattern__statemachine.json",
    "sfwc__idempotent-workflow__statemachine.json",
]


def _module_of(path: Path) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)
    return namespace


@pytest.mark.parametrize("name", IMPORTED_CORPUS)
def test_import_corpus_asl_builds_the_same_template(workdir: Path, corpus: Path, name: str) -> None:
    source = corpus / "asl" / "realworld" / name
    result = invoke("import", str(source), "-o", "workflows.py")
    assert result.exit_code == 0, result.stderr
    machine_name = name.removesuffix(".json")
    assert result.stderr.splitlines()[-1].startswith(
        f"wrote workflows.py: state machine {machine_name!r} from {source}"
    )
    asl = json.loads(source.read_text(encoding="utf-8"))
    machine = _module_of(workdir / "workflows.py")["machine"]
    assert (machine.name, machine.to_asl()) == (machine_name, asl)
    from_python = invoke("build", "workflows.py")
    from_asl = invoke("build", str(source))
    assert from_python.exit_code == from_asl.exit_code == 0
    assert json.loads(from_python.stdout) == json.loads(from_asl.stdout)


def test_import_yaml_asl_to_stdout(workdir: Path) -> None:
    asl = {
        "Comment": "sizes",
        "StartAt": "Check",
        "States": {
            "Check": {
                "Type": "Choice",
                "Choices": [{"Variable": "$.n", "NumericGreaterThan": 3, "Next": "Big"}],
                "Default": "Done",
            },
            "Big": {"Type": "Pass", "Next": "Done"},
            "Done": {"Type": "Succeed"},
        },
    }
    (workdir / "sizes.asl.yaml").write_text(yaml.safe_dump(asl, sort_keys=False), encoding="utf-8")
    result = invoke("import", "sizes.asl.yaml", "--name", "Sizes")
    assert (result.exit_code, result.stderr) == (0, "")
    assert 'Choice("Check").when(Var("$.n") > 3, big).otherwise(done)' in result.stdout
    (workdir / "sizes.py").write_text(result.stdout, encoding="utf-8")
    machine = _module_of(workdir / "sizes.py")["machine"]
    assert (machine.name, machine.to_asl()) == ("Sizes", asl)


def test_import_notes_are_printed_and_written_at_the_top(workdir: Path) -> None:
    # A condition with a Comment inside And(...) has no fluent form: the generator notes it.
    rule = {"Variable": "$.n", "NumericGreaterThan": 3, "Comment": "big"}
    asl = {
        "StartAt": "Check",
        "States": {
            "Check": {
                "Type": "Choice",
                "Choices": [{"And": [rule], "Next": "Done"}],
                "Default": "Done",
            },
            "Done": {"Type": "Succeed"},
        },
    }
    (workdir / "notes.json").write_text(json.dumps(asl), encoding="utf-8")
    note = "the condition $.n > 3 has a Comment, so it is written as Comparison(...)"
    result = invoke("import", "notes.json", "-o", "notes.py")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"note: {note}",
        "wrote notes.py: state machine 'notes' from notes.json (1 note, also listed at the top "
        "of the file)",
    ]
    code = (workdir / "notes.py").read_text(encoding="utf-8")
    assert [line for line in code.splitlines() if line.startswith("# ")] == [
        "# Notes from the import (what could not be written idiomatically):",
        f"# - {note}",
    ]
    assert _module_of(workdir / "notes.py")["machine"].to_asl() == asl
    to_stdout = invoke("import", "notes.json")
    assert (to_stdout.stdout, to_stdout.stderr) == (code, f"note: {note}\n")


def _definitions(template: Mapping[str, Any]) -> dict[str, Any]:
    """Each state machine's definition, its substitutions put back in place."""
    out = {}
    for logical_id, resource in template["Resources"].items():
        if resource["Type"] != "AWS::StepFunctions::StateMachine":
            continue
        subs = resource["Properties"].get("DefinitionSubstitutions", {})
        text = json.dumps(resource["Properties"]["Definition"])
        for key, value in subs.items():
            text = text.replace(json.dumps(f"${{{key}}}"), json.dumps(value))
        out[logical_id] = json.loads(text)
    return out


def test_import_serverless_fixture_then_build(workdir: Path) -> None:
    source = SERVERLESS / "seed_000_hello.yml"
    result = invoke("import", str(source), "-o", "workflows.py", "--param", "stage=prod")
    assert result.exit_code == 0, result.stderr
    *notes, wrote = result.stderr.splitlines()
    assert wrote == (
        f"wrote workflows.py: App with 1 state machine from {source} "
        f"({len(notes)} notes, also listed at the top of the file)"
    )
    code = (workdir / "workflows.py").read_text(encoding="utf-8")
    assert [f"note: {line[4:]}" for line in code.splitlines() if line.startswith("# - ")] == notes
    assert 'function_name="step-function-test-prod-hello"' in code
    built = invoke("build", "workflows.py")
    assert built.exit_code == 0, built.stderr
    # The fixture's definition, with !GetAtt hello.Arn naming serverless' logical ids.
    assert _definitions(json.loads(built.stdout)) == {
        "Hello": {
            "Comment": "A Hello World example",
            "StartAt": "HelloWorld",
            "States": {
                "HelloWorld": {
                    "Type": "Task",
                    "Resource": {"Fn::GetAtt": ["HelloLambdaFunction", "Arn"]},
                    "Next": "HiWorld",
                },
                "HiWorld": {
                    "Type": "Task",
                    "Resource": {"Fn::GetAtt": ["HiLambdaFunction", "Arn"]},
                    "End": True,
                },
            },
        }
    }


@pytest.mark.parametrize(
    ("values", "function_name"),
    [
        ([], "step-function-test-${param:stage}-hello"),
        (["--param", "stage=prod"], "step-function-test-prod-hello"),
        (["--param", "opt:stage=qa"], "step-function-test-qa-hello"),
    ],
)
def test_import_serverless_params_set_variables(
    workdir: Path, values: list[str], function_name: str
) -> None:
    result = invoke("import", str(SERVERLESS / "seed_000_hello.yml"), *values)
    assert result.exit_code == 0
    assert f'function_name="{function_name}"' in result.stdout


def test_import_refuses_to_overwrite_without_force(workdir: Path) -> None:
    (workdir / "workflows.py").write_text("KEEP = 1\n", encoding="utf-8")
    refused = invoke("import", "ok.asl.json", "-o", "workflows.py")
    assert (refused.exit_code, refused.stdout) == (2, "")
    assert refused.stderr == "error: workflows.py already exists; pass --force to overwrite it\n"
    assert (workdir / "workflows.py").read_text(encoding="utf-8") == "KEEP = 1\n"
    forced = invoke("import", "ok.asl.json", "-o", "workflows.py", "--force")
    assert forced.exit_code == 0
    assert _module_of(workdir / "workflows.py")["machine"].to_asl() == ASL


BAD_ASL = {
    "StartAt": "Missing",
    "States": {"A": {"Type": "Pass", "Next": "Nowhere"}, "W": {"Type": "Wait", "End": True}},
}
BAD_SERVERLESS = """
service: shop
stepFunctions:
  stateMachines:
    orders:
      definition:
        StartAt: Pay
        States:
          Pay: {Type: Task, Resource: arn:aws:states:::lambda:invoke, Next: Ship}
          Parallel:
            Type: Parallel
            End: true
            Branches:
              - StartAt: X
                States: {X: {Type: Pass}}
"""


@pytest.mark.parametrize(
    ("files", "args", "lines"),
    [
        (
            {"bad.json": json.dumps(BAD_ASL)},
            ["bad.json"],
            [
                "error: bad.json: invalid state machine 'bad' (3 problems):",
                "  - a Wait state needs exactly one of Seconds, SecondsPath, Timestamp, "
                "TimestampPath, got none  @ States.W",
                "  - StartAt 'Missing' is not a state here; states are: 'A', 'W'  @ StartAt",
                "  - Next target 'Nowhere' does not exist; states here are: 'A', 'W'  "
                "@ States.A.Next",
            ],
        ),
        (
            {"serverless.yml": BAD_SERVERLESS},
            ["serverless.yml"],
            [
                "error: serverless.yml: invalid state machine 'orders' (4 problems):",
                "  - Next target 'Ship' does not exist; states here are: 'Pay', 'Parallel'  "
                "@ stepFunctions.stateMachines.orders.definition.States.Pay.Next",
                "  - Pass state has neither Next nor End; set next_state=... or end=True  "
                "@ stepFunctions.stateMachines.orders.definition.States.Parallel.Branches[0]"
                ".States.X",
                "  - no terminal state is reachable: add a Succeed or Fail state, or end=True on "
                "the last state  @ stepFunctions.stateMachines.orders.definition.States.Parallel"
                ".Branches[0].States",
                "  - state 'Parallel' is unreachable from 'Pay'; link to it from another state or "
                "remove it  @ stepFunctions.stateMachines.orders.definition.States.Parallel",
            ],
        ),
    ],
)
def test_import_invalid_definitions_exit_1_with_every_problem(
    workdir: Path, files: Mapping[str, str], args: list[str], lines: list[str]
) -> None:
    for name, text in files.items():
        (workdir / name).write_text(text, encoding="utf-8")
    result = invoke("import", *args, "-o", "out.py")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines() == lines
    assert not (workdir / "out.py").exists()


NOT_WORKFLOWS = {
    "list.json": "[1, 2]",
    "other.json": '{"a": 1, "b": 2}',
    "described.json": json.dumps({"name": "x", "definition": json.dumps(ASL)}),
    "stack.yaml": "Resources:\n  M: {Type: AWS::StepFunctions::StateMachine}\n",
    "broken.json": '{"StartAt": ',
    "broken.yml": "a: [\n",
    "no_steps.yml": "service: shop\nprovider: {name: aws}\n",
    "latin1.json": "",
    "empty.yml": "\n",
    "text.json": '"StartAt"',
}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.json"], "no such file: missing.json"),
        (["."], "no such file: . (a directory, not a file)"),
        (
            ["latin1.json"],
            "cannot read latin1.json: it is not UTF-8 text (byte 0xe9 at offset 13); the "
            "document to import must be a UTF-8 text file",
        ),
        (
            ["list.json"],
            "list.json holds a list; expected an ASL definition (an object with StartAt and "
            "States) or a serverless.yml with a stepFunctions section",
        ),
        (
            ["text.json"],
            "text.json holds a string; expected an ASL definition (an object with StartAt and "
            "States) or a serverless.yml with a stepFunctions section",
        ),
        (
            ["empty.yml"],
            "empty.yml is empty; expected an ASL definition (JSON or YAML) or a serverless.yml "
            "with a stepFunctions section",
        ),
        (
            ["other.json"],
            "other.json is not an ASL definition (an object with StartAt and States) or a "
            "serverless.yml with a stepFunctions section; its top-level keys are: a, b",
        ),
        (
            ["described.json"],
            "described.json is not an ASL definition (an object with StartAt and States) or a "
            "serverless.yml with a stepFunctions section; its top-level keys are: name, "
            "definition (for `aws stepfunctions describe-state-machine` output, save its "
            "definition field to a file and use that)",
        ),
        (
            ["stack.yaml"],
            "stack.yaml is not an ASL definition (an object with StartAt and States) or a "
            "serverless.yml with a stepFunctions section; its top-level keys are: Resources "
            "(for a CloudFormation template, save the Definition of its "
            "AWS::StepFunctions::StateMachine to a file and use that)",
        ),
        (
            ["broken.json"],
            "broken.json is not valid JSON: Expecting value: line 1 column 13 (char 12)",
        ),
        (
            ["no_steps.yml"],
            "no_steps.yml: a serverless.yml to import needs 'stepFunctions.stateMachines' (a "
            "mapping of state machines), got no stepFunctions section",
        ),
        (
            ["ok.asl.json", "-o", "no/such/dir/flows.py"],
            "cannot write no/such/dir/flows.py: the folder no/such/dir does not exist; create "
            "it first",
        ),
        (
            ["ok.asl.json", "-o", "ok.asl.json/flows.py"],
            "cannot write ok.asl.json/flows.py: ok.asl.json is a file, not a folder",
        ),
        (
            ["ok.asl.json", "-o", "."],
            "-o . is a directory; give a file name, e.g. -o workflows.py",
        ),
        (
            ["ok.asl.json", "-o", "ok.asl.json", "--force"],
            "-o ok.asl.json is the file being imported; write the Python code to another file",
        ),
        (
            ["ok.asl.json", "--param", "stage=prod"],
            "--param sets serverless.yml variables; ok.asl.json is an ASL definition, which has "
            "none",
        ),
        (
            ["ok.asl.json", "--param", "stage"],
            "--param expects KEY=VALUE (e.g. --param stage=prod), got 'stage'",
        ),
        (
            ["ok.asl.json", "--name", "my machine"],
            "--name: a state machine name must be 1-80 letters, digits, '-' or '_', got "
            "'my machine'",
        ),
        (
            [str(SERVERLESS / "seed_000_hello.yml"), "--name", "x"],
            "--name names the state machine of an ASL definition; a serverless.yml names its "
            "own (stepFunctions.stateMachines.KEY.name)",
        ),
    ],
)
def test_import_usage_errors_exit_2(workdir: Path, args: list[str], message: str) -> None:
    for name, text in NOT_WORKFLOWS.items():
        (workdir / name).write_text(text, encoding="utf-8")
    (workdir / "latin1.json").write_bytes('{"StartAt": "é"}'.encode("latin-1"))
    result = invoke("import", *args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"error: {message}\n"


def test_import_unreadable_yaml_exits_2(workdir: Path) -> None:
    (workdir / "broken.yml").write_text("a: [\n", encoding="utf-8")
    result = invoke("import", "broken.yml")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith("error: broken.yml is not valid YAML: while parsing")


# --- graph ----------------------------------------------------------------------------

needs_dot = pytest.mark.skipif(
    shutil.which("dot") is None, reason="graphviz `dot` is not installed"
)
TWO_MACHINES = """
from sfdsl import Pass, StateMachine
from sfdsl.cfn import App

app = App("two").add(StateMachine(Pass("A"), name="first")).add(
    StateMachine(Pass("B"), name="second")
)
"""


def _ok_machine() -> sfdsl.StateMachine:
    return sfdsl.StateMachine.from_asl(ASL, name="ok")


@pytest.mark.parametrize(
    ("args", "draw"),
    [
        ([], to_mermaid),
        (["--format", "mermaid"], to_mermaid),
        (["-f", "dot"], to_dot),
    ],
)
def test_graph_prints_text_formats(
    workdir: Path, args: list[str], draw: Callable[[sfdsl.StateMachine], str]
) -> None:
    result = invoke("graph", "ok.asl.json", *args)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == draw(_ok_machine())


def test_graph_of_a_python_target(workdir: Path) -> None:
    result = invoke("graph", "flows.py:failing")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:7] == [
        "---",
        'title: "failing"',
        "---",
        "flowchart TD",
        '    n0(("Start"))',
        '    n2(["Boom<br/>Fail: Oops"])',
        '    n1((("End")))',
    ]


@pytest.mark.parametrize(
    ("file", "draw"),
    [
        ("diagram.mmd", to_mermaid),
        ("diagram.mermaid", to_mermaid),
        ("d.dot", to_dot),
        ("d.gv", to_dot),
        ("d.txt", to_mermaid),
    ],
)
def test_graph_format_follows_the_output_suffix(
    workdir: Path, file: str, draw: Callable[[sfdsl.StateMachine], str]
) -> None:
    result = invoke("graph", "ok.asl.json", "-o", file)
    assert (result.exit_code, result.stdout) == (0, "")
    fmt = "dot" if draw is to_dot else "mermaid"
    assert result.stderr == (f"wrote {file}: {fmt} diagram of state machine 'ok' (ok.asl.json)\n")
    assert (workdir / file).read_text(encoding="utf-8") == draw(_ok_machine())


@needs_dot
@pytest.mark.parametrize("args", [["-o", "d.svg"], ["-f", "svg", "-o", "d.out"], ["-f", "svg"]])
def test_graph_svg(workdir: Path, args: list[str]) -> None:
    result = invoke("graph", "ok.asl.json", *args)
    assert result.exit_code == 0
    text = result.stdout if "-o" not in args else (workdir / args[-1]).read_text("utf-8")
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    labels = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"Start", "A", "Pass", "End"} <= labels


@needs_dot
def test_graph_png(workdir: Path) -> None:
    result = invoke("graph", "ok.asl.json", "-o", "d.png")
    assert result.exit_code == 0
    assert (workdir / "d.png").read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize("args", [["-f", "svg"], ["-o", "d.svg"], ["-o", "d.png"]])
def test_graph_without_graphviz_says_how_to_install_it(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.setenv("PATH", str(workdir / "empty"))
    result = invoke("graph", "ok.asl.json", *args)
    assert (result.exit_code, result.stdout) == (2, "")
    fmt = "png" if args[-1].endswith(".png") else "svg"
    assert result.stderr == (
        f"error: rendering {fmt} needs graphviz's `dot` program, which is not on PATH; "
        f"{GRAPHVIZ_INSTALL_HINT}\n"
    )
    assert "conda install -c conda-forge graphviz" in result.stderr
    assert not (workdir / "d.svg").exists()


@pytest.mark.parametrize(("name", "label"), [("first", "A"), ("second", "B")])
def test_graph_picks_a_machine_of_an_app(workdir: Path, name: str, label: str) -> None:
    (workdir / "two.py").write_text(TWO_MACHINES, encoding="utf-8")
    result = invoke("graph", "two.py", "--state-machine", name)
    assert result.exit_code == 0
    assert f'    n2("{label}<br/>Pass")' in result.stdout.splitlines()


@pytest.mark.parametrize(
    ("target", "args", "message"),
    [
        (
            "two.py",
            [],
            "two.py:app holds several state machines ('first', 'second'); choose one with "
            "--state-machine NAME",
        ),
        (
            "two.py",
            ["--state-machine", "third"],
            "two.py:app has no state machine 'third' ('first', 'second'); choose one with "
            "--state-machine NAME",
        ),
        (
            "ok.asl.json",
            ["--state-machine", "other"],
            "ok.asl.json is one state machine ('ok'), not 'other'; drop --state-machine",
        ),
        (
            "ok.asl.json",
            ["-f", "png"],
            "png is binary: write it to a file with -o FILE.png (or use --format svg)",
        ),
        ("missing.py", [], "no such file: missing.py"),
        ("empty_app.py", [], "empty_app.py:app holds no state machines; add one to the App"),
        (
            "ok.asl.json",
            ["-o", "no/such/dir/d.mmd"],
            "cannot write no/such/dir/d.mmd: the folder no/such/dir does not exist; "
            "create it first",
        ),
    ],
)
def test_graph_usage_errors_exit_2(
    workdir: Path, target: str, args: list[str], message: str
) -> None:
    (workdir / "two.py").write_text(TWO_MACHINES, encoding="utf-8")
    (workdir / "empty_app.py").write_text(
        "from sfdsl.cfn import App\n\napp = App('empty')\n", encoding="utf-8"
    )
    result = invoke("graph", target, *args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"error: {message}\n"


def test_graph_of_an_invalid_workflow_exits_1(workdir: Path) -> None:
    result = invoke("graph", "invalid.py")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.startswith("error: invalid state machine (1 problem):\n")


def test_graph_an_app_with_one_machine_needs_no_name(workdir: Path) -> None:
    (workdir / "shop.py").write_text(APP, encoding="utf-8")
    result = invoke("graph", "shop.py", "-f", "dot")
    assert result.exit_code == 0
    assert result.stdout.startswith('digraph "notify" {\n')


# --------------------------------------------------------------------------- hostile input


def _nested_parallel(levels: int) -> dict[str, Any]:
    graph: dict[str, Any] = {"StartAt": "L", "States": {"L": {"Type": "Pass", "End": True}}}
    for i in range(levels):
        state = {"Type": "Parallel", "Branches": [graph], "End": True}
        graph = {"StartAt": f"P{i}", "States": {f"P{i}": state}}
    return graph


@pytest.mark.parametrize(
    ("args", "given"),
    [
        (["build", "flows.py:ok", "-o", "flows.py"], "flows.py"),
        (["build", "ok.asl.json", "-o", "./ok.asl.json"], "ok.asl.json"),
        (["graph", "ok.asl.json", "-o", "ok.asl.json"], "ok.asl.json"),
        (["graph", "flows.py:ok", "-o", "link.py"], "flows.py"),
        (["build", "flows.py:ok", "-o", "hard.py"], "flows.py"),
    ],
    ids=["build-python", "build-asl", "graph-asl", "graph-via-symlink", "build-via-hard-link"],
)
def test_output_over_an_input_is_refused(workdir: Path, args: list[str], given: str) -> None:
    (workdir / "link.py").symlink_to("flows.py")
    (workdir / "hard.py").hardlink_to("flows.py")
    before = {p.name: p.read_bytes() for p in workdir.iterdir() if p.is_file()}
    result = invoke(*args)
    output = Path(args[-1])
    assert (result.exit_code, result.stderr) == (
        2,
        f"error: -o {output} is {given}, an input of this command; writing it would destroy the "
        "input: write to another file\n",
    )
    assert {p.name: p.read_bytes() for p in workdir.iterdir() if p.is_file()} == before


def test_output_over_a_module_targets_file_is_refused(workdir: Path) -> None:
    result = invoke("build", "flows:ok", "-o", "flows.py")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: -o flows.py is ")
    assert result.stderr.endswith(
        ", an input of this command; writing it would destroy the input: write to another file\n"
    )
    assert (workdir / "flows.py").read_text(encoding="utf-8") == textwrap.dedent(FLOWS)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize(
    "args",
    [["build", "ok.asl.json"], ["graph", "ok.asl.json"], ["import", "ok.asl.json", "--force"]],
)
def test_a_failed_write_leaves_the_previous_file(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    (workdir / "out.txt").write_text("previous", encoding="utf-8")

    def full_disk(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.replace", full_disk)
    result = invoke(*args, "-o", "out.txt")
    assert (result.exit_code, result.stderr) == (
        2,
        "error: cannot write out.txt: No space left on device\n",
    )
    assert (workdir / "out.txt").read_text(encoding="utf-8") == "previous"
    assert _leftovers(workdir) == []


def test_ctrl_c_while_writing_leaves_the_previous_file(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (workdir / "out.json").write_text("previous", encoding="utf-8")

    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("os.fsync", interrupted)
    result = invoke("build", "ok.asl.json", "-o", "out.json")
    assert result.exit_code == 130  # click's exit code for an interrupt (128 + SIGINT)
    assert (workdir / "out.json").read_text(encoding="utf-8") == "previous"
    assert _leftovers(workdir) == []


def test_outputs_are_written_whole_with_the_usual_mode(workdir: Path) -> None:
    import os
    import stat

    mask = os.umask(0o022)
    try:
        result = invoke("build", "ok.asl.json", "-o", "new.json")
    finally:
        os.umask(mask)
    assert result.exit_code == 0
    assert json.loads((workdir / "new.json").read_text(encoding="utf-8"))["Resources"]
    assert stat.S_IMODE((workdir / "new.json").stat().st_mode) == 0o644
    (workdir / "new.json").chmod(0o600)
    assert invoke("build", "ok.asl.json", "-o", "new.json").exit_code == 0
    assert stat.S_IMODE((workdir / "new.json").stat().st_mode) == 0o600
    assert _leftovers(workdir) == []


HOSTILE_NAMES = {"start": "A\x1b[31mRED", "state": "B\x1b]0;pwn\x07\u202e", "next": "Nope\x00\x9b"}
HOSTILE_ASL = {
    "StartAt": HOSTILE_NAMES["start"],
    "States": {HOSTILE_NAMES["state"]: {"Type": "Pass", "Next": HOSTILE_NAMES["next"]}},
}
HIDDEN = ("\x1b", "\x00", "\x07", "\x9b", "\u202e")


def test_terminal_escapes_in_messages_are_shown_escaped(workdir: Path) -> None:
    (workdir / "esc.json").write_text(json.dumps(HOSTILE_ASL), encoding="utf-8")
    result = invoke("validate", "esc.json")
    assert result.exit_code == 1
    assert not any(c in result.stderr for c in HIDDEN)
    state = "B\\x1b]0;pwn\\x07\\u202e"
    assert result.stderr.splitlines()[0] == "error: invalid state machine 'esc' (3 problems):"
    assert f"  - StartAt 'A\\x1b[31mRED' is not a state here; states are: '{state}'  @ StartAt" in (
        result.stderr.splitlines()
    )


def test_terminal_escapes_in_json_output_stay_the_same_json(workdir: Path) -> None:
    (workdir / "esc.json").write_text(json.dumps(HOSTILE_ASL), encoding="utf-8")
    result = invoke("validate", "esc.json", "--json")
    assert result.exit_code == 1
    assert not any(c in result.stdout for c in HIDDEN)
    problems = json.loads(result.stdout)["error"]["problems"]
    assert {p["path"] for p in problems} >= {"StartAt", f"States.{HOSTILE_NAMES['state']}"}


def test_terminal_escapes_in_warnings_are_shown_escaped(workdir: Path) -> None:
    (workdir / "w.yaml").write_text(
        'StartAt: A\nStates:\n  A: {Type: Pass, Result: {"k\\x1b": yes}, End: true}\n',
        encoding="utf-8",
    )
    result = invoke("validate", "w.yaml")
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout
    assert result.stdout.splitlines() == [
        "w.yaml: valid state machine 'w' (1 state, 1 warning)",
        "warning: w.yaml line 3: the unquoted yes is read as the boolean true (YAML 1.1 reads "
        'yes as true); write "yes" (quoted) to keep the text, or true for the boolean  @ '
        "States.A.Result.k\\x1b",
    ]


PAYLOAD_QUOTA = (
    "is larger than 262,144 bytes, the Step Functions quota for an execution's input (256 KiB "
    "as UTF-8, https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html); pass a "
    "reference to the data (an S3 object) instead"
)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero (a POSIX system)")
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--input", "@/dev/zero"], f"--input file /dev/zero {PAYLOAD_QUOTA}"),
        (
            ["--mocks", "/dev/zero", "--test-case", "T"],
            "the mock configuration '/dev/zero' is larger than 16,777,216 bytes, the most sfdsl "
            "reads (MAX_FILE_BYTES in docs/limits.md)",
        ),
    ],
)
def test_endless_input_files_are_read_only_up_to_their_limit(
    workdir: Path, args: list[str], message: str
) -> None:
    result = invoke("run", "ok.asl.json", *args)
    assert (result.exit_code, result.stderr) == (2, f"error: {message}\n")


def test_the_execution_input_quota_is_the_services(workdir: Path) -> None:
    fits = json.dumps("x" * (262_144 - 2))
    assert invoke("run", "ok.asl.json", "--input", fits).exit_code == 0
    over = json.dumps("x" * (262_144 - 1))
    result = invoke("run", "ok.asl.json", "--input", over)
    assert (result.exit_code, result.stderr) == (2, f"error: --input {PAYLOAD_QUOTA}\n")
    result = invoke("run", "ok.asl.json", "--input", "@-", input=over)
    assert (result.exit_code, result.stderr) == (2, f"error: --input @- (stdin) {PAYLOAD_QUOTA}\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "[" * 100_000 + "]" * 100_000,
            " nests objects and arrays more than 256 levels deep, deeper than sfdsl reads "
            "(MAX_DEPTH in docs/limits.md); flatten the data or split the workflow",
        ),
        (
            "[" * 300 + "]" * 300,
            " nests objects and arrays more than 256 levels deep (at ..." + "[0]" * 20 + "), "
            "deeper than sfdsl reads (MAX_DEPTH in docs/limits.md); flatten the data or split "
            "the workflow",
        ),
        (
            "1" * 4_301,
            ": the number 11111111111111111111... has more than 4,300 digits, more than Python "
            "reads (MAX_INT_DIGITS in docs/limits.md); write it as a string",
        ),
    ],
    ids=["deeper-than-python", "deeper-than-the-limit", "long-integer"],
)
def test_execution_inputs_beyond_the_limits_are_usage_errors(
    workdir: Path, text: str, message: str
) -> None:
    (workdir / "in.json").write_text(text, encoding="utf-8")
    result = invoke("run", "ok.asl.json", "--input", "@in.json")
    assert (result.exit_code, result.stderr) == (2, f"error: --input file in.json{message}\n")


DEFINITION_QUOTA = (
    "the definition is 1,100,069 characters of JSON, over the 1,048,576 characters Step "
    "Functions accepts (the 1 MB hard quota on a state machine definition, "
    "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html); move parts into "
    "other state machines that a Task starts (arn:aws:states:::states:startExecution)"
)


@pytest.mark.parametrize("command", ["validate", "build"])
def test_a_definition_over_the_service_quota_is_invalid(workdir: Path, command: str) -> None:
    big = {
        "StartAt": "A",
        "States": {"A": {"Type": "Pass", "Result": "x" * 1_100_000, "End": True}},
    }
    (workdir / "big.json").write_text(json.dumps(big), encoding="utf-8")
    result = (
        invoke(command, "big.json", "-o", "out.json")
        if command == "build"
        else invoke(command, "big.json")
    )
    assert (result.exit_code, result.stderr) == (
        1,
        f"error: invalid state machine 'big' (1 problem):\n  - {DEFINITION_QUOTA}\n",
    )
    assert not (workdir / "out.json").exists()


def test_a_definition_at_the_service_quota_is_valid(workdir: Path) -> None:
    asl = {"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "", "End": True}}}
    room = 1_048_576 - len(json.dumps(asl, separators=(",", ":")))
    asl["States"]["A"]["Result"] = "x" * room
    (workdir / "max.json").write_text(json.dumps(asl), encoding="utf-8")
    assert invoke("validate", "max.json").exit_code == 0


TOO_DEEP_FILE = (
    "nests objects and arrays more than 256 levels deep (at ...{tail}), deeper than sfdsl reads "
    "(MAX_DEPTH in docs/limits.md); flatten the data or split the workflow"
)


@pytest.mark.parametrize("command", ["validate", "build", "run", "graph", "import"])
def test_nesting_deeper_than_the_limit_is_a_message_in_every_command(
    workdir: Path, command: str
) -> None:
    (workdir / "deep.json").write_text(json.dumps(_nested_parallel(170)), encoding="utf-8")
    result = invoke(command, "deep.json")
    # import reads the document itself first, so its message has no "invalid definition" head.
    head = "" if command == "import" else "invalid definition (1 problem):\n  - "
    tail = ".Branches[0].States.P107.Branches[0].States.P106.Branches[0]"
    assert (result.exit_code, result.stderr) == (
        2,
        f"error: {head}deep.json {TOO_DEEP_FILE.format(tail=tail)}\n",
    )


@pytest.mark.parametrize("command", ["validate", "build", "run", "graph", "import"])
def test_the_deepest_nesting_read_works_in_every_command(workdir: Path, command: str) -> None:
    (workdir / "deep.json").write_text(json.dumps(_nested_parallel(63)), encoding="utf-8")
    result = invoke(command, "deep.json")
    assert (result.exit_code, "Traceback" in result.stderr) == (0, False)


DEEP_PYTHON = """
from sfdsl import Parallel, Pass, StateMachine

inner = Pass("L")
for i in range({levels}):
    inner = Parallel(f"P{{i}}", branches=[inner])
machine = StateMachine(inner, name="deep")
"""


@pytest.mark.parametrize(
    ("command", "code"), [("validate", 1), ("build", 1), ("run", 1), ("graph", 0)]
)
def test_python_workflows_nested_past_the_recursion_limit_are_a_message(
    workdir: Path, command: str, code: int
) -> None:
    from sfdsl.cli import _TOO_DEEP

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)  # Python's default, whatever earlier tests set
    try:
        _run_deep_python(workdir, command, code, _TOO_DEEP)
    finally:
        sys.setrecursionlimit(limit)


def _run_deep_python(workdir: Path, command: str, code: int, message: str) -> None:
    # 400 levels build (the module runs), but writing them as ASL goes deeper than Python's
    # recursion limit; diagrams are drawn without recursion.
    (workdir / "deep.py").write_text(DEEP_PYTHON.format(levels=400), encoding="utf-8")
    result = invoke(command, "deep.py")
    assert (result.exit_code, result.stderr) == (code, f"error: {message}\n" if code else "")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "bomb.yaml",
            "\n".join(
                ['a0: &a0 ["l","l","l","l","l","l","l","l","l"]']
                + [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
            )
            + "\nStartAt: A\nStates: {A: {Type: Pass, End: true}}\n",
        ),
        ("loop.yaml", "a: &x [*x]\nStartAt: A\nStates: {A: {Type: Pass, End: true}}\n"),
    ],
)
@pytest.mark.parametrize("command", ["validate", "build", "run", "graph"])
def test_yaml_alias_bombs_are_refused_quickly(
    workdir: Path, command: str, name: str, text: str
) -> None:
    (workdir / name).write_text(text, encoding="utf-8")
    result = invoke(command, name)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: invalid definition (1 problem):\n  - {name} line ")


@pytest.mark.parametrize("command", ["validate", "build", "run"])
def test_python_integers_longer_than_python_prints_are_a_message(
    workdir: Path, command: str
) -> None:
    (workdir / "big.py").write_text(
        "from sfdsl import Pass, StateMachine\n"
        'machine = StateMachine(Pass("A", result={"x": 10 ** 5000}), name="big")\n',
        encoding="utf-8",
    )
    result = invoke(command, "big.py")
    assert (result.exit_code, result.stderr) == (
        1,
        "error: invalid state 'A' (1 problem):\n  - an integer of more than 4,300 digits cannot "
        "be written as JSON text (MAX_INT_DIGITS in docs/limits.md); write it as a string  "
        "@ States.A.Result.x\n  (raised at big.py:2)\n",
    )


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["validate", "ok.asl.json", "x\u202ey"], "Got unexpected extra argument(s) (x\\u202ey)"),
        (["validate", "--x\x1b[2J"], "No such option: --x\\x1b[2J"),
        (["bu\u2066ild"], "No such command 'bu\\u2066ild'."),
    ],
    ids=["extra-argument", "option", "command"],
)
def test_usage_errors_show_hidden_characters_escaped(
    workdir: Path, args: list[str], shown: str
) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert shown in result.stderr
    assert not any(c in result.stderr for c in ("\x1b", "\u202e", "\u2066"))


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes (mkfifo) are POSIX")
def test_an_output_that_is_not_a_regular_file_is_written_to_not_replaced(workdir: Path) -> None:
    import os
    import stat
    import threading

    fifo = workdir / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = invoke("build", "ok.asl.json", "-o", "out.fifo", "--format", "json")
    reader.join(timeout=30)
    assert result.exit_code == 0
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0])["Resources"]
    assert _leftovers(workdir) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--input", "@in\x00.json"],
            "cannot read --input file in\\x00.json: embedded null byte",
        ),
    ],
)
def test_a_nul_in_an_input_file_name_is_a_usage_error(
    workdir: Path, args: list[str], message: str
) -> None:
    result = invoke("run", "ok.asl.json", *args)
    assert (result.exit_code, result.stderr) == (2, f"error: {message}\n")
