"""State machines of an app: the definition made template-ready, the machine, its extras.

The definition's ``${Name}`` placeholders and intrinsics become ``DefinitionSubstitutions``;
the machine gets its generated role (unless one is given), log group and outputs; then its
alarms, notifications, events and published versions are added.
"""

from __future__ import annotations

import json
import re
from typing import Any

import attrs
from troposphere import logs, stepfunctions

from sfdsl._machine import StateMachine
from sfdsl._render import collect_placeholders, intrinsic_name
from sfdsl.cfn._apigateway import ApiEndpoint
from sfdsl.cfn._app import Activity, App, Deployment, Event
from sfdsl.cfn._build.context import Context, MachineBuild, tags_list
from sfdsl.cfn._build.roles import machine_role
from sfdsl.cfn._lambda import Function, latest_problem
from sfdsl.cfn._schedules import Schedule
from sfdsl.cfn._values import CfnValue, getatt, is_intrinsic, key, ref, sub

_PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")
_MACHINE_NAME = re.compile(r"[A-Za-z0-9_-]{1,80}")
PSEUDO = {
    "AWS::Region": {"Ref": "AWS::Region"},
    "AWS::AccountId": {"Ref": "AWS::AccountId"},
    "AWS::Partition": {"Ref": "AWS::Partition"},
    "AWS::URLSuffix": {"Ref": "AWS::URLSuffix"},
    "AWS::StackName": {"Ref": "AWS::StackName"},
}
"""The pseudo parameters a definition may name as ``${AWS::Region}`` and the like."""


class Source:
    """A machine's ASL and placeholders, read once for the checks and the build."""

    def __init__(self, machine: StateMachine) -> None:
        self.asl = machine.to_asl()
        self.placeholders = collect_placeholders(machine)
        valued = {n for n, p in self.placeholders.items() if p.value is not None}
        self.waiting = {
            name
            for text in _strings(self.asl)
            for name in _PLACEHOLDER.findall(text)
            if name not in valued and name not in PSEUDO and not name.startswith("param:")
        }


def _strings(value: Any) -> list[str]:
    """Every string value (not key) inside *value* that holds a ``${``."""
    found: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "${" in item:
                found.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def functions_for(app: App, sources: list[Source]) -> list[Function]:
    """The app's functions; those called by an ``exact_versions`` machine publish a version.

    So do those whose :attr:`~sfdsl.cfn.Function.version` handle a machine uses. *sources*
    are the app's machines, read (one for each deployment, in order).
    """
    pinned: set[str] = set()
    for dep, source in zip(app.deployments, sources, strict=True):
        if not app.functions:
            break
        used = {key(p.value) for p in source.placeholders.values()}
        for fn in app.functions:
            if fn.kind != "arn" and key(ref(fn.version_logical_id)) in used:
                pinned.add(fn.logical_id)
            if dep.exact_versions and any(text in fn.targets() for text in used):
                pinned.add(fn.logical_id)
    return [
        attrs.evolve(fn, exact_version=True)
        if fn.logical_id in pinned and not fn.exact_version
        else fn
        for fn in app.functions
    ]


def build_activity(ctx: Context, app: App, activity: Activity, path: str) -> None:
    """Add an activity and its ARN output."""
    lid = activity.resource_id
    if not ctx.logical_id(lid, "activity", path, activity.name):
        return
    props: dict[str, Any] = {"Name": ctx.params(activity.name, path)}
    tags = tags_list(app.tags, activity.tags)
    if tags:
        props["Tags"] = tags
    ctx.add(stepfunctions.Activity, lid, props)
    ctx.output(f"{lid}Arn", ref(lid), f"ARN of activity {activity.name}")


def _substitution(value: Any) -> Any:
    """A DefinitionSubstitutions value: text with ``${AWS::Region}`` and the like is a Fn::Sub."""
    if isinstance(value, str) and "${" in value:
        return {"Fn::Sub": value}
    return value


_Link = tuple[Any, str | int] | None
"""Where a value is in the ASL: a link to its parent's place and its key or index (``None``:
the root), made into a path (:func:`_where`) only for the strings that need one."""


def _where(link: _Link) -> str:
    """``States.A.Parameters.Items[0]`` from a link."""
    parts: list[str | int] = []
    while link is not None:
        link, part = link
        parts.append(part)
    text = ""
    for part in reversed(parts):
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text = f"{text}.{part}" if text else part
    return text


