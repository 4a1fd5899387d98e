"""The lab in the window: a request for analysis (which exhibits go, to which lab, each sample's weight, the
tests asked) and a lab result (confirmed substance with completion, purity, certificate, weight back and the
two people who weighed it). Both save through services.lab, which checks, records and audits; a refusal is
shown in the dialog, which stays open with everything typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from caseapp.core.changes import NOTHING, Changes
from caseapp.core.continuity import TWO_PERSON_KINDS
from caseapp.core.custody import CustodyError
from caseapp.core.dates import parse_occurred
from caseapp.core.errors import CaseAppError
from caseapp.core.model import Exhibit
from caseapp.gui.dialogs.login import _form, _line_edit, _row, dialog_buttons, dialog_layout, dim, error_label, sentence
from caseapp.gui.i18n import translate
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.lab import LabRequest, LabRequests

SAMPLE_COLUMN = 3


def _now(app: CaseApp) -> str:
    return app.local_now().strftime("%Y-%m-%d %H:%M")


def _at(text: str) -> str:
    """The time as typed, in ISO (as the custody dialog reads it); CaseAppError naming what is wrong."""
    try:
        return parse_occurred(text)
    except ValueError as exc:
        raise CaseAppError(translate("LabDialogs", "when: {problem}").format(problem=exc)) from None


def _problems(exc: CaseAppError) -> str:
    problems = exc.problems if isinstance(exc, CustodyError) else (str(exc),)
    return "\n".join(sentence(p) for p in problems)


class LabRequestDialog(QDialog):
    """Send chosen exhibits of a case to a lab; `request` is the LabRequest recorded once accepted."""

    def __init__(self, app: CaseApp, user: User, case_number: str, exhibits: list[Exhibit], chosen: set[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.user, self.case_number = app, user, case_number
        self.exhibits = exhibits
        self.request: LabRequest | None = None
        self.changes: Changes = NOTHING
        self.setWindowTitle(self.tr("Request analysis: case {case}").format(case=case_number))
        self.lab_edit = _line_edit(self.tr("Laboratory"))
        self.lab_edit.setPlaceholderText(self.tr("e.g. Health Canada Drug Analysis Service"))
        self.number_label = QLabel(app.service(LabRequests).next_number(case_number))
        self.number_label.setAccessibleName(self.tr("Request number"))
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        officer = QLabel(user.display_name or user.login)
        officer.setAccessibleName(self.tr("Submitting officer"))
        self.at_edit = _line_edit(self.tr("Sent at"))
        self.at_edit.setText(_now(app))
        self.tests_edit = _line_edit(self.tr("Analysis requested"))
        self.tests_edit.setPlaceholderText(self.tr("e.g. identification, purity"))
        self.notes_edit = _line_edit(self.tr("Notes"))
        self.table = QTableWidget(len(exhibits), 4)
        self.table.setAccessibleName(self.tr("Exhibits to send"))
        self.table.setHorizontalHeaderLabels([self.tr("Send"), self.tr("No."), self.tr("Exhibit"),
                                              self.tr("Sample weight")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.sample_edits: dict[str, QLineEdit] = {}
        for row, exhibit in enumerate(exhibits):
            number = exhibit.number or ""
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if number in chosen else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Send exhibit {number}").format(number=number))
            self.table.setItem(row, 0, check)
            for column, text in ((1, number), (2, app.catalogue.display(exhibit.substance) or exhibit.description)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
            edit = QLineEdit()
            edit.setAccessibleName(self.tr("Sample weight of exhibit {number}").format(number=number))
            edit.setPlaceholderText(self.tr("e.g. 2 g"))
            self.sample_edits[number] = edit
            self.table.setCellWidget(row, SAMPLE_COLUMN, edit)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(SAMPLE_COLUMN, 120)
        self.table.setMinimumHeight(min(60 + 30 * len(exhibits), 260))
        form = _form()
        _row(form, self.tr("&Laboratory:"), self.lab_edit)
        _row(form, self.tr("Request number:"), self.number_label)
        _row(form, self.tr("Submitting officer:"), officer)
        _row(form, self.tr("Sent &at:"), self.at_edit)
        _row(form, self.tr("Anal&ysis requested:"), self.tests_edit)
        _row(form, self.tr("&Notes:"), self.notes_edit)
        exhibits_label = QLabel(self.tr("Exhibits to send, with the weight of each sample:"))
        self.form_check = QCheckBox(self.tr("Then save the request-for-analysis &form (PDF)"))
        self.form_check.setChecked(True)
        note = dim(QLabel(self.tr("One sent-to-lab custody event is recorded for each exhibit, all or none. The "
                                  "form can be printed again later from its request number.")))
        note.setWordWrap(True)
        self.error_label = error_label(self.tr("Problem with the request"))
        self.buttons = dialog_buttons(self, self.tr("&Send to the lab"), QDialogButtonBox.StandardButton.Ok)
        dialog_layout(self, form, exhibits_label, self.table, self.form_check, note, self.error_label, self.buttons)
        note.setMaximumWidth(560)
        self.lab_edit.setFocus()

    def chosen(self) -> list[str]:
        return [self.table.item(row, 1).text() for row in range(self.table.rowCount())
                if self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    def set_chosen(self, number: str, send: bool) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 1).text() == number:
                self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if send else Qt.CheckState.Unchecked)

    def accept(self) -> None:
        chosen = self.chosen()
        samples = {n: self.sample_edits[n].text() for n in chosen if self.sample_edits[n].text().strip()}
        try:
            done = self.app.service(LabRequests).request(
                self.user, self.case_number, chosen, lab=self.lab_edit.text(), samples=samples,
                tests=self.tests_edit.text(), notes=self.notes_edit.text(), at=_at(self.at_edit.text()))
        except CaseAppError as exc:
            self.error_label.setText(_problems(exc))
            self.error_label.show()
            return
        self.request, self.changes = done.value, done.changes
        super().accept()


class LabResultDialog(QDialog):
    """Enter the lab's result for an exhibit at the lab."""

    def __init__(self, app: CaseApp, user: User, case_number: str, exhibit: Exhibit, lab: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app, self.user, self.case_number, self.exhibit = app, user, case_number, exhibit
        self.changes: Changes = NOTHING
        self.setWindowTitle(self.tr("Lab result: exhibit {case}/{number}").format(case=case_number,
                                                                                 number=exhibit.number))
        self.substance_edit = _line_edit(self.tr("Confirmed substance"))
        names = sorted({s.name for s in app.catalogue.substances.values()})
        completer = QCompleter(names, self.substance_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.substance_edit.setCompleter(completer)
        self.purity_edit = _line_edit(self.tr("Purity (%)"))
        self.purity_edit.setPlaceholderText(self.tr("0 to 100"))
        self.certificate_edit = _line_edit(self.tr("Certificate number"))
        self.lab_edit = _line_edit(self.tr("Laboratory"))
        self.lab_edit.setText(lab)
        self.weight_edit = _line_edit(self.tr("Weight back from the lab"))
        self.weight_edit.setPlaceholderText(self.tr("e.g. 97.9 g"))
        self.counter_edits = (_line_edit(self.tr("Weighed by (first person)")),
                              _line_edit(self.tr("Weighed by (second person)")))
        self.counter_edits[0].setText(user.login)
        self.at_edit = _line_edit(self.tr("Received at"))
        self.at_edit.setText(_now(app))
        self.notes_edit = _line_edit(self.tr("Notes"))
        form = _form()
        _row(form, self.tr("Confirmed &substance:"), self.substance_edit)
        _row(form, self.tr("&Purity (%):"), self.purity_edit)
        _row(form, self.tr("&Certificate:"), self.certificate_edit)
        _row(form, self.tr("&Laboratory:"), self.lab_edit)
        _row(form, self.tr("&Weight back:"), self.weight_edit)
        _row(form, self.tr("Weighed &by:"), self.counter_edits[0])
        _row(form, self.tr("and b&y:"), self.counter_edits[1])
        _row(form, self.tr("Received &at:"), self.at_edit)
        _row(form, self.tr("&Notes:"), self.notes_edit)
        two = exhibit.kind in TWO_PERSON_KINDS
        note = dim(QLabel(self.tr("Drugs and cash are weighed by two people: name both with the weight back.") if two
                          else self.tr("The confirmed substance is used by search and the summary from now on.")))
        note.setWordWrap(True)
        self.error_label = error_label(self.tr("Problem with the result"))
        self.buttons = dialog_buttons(self, self.tr("&Record result"), QDialogButtonBox.StandardButton.Ok)
        dialog_layout(self, form, note, self.error_label, self.buttons)
        note.setMaximumWidth(520)
        self.substance_edit.setFocus()

    def accept(self) -> None:
        try:
            done = self.app.service(LabRequests).result(
                self.user, self.case_number, self.exhibit.number or "", substance=self.substance_edit.text(),
                purity=self.purity_edit.text(), certificate=self.certificate_edit.text(), lab=self.lab_edit.text(),
                weight=self.weight_edit.text(), counted_by=[e.text() for e in self.counter_edits],
                notes=self.notes_edit.text(), at=_at(self.at_edit.text()))
        except CaseAppError as exc:
            self.error_label.setText(_problems(exc))
            self.error_label.show()
            return
        self.changes = done.changes
        super().accept()
