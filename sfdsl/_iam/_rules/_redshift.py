"""Amazon Redshift Data API: the cluster or workgroup, and the credentials a statement uses."""

from __future__ import annotations

from sfdsl._iam import _sdk
from sfdsl._iam._cfn import (
    Cfn,
    literal,
)
from sfdsl._iam._model import Env, Grant, Task, grant
from sfdsl._iam._rules._common import _dynamic, _is_arn, _lookup, _pascal


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
