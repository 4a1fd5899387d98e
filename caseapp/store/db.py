"""Opening the database: pragmas, migrations, and clear messages for files we cannot use."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from caseapp.core.errors import DatabaseError
from caseapp.core.text import name_key
from caseapp.store.migrations import MIGRATION_SET, migrations

BUSY_TIMEOUT_MS = 5000
SQLITE_MAGIC = b"SQLite format 3\x00"


def _configure(db: Database) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a power cut loses no committed transaction
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA cache_size = -65536")  # 64 MiB
    db.execute("PRAGMA journal_size_limit = 67108864")  # a big import's WAL shrinks back after its checkpoint
    # name matching in SQL the way the app matches names (case, accents, spaces and hyphens ignored)
    db.conn.create_function("name_key", 1, lambda text: name_key(text) if text else "", deterministic=True)


def _check_file(path: Path) -> None:
    if path.exists():
        if path.is_dir():
            raise DatabaseError(f"{path} is a folder, not a database file")
        with path.open("rb") as handle:
            head = handle.read(16)
        if head and head != SQLITE_MAGIC:
            raise DatabaseError(f"{path} is not a caseapp database (not an SQLite file)")
        folder = path.parent
    else:
        folder = path.parent
        if not folder.exists():
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(f"cannot create the folder {folder}: {exc.strerror}") from None
    if not os.access(folder, os.W_OK):
        raise DatabaseError(
            f"the folder {folder} is not writable; the database needs a writable local folder "
            "(it keeps a write-ahead log beside the file)"
        )


def open_database(path: str | os.PathLike[str]) -> Database:
    """Open (creating if needed) and migrate a caseapp database file; ':memory:' for tests."""
    if str(path) == ":memory:":
        db = Database(memory=True)
        _configure(db)
        migrations.apply(db)
        return db
    file = Path(path)
    _check_file(file)
    try:
        db = Database(file)
        db.execute("PRAGMA journal_mode = WAL")  # raises on a file that is not a database
        _configure(db)
        _refuse_newer(db, file)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"cannot open {file}: {exc}") from None
    return db


def _refuse_newer(db: Database, file: Path) -> None:
    applied = {m.name for m in migrations.applied(db)}
    known = {m.name for m in migrations._migrations}
    newer = applied - known
    if newer:
        db.close()
        raise DatabaseError(
            f"{file} was written by a newer version of caseapp (schema {sorted(newer)[-1]}); "
            "update caseapp to open it"
        )


def schema_version(db: Database) -> str:
    applied = [m.name for m in migrations.applied(db)]
    return applied[-1] if applied else ""


__all__ = ["open_database", "schema_version", "MIGRATION_SET"]
