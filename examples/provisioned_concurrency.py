"""Keep the Lambda functions of a workflow warm with provisioned concurrency.

Provisioned concurrency applies to an alias of a published version, never to ``$LATEST``; a task
that calls the unqualified function gets no warm workers. Here ``Function.arn`` of a function
with ``ProvisionedConcurrency`` is the alias, so the tasks call the alias without naming it, and
the role may invoke the function's versions and aliases. ``hello`` scales its provisioned
concurrency between 2 and 10 (daytime schedule plus target tracking at 70% utilization).
"""

from __future__ import annotations

from sfdsl import StateMachine, Task
from sfdsl.cfn import (
    App,
    Autoscaling,
    Function,
    ProvisionedConcurrency,
    ScheduledScaling,
)

HANDLER = "def handler(event, context):\n    return event\n"

hello = Function(
    "HelloFunction",
    code=HANDLER,
    provisioned=ProvisionedConcurrency(
        3,
        autoscaling=Autoscaling(
            2,
            10,
            target_utilization=0.7,
            scheduled=[
                ScheduledScaling("day", "cron(0 8 * * ? *)", min_capacity=10, max_capacity=10),
                ScheduledScaling("night", "cron(0 18 * * ? *)", min_capacity=2, max_capacity=2),
            ],
        ),
    ),
)
hi = Function("HiFunction", code=HANDLER, provisioned=ProvisionedConcurrency(3))

machine = StateMachine(
    Task("HelloWorld", resource=hello.arn).next(Task("HiWorld", resource=hi.arn)),
    name="hello",
    comment="A Hello World example",
)

app = App("step-function-test").with_functions(hello, hi).add(machine)
