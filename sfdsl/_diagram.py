"""Diagrams of state machines: Mermaid flowcharts, Graphviz dot, and SVG/PNG through graphviz.

A machine is first laid out as a small model of nodes, clusters and edges (:func:`layout`), then
written out by one renderer per format, so Mermaid and dot always show the same picture:

* a ``Start`` node points at ``StartAt``; Succeed, Fail and ``End`` states point at an ``End`` node
  (inside a Parallel branch or Map body they point at the state's ``join`` node instead);
* Parallel and Map states are clusters holding a node for the state itself (incoming edges arrive
  there), one cluster per branch (Parallel) or the item processor (Map), and a ``join`` node where
  ``Next`` and ``Catch`` edges leave; clusters nest to any depth;
* Choice edges carry their conditions as text (``$.n >= 3``), ``otherwise`` for ``Default``;
  Catch edges are dashed and carry the error names; Retry rules and Wait durations are written on
  the state.

Node ids are generated (``n0``, ``n1``...), so state names may hold any character; labels are
escaped for each format. The output depends only on the machine.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, Literal, TypeAlias, get_args, overload

import attrs

from sfdsl._chain import Graph
from sfdsl._states import Choice, Fail, Map, Parallel, Pass, Retry, State, Succeed, Task, Wait
from sfdsl._states import target_name as _target_name
from sfdsl._values import Placeholder
from sfdsl.errors import DiagramError, ProblemCode

if TYPE_CHECKING:
    from sfdsl._machine import StateMachine

DiagramFormat: TypeAlias = Literal["mermaid", "dot", "svg", "png"]
"""The formats :func:`render` writes."""

NodeKind: TypeAlias = Literal[
    "start", "end", "task", "pass", "wait", "choice", "succeed", "fail", "parallel", "map", "join"
]
EdgeKind: TypeAlias = Literal["next", "choice", "default", "catch"]

FORMATS: tuple[DiagramFormat, ...] = get_args(DiagramFormat)

GRAPHVIZ_INSTALL_HINT = (
    "install graphviz so that `dot` is on PATH: `apt-get install graphviz` (Debian/Ubuntu), "
    "`brew install graphviz` (macOS), `conda install -c conda-forge graphviz` (conda), "
    "or a package from https://graphviz.org/download/ (Windows and others); "
    "or use --format mermaid or --format dot, which need nothing installed"
)


class GraphvizNotFoundError(DiagramError):
    """SVG or PNG was asked for but graphviz's ``dot`` program is not on PATH.

    Example:
        >>> print(GraphvizNotFoundError("svg"))  # doctest: +ELLIPSIS
        rendering svg needs graphviz's `dot` program, which is not on PATH; install graphviz ...
    """

    code: ClassVar[ProblemCode] = "graphviz-not-found"

    def __init__(self, fmt: str) -> None:
        self.format = fmt
        msg = (
            f"rendering {fmt} needs graphviz's `dot` program, which is not on PATH; "
            f"{GRAPHVIZ_INSTALL_HINT}"
        )
        super().__init__(msg)


# --------------------------------------------------------------------------- the model


@attrs.frozen
class Node:
    """One box of a diagram: a generated id, its kind and its label lines (plain text).

    Example:
        >>> from sfdsl import Succeed, StateMachine
        >>> [n for n in layout(StateMachine(Succeed("Done"))).nodes() if n.kind == "succeed"]
        [Node(id='n2', kind='succeed', lines=('Done', 'Succeed'))]
    """

    id: str
    kind: NodeKind
    lines: tuple[str, ...]


@attrs.frozen
class Cluster:
    """A group of nodes and clusters: a Parallel or Map state, or one of a Parallel's branches.

    Example:
        >>> from sfdsl import Parallel, Pass, StateMachine
        >>> d = layout(StateMachine(Parallel("P", branches=[Pass("A"), Pass("B")])))
        >>> [(c.label, [i.label for i in c.items if isinstance(i, Cluster)])
        ...  for c in d.items if isinstance(c, Cluster)]
        [('P', ['branch 1', 'branch 2'])]
    """

    id: str
    label: str
    items: tuple[Node | Cluster, ...]


@attrs.frozen
class Edge:
    """A transition between two nodes; ``label`` is plain text, empty for none.

    Example:
        >>> from sfdsl import Catch, Fail, Task, StateMachine
        >>> t = Task("T", resource="arn:aws:states:::lambda:invoke",
        ...          catch_rules=[Catch(["States.ALL"], next=Fail("F"))])
        >>> [e for e in layout(StateMachine(t)).edges if e.kind == "catch"]
        [Edge(source='n2', target='n3', kind='catch', label='catch States.ALL')]
    """

    source: str
    target: str
    kind: EdgeKind = "next"
    label: str = ""


@attrs.frozen
class Diagram:
    """A laid-out machine: top-level nodes and clusters, and every edge, in a fixed order.

    Example:
        >>> from sfdsl import Pass, StateMachine
        >>> d = layout(StateMachine(Pass("A")))
        >>> [n.lines for n in d.items if isinstance(n, Node)]
        [('Start',), ('A', 'Pass'), ('End',)]
        >>> [(e.source, e.target) for e in d.edges]
        [('n0', 'n2'), ('n2', 'n1')]
    """

    title: str | None
    items: tuple[Node | Cluster, ...]
    edges: tuple[Edge, ...]

    def nodes(self) -> Iterator[Node]:
        """Every node, clusters included, in document order.

        Example:
            >>> from sfdsl import Map, Pass, StateMachine
            >>> [n.kind for n in layout(StateMachine(Map("M", item_processor=Pass("P")))).nodes()]
            ['start', 'map', 'pass', 'join', 'end']
        """
        yield from _walk(self.items)


def _walk(items: tuple[Node | Cluster, ...]) -> Iterator[Node]:
    for item in items:
        if isinstance(item, Node):
            yield item
        else:
            yield from _walk(item.items)


def layout(machine: StateMachine | Graph) -> Diagram:
    """Lay out *machine* (or a :class:`~sfdsl.Graph`) as nodes, clusters and edges.

    Example:
        >>> from sfdsl import Choice, Succeed, StateMachine, Var
        >>> sm = StateMachine(Choice("Big?").when(Var("$.n") >= 3, Succeed("Yes")).otherwise(Succeed("No")))
        >>> [(e.kind, e.label) for e in layout(sm).edges if e.kind != "next"]
        [('choice', '$.n >= 3'), ('default', 'otherwise')]
    """
    graph = machine if isinstance(machine, Graph) else machine.graph
    title = None if isinstance(machine, Graph) else machine.name
    return _Layout().machine(graph, title)


class _Layout:
    def __init__(self) -> None:
        self.count = 0
        self.edges: list[Edge] = []

    def new_id(self, prefix: str = "n") -> str:
        ident = f"{prefix}{self.count}"
        self.count += 1
        return ident

    def machine(self, graph: Graph, title: str | None) -> Diagram:
        start = Node(self.new_id(), "start", ("Start",))
        end = Node(self.new_id(), "end", ("End",))
        body = self.graph(graph, start.id, end.id)
        return Diagram(title, (start, *body, end), tuple(self.edges))

    def graph(self, graph: Graph, entry: str, exit_: str) -> list[Node | Cluster]:
        """The items of one workflow body; *entry* points at its start, its ends at *exit_*."""
        # Ids are handed out before any edge is drawn, since transitions may point forwards.
        ports: dict[str, tuple[str, str]] = {}
        for state in graph.states:
            head = self.new_id()
            ports[state.name] = (head, self.new_id() if _is_nested(state) else head)
        self.edges.append(Edge(entry, ports[graph.start_at][0]))
        items: list[Node | Cluster] = []
        for state in graph.states:
            head, tail = ports[state.name]
            items.append(self.state(state, head, tail))
            self.transitions(state, tail, ports, exit_)
        return items

    def state(self, state: State, head: str, tail: str) -> Node | Cluster:
        lines = (state.name, *_describe_state(state))
        if isinstance(state, Parallel):
            inner: list[Node | Cluster] = [Node(head, "parallel", lines)]
            for i, branch in enumerate(state.branches, 1):
                cluster_id = self.new_id("c")
                inner.append(
                    Cluster(cluster_id, f"branch {i}", tuple(self.graph(branch, head, tail)))
                )
            inner.append(Node(tail, "join", ("join",)))
            return Cluster(self.new_id("c"), state.name, tuple(inner))
        if isinstance(state, Map):
            body: list[Node | Cluster] = [Node(head, "map", lines)]
            if state.item_processor is not None:
                body += self.graph(state.item_processor, head, tail)
            body.append(Node(tail, "join", ("join",)))
            return Cluster(self.new_id("c"), state.name, tuple(body))
        return Node(head, _KINDS[state.TYPE], lines)

    def transitions(
        self, state: State, source: str, ports: dict[str, tuple[str, str]], exit_: str
    ) -> None:
        def to(target: object) -> str:
            return ports[_target_name(target)][0]  # type: ignore[arg-type]

        if isinstance(state, Choice):
            for rule in state.choices:
                self.edges.append(Edge(source, to(rule.next), "choice", _condition_text(rule)))
            if state.default is not None:
                self.edges.append(Edge(source, to(state.default), "default", "otherwise"))
            return
        nxt = getattr(state, "next_state", None)
        if nxt is not None:
            self.edges.append(Edge(source, to(nxt)))
        elif isinstance(state, (Succeed, Fail)) or getattr(state, "end", False):
            self.edges.append(Edge(source, exit_))
        for catcher in getattr(state, "catch_rules", ()):
            label = "catch " + ", ".join(catcher.errors)
            self.edges.append(Edge(source, to(catcher.next), "catch", label))


_KINDS: dict[str, NodeKind] = {
    "Task": "task",
    "Pass": "pass",
    "Wait": "wait",
    "Choice": "choice",
    "Succeed": "succeed",
    "Fail": "fail",
    "Parallel": "parallel",
    "Map": "map",
}


def _is_nested(state: State) -> bool:
    return isinstance(state, (Parallel, Map))


def _condition_text(rule: object) -> str:
    condition = getattr(rule, "condition", None)
    describe = getattr(condition, "describe", None)
    return str(describe()) if callable(describe) else str(condition)


def _describe_state(state: State) -> list[str]:
    """The annotation lines written under a state's name."""
    lines: list[str] = []
    if isinstance(state, Task):
        lines.append(_resource_text(state.resource))
    elif isinstance(state, Wait):
        lines.append(_wait_text(state))
    elif isinstance(state, Pass):
        lines.append("Pass")
    elif isinstance(state, Succeed):
        lines.append("Succeed")
    elif isinstance(state, Fail):
        lines.append("Fail" if state.error is None else f"Fail: {state.error}")
    elif isinstance(state, Parallel):
        lines.append("Parallel")
    elif isinstance(state, Map):
        lines.append(_map_text(state))
    lines += [_retry_text(rule) for rule in getattr(state, "retry_rules", ())]
    return lines


