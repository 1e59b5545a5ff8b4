"""`sfdsl validate` runs every App-level check of `sfdsl build`, and the template checks.

A table of App mistakes goes through both commands: each exits 1 with the same problems.
The template checks find, at build time, what cfn-lint and the services refuse at deploy time.
"""

from __future__ import annotations

import datetime
import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sfdsl import Pass, StateMachine, Task
from sfdsl.cfn import App, EventRule, Function, check, template_for
from sfdsl.cfn._lambda import lambda_runtimes, runtime_problem
from sfdsl.cli import app as cli
from sfdsl.errors import BuildError, SfdslWarning

HEAD = """
from sfdsl import Pass, StateMachine, Task
from sfdsl.cfn import Alarms, App, ApiEndpoint, EventRule, Function, Notifications
from sfdsl.cfn import ProvisionedConcurrency, Publish, Target

HANDLER = "def handler(event, context):\\n    return event\\n"
"""

_RUNTIMES_PAGE = "https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html"

# (id, the App's source, the problems both commands report: (path, message))
MISTAKES: list[tuple[str, str, list[tuple[str, str]]]] = [
    (
        "latest-of-a-provisioned-function",
        """
        fn = Function("Worker", code=HANDLER, provisioned=ProvisionedConcurrency(2))
        app = App().with_functions(fn).add(
            StateMachine(Task("Call", resource=fn.latest), name="jobs")
        )
        """,
        [
            (
                "Jobs",
                "States.Call.Resource calls function 'Worker' through $LATEST, but its "
                "provisioned concurrency is on alias 'provisioned', so every call would be a "
                "cold start; use Worker.arn (or .alias) in the task instead of .latest or its "
                "unqualified ARN",
            )
        ],
    ),
    (
        "function-and-machine-share-a-logical-id",
        """
        fn = Function("Hello", code=HANDLER)
        app = App().with_functions(fn).add(
            StateMachine(Task("Call", resource=fn.arn), name="hello")
        )
        """,
        [
            (
                "Hello",
                "logical id 'Hello' of the state machine 'hello' is taken by the Lambda "
                "function 'Hello'; give one of them another logical_id",
            )
        ],
    ),
    (
        "depends-on-typo",
        """
        queue = {"Type": "AWS::SQS::Queue"}
        app = App(resources={"OrdersQueue": queue}).add(
            StateMachine(Pass("P"), name="orders"), depends_on=["OrderQueue"]
        )
        """,
        [
            (
                "Orders.depends_on",
                "depends_on names 'OrderQueue', which is not a resource of the template; did "
                "you mean 'OrdersQueue'?",
            )
        ],
    ),
    (
        "role-name-for-arn",
        """
        role = {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {}}}
        app = App(resources={"Runner": role}).add(
            StateMachine(Pass("P"), name="orders"), role={"Ref": "Runner"}
        )
        """,
        [
            (
                "Orders.role",
                "role is {'Ref': 'Runner'}, the name of the role, but an ARN is needed; write "
                "{'Fn::GetAtt': ['Runner', 'Arn']}",
            )
        ],
    ),
    (
        "event-role-name-for-arn",
        """
        role = {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {}}}
        rule = EventRule({"source": ["shop"]}, role={"Ref": "Starter"})
        app = App(resources={"Starter": role}).add(
            StateMachine(Pass("P"), name="orders"), events=[rule]
        )
        """,
        [
            (
                "Orders.events[0].role",
                "events[0].role is {'Ref': 'Starter'}, the name of the role, but an ARN is "
                "needed; write {'Fn::GetAtt': ['Starter', 'Arn']}",
            )
        ],
    ),
    (
        "function-role-name-for-arn",
        """
        role = {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {}}}
        fn = Function("Worker", code=HANDLER, role={"Ref": "Runner"})
        app = App(resources={"Runner": role}).with_functions(fn).add(
            StateMachine(Task("Call", resource=fn.arn), name="jobs")
        )
        """,
        [
            (
                "functions[0].role",
                "Function 'Worker': role is {'Ref': 'Runner'}, the name of the role, but an ARN "
                "is needed; write {'Fn::GetAtt': ['Runner', 'Arn']}",
            )
        ],
    ),
    (
        "arn-field-without-an-arn",
        """
        notify = Task(
            "Notify",
            resource="arn:aws:states:::sns:publish",
            parameters={"TopicArn": "TOPIC_ARN", "Message": "done"},
        )
        app = App().add(StateMachine(notify, name="orders"))
        """,
        [
            (
                "Orders.States.Notify.Parameters.TopicArn",
                "TopicArn must be an ARN (arn:<partition>:<service>:<region>:<account>:...), "
                "got 'TOPIC_ARN': IAM refuses the role's policy on it",
            )
        ],
    ),
    (
        "account-id-not-12-digits",
        """
        notify = Task(
            "Notify",
            resource="arn:aws:states:::sns:publish",
            parameters={"TopicArn": "arn:aws:sns:us-east-1:12345678901:alerts", "Message": "x"},
        )
        app = App().add(StateMachine(notify, name="orders"))
        """,
        [
            (
                "Orders.States.Notify.Parameters.TopicArn",
                "account id '12345678901' in 'arn:aws:sns:us-east-1:12345678901:alerts' is not "
                "12 digits; write the 12-digit account id (or ${AWS::AccountId})",
            )
        ],
    ),
    (
        "account-id-in-an-option",
        """
        dlq = "arn:aws:sqs:us-east-1:1234:dead"
        app = App().add(
            StateMachine(Pass("P"), name="orders"),
            events=[EventRule({"source": ["shop"]}, dead_letter_arn=dlq)],
        )
        """,
        [
            (
                "OrdersEventsRule1.Targets[0].DeadLetterConfig.Arn",
                "account id '1234' in 'arn:aws:sqs:us-east-1:1234:dead' is not 12 digits; "
                "write the 12-digit account id (or ${AWS::AccountId})",
            )
        ],
    ),
    (
        "runtime-blocked-for-creation",
        """
        fn = Function("Worker", code=HANDLER, runtime="python3.7")
        app = App().with_functions(fn).add(
            StateMachine(Task("Call", resource=fn.arn), name="jobs")
        )
        """,
        [
            (
                "functions[0].runtime",
                "Function 'Worker': runtime 'python3.7' is blocked for new functions since "
                "2024-01-09 (updates of existing ones since 2027-03-03), so Lambda refuses to "
                f"create this function; use python3.14 ({_RUNTIMES_PAGE})",
            )
        ],
    ),
    (
        "placeholder-without-a-value",
        """
        app = App().add(StateMachine(Task("Call", resource="${WorkerArn}"), name="jobs"))
        """,
        [
            (
                "Jobs",
                "placeholder ${WorkerArn} has no CloudFormation value (used at "
                "States.Call.Resource); give it one with Placeholder('WorkerArn', value) or a "
                "Function/Activity handle, give it at build time (--param WorkerArn=VALUE), or "
                "make it a template Parameter with App(..., placeholders='parameters')",
            )
        ],
    ),
    (
        "rollback-alarms-without-alarms",
        """
        app = App().add(
            StateMachine(Pass("P"), name="jobs"),
            publish=Publish("live", deployment="ALL_AT_ONCE", rollback_alarms="generated"),
        )
        """,
        [
            (
                "Jobs.publish",
                "rollback_alarms='generated' but this state machine has no alarms; pass "
                "alarms=Alarms(...) to App.add or list alarm names",
            )
        ],
    ),
    (
        "sync-endpoint-on-a-standard-machine",
        """
        app = App().add(
            StateMachine(Pass("P"), name="jobs"),
            events=[ApiEndpoint("jobs", action="StartSyncExecution")],
        )
        """,
        [
            (
                "Jobs.events[0]",
                "action='StartSyncExecution' needs an EXPRESS state machine (Step Functions "
                "runs synchronous executions only for EXPRESS workflows), but 'jobs' is "
                "STANDARD; use StateMachine(..., type='EXPRESS') or action='StartExecution'",
            )
        ],
    ),
    (
        "reference-to-a-missing-resource",
        """
        send = Task(
            "Send",
            resource="arn:aws:states:::sqs:sendMessage",
            parameters={"QueueUrl": {"Ref": "Jobs"}, "MessageBody.$": "$"},
        )
        app = App().add(StateMachine(send, name="dispatch"))
        """,
        [
            (
                "Dispatch",
                "DefinitionSubstitutions.Jobs refers to 'Jobs', which is not in the template; "
                "define it (App(resources={'Jobs': {'Type': ...}}) or Function('Jobs', "
                "code=...)), or add it to your own troposphere Template and build with "
                "App.add_to(template)",
            )
        ],
    ),
]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, json.loads(result.stdout)


