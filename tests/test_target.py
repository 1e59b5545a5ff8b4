"""Loading command-line targets: files, modules, ASL documents, and the errors users meet."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from sfdsl import Pass, StateMachine, Succeed
from sfdsl._target import (
    format_user_error,
    is_app,
    load_target,
    machines_of,
    not_asl_hint,
    raised_at,
    split_target,
)
from sfdsl.errors import DefinitionError, TargetError, ValidationError

TWO_MACHINES = """
from sfdsl import Pass, StateMachine

first = StateMachine(Pass("A"), name="first")
second = StateMachine(Pass("B"), name="second")
alias = first
"""

ONE_MACHINE = """
from sfdsl import Pass, StateMachine

COLOR = "blue"
machine = StateMachine(Pass("A"), name="only")
"""

RAISING = """
def load():
    raise RuntimeError("no config for stage 'dev'")


config = load()
"""

INVALID_WORKFLOW = """
from sfdsl import Pass, StateMachine, Task

machine = StateMachine(
    Pass("A").next(Task("A", resource="arn:aws:states:::lambda:invoke"))
)
"""

ASL = {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}}


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A current directory for user files; sys.path and sys.modules are restored afterwards."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    before = set(sys.modules)
    yield tmp_path
    # Forget the user modules imported from the folder (not the libraries they imported).
    for name in set(sys.modules) - before:
        if str(getattr(sys.modules[name], "__file__", None) or "").startswith(str(tmp_path)):
            del sys.modules[name]


def without_carets(text: str) -> str:
    """*text* without the ``~~^^`` marker lines that Python 3.11+ adds under a frame's code."""
    return "\n".join(line for line in text.splitlines() if not line.strip() or line.strip(" ~^"))


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("flows.py", ("flows.py", None)),
        ("flows.py:orders", ("flows.py", "orders")),
        ("pkg.flows:app.machine", ("pkg.flows", "app.machine")),
        ("pkg.flows", ("pkg.flows", None)),
        ("C:\\work\\flows.py", ("C:\\work\\flows.py", None)),
        ("C:\\work\\flows.py:m", ("C:\\work\\flows.py", "m")),
        ("flows.py:", ("flows.py:", None)),
        (":m", (":m", None)),
        ("a:b-c", ("a:b-c", None)),
    ],
)
def test_split_target(spec: str, expected: tuple[str, str | None]) -> None:
    assert split_target(spec) == expected


def test_file_with_one_machine_is_found_without_a_name(workdir: Path) -> None:
    write(workdir, "flows.py", ONE_MACHINE)
    target = load_target("flows.py")
    assert (target.kind, target.label, target.obj.name) == ("machine", "flows.py:machine", "only")
    assert target.machines == (target.obj,)


@pytest.mark.parametrize(("name", "machine"), [("first", "first"), ("second", "second")])
def test_name_selects_one_machine(workdir: Path, name: str, machine: str) -> None:
    write(workdir, "flows.py", TWO_MACHINES)
    target = load_target(f"flows.py:{name}")
    assert (target.label, target.obj.name) == (f"flows.py:{name}", machine)


def test_a_file_in_a_folder_imports_its_siblings(workdir: Path) -> None:
    write(workdir, "proj/shared.py", "from sfdsl import Pass\nSTART = Pass('Start')\n")
    write(
        workdir,
        "proj/flows.py",
        "from shared import START\nfrom sfdsl import StateMachine\nm = StateMachine(START)\n",
    )
    target = load_target("proj/flows.py")
    assert (target.label, target.obj.start_at) == ("proj/flows.py:m", "Start")


def test_module_target_is_imported_from_the_current_directory(workdir: Path) -> None:
    write(workdir, "pkg/__init__.py", "")
    write(workdir, "pkg/flows.py", TWO_MACHINES)
    target = load_target("pkg.flows:second")
    assert (target.label, target.obj.name) == ("pkg.flows:second", "second")


