"""Backups through SQLite's online backup API, refused restores, kept copies, automatic backups on closing."""

import json
import sqlite3
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from caseapp.core.errors import DiskFull
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.app import CaseApp
from caseapp.services.backup import (
    BackupError,
    automatic_backup,
    automatic_backups,
    backup,
    kept_backups,
    restore,
    sidecar_of,
)
from tests.conftest import PASSWORD, fixed_clock


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
    assert app._audit.entries("database", info.path.split("/")[-1])[-1].action == "backup"


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
    result = restore(path, tmp_path / "b.sqlite3", actor="ada", clock=fixed_clock).value
    assert (result.cases, result.exhibits) == (1, 1) and result.previous_kept_at
    kept = CaseApp.open(result.previous_kept_at, clock=fixed_clock)
    assert kept.counts()[0] == 2  # the replaced database, with its later case, kept
    kept.close()
    restored = CaseApp.open(path, clock=fixed_clock)
    try:
        assert restored.counts() == (1, 1) and restored.verify(info.chain_hash).ok
        assert restored._audit.entries()[-1].action == "restore"
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


class SteppingClock:
    """An injected clock the test moves forward."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock(datetime(2026, 11, 25, 8, 0, tzinfo=UTC))


@pytest.fixture
def clocked(tmp_path, catalogue, clock):
    opened = CaseApp.open(tmp_path / "clocked" / "cases.sqlite3", catalogue=catalogue, clock=clock)
    opened.initialise(agency_code="TB", timezone="UTC", actor="setup")
    yield opened
    opened.close()


def record(app: CaseApp, note: str = "") -> None:
    app.record_case(Case(occurred_at="2026-10-20", location=Location(country="CA"), narrative=note, exhibits=[
        Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg"))]), actor="olga")


def test_closing_twice_on_a_day_with_a_change_in_between_makes_two_backups(clocked, clock, tmp_path):
    folder = tmp_path / "auto"
    assert automatic_backup(clocked, folder) is not None  # an admin closes the window in the morning
    clock.now += timedelta(hours=9)
    record(clocked, "seized in the afternoon")
    evening = automatic_backup(clocked, folder)
    assert evening is not None and evening.cases == 1  # the day's case is in a backup
    assert [p.name for p in automatic_backups(folder)] == ["caseapp-auto-2026-11-25-080000.sqlite3",
                                                           "caseapp-auto-2026-11-25-170000.sqlite3"]


def test_closing_with_no_change_since_the_last_automatic_backup_makes_none(clocked, clock, tmp_path):
    folder = tmp_path / "auto"
    record(clocked)
    assert automatic_backup(clocked, folder) is not None
    for _ in range(3):
        clock.now += timedelta(days=1)
        assert automatic_backup(clocked, folder) is None
    assert len(automatic_backups(folder)) == 1


def test_any_audited_change_since_the_last_automatic_backup_makes_one(clocked, clock, tmp_path):
    folder = tmp_path / "auto"
    automatic_backup(clocked, folder)
    clock.now += timedelta(minutes=5)
    backup(clocked, tmp_path / "by-hand.sqlite3", actor="ada")  # the audit log changed
    assert automatic_backup(clocked, folder) is not None


def test_a_write_landing_between_the_copy_and_its_audit_entry_makes_the_next_close_back_up(
        clocked, clock, tmp_path, monkeypatch):
    import caseapp.services.backup as backups

    copy = backups.backup_database

    def copy_then_another_workstation_saves(db, destination, **kwargs):
        copy(db, destination, **kwargs)
        other = CaseApp.open(clocked.path, clock=clock)
        try:
            record(other, "saved on another workstation during the copy")
        finally:
            other.close()

    folder = tmp_path / "auto"
    monkeypatch.setattr(backups, "backup_database", copy_then_another_workstation_saves)
    first = automatic_backup(clocked, folder)
    assert first is not None and first.cases == 0 and first.chain_after == ""
    monkeypatch.setattr(backups, "backup_database", copy)
    clock.now += timedelta(minutes=1)
    second = automatic_backup(clocked, folder)
    assert second is not None and second.cases == 1


def test_retention_keeps_the_newest_of_each_of_the_last_seven_days_and_the_last_ten(clocked, clock, tmp_path):
    folder = tmp_path / "auto"
    taken = []
    for day in range(12):  # three closes a day, with a change before each, for twelve days
        for hour in (9, 13, 18):
            clock.now = datetime(2026, 11, 1 + day, hour, 0, tzinfo=UTC)
            record(clocked)
            info = automatic_backup(clocked, folder)
            assert info is not None
            taken.append(Path(info.path).name)
    newest_of_last_seven_days = [f"caseapp-auto-2026-11-{d:02d}-180000.sqlite3" for d in range(6, 13)]
    expected = sorted(set(newest_of_last_seven_days) | set(taken[-10:]))
    assert [p.name for p in automatic_backups(folder)] == expected
    assert len(expected) == 13  # 10 from the last 4 days, and the evenings of the 3 days before
    assert sorted(p.name for p in folder.glob("*.json")) == [name + ".json" for name in expected]


def test_retention_counts_days_that_have_a_backup_and_prunes_the_old_daily_names(tmp_path):
    folder = tmp_path / "auto"
    folder.mkdir()
    names = [f"caseapp-auto-2026-10-{d:02d}.sqlite3" for d in range(1, 31, 3)]  # the former one-a-day names
    names += ["caseapp-auto-2026-11-20-090000.sqlite3", "caseapp-auto-2026-11-20-170000.sqlite3"]
    for name in names:
        (folder / name).write_bytes(b"old")
    kept = [p.name for p in kept_backups(automatic_backups(folder), keep_days=3, keep_last=2)]
    assert kept == ["caseapp-auto-2026-10-25.sqlite3", "caseapp-auto-2026-10-28.sqlite3",
                    "caseapp-auto-2026-11-20-090000.sqlite3", "caseapp-auto-2026-11-20-170000.sqlite3"]
    assert [p.name for p in kept_backups(automatic_backups(folder), keep_days=0, keep_last=0)] == [
        "caseapp-auto-2026-11-20-170000.sqlite3"]  # never the newest


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


# -- restore checks the backup's record and whose database it is (issue 12, finding 10) -------------------------

def rewrite_record(source: Path, **changes) -> None:
    record = json.loads(sidecar_of(source).read_text(encoding="utf-8"))
    record.update(changes)
    sidecar_of(source).write_text(json.dumps(record), encoding="utf-8")


def test_restore_refuses_a_backup_without_a_record_unless_accepted(app, tmp_path):
    from caseapp.services.backup import RestoreNeedsConfirmation

    backup(app, tmp_path / "b.sqlite3", actor=None)
    sidecar_of(tmp_path / "b.sqlite3").unlink()
    path = app.path
    app.close()
    before = path.read_bytes()
    with pytest.raises(RestoreNeedsConfirmation, match="b.sqlite3.json is missing") as asked:
        restore(path, tmp_path / "b.sqlite3", actor="ada", clock=fixed_clock)
    assert asked.value.option == "without_record" and path.read_bytes() == before
    result = restore(path, tmp_path / "b.sqlite3", actor="ada", clock=fixed_clock, without_record=True).value
    assert result.cases == 1
    restored = CaseApp.open(path, clock=fixed_clock)
    try:
        assert restored._audit.entries()[-1].detail["without_record"] is True
    finally:
        restored.close()


@pytest.mark.parametrize("content", ["[1, 2]", "not json", '{"sha256": "x"}', "null"])
def test_a_malformed_record_asks_for_consent_instead_of_a_traceback(app, tmp_path, content):
    from caseapp.services.backup import RestoreNeedsConfirmation

    backup(app, tmp_path / "b.sqlite3", actor=None)
    sidecar_of(tmp_path / "b.sqlite3").write_text(content, encoding="utf-8")
    path = app.path
    app.close()
    with pytest.raises(RestoreNeedsConfirmation, match="backup record"):
        restore(path, tmp_path / "b.sqlite3", actor=None, clock=fixed_clock)


@pytest.mark.parametrize("change,message", [
    ({"sha256": "0" * 64}, "does not match the SHA-256 in its backup record"),
    ({"size": 4096}, "its backup record says 4096"),
    ({"cases": 7}, "holds 1 cases, its backup record says 7"),
    ({"chain_hash": "f" * 64}, "the anchor hash ffffffffffffffff... is not in the audit chain"),
])
def test_restore_checks_the_file_against_its_record(app, tmp_path, change, message):
    backup(app, tmp_path / "b.sqlite3", actor=None)
    rewrite_record(tmp_path / "b.sqlite3", **change)
    path = app.path
    app.close()
    before = path.read_bytes()
    with pytest.raises(BackupError, match="refused") as refused:
        restore(path, tmp_path / "b.sqlite3", actor=None, clock=fixed_clock)
    assert message in str(refused.value) and path.read_bytes() == before


def test_a_record_whose_chain_hash_is_older_than_the_backup_is_refused(app, tmp_path):
    """A backup whose newest entries were cut, with a record made to match the file but naming a hash that is
    not the backup's latest (or an older record's hash), is refused; an empty chain hash is no record."""
    import hashlib

    from caseapp.services.backup import RestoreNeedsConfirmation

    older = app._audit.entries()[0].hash  # the database's first entry: the backup holds newer ones
    backup(app, tmp_path / "b.sqlite3", actor=None)
    source = tmp_path / "b.sqlite3"
    rewrite_record(source, chain_hash=older)
    path = app.path
    app.close()
    with pytest.raises(BackupError, match="is in its chain but is not the latest"):
        restore(path, source, actor=None, clock=fixed_clock)
    rewrite_record(source, chain_hash="", sha256=hashlib.sha256(source.read_bytes()).hexdigest())
    with pytest.raises(RestoreNeedsConfirmation, match="no valid chain_hash"):
        restore(path, source, actor=None, clock=fixed_clock)


def other_database(path: Path, catalogue, *, code: str, admin: str) -> Path:
    from caseapp.services.auth import Accounts

    other = CaseApp.open(path, catalogue=catalogue, clock=fixed_clock)
    try:
        other.initialise(agency_code=code, timezone="UTC")
        Accounts(other).create_first_admin(admin, "correct horse battery")
        backup(other, path.with_name("other-backup.sqlite3"), actor=admin)
    finally:
        other.close()
    return path.with_name("other-backup.sqlite3")


@pytest.mark.parametrize("code,admin", [("ELSEWHERE", "ada"), ("TB", "mallory")], ids=["agency", "admins"])
def test_a_backup_of_another_agency_or_with_other_admins_needs_consent(app, tmp_path, catalogue, code, admin):
    from caseapp.services.auth import Accounts
    from caseapp.services.backup import RestoreNeedsConfirmation

    Accounts(app).create_first_admin("ada", "correct horse battery")
    (tmp_path / "other").mkdir()
    source = other_database(tmp_path / "other" / "cases.sqlite3", catalogue, code=code, admin=admin)
    path = app.path
    app.close()
    before = path.read_bytes()
    with pytest.raises(RestoreNeedsConfirmation, match="is not a backup of this agency's database") as asked:
        restore(path, source, actor="ada", clock=fixed_clock)
    assert asked.value.option == "other_agency" and path.read_bytes() == before
    assert f"({code})" in str(asked.value) or code in str(asked.value)
    restore(path, source, actor="ada", clock=fixed_clock, other_agency=True)
    restored = CaseApp.open(path, clock=fixed_clock)
    try:
        assert restored._store.setting("agency_code") == code
    finally:
        restored.close()


def test_the_cli_refuses_without_a_record_in_one_line_and_restores_with_the_option(tmp_path, monkeypatch):
    import io

    from caseapp.cli import main
    from caseapp.services.auth import Accounts
    from tests.conftest import PASSWORD, make_users_database

    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    db = tmp_path / "cases.sqlite3"
    make_users_database(db)
    app = CaseApp.open(db, clock=fixed_clock)
    try:
        Accounts(app).authenticate("ada", PASSWORD)  # signed in: the backup's entry is signed
        backup(app, tmp_path / "b.sqlite3", actor="ada")
    finally:
        app.close()
    sidecar_of(tmp_path / "b.sqlite3").write_text("[]", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db), "--user", "ada", "restore", str(tmp_path / "b.sqlite3")], out=out, err=err)
    assert code == 1 and len(err.getvalue().splitlines()) == 1 and "--without-record" in err.getvalue()
    assert "not a record (a JSON list)" in err.getvalue()
    out, err = io.StringIO(), io.StringIO()
    code = main(["--db", str(db), "--user", "ada", "restore", "--without-record", str(tmp_path / "b.sqlite3")],
                out=out, err=err)
    assert code == 0 and out.getvalue().startswith("restored 0 cases")


# -- a full disk under the database does not prevent a backup to another disk (issue 12, finding 22) ------------

def fill_the_disk(app: CaseApp) -> None:
    """No room left for one more audit entry, as on a full disk (SQLite's max_page_count, for this connection):
    the last pages' free space is filled with entries first, so even a short login entry finds none."""
    from caseapp.services.auth import Accounts

    if Accounts(app).has_users():
        Accounts(app).authenticate("ada", PASSWORD)  # the filling entries are ada's, signed
    pages = app._db.execute("PRAGMA page_count").fetchone()[0]
    app._db.execute(f"PRAGMA max_page_count = {pages}")
    while True:
        try:
            with app._store.transaction():
                app._audit.append(at=app.now_utc_text(), actor="ada", action="print", entity="database",
                                 entity_id=None, detail={})
        except DiskFull:
            return


@pytest.fixture
def full_disk_cli(tmp_path, monkeypatch):
    import caseapp.cli as cli
    from tests.conftest import PASSWORD, make_users_database

    monkeypatch.setenv("CASEAPP_PASSWORD", PASSWORD)
    db = tmp_path / "full" / "cases.sqlite3"
    db.parent.mkdir()
    make_users_database(db)
    opened = cli._open

    def on_a_full_disk(args):
        app = opened(args)
        fill_the_disk(app)
        return app

    monkeypatch.setattr(cli, "_open", on_a_full_disk)
    return db


def cli_run(*argv: str) -> tuple[int, str, str]:
    import io

    from caseapp.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_full_disk_does_not_prevent_a_backup_to_another_disk(full_disk_cli, tmp_path):
    """Signing in wrote an audit entry, so on a full disk every command that signs in failed, `backup` too. The
    login entry is written when it can be, else noted in the backup's record, as is the backup's own entry."""
    db = full_disk_cli
    before = CaseApp.open(db)
    try:
        entries = len(before._audit.entries())
    finally:
        before.close()
    (tmp_path / "other-disk").mkdir()
    target = tmp_path / "other-disk" / "copy.sqlite3"
    code, out, err = cli_run("--db", str(db), "--user", "ada", "backup", str(target))
    assert (code, err) == (0, ""), err
    assert out.startswith("backed up 0 cases, 0 exhibits to ")
    notes = [line for line in out.splitlines() if line.startswith("note: ")]
    assert len(notes) == 2 and "ada signed in at" in notes[0] and "the backup's audit entry (ada" in notes[1]
    record = json.loads(sidecar_of(target).read_text(encoding="utf-8"))
    assert [n[:15] for n in record["unrecorded"]] == ["ada signed in a", "the backup's au"]
    copy = CaseApp.open(target, clock=fixed_clock)
    try:
        assert copy.verify(record["chain_hash"]).ok and copy._audit.latest_hash() == record["chain_hash"]
    finally:
        copy.close()
    live = CaseApp.open(db, clock=fixed_clock)
    try:
        assert live.verify().ok
        notes_written = [e for e in live._audit.entries() if e.action in ("print", "login")]
        assert len(live._audit.entries()) == entries + len(notes_written)  # no login, no backup entry
    finally:
        live.close()


def test_on_a_full_disk_a_wrong_password_still_refuses_the_backup(full_disk_cli, tmp_path, monkeypatch):
    monkeypatch.setenv("CASEAPP_PASSWORD", "not the password at all")
    code, out, err = cli_run("--db", str(full_disk_cli), "--user", "ada", "backup", str(tmp_path / "copy.sqlite3"))
    assert code == 1 and out == "" and "wrong login name or password" in err
    assert not (tmp_path / "copy.sqlite3").exists()


def test_a_backup_whose_own_entry_cannot_be_written_is_kept_with_the_note(app, tmp_path):
    fill_the_disk(app)
    info = backup(app, tmp_path / "b.sqlite3", actor="ada")
    assert info.unrecorded and "could not be written: the disk holding the database is full" in info.unrecorded[0]
    assert not info.chain_after  # nothing shows the database unchanged since: the next close backs up again
    path = app.path  # the backup restores like any other (its record is complete)
    app._db.execute("PRAGMA max_page_count = 1073741823")
    app.close()
    assert restore(path, tmp_path / "b.sqlite3", actor=None, clock=fixed_clock).value.cases == 1
