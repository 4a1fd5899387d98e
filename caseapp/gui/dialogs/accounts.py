"""Administering accounts in the window (admins): the list of accounts with their state, adding a user,
deactivating, resetting a password, unlocking an account locked after failed logins. Every action is a
call to caseapp.services.auth.Accounts (which checks the admin's current role and audits it); refusals are
shown in the dialog, never as a traceback."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core import vocab
from caseapp.core.changes import NOTHING, Changes
from caseapp.core.errors import CaseAppError
from caseapp.gui.dialogs.login import _form, _line_edit, _row, dialog_buttons, dialog_layout, error_label, sentence
from caseapp.gui.i18n import plural, translate
from caseapp.services.auth import (
    ACCOUNTS_CHANGED,
    LOGIN_RULE,
    MIN_PASSWORD_LENGTH,
    Account,
    Accounts,
    LoginRefused,
    PasswordRefused,
    Role,
    User,
)

COLUMNS = (QT_TRANSLATE_NOOP("AccountsDialog", "Login"), QT_TRANSLATE_NOOP("AccountsDialog", "Name"),
           QT_TRANSLATE_NOOP("AccountsDialog", "Badge"), QT_TRANSLATE_NOOP("AccountsDialog", "Role"),
           QT_TRANSLATE_NOOP("AccountsDialog", "Active"), QT_TRANSLATE_NOOP("AccountsDialog", "Locked"))


class _PasswordPair:
    """A password typed twice."""

    def __init__(self, first_label: str) -> None:
        self.first = _line_edit(translate("PasswordPair", "Password"), password=True)
        self.first.setPlaceholderText(translate("PasswordPair", "at least {count} characters").format(
            count=MIN_PASSWORD_LENGTH))
        self.first.setToolTip(translate("PasswordPair", "Three or four unrelated words pass; common passwords, "
                                        "keyboard runs, repeats and the user's own names are refused."))
        self.second = _line_edit(translate("PasswordPair", "Repeat password"), password=True)
        self.first_label = first_label

    def add_to(self, form: object) -> None:
        _row(form, self.first_label, self.first)  # type: ignore[arg-type]
        _row(form, translate("PasswordPair", "Repeat pass&word:"), self.second)  # type: ignore[arg-type]

    def value(self) -> str:
        if self.first.text() != self.second.text():
            self.second.clear()
            self.second.setFocus()
            raise PasswordRefused(translate("PasswordPair", "the two passwords differ: type the password again in "
                                            "Repeat password"))
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.first.setFocus()


class AddUserDialog(QDialog):
    """A new account: login, name, badge, role and the initial password (typed twice); `.added` once done."""

    def __init__(self, parent: QWidget | None, accounts: Accounts, user: User) -> None:
        super().__init__(parent)
        self.accounts, self.user = accounts, user
        self.added: User | None = None
        self.setWindowTitle(self.tr("Add a user"))
        self.login_edit = _line_edit(self.tr("Login name"))
        rule = translate("Accounts", LOGIN_RULE)
        self.login_edit.setToolTip(rule[0].upper() + rule[1:])
        self.login_edit.setPlaceholderText(self.tr("e.g. olga.nowak"))
        self.display_name_edit = _line_edit(self.tr("Display name"))
        self.display_name_edit.setPlaceholderText(self.tr("as printed on reports"))
        self.badge_edit = _line_edit(self.tr("Badge number"))
        self.badge_edit.setPlaceholderText(self.tr("optional"))
        self.role_combo = QComboBox()
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in (Role.OFFICER, Role.SUPERVISOR, Role.ADMIN):
            self.role_combo.addItem(vocab.USER_ROLE.display(role.value), role.value)
        self.passwords = _PasswordPair(self.tr("&Password:"))
        form = _form()
        _row(form, self.tr("&Login name:"), self.login_edit)
        _row(form, self.tr("&Display name:"), self.display_name_edit)
        _row(form, self.tr("&Badge:"), self.badge_edit)
        _row(form, self.tr("R&ole:"), self.role_combo)
        self.passwords.add_to(form)
        self.error_label = error_label(self.tr("Problem with the new account"))
        self.buttons = dialog_buttons(self, self.tr("&Add user"))
        dialog_layout(self, form, self.error_label, self.buttons)
        self.login_edit.setFocus()

    def show_error(self, message: str) -> None:
        self.error_label.setText(sentence(message))
        self.error_label.show()

    def accept(self) -> None:
        try:
            password = self.passwords.value()
            self.added = self.accounts.add_user(
                self.user, self.login_edit.text(), password, role=str(self.role_combo.currentData()),
                display_name=self.display_name_edit.text(), badge=self.badge_edit.text()).value
        except CaseAppError as exc:
            self.show_error(str(exc))
            if isinstance(exc, PasswordRefused):
                self.passwords.clear()
            elif isinstance(exc, LoginRefused):
                self.login_edit.setFocus()
                self.login_edit.selectAll()
            return
        super().accept()


class PasswordDialog(QDialog):
    """An admin sets another user's password (a reset, which also ends a failed-login lock)."""

    def __init__(self, parent: QWidget | None, accounts: Accounts, user: User, login: str = "") -> None:
        super().__init__(parent)
        self.accounts, self.user, self.login = accounts, user, login
        self.setWindowTitle(self.tr("Reset the password of {login}").format(login=login) if login
                            else self.tr("Reset a password"))
        self.passwords = _PasswordPair(self.tr("&New password:"))
        form = _form()
        self.passwords.add_to(form)
        self.error_label = error_label(self.tr("Problem with the password"))
        self.buttons = dialog_buttons(self, self.tr("&Set password"))
        dialog_layout(self, form, self.error_label, self.buttons)
        self.passwords.first.setFocus()

    def accept(self) -> None:
        try:
            self.accounts.change_password(self.user, self.login, self.passwords.value())
        except CaseAppError as exc:
            self.error_label.setText(sentence(str(exc)))
            self.error_label.show()
            if isinstance(exc, PasswordRefused):
                self.passwords.clear()
            return
        super().accept()


