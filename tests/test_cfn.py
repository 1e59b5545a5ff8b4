"""The CloudFormation builder: resources, substitutions, roles, options and error messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from troposphere import Template

from sfdsl import Pass, StateMachine, Succeed, Task
from sfdsl._values import FrozenDict
from sfdsl.cfn import (
    Alarms,
    ApiEndpoint,
    App,
    Cors,
    Encryption,
    EventRule,
    Function,
    Logging,
    Notifications,
    ProvisionedConcurrency,
    Publish,
    Schedule,
    Target,
    render,
    template_for,
)
from sfdsl.cfn._build.common import queue_url
from sfdsl.cfn._schedules import schedule_problem
from sfdsl.cfn._template import json_text
from sfdsl.errors import BuildError, SfdslWarning, ValidationError

HANDLER = "def handler(event, context):\n    return event\n"


def _doc(obj: App | StateMachine, **params: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render(template_for(obj, parameters=params), "json"))
    return data


def _machine() -> StateMachine:
    return StateMachine(Pass("A").next(Succeed("Done")), name="orders")


def _with_worker() -> Template:
    """A caller's template that already defines the Lambda function ``Worker``."""
    from troposphere import awslambda

    template = Template()
    template.add_resource(
        awslambda.Function(
            "Worker",
            Code=awslambda.Code(ZipFile=HANDLER),
            Handler="index.handler",
            Role="arn:aws:iam::123456789012:role/worker",
            Runtime="python3.12",
        )
    )
    return template


@pytest.mark.parametrize(
    ("expression", "problem"),
    [
        ("rate(5 minutes)", None),
        ("rate(1 minute)", None),
        ("cron(0 12 * * ? *)", None),
        ("cron(0/15 8-17 ? * MON-FRI *)", None),
        (
            "rate(1 minutes)",
            "rate(1 minutes): the unit must be singular for 1; write 'rate(1 minute)'",
        ),
        ("rate(2 hour)", "rate(2 hour): the unit must be plural for 2; write 'rate(2 hours)'"),
        ("rate(0 minutes)", "rate(0 minutes): the value must be a positive integer"),
        (
            "rate(5 weeks)",
            "rate(5 weeks): expected 'rate(<positive integer> minute(s)|hour(s)|day(s))', e.g. 'rate(5 minutes)'",
        ),
        (
            "cron(0 12 * * *)",
            "cron(0 12 * * *): a cron expression has 6 fields (minutes hours day-of-month month day-of-week year), got 5; e.g. 'cron(0 12 * * ? *)'",
        ),
        (
            "cron(0 12 * * * *)",
            "cron(0 12 * * * *): exactly one of day-of-month and day-of-week must be '?'; e.g. 'cron(0 12 * * ? *)'",
        ),
        ("every day", "'every day' is not a schedule expression; use 'rate(...)', 'cron(...)'"),
        ("cron(0 1 ? * MON-FRI 2020-2030)", None),
        ("cron(0 1 L * ? *)", None),
        ("cron(0 1 15W * ? *)", None),
        ("cron(0 1 ? * 6L *)", None),
        ("cron(0 1 ? * MON#2 *)", None),
        ("cron(*/5 * * JAN,JUL ? *)", None),
        (
            "cron(0 25 * * ? *)",
            "cron(0 25 * * ? *): invalid hours field '25': '25' is out of range; expected 0-23",
        ),
        (
            "cron(60 1 * * ? *)",
            "cron(60 1 * * ? *): invalid minutes field '60': '60' is out of range; expected 0-59",
        ),
        (
            "cron(0 1 0 * ? *)",
            "cron(0 1 0 * ? *): invalid day-of-month field '0': '0' is out of range; expected 1-31",
        ),
        (
            "cron(0 1 * 1-13 ? *)",
            "cron(0 1 * 1-13 ? *): invalid month field '1-13': '13' is out of range; expected 1-12 or JAN-DEC",
        ),
        (
            "cron(0 1 ? * 8 *)",
            "cron(0 1 ? * 8 *): invalid day-of-week field '8': '8' is out of range; expected 1-7 or SUN-SAT",
        ),
        (
            "cron(0 1 * * ? 1969)",
            "cron(0 1 * * ? 1969): invalid year field '1969': '1969' is out of range; expected 1970-2199",
        ),
        (
            "cron(0 ? * * ? *)",
            "cron(0 ? * * ? *): invalid hours field '?': '?' is allowed only in day-of-month and day-of-week",
        ),
        (
            "cron(0/0 1 * * ? *)",
            "cron(0/0 1 * * ? *): invalid minutes field '0/0': the increment after '/' must be a positive integer, got '0'",
        ),
        (
            "cron(0 1 ? * 3#6 *)",
            "cron(0 1 ? * 3#6 *): invalid day-of-week field '3#6': the week number after '#' must be 1-5, got 6",
        ),
        (
            "cron(0 1 ? * MON,? *)",
            "cron(0 1 ? * MON,? *): invalid day-of-week field 'MON,?': '?' is out of range; expected 1-7 or SUN-SAT",
        ),
        (
            "cron(0 1 ? * ? *)",
            "cron(0 1 ? * ? *): exactly one of day-of-month and day-of-week must be '?'; e.g. 'cron(0 12 * * ? *)'",
        ),
        (
            "at(2027-01-01T09:00:00)",
            "at(2027-01-01T09:00:00): a one-time 'at(...)' schedule needs EventBridge Scheduler; pass scheduler=True",
        ),
    ],
)
def test_schedule_expressions(expression: str, problem: str | None) -> None:
    assert schedule_problem(expression) == problem


def test_one_time_schedule_is_accepted_by_scheduler() -> None:
    assert Schedule("at(2027-01-01T09:00:00)", scheduler=True).scheduler


def test_schedule_is_checked_when_written() -> None:
    with pytest.raises(
        ValueError, match=r"^timezone needs EventBridge Scheduler: pass scheduler=True$"
    ):
        Schedule("rate(1 hour)", timezone="Europe/Paris")


def test_single_state_machine_template() -> None:
    doc = _doc(_machine())
    assert list(doc["Resources"]) == ["OrdersRole", "Orders"]
    sm = doc["Resources"]["Orders"]
    assert sm["Type"] == "AWS::StepFunctions::StateMachine"
    assert sm["Properties"]["Definition"] == _machine().to_asl()
    assert sm["Properties"]["RoleArn"] == {"Fn::GetAtt": ["OrdersRole", "Arn"]}
    assert sm["Properties"]["StateMachineName"] == "orders"
    assert sm["Properties"]["StateMachineType"] == "STANDARD"
    assert "DefinitionSubstitutions" not in sm["Properties"]
    role = doc["Resources"]["OrdersRole"]["Properties"]
    # A workflow of Pass states needs no permission: the role has no inline policy at all.
    assert "Policies" not in role
    trust = role["AssumeRolePolicyDocument"]["Statement"][0]
    assert trust["Principal"] == {"Service": ["states.amazonaws.com"]}
    assert trust["Condition"] == {
        "StringEquals": {"aws:SourceAccount": {"Ref": "AWS::AccountId"}},
        "ArnLike": {
            "aws:SourceArn": {
                "Fn::Sub": "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:orders"
            }
        },
    }
    assert doc["Outputs"]["OrdersArn"]["Value"] == {"Ref": "Orders"}
    assert doc["Outputs"]["OrdersName"]["Value"] == {"Fn::GetAtt": ["Orders", "Name"]}


def test_given_role_options_and_outputs_off() -> None:
    other = {"Type": "AWS::SQS::Queue"}
    app = App(tags={"team": "a"}, resources={"Other": other}).add(
        _machine(),
        logical_id="Main",
        role={"Fn::ImportValue": "shared-role-arn"},
        tags={"team": "b", "env": "prod"},
        depends_on="Other",
        retain=True,
        outputs=False,
        tracing=True,
    )
    doc = _doc(app)
    assert list(doc["Resources"]) == ["Other", "Main"]
    assert "Outputs" not in doc
    main = doc["Resources"]["Main"]
    assert main["DependsOn"] == ["Other"]
    assert main["DeletionPolicy"] == "Retain"
    assert main["UpdateReplacePolicy"] == "Retain"
    props = main["Properties"]
    assert props["RoleArn"] == {"Fn::ImportValue": "shared-role-arn"}
    assert props["Tags"] == [{"Key": "team", "Value": "b"}, {"Key": "env", "Value": "prod"}]
    assert props["TracingConfiguration"] == {"Enabled": True}


