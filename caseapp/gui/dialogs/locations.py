"""Storage locations in the window (Evidence > Storage locations): the list, and for supervisors and admins a
form to add one, rename or re-file the selected one and take it out of use (services.locations, audited);
anyone prints labels (LOC:CODE as Code 128 and QR) of the selected locations, or of all in use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.changes import NOTHING, Changes
from caseapp.core.errors import CaseAppError
from caseapp.core.storage import LOCATION_KINDS, StorageLocation, kind_name
from caseapp.gui.dialogs.login import _form, _line_edit, _row, error_label, sentence
from caseapp.gui.dialogs.receive import write_pdf
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User
from caseapp.services.locations import Locations
from caseapp.services.room_prints import location_labels

COLUMNS = (QT_TRANSLATE_NOOP("LocationsDialog", "Code"), QT_TRANSLATE_NOOP("LocationsDialog", "Name"),
           QT_TRANSLATE_NOOP("LocationsDialog", "Kind"), QT_TRANSLATE_NOOP("LocationsDialog", "Inside"),
           QT_TRANSLATE_NOOP("LocationsDialog", "In use"))


class LocationsDialog(QDialog):
    def __init__(self, parent: QWidget | None, app: CaseApp, user: User) -> None:
        super().__init__(parent)
        self.app, self.user = app, user
        self.locations = app.service(Locations)
        self.shown: list[StorageLocation] = []
        self.changes: Changes = NOTHING
        self.keeper = user.role in (Role.SUPERVISOR, Role.ADMIN)
        self.setWindowTitle(self.tr("Storage locations"))
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("storage locations"))
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 250, 90, 130)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._selected)

        self.code_edit = _line_edit(self.tr("Location code"))
        self.code_edit.setPlaceholderText(self.tr("e.g. VAULT-A.3: printed on its label as LOC:VAULT-A.3"))
        self.name_edit = _line_edit(self.tr("Location name"))
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind in LOCATION_KINDS:
            self.kind_combo.addItem(kind_name(kind), kind)
        self.parent_edit = _line_edit(self.tr("Inside location"))
        self.parent_edit.setPlaceholderText(self.tr("the code of the room or vault it is in (optional)"))
        form = _form()
        _row(form, self.tr("&Code:"), self.code_edit)
        _row(form, self.tr("&Name:"), self.name_edit)
        _row(form, self.tr("&Kind:"), self.kind_combo)
        _row(form, self.tr("&Inside:"), self.parent_edit)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self.add)
        self.change_button = QPushButton(self.tr("Sa&ve changes to the selected"))
        self.change_button.clicked.connect(self.change)
        self.active_button = QPushButton(self.tr("&Take out of use"))
        self.active_button.clicked.connect(self.toggle_active)
        buttons_row = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.active_button):
            buttons_row.addWidget(button)
        buttons_row.addStretch(1)
        self.error_label = error_label(self.tr("Refused"))
        self.result_label = QLabel()
        self.result_label.hide()
        editing = QGroupBox(self.tr("Add or change a location"))
        box = QVBoxLayout(editing)
        box.addLayout(form)
        box.addLayout(buttons_row)
        box.addWidget(self.error_label)
        box.addWidget(self.result_label)
        editing.setVisible(self.keeper)  # officers list and print; supervisors and admins manage

        self.print_button = QPushButton(self.tr("&Print labels…"))
        self.print_button.clicked.connect(self.print_dialog)
        bottom = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        bottom.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        bottom.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.addWidget(self.table, 1)
        layout.addWidget(editing)
        layout.addWidget(bottom)
        self.resize(780, 600)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        self.shown = self.locations.list()
        self.table.setRowCount(len(self.shown))
        for row, x in enumerate(self.shown):
            cells = (x.code, x.name, kind_name(x.kind), x.parent, self.tr("yes") if x.active else self.tr("no"))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if not x.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(row, column, item)
            if select is not None and x.code == select:
                self.table.selectRow(row)
        self._selected()

    def selected(self) -> list[StorageLocation]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.shown[row] for row in rows if row < len(self.shown)]

    def _selected(self) -> None:
        chosen = self.selected()
        one = chosen[0] if len(chosen) == 1 else None
        self.change_button.setEnabled(one is not None)
        self.active_button.setEnabled(one is not None)
        if one is not None:
            self.code_edit.setText(one.code)
            self.name_edit.setText(one.name)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(one.kind)))
            self.parent_edit.setText(one.parent)
            self.active_button.setText(self.tr("&Take out of use") if one.active else self.tr("&Put back in use"))

    def _done(self, changes: Changes, message: str, select: str) -> None:
        self.changes |= changes
        self.error_label.hide()
        self.result_label.setText(message)
        self.result_label.show()
        self.refresh(select)

    def _refused(self, exc: CaseAppError) -> None:
        self.result_label.hide()
        self.error_label.setText(sentence(str(exc)))
        self.error_label.show()

    def add(self) -> StorageLocation | None:
        try:
            done = self.locations.add(self.user, self.code_edit.text(), self.name_edit.text(),
                                      kind=str(self.kind_combo.currentData()), parent=self.parent_edit.text())
        except CaseAppError as exc:
            self._refused(exc)
            return None
        self._done(done.changes, self.tr("Added {code}.").format(code=done.value.code), done.value.code)
        return done.value

    def change(self) -> StorageLocation | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        try:
            done = self.locations.update(self.user, chosen[0].code, name=self.name_edit.text(),
                                         kind=str(self.kind_combo.currentData()), parent=self.parent_edit.text())
        except CaseAppError as exc:
            self._refused(exc)
            return None
        self._done(done.changes, self.tr("Saved {code}.").format(code=done.value.code), done.value.code)
        return done.value

    def toggle_active(self) -> StorageLocation | None:
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        try:
            done = self.locations.update(self.user, chosen[0].code, active=not chosen[0].active)
        except CaseAppError as exc:
            self._refused(exc)
            return None
        message = self.tr("{code} is in use.") if done.value.active else self.tr("{code} is out of use.")
        self._done(done.changes, message.format(code=done.value.code), done.value.code)
        return done.value

    def print_labels(self, path: Path) -> int:
        codes = [x.code for x in self.selected()]
        return write_pdf(path, self.app.path, lambda out: location_labels(self.app, self.user, codes, out))

    def print_dialog(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the location labels"), "location-labels.pdf",
                                                "PDF (*.pdf)")
        if not chosen:
            return
        try:
            pages = self.print_labels(Path(chosen))
        except (CaseAppError, OSError) as exc:
            self._refused(exc)  # type: ignore[arg-type]
            return
        self.error_label.hide()
        self.result_label.setText(self.tr("Labels saved: {path} ({pages} pages)").format(path=chosen, pages=pages))
        self.result_label.show()
