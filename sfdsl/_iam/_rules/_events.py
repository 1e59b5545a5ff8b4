"""Amazon EventBridge (events, targets, connections), EventBridge Scheduler and HTTP Tasks."""

from __future__ import annotations

import re
from typing import Any

from sfdsl._iam._cfn import (
    Cfn,
    getatt,
    literal,
    ref_target,
    select,
)
from sfdsl._iam._model import Arg, Env, Grant, Task, grant
from sfdsl._iam._rules._common import _dynamic, _is_arn, _lookup, _missing, _pascal
from sfdsl._iam._specs import _role_arn


def _bus_arn(env: Env, value: Cfn) -> Cfn:
    if _is_arn(value) and ref_target(value) is None:
        return value
    return env.arn("events", "event-bus/", value)


def put_events(env: Env, task: Task) -> list[Grant]:
    """``events:PutEvents`` on the event bus of every entry (``default`` when an entry
    names none), which the reference reads from no parameter:
    https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-manage-iam-access.html
    """
    arg = task.args.get("Entries")
    every = env.arn("events", "event-bus/*")
    if arg.dynamic or (arg.static and not isinstance(arg.raw, list)):
        _dynamic(env, arg, "events:PutEvents", "every event bus in the account and region")
        return [grant("events:PutEvents", every)]
    if not arg.static:
        _missing(env, arg, "events:PutEvents")
        return []
    buses: list[Cfn] = []
    for i, entry in enumerate(arg.raw):
        item = task.args.sub_args(Arg("static", entry, f"{arg.path}[{i}]"))
        bus = (
            item.get("EventBusName")
            if isinstance(entry, dict)
            else Arg("dynamic", entry, item.path)
        )
        if bus.dynamic:
            _dynamic(env, bus, "events:PutEvents", "every event bus in the account and region")
            return [grant("events:PutEvents", every)]
        value = env.value(bus) if bus.static else "default"
        if value is not None:
            buses.append(_bus_arn(env, value))
    return [grant("events:PutEvents", *buses)]


def put_targets(env: Env, task: Task) -> list[Grant]:
    """``events:PutTargets`` on the rule of Rule on the bus of EventBusName (the API
    calls the rule's name ``Rule``, not ``Name``):
    https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-manage-iam-access.html
    """
    arg, rule = _lookup(env, task, "Rule")
    if arg.dynamic:
        _dynamic(env, arg, "events:PutTargets", "every rule in the account and region")
        return [grant("events:PutTargets", env.arn("events", "rule/*"))]
    if rule is None:
        _missing(env, arg, "events:PutTargets")
        return []
    bus_arg, bus = _lookup(env, task, "EventBusName")
    if bus_arg.dynamic:
        _dynamic(env, bus_arg, "events:PutTargets", "that rule name on every event bus")
        return [grant("events:PutTargets", env.arn("events", "rule/*/", rule))]
    if bus is None or bus == "default":
        return [grant("events:PutTargets", env.arn("events", "rule/", rule))]
    return [grant("events:PutTargets", env.arn("events", "rule/", bus, "/", rule))]


def scheduler(env: Env, task: Task) -> list[Grant]:
    """The schedule of Name in GroupName (``default`` when none is given) and, for a
    schedule's target, ``iam:PassRole`` on Target.RoleArn passed to EventBridge Scheduler:
    https://docs.aws.amazon.com/scheduler/latest/UserGuide/security_iam_id-based-policy-examples.html
    """
    action = f"scheduler:{_pascal(task.api)}"
    group_arg, group = _lookup(env, task, "GroupName")
    name_arg, name = _lookup(env, task, "Name")
    if group_arg.dynamic:
        _dynamic(env, group_arg, action, "every schedule group")
        group = "*"
    if name_arg.dynamic:
        _dynamic(env, name_arg, action, "every schedule of the group")
    grants = [
        grant(action, env.arn("scheduler", "schedule/", group or "default", "/", name or "*"))
    ]
    if task.api in ("createSchedule", "updateSchedule"):
        role_arg, role = _lookup(env, task, "Target.RoleArn")
        condition = (("StringEquals", "iam:PassedToService", "scheduler.amazonaws.com"),)
        if role is not None:
            grants.append(grant("iam:PassRole", _role_arn(env, role), condition=condition))
        elif role_arg.dynamic:
            _dynamic(env, role_arg, "iam:PassRole", "every role in the account")
            grants.append(
                grant("iam:PassRole", env.arn("iam", "role/*", region=False), condition=condition)
            )
    return grants


def connection_secret(env: Env, connection: Cfn) -> Cfn:
    """The Secrets Manager secret EventBridge keeps a connection's credentials in."""
    lit = literal(connection)
    if lit is not None:
        m = re.fullmatch(r"arn:([^:]+):events:([^:]+):(\d{12}):connection/([^/]+)(?:/.*)?", lit)
        if m:
            return f"arn:{m[1]}:secretsmanager:{m[2]}:{m[3]}:secret:events!connection/{m[4]}/*"
        return env.arn("secretsmanager", f"secret:events!connection/{lit}/*")
    ga = getatt(connection)
    ref = ref_target(connection)
    if ga is not None and ga[1] == "Arn":
        return {"Fn::GetAtt": [ga[0], "SecretArn"]}
    if ref is not None and env.resource_types.get(ref) == "AWS::Events::Connection":
        return {"Fn::GetAtt": [ref, "SecretArn"]}
    return env.arn("secretsmanager", "secret:events!connection/", select(1, "/", connection), "/*")


def http_invoke(env: Env, task: Task, machine: Cfn) -> list[Grant]:
    condition: list[tuple[Any, str, Any]] = []
    method_arg, method = _lookup(env, task, "Method")
    if method is not None:
        condition.append(("StringEquals", "states:HTTPMethod", method))
    elif method_arg.dynamic:
        _dynamic(env, method_arg, "states:InvokeHTTPEndpoint", "every HTTP method")
    endpoint_arg, endpoint = _lookup(env, task, "ApiEndpoint")
    if endpoint is not None:
        condition.append(("StringEquals", "states:HTTPEndpoint", endpoint))
    elif endpoint_arg.dynamic:
        _dynamic(env, endpoint_arg, "states:InvokeHTTPEndpoint", "every endpoint")
    grants = [grant("states:InvokeHTTPEndpoint", machine, condition=sorted(condition))]
    conn_arg, connection = _lookup(env, task, "Authentication.ConnectionArn")
    if conn_arg.kind == "absent":
        conn_arg, connection = _lookup(env, task, "InvocationConfig.ConnectionArn")
    if connection is not None:
        grants.append(grant("events:RetrieveConnectionCredentials", connection))
        grants.append(
            grant(
                ("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
                connection_secret(env, connection),
            )
        )
    elif conn_arg.dynamic:
        _dynamic(
            env,
            conn_arg,
            "events:RetrieveConnectionCredentials",
            "every connection in the account and region",
        )
        grants.append(
            grant("events:RetrieveConnectionCredentials", env.arn("events", "connection/*"))
        )
        grants.append(
            grant(
                ("secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"),
                env.arn("secretsmanager", "secret:events!connection/*"),
            )
        )
    else:
        _missing(env, task.args.get("Authentication.ConnectionArn"), "http:invoke")
    return grants
