"""Inventory audits of storage locations: the exhibits custody records at a location, the exhibits named by
scanned codes, the audits recorded, and the custody events that resolve a missing exhibit. Every SQL
statement about them is here; the rules are core.inventory's, the permissions and the audit entry
services.inventory's.

Which exhibits a location holds is found without replaying every exhibit: an index on each custody event's
location (trimmed, lower case) gives the exhibits that were ever recorded there, and only their events are
replayed (core.custody.replay) to keep those whose current location it still is."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from itertools import groupby
from typing import Any

from sqlite_utils import Database

from caseapp.core.custody import replay
from caseapp.core.inventory import (
    AuditResult,
    Away,
    InventoryAudit,
    ShelfItem,
    Unknown,
    UnknownCode,
    away_of,
    exhibit_key,
    location_key,
)
from caseapp.store.sqlite.custody import _event

_CHUNK = 500
_COLUMNS = ("id", "location", "started_at", "finished_at", "actor", "scanned", "found", "missing", "unexpected",
            "unknown", "duplicates", "custody_mark", "recorded_at")


def _item_json(item: ShelfItem) -> dict[str, Any]:
    return {"exhibit_id": item.exhibit_id, "case_number": item.case_number, "exhibit_number": item.exhibit_number,
            "substance": item.substance, "seal_number": item.seal_number, "location": item.location,
            "holder": item.holder, "away": item.away.value}


def _item(data: dict[str, Any]) -> ShelfItem:
    return ShelfItem(int(data["exhibit_id"]), str(data["case_number"]), str(data["exhibit_number"]),
                     str(data.get("substance", "")), str(data.get("seal_number", "")), str(data.get("location", "")),
                     str(data.get("holder", "")), Away(data.get("away", "")))


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class InventoryStore:
    #: an event's location as the index holds it (the server's store says it in its own SQL)
    LOCATION_KEY = "lower(trim(json_extract(detail, '$.location')))"

    def __init__(self, db: Database) -> None:
        self.db = db

    # -- where exhibits are ---------------------------------------------------------------------------
    def recorded_at(self, location: str) -> list[ShelfItem]:
        """Every exhibit custody records at `location` now (away ones too, marked), in case and exhibit order."""
        candidates = [row[0] for row in self.db.execute(
            f"SELECT DISTINCT exhibit_id FROM custody_events WHERE {self.LOCATION_KEY} = lower(trim(?))",
            [location.strip()])]
        key = location_key(location)
        items = [i for i in self._items(candidates) if i.location.strip() and location_key(i.location) == key]
        return sorted(items, key=lambda i: (i.case_number, i.exhibit_number.zfill(4)))

    def exhibits(self, codes: Iterable[tuple[str, str]]) -> dict[str, ShelfItem]:
        """The exhibits named by (case number, exhibit number), by core.inventory.exhibit_key; unknown ones left
        out. Case numbers are looked up as scanned and in capitals (through the case number's own index)."""
        codes = list(codes)
        wanted = {exhibit_key(c, n) for c, n in codes}
        numbers = sorted({v for c, _ in codes for v in (c.strip(), c.strip().upper())})
        ids: list[int] = []
        for start in range(0, len(numbers), _CHUNK):
            chunk = numbers[start:start + _CHUNK]
            ids += [row[0] for row in self.db.execute(
                "SELECT e.id, c.case_number, e.number FROM cases c JOIN exhibits e ON e.case_id = c.id "
                f"WHERE c.case_number IN ({','.join('?' * len(chunk))})", chunk)
                if exhibit_key(row[1], row[2]) in wanted]
        return {exhibit_key(i.case_number, i.exhibit_number): i for i in self._items(sorted(set(ids)))}

    def cases(self, numbers: Iterable[str]) -> set[str]:
        """The case numbers among `numbers` (as scanned or in capitals) that are cases of this database."""
        asked = sorted({v for n in numbers for v in (n.strip(), n.strip().upper())})
        found: set[str] = set()
        for start in range(0, len(asked), _CHUNK):
            chunk = asked[start:start + _CHUNK]
            found |= {row[0] for row in self.db.execute(
                f"SELECT case_number FROM cases WHERE case_number IN ({','.join('?' * len(chunk))})", chunk)}
        return found

    def _items(self, exhibit_ids: Sequence[int]) -> list[ShelfItem]:
        out: list[ShelfItem] = []
        for start in range(0, len(exhibit_ids), _CHUNK):
            chunk = list(exhibit_ids[start:start + _CHUNK])
            marks = ",".join("?" * len(chunk))
            described = {row[0]: row[1:] for row in self.db.execute(
                "SELECT e.id, c.case_number, e.number, coalesce(e.lab_substance, e.substance, '') FROM exhibits e "
                f"JOIN cases c ON c.id = e.case_id WHERE e.id IN ({marks})", chunk)}
            events = self.db.execute(
                "SELECT exhibit_id, seq, type, at, actor, detail FROM custody_events "
                f"WHERE exhibit_id IN ({marks}) ORDER BY exhibit_id, seq", chunk)
            histories = {key: [_event(tuple(r[1:])) for r in rows]
                         for key, rows in groupby(events, key=lambda r: r[0])}
            for exhibit_id in chunk:
                if exhibit_id not in described:
                    continue
                case_number, number, substance = described[exhibit_id]
                history = histories.get(exhibit_id, [])
                state = replay(history) if history else None
                out.append(ShelfItem(exhibit_id, case_number, number, substance or "",
                                     state.seal_number if state else "", state.location if state else "",
                                     state.holder if state else "", away_of(state)))
        return out

    def reasoned_events_after(self, exhibit_ids: Sequence[int], mark: int) -> set[int]:
        """The exhibits among `exhibit_ids` with a custody event recorded after event id `mark` that gives a
        reason (notes, or a disposal's reason)."""
        resolved: set[int] = set()
        for start in range(0, len(exhibit_ids), _CHUNK):
            chunk = list(exhibit_ids[start:start + _CHUNK])
            marks = ",".join("?" * len(chunk))
            for exhibit_id, detail in self.db.execute(
                    f"SELECT exhibit_id, detail FROM custody_events WHERE id > ? AND exhibit_id IN ({marks})",
                    [mark, *chunk]):
                extra = json.loads(detail)
                if str(extra.get("notes", "")).strip() or str(extra.get("reason", "")).strip():
                    resolved.add(int(exhibit_id))
        return resolved

    def custody_mark(self) -> int:
        """The newest custody event's id: what an audit records as the point after which events resolve it."""
        row = self.db.execute("SELECT coalesce(max(id), 0) FROM custody_events").fetchone()
        return int(row[0]) if row else 0

    # -- the audits -----------------------------------------------------------------------------------
    def add(self, result: AuditResult, *, started_at: str, finished_at: str, actor: str, custody_mark: int,
            recorded_at: str) -> int:
        """Insert one audit (inside the caller's transaction); returns its id for the audit ledger."""
        cursor = self.db.execute(
            "INSERT INTO inventory_audits (location, started_at, finished_at, actor, scanned, found, missing, "
            "unexpected, unknown, duplicates, custody_mark, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [result.location, started_at, finished_at, actor, _dump(list(result.scanned)),
             _dump([_item_json(i) for i in result.found]), _dump([_item_json(i) for i in result.missing]),
             _dump([_item_json(i) for i in result.unexpected]),
             _dump([{"text": u.text, "why": u.why.value} for u in result.unknown]),
             _dump(list(result.duplicates)), custody_mark, recorded_at])
        return int(cursor.lastrowid or 0)

    def get(self, audit_id: int) -> InventoryAudit | None:
        row = self.db.execute(f"SELECT {', '.join(_COLUMNS)} FROM inventory_audits WHERE id = ?",
                              [audit_id]).fetchone()
        return _audit(row) if row else None

    def recent(self, limit: int = 200) -> list[InventoryAudit]:
        """The newest audits first."""
        return [_audit(row) for row in self.db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM inventory_audits ORDER BY id DESC LIMIT ?", [limit])]

    def with_missing(self) -> list[tuple[InventoryAudit, int]]:
        """Every audit that found something missing, oldest first, with its custody mark."""
        return [(_audit(row), int(row[11])) for row in self.db.execute(
            f"SELECT {', '.join(_COLUMNS)} FROM inventory_audits WHERE missing <> '[]' ORDER BY id")]


def _audit(row: Sequence[Any]) -> InventoryAudit:
    (audit_id, location, started_at, finished_at, actor, scanned, found, missing, unexpected, unknown, duplicates,
     _mark, recorded_at) = row
    result = AuditResult(
        location=location, found=tuple(_item(d) for d in json.loads(found)),
        missing=tuple(_item(d) for d in json.loads(missing)),
        unexpected=tuple(_item(d) for d in json.loads(unexpected)),
        unknown=tuple(UnknownCode(str(d["text"]), Unknown(d["why"])) for d in json.loads(unknown)),
        duplicates=tuple(json.loads(duplicates)), scanned=tuple(json.loads(scanned)))
    return InventoryAudit(int(audit_id), location, started_at, finished_at, actor, result, recorded_at)
