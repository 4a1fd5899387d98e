"""Logging in, and creating the first administrator of a database that has no users yet.

Both dialogs call caseapp.services.auth.Accounts and show its refusals inline (wrong password, locked or
deactivated account, password rules); they stay open until the service accepts, and never show a traceback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.errors import CaseAppError
from caseapp.services.auth import MIN_PASSWORD_LENGTH, Accounts, PasswordRefused, User

ERROR_STYLE = "color: #b00020;"  # dark red: readable on light backgrounds (contrast above 4.5:1)
FIELD_WIDTH = 260


def sentence(message: str) -> str:
    """A service message ('wrong login name or password') as a sentence for a label."""
    text = message.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def dim(label: QLabel) -> QLabel:
    """Secondary text: the window text blended a third of the way towards the background (still readable,
    in light and dark themes alike)."""
    palette = label.palette()
    text, back = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    mixed = QColor(round(text.red() * 0.68 + back.red() * 0.32), round(text.green() * 0.68 + back.green() * 0.32),
                   round(text.blue() * 0.68 + back.blue() * 0.32))
    palette.setColor(QPalette.ColorRole.WindowText, mixed)
    label.setPalette(palette)
    return label


def error_label(accessible_name: str) -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(accessible_name)
    label.hide()
    return label


def _line_edit(accessible_name: str, *, password: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    edit.setMinimumWidth(FIELD_WIDTH)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText
                                 | Qt.InputMethodHint.ImhSensitiveData)
    return edit


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return form


def dialog_buttons(dialog: QDialog, text: str,
                   main: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok) -> QDialogButtonBox:
    """The dialog's main button (renamed to `text`, the default) and Cancel, wired to accept and reject."""
    buttons = QDialogButtonBox(main | QDialogButtonBox.StandardButton.Cancel)
    button = buttons.button(main)
    button.setText(text)
    button.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def dialog_layout(dialog: QDialog, *parts: QWidget | QLayout, spacing: int = 12) -> QVBoxLayout:
    """The dialog's parts one under another, with the margins every caseapp dialog has."""
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(18, 18, 18, 14)
    layout.setSpacing(spacing)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout


def _row(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    form.addRow(label, field)
    return label


class LoginDialog(QDialog):
    """Ask for a login name and password; `.user` is the authenticated User once the dialog is accepted.
    `accounts` checks them, or, on a server, `sign_in` (each account is a server login: it opens the
    database signed in as that login, then authenticates, and raises as authenticate does)."""

    def __init__(self, accounts: Accounts | None, *, database_label: str, hint: str = "",
                 parent: QWidget | None = None, sign_in: Callable[[str, str], User] | None = None) -> None:
        super().__init__(parent)
        assert accounts is not None or sign_in is not None
        self.authenticate = sign_in if sign_in is not None else accounts.authenticate  # type: ignore[union-attr]
        self.user: User | None = None
        self.setWindowTitle(self.tr("Log in"))

        self.login_edit = _line_edit(self.tr("Login name"))
        self.login_edit.setInputMethodHints(Qt.InputMethodHint.ImhNoAutoUppercase
                                            | Qt.InputMethodHint.ImhNoPredictiveText)
        self.password_edit = _line_edit(self.tr("Password"), password=True)
        form = _form()
        _row(form, self.tr("&Login name:"), self.login_edit)
        _row(form, self.tr("&Password:"), self.password_edit)

        self.error_label = error_label(self.tr("Login error"))
        self.hint_label = QLabel(hint)
        self.hint_label.setWordWrap(True)
        dim(self.hint_label)
        self.hint_label.setAccessibleName(self.tr("Hint"))
        self.hint_label.setVisible(bool(hint))

        self.database_label = QLabel()
        self.database_label.setAccessibleName(self.tr("Database"))
        self.database_label.setToolTip(database_label)
        dim(self.database_label)
        small = self.database_label.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.85, 7.0))
        self.database_label.setFont(small)
        self._database_text = database_label
        self._show_database()

        self.buttons = dialog_buttons(self, self.tr("Log in"))
        layout = dialog_layout(self, form, self.error_label, self.hint_label, self.buttons, spacing=10)
        layout.addSpacing(4)
        layout.addWidget(self.database_label)
        self.login_edit.setFocus()

    def _show_database(self) -> None:
        """The database path, small, eliding the middle of a long path (the whole path is the tooltip)."""
        metrics = QFontMetrics(self.database_label.font())
        text = self.tr("Database: {location}").format(location=self._database_text)
        self.database_label.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, FIELD_WIDTH + 160))

    def show_error(self, message: str) -> None:
        self.error_label.setText(sentence(message))
        self.error_label.show()

    def accept(self) -> None:
        login = self.login_edit.text().strip()
        password = self.password_edit.text()
        if not login:
            self.show_error(self.tr("type your login name"))
            self.login_edit.setFocus()
            return
        if not password:
            self.show_error(self.tr("type your password"))
            self.password_edit.setFocus()
            return
        try:
            user = self.authenticate(login, password)
        except CaseAppError as exc:
            self.password_edit.clear()
            self.show_error(str(exc))
            self.password_edit.setFocus()
            return
        self.user = user
        self.error_label.hide()
        super().accept()


