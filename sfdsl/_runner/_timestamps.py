"""Timestamps as Step Functions reads them (ISO-8601 extended offset date-time, RFC 3339)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

_TIMESTAMP = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$"
)


def parse_timestamp(text: str) -> datetime | None:
    """Parse an RFC 3339 timestamp with ``T`` and an offset (``Z`` or ``+hh:mm``); None if invalid.

    Fractions beyond microseconds are truncated.

    Example:
        >>> parse_timestamp("2016-03-14T01:59:00.123456789Z")
        datetime.datetime(2016, 3, 14, 1, 59, 0, 123456, tzinfo=datetime.timezone.utc)
        >>> parse_timestamp("2016-03-14 01:59:00Z") is None, parse_timestamp("2016-13-14T01:59:00Z") is None
        (True, True)
    """
    m = _TIMESTAMP.match(text)
    if not m:
        return None
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    fraction = (m.group(7) or "").ljust(6, "0")[:6]
    zone = m.group(8)
    if zone == "Z":
        tz = timezone.utc
    else:
        sign = 1 if zone[0] == "+" else -1
        tz = timezone(sign * timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6])))
    try:
        return datetime(year, month, day, hour, minute, second, int(fraction), tzinfo=tz)
    except ValueError:
        return None
