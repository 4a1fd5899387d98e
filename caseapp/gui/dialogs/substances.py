"""The agency's own substances in the window (admins): the entries added so far, and a form adding one
through caseapp.services.catalogue.add_substance (admin role checked, audited; exhibits recorded earlier
under its names are re-resolved so searches find them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core import vocab
from caseapp.core.changes import NOTHING, Changes
from caseapp.core.errors import CaseAppError
from caseapp.core.substances import Substance
from caseapp.gui.dialogs.login import _form, _line_edit, _row, error_label, sentence
from caseapp.gui.i18n import plural
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.catalogue import add_substance, local_substances

KINDS = ("drug", "precursor", "cutting_agent", "equipment")  # labelled as the exhibit kinds
COLUMNS = (QT_TRANSLATE_NOOP("SubstancesDialog", "Name"), QT_TRANSLATE_NOOP("SubstancesDialog", "Group"),
           QT_TRANSLATE_NOOP("SubstancesDialog", "Kind"), QT_TRANSLATE_NOOP("SubstancesDialog", "Family"),
           QT_TRANSLATE_NOOP("SubstancesDialog", "Hazard"), QT_TRANSLATE_NOOP("SubstancesDialog", "Aliases"))


class SubstancesDialog(QDialog):
    def __init__(self, parent: QWidget | None, app: CaseApp, user: User) -> None:
        super().__init__(parent)
        self.app, self.user = app, user
        self.changes: Changes = NOTHING  # what the additions changed (the window announces it)
        self.setWindowTitle(self.tr("The agency's own substances"))
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("agency substances"))
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # long group names: elided, whole in the tooltip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 170, 80, 140, 60)):
            self.table.setColumnWidth(column, width)

        catalogue = app.catalogue
        self.name_edit = _line_edit(self.tr("Substance name"))
        self.name_edit.setPlaceholderText(self.tr("the name seized exhibits are recorded under"))
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Group"))
        for group in sorted(catalogue.groups.values(), key=lambda g: g.display().casefold()):
            self.group_combo.addItem(group.display(), group.id)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for value in KINDS:
            self.kind_combo.addItem(vocab.EXHIBIT_KIND.display(value), value)
        self.family_combo = QComboBox()
        self.family_combo.setAccessibleName(self.tr("Analogue family"))
        self.family_combo.addItem(self.tr("(none)"), None)
        for family in sorted(catalogue.families.values(), key=lambda f: f.display().casefold()):
            self.family_combo.addItem(family.display(), family.id)
        self.aliases_edit = _line_edit(self.tr("Aliases"))
        self.aliases_edit.setPlaceholderText(self.tr("other names, separated by commas (optional)"))
        self.hazard_check = QCheckBox(self.tr("&Hazard: mark its exhibits as hazardous"))
        form = _form()
        _row(form, self.tr("&Name:"), self.name_edit)
        _row(form, self.tr("&Group:"), self.group_combo)
        _row(form, self.tr("&Kind:"), self.kind_combo)
        _row(form, self.tr("&Family:"), self.family_combo)
        _row(form, self.tr("&Aliases:"), self.aliases_edit)
        form.addRow("", self.hazard_check)
        self.add_button = QPushButton(self.tr("A&dd substance"))
        self.add_button.clicked.connect(self.add)
        form.addRow("", self.add_button)
        self.error_label = error_label(self.tr("Substance refused"))
        self.result_label = error_label(self.tr("Substance added"))
        self.result_label.setStyleSheet("")
        adding = QGroupBox(self.tr("Add a substance"))
        box = QVBoxLayout(adding)
        box.addLayout(form)
        box.addWidget(self.error_label)
        box.addWidget(self.result_label)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.addWidget(self.table, 1)
        layout.addWidget(adding)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.refresh()

    def refresh(self) -> None:
        entries = local_substances(self.app)
        catalogue = self.app.catalogue
        self.table.setRowCount(len(entries))
        for row, s in enumerate(entries):
            group = catalogue.groups.get(s.group)
            family = catalogue.families.get(s.family or "")
            cells = (s.name, group.display() if group else s.group, vocab.EXHIBIT_KIND.display(s.kind),
                     family.display() if family else "", self.tr("yes") if s.hazard else "", ", ".join(s.aliases))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)

    def add(self) -> Substance | None:
        self.error_label.hide()
        self.result_label.hide()
        aliases = tuple(a.strip() for a in self.aliases_edit.text().split(",") if a.strip())
        try:
            done = add_substance(
                self.app, self.user, self.name_edit.text(), group=str(self.group_combo.currentData()),
                kind=str(self.kind_combo.currentData()), family=self.family_combo.currentData(),
                aliases=aliases, hazard=self.hazard_check.isChecked())
        except CaseAppError as exc:
            self.error_label.setText(sentence(str(exc)))
            self.error_label.show()
            self.name_edit.setFocus()
            return None
        substance, resolved = done.value
        self.changes |= done.changes
        self.result_label.setText(plural(
            resolved, self.tr("Added {name}; {n} exhibit recorded earlier under its names now points at it."),
            self.tr("Added {name}; {n} exhibits recorded earlier under its names now point at it.")).format(
            name=substance.name))
        self.result_label.show()
        self.name_edit.clear()
        self.aliases_edit.clear()
        self.hazard_check.setChecked(False)
        self.refresh()
        return substance
