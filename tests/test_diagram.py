"""Diagrams: Mermaid and dot show the same nodes, clusters and edges; names are escaped; svg/png."""

from __future__ import annotations

import html
import json
import os
import random
import re
import shutil
import stat
import subprocess
import typing
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal, TypeAlias

import attrs
import pytest
import yaml
from conftest import CORPUS as REPO_CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from sfdsl import (
    Catch,
    Choice,
    Fail,
    Graph,
    JsonataCondition,
    Map,
    Parallel,
    Pass,
    Placeholder,
    Retry,
    StateMachine,
    Succeed,
    Task,
    Var,
    Wait,
)
from sfdsl._conditions import Condition
from sfdsl._diagram import (
    GRAPHVIZ_INSTALL_HINT,
    Cluster,
    DiagramError,
    GraphvizNotFoundError,
    Node,
    layout,
    render,
    to_dot,
    to_mermaid,
)
from sfdsl.cfn import Activity, Function, ProvisionedConcurrency
from sfdsl.errors import SfdslError, ValidationError

CORPUS = REPO_CORPUS / "asl"
LAMBDA = "arn:aws:states:::lambda:invoke"
HAS_DOT = shutil.which("dot") is not None
SVG = "http://www.w3.org/2000/svg"
needs_dot = pytest.mark.skipif(not HAS_DOT, reason="graphviz `dot` is not installed")


# --------------------------------------------------------------------------- tiny parsers


@attrs.frozen
class Parsed:
    """A diagram read back from text: labels and cluster path per node, edges by node name."""

    labels: dict[str, tuple[str, ...]]
    clusters: dict[str, tuple[str, ...]]
    edges: list[tuple[str, str, str, str]]

    def name(self, node_id: str) -> str:
        first = self.labels[node_id][0]
        return f"join({self.clusters[node_id][-1]})" if first == "join" else first

    def named_edges(self) -> list[tuple[str, str, str, str]]:
        return sorted((self.name(a), self.name(b), kind, label) for a, b, kind, label in self.edges)

    def by_name(self) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
        return {self.name(i): (self.labels[i], self.clusters[i]) for i in self.labels}


_MERMAID_NODE = re.compile(
    r'^(n\d+)(\(\(\(|\(\(|\(\[|\[\[|\[/|\[|\(|\{)"([^"]*)"(\)\)\)|\)\)|\]\)|\]\]|/\]|\]|\)|\})$'
)
_MERMAID_EDGE = re.compile(r'^(n\d+) (-->|-\.->)(?:\|"([^"]*)"\|)? (n\d+)$')
_MERMAID_SUBGRAPH = re.compile(r'^subgraph (c\d+)\["([^"]*)"\]$')


def unmermaid(text: str) -> str:
    return re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), text)


def parse_mermaid(text: str) -> Parsed:
    lines = text.splitlines()
    if lines[0] == "---":
        lines = lines[lines.index("---", 1) + 1 :]
    assert lines[0] == "flowchart TD"
    labels: dict[str, tuple[str, ...]] = {}
    clusters: dict[str, tuple[str, ...]] = {}
    edges = []
    stack: list[str] = []
    for raw in lines[1:]:
        line = raw.strip()
        if m := _MERMAID_SUBGRAPH.match(line):
            stack.append(unmermaid(m.group(2)))
        elif line == "end":
            stack.pop()
        elif m := _MERMAID_NODE.match(line):
            labels[m.group(1)] = tuple(unmermaid(x) for x in m.group(3).split("<br/>"))
            clusters[m.group(1)] = tuple(stack)
        elif m := _MERMAID_EDGE.match(line):
            kind = "catch" if m.group(2) == "-.->" else "next"
            edges.append((m.group(1), m.group(4), kind, unmermaid(m.group(3) or "")))
        else:
            assert line.startswith(("classDef ", "class ")), line
    assert not stack
    return Parsed(labels, clusters, edges)


