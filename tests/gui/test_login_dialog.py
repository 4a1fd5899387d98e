"""The login and first-admin dialogs, typed into like a user: refusals inline, the dialog stays open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from caseapp.gui.dialogs.login import FirstAdminDialog, LoginDialog
from caseapp.services.auth import MAX_FAILED_LOGINS, Accounts, Role
from tests.conftest import FILE_ONLY, PASSWORD


@pytest.fixture
def login_dialog(qtbot, disk_app, users):
    dialog = LoginDialog(Accounts(disk_app), database_label=str(disk_app.location), hint="Demo: olga / sam")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_login(qtbot, dialog: LoginDialog, login: str, password: str) -> None:
    """Login name, Tab, password, Return: the keys a user presses."""
    dialog.login_edit.setFocus()
    dialog.login_edit.selectAll()
    qtbot.keyClicks(dialog.login_edit, login)
    qtbot.keyClick(dialog.login_edit, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.password_edit
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_wrong_password_is_refused_inline_then_the_right_one_logs_in(qtbot, login_dialog):
    dialog = login_dialog
    assert dialog.password_edit.echoMode() is QLineEdit.EchoMode.Password
    assert not dialog.error_label.isVisible()
    type_login(qtbot, dialog, "olga", "not the password")
    assert dialog.isVisible() and dialog.user is None
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Wrong login name or password."
    assert dialog.password_edit.text() == "" and dialog.login_edit.text() == "olga"
    assert dialog.focusWidget() is dialog.password_edit

    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.user is not None and dialog.user.login == "olga" and dialog.user.role is Role.OFFICER


# a lockout is an SQLite file's own (on a server, failed sign-ins are the server's to limit)
@FILE_ONLY
def test_a_locked_account_shows_until_when(qtbot, login_dialog):
    for _ in range(MAX_FAILED_LOGINS):
        type_login(qtbot, login_dialog, "olga", "not the password")
    type_login(qtbot, login_dialog, "olga", PASSWORD)
    assert login_dialog.isVisible() and login_dialog.user is None
    text = login_dialog.error_label.text()
    assert "locked" in text and "2026-11-25 12:15 UTC" in text


def test_a_deactivated_account_is_named(qtbot, login_dialog, disk_app, users):
    Accounts(disk_app).deactivate(users["ada"], "li")
    type_login(qtbot, login_dialog, "li", PASSWORD)
    assert "deactivated" in login_dialog.error_label.text() and login_dialog.isVisible()


def test_empty_fields_are_asked_for_without_a_login_attempt(qtbot, login_dialog, disk_app):
    before = len(disk_app._audit.entries())
    qtbot.keyClick(login_dialog.login_edit, Qt.Key.Key_Return)
    assert "login name" in login_dialog.error_label.text() and login_dialog.isVisible()
    assert len(disk_app._audit.entries()) == before


def test_database_and_hint_are_shown_and_fields_have_names_and_buddies(login_dialog, disk_app):
    assert str(disk_app.location).rsplit("/", 1)[-1] in login_dialog.database_label.text()  # the file, or database
    assert login_dialog.database_label.toolTip() == str(disk_app.location)
    assert login_dialog.hint_label.text() == "Demo: olga / sam" and login_dialog.hint_label.isVisible()
    buddies = {label.buddy() for label in login_dialog.findChildren(QLabel) if label.buddy() is not None}
    assert {login_dialog.login_edit, login_dialog.password_edit} <= buddies
    assert login_dialog.login_edit.accessibleName() and login_dialog.password_edit.accessibleName()


def test_first_admin_needs_matching_passwords_then_is_created(qtbot, disk_app):
    accounts = Accounts(disk_app)
    assert not accounts.has_users()
    dialog = FirstAdminDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.login_edit.setFocus()
    for text in ("ada", "Ada Admin", "B-1", PASSWORD, PASSWORD + "x"):
        widget = dialog.focusWidget()
        qtbot.keyClicks(widget, text)
        if text != PASSWORD + "x":
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.repeat_edit
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.user is None and not accounts.has_users()
    assert "differ" in dialog.error_label.text()
    assert dialog.repeat_edit.text() == "" and dialog.password_edit.text() == PASSWORD

    qtbot.keyClicks(dialog.repeat_edit, PASSWORD)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user is not None and dialog.user.role is Role.ADMIN
    assert (dialog.user.login, dialog.user.display_name, dialog.user.badge) == ("ada", "Ada Admin", "B-1")
    assert accounts.authenticate("ada", PASSWORD).login == "ada"


def test_first_admin_password_rules_are_the_services(qtbot, disk_app):
    dialog = FirstAdminDialog(Accounts(disk_app))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.login_edit, "ada")
    qtbot.keyClicks(dialog.password_edit, "short")
    qtbot.keyClicks(dialog.repeat_edit, "short")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "at least 10 characters" in dialog.error_label.text()
    assert dialog.password_edit.text() == "" and dialog.repeat_edit.text() == ""
    assert not Accounts(disk_app).has_users()
