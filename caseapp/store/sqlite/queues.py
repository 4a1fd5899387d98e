"""The work queues' candidates: SQL that narrows each queue to the few rows a core function then decides on
(core.queues), so no queue replays every exhibit's custody. The statements are plain SQL both engines read as
written; the server runs this store through its adapter (store.postgres.db.PgDatabase).

- An exhibit is out of the room (checked out, at the lab) when its latest event of the pair is the one that
  sends it away: corrections never change an event's type, so the event types alone decide it, through the
  index on (type, exhibit_id, seq).
- An exhibit is disposed of once it has a `disposed` event (only a correction may follow one).
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from caseapp.store.contract.queues import CaseCandidate, ExhibitCandidate

_NOT_DISPOSED = ("NOT EXISTS (SELECT 1 FROM custody_events d WHERE d.exhibit_id = e.id AND d.type = 'disposed')")
_EXHIBIT = ("SELECT e.id, c.case_number, e.number, e.occurred_at, e.kind "
            "FROM exhibits e JOIN cases c ON c.id = e.case_id")


def _exhibit(row: tuple[Any, ...]) -> ExhibitCandidate:
    return ExhibitCandidate(int(row[0]), row[1], row[2], row[3], row[4])


def _case(row: tuple[Any, ...]) -> CaseCandidate:
    return CaseCandidate(row[0], row[1], row[2], row[3])


class QueueStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def _status_where(status: str, created_by: str | None, not_by: str | None) -> tuple[str, list[Any]]:
        where, params = ["c.status = ?"], [status]
        if created_by is not None:
            where.append("lower(c.created_by) = lower(?)")
            params.append(created_by)
        if not_by is not None:
            where.append("lower(coalesce(c.created_by, '')) <> lower(?) "
                         "AND lower(coalesce(c.updated_by, '')) <> lower(?)")
            params += [not_by, not_by]
        return " AND ".join(where), params

    def cases_of_status(self, status: str, *, created_by: str | None = None, not_by: str | None = None,
                        limit: int = 500) -> list[CaseCandidate]:
        """Cases of `status` (created by `created_by`; neither created nor last changed by `not_by`), newest
        change first."""
        where, params = self._status_where(status, created_by, not_by)
        return [_case(r) for r in self.db.execute(
            "SELECT c.case_number, c.occurred_at, c.created_by, c.updated_at FROM cases c "
            f"WHERE {where} ORDER BY c.updated_at DESC, c.id DESC LIMIT ?", [*params, limit])]

    def count_of_status(self, status: str, *, created_by: str | None = None, not_by: str | None = None) -> int:
        where, params = self._status_where(status, created_by, not_by)
        return int(self.db.execute(f"SELECT count(*) FROM cases c WHERE {where}", params).fetchone()[0])

    def away(self, out_type: str, back_type: str, *, sent_before: str | None = None) -> list[ExhibitCandidate]:
        """Exhibits whose latest event of the two types is `out_type` (checked out, at the lab), the latest one
        recorded before `sent_before` (an ISO day: events on that day or after are not candidates) if given."""
        having = ("max(CASE WHEN x.type = ? THEN x.seq END) > coalesce(max(CASE WHEN x.type = ? THEN x.seq END), 0)")
        params: list[Any] = [out_type, back_type, out_type, back_type]
        if sent_before is not None:
            having += " AND max(CASE WHEN x.type = ? THEN x.at END) < ?"
            params += [out_type, sent_before]
        return [_exhibit(r) for r in self.db.execute(
            f"{_EXHIBIT} WHERE e.id IN (SELECT x.exhibit_id FROM custody_events x WHERE x.type IN (?, ?) "
            f"GROUP BY x.exhibit_id HAVING {having}) AND {_NOT_DISPOSED} ORDER BY c.case_number, e.number",
            params)]

    def seized_since(self, day: str) -> list[CaseCandidate]:
        """Cases seized on or after `day` with at least one exhibit not disposed of, oldest seizure first."""
        return [_case(r) for r in self.db.execute(
            "SELECT c.case_number, c.occurred_at, c.created_by, c.updated_at FROM cases c "
            "WHERE c.occurred_at >= ? AND EXISTS (SELECT 1 FROM exhibits e WHERE e.case_id = c.id AND "
            f"{_NOT_DISPOSED}) ORDER BY c.occurred_at, c.id", [day])]

    @staticmethod
    def _review_where(cutoffs: dict[str, str], other: str) -> tuple[str, list[Any]]:
        parts, params = [], []
        for kind, day in sorted(cutoffs.items()):
            parts.append("(e.kind = ? AND e.occurred_at < ?)")
            params += [kind, day]
        known = ", ".join("?" for _ in cutoffs)
        parts.append(f"(e.kind NOT IN ({known}) AND e.occurred_at < ?)" if cutoffs else "e.occurred_at < ?")
        params += [*sorted(cutoffs), other]
        return f"({' OR '.join(parts)}) AND {_NOT_DISPOSED}", params

    def seized_before(self, cutoffs: dict[str, str], other: str, *, limit: int = 500) -> list[ExhibitCandidate]:
        """Exhibits not disposed of seized before their kind's day in `cutoffs` (`other` for other kinds),
        oldest first."""
        where, params = self._review_where(cutoffs, other)
        return [_exhibit(r) for r in self.db.execute(
            f"{_EXHIBIT} WHERE {where} ORDER BY e.occurred_at, e.id LIMIT ?", [*params, limit])]

    def count_seized_before(self, cutoffs: dict[str, str], other: str) -> int:
        where, params = self._review_where(cutoffs, other)
        return int(self.db.execute(f"SELECT count(*) FROM exhibits e WHERE {where}", params).fetchone()[0])

    def with_event(self, event_type: str) -> list[ExhibitCandidate]:
        """Exhibits not disposed of with at least one event of `event_type`."""
        return [_exhibit(r) for r in self.db.execute(
            f"{_EXHIBIT} WHERE e.id IN (SELECT x.exhibit_id FROM custody_events x WHERE x.type = ?) "
            f"AND {_NOT_DISPOSED} ORDER BY c.case_number, e.number", [event_type])]
