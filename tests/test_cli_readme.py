"""The README's examples and commands work as written, and CI runs the README's test command."""

from __future__ import annotations

import doctest
import json
import re
import shlex
import shutil
import subprocess
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


def test_ci_runs_exactly_the_readme_test_command_in_a_fresh_clone() -> None:
    test_command = blocks("console", intro())[1].strip()
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line for line in script.splitlines() if line.strip() and not line.startswith("#")]
    assert commands[-3:] == ['git clone --quiet "$repo" "$clone"', 'cd "$clone"', test_command]
    assert 'clone="$(mktemp -d)/sfdsl"' in commands


STUB = """#!/bin/sh
echo "$(basename "$0") $* @ $(pwd) beside: $(echo $(ls ..))" >> "{log}"
{extra}
"""


def _ci_run(tmp_path: Path, *, dot: bool, nox_status: int = 0) -> tuple[int, list[str], Path]:
    """Run .ci/run from a one-commit repository, with apt-get, pip and nox replaced by stubs."""
    repo = tmp_path / "project"
    (repo / ".ci").mkdir(parents=True)
    shutil.copy2(ROOT / ".ci" / "run", repo / ".ci" / "run")
    git = ["git", "-C", str(repo), "-c", "user.name=ci", "-c", "user.email=ci@example.com"]
    subprocess.run([*git, "init", "--quiet"], check=True)
    subprocess.run([*git, "add", ".ci/run"], check=True)
    subprocess.run([*git, "commit", "--quiet", "-m", "ci"], check=True)
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    for tool in ("bash", "git", "mktemp", "dirname", "basename", "rm", "ls"):
        (bin_ / tool).symlink_to(shutil.which(tool) or tool)
    log = tmp_path / "calls.log"
    dot_stub = STUB.format(log=log, extra="")
    stubs = {
        # apt-get install puts `dot` on the PATH, as the graphviz package does.
        "apt-get": STUB.format(
            log=log,
            extra=f'[ "$1" = install ] && printf %s \'{dot_stub}\' > "{bin_}/dot" '
            f'&& chmod +x "{bin_}/dot"; true',
        ),
        "pip": STUB.format(log=log, extra=""),
        "nox": STUB.format(log=log, extra=f"exit {nox_status}"),
    }
    if dot:
        stubs["dot"] = dot_stub
    for name, text in stubs.items():
        (bin_ / name).write_text(text)
        (bin_ / name).chmod(0o755)
    done = subprocess.run(
        ["/bin/sh", "-c", f'PATH="{bin_}" exec bash "{repo}/.ci/run"'],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    calls = log.read_text().splitlines() if log.exists() else []
    return done.returncode, calls, repo


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_ci_installs_graphviz_then_tests_a_fresh_clone_with_nothing_beside_it(
    tmp_path: Path,
) -> None:
    status, calls, repo = _ci_run(tmp_path, dot=False)
    assert status == 0
    tools = [call.split(" @ ")[0] for call in calls]
    assert tools == [
        "apt-get update",
        "apt-get install -y --no-install-recommends graphviz",
        "pip install nox",
        "nox -s tests lint typecheck",
    ]
    where, beside = calls[-1].split(" @ ")[1].split(" beside: ")
    assert Path(where).name == "sfdsl"
    assert Path(where) != repo
    assert beside == "sfdsl"
    assert not Path(where).exists()  # the temporary folder is removed afterwards


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("nox_status", [0, 1])
def test_ci_keeps_an_installed_graphviz_and_fails_when_the_tests_fail(
    tmp_path: Path, nox_status: int
) -> None:
    status, calls, _repo = _ci_run(tmp_path, dot=True, nox_status=nox_status)
    assert status == nox_status
    assert [call.split(" ")[0] for call in calls] == ["pip", "nox"]


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
