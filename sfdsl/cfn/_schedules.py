"""Schedules that start a state machine: EventBridge rules or EventBridge Scheduler schedules.

A schedule expression (``rate(...)``, ``cron(...)``, and for the Scheduler ``at(...)``) is
checked when the :class:`Schedule` is made.
"""

from __future__ import annotations

import re
from typing import Any, Final

import attrs

from sfdsl.cfn._eventbridge import InputTransformer, RetryPolicy, one_input
from sfdsl.cfn._values import CfnValue, frozen, option_error

_RATE = re.compile(r"^rate\((?P<n>\d+) (?P<unit>minute|minutes|hour|hours|day|days)\)$")
_CRON = re.compile(r"^cron\((?P<body>[^)]*)\)$")
_AT = re.compile(r"^at\(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\)$")
_MONTHS: Final = (
    "JAN",
    "FEB",
    "MAR",
    "APR",
    "MAY",
    "JUN",
    "JUL",
    "AUG",
    "SEP",
    "OCT",
    "NOV",
    "DEC",
)
_DAYS: Final = ("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")


@attrs.frozen
class _CronField:
    name: str
    low: int
    high: int
    names: tuple[str, ...] = ()

    @property
    def expected(self) -> str:
        span = f"{self.low}-{self.high}"
        return f"{span} or {self.names[0]}-{self.names[-1]}" if self.names else span


_CRON_FIELDS: Final = (
    _CronField("minutes", 0, 59),
    _CronField("hours", 0, 23),
    _CronField("day-of-month", 1, 31),
    _CronField("month", 1, 12, _MONTHS),
    _CronField("day-of-week", 1, 7, _DAYS),
    _CronField("year", 1970, 2199),
)
_DOM_SPECIAL = re.compile(r"^(L|LW|(?P<day>\d+)W)$")
_DOW_SPECIAL = re.compile(r"^(L|(?P<day>\w+)L|(?P<nth_day>\w+)#(?P<nth>\d+))$")
_SPECIAL: Final = {"day-of-month": _DOM_SPECIAL, "day-of-week": _DOW_SPECIAL}


def _cron_value(field: _CronField, text: str) -> int | None:
    if text.isdigit():
        n = int(text)
        return n if field.low <= n <= field.high else None
    if text in field.names:
        return field.names.index(text) + field.low
    return None


def _cron_field_problem(field: _CronField, text: str) -> str | None:
    """Why one cron field is invalid (syntax or range), or ``None``."""
    bad = f"invalid {field.name} field {text!r}"
    if text == "?":
        if field.name in ("day-of-month", "day-of-week"):
            return None
        return f"{bad}: '?' is allowed only in day-of-month and day-of-week"
    special = _SPECIAL.get(field.name)
    for item in text.split(","):
        m = special.match(item) if special else None
        if m:
            if field.name == "day-of-week" and m["nth"] and not 1 <= int(m["nth"]) <= 5:
                return f"{bad}: the week number after '#' must be 1-5, got {m['nth']}"
            days = [m.group(g) for g in m.re.groupindex if g != "nth" and m.group(g)]
            if any(_cron_value(field, d) is None for d in days):
                return f"{bad}: expected a {field.name} value {field.expected}"
            continue
        base, slash, step = item.partition("/")
        if slash and not (step.isdigit() and int(step) >= 1):
            return f"{bad}: the increment after '/' must be a positive integer, got {step!r}"
        if base == "*":
            continue
        ends = base.split("-")
        if len(ends) > 2 or not all(ends):
            return f"{bad}: expected a value, a range 'a-b', '*' or an increment 'a/n'"
        for end in ends:
            if _cron_value(field, end) is None:
                return f"{bad}: {end!r} is out of range; expected {field.expected}"
    return None


