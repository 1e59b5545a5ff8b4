"""Lambda functions of an app: the function, its role, published version, alias, autoscaling."""

from __future__ import annotations

from typing import Any

from troposphere import awslambda, iam

from sfdsl.cfn._build.context import Context
from sfdsl.cfn._lambda import Autoscaling, Function, ProvisionedConcurrency
from sfdsl.cfn._values import CfnValue, getatt, ref, sub


def build_function(ctx: Context, fn: Function, path: str) -> None:
    """Add a function, its role, version, alias and autoscaling to the template."""
    if fn.kind == "defined":
        if not ctx.logical_id(fn.logical_id, "Lambda function", path, fn.logical_id):
            return
        role: CfnValue
        if fn.role is None:
            role = getatt(fn.role_logical_id, "Arn")
            if ctx.logical_id(fn.role_logical_id, "Lambda execution role", path):
                ctx.add(
                    iam.Role,
                    fn.role_logical_id,
                    {
                        "AssumeRolePolicyDocument": {
                            "Version": "2012-10-17",
                            "Statement": [
                                {
                                    "Effect": "Allow",
                                    "Principal": {"Service": "lambda.amazonaws.com"},
                                    "Action": "sts:AssumeRole",
                                }
                            ],
                        },
                        "ManagedPolicyArns": [
                            sub(
                                "arn:",
                                {"Ref": "AWS::Partition"},
                                ":iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                            )
                        ],
                    },
                )
        else:
            role = fn.role
        props: dict[str, Any] = {
            "Handler": fn.handler,
            "Runtime": fn.runtime,
            "Role": role,
        }
        if fn.code is not None:
            props["Code"] = {"ZipFile": ctx.params(fn.code, path)}
        else:
            assert fn.code_uri is not None
            bucket, _, key = fn.code_uri[len("s3://") :].partition("/")
            props["Code"] = {"S3Bucket": ctx.params(bucket, path), "S3Key": ctx.params(key, path)}
        if fn.function_name is not None:
            props["FunctionName"] = ctx.params(fn.function_name, path)
        if fn.description is not None:
            props["Description"] = fn.description
        if fn.memory_size is not None:
            props["MemorySize"] = fn.memory_size
        if fn.timeout is not None:
            props["Timeout"] = fn.timeout
        if fn.environment:
            props["Environment"] = {"Variables": ctx.params(dict(fn.environment), path)}
        ctx.add(awslambda.Function, fn.logical_id, props)
    if fn.kind == "arn":
        return
    if fn.kind == "ref" and not _referenced_function(ctx, fn, path):
        return
    if not (fn.exact_version or fn.provisioned):
        return
    version_id = fn.version_logical_id
    if ctx.logical_id(version_id, "Lambda version", path):
        # Retained: executions that started on a version keep calling it after an update.
        ctx.add(
            awslambda.Version,
            version_id,
            {"FunctionName": ref(fn.logical_id)},
            retain=True,
        )
    pc = fn.provisioned
    if pc is None:
        return
    alias_id = fn.alias_logical_id
    if not ctx.logical_id(alias_id, "Lambda alias", path):
        return
    ctx.add(
        awslambda.Alias,
        alias_id,
        {
            "FunctionName": ref(fn.logical_id),
            "FunctionVersion": getatt(version_id, "Version"),
            "Name": pc.alias,
            "ProvisionedConcurrencyConfig": {"ProvisionedConcurrentExecutions": pc.executions},
        },
    )
    if pc.autoscaling is not None:
        _autoscaling(ctx, fn, pc, pc.autoscaling, path)


def _referenced_function(ctx: Context, fn: Function, path: str) -> bool:
    """Whether the template has the function that ``Function.ref`` names; a problem if not."""
    resource = ctx.template.resources.get(fn.logical_id)
    kind = getattr(resource, "resource_type", None)
    if kind in ("AWS::Lambda::Function", "AWS::Serverless::Function"):
        return True
    if resource is None:
        ctx.missing_resources.add(fn.logical_id)
        found = "the template has no resource with that logical id"
    else:
        found = f"{fn.logical_id!r} is a {kind}"
    ctx.fail(
        f"Function.ref({fn.logical_id!r}) needs a Lambda function {fn.logical_id!r} in the "
        f"template, but {found}; add the function to your troposphere Template and build "
        f"with App.add_to(template), or define it here with Function({fn.logical_id!r}, "
        "code=...)",
        path,
        "missing-resource",
    )
    return False


def _autoscaling(
    ctx: Context, fn: Function, pc: ProvisionedConcurrency, scaling: Autoscaling, path: str
) -> None:
    # Imported when used: only functions with autoscaling need it, so `sfdsl build` of other
    # apps does not load it.
    from troposphere import applicationautoscaling as aas

    target_id = f"{fn.logical_id}ProvConcScalableTarget"
    if not ctx.logical_id(target_id, "scalable target", path):
        return
    props: dict[str, Any] = {
        "MinCapacity": scaling.min_capacity,
        "MaxCapacity": scaling.max_capacity,
        "ResourceId": sub("function:", ref(fn.logical_id), f":{pc.alias}"),
        "ScalableDimension": "lambda:function:ProvisionedConcurrency",
        "ServiceNamespace": "lambda",
    }
    if scaling.scheduled:
        actions = []
        for action in scaling.scheduled:
            item: dict[str, Any] = {
                "ScheduledActionName": action.name,
                "Schedule": action.schedule,
                "ScalableTargetAction": {
                    "MinCapacity": action.min_capacity,
                    "MaxCapacity": action.max_capacity,
                },
            }
            if action.timezone:
                item["Timezone"] = action.timezone
            actions.append(item)
        props["ScheduledActions"] = actions
    ctx.add(aas.ScalableTarget, target_id, props, depends_on=[fn.alias_logical_id])
    if scaling.target_utilization is not None:
        policy_id = f"{fn.logical_id}ProvConcScalingPolicy"
        if ctx.logical_id(policy_id, "scaling policy", path):
            ctx.add(
                aas.ScalingPolicy,
                policy_id,
                {
                    "PolicyName": f"{fn.logical_id}ProvisionedConcurrencyUtilization",
                    "PolicyType": "TargetTrackingScaling",
                    "ScalingTargetId": ref(target_id),
                    "TargetTrackingScalingPolicyConfiguration": {
                        "TargetValue": scaling.target_utilization,
                        "PredefinedMetricSpecification": {
                            "PredefinedMetricType": "LambdaProvisionedConcurrencyUtilization"
                        },
                    },
                },
            )


__all__ = ["build_function"]
