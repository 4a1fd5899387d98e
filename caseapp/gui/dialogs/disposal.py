"""The disposal workflow in the window: requesting the disposal of a case's exhibits (from its custody tab), and
Evidence > Disposals, where supervisors authorise or refuse the batches awaiting them and anyone opens the
witnessed destruction of an authorised batch or saves a disposed batch's certificate.

Every step goes through services/disposal.py, which refuses with each exhibit named; the dialogs show those
reasons and keep what was typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.changes import NOTHING, Changes
from caseapp.core.disposals import AUTHORISED, DISPOSED, REQUESTED, DisposalBatch
from caseapp.core.errors import CaseAppError
from caseapp.gui.dialogs.destruction import DestructionDialog
from caseapp.gui.dialogs.disposal_common import ERROR_STYLE, ask_pdf_path, problems_text, save_certificate, status_text
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User
from caseapp.services.custody import Custody
from caseapp.services.disposal import Disposal
from caseapp.services.guard import check_output


class RequestDisposalDialog(QDialog):
    """Request the disposal of exhibits of one case: which ones (the chosen one ticked), how, and why."""

    def __init__(self, app: CaseApp, user: User, case_number: str, exhibit_number: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.user, self.case_number = app, user, case_number
        self.batch: DisposalBatch | None = None
        self.changes: Changes = NOTHING
        self.setWindowTitle(self.tr("Request disposal"))
        self.exhibit_list = QListWidget()
        self.exhibit_list.setAccessibleName(self.tr("Exhibits to dispose of"))
        states = app.service(Custody).states(case_number)
        for exhibit in app.get_case(case_number).exhibits:
            number = exhibit.number or ""
            state = states.get(number)
            words = app.catalogue.display(exhibit.substance) or self.tr("(no substance)")
            item = QListWidgetItem(f"{number} — {words}" + (f" · {state.seal_number}" if state and state.seal_number
                                                             else ""))
            item.setData(Qt.ItemDataRole.UserRole, number)
            busy = state is None or state.disposed or bool(state.disposal)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | (Qt.ItemFlag.NoItemFlags if busy
                                                              else Qt.ItemFlag.ItemIsEnabled))
            item.setCheckState(Qt.CheckState.Checked if number == exhibit_number and not busy
                               else Qt.CheckState.Unchecked)
            if busy:
                item.setToolTip(self.tr("no custody recorded") if state is None else self.tr("disposed of")
                                if state.disposed else self.tr("a disposal is already {state}").format(
                                    state=status_text(state.disposal)))
            self.exhibit_list.addItem(item)
        self.method_combo = QComboBox()
        self.method_combo.addItem(self.tr("Destruction"), "destruction")
        self.method_combo.addItem(self.tr("Return to its owner"), "return")
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setFixedHeight(70)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.request_button = QPushButton(self.tr("Re&quest"))
        self.request_button.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)

        form = QFormLayout()
        exhibits_label = QLabel(self.tr("&Exhibits of case {case}:").format(case=case_number))
        exhibits_label.setBuddy(self.exhibit_list)
        method_label = QLabel(self.tr("&Method:"))
        method_label.setBuddy(self.method_combo)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        form.addRow(method_label, self.method_combo)
        form.addRow(reason_label, self.reason_edit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.request_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(exhibits_label)
        layout.addWidget(self.exhibit_list)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.resize(520, 420)

    def chosen(self) -> list[str]:
        items = (self.exhibit_list.item(i) for i in range(self.exhibit_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        try:
            done = self.app.service(Disposal).request(
                self.user, [(self.case_number, n) for n in self.chosen()], reason=self.reason_edit.toPlainText(),
                method=self.method_combo.currentData())
        except CaseAppError as exc:
            self.error_label.setText(problems_text(exc))
            return
        self.batch, self.changes = done.value, done.changes
        self.accept()


class DecisionDialog(QDialog):
    """A supervisor's authorisation (legal basis, reason, Health Canada's number) or refusal (reason) of a batch."""

    def __init__(self, app: CaseApp, user: User, batch_number: str = "", refuse: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.user, self.batch_number, self.refuse = app, user, batch_number, refuse
        self.changes: Changes = NOTHING
        self.setWindowTitle(self.tr("Refuse disposal {batch}").format(batch=batch_number) if refuse
                            else self.tr("Authorise disposal {batch}").format(batch=batch_number))
        self.legal_edit = QLineEdit()
        self.hc_edit = QLineEdit()
        self.hc_edit.setPlaceholderText(self.tr("required to destroy a controlled substance"))
        self.reason_edit = QLineEdit()
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.summary_label = QLabel(self._summary())
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.setVerticalSpacing(8)
        if not refuse:
            for text, edit in ((self.tr("&Legal basis:"), self.legal_edit),
                               (self.tr("&Health Canada authorisation:"), self.hc_edit)):
                label = QLabel(text)
                label.setBuddy(edit)
                form.addRow(label, edit)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason_edit)
        form.addRow(reason_label, self.reason_edit)
        self.ok_button = QPushButton(self.tr("Re&fuse") if refuse else self.tr("&Authorise"))
        self.ok_button.clicked.connect(self.submit)
        self.ok_button.setEnabled(bool(batch_number))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.summary_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.resize(640, 320)

    def _summary(self) -> str:
        try:
            batch = self.app.service(Disposal).batch(self.batch_number) if self.batch_number else None
        except CaseAppError as exc:
            return str(exc)
        if batch is None:
            return self.tr("No batch is chosen.")
        lines = [self.tr("{method} of {count} exhibit(s), requested by {who} on {when}: {reason}").format(
            method=self.tr("Destruction") if batch.method == "destruction" else self.tr("Return to its owner"),
            count=len(batch.items), who=batch.requested.actor, when=batch.requested.at.replace("T", " "),
            reason=batch.requested.reason)]
        lines += [f"  {i.code} — {i.substance or '—'} · {i.seal_number or '—'} · {i.weight or '—'}"
                  for i in batch.items]
        return "\n".join(lines)

    def submit(self) -> None:
        disposal = self.app.service(Disposal)
        self.error_label.clear()
        try:
            if self.refuse:
                done = disposal.refuse(self.user, self.batch_number, reason=self.reason_edit.text())
            else:
                done = disposal.authorise(self.user, self.batch_number, legal_basis=self.legal_edit.text(),
                                          reason=self.reason_edit.text(), authorisation=self.hc_edit.text())
        except CaseAppError as exc:
            self.error_label.setText(problems_text(exc))
            return
        self.changes = done.changes
        self.accept()


COLUMNS = ("Batch", "State", "Method", "Exhibits", "Requested by", "Requested", "Decided by")


class DisposalsDialog(QDialog):
    """Evidence > Disposals: every batch, newest first; a supervisor authorises or refuses those awaiting them."""

    changed = Signal(object)  # Changes

    def __init__(self, app: CaseApp, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.user = app, user
        self.batches: list[DisposalBatch] = []
        self.setWindowTitle(self.tr("Disposals"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Batch"), self.tr("State"), self.tr("Method"), self.tr("Exhibits"), self.tr("Requested by"),
            self.tr("Requested"), self.tr("Decided by")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        batches_label = QLabel(self.tr("&Batches:"))
        batches_label.setBuddy(self.table)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.authorise_button = QPushButton(self.tr("&Authorise…"))
        self.refuse_button = QPushButton(self.tr("Re&fuse…"))
        self.destroy_button = QPushButton(self.tr("&Witnessed destruction…"))
        self.certificate_button = QPushButton(self.tr("&Certificate…"))
        self.yearly_button = QPushButton(self.tr("&Yearly report…"))
        self.yearly_button.setToolTip(self.tr("the quantities destroyed in a year, by substance and method (PDF)"))
        self.yearly_button.clicked.connect(lambda: self.yearly())
        close = QPushButton(self.tr("Close"))
        self.authorise_button.clicked.connect(lambda: self.decide(refuse=False))
        self.refuse_button.clicked.connect(lambda: self.decide(refuse=True))
        self.destroy_button.clicked.connect(self.open_destruction)
        self.certificate_button.clicked.connect(self.certificate)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        for button in (self.authorise_button, self.refuse_button, self.destroy_button, self.certificate_button,
                       self.yearly_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(batches_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note_label)
        layout.addLayout(buttons)
        self.resize(1000, 460)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        self.batches = self.app.service(Disposal).batches()
        self.table.setRowCount(len(self.batches))
        for row, batch in enumerate(self.batches):
            decided = batch.authorised or batch.refused
            cells = (batch.batch, status_text(batch.status),
                     self.tr("destruction") if batch.method == "destruction" else self.tr("return"),
                     ", ".join(i.code for i in batch.items), batch.requested.actor,
                     batch.requested.at.replace("T", " "), decided.actor if decided else "")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        names = [b.batch for b in self.batches]
        waiting = [b for b in self.batches if b.status == REQUESTED]
        self.note_label.setText(self.tr("{count} batch(es) awaiting authorisation.").format(count=len(waiting))
                                if waiting else self.tr("No batch awaits authorisation."))
        if names:
            self.table.selectRow(names.index(select) if select in names else 0)
        self._update_buttons()

    def selected(self) -> DisposalBatch | None:
        rows = self.table.selectionModel().selectedRows()
        return self.batches[rows[0].row()] if rows and self.batches else None

    def select(self, batch: str) -> None:
        names = [b.batch for b in self.batches]
        if batch in names:
            self.table.selectRow(names.index(batch))

    def _update_buttons(self) -> None:
        batch = self.selected()
        supervisor = self.user.role is Role.SUPERVISOR
        status = batch.status if batch is not None else ""
        self.authorise_button.setEnabled(supervisor and status == REQUESTED)
        self.refuse_button.setEnabled(supervisor and status in (REQUESTED, AUTHORISED))
        self.destroy_button.setEnabled(status == AUTHORISED and self.user.role is not Role.ADMIN)
        self.certificate_button.setEnabled(status == DISPOSED)
        why = "" if supervisor else self.tr("Only a supervisor authorises or refuses a disposal.")
        self.authorise_button.setToolTip(why)
        self.refuse_button.setToolTip(why)

    def make_decision(self, refuse: bool) -> DecisionDialog | None:
        batch = self.selected()
        return DecisionDialog(self.app, self.user, batch.batch, refuse, self) if batch is not None else None

    def decide(self, refuse: bool) -> None:
        dialog = self.make_decision(refuse)
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed(dialog.batch_number, dialog.changes)

    def make_destruction(self) -> QDialog | None:
        batch = self.selected()
        return DestructionDialog(self.app, self.user, batch.batch, self) if batch is not None else None

    def open_destruction(self) -> None:
        dialog = self.make_destruction()
        if dialog is not None:
            dialog.exec()
            changes = getattr(dialog, "changes", NOTHING)
            if changes != NOTHING:
                self._changed(getattr(dialog, "batch_number", ""), changes)

    def certificate(self, path: Path | None = None) -> int:
        batch = self.selected()
        if batch is None:
            return 0
        path = path or ask_pdf_path(self, self.tr("Certificate of batch {batch}").format(batch=batch.batch),
                                    f"certificate-{batch.batch}.pdf")
        if path is None:
            return 0
        try:
            pages = save_certificate(self.app, self.user, batch.batch, path)
        except (CaseAppError, OSError) as exc:
            self.note_label.setText(str(exc))
            return 0
        self.note_label.setText(self.tr("Wrote {path}.").format(path=path))
        return pages

    def yearly(self, year: int | None = None, path: Path | None = None) -> int:
        """Write the yearly report of quantities destroyed (the year and the file asked when not given)."""
        from caseapp.services.disposal_papers import yearly_report

        if year is None:
            year, chosen = QInputDialog.getInt(self, self.tr("Yearly report"), self.tr("Quantities destroyed in:"),
                                               self.app.local_now().year, 1900, 9999)
            if not chosen:
                return 0
        path = path or ask_pdf_path(self, self.tr("Yearly report"), f"destroyed-{year}.pdf")
        if path is None:
            return 0
        try:
            check_output(path, self.app.path, what="the PDF")
            with path.open("wb") as out:
                pages = yearly_report(self.app, self.user, year, out)
        except (CaseAppError, OSError) as exc:
            self.note_label.setText(str(exc))
            return 0
        self.note_label.setText(self.tr("Wrote {path}.").format(path=path))
        return pages

    def _changed(self, batch: str, changes: Changes) -> None:
        self.reload(select=batch)
        self.changed.emit(changes)
