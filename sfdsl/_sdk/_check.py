"""Check the parameters of an ``aws-sdk`` Task against the action's input shape in the API model.

Every problem is reported, each located by its path in the payload (``Parameters.Key.id``).
Problems that make the call fail for certain (an unknown service, action or parameter, a missing
required parameter, an object where a string is expected, a value outside an enumeration) have
severity ``error``; values of another scalar type that the SDK may convert (the number ``5``
for a string) have severity ``warning``. Values computed at run time (``"Key.$"`` paths and
intrinsics, JSONata ``{% %}``, ``${...}`` placeholders, CloudFormation intrinsics) are not
checked, but their keys are.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Final, Literal

import attrs

from sfdsl._checks import _kind, is_cfn_intrinsic
from sfdsl._jsonpath import Field, Index, Slice, Wildcard, parse_path
from sfdsl._sdk._models import ServiceModel, botocore_version, load, services
from sfdsl._sdk._naming import member_name
from sfdsl._values import Placeholder
from sfdsl.errors import InvalidPathError, Problem, ProblemCode, Severity

DOCS: Final = "https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html"

UNSUPPORTED_ACTIONS: Final[Mapping[str, frozenset[str]]] = {
    # The "Unsupported API actions" table of DOCS: Step Functions cannot call these.
    "comprehendmedical": frozenset({"detectEntities"}),
    "efs": frozenset({"createTags"}),
    "elastictranscoder": frozenset({"testRole"}),
    "emr": frozenset({"describeJobFlows"}),
    "iotdeviceadvisor": frozenset({"listTestCases"}),
    "kinesis": frozenset({"subscribeToShard"}),
    "lambda": frozenset({"invokeAsync"}),
    "lexruntimev2": frozenset({"startConversation"}),
    "mediapackage": frozenset({"rotateChannelCredentials"}),
    "rdsdata": frozenset({"executeSql"}),
    "s3": frozenset({"selectObjectContent"}),
    "s3control": frozenset({"selectObjectContent"}),
    "shield": frozenset({"deleteSubscription"}),
}
"""Actions of supported services that Step Functions documents as not callable."""

DEPRECATED_SERVICES: Final = frozenset({"mobile", "macie"})
"""Services whose AWS SDK integration Step Functions deprecated (the "Deprecated" list of DOCS)."""

OPTIMIZED_MODELS: Final[Mapping[str, str]] = {
    # Optimized integrations whose parameters are those of the API action of the same name:
    # the ARN's service -> the AWS SDK service whose model has them.
    "athena": "athena",
    "batch": "batch",
    # connect-bedrock.html: CreateModelCustomizationJob has the API's fields; InvokeModel, whose
    # fields are bedrock-runtime's plus Input and Output, is not an action of this model.
    "bedrock": "bedrock",
    "codebuild": "codebuild",
    "databrew": "databrew",
    "dynamodb": "dynamodb",
    "ecs": "ecs",
    "emr-containers": "emrcontainers",
    "emr-serverless": "emrserverless",
    "events": "eventbridge",
    "glue": "glue",
    "lambda": "lambda",
    "mediaconvert": "mediaconvert",
    "sagemaker": "sagemaker",
    "sns": "sns",
    "sqs": "sqs",
    "states": "sfn",
}
"""The API models that give the parameter names of optimized integrations."""

_DYNAMIC_TEXT = re.compile(r"\$\{[^}]*\}")
_NUMBER = re.compile(r"^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$")
_SHOWN = 12  # parameter names listed in an "unknown parameter" message


def _did_you_mean(name: str, choices: Sequence[str]) -> str:
    by_case = [c for c in choices if c.lower() == name.lower()]
    close = by_case or difflib.get_close_matches(name, choices, n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _listing(names: Sequence[str]) -> str:
    shown = ", ".join(names[:_SHOWN])
    return shown + (f" and {len(names) - _SHOWN} more" if len(names) > _SHOWN else "")


@functools.lru_cache(maxsize=4096)
def _members(model: ServiceModel, shape_name: str) -> Mapping[str, str]:
    """Step Functions member name -> model member name, for a structure shape."""
    members = model.shapes[shape_name].get("members", {})
    return {member_name(m): m for m in members}


class _Walker:
    def __init__(self, model: ServiceModel, label: str, prefix: str, jsonata: bool) -> None:
        self.model = model
        self.prefix = prefix
        self.label = label
        self.jsonata = jsonata
        self.problems: list[Problem] = []

    def add(self, message: str, path: str, code: ProblemCode, severity: Severity = "error") -> None:
        self.problems.append(Problem(message, f"{self.prefix}.{path}", code, severity))

    def dynamic(self, value: object) -> bool:
        if isinstance(value, Placeholder) or is_cfn_intrinsic(value):
            return True
        if isinstance(value, str):
            if _DYNAMIC_TEXT.search(value):
                return True
            text = value.strip()
            return self.jsonata and text.startswith("{%") and text.endswith("%}")
        return False

    def value(self, shape_name: str, value: Any, path: str) -> None:
        if value is None or self.dynamic(value):
            return
        shape = self.model.shapes[shape_name]
        kind = shape.get("type", "string")
        if kind == "structure":
            self.structure(shape_name, value, path)
        elif kind == "list":
            if not isinstance(value, (list, tuple)):
                self.wrong(value, "an array", path)
                return
            item = shape["member"]["shape"]
            for i, v in enumerate(value):
                self.value(item, v, f"{path}[{i}]")
        elif kind == "map":
            if not isinstance(value, Mapping):
                self.wrong(value, "an object", path)
                return
            item = shape["value"]["shape"]
            for key, v in value.items():
                if not (isinstance(key, str) and key.endswith(".$") and not self.jsonata):
                    self.value(item, v, f"{path}.{key}")
        elif kind not in ("document", "blob"):
            self.scalar(kind, shape, value, path)

    def wrong(self, value: object, expected: str, path: str) -> None:
        shown = "" if isinstance(value, (Mapping, list, tuple)) else f" {value!r}"
        self.add(
            f"{self.label}: {path} must be {expected}, got {_kind(value)}{shown}",
            path,
            "sdk-wrong-type",
        )

    def scalar(self, kind: str, shape: Mapping[str, Any], value: Any, path: str) -> None:
        # The SDK converts one scalar type into another (5 or "5", True or "true"); only values
        # that cannot be converted are problems.
        if kind == "string" and isinstance(value, (Mapping, list, tuple)):
            # Often a JSON text in the API (sfn:sendTaskSuccess Output): likely meant as text.
            self.add(
                f"{self.label}: {path} is a string in the AWS API, got {_kind(value)}; where the "
                "API takes JSON text, pass it as text (States.JsonToString(...) in a '.$' key)",
                path,
                "sdk-object-for-string",
                "warning",
            )
        elif isinstance(value, (Mapping, list, tuple)):
            self.wrong(value, _SCALARS.get(kind, "a " + kind), path)
        elif kind == "string":
            enum = shape.get("enum")
            if enum and isinstance(value, str) and value not in enum:
                self.add(
                    f"{self.label}: {path} must be one of {_listing(enum)}, got "
                    f"{value!r}{_did_you_mean(value, enum)} (the values of the AWS API model "
                    f"in botocore {botocore_version()})",
                    path,
                    "sdk-enum-value",
                )
        elif kind in ("integer", "long", "float", "double"):
            if isinstance(value, str) and not _NUMBER.match(value):
                self.wrong(value, "a number", path)
            elif (
                kind in ("integer", "long") and isinstance(value, float) and not value.is_integer()
            ):
                self.wrong(value, "a whole number", path)
        elif (
            kind == "boolean" and isinstance(value, str) and value.lower() not in ("true", "false")
        ):
            self.wrong(value, "a boolean", path)

    def structure(self, shape_name: str, value: Any, path: str) -> None:
        if not isinstance(value, Mapping):
            self.wrong(value, "an object", path)
            return
        shape = self.model.shapes[shape_name]
        members = _members(self.model, shape_name)
        given: set[str] = set()
        for key, item in value.items():
            if not isinstance(key, str):
                continue
            dynamic = key.endswith(".$") and not self.jsonata
            name = key[:-2] if dynamic else key
            given.add(name)
            model_name = members.get(name)
            if model_name is None:
                self.unknown(name, members, path, key)
            elif not dynamic:
                member_shape = shape["members"][model_name]["shape"]
                self.value(member_shape, item, f"{path}.{key}")
        refs = shape.get("members", {})
        for required in shape.get("required", ()):
            if refs.get(required, {}).get("idempotencyToken"):
                continue  # the SDK fills it in
            name = member_name(required)
            if name not in given:
                how = "" if self.jsonata else f" (or {name + '.$'!r} with a path)"
                self.add(
                    f"{self.label}: {path} requires {name!r}; add it{how}",
                    f"{path}.{name}",
                    "sdk-missing-parameter",
                )

    def unknown(self, name: str, members: Mapping[str, str], parent: str, key: str) -> None:
        names = sorted(members)
        spelled = next((sfn for sfn, model in members.items() if model == name), None)
        if spelled is not None:
            message = (
                f"{self.label}: Step Functions spells the parameter {name!r} as {spelled!r} "
                f"(the AWS SDK for Java v2 name); rename the key to {spelled!r}"
            )
        elif not names:
            what = "takes no parameters" if "." not in parent else f"has no fields in {parent}"
            message = f"{self.label} {what}, got {name!r}; remove it"
        else:
            message = (
                f"{self.label}: unknown parameter {name!r} in {parent}"
                f"{_did_you_mean(name, names)}; its parameters are: {_listing(names)}"
            )
        self.add(message, f"{parent}.{key}", "sdk-unknown-parameter")


_SCALARS: Final = {
    "string": "a string",
    "integer": "a number",
    "long": "a number",
    "float": "a number",
    "double": "a number",
    "boolean": "a boolean",
    "timestamp": "a timestamp (an ISO 8601 string or epoch seconds)",
}


def resource_problems(service: str, action: str, pattern: str, path: str) -> list[Problem]:
    """Problems of an ``aws-sdk:<service>:<action><pattern>`` resource, each of severity error.

    Example:
        >>> for p in resource_problems("dynamodb", "getitem", "", "States.T.Resource"):
        ...     print(p.message)
        'getitem' is not an action of AWS SDK service 'dynamodb' (did you mean 'getItem'?) (actions are camelCase API operation names)
    """
    found = _resource_problems(service, action, pattern)
    return [Problem(p.message, path, p.code, p.severity) for p in found]


# Cached: a workflow calls the same few actions in many states, and the results are immutable.
@functools.lru_cache(maxsize=1024)
def _resource_problems(service: str, action: str, pattern: str) -> tuple[Problem, ...]:
    return tuple(_resource_checks(service, action, pattern, ""))


def _resource_checks(service: str, action: str, pattern: str, path: str) -> list[Problem]:
    if pattern.startswith(".sync"):
        return [
            Problem(
                f"AWS SDK integrations do not support the {pattern!r} integration pattern; "
                "call the service without waiting (then poll with a describe/get action and a "
                "Wait state), use '.waitForTaskToken', or use the service's optimized integration",
                path,
                "sdk-pattern-unsupported",
            )
        ]
    if service in DEPRECATED_SERVICES:
        return [
            Problem(
                f"Step Functions deprecated the AWS SDK integration of {service!r} (see {DOCS})",
                path,
                "sdk-unknown-service",
            )
        ]
    if service not in services():
        hint = _did_you_mean(service, sorted(services()))
        return [
            Problem(
                f"AWS SDK service {service!r} is not in the AWS API models of botocore "
                f"{botocore_version()}{hint}; write the service as the resource ARN names it "
                f"(see {DOCS}), or upgrade botocore if the service is new",
                path,
                "sdk-unknown-service",
                # The models lag new services and drop retired ones: not certain to fail.
                "warning",
            )
        ]
    if action in UNSUPPORTED_ACTIONS.get(service, ()):
        return [
            Problem(
                f"Step Functions cannot call {service}:{action} (see {DOCS}); "
                "call it from a Lambda function",
                path,
                "sdk-unsupported-action",
            )
        ]
    model = load(service)
    if model is not None and action not in model.operations:
        hint = _did_you_mean(action, sorted(model.operations))
        return [
            Problem(
                f"{action!r} is not an action of AWS SDK service {service!r}{hint} "
                "(actions are camelCase API operation names)",
                path,
                "sdk-unknown-action",
            )
        ]
    return []


def payload_problems(
    service: str, action: str, payload: object, path: str, *, jsonata: bool
) -> list[Problem]:
    """Problems of the ``Parameters``/``Arguments`` (at *path*) of a call to *service*:*action*.

    Example:
        >>> for p in payload_problems("sqs", "sendMessage", {"QueueUrl": "q", "MesageBody": "hi"},
        ...                           "States.Send.Parameters", jsonata=False):
        ...     print(p)
        sqs:sendMessage: unknown parameter 'MesageBody' in Parameters (did you mean 'MessageBody'?); its parameters are: DelaySeconds, MessageAttributes, MessageBody, MessageDeduplicationId, MessageGroupId, MessageSystemAttributes, QueueUrl  @ States.Send.Parameters.MesageBody
        sqs:sendMessage: Parameters requires 'MessageBody'; add it (or 'MessageBody.$' with a path)  @ States.Send.Parameters.MessageBody
    """
    model = load(service)
    if model is None or action not in model.operations:
        return []
    prefix, _, field = path.rpartition(".")
    walker = _Walker(model, f"{service}:{action}", prefix, jsonata)
    op_input = model.operations[action].get("input", {}).get("shape")
    if op_input is None:
        if isinstance(payload, Mapping) and payload:
            for key in payload:
                walker.unknown(str(key).removesuffix(".$"), {}, field, str(key))
        return walker.problems
    if payload is None:
        payload = {}
    walker.value(op_input, payload, field)
    return walker.problems


OPTIMIZED_EXCEPTIONS: Final[Mapping[str, frozenset[str]]] = {
    # Parameters an optimized integration takes that its API action does not have, each from the
    # integration's page. connect-batch.html: the JSONata example of submitJob passes the job's
    # parameters as "Arguments" (the API's "parameters").
    "batch:submitJob": frozenset({"Arguments"}),
}
"""Top-level parameters of optimized integrations (``<service>:<action>``) beyond the API's."""


