"""The window's printed reports (case report, exhibit labels, summary of a search) and the export of a
search's results, each written off the GUI thread through `Operation`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from caseapp.core.changes import Changes
from caseapp.core.filenames import report_file_name
from caseapp.core.text import counted
from caseapp.gui.file_operations import AUDITED
from caseapp.gui.operations import Operation
from caseapp.gui.worker import DatabaseTask
from caseapp.services.app import CaseApp
from caseapp.services.guard import check_output
from caseapp.services.transfer import export_search

if TYPE_CHECKING:
    from caseapp.gui.window_parts import Window


class Printing:
    """Reports and result exports for `window` (its menus and the search panel's buttons call these)."""

    def __init__(self, window: Window) -> None:
        self.window = window

    def _operation(self, label: str) -> Operation:
        return Operation(self.window, self.window.hub, self.window.tasks, label)

    def export_results_dialog(self) -> None:
        files = self.window.files
        name, _ = QFileDialog.getSaveFileName(self.window, "Export the results", files.last_folder()
                                              + "/results.csv", "CSV (*.csv)")
        if name:
            files.remember_folder(name)
            self.export_results(Path(name))

    def export_results(self, path: Path) -> DatabaseTask | None:
        try:
            query = self.window.search_panel.build_query()
        except ValueError as exc:
            QMessageBox.warning(self.window, "Not exported", str(exc))
            return None
        login = self.window.user.login

        def work(app: CaseApp, _progress: object) -> int:
            check_output(path, app.path)  # never the database or its -wal/-shm
            with path.open("w", encoding="utf-8", newline="") as out:
                return export_search(app, query, out, actor=login, target=path.name)

        return self._operation(f"Exporting the results to {path.name}…").changes(AUDITED).success(
            lambda count: self.window.statusBar().showMessage(f"Exported {counted(count, 'row')} to {path}", 8000)
        ).run_on(self.window.app, work)

    def _pdf_path(self, title: str, name: str) -> Path | None:
        files = self.window.files
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, f"{files.last_folder()}/{name}", "PDF (*.pdf)")
        if not chosen:
            return None
        files.remember_folder(chosen)
        return Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")

    def _printed(self, path: Path, pages: object) -> None:
        self.window.statusBar().showMessage(f"Wrote {path} ({counted(pages, 'page')})", 8000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _write_pdf(self, path: Path, write: Callable[[CaseApp, BinaryIO], int], changes: Changes) -> DatabaseTask:
        """Write a PDF to `path` off the GUI thread (`write(app, out)` returns its pages), never over the
        database or its -wal/-shm; then say what it changed and open it."""
        def work(app: CaseApp, _progress: object) -> int:
            check_output(path, app.path)
            with path.open("wb") as out:
                return write(app, out)

        return self._operation(f"Writing {path.name}…").changes(changes).success(
            lambda pages: self._printed(path, pages)).run_on(self.window.app, work)

    def print_case(self, kind: str, path: Path | None = None, *, single: bool = False) -> DatabaseTask | None:
        window = self.window
        tab = window.current_case_tab()
        number = tab.case_number if tab is not None else window.selected_case_number()
        if not number:
            return None
        if tab is not None and tab.form.is_dirty():
            QMessageBox.information(window, "Unsaved changes", "The report prints the case as saved; save your "
                                    "changes first to include them.")
        path = path or self._pdf_path("Case report" if kind == "report" else "Exhibit labels",
                                      report_file_name(number, kind))
        if path is None:
            return None
        user = window.user

        def write(app: CaseApp, out: BinaryIO) -> int:
            from caseapp.services import reports

            if kind == "report":
                return reports.case_report(app, user, number, out)
            return reports.labels(app, user, number, out, sheet=not single)

        # the case's history shows the print
        return self._write_pdf(path, write, Changes(audit=True, history=frozenset({number})))

    def summary_dialog(self, path: Path | None = None) -> DatabaseTask | None:
        window = self.window
        try:
            query = window.search_panel.build_query()
        except ValueError as exc:
            QMessageBox.warning(window, "No summary", str(exc))
            return None
        path = path or self._pdf_path("Summary of the results", "summary.pdf")
        if path is None:
            return None
        user = window.user

        def write(app: CaseApp, out: BinaryIO) -> int:
            from caseapp.services.summary import summary_report

            return summary_report(app, user, query, out)

        return self._write_pdf(path, write, AUDITED)
