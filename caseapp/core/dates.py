"""Seizure dates as entered: an ISO date or date-time in the agency's local time."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")

EARLIEST_YEAR = 1900


@lru_cache(maxsize=16384)
def parse_occurred(text: str) -> str:
    """Normalise a date or date-time to ISO ('2024-03-05' or '2024-03-05T14:30').

    Accepts ISO (date, 'T' or space before the time), dd/mm/yyyy and dd.mm.yyyy (the UN's order),
    and yyyymmdd. Raises ValueError with a message naming the problem.
    """
    stripped = text.strip()
    match = _ISO.match(stripped)
    if match:
        y, mo, d, h, mi, s = match.groups()
    else:
        match = _DMY.match(stripped)
        if match:
            d, mo, y, h, mi, s = match.groups()
        else:
            match = _COMPACT.match(stripped)
            if not match:
                raise ValueError(f"'{text}' is not a date (use YYYY-MM-DD or YYYY-MM-DD HH:MM)")
            y, mo, d = match.groups()
            h = mi = s = None
    try:
        day = date(int(y), int(mo), int(d))
        if h is None:
            return day.isoformat()
        moment = datetime(day.year, day.month, day.day, int(h), int(mi), int(s or 0))
    except ValueError:
        raise ValueError(f"'{text}' is not a real date") from None
    return moment.isoformat(timespec="seconds" if s else "minutes")


def occurred_date(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def occurred_moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso) if "T" in iso else datetime.fromisoformat(iso + "T00:00")