def optimized_problems(service: str, action: str, payload: object, path: str) -> list[Problem]:
    """Unknown and missing top-level parameters of an optimized integration (``arn:aws:states:::<service>:<action>``).

    Its parameters are the API action's input shape (:data:`OPTIMIZED_MODELS`), spelt in
    PascalCase as every integration page of the Step Functions guide says ("Parameters in Step
    Functions are expressed in PascalCase", e.g.
    https://docs.aws.amazon.com/step-functions/latest/dg/connect-ddb.html), or as the AWS SDK
    for Java v2 spells them, with the exceptions of :data:`OPTIMIZED_EXCEPTIONS`. Their values
    are the integration's own (a Lambda ``Payload`` is JSON, not bytes), so only names are
    checked; a key ending in ``.$`` and a JSONata expression count as given. Problems have
    severity ``error``: a Task read from ASL reports them as warnings (:func:`sfdsl._sdk.machine_problems`).

    Example:
        >>> for p in optimized_problems("dynamodb", "getItem", {"TableNmae": "t", "Key.$": "$.k"},
        ...                             "States.G.Parameters"):
        ...     print(p)
        dynamodb:getItem: unknown parameter 'TableNmae' in Parameters (did you mean 'TableName'?); its parameters are: AttributesToGet, ConsistentRead, ExpressionAttributeNames, Key, ProjectionExpression, ReturnConsumedCapacity, TableName  @ States.G.Parameters.TableNmae
        dynamodb:getItem: Parameters requires 'TableName'; add it (or 'TableName.$' with a path)  @ States.G.Parameters.TableName
    """
    if not isinstance(payload, Mapping):
        return []
    prefix, _, field = path.rpartition(".")
    keys = tuple(k for k in payload if isinstance(k, str))
    found = _optimized_names(service, action, keys, field)
    return [Problem(p.message, prefix + p.path, p.code, p.severity) for p in found]


