"""Append-only, hash-chained audit log.

Each entry's hash is SHA-256 over the previous entry's hash and this entry's canonical JSON, so any
edit, deletion or insertion inside the chain breaks every hash after it.
"""

from __future__ import annotations

import hashlib
import json
import marshal
from collections.abc import Sequence
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlite_utils import Database

from caseapp.core import i18n
from caseapp.core.errors import NotSignedIn
from caseapp.core.signing import Keyring, public_key_text, sign
from caseapp.store.actions import rule_for
from caseapp.store.contract.records import AuditEntry, ChainCheck

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(prev_hash: str, body: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(body)).encode("utf-8")).hexdigest()


class AuditLog:
    """The chain. Entries by a user who has a signing key are signed with it: the key comes from `keys`, the
    session's keyring, filled at sign-in (services.auth), so no service passes keys around."""

    def __init__(self, db: Database, keys: Keyring | None = None) -> None:
        self.db = db
        self.keys = keys if keys is not None else Keyring()

    def next_id(self) -> int:
        """The id the next entry will get (inside the writer's transaction, which holds the lock)."""
        return int(self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM audit_log").fetchone()[0])

    def ledger(self) -> Ledger:
        return Ledger(self.db, self.next_id())

    def has_hash(self, digest: str) -> bool:
        return self.db.execute("SELECT 1 FROM audit_log WHERE hash = ?", [digest]).fetchone() is not None

    def has_entries(self) -> bool:
        return self.db.execute("SELECT 1 FROM audit_log LIMIT 1").fetchone() is not None

    def latest_hash(self) -> str:
        row = self.db.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else GENESIS

    def append(self, *, at: str, actor: str | None, action: str, entity: str, entity_id: str | None,
               detail: dict[str, Any], ledger: Ledger | None = None,
               signing_key: Ed25519PrivateKey | None = None) -> str:
        """Append one entry (inside the caller's transaction) and return its hash. A ledger's rows
        (written to audit_rows under this entry's id) are summed up in the entry's detail. The entry is
        signed with the actor's key from the keyring (or `signing_key`: a password change is signed with the
        key it replaces); refused when the actor has a key and the session does not hold it."""
        rule = rule_for(action)
        if rule is None:
            raise ValueError(i18n.translate(
                "Database", "'{action}' is not an audit action (store/actions.py lists them)").format(
                action=action))
        key = signing_key or self._session_key(actor, rule.may_be_unsigned)
        if ledger is not None and not ledger.empty:
            if ledger.audit_id != self.next_id():
                raise RuntimeError(i18n.translate("Database", "audit ledger opened for another entry"))
            detail = {**detail, "rows": ledger.summary()}
        prev = self.latest_hash()
        body = {"at": at, "actor": actor, "action": action, "entity": entity, "entity_id": entity_id,
                "detail": detail}
        digest = entry_hash(prev, body)
        self.db.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail, prev_hash, hash, signature) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (at, actor, action, entity, entity_id, canonical(detail), prev, digest,
             sign(key, digest) if key is not None else None),
        )
        return digest

    def _session_key(self, actor: str | None, may_be_unsigned: bool) -> Ed25519PrivateKey | None:
        """The actor's key when the actor has one on record and the session holds it."""
        if not actor:
            return None
        row = self.db.execute("SELECT public_key FROM users WHERE login = ?", [actor]).fetchone()
        recorded = row[0] if row else None
        key = self.keys.get(actor)
        if recorded is None:
            return None  # no account (before accounts exist), or one made before keys: unsigned
        if key is not None and public_key_text(key) == recorded:
            return key
        if may_be_unsigned:
            return None
        raise NotSignedIn(f"{actor} is not signed in here with their current key (was the password changed "
                          "since?): sign in again")

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

    def row_writers(self, table: str, row_id: int, actions: Sequence[str]) -> set[str]:
        """The actors of the entries with one of `actions` whose ledger wrote this row (an import files every
        case it wrote under its one entry, whose entity is the file, not the case)."""
        marks = ",".join("?" * len(actions))
        return {r[0] for r in self.db.execute(
            f"SELECT DISTINCT l.actor FROM audit_rows r JOIN audit_log l ON l.id = r.audit_id "
            f"WHERE r.tbl = ? AND r.row_id = ? AND l.action IN ({marks}) AND l.actor IS NOT NULL",
            [table, row_id, *actions])}

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


