"""ASL serialization: sfdsl objects to ASL dicts and JSON, and ASL documents back to objects.

Serialization is a pure function of the model: unset fields are omitted, keys come in a fixed
order, and equal machines give byte-identical JSON.

Example:
    >>> from sfdsl import Pass, StateMachine
    >>> from sfdsl.asl import from_asl
    >>> sm = StateMachine(Pass("A"))
    >>> from_asl(sm.to_asl()) == sm
    True
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

from sfdsl._chain import Graph
from sfdsl._conditions import condition_from_asl, condition_to_asl
from sfdsl._jsontypes import a_json_type
from sfdsl._limits import too_deep
from sfdsl._machine import MachineType, StateMachine
from sfdsl._sdk import reading as sdk_reading
from sfdsl._states import (
    STATE_TYPES,
    Catch,
    ChoiceRule,
    Credentials,
    ItemBatcher,
    ItemReader,
    Map,
    ProcessorConfig,
    ReaderConfig,
    ResultWriter,
    Retry,
    State,
    WriterConfig,
    reading_asl,
    target_name,
)
from sfdsl._values import DISCARD, Placeholder, render
from sfdsl.errors import DefinitionError, Problem, ProblemCode, ValidationError

if TYPE_CHECKING:
    # PyYAML is imported only when a YAML document is read: building and writing ASL need none.
    from sfdsl._yaml import YamlDocument

_JSONATA_PAYLOADS = frozenset({"arguments", "output"})
_PAYLOADS = frozenset(
    {"parameters", "result_selector", "item_selector", "assign", "result", "batch_input", "items"}
)


def dumps(document: Any, *, indent: int | None = 2) -> str:
    """JSON text for an ASL document, deterministic for equal input.

    Example:
        >>> dumps({"b": 1, "a": "é"}, indent=None)
        '{"b": 1, "a": "é"}'
    """
    return json.dumps(document, indent=indent, ensure_ascii=False)


def _value(name: str, value: Any) -> Any:
    if name in _JSONATA_PAYLOADS:
        return render(value, "JSONata")
    if name in _PAYLOADS:
        return render(value, "JSONPath")
    if value is DISCARD:
        return None
    if name in ("next_state", "next", "default"):
        return target_name(value)
    if isinstance(value, tuple):
        return [_item(v) for v in value]
    return _item(value)


def _item(value: Any) -> Any:
    if isinstance(
        value,
        (
            Retry,
            Catch,
            ChoiceRule,
            ProcessorConfig,
            ReaderConfig,
            ItemReader,
            ItemBatcher,
            ResultWriter,
            WriterConfig,
            Credentials,
        ),
    ):
        return value.to_asl()
    if isinstance(value, Graph):
        return graph_to_asl(value)
    return render(value, "JSONPath")


_ASL_FIELDS: dict[type, tuple[tuple[str, str], ...]] = {}


def _asl_fields(cls: type) -> tuple[tuple[str, str], ...]:
    """(attribute, ASL key) of every field of *cls* that appears in ASL, computed once per class."""
    found = _ASL_FIELDS.get(cls)
    if found is None:
        found = tuple(
            (f.name, f.metadata["asl"])
            for f in attrs.fields(cls)
            if f.metadata.get("asl") is not None
        )
        _ASL_FIELDS[cls] = found
    return found


def rule_to_asl(obj: Any) -> dict[str, Any]:
    """A rule or sub-object (Retry, Catch, ChoiceRule, ItemReader, ...) as ASL.

    Example:
        >>> from sfdsl import Retry
        >>> rule_to_asl(Retry(["States.ALL"], max_attempts=0))
        {'ErrorEquals': ['States.ALL'], 'MaxAttempts': 0}
    """
    out: dict[str, Any] = {}
    if isinstance(obj, ChoiceRule):
        out.update(condition_to_asl(obj.condition))
    for name, asl in _asl_fields(type(obj)):
        value = getattr(obj, name)
        if value is None or value == ():
            continue
        out[asl] = _value(name, value)
    return out


def state_to_asl(state: State) -> dict[str, Any]:
    """One state as ASL (without its name).

    Example:
        >>> from sfdsl import Wait
        >>> state_to_asl(Wait("W", seconds=5, end=True))
        {'Type': 'Wait', 'Seconds': 5, 'End': True}
    """
    out: dict[str, Any] = {"Type": state.TYPE}
    processor: dict[str, Any] = {}
    for name, asl in _asl_fields(type(state)):
        value = getattr(state, name)
        if name == "legacy_iterator":
            continue
        if name == "processor_config":
            if value is not None:
                processor["ProcessorConfig"] = value.to_asl()
            continue
        if name == "item_processor":
            if value is not None:
                body = graph_to_asl(value)
                key = "Iterator" if getattr(state, "legacy_iterator", False) else "ItemProcessor"
                pconf = getattr(state, "processor_config", None)
                out[key] = ({"ProcessorConfig": pconf.to_asl()} if pconf is not None else {}) | body
            continue
        if value is None or value == () or (name == "end" and value is False):
            continue
        out[asl] = _value(name, value)
    return out


def graph_to_asl(graph: Graph) -> dict[str, Any]:
    """A graph (branch or Map body) as ``{"StartAt", "States"}``.

    Example:
        >>> from sfdsl import Succeed
        >>> graph_to_asl(Graph.of(Succeed("S")))
        {'StartAt': 'S', 'States': {'S': {'Type': 'Succeed'}}}
    """
    out: dict[str, Any] = {}
    if graph.comment is not None:
        out["Comment"] = graph.comment
    out["StartAt"] = graph.start_at
    out["States"] = {s.name: state_to_asl(s) for s in graph.states}
    return out


def machine_to_asl(machine: StateMachine) -> dict[str, Any]:
    """The whole machine as an ASL document.

    Example:
        >>> from sfdsl import Succeed
        >>> machine_to_asl(StateMachine(Succeed("S"), timeout_seconds=30))
        {'StartAt': 'S', 'States': {'S': {'Type': 'Succeed'}}, 'TimeoutSeconds': 30}
    """
    out: dict[str, Any] = {}
    if machine.comment is not None:
        out["Comment"] = machine.comment
    if machine.query_language is not None:
        out["QueryLanguage"] = machine.query_language
    out["StartAt"] = machine.graph.start_at
    out["States"] = {s.name: state_to_asl(s) for s in machine.graph.states}
    if machine.timeout_seconds is not None:
        out["TimeoutSeconds"] = machine.timeout_seconds
    if machine.version is not None:
        out["Version"] = machine.version
    return out


# --------------------------------------------------------------------------- reading


def from_asl(
    source: dict[str, Any] | str | os.PathLike[str],
    *,
    name: str | None = None,
    type: MachineType = "STANDARD",
    strict: bool = False,
) -> StateMachine:
    """Read an ASL document (dict, JSON/YAML text or file) into a validated :class:`StateMachine`.

    What Step Functions accepts is read; a likely mistake is a warning in
    :attr:`StateMachine.warnings`. With ``strict=True`` warnings are errors too.

    A value that YAML 1.1 read as another type than the text written (``1:30`` as 90, ``yes`` as
    true) is a warning in :attr:`StateMachine.warnings`.

    Raises:
        DefinitionError: unreadable text or file (missing, not UTF-8) or a document that is not
            an object; :class:`~sfdsl.errors.LimitError` for one larger or deeper than sfdsl
            reads (see docs/limits.md).
        ValidationError: every structural and semantic problem, each with its path.

    Example:
        >>> sm = from_asl({"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}})
        >>> sm.states[0].end
        True
    """
    return machine_from_document(read_document(source), name=name, type=type, strict=strict)


def machine_from_document(
    read: YamlDocument,
    *,
    name: str | None = None,
    type: MachineType = "STANDARD",
    strict: bool = False,
) -> StateMachine:
    """The validated :class:`StateMachine` of a document :func:`read_document` read.

    With ``strict=True`` every warning is an error.

    The warnings of the reading (YAML 1.1 type changes) become the machine's warnings.

    Example:
        >>> text = "StartAt: A\\nStates: {A: {Type: Pass, Result: on, End: true}}"
        >>> read = parse_document(text)
        >>> [w.code for w in machine_from_document(read).warnings]
        ['yaml-type-change']
    """
    doc = read.data
    if not isinstance(doc, Mapping):
        msg = f"an ASL definition must be a JSON object, got {a_json_type(doc)}"
        raise DefinitionError([Problem(msg, code="invalid-definition")], subject="definition")
    reader = _Reader()
    reader.problems.extend(read.warnings)
    top_allowed = ("Comment", "StartAt", "States", "TimeoutSeconds", "Version", "QueryLanguage")
    reader.unknown(doc, top_allowed, "", "state machine")
    with sdk_reading():  # the API models' problems are warnings in ASL that is read
        graph = reader.graph(doc, "")
    try:
        return StateMachine._from_graph(
            graph,
            problems=reader.problems,
            name=name,
            comment=doc.get("Comment"),
            timeout_seconds=doc.get("TimeoutSeconds"),
            version=doc.get("Version"),
            query_language=doc.get("QueryLanguage"),
            type=type,
            strict=strict,
        )
    except ValidationError as exc:
        # A StartAt or States the reader already reported cannot be looked up as well.
        kept = [
            p
            for p in exc.problems
            if not (p.code == "missing-target" and p.path in reader.unresolved_starts)
        ]
        if len(kept) == len(exc.problems):
            raise
        raise ValidationError.of(kept, subject=exc.subject) from None


def read_document(source: dict[str, Any] | str | os.PathLike[str]) -> YamlDocument:
    """Read JSON or YAML from a dict, text, or file path, with sfdsl's size and depth limits.

    A path (an ``os.PathLike``, or a one-line string that does not start with ``{`` or ``[``) is
    read as UTF-8 text of at most 16 MiB. YAML is read with :func:`~sfdsl._yaml.load_yaml`:
    aliases bounded, unquoted timestamps kept as text, and every value YAML 1.1 changed the
    type of listed in :attr:`~sfdsl._yaml.YamlDocument.warnings`.

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
    from sfdsl._limits import check_depth, read_text_file

    if isinstance(source, dict):
        check_depth(source, "the ASL definition")
        return _document(source)
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
    from sfdsl._limits import check_depth, parse_int

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
    return _document(loaded_json)


def _document(data: Any) -> YamlDocument:
    from sfdsl._yaml import YamlDocument  # imports PyYAML: only when a document is read

    return YamlDocument(data)


def _read_yaml(text: str, origin: str, json_error: json.JSONDecodeError) -> YamlDocument:
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
    from sfdsl.errors import DefinitionError

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


_REQUIRED_HINTS = {
    "Resource": ": the ARN of the work to do, e.g. 'arn:aws:states:::lambda:invoke'",
}
_REQUIRED_STAND_INS: Mapping[str, Any] = {"Resource": Placeholder("Resource")}
_NULLABLE_PATHS = frozenset({"InputPath", "OutputPath", "ResultPath", "ItemsPath"})
_JSON_NULL_OK = frozenset(
    {"Result", "Output", "Parameters", "Arguments", "ResultSelector", "ItemSelector", "BatchInput"}
)


class _Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.unresolved_starts: set[str] = set()

    def add(self, message: str, path: str, code: ProblemCode = "invalid-definition") -> None:
        self.problems.append(Problem(message, path, code))

    def unknown(
        self,
        data: Mapping[str, Any],
        allowed: tuple[str, ...] | frozenset[str],
        path: str,
        what: str,
    ) -> None:
        for key in data:
            if key not in allowed:
                shown = ", ".join(sorted(allowed))
                where = f"{path}.{key}" if path else str(key)
                self.add(
                    f"unknown field {key!r} in {what}; allowed fields: {shown}",
                    where,
                    "unknown-field",
                )

    def graph(self, data: Mapping[str, Any], prefix: str) -> Graph:
        here = f"{prefix}." if prefix else ""
        start = data.get("StartAt")
        states = data.get("States")
        if "StartAt" not in data:
            self.add(
                "StartAt is required: the name of the first state", f"{here}StartAt", "required"
            )
        elif not isinstance(start, str):
            self.add(f"StartAt must be a state name, got {a_json_type(start)}", f"{here}StartAt")
        if "States" not in data:
            self.add(
                "States is required: an object of state name to state", f"{here}States", "required"
            )
            states = {}
        elif not isinstance(states, Mapping):
            self.add(
                f"States must be an object of state name to state, got {a_json_type(states)}",
                f"{here}States",
            )
            states = {}
        if not states and "States" in data and isinstance(data.get("States"), Mapping):
            self.add("States must contain at least one state", f"{here}States")
        if not isinstance(start, str) or not states:
            self.unresolved_starts.add(f"{here}StartAt")
        parsed = [self.state(name, raw, here) for name, raw in states.items()]
        comment = data.get("Comment")
        return Graph(start if isinstance(start, str) else "", tuple(parsed), comment=comment)

    def state(self, name: str, raw: Any, here: str) -> State:
        path = f"{here}States.{name}"
        if not isinstance(raw, Mapping):
            self.add(f"a state must be an object, got {a_json_type(raw)}", path)
            return _stand_in(name, {})
        kind = raw.get("Type")
        cls = STATE_TYPES.get(kind) if isinstance(kind, str) else None
        if "Type" not in raw:
            self.add(
                f"Type is required: one of {', '.join(STATE_TYPES)}", f"{path}.Type", "required"
            )
            return _stand_in(name, raw)
        if cls is None:
            self.add(
                f"Type must be one of {', '.join(STATE_TYPES)}, got {kind!r}",
                f"{path}.Type",
                "unknown-state-type",
            )
            return _stand_in(name, raw)
        by_asl = {f.metadata["asl"]: f for f in attrs.fields(cls) if "asl" in f.metadata}
        allowed = set(by_asl) | {"Type"}
        if cls is Map:
            allowed |= {"ItemProcessor", "Iterator"}
            allowed.discard("ProcessorConfig")
        kwargs: dict[str, Any] = {}
        ok = True
        failed: set[str] = set()  # ASL keys whose problems are already recorded
        for key, value in raw.items():
            if key == "Type":
                continue
            if key not in allowed:
                hint = ""
                if key in ("Parameters", "ResultPath", "ResultSelector") and cls.TYPE in (
                    "Choice",
                    "Wait",
                    "Succeed",
                    "Fail",
                ):
                    hint = f" ({key} is not allowed on a {cls.TYPE} state)"
                self.add(
                    f"unknown field {key!r} for a {cls.TYPE} state{hint}; allowed fields: "
                    f"{', '.join(sorted(allowed))}",
                    f"{path}.{key}",
                    "unknown-field",
                )
                ok = False
                continue
            if value is None:
                if key in _NULLABLE_PATHS:
                    kwargs[by_asl[key].name] = DISCARD
                    continue
                if key in _JSON_NULL_OK:
                    kwargs[by_asl[key].name] = DISCARD
                    continue
                self.add(f"{key} cannot be null", f"{path}.{key}", "null-value")
                ok = False
                continue
            try:
                if key in ("ItemProcessor", "Iterator"):
                    kwargs.update(self.processor(value, f"{path}.{key}", legacy=key == "Iterator"))
                    continue
                converted = self.field(cls, key, value, path)
            except _Skip:
                ok = False
                failed.add(key)
                continue
            kwargs[by_asl[key].name] = converted
        missing = False
        for field in attrs.fields(cls):
            asl = field.metadata.get("asl")
            if field.default is attrs.NOTHING and asl is not None and asl not in raw:
                self.add(
                    f"{asl} is required in a {cls.TYPE} state{_REQUIRED_HINTS.get(asl, '')}",
                    f"{path}.{asl}",
                    "required",
                )
                missing = True
                # A stand-in value lets the state's other fields be checked too.
                if asl in _REQUIRED_STAND_INS:
                    kwargs[field.name] = _REQUIRED_STAND_INS[asl]
                else:
                    ok = False
        if cls is Map and "ItemProcessor" in raw and "Iterator" in raw:
            self.add(
                "ItemProcessor and Iterator cannot both be set; keep ItemProcessor",
                f"{path}.Iterator",
            )
            ok = False
        if not ok:
            self.rest_of(cls, name, kwargs, here, failed)
            return _stand_in(name, raw)
        prefix = here.rstrip(".")
        try:
            with reading_asl() as warnings:
                built = cls(name, **kwargs)
            self.problems.extend(p.under(prefix) for p in warnings)
            if not missing:
                return built
        except ValidationError as exc:
            self.problems.extend(p.under(prefix) for p in (*warnings, *exc.problems))
        except (TypeError, ValueError) as exc:
            self.add(str(exc), path)
        return _stand_in(name, raw)

    def rest_of(
        self, cls: type[State], name: str, kwargs: dict[str, Any], here: str, failed: set[str]
    ) -> None:
        """Record the problems of a state's other fields when some of its fields could not be read.

        The state is built without the fields that failed; what their absence alone causes
        (a Parallel with no branches, a Map with no processor) is not reported again.
        """
        path = f"{here}States.{name}"
        keys = failed | ({"ItemProcessor"} if "Iterator" in failed else set())
        gone = tuple(f"{path}.{key}" for key in keys)
        prefix = here.rstrip(".")
        found: list[Problem] = []
        try:
            with reading_asl() as warnings:
                cls(name, **kwargs)
        except ValidationError as exc:
            found += exc.problems
        except (TypeError, ValueError):
            pass  # a required field is missing: already reported
        found = [p.under(prefix) for p in (*warnings, *found)]
        self.problems.extend(p for p in found if not p.path.startswith(gone))

    def field(self, cls: type[State], key: str, value: Any, path: str) -> Any:
        where = f"{path}.{key}"
        if key in ("Retry", "Catch", "Choices", "Branches"):
            if not isinstance(value, list):
                self.add(f"{key} must be an array, got {a_json_type(value)}", where)
                raise _Skip
            read = {
                "Retry": lambda v, at: self.sub(Retry, v, at),
                "Catch": lambda v, at: self.sub(Catch, v, at),
                "Choices": self.choice_rule,
                "Branches": self.branch,
            }[key]
            # Every item is read, so each bad one is reported, not only the first.
            items, bad = [], False
            for i, v in enumerate(value):
                try:
                    items.append(read(v, f"{where}[{i}]"))
                except _Skip:
                    bad = True
            if bad:
                raise _Skip
            return tuple(items)
        if key == "Credentials":
            if not isinstance(value, Mapping):
                self.add(
                    f"Credentials must be an object with RoleArn, got {a_json_type(value)}", where
                )
                raise _Skip
            return self.credentials(value, where)
        if key == "ItemReader":
            return self.sub(ItemReader, value, where)
        if key == "ItemBatcher":
            return self.sub(ItemBatcher, value, where)
        if key == "ResultWriter":
            return self.sub(ResultWriter, value, where)
        return value

    def branch(self, value: Any, where: str) -> Graph:
        if not isinstance(value, Mapping):
            self.add(
                f"each branch must be an object with StartAt and States, got {a_json_type(value)}",
                where,
            )
            raise _Skip
        self.unknown(value, ("StartAt", "States", "Comment"), where, "a Parallel branch")
        return self.graph(value, where)

    def credentials(self, value: Mapping[str, Any], where: str) -> Credentials:
        keys = [k for k in value if k in ("RoleArn", "RoleArn.$")]
        self.unknown(value, ("RoleArn", "RoleArn.$"), where, "Credentials")
        if len(keys) != 1 or len(value) != 1:
            if not keys:
                self.add("Credentials needs RoleArn (or RoleArn.$)", f"{where}.RoleArn", "required")
            raise _Skip
        key = keys[0]
        role = value[key]
        if key == "RoleArn.$":
            from sfdsl import _checks as chk

            problems = chk.parameters(dict(value), where)
            if problems:
                self.problems.extend(problems)
                raise _Skip
            if isinstance(role, str) and role.startswith("States."):
                from sfdsl._intrinsics import parse_intrinsic

                return Credentials(parse_intrinsic(role))
            from sfdsl._jsonpath import parse_path

            return Credentials(parse_path(role))
        return Credentials(role)

    def sub(self, cls: type[Any], value: Any, where: str) -> Any:
        if not isinstance(value, Mapping):
            self.add(f"expected an object, got {a_json_type(value)}", where)
            raise _Skip
        by_asl = {f.metadata["asl"]: f for f in attrs.fields(cls) if "asl" in f.metadata}
        kwargs: dict[str, Any] = {}
        bad = False
        for key, item in value.items():
            if key not in by_asl:
                self.add(
                    f"unknown field {key!r} in {cls.__name__}; allowed fields: {', '.join(sorted(by_asl))}",
                    f"{where}.{key}",
                    "unknown-field",
                )
                bad = True
                continue
            if key == "ReaderConfig":
                item = self.sub(ReaderConfig, item, f"{where}.{key}")
            elif key == "WriterConfig":
                item = self.sub(WriterConfig, item, f"{where}.{key}")
            elif key == "ErrorEquals" and not isinstance(item, list):
                self.add(
                    f"ErrorEquals must be an array of error names, got {a_json_type(item)}",
                    f"{where}.{key}",
                )
                bad = True
                continue
            elif item is None and key == "ResultPath":
                item = DISCARD
            kwargs[by_asl[key].name] = item
        if cls in (Retry, Catch) and "ErrorEquals" not in value:
            self.add(
                "ErrorEquals is required: the error names this rule handles",
                f"{where}.ErrorEquals",
                "required",
            )
            bad = True
        if cls is Catch and "Next" not in value:
            self.add(
                "Next is required: the state to go to when the error is caught",
                f"{where}.Next",
                "required",
            )
            bad = True
        if cls is ItemReader and "Resource" not in value:
            self.add("Resource is required in ItemReader", f"{where}.Resource", "required")
            bad = True
        if bad:
            raise _Skip
        args = []
        first = attrs.fields(cls)[0]
        if first.kw_only is False and first.name in kwargs and first.default is attrs.NOTHING:
            args.append(kwargs.pop(first.name))
        try:
            obj = cls(*args, **kwargs)
        except ValidationError as exc:
            self.problems.extend(_relocate(p, where) for p in exc.problems)
            raise _Skip from None
        if hasattr(obj, "problems"):
            found = obj.problems(where)
            if found:
                self.problems.extend(found)
                raise _Skip
        return obj

    def choice_rule(self, value: Any, where: str) -> ChoiceRule:
        if not isinstance(value, Mapping):
            self.add(f"a Choice rule must be an object, got {a_json_type(value)}", where)
            raise _Skip
        rest = {k: v for k, v in value.items() if k not in ("Next", "Assign", "Output", "Comment")}
        if "End" in rest:
            self.add("a Choice rule cannot have End; give it a Next state", f"{where}.End")
            raise _Skip
        if "Next" not in value:
            self.add(
                "a Choice rule needs Next: the state to go to when it matches",
                f"{where}.Next",
                "required",
            )
            raise _Skip
        try:
            condition: Any = condition_from_asl(rest, where)
        except ValidationError as exc:
            self.problems.extend(exc.problems)
            raise _Skip from None
        except (TypeError, ValueError) as exc:
            self.add(str(exc), where, "invalid-condition")
            raise _Skip from None
        try:
            return ChoiceRule(
                condition,
                next=value["Next"],
                assign=value.get("Assign"),
                output=value.get("Output"),
                comment=value.get("Comment"),
            )
        except ValidationError as exc:
            self.problems.extend(_relocate(p, where) for p in exc.problems)
            raise _Skip from None

    def processor(self, value: Any, where: str, *, legacy: bool) -> dict[str, Any]:
        if not isinstance(value, Mapping):
            self.add(f"expected an object with StartAt and States, got {a_json_type(value)}", where)
            raise _Skip
        allowed = ("StartAt", "States", "Comment", "ProcessorConfig")
        self.unknown(value, allowed, where, "Iterator" if legacy else "ItemProcessor")
        out: dict[str, Any] = {
            "item_processor": self.graph(value, where),
            "legacy_iterator": legacy,
        }
        if "ProcessorConfig" in value:
            out["processor_config"] = self.sub(
                ProcessorConfig, value["ProcessorConfig"], f"{where}.ProcessorConfig"
            )
        return out


def _relocate(problem: Problem, where: str) -> Problem:
    """Put a rule's own problem (path like ``Retry.BackoffRate``) under *where*."""
    head, _, tail = problem.path.partition(".")
    if head in ("Retry", "Catch", "Choices[]") or not problem.path:
        return attrs.evolve(problem, path=f"{where}.{tail}" if tail else where)
    return attrs.evolve(problem, path=f"{where}.{problem.path}")


class _Skip(Exception):
    """A field could not be read; its problems are already recorded."""


class _StandIn(State):
    """Holds the transitions of a state that could not be read, so graph checks can still run."""


def _stand_in(name: str, raw: Mapping[str, Any]) -> State:
    from sfdsl._states import Choice, Pass, Succeed

    targets: dict[str, Any] = {}
    nxt = raw.get("Next")
    kind = raw.get("Type")
    fake_rules: tuple[_FakeRule, ...] = ()
    if kind == "Choice":
        rules: list[Any] = raw["Choices"] if isinstance(raw.get("Choices"), list) else []
        fake_rules = tuple(
            _FakeRule(r["Next"])
            for r in rules
            if isinstance(r, Mapping) and isinstance(r.get("Next"), str)
        )
        default = raw.get("Default") if isinstance(raw.get("Default"), str) else None
        if not fake_rules and default is not None:
            nxt = default  # only the Default is known: a plain step to it
        elif not fake_rules:
            kind = "Succeed"  # nowhere known to go: do not invent a target or a trap
    if fake_rules:
        stub: State = object.__new__(Choice)
        for field in attrs.fields(Choice):
            object.__setattr__(
                stub, field.name, field.default if field.default is not attrs.NOTHING else None
            )
        object.__setattr__(stub, "name", name)
        object.__setattr__(stub, "choices", fake_rules)
        object.__setattr__(stub, "default", default)
        return stub
    known_type = isinstance(kind, str) and kind in STATE_TYPES
    if kind in ("Succeed", "Fail") or (nxt is None and raw.get("End") is None and not known_type):
        stub = object.__new__(Succeed)
        for field in attrs.fields(Succeed):
            object.__setattr__(stub, field.name, None)
        object.__setattr__(stub, "name", name)
        return stub
    stub = object.__new__(Pass)
    for field in attrs.fields(Pass):
        object.__setattr__(
            stub, field.name, field.default if field.default is not attrs.NOTHING else None
        )
    object.__setattr__(stub, "name", name)
    object.__setattr__(stub, "next_state", nxt if isinstance(nxt, str) else None)
    object.__setattr__(stub, "end", raw.get("End") is True or not isinstance(nxt, str))
    catches: list[Any] = raw["Catch"] if isinstance(raw.get("Catch"), list) else []
    targets["catch"] = [
        c["Next"] for c in catches if isinstance(c, Mapping) and isinstance(c.get("Next"), str)
    ]
    if targets["catch"]:
        stub = _with_catch_targets(stub, targets["catch"])
    return stub


@attrs.frozen
class _FakeRule:
    next: str
    condition: Any = None
    output: Any = None


def _with_catch_targets(stub: State, names: list[str]) -> State:
    from sfdsl._states import Task

    task = object.__new__(Task)
    for field in attrs.fields(Task):
        object.__setattr__(
            task,
            field.name,
            getattr(stub, field.name, None)
            if hasattr(stub, field.name)
            else (field.default if field.default is not attrs.NOTHING else None),
        )
    object.__setattr__(task, "resource", None)
    object.__setattr__(task, "catch_rules", tuple(_FakeRule(n) for n in names))
    object.__setattr__(task, "retry_rules", ())
    return task


__all__ = [
    "dumps",
    "from_asl",
    "graph_to_asl",
    "machine_to_asl",
    "rule_to_asl",
    "state_to_asl",
]
