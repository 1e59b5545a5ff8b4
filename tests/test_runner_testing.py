"""The pytest helpers: assertions that pass silently and fail with the history."""

from __future__ import annotations

from typing import Any

import pytest

from sfdsl._runner import run
from sfdsl._runner.testing import (
    assert_failed,
    assert_not_visited,
    assert_path,
    assert_succeeded,
    assert_visited,
    events_of,
)

OK = {
    "StartAt": "A",
    "States": {"A": {"Type": "Pass", "Result": 1, "Next": "B"}, "B": {"Type": "Succeed"}},
}
BOOM = {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Boom", "Cause": "c"}}}


def test_passing_assertions() -> None:
    result = run(OK)
    assert_succeeded(result, output=1)
    assert_path(result, ["A", "B"])
    assert_visited(result, "A", "B")
    assert_not_visited(result, "C")
    assert [e.type for e in events_of(result, "A")] == ["PassStateEntered", "PassStateExited"]
    assert_failed(run(BOOM), "Boom", "c")


@pytest.mark.parametrize(
    ("check", "machine", "first_line"),
    [
        (lambda r: assert_succeeded(r), BOOM, "the run did not succeed"),
        (lambda r: assert_succeeded(r, output=2), OK, "the output differs; expected 2"),
        (lambda r: assert_failed(r), OK, "the run succeeded; a failure was expected"),
        (lambda r: assert_failed(r, "Other"), BOOM, "the error differs; expected 'Other'"),
        (lambda r: assert_failed(r, "Boom", "d"), BOOM, "the cause differs; expected 'd'"),
        (lambda r: assert_path(r, ["A"]), OK, "the states visited differ; expected ['A']"),
        (lambda r: assert_visited(r, "Z"), OK, "states never entered: ['Z']"),
        (lambda r: assert_not_visited(r, "A"), OK, "states entered but not expected: ['A']"),
    ],
)
def test_failing_assertions_show_the_history(check: Any, machine: Any, first_line: str) -> None:
    with pytest.raises(AssertionError) as info:
        check(run(machine))
    lines = str(info.value).splitlines()
    assert lines[0] == first_line
    assert "history:" in lines
    assert lines[-1].split()[1] in ("ExecutionSucceeded", "ExecutionFailed")
