"""Optimized integrations described as data: actions per pattern, resource ARNs, roles passed.

Each :class:`Spec` is one ``arn:aws:states:::<service>:<api>`` integration, written from the
AWS Step Functions developer guide's "IAM policies for ..." page of its service. A spec is
both the rule (:meth:`Spec.derive`) and the row of the table in the documentation
(:meth:`Spec.describe`), so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from sfdsl._iam._cfn import Cfn, getatt, literal
from sfdsl._iam._model import Arg, Env, Grant, Task, grant

_PIN = "write it in the definition (a literal or a ${Placeholder}) to pin it"


@attrs.frozen
class P:
    """A part of a resource ARN taken from the task's parameter *name* (dotted path).

    *pick* turns a literal value into the part (``"name:uuid" -> "name"``); *lower*
    lower-cases it (SageMaker writes resource names in lower case in its ARNs).
    """

    name: str
    pick: Callable[[str], str] | None = None
    lower: bool = False
    required: bool = True


@attrs.frozen
class Res:
    """``arn:<partition>:<service>:<region>:<account>:<parts...>``; a :class:`P` part is a parameter."""

    service: str
    parts: tuple[str | P, ...]

    def text(self) -> str:
        """The ARN pattern as the documentation shows it."""
        body = "".join(p if isinstance(p, str) else f"<{p.name}>" for p in self.parts)
        return f"{self.service}:…:{body}"


def res(service: str, *parts: str | P) -> Res:
    """Shorthand for :class:`Res`."""
    return Res(service, parts)


@attrs.frozen
class Open:
    """Actions that AWS documents on a fixed resource (``"*"`` or a fixed ARN pattern)."""

    actions: tuple[str, ...]
    resource: Res | None = None
    condition: tuple[tuple[Any, str, Any], ...] = ()
    sync_only: bool = False


@attrs.frozen
class Spec:
    """One optimized integration: what its role needs, as the AWS guide lists it.

    Attributes:
        actions: granted for every pattern, on *resources*.
        sync: also granted for ``.sync`` (on *sync_resources*, else *resources*).
        resources: where *actions* apply; none means ``"*"`` (no resource-level permission).
        events_rule: the managed EventBridge rule a ``.sync`` task uses to learn it ended.
        opens: further fixed grants (``sagemaker:ListTags`` on ``"*"``, ...).
        pass_roles: parameters holding roles passed to *passed_to*.
        role_condition: a condition key the main actions are limited by: the role parameter's
            value (``emr-containers:ExecutionRoleArn``).
    """

    actions: tuple[str, ...]
    sync: tuple[str, ...] = ()
    resources: tuple[Res, ...] = ()
    sync_resources: tuple[Res, ...] | None = None
    events_rule: str | None = None
    opens: tuple[Open, ...] = ()
    pass_roles: tuple[str, ...] = ()
    passed_to: str = ""
    role_condition: tuple[str, str] | None = None

    def derive(self, env: Env, task: Task) -> list[Grant]:
        """The grants of *task*, warning where a target is chosen at run time."""
        resources = _build(env, task, self.resources, self.actions[0])
        if resources is None:
            return []
        condition: tuple[tuple[Any, str, Any], ...] = ()
        if self.role_condition is not None:
            condition = _role_condition(env, task, *self.role_condition)
        grants = [grant(self.actions, *resources, condition=condition)]
        if task.sync and self.sync:
            if self.sync_resources is None:
                where: list[Cfn] | None = resources
            else:
                where = _build(env, task, self.sync_resources, self.sync[0])
            if where:
                grants.append(grant(self.sync, *where))
        for extra in self.opens:
            if extra.sync_only and not task.sync:
                continue
            target = ["*"] if extra.resource is None else _build(env, task, (extra.resource,), "")
            grants.append(grant(extra.actions, *(target or ["*"]), condition=extra.condition))
        if task.sync and self.events_rule:
            grants.append(env.events_rule(self.events_rule))
        grants.extend(_pass_roles(env, task, self.pass_roles, self.passed_to))
        return grants

    def describe(self) -> tuple[str, str]:
        """``(actions, resources)`` as Markdown cells for the documentation's table."""
        actions = ", ".join(f"`{a}`" for a in self.actions)
        if self.sync:
            actions += "; `.sync` adds " + ", ".join(f"`{a}`" for a in self.sync)
        extras = [
            ("`.sync` adds " if o.sync_only else "") + ", ".join(f"`{a}`" for a in o.actions)
            for o in self.opens
        ]
        if self.events_rule:
            extras.append("the `.sync` EventBridge rule")
        if self.pass_roles:
            roles = ", ".join(self.pass_roles)
            extras.append(f"`iam:PassRole` on {roles}")
        if extras:
            actions += "; " + "; ".join(extras)
        where = ", ".join(f"`{r.text()}`" for r in self.resources) or '`"*"`'
        return actions, where


