"""Fuzzing the command line and the loaders: hostile files and arguments give messages.

Mutated ASL documents (JSON and YAML, with control characters, alias bombs, deep nesting, huge
integers, binary bytes) and random arguments go through every command in process. Whatever
the input: no traceback, exit 0, 1 or 2 only, messages without raw terminal controls, inputs
never overwritten, and the same invocation gives the same result. The library's loaders raise
nothing but SfdslError. Bounded to tens of seconds in all.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonata
import pytest
from conftest import CORPUS
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner, Result

from sfdsl import StateMachine, load_mock_config, run
from sfdsl._target import load_target
from sfdsl.cli import app
from sfdsl.errors import SfdslError

# jsonata-python raises the recursion limit the first time it compiles an expression; do it now,
# or hypothesis warns that the limit changed during a test.
jsonata.Jsonata("1")

# No shrinking: an example runs several commands, and shrinking one would take minutes; the
# failing example is reported as found.
FUZZ = settings(
    max_examples=50,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

SEEDS = sorted((CORPUS / "asl" / "valid").glob("*.json"))[:40]

# Characters a terminal acts on: they must never reach stderr raw.
HIDDEN = ("\x1b", "\x00", "\x07", "\x9b", "\u202e", "\u2066", "\r")

HOSTILE_TEXT = st.sampled_from(
    [
        "A\x1b[31mred",
        "B\x1b]0;title\x07",
        "nul\x00",
        "bidi\u202eevil",
        "iso\u2066late",
        "cr\roverwrite",
        "\x9bcsi",
        "\ud800",
        "x" * 300,
        "9" * 4_400,
        "1:30",
        "yes",
        "0777",
        "",
    ]
)

BOMB = (
    "\n".join(
        ['a0: &a0 ["l","l","l","l","l","l","l","l","l"]']
        + [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    )
    + "\nStartAt: A\nStates: {A: {Type: Pass, End: true}}\n"
)

FIXED_FILES: dict[str, bytes] = {
    "bomb.yaml": BOMB.encode(),
    "loop.yaml": b"a: &x [*x]\nStartAt: A\nStates: {A: {Type: Pass, End: true}}\n",
    "deep.json": ("[" * 50_000 + "]" * 50_000).encode(),
    "deep.yaml": ("a: " + "[" * 600 + "]" * 600 + "\n").encode(),
    "bigint.json": (
        '{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": ' + "7" * 4_400 + "}}}"
    ).encode(),
    "binary.json": bytes(range(256)),
    "empty.json": b"",
    "list.json": b"[1, 2]",
    "flows.py": (
        b"from sfdsl import Pass, StateMachine\n"
        b'machine = StateMachine(Pass("A\\x1b[31m"), name="flows")\n'
    ),
    "mocks.json": json.dumps(
        {"StateMachines": {"m": {"TestCases": {"T": {}}}}, "MockedResponses": {}}
    ).encode(),
    "input.json": b'{"a": [1, 2, {"b": null}]}',
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz_cli")


@contextlib.contextmanager
def inside(folder: Path) -> Iterator[None]:
    """Run in *folder*, then forget the modules imported from it and restore sys.path."""
    before, path, modules = Path.cwd(), list(sys.path), set(sys.modules)
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)
        sys.path[:] = path
        for name in set(sys.modules) - modules:
            if str(getattr(sys.modules[name], "__file__", None) or "").startswith(str(folder)):
                del sys.modules[name]


def _locations(value: Any, where: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [where]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _locations(item, (*where, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += _locations(item, (*where, i))
    return found


@st.composite
def documents(draw: st.DrawFn) -> Any:
    """A corpus definition with a few values replaced by hostile text or huge numbers."""
    document: Any = json.loads(draw(st.sampled_from(SEEDS)).read_text(encoding="utf-8"))
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        where = draw(st.sampled_from(_locations(document)))
        if not where:
            continue
        parent = document
        for step in where[:-1]:
            parent = parent[step]
        value = draw(st.one_of(HOSTILE_TEXT, st.sampled_from([HUGE, -1, 2**63, None])))
        if isinstance(parent, dict) and draw(st.booleans()):
            # A hostile key: a state name, a field name.
            parent[draw(HOSTILE_TEXT)] = parent.pop(where[-1])
        else:
            parent[where[-1]] = value
    return document


# Stands for an integer of 4,400 digits, which json.dumps cannot write: replaced in the text.
HUGE = "HUGE-INTEGER"


def _document_bytes(document: Any, form: str) -> bytes:
    if form == "json":
        text = json.dumps(document, ensure_ascii=False).replace(f'"{HUGE}"', "7" * 4_400)
    else:
        import yaml

        text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
        text = text.replace(HUGE, "7" * 4_400)
    return text.encode("utf-8", "surrogatepass")


COMMANDS = ["validate", "build", "run", "graph", "import"]
FILES = [*FIXED_FILES, "doc.json", "doc.yaml", "missing.json", ".", "flows.py:nope", "flows"]


@st.composite
def arguments(draw: st.DrawFn) -> list[str]:
    """A command, a target and a few options, well-formed or not."""
    args = [draw(st.sampled_from(COMMANDS)), draw(st.sampled_from(FILES))]
    options = st.one_of(
        st.just(["--json"]),
        st.tuples(st.just("-o"), st.sampled_from(["out.json", "out.yaml", "out.py", *FILES])),
        st.tuples(st.just("--format"), st.sampled_from(["json", "yaml", "mermaid", "dot", "x"])),
        st.tuples(
            st.just("--input"),
            st.one_of(
                st.sampled_from(["{}", "@input.json", "@-", "@", "@missing", "[" * 400, "NaN"]),
                HOSTILE_TEXT,
            ),
        ),
        st.tuples(st.just("--mocks"), st.sampled_from(["mocks.json", "binary.json", "bomb.yaml"])),
        st.tuples(st.just("--test-case"), st.sampled_from(["T", "nope"])),
        st.tuples(st.just("--state-machine"), HOSTILE_TEXT),
        st.tuples(st.just("--param"), st.sampled_from(["a=b", "=", "x", "k=\x1b"])),
        st.tuples(st.just("--name"), HOSTILE_TEXT),
        st.just(["--force"]),
        st.just(["--history"]),
        HOSTILE_TEXT.map(lambda text: [text]),
    )
    for option in draw(st.lists(options, max_size=3)):
        args += list(option)
    return args


def _inputs(args: list[str]) -> list[str]:
    """The existing files *args* read: the TARGET's file, --mocks FILE and --input @FILE."""
    named = [args[1].split(":")[0]]
    pairs = list(itertools.pairwise(args))
    named += [value for option, value in pairs if option == "--mocks"]
    named += [value[1:] for option, value in pairs if option == "--input" and value[:1] == "@"]
    return [name for name in named if Path(name).is_file()]


