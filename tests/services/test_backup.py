"""Backups through SQLite's online backup API, refused restores, kept copies, automatic daily backups."""

import json
import sqlite3
from decimal import Decimal

import pytest

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.app import CaseApp
from caseapp.services.backup import BackupError, automatic_backup, backup, restore, sidecar_of
from tests.conftest import fixed_clock


@pytest.fixture
def app(tmp_path, catalogue):
    opened = CaseApp.open(tmp_path / "live" / "cases.sqlite3", catalogue=catalogue, clock=fixed_clock)
    opened.initialise(agency_code="TB", timezone="UTC", actor="setup")
    opened.record_case(Case(occurred_at="2026-11-20", location=Location(country="CA"), exhibits=[
        Exhibit(substance="fentanyl", quantity=Quantity(Decimal("2.5"), "g"))]), actor="olga")
    yield opened
    opened.close()


def test_backup_is_a_checked_copy_with_its_anchor(app, tmp_path):
    info = backup(app, tmp_path, actor="ada")
    copy = CaseApp.open(info.path, clock=fixed_clock)
    try:
        assert copy.counts() == (1, 1) and copy.verify(info.chain_hash).ok
    finally:
        copy.close()
    record = json.loads(sidecar_of(tmp_path / info.path.split("/")[-1]).read_text())
    assert record["chain_hash"] == info.chain_hash and record["sha256"] == info.sha256
    assert app.audit.entries("database", info.path.split("/")[-1])[-1].action == "backup"


def test_backup_runs_while_another_workstation_reads_and_writes(app, tmp_path):
    other = sqlite3.connect(str(app.path))
    other.execute("BEGIN")
    assert other.execute("SELECT count(*) FROM cases").fetchone()[0] == 1  # a reader holding a snapshot
    writer = sqlite3.connect(str(app.path))
    writer.execute("UPDATE settings SET value = value WHERE key = 'timezone'")  # a committed write meanwhile
    writer.commit()
    info = backup(app, tmp_path / "during.sqlite3", actor=None)
    other.rollback()
    other.close()
    writer.close()
    assert info.cases == 1


def test_backup_never_overwrites(app, tmp_path):
    (tmp_path / "taken.sqlite3").write_bytes(b"keep me")
    with pytest.raises(BackupError, match="exists already"):
        backup(app, tmp_path / "taken.sqlite3", actor=None)
    assert (tmp_path / "taken.sqlite3").read_bytes() == b"keep me"
    with pytest.raises(BackupError, match="does not exist"):
        backup(app, tmp_path / "no" / "such" / "folder.sqlite3", actor=None)


def test_restore_puts_the_backup_in_place_and_keeps_the_replaced_file(app, tmp_path):
    info = backup(app, tmp_path / "b.sqlite3", actor=None)
    app.record_case(Case(location=Location(country="CA")), actor="olga")  # a case after the backup
    path = app.path
    app.close()
    result = restore(path, tmp_path / "b.sqlite3", actor="ada", clock=fixed_clock)
    assert (result.cases, result.exhibits) == (1, 1) and result.previous_kept_at
    kept = CaseApp.open(result.previous_kept_at, clock=fixed_clock)
    assert kept.counts()[0] == 2  # the replaced database, with its later case, kept
    kept.close()
    restored = CaseApp.open(path, clock=fixed_clock)
    try:
        assert restored.counts() == (1, 1) and restored.verify(info.chain_hash).ok
        assert restored.audit.entries()[-1].action == "restore"
    finally:
        restored.close()


@pytest.mark.parametrize("damage", ["tamper", "not sqlite", "cut chain"])
def test_restore_refuses_a_damaged_backup_and_changes_nothing(app, tmp_path, damage):
    info = backup(app, tmp_path / "b.sqlite3", actor=None)
    source = tmp_path / "b.sqlite3"
    if damage == "tamper":
        conn = sqlite3.connect(str(source))
        conn.execute("UPDATE exhibits SET quantity = '25'")
        conn.commit()
        conn.close()
    elif damage == "not sqlite":
        source.write_bytes(b"this is not a database" * 100)
    else:
        conn = sqlite3.connect(str(source))
        conn.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
        conn.commit()
        conn.close()
        assert info.chain_hash
    path = app.path
    app.close()
    before = path.read_bytes()
    with pytest.raises(Exception) as raised:
        restore(path, source, actor=None, clock=fixed_clock)
    assert "refused" in str(raised.value) or "not a" in str(raised.value)
    assert path.read_bytes() == before
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".caseapp-restore")]


def test_automatic_backup_once_a_day_keeping_the_newest(app, tmp_path):
    folder = tmp_path / "auto"
    for day in range(1, 10):
        (folder if folder.exists() else folder).mkdir(exist_ok=True)
        (folder / f"caseapp-auto-2026-11-{day:02d}.sqlite3").write_bytes(b"old")
    first = automatic_backup(app, folder, keep=3)
    again = automatic_backup(app, folder, keep=3)
    assert first is not None and again is None  # one a day
    names = sorted(p.name for p in folder.glob("*.sqlite3"))
    assert names == ["caseapp-auto-2026-11-08.sqlite3", "caseapp-auto-2026-11-09.sqlite3",
                     "caseapp-auto-2026-11-25.sqlite3"]


@pytest.mark.parametrize("content", ["empty", "foreign"])
def test_restore_refuses_an_empty_or_foreign_file(app, tmp_path, content):
    source = tmp_path / "other.sqlite3"
    if content == "empty":
        source.write_bytes(b"")
    else:
        conn = sqlite3.connect(str(source))
        conn.execute("CREATE TABLE notes (text TEXT)")
        conn.commit()
        conn.close()
    path = app.path
    app.close()
    before = path.read_bytes()
    with pytest.raises(BackupError, match="refused"):
        restore(path, source, actor=None, clock=fixed_clock)
    assert path.read_bytes() == before


def test_a_restored_database_keeps_the_replaced_files_permissions(app, tmp_path):
    backup(app, tmp_path / "b.sqlite3", actor=None)
    path = app.path
    app.checkpoint()
    app.close()
    path.chmod(0o640)
    restore(path, tmp_path / "b.sqlite3", actor=None, clock=fixed_clock)
    assert path.stat().st_mode & 0o777 == 0o640
