"""Evidence > Inventory audit: scan a shelf and see at once what is found, missing, unexpected and unknown.

A keyboard-wedge scanner is a keyboard: it types a code's characters and Enter into whatever has focus, a few
milliseconds a key. So the dialog keeps focus in one field at a time and never opens a message box while
scanning (a box would take the next scans): the location first (its `LOC:` label scanned, or its code typed),
then the scan field, which takes any number of codes and stays in focus. Each Enter adds the code to the scans
and the four lists are worked out again (core.inventory.audit) from the shelf read once and the exhibits the
scans name, looked up once each. Finish records the audit (one audit entry) and offers its report; closing with
scans not recorded asks first, so nothing scanned is lost by a stray Escape.

The second tab lists the audits recorded, newest first, each printable again."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.errors import CaseAppError
from caseapp.core.inventory import (
    AuditResult,
    InventoryAudit,
    ShelfItem,
    audit,
    substance_words,
    unknown_words,
    where_words,
)
from caseapp.core.substances import Catalogue
from caseapp.gui.dialogs.login import error_label
from caseapp.gui.i18n import plural, translate
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.inventory import InventoryAudits, check_scan, location_of


def _item_text(item: ShelfItem, catalogue: Catalogue, *, where: bool = False) -> str:
    parts = [item.code, substance_words(item, catalogue) or "—"]
    if item.seal_number:
        parts.append(translate("InventoryAuditDialog", "seal {seal}").format(seal=item.seal_number))
    if where:
        parts.append(translate("InventoryAuditDialog", "custody: {where}").format(where=where_words(item)))
    return " · ".join(parts)


class InventoryAuditDialog(QDialog):
    """`print_report(audit_id)` prints an audit's report (the window asks the language and the file); without it
    the dialog offers no print."""

    def __init__(self, app: CaseApp, user: User, print_report: Callable[[int], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.user, self.print_report = app, user, print_report
        self.audits = app.service(InventoryAudits)
        self.location = ""
        self.started_at = ""
        self.shelf: list[ShelfItem] = []
        self.scans: list[str] = []
        self.known: dict[str, ShelfItem] = {}
        self.cases: set[str] = set()
        self.looked_up: set[str] = set()
        self.result: AuditResult | None = None
        self.recorded: InventoryAudit | None = None
        self.setWindowTitle(translate("InventoryAuditDialog", "Inventory audit"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._scan_page(), translate("InventoryAuditDialog", "&Scan a location"))
        self.tabs.addTab(self._past_page(), translate("InventoryAuditDialog", "&Past audits"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.resize(980, 680)
        self.refresh_past()

    # -- building ------------------------------------------------------------------------------------------
    def _scan_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.location_edit = QLineEdit()
        self.location_edit.setObjectName("inventory-location")
        self.location_edit.setPlaceholderText(
            translate("InventoryAuditDialog", "scan the shelf's LOC: label, or type its code"))
        self.location_edit.returnPressed.connect(self.choose_location)
        label = QLabel(translate("InventoryAuditDialog", "&Location:"))
        label.setBuddy(self.location_edit)
        form.addRow(label, self.location_edit)
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("inventory-scan")
        self.scan_edit.setPlaceholderText(
            translate("InventoryAuditDialog", "scan each exhibit's label (or type CASE/NN and Enter)"))
        self.scan_edit.returnPressed.connect(self.take_scan)
        self.scan_edit.setEnabled(False)
        scan_label = QLabel(translate("InventoryAuditDialog", "S&can:"))
        scan_label.setBuddy(self.scan_edit)
        form.addRow(scan_label, self.scan_edit)
        self.status = QLabel(translate("InventoryAuditDialog", "Scan or type the location first."))
        self.status.setWordWrap(True)
        self.problem = error_label(translate("InventoryAuditDialog", "Problem"))
        self.lists: dict[str, QListWidget] = {}
        self.boxes: dict[str, QGroupBox] = {}
        grid = QGridLayout()
        for index, name in enumerate(("found", "missing", "unexpected", "unknown")):
            box = QGroupBox()
            inner = QVBoxLayout(box)
            listing = QListWidget()
            listing.setObjectName(f"inventory-{name}")
            listing.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps focus
            listing.setWordWrap(True)  # a long "recorded at" wraps rather than hiding behind a scroll bar
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            inner.addWidget(listing)
            self.lists[name], self.boxes[name] = listing, box
            grid.addWidget(box, index // 2, index % 2)
        self.finish_button = QPushButton(translate("InventoryAuditDialog", "&Finish and record"))
        self.finish_button.setEnabled(False)
        self.finish_button.clicked.connect(self.finish)
        self.print_button = QPushButton(translate("InventoryAuditDialog", "P&rint the report…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(lambda: self._print(self.recorded.id if self.recorded else None))
        self.new_button = QPushButton(translate("InventoryAuditDialog", "&New audit"))
        self.new_button.clicked.connect(self.new_audit)
        close = QPushButton(translate("InventoryAuditDialog", "Cl&ose"))
        close.clicked.connect(self.close)
        for button in (self.finish_button, self.print_button, self.new_button, close):
            button.setAutoDefault(False)  # Enter from the scanner belongs to the scan field, never a button
        buttons = QHBoxLayout()
        for button in (self.finish_button, self.print_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)
        self._show_lists()
        return page

    def _past_page(self) -> QWidget:
        page = QWidget()
        self.past = QTableWidget(0, 5)
        self.past.setObjectName("inventory-past")
        self.past.setHorizontalHeaderLabels([
            translate("InventoryAuditDialog", "Audit"), translate("InventoryAuditDialog", "Location"),
            translate("InventoryAuditDialog", "Finished"), translate("InventoryAuditDialog", "By"),
            translate("InventoryAuditDialog", "Found / missing / unexpected / unknown")])
        self.past.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.past.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.past.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.past.verticalHeader().setVisible(False)
        self.past.horizontalHeader().setStretchLastSection(True)
        self.past_print = QPushButton(translate("InventoryAuditDialog", "Print the selected audit's repor&t…"))
        self.past_print.setAutoDefault(False)
        self.past_print.clicked.connect(self.print_selected)
        layout = QVBoxLayout(page)
        layout.addWidget(self.past, 1)
        row = QHBoxLayout()
        row.addWidget(self.past_print)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # -- scanning ------------------------------------------------------------------------------------------
    def choose_location(self) -> None:
        text = self.location_edit.text()
        try:
            where = location_of(text)
            shelf = self.audits.recorded_at(where)
        except CaseAppError as exc:
            self._say(str(exc))
            self.location_edit.selectAll()
            return
        self._say("")
        self.location, self.shelf = where, shelf
        self.started_at = self.app.local_now().replace(microsecond=0).isoformat()
        self.location_edit.setText(where)
        self.location_edit.setReadOnly(True)
        self.scan_edit.setEnabled(True)
        self.finish_button.setEnabled(True)
        self.scan_edit.setFocus()
        self._evaluate()

    def take_scan(self) -> None:
        text = self.scan_edit.text()
        self.scan_edit.clear()
        if not text.strip() or self.recorded is not None:
            return
        try:
            check_scan(text)
        except CaseAppError as exc:
            self._say(str(exc))  # beside the field: the next scan goes on
            return
        self._say("")
        self.scans.append(text)
        self._look_up(text)
        self._evaluate()

    def _look_up(self, text: str) -> None:
        """The exhibit or case a new scan names, read once (a shelf of hundreds is not read again per scan)."""
        key = text.strip().casefold()
        if key in self.looked_up:
            return
        self.looked_up.add(key)
        try:
            known, cases = self.audits.lookup([text])
        except CaseAppError as exc:
            self._say(str(exc))
            return
        self.known.update(known)
        self.cases |= cases

    def _evaluate(self) -> None:
        self.result = audit(self.location, self.shelf, self.scans, self.known, self.cases)
        self._show_lists()

    def _show_lists(self) -> None:
        result = self.result or AuditResult(location="")
        rows = {
            "found": [_item_text(i, self.app.catalogue) for i in result.found],
            "missing": [_item_text(i, self.app.catalogue) for i in result.missing],
            "unexpected": [_item_text(i, self.app.catalogue, where=True) for i in result.unexpected],
            "unknown": [f"{u.text} · {unknown_words(u.why)}" for u in result.unknown],
        }
        titles = {"found": translate("InventoryAuditDialog", "Found ({count})"),
                  "missing": translate("InventoryAuditDialog", "Missing ({count})"),
                  "unexpected": translate("InventoryAuditDialog", "Unexpected ({count})"),
                  "unknown": translate("InventoryAuditDialog", "Unknown ({count})")}
        for name, texts in rows.items():
            listing = self.lists[name]
            listing.clear()
            listing.addItems(texts)
            if name in ("found", "unknown"):
                listing.scrollToBottom()  # the newest scan in sight
            self.boxes[name].setTitle(titles[name].format(count=len(texts)))
        if self.location:
            recorded = plural(len([i for i in self.shelf if not i.away]),
                              translate("InventoryAuditDialog", "{n} exhibit recorded here"),
                              translate("InventoryAuditDialog", "{n} exhibits recorded here"))
            scanned = plural(len(self.scans), translate("InventoryAuditDialog", "{n} code scanned"),
                             translate("InventoryAuditDialog", "{n} codes scanned"))
            status = translate("InventoryAuditDialog", "{location}: {recorded}, {scanned}.").format(
                location=self.location, recorded=recorded, scanned=scanned)
            if result.duplicates:
                status += " " + translate("InventoryAuditDialog", "Scanned twice: {codes}.").format(
                    codes=", ".join(result.duplicates))
            if self.recorded is not None:
                status += " " + translate("InventoryAuditDialog", "Recorded as audit {number}.").format(
                    number=self.recorded.id)
            self.status.setText(status)

    def finish(self) -> InventoryAudit | None:
        if not self.location or self.recorded is not None:
            return None
        try:
            self.recorded = self.audits.record(self.user, self.location, self.scans,
                                               started_at=self.started_at).value
        except CaseAppError as exc:
            self._say(str(exc))
            return None
        self._say("")
        self.result = self.recorded.result
        self.scan_edit.setEnabled(False)
        self.finish_button.setEnabled(False)
        self.print_button.setEnabled(self.print_report is not None)
        self.print_button.setDefault(True)  # scanning is over: Enter now prints the report it offers
        self._show_lists()
        self.refresh_past()
        self.print_button.setFocus()
        return self.recorded

    def new_audit(self) -> None:
        if not self._may_discard():
            return
        self.location, self.started_at, self.shelf, self.scans = "", "", [], []
        self.result = self.recorded = None
        self.location_edit.setReadOnly(False)
        self.location_edit.clear()
        self.scan_edit.setEnabled(False)
        self.finish_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.print_button.setDefault(False)
        self.status.setText(translate("InventoryAuditDialog", "Scan or type the location first."))
        self._show_lists()
        self.location_edit.setFocus()

    def _say(self, problem: str) -> None:
        """A refusal beside the fields, not in a message box (a box would take the scanner's next keys)."""
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))

    # -- past audits ---------------------------------------------------------------------------------------
    def refresh_past(self) -> None:
        audits = self.audits.recent()
        self.past.setRowCount(len(audits))
        for row, recorded in enumerate(audits):
            r = recorded.result
            cells = [str(recorded.id), recorded.location, _when(recorded.finished_at), recorded.actor,
                     f"{len(r.found)} / {len(r.missing)} / {len(r.unexpected)} / {len(r.unknown)}"]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, recorded.id)
                self.past.setItem(row, column, cell)
        self.past.resizeColumnsToContents()
        self.past_print.setEnabled(bool(audits) and self.print_report is not None)
        if audits:
            self.past.selectRow(0)

    def print_selected(self) -> None:
        row = self.past.currentRow()
        cell = self.past.item(row, 0) if row >= 0 else None
        if cell is not None:
            self._print(int(cell.data(Qt.ItemDataRole.UserRole)))

    def _print(self, audit_id: int | None) -> None:
        if audit_id is not None and self.print_report is not None:
            self.print_report(audit_id)

    # -- closing -------------------------------------------------------------------------------------------
    def _may_discard(self) -> bool:
        if not self.scans or self.recorded is not None:
            return True
        answer = QMessageBox.question(
            self, translate("InventoryAuditDialog", "Scans not recorded"),
            translate("InventoryAuditDialog",
                      "{count} codes scanned at {location} are not recorded. Discard them?").format(
                count=len(self.scans), location=self.location),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:  # Escape, Close and the window's close button (QDialog.closeEvent) all come here
        if self._may_discard():
            super().reject()


def _when(text: str) -> str:
    try:
        return datetime.fromisoformat(text).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return text