def _value(env: Env, task: Task, part: P, action: str) -> tuple[Cfn | None, Arg]:
    arg = task.args.get(part.name)
    if arg.dynamic:
        return None, arg
    if not arg.static:
        return None, arg
    if isinstance(arg.raw, list):
        return None, Arg("dynamic", arg.raw, arg.path)
    value = env.value(arg)
    if value is None:
        return None, Arg("absent", None, arg.path)
    lit = literal(value)
    if lit is not None:
        if part.pick is not None:
            lit = part.pick(lit)
        return (lit.lower() if part.lower else lit), arg
    return value, arg


def _is_arn(value: Cfn) -> bool:
    lit = literal(value)
    if lit is not None:
        return lit.startswith("arn:")
    ga = getatt(value)
    return ga is not None and ga[1].endswith("Arn")


def _build(env: Env, task: Task, specs: tuple[Res, ...], action: str) -> list[Cfn] | None:
    """The ARNs of *specs* for *task*; ``None`` when a required parameter is missing."""
    if not specs:
        return ["*"]
    out: list[Cfn] = []
    for spec in specs:
        parts: list[Cfn] = []
        whole: Cfn | None = None
        params = [p for p in spec.parts if isinstance(p, P)]
        for part in spec.parts:
            if isinstance(part, str):
                parts.append(part)
                continue
            value, arg = _value(env, task, part, action)
            if value is not None:
                if len(params) == 1 and part.pick is None and _is_arn(value):
                    whole = value
                parts.append(value)
                continue
            if arg.dynamic:
                env.warn(
                    arg.path,
                    f"{arg.path.removesuffix('.$').rsplit('.', 1)[-1]} is chosen at run time, "
                    f"so {action or 'the action'} is granted on every {spec.service} resource "
                    f"of that kind in the account and region; {_PIN}",
                )
            elif part.required and action:
                env.fail(
                    arg.path,
                    f"{action} needs {part.name} to know which resource it uses; set it in "
                    "Parameters/Arguments",
                )
                return None
            parts.append("*")
        if whole is None:
            # A run-time name followed by a "*" suffix is one wildcard, not two.
            parts = [p for i, p in enumerate(parts) if not (p == "*" and parts[i - 1 : i] == ["*"])]
            whole = env.arn(spec.service, *parts, region=spec.service != "iam")
        out.append(whole)
    return out


def _role_arn(env: Env, value: Cfn) -> Cfn:
    lit = literal(value)
    if lit is not None and not lit.startswith("arn:"):
        return env.arn("iam", f"role/{lit}", region=False)
    return value


def _pass_roles(env: Env, task: Task, params: tuple[str, ...], service: str) -> list[Grant]:
    condition = (("StringEquals", "iam:PassedToService", service),)
    roles: list[Cfn] = []
    for name in params:
        arg = task.args.get(name)
        if arg.dynamic:
            env.warn(
                arg.path,
                f"{name.rsplit('.', 1)[-1]} is chosen at run time, so iam:PassRole is granted "
                f"on every role of the account, only when passed to {service}; {_PIN}",
            )
            roles.append(env.arn("iam", "role/*", region=False))
        elif arg.static:
            value = env.value(arg)
            if value is not None:
                roles.append(_role_arn(env, value))
    return [grant("iam:PassRole", *roles, condition=condition)] if roles else []