@pytest.mark.parametrize(
    ("source", "problems"),
    [pytest.param(src, problems, id=name) for name, src, problems in MISTAKES],
)
def test_validate_and_build_refuse_the_same_app_mistakes(
    workdir: Path, source: str, problems: list[tuple[str, str]]
) -> None:
    (workdir / "flows.py").write_text(HEAD + textwrap.dedent(source), encoding="utf-8")
    validated = _run("validate", "flows.py", "--json")
    built = _run("build", "flows.py", "--json")
    for code, payload in (validated, built):
        assert code == 1
        found = [(p["path"], p["message"]) for p in payload["error"]["problems"]]
        assert found == problems
    assert validated[1]["valid"] is False


def test_validate_says_which_app_mistake_in_text(workdir: Path) -> None:
    _, source, _ = MISTAKES[1]
    (workdir / "flows.py").write_text(HEAD + textwrap.dedent(source), encoding="utf-8")
    result = CliRunner().invoke(cli, ["validate", "flows.py"])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr.splitlines() == [
        "error: invalid application (1 problem):",
        "  - logical id 'Hello' of the state machine 'hello' is taken by the Lambda function "
        "'Hello'; give one of them another logical_id  @ Hello",
    ]


def test_check_is_the_build_without_the_template() -> None:
    fn = Function("Worker", code="def handler(e, c):\n    return e\n")
    app = App().with_functions(fn).add(StateMachine(Task("Call", resource=fn.arn), name="jobs"))
    assert check(app) == ()
    with pytest.raises(BuildError) as info:
        check(App().add(StateMachine(Pass("P"), name="a"), depends_on="Nothing"))
    assert [p.code for p in info.value.problems] == ["missing-dependency"]


