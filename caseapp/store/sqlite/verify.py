"""verify: is the database what the application wrote?

Checks, in order, and reports the first problem of each kind:
1. SQLite's own integrity and foreign-key checks;
2. the audit chain: every entry's hash over the previous hash and its content;
3. every entry's ledger: the row hashes filed under it (audit_rows) still give the digests the entry
   recorded, so the ledger cannot be rewritten to hide a change;
4. every live row of every audited table against the hash of its latest change: a raw UPDATE changes the
   hash, a raw INSERT has no ledger row, a raw DELETE leaves a ledger row whose row is gone;
5. derived indexes: every exhibit's search terms and its full-text row are present, nothing extra, and the
   FTS5 index passes its own integrity-check;
6. every attachment's bytes (removed ones too) against its stored size and SHA-256;
7. who made each entry and what it may record (store/sqlite/verify_entries.py): signatures, keys, each entry's rows
   against its action, accounts and attachments against the entries that made them.
8. what the chain does not cover (store/sqlite/consistency.py): the schema against the migrations' (first: a planted
   trigger or a changed table makes the rest unreliable), each exhibit's full-text row content and rowid,
   and the case number counters against the numbers used.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from caseapp.core.substances import Catalogue, default_catalogue
from caseapp.store.contract.records import VerifyReport
from caseapp.store.contract.terms import schedule_map
from caseapp.store.sqlite import consistency
from caseapp.store.sqlite.audit import AUDITED_TABLES, DELETED, AuditLog, row_hash
from caseapp.store.sqlite.catalogue import LocalCatalogueStore
from caseapp.store.sqlite.verify_entries import check_entries
from caseapp.store.sqlite.writer import exhibit_id_of_fts_rowid_sql


def verify_database(db: Database, *, admin_key: str | None = None,
                    catalogue: Catalogue | None = None) -> VerifyReport:
    """catalogue: the one the application writes with (its CDSA listings derive the schedule search
    terms); by default the bundled catalogue with this database's own entries."""
    report = VerifyReport()
    try:
        _sqlite_checks(db, report)
        # One snapshot for every comparison: read in separate transactions, a save landing between the
        # chain and the rows made rows look "changed outside the application" while others worked.
        with _snapshot(db):
            if not consistency.check_schema(db, report):
                return report  # the other checks read tables whose definitions are no longer the application's
            check_chain(db, report)
            for table in AUDITED_TABLES:
                _live_rows(db, table, report)
            _derived(db, report, catalogue or _catalogue(db))
            consistency.check_full_text(db, report)
            consistency.check_counters(db, report)
            _attachment_hashes(db, report)
            check_entries(db, report, admin_key)
        _fts_integrity(db, report)  # a statement SQLite counts as a write: outside the read snapshot
    except sqlite3.DatabaseError as exc:
        report.fail(f"the database cannot be read: {exc}")
    return report


@contextmanager
def _snapshot(db: Database) -> Iterator[None]:
    """A read transaction (WAL: every query inside sees the database as of its first read)."""
    if db.conn.in_transaction:  # already inside one: it is the snapshot
        yield
        return
    db.execute("BEGIN")
    try:
        yield
    finally:
        db.execute("ROLLBACK")  # nothing was written: only ends the read


def _sqlite_checks(db: Database, report: VerifyReport) -> None:
    result = db.execute("PRAGMA integrity_check").fetchall()
    if result != [("ok",)]:
        report.fail("SQLite integrity check: " + "; ".join(str(r[0]) for r in result[:5]))
    bad_keys = db.execute("PRAGMA foreign_key_check").fetchall()
    if bad_keys:
        table, rowid, parent, _ = bad_keys[0]
        report.fail(f"foreign key check: {table} row {rowid} points at a missing {parent} ({len(bad_keys)} rows)")


def check_chain(db: Database, report: VerifyReport) -> None:
    """The audit chain, entry by entry, and the ledger's digests of the rows each entry wrote (both back ends)."""
    audit = AuditLog(db)
    chain = audit.verify_chain()
    report.entries = chain.entries
    report.latest_hash = audit.latest_hash()
    if not chain.ok:
        report.fail(chain.message, chain.first_bad_id)
    _ledger_digests(db, report)


