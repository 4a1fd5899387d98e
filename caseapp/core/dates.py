"""Seizure dates as entered: an ISO date or date-time in the agency's local time."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from caseapp.core.i18n import translate
from caseapp.core.text import quoted

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")

EARLIEST_YEAR = 1900


def _spelled(year: str, month: str, day: str) -> str:
    """'5 June 2016' in English, '5 juin 2016' in French (a day that does not exist: the numbers as they are)."""
    from babel.dates import format_date

    from caseapp.core.i18n import LOCALES, current_language

    try:
        return str(format_date(date(int(year), int(month), int(day)), "d MMMM y", locale=LOCALES[current_language()]))
    except ValueError:
        return f"{int(year):04d}-{int(month):02d}-{int(day):02d}"


@lru_cache(maxsize=16384)
def parse_occurred(text: str, *, day_first: bool = False) -> str:
    """Normalise a date or date-time to ISO ('2024-03-05' or '2024-03-05T14:30').

    Accepts ISO (date, 'T' or space before the time) and yyyymmdd. A date written with slashes or dots
    is read in the UN's order (dd/mm/yyyy) only where the source says so (`day_first`, the IDS layout);
    anywhere else (typed by an officer, a JSON file) it is taken only when it cannot be misread
    (25/12/2016, 12/25/2016, 05/05/2016): "06/07/2016" is refused as ambiguous, never guessed.
    Raises ValueError with a message naming the problem.
    """
    stripped = text.strip()
    match = _ISO.match(stripped)
    if match:
        y, mo, d, h, mi, s = match.groups()
    else:
        match = _DMY.match(stripped)
        if match:
            first, second, y, h, mi, s = match.groups()
            d, mo = first, second
            if not day_first and int(first) != int(second):
                if int(first) <= 12 and int(second) <= 12:
                    raise ValueError(translate(
                        "Dates", "{text} is ambiguous: {one} or {other}? Type it as YYYY-MM-DD ({iso_one} or "
                        "{iso_other})").format(
                        text=quoted(text), one=_spelled(y, second, first), other=_spelled(y, first, second),
                        iso_one=f"{int(y):04d}-{int(second):02d}-{int(first):02d}",
                        iso_other=f"{int(y):04d}-{int(first):02d}-{int(second):02d}"))
                if int(second) > 12:  # month first, as in the United States: 12/25/2016
                    d, mo = second, first
        else:
            match = _COMPACT.match(stripped)
            if not match:
                raise ValueError(translate("Dates", "{text} is not a date (use YYYY-MM-DD or YYYY-MM-DD HH:MM)").format(
                    text=quoted(text)))
            y, mo, d = match.groups()
            h = mi = s = None
    try:
        day = date(int(y), int(mo), int(d))
        if h is None:
            return day.isoformat()
        moment = datetime(day.year, day.month, day.day, int(h), int(mi), int(s or 0))
    except ValueError:
        raise ValueError(translate("Dates", "{text} is not a real date").format(text=quoted(text))) from None
    return moment.isoformat(timespec="seconds" if s else "minutes")


def occurred_date(iso: str) -> date:
    return date.fromisoformat(iso[:10])


def occurred_moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso) if "T" in iso else datetime.fromisoformat(iso + "T00:00")