def test_logging_and_encryption_add_resources_and_permissions() -> None:
    key = "arn:aws:kms:us-east-1:123456789012:key/k1"
    app = App().add(
        _machine(), logging=Logging("ALL", include_execution_data=True), encryption=Encryption(key)
    )
    doc = _doc(app)
    assert doc["Resources"]["OrdersLogGroup"] == {
        "Type": "AWS::Logs::LogGroup",
        "Properties": {"LogGroupName": "/aws/vendedlogs/states/orders", "RetentionInDays": 30},
    }
    props = doc["Resources"]["Orders"]["Properties"]
    assert props["LoggingConfiguration"] == {
        "Level": "ALL",
        "IncludeExecutionData": True,
        "Destinations": [
            {"CloudWatchLogsLogGroup": {"LogGroupArn": {"Fn::GetAtt": ["OrdersLogGroup", "Arn"]}}}
        ],
    }
    assert props["EncryptionConfiguration"] == {
        "Type": "CUSTOMER_MANAGED_KMS_KEY",
        "KmsKeyId": key,
        "KmsDataKeyReusePeriodSeconds": 300,
    }
    statements = doc["Resources"]["OrdersRole"]["Properties"]["Policies"][0]["PolicyDocument"][
        "Statement"
    ]
    actions = [a for s in statements for a in s["Action"]]
    assert "logs:CreateLogDelivery" in actions
    assert {"kms:Decrypt", "kms:GenerateDataKey"} <= set(actions)


def test_intrinsics_and_pseudo_parameters_become_substitutions() -> None:
    machine = StateMachine(
        Task("A", resource={"Fn::GetAtt": ["Worker", "Arn"]}).next(
            Task(
                "B",
                resource="arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${param:stage}-b",
            )
        ),
        name="m",
    )
    app = App(params={"stage": "dev"}).with_functions(Function.ref("Worker")).add(machine)
    template = _with_worker()
    app.add_to(template, parameters={"stage": "prod"})
    props = template.to_dict()["Resources"]["M"]["Properties"]
    assert props["Definition"]["States"]["A"]["Resource"] == "${WorkerArn}"
    assert props["Definition"]["States"]["B"]["Resource"] == "${BResource}"
    assert props["DefinitionSubstitutions"] == {
        "BResource": {"Fn::Sub": "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:prod-b"},
        "WorkerArn": {"Fn::GetAtt": ["Worker", "Arn"]},
    }


def test_unknown_parameter_and_placeholder_errors() -> None:
    machine = StateMachine(
        Task("A", resource="arn:aws:lambda:us-east-1:1:function:${param:stage}"), name="m"
    )
    with pytest.raises(BuildError) as info:
        template_for(App().add(machine), parameters={"stag": "prod"})
    assert [p.message for p in info.value.problems] == [
        "parameter 'stag' is not declared by the app (declared: none); declare it with App(params={'stag': 'default'}) or drop it",
        "${param:stage} has no value (parameters: stag); declare it with App(params={'stage': 'default'}) or pass --param stage=VALUE",
    ]


def test_a_parameter_the_app_uses_without_declaring_it_takes_a_build_value() -> None:
    # What `sfdsl import` writes for a serverless variable that had no value.
    machine = StateMachine(
        Task("A", resource="arn:aws:lambda:us-east-1:123456789012:function:${param:service}-a"),
        name="m",
    )
    template = template_for(App().add(machine), parameters={"service": "shop"}).to_dict()
    [props] = [
        r["Properties"]
        for r in template["Resources"].values()
        if r["Type"] == "AWS::StepFunctions::StateMachine"
    ]
    assert json.dumps(props["Definition"]).count("function:shop-a") == 1
    with pytest.raises(BuildError) as info:
        template_for(App().add(machine), parameters={"servce": "shop"})
    assert [p.code for p in info.value.problems] == ["unknown-parameter", "unknown-parameter"]
    assert info.value.problems[0].message.startswith("parameter 'servce' is not declared")


def test_provisioned_function_through_latest_is_an_error() -> None:
    fn = Function("Hello", code=HANDLER, provisioned=ProvisionedConcurrency(3))
    machine = StateMachine(Task("Call", resource=fn.latest), name="m")
    with pytest.raises(BuildError) as info:
        template_for(App().with_functions(fn).add(machine))
    assert [p.message for p in info.value.problems] == [
        "States.Call.Resource calls function 'Hello' through $LATEST, but its provisioned "
        "concurrency is on alias 'provisioned', so every call would be a cold start; use "
        "Hello.arn (or .alias) in the task instead of .latest or its unqualified ARN"
    ]


def test_provisioned_function_arn_calls_the_alias() -> None:
    fn = Function("Hello", code=HANDLER, provisioned=ProvisionedConcurrency(3))
    doc = _doc(App().with_functions(fn).add(StateMachine(Task("Call", resource=fn.arn), name="m")))
    version = fn.version_logical_id
    assert doc["Resources"]["HelloProvConcLambdaAlias"]["Properties"] == {
        "FunctionName": {"Ref": "Hello"},
        "FunctionVersion": {"Fn::GetAtt": [version, "Version"]},
        "Name": "provisioned",
        "ProvisionedConcurrencyConfig": {"ProvisionedConcurrentExecutions": 3},
    }
    assert doc["Resources"][version]["DeletionPolicy"] == "Retain"
    assert doc["Resources"]["M"]["Properties"]["DefinitionSubstitutions"] == {
        "HelloAlias": {"Ref": "HelloProvConcLambdaAlias"}
    }


def test_exact_versions_option_pins_latest_calls() -> None:
    fn = Function("Hello", code=HANDLER)
    app = (
        App()
        .with_functions(fn)
        .add(StateMachine(Task("Call", resource=fn.arn), name="m"), exact_versions=True)
    )
    doc = _doc(app)
    version = fn.version_logical_id
    assert doc["Resources"][version]["Type"] == "AWS::Lambda::Version"
    assert doc["Resources"]["M"]["Properties"]["DefinitionSubstitutions"] == {
        "HelloArn": {"Ref": version}
    }


def test_alarm_preset_uses_cloudwatch_names_and_dimension() -> None:
    topic = "arn:aws:sns:us-east-1:123456789012:NotifyMe"
    app = App().add(
        _machine(), alarms=Alarms(alarm=topic, metrics=["executionsFailed", "ExecutionThrottled"])
    )
    doc = _doc(app)
    assert doc["Resources"]["OrdersExecutionsFailedAlarm"]["Properties"] == {
        "AlarmDescription": "orders: executions failed",
        "Namespace": "AWS/States",
        "MetricName": "ExecutionsFailed",
        "Dimensions": [{"Name": "StateMachineArn", "Value": {"Ref": "Orders"}}],
        "Statistic": "Sum",
        "Period": 60,
        "EvaluationPeriods": 1,
        "Threshold": 1,
        "ComparisonOperator": "GreaterThanOrEqualToThreshold",
        "TreatMissingData": "missing",
        "AlarmActions": [topic],
    }
    assert (
        doc["Resources"]["OrdersExecutionThrottledAlarm"]["Properties"]["MetricName"]
        == "ExecutionThrottled"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {},
            "Alarms needs at least one topic: pass ok=, alarm= or insufficient_data= (SNS topic ARNs)",
        ),
        (
            {"alarm": "arn:aws:sns:us-east-1:1:t", "metrics": ["executionsTimeOut"]},
            "metric must be one of ExecutionsTimedOut, ExecutionsFailed, ExecutionsAborted, "
            "ExecutionThrottled, ExecutionsSucceeded (or the plugin keys executionsTimedOut, "
            "executionsFailed, executionsAborted, executionThrottled, executionsSucceeded), got "
            "'executionsTimeOut'; the metric is ExecutionsTimedOut",
        ),
    ],
)
def test_alarm_errors(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=r"^(Alarms|metric)") as info:
        Alarms(**kwargs)
    assert str(info.value) == message


def test_notifications_on_express_is_an_error() -> None:
    machine = StateMachine(Succeed("Done"), name="fast", type="EXPRESS")
    notes = Notifications(failed=[Target.sns("arn:aws:sns:us-east-1:123456789012:t")])
    with pytest.raises(BuildError) as info:
        template_for(App().add(machine, notifications=notes))
    assert info.value.problems[0].message.startswith(
        "notifications need a STANDARD state machine: Step Functions sends execution status "
        "change events only for STANDARD workflows"
    )


@pytest.mark.parametrize(
    ("arn", "url"),
    [
        (
            "arn:aws:sqs:eu-west-1:123456789012:jobs",
            "https://sqs.eu-west-1.amazonaws.com/123456789012/jobs",
        ),
        ({"Fn::GetAtt": ["Jobs", "Arn"]}, {"Ref": "Jobs"}),
    ],
)
def test_queue_url(arn: Any, url: Any) -> None:
    assert queue_url(arn) == url


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"deployment": "CANARY"},
            "a CANARY deployment needs percentage= and interval_minutes=, e.g. percentage=10, interval_minutes=5",
        ),
        (
            {"rollback_alarms": ["a"]},
            "rollback_alarms need a deployment type: pass deployment='CANARY' (or LINEAR, ALL_AT_ONCE)",
        ),
        (
            {"deployment": "ALL_AT_ONCE", "percentage": 5},
            "percentage and interval_minutes apply only to CANARY and LINEAR deployments",
        ),
    ],
)
def test_publish_errors(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=r"^(a CANARY|rollback|percentage)") as info:
        Publish("live", **kwargs)
    assert str(info.value) == message


def test_add_to_existing_template_reports_taken_logical_ids() -> None:
    from troposphere import Template, sns

    template = Template()
    template.add_resource(sns.Topic("Orders"))
    with pytest.raises(BuildError) as info:
        App().add(_machine()).add_to(template)
    assert info.value.problems[0].message == (
        "logical id 'Orders' of the state machine 'orders' is taken by a resource of type "
        "AWS::SNS::Topic already in the template; give one of them another logical_id"
    )


