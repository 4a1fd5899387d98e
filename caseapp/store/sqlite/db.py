"""Opening the database: pragmas, migrations, and clear messages for files we cannot use."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from sqlite_utils import Database

from caseapp.core import i18n
from caseapp.core.errors import DatabaseError
from caseapp.core.text import name_key
from caseapp.store.contract.records import DatabaseFacts
from caseapp.store.sqlite.errors import is_busy, is_full, translate, translated
from caseapp.store.sqlite.migrations import MIGRATION_SET, migrations

BUSY_TIMEOUT_MS = 5000


def _configure(db: Database) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA synchronous = NORMAL")  # safe with WAL: a power cut loses no committed transaction
    db.execute("PRAGMA temp_store = MEMORY")
    db.execute("PRAGMA cache_size = -65536")  # 64 MiB
    db.execute("PRAGMA journal_size_limit = 67108864")  # a big import's WAL shrinks back after its checkpoint
    # name matching in SQL the way the app matches names (case, accents, spaces and hyphens ignored)
    db.conn.create_function("name_key", 1, lambda text: name_key(text) if text else "", deterministic=True)


def _check_file(path: Path) -> bool:
    """Refuse a folder, an empty file or a folder we cannot write in, with a clear message, without opening
    the file: closing any descriptor of a file drops every POSIX lock this process holds on it, and a
    process that holds a connection to this file (the window opens one per worker) would then look absent
    to the next process closing its own, which deletes the live write-ahead log. So: stat() only; the
    header is read by SQLite itself (see open_database). True when the file exists (and is not empty)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise DatabaseError(i18n.translate(
            "Database", "cannot read {path}: {error}").format(
            path=path, error=exc.strerror)) from None
    folder = path.parent
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise DatabaseError(i18n.translate("Database", "{path} is a folder, not a database file").format(path=path))
        if info.st_size == 0:  # a lost or truncated database, not a place for a new one: nothing is written to it
            raise DatabaseError(i18n.translate(
                "Database", "{path} is empty, not a caseapp database; remove it to create a new database there").format(
                path=path))
    elif not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(i18n.translate(
                "Database", "cannot create the folder {folder}: {error}").format(
                folder=folder, error=exc.strerror)) from None
    if not os.access(folder, os.W_OK):
        raise DatabaseError(
            i18n.translate(
                "Database", "the folder {folder} is not writable; the database needs a writable local folder (it "
                            "keeps a write-ahead log beside the file)").format(
                folder=folder)
        )
    return info is not None


def _refusal(file: Path, exc: sqlite3.DatabaseError) -> DatabaseError:
    """SQLite's complaint about a file as a message for the user (SQLITE_NOTADB: the header is not SQLite's)."""
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB or "file is not a database" in str(exc):
        return DatabaseError(i18n.translate(
            "Database", "{file} is not a caseapp database (not an SQLite file)").format(
            file=file))
    if is_busy(exc) or is_full(exc):
        return translate(exc)
    return DatabaseError(i18n.translate("Database", "cannot open {file}: {error}").format(file=file, error=exc))


Connection = Database  # what the services hold of an open database, without naming the driver


def open_database(path: str | os.PathLike[str]) -> Database:
    """Open (creating if needed) and migrate a caseapp database file; ':memory:' for tests."""
    if str(path) == ":memory:":
        db = Database(memory=True)
        _configure(db)
        migrations.apply(db)
        return db
    file = Path(path)
    existing = _check_file(file)
    try:
        db = Database(file)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(i18n.translate(
            "Database", "cannot open {file}: {error}").format(
            file=file, error=exc)) from None
    try:
        # SQLite reads the header: a file that is not a database raises here, before anything is written,
        # except a 1-byte file, which SQLite takes for an empty database (and would write over)
        if existing and db.execute("PRAGMA page_count").fetchone()[0] == 0:
            db.close()
            raise DatabaseError(i18n.translate(
                "Database", "{file} is not a caseapp database (not an SQLite file)").format(
                file=file))
        db.execute("PRAGMA journal_mode = WAL")
        _configure(db)
        _refuse_newer(db, file)
        migrations.apply(db)
    except sqlite3.DatabaseError as exc:
        db.close()  # at once: an open connection keeps -wal and -shm files beside a refused file
        raise _refusal(file, exc) from None
    return db


def _refuse_newer(db: Database, file: Path) -> None:
    applied = {m.name for m in migrations.applied(db)}
    known = {m.name for m in migrations._migrations}
    newer = applied - known
    if newer:
        db.close()
        raise DatabaseError(
            i18n.translate(
                "Database", "{file} was written by a newer version of caseapp (schema {sorted}); update caseapp "
                            "to open it").format(
                file=file, sorted=sorted(newer)[-1])
        )


def schema_version(db: Database) -> str:
    applied = [m.name for m in migrations.applied(db)]
    return applied[-1] if applied else ""




def backup_database(db: Database, destination: Path, *, pages_per_step: int = 4096) -> None:
    """Copy the database with SQLite's online backup API: a consistent snapshot even while other
    connections write (each step copies some pages; a write in between restarts the copy)."""
    try:
        target = sqlite3.connect(str(destination))
        try:
            db.conn.backup(target, pages=pages_per_step)
            # one self-contained file: a WAL-mode copy opened read-only (its check, a restore) leaves -wal/-shm
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
    except sqlite3.Error as exc:  # the copy's disk full, the destination unwritable
        raise DatabaseError(i18n.translate(
            "Database", "the copy to {destination} could not be written ({error}); the database is unchanged").format(
            destination=destination, error=exc)) \
            from None


def copy_database_file(source: Path, destination: Path) -> None:
    """Copy a database file (a backup being restored) without writing to it: opened read-only."""
    try:
        origin = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(i18n.translate(
            "Database", "cannot read {source}: {error}").format(
            source=source, error=exc)) from None
    target = sqlite3.connect(str(destination))
    try:
        origin.backup(target)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(i18n.translate(
            "Database", "{source} is not a readable caseapp database: {error}").format(
            source=source, error=exc)) from None
    finally:
        target.close()
        origin.close()


def database_facts(path: Path) -> DatabaseFacts:
    """What a backup file holds, read without changing it."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        integrity = conn.execute("PRAGMA quick_check").fetchone()[0]
        chain = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        cases = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
        exhibits = conn.execute("SELECT count(*) FROM exhibits").fetchone()[0]
        names = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid", [MIGRATION_SET])]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(i18n.translate(
            "Database", "{path} is not a readable caseapp database: {error}").format(
            path=path, error=exc)) from None
    finally:
        conn.close()
    return DatabaseFacts(chain[0] if chain else "", int(cases), int(exhibits), names[-1] if names else "",
                         str(integrity))


def checkpoint(db: Database) -> None:
    """Fold the write-ahead log into the main file (before the file is moved or copied as a file)."""
    with translated():
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


__all__ = ["Connection", "open_database", "schema_version", "MIGRATION_SET", "backup_database", "copy_database_file",
           "database_facts", "checkpoint"]
