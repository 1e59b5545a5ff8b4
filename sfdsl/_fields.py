"""Fields declared once: each model field's ASL name, query languages and check, in its metadata.

A state's or rule's field is declared with ``attrs.field(kw_only=True, metadata=asl(...))``
(``attrs.field`` itself, so type checkers see ``kw_only`` and the default). From that one
declaration come:

- the construction checks (:func:`field_problems`), in field order, each at ``<path>.<ASL name>``;
- the query-language rules (:func:`language_fields`): a field only one language allows;
- the unstructure functions cattrs generates to write ASL (:mod:`sfdsl._write`) and the
  structure functions that read it (:mod:`sfdsl._read`);
- the "allowed fields" of messages, and the field tables of the documentation
  (:func:`markdown_table`).

Checks that compare fields (exclusive pairs, Next and End) stay explicit rules of their class.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, get_args

import attrs

from sfdsl._checks import exclusive
from sfdsl._typing import QueryLanguage
from sfdsl.errors import Problem

Check = Callable[..., list[Problem]]
"""A field check: ``check(value, path=..., **args)`` returns the value's problems."""

BOTH: Final[frozenset[QueryLanguage]] = frozenset(get_args(QueryLanguage))
JSONPATH: Final[frozenset[QueryLanguage]] = frozenset({"JSONPath"})
JSONATA: Final[frozenset[QueryLanguage]] = frozenset({"JSONata"})


def asl(
    name: str | None,
    check: Check | None = None,
    *,
    languages: frozenset[QueryLanguage] = BOTH,
    template: QueryLanguage | None = None,
    target: bool = False,
    jsonata_value: bool = False,
    omit_false: bool = False,
    at_owner: bool = False,
    exclusive: str | None = None,
    write: Callable[[Any, Any], Mapping[str, Any]] | None = None,
    **args: Any,
) -> dict[str, Any]:
    """The metadata of a model field: how ASL names, writes, reads and checks it.

    Args:
        name: the ASL key (``None`` for a field written by its *write* hook only).
        check: the field's check (from :mod:`sfdsl._checks`), called as
            ``check(value, path=<path>.<name>, **args)``; an optional field left unset
            (``None``) is not checked.
        languages: the query languages whose states allow the field.
        template: the field is a payload template, rendered for this language when written.
        target: the field is a transition target (written as the state's name).
        jsonata_value: a value a JSONata state may give as ``{% %}`` (refused in JSONPath).
        omit_false: ``False`` is not written (``End``).
        at_owner: the check reports at the owner's path (a Choice rule's condition).
        exclusive: the field declared before this one that cannot be set with it (a value and
            its Path form); reported at this field.
        write: a hook ``write(owner, value)`` giving the ASL entries itself.

    Example:
        >>> from sfdsl import _checks as chk
        >>> meta = asl("Seconds", chk.count_or_jsonata, minimum=0, jsonata_value=True)
        >>> meta["asl"], meta["args"]
        ('Seconds', {'minimum': 0})
    """
    return {
        "asl": name,
        "check": check,
        "args": args,
        "languages": languages,
        "template": template,
        "target": target,
        "jsonata_value": jsonata_value,
        "omit_false": omit_false,
        "at_owner": at_owner,
        "exclusive": exclusive,
        "write": write,
    }


@attrs.frozen
class _CheckPlan:
    """A class's checked fields, prepared once so that unset fields cost next to nothing.

    ``entries`` are (attribute, path suffix, check, arguments, field it excludes) in declared
    order; ``values`` reads all their values at once; a field whose value *is* its ``unchecked``
    entry is skipped: ``None`` (the stored form of every optional field left unset) for an
    optional field, a marker no value is for a field without a default.
    """

    entries: tuple[tuple[str, str, Check | None, Mapping[str, Any], str | None], ...]
    values: Callable[[Any], tuple[Any, ...]]
    unchecked: tuple[object, ...]


_ALWAYS: Final = object()
_CHECK_PLANS: dict[type, _CheckPlan] = {}


def _check_plan(cls: type) -> _CheckPlan:
    found = _CHECK_PLANS.get(cls)
    if found is None:
        checked = [
            f
            for f in attrs.fields(cls)
            if f.metadata.get("check") is not None or f.metadata.get("exclusive") is not None
        ]
        getter = operator.attrgetter(*(f.name for f in checked)) if checked else None
        values: Callable[[Any], tuple[Any, ...]]
        if getter is None:
            values = lambda obj: ()  # noqa: E731
        elif len(checked) == 1:
            values = lambda obj: (getter(obj),)  # noqa: E731
        else:
            values = getter
        found = _CheckPlan(
            tuple(
                (
                    f.name,
                    "" if f.metadata.get("at_owner") else f".{f.metadata['asl']}",
                    f.metadata["check"],
                    f.metadata.get("args", {}),
                    f.metadata.get("exclusive"),
                )
                for f in checked
            ),
            values,
            tuple(_ALWAYS if f.default is attrs.NOTHING else None for f in checked),
        )
        _CHECK_PLANS[cls] = found
    return found


