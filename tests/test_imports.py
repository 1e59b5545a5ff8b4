"""``import sfdsl`` stays light: the packages only some commands need are imported on first use."""

from __future__ import annotations

import subprocess
import sys
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
