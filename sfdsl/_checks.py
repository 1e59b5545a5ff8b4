"""Field checks shared by the state models: each returns a list of problems, never raises."""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from contextvars import ContextVar
from datetime import datetime
from typing import Any

import attrs

from sfdsl._codes import as_read
from sfdsl._jsontypes import a_json_type
from sfdsl._kinds import ChainRole, StateRole
from sfdsl._limits import MAX_INT_DIGITS, long_int_problem, too_many_digits
from sfdsl._values import (
    DISCARD,
    NONE_GIVEN,
    Jsonata,
    Placeholder,
    _has_path,
    _is_dynamic,
    _scalar,
    json_problems,
)
from sfdsl.errors import Problem, ValidationError

_MAX_NAME = 80
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
_NOT_TEXT = re.compile("[\ud800-\udfff\ufffe\uffff]")

_kind = a_json_type
"""The JSON type of a value with its article, for messages (shared by the modules that check)."""

_READ_WARNINGS: ContextVar[list[Problem] | None] = ContextVar("sfdsl_read_warnings", default=None)


class reading_asl:  # named as the function it replaces: ``with reading_asl() as found``
    """Within this block states are read from ASL: problems the service accepts are warnings.

    Such problems (see ``when_read`` in :mod:`sfdsl._codes`) do not stop a state being built;
    they are collected in the list this gives. (A class rather than a generator: the reader
    enters it once per state.)

    Example:
        >>> from sfdsl import Pass
        >>> with reading_asl() as found:
        ...     p = Pass("P", assign={"x": "{% 1 %}"}, query_language="JSONPath", end=True)
        >>> [(w.code, w.severity) for w in found]
        [('jsonata-text-in-jsonpath', 'warning')]
    """

    __slots__ = ("_found", "_token")

    def __enter__(self) -> list[Problem]:
        self._found: list[Problem] = []
        self._token = _READ_WARNINGS.set(self._found)
        return self._found

    def __exit__(self, *exc: object) -> None:
        _READ_WARNINGS.reset(self._token)


@contextlib.contextmanager
def checked_as_asl() -> Iterator[None]:
    """Build states and machines in this block with the checks of ASL read from a file.

    What Step Functions refuses at creation still raises; the rest of what sfdsl's Python
    constructors refuse (an AWS SDK or optimized integration parameter that sfdsl's copy of the
    API models does not know, a JSONata text in a JSONPath field) becomes a warning, which the
    :class:`~sfdsl.StateMachine` built in the block reports in its ``warnings`` (and
    ``sfdsl validate``/``build`` print). Leaving the block restores the strict checks; like a
    :mod:`contextvars` variable, the block covers its own thread or asyncio task only.

    Example:
        >>> from sfdsl import StateMachine, Task, checked_as_asl
        >>> with checked_as_asl():
        ...     query = Task("Query", resource="arn:aws:states:::aws-sdk:dynamodb:query",
        ...                  parameters={"TableName": "orders", "NewOption": True})
        ...     machine = StateMachine(query)
        >>> [(w.code, w.path) for w in machine.warnings]
        [('sdk-unknown-parameter', 'States.Query.Parameters.NewOption')]
    """
    with reading_asl():
        yield


def checking_as_asl() -> bool:
    """Whether states are being built with the checks of ASL reading (see :func:`checked_as_asl`).

    Example:
        >>> with checked_as_asl():
        ...     print(checking_as_asl())
        True
        >>> checking_as_asl()
        False
    """
    return _READ_WARNINGS.get() is not None


def raise_if(problems: list[Problem], subject: str) -> None:
    """Raise the errors among *problems* (of *subject*); keep warnings while reading ASL.

    Example:
        >>> raise_if([Problem("Seconds must be >= 0 (got -1)", "States.W.Seconds", "out-of-range")], "state 'W'")
        Traceback (most recent call last):
        ...
        sfdsl.errors.ValidationError: invalid state 'W' (1 problem):
          - Seconds must be >= 0 (got -1)  @ States.W.Seconds
    """
    if not problems:
        return
    found = _READ_WARNINGS.get()
    if found is not None:
        problems = as_read(problems)
        found.extend(p for p in problems if p.severity == "warning")
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise ValidationError.of(errors, subject=subject)


def state_name(name: object, path: str) -> list[Problem]:
    """A state name: a string of 1 to 80 characters.

    Example:
        >>> print(*state_name("", "States"))
        a state name must not be empty  @ States
    """
    if not isinstance(name, str):
        return [
            Problem(
                f"a state name must be a string, got {_kind(name)} {name!r}", path, "state-name"
            )
        ]
    if not name:
        return [Problem("a state name must not be empty", path, "state-name")]
    if len(name) > _MAX_NAME:
        return [
            Problem(
                f"state name {name[:20]!r}... is {len(name)} characters long; "
                f"the limit is {_MAX_NAME}: use a shorter name",
                f"{path}.{name}",
                "state-name",
            )
        ]
    if _CONTROL.search(name):
        return [
            Problem(
                f"state name {name!r} contains control characters", f"{path}.{name}", "state-name"
            )
        ]
    if _NOT_TEXT.search(name):
        return [
            Problem(
                f"state name {name!r} contains characters Step Functions rejects "
                "(U+FFFE, U+FFFF or a lone surrogate); remove them",
                f"{path}.{_NOT_TEXT.sub(_escape, name)}",  # a lone surrogate cannot be printed
                "state-name",
            )
        ]
    return []