_DOT_STRING = r'"((?:[^"\\]|\\.)*)"'
_DOT_NODE = re.compile(rf"^{_DOT_STRING} \[label={_DOT_STRING}, .*\];$")
_DOT_EDGE = re.compile(rf"^{_DOT_STRING} -> {_DOT_STRING}(?: \[(.*)\])?;$")
_DOT_CLUSTER = re.compile(rf"^subgraph {_DOT_STRING} {{$")
_DOT_LABEL = re.compile(rf"^label={_DOT_STRING};$")


def undot(text: str) -> str:
    text = re.sub(r"\\(.)", lambda m: "\n" if m.group(1) == "n" else m.group(1), text)
    return html.unescape(text)


def parse_dot(text: str) -> Parsed:
    lines = [line.strip() for line in text.splitlines()]
    assert lines[0].startswith("digraph ")
    assert lines[-1] == "}"
    labels: dict[str, tuple[str, ...]] = {}
    clusters: dict[str, tuple[str, ...]] = {}
    edges = []
    stack: list[str] = []
    opened = False
    for line in lines[1:-1]:
        if m := _DOT_CLUSTER.match(line):
            assert m.group(1).startswith("cluster_")
            opened = True
        elif opened and (m := _DOT_LABEL.match(line)):
            stack.append(undot(m.group(1)))
            opened = False
        elif line == "}":
            stack.pop()
        elif m := _DOT_NODE.match(line):
            labels[m.group(1)] = tuple(undot(m.group(2)).split("\n"))
            clusters[m.group(1)] = tuple(stack)
        elif m := _DOT_EDGE.match(line):
            extra = m.group(3) or ""
            kind = "catch" if "style=dashed" in extra else "next"
            label = re.search(rf"label={_DOT_STRING}", extra)
            edges.append((m.group(1), m.group(2), kind, undot(label.group(1)) if label else ""))
    assert not stack
    return Parsed(labels, clusters, edges)


Writer: TypeAlias = Callable[[StateMachine], str]
Parser: TypeAlias = Callable[[str], Parsed]

PARSERS = [
    pytest.param(to_mermaid, parse_mermaid, id="mermaid"),
    pytest.param(to_dot, parse_dot, id="dot"),
]


# --------------------------------------------------------------------------- one machine, both formats


def order_machine() -> StateMachine:
    fetch = Task(
        "Fetch",
        resource=LAMBDA,
        retry_rules=(Retry(["States.Timeout"], max_attempts=3),),
        catch_rules=(Catch(["States.ALL"], next=Fail("Failed", error="Boom")),),
    )
    both = Parallel(
        "Both",
        branches=(
            Graph.of(Pass("A")),
            Graph.of(
                Map(
                    "Each", items_path="$.items", item_processor=Graph.of(Wait("Pause", seconds=30))
                )
            ),
        ),
    )
    big = Choice("Big?").when(Var("$.n") >= 3, both.next(Succeed("Done"))).otherwise("Done")
    return StateMachine(fetch.next(big), name="Orders")


# Written by hand from order_machine above.
ORDER_EDGES = sorted(
    [
        ("Start", "Fetch", "next", ""),
        ("Fetch", "Big?", "next", ""),
        ("Fetch", "Failed", "catch", "catch States.ALL"),
        ("Failed", "End", "next", ""),
        ("Big?", "Both", "next", "$.n >= 3"),
        ("Big?", "Done", "next", "otherwise"),
        ("Both", "A", "next", ""),
        ("A", "join(Both)", "next", ""),
        ("Both", "Each", "next", ""),
        ("Each", "Pause", "next", ""),
        ("Pause", "join(Each)", "next", ""),
        ("join(Each)", "join(Both)", "next", ""),
        ("join(Both)", "Done", "next", ""),
        ("Done", "End", "next", ""),
    ]
)