@pytest.mark.parametrize(
    ("files", "spec", "message"),
    [
        ({}, "missing.py", "no such file: missing.py"),
        ({}, "dir/missing.py:m", "no such file: dir/missing.py"),
        ({"sub/x.py": ""}, "sub/", "no such file: sub/ (a directory, not a file)"),
        (
            {"notes.txt": "hello"},
            "notes.txt",
            "notes.txt is neither a Python file (.py) nor an ASL file (.json, .yaml, .yml); "
            "rename it or give a module name",
        ),
        (
            {"flows.py": TWO_MACHINES},
            "flows.py",
            "flows.py defines 2 state machines (first, second); choose one with flows.py:NAME",
        ),
        (
            {"flows.py": "X = 1\n"},
            "flows.py",
            "flows.py defines no StateMachine or App at module level; "
            "assign one to a module-level name, e.g. `machine = StateMachine(...)`",
        ),
        (
            {"flows.py": TWO_MACHINES},
            "flows.py:third",
            "flows.py has no attribute 'third'; its state machines and Apps: first, second",
        ),
        (
            {"flows.py": ONE_MACHINE},
            "flows.py:COLOR",
            "flows.py:COLOR is a str, not a StateMachine or an App",
        ),
        (
            {
                "flows.py": "from sfdsl import Pass, StateMachine\nmachine = StateMachine(Pass('A'))\nLIMIT = 3\n"
            },
            "flows.py:LIMIT",
            "flows.py:LIMIT is an int, not a StateMachine or an App",
        ),
        (
            {},
            "no_such_module_here",
            "no module named 'no_such_module_here' (looked for 'no_such_module_here' from {cwd}); "
            "give a file path such as path/to/flows.py, or install the package",
        ),
        (
            {"pkg/__init__.py": ""},
            "pkg.nope:m",
            "no module named 'pkg.nope' (looked for 'pkg.nope' from {cwd}); "
            "give a file path such as path/to/flows.py, or install the package",
        ),
        (
            {},
            "not a module!",
            "'not a module!' is not a file, a module name or an ASL file; "
            "expected path/to/file.py[:name], package.module[:name] or definition.json",
        ),
        (
            {},
            "  ",
            "TARGET is empty; give a Python file, a module or an ASL file (JSON or YAML)",
        ),
        (
            {"flows.py": ONE_MACHINE},
            "flows.py:",
            "'flows.py:' ends with ':' but names nothing after it; name it (flows.py:NAME) or "
            "drop the ':'",
        ),
        (
            {"flow.json": json.dumps(ASL)},
            "flow.json:",
            "'flow.json:' ends with ':' but names nothing after it; drop the ':'",
        ),
        ({}, "flow.asl.json", "no such file: flow.asl.json"),
        (
            {"flow.json": json.dumps(ASL)},
            "flow.json:m",
            "flow.json:m: ':m' cannot select anything in an ASL file; drop ':m'",
        ),
    ],
)
def test_target_errors(workdir: Path, files: dict[str, str], spec: str, message: str) -> None:
    for name, text in files.items():
        write(workdir, name, text)
    with pytest.raises(TargetError) as info:
        load_target(spec)
    assert str(info.value) == message.format(cwd=workdir)


def test_exception_in_user_module_shows_only_user_frames(workdir: Path) -> None:
    write(workdir, "flows.py", RAISING)
    with pytest.raises(TargetError) as info:
        load_target("flows.py")
    assert without_carets(str(info.value)) == textwrap.dedent(
        """\
        flows.py raised:
          File "flows.py", line 5, in <module>
            config = load()
          File "flows.py", line 2, in load
            raise RuntimeError("no config for stage 'dev'")
        RuntimeError: no config for stage 'dev'"""
    )


def test_exception_in_user_module_imported_by_name(workdir: Path) -> None:
    write(workdir, "pkg/__init__.py", "")
    write(workdir, "pkg/flows.py", RAISING)
    with pytest.raises(TargetError) as info:
        load_target("pkg.flows")
    lines = str(info.value).splitlines()
    assert lines[0] == "pkg.flows raised:"
    assert lines[1] == '  File "pkg/flows.py", line 5, in <module>'
    assert lines[-1] == "RuntimeError: no config for stage 'dev'"


