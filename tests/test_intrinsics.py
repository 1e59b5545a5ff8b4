"""Intrinsic functions: parsing, static checks, ASL text, builders and evaluation."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from conftest import CORPUS as REPO_CORPUS
from hypothesis import given
from hypothesis import strategies as st

from sfdsl._intrinsics import (
    FUNCTION_NAMES,
    IntrinsicCall,
    IntrinsicEvaluationError,
    States,
    evaluate_intrinsic,
    intrinsic_problem,
    is_intrinsic,
    parse_intrinsic,
    to_format_string,
)
from sfdsl._jsonpath import JsonPath, PathNotFoundError, evaluate, parse_path, set_path
from sfdsl.errors import InvalidIntrinsicError

CORPUS = REPO_CORPUS / "executions"


def p(text: str) -> JsonPath:
    return parse_path(text)


def run(text: str, doc: object = None) -> object:
    return evaluate_intrinsic(parse_intrinsic(text), lambda path: evaluate(path, doc))


# --------------------------------------------------------------------------- AWS recordings


def _corpus_cases() -> list[object]:
    """The cases this file's Pass-chain evaluator reads; the others (JSONata states) are run
    with every other case in tests/test_conformance_executions.py."""
    cases: list[object] = []
    for case in sorted(CORPUS.glob("intrinsic_functions__*")):
        definition = json.loads((case / "definition.json").read_text())
        if _unsupported_shape(definition) is None:
            cases.append(pytest.param(case, id=case.name))
    return cases


def _unsupported_shape(definition: dict[str, object]) -> str | None:
    states = definition["States"]
    assert isinstance(states, dict)
    for state in states.values():
        if state.get("QueryLanguage", definition.get("QueryLanguage")) == "JSONata":
            return "JSONata state"
        if state["Type"] != "Pass" or "Parameters" not in state:
            return "not a Pass state with Parameters"
        allowed = {
            "Type",
            "Parameters",
            "Next",
            "End",
            "ResultPath",
            "InputPath",
            "OutputPath",
            "Comment",
        }
        if set(state) - allowed:
            return f"fields {sorted(set(state) - allowed)}"
    return None


def _payload(template: object, doc: object, context: object) -> object:
    """Evaluate a Parameters template: keys ending in .$ hold a path or an intrinsic call."""

    def resolve(path: JsonPath) -> object:
        return evaluate(path, doc, context=context)

    if isinstance(template, dict):
        out: dict[str, object] = {}
        for key, value in template.items():
            if key.endswith(".$"):
                assert isinstance(value, str)
                if is_intrinsic(value):
                    out[key[:-2]] = evaluate_intrinsic(parse_intrinsic(value), resolve)
                else:
                    out[key[:-2]] = resolve(parse_path(value))
            else:
                out[key] = _payload(value, doc, context)
        return out
    if isinstance(template, list):
        return [_payload(v, doc, context) for v in template]
    return template


def _run_pass_chain(definition: dict[str, object], data: object) -> object:
    states = definition["States"]
    assert isinstance(states, dict)
    context = {"Execution": {"Input": data}}
    name = definition["StartAt"]
    while True:
        state = states[name]
        effective = evaluate(state.get("InputPath", "$"), data, context=context)
        result = _payload(state["Parameters"], effective, context)
        data = set_path(data, state.get("ResultPath", "$"), result)
        data = evaluate(state.get("OutputPath", "$"), data, context=context)
        if state.get("End"):
            return data
        name = state["Next"]


@pytest.mark.parametrize("case", _corpus_cases())
def test_matches_aws_recording(case: Path) -> None:
    definition = json.loads((case / "definition.json").read_text())
    data = json.loads((case / "input.json").read_text())
    expected = json.loads((case / "expected.json").read_text())
    if expected["status"] == "SUCCEEDED":
        output = _run_pass_chain(definition, data)
        assert _same_json(output, expected["output"])
    else:
        with pytest.raises((IntrinsicEvaluationError, PathNotFoundError)) as info:
            _run_pass_chain(definition, data)
        assert expected["error"] in ("States.IntrinsicFailure", "States.Runtime")
        assert str(info.value) in expected["cause"]


def _same_json(a: object, b: object) -> bool:
    """Equal as JSON, with types: 1 and 1.0 and true differ, object key order does not matter."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_json(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_json(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


