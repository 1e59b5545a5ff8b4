"""Jobs run by Step Functions: Amazon ECS tasks, AWS Batch and AWS Glue jobs, Amazon EMR clusters."""

from __future__ import annotations

import re

from sfdsl._iam._cfn import (
    Cfn,
    getatt,
    literal,
    ref_target,
)
from sfdsl._iam._cfn import (
    key as cfn_key,
)
from sfdsl._iam._model import Arg, Env, Grant, Task, grant
from sfdsl._iam._rules._common import Rule, _dynamic, _field, _lookup, _missing, _named
from sfdsl._iam._specs import _role_arn


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


def ecs_run_task(env: Env, task: Task) -> list[Grant]:
    """``ecs:RunTask`` on the task definition (every revision of a family), the
    ``.sync`` actions and rule, ``ecs:TagResource`` for tags and ``iam:PassRole`` on the task
    definition's roles: https://docs.aws.amazon.com/step-functions/latest/dg/ecs-iam.html
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
