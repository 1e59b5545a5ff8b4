"""The state machine: a validated graph plus the machine-level ASL fields."""

from __future__ import annotations

import contextvars
import os
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, get_args

import attrs

from sfdsl import _checks as chk
from sfdsl._chain import Definition, Graph, State
from sfdsl._codes import CODES, as_read
from sfdsl._codes import strict as all_errors
from sfdsl._jsontypes import a_json_type
from sfdsl._load import read_document
from sfdsl._typing import QueryLanguage
from sfdsl._values import BUILD_PARAM
from sfdsl._write import dumps, states_to_asl
from sfdsl.errors import DefinitionError, Problem, ValidationError

if TYPE_CHECKING:
    from sfdsl._yaml import YamlDocument

MachineType: TypeAlias = Literal["STANDARD", "EXPRESS"]

_MACHINE_NAME = re.compile(r"^[A-Za-z0-9_-]{1,80}$")


@attrs.frozen(init=False)
class StateMachine:
    """A complete, validated workflow: states, start state and the machine-level fields.

    Building one resolves the chain into a graph (open ends become ``End``) and checks the whole
    graph; every problem is reported in one :class:`~sfdsl.errors.ValidationError`. Warnings
    (valid, but likely to fail at run time) are kept in :attr:`warnings`.

    Args:
        definition: the first state, a chain, or a :class:`Graph`.
        name: the state machine's name (used by ``sfdsl build``; 1-80 letters, digits, ``-``, ``_``).
        type: ``"STANDARD"`` or ``"EXPRESS"``; some integration patterns need STANDARD.

    Example:
        >>> from sfdsl import Pass, Succeed, StateMachine
        >>> sm = StateMachine(Pass("Hello").next(Succeed("Done")), name="Hello", comment="hi")
        >>> sm.to_asl()
        {'Comment': 'hi', 'StartAt': 'Hello', 'States': {'Hello': {'Type': 'Pass', 'Next': 'Done'}, 'Done': {'Type': 'Succeed'}}}
    """

    graph: Graph
    name: str | None = None
    comment: str | None = None
    timeout_seconds: int | None = None
    version: str | None = None
    query_language: QueryLanguage | None = None
    type: MachineType = "STANDARD"
    warnings: tuple[Problem, ...] = attrs.field(default=(), eq=False, repr=False)

    def __init__(
        self,
        definition: Definition,
        *,
        name: str | None = None,
        comment: str | None = None,
        timeout_seconds: int | None = None,
        version: str | None = None,
        query_language: QueryLanguage | None = None,
        type: MachineType = "STANDARD",
    ) -> None:
        subject = f"state machine {name!r}" if name else "state machine"
        try:
            graph = Graph.of(definition)
        except ValidationError as exc:
            raise ValidationError.of(exc.problems, subject=subject) from None
        graph, comment, problems = _top_comment(graph, comment)
        problems += _machine_field_problems(
            name, comment, timeout_seconds, version, query_language, type
        )
        problems += _graph_problems(graph, query_language, type)
        if chk.checking_as_asl():
            problems = _as_asl(graph, problems)
        errors = [p for p in problems if p.severity == "error"]
        if errors:
            raise ValidationError.of(errors, subject=subject)
        self.__attrs_init__(
            graph,
            name,
            comment,
            timeout_seconds,
            version,
            query_language,
            type,
            tuple(p for p in problems if p.severity == "warning"),
        )

    @property
    def start_at(self) -> str:
        """The name of the first state.

        Example:
            >>> from sfdsl import Pass, StateMachine
            >>> StateMachine(Pass("A").next(Pass("B"))).start_at
            'A'
        """
        return self.graph.start_at

    @property
    def states(self) -> tuple[State, ...]:
        """The top-level states, in order.

        Example:
            >>> from sfdsl import Pass, StateMachine
            >>> [s.name for s in StateMachine(Pass("A").next(Pass("B"))).states]
            ['A', 'B']
        """
        return self.graph.states

    def state(self, name: str) -> State:
        """The top-level state called *name* (``KeyError`` if there is none).

        Example:
            >>> from sfdsl import Pass, StateMachine
            >>> StateMachine(Pass("A")).state("A").name
            'A'
        """
        return self.graph.state(name)

    def with_(self, **changes: Any) -> StateMachine:
        """A copy with machine-level fields changed (validated again).

        Example:
            >>> from sfdsl import Pass, StateMachine
            >>> StateMachine(Pass("A")).with_(timeout_seconds=60).timeout_seconds
            60
        """
        fields: dict[str, Any] = {
            "name": self.name,
            "comment": self.comment,
            "timeout_seconds": self.timeout_seconds,
            "version": self.version,
            "query_language": self.query_language,
            "type": self.type,
        }
        definition = changes.pop("definition", self.graph)
        unknown = set(changes) - set(fields)
        if unknown:
            msg = f"unknown StateMachine field(s): {', '.join(sorted(unknown))}; allowed: {', '.join(fields)}"
            raise TypeError(msg)
        fields.update(changes)
        return StateMachine(definition, **fields)

    def to_asl(self) -> dict[str, Any]:
        """The ASL definition as a dict (unset fields omitted, key order fixed).

        Example:
            >>> from sfdsl import Succeed, StateMachine
            >>> StateMachine(Succeed("Done")).to_asl()
            {'StartAt': 'Done', 'States': {'Done': {'Type': 'Succeed'}}}
        """
        out: dict[str, Any] = {}
        if self.comment is not None:
            out["Comment"] = self.comment
        if self.query_language is not None:
            out["QueryLanguage"] = self.query_language
        out["StartAt"] = self.graph.start_at
        out["States"] = states_to_asl(self.graph.states)
        if self.timeout_seconds is not None:
            out["TimeoutSeconds"] = self.timeout_seconds
        if self.version is not None:
            out["Version"] = self.version
        return out

    def to_json(self, *, indent: int | None = 2) -> str:
        """The ASL definition as JSON text; equal machines give byte-identical text.

        Example:
            >>> from sfdsl import Succeed, StateMachine
            >>> print(StateMachine(Succeed("Done")).to_json(indent=None))
            {"StartAt": "Done", "States": {"Done": {"Type": "Succeed"}}}
        """
        return dumps(self.to_asl(), indent=indent)

    @classmethod
    def from_asl(
        cls,
        source: dict[str, Any] | str | os.PathLike[str],
        *,
        name: str | None = None,
        type: MachineType = "STANDARD",
        strict: bool = False,
    ) -> StateMachine:
        """Read an ASL definition: a dict, JSON/YAML text, or a path to a ``.json``/``.yaml`` file.

        Whatever Step Functions accepts is read; likely mistakes are :attr:`warnings`, and
        errors too with ``strict=True``.

        Raises:
            DefinitionError: the document cannot be read or has the wrong structure.
            ValidationError: the definition is invalid (every problem listed).

        Example:
            >>> sm = StateMachine.from_asl('{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}')
            >>> sm.start_at
            'A'
        """
        return machine_from_document(read_document(source), name=name, type=type, strict=strict)

    @classmethod
    def _from_graph(
        cls,
        graph: Graph,
        *,
        problems: list[Problem],
        name: str | None,
        comment: str | None,
        timeout_seconds: int | None,
        version: str | None,
        query_language: QueryLanguage | None,
        type: MachineType,
        strict: bool = False,
    ) -> StateMachine:
        """Validate a graph read from ASL together with the problems found while reading it.

        Problems the service accepts are warnings (:func:`sfdsl._codes.as_read`); *strict* makes
        every warning an error.
        """
        subject = f"state machine {name!r}" if name else "state machine"
        graph, comment, all_problems = _top_comment(graph, comment)
        all_problems += problems
        all_problems += _machine_field_problems(
            name, comment, timeout_seconds, version, query_language, type
        )
        all_problems += _graph_problems(graph, query_language, type)
        all_problems = as_read(all_problems)
        if strict:
            all_problems = all_errors(all_problems)
        errors = [p for p in all_problems if p.severity == "error"]
        if errors:
            raise ValidationError.of(errors, subject=subject)
        machine = object.__new__(cls)
        machine.__attrs_init__(
            graph,
            name,
            comment,
            timeout_seconds,
            version,
            query_language,
            type,
            tuple(p for p in all_problems if p.severity == "warning"),
        )
        return machine


