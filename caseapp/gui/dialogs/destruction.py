"""The witnessed destruction (or return) of an authorised batch: each item is scanned before Confirm is enabled.

A keyboard-wedge scanner is a keyboard: it types the label's code (CASE/NN) and Enter into the scan box, which
keeps the focus. A code of an item of the batch ticks it; anything else (another exhibit, a location, a code
this application never printed) is refused loudly, in red, with a beep, and ticks nothing. Two witnesses, the
means and the place are typed; the weight destroyed of each item may be corrected in the table. Confirm records
the whole batch in one transaction (services/disposal.py checks everything again), then the dialog offers the
certificate."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFormLayout,
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
from caseapp.core.disposals import AUTHORISED, DisposalBatch
from caseapp.core.errors import CaseAppError
from caseapp.core.scancodes import ScanKind, parse
from caseapp.gui.dialogs.disposal_common import ERROR_STYLE, ask_pdf_path, problems_text, save_certificate, status_text
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.disposal import Disposal

OK_STYLE = "color: #1b5e20; font-weight: bold;"
CODE, SUBSTANCE, SEAL, WEIGHT, SCANNED = range(5)


class DestructionDialog(QDialog):
    """Record the witnessed destruction or return of batch `batch_number`, every item scanned first."""

    def __init__(self, app: CaseApp, user: User, batch_number: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.user, self.batch_number = app, user, batch_number
        self.changes: Changes = NOTHING
        self.batch: DisposalBatch | None = None
        self.scanned: list[str] = []  # the codes of the batch's items as scanned, in order
        try:
            self.batch = app.service(Disposal).batch(batch_number) if batch_number else None
        except CaseAppError:
            self.batch = None
        returning = self.batch is not None and self.batch.method == "return"
        self.setWindowTitle((self.tr("Witnessed return {batch}") if returning
                             else self.tr("Witnessed destruction {batch}")).format(batch=batch_number))
        self.summary_label = QLabel(self._summary())
        self.summary_label.setWordWrap(True)
        self.scan_edit = QLineEdit()
        self.scan_edit.setAccessibleName(self.tr("Scanned code"))
        self.scan_edit.setPlaceholderText(self.tr("scan each item's label (CASE/NN), or type its code and Enter"))
        self.scan_edit.returnPressed.connect(self._scanned)
        scan_label = QLabel(self.tr("&Scan each item:"))
        scan_label.setBuddy(self.scan_edit)
        self.feedback_label = QLabel()
        self.feedback_label.setAccessibleName(self.tr("Scan result"))
        self.feedback_label.setWordWrap(True)
        self.items_table = QTableWidget(0, 5)
        self.items_table.setAccessibleName(self.tr("Items of the batch"))
        self.items_table.setHorizontalHeaderLabels([self.tr("Exhibit"), self.tr("Substance"), self.tr("Seal"),
                                                    self.tr("Weight destroyed") if not returning
                                                    else self.tr("Weight returned"), self.tr("Scanned")])
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.items_table.setTabKeyNavigation(False)
        self.items_table.verticalHeader().hide()
        self.witness1_edit, self.witness2_edit = QLineEdit(), QLineEdit()
        self.means_edit, self.place_edit = QLineEdit(), QLineEdit()
        self.means_edit.setPlaceholderText(self.tr("incineration, chemical destruction…") if not returning
                                           else self.tr("released to its owner…"))
        form = QFormLayout()
        for text, edit in ((self.tr("Witness &1:"), self.witness1_edit), (self.tr("Witness &2:"), self.witness2_edit),
                           (self.tr("&Method:"), self.means_edit), (self.tr("&Place:"), self.place_edit)):
            label = QLabel(text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            edit.textChanged.connect(self._update_confirm)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("&Confirm return") if returning else self.tr("&Confirm destruction"))
        self.confirm_button.clicked.connect(self.confirm)
        self.certificate_button = QPushButton(self.tr("Save the c&ertificate…"))
        self.certificate_button.clicked.connect(lambda: self.save_certificate())
        self.certificate_button.hide()
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.confirm_button, self.certificate_button, self.close_button):
            button.setAutoDefault(False)  # Enter belongs to the scanner: it never presses a button
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.confirm_button, self.certificate_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        scan_row = QHBoxLayout()
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan_edit, 1)
        layout.addLayout(scan_row)
        layout.addWidget(self.feedback_label)
        layout.addWidget(self.items_table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self._fill()
        self.resize(820, 560)
        self.scan_edit.setFocus()

    def _summary(self) -> str:
        batch = self.batch
        if batch is None:
            return self.tr("There is no disposal batch {batch}.").format(batch=self.batch_number or "—")
        if batch.status != AUTHORISED:
            return self.tr("Batch {batch} is {state}: only an authorised batch is disposed of.").format(
                batch=batch.batch, state=status_text(batch.status))
        authorised = batch.authorised
        return self.tr("Authorised by {who} on {when} under {basis}; Health Canada authorisation: {number}. "
                       "Scan every item before it is disposed of.").format(
            who=authorised.actor if authorised else "—", when=authorised.at.replace("T", " ") if authorised else "—",
            basis=batch.legal_basis or "—", number=batch.authorisation or self.tr("not required"))

    def _fill(self) -> None:
        items = self.batch.items if self.batch is not None and self.batch.status == AUTHORISED else ()
        self.items_table.setRowCount(len(items))
        for row, item in enumerate(items):
            substance = self.app.catalogue.display(item.substance) if item.substance else ""
            for column, text in ((CODE, item.code), (SUBSTANCE, substance), (SEAL, item.seal_number),
                                 (WEIGHT, item.weight), (SCANNED, "—")):
                cell = QTableWidgetItem(text)
                if column != WEIGHT:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.items_table.setItem(row, column, cell)
        self.items_table.resizeColumnsToContents()
        self.items_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.items_table.horizontalHeader().setStretchLastSection(True)
        self.scan_edit.setEnabled(bool(items))
        self._update_confirm()

    def _codes(self) -> list[str]:
        return [self.items_table.item(row, CODE).text() for row in range(self.items_table.rowCount())]

    def _scanned(self) -> None:
        text = self.scan_edit.text()
        self.scan_edit.clear()
        self.scan(text)

    def scan(self, text: str) -> bool:
        """A code as the scanner typed it: tick the item it names, or refuse it loudly. True when ticked."""
        code = parse(text)
        key = f"{code.case_number}/{code.exhibit_number}" if code.kind is ScanKind.EXHIBIT else ""
        codes = self._codes()
        if not text.strip():
            return False
        if key not in codes:
            self.feedback_label.setStyleSheet(ERROR_STYLE)
            self.feedback_label.setText(self.tr("REFUSED: {code} is not an item of batch {batch}. Put it aside: "
                                                "it is not to be disposed of.").format(code=code.text,
                                                                                       batch=self.batch_number))
            QApplication.beep()
            return False
        row = codes.index(key)
        if key in self.scanned:
            self.feedback_label.setStyleSheet(OK_STYLE)
            self.feedback_label.setText(self.tr("{code} was scanned already.").format(code=key))
            return True
        self.scanned.append(key)
        self.items_table.item(row, SCANNED).setText("✓")
        self.feedback_label.setStyleSheet(OK_STYLE)
        self.feedback_label.setText(self.tr("{code} scanned: {done} of {total}.").format(
            code=key, done=len(self.scanned), total=len(codes)))
        self._update_confirm()
        return True

    def missing(self) -> list[str]:
        return [code for code in self._codes() if code not in self.scanned]

    def _update_confirm(self) -> None:
        ready = (bool(self._codes()) and not self.missing() and bool(self.witness1_edit.text().strip())
                 and bool(self.witness2_edit.text().strip()) and bool(self.means_edit.text().strip()))
        self.confirm_button.setEnabled(ready)
        if not self._codes():
            self.confirm_button.setToolTip("")
        elif self.missing():
            self.confirm_button.setToolTip(self.tr("Not scanned yet: {codes}").format(codes=", ".join(self.missing())))
        else:
            self.confirm_button.setToolTip("" if ready else self.tr("Name two witnesses and the method."))

    def confirm(self) -> bool:
        if not self.confirm_button.isEnabled():
            return False
        weights = {self.items_table.item(r, CODE).text(): self.items_table.item(r, WEIGHT).text().strip()
                   for r in range(self.items_table.rowCount())}
        try:
            done = self.app.service(Disposal).destroy(
                self.user, self.batch_number, witnesses=[self.witness1_edit.text(), self.witness2_edit.text()],
                means=self.means_edit.text(), place=self.place_edit.text(), scanned=list(self.scanned),
                weights={code: weight for code, weight in weights.items() if weight})
        except CaseAppError as exc:
            self.error_label.setText(problems_text(exc))
            return False
        self.batch, self.changes = done.value, done.changes
        self.error_label.clear()
        self.feedback_label.setStyleSheet(OK_STYLE)
        self.feedback_label.setText(self.tr("Batch {batch} is recorded as disposed of. Save its certificate, print "
                                            "it and have it signed.").format(batch=self.batch_number))
        for widget in (self.scan_edit, self.witness1_edit, self.witness2_edit, self.means_edit, self.place_edit,
                       self.items_table):
            widget.setEnabled(False)
        self.confirm_button.hide()
        self.certificate_button.show()
        self.close_button.setText(self.tr("Close"))
        self.certificate_button.setFocus()
        return True

    def save_certificate(self, path: Path | None = None) -> int:
        path = path or ask_pdf_path(self, self.tr("Certificate of batch {batch}").format(batch=self.batch_number),
                                    f"certificate-{self.batch_number}.pdf")
        if path is None:
            return 0
        try:
            pages = save_certificate(self.app, self.user, self.batch_number, path)
        except (CaseAppError, OSError) as exc:
            self.error_label.setText(str(exc))
            return 0
        self.feedback_label.setText(self.tr("Wrote {path}.").format(path=path))
        return pages