def test_syntax_error_shows_the_users_file_and_line(workdir: Path) -> None:
    write(workdir, "flows.py", "from sfdsl import Pass\nmachine = Pass('A'\n")
    with pytest.raises(TargetError) as info:
        load_target("flows.py")
    lines = str(info.value).splitlines()
    assert lines[:3] == [
        "flows.py cannot be imported:",
        '  File "flows.py", line 2',
        "    machine = Pass('A'",
    ]
    assert lines[-1].startswith("SyntaxError: ")
    assert "importlib" not in str(info.value)
    assert "sfdsl" not in str(info.value).replace("from sfdsl", "")


def test_missing_import_inside_user_module_is_the_users_error(workdir: Path) -> None:
    write(workdir, "pkg/__init__.py", "")
    write(workdir, "pkg/flows.py", "import no_such_dependency_xyz\n")
    with pytest.raises(TargetError) as info:
        load_target("pkg.flows")
    assert without_carets(str(info.value)) == textwrap.dedent(
        """\
        pkg.flows cannot be imported:
          File "pkg/flows.py", line 1, in <module>
            import no_such_dependency_xyz
        ModuleNotFoundError: No module named 'no_such_dependency_xyz'"""
    )


def test_chained_exceptions_show_both_with_user_frames(workdir: Path) -> None:
    write(
        workdir,
        "flows.py",
        """
        try:
            {}["stage"]
        except KeyError as exc:
            raise ValueError("set STAGE") from exc
        """,
    )
    with pytest.raises(TargetError) as info:
        load_target("flows.py")
    assert without_carets(str(info.value)) == textwrap.dedent(
        """\
        flows.py raised:
          File "flows.py", line 2, in <module>
            {}["stage"]
        KeyError: 'stage'

        which caused:

          File "flows.py", line 4, in <module>
            raise ValueError("set STAGE") from exc
        ValueError: set STAGE"""
    )


def test_sys_exit_in_user_module_is_reported(workdir: Path) -> None:
    write(workdir, "flows.py", "import sys\nsys.exit('missing settings')\n")
    with pytest.raises(TargetError) as info:
        load_target("flows.py")
    assert str(info.value).splitlines()[-1] == "SystemExit: missing settings"


def test_invalid_workflow_in_user_module_raises_validation_error(workdir: Path) -> None:
    write(workdir, "flows.py", INVALID_WORKFLOW)
    with pytest.raises(ValidationError) as info:
        load_target("flows.py")
    assert [p.code for p in info.value.problems] == ["duplicate-state-name"]
    assert raised_at(info.value) == "flows.py:3"
    assert "flows" not in sys.modules


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("orders.json", json.dumps(ASL)),
        ("orders.asl.json", json.dumps(ASL)),
        ("orders.yaml", "StartAt: A\nStates:\n  A: {Type: Pass, End: true}\n"),
        ("orders.yml", "StartAt: A\nStates:\n  A: {Type: Pass, End: true}\n"),
    ],
)
def test_asl_files_are_read_with_the_file_stem_as_name(workdir: Path, name: str, text: str) -> None:
    write(workdir, name, text)
    target = load_target(name)
    assert (target.kind, target.label, target.obj.name) == ("machine", name, "orders")
    assert target.obj.to_asl() == ASL


def test_asl_file_whose_stem_is_not_a_machine_name_gets_no_name(workdir: Path) -> None:
    write(workdir, "my flow.json", json.dumps(ASL))
    assert load_target("my flow.json").obj.name is None


def test_invalid_asl_file_raises_validation_error(workdir: Path) -> None:
    bad = {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}}}
    write(workdir, "bad.json", json.dumps(bad))
    with pytest.raises(ValidationError) as info:
        load_target("bad.json")
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("States.A.Next", "Next target 'B' does not exist; states here are: 'A'")
    ]


def test_unreadable_asl_file_raises_definition_error(workdir: Path) -> None:
    write(workdir, "bad.json", '{"StartAt": ')
    with pytest.raises(DefinitionError):
        load_target("bad.json")


