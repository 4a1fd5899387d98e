"""The lab: requests for analysis (exhibits sent together under one request number), results (which close a
request for an exhibit and confirm its substance), and the weight continuity checks the room runs on them.

- A request records one `sent_to_lab` event per exhibit, all in one transaction: if any exhibit cannot go,
  none goes, and every refusal is named by its exhibit. The request number ("LR-<case>-<n>") is kept in
  each event's `batch`, the tests asked in `purpose`, so the form can be printed again from the events.
- A result records `result_received` and writes the exhibit's LabResult in the same transaction (allowed on an
  approved case: the confirmed substance is not an amendment of what was seized); search and the summary
  use the confirmed substance from then on.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from caseapp.core import continuity
from caseapp.core.changes import Changes, Done
from caseapp.core.continuity import Discrepancy
from caseapp.core.custody import CustodyError, CustodyEvent, CustodyState, EventType, append, replay
from caseapp.core.errors import CaseAppError, NotFound
from caseapp.core.i18n import translate
from caseapp.core.model import Case, Exhibit, LabResult
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.custody import Custody
from caseapp.services.settings import read_room_settings
from caseapp.services.workflow import Workflow

_REQUEST = re.compile(r"^LR-(?P<case>.+)-(?P<n>\d+)$")


@dataclass(frozen=True)
class LabItem:
    exhibit: Exhibit
    event: CustodyEvent  # its sent_to_lab event
    seal_number: str  # the seal it went with
    gross_weight: str  # the latest weight before it went (or the recorded quantity)


@dataclass(frozen=True)
class LabRequest:
    number: str
    case: Case
    lab: str
    at: str
    officer: str  # the submitting officer's login
    tests: str
    notes: str
    items: tuple[LabItem, ...]


@dataclass(frozen=True)
class ExhibitDiscrepancy:
    case_number: str
    exhibit_number: str
    discrepancy: Discrepancy


def request_case(number: str) -> str:
    """The case number a request number names; CaseAppError if it is not one."""
    match = _REQUEST.match(number.strip())
    if not match:
        raise CaseAppError(translate("Lab", "'{number}' is not a lab request number (LR-CASE-N)").format(
            number=number.strip()))
    return match.group("case")


class LabRequests:
    def __init__(self, app: CaseApp) -> None:
        self.app = app
        self.store = app._stores.custody

    def _histories(self, case: Case) -> dict[str, list[CustodyEvent]]:
        return {e.number or "": self.store.events(e.id or 0) for e in case.exhibits}

    def next_number(self, case_number: str) -> str:
        case = self.app.get_case(case_number)
        used = {ev.batch for events in self._histories(case).values() for ev in events}
        n = 1
        while f"LR-{case.case_number}-{n}" in used:
            n += 1
        return f"LR-{case.case_number}-{n}"

    def request(self, user: User, case_number: str, exhibit_numbers: Sequence[str], *, lab: str,
                samples: Mapping[str, str] | None = None, tests: str = "", notes: str = "",
                at: str | None = None) -> Done[LabRequest]:
        """Send the exhibits to `lab` under a new request number: one sent_to_lab event each, all or none."""
        case = self.app.get_case(case_number)
        user = self.app.service(Workflow).require("custody", user, case)
        custody = self.app.service(Custody)
        problems: list[str] = []
        if not lab.strip():
            problems.append(translate("Lab", "lab: name the lab the exhibits go to"))
        if not exhibit_numbers:
            problems.append(translate("Lab", "exhibits: choose at least one exhibit"))
        chosen: list[Exhibit] = []
        for number in exhibit_numbers:
            try:
                exhibit = custody._exhibit(case.case_number or "", number)
            except NotFound as exc:
                problems.append(str(exc))
                continue
            if exhibit in chosen:
                problems.append(translate("Lab", "exhibit {number} is chosen twice").format(number=exhibit.number))
            chosen.append(exhibit)
        samples = dict(samples or {})
        known = {e.number for e in chosen} | {e.number.lstrip("0") for e in chosen if e.number}
        problems += [translate("Lab", "sample {number}: that exhibit is not in the request").format(number=k)
                     for k in samples if k.strip() not in known]
        when = at or self.app.local_now().strftime("%Y-%m-%dT%H:%M")
        with self.app.change("lab_request", "case", case.case_number, actor=user.login) as work:
            number = self.next_number(case.case_number or "")
            rows: list[int] = []
            for exhibit in chosen:
                sample = samples.get(exhibit.number or "", samples.get((exhibit.number or "").lstrip("0"), ""))
                event = CustodyEvent(type=EventType.SENT_TO_LAB, at=when, actor=user.login, holder=lab.strip(),
                                     batch=number, sample_weight=sample.strip(), purpose=tests.strip(),
                                     notes=notes.strip())
                events = self.store.events(exhibit.id or 0)
                try:
                    updated, _ = append(events, event, now=self.app.local_now())
                except CustodyError as exc:
                    problems += [translate("Lab", "exhibit {number}: {problem}").format(number=exhibit.number,
                                                                                        problem=p)
                                 for p in exc.problems]
                    continue
                rows.append(self.store.add(exhibit.id or 0, updated[-1], recorded_at=work.at))
            if problems:
                raise CustodyError("; ".join(problems), problems)
            work.ledger.record_live("custody_events", rows)
            work.detail.update({"request": number, "lab": lab.strip(),
                                "exhibits": [e.number for e in chosen]})
        return Done(self.form(number), Changes(custody=frozenset({case.case_number or ""}), audit=True))

    def form(self, number: str) -> LabRequest:
        """The request as its events recorded it, to print its form (again)."""
        case = self.app.get_case(request_case(number))
        items: list[LabItem] = []
        for exhibit in case.exhibits:
            events = self.store.events(exhibit.id or 0)
            for position, event in enumerate(events):
                if event.type == EventType.SENT_TO_LAB and event.batch == number.strip():
                    before = replay(events[:position]) if position else None
                    weights = continuity.weighings(exhibit.quantity, events[:position])
                    gross = weights[-1].text if weights else continuity.quantity_text(exhibit.quantity)
                    items.append(LabItem(exhibit, event, before.seal_number if before else "", gross))
        if not items:
            raise NotFound(translate("Lab", "no lab request {number}").format(number=number.strip()))
        first = items[0].event
        return LabRequest(number.strip(), case, first.holder, first.at, first.actor, first.purpose, first.notes,
                          tuple(items))

    def result(self, user: User, case_number: str, exhibit_number: str, *, substance: str,
               purity: str = "", certificate: str = "", lab: str = "", weight: str = "",
               counted_by: Sequence[str] = (), notes: str = "", at: str | None = None) -> Done[CustodyState]:
        """Record the lab's result: result_received, and the exhibit's confirmed substance, in one transaction."""
        case = self.app.get_case(case_number)
        user = self.app.service(Workflow).require("custody", user, case)
        exhibit = self.app.service(Custody)._exhibit(case.case_number or "", exhibit_number)
        problems: list[str] = []
        if not substance.strip():
            problems.append(translate("Lab", "substance: give the substance the lab confirmed"))
        purity_value = _purity(purity, problems)
        events = self.store.events(exhibit.id or 0)
        state = replay(events) if events else None
        event = CustodyEvent(type=EventType.RESULT_RECEIVED, at=at or self.app.local_now().strftime("%Y-%m-%dT%H:%M"),
                             actor=user.login, weight=weight.strip(),
                             counted_by=tuple(n.strip() for n in counted_by if n.strip()),
                             batch=state.lab_batch if state else "", notes=notes.strip())
        problems += continuity.counting_problems(exhibit.kind, event)
        try:
            updated, new_state = append(events, event, now=self.app.local_now())
        except CustodyError as exc:
            problems += list(exc.problems)
        if problems:
            raise CustodyError("; ".join(problems), problems)
        lab_name = lab.strip() or (state.holder if state else "")
        with self.app.change("lab_result", "exhibit", f"{case.case_number}/{exhibit.number}",
                             actor=user.login) as work:
            current = self.app.get_case(case.case_number or "")
            changed = dataclasses.replace(current, exhibits=[
                dataclasses.replace(e, lab=LabResult(substance.strip(), purity_value, lab_name, certificate.strip()))
                if e.number == exhibit.number else e for e in current.exhibits])
            normal, _ = self.app.check(changed)
            normal.id = current.id
            # the custody event first: on the server it is what lets the lab columns of an approved case change
            rowid = self.store.add(exhibit.id or 0, updated[-1], recorded_at=work.at)
            work.ledger.record_live("custody_events", [rowid])
            self.app._store.write_lab_result(normal, exhibit.number or "", actor=user.login, at=work.at,
                                             ledger=work.ledger)
            work.detail.update({"seq": updated[-1].seq, "substance": substance.strip(),
                                "purity": purity.strip(), "certificate": certificate.strip(), "lab": lab_name})
        number = case.case_number or ""
        return Done(new_state, Changes(custody=frozenset({number}), audit=True) | Changes.case(number))


def _purity(text: str, problems: list[str]) -> Decimal | None:
    if not text.strip():
        return None
    try:
        value = Decimal(text.strip().rstrip("%").strip().replace(",", "."))
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        problems.append(translate("Lab", "purity: '{text}' is not a percentage from 0 to 100").format(
            text=text.strip()))
        return None
    return value


class WeightChecks:
    """Weights that break continuity, for the exhibit's custody tab, the case report and the work queues."""

    def __init__(self, app: CaseApp) -> None:
        self.app = app

    def for_case(self, case_number: str) -> dict[str, list[Discrepancy]]:
        case = self.app.get_case(case_number)
        settings = read_room_settings(self.app)
        store = self.app._stores.custody
        return {e.number or "": continuity.discrepancies(e.quantity, store.events(e.id or 0), settings)
                for e in case.exhibits}

    def discrepancies(self) -> list[ExhibitDiscrepancy]:
        """Every weight beyond tolerance in the database, by case and exhibit."""
        out: list[ExhibitDiscrepancy] = []
        by_case: dict[str, dict[str, list[Discrepancy]]] = {}
        for case_number, exhibit_number in self.app._stores.custody.weighed_exhibits():
            if case_number not in by_case:
                by_case[case_number] = self.for_case(case_number)
            out += [ExhibitDiscrepancy(case_number, exhibit_number, d)
                    for d in by_case[case_number].get(exhibit_number, [])]
        return out
