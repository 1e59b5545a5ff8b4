"""Bounded YAML reading, shared by every loader of YAML documents (ASL, serverless.yml).

PyYAML expands aliases without limit, composes nested collections recursively, and applies
YAML 1.1's implicit types silently. :func:`load_yaml` composes the document without recursion,
refuses what would not fit sfdsl's limits (see :mod:`sfdsl._limits`) with a clear
:class:`~sfdsl.errors.LimitError`, and reports every plain value whose type YAML 1.1 changed
(``1:30`` read as 90, ``yes`` as true, ``0777`` as 511, ``2026-01-31`` as a date) as a warning.

Give it a subclass of :class:`yaml.SafeLoader` for extra tags or resolvers; it uses the
loader's resolver and constructors, only the composing is its own.

Example:
    >>> doc = load_yaml("Seconds: 1:30\\nName: x\\n", origin="w.yaml")
    >>> doc.data
    {'Seconds': 90, 'Name': 'x'}
    >>> print(doc.warnings[0])
    w.yaml line 1: the unquoted 1:30 is read as the number 90 (YAML 1.1 reads 1:30 in base 60); write "1:30" (quoted) to keep the text, or 90 for the number  @ Seconds
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from sfdsl._document import YamlDocument
from sfdsl._limits import MAX_DEPTH, MAX_INT_DIGITS, MAX_YAML_ALIASES, MAX_YAML_NODES, too_deep
from sfdsl.errors import LimitError, Problem

_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"

# Plain scalars YAML 1.2 (and JSON) read as the same value PyYAML's YAML 1.1 rules give.
_SAME_IN_YAML_12 = {
    _BOOL: re.compile(r"true|True|TRUE|false|False|FALSE"),
    _INT: re.compile(r"[-+]?(0|[1-9][0-9]*)|0x[0-9a-fA-F]+"),
    _FLOAT: re.compile(
        r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)"
    ),
}

_WHY = (
    (re.compile(r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?"), "reads {raw} in base 60"),
    (re.compile(r"[-+]?0[0-7_]+"), "reads a leading 0 as octal"),
    (re.compile(r"[-+]?0b[01_]+"), "reads 0b as binary"),
    (re.compile(r".*_.*"), "ignores the underscores"),
    (re.compile(r"y|Y|yes|Yes|YES|on|On|ON"), "reads {raw} as true"),
    (re.compile(r"n|N|no|No|NO|off|Off|OFF"), "reads {raw} as false"),
)


def load_yaml(
    text: str, loader: type[yaml.SafeLoader] = yaml.SafeLoader, *, origin: str = "text"
) -> YamlDocument:
    """Read one YAML document of *text* with *loader*'s resolver and constructors, bounded.

    Raises:
        yaml.YAMLError: the text is not YAML (callers word the message).
        LimitError: the document nests deeper than ``MAX_DEPTH``, uses more than
            ``MAX_YAML_ALIASES`` aliases, expands to more than ``MAX_YAML_NODES`` values, refers
            to itself through an alias, or holds an integer of more than 4,300 digits.

    Example:
        >>> load_yaml("a: &x [1, 2]\\nb: *x").data
        {'a': [1, 2], 'b': [1, 2]}
    """
    reader = loader(text)
    try:
        composer = _Composer(reader, origin)
        root = composer.compose()
        if root is None:
            return YamlDocument(None)
        found = _check(root, composer.plain, origin)
        data = reader.construct_document(root)
    finally:
        reader.dispose()
    return YamlDocument(data, tuple(found))


def _limit(origin: str, mark: Any, what: str, path: str = "") -> LimitError:
    line = f" line {mark.line + 1}" if mark is not None else ""
    msg = f"{origin}{line}: {what}"
    return LimitError([Problem(msg, path, "limit-exceeded")], subject="definition")


class _Composer:
    """PyYAML's composer without recursion, counting aliases and nesting as it goes."""

    def __init__(self, reader: yaml.SafeLoader, origin: str) -> None:
        # PyYAML's parser and resolver methods are untyped.
        self.reader: Any = reader
        self.origin = origin
        self.anchors: dict[str, Node] = {}
        self.plain: set[int] = set()
        self.aliases = 0

    def compose(self) -> Node | None:
        reader: Any = self.reader
        reader.get_event()  # StreamStart
        if reader.check_event(StreamEndEvent):
            reader.get_event()
            return None
        reader.get_event()  # DocumentStart
        root = self._node()
        end = reader.get_event()  # DocumentEnd
        if not reader.check_event(StreamEndEvent):
            document: Any = reader.get_event()
            raise yaml.composer.ComposerError(
                "expected a single document in the stream",
                end.start_mark,
                "but found another document",
                document.start_mark,
            )
        reader.get_event()
        return root

    def _node(self) -> Node:
        reader: Any = self.reader
        open_: list[tuple[Node, list[Node]]] = []
        while True:
            event: Any = reader.get_event()
            start: Any = event.start_mark
            end: Any = event.end_mark
            node: Node
            if isinstance(event, AliasEvent):
                self.aliases += 1
                if self.aliases > MAX_YAML_ALIASES:
                    what = (
                        f"more than {MAX_YAML_ALIASES:,} aliases (*name), more than sfdsl "
                        "expands (MAX_YAML_ALIASES in docs/limits.md); write the values out"
                    )
                    raise _limit(self.origin, start, what)
                if event.anchor not in self.anchors:
                    raise yaml.composer.ComposerError(
                        None, None, f"found undefined alias {event.anchor!r}", start
                    )
                node = self.anchors[event.anchor]
            elif isinstance(event, ScalarEvent):
                tag = event.tag
                if tag is None or tag == "!":
                    tag = reader.resolve(ScalarNode, event.value, event.implicit)
                node = ScalarNode(tag, event.value, start, end, style=event.style)
                if event.tag is None and event.style is None:
                    self.plain.add(id(node))
                self._anchor(event, node)
            elif isinstance(event, (SequenceStartEvent, MappingStartEvent)):
                kind = SequenceNode if isinstance(event, SequenceStartEvent) else MappingNode
                tag = event.tag
                if tag is None or tag == "!":
                    tag = reader.resolve(kind, None, event.implicit)
                opened = kind(tag, [], start, None, flow_style=event.flow_style)
                self._anchor(event, opened)
                open_.append((opened, []))
                if len(open_) > MAX_DEPTH:
                    raise too_deep(f"{self.origin} line {start.line + 1}", "")
                continue
            else:  # SequenceEndEvent or MappingEndEvent
                assert isinstance(event, (SequenceEndEvent, MappingEndEvent))
                node, children = open_.pop()
                node.end_mark = end
                if isinstance(node, MappingNode):
                    node.value = list(zip(children[::2], children[1::2], strict=True))
                else:
                    node.value = children
            if not open_:
                return node
            open_[-1][1].append(node)

    def _anchor(self, event: Any, node: Node) -> None:
        anchor = event.anchor
        if anchor is None:
            return
        if anchor in self.anchors:
            raise yaml.composer.ComposerError(
                f"found duplicate anchor {anchor!r}; first occurrence",
                self.anchors[anchor].start_mark,
                "second occurrence",
                event.start_mark,
            )
        self.anchors[anchor] = node


