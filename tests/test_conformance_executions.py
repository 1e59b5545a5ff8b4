"""Every recorded execution of the conformance corpus, run locally and compared with AWS's result.

The corpus (``corpus/executions`` and ``corpus/executions_mocked``) holds definitions, inputs
and the results AWS produced; see ``docs/conformance.md`` for the pass count.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS

from sfdsl._runner import load_mock_config, run

FOLDERS = ("executions", "executions_mocked")

# Cases that cannot pass, with the reason (kept in sync with docs/conformance.md).
_PLACEHOLDER_DATE = (
    "corpus input holds the snapshot placeholder 'date' instead of the recorded timestamps"
)
_PLACEHOLDER_TIMESTAMP = (
    "corpus input holds a snapshot placeholder instead of the recorded timestamp"
)
_EMPTY_ERROR_EQUALS = (
    "the stored definition has a Catch with an empty ErrorEquals (which the service rejects); "
    "the recorded run used the test's modified definition, not captured in the case"
)
XFAIL: dict[str, str] = {
    # The snapshot tool replaced the timestamps of these inputs with the placeholder 'date':
    # both operands read 'date', so the recorded comparison result cannot be reproduced.
    "executions/choice_operators__test_timestamp_equals__014": _PLACEHOLDER_DATE,
    "executions/choice_operators__test_timestamp_equals_path__000": _PLACEHOLDER_DATE,
    "executions/choice_operators__test_timestamp_greater_than__002": _PLACEHOLDER_DATE,
    "executions/choice_operators__test_timestamp_greater_than_equals__000": _PLACEHOLDER_DATE,
    "executions/choice_operators__test_timestamp_less_than__001": _PLACEHOLDER_DATE,
    "executions/choice_operators__test_timestamp_less_than_equals__000": _PLACEHOLDER_DATE,
    # The input's timestamp became the placeholder 'date'/'timestamp'; the value AWS waited on
    # (or printed in the cause) is not in the case.
    "executions/scenarios__test_wait_timestamp_jsonata": _PLACEHOLDER_TIMESTAMP,
    "executions/scenarios__test_wait_timestamp_jsonata__INVALID_DATE": _PLACEHOLDER_TIMESTAMP,
    "executions/scenarios__test_wait_timestamp_jsonata__INVALID_ISO": _PLACEHOLDER_TIMESTAMP,
    "executions/scenarios__test_wait_timestamp_jsonata__INVALID_TIME": _PLACEHOLDER_TIMESTAMP,
    "executions/scenarios__test_wait_timestamp_jsonata__NO_T": _PLACEHOLDER_TIMESTAMP,
    "executions/scenarios__test_wait_timestamp_jsonata__NO_Z": _PLACEHOLDER_TIMESTAMP,
    "executions/scenarios__test_wait_timestamp_path": _PLACEHOLDER_TIMESTAMP,
    "executions/scenarios__test_wait_timestamp_path__INVALID_DATE": _PLACEHOLDER_TIMESTAMP,
    "executions/scenarios__test_wait_timestamp_path__INVALID_ISO": _PLACEHOLDER_TIMESTAMP,
    "executions/scenarios__test_wait_timestamp_path__INVALID_TIME": _PLACEHOLDER_TIMESTAMP,
    "executions/scenarios__test_wait_timestamp_path__NO_T": _PLACEHOLDER_TIMESTAMP,
    "executions/scenarios__test_wait_timestamp_path__NO_Z": _PLACEHOLDER_TIMESTAMP,
    "executions_mocked/error_handling__TestTaskLambda__test_raise_custom_exception": _EMPTY_ERROR_EQUALS,
    "executions_mocked/error_handling__TestTaskServiceLambda__test_raise_custom_exception": _EMPTY_ERROR_EQUALS,
}


def _cases() -> list[Any]:
    out = []
    for folder in FOLDERS:
        root = CORPUS / folder
        if not root.is_dir():
            continue
        for case in sorted(p for p in root.iterdir() if p.is_dir()):
            case_id = f"{folder}/{case.name}"
            marks = []
            if case_id in XFAIL:
                marks.append(pytest.mark.xfail(reason=XFAIL[case_id], strict=True))
            out.append(pytest.param(case, id=case_id, marks=marks))
    return out


CASES = _cases()


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def run_case(case: Path) -> dict[str, Any]:
    """Run one corpus case and return the result in the shape of its expected.json."""
    mocks = None
    if (case / "mocks.json").exists():
        test_case = (
            (case / "test_case").read_text(encoding="utf-8").strip()
            if (case / "test_case").exists()
            else "recorded"
        )
        mocks = load_mock_config(case / "mocks.json").mocks_for(test_case)
    # Run the definitions as recorded: some hold the recorder's placeholders, which validation
    # refuses.
    result = run(
        _load(case / "definition.json"), _load(case / "input.json"), mocks=mocks, validate=False
    )
    return result.to_json_dict()


@pytest.mark.parametrize("case", CASES)
def test_recorded_execution(case: Path) -> None:
    expected = _load(case / "expected.json")
    actual = run_case(case)
    assert actual["status"] == expected["status"]
    # A few moto cases assert only some fields (meta.asserted_fields): compare what is recorded.
    if expected["status"] == "SUCCEEDED" and "output" in expected:
        assert actual["output"] == expected["output"]
        # also the JSON text, so 1 and 1.0 or True and 1 are told apart
        assert json.dumps(actual["output"], sort_keys=True) == json.dumps(
            expected["output"], sort_keys=True
        )
    for field in ("error", "cause"):
        if field in expected:
            assert actual.get(field) == expected[field], field


# Histories: the service's event types, ids and previousEventIds, as far as the snapshots keep them
# (the snapshot tool re-sorts the events inside Parallel states, gives them the id "[0]" and drops
# ParallelStateSucceeded).
_DISTRIBUTED_PREVIOUS = (
    "in distributed Map recordings MapStateExited chains to MapRunStarted when the Map is not the "
    "first state and to MapRunSucceeded when it is; sfdsl always chains to MapRunSucceeded"
)
HISTORY_XFAIL: dict[str, str] = {
    "executions/scenarios__test_parallel_state_nested": (
        "the snapshot lost the inner Parallel's ParallelStateExited event (ids 8-10 are missing)"
    ),
    "executions/assign__test_reference_in_map_state__MAP_STATE_REFERENCE_IN_ITEM_SELECTOR": _DISTRIBUTED_PREVIOUS,
    "executions/assign__test_reference_in_map_state__MAP_STATE_REFERENCE_IN_TOLERATED_FAILURE_PATH": _DISTRIBUTED_PREVIOUS,
    "executions/scenarios__test_map_state_config_distributed_item_selector_parameters": _DISTRIBUTED_PREVIOUS,
    "executions/scenarios__test_map_state_config_distributed_items_path_from_previous": _DISTRIBUTED_PREVIOUS,
    "executions/scenarios__test_map_state_nested_config_distributed": _DISTRIBUTED_PREVIOUS,
}


def _history_cases() -> list[Any]:
    out = []
    for param in CASES:
        case, case_id = param.values[0], param.id
        if not (case / "history.json").exists() or case_id in XFAIL:
            continue
        marks = []
        if case_id in HISTORY_XFAIL:
            marks.append(pytest.mark.xfail(reason=HISTORY_XFAIL[case_id], strict=True))
        out.append(pytest.param(case, id=case_id, marks=marks))
    return out


@pytest.mark.parametrize("case", _history_cases())
def test_recorded_history(case: Path) -> None:
    mocks = None
    if (case / "mocks.json").exists():
        mocks = load_mock_config(case / "mocks.json").mocks_for("recorded")
    result = run(
        _load(case / "definition.json"), _load(case / "input.json"), mocks=mocks, validate=False
    )
    recorded = _load(case / "history.json")
    ours = [e for e in result.history if e.type != "ParallelStateSucceeded"]
    recorded_types = [e["type"] for e in recorded]
    our_types = [e.type for e in ours]
    if "Parallel" in (case / "definition.json").read_text(encoding="utf-8"):
        recorded_types.sort()
        our_types.sort()
    assert our_types == recorded_types
    by_id = {e.id: (e.id, e.previous_event_id, e.type) for e in result.history}
    for event in recorded:
        if isinstance(event["id"], int):
            assert by_id.get(event["id"]) == (event["id"], event["previousEventId"], event["type"])
