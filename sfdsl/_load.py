"""Reading a JSON or YAML document (an ASL definition, a mock file) with sfdsl's limits.

A dict, JSON or YAML text, or a file path; sizes and depths are bounded (docs/limits.md), a key
repeated in one object is refused (JSON and YAML would keep only the last one), and YAML's
implicit type changes are listed as warnings. The result is plain data: turning it into states
is :mod:`sfdsl._read`'s job.
"""

from __future__ import annotations

import functools
import json
import os
from typing import Any

from sfdsl._document import YamlDocument
from sfdsl._jsontypes import a_json_type
from sfdsl._limits import check_depth, parse_int, read_text_file, too_deep
from sfdsl.errors import DefinitionError, Problem

# sfdsl._yaml and PyYAML are imported only when a YAML document is read: building and writing
# ASL, and reading JSON, need neither.


def read_document(source: dict[str, Any] | str | os.PathLike[str]) -> YamlDocument:
    """Read JSON or YAML from a dict, text, or file path, with sfdsl's size and depth limits.

    A path (an ``os.PathLike``, or a one-line string that does not start with ``{`` or ``[``) is
    read as UTF-8 text of at most 16 MiB. YAML is read with :func:`~sfdsl._yaml.load_yaml`:
    aliases bounded, unquoted timestamps kept as text, and every value YAML 1.1 changed the
    type of listed in :attr:`~sfdsl._document.YamlDocument.warnings`.

    Raises:
        DefinitionError: the file is missing or unreadable, the text is neither JSON nor YAML, or
            a key is repeated; :class:`~sfdsl.errors.LimitError` for a document larger or deeper
            than sfdsl reads (docs/limits.md).

    Example:
        >>> read_document("a: on\\n").data
        {'a': True}
        >>> read_document('{"a": 1}').warnings
        ()
    """
    if isinstance(source, dict):
        check_depth(source, "the ASL definition")
        return YamlDocument(source)
    text: str
    origin = "text"
    if isinstance(source, os.PathLike) or (
        isinstance(source, str)
        and not source.lstrip().startswith(("{", "["))
        and "\n" not in source
    ):
        text = read_text_file(source, what="ASL definition")
        origin = os.fspath(source)
    elif isinstance(source, str):
        text = source
    else:
        msg = (
            "an ASL definition is a dict, JSON or YAML text, or a path to a file, "
            f"got {a_json_type(source)}"
        )
        raise DefinitionError([Problem(msg, code="unreadable")], subject="definition")
    return parse_document(text, origin=origin)


def parse_document(text: str, *, origin: str = "text") -> YamlDocument:
    """Parse JSON or YAML *text* (read from *origin*, named in messages) with sfdsl's limits.

    Example:
        >>> parse_document("StartAt: A", origin="flow.yaml").data
        {'StartAt': 'A'}
    """
    duplicates: dict[int, list[str]] = {}

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        if len(obj) != len(pairs):
            seen: set[str] = set()
            repeated: list[str] = []
            for key, _ in pairs:
                if key in seen:
                    repeated.append(key)
                seen.add(key)
            duplicates[id(obj)] = repeated
        return obj

    try:
        loaded_json = json.loads(
            text,
            object_pairs_hook=pairs_hook,
            parse_int=functools.partial(parse_int, origin=origin),
        )
    except RecursionError:
        raise too_deep(origin, "") from None
    except json.JSONDecodeError as json_error:
        return _read_yaml(text, origin, json_error)
    check_depth(loaded_json, origin)
    if duplicates:
        _raise_duplicates(loaded_json, duplicates, origin)
    return YamlDocument(loaded_json)


def _read_yaml(text: str, origin: str, json_error: json.JSONDecodeError) -> YamlDocument:
    # PyYAML (about 25 ms) is imported only when a document is not JSON: reading JSON, building
    # and writing ASL need none.
    import yaml

    from sfdsl._yaml import load_yaml

    if text.lstrip().startswith(("{", "[")):
        msg = f"{origin} is not valid JSON: {json_error}"
        raise DefinitionError([Problem(msg, code="unreadable")], subject="definition") from None
    try:
        loaded = load_yaml(text, _yaml_loader(), origin=origin)
    except _DuplicateYamlKey as exc:
        msg = (
            f"{origin}: key {exc.key!r} appears twice in the same mapping (line {exc.line}); "
            f"YAML would keep only the last one{_DUPLICATE_HINT}"
        )
        raise DefinitionError([Problem(msg, code="duplicate-key")], subject="definition") from None
    except yaml.YAMLError as exc:
        msg = f"{origin} is neither valid JSON ({json_error}) nor valid YAML ({exc})"
        raise DefinitionError([Problem(msg, code="unreadable")], subject="definition") from None
    if not isinstance(loaded.data, dict):
        msg = f"{origin} is not valid JSON ({json_error}) and is not a YAML mapping"
        raise DefinitionError([Problem(msg, code="unreadable")], subject="definition") from None
    return loaded


_DUPLICATE_HINT = (
    "; Step Functions rejects a definition with a repeated key (a repeated state name is "
    "DUPLICATE_STATE_NAME): rename or remove one of them"
)


def _raise_duplicates(document: Any, duplicates: dict[int, list[str]], origin: str) -> None:
    """Raise a DefinitionError naming every repeated key of *document* with its path."""
    problems: list[Problem] = []

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict):
            for key in duplicates.get(id(node), ()):
                problems.append(
                    Problem(
                        f"{origin}: key {key!r} appears twice in the same object; JSON keeps "
                        f"only the last one{_DUPLICATE_HINT}",
                        f"{path}.{key}" if path else key,
                        "duplicate-key",
                    )
                )
            for key, value in node.items():
                walk(value, f"{path}.{key}" if path else key)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{path}[{i}]")

    walk(document, "")
    raise DefinitionError(problems, subject="definition")


class _DuplicateYamlKey(Exception):
    """A key repeated in one YAML mapping (PyYAML would keep the last one silently)."""

    def __init__(self, key: object, line: int) -> None:
        super().__init__(key)
        self.key = key
        self.line = line


@functools.cache
def _yaml_loader() -> Any:
    """A YAML SafeLoader that keeps unquoted timestamps as the strings written.

    ASL timestamps are strings; PyYAML's SafeLoader would turn ``2026-01-31T12:00:00Z`` into a
    ``datetime`` (and ``2026-01-31`` into a ``date``).
    """
    # PyYAML is imported only when a YAML document is read (see _read_yaml).
    import yaml

    class _AslLoader(yaml.SafeLoader):
        def construct_mapping(self, node: Any, deep: bool = False) -> Any:
            seen: set[object] = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=True)
                if not isinstance(key, str):
                    continue
                if key in seen:
                    raise _DuplicateYamlKey(key, key_node.start_mark.line + 1)
                seen.add(key)
            return super().construct_mapping(node, deep=deep)

    timestamp = "tag:yaml.org,2002:timestamp"
    _AslLoader.yaml_implicit_resolvers = {
        first: [(tag, regex) for tag, regex in resolvers if tag != timestamp]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return _AslLoader


__all__ = ["parse_document", "read_document"]