ORDER_NODES = {
    "Start": (("Start",), ()),
    "End": (("End",), ()),
    "Fetch": (("Fetch", "lambda:invoke", "retry States.Timeout x3"), ()),
    "Failed": (("Failed", "Fail: Boom"), ()),
    "Big?": (("Big?",), ()),
    "Both": (("Both", "Parallel"), ("Both",)),
    "A": (("A", "Pass"), ("Both", "branch 1")),
    "Each": (("Each", "Map over $.items"), ("Both", "branch 2", "Each")),
    "Pause": (("Pause", "wait 30s"), ("Both", "branch 2", "Each")),
    "join(Each)": (("join",), ("Both", "branch 2", "Each")),
    "join(Both)": (("join",), ("Both",)),
    "Done": (("Done", "Succeed"), ()),
}


@pytest.mark.parametrize(("write", "parse"), PARSERS)
def test_edges_of_a_machine_with_every_feature(write: Writer, parse: Parser) -> None:
    assert parse(write(order_machine())).named_edges() == ORDER_EDGES


@pytest.mark.parametrize(("write", "parse"), PARSERS)
def test_nodes_and_nested_clusters(write: Writer, parse: Parser) -> None:
    assert parse(write(order_machine())).by_name() == ORDER_NODES


def test_mermaid_lines_for_choice_and_catch() -> None:
    text = to_mermaid(order_machine())
    ids = {labels[0]: i for i, labels in parse_mermaid(text).labels.items()}
    lines = {line.strip() for line in text.splitlines()}
    assert f'{ids["Big?"]}{{"Big?"}}' in lines
    assert f'{ids["Big?"]} -->|"$.n #62;= 3"| {ids["Both"]}' in lines
    assert f'{ids["Big?"]} -->|"otherwise"| {ids["Done"]}' in lines
    assert f'{ids["Fetch"]} -.->|"catch States.ALL"| {ids["Failed"]}' in lines
    assert f'{ids["Start"]}(("Start"))' in lines
    assert f'{ids["End"]}((("End")))' in lines
    assert text.startswith('---\ntitle: "Orders"\n---\nflowchart TD\n')


def test_dot_lines_for_choice_and_catch() -> None:
    text = to_dot(order_machine())
    ids = {labels[0]: i for i, labels in parse_dot(text).labels.items()}
    lines = {line.strip() for line in text.splitlines()}
    assert f'"{ids["Big?"]}" [label="Big?", shape=diamond];' in lines
    assert f'"{ids["Big?"]}" -> "{ids["Both"]}" [label="$.n >= 3"];' in lines
    assert f'"{ids["Big?"]}" -> "{ids["Done"]}" [label="otherwise", style=bold];' in lines
    assert (
        f'"{ids["Fetch"]}" -> "{ids["Failed"]}" '
        '[label="catch States.ALL", style=dashed, color="#c62828", fontcolor="#c62828"];'
    ) in lines
    assert text.startswith('digraph "Orders" {\n    label="Orders";\n')


def test_output_is_deterministic_and_independent_of_how_the_machine_was_built() -> None:
    machine = order_machine()
    again = StateMachine.from_asl(machine.to_asl(), name="Orders")
    assert to_mermaid(machine) == to_mermaid(order_machine()) == to_mermaid(again)
    assert to_dot(machine) == to_dot(order_machine()) == to_dot(again)


# --------------------------------------------------------------------------- annotations


@pytest.mark.parametrize(
    ("wait", "line"),
    [
        (Wait("W", seconds=30), "wait 30s"),
        (Wait("W", seconds_path="$.delay"), "wait $.delay seconds"),
        (Wait("W", timestamp="2024-01-01T00:00:00Z"), "wait until 2024-01-01T00:00:00Z"),
        (Wait("W", timestamp_path="$.when"), "wait until $.when"),
    ],
)
def test_wait_is_annotated_with_its_duration(wait: Wait, line: str) -> None:
    node = next(n for n in layout(StateMachine(wait)).nodes() if n.kind == "wait")
    assert node.lines == ("W", line)


def test_jsonata_wait_shows_the_expression() -> None:
    machine = StateMachine(Wait("W", seconds="{% $states.input.delay %}"), query_language="JSONata")
    node = next(n for n in layout(machine).nodes() if n.kind == "wait")
    assert node.lines == ("W", "wait {% $states.input.delay %} seconds")


