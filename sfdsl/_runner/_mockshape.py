"""Mocked task results checked against what the real integration can return.

A mock that the service could never return makes a local test pass and production fail. Each
mocked result is checked against the output shape of what the Task calls, read from the AWS API
models botocore ships (:mod:`sfdsl._sdk`):

- an AWS SDK integration (``arn:aws:states:::aws-sdk:<service>:<action>``) returns the action's
  output, its members spelt as the AWS SDK for Java v2 spells them (``DbInstances``), timestamps
  as strings;
- an optimized integration called request-response whose result is the API action's output
  (``dynamodb:getItem``, ``sqs:sendMessage``, ...) returns it spelt as the API reference does,
  with Step Functions' ``SdkHttpMetadata`` and ``SdkResponseMetadata``;
- ``arn:aws:states:::lambda:invoke`` returns the Lambda Invoke response (``StatusCode``,
  ``Payload``, ``ExecutedVersion``, ``FunctionError``, ``LogResult``), its ``Payload`` any JSON;
  a function called by its ARN returns its ``Payload``, any JSON (a Step Functions Local mock
  file gives it as an Invoke response, checked as one).

Other resources (``.sync`` and ``.waitForTaskToken`` patterns, activities, HTTP Tasks) return
data the API model does not describe and are not checked.

The modes are those of the TestState API's ``fieldValidationMode``
(https://docs.aws.amazon.com/step-functions/latest/apireference/API_MockInput.html):
``"strict"``: the required fields are present and every field present conforms to the shape;
``"present"``: every field present conforms (a field the shape does not have does not conform);
``"none"``: no check.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias

import attrs

from sfdsl._checks import _kind
from sfdsl._sdk._models import ServiceModel, load
from sfdsl._sdk._naming import member_name
from sfdsl.errors import Problem

if TYPE_CHECKING:
    from sfdsl._resources import ResourceArn

MockValidation: TypeAlias = Literal["strict", "present", "none"]
"""How mocked results are checked against the integration's output shape (TestState's modes)."""

MOCK_VALIDATION_MODES: Final[tuple[MockValidation, ...]] = ("strict", "present", "none")

STEP_FUNCTIONS_METADATA: Final = ("SdkHttpMetadata", "SdkResponseMetadata")
"""Members Step Functions adds to the result of an optimized integration and of lambda:invoke."""

_LAMBDA_INVOKE_REQUIRED: Final = ("Payload", "StatusCode")
"""What every Invoke response Step Functions returns holds (the model marks no member required)."""

_SCALARS: Final[Mapping[str, tuple[str, tuple[type, ...]]]] = {
    # model type -> (what the message says, the JSON types a result holds for it)
    "string": ("a string", (str,)),
    "timestamp": ("a timestamp string (ISO 8601)", (str,)),
    "blob": ("a string (base64)", (str,)),
    "integer": ("a whole number", (int,)),
    "long": ("a whole number", (int,)),
    "float": ("a number", (int, float)),
    "double": ("a number", (int, float)),
    "boolean": ("a boolean", (bool,)),
}
_SHOWN = 12
_MockCode: TypeAlias = Literal[
    "mock-unknown-field", "mock-wrong-type", "mock-missing-field", "not-allowed-value"
]


@attrs.frozen
class ResultShape:
    """What a Task's result looks like: the output structure of an API action, and Step Functions' additions.

    Example:
        >>> from sfdsl._resources import ResourceArn
        >>> shape = result_shape(ResourceArn.parse("arn:aws:states:::lambda:invoke"))
        >>> shape.label, sorted(shape.required)
        ('lambda:invoke', ['Payload', 'StatusCode'])
    """

    label: str
    model: ServiceModel
    shape: str | None
    java_names: bool
    """True for AWS SDK integrations: only the Java v2 spelling is what the service returns."""
    any_json: frozenset[str] = frozenset()
    """Top-level members that hold any JSON (the Invoke response's ``Payload``)."""
    extra: frozenset[str] = frozenset()
    """Top-level members Step Functions adds (any JSON object)."""
    required: frozenset[str] = frozenset()
    """Top-level members always present, beyond those the model marks required."""

    def members(self, shape_name: str) -> Mapping[str, str]:
        """The member names a result holds for a structure -> the model's member name."""
        return _members(self.model, shape_name, self.java_names)


@functools.lru_cache(maxsize=4096)
def _members(model: ServiceModel, shape_name: str, java: bool) -> Mapping[str, str]:
    names = model.shapes[shape_name].get("members", {})
    return {(member_name(m) if java else m[:1].upper() + m[1:]): m for m in names}


def result_shape(call: ResourceArn, *, invoke_response: bool = False) -> ResultShape | None:
    """The shape of what *call* returns, or None where the API models do not describe it.

    *invoke_response*: the mocked value is a Lambda Invoke response (a Step Functions Local
    mock file's ``Return`` for a function called by its ARN).

    Example:
        >>> from sfdsl._resources import ResourceArn
        >>> result_shape(ResourceArn.parse("arn:aws:states:::aws-sdk:s3:listBuckets")).shape
        'ListBucketsOutput'
        >>> result_shape(ResourceArn.parse("arn:aws:lambda:us-east-1:1:function:f")) is None
        True
    """
    if call.kind == "lambda" and not invoke_response:
        return None  # the function's return value: any JSON
    if call.kind == "lambda" or (
        (call.kind, call.service, call.action, call.pattern)
        == ("integration", "lambda", "invoke", "")
    ):
        return _lambda_invoke()
    if call.pattern:
        return None  # .sync results are the describe call's, .waitForTaskToken's the sender's
    if call.kind == "sdk":
        return _action_shape(call.service, call.action, call.service, java=True)
    if call.kind == "integration":
        # The AWS SDK checks load with the first optimized integration's result (or with a Task
        # built in Python that needs them): runs of other machines skip them.
        from sfdsl._sdk._check import OPTIMIZED_MODELS

        service = OPTIMIZED_MODELS.get(call.service)
        if service is not None:
            return _action_shape(call.service, call.action, service, java=False)
    return None


@functools.cache
def _lambda_invoke() -> ResultShape | None:
    found = _action_shape("lambda", "invoke", "lambda", java=False)
    if found is None:
        return None
    return attrs.evolve(
        found, any_json=frozenset({"Payload"}), required=frozenset(_LAMBDA_INVOKE_REQUIRED)
    )


@functools.cache
def _action_shape(label: str, action: str, service: str, *, java: bool) -> ResultShape | None:
    model = load(service)
    if model is None or action not in model.operations:
        return None
    output = model.operations[action].get("output", {}).get("shape")
    extra = frozenset() if java else frozenset(STEP_FUNCTIONS_METADATA)
    return ResultShape(f"{label}:{action}", model, output, java, extra=extra)


def _listing(names: Sequence[str]) -> str:
    shown = ", ".join(names[:_SHOWN])
    return shown + (f" and {len(names) - _SHOWN} more" if len(names) > _SHOWN else "")


class _Checker:
    def __init__(self, shape: ResultShape, mode: MockValidation, where: str, who: str) -> None:
        self.shape = shape
        self.strict = mode == "strict"
        self.where = where
        self.who = who
        self.problems: list[Problem] = []

    def add(self, message: str, path: str, code: _MockCode) -> None:
        full = f"{self.where}.{path}" if path else self.where
        self.problems.append(Problem(f"{self.who}: {message}", full, code))

    def value(self, shape_name: str, value: Any, path: str) -> None:
        shape = self.shape.model.shapes[shape_name]
        kind = shape.get("type", "string")
        if value is None:
            return  # the SDK leaves absent members out, or null: never a wrong type
        if kind == "structure":
            self.structure(shape_name, value, path, top=False)
        elif kind == "list":
            if not isinstance(value, list):
                self.wrong(value, "an array", path)
                return
            for i, item in enumerate(value):
                self.value(shape["member"]["shape"], item, f"{path}[{i}]")
        elif kind == "map":
            if not isinstance(value, Mapping):
                self.wrong(value, "an object", path)
                return
            keys = self.shape.model.shapes[shape["key"]["shape"]].get("enum")
            for key, item in value.items():
                if keys and key not in keys:
                    self.not_allowed(key, keys, f"{path}.{key}", "key")
                self.value(shape["value"]["shape"], item, f"{path}.{key}")
        elif kind in _SCALARS:
            expected, types = _SCALARS[kind]
            ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
            if ok and kind in ("integer", "long") and isinstance(value, float):
                ok = value.is_integer()
            if not ok:
                self.wrong(value, expected, path)
            elif shape.get("enum") and value not in shape["enum"]:
                self.not_allowed(value, shape["enum"], path)

    def wrong(self, value: object, expected: str, path: str) -> None:
        shown = "" if isinstance(value, (Mapping, list)) else f" {value!r:.60}"
        what = f"field {path!r}" if path else "the result"
        self.add(
            f"{what} must be {expected} in a {self.shape.label} result, got "
            f"{_kind(value)}{shown}; give it {expected}",
            path,
            "mock-wrong-type",
        )

    def not_allowed(
        self, value: object, allowed: Sequence[str], path: str, what: str = "field"
    ) -> None:
        by_case = [a for a in allowed if a.lower() == str(value).lower()]
        close = by_case or difflib.get_close_matches(str(value), allowed, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        where = f"{what} {path!r}" if path else "the result"
        self.add(
            f"{where} must be one of {_listing([repr(a) for a in allowed])} in a "
            f"{self.shape.label} result (the API's enumeration), got {value!r:.60}; {hint}"
            "give it one of them",
            path,
            "not-allowed-value",
        )

    def structure(self, shape_name: str | None, value: Any, path: str, *, top: bool) -> None:
        if not isinstance(value, Mapping):
            self.wrong(value, "an object", path)
            return
        members = self.shape.members(shape_name) if shape_name else {}
        model_members = self.shape.model.shapes[shape_name].get("members", {}) if shape_name else {}
        allowed = set(members)
        if top:
            allowed |= self.shape.any_json | self.shape.extra
        for key, item in value.items():
            field = f"{path}.{key}" if path else str(key)
            if key in allowed and key in members and not (top and key in self.shape.any_json):
                self.value(model_members[members[key]]["shape"], item, field)
            elif key in allowed:
                if top and key in self.shape.extra and not isinstance(item, Mapping):
                    self.wrong(item, "an object", field)
            else:
                self.unknown(str(key), sorted(allowed), members, field)
        if not self.strict:
            return
        required = [
            member_name(m) if self.shape.java_names else m[:1].upper() + m[1:]
            for m in (self.shape.model.shapes[shape_name].get("required", ()) if shape_name else ())
        ]
        if top:
            required += sorted(self.shape.required)
        for name in dict.fromkeys(required):
            if name not in value:
                field = f"{path}.{name}" if path else name
                self.add(
                    f"field {field!r} is missing; every {self.shape.label} result has it "
                    "(mock validation 'strict'); add it",
                    field,
                    "mock-missing-field",
                )

    def unknown(
        self, key: str, allowed: Sequence[str], members: Mapping[str, str], field: str
    ) -> None:
        spelled = next(
            (
                name
                for name, model in members.items()
                if key in (model, model[:1].upper() + model[1:])
            ),
            None,
        )
        if spelled is not None and self.shape.java_names:
            fix = f"Step Functions spells it {spelled!r} (the AWS SDK for Java v2 name); rename it"
        elif not allowed:
            fix = "that result has no fields; remove it"
        else:
            by_case = [a for a in allowed if a.lower() == key.lower()]
            close = by_case or difflib.get_close_matches(key, allowed, n=1, cutoff=0.75)
            hint = f"did you mean {close[0]!r}? " if close else ""
            fix = f"{hint}its fields are: {_listing(allowed)}; rename or remove it"
        self.add(
            f"field {field!r} is not in a {self.shape.label} result: {fix}",
            field,
            "mock-unknown-field",
        )


def result_problems(
    value: Any, shape: ResultShape, mode: MockValidation, *, where: str, who: str
) -> list[Problem]:
    """Every way *value* differs from *shape* in *mode*, each located below *where*.

    *who* names the mock and its state in the messages.

    Example:
        >>> from sfdsl._resources import ResourceArn
        >>> shape = result_shape(ResourceArn.parse("arn:aws:states:::aws-sdk:sqs:sendMessage"))
        >>> for p in result_problems({"MessageID": "1", "SequenceNumber": 5}, shape, "present",
        ...                          where="mocks['Send']", who="the mock of state 'Send'"):
        ...     print(p)
        the mock of state 'Send': field 'MessageID' is not in a sqs:sendMessage result: did you mean 'MessageId'? its fields are: Md5OfMessageAttributes, Md5OfMessageBody, Md5OfMessageSystemAttributes, MessageId, SequenceNumber; rename or remove it  @ mocks['Send'].MessageID
        the mock of state 'Send': field 'SequenceNumber' must be a string in a sqs:sendMessage result, got a number 5; give it a string  @ mocks['Send'].SequenceNumber
    """
    if mode == "none":
        return []
    checker = _Checker(shape, mode, where, who)
    checker.structure(shape.shape, value, "", top=True)
    return checker.problems


__all__ = [
    "MOCK_VALIDATION_MODES",
    "STEP_FUNCTIONS_METADATA",
    "MockValidation",
    "ResultShape",
    "result_problems",
    "result_shape",
]
