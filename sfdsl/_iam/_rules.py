"""One rule per service integration: which IAM actions a task needs, on which resources.

The actions and resource ARN formats follow the AWS Step Functions developer guide,
"IAM policies for integrated services" and "IAM policies for using Distributed Map states".
A target written in the definition (literally or as a ``${Placeholder}``) gets its exact ARN;
a target chosen at run time gets the narrowest wildcard in this account and region, and a
warning that says how to pin it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

from sfdsl._iam import _data, _generic, _sdk, _sdk_targets
from sfdsl._iam._cfn import (
    Cfn,
    getatt,
    literal,
    ref_target,
    select,
    sub,
    unqualified_machine,
)
from sfdsl._iam._cfn import (
    key as cfn_key,
)
from sfdsl._iam._model import Arg, Env, Grant, Task, grant, has_dynamic, is_jsonata
from sfdsl._iam._specs import _PIN, SPECS, _role_arn, describe

Rule = Callable[[Env, Task], list[Grant]]


def _field(path: str) -> str:
    """The field name at the end of a problem path (``...TopicArn.$`` -> ``TopicArn``)."""
    return path.removesuffix(".$").rsplit(".", 1)[-1]


def _dynamic(env: Env, arg: Arg, what: str, wildcard: str) -> None:
    env.warn(
        arg.path,
        f"{_field(arg.path)} is chosen at run time, so {what} is granted on {wildcard}; {_PIN}",
    )


def _missing(env: Env, arg: Arg, integration: str) -> None:
    env.fail(
        arg.path,
        f"{integration} needs {_field(arg.path)} to know which resource it "
        "uses; set it in Parameters/Arguments",
    )


def _template(value: Cfn) -> str | None:
    """The text of a value if it is a literal or a ``Fn::Sub`` template."""
    if isinstance(value, str):
        return value
    inner = value.get("Fn::Sub")
    if isinstance(inner, str):
        return inner
    if isinstance(inner, list) and inner and isinstance(inner[0], str):
        return inner[0]
    return None


def _is_arn(value: Cfn) -> bool:
    text = _template(value)
    if text is not None:
        return text.startswith("arn:")
    ga = getatt(value)
    return ga is not None and ga[1].endswith("Arn")


def _arn_fields(value: Cfn) -> dict[str, Cfn]:
    """Partition, region and account of an ARN known only at deploy time."""
    return {
        "partition": select(1, ":", value),
        "region": select(3, ":", value),
        "account": select(4, ":", value),
    }


def _lookup(env: Env, task: Task, name: str) -> tuple[Arg, Cfn | None]:
    arg = task.args.get(name)
    return arg, env.value(arg) if arg.static else None


# --- Lambda ---------------------------------------------------------------------------------

_FN_ARN = re.compile(r"arn:([^:]+):lambda:([^:]+):(\d{12}):function:([^:]+)(?::[^:]+)?")
_FN_PARTIAL = re.compile(r"(\d{12}):function:([^:]+)(?::[^:]+)?")
_FN_NAME = re.compile(r"([A-Za-z0-9_-]+)(?::[^:]+)?")
_QUALIFIED_TYPES = ("AWS::Lambda::Alias", "AWS::Lambda::Version")
# An ARN inside an Fn::Sub template: a field is literal text or ${...} (which may hold ':').
_SUB_FIELD = r"(?:\$\{[^}]*\}|[^:$])+"
_FN_ARN_SUB = re.compile(
    rf"(?P<base>arn:{_SUB_FIELD}:lambda:{_SUB_FIELD}:{_SUB_FIELD}:function:{_SUB_FIELD})"
    rf"(?::{_SUB_FIELD})?"
)


def function_resources(env: Env, value: Cfn, path: str, *, arn_expected: bool) -> list[Cfn]:
    """The function ARN and ``<arn>:*``, so any version or alias of it can be invoked.

    Running executions keep calling the version they started with while the role is
    shared with newer executions, so every qualifier of the function is granted.
    """
    base: Cfn
    lit = literal(value)
    if lit is not None:
        if m := _FN_ARN.fullmatch(lit):
            base = f"arn:{m[1]}:lambda:{m[2]}:{m[3]}:function:{m[4]}"
        elif m := _FN_PARTIAL.fullmatch(lit):
            base = sub("arn:", env.partition, ":lambda:", env.region, f":{m[1]}:function:{m[2]}")
        elif m := _FN_NAME.fullmatch(lit):
            base = env.arn("lambda", f"function:{m[1]}")
        else:
            env.fail(
                path,
                "expected a Lambda function name, partial ARN (123456789012:function:name) "
                f"or ARN, optionally with a version or alias, got {lit!r}",
            )
            return []
        return [base, sub(base, ":*")]
    ga = getatt(value)
    if (ga is not None and ga[1] == "Arn") or env.parameter(value) is not None:
        # A template Parameter is the text given at deploy time: taken to be the whole ARN.
        return [value, sub(value, ":*")]
    text = _template(value)
    if text is not None and (m := _FN_ARN_SUB.fullmatch(text)):
        # Fn::Sub "arn:${AWS::Partition}:lambda:${AWS::Region}:...": the same template, unqualified.
        inner = value["Fn::Sub"] if isinstance(value, dict) else text
        variables = inner[1] if isinstance(inner, list) and len(inner) > 1 else None
        base = {"Fn::Sub": [m["base"], variables] if variables else m["base"]}
        return [base, sub(base, ":*")]
    ref = ref_target(value)
    kind = env.resource_types.get(ref) if ref else None
    if kind == "AWS::Lambda::Function" or (ref and kind is None and not arn_expected):
        base = env.arn("lambda", "function:", value)
    elif kind in _QUALIFIED_TYPES or (ref and kind is None):
        base = env.arn("lambda", "function:", select(6, ":", value))
    elif _is_arn(value) or (arn_expected and _template(value) is None):
        f = _arn_fields(value)
        base = sub(
            "arn:",
            f["partition"],
            ":lambda:",
            f["region"],
            ":",
            f["account"],
            ":function:",
            select(6, ":", value),
        )
    else:
        base = env.arn("lambda", "function:", value)
    return [base, sub(base, ":*")]


def lambda_invoke(env: Env, task: Task) -> list[Grant]:
    """``lambda:InvokeFunction`` on the function of FunctionName and every version and
    alias of it (``<arn>:*``), since running executions keep calling the version they started
    with: https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html
    """
    arg, value = _lookup(env, task, "FunctionName")
    if arg.dynamic:
        wildcard = env.arn("lambda", "function:*")
        _dynamic(env, arg, "lambda:InvokeFunction", "every function in the account and region")
        return [grant("lambda:InvokeFunction", wildcard)]
    if value is None:
        if not arg.static:
            _missing(env, arg, "lambda:invoke")
        return []
    resources = function_resources(env, value, arg.path, arn_expected=False)
    return [grant("lambda:InvokeFunction", *resources)] if resources else []


def _qualified(value: Cfn) -> bool:
    """Whether a literal function name or ARN carries a version or alias."""
    lit = literal(value)
    return lit is not None and lit.count(":") in (1, 3, 7)


def lambda_functions(env: Env, task: Task) -> list[Grant]:
    """Lambda management calls: the function of FunctionName (a version or alias with a
    Qualifier), or the event source mapping:
    https://docs.aws.amazon.com/lambda/latest/dg/lambda-api-permissions-ref.html

    As the Lambda developer guide lists them: function calls act on the function (a version or
    alias too when a Qualifier is given); CreateEventSourceMapping acts on ``"*"``, limited by
    ``lambda:FunctionArn``; Update/DeleteEventSourceMapping act on the mapping of UUID.
    """
    actions = tuple(f"lambda:{a}" for a in _sdk.iam_actions("lambda", task.api))
    if task.api in ("updateEventSourceMapping", "deleteEventSourceMapping"):
        mappings, _ = _named(
            env, task, "UUID", "lambda", "event-source-mapping", actions[0], sep=":"
        )
        return [grant(actions, *mappings)] if mappings else []
    arg, value = _lookup(env, task, "FunctionName")
    if arg.dynamic:
        _dynamic(env, arg, actions[0], "every function in the account and region")
        if task.api == "createEventSourceMapping":
            return [grant(actions, "*")]
        return [grant(actions, env.arn("lambda", "function:*"))]
    if value is None:
        return []
    resources = function_resources(env, value, arg.path, arn_expected=False)
    if not resources:
        return []
    if task.api == "createEventSourceMapping":
        return [grant(actions, "*", condition=[("ArnLike", "lambda:FunctionArn", resources)])]
    qualified = task.args.get("Qualifier").kind != "absent" or _qualified(value)
    return [grant(actions, *(resources if qualified else resources[:1]))]


# --- SNS, SQS -------------------------------------------------------------------------------


def _topic(env: Env, task: Task) -> list[Grant]:
    """``sns:Publish`` on TopicArn or TargetArn; an SMS to PhoneNumber has no ARN, so
    ``"*"`` with a warning:
    https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-language-api-permissions-reference.html
    """
    for name in ("TopicArn", "TargetArn"):
        arg, value = _lookup(env, task, name)
        if arg.dynamic:
            _dynamic(env, arg, "sns:Publish", "every topic in the account and region")
            return [grant("sns:Publish", env.arn("sns", "*"))]
        if value is not None:
            return [grant("sns:Publish", value)]
        if arg.static:
            return []
    phone = task.args.get("PhoneNumber")
    if phone.kind != "absent":
        env.warn(
            phone.path,
            'SMS messages to a phone number have no resource ARN, so sns:Publish is granted on "*"',
        )
        return [grant("sns:Publish", "*")]
    _missing(env, task.args.get("TopicArn"), "sns:publish")
    return []


_QUEUE_URL = re.compile(
    r"https://(?:sqs\.)?([a-z0-9-]+)\.(?:queue\.)?amazonaws\.com(?:\.cn)?/(\d{12})/([^/]+)/?"
)


def queue_arn(env: Env, value: Cfn, path: str) -> Cfn | None:
    """The queue ARN for a queue URL (literal, ``Ref`` to a queue, or any other value)."""
    lit = literal(value)
    if lit is not None:
        if lit.startswith("arn:"):
            return lit
        if m := _QUEUE_URL.fullmatch(lit):
            return sub("arn:", env.partition, f":sqs:{m[1]}:{m[2]}:{m[3]}")
        env.fail(
            path,
            f"expected a queue URL https://sqs.<region>.amazonaws.com/<account>/<name>, got {lit!r}",
        )
        return None
    ref = ref_target(value)
    if ref is not None and env.parameter(value) is None:
        return {"Fn::GetAtt": [ref, "Arn"]}
    ga = getatt(value)
    if ga is not None and ga[1] == "QueueUrl":
        return {"Fn::GetAtt": [ga[0], "Arn"]}
    # https://sqs.<region>.amazonaws.com/<account>/<name>: account and name by position.
    return sub(
        "arn:",
        env.partition,
        ":sqs:",
        env.region,
        ":",
        select(3, "/", value),
        ":",
        select(4, "/", value),
    )


def send_message(env: Env, task: Task) -> list[Grant]:
    """``sqs:SendMessage`` on the queue of QueueUrl (a URL, which the reference's
    ``${QueueName}`` format does not read):
    https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-permissions-reference.html
    """
    return _queue(env, task, ("sqs:SendMessage",))


def _queue(env: Env, task: Task, actions: tuple[str, ...]) -> list[Grant]:
    arg, value = _lookup(env, task, "QueueUrl")
    if arg.dynamic:
        _dynamic(env, arg, "/".join(actions), "every queue in the account and region")
        return [grant(actions, env.arn("sqs", "*"))]
    if value is None:
        if not arg.static:
            _missing(env, arg, "sqs")
        return []
    arn = queue_arn(env, value, arg.path)
    return [grant(actions, arn)] if arn is not None else []


# --- DynamoDB -------------------------------------------------------------------------------


def table_arn(env: Env, value: Cfn) -> Cfn:
    """A table ARN from a table name, ARN, ``Ref`` (name) or ``GetAtt .Arn``."""
    lit = literal(value)
    if lit is not None:
        return lit if lit.startswith("arn:") else env.arn("dynamodb", f"table/{lit}")
    ref = ref_target(value)
    if ref is not None and env.parameter(value) is None:
        return {"Fn::GetAtt": [ref, "Arn"]}
    if _is_arn(value):
        return value
    return env.arn("dynamodb", "table/", value)


def _table(env: Env, task: Task, action: str, *, index: bool) -> list[Grant]:
    arg, value = _lookup(env, task, "TableName")
    if arg.dynamic:
        _dynamic(env, arg, action, "every table in the account and region")
        return [grant(action, env.arn("dynamodb", "table/*"))]
    if value is None:
        if not arg.static:
            _missing(env, arg, action)
        return []
    table = table_arn(env, value)
    if index:
        idx, idx_value = _lookup(env, task, "IndexName")
        if idx.dynamic:
            _dynamic(env, idx, action, "every index of the table")
            return [grant(action, sub(table, "/index/*"))]
        if idx_value is not None:
            return [grant(action, sub(table, "/index/", idx_value))]
    return [grant(action, table)]


def _request_items(env: Env, task: Task, action: str) -> list[Grant]:
    arg = task.args.get("RequestItems")
    if arg.dynamic or (arg.static and not isinstance(arg.raw, dict)):
        _dynamic(env, arg, action, "every table in the account and region")
        return [grant(action, env.arn("dynamodb", "table/*"))]
    if not arg.static:
        _missing(env, arg, action)
        return []
    tables: list[Cfn] = []
    for name in arg.raw:
        value = env.text(str(name).removesuffix(".$"), f"{arg.path}.{name}")
        if value is not None:
            tables.append(table_arn(env, value))
    return [grant(action, *tables)]


_TRANSACT = {
    "Put": "dynamodb:PutItem",
    "Update": "dynamodb:UpdateItem",
    "Delete": "dynamodb:DeleteItem",
    "ConditionCheck": "dynamodb:ConditionCheckItem",
    "Get": "dynamodb:GetItem",
}


def _transact(env: Env, task: Task) -> list[Grant]:
    arg = task.args.get("TransactItems")
    if not arg.static or not isinstance(arg.raw, list) or has_dynamic(arg.raw, task.args.jsonata):
        actions = (
            ("dynamodb:GetItem",)
            if task.api == "transactGetItems"
            else (
                "dynamodb:ConditionCheckItem",
                "dynamodb:DeleteItem",
                "dynamodb:PutItem",
                "dynamodb:UpdateItem",
            )
        )
        _dynamic(env, arg, "/".join(actions), "every table in the account and region")
        return [grant(actions, env.arn("dynamodb", "table/*"))]
    grants: list[Grant] = []
    for i, item in enumerate(arg.raw):
        for op, body in item.items() if isinstance(item, dict) else ():
            action = _TRANSACT.get(op)
            name = body.get("TableName") if isinstance(body, dict) else None
            if action is None or not isinstance(name, str):
                continue
            value = env.text(name, f"{arg.path}[{i}].{op}.TableName")
            if value is not None:
                grants.append(grant(action, table_arn(env, value)))
    return grants


# --- DynamoDB PartiQL (aws-sdk:dynamodb:executeStatement ...) ---------------------------------

_PARTIQL = {
    "SELECT": "dynamodb:PartiQLSelect",
    "INSERT": "dynamodb:PartiQLInsert",
    "UPDATE": "dynamodb:PartiQLUpdate",
    "DELETE": "dynamodb:PartiQLDelete",
}
_PARTIQL_ALL = tuple(sorted(_PARTIQL.values()))
_WORD = r"(?:[A-Za-z0-9_-]|\$\{[^}]*\})+"
# Quoted identifiers, string literals, words (a ${Placeholder} is part of a word) and symbols.
_PARTIQL_TOKEN = re.compile(rf"\"(?:[^\"]|\"\")*\"|'(?:[^']|'')*'|{_WORD}|\S")
#: Where each PartiQL call keeps its statements: (parameter, field of each list item).
_PARTIQL_CALLS: dict[str, tuple[str, str | None]] = {
    "executeStatement": ("Statement", None),
    "batchExecuteStatement": ("Statements", "Statement"),
    "executeTransaction": ("TransactStatements", "Statement"),
}
_PARTIQL_SHAPES = (
    "SELECT ... FROM <table>[.<index>], INSERT INTO <table>, UPDATE <table>, "
    "DELETE FROM <table> or EXISTS(SELECT ... FROM <table>)"
)


def _identifier(token: str) -> str | None:
    if len(token) >= 2 and token[0] == token[-1] == '"':
        return token[1:-1].replace('""', '"') or None
    return token if re.fullmatch(_WORD, token) else None


def partiql_target(statement: str) -> tuple[str, str, str | None] | None:
    """``(IAM action, table, index)`` of a PartiQL for DynamoDB statement, else ``None``.

    The verb picks the action (case-insensitive); ``EXISTS(SELECT ...)``, the condition check
    of a transaction, reads the item, so it needs ``dynamodb:PartiQLSelect``. Table and index
    may be quoted (``"Orders"."ByCustomer"``) or not.

    Example:
        >>> partiql_target('select * from "Orders"."ByCustomer" where pk = ?')
        ('dynamodb:PartiQLSelect', 'Orders', 'ByCustomer')
        >>> partiql_target("INSERT INTO Orders VALUE {'pk': ?}")
        ('dynamodb:PartiQLInsert', 'Orders', None)
    """
    tokens = _PARTIQL_TOKEN.findall(statement)
    words = [t.upper() for t in tokens]
    if words[:2] == ["EXISTS", "("]:
        tokens, words = tokens[2:], words[2:]
        if words[:1] != ["SELECT"]:
            return None
    verb = words[0] if words else ""
    if verb not in _PARTIQL:
        return None
    at: int | None
    if verb == "UPDATE":
        at = 1
    elif verb == "INSERT":
        at = 2 if words[1:2] == ["INTO"] else None
    else:
        at = next((i + 1 for i, w in enumerate(words) if w == "FROM"), None)
    if at is None or at >= len(tokens):
        return None
    table = _identifier(tokens[at])
    if table is None:
        return None
    index = None
    if tokens[at + 1 : at + 2] == ["."]:
        index = _identifier(tokens[at + 2]) if at + 2 < len(tokens) else None
        if index is None:
            return None
    return _PARTIQL[verb], table, index


def _statements(env: Env, task: Task) -> list[Arg]:
    """The ``Statement`` arguments of a PartiQL call, each with its path."""
    param, field = _PARTIQL_CALLS[task.api]
    arg = task.args.get(param)
    if field is None or not arg.static:
        return [arg]
    if not isinstance(arg.raw, list):
        env.fail(arg.path, f"expected a list of {{{field}: ...}} objects, got {arg.raw!r}")
        return []
    out: list[Arg] = []
    for i, item in enumerate(arg.raw):
        where = Arg("static", item, f"{arg.path}[{i}]")
        if isinstance(item, dict):
            out.append(task.args.sub_args(where).get(field))
        elif task.args.jsonata and is_jsonata(item):
            out.append(Arg("dynamic", item, where.path))
        else:
            env.fail(where.path, f"expected an object with {field}, got {item!r}")
    return out


def partiql(env: Env, task: Task) -> list[Grant]:
    """PartiQLSelect/Insert/Update/Delete on the table or index each statement names."""
    every = env.arn("dynamodb", "table/*")
    grants: list[Grant] = []
    for arg in _statements(env, task):
        if arg.dynamic:
            _dynamic(
                env, arg, "/".join(_PARTIQL_ALL), "every table and index in the account and region"
            )
            grants.append(grant(_PARTIQL_ALL, every))
            continue
        if not arg.static:
            _missing(env, arg, f"aws-sdk:dynamodb:{task.api}")
            continue
        if not isinstance(arg.raw, str):
            env.fail(arg.path, f"expected a PartiQL statement (a string), got {arg.raw!r}")
            continue
        target = partiql_target(arg.raw)
        if target is None:
            env.fail(
                arg.path,
                f"cannot tell which table the PartiQL statement {arg.raw!r} uses: expected "
                f"{_PARTIQL_SHAPES}; correct the statement, or grant it with extra_statements "
                f"and add {task.name!r} to covered_states (an option of App.add and IamContext)",
            )
            continue
        action, table, index = target
        value = env.text(table, arg.path)
        if value is None:
            continue
        resource = table_arn(env, value)
        if index is not None:
            idx = env.text(index, arg.path)
            if idx is None:
                continue
            resource = sub(resource, "/index/", idx)
        grants.append(grant(action, resource))
    return grants


def dynamodb(env: Env, task: Task) -> list[Grant]:
    """Tables from TableName (a name, an ARN, or a ``Ref`` to the table), with the index of
    IndexName for Query and Scan; every table of RequestItems for batch calls, each item's table
    for transactions, and the PartiQL action of each statement's verb on the table it names
    (the reference alone knows neither the index nor the tables inside the payload):
    https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/api-permissions-reference.html
    """
    api = task.api
    if api in _PARTIQL_CALLS:
        return partiql(env, task)
    if api in ("batchGetItem", "batchWriteItem"):
        return _request_items(env, task, f"dynamodb:{_pascal(api)}")
    if api in ("transactWriteItems", "transactGetItems"):
        return _transact(env, task)
    if task.args.get("TableName").kind == "absent" and task.sdk:
        return []
    return _table(env, task, f"dynamodb:{_pascal(api)}", index=api in ("query", "scan"))


def _pascal(api: str) -> str:
    return api[:1].upper() + api[1:]


# --- ECS, Batch, Glue, CodeBuild, SageMaker, EMR ------------------------------------------------


def _pass_roles(env: Env, task: Task, targets: list[Arg], service: str) -> list[Grant]:
    """``iam:PassRole`` for the roles a job runs with, limited to the service it is passed to."""
    condition = (("StringEquals", "iam:PassedToService", service),)
    roles: list[Cfn] = []
    unknown: list[Arg] = []
    for arg in targets:
        known = env.known_for(env.pass_roles, arg)
        if known is None:
            unknown.append(arg)
        else:
            roles.extend(known)
    for name in ("Overrides.TaskRoleArn", "Overrides.ExecutionRoleArn", "RoleArn"):
        arg, value = _lookup(env, task, name)
        if value is not None:
            roles.append(_role_arn(env, value))
        elif arg.dynamic:
            unknown.append(arg)
    if unknown and not roles:
        arg = unknown[0]
        env.warn(
            arg.path,
            f"the IAM roles that {_field(arg.path)} runs with are not known, so "
            f"iam:PassRole is granted on every role, only when passed to {service}; list them in "
            f"IamContext.pass_roles[{arg.raw!r}] (an empty tuple when it has none) to pin them",
        )
        return [grant("iam:PassRole", env.arn("iam", "role/*", region=False), condition=condition)]
    return [grant("iam:PassRole", *roles, condition=condition)] if roles else []


def _named(
    env: Env,
    task: Task,
    param: str,
    service: str,
    kind: str,
    action: str,
    *,
    sep: str = "/",
    family: bool = False,
) -> tuple[list[Cfn], Arg]:
    """The ARN of a resource named by *param* (a name or an ARN)."""
    arg, value = _lookup(env, task, param)
    if arg.dynamic:
        _dynamic(env, arg, action, f"every {kind} in the account and region")
        return [env.arn(service, f"{kind}{sep}*")], arg
    if value is None:
        if not arg.static:
            _missing(env, arg, action)
        return [], arg
    lit = literal(value)
    if lit is not None and not lit.startswith("arn:"):
        suffix = ":*" if family and ":" not in lit else ""
        return [env.arn(service, f"{kind}{sep}{lit}{suffix}")], arg
    if lit is None and ref_target(value) is None and not _is_arn(value):
        return [env.arn(service, f"{kind}{sep}", value)], arg
    return [value], arg


def ecs_run_task(env: Env, task: Task) -> list[Grant]:
    """``ecs:RunTask`` on the task definition (every revision of a family), the
    ``.sync`` actions and rule, ``ecs:TagResource`` for tags and ``iam:PassRole`` on the task
    definition's roles:
    https://docs.aws.amazon.com/step-functions/latest/dg/service-integration-iam-templates.html
    """
    resources, arg = _named(
        env, task, "TaskDefinition", "ecs", "task-definition", "ecs:RunTask", family=True
    )
    grants = [grant("ecs:RunTask", *resources)] if resources else []
    tasks = env.arn("ecs", "task/*")
    if task.sync:
        grants.append(grant(("ecs:StopTask", "ecs:DescribeTasks"), tasks))
        grants.append(env.events_rule("StepFunctionsGetEventsForECSTaskRule"))
    if task.args.get("Tags").kind != "absent" or task.args.get("PropagateTags").kind != "absent":
        grants.append(grant("ecs:TagResource", tasks))
    if resources:
        grants.extend(_pass_roles(env, task, [arg], "ecs-tasks.amazonaws.com"))
    return grants


def batch_submit_job(env: Env, task: Task) -> list[Grant]:
    definition, _ = _named(
        env, task, "JobDefinition", "batch", "job-definition", "batch:SubmitJob", family=True
    )
    queue, _ = _named(env, task, "JobQueue", "batch", "job-queue", "batch:SubmitJob")
    grants = [grant("batch:SubmitJob", *definition, *queue)]
    if task.sync:
        # DescribeJobs has no resource-level permissions.
        grants.append(grant("batch:DescribeJobs", "*"))
        grants.append(grant("batch:TerminateJob", env.arn("batch", "job/*")))
        grants.append(env.events_rule("StepFunctionsGetEventsForBatchJobsRule"))
    return grants


def glue_start_job_run(env: Env, task: Task) -> list[Grant]:
    actions: tuple[str, ...] = ("glue:StartJobRun",)
    if task.sync:
        actions += ("glue:GetJobRun", "glue:GetJobRuns", "glue:BatchStopJobRun")
    jobs, _ = _named(env, task, "JobName", "glue", "job", "glue:StartJobRun")
    return [grant(actions, *jobs)] if jobs else []


def _emr_cluster(env: Env, task: Task, actions: tuple[str, ...]) -> list[Grant]:
    arg, value = _lookup(env, task, "ClusterId")
    if arg.dynamic:
        _dynamic(env, arg, actions[0], "every cluster in the account and region")
        return [grant(actions, env.arn("elasticmapreduce", "cluster/*"))]
    if value is None:
        _missing(env, arg, actions[0])
        return []
    return [grant(actions, env.arn("elasticmapreduce", "cluster/", value))]


def _emr(api: str) -> Rule:
    def derive(env: Env, task: Task) -> list[Grant]:
        em = "elasticmapreduce:"
        if api == "createCluster":
            # RunJobFlow has no resource-level permissions: the cluster does not exist yet.
            actions: tuple[str, ...] = (f"{em}RunJobFlow",)
            grants: list[Grant] = []
            if task.sync:
                actions += (f"{em}DescribeCluster", f"{em}TerminateJobFlows")
                grants.append(env.events_rule("StepFunctionsGetEventForEMRRunJobFlowRule"))
            roles: list[Cfn] = []
            for name in ("ServiceRole", "JobFlowRole", "AutoScalingRole"):
                arg, value = _lookup(env, task, name)
                if name == "JobFlowRole" and (arg.static or arg.dynamic):
                    roles.extend(profile_roles(env, arg, value))
                elif value is not None:
                    roles.append(_role_arn(env, value))
                elif arg.dynamic:
                    _dynamic(env, arg, "iam:PassRole", "every role in the account")
                    roles.append(env.arn("iam", "role/*", region=False))
            grants.insert(0, grant(actions, "*"))
            if roles:
                grants.append(grant("iam:PassRole", *roles))
            return grants
        table: dict[str, tuple[tuple[str, ...], str | None]] = {
            "terminateCluster": (
                ("TerminateJobFlows", "DescribeCluster"),
                "StepFunctionsGetEventForEMRTerminateJobFlowsRule",
            ),
            "addStep": (
                ("AddJobFlowSteps", "DescribeStep", "CancelSteps"),
                "StepFunctionsGetEventForEMRAddJobFlowStepsRule",
            ),
            "cancelStep": (("CancelSteps",), None),
            "setClusterTerminationProtection": (("SetTerminationProtection",), None),
            "modifyInstanceFleetByName": (("ModifyInstanceFleet", "ListInstanceFleets"), None),
            "modifyInstanceGroupByName": (("ModifyInstanceGroups", "ListInstanceGroups"), None),
        }
        names, rule = table[api]
        if api == "addStep" and not task.sync:
            names = names[:1]
        result = _emr_cluster(env, task, tuple(em + n for n in names))
        if task.sync and rule:
            result.append(env.events_rule(rule))
        return result

    return derive


_PROFILE_ARN = re.compile(r"arn:([^:]+):iam::(\d{12}|\$\{[^}]+\}):instance-profile/(?:.*/)?([^/]+)")


def profile_roles(env: Env, arg: Arg, value: Cfn | None) -> list[Cfn]:
    """The roles to pass for EMR's ``JobFlowRole``, which names an EC2 *instance profile*.

    ``iam:PassRole`` is authorized on the role inside the profile, never on the profile's ARN.
    The documented policy (https://docs.aws.amazon.com/step-functions/latest/dg/emr-iam.html)
    passes ``role/EMR_EC2_DefaultRole`` for the profile of that name: the profiles the EMR
    console and ``aws emr create-default-roles`` make hold the role of the same name. A profile
    whose role is named otherwise is given in ``IamContext.pass_roles``.
    """
    known = env.known_for(env.pass_roles, arg)
    if known:
        return list(known)
    if arg.dynamic or value is None:
        _dynamic(env, arg, "iam:PassRole", "every role in the account")
        return [env.arn("iam", "role/*", region=False)]
    text = literal(value)
    m = _PROFILE_ARN.fullmatch(text) if text is not None else None
    if m is not None:
        return [f"arn:{m[1]}:iam::{m[2]}:role/{m[3]}"]
    ref = ref_target(value)
    if (ref and env.resource_types.get(ref) == "AWS::IAM::InstanceProfile") or getatt(value):
        env.warn(
            arg.path,
            f"{_field(arg.path)} is an instance profile whose role is not known here, so "
            "iam:PassRole is granted on every role in the account; give the role in "
            f"IamContext.pass_roles[{ref or cfn_key(value)!r}] to pin it",
        )
        return [env.arn("iam", "role/*", region=False)]
    return [_role_arn(env, value)]


# --- Step Functions -------------------------------------------------------------------------


def executions_of(env: Env, machine: Cfn) -> Cfn:
    """``arn:...:execution:<name>:*`` for the executions of a state machine ARN."""
    lit = literal(machine)
    if lit is not None and ":stateMachine:" in lit:
        head, _, tail = lit.partition(":stateMachine:")
        return f"{head}:execution:{tail.split(':')[0]}:*"
    return env.arn("states", "execution:", select(6, ":", machine), ":*")


def start_execution(env: Env, task: Task) -> list[Grant]:
    """``states:StartExecution`` on StateMachineArn (a version or alias through the
    ``states:StateMachineQualifier`` condition) and, for ``.sync``, its executions and the
    managed EventBridge rule:
    https://docs.aws.amazon.com/step-functions/latest/dg/service-integration-iam-templates.html
    """
    action = (
        "states:StartSyncExecution" if task.api == "startSyncExecution" else "states:StartExecution"
    )
    arg, value = _lookup(env, task, "StateMachineArn")
    if arg.dynamic:
        _dynamic(env, arg, action, "every state machine in the account and region")
        machine: Cfn = env.arn("states", "stateMachine:*")
        executions: Cfn = env.arn("states", "execution:*")
    elif value is None:
        _missing(env, arg, action)
        return []
    else:
        machine, executions = value, executions_of(env, value)
    qualified = unqualified_machine(machine, env.resource_types.get(ref_target(machine) or ""))
    if qualified is None:
        grants = [grant(action, machine)]
    else:
        # Authorized on the state machine's own ARN, the version or alias by a condition.
        unqualified, qualifier = qualified
        condition = (("StringEquals", "states:StateMachineQualifier", qualifier),)
        grants = [grant(action, unqualified, condition=condition)]
    if task.sync:
        grants.append(grant(("states:DescribeExecution", "states:StopExecution"), executions))
        grants.append(env.events_rule("StepFunctionsGetEventsForStepFunctionsExecutionRule"))
    return grants


# --- EventBridge, Scheduler, HTTP -----------------------------------------------------------


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


# --- S3, Bedrock ----------------------------------------------------------------------------


def _bucket(env: Env, task: Task, action: str) -> tuple[Cfn | None, Cfn | None]:
    """``(bucket ARN, bucket value)``; a run-time bucket gives every bucket."""
    arg, value = _lookup(env, task, "Bucket")
    if arg.dynamic:
        _dynamic(env, arg, action, "every bucket")
        return sub("arn:", env.partition, ":s3:::*"), None
    if value is None:
        _missing(env, arg, action)
        return None, None
    ga = getatt(value)
    if ga is not None and ga[1] == "Arn":
        return value, value
    lit = literal(value)
    if lit is not None and lit.startswith("arn:"):
        # An access point (or Object Lambda access point) ARN given as the bucket.
        return lit, value
    return sub("arn:", env.partition, ":s3:::", value), value


def _in_bucket(bucket: Cfn, *key: Cfn) -> Cfn:
    """An object ARN: ``<bucket>/<key>``, or ``<access point>/object/<key>``."""
    lit = literal(bucket)
    joint = "/object/" if lit is not None and lit.startswith("arn:") else "/"
    return sub(bucket, joint, *key)


def _is_object_action(action: str) -> bool:
    """Whether an ``s3:`` action applies to objects (else to the bucket)."""
    name = action.removeprefix("s3:")
    return "Bucket" not in name and (
        "Object" in name or name in ("AbortMultipartUpload", "ListMultipartUploadParts")
    )


def _copy_source(env: Env, task: Task) -> list[Grant]:
    """``s3:GetObject`` (``s3:GetObjectVersion`` for a versionId) on CopySource."""
    source = task.args.get("CopySource")
    value = env.value(source) if source.static else None
    text = literal(value) if value is not None else None
    if value is None or (text is None and not isinstance(value, dict)):
        if source.dynamic:
            _dynamic(env, source, "s3:GetObject", "every object")
        return [grant("s3:GetObject", sub("arn:", env.partition, ":s3:::*"))]
    if text is None:
        return [grant("s3:GetObject", sub("arn:", env.partition, ":s3:::", value))]
    path, _, query = unquote(text).lstrip("/").partition("?")
    action = "s3:GetObjectVersion" if "versionId=" in query else "s3:GetObject"
    if path.startswith("arn:"):
        return [grant(action, path)]
    return [grant(action, sub("arn:", env.partition, f":s3:::{path}"))]


def _object(
    env: Env, task: Task, bucket: Cfn, param: str, action: str, *, prefix: bool = False
) -> Cfn:
    arg, value = _lookup(env, task, param)
    if arg.dynamic:
        _dynamic(env, arg, action, "every object of the bucket")
        return _in_bucket(bucket, "*")
    if value is None:
        return _in_bucket(bucket, "*")
    return _in_bucket(bucket, value, "*" if prefix else "")


def s3(env: Env, task: Task) -> list[Grant]:
    """Bucket and object ARNs from Bucket and Key (``<bucket>/<key>``, or an access point's
    ``/object/<key>``), ``s3:prefix`` for listings, CopySource for copies and the KMS key and
    tagging a write needs (the reference's ``${BucketName}/${ObjectName}`` is named by no API
    parameter):
    https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-with-s3-policy-actions.html
    """
    api = task.api
    if task.sdk and task.args.get("Bucket").kind == "absent":
        return []
    actions = tuple(f"s3:{a}" for a in _sdk.iam_actions("s3", api))
    bucket, _ = _bucket(env, task, actions[0])
    if bucket is None:
        return []
    grants: list[Grant] = []
    if task.part == "writer":
        writer = (
            "s3:PutObject",
            "s3:GetObject",
            "s3:ListMultipartUploadParts",
            "s3:AbortMultipartUpload",
        )
        _, prefix = _lookup(env, task, "Prefix")
        where = sub(bucket, "/", prefix, "/*") if prefix is not None else sub(bucket, "/*")
        grants.append(grant(writer, where))
        grants.extend(
            env.bucket_key_grants(task, ("kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey"))
        )
        return grants
    if api in ("listObjectsV2", "listObjects", "listObjectVersions", "headBucket"):
        _, prefix = _lookup(env, task, "Prefix")
        condition = (("StringLike", "s3:prefix", sub(prefix, "*")),) if prefix is not None else ()
        grants.append(grant(actions, bucket, condition=condition))
        if task.part == "reader":
            objects = sub(bucket, "/", prefix, "*") if prefix is not None else sub(bucket, "/*")
            grants.append(grant("s3:GetObject", objects))
    elif api in ("copyObject", "uploadPartCopy"):
        objects = _object(env, task, bucket, "Key", "s3:PutObject")
        grants.append(grant("s3:PutObject", objects))
        grants.extend(_copy_source(env, task))
        grants.extend(s3_write_extras(env, task, objects))
    elif any(_is_object_action(a) for a in actions):
        objects = _object(env, task, bucket, "Key", actions[0])
        grants.append(grant(actions, objects))
        grants.extend(s3_write_extras(env, task, objects))
    else:
        grants.append(grant(actions, bucket))
    if task.part == "reader":
        grants.extend(env.bucket_key_grants(task, ("kms:Decrypt",)))
    return grants


_PROFILE_REGIONS = ("us", "eu", "apac", "us-gov", "global", "jp", "au", "ca")


def _model_resources(env: Env, arg: Arg, value: Cfn) -> list[Cfn]:
    """A model id or ARN -> what ``bedrock:InvokeModel`` must be allowed on.

    An inference profile routes each call to the foundation model in one of several
    regions, so the model is granted in every region besides the profile itself.
    """
    text = literal(value)
    if text is None:
        return (
            [value]
            if _is_arn(value) or ref_target(value) is not None
            else [env.arn("bedrock", "foundation-model/", value, account=False)]
        )
    if text.startswith("arn:"):
        if ":application-inference-profile/" in text:
            env.warn(
                arg.path,
                "the models behind an application inference profile are not known, so "
                "bedrock:InvokeModel is granted on every foundation model; grant the profile's "
                "models with extra_statements and list the state in covered_states (an option of App.add and IamContext)",
            )
            return [text, sub("arn:", env.partition, ":bedrock:*::foundation-model/*")]
        if ":inference-profile/" in text:
            model = text.rsplit("/", 1)[-1].split(".", 1)[-1]
            return [text, sub("arn:", env.partition, f":bedrock:*::foundation-model/{model}")]
        return [text]
    prefix, _, model = text.partition(".")
    if prefix in _PROFILE_REGIONS and model:
        return [
            env.arn("bedrock", f"inference-profile/{text}"),
            sub("arn:", env.partition, f":bedrock:*::foundation-model/{model}"),
        ]
    return [env.arn("bedrock", f"foundation-model/{text}", account=False)]


def _s3_uri(env: Env, task: Task, name: str, action: str, suffix: str) -> list[Grant]:
    arg, value = _lookup(env, task, name)
    if arg.dynamic:
        _dynamic(env, arg, action, "every object of every bucket")
        return [grant(action, sub("arn:", env.partition, ":s3:::*"))]
    text = literal(value) if value is not None else None
    if text is not None and (m := _S3_URI.fullmatch(text)):
        return [grant(action, sub("arn:", env.partition, f":s3:::{m[1]}/{m[2]}{suffix}"))]
    if value is not None:
        env.fail(arg.path, f"expected an S3 URI s3://bucket/key, got {text or value!r}")
    return []


def bedrock_customization_job(env: Env, task: Task) -> list[Grant]:
    """``bedrock:CreateModelCustomizationJob`` on the base model of BaseModelIdentifier (a
    model id, which the reference's formats do not read, or an ARN) and on the custom model it
    makes, ``custom-model/*`` since Bedrock assigns its id:
    https://docs.aws.amazon.com/bedrock/latest/userguide/model-customization-iam-role.html
    """
    action = "bedrock:CreateModelCustomizationJob"
    arg, value = _lookup(env, task, "BaseModelIdentifier")
    created = env.arn("bedrock", "custom-model/*")
    if arg.dynamic:
        _dynamic(env, arg, action, "every foundation model")
        return [grant(action, env.arn("bedrock", "foundation-model/*", account=False), created)]
    if value is None:
        _missing(env, arg, action)
        return []
    return [grant(action, *_model_resources(env, arg, value), created)]


def polly_synthesis_task(env: Env, task: Task) -> list[Grant]:
    """What ``StartSpeechSynthesisTask`` needs besides itself: Polly writes the audio to
    ``OutputS3BucketName`` (under ``OutputS3KeyPrefix``) and notifies ``SnsTopicArn`` with the
    caller's permissions:
    https://docs.aws.amazon.com/polly/latest/dg/API_StartSpeechSynthesisTask.html
    """
    grants: list[Grant] = []
    arg, bucket = _lookup(env, task, "OutputS3BucketName")
    if arg.dynamic:
        _dynamic(env, arg, "s3:PutObject", "every object of every bucket")
        grants.append(grant("s3:PutObject", sub("arn:", env.partition, ":s3:::*/*")))
    elif bucket is not None:
        key_arg, prefix = _lookup(env, task, "OutputS3KeyPrefix")
        start = prefix if prefix is not None and not key_arg.dynamic else ""
        grants.append(
            grant("s3:PutObject", sub("arn:", env.partition, ":s3:::", bucket, "/", start, "*"))
        )
    topic_arg, topic = _lookup(env, task, "SnsTopicArn")
    if topic_arg.dynamic:
        _dynamic(env, topic_arg, "sns:Publish", "every topic in the account and region")
        grants.append(grant("sns:Publish", env.arn("sns", "*")))
    elif topic is not None:
        grants.append(grant("sns:Publish", topic))
    return grants


#: S3 calls that encrypt what they write with ``SSEKMSKeyId`` need the key:
#: https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html#require-sse-kms
_S3_KMS_WRITES = frozenset({"putObject", "copyObject", "createMultipartUpload", "uploadPart"})
#: S3 calls that tag the object they write with ``Tagging`` need s3:PutObjectTagging:
#: https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutObject.html (x-amz-tagging)
_S3_TAGGING_WRITES = frozenset({"putObject", "copyObject", "createMultipartUpload"})


def s3_write_extras(env: Env, task: Task, objects: Cfn) -> list[Grant]:
    """kms:GenerateDataKey and kms:Decrypt on ``SSEKMSKeyId``; s3:PutObjectTagging for
    ``Tagging``."""
    grants: list[Grant] = []
    if task.api in _S3_KMS_WRITES:
        arg, key_id = _lookup(env, task, "SSEKMSKeyId")
        actions = ("kms:Decrypt", "kms:GenerateDataKey")
        if arg.dynamic:
            _dynamic(env, arg, "kms:GenerateDataKey", "every key in the account and region")
            grants.append(grant(actions, env.arn("kms", "key/*")))
        elif key_id is not None:
            text = literal(key_id)
            if text is not None and not text.startswith("arn:"):
                key_id = env.arn("kms", text if text.startswith("alias/") else f"key/{text}")
            grants.append(grant(actions, key_id))
    if task.api in _S3_TAGGING_WRITES and task.args.get("Tagging").kind != "absent":
        grants.append(grant("s3:PutObjectTagging", objects))
    return grants


def bedrock_invoke_model(env: Env, task: Task) -> list[Grant]:
    """``bedrock:InvokeModel`` on the model, or on an inference profile and
    its model in every region it routes to, and ``s3:GetObject``/``s3:PutObject`` for the
    Input/Output S3 URIs:
    https://docs.aws.amazon.com/step-functions/latest/dg/service-integration-iam-templates.html
    """
    action = "bedrock:InvokeModel"
    arg, value = _lookup(env, task, "ModelId")
    if arg.dynamic:
        _dynamic(env, arg, action, "every foundation model in the region")
        grants = [grant(action, env.arn("bedrock", "foundation-model/*", account=False))]
    elif value is None:
        _missing(env, arg, action)
        return []
    else:
        grants = [grant(action, *_model_resources(env, arg, value))]
    grants.extend(_s3_uri(env, task, "Input.S3Uri", "s3:GetObject", ""))
    grants.extend(_s3_uri(env, task, "Output.S3Uri", "s3:PutObject", "*"))
    return grants


# --- API Gateway ------------------------------------------------------------------------------

_API_ENDPOINT = re.compile(r"([a-z0-9]+)\.execute-api\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?")


def apigateway_invoke(env: Env, task: Task) -> list[Grant]:
    """``execute-api:Invoke`` when the task signs its calls with the role (``IAM_ROLE``).

    With ``NO_AUTH`` (the default) or ``RESOURCE_POLICY``, the API itself decides who may
    call it, so the role needs nothing.
    """
    action = "execute-api:Invoke"
    auth_arg, auth = _lookup(env, task, "AuthType")
    if auth_arg.dynamic:
        _dynamic(env, auth_arg, action, "the API in case it is IAM_ROLE")
    elif auth != "IAM_ROLE":
        return []
    endpoint_arg, endpoint = _lookup(env, task, "ApiEndpoint")
    text = literal(endpoint) if endpoint is not None else None
    api: Cfn = "*"
    region: Cfn = env.region
    if text is not None and (m := _API_ENDPOINT.fullmatch(text)):
        api, region = m[1], m[2]
    elif endpoint_arg.dynamic:
        _dynamic(env, endpoint_arg, action, "every API in the account and region")
    elif endpoint is not None and text is None:
        api = select(0, ".", endpoint)
    else:
        env.warn(
            endpoint_arg.path,
            "the API id is not in ApiEndpoint (expected <api-id>.execute-api.<region>."
            f"amazonaws.com), so {action} is granted on every API in the account and region",
        )
    parts: list[Cfn] = []
    for name in ("Stage", "Method", "Path"):
        arg, value = _lookup(env, task, name)
        if arg.dynamic:
            _dynamic(env, arg, action, f"every {name.lower()} of the API")
        if value is None:
            parts.append("*")
        else:
            lit = literal(value)
            parts.append(lit.lstrip("/") if lit is not None and name == "Path" else value)
    resource = sub(
        "arn:",
        env.partition,
        ":execute-api:",
        region,
        ":",
        env.account,
        ":",
        api,
        "/",
        parts[0],
        "/",
        parts[1],
        "/",
        parts[2],
    )
    return [grant(action, resource)]


# --- Athena, Redshift Data, SES ----------------------------------------------------------------

_S3_URI = re.compile(r"s3://([^/]+)/?(.*)")


def athena(env: Env, task: Task) -> list[Grant]:
    """A query's workgroup, data catalog, result location, Glue catalog objects and
    ``lakeformation:GetDataAccess``, as the documented policy lists them:
    https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html
    """
    at = "athena:"
    api = task.api
    if api != "startQueryExecution":
        action = f"{at}{_pascal(api)}"
        env.warn(
            f"{task.path}.Resource",
            f"the workgroup of the query is not known, so {action} is granted on every workgroup",
        )
        grants = [grant(action, env.arn("athena", "workgroup/*"))]
        if api == "getQueryResults":
            grants.append(grant("s3:GetObject", sub("arn:", env.partition, ":s3:::*")))
        return grants
    wg_arg, workgroup = _lookup(env, task, "WorkGroup")
    if wg_arg.dynamic:
        _dynamic(env, wg_arg, f"{at}StartQueryExecution", "every workgroup")
        workgroup = "*"
    actions: tuple[str, ...] = (f"{at}StartQueryExecution",)
    if task.sync:
        actions += (f"{at}GetQueryExecution", f"{at}StopQueryExecution")
    catalog_arg, catalog = _lookup(env, task, "QueryExecutionContext.Catalog")
    database_arg, database = _lookup(env, task, "QueryExecutionContext.Database")
    grants = [
        grant(actions, env.arn("athena", "workgroup/", workgroup or "primary")),
        grant(
            f"{at}GetDataCatalog", env.arn("athena", "datacatalog/", catalog or "AwsDataCatalog")
        ),
    ]
    out_arg, out = _lookup(env, task, "ResultConfiguration.OutputLocation")
    out_text = literal(out) if out is not None else None
    results: list[Cfn]
    if out_text is not None and (m := _S3_URI.fullmatch(out_text)):
        bucket = sub("arn:", env.partition, f":s3:::{m[1]}")
        results = [bucket, sub(bucket, f"/{m[2]}*")]
    else:
        env.warn(
            out_arg.path,
            "the query result location is not written in the definition (it may come from the "
            "workgroup), so the result actions are granted on every bucket; set "
            "ResultConfiguration.OutputLocation to s3://bucket/prefix to pin it",
        )
        everything = sub("arn:", env.partition, ":s3:::*")
        results = [everything]
    # The documented policy (https://docs.aws.amazon.com/step-functions/latest/dg/athena-iam.html)
    # also lists s3:ListBucketMultipartUploads; bucket actions go on the bucket, object actions
    # on the result objects.
    grants.append(
        grant(
            ("s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"),
            results[0],
        )
    )
    grants.append(
        grant(
            (
                "s3:GetObject",
                "s3:PutObject",
                "s3:AbortMultipartUpload",
                "s3:ListMultipartUploadParts",
            ),
            results[-1] if len(results) > 1 else sub(results[0], "/*"),
        )
    )
    db = database if database is not None and not database_arg.dynamic else "*"
    # Database calls are authorized on the catalog and the database, table calls also on the
    # tables (https://docs.aws.amazon.com/glue/latest/dg/glue-specifying-resource-arns.html).
    glue_db = (env.arn("glue", "catalog"), env.arn("glue", "database/", db))
    grants.append(grant(("glue:GetDatabase", "glue:GetDatabases"), *glue_db))
    grants.append(
        grant(
            (
                "glue:GetTable",
                "glue:GetTables",
                "glue:GetPartition",
                "glue:GetPartitions",
                "glue:BatchGetPartition",
            ),
            *glue_db,
            env.arn("glue", "table/", db, "/*"),
        )
    )
    env.warn(
        f"{task.path}.Resource",
        "the tables and S3 data a query reads are named in its SQL, so reading them is granted "
        "on every bucket; grant the exact data locations with extra_statements and list the "
        "state in covered_states (an option of App.add and IamContext) to replace this",
    )
    grants.append(
        grant(
            ("s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation"),
            sub("arn:", env.partition, ":s3:::*"),
        )
    )
    # Lake Formation's GetDataAccess has no resource-level permissions.
    grants.append(grant("lakeformation:GetDataAccess", "*"))
    del catalog_arg
    return grants


def redshift_data(env: Env, task: Task) -> list[Grant]:
    """The cluster or workgroup a statement runs on, and the credentials it connects with
    (the secret, ``redshift:GetClusterCredentials`` for DbUser, or
    ``redshift-serverless:GetCredentials``), which the reference does not list:
    https://docs.aws.amazon.com/redshift/latest/mgmt/data-api-access.html
    """
    action = f"redshift-data:{_pascal(task.api)}"
    if _sdk.needs_no_resource("redshift-data", action.split(":")[1]):
        # Statement-level calls are only allowed on statements the same role started.
        return [grant(action, "*")]
    # Statements and metadata calls (listDatabases, describeTable ...) connect to the
    # cluster or workgroup with the same credentials.
    cluster_arg, cluster = _lookup(env, task, "ClusterIdentifier")
    wg_arg, workgroup = _lookup(env, task, "WorkgroupName")
    db_arg, database = _lookup(env, task, "Database")
    grants: list[Grant] = []
    target: Cfn
    if workgroup is not None or wg_arg.dynamic:
        if workgroup is not None and _is_arn(workgroup):
            target = workgroup
        else:
            env.warn(
                wg_arg.path,
                "a workgroup ARN holds the workgroup id, not its name, so "
                f"{action} is granted on every workgroup; pass the workgroup ARN to pin it",
            )
            target = env.arn("redshift-serverless", "workgroup/*")
    else:
        if cluster_arg.dynamic:
            _dynamic(env, cluster_arg, action, "every cluster")
        target = env.arn("redshift", "cluster:", cluster or "*")
    grants.append(grant(action, target))
    secret_arg, secret = _lookup(env, task, "SecretArn")
    user_arg, user = _lookup(env, task, "DbUser")
    db = database or "*"
    if secret is not None:
        if not _is_arn(secret) and literal(secret) is not None:
            secret = env.arn("secretsmanager", f"secret:{secret}-??????")
        grants.append(grant("secretsmanager:GetSecretValue", secret))
    elif workgroup is not None or wg_arg.dynamic:
        grants.append(grant("redshift-serverless:GetCredentials", target))
    elif user is not None:
        c = cluster or "*"
        grants.append(
            grant(
                "redshift:GetClusterCredentials",
                env.arn("redshift", "dbuser:", c, "/", user),
                env.arn("redshift", "dbname:", c, "/", db),
            )
        )
    else:
        grants.append(
            grant(
                "redshift:GetClusterCredentialsWithIAM",
                env.arn("redshift", "dbname:", cluster or "*", "/", db),
            )
        )
    del secret_arg, user_arg, db_arg
    return grants


def ses_send_email(env: Env, task: Task) -> list[Grant]:
    """The sending identity of Source (SES v1) or FromEmailAddress (SES v2): the
    address and its domain, which the reference reads from no parameter:
    https://docs.aws.amazon.com/ses/latest/dg/control-user-access.html
    """
    action = f"ses:{_pascal(task.api)}"
    # SES v1 names the sender Source; SES v2 (aws-sdk:sesv2) FromEmailAddress.
    field = "FromEmailAddress" if ":sesv2:" in task.resource else "Source"
    arg, sender = _lookup(env, task, field)
    text = literal(sender) if sender is not None else None
    if text is not None and "@" in text:
        domain = text.rsplit("@", 1)[1].rstrip(">")
        address = text.rsplit("<", 1)[-1].rstrip(">")
        return [
            grant(
                action, env.arn("ses", f"identity/{address}"), env.arn("ses", f"identity/{domain}")
            )
        ]
    env.warn(
        arg.path,
        f"the sending identity is not written in the definition, so {action} is granted on "
        f"every identity in the account and region; set {field} to pin it",
    )
    return [grant(action, env.arn("ses", "identity/*"))]


# --- Secrets Manager, Systems Manager parameters, SQS and SNS (aws-sdk) ----------------------

_SECRET_SUFFIX = re.compile(r".*:secret:.+-[A-Za-z0-9]{6}")


def secret_arn(env: Env, value: Cfn) -> Cfn:
    """A secret ARN from a name or ARN; a name (or partial ARN) gets the ``-??????`` suffix
    Secrets Manager appends to every secret's ARN."""
    lit = literal(value)
    if lit is not None:
        if lit.startswith("arn:"):
            return lit if _SECRET_SUFFIX.fullmatch(lit) else f"{lit}-??????"
        return env.arn("secretsmanager", f"secret:{lit}-??????")
    if ref_target(value) is not None and env.parameter(value) is None:
        return value  # Ref to an AWS::SecretsManager::Secret is its ARN.
    if _is_arn(value):
        return value
    return env.arn("secretsmanager", "secret:", value, "-??????")


def secretsmanager(env: Env, task: Task) -> list[Grant]:
    """The secret of SecretId (or Name); a name, or an ARN without it, gets the
    ``-??????`` suffix Secrets Manager adds to every secret's ARN:
    https://docs.aws.amazon.com/secretsmanager/latest/userguide/reference_iam-permissions.html
    """
    actions = tuple(f"secretsmanager:{a}" for a in _sdk.iam_actions("secretsmanager", task.api))
    name = "Name" if task.api == "createSecret" else "SecretId"
    arg, value = _lookup(env, task, name)
    if arg.dynamic:
        _dynamic(env, arg, actions[0], "every secret in the account and region")
        return [grant(actions, env.arn("secretsmanager", "secret:*"))]
    return [grant(actions, secret_arn(env, value))] if value is not None else []


_SSM_BY_NAME = (
    "getParameter",
    "putParameter",
    "deleteParameter",
    "getParameterHistory",
    "labelParameterVersion",
    "unlabelParameterVersion",
)


def _parameter_arn(env: Env, value: Cfn) -> Cfn:
    """``parameter/<name>``: a hierarchical name's leading ``/`` is not doubled, and a
    ``:version`` or ``:label`` selector is not part of the ARN."""
    lit = literal(value)
    if lit is not None:
        if lit.startswith("arn:"):
            return lit
        return env.arn("ssm", f"parameter/{lit.split(':', 1)[0].lstrip('/')}")
    if _is_arn(value):
        return value
    return env.arn("ssm", "parameter/", value)


def ssm_parameters(env: Env, task: Task) -> list[Grant]:
    """Parameters of Name, Names or Path: a hierarchical name's leading ``/`` is not
    doubled, a ``:version`` selector is no part of the ARN, a path also grants what is below it:
    https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-access.html
    """
    actions = tuple(f"ssm:{a}" for a in _sdk.iam_actions("ssm", task.api))
    wildcard = env.arn("ssm", "parameter/*")
    if task.api == "getParametersByPath":
        arg, value = _lookup(env, task, "Path")
        if arg.dynamic:
            _dynamic(env, arg, actions[0], "every parameter in the account and region")
            return [grant(actions, wildcard)]
        if value is None:
            return []
        path = literal(value)
        if path is not None and not path.startswith("arn:"):
            if not path.strip("/"):
                return [grant(actions, wildcard)]
            value = path.rstrip("/")
        base = _parameter_arn(env, value)
        return [grant(actions, base, sub(base, "/*"))]
    if task.api in _SSM_BY_NAME:
        arg, value = _lookup(env, task, "Name")
        if arg.dynamic:
            _dynamic(env, arg, actions[0], "every parameter in the account and region")
            return [grant(actions, wildcard)]
        return [grant(actions, _parameter_arn(env, value))] if value is not None else []
    arg = task.args.get("Names")
    if arg.dynamic or (arg.static and not isinstance(arg.raw, list)):
        _dynamic(env, arg, actions[0], "every parameter in the account and region")
        return [grant(actions, wildcard)]
    if not arg.static:
        return []
    names: list[Cfn] = []
    for i, item in enumerate(arg.raw):
        value = env.value(Arg("static", item, f"{arg.path}[{i}]"))
        if value is not None:
            names.append(_parameter_arn(env, value))
    return [grant(actions, *names)] if names else []


def sqs(env: Env, task: Task) -> list[Grant]:
    """The queue of QueueUrl (a URL, which the reference's ``${QueueName}`` format does not
    read), or of QueueName and QueueOwnerAWSAccountId:
    https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-permissions-reference.html
    """
    actions = tuple(f"sqs:{a}" for a in _sdk.iam_actions("sqs", task.api))
    if task.args.get("QueueUrl").kind != "absent":
        return _queue(env, task, actions)
    arg, name = _lookup(env, task, "QueueName")
    if arg.dynamic:
        _dynamic(env, arg, actions[0], "every queue in the account and region")
        return [grant(actions, env.arn("sqs", "*"))]
    if name is None:
        return []
    owner_arg, owner = _lookup(env, task, "QueueOwnerAWSAccountId")
    if owner_arg.dynamic:
        _dynamic(env, owner_arg, actions[0], "that queue name in every account")
        owner = "*"
    return [
        grant(
            actions,
            sub("arn:", env.partition, ":sqs:", env.region, ":", owner or env.account, ":", name),
        )
    ]


# --- Roles passed by aws-sdk calls ------------------------------------------------------------

#: The service principal that receives a role passed to an aws-sdk call, by IAM prefix, for
#: the ``iam:PassedToService`` condition. A service not listed gets no condition.
PASSED_TO: dict[str, str] = {
    "batch": "batch.amazonaws.com",
    "bedrock": "bedrock.amazonaws.com",
    "cloudformation": "cloudformation.amazonaws.com",
    "codebuild": "codebuild.amazonaws.com",
    "databrew": "databrew.amazonaws.com",
    "ecs": "ecs-tasks.amazonaws.com",
    "eks": "eks.amazonaws.com",
    "elasticmapreduce": "elasticmapreduce.amazonaws.com",
    "emr-serverless": "emr-serverless.amazonaws.com",
    "events": "events.amazonaws.com",
    "firehose": "firehose.amazonaws.com",
    "glue": "glue.amazonaws.com",
    "lambda": "lambda.amazonaws.com",
    "mediaconvert": "mediaconvert.amazonaws.com",
    "pipes": "pipes.amazonaws.com",
    "sagemaker": "sagemaker.amazonaws.com",
    "scheduler": "scheduler.amazonaws.com",
    "states": "states.amazonaws.com",
}
#: Parameters whose role goes to another principal than the one of the call's service.
PASSED_TO_PARAM: dict[tuple[str, str], str] = {
    ("batch", "ExecutionRoleArn"): "ecs-tasks.amazonaws.com",
    ("batch", "JobRoleArn"): "ecs-tasks.amazonaws.com",
    ("ecs", "Role"): "ecs.amazonaws.com",
    ("eks", "PodExecutionRoleArn"): "eks-fargate-pods.amazonaws.com",
}
_ROLE_PARAMS = frozenset({"Role", "ServiceRole", "ExecutionRole", "JobFlowRole", "AutoScalingRole"})
# Calls that read, list or delete name a role to filter by or to forget, not to pass on.
_NOT_PASSING = ("get", "list", "describe", "delete", "batchGet", "search")
#: aws-sdk calls whose rule grants iam:PassRole itself.
_OWN_PASS_ROLE = frozenset(
    {("scheduler", "createSchedule"), ("scheduler", "updateSchedule"), ("ecs", "runTask")}
)


def is_role_param(name: str) -> bool:
    """Whether an SDK parameter named *name* passes an IAM role to the service.

    Example:
        >>> [is_role_param(n) for n in ("Role", "ExecutionRoleArn", "RoleARN", "RoleName")]
        [True, True, True, False]
    """
    return name in _ROLE_PARAMS or name.lower().endswith("rolearn")


def _role_args(node: Any, path: str, jsonata: bool) -> list[Arg]:
    out: list[Arg] = []
    if isinstance(node, list):
        for i, item in enumerate(node):
            out.extend(_role_args(item, f"{path}[{i}]", jsonata))
        return out
    if not isinstance(node, dict):
        return out
    for key, value in node.items():
        name = str(key)
        where = f"{path}.{name}"
        if not jsonata and name.endswith(".$"):
            if is_role_param(name.removesuffix(".$")):
                out.append(Arg("dynamic", value, where))
        elif is_role_param(name) and isinstance(value, str):
            out.append(Arg("dynamic" if is_jsonata(value) else "static", value, where))
        else:
            out.extend(_role_args(value, where, jsonata))
    return out


def sdk_pass_roles(env: Env, task: Task) -> list[Grant]:
    """``iam:PassRole`` on every role an aws-sdk call passes (``*RoleArn``, ``Role`` ...).

    Limited by ``iam:PassedToService`` to the service of the call where :data:`PASSED_TO`
    (or :data:`PASSED_TO_PARAM`, for a parameter whose role goes elsewhere) knows it.
    """
    if task.service == "sts" or task.api.startswith(_NOT_PASSING):
        return []
    if (task.service, task.api) in _OWN_PASS_ROLE:
        return []
    grants: list[Grant] = []
    for arg in _role_args(task.args.data, task.args.path, task.args.jsonata):
        param = _field(arg.path).split("[")[0]
        service = PASSED_TO_PARAM.get((task.service, param), PASSED_TO.get(task.service))
        condition = (("StringEquals", "iam:PassedToService", service),) if service else ()
        only = f", only when passed to {service}" if service else ""
        if arg.dynamic:
            _dynamic(env, arg, "iam:PassRole", f"every role in the account{only}")
            grants.append(
                grant("iam:PassRole", env.arn("iam", "role/*", region=False), condition=condition)
            )
            continue
        value = env.value(arg)
        if value is not None and param == "JobFlowRole":
            # The instance profile's role goes to the cluster's EC2 instances; the documented
            # policy (emr-iam.html) passes it with no iam:PassedToService condition.
            grants.append(grant("iam:PassRole", *profile_roles(env, arg, value)))
        elif value is not None:
            grants.append(grant("iam:PassRole", _passed_role(env, value), condition=condition))
    return grants


def _passed_role(env: Env, value: Cfn) -> Cfn:
    ref = ref_target(value)
    if ref is not None and env.resource_types.get(ref) == "AWS::IAM::Role":
        # Ref to a role is its name; the policy needs its ARN.
        return {"Fn::GetAtt": [ref, "Arn"]}
    return _role_arn(env, value)


# --- Dispatch -------------------------------------------------------------------------------

#: The Athena query calls, which the optimized and the AWS SDK integrations share.
_ATHENA_QUERY_CALLS = (
    "startQueryExecution",
    "stopQueryExecution",
    "getQueryExecution",
    "getQueryResults",
)

#: Optimized integrations: ``(service, api)`` of ``arn:aws:states:::<service>:<api>``.
OPTIMIZED: dict[tuple[str, str], Rule] = {
    ("lambda", "invoke"): lambda_invoke,
    ("sns", "publish"): _topic,
    ("sqs", "sendMessage"): send_message,
    **{("dynamodb", api): dynamodb for api in ("getItem", "putItem", "updateItem", "deleteItem")},
    ("ecs", "runTask"): ecs_run_task,
    ("batch", "submitJob"): batch_submit_job,
    ("glue", "startJobRun"): glue_start_job_run,
    **{key: spec.derive for key, spec in SPECS.items()},
    ("bedrock", "createModelCustomizationJob"): lambda env, task: [
        *bedrock_customization_job(env, task),
        *SPECS[("bedrock", "createModelCustomizationJob")].derive(env, task),
    ],
    ("apigateway", "invoke"): apigateway_invoke,
    **{
        ("elasticmapreduce", api): _emr(api)
        for api in (
            "createCluster",
            "terminateCluster",
            "addStep",
            "cancelStep",
            "setClusterTerminationProtection",
            "modifyInstanceFleetByName",
            "modifyInstanceGroupByName",
        )
    },
    ("states", "startExecution"): start_execution,
    ("events", "putEvents"): put_events,
    **{("s3", api): s3 for api in ("getObject", "putObject", "listObjectsV2")},
    ("bedrock", "invokeModel"): bedrock_invoke_model,
    **{("athena", api): athena for api in _ATHENA_QUERY_CALLS},
}

#: AWS SDK integrations whose resource can be read from the arguments, by IAM prefix.
SDK_RESOURCES: dict[str, Rule] = {
    "dynamodb": dynamodb,
    "lambda": lambda_functions,
    "s3": s3,
    "redshift-data": redshift_data,
    "secretsmanager": secretsmanager,
    "sqs": sqs,
}

#: AWS SDK integrations with a specific rule, by ``(IAM prefix, SDK action)``.
SDK_RULES: dict[tuple[str, str], Rule] = {
    **dict.fromkeys(_sdk_targets.TARGETS, _sdk_targets.derive),
    **{("athena", api): athena for api in _ATHENA_QUERY_CALLS},
    ("lambda", "invoke"): lambda_invoke,
    ("sns", "publish"): _topic,
    ("sqs", "sendMessage"): send_message,
    ("states", "startExecution"): start_execution,
    ("states", "startSyncExecution"): start_execution,
    ("events", "putEvents"): put_events,
    ("events", "putTargets"): put_targets,
    ("ecs", "runTask"): ecs_run_task,
    ("bedrock", "invokeModel"): bedrock_invoke_model,
    ("ses", "sendEmail"): ses_send_email,
    ("bedrock", "createModelCustomizationJob"): bedrock_customization_job,
    **{
        ("ssm", api): ssm_parameters
        for api in (*_SSM_BY_NAME, "getParameters", "deleteParameters", "getParametersByPath")
    },
    **{
        ("scheduler", api): scheduler
        for api in ("createSchedule", "updateSchedule", "deleteSchedule", "getSchedule")
    },
}


_EVENTS = "the `.sync` EventBridge rule"

#: How the hand-written rules read in the documentation: ``(actions, resources)``.
WRITTEN: dict[tuple[str, str], tuple[str, str]] = {
    ("lambda", "invoke"): (
        "`lambda:InvokeFunction`",
        "the function named by FunctionName, and every version and alias of it",
    ),
    ("sns", "publish"): ("`sns:Publish`", "TopicArn or TargetArn"),
    ("sqs", "sendMessage"): ("`sqs:SendMessage`", "the queue of QueueUrl"),
    **{
        ("dynamodb", api): (f"`dynamodb:{_pascal(api)}`", "the table of TableName")
        for api in ("getItem", "putItem", "updateItem", "deleteItem")
    },
    ("ecs", "runTask"): (
        f"`ecs:RunTask`; `.sync` adds `ecs:StopTask`, `ecs:DescribeTasks`, {_EVENTS}; "
        "`iam:PassRole` on the task definition's roles",
        "the task definition (its family with a revision wildcard)",
    ),
    ("batch", "submitJob"): (
        f"`batch:SubmitJob`; `.sync` adds `batch:DescribeJobs`, `batch:TerminateJob`, {_EVENTS}",
        "the job definition and job queue",
    ),
    ("glue", "startJobRun"): (
        "`glue:StartJobRun`; `.sync` adds `glue:GetJobRun`, `glue:GetJobRuns`, "
        "`glue:BatchStopJobRun`",
        "the job of JobName",
    ),
    ("elasticmapreduce", "createCluster"): (
        "`elasticmapreduce:RunJobFlow`; `.sync` adds `elasticmapreduce:DescribeCluster`, "
        f"`elasticmapreduce:TerminateJobFlows`, {_EVENTS}; `iam:PassRole` on its roles",
        '`"*"`',
    ),
    ("elasticmapreduce", "terminateCluster"): (
        "`elasticmapreduce:TerminateJobFlows`, `elasticmapreduce:DescribeCluster`",
        "the cluster of ClusterId",
    ),
    ("elasticmapreduce", "addStep"): (
        "`elasticmapreduce:AddJobFlowSteps`; `.sync` adds `elasticmapreduce:DescribeStep`, "
        f"`elasticmapreduce:CancelSteps`, {_EVENTS}",
        "the cluster of ClusterId",
    ),
    ("elasticmapreduce", "cancelStep"): (
        "`elasticmapreduce:CancelSteps`",
        "the cluster of ClusterId",
    ),
    ("elasticmapreduce", "setClusterTerminationProtection"): (
        "`elasticmapreduce:SetTerminationProtection`",
        "the cluster of ClusterId",
    ),
    ("elasticmapreduce", "modifyInstanceFleetByName"): (
        "`elasticmapreduce:ModifyInstanceFleet`, `elasticmapreduce:ListInstanceFleets`",
        "the cluster of ClusterId",
    ),
    ("elasticmapreduce", "modifyInstanceGroupByName"): (
        "`elasticmapreduce:ModifyInstanceGroups`, `elasticmapreduce:ListInstanceGroups`",
        "the cluster of ClusterId",
    ),
    ("states", "startExecution"): (
        "`states:StartExecution`; `.sync` adds `states:DescribeExecution`, "
        f"`states:StopExecution`, {_EVENTS}",
        "StateMachineArn (a machine, version or alias ARN) and its executions",
    ),
    ("events", "putEvents"): ("`events:PutEvents`", "each event bus of Entries"),
    **{
        ("s3", api): (f"`s3:{_pascal(api)}`", "the bucket and key (or prefix)")
        for api in ("getObject", "putObject")
    },
    ("s3", "listObjectsV2"): ("`s3:ListBucket`", "the bucket, limited to Prefix"),
    ("bedrock", "createModelCustomizationJob"): (
        "`bedrock:CreateModelCustomizationJob`; `.sync`: `bedrock:GetModelCustomizationJob`, "
        "`bedrock:StopModelCustomizationJob`",
        "the base model (`bedrock:…::foundation-model/<BaseModelIdentifier>` or its ARN), "
        "`bedrock:…:custom-model/*`; `.sync`: `bedrock:…:model-customization-job/<JobName>`",
    ),
    ("bedrock", "invokeModel"): (
        "`bedrock:InvokeModel`; `s3:GetObject`/`s3:PutObject` for Input/Output S3Uri",
        "the model, inference profile (and its models in every region) or model ARN",
    ),
    ("athena", "startQueryExecution"): (
        "`athena:StartQueryExecution`, `athena:GetDataCatalog`; `.sync` adds "
        "`athena:GetQueryExecution`, `athena:StopQueryExecution`; S3, Glue catalog and "
        "`lakeformation:GetDataAccess` for the data",
        "the workgroup, data catalog, result location and Glue database",
    ),
    **{
        ("athena", api): (f"`athena:{_pascal(api)}`", "every workgroup")
        for api in ("stopQueryExecution", "getQueryExecution", "getQueryResults")
    },
    ("apigateway", "invoke"): (
        "`execute-api:Invoke` (with `AuthType: IAM_ROLE` only)",
        "`execute-api:…:<api-id>/<Stage>/<Method>/<Path>`",
    ),
    ("http", "invoke"): (
        "`states:InvokeHTTPEndpoint`, `events:RetrieveConnectionCredentials`, "
        "`secretsmanager:GetSecretValue`, `secretsmanager:DescribeSecret`",
        "the machine (limited to Method and ApiEndpoint), the connection and its secret",
    ),
}


def integration_table() -> str:
    """The Markdown table of every optimized integration and what its role gets.

    Example:
        >>> integration_table().splitlines()[0]
        '| Resource | Actions | On |'
    """
    rows = ["| Resource | Actions | On |", "|---|---|---|"]
    keys = sorted({*OPTIMIZED, ("http", "invoke")})
    for service, api in keys:
        if (service, api) in WRITTEN:
            actions, where = WRITTEN[(service, api)]
        elif (service, api) in SPECS:
            actions, where = describe(service, api)
        else:
            actions, where = WRITTEN[(service, api)]
        rows.append(f"| `{service}:{api}` | {actions} | {where} |")
    return "\n".join(rows) + "\n"


#: What an ``aws-sdk`` call needs besides its own actions, by ``(IAM prefix, SDK action)``:
#: granted with whatever derived the call's own resources (a rule above or the reference).
SDK_EXTRAS: dict[tuple[str, str], Rule] = {
    ("polly", "startSpeechSynthesisTask"): polly_synthesis_task,
}


def overrides_table() -> str:
    """The Markdown table of every place sfdsl departs from, or adds to, the reference data.

    Example:
        >>> overrides_table().splitlines()[0]
        '| Kind | Entry | sfdsl uses |'
    """
    rows = ["| Kind | Entry | sfdsl uses |", "|---|---|---|"]
    for (prefix, api), names in sorted(_sdk.ACTION_EXCEPTIONS.items()):
        actions = ", ".join(f"`{prefix}:{n}`" for n in names)
        rows.append(f"| API operation to IAM actions | `{prefix}` `{api}` | {actions} |")
    for action, extra in sorted(_data.EXTRA_RESOURCES.items()):
        formats = ", ".join(f"`{fmt}`" for _, fmt in extra)
        rows.append(f"| Resource type missing from the reference | `{action}` | {formats} |")
    for (prefix, placeholder), params in sorted(_generic.PARAMS.items()):
        listed = ", ".join(f"`{p}`" for p in params)
        rows.append(
            f"| Parameters naming an ARN placeholder | `{prefix}` `${{{placeholder}}}` | {listed} |"
        )
    for prefix, params in sorted(_generic.ACCOUNTS.items()):
        listed = ", ".join(f"`{p}`" for p in params)
        rows.append(f"| Parameters naming the account | `{prefix}` `${{Account}}` | {listed} |")
    for prefix, placeholder in sorted(_generic.IMPLIED):
        rows.append(
            f"| Placeholder implied by the account | `{prefix}` `${{{placeholder}}}` | `*` |"
        )
    ids = ", ".join(f"`{k}-` {v}" for k, v in sorted(_generic.EC2_ID_TYPES.items()))
    rows.append(f"| EC2 resource IDs (`Resources` of `ec2` calls) | ID prefix | {ids} |")
    for prefix, rule in sorted(SDK_RESOURCES.items()):
        rows.append(f"| Resources by a rule of its own | `{prefix}` (every call) | {_doc(rule)} |")
    by_rule: dict[Rule, list[tuple[str, str]]] = {}
    for key, rule in SDK_RULES.items():
        if key not in _sdk_targets.TARGETS:
            by_rule.setdefault(rule, []).append(key)
    for rule, keys in sorted(by_rule.items(), key=lambda item: min(item[1])):
        calls = "; ".join(
            f"`{prefix}` " + ", ".join(f"`{api}`" for p, api in sorted(keys) if p == prefix)
            for prefix in sorted({p for p, _ in keys})
        )
        rows.append(f"| Resources by a rule of its own | {calls} | {_doc(rule)} |")
    for (prefix, api), rule in sorted(SDK_EXTRAS.items()):
        rows.append(f"| Further permissions a call needs | `{prefix}` `{api}` | {_doc(rule)} |")
    return "\n".join(rows) + "\n"


def _doc(rule: Rule) -> str:
    """A rule's first docstring paragraph as one Markdown table cell."""
    doc = (rule.__doc__ or "").split("\n\n")[0].replace("``", "`")
    return " ".join(doc.split()).replace("|", "\\|")
