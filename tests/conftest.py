"""Shared test helpers: where the conformance corpus is.

The corpus is part of the repository (``tests/corpus``; ``docs/conformance.md`` gives its sources
and licences). ``SFDSL_CORPUS`` points the tests at another copy.
"""

from __future__ import annotations

import os
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
