"""The agency's settings in the window (admins): name, the code printed in case numbers, and the IANA time
zone (with a completer over every zone this machine knows). Saved through caseapp.services.settings, which
checks the admin's current role, validates and audits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from caseapp.core.agency import AGENCY_CODE_RULE, agency_code, agency_name, time_zone, time_zone_names
from caseapp.core.changes import NOTHING, Changes
from caseapp.core.errors import CaseAppError
from caseapp.gui.dialogs.login import _form, _line_edit, _row, dialog_buttons, dialog_layout, dim, error_label, sentence
from caseapp.gui.i18n import translate
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.settings import AgencySettings, read_agency_settings, update_agency_settings


class AgencySettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, app: CaseApp, user: User) -> None:
        super().__init__(parent)
        self.app, self.user = app, user
        self.saved: AgencySettings | None = None
        self.changes: Changes = NOTHING
        self.setWindowTitle(self.tr("Agency settings"))
        current = read_agency_settings(app)
        self.name_edit = _line_edit(self.tr("Agency name"))
        self.name_edit.setText(current.name)
        self.name_edit.setPlaceholderText(self.tr("e.g. Canada Border Services Agency"))
        self.code_edit = _line_edit(self.tr("Agency code"))
        self.code_edit.setText(current.code)
        self.code_edit.setMaxLength(12)
        self.code_edit.setPlaceholderText(self.tr("e.g. CBSA"))
        rule = translate("Agency", AGENCY_CODE_RULE)
        self.code_edit.setToolTip(self.tr("{rule}, printed in new case numbers (CODE-YYYY-NNNNNN)").format(
            rule=rule[0].upper() + rule[1:]))
        self.code_edit.textEdited.connect(self._upper_case)
        self.zone_edit = _line_edit(self.tr("Time zone"))
        self.zone_edit.setText(current.timezone)
        self.zone_edit.setPlaceholderText(self.tr("type a city, e.g. Toronto"))
        completer = QCompleter(list(time_zone_names()), self.zone_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.zone_edit.setCompleter(completer)
        form = _form()
        _row(form, self.tr("Agency &name:"), self.name_edit)
        _row(form, self.tr("Agency co&de:"), self.code_edit)
        _row(form, self.tr("&Time zone:"), self.zone_edit)
        note = dim(QLabel(self.tr("The code is printed in new case numbers; numbers already given keep theirs. The "
                                  "time zone decides what \"today\" is: seizure dates after it are refused as in the "
                                  "future.")))
        note.setWordWrap(True)
        self.error_label = error_label(self.tr("Problem with the settings"))
        self.buttons = dialog_buttons(self, self.tr("&Save"), QDialogButtonBox.StandardButton.Save)
        dialog_layout(self, form, note, self.error_label, self.buttons)
        note.setMaximumWidth(520)
        self.name_edit.setFocus()

    def _upper_case(self, text: str) -> None:
        if text != text.upper():
            position = self.code_edit.cursorPosition()
            self.code_edit.setText(text.upper())
            self.code_edit.setCursorPosition(position)

    def accept(self) -> None:
        try:
            done = update_agency_settings(self.app, self.user, name=self.name_edit.text(),
                                          code=self.code_edit.text(), timezone=self.zone_edit.text())
        except CaseAppError as exc:
            self.error_label.setText(sentence(str(exc)))
            self.error_label.show()
            field = self._refused_field()
            field.setFocus()
            field.selectAll()
            return
        self.saved, self.changes = done.value, done.changes
        super().accept()

    def _refused_field(self) -> QLineEdit:
        """The field whose value the rules refuse (asked of each rule, whatever the language of the message)."""
        for edit, rule in ((self.name_edit, agency_name), (self.code_edit, agency_code), (self.zone_edit, time_zone)):
            try:
                rule(edit.text())
            except CaseAppError:
                return edit
        return self.name_edit
