"""Build the CloudFormation resources of an :class:`~sfdsl.cfn.App` into a troposphere template."""

from __future__ import annotations

import functools
import json
import re
import warnings
from collections.abc import Mapping
from typing import Any

import attrs
from troposphere import Template

from sfdsl._machine import StateMachine
from sfdsl._render import intrinsic_name
from sfdsl._values import Placeholder
from sfdsl.cfn._app import App, Deployment
from sfdsl.cfn._context import (
    _PARAM,
    CfnValue,
    Context,
    getatt,
    is_intrinsic,
    option_error,
    ref,
    sub,
    tags_list,
)
from sfdsl.cfn._lambda import Function, build_function, latest_problem
from sfdsl.cfn._lint import check_runtimes, check_template
from sfdsl.cfn._raw import add_raw, check_raw_references
from sfdsl.errors import Problem, SfdslWarning

_PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")
_MACHINE_NAME = re.compile(r"[A-Za-z0-9_-]{1,80}")
_PSEUDO = {
    "AWS::Region": {"Ref": "AWS::Region"},
    "AWS::AccountId": {"Ref": "AWS::AccountId"},
    "AWS::Partition": {"Ref": "AWS::Partition"},
    "AWS::URLSuffix": {"Ref": "AWS::URLSuffix"},
    "AWS::StackName": {"Ref": "AWS::StackName"},
}


@attrs.frozen
class MachineBuild:
    """What the later builders (alarms, events, versions) need to know about a built machine."""

    deployment: Deployment
    logical_id: str
    name: str | None
    arn: CfnValue
    role_id: str | None
    substitutions: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def start_arn(self) -> CfnValue:
        """What events start: the alias when versions are published, else the machine."""
        if self.deployment.publish is not None:
            from sfdsl.cfn._versions import alias_id

            return ref(alias_id(self.logical_id))
        return ref(self.logical_id)

    def start_statement(self, action: str) -> dict[str, Any]:
        """The IAM statement that lets a service start executions of :attr:`start_arn`.

        Step Functions authorizes a start on an alias with the state machine's own ARN; the
        ``states:StateMachineQualifier`` condition keeps it to the alias ("Authorization for
        versions and aliases in Step Functions workflows",
        https://docs.aws.amazon.com/step-functions/latest/dg/auth-version-alias.html).
        """
        statement: dict[str, Any] = {
            "Effect": "Allow",
            "Action": action,
            "Resource": ref(self.logical_id),
        }
        if self.deployment.publish is not None:
            qualifier = {"states:StateMachineQualifier": self.deployment.publish.alias}
            statement["Condition"] = {"StringEquals": qualifier}
        return statement


def build(app: App, template: Template, parameters: Mapping[str, str]) -> tuple[Problem, ...]:
    """Add *app* to *template*; return the warnings. Raises BuildError with every problem.

    A value in *parameters* is for a build parameter the app declares (``${param:NAME}``),
    or for a ``${NAME}`` placeholder that has no value, or both.
    """
    ctx = Context(template, {**app.params, **parameters})
    ctx.placeholder_values = dict(parameters)
    sources = [_Source(dep.machine) for dep in app.deployments]
    waiting = sorted(set().union(*(source.waiting for source in sources)))
    # A value is for a declared parameter, a placeholder without a value, or a ${param:NAME}
    # the app uses without declaring it (as `sfdsl import` writes unresolved variables).
    unknown = set(parameters) - set(app.params) - set(waiting)
    if unknown:
        unknown -= set(_PARAM.findall(repr(app)))
    for name in sorted(unknown):
        ctx.fail(_unknown_parameter(name, app, waiting), code="unknown-parameter")
    if app.placeholders == "parameters":
        from sfdsl.cfn._parameters import PlaceholderParameters

        reserved = [f"{d.logical_id}{s}" for d in app.deployments for s in ("", "Role")]
        ctx.placeholder_parameters = PlaceholderParameters(ctx, reserved)
    ctx.app_name = ctx.params(app.name, "name") if app.name else None
    before = set(template.resources)
    add_raw(ctx, app)
    check_runtimes(ctx, app)
    functions = _functions_for(app)
    for i, fn in enumerate(functions):
        build_function(ctx, fn, f"functions[{i}]")
    for i, activity in enumerate(app.activities):
        _activity(ctx, app, activity, f"activities[{i}]")
    built: list[MachineBuild] = []
    for dep, source in zip(app.deployments, sources, strict=True):
        machine = _machine(ctx, app, dep, functions, source)
        if machine is not None:
            built.append(machine)
    ctx.check("application")
    for mb in built:
        _extras(ctx, app, mb)
    for mb in built:
        _check_references(ctx, mb)
    check_raw_references(ctx, app)
    check_template(ctx, app, set(template.resources) - before)
    ctx.check("application")
    if ctx.placeholder_parameters is not None:
        ctx.placeholder_parameters.finish(mb.role_id for mb in built if mb.role_id)
    return tuple(ctx.warnings)


