"""Chain of custody for one exhibit: the rules, as pure functions.

Custody is an append-only list of events: nothing is edited or deleted, a mistake is put right by a
CORRECTION pointing at the event it corrects, so the record keeps what was written and what was meant.
The holder and location are never stored but derived by replaying the events, so they cannot drift from
the history that justifies them. Impossible sequences (a hand-over by someone who does not hold the
exhibit, anything after disposal) are refused with every reason, so the history stays one a court can
follow.

Decisions on points the rules leave open:
- A change of hands (transferred, sent_to_lab) without a location leaves the location unknown (""):
  the old place does not follow the exhibit to its new holder, and a derived location is never a guess.
- checked_in and result_received bring the exhibit back to the holder and location it had before it
  was checked out or sent to the lab, unless the event gives them (each on its own).
- Only seized, transferred, stored, checked_out/in, sent_to_lab and result_received may name a new
  holder, and only seized, sealed, sampled and reweighed a new seal; other events naming one must name
  the current one. Any event may give a location.
- A weight, on any event, is "<decimal> <unit>" in a known unit, above zero; a disposal may give "0 g".
- The evidence room's workflow events (WORKFLOW_EVENTS) change no hands: a disposal is requested (with a reason
  and a method), then authorised or refused (with the legal basis and a reason); a new `disposed` needs an
  authorised disposal, and the officer who requested a disposal cannot authorise it. Histories recorded before
  the workflow existed (a `disposed` with no request) stay readable: replaying stored events does not ask it.
- `received` continues custody in a receiving agency (a hand-over package): a change of hands that names the
  agency it came from; it may be the first event when the sending agency recorded none.
- Two people counting (counted_by) must be two different names; the actor may be one of them.
- A date-only time is the whole day: refused if the day starts after `now` or ends before the latest
  time already recorded.
- A correction replaces the non-empty CORRECTABLE fields of the event it corrects; its own type, at,
  actor and notes describe the correction, so a time or type cannot be corrected. Corrections of one
  event apply in order; a correction cannot itself be corrected, and must change something.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time
from enum import StrEnum

from caseapp.core.errors import CaseAppError
from caseapp.core.i18n import QT_TRANSLATE_NOOP, translate
from caseapp.core.normalise import parse_decimal
from caseapp.core.text import quoted
from caseapp.core.units import find_unit


class CustodyError(CaseAppError):
    """An event the chain of custody refuses, or a stored custody history that does not hold together.
    `problems` lists each reason whole (the message joins them with '; ', which a reason may itself hold)."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems: tuple[str, ...] = tuple(problems) or (message,)


class EventType(StrEnum):
    SEIZED = "seized"
    SEALED = "sealed"
    TRANSFERRED = "transferred"
    STORED = "stored"
    CHECKED_OUT = "checked_out"
    CHECKED_IN = "checked_in"
    SAMPLED = "sampled"
    SENT_TO_LAB = "sent_to_lab"
    RESULT_RECEIVED = "result_received"
    REWEIGHED = "reweighed"
    DISPOSED = "disposed"
    CORRECTION = "correction"
    DISPOSAL_REQUESTED = "disposal_requested"
    DISPOSAL_AUTHORISED = "disposal_authorised"
    DISPOSAL_REFUSED = "disposal_refused"
    RECEIVED = "received"


_E = EventType
EVENT_TYPES = frozenset(t.value for t in EventType)
CORRECTABLE = ("holder", "from_holder", "location", "seal_number", "purpose", "due_date", "tracking_number",
               "method", "authority", "witnesses", "weight", "counted_by", "reason", "legal_basis", "authorisation",
               "batch", "agency", "sample_weight")
NEW_HANDS = frozenset({_E.SEIZED, _E.TRANSFERRED, _E.STORED, _E.CHECKED_OUT, _E.CHECKED_IN, _E.SENT_TO_LAB,
                       _E.RESULT_RECEIVED, _E.RECEIVED})
#: events recorded only through their own flow (the disposal workflow, a hand-over package), never the
#: generic custody form
WORKFLOW_EVENTS = frozenset({_E.DISPOSAL_REQUESTED, _E.DISPOSAL_AUTHORISED, _E.DISPOSAL_REFUSED, _E.RECEIVED})
#: the disposal methods a request names: destruction, or release to its owner
DISPOSAL_METHODS = ("destruction", "return")
NEW_SEAL = frozenset({_E.SEIZED, _E.SEALED, _E.SAMPLED, _E.REWEIGHED})

