"""The CloudFormation builder: resources, substitutions, roles, options and error messages."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sfdsl import Pass, StateMachine, Succeed, Task
from sfdsl.cfn import (
    Alarms,
    App,
    Encryption,
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
from sfdsl.cfn._alarms import queue_url
from sfdsl.cfn._events import schedule_problem
from sfdsl.errors import BuildError

HANDLER = "def handler(event, context):\n    return event\n"


def _doc(obj: App | StateMachine, **params: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(render(template_for(obj, parameters=params), "json"))
    return data


def _machine() -> StateMachine:
    return StateMachine(Pass("A").next(Succeed("Done")), name="orders")


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
    ],
)
def test_schedule_expressions(expression: str, problem: str | None) -> None:
    assert schedule_problem(expression) == problem


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
    app = App(tags={"team": "a"}).add(
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
    assert list(doc["Resources"]) == ["Main"]
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
    props = _doc(app, stage="prod")["Resources"]["M"]["Properties"]
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
        "logical id 'Orders' (state machine) is already used in the template; give this one "
        "another logical_id"
    )


def test_render_is_deterministic_and_rejects_unknown_formats() -> None:
    template = template_for(_machine())
    assert render(template, "json") == render(template_for(_machine()), "json")
    assert json.loads(render(template, "json")) == json.loads(
        json.dumps(__import__("yaml").safe_load(render(template, "yaml")))
    )
    with pytest.raises(ValueError, match=r"^fmt must be 'json' or 'yaml', got 'xml'$"):
        render(template, "xml")
