"""A SQLite database copied whole into an empty server database (`caseapp-cli migrate --to postgresql://...`):
every table's rows with their ids, the audit chain and its ledger as they are (so the chain hash is the file's,
and every row hashes as the ledger recorded it: the server's tables give Python the same values), the search
terms as stored, and the full-text words made from the file's full-text rows. Read in one snapshot of the
file, written in one transaction on the server."""

from __future__ import annotations

from typing import Any

from caseapp.core import i18n
from caseapp.core.errors import DatabaseError
from caseapp.store.postgres.db import PgDatabase, applied_migrations
from caseapp.store.postgres.schema import ROWID_COLUMN

#: in an order the foreign keys accept
TABLES = ("settings", "case_number_counters", "cases", "persons", "exhibits", "exhibit_terms", "users",
          "custody_events", "local_substances", "attachments", "external_numbers", "storage_locations", "audit_log",
          "audit_rows", "inventory_audits")
_IDENTITY = {"users": "id", "custody_events": "id", "attachments": "id", "settings": "rowid",
             "local_substances": "rowid", "inventory_audits": "id", "external_numbers": "id", "storage_locations": "id"}
_BATCH = 5000


def copy_into(source: Any, target: PgDatabase, *, was_empty: bool) -> dict[str, int]:
    """Copy the SQLite database `source` (sqlite-utils) into `target`, freshly migrated; returns rows per table.
    `was_empty`: the server database held nothing before it was opened (a copy never merges)."""
    entries = target.raw.execute("SELECT count(*) FROM audit_log").fetchone()
    if not was_empty or (entries is not None and entries[0]):
        raise DatabaseError(i18n.translate(
            "Database", "{rsplit} is not empty: a copy goes into an empty database").format(
            rsplit=target.url.rsplit('@', 1)[-1]))
    copied: dict[str, int] = {}
    source.execute("BEGIN")  # one snapshot of the file
    try:
        with target.raw.transaction():
            for table in TABLES:
                columns = list(target.columns(table))
                key = ROWID_COLUMN.get(table)
                read = ", ".join(["rowid"] * bool(key) + columns)
                write = ([key] if key else []) + columns
                sql = f"INSERT INTO {table} ({', '.join(write)}) VALUES ({', '.join('?' * len(write))})"
                cursor = source.execute(f"SELECT {read} FROM {table}")
                copied[table] = 0
                while rows := cursor.fetchmany(_BATCH):
                    target.executemany(sql, rows)
                    copied[table] += len(rows)
            cursor = source.execute("SELECT rowid, substance, description, place, concealment, narrative "
                                    "FROM exhibits_fts ORDER BY rowid")
            while rows := cursor.fetchmany(_BATCH):  # the words, as the writer makes them of full-text rows
                target.executemany("INSERT INTO exhibits_fts (rowid, substance, description, place, concealment, "
                                   "narrative) VALUES (?, ?, ?, ?, ?, ?)", rows)
            for table, column in _IDENTITY.items():
                target.raw.execute(f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "  # type: ignore[arg-type]
                                   f"coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)")
    finally:
        source.execute("ROLLBACK")
    return copied


def is_empty_server_database(db: PgDatabase) -> bool:
    """Nothing in it yet (checked before opening migrates it)."""
    if applied_migrations(db):
        return False
    row = db.raw.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()
    return row is not None and row[0] == 0


def copy_out(source: PgDatabase, target: Any) -> dict[str, int]:
    """The reverse of copy_into: the server database `source` written into `target`, a new SQLite database
    (sqlite-utils, freshly migrated, empty): the application's own format, so a server's backup is a file
    `restore` and `verify` read like any other. Read in one REPEATABLE READ snapshot; the full-text rows are
    made from the copied rows by the writer's own function."""
    from caseapp.store.sqlite.writer import INSERT_FTS, fts_concealment_text, fts_place_text, fts_row

    copied: dict[str, int] = {}
    started = not source.in_transaction
    if started:
        source.raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    try:
        conn = target.conn
        conn.execute("BEGIN")
        for table in TABLES:
            columns = list(source.columns(table))
            key = ROWID_COLUMN.get(table)
            read = ([key] if key else []) + columns
            write = (["rowid"] if key else []) + columns
            sql = f"INSERT INTO {table} ({', '.join(write)}) VALUES ({', '.join('?' * len(write))})"
            copied[table] = 0
            with source.raw.cursor() as cursor:
                cursor.execute(f"SELECT {', '.join(read)} FROM {table} ORDER BY 1")  # type: ignore[arg-type]
                while rows := cursor.fetchmany(_BATCH):
                    conn.executemany(sql, [tuple(bytes(v) if isinstance(v, memoryview) else v for v in r)
                                           for r in rows])
                    copied[table] += len(rows)
        texts: list[tuple[Any, ...]] = []
        case_texts: tuple[int, str, str] = (0, "", "")
        with source.raw.cursor() as cursor:
            cursor.execute(
                "SELECT e.id, c.id, e.occurred_at, e.substance, e.lab_substance, e.description, e.packaging, "
                "c.place_name, c.address, c.city, c.region, c.country, c.place_type, c.concealment, "
                "c.concealment_text, c.narrative FROM exhibits e JOIN cases c ON c.id = e.case_id ORDER BY e.id")
            for (exhibit_id, case_id, occurred, substance, lab, description, packaging, place_name, address, city,
                 region, country, place_type, concealment, concealment_text, narrative) in cursor:
                if case_texts[0] != case_id:
                    case_texts = (case_id, fts_place_text(place_name, address, city, region, country, place_type),
                                  fts_concealment_text(concealment, concealment_text))
                texts.append(fts_row(occurred or "", exhibit_id, substance, lab, description, packaging,
                                     case_texts[1], case_texts[2], narrative))
        texts.sort()  # FTS5 writes rows in rowid order as one segment
        conn.executemany(INSERT_FTS, texts)
        conn.execute("COMMIT")
    finally:
        if started:
            source.raw.execute("ROLLBACK")
    return copied