def _ledger_digests(db: Database, report: VerifyReport) -> None:
    """Recompute every entry's per-table digests in one pass over audit_rows in key order (table, row,
    entry): within one (entry, table) the rows arrive in increasing rowid order, as they were hashed."""
    running: dict[tuple[int, str], Any] = {}
    counts: dict[tuple[int, str], int] = {}
    for table, row_id, audit_id, digest_text in db.execute(
        "SELECT tbl, row_id, audit_id, row_hash FROM audit_rows ORDER BY tbl, row_id, audit_id"
    ):
        key = (audit_id, table)
        digest = running.get(key)
        if digest is None:
            digest = running[key] = hashlib.sha256()
        digest.update(f"{row_id}:{digest_text}\n".encode())
        counts[key] = counts.get(key, 0) + 1
    expected: set[tuple[int, str]] = set()
    for entry_id, detail_text in db.execute("SELECT id, detail FROM audit_log ORDER BY id"):
        try:
            rows = json.loads(detail_text).get("rows") or {}
        except ValueError:
            continue  # the chain check reports it
        for table, summary in rows.items():
            key = (entry_id, table)
            expected.add(key)
            digest = running.get(key)
            if (counts.get(key) != summary.get("count") or digest is None
                    or digest.hexdigest() != summary.get("digest")):
                report.fail(f"audit entry {entry_id}: the row hashes filed under it were changed ({table})", entry_id)
    for audit_id, table in sorted(set(running) - expected):
        report.fail(f"audit_rows holds {table} rows under audit entry {audit_id}, which did not record them",
                    audit_id)
        break


def _latest(db: Database, table: str) -> Iterator[tuple[int, str, int]]:
    # SQLite returns the bare columns of the row holding max(): the latest change of each row.
    yield from db.execute(
        "SELECT row_id, row_hash, max(audit_id) FROM audit_rows WHERE tbl = ? GROUP BY row_id ORDER BY row_id",
        [table],
    )


def _live(db: Database, table: str) -> Iterator[tuple[int, tuple[object, ...]]]:
    for row in db.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid"):  # noqa: S608 - fixed names
        yield row[0], row[1:]


def _live_rows(db: Database, table: str, report: VerifyReport,
               live: Iterator[tuple[int, tuple[object, ...]]] | None = None,
               ledger: Iterator[tuple[int, str, int]] | None = None) -> None:
    """Merge the live rows and the latest ledger rows, both in rowid order (a server back end hands in its
    own reads of both)."""
    live = live if live is not None else _live(db, table)
    ledger = ledger if ledger is not None else _latest(db, table)
    current = next(live, None)
    filed = next(ledger, None)
    while current is not None or filed is not None:
        if filed is None or (current is not None and current[0] < filed[0]):
            assert current is not None
            report.fail(f"{table} row {current[0]} was inserted outside the application (no audit entry)")
            return
        if current is None or filed[0] < current[0]:
            if filed[1] != DELETED:
                report.fail(f"{table} row {filed[0]} was deleted outside the application "
                            f"(last changed by audit entry {filed[2]})", filed[2])
                return
            filed = next(ledger, None)
            continue
        report.rows_checked += 1
        if filed[1] == DELETED:
            report.fail(f"{table} row {current[0]} was deleted by audit entry {filed[2]} but is back", filed[2])
            return
        if row_hash(table, current[1]) != filed[1]:
            report.fail(f"{table} row {current[0]} was changed outside the application "
                        f"(last changed by audit entry {filed[2]})", filed[2])
            return
        current = next(live, None)
        filed = next(ledger, None)


def _catalogue(db: Database) -> Catalogue:
    local = LocalCatalogueStore(db).entries()
    return default_catalogue().with_additions(local) if local else default_catalogue()


