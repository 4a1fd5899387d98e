"""The agency's settings as plain values: its code (printed in case numbers) and its IANA time zone
(which decides what "today" and "in the future" mean for seizure dates)."""

from __future__ import annotations

import re
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from caseapp.core.errors import CaseAppError
from caseapp.core.i18n import QT_TRANSLATE_NOOP, translate

# The keys of the agency's settings as the store keeps them (one value each); existing databases hold these
# words, so they never change.
AGENCY_NAME_KEY = "agency_name"
AGENCY_CODE_KEY = "agency_code"
TIMEZONE_KEY = "timezone"

AGENCY_CODE_RULE = QT_TRANSLATE_NOOP("Agency", "2 to 12 letters A-Z or digits")
_AGENCY_CODE = re.compile(r"[A-Z0-9]{2,12}")
AGENCY_NAME_MAX = 120


def agency_code(text: str) -> str:
    """The code as stored (upper case), or CaseAppError naming the rule."""
    code = text.strip().upper()
    if not _AGENCY_CODE.fullmatch(code) or not code.isascii():
        raise CaseAppError(translate("Agency", "the agency code '{code}' is not {rule} (it is printed in case "
                                     "numbers, e.g. CBSA)").format(code=text.strip(),
                                                                   rule=translate("Agency", AGENCY_CODE_RULE)))
    return code


def agency_name(text: str) -> str:
    name = " ".join(text.split())
    if len(name) > AGENCY_NAME_MAX or any(not c.isprintable() for c in name):
        raise CaseAppError(translate("Agency", "the agency name is at most {count} printable characters").format(
            count=AGENCY_NAME_MAX))
    return name


def time_zone(text: str) -> str:
    """An IANA time zone name as typed, checked, or CaseAppError."""
    name = text.strip()
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise CaseAppError(translate("Agency", "unknown time zone '{zone}' (use an IANA name like "
                                     "Europe/Paris)").format(zone=name)) from None
    return name


@cache
def time_zone_names() -> tuple[str, ...]:
    """Every IANA zone this machine knows, sorted, for pickers and completers."""
    return tuple(sorted(n for n in available_timezones() if "/" in n or n == "UTC"))