_AT = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_WEIGHT = re.compile(r"^\s*([+-]?[\d.,_]+(?:[eE][+-]?\d+)?)\s*(.*?)\s*$")
# Each reason begins with the field it is about, by its name in the record (holder, seal_number, at...), in
# every language: the window puts that name in its own words and takes the user to the field.
_CHECKED_OUT = QT_TRANSLATE_NOOP("Custody", "the exhibit is checked out: record checked_in first")
_AT_LAB = QT_TRANSLATE_NOOP("Custody", "the exhibit is at the lab: record result_received first")


@dataclass(frozen=True)
class CustodyEvent:
    type: str  # an EventType value
    at: str  # ISO date or date-time, naive, agency local time
    actor: str  # the logged-in user who recorded it
    holder: str = ""  # who holds the exhibit after the event (person, lab, courier, court...)
    from_holder: str = ""  # transferred: who handed it over
    location: str = ""  # where it is after the event
    seal_number: str = ""
    purpose: str = ""  # checked_out: court, lab, viewing...
    due_date: str = ""  # checked_out: ISO date it is due back
    tracking_number: str = ""
    method: str = ""  # disposed: incineration...
    authority: str = ""  # disposed: authority or order number
    witnesses: tuple[str, ...] = ()  # disposed: two different witnesses
    weight: str = ""  # "<decimal> <unit>", e.g. "12.31 g"
    notes: str = ""  # for a correction: the reason
    counted_by: tuple[str, ...] = ()  # the two people who counted or weighed (drugs and cash)
    reason: str = ""  # disposal_requested / _authorised / _refused: why
    legal_basis: str = ""  # disposal_authorised: the law or order it rests on
    authorisation: str = ""  # disposal_authorised: Health Canada's destruction authorisation, where required
    batch: str = ""  # the request that groups exhibits handled together (a lab request, a disposal batch)
    agency: str = ""  # received: the agency it came from
    sample_weight: str = ""  # sent_to_lab: the sample's weight, "<decimal> <unit>"
    corrects: int | None = None  # CORRECTION: seq of the event it corrects
    seq: int | None = None  # position in the exhibit's list (1-based), given by the store


@dataclass(frozen=True)
class CustodyState:
    holder: str = ""
    location: str = ""  # "" when not recorded since the last change of hands
    seal_number: str = ""
    checked_out: bool = False
    at_lab: bool = False
    disposed: bool = False
    last_at: str = ""  # the time of the latest event that is not a correction
    events: int = 0  # how many events, corrections included
    purpose: str = ""  # while checked out
    due_date: str = ""  # while checked out
    last_weight: str = ""
    disposal: str = ""  # "", "requested" or "authorised": where the disposal workflow stands
    disposal_method: str = ""  # the requested method while a disposal is requested or authorised
    disposal_batch: str = ""  # the batch of the pending disposal
    lab_since: str = ""  # while at the lab: when it was sent
    lab_batch: str = ""  # while at the lab: the lab request it went with


@dataclass(frozen=True)
class _Cursor:
    """The state, and what the rules need beyond it."""

    state: CustodyState = CustodyState()
    floor_at: str = ""  # the recorded time starting latest: no later event may end before it
    away_from: tuple[str, str] = ("", "")  # holder and location before checked_out or sent_to_lab
    requested_by: str = ""  # the actor of the pending disposal request


def check_event(events: Sequence[CustodyEvent], new: CustodyEvent, *, now: datetime) -> list[str]:
    """Every reason `new` cannot follow `events` (empty: it can). `now` is naive agency local time.
    Raises CustodyError if `events` itself does not hold together."""
    return _problems(events, _replay(events), new, now)


def replay(events: Sequence[CustodyEvent]) -> CustodyState:
    """The state after the events, corrections applied. Raises CustodyError if the list is inconsistent."""
    return _replay(events).state


