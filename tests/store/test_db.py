import os
import sqlite3

import pytest

from caseapp.core.errors import DatabaseError
from caseapp.store.sqlite.db import open_database, schema_version
from caseapp.store.sqlite.migrations import migrations

LATEST = migrations._migrations[-1].name  # the newest migration this version knows


def test_new_file_gets_wal_foreign_keys_busy_timeout_and_schema(db_path):
    db = open_database(db_path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert schema_version(db) == LATEST
    assert {"cases", "exhibits", "exhibit_terms", "exhibits_fts", "audit_log"} <= set(db.table_names())
    db.close()


def test_migrations_are_idempotent(db_path):
    open_database(db_path).close()
    db = open_database(db_path)
    rows = db.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert rows == len(migrations._migrations)
    db.close()


@pytest.mark.parametrize("content", [b"x", b"SQLite format 2\x00",
                                     b"these are not the cases you are looking for\n" * 10,
                                     b"PK\x03\x04" + bytes(range(256)) * 40],
                         ids=["one byte", "almost the header", "text", "zip-like"])
def test_a_file_that_is_not_sqlite_is_refused_and_left_alone(tmp_path, content):
    path = tmp_path / "notes.txt"
    path.write_bytes(content)
    with pytest.raises(DatabaseError, match=r"not a caseapp database \(not an SQLite file\)"):
        open_database(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]  # no -wal or -shm beside it


def test_an_empty_file_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "cases.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(DatabaseError, match="is empty, not a caseapp database"):
        open_database(path)
    assert path.read_bytes() == b"" and sorted(p.name for p in tmp_path.iterdir()) == ["cases.sqlite3"]


def _locks_held_on(path) -> list[str]:
    """This process's POSIX locks on the file (from /proc/locks)."""
    inode = os.stat(path).st_ino
    held = []
    with open("/proc/locks", encoding="ascii") as locks:
        for line in locks:
            fields = line.split()
            if fields[1] == "POSIX" and fields[4] == str(os.getpid()) and int(fields[5].split(":")[2]) == inode:
                held.append(" ".join(fields[1:]))  # without the line's ordinal, which other processes shift
    return held


@pytest.mark.skipif(not os.path.exists("/proc/locks"), reason="reads /proc/locks")
def test_opening_the_file_again_keeps_the_locks_this_process_holds_on_it(db_path):
    # Closing any descriptor of a file drops every POSIX lock the process holds on it: opening a second
    # connection must not open and close the file itself (another process would then delete the live WAL).
    first = open_database(db_path)
    held = _locks_held_on(db_path)
    assert held  # the connection's shared lock on the database file, held while in WAL mode
    second = open_database(db_path)
    assert _locks_held_on(db_path) == held
    second.close()
    first.close()


def test_a_database_from_a_newer_version_is_refused(db_path):
    open_database(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                "VALUES ('caseapp', '9999_from_the_future', '2030-01-01')")
    raw.commit()
    raw.close()
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(db_path)


def test_a_read_only_folder_gets_a_clear_message(tmp_path, monkeypatch):
    # Permission bits do not bind root (CI runs as root), so the check is made to see a read-only folder.
    folder = tmp_path / "ro"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(folder) else real_access(p, mode))
    with pytest.raises(DatabaseError, match="not writable"):
        open_database(folder / "cases.sqlite3")
    assert not (folder / "cases.sqlite3").exists()


def test_a_folder_given_as_database_is_refused(tmp_path):
    with pytest.raises(DatabaseError, match="is a folder"):
        open_database(tmp_path)


def test_a_database_locked_by_another_workstation_is_a_clear_message_and_changes_nothing(db_path, monkeypatch):
    import caseapp.store.sqlite.db as store_db
    from caseapp.core.errors import DatabaseBusy
    from caseapp.core.model import Case, Location
    from caseapp.services.app import CaseApp

    monkeypatch.setattr(store_db, "BUSY_TIMEOUT_MS", 200)  # wait a moment, not five seconds
    app = CaseApp.open(db_path)
    other = sqlite3.connect(str(db_path))
    other.execute("BEGIN IMMEDIATE")  # another workstation holds the write lock
    try:
        with pytest.raises(DatabaseBusy, match="busy"):
            app.record_case(Case(location=Location(country="CA")), actor="olga")
    finally:
        other.rollback()
        other.close()
    assert app.counts() == (0, 0)
    assert app.record_case(Case(location=Location(country="CA")), actor="olga").value.case_number
    app.close()
