"""Recording and reading the chain of custody of exhibits, with permissions and audit."""

from __future__ import annotations

import dataclasses

from caseapp.core.changes import Changes, Done
from caseapp.core.continuity import counting_problems
from caseapp.core.custody import CustodyError, CustodyEvent, CustodyState, append, replay
from caseapp.core.errors import NotFound
from caseapp.core.i18n import translate
from caseapp.core.model import Exhibit
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.workflow import Workflow


class Custody:
    def __init__(self, app: CaseApp) -> None:
        self.app = app
        self.events_store = app._stores.custody

    def _exhibit(self, case_number: str, exhibit_number: str) -> Exhibit:
        case = self.app.get_case(case_number)
        wanted = exhibit_number.strip().zfill(2)
        for exhibit in case.exhibits:
            if exhibit.number == wanted or exhibit.number == exhibit_number.strip():
                return exhibit
        raise NotFound(translate(
            "Custody", "case {case_number} has no exhibit {exhibit_number}").format(
            case_number=case_number, exhibit_number=exhibit_number))

    def history(self, case_number: str, exhibit_number: str) -> tuple[list[CustodyEvent], CustodyState | None]:
        exhibit = self._exhibit(case_number, exhibit_number)
        events = self.events_store.events(exhibit.id or 0)
        return events, (replay(events) if events else None)

    def states(self, case_number: str) -> dict[str, CustodyState | None]:
        """Current holder and location of every exhibit of a case (None: no custody recorded yet)."""
        case = self.app.get_case(case_number)
        result: dict[str, CustodyState | None] = {}
        for exhibit in case.exhibits:
            events = self.events_store.events(exhibit.id or 0)
            result[exhibit.number or ""] = replay(events) if events else None
        return result

    def record(self, user: User, case_number: str, exhibit_number: str, event: CustodyEvent) -> Done[CustodyState]:
        """Append an event recorded by `user`; refused (CustodyError) when the sequence is impossible."""
        user = self.app.service(Workflow).require("custody", user, self.app.get_case(case_number))
        event = dataclasses.replace(event, actor=user.login)
        with self.app.change(f"custody_{event.type}", "exhibit", actor=user.login) as work:
            exhibit = self._exhibit(case_number, exhibit_number)
            events = self.events_store.events(exhibit.id or 0)
            if counting := counting_problems(exhibit.kind, event):  # drugs and cash: two people count
                raise CustodyError("; ".join(counting), counting)
            updated, state = append(events, event, now=self.app.local_now())
            rowid = self.events_store.add(exhibit.id or 0, updated[-1], recorded_at=work.at)
            work.ledger.record_live("custody_events", [rowid])
            work.entity_id = f"{case_number}/{exhibit.number}"
            work.detail.update({"seq": updated[-1].seq, "holder": state.holder, "location": state.location})
        return Done(state, Changes(custody=frozenset({case_number.strip()}), audit=True))