@pytest.mark.parametrize(
    ("rules", "lines"),
    [
        ([Retry(["States.Timeout"])], ("retry States.Timeout x3",)),
        ([Retry(["States.ALL"], max_attempts=0)], ("no retry on States.ALL",)),
        (
            [Retry(["A", "B"], interval_seconds=2, max_attempts=5, backoff_rate=2.0)],
            ("retry A, B x5 (every 2s, backoff 2)",),
        ),
        (
            [
                Retry(["States.Timeout"], max_attempts=1, max_delay_seconds=60, backoff_rate=1.5),
                Retry(["States.ALL"], max_attempts=2),
            ],
            ("retry States.Timeout x1 (backoff 1.5, max delay 60s)", "retry States.ALL x2"),
        ),
    ],
)
def test_retry_rules_are_annotated_on_the_state(rules: list[Retry], lines: tuple[str, ...]) -> None:
    machine = StateMachine(Task("T", resource=LAMBDA, retry_rules=tuple(rules)))
    node = next(n for n in layout(machine).nodes() if n.kind == "task")
    assert node.lines == ("T", "lambda:invoke", *lines)


@pytest.mark.parametrize(
    ("resource", "line"),
    [
        ("arn:aws:states:::dynamodb:putItem", "dynamodb:putItem"),
        ("arn:aws:lambda:us-east-1:123456789012:function:Charge", "function:Charge"),
        ("arn:aws:states:us-east-1:123456789012:activity:Approve", "activity:Approve"),
        ("${ChargeArn}", "${ChargeArn}"),
    ],
)
def test_task_resource_is_shortened(resource: str, line: str) -> None:
    node = next(
        n for n in layout(StateMachine(Task("T", resource=resource))).nodes() if n.kind == "task"
    )
    assert node.lines == ("T", line)


_CODE = "def handler(event, context):\n    return event\n"


@pytest.mark.parametrize(
    ("resource", "line"),
    [
        pytest.param(
            "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:Hello",
            "function:Hello",
            id="arn-with-region-and-account-substitutions",
        ),
        pytest.param(
            "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:Hello:live",
            "function:Hello:live",
            id="qualified-arn-with-substitutions",
        ),
        pytest.param(
            "arn:${AWS::Partition}:states:::lambda:invoke",
            "lambda:invoke",
            id="integration-with-partition-substitution",
        ),
        pytest.param(
            "arn:aws:states:${AWS::Region}:${AWS::AccountId}:activity:Approve",
            "activity:Approve",
            id="activity-with-substitutions",
        ),
        pytest.param(
            Function("HelloFunction", code=_CODE).arn, "function:HelloFunction", id="function-arn"
        ),
        pytest.param(
            Function("HelloFunction", code=_CODE, exact_version=True).arn,
            "function:HelloFunction (version)",
            id="function-exact-version",
        ),
        pytest.param(
            Function("HelloFunction", code=_CODE, provisioned=ProvisionedConcurrency(1)).alias,
            "function:HelloFunction (alias)",
            id="function-alias",
        ),
        pytest.param(
            Function.ref("Worker").latest, "function:Worker", id="function-elsewhere-in-template"
        ),
        pytest.param(
            Function.from_arn("arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:hello").arn,
            "function:hello",
            id="function-by-arn",
        ),
        pytest.param(Activity("review").arn, "activity:ReviewActivity", id="activity-handle"),
        pytest.param(
            Placeholder("Worker", {"Fn::ImportValue": "WorkerArn"}),
            "${Worker}",
            id="other-placeholder-by-name",
        ),
    ],
)
def test_handles_and_substituted_arns_are_labelled_by_name(
    resource: str | Placeholder, line: str
) -> None:
    machine = StateMachine(Task("T", resource=resource))
    node = next(n for n in layout(machine).nodes() if n.kind == "task")
    assert node.lines == ("T", line)


