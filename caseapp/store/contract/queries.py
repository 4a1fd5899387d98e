"""What the search and the case list are asked, and the rows they answer with: plain data, the same whatever
database answers them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

#: which substance an exhibit must have to match: the suspected one, the lab-confirmed one, or either
MATCH_ON = ("either", "suspected", "confirmed")
#: result orders: newest first (the index order), oldest first, largest kg-equivalent first
ORDERS = ("newest", "oldest", "largest")


@dataclass(frozen=True)
class SearchQuery:
    substance: str | None = None
    analogues: bool = False
    group: str | None = None
    schedule: str | None = None  # a CDSA schedule, "I" .. "VI" or "IX" (or "Schedule II", "2")
    match_on: str = "either"  # MATCH_ON
    date_from: date | None = None
    date_to: date | None = None  # inclusive
    country: str | None = None  # country seized in: ISO code or name
    region: str | None = None  # region seized in, as recorded
    origin: str | None = None  # origin (producing) country
    departure: str | None = None
    transit: str | None = None
    destination: str | None = None
    transport: str | None = None  # vocabulary code or label, or a value kept verbatim
    concealment: str | None = None
    place_type: str | None = None
    agency: str | None = None
    officer: str | None = None  # words of an officer's name, or a login
    status: str | None = None
    hazard: bool = False  # hazardous exhibits only
    kg_min: Decimal | None = None  # kg-equivalent range, inclusive
    kg_max: Decimal | None = None
    text: str | None = None
    order: str = "newest"  # ORDERS
    limit: int = 100
    offset: int = 0


@dataclass(frozen=True)
class SearchRow:
    case_number: str
    exhibit_number: str
    occurred_at: str | None
    substance: str | None
    substance_id: str | None
    lab_substance: str | None
    group: str | None
    quantity: Decimal | None
    unit: str | None
    kg_mg: int | None
    kg_estimate: bool
    hazard: bool
    country: str | None
    origin_country: str | None
    place: str
    status: str
    form: str | None = None
    transport: str | None = None
    concealment: str | None = None
    agency: str = ""
    officer: str = ""


@dataclass(frozen=True)
class SearchTotals:
    seizures: int  # cases
    exhibits: int
    kg_mg: int  # sum over the exhibits that have a kg-equivalent
    kg_estimate: bool  # the sum includes estimates
    without_kg: int  # exhibits with no kg-equivalent (unknown quantity or unit)


class UnknownFilter(ValueError):
    """A filter names something the catalogue does not know (for example a group)."""


@dataclass(frozen=True)
class CaseRow:
    """One row per case when results are grouped by case."""

    case_number: str
    occurred_at: str | None
    substances: tuple[str, ...]
    exhibits: int
    kg_mg: int | None
    kg_estimate: bool
    hazard: bool
    country: str | None
    origin_country: str | None
    place: str
    status: str


#: what the case list can be sorted by (CaseListQuery.sort); each back end sorts by these, ties by id
CASE_LIST_SORTS = ("occurred_at", "case_number", "place", "origin", "status", "officer")


@dataclass(frozen=True, slots=True)
class CaseListQuery:
    sort: str = "occurred_at"
    descending: bool = True
    status: str | None = None
    text: str = ""  # a case number (or its start), or words matched against the full text


@dataclass(frozen=True, slots=True)
class CaseListRow:
    id: int
    case_number: str
    occurred_at: str | None
    place_name: str
    city: str
    country: str | None
    origin_country: str | None
    status: str
    officers: tuple[str, ...]
    created_by: str | None
    version: int
    substances: tuple[str, ...]
    exhibits: int
    kg_mg: int | None  # total of the exhibits with a kg-equivalent; None when none has one
    kg_estimate: bool  # the total includes an estimate
    kg_partial: bool  # some exhibit has no kg-equivalent
    hazard: bool

    @property
    def officer(self) -> str:
        return self.officers[0] if self.officers else (self.created_by or "")