# Cached by the payload's keys: a workflow calls the same action with the same keys in many
# states, and a copy of a state (Task.with_) checks again.
@functools.lru_cache(maxsize=1024)
def _optimized_names(
    service: str, action: str, keys: tuple[str, ...], field: str
) -> tuple[Problem, ...]:
    model = load(OPTIMIZED_MODELS[service]) if service in OPTIMIZED_MODELS else None
    if model is None or action not in model.operations:
        return ()
    shape = model.input_shape(action) or {}
    refs = shape.get("members", {})
    members = {m[:1].upper() + m[1:]: m for m in refs}
    accepted = {**members, **{member_name(m): m for m in members.values()}}
    extra = OPTIMIZED_EXCEPTIONS.get(f"{service}:{action}", frozenset())
    jsonata = field == "Arguments"
    walker = _Walker(model, f"{service}:{action}", "", jsonata=jsonata)
    given: set[str] = set()
    for key in keys:
        name = key[:-2] if key.endswith(".$") and not jsonata else key
        if name in accepted:
            given.add(accepted[name])
        elif name not in extra:
            walker.unknown(name, members, field, key)
    for required in shape.get("required", ()):
        if required in given or refs[required].get("idempotencyToken"):
            continue  # an idempotency token is filled in when left out
        name = required[:1].upper() + required[1:]
        how = "" if jsonata else f" (or {name + '.$'!r} with a path)"
        walker.add(
            f"{walker.label}: {field} requires {name!r}; add it{how}",
            f"{field}.{name}",
            "sdk-missing-parameter",
        )
    return tuple(walker.problems)