def field_problems(obj: Any, path: str) -> list[Problem]:
    """The problems of every checked field of *obj* (at *path*), in the order they are declared.

    A field declared ``exclusive`` of an earlier one is reported when both are set.

    Example:
        >>> from sfdsl import Wait
        >>> field_problems(Wait("W", seconds=5), "States.W")
        []
    """
    problems: list[Problem] = []
    plan = _check_plan(type(obj))
    # A field left at None is passed over (unless it has no default: then it is always checked).
    # The plan's three tuples come from one list of fields, so their lengths match: strict=True
    # would only add a check per field.
    for (name, suffix, check, args, excluded), value, unchecked in zip(
        plan.entries, plan.values(obj), plan.unchecked, strict=False
    ):
        if value is unchecked:
            continue
        if check is not None:
            # Most checks take no arguments: calling them without ** is cheaper.
            if args:
                problems += check(value, path=path + suffix, **args)
            else:
                problems += check(value, path=path + suffix)
        if excluded is not None:
            problems += exclusive(obj, (excluded, name), path)
    return problems


_LANGUAGE_FIELDS: dict[tuple[type, str], tuple[tuple[str, str], ...]] = {}


def language_fields(cls: type, language: QueryLanguage) -> tuple[tuple[str, str], ...]:
    """(attribute, ASL name) of the fields of *cls* that a *language* state does not allow.

    Example:
        >>> from sfdsl import Wait
        >>> language_fields(Wait, "JSONata")
        (('seconds_path', 'SecondsPath'), ('timestamp_path', 'TimestampPath'), ('input_path', 'InputPath'), ('output_path', 'OutputPath'))
    """
    key = (cls, language)
    found = _LANGUAGE_FIELDS.get(key)
    if found is None:
        found = tuple(
            (f.name, f.metadata["asl"])
            for f in attrs.fields(cls)
            if f.metadata.get("asl") is not None
            and language not in f.metadata.get("languages", BOTH)
        )
        _LANGUAGE_FIELDS[key] = found
    return found


_JSONATA_VALUES: dict[type, tuple[tuple[str, str], ...]] = {}


def jsonata_value_fields(cls: type) -> tuple[tuple[str, str], ...]:
    """(attribute, ASL name) of the value fields a JSONata state may give as ``{% %}``.

    Example:
        >>> from sfdsl import Fail
        >>> jsonata_value_fields(Fail)
        (('error', 'Error'), ('cause', 'Cause'))
    """
    found = _JSONATA_VALUES.get(cls)
    if found is None:
        found = tuple(
            (f.name, f.metadata["asl"])
            for f in attrs.fields(cls)
            if f.metadata.get("jsonata_value")
        )
        _JSONATA_VALUES[cls] = found
    return found


def asl_names(cls: type) -> dict[str, attrs.Attribute[Any]]:
    """The fields of *cls* that ASL names, by their ASL name.

    Example:
        >>> from sfdsl import Retry
        >>> sorted(asl_names(Retry))
        ['BackoffRate', 'Comment', 'ErrorEquals', 'IntervalSeconds', 'JitterStrategy', 'MaxAttempts', 'MaxDelaySeconds']
    """
    return {f.metadata["asl"]: f for f in attrs.fields(cls) if f.metadata.get("asl") is not None}


def _describe(check: Check | None, args: Mapping[str, Any]) -> str:
    if check is None:
        return "with the state's rules"
    doc = (check.__doc__ or "").strip().splitlines()
    text = doc[0].rstrip(".") if doc else check.__name__
    bounds = {"minimum": "at least", "maximum": "at most"}
    shown = [f"{bounds[k]} {v}" for k, v in args.items() if k in bounds]
    if args.get("reference"):
        shown.append("a reference path")
    if args.get("integer") is False:
        shown.append("fractions allowed")
    if "allowed" in args:
        shown.append(", ".join(f"`{a}`" for a in args["allowed"]))
    return f"{text} ({'; '.join(shown)})" if shown else text


def markdown_table(cls: type) -> str:
    """A Markdown table of the ASL fields of *cls*: Python argument, languages, what is checked.

    Example:
        >>> from sfdsl import WriterConfig
        >>> print(markdown_table(WriterConfig))
        | ASL field | Python argument | Query languages | Checked when built |
        |---|---|---|---|
        | `OutputType` | `output_type` | JSONPath, JSONata | An optional value from a fixed set (`JSON`, `JSONL`) |
        | `Transformation` | `transformation` | JSONPath, JSONata | An optional value from a fixed set (`NONE`, `COMPACT`, `FLATTEN`) |
    """
    rows = [
        "| ASL field | Python argument | Query languages | Checked when built |",
        "|---|---|---|---|",
    ]
    for f in attrs.fields(cls):
        name = f.metadata.get("asl")
        if name is None:
            continue
        languages = ", ".join(sorted(f.metadata.get("languages", BOTH)))
        check = _describe(f.metadata.get("check"), f.metadata.get("args", {}))
        rows.append(f"| `{name}` | `{f.name}` | {languages} | {check} |")
    return "\n".join(rows)


def markdown_tables(classes: Sequence[type]) -> str:
    """A ``###`` heading and a :func:`markdown_table` for each class, for the reference pages.

    Example:
        >>> from sfdsl import ProcessorConfig
        >>> print(markdown_tables([ProcessorConfig]).splitlines()[0])
        ### `ProcessorConfig`
    """
    return "\n\n".join(f"### `{cls.__name__}`\n\n{markdown_table(cls)}" for cls in classes) + "\n"


__all__ = [
    "BOTH",
    "JSONATA",
    "JSONPATH",
    "Check",
    "asl",
    "asl_names",
    "field_problems",
    "jsonata_value_fields",
    "language_fields",
    "markdown_table",
    "markdown_tables",
]
