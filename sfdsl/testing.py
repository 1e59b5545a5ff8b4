"""Assertion helpers for testing workflows with pytest.

Example:
    >>> from sfdsl import Pass, StateMachine, run
    >>> from sfdsl.testing import assert_succeeded
    >>> result = run(StateMachine(Pass("Hello", result="world")), {})
    >>> assert_succeeded(result, output="world")
"""

from sfdsl._runner.testing import (
    Coverage,
    CoverageRecorder,
    Transition,
    assert_failed,
    assert_not_visited,
    assert_path,
    assert_succeeded,
    assert_visited,
    events_of,
)

__all__ = [
    "Coverage",
    "CoverageRecorder",
    "Transition",
    "assert_failed",
    "assert_not_visited",
    "assert_path",
    "assert_succeeded",
    "assert_visited",
    "events_of",
]