@functools.lru_cache(maxsize=1024)
def result_members(service: str, action: str, *, sdk: bool) -> tuple[str, ...]:
    """The top-level members every result of a request-response call holds: its output's required ones.

    An AWS SDK integration (*sdk*) spells them as the AWS SDK for Java v2 does; an optimized
    integration whose result is the API action's output (:data:`OPTIMIZED_MODELS`) as the API
    reference does. Unknown services and actions have none.

    Example:
        >>> result_members("sfn", "startExecution", sdk=True)
        ('ExecutionArn', 'StartDate')
        >>> result_members("dynamodb", "getItem", sdk=False)
        ()
    """
    model = load(service if sdk else OPTIMIZED_MODELS.get(service, ""))
    if model is None or action not in model.operations:
        return ()
    output = model.operations[action].get("output", {}).get("shape")
    required = model.shapes[output].get("required", ()) if output else ()
    return tuple(sorted(member_name(m) if sdk else m[:1].upper() + m[1:] for m in required))


# Fields Step Functions adds to the result of an optimized request-response call, beyond the
# API's output: the HTTP and SDK metadata of the response.
_RESPONSE_METADATA: Final = frozenset({"SdkHttpMetadata", "SdkResponseMetadata"})


SOMETIMES_ABSENT: Final[Mapping[tuple[str, str], frozenset[str]]] = {
    # Top-level members of an output that the API reference documents as left out of some
    # successful results, by the model's service and action. The models mark most output members
    # optional, including those every result has (glue getCrawler's Crawler): only these are
    # reported as "may be left out".
    # https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html: with no
    # matching item "there will be no Item element in the response".
    ("dynamodb", "getItem"): frozenset({"Item"}),
    # API_Query.html, API_Scan.html: LastEvaluatedKey is there only when more pages are left.
    ("dynamodb", "query"): frozenset({"LastEvaluatedKey"}),
    ("dynamodb", "scan"): frozenset({"LastEvaluatedKey"}),
    # API_PutItem.html, API_UpdateItem.html, API_DeleteItem.html: Attributes only with ReturnValues.
    ("dynamodb", "putItem"): frozenset({"Attributes"}),
    ("dynamodb", "updateItem"): frozenset({"Attributes"}),
    ("dynamodb", "deleteItem"): frozenset({"Attributes"}),
    # https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html: FunctionError "If present,
    # indicates that an error occurred during function execution".
    ("lambda", "invoke"): frozenset({"FunctionError"}),
}
"""Output members the API reference documents as absent from some results."""


