"""Shared test helpers: where the conformance corpus is, and isolation of imported workflows.

The corpus is part of the repository (``tests/corpus``; ``docs/conformance.md`` gives its sources
and licences). ``SFDSL_CORPUS`` points the tests at another copy.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

CORPUS = Path(os.environ.get("SFDSL_CORPUS", Path(__file__).resolve().parent / "corpus"))


def pytest_configure(config: pytest.Config) -> None:
    """Stop at once, saying where it was looked for, when the corpus is missing."""
    if not (CORPUS / "MANIFEST.md").is_file():
        raise pytest.UsageError(f"the conformance corpus is expected at {CORPUS} (SFDSL_CORPUS)")


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The conformance corpus folder."""
    return CORPUS


@pytest.fixture(autouse=True)
def _forget_workflow_modules(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Forget the modules a test imported from its temporary folder, and the folders it added
    to ``sys.path``: ``sfdsl validate flows.py`` keeps ``flows`` importable (as Python does for
    a script), so another test's ``flows.py`` would otherwise find the first one."""
    path = list(sys.path)
    yield
    base = str(tmp_path_factory.getbasetemp())
    for name, module in list(sys.modules.items()):
        if str(getattr(module, "__file__", None) or "").startswith(base):
            del sys.modules[name]
    sys.path[:] = path
