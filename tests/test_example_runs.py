"""The examples run through ``sfdsl run`` with their Step Functions Local mock files.

Each case is a test case of ``examples/mocks/<example>.json`` and the result the example's
source document describes: the approval flow pinned to its Lambda version succeeds (and fails
when the function answers what its next version answers), the report poller loops until the
report is ready and then ends, the warm functions are called through their aliases.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sfdsl.cli import app

ROOT = Path(__file__).resolve().parents[1]
MOCKS = ROOT / "examples" / "mocks"


def _run(example: str, case: str, machine: str | None = None) -> dict[str, Any]:
    args = ["run", str(ROOT / "examples" / f"{example}.py")]
    if machine is not None:
        args += ["--state-machine", machine]
    args += ["--mocks", str(MOCKS / f"{example}.json"), "--test-case", case, "--history"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    output: dict[str, Any] = json.loads(result.stdout)
    return output


def _entered(result: dict[str, Any]) -> list[str]:
    return [
        e["stateEnteredEventDetails"]["name"]
        for e in result["history"]
        if e["type"].endswith("StateEntered")
    ]


def _called(result: dict[str, Any]) -> list[str]:
    return [
        e["lambdaFunctionScheduledEventDetails"]["resource"]
        for e in result["history"]
        if e["type"] == "LambdaFunctionScheduled"
    ]


# example, state machine, test case -> status, output or (error, cause), states entered
CASES: dict[str, tuple[str, str | None, str, str, Any, list[str]]] = {
    "provisioned concurrency: the aliases answer": (
        "provisioned_concurrency",
        None,
        "Warm",
        "SUCCEEDED",
        {"greeting": "hi"},
        ["HelloWorld", "HiWorld"],
    ),
    "exact versions: version 1 approves": (
        "exact_versions",
        None,
        "Approved",
        "SUCCEEDED",
        "Approved",
        ["Wait", "Hello", "Decide", "Success"],
    ),
    "exact versions: version 2's answer fails the old definition": (
        "exact_versions",
        None,
        "ThumbsUp",
        "FAILED",
        (None, None),
        ["Wait", "Hello", "Decide", "Failed"],
    ),
    "report runner: polls until the report is ready": (
        "report_runner",
        None,
        "ReportReady",
        "SUCCEEDED",
        {"page": "s3://reports-site/index.html"},
        ["CreateReportState"]
        + ["WaitBeforeCheckState", "PollReportState", "CheckIfDoneState"] * 3
        + ["DownloadReportState", "UpdateSiteState"],
    ),
    "report runner: a poll without download_url keeps polling": (
        "report_runner",
        None,
        "NoUrlFieldYet",
        "SUCCEEDED",
        {"page": "s3://reports-site/index.html"},
        ["CreateReportState"]
        + ["WaitBeforeCheckState", "PollReportState", "CheckIfDoneState"] * 2
        + ["DownloadReportState", "UpdateSiteState"],
    ),
    "provisioned autoscaling: a quote": (
        "provisioned_autoscaling",
        None,
        "Quoted",
        "SUCCEEDED",
        {"price": 42, "currency": "EUR"},
        ["GetQuote", "Priced?", "Quoted"],
    ),
    "provisioned autoscaling: throttled once, retried": (
        "provisioned_autoscaling",
        None,
        "ThrottledOnce",
        "SUCCEEDED",
        {"price": 42, "currency": "EUR"},
        ["GetQuote", "Priced?", "Quoted"],
    ),
    "provisioned autoscaling: no price": (
        "provisioned_autoscaling",
        None,
        "NoPrice",
        "FAILED",
        ("Quote.NoPrice", "the quote has no positive price"),
        ["GetQuote", "Priced?", "NoPrice"],
    ),
    "plugin README: the function by its ARN": (
        "plugin_readme_events",
        "myStateMachine",
        "Hello",
        "SUCCEEDED",
        {"message": "Hello from messager-dev-hello"},
        ["HelloWorld1"],
    ),
    "plugin README: the activity": (
        "plugin_readme_events",
        "activityMachine",
        "WorkerDone",
        "SUCCEEDED",
        {"done": True},
        ["HelloWorld2"],
    ),
    "plugin README: retry a handled error": (
        "plugin_readme_samples",
        "yourRetryMachine",
        "HandledErrorThenSuccess",
        "SUCCEEDED",
        {"hello": "world"},
        ["HelloWorld"],
    ),
    "plugin README: catch a handled error": (
        "plugin_readme_samples",
        "yourCatchMachine",
        "HandledError",
        "SUCCEEDED",
        "This is a fallback from a custom lambda function exception",
        ["HelloWorld", "CustomErrorFallback"],
    ),
    "plugin README: catch States.TaskFailed": (
        "plugin_readme_samples",
        "yourCatchMachine",
        "TaskFailed",
        "SUCCEEDED",
        "This is a fallback from a reserved error code",
        ["HelloWorld", "ReservedTypeFallback"],
    ),
    "plugin README: States.TaskFailed does not catch States.Timeout": (
        "plugin_readme_samples",
        "yourCatchMachine",
        "Timeout",
        "SUCCEEDED",
        "This is a fallback from a reserved error code",
        ["HelloWorld", "CatchAllFallback"],
    ),
    "plugin README: choice on foo == 1": (
        "plugin_readme_samples",
        "yourChoiceMachine",
        "FooIsOne",
        "SUCCEEDED",
        {"hello": "world"},
        ["FirstState", "ChoiceState", "FirstMatchState", "NextState"],
    ),
    "plugin README: no choice matches": (
        "plugin_readme_samples",
        "yourChoiceMachine",
        "FooIsThree",
        "FAILED",
        (None, "No Matches!"),
        ["FirstState", "ChoiceState", "DefaultState"],
    ),
}


@pytest.mark.parametrize(
    ("example", "machine", "case", "status", "expected", "entered"),
    CASES.values(),
    ids=CASES.keys(),
)
def test_example_runs_with_its_mock_file(
    example: str,
    machine: str | None,
    case: str,
    status: str,
    expected: Any,
    entered: list[str],
) -> None:
    result = _run(example, case, machine)
    assert result["status"] == status
    if status == "SUCCEEDED":
        assert result["output"] == expected
    else:
        assert (result["error"], result["cause"]) == expected
    assert _entered(result) == entered


def test_warm_functions_are_called_through_their_aliases() -> None:
    result = _run("provisioned_concurrency", "Warm")
    assert _called(result) == ["${HelloFunctionAlias}", "${HiFunctionAlias}"]


def test_the_pinned_execution_waits_five_minutes_and_calls_the_version() -> None:
    result = _run("exact_versions", "Approved")
    assert _called(result) == ["${HelloFunctionVersion}"]
    (waited,) = [e for e in result["history"] if e["type"] == "WaitStateExited"]
    (started,) = [e for e in result["history"] if e["type"] == "WaitStateEntered"]
    assert _seconds(waited["timestamp"]) - _seconds(started["timestamp"]) == 300


def _seconds(timestamp: str) -> float:
    from datetime import datetime

    return datetime.fromisoformat(timestamp.replace("Z", "+00:00")).timestamp()


def test_every_mock_file_belongs_to_an_example() -> None:
    mock_files = {p.stem for p in MOCKS.glob("*.json")}
    assert mock_files == {c[0] for c in CASES.values()}
    assert mock_files <= {p.stem for p in (ROOT / "examples").glob("*.py")}