@pytest.mark.parametrize(
    ("condition", "label"),
    [
        (Var("$.n") >= 3, "$.n >= 3"),
        (Var("$.s") == "a", '$.s == "a"'),
        ((Var("$.a") == 1) & ~(Var("$.b") == "x"), '$.a == 1 and $.b != "x"'),
        ((Var("$.a") > 1) | Var("$.c").is_present(), "$.a > 1 or $.c present"),
    ],
)
def test_choice_edges_carry_the_condition(condition: Condition, label: str) -> None:
    machine = StateMachine(Choice("C").when(condition, Succeed("Y")).otherwise(Succeed("N")))
    edges = [(e.kind, e.label) for e in layout(machine).edges if e.kind in ("choice", "default")]
    assert edges == [("choice", label), ("default", "otherwise")]


def test_jsonata_choice_edge_shows_the_expression_without_braces() -> None:
    rule = JsonataCondition("{% $states.input.n > 3 %}")
    machine = StateMachine(
        Choice("C").when(rule, Succeed("Y")).otherwise(Succeed("N")), query_language="JSONata"
    )
    assert [e.label for e in layout(machine).edges if e.kind == "choice"] == ["$states.input.n > 3"]


def test_fail_inside_a_branch_leads_to_the_join_and_catch_leaves_from_it() -> None:
    machine = StateMachine(
        Parallel(
            "P",
            branches=(Graph.of(Fail("Oops")),),
            catch_rules=(Catch(["Custom", "States.Timeout"], next=Succeed("Recovered")),),
        ).next(Succeed("Done"))
    )
    assert parse_mermaid(to_mermaid(machine)).named_edges() == sorted(
        [
            ("Start", "P", "next", ""),
            ("P", "Oops", "next", ""),
            ("Oops", "join(P)", "next", ""),
            ("join(P)", "Done", "next", ""),
            ("join(P)", "Recovered", "catch", "catch Custom, States.Timeout"),
            ("Done", "End", "next", ""),
            ("Recovered", "End", "next", ""),
        ]
    )


# --------------------------------------------------------------------------- escaping

NASTY = [
    'say "hi"',
    "a;b",
    "#1",
    "#35;",
    "[x] {y} (z)",
    "ünïcödé 日本 →",
    "a|b",
    "<b>bold</b> & more",
    "back\\slash \\n",
    "end",
    "subgraph",
    "`tick`",
    "a %% b",
    "x --> y",
    "  spaced  ",
    '"\'"',
    "ﬂ°°35¶ß ﬂ°x",
    "a\u2028b",
]


@pytest.mark.parametrize("name", NASTY)
@pytest.mark.parametrize(("write", "parse"), PARSERS)
def test_any_state_name_reads_back_exactly(write: Writer, parse: Parser, name: str) -> None:
    machine = StateMachine(
        Pass(name).next(
            Choice("?").when(Var("$.x") == name, Succeed("S")).otherwise(Fail(name + "!"))
        )
    )
    parsed = parse(write(machine))
    assert parsed.by_name()[name] == ((name, "Pass"), ())
    assert parsed.by_name()[name + "!"] == ((name + "!", "Fail"), ())
    expected_label = '$.x == "' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
    assert ("?", "S", "next", expected_label) in parsed.named_edges()


@pytest.mark.parametrize(
    ("name", "mermaid", "dot"),
    [
        ('say "hi"', '"say #34;hi#34;<br/>Pass"', '"say \\"hi\\"\\nPass"'),
        ("#1; <b>", '"#35;1; #60;b#62;<br/>Pass"', '"#1; <b>\\nPass"'),
        ("a\\b `c` &", '"a\\b #96;c#96; #38;<br/>Pass"', '"a\\\\b `c` &amp;\\nPass"'),
        ("&amp; #35;", '"#38;amp; #35;35;<br/>Pass"', '"&amp;amp; #35;\\nPass"'),
        ("a\u2028b", '"a#8232;b<br/>Pass"', '"a&#8232;b\\nPass"'),
    ],
)
def test_labels_are_escaped_for_each_format(name: str, mermaid: str, dot: str) -> None:
    machine = StateMachine(Pass(name))
    assert f"    n2({mermaid})" in to_mermaid(machine).splitlines()
    assert f'    "n2" [label={dot}, shape=box, style=rounded];' in to_dot(machine).splitlines()


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        st.characters(min_codepoint=32, exclude_categories=["Cs"]).filter(
            lambda c: not 127 <= ord(c) < 160
        ),
        min_size=1,
        max_size=40,
    )
)
def test_generated_names_read_back_in_both_formats(name: str) -> None:
    try:
        machine = StateMachine(Pass(name))
    except ValidationError:
        return
    for write, parse in ((to_mermaid, parse_mermaid), (to_dot, parse_dot)):
        assert parse(write(machine)).by_name()[name] == ((name, "Pass"), ())


