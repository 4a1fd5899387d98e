"""Append-only, hash-chained audit log.

Each entry's hash is SHA-256 over the previous entry's hash and this entry's canonical JSON, so any
edit, deletion or insertion inside the chain breaks every hash after it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(prev_hash: str, body: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(body)).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str | None
    action: str
    entity: str
    entity_id: str | None
    detail: dict[str, Any]
    hash: str


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    message: str = ""


class AuditLog:
    def __init__(self, db: Database) -> None:
        self.db = db

    def latest_hash(self) -> str:
        row = self.db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else GENESIS

    def append(self, *, at: str, actor: str | None, action: str, entity: str, entity_id: str | None,
               detail: dict[str, Any]) -> str:
        """Append one entry (inside the caller's transaction) and return its hash."""
        prev = self.latest_hash()
        body = {"at": at, "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
                "detail": detail}
        digest = entry_hash(prev, body)
        self.db.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (at, actor, action, entity, entity_id, canonical(detail), prev, digest),
        )
        return digest

    def entries(self, entity: str | None = None, entity_id: str | None = None) -> list[AuditEntry]:
        sql = "SELECT id, at, actor, action, entity, entity_id, detail, hash FROM audit_log"
        params: list[str] = []
        if entity is not None:
            sql += " WHERE entity = ? AND entity_id = ?"
            params = [entity, entity_id or ""]
        sql += " ORDER BY id"
        return [
            AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]), r[7])
            for r in self.db.execute(sql, params).fetchall()
        ]

    def verify_chain(self) -> ChainCheck:
        prev = GENESIS
        count = 0
        cursor = self.db.execute(
            "SELECT id, at, actor, action, entity, entity_id, detail, prev_hash, hash FROM audit_log ORDER BY id"
        )
        for row in cursor:
            count += 1
            entry_id, at, actor, action, entity, entity_id, detail, prev_hash, digest = row
            if prev_hash != prev:
                return ChainCheck(False, count, entry_id, f"audit entry {entry_id}: previous hash does not match")
            try:
                body = {"at": at, "actor": actor, "action": action, "entity": entity,
                        "entity_id": entity_id, "detail": json.loads(detail)}
            except ValueError:
                return ChainCheck(False, count, entry_id, f"audit entry {entry_id}: detail is not valid JSON")
            if entry_hash(prev, body) != digest:
                return ChainCheck(False, count, entry_id, f"audit entry {entry_id}: content does not match its hash")
            prev = digest
        return ChainCheck(True, count)
