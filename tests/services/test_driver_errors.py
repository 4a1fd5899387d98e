"""The store turns the driver's errors into the application's own: a full disk is DiskFull with nothing written,
a lock held too long is DatabaseBusy, and a worker's session is a connection of its own from the facade."""

from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest

from caseapp.core.errors import DatabaseBusy, DatabaseError, DiskFull
from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.app import CaseApp
from caseapp.services.summary import summary_report
from tests.conftest import PASSWORD, fixed_clock


def seizure(n: int = 1) -> Case:
    return Case(occurred_at="2026-11-20", location=Location(country="CA"), narrative="x" * 2000,
                exhibits=[Exhibit(substance="cocaine", quantity=Quantity(Decimal(i + 1), "g")) for i in range(n)])


@pytest.fixture
def file_app(db_path, catalogue):
    app = CaseApp.open(db_path, catalogue=catalogue, clock=fixed_clock)
    app.initialise(agency_code="TB", timezone="UTC", actor="setup")
    yield app
    app.close()


def no_room(app: CaseApp) -> None:
    """The database may not grow by a page, as on a full disk (SQLite's max_page_count, for this connection)."""
    pages = app._db.execute("PRAGMA page_count").fetchone()[0]
    app._db.execute(f"PRAGMA max_page_count = {pages}")


def test_a_save_on_a_full_disk_is_disk_full_and_writes_nothing(file_app):
    cases, entries = file_app.counts()[0], len(file_app._audit.entries())
    no_room(file_app)
    with pytest.raises(DiskFull, match="nothing was written"):
        for _ in range(50):  # the first saves may still fit in the last pages' free space
            file_app.record_case(seizure(20), actor="olga")
    assert not file_app._db.conn.in_transaction
    saved = file_app.counts()[0] - cases
    assert len(file_app._audit.entries()) - entries == saved  # each save whole with its entry; the last, nothing
    file_app._db.execute("PRAGMA max_page_count = 1073741823")
    assert file_app.verify().ok
    assert file_app.record_case(seizure(), actor="olga").value.case_number  # room again: the same connection saves
    assert file_app.counts()[0] == cases + saved + 1


def test_an_audit_entry_on_a_full_disk_is_disk_full(file_app):
    no_room(file_app)
    with pytest.raises(DiskFull, match="nothing was written"):
        for _ in range(200):
            with file_app.change("print", "database", actor=None, detail={"padding": "p" * 500}):
                pass
    assert not file_app._db.conn.in_transaction


def test_a_write_lock_held_elsewhere_is_database_busy(file_app, db_path):
    file_app._db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(str(db_path))
    other.execute("BEGIN IMMEDIATE")  # another workstation in the middle of a write
    try:
        with pytest.raises(DatabaseBusy, match="busy"), file_app.change("print", "database", actor=None):
            pass
    finally:
        other.rollback()
        other.close()
    assert not file_app._db.conn.in_transaction


def test_a_driver_error_inside_a_change_is_a_database_error_and_rolls_back(file_app):
    before = file_app.counts()
    with pytest.raises(DatabaseError, match="nothing was written") as raised, \
            file_app.change("print", "database", actor=None):
        file_app.record_case(seizure(), actor="olga")
        file_app._db.execute("SELECT * FROM no_such_table")
    assert not isinstance(raised.value, sqlite3.Error)
    assert file_app.counts() == before and not file_app._db.conn.in_transaction


def test_a_print_on_a_full_disk_is_disk_full_for_the_caller(file_app):
    import io

    from caseapp.services.auth import Accounts, Role, User
    from caseapp.store.contract import SearchQuery

    file_app.service(Accounts).create_first_admin("ada", PASSWORD)
    file_app.service(Accounts).authenticate("ada", PASSWORD)
    no_room(file_app)
    admin = User("ada", "ada", "", Role.ADMIN)
    with pytest.raises(DiskFull):
        for _ in range(200):
            summary_report(file_app, admin, SearchQuery(), io.BytesIO())


# -- a worker's connection comes from the facade ----------------------------------------------------------

def test_a_session_is_its_own_connection_to_the_same_database_with_the_same_clock_and_keys(file_app):
    session = file_app.session()
    try:
        assert session._db.conn is not file_app._db.conn
        assert session.path == file_app.path and session.clock is file_app.clock and session.keys is file_app.keys
        assert session.bundled_catalogue is file_app.bundled_catalogue
        number = session.record_case(seizure(), actor="olga").value.case_number
    finally:
        session.close()
    assert file_app.get_case(number or "").case_number == number
    assert file_app.verify().ok


def test_an_in_memory_database_has_no_session(fresh_app, backend):
    if backend != "sqlite":  # the fixture's database is on the server: a session is a connection of its own to it
        session = fresh_app.session()
        try:
            assert session.location == fresh_app.location and session.has_history()
        finally:
            session.close()
        return
    with pytest.raises(DatabaseError, match="in-memory"):
        fresh_app.session()
