"""Attachments (photos, scanned forms) of a case or of one of its exhibits: their bytes, with size and
SHA-256, in the attachments table. Rows are never deleted; a removed attachment keeps its bytes and says
who removed it, when and why. Every SQL statement about attachments is here; the permissions, the
hashing of files and the audit entries are in caseapp.services.attachments."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from caseapp.core import i18n
from caseapp.core.errors import NotFound
from caseapp.store.contract.records import Attachment

# metadata columns, in the order of Attachment's fields (content is read on its own, only when asked)
_COLUMNS = ("a.id", "a.case_id", "c.case_number", "a.exhibit_id", "e.number", "a.file_name", "a.media_type",
            "a.size", "a.sha256", "a.caption", "a.added_by", "a.added_at", "a.removed_by", "a.removed_at",
            "a.removed_reason")
_SELECT = (f"SELECT {', '.join(_COLUMNS)} FROM attachments a JOIN cases c ON c.id = a.case_id "
           "LEFT JOIN exhibits e ON e.id = a.exhibit_id")


def _attachment(row: tuple[Any, ...]) -> Attachment:
    return Attachment(*row)


class AttachmentStore:
    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, *, case_id: int, exhibit_id: int | None, file_name: str, media_type: str, size: int,
            sha256: str, content: bytes, caption: str, added_by: str, added_at: str) -> int:
        """Insert one attachment (inside the caller's transaction); returns its id for the audit ledger."""
        cursor = self.db.execute(
            "INSERT INTO attachments (case_id, exhibit_id, file_name, media_type, size, sha256, caption, "
            "added_by, added_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [case_id, exhibit_id, file_name, media_type, size, sha256, caption, added_by, added_at,
             bytes(content)],
        )
        return int(cursor.lastrowid or 0)

    def get(self, attachment_id: int) -> Attachment | None:
        row = self.db.execute(f"{_SELECT} WHERE a.id = ?", [attachment_id]).fetchone()
        return _attachment(row) if row else None

    def list_for_case(self, case_id: int, include_removed: bool = False) -> list[Attachment]:
        """A case's attachments in the order they were added (the case's own and its exhibits')."""
        sql = f"{_SELECT} WHERE a.case_id = ?"
        if not include_removed:
            sql += " AND a.removed_at IS NULL"
        return [_attachment(row) for row in self.db.execute(sql + " ORDER BY a.id", [case_id])]

    def count(self) -> int:
        """Every attachment row, removed ones included."""
        return int(self.db.execute("SELECT count(*) FROM attachments").fetchone()[0])

    def content(self, attachment_id: int) -> bytes:
        """The stored bytes as they are (the service re-checks them against the SHA-256)."""
        row = self.db.execute("SELECT content FROM attachments WHERE id = ?", [attachment_id]).fetchone()
        if row is None:
            raise NotFound(i18n.translate(
                "Database", "no attachment {attachment_id}").format(
                attachment_id=attachment_id))
        value = row[0]
        return value if isinstance(value, bytes) else str(value).encode("utf-8")

    def mark_removed(self, attachment_id: int, *, removed_by: str, removed_at: str, reason: str) -> bool:
        """Mark an attachment removed (inside the caller's transaction); False when it is missing or was
        removed already. The row and its bytes stay."""
        cursor = self.db.execute(
            "UPDATE attachments SET removed_by = ?, removed_at = ?, removed_reason = ? "
            "WHERE id = ? AND removed_at IS NULL",
            [removed_by, removed_at, reason, attachment_id],
        )
        return cursor.rowcount == 1
