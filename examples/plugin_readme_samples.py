"""The state machine samples of the serverless-step-functions README, in one application.

Wait (seconds, timestamp, timestamp path, seconds path), Retry (three rules), Catch (three
fallbacks), Parallel (two branches), Choice (numeric rules with a Fail default) and Map (an
inline Map over ``$.items`` calling a function with concurrency 5). The function each machine
calls is defined once; each role may invoke only that function (and its versions).
"""

from __future__ import annotations

from sfdsl import (
    Catch,
    Choice,
    Fail,
    Map,
    Parallel,
    Pass,
    Retry,
    StateMachine,
    States,
    Task,
    Var,
    Wait,
)
from sfdsl.cfn import App, Function

HANDLER = "def handler(event, context):\n    return event\n"

hello = Function("HelloFunction", code=HANDLER)
hello1, hello2, hello3, hello4 = (Function(f"Hello{i}Function", code=HANDLER) for i in range(1, 5))

wait_machine = StateMachine(
    Task("FirstState", resource=hello.arn)
    .next(Wait("wait_using_seconds", seconds=10))
    .next(Wait("wait_using_timestamp", timestamp="2015-09-04T01:59:00Z"))
    .next(Wait("wait_using_timestamp_path", timestamp_path="$.expirydate"))
    .next(Wait("wait_using_seconds_path", seconds_path="$.expiryseconds"))
    .next(Task("FinalState", resource=hello.arn)),
    name="yourWaitMachine",
    comment="An example of the Amazon States Language using wait states",
)

retry_machine = StateMachine(
    Task("HelloWorld", resource=hello.arn).retry(
        Retry(["HandledError"], interval_seconds=1, max_attempts=2, backoff_rate=2),
        Retry([States.TaskFailed], interval_seconds=30, max_attempts=2, backoff_rate=2),
        Retry([States.ALL], interval_seconds=5, max_attempts=5, backoff_rate=2),
    ),
    name="yourRetryMachine",
    comment="A Retry example of the Amazon States Language using an AWS Lambda Function",
)

catch_machine = StateMachine(
    Task("HelloWorld", resource=hello.arn).catch(
        Catch(
            ["HandledError"],
            next=Pass(
                "CustomErrorFallback",
                result="This is a fallback from a custom lambda function exception",
            ),
        ),
        Catch(
            [States.TaskFailed],
            next=Pass(
                "ReservedTypeFallback", result="This is a fallback from a reserved error code"
            ),
        ),
        Catch(
            [States.ALL],
            next=Pass("CatchAllFallback", result="This is a fallback from a reserved error code"),
        ),
    ),
    name="yourCatchMachine",
    comment="A Catch example of the Amazon States Language using an AWS Lambda Function",
)

parallel_machine = StateMachine(
    Parallel(
        "Parallel",
        branches=[
            Wait("Wait 20s", seconds=20),
            Pass("Pass").next(Wait("Wait 10s", seconds=10)),
        ],
    ).next(Pass("Final State")),
    name="yourParallelMachine",
    comment="An example of the Amazon States Language using a parallel state to execute two branches at the same time.",
)

next_state = Task("NextState", resource=hello4.arn)
choice_machine = StateMachine(
    Task("FirstState", resource=hello1.arn).next(
        Choice("ChoiceState")
        .when(Var("$.foo") == 1, Task("FirstMatchState", resource=hello2.arn).next(next_state))
        .when(Var("$.foo") == 2, Task("SecondMatchState", resource=hello3.arn).next(next_state))
        .otherwise(Fail("DefaultState", cause="No Matches!"))
    ),
    name="yourChoiceMachine",
    comment="An example of the Amazon States Language using a choice state.",
)

map_machine = StateMachine(
    Map(
        "EachItem",
        item_processor=Task("Handle", resource=hello.arn),
        items_path="$.items",
        max_concurrency=5,
    ),
    name="yourMapMachine",
    comment="An example of the Amazon States Language using an inline Map state.",
)

app = (
    App("readme-samples")
    .with_functions(hello, hello1, hello2, hello3, hello4)
    .add(wait_machine)
    .add(retry_machine)
    .add(catch_machine)
    .add(parallel_machine)
    .add(choice_machine)
    .add(map_machine)
)