def _escape(match: re.Match[str]) -> str:
    return "\\u" + format(ord(match[0]), "04x")


def text(value: object, path: str) -> list[Problem]:
    """An optional plain string (Comment and the like).

    Example:
        >>> print(*text(5, "Comment"))
        expected a string, got a number 5  @ Comment
    """
    if value is None or isinstance(value, str):
        return []
    return [Problem(f"expected a string, got {_kind(value)} {value!r}", path, "type")]


def one_of(value: object, allowed: Sequence[str], path: str) -> list[Problem]:
    """An optional value from a fixed set.

    Example:
        >>> print(*one_of("X", ("JSONPath", "JSONata"), "QueryLanguage"))
        expected one of "JSONPath", "JSONata", got 'X'  @ QueryLanguage
    """
    if value is None or value in allowed:
        return []
    choices = ", ".join(f'"{a}"' for a in allowed)
    return [Problem(f"expected one of {choices}, got {value!r}", path, "not-allowed-value")]


def integer(
    value: object, path: str, *, minimum: int | None = None, maximum: int | None = None
) -> list[Problem]:
    """An optional whole number within bounds.

    Example:
        >>> print(*integer(0, "States.T.TimeoutSeconds", minimum=1))
        TimeoutSeconds must be >= 1 (got 0)  @ States.T.TimeoutSeconds
    """
    if value is None:
        return []
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            return [Problem(f"expected a whole number, got {_kind(value)} {value!r}", path, "type")]
    return _bounds(value, path, minimum, maximum)


def number(
    value: object, path: str, *, minimum: float | None = None, maximum: float | None = None
) -> list[Problem]:
    """An optional number within bounds.

    Example:
        >>> print(*number("1", "States.R.BackoffRate"))
        expected a number, got a string '1'  @ States.R.BackoffRate
    """
    if value is None:
        return []
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return [Problem(f"expected a number, got {_kind(value)} {value!r}", path, "type")]
    return _bounds(value, path, minimum, maximum)


def _bounds(value: float, path: str, minimum: float | None, maximum: float | None) -> list[Problem]:
    field = path.rsplit(".", 1)[-1]
    if minimum is not None and value < minimum:
        return [
            Problem(f"{field} must be >= {minimum} (got {_shown(value)})", path, "out-of-range")
        ]
    if maximum is not None and value > maximum:
        return [
            Problem(f"{field} must be <= {maximum} (got {_shown(value)})", path, "out-of-range")
        ]
    return []


def _shown(value: float) -> str:
    """*value* as text, or what it is when it has more digits than Python converts to text."""
    if too_many_digits(value):
        return f"an integer of more than {MAX_INT_DIGITS:,} digits"
    return str(value)


def count_or_jsonata(
    value: object,
    path: str,
    *,
    minimum: int | None = None,
    maximum: int | None = None,
    integer: bool = True,
) -> list[Problem]:
    """A number field that a JSONata state may also give as ``{% expression %}``.

    Example:
        >>> print(*count_or_jsonata("5", "States.W.Seconds"))
        expected a number or a JSONata expression '{% ... %}', got the string '5'  @ States.W.Seconds
    """
    if isinstance(value, Jsonata):
        return jsonata_text(str(value), path)
    if isinstance(value, str):
        if value.lstrip().startswith("{%") or value.rstrip().endswith("%}"):
            return jsonata_text(value, path)
        return [
            Problem(
                f"expected a number or a JSONata expression '{{% ... %}}', got the string {value!r}",
                path,
                "type",
            )
        ]
    if integer:
        return _integer_checker(value, path, minimum, maximum)
    return number(value, path, minimum=minimum, maximum=maximum)


def _integer_checker(
    value: object, path: str, minimum: int | None, maximum: int | None
) -> list[Problem]:
    return integer(value, path, minimum=minimum, maximum=maximum)


def exclusive(obj: object, fields: Sequence[str], path: str) -> list[Problem]:
    """At most one of *fields* is set on *obj*.

    Example:
        >>> from sfdsl import Fail
        >>> exclusive(Fail("F", error="E"), ("error", "error_path"), "States.F")
        []
    """
    given = [f for f in fields if getattr(obj, f) is not None and getattr(obj, f) != ()]
    if len(given) <= 1:
        return []
    names = [attrs.fields_dict(type(obj))[f].metadata.get("asl", f) for f in given]  # type: ignore[arg-type]
    return [
        Problem(
            f"{' and '.join(names)} cannot both be set; keep only one of them",
            f"{path}.{names[1]}",
            "mutually-exclusive",
        )
    ]


def part(value: Any, path: str) -> list[Problem]:
    """Its own fields, each checked as its table says (ItemReader, ItemBatcher, ResultWriter ...).

    Example:
        >>> from sfdsl import ItemBatcher
        >>> print(*part(ItemBatcher(max_items_per_batch=0), "States.Each.ItemBatcher"))
        MaxItemsPerBatch must be >= 1 (got 0)  @ States.Each.ItemBatcher.MaxItemsPerBatch
    """
    found: list[Problem] = value.problems(path)
    return found


