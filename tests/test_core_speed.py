"""The core's hot path does each piece of work once: what reading ASL does not repeat.

The timing targets themselves are in ``benchmarks/bench_core.py``; these tests pin the
mechanisms that keep the work linear and unrepeated.
"""

from __future__ import annotations

from typing import Any

import jsonata
import pytest

from sfdsl import Catch, Retry, StateMachine, _conditions
from sfdsl.errors import Problem


def test_a_jsonata_condition_read_from_asl_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real = jsonata.Jsonata

    def counting(text: str) -> Any:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(jsonata, "Jsonata", counting)
    _conditions._jsonata_parse_error.cache_clear()
    rule = {"Condition": "{% $states.input.n > 41 %}", "Next": "Done"}
    machine = StateMachine.from_asl(
        {
            "QueryLanguage": "JSONata",
            "StartAt": "Pick",
            "States": {
                "Pick": {"Type": "Choice", "Choices": [rule], "Default": "Done"},
                "Done": {"Type": "Succeed"},
            },
        }
    )
    assert machine.to_asl()["States"]["Pick"]["Choices"] == [rule]
    assert parsed.count("$states.input.n > 41") == 1


def test_a_bad_jsonata_condition_keeps_its_message_when_parsed_from_the_cache() -> None:
    first = _conditions.jsonata_problem("{% $x = %}")
    again = _conditions.jsonata_problem("{% $x = %}")
    expected = (
        "Condition '{% $x = %}' is not a valid JSONata expression: Unexpected end of expression"
    )
    assert first == again == expected


@pytest.mark.parametrize("rule", [Retry, Catch])
def test_a_retry_or_catch_read_from_asl_is_checked_once(
    rule: type[Retry | Catch], monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[str] = []
    real = rule.problems

    def counting(self: Retry | Catch, path: str) -> list[Problem]:
        checked.append(path)
        return real(self, path)

    monkeypatch.setattr(rule, "problems", counting)
    task = {
        "Type": "Task",
        "Resource": "arn:aws:lambda:us-east-1:123456789012:function:work",
        "Retry": [{"ErrorEquals": ["States.Timeout"], "MaxAttempts": 2}],
        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Done"}],
        "Next": "Done",
    }
    machine = StateMachine.from_asl(
        {"StartAt": "Work", "States": {"Work": task, "Done": {"Type": "Succeed"}}}
    )
    assert machine.to_asl()["States"]["Work"] == task
    assert checked == [rule.__name__]
