"""``import sfdsl`` stays light: the packages only some commands need are imported on first use."""

from __future__ import annotations

import ast
import io
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

# Each is imported by the module that needs it, when it is used: the command line (typer),
# CloudFormation output (troposphere, awacs, yaml), JSONata conditions (jsonata), the local
# runner, and ASL reading and writing (cattrs).
HEAVY = ("typer", "rich", "troposphere", "awacs", "jsonata", "cattrs", "yaml", "sfdsl._runner")


def _imported(code: str) -> list[str]:
    probe = f"{code}; import sys; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.split()


def test_import_sfdsl_imports_none_of_the_heavy_packages() -> None:
    assert _imported("import sfdsl") == []


@pytest.mark.parametrize(
    "code",
    [
        "from sfdsl import Pass, StateMachine; StateMachine(Pass('A'))",
        "from sfdsl import Choice, Succeed, Var; Choice('C').when(Var('$.x') == 1, Succeed('S'))",
    ],
    ids=["build", "conditions"],
)
def test_building_a_machine_imports_none_of_the_heavy_packages(code: str) -> None:
    assert _imported(code) == []


@pytest.mark.parametrize(
    "code",
    [
        "from sfdsl import Pass, StateMachine; StateMachine(Pass('A')).to_json()",
        "from sfdsl import Pass; Pass('A', end=True).to_asl()",
        "from sfdsl import Retry; Retry(['States.ALL']).to_asl()",
    ],
    ids=["machine-to-json", "state-to-asl", "rule-to-asl"],
)
def test_writing_asl_imports_no_heavy_package_but_cattrs(code: str) -> None:
    """ASL is written by a cattrs Converter, made (and cattrs imported) on the first write."""
    assert _imported(code) == ["cattrs"]


def test_the_lazy_names_are_imported_on_first_use() -> None:
    assert _imported("import sfdsl; sfdsl.run") == ["sfdsl._runner"]


CORE_CONTRACT = "core-layers"


def test_the_core_keeps_its_import_layers() -> None:
    """The layers of ``.importlinter`` hold: no core module imports one above it (nor a circle)."""
    cli = pytest.importorskip(
        "importlinter.cli", reason="import-linter is installed by `nox -s lint`, not the tests"
    )
    config = Path(__file__).resolve().parents[1] / ".importlinter"
    kept = cli.lint_imports(
        config_filename=str(config),
        limit_to_contracts=(CORE_CONTRACT,),
        no_cache=True,
        no_logo=True,
    )
    assert kept == 0


def test_no_core_module_is_in_an_import_circle() -> None:
    """Counting the imports inside functions too, as import-linter does."""
    grimp = pytest.importorskip(
        "grimp", reason="grimp comes with import-linter, installed by `nox -s lint`"
    )
    graph = grimp.build_graph("sfdsl")
    core = [m for m in _core_modules() if m in graph.modules]
    circles = [
        (low, high)
        for i, low in enumerate(core)
        for high in core[:i]
        if graph.chain_exists(importer=low, imported=high)
    ]
    assert circles == []


def _core_modules() -> list[str]:
    """The modules of the core contract's layers, highest first."""
    config = (Path(__file__).resolve().parents[1] / ".importlinter").read_text()
    section = config.split(f"[importlinter:contract:{CORE_CONTRACT}]", 1)[1]
    lines = section.split("layers =", 1)[1].split("\n[", 1)[0].splitlines()
    return [m.strip() for line in lines for m in line.split("|") if m.strip()]


# ----------------------------------------------------------------- imports inside functions

PACKAGE = Path(__file__).resolve().parents[1] / "sfdsl"


def _uncommented_function_imports(source: str) -> list[int]:
    """The lines of the imports inside functions that no comment explains.

    An import inside a function (or method) needs a comment saying which start-up it keeps
    light: on the line above it, or on its own line. Consecutive imports (blank lines
    between them allowed, as between isort's sections) share the comment above the first.
    """
    tree = ast.parse(source)
    comments = {
        token.start[0]: token.line.strip().startswith("#")
        for token in tokenize.generate_tokens(io.StringIO(source).readline)
        if token.type == tokenize.COMMENT
    }
    own_line = {line for line, whole in comments.items() if whole}
    found: list[int] = []
    for function in ast.walk(tree):
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(function):
            for body in _statement_lists(node):
                first = None
                for stmt in body:
                    if not isinstance(stmt, (ast.Import, ast.ImportFrom)):
                        first = None
                        continue
                    if first is None:
                        first = stmt
                    lines = range(stmt.lineno, (stmt.end_lineno or stmt.lineno) + 1)
                    if first.lineno - 1 not in own_line and not any(n in comments for n in lines):
                        found.append(stmt.lineno)
    return sorted(set(found))


def _statement_lists(node: ast.AST) -> list[list[ast.stmt]]:
    return [
        value
        for _, value in ast.iter_fields(node)
        if isinstance(value, list) and value and isinstance(value[0], ast.stmt)
    ]


@pytest.mark.parametrize(
    ("source", "lines"),
    [
        ("import json\n\n\ndef f():\n    return json\n", []),
        ("def f():\n    import json\n    return json\n", [2]),
        ("def f():\n    # Only f needs it: `import m` stays light.\n    import json\n", []),
        ("def f():\n    import json  # only f needs it: `import m` stays light\n", []),
        ("def f():\n    # a reason\n\n    import json\n", [4]),
        ("def f():\n    # a reason\n    import json\n    import re\n", []),
        ("def f():\n    # a reason\n    import json\n\n    from m import x\n", []),
        ("def f():\n    # a reason\n    import json\n    x = 1\n    import re\n", [5]),
        ("def f():\n    from json import (\n        dumps,  # a reason\n    )\n", []),
        ("class C:\n    def m(self):\n        if self:\n            from json import dumps\n", [4]),
        ("def f():\n    def g():\n        import json\n", [3]),
        ("def f():\n    s = '# not a comment'\n    import json\n", [3]),
    ],
    ids=[
        "module-level",
        "no-comment",
        "comment-above",
        "comment-on-its-line",
        "blank-line-between",
        "one-comment-for-a-block",
        "one-comment-for-isort-sections",
        "block-broken-by-a-statement",
        "multi-line-import",
        "method-inside-if",
        "nested-function",
        "hash-in-a-string",
    ],
)
def test_the_import_check_finds_the_imports_no_comment_explains(
    source: str, lines: list[int]
) -> None:
    assert _uncommented_function_imports(source) == lines


def test_every_import_inside_a_function_says_why() -> None:
    """Imports inside functions only keep a start-up light (``import sfdsl``, the CLI, a
    command), and a comment says which; the others are at the top of their module.

    The generated typed integrations (sfdsl/aws/sdk) are checked too: they have none.
    """
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line in _uncommented_function_imports(path.read_text(encoding="utf-8"))
    ]
    assert found == []