def _as_asl(graph: Graph, problems: list[Problem]) -> list[Problem]:
    """*problems* of a machine built in :func:`sfdsl.checked_as_asl`, judged as ASL that is read.

    The problems its states were built with as warnings are reported with the machine's;
    those of AWS SDK and optimized integrations are among the graph's problems already.
    """
    seen = {(p.code, p.path) for p in problems}
    states = [
        p
        for p in state_refusals(graph)
        if CODES[p.code].when_read is not None and (p.code, p.path) not in seen
    ]
    return as_read([*problems, *states])


def state_refusals(graph: Graph) -> list[Problem]:
    """The problems for which the Python constructors refuse the states of *graph*, at their paths.

    Judged with the strict checks, even for states built in :func:`sfdsl.checked_as_asl` or
    read from ASL: what a module building them without that block would raise for.

    Example:
        >>> from sfdsl import Task, checked_as_asl
        >>> with checked_as_asl():
        ...     ask = Task("Ask", resource="arn:aws:states:::sqs:sendMessage",
        ...                parameters={"QueueUrl": "https://q"})
        >>> [(p.code, p.path) for p in state_refusals(Graph.of(ask))]
        [('sdk-missing-parameter', 'States.Ask.Parameters.MessageBody')]
    """
    return contextvars.Context().run(_strict_refusals, graph)


