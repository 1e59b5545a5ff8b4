"""Chains: immutable fragments with open ends, reused in several places, closed into graphs."""

from __future__ import annotations

from typing import Any

import pytest

from sfdsl import (
    Catch,
    Chain,
    Choice,
    Fail,
    Graph,
    Map,
    Parallel,
    Pass,
    StateMachine,
    Succeed,
    Task,
    Var,
    Wait,
    chain,
)
from sfdsl.errors import Problem, ValidationError

LAMBDA = "arn:aws:states:::lambda:invoke"


def flow(machine: StateMachine | Graph) -> dict[str, Any]:
    """Each state's transitions, as ASL: ``{name: {"Next": ...} or {"End": True} ...}``."""
    graph = machine.graph if isinstance(machine, StateMachine) else machine
    keys = ("Next", "End", "Default", "Choices", "Catch")
    out: dict[str, Any] = {}
    for state in graph.states:
        asl = state.to_asl()
        entry = {k: asl[k] for k in keys if k in asl}
        if "Choices" in entry:
            entry["Choices"] = [r["Next"] for r in entry["Choices"]]
        if "Catch" in entry:
            entry["Catch"] = [c["Next"] for c in entry["Catch"]]
        out[state.name] = entry
    return out


def test_next_returns_a_new_chain_and_leaves_the_old_one() -> None:
    a = Pass("A")
    ab = a.next(Pass("B"))
    abc = ab.next(Pass("C"))
    abd = ab.next(Pass("D"))
    assert a == Pass("A"), "states are frozen: next() does not touch them"
    assert (ab.start, ab.ends, [s.name for s in ab.states]) == ("A", ("B",), ["A", "B"])
    assert [s.name for s in abc.states] == ["A", "B", "C"]
    assert [s.name for s in abd.states] == ["A", "B", "D"]
    assert flow(Graph.of(abc)) == {"A": {"Next": "B"}, "B": {"Next": "C"}, "C": {"End": True}}
    assert flow(Graph.of(abd)) == {"A": {"Next": "B"}, "B": {"Next": "D"}, "D": {"End": True}}
    assert flow(Graph.of(ab)) == {"A": {"Next": "B"}, "B": {"End": True}}


def test_a_fragment_reused_in_two_chains_leaves_both_correct() -> None:
    fragment = Pass("Validate").next(Task("Store", resource=LAMBDA))
    first = StateMachine(Pass("FromApi").next(fragment).next(Succeed("Stored")))
    second = StateMachine(Pass("FromQueue").next(fragment))
    again = StateMachine(Pass("FromApi").next(fragment).next(Succeed("Stored")))
    assert flow(first) == {
        "FromApi": {"Next": "Validate"},
        "Validate": {"Next": "Store"},
        "Store": {"Next": "Stored"},
        "Stored": {},
    }
    assert flow(second) == {
        "FromQueue": {"Next": "Validate"},
        "Validate": {"Next": "Store"},
        "Store": {"End": True},
    }
    assert first == again
    assert fragment.ends == ("Store",)
    assert flow(Graph.of(fragment)) == {"Validate": {"Next": "Store"}, "Store": {"End": True}}


def test_a_fragment_reused_as_parallel_branches_and_map_body() -> None:
    body = Pass("Clean").next(Pass("Score"))
    machine = StateMachine(
        Parallel("Both", branches=[body, Succeed("Noop")]).next(
            Map("Each", item_processor=Pass("Pick").next(Pass("Keep")))
        )
    )
    assert machine.to_asl() == {
        "StartAt": "Both",
        "States": {
            "Both": {
                "Type": "Parallel",
                "Branches": [
                    {
                        "StartAt": "Clean",
                        "States": {
                            "Clean": {"Type": "Pass", "Next": "Score"},
                            "Score": {"Type": "Pass", "End": True},
                        },
                    },
                    {"StartAt": "Noop", "States": {"Noop": {"Type": "Succeed"}}},
                ],
                "Next": "Each",
            },
            "Each": {
                "Type": "Map",
                "ItemProcessor": {
                    "StartAt": "Pick",
                    "States": {
                        "Pick": {"Type": "Pass", "Next": "Keep"},
                        "Keep": {"Type": "Pass", "End": True},
                    },
                },
                "End": True,
            },
        },
    }
    assert body.ends == ("Score",)