def test_corpus_coverage() -> None:
    assert len(list(CORPUS.glob("intrinsic_functions__*"))) == 153
    assert len(_corpus_cases()) == 122


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("States.UUID()", IntrinsicCall("States.UUID", ())),
        ("States.Array()", IntrinsicCall("States.Array", ())),
        (
            "States.Array(1, -2.5, 'x', true, false, null)",
            IntrinsicCall("States.Array", (1, -2.5, "x", True, False, None)),
        ),
        ("  States.ArrayLength( $.a )  ", IntrinsicCall("States.ArrayLength", (p("$.a"),))),
        (
            "States.ArrayLength($$.Execution.Input)",
            IntrinsicCall("States.ArrayLength", (p("$$.Execution.Input"),)),
        ),
        ("States.ArrayLength($items)", IntrinsicCall("States.ArrayLength", (p("$items"),))),
        (
            "States.ArrayLength($.a[?(@.x == 'a,b)')])",
            IntrinsicCall("States.ArrayLength", (p("$.a[?(@.x == 'a,b)')]"),)),
        ),
        (
            "States.JsonMerge(States.StringToJson('{\"a\": 1}'), $.b, false)",
            IntrinsicCall(
                "States.JsonMerge",
                (IntrinsicCall("States.StringToJson", ('{"a": 1}',)), p("$.b"), False),
            ),
        ),
        (
            r"States.Array('it\'s', 'a\\b', 'c\{d\}')",
            IntrinsicCall("States.Array", ("it's", "a\\b", "c{d}")),
        ),
        # the Format template keeps brace and backslash escapes, so literal braces stay literal
        (r"States.Format('\{\} {}', 1)", IntrinsicCall("States.Format", (r"\{\} {}", 1))),
        ("States.Format($tpl, 1)", IntrinsicCall("States.Format", (p("$tpl"), 1))),
        ("States.MathAdd(1.0, 2)", IntrinsicCall("States.MathAdd", (1.0, 2))),
    ],
)
def test_parse(text: str, expected: IntrinsicCall) -> None:
    assert parse_intrinsic(text) == expected
    assert intrinsic_problem(text) is None


