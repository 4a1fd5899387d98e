"""Named, idempotent schema migrations (sqlite_utils.Migrations).

Search-critical layout, decided here because the schema decides the speed:
- exhibit_terms holds one row per (search term, seizure date, exhibit), WITHOUT ROWID, keyed in that
  order. Terms are "s:<substance id>", "u:<unlisted name key>", "f:<analogue family>", "g:<group>",
  "c:<country seized in>", "o:<origin country>".
  A substance-with-analogues search is one range scan of that key, already newest first (exhibits of
  one date in id order). Each exhibit lists its terms in exhibits.terms, so an update finds them by
  their key without a second index (every index entry costs an import a few microseconds).
- exhibits_fts indexes, per exhibit, the substance text and description with its case's narrative,
  place and concealment, so a text search is one MATCH.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.db import Table
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "caseapp"
migrations = Migrations(MIGRATION_SET)


def _table(db: Database, name: str) -> Table:
    table = db[name]
    assert isinstance(table, Table)
    return table


@migrations(name="0001_core_schema")
def core_schema(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS case_number_counters (
            prefix TEXT NOT NULL,
            year INTEGER NOT NULL,
            last INTEGER NOT NULL,
            PRIMARY KEY (prefix, year)
        );
        CREATE TABLE IF NOT EXISTS cases (
            id INTEGER PRIMARY KEY,
            case_number TEXT NOT NULL UNIQUE,
            occurred_at TEXT,
            recorded_at TEXT NOT NULL,
            agency TEXT NOT NULL DEFAULT '',
            unit TEXT NOT NULL DEFAULT '',
            officers TEXT NOT NULL DEFAULT '[]',
            place_name TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            region TEXT NOT NULL DEFAULT '',
            country TEXT,
            lat TEXT,
            lon TEXT,
            place_type TEXT,
            detection TEXT,
            transport TEXT,
            conveyance TEXT NOT NULL DEFAULT '',
            concealment TEXT,
            concealment_text TEXT NOT NULL DEFAULT '',
            routing TEXT,
            origin_country TEXT,
            departure_country TEXT,
            transit_countries TEXT NOT NULL DEFAULT '[]',
            destination_country TEXT,
            narrative TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            created_by TEXT,
            created_at TEXT NOT NULL,
            updated_by TEXT,
            updated_at TEXT NOT NULL,
            approved_by TEXT,
            approved_at TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            source TEXT
        );

        CREATE TABLE IF NOT EXISTS persons (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            role TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            date_of_birth TEXT,
            nationality TEXT
        );
        CREATE INDEX IF NOT EXISTS persons_case ON persons (case_id);

        CREATE TABLE IF NOT EXISTS exhibits (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            number TEXT NOT NULL,
            occurred_at TEXT,
            kind TEXT NOT NULL,
            substance TEXT,
            substance_id TEXT,
            group_id TEXT,
            family_id TEXT,
            form TEXT,
            quantity TEXT,
            unit TEXT,
            quantity_unknown INTEGER NOT NULL DEFAULT 0,
            approximate INTEGER NOT NULL DEFAULT 0,
            count TEXT,
            count_unit TEXT,
            measure TEXT,
            packages INTEGER,
            packaging TEXT NOT NULL DEFAULT '',
            field_test TEXT,
            lab_substance TEXT,
            lab_substance_id TEXT,
            lab_purity TEXT,
            lab_name TEXT NOT NULL DEFAULT '',
            lab_certificate TEXT NOT NULL DEFAULT '',
            hazard INTEGER NOT NULL DEFAULT 0,
            hazard_manual INTEGER,
            description TEXT NOT NULL DEFAULT '',
            kg_mg INTEGER,
            kg_estimate INTEGER NOT NULL DEFAULT 0,
            terms TEXT NOT NULL DEFAULT '',
            UNIQUE (case_id, number)
        );
        CREATE INDEX IF NOT EXISTS exhibits_occurred ON exhibits (occurred_at DESC, id);

        CREATE TABLE IF NOT EXISTS exhibit_terms (
            term TEXT NOT NULL,
            occurred_at TEXT NOT NULL,
            exhibit_id INTEGER NOT NULL,
            PRIMARY KEY (term, occurred_at DESC, exhibit_id)
        ) WITHOUT ROWID;

        CREATE VIRTUAL TABLE IF NOT EXISTS exhibits_fts USING fts5 (
            substance, description, place, concealment, narrative,
            tokenize = "unicode61 remove_diacritics 2"
        );

        CREATE TABLE IF NOT EXISTS audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        """
    )




