"""An inventory audit of one storage location, as pure functions.

The evidence technician scans everything on a shelf (or in a room); the audit compares what was scanned with
what the chain of custody records there:
- found: recorded here and scanned;
- missing: recorded here and not scanned;
- unexpected: a scanned exhibit of this database recorded elsewhere (with where it is recorded);
- unknown: a scanned text that is not an exhibit code, or an exhibit code no exhibit of this database has;
- duplicates: an exhibit scanned more than once (counted once, listed so the technician sees the double scan).

Decisions on points the issue leaves open:
- "Recorded here" follows the storage-location convention: the exhibit's custody state's location equals the
  location's code, compared trimmed and case-blind (a typed free-text location before codes existed compares
  the same way).
- An exhibit recorded here that is checked out, at the lab or disposed of is not expected on the shelf: its
  record says it is away. Scanned, it is unexpected, and its record is named ("checked out", "at the lab").
- A case barcode, a location or a person's badge scanned among the exhibits is an unknown code (it is not an
  exhibit), named for what it is; nothing scanned is ever dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from caseapp.core.custody import CustodyState
from caseapp.core.i18n import translate
from caseapp.core.scancodes import ScanKind, parse
from caseapp.core.substances import Catalogue


class Away(StrEnum):
    """Why an exhibit recorded at a location is not expected on its shelf."""

    NO = ""
    CHECKED_OUT = "checked_out"
    AT_LAB = "at_lab"
    DISPOSED = "disposed"
    NO_CUSTODY = "no_custody"  # an exhibit without any custody event: recorded nowhere


class Unknown(StrEnum):
    """Why a scanned text is not an exhibit of the audit."""

    NOT_A_CODE = "not_a_code"
    NO_SUCH_EXHIBIT = "no_such_exhibit"
    CASE = "case"  # a case's barcode (a case of this database), not an exhibit's
    LOCATION = "location"
    PERSON = "person"


@dataclass(frozen=True)
class ShelfItem:
    """An exhibit of the database as an audit shows it: which one, and where its custody record puts it."""

    exhibit_id: int
    case_number: str
    exhibit_number: str
    substance: str = ""
    seal_number: str = ""
    location: str = ""  # the custody state's location ("" when none is recorded)
    holder: str = ""
    away: Away = Away.NO

    @property
    def code(self) -> str:
        return f"{self.case_number}/{self.exhibit_number}"


@dataclass(frozen=True)
class UnknownCode:
    text: str  # as scanned (stripped of a scanner's control characters)
    why: Unknown


@dataclass(frozen=True)
class AuditResult:
    location: str
    found: tuple[ShelfItem, ...] = ()
    missing: tuple[ShelfItem, ...] = ()
    unexpected: tuple[ShelfItem, ...] = ()
    unknown: tuple[UnknownCode, ...] = ()
    duplicates: tuple[str, ...] = ()  # exhibit codes scanned more than once, once each, in scan order
    scanned: tuple[str, ...] = field(default=())

    @property
    def clean(self) -> bool:
        """Everything recorded here was found and nothing else was scanned."""
        return not (self.missing or self.unexpected or self.unknown)


def location_key(text: str) -> str:
    """How locations compare: trimmed, inner spaces collapsed, case-blind."""
    return " ".join(text.split()).casefold()


def exhibit_key(case_number: str, exhibit_number: str) -> str:
    """How exhibits compare: a case number case-blind, an exhibit number with two digits at least."""
    number = exhibit_number.strip()
    return f"{case_number.strip().casefold()}/{number.zfill(2) if number.isdigit() else number.casefold()}"


def away_of(state: CustodyState | None) -> Away:
    if state is None:
        return Away.NO_CUSTODY
    if state.disposed:
        return Away.DISPOSED
    if state.checked_out:
        return Away.CHECKED_OUT
    if state.at_lab:
        return Away.AT_LAB
    return Away.NO


def is_recorded_at(location: str, state: CustodyState | None) -> bool:
    """Whether custody records the exhibit at `location` (away or not)."""
    return state is not None and bool(state.location.strip()) and location_key(state.location) == \
        location_key(location)


def scanned_exhibits(scanned: Iterable[str]) -> list[tuple[str, str]]:
    """(case number, exhibit number) of each exhibit code among the scanned texts, in order, repeats kept."""
    out = []
    for text in scanned:
        code = parse(text)
        if code.kind is ScanKind.EXHIBIT:
            out.append((code.case_number, code.exhibit_number))
    return out


def scanned_cases(scanned: Iterable[str]) -> list[str]:
    """The texts scanned that could be a case's barcode (a case number alone)."""
    return [code.case_number for code in map(parse, scanned) if code.kind is ScanKind.CASE]