def error_names(errors: object, path: str) -> list[Problem]:
    """``ErrorEquals``: a non-empty list of non-empty strings.

    Example:
        >>> print(*error_names(("X", ""), "States.T.Retry[0].ErrorEquals"))
        an error name must be a non-empty string, got a string ''  @ States.T.Retry[0].ErrorEquals[1]
    """
    if not isinstance(errors, tuple) or not errors:
        return [
            Problem(
                "ErrorEquals must be a non-empty list of error names, e.g. [States.ALL]",
                path,
                "empty-error-equals",
            )
        ]
    problems: list[Problem] = []
    for i, name in enumerate(errors):
        if not isinstance(name, str) or not name:
            problems.append(
                Problem(
                    f"an error name must be a non-empty string, got {_kind(name)} {name!r}",
                    f"{path}[{i}]",
                    "error-name",
                )
            )
    if "States.ALL" in errors and len(errors) > 1:
        problems.append(
            Problem(
                "States.ALL must be the only error name in its ErrorEquals; "
                "put the other names in a rule of their own before it",
                path,
                "states-all-not-alone",
            )
        )
    return problems


def all_last(rules: Sequence[tuple[str, ...]], path: str) -> list[Problem]:
    """A rule matching States.ALL must be the last of its list.

    Example:
        >>> print(*all_last([("States.ALL",), ("X",)], "States.T.Catch"))
        a rule with States.ALL must be the last one: rules after it never match; move it to the end  @ States.T.Catch[0].ErrorEquals
    """
    return [
        Problem(
            "a rule with States.ALL must be the last one: rules after it never match; move it to the end",
            f"{path}[{i}].ErrorEquals",
            "states-all-not-last",
        )
        for i, errors in enumerate(rules)
        if "States.ALL" in errors and i != len(rules) - 1
    ]


def target(value: object, path: str) -> list[Problem]:
    """A transition target: a state name, a state or a chain.

    Example:
        >>> print(*target(3, "States.A.Next"))
        a transition target must be a state name, state or chain, got a number  @ States.A.Next
    """
    if isinstance(value, str):
        return (
            []
            if value
            else [Problem("a transition target must not be empty", path, "empty-target")]
        )
    if isinstance(value, (StateRole, ChainRole)):
        return []
    return [
        Problem(
            f"a transition target must be a state name, state or chain, got {_kind(value)}",
            path,
            "type",
        )
    ]


@functools.lru_cache(maxsize=4096)
def _path_problem(text: str, reference: bool) -> str | None:
    # Paths, intrinsic calls, resources and conditions are parsed when the first one is checked:
    # import sfdsl does not load their modules.
    from sfdsl._jsonpath import path_problem

    return path_problem(text, reference=reference)


@functools.lru_cache(maxsize=4096)
def _intrinsic_problem(text: str) -> str | None:
    # Loaded on first use, as _path_problem says.
    from sfdsl._intrinsics import intrinsic_problem

    return intrinsic_problem(text)


def plain_path(value: object, path: str, *, reference: bool = False) -> list[Problem]:
    """InputPath/OutputPath/ItemsPath/...Path: a JSONPath (or null where allowed).

    Example:
        >>> print(*plain_path("States.Array($.a)", "States.A.InputPath"))
        InputPath must be a path, not an intrinsic function ('States.Array($.a)'); compute the value with Parameters first  @ States.A.InputPath
    """
    if value is None or value is DISCARD:
        return []
    if value is NONE_GIVEN:
        return [_none_given(path)]
    if not isinstance(value, str):
        return [
            Problem(
                f"expected a JSONPath string, got {_kind(value)} {value!r}", path, "invalid-path"
            )
        ]
    if value.startswith("States."):
        return [
            Problem(
                f"{path.rsplit('.', 1)[-1]} must be a path, not an intrinsic function ({value!r}); "
                "compute the value with Parameters first",
                path,
                "invalid-path",
            )
        ]
    message = _path_problem(value, reference)
    return [] if message is None else [Problem(message, path, "invalid-path")]


# What each path field does when it is left unset, and what DISCARD (JSON null) does instead.
_UNSET_AND_DISCARD = {
    "InputPath": (
        "input_path",
        "the state gets its whole input",
        "give the state an empty input ({})",
    ),
    "OutputPath": (
        "output_path",
        "the state passes on its whole output",
        "pass on an empty output ({})",
    ),
    "ResultPath": (
        "result_path",
        "the state's result replaces its input",
        "discard the result and keep the input",
    ),
}


def _none_given(path: str) -> Problem:
    asl = path.rsplit(".", 1)[-1]
    name, unset, discard = _UNSET_AND_DISCARD[asl]
    if asl == "ResultPath" and "Catch" in path:
        unset, discard = "the error output replaces the input", "discard it and keep the input"
    return Problem(
        f"{name}=None leaves {asl} unset ({unset}), which is seldom what None is meant to say: "
        f"to {discard} write {name}=DISCARD ({asl}: null); to leave it unset, leave {name} out",
        path,
        "none-is-not-discard",
    )


_VARIABLE_START = re.compile(r"\$[A-Za-z_]")


def reference_path(value: object, path: str) -> list[Problem]:
    """ResultPath: a reference path on the state's data (no variables, no context object).

    Example:
        >>> print(*reference_path("$$.Execution", "States.A.ResultPath"))
        ResultPath must point into the state's data ('$' or '$.field'), got '$$.Execution'; to keep a value in a variable use Assign  @ States.A.ResultPath
    """
    if isinstance(value, str) and (value.startswith("$$") or _VARIABLE_START.match(value)):
        return [
            Problem(
                f"ResultPath must point into the state's data ('$' or '$.field'), got {value!r}; "
                "to keep a value in a variable use Assign",
                path,
                "invalid-path",
            )
        ]
    return plain_path(value, path, reference=True)


