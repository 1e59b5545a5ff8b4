"""The ``sfdsl`` command: validate, build, run, import and draw workflows from the shell.

Exit codes: 0 success, 1 invalid workflow, 2 usage error (a bad option, a TARGET that cannot
be loaded, unusable input or mocks). User mistakes print one message, never a traceback.

Example:
    >>> from typer.testing import CliRunner
    >>> result = CliRunner().invoke(app, ["validate", "examples/hello.py"])
    >>> result.exit_code, result.stdout
    (0, "examples/hello.py:machine: valid state machine 'hello' (3 states)\\n")
"""

from __future__ import annotations

import contextlib
import enum
import functools
import json
import math
import os
import secrets
import sys
import unicodedata
import warnings
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager, redirect_stdout
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperCommand, TyperGroup

from sfdsl import __version__
from sfdsl._codes import strict as all_errors
from sfdsl._limits import (
    MAX_FILE_BYTES,
    MAX_PAYLOAD_BYTES,
    check_depth,
    definition_size_problems,
    parse_int,
    read_limited,
    read_text_file,
    too_deep,
)
from sfdsl._load import parse_document
from sfdsl._machine import StateMachine, _machine_field_problems
from sfdsl._target import Target, load_target, not_asl_hint, raised_at, split_target
from sfdsl.errors import (
    BuildError,
    DefinitionError,
    DiagramError,
    ExecutionSetupError,
    LimitError,
    MissingMockError,
    Problem,
    SfdslError,
    SfdslWarning,
    TargetError,
    ValidationError,
)

# The rest of sfdsl (CloudFormation, the runner, the importers, diagrams) and rich are imported
# inside the commands that use them: each command loads only what it needs (`sfdsl graph`, or
# `sfdsl run` of an ASL file, never loads troposphere; see docs/performance.md).

try:
    # typer releases that convert option values through pydantic models (0.29 here).
    from typer._coercion import RuntimeParam as _RuntimeParam
    from typer._coercion import build_runtime_param
    from typer._param_types import coerce_cli_choice, coerce_cli_path
    from typer.core import _TyperParameter
except ImportError:  # pragma: no cover - older typer: click's own types convert the values
    _RuntimeParam = None  # type: ignore[assignment,misc]

if TYPE_CHECKING:
    from rich.console import Console

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


class _Group(TyperGroup):
    """The command group, whose usage errors show the user's text with hidden characters escaped.

    Click words its errors with the arguments given (``No such option: --x``); they reach the
    terminal through :func:`_printable` like every other message. Its commands convert their
    option values with :class:`_PlainValue`.
    """

    def get_params(self, ctx: Any) -> list[Any]:
        return _convert_plainly(super().get_params(ctx))

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        with _printable_usage_errors():
            return super().make_context(*args, **kwargs)

    def invoke(self, ctx: Any) -> Any:
        with _printable_usage_errors():
            return super().invoke(ctx)


if _RuntimeParam is not None:

    class _PlainValue(_RuntimeParam):
        """Converts a text, path, choice or list-of-text option value as typer does, by hand.

        typer converts each value through a pydantic model that it builds on first use, and
        importing pydantic for it takes longer than the rest of a small ``sfdsl build``.
        sfdsl's options are of these kinds, whose conversion is typer's own path and choice
        checks (the same messages) or none at all; a value of another kind (a flag's value
        from elsewhere than the command line) goes through typer's own conversion.
        """

        def _coerce_value(self, value: Any, param: _TyperParameter, ctx: Any) -> Any:
            kind = self.annotation
            if kind is str and isinstance(value, str):
                return value
            if kind == list[str] and all(isinstance(item, str) for item in value):
                return list(value)
            if kind is Path and isinstance(value, str | Path):
                return coerce_cli_path(
                    Path(value), self.parameter_info, path_type=Path, param=param, ctx=ctx
                )
            if isinstance(kind, type) and issubclass(kind, enum.Enum):
                try:
                    return coerce_cli_choice(
                        value,
                        choices=tuple(kind),
                        case_sensitive=self.parameter_info.case_sensitive,
                        ctx=ctx,
                    )
                except ValueError as exc:
                    raise typer.BadParameter(str(exc), ctx=ctx, param=param) from None
            typers = build_runtime_param(param.type_descriptor)
            return typers.coerce(value, param=param, ctx=ctx)


def _convert_plainly(params: list[Any]) -> list[Any]:
    """*params*, each made to convert its value with :class:`_PlainValue` instead of pydantic.

    A typer whose conversion is shaped otherwise keeps its own (tests/test_cli.py compares the
    two conversions, so an upgrade that changes them is seen).
    """
    if _RuntimeParam is None:
        return params
    for param in params:
        if isinstance(param, _TyperParameter) and getattr(param, "_runtime_param", 0) is None:
            descriptor = param.type_descriptor
            try:
                plain = _PlainValue(
                    parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
                )
            except TypeError:  # pragma: no cover - typer's RuntimeParam changed its fields
                return params
            param._runtime_param = plain
    return params


class _Command(TyperCommand):
    """A command that converts its option values with :class:`_PlainValue`."""

    def get_params(self, ctx: Any) -> list[Any]:
        return _convert_plainly(super().get_params(ctx))


@contextmanager
def _printable_usage_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        # Click's usage errors (vendored by typer) keep their text in .message.
        message = getattr(exc, "message", None)
        if isinstance(message, str):
            exc.message = _printable(message)  # type: ignore[attr-defined]
        raise


