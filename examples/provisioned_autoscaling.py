"""Keep a latency-sensitive function warm, with more warm workers in the day than at night.

Provisioned concurrency is set on a published version (through an alias), never on ``$LATEST``.
``quote`` keeps 2 warm workers, scales between 1 and 10 on their utilization (target 80%), and
a schedule switches it to 10 at 08:00 and back to 2 at 18:00 (UTC). The workflow calls the alias
(``quote.arn``), so its executions use those warm workers; throttling is retried.
"""

from __future__ import annotations

from sfdsl import Choice, Fail, Retry, StateMachine, Succeed, Task, Var
from sfdsl.cfn import App, Autoscaling, Function, ProvisionedConcurrency, ScheduledScaling

quote = Function(
    "QuoteFunction",
    code="def handler(event, context):\n    return {'price': 42, 'currency': 'EUR'}\n",
    provisioned=ProvisionedConcurrency(
        2,
        autoscaling=Autoscaling(
            1,
            10,
            target_utilization=0.8,
            scheduled=[
                ScheduledScaling("day", "cron(0 8 * * ? *)", min_capacity=10, max_capacity=10),
                ScheduledScaling("night", "cron(0 18 * * ? *)", min_capacity=2, max_capacity=2),
            ],
        ),
    ),
)

priced = (
    Choice("Priced?")
    .when(Var("$.price").is_present() & (Var("$.price") > 0), Succeed("Quoted"))
    .otherwise(Fail("NoPrice", error="Quote.NoPrice", cause="the quote has no positive price"))
)
machine = StateMachine(
    Task("GetQuote", resource=quote.arn)
    .retry(Retry(["Lambda.TooManyRequestsException"], interval_seconds=1, max_attempts=3))
    .next(priced),
    name="quote",
)

app = App("quotes").with_functions(quote).add(machine)
