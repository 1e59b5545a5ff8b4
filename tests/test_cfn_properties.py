"""Properties of the CloudFormation output: random valid apps give lintable, stable templates.

An app here holds several state machines (random ``valid_machines()`` and chains of Tasks on
many service integrations) with random deployment options: type, logging, tracing, encryption,
tags, alarms, notifications, schedules, event rules, API endpoints, published versions, retain,
custom logical ids and build parameters in names.
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from test_oracles import _known_false_positive
from test_properties import valid_machines
from troposphere import Template

from sfdsl import Pass, StateMachine, Task, chain
from sfdsl.cfn import (
    Alarms,
    ApiEndpoint,
    App,
    Authorizer,
    Autoscaling,
    Cors,
    Encryption,
    EventRule,
    Function,
    Logging,
    Metric,
    Notifications,
    ProvisionedConcurrency,
    Publish,
    RestApi,
    Schedule,
    Target,
    UsagePlan,
    render,
    template_for,
)
from sfdsl.errors import BuildError, SfdslError, SfdslWarning, ValidationError

Draw = Callable[[st.SearchStrategy[Any]], Any]

HANDLER = "def handler(event, context):\n    return event\n"
ACCOUNT = "123456789012"
TOPIC = f"arn:aws:sns:us-east-1:{ACCOUNT}:alerts"
QUEUE = f"arn:aws:sqs:us-east-1:{ACCOUNT}:failures"
KEY = f"arn:aws:kms:us-east-1:{ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab"
LAMBDA = "arn:aws:states:::lambda:invoke"

SETTINGS = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    # The explain phase imports a module that warns (mypy_extensions), an error under pytest.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
)

# --------------------------------------------------------------------------- tasks

# Task resource -> (Parameters, an IAM action its role must hold, needs a STANDARD machine).
INTEGRATIONS: dict[str, tuple[dict[str, Any], str, bool]] = {
    "arn:aws:states:::sqs:sendMessage": (
        {"QueueUrl": f"https://sqs.us-east-1.amazonaws.com/{ACCOUNT}/jobs", "MessageBody.$": "$"},
        "sqs:SendMessage",
        False,
    ),
    "arn:aws:states:::sns:publish": ({"TopicArn": TOPIC, "Message.$": "$"}, "sns:Publish", False),
    "arn:aws:states:::dynamodb:putItem": (
        {"TableName": "orders", "Item": {"id": {"S.$": "$.id"}}},
        "dynamodb:PutItem",
        False,
    ),
    "arn:aws:states:::events:putEvents": (
        {"Entries": [{"Detail.$": "$", "DetailType": "Placed", "Source": "shop"}]},
        "events:PutEvents",
        False,
    ),
    "arn:aws:states:::ecs:runTask.sync": (
        {
            "TaskDefinition": "web:3",
            "Cluster": f"arn:aws:ecs:us-east-1:{ACCOUNT}:cluster/main",
            "LaunchType": "FARGATE",
        },
        "ecs:RunTask",
        True,
    ),
    "arn:aws:states:::batch:submitJob.sync": (
        {"JobDefinition": "report:2", "JobQueue": "reports", "JobName": "nightly"},
        "batch:SubmitJob",
        True,
    ),
    "arn:aws:states:::glue:startJobRun.sync": ({"JobName": "etl"}, "glue:StartJobRun", True),
    "arn:aws:states:::aws-sdk:s3:getObject": (
        {"Bucket": "reports", "Key": "latest.json"},
        "s3:GetObject",
        False,
    ),
}
CHILD = "arn:aws:states:::states:startExecution.sync:2"


def _function(draw: Draw, i: int) -> Function:
    provisioned = None
    if draw(st.booleans()):
        low = draw(st.integers(1, 3))
        scaling = draw(
            st.one_of(st.none(), st.builds(Autoscaling, st.just(low), st.integers(low, 10)))
        )
        provisioned = ProvisionedConcurrency(low, autoscaling=scaling)
    return Function(
        f"Worker{i}",
        code=HANDLER,
        exact_version=draw(st.booleans()),
        provisioned=provisioned,
        **_some(draw, memory_size=st.sampled_from([128, 512]), timeout=st.integers(1, 900)),
    )


def _some(draw: Draw, **options: st.SearchStrategy[Any]) -> dict[str, Any]:
    """A random subset of keyword arguments."""
    return {k: draw(v) for k, v in options.items() if draw(st.booleans())}


def _task(
    draw: Draw, name: str, functions: list[Function], children: list[Any], standard: bool
) -> Task:
    kinds = ["function", *(r for r, (_, _, sync) in INTEGRATIONS.items() if standard or not sync)]
    if standard and children:
        kinds.append(CHILD)
    kind = draw(st.sampled_from(kinds))
    if kind == "function":
        fn = draw(st.sampled_from(functions))
        handles = ["arn", "version"] + (["alias"] if fn.provisioned else ["latest"])
        target = getattr(fn, draw(st.sampled_from(handles)))
        if draw(st.booleans()):
            return Task(name, resource=target)
        return Task(name, resource=LAMBDA, parameters={"FunctionName": target, "Payload.$": "$"})
    if kind == CHILD:
        child = draw(st.sampled_from(children))
        return Task(name, resource=CHILD, parameters={"StateMachineArn": child, "Input.$": "$"})
    return Task(name, resource=kind, parameters=INTEGRATIONS[kind][0])


def _integration_machine(
    draw: Draw, functions: list[Function], children: list[Any], standard: bool
) -> StateMachine:
    """A chain of Tasks on service integrations (Lambda through the app's function handles)."""
    count = draw(st.integers(1, 4))
    tasks = [_task(draw, f"Step{i}", functions, children, standard) for i in range(count)]
    return StateMachine(chain(*tasks), type="STANDARD" if standard else "EXPRESS")


# --------------------------------------------------------------------------- options

rates = st.one_of(
    st.just("rate(1 minute)"),
    st.integers(2, 59).map(lambda n: f"rate({n} minutes)"),
    st.just("rate(1 hour)"),
    st.integers(2, 24).map(lambda n: f"rate({n} hours)"),
    st.integers(2, 7).map(lambda n: f"rate({n} days)"),
)


@st.composite
def crons(draw: Draw) -> str:
    """A valid EventBridge cron: exactly one of day-of-month and day-of-week is '?'."""
    minute = draw(st.sampled_from(["0", "15", "*/5", "0/10"]))
    hour = draw(st.sampled_from(["*", "3", "9-17", "0,12"]))
    month = draw(st.sampled_from(["*", "1", "JAN-MAR", "6"]))
    year = draw(st.sampled_from(["*", "2030"]))
    if draw(st.booleans()):
        day, weekday = draw(st.sampled_from(["*", "1", "L", "15"])), "?"
    else:
        day, weekday = "?", draw(st.sampled_from(["MON-FRI", "1", "SUN", "2#1"]))
    return f"cron({minute} {hour} {day} {month} {weekday} {year})"


metrics = st.lists(
    st.one_of(
        st.sampled_from(
            ["ExecutionsTimedOut", "ExecutionsFailed", "ExecutionsAborted", "ExecutionThrottled"]
        ),
        st.builds(
            Metric,
            st.sampled_from(["executionsFailed", "executionsTimedOut", "executionThrottled"]),
            treat_missing_data=st.sampled_from(["missing", "ignore", "breaching", "notBreaching"]),
        ),
    ),
    min_size=1,
    max_size=4,
    unique_by=lambda m: (m if isinstance(m, str) else m.name).lower(),
)
alarms = st.builds(
    Alarms,
    ok=st.sampled_from([None, TOPIC]),
    alarm=st.just(TOPIC),
    metrics=metrics,
    treat_missing_data=st.sampled_from(["missing", "ignore", "breaching", "notBreaching"]),
)
targets = st.lists(
    st.sampled_from([Target.sns(TOPIC), Target.sqs(QUEUE)]), min_size=1, max_size=2, unique=True
)
notifications = st.builds(
    Notifications,
    **{s: st.one_of(st.just(()), targets) for s in ("aborted", "succeeded", "running")},
    failed=targets,
    timed_out=st.one_of(st.just(()), targets),
)
authorizers = st.one_of(
    st.none(),
    st.just(Authorizer.iam()),
    st.just(
        Authorizer.cognito(
            "users", [f"arn:aws:cognito-idp:us-east-1:{ACCOUNT}:userpool/us-east-1_abc"]
        )
    ),
)
cors = st.one_of(
    st.booleans(),
    st.builds(Cors, origins=st.just(["https://example.com"]), max_age=st.sampled_from([None, 600])),
)


def _events(draw: Draw, prefix: str, i: int, express: bool) -> list[Any]:
    events: list[Any] = []
    for j in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(["schedule", "rule", "api"]))
        if kind == "schedule":
            expression = draw(st.one_of(rates, crons()))
            events.append(Schedule(expression, input={"n": j}, enabled=draw(st.booleans())))
        elif kind == "rule":
            pattern = {"source": ["shop.orders"], "detail-type": [f"Order{i}x{j}"]}
            events.append(EventRule(pattern, enabled=draw(st.booleans())))
        else:
            sync = express and draw(st.booleans())
            events.append(
                ApiEndpoint(
                    f"{prefix}m{i}/start{j}",
                    draw(st.sampled_from(["GET", "POST", "PUT"])),
                    cors=draw(cors),
                    authorizer=draw(authorizers),
                    action="StartSyncExecution" if sync else "StartExecution",
                )
            )
    return events


