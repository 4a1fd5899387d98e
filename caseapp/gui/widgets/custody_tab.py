"""The custody tab of a case: its exhibits with where each one is now, and the chosen exhibit's events.

Holder, location and seal are never stored: they come from replaying the events (Custody.states), so what
the table shows is what the history justifies. Recording goes through CustodyEventDialog."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.changes import Changes
from caseapp.core.custody import CustodyEvent, CustodyState, EventType
from caseapp.core.errors import CaseAppError
from caseapp.core.formats import decimal_text
from caseapp.core.model import Exhibit
from caseapp.core.units import quantity_text
from caseapp.gui.dialogs.custody_event import CustodyEventDialog, event_label
from caseapp.gui.dialogs.disposal import RequestDisposalDialog
from caseapp.gui.dialogs.login import dim
from caseapp.gui.i18n import translate, window_language
from caseapp.gui.widgets.lab_buttons import FLAG_RED, LabButtons
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.custody import Custody
from caseapp.services.workflow import Allowed, Workflow

EXHIBIT_COLUMNS = (QT_TRANSLATE_NOOP("CustodyTab", "No."), QT_TRANSLATE_NOOP("CustodyTab", "Substance"),
                   QT_TRANSLATE_NOOP("CustodyTab", "Holder"), QT_TRANSLATE_NOOP("CustodyTab", "Location"),
                   QT_TRANSLATE_NOOP("CustodyTab", "State"))
EVENT_COLUMNS = ("#", QT_TRANSLATE_NOOP("CustodyTab", "Event"), QT_TRANSLATE_NOOP("CustodyTab", "When"),
                 QT_TRANSLATE_NOOP("CustodyTab", "By"), QT_TRANSLATE_NOOP("CustodyTab", "Holder / from"),
                 QT_TRANSLATE_NOOP("CustodyTab", "Location"), QT_TRANSLATE_NOOP("CustodyTab", "Seal"),
                 QT_TRANSLATE_NOOP("CustodyTab", "Notes"))
MAX_COLUMN = 220
PADDING = 6


def _table(accessible_name: str, columns: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels([translate("CustodyTab", title) for title in columns])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table: arrows move inside it
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    return table


def _item(text: str, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tooltip or text)
    return item


def _fit_columns(table: QTableWidget) -> None:
    """Columns as wide as their contents plus some air, none wider than MAX_COLUMN; the last one stretches."""
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):
        table.setColumnWidth(column, min(table.columnWidth(column) + PADDING, MAX_COLUMN))
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)


def state_text(state: CustodyState | None) -> str:
    """A few words for where an exhibit stands: sealed, checked out, at the lab, disposed of."""
    if state is None:
        return translate("CustodyTab", "not recorded")
    if state.disposed:
        return translate("CustodyTab", "disposed of")
    words = [translate("CustodyTab", "sealed {seal}").format(seal=state.seal_number) if state.seal_number
             else translate("CustodyTab", "not sealed")]
    if state.checked_out:
        words.append(translate("CustodyTab", "checked out, due {date}").format(date=state.due_date) if state.due_date
                     else translate("CustodyTab", "checked out"))
    if state.at_lab:
        words.append(translate("CustodyTab", "at the lab"))
    return ", ".join(words)


def _when(at: str) -> str:
    return at.replace("T", " ")


def _details(event: CustodyEvent) -> str:
    parts = [f"{translate('CustodyTab', label)} {value}" for label, value in (
        (QT_TRANSLATE_NOOP("CustodyTab", "purpose"), event.purpose), (QT_TRANSLATE_NOOP("CustodyTab", "due"),
                                                                       event.due_date),
        (QT_TRANSLATE_NOOP("CustodyTab", "tracking"), event.tracking_number),
        (QT_TRANSLATE_NOOP("CustodyTab", "method"), event.method),
        (QT_TRANSLATE_NOOP("CustodyTab", "authority"), event.authority),
        (QT_TRANSLATE_NOOP("CustodyTab", "witnesses"), translate("CustodyTab", " and ").join(event.witnesses)),
        (QT_TRANSLATE_NOOP("CustodyTab", "weight"), event.weight),
        (QT_TRANSLATE_NOOP("CustodyTab", "batch"), event.batch),
        (QT_TRANSLATE_NOOP("CustodyTab", "legal basis"), event.legal_basis),
        (QT_TRANSLATE_NOOP("CustodyTab", "Health Canada authorisation"), event.authorisation),
        (QT_TRANSLATE_NOOP("CustodyTab", "reason"), event.reason),
        (QT_TRANSLATE_NOOP("CustodyTab", "counted by"), translate("CustodyTab", " and ").join(event.counted_by)),
        (QT_TRANSLATE_NOOP("CustodyTab", "sample"), event.sample_weight)) if value]
    return "; ".join(parts)


class CustodyTab(QWidget):
    """Exhibits of the case shown with `show_case`, and the selected exhibit's custody events. `changed` is
    emitted with what changed after an event is recorded."""

    changed = Signal(object)  # Changes

    def __init__(self, app: CaseApp, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.user = user
        self.custody = app.service(Custody)
        self.case_number: str | None = None
        self.exhibits: list[Exhibit] = []
        self.states: dict[str, CustodyState | None] = {}
        self.events: list[CustodyEvent] = []
        self.dialog: CustodyEventDialog | None = None  # the event dialog while it is open
        self.allowed: Allowed | None = None  # Workflow.allowed of the case shown: may the user record custody?

        self.empty_label = QLabel(self.tr("Save the case to record custody."))
        self.empty_label.setAccessibleName(self.tr("Custody"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        dim(self.empty_label)

        self.exhibit_table = _table(self.tr("Exhibits"), EXHIBIT_COLUMNS)
        exhibits_label = QLabel(self.tr("E&xhibits"))
        exhibits_label.setBuddy(self.exhibit_table)
        self._bold(exhibits_label)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.setSpacing(6)
        left_layout.addWidget(exhibits_label)
        left_layout.addWidget(self.exhibit_table)

        self.event_table = _table(self.tr("Custody events"), EVENT_COLUMNS)
        self.events_label = QLabel(self.tr("Custody e&vents"))
        self.events_label.setBuddy(self.event_table)
        self._bold(self.events_label)
        self.now_label = QLabel()
        self.now_label.setAccessibleName(self.tr("Custody now"))
        self.now_label.setWordWrap(True)
        self.record_button = QPushButton(self.tr("&Record event…"))
        self.record_button.setAccessibleName(self.tr("Record custody event"))
        self.record_button.clicked.connect(self.record_event)
        self.why_label = dim(QLabel())
        self.why_label.setAccessibleName(self.tr("Why recording is unavailable"))
        self.why_label.setWordWrap(True)
        self.dispose_button = QPushButton(self.tr("Request &disposal…"))
        self.dispose_button.setToolTip(self.tr("request the destruction or return of exhibits of an approved case"))
        self.dispose_button.clicked.connect(self.request_disposal)
        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.dispose_button)
        self.lab = LabButtons(self)
        buttons.addWidget(self.lab.request_button)
        buttons.addWidget(self.lab.result_button)
        buttons.addWidget(self.lab.form_button)
        buttons.addWidget(self.why_label, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addWidget(self.events_label)
        right_layout.addWidget(self.now_label)
        right_layout.addWidget(self.event_table, 1)
        right_layout.addLayout(buttons)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.stack)

        QWidget.setTabOrder(self.exhibit_table, self.event_table)
        QWidget.setTabOrder(self.event_table, self.record_button)
        QWidget.setTabOrder(self.record_button, self.dispose_button)
        QWidget.setTabOrder(self.dispose_button, self.lab.request_button)
        QWidget.setTabOrder(self.lab.request_button, self.lab.result_button)
        QWidget.setTabOrder(self.lab.result_button, self.lab.form_button)
        self.exhibit_table.itemSelectionChanged.connect(self._exhibit_selected)
        self.show_case(None)

    @staticmethod
    def _bold(label: QLabel) -> None:
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)

    # -- showing ---------------------------------------------------------------------------------------
    def show_case(self, case_number: str | None, allowed: Allowed | None = None) -> None:
        """Show a saved case's exhibits (None: an unsaved case, nothing to show). `allowed`: what
        Workflow.allowed answered for the case (asked here when not given)."""
        self.allowed = allowed
        self._show(case_number, None)

    def _show(self, case_number: str | None, select: str | None) -> None:
        self.case_number = case_number
        self.exhibits, self.states = [], {}
        if case_number:
            try:
                case = self.app.get_case(case_number)
                self.exhibits = list(case.exhibits)
                self.states = self.custody.states(case_number)
                self.lab.read(case_number)
                if self.allowed is None:
                    self.allowed = self.app.service(Workflow).allowed(self.user, case, only=("custody",))
            except CaseAppError as exc:
                self._empty(self.tr("Custody cannot be shown: {error}.").format(error=exc))
                return
        if not case_number:
            self._empty(self.tr("Save the case to record custody."))
            return
        if not self.exhibits:
            self._empty(self.tr("This case has no exhibits: add one and save the case to record its custody."))
            return
        self.stack.setCurrentWidget(self.splitter)
        self._fill_exhibits(select)

    def _empty(self, message: str) -> None:
        self.empty_label.setText(message)
        self.stack.setCurrentWidget(self.empty_label)
        self.exhibit_table.setRowCount(0)
        self.event_table.setRowCount(0)
        self.events = []
        self._update_button()

    def _fill_exhibits(self, select: str | None = None) -> None:
        table = self.exhibit_table
        table.blockSignals(True)
        table.setRowCount(len(self.exhibits))
        for row, exhibit in enumerate(self.exhibits):
            number = exhibit.number or ""
            state = self.states.get(number)
            substance = self.app.catalogue.display(exhibit.substance) or self.tr("(not given)")
            if exhibit.quantity is not None and exhibit.quantity.value is not None:
                substance += ", " + quantity_text(decimal_text(exhibit.quantity.value), exhibit.quantity.unit,
                                                  window_language())
            flagged = self.lab.discrepancies.get(number, [])
            status = state_text(state) + (self.lab.flag_text(flagged) if flagged else "")
            cells = (number, substance, state.holder if state else "", state.location if state else "", status)
            for column, text in enumerate(cells):
                item = _item(text, self.lab.flag_tooltip(flagged) if flagged else "")
                if state is not None and state.disposed:
                    item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                if flagged:
                    item.setForeground(FLAG_RED)
                table.setItem(row, column, item)
        _fit_columns(table)
        table.blockSignals(False)
        numbers = [e.number or "" for e in self.exhibits]
        row = numbers.index(select) if select in numbers else 0
        table.selectRow(row)
        table.setCurrentCell(row, 0)
        self._exhibit_selected()

    def selected_exhibit(self) -> str | None:
        rows = self.exhibit_table.selectionModel().selectedRows()
        if not rows or not self.exhibits:
            return None
        return self.exhibits[rows[0].row()].number

    def _exhibit_selected(self) -> None:
        number = self.selected_exhibit()
        self.events = []
        if number is not None and self.case_number:
            try:
                self.events, _ = self.custody.history(self.case_number, number)
            except CaseAppError as exc:
                self.now_label.setText(self.tr("Custody cannot be read: {error}.").format(error=exc))
        self._fill_events(number)
        self._update_button()

    def _fill_events(self, number: str | None) -> None:
        self.events_label.setText(self.tr("Custody e&vents of exhibit {number}").format(number=number) if number
                                  else self.tr("Custody e&vents"))
        state = self.states.get(number or "")
        if number is None:
            self.now_label.setText(self.tr("Choose an exhibit."))
        elif state is None:
            self.now_label.setText(self.tr("No custody recorded yet: record the seizure first.") if self._may_record()
                                   else self.tr("No custody recorded yet."))
        else:
            where = state.location or self.tr("an unrecorded location")
            self.now_label.setText(self.tr("Now held by {holder} at {location}; {state}.").format(
                holder=state.holder or self.tr("unknown"), location=where, state=state_text(state)))
        corrected_by: dict[int, list[int]] = {}
        for e in self.events:
            if e.type == EventType.CORRECTION and e.corrects is not None and e.seq is not None:
                corrected_by.setdefault(e.corrects, []).append(e.seq)
        table = self.event_table
        table.setRowCount(len(self.events))
        for row, e in enumerate(self.events):
            holder = f"{e.from_holder} → {e.holder}" if e.from_holder else e.holder
            corrects = self.tr("corrects #{number}").format(number=e.corrects) if e.corrects is not None else ""
            later = corrected_by.get(e.seq or 0, [])
            if later:
                corrects = self.tr("corrected by {events}").format(events=", ".join(f"#{n}" for n in later))
            notes = "; ".join(p for p in (corrects, _details(e), e.notes) if p)
            cells = (str(e.seq or ""), event_label(e.type), _when(e.at), e.actor, holder, e.location,
                     e.seal_number, notes)
            for column, text in enumerate(cells):
                item = _item(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if later:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        _fit_columns(table)
        if self.events:
            table.setCurrentCell(len(self.events) - 1, 0)

    def _may_record(self) -> bool:
        return self.allowed is not None and self.allowed.may("custody")

    def _update_button(self) -> None:
        may = self._may_record()
        has_exhibit = self.selected_exhibit() is not None and bool(self.case_number)
        self.record_button.setEnabled(may and has_exhibit)
        self.dispose_button.setEnabled(may and has_exhibit)
        self.lab.update(may)
        if not may:
            reason = self.allowed.reason("custody") if self.allowed is not None else ""
            self.why_label.setText(f"{reason[:1].upper()}{reason[1:]}." if reason else "")
        elif not has_exhibit:
            self.why_label.setText(self.tr("Choose an exhibit to record its custody."))
        else:
            self.why_label.setText("")

    # -- recording --------------------------------------------------------------------------------------
    def make_dialog(self) -> CustodyEventDialog | None:
        """The dialog for the selected exhibit (None when recording is not possible now)."""
        number = self.selected_exhibit()
        if not self.record_button.isEnabled() or number is None or not self.case_number:
            return None
        return CustodyEventDialog(self.app, self.user, self.case_number, number, self.states.get(number), self)

    def record_event(self) -> CustodyEventDialog | None:
        """Open the dialog for the selected exhibit (window-modal; the tab reloads when an event is recorded)
        and return it."""
        dialog = self.make_dialog()
        if dialog is None:
            return None
        number = dialog.exhibit_number
        dialog.accepted.connect(lambda: self._recorded(number, dialog.changes))
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def request_disposal(self) -> RequestDisposalDialog | None:
        """Open Request disposal for the case, the chosen exhibit ticked (window-modal; the tab reloads after)."""
        number = self.selected_exhibit()
        if not self.dispose_button.isEnabled() or number is None or not self.case_number:
            return None
        dialog = RequestDisposalDialog(self.app, self.user, self.case_number, number, self)
        dialog.accepted.connect(lambda: self._recorded(number, dialog.changes))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def _closed(self, dialog: CustodyEventDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _recorded(self, number: str, changes: Changes) -> None:
        self.reload(select=number)
        self.changed.emit(changes)

    def reload(self, select: str | None = None) -> None:
        """Read the case again, keeping the selected exhibit (or selecting `select`)."""
        self._show(self.case_number, select or self.selected_exhibit())