def append(events: Sequence[CustodyEvent], new: CustodyEvent, *,
           now: datetime) -> tuple[list[CustodyEvent], CustodyState]:
    """The new list (new event numbered len + 1) and state, or CustodyError with every reason."""
    cursor = _replay(events)
    problems = _problems(events, cursor, new, now)
    if problems:
        raise CustodyError("; ".join(problems), problems)
    new = replace(new, seq=len(events) + 1)
    return [*events, new], _advance(events, cursor, new).state


def _replay(events: Sequence[CustodyEvent]) -> _Cursor:
    cursor = _Cursor()
    for index, event in enumerate(events):
        if event.seq is not None and event.seq != index + 1:
            raise CustodyError(translate("Custody", "custody event {position} is numbered {seq}").format(
                position=index + 1, seq=event.seq))
        problems = _problems(events[:index], cursor, event, None)
        if problems:
            raise CustodyError(translate("Custody", "custody event {position} is inconsistent: {problems}").format(
                position=index + 1, problems="; ".join(problems)))
        cursor = _advance(events[:index], cursor, event)
    return cursor


def _problems(prior: Sequence[CustodyEvent], cursor: _Cursor, new: CustodyEvent, now: datetime | None) -> list[str]:
    problems = _rules(cursor, new, now)
    if new.type == _E.CORRECTION:
        problems += [f"correction: {p}" for p in _correction_problems(prior, new)]
    return problems


def _advance(prior: Sequence[CustodyEvent], cursor: _Cursor, new: CustodyEvent) -> _Cursor:
    if new.type != _E.CORRECTION:
        return _apply(cursor, new)
    folded, _ = _fold(effective([*prior, new]))
    return replace(folded, state=replace(folded.state, events=len(prior) + 1))


def effective(events: Sequence[CustodyEvent]) -> list[tuple[int, CustodyEvent]]:
    """The events that are not corrections, numbered by position, with the corrections applied."""
    history: dict[int, CustodyEvent] = {}
    for position, event in enumerate(events, 1):
        if event.type != _E.CORRECTION:
            history[position] = event
        elif event.corrects in history:
            fixes = {f: getattr(event, f) for f in CORRECTABLE if _given(getattr(event, f))}
            history[event.corrects] = replace(history[event.corrects], **fixes)
    return list(history.items())


def _fold(history: Sequence[tuple[int, CustodyEvent]]) -> tuple[_Cursor, str | None]:
    """Replay a corrected history: the cursor, and the first refusal if there is one."""
    cursor = _Cursor()
    for position, event in history:
        problems = _rules(cursor, event, None)
        if problems:
            return cursor, translate("Custody", "event {position} would become impossible: {problems}").format(
                position=position, problems="; ".join(problems))
        cursor = _apply(cursor, event)
    return cursor, None


def _correction_problems(prior: Sequence[CustodyEvent], new: CustodyEvent) -> list[str]:
    out: list[str] = []
    if not new.notes.strip():
        out.append(translate("Custody", "notes must give the reason for the correction"))
    target = new.corrects
    if target is None:
        out.append(translate("Custody", "corrects must give the number of the event corrected"))
    elif not 1 <= target <= len(prior):
        out.append(translate("Custody", "corrects {target}: there is no event {target} before it").format(
            target=target))
    elif prior[target - 1].type == _E.CORRECTION:
        out.append(translate("Custody", "corrects {target}: event {target} is itself a correction; correct the "
                                        "original event").format(target=target))
    if not any(_given(getattr(new, f)) for f in CORRECTABLE):
        out.append(translate("Custody", "gives no corrected value (fill in the fields to change)"))
    if not out:
        _, refusal = _fold(effective([*prior, new]))
        if refusal:
            out.append(refusal)
    return out