def _unknown_parameter(name: str, app: App, waiting: list[str]) -> str:
    """The message for a build parameter that matches nothing, with the candidates."""
    import difflib

    declared = ", ".join(sorted(app.params)) or "none"
    placeholders = ", ".join(waiting) or "there are none"
    close = difflib.get_close_matches(name, [*app.params, *waiting], n=1)
    if not app.params and app.placeholders == "parameters":
        # A lone machine or an ASL file: only its placeholders take values.
        fix = f"did you mean {close[0]!r}?" if close else "drop it"
        return f"parameter {name!r} matches no placeholder without a value ({placeholders}); {fix}"
    if not waiting:
        return (
            f"parameter {name!r} is not declared by the app (declared: {declared}); "
            f"declare it with App(params={{{name!r}: 'default'}}) or drop it"
        )
    fix = (
        f"did you mean {close[0]!r}?"
        if close
        else f"declare it with App(params={{{name!r}: 'default'}}) or drop it"
    )
    return (
        f"parameter {name!r} is neither declared by the app (declared: {declared}) nor a "
        f"placeholder without a value ({placeholders}); {fix}"
    )


class _Source:
    """A machine's ASL and placeholders, read once for the checks and the build."""

    def __init__(self, machine: StateMachine) -> None:
        self.asl = machine.to_asl()
        self.placeholders = collect_placeholders(machine)
        valued = {n for n, p in self.placeholders.items() if p.value is not None}
        self.waiting = {
            name
            for text in _strings(self.asl)
            for name in _PLACEHOLDER.findall(text)
            if name not in valued and name not in _PSEUDO and not name.startswith("param:")
        }


def _strings(value: Any) -> list[str]:
    """Every string value (not key) inside *value* that holds a ``${``."""
    if isinstance(value, str):
        return [value] if "${" in value else []
    if isinstance(value, dict):
        return [t for v in value.values() for t in _strings(v)]
    if isinstance(value, list):
        return [t for v in value for t in _strings(v)]
    return []


def build_into(app: App, template: Template, parameters: Mapping[str, str]) -> tuple[Problem, ...]:
    """:func:`build` into a scratch copy of *template*, copied back only when it succeeds.

    The scratch template shares the caller's resource objects; the builders never change one
    in place (they replace it with a changed copy), so a failed build leaves *template* as it was.

    Example:
        >>> from sfdsl import StateMachine, Succeed
        >>> from sfdsl.errors import BuildError
        >>> template = Template()
        >>> app = App().add(StateMachine(Succeed("A"), name="a")).add(
        ...     StateMachine(Succeed("B"), name="b"), logical_id="A")
        >>> try:
        ...     build_into(app, template, {})
        ... except BuildError:
        ...     print(sorted(template.resources))
        []
    """
    scratch = Template()
    scratch.resources = dict(template.resources)
    scratch.outputs = dict(template.outputs)
    scratch.parameters = dict(template.parameters)
    scratch.conditions = dict(template.conditions)
    found = build(app, scratch, parameters)
    for mine, theirs in (
        (scratch.resources, template.resources),
        (scratch.outputs, template.outputs),
        (scratch.parameters, template.parameters),
        (scratch.conditions, template.conditions),
    ):
        theirs.clear()
        theirs.update(mine)
    return found


