"""Independent validators agree: generated machines pass cfn-lint (E3601) and asl-validator.

asl-validator is an npm CLI. It is used when ``ASL_VALIDATOR`` names it, when it is on PATH, or
when ``npx --no-install asl-validator`` finds it; otherwise those tests are skipped.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_properties import valid_machines

from sfdsl import Pass, StateMachine

ORACLE_SETTINGS = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
INSTALL_HINT = (
    "asl-validator is not installed: `npm install -g asl-validator`, "
    "or set ASL_VALIDATOR to its path"
)


# --------------------------------------------------------------------------- cfn-lint


def cfn_lint_findings(definition: dict[str, Any]) -> list[tuple[str, list[Any]]]:
    """cfn-lint E3601 findings (message, path) for a template holding *definition*."""
    from cfnlint.api import ManualArgs, lint

    template = {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Resources": {
            "Machine": {
                "Type": "AWS::StepFunctions::StateMachine",
                "Properties": {
                    "RoleArn": "arn:aws:iam::123456789012:role/machine",
                    "Definition": definition,
                },
            }
        },
    }
    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    return [(m.message, list(m.path)) for m in matches if m.rule.id == "E3601"]


def cfn_lint_problems(definition: dict[str, Any]) -> list[str]:
    """The E3601 findings, less those where cfn-lint is stricter than ASL (see below)."""
    return [
        f"{message} @ {'.'.join(map(str, path))}"
        for message, path in cfn_lint_findings(definition)
        if not _known_false_positive(definition, path, message)
    ]


def _known_false_positive(definition: dict[str, Any], path: list[Any], message: str) -> bool:
    """Findings where cfn-lint's schema is stricter than ASL and the service.

    - fields of SCHEMA_GAPS, which ASL allows on those state types;
    - A JSONata expression where the schema wants a number (Wait Seconds, TimeoutSeconds,
      MaxConcurrency...) in a state that sets QueryLanguage JSONata itself: cfn-lint accepts
      these only when the whole machine is JSONata.
    """
    if message.startswith("'{%") and " is not of type " in message:
        return True
    where = path[4:]  # after Resources.Machine.Properties.Definition
    if len(where) < 3:
        return False
    node: Any = definition
    for key in where[:-1]:
        node = node[key]
    kind = node.get("Type") if isinstance(node, dict) else None
    return (kind, where[-1]) in SCHEMA_GAPS


# (state type, field) that ASL allows and cfn-lint's schema does not.
SCHEMA_GAPS = {
    # The ASL specification and the AWS documentation list both; deployed workflows use them
    # (corpus: asl-validator__succeed.json, sfwc__parallel-agent-early-stopping__main.json).
    ("Succeed", "InputPath"),
    ("Succeed", "OutputPath"),
    # JSONPath Parallel states take Parameters (corpus: asl-validator__parallel-parameters.json,
    # sfwc__quorum-with-parallel-pattern__statemachine.json).
    ("Parallel", "Parameters"),
}


@pytest.mark.parametrize(
    ("definition", "finding"),
    [
        (
            {"StartAt": "A", "States": {"A": {"Type": "Succeed", "OutputPath": "$.a"}}},
            "Additional properties are not allowed ('OutputPath' was unexpected)",
        ),
        (
            {
                "StartAt": "P",
                "States": {
                    "P": {
                        "Type": "Parallel",
                        "Parameters": {"a.$": "$.a"},
                        "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Succeed"}}}],
                        "End": True,
                    }
                },
            },
            "Additional properties are not allowed ('Parameters' was unexpected)",
        ),
        (
            {
                "StartAt": "W",
                "States": {
                    "W": {
                        "Type": "Wait",
                        "QueryLanguage": "JSONata",
                        "Seconds": "{% $states.input.d %}",
                        "End": True,
                    }
                },
            },
            "'{% $states.input.d %}' is not of type 'number'",
        ),
    ],
)
def test_cfn_lint_findings_that_asl_allows_are_ignored(
    definition: dict[str, Any], finding: str
) -> None:
    assert StateMachine.from_asl(definition).to_asl() == definition
    assert [message for message, _ in cfn_lint_findings(definition)] == [finding]
    assert cfn_lint_problems(definition) == []


def test_cfn_lint_is_a_working_oracle() -> None:
    """The oracle rejects what it should, so a pass below means something."""
    assert cfn_lint_problems({"StartAt": "A", "States": {"A": {"Type": "Task", "End": True}}}) == [
        "'Resource' is a required property @ Resources.Machine.Properties.Definition.States.A"
    ]
    assert cfn_lint_problems(StateMachine(Pass("A")).to_asl()) == []


@pytest.mark.slow
@ORACLE_SETTINGS
@given(valid_machines())
def test_generated_machines_pass_cfn_lint(machine: StateMachine) -> None:
    assert cfn_lint_problems(machine.to_asl()) == []


# --------------------------------------------------------------------------- asl-validator


@cache
def asl_validator() -> list[str] | None:
    """The command that runs asl-validator, or None when it is not installed."""
    configured = os.environ.get("ASL_VALIDATOR")
    if configured:
        return [configured]
    found = shutil.which("asl-validator")
    if found:
        return [found]
    npx = shutil.which("npx")
    if npx is None:
        return None
    probe = subprocess.run(
        [npx, "--no-install", "asl-validator", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return [npx, "--no-install", "asl-validator"] if probe.returncode == 0 else None


def run_asl_validator(definitions: list[dict[str, Any]], folder: Path) -> tuple[int, str]:
    command = asl_validator()
    if command is None:
        pytest.skip(INSTALL_HINT)
    args = list(command)
    for i, definition in enumerate(definitions):
        path = folder / f"machine-{i}.json"
        path.write_text(json.dumps(definition), encoding="utf-8")
        args += ["--json-path", str(path)]
    done = subprocess.run(args, capture_output=True, text=True, timeout=300, check=False)
    return done.returncode, done.stdout + done.stderr


# asl-validator reports "/States/<name>/<field>/... is invalid" per schema violation.
FINDING = re.compile(
    r'definition "(?P<file>[^"]+)" is invalid:\s*\n\s*(?P<code>[A-Z_]+): (?P<pointer>/.*?) is invalid\.'
)


def _at_pointer(document: Any, pointer: str) -> Any:
    for part in pointer.lstrip("/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        document = document[int(part)] if isinstance(document, list) else document[part]
    return document


def asl_validator_false_positive(definition: dict[str, Any], pointer: str) -> bool:
    """asl-validator's schema rejects ``null`` and ``""`` as elements of arrays in payloads.

    ASL payload templates are any JSON (the service accepts ``"Parameters": {"a": [null, ""]}``),
    so a finding whose pointer lands on such an array element is the validator's mistake.
    """
    parts = pointer.rstrip("/").rsplit("/", 1)
    if len(parts) != 2 or not parts[1].isdigit():
        return False
    try:
        container = _at_pointer(definition, parts[0])
    except (KeyError, IndexError, ValueError, TypeError):
        return False
    return isinstance(container, list) and container[int(parts[1])] in (None, "")


def asl_validator_problems(
    definitions: list[dict[str, Any]], folder: Path
) -> tuple[list[str], str]:
    """asl-validator's findings on *definitions*, less its known false positives.

    It reports only the first schema violation of a file, so a file whose finding is a false
    positive is checked again with that array element replaced by ``0``, until it passes or
    reports a real problem.
    """
    pending = [copy.deepcopy(d) for d in definitions]
    real: list[str] = []
    output = ""
    for _ in range(20):
        code, output = run_asl_validator(pending, folder)
        if code == 0:
            return real, output
        findings = list(FINDING.finditer(output))
        if not findings:  # a failure we cannot attribute: report it whole
            return [*real, output], output
        retry = []
        for found in findings:
            definition = pending[int(Path(found["file"]).stem.rsplit("-", 1)[1])]
            pointer = found["pointer"]
            if asl_validator_false_positive(definition, pointer):
                container, index = pointer.rsplit("/", 1)
                _at_pointer(definition, container)[int(index)] = 0
                retry.append(definition)
            else:
                real.append(f"{found['code']} at {pointer} in {json.dumps(definition)}")
        if not retry:
            return real, output
        pending = retry
    return [*real, f"false positives kept coming: {output}"], output


def test_asl_validator_null_or_empty_in_array_is_a_known_false_positive(tmp_path: Path) -> None:
    with_null = StateMachine(Pass("A", parameters={"list": [1, None, ""]})).to_asl()
    code, output = run_asl_validator([with_null], tmp_path)
    assert code != 0, "asl-validator accepts these arrays now: drop the false-positive filter"
    assert asl_validator_problems([with_null], tmp_path)[0] == [], output
    # A real problem behind the false positive is still found.
    broken = copy.deepcopy(with_null)
    broken["States"]["A"]["Type"] = "Pas"
    problems, output = asl_validator_problems([broken], tmp_path)
    assert problems, output


def test_asl_validator_is_a_working_oracle(tmp_path: Path) -> None:
    bad = {"StartAt": "A", "States": {"A": {"Type": "Pass"}}}
    problems, output = asl_validator_problems([bad], tmp_path)
    assert problems, output
    code, output = run_asl_validator([StateMachine(Pass("A")).to_asl()], tmp_path)
    assert code == 0, output


@pytest.mark.slow
# One node process checks a whole batch (starting node per machine is slow); shrinking a batch of
# twenty machines would take minutes, and the failure message names the offending definition.
@pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")
@settings(
    max_examples=5,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
@given(machines=st.lists(valid_machines(), min_size=20, max_size=20))
def test_generated_machines_pass_asl_validator(
    machines: list[StateMachine], tmp_path: Path
) -> None:
    problems, _ = asl_validator_problems([m.to_asl() for m in machines], tmp_path)
    assert problems == []