def _rules(cursor: _Cursor, e: CustodyEvent, now: datetime | None) -> list[str]:
    """Every reason the rules refuse `e` after `cursor`; for a correction only the rules all events share."""
    s = cursor.state
    t = e.type
    out: list[str] = []
    if t not in EVENT_TYPES:
        return [translate("Custody", "event: type '{type}' is not a custody event type").format(type=t)]
    if not e.actor.strip():
        out.append(translate("Custody", "actor is required (the user recording the event)"))
    out += _time_problems(cursor, e.at, now)
    if s.events == 0 and t not in (_E.SEIZED, _E.RECEIVED):
        out.append(translate("Custody", "the first event must be seized (with holder and location)"))
    if s.disposed and t != _E.CORRECTION:
        out.append(translate("Custody", "the exhibit has been disposed of: only a correction may follow"))
    if t == _E.CORRECTION:
        return [f"{t}: {m}" for m in out]
    if e.corrects is not None:
        out.append(translate("Custody", "corrects is only for a correction"))
    if e.holder.strip() and t not in NEW_HANDS and not _same(e.holder, s.holder):
        out.append(translate("Custody", "holder '{holder}' is not the current holder '{current}' (record a "
                                        "transfer)").format(holder=e.holder, current=s.holder))
    if e.seal_number.strip() and t not in NEW_SEAL and not _same(e.seal_number, s.seal_number):
        out.append(translate("Custody", "seal_number '{seal}' is not the current seal '{current}' (record "
                                        "sealed)").format(seal=e.seal_number, current=s.seal_number))
    if e.weight.strip():
        out += _weight_problems(e.weight, allow_zero=t == _E.DISPOSED)
    if e.sample_weight.strip():
        out += [m.replace("weight", "sample_weight", 1) for m in _weight_problems(e.sample_weight, allow_zero=False)]
    if e.counted_by:
        out += _pair_problems("counted_by", e.counted_by, e.actor, actor_may_be_one=True)
    if s.disposal and t in (_E.TRANSFERRED, _E.CHECKED_OUT, _E.SENT_TO_LAB, _E.SAMPLED):
        out.append(translate("Custody", "the exhibit is pending disposal: refuse or complete the disposal first"))
    if t == _E.SEIZED:
        if s.events:
            out.append(translate("Custody", "seized can only be the first event"))
        out += _required(e, "holder", "location")
    elif t == _E.TRANSFERRED:
        out += _required(e, "holder")
        if e.holder.strip() and _same(e.holder, s.holder):
            out.append(translate("Custody", "holder '{holder}' already holds the exhibit").format(holder=e.holder))
        if e.from_holder.strip() and not _same(e.from_holder, s.holder):
            out.append(translate("Custody", "from_holder '{holder}' is not the current holder '{current}'").format(
                holder=e.from_holder, current=s.holder))
        out += _not_away(s)
    elif t == _E.STORED:
        out += _required(e, "location") + _not_away(s)
    elif t == _E.CHECKED_OUT:
        out += _required(e, "purpose", "due_date")
        out += _due_problems(e)
        out += [translate("Custody", "the exhibit is already checked out")] if s.checked_out else []
        out += [translate("Custody", _AT_LAB)] if s.at_lab else []
    elif t == _E.CHECKED_IN:
        out += [] if s.checked_out else [translate("Custody", "the exhibit is not checked out")]
    elif t == _E.SENT_TO_LAB:
        out += _required(e, "holder")
        out += [translate("Custody", _CHECKED_OUT)] if s.checked_out else []
        out += [translate("Custody", "the exhibit is already at the lab")] if s.at_lab else []
    elif t == _E.RESULT_RECEIVED:
        out += [] if s.at_lab else [translate("Custody", "the exhibit is not at a lab")]
    elif t == _E.SEALED:
        out += _required(e, "seal_number")
    elif t == _E.SAMPLED:
        out += [translate("Custody", _CHECKED_OUT)] if s.checked_out else []
    elif t == _E.REWEIGHED:
        out += _required(e, "weight")
    elif t == _E.DISPOSED:
        out += _required(e, "method", "authority", "weight") + _witness_problems(e) + _not_away(s)
        if now is not None and s.disposal != "authorised":
            out.append(translate("Custody", "the disposal has not been authorised: request it and have a "
                                            "supervisor authorise it first"))
    elif t == _E.DISPOSAL_REQUESTED:
        out += _required(e, "reason", "method") + _not_away(s)
        if e.method.strip() and e.method.strip() not in DISPOSAL_METHODS:
            out.append(translate("Custody", "method '{method}' is not one of: {methods}").format(
                method=e.method, methods=", ".join(DISPOSAL_METHODS)))
        if s.disposal:
            out.append(translate("Custody", "a disposal is already {state}").format(state=s.disposal))
    elif t == _E.DISPOSAL_AUTHORISED:
        out += _required(e, "legal_basis", "reason")
        if s.disposal != "requested":
            out.append(translate("Custody", "no disposal is waiting for authorisation"))
        elif _same(e.actor, _requester(cursor)):
            out.append(translate("Custody", "actor: the officer who requested the disposal cannot authorise it"))
    elif t == _E.DISPOSAL_REFUSED:
        out += _required(e, "reason")
        if s.disposal not in ("requested", "authorised"):
            out.append(translate("Custody", "no disposal is pending"))
    elif t == _E.RECEIVED:
        out += _required(e, "holder", "agency") + _not_away(s)
    return [f"{t}: {m}" for m in out]


