"""The work queues in the main window: a side panel listing each queue with its count, and the rows of the
queue clicked in a tab of the main area; Enter or a double-click on a row opens its case (at the exhibit, on the
Custody tab).

Counts are re-read whenever the window's hub says something changed (a save here, or what live refresh brought
from other workstations), at most once per `SPACING_MS`; on a database file or a server they are counted on a
thread with a connection of its own, so the window never waits for them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from caseapp.core import queues as q
from caseapp.core import vocab
from caseapp.core.errors import CaseAppError
from caseapp.gui.i18n import plural, translate
from caseapp.gui.operations import ChangeHub
from caseapp.gui.settings_keys import MAIN_STATE
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.queues import Queues

SPACING_MS = 400
URGENT = QColor(180, 0, 0)
Index = QModelIndex | QPersistentModelIndex


class QueueWindow(Protocol):
    """What the panel needs of the main window."""

    app: CaseApp
    user: User
    hub: ChangeHub
    settings: QSettings
    tabs: QTabWidget

    def open_case(self, case_number: str) -> Any: ...

    def addDockWidget(self, area: Qt.DockWidgetArea, dock: QDockWidget) -> None: ...  # noqa: N802 (Qt's name)

    def resizeDocks(self, docks: list[QDockWidget], sizes: list[int],  # noqa: N802 (Qt's name)
                    orientation: Qt.Orientation) -> None: ...


class QueueRowsModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[q.QueueRow] = []
        self.titles = (self.tr("Case"), self.tr("Exhibit"), self.tr("Date"), self.tr("Days"), self.tr("Reason"),
                       self.tr("Details"))

    def set_rows(self, rows: list[q.QueueRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and row.urgent:
            return QBrush(URGENT)
        if role == Qt.ItemDataRole.ToolTipRole and row.urgent:
            return self.tr("near or past its date")
        return None

    def _cell(self, row: q.QueueRow, column: int) -> str:
        if column == 0:
            return row.case_number
        if column == 1:
            return row.exhibit_number
        if column == 2:
            return row.date
        if column == 3:
            if row.days is None:
                return ""
            if row.days >= 0:
                return plural(row.days, self.tr("{n} day left"), self.tr("{n} days left"))
            return plural(-row.days, self.tr("{n} day ago"), self.tr("{n} days ago"))
        if column == 4:
            return _reason(row.what)
        if row.what in ("s490", "cdsa24"):
            return translate("Deadlines", row.detail)
        return vocab.EXHIBIT_KIND.display(row.detail) if row.what == "review" else row.detail


def _reason(what: str) -> str:
    words = {"s490": translate("QueuePanel", "s.490(2) detention"), "cdsa24": translate("QueuePanel", "CDSA s.24"),
             "weight": translate("QueuePanel", "weight beyond tolerance"),
             "missing": translate("QueuePanel", "missing at an inventory audit"),
             "draft": translate("QueuePanel", "draft"),
             "returned": translate("QueuePanel", "returned"), "submitted": translate("QueuePanel", "submitted"),
             "checked_out": translate("QueuePanel", "checked out, past due"),
             "lab": translate("QueuePanel", "at the lab, no result"),
             "review": translate("QueuePanel", "retention ended")}
    return words.get(what, what)


class QueueView(QWidget):
    """One queue's rows, in the main area."""

    open_requested = Signal(str, str)  # case number, exhibit number ("" for the case)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = ""
        self.title = QLabel(self)
        self.model = QueueRowsModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("queue rows"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.activated.connect(self._activated)  # Enter, or a double-click
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.table)

    def show_rows(self, name: str, rows: list[q.QueueRow]) -> None:
        self.name = name
        self.title.setText(self.tr("{queue}: {rows}; Enter or a double-click opens the case").format(
            queue=translate("Queues", q.QUEUES[name]), rows=plural(len(rows), self.tr("{n} row"), self.tr("{n} rows"))))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if rows:
            self.table.selectRow(0)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.rows[index.row()]
        self.open_requested.emit(row.case_number, row.exhibit_number)


class _Bridge(QObject):
    counted = Signal(object)  # list[QueueCount], or the error's message; emitted from the counting thread