def test_choice_branches_are_open_ends_that_join() -> None:
    route = (
        Choice("Route")
        .when(Var("$.vip") == True, Pass("Vip"))  # noqa: E712
        .when(Var("$.n") > 3, Pass("Bulk").next(Pass("Pack")))
        .otherwise(Pass("Plain"))
    )
    c = Pass("Start").next(route)
    assert c.ends == ("Vip", "Pack", "Plain")
    joined = c.next(Succeed("Join"))
    assert joined.ends == ()
    assert flow(StateMachine(joined)) == {
        "Start": {"Next": "Route"},
        "Route": {"Default": "Plain", "Choices": ["Vip", "Bulk"]},
        "Vip": {"Next": "Join"},
        "Bulk": {"Next": "Pack"},
        "Pack": {"Next": "Join"},
        "Plain": {"Next": "Join"},
        "Join": {},
    }


def test_choice_rules_by_name_are_not_open_ends() -> None:
    c = Pass("Start").next(Choice("Route").when(Var("$.a") == 1, "Start").otherwise(Pass("Out")))
    assert c.ends == ("Out",)


def test_choice_without_open_branch_cannot_continue() -> None:
    c = Choice("Route").when(Var("$.a") == 1, Succeed("Yes")).otherwise(Fail("No"))
    assert Chain.of(c).ends == ()
    with pytest.raises(ValidationError) as info:
        Chain.of(c).next(Pass("After"))
    assert info.value.problems == (
        Problem(
            "cannot continue the chain starting at 'Route': it has no open end (its last states "
            "are Succeed, Fail, Choice rules pointing elsewhere, or End=True)",
            "States.Route",
            "no-open-end",
        ),
    )


@pytest.mark.parametrize("back", ["by-name", "by-object"])
def test_polling_loop_back_to_wait(back: str) -> None:
    wait = Wait("Wait", seconds=30)
    target: Any = "Wait" if back == "by-name" else wait
    loop = wait.next(Task("Poll", resource=LAMBDA, result_path="$.status")).next(
        Choice("Done?")
        .when(Var("$.status") == "DONE", Succeed("Finished"))
        .when(Var("$.status") == "FAILED", Fail("Broken"))
        .otherwise(target)
    )
    machine = StateMachine(loop)
    assert machine.to_asl() == {
        "StartAt": "Wait",
        "States": {
            "Wait": {"Type": "Wait", "Seconds": 30, "Next": "Poll"},
            "Poll": {"Type": "Task", "Resource": LAMBDA, "ResultPath": "$.status", "Next": "Done?"},
            "Done?": {
                "Type": "Choice",
                "Choices": [
                    {"Variable": "$.status", "StringEquals": "DONE", "Next": "Finished"},
                    {"Variable": "$.status", "StringEquals": "FAILED", "Next": "Broken"},
                ],
                "Default": "Wait",
            },
            "Finished": {"Type": "Succeed"},
            "Broken": {"Type": "Fail"},
        },
    }


def test_loop_back_by_chain_object() -> None:
    head = Pass("Head").next(Pass("Body"))
    loop = head.next(Choice("Again?").when(Var("$.more") == True, head).otherwise(Succeed("Out")))  # noqa: E712
    assert flow(StateMachine(loop)) == {
        "Head": {"Next": "Body"},
        "Body": {"Next": "Again?"},
        "Again?": {"Default": "Out", "Choices": ["Head"]},
        "Out": {},
    }


def test_chain_function() -> None:
    c = chain(Pass("A"), Pass("B").next(Pass("C")), Succeed("D"))
    assert (c.start, c.ends) == ("A", ())
    assert flow(Graph.of(c)) == {
        "A": {"Next": "B"},
        "B": {"Next": "C"},
        "C": {"Next": "D"},
        "D": {},
    }
    assert chain(Pass("Only")).ends == ("Only",)
    with pytest.raises(TypeError, match=r"^chain\(\) needs at least one state or chain$"):
        chain()


