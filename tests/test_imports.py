"""``import sfdsl`` stays light: the packages only some commands need are imported on first use."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Each is imported by the module that needs it, when it is used: the command line (typer),
# CloudFormation output (troposphere, awacs, yaml), JSONata conditions (jsonata), the local
# runner and ASL reading.
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
        "from sfdsl import Pass, StateMachine; StateMachine(Pass('A')).to_json()",
        "from sfdsl import Choice, Succeed, Var; Choice('C').when(Var('$.x') == 1, Succeed('S'))",
    ],
    ids=["build-and-serialize", "conditions"],
)
def test_building_a_machine_imports_none_of_the_heavy_packages(code: str) -> None:
    assert _imported(code) == []


def test_the_lazy_names_are_imported_on_first_use() -> None:
    assert _imported("import sfdsl; sfdsl.run") == ["sfdsl._runner"]
