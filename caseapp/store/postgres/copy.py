"""A SQLite database copied whole into an empty server database (`caseapp-cli migrate --to postgresql://...`):
every table's rows with their ids, the audit chain and its ledger as they are (so the chain hash is the file's,
and every row hashes as the ledger recorded it: the server's tables give Python the same values), the search
terms as stored, and the full-text words made from the file's full-text rows. Read in one snapshot of the
file, written in one transaction on the server."""

from __future__ import annotations

from typing import Any

from caseapp.core.errors import DatabaseError
from caseapp.store.postgres.db import PgDatabase, applied_migrations
from caseapp.store.postgres.schema import ROWID_COLUMN

#: in an order the foreign keys accept
TABLES = ("settings", "case_number_counters", "cases", "persons", "exhibits", "exhibit_terms", "users",
          "custody_events", "local_substances", "attachments", "audit_log", "audit_rows")
_IDENTITY = {"users": "id", "custody_events": "id", "attachments": "id", "settings": "rowid",
             "local_substances": "rowid"}
_BATCH = 5000


def copy_into(source: Any, target: PgDatabase, *, was_empty: bool) -> dict[str, int]:
    """Copy the SQLite database `source` (sqlite-utils) into `target`, freshly migrated; returns rows per table.
    `was_empty`: the server database held nothing before it was opened (a copy never merges)."""
    entries = target.raw.execute("SELECT count(*) FROM audit_log").fetchone()
    if not was_empty or (entries is not None and entries[0]):
        raise DatabaseError(f"{target.url.rsplit('@', 1)[-1]} is not empty: a copy goes into an empty database")
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
