"""sfdsl: a typed Python DSL for AWS Step Functions.

Write workflows as frozen Python objects, checked the moment they are built, and get the ASL
definition, a CloudFormation template with least-privilege IAM, and local test runs.

Example:
    >>> from sfdsl import Choice, Pass, StateMachine, Succeed, Task, Var
    >>> check = (Choice("Big?")
    ...          .when(Var("$.total") > 100, Pass("Review").next(Succeed("Reviewed")))
    ...          .otherwise(Succeed("Done")))
    >>> sm = StateMachine(Task("Price", resource="arn:aws:states:::lambda:invoke",
    ...                        parameters={"FunctionName": "price", "Payload.$": "$"},
    ...                        result_selector={"total.$": "$.Payload.total"}).next(check))
    >>> list(sm.to_asl()["States"])
    ['Price', 'Big?', 'Review', 'Reviewed', 'Done']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from sfdsl._chain import Chain, Graph, chain
from sfdsl._checks import checked_as_asl
from sfdsl._machine import StateMachine
from sfdsl._states import (
    Catch,
    Choice,
    ChoiceRule,
    Credentials,
    Fail,
    ItemBatcher,
    ItemReader,
    Map,
    Parallel,
    Pass,
    ProcessorConfig,
    ReaderConfig,
    ResultWriter,
    Retry,
    State,
    Succeed,
    Task,
    Wait,
    WriterConfig,
)
from sfdsl._values import DISCARD, Jsonata, Placeholder
from sfdsl.errors import Problem, SfdslError, ValidationError

if TYPE_CHECKING:
    from sfdsl._conditions import (
        And,
        Bool,
        Comparison,
        Condition,
        JsonataCondition,
        Not,
        Num,
        Or,
        Str,
        Timestamp,
        Var,
    )
    from sfdsl._intrinsics import IntrinsicCall, States
    from sfdsl._jsonpath import JsonPath
    from sfdsl._render import render_asl
    from sfdsl._runner import (
        Delayed,
        Execution,
        HistoryEvent,
        LambdaHandler,
        MockConfig,
        MockError,
        Mocks,
        StateResult,
        load_mock_config,
        run,
        test_state,
    )

__version__ = "0.1.0"

_LAZY = {
    # Imported on first use to keep ``import sfdsl`` fast.
    "And": "sfdsl._conditions",
    "Bool": "sfdsl._conditions",
    "Comparison": "sfdsl._conditions",
    "Condition": "sfdsl._conditions",
    "JsonataCondition": "sfdsl._conditions",
    "Not": "sfdsl._conditions",
    "Num": "sfdsl._conditions",
    "Or": "sfdsl._conditions",
    "Str": "sfdsl._conditions",
    "Timestamp": "sfdsl._conditions",
    "Var": "sfdsl._conditions",
    "IntrinsicCall": "sfdsl._intrinsics",
    "States": "sfdsl._intrinsics",
    "JsonPath": "sfdsl._jsonpath",
    "render_asl": "sfdsl._render",
    "Delayed": "sfdsl._runner",
    "Execution": "sfdsl._runner",
    "HistoryEvent": "sfdsl._runner",
    "LambdaHandler": "sfdsl._runner",
    "MockConfig": "sfdsl._runner",
    "MockError": "sfdsl._runner",
    "Mocks": "sfdsl._runner",
    "StateResult": "sfdsl._runner",
    "load_mock_config": "sfdsl._runner",
    "run": "sfdsl._runner",
    "test_state": "sfdsl._runner",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'sfdsl' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "DISCARD",
    "And",
    "Bool",
    "Catch",
    "Chain",
    "Choice",
    "ChoiceRule",
    "Comparison",
    "Condition",
    "Credentials",
    "Delayed",
    "Execution",
    "Fail",
    "Graph",
    "HistoryEvent",
    "IntrinsicCall",
    "ItemBatcher",
    "ItemReader",
    "JsonPath",
    "Jsonata",
    "JsonataCondition",
    "LambdaHandler",
    "Map",
    "MockConfig",
    "MockError",
    "Mocks",
    "Not",
    "Num",
    "Or",
    "Parallel",
    "Pass",
    "Placeholder",
    "Problem",
    "ProcessorConfig",
    "ReaderConfig",
    "ResultWriter",
    "Retry",
    "SfdslError",
    "State",
    "StateMachine",
    "StateResult",
    "States",
    "Str",
    "Succeed",
    "Task",
    "Timestamp",
    "ValidationError",
    "Var",
    "Wait",
    "WriterConfig",
    "__version__",
    "chain",
    "checked_as_asl",
    "load_mock_config",
    "render_asl",
    "run",
    "test_state",
]