def dynamic_path(value: object, path: str) -> list[Problem]:
    """ErrorPath/CausePath: a reference path or an intrinsic function.

    Example:
        >>> dynamic_path("States.Format('{}', $.id)", "States.F.CausePath")
        []
    """
    if isinstance(value, str) and value.startswith("States."):
        message = _intrinsic_problem(value)
        return [] if message is None else [Problem(message, path, "invalid-intrinsic")]
    return plain_path(value, path, reference=True)


def json_value(value: object, path: str) -> list[Problem]:
    """Any JSON value (``Result``).

    Example:
        >>> print(*json_value({1, 2}, "States.P.Result"))
        a value of type set is not JSON; use a list, dict, str, number, bool or None  @ States.P.Result
    """
    return json_problems(value, path)


_JSONATA_NO_SPACE = re.compile(r"^\{%\S.*\S%\}$", re.DOTALL)


@functools.lru_cache(maxsize=4096)
def _jsonata_problem(text: str) -> str | None:
    stripped = text
    opens, closes = stripped.startswith("{%"), stripped.endswith("%}")
    if opens and not closes:
        return f"JSONata expression {text!r} has no closing '%}}'; write '{{% expression %}}'"
    if closes and not opens:
        return f"JSONata expression {text!r} has no opening '{{%'; write '{{% expression %}}'"
    if len(text) >= 4 and _JSONATA_NO_SPACE.match(text):
        return f"JSONata expression {text!r} needs a space inside its delimiters: '{{% {text[2:-2]} %}}'"
    inner = text[2:-2]
    lead = inner[: len(inner) - len(inner.lstrip())]
    if "\n" in lead:
        return f"JSONata expression {text!r} starts with a line break; write it as '{{% {inner.strip()} %}}'"
    if not inner.strip():
        return "a JSONata expression '{% %}' must not be empty"
    try:
        # jsonata (about 15 ms) loads with the first JSONata expression checked: `import sfdsl`
        # and JSONPath machines never load it.
        import jsonata

        jsonata.Jsonata(inner.strip())
    except Exception as exc:  # jsonata raises its own exception types
        detail = str(exc).split("\n", 1)[0]
        return f"JSONata expression {text!r} does not parse: {detail}"
    return None


def jsonata_text(value: str, path: str) -> list[Problem]:
    """A string that looks like a JSONata expression must be a well-formed one.

    Example:
        >>> print(*jsonata_text("{% 1", "States.W.Seconds"))
        JSONata expression '{% 1' has no closing '%}'; write '{% expression %}'  @ States.W.Seconds
    """
    message = _jsonata_problem(value)
    return [] if message is None else [Problem(message, path, "invalid-jsonata")]


def _looks_jsonata(value: str) -> bool:
    return value.startswith("{%") or value.endswith("%}")


def payload(value: Any, path: str) -> list[Problem]:
    """A payload (Arguments/Output/Assign values): JSON with JSONata strings checked.

    Example:
        >>> print(*payload({"a": "{% 1"}, "States.P.Output"))
        JSONata expression '{% 1' has no closing '%}'; write '{% expression %}'  @ States.P.Output.a
    """
    problems: list[Problem] = []
    _walk_payload(value, path, problems, jsonpath=False)
    return problems


def parameters(value: Any, path: str) -> list[Problem]:
    """A JSONPath payload template: keys ending in ``.$`` hold paths or intrinsic functions.

    ``Parameters`` and ``ResultSelector`` exist only in JSONPath states, so a JSONata expression
    in them is reported (it would be passed on as text).

    Example:
        >>> print(*parameters({"a.$": 5}, "States.P.Parameters"))
        the value of 'a.$' must be a JSONPath or an intrinsic function string, got a number 5; drop the '.$' suffix for a literal value  @ States.P.Parameters.a.$
    """
    problems: list[Problem] = []
    _walk_payload(value, path, problems, jsonpath=True, jsonpath_only=True)
    return problems


def template(value: Any, path: str) -> list[Problem]:
    """A payload template of either query language (``ItemSelector``, ``BatchInput``).

    Its meaning depends on the state's query language, which the machine may set; the checks
    that need it are in :func:`language_payload`.

    Example:
        >>> from sfdsl import Var
        >>> print(*template(Var("$.a"), "States.M.ItemSelector"))
        a path (Var('$.a')) as the whole ItemSelector is not evaluated: it would be written as the text '$.a'; put it under a key, e.g. item_selector={'value': Var('$.a')}  @ States.M.ItemSelector
    """
    problems: list[Problem] = []
    _walk_payload(value, path, problems, jsonpath=True)
    return problems


# Compiled once: re.fullmatch with the pattern's text looks it up in re's cache at every call.
_VARIABLE_NAME = re.compile(r"[^\s.$\[\]0-9][^\s.$\[\]]{0,79}")


