"""The officer's main window: the case list, cases open in tabs, menus and toolbar, and the long
tasks (import, export, verify) run off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp import __version__
from caseapp.core import vocab
from caseapp.core.errors import CaseAppError
from caseapp.core.filenames import report_file_name
from caseapp.core.text import counted
from caseapp.gui.case_tab import CASE_ROLES, CaseTab
from caseapp.gui.dialogs.reason import SEARCH_NAME, ask_text
from caseapp.gui.models.case_list import CASE, COLUMNS, DATE, CaseListModel
from caseapp.gui.settings_keys import CASE_LIST_HEADER, LAST_FOLDER, MAIN_GEOMETRY, MAIN_STATE
from caseapp.gui.widgets.search_panel import SearchPanel
from caseapp.gui.worker import DatabaseTask, FunctionTask
from caseapp.paths import backups_dir
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User
from caseapp.services.backup import RestoreNeedsConfirmation, automatic_backup, backup, restore
from caseapp.services.guard import check_output
from caseapp.services.transfer import FORMATS, ImportReport, export_cases, export_search, import_file

FILE_FILTER = "Case files (*.json *.csv);;JSON (*.json);;CSV or UN IDS (*.csv);;All files (*)"


def import_refused_box(parent: QWidget | None, path: Path, report: ImportReport,
                       skipped: bool) -> tuple[QMessageBox, QPushButton | None]:
    """The message of an import that wrote nothing, with the button that imports only the valid records."""
    lines = [f"{p}" for p in (report.errors + report.warnings)[:40]]
    more = report.error_count + report.warning_count - len(lines)
    box = QMessageBox(QMessageBox.Icon.Warning, "Nothing imported",
                      f"{path.name}: {counted(report.error_count, 'error')} in {report.rejected:,} of "
                      f"{report.records:,} records, so nothing was written.", parent=parent)
    box.setDetailedText("\n".join(lines) + (f"\n… and {more} more" if more > 0 else ""))
    valid = report.records - report.rejected
    skip = None
    if valid > 0 and not skipped:
        skip = box.addButton(f"&Import the {valid:,} valid records", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    return box, skip


#: the status bar's word for the workflow steps a case tab reports as saves (audit actions)
_STEP_WORDS = {"submit": "Submitted", "approve": "Approved", "return": "Returned"}


class MainWindow(QMainWindow):
    def __init__(self, app: CaseApp, user: User, *, title_note: str = "", auto_backup: bool = True) -> None:
        super().__init__()
        self.app = app
        self.user = user
        self.auto_backup = auto_backup  # a backup on closing after changes (not for the throw-away demo)
        self.restored = False
        self._closed = False
        self.tasks: list[DatabaseTask] = []
        self.setWindowTitle(f"caseapp — {user.display_name or user.login}{title_note}")
        self.settings = QSettings()

        self.model = CaseListModel(app, self)
        self.table = QTableView(self)
        self.table.setAccessibleName("case list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((150, 130, 230, 230, 110, 120, 90, 170, 90)):
            self.table.setColumnWidth(column, width)
        # a case number is never cut: "CANADABORDER-202…" made two cases look alike
        self.model.rowsInserted.connect(lambda _parent, first, last: self._fit_case_numbers(first, last + 1))
        self.model.modelReset.connect(lambda: self._fit_case_numbers(0, len(self.model.rows)))
        header.setSortIndicatorShown(True)
        header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort)
        self.table.activated.connect(self._open_index)
        self.table.setTabKeyNavigation(False)  # a list of whole rows: Tab leaves it, the arrows move in it

        self.filter = QLineEdit(self)
        self.filter.setAccessibleName("filter cases")
        self.filter.setPlaceholderText("Filter: a case number, or words from place, substance, narrative…")
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(300)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.filter.returnPressed.connect(self._filter_entered)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName("status filter")
        self.status_filter.addItem("All statuses", None)
        for term in vocab.CASE_STATUS.terms:
            self.status_filter.addItem(term.label, term.code)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.shown_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.shown_label)
        QWidget.setTabOrder(self.filter, self.table)  # type the filter, Tab to the cases it found
        QWidget.setTabOrder(self.table, self.status_filter)
        cases = QWidget(self)
        column = QVBoxLayout(cases)
        column.setContentsMargins(6, 6, 6, 6)
        column.addLayout(bar)
        column.addWidget(self.table)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.addTab(cases, "Cases")
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.search_panel = SearchPanel(app, self)
        self.search_panel.open_case.connect(self.open_case)
        self.search_panel.export_button.clicked.connect(self.export_results_dialog)
        self.search_panel.save_button.clicked.connect(self.save_search_dialog)
        self.search_panel.summary_button.clicked.connect(self.summary_dialog)
        self.tabs.addTab(self.search_panel, "Search")
        self.tabs.tabBar().setTabButton(1, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._update_actions)
        self.setCentralWidget(self.tabs)

        self.counts_label = QLabel(self)
        self.path_label = QLabel(str(app.path or "in memory"), self)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.counts_label)
        self.statusBar().addPermanentWidget(QLabel(f"{user.login} ({user.role})", self))
        self.statusBar().addPermanentWidget(self.path_label)

        self._build_actions()
        self.table.selectionModel().currentChanged.connect(self._update_actions)
        self._restore_settings()
        self.refresh()

    # -- actions --------------------------------------------------------------------------------
    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("&New case", self.new_case, QKeySequence.StandardKey.New,
                                       "record a new seizure")
        self.open_action = self._action("&Open selected", self.open_selected, "Return")
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.open_action)
        self.save_action = self._action("&Save", self.save_current, QKeySequence.StandardKey.Save)
        self.close_action = self._action("&Close tab", lambda: self.close_tab(self.tabs.currentIndex()),
                                         QKeySequence.StandardKey.Close)
        self.search_action = self._action("&Search…", self.show_search, QKeySequence.StandardKey.Find,
                                          "search past seizures by substance, route, time, place and words")
        self.filter_action = self._action("&Filter the case list", self.focus_filter, "Ctrl+L")
        self.export_results_action = self._action("E&xport results to CSV…", self.export_results_dialog)
        self.save_search_action = self._action("Sa&ve this search…", self.save_search_dialog)
        self.import_action = self._action("&Import…", self.import_dialog, "Ctrl+I", "import a JSON, CSV or IDS file")
        self.export_action = self._action("&Export…", self.export_dialog, "Ctrl+E", "export every case")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.submit_action = self._action("Su&bmit for approval", lambda: self._on_tab("submit"))
        self.approve_action = self._action("&Approve", lambda: self._on_tab("approve"))
        self.return_action = self._action("Re&turn to officer…", lambda: self._on_tab("return_case"))
        self.report_action = self._action("Case &report (PDF)…", lambda: self.print_case("report"), "Ctrl+P",
                                          "the case incident report, to print and sign")
        self.labels_action = self._action("Exhibit &labels (PDF)…", lambda: self.print_case("labels"))
        self.summary_action = self._action("Su&mmary of the results (PDF)…", self.summary_dialog,
                                           tip="totals, trend, origins and the largest seizures of this search")
        self.verify_action = self._action("&Verify database", self.verify, tip="check the audit chain and every row")
        self.backup_action = self._action("&Back up the database…", self.backup_dialog,
                                          tip="a checked copy, safe while others work")
        self.restore_action = self._action("&Restore from a backup…", self.restore_dialog,
                                           tip="replace the database with a checked backup (admin)")
        self.refresh_action = self._action("&Refresh", self.refresh, QKeySequence.StandardKey.Refresh)
        self.about_action = self._action("&About caseapp", self.about)

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        for action in (self.new_action, self.open_action, self.save_action, self.close_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        case_menu = bar.addMenu("&Case")
        for action in (self.submit_action, self.approve_action, self.return_action):
            case_menu.addAction(action)
        case_menu.addSeparator()
        case_menu.addAction(self.report_action)
        case_menu.addAction(self.labels_action)
        search_menu = bar.addMenu("S&earch")
        search_menu.addAction(self.search_action)
        search_menu.addAction(self.filter_action)
        self.saved_menu = search_menu.addMenu("Saved searc&hes")
        self.saved_menu.aboutToShow.connect(self._fill_saved_menu)
        search_menu.addAction(self.save_search_action)
        self.delete_saved_menu = search_menu.addMenu("&Delete a saved search")
        self.delete_saved_menu.aboutToShow.connect(self._fill_saved_menu)
        search_menu.addAction(self.export_results_action)
        search_menu.addAction(self.summary_action)
        search_menu.addSeparator()
        search_menu.addAction(self.refresh_action)
        tools = bar.addMenu("Too&ls")
        tools.addAction(self.verify_action)
        tools.addSeparator()
        tools.addAction(self.backup_action)
        tools.addAction(self.restore_action)
        self.restore_action.setEnabled(self.user.role is Role.ADMIN)
        # Accounts, agency settings and the agency's own substances, in Tools for admins only (the services
        # check the role again). Not a menu of their own: every top-level letter of "Admin" is a field's Alt
        # letter in the case form, and even a hidden menu catches its Alt letter. Admins manage; they do not
        # record cases, so New case and Import stay off.
        self.admin_separator = tools.addSeparator()
        self.accounts_action = tools.addAction("&Accounts…", self.accounts_dialog)
        self.agency_action = tools.addAction("A&gency settings…", self.agency_settings_dialog)
        self.substances_action = tools.addAction("Agency's own s&ubstances…", self.substances_dialog)
        for action in (self.admin_separator, self.accounts_action, self.agency_action, self.substances_action):
            action.setVisible(self.user.role is Role.ADMIN)
        bar.addMenu("&Help").addAction(self.about_action)

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        for action in (self.new_action, self.save_action, self.search_action, self.import_action,
                       self.export_action):
            toolbar.addAction(action)
        may_record = self.user.role in CASE_ROLES
        self.new_action.setEnabled(may_record)
        self.import_action.setEnabled(may_record)
        if not may_record:  # say why, where the disabled actions are
            for action in (self.new_action, self.import_action):
                action.setStatusTip("officers and supervisors record cases; admins manage accounts (Tools menu)")
        self._update_actions()

    def _update_actions(self, *_: object) -> None:
        tab = self.current_case_tab()
        printable = tab is not None and tab.case_number is not None or (
            self.tabs.currentIndex() == 0 and self.selected_case_number() is not None)
        self.report_action.setEnabled(printable)
        self.labels_action.setEnabled(printable)
        self.save_action.setEnabled(tab is not None and tab.save_button.isVisible())
        self.close_action.setEnabled(tab is not None)
        self.submit_action.setEnabled(tab is not None and tab.submit_button.isVisible())
        self.approve_action.setEnabled(tab is not None and tab.approve_button.isVisible())
        self.return_action.setEnabled(tab is not None and tab.return_button.isVisible())

    def _on_tab(self, method: str) -> None:
        tab = self.current_case_tab()
        if tab is not None:
            getattr(tab, method)()

    # -- the case list --------------------------------------------------------------------------
    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if COLUMNS[column][1] is None:  # not sortable in SQL: put the indicator back
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            sort = self.model.query.sort
            current = next(i for i, c in enumerate(COLUMNS) if c[1] == sort)
            header.setSortIndicator(current, Qt.SortOrder.DescendingOrder if self.model.query.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            self.statusBar().showMessage("That column cannot be sorted in the case list; use Search.", 4000)
            return
        self.model.sort(column, order)
        self._update_shown()

    def _apply_filter(self, *_: object) -> None:
        self._filter_timer.stop()
        self.model.set_filter(self.filter.text(), self.status_filter.currentData())
        self._update_shown()

    def _filter_entered(self) -> None:
        """Enter in the filter: the one case found opens; among several, the list takes the keys."""
        self._apply_filter()
        found = self.model.total()
        if found == 1 and self.model.row_at(0) is not None:
            self.table.selectRow(0)
            self.open_selected()
        elif found > 1:
            self.table.setFocus()
            self.table.selectRow(0)
        else:
            self.statusBar().showMessage("No case matches the filter.", 4000)

    def _update_shown(self) -> None:
        query = self.model.query
        if query.text.strip() or query.status:
            self.shown_label.setText(f"{self.model.total():,} matching")
        else:
            self.shown_label.setText("")

    def show_search(self) -> None:
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.substance.setFocus()
        self.search_panel.substance.selectAll()

    def _fill_saved_menu(self) -> None:
        names = sorted(self.search_panel.saved(), key=str.casefold)
        menus = ((self.saved_menu, self.run_saved_search), (self.delete_saved_menu, self.delete_saved_search))
        for menu, slot in menus:
            menu.clear()
            for name in names:
                menu.addAction(name, lambda n=name, run=slot: run(n))
            if not names:
                menu.addAction("(none yet: Save this search…)").setEnabled(False)

    def run_saved_search(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.run_saved(name)

    def delete_saved_search(self, name: str) -> None:
        self.search_panel.delete_search(name)
        self.statusBar().showMessage(f"Deleted the saved search '{name}'", 5000)

    def save_search_dialog(self) -> None:
        try:
            self.search_panel.build_query()
        except ValueError as exc:
            QMessageBox.warning(self, "Not saved", str(exc))
            return
        name, ok = ask_text(self, SEARCH_NAME)
        if ok and name.strip():
            self.search_panel.save_search(name)
            self.statusBar().showMessage(f"Saved the search '{name.strip()}' (Search > Saved searches)", 5000)

    def export_results_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, "Export the results", self._last_folder() + "/results.csv",
                                              "CSV (*.csv)")
        if name:
            self.settings.setValue(LAST_FOLDER, str(Path(name).parent))
            self.export_results(Path(name))

    def export_results(self, path: Path) -> DatabaseTask | None:
        try:
            query = self.search_panel.build_query()
        except ValueError as exc:
            QMessageBox.warning(self, "Not exported", str(exc))
            return None
        login = self.user.login

        def work(app: CaseApp, _progress: object) -> int:
            check_output(path, app.path)  # never the database or its -wal/-shm
            with path.open("w", encoding="utf-8", newline="") as out:
                return export_search(app, query, out, actor=login, target=path.name)

        return self._run(f"Exporting the results to {path.name}…", work, lambda count: self.statusBar().showMessage(
            f"Exported {counted(count, 'row')} to {path}", 8000))

    # -- printed reports ------------------------------------------------------------------------------
    def _pdf_path(self, title: str, name: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self, title, f"{self._last_folder()}/{name}", "PDF (*.pdf)")
        if not chosen:
            return None
        self.settings.setValue(LAST_FOLDER, str(Path(chosen).parent))
        return Path(chosen) if chosen.lower().endswith(".pdf") else Path(chosen + ".pdf")

    def _printed(self, path: Path, pages: object) -> None:
        self.statusBar().showMessage(f"Wrote {path} ({counted(pages, 'page')})", 8000)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def print_case(self, kind: str, path: Path | None = None, *, single: bool = False) -> DatabaseTask | None:
        tab = self.current_case_tab()
        number = tab.case_number if tab is not None else self.selected_case_number()
        if not number:
            return None
        if tab is not None and tab.form.is_dirty():
            QMessageBox.information(self, "Unsaved changes", "The report prints the case as saved; save your "
                                    "changes first to include them.")
        path = path or self._pdf_path("Case report" if kind == "report" else "Exhibit labels",
                                      report_file_name(number, kind))
        if path is None:
            return None
        user = self.user

        def work(app: CaseApp, _progress: object) -> int:
            from caseapp.services import reports

            check_output(path, app.path)
            with path.open("wb") as out:
                if kind == "report":
                    return reports.case_report(app, user, number, out)
                return reports.labels(app, user, number, out, sheet=not single)

        return self._run(f"Writing {path.name}…", work, lambda pages: self._printed(path, pages))

    def summary_dialog(self, path: Path | None = None) -> DatabaseTask | None:
        try:
            query = self.search_panel.build_query()
        except ValueError as exc:
            QMessageBox.warning(self, "No summary", str(exc))
            return None
        path = path or self._pdf_path("Summary of the results", "summary.pdf")
        if path is None:
            return None
        user = self.user

        def work(app: CaseApp, _progress: object) -> int:
            from caseapp.services.summary import summary_report

            check_output(path, app.path)
            with path.open("wb") as out:
                return summary_report(app, user, query, out)

        return self._run(f"Writing {path.name}…", work, lambda pages: self._printed(path, pages))

    def focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter.setFocus()
        self.filter.selectAll()

    def refresh(self) -> None:
        self.model.refresh()
        cases, exhibits = self.app.counts()
        self.counts_label.setText(f"{counted(cases, 'case')} · {counted(exhibits, 'exhibit')}")
        self._update_shown()

    def selected_case_number(self) -> str | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.case_number if row else None

    def _open_index(self, index: object) -> None:
        self.open_selected()

    # -- case tabs ------------------------------------------------------------------------------
    def case_tabs(self) -> list[CaseTab]:
        return [w for i in range(self.tabs.count()) if isinstance(w := self.tabs.widget(i), CaseTab)]

    def current_case_tab(self) -> CaseTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, CaseTab) else None

    def new_case(self) -> CaseTab | None:
        if self.user.role not in CASE_ROLES:
            return None
        return self._add_tab(CaseTab(self.app, self.user, None, self))

    def open_case(self, case_number: str) -> CaseTab:
        for tab in self.case_tabs():
            if tab.case_number == case_number:
                self.tabs.setCurrentWidget(tab)
                return tab
        return self._add_tab(CaseTab(self.app, self.user, case_number, self))

    def open_selected(self) -> None:
        number = self.selected_case_number()
        if number:
            self.open_case(number)

    def _add_tab(self, tab: CaseTab) -> CaseTab:
        index = self.tabs.addTab(tab, tab.title())
        tab.title_changed.connect(lambda: self._retitle(tab))
        tab.saved.connect(self._case_saved)
        tab.form.validity_changed.connect(self._update_actions)
        self.tabs.setCurrentIndex(index)
        tab.form.occurred.setFocus()
        return tab

    def _retitle(self, tab: CaseTab) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabText(index, tab.title())
        self._update_actions()

    def _case_saved(self, case_number: str) -> None:
        self.refresh()
        self._update_actions()
        # the tab signals a workflow step as a save too: name the step the audit log recorded last
        entries = self.app.audit.entries("case", case_number) if case_number else []
        done = _STEP_WORDS.get(entries[-1].action, "Saved") if entries else "Saved"
        self.statusBar().showMessage(f"{done} {case_number}", 5000)

    def save_current(self) -> None:
        tab = self.current_case_tab()
        if tab is not None:
            tab.save()

    def _may_close(self, tab: CaseTab) -> bool:
        if not tab.form.is_dirty():
            return True
        self.tabs.setCurrentWidget(tab)
        answer = QMessageBox.question(
            self, "Unsaved changes", f"{tab.case_number or 'The new case'} has changes that are not saved.",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return tab.save()
        return answer == QMessageBox.StandardButton.Discard

    def close_tab(self, index: int) -> bool:
        widget = self.tabs.widget(index)
        if not isinstance(widget, CaseTab):
            return False
        if not self._may_close(widget):
            return False
        self.tabs.removeTab(index)
        widget.deleteLater()
        return True

    # -- long tasks ----------------------------------------------------------------------------
    def _run(self, label: str, work: object, done: object) -> DatabaseTask:
        if self.app.path is None:
            raise RuntimeError("long tasks need a database file")
        task = DatabaseTask(self.app.path, work, clock=self.app.clock, keys=self.app.keys,  # type: ignore[arg-type]
                            parent=self)
        progress = QProgressDialog(label, "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def advanced(records: int, done: int, total: int) -> None:
            if total > 0:
                progress.setMaximum(1000)
                progress.setValue(min(1000, done * 1000 // total))
            progress.setLabelText(f"{label}\n{records:,} records read")

        task.progress.connect(advanced)

        def finished_ok(result: object) -> None:
            progress.close()
            done(result)  # type: ignore[operator]

        def failed(message: str) -> None:
            progress.close()
            QMessageBox.warning(self, "caseapp", message)

        task.succeeded.connect(finished_ok)
        task.failed.connect(failed)
        task.finished.connect(lambda: self.tasks.remove(task) if task in self.tasks else None)
        self.tasks.append(task)
        task.start()
        return task

    def _last_folder(self) -> str:
        return str(self.settings.value(LAST_FOLDER, str(Path.home())))

    def import_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Import cases", self._last_folder(), FILE_FILTER)
        if name:
            self.settings.setValue(LAST_FOLDER, str(Path(name).parent))
            self.import_file(Path(name))

    def import_file(self, path: Path, *, skip_invalid: bool = False) -> DatabaseTask:
        login = self.user.login
        reviewed = self.user.role is Role.SUPERVISOR
        return self._run(f"Importing {path.name}…", lambda app, progress: import_file(
            app, path, actor=login, skip_invalid=skip_invalid, progress=progress, reviewed_allowed=reviewed),
            lambda report: self._imported(path, report, skip_invalid))

    def _imported(self, path: Path, report: ImportReport, skipped: bool) -> None:
        self.refresh()
        lines = [f"{p}" for p in (report.errors + report.warnings)[:40]]
        more = report.error_count + report.warning_count - len(lines)
        detail = "\n".join(lines) + (f"\n… and {more} more" if more > 0 else "")
        if report.committed:
            imported = f"{counted(report.imported, 'case')} ({counted(report.exhibits, 'exhibit')})"
            QMessageBox.information(self, "Import finished", f"{imported} imported from {path.name}; "
                                    f"{report.rejected:,} rejected.\n\n{detail}")
            return
        box, skip = import_refused_box(self, path, report, skipped)
        box.exec()
        if skip is not None and box.clickedButton() is skip:
            self.import_file(path, skip_invalid=True)

    def export_dialog(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(self, "Export every case", self._last_folder() + "/cases.json",
                                                   "JSON (*.json);;CSV (*.csv);;UN IDS (*.ids.csv)")
        if name:
            self.settings.setValue(LAST_FOLDER, str(Path(name).parent))
            fmt = "unodc-ids" if "IDS" in chosen else ("csv" if name.lower().endswith(".csv") else "json")
            self.export_file(Path(name), fmt)

    def export_file(self, path: Path, fmt: str) -> DatabaseTask:
        assert fmt in FORMATS
        login = self.user.login

        def work(app: CaseApp, _progress: object) -> int:
            check_output(path, app.path)  # never the database or its -wal/-shm
            with path.open("w", encoding="utf-8", newline="") as out:
                return export_cases(app, out, fmt=fmt, actor=login, target=path.name)

        return self._run(f"Exporting to {path.name}…", work, lambda count: self.statusBar().showMessage(
            f"Exported {counted(count, 'case')} to {path}", 8000))

    def verify(self) -> DatabaseTask:
        def done(report: object) -> None:
            ok = getattr(report, "ok", False)
            rows = getattr(report, "rows_checked", 0)
            entries = getattr(report, "entries", 0)
            latest = getattr(report, "latest_hash", "")
            if ok:
                checked = f"{counted(entries, 'audit entry', 'audit entries')} and {counted(rows, 'row')} checked"
                QMessageBox.information(self, "Database verified", f"Intact: {checked}.\n\nLatest chain hash "
                                        f"(note it to detect later removals):\n{latest}")
            else:
                problems = "\n".join(getattr(report, "problems", [])[:20])
                QMessageBox.critical(self, "Database damaged or tampered with", problems)

        return self._run("Verifying the database…", lambda app, _progress: app.verify(), done)

    # -- backups ----------------------------------------------------------------------------------------
    def backup_dialog(self) -> DatabaseTask | None:
        name, _ = QFileDialog.getSaveFileName(self, "Back up the database", self._last_folder()
                                              + f"/caseapp-{self.app.local_now():%Y%m%d-%H%M}.sqlite3",
                                              "caseapp database (*.sqlite3)")
        if not name:
            return None
        self.settings.setValue(LAST_FOLDER, str(Path(name).parent))
        return self.backup_to(Path(name))

    def backup_to(self, path: Path) -> DatabaseTask:
        login = self.user.login
        return self._run(f"Backing up to {path.name}…", lambda app, _progress: backup(app, path, actor=login),
                         lambda info: QMessageBox.information(
                             self, "Backed up", f"{counted(info.cases, 'case')} and "
                             f"{counted(info.exhibits, 'exhibit')} copied to {info.path}.\n\n"
                             f"Audit chain hash (kept in {Path(info.path).name}.json):\n"
                             f"{info.chain_hash}\n\nFirst admin's key fingerprint:\n{info.admin_key}"))

    def restore_dialog(self) -> None:
        if self.user.role is not Role.ADMIN:
            return
        name, _ = QFileDialog.getOpenFileName(self, "Restore from a backup", self._last_folder(),
                                              "caseapp database (*.sqlite3);;All files (*)")
        if not name:
            return
        answer = QMessageBox.question(
            self, "Restore from a backup", f"Replace the database with {Path(name).name}? It is checked first; "
            "the current database is kept beside it. caseapp closes afterwards: start it again.")
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_from(Path(name))

    def restore_from(self, source: Path, accepted: frozenset[str] = frozenset()) -> FunctionTask | None:
        """Restore `source` in a worker; a backup that needs the admin's explicit consent (no usable record,
        another agency or other admins) is asked about, and restored only after a Yes (`accepted` holds the
        restore() options given so far)."""
        if self.app.path is None:
            return None
        database, login, clock, keys = self.app.path, self.user.login, self.app.clock, self.app.keys
        for tab in self.case_tabs():
            if not self._may_close(tab):
                return None
        self.app.checkpoint()

        def attempt() -> object:
            try:
                return restore(database, source, actor=login, clock=clock, keys=keys,
                               **{option: True for option in accepted})
            except RestoreNeedsConfirmation as exc:
                return exc  # asked about on the GUI thread

        task = FunctionTask(attempt, self)
        progress = QProgressDialog(f"Checking and restoring {source.name}…", "", 0, 0, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)

        def done(result: object) -> None:
            progress.close()
            if isinstance(result, RestoreNeedsConfirmation):
                message = str(result).rsplit(" (--", 1)[0]  # the CLI's option name means nothing here
                answer = QMessageBox.question(self, "Restore from a backup", f"{message}.\n\nRestore it anyway?",
                                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                              QMessageBox.StandardButton.No)
                if answer == QMessageBox.StandardButton.Yes:
                    self.restore_from(source, accepted | {result.option})
                else:
                    QMessageBox.warning(self, "Not restored", "Nothing was changed.")
                return
            QMessageBox.information(self, "Restored", f"Restored from {source.name}. The replaced database is kept "
                                    f"at {getattr(result, 'previous_kept_at', '')}. caseapp closes now; start it "
                                    "again.")
            self.restored = True
            self.close()

        def failed(message: str) -> None:
            progress.close()
            QMessageBox.warning(self, "Not restored", f"{message}\n\nNothing was changed.")

        task.succeeded.connect(done)
        task.failed.connect(failed)
        self.tasks.append(task)  # type: ignore[arg-type]
        task.finished.connect(lambda: self.tasks.remove(task) if task in self.tasks else None)  # type: ignore[arg-type]
        task.start()
        return task

    def _automatic_backup(self) -> None:
        if not self.auto_backup or self.restored or self.app.path is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            automatic_backup(self.app, backups_dir(), actor=self.user.login)
        except CaseAppError as exc:
            QMessageBox.warning(self, "Automatic backup", f"The automatic backup could not be written: {exc}")
        finally:
            QApplication.restoreOverrideCursor()

    # -- administration (admins) -------------------------------------------------------------------
    def accounts_dialog(self) -> None:
        from caseapp.gui.dialogs.accounts import AccountsDialog
        from caseapp.services.auth import Accounts

        AccountsDialog(self, Accounts(self.app), self.user).exec()

    def agency_settings_dialog(self) -> None:
        from caseapp.gui.dialogs.agency_settings import AgencySettingsDialog

        if AgencySettingsDialog(self, self.app, self.user).exec():
            self.statusBar().showMessage("Agency settings saved", 5000)

    def substances_dialog(self) -> None:
        from caseapp.gui.dialogs.substances import SubstancesDialog

        SubstancesDialog(self, self.app, self.user).exec()

    def about(self) -> None:
        QMessageBox.about(self, "About caseapp", f"caseapp {__version__}\nDrug seizure case tracking.\n\n"
                          f"Database: {self.app.path}")

    # -- settings and closing -------------------------------------------------------------------
    def _restore_settings(self) -> None:
        geometry = self.settings.value(MAIN_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 860)
        state = self.settings.value(MAIN_STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        header = self.settings.value(CASE_LIST_HEADER)
        if isinstance(header, QByteArray):
            self.table.horizontalHeader().restoreState(header)
            header_view = self.table.horizontalHeader()
            header_view.blockSignals(True)
            header_view.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
            header_view.blockSignals(False)

    def _fit_case_numbers(self, first: int, end: int) -> None:
        """Widen the case number column (never narrow it) to the widest of the numbers just listed."""
        numbers = [row.case_number for row in self.model.rows[first:end]]
        if not numbers:
            return
        metrics = self.table.fontMetrics()
        needed = max(metrics.horizontalAdvance(number) for number in numbers) + 3 * metrics.averageCharWidth()
        if self.table.columnWidth(CASE) < needed:
            self.table.setColumnWidth(CASE, needed)

    def save_settings(self) -> None:
        self.settings.setValue(MAIN_GEOMETRY, self.saveGeometry())
        self.settings.setValue(MAIN_STATE, self.saveState())
        self.settings.setValue(CASE_LIST_HEADER, self.table.horizontalHeader().saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:  # closing again (a window closed already): nothing left to save or back up
            event.accept()
            return
        for tab in self.case_tabs():
            if not self._may_close(tab):
                event.ignore()
                return
        for task in list(self.tasks):
            task.wait()
        self.search_panel.stop()
        self._automatic_backup()
        self.app.keys.drop(self.user.login)  # signed out: the user's signing key leaves memory with the window
        self.save_settings()
        self._closed = True
        event.accept()
