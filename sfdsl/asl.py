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

import os
from typing import Any

# Read by the runner and the CLI through this module (they are not part of the API reference).
from sfdsl._load import parse_document as parse_document
from sfdsl._load import read_document as read_document
from sfdsl._machine import MachineType, StateMachine
from sfdsl._machine import machine_from_document as machine_from_document
from sfdsl._write import dumps, fields_to_asl, graph_to_asl, state_to_asl


def rule_to_asl(obj: Any) -> dict[str, Any]:
    """A rule or sub-object (Retry, Catch, ChoiceRule, ItemReader, ...) as ASL.

    Example:
        >>> from sfdsl import Retry
        >>> rule_to_asl(Retry(["States.ALL"], max_attempts=0))
        {'ErrorEquals': ['States.ALL'], 'MaxAttempts': 0}
    """
    return fields_to_asl(obj)


def machine_to_asl(machine: StateMachine) -> dict[str, Any]:
    """The whole machine as an ASL document.

    Example:
        >>> from sfdsl import Succeed
        >>> machine_to_asl(StateMachine(Succeed("S"), timeout_seconds=30))
        {'StartAt': 'S', 'States': {'S': {'Type': 'Succeed'}}, 'TimeoutSeconds': 30}
    """
    return machine.to_asl()


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


__all__ = [
    "dumps",
    "from_asl",
    "graph_to_asl",
    "machine_to_asl",
    "rule_to_asl",
    "state_to_asl",
]