def test_render_is_deterministic_and_rejects_unknown_formats() -> None:
    template = template_for(_machine())
    assert render(template, "json") == render(template_for(_machine()), "json")
    assert json.loads(render(template, "json")) == json.loads(
        json.dumps(__import__("yaml").safe_load(render(template, "yaml")))
    )
    with pytest.raises(ValueError, match=r"^fmt must be 'json' or 'yaml', got 'xml'$"):
        render(template, "xml")


# --- Issue 3: bugs found while documenting ------------------------------------------------------


def test_param_in_app_name_is_substituted_in_descriptions() -> None:
    app = App("${param:service}", params={"service": "shop"}).add(
        _machine(),
        alarms=Alarms(alarm="arn:aws:sns:us-east-1:123456789012:t", metrics=["ExecutionsFailed"]),
    )
    doc = _doc(app, service="orders")
    assert doc["Description"] == "orders: state machines built with sfdsl"
    assert (
        doc["Resources"]["OrdersExecutionsFailedAlarm"]["Properties"]["AlarmDescription"]
        == "orders: orders: executions failed"
    )


def test_param_in_machine_name_is_substituted_then_checked() -> None:
    machine = StateMachine(Succeed("Done"), name="${param:stage}-orders")
    app = App(params={"stage": "dev"}).add(machine)
    assert [d.logical_id for d in app.deployments] == ["StageDashorders"]
    doc = _doc(app, stage="prod")
    assert doc["Resources"]["StageDashorders"]["Properties"]["StateMachineName"] == "prod-orders"
    with pytest.raises(BuildError) as info:
        template_for(app, parameters={"stage": "my stage"})
    assert [(p.message, p.path) for p in info.value.problems] == [
        (
            "the state machine name '${param:stage}-orders' becomes 'my stage-orders' with the "
            "build parameters, but a name must be 1-80 letters, digits, '-' or '_'; change the "
            "name or the parameter's value",
            "StageDashorders.name",
        )
    ]


def test_machine_name_outside_its_params_is_still_checked_when_written() -> None:
    with pytest.raises(ValidationError) as info:
        StateMachine(Succeed("Done"), name="${param:stage} orders")
    assert [p.path for p in info.value.problems] == ["name"]


def test_function_from_arn_with_pseudo_parameters_builds_with_fn_sub() -> None:
    arn = "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:hello"
    fn = Function.from_arn(arn)
    doc = _doc(App().add(StateMachine(Task("Call", resource=fn.arn), name="m")))
    assert doc["Resources"]["M"]["Properties"]["DefinitionSubstitutions"] == {
        "HelloArn": {"Fn::Sub": arn}
    }
    statement = doc["Resources"]["MRole"]["Properties"]["Policies"][0]["PolicyDocument"]
    assert statement["Statement"] == [
        {
            "Action": ["lambda:InvokeFunction"],
            "Effect": "Allow",
            "Resource": [{"Fn::Sub": arn}, {"Fn::Sub": f"{arn}:*"}],
        }
    ]


def test_scheduler_role_may_send_to_the_dead_letter_queue() -> None:
    dlq = "arn:aws:sqs:us-east-1:123456789012:dlq"
    events = [
        Schedule("rate(1 hour)", scheduler=True, dead_letter_arn=dlq),
        Schedule("rate(2 hours)", scheduler=True),
    ]
    doc = _doc(App().add(_machine(), events=events))
    policy = doc["Resources"]["OrdersSchedulerRole"]["Properties"]["Policies"][0]
    assert policy["PolicyDocument"]["Statement"] == [
        {"Effect": "Allow", "Action": "states:StartExecution", "Resource": {"Ref": "Orders"}},
        {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": dlq},
    ]


def test_scheduler_with_a_given_role_and_dead_letter_queue_warns() -> None:
    event = Schedule(
        "rate(1 hour)",
        scheduler=True,
        role="arn:aws:iam::123456789012:role/s",
        dead_letter_arn="arn:aws:sqs:us-east-1:123456789012:dlq",
    )
    with pytest.warns(SfdslWarning) as caught:
        template_for(App().add(_machine(), events=[event]))
    assert [str(w.message) for w in caught] == [
        "EventBridge Scheduler sends undeliverable events to the dead-letter queue with the "
        "schedule's role, so the given role must allow sqs:SendMessage on "
        '"arn:aws:sqs:us-east-1:123456789012:dlq"  @ Orders.events[0]'
    ]


def test_rule_dead_letter_queue_in_the_template_gets_a_queue_policy() -> None:
    from troposphere import sqs

    template = Template()
    template.add_resource(sqs.Queue("Dlq"))
    dlq = {"Fn::GetAtt": ["Dlq", "Arn"]}
    events = [
        EventRule({"source": ["shop"]}, dead_letter_arn=dlq),
        Schedule("rate(1 hour)", dead_letter_arn=dlq),
    ]
    App().add(_machine(), events=events).add_to(template)
    policy = template.to_dict()["Resources"]["DlqDlqPolicy"]
    assert policy == {
        "Type": "AWS::SQS::QueuePolicy",
        "Properties": {
            "Queues": [{"Ref": "Dlq"}],
            "PolicyDocument": {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"Service": "events.amazonaws.com"},
                        "Action": "sqs:SendMessage",
                        "Resource": dlq,
                        "Condition": {
                            "ArnEquals": {
                                "aws:SourceArn": [
                                    {"Fn::GetAtt": ["OrdersEventsRule1", "Arn"]},
                                    {"Fn::GetAtt": ["OrdersEventsRuleSchedule1", "Arn"]},
                                ]
                            }
                        },
                    }
                ],
            },
        },
    }


def test_rule_dead_letter_queue_outside_the_template_warns() -> None:
    event = EventRule(
        {"source": ["shop"]}, dead_letter_arn="arn:aws:sqs:us-east-1:123456789012:dlq"
    )
    with pytest.warns(SfdslWarning) as caught:
        template_for(App().add(_machine(), events=[event]))
    assert [str(w.message) for w in caught] == [
        'dead_letter_arn "arn:aws:sqs:us-east-1:123456789012:dlq" is not a queue of this template, so sfdsl '
        "cannot let EventBridge send undeliverable events to it; add to the queue's policy a "
        "statement that allows the service events.amazonaws.com sqs:SendMessage on the queue, "
        "with the condition ArnEquals aws:SourceArn = the ARN of this event's rule"
        "  @ Orders.events[0]"
    ]


def test_sync_api_endpoint_needs_an_express_machine() -> None:
    with pytest.raises(BuildError) as info:
        template_for(
            App().add(_machine(), events=[ApiEndpoint("orders", action="StartSyncExecution")])
        )
    assert [(p.message, p.path) for p in info.value.problems] == [
        (
            "action='StartSyncExecution' needs an EXPRESS state machine (Step Functions runs "
            "synchronous executions only for EXPRESS workflows), but 'orders' is STANDARD; use "
            "StateMachine(..., type='EXPRESS') or action='StartExecution'",
            "Orders.events[0]",
        )
    ]
    express = _machine().with_(type="EXPRESS")
    doc = _doc(App().add(express, events=[ApiEndpoint("orders", action="StartSyncExecution")]))
    uri = doc["Resources"]["ApiGatewayMethodOrdersPost"]["Properties"]["Integration"]["Uri"]
    assert uri == {
        "Fn::Sub": "arn:${AWS::Partition}:apigateway:${AWS::Region}:states:action/StartSyncExecution"
    }


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        (
            {"origins": ["https://a.example.com", "https://b.example.com"]},
            "Cors takes exactly one origin, got ['https://a.example.com', "
            "'https://b.example.com']: the MOCK OPTIONS response returns one fixed "
            "Access-Control-Allow-Origin value and browsers reject a list; pass "
            "origins=['https://app.example.com'] or origins=['*']",
        ),
        (
            {"origins": []},
            "Cors takes exactly one origin, got []: the MOCK OPTIONS response returns one fixed "
            "Access-Control-Allow-Origin value and browsers reject a list; pass "
            "origins=['https://app.example.com'] or origins=['*']",
        ),
        (
            {"allow_credentials": True},
            "Cors(allow_credentials=True) needs a specific origin: browsers reject credentialed "
            "responses whose Access-Control-Allow-Origin is '*'; pass "
            "origins=['https://app.example.com']",
        ),
    ],
)
def test_cors_errors(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=r"^Cors") as info:
        Cors(**kwargs)
    assert str(info.value) == message


def test_function_ref_needs_the_function_in_the_template() -> None:
    machine = StateMachine(Task("Call", resource=Function.ref("Worker").arn), name="m")
    app = App().with_functions(Function.ref("Worker")).add(machine)
    with pytest.raises(BuildError) as info:
        template_for(app)
    assert [(p.message, p.path) for p in info.value.problems] == [
        (
            "Function.ref('Worker') needs a Lambda function 'Worker' in the template, but the "
            "template has no resource with that logical id; add the function to your troposphere "
            "Template and build with App.add_to(template), or define it here with "
            "Function('Worker', code=...)",
            "functions[0]",
        )
    ]
    template = _with_worker()
    app.add_to(template)
    assert "M" in template.resources


