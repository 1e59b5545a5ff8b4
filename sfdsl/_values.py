"""Values that may stand inside payload templates: JSONata expressions, placeholders, DISCARD.

Also the read-only containers states keep their payloads in, and the functions that freeze,
render and check payload templates (``Parameters``, ``Arguments``, ``Output``, ``Assign``,
``ResultSelector``, ``ItemSelector``, ``Result``).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Any, Final, NoReturn

import attrs

from sfdsl._limits import long_int_problem, too_many_digits
from sfdsl._typing import Json, QueryLanguage
from sfdsl.errors import Problem


class _Discard(enum.Enum):
    DISCARD = "DISCARD"

    def __repr__(self) -> str:
        return "DISCARD"


DISCARD: Final = _Discard.DISCARD
"""The JSON ``null`` of ``InputPath``/``OutputPath``/``ResultPath``: discard the data.

Example:
    >>> from sfdsl import DISCARD, Pass
    >>> Pass("Drop", result_path=DISCARD).to_asl()["ResultPath"] is None
    True
"""


class _NoneGiven(enum.Enum):
    NONE_GIVEN = "NONE_GIVEN"

    def __repr__(self) -> str:
        return "None"


NONE_GIVEN: Final = _NoneGiven.NONE_GIVEN
"""What an ``input_path``/``output_path``/``result_path`` given as ``None`` holds until it is refused.

