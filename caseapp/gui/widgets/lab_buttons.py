"""The lab's part of the custody tab: "Request analysis…" for the chosen exhibits, "Lab result…" for the chosen
exhibit at the lab, and the weight discrepancies (core.continuity) that flag exhibits in red."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Protocol, cast

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from caseapp.core.changes import Changes
from caseapp.core.continuity import Discrepancy
from caseapp.core.custody import CustodyState
from caseapp.core.errors import CaseAppError
from caseapp.core.model import Exhibit
from caseapp.gui.dialogs.lab import LabRequestDialog, LabResultDialog
from caseapp.gui.i18n import window_language
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.custody import Custody
from caseapp.services.guard import check_output
from caseapp.services.lab import WeightChecks
from caseapp.services.lab_print import lab_form


class LabTab(Protocol):
    """What the buttons need of the custody tab they sit in (a QWidget)."""

    app: CaseApp
    user: User
    case_number: str | None
    exhibits: list[Exhibit]
    states: dict[str, CustodyState | None]

    def selected_exhibit(self) -> str | None: ...

    def _recorded(self, number: str, changes: Changes) -> None: ...

FLAG_RED = QColor("#b00020")


class LabButtons(QObject):
    def __init__(self, tab: LabTab) -> None:
        super().__init__(cast(QWidget, tab))
        self.tab = tab
        self.discrepancies: dict[str, list[Discrepancy]] = {}
        self.dialog: LabRequestDialog | LabResultDialog | None = None
        self.request_button = QPushButton(self.tr("Request anal&ysis…"))
        self.request_button.setAccessibleName(self.tr("Request analysis"))
        self.request_button.clicked.connect(self.request)
        self.result_button = QPushButton(self.tr("Lab res&ult…"))
        self.result_button.setAccessibleName(self.tr("Enter lab result"))
        self.result_button.clicked.connect(self.result)
        self.form_button = QPushButton(self.tr("Lab for&m…"))
        self.form_button.setAccessibleName(self.tr("Print the lab request form again"))
        self.form_button.clicked.connect(self.form_again)

    def read(self, case_number: str) -> None:
        try:
            self.discrepancies = self.tab.app.service(WeightChecks).for_case(case_number)
        except CaseAppError:
            self.discrepancies = {}

    def flag_text(self, found: list[Discrepancy]) -> str:
        return self.tr("; weight discrepancy ({count})").format(count=len(found))

    def flag_tooltip(self, found: list[Discrepancy]) -> str:
        return "\n".join(d.describe() for d in found)

    def _state(self):  # type: ignore[no-untyped-def]
        number = self.tab.selected_exhibit()
        return number, self.tab.states.get(number or "") if number else None

    def update(self, may: bool) -> None:
        number, state = self._state()
        has_case = bool(self.tab.case_number) and bool(self.tab.exhibits)
        self.request_button.setEnabled(may and has_case)
        self.result_button.setEnabled(may and state is not None and state.at_lab)
        self.form_button.setEnabled(bool(self.last_request()))

    def last_request(self) -> str:
        """The latest lab request the chosen exhibit went with ("" when none)."""
        number = self.tab.selected_exhibit()
        if not number or not self.tab.case_number:
            return ""
        try:
            events, _ = self.tab.app.service(Custody).history(self.tab.case_number, number)
        except CaseAppError:
            return ""
        return next((e.batch for e in reversed(events) if e.type == "sent_to_lab" and e.batch), "")

    def form_again(self, path: Path | None = None) -> int | None:
        """Print the chosen exhibit's latest request form again (asking where, unless `path` is given)."""
        request = self.last_request()
        if not request:
            return None
        path = path or self._ask_path(request)
        return self.print_form(request, path) if path is not None else None

    def request(self) -> LabRequestDialog | None:
        """Open the request dialog with the chosen exhibit ticked (window-modal) and return it."""
        if not self.request_button.isEnabled() or not self.tab.case_number:
            return None
        number, _ = self._state()
        dialog = LabRequestDialog(self.tab.app, self.tab.user, self.tab.case_number, list(self.tab.exhibits),
                                  {number} if number else set(), cast(QWidget, self.tab))
        dialog.accepted.connect(lambda: self._request_sent(dialog))
        return self._open(dialog, number)

    def result(self) -> LabResultDialog | None:
        """Open the result dialog for the chosen exhibit at the lab and return it."""
        number, state = self._state()
        if not self.result_button.isEnabled() or not self.tab.case_number or number is None or state is None:
            return None
        exhibit = next(e for e in self.tab.exhibits if e.number == number)
        dialog = LabResultDialog(self.tab.app, self.tab.user, self.tab.case_number, exhibit, state.holder,
                                 cast(QWidget, self.tab))
        return self._open(dialog, number)

    def _request_sent(self, dialog: LabRequestDialog) -> None:
        if dialog.request is not None and dialog.form_check.isChecked():
            path = self._ask_path(dialog.request.number)
            if path is not None:
                self.print_form(dialog.request.number, path)

    def _ask_path(self, request_number: str) -> Path | None:
        """Where to save a request's form: asked in the folder last used for a file (the home folder at first)."""
        files = getattr(cast(QWidget, self.tab).window(), "files", None)  # the main window's file operations
        folder = files.last_folder() if files is not None else str(Path.home())
        title = self.tr("Save the request-for-analysis form")
        chosen, _ = QFileDialog.getSaveFileName(cast(QWidget, self.tab), title, f"{folder}/{request_number}.pdf",
                                                "PDF (*.pdf)")
        if not chosen:
            return None
        if files is not None:
            files.remember_folder(chosen)
        return Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

    def print_form(self, request_number: str, path: Path, lang: str | None = None) -> int | None:
        """Write the request's form to `path` in `lang` (the window's by default), audited, and open it; a
        refusal is shown and nothing is written."""
        try:
            check_output(path, self.tab.app.path)
            buffer = io.BytesIO()
            pages = lab_form(self.tab.app, self.tab.user, request_number, buffer, lang=lang or window_language())
            path.write_bytes(buffer.getvalue())
        except (CaseAppError, OSError) as exc:
            QMessageBox.warning(cast(QWidget, self.tab), self.tr("The form was not saved"), str(exc))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return pages

    def _open(self, dialog: LabRequestDialog | LabResultDialog,
              number: str | None) -> LabRequestDialog | LabResultDialog:
        dialog.accepted.connect(lambda: self.tab._recorded(number or "", dialog.changes))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: LabRequestDialog | LabResultDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
