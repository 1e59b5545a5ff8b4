"""The serverless-step-functions README setup: events, alarms, tags, activities, API keys.

Two state machines. ``myStateMachine`` calls a function by its ARN (built from the region, the
account and the ``service``/``stage`` build parameters), is started by an HTTP endpoint with
CORS, a private endpoint behind an API key and usage plan, an IAM-authorized endpoint, a
schedule with a fixed input and an EventBridge rule on EC2 state changes, and has the plugin's
alarm preset (with a per-metric ``treat_missing_data``). ``activityMachine`` runs the
``myTask`` activity.
"""

from __future__ import annotations

from sfdsl import StateMachine, Task
from sfdsl.cfn import (
    Activity,
    Alarms,
    ApiEndpoint,
    App,
    Authorizer,
    EventRule,
    Metric,
    RestApi,
    Schedule,
    UsagePlan,
)

TOPIC = "arn:aws:sns:us-east-1:123456789012:NotifyMe"
HELLO = (
    "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${param:service}-${param:stage}-hello"
)

my_task = Activity("myTask")
your_task = Activity("yourTask")

hello = StateMachine(
    Task("HelloWorld1", resource=HELLO),
    name="myStateMachine",
    comment="A Hello World example of the Amazon States Language using an AWS Lambda Function",
)
activity_machine = StateMachine(Task("HelloWorld2", resource=my_task.arn), name="activityMachine")

app = (
    App(
        "${param:service}",
        params={"service": "messager", "stage": "dev"},
        api=RestApi(
            stage="${param:stage}",
            usage_plan=UsagePlan(
                ["myFirstKey", "${param:stage}-myFirstKey"],
                quota_limit=5000,
                quota_offset=2,
                quota_period="MONTH",
                burst_limit=200,
                rate_limit=100,
            ),
        ),
    )
    .with_activities(my_task, your_task)
    .add(
        hello,
        tags={"Team": "Atlantis"},
        events=[
            ApiEndpoint("gofunction", "GET"),
            ApiEndpoint("posts/create", "POST", cors=True),
            ApiEndpoint("hello", "POST", private=True),
            ApiEndpoint("admin/start", "POST", authorizer=Authorizer.iam()),
            Schedule(
                "rate(10 minutes)",
                input={"key1": "value1", "key2": "value2", "stageParams": {"stage": "dev"}},
            ),
            EventRule(
                {
                    "source": ["aws.ec2"],
                    "detail-type": ["EC2 Instance State-change Notification"],
                    "detail": {"state": ["pending"]},
                },
                description="CloudWatch Event triggered on EC2 Instance pending state",
            ),
        ],
        alarms=Alarms(
            ok=TOPIC,
            alarm=TOPIC,
            insufficient_data=TOPIC,
            metrics=[
                "executionsTimedOut",
                "executionsFailed",
                "executionsAborted",
                Metric("executionThrottled", treat_missing_data="breaching"),
            ],
            treat_missing_data="ignore",
        ),
    )
    .add(activity_machine, tags={"Team": "Atlantis"})
)