``None`` there would mean "not set" (``$``), which is not what it reads as: the state refuses it
and points at :data:`DISCARD` (JSON ``null``) or leaving the field out.
"""

_PLACEHOLDER_NAME = re.compile(r"^[A-Za-z0-9_.:-]+$")

BUILD_PARAM = re.compile(r"\$\{param:([A-Za-z0-9_]+)\}")
"""A ``${param:NAME}`` build parameter in text; the template build replaces it by its value."""


@attrs.frozen
class Placeholder:
    """A ``${Name}`` DefinitionSubstitutions placeholder, resolved by CloudFormation at deploy time.

    ``value`` is what the template substitutes (an ARN string, or a CloudFormation intrinsic
    such as ``{"Fn::GetAtt": ["MyFn", "Arn"]}``); it is carried to the template builder.
    ``kind`` says what a Task ``Resource`` placeholder calls when its value cannot tell (a
    ``Ref`` returns the ARN of an activity and of a Lambda alias alike): ``"activity"``.

    Example:
        >>> p = Placeholder("HelloArn", {"Fn::GetAtt": ["Hello", "Arn"]})
        >>> str(p)
        '${HelloArn}'
    """

    name: str = attrs.field()
    value: Any = attrs.field(default=None, eq=False, hash=False)
    kind: str | None = attrs.field(default=None, eq=False, hash=False, repr=False, kw_only=True)

    @name.validator
    def _check_name(self, _attr: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str) or not _PLACEHOLDER_NAME.match(value):
            msg = (
                f"placeholder name must be letters, digits, '_', '.', ':' or '-', got {value!r}; "
                "use a CloudFormation-style name such as 'HelloFunctionArn'"
            )
            raise ValueError(msg)

    def __str__(self) -> str:
        return "${" + self.name + "}"


def _strip_jsonata(value: object) -> str:
    if not isinstance(value, str):
        msg = f"a JSONata expression must be a str, got {type(value).__name__}"
        raise TypeError(msg)
    text = value.strip()
    if text.startswith("{%") and text.endswith("%}"):
        return text[2:-2].strip()
    return value


@attrs.frozen
class Jsonata:
    """A JSONata expression, written into ASL as ``"{% expression %}"``.

    Example:
        >>> str(Jsonata("$states.input.total * 2"))
        '{% $states.input.total * 2 %}'
        >>> Jsonata("{% $x %}").expression
        '$x'
    """

    expression: str = attrs.field(converter=_strip_jsonata)

    @expression.validator
    def _check(self, _attr: attrs.Attribute[str], value: str) -> None:
        if not value.strip():
            msg = "a JSONata expression must not be empty; write e.g. Jsonata('$states.input')"
            raise ValueError(msg)

    def __str__(self) -> str:
        return "{% " + self.expression + " %}"


_READ_ONLY = (
    "this {kind} belongs to a state and is read-only (states are frozen); "
    "change a copy, {kind}(...), and build a new state with .with_(...)"
)


def _read_only(container: object) -> NoReturn:
    kind = "dict" if isinstance(container, dict) else "list"
    # A subclass may say whose value it is and how to make a changed one (READ_ONLY).
    msg = str(getattr(container, "READ_ONLY", _READ_ONLY)).format(kind=kind)
    raise TypeError(msg)


class FrozenDict(dict[str, Any]):
    """A read-only dict: how states keep the objects of their payloads.

    It equals a plain dict with the same items, is hashable, and ``json`` writes it as an
    object; changing it raises ``TypeError`` (``dict(d)`` gives a copy you can change).

    Example:
        >>> d = FrozenDict({"a": 1})
        >>> d == {"a": 1}, hash(d) == hash(FrozenDict({"a": 1}))
        (True, True)
        >>> d["b"] = 2
        Traceback (most recent call last):
        TypeError: this dict belongs to a state and is read-only (states are frozen); change a copy, dict(...), and build a new state with .with_(...)
    """

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __setitem__(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def __delitem__(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def __ior__(self, *args: Any, **kwargs: Any) -> NoReturn:  # type: ignore[misc]
        _read_only(self)

    def clear(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def pop(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def popitem(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def setdefault(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def update(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))

    def __copy__(self) -> FrozenDict:
        return self

    def __deepcopy__(self, memo: object) -> FrozenDict:
        return self


class FrozenList(list[Any]):
    """A read-only list: how states keep the arrays of their payloads.

    It equals a plain list with the same items, is hashable, and ``json`` writes it as an
    array; changing it raises ``TypeError`` (``list(x)`` gives a copy you can change).

    Example:
        >>> xs = FrozenList([1, 2])
        >>> xs == [1, 2], hash(xs) == hash(FrozenList([1, 2]))
        (True, True)
        >>> xs.append(3)
        Traceback (most recent call last):
        TypeError: this list belongs to a state and is read-only (states are frozen); change a copy, list(...), and build a new state with .with_(...)
    """

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(self))

    def __setitem__(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def __delitem__(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def __iadd__(self, *args: Any, **kwargs: Any) -> NoReturn:  # type: ignore[misc]
        _read_only(self)

    def __imul__(self, *args: Any, **kwargs: Any) -> NoReturn:  # type: ignore[misc]
        _read_only(self)

    def append(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def extend(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def insert(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def pop(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def remove(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def clear(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def sort(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def reverse(self, *args: Any, **kwargs: Any) -> NoReturn:
        _read_only(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (list(self),))

    def __copy__(self) -> FrozenList:
        return self

    def __deepcopy__(self, memo: object) -> FrozenList:
        return self


# How _freeze treats the values it meets: as plain data, as a payload template of a language,
# or as a Pass state's Result (data that is never evaluated).
_DATA, _JSONPATH, _JSONATA, _RESULT = 0, 1, 2, 3


def freeze(value: Json) -> Json:
    """A read-only copy of JSON data: dicts become :class:`FrozenDict`, lists and tuples :class:`FrozenList`.

    Other values are kept as they are.

    Example:
        >>> f = freeze({"a": [1, {"b": 2}]})
        >>> type(f).__name__, type(f["a"]).__name__, f == {"a": [1, {"b": 2}]}
        ('FrozenDict', 'FrozenList', True)
    """
    return _freeze(value, _DATA)


def freeze_template(value: Json, language: QueryLanguage = "JSONPath") -> Json:
    """The canonical, read-only form in which a state keeps a payload template.

    A state is equal to the state read back from its own ASL, so a template is kept in the form
    ASL gives it, whatever objects it was written with:

    - in a JSONPath template (``Parameters``, ``ResultSelector``, ``ItemSelector``, ``Assign``,
      ``BatchInput``) a path (``Var``, ``JsonPath``) or intrinsic call that is the value of a
      key ``k`` becomes the entry ``"k.$": "<its ASL text>"``;
    - ``Jsonata`` objects become their ``"{% ... %}"`` text (in both languages);
    - a path anywhere else becomes a parsed ``JsonPath``; intrinsic calls and ``Placeholder``
      objects (which carry deploy-time values) stay objects; ``DISCARD`` inside becomes ``None``;
    - dicts become :class:`FrozenDict` and lists or tuples :class:`FrozenList`.

    Entries that would collide (``"k": Var(...)`` next to ``"k.$"``) are left as given, and so
    are paths and calls where ASL would not evaluate them (inside an array, as the whole
    template, anywhere in a JSONata template), so the state's checks report them. ``to_asl`` writes the same JSON for the template before and
    after freezing.

    Example:
        >>> from sfdsl import States, Var
        >>> freeze_template({"id": Var("$.id"), "n": States.ArrayLength(Var("$.xs")), "k": [1]})
        {'id.$': '$.id', 'n.$': 'States.ArrayLength($.xs)', 'k': [1]}
        >>> freeze_template({"total": Jsonata("$sum($states.input.xs)")}, "JSONata")
        {'total': '{% $sum($states.input.xs) %}'}
    """
    if value is DISCARD:
        return value
    return _freeze(value, _JSONATA if language == "JSONata" else _JSONPATH)


def freeze_result(value: Json) -> Json:
    """The read-only form in which a Pass state keeps its ``Result``: JSON data, never evaluated.

    Unlike :func:`freeze_template`, paths, intrinsic calls and ``Jsonata`` objects are kept as
    objects (a ``Var`` as its parsed ``JsonPath``), so the state's checks can report them: ASL
    would write them into ``Result`` as plain text. ``DISCARD`` inside becomes ``None``.

    Example:
        >>> from sfdsl import Var
        >>> freeze_result({"id": Var("$.id"), "n": [1, DISCARD]})
        {'id': JsonPath(text='$.id', root='$', variable=None, segments=(Field(name='id'),)), 'n': [1, None]}
    """
    if value is DISCARD:
        return value
    return _freeze(value, _RESULT)


def _freeze(value: Json, mode: int) -> Json:
    cls = type(value)
    if cls is str or cls is int or cls is bool or cls is float or value is None:
        return value
    if isinstance(value, Mapping):
        return _freeze_mapping(value, mode)
    if isinstance(value, (list, tuple)):
        items = [_freeze(item, mode) for item in value]
        if cls is FrozenList and all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return FrozenList(items)
    if mode == _DATA:
        return value
    return _freeze_scalar(value, mode)


def _freeze_scalar(value: Json, mode: int = _JSONPATH) -> Json:
    if value is DISCARD:
        return None
    if isinstance(value, Jsonata):
        return value if mode == _RESULT else str(value)
    if _sfdsl_kind(value) == "var":
        # The JSONPath parser (decimal and ~10 ms of import) loads with the first Var frozen into
        # a payload: `import sfdsl` and building a machine without one skip it.
        from sfdsl._jsonpath import parse_path

        # Var overloads ``==`` to build conditions; its parsed path compares by value.
        return parse_path(value.path)
    return value


def _freeze_mapping(value: Mapping[Any, Any], mode: int) -> FrozenDict:
    for item in value.values():
        cls = type(item)
        if not (cls is str or cls is int or cls is bool or cls is float or item is None):
            break
    else:
        return value if type(value) is FrozenDict else FrozenDict(value)
    out: dict[Any, Any] = {}
    for key, item in value.items():
        if mode == _JSONPATH and isinstance(key, str) and _is_dynamic(item):
            if key.endswith(".$"):
                out[key] = _scalar(item)
            elif f"{key}.$" in value:
                out[key] = _freeze_scalar(item)
            else:
                out[f"{key}.$"] = _scalar(item)
        else:
            out[key] = _freeze(item, mode)
    if type(value) is FrozenDict and all(k in value and out[k] is value[k] for k in out):
        return value
    return FrozenDict(out)


def render(value: Json, language: QueryLanguage = "JSONPath") -> Json:
    """Render a payload template to plain JSON: paths and intrinsics get a ``.$`` key.

    Example:
        >>> from sfdsl import Var, States
        >>> render({"id": Var("$.order.id"), "n": 1, "msg": States.Format("Hi {}", Var("$.name"))})
        {'id.$': '$.order.id', 'n': 1, 'msg.$': "States.Format('Hi {}', $.name)"}
    """
    if isinstance(value, _PLAIN):
        return value
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if language == "JSONPath" and _is_dynamic(item):
                out[f"{key}.$"] = _scalar(item)
            else:
                out[key] = render(item, language)
        return out
    if isinstance(value, (list, tuple)):
        return [render(item, language) for item in value]
    return _scalar(value)


_PLAIN = (str, int, float, bool, type(None))


def _sfdsl_kind(value: object) -> str | None:
    # Paths, condition paths and intrinsic calls mark their class, so this module need not
    # import theirs (keeps ``import sfdsl`` light).
    kind = getattr(type(value), "_SFDSL_KIND", None)
    return kind if isinstance(kind, str) else None


def _is_dynamic(value: object) -> bool:
    if isinstance(value, _PLAIN):
        return False
    return _sfdsl_kind(value) in ("path", "var", "intrinsic")


def _has_path(value: object) -> bool:
    if isinstance(value, _PLAIN):
        return False
    return _sfdsl_kind(value) in ("path", "var")


def _scalar(value: Json) -> Json:
    if isinstance(value, _PLAIN):
        return value
    if value is DISCARD:
        return None
    if isinstance(value, (Placeholder, Jsonata)) or _sfdsl_kind(value) == "intrinsic":
        return str(value)
    if _has_path(value):
        path = getattr(value, "path", None)
        return path if isinstance(path, str) else str(value)
    return value


def json_problems(value: Json, path: str) -> list[Problem]:
    """Problems with a value that must be plain JSON (after rendering): sets, objects, NaN.

    Example:
        >>> print(*json_problems({"a": {1, 2}}, "Result"))
        a value of type set is not JSON; use a list, dict, str, number, bool or None  @ Result.a
    """
    problems: list[Problem] = []
    _walk_json(value, path, problems)
    return problems


def _walk_json(value: Json, path: str, problems: list[Problem]) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                problems.append(Problem(f"object keys must be str, got {key!r}", path, "not-json"))
                continue
            _walk_json(item, f"{path}.{key}" if path else key, problems)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _walk_json(item, f"{path}[{i}]", problems)
    elif isinstance(value, int) and too_many_digits(value):
        problems.append(long_int_problem(path))
    elif value is None or isinstance(value, (str, bool, int)):
        return
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            problems.append(
                Problem(f"{value} is not a JSON number; use a finite number", path, "not-json")
            )
    elif isinstance(value, (Placeholder, Jsonata)) or _is_dynamic(value) or value is DISCARD:
        return
    else:
        problems.append(
            Problem(
                f"a value of type {type(value).__name__} is not JSON; "
                "use a list, dict, str, number, bool or None",
                path,
                "not-json",
            )
        )


_PLACEHOLDER_IN_TEXT = re.compile(r"\$\{[^}]*\}")


def is_placeholder(text: str) -> bool:
    """True when *text* is exactly one ``${...}`` DefinitionSubstitutions placeholder.

    Example:
        >>> is_placeholder("${LambdaArn}"), is_placeholder("arn:${AWS::Partition}:x")
        (True, False)
    """
    return bool(_PLACEHOLDER_IN_TEXT.fullmatch(text))


def has_placeholder(text: str) -> bool:
    """True when *text* contains a ``${...}`` placeholder anywhere.

    Example:
        >>> has_placeholder("arn:aws:lambda:${AWS::Region}:1:function:x")
        True
    """
    return "${" in text
