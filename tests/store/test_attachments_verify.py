"""Attachments under verify: every row is in the audit ledger (its BLOB included) and every attachment's
bytes are re-hashed, so a raw UPDATE, DELETE or INSERT through sqlite3 is caught."""

import hashlib
import sqlite3
from decimal import Decimal

import pytest
from argon2 import PasswordHasher

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.app import CaseApp
from caseapp.services.attachments import Attachments
from caseapp.services.auth import Accounts
from caseapp.services.workflow import Workflow
from caseapp.store.sqlite.attachments import AttachmentStore
from caseapp.store.sqlite.audit import AUDITED_TABLES
from caseapp.store.sqlite.verify import verify_database
from tests.conftest import PASSWORD, fixed_clock

PHOTO = bytes(range(256)) * 64  # 16 KiB: spills into overflow pages, like a real photo


@pytest.fixture
def db_file(db_path, catalogue, tmp_path):
    """A database file with three attachments: one on the case, one on exhibit 01 (removed), one on 02."""
    app = CaseApp.open(db_path, catalogue=catalogue, clock=fixed_clock)
    app.initialise(timezone="UTC", agency_code="TEST")
    accounts = Accounts(app, hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    admin = accounts.create_first_admin("admin", PASSWORD).value
    accounts.add_user(admin, "olga", PASSWORD, role="officer")
    olga = accounts.authenticate("olga", PASSWORD)
    case = Workflow(app).create(olga, Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"),
        exhibits=[Exhibit(substance="fentanyl", quantity=Quantity(Decimal("12.5"), "g")),
                  Exhibit(substance="cocaine", quantity=Quantity(Decimal("1"), "kg"))])).value
    service = Attachments(app)
    for index, (name, exhibit) in enumerate((("scene.jpg", None), ("blurred.jpg", "01"), ("form.pdf", "02"))):
        path = tmp_path / name
        path.write_bytes(PHOTO[index:])
        service.add(olga, case.case_number, path, exhibit_number=exhibit)
    service.remove(olga, 2, "out of focus")
    app.close()
    return db_path


def tamper(path, sql, params=()):
    conn = sqlite3.connect(path)
    conn.execute(sql, params)
    conn.commit()
    conn.close()


def verify(path, catalogue):
    app = CaseApp.open(path, catalogue=catalogue)
    try:
        return verify_database(app._db)
    finally:
        app.close()


def case_number(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT case_number FROM cases").fetchone()[0]
    finally:
        conn.close()


def test_attachments_are_an_audited_table():
    assert "attachments" in AUDITED_TABLES


def test_an_untouched_database_with_attachments_verifies(db_file, catalogue):
    report = verify(db_file, catalogue)
    assert report.ok, report.problems
    app = CaseApp.open(db_file, catalogue=catalogue)
    try:
        rows = AttachmentStore(app._db).list_for_case(1, include_removed=True)
        assert [(a.id, a.exhibit_number, a.removed) for a in rows] == [
            (1, None, False), (2, "01", True), (3, "02", False)]
        assert all(a.sha256 == hashlib.sha256(PHOTO[i:]).hexdigest() for i, a in enumerate(rows))
        assert Attachments(app).content(3) == PHOTO[2:]
        assert app.verify().ok
    finally:
        app.close()


TAMPERS = {
    "update content": ("UPDATE attachments SET content = ? WHERE id = 1", [b"a different photo"]),
    "update content of a removed one": ("UPDATE attachments SET content = ? WHERE id = 2", [b"x"]),
    "update sha256": ("UPDATE attachments SET sha256 = ? WHERE id = 3", ["0" * 64]),
    "update size": ("UPDATE attachments SET size = size + 1 WHERE id = 3", []),
    "update caption": ("UPDATE attachments SET caption = 'edited' WHERE id = 1", []),
    "move to another exhibit": ("UPDATE attachments SET exhibit_id = 1 WHERE id = 3", []),
    "un-remove": ("UPDATE attachments SET removed_at = NULL, removed_by = NULL, removed_reason = NULL "
                  "WHERE id = 2", []),
    "delete row": ("DELETE FROM attachments WHERE id = 3", []),
    "delete a removed row": ("DELETE FROM attachments WHERE id = 2", []),
    "insert row": ("INSERT INTO attachments (case_id, file_name, media_type, size, sha256, content, added_by, "
                   "added_at) VALUES (1, 'planted.jpg', 'image/jpeg', 3, ?, ?, 'olga', '2026-11-25T12:00:00Z')",
                   [hashlib.sha256(b"abc").hexdigest(), b"abc"]),
    "rewrite ledger": ("UPDATE audit_rows SET row_hash = 'f00' WHERE tbl = 'attachments' AND row_id = 1", []),
}


@pytest.mark.parametrize("name", sorted(TAMPERS))
def test_raw_changes_to_attachments_are_caught(db_file, catalogue, name):
    sql, params = TAMPERS[name]
    tamper(db_file, sql, params)
    report = verify(db_file, catalogue)
    assert not report.ok
    assert report.problems[0]


@pytest.mark.parametrize("name", ["update content", "update content of a removed one", "update sha256"])
def test_a_hash_mismatch_names_the_attachment_and_its_case(db_file, catalogue, name):
    sql, params = TAMPERS[name]
    tamper(db_file, sql, params)
    report = verify(db_file, catalogue)
    attachment_id = sql.rsplit("id = ", 1)[1]
    wanted = f"attachment {attachment_id} of case {case_number(db_file)}: its content does not match its SHA-256"
    assert any(p.startswith(wanted) for p in report.problems), report.problems
    assert any(p.startswith(f"attachments row {attachment_id} was changed") for p in report.problems)


def test_a_size_mismatch_is_named(db_file, catalogue):
    tamper(db_file, *TAMPERS["update size"])
    problems = verify(db_file, catalogue).problems
    assert any("attachment 3 of case" in p and "its record says" in p for p in problems), problems


def test_a_planted_row_with_a_correct_hash_is_still_caught(db_file, catalogue):
    tamper(db_file, *TAMPERS["insert row"])
    problems = verify(db_file, catalogue).problems
    assert problems == ["attachments row 4 was inserted outside the application (no audit entry)",
                        "attachment 4 has no attach entry"]


def test_content_stored_as_text_is_caught(db_file, catalogue):
    tamper(db_file, "UPDATE attachments SET content = 'a photo, honestly' WHERE id = 1")
    problems = verify(db_file, catalogue).problems
    assert any(p.startswith("attachment 1 of case") and "stored as text" in p for p in problems), problems


def test_content_that_is_not_even_text_is_caught(db_file, catalogue):
    tamper(db_file, "UPDATE attachments SET content = CAST(content AS TEXT) WHERE id = 1")  # not UTF-8
    report = verify(db_file, catalogue)
    assert not report.ok and report.problems[0]