# -- row ledger: ties every audited row's content into the chain --------------------------------------

AUDITED_TABLES = ("cases", "persons", "exhibits", "custody_events", "users", "settings", "local_substances",
                  "attachments", "inventory_audits", "external_numbers", "storage_locations")
DELETED = "deleted"


ROW_HASH_FORMAT = 2  # marshal format version: text, integers and NULL kept apart by type, in C


def row_hash(table: str, values: Sequence[Any]) -> str:
    """SHA-256 of a row's values in the table's column order. The values are serialised by marshal at the
    pinned format version 2, which has no references between objects, so equal rows give equal bytes;
    a golden test pins the bytes, so a Python whose marshal wrote them differently would fail CI before
    any database saw it."""
    data = table.encode("utf-8") + b"\x1e" + marshal.dumps(tuple(values), ROW_HASH_FORMAT)
    return hashlib.sha256(data).hexdigest()


class Ledger:
    """The rows one audit entry changes, with their hashes after the change, written to audit_rows.

    Rows of one table must be recorded in increasing rowid order: each table's digest is a running
    SHA-256 over "rowid:hash" lines, so a bulk import streams without holding its rows in memory."""

    def __init__(self, db: Database, audit_id: int) -> None:
        self.db = db
        self.audit_id = audit_id
        self._digests: dict[str, Any] = {}
        self._counts: dict[str, int] = {}
        self._last: dict[str, int] = {}
        self._pending: list[tuple[str, int, int, str]] = []
        self._lines: dict[str, list[str]] = {}  # "rowid:hash" lines not yet fed to their table's digest

    def record(self, table: str, rowid: int, digest: str) -> None:
        if rowid <= self._last.get(table, 0):
            raise ValueError(i18n.translate(
                "Database", "ledger rows of {table} out of order ({rowid})").format(
                table=table, rowid=rowid))
        self._last[table] = rowid
        lines = self._lines.get(table)
        if lines is None:
            lines = self._lines[table] = []
            self._digests[table] = hashlib.sha256()
        lines.append(f"{rowid}:{digest}\n")
        self._counts[table] = self._counts.get(table, 0) + 1
        self._pending.append((table, rowid, self.audit_id, digest))
        if len(self._pending) >= 5000:
            self.flush()

    def record_row(self, table: str, rowid: int, values: Sequence[Any] | None) -> None:
        self.record(table, rowid, DELETED if values is None else row_hash(table, values))

    def record_live(self, table: str, rowids: Sequence[int]) -> None:
        """Record rows as they now are in the database; a rowid that is gone is recorded as deleted."""
        wanted = sorted(set(rowids))
        found: dict[int, tuple[Any, ...]] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(f"SELECT rowid, * FROM {table} WHERE rowid IN ({marks})", chunk):
                found[row[0]] = row[1:]
        for rowid in wanted:
            self.record_row(table, rowid, found.get(rowid))

    def flush(self) -> None:
        for table, lines in self._lines.items():  # the running digests, fed a batch of lines at a time
            if lines:
                self._digests[table].update("".join(lines).encode())
                lines.clear()
        if self._pending:
            self.db.conn.executemany(
                "INSERT INTO audit_rows (tbl, row_id, audit_id, row_hash) VALUES (?, ?, ?, ?)", self._pending
            )
            self._pending.clear()

    def summary(self) -> dict[str, Any]:
        self.flush()
        return {t: {"count": self._counts[t], "digest": d.hexdigest()} for t, d in sorted(self._digests.items())}

    @property
    def empty(self) -> bool:
        return not self._counts
