"""Every example in the documentation runs, so the docs cannot drift from the code.

Conventions of ``docs/**/*.md`` code blocks:

- ```` ```python ```` blocks run in order, each page in its own namespace and its own
  temporary working directory (where ``examples/`` of the repository is available);
- a block with ``title="NAME"`` is a file: it is written to NAME (not run) for later blocks
  and commands to use (``import flows``, ``sfdsl validate flows.py``);
- a block with ``title="Output"`` shows what the Python block before it printed, exactly (JSON
  is also compared as data);
- in ```` ```console ```` blocks, each ``$ sfdsl ...`` command runs, and its output must be
  exactly the lines shown under it (when any are shown); other commands (``pip``, ``aws``,
  ``pytest``) need the network, an account or a checkout and are not run;
- ```` ```bash ```` blocks are not run, so they must not hold ``sfdsl`` commands;
- a block whose first line is ``# skip-test: <reason>`` is not run; the reason is required;
- ``--8<-- "path"`` lines include a file of the repository (pymdownx.snippets), here too.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import inspect
import io
import itertools
import json
import re
import shlex
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
HOOKS = DOCS / "_hooks" / "sfdsl_docs.py"

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<ticks>`{3,})(?P<lang>[\w-]*)(?P<info>[^\n`]*)$")
_TITLE = re.compile(r'title="(?P<title>[^"]+)"')
OUTPUT = "Output"
"""The title of a block that shows what the Python block before it printed."""
_SKIP = re.compile(r"^#\s*skip-test:(?P<reason>.*)$")
_SNIPPET = re.compile(r'^-{2}8<-{2} "(?P<path>[^"]+)"$', re.MULTILINE)


@attrs.frozen
class Block:
    """One fenced code block of a docs page."""

    page: str
    line: int
    lang: str
    title: str | None
    code: str

    @property
    def skip_reason(self) -> str | None:
        first = self.code.lstrip("\n").split("\n", 1)[0].strip()
        m = _SKIP.match(first)
        return None if m is None else m.group("reason").strip()

    @property
    def where(self) -> str:
        return f"docs/{self.page}:{self.line}"


def _dedent(line: str, indent: str) -> str:
    return line[len(indent) :] if line.startswith(indent) else line.lstrip()


def blocks_of(text: str, page: str) -> list[Block]:
    """The fenced code blocks of a Markdown page, in order (nested in admonitions/tabs too).

    Example:
        >>> [b.lang for b in blocks_of("a\\n```python\\nx = 1\\n```\\n", "p.md")]
        ['python']
    """
    lines = text.split("\n")
    out: list[Block] = []
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if m is None:
            i += 1
            continue
        indent, ticks = m.group("indent"), m.group("ticks")
        title = _TITLE.search(m.group("info"))
        body: list[str] = []
        j = i + 1
        while j < len(lines) and lines[j].strip() != ticks:
            body.append(_dedent(lines[j], indent))
            j += 1
        code = _SNIPPET.sub(lambda s: (ROOT / s.group("path")).read_text(), "\n".join(body))
        out.append(
            Block(
                page, i + 1, m.group("lang"), title.group("title") if title else None, code + "\n"
            )
        )
        i = j + 1
    return out


PAGES = sorted(
    p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md") if "_hooks" not in p.parts
)


def _page_blocks(page: str) -> list[Block]:
    return blocks_of((DOCS / page).read_text(encoding="utf-8"), page)


def _run_console(block: Block) -> None:
    from typer.testing import CliRunner

    from sfdsl.cli import app

    commands: list[tuple[str, list[str]]] = []
    for line in block.code.rstrip("\n").split("\n"):
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line)
        elif line.strip():
            pytest.fail(f"{block.where}: console output before any '$ ' command: {line!r}")
    for command, expected in commands:
        argv = shlex.split(command, comments=True)
        if not argv or argv[0] != "sfdsl":
            continue  # pip, aws, pytest...: they need the network, an account or a checkout
        result = CliRunner().invoke(app, argv[1:], prog_name="sfdsl")
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            raise result.exception
        if expected:
            shown = [line.rstrip() for line in expected]
            got = [line.rstrip() for line in result.output.rstrip("\n").split("\n")]
            assert got == shown, f"{block.where}: output of `{command}` differs"


def _exec(block: Block, namespace: dict[str, object]) -> str:
    """Run a Python block; return what it printed."""
    # Pad so that tracebacks give the line numbers of the Markdown file.
    code = compile("\n" * block.line + block.code, str(DOCS / block.page), "exec")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(code, namespace)
    return out.getvalue()


def _check_output(block: Block, printed: str) -> None:
    """An ``Output`` block shows exactly what the Python block before it printed."""
    if block.lang == "json":
        assert json.loads(printed) == json.loads(block.code), f"{block.where}: output differs"
        assert printed.strip() == block.code.strip(), f"{block.where}: JSON text differs"
    else:
        got = [line.rstrip() for line in printed.rstrip("\n").split("\n")]
        shown = [line.rstrip() for line in block.code.rstrip("\n").split("\n")]
        assert got == shown, f"{block.where}: output differs"


def _write_file(block: Block, cwd: Path) -> None:
    assert block.title is not None
    target = cwd / block.title
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(block.code, encoding="utf-8")


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every Python and console block of *page* runs (in order, sharing one namespace)."""
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    namespace: dict[str, object] = {"__name__": "__docs__"}
    printed = ""
    for block in _page_blocks(page):
        if block.skip_reason is not None:
            continue
        if block.title == OUTPUT:
            _check_output(block, printed)
        elif block.title is not None:
            _write_file(block, tmp_path)
        elif block.lang == "python":
            printed = _exec(block, namespace)
        elif block.lang == "console":
            _run_console(block)
    # Modules the page's files defined must not leak into the next page.
    for name in [
        n for n, m in sys.modules.items() if str(tmp_path) in str(getattr(m, "__file__", ""))
    ]:
        del sys.modules[name]


