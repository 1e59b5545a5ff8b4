"""Pin a workflow to the exact Lambda versions it was deployed with.

An execution waits five minutes before calling ``hello``; if a deployment changes ``hello`` in
the meantime, the running execution still calls the version it started with, because the task
calls a published ``AWS::Lambda::Version`` (kept when replaced) instead of ``$LATEST``. The role
allows ``lambda:InvokeFunction`` on the function and its versions (``function:hello:*``).
"""

from __future__ import annotations

from sfdsl import Choice, Fail, StateMachine, Succeed, Task, Var, Wait
from sfdsl.cfn import App, Function

hello = Function(
    "HelloFunction",
    code="def handler(event, context):\n    return 'Approved'\n",
    exact_version=True,
)

decide = Choice("Decide").when(Var("$") == "Approved", Succeed("Success")).otherwise(Fail("Failed"))
machine = StateMachine(
    Wait("Wait", seconds=300).next(Task("Hello", resource=hello.arn)).next(decide),
    name="approval",
)

app = App("exact-versions").with_functions(hello).add(machine)