def test_mermaid_ids_are_generated_and_safe() -> None:
    text = to_mermaid(StateMachine(Pass("end").next(Pass("class x; style")).next(Succeed("graph"))))
    parsed = parse_mermaid(text)
    assert sorted(parsed.labels) == ["n0", "n1", "n2", "n3", "n4"]
    assert all(re.fullmatch(r"n\d+", a) and re.fullmatch(r"n\d+", b) for a, b, _, _ in parsed.edges)


# --------------------------------------------------------------------------- the corpus


def _accepted(*folders: str) -> list[Path]:
    files = sorted(p for folder in folders for p in (CORPUS / folder).glob("*.json"))
    accepted = []
    for path in files:
        try:
            StateMachine.from_asl(path)
        except SfdslError:
            continue
        accepted.append(path)
    return accepted


CORPUS_FILES = _accepted("valid", "realworld")


def _all_states(graph: Graph) -> list[str]:
    names = []
    for state in graph.states:
        names.append(state.name)
        for sub in (*getattr(state, "branches", ()), getattr(state, "item_processor", None)):
            if sub is not None:
                names += _all_states(sub)
    return names


def test_most_of_the_corpus_is_drawn() -> None:
    assert len(CORPUS_FILES) >= 250


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_definitions_draw_in_every_text_format(path: Path) -> None:
    machine = StateMachine.from_asl(path)
    names = _all_states(machine.graph)
    for write, parse in ((to_mermaid, parse_mermaid), (to_dot, parse_dot)):
        parsed = parse(write(machine))
        firsts = sorted(labels[0] for labels in parsed.labels.values() if labels != ("join",))
        assert firsts == sorted([*names, "Start", "End"])
        for source, target, _, _ in parsed.edges:
            assert source in parsed.labels
            assert target in parsed.labels
        entered = {target for _, target, _, _ in parsed.edges}
        assert entered == set(parsed.labels) - {"n0"}, "every node but Start has an edge in"


@needs_dot
@pytest.mark.slow
@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: p.name)
def test_corpus_definitions_render_as_svg(path: Path) -> None:
    machine = StateMachine.from_asl(path)
    root = ET.fromstring(render(machine, "svg"))
    # graphviz keeps runs of spaces visible by writing every second one as a no-break space
    texts = {(t.text or "").replace("\xa0", " ") for t in root.iter(f"{{{SVG}}}text")}
    assert set(_all_states(machine.graph)) <= texts


# --------------------------------------------------------------------------- svg, png and errors


@needs_dot
def test_svg_shows_nasty_names_and_clusters() -> None:
    names = ['say "hi"', "<b>&", "日本 #;", "back\\slash", "&amp; &#35;"]
    machine = StateMachine(Parallel("P & Q", branches=tuple(Graph.of(Pass(n)) for n in names)))
    svg = render(machine, "svg")
    assert isinstance(svg, str)
    root = ET.fromstring(svg)
    texts = [t.text for t in root.iter(f"{{{SVG}}}text")]
    assert set(names) <= set(texts)
    assert texts.count("P & Q") == 2, "the cluster label and the Parallel node"
    assert html.escape("<b>&") in svg


@needs_dot
def test_png_is_png_bytes() -> None:
    data = render(order_machine(), "png")
    assert isinstance(data, bytes)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize("fmt", ["svg", "png"])