def _check_references(ctx: Context, mb: MachineBuild) -> None:
    """Every ``Ref``/``GetAtt`` in the definition's substitutions names something in the template."""
    reported: set[str] = ctx.shared.setdefault("missing-resources", set())
    for key, value in sorted(mb.substitutions.items()):
        for target in sorted(_targets(value) - reported):
            if target in ctx.template.resources or target in ctx.template.parameters:
                continue
            reported.add(target)
            ctx.fail(
                f"DefinitionSubstitutions.{key} refers to {target!r}, which is not in the "
                f"template; define it (App(resources={{{target!r}: {{'Type': ...}}}}) or "
                f"Function({target!r}, code=...)), or add it to your own troposphere Template "
                "and build with App.add_to(template)",
                mb.logical_id,
                "missing-resource",
            )


def _targets(value: Any) -> set[str]:
    """Logical ids named by ``Ref`` and ``Fn::GetAtt`` anywhere in *value* (not pseudo ones)."""
    found: set[str] = set()
    if isinstance(value, dict):
        if isinstance(value.get("Ref"), str) and not value["Ref"].startswith("AWS::"):
            found.add(value["Ref"])
        att = value.get("Fn::GetAtt")
        if isinstance(att, list) and att and isinstance(att[0], str):
            found.add(att[0])
        for item in value.values():
            found |= _targets(item)
    elif isinstance(value, list):
        for item in value:
            found |= _targets(item)
    return found


def _functions_for(app: App) -> list[Function]:
    """The app's functions; those called by an ``exact_versions`` machine publish a version.

    So do those whose :attr:`~sfdsl.cfn.Function.version` handle a machine uses.
    """
    pinned: set[str] = set()
    for dep in app.deployments:
        values = collect_placeholders(dep.machine)
        used = {json.dumps(v.value, sort_keys=True) for v in values.values()}
        for fn in app.functions:
            if fn.kind != "arn" and json.dumps(ref(fn.version_logical_id)) in used:
                pinned.add(fn.logical_id)
            if dep.exact_versions and any(text in fn.targets() for text in used):
                pinned.add(fn.logical_id)
    return [
        attrs.evolve(fn, exact_version=True)
        if fn.logical_id in pinned and not fn.exact_version
        else fn
        for fn in app.functions
    ]


def _activity(ctx: Context, app: App, activity: Any, path: str) -> None:
    from troposphere import stepfunctions

    lid = activity.resource_id
    if not ctx.logical_id(lid, "activity", path, activity.name):
        return
    props: dict[str, Any] = {"Name": ctx.params(activity.name, path)}
    tags = tags_list(app.tags, activity.tags)
    if tags:
        props["Tags"] = tags
    ctx.add(stepfunctions.Activity, lid, props)
    ctx.output(f"{lid}Arn", ref(lid), f"ARN of activity {activity.name}")


def collect_placeholders(obj: object) -> dict[str, Placeholder]:
    """Every :class:`Placeholder` reachable from *obj* (states, payloads, nested graphs)."""
    found: dict[str, Placeholder] = {}
    seen: set[int] = set()
    stack: list[object] = [obj]
    while stack:
        item = stack.pop()
        if isinstance(item, (str, int, float, bool)) or item is None:
            continue
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, Placeholder):
            found.setdefault(item.name, item)
            if item.value is not None and found[item.name].value is None:
                found[item.name] = item
            continue
        if isinstance(item, Mapping):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        elif attrs.has(type(item)):
            for f in attrs.fields(type(item)):  # type: ignore[arg-type]
                if f.eq is not False or f.name in ("value",):
                    stack.append(getattr(item, f.name, None))
    return found


