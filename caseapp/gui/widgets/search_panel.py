"""The search panel (Ctrl+F): every filter of SearchQuery, results as they are typed (debounced, run
off the GUI thread), totals, grouping per case, export to CSV, copy, saved searches. A change to what a
search finds (a save, a workflow step, an import) runs the shown search again; while the panel is hidden
it is only marked stale, and runs again when shown."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from caseapp.core import vocab
from caseapp.core.changes import Changes
from caseapp.core.dates import occurred_date, parse_occurred
from caseapp.core.formats import grouped, kg_text
from caseapp.core.substances import Catalogue
from caseapp.core.text import quoted
from caseapp.gui.i18n import plural, translate
from caseapp.gui.models.search_results import SORTS, SearchResultsModel
from caseapp.gui.search_worker import SearchWorker
from caseapp.gui.settings_keys import SAVED_SEARCHES
from caseapp.gui.widgets.fields import CountryEdit, DecimalEdit, SubstanceEdit, VocabCombo, country_model
from caseapp.io.results import query_from_dict, query_to_dict
from caseapp.services.app import CaseApp
from caseapp.store.contract import SearchQuery, SearchTotals, UnknownFilter
from caseapp.store.contract.terms import schedule_code

MATCH_LABELS = (("either", QT_TRANSLATE_NOOP("SearchPanel", "Suspected or lab-confirmed")),
                ("suspected", QT_TRANSLATE_NOOP("SearchPanel", "Suspected only")),
                ("confirmed", QT_TRANSLATE_NOOP("SearchPanel", "Lab-confirmed only")))
ORDER_LABELS = (("newest", QT_TRANSLATE_NOOP("SearchPanel", "Newest first")),
                ("oldest", QT_TRANSLATE_NOOP("SearchPanel", "Oldest first")),
                ("largest", QT_TRANSLATE_NOOP("SearchPanel", "Largest first")))


def _schedule_code(catalogue: Catalogue, text: str | None) -> str | None:
    """A saved query's schedule as the drop-down's code ('Schedule ii' -> 'II'); None when it names none."""
    try:
        return schedule_code(catalogue, text) if text and text.strip() else None
    except UnknownFilter:
        return None


def _date(text: str, label: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        return occurred_date(parse_occurred(text))
    except ValueError:
        raise ValueError(translate("SearchPanel", "{filter}: {text} is not a date (YYYY-MM-DD)").format(
            filter=label, text=quoted(text))) from None


class SearchPanel(QWidget):
    open_case = Signal(str)

    def __init__(self, app: CaseApp, parent: QWidget | None = None, *, page_size: int = 100) -> None:
        super().__init__(parent)
        self.app = app
        self.page_size = page_size
        self.token = 0
        self.query: SearchQuery | None = None
        self.totals: SearchTotals | None = None
        self.stale = False  # what the shown search finds changed while the panel was hidden
        self.worker = SearchWorker(app.session, self) if app.has_sessions else None
        self.model = SearchResultsModel(self, page_size=page_size, catalogue=app.catalogue)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.run)
        self._build()
        if self.worker is not None:
            self.worker.page.connect(self._page)
            self.worker.totals.connect(self._totals)
            self.worker.failed.connect(self._failed)
        self.model.more_wanted.connect(self._more)
        self.model.modelReset.connect(self._size_columns)

    # -- building -------------------------------------------------------------------------------------
    def _build(self) -> None:
        countries = country_model(self)
        form_box = QWidget(self)
        form = QFormLayout(form_box)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        def add(label: str, widget: QWidget) -> Any:
            widget.setAccessibleName(label.replace("&", ""))
            caption = QLabel(label, self)
            caption.setBuddy(widget)
            # the mnemonic's underline draws its letter apart from the next, unkerned: "To" was cut to "Tc"
            plain = label.replace("&", "")
            caption.setMinimumWidth(sum(caption.fontMetrics().horizontalAdvance(ch) for ch in plain) + 2)
            form.addRow(caption, widget)
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.schedule)
            elif isinstance(widget, QComboBox):
                # long list entries must not widen the filter column: the list opens wide enough
                widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                widget.setMinimumContentsLength(10)
                widget.currentIndexChanged.connect(self.schedule)
                if widget.isEditable():
                    widget.editTextChanged.connect(self.schedule)
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(self.schedule)
            return widget

        self.substance = add(self.tr("&Substance"), SubstanceEdit(self.app.catalogue, self))
        self.analogues = add("", QCheckBox(self.tr("include &analogues"), self))
        self.analogues.setChecked(True)
        self.analogues.setToolTip(self.tr("the substance's analogue family: fentanyl finds carfentanil, sufentanil…"))
        self.match_on = add(self.tr("Match on"), QComboBox(self))
        for code, label in MATCH_LABELS:
            self.match_on.addItem(self.tr(label), code)
        self.group = add(self.tr("&Group"), QComboBox(self))
        self.group.addItem(self.tr("any group"), None)
        for group in sorted(self.app.catalogue.groups.values(), key=lambda g: (g.parent or g.id, g.parent is not None,
                                                                              g.name)):
            self.group.addItem(("    " if group.parent else "") + group.display(), group.id)
        self.schedule_filter = add(self.tr("CDSA schedule"), QComboBox(self))
        self.schedule_filter.addItem(self.tr("any schedule"), None)
        facts = self.app.catalogue.schedule_facts
        for code in facts.schedules if facts is not None else ():
            self.schedule_filter.addItem(self.tr("Schedule {number}").format(number=code), code)
        self.schedule_filter.setToolTip(self.tr("Controlled Drugs and Substances Act (Canada); VII and VIII are "
                                                "repealed"))
        self.date_from = add(self.tr("Fro&m"), QLineEdit(self))
        self.date_from.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date_to = add(self.tr("&To"), QLineEdit(self))
        self.date_to.setPlaceholderText(self.tr("YYYY-MM-DD (inclusive)"))
        self.country = add(self.tr("Seized &in"), CountryEdit(self, countries))
        self.region = add(self.tr("Region"), QLineEdit(self))
        self.origin = add(self.tr("&Origin"), CountryEdit(self, countries))
        self.departure = add(self.tr("&Departure"), CountryEdit(self, countries))
        self.transit = add(self.tr("Tra&nsit"), CountryEdit(self, countries))
        self.destination = add(self.tr("Destination"), CountryEdit(self, countries))
        self.transport = add(self.tr("Transport"), VocabCombo(vocab.TRANSPORT, self))
        self.concealment = add(self.tr("Concealment"), VocabCombo(vocab.CONCEALMENT, self))
        self.place_type = add(self.tr("&Place type"), VocabCombo(vocab.PLACE_TYPE, self))
        self.agency = add(self.tr("Agency"), QLineEdit(self))
        self.officer = add(self.tr("Officer"), QLineEdit(self))
        self.status = add(self.tr("Status"), QComboBox(self))
        self.status.addItem(self.tr("any status"), None)
        for term in vocab.CASE_STATUS.terms:
            self.status.addItem(term.display(), term.code)
        self.hazard = add("", QCheckBox(self.tr("ha&zardous exhibits only"), self))
        self.kg_min = add(self.tr("&kg-eq. at least"), DecimalEdit(self))
        self.kg_max = add(self.tr("kg-eq. at most"), DecimalEdit(self))
        self.kg_min.setPlaceholderText("kg")
        self.kg_max.setPlaceholderText("kg")
        self.text = add(self.tr("&Words"), QLineEdit(self))
        self.text.setPlaceholderText(self.tr('narrative, place, concealment… "a phrase"'))
        self.order = add(self.tr("Order"), QComboBox(self))
        for code, label in ORDER_LABELS:
            self.order.addItem(self.tr(label), code)
        self.grouped = add("", QCheckBox(self.tr("one &row per case"), self))
        clear = QPushButton(self.tr("Clear filters"), self)  # C is the Case menu's
        clear.clicked.connect(self.clear)
        form.addRow("", clear)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_box)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(300)

        self.message = QLabel(self.tr("Type a substance, a place, a word…"), self)
        self.message.setWordWrap(True)
        self.totals_label = QLabel("", self)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("search results"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # rows to open, not cells to edit: Tab leaves, arrows move
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setSectionsClickable(True)
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy)
        self.copy_button = QPushButton(self.tr("Cop&y"), self)
        self.copy_button.setToolTip(self.tr("copy the selected rows (or all loaded rows) as tab-separated text"))
        self.copy_button.clicked.connect(self.copy)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.save_button = QPushButton(self.tr("Sa&ve…"), self)
        self.summary_button = QPushButton(self.tr("S&ummary…"), self)
        self.summary_button.setToolTip(self.tr("totals, monthly trend, origins and the largest seizures of this "
                                               "search"))
        self.totals_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addStretch(1)
        for button in (self.copy_button, self.export_button, self.summary_button, self.save_button):
            bar.addWidget(button)
        results = QWidget(self)
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.totals_label)
        column.addLayout(bar)
        column.addWidget(self.message)
        column.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(results)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([max(scroll.minimumWidth(), 390), 1000])
        splitter.setCollapsible(0, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

    def _size_columns(self) -> None:
        widths = {"Case": 145, "Ex.": 40, "Date": 125, "Substance": 150, "Lab-confirmed": 130, "Substances": 260,
                  "Quantity": 90, "Exhibits": 70, "kg-equivalent": 110, "Origin": 110, "Place": 220,
                  "Transport": 110, "Status": 90, "Hazard": 90}
        for section, name in enumerate(self.model.columns):
            self.table.setColumnWidth(section, widths.get(name, 100))

    # -- the query ------------------------------------------------------------------------------------
    def build_query(self) -> SearchQuery:
        """The query the filters describe. Raises ValueError naming a filter that cannot be read."""
        kg = {}
        for name, edit in (("kg_min", self.kg_min), ("kg_max", self.kg_max)):
            try:
                kg[name] = edit.value()
            except ValueError as exc:
                raise ValueError(self.tr("kg-equivalent: {problem}").format(problem=exc)) from None
            if kg[name] is not None and kg[name] < 0:
                raise ValueError(self.tr("kg-equivalent: a quantity is 0 or more"))
        query = SearchQuery(
            substance=self.substance.text().strip() or None, analogues=self.analogues.isChecked(),
            group=self.group.currentData(), schedule=self.schedule_filter.currentData(),
            match_on=self.match_on.currentData(),
            date_from=_date(self.date_from.text(), self.tr("From")), date_to=_date(self.date_to.text(), self.tr("To")),
            country=self.country.value(), region=self.region.text().strip() or None, origin=self.origin.value(),
            departure=self.departure.value(), transit=self.transit.value(), destination=self.destination.value(),
            transport=self.transport.code(), concealment=self.concealment.code(),
            place_type=self.place_type.code(), agency=self.agency.text().strip() or None,
            officer=self.officer.text().strip() or None, status=self.status.currentData(),
            hazard=self.hazard.isChecked(), kg_min=kg["kg_min"], kg_max=kg["kg_max"],
            text=self.text.text().strip() or None, order=self.order.currentData(), limit=self.page_size,
        )
        if query.date_from and query.date_to and query.date_from > query.date_to:
            raise ValueError(self.tr("From is after To"))
        if query.kg_min is not None and query.kg_max is not None and query.kg_min > query.kg_max:
            raise ValueError(self.tr("kg-equivalent: 'at least' is more than 'at most'"))
        return query

    def set_query(self, query: SearchQuery) -> None:
        """Show a query in the filters (a saved search) and run it."""
        widgets = (self.substance, self.region, self.agency, self.officer, self.text, self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        self.substance.setText(query.substance or "")
        self.analogues.setChecked(query.analogues)
        self.match_on.setCurrentIndex(max(0, self.match_on.findData(query.match_on)))
        found = self.app.catalogue.find_group(query.group) if query.group else None
        self.group.setCurrentIndex(max(0, self.group.findData(found.id if found else None)))
        self.schedule_filter.setCurrentIndex(max(0, self.schedule_filter.findData(
            _schedule_code(self.app.catalogue, query.schedule))))
        self.date_from.setText(query.date_from.isoformat() if query.date_from else "")
        self.date_to.setText(query.date_to.isoformat() if query.date_to else "")
        for edit, value in ((self.country, query.country), (self.origin, query.origin),
                            (self.departure, query.departure), (self.transit, query.transit),
                            (self.destination, query.destination)):
            edit.set_value(value)
        self.region.setText(query.region or "")
        self.transport.set_code(query.transport)
        self.concealment.set_code(query.concealment)
        self.place_type.set_code(query.place_type)
        self.agency.setText(query.agency or "")
        self.officer.setText(query.officer or "")
        self.status.setCurrentIndex(max(0, self.status.findData(query.status)))
        self.hazard.setChecked(query.hazard)
        self.kg_min.set_value(query.kg_min)
        self.kg_max.set_value(query.kg_max)
        self.text.setText(query.text or "")
        self.order.setCurrentIndex(max(0, self.order.findData(query.order)))
        for widget in widgets:
            widget.blockSignals(False)
        self.run()

    def clear(self) -> None:
        self.set_query(SearchQuery(analogues=True))

    # -- running --------------------------------------------------------------------------------------
    def schedule(self, *_: object) -> None:
        self._timer.start()

    def run(self, *_: object) -> None:
        self._timer.stop()
        self.stale = False
        self.token += 1
        try:
            query = self.build_query()
        except ValueError as exc:
            self._show_message(str(exc), error=True)
            self.query = None
            self.totals = None  # the totals go with the results they counted
            self.totals_label.setText("")
            self.model.reset(self.grouped.isChecked())
            self.model.fail()
            return
        self.query = query
        self.totals = None
        self.totals_label.setText(self.tr("searching…"))
        self._show_message("")
        self.model.reset(self.grouped.isChecked())
        if self.worker is None:
            return
        self.worker.request_page(self.token, query, self.grouped.isChecked())
        self.worker.request_totals(self.token, query)

    def on_changed(self, changes: Changes, _initiator: object = None) -> None:
        """The hub's signal: run the shown search again when what it finds changed (now if the panel is
        shown, else when it is)."""
        if self.query is None or not (changes.exhibits or changes.case_list or changes.everything):
            return
        if self.isVisible():
            self.run()
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale and self.query is not None:
            self.run()

    def _more(self, offset: int) -> None:
        if self.worker is not None and self.query is not None:
            self.worker.request_page(self.token, replace(self.query, offset=offset), self.grouped.isChecked())

    def _page(self, token: int, offset: int, rows: list[Any]) -> None:
        if token != self.token:
            return
        self.model.add_page(offset, rows)
        if offset == 0 and not rows:
            self._show_message(self.tr("No results: no seizure matches every filter."))

    def _totals(self, token: int, totals: SearchTotals) -> None:
        if token != self.token:
            return
        self.totals = totals
        if totals.without_kg == totals.exhibits:  # "0 kg" would read as weighed and found to be nothing
            kg, note = self.tr("no kg-equivalent"), ""
        else:
            kg = kg_text(totals.kg_mg, totals.kg_estimate)
            note = (" (" + self.tr("{n} without a kg-equivalent").format(n=grouped(totals.without_kg)) + ")"
                    if totals.without_kg else "")
        estimate = self.tr("; ~ includes estimates") if totals.kg_estimate else ""
        seizures = plural(totals.seizures, self.tr("<b>{n}</b> seizure"), self.tr("<b>{n}</b> seizures"))
        exhibits = plural(totals.exhibits, self.tr("<b>{n}</b> exhibit"), self.tr("<b>{n}</b> exhibits"))
        self.totals_label.setText(f"{seizures} · {exhibits} · <b>{kg}</b>{note}{estimate}")

    def _failed(self, token: int, message: str) -> None:
        if token != self.token:
            return
        self.model.fail()
        self.totals = None
        self.totals_label.setText("")
        self._show_message(message, error=True)

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b71c1c;" if error else "color: palette(text);")
        self.message.setVisible(bool(text))

    def _header_clicked(self, section: int) -> None:
        name = self.model.columns[section] if 0 <= section < len(self.model.columns) else ""
        if name not in SORTS:
            return
        first, second = SORTS[name]
        current = self.order.currentData()
        self.order.setCurrentIndex(self.order.findData(second if current == first else first))

    def _open(self, row: int) -> None:
        number = self.model.case_number(row)
        if number:
            self.open_case.emit(number)

    # -- results out ----------------------------------------------------------------------------------
    def copy(self) -> str:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        text = self.model.as_text(rows or None)
        QGuiApplication.clipboard().setText(text)
        return text

    # -- saved searches -------------------------------------------------------------------------------
    @staticmethod
    def saved() -> dict[str, dict[str, Any]]:
        raw = QSettings().value(SAVED_SEARCHES, "{}")
        try:
            data = json.loads(str(raw))
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def save_search(self, name: str) -> None:
        query = self.build_query()
        searches = self.saved()
        searches[name.strip()] = query_to_dict(query)
        QSettings().setValue(SAVED_SEARCHES, json.dumps(searches, ensure_ascii=False))

    def delete_search(self, name: str) -> None:
        searches = self.saved()
        searches.pop(name, None)
        QSettings().setValue(SAVED_SEARCHES, json.dumps(searches, ensure_ascii=False))

    def run_saved(self, name: str) -> None:
        data = self.saved().get(name)
        if data is None:
            self._show_message(self.tr("no saved search named '{name}'").format(name=name), error=True)
            return
        try:
            query = query_from_dict(data)
        except ValueError as exc:
            self._show_message(str(exc), error=True)
            return
        self.set_query(query)

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()