def schedule_problem(expression: str, *, scheduler: bool = False) -> str | None:
    """Why *expression* is not a valid schedule expression, or ``None``.

    Example:
        >>> schedule_problem("rate(1 minutes)")
        "rate(1 minutes): the unit must be singular for 1; write 'rate(1 minute)'"
        >>> schedule_problem("cron(0 12 * * ? *)") is None
        True
    """
    if not isinstance(expression, str):
        return f"a schedule expression must be a string, got {expression!r}"
    m = _RATE.match(expression)
    if m:
        n, unit = int(m["n"]), m["unit"]
        if n < 1:
            return f"{expression}: the value must be a positive integer"
        if n == 1 and unit.endswith("s"):
            return f"{expression}: the unit must be singular for 1; write 'rate(1 {unit[:-1]})'"
        if n > 1 and not unit.endswith("s"):
            return f"{expression}: the unit must be plural for {n}; write 'rate({n} {unit}s)'"
        return None
    if expression.startswith("rate("):
        return (
            f"{expression}: expected 'rate(<positive integer> minute(s)|hour(s)|day(s))', "
            "e.g. 'rate(5 minutes)'"
        )
    m = _CRON.match(expression)
    if m:
        fields = m["body"].split()
        if len(fields) != 6:
            return (
                f"{expression}: a cron expression has 6 fields (minutes hours day-of-month month "
                f"day-of-week year), got {len(fields)}; e.g. 'cron(0 12 * * ? *)'"
            )
        for field, value in zip(_CRON_FIELDS, fields, strict=True):
            problem = _cron_field_problem(field, value.upper())
            if problem:
                return f"{expression}: {problem}"
        if (fields[2] == "?") == (fields[4] == "?"):
            return (
                f"{expression}: exactly one of day-of-month and day-of-week must be '?'; "
                "e.g. 'cron(0 12 * * ? *)'"
            )
        return None
    if _AT.match(expression):
        if scheduler:
            return None
        return (
            f"{expression}: a one-time 'at(...)' schedule needs EventBridge Scheduler; "
            "pass scheduler=True"
        )
    forms = "'rate(...)', 'cron(...)'" + (" or 'at(yyyy-mm-ddThh:mm:ss)'" if scheduler else "")
    return f"{expression!r} is not a schedule expression; use {forms}"


@attrs.frozen
class Schedule:
    """Start the state machine on a schedule (EventBridge rule, or EventBridge Scheduler).

    Args:
        expression: ``rate(...)`` or ``cron(...)`` (Scheduler also ``at(...)``), checked now.
        input: a JSON value (or text) given as the execution input.
        scheduler: use EventBridge Scheduler (``AWS::Scheduler::Schedule``), which has time zones.
        role: an existing role ARN for the rule or schedule; ``None`` generates one.

    Example:
        >>> Schedule("rate(10 minutes)", input={"key1": "value1"}).enabled
        True
        >>> Schedule("rate(2 hour)")
        Traceback (most recent call last):
        ...
        sfdsl.errors.ValidationError: rate(2 hour): the unit must be plural for 2; write 'rate(2 hours)'
    """

    expression: str = attrs.field()
    enabled: bool = attrs.field(default=True, kw_only=True)
    input: Any = attrs.field(default=None, kw_only=True, converter=frozen)
    input_path: str | None = attrs.field(default=None, kw_only=True)
    input_transformer: InputTransformer | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    role: CfnValue | None = attrs.field(default=None, kw_only=True, converter=frozen)
    scheduler: bool = attrs.field(default=False, kw_only=True)
    timezone: str | None = attrs.field(default=None, kw_only=True)
    retry_policy: RetryPolicy | None = attrs.field(default=None, kw_only=True)
    dead_letter_arn: CfnValue | None = attrs.field(default=None, kw_only=True, converter=frozen)

    def __attrs_post_init__(self) -> None:
        problem = schedule_problem(self.expression, scheduler=self.scheduler)
        if problem:
            raise option_error(problem)
        one_input(self)
        if self.timezone is not None and not self.scheduler:
            msg = "timezone needs EventBridge Scheduler: pass scheduler=True"
            raise option_error(msg)
        if self.scheduler and (self.input_path is not None or self.input_transformer is not None):
            msg = "EventBridge Scheduler has no input_path or input_transformer; use input="
            raise option_error(msg)


__all__ = ["Schedule", "schedule_problem"]