def _substitution(value: Any) -> Any:
    """A DefinitionSubstitutions value: text with ``${AWS::Region}`` and the like is a Fn::Sub."""
    if isinstance(value, str) and "${" in value:
        return {"Fn::Sub": value}
    return value


class _Definition:
    """The ASL of one machine made template-ready: params applied, intrinsics as placeholders."""

    def __init__(self, ctx: Context, source: _Source, path: str) -> None:
        self.ctx = ctx
        self.path = path
        self.substitutions: dict[str, Any] = {}
        self.uses: dict[str, list[str]] = {}
        self.unresolved: dict[str, list[str]] = {}
        self.waiting = source.waiting
        self.waiting_uses: dict[str, list[str]] = {}
        for name, placeholder in source.placeholders.items():
            if placeholder.value is not None:
                value = ctx.params(placeholder.value, f"{path}.{name}")
                self.substitutions[name] = _substitution(value)
        made = ctx.placeholder_parameters
        for name in sorted(source.waiting):
            if name in ctx.placeholder_values:
                self.substitutions[name] = _substitution(ctx.placeholder_values[name])
            elif made is not None:
                self.substitutions[name] = made.ref(name)
        self.asl = self._walk(source.asl, "")
        self.substitutions = {k: v for k, v in self.substitutions.items() if k in self.uses}
        if made is not None:
            for name, where in self.waiting_uses.items():
                if name not in ctx.placeholder_values:
                    made.used(name, path, where)

    def _walk(self, value: Any, where: str) -> Any:
        if isinstance(value, str):
            if "${" not in value:
                return value
            value = self.ctx.params(value, f"{self.path}.{where}")
            names = _PLACEHOLDER.findall(value)
            for name in names:
                if name in self.waiting:
                    self.waiting_uses.setdefault(name, []).append(where)
            for name in names:
                if name not in self.substitutions:
                    if name in _PSEUDO:
                        self.substitutions[name] = _PSEUDO[name]
                    elif name.startswith("param:"):
                        self.unresolved.setdefault(name, [])  # reported by Context.params
                    else:
                        self.unresolved.setdefault(name, []).append(where)
            if (
                names
                and not _PLACEHOLDER.fullmatch(value)
                and not any(n in self.unresolved for n in names)
            ):
                # One placeholder for the whole string, so linters and the service see a
                # complete value (an ARN) after substitution.
                value = "${" + self._name_for(self._joined(value), where) + "}"
                names = _PLACEHOLDER.findall(value)
            for name in names:
                self.uses.setdefault(name, []).append(where)
            return value
        if isinstance(value, dict):
            if is_intrinsic(value):
                return self._walk("${" + self._name_for(value) + "}", where)
            return {k: self._walk(v, f"{where}.{k}" if where else k) for k, v in value.items()}
        if isinstance(value, list):
            return [self._walk(v, f"{where}[{i}]") for i, v in enumerate(value)]
        return value

    def _joined(self, text: str) -> CfnValue:
        parts: list[CfnValue] = []
        pos = 0
        for m in _PLACEHOLDER.finditer(text):
            if m.start() > pos:
                parts.append(text[pos : m.start()])
            parts.append(self.substitutions[m.group(1)])
            pos = m.end()
        if pos < len(text):
            parts.append(text[pos:])
        return sub(*parts)

    def _name_for(self, value: CfnValue, where: str = "") -> str:
        text = json.dumps(value, sort_keys=True)
        if where:
            base = re.sub(r"[^A-Za-z0-9]", "", where.replace("States.", "")) or "Value"
        elif not isinstance(value, dict):
            base = "Value"
        else:
            base = intrinsic_name(value)  # the name render_asl fills too
        name = base
        n = 2
        while (
            name in self.substitutions
            and json.dumps(self.substitutions[name], sort_keys=True) != text
        ):
            name = f"{base}{n}"
            n += 1
        self.substitutions[name] = value
        return name