# --- Lambda runtimes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("runtime", "day", "expected"),
    [
        ("python3.12", datetime.date(2026, 12, 7), None),
        ("nodejs22.x", datetime.date(2026, 12, 7), None),
        ("not-a-runtime", datetime.date(2026, 12, 7), None),
        ("dotnet8", datetime.date(2026, 11, 9), None),
        (
            "dotnet8",
            datetime.date(2026, 11, 10),
            (
                "warning",
                "runtime 'dotnet8' is deprecated since 2026-11-10 (no more security patches); "
                "Lambda blocks creating functions with it from 2027-02-01; use dotnet10 "
                f"({_RUNTIMES_PAGE})",
            ),
        ),
        (
            "dotnet8",
            datetime.date(2027, 2, 1),
            (
                "error",
                "runtime 'dotnet8' is blocked for new functions since 2027-02-01 (updates of "
                "existing ones since 2027-03-03), so Lambda refuses to create this function; "
                f"use dotnet10 ({_RUNTIMES_PAGE})",
            ),
        ),
        (
            "python3.7",
            datetime.date(2026, 12, 7),
            (
                "error",
                "runtime 'python3.7' is blocked for new functions since 2024-01-09 (updates "
                "of existing ones since 2027-03-03), so Lambda refuses to create this "
                f"function; use python3.14 ({_RUNTIMES_PAGE})",
            ),
        ),
    ],
)
def test_runtime_dates(runtime: str, day: datetime.date, expected: tuple[str, str] | None) -> None:
    assert runtime_problem(runtime, day) == expected


