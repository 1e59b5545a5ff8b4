"""Task resource ARNs: syntax checks and the table of optimized service integrations."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Mapping
from typing import Final

import attrs

from sfdsl._values import Placeholder

OPTIMIZED_INTEGRATIONS: Final[Mapping[str, frozenset[str]]] = {
    "lambda": frozenset({"invoke"}),
    "sns": frozenset({"publish"}),
    "sqs": frozenset({"sendMessage"}),
    "dynamodb": frozenset({"getItem", "putItem", "updateItem", "deleteItem"}),
    "ecs": frozenset({"runTask"}),
    "batch": frozenset({"submitJob"}),
    "glue": frozenset({"startJobRun"}),
    "databrew": frozenset({"startJobRun"}),
    "states": frozenset({"startExecution"}),
    "events": frozenset({"putEvents"}),
    "apigateway": frozenset({"invoke"}),
    "http": frozenset({"invoke"}),
    "athena": frozenset(
        {"startQueryExecution", "stopQueryExecution", "getQueryExecution", "getQueryResults"}
    ),
    # https://docs.aws.amazon.com/step-functions/latest/dg/connect-codebuild.html
    "codebuild": frozenset(
        {
            "startBuild",
            "stopBuild",
            "batchDeleteBuilds",
            "batchGetReports",
            "startBuildBatch",
            "stopBuildBatch",
            "retryBuildBatch",
            "deleteBuildBatch",
        }
    ),
    "sagemaker": frozenset(
        {
            "createEndpoint",
            "createEndpointConfig",
            "createHyperParameterTuningJob",
            "createLabelingJob",
            "createModel",
            "createProcessingJob",
            "createTrainingJob",
            "createTransformJob",
            "updateEndpoint",
        }
    ),
    "elasticmapreduce": frozenset(
        {
            "createCluster",
            "terminateCluster",
            "addStep",
            "cancelStep",
            "setClusterTerminationProtection",
            "modifyInstanceFleetByName",
            "modifyInstanceGroupByName",
        }
    ),
    "emr-containers": frozenset({"startJobRun", "createVirtualCluster", "deleteVirtualCluster"}),
    "emr-serverless": frozenset(
        {
            "createApplication",
            "startApplication",
            "stopApplication",
            "deleteApplication",
            "startJobRun",
            "cancelJobRun",
        }
    ),
    "eks": frozenset(
        {
            "createCluster",
            "deleteCluster",
            "createFargateProfile",
            "deleteFargateProfile",
            "createNodegroup",
            "deleteNodegroup",
            "runJob",
            "call",
        }
    ),
    "bedrock": frozenset({"invokeModel", "createModelCustomizationJob"}),
    "mediaconvert": frozenset({"createJob"}),
    "s3": frozenset({"getObject", "listObjectsV2", "putObject"}),
    "evaluations": frozenset(),
}
"""Actions of each optimized integration (``arn:aws:states:::<service>:<action>``)."""

PATTERNS: Final = (".sync:2", ".sync", ".waitForTaskToken")
"""Service integration patterns a resource ARN may end with."""

_PARTITIONS = (
    "aws",
    "aws-cn",
    "aws-us-gov",
    "aws-iso",
    "aws-iso-b",
    "aws-iso-e",
    "aws-iso-f",
    "aws-eusc",
)
_ARN = re.compile(
    r"^arn:(?P<partition>[^:]*):(?P<service>[^:]*):(?P<region>[^:]*):(?P<account>[^:]*):(?P<rest>.*)$"
)
_ALIAS = re.compile(r"^(\$LATEST|[0-9]+|[A-Za-z0-9_-]+)$")


@attrs.frozen
class ResourceArn:
    """A Task ``Resource`` taken apart.

    Example:
        >>> r = ResourceArn.parse("arn:aws:states:::sqs:sendMessage.waitForTaskToken")
        >>> (r.kind, r.service, r.action, r.pattern)
        ('integration', 'sqs', 'sendMessage', '.waitForTaskToken')
    """

    text: str
    kind: str  # "integration", "sdk", "lambda", "activity", "other"
    service: str = ""
    action: str = ""
    pattern: str = ""

    @classmethod
    def parse(cls, text: str) -> ResourceArn:
        """Split *text* into integration kind, service, action and pattern."""
        if cls is ResourceArn:
            return _parse(text)
        return cls._split(text)

    @classmethod
    def _split(cls, text: str) -> ResourceArn:
        m = _ARN.match(text)
        if not m:
            return cls(text, "other")
        service, rest = m["service"], m["rest"]
        if service == "states" and not m["region"] and not m["account"]:
            pattern = next((p for p in PATTERNS if rest.endswith(p)), "")
            core = rest[: len(rest) - len(pattern)] if pattern else rest
            parts = core.split(":")
            if parts[0] == "aws-sdk" and len(parts) >= 3:
                return cls(text, "sdk", parts[1], ":".join(parts[2:]), pattern)
            return cls(text, "integration", parts[0], ":".join(parts[1:]), pattern)
        if service == "lambda":
            return cls(text, "lambda", "lambda", "invoke")
        if service == "states" and rest.startswith("activity:"):
            return cls(text, "activity", "states", rest.split(":", 1)[1])
        return cls(text, "other", service)


# Cached: a workflow names the same few resources in many states, and the results are immutable.
@functools.lru_cache(maxsize=1024)
def _parse(text: str) -> ResourceArn:
    return ResourceArn._split(text)


@functools.lru_cache(maxsize=1024)
def resource_problem(text: str) -> str | None:
    """Why *text* is not a usable Task resource, or None.

    Example:
        >>> resource_problem("arn:aws:states:::dynamodb:query")
        "'arn:aws:states:::dynamodb:query' is not an optimized integration: dynamodb supports deleteItem, getItem, putItem, updateItem; for other actions use 'arn:aws:states:::aws-sdk:dynamodb:query'"
        >>> resource_problem("${HelloArn}") is None
        True
    """
    if "${" in text:
        depth_ok = all(part.find("}") >= 0 for part in text.split("${")[1:])
        if not depth_ok:
            return f"Resource {text!r} has an unterminated '${{' placeholder; close it with '}}'"
        if re.fullmatch(r"\$\{[^}]+\}", text):
            return None
    if "{%" in text:
        return f"Resource {text!r} cannot be a JSONata expression; give a fixed ARN"
    m = _ARN.match(text)
    if not m:
        if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S", text):
            return None  # a URI, as the ASL specification allows; resource_warning flags it
        return (
            f"Resource {text!r} is not a URI; write an ARN such as 'arn:aws:states:::lambda:invoke' "
            "or 'arn:aws:lambda:<region>:<account>:function:<name>'"
        )
    if m["partition"] not in _PARTITIONS and "${" not in m["partition"]:
        return f"Resource {text!r} has an unknown partition {m['partition']!r}; use 'aws'"
    arn = ResourceArn.parse(text)
    if arn.kind == "integration":
        actions = OPTIMIZED_INTEGRATIONS.get(arn.service)
        if actions and arn.action not in actions:
            return (
                f"{text!r} is not an optimized integration: {arn.service} supports "
                f"{', '.join(sorted(actions))}; for other actions use "
                f"'arn:aws:states:::aws-sdk:{arn.service}:{arn.action}'"
            )
        if not arn.action and arn.service != "evaluations":
            return f"Resource {text!r} names no action; write 'arn:aws:states:::<service>:<action>'"
    if arn.kind == "sdk" and not arn.action:
        return f"Resource {text!r} names no action; write 'arn:aws:states:::aws-sdk:<service>:<action>'"
    if arn.kind == "lambda" and "${" not in text:
        parts = m["rest"].split(":")
        if parts[0] != "function" or len(parts) < 2 or not parts[1]:
            return f"Lambda resource {text!r} must be 'arn:aws:lambda:<region>:<account>:function:<name>'"
        if len(parts) > 3:
            return f"Lambda resource {text!r} has too many ':' parts"
        if len(parts) == 3 and not _ALIAS.match(parts[2]):
            return (
                f"Lambda resource {text!r} has an invalid version or alias {parts[2]!r}; "
                "use a version number, $LATEST, or an alias of letters, digits, '-' and '_'"
            )
    return None


_ANY_PLACEHOLDER = re.compile(r"\$\{[^}]*\}")
_WHOLE_PLACEHOLDER = re.compile(r"^\$\{(?P<name>[^}]+)\}$")
_CALLS: Final = frozenset({"integration", "sdk", "activity"})


def task_resource(resource: object, values: Mapping[str, object] | None = None) -> ResourceArn:
    """What a Task's ``Resource`` calls, however it is written.

    A Task calls an optimized integration or an AWS SDK action (``arn:<partition>:states:::``),
    an activity, or else a Lambda function (a function, version or alias called directly, which
    the service gives the function's return value). So a ``${Name}`` placeholder, a
    ``Fn::GetAtt``/``Ref``/``Fn::Sub`` value, an ARN with ``${AWS::Region}`` and the like, a
    partial ARN or ``name:alias`` is a Lambda function unless it is known to be one of the
    others. *values* gives the value of each ``${Name}`` placeholder (what
    DefinitionSubstitutions would put there, or the :class:`~sfdsl.Placeholder` itself), and a
    Placeholder carries its own (and its ``kind``, for an activity's ``Ref``).
    ``text`` is the resource as a string: the placeholder's literal value when there is one.

    Example:
        >>> task_resource("${HelloArn}").kind
        'lambda'
        >>> task_resource({"Fn::Sub": "arn:${AWS::Partition}:states:::lambda:invoke"}).kind
        'integration'
        >>> task_resource("${Work}", {"Work": "arn:aws:states:us-east-1:1:activity:work"}).text
        'arn:aws:states:us-east-1:1:activity:work'
    """
    values = values or {}
    if isinstance(resource, Placeholder):
        shown = str(resource)
        value = resource.value if resource.value is not None else values.get(resource.name)
        if isinstance(value, Placeholder):
            return task_resource(value)
        if resource.kind == "activity":
            return ResourceArn(value if isinstance(value, str) else shown, "activity", "states")
        if value is None:
            return _text_resource(shown, values, shown)
        found = task_resource(value)
        return found if isinstance(value, str) else attrs.evolve(found, text=shown)
    if isinstance(resource, str):
        return _text_resource(resource, values, resource)
    if isinstance(resource, Mapping) and list(resource) == ["Fn::Sub"]:
        argument = resource["Fn::Sub"]
        if isinstance(argument, str):
            return _text_resource(argument, values, json_text(resource))
        if isinstance(argument, list) and len(argument) == 2 and isinstance(argument[0], str):
            variables = argument[1] if isinstance(argument[1], Mapping) else {}
            return _text_resource(argument[0], {**values, **variables}, json_text(resource))
    # Fn::GetAtt Arn of a function, Ref of a version or alias, Fn::ImportValue ...
    return ResourceArn(json_text(resource), "lambda", "lambda", "invoke")


def _text_resource(text: str, values: Mapping[str, object], shown: str) -> ResourceArn:
    whole = _WHOLE_PLACEHOLDER.match(text)
    if whole and whole["name"] in values:
        resolved = values[whole["name"]]
        found = task_resource(resolved)  # no values: a value that names itself cannot loop
        return (
            found if isinstance(resolved, (str, Placeholder)) else attrs.evolve(found, text=shown)
        )
    # Only the ARN's shape matters: ${AWS::Region} and the like stand for one ARN part.
    arn = ResourceArn.parse(_ANY_PLACEHOLDER.sub("x", text))
    if arn.kind in _CALLS:
        return attrs.evolve(arn, text=shown)
    return ResourceArn(shown, "lambda", "lambda", "invoke")


def json_text(value: object) -> str:
    """*value* as compact JSON text (for showing a CloudFormation value where text is expected).

    Example:
        >>> json_text({"Ref": "HelloAlias"})
        '{"Ref":"HelloAlias"}'
    """
    return json.dumps(value, separators=(",", ":"), sort_keys=True, default=str)


def resource_warning(text: str) -> str | None:
    """A warning for a resource URI that the specification allows but the service does not.

    Example:
        >>> resource_warning("module:hello")
        "Resource 'module:hello' is not an ARN: Step Functions rejects it at deploy time (local runs can mock it)"
    """
    if "${" in text or _ARN.match(text):
        return None
    return f"Resource {text!r} is not an ARN: Step Functions rejects it at deploy time (local runs can mock it)"


__all__ = [
    "OPTIMIZED_INTEGRATIONS",
    "PATTERNS",
    "ResourceArn",
    "resource_problem",
    "resource_warning",
    "task_resource",
]