def _role_condition(
    env: Env, task: Task, param: str, condition_key: str
) -> tuple[tuple[Any, str, Any], ...]:
    arg = task.args.get(param)
    if arg.static:
        value = env.value(arg)
        if value is not None:
            return (("StringEquals", condition_key, _role_arn(env, value)),)
    if arg.dynamic:
        env.warn(
            arg.path,
            f"{param} is chosen at run time, so the job may run with any role "
            f"({condition_key} is not limited); {_PIN}",
        )
    return ()


def _before(sep: str) -> Callable[[str], str]:
    return lambda text: text.split(sep, 1)[0]


def _project_of_build(text: str) -> str:
    """``project:uuid`` or a build ARN ``arn:...:build/project:uuid`` -> ``project``."""
    return text.rsplit("/", 1)[-1].split(":", 1)[0]


def _report_group(text: str) -> str:
    """``arn:...:report/group:id`` -> ``group``."""
    return text.rsplit("report/", 1)[-1].split(":", 1)[0]


# --- The table ------------------------------------------------------------------------------

_CB_PROJECT = res("codebuild", "project/", P("ProjectName"))
_CB_BUILD = res("codebuild", "project/", P("Id", pick=_project_of_build))
_CB_BATCH = "StepFunctionsGetEventForCodeBuildStartBuildBatchRule"


def _sm(kind: str, param: str, *, star: bool = True) -> Res:
    return res("sagemaker", f"{kind}/", P(param, lower=True), *(("*",) if star else ()))


_LIST_TAGS = Open(("sagemaker:ListTags",))
_SM = "sagemaker.amazonaws.com"


def _sm_job(name: str, kind: str, param: str, role: str, rule: str | None) -> Spec:
    return Spec(
        actions=(f"sagemaker:Create{name}",),
        sync=(f"sagemaker:Describe{name}", f"sagemaker:Stop{name}"),
        resources=(_sm(kind, param),),
        events_rule=rule,
        opens=(_LIST_TAGS,),
        pass_roles=(role,),
        passed_to=_SM,
    )


_EKS = "eks.amazonaws.com"
_EKS_NODEGROUP = res("eks", "nodegroup/", P("ClusterName"), "/", P("NodegroupName"), "/*")
_EKS_FARGATE = res("eks", "fargateprofile/", P("ClusterName"), "/", P("FargateProfileName"), "/*")
_EKS_CLUSTER = res("eks", "cluster/", P("Name"))
_EKS_RUN = res("eks", "cluster/", P("ClusterName"))

_VC = res("emr-containers", "/virtualclusters/", P("VirtualClusterId"))
_VC_BY_ID = res("emr-containers", "/virtualclusters/", P("Id"))
_VC_JOBS = res("emr-containers", "/virtualclusters/", P("VirtualClusterId"), "/jobruns/*")

_APP = res("emr-serverless", "/applications/", P("ApplicationId"))
_APP_JOBS = res("emr-serverless", "/applications/", P("ApplicationId"), "/jobruns/*")
_APP_JOB = res("emr-serverless", "/applications/", P("ApplicationId"), "/jobruns/", P("JobRunId"))
_APP_RULE = "StepFunctionsGetEventsForEMRServerlessApplicationRule"
_JOB_RULE = "StepFunctionsGetEventsForEMRServerlessJobRule"
_ES = "emr-serverless:"


def _service_linked(service: str, role: str) -> Open:
    return Open(
        ("iam:CreateServiceLinkedRole",),
        res("iam", f"role/aws-service-role/{service}/{role}"),
        condition=(("StringLike", "iam:AWSServiceName", service),),
    )