def test_a_deprecated_runtime_builds_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    import sfdsl.cfn._build.checks

    monkeypatch.setattr(sfdsl.cfn._build.checks, "_today", lambda: datetime.date(2026, 12, 7))
    fn = Function("Worker", code="def handler(e, c):\n    return e\n", runtime="dotnet8")
    app = App().with_functions(fn).add(StateMachine(Task("Call", resource=fn.arn), name="jobs"))
    with pytest.warns(SfdslWarning) as caught:
        template_for(app)
    assert [str(w.message) for w in caught] == [
        "Function 'Worker': runtime 'dotnet8' is deprecated since 2026-11-10 (no more security "
        "patches); Lambda blocks creating functions with it from 2027-02-01; use dotnet10 "
        f"({_RUNTIMES_PAGE})  @ functions[0].runtime"
    ]


def test_the_runtime_table_agrees_with_cfn_lints_maintained_data() -> None:
    """cfn-lint follows the Lambda runtimes page: when it changes, update lambda_runtimes.json."""
    import cfnlint

    spec = Path(cfnlint.__file__).parent / "data" / "AdditionalSpecs" / "LmbdRuntimeLifecycle.json"
    maintained = json.loads(spec.read_text(encoding="utf-8"))
    ours = lambda_runtimes()
    assert {
        name: (d["deprecated"], d["create_block"], d["update_block"]) for name, d in ours.items()
    } == {
        name: (d["deprecated"], d["create-block"], d["update-block"])
        for name, d in maintained.items()
    }


# --- template checks that leave correct templates alone --------------------------------------


@pytest.mark.parametrize(
    "topic",
    [
        "arn:aws:sns:us-east-1:123456789012:alerts",
        "arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:alerts",
        {"Ref": "Alerts"},
    ],
    ids=["literal", "pseudo-parameters", "ref"],
)
def test_correct_arn_fields_build(topic: Any) -> None:
    notify = Task(
        "Notify",
        resource="arn:aws:states:::sns:publish",
        parameters={"TopicArn": topic, "Message": "done", "Subject.$": "$.subject"},
    )
    app = App(resources={"Alerts": {"Type": "AWS::SNS::Topic"}}).add(
        StateMachine(notify, name="orders"),
        depends_on=["Alerts"],
        events=[EventRule({"source": ["shop"]})],
    )
    assert check(app) == ()


def test_the_role_of_a_role_resource_by_arn_builds() -> None:
    role = {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {}}}
    app = App(resources={"Runner": role}).add(
        StateMachine(Pass("P"), name="orders"), role={"Fn::GetAtt": ["Runner", "Arn"]}
    )
    assert check(app) == ()


def test_every_problem_is_reported_together() -> None:
    app = App().add(
        StateMachine(
            Task(
                "Notify",
                resource="arn:aws:states:::sns:publish",
                parameters={"TopicArn": "TOPIC", "Message": "x"},
            ),
            name="orders",
        ),
        depends_on=["Missing"],
    )
    with pytest.raises(BuildError) as info:
        check(app)
    assert [p.code for p in info.value.problems] == ["missing-dependency", "not-an-arn"]


def test_validate_accepts_what_build_accepts(workdir: Path) -> None:
    source = """
    fn = Function("Worker", code=HANDLER)
    app = App().with_functions(fn).add(StateMachine(Task("Call", resource=fn.arn), name="jobs"))
    """
    (workdir / "flows.py").write_text(HEAD + textwrap.dedent(source), encoding="utf-8")
    assert _run("validate", "flows.py", "--json")[0] == 0
    assert _run("build", "flows.py", "--json")[0] == 0