@attrs.frozen
class ResultMember:
    """What an API output shape says about a path into a call's result (see :func:`result_member`).

    *kind* is ``"absent"`` (the output never has member *name*; *hint* is a did-you-mean text
    and *names* the members it has), ``"optional"`` (member *name*, at *where* in the result,
    is documented as left out of some results: :data:`SOMETIMES_ABSENT`) or ``"required"``
    (every member on the way is in every result).
    """

    kind: Literal["absent", "optional", "required"]
    label: str
    name: str = ""
    where: str = ""
    hint: str = ""
    names: str = ""


@functools.lru_cache(maxsize=4096)
def result_member(
    service: str, action: str, path: str, *, sdk: bool, always: tuple[str, ...] = ()
) -> ResultMember | None:
    """What the output shape of a request-response call says about *path* (``$.Item.id``) in its result.

    An AWS SDK integration (*sdk*) takes the AWS SDK for Java v2 spelling, the model's and the
    API reference's; an optimized one (:data:`OPTIMIZED_MODELS`) its result's fields too
    (``SdkHttpMetadata``, which the model does not know: nothing is said about them). *always*
    lists top-level members the integration always returns beyond the model's required ones.
    None when the model does not tell: an unknown call, a path into a document, a blob, a list
    element or a map entry before any member is optional, a member the model marks optional
    without the API reference saying when it is left out.

    Example:
        >>> result_member("dynamodb", "getItem", "$.Item.id.S", sdk=True).kind
        'optional'
        >>> found = result_member("dynamodb", "getItem", "$.Itemz", sdk=False)
        >>> found.kind, found.name, found.hint
        ('absent', 'Itemz', " (did you mean 'Item'?)")
        >>> result_member("sfn", "startExecution", "$.ExecutionArn", sdk=True).kind
        'required'
    """

    model = load(service if sdk else OPTIMIZED_MODELS.get(service, ""))
    if model is None or action not in model.operations:
        return None
    shape_name = model.operations[action].get("output", {}).get("shape")
    if shape_name is None:
        return None
    try:
        segments = parse_path(path).segments
    except InvalidPathError:
        return None
    label = f"{service}:{action}"
    documented = SOMETIMES_ABSENT.get((model.entry.name, action), frozenset())
    optional: ResultMember | None = None
    unsure = False  # a member the model marks optional, with no word on when
    where = "$"
    for depth, segment in enumerate(segments):
        shape = model.shapes[shape_name]
        if not (isinstance(segment, Field) and shape.get("type") == "structure"):
            break  # a list element, a map entry, a document, a scalar: the model says no more
        if shape.get("document") or (not sdk and depth == 0 and segment.name in _RESPONSE_METADATA):
            return optional
        spelt = _spellings(model, shape_name)
        where = f"{where}.{segment.name}"
        if segment.name not in spelt:
            names = sorted(_members(model, shape_name))
            hint = _did_you_mean(segment.name, names)
            return ResultMember("absent", label, segment.name, where, hint, _listing(names))
        member = spelt[segment.name]
        required = member in shape.get("required", ()) or (depth == 0 and segment.name in always)
        if required or optional is not None:
            pass
        elif depth == 0 and member[:1].upper() + member[1:] in documented:
            optional = ResultMember("optional", label, segment.name, where)
        else:
            unsure = True
        shape_name = shape["members"][member]["shape"]
    else:
        return optional or (None if unsure else ResultMember("required", label))
    return optional


