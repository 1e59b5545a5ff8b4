"""The one function every typed constructor of :mod:`sfdsl.aws` calls, and the integrations table.

A constructor names its ASL parameters; :func:`task` drops the ones left out, turns App
resources into their ARN placeholders, puts the payload in ``Parameters`` (JSONPath) or
``Arguments`` (JSONata), checks the integration pattern against :data:`PATTERNS` and returns a
plain :class:`~sfdsl.Task`, the same Task :func:`sfdsl.asl.from_asl` reads from the ASL.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final, Literal, TypeAlias, TypedDict

from sfdsl._states import Catch, Credentials, Retry, Target, Task
from sfdsl._typing import Json, QueryLanguage
from sfdsl._values import Jsonata, Placeholder
from sfdsl.errors import Problem, ValidationError

Pattern: TypeAlias = Literal["request_response", "sync", "sync:2", "wait_for_task_token"]
"""How a Task waits for the service: the response, the job's end (``.sync``), or a task token."""

SUFFIX: Final[Mapping[str, str]] = {
    "request_response": "",
    "sync": ".sync",
    "sync:2": ".sync:2",
    "wait_for_task_token": ".waitForTaskToken",
}

_RR, _SYNC, _TOKEN = "request_response", "sync", "wait_for_task_token"

# Integration patterns per optimized integration, from each "Call <service> with Step Functions"
# page and the table of https://docs.aws.amazon.com/step-functions/latest/dg/integrate-optimized.html
PATTERNS: Final[Mapping[str, tuple[str, ...]]] = {
    "lambda:invoke": (_RR, _TOKEN),
    "dynamodb:getItem": (_RR,),
    "dynamodb:putItem": (_RR,),
    "dynamodb:updateItem": (_RR,),
    "dynamodb:deleteItem": (_RR,),
    "sqs:sendMessage": (_RR, _TOKEN),
    "sns:publish": (_RR, _TOKEN),
    "ecs:runTask": (_RR, _SYNC, _TOKEN),
    "batch:submitJob": (_RR, _SYNC),
    "glue:startJobRun": (_RR, _SYNC),
    "databrew:startJobRun": (_RR, _SYNC),
    "athena:startQueryExecution": (_RR, _SYNC),
    "athena:getQueryExecution": (_RR,),
    "athena:getQueryResults": (_RR,),
    "athena:stopQueryExecution": (_RR,),
    # connect-codebuild.html: the table of APIs and patterns
    "codebuild:startBuild": (_RR, _SYNC),
    "codebuild:stopBuild": (_RR,),
    "codebuild:batchDeleteBuilds": (_RR,),
    "codebuild:batchGetReports": (_RR,),
    "codebuild:startBuildBatch": (_RR, _SYNC),
    "codebuild:stopBuildBatch": (_RR,),
    "codebuild:retryBuildBatch": (_RR, _SYNC),
    "codebuild:deleteBuildBatch": (_RR,),
    "states:startExecution": (_RR, _SYNC, "sync:2", _TOKEN),
    "events:putEvents": (_RR, _TOKEN),
    "apigateway:invoke": (_RR, _TOKEN),
    "http:invoke": (_RR,),
    # https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrock.html ("Invoke and
    # customize Amazon Bedrock models with Step Functions") names two APIs: InvokeModel, with no
    # other pattern, and CreateModelCustomizationJob "for Request Response, or
    # CreateModelCustomizationJob.sync for Run a Job (.sync)". The table of integrate-optimized.html
    # ticks Wait for Callback for Bedrock too, but names no API for it: none is offered here.
    "bedrock:invokeModel": (_RR,),
    "bedrock:createModelCustomizationJob": (_RR, _SYNC),
    "mediaconvert:createJob": (_RR, _SYNC),
    # connect-sagemaker.html: the jobs have .sync, endpoints and models request-response only
    "sagemaker:createTrainingJob": (_RR, _SYNC),
    "sagemaker:createTransformJob": (_RR, _SYNC),
    "sagemaker:createProcessingJob": (_RR, _SYNC),
    "sagemaker:createHyperParameterTuningJob": (_RR, _SYNC),
    "sagemaker:createLabelingJob": (_RR, _SYNC),
    "sagemaker:createModel": (_RR,),
    "sagemaker:createEndpointConfig": (_RR,),
    "sagemaker:createEndpoint": (_RR,),
    "sagemaker:updateEndpoint": (_RR,),
    # connect-emr-serverless.html: all six APIs have a .sync variant
    "emr-serverless:createApplication": (_RR, _SYNC),
    "emr-serverless:startApplication": (_RR, _SYNC),
    "emr-serverless:stopApplication": (_RR, _SYNC),
    "emr-serverless:deleteApplication": (_RR, _SYNC),
    "emr-serverless:startJobRun": (_RR, _SYNC),
    "emr-serverless:cancelJobRun": (_RR, _SYNC),
    # connect-emr.html
    "elasticmapreduce:addStep": (_RR, _SYNC),
    "elasticmapreduce:cancelStep": (_RR,),
    "elasticmapreduce:createCluster": (_RR, _SYNC),
    "elasticmapreduce:setClusterTerminationProtection": (_RR,),
    "elasticmapreduce:modifyInstanceFleetByName": (_RR,),
    "elasticmapreduce:modifyInstanceGroupByName": (_RR,),
    "elasticmapreduce:terminateCluster": (_RR, _SYNC),
    # connect-emr-eks.html
    "emr-containers:createVirtualCluster": (_RR,),
    "emr-containers:deleteVirtualCluster": (_RR, _SYNC),
    "emr-containers:startJobRun": (_RR, _SYNC),
    # connect-eks.html: the cluster APIs and runJob have .sync; call is request-response
    "eks:createCluster": (_RR, _SYNC),
    "eks:deleteCluster": (_RR, _SYNC),
    "eks:createNodegroup": (_RR, _SYNC),
    "eks:deleteNodegroup": (_RR, _SYNC),
    "eks:createFargateProfile": (_RR, _SYNC),
    "eks:deleteFargateProfile": (_RR, _SYNC),
    "eks:runJob": (_RR, _SYNC),
    "eks:call": (_RR,),
}
"""Integration patterns each optimized integration supports, by ``<service>:<action>``."""