class _Definition:
    """The ASL of one machine made template-ready: params applied, intrinsics as placeholders."""

    def __init__(self, ctx: Context, source: Source, path: str) -> None:
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
        self.asl = self._walk(source.asl, None)
        self.substitutions = {k: v for k, v in self.substitutions.items() if k in self.uses}
        if made is not None:
            for name, where in self.waiting_uses.items():
                if name not in ctx.placeholder_values:
                    made.used(name, path, where)

    def _walk(self, value: Any, link: _Link) -> Any:
        kind = type(value)
        if kind is str:
            return self._text(value, link) if "${" in value else value
        if kind is dict:
            if len(value) == 1 and is_intrinsic(value):
                return self._text("${" + self._name_for(value) + "}", link)
            return {k: self._walk(v, (link, k)) for k, v in value.items()}
        if kind is list:
            return [self._walk(v, (link, i)) for i, v in enumerate(value)]
        if isinstance(value, str):
            return self._text(value, link) if "${" in value else value
        if isinstance(value, dict):
            return self._walk(dict(value), link)
        if isinstance(value, list):
            return self._walk(list(value), link)
        return value

    def _text(self, value: str, link: _Link) -> str:
        """A string with ``${...}`` in it: params applied, placeholders recorded or joined."""
        where = _where(link)
        value = self.ctx.params(value, f"{self.path}.{where}")
        names = _PLACEHOLDER.findall(value)
        for name in names:
            if name in self.waiting:
                self.waiting_uses.setdefault(name, []).append(where)
        for name in names:
            if name not in self.substitutions:
                if name in PSEUDO:
                    self.substitutions[name] = PSEUDO[name]
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


def build_machine(
    ctx: Context, app: App, dep: Deployment, functions: list[Function], source: Source
) -> MachineBuild | None:
    """Add one state machine, its role and log group; what the later builders need, or None."""
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
        for placeholder, value in list(subs.items()):
            for fn in functions:
                if latest_problem(fn, value) and fn.provisioned is None and is_intrinsic(value):
                    subs[placeholder] = ref(fn.version_logical_id)
    for fn in functions:
        if fn.provisioned is None:
            continue
        for placeholder, value in sorted(subs.items()):
            if latest_problem(fn, value):
                where_used = ", ".join(definition.uses.get(placeholder, [placeholder]))
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
        plain=("Definition",),
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


def check_references(ctx: Context, mb: MachineBuild) -> None:
    """Every ``Ref``/``GetAtt`` in the definition's substitutions names something in the template."""
    reported = ctx.missing_resources
    for name, value in sorted(mb.substitutions.items()):
        for target in sorted(_targets(value) - reported):
            if target in ctx.template.resources or target in ctx.template.parameters:
                continue
            reported.add(target)
            ctx.fail(
                f"DefinitionSubstitutions.{name} refers to {target!r}, which is not in the "
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


def build_extras(ctx: Context, app: App, mb: MachineBuild) -> None:
    """Add the machine's alarms, notifications, events and published version.

    Their builders are imported when a machine has them: an app without any loads neither
    them nor the troposphere modules they use (a lower layer, so this keeps ``sfdsl build``
    fast).
    """
    dep = mb.deployment
    if dep.alarms is not None or dep.notifications is not None:
        # Imported when a machine has alarms or notifications (see the docstring).
        from sfdsl.cfn._build.alarms import build_alarms, build_notifications

        if dep.alarms is not None:
            build_alarms(ctx, mb, dep.alarms)
        if dep.notifications is not None:
            build_notifications(ctx, app, mb, dep.notifications)
    if dep.events:
        _build_events(ctx, app, mb, dep.events)
    if dep.publish is not None:
        # Imported when a machine publishes a version (see the docstring).
        from sfdsl.cfn._build.versions import build_publish

        build_publish(ctx, mb, dep.publish)


def _build_events(ctx: Context, app: App, mb: MachineBuild, events: tuple[Event, ...]) -> None:
    """Add the rules, schedules, API methods and roles of one machine's events."""
    # Imported when a machine has events (see build_extras).
    from sfdsl.cfn._build.apigateway import build_api_endpoint
    from sfdsl.cfn._build.eventbridge import DeadLetters, build_rule, dlq_policies
    from sfdsl.cfn._build.schedules import build_scheduler_schedule

    schedules = rules = 0
    dead_letters: DeadLetters = {}
    for i, event in enumerate(events):
        path = f"{mb.logical_id}.events[{i}]"
        if isinstance(event, ApiEndpoint):
            build_api_endpoint(ctx, app, mb, event, path)
        elif isinstance(event, Schedule):
            schedules += 1
            if event.scheduler:
                lid = f"{mb.logical_id}SchedulerSchedule{schedules}"
                build_scheduler_schedule(ctx, mb, event, lid, path)
            else:
                lid = f"{mb.logical_id}EventsRuleSchedule{schedules}"
                build_rule(ctx, mb, event, lid, path, dead_letters)
        else:
            rules += 1
            build_rule(ctx, mb, event, f"{mb.logical_id}EventsRule{rules}", path, dead_letters)
    dlq_policies(ctx, dead_letters)


__all__ = [
    "PSEUDO",
    "Source",
    "build_activity",
    "build_extras",
    "build_machine",
    "check_references",
    "functions_for",
]
