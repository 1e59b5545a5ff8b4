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
        >>> args = Args({"DeliveryStreamName": "clicks"}, False, "States.T.Parameters")
        >>> task = Task("States.T", "T", "", "firehose", "putRecord", "", args, sdk=True)
        >>> target_arns(env, task, TARGETS[("firehose", "putRecord")][0], "firehose:PutRecord")
        ['arn:aws:firehose:us-east-1:123456789012:deliverystream/clicks']
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
        >>> describe("ec2", "stopInstances")
        '`ec2:…:instance/<InstanceIds>`'
    """
    return ", ".join(f"`{t.text()}`" for t in TARGETS[(service, api)])


def sdk_table() -> str:
    """The Markdown table of the ``aws-sdk`` calls of :data:`TARGETS` and their resources.

    Example:
        >>> sdk_table().splitlines()[0]
        '| Calls | On |'
    """
    groups: dict[tuple[str, str], list[str]] = {}
    for prefix, api in TARGETS:
        groups.setdefault((prefix, describe(prefix, api)), []).append(api)
    rows = ["| Calls | On |", "|---|---|"]
    for (prefix, where), apis in groups.items():
        names = [k for k, v in _sdk.SERVICE_PREFIXES.items() if v == prefix]
        service = names[0] if len(names) == 1 else prefix
        calls = ", ".join(f"`{api}`" for api in apis)
        rows.append(f"| `{service}`: {calls} | {where} |")
    return "\n".join(rows) + "\n"


def _rows(
    targets: tuple[Target, ...], *apis: str, prefix: str
) -> dict[tuple[str, str], tuple[Target, ...]]:
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
TARGETS: dict[tuple[str, str], tuple[Target, ...]] = {
    # Kinesis Data Streams: stream/<name>; GetRecords is named by its shard iterator.
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
    ),
    ("kinesis", "getRecords"): (
        Target("kinesis", ("stream/", Name(("StreamARN",), "stream", unnamed="warn"))),
    ),
    # Data Firehose: deliverystream/<name>.
    **_rows(
        (
            Target(
                "firehose", ("deliverystream/", Name(("DeliveryStreamName",), "delivery stream"))
            ),
        ),
        "putRecord",
        "putRecordBatch",
        "describeDeliveryStream",
        "deleteDeliveryStream",
        "updateDestination",
        "startDeliveryStreamEncryption",
        "stopDeliveryStreamEncryption",
        prefix="firehose",
    ),
    # CloudWatch Logs: log-group:<name> or log-group:<name>:log-stream:<stream>.
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
    ),
    ("logs", "startQuery"): _log_group(_LOG_GROUPS),
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
    ),
    # Step Functions: executions, state machines, activities, Map Runs by ARN.
    **_rows(
        _states("execution"),
        "describeExecution",
        "stopExecution",
        "getExecutionHistory",
        "redriveExecution",
        "describeStateMachineForExecution",
        prefix="states",
    ),
    **_rows(
        _states("stateMachine"),
        "describeStateMachine",
        "updateStateMachine",
        "deleteStateMachine",
        "publishStateMachineVersion",
        "listStateMachineVersions",
        "listStateMachineAliases",
        prefix="states",
    ),
    ("states", "listExecutions"): _states("stateMachine", "MapRunArn"),
    **_rows(
        _states("activity"),
        "describeActivity",
        "deleteActivity",
        "getActivityTask",
        prefix="states",
    ),
    **_rows(_states("mapRun"), "describeMapRun", "updateMapRun", prefix="states"),
    # ECR: repository/<name> in the registry's account.
    **_rows(
        _repository("RepositoryName"),
        "describeImages",
        "batchGetImage",
        "putImage",
        "listImages",
        "batchDeleteImage",
        "getDownloadUrlForLayer",
        "batchCheckLayerAvailability",
        "putImageTagMutability",
        "startImageScan",
        "describeImageScanFindings",
        "getLifecyclePolicy",
        "putLifecyclePolicy",
        "deleteRepository",
        prefix="ecr",
    ),
    ("ecr", "describeRepositories"): _repository("RepositoryNames", unnamed="all"),
    # ECS: service/<cluster>/<service>, task/<cluster>/<task>, cluster/<name>.
    **_rows(_ecs("service", "Service"), "updateService", "deleteService", prefix="ecs"),
    ("ecs", "createService"): _ecs("service", "ServiceName"),
    ("ecs", "describeServices"): _ecs("service", "Services"),
    ("ecs", "stopTask"): _ecs("task", "Task"),
    ("ecs", "describeTasks"): _ecs("task", "Tasks"),
    ("ecs", "describeClusters"): (
        Target("ecs", ("cluster/", Name(("Clusters",), "cluster", default="default"))),
    ),
    **_rows(
        (Target("ecs", ("cluster/", Name(("Cluster",), "cluster"))),),
        "deleteCluster",
        "updateCluster",
        prefix="ecs",
    ),
    # Glue: job/<name>, crawler/<name>.
    **_rows(
        (Target("glue", ("job/", Name(("JobName",), "job"))),),
        "getJob",
        "getJobRun",
        "getJobRuns",
        "batchStopJobRun",
        "startJobRun",
        "updateJob",
        "deleteJob",
        prefix="glue",
    ),
    **_rows(
        (Target("glue", ("crawler/", Name(("Name",), "crawler"))),),
        "startCrawler",
        "getCrawler",
        "stopCrawler",
        "updateCrawler",
        "deleteCrawler",
        prefix="glue",
    ),
    # Athena workgroups (query calls use the Athena rule).
    **_rows(
        (Target("athena", ("workgroup/", Name(("WorkGroup",), "workgroup"))),),
        "getWorkGroup",
        "updateWorkGroup",
        "deleteWorkGroup",
        prefix="athena",
    ),
    **_rows(
        (Target("athena", ("workgroup/", Name(("WorkGroup",), "workgroup", default="primary"))),),
        "listQueryExecutions",
        "listNamedQueries",
        prefix="athena",
    ),
    # CodeBuild: project/<name>, also for builds (their id starts with the project name).
    **_rows(_project("ProjectName"), "startBuild", "startBuildBatch", prefix="codebuild"),
    **_rows(_project("Name"), "updateProject", "deleteProject", prefix="codebuild"),
    ("codebuild", "batchGetProjects"): _project("Names"),
    **_rows(_project("Id"), "stopBuild", "stopBuildBatch", "deleteBuildBatch", prefix="codebuild"),
    **_rows(_project("Id", unnamed="warn"), "retryBuild", "retryBuildBatch", prefix="codebuild"),
    **_rows(
        _project("Ids"),
        "batchGetBuilds",
        "batchGetBuildBatches",
        "batchDeleteBuilds",
        prefix="codebuild",
    ),
    # RDS: db:<id>, cluster:<id>, and the snapshots some calls create.
    **_rows(
        (_rds("db", "DBInstanceIdentifier"),),
        "startDBInstance",
        "rebootDBInstance",
        "deleteDBInstance",
        "modifyDBInstance",
        prefix="rds",
    ),
    ("rds", "stopDBInstance"): (
        _rds("db", "DBInstanceIdentifier"),
        _rds("snapshot", "DBSnapshotIdentifier", unnamed="skip"),
    ),
    ("rds", "describeDBInstances"): (_rds("db", "DBInstanceIdentifier", unnamed="all"),),
    ("rds", "createDBSnapshot"): (
        _rds("db", "DBInstanceIdentifier"),
        _rds("snapshot", "DBSnapshotIdentifier"),
    ),
    **_rows(
        (_rds("cluster", "DBClusterIdentifier"),),
        "startDBCluster",
        "stopDBCluster",
        "rebootDBCluster",
        "failoverDBCluster",
        prefix="rds",
    ),
    ("rds", "describeDBClusters"): (_rds("cluster", "DBClusterIdentifier", unnamed="all"),),
    ("rds", "createDBClusterSnapshot"): (
        _rds("cluster", "DBClusterIdentifier"),
        _rds("cluster-snapshot", "DBClusterSnapshotIdentifier"),
    ),
    # EC2: instance/<id> for each of InstanceIds.
    **_rows(
        (Target("ec2", ("instance/", Name(("InstanceIds",), "instance"))),),
        "startInstances",
        "stopInstances",
        "rebootInstances",
        "terminateInstances",
        "monitorInstances",
        "unmonitorInstances",
        prefix="ec2",
    ),
}


__all__ = ["TARGETS", "Name", "Target", "derive", "describe", "sdk_table", "target_arns"]
