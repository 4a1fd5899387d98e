"""The seizure record: a Case (one interdiction event) and its Exhibits.

Plain dataclasses. Vocabulary fields hold a code from caseapp.core.vocab when the value is known,
or the text as entered when it is not (kept verbatim, flagged by validation). Countries hold an ISO
3166 alpha-2 code, or the text as entered when it is not recognised; None means unknown.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

#: system fields a file may state about a record (who created, changed and approved it, and when); on import
#: they are the source's claims, kept in its SourceRecord: the database's own fields say who imported it, when
CLAIM_FIELDS = ("recorded_at", "created_by", "created_at", "updated_by", "updated_at", "approved_by", "approved_at")


@dataclass(frozen=True)
class SourceRecord:
    """The record as a file gave it (for example the 16 cells of an IDS row), kept so that an export
    in the same format can give the same cells back, with what the file claimed of the record's history
    (`claims`: (field, value) pairs of CLAIM_FIELDS), which is shown as the file's word and never used for
    ownership, the workflow or a signature."""

    format: str
    cells: tuple[str, ...]
    claims: tuple[tuple[str, str], ...] = ()

    def claim(self, name: str) -> str | None:
        return dict(self.claims).get(name)


def claims_text(source: SourceRecord | None) -> str:
    """The file's claims in words ("created by li 2024-03-05T14:30Z; approved by sam"), "" when none. The
    values are the file's text, unchecked: callers escape them for where they print."""
    if source is None or not source.claims:
        return ""
    claimed = dict(source.claims)
    parts = []
    for verb, who, when in (("recorded", None, "recorded_at"), ("created", "created_by", "created_at"),
                            ("last changed", "updated_by", "updated_at"),
                            ("approved", "approved_by", "approved_at")):
        name, time = claimed.get(who or ""), claimed.get(when)
        if name or time:
            parts.append(" ".join(filter(None, (verb, f"by {name}" if name else "", time))))
    return "; ".join(parts)


@dataclass(slots=True)
class Quantity:
    """An amount exactly as entered. value None is an explicit "unknown", never a silent blank."""

    value: Decimal | None
    unit: str | None  # unit code (caseapp.core.units) or the unit text as entered
    approximate: bool = False

    @property
    def unknown(self) -> bool:
        return self.value is None


#: the substance of an exhibit explicitly unknown (a file's "Unknown"), as an unknown quantity is Quantity(None):
#: kept, never a silent blank; printed as is, found by a search for it; it blocks submitting the case
UNKNOWN_SUBSTANCE = "unknown substance"


@dataclass(slots=True)
class Location:
    name: str = ""
    address: str = ""
    city: str = ""
    region: str = ""
    country: str | None = None
    lat: Decimal | None = None
    lon: Decimal | None = None
    place_type: str | None = None


@dataclass(slots=True)
class Person:
    role: str
    name: str = ""
    date_of_birth: str | None = None  # ISO date
    nationality: str | None = None


@dataclass(slots=True)
class LabResult:
    substance: str | None = None  # confirmed substance: catalogue name or text as entered
    purity_percent: Decimal | None = None
    lab: str = ""
    certificate: str = ""


@dataclass(slots=True)
class Exhibit:
    kind: str = "drug"
    substance: str | None = None  # catalogue name, or an unlisted name as entered
    form: str | None = None
    quantity: Quantity | None = None
    count: Quantity | None = None  # a count carried beside a mass: 5,000 tablets weighing 550 g
    measure: str | None = None  # "net" or "gross"
    packages: int | None = None
    packaging: str = ""
    field_test: str | None = None
    lab: LabResult | None = None
    description: str = ""
    hazard: bool | None = None  # None: derive from the catalogue; True/False: set by hand
    number: str | None = None  # "01", "02"... within the case; given by the store when None
    # derived when the exhibit is normalised (not entered)
    substance_id: str | None = None
    kg_mg: int | None = None
    kg_estimate: bool = False
    hazard_flag: bool = False  # the effective hazard mark: set by hand, else from the catalogue
    id: int | None = None

    @property
    def substance_unknown(self) -> bool:
        return self.substance == UNKNOWN_SUBSTANCE


@dataclass(slots=True)
class Case:
    occurred_at: str | None = None  # ISO date or date-time as entered, agency local time
    case_number: str | None = None
    agency: str = ""
    unit: str = ""
    officers: list[str] = field(default_factory=list)
    location: Location = field(default_factory=Location)
    detection: str | None = None
    transport: str | None = None
    conveyance: str = ""
    concealment: str | None = None  # category code (or verbatim)
    concealment_text: str = ""
    routing: str | None = None
    origin_country: str | None = None
    departure_country: str | None = None
    transit_countries: list[str] = field(default_factory=list)
    destination_country: str | None = None
    persons: list[Person] = field(default_factory=list)
    narrative: str = ""
    exhibits: list[Exhibit] = field(default_factory=list)
    status: str = "draft"
    # system fields
    id: int | None = None
    recorded_at: str | None = None
    created_by: str | None = None
    created_at: str | None = None
    updated_by: str | None = None
    updated_at: str | None = None
    approved_by: str | None = None
    approved_at: str | None = None
    version: int = 0
    source: SourceRecord | None = None