class FirstAdminDialog(QDialog):
    """Create the first account of an empty database (an administrator); `.user` is it once accepted."""

    def __init__(self, accounts: Accounts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.user: User | None = None
        self.setWindowTitle(self.tr("Create the first administrator"))

        intro = QLabel(self.tr("This database has no users yet: the account you create now is its administrator, "
                               "who adds the officers and supervisors and manages their accounts."))
        intro.setWordWrap(True)
        intro.setAccessibleName(self.tr("Introduction"))

        self.login_edit = _line_edit(self.tr("Login name"))
        self.display_name_edit = _line_edit(self.tr("Display name"))
        self.display_name_edit.setPlaceholderText(self.tr("as printed on reports (optional)"))
        self.badge_edit = _line_edit(self.tr("Badge number"))
        self.badge_edit.setPlaceholderText(self.tr("optional"))
        self.password_edit = _line_edit(self.tr("Password"), password=True)
        self.password_edit.setPlaceholderText(self.tr("at least {count} characters").format(count=MIN_PASSWORD_LENGTH))
        self.repeat_edit = _line_edit(self.tr("Repeat password"), password=True)
        form = _form()
        _row(form, self.tr("&Login name:"), self.login_edit)
        _row(form, self.tr("&Display name:"), self.display_name_edit)
        _row(form, self.tr("&Badge:"), self.badge_edit)
        _row(form, self.tr("&Password:"), self.password_edit)
        _row(form, self.tr("&Repeat password:"), self.repeat_edit)

        self.error_label = error_label(self.tr("Problem with the new account"))

        self.buttons = dialog_buttons(self, self.tr("Create administrator"))
        dialog_layout(self, intro, form, self.error_label, self.buttons)
        intro.setMaximumWidth(FIELD_WIDTH + 200)
        self.login_edit.setFocus()

    def show_error(self, message: str) -> None:
        self.error_label.setText(sentence(message))
        self.error_label.show()

    def accept(self) -> None:
        password = self.password_edit.text()
        if password != self.repeat_edit.text():
            self.repeat_edit.clear()
            self.show_error(self.tr("the two passwords differ: type the password again in Repeat password"))
            self.repeat_edit.setFocus()
            return
        try:
            user = self.accounts.create_first_admin(self.login_edit.text(), password,
                                                    display_name=self.display_name_edit.text().strip(),
                                                    badge=self.badge_edit.text().strip()).value
        except CaseAppError as exc:
            self.show_error(str(exc))
            if isinstance(exc, PasswordRefused):
                self.password_edit.clear()
                self.repeat_edit.clear()
                self.password_edit.setFocus()
            else:
                self.login_edit.setFocus()
                self.login_edit.selectAll()
            return
        self.user = user
        self.error_label.hide()
        super().accept()