def _count(session: Callable[[], CaseApp], user: User, bridge: _Bridge) -> None:
    """The counting thread: a connection of its own (an SQLite connection belongs to its thread), closed here.
    A plain Python thread, not a QThread: a window deleted without closing leaves no QThread running to abort
    the process (as gui/live_refresh.py)."""
    try:
        app = session()
        try:
            result: object = app.service(Queues).counts(user)
        finally:
            app.close()
    except CaseAppError as exc:
        result = str(exc)
    except Exception as exc:  # noqa: BLE001 - said in the panel; the window keeps working
        result = f"{type(exc).__name__}: {exc}"
    bridge.counted.emit(result)


class QueuePanel(QWidget):
    """The side panel: every queue of the user with its count."""

    def __init__(self, window: QueueWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.app, self.user = window.app, window.user
        self.counts: dict[str, int] = {}
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("work queues"))
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        self.view = QueueView(self)
        self.view.hide()  # shown in a tab of the main area once a queue is chosen
        self.view.open_requested.connect(self.open_row)
        self._counting = False
        self._again = False
        self._bridge = _Bridge()  # parentless: the thread may still emit after the window is gone
        self._bridge.counted.connect(self._counted)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SPACING_MS)
        self._timer.timeout.connect(self.refresh)
        window.hub.changed.connect(lambda *_: self._timer.start())
        for name in self.app.service(Queues).names(self.user):
            item = QListWidgetItem(translate("Queues", q.QUEUES[name]), self.list)
            item.setData(Qt.ItemDataRole.UserRole, name)
        self.refresh()

    # -- counts ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Count every queue again: on a thread of its own when the database takes a second connection, else
        here. A count asked for while one runs is made once that one ends."""
        if self._counting:
            self._again = True
            return
        user = self.user
        if not self.app.has_sessions:
            self._show_counts(self.app.service(Queues).counts(user))
            return
        self._counting = True
        threading.Thread(target=_count, args=(self.app.session, user, self._bridge), name="caseapp-queue-counts",
                         daemon=True).start()

    def _counted(self, result: object) -> None:
        self._counting = False
        if isinstance(result, str):
            self._failed(result)
        else:
            self._show_counts(result)  # type: ignore[arg-type]
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, message: str) -> None:
        self.note.setText(self.tr("The queues could not be counted: {error}").format(error=message))

    def _show_counts(self, counts: list[q.QueueCount]) -> None:
        self.counts = {c.name: c.count for c in counts}
        self.note.setText("")
        for row in range(self.list.count()):
            item = self.list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            count = self.counts.get(name, 0)
            item.setText(self.tr("{queue} ({n})").format(queue=translate("Queues", q.QUEUES[name]), n=count))
            font = item.font()
            font.setBold(count > 0)
            item.setFont(font)
        if self.view.name and self.window_.tabs.indexOf(self.view) >= 0:
            self.show_queue(self.view.name, focus=False)

    # -- one queue ------------------------------------------------------------------------------------
    def _chosen(self, item: QListWidgetItem) -> None:
        self.show_queue(item.data(Qt.ItemDataRole.UserRole))

    def show_queue(self, name: str, *, focus: bool = True) -> None:
        try:
            rows = self.app.service(Queues).rows(self.user, name)
        except CaseAppError as exc:
            self.note.setText(str(exc))
            return
        tabs = self.window_.tabs
        if tabs.indexOf(self.view) < 0:
            index = tabs.addTab(self.view, self.tr("Work queue"))
            tabs.tabBar().setTabButton(index, tabs.tabBar().ButtonPosition.RightSide, None)
        self.view.show_rows(name, rows)
        if focus:
            tabs.setCurrentWidget(self.view)
            self.view.table.setFocus()

    def open_row(self, case_number: str, exhibit_number: str) -> None:
        """Open the case; for an exhibit's row, on its Custody tab with the exhibit selected."""
        tab = self.window_.open_case(case_number)
        if exhibit_number and tab is not None:
            tab.tabs.setCurrentWidget(tab.custody)
            tab.custody.reload(select=exhibit_number)


def attach_queues(window: QueueWindow) -> QueuePanel:
    """The queues' side panel, docked on the left of `window`."""
    dock = QDockWidget(translate("QueuePanel", "Work queues"))
    dock.setObjectName("work-queues")
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable)
    panel = QueuePanel(window, dock)
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    if window.settings.value(MAIN_STATE) is None:  # a first start: the titles whole once the window has its size
        QTimer.singleShot(0, lambda: window.resizeDocks([dock], [240], Qt.Orientation.Horizontal))
    return panel
