"""JSONPath: parsing, reference paths, Jayway-style evaluation and ResultPath updates."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from conftest import CORPUS as REPO_CORPUS
from hypothesis import given
from hypothesis import strategies as st

from sfdsl._intrinsics import evaluate_intrinsic, is_intrinsic, parse_intrinsic
from sfdsl._jsonpath import (
    And,
    Comparison,
    CurrentPath,
    Exists,
    Field,
    Filter,
    Function,
    Index,
    JsonPath,
    Not,
    Or,
    PathNotFoundError,
    RecursiveDescent,
    Regex,
    Segment,
    Slice,
    Union,
    Value,
    Wildcard,
    evaluate,
    format_number,
    json_equal,
    parse_path,
    parse_reference_path,
    path_problem,
    set_path,
)
from sfdsl.errors import InvalidPathError

CORPUS = REPO_CORPUS / "executions"


# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("text", "root", "variable", "segments"),
    [
        ("$", "$", None, ()),
        ("$$", "$$", None, ()),
        ("$.a.b", "$", None, (Field("a"), Field("b"))),
        ("$.my-field.x_y", "$", None, (Field("my-field"), Field("x_y"))),
        ("$$.Execution.Input", "$$", None, (Field("Execution"), Field("Input"))),
        ("$order.id", "var", "order", (Field("id"),)),
        ("$order", "var", "order", ()),
        ("$_x1[0]", "var", "_x1", (Index(0),)),
        ("$['a b']", "$", None, (Field("a b"),)),
        ('$["a\'b"]', "$", None, (Field("a'b"),)),
        ("$['it\\'s']", "$", None, (Field("it's"),)),
        ("$[ 'a' ]", "$", None, (Field("a"),)),
        ("$.a[0][-1]", "$", None, (Field("a"), Index(0), Index(-1))),
        ("$[1:]", "$", None, (Slice(1, None, None),)),
        ("$[:2]", "$", None, (Slice(None, 2, None),)),
        ("$[-2:]", "$", None, (Slice(-2, None, None),)),
        ("$[1:5:2]", "$", None, (Slice(1, 5, 2),)),
        ("$[::-1]", "$", None, (Slice(None, None, -1),)),
        ("$.*", "$", None, (Wildcard(),)),
        ("$[*][*]", "$", None, (Wildcard(), Wildcard())),
        ("$.[*].['bucket', 'key']", "$", None, (Wildcard(), Union(("bucket", "key")))),
        ("$[0,2]", "$", None, (Union((0, 2)),)),
        ("$..price", "$", None, (RecursiveDescent(Field("price")),)),
        ("$..*", "$", None, (RecursiveDescent(Wildcard()),)),
        ("$..[0]", "$", None, (RecursiveDescent(Index(0)),)),
        ("$.a.length()", "$", None, (Field("a"), Function("length"))),
        (
            "$[?(@.price < 10)]",
            "$",
            None,
            (Filter(Comparison(CurrentPath((Field("price"),)), "<", Value(10))),),
        ),
        ("$[?(@.isbn)]", "$", None, (Filter(Exists(CurrentPath((Field("isbn"),)))),)),
        ("$[?(!@.isbn)]", "$", None, (Filter(Not(Exists(CurrentPath((Field("isbn"),))))),)),
        (
            "$[?(@.a == 'x' && @.b != null || @.c >= -1.5)]",
            "$",
            None,
            (
                Filter(
                    Or(
                        (
                            And(
                                (
                                    Comparison(CurrentPath((Field("a"),)), "==", Value("x")),
                                    Comparison(CurrentPath((Field("b"),)), "!=", Value(None)),
                                )
                            ),
                            Comparison(CurrentPath((Field("c"),)), ">=", Value(-1.5)),
                        )
                    )
                ),
            ),
        ),
        (
            "$[?(@.tag in ['a', \"b\"])]",
            "$",
            None,
            (Filter(Comparison(CurrentPath((Field("tag"),)), "in", Value(["a", "b"]))),),
        ),
        (
            "$[?(@.name =~ /^a.*/i)]",
            "$",
            None,
            (Filter(Comparison(CurrentPath((Field("name"),)), "=~", Regex("^a.*", "i"))),),
        ),
        (
            "$.approaches[?(@.workerId == $.agent_id)].approach",
            "$",
            None,
            (
                Field("approaches"),
                Filter(
                    Comparison(
                        CurrentPath((Field("workerId"),)),
                        "==",
                        JsonPath("$.agent_id", "$", None, (Field("agent_id"),)),
                    )
                ),
                Field("approach"),
            ),
        ),
        (
            "$[?(@.items.length() > 1)]",
            "$",
            None,
            (Filter(Comparison(CurrentPath((Field("items"), Function("length"))), ">", Value(1))),),
        ),
    ],
)
def test_parse(text: str, root: str, variable: str | None, segments: tuple[Segment, ...]) -> None:
    path = parse_path(text)
    assert (path.text, path.root, path.variable, path.segments) == (text, root, variable, segments)
    assert str(path) == text
    assert path_problem(text) is None


P = "invalid path "


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "",
            "'': expected '$', '$$' or '$variable' at the start of the path at position 0, found the end of the path",
        ),
        (
            "a.b",
            "'a.b': expected '$', '$$' or '$variable' at the start of the path at position 0, found 'a'",
        ),
        (
            "$.",
            "'$.': expected a field name, '*' or '[' after '.' at position 2, found the end of the path",
        ),
        ("$...", "'$...': expected a field name, '*' or '[' after '.' at position 3, found '.'"),
        ("$$23", "'$$23': expected '.', '..' or '[' to continue the path at position 2, found '2'"),
        ("$a b", "'$a b': expected '.', '..' or '[' to continue the path at position 2, found ' '"),
        (
            "$.a[",
            "'$.a[': expected an index, a slice, '*', a quoted name or a filter '?(...)' after '[' at position 4, found the end of the path",
        ),
        (
            "$.a[0",
            "'$.a[0': expected ']' to close the '[' opened at position 3 at position 5, found the end of the path",
        ),
        (
            "$.a[x]",
            "'$.a[x]': expected an index, a slice, '*', a quoted name or a filter '?(...)' after '[' at position 4, found 'x'",
        ),
        (
            "$['a]",
            "\"$['a]\": expected a closing ' for the string opened at position 2 at position 5, found the end of the path",
        ),
        (
            "$['a', 0]",
            "\"$['a', 0]\": expected a quoted name after ',' (unions cannot mix names and indexes) at position 7, found '0'",
        ),
        (
            "$[0, 'a']",
            "\"$[0, 'a']\": expected an integer index after ',' (unions cannot mix names and indexes) at position 5, found \"'\"",
        ),
        ("$[1:2:0]", "'$[1:2:0]': expected a non-zero slice step at position 6, found 0"),
        (
            "$.a.sum()",
            "'$.a.sum()': expected a Jayway function that Step Functions supports (only length()) at position 4, found sum()",
        ),
        (
            "$.a.foo()",
            "'$.a.foo()': expected a function that Step Functions supports (only length()) at position 4, found foo()",
        ),
        (
            "$.a.length().b",
            "'$.a.length().b': expected the end of the path after the function length() at position 12, found '.'",
        ),
        (
            "$.a.length(1)",
            "'$.a.length(1)': expected ')': path function length() takes no arguments at position 11, found '1'",
        ),
        (
            "$[?(@.a == 1]",
            "'$[?(@.a == 1]': expected ')' to close the filter at position 12, found ']'",
        ),
        (
            "$[?@.a]",
            "'$[?@.a]': expected '(' after '[?' (filters are written [?(...)]) at position 3, found '@'",
        ),
        (
            "$[?(1)]",
            "'$[?(1)]': expected a comparison operator (==, !=, <, <=, >, >=, =~, in, nin, ...) after a value at position 5, found ')'",
        ),
        (
            "$[?(@.a =~ 'x')]",
            "\"$[?(@.a =~ 'x')]\": expected a regular expression /.../ after '=~' at position 4, found '@'",
        ),
        (
            "$[?(@.a =~ /(/)]",
            "'$[?(@.a =~ /(/)]': expected a valid regular expression at position 11, found /(/ (missing ), unterminated subpattern at position 0)",
        ),
        (
            "$[(@.size-1)]",
            "'$[(@.size-1)]': expected a script of the form '(@.length-N)' after '[' at position 2, found '('",
        ),
        (
            "$.a b",
            "'$.a b': expected a field name without spaces (write $['a b'] for names with spaces) at position 3, found ' '",
        ),
    ],
)
def test_parse_errors(text: str, message: str) -> None:
    with pytest.raises(InvalidPathError) as info:
        parse_path(text)
    assert str(info.value) == P + message
    assert path_problem(text) == P + message


def test_non_string_path_is_rejected() -> None:
    with pytest.raises(InvalidPathError) as info:
        parse_path(3)  # type: ignore[arg-type]
    assert str(info.value) == "a path must be a str starting with '$', got int 3"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("$.items[*]", "a wildcard '*' at position 7"),
        ("$.a.*", "a wildcard '*' at position 3"),
        ("$.a[1:]", "a slice at position 3"),
        ("$['a','b']", "a union at position 1"),
        ("$..a", "a recursive descent '..' at position 1"),
        ("$.a[?(@.b)]", "a filter '[?(...)]' at position 3"),
        ("$.a.length()", "the function length() at position 3"),
    ],
)
def test_reference_path_errors(text: str, found: str) -> None:
    message = (
        f"invalid reference path {text!r}: found {found}; "
        "a reference path may only contain .field, ['field'] and [index]"
    )
    with pytest.raises(InvalidPathError) as info:
        parse_reference_path(text)
    assert str(info.value) == message
    assert path_problem(text, reference=True) == message
    assert path_problem(text) is None


@pytest.mark.parametrize("text", ["$", "$.a", "$['a b'][0].c", "$$.Map.Item.Value", "$var.x[-1]"])
def test_reference_paths(text: str) -> None:
    assert parse_reference_path(text).is_reference
    assert path_problem(text, reference=True) is None


@pytest.mark.parametrize(
    ("text", "definite", "normalized"),
    [
        ("$", True, "$"),
        ("$.a[0].b", True, "$['a'][0]['b']"),
        ("$$.Execution", True, "$$['Execution']"),
        ("$v.a", True, "$v['a']"),
        ("$['a','b']", True, "$['a','b']"),
        ("$.a.length()", True, "$['a'].length()"),
        ("$[0,1]", False, "$[0,1]"),
        ("$.a[*]", False, "$['a'][*]"),
        ("$..a", False, "$..['a']"),
        ("$[1:2]", False, "$[1:2]"),
    ],
)
def test_definite_and_normalized(text: str, definite: bool, normalized: str) -> None:
    path = parse_path(text)
    assert path.is_definite is definite
    assert path.normalized == normalized


# --------------------------------------------------------------------------- evaluation

STORE = {
    "store": {
        "book": [
            {"category": "reference", "author": "Nigel Rees", "title": "Sayings", "price": 8.95},
            {"category": "fiction", "author": "Evelyn Waugh", "title": "Sword", "price": 12.99},
            {
                "category": "fiction",
                "author": "Herman Melville",
                "title": "Moby Dick",
                "isbn": "0-553",
                "price": 8.99,
            },
            {
                "category": "fiction",
                "author": "J. R. R. Tolkien",
                "title": "LOTR",
                "isbn": "0-395",
                "price": 22.99,
            },
        ],
        "bicycle": {"color": "red", "price": 19.95},
    },
    "expensive": 10,
    "a b": {"it's": 1},
    "nums": [0, 1, 2, 3, 4, 5],
    "flags": [True, 1, "1", None],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("$", STORE),
        ("$.expensive", 10),
        ("$['a b'][\"it's\"]", 1),
        ("$.store.book[0].title", "Sayings"),
        ("$.store.book[-1].title", "LOTR"),
        (
            "$.store.book[*].author",
            ["Nigel Rees", "Evelyn Waugh", "Herman Melville", "J. R. R. Tolkien"],
        ),
        ("$.store.book[*].isbn", ["0-553", "0-395"]),
        ("$.store.*.color", ["red"]),
        ("$..price", [8.95, 12.99, 8.99, 22.99, 19.95]),
        ("$.store..color", ["red"]),
        ("$..book[2].title", ["Moby Dick"]),
        ("$.store.book[:2].title", ["Sayings", "Sword"]),
        ("$.store.book[-2:].title", ["Moby Dick", "LOTR"]),
        ("$.nums[1:5:2]", [1, 3]),
        ("$.nums[::-2]", [5, 3, 1]),
        ("$.nums[10:]", []),
        ("$.nums[0,2,9]", [0, 2]),
        ("$.store.book[?(@.isbn)].title", ["Moby Dick", "LOTR"]),
        ("$.store.book[?(!@.isbn)].title", ["Sayings", "Sword"]),
        ("$.store.book[?(@.price < 10)].title", ["Sayings", "Moby Dick"]),
        ("$.store.book[?(@.price <= 8.95)].title", ["Sayings"]),
        ("$.store.book[?(@.price > $.expensive)].title", ["Sword", "LOTR"]),
        ("$.store.book[?(@.category == 'fiction' && @.price < 13)].title", ["Sword", "Moby Dick"]),
        ("$.store.book[?(@.price > 20 || @.price < 9)].title", ["Sayings", "Moby Dick", "LOTR"]),
        ("$.store.book[?(@.category != 'fiction')].title", ["Sayings"]),
        ("$.store.book[?(@.author =~ /.*REES/i)].title", ["Sayings"]),
        ("$.store.book[?(@.author =~ /Rees/)].title", []),
        ("$.store.book[?(@.category in ['reference', 'x'])].title", ["Sayings"]),
        ("$.store.book[?(@.category nin ['fiction'])].title", ["Sayings"]),
        ("$.store.book[?(@.title size 4)].title", ["LOTR"]),
        ("$.store.book[?(@.isbn empty false)].title", ["Moby Dick", "LOTR"]),
        ("$.store.bicycle[?(@.color == 'red')].price", [19.95]),
        ("$.store[?(@.color)]", []),
        ("$['store']['bicycle','missing']", {"bicycle": {"color": "red", "price": 19.95}}),
        ("$.store.book[0]['title','price']", {"title": "Sayings", "price": 8.95}),
        (
            "$.store.book[*]['title','isbn']",
            [
                {"title": "Sayings"},
                {"title": "Sword"},
                {"title": "Moby Dick", "isbn": "0-553"},
                {"title": "LOTR", "isbn": "0-395"},
            ],
        ),
        ("$.store.book.length()", 4),
        ("$.store.book[*].isbn.length()", 2),
        ("$.store.bicycle.color.length()", 3),
        ("$.store.book[?(@.title.length() == 5)].title", ["Sword"]),
        # Jayway compares a number and a string holding the same number as equal; true is not 1
        ("$.flags[?(@ == 1)]", [1, "1"]),
        ("$.flags[?(@ == true)]", [True]),
        ("$.flags[?(@ == null)]", [None]),
    ],
)
def test_evaluate(text: str, expected: object) -> None:
    assert evaluate(text, STORE) == expected


def test_evaluate_context_and_variables() -> None:
    context = {"Execution": {"Input": {"x": 1}}, "Map": {"Item": {"Index": 2}}}
    assert evaluate("$$.Map.Item.Index", {}, context=context) == 2
    assert evaluate("$$", {}, context=context) == context
    assert evaluate("$v.a[1]", {}, variables={"v": {"a": [0, 9]}}) == 9
    assert evaluate("$.a[?(@ > $lim)]", {"a": [1, 5]}, variables={"lim": 2}) == [5]
    assert evaluate("$.a[?(@ > $$.min)]", {"a": [1, 5]}, context={"min": 1}) == [5]


@pytest.mark.parametrize(
    ("text", "data", "detail"),
    [
        ("$.missing", {}, "No results for path: $['missing']"),
        ("$.a.b.c", {"a": {}}, "Missing property in path $['a']['b']"),
        ("$.a[3]", {"a": [1]}, "No results for path: $['a'][3]"),
        ("$.a.b", {"a": "text"}, "No results for path: $['a']['b']"),
        ("$[0]", {"a": 1}, "No results for path: $[0]"),
        ("$undefined.x", {}, "The variable $undefined is not defined (path $undefined.x)"),
        (
            "$.a.length()",
            {"a": 5},
            "Invalid function call length() in path $.a.length(): number has no length",
        ),
    ],
)
def test_path_not_found(text: str, data: object, detail: str) -> None:
    with pytest.raises(PathNotFoundError) as info:
        evaluate(text, data)
    assert info.value.path == text
    assert str(info.value) == detail


def test_definite_path_to_null_is_found() -> None:
    assert evaluate("$.a", {"a": None}) is None


@pytest.mark.parametrize(
    ("a", "b", "equal"),
    [
        (1, 1.0, True),
        (True, 1, False),
        (None, None, True),
        ([1, [True]], [1, [True]], True),
        ({"a": 1, "b": 2}, {"b": 2, "a": 1}, True),
        ({"a": 1}, {"a": True}, False),
        ("1", 1, False),
    ],
)
def test_json_equal(a: object, b: object, equal: bool) -> None:
    assert json_equal(a, b) is equal


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.5, "1.5"),
        (100.0, "100.0"),
        (9999999.0, "9999999.0"),
        (1e7, "1.0E7"),
        (123456789.5, "1.234567895E8"),
        (0.001, "0.001"),
        (1e-4, "1.0E-4"),
        (-3.25e-8, "-3.25E-8"),
        (1e22, "1.0E22"),
        (float("inf"), "Infinity"),
    ],
)
def test_format_number_matches_java_double_to_string(value: float, text: str) -> None:
    # expected strings printed by a JDK's Double.toString
    assert format_number(value) == text


# --------------------------------------------------------------------------- ResultPath


@pytest.mark.parametrize(
    ("data", "path", "value", "expected"),
    [
        ({"a": 1}, "$", "x", "x"),
        ({"a": 1}, "$.a", 2, {"a": 2}),
        ({"a": 1}, "$.b", None, {"a": 1, "b": None}),
        ({"a": 1}, "$.r.s.t", [1], {"a": 1, "r": {"s": {"t": [1]}}}),
        ({"a": {"k": 0}}, "$.a.n", 1, {"a": {"k": 0, "n": 1}}),
        ({"a": [0, {"x": 1}]}, "$.a[1].y", 2, {"a": [0, {"x": 1, "y": 2}]}),
        ({"a": [0, 1]}, "$.a[-1]", 9, {"a": [0, 9]}),
        ({"a b": {}}, "$['a b'].c", 1, {"a b": {"c": 1}}),
        ("text", "$", {"x": 1}, {"x": 1}),
    ],
)
def test_set_path(data: object, path: str, value: object, expected: object) -> None:
    before = copy.deepcopy(data)
    assert set_path(data, path, value) == expected
    assert data == before


@pytest.mark.parametrize(
    ("data", "path", "message"),
    [
        (
            {"a": 1},
            "$.a.b",
            "cannot apply ResultPath '$.a.b': $['a'] is a number, not an object, so it cannot hold the field 'b'",
        ),
        (
            "text",
            "$.a",
            "cannot apply ResultPath '$.a': $ is a string, not an object, so it cannot hold the field 'a'",
        ),
        (
            {"a": {}},
            "$.a[0]",
            "cannot apply ResultPath '$.a[0]': $['a'] is an object, not an array, so it cannot be indexed with [0]",
        ),
        (
            {"a": [1]},
            "$.a[1]",
            "cannot apply ResultPath '$.a[1]': index [1] is out of range for $['a'], an array of 1 element(s)",
        ),
        (
            {"a": [None]},
            "$.a[0].b",
            "cannot apply ResultPath '$.a[0].b': $['a'][0] is a null, not an object, so it cannot hold the field 'b'",
        ),
    ],
)
def test_set_path_errors(data: object, path: str, message: str) -> None:
    with pytest.raises(ValueError, match=r".") as info:
        set_path(data, path, 1)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "$.a[*]",
            "invalid reference path '$.a[*]': found a wildcard '*' at position 3; a reference path may only contain .field, ['field'] and [index]",
        ),
        ("$$.a", "ResultPath must start with '$' (the state input), got '$$.a'"),
        ("$v.a", "ResultPath must start with '$' (the state input), got '$v.a'"),
    ],
)
def test_set_path_rejects_other_paths(path: str, message: str) -> None:
    with pytest.raises(InvalidPathError) as info:
        set_path({}, path, 1)
    assert str(info.value) == message


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=10,
)
_names = st.lists(st.text(min_size=1, max_size=4), min_size=1, max_size=4)


@given(st.dictionaries(st.text(max_size=3), _json, max_size=4), _names, _json)
def test_set_then_evaluate_round_trip(
    data: dict[str, object], names: list[str], value: object
) -> None:
    path = "$" + "".join("['" + n.replace("\\", "\\\\").replace("'", "\\'") + "']" for n in names)
    before = copy.deepcopy(data)
    try:
        result = set_path(data, path, value)
    except ValueError:
        return  # an intermediate value is not an object
    assert evaluate(path, result) == value
    assert data == before


# --------------------------------------------------------------------------- AWS recordings


def _simple_pass_cases() -> list[object]:
    allowed = {
        "Type",
        "Next",
        "End",
        "InputPath",
        "OutputPath",
        "ResultPath",
        "Parameters",
        "Result",
        "Comment",
    }
    cases: list[object] = []
    for case in sorted(CORPUS.iterdir()):
        if not case.is_dir() or case.name.startswith("intrinsic_functions__"):
            continue
        definition = json.loads((case / "definition.json").read_text())
        states = definition["States"].values()
        if definition.get("QueryLanguage", "JSONPath") == "JSONPath" and all(
            s["Type"] == "Pass" and not set(s) - allowed for s in states
        ):
            cases.append(pytest.param(case, id=case.name))
    return cases


def _template(template: object, doc: object, context: object) -> object:
    if isinstance(template, dict):
        out: dict[str, object] = {}
        for key, value in template.items():
            if key.endswith(".$"):
                if is_intrinsic(value):
                    resolve = lambda p: evaluate(p, doc, context=context)  # noqa: E731
                    out[key[:-2]] = evaluate_intrinsic(parse_intrinsic(value), resolve)
                else:
                    out[key[:-2]] = evaluate(value, doc, context=context)
            else:
                out[key] = _template(value, doc, context)
        return out
    if isinstance(template, list):
        return [_template(v, doc, context) for v in template]
    return template


def _run(definition: dict[str, object], data: object) -> object:
    states = definition["States"]
    assert isinstance(states, dict)
    context = {"Execution": {"Input": data}}
    name = definition["StartAt"]
    while True:
        state = states[name]
        try:
            path = state.get("InputPath", "$")
            effective = {} if path is None else evaluate(path, data, context=context)
            if "Parameters" in state:
                result = _template(state["Parameters"], effective, context)
            else:
                result = state.get("Result", effective)
            path = state.get("ResultPath", "$")
            data = data if path is None else set_path(data, path, result)
            path = state.get("OutputPath", "$")
            data = {} if path is None else evaluate(path, data, context=context)
        except PathNotFoundError as err:
            cause = (
                f"An error occurred while executing the state '{name}' (entered at the event id #2). "
                f"Invalid path '{err.path}' : {err}"
            )
            return {"status": "FAILED", "error": "States.Runtime", "cause": cause}
        if state.get("End"):
            return {"status": "SUCCEEDED", "output": data}
        name = state["Next"]


@pytest.mark.parametrize("case", _simple_pass_cases())
def test_pass_chains_match_aws_recordings(case: Path) -> None:
    definition = json.loads((case / "definition.json").read_text())
    data = json.loads((case / "input.json").read_text())
    expected = json.loads((case / "expected.json").read_text())
    assert _run(definition, data) == {k: v for k, v in expected.items() if k != "cause_note"}


def test_pass_chain_coverage() -> None:
    assert len(_simple_pass_cases()) == 26


@pytest.mark.parametrize(
    ("path", "data", "expected"),
    [
        # Forms found in deployed workflows (aws-samples) that the service accepts.
        (
            "$.L[?(@.Name==Receipt)].v",
            {"L": [{"Name": "Receipt", "v": 3}, {"Name": "x", "v": 4}]},
            [3],
        ),
        ("$[(@.length-1)].bar", [{"bar": 1}, {"bar": 2}], 2),
    ],
)
def test_lenient_forms_the_service_accepts(path: str, data: object, expected: object) -> None:
    assert evaluate(path, data) == expected