E = "invalid intrinsic function "


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "States.Xyz($.a)",
            "'States.Xyz($.a)': unknown function States.Xyz at position 0; the functions are "
            + ", ".join(FUNCTION_NAMES),
        ),
        (
            "States.format('{}', 1)",
            "\"States.format('{}', 1)\": unknown function States.format at position 0; the functions are "
            + ", ".join(FUNCTION_NAMES)
            + "; did you mean States.Format?",
        ),
        (
            "Format('x')",
            "\"Format('x')\": expected a function name 'States.<Name>' at position 0, found 'F'",
        ),
        (
            "States.UUID",
            "'States.UUID': expected '(' after States.UUID at position 11, found the end of the text",
        ),
        (
            "States.Array(1 2)",
            "'States.Array(1 2)': expected ',' or ')' after argument 1 of States.Array at position 15, found '2'",
        ),
        (
            "States.Array(1,)",
            "'States.Array(1,)': expected an argument: a 'string', a number, true, false, null, a path ($...) or a nested States.* call at position 15, found ')'",
        ),
        (
            "States.Array('abc)",
            "\"States.Array('abc)\": expected a closing ' for the string at position 13, found an unterminated string",
        ),
        (
            "States.Array(1) x",
            "'States.Array(1) x': expected nothing after the closing ')' of States.Array at position 16, found 'x'",
        ),
        (
            'States.Array("x")',
            "'States.Array(\"x\")': expected an argument: a 'string', a number, true, false, null, a path ($...) or a nested States.* call at position 13, found '\"'",
        ),
        (
            "States.ArrayLength($.a[)",
            "'States.ArrayLength($.a[)': expected a valid path at position 19, found '$.a[)' (invalid path '$.a[)': expected an index, a slice, '*', a quoted name or a filter '?(...)' after '[' at position 4, found ')')",
        ),
        ("States.UUID(1)", "'States.UUID(1)': States.UUID takes 0 arguments, got 1"),
        ("States.MathAdd(1)", "'States.MathAdd(1)': States.MathAdd takes 2 arguments, got 1"),
        (
            "States.MathRandom(1)",
            "'States.MathRandom(1)': States.MathRandom takes 2 or 3 arguments, got 1",
        ),
        ("States.Format()", "'States.Format()': States.Format takes at least 1 argument, got 0"),
        (
            "States.MathAdd('a', 1)",
            "\"States.MathAdd('a', 1)\": States.MathAdd argument 1 (at position 15) must be a number, got the string 'a'",
        ),
        (
            "States.MathAdd(true, 1)",
            "'States.MathAdd(true, 1)': States.MathAdd argument 1 (at position 15) must be a number, got the boolean true",
        ),
        (
            "States.ArrayRange(1, 5, 0)",
            "'States.ArrayRange(1, 5, 0)': States.ArrayRange argument 3 (at position 24) (the step) must not be 0",
        ),
        (
            "States.ArrayRange(0, 5000, 1)",
            "'States.ArrayRange(0, 5000, 1)': States.ArrayRange would create 5001 items; at most 1000 are allowed",
        ),
        (
            "States.ArrayRange(0, 1.5, 1)",
            "'States.ArrayRange(0, 1.5, 1)': States.ArrayRange argument 2 (at position 21) must be an integer, got the number 1.5",
        ),
        (
            "States.ArrayPartition($.a, 0)",
            "'States.ArrayPartition($.a, 0)': States.ArrayPartition argument 2 (at position 27) (the chunk size) must be greater than 0, got 0",
        ),
        (
            "States.ArrayGetItem($.a, -1)",
            "'States.ArrayGetItem($.a, -1)': States.ArrayGetItem argument 2 (at position 25) (the index) must be 0 or more, got -1",
        ),
        (
            "States.ArrayLength('abc')",
            "\"States.ArrayLength('abc')\": States.ArrayLength argument 1 (at position 19) must be an array, got the string 'abc'",
        ),
        (
            "States.Hash($.a, 'sha256')",
            "\"States.Hash($.a, 'sha256')\": States.Hash argument 2 (at position 17) must be one of 'MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', got 'sha256'",
        ),
        (
            "States.JsonMerge($.a, $.b, true)",
            "'States.JsonMerge($.a, $.b, true)': States.JsonMerge argument 3 (at position 27) must be false: only shallow merges are supported, got true",
        ),
        (
            "States.Format('{} and {}', 1)",
            "\"States.Format('{} and {}', 1)\": States.Format template '{} and {}' has 2 placeholders {} but 1 value follows; give one value per {} (escape literal braces as \\\\{ and \\\\})",
        ),
        (
            "States.Format('x', 1)",
            "\"States.Format('x', 1)\": States.Format template 'x' has 0 placeholders {} but 1 value follows; give one value per {} (escape literal braces as \\\\{ and \\\\})",
        ),
        (
            "States.MathRandom(5, 5)",
            "'States.MathRandom(5, 5)': States.MathRandom start (5) must be less than end (5)",
        ),
        (
            "States.MathRandom(0, 3000000000)",
            "'States.MathRandom(0, 3000000000)': States.MathRandom argument 2 (at position 21) must be between -2147483648 and 2147483647, got 3000000000",
        ),
        (
            "States.MathRandom(1, 2, -2147483649)",
            "'States.MathRandom(1, 2, -2147483649)': States.MathRandom argument 3 (at position 24) must be between -2147483648 and 2147483647, got -2147483649",
        ),
        (
            "States.Hash('" + "x" * 10_001 + "', 'MD5')",
            f"\"States.Hash('{'x' * 10_001}', 'MD5')\": States.Hash argument 1 (at position 12) must be at most 10000 characters, got 10001",
        ),
        (
            "States.ArrayLength(States.UUID())",
            "'States.ArrayLength(States.UUID())': States.ArrayLength argument 1 (at position 19) must be an array, got States.UUID(...), which returns a string",
        ),
        (
            "States.MathAdd(States.ArrayLength(1), 1)",
            "'States.MathAdd(States.ArrayLength(1), 1)': States.ArrayLength argument 1 (at position 34) must be an array, got the number 1",
        ),
    ],
)
def test_parse_errors(text: str, message: str) -> None:
    with pytest.raises(InvalidIntrinsicError) as info:
        parse_intrinsic(text)
    assert str(info.value) == E + message
    assert intrinsic_problem(text) == E + message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("States.Format('x')", True),
        ("  States.Array (", True),
        ("States.Format", False),
        ("$.a", False),
        ("States.X-Y(", False),
        ("hello States.Array()", False),
    ],
)
def test_is_intrinsic(text: str, expected: bool) -> None:
    assert is_intrinsic(text) is expected


