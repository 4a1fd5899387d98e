"""The custody tab and the event dialog, typed into like a user; what counts is what Custody.history says."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from caseapp.core.model import Case, Exhibit, Location, Quantity
from caseapp.gui.dialogs.custody_event import CustodyEventDialog
from caseapp.gui.widgets.custody_tab import CustodyTab
from caseapp.services.custody import Custody
from caseapp.services.workflow import Workflow


@pytest.fixture
def case_number(disk_app, users) -> str:
    case = Workflow(disk_app).create(users["olga"], Case(
        occurred_at="2026-11-20T10:00", location=Location(country="CA"),
        exhibits=[Exhibit(substance="fentanyl", quantity=Quantity(Decimal("12.5"), "g"))])).value
    return case.case_number


@pytest.fixture
def tab(qtbot, disk_app, users, case_number) -> CustodyTab:
    widget = CustodyTab(disk_app, users["olga"])
    qtbot.addWidget(widget)
    widget.resize(1200, 420)
    widget.show_case(case_number)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_dialog(qtbot, tab: CustodyTab) -> CustodyEventDialog:
    """Press the Record event button from the keyboard and return the dialog it opens."""
    assert tab.record_button.isEnabled()
    tab.record_button.setFocus()
    qtbot.keyClick(tab.record_button, Qt.Key.Key_Space)
    dialog = tab.dialog
    assert isinstance(dialog, CustodyEventDialog)
    qtbot.waitExposed(dialog)
    return dialog


def type_and_tab(qtbot, dialog: QDialog, *texts: str) -> None:
    """Type each text into the focused field, then Tab to the next one."""
    for text in texts:
        widget = dialog.focusWidget()
        if text:
            qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def record_seizure(qtbot, tab: CustodyTab) -> None:
    dialog = open_dialog(qtbot, tab)
    assert dialog.event_type() == "seized"  # nothing recorded yet: the seizure comes first
    assert dialog.at_edit.text() == ""
    qtbot.keyClick(dialog.type_combo, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.at_edit
    type_and_tab(qtbot, dialog, "2026-11-20 10:05", "olga")
    assert dialog.focusWidget() is dialog.location_edit
    qtbot.keyClicks(dialog.location_edit, "Mail centre")
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(dialog.location_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_seizure_and_a_transfer_are_recorded_by_typing(qtbot, tab, disk_app, case_number):
    assert tab.exhibit_table.rowCount() == 1 and tab.exhibit_table.item(0, 0).text() == "01"
    assert tab.exhibit_table.item(0, 4).text() == "not recorded"
    record_seizure(qtbot, tab)
    events, state = Custody(disk_app).history(case_number, "01")
    assert [(e.type, e.at, e.actor, e.holder, e.location) for e in events] == [
        ("seized", "2026-11-20T10:05", "olga", "olga", "Mail centre")]
    assert tab.event_table.rowCount() == 1 and tab.exhibit_table.item(0, 2).text() == "olga"

    dialog = open_dialog(qtbot, tab)
    assert dialog.event_type() == "transferred"
    assert dialog.from_edit.text() == "olga"  # pre-filled with the current holder
    assert dialog.at_edit.text() == ""  # never pre-filled
    dialog.at_edit.setFocus()
    type_and_tab(qtbot, dialog, "2026-11-21 09:00")
    assert dialog.focusWidget() is dialog.from_edit
    type_and_tab(qtbot, dialog, "", "Vault clerk")
    assert dialog.focusWidget() is dialog.location_edit
    qtbot.keyClicks(dialog.location_edit, "Vault B shelf 3")
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(dialog.location_edit, Qt.Key.Key_Return)

    events, state = Custody(disk_app).history(case_number, "01")
    last = events[-1]
    assert (last.type, last.at, last.from_holder, last.holder, last.location) == (
        "transferred", "2026-11-21T09:00", "olga", "Vault clerk", "Vault B shelf 3")
    assert state is not None and state.holder == "Vault clerk"
    assert tab.event_table.rowCount() == 2
    assert tab.event_table.item(1, 4).text() == "olga → Vault clerk"
    assert tab.exhibit_table.item(0, 2).text() == "Vault clerk"


def test_a_refused_transfer_keeps_the_dialog_open_with_the_reason(qtbot, tab, disk_app, case_number):
    record_seizure(qtbot, tab)
    dialog = open_dialog(qtbot, tab)
    dialog.at_edit.setFocus()
    type_and_tab(qtbot, dialog, "2026-11-21 09:00")
    qtbot.keyClick(dialog.from_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_and_tab(qtbot, dialog, "someone else", "Vault clerk")
    qtbot.keyClick(dialog.location_edit, Qt.Key.Key_Return)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert "'someone else' is not the current holder 'olga'" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.from_edit
    assert (dialog.at_edit.text(), dialog.from_edit.text(), dialog.holder_edit.text()) == (
        "2026-11-21 09:00", "someone else", "Vault clerk")
    assert len(Custody(disk_app).history(case_number, "01")[0]) == 1

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and tab.event_table.rowCount() == 1


def test_the_time_must_be_typed_and_be_a_time(qtbot, tab, disk_app, case_number):
    dialog = open_dialog(qtbot, tab)
    dialog.holder_edit.setText("olga")
    dialog.location_edit.setText("Desk")
    qtbot.keyClick(dialog.location_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "Type when it happened" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.at_edit
    qtbot.keyClicks(dialog.at_edit, "yesterday")
    qtbot.keyClick(dialog.at_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "not a date" in dialog.error_label.text()
    dialog.at_edit.clear()
    qtbot.keyClicks(dialog.at_edit, "2026-12-01 10:00")
    qtbot.keyClick(dialog.at_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and "in the future" in dialog.error_label.text()
    assert Custody(disk_app).history(case_number, "01")[0] == []


def test_each_event_type_shows_its_own_fields(qtbot, tab):
    record_seizure(qtbot, tab)
    dialog = open_dialog(qtbot, tab)
    dialog.type_combo.setFocus()
    qtbot.keyClicks(dialog.type_combo, "Seal")  # keyboard search in the closed combo box
    assert dialog.event_type() == "sealed"
    assert dialog.edits["seal_number"].isVisible() and not dialog.witness_edits[0].isVisible()
    assert not dialog.from_edit.isVisible() and not dialog.corrects_combo.isVisible()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("checked_out"))
    assert dialog.edits["purpose"].isVisible() and dialog.edits["due_date"].isVisible()
    assert not dialog.witness_edits[0].isVisible()
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("correction"))
    assert dialog.corrects_combo.isVisible() and dialog.corrects_combo.currentData() == 1
    assert dialog.from_edit.text() == ""  # the transfer's pre-fill must not become a corrected value
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("transferred"))
    assert dialog.from_edit.text() == "olga"


def test_a_correction_is_recorded_and_shown_against_the_event(qtbot, tab, disk_app, case_number):
    record_seizure(qtbot, tab)
    dialog = open_dialog(qtbot, tab)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("correction"))
    dialog.at_edit.setText("2026-11-20 11:00")
    dialog.location_edit.setText("Mail centre, room 2")
    dialog.notes_edit.setText("wrong room")
    with qtbot.waitSignal(tab.changed):
        qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return)
    events, state = Custody(disk_app).history(case_number, "01")
    assert events[-1].corrects == 1 and state is not None and state.location == "Mail centre, room 2"
    assert "corrects #1" in tab.event_table.item(1, 7).text()
    assert "corrected by #2" in tab.event_table.item(0, 7).text()


def test_recording_is_for_officers_and_supervisors(qtbot, disk_app, users, case_number):
    admin_tab = CustodyTab(disk_app, users["ada"])
    qtbot.addWidget(admin_tab)
    admin_tab.show_case(case_number)
    assert not admin_tab.record_button.isEnabled()
    assert admin_tab.why_label.text() == "Recording custody needs the officer or supervisor role (ada is admin)."
    assert admin_tab.record_event() is None
    supervisor_tab = CustodyTab(disk_app, users["sam"])
    qtbot.addWidget(supervisor_tab)
    supervisor_tab.show_case(case_number)
    assert supervisor_tab.record_button.isEnabled()


def test_an_unsaved_case_has_a_clear_empty_state(qtbot, disk_app, users):
    tab = CustodyTab(disk_app, users["olga"])
    qtbot.addWidget(tab)
    tab.show_case(None)
    assert tab.stack.currentWidget() is tab.empty_label
    assert tab.empty_label.text() == "Save the case to record custody."
    assert not tab.record_button.isEnabled()


def test_inputs_have_accessible_names_and_labels_have_buddies(qtbot, tab):
    dialog = open_dialog(qtbot, tab)
    fields = [dialog.type_combo, dialog.at_edit, dialog.corrects_combo, *dialog.edits.values(), *dialog.witness_edits]
    assert all(f.accessibleName() for f in fields)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    assert set(fields) <= buddies
    assert "UTC" in dialog.labels["at"].text()
    assert tab.exhibit_table.accessibleName() and tab.event_table.accessibleName()
    assert not tab.exhibit_table.tabKeyNavigation()