class TaskOptions(TypedDict, total=False):
    """The Task fields every constructor passes through (see :class:`sfdsl.Task`)."""

    comment: str
    query_language: QueryLanguage
    input_path: str
    output_path: str
    result_selector: Json
    result_path: str
    output: Json
    assign: Mapping[str, Json]
    timeout_seconds: Json
    timeout_seconds_path: str
    heartbeat_seconds: Json
    heartbeat_seconds_path: str
    credentials: Credentials
    retry_rules: tuple[Retry, ...]
    catch_rules: tuple[Catch, ...]
    next_state: Target
    end: bool


def _value(value: Any) -> Any:
    # An App resource (Function, Activity, a deployed StateMachine) stands for its ARN.
    if not isinstance(value, (str, Placeholder, Mapping, list, tuple)):
        arn = getattr(value, "arn", None)
        if isinstance(arn, Placeholder):
            return arn
    return value


def _is_jsonata(value: Any) -> bool:
    if isinstance(value, Jsonata):
        return True
    if isinstance(value, Mapping):
        return any(_is_jsonata(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return any(_is_jsonata(v) for v in value)
    return False


def task(
    name: str,
    integration: str,
    pattern: str,
    options: Mapping[str, Any],
    /,
    **parameters: Any,
) -> Task:
    """The Task calling *integration* (``<service>:<action>``) with the given ASL parameters.

    Parameters given as ``None`` are left out. The payload is ``Arguments`` when the state is
    JSONata (``query_language="JSONata"``, or a :class:`~sfdsl.Jsonata` value in it), else
    ``Parameters``.

    Example:
        >>> task("Send", "sqs:sendMessage", "request_response", {"end": True},
        ...      QueueUrl="https://q", MessageBody="hi", DelaySeconds=None).to_asl()["Parameters"]
        {'QueueUrl': 'https://q', 'MessageBody': 'hi'}
    """
    unknown = sorted(set(options) - set(TaskOptions.__annotations__))
    if unknown:
        known = ", ".join(TaskOptions.__annotations__)
        msg = (
            f"unexpected keyword argument {unknown[0]!r} for {integration}: besides its own "
            f"parameters it takes the Task fields {known}"
        )
        raise TypeError(msg)
    allowed = PATTERNS[integration]
    if pattern not in allowed:
        choices = ", ".join(repr(p) for p in allowed)
        msg = (
            f"{integration} does not support the {pattern!r} integration pattern; "
            f"use one of {choices}"
        )
        raise ValidationError(
            [Problem(msg, f"States.{name}.Resource", "pattern-unsupported")],
            subject=f"state {name!r}",
        )
    payload = {key: _value(v) for key, v in parameters.items() if v is not None}
    return call_task(name, integration, pattern, payload, options)


def call_task(
    name: str, call: str, pattern: str, payload: Mapping[str, Any], options: Mapping[str, Any]
) -> Task:
    """The Task calling *call* (``<service>:<action>``, or ``aws-sdk:<service>:<action>``).

    The payload is ``Arguments`` when the state is JSONata (``query_language="JSONata"``, or a
    :class:`~sfdsl.Jsonata` value in it), else ``Parameters``.

    Example:
        >>> call_task("Who", "aws-sdk:sts:getCallerIdentity", "request_response", {}, {}).resource
        'arn:aws:states:::aws-sdk:sts:getCallerIdentity'
    """
    resource = f"arn:aws:states:::{call}{SUFFIX[pattern]}"
    jsonata = options.get("query_language") == "JSONata" or _is_jsonata(payload)
    payload_field: dict[str, Any] = {"arguments" if jsonata else "parameters": dict(payload)}
    return Task(name, resource=resource, **payload_field, **options)


__all__ = ["PATTERNS", "SUFFIX", "Pattern", "TaskOptions", "call_task", "task"]