def _selector_paths(selector: Mapping[str, Any], where: str) -> Iterator[tuple[str, str]]:
    """Each ``"key.$"`` JSONPath of *selector* that reads the result (not ``$$``), with its path."""
    for key, value in selector.items():
        if not isinstance(key, str):
            continue
        if isinstance(value, Mapping) and not key.endswith(".$"):
            yield from _selector_paths(value, f"{where}.{key}")
        elif key.endswith(".$") and isinstance(value, str) and value.startswith("$."):
            yield value, f"{where}.{key}"


def _spellings(model: ServiceModel, shape_name: str) -> Mapping[str, str]:
    # A result's member as Step Functions spells it (Java v2), or as the model, its wire name
    # and the API reference do: the warning is for a name none of them has.
    names = model.shapes[shape_name].get("members", {})
    wire = {ref["locationName"]: n for n, ref in names.items() if "locationName" in ref}
    return {
        **{w[:1].upper() + w[1:]: n for w, n in wire.items()},
        **wire,
        **{n: n for n in names},
        **{n[:1].upper() + n[1:]: n for n in names},
        **_members(model, shape_name),
    }


def _absent_member(model: ServiceModel, shape_name: str, text: str) -> tuple[str, list[str]] | None:
    """The first member *text* reads that the shape cannot have, with the names it has."""

    try:
        segments = parse_path(text).segments
    except InvalidPathError:
        return None  # reported where paths are checked
    for segment in segments:
        shape = model.shapes[shape_name]
        kind = shape.get("type")
        if kind == "structure" and not shape.get("document") and isinstance(segment, Field):
            spelt = _spellings(model, shape_name)
            if segment.name not in spelt:
                return segment.name, sorted(_members(model, shape_name))
            shape_name = shape["members"][spelt[segment.name]]["shape"]
        elif kind == "list" and isinstance(segment, (Index, Slice, Wildcard)):
            shape_name = shape["member"]["shape"]
        elif kind == "map" and isinstance(segment, (Field, Wildcard)):
            shape_name = shape["value"]["shape"]
        else:
            return None  # a document, a scalar, a filter: what follows is not the model's
    return None