def _derived(db: Database, report: VerifyReport, catalogue: Catalogue) -> None:
    stored = db.execute("SELECT coalesce(sum(json_array_length(terms)), 0) FROM exhibits").fetchone()[0]
    actual = db.execute("SELECT count(*) FROM exhibit_terms").fetchone()[0]
    missing = db.execute(
        "SELECT e.id FROM exhibits e, json_each(e.terms) j WHERE NOT EXISTS (SELECT 1 FROM exhibit_terms t "
        "WHERE t.term = j.value AND t.occurred_at = e.occurred_at AND t.exhibit_id = e.id) LIMIT 1"
    ).fetchone()
    # the schedule terms each exhibit's stored substance terms derive (contract.terms.derived_terms)
    schedules = json.dumps(schedule_map(catalogue))
    derived = db.execute(
        "SELECT count(*) FROM (SELECT DISTINCT d.value, t.occurred_at, t.exhibit_id FROM json_each(?) m "
        "JOIN exhibit_terms t ON t.term = m.key, json_each(m.value) d)", [schedules]).fetchone()[0]
    expected = stored + derived
    missing = missing or db.execute(
        "SELECT t.exhibit_id FROM json_each(?) m JOIN exhibit_terms t ON t.term = m.key, json_each(m.value) d "
        "WHERE NOT EXISTS (SELECT 1 FROM exhibit_terms s WHERE s.term = d.value AND s.occurred_at = t.occurred_at "
        "AND s.exhibit_id = t.exhibit_id) LIMIT 1", [schedules]).fetchone()
    if missing or expected != actual:
        which = f"exhibit {missing[0]}" if missing else f"{actual} rows for {expected} terms"
        report.fail(f"the substance search index was changed outside the application ({which})")
    fts_missing = db.execute(
        f"SELECT id FROM exhibits WHERE id NOT IN (SELECT {exhibit_id_of_fts_rowid_sql('rowid')} "
        "FROM exhibits_fts) LIMIT 1").fetchone()
    fts_count = db.execute("SELECT count(*) FROM exhibits_fts").fetchone()[0]
    exhibits = db.execute("SELECT count(*) FROM exhibits").fetchone()[0]
    if fts_missing or fts_count != exhibits:
        which = f"exhibit {fts_missing[0]} is missing" if fts_missing else f"{fts_count} rows for {exhibits} exhibits"
        report.fail(f"the full-text index was changed outside the application ({which})")


def _fts_integrity(db: Database, report: VerifyReport) -> None:
    try:
        db.execute("INSERT INTO exhibits_fts (exhibits_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        report.fail(f"the full-text index is damaged: {exc}")


def _attachment_hashes(db: Database, report: VerifyReport) -> None:
    """Each attachment's bytes still have the size and SHA-256 stored beside them. The ledger check above
    catches a raw change to any column; this one names the attachment whose bytes and hash disagree, which
    is what a reader of the evidence needs to know. Rows are read one at a time (a blob can be 50 MB)."""
    for attachment_id, case_number, size, digest, kind, content in db.execute(
        "SELECT a.id, coalesce(c.case_number, 'id ' || a.case_id), a.size, a.sha256, typeof(a.content), "
        "CAST(a.content AS BLOB) FROM attachments a LEFT JOIN cases c ON c.id = a.case_id ORDER BY a.id"
    ):
        which = f"attachment {attachment_id} of case {case_number}"
        if kind != "blob" or not isinstance(content, bytes):
            report.fail(f"{which}: its content is stored as {kind}, not as bytes")
            return
        if not attachment_matches(report, which, content, digest, size):
            return


def attachment_matches(report: VerifyReport, which: str, content: bytes, digest: str, size: int) -> bool:
    """An attachment's bytes against its record's SHA-256 and size (both back ends); a mismatch fails the report."""
    actual = hashlib.sha256(content).hexdigest()
    if actual != digest:
        report.fail(f"{which}: its content does not match its SHA-256 (stored {str(digest)[:16]}..., "
                    f"content {actual[:16]}...)")
        return False
    if len(content) != size:
        report.fail(f"{which}: its content is {len(content)} bytes, its record says {size}")
        return False
    return True

