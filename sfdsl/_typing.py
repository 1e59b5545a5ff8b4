"""Type aliases shared across sfdsl's modules."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

QueryLanguage: TypeAlias = Literal["JSONPath", "JSONata"]
"""The two query languages of ASL."""

JitterStrategy: TypeAlias = Literal["FULL", "NONE"]
ProcessorMode: TypeAlias = Literal["INLINE", "DISTRIBUTED"]
ExecutionType: TypeAlias = Literal["STANDARD", "EXPRESS"]

Json: TypeAlias = Any
"""A JSON value, which may also hold sfdsl values (paths, intrinsics, placeholders)."""

AslDict: TypeAlias = dict[str, Any]
"""An ASL document or fragment as plain JSON data."""