# The Placeholder handles of sfdsl.cfn: (name suffix, intrinsic of the value, label, suffix shown).
_HANDLES: tuple[tuple[str, str, str, str], ...] = (
    ("Arn", "Fn::GetAtt", "function", ""),  # Function.latest
    ("Version", "Ref", "function", " (version)"),  # Function.version
    ("Alias", "Ref", "function", " (alias)"),  # Function.alias
    ("Arn", "Ref", "activity", ""),  # App.activity(...).arn
)

# A colon that separates ARN fields: not one inside a ${...} substitution such as ${AWS::Region}.
_ARN_FIELD_SEPARATOR = re.compile(r":(?![^{}]*\})")


def _resource_text(resource: object) -> str:
    """The short label of a Task resource: the integration, function or activity it calls.

    Example:
        >>> _resource_text("arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:hello:live")
        'function:hello:live'
        >>> from sfdsl import Placeholder
        >>> _resource_text(Placeholder("HelloAlias", {"Ref": "HelloProvConcLambdaAlias"}))
        'function:Hello (alias)'
    """
    if isinstance(resource, Placeholder):
        return _handle_text(resource)
    text = str(resource)
    parts = _ARN_FIELD_SEPARATOR.split(text)
    if parts[0] != "arn" or len(parts) < 6:
        return text
    service, region, account = parts[2:5]
    if service == "states" and not region and not account:
        return ":".join(parts[5:])
    if service == "lambda" and len(parts) >= 7:
        return ":".join(parts[5:])
    if service == "states" and parts[5] == "activity" and len(parts) >= 7:
        return f"activity:{parts[6]}"
    return text


