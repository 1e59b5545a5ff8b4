"""A JSON or YAML document as sfdsl read it: its data and the warnings of the reading.

A leaf module (attrs and :mod:`sfdsl.errors` only), so that reading JSON
(:mod:`sfdsl._load`) needs neither :mod:`sfdsl._yaml` nor PyYAML, which reading YAML imports.
"""

from __future__ import annotations

from typing import Any

import attrs

from sfdsl.errors import Problem


@attrs.frozen
class YamlDocument:
    """A document read from JSON or YAML: its data, and the values YAML 1.1 changed the type of.

    JSON text (YAML 1.2 reads it the same) has no such warnings.

    Example:
        >>> YamlDocument({"a": 1}).warnings
        ()
    """

    data: Any
    warnings: tuple[Problem, ...] = ()


__all__ = ["YamlDocument"]
