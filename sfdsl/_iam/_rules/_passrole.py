"""iam:PassRole on the roles an aws-sdk call hands to a service."""

from __future__ import annotations

from typing import Any

from sfdsl._iam._cfn import (
    Cfn,
    ref_target,
)
from sfdsl._iam._model import Arg, Env, Grant, Task, grant, is_jsonata
from sfdsl._iam._rules._common import _dynamic, _field
from sfdsl._iam._rules._jobs import profile_roles
from sfdsl._iam._specs import _role_arn

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