def _handle_text(handle: Placeholder) -> str:
    """A Function or activity handle by the name it was given; another placeholder as ``${Name}``."""
    if isinstance(handle.value, str):
        return _resource_text(handle.value)
    for suffix, intrinsic, kind, shown in _HANDLES:
        owner = handle.name.removesuffix(suffix)
        if owner == handle.name or not isinstance(handle.value, dict):
            continue
        target = handle.value.get(intrinsic)
        if intrinsic == "Fn::GetAtt" and target == [owner, "Arn"]:
            return f"{kind}:{owner}{shown}"
        if intrinsic == "Ref" and isinstance(target, str) and target.startswith(owner):
            return f"{kind}:{owner}{shown}"
    return str(handle)


def _wait_text(state: Wait) -> str:
    if isinstance(state.seconds, int) and not isinstance(state.seconds, bool):
        return f"wait {state.seconds}s"
    if state.seconds is not None:
        return f"wait {state.seconds} seconds"
    if state.seconds_path is not None:
        return f"wait {state.seconds_path} seconds"
    if state.timestamp is not None:
        return f"wait until {state.timestamp}"
    return f"wait until {state.timestamp_path}"


def _map_text(state: Map) -> str:
    text = "Map (distributed)" if state.distributed else "Map"
    if isinstance(state.items_path, str):
        text += f" over {state.items_path}"
    elif state.items is not None:
        text += f" over {state.items}"
    elif state.item_reader is not None:
        text += f" over {_resource_text(state.item_reader.resource)}"
    if state.max_concurrency not in (None, 0):
        text += f", max concurrency {state.max_concurrency}"
    return text