@migrations(name="0002_accounts_custody_ledger")
def accounts_custody_ledger(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS users (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            badge TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL,
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

        CREATE TABLE IF NOT EXISTS custody_events (
            id INTEGER PRIMARY KEY,
            exhibit_id INTEGER NOT NULL REFERENCES exhibits (id),
            seq INTEGER NOT NULL,
            type TEXT NOT NULL,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            detail TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            UNIQUE (exhibit_id, seq)
        );

        -- Every audited row's hash after each change, under the audit entry that made it.
        CREATE TABLE IF NOT EXISTS audit_rows (
            tbl TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            audit_id INTEGER NOT NULL,
            row_hash TEXT NOT NULL,
            PRIMARY KEY (tbl, row_id, audit_id)
        ) WITHOUT ROWID;
        """
    )


@migrations(name="0003_local_catalogue")
def local_catalogue(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS local_substances (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            aliases TEXT NOT NULL DEFAULT '[]',
            kind TEXT NOT NULL,
            group_id TEXT NOT NULL,
            family_id TEXT,
            hazard INTEGER NOT NULL DEFAULT 0,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        """
    )


@migrations(name="0004_case_list")
def case_list(db: Database) -> None:
    """The case list opens newest first, and a supervisor filters it by status: two indexes serve both
    as one range walk. Undated drafts sort as '~', after every date, so newest-first shows them on top."""
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS cases_list_date ON cases (coalesce(occurred_at, '~') DESC, id DESC);
        CREATE INDEX IF NOT EXISTS cases_list_status ON cases (status, coalesce(occurred_at, '~') DESC, id DESC);
        """
    )


@migrations(name="0005_attachments")
def attachments(db: Database) -> None:
    """Photos and scanned forms on a case (exhibit_id NULL) or on one of its exhibits. The bytes live in the
    database (one file to back up) with their SHA-256, so verify re-checks them. Rows are never deleted:
    removing one sets removed_by/at/reason. `content` is the last column on purpose: SQLite reads a row's
    columns in order through the blob's overflow pages, so metadata before it is read without the bytes."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS attachments (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            exhibit_id INTEGER REFERENCES exhibits (id),
            file_name TEXT NOT NULL,
            media_type TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            caption TEXT NOT NULL DEFAULT '',
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL,
            removed_by TEXT,
            removed_at TEXT,
            removed_reason TEXT,
            content BLOB NOT NULL
        );
        CREATE INDEX IF NOT EXISTS attachments_case ON attachments (case_id);
        """
    )


@migrations(name="0006_lab_terms_and_date_index")
def lab_terms_and_date_index(db: Database) -> None:
    """Lab-confirmed substances get their own terms (a confirmed-only search reads one range); the date
    index carries the kg-equivalent and hazard mark, so those filters skip rows without reading them."""
    import json

    from caseapp.core.substances import default_catalogue
    from caseapp.store.contract.terms import exhibit_substance_terms
    from caseapp.store.sqlite.catalogue import LocalCatalogueStore

    db.executescript(
        """
        DROP INDEX IF EXISTS exhibits_occurred;
        CREATE INDEX exhibits_occurred ON exhibits (occurred_at DESC, id, kg_mg, hazard);
        """
    )
    local = LocalCatalogueStore(db).entries()
    catalogue = default_catalogue().with_additions(local) if local else default_catalogue()
    rows = db.execute(
        "SELECT id, substance, lab_substance, occurred_at, terms FROM exhibits WHERE lab_substance IS NOT NULL"
    ).fetchall()
    for exhibit_id, suspected, confirmed, occurred, stored in rows:
        old = json.loads(stored or "[]")
        new = list(dict.fromkeys(list(exhibit_substance_terms(catalogue, suspected, confirmed)) + old))
        db.conn.executemany("INSERT OR IGNORE INTO exhibit_terms (term, occurred_at, exhibit_id) VALUES (?, ?, ?)",
                            [(t, occurred or "", exhibit_id) for t in new if t not in old])
        db.execute("UPDATE exhibits SET terms = ? WHERE id = ?", [json.dumps(new, ensure_ascii=False), exhibit_id])


@migrations(name="0007_signing_keys")
def signing_keys(db: Database) -> None:
    """Signed audit entries: each account's public key and key salt (a key derived from the password), and
    each entry's signature. Two more columns change every users row's hash, so the rows are filed again
    under one entry made by no user ("schema"), which verify allows only before any account has a key."""
    from datetime import UTC, datetime

    from caseapp.store.sqlite.audit import AuditLog

    user_columns = {column.name for column in _table(db, "users").columns}
    if "public_key" not in user_columns:
        db.execute("ALTER TABLE users ADD COLUMN public_key TEXT")
        db.execute("ALTER TABLE users ADD COLUMN key_salt TEXT")
    if "signature" not in {column.name for column in _table(db, "audit_log").columns}:
        db.execute("ALTER TABLE audit_log ADD COLUMN signature TEXT")
    audit = AuditLog(db)
    ledger = audit.ledger()
    ledger.record_live("users", [row[0] for row in db.execute("SELECT id FROM users ORDER BY id")])
    if not ledger.empty:
        audit.append(at=datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"), actor=None,
                     action="schema", entity="database", entity_id=None,
                     detail={"migration": "0007_signing_keys", "reason": "users rows gained public_key and "
                             "key_salt; their hashes are filed again"}, ledger=ledger)


@migrations(name="0008_counters_cover_case_numbers")
def counters_cover_case_numbers(db: Database) -> None:
    """A case number counter now never stays below a stored number of its own form (a number given by hand or
    imported used to leave it behind; the next generated number skipped past it anyway), so that verify can
    hold each counter to the highest number used."""
    from caseapp.store.sqlite.writer import highest_serial

    for prefix, year, last in db.execute("SELECT prefix, year, last FROM case_number_counters").fetchall():
        top = highest_serial(db, prefix, year)
        if top is not None and top > last:
            db.execute("UPDATE case_number_counters SET last = ? WHERE prefix = ? AND year = ?", [top, prefix, year])


@migrations(name="0009_schedule_terms")
def schedule_terms(db: Database) -> None:
    """Search by CDSA schedule: each exhibit gets the schedule terms its substance terms derive ("v:I", and
    "lv:I" for a lab-confirmed substance). They are index rows only, so no audited row changes."""
    from caseapp.core.substances import default_catalogue
    from caseapp.store.sqlite.catalogue import LocalCatalogueStore, rebuild_schedule_terms

    local = LocalCatalogueStore(db).entries()
    rebuild_schedule_terms(db, default_catalogue().with_additions(local) if local else default_catalogue())


@migrations(name="0010_inventory_audits")
def inventory_audits(db: Database) -> None:
    """Inventory audits of storage locations (services/inventory.py): each audit's location, times, who made
    it, what was scanned, and its found / missing / unexpected / unknown lists as JSON; `custody_mark` is the
    newest custody event's id when it was recorded (a reasoned event after it resolves a missing exhibit).
    The index on each custody event's location finds the exhibits recorded at a location without replaying
    every exhibit's custody."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS inventory_audits (
            id INTEGER PRIMARY KEY,
            location TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            actor TEXT NOT NULL,
            scanned TEXT NOT NULL,
            found TEXT NOT NULL,
            missing TEXT NOT NULL,
            unexpected TEXT NOT NULL,
            unknown TEXT NOT NULL,
            duplicates TEXT NOT NULL,
            custody_mark INTEGER NOT NULL,
            recorded_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS custody_events_location
            ON custody_events (lower(trim(json_extract(detail, '$.location'))), exhibit_id);
        """
    )


@migrations(name="0011_queues")
def queues(db: Database) -> None:
    """The work queues read custody events by type (which exhibits are out, at the lab, disposed of) and cases
    by status and officer: an index each, so a queue reads its candidates, not every row."""
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS custody_events_type ON custody_events (type, exhibit_id, seq);
        CREATE INDEX IF NOT EXISTS exhibits_kind_occurred ON exhibits (kind, occurred_at);
        CREATE INDEX IF NOT EXISTS cases_occurred ON cases (occurred_at);
        """
    )