def _publish(draw: Draw, has_alarms: bool) -> Publish:
    deployment = draw(st.sampled_from([None, "ALL_AT_ONCE", "CANARY", "LINEAR"]))
    gradual = deployment in ("CANARY", "LINEAR")
    return Publish(
        draw(st.sampled_from(["live", "prod"])),
        deployment=deployment,
        percentage=draw(st.integers(1, 99)) if gradual else None,
        interval_minutes=draw(st.integers(1, 60)) if gradual else None,
        rollback_alarms="generated" if has_alarms and deployment and draw(st.booleans()) else (),
    )


# --------------------------------------------------------------------------- apps


class Built:
    """A random app and what the properties need to know about it.

    A plain class: hypothesis would print an attrs class field by field, tens of kilobytes.
    """

    def __init__(self, app: App, needs: dict[str, list[str]]) -> None:
        self.app = app
        # machine logical id -> the IAM action each of its Tasks needs
        self.needs = needs

    def __repr__(self) -> str:
        fields = ("machine", "logical_id", "tags", "depends_on", "outputs")
        parts = [
            f"{d.logical_id}: {d.machine.type} {d.machine.name!r} "
            + ", ".join(
                f"{f.name}={getattr(d, f.name)!r}"
                for f in attrs.fields(type(d))
                if f.name not in fields and getattr(d, f.name) not in (None, False, (), {})
            )
            for d in self.app.deployments
        ]
        return f"<app {self.app.name!r}: " + "; ".join(parts) + ">"


