"""Custody events of exhibits: append-only rows, one list per exhibit in seq order."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from sqlite_utils import Database

from caseapp.core.custody import CustodyEvent

_FIXED = ("type", "at", "actor", "seq")


def _event(row: tuple[Any, ...]) -> CustodyEvent:
    seq, type_, at, actor, detail = row
    extra = json.loads(detail)
    for pair in ("witnesses", "counted_by"):
        if pair in extra:
            extra[pair] = tuple(extra[pair])
    return CustodyEvent(type=type_, at=at, actor=actor, seq=seq, **extra)


class CustodyStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def events(self, exhibit_id: int) -> list[CustodyEvent]:
        return [_event(r) for r in self.db.execute(
            "SELECT seq, type, at, actor, detail FROM custody_events WHERE exhibit_id = ? ORDER BY seq",
            [exhibit_id])]

    def add(self, exhibit_id: int, event: CustodyEvent, *, recorded_at: str) -> int:
        """Append an event (seq given by core.custody.append); returns its rowid for the audit ledger."""
        detail = {k: v for k, v in dataclasses.asdict(event).items()
                  if k not in _FIXED and v not in ("", (), [], None)}
        cursor = self.db.execute(
            "INSERT INTO custody_events (exhibit_id, seq, type, at, actor, detail, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [exhibit_id, event.seq, event.type, event.at, event.actor,
             json.dumps(detail, ensure_ascii=False, sort_keys=True), recorded_at],
        )
        return int(cursor.lastrowid or 0)

    def weighed_exhibits(self) -> list[tuple[str, str]]:
        """(case number, exhibit number) of every exhibit with a custody event that gives a weight, in case
        and exhibit order: the only exhibits whose weights can disagree."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT DISTINCT c.case_number, e.number FROM custody_events ce JOIN exhibits e ON e.id = ce.exhibit_id "
            "JOIN cases c ON c.id = e.case_id WHERE ce.detail LIKE '%\"weight\":%' "
            "ORDER BY c.case_number, e.number")]
