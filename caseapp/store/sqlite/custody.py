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