def test_reference_to_a_missing_resource_is_an_error() -> None:
    machine = StateMachine(Task("Call", resource={"Fn::GetAtt": ["Worker", "Arn"]}), name="m")
    with pytest.raises(BuildError) as info:
        template_for(App().add(machine))
    assert [(p.message, p.path) for p in info.value.problems] == [
        (
            "DefinitionSubstitutions.WorkerArn refers to 'Worker', which is not in the template; "
            "define it (App(resources={'Worker': {'Type': ...}}) or Function('Worker', "
            "code=...)), or add it to your own troposphere Template and build with "
            "App.add_to(template)",
            "M",
        )
    ]


def test_failed_add_to_leaves_the_template_untouched() -> None:
    from troposphere import sns

    template = Template()
    template.add_resource(sns.Topic("Taken"))
    before = template.to_dict()
    app = (
        App()
        .add(StateMachine(Succeed("A"), name="first"))
        .add(StateMachine(Succeed("B"), name="second"), logical_id="Taken")
    )
    with pytest.raises(BuildError):
        app.add_to(template)
    assert template.to_dict() == before


def test_add_to_shares_the_api_with_an_earlier_build_without_changing_it_on_failure() -> None:
    template = Template()
    App().add(_machine(), events=[ApiEndpoint("orders", cors=True)]).add_to(template)
    before = template.to_dict()
    broken = App().add(
        StateMachine(Succeed("B"), name="other"),
        events=[
            ApiEndpoint("orders", "GET", cors=True),
            ApiEndpoint("x", action="StartSyncExecution"),
        ],
    )
    with pytest.raises(BuildError):
        broken.add_to(template)
    assert template.to_dict() == before


def test_empty_notifications_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"^Notifications") as info:
        Notifications()
    assert str(info.value) == (
        "Notifications needs a target for at least one status (aborted, failed, running, "
        "succeeded, timed_out), e.g. Notifications(failed=[Target.sns(topic)])"
    )


def test_latest_errors_read_the_same_for_handles_and_literal_arns() -> None:
    warm = Function(
        "Warm", code=HANDLER, function_name="warm", provisioned=ProvisionedConcurrency(2)
    )
    messages = []
    for resource in (warm.latest, "arn:aws:lambda:us-east-1:123456789012:function:warm"):
        app = (
            App().with_functions(warm).add(StateMachine(Task("Call", resource=resource), name="m"))
        )
        with pytest.raises(BuildError) as info:
            template_for(app)
        messages.append([p.message for p in info.value.problems])
    assert (
        messages[0]
        == messages[1]
        == [
            "States.Call.Resource calls function 'Warm' through $LATEST, but its provisioned "
            "concurrency is on alias 'provisioned', so every call would be a cold start; use "
            "Warm.arn (or .alias) in the task instead of .latest or its unqualified ARN"
        ]
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"threshold": "1"}, "threshold must be a number (executions per period), got '1'"),
        ({"threshold": True}, "threshold must be a number (executions per period), got True"),
        ({"evaluation_periods": 0}, "evaluation_periods must be an int >= 1, got 0"),
        ({"evaluation_periods": 1.5}, "evaluation_periods must be an int >= 1, got 1.5"),
        ({"period": 90}, "period must be 10, 30 or a multiple of 60 seconds, got 90"),
        ({"period": 20}, "period must be 10, 30 or a multiple of 60 seconds, got 20"),
    ],
)
def test_alarm_number_options_are_checked(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=r"^(threshold|evaluation|period)") as info:
        Alarms(alarm="arn:aws:sns:us-east-1:123456789012:t", **kwargs)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("alarm", "message"),
    [
        (
            "arn:aws:cloudwatch:us-east-1:123456789012:alarm:orders-failed",
            "rollback_alarms takes alarm names, not ARNs, got "
            "'arn:aws:cloudwatch:us-east-1:123456789012:alarm:orders-failed': CloudWatch treats "
            "an unknown alarm as OK, so the deployment would never roll back; pass 'orders-failed'",
        ),
        (
            {"Fn::GetAtt": ["Failed", "Arn"]},
            "rollback_alarms takes alarm names, not ARNs, got {'Fn::GetAtt': ['Failed', 'Arn']}: "
            "CloudWatch treats an unknown alarm as OK, so the deployment would never roll back; "
            "pass {'Ref': 'Failed'} (an alarm's Ref is its name)",
        ),
    ],
)
def test_rollback_alarms_are_names_not_arns(alarm: Any, message: str) -> None:
    with pytest.raises(ValueError, match=r"^rollback_alarms") as info:
        Publish("live", deployment="ALL_AT_ONCE", rollback_alarms=[alarm])
    assert str(info.value) == message
    assert Publish(
        "live", deployment="ALL_AT_ONCE", rollback_alarms=["orders-failed", {"Ref": "Failed"}]
    ).rollback_alarms == ("orders-failed", {"Ref": "Failed"})


# --- ${Name} placeholders without a value ---------------------------------------------------

NOTIFY = {
    "StartAt": "Notify",
    "States": {
        "Notify": {
            "Type": "Task",
            "Resource": "arn:aws:states:::sns:publish",
            "Parameters": {"TopicArn": "${TopicArn}", "Message": "done"},
            "End": True,
        }
    },
}


def _lint(doc: dict[str, Any]) -> list[str]:
    from cfnlint.api import ManualArgs, lint

    matches = lint(json.dumps(doc), config=ManualArgs(regions=["us-east-1"]))
    return [f"{m.rule.id} {m.message}" for m in matches]


def _statements(doc: dict[str, Any], role: str) -> list[Any]:
    policy = doc["Resources"][role]["Properties"]["Policies"][0]["PolicyDocument"]
    statements: list[Any] = policy["Statement"]
    return statements


def test_a_lone_machines_placeholder_becomes_a_template_parameter() -> None:
    machine = StateMachine.from_asl(NOTIFY, name="notify")
    with pytest.warns(SfdslWarning) as caught:
        doc = _doc(machine)
    assert [str(w.message) for w in caught] == [
        "${TopicArn} has no value, so it is a template Parameter; give its value when you "
        "deploy: aws cloudformation deploy --template-file TEMPLATE --stack-name STACK "
        "--capabilities CAPABILITY_IAM --parameter-overrides TopicArn=VALUE (or at build time: "
        "--param NAME=VALUE)"
    ]
    assert doc["Parameters"] == {
        "TopicArn": {
            "Type": "String",
            "Description": "Value of the placeholder TopicArn in the definition of state "
            "machine Notify at States.Notify.Parameters.TopicArn",
            "AllowedPattern": "arn:.+",
            "ConstraintDescription": "must be an ARN (arn:PARTITION:SERVICE:...): the state "
            "machine's role is granted on it",
        }
    }
    props = doc["Resources"]["Notify"]["Properties"]
    assert props["Definition"] == NOTIFY
    assert props["DefinitionSubstitutions"] == {"TopicArn": {"Ref": "TopicArn"}}
    assert _statements(doc, "NotifyRole") == [
        {"Action": ["sns:Publish"], "Effect": "Allow", "Resource": [{"Ref": "TopicArn"}]}
    ]
    assert _lint(doc) == []


def test_pseudo_parameters_stay_pseudo_parameters() -> None:
    asl = json.loads(
        json.dumps(NOTIFY).replace("${TopicArn}", "arn:aws:sns:${AWS::Region}:123456789012:t")
    )
    doc = _doc(StateMachine.from_asl(asl, name="notify"))
    assert "Parameters" not in doc
    assert doc["Resources"]["Notify"]["Properties"]["DefinitionSubstitutions"] == {
        "NotifyParametersTopicArn": {"Fn::Sub": "arn:aws:sns:${AWS::Region}:123456789012:t"}
    }


def test_an_apps_placeholder_without_a_value_is_still_an_error_naming_the_option() -> None:
    app = App().add(StateMachine.from_asl(NOTIFY, name="notify"))
    with pytest.raises(BuildError) as info:
        template_for(app)
    assert [str(p) for p in info.value.problems] == [
        "placeholder ${TopicArn} has no CloudFormation value (used at "
        "States.Notify.Parameters.TopicArn); give it one with Placeholder('TopicArn', value) or "
        "a Function/Activity handle, give it at build time (--param TopicArn=VALUE), or make it "
        "a template Parameter with App(..., placeholders='parameters')  @ Notify"
    ]


def test_app_placeholders_parameters_share_one_parameter_between_machines() -> None:
    asl = json.loads(json.dumps(NOTIFY).replace("TopicArn}", "SF_Topic.arn}"))
    app = (
        App(placeholders="parameters")
        .add(StateMachine.from_asl(asl, name="first"))
        .add(StateMachine.from_asl(asl, name="second"))
    )
    with pytest.warns(SfdslWarning, match=r"^\$\{SF_Topic.arn\} \(Parameter SFTopicarn\) has"):
        doc = _doc(app)
    assert doc["Parameters"]["SFTopicarn"]["Description"] == (
        "Value of the placeholder SF_Topic.arn in the definition of state machine First at "
        "States.Notify.Parameters.TopicArn; state machine Second at "
        "States.Notify.Parameters.TopicArn"
    )
    for lid in ("First", "Second"):
        assert doc["Resources"][lid]["Properties"]["DefinitionSubstitutions"] == {
            "SF_Topic.arn": {"Ref": "SFTopicarn"}
        }
    assert _lint(doc) == []


