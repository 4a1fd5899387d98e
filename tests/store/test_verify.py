"""Tamper tests: a raw UPDATE, DELETE or INSERT through sqlite3 on any audited table makes verify fail."""

import sqlite3
from decimal import Decimal

import pytest

from caseapp.services.app import CaseApp
from caseapp.services.transfer import import_file
from caseapp.store.sqlite.verify import verify_database
from tests.conftest import fixed_clock


@pytest.fixture
def db_file(db_path, data_dir, catalogue):
    app = CaseApp.open(db_path, catalogue=catalogue, clock=fixed_clock)
    app.initialise(timezone="UTC", agency_code="TEST")
    assert import_file(app, data_dir / "sample_ids.csv", actor="tester").value.committed
    assert import_file(app, data_dir / "sample.json", actor="tester").value.committed
    app.close()
    return db_path


def tamper(path, sql):
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


def verify(path, catalogue):
    app = CaseApp.open(path, catalogue=catalogue)
    try:
        return verify_database(app._db)
    finally:
        app.close()


def test_an_untouched_database_verifies(db_file, catalogue):
    report = verify(db_file, catalogue)
    assert report.ok, report.problems
    assert report.entries == 3 and report.rows_checked > 20 and len(report.latest_hash) == 64


TAMPERS = {
    "update case": "UPDATE cases SET origin_country = 'FR' WHERE id = 2",
    "update exhibit": "UPDATE exhibits SET quantity = '0.05' WHERE id = 1",
    "update person": "UPDATE persons SET name = 'Someone Else' WHERE id = 1",
    "update setting": "UPDATE settings SET value = 'Europe/Paris' WHERE key = 'timezone'",
    "delete case": "DELETE FROM cases WHERE id = 12",
    "delete exhibit": "DELETE FROM exhibits WHERE id = 17",
    "delete person": "DELETE FROM persons WHERE id = 2",
    "delete setting": "DELETE FROM settings WHERE key = 'agency_code'",
    "insert case": "INSERT INTO cases (case_number, recorded_at, created_at, updated_at) "
                   "VALUES ('FAKE-1', 'x', 'x', 'x')",
    "insert exhibit": "INSERT INTO exhibits (case_id, number, kind) VALUES (1, '99', 'drug')",
    "insert person": "INSERT INTO persons (case_id, position, role) VALUES (1, 9, 'witness')",
    "insert setting": "INSERT INTO settings (key, value) VALUES ('x', 'y')",
    "update audit entry": "UPDATE audit_log SET actor = 'nobody' WHERE id = 2",
    "delete audit entry": "DELETE FROM audit_log WHERE id = 2",
    "insert audit entry": "INSERT INTO audit_log (at, action, entity, detail, prev_hash, hash) "
                          "VALUES ('x', 'x', 'x', '{}', 'x', 'x')",
    "rewrite ledger": "UPDATE audit_rows SET row_hash = 'f00' WHERE tbl = 'exhibits' AND row_id = 3",
    "delete ledger row": "DELETE FROM audit_rows WHERE tbl = 'cases' AND row_id = 5",
    "delete search term": "DELETE FROM exhibit_terms WHERE exhibit_id = 2",
    "insert search term": "INSERT INTO exhibit_terms VALUES ('s:heroin', '2020-01-01', 3)",
    "delete full-text row": "DELETE FROM exhibits_fts WHERE rowid = (SELECT max(rowid) FROM exhibits_fts)",
}


@pytest.mark.parametrize("name", sorted(TAMPERS))
def test_raw_changes_are_caught(db_file, catalogue, name):
    tamper(db_file, TAMPERS[name])
    report = verify(db_file, catalogue)
    assert not report.ok
    assert report.problems[0]


def test_the_first_bad_entry_is_named(db_file, catalogue):
    tamper(db_file, "UPDATE audit_log SET detail = '{}' WHERE id = 2")
    report = verify(db_file, catalogue)
    assert report.first_bad_entry == 2 and "audit entry 2" in report.problems[0]


@pytest.fixture
def db_with_people(db_file, catalogue):
    from caseapp.core.custody import CustodyEvent
    from caseapp.core.errors import CaseAppError
    from caseapp.services.auth import Accounts
    from caseapp.services.custody import Custody

    app = CaseApp.open(db_file, catalogue=catalogue, clock=fixed_clock)
    accounts = Accounts(app)
    admin = accounts.create_first_admin("admin", "correct horse battery").value
    accounts.add_user(admin, "olga", "correct horse battery", role="officer")
    olga = accounts.authenticate("olga", "correct horse battery")
    with pytest.raises(CaseAppError):
        accounts.authenticate("olga", "a wrong password")  # failed_logins is 1 in the database
    Custody(app).record(olga, "CBSA-2024-000101", "01",
                        CustodyEvent("seized", "2024-03-05T15:00", "", holder="olga", location="Desk"))
    assert app.verify().ok
    app.close()
    return db_file


