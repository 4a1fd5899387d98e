"""Recording and reading the chain of custody of exhibits, with permissions and audit."""

from __future__ import annotations

import dataclasses

from caseapp.core.changes import Changes, Done
from caseapp.core.custody import CustodyEvent, CustodyState, append, replay
from caseapp.core.errors import NotFound
from caseapp.core.model import Exhibit
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User, current_user
from caseapp.store.custody import CustodyStore


class Custody:
    def __init__(self, app: CaseApp) -> None:
        self.app = app
        self.events_store = CustodyStore(app.db)

    def _exhibit(self, case_number: str, exhibit_number: str) -> Exhibit:
        case = self.app.get_case(case_number)
        wanted = exhibit_number.strip().zfill(2)
        for exhibit in case.exhibits:
            if exhibit.number == wanted or exhibit.number == exhibit_number.strip():
                return exhibit
        raise NotFound(f"case {case_number} has no exhibit {exhibit_number}")

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
        user = current_user(self.app, user, (Role.OFFICER, Role.SUPERVISOR), "recording custody")
        event = dataclasses.replace(event, actor=user.login)
        at = self.app.now_utc_text()
        with self.app.store.transaction():
            exhibit = self._exhibit(case_number, exhibit_number)
            events = self.events_store.events(exhibit.id or 0)
            updated, state = append(events, event, now=self.app.local_now())
            ledger = self.app.audit.ledger()
            rowid = self.events_store.add(exhibit.id or 0, updated[-1], recorded_at=at)
            ledger.record_live("custody_events", [rowid])
            self.app.audit.append(at=at, actor=user.login, action=f"custody_{event.type}", entity="exhibit",
                                  entity_id=f"{case_number}/{exhibit.number}",
                                  detail={"seq": updated[-1].seq, "holder": state.holder,
                                          "location": state.location}, ledger=ledger)
        return Done(state, Changes(custody=frozenset({case_number.strip()}), audit=True))
