"""The ``sfdsl`` command: validate, build and run workflows from the shell.

Exit codes: 0 success, 1 invalid workflow, 2 usage error (a bad option, a TARGET that cannot
be loaded, unusable input or mocks). User mistakes print one message, never a traceback.

Example:
    >>> from typer.testing import CliRunner
    >>> result = CliRunner().invoke(app, ["validate", "examples/hello.py"])
    >>> result.exit_code, result.stdout
    (0, "examples/hello.py:machine: valid state machine 'hello' (3 states)\\n")
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from sfdsl._machine import StateMachine
    from sfdsl._target import Target
    from sfdsl.errors import Problem

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2

app = typer.Typer(
    name="sfdsl",
    help="Typed AWS Step Functions workflows: validate them, build CloudFormation, run locally.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

TARGET_HELP = (
    "A Python file (path/to/flows.py[:name]), a module (package.module[:name]) "
    "or an ASL file (.json, .asl.json, .yaml, .yml)."
)


class Format(str, enum.Enum):
    """Output formats of ``sfdsl build``."""

    json = "json"
    yaml = "yaml"


class _Failure(Exception):
    """Ends a command with *code* after its message was printed."""

    def __init__(self, code: int, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.problems = tuple(problems)


def _console(*, stderr: bool) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True, emoji=False, markup=False)


def _say(console: Console, label: str, style: str, message: str) -> None:
    from rich.text import Text

    console.print(Text.assemble((label, style), message))


def _problem_dict(problem: Problem) -> dict[str, str]:
    return {
        "message": problem.message,
        "path": problem.path,
        "code": problem.code,
        "severity": problem.severity,
    }


def _emit_json(data: Mapping[str, Any]) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    sys.stdout.flush()


@contextmanager
def _user_errors(*, locate: bool = False) -> Iterator[None]:
    """Turn sfdsl's errors into :class:`_Failure` with the exit code they deserve.

    With *locate*, an invalid workflow names the line of the user's code that built it.
    """
    from sfdsl.errors import (
        ExecutionSetupError,
        SfdslError,
        TargetError,
        ValidationError,
    )

    try:
        yield
    except (TargetError, ExecutionSetupError) as exc:
        raise _Failure(EXIT_USAGE, str(exc)) from None
    except ValidationError as exc:
        message = str(exc)
        if locate:
            from sfdsl._target import raised_at

            where = raised_at(exc)
            if where:
                message += f"\n  (raised at {where})"
        raise _Failure(EXIT_INVALID, message, exc.errors) from None
    except SfdslError as exc:
        raise _Failure(EXIT_INVALID, str(exc)) from None


def _load(target: str) -> Target:
    from sfdsl._target import load_target

    with _user_errors(locate=True):
        return load_target(target)


def _finish(failure: _Failure, payload: dict[str, Any] | None) -> NoReturn:
    """Print *failure* (as JSON into *payload* when given, else to stderr) and exit."""
    if payload is not None:
        payload["error"] = {
            "message": failure.message,
            "exit_code": failure.code,
            "problems": [_problem_dict(p) for p in failure.problems],
        }
        _emit_json(payload)
    else:
        _say(_console(stderr=True), "error: ", "bold red", failure.message)
    raise typer.Exit(failure.code)


def _count_states(asl: Mapping[str, Any]) -> int:
    total = 0
    for state in asl.get("States", {}).values():
        total += 1
        for branch in state.get("Branches", ()):
            total += _count_states(branch)
        for key in ("ItemProcessor", "Iterator"):
            if key in state:
                total += _count_states(state[key])
    return total


def _machine_label(machine: StateMachine) -> str:
    return f"state machine {machine.name!r}" if machine.name else "state machine"


def _version_callback(value: bool) -> None:
    if value:
        from sfdsl import __version__

        typer.echo(f"sfdsl {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Show the version and exit.",
            callback=_version_callback,
            is_eager=True,
        ),
    ] = False,
) -> None:
    """Typed AWS Step Functions workflows: validate them, build CloudFormation, run locally."""


@app.command()
def validate(
    target: Annotated[str, typer.Argument(help=TARGET_HELP, show_default=False, metavar="TARGET")],
    json_output: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of text.")
    ] = False,
) -> None:
    """Check a workflow: print every problem with its path (exit 1), or a one-line summary."""
    payload: dict[str, Any] | None = {"target": target} if json_output else None
    try:
        loaded = _load(target)
    except _Failure as failure:
        if payload is not None:
            payload.update(valid=False, machines=[], warnings=[])
        _finish(failure, payload)
    machines = loaded.machines
    if payload is not None:
        payload["target"] = loaded.label
        payload["valid"] = True
        payload["machines"] = [
            {"name": m.name, "states": _count_states(m.to_asl())} for m in machines
        ]
        payload["warnings"] = [_problem_dict(w) for m in machines for w in m.warnings]
        _emit_json(payload)
        return
    out = _console(stderr=False)
    for machine in machines:
        states = _count_states(machine.to_asl())
        summary = f"valid {_machine_label(machine)} ({states} state{'s' * (states != 1)}"
        if machine.warnings:
            n = len(machine.warnings)
            summary += f", {n} warning{'s' * (n != 1)}"
        out.print(f"{loaded.label}: {summary})")
        for warning in machine.warnings:
            _say(out, "warning: ", "yellow", str(warning))
    if loaded.kind == "app" and not machines:
        out.print(f"{loaded.label}: valid App (no state machines)")


def _parse_params(params: Sequence[str]) -> dict[str, str]:
    parsed: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            msg = f"--param expects KEY=VALUE (e.g. --param stage=prod), got {item!r}"
            raise _Failure(EXIT_USAGE, msg)
        if key in parsed and parsed[key] != value:
            msg = f"--param {key} is given twice ({parsed[key]!r} and {value!r}); give it once"
            raise _Failure(EXIT_USAGE, msg)
        parsed[key] = value
    return parsed


def _build_template(
    loaded: Target, fmt: Format, params: Mapping[str, str]
) -> tuple[str, Any, list[str]]:
    """The CloudFormation template of *loaded*: its text, its data and the build's warnings."""
    import warnings

    from sfdsl import cfn
    from sfdsl.errors import BuildError, SfdslWarning

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SfdslWarning)
        try:
            template = cfn.template_for(loaded.obj, parameters=params)
        except BuildError as exc:
            # A --param the App does not declare is a usage error, not an invalid workflow.
            if exc.problems and all(p.code == "unknown-parameter" for p in exc.problems):
                raise _Failure(EXIT_USAGE, str(exc), exc.errors) from None
            raise
        text = cfn.render(template, fmt.value)
    found = [str(w.message) for w in caught if issubclass(w.category, SfdslWarning)]
    return text if text.endswith("\n") else text + "\n", template.to_dict(), found