CFN_TEMPLATE = {
    "AWSTemplateFormatVersion": "2010-09-09",
    "Resources": {"Flow": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {}}},
}
DESCRIBE_OUTPUT = {
    "stateMachineArn": "arn:aws:states:us-east-1:123456789012:stateMachine:flow",
    "name": "flow",
    "definition": json.dumps(ASL),
    "roleArn": "arn:aws:iam::123456789012:role/flow",
}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            b"\x9e\xff{}",
            "cannot read flow.json: it is not UTF-8 text (byte 0x9e at offset 0); "
            "the ASL definition must be a UTF-8 text file",
        ),
        (b"", "flow.json is empty; expected an ASL definition (an object with StartAt and States)"),
        (
            b"  \n",
            "flow.json is empty; expected an ASL definition (an object with StartAt and States)",
        ),
        (
            json.dumps(CFN_TEMPLATE).encode(),
            "flow.json is not an ASL definition (an object with StartAt and States); for a "
            "CloudFormation template, save the Definition of its AWS::StepFunctions::StateMachine "
            "to a file and use that",
        ),
        (
            json.dumps(DESCRIBE_OUTPUT).encode(),
            "flow.json is not an ASL definition (an object with StartAt and States); for `aws "
            "stepfunctions describe-state-machine` output, save its definition field to a file "
            "and use that",
        ),
    ],
)
def test_asl_files_that_hold_no_definition_raise_target_error(
    workdir: Path, content: bytes, message: str
) -> None:
    (workdir / "flow.json").write_bytes(content)
    with pytest.raises(TargetError) as info:
        load_target("flow.json")
    assert str(info.value) == message


def test_an_asl_target_that_is_a_directory_says_so(workdir: Path) -> None:
    (workdir / "flows.json").mkdir()
    with pytest.raises(TargetError) as info:
        load_target("flows.json")
    assert str(info.value) == "no such file: flows.json (a directory, not a file)"


@pytest.mark.parametrize(
    ("doc", "hinted"),
    [
        (CFN_TEMPLATE, True),
        ({"AWSTemplateFormatVersion": "2010-09-09"}, True),
        (DESCRIBE_OUTPUT, True),
        (ASL, False),
        ({"StartAt": "A", "Resources": {}}, False),
        ([CFN_TEMPLATE], False),
        ({"definition": {"StartAt": "A"}}, False),
    ],
)
def test_not_asl_hint_recognises_templates_and_describe_output(doc: object, hinted: bool) -> None:
    assert (not_asl_hint(doc) is not None) is hinted


class App:
    """Stands in for ``sfdsl.cfn.App``: detected by class name and module, holding deployments."""

    __module__ = "sfdsl.cfn._app"

    def __init__(self, *machines: StateMachine) -> None:
        self.deployments = tuple(Deployment(m) for m in machines)


class Deployment:
    def __init__(self, machine: StateMachine) -> None:
        self.machine = machine


def test_an_app_wins_over_the_machines_it_holds(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = type(sys)("fake_apps")
    one, two = StateMachine(Pass("A"), name="one"), StateMachine(Succeed("B"), name="two")
    module.one, module.two, module.app = one, two, App(one, two)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_apps", module)
    target = load_target("fake_apps")
    assert (target.kind, target.label) == ("app", "fake_apps:app")
    assert target.machines == (one, two)


def test_two_apps_need_a_name(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = type(sys)("fake_apps")
    module.dev, module.prod = App(), App()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_apps", module)
    with pytest.raises(TargetError) as info:
        load_target("fake_apps")
    assert str(info.value) == "fake_apps defines 2 Apps (dev, prod); choose one with fake_apps:NAME"


@pytest.mark.parametrize(
    ("obj", "expected"), [(App(), True), (object(), False), (StateMachine(Pass("A")), False)]
)
def test_is_app(obj: object, expected: bool) -> None:
    assert is_app(obj) is expected


def test_machines_of_an_app() -> None:
    machine = StateMachine(Pass("A"))
    assert machines_of(App(machine)) == (machine,)
    assert machines_of(object()) == ()


def test_format_user_error_without_traceback() -> None:
    assert format_user_error(KeyError("x")) == "KeyError: 'x'"


def test_a_python_file_larger_than_sfdsl_reads_is_refused(workdir: Path) -> None:
    with (workdir / "huge.py").open("wb") as out:
        out.truncate(16 * 1_048_576 + 1)
    with pytest.raises(TargetError) as info:
        load_target("huge.py")
    assert str(info.value) == (
        "huge.py is 16,777,217 bytes, larger than the 16,777,216 bytes sfdsl reads "
        "(MAX_FILE_BYTES in docs/limits.md); split it into modules"
    )
