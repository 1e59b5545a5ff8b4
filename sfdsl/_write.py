"""The ASL writer: a cattrs converter that writes any frozen attrs model by its fields' ASL names.

Writing is a pure function of the model: unset fields (``None``, empty, ``End: false``) are
omitted, keys come in the order the fields are declared, and equal objects give equal ASL. The
writer knows no state class: for each class, cattrs generates an unstructure function from the
declarations of its fields (:func:`sfdsl._fields.asl`: the ASL name, how the value is written),
nested values write themselves (``to_asl``), and graphs and transition targets are recognised by
their role (:mod:`sfdsl._kinds`).

The converter is made the first time a process writes ASL, so ``import sfdsl`` and building a
machine import no cattrs.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from sfdsl._kinds import ChainRole, GraphRole, StateRole, target_name
from sfdsl._values import DISCARD, render

if TYPE_CHECKING:
    import cattrs

_Unstructure = Callable[[Any], dict[str, Any]]
_SCALARS: Final = frozenset({str, int, float, bool})
_TARGETS: Final = (str, StateRole, ChainRole)
_CONVERTER: list[cattrs.BaseConverter] = []  # the process's converter, made on the first write
_HOOKS: dict[type, _Unstructure] = {}  # the converter's function for each class, by class


def dumps(document: Any, *, indent: int | None = 2) -> str:
    """JSON text for an ASL document, deterministic for equal input.

    Example:
        >>> dumps({"b": 1, "a": "é"}, indent=None)
        '{"b": 1, "a": "é"}'
    """
    return json.dumps(document, indent=indent, ensure_ascii=False)


class _Unset:
    """The default a field is compared with when a plain one cannot say "unset".

    Equal to what the writer omits: ``None`` and ``()``, and ``False`` for ``End``. For fields
    without a default (where cattrs would always write the value) and ``End``.
    """

    __slots__ = ("false",)

    def __init__(self, *, false: bool) -> None:
        self.false = false

    def __eq__(self, other: object) -> bool:
        return other is None or other == () or (self.false and other is False)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    __hash__ = None  # type: ignore[assignment]


_UNSET: Final = _Unset(false=False)
_UNSET_OR_FALSE: Final = _Unset(false=True)


def _as_written(field: attrs.Attribute[Any]) -> attrs.Attribute[Any]:
    """*field* as cattrs sees it: its default is the value that is not written.

    cattrs compares a value with the field's default, converted by the field's converter. That
    is already ``None`` or ``()`` for most fields (``NOT_GIVEN`` is stored as ``None``); a field
    without a default, and ``End``, get one that equals what the writer omits.
    """
    if field.metadata.get("omit_false"):
        return field.evolve(default=_UNSET_OR_FALSE, converter=None)
    if field.default is attrs.NOTHING:
        return field.evolve(default=_UNSET, converter=None)
    convert = field.converter
    if isinstance(convert, attrs.Converter):  # one that takes the instance: not a model's
        return field.evolve(default=None, converter=None)
    stored = field.default if convert is None else convert(field.default)
    if stored is None or (type(stored) is tuple and stored == ()):
        return field
    return field.evolve(default=None, converter=None)


def _plain(value: Any) -> Any:
    if type(value) in _SCALARS:  # most fields: written as they are
        return value
    if value is DISCARD:
        return None
    return value_to_asl(value)


def _target(value: Any) -> Any:
    """A transition target: the name of the state it stands for."""
    if type(value) in _SCALARS:
        return value
    if value is DISCARD:
        return None
    if isinstance(value, _TARGETS):
        return target_name(value)
    return value_to_asl(value)


def _template(language: Any) -> Callable[[Any], Any]:
    def write(value: Any) -> Any:
        return render(value, language)

    return write


def _value_hook(field: attrs.Attribute[Any]) -> Callable[[Any], Any]:
    """How the value of *field* is written, from its declaration."""
    template = field.metadata.get("template")
    if template is not None:
        return _template(template)
    if field.metadata.get("target"):
        return _target
    return _plain


def _written(field: attrs.Attribute[Any]) -> bool:
    return field.metadata.get("asl") is not None or field.metadata.get("write") is not None


def _unstructure_fn(cls: type, converter: cattrs.BaseConverter) -> _Unstructure:
    """The function writing an instance of *cls*: cattrs-generated for its ASL fields.

    Each run of fields is one generated function (``rename`` to the ASL name, unset values
    omitted); a field with a ``write`` hook (a Map's processor, a Choice rule's condition) gives
    its entries itself, between them. A state's ``Type`` comes first.
    """
    # Imported on the first write, so `import sfdsl` and building a machine import no cattrs.
    from cattrs.fns import identity
    from cattrs.gen import make_dict_unstructure_fn_from_attrs, override

    fields = [f for f in attrs.fields(cls) if _written(f)]
    runs: list[list[attrs.Attribute[Any]]] = [[]]
    hooks: list[tuple[str, Callable[[Any, Any], Mapping[str, Any]]]] = []
    overrides: dict[str, Any] = {}
    if issubclass(cls, StateRole):
        # The class's TYPE, read as if it were a field without a default: always written.
        runs[0].append(fields[0].evolve(name="TYPE", default=attrs.NOTHING, converter=None))
        overrides["TYPE"] = override(rename="Type", unstruct_hook=identity)
    for f in fields:
        write = f.metadata.get("write")
        if write is not None:
            hooks.append((f.name, write))
            runs.append([])
            continue
        runs[-1].append(_as_written(f))
        overrides[f.name] = override(
            rename=f.metadata["asl"], omit_if_default=True, unstruct_hook=_value_hook(f)
        )
    made: list[_Unstructure] = [
        make_dict_unstructure_fn_from_attrs(
            run, cls, converter, **{a.name: overrides[a.name] for a in run}
        )
        for run in runs
    ]
    if not hooks:
        return made[0]
    parts = list(zip(hooks, made[1:], strict=True))

    def unstructure(obj: Any) -> dict[str, Any]:
        out = made[0](obj)
        for (name, write), after in parts:
            out.update(write(obj, getattr(obj, name)))
            out.update(after(obj))
        return out

    return unstructure


def asl_converter() -> cattrs.BaseConverter:
    """The cattrs converter that writes ASL: ``unstructure`` of a model object gives its ASL.

    Made on the first call (one per process) with a hook factory for every attrs class.

    Example:
        >>> from sfdsl import Retry, Wait
        >>> asl_converter().unstructure(Retry(["States.ALL"], max_attempts=2))
        {'ErrorEquals': ['States.ALL'], 'MaxAttempts': 2}
        >>> asl_converter().unstructure(Wait("W", seconds=5, end=True))
        {'Type': 'Wait', 'Seconds': 5, 'End': True}
    """
    if not _CONVERTER:
        # Imported on the first write, so `import sfdsl` and building a machine import no
        # cattrs (about 12 ms).
        import cattrs

        converter = cattrs.BaseConverter()  # its hooks are all generated here
        converter.register_unstructure_hook_factory(
            attrs.has, lambda cls: _unstructure_fn(cls, converter)
        )
        _CONVERTER.append(converter)
    return _CONVERTER[0]


def _hook(cls: type) -> _Unstructure:
    found = _HOOKS.get(cls)
    if found is None:
        found = _HOOKS[cls] = asl_converter().get_unstructure_hook(cls)
    return found


def value_to_asl(value: Any) -> Any:
    """A nested value as ASL: a rule or sub-object, a graph, a list of them, or plain JSON.

    Example:
        >>> from sfdsl import Retry
        >>> value_to_asl((Retry(["States.ALL"]),))
        [{'ErrorEquals': ['States.ALL']}]
    """
    if isinstance(value, tuple):
        return [value_to_asl(v) for v in value]
    if isinstance(value, GraphRole):
        return graph_to_asl(value)
    to_asl: Callable[[], Any] | None = getattr(value, "to_asl", None)
    if to_asl is not None and attrs.has(type(value)):
        return to_asl()
    return render(value, "JSONPath")


def fields_to_asl(obj: Any, out: dict[str, Any] | None = None) -> dict[str, Any]:
    """The ASL fields of the attrs object *obj*, added to *out* (a new dict when not given).

    Example:
        >>> from sfdsl import Retry
        >>> fields_to_asl(Retry(["States.Timeout"], max_attempts=2))
        {'ErrorEquals': ['States.Timeout'], 'MaxAttempts': 2}
    """
    cls = type(obj)
    written = (_HOOKS.get(cls) or _hook(cls))(obj)
    if isinstance(obj, StateRole):
        del written["Type"]
    if out is None:
        return written
    out.update(written)
    return out


def state_to_asl(state: Any) -> dict[str, Any]:
    """One state as ASL (without its name): ``Type``, then its fields.

    Example:
        >>> from sfdsl import Wait
        >>> state_to_asl(Wait("W", seconds=5, end=True))
        {'Type': 'Wait', 'Seconds': 5, 'End': True}
    """
    cls = type(state)
    return (_HOOKS.get(cls) or _hook(cls))(state)


def graph_to_asl(graph: Any) -> dict[str, Any]:
    """A graph (branch or Map body) as ``{"StartAt", "States"}`` (with its ``Comment``).

    Example:
        >>> from sfdsl import Graph, Succeed
        >>> graph_to_asl(Graph.of(Succeed("S")))
        {'StartAt': 'S', 'States': {'S': {'Type': 'Succeed'}}}
    """
    out: dict[str, Any] = {}
    if graph.comment is not None:
        out["Comment"] = graph.comment
    out["StartAt"] = graph.start_at
    out["States"] = states_to_asl(graph.states)
    return out


def states_to_asl(states: Any) -> dict[str, Any]:
    """``States``: each state's ASL under its name.

    Example:
        >>> from sfdsl import Succeed
        >>> states_to_asl([Succeed("S")])
        {'S': {'Type': 'Succeed'}}
    """
    hooks = _HOOKS
    out: dict[str, Any] = {}
    for s in states:
        cls = type(s)
        out[s.name] = (hooks.get(cls) or _hook(cls))(s)
    return out


def entries(**values: Any) -> Mapping[str, Any]:
    """The ASL entries of the given values that are set, in order (for hand-written parts).

    Example:
        >>> entries(Comment=None, StartAt="A")
        {'StartAt': 'A'}
    """
    return {k: v for k, v in values.items() if v is not None}


__all__ = [
    "asl_converter",
    "dumps",
    "entries",
    "fields_to_asl",
    "graph_to_asl",
    "state_to_asl",
    "states_to_asl",
    "value_to_asl",
]
