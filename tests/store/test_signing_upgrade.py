"""A database made before signed entries (tests/data/before_signing.sqlite3: made by the previous version with an
admin ada, officer olga and supervisor sam, one approved case with a photo, password PASSWORD) opens, verifies,
and gives each account a key at its next sign-in; its old entries are reported unsigned, never tampered."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.workflow import Workflow
from tests.conftest import DATA, PASSWORD, fixed_clock

ANCHOR_BEFORE_UPGRADE = "42ec7f9d5cbc672eb889d3ff7c9cb86d5fd63a85bd3c611fb0efa3f8cbc72c2e"


@pytest.fixture
def old_app(tmp_path: Path):
    path = tmp_path / "before_signing.sqlite3"
    shutil.copyfile(DATA / "before_signing.sqlite3", path)
    app = CaseApp.open(path, clock=fixed_clock)
    yield app
    app.close()


def test_an_old_database_opens_and_verifies_with_its_entries_reported_unsigned(old_app):
    report = old_app.verify(ANCHOR_BEFORE_UPGRADE)
    assert report.ok, report.problems
    assert report.admin_key == ""
    assert any("audit entries are unsigned" in note for note in report.notes)
    assert any(note.endswith("ada, olga, sam") and "no signing key yet" in note for note in report.notes)
    assert [e.action for e in old_app._audit.entries()][-1] == "schema"  # the users rows filed again


def test_accounts_get_keys_at_their_next_sign_in_and_sign_from_then_on(old_app):
    accounts = Accounts(old_app)
    sam = accounts.authenticate("sam", PASSWORD)
    ada = accounts.authenticate("ada", PASSWORD)
    report = old_app.verify()
    assert report.ok, report.problems
    assert len(report.admin_key) == 64 and report.admin_key == old_app.admin_key_fingerprint()
    assert any(note.endswith(": sam") and "no admin signed" in note for note in report.notes), report.notes
    assert any(note.endswith(": olga") and "no signing key yet" in note for note in report.notes), report.notes
    olga = accounts.authenticate("olga", PASSWORD)
    olga_case = Workflow(old_app).create(olga, Case(occurred_at="2026-11-20", location=Location(country="CA"),
                                                    exhibits=[Exhibit(substance="cocaine",
                                                                      quantity=Quantity(Decimal("3"), "kg"))])).value
    accounts.add_user(ada, "li", PASSWORD, role="officer")  # signed by the root: li's key is endorsed
    Workflow(old_app).submit(olga, olga_case.case_number)
    Workflow(old_app).return_case(sam, olga_case.case_number, "weigh it again")
    entries = old_app._db.execute("SELECT action, actor, signature IS NOT NULL FROM audit_log WHERE id > "
                                 "(SELECT id FROM audit_log WHERE action = 'schema')").fetchall()
    assert all(signed for _, _, signed in entries), entries
    report = old_app.verify(ANCHOR_BEFORE_UPGRADE, admin_key=report.admin_key)
    assert report.ok, report.problems
    assert not any("li" in note.split(": ")[-1].split(", ") for note in report.notes), report.notes


def test_after_its_first_sign_in_an_old_account_cannot_have_unsigned_entries(old_app):
    from tests.test_forgery import forge_entry

    Accounts(old_app).authenticate("sam", PASSWORD)
    forged = forge_entry(old_app.path, actor="sam", action="export", entity="file", entity_id="all.json",
                         detail={"format": "json", "cases": 1}, rows={})
    report = old_app.verify()
    assert not report.ok
    assert report.first_bad_entry == forged
    assert "in the name of sam is not signed" in report.problems[0]
