"""Importing serverless.yml (serverless-step-functions) into an sfdsl App module."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import textwrap
import warnings
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import pytest

from sfdsl import StateMachine
from sfdsl._codegen import GeneratedModule
from sfdsl._serverless import (
    _imported,
    import_serverless,
    is_serverless,
    load_serverless,
    serverless_app,
)
from sfdsl.cfn import ApiEndpoint, App, render, template_for
from sfdsl.errors import BuildError, DefinitionError, SfdslWarning

FIXTURES = Path(__file__).parent / "fixtures" / "serverless"

# Values for variables the snippets use without defining them (serverless would fail too).
SEED_VALUES: dict[str, dict[str, str]] = {
    "seed_004_setup.yml": {"self:service": "hello-service"},
    "seed_004_logical_id.yml": {"self:custom.service": "messager"},
    "seed_004_samples.yml": {"self:service": "samples", "self:custom.accountId": "123456789012"},
}


# Values of build parameters the snippets leave to the build (values read from the
# environment are never written into the code).
BUILD_PARAMS: dict[str, dict[str, str]] = {
    "seed_004_api_keys.yml": {"MY_API_KEY": "secret-key-name"},
}


def _build(
    code: str, notes: tuple[str, ...] = (), params: dict[str, str] | None = None
) -> tuple[App, dict[str, Any]]:
    """Run the generated module and build its template; each build warning must be a note."""
    namespace: dict[str, Any] = {}
    exec(compile(code, "<generated>", "exec"), namespace)
    app = namespace["app"]
    assert isinstance(app, App)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        template = json.loads(render(template_for(app, parameters=params), "json"))
    for warning in caught:
        assert issubclass(warning.category, SfdslWarning), warning
        message = str(warning.message).split("  @ ")[0]
        assert any(message in note for note in notes), f"not in the notes: {message}"
    return app, template


def _import(machine: str, *, extra: str = "", values: dict[str, str] | None = None) -> Any:
    yml = textwrap.dedent(
        """\
        service: svc
        provider:
          name: aws
          runtime: python3.12
        {extra}
        stepFunctions:
          stateMachines:
            main:
        {machine}
              definition:
                StartAt: Done
                States:
                  Done: {{Type: Succeed}}
        """
    ).format(
        extra=textwrap.dedent(extra).strip(),
        machine=textwrap.indent(textwrap.dedent(machine).strip(), " " * 6) if machine else "",
    )
    return import_serverless(yml, values=values or {})


def _template_or_error(app: App, params: dict[str, str] | None) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return render(template_for(app, parameters=params), "json")
        except (BuildError, ValueError) as exc:  # ValueError: an int JSON text cannot hold
            return f"{type(exc).__name__}: {exc}"


def _assert_round_trip(
    source: str | Path,
    values: Mapping[str, str] | None = None,
    params: dict[str, str] | None = None,
    *,
    allow_outside: bool = False,
) -> GeneratedModule:
    """The generated program builds the App the importer made, and so the same template."""
    module, app = _imported(source, values or {}, allow_outside)
    namespace: dict[str, Any] = {}
    exec(compile(module.code, "<generated>", "exec"), namespace)
    assert namespace["app"] == app
    assert _template_or_error(namespace["app"], params) == _template_or_error(app, params)
    return module


_import_serverless = import_serverless


@pytest.fixture(autouse=True)
def _every_import_round_trips(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each serverless.yml a test here imports is also checked by :func:`_assert_round_trip`."""

    def checked(
        path_or_text: str | Path,
        *,
        values: Mapping[str, str] | None = None,
        allow_files_outside_project: bool = False,
    ) -> GeneratedModule:
        module = _import_serverless(
            path_or_text, values=values, allow_files_outside_project=allow_files_outside_project
        )
        _assert_round_trip(path_or_text, values, allow_outside=allow_files_outside_project)
        return module

    monkeypatch.setitem(globals(), "import_serverless", checked)


@pytest.mark.parametrize("fixture", ["seed_000_hello.yml", "seed_000_provisioned.yml"])
def test_seed_listings_import_as_written(fixture: str) -> None:
    # The two serverless.yml listings of the provisioned-concurrency post, as printed there: no
    # variable needs a value, and the machine keeps the post's logical id.
    module = import_serverless(FIXTURES / fixture)
    _app, template = _build(module.code, module.notes)
    assert template["Resources"]["Hello"]["Type"] == "AWS::StepFunctions::StateMachine"
    assert _cfn_lint_errors(template) == []


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("*.yml")))
def test_fixture_imports_builds_and_lints(fixture: str) -> None:
    module = import_serverless(FIXTURES / fixture, values=SEED_VALUES.get(fixture, {}))
    _app, template = _build(module.code, module.notes, BUILD_PARAMS.get(fixture))
    assert template["Resources"]
    for note in module.notes:
        assert f"# - {note}" in module.code
    assert _cfn_lint_errors(template) == []


def _cfn_lint_errors(template: dict[str, Any]) -> list[str]:
    from cfnlint.api import ManualArgs, lint

    matches = lint(json.dumps(template), config=ManualArgs(regions=["us-east-1"]))
    return [
        f"{m.rule.id} {m.message} @ {'.'.join(map(str, m.path))}"
        for m in matches
        if m.rule.id.startswith("E") and not _jsonata_number(template, m.rule.id, m.message, m.path)
    ]


def _jsonata_number(template: Any, rule: str, message: str, path: Sequence[Any]) -> bool:
    """cfn-lint's schema takes a JSONata number only when the whole machine is JSONata.

    Step Functions also accepts it in a state that sets QueryLanguage JSONata itself, which is
    how the import writes a Wait whose Seconds is a build parameter.
    """
    number = re.fullmatch(r"""(["'])\{% .* %\}\1 is not of type 'number'""", message)
    if rule != "E3601" or number is None:
        return False
    state: Any = template
    for key in path[:-1]:
        state = state[key]
    return isinstance(state, dict) and state.get("QueryLanguage") == "JSONata"


def test_cfn_lint_reports_errors() -> None:
    # The linter itself must run: a broken template is reported.
    template = {"Resources": {"M": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {}}}}
    assert _cfn_lint_errors(template) != []


