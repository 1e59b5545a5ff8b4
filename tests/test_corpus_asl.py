"""Acceptance: every corpus definition that is valid round-trips; every invalid one is rejected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import CORPUS as REPO_CORPUS

from sfdsl import StateMachine
from sfdsl.errors import ValidationError

CORPUS = REPO_CORPUS / "asl"


def _files(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (CORPUS / folder).glob("*.json"))


def _manifest() -> dict[str, dict[str, object]]:
    records = {}
    for line in (CORPUS / "_manifest_all.jsonl").read_text().splitlines():
        record = json.loads(line)
        records[Path(record["file"]).name] = record
    return records


MANIFEST = _manifest()

# Files the source labels valid that the Step Functions service itself rejects. sfdsl follows the
# service; each is checked to be rejected for exactly this reason.
SERVICE_REJECTS = {
    "sfwc__shared-fallback-state-jsonata__statemachine.json": (
        "a state must be an object, got a string",
        "States.QueryLanguage",
    ),
    "asl-validator__task-credentials.json": (
        "Credentials needs RoleArn",
        "States.X.Credentials.RoleArn",
    ),
    "statelint-aws__task-with-credentials.json": (
        "Credentials needs RoleArn",
        "States.p.Credentials.RoleArn",
    ),
}
VALID = [p for p in _files("valid", "realworld") if p.name not in SERVICE_REJECTS]
INVALID = _files("invalid")


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_definitions_round_trip(path: Path) -> None:
    document = json.loads(path.read_text())
    machine = StateMachine.from_asl(document)
    assert machine.to_asl() == document
    assert StateMachine.from_asl(machine.to_json()) == machine


@pytest.mark.parametrize("name", sorted(SERVICE_REJECTS))
def test_definitions_the_service_rejects_are_rejected(name: str) -> None:
    path = next(p for p in _files("valid", "realworld") if p.name == name)
    message, where = SERVICE_REJECTS[name]
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl(path)
    assert any(p.message.startswith(message) and p.path == where for p in info.value.problems), (
        info.value
    )


def _machine_type(path: Path) -> str:
    return "EXPRESS" if "express_only" in path.name else "STANDARD"


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_definitions_are_rejected(path: Path) -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine.from_asl(path, type=_machine_type(path))  # type: ignore[arg-type]
    assert info.value.problems, "a rejection names at least one problem"
    assert all(p.path or p.message for p in info.value.problems)


def test_corpus_counts() -> None:
    """The acceptance folders are all there (125 valid, 147 real-world, 100 invalid)."""
    assert (len(_files("valid")), len(_files("realworld")), len(INVALID)) == (125, 147, 100)


def _recorded_definitions() -> dict[str, Path]:
    """Each distinct definition of the recorded executions, by content, with its first case."""
    found: dict[str, Path] = {}
    for path in sorted(REPO_CORPUS.glob("executions*/*/definition.json")):
        key = json.dumps(json.loads(path.read_text()), sort_keys=True)
        found.setdefault(key, path)
    return found


RECORDED = _recorded_definitions()

# Cases whose definition.json is not the definition the service ran: the recording test changed
# it before creating the machine, and the corpus copy kept the template.
NOT_AS_RUN = {
    # LocalStack's snapshot tool writes 'date' for every timestamp; the test compared with a
    # real RFC 3339 timestamp (T0/T1 of test_timestamp_operators.py).
    **{
        f"choice_operators__test_timestamp_{op}__000": "'date' stands for a timestamp"
        for op in ("equals", "greater_than", "greater_than_equals", "less_than", "less_than_equals")
    },
    # The template task_lambda_invoke_catch_tbd.json5 leaves ErrorEquals to the test ("tbd").
    "error_handling__TestTaskLambda__test_raise_custom_exception": "ErrorEquals set by the test",
    "error_handling__TestTaskServiceLambda__test_raise_custom_exception": (
        "ErrorEquals set by the test"
    ),
}
AS_RUN = [p for p in RECORDED.values() if p.parent.name not in NOT_AS_RUN]


@pytest.mark.parametrize("path", AS_RUN, ids=lambda p: p.parent.name)
def test_every_definition_the_service_ran_is_accepted(path: Path) -> None:
    document = json.loads(path.read_text())
    machine = StateMachine.from_asl(document)
    assert all(w.severity == "warning" for w in machine.warnings)
    # Written back as read (empty Retry/Catch lists are omitted), and read again the same.
    assert StateMachine.from_asl(machine.to_json()) == machine


def test_the_recorded_definitions_are_all_checked() -> None:
    assert len(RECORDED) == 263
    assert len(AS_RUN) == len(RECORDED) - len(NOT_AS_RUN)
    assert {p.parent.name for p in RECORDED.values()} >= set(NOT_AS_RUN)
