"""Every public name has a docstring with a runnable example (``pytest --doctest-modules sfdsl``).

Public names: everything in ``__all__`` of the public modules, and the public methods and
properties their classes define (or inherit from sfdsl classes). An override without a docstring
of its own is documented by the method it overrides.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

PUBLIC_MODULES = ("sfdsl", "sfdsl.cfn", "sfdsl.asl", "sfdsl.errors", "sfdsl.testing")


def _inherited_doc(cls: type, name: str) -> str:
    for klass in cls.__mro__:
        member = vars(klass).get(name)
        if isinstance(member, (staticmethod, classmethod)):
            member = member.__func__
        if isinstance(member, property):
            member = member.fget
        doc = getattr(member, "__doc__", None) if member is not None else None
        if doc:
            return inspect.cleandoc(doc)
    return ""


def _members(cls: type) -> Iterator[tuple[str, str]]:
    """(qualified name, docstring) of the public methods and properties of *cls*."""
    fields = {a.name for a in getattr(cls, "__attrs_attrs__", ())}
    names: set[str] = set()
    for klass in cls.__mro__:
        if klass.__module__.startswith("sfdsl"):
            names |= {n for n in vars(klass) if not n.startswith("_")}
    for name in sorted(names - fields):
        member = inspect.getattr_static(cls, name)
        if isinstance(member, (staticmethod, classmethod)):
            member = member.__func__
        if isinstance(member, property) or inspect.isfunction(member):
            yield f"{cls.__module__}.{cls.__qualname__}.{name}", _inherited_doc(cls, name)


def public_names() -> Iterator[tuple[str, str]]:
    """(qualified name, docstring) of every public name."""
    seen: set[str] = set()
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        yield module_name, inspect.getdoc(module) or ""
        for name in module.__all__:
            obj: Any = getattr(module, name)
            if name.startswith("__"):
                continue
            if inspect.isclass(obj) and obj.__module__.startswith("sfdsl"):
                entries = [(f"{obj.__module__}.{obj.__qualname__}", inspect.getdoc(obj) or "")]
                entries += list(_members(obj))
            elif inspect.isfunction(obj):
                entries = [(f"{obj.__module__}.{obj.__qualname__}", inspect.getdoc(obj) or "")]
            else:  # constants and type aliases are described by the API reference
                continue
            for qualified, doc in entries:
                if qualified not in seen:
                    seen.add(qualified)
                    yield qualified, doc


def test_the_public_api_is_found() -> None:
    names = dict(public_names())
    assert "sfdsl._states.Task" in names
    assert "sfdsl._chain.Graph.of" in names
    assert "sfdsl.cfn._app.App" in names
    assert len(names) > 200


@pytest.mark.parametrize(("name", "doc"), sorted(public_names()))
def test_public_name_has_a_docstring_with_an_example(name: str, doc: str) -> None:
    assert doc, f"{name} has no docstring"
    assert ">>>" in doc, f"{name} has a docstring but no runnable example"