def _requester(cursor: _Cursor) -> str:
    return cursor.requested_by


def _apply(cursor: _Cursor, e: CustodyEvent) -> _Cursor:
    s = cursor.state
    t = e.type
    holder = e.holder.strip() or s.holder
    location = e.location.strip() or s.location
    away = cursor.away_from
    if t == _E.SEIZED:
        holder, location = e.holder.strip(), e.location.strip()
    elif t in (_E.TRANSFERRED, _E.SENT_TO_LAB, _E.RECEIVED):
        location = e.location.strip()  # a change of hands: the place recorded before does not follow
    if t in (_E.CHECKED_OUT, _E.SENT_TO_LAB):
        away = (s.holder, s.location)
    elif t in (_E.CHECKED_IN, _E.RESULT_RECEIVED):
        holder, location, away = e.holder.strip() or away[0], e.location.strip() or away[1], ("", "")
    state = replace(
        s, holder=holder, location=location,
        seal_number=e.seal_number.strip() if t in NEW_SEAL and e.seal_number.strip() else s.seal_number,
        checked_out=(s.checked_out or t == _E.CHECKED_OUT) and t != _E.CHECKED_IN,
        at_lab=(s.at_lab or t == _E.SENT_TO_LAB) and t != _E.RESULT_RECEIVED,
        disposed=s.disposed or t == _E.DISPOSED,
        purpose=e.purpose.strip() if t == _E.CHECKED_OUT else "" if t == _E.CHECKED_IN else s.purpose,
        due_date=e.due_date.strip() if t == _E.CHECKED_OUT else "" if t == _E.CHECKED_IN else s.due_date,
        last_weight=e.weight.strip() or s.last_weight, last_at=e.at, events=s.events + 1,
        disposal=_disposal_after(s.disposal, t),
        disposal_method=(e.method.strip() if t == _E.DISPOSAL_REQUESTED
                         else "" if t in (_E.DISPOSAL_REFUSED, _E.DISPOSED) else s.disposal_method),
        disposal_batch=_disposal_batch(s, e),
        lab_since=e.at if t == _E.SENT_TO_LAB else "" if t == _E.RESULT_RECEIVED else s.lab_since,
        lab_batch=e.batch.strip() if t == _E.SENT_TO_LAB else "" if t == _E.RESULT_RECEIVED else s.lab_batch,
    )
    requested_by = e.actor if t == _E.DISPOSAL_REQUESTED else "" if t in (
        _E.DISPOSAL_REFUSED, _E.DISPOSED) else cursor.requested_by
    floor, span, floor_span = cursor.floor_at, _span(e.at), _span(cursor.floor_at)
    if span is not None and (floor_span is None or span[0] > floor_span[0]):
        floor = e.at
    return _Cursor(state, floor, away, requested_by)


def _disposal_batch(s: CustodyState, e: CustodyEvent) -> str:
    if e.type == _E.DISPOSAL_REQUESTED:
        return e.batch.strip()
    if e.type == _E.DISPOSAL_AUTHORISED:
        return e.batch.strip() or s.disposal_batch
    return "" if e.type in (_E.DISPOSAL_REFUSED, _E.DISPOSED) else s.disposal_batch


def _disposal_after(current: str, t: str) -> str:
    if t == _E.DISPOSAL_REQUESTED:
        return "requested"
    if t == _E.DISPOSAL_AUTHORISED:
        return "authorised"
    if t in (_E.DISPOSAL_REFUSED, _E.DISPOSED):
        return ""
    return current