# --------------------------------------------------------------------------- ASL text


@pytest.mark.parametrize(
    ("call", "text"),
    [
        (States.Format("Hello {}", p("$.name")), "States.Format('Hello {}', $.name)"),
        (States.Format("it's {}", 1), "States.Format('it\\'s {}', 1)"),
        (States.Format(r"\{literal\} {}", 1), r"States.Format('\{literal\} {}', 1)"),
        (States.Array("{a}", "back\\slash", "q'"), r"States.Array('\{a\}', 'back\\slash', 'q\'')"),
        (States.Array(1, 2.5, True, False, None), "States.Array(1, 2.5, true, false, null)"),
        (
            States.MathAdd(States.ArrayLength(p("$.a")), -1),
            "States.MathAdd(States.ArrayLength($.a), -1)",
        ),
        (
            States.JsonMerge(p("$.a"), p("$$.Execution.Input")),
            "States.JsonMerge($.a, $$.Execution.Input, false)",
        ),
        (States.Hash(p("$.d"), "SHA-512"), "States.Hash($.d, 'SHA-512')"),
        (States.MathRandom(1, 9, 7), "States.MathRandom(1, 9, 7)"),
        (States.StringSplit("a b", " "), "States.StringSplit('a b', ' ')"),
        (States.UUID(), "States.UUID()"),
    ],
)
def test_asl_text(call: IntrinsicCall, text: str) -> None:
    assert str(call) == text
    assert call.to_asl() == text
    assert parse_intrinsic(text) == call


@attrs.frozen
class FakeVar:
    """Stands in for the condition module's ``Var``: anything with a ``path`` attribute."""

    path: str


def test_builder_accepts_objects_with_a_path() -> None:
    assert str(States.Format("Hello {}", FakeVar("$.name"))) == "States.Format('Hello {}', $.name)"
    assert States.ArrayLength(FakeVar("$.a")).args == (p("$.a"),)


def test_plain_str_is_always_a_literal() -> None:
    assert States.Array("$.a").args == ("$.a",)
    assert str(States.Array("$.a")) == "States.Array('$.a')"


@pytest.mark.parametrize(
    ("builder", "args", "message"),
    [
        (
            States.MathAdd,
            ("1", 2),
            "States.MathAdd argument 1 must be a number, got the string '1'",
        ),
        (States.ArrayRange, (0, 10, 0), "States.ArrayRange argument 3 (the step) must not be 0"),
        (
            States.Hash,
            ("x", "SHA-3"),
            "States.Hash argument 2 must be one of 'MD5', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512', got 'SHA-3'",
        ),
        (
            States.Array,
            (b"x",),
            "States.Array argument 1 must be a str, int, float, bool, None, a path or an intrinsic call, got bytes b'x'",
        ),
        (States.Array, (float("nan"),), "States.Array argument 1 must be a finite number, got nan"),
        (
            States.JsonMerge,
            (p("$.a"), p("$.b"), True),
            "States.JsonMerge argument 3 must be false: only shallow merges are supported, got true",
        ),
        (
            States.ArrayLength,
            (States.Format("x"),),
            "States.ArrayLength argument 1 must be an array, got States.Format(...), which returns a string",
        ),
    ],
)
def test_builder_errors(
    builder: Callable[..., IntrinsicCall], args: tuple[object, ...], message: str
) -> None:
    with pytest.raises(InvalidIntrinsicError) as info:
        builder(*args)
    assert str(info.value) == message


_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=20)
_literal = st.one_of(
    _text,
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.none(),
)


