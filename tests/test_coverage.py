"""Coverage of local runs: the states entered and transitions taken, and those never exercised."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sfdsl._runner import MockError, run
from sfdsl.cli import app
from sfdsl.testing import Coverage, CoverageRecorder, Transition

TASK = "arn:aws:states:::aws-sdk:sqs:sendMessage"

MACHINE: dict[str, Any] = {
    "StartAt": "Check",
    "States": {
        "Check": {
            "Type": "Choice",
            "Choices": [
                {"Variable": "$.n", "NumericLessThan": 10, "Next": "Send"},
                {"Variable": "$.n", "NumericGreaterThan": 100, "Next": "Each"},
            ],
            "Default": "Big",
        },
        "Send": {
            "Type": "Task",
            "Resource": TASK,
            "Retry": [{"ErrorEquals": ["Sqs.ThrottlingException"], "IntervalSeconds": 1}],
            "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Oops"}],
            "End": True,
        },
        "Each": {
            "Type": "Map",
            "ItemsPath": "$.items",
            "ItemProcessor": {
                "StartAt": "Inner",
                "States": {"Inner": {"Type": "Pass", "End": True}},
            },
            "End": True,
        },
        "Big": {"Type": "Succeed"},
        "Oops": {"Type": "Fail", "Error": "Oops"},
    },
}
SENT = {"MessageId": "m-1"}
THROTTLED = MockError("Sqs.ThrottlingException")


def test_the_machine_s_states_and_transitions_come_from_its_definition() -> None:
    coverage = Coverage.of(MACHINE)
    assert coverage.states == ("Check", "Send", "Each", "Inner", "Big", "Oops")
    assert [str(t) for t in coverage.transitions] == [
        "Check: Choices[0] -> Send",
        "Check: Choices[1] -> Each",
        "Check: Default -> Big",
        "Send: End",
        "Send: Retry[0]",
        "Send: Catch[0] -> Oops",
        "Each: End",
        "Inner: End",
        "Big: End",
    ]
    assert (coverage.runs, coverage.visited, coverage.taken) == (0, frozenset(), frozenset())


@pytest.mark.parametrize(
    ("data", "mock", "taken"),
    [
        ({"n": 1}, SENT, {("Check", "Choices[0]"), ("Send", "End")}),
        (
            {"n": 1},
            (THROTTLED, SENT),
            {("Check", "Choices[0]"), ("Send", "Retry[0]"), ("Send", "End")},
        ),
        ({"n": 1}, MockError("Boom"), {("Check", "Choices[0]"), ("Send", "Catch[0]")}),
        (
            {"n": 500, "items": [1]},
            SENT,
            {("Check", "Choices[1]"), ("Each", "End"), ("Inner", "End")},
        ),
        ({"n": 50}, SENT, {("Check", "Default"), ("Big", "End")}),
    ],
)
def test_a_run_records_the_transitions_it_took(data: Any, mock: Any, taken: set[Any]) -> None:
    assert run(MACHINE, data, mocks={"Send": mock}).taken == taken


def test_coverages_merge_and_say_what_was_never_exercised() -> None:
    first = Coverage.of(MACHINE, run(MACHINE, {"n": 1}, mocks={"Send": SENT}))
    second = Coverage.of(MACHINE, run(MACHINE, {"n": 50}, mocks={"Send": SENT}))
    merged = first.merge(second)
    assert merged.runs == 2
    assert merged.missed_states == ("Each", "Inner", "Oops")
    assert merged.missed_transitions == (
        Transition("Check", "Choices[1]", "Each"),
        Transition("Send", "Retry[0]"),
        Transition("Send", "Catch[0]", "Oops"),
        Transition("Each", "End"),
        Transition("Inner", "End"),
    )
    assert merged == second.merge(first)
    assert merged.render() == (
        "coverage of 2 runs: 3 of 6 states (50%), 4 of 9 transitions (44%)\n"
        "states never entered:\n"
        "  - Each\n"
        "  - Inner\n"
        "  - Oops\n"
        "transitions never taken:\n"
        "  - Check: Choices[1] -> Each\n"
        "  - Send: Retry[0]\n"
        "  - Send: Catch[0] -> Oops\n"
        "  - Each: End\n"
        "  - Inner: End"
    )


def test_coverages_of_different_machines_do_not_merge() -> None:
    other = {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}
    with pytest.raises(ValueError, match="two different state machines"):
        Coverage.of(MACHINE).merge(Coverage.of(other))


def test_the_recorder_gathers_runs_and_fails_until_everything_is_exercised() -> None:
    recorder = CoverageRecorder(MACHINE)
    recorder.run({"n": 1}, mocks={"Send": (THROTTLED, SENT)})
    recorder.run({"n": 1}, mocks={"Send": MockError("Boom")})
    recorder.run({"n": 500, "items": [1]})
    with pytest.raises(AssertionError) as info:
        recorder.assert_complete()
    assert str(info.value).splitlines()[-1] == "  - Big: End"
    recorder.add(run(MACHINE, {"n": 50}))
    recorder.assert_complete()
    assert recorder.coverage.complete
    assert recorder.coverage.runs == 4


def test_sfdsl_run_coverage_prints_the_report_to_stderr(tmp_path: Path) -> None:
    source = tmp_path / "flow.asl.json"
    source.write_text(json.dumps(MACHINE))
    result = CliRunner().invoke(app, ["run", str(source), "-i", '{"n": 50}', "--coverage"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"status": "SUCCEEDED", "output": {"n": 50}}
    assert result.stderr.splitlines()[0] == (
        "coverage of 1 run: 2 of 6 states (33%), 2 of 9 transitions (22%)"
    )