def test_a_machine_that_depends_on_itself_is_refused() -> None:
    with pytest.raises(BuildError) as info:
        check(App().add(StateMachine(Pass("P"), name="orders"), depends_on="Orders"))
    assert [str(p) for p in info.value.problems] == [
        "depends_on names 'Orders', the state machine itself (CloudFormation refuses a "
        "circular dependency); drop it  @ Orders.depends_on"
    ]


def test_validate_reports_the_warnings_of_the_build_too(workdir: Path) -> None:
    source = """
    send = Task(
        "Send",
        resource="arn:aws:states:::sqs:sendMessage",
        parameters={"QueueUrl.$": "$.queue", "MessageBody.$": "$"},
    )
    machine = StateMachine(send, name="send")
    """
    (workdir / "flows.py").write_text(HEAD + textwrap.dedent(source), encoding="utf-8")
    warning = (
        "QueueUrl is chosen at run time, so sqs:SendMessage is granted on every queue in the "
        "account and region; write it in the definition (a literal or a ${Placeholder}) to pin "
        "it"
    )
    result = CliRunner().invoke(cli, ["validate", "flows.py"])
    assert (result.exit_code, result.stdout.splitlines()) == (
        0,
        [
            "flows.py:machine: valid state machine 'send' (1 state)",
            f"warning: {warning}  @ Send.States.Send.Parameters.QueueUrl.$",
        ],
    )
    code, payload = _run("validate", "flows.py", "--json")
    assert (code, payload["warnings"]) == (
        0,
        [
            {
                "message": warning,
                "path": "Send.States.Send.Parameters.QueueUrl.$",
                "code": "iam-wildcard",
                "severity": "warning",
            }
        ],
    )
    built = CliRunner().invoke(cli, ["build", "flows.py"])
    assert built.stderr.splitlines()[0] == (
        f"warning: {warning}  @ Send.States.Send.Parameters.QueueUrl.$"
    )


def test_strict_validate_fails_on_the_warnings_of_the_build_as_build_does(workdir: Path) -> None:
    source = """
    send = Task(
        "Send",
        resource="arn:aws:states:::sqs:sendMessage",
        parameters={"QueueUrl.$": "$.queue", "MessageBody.$": "$"},
    )
    machine = StateMachine(send, name="send")
    """
    (workdir / "flows.py").write_text(HEAD + textwrap.dedent(source), encoding="utf-8")
    validated = CliRunner().invoke(cli, ["validate", "flows.py", "--strict"])
    built = CliRunner().invoke(cli, ["build", "flows.py", "--strict"])
    assert validated.exit_code == built.exit_code == 1
    assert validated.stderr == built.stderr


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ((), 2),
        (("--param", "stage=prod"), 0),
        (("--param", "stge=prod"), 2),
    ],
    ids=["missing", "given", "typo"],
)
def test_validate_takes_the_build_parameters_of_build(
    workdir: Path, args: tuple[str, ...], code: int
) -> None:
    source = """
    app = App().add(StateMachine(Pass("P"), name="orders-${param:stage}"))
    """
    (workdir / "flows.py").write_text(HEAD + textwrap.dedent(source), encoding="utf-8")
    validated = CliRunner().invoke(cli, ["validate", "flows.py", *args])
    built = CliRunner().invoke(cli, ["build", "flows.py", *args])
    assert validated.exit_code == built.exit_code == code
    if code:
        assert validated.stderr == built.stderr


def test_an_arn_named_field_that_the_role_does_not_name_is_left_alone() -> None:
    """Some APIs take an id in a field named ...Arn (Bedrock's ModelArn takes a model id)."""
    call = Task(
        "Call",
        resource="arn:aws:states:::lambda:invoke",
        parameters={
            "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:judge",
            "Payload": {"ModelArn": "anthropic.claude-3-5-sonnet-20240620-v1:0"},
        },
    )
    assert check(App().add(StateMachine(call, name="judge"))) == ()