@given(st.lists(_literal, max_size=5))
def test_array_round_trips_through_asl_text(items: list[object]) -> None:
    call = States.Array(*items)  # type: ignore[arg-type]
    assert parse_intrinsic(str(call)) == call
    assert run(str(call)) == items


@given(_text)
def test_string_literals_round_trip(text: str) -> None:
    call = States.StringSplit(text, ",")
    assert parse_intrinsic(str(call)).args[0] == text


# --------------------------------------------------------------------------- evaluation


@pytest.mark.parametrize(
    ("text", "doc", "expected"),
    [
        (
            "States.Format('{} is {}', $.a, $.b)",
            {"a": "x", "b": [1, "y", None]},
            "x is [1, y, null]",
        ),
        ("States.Format('{}', $.a)", {"a": {"k": {"n": 1.5}, "t": True}}, "{k={n=1.5}, t=true}"),
        ("States.Format('{}', $.a)", {"a": 1e7}, "1.0E7"),
        (r"States.Format('\{\} {} \\', 1)", None, "{} 1 \\"),
        ("States.Format($.t, 'Pikachu')", {"t": "It's {}!"}, "It's Pikachu!"),
        ("States.StringToJson($.s)", {"s": '{"a": [1, 2.5]}'}, {"a": [1, 2.5]}),
        ("States.StringToJson($.s)", {"s": "  "}, None),
        (
            "States.JsonToString($.v)",
            {"v": {"b": 1, "a": "é\n", "c": 2.0}},
            '{"b":1,"a":"é\\n","c":2.0}',
        ),
        ("States.Array()", None, []),
        ("States.ArrayPartition($.a, 2)", {"a": [1, 2, 3, 4, 5]}, [[1, 2], [3, 4], [5]]),
        ("States.ArrayContains($.a, 1)", {"a": [True, 1.0]}, True),
        ("States.ArrayContains($.a, 1)", {"a": [True, "1"]}, False),
        ("States.ArrayRange(5, 1, -2)", None, [5, 3, 1]),
        ("States.ArrayRange(1, 0, 1)", None, []),
        ("States.ArrayGetItem($.a, 1)", {"a": ["x", "y"]}, "y"),
        ("States.ArrayLength($.a)", {"a": []}, 0),
        (
            "States.ArrayUnique($.a)",
            {"a": [1, True, 1, "1", None, None, {"a": 1}, {"a": 1}]},
            [1, True, "1", None, {"a": 1}],
        ),
        (
            "States.ArrayUnique($.a)",
            {"a": [0, False, 1.0, 1, [1], [1.0], [True], {"a": [1]}, {"a": [1.0]}, {"b": 1}]},
            [0, False, 1.0, [1], [True], {"a": [1]}, {"b": 1}],
        ),
        ("States.Base64Encode('é')", None, "w6k="),
        ("States.Base64Decode('w6k=')", None, "é"),
        ("States.Hash('input data', 'SHA-1')", None, "aaff4a450a104cd177d28d18d74485e8cae074b7"),
        (
            "States.JsonMerge($.a, $.b, false)",
            {"a": {"x": 1, "y": {"p": 1}}, "b": {"y": {"q": 2}}},
            {"x": 1, "y": {"q": 2}},
        ),
        ("States.MathAdd(2147483647, -1)", None, 2147483646),
        ("States.MathAdd(-0.5, -0.5)", None, 0),
        ("States.StringSplit('a, b,,c', ', ')", None, ["a", "b", "c"]),
        ("States.StringSplit('abc', '')", None, ["abc"]),
        ("States.MathRandom(0, 1)", None, 0),
    ],
)
def test_evaluate(text: str, doc: object, expected: object) -> None:
    assert _same_json(run(text, doc), expected)


def test_math_random_is_seeded_like_java_util_random() -> None:
    # values printed by a JDK: new Random(42).nextInt(100) == 30, new Random(7).nextInt(10) == 6
    assert run("States.MathRandom(0, 100, 42)") == 30
    assert run("States.MathRandom(10, 20, 7)") == 16
    values = {run("States.MathRandom(1, 4)") for _ in range(200)}
    assert values <= {1, 2, 3}