def _machine(
    ctx: Context, app: App, dep: Deployment, functions: list[Function], source: _Source
) -> MachineBuild | None:
    from troposphere import logs, stepfunctions

    lid = dep.logical_id
    path = lid
    machine = dep.machine
    if not ctx.logical_id(lid, "state machine", path, machine.name):
        return None
    name = ctx.params(machine.name, f"{path}.name") if machine.name else None
    if name is not None and name != machine.name and not _MACHINE_NAME.fullmatch(name):
        ctx.fail(
            f"the state machine name {machine.name!r} becomes {name!r} with the build "
            "parameters, but a name must be 1-80 letters, digits, '-' or '_'; change the "
            "name or the parameter's value",
            f"{path}.name",
            "machine-name",
        )
    definition = _Definition(ctx, source, path)
    for missing, where in sorted(definition.unresolved.items()):
        if missing.startswith("param:"):
            continue
        ctx.fail(
            f"placeholder ${{{missing}}} has no CloudFormation value (used at "
            f"{', '.join(where)}); give it one with Placeholder({missing!r}, value) or a "
            f"Function/Activity handle, give it at build time (--param {missing}=VALUE), or "
            "make it a template Parameter with App(..., placeholders='parameters')",
            path,
            "unresolved-placeholder",
        )
    if definition.unresolved:
        return None
    subs = definition.substitutions
    if dep.exact_versions:
        for key, value in list(subs.items()):
            for fn in functions:
                if latest_problem(fn, value) and fn.provisioned is None and is_intrinsic(value):
                    subs[key] = ref(fn.version_logical_id)
    for fn in functions:
        if fn.provisioned is None:
            continue
        for key, value in sorted(subs.items()):
            if latest_problem(fn, value):
                where_used = ", ".join(definition.uses.get(key, [key]))
                ctx.fail(_latest_message(where_used, fn), path, "provisioned-latest")
    _literal_latest(ctx, definition, functions, path)

    depends_on: list[str] = []
    log_group_arn: CfnValue | None = None
    if dep.logging is not None and dep.logging.level != "OFF":
        if dep.logging.log_group is None:
            group_id = f"{lid}LogGroup"
            if ctx.logical_id(group_id, "log group", path):
                props: dict[str, Any] = {}
                if name:
                    props["LogGroupName"] = f"/aws/vendedlogs/states/{name}"
                if dep.logging.retention_days is not None:
                    props["RetentionInDays"] = dep.logging.retention_days
                ctx.add(logs.LogGroup, group_id, props, retain=dep.retain)
            log_group_arn = getatt(group_id, "Arn")
        else:
            log_group_arn = ctx.params(dep.logging.log_group, path)

    role_id: str | None = None
    role_arn: CfnValue
    if dep.role is None:
        from sfdsl.cfn._roles import machine_role

        role_id = f"{lid}Role"
        machine_role(ctx, app, dep, role_id, name, definition.asl, subs, path)
        role_arn = getatt(role_id, "Arn")
    else:
        role_arn = ctx.params(dep.role, path)
    depends_on.extend(dep.depends_on)

    props = {
        "Definition": definition.asl,
    }
    if subs:
        props["DefinitionSubstitutions"] = dict(sorted(subs.items()))
    props["RoleArn"] = role_arn
    if name:
        props["StateMachineName"] = name
    props["StateMachineType"] = machine.type
    if dep.logging is not None:
        logging: dict[str, Any] = {
            "Level": dep.logging.level,
            "IncludeExecutionData": dep.logging.include_execution_data,
        }
        if log_group_arn is not None:
            logging["Destinations"] = [{"CloudWatchLogsLogGroup": {"LogGroupArn": log_group_arn}}]
        props["LoggingConfiguration"] = logging
    if dep.tracing:
        props["TracingConfiguration"] = {"Enabled": True}
    if dep.encryption is not None:
        props["EncryptionConfiguration"] = {
            "Type": "CUSTOMER_MANAGED_KMS_KEY",
            "KmsKeyId": ctx.params(dep.encryption.kms_key, path),
            "KmsDataKeyReusePeriodSeconds": dep.encryption.reuse_period_seconds,
        }
    tags = tags_list(ctx.params(dict(app.tags), path), ctx.params(dict(dep.tags), path))
    if tags:
        props["Tags"] = tags
    ctx.add(
        stepfunctions.StateMachine,
        lid,
        props,
        depends_on=_unique(depends_on),
        retain=dep.retain,
    )
    if dep.outputs:
        ctx.output(f"{lid}Arn", ref(lid), f"ARN of state machine {name or lid}")
        ctx.output(f"{lid}Name", getatt(lid, "Name"), f"Name of state machine {name or lid}")
    for problem in machine.warnings:
        ctx.warnings.append(problem.under(path))
    return MachineBuild(dep, lid, name, ref(lid), role_id, dict(subs))


