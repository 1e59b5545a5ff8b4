"""Values that may stand inside payload templates: JSONata expressions, placeholders, DISCARD.

Also the functions that render and check payload templates (``Parameters``, ``Arguments``,
``Output``, ``Assign``, ``ResultSelector``, ``ItemSelector``, ``Result``).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Mapping
from typing import Any, Final

import attrs

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

_PLACEHOLDER_NAME = re.compile(r"^[A-Za-z0-9_.:-]+$")


@attrs.frozen
class Placeholder:
    """A ``${Name}`` DefinitionSubstitutions placeholder, resolved by CloudFormation at deploy time.

    ``value`` is what the template substitutes (an ARN string, or a CloudFormation intrinsic
    such as ``{"Fn::GetAtt": ["MyFn", "Arn"]}``); it is carried to the template builder.

    Example:
        >>> p = Placeholder("HelloArn", {"Fn::GetAtt": ["Hello", "Arn"]})
        >>> str(p)
        '${HelloArn}'
    """

    name: str = attrs.field()
    value: Any = attrs.field(default=None, eq=False, hash=False)

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
                problems.append(Problem(f"object keys must be str, got {key!r}", path))
                continue
            _walk_json(item, f"{path}.{key}" if path else key, problems)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _walk_json(item, f"{path}[{i}]", problems)
    elif value is None or isinstance(value, (str, bool, int)):
        return
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            problems.append(Problem(f"{value} is not a JSON number; use a finite number", path))
    elif isinstance(value, (Placeholder, Jsonata)) or _is_dynamic(value) or value is DISCARD:
        return
    else:
        problems.append(
            Problem(
                f"a value of type {type(value).__name__} is not JSON; "
                "use a list, dict, str, number, bool or None",
                path,
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