def test_generated_code_passes_ruff_and_mypy_strict(tmp_path: Path) -> None:
    for fixture in sorted(FIXTURES.glob("*.yml")):
        module = import_serverless(fixture, values=SEED_VALUES.get(fixture.name, {}))
        (tmp_path / f"{fixture.stem}.py").write_text(module.code)
    ruff = shutil.which("ruff")
    assert ruff is not None, "ruff is a development dependency (pip install -e '.[dev]')"
    for command in (["check", "--isolated"], ["format", "--isolated", "--check"]):
        result = subprocess.run(
            [ruff, *command, str(tmp_path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert mypy.returncode == 0, mypy.stdout


def test_guide_example_gives_the_module_the_guide_shows() -> None:
    # docs/migrating/serverless.md shows both files (the module, reviewed by hand, is kept as
    # .txt so that the repository's own ruff settings leave its generated layout alone).
    module = import_serverless(FIXTURES / "guide.yml")
    assert module.code == (FIXTURES / "guide_workflows.py.txt").read_text(encoding="utf-8")


def test_provisioned_aliases_are_called_through_the_function_alias() -> None:
    module = import_serverless(FIXTURES / "seed_000_provisioned.yml")
    assert 'Task("HelloWorld", resource=hello.alias)' in module.code
    _app, template = _build(module.code, module.notes)
    machine = template["Resources"]["Hello"]["Properties"]
    assert machine["DefinitionSubstitutions"] == {
        "HelloLambdaFunctionAlias": {"Ref": "HelloLambdaFunctionProvConcLambdaAlias"},
        "HiLambdaFunctionAlias": {"Ref": "HiLambdaFunctionProvConcLambdaAlias"},
    }
    alias = template["Resources"]["HelloLambdaFunctionProvConcLambdaAlias"]["Properties"]
    assert alias["ProvisionedConcurrencyConfig"] == {"ProvisionedConcurrentExecutions": 3}
    assert alias["Name"] == "provisioned"


def test_getatt_to_a_function_is_its_arn_and_the_stage_default_is_kept() -> None:
    module = import_serverless(FIXTURES / "seed_000_hello.yml")
    app, template = _build(module.code, module.notes)
    assert app.params == {"code_bucket": "replace-with-code-bucket", "stage": "sbx"}
    subs = template["Resources"]["Hello"]["Properties"]["DefinitionSubstitutions"]
    assert subs == {
        "HelloLambdaFunctionArn": {"Fn::GetAtt": ["HelloLambdaFunction", "Arn"]},
        "HiLambdaFunctionArn": {"Fn::GetAtt": ["HiLambdaFunction", "Arn"]},
    }
    function = template["Resources"]["HelloLambdaFunction"]["Properties"]
    assert function["FunctionName"] == "step-function-test-sbx-hello"
    assert function["Handler"] == "handler.hello"


def test_values_override_defaults() -> None:
    module = import_serverless(FIXTURES / "seed_000_hello.yml", values={"stage": "prod"})
    _app, template = _build(module.code, module.notes)
    function = template["Resources"]["HelloLambdaFunction"]["Properties"]
    assert function["FunctionName"] == "step-function-test-prod-hello"


def test_exact_version_calls_the_published_version() -> None:
    module = import_serverless(FIXTURES / "exact_version.yml")
    app, template = _build(module.code, module.notes)
    assert app.deployments[0].exact_versions is True
    subs = template["Resources"]["RatingStepFunctionsStateMachine"]["Properties"][
        "DefinitionSubstitutions"
    ]
    (value,) = subs.values()
    version = value["Ref"]
    assert template["Resources"][version]["Type"] == "AWS::Lambda::Version"


def test_pseudo_parameters_become_substitutions() -> None:
    module = import_serverless(FIXTURES / "seed_004_setup.yml", values={"self:service": "s"})
    _app, template = _build(module.code, module.notes)
    machine = template["Resources"]["MyStateMachine"]["Properties"]
    (value,) = machine["DefinitionSubstitutions"].values()
    assert value == {
        "Fn::Sub": "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:s-dev-hello"
    }


# --------------------------------------------------------------------------- per key

KEY_CASES: list[tuple[str, str, Any]] = [
    ("name: orders", "machine.name", "orders"),
    ("id: OrdersMachine", "logical_id", "OrdersMachine"),
    ("", "logical_id", "MainStepFunctionsStateMachine"),
    ("name: orders", "logical_id", "Orders"),
    ("type: EXPRESS", "machine.type", "EXPRESS"),
    ("role: arn:aws:iam::123456789012:role/r", "role", "arn:aws:iam::123456789012:role/r"),
    (
        "role: arn:aws:iam::#{AWS::AccountId}:role/r",
        "role",
        {"Fn::Sub": "arn:aws:iam::${AWS::AccountId}:role/r"},
    ),
    ("tags: {Team: Atlantis, n: 1}", "tags", {"Team": "Atlantis", "n": "1"}),
    ("retain: true", "retain", True),
    ("useExactVersion: true", "exact_versions", True),
    ("tracingConfig: {enabled: true}", "tracing", True),
    ("loggingConfig: {level: ERROR}", "logging.level", "ERROR"),
    (
        "loggingConfig: {level: ALL, includeExecutionData: true, destinations: "
        "[arn:aws:logs:us-east-1:123456789012:log-group:g:*]}",
        "logging.log_group",
        "arn:aws:logs:us-east-1:123456789012:log-group:g:*",
    ),
    (
        "encryptionConfig: {Type: CUSTOMER_MANAGED_KMS_KEY, KmsKeyId: "
        "arn:aws:kms:us-east-1:123456789012:key/k, KmsDataKeyReusePeriodSeconds: 600}",
        "encryption.reuse_period_seconds",
        600,
    ),
    (
        # The plugin's default reuse period, not sfdsl's 300 seconds.
        "encryptionConfig: {Type: CUSTOMER_MANAGED_KMS_KEY, KmsKeyId: "
        "arn:aws:kms:us-east-1:123456789012:key/k}",
        "encryption.reuse_period_seconds",
        900,
    ),
    (
        "iamRoleStatements: [{Effect: Allow, Action: [s3:GetObject], Resource: '*'}]",
        "extra_statements",
        ({"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "*"},),
    ),
    (
        "alarms: {topics: {alarm: arn:aws:sns:us-east-1:123456789012:t}, metrics: "
        "[executionsFailed, {metric: executionThrottled, treatMissingData: breaching}]}",
        "alarms.metrics[1].treat_missing_data",
        "breaching",
    ),
    (
        "notifications: {FAILED: [{sns: arn:aws:sns:us-east-1:123456789012:t}, "
        "{sqs: {arn: arn:aws:sqs:us-east-1:123456789012:q.fifo, messageGroupId: g}}]}",
        "notifications.failed[1].message_group_id",
        "g",
    ),
    ("events: [{schedule: rate(1 hour)}]", "events[0].expression", "rate(1 hour)"),
    (
        "events: [{schedule: {rate: 'cron(0 12 * * ? *)', enabled: false, input: {a: 1}}}]",
        "events[0].input",
        {"a": 1},
    ),
    (
        "events: [{schedule: {rate: rate(1 hour), method: scheduler, timezone: Europe/Paris}}]",
        "events[0].timezone",
        "Europe/Paris",
    ),
    (
        "events: [{eventBridge: {event: {source: [aws.ec2]}, eventBusName: orders}}]",
        "events[0].bus",
        "orders",
    ),
    ("events: [{http: GET hello}]", "events[0].method", "GET"),
    ("events: [{http: {path: a, method: post, cors: true}}]", "events[0].cors", True),
    (
        "events: [{http: {path: a, method: post, cors: {origin: '*', maxAge: 86400}}}]",
        "events[0].cors.max_age",
        86400,
    ),
    (
        "events: [{http: {path: a, method: post, authorizer: aws_iam}}]",
        "events[0].authorizer.type",
        "AWS_IAM",
    ),
    (
        "events: [{http: {path: a, method: post, authorizer: {name: pool, arn: "
        "arn:aws:cognito-idp:us-east-1:123456789012:userpool/p}}}]",
        "events[0].authorizer.type",
        "COGNITO_USER_POOLS",
    ),
]


def _attribute(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        name, _, index = part.partition("[")
        obj = getattr(obj, name)
        if index:
            obj = obj[int(index[:-1])]
    return obj


@pytest.mark.parametrize(("machine", "attribute", "expected"), KEY_CASES)
def test_state_machine_keys(machine: str, attribute: str, expected: Any) -> None:
    module = _import(machine)
    app, _template = _build(module.code, module.notes)
    assert _attribute(app.deployments[0], attribute) == expected


def test_depends_on_keeps_ids_of_this_template_and_reports_others() -> None:
    module = _import("dependsOn: [HelloLambdaFunction, MyTable]", extra=HELLO_FUNCTION)
    app, _template = _build(module.code, module.notes)
    assert app.deployments[0].depends_on == ("HelloLambdaFunction",)
    assert (
        "stepFunctions.stateMachines.main.dependsOn: MyTable is not defined in this template "
        "(another stack defines it, or serverless generates it), so the dependency is left out; "
        "define it in `resources:` to keep the dependency"
    ) in module.notes


HELLO_FUNCTION = """
functions:
  hello:
    handler: handler.hello
"""


def test_provider_tags() -> None:
    app, _template = _build(_import("", extra="provider: {tags: {env: test}}").code)
    assert app.tags == {"env": "test"}


def _definition(template: dict[str, Any], logical_id: str = "MainStepFunctionsStateMachine") -> Any:
    return template["Resources"][logical_id]["Properties"]["Definition"]


def _machine_yml(states: str, *, before: str = "", machine: str = "") -> str:
    """A serverless.yml with one state machine ``main`` whose States are *states*."""
    return textwrap.dedent(
        """\
        service: svc
        {before}
        stepFunctions:
          stateMachines:
            main:
        {machine}
              definition:
                StartAt: {start}
                States:
        {states}
        """
    ).format(
        before=textwrap.dedent(before).strip(),
        machine=textwrap.indent(textwrap.dedent(machine).strip(), " " * 6) if machine else "",
        start=textwrap.dedent(states).strip().split(":")[0],
        states=textwrap.indent(textwrap.dedent(states).strip(), " " * 10),
    )


@pytest.mark.parametrize(
    "resource",
    [
        "{Ref: MyDashtaskStepFunctionsActivity}",
        "!GetAtt MyDashtaskStepFunctionsActivity.Arn",
        "arn:aws:states:#{AWS::Region}:#{AWS::AccountId}:activity:my-task",
        "arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:activity:my-task",
    ],
)
def test_activities_keep_the_plugin_logical_ids_and_tasks_call_them(resource: str) -> None:
    yml = _machine_yml(
        f"""
        Work:
          Type: Task
          Resource: {resource}
          Parameters: {{activity: !GetAtt MyDashtaskStepFunctionsActivity.Name}}
          End: true
        """
    ).replace("stepFunctions:\n", "stepFunctions:\n  activities: [my-task]\n")
    module = import_serverless(yml)
    assert 'my_task = Activity("my-task", logical_id="MyDashtaskStepFunctionsActivity")' in (
        module.code
    )
    assert "resource=my_task.arn" in module.code
    assert module.notes == ()
    app, template = _build(module.code, module.notes)
    assert [a.resource_id for a in app.activities] == ["MyDashtaskStepFunctionsActivity"]
    assert template["Resources"]["MyDashtaskStepFunctionsActivity"] == {
        "Type": "AWS::StepFunctions::Activity",
        "Properties": {"Name": "my-task"},
    }
    machine = template["Resources"]["MainStepFunctionsStateMachine"]["Properties"]
    assert machine["Definition"]["States"]["Work"]["Parameters"] == {"activity": "my-task"}
    assert machine["DefinitionSubstitutions"] == {
        "MyDashtaskStepFunctionsActivityArn": {"Ref": "MyDashtaskStepFunctionsActivity"}
    }


def test_activity_named_with_the_stage_keeps_the_parameter_and_the_plugin_logical_id() -> None:
    yml = _machine_yml(
        "Work: {Type: Task, Resource: !Ref WorkerDashdevStepFunctionsActivity, End: true}",
        before="provider: {name: aws, stage: \"${opt:stage, 'dev'}\"}",
    ).replace("stepFunctions:\n", "stepFunctions:\n  activities: ['worker-${sls:stage}']\n")
    module = import_serverless(yml)
    assert (
        "stepFunctions.activities[0]: the logical id WorkerDashdevStepFunctionsActivity is made "
        "with the build parameters' defaults"
    ) in module.notes
    assert "resource=worker_dev.arn" in module.code
    app, template = _build(module.code, module.notes)
    assert app.activities[0].name == "worker-${param:stage}"
    assert template["Resources"]["WorkerDashdevStepFunctionsActivity"] == {
        "Type": "AWS::StepFunctions::Activity",
        "Properties": {"Name": "worker-dev"},
    }


@pytest.mark.parametrize(
    ("activities", "note"),
    [
        (
            "activities: myTask",
            "stepFunctions.activities must be a list of activity names, got str; not translated",
        ),
        (
            "activities: [{name: myTask}]",
            "stepFunctions.activities[0]: expected an activity "
            "name, got {'name': 'myTask'}; not translated",
        ),
    ],
)
def test_activities_that_are_not_names_are_reported(activities: str, note: str) -> None:
    yml = _machine_yml("Done: {Type: Succeed}").replace(
        "stepFunctions:\n", f"stepFunctions:\n  {activities}\n"
    )
    assert note in import_serverless(yml).notes


WAIT_CASES: list[tuple[str, str, dict[str, str], dict[str, Any], dict[str, str]]] = [
    # (Wait fields, serverless.yml text before stepFunctions, values, built state, App params)
    ("Seconds: ${self:custom.wait}", "custom: {wait: 30}", {}, {"Seconds": 30}, {}),
    ("Seconds: '${self:custom.wait}'", "custom: {wait: '30'}", {}, {"Seconds": 30}, {}),
    ("Seconds: ${opt:wait}", "", {"wait": "12"}, {"Seconds": 12}, {}),
    (
        "Seconds: ${opt:wait, 45}",
        "",
        {},
        {"Seconds": "{% $number('45') %}", "QueryLanguage": "JSONata"},
        {"wait": "45"},
    ),
    (
        "Seconds: !Ref WaitSeconds",
        "resources: {Parameters: {WaitSeconds: {Type: Number, Default: 20}}}",
        {},
        {"Seconds": "{% $number('20') %}", "QueryLanguage": "JSONata"},
        {"WaitSeconds": "20"},
    ),
    ("Seconds: !Ref WaitSeconds", "", {"WaitSeconds": "7"}, {"Seconds": 7}, {}),
    (
        "Timestamp: ${opt:when}",
        "",
        {"opt:when": "2026-01-01T00:00:00Z"},
        {"Timestamp": "2026-01-01T00:00:00Z"},
        {},
    ),
    (
        "Timestamp: \"${opt:when, '2026-01-01T00:00:00Z'}\"",
        "",
        {},
        {"Timestamp": "{% '2026-01-01T00:00:00Z' %}", "QueryLanguage": "JSONata"},
        {"when": "2026-01-01T00:00:00Z"},
    ),
    (
        "Seconds: ${opt:wait, 5}\nInputPath: $.order\nOutputPath: $.items",
        "",
        {},
        {
            "Seconds": "{% $number('5') %}",
            "QueryLanguage": "JSONata",
            "Output": "{% $states.input.order.items %}",
        },
        {"wait": "5"},
    ),
]


@pytest.mark.parametrize(("fields", "before", "values", "expected", "params"), WAIT_CASES)
def test_wait_times_from_variables_and_intrinsics(
    fields: str,
    before: str,
    values: dict[str, str],
    expected: dict[str, Any],
    params: dict[str, str],
) -> None:
    yml = _machine_yml(
        "Pause:\n  Type: Wait\n" + textwrap.indent(fields, "  ") + "\n  End: true",
        before=before,
    )
    module = import_serverless(yml, values=values)
    app, template = _build(module.code, module.notes)
    assert _definition(template)["States"]["Pause"] == {"Type": "Wait", **expected, "End": True}
    assert app.params == params
    if "QueryLanguage" in expected:
        field = "Seconds" if "Seconds" in expected else "Timestamp"
        assert any(
            note.startswith(f"stepFunctions.stateMachines.main.definition.States.Pause.{field}: ")
            and "so this state uses QueryLanguage JSONata" in note
            for note in module.notes
        ), module.notes


def test_wait_on_a_deploy_time_value_without_a_default_names_the_parameter() -> None:
    yml = _machine_yml(
        """
        Fan:
          Type: Parallel
          End: true
          Branches:
            - StartAt: Pause
              States:
                Pause: {Type: Wait, Seconds: !GetAtt Config.Delay, End: true}
        """
    )
    module = import_serverless(yml)
    assert (
        "stepFunctions.stateMachines.main.definition.States.Fan.Branches[0].States.Pause.Seconds: "
        '{"Fn::GetAtt": ["Config", "Delay"]} (a value CloudFormation gives at deploy time) is the '
        "build parameter 'ConfigDelay' (it has no default: give it a value when you build "
        "(sfdsl build --param ConfigDelay=VALUE, or App(params={'ConfigDelay': ...})) or import "
        "again with --param ConfigDelay=VALUE (values={'ConfigDelay': ...} in Python)); "
        "a Wait state's Seconds can only read a build parameter "
        "through a JSONata expression, so this state uses QueryLanguage JSONata; cfn-lint "
        "reports E3601 for this JSONata number, as its schema takes JSONata only in machines "
        "that are JSONata as a whole, but Step Functions accepts it"
    ) in module.notes
    namespace: dict[str, Any] = {}
    exec(module.code, namespace)
    with pytest.raises(BuildError, match=r"\$\{param:ConfigDelay\} has no value"):
        template_for(namespace["app"])
    app = attrs.evolve(namespace["app"], params={"ConfigDelay": "3"})
    template = json.loads(render(template_for(app), "json"))
    branch = _definition(template)["States"]["Fan"]["Branches"][0]
    assert branch["States"]["Pause"]["Seconds"] == "{% $number('3') %}"


def test_wait_with_a_path_jsonata_cannot_express_is_an_error() -> None:
    yml = _machine_yml(
        "Pause: {Type: Wait, Seconds: '${opt:wait, 5}', InputPath: '$.items[0]', End: true}"
    )
    with pytest.raises(DefinitionError) as info:
        import_serverless(yml)
    assert [str(p) for p in info.value.problems] == [
        "stepFunctions.stateMachines.main.definition.States.Pause.Seconds is a build parameter, "
        "so this Wait state reads it with JSONata, which has no InputPath; only '$' and '$.a.b' "
        "paths can be rewritten, got '$.items[0]': give the parameter a value with values={...} "
        "or write the state with Output  @ stepFunctions.stateMachines.main.definition.States."
        "Pause.Seconds"
    ]


def test_api_keys_and_usage_plan() -> None:
    module = import_serverless(FIXTURES / "seed_004_api_keys.yml")
    app, template = _build(module.code, params=BUILD_PARAMS["seed_004_api_keys.yml"])
    assert app.api is not None
    assert app.api.usage_plan is not None
    # ${env:MY_API_KEY} is given when the template is built, never written into the code.
    assert app.api.usage_plan.api_keys == (
        "myFirstKey",
        "${param:stage}-myFirstKey",
        "${param:MY_API_KEY}",
    )
    assert "secret-key-name" not in module.code
    names = [r["Properties"].get("Name") for r in template["Resources"].values()]
    assert "secret-key-name" in names
    assert app.api.usage_plan.quota_limit == 5000
    endpoint = app.deployments[0].events[0]
    assert isinstance(endpoint, ApiEndpoint)
    assert endpoint.private is True


# --------------------------------------------------------------------------- notes


def test_unresolved_variable_note_names_it_and_where_it_is_used() -> None:
    module = _import("name: orders-${self:custom.suffix}")
    assert (
        "unresolved variable ${self:custom.suffix} (used at stepFunctions.stateMachines.main.name):"
        " no value was given, so it is written as ${param:custom_suffix}; give it a value when "
        "you build (sfdsl build --param custom_suffix=VALUE, or App(params={'custom_suffix': "
        "...})) or import again with --param self:custom.suffix=VALUE "
        "(values={'self:custom.suffix': ...} in Python)"
    ) in module.notes


def test_variable_with_a_default_becomes_a_build_parameter() -> None:
    module = _import("tags: {owner: '${env:OWNER, \"ops\"}'}", values={})
    app, _template = _build(module.code, module.notes)
    assert app.params == {"OWNER": "ops"}
    assert app.deployments[0].tags == {"owner": "${param:OWNER}"}
    assert (
        "build parameter 'OWNER' (default 'ops') replaces a serverless variable at "
        "stepFunctions.stateMachines.main.tags.owner; pass --param OWNER=VALUE to change it"
    ) in module.notes


@pytest.mark.parametrize(
    ("tag", "values", "expected", "params"),
    [
        ("${param:domain, 'example.com'}", {}, "${param:domain}", {"domain": "example.com"}),
        # A build parameter that a ${self:} reference brings in is not read again.
        ("${self:custom.stage}", {}, "${param:stage}", {"stage": "dev"}),
        ("${aws:accountId}", {}, "${AWS::AccountId}", {}),
    ],
)
def test_serverless_param_and_self_variables(
    tag: str, values: dict[str, str], expected: str, params: dict[str, str]
) -> None:
    extra = "custom: {stage: \"${opt:stage, 'dev'}\"}" if "custom" in tag else ""
    module = _import(f'tags: {{site: "{tag}"}}', extra=extra, values=values)
    assert not any(n.startswith("unresolved variable") for n in module.notes), module.notes
    app, _template = _build(module.code, module.notes)
    assert app.deployments[0].tags == {"site": expected}
    assert app.params == params


@pytest.mark.parametrize(
    ("tracing", "values", "traced", "note"),
    [
        ("true", {}, True, None),
        ("'true'", {}, True, None),
        ("'False'", {}, False, None),
        (
            '"${env:TRACE, false}"',
            {},
            False,
            "stepFunctions.stateMachines.main.tracingConfig.enabled: '${param:TRACE}' is written "
            "as false (an option that is true or false cannot hold a build parameter); import "
            "again with --param for another value",
        ),
        (
            '"${env:TRACE, false}"',
            {"TRACE": "true"},
            False,
            "the value given for env:TRACE (used at stepFunctions.stateMachines.main.tracingConfig"
            ".enabled) is not written into the code, since it comes from an environment variable "
            "and may be a secret; give it when you build: sfdsl build --param TRACE=VALUE "
            "(App(params={'TRACE': ...}) in Python)",
        ),
        (
            "yes please",
            {},
            False,
            "stepFunctions.stateMachines.main.tracingConfig.enabled must be true or false, got "
            "'yes please'; false is used",
        ),
    ],
)
def test_true_false_options_take_strings_and_variables(
    tracing: str, values: dict[str, str], traced: bool, note: str | None
) -> None:
    module = _import(f"tracingConfig: {{enabled: {tracing}}}", values=values)
    app, _template = _build(module.code, module.notes)
    assert app.deployments[0].tracing is traced
    assert not any(n.startswith("unresolved variable") for n in module.notes), module.notes
    if note is not None:
        assert note in module.notes


@pytest.mark.parametrize(
    ("variable", "values", "name"),
    [
        ("${param:domain}", {"domain": "shop.example"}, "domain"),
        ("${param:domain}", {"param:domain": "shop.example"}, "domain"),
        ("${env:DOMAIN}", {"env:DOMAIN": "shop.example"}, "DOMAIN"),
        ("${env:DOMAIN}", {"DOMAIN": "shop.example"}, "DOMAIN"),
        ("${ssm:/shop/domain}", {"ssm:/shop/domain": "shop.example"}, "ssm_shop_domain"),
        ("${cf:infra.Domain}", {"cf:infra.Domain": "shop.example"}, "cf_infra_Domain"),
        ("${s3:bucket/domain}", {"s3:bucket/domain": "shop.example"}, "s3_bucket_domain"),
        ("${aws:partition}", {"aws:partition": "shop.example"}, "aws_partition"),
    ],
)
def test_values_read_from_outside_are_never_written_into_the_code(
    variable: str, values: dict[str, str], name: str
) -> None:
    # The environment, SSM, Secrets Manager, S3, other stacks, the Dashboard may hold secrets.
    module = _import(f'tags: {{site: "{variable}"}}', values=values)
    assert "shop.example" not in module.code
    app, _template = _build(module.code, module.notes, {name: "shop.example"})
    assert app.deployments[0].tags == {"site": f"${{param:{name}}}"}
    assert app.params == {}
    assert any(
        n.startswith(f"{variable} (used at stepFunctions.stateMachines.main.tags.site) reads ")
        and n.endswith("; the value given at import is not used")
        for n in module.notes
    ), module.notes


def test_serverless_param_variable_without_a_value_is_reported() -> None:
    module = _import('tags: {site: "${param:domain}"}')
    assert (
        "${param:domain} (used at stepFunctions.stateMachines.main.tags.site) reads a Serverless "
        "Dashboard or stage parameter, which sfdsl never writes into the code (it may be a "
        "secret), so it is the build parameter ${param:domain}: give it a value when you build "
        "(sfdsl build --param domain=VALUE, or App(params={'domain': ...}))"
    ) in module.notes


_FLOW = """\
StartAt: Hello
States:
  Hello: {Type: Task, Resource: !GetAtt hello.Arn, End: true}
"""


def _file_service(tmp_path: Path, definition: str, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    yml = tmp_path / "serverless.yml"
    yml.write_text(
        "service: svc\nprovider: {name: aws, stage: \"${opt:stage, 'dev'}\"}\n"
        "functions: {hello: {handler: h.hello}}\n"
        f"stepFunctions:\n  stateMachines:\n    main:\n      definition: {definition}\n"
    )
    return yml


@pytest.mark.parametrize(
    ("definition", "files"),
    [
        ("${file(./sfn/flow.yml)}", {"sfn/flow.yml": _FLOW}),
        (
            "${file(sfn/all.yml):flows.main}",
            {"sfn/all.yml": "flows:\n  main:\n" + textwrap.indent(_FLOW, "    ")},
        ),
        (
            "${file(./sfn/flow.json)}",
            {
                "sfn/flow.json": json.dumps(
                    {
                        "StartAt": "Hello",
                        "States": {
                            "Hello": {
                                "Type": "Task",
                                "Resource": {"Fn::GetAtt": ["hello", "Arn"]},
                                "End": True,
                            }
                        },
                    }
                )
            },
        ),
        # the file name made with a variable that has no value uses its default
        ("${file(./sfn/${opt:stage, 'dev'}.yml)}", {"sfn/dev.yml": _FLOW}),
        # a missing file falls back to the next source
        ("${file(./sfn/none.yml), file(./sfn/flow.yml)}", {"sfn/flow.yml": _FLOW}),
    ],
)
def test_definition_in_another_file(tmp_path: Path, definition: str, files: dict[str, str]) -> None:
    module = import_serverless(_file_service(tmp_path, definition, files))
    assert 'Task("Hello", resource=hello.arn)' in module.code
    _app, template = _build(module.code, module.notes)
    assert _definition(template)["States"]["Hello"]["Resource"] == "${HelloLambdaFunctionArn}"
    assert _cfn_lint_errors(template) == []


def test_variables_inside_a_file_are_resolved(tmp_path: Path) -> None:
    flow = "StartAt: P\nStates:\n  P: {Type: Pass, Result: '${self:service}-${sls:stage}', End: true}\n"
    module = import_serverless(_file_service(tmp_path, "${file(./flow.yml)}", {"flow.yml": flow}))
    _app, template = _build(module.code, module.notes)
    assert _definition(template)["States"]["P"]["Result"] == "svc-dev"


@pytest.mark.parametrize(
    ("definition", "files", "why"),
    [
        (
            "${file(./sfn/flow.yml)}",
            {},
            "the file {dir}/sfn/flow.yml does not exist (paths are relative to the directory "
            "of serverless.yml); create it, fix the path, or give a fallback such as "
            "${file(./sfn/flow.yml), 'value'}",
        ),
        (
            "${file(./all.yml):flows.other}",
            {"all.yml": "flows: {main: 1}"},
            "{dir}/all.yml has no key 'flows.other'; fix the key or the file",
        ),
        (
            "${file(./defs.js):main}",
            {"defs.js": "module.exports = {}"},
            "JavaScript files are run by serverless, which sfdsl does not do; write the value "
            "into serverless.yml or a YAML/JSON file, or pass it with --param",
        ),
        (
            "${file(./loop.yml)}",
            {"loop.yml": "a: ${file(./loop.yml)}"},
            "{dir}/loop.yml refers back to itself",
        ),
    ],
)
def test_file_variable_errors_name_the_file_and_the_fix(
    tmp_path: Path, definition: str, files: dict[str, str], why: str
) -> None:
    with pytest.raises(DefinitionError) as info:
        import_serverless(_file_service(tmp_path, definition, files))
    source = definition[2:-1] if "loop" not in definition else "file(./loop.yml)"
    assert [str(p) for p in info.value.problems] == [
        f"cannot resolve ${{{source}}}: {why.replace('{dir}', str(tmp_path))}"
        + "  @ stepFunctions.stateMachines.main.definition"
        + (".a" if "loop" in definition else "")
    ]


def test_variable_named_by_a_variable_without_a_value_uses_the_default() -> None:
    extra = "custom: {tables: {dev: t-dev, prod: t-prod}}"
    module = _import("name: 'orders-${self:custom.tables.${opt:stage, \"dev\"}}'", extra=extra)
    app, _template = _build(module.code, module.notes)
    assert app.deployments[0].machine.name == "orders-t-dev"
    assert (
        "${self:custom.tables.dev} (used at stepFunctions.stateMachines.main.name) is named by a "
        "variable without a value, so it was resolved with that variable's default; import "
        "again with --param (values=...) to import for another value"
    ) in module.notes
    prod = _import(
        "name: 'orders-${self:custom.tables.${opt:stage, \"dev\"}}'",
        extra=extra,
        values={"stage": "prod"},
    )
    assert 'name="orders-t-prod"' in prod.code


@pytest.mark.parametrize(
    ("machine", "note"),
    [
        (
            "colour: blue",
            "stepFunctions.stateMachines.main.colour is not a serverless-step-functions state "
            "machine key (the plugin rejects it); not translated",
        ),
        (
            "events: [{sqs: arn:aws:sqs:us-east-1:123456789012:q}]",
            "stepFunctions.stateMachines.main.events[0]: event type 'sqs' is not supported by "
            "serverless-step-functions; not translated",
        ),
        (
            "events: {schedule: rate(1 hour)}",
            "stepFunctions.stateMachines.main.events must be a list of events, got dict "
            "{'schedule': 'rate(1 hour)'}; not translated",
        ),
        (
            "tags: [team]",
            "stepFunctions.stateMachines.main.tags must be a mapping of tag names to values, got "
            "list ['team']; not translated",
        ),
        (
            "evnets: [{schedule: rate(1 hour)}]",
            "stepFunctions.stateMachines.main.evnets is not a serverless-step-functions state "
            "machine key (the plugin rejects it); not translated",
        ),
        (
            "events: [{schedule: {rate: rate(1 hour), colour: blue}}]",
            "stepFunctions.stateMachines.main.events[0].schedule.colour is not a key "
            "serverless-step-functions accepts here (expected one of description, enabled, "
            "input, inputPath, inputTransformer, method, name, rate, retryPolicy, role, "
            "timezone); not translated",
        ),
        (
            "events: [{schedule: {rate: rate(1 hour), input: {a: 1}, inputPath: $.a}}]",
            "stepFunctions.stateMachines.main.events[0].schedule: input and inputPath are "
            "exclusive (the plugin rejects more than one); only input is translated",
        ),
        (
            "events: [{schedule: {rate: rate(1 hour), method: scheduler, inputPath: $.a}}]",
            "stepFunctions.stateMachines.main.events[0].schedule.inputPath is not translated: "
            "EventBridge Scheduler (method: scheduler) has no input path or transformer (the "
            "plugin rejects it too)",
        ),
        (
            "events: [{schedule: {rate: rate(1 hour), timezone: Europe/Paris}}]",
            "stepFunctions.stateMachines.main.events[0].schedule.timezone is not translated: "
            "only EventBridge Scheduler (method: scheduler) takes a time zone; the schedule runs "
            "in UTC",
        ),
        (
            "events: [{eventBridge: {event: {source: [a]}, retryPolicy: {maximumRetries: 2}}}]",
            "stepFunctions.stateMachines.main.events[0].eventBridge.retryPolicy.maximumRetries is "
            "not a key serverless-step-functions accepts here (expected one of "
            "maximumEventAgeInSeconds, maximumRetryAttempts); not translated",
        ),
        (
            "events: [{http: {path: a, method: get, timeoutInMillis: 5000}}]",
            "stepFunctions.stateMachines.main.events[0].http.timeoutInMillis is not translated: "
            "sfdsl has no equivalent option; set it on the built template if you need it",
        ),
        (
            "events: [{http: {path: a, method: get, cors: {origin: '*', maxage: 5}}}]",
            "stepFunctions.stateMachines.main.events[0].http.cors.maxage is not a key "
            "serverless-step-functions accepts here (expected one of allowCredentials, headers, "
            "maxAge, methods, origin, origins); not translated",
        ),
        (
            "events: [{http: {path: a, method: get, cors: {origins: ['https://a.example.com', "
            "'https://b.example.com']}}}]",
            "stepFunctions.stateMachines.main.events[0].http.cors.origins lists 2 origins; the "
            "OPTIONS response can name only one (or '*'), so only the first, "
            "'https://a.example.com', is allowed: edit origins= to choose",
        ),
        (
            "loggingConfig: {level: ALL, destination: [arn:aws:logs:us-east-1:1:log-group:g:*]}",
            "stepFunctions.stateMachines.main.loggingConfig.destination is not a key "
            "serverless-step-functions accepts here (expected one of destinations, "
            "includeExecutionData, level); not translated",
        ),
        (
            "tracingConfig: {enable: true}",
            "stepFunctions.stateMachines.main.tracingConfig.enable is not a key "
            "serverless-step-functions accepts here (expected one of enabled); not translated",
        ),
        (
            "encryptionConfig: {KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/k}",
            "stepFunctions.stateMachines.main.encryptionConfig: Type 'AWS_OWNED_KEY' with "
            "KmsKeyId 'arn:aws:kms:us-east-1:123456789012:key/k' is not translated; a customer "
            "managed key needs Type CUSTOMER_MANAGED_KMS_KEY and a KmsKeyId (the default is an "
            "AWS owned key)",
        ),
        (
            "alarms: {topics: {ok: arn:aws:sns:us-east-1:123456789012:t}, metric: "
            "[executionsFailed], metrics: [executionsFailed]}",
            "stepFunctions.stateMachines.main.alarms.metric is not a key "
            "serverless-step-functions accepts here (expected one of metrics, nameTemplate, "
            "period, topics, treatMissingData); not translated",
        ),
        (
            "notifications: {FAILED: [{sns: arn:aws:sns:us-east-1:123456789012:t, "
            "inputpath: $.detail}]}",
            "stepFunctions.stateMachines.main.notifications.FAILED[0].inputpath is not a key "
            "serverless-step-functions accepts here (expected one of inputPath, "
            "inputTransformer, sns); not translated",
        ),
        (
            "alarms: {topics: {ok: arn:aws:sns:us-east-1:123456789012:t}, "
            "metrics: [executionsTimeOut, executionsFailed]}",
            "stepFunctions.stateMachines.main.alarms.metrics[0]: 'executionsTimeOut' is not one of "
            "executionsTimedOut, executionsFailed, executionsAborted, executionThrottled, "
            "executionsSucceeded; no alarm for it (the plugin skips it too); did you mean "
            "executionsTimedOut?",
        ),
        (
            "type: EXPRESS\nnotifications: {FAILED: [{sns: arn:aws:sns:us-east-1:123456789012:t}]}",
            "stepFunctions.stateMachines.main.notifications: EXPRESS state machines send no "
            "status change events; not translated (the plugin skips them too)",
        ),
    ],
)
def test_untranslated_keys_are_reported(machine: str, note: str) -> None:
    module = _import(machine)
    assert note in module.notes
    assert f"# - {note}" in module.code
    _build(module.code, module.notes)


def test_alarm_topics_and_notification_targets_outside_the_template_are_reported() -> None:
    module = _import(
        """
        alarms:
          topics: {alarm: !Ref AlarmTopic}
          metrics: [executionsFailed]
        notifications:
          FAILED:
            - sns: !Ref NotifyTopic
            - lambda: !GetAtt world.Arn
        """,
        extra="functions: {world: {handler: h.world}}",
    )
    where = "stepFunctions.stateMachines.main"
    for note in (
        f'{where}.alarms.topics.alarm: {{"Ref": "AlarmTopic"}} refers to AlarmTopic, which this '
        "template does not define; define it in the same template or use its ARN",
        f'{where}.notifications.FAILED[0].sns: {{"Ref": "NotifyTopic"}} refers to NotifyTopic, '
        "which this template does not define; define it in the same template or use its ARN",
        f'{where}.notifications.FAILED[1].lambda: {{"Fn::GetAtt": ["world", "Arn"]}} names '
        "function world by its key; written with its logical id WorldLambdaFunction",
    ):
        assert note in module.notes
    app, template = _build(module.code, module.notes)
    assert app.deployments[0].notifications.failed[1].arn == {
        "Fn::GetAtt": ["WorldLambdaFunction", "Arn"]
    }
    assert all("world'" not in e for e in _cfn_lint_errors(template))


def test_unknown_top_level_and_provider_keys_are_reported() -> None:
    module = _import("", extra="resources: {Resources: {}}\ncustom: {a: 1}\nlayers: {}")
    assert module.notes == ("top-level key 'layers' is not translated",)
    module = _import("", extra="")
    assert module.notes == ()


def test_reference_to_a_resource_outside_the_template_is_reported() -> None:
    yml = """
service: svc
stepFunctions:
  stateMachines:
    main:
      definition:
        StartAt: Send
        States:
          Send:
            Type: Task
            Resource: arn:aws:states:::sqs:sendMessage
            Parameters:
              QueueUrl: !Ref MyQueue
              MessageBody.$: $
            End: true
"""
    module = import_serverless(yml)
    assert (
        'stepFunctions.stateMachines.main.definition.States.Send.Parameters.QueueUrl: {"Ref": '
        '"MyQueue"} refers to MyQueue, which this template does not define (it is not in '
        "`resources:`: serverless generates it, or another stack defines it); define it in "
        "`resources:` or replace the Placeholder's value"
    ) in module.notes
    assert 'Placeholder("MyQueue", {"Ref": "MyQueue"})' in module.code


# --------------------------------------------------------------------------- reading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("r: !Ref hello", {"r": {"Ref": "hello"}}),
        ("r: !GetAtt hello.Arn", {"r": {"Fn::GetAtt": ["hello", "Arn"]}}),
        ("r: !GetAtt [hello, Arn]", {"r": {"Fn::GetAtt": ["hello", "Arn"]}}),
        ("r: !Sub 'arn:${AWS::Region}'", {"r": {"Fn::Sub": "arn:${AWS::Region}"}}),
        ("r: !Join [':', [a, b]]", {"r": {"Fn::Join": [":", ["a", "b"]]}}),
        ("r: !ImportValue shared", {"r": {"Fn::ImportValue": "shared"}}),
    ],
)
def test_short_form_tags(text: str, expected: dict[str, Any]) -> None:
    assert load_serverless(text) == expected


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"service": "x"}, True),
        ({"stepFunctions": {"stateMachines": {}}}, True),
        ({"StartAt": "A", "States": {}}, False),
        ([1], False),
    ],
)
def test_is_serverless(document: object, expected: bool) -> None:
    assert is_serverless(document) is expected


def test_no_step_functions_section_is_an_error() -> None:
    with pytest.raises(DefinitionError) as info:
        import_serverless("service: x\nfunctions: {}\n")
    assert str(info.value.problems[0]) == (
        "a serverless.yml to import needs 'stepFunctions.stateMachines' (a mapping of state "
        "machines), got no stepFunctions section  @ stepFunctions"
    )


def test_invalid_definition_reports_its_path() -> None:
    yml = """
stepFunctions:
  stateMachines:
    main:
      definition:
        StartAt: Missing
        States:
          Done: {Type: Succeed}
"""
    with pytest.raises(DefinitionError) as info:
        import_serverless(yml)
    assert all(
        p.path.startswith("stepFunctions.stateMachines.main.definition")
        for p in info.value.problems
    )


# --------------------------------------------------------------------------- every key

SM = "Resources.StockDashfull"
HTTP = "stepFunctions.stateMachines.full.events"
# Each key of every_key.yml that the import translates -> where the built template shows it
# (a path into the template) and the value there. Keys whose whole value is copied are in
# COPIED: their own keys are not walked.
TRANSLATED: dict[str, tuple[str, Any]] = {
    "provider.stage": ("Resources.ApiGatewayDeployment0026dd8e.Properties.StageName", "dev"),
    "provider.tags": (f"{SM}.Properties.Tags[0]", {"Key": "team", "Value": "stock"}),
    "provider.endpointType": (
        "Resources.ApiGatewayRestApi.Properties.EndpointConfiguration.Types",
        ["PRIVATE"],
    ),
    "provider.apiKeys": ("Resources.ApiGatewayApiKey1.Properties.Name", "stock-key"),
    "provider.apiKeys[1].name": ("Resources.ApiGatewayApiKey2.Properties.Name", "partner-key"),
    "provider.usagePlan.quota.limit": (
        "Resources.ApiGatewayUsagePlan.Properties.Quota.Limit",
        5000,
    ),
    "provider.usagePlan.quota.offset": ("Resources.ApiGatewayUsagePlan.Properties.Quota.Offset", 2),
    "provider.usagePlan.quota.period": (
        "Resources.ApiGatewayUsagePlan.Properties.Quota.Period",
        "MONTH",
    ),
    "provider.usagePlan.throttle.burstLimit": (
        "Resources.ApiGatewayUsagePlan.Properties.Throttle.BurstLimit",
        200,
    ),
    "provider.usagePlan.throttle.rateLimit": (
        "Resources.ApiGatewayUsagePlan.Properties.Throttle.RateLimit",
        100,
    ),
    "stepFunctions.noOutput": ("Outputs.StockDashfullArn", None),
    "stepFunctions.activities": (
        "Resources.RestockStepFunctionsActivity.Properties.Name",
        "restock",
    ),
    "stepFunctions.stateMachines.full.name": (f"{SM}.Properties.StateMachineName", "stock-full"),
    "stepFunctions.stateMachines.full.type": (f"{SM}.Properties.StateMachineType", "STANDARD"),
    "stepFunctions.stateMachines.full.retain": (f"{SM}.DeletionPolicy", "Retain"),
    "stepFunctions.stateMachines.full.useExactVersion": (
        f"{SM}.Properties.DefinitionSubstitutions.CheckLambdaFunctionArn",
        {"Ref": "CheckLambdaFunctionVersion7166212b19"},
    ),
    "stepFunctions.stateMachines.full.dependsOn": (f"{SM}.DependsOn", ["CheckLambdaFunction"]),
    "stepFunctions.stateMachines.full.tags": (
        f"{SM}.Properties.Tags[1]",
        {"Key": "cost", "Value": "42"},
    ),
    "stepFunctions.stateMachines.full.inheritGlobalTags": (
        f"{SM}.Properties.Tags[0].Key",
        "team",
    ),
    "stepFunctions.stateMachines.full.iamRoleStatements": (
        "Resources.StockDashfullRole.Properties.Policies[0].PolicyDocument.Statement[-1]",
        {"Effect": "Allow", "Action": ["s3:GetObject"], "Resource": "arn:aws:s3:::stock/*"},
    ),
    "stepFunctions.stateMachines.full.loggingConfig.level": (
        f"{SM}.Properties.LoggingConfiguration.Level",
        "ERROR",
    ),
    "stepFunctions.stateMachines.full.loggingConfig.includeExecutionData": (
        f"{SM}.Properties.LoggingConfiguration.IncludeExecutionData",
        True,
    ),
    "stepFunctions.stateMachines.full.loggingConfig.destinations": (
        f"{SM}.Properties.LoggingConfiguration.Destinations[0].CloudWatchLogsLogGroup.LogGroupArn",
        "arn:aws:logs:us-east-1:123456789012:log-group:stock:*",
    ),
    "stepFunctions.stateMachines.full.tracingConfig.enabled": (
        f"{SM}.Properties.TracingConfiguration.Enabled",
        True,
    ),
    "stepFunctions.stateMachines.full.encryptionConfig.Type": (
        f"{SM}.Properties.EncryptionConfiguration.Type",
        "CUSTOMER_MANAGED_KMS_KEY",
    ),
    "stepFunctions.stateMachines.full.encryptionConfig.KmsKeyId": (
        f"{SM}.Properties.EncryptionConfiguration.KmsKeyId",
        "arn:aws:kms:us-east-1:123456789012:key/0123",
    ),
    "stepFunctions.stateMachines.full.encryptionConfig.KmsDataKeyReusePeriodSeconds": (
        f"{SM}.Properties.EncryptionConfiguration.KmsDataKeyReusePeriodSeconds",
        600,
    ),
    "stepFunctions.stateMachines.full.alarms.topics.ok": (
        "Resources.StockFailedAlarm.Properties.OKActions",
        ["arn:aws:sns:us-east-1:123456789012:ok"],
    ),
    "stepFunctions.stateMachines.full.alarms.topics.alarm": (
        "Resources.StockFailedAlarm.Properties.AlarmActions",
        ["arn:aws:sns:us-east-1:123456789012:alarm"],
    ),
    "stepFunctions.stateMachines.full.alarms.topics.insufficientData": (
        "Resources.StockFailedAlarm.Properties.InsufficientDataActions",
        ["arn:aws:sns:us-east-1:123456789012:data"],
    ),
    "stepFunctions.stateMachines.full.alarms.metrics": (
        "Resources.StockDashfullExecutionsTimedOutAlarm.Properties.MetricName",
        "ExecutionsTimedOut",
    ),
    "stepFunctions.stateMachines.full.alarms.metrics[1].metric": (
        "Resources.StockFailedAlarm.Properties.MetricName",
        "ExecutionsFailed",
    ),
    "stepFunctions.stateMachines.full.alarms.metrics[1].logicalId": (
        "Resources.StockFailedAlarm.Type",
        "AWS::CloudWatch::Alarm",
    ),
    "stepFunctions.stateMachines.full.alarms.metrics[1].alarmName": (
        "Resources.StockFailedAlarm.Properties.AlarmName",
        "stock-failed",
    ),
    "stepFunctions.stateMachines.full.alarms.metrics[1].treatMissingData": (
        "Resources.StockFailedAlarm.Properties.TreatMissingData",
        "breaching",
    ),
    "stepFunctions.stateMachines.full.alarms.metrics[1].period": (
        "Resources.StockFailedAlarm.Properties.Period",
        300,
    ),
    "stepFunctions.stateMachines.full.alarms.treatMissingData": (
        "Resources.StockDashfullExecutionsTimedOutAlarm.Properties.TreatMissingData",
        "ignore",
    ),
    "stepFunctions.stateMachines.full.alarms.period": (
        "Resources.StockDashfullExecutionsTimedOutAlarm.Properties.Period",
        120,
    ),
    "stepFunctions.stateMachines.full.alarms.nameTemplate": (
        "Resources.StockDashfullExecutionsTimedOutAlarm.Properties.AlarmName",
        "stock-full-ExecutionsTimedOut",
    ),
    "stepFunctions.stateMachines.full.notifications.ABORTED[0].sns": (
        "Resources.StockDashfullNotificationsABORTEDEventRule.Properties.Targets[0].Arn",
        "arn:aws:sns:us-east-1:123456789012:aborted",
    ),
    "stepFunctions.stateMachines.full.notifications.FAILED[0].sqs": (
        "Resources.StockDashfullNotificationsFAILEDEventRule.Properties.Targets[0].Arn",
        "arn:aws:sqs:us-east-1:123456789012:failed",
    ),
    "stepFunctions.stateMachines.full.notifications.FAILED[1].sqs.arn": (
        "Resources.StockDashfullNotificationsFAILEDEventRule.Properties.Targets[1].Arn",
        "arn:aws:sqs:us-east-1:123456789012:failed.fifo",
    ),
    "stepFunctions.stateMachines.full.notifications.FAILED[1].sqs.messageGroupId": (
        "Resources.StockDashfullNotificationsFAILEDEventRule.Properties.Targets[1].SqsParameters",
        {"MessageGroupId": "stock"},
    ),
    "stepFunctions.stateMachines.full.notifications.RUNNING[0].kinesis": (
        "Resources.StockDashfullNotificationsRUNNINGEventRule.Properties.Targets[0].Arn",
        "arn:aws:kinesis:us-east-1:123456789012:stream/running",
    ),
    "stepFunctions.stateMachines.full.notifications.RUNNING[1].kinesis.arn": (
        "Resources.StockDashfullNotificationsRUNNINGEventRule.Properties.Targets[1].Arn",
        "arn:aws:kinesis:us-east-1:123456789012:stream/keyed",
    ),
    "stepFunctions.stateMachines.full.notifications.RUNNING[1].kinesis.partitionKeyPath": (
        "Resources.StockDashfullNotificationsRUNNINGEventRule.Properties.Targets[1]"
        ".KinesisParameters.PartitionKeyPath",
        "$.detail.executionArn",
    ),
    "stepFunctions.stateMachines.full.notifications.SUCCEEDED[0].firehose": (
        "Resources.StockDashfullNotificationsSUCCEEDEDEventRule.Properties.Targets[0].Arn",
        "arn:aws:firehose:us-east-1:123456789012:deliverystream/done",
    ),
    "stepFunctions.stateMachines.full.notifications.SUCCEEDED[1].lambda": (
        "Resources.StockDashfullNotificationsSUCCEEDEDEventRuleLambdaPermission1.Properties"
        ".FunctionName",
        "arn:aws:lambda:us-east-1:123456789012:function:done",
    ),
    "stepFunctions.stateMachines.full.notifications.SUCCEEDED[1].inputPath": (
        "Resources.StockDashfullNotificationsSUCCEEDEDEventRule.Properties.Targets[1].InputPath",
        "$.detail",
    ),
    "stepFunctions.stateMachines.full.notifications.TIMED_OUT[0].stepFunctions": (
        "Resources.StockDashfullNotificationsTIMEDOUTEventRule.Properties.Targets[0].Arn",
        "arn:aws:states:us-east-1:123456789012:stateMachine:late",
    ),
    "stepFunctions.stateMachines.full.notifications.TIMED_OUT[0].inputTransformer.inputPathsMap": (
        "Resources.StockDashfullNotificationsTIMEDOUTEventRule.Properties.Targets[0]"
        ".InputTransformer.InputPathsMap",
        {"arn": "$.detail.executionArn"},
    ),
    "stepFunctions.stateMachines.full.notifications.TIMED_OUT[0].inputTransformer.inputTemplate": (
        "Resources.StockDashfullNotificationsTIMEDOUTEventRule.Properties.Targets[0]"
        ".InputTransformer.InputTemplate",
        '{"execution": <arn>}',
    ),
    f"{HTTP}[0].schedule": (
        "Resources.StockDashfullEventsRuleSchedule1.Properties.ScheduleExpression",
        "rate(1 hour)",
    ),
    f"{HTTP}[1].schedule.rate": (
        "Resources.StockDashfullEventsRuleSchedule2.Properties.ScheduleExpression",
        "cron(0 12 * * ? *)",
    ),
    f"{HTTP}[1].schedule.enabled": (
        "Resources.StockDashfullEventsRuleSchedule2.Properties.State",
        "DISABLED",
    ),
    f"{HTTP}[1].schedule.input": (
        "Resources.StockDashfullEventsRuleSchedule2.Properties.Targets[0].Input",
        '{"full":true}',
    ),
    f"{HTTP}[1].schedule.name": (
        "Resources.StockDashfullEventsRuleSchedule2.Properties.Name",
        "stock-nightly",
    ),
    f"{HTTP}[1].schedule.description": (
        "Resources.StockDashfullEventsRuleSchedule2.Properties.Description",
        "Nightly stock check",
    ),
    f"{HTTP}[1].schedule.role": (
        "Resources.StockDashfullEventsRuleSchedule2.Properties.Targets[0].RoleArn",
        "arn:aws:iam::123456789012:role/schedule",
    ),
    f"{HTTP}[1].schedule.retryPolicy.maximumEventAgeInSeconds": (
        "Resources.StockDashfullEventsRuleSchedule2.Properties.Targets[0].RetryPolicy"
        ".MaximumEventAgeInSeconds",
        3600,
    ),
    f"{HTTP}[1].schedule.retryPolicy.maximumRetryAttempts": (
        "Resources.StockDashfullEventsRuleSchedule2.Properties.Targets[0].RetryPolicy"
        ".MaximumRetryAttempts",
        2,
    ),
    f"{HTTP}[2].schedule.rate": (
        "Resources.StockDashfullSchedulerSchedule3.Properties.ScheduleExpression",
        "rate(2 hours)",
    ),
    f"{HTTP}[2].schedule.method": (
        "Resources.StockDashfullSchedulerSchedule3.Type",
        "AWS::Scheduler::Schedule",
    ),
    f"{HTTP}[2].schedule.timezone": (
        "Resources.StockDashfullSchedulerSchedule3.Properties.ScheduleExpressionTimezone",
        "Europe/Paris",
    ),
    f"{HTTP}[3].schedule.rate": (
        "Resources.StockDashfullEventsRuleSchedule4.Properties.ScheduleExpression",
        "rate(4 hours)",
    ),
    f"{HTTP}[3].schedule.inputPath": (
        "Resources.StockDashfullEventsRuleSchedule4.Properties.Targets[0].InputPath",
        "$.detail",
    ),
    f"{HTTP}[4].schedule.rate": (
        "Resources.StockDashfullEventsRuleSchedule5.Properties.ScheduleExpression",
        "rate(3 hours)",
    ),
    f"{HTTP}[4].schedule.inputTransformer.inputPathsMap": (
        "Resources.StockDashfullEventsRuleSchedule5.Properties.Targets[0].InputTransformer"
        ".InputPathsMap",
        {"time": "$.time"},
    ),
    f"{HTTP}[4].schedule.inputTransformer.inputTemplate": (
        "Resources.StockDashfullEventsRuleSchedule5.Properties.Targets[0].InputTransformer"
        ".InputTemplate",
        '{"at": <time>}',
    ),
    f"{HTTP}[5].cloudwatchEvent.event": (
        "Resources.StockDashfullEventsRule1.Properties.EventPattern",
        {"source": ["aws.s3"]},
    ),
    f"{HTTP}[5].cloudwatchEvent.enabled": (
        "Resources.StockDashfullEventsRule1.Properties.State",
        "ENABLED",
    ),
    f"{HTTP}[5].cloudwatchEvent.input": (
        "Resources.StockDashfullEventsRule1.Properties.Targets[0].Input",
        '{"from":"s3"}',
    ),
    f"{HTTP}[5].cloudwatchEvent.name": (
        "Resources.StockDashfullEventsRule1.Properties.Name",
        "stock-s3",
    ),
    f"{HTTP}[5].cloudwatchEvent.description": (
        "Resources.StockDashfullEventsRule1.Properties.Description",
        "Objects arrive",
    ),
    f"{HTTP}[5].cloudwatchEvent.eventBusName": (
        "Resources.StockDashfullEventsRule1.Properties.EventBusName",
        "stock-bus",
    ),
    f"{HTTP}[5].cloudwatchEvent.iamRole": (
        "Resources.StockDashfullEventsRule1.Properties.Targets[0].RoleArn",
        "arn:aws:iam::123456789012:role/events",
    ),
    f"{HTTP}[5].cloudwatchEvent.deadLetterConfig": (
        "Resources.StockDashfullEventsRule1.Properties.Targets[0].DeadLetterConfig",
        {"Arn": "arn:aws:sqs:us-east-1:123456789012:dlq"},
    ),
    f"{HTTP}[5].cloudwatchEvent.retryPolicy.maximumRetryAttempts": (
        "Resources.StockDashfullEventsRule1.Properties.Targets[0].RetryPolicy.MaximumRetryAttempts",
        3,
    ),
    f"{HTTP}[6].eventBridge.event": (
        "Resources.StockDashfullEventsRule2.Properties.EventPattern",
        {"source": ["stock.app"]},
    ),
    f"{HTTP}[6].eventBridge.inputPath": (
        "Resources.StockDashfullEventsRule2.Properties.Targets[0].InputPath",
        "$.detail",
    ),
    f"{HTTP}[7].eventBridge.event": (
        "Resources.StockDashfullEventsRule3.Properties.EventPattern",
        {"source": ["stock.other"]},
    ),
    f"{HTTP}[7].eventBridge.inputTransformer.inputPathsMap": (
        "Resources.StockDashfullEventsRule3.Properties.Targets[0].InputTransformer.InputPathsMap",
        {"id": "$.id"},
    ),
    f"{HTTP}[7].eventBridge.inputTransformer.inputTemplate": (
        "Resources.StockDashfullEventsRule3.Properties.Targets[0].InputTransformer.InputTemplate",
        '{"id": <id>}',
    ),
    f"{HTTP}[8].http": ("Resources.ApiGatewayMethodStockGet.Properties.HttpMethod", "GET"),
    f"{HTTP}[9].http.path": (
        "Resources.ApiGatewayResourceStockSkuVar.Properties.PathPart",
        "{sku}",
    ),
    f"{HTTP}[9].http.method": (
        "Resources.ApiGatewayMethodStockSkuVarPost.Properties.HttpMethod",
        "POST",
    ),
    "stepFunctions.stateMachines.byRole.events[0].http.path": (
        "Resources.ApiGatewayResourceStockSync.Properties.PathPart",
        "sync",
    ),
    "stepFunctions.stateMachines.byRole.events[0].http.method": (
        "Resources.ApiGatewayMethodStockSyncPost.Properties.HttpMethod",
        "POST",
    ),
    "stepFunctions.stateMachines.byRole.events[0].http.action": (
        "Resources.ApiGatewayMethodStockSyncPost.Properties.Integration.Uri.Fn::Sub",
        "arn:${AWS::Partition}:apigateway:${AWS::Region}:states:action/StartSyncExecution",
    ),
    f"{HTTP}[9].http.private": (
        "Resources.ApiGatewayMethodStockSkuVarPost.Properties.ApiKeyRequired",
        True,
    ),
    f"{HTTP}[9].http.iamRole": (
        "Resources.ApiGatewayMethodStockSkuVarPost.Properties.Integration.Credentials",
        "arn:aws:iam::123456789012:role/api",
    ),
    f"{HTTP}[9].http.cors.origins": (
        "Resources.ApiGatewayMethodStockSkuVarOptions.Properties.Integration"
        ".IntegrationResponses[0].ResponseParameters"
        ".method.response.header.Access-Control-Allow-Origin",
        "'https://a.example.com'",
    ),
    f"{HTTP}[9].http.cors.headers": (
        "Resources.ApiGatewayMethodStockSkuVarOptions.Properties.Integration"
        ".IntegrationResponses[0].ResponseParameters"
        ".method.response.header.Access-Control-Allow-Headers",
        "'Content-Type'",
    ),
    f"{HTTP}[9].http.cors.allowCredentials": (
        "Resources.ApiGatewayMethodStockSkuVarOptions.Properties.Integration"
        ".IntegrationResponses[0].ResponseParameters"
        ".method.response.header.Access-Control-Allow-Credentials",
        "'true'",
    ),
    f"{HTTP}[9].http.cors.maxAge": (
        "Resources.ApiGatewayMethodStockSkuVarOptions.Properties.Integration"
        ".IntegrationResponses[0].ResponseParameters"
        ".method.response.header.Access-Control-Max-Age",
        "'600'",
    ),
    f"{HTTP}[9].http.authorizer.name": (
        "Resources.ApiGatewayAuthorizerAuthorize.Properties.AuthorizerUri.Fn::Sub",
        "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/"
        "${AuthorizeLambdaFunction.Arn}/invocations",
    ),
    f"{HTTP}[9].http.authorizer.type": (
        "Resources.ApiGatewayAuthorizerAuthorize.Properties.Type",
        "REQUEST",
    ),
    f"{HTTP}[9].http.authorizer.resultTtlInSeconds": (
        "Resources.ApiGatewayAuthorizerAuthorize.Properties.AuthorizerResultTtlInSeconds",
        0,
    ),
    f"{HTTP}[9].http.authorizer.identitySource": (
        "Resources.ApiGatewayAuthorizerAuthorize.Properties.IdentitySource",
        "method.request.header.Auth",
    ),
    f"{HTTP}[9].http.request.template": (
        "Resources.ApiGatewayMethodStockSkuVarPost.Properties.Integration.RequestTemplates",
        {"application/json": '{"input": "$util.escapeJavaScript($input.body)"}'},
    ),
    f"{HTTP}[10].http.path": ("Resources.ApiGatewayResourceStockPool.Properties.PathPart", "pool"),
    f"{HTTP}[10].http.method": (
        "Resources.ApiGatewayMethodStockPoolPut.Properties.HttpMethod",
        "PUT",
    ),
    f"{HTTP}[10].http.cors.origin": (
        "Resources.ApiGatewayMethodStockPoolOptions.Properties.Integration"
        ".IntegrationResponses[0].ResponseParameters"
        ".method.response.header.Access-Control-Allow-Origin",
        "'https://b.example.com'",
    ),
    f"{HTTP}[10].http.authorizer.name": (
        "Resources.ApiGatewayAuthorizerPool.Properties.Name",
        "pool",
    ),
    f"{HTTP}[10].http.authorizer.arn": (
        "Resources.ApiGatewayAuthorizerPool.Properties.ProviderARNs",
        ["arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc"],
    ),
    f"{HTTP}[10].http.authorizer.scopes": (
        "Resources.ApiGatewayMethodStockPoolPut.Properties.AuthorizationScopes",
        ["stock/write"],
    ),
    f"{HTTP}[11].http.path": ("Resources.ApiGatewayResourceStockIam.Properties.PathPart", "iam"),
    f"{HTTP}[11].http.method": (
        "Resources.ApiGatewayMethodStockIamDelete.Properties.HttpMethod",
        "DELETE",
    ),
    f"{HTTP}[11].http.authorizer": (
        "Resources.ApiGatewayMethodStockIamDelete.Properties.AuthorizationType",
        "AWS_IAM",
    ),
    f"{HTTP}[12].http.path": (
        "Resources.ApiGatewayResourceStockShared.Properties.PathPart",
        "shared",
    ),
    f"{HTTP}[12].http.method": (
        "Resources.ApiGatewayMethodStockSharedAny.Properties.HttpMethod",
        "ANY",
    ),
    f"{HTTP}[12].http.authorizer.type": (
        "Resources.ApiGatewayMethodStockSharedAny.Properties.AuthorizationType",
        "CUSTOM",
    ),
    f"{HTTP}[12].http.authorizer.authorizerId": (
        "Resources.ApiGatewayMethodStockSharedAny.Properties.AuthorizerId",
        "abc123",
    ),
    "stepFunctions.stateMachines.full.definition": (
        f"{SM}.Properties.Definition.States.Restock.Resource",
        "${RestockStepFunctionsActivityArn}",
    ),
    "stepFunctions.stateMachines.byRole.id": (
        "Resources.StockByRole.Type",
        "AWS::StepFunctions::StateMachine",
    ),
    "stepFunctions.stateMachines.byRole.type": (
        "Resources.StockByRole.Properties.StateMachineType",
        "EXPRESS",
    ),
    "stepFunctions.stateMachines.byRole.role": (
        "Resources.StockByRole.Properties.RoleArn",
        "arn:aws:iam::123456789012:role/stock",
    ),
    "stepFunctions.stateMachines.byRole.inheritGlobalTags": (
        "Resources.StockByRole.Properties.Tags",
        None,
    ),
    "stepFunctions.stateMachines.byRole.definition": (
        "Resources.StockByRole.Properties.Definition.States.Done",
        {"Type": "Succeed"},
    ),
}
COPIED = {"definition", "event", "input", "iamRoleStatements", "tags", "inputPathsMap", "template"}
# The provider keys serverless-step-functions reads (the others configure serverless itself).
PROVIDER_KEYS_READ = {
    "stage",
    "region",
    "tags",
    "rolePermissionsBoundary",
    "iam",
    "apiGateway",
    "endpointType",
    "vpcEndpointIds",
    "resourcePolicy",
    "apiKeys",
    "usagePlan",
}
# Keys that only name what they hold; their own keys are walked.
CONTAINERS = {"provider", "stepFunctions", "stateMachines", "full", "byRole", "events"}


def _at(document: Any, path: str) -> Any:
    """The value at a dotted path with [i] indexes; a key may hold dots (longest key wins)."""
    tokens = [t for t in re.split(r"\.|(?=\[)", path) if t]
    node, i = document, 0
    while i < len(tokens):
        if tokens[i].startswith("["):
            index = int(tokens[i][1:-1])
            if not isinstance(node, list) or not -len(node) <= index < len(node):
                return None
            node, i = node[index], i + 1
            continue
        for j in range(len(tokens), i, -1):
            key = ".".join(tokens[i:j])
            if "[" not in key and isinstance(node, dict) and key in node:
                node, i = node[key], j
                break
        else:
            return None
    return node


def _key_paths(value: Any, prefix: str) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            out.append((path, item))
            if key not in COPIED:
                out.extend(_key_paths(item, path))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out.extend(_key_paths(item, f"{prefix}[{i}]"))
    return out


def test_every_documented_key_is_translated_or_noted() -> None:
    doc = load_serverless(FIXTURES / "every_key.yml")
    module = import_serverless(FIXTURES / "every_key.yml")
    _app, template = _build(module.code, module.notes)
    provider = {k: v for k, v in doc["provider"].items() if k in PROVIDER_KEYS_READ}
    plugin_keys = {"provider": provider, "stepFunctions": doc["stepFunctions"]}
    unaccounted, wrong = [], []
    noted_prefixes: list[str] = []
    for path, value in _key_paths(plugin_keys, ""):
        if any(path.startswith((f"{p}.", f"{p}[")) for p in noted_prefixes):
            continue  # the note covers the whole value
        if any(re.match(re.escape(path) + r"[ :]", note) for note in module.notes):
            noted_prefixes.append(path)
            continue
        if path in TRANSLATED:
            where, expected = TRANSLATED[path]
            if _at(template, where) != expected:
                wrong.append(f"{path}: {where} is {_at(template, where)!r}, not {expected!r}")
            continue
        last = re.sub(r"\[\d+\]$", "", path).rsplit(".", 1)[-1]
        is_container = isinstance(value, dict) or (
            isinstance(value, list) and all(isinstance(v, dict) for v in value)
        )
        if not (is_container and (last in CONTAINERS or last not in COPIED)):
            unaccounted.append(path)
    assert unaccounted == [], unaccounted
    assert wrong == [], wrong
    assert set(TRANSLATED) <= {p for p, _ in _key_paths(plugin_keys, "")}


# --------------------------------------------------------------------------- resources:


def test_resources_outputs_and_conditions_are_carried_into_the_app() -> None:
    module = import_serverless(FIXTURES / "queue_and_table.yml")
    assert module.notes == (
        "resources.extensions is not translated: it changes resources serverless generates "
        "(IamRoleLambdaExecution, <Function>LogGroup, ...), which sfdsl generates differently or "
        "not at all; set those attributes on the built template",
        "stepFunctions.stateMachines.placeOrder: the logical id PlaceDashorderDashdev is made "
        "with the build parameters' defaults",
        "stepFunctions.stateMachines.placeOrder.name: 'place-order-${param:stage}' is written as "
        "'place-order-dev' (state machine names cannot hold build parameters); change it when "
        "you build for another stage",
        "build parameter 'stage' (default 'dev') replaces a serverless variable at "
        "provider.stage, stepFunctions.stateMachines.placeOrder.name, "
        "resources.Resources.OrdersTable.Properties.TableName, "
        "resources.Resources.OrdersQueue.Properties.QueueName, "
        "resources.Resources.OrdersDeadLetters.Properties.QueueName, "
        "resources.Resources.OrderTopic.Properties.TopicName; pass --param stage=VALUE to "
        "change it",
    )
    app, _template = _build(module.code, module.notes)
    assert list(app.resources) == ["OrdersTable", "OrdersQueue", "OrdersDeadLetters", "OrderTopic"]
    assert app.conditions == {"InMainRegion": {"Fn::Equals": [{"Ref": "AWS::Region"}, "us-east-1"]}}
    template = json.loads(render(template_for(app, parameters={"stage": "prod"}), "json"))
    resources = template["Resources"]
    assert resources["OrdersTable"]["Properties"]["TableName"] == "orders-prod"
    assert resources["OrderTopic"]["Properties"]["TopicName"] == {
        "Fn::Sub": "orders-${AWS::Region}-prod"
    }
    assert template["Outputs"]["OrdersQueueUrl"] == {
        "Value": {"Ref": "OrdersQueue"},
        "Export": {"Name": {"Fn::Sub": "${AWS::StackName}-orders-queue-url"}},
    }
    policy = resources["PlaceDashorderDashdevRole"]["Properties"]["Policies"][0]
    assert policy["PolicyDocument"]["Statement"] == [
        {
            "Action": ["dynamodb:PutItem"],
            "Effect": "Allow",
            "Resource": [{"Fn::GetAtt": ["OrdersTable", "Arn"]}],
        },
        {
            "Action": ["sqs:SendMessage"],
            "Effect": "Allow",
            "Resource": [{"Fn::GetAtt": ["OrdersQueue", "Arn"]}],
        },
        {"Action": ["sns:Publish"], "Effect": "Allow", "Resource": [{"Ref": "OrderTopic"}]},
    ]
    assert _cfn_lint_errors(template) == []


@pytest.mark.parametrize(
    ("extra", "note"),
    [
        (
            "resources: {Parameters: {Stage: {Type: String}}}",
            "resources.Parameters is not translated: template Parameters are not an App option; "
            "a Ref to one in a Wait is a build parameter (see the notes on those states), "
            "elsewhere give the value with App(params=...) and ${param:NAME}",
        ),
        (
            "resources: {Mappings: {M: {a: {b: c}}}}",
            "resources.Mappings is not translated: template Mappings are not an App option; "
            "write the value Fn::FindInMap picks",
        ),
        (
            "resources: {Resource: {Q: {Type: AWS::SQS::Queue}}}",
            "resources.Resource is not a section of a CloudFormation template (Resources, "
            "Outputs, Conditions, ...); not translated",
        ),
        (
            "resources: {Resources: [Q]}",
            "resources.Resources is not a mapping of logical ids; not translated",
        ),
        (
            "resources: [Resources]",
            "resources[0] is not a mapping (Resources, Outputs, ...); not translated",
        ),
    ],
)
def test_what_resources_cannot_carry_is_noted(extra: str, note: str) -> None:
    module = _import("", extra=extra)
    assert module.notes == (note,)
    _build(module.code, module.notes)


def test_resources_given_as_a_list_are_merged_the_last_one_winning() -> None:
    module = _import(
        "dependsOn: [Queue]",
        extra="""
        resources:
          - Resources:
              Queue: {Type: AWS::SQS::Queue}
          - Resources:
              Queue: {Type: AWS::SQS::Queue, Properties: {DelaySeconds: 5}}
            Outputs:
              QueueArn: {Value: !GetAtt Queue.Arn}
        """,
    )
    assert module.notes == (
        "resources[1].Resources.Queue replaces the Queue given earlier (serverless merges the "
        "two; sfdsl keeps the last one whole)",
    )
    app, template = _build(module.code, module.notes)
    assert app.resources == {
        "Queue": {"Type": "AWS::SQS::Queue", "Properties": {"DelaySeconds": 5}}
    }
    assert app.deployments[0].depends_on == ("Queue",)
    assert template["Outputs"]["QueueArn"] == {"Value": {"Fn::GetAtt": ["Queue", "Arn"]}}


def test_a_resource_referring_to_what_serverless_generates_is_noted_and_reported() -> None:
    module = _import(
        "",
        extra="""
        resources:
          Resources:
            Policy:
              Type: AWS::IAM::ManagedPolicy
              Properties:
                Roles: [!Ref IamRoleLambdaExecution]
                PolicyDocument:
                  Statement:
                    - {Effect: Allow, Action: 's3:GetObject', Resource: !Sub '${Bucket.Arn}/*'}
            Bucket: {Type: AWS::S3::Bucket}
        """,
    )
    assert module.notes == (
        "resources.Resources.Policy refers to IamRoleLambdaExecution, which the generated App "
        "does not define (serverless generates it, or it is a template Parameter or in another "
        "stack); building the App reports it: define it in resources or refer to something "
        "that is",
    )
    with pytest.raises(BuildError) as info:
        _build(module.code, module.notes)
    assert [str(p) for p in info.value.problems] == [
        "'IamRoleLambdaExecution' is not in the template; define it "
        "(App(resources={'IamRoleLambdaExecution': ...}) or a Function, activity or state "
        "machine with that logical id) or refer to something that is  "
        "@ resources.Policy.Properties.Roles[0]"
    ]


# --------------------------------------------------------------------------- hostile input

# Every line terminator str.splitlines knows, NUL, quotes, backslashes and docstring quotes.
HOSTILE = [
    'x\rimport os;os.system("echo PWNED")\r#',
    "x\nraise SystemExit(3)\n#",
    "x\r\nraise SystemExit(3)\r\n#",
    *(f"a{t}raise SystemExit(3){t}#" for t in "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"),
    "nul\x00byte",
    '"""; raise SystemExit(3); """',
    "'''; raise SystemExit(3); '''",
    'back\\slash\\"',
    "end\\",
    "\x1b[31mred\x1b[0m",
]


def hostile_service(text: str) -> dict[str, Any]:
    """A serverless.yml with *text* in keys, values, names, comments and notes."""
    name = text if text.isprintable() else "Start"  # state names hold no control characters
    definition = {
        "Comment": text,
        "StartAt": name,
        "States": {
            name: {
                "Type": "Pass",
                "Comment": text,
                "Result": {text: [text]},
                "ResultPath": "$.r",
                "Next": "Check",
            },
            "Check": {
                "Type": "Choice",
                "Choices": [
                    {"Variable": "$.v", "StringEquals": text, "Next": "Stop", "Comment": text}
                ],
                "Default": "Done",
            },
            "Stop": {"Type": "Fail", "Error": text, "Cause": text},
            "Done": {"Type": "Succeed", "Comment": text},
        },
    }
    return {
        "service": name,  # the service and function names make S3 keys: no control characters
        text: "an unknown top-level key (a note)",
        "provider": {"name": "aws", "runtime": "python3.12", text: 1, "tags": {text: text}},
        "functions": {name: {"handler": "h.main", "description": text}},
        "stepFunctions": {
            "stateMachines": {
                text: {
                    "tags": {text: text},
                    "events": [{"schedule": {"rate": "rate(1 hour)", "description": text}}],
                    "definition": definition,
                    text: "an unknown machine key (a note)",
                }
            }
        },
    }


@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_hostile_text_cannot_change_the_imported_program(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    doc = hostile_service(text)
    module = import_serverless(json.dumps(doc) + "\n# .yml text\n")
    code = compile(module.code, "<generated>", "exec")
    calls: list[object] = []
    monkeypatch.setattr(os, "system", lambda *args: calls.append(args))
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # SystemExit would fail the test
    assert calls == []
    app = namespace["app"]
    machine = StateMachine.from_asl(doc["stepFunctions"]["stateMachines"][text]["definition"])
    assert app.deployments[0].machine.to_json() == machine.to_json()
    assert app.deployments[0].tags == {text: text}
    # Each note is one comment line, with the text's control characters escaped.
    comments = [line for line in module.code.splitlines() if line.startswith("# - ")]
    assert len(comments) == len(module.notes)
    for line in module.code.splitlines():
        assert not line.lstrip().startswith(("import os", "raise "))


@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_hostile_service_name_stays_in_the_docstring(text: str) -> None:
    doc = {
        "service": text,
        "stepFunctions": {
            "stateMachines": {
                "m": {"definition": {"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}}
            }
        },
    }
    module = import_serverless(json.dumps(doc) + "\n")
    tree = compile(module.code, "<generated>", "exec", flags=ast.PyCF_ONLY_AST)
    assert ast.get_docstring(tree, clean=False) == (
        "Step Functions workflows imported from serverless.yml by `sfdsl import`.\n\n"
        f"Service: {text}\n"
    )


_SERVICE = "service: s\nstepFunctions:\n  stateMachines:\n    m:\n      definition: {ref}\n"


def _project(tmp_path: Path, ref: str) -> Path:
    """A serverless project in tmp_path/proj whose definition is *ref*; a flow file outside."""
    project, outside = tmp_path / "proj", tmp_path / "outside"
    project.mkdir()
    outside.mkdir()
    flow = "StartAt: A\nStates: {A: {Type: Succeed}}\n"
    (project / "flow.yml").write_text(flow)
    (outside / "flow.yml").write_text(flow)
    (project / "notes.txt").write_text("StartAt: A\nStates: {A: {Type: Succeed}}\n")
    (project / "link.yml").symlink_to(outside / "flow.yml")
    (project / "serverless.yml").write_text(_SERVICE.format(ref=ref))
    return project / "serverless.yml"


@pytest.mark.parametrize(
    ("ref", "written", "real"),
    [
        ("../outside/flow.yml", "../outside/flow.yml", "outside/flow.yml"),
        ("{tmp}/outside/flow.yml", "{tmp}/outside/flow.yml", "outside/flow.yml"),
        ("./link.yml", "./link.yml", "outside/flow.yml"),  # a link is followed, then refused
    ],
)
def test_files_outside_the_project_are_refused_unless_allowed(
    tmp_path: Path, ref: str, written: str, real: str
) -> None:
    tmp = tmp_path.resolve()
    path = _project(tmp_path, f"${{file({ref.format(tmp=tmp)})}}")
    with pytest.raises(DefinitionError) as info:
        import_serverless(path)
    assert [str(p) for p in info.value.problems] == [
        f"cannot resolve ${{file({ref.format(tmp=tmp)})}}: {written.format(tmp=tmp)} is outside "
        f"the serverless project's folder {tmp / 'proj'} (it is {tmp / real}), and sfdsl reads "
        "files only inside it; move the file into the folder, or allow it with "
        "--allow-files-outside-project (allow_files_outside_project=True in Python)  "
        "@ stepFunctions.stateMachines.m.definition"
    ]
    module = import_serverless(path, allow_files_outside_project=True)
    assert 'Succeed("A")' in module.code


@pytest.mark.parametrize("allowed", [False, True])
@pytest.mark.parametrize("ref", ["./notes.txt", "/proc/self/environ"])
def test_only_yaml_and_json_files_are_read(tmp_path: Path, ref: str, allowed: bool) -> None:
    path = _project(tmp_path, f"${{file({ref})}}")
    with pytest.raises(DefinitionError) as info:
        import_serverless(path, allow_files_outside_project=allowed)
    message = info.value.problems[0].message
    assert message.startswith(f"cannot resolve ${{file({ref})}}: {ref} is ")
    if allowed or ref == "./notes.txt":
        assert "is not a .yml, .yaml or .json file" in message
        assert message.endswith(
            "sfdsl reads the values of YAML and JSON files only and never copies a file's "
            "text into the code: put the value in a YAML or JSON file, or pass it with --param"
        )
    else:
        assert "is outside the serverless project's folder" in message


def test_a_file_inside_the_project_is_read(tmp_path: Path) -> None:
    module = import_serverless(_project(tmp_path, "${file(./flow.yml)}"))
    assert 'machine = StateMachine(Succeed("A"))' in module.code.replace("m = ", "machine = ")


def _bomb(levels: int) -> str:
    text = 'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n'
    for i in range(1, levels):
        text += f"a{i}: &a{i} [" + ", ".join(["*a" if i == 1 else f"*a{i - 1}"] * 9) + "]\n"
    return text


def test_yaml_alias_bomb_is_refused() -> None:
    from sfdsl.errors import LimitError

    text = _bomb(9)
    assert len(text) < 700
    with pytest.raises(LimitError) as info:
        import_serverless(text)
    assert [str(p) for p in info.value.problems] == [
        "serverless.yml text line 7: the aliases expand to more than 1,000,000 values, more "
        "than sfdsl reads (MAX_YAML_NODES in docs/limits.md); write the values out or share "
        "less  @ a6"
    ]


def test_self_reference_fan_out_is_refused() -> None:
    from sfdsl.errors import LimitError

    text = "service: s\ncustom:\n  a0: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n"
    for i in range(1, 9):
        text += f"  a{i}:\n" + f"    - ${{self:custom.a{i - 1}}}\n" * 10
    text += _SERVICE.format(ref="{StartAt: A, States: {A: {Type: Succeed}}}").split("\n", 1)[1]
    with pytest.raises(LimitError) as info:
        import_serverless(text)
    assert [str(p) for p in info.value.problems] == [
        "resolving the ${...} variables of serverless.yml makes more than 2,000,000 values (at "
        "custom.a6[0][3]): ${self:...} or ${file(...)} references copy large parts of the "
        "document again and again; refer to fewer or smaller parts (MAX_RESOLVED_VALUES in "
        "docs/limits.md)  @ custom.a6[0][3]"
    ]


def test_self_reference_text_fan_out_is_refused() -> None:
    from sfdsl.errors import LimitError

    text = "service: s\ncustom:\n  a0: xxxxxxxxxx\n"
    for i in range(1, 9):
        text += f"  a{i}: '" + f"${{self:custom.a{i - 1}}}" * 10 + "'\n"
    text += _SERVICE.format(ref="{StartAt: A, States: {A: {Type: Succeed}}}").split("\n", 1)[1]
    with pytest.raises(LimitError) as info:
        import_serverless(text)
    assert [str(p) for p in info.value.problems] == [
        "the text at custom.a6 is longer than 1,048,576 characters once its variables are "
        "resolved (${self:custom.a5} and others copy text again and again); refer to shorter "
        "values (MAX_RESOLVED_CHARS in docs/limits.md)  @ custom.a6"
    ]


def test_a_variable_giving_a_mapping_inside_text_is_an_error() -> None:
    with pytest.raises(DefinitionError) as info:
        _import("name: orders-${self:provider}")
    assert [str(p) for p in info.value.problems] == [
        "${self:provider} gives dict, which cannot be part of the text 'orders-${self:provider}'; "
        "refer to a single value (a string or a number)  @ stepFunctions.stateMachines.main.name"
    ]


def test_cli_reads_files_outside_the_project_only_when_allowed(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sfdsl.cli import app

    path = _project(tmp_path, "${file(../outside/flow.yml)}")
    refused = CliRunner().invoke(app, ["import", str(path)])
    assert refused.exit_code == 2  # like a missing file: the document cannot be read
    assert "is outside the serverless project's folder" in refused.output
    allowed = CliRunner().invoke(app, ["import", str(path), "--allow-files-outside-project"])
    assert allowed.exit_code == 0, allowed.output
    assert 'Succeed("A")' in allowed.stdout
    asl = tmp_path / "flow.asl.json"
    asl.write_text('{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}')
    misused = CliRunner().invoke(app, ["import", str(asl), "--allow-files-outside-project"])
    assert misused.exit_code == 2
    assert "--allow-files-outside-project reads serverless.yml variables" in misused.output


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        (".inf", "inf is not a JSON number; use a finite number"),
        (".nan", "nan is not a JSON number; use a finite number"),
        (
            "!!set {a, b}",
            "a value of type set is not JSON; use a list, dict, str, number, bool or None",
        ),
        (
            "!!binary aGk=",
            "a value of type bytes is not JSON; use a list, dict, str, number, bool or None",
        ),
    ],
)
def test_values_json_cannot_hold_are_errors_not_code(value: str, problem: str) -> None:
    with pytest.raises(DefinitionError) as info:
        _import(f"events: [{{schedule: {{rate: rate(1 hour), input: {{k: {value}}}}}}}]")
    assert [str(p) for p in info.value.problems] == [problem]


def test_timestamps_are_written_as_text_and_huge_numbers_exactly() -> None:
    big = "0x" + "f" * 4000  # more than the 4,300 decimal digits Python writes
    module = _import(
        f"events: [{{schedule: {{rate: rate(1 hour), input: {{day: 2020-01-31, n: {big}}}}}}}]"
    )
    assert "the YAML timestamp 2020-01-31 is written as the text '2020-01-31'" in module.notes
    namespace: dict[str, Any] = {}
    exec(compile(module.code, "<generated>", "exec"), namespace)
    schedule = namespace["app"].deployments[0].events[0]
    assert schedule.input == {"day": "2020-01-31", "n": int(big, 16)}


def test_values_yaml_11_changed_on_reading_are_noted() -> None:
    module = _import("tags: {when: 1:30}")
    assert (
        "serverless.yml text line 9: the unquoted 1:30 is read as the number 90 (YAML 1.1 reads "
        '1:30 in base 60); write "1:30" (quoted) to keep the text, or 90 for the number (at '
        "stepFunctions.stateMachines.main.tags.when)"
    ) in module.notes


def test_output_does_not_depend_on_ruff(monkeypatch: pytest.MonkeyPatch) -> None:
    with_tools = import_serverless(FIXTURES / "guide.yml").code
    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr(shutil, "which", lambda *_args, **_kwargs: None)
    assert import_serverless(FIXTURES / "guide.yml").code == with_tools


# --------------------------------------------------------------------------- objects in, code out


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("*.yml")))
def test_generated_program_builds_the_imported_objects(fixture: str) -> None:
    # The importer maps serverless.yml to sfdsl's objects; the module is those objects written
    # as code: running it gives the same App, and the same template.
    module = _assert_round_trip(
        FIXTURES / fixture, SEED_VALUES.get(fixture), BUILD_PARAMS.get(fixture)
    )
    app = serverless_app(FIXTURES / fixture, values=SEED_VALUES.get(fixture, {}))
    assert (
        module.code == import_serverless(FIXTURES / fixture, values=SEED_VALUES.get(fixture)).code
    )
    assert app.deployments


@pytest.mark.parametrize("text", HOSTILE, ids=repr)
def test_hostile_text_round_trips(text: str) -> None:
    _assert_round_trip(json.dumps(hostile_service(text)) + "\n# .yml text\n")


def test_what_an_option_refuses_is_an_import_error_at_its_place() -> None:
    # Encryption and Metric check their own values; the import reports both problems, each at
    # its place in serverless.yml, instead of writing code that fails when it is run.
    with pytest.raises(DefinitionError) as info:
        _import(
            """
            encryptionConfig: {Type: CUSTOMER_MANAGED_KMS_KEY, KmsKeyId: my-key}
            alarms:
              topics: {alarm: arn:aws:sns:us-east-1:123456789012:ops}
              metrics: [{metric: executionsFailed, period: 45}]
            """
        )
    assert [str(p) for p in info.value.problems] == [
        "kms_key must be an 'kms' ARN or an intrinsic, got 'my-key'"
        "  @ stepFunctions.stateMachines.main.encryptionConfig",
        "period must be 10, 30 or a multiple of 60 seconds, got 45"
        "  @ stepFunctions.stateMachines.main.alarms.metrics[0]",
    ]


def test_what_an_option_accepts_is_imported() -> None:
    # The bounds are the constructors' own: 60 seconds and a 10-second period are accepted.
    module = _import(
        """
        encryptionConfig:
          Type: CUSTOMER_MANAGED_KMS_KEY
          KmsKeyId: arn:aws:kms:us-east-1:123456789012:key/k
          KmsDataKeyReusePeriodSeconds: 60
        alarms:
          topics: {alarm: arn:aws:sns:us-east-1:123456789012:ops}
          metrics: [{metric: executionsFailed, period: 10}]
        """
    )
    app, _template = _build(module.code, module.notes)
    deployment = app.deployments[0]
    assert deployment.encryption is not None
    assert deployment.encryption.reuse_period_seconds == 60
    assert deployment.alarms is not None
    assert [m.period for m in deployment.alarms.metrics] == [10]


def test_module_lists_the_files_the_import_read(tmp_path: Path) -> None:
    yml = _file_service(
        tmp_path,
        "${file(./sfn/flow.yml)}",
        {"sfn/flow.yml": _FLOW, "sfn/unused.yml": _FLOW},
    )
    module = import_serverless(yml)
    assert module.read_files == (str(yml.resolve()), str((tmp_path / "sfn/flow.yml").resolve()))
    assert _import("").read_files == ()  # YAML text, which reads no file


def test_cli_import_never_writes_over_a_file_the_import_read(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sfdsl.cli import app

    yml = _file_service(tmp_path, "${file(./sfn/flow.yml)}", {"sfn/flow.yml": _FLOW})
    flow = tmp_path / "sfn" / "flow.yml"
    for output in (flow, tmp_path / "sfn" / ".." / "sfn" / "flow.yml"):
        refused = CliRunner().invoke(app, ["import", str(yml), "-o", str(output), "--force"])
        assert refused.exit_code == 2, refused.output
        expected = f"error: -o {output} is a file {yml} reads ({flow.resolve()}); write the code"
        assert refused.output.split() == [*expected.split(), "elsewhere"]
        assert flow.read_text() == _FLOW
    written = tmp_path / "workflows.py"
    written.write_text("old")
    replaced = CliRunner().invoke(app, ["import", str(yml), "-o", str(written), "--force"])
    assert replaced.exit_code == 0, replaced.output
    assert written.read_text() == import_serverless(yml).code


def test_cli_output_is_the_same_without_ruff_on_path(tmp_path: Path) -> None:
    # The layout is sfdsl's own: a process that cannot find ruff writes the same module.
    import os

    assert shutil.which("ruff") is not None, "ruff is a development dependency"
    outputs = []
    for path in (os.environ.get("PATH", ""), ""):
        out = tmp_path / f"workflows{len(outputs)}.py"
        env = {**os.environ, "PATH": path}
        command = ["import", str(FIXTURES / "guide.yml"), "-o", str(out)]
        subprocess.run(
            [sys.executable, "-c", "from sfdsl.cli import main; main()", *command],
            env=env,
            check=True,
            capture_output=True,
        )
        outputs.append(out.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1] == import_serverless(FIXTURES / "guide.yml").code


def test_an_endpoint_type_the_plugin_rejects_is_noted_not_dropped() -> None:
    module = _import(
        "events: [{http: {path: orders, method: post}}]", extra="provider: {endpointType: internal}"
    )
    assert (
        "provider.endpointType 'internal' is not one of REGIONAL, EDGE, PRIVATE (the plugin "
        "rejects it); not translated, so the API is REGIONAL"
    ) in module.notes


def test_function_options_of_the_wrong_type_are_noted_not_dropped() -> None:
    module = _import(
        "",
        extra="""
        functions:
          hello: {handler: h.hello, memorySize: "512", timeout: 1.5, description: [a]}
        """,
    )
    assert [n for n in module.notes if n.startswith("functions.hello.")] == [
        "functions.hello.memorySize must be a whole number, got '512'; not translated",
        "functions.hello.timeout must be a whole number, got 1.5; not translated",
        "functions.hello.description must be text, got ['a']; not translated",
    ]
