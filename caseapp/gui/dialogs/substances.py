"""The agency's own substances in the window (admins): the entries added so far, and a form adding one
through caseapp.services.catalogue.add_substance (admin role checked, audited; exhibits recorded earlier
under its names are re-resolved so searches find them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
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

from caseapp.core.changes import NOTHING, Changes
from caseapp.core.errors import CaseAppError
from caseapp.core.substances import Substance
from caseapp.gui.dialogs.login import _form, _line_edit, _row, error_label, sentence
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.catalogue import add_substance, local_substances

KINDS = (("drug", "Drug"), ("precursor", "Precursor"), ("cutting_agent", "Cutting agent"), ("equipment", "Equipment"))
COLUMNS = ("Name", "Group", "Kind", "Family", "Hazard", "Aliases")


class SubstancesDialog(QDialog):
    def __init__(self, parent: QWidget | None, app: CaseApp, user: User) -> None:
        super().__init__(parent)
        self.app, self.user = app, user
        self.changes: Changes = NOTHING  # what the additions changed (the window announces it)
        self.setWindowTitle("The agency's own substances")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName("agency substances")
        self.table.setHorizontalHeaderLabels(COLUMNS)
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
        self.name_edit = _line_edit("Substance name")
        self.name_edit.setPlaceholderText("the name seized exhibits are recorded under")
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName("Group")
        for group in sorted(catalogue.groups.values(), key=lambda g: g.name.casefold()):
            self.group_combo.addItem(group.name, group.id)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName("Kind")
        for value, label in KINDS:
            self.kind_combo.addItem(label, value)
        self.family_combo = QComboBox()
        self.family_combo.setAccessibleName("Analogue family")
        self.family_combo.addItem("(none)", None)
        for family in sorted(catalogue.families.values(), key=lambda f: f.name.casefold()):
            self.family_combo.addItem(family.name, family.id)
        self.aliases_edit = _line_edit("Aliases")
        self.aliases_edit.setPlaceholderText("other names, separated by commas (optional)")
        self.hazard_check = QCheckBox("&Hazard: mark its exhibits as hazardous")
        form = _form()
        _row(form, "&Name:", self.name_edit)
        _row(form, "&Group:", self.group_combo)
        _row(form, "&Kind:", self.kind_combo)
        _row(form, "&Family:", self.family_combo)
        _row(form, "&Aliases:", self.aliases_edit)
        form.addRow("", self.hazard_check)
        self.add_button = QPushButton("A&dd substance")
        self.add_button.clicked.connect(self.add)
        form.addRow("", self.add_button)
        self.error_label = error_label("Substance refused")
        self.result_label = error_label("Substance added")
        self.result_label.setStyleSheet("")
        adding = QGroupBox("Add a substance")
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
        labels = dict(KINDS)
        self.table.setRowCount(len(entries))
        for row, s in enumerate(entries):
            group = catalogue.groups.get(s.group)
            family = catalogue.families.get(s.family or "")
            cells = (s.name, group.name if group else s.group, labels.get(s.kind, s.kind),
                     family.name if family else "", "yes" if s.hazard else "", ", ".join(s.aliases))
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
        self.result_label.setText(f"Added {substance.name}; {resolved} exhibits recorded earlier under its names "
                                  "now point at it.")
        self.result_label.show()
        self.name_edit.clear()
        self.aliases_edit.clear()
        self.hazard_check.setChecked(False)
        self.refresh()
        return substance