SPECS: dict[tuple[str, str], Spec] = {
    # --- CodeBuild: https://docs.aws.amazon.com/step-functions/latest/dg/codebuild-iam.html
    ("codebuild", "startBuild"): Spec(
        actions=("codebuild:StartBuild",),
        sync=("codebuild:StopBuild", "codebuild:BatchGetBuilds"),
        resources=(_CB_PROJECT,),
        events_rule="StepFunctionsGetEventForCodeBuildStartBuildRule",
    ),
    ("codebuild", "stopBuild"): Spec(actions=("codebuild:StopBuild",), resources=(_CB_BUILD,)),
    ("codebuild", "batchDeleteBuilds"): Spec(
        actions=("codebuild:BatchDeleteBuilds",),
        resources=(res("codebuild", "project/", P("Ids", pick=_project_of_build)),),
    ),
    ("codebuild", "batchGetReports"): Spec(
        actions=("codebuild:BatchGetReports",),
        resources=(res("codebuild", "report-group/", P("ReportArns", pick=_report_group)),),
    ),
    ("codebuild", "startBuildBatch"): Spec(
        actions=("codebuild:StartBuildBatch",),
        sync=("codebuild:StopBuildBatch", "codebuild:BatchGetBuildBatches"),
        resources=(_CB_PROJECT,),
        events_rule=_CB_BATCH,
    ),
    ("codebuild", "stopBuildBatch"): Spec(
        actions=("codebuild:StopBuildBatch",), resources=(_CB_BUILD,)
    ),
    ("codebuild", "retryBuildBatch"): Spec(
        actions=("codebuild:RetryBuildBatch",),
        sync=("codebuild:StopBuildBatch", "codebuild:BatchGetBuildBatches"),
        resources=(_CB_BUILD,),
        events_rule=_CB_BATCH,
    ),
    ("codebuild", "deleteBuildBatch"): Spec(
        actions=("codebuild:DeleteBuildBatch",), resources=(_CB_BUILD,)
    ),
    # --- SageMaker: https://docs.aws.amazon.com/step-functions/latest/dg/sagemaker-iam.html
    ("sagemaker", "createTrainingJob"): _sm_job(
        "TrainingJob",
        "training-job",
        "TrainingJobName",
        "RoleArn",
        "StepFunctionsGetEventsForSageMakerTrainingJobsRule",
    ),
    ("sagemaker", "createTransformJob"): _sm_job(
        "TransformJob",
        "transform-job",
        "TransformJobName",
        "RoleArn",
        "StepFunctionsGetEventsForSageMakerTransformJobsRule",
    ),
    ("sagemaker", "createHyperParameterTuningJob"): _sm_job(
        "HyperParameterTuningJob",
        "hyper-parameter-tuning-job",
        "HyperParameterTuningJobName",
        "TrainingJobDefinition.RoleArn",
        "StepFunctionsGetEventsForSageMakerTuningJobsRule",
    ),
    ("sagemaker", "createProcessingJob"): _sm_job(
        "ProcessingJob",
        "processing-job",
        "ProcessingJobName",
        "RoleArn",
        "StepFunctionsGetEventsForSageMakerProcessingJobsRule",
    ),
    ("sagemaker", "createLabelingJob"): _sm_job(
        "LabelingJob", "labeling-job", "LabelingJobName", "RoleArn", None
    ),
    ("sagemaker", "createModel"): Spec(
        actions=("sagemaker:CreateModel",),
        resources=(_sm("model", "ModelName"),),
        opens=(_LIST_TAGS,),
        pass_roles=("ExecutionRoleArn",),
        passed_to=_SM,
    ),
    ("sagemaker", "createEndpointConfig"): Spec(
        actions=("sagemaker:CreateEndpointConfig",),
        resources=(_sm("endpoint-config", "EndpointConfigName", star=False),),
        opens=(_LIST_TAGS,),
    ),
    **{
        ("sagemaker", api): Spec(
            actions=(f"sagemaker:{api[:1].upper()}{api[1:]}",),
            resources=(
                _sm("endpoint", "EndpointName", star=False),
                _sm("endpoint-config", "EndpointConfigName", star=False),
            ),
            opens=(_LIST_TAGS,),
        )
        for api in ("createEndpoint", "updateEndpoint")
    },
    # --- EKS: https://docs.aws.amazon.com/step-functions/latest/dg/eks-iam.html
    ("eks", "createCluster"): Spec(
        actions=("eks:CreateCluster",),
        opens=(Open(("eks:DescribeCluster", "eks:DeleteCluster"), res("eks", "cluster/*")),),
        pass_roles=("RoleArn",),
        passed_to=_EKS,
    ),
    ("eks", "deleteCluster"): Spec(
        actions=("eks:DeleteCluster", "eks:DescribeCluster"), resources=(_EKS_CLUSTER,)
    ),
    ("eks", "createNodegroup"): Spec(
        actions=("eks:CreateNodegroup", "ec2:DescribeSubnets"),
        opens=(
            Open(("eks:DescribeNodegroup", "eks:DeleteNodegroup"), _EKS_NODEGROUP),
            Open(("iam:GetRole", "iam:ListAttachedRolePolicies"), res("iam", "role/*")),
        ),
        pass_roles=("NodeRole",),
        passed_to=_EKS,
    ),
    ("eks", "deleteNodegroup"): Spec(
        actions=("eks:DeleteNodegroup", "eks:DescribeNodegroup"), resources=(_EKS_NODEGROUP,)
    ),
    ("eks", "createFargateProfile"): Spec(
        actions=("eks:CreateFargateProfile",),
        opens=(Open(("eks:DescribeFargateProfile", "eks:DeleteFargateProfile"), _EKS_FARGATE),),
        pass_roles=("PodExecutionRoleArn",),
        passed_to="eks-fargate-pods.amazonaws.com",
    ),
    ("eks", "deleteFargateProfile"): Spec(
        actions=("eks:DeleteFargateProfile", "eks:DescribeFargateProfile"),
        resources=(_EKS_FARGATE,),
    ),
    **{
        ("eks", api): Spec(actions=("eks:DescribeCluster",), resources=(_EKS_RUN,))
        for api in ("runJob", "call")
    },
    # --- EMR on EKS: https://docs.aws.amazon.com/step-functions/latest/dg/emr-eks-iam.html
    ("emr-containers", "createVirtualCluster"): Spec(
        actions=("emr-containers:CreateVirtualCluster",),
        opens=(
            _service_linked("emr-containers.amazonaws.com", "AWSServiceRoleForAmazonEMRContainers"),
        ),
    ),
    ("emr-containers", "deleteVirtualCluster"): Spec(
        actions=("emr-containers:DeleteVirtualCluster",),
        sync=("emr-containers:DescribeVirtualCluster",),
        resources=(_VC_BY_ID,),
    ),
    ("emr-containers", "startJobRun"): Spec(
        actions=("emr-containers:StartJobRun",),
        sync=("emr-containers:DescribeJobRun", "emr-containers:CancelJobRun"),
        resources=(_VC,),
        sync_resources=(_VC_JOBS,),
        role_condition=("ExecutionRoleArn", "emr-containers:ExecutionRoleArn"),
    ),
    # --- EMR Serverless: https://docs.aws.amazon.com/step-functions/latest/dg/emr-serverless-iam.html
    ("emr-serverless", "createApplication"): Spec(
        actions=(f"{_ES}CreateApplication",),
        sync=(f"{_ES}GetApplication", f"{_ES}DeleteApplication"),
        resources=(res("emr-serverless", "/*"),),
        sync_resources=(res("emr-serverless", "/applications/*"),),
        events_rule=_APP_RULE,
        opens=(
            _service_linked(
                "ops.emr-serverless.amazonaws.com", "AWSServiceRoleForAmazonEMRServerless"
            ),
        ),
    ),
    ("emr-serverless", "startApplication"): Spec(
        actions=(f"{_ES}StartApplication",),
        sync=(f"{_ES}GetApplication", f"{_ES}StopApplication"),
        resources=(_APP,),
        events_rule=_APP_RULE,
    ),
    ("emr-serverless", "stopApplication"): Spec(
        actions=(f"{_ES}StopApplication",),
        sync=(f"{_ES}GetApplication", f"{_ES}StartApplication"),
        resources=(_APP,),
        events_rule=_APP_RULE,
    ),
    ("emr-serverless", "deleteApplication"): Spec(
        actions=(f"{_ES}DeleteApplication",),
        sync=(f"{_ES}GetApplication",),
        resources=(_APP,),
        events_rule=_APP_RULE,
    ),
    ("emr-serverless", "startJobRun"): Spec(
        actions=(f"{_ES}StartJobRun",),
        sync=(f"{_ES}GetJobRun", f"{_ES}CancelJobRun"),
        resources=(_APP,),
        sync_resources=(_APP_JOBS,),
        events_rule=_JOB_RULE,
        pass_roles=("ExecutionRoleArn",),
        passed_to="emr-serverless.amazonaws.com",
    ),
    ("emr-serverless", "cancelJobRun"): Spec(
        actions=(f"{_ES}CancelJobRun",),
        sync=(f"{_ES}GetJobRun",),
        resources=(_APP_JOB,),
        events_rule=_JOB_RULE,
    ),
    # --- Glue DataBrew: https://docs.aws.amazon.com/step-functions/latest/dg/databrew-iam.html
    ("databrew", "startJobRun"): Spec(
        actions=("databrew:StartJobRun",),
        sync=("databrew:ListJobRuns", "databrew:StopJobRun"),
        resources=(res("databrew", "job/", P("Name")),),
    ),
    # --- MediaConvert: https://docs.aws.amazon.com/step-functions/latest/dg/mediaconvert-iam.html
    ("mediaconvert", "createJob"): Spec(
        actions=("mediaconvert:CreateJob",),
        resources=(
            res("mediaconvert", "queues/*"),
            res("mediaconvert", "presets/*"),
            res("mediaconvert", "jobTemplates/*"),
        ),
        opens=(
            Open(
                ("mediaconvert:GetJob", "mediaconvert:CancelJob"),
                res("mediaconvert", "jobs/*"),
                sync_only=True,
            ),
        ),
        events_rule="StepFunctionsGetEventsForMediaConvertJobRule",
        pass_roles=("Role",),
        passed_to="mediaconvert.amazonaws.com",
    ),
    # --- Bedrock: https://docs.aws.amazon.com/step-functions/latest/dg/bedrock-iam.html
    ("bedrock", "createModelCustomizationJob"): Spec(
        actions=("bedrock:CreateModelCustomizationJob",),
        sync=("bedrock:GetModelCustomizationJob", "bedrock:StopModelCustomizationJob"),
        # The reference authorizes CreateModelCustomizationJob on the custom model it makes
        # and on the base model (granted by _rules.bedrock_customization_job), not on the job.
        resources=(res("bedrock", "custom-model/*"),),
        sync_resources=(res("bedrock", "model-customization-job/", P("JobName")),),
        pass_roles=("RoleArn",),
        passed_to="bedrock.amazonaws.com",
    ),
}


def describe(service: str, api: str) -> tuple[str, str]:
    """The documentation row of ``arn:aws:states:::<service>:<api>``.

    Example:
        >>> describe("codebuild", "stopBuild")
        ('`codebuild:StopBuild`', '`codebuild:…:project/<Id>`')
    """
    return SPECS[(service, api)].describe()


__all__ = ["SPECS", "Open", "P", "Res", "Spec", "describe", "res"]
