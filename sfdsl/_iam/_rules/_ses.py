"""Amazon SES: the sending identity (address and domain) of an email."""

from __future__ import annotations

from sfdsl._iam._cfn import (
    literal,
)
from sfdsl._iam._model import Env, Grant, Task, grant
from sfdsl._iam._rules._common import _lookup, _pascal


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