def assign(value: Any, path: str) -> list[Problem]:
    """``Assign``: an object whose keys are variable names.

    Example:
        >>> print(*assign({"1x": 1}, "States.P.Assign"))
        variable name '1x' is not allowed; use up to 80 characters without spaces, '.', '$', '[' or ']', not starting with a digit  @ States.P.Assign.1x
    """
    if value is None:
        return []
    if not isinstance(value, Mapping):
        return [
            Problem(
                f"Assign must be an object of variable names to values, got {_kind(value)}",
                path,
                "type",
            )
        ]
    problems: list[Problem] = []
    for key in value:
        name = key[:-2] if isinstance(key, str) and key.endswith(".$") else key
        if not isinstance(name, str) or not _VARIABLE_NAME.fullmatch(name):
            problems.append(
                Problem(
                    f"variable name {name!r} is not allowed; use up to 80 characters without spaces, "
                    "'.', '$', '[' or ']', not starting with a digit",
                    f"{path}.{key}",
                    "variable-name",
                )
            )
        elif name == "states":
            problems.append(
                Problem(
                    "variable name 'states' is reserved: Step Functions sets $states itself; "
                    "choose another name",
                    f"{path}.{key}",
                    "variable-name",
                )
            )
    _walk_payload(value, path, problems, jsonpath=True)
    return problems


def _walk_payload(
    value: Any,
    path: str,
    problems: list[Problem],
    *,
    jsonpath: bool,
    jsonpath_only: bool = False,
    array: Sequence[Any] | None = None,
    key: str | None = None,
) -> None:
    # *array* is the list that holds *value* and *key* the object key that holds that list.
    if value is None:
        return
    if type(value) is str:  # the most common leaf, tested before the slower Mapping test
        _payload_text(value, path, problems, jsonpath=jsonpath, jsonpath_only=jsonpath_only)
        return
    if isinstance(value, Mapping):
        plain: set[str] | None = None  # the keys without '.$', once a 'key.$' needs them
        for key, item in value.items():
            if type(key) is str and not key.endswith(".$"):
                # The common leaves under a plain key are judged here, without a call per value.
                kind = type(item)
                if kind is str:
                    if _looks_jsonata(item):
                        _payload_text(
                            item,
                            f"{path}.{key}",
                            problems,
                            jsonpath=jsonpath,
                            jsonpath_only=jsonpath_only,
                        )
                    continue  # plain text: nothing to check
                if kind is bool or item is None or (kind is int and not too_many_digits(item)):
                    continue
            sub = f"{path}.{key}"
            if not isinstance(key, str):
                problems.append(
                    Problem(f"object keys must be strings, got {key!r}", path, "not-json")
                )
                continue
            if key.endswith(".$") and jsonpath:
                if plain is None:
                    plain = {k for k in value if isinstance(k, str) and not k.endswith(".$")}
                if key[:-2] in plain:
                    problems.append(
                        Problem(
                            f"fields {key[:-2]!r} and {key!r} collide (both set {key[:-2]!r}); keep one",
                            sub,
                            "duplicate-field",
                        )
                    )
                problems.extend(_dynamic_value(item, sub, key))
                continue
            if key.endswith(".$"):
                problems.append(_dotted_key_in_jsonata(key, item, sub))
                continue
            if jsonpath and _is_dynamic(item):
                continue  # next to its 'key.$' twin: the collision is reported there
            _walk_payload(
                item, sub, problems, jsonpath=jsonpath, jsonpath_only=jsonpath_only, key=key
            )
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _walk_payload(
                item,
                f"{path}[{i}]",
                problems,
                jsonpath=jsonpath,
                jsonpath_only=jsonpath_only,
                array=value,
                key=key,
            )
    elif isinstance(value, str):
        _payload_text(value, path, problems, jsonpath=jsonpath, jsonpath_only=jsonpath_only)
    elif isinstance(value, Jsonata):
        problems.extend(jsonata_text(str(value), path))
    elif _is_dynamic(value):
        if not jsonpath:
            problems.append(_dynamic_in_jsonata(value, path))
        elif array is not None:
            problems.append(_dynamic_in_array(value, path, array, key, jsonpath_only))
        else:
            problems.append(_dynamic_as_whole(value, path))
    elif isinstance(value, (bool, int, float, Placeholder)) or value is DISCARD:
        if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
            problems.append(Problem(f"{value} is not a JSON number", path, "not-json"))
        elif too_many_digits(value):
            problems.append(long_int_problem(path))
    else:
        problems.append(
            Problem(
                f"a value of type {type(value).__name__} is not JSON; use a dict, list, str, number, bool or None",
                path,
                "type",
            )
        )


def _payload_text(
    value: str, path: str, problems: list[Problem], *, jsonpath: bool, jsonpath_only: bool
) -> None:
    if jsonpath_only and _looks_jsonata(value):
        problems.append(_jsonata_in_jsonpath(value, path))
    elif _looks_jsonata(value) and not jsonpath:
        # In a template of either language the state's language decides: JSONPath passes
        # the text on, JSONata must parse it (language_payload).
        problems.extend(jsonata_text(value, path))


_SIMPLE_PATH = re.compile(r"^\$\$?((\.[A-Za-z_][A-Za-z0-9_]*)|(\[\d+\]))*$")
_VARIABLE_PATH = re.compile(r"^\$[A-Za-z_][A-Za-z0-9_]*((\.[A-Za-z_][A-Za-z0-9_]*)|(\[\d+\]))*$")


