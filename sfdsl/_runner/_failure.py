"""The errors a run raises internally while executing states (never seen by users)."""

from __future__ import annotations

from sfdsl._limits import MAX_PAYLOAD_BYTES

RUNTIME = "States.Runtime"
ALL = "States.ALL"
TASK_FAILED = "States.TaskFailed"
TIMEOUT = "States.Timeout"
HEARTBEAT_TIMEOUT = "States.HeartbeatTimeout"
NO_CHOICE_MATCHED = "States.NoChoiceMatched"
INTRINSIC_FAILURE = "States.IntrinsicFailure"
DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded"
EXCEED_TOLERATED = "States.ExceedToleratedFailureThreshold"
ITEM_READER_FAILED = "States.ItemReaderFailed"

# Errors that no Retry or Catch handles: the execution fails.
UNCATCHABLE = frozenset({RUNTIME})

PAYLOAD_LIMIT = MAX_PAYLOAD_BYTES
"""The service's limit, in UTF-8 bytes of JSON text, on a task result and a state's input or output."""

HISTORY_LIMIT = 25_000
"""The most events in a Standard execution's history; the event that would be the 25,000th is
ExecutionFailed with States.Runtime (https://docs.aws.amazon.com/step-functions/latest/dg/limits.html)."""

HISTORY_LIMIT_CAUSE = (
    f"The execution reached the maximum number of history events ({HISTORY_LIMIT})."
)

MAX_EXECUTION_SECONDS = 365 * 24 * 3600
"""A Standard execution's maximum duration, one year: past it the execution times out with
States.Timeout (https://docs.aws.amazon.com/step-functions/latest/dg/limits.html)."""

EXPRESS_MAX_EXECUTION_SECONDS = 5 * 60
"""An Express execution's maximum duration, five minutes (its history has no limit):
https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html#service-limits-state-machine-executions."""

INLINE_MAP_CONCURRENCY = 40
"""The most iterations an inline Map state runs at once, whatever its MaxConcurrency."""


class Failure(Exception):
    """A state failed with an ASL error name and cause (what Retry and Catch see)."""

    def __init__(self, error: str | None, cause: str | None) -> None:
        super().__init__(error, cause)
        self.error = error
        self.cause = cause


class TerminalFailure(Failure):
    """A failure that no Retry or Catch handles (a state input or output over the size limit)."""


class StateError(Exception):
    """A failure raised while evaluating a state's fields, before the cause gets its prefix.

    The engine turns it into a :class:`Failure` whose cause starts with
    "An error occurred while executing the state 'X' (entered at the event id #N).".
    """

    def __init__(self, error: str, message: str) -> None:
        super().__init__(error, message)
        self.error = error
        self.message = message


def matches(error_equals: tuple[str, ...], error: str | None) -> bool:
    """True when a Retry/Catch rule's ErrorEquals covers *error*."""
    name = error or ""
    if name in UNCATCHABLE:
        return False
    for wanted in error_equals:
        if wanted in (name, ALL) or (wanted == TASK_FAILED and name not in _TIMEOUTS):
            return True
        # The ASL specification: States.Timeout also covers a missed heartbeat.
        if wanted == TIMEOUT and name == HEARTBEAT_TIMEOUT:
            return True
    return False


_TIMEOUTS = frozenset({TIMEOUT, HEARTBEAT_TIMEOUT})