app = typer.Typer(
    cls=_Group,
    name="sfdsl",
    help=(
        "Typed AWS Step Functions workflows: validate them, build CloudFormation, run locally, "
        "import ASL or serverless.yml, draw diagrams."
    ),
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


class MockValidationMode(str, enum.Enum):
    """How ``sfdsl run`` checks mocked results against their integrations' output shapes.

    Example:
        >>> [m.value for m in MockValidationMode]
        ['strict', 'present', 'none']
    """

    strict = "strict"
    present = "present"
    none = "none"


class GraphFormat(str, enum.Enum):
    """Output formats of ``sfdsl graph``.

    Example:
        >>> [f.value for f in GraphFormat]
        ['mermaid', 'dot', 'svg', 'png']
    """

    mermaid = "mermaid"
    dot = "dot"
    svg = "svg"
    png = "png"


class _Failure(Exception):
    """Ends a command with *code* after its message was printed."""

    def __init__(self, code: int, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.problems = tuple(problems)


class _Console:
    """stdout or stderr, for the command's messages: in colour (with rich) on a terminal only.

    Elsewhere (a file, a pipe, a test) the messages are written as rich would write them there,
    plain text with tabs expanded, without importing rich, which a command that does little
    would otherwise spend much of its time on.
    """

    def __init__(self, *, stderr: bool) -> None:
        self.stderr = stderr
        self._rich: Console | None = None

    def say(self, label: str, style: str, message: str) -> None:
        stream = sys.stderr if self.stderr else sys.stdout
        plain = (label + _printable(message)).expandtabs() + "\n"
        if not _colours(stream):
            _write(stream, plain)
            return
        # rich loads only to colour a message on a terminal: every command's start-up skips it.
        from rich.text import Text

        if self._rich is None:
            # As for Text above.
            from rich.console import Console

            self._rich = Console(
                stderr=self.stderr, highlight=False, soft_wrap=True, emoji=False, markup=False
            )
        try:
            self._rich.print(Text.assemble((label, style), _printable(message)))
        except UnicodeEncodeError:  # a terminal whose encoding cannot hold the message
            _write(stream, plain)


def _colours(stream: Any) -> bool:
    """Whether rich may colour what goes to *stream*: a terminal, or forced by the environment.

    The variables are the ones rich reads (https://force-color.org/ and TTY_COMPATIBLE).
    """
    if "FORCE_COLOR" in os.environ or os.environ.get("TTY_COMPATIBLE") == "1":
        return True
    try:
        return bool(stream.isatty())
    except ValueError:  # a closed stream
        return False


def _console(*, stderr: bool) -> _Console:
    return _Console(stderr=stderr)


def _say(console: _Console, label: str, style: str, message: str) -> None:
    console.say(label, style, message)


# Characters a terminal acts on or hides instead of showing: controls (ESC starts ANSI escape
# sequences), format characters (bidi overrides, zero-width), line and paragraph separators,
# lone surrogates.
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs"})


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _printable(text: str, *, keep: str = "\n\t") -> str:
    """*text* with every character a terminal would act on written as an escape (``\\x1b``).

    Example:
        >>> _printable("state 'A\\x1b[31m\\u202e'\\n")
        "state 'A\\\\x1b[31m\\\\u202e'\\n"
    """
    if all(line.isprintable() for line in text.split("\n")):
        return text

    return "".join(
        _escaped(c) if c not in keep and unicodedata.category(c) in _HIDDEN_CATEGORIES else c
        for c in text
    )


def _json_printable(text: str) -> str:
    """JSON *text* with hidden characters as ``\\uXXXX`` escapes: the same JSON, safe to show.

    Outside its strings JSON text holds only spaces, newlines and visible characters, so each
    hidden character is inside a string, where a ``\\u`` escape means the same character.

    Example:
        >>> _json_printable('{"a": "\\u202e"}')
        '{"a": "\\\\u202e"}'
    """
    if all(line.isprintable() for line in text.split("\n")):
        return text

    return "".join(
        f"\\u{ord(c):04x}" if c != "\n" and unicodedata.category(c) in _HIDDEN_CATEGORIES else c
        for c in text
    )


def _problem_dict(problem: Problem) -> dict[str, str]:
    return {
        "message": problem.message,
        "path": problem.path,
        "code": problem.code,
        "severity": problem.severity,
    }


def _write_stdout(text: str, *, json_text: bool = False) -> None:
    """Write *text* to stdout, as UTF-8 when the terminal's encoding cannot hold it.

    JSON text gets its hidden characters escaped (the same JSON); other text only when stdout is
    a terminal, so a file or pipe receives it as built.
    """
    if json_text:
        text = _json_printable(text)
    elif sys.stdout.isatty():
        text = _printable(text)
    _write(sys.stdout, text)


def _write(stream: Any, text: str) -> None:
    """Write *text* to *stream*, as UTF-8 when the stream's encoding cannot hold it."""
    try:
        stream.write(text)
    except UnicodeEncodeError:
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            raise
        stream.flush()
        buffer.write(text.encode("utf-8"))
    stream.flush()


def _write_output(output: Path, content: str | bytes) -> None:
    """Write *content* to the -o FILE atomically; a failure is a usage error naming the file.

    The content goes to a new file in the same folder, which then replaces FILE in one step:
    a failure or Ctrl-C leaves FILE as it was, never half written. A FILE that is not a regular
    file (``/dev/stdout``, a named pipe) is written to as it is.
    """
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    # Replace the file a symbolic link points to, not the link.
    real = Path(os.path.realpath(output))
    try:
        if real.exists() and not real.is_file():
            with open(real, "wb") as stream:
                stream.write(data)
        else:
            _replace_atomically(real, data)
    except OSError as exc:
        msg = f"cannot write {output}: {exc.strerror or exc}"
        raise _Failure(EXIT_USAGE, msg) from None


def _replace_atomically(real: Path, data: bytes) -> None:
    temporary = real.with_name(f".{real.name}.{secrets.token_hex(6)}.tmp")
    # 0o666 less the umask: the mode a plain write would have given a new file.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if real.exists():
            os.chmod(temporary, real.stat().st_mode & 0o7777)
        os.replace(temporary, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _refuse_overwriting_input(output: Path | None, inputs: Sequence[str | Path | None]) -> None:
    """Refuse an -o FILE that is one of the command's input files (by path or same file)."""
    if output is None or not output.exists():
        return
    for given in inputs:
        if given is None:
            continue
        try:
            same = os.path.samefile(output, given)
        except (OSError, ValueError):
            continue
        if same:
            msg = (
                f"-o {output} is {given}, an input of this command; writing it would destroy "
                "the input: write to another file"
            )
            raise _Failure(EXIT_USAGE, msg)


def _emit_json(data: Mapping[str, Any]) -> None:
    text = _json_printable(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        # An ASCII-only stdout (PYTHONIOENCODING=ascii): escape, so it stays the same JSON.
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    sys.stdout.flush()


_TOO_DEEP = (
    "the workflow nests Parallel and Map states (or data) deeper than Python's recursion limit "
    "lets sfdsl follow; sfdsl reads documents up to 256 levels deep, 63 nested Parallel or Map "
    "states (MAX_DEPTH in docs/limits.md): flatten it, or move the inner levels into a state "
    "machine of their own"
)


@contextmanager
def _user_errors(*, locate: bool = False) -> Iterator[None]:
    """Turn sfdsl's errors into :class:`_Failure` with the exit code they deserve.

    With *locate*, an invalid workflow names the line of the user's code that built it.
    """
    try:
        yield
    except (TargetError, ExecutionSetupError, LimitError) as exc:
        raise _Failure(EXIT_USAGE, str(exc)) from None
    except RecursionError:
        raise _Failure(EXIT_INVALID, _TOO_DEEP) from None
    except ValidationError as exc:
        message = str(exc)
        if locate:
            where = raised_at(exc)
            if where:
                message += f"\n  (raised at {where})"
        raise _Failure(EXIT_INVALID, message, exc.errors) from None
    except SfdslError as exc:
        raise _Failure(EXIT_INVALID, str(exc)) from None


def _target_file(target: str) -> str:
    """The file or module part of a TARGET (without ``:name``)."""
    return split_target(target)[0]


def _load(target: str) -> Target:
    # What the user's module prints while it is imported goes to stderr: stdout holds only
    # the command's own output (JSON that scripts parse, a template, a diagram).
    with _user_errors(locate=True), redirect_stdout(sys.stderr):
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
    """Typed AWS Step Functions workflows: validate, build, run, import and draw them."""


StrictOption = Annotated[
    bool, typer.Option("--strict", help="Treat warnings as errors (exit 1 on any warning).")
]


def _refuse_warnings(loaded: Target, strict: bool, build: Sequence[str] | None = None) -> None:
    """With --strict, fail on the warnings as on errors: the machines', or the *build*'s.

    The build's warnings include each machine's own.
    """
    if not strict:
        return

    if build is None:
        found = [w for m in loaded.machines for w in m.warnings]
    else:
        found = [Problem(text, code="build-warning", severity="warning") for text in build]
    if found:
        errors = all_errors(found)
        error = ValidationError(errors, subject=f"{loaded.label} (--strict: warnings are errors)")
        raise _Failure(EXIT_INVALID, str(error), tuple(errors))


ParamOption = Annotated[
    list[str] | None,
    typer.Option(
        "--param",
        "-p",
        help="A build parameter the App declares, or the value of a ${KEY} placeholder "
        "that has none, KEY=VALUE (repeatable), e.g. stage=prod or TopicArn=arn:....",
        metavar="KEY=VALUE",
    ),
]


@app.command(cls=_Command)
def validate(
    target: Annotated[str, typer.Argument(help=TARGET_HELP, show_default=False, metavar="TARGET")],
    json_output: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of text.")
    ] = False,
    strict: StrictOption = False,
    param: ParamOption = None,
) -> None:
    """Check a workflow: print every problem with its path (exit 1), or a one-line summary.

    Every check of ``sfdsl build`` runs, with the same --param values.
    """
    payload: dict[str, Any] | None = {"target": target} if json_output else None
    try:
        params = _parse_params(param or ())
        loaded = _load(target)
        _refuse_warnings(loaded, strict)
    except _Failure as failure:
        if payload is not None:
            payload.update(valid=False, machines=[], warnings=[])
        _finish(failure, payload)
    machines = loaded.machines
    try:
        with _machine_warnings_on_failure(loaded, payload, stderr=False):
            definitions = _check_definition_sizes(loaded)
            app_warnings = _check_app(loaded, params)
        if app_warnings:
            _refuse_warnings(loaded, strict, [str(w) for w in app_warnings])
    except _Failure as failure:
        if payload is not None:
            found = payload.pop("warnings", [])
            payload.update(target=loaded.label, valid=False, machines=[], warnings=found)
        _finish(failure, payload)
    if payload is not None:
        payload["target"] = loaded.label
        payload["valid"] = True
        payload["machines"] = [
            {"name": m.name, "states": _count_states(asl)}
            for m, asl in zip(machines, definitions, strict=True)
        ]
        payload["warnings"] = [_problem_dict(w) for m in machines for w in m.warnings] + [
            _problem_dict(w) for w in app_warnings
        ]
        _emit_json(payload)
        return
    out = _console(stderr=False)
    for machine, asl in zip(machines, definitions, strict=True):
        states = _count_states(asl)
        summary = f"valid {_machine_label(machine)} ({_plural(states, 'state')}"
        if machine.warnings:
            summary += f", {_plural(len(machine.warnings), 'warning')}"
        _say(out, "", "", f"{loaded.label}: {summary})")
        for warning in machine.warnings:
            _say(out, "warning: ", "yellow", str(warning))
    for warning in app_warnings:
        _say(out, "warning: ", "yellow", str(warning))
    if loaded.kind == "app" and not machines:
        _say(out, "", "", f"{loaded.label}: valid App (no state machines)")


@contextmanager
def _machine_warnings_on_failure(
    loaded: Target, payload: dict[str, Any] | None, *, stderr: bool
) -> Iterator[None]:
    """When the checks fail (exit 1), print the machines' warnings first: they often say why.

    A misspelt parameter is a warning of the machine, and the build then fails for the one it
    lacks; the error alone would hide the cause. The warnings are printed as validate prints
    them (a line per machine that has some, then each warning), to stdout or *stderr*; with
    ``--json`` they are the report's ``warnings``, as problems for validate and as text for
    build, the shapes each command's report gives them when it succeeds.
    """
    try:
        yield
    except _Failure as failure:
        if failure.code != EXIT_INVALID:
            raise
        if payload is not None:
            found = [w for m in loaded.machines for w in m.warnings]
            payload["warnings"] = (
                [str(w) for w in found] if stderr else [_problem_dict(w) for w in found]
            )
            raise
        console = _console(stderr=stderr)
        for machine in loaded.machines:
            if not machine.warnings:
                continue
            count = _plural(len(machine.warnings), "warning")
            _say(console, "", "", f"{loaded.label}: {_machine_label(machine)} ({count})")
            for warning in machine.warnings:
                _say(console, "warning: ", "yellow", str(warning))
        raise


def _check_definition_sizes(loaded: Target) -> list[dict[str, Any]]:
    """Each machine's ASL; fail (exit 1) when one is over the service's definition quota."""
    definitions = []
    for machine in loaded.machines:
        with _user_errors():
            asl = machine.to_asl()
            problems = definition_size_problems(asl)
        if problems:
            error = ValidationError(problems, subject=_machine_label(machine))
            raise _Failure(EXIT_INVALID, str(error), problems)
        definitions.append(asl)
    return definitions


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


@contextmanager
def _build_errors() -> Iterator[None]:
    """A --param the App does not declare is a usage error, not an invalid workflow."""
    try:
        yield
    except BuildError as exc:
        if exc.problems and all(p.code == "unknown-parameter" for p in exc.problems):
            raise _Failure(EXIT_USAGE, str(exc), exc.errors) from None
        raise


def _check_app(loaded: Target, params: Mapping[str, str]) -> list[Problem]:
    """Every check of ``sfdsl build`` short of rendering, so that validate and build agree.

    Returns the build's warnings that are not the machines' own (IAM granted on a wildcard,
    a deprecated Lambda runtime...).
    """
    # sfdsl.cfn (troposphere, awacs, PyYAML) loads only for the commands that build a template.
    from sfdsl import cfn

    with _user_errors(), _build_errors():
        found = cfn.check(loaded.obj, parameters=params)
    own = {(w.message, w.code) for m in loaded.machines for w in m.warnings}
    return [w for w in found if (w.message, w.code) not in own]


def _build_template(
    loaded: Target, fmt: Format, params: Mapping[str, str]
) -> tuple[str, Any, list[str]]:
    """The CloudFormation template of *loaded*: its text, the troposphere Template (whose
    ``to_dict()`` the JSON report holds) and the build's warnings."""
    # sfdsl.cfn loads only for the commands that build a template (as above).
    from sfdsl import cfn

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", SfdslWarning)
        with _build_errors():
            template = cfn.template_for(loaded.obj, parameters=params)
        text = cfn.render(template, fmt.value)
    found = [str(w.message) for w in caught if issubclass(w.category, SfdslWarning)]
    return text if text.endswith("\n") else text + "\n", template, found


@app.command(cls=_Command)
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
    param: ParamOption = None,
    json_output: Annotated[
        bool, typer.Option("--json", help="Print a JSON report (and the template) on stdout.")
    ] = False,
    strict: StrictOption = False,
) -> None:
    """Build the CloudFormation template of a workflow or App (JSON or YAML).

    A lone machine's ${Name} placeholders without a value become template Parameters.
    """
    payload: dict[str, Any] | None = {"target": target} if json_output else None
    if fmt is None:
        yaml_suffix = output is not None and output.suffix.lower() in (".yaml", ".yml")
        fmt = Format.yaml if yaml_suffix else Format.json
    try:
        if output is not None:
            _check_output_folder(output)
        _refuse_overwriting_input(output, [_target_file(target)])
        params = _parse_params(param or ())
        loaded = _load(target)
        _refuse_overwriting_input(output, [loaded.source])
        if payload is not None:
            payload["target"] = loaded.label
        with _machine_warnings_on_failure(loaded, payload, stderr=True):
            _check_definition_sizes(loaded)
            with _user_errors():
                # The build reports each machine's own warnings too, with its logical id.
                text, template, build_warnings = _build_template(loaded, fmt, params)
        _refuse_warnings(loaded, strict, build_warnings)
        if output is not None:
            _write_output(output, text)
    except _Failure as failure:
        _finish(failure, payload)
    resources = len(template.resources)
    if payload is not None:
        payload.update(
            format=fmt.value,
            output=None if output is None else str(output),
            resources=resources,
            warnings=build_warnings,
        )
        if output is None:
            payload["template"] = template.to_dict()
        _emit_json(payload)
        return
    err = _console(stderr=True)
    for warning in build_warnings:
        _say(err, "warning: ", "yellow", warning)
    if output is None:
        _write_stdout(text)
    else:
        what = _plural(resources, "resource")
        _say(
            err, "wrote ", "green", f"{output}: CloudFormation template of {loaded.label} ({what})"
        )


def _reject_constant(name: str) -> NoReturn:
    msg = f"{name} is not JSON (JSON has no NaN or Infinity); write a number or null"
    raise ValueError(msg)


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        msg = f"the number {text} is out of range (JSON numbers are doubles, up to 1.8e308)"
        raise ValueError(msg)
    return value


def _read_input(values: Sequence[str]) -> Any:
    if not values:
        return None
    if len(values) > 1:
        listed = ", ".join(repr(v if len(v) <= 40 else v[:37] + "...") for v in values)
        msg = f"--input is given {len(values)} times ({listed}); give the execution input once"
        raise _Failure(EXIT_USAGE, msg)
    (value,) = values
    where = "--input"
    data: bytes | None
    if value.startswith("@"):
        name = value[1:]
        if not name:
            msg = "--input @ needs a file name, e.g. --input @input.json (or @- for stdin)"
            raise _Failure(EXIT_USAGE, msg)
        where = f"--input file {name}"
        try:
            if name == "-":
                where = "--input @- (stdin)"
                data = read_limited(sys.stdin.buffer, MAX_PAYLOAD_BYTES)
            else:
                with open(name, "rb") as stream:
                    data = read_limited(stream, MAX_PAYLOAD_BYTES)
        except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
            reason = exc.strerror if isinstance(exc, OSError) else None
            msg = f"cannot read {where}: {reason or exc}"
            raise _Failure(EXIT_USAGE, msg) from None
    else:
        data = value.encode("utf-8", "surrogatepass")
        if len(data) > MAX_PAYLOAD_BYTES:
            data = None
    if data is None:
        msg = (
            f"{where} is larger than {MAX_PAYLOAD_BYTES:,} bytes, the Step Functions quota for an "
            "execution's input (256 KiB as UTF-8, "
            "https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html); pass a "
            "reference to the data (an S3 object) instead"
        )
        raise _Failure(EXIT_USAGE, msg)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"cannot read {where}: it is not UTF-8 text (byte offset {exc.start})"
        raise _Failure(EXIT_USAGE, msg) from None
    return _parse_json(text, where, "quote it for the shell, e.g. --input '{\"a\": 1}'")


def _parse_json(text: str, where: str, hint: str) -> Any:
    """*text* as JSON, within sfdsl's limits; every failure a usage error naming *where*."""
    try:
        parsed = json.loads(
            text,
            parse_constant=_reject_constant,
            parse_float=_finite_float,
            parse_int=functools.partial(parse_int, origin=where),
        )
        check_depth(parsed, where)
    except json.JSONDecodeError as exc:
        msg = f"{where} is not valid JSON: {exc}" + (f"; {hint}" if hint else "")
        raise _Failure(EXIT_USAGE, msg) from None
    except RecursionError:
        raise _Failure(EXIT_USAGE, too_deep(where, "").problems[0].message) from None
    except LimitError as exc:
        raise _Failure(EXIT_USAGE, exc.problems[0].message) from None
    except ValueError as exc:
        raise _Failure(EXIT_USAGE, f"{where}: {exc}") from None
    return parsed


@app.command(cls=_Command)
def run(
    target: Annotated[str, typer.Argument(help=TARGET_HELP, show_default=False, metavar="TARGET")],
    input_: Annotated[
        list[str] | None,
        typer.Option(
            "--input",
            "-i",
            help="The execution input: JSON text, or @file.json (@- reads stdin). Default {}.",
            metavar="JSON|@FILE",
            show_default=False,
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
    strict: StrictOption = False,
    mock_validation: Annotated[
        MockValidationMode,
        typer.Option(
            "--mock-validation",
            help="Check each mocked result against its integration's output shape: strict "
            "(required fields too), present (the fields given) or none.",
        ),
    ] = MockValidationMode.present,
    coverage: Annotated[
        bool,
        typer.Option(
            "--coverage", help="Print the states and transitions the run exercised to stderr."
        ),
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
        execution_input = _read_input(input_ or ())
        loaded = _load(target)
        _check_definition_sizes(loaded)
        _refuse_warnings(loaded, strict)
        if mocks is None and state_machine is not None and loaded.kind != "app":
            msg = (
                "--state-machine picks a state machine of an App or of the mock file; "
                "give the mock file with --mocks FILE"
            )
            raise _Failure(EXIT_USAGE, msg)
        # With one machine, --state-machine names the mock file's machine, not the target's.
        several = len(loaded.machines_by_name) > 1
        machine = _choose_machine(loaded, state_machine if several else None)
        # The local runner loads only for the commands that run a machine.
        from sfdsl import _runner

        with _user_errors():
            task_mocks = None
            case_path = ""
            if mocks is not None:
                assert test_case is not None
                config = _runner.load_mock_config(_read_mocks(mocks))
                in_file = config.state_machines
                # Several machines in the mock file: the one named like the machine being run.
                name = state_machine
                if name is None and len(in_file) > 1 and machine.name in in_file:
                    name = machine.name
                if name is None and len(in_file) != 1:
                    raise _Failure(EXIT_USAGE, _mock_machines_message(mocks, machine, in_file))
                task_mocks = config.mocks_for(test_case, name)
                case_path = f"StateMachines.{name or next(iter(in_file))}.TestCases.{test_case}"
            try:
                execution = _runner.run(
                    machine,
                    execution_input,
                    mocks=task_mocks,
                    mock_validation=mock_validation.value,
                )
            except MissingMockError as exc:
                if mocks is None:
                    msg = f"{exc}\n  (sfdsl run: give mocks with --mocks FILE --test-case NAME)"
                else:
                    # The runner's fix names the Python API; the user edits a JSON file.
                    msg = (
                        f"{exc.problem}; add the state's name and a mocked response name to "
                        f"{case_path} in {mocks}"
                    )
                raise _Failure(EXIT_USAGE, msg) from None
    except _Failure as failure:
        _finish(failure, None)
    _emit_json(execution.to_json_dict(history=history))
    if coverage:
        # Only `run --coverage` needs it.
        from sfdsl._runner._coverage import Coverage

        sys.stderr.write(_printable(Coverage.of(machine, execution).render()) + "\n")


@app.command(cls=_Command)
def mock(
    target: Annotated[str, typer.Argument(help=TARGET_HELP, show_default=False, metavar="TARGET")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE (such as MockConfigFile.json) instead of stdout.",
            metavar="FILE",
            dir_okay=False,
        ),
    ] = None,
    state_machine: Annotated[
        str | None,
        typer.Option(
            "--state-machine",
            help="The state machine of an App (required when it has several).",
            metavar="NAME",
        ),
    ] = None,
) -> None:
    """Write a Step Functions Local mock configuration skeleton for a workflow.

    One test case for the happy path and one per Catch, one mocked response per Task with the
    shape of its result and placeholder values, ready to edit and to use with sfdsl run --mocks.
    """
    try:
        if output is not None:
            _check_output_folder(output)
        _refuse_overwriting_input(output, [_target_file(target)])
        loaded = _load(target)
        _refuse_overwriting_input(output, [loaded.source])
        machine = _choose_machine(loaded, state_machine)
        # The local runner loads only for the commands that run or mock a machine.
        from sfdsl._runner import _resource_values, load_machine
        from sfdsl._runner._mockgen import mock_config

        with _user_errors():
            asl = load_machine(machine)
            name = machine.name or "StateMachine"
            config = mock_config(asl, name, _resource_values(machine, asl))
        text = json.dumps(config, indent=2, ensure_ascii=False) + "\n"
        if output is not None:
            _write_output(output, text)
    except _Failure as failure:
        _finish(failure, None)
    if output is None:
        _write_stdout(text, json_text=True)
        return
    cases = len(next(iter(config["StateMachines"].values()))["TestCases"])
    what = f"mock configuration of {_machine_label(machine)} ({_plural(cases, 'test case')})"
    _say(_console(stderr=True), "wrote ", "green", f"{output}: {what}")


def _read_mocks(mocks: Path) -> Any:
    """The parsed mock configuration file, read within sfdsl's file limits."""
    what = f"the mock configuration {str(mocks)!r}"
    try:
        with open(mocks, "rb") as stream:
            data = read_limited(stream, MAX_FILE_BYTES)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = exc.strerror if isinstance(exc, OSError) else None
        raise _Failure(EXIT_USAGE, f"cannot read {what}: {reason or exc}") from None
    if data is None:
        msg = (
            f"{what} is larger than {MAX_FILE_BYTES:,} bytes, the most sfdsl reads "
            "(MAX_FILE_BYTES in docs/limits.md)"
        )
        raise _Failure(EXIT_USAGE, msg)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        msg = f"cannot read {what}: it is not UTF-8 text (byte offset {exc.start})"
        raise _Failure(EXIT_USAGE, msg) from None
    return _parse_json(text, what, "")


def _mock_machines_message(mocks: Path, machine: StateMachine, in_file: Mapping[str, Any]) -> str:
    """Why the mock file's state machine cannot be chosen without --state-machine."""
    if not in_file:
        return (
            f"the mock configuration {str(mocks)!r} defines no state machines; it needs "
            '"StateMachines": {"NAME": {"TestCases": {...}}} and "MockedResponses"'
        )
    names = ", ".join(map(repr, sorted(in_file)))
    running = f"none is named {machine.name!r}" if machine.name else "the machine run is unnamed"
    return (
        f"the mock configuration {str(mocks)!r} defines {len(in_file)} state machines "
        f"({names}) and {running}; choose one with --state-machine NAME"
    )


# --------------------------------------------------------------------------- import

# DefinitionError codes that mean the file could not be read as a document at all.
_UNREADABLE_CODES = frozenset(
    {"no-such-file", "unreadable", "serverless-file", "serverless-yaml", "serverless-structure"}
)


def _check_output_folder(output: Path) -> None:
    """Refuse an -o FILE whose folder is missing, before any work is done."""
    parent = output.parent
    if parent.exists() and not parent.is_dir():
        msg = f"cannot write {output}: {parent} is a file, not a folder"
        raise _Failure(EXIT_USAGE, msg)
    if not parent.is_dir():
        msg = f"cannot write {output}: the folder {parent} does not exist; create it first"
        raise _Failure(EXIT_USAGE, msg)


def _check_output_file(output: Path, source: Path, *, force: bool) -> None:
    """Refuse an -o FILE that cannot be written, or would overwrite something by surprise."""
    if output.is_dir():
        msg = f"-o {output} is a directory; give a file name, e.g. -o {output / 'workflows.py'}"
        raise _Failure(EXIT_USAGE, msg)
    _check_output_folder(output)
    if output.exists():
        if source.exists() and (
            output.resolve() == source.resolve() or os.path.samefile(output, source)
        ):
            msg = f"-o {output} is the file being imported; write the Python code to another file"
            raise _Failure(EXIT_USAGE, msg)
        if not force:
            msg = f"{output} already exists; pass --force to overwrite it"
            raise _Failure(EXIT_USAGE, msg)


def _read_import_source(source: Path) -> Any:
    """The parsed document of *source* (JSON, or YAML with CloudFormation short tags)."""
    if not source.is_file():
        hint = " (a directory, not a file)" if source.is_dir() else ""
        raise _Failure(EXIT_USAGE, f"no such file: {source}{hint}")
    if source.suffix == ".py":
        msg = (
            f"{source} is Python code already; sfdsl import reads an ASL definition (JSON or "
            "YAML) or a serverless.yml (check the code with `sfdsl validate`)"
        )
        raise _Failure(EXIT_USAGE, msg)

    try:
        text = read_text_file(source, what="document to import")
    except LimitError as exc:
        raise _Failure(EXIT_USAGE, exc.problems[0].message) from None
    except DefinitionError as exc:
        raise _Failure(EXIT_USAGE, exc.problems[0].message) from None
    if not text.strip():
        msg = (
            f"{source} is empty; expected an ASL definition (JSON or YAML) or a serverless.yml "
            "with a stepFunctions section"
        )
        raise _Failure(EXIT_USAGE, msg)
    if source.suffix.lower() == ".json" or text.lstrip().startswith(("{", "[")):
        return _parse_json(text, str(source), "")
    # An ASL definition in YAML reads as plain YAML; only a serverless.yml needs the reader of
    # CloudFormation short tags, whose module loads troposphere (see docs/performance.md).
    with contextlib.suppress(SfdslError):
        plain = parse_document(text, origin=str(source)).data
        if _is_asl(plain):
            return plain
    # The serverless.yml importer (with troposphere) loads only for a serverless.yml.
    from sfdsl._serverless import load_serverless

    try:
        return load_serverless(source)
    except DefinitionError as exc:
        raise _Failure(EXIT_USAGE, "; ".join(p.message for p in exc.problems)) from None


def _is_asl(doc: Any) -> bool:
    """Whether *doc* is an ASL definition: it has StartAt or States (a serverless.yml has neither).

    Example:
        >>> _is_asl({"StartAt": "A", "States": {}}), _is_asl({"service": "shop"})
        (True, False)
    """
    return isinstance(doc, Mapping) and ("StartAt" in doc or "States" in doc)


def _not_a_workflow(source: Path, doc: Any) -> _Failure:
    expected = (
        "an ASL definition (an object with StartAt and States) or a serverless.yml "
        "with a stepFunctions section"
    )
    if not isinstance(doc, Mapping):
        kinds = {list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
        kind = kinds.get(type(doc), "a number")
        return _Failure(EXIT_USAGE, f"{source} holds {kind}; expected {expected}")

    keys = ", ".join(map(str, list(doc)[:8])) or "none"
    msg = f"{source} is not {expected}; its top-level keys are: {keys}"
    hint = not_asl_hint(dict(doc))
    if hint:
        msg += f" ({hint})"
    return _Failure(EXIT_USAGE, msg)


@contextmanager
def _import_errors(source: Path) -> Iterator[None]:
    """Unreadable documents are usage errors (2); invalid definitions are invalid (1)."""
    try:
        with _user_errors():
            try:
                yield
            except DefinitionError as exc:
                problems = exc.problems
                if problems and all(p.code in _UNREADABLE_CODES for p in problems):
                    message = "; ".join(p.message for p in problems)
                    raise _Failure(EXIT_USAGE, f"{source}: {message}") from None
                raise
    except _Failure as failure:
        if failure.code == EXIT_INVALID:
            failure.message = f"{source}: {failure.message}"
        raise


def _looks_serverless(doc: Any) -> bool:
    """Whether *doc*, which is no ASL definition, is a serverless.yml (the importer decides)."""
    from sfdsl._serverless import is_serverless  # loads troposphere: only for a serverless.yml

    return is_serverless(doc)


def _asl_machine_name(source: Path, name: str | None) -> str | None:
    """The --name, or the file's name when it is a valid state machine name (as for build)."""
    if name is not None:
        problems = _machine_field_problems(name, None, None, None, None, "STANDARD")
        if problems:
            raise _Failure(EXIT_USAGE, f"--name: {problems[0].message}")
        return name
    stem = source.name.split(".", 1)[0]
    return stem if not _machine_field_problems(stem, None, None, None, None, "STANDARD") else None


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


@app.command("import", cls=_Command)
def import_(
    source: Annotated[
        Path,
        typer.Argument(
            help="An ASL definition (JSON or YAML) or a serverless.yml with a stepFunctions "
            "section.",
            show_default=False,
            metavar="FILE",
        ),
    ],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the Python module to FILE instead of stdout.",
            metavar="FILE",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite the -o FILE if it exists.")
    ] = False,
    name: Annotated[
        str | None,
        typer.Option(
            "--name",
            help="ASL only: the state machine's name (default: the file's name, e.g. orders "
            "for orders.asl.json).",
            metavar="NAME",
        ),
    ] = None,
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="serverless.yml only: the value of a ${...} variable, KEY=VALUE (repeatable): "
            "stage=prod sets ${opt:stage}; opt:region=..., self:custom.x=... name the variable "
            "exactly (env:, ssm: and other values from outside serverless.yml are never written "
            "into the code: give them to sfdsl build).",
            metavar="KEY=VALUE",
        ),
    ] = None,
    allow_files_outside_project: Annotated[
        bool,
        typer.Option(
            "--allow-files-outside-project",
            help="serverless.yml only: read ${file(...)} files outside the folder of "
            "serverless.yml too (refused by default).",
        ),
    ] = False,
) -> None:
    """Write sfdsl Python code for an ASL definition or a serverless.yml.

    What cannot be translated idiomatically is listed at the top of the code and printed
    (on stderr) as notes.
    """
    try:
        if output is not None:
            _check_output_file(output, source, force=force)
        values = _parse_params(param or ())
        with _user_errors():
            doc = _read_import_source(source)
        if _is_asl(doc):
            if values or allow_files_outside_project:
                option = "--param sets" if values else "--allow-files-outside-project reads"
                msg = (
                    f"{option} serverless.yml variables; "
                    f"{source} is an ASL definition, which has none"
                )
                raise _Failure(EXIT_USAGE, msg)
            # The code generator loads only for `sfdsl import`.
            from sfdsl._codegen import generate_python

            machine_name = _asl_machine_name(source, name)
            with _import_errors(source):
                module = generate_python(source, name=machine_name)
            what = "state machine" + (f" {machine_name!r}" if machine_name else "")
        elif _looks_serverless(doc):
            if name is not None:
                msg = (
                    "--name names the state machine of an ASL definition; a serverless.yml "
                    "names its own (stepFunctions.stateMachines.KEY.name)"
                )
                raise _Failure(EXIT_USAGE, msg)
            # The serverless.yml importer (with troposphere) loads only for a serverless.yml.
            from sfdsl._serverless import import_serverless

            with _import_errors(source):
                module = import_serverless(
                    source,
                    values=values,
                    allow_files_outside_project=allow_files_outside_project,
                )
            if output is not None and output.exists():
                for read in module.read_files:
                    if os.path.samefile(output, read):
                        msg = f"-o {output} is a file {source} reads ({read}); write the code elsewhere"
                        raise _Failure(EXIT_USAGE, msg)
            machines = doc.get("stepFunctions", {}).get("stateMachines", {})
            what = f"App with {_plural(len(machines), 'state machine')}"
        else:
            raise _not_a_workflow(source, doc)
        if output is not None:
            _write_output(output, module.code)
    except _Failure as failure:
        _finish(failure, None)
    err = _console(stderr=True)
    for note in module.notes:
        _say(err, "note: ", "yellow", note)
    for warning in module.warnings:  # the code builds these machines in checked_as_asl()
        _say(err, "warning: ", "yellow", str(warning))
    if output is None:
        _write_stdout(module.code)
        return
    summary = f"{output}: {what} from {source}"
    if module.notes:
        summary += f" ({_plural(len(module.notes), 'note')}, also listed at the top of the file)"
    _say(err, "wrote ", "green", summary)


# --------------------------------------------------------------------------- graph

_GRAPH_SUFFIXES = {
    ".mmd": GraphFormat.mermaid,
    ".mermaid": GraphFormat.mermaid,
    ".dot": GraphFormat.dot,
    ".gv": GraphFormat.dot,
    ".svg": GraphFormat.svg,
    ".png": GraphFormat.png,
}


def _choose_machine(loaded: Target, name: str | None) -> StateMachine:
    """The machine *name* picks (--state-machine), or the target's only one."""
    by_name = loaded.machines_by_name
    if name is None and len(by_name) == 1:
        return next(iter(by_name.values()))
    if name is not None and name in by_name:
        return by_name[name]
    names = ", ".join(repr(n) if n else "(unnamed)" for n in by_name) or "none"
    choose = "choose one with --state-machine NAME"
    if not by_name:
        msg = f"{loaded.label} holds no state machines; add one to the App"
    elif name is None:
        msg = f"{loaded.label} holds several state machines ({names}); {choose}"
    elif loaded.kind == "machine":
        msg = f"{loaded.label} is one state machine ({names}), not {name!r}; drop --state-machine"
    else:
        msg = f"{loaded.label} has no state machine {name!r} ({names}); {choose}"
    raise _Failure(EXIT_USAGE, msg)


@app.command(cls=_Command)
def graph(
    target: Annotated[str, typer.Argument(help=TARGET_HELP, show_default=False, metavar="TARGET")],
    fmt: Annotated[
        GraphFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="mermaid, dot, svg or png (default: from -o's suffix: .mmd, .dot/.gv, .svg, "
            ".png; else mermaid). svg and png need graphviz.",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to FILE instead of stdout (required for png).",
            metavar="FILE",
            dir_okay=False,
        ),
    ] = None,
    state_machine: Annotated[
        str | None,
        typer.Option(
            "--state-machine",
            help="The state machine of an App to draw (required when it has several).",
            metavar="NAME",
        ),
    ] = None,
) -> None:
    """Draw a workflow: Mermaid or Graphviz dot text, or an SVG/PNG image (with graphviz).

    Parallel branches and Map bodies are boxes, Choice edges carry their conditions, Catch
    edges are dashed, and Retry rules and Wait durations are written on their states.
    """
    if fmt is None:
        suffix = "" if output is None else output.suffix.lower()
        fmt = _GRAPH_SUFFIXES.get(suffix, GraphFormat.mermaid)
    try:
        if fmt is GraphFormat.png and output is None:
            msg = "png is binary: write it to a file with -o FILE.png (or use --format svg)"
            raise _Failure(EXIT_USAGE, msg)
        if output is not None:
            _check_output_folder(output)
        _refuse_overwriting_input(output, [_target_file(target)])
        loaded = _load(target)
        _refuse_overwriting_input(output, [loaded.source])
        machine = _choose_machine(loaded, state_machine)
        # The diagram renderer loads only for `sfdsl diagram`.
        from sfdsl._diagram import render

        try:
            drawn = render(machine, fmt.value)
        except DiagramError as exc:  # graphviz missing (GraphvizNotFoundError) included
            raise _Failure(EXIT_USAGE, str(exc)) from None
        data = drawn if isinstance(drawn, bytes) else drawn.encode("utf-8")
        if output is not None:
            _write_output(output, data)
    except _Failure as failure:
        _finish(failure, None)
    if output is None:
        _write_stdout(data.decode("utf-8"))
        return
    what = f"{fmt.value} diagram of {_machine_label(machine)}"
    _say(_console(stderr=True), "wrote ", "green", f"{output}: {what} ({loaded.label})")


def main() -> None:
    """Run the ``sfdsl`` command (the console script's entry point)."""
    app(prog_name="sfdsl")


__all__ = ["EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "Format", "GraphFormat", "app", "main"]


if __name__ == "__main__":
    main()
