"""The types the generated stubs of ``sfdsl.aws.sdk`` are written with (short names: they repeat).

A member of an API structure takes a value of its model type or a value known at run time
(:data:`Dynamic`); a nested structure is a ``TypedDict`` of its own. Only type checkers read
this module's aliases: the builders themselves are made at run time from the models.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, Protocol, TypeAlias, TypeVar

from typing_extensions import Unpack

from sfdsl._intrinsics import HasPath, IntrinsicCall
from sfdsl._states import Task
from sfdsl._values import Jsonata, Placeholder
from sfdsl.aws._build import TaskOptions

_T = TypeVar("_T")
_P = TypeVar("_P", contravariant=True)

Dynamic: TypeAlias = HasPath | IntrinsicCall | Jsonata | Placeholder
"""A value known at run time: a path (``Var("$.id")``), an intrinsic, JSONata, a placeholder."""

S: TypeAlias = str | Dynamic
"""A string (also a blob, given as base64 text)."""
I: TypeAlias = int | Dynamic  # noqa: E741 (the stubs repeat it 100,000 times)
"""An integer."""
F: TypeAlias = float | Dynamic
"""A floating point number."""
B: TypeAlias = bool | Dynamic
"""A boolean."""
T: TypeAlias = str | float | Dynamic
"""A timestamp: an ISO 8601 string or epoch seconds."""
Doc: TypeAlias = Any
"""A document: any JSON value."""
X: TypeAlias = _T | Dynamic
"""A structure (the ``TypedDict`` of its members), or a value known at run time."""
L: TypeAlias = Sequence[_T] | Dynamic
"""A list of values."""
M: TypeAlias = Mapping[str, _T] | Dynamic
"""A map from strings to values."""

# A list's items: ASL evaluates paths and intrinsic functions only as the values of object keys
# (sfdsl refuses them inside a list), JSONata expressions and placeholders anywhere.
InList: TypeAlias = Jsonata | Placeholder
"""A value known at run time that may be a list item: JSONata or a placeholder."""
Si: TypeAlias = str | InList
"""A string in a list."""
Ii: TypeAlias = int | InList
"""An integer in a list."""
Fi: TypeAlias = float | InList
"""A floating point number in a list."""
Bi: TypeAlias = bool | InList
"""A boolean in a list."""
Ti: TypeAlias = str | float | InList
"""A timestamp in a list."""
Xi: TypeAlias = _T | InList
"""A structure in a list."""
Li: TypeAlias = Sequence[_T] | InList
"""A list in a list."""
Mi: TypeAlias = Mapping[str, _T] | InList
"""A map in a list."""

Pattern: TypeAlias = Literal["request_response", "wait_for_task_token"]
"""The integration patterns of AWS SDK integrations (they have no ``.sync``)."""


class Builder(Protocol[_P]):
    """A typed builder: the Task calling one action, with the parameters its model takes."""

    def __call__(
        self,
        name: str,
        parameters: _P,
        /,
        *,
        pattern: Pattern = "request_response",
        **options: Unpack[TaskOptions],
    ) -> Task:
        """The Task calling the action with *parameters* (checked against its API model)."""
        ...


__all__ = [
    "B",
    "Bi",
    "Builder",
    "Doc",
    "Dynamic",
    "F",
    "Fi",
    "I",
    "Ii",
    "InList",
    "L",
    "Li",
    "M",
    "Mi",
    "Pattern",
    "S",
    "Si",
    "T",
    "Ti",
    "X",
    "Xi",
]
