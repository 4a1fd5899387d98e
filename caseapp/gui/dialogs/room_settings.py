"""The evidence room's settings in the window (admins): the weight tolerance (percent and grams, the larger
applies), when a lab result is overdue, how early a legal deadline turns red, and the retention before a
disposal review by exhibit kind. Saved through services.settings.update_room_settings, which checks each
value, the admin's current role, and audits; a refusal keeps the dialog open with what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from caseapp.core import room
from caseapp.core.changes import NOTHING, Changes
from caseapp.core.errors import CaseAppError
from caseapp.core.room import RoomSettings
from caseapp.core.vocab import EXHIBIT_KIND
from caseapp.gui.dialogs.login import _form, _line_edit, _row, dialog_buttons, dialog_layout, dim, error_label, sentence
from caseapp.gui.i18n import window_language
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.settings import read_room_settings, update_room_settings


class RoomSettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, app: CaseApp, user: User) -> None:
        super().__init__(parent)
        self.app, self.user = app, user
        self.saved: RoomSettings | None = None
        self.changes: Changes = NOTHING
        self.setWindowTitle(self.tr("Evidence room settings"))
        current = read_room_settings(app)
        self.edits: dict[str, QLineEdit] = {}
        form = _form()
        rows = [
            (room.TOLERANCE_PERCENT_KEY, self.tr("Weight tolerance (%)"), self.tr("Weight &tolerance (%):"),
             current.tolerance_percent),
            (room.TOLERANCE_GRAMS_KEY, self.tr("Weight tolerance (g)"), self.tr("or at least (&g):"),
             current.tolerance_grams),
            (room.LAB_OVERDUE_KEY, self.tr("Lab result overdue after (days)"), self.tr("&Lab result overdue after "
                                                                                      "(days):"),
             current.lab_overdue_days),
            (room.DEADLINE_WARNING_KEY, self.tr("Warn before a legal deadline (days)"),
             self.tr("&Warn before a deadline (days):"), current.deadline_warning_days),
        ]
        for kind in EXHIBIT_KIND.codes():
            label = EXHIBIT_KIND.display(kind, window_language()).lower()
            rows.append((room.RETENTION_PREFIX + kind, self.tr("Retention of {kind} (days)").format(kind=label),
                         self.tr("Retention of {kind} (days):").format(kind=label), current.retention_for(kind)))
        for key, name, text, value in rows:
            edit = _line_edit(name)
            edit.setText(str(value))
            self.edits[key] = edit
            _row(form, text, edit)
        note = dim(QLabel(self.tr("A reweighing is flagged when it differs from the weight before it by more than "
                                  "the percentage or the grams, whichever is larger (samples sent to the lab "
                                  "explain a drop). Retention decides when an exhibit is due for disposal review.")))
        note.setWordWrap(True)
        self.error_label = error_label(self.tr("Problem with the settings"))
        self.buttons = dialog_buttons(self, self.tr("&Save"), QDialogButtonBox.StandardButton.Save)
        dialog_layout(self, form, note, self.error_label, self.buttons)
        note.setMaximumWidth(520)
        self.edits[room.TOLERANCE_PERCENT_KEY].setFocus()

    def accept(self) -> None:
        try:
            done = update_room_settings(self.app, self.user, {key: edit.text() for key, edit in self.edits.items()})
        except CaseAppError as exc:
            self.error_label.setText(sentence(str(exc)))
            self.error_label.show()
            return
        self.saved, self.changes = done.value, done.changes
        super().accept()
