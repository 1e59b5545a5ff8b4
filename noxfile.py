"""Development tasks: ``nox -s tests lint typecheck`` (the CI run), ``bench`` and ``docs``.

Each session installs what it needs in its own virtual environment; ``nox -r`` reuses them.
Extra arguments after ``--`` go to the session's main tool, e.g. ``nox -s tests -- -k cli``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import nox
import nox.command

nox.options.sessions = ["tests", "lint", "typecheck"]
# uv installs much faster when it is available; plain virtualenv + pip otherwise.
nox.options.default_venv_backend = "uv|virtualenv"

ROOT = Path(__file__).parent
TYPED_PATHS = ("sfdsl", "examples", "tests/typing")
# Files that hold misuses mypy must reject; tests/typing checks their errors itself.
MYPY_EXCLUDE = r"tests/typing/.*_errors\.py$"
# Pinned: new ruff releases change the formatting (0.17 formats code blocks in Markdown too).
RUFF = "ruff==0.17.5"
# The layers contract of .importlinter keeps import circles out of the core.
IMPORT_LINTER = "import-linter>=2.1"
# npm packages some tests compare against: asl-validator (tests/test_oracles.py) and Mermaid's
# own parser (tests/test_diagram.py). Their tests skip, saying why, when npm is not installed.
NPM_ORACLES = {
    "asl-validator": ("ASL_VALIDATOR", ["asl-validator@4"], "node_modules/.bin/asl-validator"),
    "mermaid": ("SFDSL_MERMAID_MODULES", ["mermaid@11.17.2", "jsdom@29.1.1"], ""),
}


def _npm_oracles(session: nox.Session) -> dict[str, str]:
    """Install the npm oracles into the session's cache; the environment that points tests at them."""
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        session.log("npm not found: the asl-validator and Mermaid parser tests will be skipped")
        return {}
    env = {}
    for folder, (variable, packages, entry) in NPM_ORACLES.items():
        prefix = (session.cache_dir / "npm" / folder).resolve()
        stamp = prefix / ".installed"
        if not stamp.exists() or stamp.read_text() != " ".join(packages):
            session.log(
                f"installing the npm oracle {folder} for the tests "
                f"({' '.join(packages)}) into {prefix} with npm"
            )
            prefix.mkdir(parents=True, exist_ok=True)
            session.run(
                npm,
                "install",
                "--prefix",
                str(prefix),
                "--no-audit",
                "--no-fund",
                *packages,
                external=True,
            )
            stamp.write_text(" ".join(packages))
        env[variable] = str(prefix / entry) if entry else str(prefix)
    return env


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite and every docstring example (and the npm oracles when npm is here)."""
    session.install("-e", ".[test]")
    oracle = _npm_oracles(session)
    # Doctests of the package only: tests/ holds files that are not importable on purpose.
    session.run("pytest", "--doctest-modules", "sfdsl")
    session.run("pytest", *(session.posargs or ["tests"]), env=oracle)


@nox.session
def lint(session: nox.Session) -> None:
    """Check the code with ruff, that it is formatted, and the import layers (``.importlinter``)."""
    session.install(RUFF, IMPORT_LINTER)
    session.run("ruff", "check", ".", *session.posargs)
    session.run("ruff", "format", "--check", ".")
    # Reads sfdsl's source from the working directory: the package need not be installed.
    session.run("lint-imports", "--no-cache")


@nox.session
def typecheck(session: nox.Session) -> None:
    """Type-check the package, the examples and the typed-usage tests with ``mypy --strict``."""
    session.install("-e", ".[test]")
    session.run("mypy", "--strict", "--exclude", MYPY_EXCLUDE, *TYPED_PATHS, *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Run every ``benchmarks/bench_*.py`` script; each exits 1 when it misses its target."""
    session.install("-e", ".[test]")
    scripts = sorted((ROOT / "benchmarks").glob("bench_*.py"))
    if not scripts:
        session.error("no benchmarks/bench_*.py scripts found")
    missed = []
    for script in scripts:
        # Run them all, so one missed target does not hide the other figures.
        try:
            session.run("python", str(script.relative_to(ROOT)), *session.posargs)
        except nox.command.CommandFailed:
            missed.append(script.name)
    if missed:
        session.error(f"targets missed in {', '.join(missed)}")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation site with ``mkdocs build --strict``."""
    session.install("-e", ".", "mkdocs", "mkdocs-material", "mkdocstrings[python]")
    session.run("mkdocs", "build", "--strict", *session.posargs)
