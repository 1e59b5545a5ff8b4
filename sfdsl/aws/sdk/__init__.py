"""Typed builders of AWS SDK integrations, one module per service, generated from the API models.

Each action of a service is a builder taking the Task's name and its parameters as a
``TypedDict`` with Step Functions' names (nested structures included): an IDE completes the
names, mypy rejects a misspelt one or a value of the wrong type, and the Task checks everything
else against the model when it is built. A module whose name is a Python keyword ends with an
underscore (``lambda_``).

Example:
    >>> from sfdsl import Var
    >>> from sfdsl.aws.sdk import dynamodb
    >>> t = dynamodb.query("Find", {"TableName": "orders", "KeyConditionExpression": "pk = :v",
    ...                             "ExpressionAttributeValues": {":v": {"S": Var("$.id")}}}, end=True)
    >>> t.resource
    'arn:aws:states:::aws-sdk:dynamodb:query'
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from sfdsl._sdk._typed import actions, module_name
from sfdsl._states import Task
from sfdsl.aws._build import SUFFIX, call_task
from sfdsl.errors import Problem, ValidationError

_PATTERNS = ("request_response", "wait_for_task_token")


def sdk_task(
    name: str, call: str, parameters: Mapping[str, Any], pattern: str, options: Mapping[str, Any]
) -> Task:
    """The Task calling the AWS SDK integration *call* (``<service>:<action>``).

    Example:
        >>> sdk_task("Who", "sts:getCallerIdentity", {}, "request_response", {"end": True}).resource
        'arn:aws:states:::aws-sdk:sts:getCallerIdentity'
    """
    # A pattern ASL has (.sync) is refused by the Task's own check, with its fix.
    if pattern not in SUFFIX:
        msg = (
            f"unknown integration pattern {pattern!r}; AWS SDK integrations take "
            f"{', '.join(map(repr, _PATTERNS))}"
        )
        raise ValidationError(
            [Problem(msg, f"States.{name}.Resource", "pattern-unsupported")],
            subject=f"state {name!r}",
        )
    return call_task(name, f"aws-sdk:{call}", pattern, parameters, options)


@functools.cache
def _builder(service: str, python: str, action: str) -> Callable[..., Task]:
    def build(
        name: str,
        parameters: Mapping[str, Any],
        /,
        *,
        pattern: str = "request_response",
        **options: Any,
    ) -> Task:
        return sdk_task(name, f"{service}:{action}", parameters, pattern, options)

    build.__name__ = build.__qualname__ = python
    build.__module__ = f"{__name__}.{module_name(service)}"
    build.__doc__ = (
        f"Call {service}:{action} (``arn:aws:states:::aws-sdk:{service}:{action}``); "
        "the parameters are checked against its API model."
    )
    return build


def builders(service: str) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of the module of *service*: its builders, made when used.

    Example:
        >>> get, names = builders("sqs")
        >>> get("send_message")("Send", {"QueueUrl": "q", "MessageBody": "hi"}, end=True).resource
        'arn:aws:states:::aws-sdk:sqs:sendMessage'
        >>> "send_message" in names()
        True
    """

    def names() -> list[str]:
        return sorted(actions(service))

    def get(attribute: str) -> Any:
        if attribute == "__all__":
            return names()
        # The table of actions comes from the model: not read for Python's own dunder lookups.
        action = None if attribute.startswith("__") else actions(service).get(attribute)
        if action is None:
            msg = f"module '{__name__}.{module_name(service)}' has no attribute {attribute!r}"
            raise AttributeError(msg)
        return _builder(service, attribute, action)

    return get, names


__all__ = ["builders", "sdk_task"]