def test_missing_graphviz_says_how_to_install_it(
    fmt: Literal["svg", "png"], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(GraphvizNotFoundError) as info:
        render(order_machine(), fmt)
    assert str(info.value) == (
        f"rendering {fmt} needs graphviz's `dot` program, which is not on PATH; "
        "install graphviz so that `dot` is on PATH: `apt-get install graphviz` (Debian/Ubuntu), "
        "`brew install graphviz` (macOS), `conda install -c conda-forge graphviz` (conda), "
        "or a package from https://graphviz.org/download/ (Windows and others); "
        "or use --format mermaid or --format dot, which need nothing installed"
    )
    assert GRAPHVIZ_INSTALL_HINT in str(info.value)
    assert isinstance(info.value, DiagramError)
    assert info.value.code == "graphviz-not-found"


@pytest.mark.parametrize(("fmt", "write"), [("mermaid", to_mermaid), ("dot", to_dot)])
def test_text_formats_need_no_graphviz(
    fmt: Literal["mermaid", "dot"], write: Writer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert render(order_machine(), fmt) == write(order_machine())


def test_a_failing_dot_is_reported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "dot"
    fake.write_text("#!/bin/sh\necho 'Error: syntax error in line 1' >&2\nexit 3\n")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(DiagramError) as info:
        render(order_machine(), "svg")
    assert str(info.value) == (
        "graphviz `dot -Tsvg` failed (exit code 3): Error: syntax error in line 1"
    )


def test_unknown_format_is_refused() -> None:
    with pytest.raises(DiagramError) as info:
        render(order_machine(), "pdf")  # type: ignore[call-overload]
    assert str(info.value) == "diagram format must be one of mermaid, dot, svg, png, got 'pdf'"
    assert isinstance(info.value, SfdslError)
    assert info.value.code == "diagram-failed"


# --------------------------------------------------------------------------- Mermaid's own parser

MERMAID_MODULES = os.environ.get("SFDSL_MERMAID_MODULES", "")
MERMAID_PARSE = Path(__file__).parent / "mermaid_parse.mjs"
needs_mermaid = pytest.mark.skipif(
    not (MERMAID_MODULES and shutil.which("node")),
    reason="Mermaid's parser runs in node: set SFDSL_MERMAID_MODULES to a folder where "
    "`npm install mermaid jsdom` ran",
)


def mermaid_read(documents: list[str]) -> list[dict[str, object]]:
    """What Mermaid's parser reads in each document (see tests/mermaid_parse.mjs)."""
    done = subprocess.run(
        ["node", str(MERMAID_PARSE), MERMAID_MODULES],
        input=json.dumps(documents),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=True,
    )
    results: list[dict[str, object]] = json.loads(done.stdout)
    return results


def mermaid_shown(text: str) -> tuple[str, ...]:
    """The lines Mermaid shows for a label it read: its entity marks, then HTML entities."""
    marked = text.replace("ﬂ°°", "&#").replace("ﬂ°", "&").replace("¶ß", ";")
    return tuple(html.unescape(marked).split("<br>"))


def html_shown(lines: tuple[str, ...]) -> tuple[str, ...]:
    """*lines* as HTML shows them: runs of spaces as one, none at either end."""
    return tuple(re.sub(" +", " ", line).strip(" ") for line in lines)


def _clusters(items: tuple[Node | Cluster, ...]) -> Iterator[Cluster]:
    for item in items:
        if isinstance(item, Cluster):
            yield item
            yield from _clusters(item.items)


def _names(seed: int, count: int) -> list[str]:
    """Valid state names of up to 80 characters drawn from all over Unicode."""
    rng = random.Random(seed)
    names: list[str] = []
    while len(names) < count:
        size = rng.randint(1, 80)
        codes = [rng.choice((rng.randint(32, 126), rng.randint(160, 0x2FFFF))) for _ in range(size)]
        name = "".join(chr(c) for c in codes)
        try:
            Pass(name)
        except ValidationError:
            continue
        names.append(name)
    return names


def _nasty_machine(name: str) -> StateMachine:
    short = name[:70]
    return StateMachine(
        Task(
            name,
            resource=LAMBDA,
            retry_rules=(Retry([short], max_attempts=2),),
            catch_rules=(Catch([short], next=Fail(f"F {short}")),),
        ).next(
            Choice(f"? {short}")
            .when(Var("$.x") == name, Parallel(f"P {short}", branches=[Pass(f"A {short}")]))
            .otherwise(Map(f"M {short}", item_processor=Wait(f"W {short}", seconds=1)))
        )
    )


@needs_mermaid
@pytest.mark.slow
def test_mermaid_reads_every_node_edge_and_box_as_drawn(corpus: Path) -> None:
    machines = [order_machine(), *(_nasty_machine(n) for n in NASTY + _names(5, 150))]
    machines += [StateMachine.from_asl(path) for path in CORPUS_FILES]
    results = mermaid_read([to_mermaid(m) for m in machines])
    for machine, result in zip(machines, results, strict=True):
        assert "error" not in result, result
        drawn = layout(machine)
        nodes = {n.id: html_shown(n.lines) for n in drawn.nodes()}
        read = result["nodes"], result["edges"], result["subgraphs"]
        read_nodes, read_edges, read_boxes = typing.cast(tuple[list[list[Any]], ...], read)
        assert {i: html_shown(mermaid_shown(t)) for i, t, _ in read_nodes} == nodes
        edges = [
            (
                e.source,
                e.target,
                html_shown((e.label,)),
                "dotted" if e.kind == "catch" else "normal",
            )
            for e in drawn.edges
        ]
        assert [(a, b, html_shown(mermaid_shown(t)), k) for a, b, t, k in read_edges] == edges
        boxes = {c.id: html_shown((c.label,)) for c in _clusters(drawn.items)}
        assert {i: html_shown(mermaid_shown(t)) for i, t, _ in read_boxes} == boxes


@needs_mermaid
def test_mermaid_reports_a_broken_document() -> None:
    (result,) = mermaid_read(['flowchart TD\n    n0("a"b")\n'])
    assert str(result["error"]).startswith("Parse error on line 2:")


def test_mermaid_title_is_yaml_front_matter() -> None:
    text = to_mermaid(order_machine())
    _, front, body = text.split("---\n", 2)
    assert yaml.safe_load(front) == {"title": "Orders"}
    assert body.startswith("flowchart TD\n")


# --------------------------------------------------------------------------- the docs

DOCS = Path(__file__).resolve().parent.parent / "docs"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _fenced(page: str, opening: str) -> str:
    """The body of the first fenced block of *page* that opens with *opening*."""
    text = (DOCS / page).read_text(encoding="utf-8")
    start = text.index(f"{opening}\n") + len(opening) + 1
    return text[start : text.index("\n```\n", start) + 1]


def test_rendered_diagram_on_the_diagrams_page_is_the_commands_output() -> None:
    """The ```mermaid block shows what `sfdsl graph orders.py` prints (checked by test_docs)."""
    console = _fenced("diagrams.md", "```console\n$ sfdsl graph orders.py")
    assert _fenced("diagrams.md", "```mermaid") == console


def _hooks() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "sfdsl_docs_hooks", DOCS / "_hooks" / "sfdsl_docs.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_example_is_drawn_on_the_examples_page() -> None:
    page = (DOCS / "examples.md").read_text(encoding="utf-8")
    drawn = re.findall(r"^<!-- sfdsl:diagram (examples/\S+\.py) -->$", page, flags=re.MULTILINE)
    assert sorted(drawn) == sorted(f"examples/{p.name}" for p in EXAMPLES.glob("*.py"))


def test_the_docs_hook_draws_each_machine_of_an_example() -> None:
    from sfdsl._target import load_target

    rendered = _hooks().on_page_markdown(
        "<!-- sfdsl:diagram examples/plugin_readme_events.py -->\n", None, None, None
    )
    machines = load_target("examples/plugin_readme_events.py").machines
    assert len(machines) == 2
    assert rendered == "\n\n".join(f"```mermaid\n{to_mermaid(m)}```" for m in machines) + "\n"
