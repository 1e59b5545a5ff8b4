"""Resource ARNs of common ``aws-sdk`` calls, described as data: which parameter names what.

Each row of :data:`TARGETS` is one ``(IAM prefix, SDK action)``: the resource ARNs its IAM
actions are authorized on, as the AWS Service Authorization Reference lists them, built from
the call's parameters (PascalCase, as Step Functions writes them). A parameter written in the
definition gives the exact ARN; one chosen at run time gives a wildcard and a warning.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import product
from typing import Literal

import attrs

from sfdsl._iam import _sdk
from sfdsl._iam._cfn import Cfn, getatt, literal, ref_target, select, sub
from sfdsl._iam._model import Arg, Env, Grant, Task, grant, is_jsonata
from sfdsl._iam._specs import _PIN, _project_of_build

Unnamed = Literal["fail", "warn", "all", "skip"]


@attrs.frozen
class Name:
    """A part of a resource ARN named by the first of *params* the call sets.

    Attributes:
        params: parameter names tried in order (``("StreamARN", "StreamName")``); a list
            value names one resource per item.
        kind: what the parameter names, for messages (``"stream"``).
        default: the value when none of *params* is set (ECS's ``"default"`` cluster).
        unnamed: when none is set and there is no default: ``"fail"`` (the call needs it),
            ``"warn"`` (the resource is only known at run time), ``"all"`` (the call acts on
            every resource of the kind, so ``*`` is exact) or ``"skip"`` (an optional
            resource the call does not use).
        from_arn: ``(index, separator)`` of the name inside an ARN given here; without it an
            ARN given here is the whole resource ARN.
        pick: turns a literal value into the ARN part (a build id into its project).
        ref_is_arn: ``Ref`` to the resource returns its ARN, not its name.
    """

    params: tuple[str, ...]
    kind: str
    default: str | None = None
    unnamed: Unnamed = "fail"
    from_arn: tuple[int, str] | None = None
    pick: Callable[[str], str] | None = None
    ref_is_arn: bool = False


@attrs.frozen
class Target:
    """``arn:<partition>:<service>:<region>:<account>:<parts...>``; *account* names a
    parameter holding the owning account (ECR's ``RegistryId``)."""

    service: str
    parts: tuple[str | Name, ...]
    account: str | None = None

    def text(self) -> str:
        """The ARN pattern as the documentation shows it.

        Example:
            >>> Target("kinesis", ("stream/", Name(("StreamARN", "StreamName"), "stream"))).text()
            'kinesis:…:stream/<StreamARN or StreamName>'
        """
        body = "".join(
            p if isinstance(p, str) else f"<{' or '.join(p.params)}>" for p in self.parts
        )
        return f"{self.service}:…:{body}"


_STAR = "*"


def _field(path: str) -> str:
    return path.removesuffix(".$").rsplit(".", 1)[-1].split("[")[0]


def _arnish(env: Env, name: Name, param: str, value: Cfn) -> bool:
    if param.endswith(("Arn", "ARN", "Arns", "ARNs")):
        return True
    lit = literal(value)
    if lit is not None:
        return lit.startswith("arn:")
    if ref_target(value) is not None:
        return name.ref_is_arn and env.parameter(value) is None
    ga = getatt(value)
    if ga is not None:
        return ga[1].endswith("Arn")
    inner = value.get("Fn::Sub") if isinstance(value, dict) else None
    text = inner[0] if isinstance(inner, list) and inner else inner
    return isinstance(text, str) and text.startswith("arn:")


def _name_values(env: Env, task: Task, name: Name, action: str) -> list[tuple[Cfn, bool]] | None:
    """``(value, is_whole_arn)`` per resource *name* gives; ``[]`` to skip, ``None`` on error."""
    arg = next(
        (a for a in (task.args.get(p) for p in name.params) if a.kind != "absent"),
        None,
    )
    every = f"every {name.kind} in the account and region"
    if arg is None:
        if name.default is not None:
            return [(name.default, False)]
        call = f"aws-sdk:{task.service}:{task.api}"
        where = f"{task.args.path}.{name.params[0]}" if name.params else f"{task.path}.Resource"
        if name.unnamed == "all":
            return [(_STAR, False)]
        if name.unnamed == "skip":
            return []
        if name.unnamed == "warn":
            fix = (
                f"set {name.params[0]} to pin it"
                if name.params
                else "grant the exact one with extra_statements and add "
                f"{task.name!r} to covered_states (an option of App.add and IamContext)"
            )
            env.warn(
                where, f"{call} names no {name.kind}, so {action} is granted on {every}; {fix}"
            )
            return [(_STAR, False)]
        env.fail(
            where,
            f"{action} needs {' or '.join(name.params)} to know which {name.kind} it uses; "
            "set it in Parameters/Arguments",
        )
        return None
    if arg.dynamic or any(task.args.jsonata and is_jsonata(i) for i in _items(arg.raw)):
        env.warn(
            arg.path,
            f"{_field(arg.path)} is chosen at run time, so {action} is granted on {every}; {_PIN}",
        )
        return [(_STAR, False)]
    out: list[tuple[Cfn, bool]] = []
    param = _field(arg.path)
    for i, item in enumerate(_items(arg.raw)):
        path = f"{arg.path}[{i}]" if isinstance(arg.raw, list) else arg.path
        value = env.value(Arg("static", item, path))
        if value is None:
            return None
        lit = literal(value)
        if lit is not None and name.pick is not None:
            out.append((name.pick(lit), False))
        elif not _arnish(env, name, param, value):
            out.append((value, False))
        elif name.from_arn is None:
            out.append((value, True))
        else:
            index, sep = name.from_arn
            part = lit.split(sep)[index] if lit is not None else select(index, sep, value)
            out.append((part, False))
    return out


def _items(raw: object) -> list[object]:
    return list(raw) if isinstance(raw, list) else [raw]


def _account(env: Env, task: Task, target: Target, action: str) -> Cfn:
    if target.account is None:
        return env.account
    arg = task.args.get(target.account)
    if arg.dynamic:
        env.warn(
            arg.path,
            f"{_field(arg.path)} is chosen at run time, so {action} is granted in every "
            f"account; {_PIN}",
        )
        return _STAR
    if arg.static:
        value = env.value(arg)
        return value if value is not None else env.account
    return env.account


def target_arns(env: Env, task: Task, target: Target, action: str) -> list[Cfn] | None:
    """The ARNs of *target* for *task*; ``None`` when a needed parameter is missing.

    Example:
        >>> from sfdsl._iam._model import Args
        >>> env = Env({}, partition="aws", region="us-east-1", account="123456789012",
        ...           resource_types={})
        >>> args = Args({"StreamName": "clicks"}, False, "States.T.Parameters")
        >>> task = Task("States.T", "T", "", "kinesis", "putRecord", "", args, sdk=True)
        >>> target_arns(env, task, TARGETS[("kinesis", "putRecord")][0], "kinesis:PutRecord")
        ['arn:aws:kinesis:us-east-1:123456789012:stream/clicks']
    """
    choices: list[list[tuple[Cfn, bool]]] = []
    for part in target.parts:
        if isinstance(part, str):
            choices.append([(part, False)])
            continue
        values = _name_values(env, task, part, action)
        if values is None:
            return None
        if not values:
            return []
        choices.append(values)
    account = _account(env, task, target, action)
    out: list[Cfn] = []
    for combo in product(*choices):
        whole = next((v for v, is_whole in combo if is_whole), None)
        if whole is not None:
            out.append(whole)
            continue
        parts: list[Cfn] = [v for v, _ in combo]
        out.append(
            sub("arn:", env.partition, f":{target.service}:", env.region, ":", account, ":", *parts)
        )
    return out


def derive(env: Env, task: Task) -> list[Grant]:
    """Every IAM action of the call on the resources of its :data:`TARGETS` row."""
    actions = tuple(f"{task.service}:{a}" for a in _sdk.iam_actions(task.service, task.api))
    resources: list[Cfn] = []
    for target in TARGETS[(task.service, task.api)]:
        arns = target_arns(env, task, target, actions[0])
        if arns is None:
            return []
        resources.extend(arns)
    return [grant(actions, *resources)] if resources else []


def describe(service: str, api: str) -> str:
    """The resource ARN patterns of an ``aws-sdk`` call, as Markdown.

    Example:
        >>> describe("rds", "describeDBClusters")
        '`rds:…:cluster:<DBClusterIdentifier>`'
    """
    return ", ".join(f"`{t.text()}`" for t in TARGETS[(service, api)])


def sdk_table() -> str:
    """The Markdown table of the ``aws-sdk`` calls of :data:`TARGETS` and their resources.

    Example:
        >>> sdk_table().splitlines()[0]
        '| Calls | On | Why not the reference alone |'
    """
    groups: dict[tuple[str, str, str], list[str]] = {}
    for prefix, api in TARGETS:
        groups.setdefault((prefix, describe(prefix, api), WHY[(prefix, api)]), []).append(api)
    rows = ["| Calls | On | Why not the reference alone |", "|---|---|---|"]
    for (prefix, where, why), apis in groups.items():
        names = [k for k, v in _sdk.SERVICE_PREFIXES.items() if v == prefix]
        service = names[0] if len(names) == 1 else prefix
        calls = ", ".join(f"`{api}`" for api in apis)
        rows.append(f"| `{service}`: {calls} | {where} | {why} |")
    return "\n".join(rows) + "\n"


#: Why a call of :data:`TARGETS` has a row: what the reference's data alone gets wrong or lacks.
WHY: dict[tuple[str, str], str] = {}


def _rows(
    targets: tuple[Target, ...], *apis: str, prefix: str, why: str
) -> dict[tuple[str, str], tuple[Target, ...]]:
    WHY.update({(prefix, api): why for api in apis})
    return {(prefix, api): targets for api in apis}


# --- The table ------------------------------------------------------------------------------

_STREAM = Name(("StreamARN", "StreamName"), "stream")
_LOG_GROUP = Name(("LogGroupIdentifier", "LogGroupName"), "log group")
_LOG_GROUPS = Name(
    ("LogGroupIdentifiers", "LogGroupNames", "LogGroupName"), "log group", unnamed="warn"
)
_IN_GROUP = Name(("LogGroupIdentifier", "LogGroupName"), "log group", from_arn=(6, ":"))


def _log_group(name: Name) -> tuple[Target, ...]:
    # Policies name a group both bare and with ":*", the form its ARN has in some APIs.
    return (Target("logs", ("log-group:", name)), Target("logs", ("log-group:", name, ":*")))


_CLUSTER = Name(("Cluster",), "cluster", default="default", from_arn=(1, "/"))


def _ecs(kind: str, *params: str) -> tuple[Target, ...]:
    last = Name(params, kind, ref_is_arn=kind == "service")
    return (Target("ecs", (f"{kind}/", _CLUSTER, "/", last)),)


def _repository(*params: str, unnamed: Unnamed = "fail") -> tuple[Target, ...]:
    name = Name(params, "repository", unnamed=unnamed)
    return (Target("ecr", ("repository/", name), account="RegistryId"),)


def _project(*params: str, unnamed: Unnamed = "fail") -> tuple[Target, ...]:
    build = params[0] in ("Id", "Ids")
    pick = _project_of_build if build else None
    return (Target("codebuild", ("project/", Name(params, "project", unnamed=unnamed, pick=pick))),)


def _rds(kind: str, param: str, *, unnamed: Unnamed = "fail") -> Target:
    label = {"db": "DB instance", "cluster": "DB cluster"}.get(kind, kind.replace("-", " "))
    return Target("rds", (f"{kind}:", Name((param,), label, unnamed=unnamed)))


_ECS_DEFAULT = (
    "without `Cluster`, the `default` cluster, as the API does; a cluster ARN in `Cluster` "
    "gives its name"
)
_BUILD = "a build id `<project>:<uuid>` or build ARN names its project, which the call acts on"

_STATES: dict[str, tuple[str, str]] = {
    "execution": ("ExecutionArn", "execution"),
    "stateMachine": ("StateMachineArn", "state machine"),
    "activity": ("ActivityArn", "activity"),
    "mapRun": ("MapRunArn", "Map Run"),
}


def _states(kind: str, *extra: str) -> tuple[Target, ...]:
    param, label = _STATES[kind]
    return (Target("states", (f"{kind}:", Name((param, *extra), label))),)


#: ``(IAM prefix, SDK action)`` -> the resources its IAM actions are authorized on.
#: ``(IAM prefix, SDK action)`` -> the resources its IAM actions are authorized on. Only calls
#: for which the reference's data alone derives less, or wrongly, have a row (every other call
#: is derived from the reference by :mod:`sfdsl._iam._generic`); :data:`WHY` says why.
TARGETS: dict[tuple[str, str], tuple[Target, ...]] = {
    # Kinesis Data Streams: stream/<name>
    # (https://docs.aws.amazon.com/streams/latest/dev/controlling-access.html).
    **_rows(
        (Target("kinesis", ("stream/", _STREAM)),),
        "putRecord",
        "putRecords",
        "getShardIterator",
        "describeStream",
        "describeStreamSummary",
        "listShards",
        "deleteStream",
        "mergeShards",
        "splitShard",
        "addTagsToStream",
        "increaseStreamRetentionPeriod",
        "decreaseStreamRetentionPeriod",
        prefix="kinesis",
        why="the call needs `StreamARN` or `StreamName` (its model marks neither required): "
        "one that sets neither is refused",
    ),
    **_rows(
        (Target("kinesis", ("stream/", Name(("StreamARN",), "stream", unnamed="warn"))),),
        "getRecords",
        prefix="kinesis",
        why="the call names its stream only inside the shard iterator: without `StreamARN`, "
        "every stream, with a warning",
    ),
    # CloudWatch Logs: log-group:<name> or log-group:<name>:log-stream:<stream>
    # (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/iam-access-control-overview-cwl.html).
    **_rows(
        _log_group(_LOG_GROUP),
        "filterLogEvents",
        "describeLogStreams",
        "createLogGroup",
        "deleteLogGroup",
        "putRetentionPolicy",
        "deleteRetentionPolicy",
        "putMetricFilter",
        "deleteMetricFilter",
        prefix="logs",
        why="a log group is granted both as `log-group:<name>` and `log-group:<name>:*`, the "
        "form its ARN has in some APIs",
    ),
    **_rows(
        _log_group(_LOG_GROUPS),
        "startQuery",
        prefix="logs",
        why="the groups of `LogGroupIdentifiers`, `LogGroupNames` or `LogGroupName`, each in "
        "both forms",
    ),
    **_rows(
        (
            Target(
                "logs",
                ("log-group:", _IN_GROUP, ":log-stream:", Name(("LogStreamName",), "log stream")),
            ),
        ),
        "putLogEvents",
        "createLogStream",
        "getLogEvents",
        "deleteLogStream",
        prefix="logs",
        why="`LogGroupIdentifier` may be the group's ARN: the stream's ARN is built from the "
        "group name in it",
    ),
    # Step Functions: executions and Map Runs by ARN
    # (https://docs.aws.amazon.com/step-functions/latest/dg/concept-create-iam-advanced.html).
    **_rows(
        _states("execution"),
        "describeExecution",
        "stopExecution",
        "getExecutionHistory",
        "redriveExecution",
        "describeStateMachineForExecution",
        prefix="states",
        why="an execution chosen at run time is granted on `execution:*`, Standard and "
        "Express alike, as the developer guide's policies do",
    ),
    **_rows(
        _states("stateMachine", "MapRunArn"),
        "listExecutions",
        prefix="states",
        why="`StateMachineArn` or `MapRunArn`; the call needs one of them",
    ),
    **_rows(
        _states("mapRun"),
        "describeMapRun",
        "updateMapRun",
        prefix="states",
        why="a Map Run chosen at run time is granted on `mapRun:*`",
    ),
    # ECR: repository/<name> in the registry's account
    # (https://docs.aws.amazon.com/AmazonECR/latest/userguide/security_iam_service-with-iam.html).
    **_rows(
        _repository("RepositoryNames", unnamed="all"),
        "describeRepositories",
        prefix="ecr",
        why="without names, every repository, which is what it reads (the reference requires one)",
    ),
    # ECS: service/<cluster>/<service>, task/<cluster>/<task>, cluster/<name>
    # (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security_iam_service-with-iam.html).
    **_rows(
        _ecs("service", "Service"),
        "updateService",
        "deleteService",
        prefix="ecs",
        why=_ECS_DEFAULT,
    ),
    **_rows(_ecs("service", "ServiceName"), "createService", prefix="ecs", why=_ECS_DEFAULT),
    **_rows(_ecs("service", "Services"), "describeServices", prefix="ecs", why=_ECS_DEFAULT),
    **_rows(_ecs("task", "Task"), "stopTask", prefix="ecs", why=_ECS_DEFAULT),
    **_rows(_ecs("task", "Tasks"), "describeTasks", prefix="ecs", why=_ECS_DEFAULT),
    **_rows(
        (Target("ecs", ("cluster/", Name(("Clusters",), "cluster", default="default"))),),
        "describeClusters",
        prefix="ecs",
        why="without `Clusters`, the `default` cluster, as the API does",
    ),
    # Athena workgroups (https://docs.aws.amazon.com/athena/latest/ug/workgroups-access.html).
    **_rows(
        (Target("athena", ("workgroup/", Name(("WorkGroup",), "workgroup", default="primary"))),),
        "listQueryExecutions",
        "listNamedQueries",
        prefix="athena",
        why="without `WorkGroup`, the `primary` workgroup, as the API does",
    ),
    # CodeBuild: project/<name>, also for builds, whose id starts with the project name
    # (https://docs.aws.amazon.com/codebuild/latest/userguide/auth-and-access-control-permissions-reference.html).
    **_rows(
        _project("Names"),
        "batchGetProjects",
        prefix="codebuild",
        why="`Names` (names or ARNs) name the reference's `${ProjectName}`, one project each",
    ),
    **_rows(
        _project("Id"),
        "stopBuild",
        "stopBuildBatch",
        "deleteBuildBatch",
        prefix="codebuild",
        why=_BUILD,
    ),
    **_rows(
        _project("Id", unnamed="warn"),
        "retryBuild",
        "retryBuildBatch",
        prefix="codebuild",
        why=_BUILD,
    ),
    **_rows(
        _project("Ids"),
        "batchGetBuilds",
        "batchGetBuildBatches",
        "batchDeleteBuilds",
        prefix="codebuild",
        why=_BUILD,
    ),
    # RDS: the describe calls without an identifier
    # (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAM.AccessControl.IdentityBased.html).
    **_rows(
        (_rds("db", "DBInstanceIdentifier", unnamed="all"),),
        "describeDBInstances",
        prefix="rds",
        why="without `DBInstanceIdentifier`, `db:*`, every instance, which is what it reads "
        "(the reference's optional resource would give `*`)",
    ),
    **_rows(
        (_rds("cluster", "DBClusterIdentifier", unnamed="all"),),
        "describeDBClusters",
        prefix="rds",
        why="without `DBClusterIdentifier`, `cluster:*`, every cluster, which is what it reads "
        "(the reference's optional resource would give `*`)",
    ),
}


__all__ = ["TARGETS", "WHY", "Name", "Target", "derive", "describe", "sdk_table", "target_arns"]
