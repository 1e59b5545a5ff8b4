"""A Step Functions Local mock configuration skeleton for a workflow, ready to edit.

The file has the format Step Functions Local reads (``StateMachines.<machine>.TestCases.<case>``
maps each state to a name in ``MockedResponses``, and each mocked response gives a ``Return`` or
a ``Throw`` per attempt; see
https://docs.aws.amazon.com/step-functions/latest/dg/sfn-local-mock-cfg-file.html). It holds one
test case for the happy path, where every Task returns, one per Retry of every Task, where that
Task's first attempt throws an error the Retry handles and the second returns, and one per Catch
of every Task, where that Task throws an error the Catch handles (and no earlier Catch does). Each ``Return`` has the
shape of the Task's result (see :mod:`sfdsl._runner._mockshape`) with placeholder values:
``"string"`` for strings, ``0`` for numbers, ``false`` for booleans, the first value of an
enumeration, every field a result must have, and at the top level every field it may have.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Final

from sfdsl._resources import task_resource
from sfdsl._runner._failure import matches
from sfdsl._runner._mockshape import ResultShape, result_shape
from sfdsl._runner._walk import nested_states

HAPPY_PATH: Final = "HappyPath"
"""The name of the test case in which every Task returns."""

_ERRORS_TRIED: Final = ("sfdsl.MockedError", "States.TaskFailed", "States.Timeout")
"""Errors thrown for a Catch that names only ``States.*`` wildcards."""

_PLACEHOLDERS: Final[Mapping[str, Any]] = {
    "string": "string",
    "blob": "",
    "timestamp": "1970-01-01T00:00:00Z",
    "integer": 0,
    "long": 0,
    "float": 0,
    "double": 0,
    "boolean": False,
}
_INVOKE_VALUES: Final[Mapping[str, Any]] = {
    "ExecutedVersion": "$LATEST",
    "Payload": {},
    "StatusCode": 200,
}
"""A placeholder Lambda Invoke response: a successful call whose function returned ``{}``."""

_MAX_DEPTH: Final = 8


def _placeholder(shape: ResultShape, shape_name: str, stack: tuple[str, ...]) -> Any:
    spec = shape.model.shapes[shape_name]
    kind = spec.get("type", "string")
    if kind == "structure":
        return _structure(shape, shape_name, stack, every=False)
    if kind == "list":
        return []
    if kind == "map" or kind == "document":
        return {}
    if kind == "string" and spec.get("enum"):
        return spec["enum"][0]
    return _PLACEHOLDERS.get(kind, "string")


def _structure(
    shape: ResultShape, shape_name: str, stack: tuple[str, ...], *, every: bool
) -> dict[str, Any]:
    if shape_name in stack or len(stack) > _MAX_DEPTH:
        return {}  # a recursive shape: its required members, if any, are left to the user
    spec = shape.model.shapes[shape_name]
    required = set(spec.get("required", ()))
    out: dict[str, Any] = {}
    for name, model_name in shape.members(shape_name).items():
        if every or model_name in required:
            member = spec["members"][model_name]["shape"]
            out[name] = _placeholder(shape, member, (*stack, shape_name))
    return out


def placeholder_result(shape: ResultShape | None) -> Any:
    """A result of *shape* with placeholder values (``{}`` where no shape is known).

    Example:
        >>> from sfdsl._resources import ResourceArn
        >>> placeholder_result(result_shape(ResourceArn.parse("arn:aws:states:::aws-sdk:sqs:sendMessage")))
        {'Md5OfMessageBody': 'string', 'Md5OfMessageAttributes': 'string', 'Md5OfMessageSystemAttributes': 'string', 'MessageId': 'string', 'SequenceNumber': 'string'}
    """
    if shape is None:
        return {}
    if "Payload" in shape.any_json:
        return dict(_INVOKE_VALUES)
    return _structure(shape, shape.shape, (), every=True) if shape.shape else {}


def _tasks(asl: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """Every Task (and Map with an ItemReader) of *asl*, inside branches and Map processors too."""
    for name, state in nested_states(asl):
        if not isinstance(state, Mapping):
            continue
        if state.get("Type") == "Task" or (
            state.get("Type") == "Map" and isinstance(state.get("ItemReader"), Mapping)
        ):
            yield name, state


def _caught_error(rules: list[Any], index: int) -> str | None:
    """An error rule *index* (a Catch or Retry) handles and no earlier rule does (or None)."""
    wanted = rules[index].get("ErrorEquals", [])
    names = [e for e in wanted if isinstance(e, str) and e != "States.ALL"]
    earlier = [tuple(c.get("ErrorEquals", ())) for c in rules[:index]]
    for error in (*names, *_ERRORS_TRIED):
        if matches(tuple(wanted), error) and not any(matches(e, error) for e in earlier):
            return error
    return None


def mock_config(
    asl: Mapping[str, Any], name: str, values: Mapping[str, object] | None = None
) -> dict[str, Any]:
    """The mock configuration skeleton of the state machine *asl*, named *name* in the file.

    *values* gives the ``${Name}`` placeholders' values (to tell what each Task calls).

    Example:
        >>> asl = {"StartAt": "Send", "States": {"Send": {
        ...     "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": True,
        ...     "Catch": [{"ErrorEquals": ["Lambda.TooManyRequestsException"], "Next": "Oops"}]},
        ...     "Oops": {"Type": "Fail"}}}
        >>> config = mock_config(asl, "Orders")
        >>> config["StateMachines"]["Orders"]["TestCases"]
        {'HappyPath': {'Send': 'Send.Return'}, 'Send.Catch[0]': {'Send': 'Send.Catch[0].Throw'}}
        >>> config["MockedResponses"]["Send.Catch[0].Throw"]
        {'0': {'Throw': {'Error': 'Lambda.TooManyRequestsException', 'Cause': 'mocked Lambda.TooManyRequestsException'}}}
    """
    tasks = list(_tasks(asl))
    responses: dict[str, Any] = {}
    happy: dict[str, str] = {}
    for state_name, state in tasks:
        key = f"{state_name}.Return"
        if state.get("Type") == "Map":
            value: Any = []  # the items the ItemReader reads
        else:
            call = task_resource(state.get("Resource", ""), values)
            value = placeholder_result(result_shape(call, invoke_response=True))
        responses[key] = {"0": {"Return": value}}
        happy[state_name] = key
    cases: dict[str, dict[str, str]] = {HAPPY_PATH: happy}
    for state_name, state in tasks:
        retriers = [r for r in state.get("Retry", ()) if isinstance(r, Mapping)]
        for i, rule in enumerate(retriers):
            error = _caught_error(retriers, i)
            if error is None or rule.get("MaxAttempts", 3) == 0:
                continue  # no error reaches this rule, or it never retries
            # The first attempt throws, the retry returns.
            case = f"{state_name}.Retry[{i}]"
            key = f"{case}.ThrowThenReturn"
            first_return = responses[happy[state_name]]["0"]
            throw = {"Throw": {"Error": error, "Cause": f"mocked {error}"}}
            responses[key] = {"0": throw, "1": first_return}
            cases[case] = {**happy, state_name: key}
        catchers = [c for c in state.get("Catch", ()) if isinstance(c, Mapping)]
        for i in range(len(catchers)):
            error = _caught_error(catchers, i)
            if error is None:
                continue  # an earlier Catch handles every error this one names
            case = f"{state_name}.Catch[{i}]"
            key = f"{case}.Throw"
            responses[key] = {"0": {"Throw": {"Error": error, "Cause": f"mocked {error}"}}}
            cases[case] = {**happy, state_name: key}
    return {"StateMachines": {name: {"TestCases": cases}}, "MockedResponses": responses}


__all__ = ["HAPPY_PATH", "mock_config", "placeholder_result"]