def invoke(args: list[str]) -> Result:
    return CliRunner().invoke(app, args, input="{}")


def check(result: Result, args: list[str]) -> None:
    shown = f"sfdsl {args!r}"
    assert result.exit_code in (0, 1, 2), shown
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"{shown} raised {result.exception!r}"
    )
    assert "Traceback" not in result.stderr, shown
    assert not any(c in result.stderr for c in HIDDEN), f"{shown}: {result.stderr!r}"
    if "--json" in args and result.stdout.strip():
        json.loads(result.stdout)


@FUZZ
@given(document=documents(), form=st.sampled_from(["json", "yaml"]), args=arguments())
def test_the_cli_answers_hostile_files_and_arguments_with_messages(
    folder: Path, document: Any, form: str, args: list[str]
) -> None:
    with inside(folder):
        for name, content in FIXED_FILES.items():
            Path(name).write_bytes(content)
        for stale in ("out.json", "out.yaml", "out.py"):
            Path(stale).unlink(missing_ok=True)
        Path("doc.json").write_bytes(_document_bytes(document, "json"))
        Path("doc.yaml").write_bytes(_document_bytes(document, form))
        named = _inputs(args)
        inputs = {name: Path(name).read_bytes() for name in named}
        first = invoke(args)
        check(first, args)
        # The command's input files are never overwritten, whatever -o says.
        assert {name: Path(name).read_bytes() for name in named} == inputs, args
        for stale in ("out.json", "out.yaml", "out.py"):
            Path(stale).unlink(missing_ok=True)
        again = invoke(args)
        assert (again.exit_code, again.stdout, again.stderr) == (
            first.exit_code,
            first.stdout,
            first.stderr,
        ), args


@pytest.mark.parametrize("name", sorted(FIXED_FILES))
@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_answers_every_hostile_file(folder: Path, command: str, name: str) -> None:
    with inside(folder):
        for fixed, content in FIXED_FILES.items():
            Path(fixed).write_bytes(content)
        check(invoke([command, name]), [command, name])


@st.composite
def raw_files(draw: st.DrawFn) -> bytes:
    """File content: a fixed hostile file, a mutated definition, or either cut and spliced."""
    content = draw(
        st.one_of(
            st.sampled_from(list(FIXED_FILES.values())),
            st.builds(_document_bytes, documents(), st.sampled_from(["json", "yaml"])),
        )
    )
    if draw(st.booleans()):
        rng = random.Random(draw(st.integers(min_value=0, max_value=2**32)))
        cut = rng.randrange(len(content) + 1)
        content = content[:cut] + draw(st.binary(max_size=8)) + content[cut + 1 :]
    return content


LOADERS = {
    "from_asl(path)": lambda path: StateMachine.from_asl(path),
    "from_asl(text)": lambda path: StateMachine.from_asl(path.read_bytes().decode("latin-1")),
    "load_target": lambda path: load_target(str(path)),
    "run(path)": lambda path: run(path),
    "load_mock_config": lambda path: load_mock_config(path),
}


@settings(FUZZ, max_examples=30)
@given(content=raw_files(), suffix=st.sampled_from([".json", ".yaml", ".asl.json"]))
def test_the_loaders_raise_only_sfdsl_errors_and_the_same_each_time(
    folder: Path, content: bytes, suffix: str
) -> None:
    path = folder / f"lib{suffix}"
    path.write_bytes(content)
    for name, load in LOADERS.items():
        outcomes = []
        for _ in range(2):
            try:
                loaded = load(path)
            except SfdslError as exc:
                outcomes.append(("error", type(exc).__name__, str(exc)))
            else:
                to_json = getattr(getattr(loaded, "obj", loaded), "to_json", None)
                outcomes.append(("ok", type(loaded).__name__, to_json() if to_json else ""))
        assert outcomes[0] == outcomes[1], name