def _literal_latest(
    ctx: Context, definition: _Definition, functions: list[Function], path: str
) -> None:
    """Literal ARN strings in Task resources that reach a provisioned function's $LATEST."""
    provisioned = [fn for fn in functions if fn.provisioned is not None and fn.function_name]
    if not provisioned:
        return

    def walk(value: Any, where: str) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                walk(v, f"{where}.{k}" if where else k)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, f"{where}[{i}]")
        elif isinstance(value, str):
            for fn in provisioned:
                if latest_problem(fn, value):
                    ctx.fail(_latest_message(where, fn), path, "provisioned-latest")

    walk(definition.asl, "")


def _latest_message(where: str, fn: Function) -> str:
    """The one message for a task that reaches a provisioned function through ``$LATEST``."""
    assert fn.provisioned is not None
    return (
        f"{where} calls function {fn.logical_id!r} through $LATEST, but its provisioned "
        f"concurrency is on alias {fn.provisioned.alias!r}, so every call would be a cold "
        f"start; use {fn.logical_id}.arn (or .alias) in the task instead of .latest or its "
        "unqualified ARN"
    )


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _extras(ctx: Context, app: App, mb: MachineBuild) -> None:
    dep = mb.deployment
    if dep.alarms is not None or dep.notifications is not None:
        from sfdsl.cfn._alarms import build_alarms, build_notifications

        if dep.alarms is not None:
            build_alarms(ctx, app, mb, dep.alarms)
        if dep.notifications is not None:
            build_notifications(ctx, app, mb, dep.notifications)
    if dep.events:
        from sfdsl.cfn._events import build_events

        build_events(ctx, app, mb, dep.events)
    if dep.publish is not None:
        from sfdsl.cfn._versions import build_publish

        build_publish(ctx, app, mb, dep.publish)


def template_for(
    obj: App | StateMachine, *, parameters: Mapping[str, str] | None = None
) -> Template:
    """The CloudFormation template of an :class:`App` or of a single state machine.

    A lone state machine is deployed with the default options (generated role, Outputs), under
    the logical id made from its name (``StateMachine`` when it has none).

    Every warning the build meets (a machine's own warnings, an IAM action granted on a
    wildcard because its target is chosen at run time, ...) is issued with
    :func:`warnings.warn` as an :class:`~sfdsl.errors.SfdslWarning`, its path starting with
    the machine's logical id; turn them into errors with ``-W error::sfdsl.errors.SfdslWarning``.

    Raises:
        BuildError: every problem found (unknown parameters, placeholders without values,
            IAM that cannot be derived, ...).

    Example:
        >>> from sfdsl import StateMachine, Succeed, Task
        >>> t = template_for(StateMachine(Succeed("Done"), name="hello"))
        >>> sorted(t.resources)
        ['Hello', 'HelloRole']
        >>> import warnings
        >>> queue = Task(
        ...     "Send",
        ...     resource="arn:aws:states:::sqs:sendMessage",
        ...     parameters={"QueueUrl.$": "$.queue", "MessageBody.$": "$"},
        ... )
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     t = template_for(StateMachine(queue, name="send"))
        >>> print(caught[0].message)  # doctest: +NORMALIZE_WHITESPACE
        QueueUrl is chosen at run time, so sqs:SendMessage is granted on every queue in the
        account and region; write it in the definition (a literal or a ${Placeholder}) to pin
        it  @ Send.States.Send.Parameters.QueueUrl.$
    """
    app = _app_of(obj, "template_for")
    template = Template()
    template.set_version("2010-09-09")
    params = parameters or {}
    for problem in build(app, template, params):
        warnings.warn(str(problem), SfdslWarning, stacklevel=2)
    if app.name:
        name = Context(template, {**app.params, **params}).params(app.name)
        template.set_description(f"{name}: state machines built with sfdsl")
    return template