@st.composite
def apps(draw: Draw, *, prefix: str = "") -> Built:
    """A random valid App of 1-3 state machines with random deployment options."""
    functions = [_function(draw, i) for i in range(draw(st.integers(1, 2)))]
    functions = [attrs.evolve(f, logical_id=f"{prefix}{f.logical_id}") for f in functions]
    app = App(
        draw(st.sampled_from(["shop", "${param:stage}-shop"])),
        params={"stage": draw(st.sampled_from(["dev", "prod"]))},
        tags=draw(
            st.dictionaries(st.sampled_from(["team", "cost-center"]), st.sampled_from(["a", "b"]))
        ),
    ).with_functions(*functions)
    needs: dict[str, list[str]] = {}
    children: list[Any] = []
    for i in range(draw(st.integers(1, 3))):
        standard = draw(st.booleans())
        if draw(st.booleans()):
            machine = _integration_machine(draw, functions, children, standard)
        else:
            machine = draw(valid_machines())
            if not standard:
                try:
                    machine = machine.with_(type="EXPRESS")
                except SfdslError:
                    standard = True
        name = draw(st.sampled_from([f"{prefix}m{i}", f"${{param:stage}}-{prefix}m{i}", None]))
        machine = machine.with_(name=name)
        logical_id = f"{prefix}Machine{i}" if name is None or draw(st.booleans()) else None
        has_alarms = draw(st.booleans())
        options: dict[str, Any] = _some(
            draw,
            logging=st.builds(
                Logging,
                st.sampled_from(["ALL", "ERROR", "FATAL", "OFF"]),
                include_execution_data=st.booleans(),
            ),
            tracing=st.booleans(),
            encryption=st.builds(
                Encryption, st.just(KEY), reuse_period_seconds=st.integers(60, 900)
            ),
            tags=st.dictionaries(st.sampled_from(["owner", "team"]), st.sampled_from(["x", "y"])),
            retain=st.booleans(),
        )
        if has_alarms:
            options["alarms"] = draw(alarms)
        if standard and draw(st.booleans()):
            options["notifications"] = draw(notifications)
        if draw(st.booleans()):
            options["publish"] = _publish(draw, has_alarms)
        options["events"] = _events(draw, prefix, i, not standard)
        app = app.add(machine, logical_id=logical_id, **options)
        deployment = app.deployments[-1]
        children.append(deployment.arn)
        needs[deployment.logical_id] = _needed_actions(machine)
    return Built(app, needs)


