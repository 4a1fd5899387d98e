"""External numbers of cases and exhibits: rows never deleted, a removed one says who removed it, when and why.
Plain SQL both engines read as written (the server runs this store through its adapter)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from caseapp.store.contract.numbers import ExternalNumber

_SELECT = ("SELECT n.id, c.case_number, e.number, n.kind, n.value, n.added_by, n.added_at, n.removed_by, "
           "n.removed_at, n.removed_reason FROM external_numbers n JOIN cases c ON c.id = n.case_id "
           "LEFT JOIN exhibits e ON e.id = n.exhibit_id")


def _number(row: tuple[Any, ...]) -> ExternalNumber:
    return ExternalNumber(int(row[0]), *row[1:])


class NumberStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, *, case_id: int, exhibit_id: int | None, kind: str, value: str, key: str, added_by: str,
            added_at: str) -> int:
        cursor = self.db.execute(
            "INSERT INTO external_numbers (case_id, exhibit_id, kind, value, key, added_by, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", [case_id, exhibit_id, kind, value, key, added_by, added_at])
        return int(cursor.lastrowid or 0)

    def get(self, number_id: int) -> ExternalNumber | None:
        row = self.db.execute(f"{_SELECT} WHERE n.id = ?", [number_id]).fetchone()
        return _number(row) if row else None

    def for_case(self, case_id: int, include_removed: bool = False) -> list[ExternalNumber]:
        sql = f"{_SELECT} WHERE n.case_id = ?" + ("" if include_removed else " AND n.removed_at IS NULL")
        return [_number(r) for r in self.db.execute(sql + " ORDER BY n.id", [case_id])]

    def find(self, key: str, *, limit: int = 50) -> list[ExternalNumber]:
        """Live numbers whose key is `key`, newest first."""
        return [_number(r) for r in self.db.execute(
            f"{_SELECT} WHERE n.key = ? AND n.removed_at IS NULL ORDER BY n.id DESC LIMIT ?", [key, limit])]

    def same(self, case_id: int, exhibit_id: int | None, kind: str, key: str) -> int | None:
        """The live number of this kind and key on the same case or exhibit, if there is one."""
        row = self.db.execute(
            "SELECT id FROM external_numbers WHERE case_id = ? AND coalesce(exhibit_id, 0) = ? AND kind = ? "
            "AND key = ? AND removed_at IS NULL", [case_id, exhibit_id or 0, kind, key]).fetchone()
        return int(row[0]) if row else None

    def mark_removed(self, number_id: int, *, removed_by: str, removed_at: str, reason: str) -> bool:
        cursor = self.db.execute(
            "UPDATE external_numbers SET removed_by = ?, removed_at = ?, removed_reason = ? "
            "WHERE id = ? AND removed_at IS NULL", [removed_by, removed_at, reason, number_id])
        return cursor.rowcount == 1
