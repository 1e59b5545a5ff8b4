"""mypy on the typing tests: run it on a few files, and read the errors a file expects.

A file of misuses writes the error mypy must give on a line as a ``# E: message`` comment on the
line above it.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_EXPECTED = re.compile(r"#\s*E:\s*(?P<message>.+)$")


def expected_errors(path: Path) -> list[str]:
    """The errors written above the lines of *path*, as mypy prints them."""
    rel = path.relative_to(ROOT).as_posix()
    lines = path.read_text().splitlines()
    return [
        f"{rel}:{number + 1}: error: {m['message']}"
        for number, line in enumerate(lines, start=1)
        if (m := _EXPECTED.match(line.strip()))
    ]


def run_mypy(*files: Path) -> tuple[str, str, int]:
    """``mypy --strict`` on *files* only (the modules they import are checked elsewhere).

    Returns mypy's stdout, stderr and exit status.
    """
    from mypy import api

    with contextlib.chdir(ROOT):
        return api.run(
            [
                "--strict",
                "--config-file",
                str(ROOT / "pyproject.toml"),
                "--follow-imports=silent",
                "--no-error-summary",
                "--hide-error-context",
                "--no-pretty",
                *(str(f.relative_to(ROOT)) for f in files),
            ]
        )


def error_lines(stdout: str) -> list[str]:
    """The error lines of mypy's *stdout*."""
    return [line for line in stdout.splitlines() if ": error:" in line]
