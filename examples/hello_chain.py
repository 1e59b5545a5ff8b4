"""Two Lambda functions called one after the other (the serverless "hello" / "hi" chain).

Shows: functions defined in the template (``Function``), their ``.arn`` handles used as Task
resources, and the generated least-privilege role that may invoke exactly these two functions.
"""

from __future__ import annotations

from sfdsl import StateMachine, Task
from sfdsl.cfn import App, Function

HANDLER = "def handler(event, context):\n    return {'greeting': 'hello'}\n"

hello = Function("HelloFunction", code=HANDLER, function_name="${param:stage}-hello")
hi = Function("HiFunction", code=HANDLER, function_name="${param:stage}-hi")

machine = StateMachine(
    Task("HelloWorld", resource=hello.arn).next(Task("HiWorld", resource=hi.arn)),
    name="hello",
    comment="A Hello World example",
)

app = App("step-function-test", params={"stage": "sbx"}).with_functions(hello, hi).add(machine)