def test_next_rejects_what_is_not_a_target() -> None:
    with pytest.raises(
        TypeError, match=r"^Chain\.next expects a state name, state or chain, got int$"
    ):
        Pass("A").next(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^expected a state or chain, got int 3$"):
        Chain.of(3)  # type: ignore[arg-type]


def test_next_by_name() -> None:
    c = Pass("A").next("Elsewhere")
    assert c.ends == ()
    assert flow(Graph.of(c)) == {"A": {"Next": "Elsewhere"}}


def test_catch_handler_ends_become_end() -> None:
    work = Task("Work", resource=LAMBDA).catch(
        Catch(["States.ALL"], next=Pass("Log").next(Pass("Notify")))
    )
    c = work.next(Succeed("Done"))
    assert c.ends == ()
    assert flow(StateMachine(c)) == {
        "Work": {"Next": "Done", "Catch": ["Log"]},
        "Log": {"Next": "Notify"},
        "Notify": {"End": True},
        "Done": {},
    }
    # The handler is not an open end of the chain: continuing only follows the Task.
    assert Chain.of(work).ends == ("Work",)


def test_catch_handler_shared_by_two_tasks() -> None:
    handler = Fail("Failed", error="Boom")
    c = (
        Task("One", resource=LAMBDA)
        .catch(Catch(["States.ALL"], next=handler))
        .next(Task("Two", resource=LAMBDA).catch(Catch(["States.ALL"], next=handler)))
    )
    assert flow(StateMachine(c)) == {
        "One": {"Next": "Two", "Catch": ["Failed"]},
        "Failed": {},
        "Two": {"End": True, "Catch": ["Failed"]},
    }


def test_building_twice_from_the_same_pieces_gives_equal_machines() -> None:
    def build() -> StateMachine:
        fetch = Task("Fetch", resource=LAMBDA, parameters={"FunctionName": "f", "Payload.$": "$"})
        check = (
            Choice("Ok?")
            .when(Var("$.ok").is_present() & (Var("$.ok") == True), Pass("Yes"))  # noqa: E712
            .otherwise(Fail("No", error="NotOk"))
        )
        branch = Pass("L").next(Pass("R"))
        return StateMachine(
            fetch.next(check).next(Parallel("Fan", branches=[branch, Succeed("S")])),
            name="Twice",
            comment=None,
        )

    first, second = build(), build()
    assert first == second
    assert first.to_json() == second.to_json()
    assert first.to_json(indent=None) == second.to_json(indent=None)
    assert StateMachine.from_asl(first.to_json()).to_json() == first.to_json()


def test_reusing_a_chain_object_twice_in_one_machine_is_the_same_states() -> None:
    tail = Pass("Tail")
    c = Choice("C").when(Var("$.a") == 1, tail).otherwise(tail)
    assert flow(StateMachine(c)) == {
        "C": {"Default": "Tail", "Choices": ["Tail"]},
        "Tail": {"End": True},
    }


@pytest.mark.parametrize(
    ("build", "message", "path"),
    [
        (
            lambda: Pass("A").next(Pass("B", comment="one")).next(Pass("B", comment="two")),
            "two different states are named 'B' (Pass and Pass); state names must be unique, rename one",
            "States.B",
        ),
        (
            lambda: Pass("A").next(Succeed("A")),
            "two different states are named 'A' (Pass and Succeed); state names must be unique, rename one",
            "States.A",
        ),
        (
            lambda: (
                Choice("C")
                .when(Var("$.a") == 1, Pass("X", result=1))
                .otherwise(Pass("X", result=2))
            ),
            "two different states are named 'X' (Pass and Pass); state names must be unique, rename one",
            "States.X",
        ),
    ],
)
def test_two_different_states_with_one_name_are_reported(
    build: Any, message: str, path: str
) -> None:
    with pytest.raises(ValidationError) as in_chain:
        Graph.of(build())
    assert [(p.message, p.path, p.code) for p in in_chain.value.problems] == [
        (message, path, "duplicate-state-name")
    ]
    with pytest.raises(ValidationError) as in_machine:
        StateMachine(build(), name="Clash")
    assert in_machine.value.subject == "state machine 'Clash'"
    assert [(p.message, p.path) for p in in_machine.value.problems] == [(message, path)]


def test_a_state_wired_to_two_different_next_states_is_reported() -> None:
    a = Pass("A")
    both = Choice("C").when(Var("$.x") == 1, a.next(Pass("B"))).otherwise(a.next(Pass("D")))
    with pytest.raises(ValidationError) as info:
        Graph.of(both)
    assert [(p.message, p.path, p.code) for p in info.value.problems] == [
        ("state 'A' would go to both 'B' and 'D'", "States.A.Next", "conflicting-next")
    ]


def test_changing_a_payload_dict_after_building_does_not_change_the_state() -> None:
    payload: dict[str, Any] = {"a": 1}
    state = Pass("S", parameters=payload, end=True)
    payload["a.$"] = "not a path"
    assert state.to_asl() == {"Type": "Pass", "Parameters": {"a": 1}, "End": True}


def test_graph_of_a_graph_is_itself_and_keeps_a_comment() -> None:
    g = Graph.of(Pass("A"))
    assert Graph.of(g) is g
    assert Graph.of(g, comment="branch").comment == "branch"
    assert g.names == ("A",)
    assert g.state("A") == Pass("A", end=True)
    with pytest.raises(KeyError):
        g.state("Nope")


def test_chains_compare_by_content() -> None:
    assert Pass("A").next(Pass("B")) == Pass("A").next(Pass("B"))
    assert Pass("A").next(Pass("B")) != Pass("A").next(Pass("C"))
    assert repr(Pass("A").next(Pass("B"))) == "Chain(start='A', states=['A', 'B'], ends=('B',))"


def test_state_machine_accepts_a_state_a_chain_or_a_graph() -> None:
    expected = {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": True}}}
    assert StateMachine(Pass("A")).to_asl() == expected
    assert StateMachine(Chain.of(Pass("A"))).to_asl() == expected
    assert StateMachine(Graph("A", [Pass("A", end=True)])).to_asl() == expected


def test_equal_chains_hash_alike() -> None:
    # The first chain holds Pass("P") twice (as rule target and as Default), the second once.
    twice = Chain.of(Choice("C").when(Var("$.a") == 1, Pass("P")).otherwise(Pass("P")))
    once = Chain.of(Choice("C").when(Var("$.a") == 1, Pass("P")).otherwise("P"))
    assert twice == once
    assert hash(twice) == hash(once)
    assert len({twice, once}) == 1


def test_states_and_graphs_holding_payloads_are_hashable() -> None:
    def build() -> Graph:
        return Graph.of(Pass("A", parameters={"xs": [1, {"y": Var("$.y")}]}).next(Pass("B")))

    assert hash(build()) == hash(build())
    assert {build(): 1}[build()] == 1


def test_continuing_a_chain_without_open_end_names_the_misspelt_target() -> None:
    decide = (
        Choice("Approved?")
        .when(Var("$.ok") == True, Succeed("Approved"))  # noqa: E712
        .otherwise("Declnied")
    )
    with pytest.raises(ValidationError) as info:
        Pass("Start").next(decide).next(Fail("Declined"))
    assert [(p.message, p.path, p.code) for p in info.value.problems] == [
        (
            "cannot continue the chain starting at 'Start': it has no open end (its last states "
            "are Succeed, Fail, Choice rules pointing elsewhere, or End=True); the Default of "
            "'Approved?' is 'Declnied', which is no state of this chain; did you mean 'Declined'?",
            "States.Approved?.Default",
            "no-open-end",
        )
    ]


def test_continuing_a_chain_that_truly_ends_says_only_that() -> None:
    with pytest.raises(ValidationError) as info:
        Pass("Start").next(Succeed("Done")).next(Pass("After"))
    assert [(p.message, p.path) for p in info.value.problems] == [
        (
            "cannot continue the chain starting at 'Start': it has no open end (its last states "
            "are Succeed, Fail, Choice rules pointing elsewhere, or End=True)",
            "States.Start",
        )
    ]
