"""The figures of a period summary, as the store hands them to the reports and the window."""

from __future__ import annotations

from dataclasses import dataclass

from caseapp.store.contract.queries import SearchQuery, SearchTotals

#: how many of the largest seizures a summary lists unless told otherwise
LARGEST = 20

#: keys of the buckets that are not a catalogue entry
UNLISTED_GROUP = "~unlisted"  # substances named but not in the catalogue
NO_SUBSTANCE = ""  # exhibits without a substance (currency, equipment without a name...)
NOT_SCHEDULED = ""  # exhibits whose substance no CDSA schedule lists (or that the catalogue does not know)
UNKNOWN = ""  # origin, transport or concealment unknown or not recorded; an undated month


@dataclass(frozen=True)
class SummaryRow:
    """One line of a breakdown. `key` is stable (a catalogue id, an ISO code, a vocabulary code, the
    text kept verbatim, or "" for the unknown bucket); `label` is what a reader sees."""

    key: str
    label: str
    seizures: int
    exhibits: int
    kg_mg: int  # over the exhibits that have a kg-equivalent
    kg_estimate: bool  # kg_mg includes estimates
    without_kg: int  # exhibits with no kg-equivalent


@dataclass(frozen=True)
class MonthRow:
    month: str  # YYYY-MM
    seizures: int
    exhibits: int
    kg_mg: int
    kg_estimate: bool


@dataclass(frozen=True)
class LargestRow:
    case_number: str
    exhibit_number: str
    occurred_at: str | None
    substance: str  # the confirmed substance when there is one, else the suspected one
    lab_confirmed: bool
    kg_mg: int
    kg_estimate: bool
    origin_country: str | None  # ISO code or the text kept
    origin: str  # the origin as a reader sees it ("" when unknown)
    place: str
    country: str | None = None  # where it was seized (ISO code or the text kept): a report names it in its language


@dataclass(frozen=True)
class SummaryData:
    query: SearchQuery
    totals: SearchTotals
    groups: tuple[SummaryRow, ...]  # top-level groups, largest kg first
    substances: tuple[SummaryRow, ...]
    months: tuple[MonthRow, ...]  # every month of the range, oldest first, empty months included
    undated: SummaryRow | None  # matches without a date (not in `months`)
    origins: tuple[SummaryRow, ...]
    transports: tuple[SummaryRow, ...]
    concealments: tuple[SummaryRow, ...]
    largest: tuple[LargestRow, ...]
    first_month: str | None  # the range `months` covers
    last_month: str | None
    #: by CDSA schedule, in the Act's order ("I".."IX"), then NOT_SCHEDULED; an exhibit counts under each
    #: schedule that lists its substance (the lab's, else the suspected one), a seizure once per schedule
    schedules: tuple[SummaryRow, ...] = ()

    @property
    def empty(self) -> bool:
        return self.totals.exhibits == 0
