"""The admin's dialogs: accounts (list, add, deactivate, reset password, unlock), agency settings and the
agency's own substances, each going through the services; and the Admin menu shown to admins only."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from caseapp.core.model import Case, Location
from caseapp.gui.dialogs.accounts import AccountsDialog, AddUserDialog, PasswordDialog
from caseapp.gui.dialogs.agency_settings import AgencySettingsDialog
from caseapp.gui.dialogs.substances import SubstancesDialog
from caseapp.gui.main_window import MainWindow
from caseapp.services.auth import MAX_FAILED_LOGINS, Accounts, AuthError, PermissionDenied
from caseapp.services.workflow import Workflow
from tests.conftest import FILE_ONLY, PASSWORD

NEW_PASSWORD = "violet anchor drizzle"


def mnemonics(widget: QWidget) -> list[str]:
    texts = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)]
    return [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t.replace("&&", "")))]


@pytest.fixture
def accounts(disk_app):
    return Accounts(disk_app)


def make(kind, qtbot, disk_app, accounts, user):
    dialog = kind(None, accounts if kind in (AccountsDialog, AddUserDialog, PasswordDialog) else disk_app, user)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("kind", [AccountsDialog, AddUserDialog, PasswordDialog, AgencySettingsDialog,
                                  SubstancesDialog])
def test_mnemonic_letters_are_unique_in_each_dialog(kind, qtbot, disk_app, accounts, users):
    dialog = make(kind, qtbot, disk_app, accounts, users["ada"])
    letters = mnemonics(dialog)
    assert letters and len(letters) == len(set(letters)), letters


def test_the_admin_menu_is_for_admins_and_new_case_agrees_with_the_services(qtbot, disk_app, users):
    admin_window = MainWindow(disk_app, users["ada"], auto_backup=False)
    officer_window = MainWindow(disk_app, users["olga"], auto_backup=False)
    qtbot.addWidget(admin_window)
    qtbot.addWidget(officer_window)
    assert admin_window.accounts_action.isVisible() and admin_window.agency_action.isVisible()
    assert not officer_window.accounts_action.isVisible() and not officer_window.substances_action.isVisible()
    assert not admin_window.new_action.isEnabled()
    assert officer_window.new_action.isEnabled()
    with pytest.raises(PermissionDenied) as refused:  # what the window shows disabled, the service refuses
        Workflow(disk_app).create(users["ada"], Case())
    assert admin_window.new_action.statusTip() == str(refused.value)  # saying why, in the service's words


def test_accounts_lists_every_user_with_its_state(qtbot, disk_app, accounts, users):
    dialog = make(AccountsDialog, qtbot, disk_app, accounts, users["ada"])
    rows = [[dialog.table.item(r, c).text() for c in range(6)] for r in range(dialog.table.rowCount())]
    assert [r[0] for r in rows] == ["ada", "li", "olga", "sam"]
    assert rows[3] == ["sam", "Sgt Sam Okafor", "", "Supervisor", "yes", ""]


def test_adding_a_user_checks_the_password_twice_and_the_rules(qtbot, disk_app, accounts, users):
    dialog = make(AddUserDialog, qtbot, disk_app, accounts, users["ada"])
    qtbot.keyClicks(dialog.login_edit, "Nadia.K")
    qtbot.keyClicks(dialog.display_name_edit, "Nadia Kowalski")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("supervisor"))
    qtbot.keyClicks(dialog.passwords.first, NEW_PASSWORD)
    qtbot.keyClicks(dialog.passwords.second, NEW_PASSWORD + "x")
    dialog.accept()
    assert dialog.added is None and "differ" in dialog.error_label.text()
    dialog.passwords.first.setText("password12")
    dialog.passwords.second.setText("password12")
    dialog.accept()
    assert dialog.added is None and "too easy to guess" in dialog.error_label.text()
    dialog.passwords.first.setText(NEW_PASSWORD)
    dialog.passwords.second.setText(NEW_PASSWORD)
    dialog.accept()
    assert dialog.added is not None and dialog.added.login == "nadia.k"
    assert dialog.result() == dialog.DialogCode.Accepted
    assert accounts.authenticate("nadia.k", NEW_PASSWORD).role == "supervisor"
    assert disk_app._audit.entries("user", "nadia.k")[0].actor == "ada"


def test_a_look_alike_login_is_refused_in_the_dialog(qtbot, disk_app, accounts, users):
    dialog = make(AddUserDialog, qtbot, disk_app, accounts, users["ada"])
    dialog.login_edit.setText("s\u0430m")
    dialog.passwords.first.setText(NEW_PASSWORD)
    dialog.passwords.second.setText(NEW_PASSWORD)
    dialog.accept()
    assert dialog.added is None and "login name is" in dialog.error_label.text()


def test_deactivating_ends_an_open_windows_rights(qtbot, disk_app, accounts, users):
    olga_window = MainWindow(disk_app, users["olga"], auto_backup=False)  # olga's window stays open
    qtbot.addWidget(olga_window)
    dialog = make(AccountsDialog, qtbot, disk_app, accounts, users["ada"])
    dialog.select_login("olga")
    dialog.deactivate_selected(confirm=False)
    assert dialog.table.item(dialog.table.currentRow(), 4).text() == "no"
    with pytest.raises(PermissionDenied, match="deactivated"):
        Workflow(disk_app).create(olga_window.user, Case(location=Location(country="CA")))
    dialog.select_login("ada")
    assert not dialog.deactivate_button.isEnabled()  # not oneself


# a lockout is an SQLite file's own (on a server, failed sign-ins are the server's to limit)
@FILE_ONLY
def test_unlocking_and_resetting_a_password(qtbot, disk_app, accounts, users):
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthError):
            accounts.authenticate("li", "not the password at all")
    dialog = make(AccountsDialog, qtbot, disk_app, accounts, users["ada"])
    dialog.select_login("li")
    assert dialog.table.item(dialog.table.currentRow(), 5).text().startswith("until ")
    assert dialog.unlock_button.isEnabled()
    dialog.unlock_selected()
    assert dialog.table.item(dialog.table.currentRow(), 5).text() == ""
    assert accounts.authenticate("li", PASSWORD).login == "li"
    reset_password_of_li(qtbot, disk_app, accounts, users)
    actions = [e.action for e in disk_app._audit.entries("user", "li")]
    assert actions.index("user_unlock") < actions.index("user_password")


def reset_password_of_li(qtbot, disk_app, accounts, users) -> None:
    reset = make(PasswordDialog, qtbot, disk_app, accounts, users["ada"])
    reset.login = "li"
    reset.passwords.first.setText(NEW_PASSWORD)
    reset.passwords.second.setText(NEW_PASSWORD)
    reset.accept()
    assert reset.result() == reset.DialogCode.Accepted
    assert accounts.authenticate("li", NEW_PASSWORD).login == "li"
    with pytest.raises(AuthError):
        accounts.authenticate("li", PASSWORD)


def test_an_admin_resets_a_password_from_the_accounts_page(qtbot, disk_app, accounts, users):
    """On a server too: the new password is the server login's (the old one stops working there)."""
    reset_password_of_li(qtbot, disk_app, accounts, users)
    assert "user_password" in [e.action for e in disk_app._audit.entries("user", "li")]


