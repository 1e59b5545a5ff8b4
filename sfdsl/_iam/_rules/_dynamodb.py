"""Amazon DynamoDB: tables and indexes, batch and transaction payloads, PartiQL statements."""

from __future__ import annotations

import re

from sfdsl._iam._cfn import (
    Cfn,
    literal,
    ref_target,
    sub,
)
from sfdsl._iam._model import Arg, Env, Grant, Task, grant, has_dynamic, is_jsonata
from sfdsl._iam._rules._common import _dynamic, _is_arn, _lookup, _missing, _pascal


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