def test_placeholders_option_is_checked() -> None:
    with pytest.raises(ValueError, match=r"^placeholders") as info:
        App(placeholders="ignore")  # type: ignore[arg-type]
    assert str(info.value) == (
        "placeholders must be 'error' or 'parameters', got 'ignore'; 'parameters' makes each "
        "${Name} placeholder without a value a template Parameter"
    )


def test_a_parameter_id_never_takes_a_resources_logical_id() -> None:
    asl = json.loads(json.dumps(NOTIFY).replace("${TopicArn}", "${NotifyRole}"))
    with pytest.warns(SfdslWarning, match=r"\(Parameter NotifyRole2\)"):
        doc = _doc(StateMachine.from_asl(asl, name="notify"))
    assert sorted(doc["Parameters"]) == ["NotifyRole2"]
    assert sorted(doc["Resources"]) == ["Notify", "NotifyRole"]


def test_add_to_adds_the_parameters_to_your_template() -> None:
    app = App(placeholders="parameters").add(StateMachine.from_asl(NOTIFY, name="notify"))
    with pytest.warns(SfdslWarning):
        template = app.add_to(Template())
    assert sorted(template.parameters) == ["TopicArn"]


@pytest.mark.parametrize(
    ("value", "substitution"),
    [
        ("arn:aws:sns:us-east-1:123456789012:jobs", "arn:aws:sns:us-east-1:123456789012:jobs"),
        (
            "arn:aws:sns:${AWS::Region}:${AWS::AccountId}:jobs",
            {"Fn::Sub": "arn:aws:sns:${AWS::Region}:${AWS::AccountId}:jobs"},
        ),
    ],
)
def test_a_build_time_value_fills_a_placeholder(value: str, substitution: Any) -> None:
    machine = StateMachine.from_asl(NOTIFY, name="notify")
    for obj in (machine, App().add(machine)):
        doc = _doc(obj, TopicArn=value)
        assert "Parameters" not in doc
        props = doc["Resources"]["Notify"]["Properties"]
        assert props["DefinitionSubstitutions"] == {"TopicArn": substitution}
        assert _statements(doc, "NotifyRole")[0]["Resource"] == [substitution]


@pytest.mark.parametrize(
    ("obj", "parameters", "message"),
    [
        (
            StateMachine.from_asl(NOTIFY, name="notify"),
            {"TopicArm": "x"},
            "parameter 'TopicArm' matches no placeholder without a value (TopicArn); "
            "did you mean 'TopicArn'?",
        ),
        (
            StateMachine(Succeed("Done"), name="done"),
            {"stage": "prod"},
            "parameter 'stage' matches no placeholder without a value (there are none); drop it",
        ),
        (
            App(params={"stage": "dev"}, placeholders="parameters").add(
                StateMachine.from_asl(NOTIFY, name="notify")
            ),
            {"region": "eu-west-1"},
            "parameter 'region' is neither declared by the app (declared: stage) nor a "
            "placeholder without a value (TopicArn); declare it with "
            "App(params={'region': 'default'}) or drop it",
        ),
    ],
)
def test_a_parameter_that_matches_nothing_names_the_candidates(
    obj: App | StateMachine, parameters: dict[str, str], message: str
) -> None:
    with pytest.raises(BuildError) as info:
        template_for(obj, parameters=parameters)
    problems = [(p.message, p.code) for p in info.value.problems]
    assert problems == [(message, "unknown-parameter")]


def _task(resource: str, **parameters: str) -> dict[str, Any]:
    return {
        "StartAt": "T",
        "States": {
            "T": {"Type": "Task", "Resource": resource, "Parameters": parameters, "End": True}
        },
    }


ARN_PATTERN = "arn:.+"


@pytest.mark.parametrize(
    ("asl", "resources", "pattern"),
    [
        (
            _task("arn:aws:states:::lambda:invoke", FunctionName="${Worker}"),
            [{"Ref": "Worker"}, {"Fn::Sub": "${Worker}:*"}],
            ARN_PATTERN,
        ),
        (
            _task("arn:aws:states:::sqs:sendMessage", QueueUrl="${Worker}", MessageBody="hi"),
            [
                {
                    "Fn::Sub": [
                        "arn:${AWS::Partition}:sqs:${AWS::Region}:${V0}:${V1}",
                        {
                            "V0": {"Fn::Select": [3, {"Fn::Split": ["/", {"Ref": "Worker"}]}]},
                            "V1": {"Fn::Select": [4, {"Fn::Split": ["/", {"Ref": "Worker"}]}]},
                        },
                    ]
                }
            ],
            "https://[^/]+/[0-9]{12}/[^/]+",
        ),
        (
            _task(
                "arn:aws:states:::dynamodb:getItem", TableName="${Worker}", Key={"id": {"S": "1"}}
            ),
            [
                {
                    "Fn::Sub": "arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}"
                    ":table/${Worker}"
                }
            ],
            "[^:]+",
        ),
        (
            _task(
                "arn:${Worker}:states:::sns:publish",
                TopicArn="arn:aws:sns:us-east-1:123456789012:t",
                Message="hi",
            ),
            ["arn:aws:sns:us-east-1:123456789012:t"],
            None,
        ),
    ],
    ids=["lambda-arn", "queue-url", "table-name", "partition"],
)
def test_the_role_uses_a_parameter_by_what_the_field_holds(
    asl: dict[str, Any], resources: list[Any], pattern: str | None
) -> None:
    with pytest.warns(SfdslWarning, match=r"^\$\{Worker\} has no value"):
        doc = _doc(StateMachine.from_asl(asl, name="m"))
    assert _statements(doc, "MRole")[0]["Resource"] == resources
    assert doc["Parameters"]["Worker"].get("AllowedPattern") == pattern
    assert _lint(doc) == []


def test_a_parameter_as_task_resource_is_taken_to_be_a_function() -> None:
    machine = StateMachine.from_asl(
        {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "${Worker}", "End": True}}},
        name="m",
    )
    with pytest.warns(SfdslWarning) as caught:
        doc = _doc(machine)
    assert str(caught[0].message) == (
        "Worker is given when the stack is deployed, so it is taken to be a Lambda function "
        "(lambda:InvokeFunction on it); if it is an activity or a service integration, give "
        "its ARN at build time (sfdsl build --param) so its permissions are derived  "
        "@ M.States.T.Resource"
    )
    assert _statements(doc, "MRole") == [
        {
            "Action": ["lambda:InvokeFunction"],
            "Effect": "Allow",
            "Resource": [{"Ref": "Worker"}, {"Fn::Sub": "${Worker}:*"}],
        }
    ]
    assert _lint(doc) == []


def test_a_logical_id_taken_by_a_template_parameter_is_reported() -> None:
    from troposphere import Parameter

    template = Template()
    template.add_parameter(Parameter("Orders", Type="String"))
    with pytest.raises(BuildError) as info:
        App().add(_machine()).add_to(template)
    assert [str(p) for p in info.value.problems] == [
        "logical id 'Orders' of the state machine 'orders' is taken by a Parameter of the "
        "template; give one of them another logical_id  @ Orders"
    ]
    assert sorted(template.resources) == []


# --------------------------------------------------------------------------- resources of your own

TABLE: dict[str, Any] = {
    "Type": "AWS::DynamoDB::Table",
    "Properties": {
        "TableName": "orders-${param:stage}",
        "BillingMode": "PAY_PER_REQUEST",
        "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
        "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
    },
}
RAW: dict[str, Any] = {
    "OrdersQueue": {"Type": "AWS::SQS::Queue"},
    "OrdersTable": TABLE,
    "Topic": {"Type": "AWS::SNS::Topic"},
    "Bucket": {"Type": "AWS::S3::Bucket"},
    "Worker": {
        "Type": "AWS::Lambda::Function",
        "Properties": {
            "Code": {"ZipFile": HANDLER},
            "Handler": "index.handler",
            "Role": "arn:aws:iam::123456789012:role/worker",
            "Runtime": "python3.12",
        },
    },
    "Review": {"Type": "AWS::StepFunctions::Activity", "Properties": {"Name": "review"}},
}


def _raw_task(resource: str | dict[str, Any], parameters: dict[str, Any] | None = None) -> App:
    from sfdsl import Placeholder

    def value(v: Any) -> Any:
        intrinsic = isinstance(v, dict) and ("Ref" in v or "Fn::GetAtt" in v)
        return Placeholder("Target", v) if intrinsic else v

    task = Task(
        "Call",
        resource=value(resource),
        parameters={k: value(v) for k, v in (parameters or {}).items()} or None,
    )
    machine = StateMachine(task, name="orders")
    return App(params={"stage": "dev"}, resources=RAW).add(machine)