def as_jsonata(path: str) -> str | None:
    """The JSONata expression for a simple JSONPath, or None when there is no simple one.

    Example:
        >>> as_jsonata("$.order.items[0]"), as_jsonata("$$.Execution.Id"), as_jsonata("$..x")
        ('{% $states.input.order.items[0] %}', '{% $states.context.Execution.Id %}', None)
    """
    if _VARIABLE_PATH.match(path):
        return "{% " + path + " %}"
    if not _SIMPLE_PATH.match(path):
        return None
    if path.startswith("$$"):
        return "{% $states.context" + path[2:] + " %}"
    return "{% $states.input" + path[1:] + " %}"


def _describe(value: object) -> str:
    """How a path or intrinsic call reads in Python, for messages."""
    text = _scalar(value)
    if _has_path(value):
        return f"a path (Var({text!r}))"
    return f"an intrinsic call ({text})"


def _python(value: object) -> str:
    if _has_path(value):
        return f"Var({_scalar(value)!r})"
    if _is_dynamic(value):
        return str(_scalar(value))
    return repr(value)


_PYTHON_NAMES = {
    "Parameters": "parameters",
    "ResultSelector": "result_selector",
    "ItemSelector": "item_selector",
    "BatchInput": "batch_input",
    "Arguments": "arguments",
    "Output": "output",
    "Items": "items",
    "Result": "result",
}


def _field(path: str) -> str:
    return path.rsplit(".", 1)[-1]


def _dynamic_in_array(
    value: object, path: str, array: Sequence[Any], key: str | None, jsonpath_only: bool
) -> Problem:
    scalar = all(isinstance(item, (str, int, float, bool)) or _is_dynamic(item) for item in array)
    if key is not None and scalar:
        args = ", ".join(_python(item) for item in array)
        fix = f"wrap the list in States.Array({args}) under the key {key!r}"
    else:
        fix = (
            "ASL computes values only as the value of an object key; build the array with "
            "States.Array(...) under a key of its own, or in an earlier state"
        )
    if not jsonpath_only:
        fix += " (in a JSONata state, write the array as a '{% [...] %}' expression)"
    return Problem(
        f"{_describe(value)} inside an array is not evaluated: ASL evaluates only the values of "
        f"object keys ending in '.$', so it would be written as the text {_scalar(value)!r}; "
        f"{fix}",
        path,
        "unevaluated-value",
    )


def _dynamic_as_whole(value: object, path: str) -> Problem:
    field = _field(path)
    name = _PYTHON_NAMES.get(field, field)
    return Problem(
        f"{_describe(value)} as the whole {field} is not evaluated: it would be written as the text "
        f"{_scalar(value)!r}; put it under a key, e.g. {name}={{'value': {_python(value)}}}",
        path,
        "unevaluated-value",
    )


def _jsonata_fix(text: str) -> str:
    suggestion = as_jsonata(text)
    if suggestion is None:
        return "write a JSONata expression over $states.input, e.g. '{% $states.input.field %}'"
    return f"write {suggestion!r} (or Jsonata({suggestion[3:-3]!r}))"


def _dynamic_in_jsonata(value: object, path: str) -> Problem:
    text = _scalar(value)
    if _has_path(value):
        return Problem(
            f"a JSONPath Var({text!r}) means nothing in a JSONata state: it would be written as "
            f"the text {text!r}; {_jsonata_fix(str(text))}",
            path,
            "unevaluated-value",
        )
    return Problem(
        f"intrinsic functions are evaluated only in JSONPath states: {text} would be written as "
        "text here; compute the value with a JSONata expression ('{% ... %}', e.g. $join, "
        "$string, [..]) instead",
        path,
        "unevaluated-value",
    )


def _dotted_key_in_jsonata(key: str, item: object, path: str) -> Problem:
    text = item if isinstance(item, str) else _scalar(item)
    if isinstance(text, str) and text.startswith("$"):
        fix = f"write {key[:-2]!r}: {as_jsonata(text) or '{% ... %}'!r} instead"
    else:
        fix = f"write {key[:-2]!r}: '{{% ... %}}' with a JSONata expression instead"
    return Problem(
        f"key {key!r} ends in '.$', which JSONata states do not evaluate: {text!r} would be "
        f"written as text under the key {key!r}; {fix}",
        path,
        "unevaluated-value",
    )


def _jsonata_in_jsonpath(text: str, path: str) -> Problem:
    return Problem(
        f"{text!r} is a JSONata expression, but {_field_of(path)} is a JSONPath field: it would be "
        "passed on as text; use a path such as Var('$.x') here, or set query_language='JSONata' "
        "and use arguments=/output=",
        path,
        "jsonata-text-in-jsonpath",
    )


def _field_of(path: str) -> str:
    """The ASL field (Parameters, ResultSelector, ...) that *path* lies in."""
    for part in reversed(path.replace("[", ".[").split(".")):
        if part in _PYTHON_NAMES:
            return part
    return _field(path)


def language_payload(value: Any, path: str, language: str) -> list[Problem]:
    """Problems of a template of either language (Assign, ItemSelector, ...) in a *language* state.

    A JSONata state does not evaluate keys ending in ``.$`` (where a ``Var`` under a key is
    kept); a JSONPath state does not evaluate ``{% ... %}`` expressions.

    Example:
        >>> print(*language_payload({"id.$": "$.id"}, "States.P.Assign", "JSONata"))
        key 'id.$' ends in '.$', which JSONata states do not evaluate: '$.id' would be written as text under the key 'id.$'; write 'id': '{% $states.input.id %}' instead  @ States.P.Assign.id.$
    """
    problems: list[Problem] = []
    _walk_language(value, path, language, problems)
    return problems


