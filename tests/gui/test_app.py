"""Starting the application: a bad database is a message (exit 1, nothing written), --version, the demo."""

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit

from caseapp.gui import app as gui_app
from caseapp.gui.main_window import MainWindow
from caseapp.services.app import CaseApp
from caseapp.services.auth import Accounts
from caseapp.services.demo import DEMO_PASSWORD, create_demo_database
from caseapp.store.contract import CaseListQuery
from tests.conftest import fixed_clock


def test_version_from_the_gui_entry_point():
    result = subprocess.run([sys.executable, "-m", "caseapp.gui.app", "--version"], capture_output=True, text=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0 and result.stdout.startswith("caseapp ")


@pytest.mark.parametrize("content", [b"this is not a database at all" * 100, b""])
def test_a_file_that_is_not_a_database_is_a_message_and_stays_untouched(tmp_path, dialogs, content):
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(content or b"PK\x03\x04 a zip file, not SQLite")
    before = bad.read_bytes()
    assert gui_app.main(["--db", str(bad)]) == 1
    assert bad.read_bytes() == before
    (message,) = dialogs.texts("critical")
    assert "cannot be opened" in message and "notes.sqlite3" in message


def test_cancelling_the_login_leaves_quietly(tmp_path, dialogs, monkeypatch):
    monkeypatch.setattr(gui_app, "sign_in", lambda app, hint="": None)
    assert gui_app.main(["--db", str(tmp_path / "new.sqlite3")]) == 0
    assert (tmp_path / "new.sqlite3").exists() and not dialogs.shown


def test_a_new_database_records_its_creation_in_the_audit_log(tmp_path):
    app = gui_app.open_database(tmp_path / "fresh.sqlite3")
    try:
        assert [e.action for e in app._audit.entries()] == ["init"]
        assert not Accounts(app).has_users()  # the first-admin dialog comes next
    finally:
        app.close()


def test_opening_a_database_with_a_long_audit_log_does_not_read_the_log(tmp_path, monkeypatch):
    """Start-up asks only whether the log is empty: decoding every entry of a big database took seconds."""
    from caseapp.store.sqlite.audit import AuditLog

    path = tmp_path / "used.sqlite3"
    gui_app.open_database(path).close()

    def whole_log(*args, **kwargs):
        raise AssertionError("the whole audit log was read at start-up")

    monkeypatch.setattr(AuditLog, "entries", whole_log)
    app = gui_app.open_database(path)
    try:
        assert app.has_history()
    finally:
        app.close()
    fresh = CaseApp.open(":memory:")
    try:
        assert not fresh.has_history()
    finally:
        fresh.close()


def test_the_demo_database_opens_in_the_main_window(qtbot, tmp_path):
    logins = create_demo_database(tmp_path / "demo.sqlite3", clock=fixed_clock)
    assert ("olga", "officer") in logins and ("sam", "supervisor") in logins
    app = CaseApp.open(tmp_path / "demo.sqlite3", clock=fixed_clock)
    try:
        user = Accounts(app).authenticate("sam", DEMO_PASSWORD)
        window = MainWindow(app, user)
        qtbot.addWidget(window)
        assert window.model.rowCount() == 200  # the first page; more as it scrolls
        assert app.case_count(CaseListQuery(status="submitted")) > 0
        window.status_filter.setCurrentIndex(window.status_filter.findData("submitted"))
        assert {r.status for r in window.model.rows} == {"submitted"}
        window.close()
    finally:
        app.close()


def test_every_field_of_the_case_form_has_an_accessible_name(qtbot, disk_app, users):
    window = MainWindow(disk_app, users["olga"])
    qtbot.addWidget(window)
    form = window.new_case().form
    fields = form.findChildren(QLineEdit) + form.findChildren(QComboBox) + form.findChildren(QPlainTextEdit)
    # Qt's own parts (a combo's line edit, the calendar's year box) are named by their owners
    unnamed = [f for f in fields if not f.accessibleName() and not isinstance(f.parent(), QComboBox)
               and not f.objectName().startswith("qt_")]
    assert not unnamed, [type(f).__name__ + " " + f.objectName() for f in unnamed]
