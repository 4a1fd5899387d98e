"""Storage locations of the evidence room: one row each, found by code case-blind (a scanner in another keyboard
layout may send the letters in the other case)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from caseapp.core.storage import StorageLocation

_COLUMNS = "id, code, name, kind, parent, active, created_by, created_at, changed_by, changed_at"


def _location(row: tuple[Any, ...]) -> StorageLocation:
    id_, code, name, kind, parent, active, created_by, created_at, changed_by, changed_at = row
    return StorageLocation(code=code, name=name, kind=kind, parent=parent or "", active=bool(active),
                           created_by=created_by, created_at=created_at, changed_by=changed_by or "",
                           changed_at=changed_at or "", id=id_)


class LocationStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, code: str) -> StorageLocation | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM storage_locations WHERE upper(code) = upper(?)",
                              [code.strip()]).fetchone()
        return _location(row) if row else None

    def list(self, *, include_inactive: bool = True) -> list[StorageLocation]:
        where = "" if include_inactive else " WHERE active = 1"
        return [_location(r) for r in self.db.execute(
            f"SELECT {_COLUMNS} FROM storage_locations{where} ORDER BY upper(code), id")]

    def add(self, location: StorageLocation) -> int:
        """A new location; returns its id (the row the audit ledger files)."""
        cursor = self.db.execute(
            "INSERT INTO storage_locations (code, name, kind, parent, active, created_by, created_at, changed_by, "
            "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [location.code, location.name, location.kind, location.parent or None, int(location.active),
             location.created_by, location.created_at, None, None])
        return int(cursor.lastrowid or 0)

    def update(self, location_id: int, *, name: str, kind: str, parent: str, active: bool, changed_by: str,
               changed_at: str) -> None:
        self.db.execute(
            "UPDATE storage_locations SET name = ?, kind = ?, parent = ?, active = ?, changed_by = ?, "
            "changed_at = ? WHERE id = ?",
            [name, kind, parent or None, int(active), changed_by, changed_at, location_id])