def _walk_language(value: Any, path: str, language: str, problems: list[Problem]) -> None:
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                continue
            sub = f"{path}.{key}"
            if key.endswith(".$"):
                if language == "JSONata":
                    problems.append(_dotted_key_in_jsonata(key, item, sub))
                continue
            _walk_language(item, sub, language, problems)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _walk_language(item, f"{path}[{i}]", language, problems)
    elif isinstance(value, str) and _looks_jsonata(value) and language == "JSONata":
        problems.extend(jsonata_text(value, path))
    elif isinstance(value, str) and _looks_jsonata(value) and language == "JSONPath":
        problems.append(
            Problem(
                f"{value!r} is a JSONata expression, but this is a JSONPath state: it would be "
                "passed on as text; use a path (in Python, 'key': Var('$.x')), or set "
                "query_language='JSONata' on the state or machine",
                path,
                "jsonata-text-in-jsonpath",
            )
        )


_JSON_LEAVES: frozenset[type] = frozenset({str, int, float, bool, type(None)})


def result(value: Any, path: str) -> list[Problem]:
    """A Pass state's ``Result``: JSON data, written as is and never evaluated.

    Example:
        >>> from sfdsl import Var
        >>> from sfdsl._values import freeze_result
        >>> print(*result(freeze_result({"id": Var("$.id")}), "States.P.Result"))
        Result is never evaluated: a path (Var('$.id')) would be written as the text '$.id'; compute values with parameters={'id': Var('$.id')} (or output= in a JSONata state)  @ States.P.Result.id
    """
    if isinstance(value, Mapping):
        # An object of text, booleans, null and integers under text keys (the common Result)
        # has nothing either walk below reports: it is passed over without building paths.
        for key, item in value.items():
            kind = type(item)
            if type(key) is not str or not (
                kind is str
                or kind is bool
                or item is None
                or (kind is int and not too_many_digits(item))
            ):
                break
        else:
            return []
    problems = json_problems(value, path)
    _walk_result(value, path, None, problems)
    return problems


def _walk_result(value: Any, path: str, key: str | None, problems: list[Problem]) -> None:
    if type(value) in _JSON_LEAVES:
        return  # plain text, numbers, booleans and null are written as they are
    if isinstance(value, Mapping):
        for k, item in value.items():
            if isinstance(k, str):
                _walk_result(item, f"{path}.{k}", k, problems)
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            _walk_result(item, f"{path}[{i}]", None, problems)
    elif isinstance(value, Jsonata) or _is_dynamic(value):
        shown = (
            f"a JSONata expression (Jsonata({value.expression!r}))"
            if isinstance(value, Jsonata)
            else _describe(value)
        )
        text = str(value) if isinstance(value, Jsonata) else _scalar(value)
        example = f"{{{key if key is not None else 'value'!r}: {_python(value)}}}"
        if isinstance(value, Jsonata):
            fix = "compute values with output= in a JSONata state"
        else:
            fix = f"compute values with parameters={example} (or output= in a JSONata state)"
        problems.append(
            Problem(
                f"Result is never evaluated: {shown} would be written as the text {text!r}; {fix}",
                path,
                "unevaluated-value",
            )
        )


def _dynamic_value(item: object, path: str, field: str) -> list[Problem]:
    if _has_path(item) or _is_dynamic(item):
        return []
    if not isinstance(item, str):
        return [
            Problem(
                f"the value of {field!r} must be a JSONPath or an intrinsic function string, "
                f"got {_kind(item)} {item!r}; drop the '.$' suffix for a literal value",
                path,
                "invalid-path",
            )
        ]
    if item.startswith("$"):
        message = _path_problem(item, False)
        return [] if message is None else [Problem(message, path, "invalid-path")]
    if item.startswith("States."):
        message = _intrinsic_problem(item)
        return [] if message is None else [Problem(message, path, "invalid-intrinsic")]
    return [
        Problem(
            f"the value of {field!r} must be a JSONPath ('$...') or an intrinsic function "
            f"('States.Format(...)'), got {item!r}; drop the '.$' suffix for a literal value",
            path,
            "invalid-path",
        )
    ]


_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


def timestamp(value: object, path: str) -> list[Problem]:
    """A Wait ``Timestamp``: an RFC 3339 string (or JSONata).

    Example:
        >>> print(*timestamp(5, "States.W.Timestamp"))
        expected an RFC 3339 timestamp string, got a number 5  @ States.W.Timestamp
    """
    if value is None:
        return []
    if isinstance(value, Jsonata):
        return jsonata_text(str(value), path)
    if not isinstance(value, str):
        return [
            Problem(
                f"expected an RFC 3339 timestamp string, got {_kind(value)} {value!r}", path, "type"
            )
        ]
    if _looks_jsonata(value):
        return jsonata_text(value, path)
    if value.startswith("${") and value.endswith("}"):
        return []
    if not is_timestamp(value):
        return [
            Problem(
                f"{value!r} is not an RFC 3339 timestamp; write e.g. '2026-01-31T12:00:00Z' "
                "(date, 'T', time and a 'Z' or +hh:mm offset)",
                path,
                "invalid-timestamp",
            )
        ]
    return []