def _retry_text(rule: Retry) -> str:
    errors = ", ".join(rule.errors)
    attempts = 3 if rule.max_attempts is None else rule.max_attempts
    if attempts == 0:
        return f"no retry on {errors}"
    text = f"retry {errors} x{attempts}"
    details = []
    if rule.interval_seconds is not None:
        details.append(f"every {rule.interval_seconds}s")
    if rule.backoff_rate is not None:
        details.append(f"backoff {rule.backoff_rate:g}")
    if rule.max_delay_seconds is not None:
        details.append(f"max delay {rule.max_delay_seconds}s")
    return f"{text} ({', '.join(details)})" if details else text


# --------------------------------------------------------------------------- Mermaid

_MERMAID_SHAPES: dict[NodeKind, tuple[str, str]] = {
    "start": ("((", "))"),
    "end": ("(((", ")))"),
    "task": ("[", "]"),
    "pass": ("(", ")"),
    "wait": ("[/", "/]"),
    "choice": ("{", "}"),
    "succeed": ("([", "])"),
    "fail": ("([", "])"),
    "parallel": ("[[", "]]"),
    "map": ("[[", "]]"),
    "join": ("((", "))"),
}

_MERMAID_ARROWS: dict[EdgeKind, str] = {
    "next": "-->",
    "choice": "-->",
    "default": "-->",
    "catch": "-.->",
}

_MERMAID_CLASSES = {
    "terminal": "fill:#333,stroke:#333,color:#fff",
    "succeed": "fill:#d4edda,stroke:#2e7d32",
    "fail": "fill:#f8d7da,stroke:#c62828",
}

# Characters that would end a quoted Mermaid string, start an entity, or be read as HTML or
# Markdown, written as Mermaid's numeric entities (`#34;`). Mermaid itself stands for entities
# with `ﬂ°` and `¶ß` while it renders, so those are escaped too. The rest is safe inside quotes.
# Characters other than "\n" that end a line for some readers (Python's str.splitlines) too.
_LINE_BREAKS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_MERMAID_ESCAPES = {c: f"#{ord(c)};" for c in '#"<>&`ﬂ¶' + _LINE_BREAKS}


def mermaid_text(text: str) -> str:
    """*text* escaped for a quoted Mermaid label (entities for quotes, ``#``, brackets...).

    Example:
        >>> mermaid_text('say "hi" #1; <b>')
        'say #34;hi#34; #35;1; #60;b#62;'
    """
    escaped = "".join(_MERMAID_ESCAPES.get(c, c) for c in _one_newline(text))
    return escaped.replace("\n", "<br/>")