def result_selector_problems(
    service: str, action: str, selector: object, path: str
) -> list[Problem]:
    """Warnings for ``ResultSelector`` paths into members the result of an AWS SDK call never has.

    Such a path selects nothing, and the execution fails with ``States.Runtime``. *path* is
    the state's path.

    Example:
        >>> for p in result_selector_problems("dynamodb", "getItem", {"item.$": "$.Itme"}, "States.G"):
        ...     print(p.message)
        ResultSelector reads '$.Itme', but the result of dynamodb:getItem has no 'Itme' (did you mean 'Item'?), so the execution fails with States.Runtime; its members are: ConsumedCapacity, Item
    """
    model = load(service)
    if model is None or action not in model.operations or not isinstance(selector, Mapping):
        return []
    output = model.operations[action].get("output", {}).get("shape")
    if output is None:
        return []
    problems = []
    for text, where in _selector_paths(selector, f"{path}.ResultSelector"):
        absent = _absent_member(model, output, text)
        if absent is not None:
            name, names = absent
            problems.append(
                Problem(
                    f"ResultSelector reads {text!r}, but the result of {service}:{action} has no "
                    f"{name!r}{_did_you_mean(name, names)}, so the execution fails with "
                    f"States.Runtime; its members are: {_listing(names)}",
                    where,
                    "sdk-unknown-result-field",
                    "warning",
                )
            )
    return problems


def _java_exception(shape: str) -> str:
    # The SDK's exception class for an error shape: "...Fault" and bare names end in "Exception".
    if shape.endswith("Fault"):
        return shape[: -len("Fault")] + "Exception"
    return shape if shape.endswith("Exception") else shape + "Exception"


def error_name_problems(
    service: str, action: str, names: Sequence[tuple[str, str]]
) -> list[Problem]:
    """Warnings for Retry/Catch error names (with their paths) that an SDK call never raises.

    Step Functions names an AWS SDK error ``<Service>.<Error>Exception``, the service in the
    Java SDK's PascalCase (``DynamoDb``) and the error with an ``Exception`` suffix even where
    the API reference has none (see DOCS).

    Example:
        >>> for p in error_name_problems("dynamodb", "putItem",
        ...                              [("DynamoDB.ConditionalCheckFailedException", "Catch[0]")]):
        ...     print(p.message)
        Step Functions names the errors of dynamodb 'DynamoDb.<Error>': 'DynamoDB.ConditionalCheckFailedException' never matches; write 'DynamoDb.ConditionalCheckFailedException'
    """
    entry = services().get(service)
    if entry is None:
        return []
    model = load(service)
    raw = [
        e["shape"] for e in (model.operations.get(action, {}).get("errors", ()) if model else ())
    ]
    problems: list[Problem] = []
    for name, path in names:
        prefix, dot, error = name.partition(".")
        if not dot or prefix == "States":
            continue
        if prefix != entry.prefix and prefix.lower() == entry.prefix.lower():
            fixed = f"{entry.prefix}.{error}"
            problems.append(
                Problem(
                    f"Step Functions names the errors of {service} '{entry.prefix}.<Error>': "
                    f"{name!r} never matches; write {fixed!r}",
                    path,
                    "sdk-error-name",
                    "warning",
                )
            )
        elif prefix == entry.prefix and error and not error.endswith("Exception"):
            fixed = f"{entry.prefix}.{_java_exception(error)}"
            known = " (an error of the action)" if error in raw else ""
            problems.append(
                Problem(
                    f"Step Functions names AWS SDK errors with an 'Exception' suffix: {name!r}"
                    f"{known} never matches; write {fixed!r}",
                    path,
                    "sdk-error-name",
                    "warning",
                )
            )
    return problems


__all__ = [
    "DEPRECATED_SERVICES",
    "DOCS",
    "OPTIMIZED_EXCEPTIONS",
    "OPTIMIZED_MODELS",
    "SOMETIMES_ABSENT",
    "UNSUPPORTED_ACTIONS",
    "ResultMember",
    "error_name_problems",
    "optimized_problems",
    "payload_problems",
    "resource_problems",
    "result_member",
    "result_members",
    "result_selector_problems",
]