def test_uuid_is_a_version_4_uuid() -> None:
    value = run("States.UUID()")
    assert isinstance(value, str)
    assert len(value) == 36
    assert value[14] == "4"


@pytest.mark.parametrize(
    ("text", "doc", "cause"),
    [
        (
            "States.MathAdd($.a, 1)",
            {"a": "x"},
            'States.MathAdd: argument 1 must be a number, got a string ("x")',
        ),
        (
            "States.ArrayLength($.a)",
            {"a": {"k": 1}},
            'States.ArrayLength: argument 1 must be an array, got an object ({"k":1})',
        ),
        (
            "States.ArrayGetItem($.a, 3)",
            {"a": [1]},
            "States.ArrayGetItem: index 3 is out of bounds for an array of 1 item(s)",
        ),
        (
            "States.ArrayRange($.a, 1, 1)",
            {"a": 0.5},
            "States.ArrayRange: argument 1 must be an integer, got 0.5",
        ),
        (
            "States.ArrayRange(0, 10, $.s)",
            {"s": 0},
            "States.ArrayRange: the step (argument 3) must not be 0",
        ),
        (
            "States.ArrayRange(0, $.e, 1)",
            {"e": 1000},
            "States.ArrayRange: the range has 1001 items; at most 1000 are allowed",
        ),
        (
            "States.ArrayPartition($.a, $.n)",
            {"a": [], "n": -1},
            "States.ArrayPartition: the chunk size (argument 2) must be greater than 0, got -1",
        ),
        (
            "States.StringToJson($.s)",
            {"s": "{x"},
            "States.StringToJson: argument 1 is not valid JSON (Expecting property name enclosed in double quotes at position 1): {x",
        ),
        (
            "States.Base64Decode($.s)",
            {"s": "%%%"},
            "States.Base64Decode: argument 1 is not valid Base64 of UTF-8 text: %%%",
        ),
        (
            "States.Hash($.d, $.alg)",
            {"d": "x", "alg": "SHA-3"},
            "States.Hash: the algorithm (argument 2) must be one of MD5, SHA-1, SHA-256, SHA-384, SHA-512, got SHA-3",
        ),
        (
            "States.JsonMerge($.a, $.b, $.deep)",
            {"a": {}, "b": {}, "deep": True},
            "States.JsonMerge: argument 3 must be false: only shallow merges are supported",
        ),
        (
            "States.Format($.t, 1)",
            {"t": "no holes"},
            "States.Format: the template has 0 {} placeholder(s) but 1 value(s) were given",
        ),
        (
            "States.Format($.t, 1)",
            {"t": "{} {}"},
            "States.Format: the template has more {} placeholders than the 1 value(s) given",
        ),
        (
            "States.MathAdd($.a, 1)",
            {"a": 2**31},
            "States.MathAdd: argument 1 must be between -2147483648 and 2147483647, got 2147483648",
        ),
        (
            "States.MathRandom($.a, 1)",
            {"a": 3},
            "States.MathRandom: start (3) must be less than end (1)",
        ),
        (
            "States.StringSplit($.a, ',')",
            {"a": 5},
            "States.StringSplit: argument 1 must be a string, got a number (5)",
        ),
    ],
)
def test_evaluation_errors(text: str, doc: object, cause: str) -> None:
    with pytest.raises(IntrinsicEvaluationError) as info:
        run(text, doc)
    assert info.value.cause == cause


def test_missing_path_is_passed_through() -> None:
    with pytest.raises(PathNotFoundError) as info:
        run("States.ArrayLength($.nope)", {})
    assert str(info.value) == "No results for path: $['nope']"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "null"),
        (True, "true"),
        (0, "0"),
        (-3, "-3"),
        (1.1, "1.1"),
        (1.0, "1.0"),
        (1e-4, "1.0E-4"),
        (123456789.5, "1.234567895E8"),
        ("x y", "x y"),
        ([1, [2, "a"], {}], "[1, [2, a], {}]"),
        ({"a": None, "b": {"c": []}}, "{a=null, b={c=[]}}"),
    ],
)
def test_format_renders_values_like_java(value: object, text: str) -> None:
    assert to_format_string(value) == text
