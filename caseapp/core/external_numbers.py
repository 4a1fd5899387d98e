"""Other agencies' numbers for a case or an exhibit: their kinds, how a number is checked and folded for search.

A number is kept exactly as typed (trimmed); its search key folds case and drops spaces, hyphens, slashes, dots
and underscores, so "2026-1234/5", "2026 1234 5" and "20261234-5" find each other, as a scanned lab sample number
(which carries no separators) finds the number typed with them.
"""

from __future__ import annotations

import unicodedata

from caseapp.core.errors import CaseAppError
from caseapp.core.i18n import QT_TRANSLATE_NOOP, translate

#: code -> label, in the order forms list them
KINDS = {
    "rcmp": QT_TRANSLATE_NOOP("ExternalNumbers", "RCMP file"),
    "cbsa": QT_TRANSLATE_NOOP("ExternalNumbers", "CBSA seizure number"),
    "lab": QT_TRANSLATE_NOOP("ExternalNumbers", "Lab sample number"),
    "crown": QT_TRANSLATE_NOOP("ExternalNumbers", "Crown file"),
    "other": QT_TRANSLATE_NOOP("ExternalNumbers", "Other"),
}
MAX_LENGTH = 64
_SEPARATORS = frozenset(" -/._\t")


def kind_label(code: str) -> str:
    return translate("ExternalNumbers", KINDS[code]) if code in KINDS else code


def checked_kind(text: str) -> str:
    code = text.strip().casefold()
    if code not in KINDS:
        raise CaseAppError(translate("ExternalNumbers", "'{kind}' is not a kind of number; the kinds are: {kinds}")
                           .format(kind=text.strip(), kinds=", ".join(KINDS)))
    return code


def checked_value(text: str) -> str:
    """The number as it is kept: trimmed, one line of printable characters, 1 to MAX_LENGTH long, with at least
    one letter or digit."""
    value = text.strip()
    if not value:
        raise CaseAppError(translate("ExternalNumbers", "the number is empty"))
    if len(value) > MAX_LENGTH:
        raise CaseAppError(translate("ExternalNumbers", "the number is {n} characters long; at most {max}")
                           .format(n=len(value), max=MAX_LENGTH))
    if any(unicodedata.category(c).startswith("C") for c in value):
        raise CaseAppError(translate("ExternalNumbers", "the number holds control or invisible characters"))
    if not number_key(value):
        raise CaseAppError(translate("ExternalNumbers", "the number '{value}' has no letter or digit").format(
            value=value))
    return value


def number_key(text: str) -> str:
    """The search key: NFKC, case folded, without separators."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in folded if c not in _SEPARATORS)


#: the short names a label prints before a number (the same in both languages: agencies' own abbreviations)
SHORT = {"rcmp": "RCMP", "cbsa": "CBSA", "lab": "Lab", "crown": "Crown", "other": ""}


def label_line(numbers: list[tuple[str, str]]) -> str:
    """(kind, value) pairs as one line of a label: "RCMP 2026-1234567 · Lab HC 2026/0042"."""
    return " · ".join(f"{SHORT.get(kind, '')} {value}".strip() for kind, value in numbers)
