"""The officer's main window: the case list, cases open in tabs, menus and toolbar. The long operations
(import, export, verify, backup, restore: gui/file_operations.py; printing: gui/printing.py) run off the GUI
thread, and every change is announced on the window's hub (gui/operations.py), to which each screen reacts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QSettings, Qt, QThread, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp import __version__
from caseapp.core import vocab
from caseapp.core.changes import Changes
from caseapp.core.errors import CaseAppError
from caseapp.core.formats import grouped
from caseapp.gui.case_tab import CaseTab
from caseapp.gui.dialogs.disposal import DisposalsDialog
from caseapp.gui.dialogs.inventory_audit import InventoryAuditDialog
from caseapp.gui.file_operations import SERVER_RESTORE, FileOperations
from caseapp.gui.handover import Handover
from caseapp.gui.i18n import plural, translate
from caseapp.gui.inventory_window import open_inventory_audit
from caseapp.gui.live_refresh import LiveRefresh
from caseapp.gui.models.case_list import CASE, COLUMNS, DATE, CaseListModel
from caseapp.gui.operations import ChangeHub
from caseapp.gui.printing import Printing
from caseapp.gui.scanning import Scanning
from caseapp.gui.settings_keys import CASE_LIST_HEADER, MAIN_GEOMETRY, MAIN_STATE
from caseapp.gui.widgets.numbers_panel import open_by_number
from caseapp.gui.widgets.queue_panel import attach_queues
from caseapp.gui.widgets.search_panel import SearchPanel
from caseapp.gui.window_actions import AdminActions, SavedSearches
from caseapp.services.app import CaseApp
from caseapp.services.auth import Role, User
from caseapp.services.workflow import Allowed, Workflow

#: the status bar's word for the workflow steps a case tab reports as saves (audit actions)
_STEP_WORDS = {"submit": QT_TRANSLATE_NOOP("MainWindow", "Submitted {case}"),
               "approve": QT_TRANSLATE_NOOP("MainWindow", "Approved {case}"),
               "return": QT_TRANSLATE_NOOP("MainWindow", "Returned {case}")}



class MainWindow(QMainWindow):
    def __init__(self, app: CaseApp, user: User, *, title_note: str = "", auto_backup: bool = True) -> None:
        super().__init__()
        self.app = app
        self.user = user
        self.auto_backup = auto_backup  # a backup on closing after changes (not for the throw-away demo)
        self.restored = False
        self._closed = False
        self.tasks: list[QThread] = []  # long operations running (waited for on closing)
        self.hub = ChangeHub(self)  # every change is announced here; each screen reacts to what it shows
        self.files = FileOperations(self)
        self.printing = Printing(self)
        self.handover = Handover(self)
        self.saved_searches = SavedSearches(self)
        self.admin = AdminActions(self)
        self.connected_to = app.describe()  # "SQLite: PATH" or "PostgreSQL: user@host:port/db", never a password
        self.setWindowTitle(f"caseapp — {user.display_name or user.login}{title_note} — {self.connected_to}")
        self.settings = QSettings()

        self.model = CaseListModel(app, self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("case list"))
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
        self.filter.setAccessibleName(self.tr("filter cases"))
        self.filter.setPlaceholderText(self.tr("Filter: a case number, or words from place, substance, narrative…"))
        self.filter.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(300)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter.textChanged.connect(self._filter_timer.start)
        self.filter.returnPressed.connect(self._filter_entered)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for term in vocab.CASE_STATUS.terms:
            self.status_filter.addItem(term.display(), term.code)
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
        self.tabs.addTab(cases, self.tr("Cases"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.search_panel = SearchPanel(app, self)
        self.search_panel.open_case.connect(self.open_case)
        self.search_panel.export_button.clicked.connect(self.printing.export_results_dialog)
        self.search_panel.save_button.clicked.connect(self.saved_searches.save_dialog)
        self.search_panel.summary_button.clicked.connect(lambda: self.printing.summary_dialog())
        self.tabs.addTab(self.search_panel, self.tr("Search"))
        # Enter on another agency's number typed or scanned into Words opens its case at the exhibit
        self.search_panel.text.returnPressed.connect(lambda: open_by_number(self, self.search_panel.text.text()))
        self.tabs.tabBar().setTabButton(1, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.tabs.tabCloseRequested.connect(self.close_tab)
        self.tabs.currentChanged.connect(self._update_actions)
        self.setCentralWidget(self.tabs)

        self.counts_label = QLabel(self)
        self.path_label = QLabel(self.connected_to, self)
        self.path_label.setAccessibleName(self.tr("connected to"))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.counts_label)
        self.statusBar().addPermanentWidget(QLabel(f"{user.login} ({vocab.USER_ROLE.display(user.role)})", self))
        self.statusBar().addPermanentWidget(self.path_label)

        self._build_actions()
        self.table.selectionModel().currentChanged.connect(self._update_actions)
        self.queues = attach_queues(self)  # the work queues' side panel (gui/widgets/queue_panel.py)
        self._restore_settings()
        self.hub.changed.connect(self._on_changed)
        self.refresh()
        # what other workstations (or programs) commit reaches the hub too; a database in memory has no others
        self.live = LiveRefresh(app.change_feed, self.hub, self)
        if app.has_sessions:
            self.live.start()

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
        self.new_action = self._action(self.tr("&New case"), self.new_case, QKeySequence.StandardKey.New,
                                       self.tr("record a new seizure"))
        self.open_action = self._action(self.tr("&Open selected"), self.open_selected, "Return")
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.open_action)
        self.save_action = self._action(self.tr("&Save"), self.save_current, QKeySequence.StandardKey.Save)
        self.close_action = self._action(self.tr("&Close tab"), lambda: self.close_tab(self.tabs.currentIndex()),
                                         QKeySequence.StandardKey.Close)
        self.search_action = self._action(self.tr("&Search…"), self.show_search, QKeySequence.StandardKey.Find,
                                          self.tr("search past seizures by substance, route, time, place and words"))
        self.filter_action = self._action(self.tr("&Filter the case list"), self.focus_filter, "Ctrl+L")
        self.export_results_action = self._action(self.tr("E&xport results to CSV…"),
                                                  self.printing.export_results_dialog)
        self.save_search_action = self._action(self.tr("Sa&ve this search…"), self.saved_searches.save_dialog)
        self.import_action = self._action(self.tr("&Import…"), self.files.import_dialog, "Ctrl+I",
                                          self.tr("import a JSON, CSV or IDS file"))
        self.export_action = self._action(self.tr("&Export…"), self.files.export_dialog, "Ctrl+E",
                                          self.tr("export every case"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.submit_action = self._action(self.tr("Su&bmit for approval"), lambda: self._on_tab("submit"))
        self.approve_action = self._action(self.tr("&Approve"), lambda: self._on_tab("approve"))
        self.return_action = self._action(self.tr("Re&turn to officer…"), lambda: self._on_tab("return_case"))
        self.report_action = self._action(self.tr("Case &report (PDF)…"), lambda: self.printing.print_case("report"),
                                          "Ctrl+P", self.tr("the case incident report, to print and sign"))
        self.labels_action = self._action(self.tr("Exhibit &labels (PDF)…"), lambda: self.printing.print_case("labels"))
        self.summary_action = self._action(self.tr("Su&mmary of the results (PDF)…"),
                                           lambda: self.printing.summary_dialog(),
                                           tip=self.tr("totals, trend, origins and the largest seizures of this "
                                                       "search"))
        self.verify_action = self._action(self.tr("&Verify database"), self.files.verify,
                                          tip=self.tr("check the audit chain and every row"))
        self.backup_action = self._action(self.tr("&Back up the database…"), self.files.backup_dialog,
                                          tip=self.tr("a checked copy, safe while others work"))
        self.restore_action = self._action(self.tr("&Restore from a backup…"), self.files.restore_dialog,
                                           tip=self.tr("replace the database with a checked backup (admin)"))
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh, QKeySequence.StandardKey.Refresh)
        self.preferences_action = self._action(self.tr("&Preferences…"), self.preferences,
                                               tip=self.tr("the language of the window"))
        self.about_action = self._action(self.tr("&About caseapp"), self.about)
        self.handover_action = self._action(self.tr("&Hand-over package…"), self.handover.make_dialog,
                                            tip=self.tr("the case's papers, data and attachments in one signed ZIP"))
        self.import_handover_action = self._action(self.tr("Import hand-over &package…"),
                                                   self.handover.import_dialog,
                                                   tip=self.tr("a case handed over by another agency"))

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action, self.save_action, self.close_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.import_handover_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        case_menu = bar.addMenu(self.tr("&Case"))
        for action in (self.submit_action, self.approve_action, self.return_action):
            case_menu.addAction(action)
        case_menu.addSeparator()
        case_menu.addAction(self.report_action)
        case_menu.addAction(self.labels_action)
        case_menu.addAction(self.handover_action)
        search_menu = bar.addMenu(self.tr("S&earch"))
        search_menu.addAction(self.search_action)
        search_menu.addAction(self.filter_action)
        self.saved_menu = search_menu.addMenu(self.tr("Saved searc&hes"))
        self.saved_menu.aboutToShow.connect(self._fill_saved_menus)
        search_menu.addAction(self.save_search_action)
        self.delete_saved_menu = search_menu.addMenu(self.tr("&Delete a saved search"))
        self.delete_saved_menu.aboutToShow.connect(self._fill_saved_menus)
        search_menu.addAction(self.export_results_action)
        search_menu.addAction(self.summary_action)
        search_menu.addSeparator()
        search_menu.addAction(self.refresh_action)
        # No Alt letter: every letter of "Evidence" is a field's or another menu's already; its items have
        # shortcuts instead (or F10, then the arrows).
        self.evidence_menu = bar.addMenu(self.tr("Evidence"))
        self.scanning = Scanning(self)  # scans anywhere in the window, the Scan box, the Evidence menu
        self.scanning.add_to(self.evidence_menu)
        self.evidence_menu.addSeparator()
        self.inventory_action = self.evidence_menu.addAction(self.tr("&Inventory audit…"), self.inventory_audit)
        self.inventory_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.inventory_action.setVisible(self.user.role is not Role.ADMIN)  # officers and supervisors audit shelves
        self.disposals_action = self.evidence_menu.addAction(self.tr("&Disposals…"), self.disposals_dialog)
        self.disposals_action.setEnabled(self.user.role is not Role.ADMIN)
        tools = bar.addMenu(self.tr("Too&ls"))
        tools.addAction(self.verify_action)
        tools.addSeparator()
        tools.addAction(self.backup_action)
        tools.addAction(self.restore_action)
        tools.addSeparator()
        tools.addAction(self.preferences_action)
        self.restore_action.setEnabled(self.user.role is Role.ADMIN and self.app.path is not None)
        if self.app.path is None:  # a server: no file to replace
            self.restore_action.setStatusTip(translate("FileOperations", SERVER_RESTORE))
            self.restore_action.setToolTip(translate("FileOperations", SERVER_RESTORE))
        # Accounts, agency settings and the agency's own substances, in Tools for admins only (the services
        # check the role again). Not a menu of their own: every top-level letter of "Admin" is a field's Alt
        # letter in the case form, and even a hidden menu catches its Alt letter. Admins manage; they do not
        # record cases, so New case and Import stay off.
        self.admin_separator = tools.addSeparator()
        self.accounts_action = tools.addAction(self.tr("&Accounts…"), self.admin.accounts_dialog)
        self.agency_action = tools.addAction(self.tr("A&gency settings…"), self.admin.agency_settings_dialog)
        self.substances_action = tools.addAction(self.tr("Agency's own s&ubstances…"), self.admin.substances_dialog)
        self.room_action = tools.addAction(self.tr("Evidence roo&m settings…"), self.admin.room_settings_dialog)
        for action in (self.admin_separator, self.accounts_action, self.agency_action, self.substances_action,
                       self.room_action):
            action.setVisible(self.user.role is Role.ADMIN)
        bar.addMenu(self.tr("&Help")).addAction(self.about_action)

        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        for action in (self.new_action, self.save_action, self.search_action, self.import_action,
                       self.export_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addWidget(self.scanning.box)
        # what the user may start without a case (Workflow's rules, asked once per window)
        self.user_allowed = self.app.service(Workflow).allowed(self.user, None,
                                                               only=("edit", "import", "import_reviewed"))
        for action, name in ((self.new_action, "edit"), (self.import_action, "import"),
                             (self.import_handover_action, "import")):
            action.setEnabled(self.user_allowed.may(name))
            if not self.user_allowed.may(name):  # say why, where the disabled action is
                action.setStatusTip(self.user_allowed.reason(name))
                action.setToolTip(self.user_allowed.reason(name))
        case_menu.setToolTipsVisible(True)  # a disabled case action says why
        self._update_actions()

    def disposals_dialog(self) -> DisposalsDialog:
        """Evidence > Disposals (window-modal): batches of disposal requests, authorised or refused by supervisors."""
        dialog = DisposalsDialog(self.app, self.user, self)
        dialog.changed.connect(lambda changes: self.hub.announce(changes, dialog))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def _case_allowed(self, tab: CaseTab | None) -> Allowed | None:
        """Workflow.allowed for the case the Case menu acts on: the current tab's, or the case list's selected
        case (printing only); None when there is none."""
        if tab is not None:
            return tab.allowed
        number = self.selected_case_number() if self.tabs.currentIndex() == 0 else None
        if number is None:
            return None
        try:
            return self.app.service(Workflow).allowed(self.user, self.app.get_case(number), only=("print", "labels"))
        except CaseAppError:
            return None

    def _update_actions(self, *_: object) -> None:
        tab = self.current_case_tab()
        allowed = self._case_allowed(tab)
        for action, name in ((self.report_action, "print"), (self.labels_action, "labels"), (self.submit_action,
                             "submit"), (self.approve_action, "approve"), (self.return_action, "return"),
                             (self.handover_action, "print")):
            may = allowed is not None and name in allowed.asked and allowed.may(name)
            action.setEnabled(may)
            action.setToolTip("" if may or allowed is None or name not in allowed.asked else allowed.reason(name))
        self.save_action.setEnabled(tab is not None and tab.save_button.isVisible())
        self.close_action.setEnabled(tab is not None)

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
            self.statusBar().showMessage(self.tr("That column cannot be sorted in the case list; use Search."), 4000)
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
        elif not open_by_number(self, self.filter.text()):  # another agency's number, typed or scanned
            self.statusBar().showMessage(self.tr("No case matches the filter."), 4000)

    def _update_shown(self) -> None:
        query = self.model.query
        if query.text.strip() or query.status:
            self.shown_label.setText(self.tr("{n} matching").format(n=grouped(self.model.total())))
        else:
            self.shown_label.setText("")

    def show_search(self) -> None:
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.substance.setFocus()
        self.search_panel.substance.selectAll()

    def _fill_saved_menus(self) -> None:
        self.saved_searches.fill_menus(self.saved_menu, self.delete_saved_menu)

    def focus_filter(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filter.setFocus()
        self.filter.selectAll()

    def refresh(self) -> None:
        self.model.refresh()
        self._show_counts()

    def _show_counts(self) -> None:
        cases, exhibits = self.app.counts()
        self.counts_label.setText(plural(cases, self.tr("{n} case"), self.tr("{n} cases")) + " · "
                                  + plural(exhibits, self.tr("{n} exhibit"), self.tr("{n} exhibits")))
        self._update_shown()

    def _on_changed(self, changes: Changes, initiator: object) -> None:
        """What the hub says changed: the case list re-reads the rows it holds (selection and scroll kept),
        the counts follow, the search panel and the open case tabs decide for themselves."""
        if self._closed or self.restored:  # the database was replaced: this window is closing
            return
        if changes.case_list or changes.everything:
            self.model.reread()
            self._show_counts()
        self.search_panel.on_changed(changes, initiator)
        for tab in self.case_tabs():
            tab.on_changed(changes, initiator)
        self._update_actions()

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
        if not self.user_allowed.may("edit"):
            return None
        return self._add_tab(CaseTab(self.app, self.user, None, self, hub=self.hub))

    def open_case(self, case_number: str) -> CaseTab:
        for tab in self.case_tabs():
            if tab.case_number == case_number:
                self.tabs.setCurrentWidget(tab)
                return tab
        return self._add_tab(CaseTab(self.app, self.user, case_number, self, hub=self.hub))

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
        self._update_actions()  # the case list and the counts followed the hub's signal already
        # the tab signals a workflow step as a save too: name the step the audit log recorded last
        entries = self.app.history("case", case_number) if case_number else []
        done = _STEP_WORDS.get(entries[-1].action, "") if entries else ""
        said = self.tr(done or QT_TRANSLATE_NOOP("MainWindow", "Saved {case}"))
        self.statusBar().showMessage(said.format(case=case_number), 5000)

    def save_current(self) -> None:
        tab = self.current_case_tab()
        if tab is not None:
            tab.save()

    def may_close(self, tab: CaseTab) -> bool:
        if not tab.form.is_dirty():
            return True
        self.tabs.setCurrentWidget(tab)
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            (self.tr("{case} has changes that are not saved.").format(case=tab.case_number) if tab.case_number
             else self.tr("The new case has changes that are not saved.")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return tab.save()
        return answer == QMessageBox.StandardButton.Discard

    def close_tab(self, index: int) -> bool:
        widget = self.tabs.widget(index)
        if not isinstance(widget, CaseTab):
            return False
        if not self.may_close(widget):
            return False
        self.tabs.removeTab(index)
        widget.deleteLater()
        return True

    def inventory_audit(self) -> InventoryAuditDialog:
        return open_inventory_audit(self)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About caseapp"),
                          self.tr("caseapp {version}\nDrug seizure case tracking.\n\nDatabase: {location}").format(
                              version=__version__, location=self.app.location))

    def preferences(self) -> None:
        from caseapp.gui.dialogs.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

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
            if not self.may_close(tab):
                event.ignore()
                return
        for task in list(self.tasks):
            task.wait()
        self.live.stop()
        self.search_panel.stop()
        self.files.automatic_backup()
        self.app.keys.drop(self.user.login)  # signed out: the user's signing key leaves memory with the window
        self.save_settings()
        self._closed = True
        event.accept()