@app.command()
def build(
    target: Annotated[str, typer.Argument(help=TARGET_HELP, show_default=False, metavar="TARGET")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE instead of stdout.",
            metavar="FILE",
            dir_okay=False,
        ),
    ] = None,
    fmt: Annotated[
        Format | None,
        typer.Option("--format", "-f", help="json or yaml (default: from -o's suffix, else json)."),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="A build parameter the App declares, KEY=VALUE (repeatable), e.g. stage=prod.",
            metavar="KEY=VALUE",
        ),
    ] = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print a JSON report (and the template) on stdout.")
    ] = False,
) -> None:
    """Build the CloudFormation template of a workflow or App (JSON or YAML)."""
    payload: dict[str, Any] | None = {"target": target} if json_output else None
    if fmt is None:
        yaml_suffix = output is not None and output.suffix.lower() in (".yaml", ".yml")
        fmt = Format.yaml if yaml_suffix else Format.json
    try:
        params = _parse_params(param or ())
        loaded = _load(target)
        if payload is not None:
            payload["target"] = loaded.label
        with _user_errors():
            text, data, build_warnings = _build_template(loaded, fmt, params)
        if output is not None:
            try:
                output.write_text(text, encoding="utf-8")
            except OSError as exc:
                msg = f"cannot write {output}: {exc.strerror or exc}"
                raise _Failure(EXIT_USAGE, msg) from None
    except _Failure as failure:
        _finish(failure, payload)
    warnings_out = [str(w) for m in loaded.machines for w in m.warnings] + build_warnings
    resources = len(data.get("Resources", {}))
    if payload is not None:
        payload.update(
            format=fmt.value,
            output=None if output is None else str(output),
            resources=resources,
            warnings=warnings_out,
        )
        if output is None:
            payload["template"] = data
        _emit_json(payload)
        return
    err = _console(stderr=True)
    for warning in warnings_out:
        _say(err, "warning: ", "yellow", warning)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        what = f"{resources} resource{'s' * (resources != 1)}"
        _say(
            err, "wrote ", "green", f"{output}: CloudFormation template of {loaded.label} ({what})"
        )