@migrations(name="0012_external_numbers")
def external_numbers(db: Database) -> None:
    """Other agencies' numbers for a case or one of its exhibits (the RCMP file, the CBSA seizure number, the lab's
    sample number, the Crown's file...). `key` is the value folded for search (core.external_numbers.number_key).
    Rows are never deleted: removing one sets removed_by/at/reason."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS external_numbers (
            id INTEGER PRIMARY KEY,
            case_id INTEGER NOT NULL REFERENCES cases (id),
            exhibit_id INTEGER REFERENCES exhibits (id),
            kind TEXT NOT NULL,
            value TEXT NOT NULL,
            key TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL,
            removed_by TEXT,
            removed_at TEXT,
            removed_reason TEXT
        );
        CREATE INDEX IF NOT EXISTS external_numbers_key ON external_numbers (key);
        CREATE INDEX IF NOT EXISTS external_numbers_case ON external_numbers (case_id);
        """
    )


@migrations(name="0013_storage_locations")
def storage_locations(db: Database) -> None:
    """Storage locations of the evidence room (core.storage): a code a label carries as LOC:CODE, unique
    whatever its case, a name, a kind, the code of the room it is in, and whether it is still in use."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS storage_locations (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            parent TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            created_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            changed_by TEXT,
            changed_at TEXT
        );
        CREATE UNIQUE INDEX IF NOT EXISTS storage_locations_code ON storage_locations (upper(code));
        """
    )
