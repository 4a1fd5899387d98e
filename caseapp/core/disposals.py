"""A disposal batch, folded from its custody events: the exhibits one request groups (request -> authorise or
refuse -> witnessed destruction or return), and who did what when. Pure: the events come from the store."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from caseapp.core.custody import CustodyEvent
from caseapp.core.i18n import QT_TRANSLATE_NOOP
from caseapp.core.units import Dimension, find_unit

#: batch numbers the application gives: "D-2026-7"
BATCH = re.compile(r"^D-(\d{4})-(\d+)$")
REQUESTED, AUTHORISED, REFUSED, DISPOSED = "requested", "authorised", "refused", "disposed"
STATUS_WORDS = {
    REQUESTED: QT_TRANSLATE_NOOP("Disposal", "awaiting authorisation"),
    AUTHORISED: QT_TRANSLATE_NOOP("Disposal", "authorised"),
    REFUSED: QT_TRANSLATE_NOOP("Disposal", "refused"),
    DISPOSED: QT_TRANSLATE_NOOP("Disposal", "disposed of"),
}


@dataclass(frozen=True)
class BatchItem:
    case_number: str
    exhibit_number: str
    kind: str = ""
    substance: str = ""  # the confirmed (lab) substance where there is one, else as seized
    seal_number: str = ""
    weight: str = ""  # the weight destroyed or returned (the disposed event's), else the latest recorded

    @property
    def code(self) -> str:
        return f"{self.case_number}/{self.exhibit_number}"


@dataclass(frozen=True)
class Step:
    """One step of the batch: who, when, and what they gave."""

    actor: str
    at: str
    reason: str = ""


@dataclass(frozen=True)
class DisposalBatch:
    batch: str
    status: str  # REQUESTED, AUTHORISED, REFUSED or DISPOSED
    method: str  # "destruction" or "return" (as requested)
    requested: Step
    authorised: Step | None = None
    legal_basis: str = ""
    authorisation: str = ""  # Health Canada's destruction authorisation number
    refused: Step | None = None
    disposed: Step | None = None
    means: str = ""  # how it was destroyed or returned: incineration...
    place: str = ""
    witnesses: tuple[str, ...] = ()
    items: tuple[BatchItem, ...] = ()

    @property
    def year(self) -> int | None:
        match = BATCH.match(self.batch)
        return int(match.group(1)) if match else None


def batch_number(year: int, existing: Iterable[str]) -> str:
    """The next batch number of a year: one more than the highest given that year."""
    taken = [int(m.group(2)) for b in existing if (m := BATCH.match(b)) and int(m.group(1)) == year]
    return f"D-{year}-{max(taken, default=0) + 1}"


def fold(batch: str, events: Iterable[tuple[str, str, CustodyEvent]],
         items: dict[str, BatchItem]) -> DisposalBatch | None:
    """The batch from its events ((case, exhibit, event), in exhibit order); `items` gives each exhibit's
    description by code. None when no request carries the batch number."""
    requested = authorised = refused = disposed = None
    found: dict[str, BatchItem] = {}
    method = legal_basis = authorisation = means = place = ""
    witnesses: tuple[str, ...] = ()
    weights: dict[str, str] = {}
    for case_number, exhibit_number, event in events:
        code = f"{case_number}/{exhibit_number}"
        step = Step(event.actor, event.at, event.reason)
        if event.type == "disposal_requested":
            requested, method = requested or step, event.method
            found.setdefault(code, items.get(code) or BatchItem(case_number, exhibit_number))
        elif event.type == "disposal_authorised":
            authorised, legal_basis, authorisation = authorised or step, event.legal_basis, event.authorisation
        elif event.type == "disposal_refused":
            refused = refused or step
        elif event.type == "disposed":
            disposed, means, place, witnesses = disposed or step, event.method, event.location, event.witnesses
            weights[code] = event.weight
    if requested is None:
        return None
    status = DISPOSED if disposed else REFUSED if refused else AUTHORISED if authorised else REQUESTED
    listed = tuple(_with_weight(item, weights.get(code)) for code, item in found.items())
    return DisposalBatch(batch, status, method, requested, authorised, legal_basis, authorisation, refused,
                         disposed, means, place, witnesses, listed)


def _with_weight(item: BatchItem, weight: str | None) -> BatchItem:
    if not weight:
        return item
    return BatchItem(item.case_number, item.exhibit_number, item.kind, item.substance, item.seal_number, weight)


@dataclass(frozen=True)
class YearRow:
    """Quantities destroyed in a year of one substance by one means."""

    substance: str
    means: str
    exhibits: int
    milligrams: int  # the mass destroyed, exact, in mg (exhibits weighed in mass units)
    unweighed: int  # exhibits whose weight is a count or volume: not in the mass


def weight_mg(text: str) -> int | None:
    """A custody weight ("12.5 g") in whole milligrams; None when it is not a mass."""
    value, _, unit_text = text.strip().partition(" ")
    unit = find_unit(unit_text.strip())
    if unit is None or unit.dimension is not Dimension.MASS:
        return None
    try:
        return int((Decimal(value.replace(",", "")) * unit.factor * 1_000_000).to_integral_value())
    except InvalidOperation:
        return None


def yearly_rows(batches: Iterable[DisposalBatch], year: int) -> list[YearRow]:
    """What destruction batches disposed of in `year` (by the disposal's date), by substance then means."""
    totals: dict[tuple[str, str], list[int]] = {}
    for batch in batches:
        if batch.status != DISPOSED or batch.method != "destruction" or batch.disposed is None \
                or not batch.disposed.at.startswith(f"{year:04d}-"):
            continue
        for item in batch.items:
            row = totals.setdefault((item.substance or "", batch.means), [0, 0, 0])
            mg = weight_mg(item.weight)
            row[0] += 1
            row[1] += mg or 0
            row[2] += mg is None
    return [YearRow(s, m, *values) for (s, m), values in sorted(totals.items(), key=lambda kv: (
        kv[0][0].casefold(), kv[0][1].casefold()))]
