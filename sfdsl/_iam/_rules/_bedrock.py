"""Amazon Bedrock: models, inference profiles and model customization jobs."""

from __future__ import annotations

from sfdsl._iam._cfn import (
    Cfn,
    literal,
    ref_target,
    sub,
)
from sfdsl._iam._model import Arg, Env, Grant, Task, grant
from sfdsl._iam._rules._common import _dynamic, _is_arn, _lookup, _missing
from sfdsl._iam._rules._s3 import _s3_uri

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