def to_mermaid(machine: StateMachine | Graph) -> str:
    """The machine as a Mermaid ``flowchart TD`` (renders in GitHub Markdown).

    Example:
        >>> from sfdsl import Pass, StateMachine
        >>> print(to_mermaid(StateMachine(Pass("Hello"))), end="")
        flowchart TD
            n0(("Start"))
            n2("Hello<br/>Pass")
            n1((("End")))
            n0 --> n2
            n2 --> n1
            classDef terminal fill:#333,stroke:#333,color:#fff
            classDef succeed fill:#d4edda,stroke:#2e7d32
            classDef fail fill:#f8d7da,stroke:#c62828
            class n0,n1 terminal
    """
    diagram = layout(machine)
    out: list[str] = []
    if diagram.title:
        out += ["---", f"title: {json.dumps(diagram.title)}", "---"]
    out.append("flowchart TD")
    _mermaid_items(diagram.items, out, 1)
    for edge in diagram.edges:
        arrow = _MERMAID_ARROWS[edge.kind]
        label = f'|"{mermaid_text(edge.label)}"|' if edge.label else ""
        out.append(f"    {edge.source} {arrow}{label} {edge.target}")
    for name, style in _MERMAID_CLASSES.items():
        out.append(f"    classDef {name} {style}")
    groups: dict[str, list[str]] = {}
    for node in diagram.nodes():
        cls = {"start": "terminal", "end": "terminal"}.get(node.kind, node.kind)
        if cls in _MERMAID_CLASSES:
            groups.setdefault(cls, []).append(node.id)
    for cls, ids in groups.items():
        out.append(f"    class {','.join(ids)} {cls}")
    return "\n".join(out) + "\n"


def _mermaid_items(items: tuple[Node | Cluster, ...], out: list[str], depth: int) -> None:
    pad = "    " * depth
    for item in items:
        if isinstance(item, Node):
            opening, closing = _MERMAID_SHAPES[item.kind]
            label = "<br/>".join(mermaid_text(line) for line in item.lines)
            out.append(f'{pad}{item.id}{opening}"{label}"{closing}')
        else:
            out.append(f'{pad}subgraph {item.id}["{mermaid_text(item.label)}"]')
            _mermaid_items(item.items, out, depth + 1)
            out.append(f"{pad}end")


# --------------------------------------------------------------------------- Graphviz dot

_DOT_NODES: dict[NodeKind, str] = {
    "start": 'shape=circle, style=filled, fillcolor="#333333", fontcolor=white',
    "end": 'shape=doublecircle, style=filled, fillcolor="#333333", fontcolor=white',
    "task": "shape=box",
    "pass": "shape=box, style=rounded",
    "wait": "shape=parallelogram",
    "choice": "shape=diamond",
    "succeed": 'shape=box, style="rounded,filled", fillcolor="#d4edda"',
    "fail": 'shape=box, style="rounded,filled", fillcolor="#f8d7da"',
    "parallel": "shape=box, peripheries=2",
    "map": "shape=box, peripheries=2",
    "join": "shape=circle, width=0.3, fontsize=9",
}

_DOT_EDGES: dict[EdgeKind, str] = {
    "next": "",
    "choice": "",
    "default": "style=bold",
    "catch": 'style=dashed, color="#c62828", fontcolor="#c62828"',
}


# Graphviz reads HTML entities in string labels, so `&` is written as an entity too.
_DOT_ESCAPES = {"\\": "\\\\", '"': '\\"', "&": "&amp;"} | {c: f"&#{ord(c)};" for c in _LINE_BREAKS}


def dot_text(text: str) -> str:
    """*text* as a quoted dot string (backslashes, quotes, ``&`` and newlines escaped).

    Example:
        >>> print(dot_text('a "b" \\\\ c &amp;'))
        "a \\"b\\" \\\\ c &amp;amp;"
    """
    lines = _one_newline(text).split("\n")
    return '"' + "\\n".join("".join(_DOT_ESCAPES.get(c, c) for c in line) for line in lines) + '"'


