"""The window's printed reports (case report, exhibit labels, summary of a search) and the export of a
search's results, each written off the GUI thread through `Operation`.

A print asks first in which language it is printed (the window's by default; labels may be bilingual, English
and French on one label), then where the PDF goes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from caseapp.core.changes import Changes
from caseapp.core.filenames import report_file_name
from caseapp.gui.dialogs.print_options import PrintOptions, ask_print_options
from caseapp.gui.file_operations import AUDITED
from caseapp.gui.i18n import plural, translate, window_language
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
        name, _ = QFileDialog.getSaveFileName(self.window, translate("Printing", "Export the results"),
                                              files.last_folder() + "/results.csv", "CSV (*.csv)")
        if name:
            files.remember_folder(name)
            self.export_results(Path(name))

    def export_results(self, path: Path) -> DatabaseTask | None:
        try:
            query = self.window.search_panel.build_query()
        except ValueError as exc:
            QMessageBox.warning(self.window, translate("Printing", "Not exported"), str(exc))
            return None
        login = self.window.user.login

        def work(app: CaseApp, _progress: object) -> int:
            check_output(path, app.path)  # never the database or its -wal/-shm
            with path.open("w", encoding="utf-8", newline="") as out:
                return export_search(app, query, out, actor=login, target=path.name)

        def exported(count: int) -> None:
            self.window.statusBar().showMessage(translate("Printing", "Exported {rows} to {path}").format(
                rows=plural(count, translate("Printing", "{n} row"), translate("Printing", "{n} rows")),
                path=path), 8000)

        return self._operation(translate("Printing", "Exporting the results to {file}…").format(
            file=path.name)).changes(AUDITED).success(exported).run_on(self.window.app, work)

    def _pdf_path(self, title: str, name: str) -> Path | None:
        files = self.window.files
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, f"{files.last_folder()}/{name}", "PDF (*.pdf)")
        if not chosen:
            return None
        files.remember_folder(chosen)
        return Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")

    def _printed(self, path: Path, pages: object) -> None:
        self.window.statusBar().showMessage(translate("Printing", "Wrote {path} ({pages})").format(
            path=path, pages=plural(int(pages), translate("Printing", "{n} page"), translate("Printing", "{n} pages"))),
            8000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _write_pdf(self, path: Path, write: Callable[[CaseApp, BinaryIO], int], changes: Changes) -> DatabaseTask:
        """Write a PDF to `path` off the GUI thread (`write(app, out)` returns its pages), never over the
        database or its -wal/-shm; then say what it changed and open it."""
        def work(app: CaseApp, _progress: object) -> int:
            check_output(path, app.path)
            with path.open("wb") as out:
                return write(app, out)

        return self._operation(translate("Printing", "Writing {file}…").format(file=path.name)).changes(
            changes).success(
            lambda pages: self._printed(path, pages)).run_on(self.window.app, work)

    def print_case(self, kind: str, path: Path | None = None, *, single: bool = False,
                   options: PrintOptions | None = None) -> DatabaseTask | None:
        """Print the current case's report or labels; without `path`, the language is asked, then the file."""
        window = self.window
        tab = window.current_case_tab()
        number = tab.case_number if tab is not None else window.selected_case_number()
        if not number:
            return None
        if tab is not None and tab.form.is_dirty():
            QMessageBox.information(window, translate("Printing", "Unsaved changes"), translate(
                "Printing", "The report prints the case as saved; save your changes first to include them."))
        title = translate("Printing", "Case report") if kind == "report" else translate("Printing", "Exhibit labels")
        if path is None:
            options = options or ask_print_options(window, title, labels=kind != "report")
            if options is None:
                return None
            path = self._pdf_path(title, report_file_name(number, kind))
        if path is None:
            return None
        chosen = options or PrintOptions(window_language())
        user = window.user

        def write(app: CaseApp, out: BinaryIO) -> int:
            from caseapp.services import reports

            if kind == "report":
                return reports.case_report(app, user, number, out, lang=chosen.lang)
            return reports.labels(app, user, number, out, sheet=not single, lang=chosen.lang,
                                  bilingual=chosen.bilingual)

        # the case's history shows the print
        return self._write_pdf(path, write, Changes(audit=True, history=frozenset({number})))

    def summary_dialog(self, path: Path | None = None, *, options: PrintOptions | None = None) -> DatabaseTask | None:
        window = self.window
        try:
            query = window.search_panel.build_query()
        except ValueError as exc:
            QMessageBox.warning(window, translate("Printing", "No summary"), str(exc))
            return None
        title = translate("Printing", "Summary of the results")
        if path is None:
            options = options or ask_print_options(window, title)
            if options is None:
                return None
            path = self._pdf_path(title, "summary.pdf")
        if path is None:
            return None
        chosen = options or PrintOptions(window_language())
        user = window.user

        def write(app: CaseApp, out: BinaryIO) -> int:
            from caseapp.services.summary import summary_report

            return summary_report(app, user, query, out, lang=chosen.lang)

        return self._write_pdf(path, write, AUDITED)
