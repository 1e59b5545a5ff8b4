"""Typed builders of AWS SDK integrations, one module per service, generated from the API models.

Each action of a service is a function taking the Task's name and its parameters as a
``TypedDict`` with Step Functions' names: an IDE completes the names, mypy rejects a misspelt
one, and the Task checks everything else against the model when it is built.

Example:
    >>> from sfdsl import Var
    >>> from sfdsl.aws.sdk import dynamodb
    >>> t = dynamodb.query("Find", {"TableName": "orders", "KeyConditionExpression": "pk = :v",
    ...                             "ExpressionAttributeValues": {":v": {"S": Var("$.id")}}}, end=True)
    >>> t.resource
    'arn:aws:states:::aws-sdk:dynamodb:query'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sfdsl._states import Task
from sfdsl.aws._build import call_task


def sdk_task(
    name: str, call: str, parameters: Mapping[str, Any], pattern: str, options: Mapping[str, Any]
) -> Task:
    """The Task calling the AWS SDK integration *call* (``<service>:<action>``).

    Example:
        >>> sdk_task("Who", "sts:getCallerIdentity", {}, "request_response", {"end": True}).resource
        'arn:aws:states:::aws-sdk:sts:getCallerIdentity'
    """
    return call_task(name, f"aws-sdk:{call}", pattern, parameters, options)


__all__ = ["sdk_task"]
