"""The window's preferences (Tools > Preferences): the language of the window, kept in the user's settings.

The language applies the next time caseapp starts: nothing open is closed or reloaded, so nothing typed is
lost; the dialog says so. "As the system" follows the system locale again."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from caseapp.core.i18n import LANGUAGES
from caseapp.gui.dialogs.login import _form, _row, dialog_buttons, dialog_layout, dim
from caseapp.gui.i18n import FOLLOW_SYSTEM, choose_language, system_language, window_language
from caseapp.gui.settings_keys import LANGUAGE


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the window"))
        system = LANGUAGES[system_language()]
        self.language.addItem(self.tr("As the system ({language})").format(language=system), FOLLOW_SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        settings = getattr(parent, "settings", None)
        self.settings = settings if isinstance(settings, QSettings) else QSettings()
        chosen = str(self.settings.value(LANGUAGE, FOLLOW_SYSTEM) or FOLLOW_SYSTEM)
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        form = _form()
        _row(form, self.tr("&Language:"), self.language)
        self.note = dim(QLabel(self.tr("The window, its messages and its dialogs change language the next time "
                                       "caseapp starts; what is open now stays as it is. Reports ask for their "
                                       "language each time they are printed.")))
        self.note.setWordWrap(True)
        self.note.setMaximumWidth(460)
        self.buttons = dialog_buttons(self, self.tr("&Save"), QDialogButtonBox.StandardButton.Save)
        dialog_layout(self, form, self.note, self.buttons)
        self.language.setFocus()

    def accept(self) -> None:
        chosen = str(self.language.currentData())
        choose_language(chosen, self.settings)
        wanted = chosen or system_language()
        if wanted != window_language():
            parent = self.parent()
            status = getattr(parent, "statusBar", None)
            if callable(status):
                status().showMessage(self.tr("The window speaks {language} from the next start.").format(
                    language=LANGUAGES[wanted]), 8000)
        super().accept()
