"""The disposal of exhibits, batch by batch: an officer requests it, a supervisor authorises or refuses it (the
legal basis, a reason, and Health Canada's destruction authorisation where a controlled substance is to be
destroyed), then two witnesses see every item, scanned, destroyed or returned. Each step writes one custody
event per exhibit of the batch, all in ONE transaction and one audit entry, so a batch never stands half done.

Refused, with every exhibit named and why, and nothing written: an exhibit whose case is not approved; a drug or
precursor to be destroyed with no lab result (no result_received event, no confirmed substance); at
destruction, an item not authorised, not scanned, or a scanned code not in the batch."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from caseapp.core import vocab
from caseapp.core.changes import Changes, Done
from caseapp.core.custody import CustodyError, CustodyEvent, CustodyState, append, replay
from caseapp.core.disposals import AUTHORISED, REQUESTED, STATUS_WORDS, BatchItem, DisposalBatch, batch_number, fold
from caseapp.core.errors import CaseAppError, NotFound
from caseapp.core.i18n import QT_TRANSLATE_NOOP, translate
from caseapp.core.model import Case, Exhibit
from caseapp.core.scancodes import ScanKind, parse
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User, current_user
from caseapp.services.workflow import CASE_ROLES

#: exhibits whose destruction needs a lab result first (what they are must be proven before it is gone)
NEEDS_LAB = frozenset({"drug", "precursor"})


class DisposalError(CaseAppError):
    """A step the disposal workflow refuses; `problems` names each exhibit and why."""

    def __init__(self, problems: Sequence[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = tuple(problems)


class Disposal:
    def __init__(self, app: CaseApp) -> None:
        self.app = app

    # -- reading ------------------------------------------------------------------------------------
    def batches(self) -> list[DisposalBatch]:
        """Every batch, newest request first."""
        rows = self.app._stores.disposals.disposal_events()
        names = list(dict.fromkeys(r.event.batch for r in rows if r.event.batch))
        out = [b for name in names if (b := self._fold(name, [r for r in rows if r.event.batch == name]))]
        return sorted(out, key=lambda b: (b.requested.at, b.year or 0, _serial(b.batch)), reverse=True)

    def batch(self, batch: str) -> DisposalBatch:
        rows = self.app._stores.disposals.disposal_events(batch.strip())
        found = self._fold(batch.strip(), rows)
        if found is None:
            raise NotFound(translate("Disposal", "there is no disposal batch {batch}").format(batch=batch))
        return found

    def _fold(self, batch: str, rows: Sequence) -> DisposalBatch | None:  # type: ignore[type-arg]
        items: dict[str, BatchItem] = {}
        cases: dict[str, Case] = {}
        for row in rows:
            code = f"{row.case_number}/{row.exhibit_number}"
            if code in items:
                continue
            case = cases.get(row.case_number) or cases.setdefault(row.case_number, self.app.get_case(row.case_number))
            exhibit = next((x for x in case.exhibits if x.id == row.exhibit_id), None)
            state = self._state(row.exhibit_id)
            items[code] = _item(row.case_number, row.exhibit_number, exhibit, state)
        return fold(batch, ((r.case_number, r.exhibit_number, r.event) for r in rows), items)

    def _state(self, exhibit_id: int) -> CustodyState | None:
        events = self.app._stores.custody.events(exhibit_id)
        return replay(events) if events else None

    # -- the steps ------------------------------------------------------------------------------------
    def request(self, user: User, exhibits: Sequence[tuple[str, str]], *, reason: str, method: str,
                at: str | None = None) -> Done[DisposalBatch]:
        """Request the disposal of exhibits ((case, exhibit) pairs) as one new batch "D-<year>-<n>"."""
        user = current_user(self.app, user, CASE_ROLES, QT_TRANSLATE_NOOP("Refusals", "requesting a disposal"))
        if not exhibits:
            raise DisposalError([translate("Disposal", "name at least one exhibit to dispose of")])
        when = at or self.app.local_now().strftime("%Y-%m-%dT%H:%M")
        with self.app.change("disposal_request", "disposal", actor=user.login) as work:
            year = self.app.local_now().year
            batch = batch_number(year, (r.event.batch for r in self.app._stores.disposals.disposal_events()))
            event = CustodyEvent("disposal_requested", when, user.login, reason=reason.strip(),
                                 method=method.strip(), batch=batch)
            targets = self._targets(exhibits)
            problems = [p for case, exhibit in targets for p in self._eligible(case, exhibit, method.strip())]
            self._write(work, targets, event, problems)
            work.entity_id = batch
            work.detail.update({"method": method.strip(), "exhibits": [f"{c.case_number}/{x.number}"
                                                                       for c, x in targets]})
        return self._done(batch, targets)

    def authorise(self, user: User, batch: str, *, legal_basis: str, reason: str, authorisation: str = "",
                  at: str | None = None) -> Done[DisposalBatch]:
        """A supervisor authorises a requested batch; Health Canada's authorisation number is required when a
        controlled substance is to be destroyed."""
        user = current_user(self.app, user, (Role.SUPERVISOR,),
                            QT_TRANSLATE_NOOP("Refusals", "authorising a disposal"))
        return self._decide(user, batch, "disposal_authorise", CustodyEvent(
            "disposal_authorised", at or "", user.login, legal_basis=legal_basis.strip(), reason=reason.strip(),
            authorisation=authorisation.strip(), batch=batch.strip()))

    def refuse(self, user: User, batch: str, *, reason: str, at: str | None = None) -> Done[DisposalBatch]:
        user = current_user(self.app, user, (Role.SUPERVISOR,), QT_TRANSLATE_NOOP("Refusals", "refusing a disposal"))
        return self._decide(user, batch, "disposal_refuse", CustodyEvent(
            "disposal_refused", at or "", user.login, reason=reason.strip(), batch=batch.strip()))

    def _decide(self, user: User, batch: str, action: str, event: CustodyEvent) -> Done[DisposalBatch]:
        event = dataclasses.replace(event, at=event.at or self.app.local_now().strftime("%Y-%m-%dT%H:%M"))
        with self.app.change(action, "disposal", batch.strip(), actor=user.login) as work:
            found = self.batch(batch)
            problems: list[str] = []
            if found.status not in (REQUESTED, AUTHORISED) or (
                    event.type == "disposal_authorised" and found.status != REQUESTED):
                problems.append(translate("Disposal", "batch {batch} is {status}: nothing waits for that").format(
                    batch=found.batch, status=translate("Disposal", STATUS_WORDS[found.status])))
            targets = self._targets([(i.case_number, i.exhibit_number) for i in found.items])
            if event.type == "disposal_authorised" and found.method == "destruction" and not event.authorisation:
                problems += [translate("Disposal", "{code}: {substance} is a controlled substance (CDSA schedule "
                                                   "{schedule}): Health Canada's destruction authorisation number "
                                                   "is required").format(code=f"{c.case_number}/{x.number}",
                                                                         substance=x.substance, schedule=s)
                             for c, x in targets if (s := self._schedule(x))]
            if event.type == "disposal_authorised":
                problems += [p for c, x in targets for p in self._eligible(c, x, found.method)]
            self._write(work, targets, event, problems)
            work.detail.update({"reason": event.reason, **({"legal_basis": event.legal_basis}
                                                           if event.legal_basis else {}),
                                **({"authorisation": event.authorisation} if event.authorisation else {})})
        return self._done(found.batch, targets)

    def destroy(self, user: User, batch: str, *, witnesses: Sequence[str], means: str, scanned: Sequence[str],
                place: str = "", weights: dict[str, str] | None = None,
                at: str | None = None) -> Done[DisposalBatch]:
        """The witnessed destruction (or return) of an authorised batch: every item scanned (`scanned` holds
        the codes as the scanner typed them), two witnesses, the means, the place, the weight of each item
        (`weights` by "CASE/NN"; else the weight last recorded)."""
        user = current_user(self.app, user, CASE_ROLES, QT_TRANSLATE_NOOP("Refusals", "recording a disposal"))
        when = at or self.app.local_now().strftime("%Y-%m-%dT%H:%M")
        with self.app.change("disposal_destroy", "disposal", batch.strip(), actor=user.login) as work:
            found = self.batch(batch)
            problems = self.scan_problems(found, scanned)
            if found.status != AUTHORISED:
                problems.insert(0, translate("Disposal", "batch {batch} is {status}, not authorised: it cannot be "
                                                         "disposed of").format(
                    batch=found.batch, status=translate("Disposal", STATUS_WORDS[found.status])))
            targets = self._targets([(i.case_number, i.exhibit_number) for i in found.items])
            problems += [p for c, x in targets for p in self._eligible(c, x, found.method)]
            weights = {k.strip(): v.strip() for k, v in (weights or {}).items()}
            unknown = sorted(set(weights) - {i.code for i in found.items})
            problems += [translate("Disposal", "{code}: a weight is given for an exhibit not in batch {batch}").format(
                code=code, batch=found.batch) for code in unknown]
            events = {}
            for item in found.items:
                weight = weights.get(item.code) or item.weight
                if not weight:
                    problems.append(translate("Disposal", "{code}: no weight is recorded: give the weight "
                                                          "destroyed").format(code=item.code))
                events[item.code] = CustodyEvent(
                    "disposed", when, user.login, method=means.strip(), location=place.strip(),
                    authority=found.authorisation or found.legal_basis, witnesses=tuple(w.strip() for w in witnesses),
                    weight=weight, batch=found.batch)
            self._write(work, targets, events, problems)
            work.detail.update({"method": means.strip(), "witnesses": [w.strip() for w in witnesses]})
        return self._done(found.batch, targets)

    def scan_problems(self, batch: DisposalBatch, scanned: Sequence[str]) -> list[str]:
        """Why the scanned codes do not match the batch: a code not in it, an item not scanned."""
        wanted = {item.code for item in batch.items}
        seen: set[str] = set()
        problems: list[str] = []
        for text in scanned:
            code = parse(text)
            key = f"{code.case_number}/{code.exhibit_number}" if code.kind is ScanKind.EXHIBIT else ""
            if key not in wanted:
                problems.append(translate("Disposal", "{code} is not an exhibit of batch {batch}").format(
                    code=text.strip(), batch=batch.batch))
            seen.add(key)
        problems += [translate("Disposal", "{code}: not scanned; every item is scanned before it is disposed "
                                           "of").format(code=code) for code in sorted(wanted - seen)]
        return problems

    # -- helpers ----------------------------------------------------------------------------------------
    def _targets(self, exhibits: Sequence[tuple[str, str]]) -> list[tuple[Case, Exhibit]]:
        out: list[tuple[Case, Exhibit]] = []
        problems: list[str] = []
        for case_number, number in exhibits:
            try:
                case = self.app.get_case(case_number.strip())
            except NotFound as exc:
                problems.append(str(exc))
                continue
            wanted = number.strip().zfill(2)
            exhibit = next((x for x in case.exhibits if x.number in (wanted, number.strip())), None)
            if exhibit is None:
                problems.append(translate("Custody", "case {case_number} has no exhibit {exhibit_number}").format(
                    case_number=case.case_number, exhibit_number=number))
            elif any(x.id == exhibit.id for _, x in out):
                problems.append(translate("Disposal", "{code} is named twice").format(
                    code=f"{case.case_number}/{exhibit.number}"))
            else:
                out.append((case, exhibit))
        if problems:
            raise DisposalError(problems)
        return out

    def _eligible(self, case: Case, exhibit: Exhibit, method: str) -> list[str]:
        code = f"{case.case_number}/{exhibit.number}"
        out: list[str] = []
        if case.status != "approved":
            out.append(translate("Disposal", "{code}: case {case} is {status}, not approved").format(
                code=code, case=case.case_number, status=vocab.CASE_STATUS.display(case.status).lower()))
        if method == "destruction" and exhibit.kind in NEEDS_LAB and not self._has_lab_result(exhibit):
            out.append(translate("Disposal", "{code}: a {kind} exhibit has no lab result: it cannot be destroyed "
                                             "before the lab confirms what it is").format(
                code=code, kind=vocab.EXHIBIT_KIND.display(exhibit.kind).lower()))
        return out

    def _has_lab_result(self, exhibit: Exhibit) -> bool:
        if exhibit.lab is not None and (exhibit.lab.substance or "").strip():
            return True
        return any(e.type == "result_received" for e in self.app._stores.custody.events(exhibit.id or 0))

    def _schedule(self, exhibit: Exhibit) -> str:
        """The CDSA schedule listing the exhibit's substance (the lab's where confirmed), "" when none."""
        text = exhibit.lab.substance if exhibit.lab is not None and exhibit.lab.substance else exhibit.substance
        found = self.app.catalogue.find(text)
        return found.schedules[0].schedule if found is not None and found.schedules else ""

    def _write(self, work, targets: list[tuple[Case, Exhibit]],  # type: ignore[no-untyped-def]
               event: CustodyEvent | dict[str, CustodyEvent], problems: list[str]) -> None:
        """Append the event to every exhibit, or refuse with every problem (and custody's own refusals)."""
        store = self.app._stores.custody
        planned = []
        for case, exhibit in targets:
            code = f"{case.case_number}/{exhibit.number}"
            own = event[code] if isinstance(event, dict) else event
            events = store.events(exhibit.id or 0)
            try:
                updated, _ = append(events, own, now=self.app.local_now())
            except CustodyError as exc:
                problems += [f"{code}: {p}" for p in exc.problems]
                continue
            planned.append((exhibit.id or 0, updated[-1]))
        if problems:
            raise DisposalError(list(dict.fromkeys(problems)))
        rowids = [store.add(exhibit_id, new, recorded_at=work.at) for exhibit_id, new in planned]
        work.ledger.record_live("custody_events", rowids)

    def _done(self, batch: str, targets: list[tuple[Case, Exhibit]]) -> Done[DisposalBatch]:
        cases = frozenset(c.case_number or "" for c, _ in targets)
        return Done(self.batch(batch), Changes(custody=cases, audit=True))


def _item(case_number: str, exhibit_number: str, exhibit: Exhibit | None, state: CustodyState | None) -> BatchItem:
    if exhibit is None:
        return BatchItem(case_number, exhibit_number)
    substance = (exhibit.lab.substance if exhibit.lab is not None and exhibit.lab.substance else
                 exhibit.substance) or ""
    weight = state.last_weight if state is not None and state.last_weight else ""
    if not weight and exhibit.quantity is not None and exhibit.quantity.value is not None and exhibit.quantity.unit:
        weight = f"{exhibit.quantity.value} {exhibit.quantity.unit}"
    return BatchItem(case_number, exhibit_number, exhibit.kind, substance,
                     state.seal_number if state is not None else "", weight)


def _serial(batch: str) -> int:
    tail = batch.rsplit("-", 1)[-1]
    return int(tail) if tail.isdigit() else 0
