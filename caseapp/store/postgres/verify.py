"""verify on the server: the same questions as store.sqlite.verify (chain, ledger digests, every live row
against its latest ledger hash, derived search rows, counters, attachments, who made each entry), read in one
REPEATABLE READ snapshot. The comparisons that are plain Python over rows are the SQLite module's; the reads
that differ (the latest ledger row per row, the full-text words, the catalogue of the server's objects) are
here. What the server adds: a trigger or rule planted on a table is reported, as SQLite's schema check does."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

import psycopg

from caseapp.core.substances import Catalogue, default_catalogue
from caseapp.store.contract.records import VerifyReport
from caseapp.store.contract.terms import schedule_map
from caseapp.store.postgres.db import PgDatabase
from caseapp.store.postgres.rules import rule_triggers
from caseapp.store.postgres.schema import OWN_TRIGGERS, ROWID_COLUMN
from caseapp.store.postgres.text_search import stored_words
from caseapp.store.sqlite import consistency
from caseapp.store.sqlite.audit import AUDITED_TABLES
from caseapp.store.sqlite.catalogue import LocalCatalogueStore
from caseapp.store.sqlite.verify import _live_rows, attachment_matches, check_chain
from caseapp.store.sqlite.verify_entries import check_entries
from caseapp.store.sqlite.writer import fts_concealment_text, fts_place_text, fts_row


def verify_server(db: PgDatabase, *, admin_key: str | None = None, catalogue: Catalogue | None = None) -> VerifyReport:
    report = VerifyReport()
    shared: Any = db
    try:
        started = not db.in_transaction
        if started:
            db.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            if not _no_planted_objects(db, report):
                return report
            check_chain(shared, report)
            for table in AUDITED_TABLES:
                _live_rows(shared, table, report, _live(db, table), _latest(db, table))
            _terms(db, report, catalogue or _catalogue(shared))
            _words(db, report)
            consistency.check_counters(shared, report)
            _attachment_hashes(db, report)
            check_entries(shared, report, admin_key)
        finally:
            if started:
                db.raw.execute("ROLLBACK")
    except psycopg.Error as exc:
        report.fail(f"the database cannot be read: {exc}")
    return report


def _no_planted_objects(db: PgDatabase, report: VerifyReport) -> bool:
    """A trigger or rule on a table can rewrite what is written or read: only the application's own triggers
    (the live-refresh notice, schema.OWN_TRIGGERS, and the server's rules, rules.py) pass, and only while each
    calls its own function with the source as released."""
    rows = db.raw.execute(
        "SELECT 'trigger', t.tgname, c.relname, p.proname, p.prosrc, t.tgtype FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace "
        "UNION ALL SELECT 'rule', r.rulename, r.tablename, NULL, NULL, NULL FROM pg_rules r "
        "WHERE r.schemaname = current_schema() ORDER BY 2").fetchall()
    schema = db.raw.execute("SELECT current_schema()").fetchone()
    rules = rule_triggers(schema[0] if schema else "public")
    found = [(kind, name, table) for kind, name, table, *made in rows
             if kind != "trigger" or (OWN_TRIGGERS.get((name, table)) != tuple(made)
                                      and rules.get((name, table)) != tuple(made[:2]))]
    for kind, name, table in found:
        report.fail(f"{kind} {name} on {table} is not the application's: it was added outside the application")
    disabled = db.raw.execute(
        "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace AND t.tgenabled = 'D' "
        "ORDER BY 1").fetchall()
    for name, table in disabled:  # a rule switched off (ALTER TABLE ... DISABLE TRIGGER) no longer holds
        report.fail(f"trigger {name} on {table} is disabled: the server's rules were switched off outside the "
                    "application")
    return not found and not disabled


def _live(db: PgDatabase, table: str) -> Iterator[tuple[int, tuple[object, ...]]]:
    key = ROWID_COLUMN.get(table, "id")
    for row in db.raw.execute(f"SELECT {key}, {', '.join(db.columns(table))} FROM {table} ORDER BY {key}"):
        yield row[0], tuple(row[1:])


def _latest(db: PgDatabase, table: str) -> Iterator[tuple[int, str, int]]:
    yield from db.raw.execute(
        "SELECT DISTINCT ON (row_id) row_id, row_hash, audit_id FROM audit_rows WHERE tbl = %s "
        "ORDER BY row_id, audit_id DESC", [table])


def _catalogue(db: Any) -> Catalogue:
    local = LocalCatalogueStore(db).entries()
    return default_catalogue().with_additions(local) if local else default_catalogue()


def _one(db: PgDatabase, sql: str, params: list[Any] | None = None) -> Any:
    """The first column of a one-row answer."""
    row = db.raw.execute(sql, params)  # type: ignore[arg-type]
    found = row.fetchone()
    return found[0] if found else None


def _terms(db: PgDatabase, report: VerifyReport, catalogue: Catalogue) -> None:
    """exhibit_terms holds exactly each exhibit's stored terms and the schedule terms they derive."""
    missing = db.raw.execute(
        "SELECT e.id FROM exhibits e, json_array_elements_text(nullif(e.terms, '')::json) j(term) "
        "WHERE NOT EXISTS (SELECT 1 FROM exhibit_terms t WHERE t.term = j.term AND t.occurred_at = e.occurred_at "
        "AND t.exhibit_id = e.id) LIMIT 1").fetchone()
    stored = _one(db, "SELECT coalesce(sum(json_array_length(nullif(terms, '')::json)), 0) FROM exhibits")
    schedules = json.dumps(schedule_map(catalogue))
    derived_sql = ("FROM json_each(%s::json) m JOIN exhibit_terms t ON t.term = m.key, "
                   "json_array_elements_text(m.value) d(term)")
    derived = _one(db, f"SELECT count(*) FROM (SELECT DISTINCT d.term, t.occurred_at, t.exhibit_id {derived_sql}) x",
                   [schedules])
    missing = missing or db.raw.execute(
        f"SELECT t.exhibit_id {derived_sql} WHERE NOT EXISTS (SELECT 1 FROM exhibit_terms s WHERE s.term = d.term "
        "AND s.occurred_at = t.occurred_at AND s.exhibit_id = t.exhibit_id) LIMIT 1", [schedules]).fetchone()
    actual = _one(db, "SELECT count(*) FROM exhibit_terms")
    if missing or int(stored) + int(derived) != int(actual):
        which = f"exhibit {missing[0]}" if missing else f"{actual} rows for {int(stored) + int(derived)} terms"
        report.fail(f"the substance search index was changed outside the application ({which})")


def _words(db: PgDatabase, report: VerifyReport) -> None:
    """exhibit_words holds exactly the words of each exhibit's text as the writer makes it: a digest over the
    expected (key, word) pairs against one over the stored, both in key order."""
    expected = hashlib.sha256()
    count = 0
    case_texts: tuple[int, str, str] = (0, "", "")
    for (exhibit_id, case_id, occurred, substance, lab, description, packaging, place_name, address, city, region,
         country, place_type, concealment, concealment_text, narrative) in db.raw.execute(
        "SELECT e.id, c.id, e.occurred_at, e.substance, e.lab_substance, e.description, e.packaging, c.place_name, "
        "c.address, c.city, c.region, c.country, c.place_type, c.concealment, c.concealment_text, c.narrative "
        "FROM exhibits e JOIN cases c ON c.id = e.case_id ORDER BY e.id"):
        if case_texts[0] != case_id:
            case_texts = (case_id, fts_place_text(place_name, address, city, region, country, place_type),
                          fts_concealment_text(concealment, concealment_text))
        row = fts_row(occurred or "", exhibit_id, substance, lab, description, packaging, case_texts[1],
                      case_texts[2], narrative)
        for word in sorted(stored_words(tuple(row[1:]))):
            expected.update(f"{row[0]}\x1f{word}\n".encode())
            count += 1
    stored = hashlib.sha256()
    stored_count = 0
    for key, word in db.raw.execute(
            "SELECT key, word FROM exhibit_words ORDER BY 4294967295 - (key & 4294967295), word"):
        stored.update(f"{key}\x1f{word}\n".encode())
        stored_count += 1
    if stored.digest() != expected.digest():
        report.fail(f"the full-text index was changed outside the application ({stored_count} words stored, "
                    f"{count} expected, or words differ)")


def _attachment_hashes(db: PgDatabase, report: VerifyReport) -> None:
    for attachment_id, case_number, size, digest in db.raw.execute(
            "SELECT a.id, coalesce(c.case_number, 'id ' || a.case_id), a.size, a.sha256 FROM attachments a "
            "LEFT JOIN cases c ON c.id = a.case_id ORDER BY a.id").fetchall():
        content = bytes(_one(db, "SELECT content FROM attachments WHERE id = %s", [attachment_id]))
        which = f"attachment {attachment_id} of case {case_number}"
        if not attachment_matches(report, which, content, digest, size):
            return
