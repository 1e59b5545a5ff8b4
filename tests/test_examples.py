"""Every example builds, matches its reviewed golden template and passes cfn-lint cleanly."""

from __future__ import annotations

import contextlib
import json
import os
import runpy
from pathlib import Path
from typing import Any

import pytest

from sfdsl import StateMachine
from sfdsl.cfn import App, render, template_for
from sfdsl.errors import SfdslWarning

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted(
    p
    for p in (ROOT / "examples").glob("*.py")
    if p.name != "hello.py" and not p.name.startswith("_")
)
GOLDEN = ROOT / "tests" / "golden"

# Examples that copy a third-party sample as it is keep that sample's warnings.
EXPECTED_WARNINGS = {
    "plugin_readme_samples": r"rule 0 compares \$\.foo but no earlier state guarantees it",
}


def _target(path: Path) -> App | StateMachine:
    namespace = runpy.run_path(str(path))
    found: list[App | StateMachine] = [v for v in namespace.values() if isinstance(v, App)]
    if not found:
        found = [v for v in namespace.values() if isinstance(v, StateMachine)]
    assert len(found) == 1, f"{path.name} must define exactly one App (or StateMachine)"
    return found[0]


def _built(path: Path, fmt: str = "json") -> str:
    expected = EXPECTED_WARNINGS.get(path.stem)
    with pytest.warns(SfdslWarning, match=expected) if expected else contextlib.nullcontext():
        return render(template_for(_target(path)), fmt)


def _template(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(_built(path))
    return data


def test_examples_exist() -> None:
    names = {p.stem for p in EXAMPLES}
    assert {
        "hello_chain",
        "provisioned_concurrency",
        "exact_versions",
        "report_runner",
        "plugin_readme_events",
        "plugin_readme_samples",
        "canary_release",
        "provisioned_autoscaling",
    } <= names


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_has_a_docstring(path: Path) -> None:
    doc = runpy.run_path(str(path)).get("__doc__")
    assert isinstance(doc, str)
    assert len(doc.strip()) > 40


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_matches_golden(path: Path) -> None:
    golden = GOLDEN / f"{path.stem}.json"
    actual = _template(path)
    if os.environ.get("SFDSL_UPDATE_GOLDEN") == "1":
        golden.write_text(json.dumps(actual, indent=2) + "\n", encoding="utf-8")
    assert actual == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_passes_cfn_lint(path: Path) -> None:
    from cfnlint.api import ManualArgs, lint

    text = _built(path, "yaml")
    matches = lint(text, config=ManualArgs(regions=["us-east-1"]))
    assert [f"{m.rule.id} {m.message} @ {m.path}" for m in matches] == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_example_renders_identically(path: Path) -> None:
    assert _built(path, "yaml") == _built(path, "yaml")
