"""Weight and count continuity of one exhibit: every weighing in its history, compared each with the one
before it, and who must count.

Decisions on points the issue leaves open:
- The first weight is the seized event's, else the exhibit's recorded quantity when it is a mass or a count
  (the gross weight at seizure); then every event that gives a weight (sealed, reweighed, result_received,
  sampled...), corrections applied. A disposal's weight ("0 g" destroyed) is not a reweighing.
- Each weight is compared with the weight before it in the same dimension (mass with mass, count with count);
  a weight in another dimension starts a new line of comparison, never a guess at a conversion.
- Sampling and lab consumption are expected losses: the sample weights sent to the lab (and sampled events'
  own sample weights) since the weight before explain a drop up to their total. So a weight is within
  continuity when it lies between (before - samples - tolerance) and (before + tolerance).
- The tolerance is RoomSettings.tolerance_for(before) for masses (2 % or 1 g, whichever is larger); counts are
  exact (a banknote or a tablet is never lost within tolerance).
- Drug and currency exhibits are weighed and counted by two people: a reweighed, sealed or result_received
  event that gives a weight must name two different people in counted_by.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from caseapp.core.custody import CustodyEvent, EventType, effective
from caseapp.core.i18n import translate
from caseapp.core.model import Quantity
from caseapp.core.room import RoomSettings
from caseapp.core.units import Dimension, find_unit
from caseapp.core.vocab import CUSTODY_EVENT

#: exhibit kinds weighed and counted by two people
TWO_PERSON_KINDS = frozenset({"drug", "currency"})
#: events that, with a weight, are a weighing or count needing two people for those kinds
COUNTED_EVENTS = frozenset({EventType.REWEIGHED, EventType.SEALED, EventType.RESULT_RECEIVED})
_NUMBER_UNIT = re.compile(r"^\s*([\d.]+(?:[eE][+-]?\d+)?)\s*(\S.*?)\s*$")


@dataclass(frozen=True)
class Measure:
    """A weight or count brought to one scale: grams for a mass, items for a count."""

    amount: Decimal
    dimension: Dimension


@dataclass(frozen=True)
class Weighing:
    seq: int  # the custody event's position (0: the exhibit's recorded quantity)
    type: str  # the event type, or "recorded" for the exhibit's quantity
    at: str
    text: str  # the weight as recorded, e.g. "12.31 g"
    measure: Measure


@dataclass(frozen=True)
class Discrepancy:
    """A weight that differs from the one before it beyond the tolerance, samples sent explained."""

    seq: int
    type: str
    at: str
    before: str  # the weight before, as recorded
    after: str  # this weight, as recorded
    difference: Decimal  # after - before, in grams (mass) or items (count)
    explained: Decimal  # the sample weights sent between the two (an expected loss)
    tolerance: Decimal
    dimension: Dimension

    def describe(self) -> str:
        unit = "g" if self.dimension == Dimension.MASS else translate("Continuity", "items")
        return translate("Continuity", "{type} on {at}: {after} against {before} before it ({difference} {unit}; "
                                       "samples sent {explained} {unit}, tolerance {tolerance} {unit})").format(
            type=(CUSTODY_EVENT.display(self.type) if self.type in CUSTODY_EVENT
                  else translate("Continuity", "recorded")),
            at=self.at.replace("T", " "), after=self.after, before=self.before, difference=_plain(self.difference),
            unit=unit, explained=_plain(self.explained), tolerance=_plain(self.tolerance))


def measure(text: str) -> Measure | None:
    """A weight "<decimal> <unit>" in grams (mass) or items (count); None for a volume or unreadable text."""
    match = _NUMBER_UNIT.match(text or "")
    if not match:
        return None
    unit = find_unit(match.group(2))
    try:
        value = Decimal(match.group(1))
    except InvalidOperation:
        return None
    if unit is None or not value.is_finite():
        return None
    if unit.dimension == Dimension.MASS:
        return Measure(value * unit.factor * 1000, Dimension.MASS)
    if unit.dimension == Dimension.COUNT:
        return Measure(value * unit.factor, Dimension.COUNT)
    return None


def quantity_text(quantity: Quantity | None) -> str:
    if quantity is None or quantity.value is None or not quantity.unit:
        return ""
    return f"{_plain(quantity.value)} {quantity.unit}"


def weighings(quantity: Quantity | None, events: Sequence[CustodyEvent]) -> list[Weighing]:
    """Every weight of the exhibit in order: the seized event's (else the recorded quantity), then each
    event's own weight. Disposals are left out."""
    history = effective(events)
    out: list[Weighing] = []
    seized_weight = next((e.weight for _, e in history if e.type == EventType.SEIZED and e.weight.strip()), "")
    recorded = quantity_text(quantity)
    if not seized_weight and (found := measure(recorded)) is not None:
        out.append(Weighing(0, "recorded", "", recorded, found))
    for position, event in history:
        if event.type == EventType.DISPOSED or not event.weight.strip():
            continue
        found = measure(event.weight)
        if found is not None:
            out.append(Weighing(position, event.type, event.at, event.weight.strip(), found))
    return out


def discrepancies(quantity: Quantity | None, events: Sequence[CustodyEvent],
                  settings: RoomSettings) -> list[Discrepancy]:
    """Each weight beyond tolerance of the weight before it (in its dimension), sample weights explaining drops."""
    history = effective(events)
    samples = [(position, measure(e.sample_weight)) for position, e in history if e.sample_weight.strip()]
    out: list[Discrepancy] = []
    last: dict[Dimension, Weighing] = {}
    for weighing in weighings(quantity, events):
        dimension = weighing.measure.dimension
        before = last.get(dimension)
        last[dimension] = weighing
        if before is None:
            continue
        explained = sum((m.amount for position, m in samples
                         if m is not None and m.dimension == dimension and before.seq < position <= weighing.seq),
                        Decimal(0))
        tolerance = (settings.tolerance_for(before.measure.amount) if dimension == Dimension.MASS else Decimal(0))
        difference = weighing.measure.amount - before.measure.amount
        if difference > tolerance or difference < -(explained + tolerance):
            out.append(Discrepancy(weighing.seq, weighing.type, weighing.at, before.text, weighing.text,
                                   difference, explained, tolerance, dimension))
    return out


def counting_problems(kind: str, event: CustodyEvent) -> list[str]:
    """Why `event` cannot be recorded for an exhibit of `kind` as it names its counters (empty: it can)."""
    if kind not in TWO_PERSON_KINDS or event.type not in COUNTED_EVENTS or not event.weight.strip():
        return []
    names = {" ".join(n.split()).casefold() for n in event.counted_by if n.strip()}
    if len(names) >= 2:
        return []
    return [translate("Continuity", "counted_by: a drug or cash exhibit is weighed and counted by two people; "
                                    "name both (two different people)")]


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"