def _check(root: Node, plain: set[int], origin: str) -> list[Problem]:
    """Refuse alias cycles and over-large expansions; list YAML 1.1 type changes (no recursion)."""
    size: dict[int, int] = {}
    depth: dict[int, int] = {}
    on_path: set[int] = set()
    warnings: list[Problem] = []
    # (node, path, children pushed yet)
    stack: list[tuple[Node, str, bool]] = [(root, "", False)]
    while stack:
        node, path, expanded = stack.pop()
        key = id(node)
        if expanded:
            on_path.discard(key)
            kids = _children(node, path)
            size[key] = 1 + sum(size[id(k)] for k, _ in kids)
            depth[key] = 1 + max((depth[id(k)] for k, _ in kids), default=0)
            if size[key] > MAX_YAML_NODES:
                what = (
                    f"the aliases expand to more than {MAX_YAML_NODES:,} values, more than sfdsl "
                    "reads (MAX_YAML_NODES in docs/limits.md); write the values out or share less"
                )
                raise _limit(origin, node.start_mark, what, path)
            if depth[key] > MAX_DEPTH:
                raise too_deep(f"{origin} line {node.start_mark.line + 1}", path)
            continue
        if key in size:
            continue
        if key in on_path:
            what = (
                "an alias refers to a value that holds it (a recursive alias); JSON, and so "
                "Step Functions, has no recursive values: write the value out"
            )
            raise _limit(origin, node.start_mark, what, path)
        if isinstance(node, ScalarNode):
            size[key] = 1
            depth[key] = 0
            if key in plain:
                warnings.extend(_type_change(node, path, origin))
            continue
        on_path.add(key)
        stack.append((node, path, True))
        stack.extend((child, where, False) for child, where in reversed(_children(node, path)))
    return warnings


def _children(node: Node, path: str) -> list[tuple[Node, str]]:
    here = f"{path}." if path else ""
    if isinstance(node, SequenceNode):
        return [(child, f"{path}[{i}]") for i, child in enumerate(node.value)]
    if isinstance(node, MappingNode):
        out: list[tuple[Node, str]] = []
        for key_node, value_node in node.value:
            name = key_node.value if isinstance(key_node, ScalarNode) else "?"
            out.append((key_node, path))
            out.append((value_node, f"{here}{name}"))
        return out
    return []


def _type_change(node: ScalarNode, path: str, origin: str) -> list[Problem]:
    raw = node.value
    line = node.start_mark.line + 1
    if node.tag == _INT and len(raw.lstrip("+-").replace("_", "")) > MAX_INT_DIGITS:
        what = (
            f"the number {raw[:20]}... has more than {MAX_INT_DIGITS:,} digits, more than Python "
            "reads (MAX_INT_DIGITS in docs/limits.md); quote it to keep it as text"
        )
        raise _limit(origin, node.start_mark, what, path)
    same = _SAME_IN_YAML_12.get(node.tag)
    if node.tag == _TIMESTAMP:
        why = "YAML 1.1 reads it as a date"
        kind, shown = "a date", raw
    elif same is None or same.fullmatch(raw):
        return []
    else:
        why = "YAML 1.1 " + next(
            (text.format(raw=raw) for pattern, text in _WHY if pattern.fullmatch(raw)),
            "changes its type",
        )
        value = yaml.safe_load(raw)
        kind = "the boolean" if node.tag == _BOOL else "the number"
        shown = json.dumps(value)
    msg = (
        f"{origin} line {line}: the unquoted {raw} is read as {kind} {shown} ({why}); "
        f'write "{raw}" (quoted) to keep the text'
    )
    if node.tag != _TIMESTAMP:
        msg += f", or {shown} for the {'boolean' if node.tag == _BOOL else 'number'}"
    return [Problem(msg, path, "yaml-type-change", "warning")]


__all__ = ["YamlDocument", "load_yaml"]
