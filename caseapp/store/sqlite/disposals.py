"""The disposal workflow's custody events, read across exhibits and cases: a batch is the `batch` every event
of one request carries (custody_events.detail), so a batch needs no table of its own and cannot drift from the
history that justifies it. Read-only: the events are written by the custody store, one exhibit at a time."""

from __future__ import annotations

from sqlite_utils import Database

from caseapp.store.contract.disposals import DisposalEventRow
from caseapp.store.sqlite.custody import _event

#: the custody event types a disposal batch is made of
DISPOSAL_TYPES = ("disposal_requested", "disposal_authorised", "disposal_refused", "disposed")

_SELECT = (
    "SELECT c.case_number, x.number, x.id, e.seq, e.type, e.at, e.actor, e.detail FROM custody_events e "
    "JOIN exhibits x ON x.id = e.exhibit_id JOIN cases c ON c.id = x.case_id "
    f"WHERE e.type IN ({', '.join('?' for _ in DISPOSAL_TYPES)})")


class DisposalStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def disposal_events(self, batch: str | None = None) -> list[DisposalEventRow]:
        """Every disposal event (of one batch when `batch` is given), in case, exhibit and seq order."""
        params: list[object] = list(DISPOSAL_TYPES)
        where = ""
        if batch is not None:
            # a first narrowing on the stored JSON text (sort_keys, ", " separators); the exact test follows
            where = " AND e.detail LIKE ?"
            params.append(f'%"batch": "{batch}"%')
        rows = self.db.execute(_SELECT + where + " ORDER BY c.case_number, x.number, e.seq", params).fetchall()
        out = [DisposalEventRow(case_number=r[0], exhibit_number=r[1], exhibit_id=int(r[2]),
                                event=_event(tuple(r[3:]))) for r in rows]
        return [r for r in out if batch is None or r.event.batch == batch]
