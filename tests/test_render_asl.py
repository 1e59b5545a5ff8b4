"""render_asl: the ASL with its placeholders filled, named as in DefinitionSubstitutions."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from sfdsl import Placeholder, StateMachine, Task, ValidationError, render_asl
from sfdsl.cfn import Activity, Function, render, template_for

URL = "https://sqs.us-east-1.amazonaws.com/123456789012/jobs"
FN = "arn:aws:lambda:us-east-1:123456789012:function:hello"


def _send(queue: Any) -> StateMachine:
    return StateMachine(
        Task(
            "Send",
            resource="arn:aws:states:::sqs:sendMessage",
            parameters={"QueueUrl": queue, "MessageBody.$": "$"},
        ),
        name="send",
    )


def _asl(machine: StateMachine, values: dict[str, Any] | None = None, **kw: Any) -> Any:
    return json.loads(render_asl(machine, values, **kw))


@pytest.mark.parametrize(
    ("queue", "values", "filled"),
    [
        ({"Ref": "Jobs"}, {"Jobs": URL}, URL),
        ({"Fn::GetAtt": ["Jobs", "QueueUrl"]}, {"JobsQueueUrl": URL}, URL),
        ("${JobsUrl}", {"JobsUrl": URL}, URL),
        (Placeholder("JobsUrl", {"Ref": "Jobs"}), {"JobsUrl": URL}, URL),
        (Placeholder("JobsUrl", URL), {}, URL),
        (Placeholder("JobsUrl", URL), {"JobsUrl": "https://other"}, "https://other"),
        (
            "https://sqs.${AWS::Region}.amazonaws.com/${AWS::AccountId}/jobs",
            {"AWS::Region": "us-east-1", "AWS::AccountId": "123456789012"},
            URL,
        ),
        (
            Placeholder("JobsUrl", "https://sqs.${AWS::Region}.amazonaws.com/123456789012/jobs"),
            {"AWS::Region": "us-east-1"},
            URL,
        ),
    ],
    ids=["ref", "getatt", "text", "placeholder", "own-value", "given-wins", "pseudo", "nested"],
)
def test_placeholders_are_filled(queue: Any, values: dict[str, Any], filled: str) -> None:
    asl = _asl(_send(queue), values)
    assert asl["States"]["Send"]["Parameters"] == {"QueueUrl": filled, "MessageBody.$": "$"}


def test_the_names_are_those_of_the_templates_definition_substitutions() -> None:
    hello = Function("Hello", code="def handler(event, context):\n    return event\n")
    review = Activity("review")
    machine = StateMachine(
        Task("Call", resource=hello.arn).next(Task("Review", resource=review.arn)), name="flow"
    )
    from sfdsl.cfn import App

    app = App().with_functions(hello).with_activities(review).add(machine)
    built = json.loads(render(template_for(app)))["Resources"]["Flow"]["Properties"]
    names = set(built["DefinitionSubstitutions"])
    assert names == {"HelloArn", "ReviewActivityArn"}
    activity = "arn:aws:states:us-east-1:123456789012:activity:review"
    asl = _asl(machine, {"HelloArn": FN, "ReviewActivityArn": activity})
    assert [asl["States"][s]["Resource"] for s in ("Call", "Review")] == [FN, activity]


def test_every_unfilled_placeholder_and_unknown_value_is_reported() -> None:
    machine = StateMachine(
        Task(
            "Send",
            resource="${SenderArn}",
            parameters={"QueueUrl": {"Ref": "Jobs"}, "Region": "${AWS::Region}"},
        )
    )
    with pytest.raises(ValidationError) as info:
        render_asl(machine, {"Job": URL})
    assert [(p.message, p.path, p.code) for p in info.value.problems] == [
        (
            "placeholder SenderArn has no value; give it one: "
            "render_asl(machine, values={'SenderArn': ...})",
            "States.Send.Resource",
            "unfilled-placeholder",
        ),
        (
            "placeholder Jobs ({'Ref': 'Jobs'}) has no value; give it one: "
            "render_asl(machine, values={'Jobs': ...})",
            "States.Send.Parameters.QueueUrl",
            "unfilled-placeholder",
        ),
        (
            "placeholder AWS::Region has no value; give it one: "
            "render_asl(machine, values={'AWS::Region': ...})",
            "States.Send.Parameters.Region",
            "unfilled-placeholder",
        ),
        (
            "values['Job'] fills no placeholder of the definition; did you mean 'Jobs'?",
            "",
            "unknown-placeholder",
        ),
    ]


def test_keep_leaves_placeholders_for_a_tool_that_substitutes_them() -> None:
    asl = _asl(_send({"Ref": "Jobs"}), unfilled="keep")
    assert asl["States"]["Send"]["Parameters"]["QueueUrl"] == "${Jobs}"


def test_without_placeholders_it_is_the_machines_json() -> None:
    machine = _send(URL)
    assert render_asl(machine) == json.dumps(machine.to_asl(), indent=2)
    assert render_asl(machine, indent=None) == json.dumps(machine.to_asl())


def test_unfilled_must_be_error_or_keep() -> None:
    with pytest.raises(ValidationError) as info:
        render_asl(_send(URL), unfilled="drop")  # type: ignore[arg-type]
    assert str(info.value) == "unfilled must be 'error' or 'keep', got 'drop'"


def test_the_sam_template_of_the_docs_passes_cfn_lint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """docs/deploy/sam.md writes template.yaml; cfn-lint (with the SAM transform) accepts it."""
    from cfnlint.api import ManualArgs, lint
    from test_docs import OUTPUT, _exec, _page_blocks, _write_file

    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    namespace: dict[str, object] = {"__name__": "__docs__"}
    sys.modules.pop("flows", None)  # the page's own flows.py, not another page's
    for block in _page_blocks("deploy/sam.md"):
        if block.title not in (None, OUTPUT):
            _write_file(block, tmp_path)
        elif block.lang == "python" and block.title is None and block.skip_reason is None:
            _exec(block, namespace)
    sys.modules.pop("flows", None)
    text = (tmp_path / "template.yaml").read_text(encoding="utf-8")
    matches = lint(text, config=ManualArgs(regions=["us-east-1"]))
    assert [f"{m.rule.id} {m.message}" for m in matches] == []