def _strict_refusals(graph: Graph) -> list[Problem]:
    # Imported with the graph checks (see _graph_problems): not needed by import sfdsl.
    from sfdsl._validate import _walk

    found: list[Problem] = []
    for state, here in _walk(graph):
        problems = state.problems()
        if state.query_language == "JSONPath" or state.query_language == "JSONata":
            problems += state.language_problems(state.query_language)
        found += [p.under(here.rstrip(".")) for p in problems if p.severity == "error"]
    return found


def _top_comment(graph: Graph, comment: str | None) -> tuple[Graph, str | None, list[Problem]]:
    """Move the top-level graph's comment to the machine: ASL has one ``Comment`` at the top.

    The machine's graph then never holds a comment, so equal machines compare equal however
    they were built (from a commented :class:`Graph`, or read from ASL).
    """
    if graph.comment is None:
        return graph, comment, []
    bare = attrs.evolve(graph, comment=None)
    if comment is None or comment == graph.comment:
        return bare, graph.comment, []
    problem = Problem(
        f"the Graph's comment {graph.comment!r} and comment={comment!r} are both the machine's "
        "Comment; pass only one of them",
        "Comment",
        "conflicting-comment",
    )
    return bare, comment, [problem]


def _graph_problems(
    graph: Graph, language: QueryLanguage | None, machine_type: str
) -> list[Problem]:
    # Imported when the first machine is built: the graph checks are not needed by import sfdsl.
    from sfdsl._validate import validate_graph

    # An invalid QueryLanguage is passed on as it is: validate_graph then judges no state by it.
    return validate_graph(
        graph, language="JSONPath" if language is None else language, machine_type=machine_type
    )


def _machine_field_problems(
    name: object,
    comment: object,
    timeout_seconds: object,
    version: object,
    query_language: object,
    machine_type: object,
) -> list[Problem]:
    problems: list[Problem] = []
    if name is not None and (
        not isinstance(name, str) or not (_MACHINE_NAME.match(name) or _name_with_params(name))
    ):
        problems.append(
            Problem(
                f"a state machine name must be 1-80 letters, digits, '-' or '_', got {name!r}",
                "name",
                "machine-name",
            )
        )
    problems += chk.text(comment, "Comment")
    problems += chk.integer(timeout_seconds, "TimeoutSeconds", minimum=1, maximum=99999999)
    if version is not None and version != "1.0":
        problems.append(
            Problem(f'Version must be "1.0", got {version!r}', "Version", "not-allowed-value")
        )
    problems += chk.one_of(query_language, get_args(QueryLanguage), "QueryLanguage")
    problems += chk.one_of(machine_type, get_args(MachineType), "type")
    return problems


def _name_with_params(name: str) -> bool:
    """A name whose ``${param:NAME}`` parts the template build replaces, then checks again."""
    rest = BUILD_PARAM.sub("", name)
    return rest != name and (not rest or bool(_MACHINE_NAME.match(rest)))


def load_document(source: dict[str, Any] | str | os.PathLike[str]) -> Any:
    """Read JSON or YAML from a dict, text, or file path (see :func:`sfdsl.asl.read_document`).

    Raises:
        DefinitionError: with the parser's message and position.

    Example:
        >>> load_document('{"a": 1}')
        {'a': 1}
    """
    return read_document(source).data


def machine_from_document(
    read: YamlDocument,
    *,
    name: str | None = None,
    type: MachineType = "STANDARD",
    strict: bool = False,
) -> StateMachine:
    """The validated :class:`StateMachine` of a document :func:`~sfdsl.asl.read_document` read.

    With ``strict=True`` every warning is an error. The warnings of the reading (YAML 1.1
    type changes) become the machine's warnings.

    Raises:
        DefinitionError: the document is not an object.
        ValidationError: every structural and semantic problem, each with its path.

    Example:
        >>> from sfdsl.asl import parse_document
        >>> text = "StartAt: A\\nStates: {A: {Type: Pass, Result: on, End: true}}"
        >>> [w.code for w in machine_from_document(parse_document(text)).warnings]
        ['yaml-type-change']
    """
    doc = read.data
    if not isinstance(doc, Mapping):
        msg = f"an ASL definition must be a JSON object, got {a_json_type(doc)}"
        raise DefinitionError([Problem(msg, code="invalid-definition")], subject="definition")
    # Imported when a definition is first read: reading is not needed by import sfdsl.
    from sfdsl._read import read_definition

    definition = read_definition(doc, read.warnings)
    try:
        return StateMachine._from_graph(
            definition.graph,
            problems=list(definition.problems),
            name=name,
            type=type,
            strict=strict,
            **definition.fields,
        )
    except ValidationError as exc:
        # A StartAt or States the reader already reported cannot be looked up as well.
        kept = [
            p
            for p in exc.problems
            if not (p.code == "missing-target" and p.path in definition.unresolved_starts)
        ]
        if len(kept) == len(exc.problems):
            raise
        raise ValidationError.of(kept, subject=exc.subject) from None


__all__ = ["MachineType", "StateMachine", "load_document", "machine_from_document"]