class AccountsDialog(QDialog):
    """Every account with its state, and the admin's actions on the selected one."""

    def __init__(self, parent: QWidget | None, accounts: Accounts, user: User) -> None:
        super().__init__(parent)
        self.accounts, self.user = accounts, user
        self.records: list[Account] = []
        self.changes: Changes = NOTHING  # what the changes made in the dialog changed (the window announces it)
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("accounts"))
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(self.tr("&Add user…"))
        self.deactivate_button = QPushButton(self.tr("&Deactivate…"))
        self.password_button = QPushButton(self.tr("&Reset password…"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.add_button.clicked.connect(self.add_user)
        self.deactivate_button.clicked.connect(self.deactivate_selected)
        self.password_button.clicked.connect(self.reset_password_selected)
        self.unlock_button.clicked.connect(self.unlock_selected)
        actions = QHBoxLayout()
        for button in (self.add_button, self.deactivate_button, self.password_button, self.unlock_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.error_label = error_label(self.tr("Account action refused"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.refresh()

    # -- the list -----------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        try:
            self.records = self.accounts.list_users(self.user)
        except CaseAppError as exc:
            self.records = []
            self.show_error(str(exc))
        self.table.setRowCount(len(self.records))
        for row, record in enumerate(self.records):
            locked = record.locked
            role = vocab.USER_ROLE.display(record.role)
            until = (record.locked_until or "")[:16].replace("T", " ")
            cells = (record.login, record.display_name, record.badge, role,
                     self.tr("yes") if record.active else self.tr("no"),
                     self.tr("until {moment} UTC").format(moment=until) if locked else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5 and locked:
                    item.setToolTip(plural(record.failed_logins, self.tr("{n} failed login in a row"),
                                           self.tr("{n} failed logins in a row")))
                self.table.setItem(row, column, item)
            if record.login == select:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        record = self.selected()
        self.deactivate_button.setEnabled(record is not None and record.active
                                          and record.login != self.user.login)
        self.password_button.setEnabled(record is not None and record.active)
        self.unlock_button.setEnabled(record is not None and (record.locked or record.failed_logins > 0))

    def show_error(self, message: str) -> None:
        self.error_label.setText(sentence(message))
        self.error_label.show()

    def _done(self, message: str, login: str) -> None:
        self.changes |= ACCOUNTS_CHANGED
        self.error_label.hide()
        self.refresh(select=login)
        self.setWindowTitle(self.tr("Accounts — {done}").format(done=message))

    # -- actions ------------------------------------------------------------------------------------
    def add_user(self) -> User | None:
        dialog = AddUserDialog(self, self.accounts, self.user)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.added is None:
            return None
        self._done(self.tr("added {login}").format(login=dialog.added.login), dialog.added.login)
        return dialog.added

    def deactivate_selected(self, *, confirm: bool = True) -> None:
        record = self.selected()
        if record is None:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Deactivate"), self.tr(
                    "Deactivate {login} ({name})? They can no longer log in, and a window they have open can no "
                    "longer change anything. Accounts are never deleted.").format(login=record.login,
                                                                                  name=record.display_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.accounts.deactivate(self.user, record.login)
        except CaseAppError as exc:
            self.show_error(str(exc))
            return
        self._done(self.tr("deactivated {login}").format(login=record.login), record.login)

    def reset_password_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        if PasswordDialog(self, self.accounts, self.user, record.login).exec() == QDialog.DialogCode.Accepted:
            self._done(self.tr("new password for {login}").format(login=record.login), record.login)

    def unlock_selected(self) -> None:
        record = self.selected()
        if record is None:
            return
        try:
            self.accounts.unlock(self.user, record.login)
        except CaseAppError as exc:
            self.show_error(str(exc))
            return
        self._done(self.tr("unlocked {login}").format(login=record.login), record.login)

    def select_login(self, login: str) -> None:
        for row, record in enumerate(self.records):
            if record.login == login:
                self.table.selectRow(row)
                return
        raise LookupError(login)


__all__ = ["AccountsDialog", "AddUserDialog", "PasswordDialog"]