def _app_of(obj: App | StateMachine, caller: str) -> App:
    """*obj* as an App: a lone machine is deployed with the default options."""
    if isinstance(obj, StateMachine):
        return App(placeholders="parameters").add(
            obj, logical_id=None if obj.name else "StateMachine"
        )
    if isinstance(obj, App):
        return obj
    msg = f"{caller} needs an App or a StateMachine, got {type(obj).__name__}"
    raise TypeError(msg)


def check(
    obj: App | StateMachine, *, parameters: Mapping[str, str] | None = None
) -> tuple[Problem, ...]:
    """Run every check of :func:`template_for` on *obj*, short of keeping the template.

    What ``sfdsl validate`` runs: a build that this accepts never fails for the same
    *parameters*. The warnings are returned, not issued.

    Raises:
        BuildError: every problem the build would report.

    Example:
        >>> from sfdsl import Pass, StateMachine, Task
        >>> from sfdsl.errors import BuildError
        >>> hello = Function("Hello", code="def handler(event, context):\\n    return event\\n")
        >>> app = App().with_functions(hello).add(StateMachine(Pass("P"), name="hello"))
        >>> try:
        ...     check(app)
        ... except BuildError as error:
        ...     print(error.problems[0].message)  # doctest: +NORMALIZE_WHITESPACE
        logical id 'Hello' of the state machine 'hello' is taken by the Lambda function
        'Hello'; give one of them another logical_id
        >>> check(StateMachine(Pass("P"), name="ok"))
        ()
    """
    return build(_app_of(obj, "check"), Template(), parameters or {})


def render(template: Template, fmt: str = "json") -> str:
    """The template as JSON or YAML text; the same template always gives the same text.

    Example:
        >>> from sfdsl import StateMachine, Succeed
        >>> text = render(template_for(StateMachine(Succeed("Done"), name="hello")), "yaml")
        >>> text.splitlines()[0]
        "AWSTemplateFormatVersion: '2010-09-09'"
    """
    data = _ordered(template.to_dict())
    if fmt == "json":
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        # Tools that read JSON templates with a YAML parser (cfn-lint) reject or change these.
        return _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if fmt == "yaml":
        import yaml

        return yaml.dump(
            data, Dumper=_dumper(), sort_keys=False, allow_unicode=True, default_flow_style=False
        )
    msg = f"fmt must be 'json' or 'yaml', got {fmt!r}"
    raise option_error(msg)


# Not printable in YAML, or a line break there (which a quoted scalar would fold).
_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
_TOP = ("AWSTemplateFormatVersion", "Description", "Parameters", "Conditions", "Resources")
_RESOURCE = ("Type", "Condition", "DependsOn", "DeletionPolicy", "UpdateReplacePolicy")


def _ordered(data: dict[str, Any]) -> dict[str, Any]:
    """Conventional key order: format version first, each resource's Type first."""
    out = {k: data[k] for k in _TOP if k in data}
    out.update({k: v for k, v in data.items() if k not in out})
    resources = out.get("Resources", {})
    out["Resources"] = {
        lid: {
            **{k: body[k] for k in _RESOURCE if k in body},
            **{k: v for k, v in body.items() if k not in _RESOURCE},
        }
        for lid, body in resources.items()
    }
    return out


@functools.cache
def _dumper() -> Any:
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def _str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    Dumper.add_representer(str, _str)
    return Dumper


__all__ = [
    "MachineBuild",
    "build",
    "check",
    "collect_placeholders",
    "render",
    "template_for",
]
