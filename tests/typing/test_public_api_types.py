"""The public fluent API as the type checker sees it: ``mypy --strict`` checks every ``assert_type``.

pytest runs ``test_fluent_api_types`` (the runtime must agree with the static types) and
``test_mypy_accepts_this_file``, which runs mypy on this file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from mypy_expect import run_mypy
from typing_extensions import assert_type

import sfdsl
from sfdsl import (
    And,
    Catch,
    Chain,
    Choice,
    Comparison,
    Fail,
    Graph,
    IntrinsicCall,
    Map,
    Not,
    Num,
    Or,
    Parallel,
    Pass,
    Retry,
    StateMachine,
    States,
    Str,
    Succeed,
    Task,
    Var,
    Wait,
    chain,
)
from sfdsl.errors import Problem

LAMBDA = "arn:aws:states:::lambda:invoke"


def test_fluent_api_types() -> None:
    # States chain into Chains; chains keep chaining.
    ab = Pass("A").next(Pass("B"))
    assert_type(ab, Chain)
    assert_type(ab.next("C"), Chain)
    assert_type(ab.next(Succeed("Done")), Chain)
    assert_type(chain(Pass("X"), Pass("Y")), Chain)
    assert_type(Chain.of(Pass("Z")), Chain)
    assert_type(ab.ends, tuple[str, ...])

    # Fluent rule methods return the state's own type.
    task = Task("T", resource=LAMBDA)
    assert_type(task.retry(Retry(["States.ALL"])), Task)
    assert_type(task.catch(Catch(["States.ALL"], next="F")), Task)
    assert_type(Parallel("P", branches=[Pass("Q")]).retry(Retry(["States.ALL"])), Parallel)
    assert_type(Map("M", item_processor=Pass("I")).catch(Catch(["States.ALL"], next="F")), Map)
    assert_type(task.with_(comment="c"), Task)
    assert_type(Wait("W", seconds=1).with_(seconds=2), Wait)

    choice = Choice("C").when(Var("$.n") > 1, "Big")
    assert_type(choice, Choice)
    assert_type(choice.when("{% $states.input.ok %}", Fail("F")), Choice)
    assert_type(choice.otherwise(Succeed("S")), Choice)

    # Machines in and out.
    machine = StateMachine(ab)
    assert_type(machine, StateMachine)
    assert_type(StateMachine.from_asl(machine.to_asl()), StateMachine)
    assert_type(StateMachine.from_asl(machine.to_json()), StateMachine)
    assert_type(machine.to_asl(), dict[str, Any])
    assert_type(machine.to_json(), str)
    assert_type(machine.with_(timeout_seconds=5), StateMachine)
    assert_type(machine.graph, Graph)
    assert_type(Graph.of(ab), Graph)
    assert_type(machine.warnings, tuple[Problem, ...])

    # Var comparisons build conditions; & | ~ combine them.
    big = Var("$.n") > 1
    named = Var("$.name") == "x"
    assert_type(big, Comparison)
    assert_type(named, Comparison)
    assert_type(Var("$.ok") == True, Comparison)  # noqa: E712
    assert_type(Var("$.n") <= 2.5, Comparison)
    assert_type(Var("$.n") != 3, Not)
    assert_type(Var("$.s").matches("a*"), Comparison)
    assert_type(Var("$.s").is_present(), Comparison)
    assert_type(Num("$.a") < Num("$.b"), Comparison)
    assert_type(Str("$.a") >= "m", Comparison)
    assert_type(big & named, And)
    assert_type(big | named, Or)
    assert_type(~big, Not)
    assert_type((big & named) | ~big, Or)

    # Intrinsic builders.
    assert_type(States.Format("Hi {}", Var("$.name")), IntrinsicCall)
    assert_type(States.Array(1, "two", Var("$.three")), IntrinsicCall)
    assert_type(States.ArrayLength(Var("$.xs")), IntrinsicCall)
    assert_type(States.MathAdd(Var("$.n"), 1), IntrinsicCall)
    assert_type(States.Hash(Var("$.data"), "SHA-256"), IntrinsicCall)
    assert_type(States.UUID(), IntrinsicCall)
    assert_type(States.StringToJson(States.JsonToString(Var("$.o"))), IntrinsicCall)

    # Fail paths take intrinsic calls, as the ASL spec allows.
    assert_type(Fail("Oops", cause_path=States.Format("bad {}", Var("$.id"))), Fail)

    # The CloudFormation side: an App, its template, placeholders as template Parameters.
    from sfdsl import cfn

    app = cfn.App("shop", placeholders="parameters").add(machine.with_(name="orders"))
    assert_type(app, cfn.App)
    template = cfn.template_for(app)
    assert_type(cfn.render(template, "json"), str)

    # The runtime agrees with the static types.
    assert isinstance(ab, Chain)
    assert isinstance(task.retry(Retry(["States.ALL"])), Task)
    assert isinstance(big & named, And)
    assert isinstance(States.UUID(), IntrinsicCall)
    assert isinstance(StateMachine.from_asl(machine.to_asl()), StateMachine)


def test_lazy_exports_are_the_same_objects() -> None:
    from sfdsl import _conditions, _intrinsics

    assert sfdsl.Var is _conditions.Var
    assert sfdsl.States is _intrinsics.States


@pytest.mark.slow
def test_mypy_accepts_this_file() -> None:
    assert run_mypy(Path(__file__)) == ("", "", 0)