def _read_input(value: str | None) -> Any:
    if value is None:
        return None
    where = "--input"
    text = value
    if value.startswith("@"):
        name = value[1:]
        where = f"--input file {name}"
        if name == "-":
            text = sys.stdin.read()
        else:
            try:
                text = Path(name).read_text(encoding="utf-8")
            except OSError as exc:
                msg = f"cannot read {where}: {exc.strerror or exc}"
                raise _Failure(EXIT_USAGE, msg) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        msg = (
            f"{where} is not valid JSON: {exc}; quote it for the shell, e.g. --input '{{\"a\": 1}}'"
        )
        raise _Failure(EXIT_USAGE, msg) from None


def _pick_machine(loaded: Target, name: str | None) -> StateMachine:
    by_name = loaded.machines_by_name
    if loaded.kind == "machine" or len(by_name) == 1:
        return next(iter(by_name.values()))
    if name is not None and name in by_name:
        return by_name[name]
    names = ", ".join(map(repr, by_name)) or "none"
    found = f"has no state machine {name!r}" if name is not None else "holds several state machines"
    msg = f"{loaded.label} {found} ({names}); choose one with --state-machine NAME"
    raise _Failure(EXIT_USAGE, msg)


@app.command()
def run(
    target: Annotated[str, typer.Argument(help=TARGET_HELP, show_default=False, metavar="TARGET")],
    input_: Annotated[
        str | None,
        typer.Option(
            "--input",
            "-i",
            help="The execution input: JSON text, or @file.json (@- reads stdin). Default {}.",
            metavar="JSON|@FILE",
        ),
    ] = None,
    mocks: Annotated[
        Path | None,
        typer.Option(
            "--mocks",
            help="A Step Functions Local mock configuration (MockConfigFile.json).",
            metavar="FILE",
            dir_okay=False,
        ),
    ] = None,
    test_case: Annotated[
        str | None,
        typer.Option("--test-case", help="The test case of the mock file to use.", metavar="NAME"),
    ] = None,
    state_machine: Annotated[
        str | None,
        typer.Option(
            "--state-machine",
            help="The state machine of the mock file (default: its only one).",
            metavar="NAME",
        ),
    ] = None,
    history: Annotated[
        bool, typer.Option("--history", help="Add the execution history to the output.")
    ] = False,
) -> None:
    """Run a workflow locally with mocked tasks and virtual time; print one JSON object.

    The object is {"status": "SUCCEEDED", "output": ...} or {"status": "FAILED", "error": ...,
    "cause": ...} (plus "history" with --history). Exit 0 whenever the run happened.
    """
    try:
        if mocks is None and test_case is not None:
            msg = "--test-case selects mocks from a mock file; give the file with --mocks FILE"
            raise _Failure(EXIT_USAGE, msg)
        if mocks is not None and test_case is None:
            msg = "--mocks needs --test-case NAME (the test case of the mock file to use)"
            raise _Failure(EXIT_USAGE, msg)
        execution_input = _read_input(input_)
        loaded = _load(target)
        if mocks is None and state_machine is not None and loaded.kind != "app":
            msg = (
                "--state-machine picks a state machine of an App or of the mock file; "
                "give the mock file with --mocks FILE"
            )
            raise _Failure(EXIT_USAGE, msg)
        machine = _pick_machine(loaded, state_machine)
        from sfdsl import _runner
        from sfdsl.errors import ExecutionSetupError

        with _user_errors():
            task_mocks = None
            if mocks is not None:
                assert test_case is not None
                config = _runner.load_mock_config(mocks)
                in_file = config.state_machines
                # Several machines in the mock file: the one named like the machine being run.
                name = state_machine
                if name is None and len(in_file) > 1 and machine.name in in_file:
                    name = machine.name
                task_mocks = config.mocks_for(test_case, name)
            try:
                execution = _runner.run(machine, execution_input, mocks=task_mocks)
            except ExecutionSetupError as exc:
                if str(exc).startswith("no mock for") and mocks is None:
                    msg = f"{exc}\n  (sfdsl run: give mocks with --mocks FILE --test-case NAME)"
                    raise _Failure(EXIT_USAGE, msg) from None
                raise
    except _Failure as failure:
        _finish(failure, None)
    _emit_json(execution.to_json_dict(history=history))


def main() -> None:
    """Run the ``sfdsl`` command (the console script's entry point)."""
    app(prog_name="sfdsl")


__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "Format", "app", "main"]


if __name__ == "__main__":
    main()
