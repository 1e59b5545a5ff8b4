"""The README's examples and commands work as written, and CI runs the README's test command."""

from __future__ import annotations

import doctest
import json
import re
import shlex
import shutil
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sfdsl.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def blocks(language: str, text: str = README) -> list[str]:
    return [body for lang, body in FENCE.findall(text) if lang == language]


def section(title: str) -> str:
    start = README.index(f"\n## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start : end if end != -1 else None]


def intro() -> str:
    """The README before its first section: what sfdsl is, the two commands, the example."""
    return README[: README.index("\n## ")]


def test_the_readme_opens_with_what_sfdsl_is() -> None:
    lines = README.splitlines()
    assert lines[0] == "# sfdsl"
    assert lines[2].startswith("sfdsl is a typed Python DSL for AWS Step Functions.")


def test_the_python_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    python = blocks("python")
    assert len(python) == 2
    for code in python:
        exec(compile(code, "README.md", "exec"), namespace)
    assert len(python[0].strip().splitlines()) <= 20


def test_the_error_session_shows_what_python_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    """The ``pycon`` block, after the first example, runs as a doctest."""
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    exec(compile(blocks("python")[0], "README.md", "exec"), namespace)
    (session,) = blocks("pycon")
    test = doctest.DocTestParser().get_doctest(session, namespace, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False) == doctest.TestResults(failed=0, attempted=3)


def test_the_two_fresh_machine_commands_come_first() -> None:
    assert blocks("console", intro()) == [
        "pip install . && sfdsl build examples/hello.py\n",
        "pip install nox && nox -s tests lint typecheck\n",
    ]


def test_ci_runs_exactly_the_readme_test_command() -> None:
    test_command = blocks("console", intro())[1].strip()
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in script.splitlines() if line.strip() and not line.startswith("#")]
    assert commands[-1] == test_command
    assert commands[:-1] == ["set -euo pipefail", 'cd "$(dirname "$0")/.."']


def test_the_build_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    command = blocks("console", intro())[0].split("&&")[1].strip()
    args = shlex.split(command)
    assert args[0] == "sfdsl"
    result = CliRunner().invoke(app, args[1:])
    assert result.exit_code == 0
    template = json.loads(result.stdout)
    assert {r["Type"] for r in template["Resources"].values()} == {
        "AWS::StepFunctions::StateMachine",
        "AWS::IAM::Role",
    }


def test_the_validate_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    first = blocks("console", section("Validate"))[0].splitlines()[0]
    result = CliRunner().invoke(app, shlex.split(first)[1:])
    assert (result.exit_code, result.stdout) == (
        0,
        "examples/hello.py:machine: valid state machine 'hello' (3 states)\n",
    )


def test_the_run_command_prints_what_the_readme_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_section = section("Run locally")
    (command,) = blocks("console", run_section)
    shown_output, mock_config = blocks("json", run_section)
    (tmp_path / "examples").mkdir()
    shutil.copy(ROOT / "examples" / "hello.py", tmp_path / "examples" / "hello.py")
    (tmp_path / "MockConfigFile.json").write_text(mock_config, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "path", list(sys.path))
    result = CliRunner().invoke(app, shlex.split(command)[1:])
    assert result.exit_code == 0
    assert result.stdout == shown_output


def test_the_readme_links_to_files_that_exist() -> None:
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", README)
    local = [link for link in links if "://" not in link]
    assert "docs/getting-started.md" in local
    assert [link for link in local if not (ROOT / link).exists()] == []
