"""The case form: every field of the record, grouped Event, Place, Route, Exhibits, People, Narrative
and Attachments, validated as it is typed.

The form never saves: to_case() hands a core Case to the services. Validation runs the same checks as
the services (CaseApp.check) a moment after each keystroke; errors show under their fields, on their
exhibit cells and in the problems list, and keep Save disabled; warnings show but do not block.
The seizure date starts empty: a pre-filled date is a known source of evidence errors.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from caseapp.core import vocab
from caseapp.core.agency import AGENCY_CODE_KEY
from caseapp.core.countries import country_display
from caseapp.core.dates import parse_occurred
from caseapp.core.errors import DatabaseError
from caseapp.core.model import Case, Location, Person
from caseapp.core.validation import Issue, Severity, error
from caseapp.gui.fonts import register_application_fonts
from caseapp.gui.i18n import labelled, plural
from caseapp.gui.models.exhibits import COLUMN, FIELD_KEYS
from caseapp.gui.widgets.cell_editors import VocabularyCellsDelegate
from caseapp.gui.widgets.exhibits_table import ExhibitsTable
from caseapp.gui.widgets.field_titles import field_title
from caseapp.gui.widgets.fields import CountryEdit, CountryListEdit, DecimalEdit, VocabCombo, country_model
from caseapp.gui.widgets.one_line import keep_one_line
from caseapp.gui.widgets.table_keys import KeyedTableWidget
from caseapp.services.app import CaseApp

FIELD_STYLE = """
QLineEdit[issue="error"], QComboBox[issue="error"], QPlainTextEdit[issue="error"] {
    border: 2px solid #c62828; background: #fdecea; }
QLineEdit[issue="warning"], QComboBox[issue="warning"] { border: 2px solid #d49b00; background: #fff8e1; }
QLabel[role="error"] { color: #b71c1c; }
QLabel[role="warning"] { color: #8a6d00; }
"""

PERSON_COLUMNS = (QT_TRANSLATE_NOOP("CaseForm", "Role"), QT_TRANSLATE_NOOP("CaseForm", "Name"),
                  QT_TRANSLATE_NOOP("CaseForm", "Date of birth"), QT_TRANSLATE_NOOP("CaseForm", "Nationality"))
#: validation field suffix of a person -> its column
PERSON_FIELDS = {"role": 0, "name": 1, "date_of_birth": 2, "nationality": 3}


class JumpGroupBox(QGroupBox):
    """A group box whose title letter goes where `jump` puts focus (QGroupBox's own goes back to the child
    that last had focus: after Tab left the exhibits table, that is a button below it)."""

    def __init__(self, title: str, parent: QWidget, jump: Callable[[], None]) -> None:
        super().__init__(title, parent)
        self._jump = jump

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Shortcut:
            self._jump()
            return True
        return super().event(event)


class FieldMessage(QLabel):
    """The message under a field; hidden while the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_issues(self, issues: list[Issue]) -> None:
        if not issues:
            self.hide()
            return
        worst = "error" if any(i.severity == Severity.ERROR for i in issues) else "warning"
        self.setProperty("role", worst)
        self.setText("\n".join(i.message for i in issues))
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()


class CaseForm(QWidget):
    changed = Signal()  # anything typed
    validity_changed = Signal(bool)  # True when no error remains

    def __init__(self, app: CaseApp, parent: QWidget | None = None, *, officer: str = "") -> None:
        register_application_fonts()  # emoji typed into a case draw as themselves
        super().__init__(parent)
        self.app = app
        self.officer = officer  # a new case names the signed-in officer (edited like any field)
        self.loaded: Case | None = None
        self.baseline: Case | None = None
        self.errors: list[Issue] = []
        self.warnings: list[Issue] = []
        self.read_only = False
        self._fields: dict[str, QWidget] = {}
        self._used: list[int] = []
        self._messages: dict[str, FieldMessage] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._revalidate_in_pause)
        self.setStyleSheet(FIELD_STYLE)
        self._countries = country_model(self)
        self._build()
        self.load(None)

    # -- building -------------------------------------------------------------------------------
    def _row(self, form: QFormLayout, label: str, path: str, widget: QWidget, tip: str = "",
             *, buddy: QWidget | None = None) -> QWidget:
        """A labelled field with its message below. `buddy` is the widget that takes the text when `widget`
        holds more than one (the date's line edit beside its calendar button): Alt+letter goes there."""
        widget.setAccessibleName(label.replace("&", ""))
        if tip:
            widget.setToolTip(tip)
        message = FieldMessage(self)
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(message)
        caption = QLabel(label, self)
        caption.setBuddy(buddy or widget)
        form.addRow(caption, box)
        self._fields[path] = widget
        self._messages[path] = message
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self._edited)
        elif isinstance(widget, QComboBox):
            widget.editTextChanged.connect(self._edited)
        keep_one_line(widget)  # a pasted address keeps to one line (the narrative alone has lines)
        return widget

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return box, form

    def _build(self) -> None:
        zone = self.app.timezone()
        zone_name = str(zone) if zone else self.tr("this computer's time zone")

        event, f = self._group(self.tr("Event"))
        self.case_number = QLabel(self.tr("new case — numbered when saved"), self)
        self.case_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f.addRow(self.tr("Case number"), self.case_number)
        self.status_label = QLabel("", self)
        f.addRow(self.tr("Status"), self.status_label)
        self.occurred = QLineEdit(self)
        self.occurred.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM — type it"))
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText(self.tr("Pick…"))
        self.calendar_button.setAccessibleName(self.tr("pick the seizure date"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # typed dates need no stop here
        self.calendar_button.setMenu(self._calendar_menu())
        dated = QWidget(self)
        line = QHBoxLayout(dated)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.occurred, 1)
        line.addWidget(self.calendar_button)
        self._row(f, self.tr("Seized &on"), "occurred_at", dated, buddy=self.occurred)
        self._fields["occurred_at"] = self.occurred
        keep_one_line(self.occurred)
        self.occurred.setAccessibleName(self.tr("seized on"))
        self.occurred.textChanged.connect(self._edited)
        self.zone_label = QLabel(self.tr("local time, {zone}").format(zone=zone_name), self)
        self.zone_label.setStyleSheet("color: palette(mid);")
        f.addRow("", self.zone_label)
        self.agency = self._row(f, self.tr("&Agency"), "agency", QLineEdit(self))
        self.unit = self._row(f, self.tr("Unit"), "unit", QLineEdit(self))
        self.officers = self._row(f, self.tr("Off&icers"), "officers", QLineEdit(self), self.tr("names separated by ;"))
        self.officers.setPlaceholderText(self.tr("names separated by ;"))
        self.detection = self._row(f, self.tr("Detection"), "detection", VocabCombo(vocab.DETECTION, self))

        place, f = self._group(self.tr("Place"))
        self.place_name = self._row(f, self.tr("Place &name"), "location.name", QLineEdit(self))
        self.address = self._row(f, self.tr("Address"), "location.address", QLineEdit(self))
        self.city = self._row(f, self.tr("Cit&y"), "location.city", QLineEdit(self))
        self.region = self._row(f, self.tr("Region"), "location.region", QLineEdit(self))
        self.country = self._row(f, self.tr("Co&untry"), "location.country", CountryEdit(self, self._countries))
        self.place_type = self._row(f, self.tr("Place type"), "location.place_type",
                                    VocabCombo(vocab.PLACE_TYPE, self))
        self.lat = self._row(f, self.tr("Latitude"), "location.lat", DecimalEdit(self))
        self.lon = self._row(f, self.tr("Longitude"), "location.lon", DecimalEdit(self))

        route, f = self._group(self.tr("Route"))
        self.routing = self._row(f, self.tr("Routing"), "routing", VocabCombo(vocab.ROUTING, self))
        self.transport = self._row(f, self.tr("&Transport"), "transport", VocabCombo(vocab.TRANSPORT, self))
        self.conveyance = self._row(f, self.tr("Conveyance"), "conveyance", QLineEdit(self),
                                    self.tr("flight, vehicle plate, vessel, tracking number"))
        self.concealment = self._row(f, self.tr("Conceal&ment"), "concealment",
                                     VocabCombo(vocab.CONCEALMENT, self))
        self.concealment_text = self._row(f, self.tr("Concealed in"), "concealment_text", QLineEdit(self))
        self.origin = self._row(f, self.tr("Ori&gin"), "origin_country", CountryEdit(self, self._countries))
        self.departure = self._row(f, self.tr("Depa&rture"), "departure_country", CountryEdit(self, self._countries))
        self.transit = self._row(f, self.tr("Transit"), "transit_countries", CountryListEdit(self))
        self.destination = self._row(f, self.tr("&Destination"), "destination_country",
                                     CountryEdit(self, self._countries))

        exhibits_box = JumpGroupBox(self.tr("E&xhibits"), self, self.focus_exhibits)
        self.exhibits = ExhibitsTable(self.app.catalogue, self)
        self.exhibits.setMinimumHeight(200)
        self.exhibits.changed.connect(self._edited)
        self.exhibits.removal_refusal = self._removal_refusal
        self.exhibits_message = FieldMessage(self)
        box = QVBoxLayout(exhibits_box)
        box.addWidget(self.exhibits)
        box.addWidget(self.exhibits_message)
        self._messages["exhibits"] = self.exhibits_message
        self._fields["exhibits"] = self.exhibits.view

        people_box = QGroupBox(self.tr("People"), self)
        self.people = KeyedTableWidget(0, len(PERSON_COLUMNS), self)  # Tab leaves it after the last cell
        self.people.setHorizontalHeaderLabels([self.tr(title) for title in PERSON_COLUMNS])
        self.people.setAccessibleName(self.tr("people"))
        self.people.setItemDelegate(VocabularyCellsDelegate({0: vocab.PERSON_ROLE}, (3,), self.people))
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.setMinimumHeight(130)
        self.people.setColumnWidth(0, 110)
        self.people.setColumnWidth(1, 200)
        self.people.setColumnWidth(2, 110)
        self.people.itemChanged.connect(self._edited)
        self.people.setToolTip(self.tr("role: {roles}; date of birth YYYY-MM-DD; nationality a country name or "
                                       "code").format(roles=", ".join(t.display() for t in vocab.PERSON_ROLE.terms)))
        add_person = QPushButton(self.tr("Add &person"), self)
        add_person.clicked.connect(self.add_person)
        remove_person = QPushButton(self.tr("Remove person"), self)
        remove_person.clicked.connect(self.remove_person)
        self.person_buttons = (add_person, remove_person)
        self.people_message = FieldMessage(self)
        pb = QVBoxLayout(people_box)
        pb.addWidget(self.people)
        pb.addWidget(self.people_message)
        row = QHBoxLayout()
        row.addWidget(add_person)
        row.addWidget(remove_person)
        row.addStretch(1)
        pb.addLayout(row)
        self._messages["persons"] = self.people_message

        narrative_box = QGroupBox(self.tr("Narrati&ve"), self)
        self.narrative = QPlainTextEdit(self)
        self.narrative.setAccessibleName(self.tr("narrative"))
        self.narrative.setTabChangesFocus(True)
        self.narrative.setPlaceholderText(self.tr("What happened, in the officer's words"))
        self.narrative.textChanged.connect(self._edited)
        nb = QVBoxLayout(narrative_box)
        nb.addWidget(self.narrative)

        self.attachments_box = QGroupBox(self.tr("Attachments"), self)
        self.attachments_layout = QVBoxLayout(self.attachments_box)

        top = QHBoxLayout()
        for group in (event, place, route):
            group.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            top.addWidget(group, 1, Qt.AlignmentFlag.AlignTop)
        lower = QHBoxLayout()
        lower.addWidget(people_box, 1)
        lower.addWidget(narrative_box, 1)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addLayout(top)
        column.addWidget(exhibits_box, 2)
        column.addLayout(lower, 1)
        column.addWidget(self.attachments_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.scroll_area = scroll
        self._content = content
        # wherever focus lands in the form (an Alt letter, a problem, Add person, a cell editor), it is seen
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("problems"))
        self.problems.itemActivated.connect(self._go_to_problem)
        self.problems.itemClicked.connect(self._go_to_problem)
        self.problems.setMaximumHeight(110)
        self.problems_title = QLabel("", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems)
        self.chain_tabs()

    def _focus_moved(self, old: QWidget | None, now: QWidget | None) -> None:
        if now is not None and self._content.isAncestorOf(now):
            self.scroll_area.ensureWidgetVisible(now, 20, 20)

    def focus_exhibits(self) -> None:
        """Alt+X: the exhibits table, on its current cell (the first substance cell when it has none)."""
        view = self.exhibits.view
        if not view.currentIndex().isValid() and self.exhibits.model.rowCount():
            view.setCurrentIndex(self.exhibits.model.index(0, COLUMN["substance"]))
        view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if view.currentIndex().isValid():
            view.scrollTo(view.currentIndex())

    def chain_tabs(self, attachments: tuple[QWidget, ...] = ()) -> None:
        """Tab follows the groups as they are seen: Event, Place and Route field by field, the exhibits and
        their buttons, the people, the narrative, the attachments (`attachments`, added by the case tab) and
        the list of problems."""
        fields = [w for path, w in self._fields.items() if path != "exhibits"]
        chain: list[QWidget] = [*fields, self.exhibits.view, self.exhibits.add_button, self.exhibits.duplicate_button,
                                self.exhibits.remove_button, self.exhibits.unknown_button, self.people,
                                *self.person_buttons, self.narrative, *attachments, self.problems]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _calendar_menu(self) -> QMenu:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setMaximumDate(QDate.currentDate())
        calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def chosen(day: QDate) -> None:
            typed = self.occurred.text().strip()
            time_part = typed[10:].strip() if len(typed) > 10 else ""
            self.occurred.setText(f"{day.toString('yyyy-MM-dd')} {time_part}".strip())
            menu.close()
            self.occurred.setFocus()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        return menu

    def _removal_refusal(self, exhibit_id: int) -> str | None:
        """Why the stored exhibit cannot leave the case (what the store refuses on saving), or None."""
        events, attachments = self.app.exhibit_ties(exhibit_id)
        ties = [text for n, text in (
            (events, plural(events, self.tr("{n} custody event"), self.tr("{n} custody events"))),
            (attachments, plural(attachments, self.tr("{n} attachment"), self.tr("{n} attachments")))) if n]
        if not ties:
            return None
        number = next((r.number for r in self.exhibits.model.rows if r.id == exhibit_id), None) or ""
        return self.tr("Exhibit {number} has {ties}: it stays in the case, so its custody record and files keep "
                       "pointing at it. Correct the exhibit's details instead.").format(
            number=number, ties=self.tr(" and ").join(ties))

    # -- people -----------------------------------------------------------------------------------
    def add_person(self) -> None:
        row = self.people.rowCount()
        self.people.insertRow(row)
        self.people.setCurrentCell(row, 0)
        self.people.setFocus()
        self.people.scrollToItem(self.people.item(row, 0) or self._person_item(row, 0, ""))
        self.people.editItem(self.people.item(row, 0) or self._person_item(row, 0, ""))
        self._edited()

    def _person_item(self, row: int, column: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        self.people.setItem(row, column, item)
        return item

    def remove_person(self) -> None:
        row = self.people.currentRow()
        if row >= 0:
            self.people.removeRow(row)
            self._edited()

    def _persons(self) -> list[Person]:
        persons = []
        for row in range(self.people.rowCount()):
            cells = [(self.people.item(row, c).text().strip() if self.people.item(row, c) else "")
                     for c in range(len(PERSON_COLUMNS))]
            if not any(cells):
                continue
            role, name, born, nationality = cells
            try:
                born = parse_occurred(born) if born else ""
            except ValueError:
                pass  # validation names the field
            persons.append(Person(role=role or "suspect", name=name, date_of_birth=born or None,
                                  nationality=nationality or None))
        return persons

    # -- loading and reading ----------------------------------------------------------------------
    def load(self, case: Case | None) -> None:
        """Show a stored case, or an empty new one (date empty; agency from the database settings, the
        signed-in officer named)."""
        self.loaded = case
        blank = case is None
        case = case or Case(agency=self.app.setting(AGENCY_CODE_KEY) or "",
                            officers=[self.officer] if self.officer else [])
        self.case_number.setText(case.case_number or self.tr("new case — numbered when saved"))
        self.status_label.setText(vocab.CASE_STATUS.display(case.status))
        self.occurred.setText((case.occurred_at or "").replace("T", " "))
        self.agency.setText(case.agency)
        self.unit.setText(case.unit)
        self.officers.setText("; ".join(case.officers))
        self.detection.set_code(case.detection)
        loc = case.location
        self.place_name.setText(loc.name)
        self.address.setText(loc.address)
        self.city.setText(loc.city)
        self.region.setText(loc.region)
        self.country.set_value(loc.country)
        self.place_type.set_code(loc.place_type)
        self.lat.set_value(loc.lat)
        self.lon.set_value(loc.lon)
        self.routing.set_code(case.routing)
        self.transport.set_code(case.transport)
        self.conveyance.setText(case.conveyance)
        self.concealment.set_code(case.concealment)
        self.concealment_text.setText(case.concealment_text)
        self.origin.set_value(case.origin_country)
        self.departure.set_value(case.departure_country)
        self.transit.set_values(case.transit_countries)
        self.destination.set_value(case.destination_country)
        self.people.blockSignals(True)
        self.people.setRowCount(0)
        for person in case.persons:
            row = self.people.rowCount()
            self.people.insertRow(row)
            for column, text in enumerate((vocab.PERSON_ROLE.display(person.role), person.name,
                                           person.date_of_birth or "",
                                           country_display(person.nationality) if person.nationality else "")):
                self._person_item(row, column, text)
        self.people.blockSignals(False)
        self.narrative.setPlainText(case.narrative)
        self.exhibits.model.set_exhibits(case.exhibits)
        if blank:
            self.exhibits.model.add_row()
        self.revalidate()
        self.mark_clean()

    def to_case(self) -> tuple[Case, list[Issue]]:
        """The case as typed, and the problems found reading it (numbers that are not numbers)."""
        problems: list[Issue] = []
        typed_date = self.occurred.text().strip()
        occurred = None
        if typed_date:
            try:
                occurred = parse_occurred(typed_date)
            except ValueError:
                occurred = typed_date  # validation reports it with its message
        coordinates = {}
        for path, edit in (("location.lat", self.lat), ("location.lon", self.lon)):
            try:
                coordinates[path] = edit.value()
            except ValueError as exc:
                problems.append(error(path, str(exc), edit.text()))
                coordinates[path] = None
        exhibits, exhibit_problems = self.exhibits.model.exhibits()
        problems.extend(exhibit_problems)
        # rows left blank are not exhibits; _used maps the case's exhibits back to the table's rows
        used = [i for i, row in enumerate(self.exhibits.model.rows) if row.id is not None or _row_used(row.cells)]
        self._used = used
        base = self.loaded
        case = Case(
            occurred_at=occurred, agency=self.agency.text().strip(), unit=self.unit.text().strip(),
            officers=[o.strip() for o in self.officers.text().split(";") if o.strip()],
            location=Location(
                name=self.place_name.text().strip(), address=self.address.text().strip(),
                city=self.city.text().strip(), region=self.region.text().strip(), country=self.country.value(),
                lat=coordinates["location.lat"], lon=coordinates["location.lon"],
                place_type=self.place_type.code(),
            ),
            detection=self.detection.code(), transport=self.transport.code(),
            conveyance=self.conveyance.text().strip(), concealment=self.concealment.code(),
            concealment_text=self.concealment_text.text().strip(), routing=self.routing.code(),
            origin_country=self.origin.value(), departure_country=self.departure.value(),
            transit_countries=self.transit.values(), destination_country=self.destination.value(),
            persons=self._persons(), narrative=self.narrative.toPlainText().rstrip(),
            exhibits=[exhibits[i] for i in used],
        )
        if base is not None:
            case.case_number, case.id, case.status, case.version = (base.case_number, base.id, base.status,
                                                                     base.version)
            case.recorded_at, case.created_by, case.created_at = base.recorded_at, base.created_by, base.created_at
            case.approved_by, case.approved_at, case.source = base.approved_by, base.approved_at, base.source
        return case, problems

    # -- state ------------------------------------------------------------------------------------
    def commit_edits(self) -> None:
        """Put what is typed in an open table cell into the record (before saving or closing)."""
        self.exhibits.view.commit_open_editor()
        self.people.commit_open_editor()

    def is_dirty(self) -> bool:
        self.commit_edits()
        case, _ = self.to_case()
        return case != self.baseline

    def mark_clean(self) -> None:
        self.baseline, _ = self.to_case()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in self._fields.values():
            if isinstance(widget, QLineEdit):
                widget.setReadOnly(read_only)
            elif isinstance(widget, QComboBox):
                widget.setEnabled(not read_only)
        self.calendar_button.setEnabled(not read_only)
        self.narrative.setReadOnly(read_only)
        self.exhibits.set_read_only(read_only)
        self.people.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers if read_only
                                    else QTableWidget.EditTrigger.AllEditTriggers)
        for button in self.person_buttons:
            button.setVisible(not read_only)

    def _edited(self, *_: object) -> None:
        self._timer.start()
        self.changed.emit()

    def _revalidate_in_pause(self) -> None:
        """The check in a typist's pause: a database that cannot be reached (a server gone away) leaves the
        problems shown as they were until the next pause; Save checks again and says why it cannot."""
        try:
            self.revalidate()
        except DatabaseError:
            return

    def revalidate(self) -> bool:
        """Check the case as typed; show the problems; True when nothing blocks saving."""
        self._timer.stop()
        case, problems = self.to_case()
        _, report = self.app.check(case)
        issues = problems + [self._to_row(i) for i in report.issues]
        self.errors = [i for i in issues if i.severity == Severity.ERROR]
        self.warnings = [i for i in issues if i.severity != Severity.ERROR]
        self._show(issues)
        self.validity_changed.emit(not self.errors)
        return not self.errors

    def _to_row(self, issue: Issue) -> Issue:
        """An exhibit issue renumbered from the case's exhibits to the table's rows."""
        if not issue.field.startswith("exhibits["):
            return issue
        head, _, rest = issue.field.partition("]")
        try:
            row = self._used[int(head[len("exhibits["):])]
        except (ValueError, IndexError):
            return issue
        return dataclasses.replace(issue, field=f"exhibits[{row}]{rest}")  # its flags kept

    def _field_of(self, issue: Issue) -> str:
        path = issue.field
        if path.startswith("transit_countries["):
            return "transit_countries"
        if path.startswith("persons["):
            return "persons"
        if path.startswith("officers["):
            return "officers"
        if path.startswith("exhibits"):
            return "exhibits"
        return path

    def _show(self, issues: list[Issue]) -> None:
        by_field: dict[str, list[Issue]] = {}
        for issue in issues:
            by_field.setdefault(self._field_of(issue), []).append(issue)
        for path, message in self._messages.items():
            found = by_field.get(path, [])
            if path == "exhibits":
                found = [i for i in found if i.field == "exhibits"]
            message.show_issues(found)
            widget = self._fields.get(path)
            if widget is not None and not isinstance(widget, (QTableWidget,)):
                worst = "" if not found else ("error" if any(i.severity == Severity.ERROR for i in found)
                                              else "warning")
                if widget.property("issue") != worst:
                    widget.setProperty("issue", worst)
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)
        self.exhibits.model.set_issues(issues)
        self.problems.clear()
        for issue in sorted(issues, key=lambda i: i.severity != Severity.ERROR):
            mark = "✖" if issue.severity == Severity.ERROR else "⚠"
            item = QListWidgetItem(f"{mark} {labelled(field_title(issue.field), issue.message)}")
            item.setData(Qt.ItemDataRole.UserRole, issue.field)
            item.setForeground(Qt.GlobalColor.darkRed if issue.severity == Severity.ERROR
                               else Qt.GlobalColor.darkYellow)
            self.problems.addItem(item)
        warnings = plural(len(self.warnings), self.tr("{n} warning"), self.tr("{n} warnings"))
        if self.errors:
            self.problems_title.setText("<b>" + plural(len(self.errors), self.tr("{n} error to fix before saving"),
                                                       self.tr("{n} errors to fix before saving"))
                                        + "</b>" + (f", {warnings}" if self.warnings else ""))
        elif self.warnings:
            self.problems_title.setText(self.tr("{warnings}: the case can be saved").format(warnings=warnings))
        else:
            self.problems_title.setText(self.tr("No problems found"))
        self.problems.setVisible(bool(issues))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole) or ""
        widget = self._fields.get(self._field_of(Issue(Severity.ERROR, path, "")))
        if path.startswith("exhibits["):
            head, _, rest = path.partition("].")
            try:
                row = int(head[len("exhibits["):])
            except ValueError:
                row = 0
            column = COLUMN.get(FIELD_KEYS.get(rest, "substance"), COLUMN["substance"])
            self.exhibits.view.setCurrentIndex(self.exhibits.model.index(row, column))
            self.exhibits.view.setFocus()
            self.exhibits.view.scrollTo(self.exhibits.view.currentIndex())
            return
        if path.startswith("persons["):
            head, _, rest = path.partition("].")
            try:
                row = int(head[len("persons["):])
            except ValueError:
                row = 0
            column = PERSON_FIELDS.get(rest, 1)
            self.people.setCurrentCell(row, column)
            self.people.setFocus()
            self.people.scrollTo(self.people.model().index(row, column))
            return
        if widget is not None:
            widget.setFocus()


def _row_used(cells: dict[str, str]) -> bool:
    """A row with anything typed beyond the default kind."""
    return any(v.strip() for k, v in cells.items() if k != "kind")