@pytest.mark.parametrize(
    ("resource", "parameters", "expected"),
    [
        (
            "arn:aws:states:::sqs:sendMessage",
            {"QueueUrl": {"Ref": "OrdersQueue"}, "MessageBody.$": "$"},
            {"Action": ["sqs:SendMessage"], "Resource": [{"Fn::GetAtt": ["OrdersQueue", "Arn"]}]},
        ),
        (
            "arn:aws:states:::dynamodb:putItem",
            {"TableName": {"Ref": "OrdersTable"}, "Item": {"id": {"S.$": "$.id"}}},
            {"Action": ["dynamodb:PutItem"], "Resource": [{"Fn::GetAtt": ["OrdersTable", "Arn"]}]},
        ),
        (
            "arn:aws:states:::dynamodb:getItem",
            {"TableName": {"Fn::GetAtt": ["OrdersTable", "Arn"]}, "Key": {"id": {"S.$": "$.id"}}},
            {"Action": ["dynamodb:GetItem"], "Resource": [{"Fn::GetAtt": ["OrdersTable", "Arn"]}]},
        ),
        (
            "arn:aws:states:::sns:publish",
            {"TopicArn": {"Ref": "Topic"}, "Message.$": "$"},
            {"Action": ["sns:Publish"], "Resource": [{"Ref": "Topic"}]},
        ),
        (
            "arn:aws:states:::lambda:invoke",
            {"FunctionName": {"Fn::GetAtt": ["Worker", "Arn"]}, "Payload.$": "$"},
            {
                "Action": ["lambda:InvokeFunction"],
                "Resource": [{"Fn::GetAtt": ["Worker", "Arn"]}, {"Fn::Sub": "${Worker.Arn}:*"}],
            },
        ),
        (
            "arn:aws:states:::aws-sdk:s3:getObject",
            {"Bucket": {"Ref": "Bucket"}, "Key": "report.csv"},
            {
                "Action": ["s3:GetObject"],
                "Resource": [{"Fn::Sub": "arn:${AWS::Partition}:s3:::${Bucket}/report.csv"}],
            },
        ),
    ],
)
def test_the_role_is_granted_on_resources_of_your_own(
    resource: str, parameters: dict[str, Any], expected: dict[str, Any]
) -> None:
    doc = _doc(_raw_task(resource, parameters))
    assert _statements(doc, "OrdersRole") == [{**expected, "Effect": "Allow"}]
    assert doc["Resources"]["OrdersTable"] == {
        **TABLE,
        "Properties": {**TABLE["Properties"], "TableName": "orders-dev"},
    }
    assert _lint(doc) == []


def test_an_activity_of_your_own_is_polled_not_invoked() -> None:
    doc = _doc(_raw_task({"Ref": "Review"}))
    assert "Policies" not in doc["Resources"]["OrdersRole"]["Properties"]
    assert _lint(doc) == []


def test_troposphere_resources_outputs_and_conditions_are_taken() -> None:
    from troposphere import Equals, Export, GetAtt, Output, Ref, Sub, sqs

    queue = sqs.Queue("OrdersQueue", Condition="IsProd")
    app = App(
        resources=[queue],
        outputs=[
            Output(
                "QueueArn",
                Condition="IsProd",
                Value=GetAtt(queue, "Arn"),
                Export=Export(Sub("${AWS::StackName}-q")),
            )
        ],
        conditions={"IsProd": Equals(Ref("AWS::Region"), "us-east-1")},
    ).add(_machine())
    doc = _doc(app)
    assert doc["Resources"]["OrdersQueue"] == {"Type": "AWS::SQS::Queue", "Condition": "IsProd"}
    assert doc["Outputs"]["QueueArn"] == {
        "Condition": "IsProd",
        "Value": {"Fn::GetAtt": ["OrdersQueue", "Arn"]},
        "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-q"}},
    }
    assert doc["Conditions"] == {"IsProd": {"Fn::Equals": [{"Ref": "AWS::Region"}, "us-east-1"]}}
    assert _lint(doc) == []


def test_with_resources_adds_by_title_and_by_logical_id() -> None:
    from troposphere import sns

    app = App().with_resources(sns.Topic("Alerts"), OrdersQueue={"Type": "AWS::SQS::Queue"})
    assert app.resources == {
        "Alerts": {"Type": "AWS::SNS::Topic"},
        "OrdersQueue": {"Type": "AWS::SQS::Queue"},
    }
    with pytest.raises(ValidationError) as info:
        app.with_resources(Alerts={"Type": "AWS::SNS::Topic"})
    assert str(info.value) == (
        "invalid App resources (1 problem):\n"
        "  - logical id 'Alerts' is already taken by another resource; give this one another "
        "logical id  @ resources.Alerts"
    )


@pytest.mark.parametrize(
    ("kwargs", "problems"),
    [
        (
            {"resources": {"orders-queue": {"Type": "AWS::SQS::Queue"}}},
            [
                "logical id must be 1-255 letters and digits, got 'orders-queue'; use "
                "'ordersqueue'  @ resources.orders-queue"
            ],
        ),
        (
            {"resources": {"Q": {"Properties": {}}, "T": {"Type": "SQS::Queue"}, "U": {"Type": 3}}},
            [
                "Type is missing; give the resource type, e.g. 'AWS::SQS::Queue'  @ resources.Q.Type",
                "Type must be 'AWS::<Service>::<Resource>' or 'Custom::<Name>', got 'SQS::Queue'  "
                "@ resources.T.Type",
                "Type must be 'AWS::<Service>::<Resource>' or 'Custom::<Name>', got 3  "
                "@ resources.U.Type",
            ],
        ),
        (
            {"resources": {"Q": {"Type": "AWS::SQS::Queue", "Propertes": {}}}},
            [
                "'Propertes' is not a key of a resource (expected Type, Properties, DependsOn, "
                "Condition, DeletionPolicy, UpdateReplacePolicy, UpdatePolicy, CreationPolicy, "
                "Metadata); did you mean 'Properties'?  @ resources.Q.Propertes"
            ],
        ),
        (
            {
                "resources": {
                    "Q": {
                        "Type": "AWS::SQS::Queue",
                        "Properties": [],
                        "DeletionPolicy": "Keep",
                        "DependsOn": [1],
                    }
                }
            },
            [
                "Properties must be a mapping of property names to values, got []  "
                "@ resources.Q.Properties",
                "DependsOn must be a logical id or a list of logical ids, got [1]  "
                "@ resources.Q.DependsOn",
                "DeletionPolicy must be one of Delete, Retain, RetainExceptOnCreate, Snapshot, "
                "got 'Keep'  @ resources.Q.DeletionPolicy",
            ],
        ),
        (
            {"resources": {"Q": "AWS::SQS::Queue"}},
            ["must be a dict or a troposphere resource, got str 'AWS::SQS::Queue'  @ resources.Q"],
        ),
        (
            {"outputs": {"Url": {"Description": "the URL", "Export": "orders-url"}}},
            [
                "Value is missing; give what the output shows, e.g. {'Ref': 'OrdersQueue'}  "
                "@ outputs.Url.Value",
                "Export must be {'Name': ...}, got 'orders-url'  @ outputs.Url.Export",
            ],
        ),
        (
            {"conditions": {"IsProd": {"Ref": "Stage"}}},
            [
                "a condition must be one of Fn::Equals, Fn::And, Fn::Or, Fn::Not, Condition (e.g. "
                "{'Fn::Equals': [{'Ref': 'Stage'}, 'prod']}), got {'Ref': 'Stage'}  "
                "@ conditions.IsProd"
            ],
        ),
    ],
)
def test_resources_outputs_and_conditions_are_checked_when_written(
    kwargs: dict[str, Any], problems: list[str]
) -> None:
    with pytest.raises(ValidationError) as info:
        App(**kwargs)
    assert [str(p) for p in info.value.problems] == problems


def test_a_troposphere_resource_missing_a_required_property_is_reported() -> None:
    from troposphere import sns

    with pytest.raises(ValidationError) as info:
        App(resources=[sns.Subscription("Sub")])
    assert [str(p) for p in info.value.problems] == [
        "troposphere rejects it: Resource Endpoint required in type "
        "<class 'troposphere.sns.Subscription'> (title: Sub)  @ resources.Sub"
    ]


def test_a_generated_logical_id_taken_by_your_resource_names_both() -> None:
    app = App(
        resources={
            "Orders": {"Type": "AWS::SQS::Queue"},
            "OrdersRole": {"Type": "AWS::SNS::Topic"},
        },
        outputs={"OrdersArn": {"Value": "x"}},
    ).add(_machine())
    with pytest.raises(BuildError) as info:
        template_for(app)
    assert [str(p) for p in info.value.problems] == [
        "logical id 'Orders' of the state machine 'orders' is taken by App resources['Orders'] "
        "(AWS::SQS::Queue); rename that resource or give this one another logical_id  @ Orders",
    ]
    app = App(
        resources={"OrdersRole": {"Type": "AWS::SNS::Topic"}},
        outputs={"OrdersArn": {"Value": "x"}},
    ).add(_machine())
    with pytest.raises(BuildError) as info:
        template_for(app)
    assert [str(p) for p in info.value.problems] == [
        "logical id 'OrdersRole' of the state machine role is taken by App "
        "resources['OrdersRole'] (AWS::SNS::Topic); rename that resource or give this one "
        "another logical_id  @ Orders",
        "output 'OrdersArn' (ARN of state machine orders) is already in the template, given by "
        "App outputs['OrdersArn']; rename that output",
    ]


