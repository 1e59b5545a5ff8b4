"""The hello chain: two Lambda functions called one after the other, with a retry.

Shows the smallest useful workflow: ``Task`` states chained with ``.next()``, a ``Retry`` on
the errors Lambda reports when it is throttled or restarting, and a ``Succeed`` at the end.

    sfdsl validate examples/hello.py
    sfdsl build examples/hello.py
    sfdsl run examples/hello.py --input '{"name": "Ada"}'  # needs mocks for the tasks
"""

from __future__ import annotations

from sfdsl import Retry, StateMachine, Succeed, Task

LAMBDA_ERRORS = ("Lambda.ServiceException", "Lambda.TooManyRequestsException")
FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:{}"

hello = Task("HelloWorld", resource=FUNCTION.format("hello")).retry(
    Retry(LAMBDA_ERRORS, interval_seconds=2, max_attempts=3, backoff_rate=2.0)
)
hi = Task("HiWorld", resource=FUNCTION.format("hi"), result_path="$.greeting")

machine = StateMachine(
    hello.next(hi).next(Succeed("Done")),
    name="hello",
    comment="A Hello World example",
)