def is_timestamp(value: str) -> bool:
    """True for an RFC 3339 timestamp with a valid date and time, as Step Functions accepts.

    Example:
        >>> is_timestamp("2026-02-28T10:00:00Z"), is_timestamp("2026-02-30T10:00:00Z")
        (True, False)
    """
    if not _RFC3339.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def fail_text(value: object, path: str) -> list[Problem]:
    """Fail ``Error``/``Cause``: a string (JSONata allowed).

    Example:
        >>> print(*fail_text(5, "States.F.Error"))
        expected a string, got a number 5  @ States.F.Error
    """
    if value is None:
        return []
    if isinstance(value, Jsonata):
        return jsonata_text(str(value), path)
    if not isinstance(value, str):
        return [Problem(f"expected a string, got {_kind(value)} {value!r}", path, "type")]
    return jsonata_text(value, path) if _looks_jsonata(value) else []


def items(value: object, path: str) -> list[Problem]:
    """Map ``Items``: a JSON array or a JSONata expression.

    Example:
        >>> print(*items("x", "States.M.Items"))
        Items must be an array or a JSONata expression, got a string 'x'  @ States.M.Items
    """
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return payload(value, path)
    if isinstance(value, Jsonata):
        return jsonata_text(str(value), path)
    if isinstance(value, str) and _looks_jsonata(value):
        return jsonata_text(value, path)
    return [
        Problem(
            f"Items must be an array or a JSONata expression, got {_kind(value)} {value!r}",
            path,
            "type",
        )
    ]


def label(value: object, path: str) -> list[Problem]:
    """A distributed Map ``Label``: up to 40 characters, no special characters.

    Example:
        >>> print(*label("a b", "States.M.Label"))
        Label 'a b' contains characters that are not allowed: ' '  @ States.M.Label
    """
    if value is None:
        return []
    if not isinstance(value, str):
        return [Problem(f"expected a string, got {_kind(value)}", path, "type")]
    if len(value) > 40:
        return [
            Problem(f"Label is {len(value)} characters; the limit is 40", path, "invalid-label")
        ]
    bad = set(value) & set(' <>{}[]?*"#%\\^|~`$&,;:/')
    if bad or any(ord(c) < 32 for c in value):
        return [
            Problem(
                f"Label {value!r} contains characters that are not allowed: {''.join(sorted(bad))!r}",
                path,
                "invalid-label",
            )
        ]
    return []


def credentials(role_arn: object, path: str) -> list[Problem]:
    """``Credentials.RoleArn``: an ARN string, a path, a placeholder or JSONata.

    Example:
        >>> print(*credentials(None, "States.T.Credentials"))
        Credentials needs RoleArn; pass Credentials(role_arn=...)  @ States.T.Credentials.RoleArn
    """
    if role_arn is None:
        return [
            Problem(
                "Credentials needs RoleArn; pass Credentials(role_arn=...)",
                f"{path}.RoleArn",
                "required",
            )
        ]
    if _has_path(role_arn) or _is_dynamic(role_arn) or isinstance(role_arn, (Placeholder, Jsonata)):
        return []
    if isinstance(role_arn, str):
        return jsonata_text(role_arn, f"{path}.RoleArn") if _looks_jsonata(role_arn) else []
    return [Problem(f"RoleArn must be a string, got {_kind(role_arn)}", f"{path}.RoleArn", "type")]


def resource(value: object, path: str) -> list[Problem]:
    """A Task ``Resource``: an ARN (or ``${...}`` placeholder), checked for known integrations.

    Example:
        >>> print(*resource(5, "States.T.Resource"))
        Resource must be an ARN string such as 'arn:aws:states:::lambda:invoke', got a number 5  @ States.T.Resource
    """
    from sfdsl._resources import resource_problem  # loaded on first use, as _path_problem says

    if isinstance(value, Placeholder) or is_cfn_intrinsic(value):
        return []
    if not isinstance(value, str) or not value:
        return [
            Problem(
                f"Resource must be an ARN string such as 'arn:aws:states:::lambda:invoke', got {_kind(value)} {value!r}",
                path,
                "invalid-resource",
            )
        ]
    message = resource_problem(value)
    return [] if message is None else [Problem(message, path, "invalid-resource")]


def is_cfn_intrinsic(value: object) -> bool:
    """True for a CloudFormation intrinsic object such as ``{"Fn::GetAtt": [...]}`` or ``{"Ref": ...}``.

    Example:
        >>> is_cfn_intrinsic({"Fn::GetAtt": ["Fn", "Arn"]}), is_cfn_intrinsic({"a": 1})
        (True, False)
    """
    return (
        isinstance(value, Mapping)
        and len(value) == 1
        and isinstance(next(iter(value)), str)
        and (next(iter(value)) == "Ref" or next(iter(value)).startswith("Fn::"))
    )


def condition(value: object, path: str) -> list[Problem]:
    """A Choice rule's condition is a Condition object.

    Example:
        >>> print(*condition(True, "States.C.Choices[0]"))
        a Choice rule needs a condition such as Var('$.x') == 1, got a boolean True  @ States.C.Choices[0]
    """
    # Loaded on first use, as _path_problem says.
    from sfdsl._conditions import And, Comparison, JsonataCondition, Not, Or

    if isinstance(value, (Comparison, And, Or, Not, JsonataCondition)):
        return []
    return [
        Problem(
            f"a Choice rule needs a condition such as Var('$.x') == 1, got {_kind(value)} {value!r}",
            path,
            "invalid-condition",
        )
    ]