def test_references_from_your_resources_must_name_something_in_the_template() -> None:
    app = App(
        resources={
            "Policy": {
                "Type": "AWS::SQS::QueuePolicy",
                "Condition": "IsProd",
                "DependsOn": "Queue",
                "Properties": {
                    "Queues": [{"Ref": "Queue"}],
                    "PolicyDocument": {
                        "Statement": [
                            {
                                "Effect": "Allow",
                                "Principal": {"AWS": {"Fn::Sub": "${Orders.Arn}"}},
                                "Action": "sqs:SendMessage",
                                "Resource": {"Fn::Sub": "${DeadLetters.Arn}"},
                            }
                        ]
                    },
                },
            }
        },
        outputs={"Url": {"Value": {"Fn::GetAtt": ["Queue", "QueueUrl"]}}},
    ).add(_machine())
    with pytest.raises(BuildError) as info:
        template_for(app)
    missing = (
        "is not in the template; define it (App(resources={{{0!r}: ...}}) or a Function, "
        "activity or state machine with that logical id) or refer to something that is"
    )
    assert [str(p) for p in info.value.problems] == [
        f"'Queue' {missing.format('Queue')}  @ resources.Policy.Properties.Queues[0]",
        f"'DeadLetters' {missing.format('DeadLetters')}  @ "
        "resources.Policy.Properties.PolicyDocument.Statement[0].Resource",
        "condition 'IsProd' is not in the template; define it with App(conditions={'IsProd': "
        "{'Fn::Equals': [...]}})  @ resources.Policy.Condition",
        "DependsOn names 'Queue', which is not a resource of the template; define it or leave "
        "it out of DependsOn  @ resources.Policy.DependsOn",
        f"'Queue' {missing.format('Queue')}  @ outputs.Url.Value",
    ]


def test_conditions_your_items_use_must_be_in_the_template() -> None:
    app = App(
        resources={
            "Queue": {
                "Type": "AWS::SQS::Queue",
                "Properties": {"DelaySeconds": {"Fn::If": ["IsSlow", 5, 0]}},
            }
        },
        outputs={"Url": {"Value": {"Fn::If": ["IsProd", {"Ref": "Queue"}, ""]}}},
        conditions={
            "IsProd": {
                "Fn::And": [
                    {"Condition": "InMainRegion"},
                    {"Fn::Equals": [{"Ref": "AWS::AccountId"}, "123456789012"]},
                ]
            }
        },
    ).add(_machine())
    with pytest.raises(BuildError) as info:
        template_for(app)
    assert [str(p) for p in info.value.problems] == [
        "condition 'IsSlow' is not in the template; define it with App(conditions={'IsSlow': "
        "{'Fn::Equals': [...]}})  @ resources.Queue.Properties.DelaySeconds",
        "condition 'InMainRegion' is not in the template; define it with "
        "App(conditions={'InMainRegion': {'Fn::Equals': [...]}})  "
        "@ conditions.IsProd.Fn::And[0]",
    ]


def test_your_resources_clash_with_the_template_they_are_added_to() -> None:
    template = _with_worker()
    app = App(resources={"Worker": {"Type": "AWS::SQS::Queue"}}).add(_machine())
    with pytest.raises(BuildError) as info:
        app.add_to(template)
    assert [str(p) for p in info.value.problems] == [
        "logical id 'Worker' is already a resource of the template the app is added to; rename "
        "one of them  @ resources.Worker"
    ]
    assert sorted(template.resources) == ["Worker"]
    added = (
        App(
            resources={"Queue": {"Type": "AWS::SQS::Queue"}},
            conditions={"IsProd": {"Fn::Equals": ["${param:stage}", "prod"]}},
            params={"stage": "dev"},
        )
        .add(_machine())
        .add_to(template)
    )
    assert sorted(added.resources) == ["Orders", "OrdersRole", "Queue", "Worker"]
    assert json.loads(json.dumps(added.to_dict()))["Conditions"] == {
        "IsProd": {"Fn::Equals": ["dev", "prod"]}
    }


# Step Functions authorizes a start on an alias with the state machine's own (unqualified)
# ARN, the alias named by the states:StateMachineQualifier condition key
# (https://docs.aws.amazon.com/step-functions/latest/dg/auth-version-alias.html).
_START_ON_ALIAS = {
    "Effect": "Allow",
    "Action": "states:StartExecution",
    "Resource": {"Ref": "Orders"},
    "Condition": {"StringEquals": {"states:StateMachineQualifier": "live"}},
}


@pytest.mark.parametrize(
    ("event", "role"),
    [
        (Schedule("rate(5 minutes)"), "OrdersEventsRole"),
        (Schedule("rate(5 minutes)", scheduler=True), "OrdersSchedulerRole"),
        (EventRule({"source": ["shop"]}), "OrdersEventsRole"),
        (ApiEndpoint("orders"), "ApigatewayToStepFunctionsRole"),
    ],
    ids=["rule-schedule", "scheduler", "event-rule", "api"],
)
def test_starting_through_the_alias_is_granted_on_the_machine_with_the_qualifier(
    event: Any, role: str
) -> None:
    app = App().add(_machine(), events=[event], publish=Publish("live"))
    doc = _doc(app)
    assert doc["Resources"][role]["Properties"]["Policies"][0]["PolicyDocument"]["Statement"] == [
        _START_ON_ALIAS
    ]
    assert _lint(doc) == []


def test_without_an_alias_the_start_is_granted_on_the_machine_without_a_condition() -> None:
    doc = _doc(App().add(_machine(), events=[EventRule({"source": ["shop"]})]))
    assert _statements(doc, "OrdersEventsRole") == [
        {"Effect": "Allow", "Action": "states:StartExecution", "Resource": {"Ref": "Orders"}}
    ]


def test_a_task_starting_another_machines_alias_is_granted_with_the_qualifier() -> None:
    from sfdsl import Placeholder

    child = StateMachine(Pass("P"), name="child")
    start = Task(
        "Start",
        resource="arn:aws:states:::states:startExecution",
        parameters={
            "StateMachineArn": Placeholder("ChildLive", {"Ref": "ChildAlias"}),
            "Input.$": "$",
        },
    )
    # The parent comes first: the alias it starts is built after it.
    app = App().add(StateMachine(start, name="parent")).add(child, publish=Publish("live"))
    doc = _doc(app)
    split = {"Fn::Split": [":", {"Ref": "ChildAlias"}]}
    assert _statements(doc, "ParentRole") == [
        {
            "Action": ["states:StartExecution"],
            "Condition": {
                "StringEquals": {"states:StateMachineQualifier": {"Fn::Select": [7, split]}}
            },
            "Effect": "Allow",
            "Resource": [
                {
                    "Fn::Sub": [
                        "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}"
                        ":stateMachine:${V0}",
                        {"V0": {"Fn::Select": [6, split]}},
                    ]
                }
            ],
        }
    ]
    assert _lint(doc) == []


def test_a_notification_starting_an_alias_is_granted_with_the_qualifier() -> None:
    alias = "arn:aws:states:us-east-1:123456789012:stateMachine:cleanup:prod"
    app = App().add(_machine(), notifications=Notifications(failed=[Target.state_machine(alias)]))
    doc = _doc(app)
    assert _statements(doc, "OrdersNotificationsIamRole") == [
        {
            "Effect": "Allow",
            "Action": ["states:StartExecution"],
            "Resource": "arn:aws:states:us-east-1:123456789012:stateMachine:cleanup",
            "Condition": {"StringEquals": {"states:StateMachineQualifier": "prod"}},
        }
    ]


@pytest.mark.parametrize(
    ("app", "message"),
    [
        (
            App()
            .with_functions(Function("Hello", code=HANDLER))
            .add(StateMachine(Pass("P"), name="hello")),
            "logical id 'Hello' of the state machine 'hello' is taken by the Lambda function "
            "'Hello'; give one of them another logical_id  @ Hello",
        ),
        (
            App()
            .add(StateMachine(Pass("P"), name="a"))
            .add(StateMachine(Pass("P"), name="b"), logical_id="A"),
            "logical id 'A' of the state machine 'b' is taken by the state machine 'a'; give one "
            "of them another logical_id  @ A",
        ),
        (
            App()
            .with_activities("review")
            .add(StateMachine(Pass("P"), name="b"), logical_id="ReviewActivity"),
            "logical id 'ReviewActivity' of the state machine 'b' is taken by the activity "
            "'review'; give one of them another logical_id  @ ReviewActivity",
        ),
    ],
    ids=["function-and-machine", "two-machines", "activity-and-machine"],
)
def test_a_logical_id_clash_names_both_owners(app: App, message: str) -> None:
    with pytest.raises(BuildError) as info:
        template_for(app)
    assert [str(p) for p in info.value.problems] == [message]


# --- options are frozen values ------------------------------------------------------------

_ROLE = {"Fn::GetAtt": ["Runner", "Arn"]}
_TOPIC = {"Ref": "Alerts"}
_QUEUE = {"Fn::GetAtt": ["Q", "Arn"]}


