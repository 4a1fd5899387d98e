"""What a print asks before the file: the language of the paper (the window's by default, either language for
any case: data is stored as codes, so a case entered in French prints in English and the reverse), and for
exhibit labels whether each label carries both languages."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from caseapp.core.i18n import LANGUAGES
from caseapp.gui.i18n import window_language


@dataclass(frozen=True)
class PrintOptions:
    lang: str
    bilingual: bool = False  # labels only: English and French on each label


class PrintOptionsDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, *, labels: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.labels = labels
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(window_language())))
        caption = QLabel(self.tr("&Language of the printed report:"), self)
        caption.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(caption, self.language)
        self.bilingual = QCheckBox(self.tr("&Bilingual labels (English and French on each label)"), self)
        self.bilingual.setVisible(labels)
        if labels:
            form.addRow("", self.bilingual)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Choose the file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.language.setFocus()

    def options(self) -> PrintOptions:
        return PrintOptions(str(self.language.currentData()), self.labels and self.bilingual.isChecked())


def ask_print_options(parent: QWidget | None, title: str, *, labels: bool = False) -> PrintOptions | None:
    """The options the user chose, or None when the print is cancelled."""
    dialog = PrintOptionsDialog(parent, title, labels=labels)
    chosen = dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
    dialog.deleteLater()
    return chosen
