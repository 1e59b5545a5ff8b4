"""Amazon SNS and Amazon SQS: the topic of TopicArn, the queue of QueueUrl."""

from __future__ import annotations

import re

from sfdsl._iam import _sdk
from sfdsl._iam._cfn import (
    Cfn,
    getatt,
    literal,
    ref_target,
    select,
    sub,
)
from sfdsl._iam._model import Env, Grant, Task, grant
from sfdsl._iam._rules._common import _dynamic, _lookup, _missing


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
