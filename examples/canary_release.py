"""Release a new workflow definition gradually, with automatic rollback, and get told about failures.

Every change of the definition publishes a new state machine version; the ``live`` alias moves
10% of new executions to it, then the rest after 5 minutes, and rolls back by itself if one of
the generated alarms (failed, timed out, aborted, throttled executions) fires. Running
executions keep their version. Failed and timed-out executions are sent to an existing SNS topic and
SQS queue (with the topic and queue policies EventBridge needs); the schedule and the EventBridge rule start executions on
the alias.
"""

from __future__ import annotations

from sfdsl import StateMachine, Var, aws
from sfdsl.cfn import (
    Alarms,
    App,
    EventRule,
    Function,
    Logging,
    Notifications,
    Publish,
    Schedule,
    Target,
)

ALERTS = "arn:aws:sns:us-east-1:123456789012:payments-alerts"
FAILURES_QUEUE = "arn:aws:sqs:us-east-1:123456789012:payments-failures"

charge = Function(
    "ChargeFunction",
    code="def handler(event, context):\n    return {'charged': True}\n",
)

machine = StateMachine(
    aws.lambda_invoke(
        "Charge",
        function_name=charge,
        payload=Var("$"),
        result_selector={"charged.$": "$.Payload.charged"},
    ),
    name="payments",
)

app = (
    App("payments", tags={"team": "payments"})
    .with_functions(charge)
    .add(
        machine,
        logging=Logging("ERROR"),
        tracing=True,
        alarms=Alarms(alarm=ALERTS, ok=ALERTS),
        notifications=Notifications(
            failed=[Target.sns(ALERTS), Target.sqs(FAILURES_QUEUE)],
            timed_out=[Target.sns(ALERTS)],
        ),
        events=[
            Schedule("cron(0 3 * * ? *)", input={"batch": "nightly"}),
            EventRule({"source": ["shop.orders"], "detail-type": ["OrderPlaced"]}),
        ],
        publish=Publish(
            "live",
            deployment="CANARY",
            percentage=10,
            interval_minutes=5,
            rollback_alarms="generated",
        ),
    )
)