def audit(location: str, recorded: Sequence[ShelfItem], scanned: Sequence[str],
          known: Mapping[str, ShelfItem], cases: Iterable[str] = ()) -> AuditResult:
    """The audit of `location`: `recorded` are the exhibits custody records there (away ones included),
    `scanned` the texts scanned in order, `known` the scanned exhibits this database has, by exhibit_key, and
    `cases` the case numbers among the scanned texts that are cases of this database."""
    case_keys = {c.strip().casefold() for c in cases}
    here = {exhibit_key(i.case_number, i.exhibit_number): i for i in recorded
            if location_key(i.location) == location_key(location)}
    expected = {k: i for k, i in here.items() if i.away is Away.NO}
    found: dict[str, ShelfItem] = {}
    unexpected: dict[str, ShelfItem] = {}
    unknown: list[UnknownCode] = []
    duplicates: dict[str, str] = {}
    strangers: set[str] = set()  # exhibit codes of no exhibit here, listed once in unknown
    kept: list[str] = []
    for raw in scanned:
        code = parse(raw)
        if not code.text:
            continue  # a bare Enter
        kept.append(code.text)
        if code.kind is not ScanKind.EXHIBIT:
            why = _unknown_kind(code.kind)
            if why is Unknown.CASE and code.case_number.casefold() not in case_keys:
                why = Unknown.NOT_A_CODE
            unknown.append(UnknownCode(code.text, why))
            continue
        key = exhibit_key(code.case_number, code.exhibit_number)
        if key in found or key in unexpected or key in strangers:
            duplicates.setdefault(key, code.text)
        elif key in expected:
            found[key] = expected[key]
        elif key in here or key in known:
            unexpected[key] = here.get(key) or known[key]
        else:
            strangers.add(key)
            unknown.append(UnknownCode(code.text, Unknown.NO_SUCH_EXHIBIT))
    missing = [i for k, i in expected.items() if k not in found]
    return AuditResult(
        location=location.strip(), found=tuple(sorted(found.values(), key=_order)),
        missing=tuple(sorted(missing, key=_order)), unexpected=tuple(unexpected.values()),
        unknown=tuple(unknown), duplicates=tuple(duplicates.values()), scanned=tuple(kept))


def _unknown_kind(kind: ScanKind) -> Unknown:
    return {ScanKind.CASE: Unknown.CASE, ScanKind.LOCATION: Unknown.LOCATION,
            ScanKind.PERSON: Unknown.PERSON}.get(kind, Unknown.NOT_A_CODE)


def _order(item: ShelfItem) -> tuple[str, str]:
    return item.case_number, item.exhibit_number.zfill(4)


@dataclass(frozen=True)
class InventoryAudit:
    """A recorded audit: where, when (agency local time), by whom, and what it found."""

    id: int
    location: str
    started_at: str
    finished_at: str
    actor: str
    result: AuditResult
    recorded_at: str = ""  # UTC, as the audit entry's time


@dataclass(frozen=True)
class MissingExhibit:
    """An exhibit an audit did not find where custody records it, with no reasoned custody event since."""

    item: ShelfItem
    audit_id: int
    location: str
    audited_at: str  # the audit's finished_at


def where_words(item: ShelfItem) -> str:
    """Where custody records an exhibit, in the current language: its location (and holder), or why it is away."""
    if item.away is Away.NO_CUSTODY:
        return translate("Inventory", "no custody recorded")
    if item.away is Away.DISPOSED:
        return translate("Inventory", "disposed of")
    place = item.location or translate("Inventory", "no location recorded")
    if item.away is Away.CHECKED_OUT:
        return translate("Inventory", "checked out (from {place})").format(place=place)
    if item.away is Away.AT_LAB:
        return translate("Inventory", "at the lab (held by {holder})").format(holder=item.holder or "?")
    return f"{place} ({item.holder})" if item.holder else place


def substance_words(item: ShelfItem, catalogue: Catalogue | None) -> str:
    """The exhibit's substance in the current language when the catalogue knows it, else as recorded."""
    found = catalogue.find(item.substance) if catalogue is not None and item.substance else None
    return found.display() if found is not None else item.substance


def unknown_words(why: Unknown) -> str:
    """Why a scanned code is unknown, in the current language."""
    return {
        Unknown.NOT_A_CODE: translate("Inventory", "not a code of this application"),
        Unknown.NO_SUCH_EXHIBIT: translate("Inventory", "no such exhibit in this database"),
        Unknown.CASE: translate("Inventory", "a case label, not an exhibit"),
        Unknown.LOCATION: translate("Inventory", "a location label, not an exhibit"),
        Unknown.PERSON: translate("Inventory", "a person's badge, not an exhibit"),
    }[why]
