"""What a printed barcode or QR code carries, and what a scanned one means.

A keyboard-wedge scanner types the code and Enter into whatever has focus; the window and the command line
read it back through `parse`. One grammar for every label the application prints:

- an exhibit: ``CASE/NN`` (the case number, a slash, the exhibit number: "CBSA-2024-000101/01");
- a case: ``CASE`` (a case number alone, as the case report's barcode carries it);
- a storage location: ``LOC:CODE`` (a shelf, locker, room or vault of the evidence room);
- a person: ``PER:LOGIN`` (an account's badge label, for hand-overs by scanning).

Case numbers hold only letters, digits, '-', '_' and '.', so the slash and the prefixes cannot be mistaken
for part of one. Scanners in a French keyboard layout may send the colon as another character; the prefixes
are read case-blind, and surrounding spaces or control characters (a scanner's prefix or suffix) are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from caseapp.core.validation import CASE_NUMBER

LOCATION_PREFIX = "LOC:"
PERSON_PREFIX = "PER:"
#: a location or login code: what a label can carry and a scanner type back in any keyboard layout
CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,39}")
_EXHIBIT_NUMBER = re.compile(r"[0-9]{1,4}")


class ScanKind(StrEnum):
    EXHIBIT = "exhibit"
    CASE = "case"
    LOCATION = "location"
    PERSON = "person"
    UNKNOWN = "unknown"  # not a code of this application: shown as typed, never guessed at


@dataclass(frozen=True)
class ScanCode:
    kind: ScanKind
    text: str  # the code as scanned, stripped
    case_number: str = ""
    exhibit_number: str = ""  # two digits at least ("01"), as the store numbers exhibits
    code: str = ""  # a location's or a person's code


def exhibit_code(case_number: str, exhibit_number: str) -> str:
    return f"{case_number}/{exhibit_number}"


def location_code(code: str) -> str:
    return LOCATION_PREFIX + code


def person_code(login: str) -> str:
    return PERSON_PREFIX + login


def parse(scanned: str) -> ScanCode:
    """What a scanned text names; ScanKind.UNKNOWN for anything else (the caller says so, naming it)."""
    text = "".join(c for c in scanned if c.isprintable()).strip()
    upper = text.upper()
    for prefix, kind in ((LOCATION_PREFIX, ScanKind.LOCATION), (PERSON_PREFIX, ScanKind.PERSON)):
        if upper.startswith(prefix):
            code = text[len(prefix):].strip()
            if CODE.fullmatch(code):
                return ScanCode(kind, text, code=code)
            return ScanCode(ScanKind.UNKNOWN, text)
    case, slash, number = text.partition("/")
    if slash:
        if CASE_NUMBER.fullmatch(case) and _EXHIBIT_NUMBER.fullmatch(number):
            return ScanCode(ScanKind.EXHIBIT, text, case_number=case, exhibit_number=number.zfill(2))
        return ScanCode(ScanKind.UNKNOWN, text)
    if CASE_NUMBER.fullmatch(text):
        return ScanCode(ScanKind.CASE, text, case_number=text)
    return ScanCode(ScanKind.UNKNOWN, text)