def test_skipped_blocks_give_a_reason() -> None:
    """A block excluded from the run says why."""
    bare = [b.where for p in PAGES for b in _page_blocks(p) if b.skip_reason == ""]
    assert bare == []


def test_bash_blocks_hold_no_sfdsl_commands() -> None:
    """sfdsl commands go in console blocks, which run; bash blocks are for pip and aws."""
    found = [
        b.where
        for p in PAGES
        for b in _page_blocks(p)
        if b.lang in ("bash", "sh", "shell")
        and any(line.lstrip("$ ").startswith("sfdsl ") for line in b.code.split("\n"))
    ]
    assert found == []


def test_getting_started_examples_are_found() -> None:
    """The block parser finds the examples (guards against fences the parser would miss)."""
    counted = {p: len(_page_blocks(p)) for p in PAGES}
    assert counted.get("getting-started.md", 0) >= 3


def _hooks_module() -> Any:
    spec = importlib.util.spec_from_file_location("sfdsl_docs_hooks", HOOKS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_lists_every_command() -> None:
    """The generated CLI reference has a section for each command of the Typer app."""
    import typer.main

    from sfdsl.cli import app

    text: str = _hooks_module().cli_reference()
    commands = sorted(typer.main.get_group(app).commands)
    sections = sorted(re.findall(r"^### `sfdsl (\w+)`$", text, flags=re.MULTILINE))
    assert sections == commands


def test_skip_markers_are_hidden_from_readers() -> None:
    """The hook drops the ``# skip-test:`` line and keeps the rest of the block."""
    hooks = _hooks_module()
    page = "```python\n# skip-test: needs AWS credentials\nimport boto3\n```\n"
    rendered = hooks.on_page_markdown(page, None, None, None)
    assert rendered == "```python\nimport boto3\n```\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("```python\nx = 1\n```\n", [("python", None, "x = 1\n")]),
        (
            '```python title="flows.py"\nx = 1\n```\n',
            [("python", "flows.py", "x = 1\n")],
        ),
        (
            '!!! note\n    ```json title="m.json"\n    {"a": 1}\n    ```\n',
            [("json", "m.json", '{"a": 1}\n')],
        ),
        ("````markdown\n```python\nx\n```\n````\n", [("markdown", None, "```python\nx\n```\n")]),
        ("```console\n$ sfdsl --version\n```\n", [("console", None, "$ sfdsl --version\n")]),
    ],
)
def test_block_parser(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    """Fences are found with their language, title and dedented body."""
    assert [(b.lang, b.title, b.code) for b in blocks_of(text, "p.md")] == expected


REFERENCE = DOCS / "reference"
_DIRECTIVE = re.compile(r"^::: (?P<module>[\w.]+)$", re.MULTILINE)
_MEMBER = re.compile(r"^ {8}- (?P<name>\w+)$", re.MULTILINE)
API_MODULES = ("sfdsl", "sfdsl.asl", "sfdsl.cfn", "sfdsl.errors", "sfdsl.testing")


def _attribute_docstrings() -> set[str]:
    """Module-level names of the package that have an attribute docstring (``X = ...`` + text)."""
    import ast

    found: set[str] = set()
    for path in (ROOT / "sfdsl").rglob("*.py"):
        body = ast.parse(path.read_text(encoding="utf-8")).body
        for node, after in itertools.pairwise(body):
            targets = node.targets if isinstance(node, ast.Assign) else []
            if isinstance(node, ast.AnnAssign):
                targets = [node.target]
            documented = (
                isinstance(after, ast.Expr)
                and isinstance(after.value, ast.Constant)
                and isinstance(after.value.value, str)
            )
            if documented:
                found.update(t.id for t in targets if isinstance(t, ast.Name))
    return found


def _reference_pages() -> dict[str, list[str] | None]:
    """Module -> the names its reference page lists (None: the page renders every member)."""
    pages: dict[str, list[str] | None] = {}
    for page in REFERENCE.glob("*.md"):
        text = page.read_text(encoding="utf-8")
        for m in _DIRECTIVE.finditer(text):
            members = "\n      members:\n" in text
            pages[m.group("module")] = _MEMBER.findall(text) if members else None
    return pages


@pytest.mark.parametrize("module", API_MODULES)
def test_api_reference_documents_every_public_name(module: str) -> None:
    """Each name of the module's ``__all__`` is rendered in the API reference with a docstring."""
    mod = importlib.import_module(module)
    pages = _reference_pages()
    assert module in pages, f"no docs/reference page renders {module}"
    listed = pages[module]
    documented_elsewhere = {
        name
        for other in API_MODULES
        if other != module
        for name in importlib.import_module(other).__all__
    }
    attribute_docs = _attribute_docstrings()
    missing, undocumented = [], []
    for name in mod.__all__:
        if name.startswith("__"):
            continue
        obj = getattr(mod, name)
        if listed is not None and name not in listed:
            if name not in documented_elsewhere or getattr(obj, "__module__", "") == module:
                missing.append(name)
            continue
        has_doc = name in attribute_docs or (
            (inspect.isclass(obj) or inspect.isfunction(obj)) and bool(inspect.getdoc(obj))
        )
        if not has_doc:
            undocumented.append(name)
    assert (missing, undocumented) == ([], [])


def test_concepts_lists_every_error_class() -> None:
    """The error table of the Concepts page has every exception of ``sfdsl.errors``."""
    from sfdsl import errors

    text = (DOCS / "concepts.md").read_text(encoding="utf-8")
    table = text[text.index("| Error | Raised when |") :].split("\n\n", 1)[0]
    rows = [re.findall(r"`(\w+)`", line.split("|")[1]) for line in table.splitlines()[2:]]
    shown = [name for row in rows for name in row]
    classes = [
        name
        for name in errors.__all__
        if isinstance(getattr(errors, name), type)
        and issubclass(getattr(errors, name), errors.SfdslError)
        and name != "SfdslError"
    ]
    assert sorted(shown) == sorted(classes)
    # "All but the last five are ValidationErrors."
    not_validation = [
        n for n in shown if not issubclass(getattr(errors, n), errors.ValidationError)
    ]
    assert not_validation == shown[-5:]
    assert "All but the last five are `ValidationError`s" in text
