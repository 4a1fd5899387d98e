"""Other agencies' numbers on a case tab: a small table of the case's and its exhibits' numbers, a row to add one
(kind, case or exhibit, the number), and Remove with a reason. What is shown is what ExternalNumbers reads back.

`open_by_number` lets the window open the case a typed or scanned number belongs to, at its exhibit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.errors import CaseAppError
from caseapp.core.external_numbers import KINDS, kind_label
from caseapp.gui.dialogs.reason import ask_text
from caseapp.gui.i18n import translate
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.numbers import ExternalNumbers
from caseapp.store.contract.numbers import ExternalNumber

REMOVE_NUMBER = (QT_TRANSLATE_NOOP("Reason", "Remove number"),
                 QT_TRANSLATE_NOOP("Reason", "&Why is it removed? (it stays in the record's history)"), False)


class NumbersPanel(QWidget):
    changed = Signal(object)  # Changes: the case tab announces them on the window's hub

    def __init__(self, app: CaseApp, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.user = app, user
        self.service = app.service(ExternalNumbers)
        self.case_number: str | None = None
        self.numbers: list[ExternalNumber] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("external numbers"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Number"), self.tr("Exhibit"),
                                              self.tr("Added by"), self.tr("Added")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("kind of number"))
        for code in KINDS:
            self.kind.addItem(kind_label(code), code)
        self.where = QComboBox(self)
        self.where.setAccessibleName(self.tr("case or exhibit"))
        self.value = QLineEdit(self)
        self.value.setAccessibleName(self.tr("number"))
        self.value.setPlaceholderText(self.tr("the number as the other agency writes it"))
        self.value.setMaxLength(64)
        self.value.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("A&dd number"), self)
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove number…"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        label = QLabel(self.tr("&New number:"), self)
        label.setBuddy(self.value)
        row = QHBoxLayout()
        for widget in (label, self.kind, self.where, self.value):
            row.addWidget(widget)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.note)

    def show_case(self, case_number: str | None, *, editable: bool = True, why: str = "") -> None:
        self.case_number = case_number
        for widget in (self.kind, self.where, self.value, self.add_button, self.remove_button):
            widget.setEnabled(bool(case_number) and editable)
        self.note.setText("" if editable or not case_number else why)
        self.where.clear()
        if not case_number:
            self.numbers = []
            self.table.setRowCount(0)
            self.note.setText(self.tr("Save the case to add other agencies' numbers."))
            return
        self.where.addItem(self.tr("the case"), None)
        try:
            for exhibit in self.app.get_case(case_number).exhibits:
                self.where.addItem(self.tr("exhibit {number}").format(number=exhibit.number), exhibit.number)
            self.numbers = self.service.for_case(case_number)
        except CaseAppError as exc:
            self.note.setText(str(exc))
            return
        self.table.setRowCount(len(self.numbers))
        for row, number in enumerate(self.numbers):
            cells = (kind_label(number.kind), number.value, number.exhibit_number or self.tr("the case"),
                     number.added_by, number.added_at[:10])
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def reload(self) -> None:
        self.show_case(self.case_number, editable=self.add_button.isEnabled() or not self.case_number)

    def add(self) -> None:
        if not self.case_number:
            return
        try:
            done = self.service.add(self.user, self.case_number, str(self.kind.currentData()), self.value.text(),
                                    exhibit_number=self.where.currentData())
        except CaseAppError as exc:
            self.note.setText(str(exc))
            return
        self.value.clear()
        self.reload()
        self.note.setText(self.tr("Added {kind} {value}.").format(kind=kind_label(done.value.kind),
                                                                  value=done.value.value))
        self.changed.emit(done.changes)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self.numbers:
            self.note.setText(self.tr("Select the number to remove."))
            return
        number = self.numbers[rows[0].row()]
        reason, ok = ask_text(self, REMOVE_NUMBER)
        if not ok or not reason.strip():
            return
        try:
            done = self.service.remove(self.user, number.id, reason)
        except CaseAppError as exc:
            QMessageBox.warning(self, self.tr("Number not removed"), str(exc))
            return
        self.reload()
        self.changed.emit(done.changes)


def open_by_number(window: Any, text: str) -> bool:
    """Open the case (at its exhibit) that the number `text` belongs to; False when no case has it."""
    found = window.app.service(ExternalNumbers).find(text) if text.strip() else []
    if not found:
        return False
    number = found[0]
    window.queues.open_row(number.case_number, number.exhibit_number or "")
    window.statusBar().showMessage(translate("NumbersPanel", "{value} is the {kind} of {where}").format(
        value=number.value, kind=kind_label(number.kind),
        where=f"{number.case_number}/{number.exhibit_number}" if number.exhibit_number else number.case_number),
        6000)
    return True