def _full_app() -> App:
    """An app whose options hold dicts and lists wherever they take them."""
    from sfdsl.cfn import Activity, Authorizer, InputTransformer, UsagePlan
    from sfdsl.cfn import RestApi as Api

    worker = Function("Worker", code=HANDLER, environment={"TABLE": {"Ref": "T"}}, role=_ROLE)
    return (
        App(
            "shop",
            tags={"team": "orders"},
            params={"stage": "dev"},
            api=Api(usage_plan=UsagePlan(["key"])),
            resources={"Q": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 1}}},
            outputs={"QUrl": {"Value": {"Ref": "Q"}}},
            conditions={"IsProd": {"Fn::Equals": ["${param:stage}", "prod"]}},
        )
        .with_functions(worker)
        .with_activities(Activity("review", tags={"tier": "1"}))
        .add(
            _machine(),
            role=_ROLE,
            tags={"owner": "me"},
            logging=Logging(log_group={"Fn::GetAtt": ["Logs", "Arn"]}),
            encryption=Encryption({"Fn::GetAtt": ["Key", "Arn"]}),
            extra_statements=[{"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["*"]}],
            pass_roles={"Job": [_ROLE]},
            bucket_keys={"Bucket": ["arn:aws:kms:us-east-1:123456789012:key/k"]},
            alarms=Alarms(alarm=_TOPIC),
            notifications=Notifications(
                failed=Target.sns(_TOPIC, input_transformer=InputTransformer({"s": "$.x"}, "<s>"))
            ),
            events=[
                EventRule({"source": ["aws.ec2"]}, input={"a": [1]}, role=_ROLE),
                Schedule("rate(1 hour)", input=[1, {"b": 2}], dead_letter_arn=_QUEUE),
                ApiEndpoint(
                    "orders",
                    request_templates={"application/json": "{}"},
                    authorizer=Authorizer.cognito("Users", [{"Fn::GetAtt": ["Pool", "Arn"]}]),
                    role=_ROLE,
                ),
            ],
            publish=Publish(
                deployment="CANARY",
                percentage=10,
                interval_minutes=5,
                rollback_alarms=[{"Ref": "Alarm"}],
            ),
        )
    )


def _options() -> list[Any]:
    """Every option object of the full app, the app first."""
    app = _full_app()
    deployment = app.deployments[0]
    return [
        app,
        deployment,
        app.functions[0],
        app.activities[0],
        app.api,
        deployment.logging,
        deployment.encryption,
        deployment.alarms,
        deployment.notifications,
        deployment.notifications.failed[0] if deployment.notifications else None,
        *deployment.events,
        deployment.publish,
    ]


@pytest.mark.parametrize("index", range(14))
def test_each_option_is_hashable_and_equal_to_the_same_option_made_again(index: int) -> None:
    first, again = _options()[index], _options()[index]
    assert hash(first) == hash(again)
    assert first == again
    assert {first: "found"}[again] == "found"


def _small_options() -> list[Any]:
    """The options that the full app holds only inside others, and the provisioning ones."""
    from sfdsl.cfn import (
        Authorizer,
        Autoscaling,
        InputTransformer,
        Metric,
        RetryPolicy,
        ScheduledScaling,
        UsagePlan,
    )

    return [
        Authorizer.cognito("Users", [{"Fn::GetAtt": ["Pool", "Arn"]}], scopes=["a/b"]),
        Authorizer.existing({"Ref": "Shared"}),
        UsagePlan(["key"], quota_limit=10, quota_period="DAY"),
        InputTransformer({"s": "$.detail.status"}, "<s>"),
        Metric("ExecutionsFailed", treat_missing_data="breaching"),
        RetryPolicy(max_retry_attempts=3),
        Cors(origins=["https://app.example.com"], headers=["Content-Type"]),
        ProvisionedConcurrency(
            2,
            autoscaling=Autoscaling(
                1,
                4,
                target_utilization=0.7,
                scheduled=[
                    ScheduledScaling("day", "cron(0 8 * * ? *)", min_capacity=2, max_capacity=4)
                ],
            ),
        ),
    ]


@pytest.mark.parametrize("index", range(8))
def test_each_nested_option_is_hashable_and_equal_to_the_same_option_made_again(
    index: int,
) -> None:
    first, again = _small_options()[index], _small_options()[index]
    assert hash(first) == hash(again)
    assert first == again


def test_options_made_from_dicts_and_lists_keep_their_values() -> None:
    deployment = _full_app().deployments[0]
    rule, schedule, endpoint = deployment.events
    assert deployment.role == _ROLE
    assert deployment.extra_statements == (
        {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": ["*"]},
    )
    assert deployment.pass_roles == {"Job": (_ROLE,)}
    assert isinstance(rule, EventRule)
    assert rule.pattern == {"source": ["aws.ec2"]}
    assert isinstance(schedule, Schedule)
    assert schedule.input == [1, {"b": 2}]
    assert isinstance(endpoint, ApiEndpoint)
    assert endpoint.request_templates == {"application/json": "{}"}


def _set_tag(app: App) -> None:
    app.tags["team"] = "other"  # type: ignore[index]


@pytest.mark.parametrize(
    "mutate",
    [
        _set_tag,
        lambda app: app.params.pop("stage"),
        lambda app: app.resources["Q"]["Properties"].update(DelaySeconds=5),
        lambda app: app.functions[0].environment.clear(),
        lambda app: app.deployments[0].role["Fn::GetAtt"].append("x"),
        lambda app: app.deployments[0].extra_statements[0]["Action"].append("s3:PutObject"),
        lambda app: app.deployments[0].pass_roles.update(Other=()),
        lambda app: app.deployments[0].events[0].pattern["source"].append("aws.s3"),
        lambda app: app.deployments[0].events[1].input.append(3),
        lambda app: app.deployments[0].events[2].request_templates.clear(),
        lambda app: app.deployments[0].notifications.failed[0].input_transformer.paths.clear(),
        lambda app: app.activities[0].tags.update(tier="2"),
    ],
    ids=[
        "app-tags",
        "app-params",
        "app-resources",
        "function-environment",
        "deployment-role",
        "extra-statements",
        "pass-roles",
        "event-pattern",
        "schedule-input",
        "request-templates",
        "input-transformer",
        "activity-tags",
    ],
)
def test_changing_an_option_in_place_raises(mutate: Any) -> None:
    app = _full_app()
    with pytest.raises(TypeError, match="belongs to a CloudFormation option and is read-only"):
        mutate(app)
    assert app == _full_app()


def test_an_app_built_from_frozen_options_gives_the_template_of_plain_ones() -> None:
    # The frozen values reach the template as plain JSON (YAML too, which refuses dict subclasses).
    import yaml

    app = _full_app()
    text = render(template_for(app, parameters={"stage": "prod"}), "yaml")
    doc = yaml.safe_load(text)
    assert doc["Resources"]["Orders"]["Properties"]["RoleArn"] == _ROLE
    assert doc["Resources"]["OrdersEventsRule1"]["Properties"]["EventPattern"] == {
        "source": ["aws.ec2"]
    }
    assert doc["Resources"]["Worker"]["Properties"]["Environment"] == {
        "Variables": {"TABLE": {"Ref": "T"}}
    }


# --- the JSON text of a template --------------------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(_JSON)
def test_json_text_is_the_text_json_dumps_writes(data: Any) -> None:
    assert json_text(data) == json.dumps(data, indent=2, ensure_ascii=False)


@pytest.mark.parametrize(
    "data",
    [
        {"a": float("nan")},
        [float("inf"), float("-inf")],
        {1: "int key"},
        {"frozen": FrozenDict({"b": [1]})},
        [True, 1, 1.0, "\u2028", "\x7f"],
    ],
    ids=["nan", "infinities", "int-key", "dict-subclass", "scalars"],
)
def test_json_text_of_values_left_to_json_dumps(data: Any) -> None:
    assert json_text(data) == json.dumps(data, indent=2, ensure_ascii=False)


# --- layers -------------------------------------------------------------------------------


def test_cfn_keeps_its_import_layers() -> None:
    """The ``cfn-layers`` contract of ``.importlinter``: options below builders below _template."""
    cli = pytest.importorskip(
        "importlinter.cli", reason="import-linter is installed by `nox -s lint`, not the tests"
    )
    config = Path(__file__).resolve().parents[1] / ".importlinter"
    kept = cli.lint_imports(
        config_filename=str(config),
        limit_to_contracts=("cfn-layers",),
        no_cache=True,
        no_logo=True,
    )
    assert kept == 0


def test_no_cfn_module_is_in_an_import_circle() -> None:
    """Counting the imports inside functions and under TYPE_CHECKING too, as grimp does."""
    grimp = pytest.importorskip(
        "grimp", reason="grimp comes with import-linter, installed by `nox -s lint`"
    )
    graph = grimp.build_graph("sfdsl")
    modules = sorted(m for m in graph.modules if m.startswith(("sfdsl.cfn.", "sfdsl._render")))
    circles = [
        (a, b)
        for i, a in enumerate(modules)
        for b in modules[i + 1 :]
        if graph.chain_exists(importer=a, imported=b) and graph.chain_exists(importer=b, imported=a)
    ]
    assert circles == []


def test_import_sfdsl_cfn_does_not_load_the_iam_rules() -> None:
    code = "import sys, sfdsl.cfn; print('sfdsl._iam' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.split() == ["False"]