def _time_problems(cursor: _Cursor, at: str, now: datetime | None) -> list[str]:
    if not at.strip():
        return [translate("Custody", "at is required (when it happened)")]
    span = _span(at)
    if span is None:
        return [translate("Custody", "at '{at}' is not an ISO date or date-time (YYYY-MM-DD or "
                                     "YYYY-MM-DDTHH:MM)").format(at=at)]
    if now is not None and span[0] > now:
        return [translate("Custody", "at '{at}' is in the future").format(at=at)]
    floor = _span(cursor.floor_at) if cursor.floor_at else None
    if floor is not None and span[1] < floor[0]:
        return [translate("Custody", "at '{at}' is earlier than the event before it ('{before}')").format(
            at=at, before=cursor.floor_at)]
    return []


def _span(text: str) -> tuple[datetime, datetime] | None:
    """The first and last moment a date or date-time can mean; None if it is not one."""
    if not _AT.match(text):
        return None
    try:
        start = datetime.fromisoformat(text)
    except ValueError:
        return None
    return start, start if "T" in text else datetime.combine(start.date(), time.max)


def _due_problems(e: CustodyEvent) -> list[str]:
    due = e.due_date.strip()
    day, span = _span(due) if _DAY.match(due) else None, _span(e.at)
    if due and day is None:
        return [translate("Custody", "due_date '{due}' is not an ISO date (YYYY-MM-DD)").format(due=due)]
    if day is not None and span is not None and day[0].date() < span[0].date():
        return [translate("Custody", "due_date '{due}' is before the event date").format(due=due)]
    return []


def _weight_problems(text: str, *, allow_zero: bool) -> list[str]:
    match = _WEIGHT.match(text)
    if not match or not match.group(2):
        return [translate("Custody", "weight {text} is not '<number> <unit>', e.g. '12.31 g'").format(
            text=quoted(text))]
    try:
        value = parse_decimal(match.group(1))
    except ValueError as exc:
        return [f"weight: {exc}"]
    if find_unit(match.group(2)) is None:
        return [translate("Custody", "weight: unit '{unit}' is not a known mass, volume or count unit").format(
            unit=match.group(2))]
    if value < 0 or (value == 0 and not allow_zero):
        rule = (translate("Custody", "weight {text} must be zero or more") if allow_zero
                else translate("Custody", "weight {text} must be more than zero"))
        return [rule.format(text=quoted(text))]
    return []


def _witness_problems(e: CustodyEvent) -> list[str]:
    names = [w.strip() for w in e.witnesses if w.strip()]
    keys = [_key(w) for w in names]
    out: list[str] = []
    if len(set(keys)) < 2:
        out.append(translate("Custody", "witnesses: two different witnesses are required"))
    out += [translate("Custody", "witnesses: '{name}' is named twice").format(name=w)
            for i, w in enumerate(names) if keys[i] in keys[:i]]
    out += [translate("Custody", "witnesses: the actor '{name}' cannot witness their own record").format(name=w)
            for w in names if _same(w, e.actor)]
    return out


def _pair_problems(name: str, people: Sequence[str], actor: str, *, actor_may_be_one: bool) -> list[str]:
    names = [w.strip() for w in people if w.strip()]
    keys = [_key(w) for w in names]
    out: list[str] = []
    if len(set(keys)) < 2:
        out.append(translate("Custody", "{field}: two different people are required").format(field=name))
    out += [translate("Custody", "{field}: '{name}' is named twice").format(field=name, name=w)
            for i, w in enumerate(names) if keys[i] in keys[:i]]
    if not actor_may_be_one:
        out += [translate("Custody", "{field}: the actor '{name}' cannot be named").format(field=name, name=w)
                for w in names if _same(w, actor)]
    return out


def _required(e: CustodyEvent, *names: str) -> list[str]:
    return [translate("Custody", "{field} is required").format(field=name) for name in names
            if not str(getattr(e, name)).strip()]


def _not_away(s: CustodyState) -> list[str]:
    return ([translate("Custody", _CHECKED_OUT)] if s.checked_out else []) + (
        [translate("Custody", _AT_LAB)] if s.at_lab else [])


def _given(value: object) -> bool:
    return bool(value.strip()) if isinstance(value, str) else bool(value)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _same(a: str, b: str) -> bool:
    return _key(a) == _key(b)