def _one_newline(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def to_dot(machine: StateMachine | Graph) -> str:
    """The machine as a Graphviz ``digraph`` (Parallel and Map states as clusters).

    Example:
        >>> from sfdsl import Pass, StateMachine
        >>> print(to_dot(StateMachine(Pass("Hello"))), end="")
        digraph "state machine" {
            fontname="Helvetica";
            node [shape=box, fontname="Helvetica", fontsize=11];
            edge [fontname="Helvetica", fontsize=10];
            "n0" [label="Start", shape=circle, style=filled, fillcolor="#333333", fontcolor=white];
            "n2" [label="Hello\\nPass", shape=box, style=rounded];
            "n1" [label="End", shape=doublecircle, style=filled, fillcolor="#333333", fontcolor=white];
            "n0" -> "n2";
            "n2" -> "n1";
        }
    """
    diagram = layout(machine)
    out = [f"digraph {dot_text(diagram.title or 'state machine')} {{"]
    if diagram.title:
        out.append(f"    label={dot_text(diagram.title)};")
        out.append("    labelloc=t;")
    out.append('    fontname="Helvetica";')
    out.append('    node [shape=box, fontname="Helvetica", fontsize=11];')
    out.append('    edge [fontname="Helvetica", fontsize=10];')
    _dot_items(diagram.items, out, 1)
    for edge in diagram.edges:
        attrs_ = [a for a in (_DOT_EDGES[edge.kind],) if a]
        if edge.label:
            attrs_.insert(0, f"label={dot_text(edge.label)}")
        suffix = f" [{', '.join(attrs_)}]" if attrs_ else ""
        out.append(f'    "{edge.source}" -> "{edge.target}"{suffix};')
    out.append("}")
    return "\n".join(out) + "\n"


def _dot_items(items: tuple[Node | Cluster, ...], out: list[str], depth: int) -> None:
    pad = "    " * depth
    for item in items:
        if isinstance(item, Node):
            label = dot_text("\n".join(item.lines))
            out.append(f'{pad}"{item.id}" [label={label}, {_DOT_NODES[item.kind]}];')
        else:
            out.append(f'{pad}subgraph "cluster_{item.id}" {{')
            out.append(f"{pad}    label={dot_text(item.label)};")
            out.append(f'{pad}    style="rounded";')
            _dot_items(item.items, out, depth + 1)
            out.append(f"{pad}}}")


# --------------------------------------------------------------------------- rendering


@overload
def render(machine: StateMachine | Graph, fmt: Literal["mermaid", "dot", "svg"]) -> str: ...
@overload
def render(machine: StateMachine | Graph, fmt: Literal["png"]) -> bytes: ...
@overload
def render(machine: StateMachine | Graph, fmt: DiagramFormat) -> str | bytes: ...
def render(machine: StateMachine | Graph, fmt: DiagramFormat) -> str | bytes:
    """The machine's diagram in *fmt*: Mermaid or dot text, SVG text, or PNG bytes.

    SVG and PNG run graphviz's ``dot`` program on the :func:`to_dot` text.

    Raises:
        GraphvizNotFoundError: SVG or PNG was asked for and ``dot`` is not on PATH (the message
            says how to install graphviz).
        DiagramError: *fmt* is not one of mermaid, dot, svg, png; or ``dot`` failed.

    Example:
        >>> from sfdsl import Pass, StateMachine
        >>> render(StateMachine(Pass("A")), "mermaid").splitlines()[0]
        'flowchart TD'
    """
    if fmt == "mermaid":
        return to_mermaid(machine)
    if fmt == "dot":
        return to_dot(machine)
    if fmt not in ("svg", "png"):
        msg = f"diagram format must be one of {', '.join(FORMATS)}, got {fmt!r}"
        raise DiagramError(msg)
    data = _run_graphviz(to_dot(machine), fmt)
    return data.decode("utf-8") if fmt == "svg" else data


def _run_graphviz(dot_source: str, fmt: Literal["svg", "png"]) -> bytes:
    """Run graphviz's ``dot -T<fmt>`` on *dot_source* and return what it writes."""
    program = shutil.which("dot")
    if program is None:
        raise GraphvizNotFoundError(fmt)
    result = subprocess.run(
        [program, f"-T{fmt}"], input=dot_source.encode("utf-8"), capture_output=True, check=False
    )
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", "replace").strip()
        msg = f"graphviz `dot -T{fmt}` failed (exit code {result.returncode}): {detail}"
        raise DiagramError(msg)
    return result.stdout


__all__ = [
    "FORMATS",
    "GRAPHVIZ_INSTALL_HINT",
    "Cluster",
    "Diagram",
    "DiagramError",
    "DiagramFormat",
    "Edge",
    "GraphvizNotFoundError",
    "Node",
    "dot_text",
    "layout",
    "mermaid_text",
    "render",
    "to_dot",
    "to_mermaid",
]
