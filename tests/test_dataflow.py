"""The data flow behind the unguarded-Choice warning, and graph checks that must not hide each other.

A path counts as guaranteed at a Choice only when it is present on every way into the Choice
(a must-analysis); see "Unguarded Choice variables" in docs/concepts.md.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sfdsl import (
    DISCARD,
    Catch,
    Choice,
    Fail,
    Graph,
    Parallel,
    Pass,
    State,
    StateMachine,
    States,
    Succeed,
    Task,
    Var,
)
from sfdsl._validate import validate_graph
from sfdsl.errors import Problem, ValidationError

FN = "arn:aws:lambda:us-east-1:123456789012:function:work"


def _check(name: str = "Check", var: str = "$.status") -> Choice:
    return Choice(name).when(Var(var) == "DONE", Succeed(f"{name}Ok")).otherwise(Fail(f"{name}No"))


def _checked(name: str = "Check") -> list[State]:
    """:func:`_check` by target names, with its targets, for a :class:`Graph`."""
    choice = Choice(name).when(Var("$.status") == "DONE", f"{name}Ok").otherwise(f"{name}No")
    return [choice, Succeed(f"{name}Ok"), Fail(f"{name}No")]


def _set(name: str, then: str) -> Pass:
    """A Pass that writes ``$.status`` and goes on to *then*."""
    return Pass(name, result="DONE", result_path="$.status", next_state=then)


def _keep(name: str, then: str) -> Pass:
    """A Pass that writes something else and keeps its input."""
    return Pass(name, result=1, result_path="$.other", next_state=then)


def _route() -> Choice:
    """A guarded Choice that goes to state A or state B."""
    kind = Var("$.kind")
    return Choice("Route").when(kind.is_present() & (kind == "a"), "A").otherwise("B")


def _unguarded(problems: tuple[Problem, ...] | list[Problem]) -> list[str]:
    return [p.path for p in problems if p.code == "unguarded-choice-variable"]


# (id, machine, the paths of the unguarded-choice-variable warnings)
MUST: list[tuple[str, Callable[[], StateMachine], list[str]]] = [
    (
        "written-on-every-path",
        lambda: StateMachine(
            Graph("Route", [_route(), _set("A", "Check"), _set("B", "Check"), *_checked()])
        ),
        [],
    ),
    (
        "written-on-one-path-only",
        lambda: StateMachine(
            Graph("Route", [_route(), _set("A", "Check"), _keep("B", "Check"), *_checked()])
        ),
        ["States.Check.Choices[0]"],
    ),
    (
        "written-on-no-path",
        lambda: StateMachine(
            Graph("Route", [_route(), _keep("A", "Check"), _keep("B", "Check"), *_checked()])
        ),
        ["States.Check.Choices[0]"],
    ),
    (
        "written-before-the-paths-part",
        lambda: StateMachine(
            Graph(
                "Set",
                [
                    _set("Set", "Route"),
                    _route(),
                    _keep("A", "Check"),
                    _keep("B", "Check"),
                    *_checked(),
                ],
            )
        ),
        [],
    ),
    (
        "written-only-after-the-choice-on-the-way-back",
        lambda: StateMachine(
            Graph(
                "Check",
                [
                    Choice("Check")
                    .when(Var("$.status") == "DONE", Succeed("Ok"))
                    .otherwise("Again"),
                    _set("Again", "Check"),
                    Succeed("Ok"),
                ],
            )
        ),
        ["States.Check.Choices[0]"],
    ),
    (
        "written-inside-the-loop-before-the-choice",
        lambda: StateMachine(
            Graph(
                "Poll",
                [
                    _set("Poll", "Check"),
                    Choice("Check")
                    .when(Var("$.status") == "DONE", Succeed("Ok"))
                    .otherwise("Wait"),
                    _keep("Wait", "Poll"),
                    Succeed("Ok"),
                ],
            )
        ),
        [],
    ),
    (
        "a-catch-that-replaces-the-input-is-a-path-without-it",
        lambda: StateMachine(
            Graph(
                "Set",
                [
                    _set("Set", "Call"),
                    Task(
                        "Call",
                        resource=FN,
                        result_path="$.out",
                        next_state="Check",
                        catch_rules=(Catch([States.ALL], next="Check"),),
                    ),
                    *_checked(),
                ],
            )
        ),
        ["States.Check.Choices[0]"],
    ),
    (
        "a-catch-that-keeps-the-input-keeps-the-path",
        lambda: StateMachine(
            Graph(
                "Set",
                [
                    _set("Set", "Call"),
                    Task(
                        "Call",
                        resource=FN,
                        result_path="$.out",
                        next_state="Check",
                        catch_rules=(Catch([States.ALL], next="Check", result_path="$.error"),),
                    ),
                    *_checked(),
                ],
            )
        ),
        [],
    ),
    (
        "a-discarding-catch-keeps-the-path",
        lambda: StateMachine(
            Graph(
                "Set",
                [
                    _set("Set", "Call"),
                    Task(
                        "Call",
                        resource=FN,
                        result_path="$.out",
                        next_state="Check",
                        catch_rules=(Catch([States.ALL], next="Check", result_path=DISCARD),),
                    ),
                    *_checked(),
                ],
            )
        ),
        [],
    ),
    (
        "a-branch-sees-what-every-path-into-the-parallel-wrote",
        lambda: StateMachine(
            Graph(
                "Route",
                [
                    _route(),
                    _set("A", "Fan"),
                    _set("B", "Fan"),
                    Parallel("Fan", branches=[_check()], end=True),
                ],
            )
        ),
        [],
    ),
    (
        "a-branch-does-not-see-what-one-path-into-the-parallel-wrote",
        lambda: StateMachine(
            Graph(
                "Route",
                [
                    _route(),
                    _set("A", "Fan"),
                    _keep("B", "Fan"),
                    Parallel("Fan", branches=[_check()], end=True),
                ],
            )
        ),
        ["States.Fan.Branches[0].States.Check.Choices[0]"],
    ),
    (
        "a-branch-reads-below-the-parallel-input-path",
        lambda: StateMachine(
            Graph(
                "Set",
                [
                    Pass("Set", result={"status": "DONE"}, result_path="$.job", next_state="Fan"),
                    Parallel("Fan", branches=[_check()], input_path="$.job", end=True),
                ],
            )
        ),
        [],
    ),
    (
        "a-nested-branch-sees-through-two-parallels",
        lambda: StateMachine(
            Pass("Set", result="DONE", result_path="$.status").next(
                Parallel("Outer", branches=[Parallel("Inner", branches=[_check()])])
            )
        ),
        [],
    ),
    (
        "a-rule-taken-after-an-earlier-rule-was-false-knows-what-that-rule-read",
        lambda: StateMachine(
            Choice("Pick")
            .when(Var("$.status") == "A", Succeed("A"))
            .when(Var("$.n") > 1, _check())
            .otherwise(Fail("Neither"))
        ),
        ["States.Pick.Choices[0]", "States.Pick.Choices[1]"],
    ),
    (
        "a-write-below-a-path-does-not-guarantee-a-sibling",
        lambda: StateMachine(
            Pass("Set", result=1, result_path="$.job.id").next(_check(var="$.job.status"))
        ),
        ["States.Check.Choices[0]"],
    ),
]


@pytest.mark.parametrize(("build", "expected"), [c[1:] for c in MUST], ids=[c[0] for c in MUST])
def test_a_path_is_guaranteed_only_when_every_way_in_writes_it(
    build: Callable[[], StateMachine], expected: list[str]
) -> None:
    assert _unguarded(build().warnings) == expected


def test_unreachable_states_do_not_weaken_what_reachable_states_get() -> None:
    problems = validate_graph(
        Graph("Set", [_set("Set", "Check"), *_checked(), _keep("Stray", "Check")])
    )
    assert [(p.code, p.path) for p in problems] == [
        (
            "unreachable-state",
            "States.Stray",
        )
    ]


def test_an_unreachable_choice_is_judged_from_its_own_predecessors() -> None:
    problems = validate_graph(
        Graph(
            "Ok",
            [
                Succeed("Ok"),
                _set("Stray", "Check"),
                *_checked(),
                _keep("Lost", "Check2"),
                *_checked("Check2"),
            ],
        )
    )
    assert _unguarded(problems) == ["States.Check2.Choices[0]"]


# --------------------------------------------------------------------------- a reference solver


def _paths_into(graph: dict[str, list[str]], start: str, target: str) -> list[list[str]]:
    """Every path of states from *start* to *target* in an acyclic *graph* (target excluded)."""
    if start == target:
        return [[]]
    return [[start, *rest] for succ in graph[start] for rest in _paths_into(graph, succ, target)]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["set", "keep", "replace"]), st.integers(0, 3), st.booleans()),
        min_size=1,
        max_size=7,
    )
)
def test_warnings_match_every_path_enumerated(layout: list[tuple[str, int, bool]]) -> None:
    """Against a brute-force reference: warn exactly when some path into the Choice lacks the path.

    States ``S0..Sn-1`` form a DAG: each goes to the next state and, when a Choice splits it,
    also jumps ahead; the last one goes to the Choice under test.
    """
    n = len(layout)
    names = [f"S{i}" for i in range(n)]
    following = [*names[1:], "Check"]
    successors: dict[str, list[str]] = {}
    states: list[State] = []
    for i, (kind, jump, split) in enumerate(layout):
        nxt = following[i]
        far = following[min(i + jump, n - 1)]
        if split and far != nxt:
            kind_var = Var("$.kind")
            states.append(
                Choice(names[i]).when(kind_var.is_present() & (kind_var == "x"), nxt).otherwise(far)
            )
            successors[names[i]] = [nxt, far]
            continue
        if kind == "set":
            states.append(_set(names[i], nxt))
        elif kind == "keep":
            states.append(_keep(names[i], nxt))
        else:
            states.append(Task(names[i], resource=FN, next_state=nxt))
        successors[names[i]] = [nxt]
    states += _checked()
    successors["Check"] = []

    def after(name: str, present: bool) -> bool:
        kind = dict(zip(names, (k for k, _, _ in layout), strict=True))[name]
        if isinstance(next(s for s in states if s.name == name), Choice):
            return present
        return {"set": True, "keep": present, "replace": False}[kind]

    def present_on(path: list[str]) -> bool:
        present = False
        for name in path:
            present = after(name, present)
        return present

    expected = not all(present_on(p) for p in _paths_into(successors, names[0], "Check"))
    warned = _unguarded(StateMachine(Graph(names[0], states)).warnings)
    assert warned == (["States.Check.Choices[0]"] if expected else [])


# --------------------------------------------------------------------------- problems together


def _fan(branch_target: str) -> Parallel:
    return Parallel(
        "Fan",
        branches=[Graph("B1", [Pass("B1", next_state=branch_target)])],
        next_state="L1",
    )


MISSING_BRANCH_TARGET = Problem(
    "Next target 'Nowhere' does not exist; states here are: 'B1'",
    "States.Fan.Branches[0].States.B1.Next",
    "missing-target",
)


@pytest.mark.parametrize(
    ("states", "expected"),
    [
        pytest.param(
            [_fan("Nowhere"), Pass("L1", next_state="L2"), Pass("L2", next_state="L1")],
            [
                MISSING_BRANCH_TARGET,
                Problem(
                    "no terminal state is reachable: add a Succeed or Fail state, or end=True on "
                    "the last state",
                    "States",
                    "no-terminal-state",
                ),
            ],
            id="no-terminal-state",
        ),
        pytest.param(
            [
                _fan("Nowhere"),
                Choice("L1").when(Var("$.done").is_present(), "Done").otherwise("L2"),
                Pass("L2", next_state="L3"),
                Pass("L3", next_state="L2"),
                Succeed("Done"),
            ],
            [
                MISSING_BRANCH_TARGET,
                Problem(
                    "states 'L2', 'L3' loop forever: no path from them reaches a Succeed, Fail or "
                    "End state; add an exit (e.g. a Choice rule or a Catch) to the loop",
                    "States.L2",
                    "no-path-to-end",
                ),
            ],
            id="trap-loop",
        ),
    ],
)
def test_a_missing_target_in_a_branch_does_not_hide_the_machines_loop(
    states: list[State], expected: list[Problem]
) -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine(Graph("Fan", states))
    assert list(info.value.problems) == expected


def test_a_missing_target_of_the_machine_still_explains_its_loop() -> None:
    # With L2's exit misspelt, the loop is a trap only because of the typo: one problem.
    with pytest.raises(ValidationError) as info:
        StateMachine(
            Graph(
                "L1",
                [
                    Pass("L1", next_state="L2"),
                    Choice("L2").when(Var("$.done").is_present(), "Dnoe").otherwise("L1"),
                    Succeed("Done"),
                ],
            )
        )
    assert [(p.code, p.path) for p in info.value.problems] == [
        ("missing-target", "States.L2.Choices[0].Next"),
        ("unreachable-state", "States.Done"),
    ]


# ------------------------------------------- the results of service calls (closed results)

GET = "arn:aws:states:::dynamodb:getItem"


def _get(name: str, then: str) -> Task:
    return Task(
        name,
        resource=GET,
        parameters={"TableName": "t", "Key": {"id": {"S.$": "$.id"}}},
        result_path="$.r",
        next_state=then,
    )


def _reads_result(name: str = "Check") -> list[State]:
    choice = Choice(name).when(Var("$.r.Itemz") == "x", f"{name}Ok").otherwise(f"{name}No")
    return [choice, Succeed(f"{name}Ok"), Fail(f"{name}No")]


def test_a_result_is_judged_by_its_shape_only_when_every_way_in_holds_it() -> None:
    # One way in from the call, the other from a Pass that writes $.r itself.
    fork = Choice("Fork").when(Var("$.fast").is_present(), "Get").otherwise("Set")
    other = Pass("Set", result={"Itemz": "x"}, result_path="$.r", next_state="Check")
    graph = Graph("Fork", [fork, _get("Get", "Check"), other, *_reads_result()])
    assert [p.code for p in validate_graph(graph)] == []
    # Both ways through the call: the shape decides.
    both = Choice("Fork").when(Var("$.fast").is_present(), "Get").otherwise("Again")
    graph = Graph("Fork", [both, _get("Get", "Check"), _get("Again", "Check"), *_reads_result()])
    assert [(p.code, p.path) for p in validate_graph(graph)] == [
        ("unknown-result-field", "States.Check.Choices[0]")
    ]


def test_a_polling_loop_reads_the_result_of_the_call_in_the_loop() -> None:
    from sfdsl import Wait

    wait = Wait("Wait", seconds=5, next_state="Get")
    check = Choice("Check").when(Var("$.r.Item.done.BOOL") == True, "Done").otherwise("Wait")  # noqa: E712
    graph = Graph("Wait", [wait, _get("Get", "Check"), check, Succeed("Done")])
    [problem] = validate_graph(graph)
    assert (problem.code, problem.path) == ("unguarded-choice-variable", "States.Check.Choices[0]")
    assert problem.message == (
        "rule 0 compares $.r.Item.done.BOOL, but the result of dynamodb:getItem (put at $.r) may "
        "leave out 'Item', an optional member of the API's output; if it is absent the execution "
        "fails with States.Runtime: test it first, Var('$.r.Item').is_present() & ..."
    )
