"""The state constructors' keyword-only fields, checked by mypy and run by pytest.

``test_mypy_rejects_positional_fields`` runs ``mypy --strict`` on ``states_errors.py`` and
compares its errors with the ``# E:`` comments there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy_expect import error_lines, expected_errors, run_mypy
from typing_extensions import assert_type

from sfdsl import Catch, Pass, Retry, Succeed

HERE = Path(__file__).resolve().parent


def test_keywords_are_accepted() -> None:
    assert_type(Retry(["States.ALL"], max_attempts=2), Retry)
    assert_type(Pass("P", comment="a comment"), Pass)
    assert_type(Catch(["States.ALL"], next=Succeed("Done")), Catch)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: Retry(["States.ALL"], 2),  # type: ignore[call-arg]
            "takes 2 positional arguments but 3 were given",
        ),
        (
            lambda: Pass("P", "a comment"),  # type: ignore[call-arg]
            "takes 2 positional arguments but 3 were given",
        ),
    ],
    ids=["Retry", "Pass"],
)
def test_positional_fields_fail_at_run_time_too(build: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        build()  # type: ignore[operator]


@pytest.mark.slow
def test_mypy_rejects_positional_fields() -> None:
    errors_file = HERE / "states_errors.py"
    stdout, stderr, _ = run_mypy(errors_file)
    assert stderr == ""
    assert error_lines(stdout) == expected_errors(errors_file)
