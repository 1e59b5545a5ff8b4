"""``run(dict)`` in Python and ``sfdsl run FILE`` agree on every definition of the corpus.

Both refuse the same definitions (a ``ValidationError`` is exit 1, an ``ExecutionSetupError``
exit 2) and give the same result for the others: status, error, the events of the history, the
output and the cause. The command names the machine after its file where Python calls it
``LocalStateMachine``, and identifiers and clock times differ from run to run: those are put
aside before comparing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import CORPUS
from typer.testing import CliRunner

from sfdsl import run
from sfdsl._runner import load_mock_config
from sfdsl.cli import app
from sfdsl.errors import ExecutionSetupError, ValidationError

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")
_OUTCOMES = {0: "ran", 1: "refused", 2: "cannot run"}


def _cases() -> list[Any]:
    cases = []
    for folder in ("executions", "executions_mocked"):
        for case in sorted(p for p in (CORPUS / folder).iterdir() if p.is_dir()):
            mocks = case / "mocks.json"
            cases.append(
                pytest.param(
                    case / "definition.json",
                    case / "input.json",
                    mocks if mocks.exists() else None,
                    id=f"{folder}/{case.name}",
                )
            )
    for folder in ("valid", "invalid", "realworld"):
        for path in sorted((CORPUS / "asl" / folder).glob("*.json")):
            cases.append(pytest.param(path, None, None, id=f"asl/{folder}/{path.name}"))
    return cases


def _comparable(result: dict[str, Any], machine_name: str | None) -> dict[str, Any]:
    text = json.dumps(
        {
            "status": result["status"],
            "error": result.get("error"),
            "cause": result.get("cause"),
            "output": result.get("output"),
            "events": [event["type"] for event in result["history"]],
        },
        sort_keys=True,
    )
    if machine_name is not None:
        text = text.replace(f":{machine_name}:", ":LocalStateMachine:")
        text = text.replace(f':{machine_name}\\"', ':LocalStateMachine\\"')
        text = text.replace(f'"{machine_name}"', '"LocalStateMachine"')
    text = _TIME.sub("<time>", _UUID.sub("<uuid>", text))
    comparable: dict[str, Any] = json.loads(text)
    return comparable


def _python(definition: Path, input_path: Path | None, mocks: Path | None) -> Any:
    document = json.loads(definition.read_text(encoding="utf-8"))
    data = json.loads(input_path.read_text(encoding="utf-8")) if input_path else {}
    task_mocks = load_mock_config(mocks).mocks_for("recorded") if mocks else None
    try:
        result = run(document, data, mocks=task_mocks)
    except ValidationError:
        return "refused"
    except ExecutionSetupError:
        return "cannot run"
    return _comparable(result.to_json_dict(history=True), None)


def _command(definition: Path, input_path: Path | None, mocks: Path | None) -> Any:
    args = ["run", str(definition), "--history"]
    if input_path is not None:
        args += ["--input", f"@{input_path}"]
    if mocks is not None:
        args += ["--mocks", str(mocks), "--test-case", "recorded"]
    done = CliRunner().invoke(app, args)
    if done.exit_code != 0:
        return _OUTCOMES.get(done.exit_code, f"exit {done.exit_code}")
    # sfdsl run names the machine after the file, when the name is a valid machine name.
    return _comparable(json.loads(done.stdout), definition.name.split(".", 1)[0])


@pytest.mark.slow
@pytest.mark.parametrize(("definition", "input_path", "mocks"), _cases())
def test_python_and_the_command_agree(
    definition: Path, input_path: Path | None, mocks: Path | None
) -> None:
    assert _python(definition, input_path, mocks) == _command(definition, input_path, mocks)


def test_the_comparison_tells_results_apart() -> None:
    """What is put aside is only the machine name, identifiers and times."""
    base = {"status": "SUCCEEDED", "output": {"n": 1}, "history": [{"type": "ExecutionStarted"}]}
    named = {**base, "output": "arn:aws:states:us-east-1:1:execution:orders:local"}
    local = {**base, "output": "arn:aws:states:us-east-1:1:execution:LocalStateMachine:local"}
    assert _comparable(named, "orders") == _comparable(local, None)
    assert _comparable(base, None) != _comparable({**base, "output": {"n": 2}}, None)
    failed = {**base, "status": "FAILED", "error": "E", "cause": "c"}
    assert _comparable(base, None) != _comparable(failed, None)
    longer = {**base, "history": [{"type": "ExecutionStarted"}, {"type": "PassStateEntered"}]}
    assert _comparable(base, None) != _comparable(longer, None)