@pytest.mark.parametrize("sql", [
    "UPDATE users SET role = 'admin' WHERE login = 'olga'",
    "UPDATE users SET failed_logins = 0, locked_until = NULL",
    "DELETE FROM users WHERE login = 'olga'",
    "INSERT INTO users (login, display_name, role, password_hash, created_at, updated_at) "
    "VALUES ('mallory', 'M', 'supervisor', 'x', 'x', 'x')",
    "UPDATE custody_events SET at = '2024-03-04T15:00'",
    "DELETE FROM custody_events",
    "INSERT INTO custody_events (exhibit_id, seq, type, at, actor, detail, recorded_at) "
    "VALUES (1, 2, 'stored', '2024-03-06T10:00', 'olga', '{}', 'x')",
], ids=["role", "unlock", "delete user", "insert user", "custody time", "delete custody", "insert custody"])
def test_raw_changes_to_users_and_custody_are_caught(db_with_people, catalogue, sql):
    tamper(db_with_people, sql)
    assert not verify(db_with_people, catalogue).ok


def test_row_hashes_are_pinned():
    """The bytes behind every stored row hash must never change with the Python version."""
    from caseapp.store.sqlite.audit import row_hash

    assert row_hash("cases", (1, "CASE-2026-000001", None, "Zoë", 12345678901234567890, "")) == (
        "7f35809e532f6ca505a1260c7a0947567ae591313aacce32f9311ee15fceacaa")
    assert row_hash("t", (None,)) != row_hash("t", ("None",))
    assert row_hash("t", (1,)) != row_hash("t", ("1",))
    assert row_hash("t", ("a", "bc")) != row_hash("t", ("ab", "c"))
    interned, built = "draft", "".join(["dr", "aft"])
    assert row_hash("t", (interned,)) == row_hash("t", (built,))


def test_a_save_landing_while_verify_reads_is_not_reported_as_tampering(tmp_path, monkeypatch, catalogue):
    """Verify compares the chain with the rows in one snapshot: another connection saving between its
    reads (another workstation, the window's worker) must not look like a change made outside the app."""
    import caseapp.store.sqlite.verify as verify_module
    from caseapp.core.model import Case, Exhibit, Location, Quantity
    from caseapp.services.app import CaseApp
    from tests.conftest import fixed_clock

    path = tmp_path / "cases.sqlite3"
    checker = CaseApp.open(path, catalogue=catalogue, clock=fixed_clock)
    checker.initialise(timezone="UTC")
    writer = CaseApp.open(path, catalogue=catalogue, clock=fixed_clock)

    def case(n: int) -> Case:
        return Case(occurred_at="2026-11-20", location=Location(country="CA"),
                    exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal(n), "g"))])

    writer.record_case(case(1), actor="olga")
    original = verify_module._ledger_digests

    class SavedBetweenTwoReads:
        """The database as verify reads it, with another connection saving a case after verify read the
        rows filed under each entry and before it reads the entries."""

        def __init__(self, db):
            self.db = db

        def __getattr__(self, name):
            return getattr(self.db, name)

        def execute(self, sql, *args):
            if sql.startswith("SELECT id, detail FROM audit_log"):
                writer.record_case(case(2), actor="olga")
            return self.db.execute(sql, *args)

    monkeypatch.setattr(verify_module, "_ledger_digests", lambda db, report: original(SavedBetweenTwoReads(db),
                                                                                        report))
    report = checker.verify()
    assert report.ok, report.problems
    monkeypatch.setattr(verify_module, "_ledger_digests", original)
    assert checker.verify().ok and checker.counts()[0] == 2
    writer.close()
    checker.close()


def test_a_number_given_above_the_counter_raises_it_and_verify_holds(fresh_app, tmp_path):
    """The counter keeps up with numbers given by hand in its own form, so verify can hold every counter to
    the highest number used (it used to stay behind: the next generated number skipped past anyway)."""
    import json

    from caseapp.services.transfer import import_file

    fresh_app.initialise(agency_code="RCMP")
    case = {"occurred_at": "2024-01-01", "location": {"country": "CA"},
            "exhibits": [{"substance": "cocaine", "quantity": "1", "unit": "kg"}]}
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"cases": [case, {**case, "case_number": "RCMP-2026-000009"}]}), encoding="utf-8")
    assert import_file(fresh_app, path, actor="olga").value.committed
    assert fresh_app._db.execute("SELECT last FROM case_number_counters").fetchall() == [(9,)]
    assert fresh_app.verify().ok, fresh_app.verify().problems
    assert fresh_app.record_case(case_with_number(None), actor="olga").value.case_number == "RCMP-2026-000010"


def case_with_number(number):
    from caseapp.core.model import Case, Location

    return Case(case_number=number, location=Location(country="CA"))


def test_a_counter_left_behind_by_an_earlier_version_is_raised_by_the_migration(db_path, catalogue):
    app = CaseApp.open(db_path, catalogue=catalogue, clock=fixed_clock)
    app.initialise(agency_code="TEST", timezone="UTC")
    app.record_case(case_with_number(None), actor="olga")
    app.record_case(case_with_number("TEST-2026-000007"), actor="olga")
    app.close()
    # as an earlier version left it: the counter at the last generated number, migration 0007 not applied
    tamper(db_path, "UPDATE case_number_counters SET last = 1")
    tamper(db_path, "DELETE FROM _sqlite_migrations WHERE name = '0008_counters_cover_case_numbers'")
    report = verify(db_path, catalogue)  # opening applies the migration
    assert report.ok, report.problems