def test_agency_settings_are_saved_checked_and_audited(qtbot, disk_app, accounts, users):
    dialog = make(AgencySettingsDialog, qtbot, disk_app, accounts, users["ada"])
    assert dialog.code_edit.text() == "TEST" and dialog.zone_edit.text() == "UTC"
    dialog.code_edit.clear()
    qtbot.keyClicks(dialog.code_edit, "cbsa-1")
    assert dialog.code_edit.text() == "CBSA-1"
    dialog.accept()
    assert "agency code" in dialog.error_label.text() and disk_app._store.setting("agency_code") == "TEST"
    dialog.code_edit.setText("CBSA")
    dialog.name_edit.setText("Border Services")
    completer = dialog.zone_edit.completer()
    completer.setCompletionPrefix("toronto")
    assert completer.currentCompletion() == "America/Toronto"
    dialog.zone_edit.setText("America/Toronto")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert (disk_app._store.setting("agency_code"), disk_app._store.setting("timezone"),
            disk_app._store.setting("agency_name")) == ("CBSA", "America/Toronto", "Border Services")
    assert disk_app._audit.entries()[-1].action == "settings" and disk_app.verify().ok


def test_an_officer_cannot_save_agency_settings_even_with_the_dialog(qtbot, disk_app, accounts, users):
    dialog = make(AgencySettingsDialog, qtbot, disk_app, accounts, users["olga"])
    dialog.zone_edit.setText("Pacific/Kiritimati")
    dialog.accept()
    assert "admin role" in dialog.error_label.text() and disk_app._store.setting("timezone") == "UTC"


def test_the_agencys_own_substance_is_added_and_listed(qtbot, disk_app, accounts, users):
    dialog = make(SubstancesDialog, qtbot, disk_app, accounts, users["ada"])
    assert dialog.table.rowCount() == 0
    qtbot.keyClicks(dialog.name_edit, "Fluoro-nitazepyne")
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData("opioids"))
    dialog.family_combo.setCurrentIndex(dialog.family_combo.findData("nitazene"))
    dialog.aliases_edit.setText("4F-nitazepyne, fluoronitazepine")
    dialog.hazard_check.setChecked(True)
    added = dialog.add()
    assert added is not None and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == "Fluoro-nitazepyne" and dialog.table.item(0, 4).text() == "yes"
    assert disk_app.catalogue.find("fluoronitazepine").id == added.id
    assert disk_app._audit.entries()[-1].action == "catalogue_add"
    assert dialog.add() is None and not dialog.error_label.isHidden()  # no name typed
