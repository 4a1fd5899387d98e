"""Record one custody event of an exhibit: a seizure, a transfer, a check-out, a disposal, a correction...

The form shows the fields the chosen event type uses (core.custody: which types name a new holder or a new
seal, what each requires). The time starts empty and must be typed: a custody record says when it happened,
not when it was typed. The rules are the service's: a refused event shows every reason inline and keeps what
was typed, so the user corrects it instead of starting again."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from caseapp.core.changes import NOTHING, Changes
from caseapp.core.custody import WORKFLOW_EVENTS, CustodyError, CustodyEvent, CustodyState, EventType
from caseapp.core.dates import parse_occurred
from caseapp.core.errors import CaseAppError
from caseapp.core.formats import decimal_text
from caseapp.core.text import quoted
from caseapp.core.units import quantity_text
from caseapp.gui.dialogs.custody_fields import (
    DESCRIPTIONS,
    FIELDS,
    FOCUS_ORDER,
    FORM_ORDER,
    ISO_TIME,
    MESSAGE_WORDS,
    SPECS,
    Spec,
    choice_label,
    event_label,
)
from caseapp.gui.dialogs.login import dim, error_label, sentence
from caseapp.gui.i18n import translate, window_language
from caseapp.services.app import CaseApp
from caseapp.services.auth import User
from caseapp.services.custody import Custody

_E = EventType


def _time_zone_name(app: CaseApp) -> str:
    zone = app.timezone()
    return zone.key if zone is not None else translate("CustodyEventDialog", "this computer's time zone")


class CustodyEventDialog(QDialog):
    """Record one custody event of `exhibit_number` of `case_number` as `user`. On acceptance `.recorded` is the
    event recorded and `.new_state` the exhibit's custody state after it. `state` is the state now (None: nothing
    recorded yet), shown at the top and used to pre-fill a transfer's 'From'."""

    def __init__(self, app: CaseApp, user: User, case_number: str, exhibit_number: str,
                 state: CustodyState | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.app = app
        self.user = user
        self.case_number = case_number
        self.exhibit_number = exhibit_number
        self.state = state
        self.recorded: CustodyEvent | None = None  # not .event/.result: those are QObject/QDialog methods
        self.new_state: CustodyState | None = None
        self.changes: Changes = NOTHING  # what recording the event changed
        self.setWindowTitle(self.tr("Record custody event"))
        self.setMinimumWidth(520)

        heading = QLabel(self.tr("Case {case}, exhibit {exhibit}").format(case=case_number, exhibit=exhibit_number)
                         + self._exhibit_words())
        bold = QFont(heading.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.1)
        heading.setFont(bold)
        heading.setAccessibleName(self.tr("Exhibit"))
        self.state_label = QLabel(self._state_text())
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Custody now"))

        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Event type"))
        for event_type in EventType:
            if event_type in WORKFLOW_EVENTS or event_type == EventType.DISPOSED:
                continue  # recorded through their own flow (disposal with each item scanned, hand-over)
            self.type_combo.addItem(choice_label(event_type), event_type.value)
        self.type_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.description_label = dim(QLabel())
        self.description_label.setWordWrap(True)
        self.description_label.setAccessibleName(self.tr("About this event type"))

        self.at_edit = QLineEdit()
        self.at_edit.setPlaceholderText(self.tr("YYYY-MM-DD HH:MM"))
        self.at_edit.setAccessibleName(self.tr("When it happened, {zone}").format(zone=_time_zone_name(app)))
        self.at_edit.setAccessibleDescription(self.tr("Required. Date and time, for example 2026-11-20 14:30"))

        self.corrects_combo = QComboBox()
        self.corrects_combo.setAccessibleName(self.tr("Event corrected"))
        self.corrects_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fill_corrects()

        self.edits: dict[str, QLineEdit] = {}
        for name, (_, accessible, placeholder) in FIELDS.items():
            edit = QLineEdit()
            edit.setAccessibleName(translate("CustodyEventDialog", accessible))
            edit.setPlaceholderText(translate("CustodyEventDialog", placeholder) if placeholder else "")
            self.edits[name] = edit
        self.holder_edit = QLineEdit()
        self.holder_edit.setAccessibleName(self.tr("Holder after the event"))
        self.holder_edit.setPlaceholderText(self.tr("person, lab, court..."))
        self.edits["holder"] = self.holder_edit
        self.from_edit = self.edits["from_holder"]
        self.location_edit = self.edits["location"]
        self.notes_edit = self.edits["notes"]
        self.witness_edits = (QLineEdit(), QLineEdit())
        for number, edit in enumerate(self.witness_edits, 1):
            edit.setAccessibleName(self.tr("Witness {number}").format(number=number))
            edit.setPlaceholderText(self.tr("name (another person)") if number == 2 else self.tr("name"))
        # drugs and cash are weighed and counted by two people (core.continuity): both are named
        self.counted_edits = (QLineEdit(), QLineEdit())
        for number, edit in enumerate(self.counted_edits, 1):
            edit.setAccessibleName(self.tr("Weighed or counted by, person {number}").format(number=number))
            edit.setPlaceholderText(self.tr("name (another person)") if number == 2 else self.tr("name"))
        self._prefill_from = state.holder if state is not None else ""

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.labels: dict[str, QLabel] = {}
        self._add_row("type", self.tr("&Event"), self.type_combo)
        self.form.addRow(self.description_label)
        self._add_row("at", self.tr("&When ({zone})").format(zone=_time_zone_name(app)), self.at_edit)
        self._add_row("corrects", self.tr("&Corrects event"), self.corrects_combo)
        for name in FORM_ORDER:
            label = translate("CustodyEventDialog", FIELDS[name][0]) if name != "holder" else self.tr("&Holder")
            self._add_row(name, label, self.edits[name])
        self._add_row("witnesses", self.tr("Witness &1"), self.witness_edits[0])
        self._add_row("witness2", self.tr("Witness &2"), self.witness_edits[1])
        self._add_row("weight", translate("CustodyEventDialog", FIELDS["weight"][0]), self.edits["weight"])
        self._add_row("counted_by", self.tr("Weighed &by"), self.counted_edits[0])
        self._add_row("counted2", self.tr("and b&y"), self.counted_edits[1])
        self._add_row("notes", translate("CustodyEventDialog", FIELDS["notes"][0]), self.notes_edit)

        self.legend = dim(QLabel(self.tr("* required for this event type")))
        self.error_label = error_label(self.tr("Why the event was not recorded"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record event"))
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = self.main_layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.state_label)
        layout.addSpacing(4)
        layout.addLayout(self.form)
        layout.addWidget(self.legend)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        chain: list[QWidget] = [self.type_combo, self.at_edit, self.corrects_combo,
                                *(self.edits[n] for n in FORM_ORDER),
                                *self.witness_edits, self.edits["weight"], *self.counted_edits, self.notes_edit,
                                self.ok_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.type_combo.setCurrentIndex(self.type_combo.findData(self._default_type().value))
        self._type_changed()
        self.type_combo.setFocus()

    # -- building the form ----------------------------------------------------------------------------
    def _add_row(self, key: str, text: str, field: QWidget) -> None:
        label = QLabel(text + self.tr(":"))
        label.setBuddy(field)
        self.labels[key] = label
        self.form.addRow(label, field)

    def _exhibit_words(self) -> str:
        """' (fentanyl, 12.5 g)': what the exhibit is, so the user sees they picked the right one."""
        try:
            exhibits = self.app.get_case(self.case_number).exhibits
        except CaseAppError:
            return ""
        for exhibit in exhibits:
            if exhibit.number == self.exhibit_number:
                words = [self.app.catalogue.display(exhibit.substance)]
                if exhibit.quantity is not None and exhibit.quantity.value is not None:
                    words.append(quantity_text(decimal_text(exhibit.quantity.value), exhibit.quantity.unit,
                                               window_language()))
                text = ", ".join(w for w in words if w)
                return f" ({text})" if text else ""
        return ""

    def _state_text(self) -> str:
        s = self.state
        if s is None or s.events == 0:
            return self.tr("Nothing recorded yet: the first event is the seizure.")
        if s.disposed:
            return self.tr("Disposed of: only a correction of an earlier event can follow.")
        text = self.tr("Held by {holder} at {location}").format(
            holder=s.holder or self.tr("unknown"), location=s.location or self.tr("an unrecorded location"))
        extras = [self.tr("seal {seal}").format(seal=s.seal_number) if s.seal_number else "",
                  self.tr("checked out ({purpose}, due back {date})").format(purpose=s.purpose, date=s.due_date)
                  if s.checked_out else "",
                  self.tr("at the lab") if s.at_lab else ""]
        extras = [e for e in extras if e]
        return text + (" · " + " · ".join(extras) if extras else "") + "."

    def _default_type(self) -> EventType:
        s = self.state
        if s is None or s.events == 0:
            return _E.SEIZED
        if s.disposed:
            return _E.CORRECTION
        if s.checked_out:
            return _E.CHECKED_IN
        if s.at_lab:
            return _E.RESULT_RECEIVED
        return _E.TRANSFERRED

    def _fill_corrects(self) -> None:
        try:
            events, _ = self.app.service(Custody).history(self.case_number, self.exhibit_number)
        except CaseAppError:
            events = []
        for e in events:
            if e.type != _E.CORRECTION and e.seq is not None:
                self.corrects_combo.addItem(
                    f"#{e.seq} {event_label(e.type).lower()}, {e.at.replace('T', ' ')}", e.seq)
        if not self.corrects_combo.count():
            self.corrects_combo.addItem(self.tr("no event to correct"), None)

    def event_type(self) -> str:
        return str(self.type_combo.currentData())

    def _type_changed(self) -> None:
        event_type = self.event_type()
        spec = SPECS[event_type]
        self.description_label.setText(translate("CustodyEventDialog", DESCRIPTIONS[event_type]))
        shown = set(spec.fields)
        for key, label in self.labels.items():
            if key in ("type", "at"):
                visible, required = True, True
            elif key == "witness2":
                visible, required = "witnesses" in shown, "witnesses" in spec.required
            elif key == "counted2":
                visible, required = "counted_by" in shown, False
            else:
                visible, required = key in shown, key in spec.required
            base = self._base_label(key, event_type, spec)
            label.setText(base + (" *" if required and key != "type" else "") + self.tr(":"))
            self.form.setRowVisible(label, visible)
            field = label.buddy()
            if field is not None:
                field.setAccessibleDescription(self.tr("Required") if required and key != "type" else "")
        if not self.from_edit.isModified():  # pre-filled, not typed: follow the event type
            self.from_edit.setText(self._prefill_from if event_type == _E.TRANSFERRED else "")
        self.error_label.hide()
        self._fit()

    def _fit(self) -> None:
        """Room for the wrapped description, and a dialog as tall as the rows the event type shows."""
        self.main_layout.activate()
        width = max(self.description_label.width(), self.width() - 60)
        self.description_label.setMinimumHeight(self.description_label.heightForWidth(width))
        self.main_layout.activate()
        self.resize(self.width(), self.sizeHint().height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit()

    def _base_label(self, key: str, event_type: str, spec: Spec) -> str:
        if key == "type":
            return self.tr("&Event")
        if key == "at":
            return self.tr("&When ({zone})").format(zone=_time_zone_name(self.app))
        if key == "holder":
            return translate("CustodyEventDialog", spec.holder_label)
        if key == "notes" and event_type == _E.CORRECTION:
            return self.tr("Reason (&notes)")
        if key in ("counted_by", "counted2"):
            return self.tr("Weighed &by") if key == "counted_by" else self.tr("and b&y")
        if key in ("corrects", "witnesses", "witness2"):
            return {"corrects": self.tr("&Corrects event"), "witnesses": self.tr("Witness &1"),
                    "witness2": self.tr("Witness &2")}[key]
        label = translate("CustodyEventDialog", FIELDS[key][0])
        if event_type != _E.CORRECTION or key == "notes":
            return label
        first = 1 if label.startswith("&") else 0
        return self.tr("Corrected {field}").format(field=label[:first] + label[first].lower() + label[first + 1:])

    # -- recording ------------------------------------------------------------------------------------
    def build_event(self) -> CustodyEvent:
        """The event as typed (hidden fields left out). Raises ValueError naming a time that is not one."""
        event_type = self.event_type()
        shown = set(SPECS[event_type].fields)
        text = self.at_edit.text().strip()
        if not text:
            raise ValueError(self.tr("type when it happened (YYYY-MM-DD HH:MM)"))
        at = parse_occurred(text)

        def value(name: str) -> str:
            return self.edits[name].text().strip() if name in shown else ""

        due = value("due_date")
        if due:
            try:
                due = parse_occurred(due)
            except ValueError:
                pass  # kept as typed: the service names the problem
        witnesses = tuple(w.text().strip() for w in self.witness_edits if w.text().strip()) \
            if "witnesses" in shown else ()
        counted = tuple(c.text().strip() for c in self.counted_edits if c.text().strip()) \
            if "counted_by" in shown else ()
        corrects = self.corrects_combo.currentData() if event_type == _E.CORRECTION else None
        return CustodyEvent(
            type=event_type, at=at, actor=self.user.login, holder=value("holder"), from_holder=value("from_holder"),
            location=value("location"), seal_number=value("seal_number"), purpose=value("purpose"), due_date=due,
            tracking_number=value("tracking_number"), method=value("method"), authority=value("authority"),
            witnesses=witnesses, weight=value("weight"), counted_by=counted, notes=value("notes"),
            corrects=int(corrects) if corrects is not None else None,
        )

    def show_error(self, message: str, problems: Sequence[str] = ()) -> None:
        """Every reason (`problems`, else the message as one), one a line, in the words of the form, with the
        time quoted as it was typed rather than in the ISO form it was stored in."""
        prefix = f"{self.event_type()}: "
        typed_at = self.at_edit.text().strip()
        lines = []
        for problem in problems or (message,):
            problem = problem.removeprefix(prefix)
            time_words = self.tr("the time {typed}").format(typed=quoted(typed_at))
            problem = re.sub(r"^at '[^']*'", lambda _, words=time_words: words, problem)
            problem = ISO_TIME.sub(lambda m: f"{m.group(1)} {m.group(2)}", problem)  # an earlier event's time
            for name, words in MESSAGE_WORDS.items():
                said = translate("CustodyEventDialog", words)
                problem = re.sub(rf"\b{name}\b", lambda _, said=said: said, problem)
            lines.append(sentence(problem))
        self.error_label.setText("\n".join(("• " + line) if len(lines) > 1 else line for line in lines))
        self.error_label.show()
        self._focus_problem(problems[0] if problems else message)

    def _focus_problem(self, message: str) -> None:
        first = message.split("; ")[0].removeprefix(f"{self.event_type()}: ")
        first = first.removeprefix("correction: ")
        for name in FOCUS_ORDER:
            if re.match(rf"{name}\b", first):
                widget: QWidget = {"at": self.at_edit, "corrects": self.corrects_combo,
                                   "witnesses": self.witness_edits[0],
                                   "counted_by": self.counted_edits[0]}.get(name) or self.edits[name]
                if widget.isVisible() or not self.isVisible():
                    widget.setFocus()
                return

    def accept(self) -> None:
        try:
            event = self.build_event()
        except ValueError as exc:
            self.show_error(str(exc))
            self.at_edit.setFocus()
            return
        try:
            done = self.app.service(Custody).record(self.user, self.case_number, self.exhibit_number, event)
        except CustodyError as exc:
            self.show_error(str(exc), exc.problems)
            return
        except CaseAppError as exc:
            self.show_error(str(exc))
            return
        self.recorded = event
        self.new_state = done.value
        self.changes = done.changes
        self.error_label.hide()
        super().accept()