def _needed_actions(machine: StateMachine) -> list[str]:
    """The IAM action each top-level and nested Task of *machine* needs, from its resource."""
    actions: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            if value.get("Type") == "Task":
                actions.append(_action_for(value["Resource"]))
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(machine.to_asl())
    return actions


def _action_for(resource: str) -> str:
    if resource in INTEGRATIONS:
        return INTEGRATIONS[resource][1]
    if resource == CHILD:
        return "states:StartExecution"
    return "lambda:InvokeFunction"  # lambda:invoke, or a function ARN (placeholder) itself


def _build(app: App) -> dict[str, Any]:
    """The template as JSON data; the build's warnings must all be SfdslWarnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        text = render(template_for(app), "json")
    assert [w for w in caught if not issubclass(w.category, SfdslWarning)] == []
    data: dict[str, Any] = json.loads(text)
    return data


def _merged(built: list[Built]) -> str:
    """One template (JSON text) holding several apps with distinct logical ids, to lint at once."""
    template = Template()
    template.set_version("2010-09-09")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SfdslWarning)
        for b in built:
            b.app.add_to(template)
    return render(template, "json")


def _lint(text: str) -> list[str]:
    """cfn-lint errors and warnings, less E3601 findings where its schema is stricter than ASL."""
    from cfnlint.api import ManualArgs, lint

    template = json.loads(text)
    matches = lint(text, config=ManualArgs(regions=["us-east-1"]))
    found = []
    for m in matches:
        path = list(getattr(m, "path", ()))
        if m.rule.id == "E3601" and len(path) > 4:
            definition = template["Resources"][path[1]]["Properties"]["Definition"]
            if _known_false_positive(definition, path, m.message):
                continue
        if m.rule.id[0] in "EW":
            found.append(f"{m.rule.id} {m.message} @ {'.'.join(map(str, path))}")
    return found


# --------------------------------------------------------------------------- properties


@SETTINGS
@given(apps())
def test_the_template_renders_as_json_and_as_yaml_that_parses_back_equal(built: Built) -> None:
    template = _build(built.app)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SfdslWarning)
        text = render(template_for(built.app), "yaml")
    assert yaml.safe_load(text) == template


@SETTINGS
@given(apps())
def test_building_twice_gives_identical_json(built: Built) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SfdslWarning)
        first = render(template_for(built.app), "json")
        again = render(template_for(built.app), "json")
    assert first == again


@SETTINGS
@given(apps())
def test_every_task_gets_an_iam_action_and_the_role_trusts_step_functions_of_this_account(
    built: Built,
) -> None:
    resources = _build(built.app)["Resources"]
    for logical_id, needed in built.needs.items():
        role = resources[f"{logical_id}Role"]["Properties"]
        granted = {
            action
            for policy in role.get("Policies", [])
            for statement in policy["PolicyDocument"]["Statement"]
            for action in statement["Action"]
        }
        assert [a for a in needed if a not in granted] == [], logical_id
        (trust,) = role["AssumeRolePolicyDocument"]["Statement"]
        assert trust["Principal"] == {"Service": ["states.amazonaws.com"]}
        assert trust["Action"] == ["sts:AssumeRole"]
        assert trust["Condition"]["StringEquals"] == {
            "aws:SourceAccount": {"Ref": "AWS::AccountId"}
        }


@pytest.mark.slow
@settings(SETTINGS, max_examples=10)
@given(st.tuples(*(apps(prefix=p) for p in ("A", "B", "C"))))
def test_cfn_lint_reports_no_error_and_no_warning(built: tuple[Built, ...]) -> None:
    assert _lint(_merged(list(built))) == []


# --------------------------------------------------------------------------- invalid changes

UNKNOWN_SERVICE = "arn:aws:states:::aws-sdk:foobarservice:doThing"
BAD_CRONS = [
    "cron(0 3 * * * *)",  # both day fields given
    "cron(0 3 ? * ? *)",  # neither
    "cron(61 3 * * ? *)",
    "cron(0 3 * *)",
    "cron(0 25 ? * MON *)",
    "rate(0 minutes)",
    "rate(2 hour)",
    "every day",
]


def _new_machine(name: str = "extra") -> StateMachine:
    return StateMachine(Pass("Start"), name=name)


def _taken_logical_id(draw: Draw, app: App) -> Callable[[], object]:
    """A new machine under a logical id the template already uses."""
    taken = draw(st.sampled_from(sorted(_build(app)["Resources"])))
    return lambda: template_for(app.add(_new_machine(), logical_id=taken))


def _bad_schedule(draw: Draw, app: App) -> Callable[[], object]:
    expression = draw(st.sampled_from(BAD_CRONS))
    return lambda: app.add(_new_machine(), events=[Schedule(expression)])


def _express_with_notifications(draw: Draw, app: App) -> Callable[[], object]:
    note = Notifications(failed=draw(targets))
    machine = _new_machine().with_(type="EXPRESS")
    return lambda: template_for(app.add(machine, notifications=note))


def _task_without_an_iam_rule(draw: Draw, app: App) -> Callable[[], object]:
    task = Task("Call", resource=UNKNOWN_SERVICE, parameters={"Id": "1"})
    return lambda: template_for(app.add(StateMachine(task, name="extra")))


def _bad_option(draw: Draw, app: App) -> Callable[[], object]:
    make = draw(
        st.sampled_from(
            [
                lambda: Logging("DEBUG"),  # type: ignore[arg-type]
                lambda: Encryption(KEY, reuse_period_seconds=30),
                lambda: Publish("live", deployment="CANARY", percentage=0, interval_minutes=5),
                lambda: Alarms(metrics=["ExecutionsExploded"]),
                lambda: Metric("executionsFailed", treat_missing_data="sometimes"),  # type: ignore[arg-type]
                lambda: Cors(origins=["*"], allow_credentials=True),
                lambda: ProvisionedConcurrency(-1),
            ]
        )
    )
    return lambda: app.add(_new_machine(), logging=make())


# (mutation, the start of the one problem's message)
MUTATIONS: list[tuple[Callable[[Draw, App], Callable[[], object]], str]] = [
    (_taken_logical_id, "logical id "),
    (_bad_schedule, ""),
    (_express_with_notifications, "notifications need a STANDARD state machine"),
    (_task_without_an_iam_rule, "no IAM rule for Resource 'arn:aws:states:::aws-sdk:foobarservice"),
    (_bad_option, ""),
]


@pytest.mark.parametrize(("mutate", "message"), MUTATIONS, ids=lambda m: getattr(m, "__name__", ""))
@settings(SETTINGS, max_examples=10)
@given(built=apps(), data=st.data())
def test_an_invalid_change_raises_an_sfdsl_error_naming_the_problem(
    mutate: Callable[[Draw, App], Callable[[], object]],
    message: str,
    built: Built,
    data: st.DataObject,
) -> None:
    change = mutate(data.draw, built.app)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SfdslWarning)
        with pytest.raises(SfdslError) as info:
            change()
    assert isinstance(info.value, ValidationError)
    problems = info.value.problems
    assert problems
    assert [p.message for p in problems if not p.message.startswith(message)] == []


# --------------------------------------------------------------------------- regressions


def test_a_task_on_a_functions_version_handle_publishes_that_version() -> None:
    worker = Function("Worker", code=HANDLER)
    app = (
        App()
        .with_functions(worker)
        .add(StateMachine(Task("Work", resource=worker.version), name="m"))
    )
    resources = _build(app)["Resources"]
    assert resources[worker.version_logical_id]["Type"] == "AWS::Lambda::Version"
    assert resources["M"]["Properties"]["DefinitionSubstitutions"] == {
        "WorkerVersion": {"Ref": worker.version_logical_id}
    }


def test_json_escapes_what_a_yaml_parser_rejects_or_folds_so_cfn_lint_reads_it() -> None:
    comment = "del \x7f c1 \x9a nel \x85 ls \u2028 é ✓ \U0001f600"
    text = render(template_for(StateMachine(Pass("A", comment=comment), name="m")), "json")
    escaped = ["\\u007f", "\\u009a", "\\u0085", "\\u2028"]
    assert [e for e in escaped if e not in text] == []
    assert "é ✓ \U0001f600" in text
    assert json.loads(text)["Resources"]["M"]["Properties"]["Definition"]["States"]["A"] == {
        "Type": "Pass",
        "Comment": comment,
        "End": True,
    }
    assert _lint(text) == []


@pytest.mark.parametrize(
    "make",
    [
        lambda: Schedule("cron(0 3 * * * *)"),
        lambda: Logging("DEBUG"),  # type: ignore[arg-type]
        lambda: Publish("live", deployment="LINEAR"),
        lambda: Function("Worker"),
        lambda: App().add(_new_machine(), logical_id="no-dashes"),
        lambda: render(template_for(_new_machine()), "toml"),
    ],
    ids=["schedule", "logging", "publish", "function", "logical-id", "render-format"],
)
def test_a_wrong_option_value_is_an_sfdsl_error_that_is_still_a_value_error(
    make: Callable[[], object],
) -> None:
    with pytest.raises(ValidationError) as info:
        make()
    assert isinstance(info.value, ValueError)
    assert [p.code for p in info.value.problems] == ["invalid-option"]


def _api_app() -> App:
    endpoint = ApiEndpoint("orders", "POST", cors=True)
    return App().add(_new_machine("orders"), events=[endpoint])


@pytest.mark.parametrize(
    ("taken", "message"),
    [
        (
            "ApiGatewayRestApi",
            "logical id 'ApiGatewayRestApi' of the REST API is taken by the state machine "
            "'extra'; give that one another logical id",
        ),
        (
            "ApiGatewayResourceOrders",
            "logical id 'ApiGatewayResourceOrders' of the API resource /orders is taken by the "
            "state machine 'extra'; give that one another logical id",
        ),
        (
            "ApiGatewayMethodOrdersOptions",
            "logical id 'ApiGatewayMethodOrdersOptions' of the CORS OPTIONS method is taken by the "
            "state machine 'extra'; give that one another logical id",
        ),
        (
            "ApigatewayToStepFunctionsRole",
            "logical id 'ApigatewayToStepFunctionsRole' of the role of the API is taken by the "
            "state machine 'extra'; give that one another logical id",
        ),
    ],
)
def test_a_machine_under_the_logical_id_of_a_shared_api_resource_is_reported(
    taken: str, message: str
) -> None:
    app = _api_app().add(_new_machine(), logical_id=taken)
    with pytest.raises(BuildError) as info:
        template_for(app)
    assert [(p.message, p.path) for p in info.value.problems] == [(message, "Orders.events[0]")]


def test_a_machine_under_the_api_deployments_logical_id_is_reported_not_dropped() -> None:
    deployment = next(
        lid for lid in _build(_api_app())["Resources"] if lid.startswith("ApiGatewayDeployment")
    )
    with pytest.raises(BuildError) as info:
        template_for(_api_app().add(_new_machine(), logical_id=deployment))
    assert [p.message for p in info.value.problems] == [
        f"logical id {deployment!r} of the API deployment is taken by the state machine "
        "'extra'; give one of them another logical_id"
    ]


def test_your_resources_named_like_api_resources_are_kept() -> None:
    mine = {
        "ApiGatewayDeploymentMine": {
            "Type": "AWS::ApiGateway::Deployment",
            "Properties": {"RestApiId": "abc123"},
        },
        "ApiGatewayUsagePlanMine": {"Type": "AWS::ApiGateway::UsagePlan"},
    }
    app = _api_app().with_resources(**mine)
    app = attrs.evolve(app, api=RestApi(usage_plan=UsagePlan(["key"])))
    resources = _build(app)["Resources"]
    assert {lid: resources[lid] for lid in mine} == mine


def test_a_task_without_an_iam_rule_builds_once_covered_by_extra_statements() -> None:
    statement = {"Effect": "Allow", "Action": ["foobarservice:DoThing"], "Resource": "*"}
    machine = StateMachine(Task("Call", resource=UNKNOWN_SERVICE, parameters={"Id": "1"}), name="m")
    app = App().add(machine, covered_states=["Call"], extra_statements=[statement])
    (policy,) = _build(app)["Resources"]["MRole"]["Properties"]["Policies"]
    assert policy["PolicyDocument"]["Statement"] == [statement]


def test_a_clash_with_a_shared_api_resource_is_reported_once() -> None:
    app = App().add(
        _new_machine("orders"),
        events=[ApiEndpoint("orders/a", "POST"), ApiEndpoint("orders/b", "POST")],
    )
    with pytest.raises(BuildError) as info:
        template_for(app.add(_new_machine(), logical_id="ApiGatewayResourceOrders"))
    assert [p.path for p in info.value.problems] == ["Orders.events[0]"]
