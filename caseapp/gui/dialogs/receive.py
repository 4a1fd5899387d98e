"""Receive or transfer exhibits by scanning (Evidence > Receive or transfer by scanning): scan a location or a
person (or type a holder's name), then any number of exhibits, each listed with its case, substance, current
holder and location and what the chain says against it; Confirm records one custody event each, all in one
transaction (services.receiving), and offers the receipt (PDF)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.changes import NOTHING, Changes
from caseapp.core.custody import CustodyError
from caseapp.core.errors import CaseAppError
from caseapp.core.scancodes import ScanKind, parse
from caseapp.gui.dialogs.login import _form, _row, error_label, sentence
from caseapp.gui.i18n import plural
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.guard import check_output
from caseapp.services.receiving import Receiving, ScanLine, Target
from caseapp.services.room_prints import receipt

COLUMNS = (QT_TRANSLATE_NOOP("ReceiveDialog", "Exhibit"), QT_TRANSLATE_NOOP("ReceiveDialog", "Substance"),
           QT_TRANSLATE_NOOP("ReceiveDialog", "Held by"), QT_TRANSLATE_NOOP("ReceiveDialog", "Location"),
           QT_TRANSLATE_NOOP("ReceiveDialog", "Problem"))
PROBLEM = 4
_RED = QColor("#b00020")


def write_pdf(path: Path, database: Path | None, write: object) -> int:
    """Write a PDF next to `path` and move it into place (never the database or its -wal)."""
    check_output(path, database, what="the PDF")
    handle, temporary = tempfile.mkstemp(prefix=".caseapp-", suffix=".pdf", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            pages = write(out)  # type: ignore[operator]
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return int(pages)


class ReceiveDialog(QDialog):
    recorded = Signal(object)  # the Changes of a confirmed hand-over

    def __init__(self, parent: QWidget | None, app: CaseApp, user: User, *, target: str = "") -> None:
        super().__init__(parent)
        self.app, self.user = app, user
        self.receiving = app.service(Receiving)
        self.target: Target | None = None
        self.codes: list[str] = []
        self.lines: list[ScanLine] = []
        self.changes: Changes = NOTHING
        self.confirmed: tuple[Target, list[ScanLine], str] | None = None  # the last hand-over, for its receipt
        self.setWindowTitle(self.tr("Receive or transfer by scanning"))

        self.target_edit = QLineEdit()
        self.target_edit.setAccessibleName(self.tr("to location or person"))
        self.target_edit.setPlaceholderText(self.tr("scan a location or badge label, or type a holder's name"))
        self.target_edit.returnPressed.connect(self.take_target)
        self.target_label = QLabel(self.tr("Nothing chosen yet."))
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        self.scan_edit = QLineEdit()
        self.scan_edit.setAccessibleName(self.tr("scan an exhibit"))
        self.scan_edit.setPlaceholderText(self.tr("scan each exhibit's label (or type CASE/NN and Enter)"))
        self.scan_edit.returnPressed.connect(self.take_scan)
        form = _form()
        _row(form, self.tr("&To:"), self.target_edit)
        form.addRow("", self.target_label)
        _row(form, self.tr("&Scan:"), self.scan_edit)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("scanned exhibits"))
        self.table.setHorizontalHeaderLabels([self.tr(title) for title in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 150, 150, 130)):
            self.table.setColumnWidth(column, width)
        self.remove_button = QPushButton(self.tr("&Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.receipt_button = QPushButton(self.tr("Save the recei&pt…"))
        self.receipt_button.setEnabled(False)
        self.receipt_button.clicked.connect(self.receipt_dialog)
        self.error_label = error_label(self.tr("Refused"))
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Recorded"))
        self.result_label.hide()

        self.buttons = QDialogButtonBox()
        self.confirm_button = self.buttons.addButton(self.tr("&Confirm"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setAutoDefault(False)  # Enter ends a scan; it never confirms by itself
        self.confirm_button.clicked.connect(self.confirm)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        row.addWidget(self.receipt_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 12)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        if target:
            self.target_edit.setText(target)
            self.take_target()
        self._update()

    # -- scanning --------------------------------------------------------------------------------
    def take_target(self) -> bool:
        text = self.target_edit.text()
        self.error_label.hide()
        try:
            self.target = self.receiving.target(text)
        except CaseAppError as exc:
            self.target = None
            self._refuse(sentence(str(exc)))
            self.target_edit.selectAll()
            self.target_edit.setFocus()
            self._update()
            return False
        self.target_edit.setText(self.target.shown if self.target.kind == "person" and not self.target.code
                                 else text.strip())
        self.target_label.setText(self.tr("Store at {where}") .format(where=self.target.shown)
                                  if self.target.kind == "location"
                                  else self.tr("Transfer to {who}").format(who=self.target.holder))
        self.scan_edit.setFocus()
        self._recheck()
        return True

    def take_scan(self) -> None:
        text = self.scan_edit.text().strip()
        self.scan_edit.clear()
        if not text:
            return
        read = parse(text)
        if read.kind in (ScanKind.LOCATION, ScanKind.PERSON) and not self.codes:
            self.target_edit.setText(text)  # the target scanned into the exhibits' field: taken as the target
            if self.take_target():
                return
            self.scan_edit.setFocus()
            return
        self.result_label.hide()
        self.codes.append(text)
        self._recheck()
        self.table.scrollToBottom()

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            if 0 <= row < len(self.codes):
                del self.codes[row]
        self._recheck()

    def _recheck(self) -> None:
        try:
            self.lines = self.receiving.check(self.user, self.target, self.codes, at=self.receiving.now())
        except CaseAppError as exc:
            self._refuse(sentence(str(exc)))
            return
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            substance = self.app.catalogue.display(line.substance) if line.substance else ""
            for column, value in enumerate((line.code, substance, line.holder, line.location, line.problem)):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if line.problem:
                    item.setForeground(_RED)
                self.table.setItem(row, column, item)
        self._update()

    def _update(self) -> None:
        problems = sum(1 for line in self.lines if line.problem)
        self.confirm_button.setEnabled(self.target is not None and bool(self.lines) and not problems)
        self.remove_button.setEnabled(bool(self.lines))
        if problems:
            self.confirm_button.setToolTip(plural(problems, self.tr("{n} exhibit cannot go: remove it first"),
                                                  self.tr("{n} exhibits cannot go: remove them first")))
        elif self.target is None:
            self.confirm_button.setToolTip(self.tr("Scan a location or a person first"))
        else:
            self.confirm_button.setToolTip("")

    def _refuse(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # -- confirming ------------------------------------------------------------------------------
    def confirm(self) -> bool:
        if self.target is None or not self.codes:
            return False
        self.error_label.hide()
        at = self.receiving.now()
        try:
            done = self.receiving.confirm(self.user, self.target, self.codes, at=at)
        except CustodyError as exc:
            self._refuse("\n".join(exc.problems) if exc.problems else sentence(str(exc)))
            self._recheck()
            return False
        except CaseAppError as exc:
            self._refuse(sentence(str(exc)))
            return False
        self.changes |= done.changes
        self.confirmed = (self.target, done.value, at)
        self.recorded.emit(done.changes)
        self.result_label.setText(plural(
            len(done.value), self.tr("Recorded {n} custody event ({where}). Save the receipt for signatures."),
            self.tr("Recorded {n} custody events ({where}). Save the receipt for signatures.")).format(
            where=self.target.shown))
        self.result_label.show()
        self.receipt_button.setEnabled(True)
        self.codes, self.lines = [], []
        self.table.setRowCount(0)
        self._update()
        self.scan_edit.setFocus()
        return True

    def save_receipt(self, path: Path) -> int:
        assert self.confirmed is not None
        target, lines, at = self.confirmed
        return write_pdf(path, self.app.path, lambda out: receipt(self.app, self.user, target, lines, at, out))

    def receipt_dialog(self) -> None:
        if self.confirmed is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the receipt"), "custody-receipt.pdf",
                                                "PDF (*.pdf)")
        if not chosen:
            return
        try:
            self.save_receipt(Path(chosen))
        except (CaseAppError, OSError) as exc:
            self._refuse(sentence(str(exc)))
            return
        self.result_label.setText(self.tr("Receipt saved: {path}").format(path=chosen))

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        """Enter ends a scan in its field; elsewhere it does not confirm (a stray scan must not confirm)."""
        key = getattr(event, "key", lambda: None)()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]
