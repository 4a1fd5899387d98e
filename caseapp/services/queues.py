"""Work queues: what needs doing, counted for the window's side panel and listed row by row.

Each queue is a named query: the store narrows it to candidates (store.contract Queues), core.queues decides
on each from its replayed custody and the evidence-room settings. Reading a queue changes nothing and writes no
audit entry (it shows what the audited records say).

Cases with discrepancies gather rows from registered sources (`register_discrepancy_source`): weights beyond
the agency's tolerance (services.lab) and exhibits an inventory audit found missing (services.inventory).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from caseapp.core import deadlines
from caseapp.core import queues as q
from caseapp.core.custody import replay
from caseapp.core.errors import CaseAppError
from caseapp.core.i18n import translate
from caseapp.core.room import RoomSettings
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User
from caseapp.services.settings import read_room_settings
from caseapp.store.contract.queues import ExhibitCandidate

ROW_LIMIT = 500
#: a discrepancy source: (the app, today) -> rows
DiscrepancySource = Callable[[CaseApp, date], list[q.QueueRow]]
DISCREPANCY_SOURCES: dict[str, DiscrepancySource] = {}


def register_discrepancy_source(name: str, source: DiscrepancySource) -> None:
    """Add (or replace) a source of the discrepancies queue's rows; each row's `what` names its kind."""
    DISCREPANCY_SOURCES[name] = source


def _weights(app: CaseApp, today: date) -> list[q.QueueRow]:
    """Weights beyond the agency's tolerance (services.lab.WeightChecks: samples sent explain a drop)."""
    from caseapp.services.lab import WeightChecks

    return [q.QueueRow(found.case_number, found.exhibit_number, found.discrepancy.at[:10], None, True, "weight",
                       f"{found.discrepancy.before} -> {found.discrepancy.after}")
            for found in app.service(WeightChecks).discrepancies()]


def _missing(app: CaseApp, today: date) -> list[q.QueueRow]:
    """Exhibits an inventory audit did not find, until a custody event with a reason accounts for them."""
    from caseapp.services.inventory import InventoryAudits

    return [q.QueueRow(m.item.case_number, m.item.exhibit_number, m.audited_at[:10], None, True, "missing",
                       m.location) for m in app.service(InventoryAudits).unresolved_missing()]


register_discrepancy_source("weight", _weights)
register_discrepancy_source("missing", _missing)


class Queues:
    def __init__(self, app: CaseApp) -> None:
        self.app = app
        self.store = app._stores.queues

    def names(self, user: User) -> list[str]:
        """The queues `user` has work in, in the panel's order (awaiting review: supervisors only)."""
        return [name for name in q.QUEUES if name not in q.SUPERVISOR_QUEUES or user.role is Role.SUPERVISOR]

    def today(self) -> date:
        return self.app.local_now().date()

    def counts(self, user: User) -> list[q.QueueCount]:
        settings = read_room_settings(self.app)
        today = self.today()
        return [q.QueueCount(name, self._count(name, user, settings, today)) for name in self.names(user)]

    def rows(self, user: User, name: str) -> list[q.QueueRow]:
        """One queue's rows (at most ROW_LIMIT where the store pages); refused for a name that is not a queue."""
        if name not in self.names(user):
            raise CaseAppError(translate("Queues", "'{name}' is not a queue; the queues are: {names}").format(
                name=name, names=", ".join(self.names(user))))
        return self._rows(name, user, read_room_settings(self.app), self.today())

    # -- one queue -------------------------------------------------------------------------------------
    def _count(self, name: str, user: User, settings: RoomSettings, today: date) -> int:
        if name == q.MY_DRAFTS:
            return self.store.count_of_status("draft", created_by=user.login)
        if name == q.RETURNED:
            return self.store.count_of_status("returned", created_by=user.login)
        if name == q.REVIEW:
            return self.store.count_of_status("submitted", not_by=user.login)
        if name == q.DISPOSAL_REVIEW:
            return self.store.count_seized_before(*self._review_cutoffs(settings, today))
        return len(self._rows(name, user, settings, today))

    def _rows(self, name: str, user: User, settings: RoomSettings, today: date) -> list[q.QueueRow]:
        if name in (q.MY_DRAFTS, q.RETURNED, q.REVIEW):
            status = {q.MY_DRAFTS: "draft", q.RETURNED: "returned", q.REVIEW: "submitted"}[name]
            mine = {"created_by": user.login} if name != q.REVIEW else {"not_by": user.login}
            return [q.QueueRow(c.case_number, "", (c.updated_at or "")[:10], None, False, status, c.created_by or "")
                    for c in self.store.cases_of_status(status, limit=ROW_LIMIT, **mine)]
        if name == q.CHECKED_OUT:
            return self._decided(self.store.away("checked_out", "checked_in", sent_before=today.isoformat()),
                                 lambda c, s: q.overdue_checkout(c.case_number, c.exhibit_number, s, today))
        if name == q.LAB:
            # overdue when sent on or before today - N days: sent before the day after that
            before = today - timedelta(days=settings.lab_overdue_days - 1)
            return self._decided(self.store.away("sent_to_lab", "result_received", sent_before=before.isoformat()),
                                 lambda c, s: q.lab_overdue(c.case_number, c.exhibit_number, s, today,
                                                            settings.lab_overdue_days))
        if name == q.DEADLINES:
            first = deadlines.earliest_seizure_shown(today, settings.deadline_warning_days)
            rows = [row for c in self.store.seized_since(first.isoformat())
                    for row in q.deadline_rows(c.case_number, c.occurred_at, today, settings.deadline_warning_days)]
            return sorted(rows, key=lambda r: (r.date, r.case_number, r.what))
        if name == q.DISPOSAL_REVIEW:
            out = []
            for c in self.store.seized_before(*self._review_cutoffs(settings, today), limit=ROW_LIMIT):
                row = q.review_row(c.case_number, c.exhibit_number, c.occurred_at, c.kind,
                                   settings.retention_for(c.kind), today)
                if row is not None:
                    out.append(row)
            return out
        rows = [row for source in DISCREPANCY_SOURCES.values() for row in source(self.app, today)]
        return sorted(rows, key=lambda r: (r.case_number, r.exhibit_number, r.what))

    def _decided(self, candidates: list[ExhibitCandidate],
                 decide: Callable[[ExhibitCandidate, object], q.QueueRow | None]) -> list[q.QueueRow]:
        rows = []
        for candidate in candidates:
            events = self.app._stores.custody.events(candidate.exhibit_id)
            row = decide(candidate, replay(events)) if events else None
            if row is not None:
                rows.append(row)
        return sorted(rows, key=lambda r: (r.date, r.case_number, r.exhibit_number))

    @staticmethod
    def _review_cutoffs(settings: RoomSettings, today: date) -> tuple[dict[str, str], str]:
        """Per exhibit kind, the day before which a seizure is due for review (the store compares ISO text:
        a seizure at any time of the cut-off's eve is before it)."""
        def cutoff(days: int) -> str:
            return (deadlines.latest_seizure_due_for_review(today, days) + timedelta(days=1)).isoformat()

        return ({kind: cutoff(days) for kind, days in settings.retention_days.items()},
                cutoff(settings.retention_for("")))
