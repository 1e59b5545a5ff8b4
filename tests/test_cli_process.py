"""The ``sfdsl`` command as users run it: a real process, its exit code, stdout and stderr."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from importlib.metadata import entry_points
from pathlib import Path

import pytest

FILES = {
    "flows.py": """
        from sfdsl import Fail, Pass, StateMachine

        hello = StateMachine(Pass("Hello", result={"greeting": "hi"}), name="hello")
        """,
    "failing.py": """
        from sfdsl import Fail, StateMachine

        machine = StateMachine(Fail("Boom", error="Oops", cause="on purpose"))
        """,
    "two.py": """
        from sfdsl import Pass, StateMachine

        first = StateMachine(Pass("A"))
        second = StateMachine(Pass("B"))
        """,
    "none.py": "X = 1\n",
    "syntax.py": """
        from sfdsl import Pass

        machine = Pass("A"
        """,
    "raising.py": """
        import os

        STAGE = os.environ["SFDSL_TEST_STAGE_THAT_IS_NOT_SET"]
        """,
    "invalid.py": """
        from sfdsl import Pass, StateMachine, Task

        machine = StateMachine(Pass("A").next(Task("A", resource="arn:aws:states:::sns:publish")))
        """,
    "invalid.json": json.dumps(
        {"StartAt": "Missing", "States": {"W": {"Type": "Wait", "End": True}}}
    ),
    "ok.asl.json": json.dumps({"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}}),
    "flow.asl.yaml": """
        StartAt: A
        States:
          A:
            Type: Pass
            End: true
        """,
    "serverless.yml": """
        service: shop
        stepFunctions:
          stateMachines:
            hello:
              definition:
                StartAt: A
                States:
                  A:
                    Type: Pass
                    End: true
        """,
    "chatty.py": """
        from sfdsl import Pass, StateMachine

        print("loading chatty")
        machine = StateMachine(Pass("A"), name="chatty")
        """,
    "long.py": """
        from sfdsl import Pass, StateMachine

        chain = Pass("S0")
        for i in range(1, 2000):
            chain = chain.next(Pass(f"S{i}"))
        machine = StateMachine(chain, name="long", comment="Étapes → 2000")
        """,
    "slow.py": """
        import time

        time.sleep(30)
        """,
    "mocks.json": json.dumps(
        {
            "StateMachines": {"ok": {"TestCases": {"Happy": {}}}},
            "MockedResponses": {},
        }
    ),
}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    for name, text in FILES.items():
        (folder / name).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return folder


def sfdsl(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "sfdsl.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_the_console_script_is_sfdsl_cli_main() -> None:
    (script,) = entry_points(group="console_scripts", name="sfdsl")
    assert script.value == "sfdsl.cli:main"


def test_version(workdir: Path) -> None:
    from sfdsl import __version__

    done = sfdsl(workdir, "--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"sfdsl {__version__}\n", "")


def test_validate_ok(workdir: Path) -> None:
    done = sfdsl(workdir, "validate", "flows.py")
    assert (done.returncode, done.stdout) == (
        0,
        "flows.py:hello: valid state machine 'hello' (1 state)\n",
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["run", "flows.py"], {"status": "SUCCEEDED", "output": {"greeting": "hi"}}),
        (
            [
                "run",
                "ok.asl.json",
                "--input",
                '{"n": [1, 2]}',
                "--mocks",
                "mocks.json",
                "--test-case",
                "Happy",
            ],
            {"status": "SUCCEEDED", "output": {"n": [1, 2]}},
        ),
        (["run", "failing.py"], {"status": "FAILED", "error": "Oops", "cause": "on purpose"}),
    ],
)
def test_run_prints_exactly_one_json_object_and_exits_0(
    workdir: Path, args: list[str], expected: dict[str, object]
) -> None:
    done = sfdsl(workdir, *args)
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout) == expected


def test_run_with_history_adds_the_events(workdir: Path) -> None:
    done = sfdsl(workdir, "run", "flows.py", "--history")
    assert done.returncode == 0
    out = json.loads(done.stdout)
    assert sorted(out) == ["history", "output", "status"]
    assert [e["type"] for e in out["history"]] == [
        "ExecutionStarted",
        "PassStateEntered",
        "PassStateExited",
        "ExecutionSucceeded",
    ]


@pytest.mark.parametrize(
    ("args", "code", "first_line"),
    [
        (["validate", "missing.py"], 2, "error: no such file: missing.py"),
        (["build", "missing.py"], 2, "error: no such file: missing.py"),
        (["run", "missing.json"], 2, "error: no such file: missing.json"),
        (["validate", "syntax.py"], 2, "error: syntax.py cannot be imported:"),
        (["validate", "raising.py"], 2, "error: raising.py raised:"),
        (
            ["validate", "none.py"],
            2,
            "error: none.py defines no StateMachine or App at module level; "
            "assign one to a module-level name, e.g. `machine = StateMachine(...)`",
        ),
        (
            ["build", "two.py"],
            2,
            "error: two.py defines 2 state machines (first, second); choose one with two.py:NAME",
        ),
        (["validate", "invalid.py"], 1, "error: invalid state machine (1 problem):"),
        (["build", "invalid.py"], 1, "error: invalid state machine (1 problem):"),
        (["run", "invalid.py"], 1, "error: invalid state machine (1 problem):"),
        (["validate", "invalid.json"], 1, "error: invalid state machine 'invalid' (2 problems):"),
        (
            ["run", "flows.py", "--input", "{not json}"],
            2,
            "error: --input is not valid JSON: Expecting property name enclosed in double "
            "quotes: line 1 column 2 (char 1); quote it for the shell, e.g. --input '{\"a\": 1}'",
        ),
        (
            ["run", "ok.asl.json", "--mocks", "mocks.json", "--test-case", "Sad"],
            2,
            "error: test case 'Sad' is not defined for state machine 'ok'; it defines 'Happy'",
        ),
        (
            ["run", "flows.py", "--mocks", "mocks.json"],
            2,
            "error: --mocks needs --test-case NAME (the test case of the mock file to use)",
        ),
        (["run", "--bogus", "flows.py"], 2, "Usage: sfdsl run [OPTIONS] {TARGET}"),
        (["import", "missing.json"], 2, "error: no such file: missing.json"),
        (
            ["import", "flows.py"],
            2,
            "error: flows.py is Python code already; sfdsl import reads an ASL definition (JSON or "
            "YAML) or a serverless.yml (check the code with `sfdsl validate`)",
        ),
        (
            ["import", "invalid.json"],
            1,
            "error: invalid.json: invalid state machine 'invalid' (2 problems):",
        ),
        (
            ["import", "ok.asl.json", "-o", "flows.py"],
            2,
            "error: flows.py already exists; pass --force to overwrite it",
        ),
        (
            ["graph", "two.py"],
            2,
            "error: two.py defines 2 state machines (first, second); choose one with two.py:NAME",
        ),
        (["graph", "invalid.py"], 1, "error: invalid state machine (1 problem):"),
        (
            ["graph", "flows.py", "-f", "png"],
            2,
            "error: png is binary: write it to a file with -o FILE.png (or use --format svg)",
        ),
    ],
)
def test_user_mistakes_exit_with_one_message_and_no_traceback(
    workdir: Path, args: list[str], code: int, first_line: str
) -> None:
    done = sfdsl(workdir, *args)
    assert done.returncode == code
    assert done.stdout == ""
    assert done.stderr.splitlines()[0] == first_line
    assert "Traceback" not in done.stderr


def test_syntax_error_message_shows_the_users_file_and_line(workdir: Path) -> None:
    done = sfdsl(workdir, "validate", "syntax.py")
    lines = done.stderr.splitlines()
    assert lines[1:3] == ['  File "syntax.py", line 3', '    machine = Pass("A"']
    assert lines[-1].startswith("SyntaxError: ")
    assert "importlib" not in done.stderr
    assert "sfdsl/" not in done.stderr


def test_module_error_shows_only_the_users_frames(workdir: Path) -> None:
    done = sfdsl(workdir, "validate", "raising.py")
    lines = [line for line in done.stderr.splitlines() if line.strip(" ~^")]
    assert lines[1:3] == [
        '  File "raising.py", line 3, in <module>',
        '    STAGE = os.environ["SFDSL_TEST_STAGE_THAT_IS_NOT_SET"]',
    ]
    assert lines[-1] == "KeyError: 'SFDSL_TEST_STAGE_THAT_IS_NOT_SET'"
    # os.environ's own frame (the standard library) is kept, sfdsl's and importlib's are not
    assert "importlib" not in done.stderr
    assert "sfdsl" not in done.stderr.replace("SFDSL_TEST", "")


def test_validate_json_is_one_object_on_stdout_even_for_errors(workdir: Path) -> None:
    done = sfdsl(workdir, "validate", "invalid.json", "--json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert (report["valid"], report["error"]["exit_code"]) == (False, 1)
    assert sorted(p["path"] for p in report["error"]["problems"]) == ["StartAt", "States.W"]


def test_importing_the_cli_stays_light() -> None:
    heavy = [
        "rich",
        "yaml",
        "troposphere",
        "awacs",
        "jsonata",
        "sfdsl._runner",
        "sfdsl.cfn",
        "sfdsl._codegen",
        "sfdsl._serverless",
        "sfdsl._diagram",
    ]
    code = f"import sys, sfdsl.cli; print([m for m in {heavy!r} if m in sys.modules])"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout == "[]\n"


@pytest.mark.parametrize(
    ("args", "absent"),
    [
        # typer converts option values through pydantic models; sfdsl converts its own kinds.
        (["build", "ok.asl.json", "-o", "template.json"], ["pydantic", "rich"]),
        (["validate", "ok.asl.json", "--param", "stage=prod"], ["pydantic", "rich"]),
        (["graph", "ok.asl.json", "--format", "dot"], ["pydantic", "rich"]),
        # rich is imported to colour a message on a terminal only; stderr is a pipe here.
        (["validate", "invalid.json"], ["pydantic", "rich"]),
    ],
)
def test_a_command_imports_neither_pydantic_nor_rich_off_a_terminal(
    workdir: Path, args: list[str], absent: list[str]
) -> None:
    code = (
        "import sys\n"
        "from sfdsl.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        f"    print([m for m in {absent!r} if m in sys.modules], file=sys.__stdout__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout.splitlines()[-1] == "[]", done.stderr


def _modules_left_loaded(workdir: Path, args: list[str], modules: list[str]) -> list[str]:
    """Which of *modules* the command ``sfdsl ARGS`` has loaded once it has finished."""
    code = (
        "import json, sys\n"
        "from sfdsl.cli import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit:\n"
        f"    loaded = [m for m in {modules!r} if m in sys.modules]\n"
        "    print(json.dumps(loaded), file=sys.__stdout__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=workdir,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return list(json.loads(done.stdout.splitlines()[-1]))


SERVERLESS_MODULES = ["sfdsl._serverless", "sfdsl.cfn", "troposphere", "awacs"]


@pytest.mark.parametrize("source", ["ok.asl.json", "flow.asl.yaml"])
def test_importing_an_asl_file_loads_neither_the_serverless_importer_nor_troposphere(
    workdir: Path, source: str
) -> None:
    assert _modules_left_loaded(workdir, ["import", source], SERVERLESS_MODULES) == []


def test_importing_a_serverless_yml_loads_its_importer(workdir: Path) -> None:
    # The check above sees these modules when a command loads them.
    loaded = _modules_left_loaded(workdir, ["import", "serverless.yml"], SERVERLESS_MODULES)
    assert loaded == SERVERLESS_MODULES


YAML_MODULES = ["sfdsl._yaml", "yaml"]


@pytest.mark.parametrize(
    "args",
    [
        ["run", "ok.asl.json"],
        ["graph", "ok.asl.json"],
        ["mock", "ok.asl.json"],
        ["import", "ok.asl.json"],
    ],
)
def test_a_command_reading_a_json_file_imports_no_yaml(workdir: Path, args: list[str]) -> None:
    assert _modules_left_loaded(workdir, args, YAML_MODULES) == []


def test_a_command_reading_a_yaml_file_imports_the_yaml_reader(workdir: Path) -> None:
    # The check above sees these modules when a command loads them.
    assert _modules_left_loaded(workdir, ["run", "flow.asl.yaml"], YAML_MODULES) == YAML_MODULES


def test_run_stdout_is_only_the_json_even_when_the_module_prints(workdir: Path) -> None:
    done = sfdsl(workdir, "run", "chatty.py")
    assert (done.returncode, done.stderr) == (0, "loading chatty\n")
    assert json.loads(done.stdout) == {"status": "SUCCEEDED", "output": {}}


@pytest.mark.parametrize("command", ["run", "build"])
def test_non_ascii_output_on_an_ascii_stdout_is_still_the_same_json(
    workdir: Path, command: str
) -> None:
    args = ["--input", '{"name": "Zoë → ☃"}'] if command == "run" else []
    done = subprocess.run(
        [sys.executable, "-m", "sfdsl.cli", command, "long.py", *args],
        cwd=workdir,
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii"},
    )
    assert (done.returncode, done.stderr) == (0, b"")
    data = json.loads(done.stdout)
    if command == "run":
        assert data["output"] == {"name": "Zoë → ☃"}
    else:
        (machine,) = (r for r in data["Resources"].values() if r["Type"].endswith("StateMachine"))
        assert machine["Properties"]["Definition"]["Comment"] == "Étapes → 2000"


@pytest.mark.parametrize("colours", [{}, {"FORCE_COLOR": "1"}], ids=["plain", "through rich"])
def test_a_summary_naming_a_non_ascii_file_on_an_ascii_stdout_is_written_as_utf8(
    tmp_path: Path, colours: dict[str, str]
) -> None:
    (tmp_path / "zoë.asl.json").write_text(FILES["ok.asl.json"], encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "sfdsl.cli", "validate", "zoë.asl.json"],
        cwd=tmp_path,
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, "PYTHONIOENCODING": "ascii", **colours},
    )
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.decode("utf-8") == "zoë.asl.json: valid state machine (1 state)\n"


def test_a_closed_pipe_ends_the_command_without_a_traceback(workdir: Path) -> None:
    """`sfdsl build long.py | head -1`: the reader leaves before the template is written."""
    with subprocess.Popen(
        [sys.executable, "-m", "sfdsl.cli", "build", "long.py"],
        cwd=workdir,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        assert proc.stdout.read(1) == b"{"
        proc.stdout.close()
        stderr = proc.stderr.read()
        proc.wait(timeout=60)
    assert stderr == b""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT is a POSIX signal")
def test_ctrl_c_exits_130_without_a_traceback(workdir: Path) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "sfdsl.cli", "validate", "slow.py"],
        cwd=workdir,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        time.sleep(1.5)  # importing sfdsl and starting to run slow.py
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=60)
    assert (proc.returncode, stdout, stderr) == (130, b"", b"")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero (a POSIX system)")
def test_an_endless_stdin_input_is_read_only_up_to_the_quota(workdir: Path) -> None:
    with open("/dev/zero", "rb") as zeros:
        done = subprocess.run(
            [sys.executable, "-m", "sfdsl.cli", "run", "ok.asl.json", "--input", "@-"],
            cwd=workdir,
            stdin=zeros,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        "error: --input @- (stdin) is larger than 262,144 bytes, the Step Functions quota for an "
        "execution's input (256 KiB as UTF-8, "
        "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html); pass a "
        "reference to the data (an S3 object) instead\n"
    )


def test_terminal_escapes_never_reach_stderr_raw(workdir: Path) -> None:
    (workdir / "esc.json").write_text(
        json.dumps({"StartAt": "A\x1b[2J\u202e", "States": {"B": {"Type": "Pass", "End": True}}}),
        encoding="utf-8",
    )
    done = sfdsl(workdir, "validate", "esc.json")
    assert done.returncode == 1
    assert "\x1b" not in done.stderr
    assert "\u202e" not in done.stderr
    assert "StartAt 'A\\x1b[2J\\u202e' is not a state here" in done.stderr
