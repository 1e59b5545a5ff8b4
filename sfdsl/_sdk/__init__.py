"""AWS SDK integrations (``arn:aws:states:::aws-sdk:<service>:<action>``) checked against the API models.

A Task built in Python gets the problems that make the call fail as errors (construction
raises); a Task read from ASL gets them as warnings, since sfdsl's copy of the models (the
installed botocore) may be older or newer than the one Step Functions uses. Values of another
scalar type than the model's are warnings in both cases. The ``.sync`` pattern, which Step
Functions refuses for every AWS SDK integration, is an error in both.

Models are read when a Task first calls a service: ``import sfdsl`` reads none.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Any

from sfdsl._checks import checking_as_asl
from sfdsl.errors import Problem

_READING: ContextVar[bool] = ContextVar("sfdsl_sdk_reading", default=False)


@contextlib.contextmanager
def reading() -> Iterator[None]:
    """Within this block Tasks are being read from ASL: model problems become warnings.

    Example:
        >>> from sfdsl import Task
        >>> with reading():
        ...     t = Task("T", resource="arn:aws:states:::aws-sdk:s3:getObject",
        ...              parameters={"Bucket": "b"}, end=True)
        >>> [p.code for p in task_problems(t.resource, t.parameters, "States.T", jsonata=False)]
        ['sdk-missing-parameter']
    """
    token = _READING.set(True)
    try:
        yield
    finally:
        _READING.reset(token)


def _sdk_call(resource: object) -> tuple[str, str, str] | None:
    if not isinstance(resource, str) or ":aws-sdk:" not in resource:
        return None
    # Resource ARNs are parsed when a Task is first checked: import sfdsl does not load them.
    from sfdsl._resources import ResourceArn

    arn = ResourceArn.parse(resource)
    if arn.kind != "sdk" or "${" in arn.service or "${" in arn.action:
        return None
    return arn.service, arn.action, arn.pattern


def _optimized(resource: object, payload: Any, path: str, jsonata: bool) -> list[Problem]:
    if not isinstance(resource, str) or not resource.startswith("arn:") or payload is None:
        return []
    from sfdsl._resources import ResourceArn  # loaded on first use, as in _sdk_call

    arn = ResourceArn.parse(resource)
    if arn.kind != "integration":
        return []
    # The checks read the API models: loaded when a Task first calls a service.
    from sfdsl._sdk._check import OPTIMIZED_MODELS, optimized_problems

    if arn.service not in OPTIMIZED_MODELS:
        return []
    field = "Arguments" if jsonata else "Parameters"
    return optimized_problems(arn.service, arn.action, payload, f"{path}.{field}")


def task_problems(resource: object, payload: Any, path: str, *, jsonata: bool) -> list[Problem]:
    """Every problem of an AWS SDK Task's resource and payload, with its severity in Python.

    *path* is the state's path; *payload* its ``Parameters`` (or, with *jsonata*, ``Arguments``).
    The problems of a resource and payload are computed once: a copy of a state
    (``Task.with_``), another state making the same call, and the machine's checks of a state
    built in Python reuse them.

    Example:
        >>> for p in task_problems("arn:aws:states:::aws-sdk:sqs:sendMessage",
        ...                        {"QueueUrl": "https://q", "MessageBody": "hi", "DelaySecond": 5},
        ...                        "States.Send", jsonata=False):
        ...     print(p.severity, p.code, p.path)
        error sdk-unknown-parameter States.Send.Parameters.DelaySecond
    """
    if not isinstance(resource, str) or not resource.startswith("arn:"):
        return []
    try:
        found = _relative_problems(resource, payload, jsonata)
    except TypeError:  # a payload that is not hashable (a plain dict): not cached
        found = _relative_problems.__wrapped__(resource, payload, jsonata)
    return [Problem(p.message, path + p.path, p.code, p.severity) for p in found]


# Keyed by the payload itself: states keep theirs frozen and hashable (FrozenDict, FrozenList).
# Values that compare equal across types (1, 1.0 and True) give the same problems, since the
# checks tell scalars apart only by being text or not.
@functools.lru_cache(maxsize=2048)
def _relative_problems(resource: str, payload: Any, jsonata: bool) -> tuple[Problem, ...]:
    """The problems of :func:`task_problems`, their paths relative to the state (``.Resource``)."""
    call = _sdk_call(resource)
    if call is None:
        return tuple(_optimized(resource, payload, "", jsonata))
    from sfdsl._sdk._check import payload_problems, resource_problems  # as in _optimized

    service, action, pattern = call
    problems = resource_problems(service, action, pattern, ".Resource")
    if problems:
        return tuple(problems)
    field = "Arguments" if jsonata else "Parameters"
    if isinstance(payload, str):
        return ()  # a JSONata expression computes the whole payload
    return tuple(payload_problems(service, action, payload, f".{field}", jsonata=jsonata))


def construction_problems(
    resource: object, parameters: Any, arguments: Any, path: str
) -> list[Problem]:
    """The errors a Task built in Python raises for its AWS SDK call (none while reading ASL).

    Example:
        >>> [p.code for p in construction_problems(
        ...     "arn:aws:states:::aws-sdk:s3:listBuckets.sync", None, None, "States.L")]
        ['sdk-pattern-unsupported']
    """
    jsonata = arguments is not None
    found = task_problems(resource, arguments if jsonata else parameters, path, jsonata=jsonata)
    if _READING.get() or checking_as_asl():  # read from ASL, or built in sfdsl.checked_as_asl()
        return [p for p in found if p.code == "sdk-pattern-unsupported"]
    return [p for p in found if p.severity == "error"]


def machine_problems(task: Any, path: str) -> list[Problem]:
    """The warnings a machine reports for an AWS SDK Task (its errors were raised when it was built).

    Besides the payload's problems that are warnings, and every problem of a Task read from ASL,
    these are the Retry/Catch error names the call never raises and the ``ResultSelector`` paths
    its result never has.

    Example:
        >>> from sfdsl import Catch, Task
        >>> t = Task("Put", resource="arn:aws:states:::aws-sdk:dynamodb:putItem",
        ...          parameters={"TableName": "t", "Item": {}}, end=True).catch(
        ...          Catch(["DynamoDB.ConditionalCheckFailedException"], next="Put"))
        >>> [(p.code, p.path) for p in machine_problems(t, "States.Put")]
        [('sdk-error-name', 'States.Put.Catch[0].ErrorEquals[0]')]
    """
    arguments = getattr(task, "arguments", None)
    jsonata = arguments is not None
    payload = arguments if jsonata else getattr(task, "parameters", None)
    found = task_problems(task.resource, payload, path, jsonata=jsonata)
    problems = [
        p if p.severity == "warning" else Problem(p.message, p.path, p.code, "warning")
        for p in found
        if p.code != "sdk-pattern-unsupported"
    ]
    call = _sdk_call(task.resource)
    if call is not None and not any(p.path.endswith(".Resource") for p in found):
        from sfdsl._sdk._check import error_name_problems, result_selector_problems  # as above

        names = [
            (name, f"{path}.{field}[{i}].ErrorEquals[{j}]")
            for field, rules in (("Retry", task.retry_rules), ("Catch", task.catch_rules))
            for i, rule in enumerate(rules)
            for j, name in enumerate(rule.errors)
        ]
        problems += error_name_problems(call[0], call[1], names)
        if call[2] != ".waitForTaskToken":  # the result is what the token's sender sends
            selector = getattr(task, "result_selector", None)
            problems += result_selector_problems(call[0], call[1], selector, path)
    return problems


__all__ = ["construction_problems", "machine_problems", "reading", "task_problems"]
